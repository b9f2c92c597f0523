"""Time of every shipped query and of the papers-with-code report, on the seeds and on ~100k entries.

The large corpus multiplies the five seed lists: copy *k* of a list gets unique URLs (``-k{k}``
appended to the last path segment, so each copy has its own repositories and DOIs), unique
arXiv ids and DOIs in the text, and unique titles (`` k{k}`` after the first word of an item and
in long ``[link texts]``), so copies do not merge into the same works; ``--per-file`` copies are
concatenated into one list file. The corpus is built with ``pipeline.build(enrich=False)``
into a temporary store (or ``--keep DIR`` to reuse it between runs).

Targets (issue #5): each shipped query < 100 ms on the seed graph; the report < 5 s at 100k.
Medians of ``--repeat`` runs; the machine may be shared, so compare figures of one run.
Building the 100k corpus is the slow part (tens of minutes here): ``--keep DIR`` reuses it.

    PYTHONPATH=src python benchmarks/bench_queries.py [--copies 176] [--per-file 8] [--keep DIR]
"""

from __future__ import annotations

import argparse
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from medkg import pipeline, query as Q
from medkg.report import build_report, render
from medkg.resources import bundled_lists_dir
from medkg.store import open_store

_URL = re.compile(r"(https?://[^\s)\]>\"'`]+?)([)\]>\"'`\s]|$)")
_ARXIV = re.compile(r"(?<![\d.])(\d{4})\.(\d{4,5})(?![\d])")
_DOI = re.compile(r"(?<![\w/])(10\.\d{4,9}/[^\s)\]>\"'`,;]+)")
_LINK_TEXT = re.compile(r"\[([^\[\]\n]{6,200})\]\(")
_ITEM_START = re.compile(r"(?m)^(\s*(?:[*+-]|\d+[.)])[ \t]+|#{3,6}[ \t]+|\|[ \t]*)([^\s\[!<|`:-]\S*)")


def multiply(text: str, k: int) -> str:
    """Copy ``k`` of a list: same shape, its own works."""
    if k == 0:
        return text

    def url(m: re.Match) -> str:
        u, tail = m.group(1), m.group(2)
        cut = min((i for i in (u.find("?"), u.find("#")) if i >= 0), default=len(u))
        head, rest = u[:cut], u[cut:]
        head = head[:-1] + f"-k{k}/" if head.endswith("/") else head + f"-k{k}"
        return head + rest + tail

    text = _URL.sub(url, text)
    text = _ARXIV.sub(lambda m: f"{m.group(1)}.{(int(m.group(2)) + 7919 * k) % 100000:05d}", text)
    def doi(m: re.Match) -> str:
        d = m.group(1)
        core = d.rstrip(".")
        return d if core.endswith(f"-k{k}") else f"{core}-k{k}{d[len(core):]}"

    def link_text(m: re.Match) -> str:  # titles, not role labels such as `code` or 论文地址
        label = m.group(1)
        return m.group(0) if "`" in label or len(label.split()) < 3 else f"[{label} k{k}]("

    text = _DOI.sub(doi, text)
    text = _ITEM_START.sub(lambda m: f"{m.group(1)}{m.group(2)} k{k}", text)  # titles written as text
    return _LINK_TEXT.sub(link_text, text)


def make_corpus(out: Path, copies: int, per_file: int) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for seed in sorted(bundled_lists_dir().glob("*.md")):
        text = seed.read_text(encoding="utf-8", errors="surrogateescape")
        for start in range(0, copies, per_file):
            body = "\n\n".join(multiply(text, k) for k in range(start, min(start + per_file, copies)))
            (out / f"{seed.stem}-{start // per_file:03d}.md").write_text(body, encoding="utf-8",
                                                                       errors="surrogateescape")


def timed(fn, repeat: int) -> tuple[float, object]:
    times, value = [], None
    for _ in range(repeat):
        t = time.perf_counter()
        value = fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times), value


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--copies", type=int, default=176, help="copies of each seed list (176 → ~100k entries)")
    ap.add_argument("--per-file", type=int, default=8, help="copies concatenated into one list file")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--keep", type=Path, help="keep the corpus and its store here (reused when present)")
    args = ap.parse_args(argv)

    work = args.keep or Path(tempfile.mkdtemp(prefix="medkg-bench-queries-"))
    seed_store = work / "seed-store"
    big_lists, big_store = work / f"lists-{args.copies}x", work / f"store-{args.copies}x"
    if not seed_store.exists():
        pipeline.build(lists=None, store=seed_store, enrich=False)
    build_s = None
    if not big_store.exists():
        make_corpus(big_lists, args.copies, args.per_file)
        t = time.perf_counter()
        pipeline.build(lists=[big_lists], store=big_store, enrich=False)
        build_s = time.perf_counter() - t

    queries = Q.list_queries()
    results: dict[str, dict[str, tuple[float, int]]] = {}
    for label, path, repeat in (("seed", seed_store, args.repeat), ("big", big_store, max(1, args.repeat // 2))):
        st = open_store(path, read_only=True)
        try:
            results[label] = {"_stats": pipeline.summary_stats(st)}
            for q in queries:
                Q.run(st, q)  # warm the store's caches once
                secs, res = timed(lambda q=q: Q.run(st, q, timeout=600), repeat)
                results[label][q.name] = (secs, len(res.rows))
            secs, rep = timed(lambda: build_report(st), repeat)
            results[label]["report (compute)"] = (secs, rep.total.papers)
            for fmt in ("md", "html", "csv"):
                secs, text = timed(lambda fmt=fmt: render(build_report(st), fmt), repeat)
                results[label][f"report → {fmt}"] = (secs, len(text))
        finally:
            st.close()

    t = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "medkg.cli", "report", "papers-with-code", "--format", "html",
                           "-o", str(work / "report.html"), "--store", str(big_store)], capture_output=True, text=True)
    cli_s = time.perf_counter() - t

    s, b = results["seed"].pop("_stats"), results["big"].pop("_stats")
    print(f"corpus: seed {s['entries']} entries / {s['papers']} papers / {s['lists']} lists; "
          f"big {b['entries']} entries / {b['papers']} papers / {b['lists']} lists / {b['quads']} quads"
          + (f"; big build {build_s:.0f} s" if build_s is not None else " (reused)"))
    print(f"{'query':34} {'seed ms':>9} {'rows':>6} {'<100ms':>7} {'big ms':>10} {'rows':>8}")
    for name in results["seed"]:
        (s_t, s_n), (b_t, b_n) = results["seed"][name], results["big"][name]
        ok = "" if name.startswith("report") else ("yes" if s_t < 0.1 else "NO")
        print(f"{name:34} {s_t * 1000:9.1f} {s_n:6} {ok:>7} {b_t * 1000:10.1f} {b_n:8}")
    print(f"medkg report papers-with-code --format html (process, big corpus): {cli_s:.2f} s "
          f"(target < 5 s){'' if done.returncode == 0 else ' FAILED: ' + done.stderr.strip()}")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
