"""Any SPARQL 1.1 server as the graph store (Oxigraph server, QLever, GraphDB, Virtuoso, Fuseki…).

``RemoteStore`` implements the ``GraphStore`` interface of ``medkg.store`` over the standard
protocols only, so the same build, queries and reports run unchanged against a server:

* reads: SPARQL 1.1 Protocol, query via URL-encoded ``POST`` (the one form every server takes:
  Virtuoso 7.2 never answers a ``application/sparql-query`` body); the answer is parsed
  into real pyoxigraph result objects (``QuerySolutions``/``QueryBoolean``), so callers keep
  writing ``row["x"].value``;
* list graphs: Graph Store Protocol ``PUT ?graph=`` (one atomic replacement) when the server
  has one, else SPARQL Update — ``DROP`` + ``INSERT DATA`` in one request for a small graph,
  or bounded ``INSERT DATA`` chunks into a staging graph ``MOVE``d over the old one, so an
  interrupted build never leaves a half-written list graph.

medkg queries the *union* of its named graphs (one per list). Servers disagree on what the
default graph is, so the store asks for the union explicitly: Oxigraph's
``union-default-graph`` parameter when the server says it is Oxigraph, else the standard
protocol dataset (``default-graph-uri`` and ``named-graph-uri`` for every named graph).
``MEDKG_ENDPOINT_UNION=server`` trusts a server whose default graph already is the union.

Credentials come only from the environment (``MEDKG_ENDPOINT_TOKEN``, or
``MEDKG_ENDPOINT_USER`` + ``MEDKG_ENDPOINT_PASSWORD``): never from the URL, never logged,
never forwarded on a redirect. Plain ``urllib`` keeps this dependency-free.
"""

from __future__ import annotations

import base64
import http.client
import logging
import os
import re
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from medkg import __version__
from medkg.errors import QueryError, StoreError

log = logging.getLogger(__name__)

ENV_USER = "MEDKG_ENDPOINT_USER"
ENV_PASSWORD = "MEDKG_ENDPOINT_PASSWORD"
ENV_TOKEN = "MEDKG_ENDPOINT_TOKEN"
ENV_TIMEOUT = "MEDKG_ENDPOINT_TIMEOUT"
ENV_UNION = "MEDKG_ENDPOINT_UNION"
UNION_MODES = ("auto", "oxigraph", "dataset", "server")

DEFAULT_TIMEOUT = 120.0
CHUNK_TRIPLES = 5_000          # INSERT DATA bounds: servers cap request sizes (Virtuoso, proxies)
CHUNK_BYTES = 2_000_000
MIN_CHUNK_TRIPLES = 50         # below this a refused update is the data's fault, not its size
RETRY_STATUSES = (429, 502, 503, 504)
MAX_RETRIES = 2
NO_GRAPH_STORE = ("", "none", "off", "false")

_ACCEPT_QUERY = ("application/sparql-results+json, application/n-triples;q=0.9, application/n-quads;q=0.9, "
                 "text/turtle;q=0.8, application/sparql-results+xml;q=0.7, application/rdf+xml;q=0.6")
_FORM = "application/x-www-form-urlencoded"


class RemoteQueryError(StoreError, QueryError):
    """The server rejected or timed out a *query*: both a store and a query problem, so callers
    that catch either (the CLI, ``medkg query``'s syntax-error path) see it."""


@dataclass(frozen=True)
class Endpoints:
    query: str
    update: str
    graph_store: str | None


def derive_endpoints(query_url: str, update_endpoint: str | None = None,
                     graph_store: str | bool | None = None) -> Endpoints:
    """The update and Graph Store URLs that go with a query URL, unless given explicitly.

    Oxigraph/Fuseki-style ``…/query`` → ``…/update`` and ``…/store``; RDF4J/GraphDB
    ``…/repositories/ID`` → ``…/statements`` and ``…/rdf-graphs/service``; anything else
    (Virtuoso, QLever, Neptune ``…/sparql``) takes updates at the same URL and has no
    Graph Store (SPARQL Update is used). ``graph_store=False`` or ``"none"`` disables it.
    """
    _check_url(query_url)
    parts = urllib.parse.urlsplit(query_url)
    path = parts.path.rstrip("/")
    segments = path.split("/")

    def at(new_path: str) -> str:
        return urllib.parse.urlunsplit((parts.scheme, parts.netloc, new_path, parts.query, ""))

    if path.endswith("/query"):
        root = path[: -len("/query")]
        upd, gsp = at(root + "/update"), at(root + "/store")
    elif len(segments) >= 2 and segments[-2] == "repositories":
        upd, gsp = at(path + "/statements"), at(path + "/rdf-graphs/service")
    else:
        upd, gsp = query_url, None
    if update_endpoint:
        _check_url(update_endpoint)
        upd = update_endpoint
    if graph_store is False or (isinstance(graph_store, str) and graph_store.strip().lower() in NO_GRAPH_STORE):
        gsp = None
    elif isinstance(graph_store, str):
        _check_url(graph_store)
        gsp = graph_store
    return Endpoints(query_url, upd, gsp)


