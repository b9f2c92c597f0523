"""The shipped SPARQL queries on the seed graph, parameter binding, errors, formats, the CLI.

The seed graph is built once per session from ``data/lists`` (no enrichment, no network).
Expected values come from the seed lists themselves (checked by hand) or from an
independent route through the graph (a plain count query written here).
"""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from medkg import query as Q, vocab
from medkg.errors import QueryError
from medkg.store import EmbeddedStore, open_store

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = Q.list_queries()
SHIPPED_NAMES = [q.name for q in SHIPPED]
REQUIRED = {  # the library the issue asks for
    "papers-with-code", "papers-without-code", "code-without-paper", "datasets-by-topic", "topic-tree",
    "works-in-several-lists", "papers-by-year", "top-venues", "repositories-shared-by-papers",
    "entries-with-diagnostics", "enrichment-coverage", "preprint-and-published",
}


@pytest.fixture(scope="module")
def seed(seed_store_path):
    st_ = open_store(seed_store_path, read_only=True)
    yield st_
    st_.close()


def rows_of(result: Q.QueryResult) -> list[dict[str, str]]:
    return [{v: Q.term_text(t) for v, t in zip(result.variables, row)} for row in result.rows]


def count(store, sparql: str) -> int:
    return int(next(iter(store.query(vocab.sparql_prefixes() + sparql)))["n"].value)


# ----------------------------------------------------------------------------- the library itself
def test_the_library_has_every_query_the_issue_names():
    assert REQUIRED <= set(SHIPPED_NAMES)


@pytest.mark.parametrize("q", SHIPPED, ids=SHIPPED_NAMES)
def test_header_is_complete_and_names_the_file(q: Q.NamedQuery):
    assert q.name == Path(q.source).stem
    assert len(q.description) > 30
    for p in q.params:
        assert p.optional, "shipped queries run without parameters"
        assert p.description
        assert f"?{p.name}" in q.text
        assert f"!BOUND(?{p.name})" in q.text or f"COALESCE(?{p.name}," in q.text  # the default when unset


@pytest.mark.parametrize("q", SHIPPED, ids=SHIPPED_NAMES)
def test_every_shipped_query_runs_on_the_seed_graph(seed, q: Q.NamedQuery):
    result = Q.run(seed, q, timeout=30)
    assert result.kind == "select"
    if q.name != "preprint-and-published":  # needs Crossref facts, which the seed build has not
        assert result.rows, f"{q.name} answered nothing on the seed graph"
    assert all(any(t is not None for t in row) for row in result.rows)


# ----------------------------------------------------------------------------- answers on the seeds
KNOWN_CODE = [  # (title, repository, "official" | "related only") — read off the seed lists
    ("Task-oriented Dialogue System for Automatic Diagnosis", "https://github.com/liuql2/medicalchatbot", "official"),
    ("KNOWLEDGE-POWERED CONVERSATIONAL AGENTS", "https://github.com/getstoryline/awesome-bots", "related only"),
    ("A comparison of automatic cell identification methods for single-cell RNA sequencing data",
     "https://github.com/tabdelaal/scrnaseq_benchmark", "official"),
]


@pytest.mark.parametrize("title,repo,kind", KNOWN_CODE)
def test_papers_with_code_known_pairs(seed, title, repo, kind):
    rows = [r for r in rows_of(Q.run(seed, "papers-with-code")) if r["title"].casefold() == title.casefold()]
    assert len(rows) == 1
    assert rows[0]["code"] == kind
    column = "official_code" if kind == "official" else "related_code"
    assert repo in rows[0][column].split()
    if kind == "related only":
        assert rows[0]["official_code"] == ""


def test_papers_with_and_without_code_partition_the_listed_papers(seed):
    with_code = {r["paper"] for r in rows_of(Q.run(seed, "papers-with-code"))}
    without = {r["paper"] for r in rows_of(Q.run(seed, "papers-without-code"))}
    listed = count(seed, 'SELECT (COUNT(DISTINCT ?w) AS ?n) WHERE { ?m mkg:entryKind "paper" ; schema:item ?w . '
                         "FILTER NOT EXISTS { ?m mkg:linkRole ?r } }")
    assert not with_code & without
    assert len(with_code) + len(without) == listed


