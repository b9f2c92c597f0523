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

The store is read with a handful of flat queries (no OPTIONAL chains, no GROUP BY over
OPTIONAL, which Oxigraph evaluates slowly) and the joins and counts are done here: the
report on a 100k-entry corpus stays within seconds. Rendering lives in ``report_html``
(HTML) and below (Markdown, CSV); every text that comes from a list is escaped there.
"""

from __future__ import annotations

import csv
import gc
import io
import logging
import os
import re
from collections import defaultdict
from collections.abc import Iterable
from contextlib import contextmanager
from dataclasses import dataclass
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
# Oxigraph joins a pattern to bound variables by one index seek per row, and decodes every term
# of every result row from its dictionary. Flat patterns wrapped in sub-selects are joined by
# hashing instead (2-3x faster here), and grouping the mentions by (list, heading) decodes each
# list and heading once per group rather than once per mention.
_PAPERS = "{ SELECT DISTINCT ?w WHERE { ?w a mkg:Paper } }"
_QUERIES = {
    "lists": """SELECT ?g ?l ?name WHERE { GRAPH ?g { ?l a mkg:AwesomeList ; schema:name ?name } }""",
    "labels": """SELECT ?t ?label WHERE { ?t skos:prefLabel ?label . FILTER(LANG(?label) = "") }""",
    "broader": "SELECT ?t ?parent WHERE { ?t skos:broader ?parent }",
    "mentions": """SELECT ?l ?topic (GROUP_CONCAT(CONCAT(STR(?line), " ", STR(?w)); separator="\\n") AS ?items)
WHERE {
  ?m mkg:entryKind "paper" .
  { SELECT ?m ?w WHERE { ?m schema:item ?w } }
  { SELECT ?m ?l WHERE { ?m mkg:inList ?l } }
  { SELECT ?m ?line WHERE { ?m mkg:line ?line } }
  MINUS { ?m mkg:linkRole ?role }
  OPTIONAL { SELECT ?m ?topic WHERE { ?m dcterms:subject ?topic } }
} GROUP BY ?l ?topic""",
    "code": """SELECT ?g ?w ?p ?repo WHERE {
  VALUES ?p { mkg:hasOfficialCode mkg:hasRelatedCode } GRAPH ?g { ?w ?p ?repo } }""",
    "repos": """SELECT DISTINCT ?repo ?kind ?url WHERE {
  { SELECT DISTINCT ?repo WHERE { ?w mkg:hasOfficialCode|mkg:hasRelatedCode ?repo } }
  { ?repo schema:codeRepository ?url BIND("canonical" AS ?kind) }
  UNION { ?repo schema:url ?url BIND("url" AS ?kind) MINUS { ?repo schema:codeRepository ?canonical } } }""",
    "papers": "SELECT (COUNT(DISTINCT ?w) AS ?n) WHERE { ?w a mkg:Paper }",
}
_FACTS = {  # one flat, hash-joined query per paper fact; the smallest value wins (deterministic)
    "title": "?w dcterms:title ?v",
    "year": "?w dcterms:issued ?v",
    "venue": "{ SELECT ?w ?x WHERE { ?w schema:isPartOf ?x } } { SELECT ?x ?v WHERE { ?x schema:name ?v } }",
    "doi": "?w prism:doi ?v",
    "arxiv": "?w mkg:arxivId ?v",
    # a landing page is only needed when there is neither a DOI nor an arXiv id
    "url": "MINUS { ?w prism:doi ?doi } MINUS { ?w mkg:arxivId ?arxiv } { SELECT ?w ?v WHERE { ?w schema:url ?v } }",
}
for _fact, _pattern in _FACTS.items():
    _QUERIES[_fact] = (f"SELECT DISTINCT ?w ?v WHERE {{ {_PAPERS} "
                       + (_pattern if "{" in _pattern else f"{{ SELECT ?w ?v WHERE {{ {_pattern} }} }}") + " }")


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
def _rows(store, name: str) -> list[tuple[str, ...]]:
    """The rows of one report query as plain strings ("" for unbound)."""
    try:
        result = store.query(_P + _QUERIES[name])
        width = len(result.variables)
        return [tuple("" if t is None else t.value for t in (sol[i] for i in range(width))) for sol in result]
    except SyntaxError as exc:  # our own queries: a bug, not a user error
        raise RuntimeError(f"report query {name!r} is invalid: {exc}") from exc
    except OSError as exc:
        raise QueryError(f"reading the store failed: {exc}") from None


def _fetch(store) -> dict[str, list[tuple[str, ...]]]:
    """Every report query; concurrently on the embedded store (pyoxigraph releases the GIL)."""
    names = list(_QUERIES)
    if getattr(store, "raw", None) is None:  # a remote endpoint: one request at a time
        return {n: _rows(store, n) for n in names}
    from concurrent.futures import ThreadPoolExecutor

    names.sort(key=lambda n: n != "mentions")  # the longest first
    with ThreadPoolExecutor(max_workers=max(2, min(4, os.cpu_count() or 1))) as pool:
        return dict(zip(names, pool.map(lambda n: _rows(store, n), names)))


Mention = tuple[str, str, int, str]  # (work IRI, list name, line, topic IRI)


@contextmanager
def _no_gc():
    """The report allocates ~10^6 small tuples that all live to the end: the cyclic garbage
    collector would scan them again and again for nothing (about 7 % of the time at 100k)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def build_report(store, *, list_name: str | None = None, topic: str | None = None) -> PapersWithCodeReport:
    """Compute the report from an open store (embedded or remote)."""
    with _no_gc():
        return _build_report(store, list_name, topic)


