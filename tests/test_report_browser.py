"""The HTML report in headless Chromium with the network cut off: no errors, no requests, sorting works.

Set MEDKG_UPDATE_SCREENSHOT=1 to refresh ``docs/report.png`` (the README shows it). Skipped, not
failed, when Chromium is missing or cannot start here (the ``browser`` fixture is in conftest.py).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from medkg.report import papers_with_code, render

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def report_html(tmp_path_factory, seed_store_path) -> Path:
    page = tmp_path_factory.mktemp("report-browser") / "papers-with-code.html"
    page.write_text(render(papers_with_code(store=seed_store_path), "html"), encoding="utf-8")
    return page


def test_report_opens_offline_without_errors_and_sorts(browser, report_html):
    page = browser.new_page(viewport={"width": 1280, "height": 960})
    problems: list[str] = []
    requests: list[str] = []
    page.on("console", lambda m: problems.append(f"console {m.type}: {m.text}") if m.type in ("error", "warning")
            else None)
    page.on("pageerror", lambda exc: problems.append(f"page error: {exc}"))

    def route(r):
        if r.request.url.startswith("file://"):
            r.continue_()
        else:
            requests.append(r.request.url)
            r.abort()

    page.route("**/*", route)
    page.goto(report_html.as_uri())
    page.wait_for_load_state("load")

    assert page.locator("svg").count() == 2
    header = page.locator("#by-list thead th").nth(1)  # "papers"
    column = "#by-list tbody tr td:nth-child(2)"
    header.locator("button").click()
    assert header.get_attribute("aria-sort") == "ascending"
    values = [int(v) for v in page.locator(column).all_text_contents()]
    assert values == sorted(values) and len(set(values)) > 1
    header.locator("button").click()
    assert header.get_attribute("aria-sort") == "descending"
    assert [int(v) for v in page.locator(column).all_text_contents()] == sorted(values, reverse=True)

    page.fill("#paper-filter", "single-cell")
    visible = page.locator("#papers tbody tr:visible").count()
    assert 0 < visible < page.locator("#papers tbody tr").count()
    page.fill("#paper-filter", "")

    page.evaluate("window.scrollTo(0, 0)")
    shot = page.screenshot()
    assert shot[:8] == b"\x89PNG\r\n\x1a\n" and len(shot) > 30_000
    if os.environ.get("MEDKG_UPDATE_SCREENSHOT"):
        (ROOT / "docs" / "report.png").write_bytes(shot)
    page.close()
    assert problems == []
    assert requests == []