def test_papers_without_code_gives_the_line_to_edit(seed):
    rows = rows_of(Q.run(seed, "papers-without-code", {"list": "deep-medicine"}))
    assert rows and {r["listName"] for r in rows} == {"deep-medicine"}
    lines = (ROOT / "data/lists/deep-medicine.md").read_text(encoding="utf-8").splitlines()
    for r in rows[:20]:  # the line named holds the start of the entry as written
        words = [w for w in r["label"].split() if len(w) > 4][:2]
        text = " ".join(lines[int(r["line"]) - 1:int(r["line"]) + 2])
        assert all(w in text for w in words), (r, text)


def test_topic_parameter_reaches_subheadings(seed):
    rows = rows_of(Q.run(seed, "papers-with-code", {"topic": "genomics"}))
    titles = {r["title"] for r in rows}
    # the scRNA-seq benchmark sits under "2.3 单细胞 Single-Cell", below "2. 基因 Genomics"
    assert any("comparison of automatic cell identification" in t for t in titles)
    assert not any("Task-oriented Dialogue" in t for t in titles)


def test_code_without_paper_excludes_papers_code(seed):
    repos = {r["repository"] for r in rows_of(Q.run(seed, "code-without-paper"))}
    assert "https://github.com/liuql2/medicalchatbot" not in repos
    assert "https://github.com/beamandrew/medical-data" in repos  # a list of datasets, named by three lists


def test_topic_tree_counts_include_subheadings(seed):
    rows = rows_of(Q.run(seed, "topic-tree", {"list": "awesome-medical-machine-learning"}))
    top = [r for r in rows if not r["tree"].startswith(" ")]
    mentions = count(seed, "SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m mkg:inList "
                           "<https://w3id.org/medkg/id/list/awesome-medical-machine-learning> ; dcterms:subject ?t . "
                           "FILTER NOT EXISTS { ?m mkg:linkRole ?r } }")
    assert sum(int(r["entries"]) for r in top) == mentions
    assert sum(int(r["entries_here"]) for r in rows) == mentions
    assert [r["tree"].strip().split()[0] for r in rows[:4]] == ["2.", "2.1", "2.1.1", "2.1.2"]  # document order


def test_works_in_several_lists_and_min_lists(seed):
    rows = rows_of(Q.run(seed, "works-in-several-lists"))
    assert rows and all(int(r["n_lists"]) >= 2 for r in rows)
    three = rows_of(Q.run(seed, "works-in-several-lists", {"min_lists": "3"}))
    assert three and all(int(r["n_lists"]) >= 3 for r in three)
    assert {r["work"] for r in three} < {r["work"] for r in rows}
    assert any(r["label"] == "A guide to deep learning in healthcare" for r in three)


def test_repositories_shared_by_papers(seed):
    rows = rows_of(Q.run(seed, "repositories-shared-by-papers"))
    cadlab = [r for r in rows if r["repository"] == "https://github.com/rsummers11/cadlab"]
    assert cadlab and int(cadlab[0]["papers"]) == 3  # DeepLesion, Deep Lesion Graphs, 3D context R-CNN


def test_diagnostics_filter_by_code(seed):
    rows = rows_of(Q.run(seed, "entries-with-diagnostics", {"code": "duplicate-entry"}))
    expected = count(seed, 'SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a mkg:Diagnostic ; mkg:code "duplicate-entry" }')
    assert len(rows) == expected > 0
    assert {r["diagnostic_code"] for r in rows} == {"duplicate-entry"}


def test_years_and_venues(seed):
    years = rows_of(Q.run(seed, "papers-by-year"))
    assert all(len(r["year"]) == 4 and r["year"].isdigit() for r in years)
    assert all(int(r["with_code"]) <= int(r["papers"]) for r in years)
    venues = rows_of(Q.run(seed, "top-venues"))
    counts = [int(r["papers"]) for r in venues]
    assert counts == sorted(counts, reverse=True)


