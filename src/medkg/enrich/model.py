"""Plain data of the enrichment boundary.

The pipeline hands ``EnrichTarget`` values and an ``EnrichConfig`` in and gets an
``EnrichReport`` back; ``CrossrefRecord`` is the part of a Crossref work medkg keeps.
Nothing here touches the network or the disk.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

#: Crossref's documented limits (December 2025): polite pool (with mailto) and public pool.
POLITE_RPS, POLITE_CONCURRENCY = 10.0, 5
PUBLIC_RPS, PUBLIC_CONCURRENCY = 5.0, 1

#: Methods recorded on every accepted result.
DOI_LOOKUP = "doi-lookup"
BIBLIOGRAPHIC_MATCH = "bibliographic-match"


@dataclass(frozen=True, slots=True)
class EnrichTarget:
    """One paper to enrich, built by the pipeline from the model; results are keyed by ``key``."""

    key: str  # opaque stable id (the work IRI)
    doi: str | None = None
    title: str | None = None
    authors: tuple[str, ...] = ()  # as written in the list, may be empty
    year: int | None = None
    venue: str | None = None
    citation: str | None = None  # the whole citation text when the list gave one
    arxiv: str | None = None  # arXiv id when the entry is a preprint: look for its published version


@dataclass(frozen=True, slots=True)
class EnrichConfig:
    """How to talk to Crossref. ``None`` limits mean "the documented limits of the pool we are in"."""

    mailto: str | None = None
    base_url: str = "https://api.crossref.org"
    cache_dir: Path | None = None
    offline: bool = False
    refresh: bool = False
    batch_size: int = 40
    max_rps: float | None = None
    max_concurrency: int | None = None
    timeout: float = 20.0
    connect_timeout: float = 2.0  # short on purpose: an unreachable Crossref must cost seconds
    max_retries: int = 4
    backoff_base: float = 0.5  # seconds; doubled per attempt, with jitter
    backoff_cap: float = 30.0
    error_budget: float = 0.10
    candidates: int = 5  # rows asked for a bibliographic query
    ua_string: str | None = None

    def __post_init__(self) -> None:
        if self.batch_size < 1:
            raise ValueError("batch_size must be >= 1")
        if self.max_rps is not None and self.max_rps <= 0:
            raise ValueError("max_rps must be > 0")
        if self.max_concurrency is not None and self.max_concurrency < 1:
            raise ValueError("max_concurrency must be >= 1")

    @property
    def polite(self) -> bool:
        return bool(self.mailto)

    @property
    def is_crossref(self) -> bool:
        """True when ``base_url`` is Crossref itself, whose pool limits then cap ours."""
        from urllib.parse import urlsplit

        host = (urlsplit(self.base_url).hostname or "").lower()
        return host == "crossref.org" or host.endswith(".crossref.org")

    @property
    def rate_limit(self) -> float:
        """Requests per second: the configured value, never above Crossref's pool limit."""
        pool = POLITE_RPS if self.polite else PUBLIC_RPS
        if self.max_rps is None:
            return pool
        return min(self.max_rps, pool) if self.is_crossref else self.max_rps

    @property
    def concurrency(self) -> int:
        pool = POLITE_CONCURRENCY if self.polite else PUBLIC_CONCURRENCY
        if self.max_concurrency is None:
            return pool
        return min(self.max_concurrency, pool) if self.is_crossref else self.max_concurrency

    def resolved_cache_dir(self) -> Path:
        """``cache_dir``, else ``$MEDKG_CACHE_DIR/crossref``, else the user cache dir (XDG aware)."""
        if self.cache_dir is not None:
            return Path(self.cache_dir)
        override = os.environ.get("MEDKG_CACHE_DIR")
        if override:
            return Path(override) / "crossref"
        import platformdirs  # lazy: only needed when a cache is really opened

        return Path(platformdirs.user_cache_dir("medkg")) / "crossref"

    @classmethod
    def from_env(cls, **overrides: Any) -> EnrichConfig:
        """Config with ``MEDKG_MAILTO`` as the default mailto (explicit overrides win)."""
        if overrides.get("mailto") is None:
            overrides["mailto"] = os.environ.get("MEDKG_MAILTO") or None
        return cls(**overrides)


@dataclass(frozen=True, slots=True)
class Author:
    given: str | None = None
    family: str | None = None
    name: str | None = None  # organisations have a name and no family
    orcid: str | None = None  # bare 0000-0000-0000-000X, validated
    sequence: str | None = None  # "first" | "additional"

    @property
    def display(self) -> str:
        if self.family:
            return f"{self.given} {self.family}" if self.given else self.family
        return self.name or ""


