"""Enrichment end to end: the real habanero client against the Crossref stub on 127.0.0.1."""

from __future__ import annotations

import math
import socket
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from crossref_server import CrossrefStub, citation_cases, seed_dois

from medkg.enrich import EnrichConfig, EnrichReport, EnrichTarget, crossref_quads, enrich

KEY = "https://w3id.org/medkg/id/paper/test/{}"


@pytest.fixture(scope="module")
def server() -> Iterator[CrossrefStub]:
    with CrossrefStub() as stub:
        yield stub


@pytest.fixture
def stub(server: CrossrefStub) -> Iterator[CrossrefStub]:
    server.reset()
    yield server
    server.reset()


def config(stub: CrossrefStub, cache: Path, **kw: object) -> EnrichConfig:
    defaults: dict[str, object] = dict(base_url=stub.base_url, cache_dir=cache, mailto="tests@example.org",
                                       max_rps=20, max_concurrency=5, timeout=5.0, backoff_base=0.05)
    defaults.update(kw)
    return EnrichConfig(**defaults)  # type: ignore[arg-type]


def citation_targets() -> tuple[list[EnrichTarget], list[str | None]]:
    cases = citation_cases()
    targets = [EnrichTarget(KEY.format(f"cite{i}"), citation=c["citation"]) for i, c in enumerate(cases)]
    return targets, [c["doi"] for c in cases]


def outcome(report: EnrichReport) -> dict[str, tuple[str, str, float]]:
    """What a run concluded, without the retrieval times (which differ between runs)."""
    return {r.key: (r.record.doi, r.method, r.score) for r in report.results}


def graph_without_times(report: EnrichReport) -> set[str]:
    """The report's Crossref graph, minus retrieval times (two runs retrieve at different times)."""
    return {str(q) for q in crossref_quads(report, base="https://w3id.org/medkg/")
            if q.predicate.value != "http://www.w3.org/ns/prov#generatedAtTime"}


# --- DOI look-ups ---------------------------------------------------------------------------------


def test_seed_dois_are_looked_up_in_batches(stub: CrossrefStub, tmp_path: Path) -> None:
    dois = seed_dois()
    assert len(dois) >= 50
    targets = [EnrichTarget(KEY.format(f"doi{i}"), doi=d) for i, d in enumerate(dois)]
    report = enrich(targets, config(stub, tmp_path, batch_size=20))

    batches = stub.requests("filter")
    assert len(stub.requests()) == len(batches) == math.ceil(len(dois) / 20) == report.requests
    assert all(len(h.params["filter"][0].split(",")) <= 20 for h in batches)
    asked = {f.split(":", 1)[1] for h in batches for f in h.params["filter"][0].split(",")}
    assert asked == set(dois)

    known = {d for d in dois if d in {r["DOI"] for r in stub.records}}
    assert len(known) >= 25
    by_doi = {r.record.doi: r for r in report.results}
    assert set(by_doi) == known
    assert all(r.method == "doi-lookup" and r.score == 1.0 for r in report.results)
    esteva = by_doi["10.1038/s41591-018-0316-z"].record
    assert esteva.title == "A guide to deep learning in healthcare" and esteva.container_title == "Nature Medicine"
    assert {u.key for u in report.unmatched} == {t.key for t in targets if t.doi not in known}


def test_second_run_makes_no_request(stub: CrossrefStub, tmp_path: Path) -> None:
    targets, _ = citation_targets()
    targets = targets[:10] + [EnrichTarget(KEY.format("d1"), doi="10.1038/nbt.4233"),
                              EnrichTarget(KEY.format("d2"), doi="10.5555/not-in-crossref")]
    first = enrich(targets, config(stub, tmp_path))
    assert first.requests == len(stub.requests()) == 11 and first.cache_hits == 0
    stub.reset()
    second = enrich(targets, config(stub, tmp_path))
    assert stub.requests() == [] and second.requests == 0
    assert second.cache_hits == 12  # one entry per query and per DOI (the batch held two)
    assert second.results == first.results  # same records, same retrieval times
    assert second.unmatched == first.unmatched


def test_refresh_asks_again_and_offline_never_asks(stub: CrossrefStub, tmp_path: Path) -> None:
    targets = [EnrichTarget(KEY.format("d1"), doi="10.1038/nbt.4233")]
    enrich(targets, config(stub, tmp_path))
    stub.reset()
    assert enrich(targets, config(stub, tmp_path, refresh=True)).requests == 1
    assert len(stub.requests()) == 1
    stub.reset()
    cached = enrich(targets, config(stub, tmp_path, offline=True))
    assert cached.offline and len(cached.results) == 1 and stub.requests() == []
    empty = enrich(targets, config(stub, tmp_path / "empty", offline=True))
    assert empty.results == () and stub.requests() == [] and empty.requests == 0
    assert empty.unmatched[0].reason == "offline and not in the cache"


