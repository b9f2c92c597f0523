"""Build cost next to the database's own floor: seconds and peak RSS at N = 10k, 100k (1M) entries.

For each N the generated corpus (``generate.py``) is built with ``pipeline.build(enrich=False)``
into a fresh on-disk store, in a child process (so imports, caches and memory of one run never
help the next). The very N-Quads that build produced are then exported
(``EmbeddedStore(path).dump("nq")``) and bulk-loaded into another fresh store with a bare
``pyoxigraph.Store.bulk_load`` — the floor: what Oxigraph itself needs to ingest the graph.
``build/floor`` is the ratio of the two medians (issue #8 target ≤ 2.0 at 100k, stretch ≤ 1.3).

Peak RSS is the child's ``ru_maxrss`` (its own) plus the largest of its children (the
extraction worker processes, if the build starts any) — an upper bound; ``tree RSS`` is the
whole process tree sampled from /proc every 0.25 s (what the machine really had to hold). A
child whose tree passes ``MEDKG_BENCH_MAX_RSS_GB`` (default 12) is stopped, not left to swap. Wall seconds are what a user waits;
CPU seconds (user+sys of the child and its children) are reported too because the machine is
shared and wall time is noisy: a high wall/CPU ratio means the run was starved, not slow.

The build's own stages come from its progress callback: ``extract`` (read → parse → type, all
lists), ``resolve+rdf`` (global resolution, then the text of the first list until it is handed
to the store's writer threads), ``write`` (the other lists: text, hash, bulk load and meta update of
the previous lists in the writer threads meanwhile), ``finish`` (the last write, alignment graph,
ontology, summary counts).

    PYTHONPATH=src python benchmarks/bench_build.py [--sizes 10000 100000] [--million] [--repeat 3]
    PYTHONPATH=src python benchmarks/bench_build.py --sizes 1000000 --repeat 1 --no-floor   # build + RSS only
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
STAMP = ".medkg-bench-complete"
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(HERE))


def stamp_text(entries: int, per_list: int) -> str:
    """What a kept store's stamp says: its corpus and the medkg code that built it (a hash of the
    package's sources), so a reader (bench_query.py) rebuilds a store an older medkg built."""
    import hashlib

    h = hashlib.sha256()
    for p in sorted((REPO / "src" / "medkg").rglob("*.py")):
        h.update(p.read_bytes())
    return f"{entries} {per_list} {h.hexdigest()[:16]}\n"




# ----------------------------------------------------------------------------- children
def _usage() -> dict:
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {"cpu_s": me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime,
            "rss_mb": (me.ru_maxrss + kids.ru_maxrss) / 1024}


def child_build(lists: str, store: str) -> dict:
    """One build, timed by stage (runs in a fresh process)."""
    from medkg import pipeline

    marks: dict[str, float] = {}

    def progress(stage: str, i: int, n: int) -> None:
        now = time.perf_counter()
        if stage == "extract" and i == n:
            marks.setdefault("extracted", now)
        elif stage == "store":
            marks.setdefault("first_store", now)
            marks["last_store"] = now

    t0 = time.perf_counter()
    report = pipeline.build([lists], store=store, enrich=False, progress=progress)
    t1 = time.perf_counter()
    ext = marks.get("extracted", t0)
    first = marks.get("first_store", ext)
    last = marks.get("last_store", first)
    out = {"seconds": t1 - t0, "extract_s": ext - t0, "resolve_rdf_s": first - ext, "write_s": last - first,
           "finish_s": t1 - last, "entries": sum(r.entries for r in report.lists),
           "quads": report.stats.get("quads", -1), "works_papers": report.stats.get("papers", -1)}
    out.update(_usage())
    return out


def child_floor(nq: str, store: str) -> dict:
    """The floor: a bare bulk load of the build's own N-Quads into a fresh store."""
    import pyoxigraph as ox

    st = ox.Store(store)
    t0 = time.perf_counter()
    st.bulk_load(path=nq, format=ox.RdfFormat.N_QUADS)
    st.flush()
    out = {"seconds": time.perf_counter() - t0}
    out.update(_usage())
    return out