def test_datasets_by_topic(seed):
    rows = rows_of(Q.run(seed, "datasets-by-topic", {"topic": "single-cell"}))
    assert any("CellMarker" in r["title"] for r in rows)
    assert all(r["listName"] == "awesome-medical-machine-learning" for r in rows)


# ----------------------------------------------------------------------------- Crossref-only queries
def _store_with_crossref(seed_store_path) -> EmbeddedStore:
    """The seed quads plus a hand-made Crossref graph (what ``enrich`` would add)."""
    mem = EmbeddedStore(None)
    src = open_store(seed_store_path, read_only=True)
    try:
        mem.raw.bulk_load(input=src.dump("nq"), format=ox.RdfFormat.N_QUADS)
    finally:
        src.close()
    pick = {r["t"].value: r["w"].value for r in src_rows(mem, (
        'SELECT ?w ?t WHERE { ?w a mkg:Paper ; dcterms:title ?t . '
        'FILTER(?t IN ("Universal Transformers", "A guide to deep learning in healthcare")) }'))}
    preprint, published = pick["Universal Transformers"], pick["A guide to deep learning in healthcare"]
    g = ox.NamedNode(vocab.crossref_graph(vocab.DEFAULT_BASE))
    N, L = ox.NamedNode, ox.Literal
    rec = N(published + "#crossref")
    doi = next(r["d"] for r in src_rows(mem, f"SELECT ?d WHERE {{ <{published}> schema:sameAs ?d . "
                                                 'FILTER(STRSTARTS(STR(?d), "https://doi.org/")) }'))
    mem.raw.extend([
        ox.Quad(rec, N(vocab.type_), N(vocab.CrossrefRecord), g),
        ox.Quad(rec, N(vocab.MKG + "enriches"), N(published), g),
        ox.Quad(rec, N(vocab.MKG + "matchMethod"), L("doi-lookup"), g),
        ox.Quad(rec, N(vocab.MKG + "matchScore"), L("1", datatype=N(vocab.XSD + "decimal")), g),
        ox.Quad(N(preprint), N(vocab.MKG + "isPreprintOf"), doi, g),
    ])
    return mem


def src_rows(store, sparql):
    return list(store.query(vocab.sparql_prefixes() + sparql))


def test_preprint_pairs_and_enrichment_coverage_read_the_crossref_graph(seed_store_path):
    mem = _store_with_crossref(seed_store_path)
    pairs = rows_of(Q.run(mem, "preprint-and-published"))
    assert [(r["preprint_title"], r["published_title"]) for r in pairs] == [
        ("Universal Transformers", "A guide to deep learning in healthcare")]
    assert pairs[0]["published_doi"] == "10.1038/s41591-018-0316-z"
    cov = {r["listName"]: r for r in rows_of(Q.run(mem, "enrichment-coverage"))}
    # "A guide to deep learning in healthcare" is an entry of three lists
    assert {k for k, r in cov.items() if r["enriched"] == "1"} == {"deep-medicine", "medical-nlp",
                                                                   "chinese-medical-nlp"}
    assert all(r["by_doi_lookup"] == r["enriched"] and r["by_bibliographic_match"] == "0" for r in cov.values())


def test_enrichment_coverage_is_zero_without_enrichment(seed):
    rows = rows_of(Q.run(seed, "enrichment-coverage"))
    assert {r["listName"] for r in rows} == {p.stem for p in (ROOT / "data/lists").glob("*.md")}
    assert all(r["enriched"] == "0" and int(r["papers"]) > 0 for r in rows)


