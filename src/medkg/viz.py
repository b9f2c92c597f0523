"""Store → networkx graph → a self-contained interactive page; GraphML/GEXF/node-link export.

Why our own page instead of pyvis's: pyvis's template loads its scripts from CDNs (blank
offline), switches every tooltip to ``innerHTML`` once any title contains ``href`` (hostile
list text then runs on hover) and inserts its heading unescaped. Here every byte of list text
reaches the page only inside one ``<script type="application/json">`` block with ``<``, ``>``,
``&`` and U+2028/2029 escaped, and the page script shows it through ``textContent`` and canvas
text only. A Content-Security-Policy that allows exactly the hashes of our two scripts makes
any injected script or event handler inert even if an escape were ever missed. vis-network is
read from the pyvis package (a dependency) and inlined, so the page needs no network at all.

Why positions are computed here: vis-network's physics takes minutes to stabilise a few
thousand nodes, while drawing precomputed positions with physics off takes about a second at
10,000 nodes. Physics stays available behind a toggle in the page.

The graph (``load_graph``): one node per work (paper, repository, dataset, model, …), topic,
list and DOI, keyed by IRI. Works hang off the topic they are listed under (or off the list
when they have none), topics off their broader topic and top topics off their list; papers
link to their code, datasets and DOI; topics of different lists that match are linked. So
lists meet where they share works or topics, and clusters follow the lists' own structure.
"""

from __future__ import annotations

import hashlib
import heapq
import html
import itertools
import json
import logging
import math
import re
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from medkg import vocab
from medkg.errors import MedkgError

if TYPE_CHECKING:
    import networkx as nx

log = logging.getLogger(__name__)

#: Node types, works first (``--kind`` takes these names).
WORK_TYPES = ("paper", "repository", "dataset", "model", "competition", "tool", "website", "other")
NODE_TYPES = WORK_TYPES + ("topic", "list", "doi")
#: Enough to show every work of the five seed lists; beyond it hovering and dragging get sluggish.
DEFAULT_MAX_NODES = 5000
_CLASS_TYPE = {cls: kind for kind, cls in vocab.KIND_CLASS.items()}
_TYPE_RANK = {t: i for i, t in enumerate(WORK_TYPES)}  # a work typed twice takes the first
_WORK_RELATIONS = {vocab.hasOfficialCode: "official_code", vocab.hasRelatedCode: "related_code",
                   vocab.hasCode: "code", vocab.usesDataset: "uses_dataset", vocab.describedIn: "described_in"}
_ATTR_PROPS = {vocab.title: "title", vocab.name: "name", vocab.url: "url", vocab.codeRepository: "repo",
               vocab.issued: "year", vocab.doi: "doi", vocab.arxivId: "arxiv", vocab.pubmedId: "pmid",
               vocab.pmcId: "pmcid"}
_HTTP = re.compile(r"^https?://[^\s\x00-\x1f\x7f\"'<>\\`]+$", re.IGNORECASE)


# ------------------------------------------------------------------------------ store → graph
def _rows(store, sparql: str):
    """Rows of a SELECT as dicts of variable → lexical value (None when unbound)."""
    result = store.query(vocab.sparql_prefixes() + sparql)
    names = [v.value for v in result.variables]
    for row in result:
        yield {n: (row[n].value if row[n] is not None else None) for n in names}


def load_graph(store) -> "nx.DiGraph":  # noqa: F821 (networkx is imported lazily)
    """The typed graph of everything in ``store`` (see the module docstring for its shape)."""
    import networkx as nx

    G = nx.DiGraph()
    _add_lists(G, store)
    topics = _add_topics(G, store)
    works = _add_works(G, store, topics)
    _add_edges(G, store, topics, works)
    log.info("graph: %d nodes, %d edges", G.number_of_nodes(), G.number_of_edges())
    return G


