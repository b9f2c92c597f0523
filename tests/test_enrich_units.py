"""Crossref JSON reading, the response cache, the rate limiter and the config (no server)."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import pytest

from medkg.enrich.cache import ResponseCache, doi_key, query_key
from medkg.enrich.model import EnrichConfig, EnrichReport, clean_doi
from medkg.enrich.records import MalformedResponse, normalise_orcid, record_from_item, work_item, works_items
from medkg.enrich.ratelimit import ErrorBudget, RateLimiter, Stopped, backoff_delay

DATA = Path(__file__).parent / "data" / "crossref"


def _item(doi: str) -> dict:
    return next(r for r in json.loads((DATA / "works.json").read_text(encoding="utf-8")) if r["DOI"] == doi)


# --- reading records -------------------------------------------------------------------------


def test_record_from_a_full_item() -> None:
    record, problems = record_from_item(_item("10.1101/gr.200535.115"))
    assert problems == []
    assert record is not None
    assert record.doi == "10.1101/gr.200535.115"
    assert record.title.startswith("Basset: learning the regulatory code")
    assert [a.family for a in record.authors] == ["Kelley", "Snoek", "Rinn"]
    assert record.container_title == "Genome Research" and record.short_container_title == "Genome Res."
    assert record.issued == (2016, 5, 3) and record.years == (2016,)
    assert (record.volume, record.issue, record.page) == ("26", "7", "990-999")
    assert record.has_preprint == ("10.1101/028399",) and record.is_preprint_of == ()
    assert record.type == "journal-article" and record.citation_count == 1000


def test_record_orcid_is_normalised() -> None:
    record, _ = record_from_item(_item("10.1038/nmeth.3547"))
    assert record is not None
    assert [a.orcid for a in record.authors] == [None, "0000-0002-1694-233X"]


def test_fields_of_the_wrong_type_are_dropped_not_trusted() -> None:
    item = {
        "DOI": "10.1000/XYZ",
        "title": 42,
        "author": [{"family": "Smith", "given": 7, "ORCID": "http://orcid.org/0000-0000-0000-0000"}, "Jones"],
        "container-title": ["Journal"],
        "issued": {"date-parts": "2019"},
        "published-print": {"date-parts": [[2018, 13]]},
        "is-referenced-by-count": "12",
        "relation": ["has-preprint"],
        "URL": "javascript:alert(1)",
        "score": True,
        "volume": ["3"],
    }
    record, problems = record_from_item(item)
    assert record is not None and record.doi == "10.1000/xyz"
    assert record.title is None and record.container_title == "Journal"
    assert [(a.family, a.given, a.orcid) for a in record.authors] == [("Smith", None, None)]
    assert record.issued == (2018,)  # the month is out of range, the year survives
    assert record.citation_count is None and record.url is None and record.score is None and record.volume is None
    assert {"title", "author", "author.given", "author.ORCID", "issued", "is-referenced-by-count",
            "relation", "URL", "score", "volume"} <= set(problems)


@pytest.mark.parametrize("doi", [None, 12, "", "not a doi", "10.1000/has space", "10.1000/ctl\x07"])
def test_items_without_a_usable_doi_are_skipped(doi: object) -> None:
    record, problems = record_from_item({"DOI": doi, "title": ["T"]})
    assert record is None and problems


@pytest.mark.parametrize(
    ("value", "expected"),
    [("10.1038/NBT.4233", "10.1038/nbt.4233"), ("https://doi.org/10.1038/nbt.4233", "10.1038/nbt.4233"),
     ("doi:10.1038/nbt.4233", "10.1038/nbt.4233"), (" 10.1000/x ", "10.1000/x"), ("arXiv:1703.02442", None),
     ("", None), (None, None)],
)
def test_clean_doi(value: str, expected: str | None) -> None:
    assert clean_doi(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [("http://orcid.org/0000-0002-1694-233X", "0000-0002-1694-233X"), ("0000-0002-1825-0097", "0000-0002-1825-0097"),
     ("https://orcid.org/0000-0001-5109-3700", "0000-0001-5109-3700"), ("0000-0002-1825-0098", None),  # check digit
     ("0000-0002-1825-009", None), ("0000-00O2-1825-0097", None), ("٠٠٠٠-0002-1825-0097", None)],
)
def test_normalise_orcid(value: str, expected: str | None) -> None:
    assert normalise_orcid(value) == expected


@pytest.mark.parametrize(
    "body",
    [
        [],
        {"status": "failed", "message": {}},
        {"status": "ok", "message-type": "work-list", "message": []},
        {"status": "ok", "message-type": "work-list", "message": {"items": {"a": 1}}},
        {"status": "ok", "message-type": "work-list", "message": {"items": [{"DOI": 5}]}},
        {"status": "ok", "message-type": "work", "message": {"items": []}},
    ],
)
def test_malformed_envelopes_are_refused(body: object) -> None:
    with pytest.raises(MalformedResponse):
        works_items(body)


def test_work_item_envelope() -> None:
    assert work_item({"status": "ok", "message-type": "work", "message": {"DOI": "10.1/a"}}) == {"DOI": "10.1/a"}
    with pytest.raises(MalformedResponse):
        work_item({"status": "ok", "message-type": "work", "message": ["x"]})


# --- cache -----------------------------------------------------------------------------------


def test_cache_round_trip_and_bad_entries(tmp_path: Path) -> None:
    cache = ResponseCache(tmp_path)
    key = doi_key("http://x", "10.1/A")
    assert key == doi_key("http://x/", "10.1/a")
    assert cache.get(key) is None
    entry = cache.put(key, {"DOI": "10.1/a"}, url="http://x/works/10.1/a", retrieved_at="2024-01-02T03:04:05Z")
    again = cache.get(key)
    assert again == entry and again.body == {"DOI": "10.1/a"} and again.retrieved_at == "2024-01-02T03:04:05Z"
    # an entry that is not for this key (hash collision, hand edit) or not JSON is a miss
    path = next(tmp_path.rglob("*.json"))
    path.write_text(json.dumps({"key": "other", "retrieved_at": "x", "body": 1}), encoding="utf-8")
    assert cache.get(key) is None
    path.write_text('{"key": ', encoding="utf-8")
    assert cache.get(key) is None
    # negative answers are cached too: "Crossref does not know this DOI"
    cache.put(key, None, url="u")
    assert cache.get(key).body is None
    assert not list(tmp_path.rglob(".tmp-*"))


def test_cache_removes_what_a_killed_write_left_behind(tmp_path: Path) -> None:
    """A SIGKILL between mkstemp and rename leaves ``.tmp-*.json``; the next run sweeps old ones
    and leaves young ones alone (another process may be writing them right now)."""
    import os
    import time

    ResponseCache(tmp_path).put(doi_key("http://x", "10.1/a"), {"DOI": "10.1/a"}, url="u")
    folder = next(tmp_path.rglob("*.json")).parent
    old, young = folder / ".tmp-old.json", folder / ".tmp-young.json"
    old.write_text("{", encoding="utf-8")
    young.write_text("{", encoding="utf-8")
    past = time.time() - ResponseCache.ORPHAN_AGE_S - 60
    os.utime(old, (past, past))
    cache = ResponseCache(tmp_path)
    assert cache.orphans_removed == 1 and not old.exists() and young.exists()
    assert cache.get(doi_key("http://x", "10.1/a")).body == {"DOI": "10.1/a"}


def test_query_keys_distinguish_rows_and_servers() -> None:
    assert len({query_key("http://a", "q", 5), query_key("http://a", "q", 10), query_key("http://b", "q", 5)}) == 3


def test_cache_dir_resolution(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MEDKG_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert EnrichConfig().resolved_cache_dir() == tmp_path / "xdg" / "medkg" / "crossref"
    monkeypatch.setenv("MEDKG_CACHE_DIR", str(tmp_path / "mine"))
    assert EnrichConfig().resolved_cache_dir() == tmp_path / "mine" / "crossref"
    assert EnrichConfig(cache_dir=tmp_path / "explicit").resolved_cache_dir() == tmp_path / "explicit"


# --- config ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("config", "rps", "concurrency"),
    [
        (EnrichConfig(), 5, 1),  # public pool
        (EnrichConfig(mailto="me@example.org"), 10, 5),  # polite pool
        (EnrichConfig(mailto="me@example.org", max_rps=50, max_concurrency=20), 10, 5),  # never above the pool
        (EnrichConfig(max_rps=2, max_concurrency=1), 2, 1),
        (EnrichConfig(base_url="http://127.0.0.1:9", max_rps=20, max_concurrency=8), 20, 8),  # not Crossref
    ],
)
def test_pool_limits(config: EnrichConfig, rps: float, concurrency: int) -> None:
    assert (config.rate_limit, config.concurrency) == (rps, concurrency)


def test_mailto_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MEDKG_MAILTO", "env@example.org")
    assert EnrichConfig.from_env().mailto == "env@example.org"
    assert EnrichConfig.from_env(mailto="cli@example.org").mailto == "cli@example.org"


def test_report_summary_is_one_line() -> None:
    down = EnrichReport(reachable=False, stopped_reason="Crossref unreachable (refused)", targets=3)
    assert "\n" not in down.summary() and "unreachable" in down.summary() and "without enrichment" in down.summary()


# --- rate limiter ------------------------------------------------------------------------------


def _max_in_window(times: list[float], interval: float) -> int:
    times = sorted(times)
    best, lo = 0, 0
    for hi, t in enumerate(times):
        while t - times[lo] >= interval:
            lo += 1
        best = max(best, hi - lo + 1)
    return best


def test_rate_limiter_spacing_and_concurrency() -> None:
    limiter = RateLimiter(limit=5, interval=0.2, concurrency=3)
    starts: list[float] = []
    in_flight, peak = [0], [0]
    lock = threading.Lock()

    def worker() -> None:
        for _ in range(5):
            with limiter.slot():
                with lock:
                    starts.append(time.monotonic())
                    in_flight[0] += 1
                    peak[0] = max(peak[0], in_flight[0])
                time.sleep(0.01)
                with lock:
                    in_flight[0] -= 1

    threads = [threading.Thread(target=worker) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(starts) == 30
    assert _max_in_window(starts, 0.2) <= 5
    gaps = [b - a for a, b in zip(sorted(starts), sorted(starts)[1:], strict=False)]
    assert min(gaps) >= 0.2 / 5  # paced, never a burst
    assert peak[0] <= 3


def test_rate_limiter_pause_and_tighten() -> None:
    limiter = RateLimiter(limit=100, interval=1.0, concurrency=2)
    limiter.tighten(50, 1.0)
    assert limiter.limit == 50
    limiter.tighten(200, 1.0)  # looser: ignored
    assert limiter.limit == 50
    limiter.pause(0.2)
    t0 = time.monotonic()
    with limiter.slot():
        waited = time.monotonic() - t0
    assert waited >= 0.15


def test_rate_limit_holds_at_arrival_even_when_sends_are_delayed() -> None:
    """On a loaded machine a request admitted on time can be sent late and the next ones on
    time: counted where they arrive (as Crossref counts), no window may hold more than the limit."""
    limiter = RateLimiter(limit=5, interval=0.5, concurrency=5)
    arrivals: list[float] = []
    lock = threading.Lock()
    counter = iter(range(10_000))

    def worker() -> None:
        for _ in range(6):
            with limiter.slot():
                with lock:
                    i = next(counter)
                time.sleep(0.21 if i in (0, 15) else 0.0)  # these leave late
                with lock:
                    arrivals.append(time.monotonic())
                time.sleep(0.005)

    threads = [threading.Thread(target=worker) for _ in range(5)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    arrivals.sort()
    assert len(arrivals) == 30
    assert max(sum(1 for b in arrivals if a <= b < a + 0.5) for a in arrivals) <= 5


def test_rate_limiter_fractional_rates_stretch_the_window() -> None:
    limiter = RateLimiter(limit=0.5, interval=1.0)
    assert (limiter.limit, limiter.interval) == (1, 2.0)


def test_rate_limiter_stops_waiting_when_told() -> None:
    stop = threading.Event()
    limiter = RateLimiter(limit=1, interval=60.0, stop=stop)
    with limiter.slot():
        pass
    threading.Timer(0.1, stop.set).start()
    with pytest.raises(Stopped), limiter.slot():
        pass


def test_backoff_grows_and_is_capped() -> None:
    import random

    rng = random.Random(1)
    delays = [backoff_delay(a, 0.5, 4.0, rng) for a in range(8)]
    assert 0.25 <= delays[0] <= 0.5
    assert all(2.0 <= d <= 4.0 for d in delays[3:])


def test_error_budget() -> None:
    budget = ErrorBudget(0.10, min_requests=10, max_consecutive=5)
    for _ in range(9):
        budget.request(True)
    budget.request(False)
    assert budget.exhausted() is not None  # 1 of 10 = 10 %
    fresh = ErrorBudget(0.10, min_requests=10, max_consecutive=5)
    fresh.request(False)
    assert fresh.exhausted() is None  # too early to judge
    for _ in range(5):
        fresh.attempt(False)
    assert "in a row" in (fresh.exhausted() or "")
    fresh.attempt(True)
    assert fresh.exhausted() is None
