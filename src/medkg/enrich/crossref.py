"""Crossref over habanero: the only module that imports it, and the only network seam.

habanero gives one thin method per remote operation and nothing else: no retry, no
backoff, no rate limit, no cache, one request per DOI for ``works(ids=…)``. The client
here keeps habanero's shape — one method per operation — and adds, per request:

* many DOIs in one ``filter=doi:A,doi:B,…`` request (``works_by_dois``);
* the ``RateLimiter`` slot (pool limits; a ``Retry-After`` pauses every worker);
* retries with exponential backoff and jitter on 429, 5xx, timeouts, broken or malformed
  answers, and a ``RequestFailed`` with a diagnostic when they are spent;
* validation of the answer's envelope before anyone caches it;
* a ``probe`` mode for the first request of a run: a connection-level failure (refused,
  DNS, no route, proxy) raises ``Unreachable`` at once instead of being retried, so a
  machine without network loses seconds, not minutes. Every request uses a short
  *connect* timeout; the read timeout is the configured one.

Response headers: habanero does not expose the headers of successful responses, so the
configured pool limits are what we obey; headers *are* read from failed responses (the
``HTTPStatusError`` habanero raises or chains carries the response), which is where
``Retry-After`` and a lowered ``X-Rate-Limit-*`` matter.
"""

from __future__ import annotations

import logging
import math
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import Any

from medkg import ids
from medkg.enrich.model import EnrichConfig
from medkg.enrich.ratelimit import ErrorBudget, RateLimiter, Stopped, backoff_delay
from medkg.enrich.records import MalformedResponse, scrub, work_item, works_items

log = logging.getLogger(__name__)

#: Fields we keep; asking only for them keeps Crossref's answers (and our cache) small.
SELECT = (
    "DOI,title,subtitle,author,container-title,short-container-title,issued,published-print,"
    "published-online,posted,type,is-referenced-by-count,relation,URL,volume,issue,page"
)
SELECT_SEARCH = SELECT + ",score"  # relevance only means something for a query
_MAX_RETRY_AFTER = 60.0


class Unreachable(RuntimeError):
    """The probe could not connect (refused, DNS failure, no route, proxy refused)."""


class RequestFailed(RuntimeError):
    def __init__(self, what: str, error: str, attempts: int) -> None:
        super().__init__(f"{what}: {error} after {attempts} attempts")
        self.what, self.error, self.attempts = what, error, attempts


@dataclass(frozen=True, slots=True)
class _Failure:
    kind: str  # "connect" | "transient" | "throttle" | "not-found" | "permanent"
    message: str
    retry_after: float | None = None