# ----------------------------------------------------------------------------- parameters
ECHO = Q.NamedQuery("echo", "", (Q.QueryParam("x", optional=False),), "SELECT ?out WHERE { BIND(?x AS ?out) }",
                    "<test>")


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60))
def test_any_text_parameter_comes_back_unchanged(text):
    """Quotes, braces, backslashes, newlines, '#', 'SELECT', NUL: a value is always one literal."""
    store = EmbeddedStore(None)
    result = Q.run(store, ECHO, {"x": text})
    assert [Q.term_text(r[0]) for r in result.rows] == [text]


def test_injection_attempt_stays_a_literal_and_never_reaches_the_text_raw():
    hostile = '"} } ; DROP ALL ; SELECT * WHERE { ?s ?p ?o } #'
    sent: list[str] = []

    class Recorder:  # what a remote endpoint would receive
        def query(self, sparql, *, substitutions=None, timeout=None):
            sent.append(sparql)
            return EmbeddedStore(None).query(sparql)

    result = Q.run(Recorder(), ECHO, {"x": hostile})
    assert Q.term_text(result.rows[0][0]) == hostile
    literal = str(ox.Literal(hostile))
    assert literal == '"\\"} } ; DROP ALL ; SELECT * WHERE { ?s ?p ?o } #"'
    assert sent == [f"SELECT ?out WHERE {{ VALUES (?x) {{ ({literal}) }}  BIND(?x AS ?out) }}"]


@pytest.mark.parametrize("params,message", [
    ({"nope": "1"}, "has no parameter nope"),
    ({}, "needs --param x"),
])
def test_parameter_errors(params, message):
    with pytest.raises(QueryError, match=message):
        Q.bind(ECHO, params)


@pytest.mark.parametrize("value,type_", [("three", "integer"), ("1.2.3", "decimal"), ("not an iri", "iri"),
                                         ("javascript alert", "iri")])
def test_typed_parameters_are_validated(value, type_):
    with pytest.raises(QueryError):
        Q.to_term(value, type_)


def test_parameters_bind_inside_sub_selects_too():
    q = Q.resolve_query("SELECT ?v WHERE { { SELECT ?v WHERE { BIND(?x AS ?v) } } }")
    assert Q.term_text(Q.run(EmbeddedStore(None), q, {"x": "inner"}).rows[0][0]) == "inner"


def test_iri_parameter_for_ad_hoc_queries():
    q = Q.resolve_query("SELECT ?v WHERE { BIND(isIRI(?x) AS ?v) }")
    assert Q.term_text(Q.run(EmbeddedStore(None), q, {"x": "<https://example.org/a>"}).rows[0][0]) == "true"
    assert Q.term_text(Q.run(EmbeddedStore(None), q, {"x": "https://example.org/a"}).rows[0][0]) == "false"


def test_unused_parameter_is_an_error():
    with pytest.raises(QueryError, match="not used"):
        Q.run(EmbeddedStore(None), "SELECT * WHERE { ?s ?p ?o }", {"typo": "1"})


def test_parse_param_args():
    assert Q.parse_param_args(["a=1", "b=x=y", "c="]) == {"a": "1", "b": "x=y", "c": ""}
    for bad in (["novalue"], ["bad name=1"], ["a=1", "a=2"]):
        with pytest.raises(QueryError):
            Q.parse_param_args(bad)


@pytest.mark.parametrize("text,spots", [
    ("SELECT * WHERE { ?s ?p ?o }", 1),
    ("ASK { ?s ?p ?o }", 1),
    ("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", 1),
    ("SELECT * { { SELECT ?s { ?s ?p ?o } } FILTER EXISTS { ?s ?p ?o } }", 2),
    ('SELECT * WHERE { ?s ?p "{ WHERE {" . # { SELECT {\n }', 1),
    ("SELECT (EXISTS { ?a ?b ?c } AS ?e) WHERE { }", 1),
])
def test_values_go_into_every_where_group_and_nowhere_else(text, spots):
    assert len(Q._where_groups(list(Q._tokens(text)))) == spots


