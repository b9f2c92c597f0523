"""Benchmark the graph page: write time and time to first drawing in headless Chromium.

    PYTHONPATH=src python benchmarks/bench_viz.py [--nodes 10000] [--no-browser]

Two graphs: the five seed lists (built with the real pipeline) and a synthetic list of about
``--nodes`` nodes (papers with DOIs and code, under nested topics, built with the same
pipeline). For each it prints the node/edge counts, the time to load the graph from the store,
lay it out and write the page, and — unless ``--no-browser`` or Chromium is missing — the time
from navigation to vis-network's first drawing, measured in the page (``performance.now()``).
Issue #6 targets: seeds draw < 2 s; 10,000 nodes draw < 3 s and are written < 5 s.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


def synthetic_list(n_nodes: int, seed: int = 7) -> str:
    """A Markdown awesome list whose graph has about ``n_nodes`` nodes.

    Each entry is a paper with a DOI and a code link (paper + DOI + repository nodes); one in
    five reuses an earlier repository, so the graph is not a forest.
    """
    rnd = random.Random(seed)
    words = ("deep learning segmentation radiology pathology genomics transformer ecg retina mri ct "
             "federated graph survival multimodal clinical notes dermatology ultrasound protein").split()
    entries = max(1, int(n_nodes / 2.85))
    sections = max(4, entries // 40)
    lines = ["# Synthetic awesome medical ML", ""]
    repos: list[str] = []
    e = 0
    for s in range(sections):
        lines += [f"## {s + 1}. {rnd.choice(words).title()} {rnd.choice(words)} {s}", ""]
        for sub in range(2):
            lines += [f"### {s + 1}.{sub + 1} {rnd.choice(words)} {rnd.choice(words)} {s}-{sub}", ""]
            for _ in range(entries // (sections * 2) + 1):
                if e >= entries:
                    break
                title = " ".join(rnd.choice(words) for _ in range(6)).capitalize() + f" {e}"
                if repos and rnd.random() < 0.2:
                    repo = rnd.choice(repos)
                else:
                    repo = f"https://github.com/lab{e % 997}/project-{e}"
                    repos.append(repo)
                lines.append(f"* {title}. Journal of Tests {2000 + e % 24}. "
                             f"[`paper`](https://doi.org/10.9999/bench.{e}) [`code`]({repo})")
                e += 1
            lines.append("")
    return "\n".join(lines) + "\n"


def first_draw_seconds(page_path: Path) -> float | None:
    """Seconds from navigation to the first drawing, or None when Chromium cannot start."""
    try:
        from playwright.sync_api import Error, sync_playwright
    except ImportError:
        return None
    if not Path(CHROMIUM).exists():
        return None
    with sync_playwright() as p:
        try:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        except Error:
            return None
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
            page.goto(page_path.resolve().as_uri())
            page.wait_for_function("window.medkgReady === true", timeout=300_000)
            return page.evaluate("window.medkgFirstDrawMs") / 1000
        finally:
            browser.close()


def bench(name: str, lists: list[Path], workdir: Path, browser: bool, max_nodes: int) -> None:
    from medkg.pipeline import build
    from medkg.viz import VizOptions, read_graph, write_page

    store = workdir / f"store-{name}"
    t = time.perf_counter()
    build(lists, store=store, enrich=False)
    built = time.perf_counter() - t
    t = time.perf_counter()
    graph = read_graph(store)
    loaded = time.perf_counter() - t
    out = workdir / f"{name}.html"
    t = time.perf_counter()
    result = write_page(out, graph=graph, options=VizOptions(max_nodes=max_nodes))
    written = time.perf_counter() - t
    draw = first_draw_seconds(out) if browser else None
    print(f"{name:>10}: {result.nodes} nodes {result.edges} edges | build {built:.1f} s | load graph {loaded:.2f} s"
          f" | lay out + write page {written:.2f} s (total {loaded + written:.2f} s, {out.stat().st_size / 1e6:.1f} MB)"
          f" | first draw {'n/a' if draw is None else f'{draw:.2f} s'}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--nodes", type=int, default=10_000)
    ap.add_argument("--no-browser", action="store_true")
    ap.add_argument("--keep", action="store_true", help="keep the work directory (pages, stores)")
    args = ap.parse_args()
    root = Path(__file__).resolve().parents[1]
    work = Path(tempfile.mkdtemp(prefix="medkg-bench-viz-"))
    seeds = sorted((root / "data" / "lists").glob("*.md"))
    bench("seeds", seeds, work, not args.no_browser, max_nodes=0)
    synth = work / "synthetic.md"
    synth.write_text(synthetic_list(args.nodes), encoding="utf-8")
    bench(f"{args.nodes // 1000}k", [synth], work, not args.no_browser, max_nodes=0)
    if args.keep:
        print(f"kept {work}")
    else:
        import shutil

        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
