"""``ontology/medkg.ttl`` and ``ontology/shapes.ttl``: they parse, they define every term the code
uses, they carry the alignments DESIGN §3 promises, and the shapes only speak of known terms."""

from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from rdflib import OWL, RDF, RDFS, Namespace, URIRef

import medkg
from medkg import vocab
from medkg.resources import ontology_dir, queries_dir

SRC = Path(medkg.__file__).resolve().parent
ONTOLOGY = ontology_dir() / "medkg.ttl"
SHAPES = ontology_dir() / "shapes.ttl"
ONTOLOGY_IRI = URIRef("https://w3id.org/medkg/ontology")

MKG = Namespace(vocab.MKG)
SCHEMA = Namespace(vocab.SCHEMA)
FABIO = Namespace(vocab.FABIO)
DCAT = Namespace(vocab.DCAT)
PROV = Namespace(vocab.PROV)
SKOS = Namespace(vocab.SKOS)
SH = Namespace(vocab.SH)
LPWC = Namespace(vocab.LPWC)
LPWC_CLASS = Namespace(vocab.LPWC_CLASS)
DECLARED = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, RDF.Property}


@pytest.fixture(scope="module")
def onto() -> rdflib.Graph:
    return rdflib.Graph().parse(ONTOLOGY, format="turtle")


@pytest.fixture(scope="module")
def shapes() -> rdflib.Graph:
    return rdflib.Graph().parse(SHAPES, format="turtle")


def _namespace_terms_in_source(namespace_name: str) -> set[str]:
    """Local names appended to ``vocab.<NS>`` / ``<NS>`` anywhere in src/medkg (``MKG + "line"``)."""
    pattern = re.compile(rf'\b{namespace_name}\s*\+\s*"([A-Za-z_][\w]*)"')
    found: set[str] = set()
    for path in SRC.rglob("*.py"):
        found.update(pattern.findall(path.read_text(encoding="utf-8")))
    return found


def _vocab_terms() -> dict[str, str]:
    """Every IRI-valued module attribute of ``vocab`` that is a term (not a namespace)."""
    namespaces = set(vocab.PREFIXES.values()) | {vocab.LPWC_CLASS, vocab.SH, vocab.DEFAULT_BASE}
    return {name: value for name, value in vars(vocab).items()
            if isinstance(value, str) and not name.startswith("_") and value.startswith("http")
            and value not in namespaces}


def _used_mkg_terms() -> set[str]:
    terms = {vocab.MKG + local for local in _namespace_terms_in_source("MKG")}
    terms |= {iri for iri in _vocab_terms().values() if iri.startswith(vocab.MKG)}
    try:  # the named queries are part of the contract too
        for rq in queries_dir().glob("*.rq"):
            terms |= {vocab.MKG + local for local in re.findall(r"\bmkg:([A-Za-z_]\w*)", rq.read_text("utf-8"))}
    except FileNotFoundError:
        pass
    return terms


# ----------------------------------------------------------------------------- parsing
@pytest.mark.parametrize("path", [ONTOLOGY, SHAPES], ids=["medkg.ttl", "shapes.ttl"])
def test_parses_with_rdflib_and_oxigraph(path):
    g = rdflib.Graph().parse(path, format="turtle")
    triples = list(ox.parse(path=str(path), format=ox.RdfFormat.TURTLE))
    assert len(g) == len(triples) > 100


def test_ontology_header(onto):
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in onto
    assert str(onto.value(ONTOLOGY_IRI, OWL.versionInfo)) == medkg.__version__
    assert onto.value(ONTOLOGY_IRI, URIRef(vocab.DCTERMS + "license")) is not None
    assert len(str(onto.value(ONTOLOGY_IRI, URIRef(vocab.DCTERMS + "description")))) > 100


# ----------------------------------------------------------------------------- coverage
def test_the_source_scan_finds_the_terms_we_know_are_used():
    """Guards the scan itself: if it found nothing, the coverage test below would pass vacuously."""
    used = _used_mkg_terms()
    for term in (vocab.Paper, vocab.hasOfficialCode, vocab.line, vocab.MKG + "matchScore"):
        assert term in used


