"""A real Oxigraph server as the store: the same build, the same graph, the same answers.

Every server here is a real ``oxigraph serve`` on a free 127.0.0.1 port (started by
``medkg.serve.OxigraphServer``, stopped by fixture finalizers); the few protocol corner cases
a real server cannot produce (auth, HTML error pages, a server that never answers) use tiny
stubs on 127.0.0.1. Nothing here reaches the internet.
"""

from __future__ import annotations

import base64
import http.server
import json
import logging
import socket
import threading
from pathlib import Path

import pyoxigraph as ox
import pytest

from medkg import pipeline
from medkg.errors import QueryError, StoreError
from medkg.remote import RemoteQueryError, RemoteStore, bind_values, derive_endpoints
from medkg.serve import OxigraphServer
from medkg.store import EmbeddedStore, open_store

ROOT = Path(__file__).resolve().parents[1]
LISTS = [ROOT / "data" / "lists"]
P = ("PREFIX mkg: <https://w3id.org/medkg/ontology#>\nPREFIX dcterms: <http://purl.org/dc/terms/>\n"
     "PREFIX prism: <http://prismstandard.org/namespaces/basic/2.0/>\nPREFIX schema: <http://schema.org/>\n")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(location: Path, request, *, union: bool = False) -> OxigraphServer:
    """A plain writable ``oxigraph serve`` (no union flag: the store must ask for the union)."""
    server = OxigraphServer(location, bind=f"127.0.0.1:{free_port()}", writable=True, union_default_graph=union)
    request.addfinalizer(server.stop)
    return server.start(ready_timeout=30)


def sorted_nquads(data: bytes) -> list[str]:
    # split at "\n" only: literals may hold U+2028 or U+0085 raw, where str.splitlines would cut
    return sorted(line for line in data.decode("utf-8").split("\n") if line.strip())


@pytest.fixture(scope="session")
def embedded(tmp_path_factory):
    path = tmp_path_factory.mktemp("embedded") / "store"
    report = pipeline.build(lists=LISTS, store=path, enrich=False)
    st = EmbeddedStore(path, read_only=True)
    yield st, report
    st.close()


@pytest.fixture(scope="session")
def remote(tmp_path_factory, request):
    server = OxigraphServer(tmp_path_factory.mktemp("server") / "store", bind=f"127.0.0.1:{free_port()}",
                            writable=True, union_default_graph=False)
    request.addfinalizer(server.stop)
    server.start(ready_timeout=30)
    report = pipeline.build(lists=LISTS, endpoint=server.urls.query, enrich=False)
    return server, report


# ----------------------------------------------------------------------------- the build
def test_remote_build_is_the_embedded_graph(embedded, remote):
    st, emb_report = embedded
    server, rem_report = remote
    rs = RemoteStore(server.urls.query)
    remote_nq = sorted_nquads(rs.dump("nq"))
    assert len(remote_nq) > 10_000  # the five seeds, not an empty server
    assert remote_nq == sorted_nquads(st.dump("nq"))
    assert rem_report.stats == emb_report.stats
    assert rem_report.stats["papers"] > 200
    assert all(r.written for r in rem_report.lists)


def test_rebuild_against_the_server_skips_unchanged_lists(remote):
    server, _ = remote
    again = pipeline.build(lists=LISTS, endpoint=server.urls.query, enrich=False)
    assert [r.written for r in again.lists] == [False] * len(again.lists)
    assert {r.name for r in again.lists} == {p.stem for p in LISTS[0].iterdir() if p.suffix == ".md"}


@pytest.mark.parametrize("union, sees_lists", [("auto", True), ("oxigraph", True), ("dataset", True),
                                               ("server", False)])
def test_queries_see_the_union_of_the_list_graphs(embedded, remote, union, sees_lists):
    """A plain Oxigraph server's default graph is empty: only asking for the union finds the data."""
    st, _ = embedded
    server, _ = remote
    stats = pipeline.summary_stats(RemoteStore(server.urls.query, union=union))
    if sees_lists:
        assert stats == pipeline.summary_stats(st)
    else:
        assert stats["papers"] == 0 and stats["quads"] > 10_000  # GRAPH ?g still works