def _add_lists(G, store) -> None:
    for r in sorted(_rows(store, "SELECT ?l ?name ?title ?src WHERE { ?l a mkg:AwesomeList ; schema:name ?name . "
                                 "OPTIONAL { ?l dcterms:title ?title } OPTIONAL { ?l dcterms:source ?src } }"),
                    key=lambda r: (r["l"], r["name"], r["title"] or "")):
        if r["l"] not in G:
            G.add_node(r["l"], type="list", label=r["title"] or r["name"], slug=r["name"],
                       url=_http(r["src"]), lists=(r["name"],))


def _add_topics(G, store) -> dict[str, dict]:
    """Topic nodes; each knows its broader topics and its list (scheme ``…/scheme/{slug}``)."""
    scheme_list = {"/scheme/" + G.nodes[n]["slug"]: n for n in G}
    topics: dict[str, dict] = {}
    for r in _rows(store, "SELECT ?t ?s ?label ?b WHERE { ?t a skos:Concept ; skos:inScheme ?s ; "
                          "skos:prefLabel ?label . FILTER(LANG(?label) = '') OPTIONAL { ?t skos:broader ?b } }"):
        t = topics.setdefault(r["t"], {"label": r["label"], "broader": set(), "list": None})
        t["label"] = min(t["label"], r["label"])
        if r["b"]:
            t["broader"].add(r["b"])
        t["list"] = scheme_list.get(r["s"][r["s"].rfind("/scheme/"):], t["list"])
    for iri in sorted(topics):
        lst = topics[iri]["list"]
        G.add_node(iri, type="topic", label=topics[iri]["label"], lists=(G.nodes[lst]["slug"],) if lst else ())
    return topics


def _add_works(G, store, topics: dict[str, dict]) -> dict[str, dict]:
    """Work nodes: what mentions are about (``schema:item`` is only used on mentions)."""
    classes = ", ".join(f"<{c}>" for c in _CLASS_TYPE)
    typed: dict[str, str] = {}
    for r in _rows(store, f"SELECT ?w ?c WHERE {{ ?w a ?c FILTER(?c IN ({classes})) }}"):
        kind = _CLASS_TYPE[r["c"]]
        if r["w"] not in typed or _TYPE_RANK[kind] < _TYPE_RANK[typed[r["w"]]]:
            typed[r["w"]] = kind
    works: dict[str, dict] = {}
    for r in _rows(store, "SELECT ?w ?l ?t WHERE { ?m schema:item ?w ; mkg:inList ?l . "
                          "OPTIONAL { ?m dcterms:subject ?t } }"):
        if r["w"] not in typed or r["l"] not in G:
            continue
        w = works.setdefault(r["w"], {"type": typed[r["w"]], "lists": set(), "topics": set(), "bare": set()})
        w["lists"].add(G.nodes[r["l"]]["slug"])
        if r["t"] in topics:
            w["topics"].add(r["t"])
        else:  # listed outside any heading: hangs off the list itself
            w["bare"].add(r["l"])
    attrs = _work_attributes(store, vocab.crossref_graph(vocab.DEFAULT_BASE), works)
    for iri in sorted(works):
        w, a = works[iri], attrs.get(iri, {})
        label = a.get("title") or a.get("name") or a.get("repo", "").split("//", 1)[-1] or _tail(iri)
        G.add_node(iri, type=w["type"], label=label, url=_http(a.get("url") or a.get("repo")),
                   year=a.get("year", "")[:4], venue=a.get("venue", ""), doi=a.get("doi", ""),
                   arxiv=a.get("arxiv", ""), pmid=a.get("pmid", ""), pmcid=a.get("pmcid", ""),
                   lists=tuple(sorted(w["lists"])), topics=tuple(sorted({topics[t]["label"] for t in w["topics"]})))
    return works


