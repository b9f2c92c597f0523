"""Security: list text cannot run code in a browser, a query or a terminal; the server is safe by
default; no shell; list names cannot escape; credentials are never printed or logged.

The hostile lists come from ``tests/data/hostile/`` (``xss.md``: script, image and frame
payloads in code spans, entities and escapes — the forms that survive Markdown parsing as
*text* — plus ``javascript:``, ``data:``, ``vbscript:`` and protocol-relative links;
``terminal.md``: ANSI/OSC escape sequences). Every check also asserts that the hostile text
did reach the output (as text), so a test cannot pass by an output that simply drops it.
"""

from __future__ import annotations

import ast
import base64
import hashlib
import html.parser
import json
import os
import re
import socket
import subprocess
import threading
import time
import urllib.error
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from medkg import ids, pipeline, query, vocab
from medkg.errors import QueryError, StoreError
from medkg.sources import read_source
from medkg.store import EmbeddedStore
from test_hostile import assert_clean_exit, assert_one_line_error, cli_command, cli_env, run_cli

REPO = Path(__file__).resolve().parent.parent
HOSTILE = REPO / "tests" / "data" / "hostile"
HOSTILE_LISTS = [HOSTILE / n for n in ("xss.md", "html-script.md", "urls.md", "controls.md", "terminal.md")]
BASE = vocab.DEFAULT_BASE
#: Payload text that must reach the outputs — as text, never as markup.
PAYLOADS = ("<img src=x onerror=alert(1)>", "<script>alert(2)</script>", "<svg onload=alert(3)>")


