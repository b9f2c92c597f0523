"""Reading the store for the papers-with-code report: its SPARQL, the build's report digests, the threads.

The store is read with queries shaped for Oxigraph (see the note above ``_QUERIES``), all started at
once (``_Fetch``); every answer comes back as rows of plain strings (``_rows``), which ``report``
joins and counts as they arrive. When every list graph has a current report digest
(``rdf.report_digest``, ``_digests``), the build's written-down answers for each list (its paper
mentions, code links and papers' facts) stand in for those queries, and only the graphs that are not
lists' (Crossref's) are asked about papers (``DigestPapers``).
What reading yields is here too: ``Facts`` (what the graph says of one paper) and ``clean_text``
(list text fit for any output), which ``report`` also applies to the rows it reads.
"""

from __future__ import annotations

import csv
import io
import os
import re
import threading
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor, as_completed
from contextlib import contextmanager
from typing import Any

from medkg import vocab
from medkg.errors import QueryError

_P = vocab.sparql_prefixes()
# How these queries are written (measured on a 100k-entry graph, see benchmarks/bench_queries.py):
# Oxigraph joins a pattern to bound variables by one index seek per row (~13 µs), and decodes every
# long term of every result row from its on-disk dictionary (3-7 µs each, in a fresh process). So:
# flat patterns in sub-selects, which it joins by hashing (1-5 µs a row; OPTIONAL too, but not its
# optimiser's own order: required patterns first, no GROUP BY over OPTIONAL); few result rows; each
# long term decoded as few times as possible. The mentions are grouped by (list graph, heading),
# which decodes each graph and heading once per group rather than once per mention; each paper's
# facts come as one row (one decode of its IRI, not one per fact); its venue comes as a small number
# that indexes the few venues fetched first, not as an IRI decoded once per paper; each code link
# comes with its repository's URL (one decode, not a second query decoding every repository again).
_PAPERS = "{ SELECT DISTINCT ?w WHERE { ?w a mkg:Paper } }"
_QUERIES = {
    "lists": """SELECT ?g ?l ?name WHERE { GRAPH ?g { ?l a mkg:AwesomeList ; schema:name ?name } }""",
    "labels": """SELECT ?t ?label WHERE { ?t skos:prefLabel ?label . FILTER(LANG(?label) = "") }""",
    "broader": "SELECT ?t ?parent WHERE { ?t skos:broader ?parent }",
    # a mention and its triples live in its list's graph, as the list's code links do
    "mentions": """SELECT ?g ?topic (GROUP_CONCAT(CONCAT(STR(?line), " ", STR(?w)); separator="\\n") AS ?items)
WHERE { GRAPH ?g {
  ?m mkg:entryKind "paper" .
  { SELECT ?m ?w WHERE { ?m schema:item ?w } }
  { SELECT ?m ?line WHERE { ?m mkg:line ?line } }
  MINUS { ?m mkg:linkRole ?role }
  OPTIONAL { SELECT ?m ?topic WHERE { ?m dcterms:subject ?topic } } } } GROUP BY ?g ?topic""",
    # each code link with its repository's canonical URL(s); the URLs lists give for a repository only
    # matter without one, which is rare: "written" asks for those repositories alone ({repos})
    "code": """SELECT ?g ?w ?official ?repo ?url WHERE {
  VALUES (?p ?official) { (mkg:hasOfficialCode 1) (mkg:hasRelatedCode 0) } GRAPH ?g { ?w ?p ?repo }
  OPTIONAL { SELECT DISTINCT ?repo ?url WHERE { ?repo schema:codeRepository ?url } } }""",
    # the build's per-list answers to "mentions" and "code" (rdf.report_digest), in the meta graph
    "digests": "SELECT ?g ?digest WHERE { GRAPH ?meta { ?g mkg:reportDigest ?digest } }",
    "graphs": "SELECT DISTINCT ?g WHERE { GRAPH ?g { } }",
    # with the digests: what the graphs that are not lists' (Crossref's…) say of papers and venues
    "other-facts": """SELECT ?s ?p ?o WHERE { VALUES ?g { {graphs} }
  VALUES ?p { rdf:type dcterms:title dcterms:issued schema:isPartOf prism:doi mkg:arxivId schema:url schema:name }
  GRAPH ?g { ?s ?p ?o } }""",
    "written": "SELECT DISTINCT ?repo ?url WHERE { VALUES ?repo { {repos} } ?repo schema:url ?url }",
    "written-all": """SELECT DISTINCT ?repo ?url WHERE {
  { SELECT DISTINCT ?repo WHERE { ?w mkg:hasOfficialCode|mkg:hasRelatedCode ?repo } }
  ?repo schema:url ?url MINUS { ?repo schema:codeRepository ?canonical } }""",
    "venues": """SELECT DISTINCT ?x ?name WHERE {
  { SELECT DISTINCT ?x WHERE { ?w schema:isPartOf ?x } } ?x schema:name ?name }""",
    # one row per paper (a few more where a fact has several values); {venue} is filled in by
    # _venue_clause once the venues are known
    "papers": f"""SELECT ?w ?title ?year ?venue ?doi ?arxiv WHERE {{ {_PAPERS}
  OPTIONAL {{ SELECT DISTINCT ?w ?title WHERE {{ ?w dcterms:title ?title }} }}
  OPTIONAL {{ SELECT DISTINCT ?w ?year WHERE {{ ?w dcterms:issued ?year }} }}
  OPTIONAL {{ SELECT DISTINCT ?w ?venue WHERE {{ {{venue}} }} }}
  OPTIONAL {{ SELECT DISTINCT ?w ?doi WHERE {{ ?w prism:doi ?doi }} }}
  OPTIONAL {{ SELECT DISTINCT ?w ?arxiv WHERE {{ ?w mkg:arxivId ?arxiv }} }} }}""",
    # a landing page is only needed when there is neither a DOI nor an arXiv id
    "url": f"""SELECT DISTINCT ?w ?url WHERE {{ {_PAPERS}
  MINUS {{ ?w prism:doi ?doi }} MINUS {{ ?w mkg:arxivId ?arxiv }}
  {{ SELECT ?w ?url WHERE {{ ?w schema:url ?url }} }} }}""",
}


