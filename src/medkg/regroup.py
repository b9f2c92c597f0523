"""Top-level blocks (and table rows) regrouped before the parse walks them.

What it is for: CommonMark cuts some records into several blocks that a reader of the list sees as
one — an HTML ``<table>`` split by blank lines, a field list indented too little to stay under its
numbered item, a record folded under its heading in a ``<details>`` block, a table row broken over
two source lines. Each pass here puts such pieces back together, so the walk in ``parse`` meets one
block per record.

Why separate: these passes only reshape the tree (``mdtree._Node`` in, ``_Node`` out), by the
source's bytes and line starts; they know no section state, emit no entries and decide no titles.
``parse`` runs them in ``top_level`` order and then reads the blocks.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from medkg.blocks import (_details_depth, _field_label, _field_list_inlines, _item_inlines, _item_kind,
                          _labelled_links, _links_part, _role_link_line, field_role)
from medkg.classify import url_role
from medkg.inline import _inline
from medkg.mdtree import _Node, _open_tables, _reparsed_at

#: paragraphs (a title line, an image) between a record's heading and its ``<details>`` fold
_FOLD_LEAD_PARAGRAPHS = 3
#: blocks a ``<details>`` fold may hold and still be one record (a bound on the look-ahead)
_MAX_FOLDED_BLOCKS = 400


def heading_level(node: _Node) -> int:
    """``## Title`` → 2 (pyromark names a heading's level "H1" … "H6")."""
    return int(str((node.attrs or {}).get("level", "H2"))[1:] or 2)


def _line_of(line_starts: list[int], offset: int) -> int:
    return bisect.bisect_right(line_starts, offset)


def line_indented(data: bytes, line_starts: list[int], line: int) -> bool:
    """The 1-based ``line`` of the source opens with a space or a tab."""
    start = line_starts[line - 1]
    return data[start:start + 1] in (b" ", b"\t")


def top_level(blocks: list[_Node], data: bytes, line_starts: list[int], title_h1: _Node | None) -> list[_Node]:
    """The document's top-level blocks, each record one block: HTML tables joined, field lists put back
    under their item, folded records made one ``FoldedRecord`` block, ``<details><summary>`` digests one
    ``SummaryRecord`` block."""
    return summary_records(folded_records(nested_field_lists(headline_items(dedented_reference_bodies(
        joined_html_tables(glued_number_link_lines(lazy_linked_lines(notes_after_tables(blocks, data), data), data),
                           data), data)), data,
        line_starts), title_h1))


def lazy_linked_lines(blocks: list[_Node], data: bytes) -> list[_Node]:
    """Top-level blocks, with a list cut where a linked line at the left margin ran into its last bullet.

    ``[MIMIC-IV](nature…) | [dataset](physionet…)`` / ``  - Contains ICU-only EHR data …`` / ``[MIMIC-III](nature…)
    | [dataset](…)`` / ``  - Contains …``: a data set list that writes each work as a linked line, its description as an
    indented bullet under it, with no blank line before the next work. CommonMark reads the next work's line as a lazy
    continuation of the bullet above it, so every work after the first was one bullet: titled by the note, holding
    the next work's links. A line at the left margin inside a list is such a continuation (a bullet or the list's end
    would open otherwise); one that reads as a list item (its work's linked name first, ``_item_kind``) after a
    bullet that links nothing (a note) opens a paragraph of its own, the bullets after it a list of their own, as
    they read. A wrapped sentence that goes on with a link (``- see the`` / ``[report](…) for details``) runs into
    a bullet of prose too, but its line reads as no item, and a list with any such line stays one list.
    Every cut is found in one pass over the list's lines and each piece is parsed once (a list of thousands of
    works is read in linear time)."""
    out: list[_Node] = []
    for node in blocks:
        pieces = _lazy_linked_pieces(node, data) if node.kind == "List" else None
        out.extend(pieces if pieces is not None else [node])
    return out


