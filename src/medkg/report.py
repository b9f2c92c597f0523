"""The "which papers have code" report: numbers, one row per paper, shared repositories, a to-do.

What counts as a paper: a work that some list has as an *entry* of kind paper (a main mention,
not a secondary one such as the paper a dataset entry links to). Those papers only cited by
other entries are counted separately so the totals stay honest.

Code status of a paper: *official* when a list links the authors' own code
(``mkg:hasOfficialCode``), *related only* when lists give only related code
(``mkg:hasRelatedCode``), else *without code*. Per list and per heading the status is what
**that list** says (its named graph): a curator's to-do is what is missing from their list,
even when another list has the link (the to-do then shows it). The overall numbers and the
paper rows use what all lists say together.

The store is read with queries shaped for Oxigraph (see the note above ``_QUERIES``), started at
once in threads; the joins between their answers and the counts are done here, each answer as
soon as it has arrived. When every list graph has a current report digest (``rdf.report_digest``,
``_digests``), the build's written-down answers for each list (its paper mentions, code links and
papers' facts) stand in for those queries, and only the graphs that are not lists' (Crossref's) are
asked about papers: at 100k entries the report's store work goes from ≈ 5.5 to ≈ 1 CPU-s, with
the same report (tests compare the two ways on the seeds, after every kill point of a build, and
with a Crossref graph).
Rendering lives in ``report_html`` (HTML) and below (Markdown, CSV); every text that comes
from a list is escaped there.
"""

from __future__ import annotations

import csv
import gc
import io
import logging
import os
import re
import threading
from collections import defaultdict
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor, as_completed
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

from medkg import vocab
from medkg.errors import QueryError

log = logging.getLogger(__name__)

FORMATS = ("md", "html", "csv")
CSV_COLUMNS = ("paper", "title", "year", "venue", "doi", "arxiv", "code_official", "code_related", "lists",
               "code_status", "mentions")
NO_HEADING = "(no heading)"

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


# ----------------------------------------------------------------------------- the report's data
@dataclass(frozen=True, slots=True)
class Coverage:
    papers: int
    official: int
    related_only: int

    @property
    def without(self) -> int:
        return self.papers - self.official - self.related_only

    @property
    def with_code(self) -> int:
        return self.official + self.related_only

    @property
    def pct_with_code(self) -> float:
        """Share of papers with any code link (official or related), in percent."""
        return 100.0 * self.with_code / self.papers if self.papers else 0.0

    @property
    def pct_official(self) -> float:
        return 100.0 * self.official / self.papers if self.papers else 0.0


@dataclass(frozen=True, slots=True)
class Row:
    """A group of papers (a list, a heading) and its coverage."""

    key: str  # list name, or topic IRI
    list_name: str
    label: str  # list title, or the heading path "A › B › C"
    coverage: Coverage
    depth: int = 0


@dataclass(frozen=True, slots=True)
class PaperRow:
    paper: str  # work IRI
    title: str
    year: str
    venue: str
    dois: tuple[str, ...]
    arxiv: tuple[str, ...]
    link: str  # best landing page: doi.org, arXiv, or a URL a list gave ("" if none)
    code_official: tuple[str, ...]  # repository URLs
    code_related: tuple[str, ...]
    lists: tuple[str, ...]
    mentions: tuple[tuple[str, int], ...]  # (list, line)

    @property
    def status(self) -> str:
        return "official" if self.code_official else "related" if self.code_related else "none"


@dataclass(frozen=True, slots=True)
class SharedRepo:
    repo: str  # repository URL
    papers: tuple[tuple[str, str, str], ...]  # (paper IRI, title, "official" | "related")


@dataclass(frozen=True, slots=True)
class TodoItem:
    list_name: str
    topic: str  # heading path
    lines: tuple[int, ...]
    title: str  # as the list writes it
    paper: str
    code_elsewhere: tuple[str, ...]  # repositories other lists link for this paper


