"""SHACL validation (``medkg.validate``): the seed build conforms, broken graphs do not.

The hand-made graph below is a small but complete build (a list, its topics, mentions, a paper
with code and a dataset, a DOI node, a diagnostic, a build record, a Crossref record): it must
conform, so every broken variant that fails is failing for the one thing we broke.
"""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from medkg import vocab
from medkg.store import EmbeddedStore
from medkg.validate import ValidationReport, format_report, validate, validate_nquads

LIST_GRAPH = "https://w3id.org/medkg/graph/list/tiny"
ID = "https://w3id.org/medkg/id/"

PREFIXES = vocab.sparql_prefixes() + f"PREFIX id: <{ID}>\n"

# IRIs written out in full: Turtle prefixed names cannot hold the slashes of our IRIs.
VALID = """
<{id}list/tiny> a mkg:AwesomeList ; schema:name "tiny" ; dcterms:title "Tiny awesome list" ;
    mkg:sha256 "{sha}" ; schema:numberOfItems 3 ; dcterms:source "data/lists/tiny.md" ;
    mkg:hasDiagnostic <{id}diagnostic/tiny/1/1000> .
<{id}scheme/tiny> a skos:ConceptScheme ; dcterms:title "Tiny awesome list" .
<{id}topic/tiny/a> a skos:Concept ; skos:inScheme <{id}scheme/tiny> ; skos:topConceptOf <{id}scheme/tiny> ;
    skos:prefLabel "2 基因 Genes" , "基因"@zh , "Genes"@en ; skos:notation "2" .
<{id}topic/tiny/b> a skos:Concept ; skos:inScheme <{id}scheme/tiny> ; skos:broader <{id}topic/tiny/a> ;
    skos:prefLabel "Single-cell" .
<{id}mention/tiny/5> a mkg:Mention ; schema:item <{id}paper/doi/10.1000/xyz> ; mkg:inList <{id}list/tiny> ;
    mkg:line 5 ; mkg:endLine 6 ; mkg:entryKind "paper" ; rdfs:label "Deep learning for genomics" ;
    dcterms:subject <{id}topic/tiny/b> ; mkg:hasDiagnostic <{id}diagnostic/tiny/5/0> .
<{id}mention/tiny/5/r0> a mkg:Mention ; schema:item <{id}repository/github.com/alice/dl> ;
    mkg:inList <{id}list/tiny> ; mkg:line 6 ; mkg:entryKind "repository" ; mkg:linkRole "official_code" ;
    dcterms:subject <{id}topic/tiny/b> .
<{id}mention/tiny/9> a mkg:Mention ; schema:item <{id}dataset/url/example.org/cells> ; mkg:inList <{id}list/tiny> ;
    mkg:line 9 ; mkg:endLine 9 ; mkg:entryKind "dataset" .
<{id}mention/tiny/12> a mkg:Mention ; schema:item <{id}model/url/example.org/bert> ; mkg:inList <{id}list/tiny> ;
    mkg:line 12 ; mkg:entryKind "model" .
<{id}paper/doi/10.1000/xyz> a mkg:Paper ; dcterms:title "Deep learning for genomics" ;
    prism:doi "10.1000/xyz" ; mkg:arxivId "1909.06146" ; fabio:hasPubMedId "30617335" ;
    fabio:hasPubMedCentralId "PMC6558659" ; schema:sameAs <https://doi.org/10.1000/xyz> ;
    schema:url <https://example.org/paper> ; dcterms:issued "2019"^^xsd:gYear ; mkg:authorName "A. Alice" ;
    schema:isPartOf <{id}venue/nm> ; mkg:hasOfficialCode <{id}repository/github.com/alice/dl> ;
    mkg:usesDataset <{id}dataset/url/example.org/cells> .
<https://doi.org/10.1000/xyz> a mkg:DOI ; rdf:value "10.1000/xyz" .
<{id}venue/nm> a schema:Periodical ; schema:name "Nature Medicine" .
<{id}repository/github.com/alice/dl> a mkg:Repository ; schema:codeRepository <https://github.com/alice/dl> ;
    schema:name "dl" .
<{id}dataset/url/example.org/cells> a mkg:Dataset ; dcterms:title "Cells" ; schema:url <https://example.org/cells> ;
    mkg:describedIn <{id}paper/doi/10.1000/xyz> .
<{id}model/url/example.org/bert> a mkg:Model ; dcterms:title "MedBERT"@en ; schema:url <https://example.org/bert> .
<{id}diagnostic/tiny/5/0> a mkg:Diagnostic ; mkg:code "empty-link" ; rdfs:comment "an empty link" ;
    mkg:line 5 ; mkg:severity "warning" ; mkg:inList <{id}list/tiny> .
<{id}diagnostic/tiny/1/1000> a mkg:Diagnostic ; mkg:code "mojibake-repaired" ; rdfs:comment "repaired" ;
    mkg:line 1 ; mkg:severity "info" ; mkg:inList <{id}list/tiny> .
"""