def _lazy_linked_pieces(node: _Node, data: bytes) -> list[_Node] | None:
    """The blocks ``node`` (a top-level list) reads as once cut at each lazy linked line, None when it has none or
    when any cut fails (``lazy_linked_lines``)."""
    raw = data[node.start:node.end]
    if b"\n[" not in raw:
        return None
    cuts = []
    at = raw.find(b"\n[")
    while at >= 0:
        line_end = raw.find(b"\n", at + 1)
        line = raw[at + 1:line_end if line_end >= 0 else len(raw)]
        # (not "[[Page](…)]": a bracketed label is a link of the work above, no work; nor a line after a hard line
        # break, "Title.  " / "[PMID: …](…)": one reference written over several lines)
        if b"](" in line and not line.startswith(b"[[") and not raw.endswith((b"  ", b"\\", b"  \r"), 0, at):
            cuts.append(node.start + at + 1)
        at = raw.find(b"\n[", at + 1)
    if not cuts:
        return None
    bounds = [node.start] + cuts + [node.end]
    out: list[_Node] = []
    for i in range(len(bounds) - 1):
        start, end = bounds[i], bounds[i + 1]
        piece = _reparsed_at(data[start:end].decode("utf-8", "replace"), start, 0)
        if not piece:
            return None
        if i > 0:
            # the piece opens with the linked line, a paragraph of one line that reads as an item
            # (its link's text names a work: "[MIMIC-III]", "[eICU]"; a first word all in lower case, "[the
            # paper](…) by Smith.", goes on with the sentence the bullet above broke off)
            head = piece[0]
            inl = _inline(head.children) if head.kind == "Paragraph" else None
            if inl is None or b"\n" in data[head.start:head.end].strip() or _item_kind(inl) != 1 \
                    or (inl.links[0].text.split() or [""])[0].islower():
                return None
        if i < len(bounds) - 2:
            # the piece ends in a list whose last bullet, one line, links nothing: a note the next line ran into
            tail = piece[-1]
            last = tail.children[-1] if tail.kind == "List" and tail.children else None
            text = data[last.start:end] if last is not None else b""
            if last is None or text.rstrip().count(b"\n") > 0 or (b"](" in text or b"://" in text) \
                    and not (_dash_led_link_line(text) and _dash_led_link_line(data[end:bounds[i + 2]])):
                return None
        out.extend(piece)
    return out


#: a numbered item's marker glued to the link after it, no space between ("3.[Title](…)"): no list marker to CommonMark
_GLUED_NUMBER_LINK = re.compile(rb"[ ]{0,3}\d{1,3}[.)]\[")
#: a numbered list item's marker at a line's start ("4. ", "12) ")
_NUMBER_MARKER = re.compile(rb"[ ]{0,3}\d{1,3}[.)][ \t]")


def glued_number_link_lines(blocks: list[_Node], data: bytes) -> list[_Node]:
    """Top-level blocks, with a numbered list cut around each line that is a number glued to a link
    (``3.[Symbolic Music Generation …](arxiv…), [💡](github…), Mar 2021``) among its numbered items.

    Why: a list numbering its works "1. ", "2. " that drops one space after a number ("3.[Title](…)") wrote that
    line as its siblings; CommonMark reads no marker there, so the line ran into the item above as a lazy
    continuation: the two works were one item, the second's links (its code) the first's. The line is cut out as a
    paragraph of its own (read as an item, as ``1.**Title**`` is), the items after it a list again. Only in an
    ordered list, a line whose next line (if any in the list) opens a numbered item or is glued so too, and not after
    a hard line break (one reference written over several lines). One pass over the list's lines."""
    out: list[_Node] = []
    for node in blocks:
        pieces = _glued_number_pieces(node, data) if node.kind == "List" and isinstance(node.attrs, int) else None
        out.extend(pieces if pieces is not None else [node])
    return out


def _glued_number_pieces(node: _Node, data: bytes) -> list[_Node] | None:
    """The blocks ``node`` (a top-level numbered list) reads as once each glued numbered line is cut out of it
    (``glued_number_link_lines``), None when it has none or when any cut fails."""
    raw = data[node.start:node.end]
    if b"\n" not in raw or b"[" not in raw:
        return None
    cuts: list[int] = []
    lines = raw.split(b"\n")
    at = len(lines[0]) + 1
    for i in range(1, len(lines)):
        line = lines[i]
        if _GLUED_NUMBER_LINK.match(line) and b"](" in line \
                and not lines[i - 1].endswith((b"  ", b"\\", b"  \r")) \
                and (i + 1 >= len(lines) or not lines[i + 1].strip()
                     or _NUMBER_MARKER.match(lines[i + 1]) or _GLUED_NUMBER_LINK.match(lines[i + 1])):
            cuts.append(node.start + at)
            if i + 1 < len(lines) and node.start + at + len(line) + 1 < node.end:
                cuts.append(node.start + at + len(line) + 1)
        at += len(line) + 1
    if not cuts:
        return None
    bounds = [node.start] + sorted(set(cuts)) + [node.end]
    out: list[_Node] = []
    for start, end in zip(bounds, bounds[1:]):
        if not data[start:end].strip():
            continue  # (the blank lines closing the list)
        piece = _reparsed_at(data[start:end].decode("utf-8", "replace"), start, 0)
        if not piece:
            return None
        if start != node.start and _GLUED_NUMBER_LINK.match(data[start:end]) and (
                len(piece) != 1 or piece[0].kind != "Paragraph"):
            return None
        out.extend(piece)
    return out