@pytest.mark.parametrize("text", [
    "CONSTRUCT WHERE { ?s <http://ex.org/p> ?o } # the last line is a comment",
    "CONSTRUCT FROM <http://ex.org/g> WHERE { ?s <http://ex.org/p> ?o }",
    "CONSTRUCT { ?s <http://ex.org/p> ?o } WHERE { ?s <http://ex.org/p> ?o }",
])
def test_construct_forms_bind_parameters(text):
    """The short ``CONSTRUCT WHERE`` form has no pattern group VALUES may enter: it gets the
    grammar's trailing ValuesClause, and the binding really restricts the answer."""
    store = EmbeddedStore(None)
    store.update('INSERT DATA { GRAPH <http://ex.org/g> { <http://ex.org/a> <http://ex.org/p> "keep" . '
                 '<http://ex.org/b> <http://ex.org/p> "drop" } }')
    result = Q.run(store, text, {"o": "keep"})
    assert result.kind == "graph"
    assert [str(row[0]) for row in result.rows] == ["<http://ex.org/a>"]


# ----------------------------------------------------------------------------- errors
def test_syntax_error_has_line_and_column():
    bad = "PREFIX ex: <http://example.org/>\nSELECT ?s WHERE {\n  ?s ex:p ?o .\n  FILTER(?o = }"
    with pytest.raises(QueryError, match=r"syntax error at line 4, column \d+"):
        Q.run(EmbeddedStore(None), bad)


@pytest.mark.parametrize("text", ['ASK { BIND("a" AS ?x) }', 'SELECT ?x WHERE { BIND("a" AS ?x) }'])
def test_query_binding_a_variable_the_query_assigns_is_a_query_error(text):
    """The VALUES block makes ``BIND(… AS ?x)`` assign a variable already in scope, which the grammar
    refuses: the user's text alone parses, so the error comes from re-checking it. An ASK query's
    re-check gave a QueryBoolean, which was iterated (mypy: list() of QueryBoolean): a TypeError."""
    with pytest.raises(QueryError, match=r"parameter 'x' cannot be bound: .* assigns \?x itself"):
        Q.run(EmbeddedStore(None), text, {"x": "b"})


def test_a_comparison_written_without_spaces_binds_its_variables():
    """``FILTER(?a<?b&&?a>0)``: SPARQL's IRI token also matches ``<?b&&?a>``; read so, the parameter ``b`` was
    "not used" and the query could not be run with it. A ``<`` after an operand is the comparison."""
    text = 'SELECT ?a WHERE { VALUES ?a { "a" "b" "c" } FILTER(?a<?b&&?a>"") } ORDER BY ?a'
    result = Q.run(EmbeddedStore(None), text, {"b": "c"})
    assert [row[0].value for row in result.rows] == ["a", "b"]
    iri = "SELECT ?s WHERE { VALUES ?s { <http://example.org/x?y=1> } ?s ?p ?o }"
    assert Q.run(EmbeddedStore(None), iri).rows == ()  # an IRI holding "?" after a variable is still an IRI


def test_the_lexer_reads_names_beyond_the_basic_plane():
    """SPARQL's names may start with any letter up to U+EFFFF (``?𐌰x``, ``ex:𐌰b``): a remote store that takes
    them gets them bound (Oxigraph's own parser does not take them, and says so as a syntax error)."""
    assert [t.value for t in Q._tokens("SELECT ?𐌰x WHERE { ?s ex:𐌰b ?𐌰x }")] == [
        "SELECT", "?𐌰x", "WHERE", "{", "?s", "ex:𐌰b", "?𐌰x", "}"]


def test_undefined_prefix_is_named():
    with pytest.raises(QueryError, match="undefined prefix foo:"):
        Q.run(EmbeddedStore(None), "SELECT * WHERE { ?s foo:bar ?o }")


def test_medkg_prefixes_need_no_declaration(seed):
    result = Q.run(seed, "SELECT (COUNT(*) AS ?n) WHERE { ?l a mkg:AwesomeList }")
    assert Q.term_text(result.rows[0][0]) == "5"