_SECRET_KEY = re.compile(r"(?i)(key|token|secret|pass|pwd|auth|sig|credential|session)")


def shown_url(url: str) -> str:
    """``url`` as it may appear in a log or an error: values of secret-looking query parameters
    (``api_key=…``, ``access_token=…``) replaced by ``***``, since some servers take keys there."""
    try:
        parts = urllib.parse.urlsplit(url)
    except ValueError:
        return "<unparseable URL>"
    if not parts.query:
        return url
    pairs = urllib.parse.parse_qsl(parts.query, keep_blank_values=True)
    if not any(_SECRET_KEY.search(k) for k, _ in pairs):
        return url
    query = "&".join(f"{urllib.parse.quote(k)}=***" if _SECRET_KEY.search(k) else
                     urllib.parse.urlencode([(k, v)]) for k, v in pairs)
    return urllib.parse.urlunsplit(parts._replace(query=query))


def _check_url(url: str) -> None:
    parts = urllib.parse.urlsplit(url)
    has_credentials = parts.username is not None or parts.password is not None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        shown = parts._replace(netloc=parts.hostname or "").geturl() if has_credentials else url
        raise StoreError(f"not an http(s) SPARQL endpoint URL: {shown!r}")
    if has_credentials:
        raise StoreError(f"credentials in the endpoint URL are refused (they would end up in shell history and "
                         f"logs); set {ENV_USER}/{ENV_PASSWORD} or {ENV_TOKEN} instead")


def _auth_header() -> str | None:
    token = os.environ.get(ENV_TOKEN)
    if token:
        return f"Bearer {token.strip()}"
    user, password = os.environ.get(ENV_USER), os.environ.get(ENV_PASSWORD)
    if user:
        if password is None:
            raise StoreError(f"{ENV_USER} is set but {ENV_PASSWORD} is not")
        return "Basic " + base64.b64encode(f"{user}:{password}".encode("utf-8")).decode("ascii")
    return None


def _server_message(body: bytes, content_type: str) -> str:
    """The first meaningful line of an error body, trimmed (HTML error pages reduced to text)."""
    text = body[:20_000].decode("utf-8", "replace")
    if "html" in content_type:
        text = re.sub(r"<(head|script|style)\b.*?</\1>|<[^>]+>", "\n", text, flags=re.S | re.I)
    for line in text.splitlines():
        line = " ".join(line.split())
        if line:
            return line if len(line) <= 300 else line[:299] + "…"
    return ""


class TripleResults:
    """CONSTRUCT/DESCRIBE results: iterable of ``pyoxigraph.Triple`` like ``QueryTriples``."""

    def __init__(self, triples: list):
        self._triples = triples

    def __iter__(self) -> Iterator:
        return iter(self._triples)

    def __len__(self) -> int:
        return len(self._triples)

    def serialize(self, output=None, format=None):
        import pyoxigraph as ox

        return ox.serialize(self._triples, output, format or ox.RdfFormat.N_TRIPLES)


# ----------------------------------------------------------------------------- query parameters
_IRI_AT = re.compile(r"<[^<>\"{}|^`\\\x00-\x20]*>")
#: a keyword, a prefixed name or a variable's name: SPARQL names may start with any letter ("é:p", "?größe")
_WORD_AT = re.compile(r"[^\W\d][\w.:-]*")
_FORMS = ("SELECT", "CONSTRUCT", "DESCRIBE", "ASK")