def _dash_led_link_line(text: bytes) -> bool:
    """``text`` (a bullet, its marker first, or a line at the margin) opens with a linked name and a dash after it:
    ``- [MAGpurify](github…) - [Python] - [New insights …](nature…)`` over ``[DFAST_QC](github…) - [Python] - […](doi…)``.
    Why: a tool list whose writer dropped one line's bullet wrote that line as the items around it; CommonMark ran
    it into the bullet above as a lazy continuation, so the two tools were one item, the second's article lost (or
    the first's: two titled articles on one line name neither). Only a bullet of that shape over a line of that
    shape is cut there (a sentence wrapped before a link, ``- see [the report](…) by``, opens with no link). A few
    finds, no pattern."""
    head = text[:2000].lstrip(b" \t-*+")
    if not head.startswith(b"[") or head.startswith(b"[["):
        return False
    at = head.find(b"](")
    close = head.find(b")", at + 2) if at > 0 and b"\n" not in head[:at] else -1
    return close > 0 and b"\n" not in head[at:close] and head.startswith((b" - ", " \u2013 ".encode(), " \u2014 ".encode()), close + 1)


#: kinds of block an item may hold besides its inline text
_BLOCK_KINDS = frozenset({"Paragraph", "List", "Item", "BlockQuote", "CodeBlock", "Heading", "HtmlBlock", "Table"})
#: the most link-less paragraphs (a summary, a figure) between a numbered headline and its article's link field
_HEADLINE_NOTES = 6


def headline_items(blocks: list[_Node]) -> list[_Node]:
    """Top-level blocks, with a numbered headline item written over its summary and its link fields given back
    as the paragraph a headline is.

    ``1. [Nature | Title](https://mp.weixin…)`` / a figure / a summary paragraph / ``- 论文链接：https://doi…``:
    a newsletter numbers its items, each a headline linking the write-up, then the summary and the article's
    own address, all at the margin. CommonMark makes the numbered line a list of one item and the fields a list
    of their own, so the headline was read as a web page and the fields as a work titled by their label; written
    ``1、[Title](…)`` the same item is a paragraph, which ``parse`` reads with its fields as one record. Only a
    one-item numbered list whose item is one link and nothing else, followed by link-less paragraphs (at most
    ``_HEADLINE_NOTES``) and then a bullet list whose first field names the paper and holds its link."""
    out: list[_Node] = []
    for i, node in enumerate(blocks):
        head = _headline_paragraph(node)
        out.append(head if head is not None and _paper_field_follows(blocks, i + 1) else node)
    return out


def _headline_paragraph(node: _Node) -> _Node | None:
    """``1. [Title](…)``: the item's paragraph, when ``node`` is a numbered list of one item that is one link."""
    if node.kind != "List" or node.attrs is None or len(node.children) != 1 or node.children[0].kind != "Item":
        return None
    item = node.children[0]
    kids = item.children
    if len(kids) == 1 and kids[0].kind == "Paragraph":  # (a loose list wraps the item's text in a paragraph)
        item, kids = kids[0], kids[0].children
    if any(k.kind in _BLOCK_KINDS for k in kids):
        return None
    inl = _inline(kids)
    links = [link for link in inl.links if not link.image]
    if len(links) != 1 or len(inl.links) != 1 or links[0].bare or not links[0].text.strip() \
            or inl.plain.strip() != links[0].text.strip():
        return None
    para = _Node("Paragraph", item.start, item.end)
    para.children = kids
    return para


def _paper_field_follows(blocks: list[_Node], j: int) -> bool:
    notes = 0
    while j < len(blocks) and blocks[j].kind == "Paragraph" and notes < _HEADLINE_NOTES:
        if _inline(blocks[j].children).links:
            return False
        notes += 1
        j += 1
    if j >= len(blocks) or blocks[j].kind != "List" or blocks[j].attrs is not None:
        return False
    first = next((inl for inl in _item_inlines(blocks[j]) if inl is not None), None)
    if first is None or not first.links:
        return False
    label = _field_label(first)
    return bool(label) and field_role(label) == "paper"


#: what a line holding a link or an identifier shows: such a line is left a row (its work is not to be lost)
_LINK_OR_ID = re.compile(rb"(?i)\]\(|\]\[|https?:|www\.|<a\s|\bdoi\b|arxiv|pmid|pmc\d|\b10\.\d{4,9}/")


def _pipe_less_note(row: _Node, data: bytes) -> bool:
    """A row that is a line with no pipe and no link or identifier: a note, no work's row."""
    text = data[row.start:row.end]
    return b"|" not in text and not _LINK_OR_ID.search(text)


