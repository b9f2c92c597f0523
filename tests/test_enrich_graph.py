"""Enrichment results → quads in the Crossref named graph, loaded into a real Oxigraph store."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from crossref_server import CrossrefStub, citation_cases

from medkg import vocab
from medkg.enrich import EnrichConfig, EnrichReport, EnrichResult, EnrichTarget, crossref_quads, enrich
from medkg.enrich.graph import doi_iri, venue_iri
from medkg.enrich.model import Author, CrossrefRecord

BASE = vocab.DEFAULT_BASE
KEY = BASE + "id/paper/test/{}"


@pytest.fixture(scope="module")
def stub() -> Iterator[CrossrefStub]:
    with CrossrefStub() as server:
        yield server


def _targets() -> list[EnrichTarget]:
    cases = {c["prefix"]: c["citation"] for c in citation_cases()}
    return [
        EnrichTarget(KEY.format("basset"), doi="10.1101/gr.200535.115"),
        EnrichTarget(KEY.format("zhou"), doi="10.1038/NMETH.3547"),
        EnrichTarget(KEY.format("tulder"), doi="10.1109/tmi.2016.2526687"),
        EnrichTarget(KEY.format("moeskops"), citation=cases["Moeskops, Pim, et al."]),
        EnrichTarget(KEY.format("carpenter"), citation=cases["Carpenter, A.E. et al."]),
        EnrichTarget(KEY.format("arxiv"), doi="10.48550/arXiv.1404.7828",
                     title="Deep Learning in Neural Networks: An Overview", authors=("J. Schmidhuber",), year=2014),
        EnrichTarget(KEY.format("nothing"), citation=cases["Deep Learning Tutorial ICML"]),
    ]


@pytest.fixture(scope="module")
def report(stub: CrossrefStub, tmp_path_factory: pytest.TempPathFactory) -> EnrichReport:
    cache = tmp_path_factory.mktemp("cache")
    return enrich(_targets(), EnrichConfig(base_url=stub.base_url, cache_dir=cache, max_rps=50, max_concurrency=4))


@pytest.fixture(scope="module")
def store(report: EnrichReport) -> ox.Store:
    store = ox.Store()
    store.extend(crossref_quads(report, base=BASE))
    return store


def ask(store: ox.Store, where: str) -> bool:
    return bool(store.query(vocab.sparql_prefixes() + f"ASK {{ GRAPH <{vocab.crossref_graph(BASE)}> {{ {where} }} }}"))


def select(store: ox.Store, query: str) -> list[tuple[str, ...]]:
    rows = store.query(vocab.sparql_prefixes() + query, use_default_graph_as_union=True)
    return [tuple(term.value if term is not None else None for term in row) for row in rows]


def test_every_quad_is_in_the_crossref_graph_without_blank_nodes(report: EnrichReport) -> None:
    quads = list(crossref_quads(report, base=BASE))
    assert quads
    assert {q.graph_name for q in quads} == {ox.NamedNode(vocab.crossref_graph(BASE))}
    for q in quads:
        assert not isinstance(q.subject, ox.BlankNode) and not isinstance(q.object, ox.BlankNode)


def test_work_facts(store: ox.Store) -> None:
    basset = f"<{KEY.format('basset')}>"
    assert ask(store, f'{basset} prism:doi "10.1101/gr.200535.115" ; schema:sameAs <https://doi.org/10.1101/gr.200535.115> .')
    assert ask(store, f'{basset} dcterms:title ?t FILTER(STRSTARTS(?t, "Basset: learning the regulatory code"))')
    assert ask(store, f'{basset} mkg:authorName "David R. Kelley", "Jasper Snoek", "John L. Rinn" .')
    assert ask(store, f'{basset} dcterms:issued "2016-05-03"^^xsd:date ; mkg:crossrefType "journal-article" .')
    assert ask(store, f'{basset} mkg:citationCount "1000"^^xsd:integer .')
    assert ask(store, f"{basset} mkg:hasPreprint <https://doi.org/10.1101/028399> .")
    assert ask(store, f'{basset} schema:isPartOf ?v . ?v a schema:Periodical ; schema:name "Genome Research" .')
    assert ask(store, '<https://doi.org/10.1101/gr.200535.115> a mkg:DOI ; rdf:value "10.1101/gr.200535.115" .')
    # a year-only date is an xsd:gYear; a DOI written in upper case is stored lower-case
    assert ask(store, f'<{KEY.format("carpenter")}> dcterms:issued "2006"^^xsd:gYear .')
    assert ask(store, f'<{KEY.format("zhou")}> prism:doi "10.1038/nmeth.3547" .')


def test_orcid_authors_become_person_nodes(store: ox.Store) -> None:
    rows = select(store, f"SELECT ?p ?n WHERE {{ <{KEY.format('zhou')}> schema:author ?p . ?p a schema:Person ; schema:name ?n }}")
    assert rows == [("https://orcid.org/0000-0002-1694-233X", "Olga G Troyanskaya")]
    assert ask(store, f'<{KEY.format("moeskops")}> schema:author <https://orcid.org/0000-0002-1825-0097> .')


def test_provenance_of_every_enriched_work(report: EnrichReport, store: ox.Store) -> None:
    rows = select(store, """
        SELECT ?work ?from ?at ?method ?score ?sim WHERE {
          ?prov a mkg:CrossrefRecord ; mkg:enriches ?work ; prov:wasDerivedFrom ?from ;
                prov:generatedAtTime ?at ; mkg:matchMethod ?method ; mkg:matchScore ?score .
          OPTIONAL { ?prov mkg:titleSimilarity ?sim }
        } ORDER BY ?work""")
    by_work = {r[0]: r for r in rows}
    assert set(by_work) == {r.key for r in report.results}
    assert KEY.format("nothing") not in by_work
    for result in report.results:
        _, derived, at, method, score, sim = by_work[result.key]
        assert derived == f"{report.base_url}/works/{result.record.doi}"
        assert at == result.retrieved_at and method == result.method
        assert abs(float(score) - result.score) < 1e-4
        assert (sim is None) == (result.similarity is None)
    assert by_work[KEY.format("moeskops")][3] == "bibliographic-match"
    assert by_work[KEY.format("basset")][3] == "doi-lookup"


def test_arxiv_entry_links_to_its_article_without_taking_its_facts(store: ox.Store) -> None:
    arxiv = f"<{KEY.format('arxiv')}>"
    assert ask(store, f"{arxiv} mkg:isPreprintOf <https://doi.org/10.1016/j.neunet.2014.09.003> .")
    assert not ask(store, f"{arxiv} prism:doi ?d .")
    assert not ask(store, f"{arxiv} dcterms:title ?t .")


def test_same_cache_gives_the_same_quads(stub: CrossrefStub, report: EnrichReport, tmp_path: Path) -> None:
    config = EnrichConfig(base_url=stub.base_url, cache_dir=tmp_path, max_rps=50, max_concurrency=4)
    first = enrich(_targets(), config)
    second = enrich(_targets(), config)  # from the cache: retrieval times are the cached ones
    assert second.requests == 0
    assert list(crossref_quads(first, base=BASE)) == list(crossref_quads(second, base=BASE))


def test_every_predicate_and_class_is_in_the_vocabulary(report: EnrichReport) -> None:
    known = {v for v in vars(vocab).values() if isinstance(v, str) and v.startswith("http")}
    used = {q.predicate.value for q in crossref_quads(report, base=BASE)}
    used |= {q.object.value for q in crossref_quads(report, base=BASE) if q.predicate.value == vocab.type_}
    assert used <= known, used - known


def _report(record: CrossrefRecord, key: str = KEY.format("odd")) -> EnrichReport:
    result = EnrichResult(key, record, "doi-lookup", 1.0, None, "test", "2024-01-02T03:04:05Z")
    return EnrichReport(results=(result,), base_url="https://api.crossref.org")


@pytest.mark.parametrize(
    "doi",
    ["10.1002/(sici)1097-4571(199806)49:8<693::aid-asi4>3.0.co;2-o",  # a real SICI DOI with <>
     "10.1000/x{}|^`\\"],
)
def test_a_doi_with_iri_breaking_characters_becomes_a_valid_iri(doi: str) -> None:
    quads = list(crossref_quads(_report(CrossrefRecord(doi=doi, title="T")), base=BASE))
    iris = {t.value for q in quads for t in (q.subject, q.object) if isinstance(t, ox.NamedNode)}
    doi_nodes = [i for i in iris if i.startswith("https://doi.org/")]
    assert doi_nodes == [doi_iri(doi)]
    assert not any(c in doi_nodes[0][len("https://"):] for c in '<>"{}|^`\\ #?')
    literal = [q.object.value for q in quads if q.predicate.value == vocab.doi]
    assert literal == [doi]  # the DOI itself is kept exactly, as a literal


@pytest.mark.parametrize("doi", ['10.1000/a"quote"#frag?q=1%', "10.1/short", "10.1000/with space"])
def test_records_whose_doi_is_not_one_give_no_quads(doi: str) -> None:
    assert list(crossref_quads(_report(CrossrefRecord(doi=doi, title="T")), base=BASE)) == []


def test_unusable_keys_dois_and_orcids_are_skipped() -> None:
    assert list(crossref_quads(_report(CrossrefRecord(doi="10.1000/a"), key="not an iri"), base=BASE)) == []
    assert list(crossref_quads(_report(CrossrefRecord(doi="no doi here")), base=BASE)) == []
    odd_author = CrossrefRecord(doi="10.1000/a", authors=(Author(family="X", orcid="0000-0000-0000-000Y"),))
    quads = list(crossref_quads(_report(odd_author), base=BASE))
    assert not [q for q in quads if q.predicate.value.endswith("/author")]
    assert [q.object.value for q in quads if q.predicate.value == vocab.authorName] == ["X"]


@pytest.mark.parametrize(
    ("name", "expected"),
    [("Nature Genetics", "nature-genetics"), ("IEEE Trans. Med. Imaging", "ieee-trans-med-imaging"),
     ("Genomics, Proteomics & Bioinformatics", "genomics-proteomics-bioinformatics"),
     ("中华医学杂志", "%E4%B8%AD%E5%8D%8E%E5%8C%BB%E5%AD%A6%E6%9D%82%E5%BF%97"), ("—", None)],
)
def test_venue_iris(name: str, expected: str | None) -> None:
    assert venue_iri(BASE, name) == (f"{BASE}id/venue/{expected}" if expected else None)
