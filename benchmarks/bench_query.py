"""Query cost on a built graph: medkg vs raw pyoxigraph vs rdflib, CLI start-up, report time.

On the graph of a generated corpus (default 100k entries, built once and kept in
``benchmarks/out/stores/store-N``):

* each library query (``queries/*.rq``: papers-with-code and three others) run three ways:
  ``medkg.query.run`` on the embedded store (binding + materialising the rows), a bare
  ``pyoxigraph.Store.query`` of the very same text (rows iterated to the last value), and
  rdflib over the same N-Quads (``Dataset(default_union=True)``) — the last as the ratio
  rdflib/oxigraph (each query in its own rdflib child process, stopped at ``--rdflib-timeout``);
* medkg's own overhead on one query: ``medkg query NAME --format csv`` as a process, against a
  process that opens the store with pyoxigraph and prints the same rows as CSV — the difference
  of the medians is start-up + binding + formatting (target ≤ 0.3 s);
* ``medkg --help`` and ``python -c pass`` (the interpreter's own start-up) as processes
  (target for ``--help`` ≤ 0.3 s);
* ``medkg report papers-with-code`` as a process (target ≤ 5 s at 100k).

Medians of ``--repeat`` runs. The machine is shared: compare figures of one run, not across runs.

    PYTHONPATH=src python benchmarks/bench_query.py [--entries 100000] [--rdflib-entries 100000]
"""

from __future__ import annotations

import argparse
import json
import os
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
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(HERE))

#: papers-with-code (the report's query) and three library queries of different shapes:
#: GROUP BY over every mention, a year histogram, a property-path walk of the topic tree.
QUERIES = ("papers-with-code", "works-in-several-lists", "papers-by-year", "topic-tree")
_ENV = dict(os.environ, PYTHONPATH=str(REPO / "src") + os.pathsep + os.environ.get("PYTHONPATH", ""))


def _median(fn, repeat: int) -> tuple[float, object]:
    times, value = [], None
    for _ in range(repeat):
        t0 = time.perf_counter()
        value = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), value


def medkg_cmd() -> list[str]:
    """What the ``medkg`` console script runs, on this checkout's code (``PYTHONPATH=src``).

    Not ``shutil.which("medkg")``: that may be a stale non-editable install, or a version
    manager's shim (pyenv's adds ~0.2 s of bash before Python starts), neither of which is medkg.
    """
    return [sys.executable, "-c", "import sys; from medkg.cli import main; sys.exit(main())"]


def _process_seconds(cmd: list[str], repeat: int, timeout: float = 600.0) -> float | None:
    """Median wall seconds of a command as a process; None if one run passes ``timeout``."""
    def once() -> None:
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=_ENV, check=True,
                       timeout=timeout)

    try:
        once()  # warm the page cache
        return _median(once, repeat)[0]
    except subprocess.TimeoutExpired:
        return None


def ensure_store(entries: int, per_list: int) -> Path:
    """The built store for ``entries`` (built by bench_build's child, reused while the code is the same)."""
    import bench_build

    store = OUT / "stores" / f"store-{entries}"
    stamp = store / bench_build.STAMP
    if stamp.is_file() and stamp.read_text() == bench_build.stamp_text(entries, per_list):
        return store
    if store.exists():
        shutil.rmtree(store)
    store.parent.mkdir(parents=True, exist_ok=True)
    lists = bench_build.corpus(entries, per_list)
    bench_build._run_child("--child-build", str(lists), str(store))
    stamp.write_text(bench_build.stamp_text(entries, per_list))
    return store