def notes_after_tables(blocks: list[_Node], data: bytes) -> list[_Node]:
    """Blocks, with the lines written right after a table (no blank line between) that hold no pipe given back
    as the paragraph they are.

    ``| [Title](…) | Genome Research 2023 | - |`` / ``Rows are sorted by year, newest first.``: GFM goes on with
    the table until a blank line, so each such line is a one-cell row of it, its text read as a row's title; the
    writer put a note under the table. Only after a row whose line closes with a pipe (a row whose line does not
    is broken over two lines: ``joined_broken_rows``), only when every line left has no pipe and no link or
    identifier (``See also [Title](arxiv…)`` stays a row: the work it names is not lost), and only in a table of
    two columns or more (a one-column table's rows may be written without pipes)."""
    out: list[_Node] = []
    for node in blocks:
        rows = [c for c in node.children if c.kind == "TableRow"] if node.kind == "Table" else []
        head = next((c for c in node.children if c.kind == "TableHead"), None) if rows else None
        if head is None or sum(1 for c in head.children if c.kind == "TableCell") < 2:
            out.append(node)
            continue
        cut = len(rows)
        while cut > 0 and _pipe_less_note(rows[cut - 1], data):
            cut -= 1
        prev = rows[cut - 1] if cut else head
        if cut == len(rows) or not data[prev.start:prev.end].rstrip().endswith(b"|"):
            out.append(node)
            continue
        start, end = rows[cut].start, node.end
        table = _Node("Table", node.start, prev.end, node.attrs)
        table.children = [c for c in node.children if c.end <= prev.end]
        out.append(table)
        out.extend(_reparsed_at(data[start:end].decode("utf-8", "replace"), start, 0))
    return out


#: an HTML block that only opens a fold and gives its summary: ``<details>`` / ``<summary>…</summary>``
_DETAILS_SUMMARY = re.compile(r"\s*<details\b[^>]*>\s*<summary\b[^>]*>(?P<summary>.*?)</summary>\s*", re.I | re.S)
_DETAILS_CLOSE = re.compile(r"\s*</details>\s*", re.I)
#: the same fold closed in the same HTML block, nothing but the summary inside it
_DETAILS_SUMMARY_CLOSED = re.compile(_DETAILS_SUMMARY.pattern + r"</details>\s*", re.I | re.S)
#: blocks a summary's fold may hold and still be one paper's digest (an abstract, its identifiers, notes)
_MAX_DIGEST_BLOCKS = 12
_DIGEST_PARTS = frozenset({"Paragraph", "List", "BlockQuote", "CodeBlock"})


def _html_text(node: _Node) -> str:
    return "".join(c.text for c in node.children)


def is_html_comment(node: _Node) -> bool:
    """Whether a block is one HTML comment and nothing else (``<!-- - **Journal:** Nature Cancer`` / ``- **Published
    Date:** June 2022 -->``: a curator's fields commented out inside a paper's fold). It shows nothing, so it
    neither ends the fold's digest nor adds to it. One comment only: its first ``-->`` closes the block."""
    if node.kind != "HtmlBlock":
        return False
    text = _html_text(node).strip()
    return text.startswith("<!--") and text.find("-->") == len(text) - 3


def summary_records(blocks: list[_Node]) -> list[_Node]:
    """Top-level blocks, with each paper digest folded under a ``<summary>`` made one ``SummaryRecord`` block.

    ``<details>`` / ``<summary><strong>Title</strong> - Authors - [[pdf]](https://arxiv…)</summary>`` / blank line /
    ``**Abstract:** …`` / ``**arXiv ID:** …`` / ``</details>`` (arXiv-daily digests): CommonMark keeps the
    summary in an HTML block of its own, its Markdown link unread, and the abstract as loose paragraphs. A
    summary with text, then only prose blocks, then the fold's close: one record. A fold holding headings,
    HTML or other folds (``<details open><summary><h2>Section</h2></summary>``) is no record."""
    return _grouped(blocks, "SummaryRecord", _summary_record_end)


def _summary_record_end(blocks: list[_Node], i: int) -> int:
    """The index of the ``</details>`` block that closes the paper digest opened by ``blocks[i]``, or -1.

    A fold written with no blank line (``<details>`` / ``<summary>`` / ``Year Authors <i>Title</i>
    [<a href=…>论文链接</a>] [<a href=…>开源代码</a>]`` / ``</summary>`` / ``</details>``) is one HTML block
    holding its summary and its close: a record of its own (``i`` itself)."""
    node = blocks[i]
    if node.kind == "HtmlBlock" and (m := _DETAILS_SUMMARY_CLOSED.fullmatch(_html_text(node))) is not None:
        return i if m.group("summary").strip() else -1
    if node.kind != "HtmlBlock" or (m := _DETAILS_SUMMARY.fullmatch(_html_text(node))) is None \
            or not m.group("summary").strip():
        return -1
    for k in range(i + 1, min(len(blocks), i + 2 + _MAX_DIGEST_BLOCKS)):
        b = blocks[k]
        if is_html_comment(b):
            continue
        if b.kind == "HtmlBlock":
            return k if _DETAILS_CLOSE.fullmatch(_html_text(b)) else -1
        if b.kind == "Table" and not _links_a_work(b):
            # "<summary>[Sep. 2022] <b>Multimodal biomedical AI</b>, <i>Nature Medicine</i></summary>" / "[Paper](…)" /
            # "- Multimodal data collection" / "| [UK Biobank](ukbiobank…) | UK | 2006 | … |": a table in a paper's
            # digest that links no paper and no code (the cohorts, the figures the reader copied from the work) is
            # part of the reader's notes on that paper; a table that links works is a list of its own in a fold
            continue
        if b.kind not in _DIGEST_PARTS:
            return -1
    return -1