def _build_report(store, list_name: str | None, topic: str | None) -> PapersWithCodeReport:
    data = _fetch(store)
    name_of = {lst: name for _, lst, name in data["lists"]}  # list IRI → name
    names = sorted(set(name_of.values()))
    wanted_list = _match_list(list_name, names) if list_name else None
    topics = _topics(data["labels"], data["broader"])
    mentions = _mentions(data["mentions"], name_of)
    lists_of: dict[str, set[str]] = defaultdict(set)
    mentions_of: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for w, lst, line, _ in mentions:
        lists_of[w].add(lst)
        mentions_of[w].append((lst, line))
    selected = _select(mentions, wanted_list, topic, topics)
    code = _Code(data["code"], data["repos"], {g: name for g, _, name in data["lists"]})

    papers = sorted({m[0] for m in selected})
    facts = _facts(data, set(papers))
    rows = tuple(sorted((_paper_row(w, facts.get(w, {}), code.repos(w), lists_of[w], mentions_of[w]) for w in papers),
                        key=lambda p: (_STATUS_ORDER[p.status], p.title.casefold(), p.paper)))
    by_list, by_topic, by_root = _coverages(selected, topics, code)
    cited_only = 0
    if wanted_list is None and not topic and data["papers"]:
        cited_only = max(int(data["papers"][0][0] or 0) - len(lists_of), 0)
    return PapersWithCodeReport(tuple(names), wanted_list, topic, _coverage(papers, code.status), by_list, by_topic,
                                by_root, rows, _shared(papers, code, {p.paper: p.title for p in rows}),
                                _todo(selected, topics, code, facts), cited_only)


def _mentions(rows: list[tuple[str, ...]], name_of: dict[str, str]) -> list[Mention]:
    """Unpack the (list, heading, "line work\\n…") groups, sorted by list and line."""
    out: list[Mention] = []
    for lst_iri, t, items in rows:
        lst = name_of.get(lst_iri)
        if lst is None:
            continue
        for item in items.split("\n"):
            line, _, w = item.partition(" ")
            out.append((w, lst, int(line) if line.isdigit() else 0, t))
    out.sort(key=lambda m: (m[1], m[2], m[0]))
    return out


def _select(mentions: list[Mention], wanted_list: str | None, topic: str | None, topics: "_Topics") -> list[Mention]:
    selected = [m for m in mentions if wanted_list is None or m[1] == wanted_list]
    if topic:
        needle = topic.casefold()
        hit = {t: any(needle in label.casefold() for label in topics.path(t)) for t in {m[3] for m in selected}}
        selected = [m for m in selected if hit[m[3]]]
        if not selected:
            where = f" of list {wanted_list}" if wanted_list else ""
            raise QueryError(f"no paper sits under a heading{where} containing {topic!r}")
    return selected


_NO_CODE: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())


