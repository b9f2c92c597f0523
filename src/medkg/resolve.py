"""Mentions → canonical works: one paper is one node however many lists mention it.

Keys, strongest first (DESIGN §2): DOI › arXiv › PMID › PMCID › repository › URL › title.
Mentions sharing any key are one work (union–find), except that two groups with different
DOIs (or different arXiv ids) are never joined through a weaker key: a shared URL or a
look-alike title must not merge two distinct papers. The work's IRI comes from its strongest
key, so it does not depend on list order.
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from medkg import ids
from medkg.model import Entry, Identifiers

_KEY_ORDER = {"doi": 0, "arxiv": 1, "pmid": 2, "pmcid": 3, "repo": 4, "url": 5, "title": 6}
_QUOTES = dict.fromkeys(map(ord, "\u2018\u2019\u201a\u201b\u2032\u00b4`"), "'") | dict.fromkeys(
    map(ord, "\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb"), '"')
#: both tables in one pass (what they map to, ``-'"``, neither maps again)
_DASHES_AND_QUOTES = ids.DASHES | _QUOTES
_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)
_CJK = re.compile("[\u3400-\u9fff]")
#: below this a title is too generic to identify a work on its own ("Introduction", "BERT")
MIN_TITLE_CHARS = 24
MIN_TITLE_WORDS = 4
MIN_CJK_TITLE_CHARS = 8


def normalize_title(title: str) -> str | None:
    """NFKC, dashes/quotes unified, case-folded, punctuation and spaces squeezed; None if unsafe."""
    if not title:
        return None
    if title.isascii():
        # NFKC leaves ASCII as it is and the tables' one ASCII key, the backtick, would become a
        # quote that the squeeze below turns into a space all the same: three passes skipped
        s = title.lower()
    else:
        s = unicodedata.normalize("NFKC", title).translate(_DASHES_AND_QUOTES).casefold()
    words = _NON_WORD.sub(" ", s).split()
    s = " ".join(words)
    if len(s) >= MIN_TITLE_CHARS and len(words) >= MIN_TITLE_WORDS:
        return s
    # a Chinese title has no spaces to count words by: enough ideographs make it specific
    if len(_CJK.findall(s)) >= MIN_CJK_TITLE_CHARS:
        return s
    return None


#: how alike two normalised titles must be (``rapidfuzz.fuzz.ratio``) to be one work's title written twice
SAME_TITLE_RATIO = 90
#: an acronym a title may write for words the other spells out ("RL" for "Reinforcement Learning")
_ACRONYM = re.compile(r"\b[A-Z]{2,5}\b")


def _spelt_acronyms(key: str, other: str) -> str:
    """The normalised title ``key`` with each run of words whose initials spell an acronym of the title ``other``
    (as written, in capitals) replaced by that acronym: "… reinforcement learning centered …" → "… rl centered …"."""
    acronyms = {a.lower() for a in _ACRONYM.findall(other)}
    if not acronyms:
        return key
    words, out, i = key.split(), [], 0
    while i < len(words):
        for a in acronyms:
            n = len(a)
            if i + n <= len(words) and all(w[:1] == c for w, c in zip(words[i:i + n], a)):
                out.append(a)
                i += n
                break
        else:
            out.append(words[i])
            i += 1
    return " ".join(out)


def same_title(a: str, b: str) -> bool:
    """Whether two titles name one work, written twice on one page (a listed paper and its BibTeX record): their
    normalised forms (``normalize_title``, so neither too short to tell works apart) alike by ``SAME_TITLE_RATIO``
    or more, once an acronym one writes is set for the words the other spells out ("An Open-source RL Centered
    Platform" is "An Open-source Reinforcement Learning Centered Platform")."""
    from rapidfuzz import fuzz

    ka, kb = normalize_title(a), normalize_title(b)
    if ka is None or kb is None:
        return False
    if fuzz.ratio(ka, kb) >= SAME_TITLE_RATIO:
        return True
    if not (_ACRONYM.search(a) or _ACRONYM.search(b)):
        return False
    return fuzz.ratio(_spelt_acronyms(ka, b), _spelt_acronyms(kb, a)) >= SAME_TITLE_RATIO


def identifier_keys(identifiers: Identifiers) -> list[str]:
    return _id_keys(identifiers.doi, identifiers.arxiv, identifiers.pmid, identifiers.pmcid)


def _id_keys(doi: str | None, arxiv: str | None, pmid: str | None, pmcid: str | None) -> list[str]:
    out = []
    if doi:
        out.append("doi:" + doi.lower())
    if arxiv:
        out.append("arxiv:" + arxiv)
    if pmid:
        out.append("pmid:" + pmid)
    if pmcid:
        out.append("pmcid:" + pmcid.upper())
    return out


def url_keys(url: str, *, kind: str) -> list[str]:
    """Keys a link gives the thing it points at."""
    return list(_url_keys(url, kind))


@functools.lru_cache(maxsize=1 << 17)
def _url_keys(url: str, kind: str) -> tuple[str, ...]:
    # memoised: every entry's keys are computed twice (extract's duplicate check, then resolve),
    # and the same URLs recur across lists; canonical_url is the costly part. A paper URL's ids are
    # the per-URL record classify.url_role and identifiers_from already read (ids.ids_from_url).
    repo = ids.canonical_repo(url)
    if repo and kind in ("repository", "code"):
        return ("repo:" + repo,)
    out = _id_keys(*ids.ids_from_url(url)) if kind == "paper" else []
    if repo:
        out.append("repo:" + repo)
    if ids.is_http_url(url):
        canon = ids.canonical_url(url)
        if canon:
            out.append("url:" + canon)
    return tuple(out)


def entry_keys(entry: Entry) -> list[str]:
    """Keys of the work an entry is about (its main work), strongest first."""
    primary = entry.links[0] if entry.links else None
    if entry.kind == "paper":
        i = entry.identifiers
        doi, arxiv, pmid, pmcid = i.doi, i.arxiv, i.pmid, i.pmcid
    else:
        doi = arxiv = pmid = pmcid = None
    return list(_entry_keys(entry.kind, doi, arxiv, pmid, pmcid, primary.url if primary else None,
                            primary.role if primary else None, entry.title))


@functools.lru_cache(maxsize=1 << 14)
def _entry_keys(kind: str, doi: str | None, arxiv: str | None, pmid: str | None, pmcid: str | None,
                url: str | None, role: str | None, title: str) -> tuple[str, ...]:
    # memoised on exactly what the keys depend on: extraction's duplicate check and resolution's
    # plan ask for the same entries' keys one after the other (the identifiers as four strings:
    # hashing them is C, hashing the Identifiers dataclass is a Python call)
    keys = _id_keys(doi, arxiv, pmid, pmcid)
    if url is not None:
        if kind == "paper" and role in ("code", "related_code"):
            pass  # the repository is the paper's code, not the paper
        elif kind == "repository":
            keys.extend(_url_keys(url, "repository"))
        elif kind != "paper" or role in ("paper", "other"):
            keys.extend([k for k in _url_keys(url, kind) if not k.startswith("repo:")])
    norm = normalize_title(title)
    if norm:
        keys.append(f"title:{_title_class(kind)}:{norm}")
    return tuple(dict.fromkeys(keys)) if len(keys) > 1 else tuple(keys)


def _title_class(kind: str) -> str:
    return "paper" if kind == "paper" else "resource" if kind not in ("dataset", "repository") else kind


# ----------------------------------------------------------------------------- works
@dataclass(frozen=True, slots=True)
class Related:
    """A thing an entry links to besides its main work (code, a dataset, the describing paper)."""

    relation: str  # "official_code" | "related_code" | "code" | "dataset" | "described_in" | "paper"
    kind: str  # kind of the related work: repository | dataset | paper
    keys: tuple[str, ...]
    url: str
    label: str
    line: int


@dataclass(frozen=True, slots=True)
class ResolvedEntry:
    entry: Entry
    work: str  # work id (see Work.id)
    related: tuple[tuple[Related, str], ...]  # (relation, work id)


@dataclass(slots=True)
class Work:
    """A canonical thing. ``id`` is ``{kind}/{scheme}/{key}``: the tail of its IRI."""

    id: str
    kind: str
    keys: set[str] = field(default_factory=set)


def related_of(entry: Entry) -> list[Related]:
    out: list[Related] = []
    is_paper = entry.kind == "paper"
    for i, link in enumerate(entry.links):
        primary = i == 0
        role = link.role
        if role in ("code", "related_code"):
            if entry.kind == "repository" and primary:
                continue
            if primary and entry.kind not in ("paper",) and not ids.canonical_repo(link.url):
                continue
            rel = ("official_code" if role == "code" else "related_code") if is_paper else "code"
            keys = url_keys(link.url, kind="repository")
            if keys:
                out.append(Related(rel, "repository", tuple(keys), link.url, link.label, link.line))
        elif role == "dataset" and not (primary and entry.kind == "dataset"):
            keys = url_keys(link.url, kind="dataset")
            if keys and (is_paper or entry.kind != "dataset"):
                out.append(Related("dataset", "dataset", tuple(keys), link.url, link.text or link.label, link.line))
        elif role == "paper" and not is_paper and not primary:
            keys = url_keys(link.url, kind="paper")
            if keys:
                out.append(Related("described_in", "paper", tuple(keys), link.url, link.text or link.label, link.line))
    return out


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}
        # root → {"doi": …, "arxiv": …}, only for roots that have one: a dict per key would be most
        # of resolution's memory at a million entries (issue #8)
        self.strong: dict[str, dict[str, str]] = {}

    def add(self, key: str) -> None:
        if key not in self.parent:
            self.parent[key] = key
            scheme, _, value = key.partition(":")
            if scheme in ("doi", "arxiv"):
                self.strong[key] = {scheme: value}

    def find(self, key: str) -> str:
        root = key
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[key] != root:
            self.parent[key], key = root, self.parent[key]
        return root

    def union(self, a: str, b: str) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        sa, sb = self.strong.get(ra), self.strong.get(rb)
        if sa and sb:
            for scheme in ("doi", "arxiv"):
                if scheme in sa and scheme in sb and sa[scheme] != sb[scheme]:
                    return False  # two distinct identified papers: never merged by a weaker key
        self.parent[rb] = ra
        if sb:
            self.strong[ra] = {**sb, **sa} if sa else sb
            del self.strong[rb]
        return True