@pytest.fixture(scope="module")
def hostile_store(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("security") / "store"
    report = pipeline.build(HOSTILE_LISTS, store=path, enrich=False)
    assert len(report.lists) == len(HOSTILE_LISTS)
    return path


# ----------------------------------------------------------------------------- HTML outputs
class _Page(html.parser.HTMLParser):
    """Everything security-relevant about an HTML document, as a browser's tokenizer sees it."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self.text: list[str] = []
        self._in_script: dict | None = None
        self._script_text: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append((tag, a))
        if tag == "script":
            self._in_script, self._script_text = a, []

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        if tag == "script" and self._in_script is not None:
            self.scripts.append((self._in_script, "".join(self._script_text)))
            self._in_script = None

    def handle_data(self, data):
        if self._in_script is not None:
            self._script_text.append(data)
        else:
            self.text.append(data)


def _parse_page(text: str) -> _Page:
    page = _Page()
    page.feed(text)
    page.close()
    return page


_URL_ATTRS = ("href", "src", "action", "formaction", "xlink:href", "srcset", "poster", "data", "background")


def _http_only(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and bool(parts.netloc) and not re.search(r"[\s\x00-\x1f<>\"'`]", url)


def _assert_inert(page: _Page, *, allowed_non_http: tuple[str, ...] = ()) -> None:
    """No event handler, no external or unexpected script, and links only to http(s)."""
    for tag, attrs in page.tags:
        assert tag not in ("iframe", "object", "embed", "base", "form", "frame"), tag
        for name, value in attrs.items():
            assert not name.startswith("on"), (tag, name, value)
            if name in _URL_ATTRS and value is not None:
                assert _http_only(value) or value in allowed_non_http, (tag, name, value)
            if name == "style" and value:
                assert "url(" not in value and "expression(" not in value, value
    for attrs, _ in page.scripts:
        assert "src" not in attrs, attrs


def _csp(page: _Page) -> str:
    metas = [a.get("content") or "" for t, a in page.tags
             if t == "meta" and (a.get("http-equiv") or "").lower() == "content-security-policy"]
    assert len(metas) == 1
    return metas[0]


def _sha256_source(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode() + "'"


def test_report_html_escapes_list_text_and_links_only_http(hostile_store):
    from medkg.report import papers_with_code, render

    text = render(papers_with_code(store=hostile_store), "html")
    page = _parse_page(text)
    _assert_inert(page, allowed_non_http=("data:,",))
    visible = "\n".join(page.text)
    for payload in PAYLOADS:
        assert payload in visible, payload  # shown as text …
    assert not [t for t, _ in page.tags if t in ("img", "iframe")]  # … never as elements
    hrefs = [a["href"] for t, a in page.tags if t == "a" and a.get("href")]
    assert "https://arxiv.org/abs/1901.00001" in hrefs
    assert not [h for h in hrefs if "javascript" in h.lower() or h.startswith("data:")]
    csp = _csp(page)
    assert "default-src 'none'" in csp
    for _, body in page.scripts:
        assert _sha256_source(body) in csp  # only our own inline script can run


def test_report_markdown_keeps_list_text_inert(hostile_store):
    from medkg.report import papers_with_code, render

    text = render(papers_with_code(store=hostile_store), "md")
    assert re.search(r"(?<!\\)<", text) is None, "an unescaped < would be raw HTML on GitHub"
    targets = re.findall(r"\]\(([^)\s]*)\)", text)
    assert targets and all(_http_only(t) for t in targets), [t for t in targets if not _http_only(t)]
    assert r"\<img src=x onerror=alert(1)\>" in text


def test_viz_page_keeps_list_text_in_data_and_links_only_http(hostile_store, tmp_path):
    from medkg.viz import VizOptions, write_page

    out = tmp_path / "graph.html"
    write_page(out, store=hostile_store, options=VizOptions(max_nodes=0))
    text = out.read_text(encoding="utf-8")
    page = _parse_page(text)
    _assert_inert(page)
    data_scripts = [body for attrs, body in page.scripts if attrs.get("type") == "application/json"]
    assert len(data_scripts) == 1
    raw = data_scripts[0]
    assert "<" not in raw and ">" not in raw  # cannot close its element or open a comment
    data = json.loads(raw)
    labels = " ".join(str(n.get("t", "")) for n in data["nodes"])  # t: the full title, l: the short label
    assert any(p in labels for p in PAYLOADS), "the hostile titles must be in the page, as data"
    urls = [n["u"] for n in data["nodes"] if n.get("u")]  # u: the node's link
    assert urls and all(_http_only(u) for u in urls), [u for u in urls if not _http_only(u)]
    csp = _csp(page)
    for attrs, body in page.scripts:
        if attrs.get("type") != "application/json":
            assert _sha256_source(body) in csp


def test_report_cli_html_file_is_inert(hostile_store, tmp_path):
    out = tmp_path / "report.html"
    r = run_cli("report", "papers-with-code", "--format", "html", "-o", out, "--store", hostile_store, cwd=tmp_path)
    assert_clean_exit(r)
    _assert_inert(_parse_page(out.read_text(encoding="utf-8")), allowed_non_http=("data:,",))


# ----------------------------------------------------------------------------- SPARQL injection
INJECTIONS = [
    '") } ; DROP ALL ; #',
    '" ) } UNION { ?paper ?p ?o } #',
    "'} INSERT DATA { <http://evil/s> <http://evil/p> <http://evil/o> } #",
    "x\" . } } SELECT * WHERE { ?s ?p ?o } #",
    "\\\" ) } #",
    "\n} DROP ALL #\n",
    "<http://evil/x> } ; CLEAR DEFAULT ; #",
    "\u0000\u202e\"}",
]


def _quad_count(store: Path) -> int:
    st = EmbeddedStore(store, read_only=True)
    try:
        return len(st.dump("nq").splitlines())
    finally:
        st.close()


@pytest.mark.parametrize("value", INJECTIONS, ids=range(len(INJECTIONS)))
def test_query_parameters_cannot_inject(hostile_store, value):
    """A hostile --param value is one literal: no extra rows, no error, nothing written."""
    before = _quad_count(hostile_store)
    everything = query.run_query("papers-with-code", {}, store=hostile_store)
    assert everything.rows, "the unfiltered query must find the hostile papers"
    result = query.run_query("papers-with-code", {"topic": value}, store=hostile_store)
    assert len(result.rows) == 0
    assert _quad_count(hostile_store) == before


def test_query_cli_parameter_injection(hostile_store, tmp_path):
    before = _quad_count(hostile_store)
    for value in INJECTIONS[:4]:
        r = run_cli("query", "papers-with-code", "--param", f"list={value}", "--format", "json",
                    "--store", hostile_store, cwd=tmp_path)
        assert_clean_exit(r)
        assert json.loads(r.stdout)["results"]["bindings"] == []
    assert _quad_count(hostile_store) == before


@pytest.mark.parametrize("args", [
    ("DROP ALL",),
    ("SELECT * WHERE { ?s ?p ?o } ; DROP ALL",),
    ("papers-with-code", "--param", "x) } DROP ALL #=1"),
    ("papers-with-code", "--param", "list"),
])
def test_updates_and_bad_parameter_names_are_refused(hostile_store, tmp_path, args):
    before = _quad_count(hostile_store)
    r = run_cli("query", *args, "--store", hostile_store, cwd=tmp_path)
    assert_one_line_error(r)
    assert _quad_count(hostile_store) == before


@pytest.mark.parametrize("value,type_", [("http://x.org/a> } ; DROP ALL ; <http://y", "iri"),
                                         ("1 } DROP ALL", "integer"), ("1.5e3) }", "decimal")])
def test_typed_parameters_reject_injection(value, type_):
    with pytest.raises(QueryError):
        query.to_term(value, type_)


_EMPTY = EmbeddedStore(None)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(st.characters(blacklist_categories=("Cs",)), max_size=60))
def test_any_parameter_value_is_exactly_one_literal(value):
    """Whatever the text, the bound query returns it unchanged as the one value of ?v."""
    # a declared string parameter (ad-hoc queries read `<…>` as an IRI, by design)
    text = "# name: echo\n# param: v (optional) — any text\nSELECT ?v ?one WHERE { BIND(1 AS ?one) }"
    result = query.run(_EMPTY, text, {"v": value})
    assert [[t.value if t is not None else None for t in row] for row in result.rows] == [[value, "1"]]


# ----------------------------------------------------------------------------- serve
def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_serve_defaults_are_loopback_and_read_only():
    from medkg.serve import DEFAULT_BIND, choose_bind, server_command

    bind, warnings = choose_bind(None, public=False, writable=False)
    assert bind == DEFAULT_BIND and bind.startswith("127.0.0.1:") and warnings == []
    cmd = server_command("oxigraph", Path("s"), bind, writable=False)
    assert cmd[1] == "serve-read-only" and cmd[cmd.index("--bind") + 1].startswith("127.0.0.1:")
    with pytest.raises(StoreError):
        choose_bind(f"0.0.0.0:{_free_port()}", public=False, writable=True)


def test_serve_cli_refuses_a_public_writable_endpoint(hostile_store, tmp_path):
    r = run_cli("serve", "--store", hostile_store, "--bind", f"0.0.0.0:{_free_port()}", "--writable", cwd=tmp_path,
                timeout=60)
    assert_one_line_error(r, "refusing a writable endpoint")


def _listening_addresses(port: int) -> set[str]:
    """Local addresses with a LISTEN socket on ``port`` (Linux /proc/net/tcp{,6})."""
    found = set()
    for name in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            rows = Path(name).read_text().splitlines()[1:]
        except OSError:
            continue
        for row in rows:
            local, state = row.split()[1], row.split()[3]
            addr, port_hex = local.split(":")
            if state == "0A" and int(port_hex, 16) == port:
                found.add(addr)
    return found


@pytest.mark.slow
def test_served_store_refuses_writes_and_listens_on_loopback_only(hostile_store, tmp_path):
    port = _free_port()
    before = _quad_count(hostile_store)
    proc = subprocess.Popen(cli_command("serve", "--store", hostile_store, "--bind", f"127.0.0.1:{port}"),
                            cwd=tmp_path, env=cli_env(), stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            start_new_session=True)
    try:
        base = f"http://127.0.0.1:{port}"
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        deadline = time.monotonic() + 60
        while True:
            try:
                with opener.open(urllib.request.Request(f"{base}/query", data=b"ASK {}", headers={
                        "Content-Type": "application/sparql-query"}), timeout=2) as resp:
                    assert resp.status == 200
                    break
            except (urllib.error.URLError, OSError):
                assert proc.poll() is None, proc.stdout.read().decode()
                assert time.monotonic() < deadline, "server did not come up (hang guard)"
                time.sleep(0.2)
        addresses = _listening_addresses(port)
        if addresses:  # /proc is there: every listening socket is loopback (127.0.0.1 = 0100007F)
            assert addresses <= {"0100007F", "00000000000000000000000001000000"}, addresses
        for method, path, body, ctype in [("POST", "/update", b"DROP ALL", "application/sparql-update"),
                                          ("PUT", "/store?default", b"<http://e/s> <http://e/p> <http://e/o> .",
                                           "application/n-triples"),
                                          ("DELETE", f"/store?graph={vocab.list_graph(BASE, 'xss')}", None, None)]:
            req = urllib.request.Request(base + path, data=body, method=method,
                                         headers={"Content-Type": ctype} if ctype else {})
            with pytest.raises(urllib.error.HTTPError) as info:
                opener.open(req, timeout=10)
            assert 400 <= info.value.code < 500, (method, path, info.value.code)
    finally:
        os.killpg(proc.pid, 2)  # SIGINT to its group, like Ctrl-C
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, 9)
            proc.wait()
    assert _quad_count(hostile_store) == before


# ----------------------------------------------------------------------------- no shell
def _calls(tree: ast.AST):
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            yield node


def _dotted(node: ast.AST) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return _dotted(node.value) + "." + node.attr
    return ""


def test_no_shell_anywhere_in_src():
    """No ``shell=True``, ``os.system``/``popen``, string commands, ``eval``/``exec`` in library code."""
    files = sorted((REPO / "src").rglob("*.py"))
    assert len(files) > 10
    problems = []
    for path in files:
        text = path.read_text(encoding="utf-8")
        if re.search(r"shell\s*=\s*True", text):
            problems.append(f"{path.name}: shell=True")
        for call in _calls(ast.parse(text, filename=str(path))):
            name = _dotted(call.func)
            for kw in call.keywords:
                if kw.arg == "shell" and not (isinstance(kw.value, ast.Constant) and kw.value.value is False):
                    problems.append(f"{path.name}:{call.lineno}: shell={ast.unparse(kw.value)}")
            if name in ("os.system", "os.popen", "subprocess.getoutput", "subprocess.getstatusoutput", "eval", "exec") \
                    or name.startswith("os.spawn") or name.startswith("os.exec"):
                problems.append(f"{path.name}:{call.lineno}: {name}()")
            if name.split(".")[-1] in ("Popen", "run", "call", "check_call", "check_output") \
                    and name.startswith("subprocess") and call.args and isinstance(call.args[0], (ast.Constant, ast.JoinedStr)):
                problems.append(f"{path.name}:{call.lineno}: {name} with a string command")
    assert problems == []


# ----------------------------------------------------------------------------- list names
def _all_iris(store: Path) -> set[str]:
    st = EmbeddedStore(store, read_only=True)
    try:
        out = set()
        for q in ox.parse(st.dump("nq"), format=ox.RdfFormat.N_QUADS):
            for t in (q.subject, q.predicate, q.object, q.graph_name):
                if isinstance(t, ox.NamedNode):
                    out.add(t.value)
        return out
    finally:
        st.close()


def _tree(root: Path, skip: Path) -> set[Path]:
    return {p for p in root.rglob("*") if skip not in p.parents and p != skip}


def test_traversal_list_name_stays_in_its_place(tmp_path):
    """``../../etc/passwd.md`` is read where it is, named ``passwd``, and puts nothing outside the store."""
    work = tmp_path / "work"
    (work / "a" / "b").mkdir(parents=True)
    (work / "etc").mkdir()
    (work / "etc" / "passwd.md").write_text("# passwd\n\n- [root](https://example.org/root) x\n", encoding="utf-8")
    store = work / "a" / "b" / "store"
    before = _tree(tmp_path, store)
    r = run_cli("build", "../../etc/passwd.md", "--store", "store", "--no-enrich", cwd=work / "a" / "b")
    assert_clean_exit(r)
    assert _tree(tmp_path, store) == before  # nothing written outside the store
    iris = _all_iris(store)
    assert vocab.list_graph(BASE, "passwd") in iris
    ours = [i for i in iris if i.startswith(BASE)]
    assert ours and not [i for i in ours if "/../" in i or "/./" in i or i.endswith("/..") or "etc/passwd" in i]


@pytest.mark.parametrize("name", ["<script>alert(1)<", 'a"b\'c', "名单", "x y", "%2e%2e%2f", "..", "-", "CON"])
def test_odd_file_names_give_safe_list_names(tmp_path, name):
    path = tmp_path / f"{name}.md"
    path.write_text("# t\n\n- [e](https://example.org/e) x\n", encoding="utf-8")
    src = read_source(path)
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", src.name)
    assert ids.safe_iri(vocab.list_graph(BASE, src.name)) == vocab.list_graph(BASE, src.name)
    assert read_source(path, name="../../etc/passwd").name == "etc-passwd"


def test_two_files_with_the_same_list_name_are_reported(tmp_path):
    for n in ("my list.md", "my-list.md"):
        (tmp_path / n).write_text(f"# {n}\n\n- [e](https://example.org/{n.replace(' ', '_')}) x\n", encoding="utf-8")
    r = run_cli("build", tmp_path / "my list.md", tmp_path / "my-list.md", "--store", tmp_path / "s", "--no-enrich",
                cwd=tmp_path)
    assert_clean_exit(r)
    assert "same list name 'my-list'" in " ".join(r.stderr.split())


def test_skipped_path_with_brackets_is_printed_as_text(tmp_path):
    """Regression (found here, fixed in cli): skipped paths were printed as rich markup, so a path with
    ``[/x]`` crashed the build summary with a MarkupError traceback."""
    (tmp_path / "[").mkdir()
    bad = tmp_path / "[" / "x].md"
    bad.write_bytes(b"")
    good = tmp_path / "ok.md"
    good.write_text("# ok\n\n- [a](https://example.org/a) x\n", encoding="utf-8")
    r = run_cli("build", good, bad, "--store", tmp_path / "s", "--no-enrich", cwd=tmp_path)
    assert_clean_exit(r)
    assert str(bad) in " ".join(r.stderr.split())


# ----------------------------------------------------------------------------- terminals
_ESC_OR_C0 = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\x9b]")


def test_check_and_build_output_carry_no_terminal_escapes(tmp_path):
    r = run_cli("check", "--all", HOSTILE / "terminal.md", cwd=tmp_path)
    assert_clean_exit(r)
    assert not _ESC_OR_C0.search(r.stdout.decode("utf-8") + r.stderr)
    r = run_cli("build", HOSTILE / "terminal.md", "--store", tmp_path / "s", "--no-enrich", cwd=tmp_path)
    assert_clean_exit(r)
    assert not _ESC_OR_C0.search(r.stdout.decode("utf-8") + r.stderr)


def test_query_table_output_carries_no_terminal_escapes(hostile_store, tmp_path):
    r = run_cli("query", "SELECT ?label WHERE { ?t skos:prefLabel ?label }", "--store", hostile_store, cwd=tmp_path)
    assert_clean_exit(r)
    out = r.stdout.decode("utf-8")
    assert "Clear screen" in out
    assert not _ESC_OR_C0.search(out), repr(_ESC_OR_C0.search(out))


# ----------------------------------------------------------------------------- credentials
class _SparqlStub:
    """A SPARQL endpoint on 127.0.0.1 that answers every query with one row and records headers."""

    def __init__(self) -> None:
        stub = self
        self.authorizations: list[str | None] = []

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def _answer(self):
                stub.authorizations.append(self.headers.get("Authorization"))
                length = int(self.headers.get("Content-Length") or 0)
                self.rfile.read(length)
                body = json.dumps({"head": {"vars": ["n"]}, "results": {"bindings": [
                    {"n": {"type": "literal", "value": "1"}}]}}).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/sparql-results+json")
                self.send_header("Server", "Oxigraph/0.5")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_POST = do_GET = _answer

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/query"


SECRET = "s3cret-Pa55-9f1c"


@pytest.mark.parametrize("env", [
    {"MEDKG_ENDPOINT_TOKEN": SECRET},
    {"MEDKG_ENDPOINT_USER": "alice", "MEDKG_ENDPOINT_PASSWORD": SECRET},
], ids=["token", "basic"])
def test_credentials_are_sent_but_never_logged(tmp_path, env):
    with _SparqlStub() as stub:
        r = run_cli("query", "SELECT (1 AS ?n) WHERE { }", "--format", "csv", "--endpoint", stub.url, cwd=tmp_path,
                    env={**env, "MEDKG_LOG": "DEBUG"})
    assert_clean_exit(r)
    sent = [a for a in stub.authorizations if a]
    assert sent, "the credentials must reach the server"
    encoded = base64.b64encode(f"alice:{SECRET}".encode()).decode()
    output = r.stdout.decode("utf-8", "replace") + r.stderr
    assert "DEBUG" in output  # the debug log was on …
    assert SECRET not in output and encoded not in output  # … and still no secret in it


def test_credentials_in_an_endpoint_url_are_refused_without_echo(tmp_path):
    r = run_cli("query", "SELECT (1 AS ?n) WHERE { }", "--endpoint", f"http://alice:{SECRET}@127.0.0.1:9/query",
                cwd=tmp_path, env={"MEDKG_LOG": "DEBUG"})
    assert_one_line_error(r, "credentials")
    assert SECRET not in r.stderr


def test_credentials_in_a_non_http_endpoint_url_are_not_echoed(tmp_path):
    """Regression (found here, fixed in remote): the scheme error echoed the URL, password included."""
    r = run_cli("query", "SELECT (1 AS ?n) WHERE { }", "--endpoint", f"ftp://alice:{SECRET}@127.0.0.1/query",
                cwd=tmp_path)
    assert_one_line_error(r)
    assert SECRET not in r.stderr