@dataclass(frozen=True, slots=True)
class PapersWithCodeReport:
    lists: tuple[str, ...]  # every list in the store
    list_filter: str | None
    topic_filter: str | None
    total: Coverage
    by_list: tuple[Row, ...]
    by_topic: tuple[Row, ...]  # every heading that holds papers directly, in document order
    by_top_topic: tuple[Row, ...]  # rolled up to each list's top-level headings (for the chart)
    papers: tuple[PaperRow, ...]
    shared_repos: tuple[SharedRepo, ...]
    todo: tuple[TodoItem, ...]
    cited_only: int = 0  # papers only cited by other entries (not counted above)


# ----------------------------------------------------------------------------- reading the store
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


class _DigestPapers:
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

    def facts(self) -> tuple[dict[str, "_Facts"], int]:
        """Per paper its facts, chosen as ``_facts`` chooses them from the papers query's rows."""
        out: dict[str, _Facts] = {}
        venue_name = self.venue_name
        for w, (titles, years, venues, dois, arxiv, _) in self.papers.items():
            f = out[w] = _Facts()
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


_RUNS = {name: (lambda store, fetch, n=name: _rows(store, n)) for name in ("labels", "broader", "digests")}
_RUNS["lists"] = lambda store, fetch: list(_rows(store, "lists"))
_RUNS["papers"] = lambda store, fetch: _papers(store) if fetch.digests() is None else fetch.digest_papers()
_RUNS["url"] = lambda store, fetch: _rows(store, "url") if fetch.digests() is None else fetch.digest_papers().url_rows()
_RUNS["mentions"] = lambda store, fetch: _mentions_rows(store, fetch.digests())
_RUNS["code"] = lambda store, fetch: _code_rows(store, fetch.digests())
# the lists and digests are needed first (and take no time), before the two that wait for them
# (a pool of two threads would otherwise wait forever); then the longest first
_ORDER = ("lists", "digests", "mentions", "papers", "url", "code", "labels", "broader")


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
            self._futures = {n: self._pool.submit(_RUNS[n], store, self) for n in _ORDER}

    def __getitem__(self, name: str):
        future = self._futures.get(name)
        if future is not None:
            return future.result()
        if name not in self._answers:  # remote: each asked once, when first needed
            self._answers[name] = _RUNS[name](self._store, self)
        return self._answers[name]

    def digests(self) -> dict[str, dict] | None:
        """The list graphs' report digests when all are current (``_digests``) and every other graph
        can be named in a query (``_DigestPapers`` asks them), else None; read once."""
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

    def digest_papers(self) -> _DigestPapers:
        """The papers and their facts from the digests (only when ``digests()`` has them); made once."""
        digests = self.digests()
        with self._lock:
            if not self._digest_papers:
                self._digest_papers.append(_DigestPapers(self._store, digests, self._others))
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
def _fetch(store, use_digests: bool = True):
    fetch = _Fetch(store, use_digests)
    try:
        yield fetch
    finally:
        fetch.close()


Group = tuple[str, str]  # (list name, heading IRI; "" for none)
Mentions = dict[Group, list[tuple[int, str]]]  # group → its papers' (line, work IRI), sorted