OTHER_GRAPHS = """
GRAPH <https://w3id.org/medkg/graph/meta> {{
  <{g}> mkg:contentSha256 "{sha}" ; mkg:medkgVersion "0.1.0" ; mkg:sourcePath "/x/tiny.md" ; mkg:sha256 "{sha}" .
}}
GRAPH <https://w3id.org/medkg/graph/crossref> {{
  <{id}paper/doi/10.1000/xyz#crossref> a mkg:CrossrefRecord ; mkg:enriches <{id}paper/doi/10.1000/xyz> ;
      prov:wasDerivedFrom <https://api.crossref.org/works/10.1000/xyz> ;
      prov:generatedAtTime "2025-01-02T03:04:05Z"^^xsd:dateTime ; mkg:matchMethod "doi-lookup" ;
      mkg:matchScore 1.0 ; mkg:titleSimilarity 0.97 .
  <{id}paper/doi/10.1000/xyz> dcterms:title "Deep learning: new computational modelling techniques for genomics" ;
      dcterms:issued "2019-05-01"^^xsd:date ; mkg:citationCount 120 ; mkg:crossrefType "journal-article" ;
      schema:author <https://orcid.org/0000-0002-1825-0097> ; mkg:hasPreprint <https://doi.org/10.1101/123456> .
  <https://orcid.org/0000-0002-1825-0097> a schema:Person ; schema:name "Josiah Carberry" .
}}
"""

SHA = "ab" * 32
M5 = f"<{ID}mention/tiny/5>"
PAPER = f"<{ID}paper/doi/10.1000/xyz>"
REPO = f"<{ID}repository/github.com/alice/dl>"
DATASET = f"<{ID}dataset/url/example.org/cells>"
MODEL = f"<{ID}model/url/example.org/bert>"
LIST = f"<{ID}list/tiny>"
TOPIC_A = f"<{ID}topic/tiny/a>"
TOPIC_B = f"<{ID}topic/tiny/b>"
DIAG = f"<{ID}diagnostic/tiny/5/0>"
DOI_NODE = "<https://doi.org/10.1000/xyz>"
RECORD = f"<{ID}paper/doi/10.1000/xyz#crossref>"


def _tiny_store() -> EmbeddedStore:
    st = EmbeddedStore(None)
    body = VALID.format(id=ID, sha=SHA)
    st.update(PREFIXES + f"INSERT DATA {{ GRAPH <{LIST_GRAPH}> {{ {body} }} "
              + OTHER_GRAPHS.format(id=ID, sha=SHA, g=LIST_GRAPH) + " }")
    return st


def _change(st: EmbeddedStore, delete: str = "", insert: str = "", graph: str = LIST_GRAPH) -> None:
    if delete:
        st.update(PREFIXES + f"DELETE DATA {{ GRAPH <{graph}> {{ {delete} }} }}")
    if insert:
        st.update(PREFIXES + f"INSERT DATA {{ GRAPH <{graph}> {{ {insert} }} }}")


def _names(report: ValidationReport, severity: str = "Violation") -> set[tuple[str, str | None]]:
    return {(v.focus, v.path) for v in report.violations if v.severity == severity}


