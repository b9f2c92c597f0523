"""Validate Crossref search candidates against what a list said about a paper (pure).

Crossref's search ranks by relevance, not by identity: the first hit for a citation is
often a namesake (same title, other year or authors), a review with a similar title, or
the preprint of the article. Following Crossref's own "search-based matching with
validation", a candidate is accepted only when the title agrees *and* something
independent of the title corroborates it (year ±1, first-author surname, venue, volume or
first page); a hard contradiction (year off by more than one, no author of the candidate
in the citation) rejects it whatever its title. Two unrelated candidates that both pass
with nearly the same evidence make the match ambiguous, and nothing is accepted.

Everything here is a function of its arguments: no I/O, no clock, no randomness.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from medkg.enrich.model import CrossrefRecord, EnrichTarget

#: Title similarity (0..1) that counts as "the same title".
TITLE_OK = 0.90
#: Below TITLE_OK but at least this: accepted only with author, exact year and numbers.
TITLE_WEAK = 0.80
#: Candidates whose combined scores are closer than this are indistinguishable.
AMBIGUITY_MARGIN = 0.04
#: Crossref types that describe something *about* a work, never the work itself.
NOT_A_WORK = frozenset({"peer-review", "component", "grant"})
#: Crossref type of preprints.
PREPRINT_TYPE = "posted-content"

# Characters at which a citation is cut into segments; a title is one or more adjacent ones.
_SEGMENT_BREAK = re.compile(r"[.,;:?!\"“”„«»()\[\]{}/|]+|\s[-–—]\s|\s'|'\s")
_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")
_MAX_SPAN = 10  # segments a title may cover


@dataclass(frozen=True, slots=True)
class Verdict:
    """Why a candidate was accepted or refused, with the numbers behind it."""

    doi: str
    accepted: bool
    reason: str
    score: float  # 0..1: half title similarity, half corroborating evidence
    similarity: float  # title similarity 0..1


# --- normalisation -------------------------------------------------------------------------


@lru_cache(maxsize=4096)
def normalise(text: str) -> str:
    """Accent-, case-, dash- and quote-insensitive form: letters and digits separated by single spaces.

    NFKD then dropping combining marks turns "Gómez" into "gomez" and full-width forms into
    ASCII; every character that is neither a letter nor a digit (hyphens, en dashes, the
    minus sign lists use for page ranges, curly quotes, punctuation) becomes a space.
    CJK characters are letters and survive unchanged.
    """
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return " ".join("".join(c if c.isalnum() else " " for c in stripped).split())


def title_similarity(a: str, b: str) -> float:
    """Similarity of two titles in 0..1 after ``normalise`` (1.0: same words, same order)."""
    na, nb = normalise(a), normalise(b)
    if not na or not nb:
        return 0.0
    return fuzz.ratio(na, nb) / 100.0


def _segments(citation: str) -> list[tuple[int, int]]:
    """(start, end) character spans of the citation between punctuation breaks."""
    spans, start = [], 0
    for m in _SEGMENT_BREAK.finditer(citation):
        if m.start() > start:
            spans.append((start, m.start()))
        start = m.end()
    if start < len(citation):
        spans.append((start, len(citation)))
    return [(s, e) for s, e in spans if citation[s:e].strip()]


def locate_title(citation: str, title: str) -> tuple[float, tuple[int, int] | None]:
    """Best similarity of ``title`` to a run of adjacent segments of ``citation``, and that run.

    Comparing whole segments (not substrings) is what keeps "Deep learning in biomedicine"
    from matching inside "Applications of deep learning in biomedicine".
    """
    target = normalise(title)
    if not target:
        return 0.0, None
    segs = _segments(citation)
    norms = [normalise(citation[s:e]) for s, e in segs]
    best, where = 0.0, None
    n = len(target)
    for i in range(len(segs)):
        joined = ""
        for j in range(i, min(i + _MAX_SPAN, len(segs))):
            joined = f"{joined} {norms[j]}".strip() if joined else norms[j]
            if len(joined) > 1.6 * n + 10:
                break
            if len(joined) < 0.6 * n:
                continue
            sim = fuzz.ratio(joined, target) / 100.0
            if sim > best:
                best, where = sim, (segs[i][0], segs[j][1])
    return best, where


def years_in(text: str) -> set[int]:
    return {int(y) for y in _YEAR.findall(text)}


def _has_latin(text: str) -> bool:
    return any("a" <= c <= "z" for c in text)


def _name_in(name: str, region: str) -> bool:
    """Is the (normalised) surname ``name`` a whole-word part of ``region``?"""
    name = normalise(name)
    if not name:
        return False
    padded = f" {region} "
    if f" {name} " in padded:
        return True
    # "van Tulder" written "Tulder", "Hosseini-Asl" written "Hosseini": the longest part
    parts = sorted(name.split(), key=len, reverse=True)
    return len(parts) > 1 and len(parts[0]) >= 4 and f" {parts[0]} " in padded


# --- judging one candidate -----------------------------------------------------------------


def judge(target: EnrichTarget, record: CrossrefRecord) -> Verdict:
    """Accept or refuse ``record`` as the work ``target`` describes; never looks at other candidates."""
    doi = record.doi

    def refuse(reason: str, sim: float = 0.0, score: float = 0.0) -> Verdict:
        return Verdict(doi, False, reason, round(score, 4), round(sim, 4))

    if record.type in NOT_A_WORK:
        return refuse(f"type {record.type} is not a work")
    if not record.title:
        return refuse("candidate has no title")

    titles = [record.title]
    if record.subtitle:
        titles.append(f"{record.title}: {record.subtitle}")
    citation = " ".join((target.citation or "").split())

    # -- title
    sim, span = 0.0, None
    if target.title:
        sim = max(title_similarity(target.title, t) for t in titles)
    if citation:
        for t in titles:
            s, where = locate_title(citation, t)
            if s > sim:
                sim, span = s, where
    if sim < TITLE_WEAK:
        return refuse(f"title differs (similarity {sim:.2f})", sim)

    # The rest of the citation (title cut out) is where authors, venue, year and pages are.
    rest = citation if span is None else f"{citation[: span[0]]} {citation[span[1]:]}"
    rest_norm = normalise(rest)
    evidence: list[str] = []
    points = 0.0

    # -- year
    stated_years = set(years_in(rest)) if citation else set()
    if target.year:
        stated_years.add(target.year)
    record_years = set(record.years)
    if stated_years and record_years:
        deltas = {ry - sy for ry in record_years for sy in stated_years}
        # An arXiv entry's journal version normally appears up to two years after it.
        expected = {0, 1, 2} if target.arxiv else {0}
        if deltas & expected:
            points += 1.0
            evidence.append("year")
        elif any(-1 <= d <= 1 for d in deltas):
            points += 0.5
            evidence.append("year±1")
        else:
            return refuse(
                f"year {sorted(record_years)} vs stated {sorted(stated_years)}", sim, 0.5 * sim
            )

    # -- first author
    author_region = " ".join(normalise(a) for a in target.authors) if target.authors else rest_norm
    families = [a.family or a.name or "" for a in record.authors]
    families = [f for f in families if normalise(f)]
    if families and author_region and _has_latin(author_region) == _has_latin(normalise(families[0])):
        if _name_in(families[0], author_region):
            points += 1.0
            evidence.append("first author")
        elif any(_name_in(f, author_region) for f in families[1:4]):
            points += 0.5
            evidence.append("co-author")
        elif target.authors or _has_latin(rest_norm):
            return refuse(f"first author {families[0]!r} not in the citation", sim, 0.5 * sim)

    # -- venue and numbers (only ever in favour: venues are written too many ways to refuse on)
    venue_region = normalise(target.venue) if target.venue else rest_norm
    if venue_region:
        for venue in (record.short_container_title, record.container_title):
            nv = normalise(venue or "")
            if nv and (f" {nv} " in f" {venue_region} " or fuzz.token_set_ratio(nv, venue_region) >= 95):
                points += 0.5
                evidence.append("venue")
                break
    tokens = set(rest_norm.split())
    first_page = normalise(record.page or "").split(" ")[0] if record.page else ""
    if first_page and len(first_page) >= 2 and first_page in tokens:
        points += 0.5
        evidence.append("page")
    volume = normalise(record.volume or "")
    if volume and len(volume) >= 2 and volume in tokens:
        points += 0.25
        evidence.append("volume")

    score = 0.5 * sim + 0.5 * min(points, 3.0) / 3.0
    described = ", ".join(evidence) or "nothing else"
    if sim < TITLE_OK:
        if {"first author", "year"} <= set(evidence) and ("page" in evidence or "volume" in evidence):
            return Verdict(doi, True, f"title {sim:.2f} (weak) + {described}", round(score, 4), round(sim, 4))
        return refuse(f"title similarity {sim:.2f} with only {described}", sim, score)
    if points >= 1.0:
        return Verdict(doi, True, f"title {sim:.2f} + {described}", round(score, 4), round(sim, 4))
    # Nothing to corroborate with: only a long, near-identical title is distinctive enough.
    nothing_stated = not (citation or target.year or target.authors or target.venue)
    if nothing_stated and sim >= 0.97 and len(normalise(record.title).split()) >= 5:
        return Verdict(doi, True, f"title {sim:.2f}, nothing else stated", round(score, 4), round(sim, 4))
    return refuse(f"title {sim:.2f} but no corroboration ({described})", sim, score)


def _related(a: CrossrefRecord, b: CrossrefRecord) -> bool:
    return b.doi in a.has_preprint or b.doi in a.is_preprint_of or a.doi in b.has_preprint or a.doi in b.is_preprint_of


def choose(
    target: EnrichTarget, records: list[CrossrefRecord]
) -> tuple[tuple[CrossrefRecord, Verdict] | None, list[Verdict]]:
    """The accepted candidate (or ``None``) and the verdicts on every other candidate.

    Ties between a preprint and its article (linked by Crossref's relation, or the same
    title from the same first author) go to the better-evidenced one, then to the article;
    ties between unrelated records are ambiguous and refuse all of them.
    """
    verdicts = [(r, judge(target, r)) for r in records]
    # An arXiv entry is itself the preprint: what we look for is its published version.
    prefer_published = bool(target.arxiv)
    accepted = sorted(
        ((r, v) for r, v in verdicts if v.accepted),
        key=lambda rv: (prefer_published and rv[0].type == PREPRINT_TYPE, -rv[1].score,
                        rv[0].type == PREPRINT_TYPE, rv[0].doi),
    )
    rejected = [v for _, v in verdicts if not v.accepted]
    if not accepted:
        return None, rejected
    best_record, best = accepted[0]
    for other_record, other in accepted[1:]:
        if other.doi == best.doi:
            continue
        close = best.score - other.score < AMBIGUITY_MARGIN
        if close and not _related(best_record, other_record) and not _versions(best_record, other_record):
            reason = f"ambiguous: {best.doi} and {other.doi} fit equally well"
            refused = [Verdict(v.doi, False, reason, v.score, v.similarity) for _, v in accepted]
            return None, rejected + refused
        rejected.append(Verdict(other.doi, False, f"lost to {best.doi} ({other.reason})", other.score, other.similarity))
    return (best_record, best), rejected


def _versions(a: CrossrefRecord, b: CrossrefRecord) -> bool:
    """A preprint and an article with the same title and first author: two versions of one paper."""
    if (a.type == PREPRINT_TYPE) == (b.type == PREPRINT_TYPE):
        return False
    if title_similarity(a.title or "", b.title or "") < TITLE_OK:
        return False
    fa = normalise((a.authors[0].family or a.authors[0].name or "") if a.authors else "")
    fb = normalise((b.authors[0].family or b.authors[0].name or "") if b.authors else "")
    return bool(fa) and fa == fb


def query_for(target: EnrichTarget) -> str | None:
    """The ``query.bibliographic`` string: the whole citation when the list gave one."""
    if target.citation and target.citation.strip():
        return " ".join(target.citation.split())[:1000]
    parts = [target.title or "", *target.authors[:3], target.venue or "", str(target.year or "")]
    query = " ".join(" ".join(p.split()) for p in parts if p)
    return query[:1000] if target.title else None