def child_dump(store: str, nq: str) -> dict:
    from medkg.store import EmbeddedStore

    st = EmbeddedStore(store, read_only=True)
    data = st.dump("nq")
    st.close()
    Path(nq).write_bytes(data)
    return {"bytes": len(data), "quads": data.count(b"\n")}


#: a child whose process tree grows past this is stopped (a shared machine must not swap or OOM)
MAX_RSS_GB = float(os.environ.get("MEDKG_BENCH_MAX_RSS_GB", "12"))


def _tree_rss_kb(pid: int) -> int:
    """Resident memory of a process and its descendants, from /proc (0 where unavailable)."""
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
                    break
            for task in Path(f"/proc/{p}/task").iterdir():
                todo.extend(int(c) for c in (task / "children").read_text().split())
        except (OSError, ValueError):
            continue
    return total


def _run_child(*args: str) -> dict:
    env = dict(os.environ, PYTHONPATH=str(REPO / "src") + os.pathsep + os.environ.get("PYTHONPATH", ""))
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        proc = subprocess.Popen([sys.executable, str(Path(__file__).resolve()), *args], stdout=out, stderr=err,
                                text=True, env=env)
        peak = 0
        while proc.poll() is None:
            peak = max(peak, _tree_rss_kb(proc.pid))
            if peak > MAX_RSS_GB * 1024 * 1024:
                proc.kill()
                proc.wait()
                raise RuntimeError(f"child {args[0]} stopped: its processes passed {MAX_RSS_GB:g} GB RSS "
                                   "(MEDKG_BENCH_MAX_RSS_GB)")
            time.sleep(0.25)
        out.seek(0)
        err.seek(0)
        if proc.returncode != 0:
            raise RuntimeError(f"child {args[0]} failed ({proc.returncode}):\n{err.read()[-3000:]}")
        result = json.loads(out.read().strip().splitlines()[-1])
    result["tree_rss_mb"] = peak / 1024  # sampled every 0.25 s: the whole process tree at once
    return result


# ----------------------------------------------------------------------------- profiles
def _one_process_build(lists: Path, store: Path, progress=None):
    """A build with extraction in this process, so that a profiler sees every stage."""
    import functools

    from medkg import pipeline

    original = pipeline.extract_all
    pipeline.extract_all = functools.partial(original, workers=1)
    try:
        return pipeline.build([lists], store=store, enrich=False, progress=progress)
    finally:
        pipeline.extract_all = original


def profile(entries: int, *, per_list: int, interval: float = 0.002) -> Path:
    """The build under pyinstrument: call tree and flat total/self tables in ``out/``."""
    from pyinstrument import Profiler
    from pyinstrument.renderers import ConsoleRenderer

    lists = corpus(entries, per_list)
    with tempfile.TemporaryDirectory(dir=OUT) as tmp:
        profiler = Profiler(interval=interval)
        profiler.start()
        _one_process_build(lists, Path(tmp) / "store")
        profiler.stop()
    session = profiler.last_session
    stem = OUT / f"profile-{entries}"
    stem.with_suffix(".tree.txt").write_text(profiler.output_text(unicode=True, color=False))
    for mode in ("total", "self"):
        text = ConsoleRenderer(flat=True, flat_time=mode, unicode=True).render(session)
        stem.with_suffix(f".flat-{mode}.txt").write_text(text)
    stem.with_suffix(".html").write_text(profiler.output_html())
    return stem