def test_the_hand_made_graph_conforms():
    report = validate(_tiny_store())
    assert report.conforms, format_report(report)
    assert report.violations == ()
    assert report.counts == {"Violation": 0, "Warning": 0, "Info": 0}
    assert LIST_GRAPH in report.graphs and "https://w3id.org/medkg/graph/crossref" in report.graphs


# (case, delete, insert, focus, path): each breaks one rule of shapes.ttl
BROKEN = [
    ("mention without an item", f"{M5} schema:item {PAPER} .", "", M5, "schema:item"),
    ("mention with two items", "", f"{M5} schema:item {REPO} .", M5, "schema:item"),
    ("item that is not a work", "", f"<{ID}mention/tiny/9> schema:item <https://example.org/x> .",
     f"<{ID}mention/tiny/9>", "schema:item"),
    ("mention without a list", f"{M5} mkg:inList {LIST} .", "", M5, "mkg:inList"),
    ("mention line 0", f"{M5} mkg:line 5 .", f"{M5} mkg:line 0 .", M5, "mkg:line"),
    ("mention line as a string", f"{M5} mkg:line 5 .", f'{M5} mkg:line "5" .', M5, "mkg:line"),
    ("mention ending before it starts", f"{M5} mkg:endLine 6 .", f"{M5} mkg:endLine 4 .", M5, "mkg:line"),
    ("mention with two topics", "", f"{M5} dcterms:subject {TOPIC_A} .", M5, "dcterms:subject"),
    ("mention with an unknown entry kind", f'{M5} mkg:entryKind "paper" .', f'{M5} mkg:entryKind "article" .',
     M5, "mkg:entryKind"),
    ("upper-case DOI", f'{PAPER} prism:doi "10.1000/xyz" .', f'{PAPER} prism:doi "10.1000/XYZ" .', PAPER, "prism:doi"),
    ("DOI with a resolver prefix", f'{PAPER} prism:doi "10.1000/xyz" .',
     f'{PAPER} prism:doi "https://doi.org/10.1000/xyz" .', PAPER, "prism:doi"),
    ("arXiv id with a version", f'{PAPER} mkg:arxivId "1909.06146" .', f'{PAPER} mkg:arxivId "1909.06146v2" .',
     PAPER, "mkg:arxivId"),
    ("PMCID without PMC", f'{PAPER} fabio:hasPubMedCentralId "PMC6558659" .',
     f'{PAPER} fabio:hasPubMedCentralId "6558659" .', PAPER, "fabio:hasPubMedCentralId"),
    ("repository with two codeRepository values", "",
     f"{REPO} schema:codeRepository <https://github.com/alice/dl2> .", REPO, "schema:codeRepository"),
    ("repository without codeRepository", f"{REPO} schema:codeRepository <https://github.com/alice/dl> .", "",
     REPO, "schema:codeRepository"),
    ("codeRepository as a literal", f"{REPO} schema:codeRepository <https://github.com/alice/dl> .",
     f'{REPO} schema:codeRepository "https://github.com/alice/dl" .', REPO, "schema:codeRepository"),
    ("list sha256 not hexadecimal", f'{LIST} mkg:sha256 "{SHA}" .', f'{LIST} mkg:sha256 "{SHA.upper()}" .',
     LIST, "mkg:sha256"),
    ("list without sha256", f'{LIST} mkg:sha256 "{SHA}" .', "", LIST, "mkg:sha256"),
    ("topic without a label", f'{TOPIC_B} skos:prefLabel "Single-cell" .', "", TOPIC_B, "skos:prefLabel"),
    ("topic with two English labels", "", f'{TOPIC_A} skos:prefLabel "Genomics"@en .', TOPIC_A, "skos:prefLabel"),
    ("topic in two schemes", "", f"{TOPIC_B} skos:inScheme <{ID}scheme/other> . <{ID}scheme/other> a skos:ConceptScheme ; dcterms:title \"o\" .",
     TOPIC_B, "skos:inScheme"),
    ("topic both top and narrower", "", f"{TOPIC_B} skos:topConceptOf <{ID}scheme/tiny> .",
     TOPIC_B, "(skos:broader|skos:topConceptOf)"),
    ("diagnostic without a code", f'{DIAG} mkg:code "empty-link" .', "", DIAG, "mkg:code"),
    ("diagnostic attached to nothing", f"{M5} mkg:hasDiagnostic {DIAG} .", "", DIAG, "^mkg:hasDiagnostic"),
    ("diagnostic with an unknown severity", f'{DIAG} mkg:severity "warning" .', f'{DIAG} mkg:severity "fatal" .',
     DIAG, "mkg:severity"),
    ("official code that is a dataset", "", f"{PAPER} mkg:hasOfficialCode {DATASET} .", DATASET, None),
    ("dataset link to a repository", "", f"{PAPER} mkg:usesDataset {REPO} .", REPO, None),
    ("paper with a URL but neither title nor identifier", "",
     f"<{ID}paper/url/example.org/p> a mkg:Paper ; schema:url <https://example.org/p> .",
     f"<{ID}paper/url/example.org/p>", "(dcterms:title|prism:doi|mkg:arxivId|fabio:hasPubMedId|fabio:hasPubMedCentralId)"),
    ("work with two classes", "", f"{DATASET} a mkg:Paper .", DATASET, "rdf:type"),
    ("model with nothing to show it by",  # reached through Model ⊑ Resource ⊑ Work in the ontology
     f'{MODEL} dcterms:title "MedBERT"@en ; schema:url <https://example.org/bert> .', "", MODEL, None),
    ("DOI node with an upper-case value", f'{DOI_NODE} rdf:value "10.1000/xyz" .', f'{DOI_NODE} rdf:value "10.1000/XYZ" .',
     DOI_NODE, "rdf:value"),
    ("venue without a name", f'<{ID}venue/nm> schema:name "Nature Medicine" .', "", f"<{ID}venue/nm>", "schema:name"),
]