def _add_edges(G, store, topics: dict[str, dict], works: dict[str, dict]) -> None:
    """Structure edges, then work-to-work relations, DOIs and cross-list topic matches (stable order)."""
    for iri in sorted(topics):
        parents = sorted(b for b in topics[iri]["broader"] if b in topics)
        G.add_edges_from(((iri, b) for b in parents), relation="broader")
        if not parents and topics[iri]["list"]:
            G.add_edge(iri, topics[iri]["list"], relation="in_list")
    for iri in sorted(works):
        G.add_edges_from(((iri, t) for t in sorted(works[iri]["topics"])), relation="subject")
        G.add_edges_from(((iri, lst) for lst in sorted(works[iri]["bare"])), relation="in_list")
    props = ", ".join(f"<{p}>" for p in _WORK_RELATIONS)
    for a, p, b in sorted((r["a"], r["p"], r["b"]) for r in _rows(
            store, f"SELECT DISTINCT ?a ?p ?b WHERE {{ ?a ?p ?b . FILTER(?p IN ({props})) }}")):
        if a in works and b in works and a != b and not (G.has_edge(a, b) or G.has_edge(b, a)):
            G.add_edge(a, b, relation=_WORK_RELATIONS[p])
    for r in sorted(_rows(store, "SELECT DISTINCT ?w ?d ?v WHERE { ?w schema:sameAs ?d . ?d a mkg:DOI . "
                                 "OPTIONAL { ?d rdf:value ?v } }"), key=lambda r: (r["w"], r["d"], r["v"] or "")):
        if r["w"] in works:
            if r["d"] not in G:
                G.add_node(r["d"], type="doi", label=r["v"] or _tail(r["d"]), url=_http(r["d"]), lists=())
            G.add_edge(r["w"], r["d"], relation="same_as")
    for r in sorted(_rows(store, "SELECT DISTINCT ?a ?b WHERE { ?a skos:closeMatch ?b }"), key=lambda r: (r["a"], r["b"])):
        if r["a"] in topics and r["b"] in topics and r["a"] < r["b"]:
            G.add_edge(r["a"], r["b"], relation="close_match")
    for node in G:  # DOI nodes inherit the lists of their papers (for --list)
        if G.nodes[node]["type"] == "doi":
            G.nodes[node]["lists"] = tuple(sorted({s for p in G.predecessors(node) for s in G.nodes[p]["lists"]}))


def _work_attributes(store, crossref: str, works) -> dict[str, dict[str, str]]:
    """Title, URL and identifiers of each work; a list's own words win over Crossref's."""
    props = ", ".join(f"<{p}>" for p in _ATTR_PROPS)
    rows = _rows(store, f"SELECT ?w ?p ?o ?g WHERE {{ GRAPH ?g {{ ?w ?p ?o }} FILTER(?p IN ({props})) }}")
    ranked = sorted((r["w"], _ATTR_PROPS[r["p"]], r["g"] == crossref, r["o"]) for r in rows
                    if r["o"] and r["w"] in works)
    out: dict[str, dict[str, str]] = {}
    for w, key, _, value in ranked:
        out.setdefault(w, {}).setdefault(key, value)
    for r in sorted(_rows(store, "SELECT DISTINCT ?w ?n WHERE { ?w schema:isPartOf ?v . ?v schema:name ?n }"),
                    key=lambda r: (r["w"], r["n"])):
        if r["w"] in works:
            out.setdefault(r["w"], {}).setdefault("venue", r["n"])
    return out


def _tail(iri: str) -> str:
    return iri.rstrip("/").rsplit("/", 1)[-1]


def _http(url: str | None) -> str:
    """``url`` when it is a plain http(s) URL a browser may open, else "" (no javascript:, data:…)."""
    return url if url and _HTTP.match(url) else ""


def read_graph(store=None, endpoint: str | None = None) -> "nx.DiGraph":  # noqa: F821
    """Open the store read-only, load the graph, close the store."""
    from medkg.store import default_store_path, open_store

    st = open_store(store if store is not None else default_store_path(), endpoint=endpoint, read_only=True)
    try:
        return load_graph(st)
    finally:
        st.close()


# ------------------------------------------------------------------------------ selection
@dataclass(frozen=True)
class VizOptions:
    """What to draw. Empty tuples mean "no filter"; ``max_nodes=0`` means no cut."""

    lists: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    max_nodes: int = DEFAULT_MAX_NODES
    neighbourhood: str | None = None
    depth: int = 1
    physics: bool = False
    title: str | None = None