def test_named_graphs_and_single_graph_dump(embedded, remote):
    st, _ = embedded
    rs = RemoteStore(remote[0].urls.query)
    graphs = rs.named_graphs()
    assert graphs == st.named_graphs()
    lists = [g for g in graphs if "/graph/list/" in g]
    assert len(lists) == 5
    for g in lists[:2]:
        assert sorted_nquads(rs.dump("nt", g)) == sorted_nquads(st.dump("nt", g))
    with pytest.raises(StoreError, match="one graph"):
        rs.dump("nt")


# ----------------------------------------------------------------------------- results
def test_select_ask_construct_results_behave_like_pyoxigraph(embedded, remote):
    st, _ = embedded
    rs = RemoteStore(remote[0].urls.query)
    q = P + ("SELECT ?paper ?doi WHERE { ?paper a mkg:Paper ; prism:doi ?doi } ORDER BY ?doi LIMIT 20")
    emb, rem = st.query(q), rs.query(q)
    assert [v.value for v in rem.variables] == [v.value for v in emb.variables] == ["paper", "doi"]
    emb_rows, rem_rows = list(emb), list(rem)
    assert len(rem_rows) == 20
    assert [(r["paper"], r["doi"]) for r in rem_rows] == [(r["paper"], r["doi"]) for r in emb_rows]
    assert [r[1].value for r in rem_rows] == [r["doi"].value for r in emb_rows]
    assert isinstance(rem_rows[0]["paper"], ox.NamedNode) and isinstance(rem_rows[0]["doi"], ox.Literal)
    assert bool(rs.query(P + "ASK { ?p prism:doi \"10.1038/s41591-018-0316-z\" }")) is True
    assert bool(rs.query(P + "ASK { ?p prism:doi \"no-such-doi\" }")) is False
    c = P + "CONSTRUCT { ?p prism:doi ?d } WHERE { ?p prism:doi ?d }"
    assert set(rs.query(c)) == set(st.query(c))
    assert len(set(rs.query(c))) > 50


BIND_CASES = [
    # (query, substitutions) — each must give what pyoxigraph's own substitutions give
    (P + "SELECT ?t ?needle WHERE { ?p a mkg:Paper ; dcterms:title ?t . FILTER(CONTAINS(LCASE(?t), ?needle)) } "
         "ORDER BY ?t",
     {"needle": ox.Literal("dialog")}),
    (P + "SELECT ?p ?doi WHERE { ?p prism:doi ?doi }", {"doi": ox.Literal("10.1038/s41591-018-0316-z")}),
    (P + "# a comment with { brace and WHERE\nSELECT ?w (COUNT(?m) AS ?n) WHERE { ?m schema:item ?w . "
         "FILTER(STR(?w) != \"}{ ?w\") } GROUP BY ?w", {"w": ox.NamedNode("https://w3id.org/medkg/id/paper/arxiv/1909.06146")}),
    (P + "CONSTRUCT { ?p dcterms:title ?t } WHERE { ?p prism:doi ?doi ; dcterms:title ?t }",
     {"doi": ox.Literal("10.1038/s41591-018-0316-z")}),
    (P + "CONSTRUCT WHERE { ?p prism:doi ?doi }", {"doi": ox.Literal("10.1038/s41591-018-0316-z")}),
    (P + "ASK { ?p prism:doi ?doi }", {"doi": ox.Literal("10.1038/nope")}),
]


