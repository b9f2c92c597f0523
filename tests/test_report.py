"""The papers-with-code report: its numbers against an independent count, known pairs, formats, safety.

The independent count does not read the graph at all: it runs ``medkg extract`` on the seed
lists and counts paper entries itself (see ``independent_count``). If the graph, the
resolution or the report's queries lose or double a paper or a code link, the two disagree.
"""

from __future__ import annotations

import csv
import io
import os
import re
import subprocess
import sys
import unicodedata
from html import unescape
from collections import defaultdict
from pathlib import Path

import pytest

from medkg import pipeline, report_fetch, vocab
from medkg import store as store_module
from medkg.errors import QueryError
from medkg.extract import entry_record, extract_file
from medkg.report import (CSV_COLUMNS, Coverage, PaperRow, PapersWithCodeReport, Row, SharedRepo, TodoItem,
                          build_report, md_link, md_text, render, repo_label, safe_url)
from medkg.report_html import link, to_html
from medkg.resources import bundled_lists_dir
from medkg.store import EmbeddedStore, open_store

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def store(seed_store_path):
    st = open_store(seed_store_path, read_only=True)
    yield st
    st.close()


@pytest.fixture(scope="module")
def report(store) -> PapersWithCodeReport:
    return build_report(store)


# ----------------------------------------------------------------------------- the independent count
def _norm_title(title: str) -> str:
    title = unicodedata.normalize("NFKC", title).casefold()
    return " ".join(re.sub(r"[\W_]+", " ", title).split())


def independent_count() -> dict:
    """Paper counts straight from ``medkg extract`` records, without the graph.

    A paper is an extracted entry of kind ``paper``. Entries are the same paper when they
    share an identifier (DOI, arXiv, PMID, PMCID), the same first link (when that link is the
    paper itself) or the same title after Unicode/case/punctuation folding — the title only
    when it is long enough (>= 24 characters and 4 words) not to join distinct papers that
    happen to have a short generic name. Official code: some entry of the paper has a link of
    role ``code`` with an http(s) URL; related code only: links of role ``related_code`` and no
    ``code``. Per list only that list's entries count (what the list says); the total joins
    entries across all lists.

    Returns {"total": (papers, official, related_only), "lists": {list: (...)},
    "topics": {(list, heading path): (...)}}.
    """
    parent: dict[str, str] = {}

    def find(k: str) -> str:
        while parent.setdefault(k, k) != k:
            k = parent[k]
        return k

    entries = []
    for path in sorted(bundled_lists_dir().glob("*.md")):
        x = extract_file(path)
        for e in x.entries:
            if e.kind != "paper":
                continue
            r = entry_record(e)
            keys = [f"{k}:{v.lower()}" for k, v in r["identifiers"].items() if v]
            if r["links"] and r["links"][0]["role"] in ("paper", "other"):
                keys.append("url:" + r["links"][0]["url"].rstrip("/").lower())
            title = _norm_title(r["title"])
            if len(title) >= 24 and len(title.split()) >= 4:
                keys.append("title:" + title)
            keys = keys or [f"entry:{x.source.name}:{r['line']}"]
            for k in keys[1:]:
                parent[find(k)] = find(keys[0])
            find(keys[0])
            code = {("official" if link["role"] == "code" else "related") for link in r["links"]
                    if link["role"] in ("code", "related_code") and link["url"].startswith(("http://", "https://"))}
            heading = " › ".join(" ".join(t.split()) for t in r["topic"]) or "(no heading)"
            entries.append((x.source.name, heading, keys[0], code))

    def tally(groups: dict[str, set[str]]) -> tuple[int, int, int]:
        official = sum("official" in s for s in groups.values())
        related = sum("related" in s and "official" not in s for s in groups.values())
        return len(groups), official, related

    total: dict[str, set[str]] = defaultdict(set)
    per_list: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for lst, _, key, code in entries:
        total[find(key)] |= code
        per_list[lst][find(key)] |= code
    per_topic: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(dict)
    for lst, heading, key, _ in entries:  # a paper's status in a list holds under each of its headings
        per_topic[(lst, heading)][find(key)] = per_list[lst][find(key)]
    return {"total": tally(total), "lists": {k: tally(v) for k, v in per_list.items()},
            "topics": {k: tally(v) for k, v in per_topic.items()}}