@pytest.mark.parametrize("case, delete, insert, focus, path", BROKEN, ids=[c[0] for c in BROKEN])
def test_a_broken_graph_does_not_conform_and_the_report_names_it(case, delete, insert, focus, path):
    st = _tiny_store()
    _change(st, delete, insert)
    report = validate(st)
    assert not report.conforms
    focus_iri = focus.strip("<>")
    hits = [v for v in report.violations if v.focus == focus_iri and v.severity == "Violation"]
    assert hits, f"{case}: nothing reported on {focus_iri}:\n{format_report(report)}"
    if path is not None:
        assert path in {v.path for v in hits}, f"{case}: paths {[v.path for v in hits]}"
    text = format_report(report)
    assert focus_iri in text and "does NOT conform" in text


def test_upper_case_doi_message_says_lower_case():
    st = _tiny_store()
    _change(st, f'{PAPER} prism:doi "10.1000/xyz" .', f'{PAPER} prism:doi "10.1000/XYZ" .')
    report = validate(st)
    [v] = [v for v in report.violations if v.path == "prism:doi"]
    assert "lower-case" in v.message and v.value == "10.1000/XYZ"
    assert report.counts["Violation"] == 1


# (case, graph, delete, insert, focus, path): the Crossref and meta graphs are checked too
BROKEN_OTHER_GRAPHS = [
    ("match score above 1", "https://w3id.org/medkg/graph/crossref", f"{RECORD} mkg:matchScore 1.0 .",
     f"{RECORD} mkg:matchScore 1.5 .", RECORD, "mkg:matchScore"),
    ("unknown match method", "https://w3id.org/medkg/graph/crossref", f'{RECORD} mkg:matchMethod "doi-lookup" .',
     f'{RECORD} mkg:matchMethod "guess" .', RECORD, "mkg:matchMethod"),
    ("record enriching two works", "https://w3id.org/medkg/graph/crossref", "", f"{RECORD} mkg:enriches {REPO} .",
     RECORD, "mkg:enriches"),
    ("retrieval time as a plain string", "https://w3id.org/medkg/graph/crossref",
     f'{RECORD} prov:generatedAtTime "2025-01-02T03:04:05Z"^^xsd:dateTime .',
     f'{RECORD} prov:generatedAtTime "2025-01-02" .', RECORD, "prov:generatedAtTime"),
    ("negative citation count", "https://w3id.org/medkg/graph/crossref", f"{PAPER} mkg:citationCount 120 .",
     f"{PAPER} mkg:citationCount -1 .", PAPER, "mkg:citationCount"),
    ("person without a name", "https://w3id.org/medkg/graph/crossref",
     '<https://orcid.org/0000-0002-1825-0097> schema:name "Josiah Carberry" .', "",
     "<https://orcid.org/0000-0002-1825-0097>", "schema:name"),
    ("build record without version", "https://w3id.org/medkg/graph/meta",
     f'<{LIST_GRAPH}> mkg:medkgVersion "0.1.0" .', "", f"<{LIST_GRAPH}>", "mkg:medkgVersion"),
]


