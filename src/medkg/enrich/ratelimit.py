"""Politeness machinery: request rate, concurrency, pauses, backoff and the error budget.

Crossref's limits are "N requests per interval" and "C requests at once". A token bucket
would allow a burst of N right after N — 2N within one interval as the server counts —
and bursts are also when client-side delays (building a connection, the GIL) vary most,
so the limiter *paces* instead: request starts are spaced ``interval × (1 + margin) / N``
apart. Any N+1 consecutive starts then span more than the interval, with ``margin`` of
slack for the jitter between "admitted" here and "arrived" there. Pacing alone cannot bound
that jitter on a loaded machine (a request admitted early but sent late lets the next ten
arrive within one interval), so a start also waits until ``interval`` has passed since the
request ``limit`` starts back *finished*: that one arrived before it finished, this one
arrives after it starts, so any ``limit + 1`` arrivals span more than the interval whatever
the delays. A ``Retry-After`` pauses every worker, not just the one that was told.
"""

from __future__ import annotations

import logging
import math
import random
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

log = logging.getLogger(__name__)

#: the slowest pace a server's X-Rate-Limit headers can impose (requests per second)
MIN_RATE = 0.1
_MARGIN = 0.10  # fraction of the interval kept as slack for network and scheduling jitter


class RateLimiter:
    """At most ``limit`` request starts per ``interval`` seconds and ``concurrency`` in flight."""

    def __init__(
        self,
        limit: float,
        interval: float = 1.0,
        concurrency: int = 1,
        *,
        clock: Callable[[], float] = time.monotonic,
        stop: threading.Event | None = None,
    ) -> None:
        if limit <= 0 or interval <= 0 or concurrency < 1:
            raise ValueError("limit, interval and concurrency must be positive")
        self._clock = clock
        self._lock = threading.Lock()
        self._next_start = 0.0
        self._paused_until = 0.0
        self._recent: list[list[float | None]] = []  # [finish time] of the latest starts, oldest first
        self._slots = threading.BoundedSemaphore(concurrency)
        self._stop = stop or threading.Event()
        self.concurrency = concurrency
        self._set_limit(limit, interval)

    def _set_limit(self, limit: float, interval: float) -> None:
        # Whole requests per window, rounded down (never faster than asked); below one per
        # interval the window stretches instead ("0.5 per second" is "1 per 2 seconds").
        if limit < 1:
            self.limit, self.interval = 1, interval / limit
        else:
            self.limit, self.interval = int(limit), interval
        self.spacing = self.interval * (1 + _MARGIN) / self.limit

    def tighten(self, limit: float, interval: float) -> None:
        """Adopt a server-announced limit when it is stricter than ours."""
        if not (math.isfinite(limit) and math.isfinite(interval)) or limit <= 0 or interval <= 0:
            log.info("ignoring unusable rate limit %r per %rs", limit, interval)
            return
        if limit / interval < MIN_RATE:  # a hostile or broken header must not stall the run for hours
            log.warning("Crossref asks for %s requests per %ss; going no slower than %s per second",
                        limit, interval, MIN_RATE)
            limit, interval = MIN_RATE * interval, interval
            if limit < 1:
                limit, interval = 1.0, 1.0 / MIN_RATE
        with self._lock:
            if limit / interval < self.limit / self.interval:
                log.info("Crossref asks for %s requests per %ss; slowing down", limit, interval)
                self._set_limit(limit, interval)

    def pause(self, seconds: float) -> None:
        """No request starts for ``seconds`` (from now), whoever asks."""
        with self._lock:
            self._paused_until = max(self._paused_until, self._clock() + max(0.0, seconds))

    def _wait_for_turn(self) -> list[float | None]:
        while True:
            with self._lock:
                now = self._clock()
                start = max(self._next_start, self._paused_until)
                wait = None
                if len(self._recent) >= self.limit:
                    finished = self._recent[-self.limit][0]
                    if finished is None:
                        wait = 0.005  # still in flight: its arrival time is not bounded yet
                    else:
                        start = max(start, finished + self.interval)
                if wait is None and start <= now:
                    self._next_start = now + self.spacing
                    token: list[float | None] = [None]
                    self._recent.append(token)
                    del self._recent[: -self.limit]
                    return token
                if wait is None:
                    wait = start - now
            if self._stop.wait(max(wait, 0.001)):
                raise Stopped("stopped while waiting for a request slot")

    @contextmanager
    def slot(self) -> Iterator[None]:
        """Hold one of the concurrent slots, started within the rate limit."""
        while not self._slots.acquire(timeout=0.1):
            if self._stop.is_set():
                raise Stopped("stopped while waiting for a request slot")
        token = None
        try:
            token = self._wait_for_turn()
            yield
        finally:
            if token is not None:
                with self._lock:
                    token[0] = self._clock()
            self._slots.release()


class Stopped(RuntimeError):
    """The run was stopped (error budget, unreachable server) while this request waited."""


def backoff_delay(attempt: int, base: float, cap: float, rng: random.Random | None = None) -> float:
    """Exponential backoff with "equal jitter": half fixed, half random, capped.

    Half fixed so that a retry never comes back immediately; half random so that workers
    that failed together do not retry together.
    """
    ceiling = min(cap, base * (2**attempt))
    return ceiling / 2 + (rng or random).uniform(0, ceiling / 2)


class ErrorBudget:
    """Decides when to stop asking: Crossref asks clients to stop when errors reach 10%.

    An *error* here is a request that failed for good (its retries exhausted); transient
    failures that a retry cured are counted but do not spend the budget, because they
    say the service is busy, not broken. The budget is only judged once ``min_requests``
    requests have finished, so two early failures cannot stop a run of thousands. A run
    of ``max_consecutive`` failed attempts in a row stops it regardless: at that point
    every request is an error and waiting for the percentage would only add load.
    """

    def __init__(self, budget: float, *, min_requests: int = 10, max_consecutive: int = 12) -> None:
        self.budget = budget
        self.min_requests = min_requests
        self.max_consecutive = max_consecutive
        self._lock = threading.Lock()
        self.finished = 0
        self.failed = 0
        self.consecutive = 0

    def attempt(self, ok: bool) -> None:
        with self._lock:
            self.consecutive = 0 if ok else self.consecutive + 1

    def request(self, ok: bool) -> None:
        with self._lock:
            self.finished += 1
            self.failed += 0 if ok else 1

    def exhausted(self) -> str | None:
        """Why to stop, or ``None`` to go on."""
        with self._lock:
            if self.consecutive >= self.max_consecutive:
                return f"{self.consecutive} failed attempts in a row"
            if self.finished >= self.min_requests and self.failed / self.finished >= self.budget:
                return f"error budget spent: {self.failed} of {self.finished} requests failed"
        return None