@contextmanager
def _no_gc():
    """The report allocates ~10^6 small objects that all live to the end: the cyclic garbage
    collector would scan them again and again for nothing (about 7 % of the time at 100k).

    On the way out, what was made meanwhile is moved to the oldest generation untraversed
    (``freeze`` then ``unfreeze``: two list splices) rather than left in the youngest, where
    the very next allocation would have the collector walk all of it, twice (0.3 s at 100k:
    the report is ~4·10^5 tracked objects). Not when the program keeps objects frozen itself."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            if gc.get_freeze_count() == 0:
                gc.freeze()
                gc.unfreeze()
            gc.enable()


def build_report(store, *, list_name: str | None = None, topic: str | None = None,
                 use_digests: bool = True) -> PapersWithCodeReport:
    """Compute the report from an open store (embedded or remote).

    ``use_digests=False`` asks the store for everything even where the build wrote down the
    answers (``rdf.report_digest``); the two ways give the same report (tests compare them)."""
    with _no_gc():
        return _build_report(store, list_name, topic, use_digests)


def _build_report(store, list_name: str | None, topic: str | None, use_digests: bool) -> PapersWithCodeReport:
    with _fetch(store, use_digests) as data:
        lists = data["lists"]
        name_of = {lst: name for _, lst, name in lists}  # list IRI → name
        graph_list = {g: name for g, _, name in lists}  # list graph → name
        names = sorted(set(name_of.values()))
        wanted_list = _match_list(list_name, names) if list_name else None
        steps = [  # each made as soon as the answers it reads are all there, while the others run
            (("papers", "url"), lambda: _paper_facts(data["papers"], data["url"])),
            (("code",), lambda: _Code(*data["code"], graph_list)),
            (("labels", "broader"), lambda: _topics(data["labels"], data["broader"])),
            (("mentions",), lambda: _read_mentions(data["mentions"], graph_list)),
        ]
        made: dict[int, object] = {}
        arrived: set[str] = set()
        for name in data.arrivals([n for n in _ORDER if n not in ("lists", "digests")]):
            arrived.add(name)
            for i, (needs, step) in enumerate(steps):
                if i not in made and arrived.issuperset(needs):
                    made[i] = step()
        (facts, all_papers, parts), code, topics, (groups, mentions_of) = (made[i] for i in range(len(steps)))
    selected = _select(groups, wanted_list, topic, topics)
    papers = {w for items in selected.values() for _, w in items}
    rows = _paper_rows(papers, facts, parts, code, mentions_of)
    by_list, by_topic, by_root = _coverages(selected, topics, code)
    cited_only = 0
    if wanted_list is None and not topic:
        cited_only = max(all_papers - len(mentions_of), 0)
    return PapersWithCodeReport(tuple(names), wanted_list, topic, code.coverage(papers), by_list, by_topic,
                                by_root, rows, _shared(papers, code, {p.paper: p.title for p in rows}),
                                _todo(selected, topics, code, facts), cited_only)


def _mentions(rows: Rows, graph_list: dict[str, str]) -> Mentions:
    """Unpack the (list graph, heading, "line work\\n…") groups, each sorted by line."""
    out: Mentions = {}
    for g, t, items in rows:
        lst = graph_list.get(g)
        if lst is None:
            continue
        group = out.get((lst, t))
        if group is None:
            group = out[(lst, t)] = []
        for item in items.split("\n"):
            line, _, w = item.partition(" ")
            group.append((int(line) if line.isdigit() else 0, w))
    for group in out.values():
        group.sort()
    return out


def _read_mentions(rows: Rows, graph_list: dict[str, str]) -> tuple[Mentions, dict[str, list[tuple[str, int]]]]:
    """The mentions by (list, heading), and every paper's mentions."""
    groups = _mentions(rows, graph_list)
    return groups, _mentions_of(groups)


def _mentions_of(groups: Mentions) -> dict[str, list[tuple[str, int]]]:
    """Every paper's (list, line) mentions in document order, whatever the filters."""
    out: dict[str, list[tuple[str, int]]] = {}
    for (lst, _), items in groups.items():
        for line, w in items:
            ms = out.get(w)
            if ms is None:
                out[w] = [(lst, line)]
            else:
                ms.append((lst, line))
    for ms in out.values():
        if len(ms) > 1:
            ms.sort()
    return out


def _select(groups: Mentions, wanted_list: str | None, topic: str | None, topics: "_Topics") -> Mentions:
    selected = groups if wanted_list is None else {k: v for k, v in groups.items() if k[0] == wanted_list}
    if topic:
        needle = topic.casefold()
        selected = {(lst, t): v for (lst, t), v in selected.items()
                    if any(needle in label.casefold() for label in topics.path(t))}
        if not selected:
            where = f" of list {wanted_list}" if wanted_list else ""
            raise QueryError(f"no paper sits under a heading{where} containing {topic!r}")
    return selected


