"""Markdown text → a tree of blocks and inline elements, from pulldown-cmark events (pyromark).

What it is for: ``build_tree`` turns pyromark's flat event stream (with byte ranges) into
``_Node`` blocks and inline elements; HTML blocks are read as the Markdown they stand for
(``_html_as_markdown`` inside an item, ``_html_rows`` for the ``<table>`` rows and ``<li>``
items of a top-level block: ``<a href>`` → links, ``<b>`` → bold, text escaped, no tag kept).

Why separate: it is the one place that knows pyromark (its options, the shape of its events)
and HTML, and it knows nothing of entries, titles or links. Every other part of the parse
stage reads the tree it builds; it imports none of them.
"""

from __future__ import annotations

from typing import Any


class _Node:
    """A block or inline element (or a text leaf) of the event tree.

    A plain class with ``__slots__`` rather than a dataclass: a list has one node per event
    (250,000 for a 20,000-entry list) and a dataclass ``__init__`` with a ``default_factory``
    costs about twice as much.
    """

    __slots__ = ("kind", "start", "end", "attrs", "children", "text")

    def __init__(self, kind: str, start: int, end: int, attrs: dict[str, Any] | None = None, text: str = ""):
        self.kind = kind
        self.start = start
        self.end = end
        self.attrs = attrs
        self.children: list[_Node] = []
        self.text = text

    def __repr__(self) -> str:
        return f"_Node({self.kind!r}, {self.start}, {self.end}, children={len(self.children)})"


_LEAF_TEXT = {"Text": "text", "Code": "code", "Html": "html", "InlineHtml": "ihtml",
              "InlineMath": "text", "DisplayMath": "text", "FootnoteReference": "fnref"}
_OPTIONS = None


def _options():
    global _OPTIONS
    if _OPTIONS is None:
        import pyromark

        _OPTIONS = pyromark.Options.ENABLE_TABLES | pyromark.Options.ENABLE_STRIKETHROUGH \
            | pyromark.Options.ENABLE_TASKLISTS
    return _OPTIONS


def build_tree(text: str) -> _Node:
    """Events → a block/inline tree. Iterative: deep nesting cannot hit the recursion limit.

    The loop runs once per pyromark event, so it is written for speed: text events (a third
    of all) are tested first and the current child list is kept in a local.
    """
    import pyromark

    raw = text.encode("utf-8")
    root = _Node("Document", 0, len(raw))
    stack = [root]
    children = root.children
    node_ = _Node
    leaf_kind = _LEAF_TEXT.get
    events: Any = pyromark.events_with_range(text, options=_options())  # typed loosely: a union of dicts
    for ev, rng in events:
        if ev.__class__ is str:  # SoftBreak, HardBreak, Rule
            children.append(node_(ev, rng["start"], rng["end"]))
            continue
        (k, v), = ev.items()
        if k == "Text":
            children.append(node_("text", rng["start"], rng["end"], None, v))
        elif k == "Start":
            if v.__class__ is str:
                start = rng["start"]
                if v == "Item":
                    # pulldown-cmark starts a tab-indented item ("\t- …") at the newline that ends the
                    # line above it: begin at the item's own line, so its line number is its own
                    while start < rng["end"] and raw[start] in (10, 13):
                        start += 1
                node = node_(v, start, rng["end"])
            else:
                (name, attrs), = v.items()
                node = node_(name, rng["start"], rng["end"], attrs)
            children.append(node)
            stack.append(node)
            children = node.children
        elif k == "End":
            if len(stack) > 1:
                stack.pop()
                children = stack[-1].children
        else:
            children.append(node_(leaf_kind(k, "text"), rng["start"], rng["end"], None,
                                  v if isinstance(v, str) else ""))
    return root


def _html_as_markdown(node: _Node) -> _Node:
    """An HTML block inside an item, as the Markdown its text would be (tags and scripts removed).

    ``<a href>`` become links; everything else keeps only its text, so nothing in it can run.
    """
    from html.parser import HTMLParser

    class _Text(HTMLParser):
        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.parts: list[str] = []
            self.skip = 0

        def handle_starttag(self, tag, attrs):
            if tag in ("script", "style"):
                self.skip += 1
            elif tag == "a":
                href = dict(attrs).get("href") or ""
                self.parts.append("[" if href else "")
                self._href = href
            elif tag in ("br", "p", "div", "li"):
                self.parts.append(" ")

        def handle_endtag(self, tag):
            if tag in ("script", "style"):
                self.skip = max(0, self.skip - 1)
            elif tag == "a" and getattr(self, "_href", ""):
                self.parts.append(f"]({self._href.replace(')', '%29').replace(' ', '%20')})")
                self._href = ""

        def handle_data(self, data):
            if not self.skip:
                self.parts.append(data.replace("\n", " "))

    html = "".join(c.text for c in node.children)
    parser = _Text()
    parser.feed(html)
    parser.close()
    text = " ".join("".join(parser.parts).split())
    sub = build_tree(text)
    para = _Node("Paragraph", node.start, node.end)
    for child in sub.children:
        for leaf in child.children if child.kind == "Paragraph" else []:
            para.children.append(_shift(leaf, node.start))
    return para


_MD_ESCAPE = str.maketrans({c: "\\" + c for c in "\\`*_[]<>|!#"})


