"""Wiring between the graph and Crossref: which papers to ask about, and what comes back.

``medkg.enrich`` knows Crossref; this module knows our model and store. It builds one
``EnrichTarget`` per paper work, runs the enrichment, feeds DOIs found by validated
bibliographic matching back into resolution (so a plain citation in one list meets the DOI
of another), and writes the Crossref named graph.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from medkg import rdf, vocab
from medkg.resolve import ResolvedEntry, Work

log = logging.getLogger(__name__)


def _config(*, offline: bool, refresh: bool = False, mailto: str | None, crossref_url: str | None,
            cache_dir: str | Path | None):
    from medkg.enrich import EnrichConfig

    kwargs: dict[str, Any] = {"offline": offline, "refresh": refresh, "mailto": mailto}
    if crossref_url:
        kwargs["base_url"] = crossref_url
    if cache_dir:
        kwargs["cache_dir"] = Path(cache_dir)
    return EnrichConfig.from_env(**kwargs)


def targets_from_model(works: dict[str, Work], resolved: Sequence[Sequence[ResolvedEntry]], *,
                       base: str = vocab.DEFAULT_BASE) -> list:
    """One target per paper work, with the richest facts any list gave about it."""
    from medkg.enrich import EnrichTarget

    iris = rdf.Iris(base)
    best: dict[str, EnrichTarget] = {}
    for rows in resolved:
        for r in rows:
            work = works[r.work]
            if work.kind != "paper":
                continue
            e = r.entry
            keys = sorted(work.keys)
            doi = next((k[4:] for k in keys if k.startswith("doi:")), None)
            arxiv = next((k[6:] for k in keys if k.startswith("arxiv:")), None)
            citation = e.text if not e.links else None
            t = EnrichTarget(key=iris.work(r.work), doi=doi, title=e.title or None, authors=tuple(e.authors),
                             year=e.year, venue=e.venue, citation=citation, arxiv=arxiv)
            old = best.get(t.key)
            if old is None or _richness(t) > _richness(old):
                best[t.key] = t
    return [best[k] for k in sorted(best)]


def _richness(t) -> int:
    return bool(t.title) + len(t.authors) + bool(t.year) + bool(t.venue) + bool(t.citation)


def run_enrichment(targets: list, *, offline: bool, mailto: str | None, crossref_url: str | None,
                   cache_dir, refresh: bool = False, progress=None):
    from medkg.enrich import enrich

    config = _config(offline=offline, refresh=refresh, mailto=mailto, crossref_url=crossref_url, cache_dir=cache_dir)
    return enrich(targets, config, progress=(lambda i, n: progress("crossref", i, n)) if progress else None)


def found_dois(report, works: dict[str, Work], *, base: str) -> dict[str, list[str]]:
    """Strong keys learned from Crossref, as ``{existing key of the work: ["doi:…"]}``."""
    from medkg.enrich import BIBLIOGRAPHIC_MATCH

    iris = rdf.Iris(base)
    by_iri = {iris.work(wid): w for wid, w in works.items()}
    extra: dict[str, list[str]] = {}
    for res in report.results:
        if res.method != BIBLIOGRAPHIC_MATCH or res.relation != "same-work":
            continue
        work = by_iri.get(res.key)
        if work is None or any(k.startswith("doi:") for k in work.keys):
            continue
        anchor = min(work.keys)
        extra.setdefault(anchor, []).append("doi:" + res.record.doi.lower())
    return extra


def remap_report(report, old_works: dict[str, Work], new_works: dict[str, Work], *, base: str):
    """Results keyed by the work IRIs of the final resolution (a new DOI may have renamed a work)."""
    iris = rdf.Iris(base)
    key_to_new = {k: iris.work(wid) for wid, w in new_works.items() for k in w.keys}
    old_to_new = {}
    for wid, w in old_works.items():
        new = next((key_to_new[k] for k in sorted(w.keys) if k in key_to_new), None)
        if new:
            old_to_new[iris.work(wid)] = new
    results = tuple(replace(r, key=old_to_new.get(r.key, r.key)) for r in report.results)
    seen: dict[str, Any] = {}
    for r in results:  # two list works merged into one: keep the strongest match
        if r.key not in seen or (r.method == "doi-lookup" and seen[r.key].method != "doi-lookup"):
            seen[r.key] = r
    return replace(report, results=tuple(seen[k] for k in sorted(seen)), by_key={})


def crossref_graph_quads(report, *, base: str) -> list:
    from medkg.enrich import crossref_quads

    return sorted(set(crossref_quads(report, base=base)), key=str)


def enrich_store(*, store=None, endpoint=None, offline=False, refresh=False, mailto=None, crossref_url=None,
                 cache_dir=None, base: str = vocab.DEFAULT_BASE, remote_options: dict | None = None) -> str:
    """``medkg enrich``: re-run the build's enrichment on the lists the store already holds.

    ``remote_options`` (``update_endpoint``, ``graph_store``) reach the remote store as in ``build``.
    """
    from medkg.errors import MedkgError
    from medkg.pipeline import build
    from medkg.store import meta_get, open_store

    st = open_store(store, endpoint=endpoint, create=False, **(remote_options or {}))
    try:
        paths = [info["path"] for g, info in sorted(meta_get(st, base).items())
                 if g.startswith(f"{base}graph/list/") and info.get("path") and Path(info["path"]).is_file()]
    finally:
        st.close()
    if not paths:
        raise MedkgError("the store holds no lists whose files can be read; run `medkg build LIST…` first")
    rep = build(paths, store=store, endpoint=endpoint, enrich=True, offline=offline, mailto=mailto,
                crossref_url=crossref_url, cache_dir=cache_dir, refresh=refresh, base=base,
                remote_options=remote_options)
    return rep.enrichment_note or "Crossref enrichment done"