class _Code:
    """Who links which code: per list (that list's graph) and over all lists.

    Kept as sets of works, so that a group's coverage is two set intersections."""

    def __init__(self, code_rows: list[list[str]], written_rows: Rows, graph_list: dict[str, str]):
        canonical: dict[str, str] = {}
        written: dict[str, str] = {}
        for _, _, _, repo, url in code_rows:
            if url and (repo not in canonical or url < canonical[repo]):
                canonical[repo] = url
        for repo, url in written_rows:
            if repo not in written or url < written[repo]:
                written[repo] = url
        repo_url = {**written, **canonical}  # the canonical repository URL, else the smallest URL a list gave
        self.all: dict[str, tuple[set[str], set[str]]] = {}  # work → (official, related) repository URLs
        self.official_in: dict[str, set[str]] = defaultdict(set)  # list → works it gives official code
        self.coded_in: dict[str, set[str]] = defaultdict(set)  # list → works it gives any code
        for g, w, official, repo, _ in code_rows:
            official = official == "1"
            c = self.all.get(w)
            if c is None:
                c = self.all[w] = (set(), set())
            c[0 if official else 1].add(repo_url.get(repo, repo))
            lst = graph_list.get(g)
            if lst is not None:
                self.coded_in[lst].add(w)
                if official:
                    self.official_in[lst].add(w)
        self.official = {w for w, c in self.all.items() if c[0]}  # over all lists
        self.related = self.all.keys() - self.official  # related code only, over all lists

    def coverage(self, works: set[str], lst: str | None = None) -> Coverage:
        """Coverage of ``works`` by what list ``lst`` says (None: all lists together)."""
        if lst is None:
            official = len(works & self.official)
            return Coverage(len(works), official, len(works & self.related))
        official = len(works & self.official_in[lst])
        return Coverage(len(works), official, len(works & self.coded_in[lst]) - official)


def _coverages(selected: Mentions, topics: "_Topics", code: _Code):
    """Coverage per list, per heading and per top-level heading, each in document order.

    A group's place is the line of its first paper (a heading that is also a top-level heading
    shares one place in both roles, as the smallest line of either)."""
    per_list: dict[str, set[str]] = {}
    per_topic: dict[Group, set[str]] = {}
    per_root: dict[Group, set[str]] = {}
    first_line: dict[Group, int] = {}
    for key, items in selected.items():
        lst, t = key
        works = per_topic[key] = {w for _, w in items}
        line = items[0][0]
        if line < first_line.get(key, line + 1):
            first_line[key] = line
        s = per_list.get(lst)
        if s is None:
            per_list[lst] = set(works)
        else:
            s |= works
        rkey = (lst, topics.root(t))
        s = per_root.get(rkey)
        if s is None:
            per_root[rkey] = set(works)
        else:
            s |= works
        if line < first_line.get(rkey, line + 1):
            first_line[rkey] = line

    def rows(groups: dict[Group, set[str]], with_depth: bool) -> tuple[Row, ...]:
        return tuple(Row(t or NO_HEADING, lst, topics.label(t), code.coverage(ws, lst),
                         depth=max(len(topics.path(t)) - 1, 0) if with_depth else 0)
                     for (lst, t), ws in sorted(groups.items(), key=lambda kv: (kv[0][0], first_line[kv[0]], kv[0][1])))

    by_list = tuple(Row(lst, lst, lst, code.coverage(per_list[lst], lst)) for lst in sorted(per_list))
    return by_list, rows(per_topic, True), rows(per_root, False)


def _todo(selected: Mentions, topics: "_Topics", code: _Code, facts: dict) -> tuple[TodoItem, ...]:
    """Papers a list gives no code for, by list and heading in document order, with every line."""
    todo: list[tuple[str, int, int, str, str, list[int], str]] = []
    for (lst, t), items in selected.items():
        heading_at = items[0][0]  # where the heading's first paper is: document order
        coded = code.coded_in.get(lst, ())
        lines_of: dict[str, list[int]] = {}
        for line, w in items:  # sorted by line
            if w not in coded:
                lines = lines_of.get(w)
                if lines is None:
                    lines_of[w] = [line]
                else:
                    lines.append(line)
        if lines_of:
            label = topics.label(t)
            todo.extend([(lst, heading_at, lines[0], w, t, lines, label) for w, lines in lines_of.items()])
    todo.sort()  # (list, heading, line, work, heading IRI) is unique: the rest is never compared
    code_of = code.all
    items = []
    for lst, _, _, w, _, lines, label in todo:
        c = code_of.get(w)
        f = facts.get(w)
        items.append(TodoItem(lst, label, tuple(lines), f.title if f is not None else "", w,
                              tuple(sorted(c[0] | c[1])) if c is not None else ()))
    return tuple(items)