Rows = Iterator[list[str]]


#: the longest value read from an answer: the csv module's default (128 KiB) is less than a list's
#: report digest or the mentions of a heading holding a few thousand papers
_FIELD_LIMIT = 2**31 - 1


def _rows(store, name: str, sparql: str | None = None) -> Rows:
    """The rows of one report query as plain strings ("" for unbound), read as they are used.

    The rows come through Oxigraph's CSV serialiser (the ``.value`` of every term, "" for an
    unbound one; a blank node as ``_:id``), read back by the C ``csv`` module: the query is
    evaluated and its terms decoded in Rust with the GIL released, so the queries run in parallel
    threads (``for solution in result`` holds the GIL throughout: one query at a time), and no
    Python term object is made per value. Answers from a remote endpoint are parsed into the same
    result objects.
    """
    import pyoxigraph as ox

    try:
        result = store.query(_P + (sparql or _QUERIES[name]))
        if hasattr(result, "serialize"):
            text = result.serialize(format=ox.QueryResultsFormat.CSV).decode("utf-8")
            if csv.field_size_limit() < _FIELD_LIMIT:  # a digest, a heading's many mentions: > 128 KiB
                csv.field_size_limit(_FIELD_LIMIT)
            rows = csv.reader(io.StringIO(text, newline=""))
            next(rows, None)  # the header
            return rows
        width = len(result.variables)  # as the CSV has them: blank nodes as _:id
        return iter([["" if t is None else "_:" + t.value if isinstance(t, ox.BlankNode) else t.value
                      for t in (sol[i] for i in range(width))] for sol in result])
    except SyntaxError as exc:  # our own queries: a bug, not a user error
        raise RuntimeError(f"report query {name!r} is invalid: {exc}") from exc
    except OSError as exc:
        raise QueryError(f"reading the store failed: {exc}") from None


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def clean_text(text: str) -> str:
    """List text fit for any output: runs of white space squeezed, control characters (terminal
    escape sequences included) shown as U+FFFD instead of being sent to a terminal or a file."""
    return _CONTROL.sub("\ufffd", " ".join(text.split()))