def _links_a_work(node: _Node) -> bool:
    """Whether a block links a paper or code anywhere inside it (``classify.url_role``). One walk over its nodes."""
    stack = [node]
    while stack:
        n = stack.pop()
        if n.kind == "Link" and url_role(str((n.attrs or {}).get("dest_url", ""))) in ("paper", "code"):
            return True
        stack.extend(n.children)
    return False


def _grouped(blocks: list[_Node], kind: str, end_of: Callable[[list[_Node], int], int]) -> list[_Node]:
    """``blocks``, each run from a block to the index ``end_of`` gives for it (-1: none) made one ``kind`` block."""
    out: list[_Node] = []
    i, n = 0, len(blocks)
    while i < n:
        end = end_of(blocks, i)
        if end >= i:
            rec = _Node(kind, blocks[i].start, blocks[end].end)
            rec.children = blocks[i:end + 1]
            out.append(rec)
            i = end + 1
        else:
            out.append(blocks[i])
            i += 1
    return out


def joined_html_tables(blocks: list[_Node], data: bytes) -> list[_Node]:
    """Top-level blocks, with an HTML ``<table>`` cut into several HTML blocks by blank lines made
    one block again.

    ``<table><thead>…</thead><tbody>`` / blank line / ``<tr><td>…</td></tr>`` rows / blank line /
    ``</tbody></table>``: CommonMark ends an HTML block at a blank line, so the rows come as a
    block of their own, with no ``<table>`` around them and apart from the header that names the
    columns. While a block leaves a table open, the HTML blocks right after it (nothing else
    between them but blank lines) belong to that table: one block spanning the source from the
    first to the last, its lines where they are in the file.

    ``<td>`` / ``<details><summary>Radiology(2019)</summary>`` / blank line / a fenced ```` ```bibtex ```` block /
    ``</details></td></tr>``: a fenced code block between two pieces of an open table sits in a cell (a row's
    folded citation of its own work) and is part of the table too, not a block of its own. Its text is no
    row prose — the row already links the work — so it is blanked in the joined block (its line breaks
    kept, so every row stays at its line); a code block the table does not resume after stays outside.

    ``<tbody>`` / a whitespace-only line / ``      <tr>`` … ``</tr>`` rows indented six spaces: a page generated
    from a template (a Jinja loop writing ``    `` between rows, MkDocs rendering it through Python-Markdown,
    which keeps a raw HTML block whole) has its rows read by CommonMark as an indented code block after the
    HTML block ends at the blank line. Code that is table-row markup (``_indented_rows``) is the open table's
    rows: kept as they are, and kept even when the table's closing HTML does not follow (a page cut short).
    """
    out: list[_Node] = []
    i = 0
    while i < len(blocks):
        node = blocks[i]
        depth = _open_tables("".join(c.text for c in node.children)) if node.kind == "HtmlBlock" else 0
        j = i + 1
        while depth > 0 and j < len(blocks):
            if blocks[j].kind != "HtmlBlock" and _ends_inside_attribute(data, blocks[j - 1]):
                # ``<a href="https://github.com/x/y`` / blank line / ``">Y</a>, <a href=…>``: a blank line written
                # inside a link's quoted address ended the HTML block mid-tag; what follows is the rest of that tag
                # and of the table, whatever CommonMark read it as
                depth += _open_tables(data[blocks[j].start:blocks[j].end].decode("utf-8", "replace"))
                j += 1
                continue
            k = j
            while k < len(blocks) and blocks[k].kind == "CodeBlock":
                k += 1  # code folded in a cell: part of the table if the table's HTML goes on after it
            if k == len(blocks) or blocks[k].kind != "HtmlBlock":
                while j < k and _indented_rows(blocks[j], data):
                    j += 1  # the table's own rows, indented as code, with nothing of the table after them
                break
            depth += _open_tables("".join(c.text for c in blocks[k].children))
            j = k + 1
        if j > i + 1:
            start, end = node.start, blocks[j - 1].end
            raw = bytearray(data[start:end])
            for b in blocks[i + 1:j]:
                if b.kind == "CodeBlock" and not _indented_rows(b, data):
                    raw[b.start - start:b.end - start] = bytes(
                        c if c == 0x0A else 0x20 for c in data[b.start:b.end])
            joined = _Node("HtmlBlock", start, end)
            joined.children.append(_Node("html", start, end, None, bytes(raw).decode("utf-8", "replace")))
            node = joined
        out.append(node)
        i = j
    return out


