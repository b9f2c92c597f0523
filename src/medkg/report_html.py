"""The papers-with-code report as one self-contained HTML page.

Self-contained means it opens from a file with the network cut off: no remote CSS, scripts,
fonts or images; the charts are inline SVG and the table sorting is a few lines of inline
JavaScript. Lists are untrusted input, so:

* every text taken from the graph goes through ``html.escape`` (also inside SVG);
* only absolute http(s) URLs become links (``report_model.safe_url``); anything else, such as a
  ``javascript:`` URL, is shown as text;
* a Content-Security-Policy allows exactly our own inline style and script (by hash) and
  nothing else — even a text that escaped escaping could not run or fetch anything.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Iterable, Sequence
from html import escape

from medkg.report_model import Coverage, PapersWithCodeReport, Row, safe_url
from medkg.report_render import Memo, pct, repo_label

COLORS = {"official": "#2e7d32", "related": "#f9a825", "without": "#cfd8dc"}
_STATUS_ORDER = {"official": 0, "related": 1, "none": 2}  # the code column sorts by it

_CSS = """
:root { color-scheme: light; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK SC", sans-serif;
       margin: 0 auto; max-width: 1200px; padding: 1.5rem; color: #1f2933; background: #fff; }
h1 { margin: 0 0 .25rem; font-size: 1.7rem; }
h2 { margin-top: 2.2rem; border-bottom: 1px solid #e4e7eb; padding-bottom: .25rem; font-size: 1.25rem; }
h3 { margin: 1.2rem 0 .4rem; font-size: 1.05rem; }
.scope, .note { color: #52606d; }
.cards { display: flex; flex-wrap: wrap; gap: .75rem; margin: 1rem 0; }
.card { border: 1px solid #e4e7eb; border-radius: 8px; padding: .6rem 1rem; min-width: 9rem; }
.card b { display: block; font-size: 1.5rem; }
.card.official b { color: #2e7d32; } .card.related b { color: #b7791f; } .card.none b { color: #52606d; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
th, td { border-bottom: 1px solid #e4e7eb; padding: .3rem .5rem; text-align: left; vertical-align: top; }
td.num, th.num { text-align: right; white-space: nowrap; }
th { background: #f5f7fa; position: sticky; top: 0; }
th button { all: unset; cursor: pointer; font-weight: 600; }
th button:focus-visible { outline: 2px solid #3b82f6; }
th[aria-sort="ascending"] button::after { content: " \\25B2"; }
th[aria-sort="descending"] button::after { content: " \\25BC"; }
tr.depth1 td.heading { padding-left: 1.5rem; } tr.depth2 td.heading { padding-left: 3rem; }
tr.depth3 td.heading { padding-left: 4.5rem; }
.badge { display: inline-block; border-radius: 4px; padding: 0 .4rem; font-size: .8rem; color: #fff; }
.badge.official { background: #2e7d32; } .badge.related { background: #b7791f; } .badge.none { background: #7b8794; }
a { color: #1d4ed8; }
input[type=search] { font: inherit; padding: .3rem .5rem; width: min(30rem, 100%); }
svg text { font: 12px system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK SC", sans-serif;
           fill: #1f2933; }
svg text.group { font-weight: 700; }
.legend span { display: inline-block; width: .8rem; height: .8rem; margin: 0 .3rem 0 1rem; vertical-align: -1px; }
.legend .official { background: #2e7d32; } .legend .related { background: #f9a825; }
.legend .without { background: #cfd8dc; }
details { margin: .4rem 0; } summary { cursor: pointer; font-weight: 600; }
footer { margin-top: 3rem; color: #7b8794; font-size: .85rem; }
"""

_JS = """
(function () {
  "use strict";
  function key(cell) {
    var v = cell.getAttribute("data-sort");
    return v !== null ? v : cell.textContent.trim().toLowerCase();
  }
  function sortTable(table, col, th) {
    var dir = th.getAttribute("aria-sort") === "ascending" ? "descending" : "ascending";
    Array.prototype.forEach.call(table.querySelectorAll("th[aria-sort]"), function (h) {
      h.removeAttribute("aria-sort");
    });
    th.setAttribute("aria-sort", dir);
    var numeric = th.classList.contains("num");
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = key(a.cells[col]), y = key(b.cells[col]);
      var c = numeric ? (parseFloat(x) || 0) - (parseFloat(y) || 0) : x.localeCompare(y);
      return dir === "ascending" ? c : -c;
    });
    rows.forEach(function (r) { body.appendChild(r); });
  }
  Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), function (table) {
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, i) {
      var button = th.querySelector("button");
      if (button) { button.addEventListener("click", function () { sortTable(table, i, th); }); }
    });
  });
  var filter = document.getElementById("paper-filter");
  if (filter) {
    filter.addEventListener("input", function () {
      var needle = filter.value.trim().toLowerCase();
      Array.prototype.forEach.call(document.querySelectorAll("#papers tbody tr"), function (r) {
        r.hidden = needle !== "" && r.textContent.toLowerCase().indexOf(needle) === -1;
      });
    });
  }
})();
"""


def _csp_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


_HTML_SPECIAL = re.compile("[&<>\"']")


def e(text: object) -> str:
    text = str(text)
    # most texts have nothing to escape: one search instead of html.escape's five replacements
    return escape(text, quote=True) if _HTML_SPECIAL.search(text) else text


def link(text: str, url: str) -> str:
    """An ``<a>`` for http(s) URLs only; anything else is escaped text."""
    target = safe_url(url)
    if target is None:
        return e(text)
    return f'<a href="{e(target)}" rel="noopener noreferrer nofollow">{e(text)}</a>'


def _table(table_id: str, header: Sequence[tuple[str, bool]], rows: Iterable[str]) -> str:
    """A sortable table: ``header`` is (label, numeric); ``rows`` are ready ``<tr>`` strings."""
    return "".join(_table_pieces(table_id, header, rows))


def _table_pieces(table_id: str, header: Sequence[tuple[str, bool]], rows: Iterable[str]) -> list[str]:
    """``_table`` in pieces, for the big tables: the page is joined once, not copied per section
    (the paper table alone is 20 MB at 100k entries)."""
    num_class = ' class="num"'
    ths = "".join(f'<th scope="col"{num_class if num else ""}><button type="button">{e(label)}</button></th>'
                  for label, num in header)
    return [f'<table class="sortable" id="{e(table_id)}"><thead><tr>{ths}</tr></thead><tbody>', *rows,
            "</tbody></table>"]


def _num(value: int | float, text: str | None = None) -> str:
    return f'<td class="num" data-sort="{value}">{e(text if text is not None else value)}</td>'


def _lines_cell(lines: Sequence[int]) -> str:
    """A to-do item's line numbers (numbers: nothing to escape), sorted by the first."""
    text = str(lines[0]) if len(lines) == 1 else ", ".join([str(n) for n in lines])
    return f'<td class="num" data-sort="{lines[0]}">{text}</td>'


def _cov_cells(c: Coverage) -> str:
    return (_num(c.papers) + _num(c.official) + _num(c.related_only) + _num(c.without)
            + _num(round(c.pct_with_code, 3), pct(c.pct_with_code)))


_COV_HEADER = [("papers", True), ("official code", True), ("related code only", True), ("without code", True),
               ("% with code", True)]


def coverage_chart(rows: Sequence[Row], *, title: str, grouped: bool) -> str:
    """Horizontal stacked bars (official / related only / without), one per row, as inline SVG."""
    label_w, bar_w, tail_w, row_h = 330, 470, 150, 22
    items: list[tuple[str, Row | None]] = []
    last_group = None
    for row in rows:
        if grouped and row.list_name != last_group:
            items.append((row.list_name, None))
            last_group = row.list_name
        items.append((row.label.split(" › ")[-1] if grouped else row.label, row))
    height = row_h * len(items) + 10
    width = label_w + bar_w + tail_w
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{width}" height="{height}" '
           f'viewBox="0 0 {width} {height}" aria-label="{e(title)}"><title>{e(title)}</title>']
    for i, (label, r) in enumerate(items):
        y = 5 + i * row_h
        short = label if len(label) <= 48 else label[:47] + "…"
        if r is None:
            out.append(f'<text class="group" x="0" y="{y + 15}">{e(short)}</text>')
            continue
        c = r.coverage
        x0: float = label_w
        out.append(f'<text x="{12 if grouped else 0}" y="{y + 15}"><title>{e(r.label)}</title>{e(short)}</text>')
        for part, n in (("official", c.official), ("related", c.related_only), ("without", c.without)):
            w = bar_w * n / c.papers if c.papers else 0
            if w > 0:
                out.append(f'<rect x="{x0:.1f}" y="{y + 3}" width="{w:.1f}" height="{row_h - 6}" '
                           f'fill="{COLORS[part]}"><title>{e(r.label)}: {n} {e(part)}</title></rect>')
            x0 += w
        out.append(f'<text x="{label_w + bar_w + 8}" y="{y + 15}">{e(pct(c.pct_with_code))} of {c.papers}</text>')
    out.append("</svg>")
    return "".join(out)


def _legend() -> str:
    return ('<p class="legend" aria-hidden="true"><span class="official"></span>official code'
            '<span class="related"></span>related code only<span class="without"></span>without code</p>')


def to_html(report: PapersWithCodeReport) -> str:
    t = report.total
    scope = []
    if report.list_filter:
        scope.append(f"list <b>{e(report.list_filter)}</b>")
    if report.topic_filter:
        scope.append(f"headings containing “{e(report.topic_filter)}”")
    parts: list[str | list[str]]  # the page's sections; a big one in pieces
    parts = [f'<header><h1>Papers with code</h1><p class="scope">Generated by medkg from {len(report.lists)} '
             f'list(s){", limited to " + " and ".join(scope) if scope else ""}.</p></header>',
             '<section class="cards">'
             f'<div class="card"><b>{t.papers}</b>papers</div>'
             f'<div class="card official"><b>{t.official}</b>official code</div>'
             f'<div class="card related"><b>{t.related_only}</b>related code only</div>'
             f'<div class="card none"><b>{t.without}</b>without code</div>'
             f'<div class="card"><b>{e(pct(t.pct_with_code))}</b>with code</div></section>',
             '<p class="note">Official code: the authors\' own repository. Related code only: a list links related '
             "code but no official code. “% with code” counts both. Per list and per heading the status is what "
             "that list says; the paper table uses all lists together."
             + (f" {report.cited_only} more papers are only cited by other entries (for example the paper of a "
                "dataset) and are not counted." if report.cited_only else "") + "</p>"]

    parts.append("<section><h2>Coverage by list</h2>" + _legend()
                 + coverage_chart(report.by_list, title="Code coverage by list", grouped=False)
                 + _table("by-list", [("list", False)] + _COV_HEADER,
                          (f"<tr><td>{e(r.list_name)}</td>{_cov_cells(r.coverage)}</tr>" for r in report.by_list))
                 + "</section>")
    parts.append("<section><h2>Coverage by top-level heading</h2>" + _legend()
                 + coverage_chart(report.by_top_topic, title="Code coverage by top-level heading", grouped=True)
                 + "</section>")
    parts.append("<section><h2>Coverage by heading</h2>"
                 + _table("by-heading", [("list", False), ("heading", False)] + _COV_HEADER,
                          (f'<tr class="depth{min(r.depth, 3)}"><td>{e(r.list_name)}</td>'
                           f'<td class="heading" title="{e(r.label)}">{e(r.label.split(" › ")[-1])}</td>'
                           f"{_cov_cells(r.coverage)}</tr>" for r in report.by_topic))
                 + "</section>")

    cell = Memo(e)  # years, venues, lists: few distinct values in 10^5 rows
    repo_link = Memo(lambda u: link(repo_label(u), u))

    def repos(urls: Sequence[str]) -> str:
        return "<br>".join([repo_link[u] for u in urls]) if urls else ""

    year_cells = Memo(lambda y: f'<td class="num" data-sort="{e(y or 0)}">{e(y)}</td>')
    status_cells = Memo(lambda s: f'<td data-sort="{_STATUS_ORDER[s]}"><span class="badge {s}">{e(s)}</span></td>')
    paper_rows = [f"<tr><td>{link(p.title or p.paper, p.link)}</td>{year_cells[p.year]}<td>{cell[p.venue]}</td>"
                  f"{status_cells[p.status]}<td>{repos(p.code_official)}</td><td>{repos(p.code_related)}</td>"
                  f"<td>{cell[' '.join(p.lists)]}</td></tr>" for p in report.papers]
    parts.append(['<section><h2>Papers</h2><p><label>Filter: <input type="search" id="paper-filter" '
                  'placeholder="title, venue, repository, list…"></label></p>',
                  *_table_pieces("papers", [("paper", False), ("year", True), ("venue", False), ("code", False),
                                            ("official code", False), ("related code", False), ("lists", False)],
                                 paper_rows), "</section>"])

    shared = (f"<tr><td>{repo_link[s.repo]}</td>{_num(len(s.papers))}<td>"
              + "<br>".join(f"{e(title or w)} <small>({e(rel)})</small>" for w, title, rel in s.papers)
              + "</td></tr>" for s in report.shared_repos)
    parts.append("<section><h2>Repositories linked by several papers</h2>"
                 + (_table("shared", [("repository", False), ("papers", True), ("linked by", False)], shared)
                    if report.shared_repos else "<p>None.</p>") + "</section>")

    parts.append("<section><h2>Curator’s to-do: papers without code</h2>")
    if not report.todo:
        parts.append("<p>Nothing to do: every paper has a code link.</p>")
    by_list: dict[str, list] = {}
    for item in report.todo:
        by_list.setdefault(item.list_name, []).append(item)
    for n, (lst, items) in enumerate(by_list.items()):
        rows = [f"<tr><td>{cell[i.topic]}</td>{_lines_cell(i.lines)}"
                f"<td>{e(i.title or i.paper)}</td><td>{repos(i.code_elsewhere)}</td></tr>" for i in items]
        parts.append([f"<details{' open' if len(by_list) == 1 else ''}><summary>{e(lst)} — {len(items)} "
                      f"paper(s)</summary>",
                      *_table_pieces(f"todo-{n}", [("heading", False), ("line", True), ("entry", False),
                                                   ("code linked by another list", False)], rows), "</details>"])
    parts.append("</section><footer>medkg · papers-with-code report</footer>")

    csp = (f"default-src 'none'; style-src {_csp_hash(_CSS)}; script-src {_csp_hash(_JS)}; img-src data:; "
           "base-uri 'none'; form-action 'none'")
    page = ["<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f'<meta http-equiv="Content-Security-Policy" content="{e(csp)}">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            '<meta name="referrer" content="no-referrer"><link rel="icon" href="data:,">'
            f"<title>Papers with code — medkg</title><style>{_CSS}</style></head>\n<body>"]
    for i, part in enumerate(parts):  # sections one per line
        if i:
            page.append("\n")
        page.extend([part] if isinstance(part, str) else part)
    page.append(f"<script>{_JS}</script></body></html>\n")
    return "".join(page)


__all__ = ["coverage_chart", "link", "to_html"]
