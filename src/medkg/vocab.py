"""Namespaces and terms: the contract between ``rdf`` (mapping) and everything that reads the graph.

Every ``mkg:`` term used anywhere must be defined in ``ontology/medkg.ttl``; a test checks
that (``tests/test_ontology.py``). Terms are plain IRI strings so that this module imports
nothing heavy; ``rdf`` wraps them in ``pyoxigraph.NamedNode`` once.

Graph shape (one named graph per list, ``graph/list/{slug}``; queries run on the union):

    <id/list/{slug}>        a mkg:AwesomeList ; schema:name ; dcterms:title ; mkg:sha256 ;
                            dcterms:source <url or path> ; schema:numberOfItems ; mkg:hasDiagnostic
    <id/scheme/{slug}>      a skos:ConceptScheme ; dcterms:title
    <id/topic/{slug}/{h}>   a skos:Concept ; skos:inScheme ; skos:prefLabel (@zh/@en/plain) ;
                            skos:notation "2.1" ; skos:broader <parent> | skos:topConceptOf <scheme>
    <id/mention/{slug}/{line}[-{n}]> a mkg:Mention ; schema:item <work> ; mkg:inList <list> ;
                            mkg:line ; mkg:endLine ; dcterms:subject <topic> ; mkg:entryKind "paper" ;
                            rdfs:label (title as written) ; mkg:hasDiagnostic <diag>
    <id/paper/{scheme}/{key}> a mkg:Paper ; dcterms:title ; prism:doi ; mkg:arxivId ;
                            fabio:hasPubMedId ; fabio:hasPubMedCentralId ; schema:sameAs <https://doi.org/…> ;
                            schema:url ; dcterms:issued "2019"^^xsd:gYear ; mkg:authorName "…" ;
                            schema:isPartOf <id/venue/{key}> ; mkg:hasOfficialCode <repo> ;
                            mkg:hasRelatedCode <repo> ; mkg:usesDataset <dataset>
    <https://doi.org/{doi}> a mkg:DOI ; rdf:value "10.…"
    <id/venue/{key}>        a schema:Periodical ; schema:name
    <id/repository/{host}/{owner}/{name}> a mkg:Repository ; schema:codeRepository <url> ; schema:name
    <id/dataset/{scheme}/{key}> a mkg:Dataset ; dcterms:title ; schema:url ; mkg:describedIn <paper>
    <id/{model|competition|tool|webpage|resource}/{scheme}/{key}> a mkg:Model|… ; dcterms:title ; schema:url
    <id/diagnostic/{slug}/{line}/{n}> a mkg:Diagnostic ; mkg:code ; rdfs:comment ; mkg:line ; mkg:inList
"""

from __future__ import annotations

DEFAULT_BASE = "https://w3id.org/medkg/"

MKG = "https://w3id.org/medkg/ontology#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
OWL = "http://www.w3.org/2002/07/owl#"
XSD = "http://www.w3.org/2001/XMLSchema#"
SCHEMA = "http://schema.org/"
DCTERMS = "http://purl.org/dc/terms/"
SKOS = "http://www.w3.org/2004/02/skos/core#"
PROV = "http://www.w3.org/ns/prov#"
DCAT = "http://www.w3.org/ns/dcat#"
FABIO = "http://purl.org/spar/fabio/"
PRISM = "http://prismstandard.org/namespaces/basic/2.0/"
LPWC = "https://linkedpaperswithcode.com/property/"
LPWC_CLASS = "https://linkedpaperswithcode.com/class/"
SH = "http://www.w3.org/ns/shacl#"

PREFIXES: dict[str, str] = {
    "mkg": MKG,
    "rdf": RDF,
    "rdfs": RDFS,
    "owl": OWL,
    "xsd": XSD,
    "schema": SCHEMA,
    "dcterms": DCTERMS,
    "skos": SKOS,
    "prov": PROV,
    "dcat": DCAT,
    "fabio": FABIO,
    "prism": PRISM,
    "lpwc": LPWC,
}


def sparql_prefixes() -> str:
    """PREFIX lines for every namespace above (queries may rely on them)."""
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())