#: the opening of an HTML tag: ``<`` and a letter (``<a``, ``<td``), not a comparison ("< 5") nor a closing tag
_TAG_OPEN = re.compile(rb"<[A-Za-z]")
#: how far back from a block's end a tag left open is looked for (one tag's attributes, not a page)
_OPEN_TAG_REACH = 2000


def _ends_inside_attribute(data: bytes, node: _Node) -> bool:
    """Whether ``node`` ends inside an HTML tag's double-quoted attribute value: its last ``<`` opens a tag
    (``<a href="https://github.com/x/y``) that no ``>`` closes and whose quotes are odd in number. A blank line inside
    an address ends a CommonMark HTML block there; nothing else leaves a block's last tag with an open quote."""
    lo = max(node.start, node.end - _OPEN_TAG_REACH)
    lt = data.rfind(b"<", lo, node.end)
    if lt < 0 or data.find(b">", lt, node.end) >= 0 or not _TAG_OPEN.match(data, lt):
        return False
    return data.count(b'"', lt, node.end) % 2 == 1


#: the start of table-row markup (``<tr>``, ``<td …>``, ``</tr>``), after any indentation
_ROW_MARKUP = re.compile(rb"[ \t\r\n]*</?t[rdh][\s>]", re.I)


def _indented_rows(node: _Node, data: bytes) -> bool:
    """An indented code block that opens with table-row markup: an open HTML table's rows written four spaces
    in or more after a blank line (``joined_html_tables``), not a code sample — a fenced block is never one."""
    return node.kind == "CodeBlock" and node.attrs == "Indented" \
        and _ROW_MARKUP.match(data, node.start, min(node.end, node.start + 200)) is not None


#: the most blocks (the citation, note labels, note lists, a stray address) a dedented reference body may hold
_MAX_REFERENCE_BODY = 40
#: an indented code block that is one web address alone, bracketed or not: a reference's address pushed four spaces
#: in after a blank line, not a code sample
_LONE_ADDRESS = re.compile(rb"\s*[<\[(]?https?://\S+?[>\])]?\s*")


def dedented_reference_bodies(blocks: list[_Node], data: bytes) -> list[_Node]:
    """Top-level blocks, with the body of a numbered reference labelled only by its authors and year put back
    under its item.

    ``1. Park et al. (2023)`` / blank line / ``  "Title." Journal, 12(7), 1518.`` / ``  [https://…]`` / ``A) Dataset``
    / ``  - note``: a reference file numbers each work by its author-year label and writes the citation under it
    indented less than the item's text, so CommonMark ends the numbered list after the label: the label was read
    as an unlinked entry titled by its authors, the citation was dropped and the notes under it (in a
    "References" section) were taken for works. An ordered list whose last item is an author-year label alone
    (``classify.author_year_label``), followed by a paragraph that quotes a title or holds a web address, takes
    that paragraph and what follows it up to the next ordered list, heading, rule or HTML block (note paragraphs,
    bullet lists, an indented code block that is one address) as its item's blocks; the item's label becomes a
    paragraph of its own, as in a loose list."""
    from medkg.classify import author_year_label
    out: list[_Node] = []
    i = 0
    while i < len(blocks):
        node = blocks[i]
        out.append(node)
        i += 1
        item = node.children[-1] if node.kind == "List" and node.attrs is not None and node.children else None
        if item is None or item.kind != "Item" or any(c.kind in _BLOCK_KINDS for c in item.children) \
                or i >= len(blocks) or blocks[i].kind != "Paragraph" or not _cites_work(blocks[i], data):
            continue
        label = data[item.children[0].start:item.children[-1].end].decode("utf-8", "replace") if item.children else ""
        if not author_year_label(label):
            continue
        body: list[_Node] = []
        while i < len(blocks) and len(body) < _MAX_REFERENCE_BODY:
            b = blocks[i]
            if b.kind == "CodeBlock" and b.attrs == "Indented" and _LONE_ADDRESS.fullmatch(data, b.start, b.end):
                b = _address_paragraph(b, data)
            elif not (b.kind == "Paragraph" or (b.kind == "List" and b.attrs is None)):
                break
            body.append(b)
            i += 1
        lead = _Node("Paragraph", item.children[0].start, item.children[-1].end)
        lead.children = item.children
        item.children = [lead, *body]
        item.end = node.end = body[-1].end
    return out


def _cites_work(paragraph: _Node, data: bytes) -> bool:
    """A paragraph that quotes a title ("…" or “…”) or holds a web address: a citation, not a note."""
    text = data[paragraph.start:paragraph.end]
    return b"://" in text or text.lstrip()[:1] in (b'"', "\u201c".encode())