def _shared(papers: set[str], code: _Code, title_of: dict[str, str]) -> tuple[SharedRepo, ...]:
    """Repositories linked by several papers: most papers first."""
    first: dict[str, tuple[str, str]] = {}  # repository → its first paper and how it links it
    by_repo: dict[str, dict[str, str]] = {}  # repository → paper → "official" | "related", when several
    for w, (official, related) in code.all.items():
        if w not in papers:
            continue
        for rel, repos in (("official", official), ("related", related - official)):
            for repo in repos:
                seen = first.get(repo)
                if seen is None:
                    first[repo] = (w, rel)
                else:
                    ws = by_repo.get(repo)
                    if ws is None:
                        ws = by_repo[repo] = {seen[0]: seen[1]}
                    ws[w] = rel
    return tuple(SharedRepo(repo, tuple(sorted(((w, title_of.get(w, ""), rel) for w, rel in ws.items()),
                                               key=lambda x: (x[1].casefold(), x[0]))))
                 for repo, ws in sorted(by_repo.items(), key=lambda kv: (-len(kv[1]), kv[0])))


def _match_list(wanted: str, names: list[str]) -> str:
    key = Path(wanted).stem if wanted.endswith((".md", ".markdown", ".txt")) else wanted
    for n in names:
        if n == key or n.casefold() == key.casefold():
            return n
    raise QueryError(f"no list named {wanted!r} in the store (lists: {', '.join(names) or 'none'})")


class _Topics:
    """The heading trees of all lists: labels, paths and roots."""

    def __init__(self, label: dict[str, str], parent: dict[str, str]):
        self._label, self._parent = label, parent
        self._paths: dict[str, tuple[str, ...]] = {}
        self._roots: dict[str, str] = {}
        self._labels: dict[str, str] = {}

    def path(self, t: str) -> tuple[str, ...]:
        if not t:
            return ()
        cached = self._paths.get(t)
        if cached is None:
            chain, seen, node = [], set(), t
            while node and node not in seen:  # a cycle in skos:broader must not hang the report
                seen.add(node)
                chain.append(self._label.get(node, node.rsplit("/", 1)[-1]))
                node = self._parent.get(node, "")
            cached = self._paths[t] = tuple(reversed(chain))
        return cached

    def label(self, t: str) -> str:
        label = self._labels.get(t)
        if label is None:
            label = self._labels[t] = " › ".join(self.path(t)) or NO_HEADING
        return label

    def root(self, t: str) -> str:
        root = self._roots.get(t)
        if root is None:
            seen, root = set(), t
            while root and self._parent.get(root) and root not in seen:
                seen.add(root)
                root = self._parent[root]
            self._roots[t] = root
        return root


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def clean_text(text: str) -> str:
    """List text fit for any output: runs of white space squeezed, control characters (terminal
    escape sequences included) shown as U+FFFD instead of being sent to a terminal or a file."""
    return _CONTROL.sub("\ufffd", " ".join(text.split()))


def _topics(labels: Rows, broader: Rows) -> _Topics:
    label: dict[str, str] = {}
    for t, lbl in labels:
        lbl = clean_text(lbl)
        if t not in label or lbl < label[t]:
            label[t] = lbl
    parent: dict[str, str] = {}
    for t, p in broader:
        if t not in parent or p < parent[t]:
            parent[t] = p
    return _Topics(label, parent)


class _Facts:
    """What the graph says about one paper: the smallest title, year and venue (deterministic),
    every DOI, arXiv id and (only without either) landing page URL."""

    __slots__ = ("title", "year", "venue", "dois", "arxiv", "urls")

    def __init__(self):
        self.title = self.year = self.venue = ""
        self.dois: set[str] | None = None
        self.arxiv: set[str] | None = None
        self.urls: set[str] | None = None


def _paper_facts(papers: "tuple[dict[str, str], Rows] | _DigestPapers", urls: Rows) -> tuple[dict[str, "_Facts"], int, list["Part"]]:
    facts, count = papers.facts() if isinstance(papers, _DigestPapers) else _facts(*papers)
    _add_urls(facts, urls)
    return facts, count, _paper_parts(facts)