def _triple(c: Coverage) -> tuple[int, int, int]:
    return c.papers, c.official, c.related_only


@pytest.fixture(scope="module")
def independent(seed_store_path) -> dict:  # after the build: both see the same code
    return independent_count()


def test_total_equals_the_independent_count(report, independent):
    assert _triple(report.total) == independent["total"]
    assert report.total.papers == len(report.papers)


def test_per_list_numbers_equal_the_independent_count(report, independent):
    assert {r.list_name: _triple(r.coverage) for r in report.by_list} == independent["lists"]


def test_per_heading_numbers_equal_the_independent_count(report, independent):
    assert {(r.list_name, r.label): _triple(r.coverage) for r in report.by_topic} == independent["topics"]


def test_numbers_hang_together(report):
    t = report.total
    assert t.official + t.related_only + t.without == t.papers
    assert sum(r.coverage.papers for r in report.by_list) >= t.papers  # papers in several lists
    for rows in (report.by_topic, report.by_top_topic):
        for lst in {r.list_name for r in rows}:
            listed = next(r.coverage.papers for r in report.by_list if r.list_name == lst)
            assert sum(r.coverage.papers for r in rows if r.list_name == lst) >= listed
    statuses = [p.status for p in report.papers]
    assert statuses.count("official") == t.official and statuses.count("related") == t.related_only


# ----------------------------------------------------------------------------- known pairs
KNOWN = [
    ("Task-oriented Dialogue System for Automatic Diagnosis", "https://github.com/liuql2/medicalchatbot", "official"),
    ("KNOWLEDGE-POWERED CONVERSATIONAL AGENTS", "https://github.com/getstoryline/awesome-bots", "related"),
    ("A comparison of automatic cell identification methods for single-cell RNA sequencing data",
     "https://github.com/tabdelaal/scrnaseq_benchmark", "official"),
]


@pytest.mark.parametrize("title,repo,status", KNOWN)
def test_known_pairs(report, title, repo, status):
    [paper] = [p for p in report.papers if p.title.casefold() == title.casefold()]
    assert paper.status == status
    assert repo in (paper.code_official if status == "official" else paper.code_related)
    if status == "related":
        assert paper.code_official == ()


def test_csv_has_one_row_per_paper_with_the_required_columns(report):
    rows = list(csv.DictReader(io.StringIO(render(report, "csv"))))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert len(rows) == report.total.papers == len({r["paper"] for r in rows})
    by_title = {r["title"]: r for r in rows}
    cell = by_title["A comparison of automatic cell identification methods for single-cell RNA sequencing data"]
    assert cell["doi"] == "10.1186/s13059-019-1795-z" and cell["code_status"] == "official"
    assert cell["code_official"] == "https://github.com/tabdelaal/scrnaseq_benchmark"
    assert cell["lists"] == "awesome-medical-machine-learning"
    bots = by_title["KNOWLEDGE-POWERED CONVERSATIONAL AGENTS"]
    assert "https://github.com/getstoryline/awesome-bots" in bots["code_related"].split()


def test_shared_repositories(report):
    shared = {s.repo: s for s in report.shared_repos}
    assert len(shared["https://github.com/rsummers11/cadlab"].papers) == 3
    assert all(len(s.papers) >= 2 for s in report.shared_repos)


def test_todo_lists_exactly_the_papers_without_code_in_each_list(report):
    todo = defaultdict(set)
    for item in report.todo:
        todo[item.list_name].add(item.paper)
    for row in report.by_list:
        assert len(todo[row.list_name]) == row.coverage.without
    lines = (bundled_lists_dir() / "awesome-medical-research.md").read_text(encoding="utf-8").splitlines()
    for item in (i for i in report.todo if i.list_name == "awesome-medical-research"):
        assert item.title.split()[0] in lines[item.lines[0] - 1]  # the line to edit holds the entry


def test_cited_only_papers_are_counted_apart(report, store):
    all_papers = int(next(iter(store.query(
        "SELECT (COUNT(DISTINCT ?w) AS ?n) WHERE { ?w a <https://w3id.org/medkg/ontology#Paper> }")))["n"].value)
    assert report.total.papers + report.cited_only == all_papers