def test_every_mkg_term_the_code_uses_is_defined_with_label_and_comment(onto):
    missing = []
    for term in sorted(_used_mkg_terms()):
        t = URIRef(term)
        types = set(onto.objects(t, RDF.type))
        en_labels = [lab for lab in onto.objects(t, RDFS.label) if getattr(lab, "language", None) == "en"]
        if not types & DECLARED or not en_labels or onto.value(t, RDFS.comment) is None:
            missing.append(term)
    assert missing == []


def test_every_defined_mkg_term_is_documented(onto):
    for s in set(onto.subjects(RDF.type, None)):
        if isinstance(s, URIRef) and str(s).startswith(vocab.MKG):
            assert onto.value(s, RDFS.label) is not None, s
            assert onto.value(s, RDFS.comment) is not None, s
            assert onto.value(s, RDFS.isDefinedBy) == ONTOLOGY_IRI, s


def test_mkg_classes_have_english_and_chinese_labels(onto):
    for cls in onto.subjects(RDF.type, OWL.Class):
        if str(cls).startswith(vocab.MKG):
            langs = {lab.language for lab in onto.objects(cls, RDFS.label)}
            assert {"en", "zh"} <= langs, cls


def test_external_terms_from_vocab_are_declared(onto):
    """The ontology documents the whole vocabulary, not only our own namespace."""
    undeclared = [f"{name} = {iri}" for name, iri in sorted(_vocab_terms().items())
                  if iri != vocab.type_ and not set(onto.objects(URIRef(iri), RDF.type)) & DECLARED]
    schema_terms = {vocab.SCHEMA + local for local in _namespace_terms_in_source("SCHEMA")}
    undeclared += [iri for iri in sorted(schema_terms) if not set(onto.objects(URIRef(iri), RDF.type)) & DECLARED]
    assert undeclared == []


def test_every_entry_kind_maps_to_a_defined_subclass_of_work(onto):
    work = MKG.Work
    for kind, cls in vocab.KIND_CLASS.items():
        assert (URIRef(cls), RDF.type, OWL.Class) in onto, kind
        assert work in set(onto.transitive_objects(URIRef(cls), RDFS.subClassOf)), kind


def test_the_ontology_states_no_data(onto):
    """It is loaded into the store beside the data: it must not add instances that the build
    summary or queries would count (``?x a mkg:Paper``, ``?x a skos:Concept``)."""
    data_classes = {URIRef(c) for c in vocab.KIND_CLASS.values()} | {
        MKG.Mention, MKG.AwesomeList, MKG.DOI, MKG.Diagnostic, MKG.CrossrefRecord, MKG.Work,
        SKOS.Concept, SKOS.ConceptScheme, URIRef(vocab.Venue), SCHEMA.Person}
    assert [s for s, o in onto.subject_objects(RDF.type) if o in data_classes] == []


# ----------------------------------------------------------------------------- alignments
ALIGNMENTS = [
    (MKG.Paper, RDFS.subClassOf, FABIO.ScholarlyWork),
    (MKG.Paper, RDFS.subClassOf, SCHEMA.ScholarlyArticle),
    (MKG.Paper, SKOS.closeMatch, LPWC_CLASS.paper),
    (MKG.Repository, RDFS.subClassOf, SCHEMA.SoftwareSourceCode),
    (MKG.Repository, SKOS.closeMatch, LPWC_CLASS.repository),
    (MKG.Dataset, RDFS.subClassOf, DCAT.Dataset),
    (MKG.Dataset, RDFS.subClassOf, SCHEMA.Dataset),
    (MKG.Model, RDFS.subClassOf, MKG.Resource),
    (MKG.Competition, RDFS.subClassOf, MKG.Resource),
    (MKG.Tool, RDFS.subClassOf, MKG.Resource),
    (MKG.WebPage, RDFS.subClassOf, MKG.Resource),
    (MKG.Mention, RDFS.subClassOf, SCHEMA.ListItem),
    (MKG.AwesomeList, RDFS.subClassOf, SCHEMA.ItemList),
    (MKG.AwesomeList, RDFS.subClassOf, PROV.Entity),
    (MKG.CrossrefRecord, RDFS.subClassOf, PROV.Entity),
    (MKG.hasOfficialCode, RDFS.subPropertyOf, MKG.hasCode),
    (MKG.hasOfficialCode, SKOS.closeMatch, LPWC.hasOfficialRepository),
    (MKG.hasRelatedCode, SKOS.closeMatch, LPWC.hasRepository),
    (MKG.usesDataset, SKOS.closeMatch, LPWC.usesDataset),
    (MKG.inList, RDFS.subPropertyOf, PROV.wasDerivedFrom),
    (MKG.hasPreprint, OWL.inverseOf, MKG.isPreprintOf),
]