def _html_rows(html: str) -> tuple[list[tuple[list[str], list[tuple[int, int, list[str]]]]], list[tuple[int, int, str]]]:
    """HTML → (tables: [(header texts, [(first line, last line, cell Markdown)])], items: [(lines, Markdown)]).

    Lines are 1-based within ``html``. Nested lists and tables inside a cell stay text of that cell.
    """
    from html.parser import HTMLParser

    tables: list[tuple[list[str], list[tuple[int, int, list[str]]]]] = []
    items: list[tuple[int, int, str]] = []

    class _Reader(HTMLParser):
        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.skip = 0
            self.cell: list[str] | None = None  # Markdown of the open cell or item
            self.cells: list[str] = []
            self.spans: list[int] = []  # per column: rows still covered by a rowspan cell above
            self.row_spans: list[int] = []  # ``spans`` as the row began
            self.cell_cols = 1  # colspan of the open cell
            self.cell_rows = 1  # rowspan of the open cell
            self.header_row = False
            self.row_line = 0
            self.item_line = 0
            self.depth = 0  # table nesting
            self.href: list[str] = []

        def handle_starttag(self, tag, attrs):
            a = dict(attrs)
            if tag in ("script", "style"):
                self.skip += 1
            elif tag == "table":
                self.depth += 1
                if self.depth == 1:
                    tables.append(([], []))
            elif self.depth == 1 and tag == "tr":
                self.cells, self.header_row, self.row_line = [], False, self.getpos()[0]
                self.row_spans = list(self.spans)
            elif self.depth == 1 and tag in ("td", "th"):
                self.cell = []
                self.header_row |= tag == "th"
                self.cell_cols = _span_attr(a.get("colspan"))
                self.cell_rows = _span_attr(a.get("rowspan"))
                self._skip_covered()
            elif self.depth == 0 and tag == "li" and self.cell is None:
                self.cell, self.item_line = [], self.getpos()[0]
            elif self.cell is not None:
                if tag == "a":
                    href = (a.get("href") or "").strip()
                    self.href.append(href)
                    if href:
                        self.cell.append("[")
                elif tag == "img" and self.href and self.href[-1]:
                    alt = (a.get("alt") or "").translate(_MD_ESCAPE)
                    src = (a.get("src") or "").replace(")", "%29").replace(" ", "%20")
                    self.cell.append(f"![{alt}]({src})")
                elif tag in ("b", "strong"):
                    self.cell.append("**")
                elif tag in ("i", "em"):
                    self.cell.append("*")
                elif tag in ("br", "p", "div", "li"):
                    self.cell.append(" ")

        def handle_endtag(self, tag):
            if tag in ("script", "style"):
                self.skip = max(0, self.skip - 1)
            elif tag == "table":
                self.depth = max(0, self.depth - 1)
            elif self.depth == 1 and tag in ("td", "th") and self.cell is not None:
                for k in range(self.cell_cols):  # a colspan cell fills its columns; a rowspan one, rows below
                    col = len(self.cells)
                    self.cells.append(" ".join("".join(self.cell).split()) if k == 0 else "")
                    while len(self.spans) <= col:
                        self.spans.append(0)
                    self.spans[col] = self.cell_rows - 1
                self.cell = None
            elif self.depth == 1 and tag == "tr":
                self._skip_covered(end=True)
                header, rows = tables[-1]
                bold_cells = self.cells and all(_is_bold_cell(c) for c in self.cells if c)
                if (self.header_row or bold_cells) and not header and not rows:
                    header.extend(c.replace("\\", "").strip("*") for c in self.cells)
                elif any(self.cells):
                    rows.append((self.row_line, self.getpos()[0], self.cells))
                self.cells = []
                for col, n in enumerate(self.row_spans):  # this row used up one row of each earlier rowspan
                    if n > 0:
                        self.spans[col] = n - 1
                self.row_spans = []
            elif self.depth == 0 and tag == "li" and self.cell is not None:
                items.append((self.item_line, self.getpos()[0], " ".join("".join(self.cell).split())))
                self.cell = None
            elif self.cell is not None:
                if tag == "a" and self.href:
                    href = self.href.pop()
                    if href:
                        self.cell.append(f"]({href.replace(')', '%29').replace(' ', '%20')})")
                elif tag in ("b", "strong"):
                    self.cell.append("**")
                elif tag in ("i", "em"):
                    self.cell.append("*")

        def _skip_covered(self, end: bool = False) -> None:
            """Empty cells where a rowspan cell of an earlier row covers the next columns of this row
            (and, at the row's end, the covered columns after its last cell)."""
            while len(self.cells) < len(self.row_spans) and self.row_spans[len(self.cells)] > 0:
                self.cells.append("")
            if end:
                last = max((col for col, n in enumerate(self.row_spans) if n > 0), default=-1)
                while len(self.cells) <= last:
                    self.cells.append("")

        def handle_data(self, data):
            if not self.skip and self.cell is not None:
                self.cell.append(data.replace("\n", " ").translate(_MD_ESCAPE))

    reader = _Reader()
    reader.feed(html)
    reader.close()
    return [t for t in tables if t[1]], items


def _span_attr(value: str | None) -> int:
    """A ``rowspan``/``colspan`` attribute as a count (1 when absent or not a small number)."""
    value = (value or "").strip()
    return min(int(value), 100) if value.isdigit() and int(value) > 0 else 1


def _is_bold_cell(cell: str) -> bool:
    """A cell written all in bold (``<td><strong>Paper</strong></td>``): a header row without ``<th>``."""
    c = cell.strip()
    return len(c) > 4 and c.startswith("**") and c.endswith("**") and "**" not in c[2:-2] and "](" not in c


def _shift(node: _Node, offset: int) -> _Node:
    """Re-anchor a node parsed from derived text at the byte offset of its source block."""
    stack = [node]
    while stack:
        n = stack.pop()
        n.start = n.end = offset
        stack.extend(n.children)
    return node