def _where_brace(sparql: str) -> int | None:
    """Index of the ``{`` that opens the query's top-level WHERE group, or None when a VALUES
    block cannot go there (no WHERE group; ``CONSTRUCT WHERE``, whose group is a template).

    A small scanner, not a parser: it skips comments, strings, IRIs and variables so that a
    ``{`` or keyword inside them does not count, and skips a CONSTRUCT template.
    """
    i, n, depth = 0, len(sparql), 0
    form: str | None = None
    prev_word = ""
    top_braces = 0
    while i < n:
        c = sparql[i]
        if c == "#":
            j = sparql.find("\n", i)
            i = n if j < 0 else j + 1
        elif c in "\"'":
            quote = c * 3 if sparql.startswith(c * 3, i) else c
            j = i + len(quote)
            while j < n and not sparql.startswith(quote, j):
                j += 2 if sparql[j] == "\\" else 1
            i = j + len(quote)
        elif c == "<" and (m := _IRI_AT.match(sparql, i)):
            i = m.end()
        elif c in "?$":
            m = _WORD_AT.match(sparql, i + 1)
            i = m.end() if m else i + 1
        elif c == "{":
            if depth == 0 and form is not None:
                top_braces += 1
                if form == "CONSTRUCT" and prev_word == "WHERE" and top_braces == 1:
                    return None  # CONSTRUCT WHERE { triples }: no room for VALUES inside
                if form != "CONSTRUCT" or top_braces == 2:
                    return i
            depth += 1
            i += 1
        elif c == "}":
            depth -= 1
            i += 1
        elif (c.isalpha() or c == "_") and (m := _WORD_AT.match(sparql, i)) is not None:
            word = m.group(0).upper()
            if depth == 0 and form is None and word in _FORMS:
                form = word
            prev_word = word
            i = m.end()
        else:
            if not c.isspace():
                prev_word = ""
            i += 1
    return None


def bind_values(sparql: str, substitutions: dict) -> str:
    """Bind query variables the way pyoxigraph ``substitutions`` do, for a remote server.

    A ``VALUES`` block is put first in the top-level WHERE group, so the bound values join
    everything in that group and its FILTERs see them (a trailing VALUES clause would come too
    late for a FILTER that uses a parameter). Where no block fits (``CONSTRUCT WHERE``, whose
    body is only triple patterns, or ``DESCRIBE <iri>``) a trailing VALUES clause means the same.
    Terms are written with pyoxigraph's own term syntax — never pasted text — and must be IRIs
    or literals. Unlike pyoxigraph, a bound variable need not be projected.
    """
    import pyoxigraph as ox

    names, terms = [], []
    for var, term in substitutions.items():
        name = var.value if isinstance(var, ox.Variable) else str(var).lstrip("?$")
        if not _WORD_AT.fullmatch(name) or ":" in name or "." in name:
            raise QueryError(f"invalid variable name {name!r}")
        if not isinstance(term, (ox.NamedNode, ox.Literal)):
            raise QueryError(f"?{name} can only be bound to an IRI or a literal, not {type(term).__name__}")
        names.append(f"?{name}")
        terms.append(str(term))
    if not names:
        return sparql
    block = f" VALUES ({' '.join(names)}) {{ ({' '.join(terms)}) }} "
    at = _where_brace(sparql)
    if at is None:
        return f"{sparql}\n{block}"
    return sparql[: at + 1] + block + sparql[at + 1:]


