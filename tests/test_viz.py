"""The typed graph, its filters and cut, the page (without a browser), exports and graph-stats.

Built once from the five seed lists with the real pipeline into a temporary store.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import math
import re
from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

from medkg import vocab
from medkg.cli import app
from medkg.errors import MedkgError
from medkg.graphstats import graph_stats
from medkg.pipeline import build
from medkg.store import open_store
from medkg.viz import (NODE_TYPES, VizOptions, best_connected, export_graph, graph_bytes, layout_positions,
                       page_data, read_graph, render_page, select)

ROOT = Path(__file__).resolve().parents[1]
LISTS = sorted((ROOT / "data" / "lists").glob("*.md"))


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("viz") / "store"
    build(LISTS, store=path, enrich=False)
    return path


@pytest.fixture(scope="module")
def G(store):
    return read_graph(store)


def _sparql(store, q: str) -> list[dict]:
    st = open_store(store, read_only=True)
    try:
        res = st.query(vocab.sparql_prefixes() + q)
        names = [v.value for v in res.variables]
        return [{n: row[n].value for n in names} for row in res]
    finally:
        st.close()


def _nodes(G, type_: str) -> set[str]:
    return {n for n, t in G.nodes(data="type") if t == type_}


def _by_label(G, label: str) -> str:
    found = [n for n, a in G.nodes(data="label") if a == label]
    assert len(found) == 1, f"{label!r}: {found}"
    return found[0]


# ------------------------------------------------------------------------------ the graph
def test_nodes_are_exactly_the_store_s_works_topics_lists_and_dois(store, G):
    assert {G.nodes[n]["slug"] for n in _nodes(G, "list")} == {p.stem for p in LISTS}
    for type_, cls in (("paper", vocab.Paper), ("repository", vocab.Repository), ("dataset", vocab.Dataset)):
        expected = {r["w"] for r in _sparql(store, f"SELECT DISTINCT ?w WHERE {{ ?m schema:item ?w . ?w a <{cls}> }}")}
        assert _nodes(G, type_) == expected, type_
    topics = {r["t"] for r in _sparql(store, "SELECT DISTINCT ?t WHERE { ?t a skos:Concept }")}
    assert _nodes(G, "topic") == topics
    dois = {r["d"] for r in _sparql(store, "SELECT DISTINCT ?d WHERE { ?w schema:sameAs ?d . ?d a mkg:DOI }")}
    assert _nodes(G, "doi") == dois
    assert set(nx.get_node_attributes(G, "type").values()) <= set(NODE_TYPES)


@pytest.mark.parametrize("label, type_, facts, neighbours", [
    ("Deep learning: new computational modelling techniques for genomics", "paper",
     {"year": "2019", "doi": "10.1038/s41576-019-0122-6",
      "lists": ("awesome-medical-machine-learning", "deep-medicine")},
     {("https://doi.org/10.1038/s41576-019-0122-6", "same_as")}),
    ("KNOWLEDGE-POWERED CONVERSATIONAL AGENTS", "paper",
     {"url": "https://openreview.net/pdf?id=r1l73iRqKm", "lists": ("awesome-medical-research",)},
     {("https://w3id.org/medkg/id/repository/github.com/getstoryline/awesome-bots", "related_code"),
      ("https://w3id.org/medkg/id/repository/github.com/ricsinaruto/seq2seqchatbots", "related_code")}),
])
def test_hand_checked_entries(G, label, type_, facts, neighbours):
    n = _by_label(G, label)
    assert G.nodes[n]["type"] == type_
    for key, value in facts.items():
        assert G.nodes[n][key] == value, key
    out = {(b, d["relation"]) for _, b, d in G.out_edges(n, data=True)}
    assert neighbours <= out
    assert any(G.nodes[b]["type"] == "topic" for b, _ in out), "a listed work hangs off its topic"


def test_mem2seq_links_to_its_code(G):
    paper = next(n for n, a in G.nodes(data="label") if a.startswith("Mem2Seq"))
    repos = {b: d["relation"] for _, b, d in G.out_edges(paper, data=True) if G.nodes[b]["type"] == "repository"}
    assert list(repos) == ["https://w3id.org/medkg/id/repository/github.com/hltchkust/mem2seq"]
    assert repos[list(repos)[0]] in ("code", "official_code")


def test_only_http_urls_reach_the_graph(G):
    urls = [a["url"] for _, a in G.nodes(data=True) if a.get("url")]
    assert len(urls) > 300
    assert all(re.match(r"https?://\S+$", u) for u in urls)


def test_every_node_has_a_label_and_the_graph_is_connected_through_topics(G):
    assert all(G.nodes[n]["label"] for n in G)
    U = G.to_undirected()
    # every work reaches a list: works hang off topics, topics off their list
    for comp in nx.connected_components(U):
        assert any(G.nodes[n]["type"] == "list" for n in comp)


# ------------------------------------------------------------------------------ filters and cut
def test_list_filter_keeps_that_list_only(store, G):
    sel = select(G, VizOptions(lists=("awesome-medical-research",)))
    H = sel.graph
    assert {H.nodes[n]["slug"] for n in _nodes(H, "list")} == {"awesome-medical-research"}
    assert all("awesome-medical-research" in H.nodes[n]["lists"] for n in H if H.nodes[n]["type"] != "doi"
               or H.nodes[n]["lists"])
    works = {r["w"] for r in _sparql(store, "SELECT DISTINCT ?w WHERE { ?m schema:item ?w ; mkg:inList ?l . "
                                            "?l schema:name 'awesome-medical-research' }")}
    assert {n for n in H if H.nodes[n]["type"] not in ("topic", "list", "doi")} == works
    assert sel.filters == ["list awesome-medical-research"]


def test_topic_filter_takes_sub_topics_and_their_works(G):
    H = select(G, VizOptions(topics=("single-cell",), max_nodes=0)).graph
    topics = {H.nodes[n]["label"] for n in _nodes(H, "topic")}
    assert {"2.3 单细胞 Single-Cell", "2.3.1 Single-Cell Software", "2.3.2 Single-Cell DataSet"} <= topics
    assert all("single-cell" in t.casefold() for t in topics)
    for n in H:
        if H.nodes[n]["type"] in ("paper", "repository", "dataset"):
            near = set(G.successors(n)) | set(G.predecessors(n))
            assert near & set(H), n


def test_kind_filter_and_neighbourhood(G):
    H = select(G, VizOptions(kinds=("paper", "repository"))).graph
    assert {H.nodes[n]["type"] for n in H} == {"paper", "repository"}
    paper = _by_label(G, "KNOWLEDGE-POWERED CONVERSATIONAL AGENTS")
    one = select(G, VizOptions(neighbourhood=paper, depth=1)).graph
    assert sorted(one.nodes[n]["type"] for n in one) == ["paper", "repository", "repository", "topic"]
    two = select(G, VizOptions(neighbourhood=paper, depth=2)).graph
    topic = next(n for n in one if one.nodes[n]["type"] == "topic")
    assert set(two) == set(one) | set(G.predecessors(topic)) | set(G.successors(topic))


@pytest.mark.parametrize("options, message", [
    (VizOptions(lists=("no-such-list",)), "no list named"),
    (VizOptions(topics=("zzz-no-topic",)), "no topic matches"),
    (VizOptions(kinds=("paper", "papers")), "unknown kind papers"),
    (VizOptions(neighbourhood="https://example.org/nothing"), "no node"),
])
def test_bad_filters_are_user_errors(G, options, message):
    with pytest.raises(MedkgError, match=message):
        select(G, options)


def test_cut_keeps_a_connected_best_connected_part_and_says_what_it_left_out(G):
    sel = select(G, VizOptions(max_nodes=120))
    H = sel.graph
    assert H.number_of_nodes() == 120
    assert nx.is_connected(H.to_undirected())
    assert sel.total == G.number_of_nodes() and sel.omitted_total == sel.total - 120
    hub = max(G.to_undirected().degree(), key=lambda kv: kv[1])[0]
    assert hub in H
    data = page_data(sel, layout_positions(H), VizOptions(max_nodes=120))
    assert f"left out {sel.omitted_total} of {sel.total} nodes" in data["cut"]
    assert select(G, VizOptions(max_nodes=0)).omitted == {}


def test_best_connected_moves_to_the_next_component_when_one_is_used_up():
    G = nx.DiGraph()
    nx.add_star(G, ["a", "a1", "a2", "a3", "a4"])
    nx.add_star(G, ["b", "b1", "b2"])
    G.add_node("c")
    assert best_connected(G, 6) == {"a", "a1", "a2", "a3", "a4", "b"}
    assert best_connected(G, 100) == set(G)


# ------------------------------------------------------------------------------ layout and page
def test_layout_is_deterministic_and_spreads_nodes(G):
    pos = layout_positions(G)
    assert set(pos) == set(G) and pos == layout_positions(G)
    assert all(math.isfinite(x) and math.isfinite(y) for x, y in pos.values())
    assert len(set(pos.values())) >= 0.99 * len(pos)


def _hostile_graph():
    G = nx.DiGraph()
    G.add_node("L", type="list", label="</script><script>alert(1)</script>", lists=("x",), slug="x")
    texts = ["<!--<script>", "a\u2028b\u2029c", '"><img src=x onerror=alert(2)>', "{{DATA}}{{CSP}}", "&amp;<b>"]
    for i, t in enumerate(texts):
        G.add_node(f"p{i}", type="paper", label=t, url="javascript:alert(3)", lists=(t,), topics=(t,))
        G.add_edge(f"p{i}", "L", relation="in_list")
    return G, texts


def test_page_keeps_list_text_inside_its_json_block():
    G, texts = _hostile_graph()
    html = render_page(select(G, VizOptions()), VizOptions(title="<b>t</b>"))
    scripts = re.findall(r"(<script\b[^>]*>).*?</script>", html, re.S)
    assert scripts == ['<script type="application/json" id="medkg-data">', "<script>", "<script>"]
    block = re.search(r'<script type="application/json" id="medkg-data">(.*?)</script>', html, re.S).group(1)
    assert not re.search(r"[<>&\u2028\u2029]", block)
    data = json.loads(block)
    assert [n["t"] for n in data["nodes"]] == ["</script><script>alert(1)</script>"] + texts
    assert not any("u" in n for n in data["nodes"]), "javascript: URLs must not reach the page"
    assert "<title>&lt;b&gt;t&lt;/b&gt;</title>" in html


def test_page_needs_no_network_and_its_csp_allows_only_its_own_scripts(G):
    html = render_page(select(G, VizOptions(lists=("deep-medicine",))))
    outside = re.sub(r"<script\b[^>]*>.*?</script>", "", html, flags=re.S)
    assert not re.search(r"\b(src|href)\s*=|@import|url\(", outside)
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html).group(1)
    assert "default-src 'none'" in csp and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    bodies = re.findall(r"<script>(.*?)</script>", html, re.S)
    assert len(bodies) == 2 and "vis-network" in bodies[0][:300]
    for body in bodies:
        digest = base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode()
        assert f"'sha256-{digest}'" in csp


# ------------------------------------------------------------------------------ export and stats
@pytest.mark.parametrize("fmt", ["graphml", "gexf", "nodelink"])
def test_exports_round_trip(store, G, fmt):
    data = export_graph(store=store, fmt=fmt)
    if fmt == "graphml":
        H = nx.read_graphml(io.BytesIO(data))
    elif fmt == "gexf":
        H = nx.read_gexf(io.BytesIO(data))
    else:
        H = nx.node_link_graph(json.loads(data), edges="links")
    assert H.number_of_nodes() == G.number_of_nodes() and H.number_of_edges() == G.number_of_edges()
    n = _by_label(G, "Deep learning: new computational modelling techniques for genomics")
    assert H.nodes[n]["type"] == "paper"
    assert H.nodes[n]["lists"] == "awesome-medical-machine-learning; deep-medicine"


def _independent_stats(graphml: bytes):
    """networkx straight on the exported GraphML, sharing nothing with medkg.graphstats."""
    D = nx.read_graphml(io.BytesIO(graphml))
    U = nx.Graph()
    U.add_nodes_from(sorted(D))
    U.add_edges_from(sorted({tuple(sorted(e)) for e in D.edges()}))
    return D, U


def test_graph_stats_agree_with_networkx_on_the_exported_graphml(G):
    stats = graph_stats(G, top=10)
    D, U = _independent_stats(graph_bytes(G, "graphml"))
    comps = sorted((len(c) for c in nx.connected_components(U)), reverse=True)
    assert (stats.nodes, stats.edges) == (U.number_of_nodes(), U.number_of_edges())
    assert stats.components == len(comps) and stats.component_sizes == comps[:10]
    degrees = sorted((d for _, d in U.degree()), reverse=True)[:10]
    assert [r.value for r in stats.top_degree] == degrees
    assert all(U.degree(r.iri) == r.value for r in stats.top_degree)
    assert stats.betweenness_exact
    btw = nx.betweenness_centrality(U)
    assert [r.value for r in stats.top_betweenness] == pytest.approx(sorted(btw.values(), reverse=True)[:10], abs=1e-6)
    parts = sorted(nx.community.louvain_communities(U, seed=42), key=lambda c: (-len(c), min(c)))
    assert [c.size for c in stats.communities] == [len(c) for c in parts[:10]]
    assert stats.modularity == pytest.approx(nx.community.modularity(U, parts), abs=1e-4)
    assert stats.modularity > 0.5, "the lists' topics make clear communities"
    types = {}
    for _, t in D.nodes(data="type"):
        types[t] = types.get(t, 0) + 1
    assert stats.types == dict(sorted(types.items()))
    shared = sum(1 for _, a in D.nodes(data=True) if a["type"] not in ("topic", "list", "doi")
                 and "chinese-medical-nlp" in a.get("lists", "").split("; ")
                 and "medical-nlp" in a.get("lists", "").split("; "))
    assert ("chinese-medical-nlp", "medical-nlp", shared) in stats.list_overlap and shared > 0


# ------------------------------------------------------------------------------ CLI
def test_cli_viz_graph_stats_and_export(store, tmp_path):
    runner = CliRunner()
    out = tmp_path / "g.html"
    res = runner.invoke(app, ["viz", "-o", str(out), "--store", str(store), "--max-nodes", "50", "--kind",
                              "paper,topic,list"])
    assert res.exit_code == 0, res.output
    assert "wrote" in res.output and "left out" in res.output and out.read_text(encoding="utf-8").startswith("<!DOCTYPE")
    res = runner.invoke(app, ["report", "graph-stats", "--store", str(store), "--format", "json", "--top", "3"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    assert data["components"] >= 1 and len(data["top_degree"]) == 3 and data["communities"]
    res = runner.invoke(app, ["export", "--format", "graphml", "--store", str(store), "-o", str(tmp_path / "g.graphml")])
    assert res.exit_code == 0, res.output
    assert nx.read_graphml(tmp_path / "g.graphml").number_of_nodes() == data["nodes"]


def test_graph_through_a_real_oxigraph_server_is_the_embedded_graph(store, G, tmp_path, request):
    """``--endpoint``: the same graph, node for node and attribute for attribute."""
    import shutil
    import socket

    serve = pytest.importorskip("medkg.serve")
    copy = tmp_path / "served"
    shutil.copytree(store, copy)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = serve.OxigraphServer(copy, bind=f"127.0.0.1:{port}")
    request.addfinalizer(server.stop)
    server.start(ready_timeout=30)
    R = read_graph(endpoint=server.urls.query)
    assert dict(R.nodes(data=True)) == dict(G.nodes(data=True))
    assert sorted(R.edges(data="relation")) == sorted(G.edges(data="relation"))


def test_sampled_betweenness_on_big_graphs_is_reproducible(G, monkeypatch):
    import medkg.graphstats as gs

    monkeypatch.setattr(gs, "EXACT_BETWEENNESS_LIMIT", 100)
    stats = gs.graph_stats(G, top=5)
    assert not stats.betweenness_exact
    _, U = _independent_stats(graph_bytes(G, "graphml"))
    btw = nx.betweenness_centrality(U, k=gs.BETWEENNESS_SAMPLE, seed=42)
    assert {r.iri: r.value for r in stats.top_betweenness} == pytest.approx(
        {n: round(btw[n], 6) for n in sorted(btw, key=lambda n: (-btw[n], n))[:5]})
    assert "estimated from a sample" in gs.format_stats(stats)
