"""The HTML report in headless Chromium with the network cut off: no errors, no requests, sorting works.

Also refreshes ``docs/report.png`` (the README shows it). Skipped, not failed, when Chromium
is missing or cannot start here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medkg import pipeline
from medkg.report import papers_with_code, render

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="module")
def report_html(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("report-browser")
    pipeline.build(lists=None, store=tmp / "store", enrich=False)
    page = tmp / "papers-with-code.html"
    page.write_text(render(papers_with_code(store=tmp / "store"), "html"), encoding="utf-8")
    return page


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.skip(f"no Chromium at {CHROMIUM}")
    with sync_api.sync_playwright() as p:
        try:
            b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        except sync_api.Error as exc:
            pytest.skip(f"Chromium cannot start here: {exc}")
        yield b
        b.close()


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
    (ROOT / "docs").mkdir(exist_ok=True)
    page.screenshot(path=str(ROOT / "docs" / "report.png"))
    page.close()
    assert problems == []
    assert requests == []