@pytest.mark.parametrize("query, subs", BIND_CASES)
def test_bound_parameters_give_what_pyoxigraph_substitutions_give(embedded, remote, query, subs):
    st, _ = embedded
    rs = RemoteStore(remote[0].urls.query)
    native = st.query(query, substitutions={ox.Variable(k): v for k, v in subs.items()})
    # the rewritten text on the embedded store (no server involved) …
    rewritten = st.query(bind_values(query, subs))
    # … and the remote store's substitutions
    over_http = rs.query(query, substitutions={ox.Variable(k): v for k, v in subs.items()})

    def norm(result):
        if isinstance(result, (bool, ox.QueryBoolean)) or type(result).__name__ == "QueryBoolean":
            return bool(result)
        rows = list(result)
        if rows and isinstance(rows[0], ox.Triple):
            return sorted(map(str, rows))
        return [tuple(str(r[v]) for v in result.variables if v.value not in subs) for r in rows]

    expected = norm(native)
    assert norm(rewritten) == expected
    assert norm(over_http) == expected
    if query.lstrip().startswith(P) and "needle" in subs:
        assert any("dialog" in row[0].lower() for row in expected)


def test_bind_values_refuses_what_cannot_be_bound():
    with pytest.raises(QueryError):
        bind_values("SELECT * WHERE { ?s ?p ?o }", {"s": ox.BlankNode()})
    with pytest.raises(QueryError):
        bind_values("SELECT * WHERE { ?s ?p ?o }", {"s p": ox.Literal("x")})
    # a value that looks like SPARQL stays one literal
    sneaky = ox.Literal('"} } ; DROP ALL ; # \\" \n')
    store = ox.Store()
    store.add(ox.Quad(ox.NamedNode("http://a/s"), ox.NamedNode("http://a/p"), sneaky))
    store.add(ox.Quad(ox.NamedNode("http://a/s"), ox.NamedNode("http://a/p"), ox.Literal("other")))
    rows = list(store.query(bind_values("SELECT ?s ?o WHERE { ?s ?p ?o }", {"o": sneaky})))
    assert [(r["s"].value, r["o"]) for r in rows] == [("http://a/s", sneaky)]


def test_bind_values_reads_unicode_prefixed_names():
    """SPARQL names may start with any letter: "PREFIX é: <…> … ?x é:p ?o" made the keyword scanner find no word at
    "é" and the bind end with an AttributeError (a Unicode prefix name is valid SPARQL 1.1, PN_CHARS_BASE)."""
    store = ox.Store()
    store.add(ox.Quad(ox.NamedNode("http://a/s"), ox.NamedNode("http://x/p"), ox.Literal("v")))
    store.add(ox.Quad(ox.NamedNode("http://a/t"), ox.NamedNode("http://x/p"), ox.Literal("w")))
    query = "PREFIX é: <http://x/>\nSELECT ?größe WHERE { ?größe é:p ?o }"
    rows = list(store.query(bind_values(query, {"o": ox.Literal("w")})))
    assert [r["größe"].value for r in rows] == ["http://a/t"]


