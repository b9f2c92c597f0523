"""Extraction throughput: entries/s on the five seed lists and on a large generated list.

Extraction is ``medkg extract``: read (decode, mojibake repair) → parse → classify/identify/cite.
Each figure is the median of ``--repeat`` runs after one warm-up run (imports, jieba's
dictionary and regex caches are paid once per process, not per list). The stage columns split
the same work so that a slow figure says where the time goes:

* ``read``  — ``sources.read_source`` (bytes → repaired text);
* ``parse`` — ``parse.parse`` (pyromark events → entries);
* ``type``  — ``extract.type_entry`` on every entry + duplicate marking (roles, ids, citations).

Target (issue #8): ≥ 20,000 entries/s.

    PYTHONPATH=src python benchmarks/bench_extract.py [--entries 20000] [--repeat 3] [--json]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "benchmarks"))

TARGET = 20_000


def _median_time(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def measure(path: Path, repeat: int) -> dict:
    """Whole extraction and its stages for one list (median seconds)."""
    from medkg import extract, parse, sources

    extract.extract_file(path)  # warm-up
    total = _median_time(lambda: extract.extract_file(path), repeat)
    src = sources.read_source(path)
    read = _median_time(lambda: sources.read_source(path), repeat)
    raw, _ = parse.parse(src)
    parse_s = _median_time(lambda: parse.parse(src), repeat)

    def typing() -> None:
        extract._mark_duplicates([extract.type_entry(e) for e in raw])

    type_s = _median_time(typing, repeat)
    n = len(raw)
    return {"list": path.name, "entries": n, "bytes": path.stat().st_size, "seconds": total,
            "entries_per_s": n / total if total else float("inf"), "read_s": read, "parse_s": parse_s,
            "type_s": type_s}


def run(entries: int, repeat: int, workdir: Path | None = None) -> list[dict]:
    from generate import generate

    rows = [measure(p, repeat) for p in sorted((REPO / "data" / "lists").glob("*.md"))]
    seeds = {"list": "five seeds (sum)", "entries": sum(r["entries"] for r in rows),
             "bytes": sum(r["bytes"] for r in rows)}
    for k in ("seconds", "read_s", "parse_s", "type_s"):
        seeds[k] = sum(r[k] for r in rows)
    seeds["entries_per_s"] = seeds["entries"] / seeds["seconds"]
    rows.append(seeds)
    with tempfile.TemporaryDirectory(dir=workdir) as tmp:
        (path,) = generate(tmp, entries, per_list=entries, seed=0)
        big = measure(path, repeat)
        big["list"] = f"generated, one list of {entries:,}"
        rows.append(big)
    return rows


def format_rows(rows: list[dict]) -> str:
    head = f"{'list':<40} {'entries':>8} {'KB':>7} {'s':>7} {'entries/s':>10} {'read s':>7} {'parse s':>7} " \
           f"{'type s':>7}"
    out = [head, "-" * len(head)]
    for r in rows:
        out.append(f"{r['list']:<40} {r['entries']:>8,} {r['bytes'] / 1024:>7.0f} {r['seconds']:>7.3f} "
                   f"{r['entries_per_s']:>10,.0f} {r['read_s']:>7.3f} {r['parse_s']:>7.3f} {r['type_s']:>7.3f}")
    out.append(f"target: >= {TARGET:,} entries/s")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--entries", type=int, default=20_000, help="size of the generated list")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--json", action="store_true", help="print JSON rows instead of a table")
    args = ap.parse_args(argv)
    rows = run(args.entries, args.repeat)
    print(json.dumps(rows, indent=1) if args.json else format_rows(rows))


if __name__ == "__main__":
    main()