def _address_paragraph(code: _Node, data: bytes) -> _Node:
    """An indented code block holding one address, as the paragraph it was written as (one text leaf)."""
    raw = data[code.start:code.end]
    lead = len(raw) - len(raw.lstrip())
    text = raw.strip().decode("utf-8", "replace")
    para = _Node("Paragraph", code.start + lead, code.start + lead + len(raw.strip()))
    para.children = [_Node("text", para.start, para.end, text=text)]
    return para


def nested_field_lists(blocks: list[_Node], data: bytes, line_starts: list[int]) -> list[_Node]:
    """Top-level blocks, with a field list indented too little to nest put back under its item.

    ``10. **Title**`` / ``   - DOI: […](…)`` / ``   - arXiv: […](…)``: under a numbered item of two or
    more digits, sub-bullets indented by three spaces (enough under ``9.``) fall short of the item's
    content and CommonMark ends the numbered list there, so the fields come as a list of their own.
    A bullet list of "label: value" lines, indented, right on the line after a list's last item (no
    blank line between) is that item's field list."""
    out: list[_Node] = []
    for node in blocks:
        prev = out[-1] if out else None
        if prev is not None and prev.kind == "List" and node.kind == "List" and prev.children \
                and prev.children[-1].kind == "Item" and node.attrs is None \
                and _line_of(line_starts, node.start) == _line_of(line_starts, max(prev.end - 1, 0)) + 1 \
                and not any(c.kind == "List" for c in prev.children[-1].children):
            indented = line_indented(data, line_starts, _line_of(line_starts, node.start))
            inlines = _field_list_inlines(node) if indented else None
            items = [inl for inl in inlines or () if inl is not None]
            if items and all(_field_label(inl) for inl in items):
                last = prev.children[-1]
                last.children.append(node)
                last.end = prev.end = max(prev.end, node.end)
                continue
        out.append(node)
    return out


def folded_records(blocks: list[_Node], title_h1: _Node | None) -> list[_Node]:
    """Top-level blocks, with each record folded under its heading made one ``FoldedRecord`` block.

    ``## [Name](github…)`` / ``Title of the paper.`` / ``<details>`` / ``### Description`` / ``- **Lead**: …`` /
    ``### Links`` / ``- [Paper](arxiv…)`` / ``- [GitHub](github…)`` / ``### Cite`` / ``Author (2024). …`` /
    ``</details>``: a heading, its title line, then a ``<details>`` fold whose sub-headings are the record's
    parts, one of them its links. The sub-headings are no sections of their own and the fold's closing tag
    ends the record: what follows it belongs to the section around the record again."""
    return _grouped(blocks, "FoldedRecord",
                    lambda bs, i: _folded_record_end(bs, i, title_h1) if bs[i].kind == "Heading" else -1)


def _folded_record_end(blocks: list[_Node], i: int, title_h1: _Node | None) -> int:
    """The index of the HTML block that closes the ``<details>`` fold of the record headed by
    ``blocks[i]``, or -1 when the heading opens no such record (see ``folded_records``)."""
    h = blocks[i]
    level = heading_level(h)
    if level < 2 or h is title_h1:
        return -1
    j = i + 1
    while j < len(blocks) and j <= i + _FOLD_LEAD_PARAGRAPHS and blocks[j].kind == "Paragraph":
        j += 1  # the title line (an image, a badge line) before the fold
    if j >= len(blocks) or blocks[j].kind != "HtmlBlock":
        return -1
    depth = _details_depth(blocks[j])
    if depth <= 0:
        return -1
    links_part = parts = False
    for k in range(j + 1, min(len(blocks), j + 1 + _MAX_FOLDED_BLOCKS)):
        b = blocks[k]
        if b.kind == "Heading":
            if heading_level(b) <= level:
                return -1  # a section of the heading's level or above: the fold holds sections, no record
            parts = True
            if _links_part(b) and k + 1 < len(blocks) and blocks[k + 1].kind == "List" \
                    and _labelled_links(blocks[k + 1]):
                links_part = True
        elif b.kind == "Paragraph":
            # "### Abstract" / text / "[Github link](github…)": a line of labelled links after a part's
            # sub-heading gives the record's links as a "### Links" part does
            if parts and not links_part and any(c.kind == "Link" for c in b.children) \
                    and _role_link_line(_inline(b.children)):
                links_part = True
        elif b.kind == "HtmlBlock":
            depth += _details_depth(b)
            if depth <= 0:
                return k if links_part else -1
    return -1