class CrossrefClient:
    """One method per remote operation, each a single logical request with its retries."""

    def __init__(self, config: EnrichConfig, limiter: RateLimiter, budget: ErrorBudget, stop: threading.Event):
        import httpx2
        from habanero import Crossref

        self.config, self._limiter, self._budget, self._stop = config, limiter, budget, stop
        self._cr = Crossref(
            base_url=config.base_url.rstrip("/"),
            mailto=config.mailto,
            ua_string=config.ua_string or "medkg (https://w3id.org/medkg)",
            timeout=httpx2.Timeout(config.timeout, connect=config.connect_timeout),  # type: ignore[arg-type]
        )
        self._lock = threading.Lock()
        self.attempts = self.errors = self.retries = 0

    # -- operations ---------------------------------------------------------------------
    def works_by_dois(self, dois: Sequence[str], *, probe: bool = False) -> list[dict[str, Any]]:
        """The records of ``dois`` in one ``filter=doi:…`` request (unknown DOIs are just absent)."""
        return self._call(
            f"DOI batch of {len(dois)}",
            lambda: self._cr.works(filter={"doi": list(dois)}, limit=len(dois), select=SELECT),
            works_items,
            probe=probe,
        )

    def work_by_doi(self, doi: str, *, probe: bool = False) -> dict[str, Any] | None:
        """One DOI by path (for DOIs a filter cannot carry, such as those with commas)."""
        return self._call(
            f"DOI {doi}",
            lambda: self._cr.works(ids=ids.iri_segment(doi, keep_slash=True)),  # habanero does not encode
            work_item,
            probe=probe,
            missing_ok=True,
        )

    def search(self, query: str, rows: int, *, probe: bool = False) -> list[dict[str, Any]]:
        """Candidates for an unstructured citation (``query.bibliographic``), best first."""
        return self._call(
            f"search {query[:60]!r}",
            lambda: self._cr.works(query_bibliographic=query, limit=rows, select=SELECT_SEARCH),
            works_items,
            probe=probe,
        )

    # -- the retry loop -----------------------------------------------------------------
    def _call(self, what: str, fn: Callable[[], Any], validate: Callable[[Any], Any], *,
              probe: bool, missing_ok: bool = False) -> Any:
        import httpx2
        from habanero import RequestError

        failure = _Failure("transient", "not attempted")
        attempts = 0
        for attempt in range(self.config.max_retries + 1):
            if self._stop.is_set():
                raise Stopped(what)
            with self._limiter.slot():
                attempts += 1
                with self._lock:
                    self.attempts += 1
                try:
                    body = validate(scrub(fn()))
                except (httpx2.HTTPError, RequestError, RuntimeError, ValueError, TypeError, KeyError,
                        AttributeError) as exc:
                    failure = self._classify(exc)
                else:
                    self._budget.attempt(True)
                    return body
            if failure.kind == "not-found" and missing_ok:
                self._budget.attempt(True)
                return None
            with self._lock:
                self.errors += 1
            self._budget.attempt(False)
            log.info("Crossref %s failed (attempt %d): %s", what, attempts, failure.message)
            if probe and failure.kind == "connect":
                raise Unreachable(failure.message)
            if failure.kind in ("permanent", "not-found") or attempt == self.config.max_retries:
                break
            if failure.retry_after is not None and failure.retry_after > _MAX_RETRY_AFTER:
                # Waiting that long (a date far ahead, a huge number) would hold the run for hours:
                # give this request up now; the error budget stops the run, a later run resumes.
                failure = _Failure(failure.kind, f"{failure.message}; server asks to retry after "
                                   f"{failure.retry_after:.0f} s", failure.retry_after)
                break
            delay = backoff_delay(attempt, self.config.backoff_base, self.config.backoff_cap)
            if failure.retry_after is not None:
                delay = max(delay, min(failure.retry_after, _MAX_RETRY_AFTER))
                self._limiter.pause(delay)
            if self._stop.wait(delay):
                raise Stopped(what)
            with self._lock:
                self.retries += 1
        raise RequestFailed(what, failure.message, attempts)

    def _classify(self, exc: BaseException) -> _Failure:
        """What a habanero/httpx2 failure means for us; habanero wraps or chains the httpx2 error."""
        import httpx2

        chain: list[BaseException] = []
        seen: BaseException | None = exc
        while seen is not None and len(chain) < 6:
            chain.append(seen)
            seen = seen.__cause__ or seen.__context__
        for err in chain:
            if isinstance(err, httpx2.HTTPStatusError):
                return self._from_response(err.response)
            if isinstance(err, (httpx2.ConnectError, httpx2.ConnectTimeout, httpx2.ProxyError)):
                return _Failure("connect", f"cannot connect to {self.config.base_url}: {err}")
            if isinstance(err, httpx2.UnsupportedProtocol):
                return _Failure("connect", f"unusable Crossref URL {self.config.base_url!r}: {err}")
            if isinstance(err, httpx2.TimeoutException):
                return _Failure("transient", f"timed out: {type(err).__name__}")
            if isinstance(err, httpx2.HTTPError):
                return _Failure("transient", f"{type(err).__name__}: {err}")
        status = getattr(exc, "status_code", None)  # habanero.RequestError without a chained response
        if isinstance(status, int):
            if status == 404:
                return _Failure("not-found", "404")
            if status == 429 or status >= 500 or status == 200:  # 200 with a non-JSON body
                return _Failure("transient", f"HTTP {status}")
            return _Failure("permanent", f"HTTP {status}: {exc}")
        if isinstance(exc, MalformedResponse):
            return _Failure("transient", f"malformed answer: {exc}")
        return _Failure("transient", f"unreadable answer: {type(exc).__name__}: {str(exc)[:120]}")

    def _from_response(self, response: Any) -> _Failure:
        status = response.status_code
        headers = response.headers
        limit, interval = headers.get("x-rate-limit-limit"), headers.get("x-rate-limit-interval")
        if limit and interval:
            try:
                self._limiter.tighten(float(limit), float(interval.rstrip("s")))
            except ValueError:
                log.debug("unparseable rate-limit headers %r / %r", limit, interval)
        retry_after = _retry_after(headers.get("retry-after"))
        if status == 404:
            return _Failure("not-found", "404")
        if status == 429:
            return _Failure("throttle", "429 Too Many Requests", retry_after if retry_after is not None else 1.0)
        if status >= 500 or status == 408:
            return _Failure("transient", f"HTTP {status}", retry_after)
        return _Failure("permanent", f"HTTP {status}")


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    try:
        seconds = float(value)
        return max(0.0, seconds) if math.isfinite(seconds) else None
    except ValueError:
        pass
    try:
        from datetime import UTC, datetime

        return max(0.0, (parsedate_to_datetime(value) - datetime.now(UTC)).total_seconds())
    except (TypeError, ValueError):
        return None
