"""Extraction throughput: entries/s on the five seed lists and on a large generated list.

Extraction is ``medkg extract``: read (decode, mojibake repair) → parse → classify/identify/cite.
Each figure is the median of ``--repeat`` runs after one warm-up run (imports, jieba's
dictionary and regex caches are paid once per process, not per list). Before every timed run
medkg's own memo caches (``functools.lru_cache`` of URL, label and citation functions) are
emptied, so a repeat does not find every URL of the list already answered: a real list meets
most of its URLs for the first time. ``--warm`` keeps them (the figures up to 2026-11-22 were
taken that way). The stage columns split
the same work so that a slow figure says where the time goes:

* ``read``  — ``sources.read_source`` (bytes → repaired text);
* ``parse`` — ``parse.parse`` (pyromark events → entries);
* ``type``  — ``extract.type_entry`` on every entry + duplicate marking (roles, ids, citations).

Target (issue #8): ≥ 20,000 entries/s.

    PYTHONPATH=src python benchmarks/bench_extract.py [--entries 20000] [--repeat 3] [--json]
"""

from __future__ import annotations

import argparse
import contextlib
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


#: modules whose memo caches hold per-URL / per-label / per-text answers (mojibake's code-page
#: tables are set-up, not answers, and stay)
MEMO_MODULES = ("medkg.ids", "medkg.classify", "medkg.citation", "medkg.inline", "medkg.parse", "medkg.extract",
               "medkg.resolve", "medkg.tables", "medkg.headings")


def clear_memo_caches() -> int:
    """Empty every ``lru_cache`` of ``MEMO_MODULES``; returns how many were emptied."""
    n = 0
    for name in MEMO_MODULES:
        module = sys.modules.get(name)
        if module is None:
            continue
        for value in vars(module).values():
            if callable(getattr(value, "cache_clear", None)) and getattr(value, "__module__", "") == name:
                value.cache_clear()
                n += 1
    return n


WARM = False


def _median_time(fn, repeat: int) -> float:
    return _median_times(fn, repeat)[0]


def _median_times(fn, repeat: int) -> tuple[float, float]:
    """Median wall seconds and median CPU seconds of ``repeat`` runs (CPU is not inflated by
    other processes waiting for the same cores, wall is what a user sees)."""
    walls, cpus = [], []
    for _ in range(repeat):
        if not WARM:
            clear_memo_caches()
        t0, c0 = time.perf_counter(), time.process_time()
        fn()
        walls.append(time.perf_counter() - t0)
        cpus.append(time.process_time() - c0)
    return statistics.median(walls), statistics.median(cpus)


def measure(path: Path, repeat: int) -> dict:
    """Whole extraction and its stages for one list (median seconds)."""
    from medkg import extract, parse, sources

    extract.extract_file(path)  # warm-up
    total, cpu = _median_times(lambda: extract.extract_file(path), repeat)
    src = sources.read_source(path)
    read = _median_time(lambda: sources.read_source(path), repeat)
    raw, _ = parse.parse(src)
    parse_s = _median_time(lambda: parse.parse(src), repeat)

    def typing() -> None:
        with getattr(parse, "gc_paused", contextlib.nullcontext)():  # as in extract_source
            extract._mark_duplicates([extract.type_entry(e) for e in raw])

    type_s = _median_time(typing, repeat)
    n = len(raw)
    return {"list": path.name, "entries": n, "bytes": path.stat().st_size, "seconds": total,
            "entries_per_s": n / total if total else float("inf"), "cpu_s": cpu,
            "entries_per_cpu_s": n / cpu if cpu else float("inf"), "read_s": read, "parse_s": parse_s,
            "type_s": type_s}


def run(entries: int, repeat: int, workdir: Path | None = None) -> list[dict]:
    from generate import generate

    rows = [measure(p, repeat) for p in sorted((REPO / "data" / "lists").glob("*.md"))]
    seeds = {"list": "five seeds (sum)", "entries": sum(r["entries"] for r in rows),
             "bytes": sum(r["bytes"] for r in rows)}
    for k in ("seconds", "cpu_s", "read_s", "parse_s", "type_s"):
        seeds[k] = sum(r[k] for r in rows)
    seeds["entries_per_s"] = seeds["entries"] / seeds["seconds"]
    seeds["entries_per_cpu_s"] = seeds["entries"] / seeds["cpu_s"]
    rows.append(seeds)
    with tempfile.TemporaryDirectory(dir=workdir) as tmp:
        (path,) = generate(tmp, entries, per_list=entries, seed=0)
        big = measure(path, repeat)
        big["list"] = f"generated, one list of {entries:,}"
        rows.append(big)
    return rows


def format_rows(rows: list[dict]) -> str:
    head = f"{'list':<40} {'entries':>8} {'KB':>7} {'s':>7} {'entries/s':>10} {'CPU s':>7} {'/CPU s':>8} " \
           f"{'read s':>7} {'parse s':>7} {'type s':>7}"
    out = [head, "-" * len(head)]
    for r in rows:
        out.append(f"{r['list']:<40} {r['entries']:>8,} {r['bytes'] / 1024:>7.0f} {r['seconds']:>7.3f} "
                   f"{r['entries_per_s']:>10,.0f} {r['cpu_s']:>7.3f} {r['entries_per_cpu_s']:>8,.0f} {r['read_s']:>7.3f} {r['parse_s']:>7.3f} {r['type_s']:>7.3f}")
    out.append(f"target: >= {TARGET:,} entries/s; memo caches {'kept (--warm)' if WARM else 'emptied before every run'}")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--entries", type=int, default=20_000, help="size of the generated list")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--json", action="store_true", help="print JSON rows instead of a table")
    ap.add_argument("--warm", action="store_true", help="keep memo caches between runs (every URL already seen)")
    args = ap.parse_args(argv)
    global WARM
    WARM = args.warm
    rows = run(args.entries, args.repeat)
    print(json.dumps(rows, indent=1) if args.json else format_rows(rows))


if __name__ == "__main__":
    main()