class _Code:
    """Who links which code: per list (that list's graph) and over all lists."""

    def __init__(self, code_rows, repo_rows, graph_list: dict[str, str]):
        canonical: dict[str, str] = {}
        written: dict[str, str] = {}
        for repo, kind, url in repo_rows:
            seen = canonical if kind == "canonical" else written
            if repo not in seen or url < seen[repo]:
                seen[repo] = url
        repo_url = {**written, **canonical}  # the canonical repository URL, else the smallest URL a list gave
        self._all: dict[str, tuple[set[str], set[str]]] = {}
        in_list: dict[tuple[str, str], set[str]] = defaultdict(set)
        for g, w, prop, repo in code_rows:
            official = prop == vocab.hasOfficialCode
            self._all.setdefault(w, (set(), set()))[0 if official else 1].add(repo_url.get(repo, repo))
            if g in graph_list:
                in_list[(graph_list[g], w)].add("official" if official else "related")
        self._in_list = {k: "official" if "official" in v else "related" for k, v in in_list.items()}

    def status(self, w: str) -> str:
        """Over all lists: "official", "related" (related code only) or "none"."""
        c = self._all.get(w)
        return "none" if c is None else "official" if c[0] else "related"

    def status_in(self, lst: str, w: str) -> str:
        """What list ``lst`` itself says."""
        return self._in_list.get((lst, w), "none")

    def repos(self, w: str) -> tuple[set[str], set[str]]:
        """(official, related) repository URLs of ``w`` over all lists."""
        return self._all.get(w, _NO_CODE)


def _coverages(selected: list[Mention], topics: "_Topics", code: _Code):
    per_list: dict[str, set[str]] = defaultdict(set)
    per_topic: dict[tuple[str, str], set[str]] = defaultdict(set)
    per_root: dict[tuple[str, str], set[str]] = defaultdict(set)
    first_line: dict[tuple[str, str], int] = {}
    for w, lst, line, t in selected:
        root = topics.root(t)
        per_list[lst].add(w)
        per_topic[(lst, t)].add(w)
        per_root[(lst, root)].add(w)
        first_line.setdefault((lst, t), line)
        first_line.setdefault((lst, root), line)

    def rows(groups: dict[tuple[str, str], set[str]], with_depth: bool) -> tuple[Row, ...]:
        return tuple(Row(t or NO_HEADING, lst, topics.label(t), _coverage(ws, lambda w, l=lst: code.status_in(l, w)),
                         depth=max(len(topics.path(t)) - 1, 0) if with_depth else 0)
                     for (lst, t), ws in sorted(groups.items(), key=lambda kv: (kv[0][0], first_line[kv[0]])))

    by_list = tuple(Row(lst, lst, lst, _coverage(per_list[lst], lambda w, l=lst: code.status_in(l, w)))
                    for lst in sorted(per_list))
    return by_list, rows(per_topic, True), rows(per_root, False)


def _todo(selected: list[Mention], topics: "_Topics", code: _Code, facts: dict) -> tuple[TodoItem, ...]:
    """Papers a list gives no code for, by list and heading in document order, with every line."""
    todo: dict[tuple[str, str, str], list[int]] = {}
    heading_at: dict[tuple[str, str], int] = {}  # where a heading's first paper is: document order
    for w, lst, line, t in selected:  # sorted by list and line
        heading_at.setdefault((lst, t), line)
        if code.status_in(lst, w) == "none":
            todo.setdefault((lst, t, w), []).append(line)
    items = []
    for (lst, t, w), lines in sorted(todo.items(), key=lambda kv: (kv[0][0], heading_at[kv[0][:2]], kv[1][0])):
        official, related = code.repos(w)
        items.append(TodoItem(lst, topics.label(t), tuple(lines), str(facts.get(w, {}).get("title", "")), w,
                              tuple(sorted(official | related)) if official or related else ()))
    return tuple(items)


def _shared(papers: list[str], code: _Code, title_of: dict[str, str]) -> tuple[SharedRepo, ...]:
    by_repo: dict[str, dict[str, str]] = defaultdict(dict)
    for w in papers:
        official, related = code.repos(w)
        for repo in related:
            by_repo[repo][w] = "related"
        for repo in official:
            by_repo[repo][w] = "official"
    return tuple(SharedRepo(repo, tuple(sorted(((w, title_of.get(w, ""), rel) for w, rel in ws.items()),
                                               key=lambda x: (x[1].casefold(), x[0]))))
                 for repo, ws in sorted(by_repo.items(), key=lambda kv: (-len(kv[1]), kv[0])) if len(ws) >= 2)


