"""Where the shipped resources live: ``ontology/``, ``queries/``, bundled ``data/lists/``.

In a checkout (editable install) they are at the repository root; after a plain
``pip install .`` they are package data under ``medkg/_resources/``. Both must work.
"""

from __future__ import annotations

from pathlib import Path

_PKG = Path(__file__).resolve().parent
_REPO = _PKG.parent.parent  # src/medkg → repo root


def _find(kind: str, repo_rel: str) -> Path:
    packaged = _PKG / "_resources" / kind
    if packaged.is_dir():
        return packaged
    in_repo = _REPO / repo_rel
    if in_repo.is_dir():
        return in_repo
    raise FileNotFoundError(f"medkg resource folder {kind!r} not found (looked in {packaged} and {in_repo})")


def ontology_dir() -> Path:
    return _find("ontology", "ontology")


def queries_dir() -> Path:
    return _find("queries", "queries")


def bundled_lists_dir() -> Path:
    return _find("lists", "data/lists")