@pytest.mark.parametrize("case, graph, delete, insert, focus, path", BROKEN_OTHER_GRAPHS,
                         ids=[c[0] for c in BROKEN_OTHER_GRAPHS])
def test_crossref_and_meta_graphs_are_validated(case, graph, delete, insert, focus, path):
    st = _tiny_store()
    _change(st, delete, insert, graph=graph)
    report = validate(st)
    assert not report.conforms
    assert (focus.strip("<>"), path) in _names(report), format_report(report)


def test_title_has_no_max_count_across_graphs():
    """A list and Crossref each give a title (the tiny graph has two already): that is fine."""
    st = _tiny_store()
    _change(st, insert=f'{PAPER} dcterms:title "Deep learning for genomics."@en .',
            graph="https://w3id.org/medkg/graph/list/other")
    assert validate(st).conforms


def test_warnings_and_infos_do_not_break_conformance():
    st = _tiny_store()
    _change(st, insert=f'{PAPER} prism:doi "10.1000/abc" . {DATASET} schema:url "https://exa mple.org/<bad>" .')
    report = validate(st)
    assert report.conforms, format_report(report)
    assert report.counts == {"Violation": 0, "Warning": 1, "Info": 1}
    assert _names(report, "Warning") == {(PAPER.strip("<>"), "prism:doi")}
    assert _names(report, "Info") == {(DATASET.strip("<>"), "schema:url")}
    assert "Warning [prism:doi]" in format_report(report)


def test_staging_graphs_of_a_killed_build_are_left_out():
    st = _tiny_store()
    staging = vocab.staging_graph(vocab.DEFAULT_BASE, "tiny")
    _change(st, insert=f"{M5} mkg:line 99 . <{ID}mention/tiny/77> a mkg:Mention .", graph=staging)
    report = validate(st)
    assert report.conforms, format_report(report)
    assert report.skipped_graphs == (staging,)
    assert staging not in report.graphs
    assert "staging" in format_report(report)


def test_format_report_groups_results_and_caps_examples():
    st = _tiny_store()
    broken = " ".join(f"<{ID}mention/tiny/x{i}> a mkg:Mention ; mkg:inList {LIST} ; mkg:line {i + 1} ; "
                      f'mkg:entryKind "paper" .' for i in range(8))
    _change(st, insert=broken)
    report = validate(st)
    assert report.counts["Violation"] == 8
    text = format_report(report, max_examples=3)
    assert text.count("Violation [schema:item]") == 1
    assert "8 node(s)" in text and "… and 5 more" in text
    assert sum(1 for line in text.splitlines() if line.startswith("  - ")) == 3


def test_validate_nquads_and_a_custom_shapes_file(tmp_path):
    data = _tiny_store().dump("nq")
    assert validate_nquads(data).conforms
    shapes = tmp_path / "shapes.ttl"
    shapes.write_text(
        "@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix mkg: <https://w3id.org/medkg/ontology#> .\n"
        "[] a sh:NodeShape ; sh:targetClass mkg:Mention ; sh:property [ sh:path mkg:line ; sh:maxInclusive 6 ] .\n",
        encoding="utf-8")
    report = validate_nquads(data, shapes_path=shapes)
    assert {v.focus for v in report.violations} == {f"{ID}mention/tiny/9", f"{ID}mention/tiny/12"}


