"""Model → N-Triples text (pure). Same input, same IRIs, same lines: builds are reproducible.

Every value that ends up in an IRI position goes through ``ids.safe_iri`` / ``ids.iri_segment``;
a URL that cannot be a valid IRI becomes a literal (``schema:url "…"``) and a diagnostic, so a
hostile list can never produce an invalid store. Facts stated by a list go into that list's
named graph; the graph of a list is everything needed to replace it atomically.

A graph is rendered straight to de-duplicated N-Triples lines (``GraphText``) rather than
to ``pyoxigraph`` term objects: the store's bulk loader parses text anyway, so building a Python
object per term and serialising it again cost more than the load itself (issue #8). Terms are
written exactly as Oxigraph prints them (``str(term)``), and the loader still parses and
validates every line, so a rendering mistake fails loudly instead of entering the store;
``list_quads`` parses the same text back into quads for callers that want objects.
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from medkg import ids, vocab
from medkg.model import Diagnostic, Entry, Heading, SourceText
from medkg.resolve import ResolvedEntry, Work

MAX_LITERAL = 4000  # long prose is truncated in the graph (the list itself keeps every byte)

_XSD_INT = f"<{vocab.XSD}integer>"
_XSD_GYEAR = f"<{vocab.XSD}gYear>"
# N-Triples string escapes, as Oxigraph writes them (so a line reads the same as ``str(quad)``)
_NEEDS_ESCAPE = re.compile(r'[\x00-\x1f"\\\x7f\ufffe\uffff]')
_ESCAPES = {"\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r", '"': '\\"', "\\": "\\\\"}
_CJK = re.compile("[\u3400-\u9fff]")


def _escape(m: re.Match) -> str:
    c = m.group()
    return _ESCAPES.get(c) or f"\\u{ord(c):04X}"


def lit(s: str, lang: str | None = None) -> str:
    """A string literal in N-Triples syntax (long prose truncated to ``MAX_LITERAL``)."""
    s = stored(s)
    if _NEEDS_ESCAPE.search(s):
        s = _NEEDS_ESCAPE.sub(_escape, s)
    return f'"{s}"@{lang}' if lang else f'"{s}"'


def stored(s: str) -> str:
    """A string as the graph keeps it: long prose truncated to ``MAX_LITERAL`` characters."""
    return s[:MAX_LITERAL] + "…" if len(s) > MAX_LITERAL else s


def _int(v: int) -> str:
    return f'"{v}"^^{_XSD_INT}'


def _lang_of(text: str) -> str | None:
    return "zh" if _CJK.search(text) else None


# predicates and classes as N-Triples terms, written once
def _t(iri: str) -> str:
    return f"<{iri}>"


_TYPE, _NAME, _TITLE, _URL = _t(vocab.type_), _t(vocab.name), _t(vocab.title), _t(vocab.url)
_CLASS = {kind: _t(cls) for kind, cls in vocab.KIND_CLASS.items()}
_RESOURCE = _t(vocab.Resource)
_MENTION, _ITEM, _IN_LIST, _LINE = _t(vocab.Mention), _t(vocab.item), _t(vocab.inList), _t(vocab.line)
_END_LINE, _ENTRY_KIND, _LABEL, _SUBJECT = _t(vocab.endLine), _t(vocab.entryKind), _t(vocab.label), _t(vocab.subject)
_LINK_ROLE = _t(vocab.linkRole)
_RELATION = {
    "official_code": _t(vocab.hasOfficialCode),
    "related_code": _t(vocab.hasRelatedCode),
    "code": _t(vocab.hasCode),
    "dataset": _t(vocab.usesDataset),
    "described_in": _t(vocab.describedIn),
}
_DESCRIBED_IN = _RELATION["described_in"]


@dataclass(slots=True)
class GraphText:
    """One graph as N-Triples: unique lines in a reproducible order (what is hashed, loaded and counted)."""

    graph: str  # the graph IRI the triples belong in
    data: bytes  # "s p o .\n" lines, UTF-8
    count: int  # number of triples

    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


@dataclass(slots=True)
class ListGraph(GraphText):
    """A list's graph, the topics it defines (``(heading, topic IRI)``, for the alignment graph) and
    its report digest (``report_digest``)."""

    topics: list[tuple[Heading, str]] = field(default_factory=list)
    digest: str = ""


#: a paper's facts in a report digest, in this order: titles, years, venue IRIs, DOIs, arXiv ids, URLs
PAPER_FACTS = ("title", "year", "venue", "doi", "arxiv", "url")


def report_digest(mentions: dict[str, list[str]], code: dict[tuple[str, str, str], str],
                  papers: dict[str, list[list[str]]], venues: dict[str, set[str]]) -> str:
    """What the report would ask of this list graph, as one JSON text.

    The "which papers have code" report reads every paper mention (with its line and heading), every
    code link and every paper's title, year, venue, DOI, arXiv id and landing page; asked of the
    store at 100k entries that is ≈ 5 CPU-s of dictionary look-ups and joins (issue #5). The answers
    for one list graph are fixed by the graph's own text, so they are written down with it: the build
    keeps this text in the meta graph next to the graph's content hash, and the report reads it
    instead of asking (``report_fetch._digests`` says when it may). The layout:

    * ``mentions``: ``[heading IRI or "", "line work\nline work…"]`` groups in first-seen order (the
      mentions query's rows);
    * ``code``: ``[work, "1"|"0" (official), repository, its canonical URL or ""]`` (the code query's);
    * ``papers``: work → the values this graph states of it, one list per ``PAPER_FACTS`` name;
    * ``venues``: venue IRI → the names this graph gives it.

    Values are the terms' values as the store keeps them (``stored``); lists are sorted, so the same
    graph gives the same text.
    """
    import json

    return json.dumps({"format": vocab.REPORT_DIGEST_FORMAT,
                       "mentions": [[t, "\n".join(items)] for t, items in mentions.items()],
                       "code": [[w, off, repo, url] for (w, off, repo), url in code.items()],
                       "papers": {w: [sorted(set(v)) if len(v) > 1 else v for v in facts]
                                  for w, facts in papers.items()},
                       "venues": {v: sorted(names) for v, names in venues.items()}},
                      ensure_ascii=False, separators=(",", ":"))


def graph_text(graph: str, lines: Iterable[str]) -> GraphText:
    """Unique ``s p o`` lines, in the order first made → ``GraphText``.

    The order is the renderer's, which depends only on the list (entries in document order, each
    entry's facts in a fixed order, never a set's iteration order): so the same list gives the
    same bytes in every process, which is what the incremental build's content hash needs. Not
    sorted: sorting a list's ~20k long, common-prefixed lines cost a quarter of its rendering,
    and Oxigraph's loader orders what it indexes itself (measured: no faster on sorted input).
    """
    unique = list(dict.fromkeys(lines))
    data = (" .\n".join(unique) + " .\n").encode("utf-8") if unique else b""
    return GraphText(graph, data, len(unique))


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
        return f"{self.base}id/venue/{_venue_slug(name)}"


@functools.lru_cache(maxsize=4096)
def _venue_slug(name: str) -> str:
    """A venue name's IRI segment; memoised: a list names a few venues thousands of times."""
    folded = unicodedata.normalize("NFKC", name).casefold()
    slug = "-".join("".join(c if c.isalnum() else " " for c in folded).split()) or "unnamed"
    return ids.iri_segment(slug)


def render_list(source: SourceText, resolved: Sequence[ResolvedEntry], works: dict[str, Work], *,
                list_diagnostics: Iterable[Diagnostic] = (), base: str = vocab.DEFAULT_BASE,
                source_url: str | None = None, title: str | None = None) -> ListGraph:
    """One list's named graph as N-Triples (reproducible, see ``graph_text``), and the topics it defines."""
    iris = Iris(base)
    slug = source.name
    lines: list[str] = []
    add = lines.append

    list_iri = f"<{iris.list(slug)}>"
    add(f"{list_iri} {_TYPE} <{vocab.AwesomeList}>")
    add(f"{list_iri} {_NAME} {lit(slug)}")
    add(f"{list_iri} {_TITLE} {lit(title or slug)}")
    add(f"{list_iri} <{vocab.sha256}> {lit(source.sha256)}")
    add(f"{list_iri} <{vocab.numberOfItems}> {_int(len(resolved))}")
    src = ids.safe_iri(source_url) if source_url else None
    add(f"{list_iri} <{vocab.source}> {f'<{src}>' if src else lit(source_url or source.path)}")
    scheme = f"<{iris.scheme(slug)}>"
    add(f"{scheme} {_TYPE} <{vocab.ConceptScheme}>")
    add(f"{scheme} {_TITLE} {lit(title or slug)}")

    topic_of: dict[tuple[Heading, ...], str] = {}
    topics: list[tuple[Heading, str]] = []
    extra_diags: list[Diagnostic] = []

    def topic_iri(path: tuple[Heading, ...]) -> str | None:
        """The topic's term; its facts (and its parents') the first time a path is seen."""
        term = topic_of.get(path)
        if term is not None or not path:
            return term
        iri = iris.topic(slug, path)
        term = topic_of[path] = f"<{iri}>"
        topics.append((path[-1], iri))
        h = path[-1]
        add(f"{term} {_TYPE} <{vocab.Concept}>")
        add(f"{term} <{vocab.inScheme}> {scheme}")
        add(f"{term} <{vocab.prefLabel}> {lit(h.text)}")
        if h.label_zh and h.label_zh != h.text:
            add(f"{term} <{vocab.prefLabel}> {lit(h.label_zh, 'zh')}")
        if h.label_en and h.label_en != h.text:
            add(f"{term} <{vocab.prefLabel}> {lit(h.label_en, 'en')}")
        if h.number:
            add(f"{term} <{vocab.notation}> {lit(h.number)}")
        parent = topic_iri(path[:-1])
        if parent:
            add(f"{term} <{vocab.broader}> {parent}")
        else:
            add(f"{term} <{vocab.topConceptOf}> {scheme}")
        return term

    def url_fact(subject: str, url: str, line: int) -> None:
        iri = ids.safe_iri(url)
        facts = digest_papers.get(subject)
        if facts is not None:
            facts[5].append(iri or stored(url))
        if iri:
            add(f"{subject} {_URL} <{iri}>")
        else:
            add(f"{subject} {_URL} {lit(url)}")
            extra_diags.append(Diagnostic(slug, line, "invalid-url", f"not a valid IRI, kept as text: {url[:200]!r}"))

    # the report digest's rows (see ``report_digest``): paper mentions by heading, code links
    digest_mentions: dict[str, list[str]] = {}
    digest_code: dict[tuple[str, str, str], str] = {}
    canonical: dict[str, str] = {}  # repository term → the smallest canonical URL it is given here
    digest_papers: dict[str, list[list[str]]] = {}  # paper term → its facts here (PAPER_FACTS)
    digest_venues: dict[str, set[str]] = {}

    def work_facts(wid: str, entry: Entry | None, title: str, url: str | None, line: int) -> str:
        work = works[wid]
        w = f"<{iris.work(wid)}>"
        add(f"{w} {_TYPE} {_CLASS.get(work.kind, _RESOURCE)}")
        facts = digest_papers.get(w)
        if facts is None and work.kind == "paper":
            facts = digest_papers[w] = [[], [], [], [], [], []]  # PAPER_FACTS
        if title:
            add(f"{w} {_TITLE} {lit(title, _lang_of(title))}")
            if facts is not None:
                facts[0].append(stored(title))
        keys = sorted(work.keys)
        if work.kind == "repository":
            repo = next((k[5:] for k in keys if k.startswith("repo:")), None)
            iri: str | None
            if repo:
                iri = f"https://{ids.iri_segment(repo, keep_slash=True)}"
                add(f"{w} <{vocab.codeRepository}> <{iri}>")
                add(f"{w} {_NAME} {lit(repo.split('/', 1)[-1])}")
            else:  # code outside a known forge ("[[code]](https://lab.example.org/downloads.html)")
                where = next((k[4:] for k in keys if k.startswith("url:")), None) or url or ""
                iri = ids.safe_iri(where) if ids.is_http_url(where) else None
                if iri:
                    add(f"{w} <{vocab.codeRepository}> <{iri}>")
                    add(f"{w} {_NAME} {lit(where.split('://', 1)[-1].rstrip('/'))}")
            if iri and (w not in canonical or iri < canonical[w]):
                canonical[w] = iri
        if url:
            url_fact(w, url, line)
        for key in keys:
            scheme_, _, value = key.partition(":")
            if scheme_ == "doi":
                add(f"{w} <{vocab.doi}> {lit(value)}")
                if facts is not None:
                    facts[3].append(stored(value))
                doi_iri = ids.safe_iri("https://doi.org/" + ids.iri_segment(value, keep_slash=True))
                if doi_iri:
                    add(f"{w} <{vocab.sameAs}> <{doi_iri}>")
                    add(f"<{doi_iri}> {_TYPE} <{vocab.DOI}>")
                    add(f"<{doi_iri}> <{vocab.value}> {lit(value)}")
            elif scheme_ == "arxiv":
                add(f"{w} <{vocab.arxivId}> {lit(value)}")
                if facts is not None:
                    facts[4].append(stored(value))
                add(f"{w} <{vocab.sameAs}> <https://arxiv.org/abs/{ids.iri_segment(value, keep_slash=True)}>")
            elif scheme_ == "pmid":
                add(f"{w} <{vocab.pubmedId}> {lit(value)}")
            elif scheme_ == "pmcid":
                add(f"{w} <{vocab.pmcId}> {lit(value)}")
        if entry is not None and work.kind == "paper":
            for a in entry.authors:
                add(f"{w} <{vocab.authorName}> {lit(a)}")
            assert facts is not None  # a paper's digest facts are made above
            if entry.year:
                add(f'{w} <{vocab.issued}> "{entry.year:04d}"^^{_XSD_GYEAR}')
                facts[1].append(f"{entry.year:04d}")
            if entry.venue:
                v = f"<{iris.venue(entry.venue)}>"
                add(f"{w} <{vocab.isPartOf}> {v}")
                add(f"{v} {_TYPE} <{vocab.Venue}>")
                add(f"{v} {_NAME} {lit(entry.venue)}")
                facts[2].append(v[1:-1])
                digest_venues.setdefault(v[1:-1], set()).add(stored(entry.venue))
        if entry is not None and entry.description and work.kind != "paper":
            add(f"{w} <{vocab.description}> {lit(entry.description, _lang_of(entry.description))}")
        return w

    line_counts: dict[int, int] = {}
    for r in resolved:
        e = r.entry
        n = line_counts.get(e.line, 0)
        line_counts[e.line] = n + 1
        m = f"<{iris.mention(slug, e.line, n)}>"
        primary = e.links[0] if e.links else None
        keep_url = primary.url if primary and (primary.role not in ("code", "related_code")
                                               or works[r.work].kind != "paper") else None
        w = work_facts(r.work, e, e.title, keep_url, e.line)
        if e.kind == "paper":
            for link in e.links[1:]:
                if link.role == "paper":
                    url_fact(w, link.url, link.line)
        add(f"{m} {_TYPE} {_MENTION}")
        add(f"{m} {_ITEM} {w}")
        add(f"{m} {_IN_LIST} {list_iri}")
        add(f"{m} {_LINE} {_int(e.line)}")
        add(f"{m} {_END_LINE} {_int(e.end_line)}")
        add(f"{m} {_ENTRY_KIND} {lit(e.kind)}")
        if e.title:
            add(f"{m} {_LABEL} {lit(e.title, _lang_of(e.title))}")
        t = topic_iri(e.topic)
        if t:
            add(f"{m} {_SUBJECT} {t}")
        if e.kind == "paper":
            digest_mentions.setdefault(t[1:-1] if t else "", []).append(f"{e.line} {w[1:-1]}")
        for i, (rel, rwid) in enumerate(r.related):
            rw = work_facts(rwid, None, rel.label if rel.kind != "repository" else "", rel.url, rel.line)
            add(f"{w} {_RELATION[rel.relation]} {rw}")
            if rel.relation in ("official_code", "related_code"):
                digest_code[(w, "1" if rel.relation == "official_code" else "0", rw)] = ""
            if rel.relation == "dataset" and works[r.work].kind == "paper":
                add(f"{rw} {_DESCRIBED_IN} {w}")
            rm = f"<{iris.mention(slug, e.line, n, related=i)}>"
            add(f"{rm} {_TYPE} {_MENTION}")
            add(f"{rm} {_ITEM} {rw}")
            add(f"{rm} {_IN_LIST} {list_iri}")
            add(f"{rm} {_LINE} {_int(rel.line or e.line)}")
            add(f"{rm} {_ENTRY_KIND} {lit(rel.kind)}")
            add(f"{rm} {_LINK_ROLE} {lit(rel.relation)}")
            if t:
                add(f"{rm} {_SUBJECT} {t}")
        for j, d in enumerate(e.diagnostics):
            _diag_lines(add, iris, slug, list_iri, d, j, owner=m)
    for j, d in enumerate(list(list_diagnostics) + extra_diags):
        _diag_lines(add, iris, slug, list_iri, d, 1000 + j, owner=list_iri)
    text = graph_text(iris.graph(slug), lines)
    # topic_iri calls itself through its closure: a reference cycle that would keep every line of the list
    # (through the cells of ``add``) alive until the collector's next full pass, which a build holds
    # (pipeline does: +390 MB peak RSS at 100k entries without this line)
    topic_iri = None  # type: ignore[assignment]  # noqa: F841
    code = {(w[1:-1], off, rw[1:-1]): canonical.get(rw, "") for w, off, rw in digest_code}
    papers = {w[1:-1]: facts for w, facts in digest_papers.items()}
    return ListGraph(text.graph, text.data, text.count, topics,
                     report_digest(digest_mentions, code, papers, digest_venues))


def _diag_lines(add, iris: Iris, slug: str, list_iri: str, d: Diagnostic, n: int, owner: str) -> None:
    di = f"<{iris.diagnostic(slug, d.line, n)}>"
    add(f"{di} {_TYPE} <{vocab.Diagnostic}>")
    add(f"{di} <{vocab.code}> {lit(d.code)}")
    add(f"{di} <{vocab.comment}> {lit(d.message)}")
    add(f"{di} {_LINE} {_int(d.line)}")
    add(f"{di} <{vocab.severity}> {lit(d.severity)}")
    add(f"{di} {_IN_LIST} {list_iri}")
    add(f"{owner} <{vocab.hasDiagnostic}> {di}")


def parse_quads(text: GraphText) -> list:
    """``text`` as ``pyoxigraph.Quad`` objects in its graph (strictly parsed: every term validated)."""
    import pyoxigraph as ox

    g = ox.NamedNode(text.graph)
    return [ox.Quad(t.subject, t.predicate, t.object, g)
            for t in ox.parse(text.data, format=ox.RdfFormat.N_TRIPLES)]


def list_quads(source: SourceText, resolved: Sequence[ResolvedEntry], works: dict[str, Work], *,
               list_diagnostics: Iterable[Diagnostic] = (), base: str = vocab.DEFAULT_BASE,
               source_url: str | None = None, title: str | None = None) -> list:
    """All quads of one list's named graph, in ``render_list``'s reproducible order (parsed)."""
    return parse_quads(render_list(source, resolved, works, list_diagnostics=list_diagnostics, base=base,
                                   source_url=source_url, title=title))


def alignment_graph(topics: Iterable[tuple[str, Heading, str]], *, base: str = vocab.DEFAULT_BASE) -> GraphText:
    """``skos:closeMatch`` between topics of different lists with the same (normalised) label.

    ``topics`` are (list slug, heading, topic IRI). Matching on the English and Chinese labels
    separately lets ``2.3 单细胞 Single-Cell`` meet ``Single-cell`` of another list.

    Linear in the number of topics: the topics sharing a label are linked as a star around one of
    them (the smallest IRI; its own list's other topics go to the smallest topic of another list),
    not pairwise — pairwise was quadratic in the number of lists (635k quads at 100 lists). Every
    topic of a label shared by two lists is still ``skos:closeMatch`` a topic of another list
    with that label, and the group is connected (SKOS: a mapping, not an equivalence, so
    queries follow ``skos:closeMatch+`` to reach the whole group). Near-identical labels
    (``single cell`` / ``single-cell rna``) link the two groups by one pair.
    """
    from rapidfuzz import fuzz

    by_label: dict[str, dict[str, str]] = {}  # label key → {topic IRI: list slug}
    for slug, h, iri in topics:
        for label in {h.label_en, h.label_zh, h.text if not h.number else None} - {None}:
            key = " ".join(label.casefold().replace("-", " ").split())
            if len(key) >= 3:
                by_label.setdefault(key, {})[iri] = slug
    pairs: set[tuple[str, str]] = set()

    def pair(a: str, b: str) -> None:
        pairs.add((a, b) if a < b else (b, a))

    for members in by_label.values():
        if len(set(members.values())) < 2:
            continue
        hub = min(members)
        other = min(iri for iri, slug in members.items() if slug != members[hub])
        for iri, slug in members.items():
            if iri != hub:
                pair(iri, hub if slug != members[hub] else other)
    keys = sorted(k for k in by_label if " " in k or len(k) >= 6)
    for i, k1 in enumerate(keys):  # near-identical labels: "single cell" / "single-cell rna"
        for k2 in keys[i + 1:i + 40]:
            if fuzz.ratio(k1, k2) >= 92:
                link = _cross_pair(by_label[k1], by_label[k2])
                if link:
                    pair(*link)
    close = f"<{vocab.closeMatch}>"
    # ``pairs`` is a set: its order differs between processes, the text must not
    lines = sorted(f"<{a}> {close} <{b}>" for x, y in pairs for a, b in ((x, y), (y, x)))
    return graph_text(vocab.alignment_graph(base if base.endswith("/") else base + "/"), lines)


def _cross_pair(g1: dict[str, str], g2: dict[str, str]) -> tuple[str, str] | None:
    """One topic of each group, of different lists (the smallest such IRIs), or None. Linear."""
    a = min(g1)
    b = min((iri for iri, slug in g2.items() if slug != g1[a] and iri != a), default=None)
    if b is not None:
        return a, b
    # every topic of g2 (but perhaps ``a`` itself) is in a's list: try a topic of g1 from another list
    a = min((iri for iri, slug in g1.items() if slug != g1[a]), default=None)
    if a is None:
        return None
    b = min((iri for iri, slug in g2.items() if slug != g1[a] and iri != a), default=None)
    return (a, b) if b is not None else None