def _facts(venue_name: dict[str, str], paper_rows: Rows) -> tuple[dict[str, _Facts], int]:
    """Per paper IRI its facts, and the number of papers in the graph (mentioned or only cited)."""
    out: dict[str, _Facts] = {}
    for w, title, year, venue, doi, arxiv in paper_rows:
        f = out.get(w)
        if f is None:
            f = out[w] = _Facts()
        if title:
            title = clean_text(title)
            if title and (not f.title or title < f.title):
                f.title = title
        if year:
            year = year.strip()[:4]
            if year and (not f.year or year < f.year):
                f.year = year
        if venue:
            venue = venue_name.get(venue, "")
            if venue and (not f.venue or venue < f.venue):
                f.venue = venue
        if doi:
            f.dois = _with(f.dois, doi.strip())
        if arxiv:
            f.arxiv = _with(f.arxiv, arxiv.strip())
    return out, len(out)


def _with(values: set[str] | None, value: str) -> set[str] | None:
    """``values`` with ``value`` added: the set is made on first use (most papers have none), blanks are ignored."""
    if not value:
        return values
    if values is None:
        return {value}
    values.add(value)
    return values


def _add_urls(facts: dict[str, _Facts], url_rows: Rows) -> None:
    for w, url in url_rows:
        f = facts.get(w)
        if f is not None:
            f.urls = _with(f.urls, url.strip())


_NO_FACTS = _Facts()


def _sorted(values: set[str] | None) -> tuple[str, ...]:
    if not values:
        return ()
    return (next(iter(values)),) if len(values) == 1 else tuple(sorted(values))


# (title folded, IRI): the rows' order within a code status; then title, year, venue, dois, arXiv ids, link
Part = tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str]


def _paper_parts(facts: dict[str, _Facts]) -> list[Part]:
    """What the graph says of each paper, as its row will show it, sorted by title: made while the
    other queries still run (it needs neither the mentions nor the code links)."""
    parts = [_paper_part(w, f) for w, f in facts.items()]
    parts.sort()  # (title, IRI) is unique: the rest is never compared
    return parts


def _paper_part(w: str, f: _Facts) -> Part:
    dois = _sorted(f.dois)
    arxiv = _sorted(f.arxiv)
    if dois:
        link = "https://doi.org/" + dois[0]
    elif arxiv:
        link = "https://arxiv.org/abs/" + arxiv[0]
    else:
        link = next((u for u in _sorted(f.urls) if safe_url(u)), "")
    title = f.title
    return title.casefold(), w, title, f.year, f.venue, dois, arxiv, link


def _paper_rows(papers: set[str], facts: dict[str, _Facts], parts: list[Part], code: _Code,
                mentions_of: dict[str, list[tuple[str, int]]]) -> tuple[PaperRow, ...]:
    """One row per paper: with official code first, then related code only, then none; by title."""
    untyped = papers - facts.keys()  # mentioned as papers, not typed as such: no facts
    if untyped:
        parts = sorted(parts + [_paper_part(w, _NO_FACTS) for w in untyped])
    by_status: tuple[list[PaperRow], list[PaperRow], list[PaperRow]] = ([], [], [])
    code_of = code.all
    for _, w, title, year, venue, dois, arxiv, link in parts:
        if w not in papers:
            continue
        c = code_of.get(w)
        if c is None:
            official = related = ()
            order = 2
        else:
            official = _sorted(c[0])
            related = _sorted(c[1] - c[0])
            order = 0 if official else 1
        mentions = mentions_of[w]
        if len(mentions) == 1:  # most papers
            lists, mentions_t = (mentions[0][0],), (mentions[0],)
        else:  # sorted by list and line: the lists come sorted
            mentions_t = tuple(dict.fromkeys(mentions))
            lists = tuple(dict.fromkeys([lst for lst, _ in mentions_t]))
        by_status[order].append(PaperRow(w, title, year, venue, dois, arxiv, link, official, related, lists,
                                         mentions_t))
    return tuple(by_status[0] + by_status[1] + by_status[2])


