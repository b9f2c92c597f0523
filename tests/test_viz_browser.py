"""The graph page in a real browser: Debian's Chromium, headless, with the network blocked.

Skipped (not failed) when Chromium or Playwright is missing or Chromium cannot start.
Set MEDKG_UPDATE_SCREENSHOT=1 to refresh docs/graph.png from the seed page. Fixtures: conftest.py.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from medkg.pipeline import build
from medkg.viz import VizOptions, read_graph, render_page, select, write_page

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[1]
SPY_ON_WINDOW_OPEN = "() => { window.__opened = []; window.open = (u) => { window.__opened.push(u); return null; }; }"
NODE_DOM_XY = """(id) => {
  const d = medkgNetwork.canvasToDOM(medkgNetwork.getPosition(id));
  const r = document.getElementById('graph').getBoundingClientRect();
  return [d.x + r.left, d.y + r.top, d.x, d.y];
}"""


class Opened:
    """A page opened from disk with every non-file request aborted and everything recorded."""

    def __init__(self, browser, path: Path):
        self.console: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.requests: list[str] = []
        self.page = browser.new_page(viewport={"width": 1400, "height": 900})
        self.page.on("console", lambda m: self.console.append(f"{m.type}: {m.text}"))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", self._dialog)
        self.page.route("**/*", self._route)
        self.page.goto(path.resolve().as_uri())
        self.page.wait_for_function("() => window.medkgReady === true", timeout=60_000)

    def _dialog(self, d) -> None:
        self.dialogs.append(d.message)
        d.dismiss()

    def _route(self, route) -> None:
        url = route.request.url
        if url.startswith("file:"):
            route.continue_()
        else:
            self.requests.append(url)
            route.abort()

    def counts(self) -> tuple[int, int]:
        return tuple(self.page.evaluate("[medkgNetwork.body.data.nodes.length, medkgNetwork.body.data.edges.length]"))

    def hover(self, node_id: int) -> tuple[set[int], str]:
        """Hover a node; return (ids of the nodes under the pointer, tooltip text).

        Several ids when nodes overlap there: two CI runs hovered where the list node 'deep-medicine' and the
        paper 'NiftyNet' overlap, and the page's hover (from the mouse event's rounded pixel) and
        ``getNodeAt`` (from the exact point) picked different ones of the two, once each way. So the ids are
        read at the point and the eight pixels around it, and the tooltip must name one of them."""
        # leave the previous node first: its tooltip stays shown until blurNode
        self.page.mouse.move(5, 5)
        self.page.wait_for_function("() => document.getElementById('tip').style.display !== 'block'", timeout=5_000)
        x, y, cx, cy = self.node_xy_at_rest(node_id)
        self.page.mouse.move(x, y)
        under = set(self.page.evaluate(
            "(p) => [-1, 0, 1].flatMap(dx => [-1, 0, 1].map(dy => medkgNetwork.getNodeAt({x: p[0] + dx, "
            "y: p[1] + dy}))).filter(n => n !== undefined && n !== null)", [cx, cy]))
        if not under:
            return set(), ""
        self.page.wait_for_function("() => document.getElementById('tip').style.display === 'block'", timeout=5_000)
        return under, self.page.inner_text("#tip")

    def node_xy_at_rest(self, node_id: int) -> list[float]:
        """``NODE_DOM_XY`` once the view has come to rest: the canvas may still be resized or re-centred
        (``autoResize``) after the first drawing, which on a loaded machine moved a node away between reading
        its position and clicking it (the click then hit empty canvas)."""
        xy = self.page.evaluate(NODE_DOM_XY, node_id)
        for _ in range(50):
            self.page.wait_for_timeout(50)
            now = self.page.evaluate(NODE_DOM_XY, node_id)
            if now == xy:
                break
            xy = now
        return xy

    def click(self, node_id: int) -> None:
        """Click where the node is drawn at rest. A click that selected nothing hit empty canvas (a clean-clone CI
        run: the view still moved after two equal readings of the node's place), which opens nothing either; then
        the place is read again and the click repeated, three times at most. A click that selects a node, right
        or wrong, is never repeated: the test judges it."""
        for _ in range(3):
            x, y, _, _ = self.node_xy_at_rest(node_id)
            self.page.mouse.click(x, y)
            if self.page.evaluate("medkgNetwork.getSelectedNodes().length"):
                return
            self.page.wait_for_timeout(200)

    def problems(self) -> list[str]:
        bad = [c for c in self.console if c.startswith(("error", "warning"))]
        return bad + self.errors + [f"network request {u}" for u in self.requests]

    def close(self) -> None:
        self.page.close()


@pytest.fixture(scope="module")
def seed_store(seed_store_path):
    return seed_store_path


def _page_nodes(opened: Opened) -> list[dict]:
    return opened.page.evaluate("JSON.parse(document.getElementById('medkg-data').textContent).nodes")


def test_seed_page_opens_offline_draws_everything_and_hovers(browser, seed_store, tmp_path):
    out = tmp_path / "graph.html"
    result = write_page(out, store=seed_store)
    assert result.selection.omitted == {}, "the default cut must keep every node of the seeds"
    opened = Opened(browser, out)
    try:
        assert opened.counts() == (result.nodes, result.edges)
        G = read_graph(seed_store)
        assert result.nodes == G.number_of_nodes() and result.edges == G.number_of_edges()
        assert opened.page.evaluate("window.medkgFirstDrawMs") > 0
        nodes = _page_nodes(opened)
        biggest = sorted(range(len(nodes)), key=lambda i: -nodes[i]["s"])[:6]
        hovered = 0
        for i in biggest:
            under, tip = opened.hover(i)
            if under:
                hovered += 1
                assert tip.splitlines()[0] in {nodes[n]["t"] for n in under}
                assert "links: " in tip
        assert hovered >= 4
        opened.page.mouse.move(5, 5)
        shot = tmp_path / "graph.png"
        opened.page.screenshot(path=str(shot))
        assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 30_000
        if os.environ.get("MEDKG_UPDATE_SCREENSHOT"):
            shutil.copyfile(shot, ROOT / "docs" / "graph.png")
        assert opened.problems() == []
    finally:
        opened.close()


def test_physics_toggle_stabilises(browser, seed_store, tmp_path):
    out = tmp_path / "physics.html"
    write_page(out, store=seed_store, options=VizOptions(lists=("awesome-medical-research",)))
    opened = Opened(browser, out)
    try:
        before = opened.page.evaluate("JSON.stringify(medkgNetwork.getPositions([0, 1, 2]))")
        opened.page.check("#physics")
        opened.page.wait_for_function("() => window.medkgStabilized === true", timeout=120_000)
        after = opened.page.evaluate("JSON.stringify(medkgNetwork.getPositions([0, 1, 2]))")
        assert after != before, "physics on must move the nodes"
        assert opened.problems() == []
    finally:
        opened.close()


def test_click_opens_http_links_only(browser, seed_store, tmp_path):
    out = tmp_path / "click.html"
    write_page(out, store=seed_store, options=VizOptions(lists=("awesome-medical-research",)))
    opened = Opened(browser, out)
    try:
        opened.page.evaluate(SPY_ON_WINDOW_OPEN)
        nodes = _page_nodes(opened)
        with_url = next(i for i, n in enumerate(nodes) if n.get("u") and n["s"] >= 8)
        opened.click(with_url)
        under = opened.page.evaluate("medkgNetwork.getSelectedNodes()")
        expected = [nodes[under[0]]["u"]] if under and nodes[under[0]].get("u") else []
        assert opened.page.evaluate("window.__opened") == expected and expected
        assert opened.page.inner_text("#details").splitlines()[0] == nodes[under[0]]["t"]
    finally:
        opened.close()


def test_legend_hides_a_type_and_search_selects_a_node(browser, seed_store, tmp_path):
    out = tmp_path / "legend.html"
    write_page(out, store=seed_store, options=VizOptions(lists=("awesome-medical-research",)))
    opened = Opened(browser, out)
    try:
        nodes = _page_nodes(opened)
        repos = sum(1 for n in nodes if n["k"] == 1)
        types = opened.page.evaluate("JSON.parse(document.getElementById('medkg-data').textContent).types")
        assert types[1]["name"] == "repository" and repos == types[1]["count"] > 0
        hidden = "() => medkgNetwork.body.data.nodes.get({filter: (n) => n.hidden === true}).length"
        opened.page.click("#legend li:nth-child(2)")
        assert opened.page.evaluate(hidden) == repos
        opened.page.click("#legend li:nth-child(2)")
        assert opened.page.evaluate(hidden) == 0
        opened.page.fill("#search", "effectively incorporating knowledge")
        opened.page.press("#search", "Enter")
        selected = opened.page.evaluate("medkgNetwork.getSelectedNodes()")
        assert len(selected) == 1 and nodes[selected[0]]["t"].startswith("Mem2Seq")
        assert opened.page.inner_text("#details").startswith("Mem2Seq")
        assert opened.problems() == []
    finally:
        opened.close()


def _assert_inert(opened: Opened, nodes: list[dict]) -> None:
    """Hover and click every node: no dialog, no canary, no element made from list text."""
    opened.page.evaluate(SPY_ON_WINDOW_OPEN)
    for i in range(len(nodes)):
        opened.hover(i)
        opened.click(i)
    opened.page.wait_for_timeout(300)
    assert opened.dialogs == []
    assert opened.page.evaluate("typeof window.__medkg_pwned") == "undefined"
    assert opened.page.evaluate("document.querySelectorAll('img, iframe, svg, object, embed, a[href^=javascript]').length") == 0
    assert opened.page.evaluate("document.scripts.length") == 3
    for url in opened.page.evaluate("window.__opened"):
        assert url.startswith(("http://", "https://"))
    assert opened.problems() == []


def test_hostile_list_renders_as_text(browser, tmp_path):
    store = tmp_path / "store"
    build([ROOT / "tests" / "data" / "hostile_viz.md"], store=store, enrich=False)
    out = tmp_path / "hostile.html"
    result = write_page(out, store=store)
    opened = Opened(browser, out)
    try:
        assert opened.counts() == (result.nodes, result.edges)
        nodes = _page_nodes(opened)
        _assert_inert(opened, nodes)
        listed = next(i for i, n in enumerate(nodes) if n["t"].startswith("Hostile list"))
        under, tip = opened.hover(listed)
        if under == {listed}:  # the heading's inline HTML is markup, not text: dropped, never run
            assert tip.startswith("Hostile list") and "onerror" not in tip
        assert opened.page.inner_text("#heading") == "medkg graph"
    finally:
        opened.close()


def test_hand_made_hostile_graph_is_inert(browser, tmp_path):
    """Labels and URLs straight into the page, bypassing the parser's own clean-up."""
    import networkx as nx

    evil = ['<img src=x onerror="window.__medkg_pwned=1;alert(1)">', '"><script>window.__medkg_pwned=2</script>',
            "</script><script>alert(3)</script>", "<!--<script>alert(4)//", "a\u2028b\u2029c</script>",
            "' onmouseover='alert(5)", "{{APP_JS}} {{DATA}}", '<a href="javascript:alert(6)">href</a>']
    G = nx.DiGraph()
    G.add_node("list", type="list", label=evil[0], lists=("x",))
    for i, text in enumerate(evil):
        G.add_node(f"p{i}", type="paper", label=text, url="javascript:alert(7)" if i % 2 else "https://example.org/",
                   topics=(text,), lists=(text,), venue=text)
        G.add_edge(f"p{i}", "list", relation="in_list")
    sel = select(G, VizOptions())
    out = tmp_path / "evil.html"
    out.write_text(render_page(sel, VizOptions(title=evil[1])), encoding="utf-8")
    opened = Opened(browser, out)
    try:
        nodes = _page_nodes(opened)
        assert [n["t"] for n in nodes[1:]] == evil
        _assert_inert(opened, nodes)
        assert opened.page.inner_text("#heading") == evil[1]
        assert opened.page.title() == evil[1]
    finally:
        opened.close()


def test_html_report_of_hostile_list_is_inert(browser, tmp_path):
    """The papers-with-code HTML report shows the same hostile text; nothing may run there either."""
    from typer.testing import CliRunner

    from medkg.cli import app

    store = tmp_path / "store"
    build([ROOT / "tests" / "data" / "hostile_viz.md"], store=store, enrich=False)
    out = tmp_path / "report.html"
    res = CliRunner().invoke(app, ["report", "papers-with-code", "--format", "html", "-o", str(out),
                                   "--store", str(store)])
    if res.exit_code == 2 or not out.exists():
        pytest.skip(f"no HTML papers-with-code report in this tree yet: {res.output.strip()[:200]}")
    assert res.exit_code == 0, res.output
    page = browser.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
    page.goto(out.resolve().as_uri())
    for el in page.query_selector_all("a, td, li, span"):
        if el.is_visible():
            el.hover()
    page.wait_for_timeout(300)
    assert "alert(" in page.inner_text("body"), "the hostile text must be shown, as text"
    assert dialogs == []
    assert page.evaluate("typeof window.__medkg_pwned") == "undefined"
    assert page.evaluate("document.querySelectorAll('img[onerror], svg[onload], a[href^=javascript]').length") == 0
    page.close()