# ----------------------------------------------------------------------------- the store
class RemoteStore:
    """A SPARQL 1.1 Protocol / Graph Store Protocol server behind the ``GraphStore`` interface."""

    def __init__(self, endpoint: str, *, update_endpoint: str | None = None, graph_store: str | bool | None = None,
                 timeout: float | None = None, union: str | None = None, chunk_triples: int = CHUNK_TRIPLES,
                 chunk_bytes: int = CHUNK_BYTES):
        self.endpoints = derive_endpoints(endpoint, update_endpoint, graph_store)
        self.timeout = float(timeout or os.environ.get(ENV_TIMEOUT) or DEFAULT_TIMEOUT)
        self.union = (union or os.environ.get(ENV_UNION) or "auto").lower()
        if self.union not in UNION_MODES:
            raise StoreError(f"unknown union mode {self.union!r} (use one of {', '.join(UNION_MODES)})")
        self.chunk_triples = max(1, chunk_triples)
        self.chunk_bytes = max(1, chunk_bytes)
        self._auth = _auth_header()
        self._opener = urllib.request.build_opener()
        self._gsp_ok = self.endpoints.graph_store is not None
        self._graphs: list[str] | None = None
        self.server = ""
        log.debug("remote store: query %s, update %s, graph store %s", shown_url(self.endpoints.query),
                  shown_url(self.endpoints.update), shown_url(self.endpoints.graph_store or "-"))

    # -- HTTP
    def _request(self, method: str, url: str, *, what: str, body: bytes | None = None, content_type: str | None = None,
                 accept: str | None = None, timeout: float | None = None, ok_statuses: Sequence[int] = ()):
        """One HTTP exchange → (status, content type, body). HTTP errors raise ``StoreError`` with
        the server's own message, unless the status is in ``ok_statuses`` (the caller decides)."""
        limit = timeout if timeout is not None else self.timeout
        shown = shown_url(url)
        error_cls = RemoteQueryError if what == "query" else StoreError
        for attempt in range(MAX_RETRIES + 1):
            req = urllib.request.Request(url, data=body, method=method)
            req.add_header("User-Agent", f"medkg/{__version__}")
            if content_type:
                req.add_header("Content-Type", content_type)
            if accept:
                req.add_header("Accept", accept)
            if self._auth:
                req.add_unredirected_header("Authorization", self._auth)
            try:
                deadline = time.monotonic() + limit
                with self._opener.open(req, timeout=limit) as resp:
                    self.server = self.server or resp.headers.get("Server", "")
                    return resp.status, resp.headers.get("Content-Type", ""), _read_until(resp, deadline)
            except urllib.error.HTTPError as exc:
                data = exc.read() if exc.fp is not None else b""
                ctype = exc.headers.get("Content-Type", "") if exc.headers else ""
                if exc.code in ok_statuses:
                    return exc.code, ctype, data
                if exc.code in RETRY_STATUSES and attempt < MAX_RETRIES:
                    wait = _retry_after(exc.headers.get("Retry-After") if exc.headers else None, attempt)
                    log.info("%s: HTTP %s from %s, retrying in %.1f s", what, exc.code, shown, wait)
                    time.sleep(wait)
                    continue
                message = _server_message(data, ctype) or exc.reason
                hint = " (check MEDKG_ENDPOINT_USER/PASSWORD or TOKEN)" if exc.code in (401, 403) else ""
                error = error_cls(f"{what} failed: HTTP {exc.code} from {shown}: {message}{hint}")
                error.http_status = exc.code
                raise error from None
            except (TimeoutError, socket.timeout):
                raise error_cls(f"{what} failed: {shown} did not answer within {limit:g} s") from None
            except urllib.error.URLError as exc:
                reason = exc.reason
                if isinstance(reason, (TimeoutError, socket.timeout)):
                    raise error_cls(f"{what} failed: {shown} did not answer within {limit:g} s") from None
                raise StoreError(f"{what} failed: cannot reach {shown}: {getattr(reason, 'strerror', None) or reason}") \
                    from None
            except OSError as exc:
                raise StoreError(f"{what} failed: connection to {shown} broke: {exc.strerror or exc}") from None
            except http.client.HTTPException as exc:
                raise StoreError(f"{what} failed: {shown} sent a broken HTTP answer: {exc!r}") from None
        raise AssertionError("unreachable")

    # -- reads
    def query(self, sparql: str, *, substitutions: dict | None = None, timeout: float | None = None):
        """Run a query on the union of the graphs; pyoxigraph-shaped results."""
        if substitutions:
            sparql = bind_values(sparql, substitutions)
        url, params = self.endpoints.query, self._dataset_params()
        if self._union_mode() == "oxigraph":
            url = _with_param(url, "union-default-graph", None)
        body = urllib.parse.urlencode([("query", sparql), *params]).encode("utf-8")
        _, rtype, data = self._request("POST", url, what="query", body=body, content_type=_FORM,
                                       accept=_ACCEPT_QUERY, timeout=timeout)
        return _parse_results(data, rtype, url)

    def _plain_query(self, sparql: str, accept: str = "application/sparql-results+json"):
        """A query on the server's own dataset (no union handling): for GRAPH-scoped reads."""
        body = urllib.parse.urlencode([("query", sparql)]).encode("utf-8")
        _, rtype, data = self._request("POST", self.endpoints.query, what="query", body=body,
                                       content_type=_FORM, accept=accept)
        return _parse_results(data, rtype, self.endpoints.query)

    def _union_mode(self) -> str:
        if self.union == "auto":
            self._plain_query("ASK {}")
            self.union = "oxigraph" if self.server.lower().startswith("oxigraph") else "dataset"
            log.debug("remote store: server %r, union of graphs via %s", self.server, self.union)
        return self.union

    def _dataset_params(self) -> list[tuple[str, str]]:
        if self._union_mode() != "dataset":
            return []
        if self._graphs is None:
            self._graphs = self.named_graphs()
        return [(k, g) for g in self._graphs for k in ("default-graph-uri", "named-graph-uri")]

    def named_graphs(self) -> list[str]:
        rows = self._plain_query("SELECT DISTINCT ?g WHERE { GRAPH ?g { } }")
        return sorted(row["g"].value for row in rows if row["g"] is not None)

    def dump(self, fmt: str, graph: str | None = None) -> bytes:
        """One graph (as triples) or the whole dataset (as quads), in ``fmt``.

        The whole-dataset dump takes the Graph Store's dataset answer when the server gives
        one (Oxigraph does), else a ``GRAPH ?g`` SELECT — which sees the named graphs only (where
        medkg writes everything): on servers whose default graph is the union of the others,
        the default graph's own triples cannot be told apart.
        """
        import pyoxigraph as ox

        from medkg.store import _rdf_format

        fmt_obj = _rdf_format(fmt)
        if graph is not None:
            return ox.serialize(self._graph_triples(graph), format=fmt_obj) or b""
        if not fmt_obj.supports_datasets:
            raise StoreError(f"{fmt} holds one graph: give a graph, or use nq, trig or jsonld for the whole store")
        return ox.serialize(self._all_quads(), format=fmt_obj) or b""

    def _graph_triples(self, graph: str) -> list:
        import pyoxigraph as ox

        iri = ox.NamedNode(graph)
        if self._gsp_ok:
            assert self.endpoints.graph_store is not None  # _gsp_ok starts as `graph_store is not None`, only ever cleared
            url = _with_param(self.endpoints.graph_store, "graph", graph)
            status, rtype, data = self._request("GET", url, what="graph store read", ok_statuses=(404, 405, 406, 501),
                                                accept="application/n-triples, text/turtle;q=0.8")
            if status == 200:
                return [_as_triple(q) for q in ox.parse(data, format=_rdf_media(rtype, url))]
        query = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH {iri} {{ ?s ?p ?o }} }}"
        return list(self._plain_query(query, accept="application/n-triples, text/turtle;q=0.8"))

    def _all_quads(self) -> list:
        import pyoxigraph as ox

        if self._gsp_ok:
            assert self.endpoints.graph_store is not None  # _gsp_ok starts as `graph_store is not None`, only ever cleared
            status, rtype, data = self._request("GET", self.endpoints.graph_store, what="graph store read",
                                                accept="application/n-quads, application/trig;q=0.9",
                                                ok_statuses=(400, 404, 405, 406, 501))
            fmt = ox.RdfFormat.from_media_type(rtype.split(";")[0].strip()) if status == 200 else None
            if fmt is not None and fmt.supports_datasets:
                return list(ox.parse(data, format=fmt))
        rows = self._plain_query("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        return [ox.Quad(r["s"], r["p"], r["o"], r["g"]) for r in rows]

    # -- writes
    def update(self, sparql: str) -> None:
        self._graphs = None
        self._request("POST", self.endpoints.update, what="update", body=sparql.encode("utf-8"),
                      content_type="application/sparql-update")

    def drop_graph(self, graph: str) -> None:
        import pyoxigraph as ox

        self.update(f"DROP SILENT GRAPH {ox.NamedNode(graph)}")

    def drop_staging(self, base: str) -> list[str]:
        """Remove staging graphs left by an interrupted chunked write."""
        dropped = [g for g in self.named_graphs()
                   if g.startswith(f"{base}graph/staging/") or (g.startswith(base) and g.endswith("#staging"))]
        for g in dropped:
            self.drop_graph(g)
        return dropped

    def replace_graph(self, graph: str, quads: Sequence) -> None:
        """Make ``graph`` hold exactly the triples of ``quads`` (their graph names are ignored)."""
        lines = [f"{q.subject} {q.predicate} {q.object} .\n" for q in quads]
        self._replace(graph, "".join(lines).encode("utf-8"), lambda: lines, has_blank=any(_has_blank(q) for q in quads))

    def replace_graph_ntriples(self, graph: str, data: bytes, count: int) -> None:
        """``replace_graph`` from N-Triples text with one triple per line, as ``rdf`` renders a list:
        sent as it is, without parsing it into term objects and writing it out again. The server
        parses it; on the chunked path a bad chunk fails before the staging graph moves in."""
        def lines() -> list[str]:
            # split on "\n" only: N-Triples escapes line breaks in literals, but not U+2028 or U+0085,
            # which str.splitlines would also cut at
            text = data.decode("utf-8")
            return [line + "\n" for line in text.split("\n") if line]

        self._replace(graph, data, lines, has_blank=b"_:" in data)  # "_:" in a literal only costs chunking

    def _replace(self, graph: str, body: bytes, lines, *, has_blank: bool) -> None:
        import pyoxigraph as ox

        target = ox.NamedNode(graph)  # raises on an invalid IRI before anything is sent
        self._graphs = None
        if self._gsp_ok:
            assert self.endpoints.graph_store is not None  # _gsp_ok starts as `graph_store is not None`, only ever cleared
            url = _with_param(self.endpoints.graph_store, "graph", graph)
            status, _, _ = self._request("PUT", url, what=f"writing graph <{graph}>", body=body,
                                         content_type="application/n-triples", ok_statuses=(404, 405, 501))
            if status < 300:
                return
            log.info("no Graph Store Protocol at %s (HTTP %s); writing with SPARQL Update", shown_url(url), status)
            self._gsp_ok = False
        self._replace_by_update(target, lines(), has_blank=has_blank)

    def _replace_by_update(self, target, lines: list[str], *, has_blank: bool) -> None:
        chunks = [lines] if has_blank else list(_chunks(lines, self.chunk_triples, self.chunk_bytes))
        if len(chunks) <= 1:  # one request: atomic on any server that runs an update as a transaction
            data = f" ; INSERT DATA {{ GRAPH {target} {{\n{''.join(chunks[0])}}} }}" if chunks and chunks[0] else ""
            try:
                self.update(f"DROP SILENT GRAPH {target} ; CREATE SILENT GRAPH {target}{data}")
                return
            except StoreError as error:
                if has_blank or not self._smaller_chunks(error, len(lines)):
                    raise
        staging = _staging_name(target.value)
        self.update(f"DROP SILENT GRAPH <{staging}>")
        pending = list(_chunks(lines, self.chunk_triples, self.chunk_bytes))
        while pending:
            chunk = pending.pop(0)
            try:
                self.update(f"INSERT DATA {{ GRAPH <{staging}> {{\n{''.join(chunk)}}} }}")
            except StoreError as error:
                if not self._smaller_chunks(error, len(chunk)):
                    raise
                pending[:0] = _chunks(chunk, self.chunk_triples, self.chunk_bytes)
        self.update(f"DROP SILENT GRAPH {target} ; MOVE SILENT GRAPH <{staging}> TO GRAPH {target}")

    def _smaller_chunks(self, error: StoreError, sent: int) -> bool:
        """Halve the update size after a server refused one as too large, and say whether to retry.

        Servers cap an update in ways no protocol announces: a proxy's body limit (413), Virtuoso's
        "generated SQL text has exceeded 10000 lines" (400) a few hundred triples into an
        ``INSERT DATA``. Any 400/413/500 answer to a request of more than ``MIN_CHUNK_TRIPLES``
        triples is retried in halves (inserting a triple twice changes nothing, so a partly applied
        chunk is harmless; blank nodes are never split). A bad triple still fails, with the server's
        message, once its chunk is small.
        """
        if getattr(error, "http_status", None) not in (400, 413, 500) or sent <= MIN_CHUNK_TRIPLES:
            return False
        self.chunk_triples = max(MIN_CHUNK_TRIPLES, min(self.chunk_triples, sent) // 2)
        log.info("the server refused an update of %d triples (%s); sending at most %d at a time",
                 sent, error, self.chunk_triples)
        return True

    def flush(self) -> None:
        """Nothing is buffered client-side; present for interface parity with ``EmbeddedStore``."""

    def close(self) -> None:
        self._graphs = None


# ----------------------------------------------------------------------------- helpers
def _read_until(resp, deadline: float) -> bytes:
    """The whole body, or ``TimeoutError`` once ``deadline`` passes: the socket timeout alone
    bounds each read, so a server dribbling a byte at a time would otherwise never time out."""
    parts: list[bytes] = []
    while True:
        if time.monotonic() > deadline:
            raise TimeoutError("the answer did not arrive in time")
        part = resp.read1(1 << 16) if hasattr(resp, "read1") else resp.read(1 << 16)
        if not part:
            return b"".join(parts)
        parts.append(part)


def _with_param(url: str, key: str, value: str | None) -> str:
    encoded = urllib.parse.quote(key) + ("" if value is None else "=" + urllib.parse.quote(value, safe=""))
    return f"{url}{'&' if urllib.parse.urlsplit(url).query else '?'}{encoded}"


def _retry_after(header: str | None, attempt: int) -> float:
    try:
        return min(10.0, max(0.0, float(header))) if header else 0.5 * 3 ** attempt
    except ValueError:
        return 0.5 * 3 ** attempt


def _staging_name(graph: str) -> str:
    staging = graph.replace("/graph/list/", "/graph/staging/", 1)
    return staging if staging != graph else graph + "#staging"


def _has_blank(quad) -> bool:
    import pyoxigraph as ox

    return isinstance(quad.subject, ox.BlankNode) or isinstance(quad.object, ox.BlankNode)


def _chunks(lines: list[str], max_count: int, max_bytes: int) -> Iterable[list[str]]:
    chunk: list[str] = []
    size = 0
    for line in lines:
        if chunk and (len(chunk) >= max_count or size + len(line) > max_bytes):
            yield chunk
            chunk, size = [], 0
        chunk.append(line)
        size += len(line)
    if chunk:
        yield chunk


class Solutions:
    """SELECT results read in full: ``variables`` and the rows, iterable like ``QuerySolutions``."""

    def __init__(self, variables, rows: list):
        self.variables, self._rows = variables, rows

    def __iter__(self) -> Iterator:
        return iter(self._rows)

    def __len__(self) -> int:
        return len(self._rows)


def _as_triple(quad):
    import pyoxigraph as ox

    return ox.Triple(quad.subject, quad.predicate, quad.object)


def _rdf_media(content_type: str, url: str):
    import pyoxigraph as ox

    fmt = ox.RdfFormat.from_media_type(content_type.split(";")[0].strip() or "application/n-triples")
    if fmt is None:
        raise StoreError(f"{shown_url(url)} answered with unsupported RDF media type {content_type!r}")
    return fmt


def _parse_results(data: bytes, content_type: str, url: str):
    """Server answer → ``QuerySolutions``/``QueryBoolean`` (SELECT/ASK) or ``TripleResults``."""
    import pyoxigraph as ox

    media = content_type.split(";")[0].strip().lower()
    results_fmt = ox.QueryResultsFormat.from_media_type(media) if media else None
    if media == "application/json":
        results_fmt = ox.QueryResultsFormat.JSON
    try:
        if results_fmt is not None:
            parsed = ox.parse_query_results(data, format=results_fmt)
            # parsing is lazy: read every row here, so a truncated or broken answer is this
            # StoreError, not a SyntaxError in whichever caller iterates first
            return parsed if isinstance(parsed, ox.QueryBoolean) else Solutions(parsed.variables, list(parsed))
        rdf_fmt = ox.RdfFormat.from_media_type(media) if media else None
        if rdf_fmt is None:
            raise StoreError(f"{shown_url(url)} answered with unsupported media type {content_type!r}")
        return TripleResults([_as_triple(q) for q in ox.parse(data, format=rdf_fmt)])
    except (SyntaxError, ValueError) as exc:
        raise StoreError(f"{shown_url(url)} sent an unreadable answer ({media}): {str(exc).splitlines()[0]}") from None


__all__ = ["RemoteStore", "RemoteQueryError", "Endpoints", "TripleResults", "derive_endpoints", "bind_values"]