def memory(entries: int, *, per_list: int, top: int = 25) -> str:
    """tracemalloc: peak traced memory and the top allocation sites while the model is in memory.

    Snapshots are taken at the first ``store`` tick (every list extracted, all works resolved,
    the first list's quads built and written) and at the last one.
    """
    import tracemalloc

    lists = corpus(entries, per_list)
    snaps: dict[str, tracemalloc.Snapshot] = {}
    current: dict[str, int] = {}

    def progress(stage: str, i: int, n: int) -> None:
        if stage == "store" and (i == 1 or i == n):
            key = "first list written" if i == 1 else "last list written"
            current[key] = tracemalloc.get_traced_memory()[0]
            snaps[key] = tracemalloc.take_snapshot()

    tracemalloc.start(1)
    with tempfile.TemporaryDirectory(dir=OUT) as tmp:
        _one_process_build(lists, Path(tmp) / "store", progress=progress)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    lines = [f"tracemalloc, {entries:,} entries in {per_list}-entry lists: peak traced {peak / 1e6:,.0f} MB"]
    for key, snap in snaps.items():
        snap = snap.filter_traces([tracemalloc.Filter(False, tracemalloc.__file__),
                                   tracemalloc.Filter(False, "<frozen importlib._bootstrap>")])
        lines.append(f"\n== at {key}: traced {current[key] / 1e6:,.0f} MB; top {top} sites (size, count)")
        for stat in snap.statistics("lineno")[:top]:
            frame = stat.traceback[0]
            name = frame.filename.replace(str(REPO) + "/", "")
            lines.append(f"{stat.size / 1e6:9.1f} MB {stat.count:>10,}  {name}:{frame.lineno}")
        lines.append("  by file:")
        for stat in snap.statistics("filename")[:10]:
            name = stat.traceback[0].filename.replace(str(REPO) + "/", "")
            lines.append(f"{stat.size / 1e6:9.1f} MB {stat.count:>10,}  {name}")
    text = "\n".join(lines)
    (OUT / f"memory-{entries}.txt").write_text(text + "\n")
    return text


# ----------------------------------------------------------------------------- driver
def corpus(entries: int, per_list: int, seed: int = 0) -> Path:
    from generate import generate

    path = OUT / f"lists-{entries}-{per_list}-s{seed}"
    generate(path, entries, per_list=per_list, seed=seed)
    return path


def measure(entries: int, *, per_list: int, repeat: int, workdir: Path, keep: Path | None = None,
            floor: bool = True) -> dict:
    """Median build and floor for one corpus size; ``keep`` receives the last built store.

    ``floor=False`` measures the build only (time, stages, RSS): at 1M entries the dump and the
    bare bulk load of the floor take as long again.
    """
    lists = corpus(entries, per_list)
    builds, floors = [], []
    nq = workdir / f"build-{entries}.nq"
    dumped = {"quads": -1, "bytes": 0}
    for i in range(repeat):
        store = workdir / f"store-{entries}-{i}"
        builds.append(_run_child("--child-build", str(lists), str(store)))
        if i == 0 and floor:
            dumped = _run_child("--child-dump", str(store), str(nq))
        if keep is not None and i == repeat - 1:
            if keep.exists():
                shutil.rmtree(keep)
            shutil.move(str(store), keep)
            (keep / STAMP).write_text(stamp_text(entries, per_list))  # bench_query.py reuses this store
        else:
            shutil.rmtree(store, ignore_errors=True)
    for i in range(repeat if floor else 0):
        store = workdir / f"floor-{entries}-{i}"
        floors.append(_run_child("--child-floor", str(nq), str(store)))
        shutil.rmtree(store, ignore_errors=True)
    nq.unlink(missing_ok=True)
    if not floors:  # build only: no floor to compare with
        floors = [{"seconds": float("nan"), "cpu_s": float("nan"), "rss_mb": float("nan")}]
        dumped["quads"] = builds[0]["quads"]

    def med(rows: list[dict], key: str) -> float:
        return statistics.median(r[key] for r in rows)

    row = {"entries": builds[0]["entries"], "lists": len(list(lists.glob("*.md"))), "quads": dumped["quads"],
           "nq_mb": dumped["bytes"] / 1e6, "build_s": med(builds, "seconds"), "build_cpu_s": med(builds, "cpu_s"),
           "floor_s": med(floors, "seconds"), "floor_cpu_s": med(floors, "cpu_s"),
           "build_rss_mb": max(r["rss_mb"] for r in builds), "floor_rss_mb": max(r["rss_mb"] for r in floors),
           "build_tree_rss_mb": max(r["tree_rss_mb"] for r in builds),
           "runs": repeat}
    for key in ("extract_s", "resolve_rdf_s", "write_s", "finish_s"):
        row[key] = med(builds, key)
    row["ratio"] = row["build_s"] / row["floor_s"]
    row["quads_per_s"] = row["quads"] / row["build_s"]
    return row


