"""Persistent cache of Crossref answers, keyed by the request that produced them.

Why a cache at all: Crossref is shared by everyone and our lists change slowly, so a
rebuild should cost zero requests; and the retrieval time stored with each answer is what
the graph's provenance says, so a rebuild from the cache produces the same triples.

Layout: ``{root}/v1/{sha256(key)[:2]}/{sha256(key)}.json`` holding
``{"key", "url", "retrieved_at", "body"}``. Writes go to a temporary file that is renamed
into place, so a killed build never leaves half an entry; an unreadable entry is a miss.
Keys are per DOI (``doi|…``) rather than per batch, so adding one paper to a list does not
invalidate the batches around it.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

#: Bump when the meaning of cached bodies changes (e.g. a different ``select``).
VERSION = "v1"


@dataclass(frozen=True, slots=True)
class CacheEntry:
    key: str
    body: Any  # JSON value; ``None`` records "Crossref does not know this DOI"
    retrieved_at: str  # ISO 8601 UTC, second precision
    url: str


def utc_now() -> str:
    return datetime.now(UTC).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


def doi_key(base_url: str, doi: str) -> str:
    return f"{VERSION}|{base_url.rstrip('/')}|doi|{doi.lower()}"


def query_key(base_url: str, query: str, rows: int) -> str:
    return f"{VERSION}|{base_url.rstrip('/')}|bibliographic|rows={rows}|{query}"


class ResponseCache:
    """Entries on disk under ``root``; safe to share between threads and processes."""

    #: a temporary file older than this is the leftover of a killed write, not a write in progress
    ORPHAN_AGE_S = 600.0

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self.orphans_removed = self._remove_orphans()

    def _remove_orphans(self) -> int:
        """Delete ``.tmp-*.json`` files a killed process left behind (old enough not to be in use)."""
        import time

        folder = self.root / VERSION
        if not folder.is_dir():
            return 0
        removed, cutoff = 0, time.time() - self.ORPHAN_AGE_S
        for tmp in folder.glob("*/.tmp-*.json"):
            try:
                if tmp.stat().st_mtime < cutoff:
                    tmp.unlink()
                    removed += 1
            except OSError:
                continue  # another process got there first
        if removed:
            log.info("removed %d leftover temporary file(s) from the Crossref cache", removed)
        return removed

    def _path(self, key: str) -> Path:
        digest = hashlib.sha256(key.encode("utf-8")).hexdigest()
        return self.root / VERSION / digest[:2] / f"{digest}.json"

    def get(self, key: str) -> CacheEntry | None:
        path = self._path(key)
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as exc:
            log.warning("ignoring unreadable cache entry %s: %s", path, exc)
            return None
        if not isinstance(raw, dict) or raw.get("key") != key or not isinstance(raw.get("retrieved_at"), str):
            log.warning("ignoring cache entry %s: not written for this request", path)
            return None
        return CacheEntry(key, raw.get("body"), raw["retrieved_at"], str(raw.get("url", "")))

    def put(self, key: str, body: Any, *, url: str, retrieved_at: str | None = None) -> CacheEntry:
        entry = CacheEntry(key, body, retrieved_at or utc_now(), url)
        path = self._path(key)
        payload = json.dumps(
            {"key": key, "url": url, "retrieved_at": entry.retrieved_at, "body": body},
            ensure_ascii=False,
            sort_keys=True,
        )
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".json")
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as fh:
                    fh.write(payload)
                os.replace(tmp, path)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        except OSError as exc:
            # A read-only or full disk costs us the cache, not the build.
            log.warning("could not write Crossref cache entry %s: %s", path, exc)
        return entry