# ----------------------------------------------------------------------------- query timings
def child_oxigraph(store: str, name: str, mode: str, repeat: int) -> dict:
    """One query, ``raw`` (bare pyoxigraph on the bound text) or ``medkg`` (``query.run``)."""
    import pyoxigraph as ox

    from medkg import query as q
    from medkg.store import EmbeddedStore

    nq = q.resolve_query(name)
    text = q.bind(nq, {})
    if mode == "raw":
        raw = ox.Store.read_only(store)

        def once() -> int:
            n = 0
            for solution in raw.query(text, use_default_graph_as_union=True):
                n += 1
                for term in solution:
                    _ = term is not None and term.value
            return n
    else:
        st = EmbeddedStore(store, read_only=True)

        def once() -> int:
            return len(q.run(st, nq).rows)

    once()  # warm-up: the first query after opening reads the store from disk
    seconds, rows = _median(once, repeat)
    return {"s": seconds, "rows": rows, "text": text}


def _child(args: list[str], timeout: float) -> dict | None:
    """Run this script as a child; None when it runs past ``timeout`` (then it is killed)."""
    try:
        proc = subprocess.run([sys.executable, str(Path(__file__).resolve()), *args], capture_output=True,
                              text=True, env=_ENV, check=False, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None
    if proc.returncode != 0:
        raise RuntimeError(f"child {args[0]} failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def library_vs_raw(store: Path, repeat: int, timeout: float) -> list[dict]:
    """Each query in its own processes (a runaway query is stopped at ``timeout``)."""
    from medkg import query as q

    rows = []
    for name in QUERIES:
        raw = _child(["--child-oxigraph", str(store), name, "raw", str(repeat)], timeout)
        lib = _child(["--child-oxigraph", str(store), name, "medkg", str(repeat)], timeout) if raw else None
        rows.append({"query": name, "rows": (raw or {}).get("rows"), "oxigraph_s": (raw or {}).get("s"),
                     "medkg_s": (lib or {}).get("s"), "text": q.bind(q.resolve_query(name), {})})
    return rows


def child_rdflib(nq: str, queries_json: str, timeout: float) -> dict:
    """rdflib over the same N-Quads: parse time, then each query (in this child process)."""
    import resource
    import threading

    from rdflib import Dataset

    t0 = time.perf_counter()
    ds = Dataset(default_union=True)
    ds.parse(nq, format="nquads")
    out: dict = {"parse_s": time.perf_counter() - t0, "quads": len(ds), "queries": {}}
    for name, text in json.loads(Path(queries_json).read_text()).items():
        box: dict = {}

        def work(text=text, box=box) -> None:
            t = time.perf_counter()
            box["rows"] = sum(1 for _ in ds.query(text))
            box["s"] = time.perf_counter() - t

        th = threading.Thread(target=work, daemon=True)
        th.start()
        th.join(timeout)
        out["queries"][name] = {"s": box["s"], "rows": box["rows"]} if "s" in box else {"s": None, "rows": None}
        if th.is_alive():
            break  # the abandoned query keeps the GIL busy: the rest would be measured wrong
    out["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return out


def rdflib_run(store: Path, texts: dict[str, str], timeout: float) -> dict:
    """Each query in its own rdflib child (a timeout leaves a busy thread: the child is dropped)."""
    from medkg.store import EmbeddedStore

    out: dict = {"queries": {}}
    with tempfile.TemporaryDirectory(dir=OUT) as tmp:
        nq = Path(tmp) / "graph.nq"
        st = EmbeddedStore(store, read_only=True)
        nq.write_bytes(st.dump("nq"))
        st.close()
        for name, text in texts.items():
            qfile = Path(tmp) / "queries.json"
            qfile.write_text(json.dumps({name: text}))
            proc = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--child-rdflib", str(nq),
                                   str(qfile), str(timeout)], capture_output=True, text=True, env=_ENV, check=False)
            if proc.returncode != 0:
                raise RuntimeError(f"rdflib child failed:\n{proc.stderr[-3000:]}")
            got = json.loads(proc.stdout.strip().splitlines()[-1])
            out["queries"].update(got.pop("queries"))
            for key, value in got.items():  # parse time, quads: the same for every child; RSS: the largest
                out[key] = max(out.get(key, value), value)
    return out


# ----------------------------------------------------------------------------- processes
_RAW_SCRIPT = """
import csv, sys
import pyoxigraph as ox
st = ox.Store.read_only(sys.argv[1])
text = open(sys.argv[2], encoding="utf-8").read()
res = st.query(text, use_default_graph_as_union=True)
w = csv.writer(sys.stdout)
w.writerow([v.value for v in res.variables])
for s in res:
    w.writerow(["" if t is None else t.value for t in s])
"""


#: a query whose evaluation is negligible: the CLI's fixed cost (start-up, binding, formatting) shows
CHEAP_QUERY = ("PREFIX mkg: <https://w3id.org/medkg/ontology#> "
               "SELECT ?l ?n WHERE { ?l a mkg:AwesomeList ; <http://schema.org/name> ?n } ORDER BY ?n")


def _overhead(store: Path, spec: str, text: str, repeat: int, timeout: float) -> dict:
    with tempfile.TemporaryDirectory(dir=OUT) as tmp:
        qfile = Path(tmp) / "q.rq"
        qfile.write_text(text, encoding="utf-8")
        raw = _process_seconds([sys.executable, "-c", _RAW_SCRIPT, str(store), str(qfile)], repeat, timeout)
    cli = _process_seconds(medkg_cmd() + ["query", spec, "--store", str(store), "--format", "csv"], repeat, timeout)
    return {"cli_s": cli, "raw_s": raw, "overhead_s": cli - raw if cli is not None and raw is not None else None}


def processes(store: Path, query_name: str, repeat: int, timeout: float) -> dict:
    """CLI processes against equivalent bare pyoxigraph processes, ``--help`` and the report."""
    from medkg import query as q

    named = _overhead(store, query_name, q.bind(q.resolve_query(query_name), {}), repeat, timeout)
    cheap = _overhead(store, CHEAP_QUERY, CHEAP_QUERY, repeat, timeout)
    report = _process_seconds(medkg_cmd() + ["report", "papers-with-code", "--store", str(store)], repeat, timeout)
    return {"query": query_name, "cli_query_s": named["cli_s"], "raw_query_s": named["raw_s"],
            "overhead_s": named["overhead_s"], "cheap_cli_s": cheap["cli_s"], "cheap_raw_s": cheap["raw_s"],
            "cheap_overhead_s": cheap["overhead_s"],
            "help_s": _process_seconds(medkg_cmd() + ["--help"], repeat),
            "python_s": _process_seconds([sys.executable, "-c", "pass"], repeat),
            "report_s": report}


def _secs(value: float | None, width: int, limit: float) -> str:
    return f"{value:>{width}.3f}" if value is not None else f"{'>' + format(limit, 'g'):>{width}}"


def format_all(res: dict) -> str:
    lim, rlim = res["query_timeout"], res["rdflib_timeout"]
    out = [f"graph: {res['entries']:,} entries ({res['store']})", "",
           f"{'query':<26} {'rows':>7} {'oxigraph s':>10} {'medkg s':>8} {'rdflib s':>9} {'rdflib/ox':>9}"]
    rd = res.get("rdflib") or {}
    for r in res["queries"]:
        rq = (rd.get("queries") or {}).get(r["query"])
        rs = rq.get("s") if rq else None
        if rs is not None:
            rdf_s = f"{rs:>9.2f}"
        elif rq is not None:
            rdf_s = f"{'>' + format(rlim, 'g'):>9}"
        else:
            rdf_s = f"{'not run' if rd else '-':>9}"
        base = r.get("oxigraph_s_for_ratio", r["oxigraph_s"])  # oxigraph on the graph rdflib had
        if rs and base:
            ratio = f"{rs / base:>9.1f}"
        elif rq is not None and base:  # rdflib timed out: the ratio is at least this
            ratio = f"{'>' + format(rlim / base, '.0f'):>9}"
        else:
            ratio = f"{'-':>9}"
        rows = f"{r['rows']:>7,}" if r["rows"] is not None else f"{'?':>7}"
        out.append(f"{r['query']:<26} {rows} {_secs(r['oxigraph_s'], 10, lim)} {_secs(r['medkg_s'], 8, lim)} "
                   f"{rdf_s} {ratio}")
    if rd:
        out.append(f"rdflib graph ({rd.get('graph_entries', res['entries']):,} entries): parse {rd['parse_s']:.1f} s, "
                   f"{rd['quads']:,} quads, peak RSS {rd['rss_mb']:,.0f} MB")
    p = res["processes"]

    def sec(v: float | None) -> str:
        return f"{v:.2f} s" if v is not None else f"> {lim:g} s"

    def diff(v: float | None) -> str:
        return f"{v:+.2f} s" if v is not None else "?"

    out += ["", f"`medkg query {p['query']} --format csv` {sec(p['cli_query_s'])} vs raw pyoxigraph process "
                f"{sec(p['raw_query_s'])} -> medkg overhead {diff(p['overhead_s'])} (target <= 0.3 s)",
            f"`medkg query '<cheap SELECT>' --format csv` {sec(p.get('cheap_cli_s'))} vs raw "
            f"{sec(p.get('cheap_raw_s'))} -> medkg fixed overhead {diff(p.get('cheap_overhead_s'))} (target <= 0.3 s)",
            f"`medkg --help` {sec(p['help_s'])} (target <= 0.3 s; `python -c pass` {sec(p['python_s'])})",
            f"`medkg report papers-with-code` {sec(p['report_s'])} (target <= 5 s at 100k)"]
    return "\n".join(out)


def run(entries: int, *, per_list: int, repeat: int, rdflib_entries: int | None, rdflib_timeout: float,
        query_timeout: float = 600.0) -> dict:
    OUT.mkdir(parents=True, exist_ok=True)
    store = ensure_store(entries, per_list)
    queries = library_vs_raw(store, repeat, query_timeout)
    res = {"entries": entries, "store": str(store), "queries": queries, "rdflib_timeout": rdflib_timeout,
           "query_timeout": query_timeout}
    if rdflib_entries:
        rstore = store if rdflib_entries == entries else ensure_store(rdflib_entries, per_list)
        if rstore != store:  # the ratio must compare the same data: time oxigraph on that graph too
            for r, r2 in zip(queries, library_vs_raw(rstore, repeat, query_timeout)):
                r["oxigraph_s_for_ratio"] = r2["oxigraph_s"]
        rd = rdflib_run(rstore, {r["query"]: r["text"] for r in queries}, rdflib_timeout)
        rd["graph_entries"] = rdflib_entries
        res["rdflib"] = rd
    res["processes"] = processes(store, "works-in-several-lists", repeat, query_timeout)
    for r in queries:
        r.pop("text")
    return res


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "--child-rdflib":
        print(json.dumps(child_rdflib(argv[1], argv[2], float(argv[3]))))
        return
    if argv and argv[0] == "--processes-only":  # the CLI figures alone, on a kept store
        store = ensure_store(int(argv[1]), 1000)
        res = processes(store, "works-in-several-lists", 3, 600.0)
        print(json.dumps(res, indent=1))
        return
    if argv and argv[0] == "--child-oxigraph":
        print(json.dumps(child_oxigraph(argv[1], argv[2], argv[3], int(argv[4]))))
        return
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--entries", type=int, default=100_000)
    ap.add_argument("--per-list", type=int, default=1000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--rdflib-entries", type=int, default=None,
                    help="graph size for the rdflib comparison (default: --entries; 0 = skip)")
    ap.add_argument("--rdflib-timeout", type=float, default=300.0, help="seconds per rdflib query")
    ap.add_argument("--query-timeout", type=float, default=600.0,
                    help="seconds for one query's runs (warm-up + repeats) or one command; past it: stopped")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    rdflib_entries = args.entries if args.rdflib_entries is None else args.rdflib_entries
    res = run(args.entries, per_list=args.per_list, repeat=args.repeat, rdflib_entries=rdflib_entries,
              rdflib_timeout=args.rdflib_timeout, query_timeout=args.query_timeout)
    print(json.dumps(res, indent=1) if args.json else format_all(res))


if __name__ == "__main__":
    main()
