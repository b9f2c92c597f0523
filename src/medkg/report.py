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
import io
import logging
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
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
_Q_LISTS = _P + """SELECT ?g ?l ?name ?title WHERE {
  GRAPH ?g { ?l a mkg:AwesomeList ; schema:name ?name . OPTIONAL { ?l dcterms:title ?title } } }"""
_Q_MENTIONS = _P + """SELECT ?m ?w ?l ?line ?topic ?label WHERE {
  ?m mkg:entryKind "paper" ; schema:item ?w ; mkg:inList ?l ; mkg:line ?line .
  MINUS { ?m mkg:linkRole ?role }
  OPTIONAL { ?m dcterms:subject ?topic }
  OPTIONAL { ?m rdfs:label ?label } }"""
_Q_CODE = _P + """SELECT ?g ?w ?p ?repo WHERE {
  VALUES ?p { mkg:hasOfficialCode mkg:hasRelatedCode }
  GRAPH ?g { ?w ?p ?repo } }"""
_Q_REPO_CANON = _P + "SELECT ?repo ?url WHERE { ?repo a mkg:Repository ; schema:codeRepository ?url }"
_Q_REPO_URL = _P + "SELECT ?repo ?url WHERE { ?repo a mkg:Repository ; schema:url ?url }"
_Q_TOPICS = _P + """SELECT ?t ?label ?parent WHERE {
  ?t a skos:Concept ; skos:prefLabel ?label . FILTER(LANG(?label) = "")
  OPTIONAL { ?t skos:broader ?parent } }"""