@dataclass
class Selection:
    graph: "nx.DiGraph"  # noqa: F821
    total: int  # nodes before the --max-nodes cut (after the filters)
    total_edges: int
    omitted: dict[str, int] = field(default_factory=dict)  # node type → nodes left out by the cut
    filters: list[str] = field(default_factory=list)  # human-readable, for the page and the terminal

    @property
    def omitted_total(self) -> int:
        return sum(self.omitted.values())


def select(G, options: VizOptions) -> Selection:
    """Apply the filters, then keep the best-connected ``max_nodes`` nodes."""
    keep = set(G)
    filters: list[str] = []
    if options.lists:
        wanted = {s.casefold() for s in options.lists}
        known = {G.nodes[n]["slug"].casefold() for n in G if G.nodes[n]["type"] == "list"}
        if wanted - known:
            raise MedkgError(f"no list named {', '.join(sorted(wanted - known))} in the graph "
                             f"(lists: {', '.join(sorted(known))})")
        keep = {n for n in keep if wanted & {s.casefold() for s in G.nodes[n].get("lists", ())}}
        filters.append("list " + ", ".join(options.lists))
    if options.topics:
        keep &= _topic_scope(G, options.topics)
        filters.append("topic " + ", ".join(options.topics))
    if options.kinds:
        bad = sorted(set(options.kinds) - set(NODE_TYPES))
        if bad:
            raise MedkgError(f"unknown kind {', '.join(bad)} (use {', '.join(NODE_TYPES)})")
        keep = {n for n in keep if G.nodes[n]["type"] in options.kinds}
        filters.append("kind " + ", ".join(options.kinds))
    if options.neighbourhood:
        import networkx as nx

        if options.neighbourhood not in G:
            raise MedkgError(f"no node <{options.neighbourhood}> in the graph")
        sub = G.subgraph(keep | {options.neighbourhood}).to_undirected(as_view=True)
        keep = set(nx.ego_graph(sub, options.neighbourhood, radius=max(0, options.depth)))
        filters.append(f"within {options.depth} step(s) of {options.neighbourhood}")
    H = G.subgraph(n for n in G if n in keep)
    total, total_edges = H.number_of_nodes(), H.number_of_edges()
    omitted: dict[str, int] = {}
    if options.max_nodes and total > options.max_nodes:
        kept = best_connected(H, options.max_nodes)
        omitted = dict(sorted(Counter(H.nodes[n]["type"] for n in H if n not in kept).items()))
        H = H.subgraph(n for n in H if n in kept)
    return Selection(H.copy(), total, total_edges, omitted, filters)


def _topic_scope(G, wanted: Sequence[str]) -> set[str]:
    """Topics whose label contains one of ``wanted`` (or whose IRI is one), their sub-topics,
    the works under them, those works' code/data/DOIs, and the topics' lists."""
    keys = [w.casefold() for w in wanted]
    roots = {n for n in G if G.nodes[n]["type"] == "topic"
             and (n in wanted or any(k in G.nodes[n]["label"].casefold() for k in keys))}
    if not roots:
        raise MedkgError(f"no topic matches {', '.join(wanted)}")
    scope, stack = set(), list(roots)
    while stack:  # sub-topics point at their broader topic, works at their topic
        t = stack.pop()
        if t in scope:
            continue
        scope.add(t)
        for child in G.predecessors(t):
            if G.edges[child, t]["relation"] in ("broader", "subject"):
                stack.append(child)
    extra = set()
    for n in scope:
        for nb in itertools.chain(G.successors(n), G.predecessors(n)):
            kind = G.nodes[nb]["type"]
            if kind in WORK_TYPES or kind == "doi" or (kind == "list" and G.nodes[n]["type"] == "topic"):
                extra.add(nb)
    return scope | extra