def _key_rank(key: str) -> tuple[int, str]:
    return (_KEY_ORDER.get(key.partition(":")[0], 9), key)


def work_id(kind: str, keys: Iterable[str]) -> str:
    """Deterministic id from the strongest key: ``paper/doi/10.1038/x``, ``repository/github.com/o/n``."""
    best = min(keys, key=_key_rank)
    scheme, _, value = best.partition(":")
    if scheme == "repo":
        return f"repository/{ids.iri_segment(value, keep_slash=True)}"
    if scheme in ("url", "title"):
        digest = hashlib.sha1(value.encode("utf-8")).hexdigest()[:16]
        return f"{kind}/{scheme}/{digest}"
    return f"{kind}/{scheme}/{ids.iri_segment(value, keep_slash=True)}"


_KIND_STRENGTH = {"paper": 0, "dataset": 1, "repository": 2, "model": 3, "tool": 4, "competition": 5,
                  "website": 6, "other": 7}


@dataclass(frozen=True, slots=True)
class Planned:
    """What resolution needs of one entry: its keys, its kind and what it links to (not the entry)."""

    keys: tuple[str, ...]
    kind: str
    related: tuple[Related, ...]


def plan(entries: Iterable[Entry]) -> list[Planned]:
    """The keys of a list's entries. Cheap to keep for every list: the entries themselves need not be."""
    return [Planned(tuple(entry_keys(e) or [f"url:medkg-entry/{e.source}/{e.line}"]), e.kind, tuple(related_of(e)))
            for e in entries]