# an IRI that can be written as <…> in a query (the store's own IRIs always can)
_IRIREF = re.compile(r'[^\x00-\x20<>"{}|^`\\]+\Z')


def _venue_clause(venues: Rows) -> tuple[str, dict[str, str]]:
    """The papers query's venue pattern, and venue key → name (the smallest name of that venue).

    Papers outnumber venues a thousandfold (52k papers, 47 venues at 100k entries): the query binds
    each venue to its number in a VALUES table and returns the number, so no venue IRI is decoded
    per paper (that alone cost 0.5 s). A venue IRI that cannot be written in a query (never one of
    ours) makes it return the venue IRIs instead.
    """
    name_of: dict[str, str] = {}
    for x, name in venues:
        name = clean_text(name)
        if name and (x not in name_of or name < name_of[x]):
            name_of[x] = name
    if not all(_IRIREF.match(x) and not x.startswith("_:") for x in name_of):
        return "?w schema:isPartOf ?venue", name_of
    iris = sorted(name_of)
    table = " ".join(f"(<{x}> {i})" for i, x in enumerate(iris))
    return (f"VALUES (?x ?venue) {{ {table} }} ?w schema:isPartOf ?x",
            {str(i): name_of[x] for i, x in enumerate(iris)})


def _papers(store) -> tuple[dict[str, str], Rows]:
    """The venues first, then one row per paper: (venue key → name, rows of the papers query)."""
    clause, names = _venue_clause(_rows(store, "venues"))
    return names, _rows(store, "papers", _QUERIES["papers"].replace("{venue}", clause))


def _code(store, rows: list[list[str]] | None = None) -> tuple[list[list[str]], Rows]:
    """The code links with their repositories' canonical URLs (``rows``: as the build wrote them
    down), then the URLs lists give for the repositories without one: (code rows, written rows)."""
    if rows is None:
        rows = list(_rows(store, "code"))
    bare = {repo for _, _, _, repo, url in rows if not url} - {repo for _, _, _, repo, url in rows if url}
    if not bare:
        return rows, iter(())
    if all(_IRIREF.match(x) and not x.startswith("_:") for x in bare):
        values = " ".join(f"<{x}>" for x in sorted(bare))
        return rows, _rows(store, "written", _QUERIES["written"].replace("{repos}", values))
    return rows, _rows(store, "written-all")


def _digests(lists: list[list[str]], rows: Rows) -> dict[str, dict] | None:
    """Every list graph's report digest (``rdf.report_digest``), or None unless each has a current one.

    The build drops a graph's digest before it rewrites the graph and writes the new one after, so a
    digest present is the graph's own; any list graph without one (a store built by an older medkg,
    a build killed mid-write, a graph loaded by other means) and the report asks the store instead.
    """
    import json

    graphs = {g for g, _, _ in lists}
    found: dict[str, dict] = {}
    for g, text in rows:
        if g not in graphs:
            continue
        try:
            digest = json.loads(text)
        except ValueError:
            return None
        if not isinstance(digest, dict) or digest.get("format") != vocab.REPORT_DIGEST_FORMAT:
            return None
        found[g] = digest
    return found if graphs and found.keys() == graphs else None


class Facts:
    """What the graph says about one paper: the smallest title, year and venue (deterministic),
    every DOI, arXiv id and (only without either) landing page URL."""

    __slots__ = ("title", "year", "venue", "dois", "arxiv", "urls")

    def __init__(self):
        self.title = self.year = self.venue = ""
        self.dois: set[str] | None = None
        self.arxiv: set[str] | None = None
        self.urls: set[str] | None = None