def best_connected(G, limit: int) -> set[str]:
    """``limit`` nodes that stay connected: grow from the biggest hub of the biggest component,
    always taking the best-connected frontier node next; then the next component, and so on."""
    import networkx as nx

    U = G.to_undirected(as_view=True)
    deg = dict(U.degree())
    comps = sorted(nx.connected_components(U), key=lambda c: (-len(c), min(c)))
    kept: set[str] = set()
    for comp in comps:
        if len(kept) >= limit:
            break
        start = max(comp, key=lambda n: (deg[n], n))
        heap = [(-deg[start], start)]
        seen = {start}
        while heap and len(kept) < limit:
            _, n = heapq.heappop(heap)
            kept.add(n)
            for nb in U[n]:
                if nb not in seen:
                    seen.add(nb)
                    heapq.heappush(heap, (-deg[nb], nb))
    return kept


# ------------------------------------------------------------------------------ layout
def layout_positions(G, *, seed: int = 1, spacing: float = 40.0) -> dict[str, tuple[float, float]]:
    """Positions for every node, in page pixels: each connected component laid out on its own
    (force-directed), then the components packed in rows, biggest first."""
    import networkx as nx

    U = G.to_undirected(as_view=True)
    comps = sorted((sorted(c) for c in nx.connected_components(U)), key=lambda c: (-len(c), c[0]))
    boxes = [(comp, _component_layout(U.subgraph(comp), comp, seed, spacing)) for comp in comps]
    return _pack(boxes, spacing)


def _component_layout(H, nodes: list[str], seed: int, k: float):
    import networkx as nx
    import numpy as np

    n = len(nodes)
    if n <= 2:
        return np.array([[0.0, 0.0], [k, 0.0]][:n])
    if n <= 300:  # networkx's exact Fruchterman-Reingold is quick at this size
        raw = nx.spring_layout(H, seed=seed, iterations=80)
        return np.array([raw[v] for v in nodes]) * (k * math.sqrt(n) * 0.55)
    return _refine(H, nodes, _skeleton_start(H, nodes, seed, k), k, iterations=45)


def _skeleton_start(H, nodes: list[str], seed: int, k: float):
    """A starting layout in O(n): lay out the hubs (and which hubs share neighbours) with
    networkx, then put every other node on a sunflower spiral around the neighbour that
    reached it first in a breadth-first walk from the hubs."""
    from collections import deque

    import networkx as nx
    import numpy as np

    idx = {v: i for i, v in enumerate(nodes)}
    deg = {v: H.degree(v) for v in nodes}
    n_hubs = min(len(nodes), max(30, int(3 * math.sqrt(len(nodes)))))
    hubs = sorted(nodes, key=lambda v: (-deg[v], v))[:n_hubs]
    hubset = set(hubs)
    K = nx.Graph()
    K.add_nodes_from(hubs)
    for v in nodes:
        near = sorted((u for u in H[v] if u in hubset), key=lambda u: (-deg[u], u))[:4]
        if v in hubset:
            K.add_edges_from((v, u) for u in near)
        else:
            K.add_edges_from((a, b) for i, a in enumerate(near) for b in near[i + 1:])
    sk = nx.spring_layout(K, seed=seed, iterations=100)
    radius = k * math.sqrt(len(nodes)) * 0.8
    pos = np.zeros((len(nodes), 2))
    done = np.zeros(len(nodes), dtype=bool)
    for v in hubs:
        pos[idx[v]] = np.asarray(sk[v]) * radius
        done[idx[v]] = True
    golden = math.pi * (3 - math.sqrt(5))
    queue, count = deque(hubs), Counter()
    while queue:
        u = queue.popleft()
        for v in sorted(H[u], key=lambda x: (-deg[x], x)):
            if not done[idx[v]]:
                j = count[u] = count[u] + 1
                r, a = k * 0.7 * math.sqrt(j), j * golden + idx[u]
                pos[idx[v]] = pos[idx[u]] + (r * math.cos(a), r * math.sin(a))
                done[idx[v]] = True
                queue.append(v)
    return pos