def papers_with_code(*, store: str | Path | None = None, endpoint: str | None = None, list_name: str | None = None,
                     topic: str | None = None) -> PapersWithCodeReport:
    """Open the store read-only, compute the report, close the store."""
    from medkg.store import open_store

    st = open_store(store, endpoint=endpoint, read_only=True)
    try:
        return build_report(st, list_name=list_name, topic=topic)
    finally:
        st.close()


# ----------------------------------------------------------------------------- rendering helpers
_UNSAFE_IN_URL = re.compile(r'[\s\x00-\x1f\x7f<>"`\\]')
_HTTP_URL = re.compile(r"https?://(?:[^/?#@]*@)?[^/?#@:]+(?::\d{1,5})?(?:[/?#]|\Z)", re.IGNORECASE)


def safe_url(url: str) -> str | None:
    """``url`` if it is an absolute http(s) URL fit to be a link target, else None.

    ``javascript:``, ``data:``, relative and malformed URLs are shown as text, never linked.
    """
    if not url or len(url) > 2000 or _UNSAFE_IN_URL.search(url) or not _HTTP_URL.match(url):
        return None
    return url


@lru_cache(maxsize=1 << 16)
def repo_label(url: str) -> str:
    """``https://github.com/owner/name`` → ``owner/name`` (other URLs: host and path).

    Memoised: a repository is shown in every row that links it (25k repositories, 50k links at 100k).
    """
    parts = urlsplit(url) if safe_url(url) else None
    if parts is None:
        return url
    path = parts.path.strip("/")
    if parts.netloc.lower() in ("github.com", "www.github.com", "gitlab.com", "bitbucket.org") and path.count("/") >= 1:
        return "/".join(path.split("/")[:2])
    return f"{parts.netloc}/{path}" if path else parts.netloc


def pct(value: float) -> str:
    return f"{value:.1f} %"


class Memo(dict):
    """``memo[x]`` is ``fn(x)``, computed once: for the cells a rendering repeats many times (years,
    venues, list names, repository links), which a plain dict lookup then answers."""

    def __init__(self, fn):
        super().__init__()
        self.fn = fn

    def __missing__(self, key):
        value = self[key] = self.fn(key)
        return value


def render(report: PapersWithCodeReport, fmt: str) -> str:
    with _no_gc():
        return _render(report, fmt)


def _render(report: PapersWithCodeReport, fmt: str) -> str:
    if fmt == "md":
        return to_markdown(report)
    if fmt == "csv":
        return to_csv(report)
    if fmt == "html":
        from medkg.report_html import to_html

        return to_html(report)
    raise QueryError(f"unknown report format {fmt!r} (use one of {', '.join(FORMATS)})")


