"""Fixtures several test files share: one build of the five seed lists, one headless Chromium.

The seed store is built once per session and only ever opened read-only by its users, so
sharing it cannot couple tests; a test that changes a store builds its own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medkg import pipeline

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="session")
def seed_store_path(tmp_path_factory) -> Path:
    """An embedded store holding the five bundled seed lists, without Crossref. Read-only use."""
    path = tmp_path_factory.mktemp("seed-store") / "store"
    pipeline.build(lists=[ROOT / "data" / "lists"], store=path, enrich=False)
    return path


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium through Playwright; skipped (not failed) where it is missing or cannot start."""
    sync_api = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.skip(f"no Chromium at {CHROMIUM}")
    with sync_api.sync_playwright() as p:
        try:
            b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        except sync_api.Error as exc:
            pytest.skip(f"Chromium cannot start here: {str(exc).splitlines()[0]}")
        yield b
        b.close()