def test_timeout_is_an_error_not_an_empty_answer():
    store = EmbeddedStore(None)
    ex = "http://example.org/"
    store.raw.extend([ox.Quad(ox.NamedNode(f"{ex}{i}"), ox.NamedNode(ex + "p"), ox.Literal(str(i)), ox.DefaultGraph())
                      for i in range(2000)])
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?x . ?b ?p ?y . FILTER(STR(?x) != STR(?y)) }"
    with pytest.raises(QueryError, match="timed out"):
        Q.run(store, slow, timeout=0.05)


@pytest.mark.parametrize("spec,message", [
    ("papers-with-cod", "did you mean papers-with-code"),
    ("missing.rq", "no such query file"),
    ("", "empty query"),
])
def test_unknown_queries(spec, message):
    with pytest.raises(QueryError, match=message):
        Q.resolve_query(spec)


def test_query_file_with_header(tmp_path):
    f = tmp_path / "mine.rq"
    f.write_text("# name: mine\n# description: lists\n# param: n (optional, integer) — minimum\n"
                 "SELECT ?l WHERE { ?l a mkg:AwesomeList . FILTER(!BOUND(?n) || ?n < 10) }\n", encoding="utf-8")
    q = Q.resolve_query(str(f))
    assert (q.name, q.params[0].type) == ("mine", "integer")
    with pytest.raises(QueryError, match="not a valid integer"):
        Q.bind(q, {"n": "ten"})


# ----------------------------------------------------------------------------- formats
def test_formats_follow_the_sparql_results_specs(seed):
    result = Q.run(seed, 'SELECT ?x ?n WHERE { VALUES (?x ?n) { ("a,\\"b\\""@en 1) (<http://example.org/> UNDEF) } }')
    doc = json.loads(Q.serialize(result, "json"))
    assert doc["head"]["vars"] == ["x", "n"]
    assert doc["results"]["bindings"][0]["x"] == {"type": "literal", "value": 'a,"b"', "xml:lang": "en"}
    assert doc["results"]["bindings"][0]["n"]["datatype"] == vocab.XSD + "integer"
    assert doc["results"]["bindings"][1] == {"x": {"type": "uri", "value": "http://example.org/"}}
    assert list(csv.reader(io.StringIO(Q.serialize(result, "csv")))) == [["x", "n"], ['a,"b"', "1"],
                                                                           ["http://example.org/", ""]]
    tsv = Q.serialize(result, "tsv").splitlines()
    assert tsv[0] == "?x\t?n" and tsv[1].startswith('"a,\\"b\\""@en\t"1"^^<') and tsv[2] == "<http://example.org/>\t"
    ask = Q.run(seed, "ASK { ?s a mkg:Paper }")
    assert json.loads(Q.serialize(ask, "json")) == {"head": {}, "boolean": True}


# ----------------------------------------------------------------------------- CLI
def medkg(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.run([sys.executable, "-m", "medkg.cli", *args], capture_output=True, text=True, env=env,
                          cwd=ROOT, timeout=120)


def test_cli_query_list_shows_every_query():
    out = medkg("query", "--list")
    assert out.returncode == 0
    for name in SHIPPED_NAMES:
        assert name in out.stdout


def test_cli_query_csv_with_param(seed_store_path):
    out = medkg("query", "papers-with-code", "--param", "list=awesome-medical-research", "--format", "csv",
                "--store", str(seed_store_path))
    assert out.returncode == 0, out.stderr
    rows = list(csv.DictReader(io.StringIO(out.stdout)))
    assert rows and {r["lists"] for r in rows} == {"awesome-medical-research"}


def test_cli_errors_exit_1_with_one_line(seed_store_path):
    out = medkg("query", "SELECT * WHERE {\n ?s ?p }", "--store", str(seed_store_path))
    assert out.returncode == 1 and "line 2, column" in out.stderr and "Traceback" not in out.stderr
    out = medkg("query", "papers-with-code", "--param", "bogus=1", "--store", str(seed_store_path))
    assert out.returncode == 1 and "no parameter bogus" in out.stderr