class DigestPapers:
    """The papers, their facts and the venue names, from the digests and the other graphs: what the
    ``venues``, ``papers`` and ``url`` queries answer over all graphs, as the same rows.

    A list graph's digest holds every title, year, venue, DOI, arXiv id and landing page it states of
    each paper (``rdf.report_digest``); the graphs that are not lists' (Crossref's above all) are
    asked for the same facts, which costs in proportion to what they hold. A paper is a work some
    graph types ``mkg:Paper``; its landing pages count only without a DOI and an arXiv id anywhere.
    """

    def __init__(self, store, digests: dict[str, dict], others: list[str]):
        papers: dict[str, list[list[str]]] = {}  # work → one list of values per PAPER_FACTS name
        names: dict[str, list[str]] = defaultdict(list)  # venue IRI → names
        for d in digests.values():  # the digests' own lists are taken, and extended in place
            for w, facts in d["papers"].items():
                have = papers.get(w)
                if have is None:
                    papers[w] = facts
                else:
                    for mine, extra in zip(have, facts):
                        mine.extend(extra)
            for v, ns in d["venues"].items():
                names[v].extend(ns)
        if others:  # what the other graphs (``_Fetch.digests``: each can be named in a query) say
            values = " ".join(f"<{g}>" for g in others)
            index = {vocab.title: 0, vocab.issued: 1, vocab.isPartOf: 2, vocab.doi: 3, vocab.arxivId: 4, vocab.url: 5}
            stated: dict[str, list[list[str]]] = defaultdict(lambda: [[] for _ in index])
            for s, p, o in _rows(store, "other-facts", _QUERIES["other-facts"].replace("{graphs}", values)):
                if p == vocab.type_:
                    if o == vocab.Paper and s not in papers:
                        papers[s] = [[] for _ in index]
                elif p == vocab.name:
                    names[s].append(o)
                else:
                    stated[s][index[p]].append(o)
            for s, facts in stated.items():
                have = papers.get(s)
                if have is not None:
                    for mine, extra in zip(have, facts):
                        mine.extend(extra)
        self.venue_name: dict[str, str] = {}  # only the papers' venues are ever looked up
        for v in {v for facts in papers.values() for v in facts[2]}:
            for name in names.get(v, ()):
                name = clean_text(name)
                if name and (v not in self.venue_name or name < self.venue_name[v]):
                    self.venue_name[v] = name
        self.papers = papers

    def facts(self) -> tuple[dict[str, "Facts"], int]:
        """Per paper its facts, chosen as ``report._facts`` chooses them from the papers query's rows."""
        out: dict[str, Facts] = {}
        venue_name = self.venue_name
        for w, (titles, years, venues, dois, arxiv, _) in self.papers.items():
            f = out[w] = Facts()
            f.title = min(filter(None, map(clean_text, titles)), default="")
            f.year = min(filter(None, (y.strip()[:4] for y in years)), default="")
            f.venue = min(filter(None, (venue_name.get(v, "") for v in venues)), default="")
            f.dois = {d for d in map(str.strip, dois) if d} or None
            f.arxiv = {a for a in map(str.strip, arxiv) if a} or None
        return out, len(out)

    def url_rows(self) -> Rows:
        """The url query's rows: landing pages of the papers without a DOI and an arXiv id."""
        for w, (_, _, _, dois, arxiv, urls) in self.papers.items():
            if not dois and not arxiv:
                for u in urls:
                    yield [w, u]


def _mentions_rows(store, digests: dict[str, dict] | None) -> Rows:
    if digests is None:
        return _rows(store, "mentions")
    return iter([[g, t, items] for g, d in digests.items() for t, items in d["mentions"]])