# ----------------------------------------------------------------------------- reading the store
class _IteratedOnly:
    """A store whose answers can only be iterated (no ``serialize``), one request at a time."""

    raw = None

    def __init__(self, store):
        self._store = store

    def query(self, sparql, **kwargs):
        result = self._store.query(sparql, **kwargs)
        variables = result.variables
        rows = [tuple(sol[i] for i in range(len(variables))) for sol in result]

        class Answer:
            def __init__(self):
                self.variables = variables

            def __iter__(self):
                return iter(rows)

        return Answer()


def test_report_from_answers_that_can_only_be_iterated(store, report):
    assert build_report(_IteratedOnly(store)) == report


# ----------------------------------------------------------------------------- the build's report digests
_DIGESTS = f"SELECT ?g ?d WHERE {{ GRAPH ?meta {{ ?g <{vocab.reportDigest}> ?d }} }}"


def _digested_graphs(store) -> set[str]:
    return {row["g"].value for row in store.query(_DIGESTS)}


def _list_graphs(store) -> set[str]:
    return {row["g"].value for row in store.query(
        f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?l a <{vocab.AwesomeList}> }} }}")}


@pytest.mark.parametrize("kwargs", [{}, {"list_name": "awesome-medical-research"}, {"topic": "genomics"}])
def test_the_builds_report_digests_give_the_report_the_graphs_give(store, kwargs):
    """The build writes each list's answers to the report's per-graph queries down (rdf.report_digest);
    read from there, the report is the one asked of the graphs themselves."""
    assert _digested_graphs(store) == _list_graphs(store) and len(_list_graphs(store)) == 5
    lists = [[row["g"].value, "", ""] for row in store.query(
        f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?l a <{vocab.AwesomeList}> }} }}")]
    assert report_fetch._digests(lists, iter([[r["g"].value, r["d"].value] for r in store.query(_DIGESTS)]))
    fast = build_report(store, **kwargs)
    slow = build_report(store, use_digests=False, **kwargs)
    assert fast == slow and fast.papers and any(p.code_official for p in fast.papers)
    assert render(fast, "md") == render(slow, "md")


def test_missing_or_foreign_digests_are_not_read_and_the_next_build_writes_them(tmp_path):
    """A list graph without a current digest (an older store, a killed build) and the report asks the
    graphs; the next build writes the digests back without rewriting an unchanged graph."""
    path = tmp_path / "store"
    pipeline.build(lists=[ROOT / "data" / "lists"], store=path, enrich=False)
    st = open_store(path)
    try:
        expected = build_report(st, use_digests=False)
        graphs = sorted(_list_graphs(st))
        store_module.meta_forget_digest(st, vocab.DEFAULT_BASE, graphs[0])
        assert _digested_graphs(st) == set(graphs[1:])
        assert build_report(st) == expected
        meta = vocab.meta_graph(vocab.DEFAULT_BASE)
        st.update(f'INSERT DATA {{ GRAPH <{meta}> {{ <{graphs[0]}> <{vocab.reportDigest}> '
                  f'"{{\\"format\\":99,\\"mentions\\":[],\\"code\\":[]}}" }} }}')
        assert _digested_graphs(st) == set(graphs)
        assert build_report(st) == expected  # a digest of another format is not read
    finally:
        st.close()
    again = pipeline.build(lists=[ROOT / "data" / "lists"], store=path, enrich=False)
    assert not any(r.written for r in again.lists)
    st = open_store(path, read_only=True)
    try:
        rows = {row["g"].value: row["d"].value for row in st.query(_DIGESTS)}
        assert rows.keys() == set(graphs) and all(d.startswith(f'{{"format":{vocab.REPORT_DIGEST_FORMAT},') for d in rows.values())
        assert build_report(st) == expected
    finally:
        st.close()