#: per entry, the id of its work and of each thing it links to
WorkIds = tuple[str, tuple[str, ...]]


def resolve_plans(plans_by_list: Sequence[Sequence[Planned]], *, extra_keys: dict[str, list[str]] | None = None,
                  ) -> tuple[list[list[WorkIds]], dict[str, Work]]:
    """Assign every planned entry (and every thing it links to) a work id, across all lists at once.

    ``extra_keys`` adds keys learned elsewhere (a DOI Crossref found for a title-only citation):
    any work holding the anchor key also gets the extra keys, and merges accordingly.
    """
    extra_keys = extra_keys or {}
    uf = _UnionFind()
    kinds: dict[str, str] = {}

    def register(keys: Sequence[str], kind: str) -> None:
        keys = list(keys) + [x for k in keys for x in extra_keys.get(k, ())] if extra_keys else keys
        for k in keys:
            uf.add(k)
            if _KIND_STRENGTH.get(kind, 9) < _KIND_STRENGTH.get(kinds.get(k, "other"), 9) or k not in kinds:
                kinds[k] = kind
        for k in keys[1:]:
            uf.union(keys[0], k)

    for plans in plans_by_list:
        for pl in plans:
            register(pl.keys, pl.kind)
            for r in pl.related:
                register(r.keys, r.kind)

    groups: dict[str, set[str]] = {}
    for k in uf.parent:
        groups.setdefault(uf.find(k), set()).add(k)
    works: dict[str, Work] = {}
    root_to_id: dict[str, str] = {}
    for root, members in groups.items():
        kind = min((kinds.get(k, "other") for k in members), key=lambda x: _KIND_STRENGTH.get(x, 9))
        wid = work_id(kind, members)
        root_to_id[root] = wid
        works[wid] = Work(wid, kind, members)
    del groups

    ids: list[list[WorkIds]] = []
    for plans in plans_by_list:
        ids.append([(root_to_id[uf.find(pl.keys[0])], tuple(root_to_id[uf.find(r.keys[0])] for r in pl.related))
                    for pl in plans])
    return ids, works


def bind(entries: Sequence[Entry], plans: Sequence[Planned], ids: Sequence[WorkIds]) -> list[ResolvedEntry]:
    """A list's entries with the work ids ``resolve_plans`` gave them."""
    return [ResolvedEntry(e, wid, tuple(zip(pl.related, rel))) for e, pl, (wid, rel) in zip(entries, plans, ids)]


def resolve(entries_by_list: Sequence[Sequence[Entry]], *, extra_keys: dict[str, list[str]] | None = None,
            ) -> tuple[list[list[ResolvedEntry]], dict[str, Work]]:
    """Assign every entry (and every thing it links to) a work id, across all lists at once."""
    plans = [plan(entries) for entries in entries_by_list]
    ids, works = resolve_plans(plans, extra_keys=extra_keys)
    return [bind(entries, p, i) for entries, p, i in zip(entries_by_list, plans, ids)], works