def _code_rows(store, digests: dict[str, dict] | None) -> tuple[list[list[str]], Rows]:
    if digests is None:
        return _code(store)
    return _code(store, [[g, *row] for g, d in digests.items() for row in d["code"]])


_RUNS: dict[str, Callable[..., Any]] = {name: (lambda store, fetch, n=name: _rows(store, n))
                                        for name in ("labels", "broader", "digests")}
_RUNS["lists"] = lambda store, fetch: list(_rows(store, "lists"))
_RUNS["papers"] = lambda store, fetch: _papers(store) if fetch.digests() is None else fetch.digest_papers()
_RUNS["url"] = lambda store, fetch: _rows(store, "url") if fetch.digests() is None else fetch.digest_papers().url_rows()
_RUNS["mentions"] = lambda store, fetch: _mentions_rows(store, fetch.digests())
_RUNS["code"] = lambda store, fetch: _code_rows(store, fetch.digests())
# the lists and digests are needed first (and take no time), before the two that wait for them
# (a pool of two threads would otherwise wait forever); then the longest first
FETCH_ORDER = ("lists", "digests", "mentions", "papers", "url", "code", "labels", "broader")


class _Fetch:
    """The report's queries, all started at once; ``fetch[name]`` waits for one and gives its rows.

    On the embedded store they run in worker threads (pyoxigraph releases the GIL while it
    evaluates and serialises), so the report's Python work on the first answers overlaps the
    evaluation of the others. A remote endpoint gets one request at a time, when it is needed.
    """

    def __init__(self, store, use_digests: bool = True):
        self._store = store
        self._pool = None
        self._futures: dict[str, Future] = {}
        self._lock = threading.Lock()
        self._digests: list = [] if use_digests else [None]
        self._digest_papers: list = []
        self._others: list[str] = []  # the named graphs that are not lists' (with digests)
        self._answers: dict[str, object] = {}
        if getattr(store, "raw", None) is not None:
            self._pool = ThreadPoolExecutor(max_workers=max(2, min(4, os.cpu_count() or 1)))
            self._futures = {n: self._pool.submit(_RUNS[n], store, self) for n in FETCH_ORDER}

    def __getitem__(self, name: str):
        future = self._futures.get(name)
        if future is not None:
            return future.result()
        if name not in self._answers:  # remote: each asked once, when first needed
            self._answers[name] = _RUNS[name](self._store, self)
        return self._answers[name]

    def digests(self) -> dict[str, dict] | None:
        """The list graphs' report digests when all are current (``_digests``) and every other graph
        can be named in a query (``DigestPapers`` asks them), else None; read once."""
        with self._lock:
            if not self._digests:
                digests = _digests(self["lists"], self["digests"])
                if digests is not None:
                    others = sorted(g for g, in _rows(self._store, "graphs") if g not in digests)
                    if all(_IRIREF.match(g) and not g.startswith("_:") for g in others):
                        self._others = others
                    else:
                        digests = None
                self._digests.append(digests)
            return self._digests[0]

    def digest_papers(self) -> DigestPapers:
        """The papers and their facts from the digests (only when ``digests()`` has them); made once."""
        digests = self.digests()
        with self._lock:
            if not self._digest_papers:
                assert digests is not None  # asked for only when digests() gave some (_RUNS)
                self._digest_papers.append(DigestPapers(self._store, digests, self._others))
            return self._digest_papers[0]

    def arrivals(self, names: Iterable[str]) -> Iterator[str]:
        """``names`` as their answers arrive (remote: in the order given, each asked when read)."""
        if not self._futures:
            yield from names
            return
        by_future = {self._futures[n]: n for n in names}
        for future in as_completed(by_future):
            yield by_future[future]

    def close(self) -> None:
        """Wait for the queries still running (the store is closed next) and drop those not started."""
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)


@contextmanager
def fetch(store, use_digests: bool = True):
    data = _Fetch(store, use_digests)
    try:
        yield data
    finally:
        data.close()