def to_csv(report: PapersWithCodeReport) -> str:
    """One row per paper; several values in a cell are space-separated."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(CSV_COLUMNS)
    for p in report.papers:
        w.writerow([p.paper, p.title, p.year, p.venue, " ".join(p.dois), " ".join(p.arxiv), " ".join(p.code_official),
                    " ".join(p.code_related), " ".join(p.lists), p.status,
                    " ".join(f"{lst}:{line}" for lst, line in p.mentions)])
    return buf.getvalue()


# ----------------------------------------------------------------------------- Markdown
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&!#])")


def md_text(text: str) -> str:
    """List-supplied text made inert in GitHub Markdown: no markup, links, HTML or table breaks."""
    text = " ".join(str(text).split())
    # most texts have nothing to escape: a search is 3x cheaper than a substitution that finds nothing
    return _MD_SPECIAL.sub(r"\\\1", text) if _MD_SPECIAL.search(text) else text


def md_link(text: str, url: str) -> str:
    target = safe_url(url)
    if target is None:
        return md_text(text)
    target = target.replace("(", "%28").replace(")", "%29")
    return f"[{md_text(text)}]({target})"


def _md_table(header: list[str], rows: Iterable[list[str]], align: str = "") -> list[str]:
    out = ["| " + " | ".join(header) + " |",
           "|" + "|".join((":---" if a == "l" else "---:") for a in (align or "l" * len(header))) + "|"]
    out.extend("| " + " | ".join(r) + " |" for r in rows)
    return out


def _cov_cells(c: Coverage) -> list[str]:
    return [str(c.papers), str(c.official), str(c.related_only), str(c.without), pct(c.pct_with_code)]


def to_markdown(report: PapersWithCodeReport) -> str:
    t = report.total
    lines = ["# Papers with code", ""]
    scope = []
    if report.list_filter:
        scope.append(f"list **{md_text(report.list_filter)}**")
    if report.topic_filter:
        scope.append(f"headings containing “{md_text(report.topic_filter)}”")
    lines.append(f"Generated by medkg from {len(report.lists)} list(s)"
                 + (f", limited to {' and '.join(scope)}" if scope else "") + ".")
    lines += ["", f"**{t.papers} papers**: {t.official} with official code, {t.related_only} with related code only, "
              f"{t.without} without code — **{pct(t.pct_with_code)} with code**.", ""]
    if report.cited_only:
        lines += [f"_{report.cited_only} more papers are only cited by other entries (for example the paper of a "
                  "dataset) and are not counted._", ""]
    lines += ["_Official code_: the authors' own repository. _Related code only_: a list links related code but no "
              "official code. _% with code_ counts both. Per list and per heading the status is what that list says.",
              ""]
    header = ["papers", "official code", "related code only", "without code", "% with code"]
    lines += ["## Coverage by list", ""]
    lines += _md_table(["list"] + header, ([md_text(r.list_name)] + _cov_cells(r.coverage) for r in report.by_list),
                       "l" + "r" * 5)
    lines += ["", "## Coverage by heading", ""]
    lines += _md_table(["list", "heading"] + header,
                       ([md_text(r.list_name), md_text(r.label)] + _cov_cells(r.coverage) for r in report.by_topic),
                       "ll" + "r" * 5)
    lines += ["", "## Papers", ""]

    cell = Memo(md_text)  # years, venues, lists: few distinct values in 10^5 rows
    repo_link = Memo(lambda u: md_link(repo_label(u), u))

    def repos(urls: tuple[str, ...]) -> str:
        return " ".join([repo_link[u] for u in urls]) if urls else ""

    lines += _md_table(["paper", "year", "venue", "official code", "related code", "lists"], ())
    lines += [f"| {md_link(p.title or p.paper, p.link)} | {cell[p.year]} | {cell[p.venue]} | "
              f"{repos(p.code_official)} | {repos(p.code_related)} | {cell[' '.join(p.lists)]} |"
              for p in report.papers]
    lines += ["", "## Repositories linked by several papers", ""]
    if report.shared_repos:
        lines += _md_table(["repository", "papers", "linked by"],
                           ([repo_link[s.repo], str(len(s.papers)),
                             "; ".join(f"{md_text(title or w)} ({rel})" for w, title, rel in s.papers)]
                            for s in report.shared_repos), "lrl")
    else:
        lines.append("None.")
    lines += ["", "## Curator's to-do: papers without code", ""]
    if not report.todo:
        lines.append("Nothing to do: every paper has a code link.")
    current: tuple[str, str] | None = None
    for item in report.todo:
        if current is None or item.list_name != current[0]:
            lines += ["", f"### {md_text(item.list_name)}"]
        if current is None or (item.list_name, item.topic) != current:
            lines += ["", f"#### {md_text(item.topic)}", ""]
            current = (item.list_name, item.topic)
        where = str(item.lines[0]) if len(item.lines) == 1 else ", ".join(str(n) for n in item.lines)
        hint = (" — another list links " + ", ".join([repo_link[u] for u in item.code_elsewhere])
                if item.code_elsewhere else "")
        lines.append(f"- [ ] line {where}: {md_text(item.title or item.paper)}{hint}")
    return "\n".join(lines).rstrip() + "\n"


__all__ = ["CSV_COLUMNS", "Coverage", "FORMATS", "PaperRow", "PapersWithCodeReport", "Row", "SharedRepo", "TodoItem",
           "build_report", "clean_text", "md_link", "md_text", "papers_with_code", "pct", "render", "repo_label", "safe_url",
           "to_csv", "to_markdown"]