def _refine(H, nodes: list[str], pos, k: float, iterations: int):
    """Fruchterman-Reingold with repulsion only between nodes closer than 2·k (a k-d tree
    finds them): linear per step instead of quadratic, so 10,000 nodes take about a second."""
    import numpy as np
    from scipy.spatial import cKDTree

    n = len(nodes)
    idx = {v: i for i, v in enumerate(nodes)}
    e = np.array([(idx[a], idx[b]) for a, b in H.edges()], dtype=np.int64).reshape(-1, 2)
    temp = k * 2.0
    for _ in range(iterations):
        disp = np.zeros_like(pos)
        pairs = cKDTree(pos, balanced_tree=False).query_pairs(r=2.0 * k, output_type="ndarray")
        if len(pairs):
            d = pos[pairs[:, 0]] - pos[pairs[:, 1]]
            f = d * (k * k / ((d * d).sum(axis=1) + 1e-6))[:, None]
            for c in (0, 1):
                disp[:, c] += np.bincount(pairs[:, 0], f[:, c], n) - np.bincount(pairs[:, 1], f[:, c], n)
        if len(e):
            d = pos[e[:, 0]] - pos[e[:, 1]]
            f = d * (np.sqrt((d * d).sum(axis=1)) / k)[:, None]
            for c in (0, 1):
                disp[:, c] += np.bincount(e[:, 1], f[:, c], n) - np.bincount(e[:, 0], f[:, c], n)
        length = np.sqrt((disp * disp).sum(axis=1)) + 1e-9
        pos = pos + disp * (np.minimum(length, temp) / length)[:, None]
        temp = max(temp * 0.93, k * 0.05)
    return pos


def _pack(boxes, gap: float) -> dict[str, tuple[float, float]]:
    """Shelf packing of laid-out components (largest first) into a roughly square block."""
    shifted = []
    for comp, xy in boxes:
        lo = xy.min(axis=0)
        size = xy.max(axis=0) - lo
        shifted.append((comp, xy - lo, size))
    width = max([s[0] for _, _, s in shifted] + [math.sqrt(sum((s[0] + gap) * (s[1] + gap) for _, _, s in shifted)) * 1.2])
    out: dict[str, tuple[float, float]] = {}
    x = y = row_h = 0.0
    for comp, xy, size in shifted:
        if x > 0 and x + size[0] > width:
            x, y, row_h = 0.0, y + row_h + gap * 2, 0.0
        for v, (px, py) in zip(comp, xy):
            out[v] = (round(float(px + x - width / 2), 1), round(float(py + y), 1))
        x += size[0] + gap * 2
        row_h = max(row_h, size[1])
    return out


# ------------------------------------------------------------------------------ page
#: type → (colour, vis-network shape, legend label); Okabe-Ito colours, told apart by shape too.
TYPE_STYLE = {
    "paper": ("#0072B2", "dot", "paper"), "repository": ("#E69F00", "square", "repository"),
    "dataset": ("#009E73", "diamond", "dataset"), "model": ("#CC79A7", "triangleDown", "model"),
    "competition": ("#D55E00", "hexagon", "competition"), "tool": ("#8E6C8A", "triangleDown", "tool"),
    "website": ("#999999", "dot", "web page"), "other": ("#BBBBBB", "dot", "other resource"),
    "topic": ("#56B4E9", "triangle", "topic"), "list": ("#222222", "star", "list"),
    "doi": ("#F0E442", "dot", "DOI"),
}
RELATION_COLOUR = {"subject": "#c8d6e5", "in_list": "#9aa5b1", "broader": "#56B4E9", "close_match": "#56B4E9",
                   "official_code": "#E69F00", "related_code": "#f3c77a", "code": "#E69F00",
                   "uses_dataset": "#009E73", "described_in": "#009E73", "same_as": "#d8cf6a"}
_INFO_FIELDS = (("year", "year"), ("venue", "venue"), ("doi", "DOI"), ("arxiv", "arXiv"), ("pmid", "PMID"),
                ("pmcid", "PMCID"))


@dataclass
class PageResult:
    path: Path
    nodes: int
    edges: int
    selection: Selection
    seconds: float

    def summary(self) -> str:
        s = self.selection
        text = f"wrote {self.path}: {self.nodes} nodes, {self.edges} edges"
        if s.filters:
            text += " (" + "; ".join(s.filters) + ")"
        if s.omitted:
            text += f"\n{_cut_text(s)}"
        return text