# ----------------------------------------------------------------------------- writes
TRICKY = [
    ox.Literal('quote " and backslash \\ and \\u0041 as text'),
    ox.Literal("line\nbreak\r\tand \x01 control"),
    ox.Literal("中文 ünïcödé 🧬"),
    ox.Literal("paragraph\u2028separator and next\x85line"),  # line ends for str.splitlines, not for N-Triples
    ox.Literal("fr", language="fr"),
    ox.Literal("2019", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#gYear")),
    ox.NamedNode("https://example.org/path?q=1&x=%20#frag"),
]


def tricky_quads(graph: str, n_extra: int = 0) -> list:
    g = ox.NamedNode(graph)
    p = ox.NamedNode("https://example.org/p")
    quads = [ox.Quad(ox.NamedNode(f"https://example.org/s{i}"), p, o, g) for i, o in enumerate(TRICKY)]
    quads += [ox.Quad(ox.NamedNode(f"https://example.org/x{i}"), p, ox.Literal(f"v{i}"), g) for i in range(n_extra)]
    return quads


@pytest.mark.parametrize("how", ["graph-store", "update-one-request", "update-chunked", "graph-store-missing"])
def test_replace_graph_round_trips_exactly(tmp_path, request, how):
    server = start_server(tmp_path / "srv", request)
    options = {"graph-store": {}, "update-one-request": {"graph_store": False},
               "update-chunked": {"graph_store": "none", "chunk_triples": 7},
               "graph-store-missing": {"graph_store": server.urls.base + "/no-graph-store-here"}}[how]
    rs = open_store(endpoint=server.urls.query, **options)
    emb = EmbeddedStore(None)
    graph = "https://w3id.org/medkg/graph/list/tricky"
    old = tricky_quads(graph, n_extra=30)
    new = tricky_quads(graph, n_extra=20)[::-1]
    as_text = "https://w3id.org/medkg/graph/list/as-text"  # the build's path: N-Triples text as rendered
    text = "".join(f"{q.subject} {q.predicate} {q.object} .\n" for q in tricky_quads(as_text, n_extra=9))
    assert "\u2028" in text and "\x85" in text  # raw in literals: a line split must not cut there
    for st in (rs, emb):
        st.replace_graph(graph, old)
        st.replace_graph(graph, new)  # replace, not add
        st.replace_graph("https://w3id.org/medkg/graph/list/empty", [])
        st.replace_graph_ntriples(as_text, text.encode("utf-8"), len(TRICKY) + 9)
        st.replace_graph_ntriples(as_text, text.encode("utf-8"), len(TRICKY) + 9)
    assert sorted_nquads(rs.dump("nq")) == sorted_nquads(emb.dump("nq"))
    assert len(sorted_nquads(rs.dump("nq"))) == 2 * len(TRICKY) + 29
    assert "https://w3id.org/medkg/graph/list/empty" in rs.named_graphs()
    assert not [g for g in rs.named_graphs() if "staging" in g]
    if how == "graph-store-missing":
        assert rs._gsp_ok is False  # noticed the 404 and fell back to SPARQL Update


def test_seed_build_with_sparql_update_only_matches_embedded(embedded, tmp_path, request):
    """Servers without a Graph Store (Virtuoso /sparql, Neptune): chunked INSERT DATA + MOVE."""
    st, _ = embedded
    server = start_server(tmp_path / "srv", request)
    pipeline.build(lists=LISTS, endpoint=server.urls.query, enrich=False,
                   remote_options={"graph_store": "none", "chunk_triples": 500})
    expected = sorted_nquads(st.dump("nq"))
    assert sorted_nquads(RemoteStore(server.urls.query).dump("nq")) == expected
    # and read back without a Graph Store too (SELECT for the dataset, CONSTRUCT for one graph)
    no_gsp = RemoteStore(server.urls.query, graph_store="none")
    assert sorted_nquads(no_gsp.dump("nq")) == expected
    graph = next(g for g in st.named_graphs() if "/graph/list/" in g)
    assert sorted_nquads(no_gsp.dump("nt", graph)) == sorted_nquads(st.dump("nt", graph))


def test_drop_staging_removes_leftovers_of_an_interrupted_write(tmp_path, request):
    server = start_server(tmp_path / "srv", request)
    rs = RemoteStore(server.urls.query)
    base = "https://w3id.org/medkg/"
    rs.update(f"INSERT DATA {{ GRAPH <{base}graph/staging/x> {{ <{base}a> <{base}b> <{base}c> }} }}")
    rs.replace_graph(f"{base}graph/list/x", tricky_quads(f"{base}graph/list/x"))
    assert rs.drop_staging(base) == [f"{base}graph/staging/x"]
    assert rs.named_graphs() == [f"{base}graph/list/x"]


# ----------------------------------------------------------------------------- errors
def test_server_errors_carry_the_server_message(remote):
    rs = RemoteStore(remote[0].urls.query)
    with pytest.raises(RemoteQueryError) as info:
        rs.query("SELECT * WHERE { ?s ?p }")
    assert isinstance(info.value, StoreError) and isinstance(info.value, QueryError)
    msg = str(info.value)
    assert "HTTP 400" in msg and "error at 1:" in msg and "\n" not in msg
    with pytest.raises(StoreError, match="HTTP 400"):
        rs.update("INSERT DATA { <not an iri> }")


def test_unreachable_server_is_a_store_error():
    rs = RemoteStore(f"http://127.0.0.1:{free_port()}/query", union="server")
    with pytest.raises(StoreError, match="cannot reach"):
        rs.query("ASK {}")


def test_a_server_that_never_answers_times_out():
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(4)
        rs = RemoteStore(f"http://127.0.0.1:{silent.getsockname()[1]}/query", union="server", timeout=0.5)
        with pytest.raises(StoreError, match=r"did not answer within 0.5 s"):
            rs.query("ASK {}")


class _Stub(http.server.BaseHTTPRequestHandler):
    """Answers like an authenticating SPARQL server; remembers what it was sent."""

    seen: list = []

    def log_message(self, *args):  # keep pytest output clean
        pass

    def do_POST(self):
        auth = self.headers.get("Authorization")
        self.seen.append({"path": self.path, "auth": auth, "ctype": self.headers.get("Content-Type"),
                          "body": self.rfile.read(int(self.headers.get("Content-Length") or 0))})
        if self.path.startswith("/html"):
            self._send(500, "text/html", b"<html><head><title>x</title><style>p{}</style></head><body>\n"
                                         b"<h1>500 Internal Server Error</h1><p>it died</p></body></html>")
        elif self.path.startswith("/flaky") and sum(s["path"] == self.path for s in self.seen) == 1:
            self.send_response(503)
            self.send_header("Retry-After", "0")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif self.path.startswith("/capped"):
            # Virtuoso's way: an INSERT DATA of too many triples, or one holding a bad one, is refused with 400
            body = self.seen[-1]["body"].decode()
            if body.count(" .\n") > 300 or "<bad>" in body:
                self._send(400, "text/plain", b"Virtuoso 37000 Error SP031: SPARQL: Internal error: The length of "
                                              b"generated SQL text has exceeded 10000 lines of code")
            else:
                self._send(200, "text/plain", b"ok")
        elif auth not in ("Bearer s3cret-token", "Basic " + base64.b64encode(b"ann:pa55word").decode()):
            self._send(401, "text/plain", b"Unauthorized: missing or wrong credentials\nmore detail")
        else:
            self._send(200, "application/sparql-results+json",
                       json.dumps({"head": {"vars": ["n"]}, "results": {"bindings": [
                           {"n": {"type": "typed-literal", "value": "3",
                                  "datatype": "http://www.w3.org/2001/XMLSchema#integer"}}]}}).encode())

    def _send(self, status, ctype, body):
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def stub(request):
    _Stub.seen = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Stub)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    request.addfinalizer(lambda: (server.shutdown(), server.server_close(), thread.join(5)))
    return f"http://127.0.0.1:{server.server_address[1]}"