def test_a_heading_with_thousands_of_papers(tmp_path):
    """One heading's mentions come as one text longer than the csv module's default field limit
    (128 KiB), as does the list's digest: both are read whole."""
    lines = ["# Big list", "", "## Everything", ""]
    lines += [f"- [Paper number {i} on a common theme](https://arxiv.org/abs/2401.{i:05d})" for i in range(3000)]
    (tmp_path / "big.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    pipeline.build(lists=[tmp_path / "big.md"], store=tmp_path / "store", enrich=False)
    st = open_store(tmp_path / "store", read_only=True)
    try:
        digest = next(iter(st.query(_DIGESTS)))["d"].value
        assert len(digest) > 131072
        fast, slow = build_report(st), build_report(st, use_digests=False)
    finally:
        st.close()
    assert fast == slow and fast.total.papers == 3000 and len(fast.todo) == 3000


def test_rows_through_csv_are_the_values_of_the_terms():
    """The CSV the report reads its rows from gives exactly each term's ``.value`` ("" unbound)."""
    import pyoxigraph as ox

    from medkg.report_fetch import _rows

    mem = ox.Store()
    texts = ['plain', 'a,b', 'q"uote', 'new\nline', 'cr\rret', 'crlf\r\nx', '\u2028ls', '\x85nel', '\x1b[2J', ' pad ',
             '', 'tab\tx', '"', '\x1c\x1d\x1e']
    g = ox.NamedNode("https://example.org/g")
    for i, text in enumerate(texts):
        mem.add(ox.Quad(ox.NamedNode(f"https://example.org/w{i}"), ox.NamedNode("https://example.org/p"),
                        ox.Literal(text), g))

    class Mem:
        raw = mem

        def query(self, sparql):
            return mem.query(sparql, use_default_graph_as_union=True)

    sparql = "SELECT ?w ?t ?none WHERE { ?w <https://example.org/p> ?t OPTIONAL { ?w <https://example.org/q> ?none } }"
    expected = [[t.value if t is not None else "" for t in sol]
                for sol in mem.query(sparql, use_default_graph_as_union=True)]
    assert list(_rows(Mem(), "test", sparql)) == expected
    assert sorted(row[1] for row in expected) == sorted(texts)


def test_venues_are_numbered_in_the_query_unless_an_iri_cannot_be_written():
    from medkg.report_fetch import _venue_clause

    clause, names = _venue_clause(iter([["https://example.org/v/b", "Nature  Genetics"],
                                        ["https://example.org/v/a", "Zeta"], ["https://example.org/v/a", "Alpha"],
                                        ["https://example.org/v/c", "  "]]))
    assert clause.startswith("VALUES (?x ?venue) { (<https://example.org/v/a> 0) (<https://example.org/v/b> 1) }")
    assert names == {"0": "Alpha", "1": "Nature Genetics"}  # the smallest name, white space squeezed; none: left out
    clause, names = _venue_clause(iter([["https://example.org/v/a", "Alpha"], ["_:b0", "Blank"]]))
    assert clause == "?w schema:isPartOf ?venue"
    assert names == {"https://example.org/v/a": "Alpha", "_:b0": "Blank"}


def test_a_paper_without_facts_keeps_its_row_in_order():
    """A work mentioned as a paper but not typed as one has no facts: its row still comes, by status."""
    from medkg.report import _Code, _facts, _paper_parts, _paper_rows

    facts, _ = _facts({}, iter([["https://example.org/w1", "A title", "2020", "", "10.1/x", ""]]))
    code = _Code([["https://example.org/g", "https://example.org/w2", "1", "https://example.org/r",
                   "https://github.com/o/n"]], iter(()), {"https://example.org/g": "l"})
    rows = _paper_rows({"https://example.org/w1", "https://example.org/w2"}, facts, _paper_parts(facts), code,
                       {"https://example.org/w1": [("l", 1)], "https://example.org/w2": [("l", 2)]})
    assert [r.paper for r in rows] == ["https://example.org/w2", "https://example.org/w1"]  # official code first
    assert rows[0].title == "" and rows[0].code_official == ("https://github.com/o/n",) and rows[0].status == "official"
    assert rows[1].link == "https://doi.org/10.1/x" and rows[1].status == "none"


def _tiny_store(extra: str) -> "EmbeddedStore":
    """One list, one paper with code links (Turtle ``extra`` in the list's graph), in memory."""

    st = EmbeddedStore(None)
    st.raw.load(f"""
@prefix mkg: <https://w3id.org/medkg/ontology#> . @prefix schema: <http://schema.org/> .
@prefix dcterms: <http://purl.org/dc/terms/> . @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix ex: <https://example.org/> .
ex:g {{
  ex:list a mkg:AwesomeList ; schema:name "tiny" .
  ex:m1 a mkg:Mention ; mkg:entryKind "paper" ; schema:item ex:w1 ; mkg:line 7 ; mkg:inList ex:list ;
        dcterms:subject ex:t1 .
  ex:t1 skos:prefLabel "Heading" .
  ex:w1 a mkg:Paper ; dcterms:title "A tiny paper" .
  {extra}
}}""".encode(), format=ox_format("trig"))
    return st


def ox_format(name: str):
    import pyoxigraph as ox

    return {"trig": ox.RdfFormat.TRIG}[name]


def test_repository_urls_canonical_else_the_smallest_a_list_gives_else_the_iri():
    st = _tiny_store("""
  ex:w1 mkg:hasOfficialCode ex:r1, ex:r2, ex:r3 ; mkg:hasRelatedCode ex:r4 .
  ex:r1 schema:codeRepository <https://github.com/o/canonical> ; schema:url <https://example.org/ignored> .
  ex:r2 schema:url <https://example.org/z-written>, <https://example.org/a-written> .
  ex:r4 schema:codeRepository <https://github.com/o/b>, <https://github.com/o/a> .""")
    [paper] = build_report(st).papers
    assert paper.code_official == ("https://example.org/a-written", "https://example.org/r3",
                                   "https://github.com/o/canonical")
    assert paper.code_related == ("https://github.com/o/a",)
    assert build_report(_IteratedOnly(st)).papers == (paper,)
    # a repository that cannot be named in a query (a blank node): all written URLs are asked for
    st = _tiny_store("ex:w1 mkg:hasOfficialCode [ schema:url <https://example.org/b>, <https://example.org/a> ] .")
    [paper] = build_report(st).papers
    assert paper.code_official == ("https://example.org/a",)
    assert build_report(_IteratedOnly(st)).papers == (paper,)


def test_the_collector_is_left_as_it_was(store):
    import gc

    was = gc.isenabled()
    try:
        gc.enable()
        build_report(store)
        assert gc.isenabled() and gc.get_freeze_count() == 0
        gc.disable()
        build_report(store)
        assert not gc.isenabled()
    finally:
        (gc.enable if was else gc.disable)()


# ----------------------------------------------------------------------------- filters
def test_list_filter(store, independent):
    rep = build_report(store, list_name="awesome-medical-research")
    assert [r.list_name for r in rep.by_list] == ["awesome-medical-research"]
    assert _triple(rep.total) == independent["lists"]["awesome-medical-research"]
    assert {i.list_name for i in rep.todo} <= {"awesome-medical-research"}
    assert build_report(store, list_name="awesome-medical-research.md").total == rep.total


def test_topic_filter_includes_subheadings(store, independent):
    rep = build_report(store, topic="genomics")
    expected = [v for (lst, heading), v in independent["topics"].items() if "genomics" in heading.casefold()]
    assert rep.total.papers == sum(v[0] for v in expected)  # the headings of one list: no paper twice
    assert {r.list_name for r in rep.by_list} == {"awesome-medical-machine-learning"}
    assert all("genomics" in r.label.casefold() for r in rep.by_topic)


@pytest.mark.parametrize("kwargs,message", [
    ({"list_name": "no-such-list"}, "no list named"),
    ({"topic": "no heading has this text"}, "no paper sits under a heading"),
])
def test_filter_errors(store, kwargs, message):
    with pytest.raises(QueryError, match=message):
        build_report(store, **kwargs)


# ----------------------------------------------------------------------------- formats and safety
def test_markdown_is_a_github_document(report):
    md = render(report, "md")
    assert md.startswith("# Papers with code\n")
    for heading in ("## Coverage by list", "## Coverage by heading", "## Papers",
                    "## Repositories linked by several papers", "## Curator's to-do"):
        assert f"\n{heading}" in md
    table = [line for line in md.splitlines() if line.startswith("| awesome-medical-research |")][0]
    assert table.count("|") == 7  # list + 5 numbers: no stray pipes
    assert "[tabdelaal/scrnaseq\\_benchmark](https://github.com/tabdelaal/scrnaseq_benchmark)" in md
    assert "- [ ] line " in md


def test_html_is_self_contained(report):
    html = render(report, "html")
    assert html.startswith("<!DOCTYPE html>")
    assert not re.search(r"<(script|link|img|iframe)[^>]+(src|href)=\"(?!data:)", html)
    assert "@import" not in html and "url(" not in html
    assert html.count("<script>") == 1 and html.count("<svg") == 2
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', html)
    assert csp and unescape(csp.group(1)).startswith("default-src 'none'; style-src 'sha256-")
    assert 'class="sortable"' in html


HOSTILE = '<script>alert("x")</script> | **bold** [a](javascript:alert(1)) & `tick` ![i](http://x/i.png)'


def _hostile_report() -> PapersWithCodeReport:
    cov = Coverage(2, 1, 0)
    paper = PaperRow("https://w3id.org/medkg/id/paper/url/x", HOSTILE, "2020", HOSTILE, ("10.1/x",), (),
                     "javascript:alert(2)", ("https://github.com/o/n",), ("javascript:alert(3)",), ("list<1>",),
                     (("list<1>", 3),))
    plain = PaperRow("https://w3id.org/medkg/id/paper/url/y", "Plain", "", "", (), (), "data:text/html,<b>x</b>",
                     (), (), ("list<1>",), (("list<1>", 4),))
    return PapersWithCodeReport(("list<1>",), "list<1>", HOSTILE, cov, (Row("list<1>", "list<1>", HOSTILE, cov),),
                                (Row("t", "list<1>", HOSTILE, cov, depth=1),), (Row("t", "list<1>", HOSTILE, cov),),
                                (paper, plain), (SharedRepo("https://github.com/o/n", (
                                    (paper.paper, HOSTILE, "official"), (plain.paper, "Plain", "related"))),),
                                (TodoItem("list<1>", HOSTILE, (4,), HOSTILE, plain.paper, ("javascript:alert(4)",)),))


def test_html_escapes_every_list_text_and_links_only_http():
    html = to_html(_hostile_report())
    assert "<script>alert" not in html and "alert(\"x\")" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert "list&lt;1&gt;" in html and "list<1>" not in html
    hrefs = re.findall(r'href="([^"]*)"', html)
    assert hrefs and all(h.startswith(("https://", "http://")) or h == "data:," for h in hrefs)
    assert "javascript:alert(2)" not in html  # the paper's unsafe link is dropped, its title kept as text
    assert "javascript:alert(3)" in html and 'href="javascript' not in html  # shown as text, not linked


def test_markdown_escapes_every_list_text_and_links_only_http():
    md = render(_hostile_report(), "md")
    assert "<script>" not in md and "\\<script\\>" in md
    assert not re.search(r"(?<!\\)\]\((javascript|data):", md)
    assert "\\*\\*bold\\*\\*" in md and "\\!\\[i\\]" in md
    for line in md.splitlines():
        if line.startswith("| ") and HOSTILE[:8] not in line:
            continue
        if line.startswith("| "):
            assert len(re.findall(r"(?<!\\)\|", line)) == line.count(" | ") + 2  # escaped pipes only


HOSTILE_LIST = """# Hostile list

## <script>alert("heading")</script> Heading | with pipe

* <img src=x onerror=alert(1)> Deep learning for <b>bold</b> diagnosis of everything [`paper`](https://example.org/paper1) [`code`](https://github.com/evil/repo)
* A study with a javascript paper link for testing [`paper`](javascript:alert(document.cookie)) [`code`](https://github.com/good/repo)
* A paper about data URLs and their escapes in lists [`paper`](data:text/html,<script>alert(1)</script>)
* "Quoted" title & ampersand | pipe <script>alert(5)</script> [`paper`](https://example.org/p3)
* Comparing p<0.05 and the `<script>alert(6)</script>` code span results [`paper`](https://example.org/p4)
"""


def test_hostile_list_end_to_end(tmp_path):
    """A list written to attack the report: through parse, graph and report, nothing runs or links."""
    lst = tmp_path / "hostile.md"
    lst.write_text(HOSTILE_LIST, encoding="utf-8")
    pipeline.build(lists=[lst], store=tmp_path / "store", enrich=False)
    st = open_store(tmp_path / "store", read_only=True)
    try:
        rep = build_report(st)
    finally:
        st.close()
    assert rep.total.papers >= 4
    html, md = render(rep, "html"), render(rep, "md")
    assert "&lt;script&gt;alert(6)" in html and "\\<script\\>alert(6)" in md  # list text that looks like HTML
    assert html.count("<script") == 1 and "<img" not in html and "<b>bold" not in html
    assert all(h.startswith(("https://", "http://")) or h == "data:,"
               for h in re.findall(r'(?i)href\s*=\s*"([^"]*)"', html))
    assert "javascript:alert(document.cookie)" not in re.findall(r'href="([^"]*)"', html)
    assert not re.search(r"(?<!\\)<(script|img|b)\b", md)
    assert not re.search(r"(?<!\\)\]\((javascript|data):", md)


@pytest.mark.parametrize("url,safe", [
    ("https://github.com/o/n", True),
    ("http://example.org/a?b=c#d", True),
    ("javascript:alert(1)", False),
    ("JaVaScRiPt:alert(1)", False),
    ("data:text/html,<script>", False),
    ("//evil.example/x", False),
    ("https://exa mple.org", False),
    ('https://example.org/"onmouseover="x', False),
    ("https://example.org/\nx", False),
    ("ftp://example.org/file", False),
    ("https://user@example.org:8080/x", True),
    ("http://:80/x", False),
    ("https:///path", False),
    ("", False),
])
def test_safe_url(url, safe):
    assert (safe_url(url) is not None) == safe
    assert ("<a " in link("t", url)) == safe
    assert ("](" in md_link("t", url)) == safe


@pytest.mark.parametrize("text,expected", [
    ("a|b", "a\\|b"),
    ("<b>x</b>", "\\<b\\>x\\</b\\>"),
    ("[x](y)", "\\[x\\](y)"),
    ("line\nbreak", "line break"),
    ("2.1 基因 Genomics", "2.1 基因 Genomics"),
])
def test_md_text(text, expected):
    assert md_text(text) == expected


def test_report_text_carries_no_terminal_escapes(tmp_path):
    lst = tmp_path / "terminal.md"
    lst.write_text("# t\n\n## Heading \x1b[2J clears\n\n* A paper title with \x1b]0;owned\x07 escapes inside it "
                   "[`paper`](https://example.org/p1)\n", encoding="utf-8")
    pipeline.build(lists=[lst], store=tmp_path / "store", enrich=False)
    st = open_store(tmp_path / "store", read_only=True)
    try:
        rep = build_report(st)
    finally:
        st.close()
    assert rep.papers and "escapes inside it" in rep.papers[0].title
    for fmt in ("md", "csv", "html"):
        assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", render(rep, fmt)), fmt


@pytest.mark.parametrize("url,label", [
    ("https://github.com/Owner/Name/tree/master/src", "Owner/Name"),
    ("https://gitlab.com/group/project", "group/project"),
    ("https://example.org/tool/", "example.org/tool"),
    ("not a url", "not a url"),
])
def test_repo_label(url, label):
    assert repo_label(url) == label


# ----------------------------------------------------------------------------- CLI
def test_cli_report_formats(seed_store_path, tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    for fmt in ("md", "html", "csv"):
        out = tmp_path / f"report.{fmt}"
        done = subprocess.run([sys.executable, "-m", "medkg.cli", "report", "papers-with-code", "--format", fmt,
                               "-o", str(out), "--store", str(seed_store_path)],
                              capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
        assert done.returncode == 0, done.stderr
        assert out.stat().st_size > 1000
    done = subprocess.run([sys.executable, "-m", "medkg.cli", "report", "papers-with-code", "--list", "nope",
                           "--store", str(seed_store_path)], capture_output=True, text=True, env=env, cwd=ROOT,
                          timeout=120)
    assert done.returncode == 1 and "no list named 'nope'" in done.stderr and "Traceback" not in done.stderr