def _open_quoted_cell(row: _Node, data: bytes) -> bool:
    """The row's last filled cell opens a double quote it does not close.

    ``| "Deep learning for biomedical videos: |`` / ``| perspective and recommendations" | … |``: a
    spreadsheet pasted as a table quotes a cell that holds line breaks, and each of its lines becomes a
    pipe-framed row of its own; an odd count of quotes in a cell that opens with one says the cell
    goes on in the next row."""
    cells = [c for c in row.children if c.kind == "TableCell" and c.children]
    if not cells:
        return False
    text = data[cells[-1].start:cells[-1].end].strip().strip(b"|").strip()
    return text.startswith(b'"') and text.count(b'"') % 2 == 1


def _filled(cells: list[_Node]) -> int:
    """How many cells up to the last one that holds anything."""
    return max((j + 1 for j, c in enumerate(cells) if c.children), default=0)


def _cells_after_an_opening_pipe(prev: _Node, row: _Node, data: bytes, ncols: int) -> _Node | None:
    """The row the two lines make, when ``prev``'s closing pipe opened a cell its line left empty.

    ``| [Title](…). Authors _bioRxiv_ (2023) | [Code](…) | scGPT, scBERT |  `` / ``The paper measures … |
    Oversampling restores … |``: a row whose line ends with a pipe yet fills fewer cells than the header
    names, then a line that opens with no pipe, closes with one and holds just the cells left: the writer
    broke the line after the pipe that opens the next cell (GFM reads the second line as a row of its own,
    its text then read as a title). A line that fills fewer or more cells than those left, or that closes
    with no pipe (a paragraph right after the table), is no such continuation."""
    if not data[row.start:row.end].rstrip().endswith(b"|"):
        return None
    before = [c for c in prev.children if c.kind == "TableCell"]
    after = [c for c in row.children if c.kind == "TableCell"]
    k, m = _filled(before), _filled(after)
    if not (0 < k < ncols and m and k + m == ncols and all(c.children for c in after[:m])):
        return None
    merged = _Node("TableRow", prev.start, row.end)
    merged.children = before[:k] + after[:m]
    return merged


def joined_broken_rows(head: _Node | None, rows: list[_Node], data: bytes) -> list[_Node]:
    """Rows, with a row broken over two source lines made one again.

    ``| Non-parametric methods for … continuous treatment`` / ``effects | JRSSB (2017) | [Link](…) |``: in a
    table whose lines open with a pipe, a line that opens with none, right after a row whose line closes
    with none and fills fewer cells than the header names, goes on with that row (GFM reads it as a row
    of its own): its first cell ends the row's last cell, its other cells come after it. A line that goes
    on with the row's last column, and closes the row with a pipe (``| … | Transfer works for immune cells,
    less for`` / ``neurons and glia. |``), ends that last cell too; a line whose pipe-closed row was left
    short goes on in the cell that pipe opened (``_cells_after_an_opening_pipe``). So does any row after
    one whose last cell opens a quote it does not close (``_open_quoted_cell``)."""
    if head is None or len(rows) < 2 or not data[head.start:head.end].lstrip().startswith(b"|"):
        return rows
    ncols = sum(1 for c in head.children if c.kind == "TableCell")
    out: list[_Node] = []
    for row in rows:
        prev = out[-1] if out else None
        pipe_less = prev is not None and not data[row.start:row.end].lstrip().startswith(b"|")
        if pipe_less and data[prev.start:prev.end].rstrip().endswith(b"|"):
            went_on = _cells_after_an_opening_pipe(prev, row, data, ncols)
            if went_on is not None:
                out[-1] = went_on
                continue
        if prev is not None and (pipe_less and not data[prev.start:prev.end].rstrip().endswith(b"|")
                                 or _open_quoted_cell(prev, data)):
            before = [c for c in prev.children if c.kind == "TableCell"]
            after = [c for c in row.children if c.kind == "TableCell"]
            k = max((j + 1 for j, c in enumerate(before) if c.children), default=0)
            m = max((j + 1 for j, c in enumerate(after) if c.children), default=0)
            if m == 0 and 0 < k < ncols and _open_quoted_cell(prev, data):
                out[-1] = _Node("TableRow", prev.start, row.end)
                out[-1].children = prev.children
                continue  # an empty line inside a quoted cell: the cell goes on past it
            # (the last column broken too: only by a line that closes the row with a pipe, not a paragraph after it)
            last_goes_on = k == ncols and pipe_less and data[row.start:row.end].rstrip().endswith(b"|")
            if 0 < k and (k < ncols or last_goes_on) and m and k + m - 1 <= ncols:
                last, cont = before[k - 1], after[0]
                joined = _Node("TableCell", last.start, cont.end)
                joined.children = last.children + [_Node("text", last.end, last.end, None, " ")] + cont.children
                merged = _Node("TableRow", prev.start, row.end)
                merged.children = before[:k - 1] + [joined] + after[1:m]
                merged.children += [_Node("TableCell", row.end, row.end) for _ in range(ncols - len(merged.children))]
                out[-1] = merged
                continue
        out.append(row)
    return out