def test_a_missing_shapes_file_is_a_user_error(tmp_path):
    from medkg.errors import MedkgError

    with pytest.raises(MedkgError, match="shapes"):
        validate(_tiny_store(), shapes_path=tmp_path / "nope.ttl")


# ----------------------------------------------------------------------------- the seed build
@pytest.fixture(scope="module")
def seed_store(tmp_path_factory):
    from medkg.pipeline import build

    path = tmp_path_factory.mktemp("seed") / "store"
    build(store=path, enrich=False)
    return path


@pytest.mark.slow
def test_the_seed_build_conforms(seed_store):
    st = EmbeddedStore(seed_store, read_only=True)
    report = validate(st)
    assert report.conforms, format_report(report)
    assert report.counts["Violation"] == 0
    assert len([g for g in report.graphs if "/graph/list/" in g]) == 5
    assert report.triples > 10_000


@pytest.mark.slow
def test_the_seed_build_with_crossref_facts_conforms(seed_store, tmp_path):
    """Crossref-shaped records (the enrichment tests' fixture) mapped by ``enrich.graph`` on
    real seed papers: the Crossref graph passes the same shapes as the list graphs."""
    import json
    import shutil
    from pathlib import Path

    from medkg.enrich.graph import crossref_quads
    from medkg.enrich.model import DOI_LOOKUP, EnrichReport, EnrichResult, record_from_item

    copy = tmp_path / "store"
    shutil.copytree(seed_store, copy)
    st = EmbeddedStore(copy)
    items = json.loads((Path(__file__).parent / "data" / "crossref" / "works.json").read_text(encoding="utf-8"))
    by_doi = {item["DOI"].lower(): item for item in items}
    rows = st.query(PREFIXES + "SELECT DISTINCT ?w ?doi WHERE { ?w a mkg:Paper ; prism:doi ?doi }")
    results = []
    for row in rows:
        item = by_doi.get(row["doi"].value)
        if item is None:
            continue
        record, _problems = record_from_item(item)
        results.append(EnrichResult(key=row["w"].value, record=record, method=DOI_LOOKUP, score=1.0,
                                    similarity=0.9, reason="test", retrieved_at="2025-01-01T00:00:00Z"))
    assert len(results) >= 3, "the Crossref fixture should cover some seed DOIs"
    quads = sorted(crossref_quads(EnrichReport(results=tuple(results))), key=str)
    st.replace_graph(vocab.crossref_graph(vocab.DEFAULT_BASE), quads)
    report = validate(st)
    assert report.conforms, format_report(report)
    assert vocab.crossref_graph(vocab.DEFAULT_BASE) in report.graphs


@pytest.mark.slow
def test_breaking_the_seed_build_is_caught(seed_store, tmp_path):
    """The seed data is really checked: remove one mention's item and the report names it."""
    import shutil

    copy = tmp_path / "store"
    shutil.copytree(seed_store, copy)
    st = EmbeddedStore(copy)
    row = next(iter(st.query(PREFIXES + "SELECT ?g ?m ?w WHERE { GRAPH ?g { ?m a mkg:Mention ; schema:item ?w } } "
                                        "ORDER BY ?m LIMIT 1")))
    g, m, w = row["g"].value, row["m"].value, row["w"].value
    st.update(f"DELETE DATA {{ GRAPH <{g}> {{ <{m}> <{vocab.item}> <{w}> }} }}")
    st.raw.add(ox.Quad(ox.NamedNode(w), ox.NamedNode(vocab.doi), ox.Literal("10.1000/UPPER"), ox.NamedNode(g)))
    report = validate(st)
    assert not report.conforms
    assert (m, "schema:item") in _names(report)
    assert (w, "prism:doi") in _names(report)


def test_an_empty_store_says_nothing_was_validated():
    report = validate(EmbeddedStore(None))
    assert report.graphs == () and report.violations == ()
    assert "nothing was validated" in format_report(report)
