"""Crossref enrichment benchmark against the test server, at the polite-pool limits.

Prints requests per DOI, seconds per 100 papers (DOI look-ups and citation matching) at
10 requests/s and 5 concurrent, and matching precision/recall on the citation test set
(tests/data/crossref/citations.json). No network: the server runs on 127.0.0.1.

    PYTHONPATH=src python benchmarks/bench_enrich.py [--latency 0.25] [--batch 40]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))
sys.path.insert(0, str(REPO / "src"))

from crossref_server import CrossrefStub, citation_cases, seed_dois  # noqa: E402

from medkg.enrich import EnrichConfig, EnrichTarget, enrich  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--latency", type=float, default=0.25, help="seconds each answer takes (Crossref: ~0.2-1 s)")
    parser.add_argument("--batch", type=int, default=40, help="DOIs per filter=doi:… request")
    args = parser.parse_args()

    dois = seed_dois()
    cases = citation_cases()
    with CrossrefStub(latency=args.latency) as stub, tempfile.TemporaryDirectory() as tmp:
        def config(name: str) -> EnrichConfig:
            return EnrichConfig(base_url=stub.base_url, cache_dir=Path(tmp) / name, mailto="bench@example.org",
                                max_rps=10, max_concurrency=5, batch_size=args.batch)

        doi_targets = [EnrichTarget(f"urn:bench:doi:{i}", doi=d) for i, d in enumerate(dois)]
        t0 = time.perf_counter()
        doi_report = enrich(doi_targets, config("doi"))
        doi_secs = time.perf_counter() - t0

        cite_targets = [EnrichTarget(f"urn:bench:cite:{i}", citation=c["citation"]) for i, c in enumerate(cases)]
        stub.reset()
        stub.latency = args.latency
        t0 = time.perf_counter()
        cite_report = enrich(cite_targets, config("cite"))
        cite_secs = time.perf_counter() - t0

        stub.reset()
        t0 = time.perf_counter()
        rerun = enrich(doi_targets, config("doi")), enrich(cite_targets, config("cite"))
        rerun_secs = time.perf_counter() - t0

    got = {r.key: r.record.doi for r in cite_report.results}
    expected = {t.key: c["doi"] for t, c in zip(cite_targets, cases, strict=True)}
    true_pos = sum(1 for k, d in got.items() if expected[k] == d)
    precision = true_pos / len(got) if got else 0.0
    recall = true_pos / sum(1 for d in expected.values() if d)

    print(f"Crossref test server, polite-pool limits (10 req/s, 5 concurrent), {args.latency:.2f} s per answer")
    print(f"DOI look-ups : {len(dois)} DOIs in {doi_report.requests} requests "
          f"= {doi_report.requests / len(dois):.3f} requests/DOI (batch {args.batch}); "
          f"{doi_secs:.2f} s = {100 * doi_secs / len(dois):.2f} s per 100 papers")
    print(f"Citations    : {len(cases)} citations in {cite_report.requests} requests; "
          f"{cite_secs:.2f} s = {100 * cite_secs / len(cases):.2f} s per 100 papers")
    print(f"Matching     : precision {precision:.3f}, recall {recall:.3f} "
          f"({true_pos} of {sum(1 for d in expected.values() if d)} true matches, {len(got) - true_pos} wrong, "
          f"{sum(1 for d in expected.values() if d is None)} citations with no true record)")
    print(f"Rerun        : {rerun[0].requests + rerun[1].requests} requests, {rerun_secs:.2f} s (all from cache)")


if __name__ == "__main__":
    main()