# --- classes -------------------------------------------------------------------------------
AwesomeList = MKG + "AwesomeList"
Mention = MKG + "Mention"
Work = MKG + "Work"
Paper = MKG + "Paper"
Repository = MKG + "Repository"
Dataset = MKG + "Dataset"
Resource = MKG + "Resource"
Model = MKG + "Model"
Competition = MKG + "Competition"
Tool = MKG + "Tool"
WebPage = MKG + "WebPage"
DOI = MKG + "DOI"
Diagnostic = MKG + "Diagnostic"
CrossrefRecord = MKG + "CrossrefRecord"
Venue = SCHEMA + "Periodical"
Concept = SKOS + "Concept"
ConceptScheme = SKOS + "ConceptScheme"

#: entry kind → class of the work it describes
KIND_CLASS: dict[str, str] = {
    "paper": Paper,
    "repository": Repository,
    "dataset": Dataset,
    "model": Model,
    "competition": Competition,
    "tool": Tool,
    "website": WebPage,
    "other": Resource,
}

# --- properties ----------------------------------------------------------------------------
type_ = RDF + "type"
value = RDF + "value"
label = RDFS + "label"
comment = RDFS + "comment"
title = DCTERMS + "title"
issued = DCTERMS + "issued"
subject = DCTERMS + "subject"
source = DCTERMS + "source"
name = SCHEMA + "name"
url = SCHEMA + "url"
sameAs = SCHEMA + "sameAs"
item = SCHEMA + "item"
isPartOf = SCHEMA + "isPartOf"
codeRepository = SCHEMA + "codeRepository"
numberOfItems = SCHEMA + "numberOfItems"
description = SCHEMA + "description"
doi = PRISM + "doi"
pubmedId = FABIO + "hasPubMedId"
pmcId = FABIO + "hasPubMedCentralId"
arxivId = MKG + "arxivId"
authorName = MKG + "authorName"
hasOfficialCode = MKG + "hasOfficialCode"
hasRelatedCode = MKG + "hasRelatedCode"
hasCode = MKG + "hasCode"
usesDataset = MKG + "usesDataset"
describedIn = MKG + "describedIn"
inList = MKG + "inList"
line = MKG + "line"
endLine = MKG + "endLine"
entryKind = MKG + "entryKind"
linkRole = MKG + "linkRole"
contentSha256 = MKG + "contentSha256"
medkgVersion = MKG + "medkgVersion"
sourcePath = MKG + "sourcePath"
reportDigest = MKG + "reportDigest"
#: the layout of a ``reportDigest`` literal; a reader ignores digests of any other format
REPORT_DIGEST_FORMAT = 2
sha256 = MKG + "sha256"
hasDiagnostic = MKG + "hasDiagnostic"
code = MKG + "code"
severity = MKG + "severity"
# Crossref graph (written by medkg.enrich.graph)
crossrefType = MKG + "crossrefType"
citationCount = MKG + "citationCount"
hasPreprint = MKG + "hasPreprint"
isPreprintOf = MKG + "isPreprintOf"
matchMethod = MKG + "matchMethod"
matchScore = MKG + "matchScore"
titleSimilarity = MKG + "titleSimilarity"
enriches = MKG + "enriches"
author = SCHEMA + "author"
Person = SCHEMA + "Person"
prefLabel = SKOS + "prefLabel"
notation = SKOS + "notation"
broader = SKOS + "broader"
inScheme = SKOS + "inScheme"
topConceptOf = SKOS + "topConceptOf"
closeMatch = SKOS + "closeMatch"
generatedAtTime = PROV + "generatedAtTime"
wasDerivedFrom = PROV + "wasDerivedFrom"


def list_graph(base: str, slug: str) -> str:
    return f"{base}graph/list/{slug}"


def crossref_graph(base: str) -> str:
    return f"{base}graph/crossref"


def ontology_graph(base: str) -> str:
    return f"{base}graph/ontology"


def meta_graph(base: str) -> str:
    """Build bookkeeping: per list graph its content hash, medkg version and source path."""
    return f"{base}graph/meta"


def staging_graph(base: str, slug: str) -> str:
    """Where a list's new graph is bulk-loaded before it replaces the old one atomically."""
    return f"{base}graph/staging/{slug}"


def alignment_graph(base: str) -> str:
    """Cross-list facts recomputed on every build (topic ``skos:closeMatch``)."""
    return f"{base}graph/alignment"