def test_unknown_doi_with_a_citation_falls_back_to_matching(stub: CrossrefStub, tmp_path: Path) -> None:
    cases = {c["prefix"]: c for c in citation_cases()}
    mnih = cases["Mnih, V.; Kavukcuoglu, K."]
    target = EnrichTarget(KEY.format("typo"), doi="10.1038/nature14236-typo", citation=mnih["citation"])
    report = enrich([target], config(stub, tmp_path))
    result = report.result_for(target.key)
    assert result is not None and result.record.doi == mnih["doi"] and result.method == "bibliographic-match"
    assert len(stub.requests("filter")) == 1 and len(stub.requests("query.bibliographic")) == 1


def test_arxiv_entry_is_linked_to_its_published_version(stub: CrossrefStub, tmp_path: Path) -> None:
    target = EnrichTarget(KEY.format("arxiv"), doi="10.48550/arXiv.1404.7828",
                          title="Deep Learning in Neural Networks: An Overview", authors=("Jürgen Schmidhuber",), year=2014)
    report = enrich([target], config(stub, tmp_path))
    assert stub.requests("filter") == []  # DataCite DOIs are never sent to Crossref
    result = report.result_for(target.key)
    assert result is not None
    assert result.record.doi == "10.1016/j.neunet.2014.09.003" and result.relation == "published-version"


# --- bibliographic matching -----------------------------------------------------------------------


def test_citations_without_doi_are_matched_and_decoys_refused(stub: CrossrefStub, tmp_path: Path) -> None:
    targets, expected = citation_targets()
    assert len(targets) >= 20 and sum(e is not None for e in expected) >= 20
    report = enrich(targets, config(stub, tmp_path))
    got = {r.key: r.record.doi for r in report.results}
    decoys = {r["DOI"] for r in stub.records if "_decoy_of" in r}

    true_positive = sum(got.get(t.key) == e for t, e in zip(targets, expected, strict=True) if e)
    wrong = [(t.key, got[t.key], e) for t, e in zip(targets, expected, strict=True) if t.key in got and got[t.key] != e]
    recall = true_positive / sum(e is not None for e in expected)
    assert recall >= 0.95
    assert wrong == []  # precision 1.0 on this set: nothing accepted that is not the cited work
    assert not decoys & set(got.values())
    # a decoy was the first hit for several citations, and it was looked at and refused with a reason
    refused = {r.doi for r in report.rejected}
    assert len(decoys & refused) >= 10
    assert all(r.reason for r in report.rejected)
    for result in report.results:
        assert result.method == "bibliographic-match" and 0.5 <= result.score <= 1.0 and result.similarity >= 0.8


# --- faults, limits, reachability -------------------------------------------------------------------


FAULTS = [("429", "filter"), ("503", "query.bibliographic"), ("slow", "query.bibliographic"),
          ("truncated", "filter"), ("bad-json", "query.bibliographic"), ("wrong-type", "filter"),
          ("wrong-type", "query.bibliographic"), ("429", "query.bibliographic"), ("truncated", "query.bibliographic")]


def test_faults_do_not_change_the_result(stub: CrossrefStub, tmp_path: Path) -> None:
    targets, _ = citation_targets()
    targets = targets[:16] + [EnrichTarget(KEY.format(f"doi{i}"), doi=d) for i, d in enumerate(seed_dois()[:30])]
    calm = enrich(targets, config(stub, tmp_path / "calm", batch_size=20, timeout=0.5))
    assert calm.errors == 0 and calm.given_up == ()

    stub.reset()
    for kind, when in FAULTS:
        stub.inject(kind, when=when, retry_after=1.0, delay=1.0)
    stormy = enrich(targets, config(stub, tmp_path / "stormy", batch_size=20, timeout=0.5, error_budget=0.5))
    assert {h.fault for h in stub.requests()} >= {k for k, _ in FAULTS}
    assert stormy.errors == len(FAULTS) and stormy.retries == len(FAULTS)
    assert stormy.given_up == () and stormy.stopped_reason is None
    assert outcome(stormy) == outcome(calm)
    assert stormy.unmatched == calm.unmatched
    assert graph_without_times(stormy) == graph_without_times(calm)  # the same Crossref graph
    # Retry-After (1 s) paused every worker. Requests admitted just before the client read the
    # 429 may still arrive (at most one per other worker); without the pause, 20 requests/s
    # would have put about 16 into the window below.
    hits = stub.requests()
    throttled = [h for h in hits if h.status == 429]
    assert len(throttled) == 2
    for hit in throttled:
        assert len([h for h in hits if hit.t + 0.1 < h.t < hit.t + 0.95]) <= stub.concurrency_limit - 1
        retry = next(h for h in hits if h.t > hit.t and h.params == hit.params)
        assert retry.t - hit.t >= 1.0


