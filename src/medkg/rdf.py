"""Model → quads (pure). Same input, same IRIs, same quads: builds are reproducible.

Every value that ends up in an IRI position goes through ``ids.safe_iri`` / ``ids.iri_segment``;
a URL that cannot be a valid IRI becomes a literal (``schema:url "…"``) and a diagnostic, so a
hostile list can never produce an invalid store. Facts stated by a list go into that list's
named graph; the graph of a list is everything needed to replace it atomically.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Sequence

import pyoxigraph as ox

from medkg import ids, vocab
from medkg.model import Diagnostic, Entry, Heading, SourceText
from medkg.resolve import ResolvedEntry, Work

_XSD_INT = ox.NamedNode(vocab.XSD + "integer")
_XSD_GYEAR = ox.NamedNode(vocab.XSD + "gYear")
_XSD_BOOL = ox.NamedNode(vocab.XSD + "boolean")
_N: dict[str, ox.NamedNode] = {}
MAX_LITERAL = 4000  # long prose is truncated in the graph (the list itself keeps every byte)


def N(iri: str) -> ox.NamedNode:
    node = _N.get(iri)
    if node is None:
        node = _N[iri] = ox.NamedNode(iri)
    return node


def _lit(s: str, lang: str | None = None) -> ox.Literal:
    s = s if len(s) <= MAX_LITERAL else s[:MAX_LITERAL] + "…"
    return ox.Literal(s, language=lang) if lang else ox.Literal(s)


def _int(v: int) -> ox.Literal:
    return ox.Literal(str(v), datatype=_XSD_INT)


class Iris:
    """IRI minting for one base. Kept in one place so every stage agrees."""

    def __init__(self, base: str = vocab.DEFAULT_BASE):
        self.base = base if base.endswith("/") else base + "/"

    def list(self, slug: str) -> str:
        return f"{self.base}id/list/{slug}"

    def graph(self, slug: str) -> str:
        return vocab.list_graph(self.base, slug)

    def scheme(self, slug: str) -> str:
        return f"{self.base}id/scheme/{slug}"

    def topic(self, slug: str, path: Sequence[Heading]) -> str:
        key = "\u241f".join(h.text for h in path)
        return f"{self.base}id/topic/{slug}/{hashlib.sha1(key.encode('utf-8')).hexdigest()[:12]}"

    def work(self, work_id: str) -> str:
        return f"{self.base}id/{work_id}"

    def mention(self, slug: str, line: int, n: int = 0, related: int | None = None) -> str:
        tail = f"{line}" if n == 0 else f"{line}-{n}"
        if related is not None:
            tail += f"/r{related}"
        return f"{self.base}id/mention/{slug}/{tail}"

    def diagnostic(self, slug: str, line: int, n: int) -> str:
        return f"{self.base}id/diagnostic/{slug}/{line}/{n}"

    def venue(self, name: str) -> str:
        """``id/venue/nat-genet``: NFKC case-folded, non-alphanumerics squeezed (as enrich.graph does)."""
        import unicodedata

        folded = unicodedata.normalize("NFKC", name).casefold()
        slug = "-".join("".join(c if c.isalnum() else " " for c in folded).split()) or "unnamed"
        return f"{self.base}id/venue/{ids.iri_segment(slug)}"


def _lang_of(text: str) -> str | None:
    return "zh" if any("\u3400" <= ch <= "\u9fff" for ch in text) else None


_RELATION = {
    "official_code": vocab.hasOfficialCode,
    "related_code": vocab.hasRelatedCode,
    "code": vocab.hasCode,
    "dataset": vocab.usesDataset,
    "described_in": vocab.describedIn,
}


def list_quads(source: SourceText, resolved: Sequence[ResolvedEntry], works: dict[str, Work], *,
               list_diagnostics: Iterable[Diagnostic] = (), base: str = vocab.DEFAULT_BASE,
               source_url: str | None = None, title: str | None = None) -> list[ox.Quad]:
    """All quads of one list's named graph, sorted for reproducibility."""
    iris = Iris(base)
    slug = source.name
    g = N(iris.graph(slug))
    out: list[ox.Quad] = []
    add = out.append

    def q(s: str, p: str, o: ox.NamedNode | ox.Literal) -> None:
        add(ox.Quad(N(s), N(p), o, g))

    list_iri = iris.list(slug)
    q(list_iri, vocab.type_, N(vocab.AwesomeList))
    q(list_iri, vocab.name, _lit(slug))
    q(list_iri, vocab.title, _lit(title or slug))
    q(list_iri, vocab.sha256, _lit(source.sha256))
    q(list_iri, vocab.numberOfItems, _int(len(resolved)))
    src = ids.safe_iri(source_url) if source_url else None
    q(list_iri, vocab.source, N(src) if src else _lit(source_url or source.path))
    scheme = iris.scheme(slug)
    q(scheme, vocab.type_, N(vocab.ConceptScheme))
    q(scheme, vocab.title, _lit(title or slug))

    topics_done: set[str] = set()
    extra_diags: list[Diagnostic] = []

    def topic_iri(path: tuple[Heading, ...]) -> str | None:
        if not path:
            return None
        iri = iris.topic(slug, path)
        if iri not in topics_done:
            topics_done.add(iri)
            h = path[-1]
            q(iri, vocab.type_, N(vocab.Concept))
            q(iri, vocab.inScheme, N(scheme))
            q(iri, vocab.prefLabel, _lit(h.text))
            if h.label_zh and h.label_zh != h.text:
                q(iri, vocab.prefLabel, _lit(h.label_zh, "zh"))
            if h.label_en and h.label_en != h.text:
                q(iri, vocab.prefLabel, _lit(h.label_en, "en"))
            if h.number:
                q(iri, vocab.notation, _lit(h.number))
            parent = topic_iri(path[:-1])
            if parent:
                q(iri, vocab.broader, N(parent))
            else:
                q(iri, vocab.topConceptOf, N(scheme))
        return iri

    def url_fact(subject: str, prop: str, url: str, line: int) -> None:
        iri = ids.safe_iri(url)
        if iri:
            q(subject, prop, N(iri))
        else:
            q(subject, prop, _lit(url))
            extra_diags.append(Diagnostic(slug, line, "invalid-url", f"not a valid IRI, kept as text: {url[:200]!r}"))

    def work_facts(wid: str, entry: Entry | None, title: str, url: str | None, line: int) -> str:
        work = works[wid]
        wiri = iris.work(wid)
        q(wiri, vocab.type_, N(vocab.KIND_CLASS.get(work.kind, vocab.Resource)))
        if title:
            q(wiri, vocab.title, _lit(title, _lang_of(title)))
        if work.kind == "repository":
            repo = next((k[5:] for k in sorted(work.keys) if k.startswith("repo:")), None)
            if repo:
                q(wiri, vocab.codeRepository, N("https://" + ids.iri_segment(repo, keep_slash=True)))
                q(wiri, vocab.name, _lit(repo.split("/", 1)[-1]))
            else:  # code outside a known forge ("[[code]](https://lab.example.org/downloads.html)")
                where = next((k[4:] for k in sorted(work.keys) if k.startswith("url:")), None) or url or ""
                iri = ids.safe_iri(where) if ids.is_http_url(where) else None
                if iri:
                    q(wiri, vocab.codeRepository, N(iri))
                    q(wiri, vocab.name, _lit(where.split("://", 1)[-1].rstrip("/")))
        if url:
            url_fact(wiri, vocab.url, url, line)
        for key in sorted(work.keys):
            scheme_, _, value = key.partition(":")
            if scheme_ == "doi":
                q(wiri, vocab.doi, _lit(value))
                doi_iri = ids.safe_iri("https://doi.org/" + ids.iri_segment(value, keep_slash=True))
                if doi_iri:
                    q(wiri, vocab.sameAs, N(doi_iri))
                    q(doi_iri, vocab.type_, N(vocab.DOI))
                    q(doi_iri, vocab.value, _lit(value))
            elif scheme_ == "arxiv":
                q(wiri, vocab.arxivId, _lit(value))
                q(wiri, vocab.sameAs, N("https://arxiv.org/abs/" + ids.iri_segment(value, keep_slash=True)))
            elif scheme_ == "pmid":
                q(wiri, vocab.pubmedId, _lit(value))
            elif scheme_ == "pmcid":
                q(wiri, vocab.pmcId, _lit(value))
        if entry is not None and work.kind == "paper":
            for a in entry.authors:
                q(wiri, vocab.authorName, _lit(a))
            if entry.year:
                q(wiri, vocab.issued, ox.Literal(f"{entry.year:04d}", datatype=_XSD_GYEAR))
            if entry.venue:
                viri = iris.venue(entry.venue)
                q(wiri, vocab.isPartOf, N(viri))
                q(viri, vocab.type_, N(vocab.Venue))
                q(viri, vocab.name, _lit(entry.venue))
        if entry is not None and entry.description and work.kind != "paper":
            q(wiri, vocab.description, _lit(entry.description, _lang_of(entry.description)))
        return wiri

    line_counts: dict[int, int] = {}
    for r in resolved:
        e = r.entry
        n = line_counts.get(e.line, 0)
        line_counts[e.line] = n + 1
        m = iris.mention(slug, e.line, n)
        primary = e.links[0] if e.links else None
        keep_url = primary.url if primary and (primary.role not in ("code", "related_code")
                                               or works[r.work].kind != "paper") else None
        wiri = work_facts(r.work, e, e.title, keep_url, e.line)
        if e.kind == "paper":
            for link in e.links[1:]:
                if link.role == "paper":
                    url_fact(wiri, vocab.url, link.url, link.line)
        q(m, vocab.type_, N(vocab.Mention))
        q(m, vocab.item, N(wiri))
        q(m, vocab.inList, N(list_iri))
        q(m, vocab.line, _int(e.line))
        q(m, vocab.endLine, _int(e.end_line))
        q(m, vocab.entryKind, _lit(e.kind))
        if e.title:
            q(m, vocab.label, _lit(e.title, _lang_of(e.title)))
        t = topic_iri(e.topic)
        if t:
            q(m, vocab.subject, N(t))
        for i, (rel, rwid) in enumerate(r.related):
            riri = work_facts(rwid, None, rel.label if rel.kind != "repository" else "", rel.url, rel.line)
            q(wiri, _RELATION[rel.relation], N(riri))
            if rel.relation == "dataset" and works[r.work].kind == "paper":
                q(riri, vocab.describedIn, N(wiri))
            rm = iris.mention(slug, e.line, n, related=i)
            q(rm, vocab.type_, N(vocab.Mention))
            q(rm, vocab.item, N(riri))
            q(rm, vocab.inList, N(list_iri))
            q(rm, vocab.line, _int(rel.line or e.line))
            q(rm, vocab.entryKind, _lit(rel.kind))
            q(rm, vocab.linkRole, _lit(rel.relation))
            if t:
                q(rm, vocab.subject, N(t))
        for j, d in enumerate(e.diagnostics):
            _diag_quads(q, iris, slug, list_iri, d, j, owner=m)
    for j, d in enumerate(list(list_diagnostics) + extra_diags):
        _diag_quads(q, iris, slug, list_iri, d, 1000 + j, owner=list_iri)
    out = sorted(set(out), key=lambda quad: str(quad))
    return out