def _cut_text(s: Selection) -> str:
    parts = ", ".join(f"{n} {t}" for t, n in s.omitted.items())
    return (f"left out {s.omitted_total} of {s.total} nodes to keep the page responsive ({parts}); "
            f"kept the best-connected {s.graph.number_of_nodes()} — raise --max-nodes, or narrow with "
            "--list, --topic, --kind or --neighbourhood")


def page_data(sel: Selection, positions: dict[str, tuple[float, float]], options: VizOptions) -> dict:
    """Everything the page script needs, as plain JSON (list text only ever as JSON strings)."""
    G = sel.graph
    U = G.to_undirected(as_view=True)
    types = [t for t in NODE_TYPES if any(G.nodes[n]["type"] == t for n in G)]
    tindex = {t: i for i, t in enumerate(types)}
    deg = dict(U.degree())
    labelled = set(sorted((n for n in G if G.nodes[n]["type"] in WORK_TYPES), key=lambda n: (-deg[n], n))[:30])
    index = {n: i for i, n in enumerate(G)}
    nodes = []
    for n in G:
        a = G.nodes[n]
        info = [["type", TYPE_STYLE[a["type"]][2]]]
        info += [[name, str(a[key])] for key, name in _INFO_FIELDS if a.get(key)]
        if a.get("lists"):
            info.append(["lists", ", ".join(a["lists"])])
        if a.get("topics"):
            more = f" (+{len(a['topics']) - 4})" if len(a["topics"]) > 4 else ""
            info.append(["topics", "; ".join(a["topics"][:4]) + more])
        info.append(["links", str(deg[n])])
        info.append(["IRI", n])
        show = a["type"] in ("list", "topic") or n in labelled
        node = {"k": tindex[a["type"]], "x": positions[n][0], "y": positions[n][1], "t": a["label"],
                "s": _size(a["type"], deg[n]), "i": info}
        if show:
            node["l"] = a["label"] if len(a["label"]) <= 40 else a["label"][:39] + "…"
        if _http(a.get("url")):  # checked again here: a graph may come from elsewhere than load_graph
            node["u"] = a["url"]
        nodes.append(node)
    relations = sorted({d["relation"] for _, _, d in G.edges(data=True)})
    rindex = {r: i for i, r in enumerate(relations)}
    edges = [[index[a], index[b], rindex[d["relation"]]] for a, b, d in G.edges(data=True)]
    counts = Counter(G.nodes[n]["type"] for n in G)
    return {
        "title": _title(sel, options),
        "types": [{"name": t, "label": TYPE_STYLE[t][2], "color": TYPE_STYLE[t][0], "shape": TYPE_STYLE[t][1],
                   "count": counts[t]} for t in types],
        "relations": [{"name": r, "color": RELATION_COLOUR.get(r, "#cccccc")} for r in relations],
        "nodes": nodes, "edges": edges,
        "cut": _cut_text(sel) if sel.omitted else "", "filters": sel.filters,
        "physics": options.physics, "big": len(nodes) > 3000 or len(edges) > 6000,
    }


def _size(type_: str, degree: int) -> float:
    """Area grows with links; lists and topics never shrink below a findable size."""
    size = 5 + (2 if type_ == "doi" else 3.2) * math.sqrt(degree)
    return round(max(size, {"list": 24, "topic": 10}.get(type_, 0)), 1)


def _title(sel: Selection, options: VizOptions) -> str:
    return options.title or "medkg graph" + (" — " + "; ".join(sel.filters) if sel.filters else "")


def _json_for_html(obj) -> str:
    """JSON that cannot end its <script> element: <, >, & and the JS line separators escaped."""
    text = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    for ch, esc in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(ch, esc)
    return text


def _package_text(name: str) -> str:
    return (resources.files("medkg") / name).read_text(encoding="utf-8")