def test_rate_and_concurrency_stay_within_limits(stub: CrossrefStub, tmp_path: Path) -> None:
    targets, _ = citation_targets()
    targets = targets[:20]
    stub.latency = 0.3  # 20/s × 0.3 s = 6 requests would overlap: the concurrency limit holds them back
    report = enrich(targets, config(stub, tmp_path, max_rps=20, max_concurrency=3))
    assert report.requests == len(targets)
    assert stub.max_in_window(1.0) <= 20
    assert stub.max_in_flight <= 3
    assert stub.max_in_flight == 3  # the limit was reached, so the assertion above means something


def test_rate_limit_is_the_binding_constraint(stub: CrossrefStub, tmp_path: Path) -> None:
    targets, _ = citation_targets()
    t0 = time.monotonic()
    report = enrich(targets[:16], config(stub, tmp_path, max_rps=10, max_concurrency=5))
    elapsed = time.monotonic() - t0
    assert stub.max_in_window(1.0) <= 10
    assert elapsed >= (report.requests - 10) / 10 * 0.9  # could not have gone faster than 10/s


def test_unreachable_crossref_is_detected_in_seconds(tmp_path: Path) -> None:
    with socket.socket() as sock:  # a port that nothing listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    targets, _ = citation_targets()
    targets += [EnrichTarget(KEY.format("d1"), doi="10.1038/nbt.4233")]
    t0 = time.monotonic()
    report = enrich(targets, EnrichConfig(base_url=f"http://127.0.0.1:{port}", cache_dir=tmp_path, max_retries=5))
    assert time.monotonic() - t0 < 2.0
    assert report.reachable is False and report.requests == 1
    assert "unreachable" in (report.stopped_reason or "") and "unreachable" in report.summary()
    assert report.results == () and len(report.unmatched) == len(targets)


def test_error_budget_stops_the_run_and_keeps_partial_results(stub: CrossrefStub, tmp_path: Path) -> None:
    targets, _ = citation_targets()
    targets += [EnrichTarget(KEY.format(f"doi{i}"), doi=d) for i, d in enumerate(seed_dois()[:20])]
    stub.inject("503", times=10_000, when="query.bibliographic")
    progress: list[tuple[int, int]] = []
    report = enrich(targets, config(stub, tmp_path, batch_size=20, max_retries=2),
                    progress=lambda done, total: progress.append((done, total)))
    assert report.stopped_reason is not None
    assert len(report.results) > 0 and all(r.method == "doi-lookup" for r in report.results)  # partial, usable
    assert report.given_up and all(g.error == "HTTP 503" and g.attempts == 3 for g in report.given_up)
    assert report.requests < 30  # stopped early, not len(targets) × 3 attempts
    assert progress[-1] == (len(targets), len(targets))
    assert len(report.results) + len(report.unmatched) == len(targets)


def test_dois_a_filter_cannot_carry_and_odd_records(tmp_path: Path) -> None:
    """A DOI with a comma goes by path, unencoded characters and all; an odd record is tolerated."""
    comma = {"DOI": "10.5555/a,b<c>d", "title": ["A paper with an awkward DOI"], "type": "journal-article",
             "issued": {"date-parts": [[2020]]}}
    odd = {"DOI": "10.5555/odd", "title": 42, "author": "Smith", "issued": {"date-parts": "2020"},
           "container-title": ["Journal of Odd Records"], "type": "journal-article"}
    with CrossrefStub(records=[comma, odd]) as stub:
        targets = [EnrichTarget(KEY.format("comma"), doi="10.5555/a,b<c>d"),
                   EnrichTarget(KEY.format("missing"), doi="10.5555/x,y"),
                   EnrichTarget(KEY.format("odd"), doi="10.5555/odd")]
        report = enrich(targets, config(stub, tmp_path))
        paths = sorted(h.path for h in stub.requests())
    assert paths == ["/works", "/works/10.5555/a%2Cb%3Cc%3Ed", "/works/10.5555/x%2Cy"]
    assert report.result_for(KEY.format("comma")).record.title == "A paper with an awkward DOI"
    assert [u.reason for u in report.unmatched] == ["DOI 10.5555/x,y not found in Crossref"]
    odd_record = report.result_for(KEY.format("odd")).record
    assert (odd_record.title, odd_record.authors, odd_record.container_title) == (None, (), "Journal of Odd Records")
    assert report.errors == 0 and report.given_up == ()
