"""Crossref enrichment: full records for papers the lists only half describe.

The pipeline builds ``EnrichTarget`` values, calls ``enrich(targets, config)`` and turns the
``EnrichReport`` into quads with ``crossref_quads(report, base=…)``. ``enrich`` never
raises because Crossref is unreachable, slow or failing: the report says so
(``reachable``, ``stopped_reason``, ``summary()``) and the build goes on.

Importing this package imports neither habanero nor pyoxigraph; they load on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from medkg.enrich.model import (
    BIBLIOGRAPHIC_MATCH,
    DOI_LOOKUP,
    Author,
    CrossrefRecord,
    EnrichConfig,
    EnrichReport,
    EnrichResult,
    EnrichTarget,
    GiveUp,
    Rejection,
    Unmatched,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Sequence

__all__ = [
    "BIBLIOGRAPHIC_MATCH",
    "DOI_LOOKUP",
    "Author",
    "CrossrefRecord",
    "EnrichConfig",
    "EnrichReport",
    "EnrichResult",
    "EnrichTarget",
    "GiveUp",
    "Rejection",
    "Unmatched",
    "crossref_quads",
    "enrich",
]


def enrich(
    targets: Sequence[EnrichTarget],
    config: EnrichConfig,
    progress: Callable[[int, int], None] | None = None,
) -> EnrichReport:
    """Look ``targets`` up in Crossref (batched DOIs, validated bibliographic matches, cached)."""
    from medkg.enrich.run import enrich as _enrich

    return _enrich(targets, config, progress)


def crossref_quads(report: EnrichReport, *, base: str) -> Iterator[Any]:
    """``pyoxigraph.Quad`` values for the Crossref named graph ``vocab.crossref_graph(base)``."""
    from medkg.enrich.graph import crossref_quads as _quads

    return _quads(report, base=base)