def vis_network_js() -> str:
    """vis-network's standalone build as shipped inside pyvis (licence header included)."""
    import importlib.util

    spec = importlib.util.find_spec("pyvis")  # located, not imported: importing pyvis is slow
    if spec is None or not spec.submodule_search_locations:
        raise MedkgError("pyvis is not installed (it ships the vis-network script the page inlines)")
    lib = Path(list(spec.submodule_search_locations)[0]) / "lib"
    found = sorted(lib.glob("vis-*/vis-network.min.js"),
                   key=lambda p: tuple(int(x) for x in re.findall(r"\d+", p.parent.name)))
    if not found:
        raise MedkgError(f"vis-network.min.js not found under {lib} (reinstall pyvis)")
    js = found[-1].read_text(encoding="utf-8")
    if re.search(r"</script|<!--", js, re.IGNORECASE):
        raise MedkgError(f"{found[-1]} cannot be inlined safely (contains </script or <!--)")
    return js


def render_page(sel: Selection, options: VizOptions = VizOptions(), positions=None) -> str:
    """The complete, self-contained HTML page for a selection."""
    import base64

    if positions is None:
        positions = layout_positions(sel.graph)
    data = page_data(sel, positions, options)
    scripts = {"VIS_JS": vis_network_js(), "APP_JS": _package_text("viz_page.js")}
    hashes = " ".join("'sha256-" + base64.b64encode(hashlib.sha256(s.encode("utf-8")).digest()).decode() + "'"
                      for s in scripts.values())
    csp = (f"default-src 'none'; script-src {hashes}; style-src 'unsafe-inline'; img-src data: blob:; "
           "base-uri 'none'; form-action 'none'")
    values = {**scripts, "CSP": csp, "TITLE": html.escape(data["title"]), "DATA": _json_for_html(data)}
    return re.sub(r"\{\{([A-Z_]+)\}\}", lambda m: values[m.group(1)], _package_text("viz_template.html"))


def write_page(path: str | Path = "graph.html", *, store=None, endpoint: str | None = None,
               options: VizOptions = VizOptions(), graph=None) -> PageResult:
    """Load the graph (unless given), select, lay out and write the page."""
    start = time.perf_counter()
    G = graph if graph is not None else read_graph(store, endpoint)
    sel = select(G, options)
    page = render_page(sel, options)
    path = Path(path)
    path.write_text(page, encoding="utf-8")
    result = PageResult(path, sel.graph.number_of_nodes(), sel.graph.number_of_edges(), sel,
                        time.perf_counter() - start)
    if sel.omitted:
        log.info("%s", _cut_text(sel))
    return result


# ------------------------------------------------------------------------------ export
def to_exportable(G):
    """A copy whose attributes GraphML/GEXF can hold: tuples joined with "; ", empties dropped."""
    H = G.__class__()
    for n, a in G.nodes(data=True):
        H.add_node(n, **{k: ("; ".join(v) if isinstance(v, tuple) else v) for k, v in a.items() if v not in ("", ())})
    H.add_edges_from(G.edges(data=True))
    return H


def graph_bytes(G, fmt: str) -> bytes:
    import io

    import networkx as nx

    H = to_exportable(G)
    if fmt == "graphml":
        buf = io.BytesIO()
        nx.write_graphml(H, buf, encoding="utf-8")
        return buf.getvalue()
    if fmt == "gexf":
        buf = io.BytesIO()
        nx.write_gexf(H, buf, encoding="utf-8")
        return buf.getvalue()
    if fmt in ("nodelink", "json"):
        return (json.dumps(nx.node_link_data(H, edges="links"), ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    raise MedkgError(f"unknown graph format {fmt!r} (use graphml, gexf or nodelink)")


def export_graph(*, store=None, endpoint: str | None = None, fmt: str = "graphml") -> bytes:
    """The whole typed graph for Gephi, Cytoscape and other tools (node ids are IRIs)."""
    if fmt not in ("graphml", "gexf", "nodelink", "json"):
        raise MedkgError(f"unknown graph format {fmt!r} (use graphml, gexf or nodelink)")
    return graph_bytes(read_graph(store, endpoint), fmt)
