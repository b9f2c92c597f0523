"""One enrichment run: plan, answer from the cache, ask Crossref for the rest, judge, report.

Known DOIs are looked up in batches; a paper without a DOI (or whose DOI Crossref does
not know, or an arXiv entry looking for its journal version) is matched from its citation
or title with ``query.bibliographic`` and accepted only when ``match`` validates it.
Answers are applied in the calling thread, so results never depend on which worker
finished first; workers only request, validate and cache. ``enrich`` does not raise for
an unreachable, slow or failing Crossref: the report says what happened.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import quote

from medkg.enrich import match
from medkg.enrich.cache import CacheEntry, ResponseCache, doi_key, query_key, utc_now
from medkg.enrich.crossref import CrossrefClient, RequestFailed, Unreachable
from medkg.enrich.model import (
    BIBLIOGRAPHIC_MATCH,
    DOI_LOOKUP,
    CrossrefRecord,
    EnrichConfig,
    EnrichReport,
    EnrichResult,
    EnrichTarget,
    GiveUp,
    Rejection,
    Unmatched,
    clean_doi,
)
from medkg.enrich.ratelimit import ErrorBudget, RateLimiter, Stopped
from medkg.enrich.records import record_from_item

log = logging.getLogger(__name__)

#: arXiv DOIs are registered with DataCite: Crossref never knows them.
_DATACITE_ARXIV = "10.48550/arxiv."
_MAX_BATCH = 100  # keeps the request URL well under common limits


@dataclass(frozen=True, slots=True)
class _Job:
    kind: str  # "batch" | "single" | "search"
    dois: tuple[str, ...] = ()
    query: str = ""

    def describe(self) -> str:
        return f"search {self.query[:60]!r}" if self.kind == "search" else f"DOIs {', '.join(self.dois[:3])}…"


def enrich(
    targets: Sequence[EnrichTarget],
    config: EnrichConfig,
    progress: Callable[[int, int], None] | None = None,
) -> EnrichReport:
    """Crossref facts for ``targets``; never raises because Crossref is slow, sick or absent."""
    return _Run(targets, config, progress).run()


class _Run:
    def __init__(self, targets: Sequence[EnrichTarget], config: EnrichConfig,
                 progress: Callable[[int, int], None] | None) -> None:
        self.targets = list(targets)
        self.config = config
        self.base = config.base_url.rstrip("/")
        self.progress = progress
        self.cache = ResponseCache(config.resolved_cache_dir())
        self.stop = threading.Event()
        self.results: dict[str, EnrichResult] = {}
        self.rejected: list[Rejection] = []
        self.unmatched: dict[str, str] = {}
        self.given_up: list[GiveUp] = []
        self.cache_hits = 0
        self.stopped_reason: str | None = None
        self.reachable = True
        self.probed = False
        self.by_doi: dict[str, list[EnrichTarget]] = {}
        self.by_query: dict[str, list[EnrichTarget]] = {}
        self.unknown_doi: dict[str, str] = {}  # key → the list's DOI that Crossref did not know
        self.client: CrossrefClient | None = None
        self.budget = ErrorBudget(config.error_budget)

    # -- planning ---------------------------------------------------------------------------
    def _plan(self) -> None:
        for target in self.targets:
            doi = clean_doi(target.doi)
            if doi:
                if doi.startswith(_DATACITE_ARXIV):
                    target = replace(target, doi=None, arxiv=target.arxiv or doi[len(_DATACITE_ARXIV):])
                else:
                    self.by_doi.setdefault(doi, []).append(target)
                    continue
            elif target.doi:
                log.info("%s: %r is not a DOI; matching bibliographically", target.key, target.doi)
            self._plan_search(target)

    def _plan_search(self, target: EnrichTarget) -> None:
        query = match.query_for(target)
        if query is None:
            self.unmatched[target.key] = "no DOI, title or citation to look up"
            return
        self.by_query.setdefault(query, []).append(target)

    def _done(self) -> int:
        return len(self.results) + len(self.unmatched)

    def _tick(self) -> None:
        if self.progress is not None:
            self.progress(min(self._done(), len(self.targets)), len(self.targets))

    # -- applying answers -----------------------------------------------------------------
    def _apply_doi(self, doi: str, entry: CacheEntry) -> None:
        targets = self.by_doi.pop(doi, [])
        record = record_from_item(entry.body)[0] if isinstance(entry.body, dict) else None
        for target in targets:
            if record is None:
                if target.title or target.citation:
                    # A DOI Crossref does not know (typo, junk suffix, another agency): try the citation.
                    self.unknown_doi[target.key] = doi
                    self._plan_search(replace(target, doi=None))
                else:
                    self.unmatched[target.key] = f"DOI {doi} not found in Crossref"
                continue
            sim = _title_similarity(target, record)
            reason = "DOI stated by the list"
            if sim is not None and sim < 0.5:
                assert record.title is not None  # a similarity is only computed with a title
                reason += f"; Crossref title differs (similarity {sim:.2f})"
                log.warning("%s: DOI %s resolves to %r, unlike the list's title", target.key, doi,
                            record.title[:200] + ("…" if len(record.title) > 200 else ""))
            self.results[target.key] = EnrichResult(
                target.key, record, DOI_LOOKUP, 1.0, sim, reason, entry.retrieved_at
            )

    def _apply_search(self, query: str, entry: CacheEntry) -> None:
        items = entry.body if isinstance(entry.body, list) else []
        records = [r for r in (record_from_item(i)[0] for i in items if isinstance(i, dict)) if r is not None]
        for target in self.by_query.pop(query, []):
            chosen, refused = match.choose(target, records)
            for verdict in refused:
                title = next((r.title for r in records if r.doi == verdict.doi), None)
                self.rejected.append(Rejection(target.key, verdict.doi, title, verdict.reason,
                                               verdict.score, verdict.similarity))
                # Namesakes (a title that nearly matched) are worth a curator's look; the rest is noise.
                level = logging.INFO if verdict.similarity >= match.TITLE_WEAK else logging.DEBUG
                log.log(level, "%s: rejected candidate %s: %s", target.key, verdict.doi, verdict.reason)
            if chosen is None:
                self.unmatched[target.key] = "no candidate passed validation" if records else "no candidates"
                continue
            record, verdict = chosen
            relation = "published-version" if target.arxiv and record.type != match.PREPRINT_TYPE else "same-work"
            reason = verdict.reason
            if target.key in self.unknown_doi:
                reason = f"list DOI {self.unknown_doi[target.key]} unknown to Crossref; {reason}"
            self.results[target.key] = EnrichResult(
                target.key, record, BIBLIOGRAPHIC_MATCH, verdict.score, verdict.similarity,
                reason, entry.retrieved_at, relation,
            )

    # -- cache ----------------------------------------------------------------------------
    def _from_cache(self) -> None:
        if self.config.refresh:
            return
        for doi in list(self.by_doi):
            entry = self.cache.get(doi_key(self.base, doi))
            if entry is not None:
                self.cache_hits += 1
                self._apply_doi(doi, entry)
        self._search_from_cache()

    def _search_from_cache(self) -> None:
        if self.config.refresh:
            return
        for query in list(self.by_query):
            entry = self.cache.get(query_key(self.base, query, self.config.candidates))
            if entry is not None:
                self.cache_hits += 1
                self._apply_search(query, entry)

    # -- network ----------------------------------------------------------------------------
    def _execute(self, job: _Job, probe: bool = False) -> list[tuple[str, CacheEntry]]:
        """Runs in a worker: the request, its validation and the cache write; no shared state."""
        assert self.client is not None
        base, cache = self.base, self.cache
        if job.kind == "search":
            items = self.client.search(job.query, self.config.candidates, probe=probe)
            url = f"{base}/works?query.bibliographic={quote(job.query)}&rows={self.config.candidates}"
            return [(job.query, cache.put(query_key(base, job.query, self.config.candidates), items, url=url))]
        found: Sequence[dict[str, Any] | None]
        if job.kind == "single":
            found = [self.client.work_by_doi(job.dois[0], probe=probe)]
        else:
            found = self.client.works_by_dois(job.dois, probe=probe)
        by_doi = {}
        for item in found:
            if item is not None:
                by_doi[clean_doi(item["DOI"]) or str(item["DOI"]).lower()] = item
        foreign = sorted(set(by_doi) - set(job.dois))
        if foreign:
            # Records for DOIs nobody asked for: the server answered another question (a proxy's
            # cache, a wrong route). Caching the asked DOIs as "unknown" would make that final.
            raise RequestFailed(job.describe(), f"answer holds records for DOIs not asked for ({foreign[0]}…)", 1)
        now = utc_now()
        return [
            (doi, cache.put(doi_key(base, doi), by_doi.get(doi), url=f"{base}/works/{doi}", retrieved_at=now))
            for doi in job.dois
        ]

    def _jobs(self) -> list[_Job]:
        size = max(1, min(self.config.batch_size, _MAX_BATCH))
        plain = sorted(d for d in self.by_doi if "," not in d)
        jobs = [_Job("batch", tuple(plain[i:i + size])) for i in range(0, len(plain), size)]
        jobs += [_Job("single", (d,)) for d in sorted(self.by_doi) if "," in d]
        jobs += [_Job("search", query=q) for q in self.by_query]
        return jobs

    def _apply(self, job: _Job, entries: list[tuple[str, CacheEntry]]) -> None:
        for name, entry in entries:
            if job.kind == "search":
                self._apply_search(name, entry)
            else:
                self._apply_doi(name, entry)
        self._tick()

    def _give_up(self, job: _Job, error: str, attempts: int) -> None:
        if self.config.refresh:  # a failed refresh keeps what an earlier run learned instead of losing it
            for doi in job.dois:
                entry = self.cache.get(doi_key(self.base, doi))
                if entry is not None and doi in self.by_doi:
                    log.info("Crossref: keeping the cached answer for %s (refresh failed: %s)", doi, error)
                    self._apply_doi(doi, entry)
            if job.kind == "search" and job.query in self.by_query:
                entry = self.cache.get(query_key(self.base, job.query, self.config.candidates))
                if entry is not None:
                    self._apply_search(job.query, entry)
        keys = [t.key for d in job.dois for t in self.by_doi.pop(d, [])]
        keys += [t.key for t in self.by_query.pop(job.query, [])] if job.kind == "search" else []
        self.given_up.append(GiveUp(job.describe(), tuple(keys), error, attempts))
        for key in keys:
            self.unmatched[key] = f"gave up: {error}"
        log.warning("Crossref: gave up on %s (%d targets): %s", job.describe(), len(keys), error)
        self._tick()

    def _run_jobs(self, jobs: list[_Job]) -> None:
        if not jobs or self.stopped_reason:
            return
        if not self.probed:  # the first request is the probe: alone, and fatal if it cannot connect
            self.probed = True
            job, jobs = jobs[0], jobs[1:]
            try:
                self._apply(job, self._execute(job, probe=True))
                self.budget.request(True)
            except Unreachable as exc:
                self.reachable = False
                self.stopped_reason = f"Crossref unreachable ({exc})"
                log.warning("%s; continuing without enrichment", self.stopped_reason)
                return
            except RequestFailed as exc:
                self.budget.request(False)
                self._give_up(job, exc.error, exc.attempts)
        with ThreadPoolExecutor(max_workers=self.config.concurrency, thread_name_prefix="crossref") as pool:
            pending: dict[Future[list[tuple[str, CacheEntry]]], _Job] = {pool.submit(self._execute, j): j for j in jobs}
            while pending:
                finished, _ = wait(pending, return_when=FIRST_COMPLETED)
                for future in finished:
                    job = pending.pop(future)
                    if future.cancelled():
                        continue
                    try:
                        entries = future.result()
                    except RequestFailed as exc:
                        self.budget.request(False)
                        self._give_up(job, exc.error, exc.attempts)
                    except Stopped:
                        continue
                    else:
                        self.budget.request(True)
                        self._apply(job, entries)
                why = self.budget.exhausted()
                if why and not self.stop.is_set():
                    self.stopped_reason = why
                    log.warning("Crossref: stopping, %s; partial results kept", why)
                    self.stop.set()
                    for future in pending:
                        future.cancel()

    def run(self) -> EnrichReport:
        self._plan()
        self._tick()
        self._from_cache()
        self._tick()
        if not self.config.offline:
            limiter = RateLimiter(self.config.rate_limit, 1.0, self.config.concurrency, stop=self.stop)
            self.client = CrossrefClient(self.config, limiter, self.budget, self.stop)
            self._run_jobs(self._jobs())
            # DOIs Crossref did not know were re-planned as searches: look at the cache, then ask.
            self._search_from_cache()
            self._run_jobs(self._jobs())
        leftover = "offline and not in the cache" if self.config.offline else (self.stopped_reason or "not looked up")
        for group in (*self.by_doi.values(), *self.by_query.values()):
            for target in group:
                self.unmatched.setdefault(target.key, leftover)
        self._tick()
        client = self.client
        return EnrichReport(
            results=tuple(sorted(self.results.values(), key=lambda r: r.key)),
            rejected=tuple(sorted(self.rejected, key=lambda r: (r.key, r.doi))),
            unmatched=tuple(Unmatched(k, v) for k, v in sorted(self.unmatched.items()) if k not in self.results),
            given_up=tuple(self.given_up),
            requests=client.attempts if client else 0,
            cache_hits=self.cache_hits,
            errors=client.errors if client else 0,
            retries=client.retries if client else 0,
            stopped_reason=self.stopped_reason,
            reachable=self.reachable,
            offline=self.config.offline,
            targets=len(self.targets),
            base_url=self.base,
        )


def _title_similarity(target: EnrichTarget, record: CrossrefRecord) -> float | None:
    if not record.title:
        return None
    if target.title:
        return round(match.title_similarity(target.title, record.title), 4)
    if target.citation:
        return round(match.locate_title(target.citation, record.title)[0], 4)
    return None
