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

The store is read by ``report_fetch`` with queries shaped for Oxigraph (see the note above
``report_fetch._QUERIES``), started at once in threads; the joins between their answers and the
counts are done here, each answer as soon as it has arrived. When every list graph has a current
report digest (``rdf.report_digest``, ``report_fetch._digests``), the build's written-down answers
for each list (its paper mentions, code links and papers' facts) stand in for those queries, and
only the graphs that are not lists' (Crossref's) are asked about papers: at 100k entries the
report's store work goes from ≈ 5.5 to ≈ 1 CPU-s, with the same report (tests compare the two ways
on the seeds, after every kill point of a build, and with a Crossref graph).
The report is the dataclasses of ``report_model``. Rendering lives in ``report_html`` (HTML) and
``report_render`` (Markdown, CSV); every text that comes from a list is escaped there. ``render``
picks one by format; the names callers use are importable from here as they always were.
"""

from __future__ import annotations

import gc
import logging
from collections import defaultdict
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from medkg.errors import QueryError
from medkg.report_fetch import FETCH_ORDER, DigestPapers, Facts, Rows, clean_text, fetch
from medkg.report_model import Coverage, PaperRow, PapersWithCodeReport, Row, SharedRepo, TodoItem, safe_url
from medkg.report_render import CSV_COLUMNS, md_link, md_text, pct, repo_label, to_csv, to_markdown

log = logging.getLogger(__name__)

FORMATS = ("md", "html", "csv")
NO_HEADING = "(no heading)"


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
    with fetch(store, use_digests) as data:
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
        made: dict[int, Any] = {}
        arrived: set[str] = set()
        for name in data.arrivals([n for n in FETCH_ORDER if n not in ("lists", "digests")]):
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
            group.append((int(line) if line.isascii() and line.isdigit() else 0, w))
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
        for g, w, flag, repo, _ in code_rows:
            official = flag == "1"
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
    out: list[TodoItem] = []
    for lst, _, _, w, _, lines, label in todo:
        c = code_of.get(w)
        f = facts.get(w)
        out.append(TodoItem(lst, label, tuple(lines), f.title if f is not None else "", w,
                            tuple(sorted(c[0] | c[1])) if c is not None else ()))
    return tuple(out)


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


def _paper_facts(papers: "tuple[dict[str, str], Rows] | DigestPapers", urls: Rows) -> tuple[dict[str, "Facts"], int, list["Part"]]:
    facts, count = papers.facts() if isinstance(papers, DigestPapers) else _facts(*papers)
    _add_urls(facts, urls)
    return facts, count, _paper_parts(facts)


def _facts(venue_name: dict[str, str], paper_rows: Rows) -> tuple[dict[str, Facts], int]:
    """Per paper IRI its facts, and the number of papers in the graph (mentioned or only cited)."""
    out: dict[str, Facts] = {}
    for w, title, year, venue, doi, arxiv in paper_rows:
        f = out.get(w)
        if f is None:
            f = out[w] = Facts()
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


def _add_urls(facts: dict[str, Facts], url_rows: Rows) -> None:
    for w, url in url_rows:
        f = facts.get(w)
        if f is not None:
            f.urls = _with(f.urls, url.strip())


_NO_FACTS = Facts()


def _sorted(values: set[str] | None) -> tuple[str, ...]:
    if not values:
        return ()
    return (next(iter(values)),) if len(values) == 1 else tuple(sorted(values))


# (title folded, IRI): the rows' order within a code status; then title, year, venue, dois, arXiv ids, link
Part = tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str]


def _paper_parts(facts: dict[str, Facts]) -> list[Part]:
    """What the graph says of each paper, as its row will show it, sorted by title: made while the
    other queries still run (it needs neither the mentions nor the code links)."""
    parts = [_paper_part(w, f) for w, f in facts.items()]
    parts.sort()  # (title, IRI) is unique: the rest is never compared
    return parts


def _paper_part(w: str, f: Facts) -> Part:
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


def _paper_rows(papers: set[str], facts: dict[str, Facts], parts: list[Part], code: _Code,
                mentions_of: dict[str, list[tuple[str, int]]]) -> tuple[PaperRow, ...]:
    """One row per paper: with official code first, then related code only, then none; by title."""
    untyped = papers - facts.keys()  # mentioned as papers, not typed as such: no facts
    if untyped:
        parts = sorted(parts + [_paper_part(w, _NO_FACTS) for w in untyped])
    by_status: tuple[list[PaperRow], list[PaperRow], list[PaperRow]] = ([], [], [])
    code_of = code.all
    official: tuple[str, ...]
    related: tuple[str, ...]
    lists: tuple[str, ...]
    mentions_t: tuple[tuple[str, int], ...]
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


__all__ = ["CSV_COLUMNS", "Coverage", "FORMATS", "PaperRow", "PapersWithCodeReport", "Row", "SharedRepo", "TodoItem",
           "build_report", "clean_text", "md_link", "md_text", "papers_with_code", "pct", "render", "repo_label", "safe_url",
           "to_csv", "to_markdown"]