@dataclass(frozen=True, slots=True)
class CrossrefRecord:
    """The Crossref facts medkg keeps about one work."""

    doi: str  # lower-case
    title: str | None = None
    subtitle: str | None = None
    authors: tuple[Author, ...] = ()
    container_title: str | None = None
    short_container_title: str | None = None
    issued: tuple[int, ...] = ()  # date-parts: (y,), (y, m) or (y, m, d)
    other_years: tuple[int, ...] = ()  # print/online/posted years (citations use any of them)
    type: str | None = None
    citation_count: int | None = None
    has_preprint: tuple[str, ...] = ()  # DOIs, lower-case
    is_preprint_of: tuple[str, ...] = ()
    url: str | None = None
    volume: str | None = None
    issue: str | None = None
    page: str | None = None
    score: float | None = None  # Crossref relevance score (search results only)

    @property
    def year(self) -> int | None:
        return self.issued[0] if self.issued else None

    @property
    def years(self) -> tuple[int, ...]:
        return tuple(sorted({*self.issued[:1], *self.other_years}))


@dataclass(frozen=True, slots=True)
class EnrichResult:
    """An accepted record for one target, with how and how surely it was found."""

    key: str
    record: CrossrefRecord
    method: str  # DOI_LOOKUP | BIBLIOGRAPHIC_MATCH
    score: float  # 0..1; 1.0 for a DOI the list stated
    similarity: float | None  # title similarity list ↔ Crossref, when the list gave a title
    reason: str
    retrieved_at: str  # ISO 8601 UTC, from the cache entry (not "now")
    relation: str = "same-work"  # or "published-version" when an arXiv entry met its article


@dataclass(frozen=True, slots=True)
class Rejection:
    """A candidate that was looked at and refused: logged and reported, never asserted."""

    key: str
    doi: str
    title: str | None
    reason: str
    score: float
    similarity: float


@dataclass(frozen=True, slots=True)
class Unmatched:
    key: str
    reason: str


@dataclass(frozen=True, slots=True)
class GiveUp:
    """A request abandoned after its retries, with the targets it would have served."""

    request: str
    keys: tuple[str, ...]
    error: str
    attempts: int


@dataclass(frozen=True, slots=True)
class EnrichReport:
    results: tuple[EnrichResult, ...] = ()
    rejected: tuple[Rejection, ...] = ()
    unmatched: tuple[Unmatched, ...] = ()
    given_up: tuple[GiveUp, ...] = ()
    requests: int = 0  # HTTP attempts made (retries included)
    cache_hits: int = 0
    errors: int = 0  # failed attempts (each retry that failed counts)
    retries: int = 0
    stopped_reason: str | None = None
    reachable: bool = True  # False only when Crossref was tried and could not be reached
    offline: bool = False
    targets: int = 0
    base_url: str = ""
    by_key: dict[str, EnrichResult] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self.by_key.update({r.key: r for r in self.results})

    def result_for(self, key: str) -> EnrichResult | None:
        return self.by_key.get(key)

    def summary(self) -> str:
        """One line for the CLI: what happened, and why it stopped if it did."""
        head = f"Crossref: {len(self.results)}/{self.targets} enriched"
        tail = f" ({self.requests} requests, {self.cache_hits} from cache"
        if self.errors:
            tail += f", {self.errors} errors"
        tail += ")"
        if not self.reachable:
            why = self.stopped_reason or "Crossref unreachable"
            return f"{why}; continuing without enrichment ({self.targets} papers not enriched)"
        if self.stopped_reason:
            return f"{head}{tail}; stopped: {self.stopped_reason}"
        if self.offline:
            return f"{head} from cache only (offline){tail}"
        return head + tail


def clean_doi(value: Any) -> str | None:
    """The DOI in ``value`` (bare, ``doi:`` or resolver URL), lower-cased as ``medkg.ids`` keys
    it; ``None`` if it is not one. One normaliser for list DOIs and Crossref DOIs keeps them equal."""
    if not isinstance(value, str) or not value.strip():
        return None
    from medkg import ids

    return ids.normalize_doi(value.strip())


def __getattr__(name: str) -> Any:
    """Crossref JSON reading moved to ``medkg.enrich.records``; old imports keep working."""
    if name in ("record_from_item", "works_items", "work_item", "MalformedResponse"):
        from medkg.enrich import records

        return getattr(records, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
