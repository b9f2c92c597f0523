"""Every benchmark, one table: figure, target, verdict — with the machine and the date.

Runs bench_extract, bench_build (10k and 100k, 1M with ``--million``) and bench_query on the
100k graph, then the enrichment benchmark (``bench_enrich.py``) if present, and prints one
summary table in Markdown (ready for the README's "Performance" section). ``--quick`` runs the
10k sizes only, once each (a smoke run, minutes instead of most of an hour).

    PYTHONPATH=src python benchmarks/run_all.py [--quick] [--million] [--repeat 3] [--json FILE]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(HERE))


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f", {kb / 1024 / 1024:.0f} GB RAM"
    except (OSError, ValueError, IndexError):
        pass
    import pyoxigraph

    load = " / ".join(f"{x:.1f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"
    return (f"{cpu}, {os.cpu_count()} cores{mem}; Python {platform.python_version()}, pyoxigraph "
            f"{pyoxigraph.__version__}; {platform.system()} {platform.release()}; load average {load}; "
            f"{dt.datetime.now().astimezone():%Y-%m-%d %H:%M %Z}")


def _verdict(value: float | None, target: float, higher_is_better: bool = False) -> str:
    if value is None:
        return "n/a"
    ok = value >= target if higher_is_better else value <= target
    return "yes" if ok else "**no**"


def table(ex: list[dict], builds: list[dict], q: dict | None) -> str:
    rows: list[tuple[str, str, str, str]] = []
    seeds = next(r for r in ex if r["list"].startswith("five seeds"))
    big = ex[-1]
    rows.append(("extraction, five seed lists", f"{seeds['entries_per_s']:,.0f} entries/s", "≥ 20,000",
                 _verdict(seeds["entries_per_s"], 20_000, True)))
    rows.append((f"extraction, {big['list']}", f"{big['entries_per_s']:,.0f} entries/s", "≥ 20,000",
                 _verdict(big["entries_per_s"], 20_000, True)))
    for b in builds:
        n = f"{b['entries'] // 1000:,}k" if b["entries"] < 1_000_000 else f"{b['entries'] / 1e6:g}M"
        target = 2.0 if b["entries"] >= 100_000 else None
        rows.append((f"build {n} entries ({b['quads']:,} quads)",
                     f"{b['build_s']:.1f} s (CPU {b['build_cpu_s']:.0f} s) vs floor {b['floor_s']:.1f} s "
                     f"= **{b['ratio']:.1f}×**", "≤ 2.0× (1.3×)" if target else "—",
                     _verdict(b["ratio"], target) if target else "—"))
        rows.append((f"peak RSS, build {n}", f"{b['build_rss_mb']:,.0f} MB (floor {b['floor_rss_mb']:,.0f} MB)",
                     "≤ 2 GB at 1M" if b["entries"] >= 1_000_000 else "—",
                     _verdict(b["build_rss_mb"], 2048) if b["entries"] >= 1_000_000 else "—"))
    if q:
        n = f"{q['entries'] // 1000:,}k"
        rd = (q.get("rdflib") or {}).get("queries") or {}
        lim, rlim = q["query_timeout"], q["rdflib_timeout"]

        def sec(v: float | None, limit: float) -> str:
            return f"{v:.2f} s" if v is not None else f"> {limit:g} s (stopped)"

        for r in q["queries"]:
            got = rd.get(r["query"])
            rs = (got or {}).get("s")
            base = r.get("oxigraph_s_for_ratio", r["oxigraph_s"])
            if rs and base:
                extra = f"; rdflib {rs:.1f} s = {rs / base:.0f}× oxigraph"
            elif got is not None and base:
                extra = f"; rdflib > {rlim:g} s (> {rlim / base:.0f}× oxigraph)"
            else:
                extra = "; rdflib not run" if q.get("rdflib") else ""
            count = f" ({r['rows']:,} rows)" if r["rows"] is not None else ""
            rows.append((f"query `{r['query']}` on {n}", f"{sec(r['oxigraph_s'], lim)} oxigraph, "
                         f"{sec(r['medkg_s'], lim)} via medkg{count}{extra}", "—", "—"))
        p = q["processes"]
        rows.append((f"`medkg report papers-with-code` on {n}", sec(p["report_s"], lim), "≤ 5 s",
                     _verdict(p["report_s"], 5.0)))
        for key, what in (("cheap_overhead_s", "a cheap query"), ("overhead_s", f"`{p['query']}`")):
            v = p.get(key)
            rows.append((f"medkg overhead on {what} (CLI vs raw pyoxigraph process)",
                         f"{v:+.2f} s" if v is not None else "n/a", "≤ 0.3 s", _verdict(v, 0.3)))
        rows.append(("`medkg --help`", f"{sec(p['help_s'], lim)} (python -c pass {sec(p['python_s'], lim)})",
                     "≤ 0.3 s", _verdict(p["help_s"], 0.3)))
    out = ["| measurement | figure | target | met |", "|---|---|---|---|"]
    out += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> None:
    import bench_build
    import bench_extract
    import bench_query

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="10k only, one run each")
    ap.add_argument("--million", action="store_true", help="also build 1M entries (long)")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--json", type=Path, default=None, help="also write every figure here")
    args = ap.parse_args(argv)
    repeat = 1 if args.quick else args.repeat
    size = 10_000 if args.quick else 100_000
    started = machine()
    print(f"machine: {started}", file=sys.stderr)
    ex = bench_extract.run(20_000, repeat)
    print(bench_extract.format_rows(ex), file=sys.stderr)
    sizes = [10_000] if args.quick else [10_000, 100_000] + ([1_000_000] if args.million else [])
    builds = bench_build.run(sizes, per_list=1000, repeat=repeat, keep_dir=bench_build.OUT / "stores")
    print(bench_build.format_rows(builds), file=sys.stderr)
    q = bench_query.run(size, per_list=1000, repeat=repeat, rdflib_entries=size,
                        rdflib_timeout=30.0 if args.quick else 300.0)
    print(bench_query.format_all(q), file=sys.stderr)
    enrich_text = ""
    if (HERE / "bench_enrich.py").is_file():
        env = dict(os.environ, PYTHONPATH=str(REPO / "src"))
        proc = subprocess.run([sys.executable, str(HERE / "bench_enrich.py")], capture_output=True, text=True,
                              env=env, check=False)
        enrich_text = proc.stdout.strip() if proc.returncode == 0 else f"bench_enrich.py failed: {proc.stderr[-500:]}"
    print(f"\nMachine: {started}\nCommand: `PYTHONPATH=src python benchmarks/run_all.py"
          f"{' --quick' if args.quick else ''}{' --million' if args.million else ''}` (medians of {repeat})\n")
    print(table(ex, builds, q))
    if enrich_text:
        print("\nEnrichment (benchmarks/bench_enrich.py, test Crossref server on 127.0.0.1):\n")
        print(enrich_text)
    if args.json:
        args.json.write_text(json.dumps({"machine": started, "extract": ex, "build": builds, "query": q,
                                         "enrich": enrich_text}, indent=1))


if __name__ == "__main__":
    main()