@pytest.mark.parametrize("env, header", [
    ({"MEDKG_ENDPOINT_TOKEN": "s3cret-token"}, "Bearer s3cret-token"),
    ({"MEDKG_ENDPOINT_USER": "ann", "MEDKG_ENDPOINT_PASSWORD": "pa55word"},
     "Basic " + base64.b64encode(b"ann:pa55word").decode()),
])
def test_credentials_come_from_the_environment_and_are_never_logged(stub, monkeypatch, caplog, env, header):
    for k in ("MEDKG_ENDPOINT_TOKEN", "MEDKG_ENDPOINT_USER", "MEDKG_ENDPOINT_PASSWORD"):
        monkeypatch.delenv(k, raising=False)
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    caplog.set_level(logging.DEBUG)
    rs = RemoteStore(stub + "/sparql", union="server")
    rows = list(rs.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"))
    assert rows[0]["n"].value == "3"  # old-style "typed-literal" JSON is read too
    assert _Stub.seen[-1]["auth"] == header
    assert _Stub.seen[-1]["ctype"] == "application/x-www-form-urlencoded"  # the form every server takes
    secret = next(iter(env.values())) if "MEDKG_ENDPOINT_TOKEN" in env else env["MEDKG_ENDPOINT_PASSWORD"]
    assert secret not in caplog.text and header not in caplog.text


def test_wrong_credentials_report_the_server_message(stub, monkeypatch):
    monkeypatch.setenv("MEDKG_ENDPOINT_TOKEN", "wrong")
    rs = RemoteStore(stub + "/sparql", union="server")
    with pytest.raises(StoreError) as info:
        rs.query("ASK {}")
    msg = str(info.value)
    assert "HTTP 401" in msg and "Unauthorized: missing or wrong credentials" in msg
    assert "more detail" not in msg and "wrong" not in msg.split("credentials")[-1]


def test_html_error_pages_are_reduced_to_their_text(stub):
    rs = RemoteStore(stub + "/html/sparql", union="server")
    with pytest.raises(StoreError, match=r"HTTP 500 .*: 500 Internal Server Error$"):
        rs.update("CLEAR ALL")


def test_a_busy_server_is_retried(stub, monkeypatch):
    monkeypatch.setenv("MEDKG_ENDPOINT_TOKEN", "s3cret-token")
    rs = RemoteStore(stub + "/flaky/sparql", union="server")
    assert [r["n"].value for r in rs.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")] == ["3"]
    assert [s["path"] for s in _Stub.seen] == ["/flaky/sparql"] * 2


def test_credentials_in_the_url_are_refused():
    with pytest.raises(StoreError, match="MEDKG_ENDPOINT_USER"):
        RemoteStore("https://ann:pa55word@example.org/sparql")


def test_dataset_mode_names_every_graph_in_the_request(stub, monkeypatch):
    monkeypatch.setenv("MEDKG_ENDPOINT_TOKEN", "s3cret-token")
    rs = RemoteStore(stub + "/sparql", union="dataset")
    rs._graphs = ["https://w3id.org/medkg/graph/list/a", "https://w3id.org/medkg/graph/list/b"]
    rs.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    sent = _Stub.seen[-1]
    assert sent["ctype"] == "application/x-www-form-urlencoded"
    from urllib.parse import parse_qs

    form = parse_qs(sent["body"].decode())
    assert form["default-graph-uri"] == form["named-graph-uri"] == rs._graphs
    assert form["query"] == ["SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"]


@pytest.mark.parametrize("query_url, update, gsp, expected", [
    ("http://127.0.0.1:7878/query", None, None,
     ("http://127.0.0.1:7878/update", "http://127.0.0.1:7878/store")),                    # Oxigraph
    ("http://h:3030/ds/query", None, "http://h:3030/ds/data",
     ("http://h:3030/ds/update", "http://h:3030/ds/data")),                               # Fuseki
    ("http://h:7200/repositories/medkg", None, None,
     ("http://h:7200/repositories/medkg/statements",
      "http://h:7200/repositories/medkg/rdf-graphs/service")),                            # GraphDB / RDF4J
    ("https://h:8890/sparql", None, None, ("https://h:8890/sparql", None)),               # Virtuoso, QLever
    ("https://h:8182/sparql", "https://h:8182/sparql", "none", ("https://h:8182/sparql", None)),  # Neptune
    ("http://127.0.0.1:7878/query", "http://other/update", False, ("http://other/update", None)),
])
def test_update_and_graph_store_urls(query_url, update, gsp, expected):
    e = derive_endpoints(query_url, update, gsp)
    assert (e.update, e.graph_store) == expected and e.query == query_url


@pytest.mark.parametrize("bad", ["ftp://h/sparql", "localhost:7878/query", "http:///query"])
def test_bad_endpoint_urls_are_refused(bad):
    with pytest.raises(StoreError):
        derive_endpoints(bad)


# ----------------------------------------------------------------------------- queries and reports
def test_every_shipped_query_answers_the_same_through_the_server(embedded, remote):
    query = pytest.importorskip("medkg.query")
    st, _ = embedded
    shipped = query.list_queries()
    if not shipped:
        pytest.skip("no shipped queries yet")
    via_oxigraph = RemoteStore(remote[0].urls.query)                    # union-default-graph
    via_dataset = RemoteStore(remote[0].urls.query, union="dataset")    # what other servers get
    nonempty = 0
    for q in shipped:
        if any(not p.optional for p in q.params):
            continue
        expected = query.run(st, q)
        assert query.run(via_oxigraph, q) == expected, q.name
        # another engine may order GROUP_CONCAT parts and ORDER BY ties differently: same rows by key
        other = query.run(via_dataset, q)
        assert sorted(str(r[0]) for r in other.rows) == sorted(str(r[0]) for r in expected.rows), q.name
        nonempty += bool(expected.rows)
    assert nonempty >= 5


def test_papers_with_code_report_is_identical_from_the_server(embedded, remote):
    report = pytest.importorskip("medkg.report")
    st, _ = embedded
    expected = report.build_report(st)
    assert expected.total.papers > 200 and expected.papers
    from_server = report.papers_with_code(endpoint=remote[0].urls.query)        # as `--endpoint` does
    from_dataset = report.build_report(RemoteStore(remote[0].urls.query, union="dataset"))
    for got in (from_server, from_dataset):
        assert got == expected
        for fmt in ("md", "csv", "html"):
            assert report.render(got, fmt) == report.render(expected, fmt)


def test_enrich_through_an_endpoint_honours_update_and_graph_store_options(tmp_path, request):
    """``medkg enrich --endpoint … --update-endpoint … --graph-store none``: the options reach the
    remote store (a dead update URL fails the run), and the Crossref graph lands on the server."""
    import sys

    from typer.testing import CliRunner

    sys.path.insert(0, str(Path(__file__).parent))
    from crossref_server import CrossrefStub

    from medkg.cli import app

    server = start_server(tmp_path / "srv", request)
    seeds = ROOT / "data" / "lists"
    lists = [seeds / "deep-medicine.md", seeds / "medical-nlp.md"]
    pipeline.build(lists=lists, endpoint=server.urls.query, enrich=False)
    before = RemoteStore(server.urls.query)
    list_graphs = {g: sorted_nquads(before.dump("nt", g)) for g in before.named_graphs() if "/graph/list/" in g}
    with CrossrefStub() as crossref:
        result = CliRunner().invoke(app, ["enrich", "--endpoint", server.urls.query, "--graph-store", "none",
                                          "--update-endpoint", server.urls.update, "--crossref-url",
                                          crossref.base_url, "--cache-dir", str(tmp_path / "cache"),
                                          "--mailto", "tests@example.org"])
        assert result.exit_code == 0, result.output
        assert crossref.requests(), "enrichment asked Crossref nothing"
        dead = CliRunner().invoke(app, ["enrich", "--endpoint", server.urls.query, "--graph-store", "none",
                                        "--update-endpoint", f"http://127.0.0.1:{free_port()}/update",
                                        "--crossref-url", crossref.base_url, "--cache-dir", str(tmp_path / "cache2"),
                                        "--mailto", "tests@example.org", "--refresh"])
        assert dead.exit_code == 1 and "/update" in f"{dead.output} {dead.exception}", dead.output
    after = RemoteStore(server.urls.query)
    crossref_graph = "https://w3id.org/medkg/graph/crossref"
    assert crossref_graph in after.named_graphs()
    assert len(sorted_nquads(after.dump("nt", crossref_graph))) > 100
    # DOIs Crossref found for plain citations re-resolve those works: the lists were rewritten too
    doi_nodes = {g: {line.split(" ")[0] for line in lines if line.startswith("<https://doi.org/")}
                 for g, lines in list_graphs.items()}
    rewritten = {g: {line.split(" ")[0] for line in sorted_nquads(after.dump("nt", g))
                     if line.startswith("<https://doi.org/")} for g in list_graphs}
    deep = "https://w3id.org/medkg/graph/list/deep-medicine"
    assert rewritten[deep] > doi_nodes[deep]
    assert not [g for g in after.named_graphs() if "staging" in g]
    # the report read through the lists' digests plus what the Crossref graph says is the report
    # asked of the graphs (Crossref's titles, years, venues and DOIs included)
    from medkg import report, report_fetch

    fetch = report_fetch._Fetch(after)
    assert fetch.digests() is not None and fetch.digest_papers().papers
    fast, slow = report.build_report(after), report.build_report(after, use_digests=False)
    assert fast == slow and fast.papers
    assert any(p.dois for p in fast.papers) and report.render(fast, "md") == report.render(slow, "md")


@pytest.mark.parametrize("url,shown", [
    ("https://db.example/sparql?api_key=s3cr3t&default-graph-uri=g", "https://db.example/sparql?api_key=***&default-graph-uri=g"),
    ("https://db.example/sparql?access_token=abc", "https://db.example/sparql?access_token=***"),
    ("http://127.0.0.1:7878/store?graph=https%3A%2F%2Fw3id.org%2Fx", "http://127.0.0.1:7878/store?graph=https%3A%2F%2Fw3id.org%2Fx"),
])
def test_secret_query_parameters_are_masked_where_urls_are_shown(url, shown):
    from medkg.remote import shown_url

    assert shown_url(url) == shown


def test_an_unreachable_endpoint_error_does_not_show_its_key(caplog):
    caplog.set_level(logging.DEBUG)
    url = f"http://127.0.0.1:{free_port()}/sparql?api_key=s3cr3t"
    with pytest.raises(StoreError) as err:
        RemoteStore(url, timeout=5).query("ASK {}")
    assert "api_key=***" in str(err.value) and "s3cr3t" not in str(err.value)
    assert "s3cr3t" not in caplog.text


def test_an_update_refused_as_too_large_is_sent_in_halves(stub):
    """A server that caps an update's size without saying so (Virtuoso refuses 5,000-triple INSERT DATA
    chunks with a 400): the graph is written in halves, every triple exactly where it belongs."""
    rs = RemoteStore(stub + "/capped/sparql", union="server", graph_store="none")
    lines = [f"<http://e/s{i}> <http://e/p> \"{i}\" .\n" for i in range(2_000)]
    rs.replace_graph_ntriples("http://e/g", "".join(lines).encode(), len(lines))
    updates = [s["body"].decode() for s in _Stub.seen]
    inserts = [u for u in updates if u.startswith("INSERT DATA") and u.count(" .\n") <= 300]
    sent = sorted(line for u in inserts for line in u.split("\n") if line.startswith("<http://e/s"))
    assert sent == sorted(line.rstrip("\n") for line in lines)  # all of them, each once
    assert "MOVE SILENT GRAPH" in updates[-1] and "<http://e/g>" in updates[-1]
    assert rs.chunk_triples <= 300


def test_a_bad_triple_still_fails_with_the_servers_message(stub):
    rs = RemoteStore(stub + "/capped/sparql", union="server", graph_store="none")
    lines = [f"<http://e/s{i}> <http://e/p> \"{i}\" .\n" for i in range(1_000)] + ["<bad> <http://e/p> \"x\" .\n"]
    with pytest.raises(StoreError, match="HTTP 400 .*generated SQL text"):
        rs.replace_graph_ntriples("http://e/g", "".join(lines).encode(), len(lines))
    assert len(_Stub.seen) < 40  # halving down to 50 triples, not a request per triple
    assert not any("MOVE SILENT GRAPH" in s["body"].decode() for s in _Stub.seen)  # the old graph is kept