def _diag_quads(q, iris: Iris, slug: str, list_iri: str, d: Diagnostic, n: int, owner: str) -> None:
    di = iris.diagnostic(slug, d.line, n)
    q(di, vocab.type_, N(vocab.Diagnostic))
    q(di, vocab.code, _lit(d.code))
    q(di, vocab.comment, _lit(d.message))
    q(di, vocab.line, _int(d.line))
    q(di, vocab.severity, _lit(d.severity))
    q(di, vocab.inList, N(list_iri))
    q(owner, vocab.hasDiagnostic, N(di))


def alignment_quads(topics: Sequence[tuple[str, Heading, str]], *, base: str = vocab.DEFAULT_BASE) -> list[ox.Quad]:
    """``skos:closeMatch`` between topics of different lists with the same (normalised) label.

    ``topics`` are (list slug, heading, topic IRI). Matching on the English and Chinese labels
    separately lets ``2.3 单细胞 Single-Cell`` meet ``Single-cell`` of another list.
    """
    from rapidfuzz import fuzz

    g = N(vocab.alignment_graph(base if base.endswith("/") else base + "/"))
    by_label: dict[str, list[tuple[str, str]]] = {}
    for slug, h, iri in topics:
        for label in {h.label_en, h.label_zh, h.text if not h.number else None} - {None}:
            key = " ".join(label.casefold().replace("-", " ").split())
            if len(key) >= 3:
                by_label.setdefault(key, []).append((slug, iri))
    pairs: set[tuple[str, str]] = set()
    for members in by_label.values():
        for s1, a in members:
            for s2, b in members:
                if s1 != s2 and a < b:
                    pairs.add((a, b))
    keys = sorted(k for k in by_label if " " in k or len(k) >= 6)
    for i, k1 in enumerate(keys):  # near-identical labels: "single cell" / "single-cell rna"
        for k2 in keys[i + 1:i + 40]:
            if fuzz.ratio(k1, k2) >= 92:
                for s1, a in by_label[k1]:
                    for s2, b in by_label[k2]:
                        if s1 != s2 and a != b:
                            pairs.add((min(a, b), max(a, b)))
    out = []
    for a, b in sorted(pairs):
        out.append(ox.Quad(N(a), N(vocab.closeMatch), N(b), g))
        out.append(ox.Quad(N(b), N(vocab.closeMatch), N(a), g))
    return out