_Q_PAPERS = _P + "SELECT DISTINCT ?w WHERE { ?w a mkg:Paper }"
_Q_FACT = {  # one flat query per paper fact, joined in Python
    "title": "SELECT ?w ?v WHERE { ?w a mkg:Paper ; dcterms:title ?v }",
    "issued": "SELECT ?w ?v WHERE { ?w a mkg:Paper ; dcterms:issued ?v }",
    "venue": "SELECT ?w ?v WHERE { ?w a mkg:Paper ; schema:isPartOf ?venue . ?venue schema:name ?v }",
    "doi": "SELECT ?w ?v WHERE { ?w a mkg:Paper ; prism:doi ?v }",
    "arxiv": "SELECT ?w ?v WHERE { ?w a mkg:Paper ; mkg:arxivId ?v }",
    "url": "SELECT ?w ?v WHERE { ?w a mkg:Paper ; schema:url ?v }",
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
    list_titles: dict[str, str] = field(default_factory=dict)


# ----------------------------------------------------------------------------- reading the store
def _v(term) -> str:
    return "" if term is None else term.value


def _rows(store, sparql: str) -> list:
    try:
        return list(store.query(sparql))
    except SyntaxError as exc:  # our own queries: a bug, not a user error
        raise RuntimeError(f"report query is invalid: {exc}") from exc
    except OSError as exc:
        raise QueryError(f"reading the store failed: {exc}") from None


def build_report(store, *, list_name: str | None = None, topic: str | None = None) -> PapersWithCodeReport:
    """Compute the report from an open store (embedded or remote)."""
    graph_of: dict[str, str] = {}  # list IRI → its graph
    name_of: dict[str, str] = {}  # list IRI → slug
    titles: dict[str, str] = {}
    for r in _rows(store, _Q_LISTS):
        graph_of[_v(r["l"])] = _v(r["g"])
        name_of[_v(r["l"])] = _v(r["name"])
        titles[_v(r["name"])] = _v(r["title"]) or _v(r["name"])
    wanted_list = _match_list(list_name, name_of, titles) if list_name else None

    topics = _topics(store)
    mentions: list[tuple[str, str, int, str, str]] = []  # (work, list slug, line, topic IRI, label)
    for r in _rows(store, _Q_MENTIONS):
        lst = name_of.get(_v(r["l"]))
        if lst is None:
            continue
        mentions.append((_v(r["w"]), lst, int(_v(r["line"]) or 0), _v(r["topic"]), _v(r["label"])))
    mentions.sort(key=lambda m: (m[1], m[2], m[0]))
    all_lists_of: dict[str, set[str]] = defaultdict(set)
    for w, lst, *_ in mentions:
        all_lists_of[w].add(lst)

    selected = [m for m in mentions if wanted_list is None or m[1] == wanted_list]
    if topic:
        needle = topic.casefold()
        selected = [m for m in selected if any(needle in label.casefold() for label in topics.path(m[3]))]
        if not selected:
            where = f" of list {wanted_list}" if wanted_list else ""
            raise QueryError(f"no paper sits under a heading{where} containing {topic!r}")

    code_in_graph: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(lambda: {"official": set(), "related": set()})
    code_all: dict[str, dict[str, set[str]]] = defaultdict(lambda: {"official": set(), "related": set()})
    repo_url = _repo_urls(store)
    graph_list = {g: name_of[lst] for lst, g in graph_of.items()}
    for r in _rows(store, _Q_CODE):
        rel = "official" if _v(r["p"]) == vocab.hasOfficialCode else "related"
        w, repo = _v(r["w"]), repo_url.get(_v(r["repo"]), _v(r["repo"]))
        lst = graph_list.get(_v(r["g"]))
        if lst is not None:
            code_in_graph[(lst, w)][rel].add(repo)
        code_all[w][rel].add(repo)

    def status_in(lst: str, w: str) -> str:
        c = code_in_graph.get((lst, w))
        return "none" if c is None else "official" if c["official"] else "related" if c["related"] else "none"

    def status_all(w: str) -> str:
        c = code_all.get(w)
        return "none" if c is None else "official" if c["official"] else "related" if c["related"] else "none"

    papers = sorted({m[0] for m in selected})
    facts = _facts(store, set(papers))
    mentions_of: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for w, lst, line, _, _ in mentions:
        mentions_of[w].append((lst, line))
    rows = tuple(sorted((_paper_row(w, facts.get(w, {}), code_all.get(w), all_lists_of[w], mentions_of[w])
                         for w in papers), key=lambda p: (_STATUS_ORDER[p.status], p.title.casefold(), p.paper)))

    total = _coverage(papers, status_all)
    by_list = []
    per_list: dict[str, set[str]] = defaultdict(set)
    per_topic: dict[tuple[str, str], set[str]] = defaultdict(set)
    per_root: dict[tuple[str, str], set[str]] = defaultdict(set)
    first_line: dict[tuple[str, str], int] = {}
    for w, lst, line, t, _ in selected:
        per_list[lst].add(w)
        per_topic[(lst, t)].add(w)
        root = topics.root(t)
        per_root[(lst, root)].add(w)
        first_line.setdefault((lst, t), line)
        first_line.setdefault((lst, root), line)
    for lst in sorted(per_list):
        by_list.append(Row(lst, lst, lst, _coverage(per_list[lst], lambda w, l=lst: status_in(l, w))))
    by_topic = [Row(t or NO_HEADING, lst, topics.label(t), _coverage(ws, lambda w, l=lst: status_in(l, w)),
                    depth=max(len(topics.path(t)) - 1, 0))
                for (lst, t), ws in sorted(per_topic.items(), key=lambda kv: (kv[0][0], first_line[kv[0]]))]
    by_root = [Row(t or NO_HEADING, lst, topics.label(t), _coverage(ws, lambda w, l=lst: status_in(l, w)))
               for (lst, t), ws in sorted(per_root.items(), key=lambda kv: (kv[0][0], first_line[kv[0]]))]

    todo: dict[tuple[str, str, str], list] = {}
    for w, lst, line, t, label in selected:
        if status_in(lst, w) != "none":
            continue
        key = (lst, t, w)
        if key in todo:
            todo[key][0].append(line)
            continue
        elsewhere = code_all.get(w)
        repos = tuple(sorted(elsewhere["official"] | elsewhere["related"])) if elsewhere else ()
        todo[key] = [[line], label or facts.get(w, {}).get("title", ""), repos]
    todo_items = tuple(TodoItem(lst, topics.label(t), tuple(lines), title, w, repos)
                       for (lst, t, w), (lines, title, repos) in
                       sorted(todo.items(), key=lambda kv: (kv[0][0], first_line[(kv[0][0], kv[0][1])], kv[1][0][0])))

    title_of = {p.paper: p.title for p in rows}
    by_repo: dict[str, dict[str, str]] = defaultdict(dict)
    for w in papers:
        c = code_all.get(w)
        if not c:
            continue
        for repo in c["related"]:
            by_repo[repo][w] = "related"
        for repo in c["official"]:
            by_repo[repo][w] = "official"
    shared = tuple(SharedRepo(repo, tuple(sorted(((w, title_of.get(w, ""), rel) for w, rel in ws.items()),
                                                 key=lambda x: (x[1].casefold(), x[0]))))
                   for repo, ws in sorted(by_repo.items(), key=lambda kv: (-len(kv[1]), kv[0])) if len(ws) >= 2)

    cited_only = 0
    if wanted_list is None and not topic:
        listed = set(all_lists_of)
        cited_only = sum(1 for r in _rows(store, _Q_PAPERS) if _v(r["w"]) not in listed)
    return PapersWithCodeReport(tuple(sorted(titles)), wanted_list, topic, total, tuple(by_list), tuple(by_topic),
                                tuple(by_root), rows, shared, todo_items, cited_only, titles)


_STATUS_ORDER = {"official": 0, "related": 1, "none": 2}


def _coverage(works: Iterable[str], status) -> Coverage:
    official = related = n = 0
    for w in works:
        n += 1
        s = status(w)
        official += s == "official"
        related += s == "related"
    return Coverage(n, official, related)


def _match_list(wanted: str, name_of: dict[str, str], titles: dict[str, str]) -> str:
    names = sorted(set(name_of.values()))
    key = Path(wanted).stem if wanted.endswith((".md", ".markdown", ".txt")) else wanted
    for n in names:
        if n == key or n.casefold() == key.casefold():
            return n
    for n in names:
        if titles.get(n, "").casefold() == wanted.casefold():
            return n
    raise QueryError(f"no list named {wanted!r} in the store (lists: {', '.join(names) or 'none'})")


class _Topics:
    """The heading trees of all lists: labels, paths and roots."""

    def __init__(self, label: dict[str, str], parent: dict[str, str]):
        self._label, self._parent = label, parent
        self._paths: dict[str, tuple[str, ...]] = {}

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
        return " › ".join(self.path(t)) or NO_HEADING

    def root(self, t: str) -> str:
        seen, node = set(), t
        while node and self._parent.get(node) and node not in seen:
            seen.add(node)
            node = self._parent[node]
        return node


def _topics(store) -> _Topics:
    label: dict[str, str] = {}
    parent: dict[str, str] = {}
    for r in _rows(store, _Q_TOPICS):
        t, lbl = _v(r["t"]), " ".join(_v(r["label"]).split())
        if t not in label or lbl < label[t]:
            label[t] = lbl
        p = _v(r["parent"])
        if p and (t not in parent or p < parent[t]):
            parent[t] = p
    return _Topics(label, parent)


def _repo_urls(store) -> dict[str, str]:
    """Repository IRI → the URL to show: its canonical repository, else a URL a list gave."""
    out: dict[str, str] = {}
    for r in _rows(store, _Q_REPO_URL):
        repo, url = _v(r["repo"]), _v(r["url"])
        if repo not in out or url < out[repo]:
            out[repo] = url
    for r in _rows(store, _Q_REPO_CANON):
        out[_v(r["repo"])] = _v(r["url"])
    return out


def _facts(store, papers: set[str]) -> dict[str, dict[str, object]]:
    """Per paper: the smallest title, year and venue (deterministic), all DOIs, arXiv ids, URLs."""
    out: dict[str, dict[str, object]] = defaultdict(dict)
    for fact, q in _Q_FACT.items():
        for r in _rows(store, _P + q):
            w = _v(r["w"])
            if w not in papers:
                continue
            value = " ".join(_v(r["v"]).split())
            if fact == "issued":
                fact_key, value = "year", value[:4]
            else:
                fact_key = fact
            if fact in ("doi", "arxiv", "url"):
                out[w].setdefault(fact_key, set()).add(value)
            elif value and (fact_key not in out[w] or value < out[w][fact_key]):
                out[w][fact_key] = value
    return out


def _paper_row(w: str, facts: dict, code: dict | None, lists: set[str], mentions: list[tuple[str, int]]) -> PaperRow:
    dois = tuple(sorted(facts.get("doi", ())))
    arxiv = tuple(sorted(facts.get("arxiv", ())))
    if dois:
        link = "https://doi.org/" + dois[0]
    elif arxiv:
        link = "https://arxiv.org/abs/" + arxiv[0]
    else:
        link = min((u for u in facts.get("url", ()) if safe_url(u)), default="")
    return PaperRow(w, str(facts.get("title", "")), str(facts.get("year", "")), str(facts.get("venue", "")),
                    dois, arxiv, link, tuple(sorted(code["official"])) if code else (),
                    tuple(sorted(code["related"] - code["official"])) if code else (),
                    tuple(sorted(lists)), tuple(sorted(set(mentions))))


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
def safe_url(url: str) -> str | None:
    """``url`` if it is an absolute http(s) URL fit to be a link target, else None.

    ``javascript:``, ``data:``, relative and malformed URLs are shown as text, never linked.
    """
    if not url or len(url) > 2000 or any(ch.isspace() or ord(ch) < 32 or ch in '<>"`\\' for ch in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
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
           "build_report", "md_link", "md_text", "papers_with_code", "pct", "render", "repo_label", "safe_url",
           "to_csv", "to_markdown"]