def format_rows(rows: list[dict]) -> str:
    head = (f"{'entries':>9} {'lists':>5} {'quads':>10} {'build s':>8} {'cpu s':>7} {'floor s':>8} {'ratio':>6} "
            f"{'quads/s':>8} {'RSS MB':>7} {'tree RSS':>8} {'floor RSS':>9} | {'extract':>7} {'resolve':>7} {'write':>7} "
            f"{'finish':>7}")
    out = [head, "-" * len(head)]
    for r in rows:
        out.append(f"{r['entries']:>9,} {r['lists']:>5} {r['quads']:>10,} {r['build_s']:>8.1f} {r['build_cpu_s']:>7.1f} "
                   f"{r['floor_s']:>8.2f} {r['ratio']:>6.1f} {r['quads_per_s']:>8,.0f} {r['build_rss_mb']:>7.0f} "
                   f"{r.get('build_tree_rss_mb', 0):>8.0f} "
                   f"{r['floor_rss_mb']:>9.0f} | {r['extract_s']:>7.1f} {r['resolve_rdf_s']:>7.1f} "
                   f"{r['write_s']:>7.1f} {r['finish_s']:>7.1f}")
    out.append("ratio = build s / floor s (medians); targets: <= 2.0 at 100k (stretch 1.3), RSS <= 2 GB at 1M")
    return "\n".join(out)


def run(sizes: list[int], *, per_list: int, repeat: int, keep_dir: Path | None = None,
        floor: bool = True) -> list[dict]:
    rows = []
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=OUT) as tmp:
        for n in sizes:
            keep = keep_dir / f"store-{n}" if keep_dir else None
            rows.append(measure(n, per_list=per_list, repeat=repeat if n < 1_000_000 else 1, workdir=Path(tmp),
                                keep=keep, floor=floor))
    return rows


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "--child-build":
        print(json.dumps(child_build(argv[1], argv[2])))
        return
    if argv and argv[0] == "--child-floor":
        print(json.dumps(child_floor(argv[1], argv[2])))
        return
    if argv and argv[0] == "--child-dump":
        print(json.dumps(child_dump(argv[1], argv[2])))
        return
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    ap.add_argument("--million", action="store_true", help="also 1,000,000 entries (one run; long)")
    ap.add_argument("--per-list", type=int, default=1000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--keep", type=Path, default=None,
                    help="keep the last store of each size here (store-N), e.g. for bench_query.py")
    ap.add_argument("--no-floor", action="store_true",
                    help="build only (time, stages, RSS): no dump and no bare bulk load to compare with")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--profile", type=int, metavar="N", help="profile one build of N entries (pyinstrument)")
    ap.add_argument("--memory", type=int, metavar="N", help="tracemalloc top allocations in a build of N entries")
    args = ap.parse_args(argv)
    if args.profile or args.memory:
        OUT.mkdir(parents=True, exist_ok=True)
        if args.profile:
            stem = profile(args.profile, per_list=args.per_list)
            print(stem.with_suffix(".flat-total.txt").read_text()[:6000])
            print(f"call tree: {stem.with_suffix('.tree.txt')}  html: {stem.with_suffix('.html')}")
        if args.memory:
            print(memory(args.memory, per_list=args.per_list))
        return
    sizes = list(args.sizes) + ([1_000_000] if args.million else [])
    rows = run(sizes, per_list=args.per_list, repeat=args.repeat, keep_dir=args.keep, floor=not args.no_floor)
    print(json.dumps(rows, indent=1) if args.json else format_rows(rows))


if __name__ == "__main__":
    main()
