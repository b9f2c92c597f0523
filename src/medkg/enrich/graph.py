"""Enrichment results → quads in the Crossref named graph (pure).

Facts go on the work IRI (``target.key``) in their own graph, so the list graphs — what
the lists said — are never overwritten, and a query can tell the two apart. Every
enriched work gets a provenance node ``<{work}#crossref>``: an IRI, not a blank node,
and its time is the cache entry's retrieval time, so the same cached answers always
give the same quads.

Identifiers from Crossref become IRIs only after validation and RFC 3987 escaping: a DOI
may legally contain ``<``, ``>``, ``"`` or spaces, which must never reach an IRI raw.
"""

from __future__ import annotations

import logging
import unicodedata
from collections.abc import Iterator
from decimal import Decimal

from medkg import ids, vocab
from medkg.enrich.model import Author, CrossrefRecord, EnrichReport, EnrichResult, clean_doi

log = logging.getLogger(__name__)

# Terms of the Crossref graph (defined in medkg.vocab and ontology/medkg.ttl).
CROSSREF_TYPE = vocab.crossrefType
CITATION_COUNT = vocab.citationCount
HAS_PREPRINT = vocab.hasPreprint
IS_PREPRINT_OF = vocab.isPreprintOf
MATCH_METHOD = vocab.matchMethod
MATCH_SCORE = vocab.matchScore
TITLE_SIMILARITY = vocab.titleSimilarity
ENRICHES = vocab.enriches
AUTHOR = vocab.author
PERSON = vocab.Person


def doi_iri(doi: str) -> str:
    """``https://doi.org/{doi}``, escaped exactly as ``medkg.rdf`` does, so both graphs name one node."""
    return "https://doi.org/" + ids.iri_segment(doi.lower(), keep_slash=True)


def api_iri(base_url: str, doi: str) -> str:
    return f"{base_url.rstrip('/')}/works/{ids.iri_segment(doi.lower(), keep_slash=True)}"


def venue_iri(base: str, name: str) -> str | None:
    """``{base}id/venue/{slug}``: NFKC case-folded, runs of non-alphanumerics as '-' (as ``rdf.Iris.venue``)."""
    folded = unicodedata.normalize("NFKC", name).casefold()
    slug = "-".join("".join(c if c.isalnum() else " " for c in folded).split())
    return f"{base}id/venue/{ids.iri_segment(slug)}" if slug else None


def provenance_iri(work: str) -> str:
    return f"{work}#crossref" if "#" not in work else f"{work}-crossref"


def crossref_quads(report: EnrichReport, *, base: str = vocab.DEFAULT_BASE) -> Iterator[object]:
    """Quads (``pyoxigraph.Quad``) for every accepted result of ``report``, in a stable order."""
    import pyoxigraph as ox

    graph = ox.NamedNode(vocab.crossref_graph(base))
    base_url = report.base_url or "https://api.crossref.org"
    for result in sorted(report.results, key=lambda r: r.key):
        try:
            work = ox.NamedNode(result.key)
        except ValueError:
            log.warning("skipping Crossref result for %r: the key is not an IRI", result.key)
            continue
        for s, p, o in _triples(result, work, base, base_url):
            yield ox.Quad(s, p, o, graph)


def _triples(result: EnrichResult, work: object, base: str, base_url: str) -> Iterator[tuple]:
    import pyoxigraph as ox

    def iri(value: str) -> ox.NamedNode:
        return ox.NamedNode(value)

    def lit(value: str, datatype: str | None = None) -> ox.Literal:
        return ox.Literal(value, datatype=iri(datatype)) if datatype else ox.Literal(value)

    rec: CrossrefRecord = result.record
    doi = clean_doi(rec.doi)
    if doi is None:
        log.warning("skipping Crossref result for %s: %r is not a DOI", result.key, rec.doi)
        return
    rdf_type = iri(vocab.type_)
    doi_node = iri(doi_iri(doi))
    prov = iri(provenance_iri(result.key))

    # Provenance first: every fact below is derived from this record.
    yield prov, rdf_type, iri(vocab.CrossrefRecord)
    yield prov, iri(ENRICHES), work
    yield prov, iri(vocab.wasDerivedFrom), iri(api_iri(base_url, doi))
    yield prov, iri(vocab.generatedAtTime), lit(result.retrieved_at, vocab.XSD + "dateTime")
    yield prov, iri(MATCH_METHOD), lit(result.method)
    yield prov, iri(MATCH_SCORE), lit(_decimal(result.score), vocab.XSD + "decimal")
    if result.similarity is not None:
        yield prov, iri(TITLE_SIMILARITY), lit(_decimal(result.similarity), vocab.XSD + "decimal")

    yield doi_node, rdf_type, iri(vocab.DOI)
    yield doi_node, iri(vocab.value), lit(doi)
    if result.relation == "published-version":
        # An arXiv entry met its journal article: link the two, do not merge their facts.
        yield work, iri(IS_PREPRINT_OF), doi_node
        return

    yield work, iri(vocab.doi), lit(doi)
    yield work, iri(vocab.sameAs), doi_node
    if rec.title:
        title = f"{rec.title}: {rec.subtitle}" if rec.subtitle and rec.subtitle not in rec.title else rec.title
        yield work, iri(vocab.title), lit(title)
    for author in rec.authors:
        yield from _author(work, author)
    venue = rec.container_title or rec.short_container_title
    if venue:
        venue_node = venue_iri(base, venue)
        if venue_node:
            yield work, iri(vocab.isPartOf), iri(venue_node)
            yield iri(venue_node), rdf_type, iri(vocab.Venue)
            yield iri(venue_node), iri(vocab.name), lit(venue)
    if rec.issued:
        if len(rec.issued) == 3:
            y, m, d = rec.issued
            yield work, iri(vocab.issued), lit(f"{y:04d}-{m:02d}-{d:02d}", vocab.XSD + "date")
        else:
            yield work, iri(vocab.issued), lit(f"{rec.issued[0]:04d}", vocab.XSD + "gYear")
    if rec.type:
        yield work, iri(CROSSREF_TYPE), lit(rec.type)
    if rec.citation_count is not None:
        yield work, iri(CITATION_COUNT), lit(str(rec.citation_count), vocab.XSD + "integer")
    for prop, dois in ((HAS_PREPRINT, rec.has_preprint), (IS_PREPRINT_OF, rec.is_preprint_of)):
        for other in dois:
            other_doi = clean_doi(other)
            if other_doi:
                yield work, iri(prop), iri(doi_iri(other_doi))


def _author(work: object, author: Author) -> Iterator[tuple]:
    import pyoxigraph as ox

    name = author.display
    if not name:
        return
    yield work, ox.NamedNode(vocab.authorName), ox.Literal(name)
    if author.orcid and _is_orcid(author.orcid):
        person = ox.NamedNode(f"https://orcid.org/{author.orcid}")
        yield work, ox.NamedNode(AUTHOR), person
        yield person, ox.NamedNode(vocab.type_), ox.NamedNode(PERSON)
        yield person, ox.NamedNode(vocab.name), ox.Literal(name)


def _decimal(value: float) -> str:
    """Canonical-looking xsd:decimal text: four places at most, no exponent, no trailing zeros."""
    text = f"{Decimal(str(value)):.4f}".rstrip("0").rstrip(".")
    return text if text not in ("", "-0") else "0"


def _is_orcid(value: str) -> bool:
    from medkg.enrich.records import normalise_orcid

    return normalise_orcid(value) == value