@pytest.mark.parametrize("s, p, o", ALIGNMENTS, ids=[f"{s.split('#')[-1]} {p.split('#')[-1]} {o}" for s, p, o in ALIGNMENTS])
def test_alignment(onto, s, p, o):
    assert (s, p, o) in onto


def test_related_code_is_not_official_code(onto):
    """``papers with code`` counts mkg:hasCode (and below): related code must not be inferred into it."""
    assert MKG.hasCode not in set(onto.transitive_objects(MKG.hasRelatedCode, RDFS.subPropertyOf))


def test_main_work_classes_are_disjoint(onto):
    members = set()
    for axiom in onto.subjects(RDF.type, OWL.AllDisjointClasses):
        members |= set(onto.items(onto.value(axiom, OWL.members)))
    assert {MKG.Paper, MKG.Repository, MKG.Dataset, MKG.Resource} <= members


# ----------------------------------------------------------------------------- shapes
def test_shapes_graph_is_well_formed_shacl(shapes):
    """SHACL-SHACL (the spec's shapes for shapes graphs) accepts ours."""
    import pyshacl

    conforms, _graph, text = pyshacl.validate(rdflib.Graph(), shacl_graph=shapes, meta_shacl=True)
    assert conforms, text


def test_shapes_speak_only_of_defined_terms(onto, shapes):
    """A typo in a shape (``mkg:inlist``) would silently check nothing: every class a shape
    targets or requires and every predicate it constrains must be declared in the ontology."""
    classes = set(shapes.objects(None, SH.targetClass)) | set(shapes.objects(None, SH["class"]))
    predicates = set()
    for path in shapes.objects(None, SH.path):
        if isinstance(path, URIRef):
            predicates.add(path)
        else:
            for key in (SH.inversePath, SH.alternativePath):
                node = shapes.value(path, key)
                if isinstance(node, URIRef):
                    predicates.add(node)
                elif node is not None:
                    predicates |= set(shapes.items(node))
    predicates |= set(shapes.objects(None, SH.targetSubjectsOf)) | set(shapes.objects(None, SH.targetObjectsOf))
    predicates |= set(shapes.objects(None, SH.lessThanOrEquals))
    predicates.discard(RDF.type)
    assert predicates, "the scan found no predicates"
    assert [c for c in classes if (c, RDF.type, OWL.Class) not in onto] == []
    assert [p for p in predicates if not set(onto.objects(p, RDF.type)) & DECLARED] == []


def test_every_class_the_build_emits_has_a_shape(shapes, onto):
    targeted = set(shapes.objects(None, SH.targetClass))
    emitted = {URIRef(c) for c in vocab.KIND_CLASS.values()} | {
        MKG.Mention, MKG.AwesomeList, MKG.DOI, MKG.Diagnostic, MKG.CrossrefRecord,
        SKOS.Concept, SKOS.ConceptScheme, URIRef(vocab.Venue), SCHEMA.Person}
    for cls in emitted:
        supers = {cls} | set(onto.transitive_objects(cls, RDFS.subClassOf))
        assert supers & targeted, f"no shape targets {cls} or a superclass"


def test_no_max_count_on_titles(shapes):
    """Titles come from several lists and from Crossref: the shapes see the union."""
    for prop in shapes.subjects(SH.path, URIRef(vocab.title)):
        assert shapes.value(prop, SH.maxCount) is None