_STATUS_ORDER = {"official": 0, "related": 1, "none": 2}


def _coverage(works: Iterable[str], status) -> Coverage:
    official = related = n = 0
    for w in works:
        n += 1
        s = status(w)
        official += s == "official"
        related += s == "related"
    return Coverage(n, official, related)


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


def _topics(labels: list[tuple[str, str]], broader: list[tuple[str, str]]) -> _Topics:
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


def _facts(data: dict, papers: set[str]) -> dict[str, dict[str, object]]:
    """Per paper: the smallest title, year and venue (deterministic), all DOIs, arXiv ids, URLs."""
    out: dict[str, dict[str, object]] = defaultdict(dict)
    for fact in _FACTS:
        for w, value in data[fact]:
            if w not in papers:
                continue
            value = clean_text(value) if fact in ("title", "venue") else value.strip()
            if fact == "year":
                value = value[:4]
            if fact in ("doi", "arxiv", "url"):
                out[w].setdefault(fact, set()).add(value)
            elif value and (fact not in out[w] or value < out[w][fact]):
                out[w][fact] = value
    return out


def _paper_row(w: str, facts: dict, code: tuple[set[str], set[str]], lists: set[str],
               mentions: list[tuple[str, int]]) -> PaperRow:
    dois = tuple(sorted(facts.get("doi", ())))
    arxiv = tuple(sorted(facts.get("arxiv", ())))
    if dois:
        link = "https://doi.org/" + dois[0]
    elif arxiv:
        link = "https://arxiv.org/abs/" + arxiv[0]
    else:
        link = next((u for u in sorted(facts.get("url", ())) if safe_url(u)), "")
    return PaperRow(w, str(facts.get("title", "")), str(facts.get("year", "")), str(facts.get("venue", "")),
                    dois, arxiv, link, tuple(sorted(code[0])), tuple(sorted(code[1] - code[0])),
                    tuple(sorted(lists)), tuple(dict.fromkeys(mentions)))  # mentions come sorted


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


def repo_label(url: str) -> str:
    """``https://github.com/owner/name`` → ``owner/name`` (other URLs: host and path)."""
    parts = urlsplit(url) if safe_url(url) else None
    if parts is None:
        return url
    path = parts.path.strip("/")
    if parts.netloc.lower() in ("github.com", "www.github.com", "gitlab.com", "bitbucket.org") and path.count("/") >= 1:
        return "/".join(path.split("/")[:2])
    return f"{parts.netloc}/{path}" if path else parts.netloc


def pct(value: float) -> str:
    return f"{value:.1f} %"


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
    return _MD_SPECIAL.sub(r"\\\1", " ".join(str(text).split()))


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

    def repos(urls: tuple[str, ...]) -> str:
        return " ".join(md_link(repo_label(u), u) for u in urls)

    lines += _md_table(["paper", "year", "venue", "official code", "related code", "lists"],
                       ([md_link(p.title or p.paper, p.link), md_text(p.year), md_text(p.venue),
                         repos(p.code_official), repos(p.code_related), md_text(" ".join(p.lists))]
                        for p in report.papers))
    lines += ["", "## Repositories linked by several papers", ""]
    if report.shared_repos:
        lines += _md_table(["repository", "papers", "linked by"],
                           ([md_link(repo_label(s.repo), s.repo), str(len(s.papers)),
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
        where = ", ".join(str(n) for n in item.lines)
        hint = (" — another list links " + ", ".join(md_link(repo_label(u), u) for u in item.code_elsewhere)
                if item.code_elsewhere else "")
        lines.append(f"- [ ] line {where}: {md_text(item.title or item.paper)}{hint}")
    return "\n".join(lines).rstrip() + "\n"


__all__ = ["CSV_COLUMNS", "Coverage", "FORMATS", "PaperRow", "PapersWithCodeReport", "Row", "SharedRepo", "TodoItem",
           "build_report", "clean_text", "md_link", "md_text", "papers_with_code", "pct", "render", "repo_label", "safe_url",
           "to_csv", "to_markdown"]
