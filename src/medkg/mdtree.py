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

import bisect
import re
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


#: attribute of the (empty) text node a GFM task-list marker ("[x]", "[ ]") becomes: checked or not
TASK_MARK = "task"
#: attribute of an item read from a GFM footnote definition (``[^3]: Li Z, et al. Title[C]. [[paper]](…)``):
#: a note the prose points to, not an item the writer listed (``_footnotes_as_lists``)
NOTE_MARK = "footnote"


def is_task_item(item: _Node) -> bool:
    """A list item written as a task (``- [x] Compare ConvNeXt to ResNet50``): its first inline is the marker."""
    first = item.children[0] if item.children else None
    if first is not None and first.kind == "Paragraph":
        first = first.children[0] if first.children else None
    # (only the marker's text node holds a dict with TASK_MARK; other nodes' attrs may be a list's start number)
    return first is not None and first.kind == "text" and isinstance(first.attrs, dict) and TASK_MARK in first.attrs


def is_footnote_note(item: _Node) -> bool:
    """An item that was a footnote definition (``[^3]: …``): a note behind a reference in the prose."""
    return isinstance(item.attrs, dict) and NOTE_MARK in item.attrs


_LEAF_TEXT = {"Text": "text", "Code": "code", "Html": "html", "InlineHtml": "ihtml",
              "InlineMath": "text", "DisplayMath": "text", "FootnoteReference": "fnref"}
_OPTIONS: dict[bool, Any] = {}


def _options(front_matter: bool = False):
    """pyromark's options; ``front_matter``: also read a leading ``---`` … ``---`` block as YAML metadata
    (asked only of a text that opens with ``---``, and dropped again when the block is no YAML mapping)."""
    options = _OPTIONS.get(front_matter)
    if options is None:
        import pyromark

        options = pyromark.Options.ENABLE_TABLES | pyromark.Options.ENABLE_STRIKETHROUGH \
            | pyromark.Options.ENABLE_TASKLISTS | pyromark.Options.ENABLE_FOOTNOTES
        if front_matter:
            options |= pyromark.Options.ENABLE_YAML_STYLE_METADATA_BLOCKS
        _OPTIONS[front_matter] = options
    return options


def build_tree(text: str, _directive_depth: int = 0) -> _Node:
    """Events → a block/inline tree. Iterative: deep nesting cannot hit the recursion limit.

    A page's YAML front matter (``---`` / ``title: …`` / ``---``) is page settings, not content: it is dropped,
    save the Markdown its block scalars hold (``_expand_front_matter``). A file that merely opens with a
    thematic break (``---`` / ``# Awesome X`` / … / ``---``) is no front matter: its text is no YAML mapping,
    and it is read as Markdown, as it was written.
    """
    if "{{" in text:
        if "{{< /" in text or "{{% /" in text or "{{</" in text or "{{%/" in text:
            closed = set(_SHORTCODE_CLOSING.findall(text))  # (found once: a page may hold thousands of blocks)
            text = _SHORTCODE_TITLED_OPENING.sub(lambda m: _shortcode_title(m, closed), text)
        text = _SHORTCODE_LINE.sub(_blank, text)
        if "=" in text:
            text = _TEMPLATE_WORK_CALL.sub(_template_work_item, text)
        if "resource_link" in text:
            text = _RESOURCE_LINK.sub(_link_text, text)
    if "\u3000" in text:
        text = _IDEOGRAPHIC_SPACE_AFTER_HASHES.sub(_blank_space, text)
    if "<" in text:
        text = _ANGLE_QUOTED_TITLE.sub(_quoted_title, text)
        if "<p>" in text or "<P>" in text:
            text = _BARE_P_OVER_TEXT.sub(_blank, text)
        if "</summary>" in text or "</SUMMARY>" in text:
            text = _ITEM_OPENING_FOLD.sub(_fold_summary_as_bold, text)
    raw = text.encode("utf-8")
    if text.startswith("---"):
        root = _tree(text, raw, _directive_depth, front_matter=True)
        if root.children and root.children[0].kind == "MetadataBlock" \
                and any(c.kind == "MetadataBlock" for c in root.children[1:]):
            root.children[1:] = _body_after_front_matter(text, raw, root.children[0].end, _directive_depth)
        if not root.children or root.children[0].kind != "MetadataBlock" \
                or _expand_front_matter(root.children, _directive_depth + 1):
            return root
    return _tree(text, raw, _directive_depth)


def _body_after_front_matter(text: str, raw: bytes, end: int, _directive_depth: int) -> list[_Node]:
    """The page's blocks after its front matter, read without pyromark's metadata-block option.

    pulldown-cmark takes *any* ``---`` line followed by text, up to the next ``---``, for a YAML block,
    not just the one that opens the page; a Jekyll page that separates its records with rules
    (``---`` / ``#### Meeting 24-02-21`` / ``- Title: …`` / … / ``---``) would lose every other
    record. Only the leading block is front matter: the rest is read as plain Markdown, the front
    matter blanked byte for byte so that every offset stays where it is in the file."""
    head = raw[:end]
    blanked = bytes(b if b in (10, 13) else 32 for b in head) + raw[end:]
    return _tree(blanked.decode("utf-8"), blanked, _directive_depth).children


def _tree(text: str, raw: bytes, _directive_depth: int, front_matter: bool = False) -> _Node:
    """The loop runs once per pyromark event, so it is written for speed: text events (a third
    of all) are tested first and the current child list is kept in a local."""
    import pyromark

    root = _Node("Document", 0, len(raw))
    stack = [root]
    children = root.children
    node_ = _Node
    leaf_kind = _LEAF_TEXT.get
    directives: list[tuple[list[_Node], _Node]] = []  # "````{panels}" fences: Markdown, not code
    # "10. \tChowdhury S, … Matching Patients … doi: 10.1101/…": a reference list pasted from a word processor
    # or PubMed puts a tab (or five spaces and more) after the number. CommonMark reads an item whose text
    # starts that far from its marker as an indented code block; the writer meant the item's text. An indented
    # code block that opens an item on the marker's own line is read as the Markdown it holds (a code sample
    # in a list sits on the lines under its item, or in a fence, never right after the marker).
    marker_code: list[tuple[list[_Node], _Node]] = []
    # "### Related work" / "    - Peng H, … [Paper](https://doi.org/…), [Code](https://github.com/…)": a list
    # indented four spaces right under a heading is an indented code block to CommonMark; a README's writer
    # meant the list (``_heading_code_is_list`` keeps real code samples as code).
    heading_code: list[tuple[list[_Node], _Node]] = []
    # "=== \"🏥 Healthcare AI Papers\"" / "" / "    -   **\"ClinicalBERT: …\"**": an MkDocs page (Python-Markdown's
    # content tabs, admonitions, collapsible details) writes a block's body indented four spaces under its marker
    # line; CommonMark reads the body as an indented code block (``_block_marker_paragraph``)
    block_body_code: list[tuple[list[_Node], _Node]] = []
    # "## 3. Title" / "\t\t出自NIPS2018，论文lib：https://…。" / "\t\t几乎所有的数据集…": Chinese prose indented by tabs as
    # a first-line indent (首行缩进) is an indented code block to CommonMark; the writer meant paragraphs
    # (``_indented_prose_code`` keeps code, even commented in Chinese, as code)
    indented_code: list[tuple[list[_Node], _Node]] = []
    html_blocks: list[tuple[list[_Node], _Node]] = []  # "<div … markdown=\"1\">": may hold Markdown (``_expand_markdown_html``)
    fenced_top: list[tuple[list[_Node], _Node]] = []  # a top-level fence left open swallows the list's later sections
    # "~~~" / "<div class=\"home-box\">" / "<ul>" / "<li> Weber GM, … <a href=…> Title. </a> JAMA. 2014 …</li>" /
    # "~~~": a Franklin.jl page writes raw HTML between bare tilde fences (rendered as HTML, not shown as code)
    tilde_fences: list[_Node] = []
    events: Any = pyromark.events_with_range(text, options=_options(front_matter))  # typed loosely: a union of dicts
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
                if v == "HtmlBlock" and _directive_depth < MAX_DIRECTIVE_DEPTH:
                    html_blocks.append((children, node))
            else:
                (name, attrs), = v.items()
                node = node_(name, rng["start"], rng["end"], attrs)
                # (an indented code block's attributes are the string "Indented", a fenced one's {"Fenced": info})
                if name == "CodeBlock" and isinstance(attrs, dict) and not attrs.get("Fenced") \
                        and raw.startswith(b"~~~", node.start, node.start + 3):
                    tilde_fences.append(node)  # (raw HTML between tildes? ``_raw_html_fence``)
                if name == "CodeBlock" and isinstance(attrs, dict) and _directive_depth < MAX_DIRECTIVE_DEPTH \
                        and _markdown_directive(attrs.get("Fenced")):
                    directives.append((children, node))
                elif name == "CodeBlock" and attrs == "Indented" and not children and stack[-1].kind == "Item" \
                        and _directive_depth < MAX_DIRECTIVE_DEPTH and b"\n" not in raw[stack[-1].start:node.start]:
                    marker_code.append((children, node))
                elif name == "CodeBlock" and attrs == "Indented" and children and children[-1].kind == "Heading" \
                        and _directive_depth < MAX_DIRECTIVE_DEPTH:
                    heading_code.append((children, node))
                elif name == "CodeBlock" and attrs == "Indented" and children and children[-1].kind == "Paragraph" \
                        and _directive_depth < MAX_DIRECTIVE_DEPTH and _block_marker_paragraph(raw, children[-1]):
                    block_body_code.append((children, node))
                elif name == "CodeBlock" and isinstance(attrs, dict) and len(stack) == 1 \
                        and _directive_depth < MAX_DIRECTIVE_DEPTH:
                    fenced_top.append((children, node))  # (is it ever closed where its writer meant?)
                elif name == "CodeBlock" and attrs == "Indented" and _directive_depth < MAX_DIRECTIVE_DEPTH:
                    indented_code.append((children, node))
            children.append(node)
            stack.append(node)
            children = node.children
        elif k == "End":
            if len(stack) > 1:
                stack.pop()
                children = stack[-1].children
        elif k == "TaskListMarker":  # "- [x] …": a task of a to-do list (checked or not), no text
            children.append(node_("text", rng["start"], rng["end"], {TASK_MARK: v}))
        else:
            children.append(node_(leaf_kind(k, "text"), rng["start"], rng["end"], None,
                                  v if isinstance(v, str) else ""))
    if tilde_fences:
        html_fences = {id(node) for node in tilde_fences if _raw_html_fence(node)}
        if html_fences:
            fenced_top = [(parent, node) for parent, node in fenced_top if id(node) not in html_fences]
    for parent, node in reversed(fenced_top):  # (last first: an earlier block's index in the root stays right)
        _resume_after_open_fence(raw, parent, node, _directive_depth + 1)
    for parent, node in reversed(directives):  # inner fences first: their parent lists are still whole
        _expand_directive(parent, node, _directive_depth + 1)
    for parent, node in marker_code:  # (never inside a directive: that body is parsed again on its own)
        _reparse_in_place(parent, node, _directive_depth + 1)
    for parent, node in block_body_code:  # (the body's own tabs and admonitions are read by the inner parse)
        _reparse_in_place(parent, node, _directive_depth + 1)
    for parent, node in indented_code:
        if (prose := _indented_prose_code(node)) is not None:
            _replace_by_parse(parent, node, prose[0], 0, prose[1], _directive_depth + 1)
    for parent, node in heading_code:
        body, segments = _code_text(node)
        sub = build_tree(body, _directive_depth + 1).children  # parsed once: read, then put in place
        if _one_linked_list(sub):
            _replace_by_parse(parent, node, body, 0, segments, _directive_depth + 1, sub=sub)
    if html_blocks and b"<div" in raw:
        joined = _join_indented_html_continuations(html_blocks, raw)
        if joined:
            html_blocks = [(parent, node) for parent, node in html_blocks if id(node) not in joined]
    if html_blocks and b"markdown" in raw:
        for parent, node in reversed(html_blocks):  # last first: a parent list's earlier blocks keep their index
            _expand_markdown_html(parent, node, raw, _directive_depth + 1)
    if html_blocks and (b"<hr" in raw or b"<HR" in raw or b"<br" in raw or b"<BR" in raw):
        for parent, node in reversed(html_blocks):
            _expand_text_under_rule(parent, node, raw, _directive_depth + 1)
    if html_blocks and (b"/>" in raw or b"</" in raw):
        for parent, node in reversed(html_blocks):
            _expand_text_under_closed_tags(parent, node, raw, _directive_depth + 1)
    if html_blocks and b"title" in raw:
        for parent, node in reversed(html_blocks):
            _expand_titled_element_lines(parent, node, raw, _directive_depth + 1)
    if html_blocks and (b"<br" in raw or b"<BR" in raw or b"<h" in raw or b"<H" in raw or b"</span" in raw):
        for parent, node in reversed(html_blocks):
            _expand_html_line_records(parent, node, raw, _directive_depth + 1, top=parent is root.children)
    if html_blocks and b"</a>" in raw:
        for parent, node in reversed(html_blocks):
            _expand_badge_anchor_group(parent, node, raw, _directive_depth + 1)
    if html_blocks and (b"</summary>" in raw or b"</SUMMARY>" in raw):
        for parent, node in reversed(html_blocks):
            _expand_summary_markdown(parent, node, raw, _directive_depth + 1)
    if b"\xe2\x86\xa9" in raw or b"\xe2\x86\x91" in raw or b"\xe2\xa4\xb4" in raw:  # "↩", "↑", "⤴"
        _drop_backlinks(root)
    if _NAMED_ANCHOR_BYTES.search(raw) is not None:  # (most pages' "<a href=…>" badges hold no named anchor)
        _anchored_references_as_lists(root)
    if b"[^" in raw:
        _footnotes_as_lists(root)
    if b"[!" in raw:
        _callout_markers_apart(root)
    return root


#: the body of a bare "~~~" fence that is raw HTML: it opens with a block element's start tag ("<div class=…>",
#: "<ul>", "<table>") and holds list items, paragraphs or rows with links (a fenced HTML *sample* in a tutorial
#: carries an info string, "```html", and stays code)
_HTML_FENCE_OPENING = re.compile(r"[ \t\r\n]*<(?:div|ul|ol|table|section|p)[\s>]", re.I)
_HTML_FENCE_ENTRY = re.compile(r"<(?:li|p|tr)[\s>]", re.I)


def _raw_html_fence(node: _Node) -> bool:
    """Turn a bare ``~~~`` fence whose body is raw HTML with linked list items (paragraphs, rows) into the HTML
    block its writer meant (Franklin.jl's raw HTML block: CommonMark shows it as code). ``~~~`` only: a
    ```` ``` ```` fence, or any fence with an info string, stays code."""
    body, segments = _code_text(node)
    if _HTML_FENCE_OPENING.match(body) is None or "href" not in body or _HTML_FENCE_ENTRY.search(body) is None:
        return False
    raw_body = body.encode("utf-8")
    starts = [file_at for _at, file_at in segments]
    lines: list[_Node] = []
    at = 0
    seg = 0
    while at < len(raw_body):
        stop = raw_body.find(b"\n", at)
        stop = len(raw_body) if stop < 0 else stop + 1
        while seg + 1 < len(segments) and segments[seg + 1][0] <= at:
            seg += 1
        file_at = starts[seg] + at - segments[seg][0]
        lines.append(_Node("html", file_at, file_at + stop - at, None, raw_body[at:stop].decode("utf-8", "replace")))
        at = stop
    if not lines:
        return False
    node.kind = "HtmlBlock"
    node.attrs = None
    node.start = lines[0].start
    node.end = lines[-1].end
    node.children = lines
    return True


#: an HTML start tag with kramdown's ``markdown="1"`` (or ``"block"``) attribute: Jekyll renders its content as Markdown
_MARKDOWN_HTML_TAG = re.compile(r"""<[A-Za-z][\w-]*\s[^<>]*?\bmarkdown\s*=\s*["']?(?:1|block)\b[^<>]*>""", re.I)
#: a line holding only HTML tags and comments ("</div>", "<font size=\"2\">", "<!-- … -->"): no text of its own
_TAG_ONLY_LINE = re.compile(r"^[ \t]*(?:(?:<!--.*?-->|</?[A-Za-z][^<>]*>)[ \t]*)+$", re.M)
#: a line that is one box element around plain text (``<div class="paper-title">MedGuideX: …</div>``,
#: ``<div class="paper-date">2026.05</div>``): kramdown renders the text as a line of the box, CommonMark would open
#: an HTML block there and swallow the lines under it up to the next blank line
#: (one run for the text, blank or not, then a test in ``_element_text``: two runs around a non-blank character
#: rescanned a long unclosed line from every position, 3.5 s on 32 kB)
_TEXT_ELEMENT_LINE = re.compile(r"(?im)^[ \t]*<(div|p|span)(\s[^<>]*)?>([^<>\n]+)</\1\s*>[ \t]*$")
#: the class or id of an element naming it a title (``paper-title``, ``pub-title``, ``title``)
_TITLE_ATTRIBUTE = re.compile(r"""(?i)\b(?:class|id)\s*=\s*["']?[^"'<>]*\btitle\b""")


#: an indented block of a site page's HTML body that opens with a line of the element's prose ("\t  10 most recent
#: citations …" / "\t  <a href=…>PubMed</a> and" / "      </section>"): its own lines close an element it sits in
_PROSE_THEN_ELEMENTS = re.compile(rb"[^\n<]*\n(?:.*\n)*?[ \t]*</(?:section|div|p)>[ \t]*(?:\n|$)")


def _open_divs(block: bytes) -> int:
    """``<div`` start tags less ``</div>`` end tags of an HTML fragment (comments included: a rough count)."""
    return block.count(b"<div") - block.count(b"</div")


def _join_indented_html_continuations(html_blocks: list[tuple[list[_Node], _Node]], raw: bytes) -> set[int]:
    """``<div class="row display-flex">`` / `` `` / ``    <div class="thumbnail">`` / ``        <h5><a href=…>Title</a></h5>``
    / ``    </div>`` …: a site generator's page (Pelican's, kramdown's Markdown) keeps a ``<div>`` raw up to its
    closing tag, blank lines and indented lines within included; CommonMark ends the HTML block at the first blank
    line and reads the indented cards under it as code blocks, so the grid of works is lost. An HTML block that
    leaves ``<div>`` elements open takes in the indented code blocks (and HTML blocks) right after it whose text is
    HTML, up to where its elements close (only a run that closes them: one that stops short is code quoted after
    an open '<div>'); the joined block reads as the one block its writer wrote. Returns the ids
    of the HTML block nodes taken in (no longer in the tree)."""
    taken: set[int] = set()
    # each parent's nodes by identity, indexed once, and how many nodes its joins have removed so far (the blocks come
    # in document order, so every later block of a parent sits past the joins already made): finding each block by
    # a scan of its parent made a page of 16,000 cards quadratic (12 s)
    places: dict[int, dict[int, int]] = {}
    removed: dict[int, int] = {}
    for k, (parent, node) in enumerate(html_blocks):
        if id(node) in taken or node.kind != "HtmlBlock":
            continue
        open_divs = _open_divs(raw[node.start:node.end])
        if open_divs <= 0:
            continue
        where = places.get(id(parent))
        if where is None:
            where = places[id(parent)] = {id(x): n for n, x in enumerate(parent)}
        i = where.get(id(node), -1) - removed.get(id(parent), 0)
        if not 0 <= i < len(parent) or parent[i] is not node:  # pragma: no cover - a block another pass replaced
            continue
        j = i + 1
        while open_divs > 0 and j < len(parent):
            nxt = parent[j]
            if not (nxt.kind == "HtmlBlock" or nxt.kind == "CodeBlock" and nxt.attrs == "Indented"):
                break
            text = raw[nxt.start:nxt.end]
            if not text.lstrip().startswith(b"<") and not _PROSE_THEN_ELEMENTS.match(text):
                break  # a code sample, not the element's HTML
            open_divs += _open_divs(text)
            j += 1
        if j == i + 1 or open_divs > 0:
            continue  # (an element left open past the run: indented HTML samples under a '<div>', not its body)
        end = parent[j - 1].end
        taken.update(id(x) for x in parent[i + 1:j] if x.kind == "HtmlBlock")
        joined = _Node("HtmlBlock", node.start, end)
        joined.children.append(_Node("text", node.start, end, None, raw[node.start:end].decode("utf-8", "replace")))
        parent[i:j] = [joined]
        removed[id(parent)] = removed.get(id(parent), 0) + (j - i - 1)
        html_blocks[k] = (parent, joined)  # (the later passes find the joined block in its parent)
    return taken


def _in_html_comment(block: str, at: int) -> bool:
    """Whether offset ``at`` of an HTML block lies inside a comment (``<!-- <div … markdown="1"> … </div> -->``: a
    curator's commented-out paper box, which kramdown does not render either)."""
    opened = block.rfind("<!--", 0, at)
    return opened >= 0 and block.find("-->", opened + 4, at) < 0


def _expand_markdown_html(parent: list[_Node], node: _Node, raw: bytes, depth: int) -> None:
    """``<div class='paper-box-text' markdown="1">`` / ``### Title<br>`` / ``<font size="2">`` / ``Authors`` /
    ``</font>`` / ``[![arXiv](…)](arxiv…)`` / ``</div>``: kramdown, Jekyll's renderer, reads the content of an HTML
    element whose tag says ``markdown="1"`` as Markdown (the AcadHomepage template's paper boxes). CommonMark
    ends an HTML block only at a blank line, so with none after that tag the whole box stays raw HTML and its
    title and links are lost. The lines after the tag's line are parsed as Markdown in the block's place, at
    their own byte offsets; lines holding nothing but tags (``</div>``, ``<font>``) are blank there (same
    length), as the element structure kramdown reads them as, not text; the lines up to the tag stay HTML."""
    block = raw[node.start:node.end].decode("utf-8")
    m = next((m for m in _MARKDOWN_HTML_TAG.finditer(block) if not _in_html_comment(block, m.start())), None)
    if m is None:
        return
    nl = block.find("\n", m.end())
    if nl < 0 or not block[nl + 1:].strip():
        return
    cut = node.start + len(block[:nl + 1].encode("utf-8"))
    _split_html_block(parent, node, cut, _reparsed_at(_box_lines_as_markdown(block[nl + 1:]), cut, depth))


#: a line that is one empty element alone, a rule or a line break (``<hr>``, ``<hr/>``, ``<br />``): no text of its own
_LONE_RULE_LINE = re.compile(r"(?i)^[ \t]*<(?:hr|br)[\s/]*>[ \t]*$")


def _expand_text_under_rule(parent: list[_Node], node: _Node, raw: bytes, depth: int) -> None:
    """``## U-Net`` / ``<hr>`` / ``Title: U-Net: Convolutional Networks for …``: a rule (or a line break) set on a
    line of its own under a heading opens a CommonMark HTML block, which runs on to the next blank line and so
    swallows the plain Markdown lines written right under it (a model zoo's "Title:" line, a record's first line).
    A browser shows those lines as the text they are. When the rest of the block holds no tag at all, it is
    parsed as Markdown in the block's place, at its own byte offsets; the rule's line stays HTML. A block with any
    other tag in it is HTML its writer meant (a table, a box) and is left alone."""
    block = raw[node.start:node.end].decode("utf-8", "replace")
    nl = block.find("\n")
    if nl < 0 or not _LONE_RULE_LINE.match(block[:nl]) or not block[nl + 1:].strip() or "<" in block[nl + 1:]:
        return
    cut = node.start + len(block[:nl + 1].encode("utf-8"))
    if len(block.encode("utf-8")) != node.end - node.start:
        return  # (a replacement character from a broken byte: offsets would drift)
    _split_html_block(parent, node, cut, _reparsed_at(block[nl + 1:], cut, depth))


#: an HTML element with no content and no end tag (``<img …>``, ``<br>``, ``<source …>``): it leaves nothing open
_VOID_ELEMENTS = frozenset(("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
                            "source", "track", "wbr"))
#: a start or end tag with its name and attributes (on one line of tags: ``_TAG_ONLY_LINE``)
#: (the lookahead ends the name where its characters end: no other split of a long unclosed "<aaaa…" is tried)
_START_OR_END_TAG = re.compile(r"<(/?)([A-Za-z][\w-]*)(?![\w-])([^<>]*)>")


def _tag_line_opens(line: str) -> int | None:
    """How many elements a line of nothing but tags and comments leaves open (``<p …><object …></object></p>``: 0;
    ``<div class="x">``: 1; ``</div>``: -1), each start tag of a non-void element opening one and each end tag
    closing one (``<a id="x" />`` and ``<img …>`` open none, a comment's tags are no tags); None for a line with
    any text of its own. One pass: each comment's end is found with ``str.find`` and each tag is matched where the
    pass stands (a regex over the line, "(<!--.*?-->|<…>)+", backtracks across many comments of one line)."""
    at, opened, n = 0, 0, len(line)
    while True:
        while at < n and line[at] in " \t":
            at += 1
        if at >= n:
            return opened
        if line.startswith("<!--", at):
            closed = line.find("-->", at + 4)
            if closed < 0:
                return None
            at = closed + 3
            continue
        m = _START_OR_END_TAG.match(line, at)
        if m is None:
            return None
        if m.group(1):
            opened -= 1
        elif m.group(2).lower() not in _VOID_ELEMENTS and not m.group(3).rstrip().endswith("/"):
            opened += 1
        at = m.end()


def _expand_text_under_closed_tags(parent: list[_Node], node: _Node, raw: bytes, depth: int) -> None:
    """``<a id="shti240855" />`` / ``<p align="center"><object data="paper.pdf"></object></p>`` / ``*Authors*`` /
    ``**Title**`` / ``DOI: [10.3233/…](https://dx.doi.org/…)``: a publication page sets a record's Markdown lines
    right under an anchor or an embedded viewer written on lines of their own. CommonMark opens an HTML block at the
    first tag line and runs it on to the next blank line, so the record's title and links are lost as raw HTML;
    kramdown (Jekyll) and a browser show them as the text they are. When the block's first lines hold nothing but
    tags and comments that leave no element open (every element closed, empty or self-closed) and the lines after
    them hold no tag at all, those lines are parsed as Markdown in the block's place, at their own byte offsets;
    the tag lines stay HTML. A block whose tags leave an element open (``<div>``, ``<details>``) holds its text as
    the element's content, and one with tags among its text is HTML its writer meant: both are left alone (as
    ``_expand_text_under_rule`` does for a lone rule)."""
    block = raw[node.start:node.end].decode("utf-8", "replace")
    if len(block.encode("utf-8")) != node.end - node.start:
        return  # (a replacement character from a broken byte: offsets would drift)
    at, open_tags = 0, 0
    while at < len(block):
        nl = block.find("\n", at)
        line = block[at:] if nl < 0 else block[at:nl]
        opens = _tag_line_opens(line) if line.strip() else None
        if opens is None:
            break
        open_tags += opens
        if open_tags < 0 or nl < 0:
            return
        at = nl + 1
    rest = block[at:]
    if at == 0 or open_tags or not rest.strip() or "<" in rest:
        return
    cut = node.start + len(block[:at].encode("utf-8"))
    _split_html_block(parent, node, cut, _reparsed_at(rest, cut, depth))


def _split_html_block(parent: list[_Node], node: _Node, cut: int, sub: list[_Node]) -> None:
    """``node`` (an HTML block of ``parent``) cut at byte ``cut``, the blocks ``sub`` read from the rest after it."""
    node.children = [c for c in node.children if c.start < cut]
    for c in node.children:
        c.end = min(c.end, cut)
    node.end = cut
    i = next(i for i, x in enumerate(parent) if x is node)
    parent[i + 1:i + 1] = sub


def _expand_titled_element_lines(parent: list[_Node], node: _Node, raw: bytes, depth: int) -> None:
    """``<div class="paper-date">2026.05</div>`` / ``<div class="paper-title">MedGuideX: …</div>`` /
    ``<div class="paper-links">`` / ``<a class="paper-link-button" href="https://arxiv.org/abs/…">PDF</a>`` /
    ``</div>`` / ``**Owner**, Co-author``: a publication page's record written as box elements, one a line, with a
    title element among them (the AcadHomepage boxes' newer form, after the blank line under their
    ``markdown="1"`` tag). CommonMark reads the lines as one raw HTML block and the record is lost; kramdown shows
    each element's text as a block. The block is parsed again as Markdown in its place, at its own byte offsets:
    each one-element line as its text on a line of its own (the title's in bold, as the older boxes write
    ``**Title**``), the tag-only lines blank, so the title, its links and its byline are paragraphs as in those
    boxes. Blocks with no title element, and tables and lists (``_html_rows`` reads them), stay HTML."""
    block = raw[node.start:node.end].decode("utf-8", "replace")
    if not any(_TITLE_ATTRIBUTE.search(m.group(2) or "") and m.group(3).strip() for m in _TEXT_ELEMENT_LINE.finditer(block)) \
            or _HTML_STRUCTURE_TAG.search(block):
        return
    body = _box_lines_as_markdown(block)
    if len(body.encode("utf-8")) != node.end - node.start:
        return  # (a replacement character from a broken byte: offsets would drift)
    i = next(i for i, x in enumerate(parent) if x is node)
    parent[i:i + 1] = _reparsed_at(body, node.start, depth)


def _box_lines_as_markdown(html: str) -> str:
    """A box's lines as kramdown shows them, at the same byte length: each one-element text line as its text
    (``_element_text``), each line of tags alone blank."""
    return _TAG_ONLY_LINE.sub(_blank, _TEXT_ELEMENT_LINE.sub(_element_text, html))


def _reparsed_at(body: str, offset: int, depth: int) -> list[_Node]:
    """``body``, a stretch of the file rewritten at the same byte length, parsed as Markdown: its blocks, their
    offsets moved to where the stretch starts in the file (``offset``)."""
    sub = build_tree(body, depth).children if body.strip() else []
    stack = list(sub)
    while stack:
        n = stack.pop()
        n.start, n.end = n.start + offset, n.end + offset
        stack.extend(n.children)
    return sub


#: a line of an HTML block that is one record: its text holds a link (``<a href>``) and the line ends with an HTML
#: line break (``<br>``, ``<br/>``, ``<br />``), as a page written in HTML lists its links one a line
_HTML_A_HREF = re.compile(r"(?i)<a\s[^<>]*\bhref\s*=")
_HTML_BR_AT_END = re.compile(r"(?i)<br[\s/]*>[ \t]*$")
#: an HTML block the line reading leaves alone: tables and lists (``_html_rows`` reads their rows and items), folds
#: (``regroup`` reads them), preformatted text and scripts
_HTML_STRUCTURE_TAG = re.compile(r"(?i)<(?:table|tr|td|ul|ol|li|dl|details|summary|pre|code|script|style|textarea)\b")
#: a line that is one HTML heading element, ``<h3>Title</h3>`` (attributes allowed, closing tag optional)
_HTML_HEADING_LINE = re.compile(r"(?i)^[ \t]*<h([1-6])(?:\s[^<>]*)?>(.*)$")
_HTML_HEADING_CLOSE = re.compile(r"(?i)</h[1-6]\s*>$")
#: the block-level tags a line opens or closes with (``<p>``, ``</div>``, ``<center>``): no text of the line; left
#: at a line's start, CommonMark would read the line as the start of another HTML block
_LEADING_BLOCK_TAGS = re.compile(r"(?i)^(?:[ \t]*</?(?:p|div|center|section|article|span|font|blockquote)(?:\s[^<>]*)?>)+")
#: a line that opens with a titled link (``<a href='…'>A reference map of …</a> その…``): anchor text, not an image
_HTML_LINK_LINE = re.compile(r"""(?i)^[ \t]*<a(\s[^<>]*)>[ \t]*[^<\s]""")
#: a link or an image inside a heading element: a banner's heading, not a section's name
_HTML_LINK_OR_IMAGE = re.compile(r"(?i)<(?:a|img)\s")
#: a paragraph or box element: the links inside it are a unit of their own (a banner's byline), no line records
_HTML_BOX_TAG = re.compile(r"(?i)<(?:p|div|center|section|article|blockquote)[\s>]")
#: a paragraph or box element's opening or closing tag: the bounds of one box's text (``_bold_titled_boxes``)
_HTML_BOX_SPLIT = re.compile(r"(?i)</?(?:p|div|center|section|article|blockquote)(?:\s[^<>]*)?>")
#: a box's text opening with a bold title (perhaps a link's text) that a line break ends: ``<b>Title</b><br>``,
#: ``<strong>Title</strong> <br/>``, ``<a href="…"><b>Title</b></a><br>`` (the title text alone, no tags inside)
_BOLD_TITLE_BREAK = re.compile(
    r"(?i)\s*(<a\s[^<>]*>\s*)?<(b|strong)(?:\s[^<>]*)?>(?=[^<>]*\w)([^<>]{1,600})</\2\s*>\s*(?:</a>\s*)?<br[\s/]*>")
#: the same title set alone in an inline element on its own line, the box stacking its lines as a column of spans
#: (``<span><b>Title</b></span>`` / ``<span>Authors</span>`` / ``<span><a href=…>DOI: 10.…</a></span>``): the
#: element's end and the line's end break the title off as ``<br>`` does
_SPAN_BOLD_TITLE_LINE = re.compile(
    r"(?i)\s*<span(?:\s[^<>]*)?>\s*(<a\s[^<>]*>\s*)?<(b|strong)(?:\s[^<>]*)?>(?=[^<>]*\w)([^<>\n]{1,600})</\2\s*>"
    r"\s*(?:</a>\s*)?</span\s*>[ \t]*\n")
#: a span opening a line of a box; its close ending the line (``<span>Ling Luo, …</span>``)
_SPAN_OPEN = re.compile(r"(?i)<span[\s>]")
_SPAN_CLOSE_AT_END = re.compile(r"(?i)</span\s*>[ \t]*$")
_SPAN_LINE_OPEN = re.compile(r"(?i)[ \t]*<span[\s>]")
#: a link's text that is its own address or the identifier it resolves (``DOI: 10.1093/…``, ``arXiv:2312.17617``,
#: ``https://arxiv.org/pdf/2312.17617.pdf``): a record's link labelled by what it points to, as ``[paper]`` labels it
_ADDRESS_LABEL = re.compile(r"(?i)^(?:(?:doi|arxiv|pmid|pmcid)\s*:?\s*\S+|10\.\d{4,9}/\S+|https?://\S+)$")
#: the fewest words of a bold title over links labelled only by one word or a badge (``Contributors`` over
#: avatars, ``Star History`` over its chart, ``Last update`` over a changelog link are a README's furniture)
_MIN_TITLE_WORDS_WEAK_LABEL = 3
#: an ``<a>`` start tag; the most text read for its link text; a line break; any tag
_HTML_A_TAG = re.compile(r"(?i)<a\s[^<>]*>")
_LINK_TEXT_WINDOW = 400
_HTML_BR_OR_NEWLINE = re.compile(r"(?i)<br[\s/]*>|\n")
_HTML_ANY_TAG = re.compile(r"<[^<>]*>")
#: a centred element (``<p align="center">``, ``<center>``, ``style="text-align: center"``): a README's banner
_HTML_CENTRED = re.compile(r"""(?i)\balign\s*=\s*["']?center|<center\b|text-align\s*:\s*center""")
#: a line ending with a closing paragraph or box tag (``…[code]</a></p>``): the box's record ends there
_BOX_CLOSE_AT_END = re.compile(r"(?i)</(?:p|div|center|section|article|blockquote)\s*>[ \t]*$")


def _line_record(line: str) -> bool:
    """A line of an HTML block holding a link and ending with an HTML line break (two tests, not one pattern with
    a ``.*`` between: that one rescans the rest of a long line from every ``<a`` in it)."""
    return _HTML_BR_AT_END.search(line) is not None and _HTML_A_HREF.search(line) is not None


def _headed_link_lines(lines: list[str]) -> bool:
    """``<h3>物体検出</h3>`` / ``<a href='https://arxiv.org/abs/…'>YOLOv4: …</a> (2020) YOLOv4の報告。``: a block of an
    HTML page's text-only headings over lines opening with a titled link (no ``<br>``: GitHub flows them into
    one line, yet each is a record of the writer's). Not a banner: a heading holding a link or an image
    (``<h2 align="center"><a href=…>A Survey …</a></h2>``), or links inside a paragraph or box element (a
    centred ``<p>`` of the authors' names under the title), keep the block as it is."""
    if _HTML_BOX_TAG.search("".join(lines)):
        return False
    headed = linked = False
    for line in lines:
        if _HTML_HEADING_LINE.match(line):
            if _HTML_LINK_OR_IMAGE.search(line):
                return False
            headed = True
        elif (link := _HTML_LINK_LINE.match(line)) is not None and "href" in link.group(1).lower():
            linked = True
    return headed and linked


def _bold_titled_boxes(block: str) -> bool:
    """``<p><b>Title</b><br>`` / ``<a href="https://arxiv…">[paper]</a>`` / ``<a href="https://github…">[code]</a></p>``,
    the publication page's ``<div>`` / ``<strong>Title</strong> <br/>`` / authors ``<br/>`` / venue ``<br/>`` /
    ``<a>[Paper]</a> <a>[Code]</a>`` / ``</div>``, the centred ``<p align="center"><a href=…><b>Title</b></a><br>``
    / ``<a href=…>code</a></p>``: a block of paragraph or box elements, each one work's record, its title in bold
    (or a bold link) and broken off by a line break from its links. Every box holding a link opens so
    (``_BOLD_TITLE_BREAK``), and one does at least: a banner's box of badges or logos, an intro's prose with a
    link, a byline of linked names (``<b>Name</b><sup>1</sup>, <a>…</a>``) keep the block as it is. Whether a record
    is a paper is for the paragraph rules to say, as for the Markdown the box renders like."""
    low = block.lower()
    if "<strong" not in low and "<b>" not in low and "<b " not in low:
        return False
    found, badges = False, _HTML_CENTRED.search(block) is None
    for text in _HTML_BOX_SPLIT.split(block):
        if _HTML_A_HREF.search(text) is None:
            continue
        title = _BOLD_TITLE_BREAK.match(text) or _SPAN_BOLD_TITLE_LINE.match(text)
        label = _labelled_link(text, title.end(), badges) if title is not None else 0
        if label < 2 and not (label and len(title.group(3).split()) >= _MIN_TITLE_WORDS_WEAK_LABEL):
            return False
        found = True
    return found


#: a year in a reference's text ("2021 Sep 1", "(November 2002)"); the fewest words of a linked title in one
_REFERENCE_YEAR = re.compile(r"(?<![\w/.-])(?:19|20)\d\d(?![\w/-])")
_MIN_REFERENCE_TITLE_WORDS = 4
#: the fewest boxes of a block that read as references for the block to be read as their paragraphs
_MIN_REFERENCE_BOXES = 2
#: the most links of one box looked at for its reference's title (a reference box links its work first or second)
_MAX_REFERENCE_BOX_ANCHORS = 4


def _reference_boxes(block: str) -> bool:
    """``<div class="white_box">`` / ``Alexander TA, Irizarry RA, Bravo HC. <a`` / ``href="https://doi.org/…">Capturing
    discrete latent`` / ``structures: choose LDs over PCs.</a> Biostatistics. 2021 Sep 1. doi: …`` / ``</div>``: a
    site page's publications, each box one reference hard-wrapped over its lines, the work's title the text of its
    link (the anchor's tag broken over lines too) among the authors, the venue and the year. No bold title, no line
    break: the other box readings pass it by, and CommonMark reads the page as one raw HTML block, so no work was a
    record. Read as the paragraphs kramdown renders when two boxes or more hold such a reference: a link of four
    words or more, with a year in the box's text outside it. A centred block is a banner (its linked title over the
    authors' names), and boxes of one-word links (a page's menu) are no references."""
    if _HTML_CENTRED.search(block):
        return False
    found = 0
    for text in _HTML_BOX_SPLIT.split(block):
        low = text.lower()
        anchors = 0
        for m in _HTML_A_TAG.finditer(text):
            if "href" not in m.group().lower():
                continue
            close = low.find("</a", m.end())
            if close < 0:
                break
            if len(_HTML_ANY_TAG.sub(" ", text[m.end():close]).split()) >= _MIN_REFERENCE_TITLE_WORDS \
                    and _REFERENCE_YEAR.search(_HTML_ANY_TAG.sub(" ", text[:m.start()] + " " + text[close:])):
                found += 1
                break
            anchors += 1
            if anchors >= _MAX_REFERENCE_BOX_ANCHORS:
                break  # (a box of many links is a menu or a grid, no reference; and each look reads the whole box)
        if found >= _MIN_REFERENCE_BOXES:
            return True
    return False


def _labelled_link(text: str, at: int, badges: bool) -> int:
    """How surely a box's text after its title (from ``at``) holds a link labelled as a record's links are: 2 for a
    bracketed label (``[paper]``, ``[Code]``), 1 for one word (``code``, ``arXiv``) or, with ``badges``, an image
    (an arXiv badge), with at most a short label before it on its line (``Paper:``, ``|``); else 0. A link in a
    sentence (``Read our survey <a>here</a>.``) or a linked name (``<a>Alice Example</a>``) is none; nor, in a
    centred block, a badge: a README's centred banner sets the list's name in bold over its badges."""
    prev, best = at, 0
    for m in _HTML_A_TAG.finditer(text, at):
        if "href" not in m.group().lower():
            continue
        window = text[m.end():m.end() + _LINK_TEXT_WINDOW]
        close = window.lower().find("</a")
        inner = window[:close] if close >= 0 else window
        before = _HTML_BR_OR_NEWLINE.split(text[prev:m.start()])[-1]
        prev = m.end() + (close if close >= 0 else 0)
        if len(_HTML_ANY_TAG.sub(" ", before).split()) > 2:
            continue
        words = _HTML_ANY_TAG.sub(" ", inner).split()
        if words and words[0].startswith("[") and words[-1].endswith("]") \
                or _ADDRESS_LABEL.match(" ".join(words)) is not None:
            return 2
        if badges and "<img" in inner.lower() or len(words) == 1:
            best = 1
    return best


def _expand_html_line_records(parent: list[_Node], node: _Node, raw: bytes, depth: int, top: bool = False) -> None:
    """``<h3>主要な国際学会</h3>`` / ``<a href='https://icml.cc/'>ICML</a>: 機械学習、6月中旬<br>`` / …: a README
    written in HTML, its links one a line with ``<br>`` line breaks and its sections as HTML headings. With no
    blank line between them CommonMark reads the whole run as one HTML block, so no line would be an entry and
    no heading a topic. When two lines or more of a block are such line records (and the block holds no table,
    list or fold, which are read as such), the block is read as the Markdown it renders like: each heading
    element becomes a Markdown heading, each line a paragraph line (its inline tags kept: ``<a href>`` is a
    link to the inline reader), lines of tags only are blank, at their own byte offsets."""
    block = raw[node.start:node.end].decode("utf-8", "replace")
    if _HTML_STRUCTURE_TAG.search(block):
        return
    lines = block.split("\n")
    boxes = False
    if sum(1 for line in lines if _line_record(line)) < 2 and not _headed_link_lines(lines):
        if not top or not (_bold_titled_boxes(block) or _reference_boxes(block)):
            return
        boxes = True  # (a top-level block: an item's own HTML is read with its item)
    pieces: list[str] = []
    segments: list[tuple[int, int]] = []
    at, offset = 0, node.start  # bytes into the Markdown written, bytes into the file

    def put(text: str, file_offset: int) -> None:
        nonlocal at
        segments.append((at, file_offset))
        pieces.append(text)
        at += len(text.encode("utf-8"))

    for k, line in enumerate(lines):
        size = len(line.encode("utf-8")) + 1
        heading = _HTML_HEADING_LINE.match(line)
        if heading is not None:
            content = heading.group(2).rstrip()
            if (close := _HTML_HEADING_CLOSE.search(content)) is not None:
                content = content[:close.start()]
            put("#" * int(heading.group(1)) + " ", offset)
            put(content + "\n", offset + len(line[:heading.start(2)].encode("utf-8")))
        else:
            lead = _LEADING_BLOCK_TAGS.match(line)
            cut = lead.end() if lead else 0
            if boxes:  # "<div>" / "    <strong>Title</strong><br/>": an indented line is no code block in a box
                cut += len(line[cut:]) - len(line[cut:].lstrip(" \t"))
            rest = line[cut:]
            if "<" in rest and not (boxes and _HTML_A_HREF.search(rest)):  # (a box's badge: a link, kept)
                rest = _TAG_ONLY_LINE.sub("", rest)
            if boxes and lead is not None and _SPAN_OPEN.search(lead.group()) and rest.strip() \
                    and k + 1 < len(lines) and _SPAN_LINE_OPEN.match(lines[k + 1]):
                # "  <span>Ling Luo, …</span>" / "  <span>Venue</span>": a box stacking its lines as a column of
                # spans ends each line there, as "<br>" does; the next span's text is a line of its own, not the
                # tail of this one (the last span's line ends the box's paragraph: no break after it)
                rest = _SPAN_CLOSE_AT_END.sub("<br>", rest)
            put((rest if rest.strip() else "") + "\n", offset + len(line[:cut].encode("utf-8")))
            if boxes and _BOX_CLOSE_AT_END.search(rest):
                put("\n", offset + size - 1)  # "…[code]</a></p>" / "<p><b>Title</b><br>": the box ends its paragraph
        offset += size
    _replace_by_parse(parent, node, "".join(pieces), 0, segments, depth)


#: one anchor of a badge group, its label on lines of its own or not: '<a href="https://…" class="badge">' /
#: '    📄 Paper' / '</a>' (a label holding tags of its own, an icon's "<i class=…></i>", is no badge here)
_BADGE_ANCHOR = re.compile(r"""(?is)<a\s[^<>]*?\bhref\s*=\s*["']([^"'<>\s]+)["'][^<>]*>([^<>]{0,60}?)</a\s*>""")
#: the tags a badge group's box is built of (its anchors taken out): "<div class=…>", "</div>", "<p>", "<span>"
_BADGE_BOX_TAG = re.compile(r"(?i)</?(?:div|p|span|nav|section)(?:\s[^<>]*)?>")
#: the most words a badge's label holds ("📄 Paper", "Code", "Project Page", "Supplementary Material")
_BADGE_LABEL_WORDS = 3


def _expand_badge_anchor_group(parent: list[_Node], node: _Node, raw: bytes, depth: int) -> None:
    """``<div class="badge-group">`` / ``<a href="https://link.springer.com/…" class="badge paper-badge">`` /
    ``📄 Paper`` / ``</a>`` / ``<a href="https://github.com/…" class="badge code-badge">`` / ``💻 Code`` / ``</a>`` /
    ``</div>``: a publication page's row of badges under a work's line, each an anchor whose short label sits on
    lines of its own, in a box with nothing else in it. Why: CommonMark reads the box as one HTML block, with no
    line record in it (``_expand_html_line_records`` wants a link and its text on one line), so the work's paper
    and code links were lost to the line above them. The block is read as the Markdown line of links it renders
    like ("[📄 Paper](…) [💻 Code](…)"), a paragraph the work's record takes as its links. Only a block of two
    anchors or more, every one labelled by three words or fewer, and no text or tag but the box's own."""
    block = raw[node.start:node.end].decode("utf-8", "replace")
    if "<a" not in block and "<A" not in block or _HTML_STRUCTURE_TAG.search(block):
        return
    links: list[str] = []
    rest = []
    at = 0
    for m in _BADGE_ANCHOR.finditer(block):
        label = " ".join(_HTML_ANY_TAG.sub(" ", m.group(2)).split())
        if not label or len(label.split()) > _BADGE_LABEL_WORDS or "[" in label or "]" in label:
            return
        links.append(f"[{label}]({m.group(1)})")
        rest.append(block[at:m.start()])
        at = m.end()
    rest.append(block[at:])
    if len(links) < 2 or _BADGE_BOX_TAG.sub("", "".join(rest)).strip():
        return
    if not any(x is node for x in parent):
        return  # (read already by an earlier pass, its blocks in its place; asked last, of a badge box only: a scan
        # of the parent for every HTML block of a page of 60,000 cards was quadratic, 65 s)
    _replace_by_parse(parent, node, " ".join(links) + "\n", 0, [(0, node.start)], depth)


#: a block that opens a fold and ends its summary on a line (``<details>`` / ``<summary>Title (2024)</summary>``)
_FOLD_SUMMARY_HEAD = re.compile(r"\s*<details\b[^>]*>\s*<summary\b[^>]*>[^\n]*?</summary>[ \t]*\n", re.I)
#: a Markdown list item's marker opening a line (``- Title. [[paper]](…)``, ``1. Title``)
_MARKDOWN_ITEM_LINE = re.compile(r"[ \t]{0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+\S")
#: a fold's body that is Markdown text holding a Markdown link and no other HTML, up to the fold's close
#: (``Self-configuring pipeline. [paper](https://doi…) [code](https://github…)`` / ``</details>``)
_MARKDOWN_LINKED_BODY = re.compile(r"(?=[^<]*\]\([^)\s]+\))[^<]*(?:</details>\s*)?\Z", re.I)


def _expand_summary_markdown(parent: list[_Node], node: _Node, raw: bytes, depth: int) -> None:
    """``<details>`` / ``<summary>Developing Generalist … (2024)</summary>`` / ``- Developing Generalist … .
    [[paper]](https://arxiv…)`` / ``  - Authors.`` / … / ``</details>``: a paper digest folded under its summary,
    written with no blank line after the summary line. CommonMark ends an HTML block only at a blank line, so the
    fold's whole Markdown body (the item citing the work, its authors, its links) is raw HTML text every rule
    skips, where the same fold with the blank line is a summary, a list and a close (``regroup.summary_records``).
    When the line right after the summary opens a list item, or the body is Markdown text with a Markdown link
    (``<details><summary>nnU-Net: … (Nature Methods 2021)</summary>`` / ``Self-configuring … [paper](https://doi…)
    [code](…)`` / ``</details>``: the work's links, else lost), the block is parsed again as if that blank line were
    there, the body at its own byte offsets. A fold whose body is HTML or link-less text stays as it is."""
    block = raw[node.start:node.end].decode("utf-8", "replace")
    head = _FOLD_SUMMARY_HEAD.match(block)
    if head is None or not any(x is node for x in parent) \
            or (_MARKDOWN_ITEM_LINE.match(block, head.end()) is None
                and _MARKDOWN_LINKED_BODY.match(block, head.end()) is None):
        return
    cut = len(block[:head.end()].encode("utf-8"))
    body = block[:head.end()] + "\n" + block[head.end():]
    _replace_by_parse(parent, node, body, 0, [(0, node.start), (cut + 1, node.start + cut)], depth)


#: the glyph a back-reference link is drawn as (``[↩](#backref1)``, Pandoc's ``↩︎``, ``[↑](#cite-3)``, ``⤴``)
_BACKLINK_GLYPHS = frozenset(("\u21a9", "\u21a9\ufe0e", "\u21a9\ufe0f", "\u2191", "\u2934"))


#: a callout's marker opening the first line of a quote, with its fold sign: GitHub's five alerts ("[!NOTE]") and
#: Obsidian's open set of kinds ("[!abstract]-", "[!cite]", "[!paper]+", "[!example]"); ASCII only (its length in
#: characters is its length in bytes)
_CALLOUT_MARKER = re.compile(r"\[![A-Za-z][A-Za-z0-9_-]{0,30}\][+-]?[ \t]*")


def _callout_markers_apart(root: _Node) -> None:
    """A callout's marker line (``> [!abstract]- Summary``, ``> [!cite] Reference``, ``> [!paper] 论文出处``) set
    apart from the quote's text under it: the marker is dropped, and its title too where lines of their own text
    follow and it is short (it labels the box: "Reference", "Paper Review"); over lines of links only, alone, or
    four words or more long, the title is kept, the work's name.

    Why: the quote's lines are one paragraph, so the marker line opened the first entry's text and was read as the
    work's title ("[!abstract]- Collapsed" for "**Contrastive Pretraining …** — [arXiv](…)"); the callout's title
    is a label of the box (what kind of note it holds), the work is named in the lines under it, as in a quote
    without the marker. Only a quote whose first line opens with the marker; its other lines are kept as written."""
    stack = [root]
    while stack:
        node = stack.pop()
        kids = node.children
        if node.kind == "BlockQuote" and kids and kids[0].kind == "Paragraph" and kids[0].children:
            para = kids[0]
            # (pulldown-cmark gives "[", "!cite", "]", " Reference" as text events of their own: the line's
            # leading run of text is read as one)
            lead = 0
            while lead < len(para.children) and lead < 8 and para.children[lead].kind == "text":
                lead += 1
            opening = "".join(c.text for c in para.children[:lead])
            m = _CALLOUT_MARKER.match(opening) if opening.startswith("[!") else None
            if m is not None:
                cut = next((i for i, c in enumerate(para.children) if c.kind in ("SoftBreak", "HardBreak")),
                           len(para.children))
                head = para.children[:cut]
                rest = para.children[cut + 1:]
                label = opening[m.end():]
                end = para.children[lead - 1].end
                head = ([_Node("text", end - len(label.encode("utf-8")), end, None, label)] if label.strip() else []) \
                    + head[lead:]
                # (the title is kept where the lines under it give only links, "[arXiv](…) · [code](…)": there
                # it names the work, "> [!paper] Title"; over lines of their own text it labels the box)
                worded = any(c.kind == "text" and any(ch.isalnum() for ch in c.text)
                             or c.kind in ("Strong", "Emphasis", "Code") for c in rest)
                keep = head if any(c.kind != "text" or c.text.strip() for c in head) else []
                if worded and sum(1 for w in label.split() if any(ch.isalnum() for ch in w)) < 4:
                    keep = []  # (a short title over a line of text labels the box: "Reference", "Paper Review")
                children = keep + para.children[cut:cut + 1] + rest if keep and rest else keep or rest
                if children:
                    para.children = children
                    para.start = children[0].start
                else:
                    del kids[0]
        stack.extend(c for c in kids if c.children)


def _drop_backlinks(root: _Node) -> None:
    """Drop each back-reference link (``[↩](#backref1)``): a note or reference that the prose cites by number
    ends with an arrow back to where it is cited. It points into the page, names no work, and the line break
    before it (``…;1(3):335–52.  `` / ``    [↩](#backref2)``) puts a link-only line under a link-less reference,
    which reads as that reference's own link; without it the reference is read as written."""
    stack = [root]
    while stack:
        node = stack.pop()
        kids = node.children
        if node.kind == "Paragraph" and any(_is_backlink(c) for c in kids):
            out = [c for c in kids if not _is_backlink(c)]
            while out and (out[-1].kind in ("HardBreak", "SoftBreak")
                           or (out[-1].kind == "text" and not out[-1].text.strip())):
                out.pop()  # the break (or blank text) that set the arrow on a line of its own
            node.children = kids = out
        stack.extend(c for c in kids if c.children)


def _is_backlink(node: _Node) -> bool:
    """A link into the page (``#backref1``, ``#fnref3``) whose only text is a back-arrow glyph."""
    if node.kind != "Link" or not isinstance(node.attrs, dict):
        return False
    if not str(node.attrs.get("dest_url", "")).startswith("#"):
        return False
    text = "".join(c.text for c in node.children if c.kind == "text").strip()
    return text in _BACKLINK_GLYPHS


#: an empty-bodied named anchor opening a reference paragraph (``<a id="ref1">``, ``<a name="r12">``)
_NAMED_ANCHOR = re.compile(r"""(?i)<a\s+(?:id|name)\s*=\s*["']?[\w.:-]{1,40}["']?\s*>""")
#: the same anchor's opening in the raw bytes: whether a page has any, before its tree is walked for them
_NAMED_ANCHOR_BYTES = re.compile(rb"(?i)<a\s+(?:id|name)\s*=")
#: the number an anchored reference is labelled by (inside the anchor or right after it) and the colon or point
#: closing it (``1</a>: Frigg R, …``, ``</a>[12] Peschard I. …``, ``</a>3. Brauer F …``)
_ANCHOR_LABEL = re.compile(r"[ \t]*(?:\[\d{1,3}\]|\d{1,3}(?=[.:)\s]|$))?[ \t]*[.:)]?[ \t]*")


def _anchored_reference(node: _Node) -> list[_Node] | None:
    """The inlines of a paragraph written as ``<a id="ref1">1</a>: Frigg R, Hartmann S. Models in Science. …``
    after its anchor and number label, or None for any other paragraph."""
    kids = node.children
    if node.kind != "Paragraph" or len(kids) < 3 or kids[0].kind != "ihtml" \
            or not _NAMED_ANCHOR.fullmatch(kids[0].text.strip()):
        return None
    i = 1
    label = ""
    while i < len(kids) and kids[i].kind == "text" and len(label) < 8:
        label += kids[i].text
        i += 1
    if i >= len(kids) or kids[i].kind != "ihtml" or kids[i].text.strip().lower() != "</a>" \
            or _ANCHOR_LABEL.fullmatch(label) is None:
        return None
    rest = kids[i + 1:]
    if not rest or rest[0].kind != "text":
        return None
    first = rest[0]
    cut = _ANCHOR_LABEL.match(first.text).end() if not label.strip() else \
        len(first.text) - len(first.text.lstrip(" \t.:)"))
    if not first.text[cut:].strip():
        return None
    trimmed = _Node("text", first.start + len(first.text[:cut].encode("utf-8")), first.end, first.attrs,
                    first.text[cut:])
    return [trimmed] + rest[1:]


def _anchored_references_as_lists(root: _Node) -> None:
    """Read each run of anchored reference paragraphs as a run of footnote definitions. A page's "Referencias"
    section writes each work as a paragraph opened by a named anchor and its number (``<a id="ref1">1</a>: Frigg
    R, Hartmann S. Models in Science. …``), which the prose cites by number (``<sup>[1](#ref1)</sup>``): a
    footnote written by hand, read as ``_footnotes_as_lists`` reads GFM ones, one note per work, the anchor and
    the number no part of its text. Two such paragraphs in a row at least: one anchored paragraph is prose."""
    stack = [root]
    while stack:
        node = stack.pop()
        kids = node.children
        if sum(1 for c in kids if c.kind == "Paragraph") >= 2 \
                and any(c.kind == "Paragraph" and c.children and c.children[0].kind == "ihtml" for c in kids):
            read = [_anchored_reference(c) for c in kids]
            notes: list[list[_Node] | None] = []
            for j, (c, inl) in enumerate(zip(kids, read)):
                if inl is not None and ((j > 0 and read[j - 1] is not None)
                                        or (j + 1 < len(kids) and read[j + 1] is not None)):
                    para = _Node("Paragraph", c.start, c.end)
                    para.children = inl
                    notes.append([para])
                else:
                    notes.append(None)
            node.children = kids = _note_runs_as_lists(kids, notes)
        stack.extend(c for c in kids if c.children)


def _note_runs_as_lists(kids: list[_Node], notes: list[list[_Node] | None]) -> list[_Node]:
    """``kids`` with each run of notes (``notes[j]``: the children of kid j's note item, None for a kid that is no
    note) made one bullet list, an item per note."""
    out: list[_Node] = []
    run: _Node | None = None  # the list the notes just before belong to
    for c, note in zip(kids, notes):
        if note is not None:
            item = _Node("Item", c.start, c.end, {NOTE_MARK: True})
            item.children = note
            if run is None:
                run = _Node("List", c.start, c.end)  # (an unordered list's attributes: None)
                out.append(run)
            run.children.append(item)
            run.end = c.end
        else:
            run = None
            out.append(c)
    return out


def _footnotes_as_lists(root: _Node) -> None:
    """Read each run of footnote definitions as a bullet list, one item per note. A blog post or a page's
    ``#### References`` writes its works as GFM footnotes (``[^ref1]: [Litjens, G., et al. "A survey on deep
    learning …" Medical image analysis 42 (2017)](arxiv…)``), one definition a line: each note cites one work,
    as each item of a reference list does, so the rest of the parse reads them as such (a footnote's marker,
    ``[^ref1]``, is no text of the title; its references in the prose, ``FootnoteReference``, are dropped).
    A note that is only an address (``[^1]: https://doi.org/…``, ``[^2]: [arXiv](…)``) cites nothing itself: it is
    the link of the text that points to it (``_address_notes_as_links``)."""
    _address_notes_as_links(root)
    stack = [root]
    while stack:
        node = stack.pop()
        kids = node.children
        if any(c.kind == "FootnoteDefinition" for c in kids):
            node.children = kids = _note_runs_as_lists(
                kids, [c.children if c.kind == "FootnoteDefinition" else None for c in kids])
        stack.extend(c for c in kids if c.children)


def _note_address(definition: _Node) -> _Node | None:
    """The link a footnote definition is made of, when it holds nothing else (``[^1]: https://doi.org/…``,
    ``[^1]: <https://…>``, ``[^1]: [arXiv](https://…)``) → a Link node; else None."""
    if len(definition.children) != 1 or definition.children[0].kind != "Paragraph":
        return None
    parts = [c for c in definition.children[0].children if not (c.kind == "text" and not c.text.strip())]
    if len(parts) != 1:
        return None
    part = parts[0]
    if part.kind == "Link" and isinstance(part.attrs, dict) and str(part.attrs.get("dest_url", "")).startswith("http"):
        # its text the address or a label ("arXiv", "PDF", "full text"); a linked reference ("[Ronneberger, Olaf,
        # et al. \"U-Net: …\" MICCAI (2015)](arxiv…)") cites a work and stays a note
        text = " ".join(c.text for c in part.children if c.kind == "text").strip()
        return part if text == part.attrs["dest_url"] or len(text.split()) <= 2 else None
    address = part.text.strip() if part.kind == "text" else ""
    if address.startswith(("http://", "https://")) and not any(ch.isspace() for ch in address):
        link = _Node("Link", part.start, part.end, {"link_type": "Autolink", "dest_url": address, "title": "", "id": ""})
        link.children.append(_Node("text", part.start, part.end, None, address))
        return link
    return None


def _address_notes_as_links(root: _Node) -> None:
    """``- nnU-Net: a self-configuring method …[^1]`` / ``[^1]: https://doi.org/10.1038/s41592-020-01008-z``: a
    footnote that is only an address is the link of each text that points to it, read where the pointer is (the
    item's own link); the definition, then, is no note of its own (read as one it was a paper with no title, and the
    item a work with no link). Notes that say more than an address, or that nothing points to, stay notes."""
    addresses: dict[str, _Node] = {}
    stack = [root]
    while stack:
        node = stack.pop()
        for c in node.children:
            if c.kind == "FootnoteDefinition" and isinstance(c.attrs, str) \
                    and (link := _note_address(c)) is not None:
                addresses[c.attrs] = link
            elif c.children:
                stack.append(c)
    if not addresses:
        return
    used: set[str] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        kids = node.children
        for i, c in enumerate(kids):
            if c.kind == "fnref" and (link := addresses.get(c.text)) is not None:
                pointer = _Node("Link", c.start, c.end, link.attrs)
                pointer.children = [_Node(t.kind, c.start, c.end, t.attrs, t.text) for t in link.children]
                kids[i] = pointer
                used.add(c.text)
            elif c.children and c.kind != "FootnoteDefinition":
                stack.append(c)
    if used:
        stack = [root]
        while stack:
            node = stack.pop()
            if any(c.kind == "FootnoteDefinition" and c.attrs in used for c in node.children):
                node.children = [c for c in node.children if not (c.kind == "FootnoteDefinition" and c.attrs in used)]
            stack.extend(c for c in node.children if c.children)


#: MyST / Sphinx (sphinx-design, sphinx-panels, Jupyter Book) directives whose body is Markdown: a course
#: page writes "````{panels}" / "Papers" / "^^^" / "Author (2019). [Title](…) *Venue*." and every reading
#: sits inside the fence. Code-like ones ("{code-cell}", "{eval-rst}", "{math}", R Markdown's "{r}") stay code.
_MARKDOWN_DIRECTIVES = frozenset((
    "admonition", "attention", "caution", "danger", "error", "hint", "important", "note", "seealso", "tip",
    "warning", "todo", "versionadded", "versionchanged", "deprecated", "panels", "tabbed", "tab-set", "tab-item",
    "tabs", "tab", "dropdown", "card", "card-carousel", "grid", "grid-item", "grid-item-card", "margin", "sidebar",
    "topic", "epigraph", "pull-quote", "highlights", "container", "div", "list-table", "details", "callout",
))
#: directive fences inside directive fences read as Markdown, at most (deeper ones stay code blocks): each level
#: parses its body again, and a hostile file of a thousand nested fences must not recurse a thousand times
MAX_DIRECTIVE_DEPTH = 8
_PANEL_SEPARATOR = re.compile(r"^[ \t]*(?:-{3,}|\^{3,}|\+{3,})[ \t]*$", re.M)
_DIRECTIVE_OPTION = re.compile(r"[ \t]*:[\w-]+:(?:[ \t][^\n]*)?\n")


def _markdown_directive(info: Any) -> bool:
    """``{panels}`` / ``{note} Title`` / ``{tab-item} Papers``: a fence opening a Markdown-bodied directive."""
    if not isinstance(info, str) or not info.startswith("{"):
        return False
    name, _, _ = info[1:].partition("}")
    return name.strip().lower() in _MARKDOWN_DIRECTIVES


def _code_text(node: _Node) -> tuple[str, list[tuple[int, int]]]:
    """A code block's text (one text event per run of lines) and, per run, (offset in the joined text,
    offset in the file)."""
    segments: list[tuple[int, int]] = []
    parts: list[str] = []
    at = 0
    for c in node.children:
        if c.kind != "text":
            continue
        segments.append((at, c.start))
        parts.append(c.text)
        at += len(c.text.encode("utf-8"))
    return "".join(parts), segments


#: a line of Chinese prose: it opens with a Han character (code opens with a keyword, a name, a symbol or a prompt)
_HAN_LINE_START = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
#: Chinese sentence punctuation: prose has it, a line of output or a label does not need it
_HAN_SENTENCE_MARK = re.compile("[，。；：！？、]")


def _indented_prose_code(node: _Node) -> tuple[str, list[tuple[int, int]]] | None:
    """An indented code block that is Chinese prose — every line opens with a Han character, and the block writes
    sentence punctuation (，。；) — as (its text with each line's indent removed, the text runs' offsets as
    ``_code_text`` gives them, shifted past the indent); None for any other indented block.

    Why: a reader's notes indent each paragraph with tabs (首行缩进, "\t\t出自NIPS2018，论文lib：https://…。"), which
    CommonMark reads as an indented code block; the work's labelled links in it were skipped as code, and the
    section's heading lost its record. Code, even commented in Chinese ("    # 训练模型" / "    python train.py"),
    has lines that open otherwise, and stays code."""
    parts: list[str] = []
    segments: list[tuple[int, int]] = []
    at = 0
    marked = False
    for c in node.children:
        if c.kind != "text":
            continue
        lines = c.text.split("\n")
        if any(line.strip() and not _HAN_LINE_START.match(line.lstrip()) for line in lines):
            return None
        marked = marked or _HAN_SENTENCE_MARK.search(c.text) is not None
        cut = len(c.text) - len(c.text.lstrip(" \t"))  # (a run is one line and the blank lines after it)
        segments.append((at, c.start + cut))
        parts.append(c.text[cut:])
        at += len(c.text[cut:].encode("utf-8"))
    if not parts or not marked:
        return None
    return "".join(parts), segments


def _expand_directive(parent: list[_Node], node: _Node, depth: int) -> None:
    """Replace a Markdown-bodied directive fence by the blocks its body parses to, at their own byte offsets
    (one text event per run of body lines; each maps back to where it sits in the file, indented or not).
    Leading ``:class: note`` option lines are skipped; a nested directive fence is expanded by the inner parse."""
    joined, segments = _code_text(node)
    body = joined
    skip = 0
    while True:
        m = _DIRECTIVE_OPTION.match(body, skip)
        if not m:
            break
        skip = m.end()
    if skip:
        body = joined[skip:]
    base = len(joined[:skip].encode("utf-8"))
    # "---" between panels, "^^^" under a panel's header, "+++" above its footer: syntax of the directive, not
    # a setext underline that would turn the line above into a heading; blanked in place (offsets unchanged)
    body = _PANEL_SEPARATOR.sub(lambda m: " " * len(m.group(0)), body)
    if not body.strip():
        return
    _replace_by_parse(parent, node, body, base, segments, depth)


#: the marker line of a Python-Markdown block whose body is the Markdown indented under it: an admonition
#: (``!!! tip "Must-Read Papers"``), a collapsible one (``??? note``, ``???+ abstract "Papers"``) or a content
#: tab (``=== "🏗️ Foundation Papers"``, ``===! "2024"``); a type word or two, then an optional quoted title
_BLOCK_MARKER_LINE = re.compile(r'(?:(?:!!!|\?\?\?\+?)[ \t]+[\w-]+(?:[ \t]+[\w-]+)*(?:[ \t]+"[^"\n]*")?'
                                r'|===[+!]?[ \t]+"[^"\n]*")[ \t]*\r?\n?')


def _block_marker_paragraph(raw: bytes, node: _Node) -> bool:
    """A paragraph that is only the marker line of an MkDocs block (``_BLOCK_MARKER_LINE``): the indented code
    block right under it is that block's body, Markdown that the page renders as such (a code sample inside an
    admonition is fenced, or indented once more, and stays code when the body is read)."""
    head = raw[node.start:node.start + 3]
    if head not in (b"!!!", b"???", b"==="):
        return False
    line = raw[node.start:node.end]
    return b"\n" not in line.rstrip(b"\r\n") \
        and _BLOCK_MARKER_LINE.fullmatch(line.decode("utf-8", "replace")) is not None


#: a later block's opening fence line inside a code block's text: "```bibtex", "~~~python" (its info string says it opens)
_SWALLOWED_FENCE_OPENER = re.compile(r"^[ \t]{0,3}(?:`{3,}|~{3,})[ \t]*[A-Za-z{][^\n`]*$", re.M)
#: where Markdown resumes in a fence left open: a blank line, then an ATX heading ("# 🛡️ Safety …")
_RESUMED_HEADING = re.compile(r"\n[ \t]*\n(?=#{1,6}[ \t]+\S)")
#: what a list's own Markdown shows after that heading: a pipe table's delimiter row, or a Markdown link to a page
_LIST_MARKDOWN_LINE = re.compile(r"^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*\||\]\(https?://", re.M)


def _resume_after_open_fence(raw: bytes, parent: list[_Node], node: _Node, depth: int) -> None:
    """A fence never closed (" ```text " / a diagram / "↺", then " --- " / "# 🛡️ Safety, Reliability & Governance" /
    "| Year | Paper | Venue |" tables to the end of the file): CommonMark runs the code block to the end of the
    document and the list's last sections render as code; the writer forgot the closing fence. From the first
    ATX heading after a blank line, the block's text is read as the Markdown it is (mapped back to the file), when
    a table's delimiter row or a Markdown link follows that heading; the lines before it stay the code block. A shell
    session left open ("# install" / "pip install …") has neither, and stays code."""
    closing = raw[node.start:node.start + 3]
    if closing not in (b"```", b"~~~") or raw[node.start + 3:node.start + 4] == closing[:1]:
        return  # (a longer fence, "````markdown", holds three-mark fences and headings as its sample's text)
    if raw.find(b"\n#", node.start, node.end) < 0:
        return  # (the cheap test first: most code blocks hold no line opening on "#")
    body, segments = _code_text(node)
    # left open: it runs to the end of the file, its marker never written again, or it ends only at the closing line
    # of a later block whose opening line ("```bibtex") it swallowed (a fence with an info string closes nothing)
    if not (node.end >= len(raw.rstrip()) and raw.count(closing, node.start + 3) == 0
            or _SWALLOWED_FENCE_OPENER.search(body) is not None):
        return
    m = _RESUMED_HEADING.search(body)
    if m is None or _LIST_MARKDOWN_LINE.search(body, m.end()) is None:
        return
    cut = m.end()
    base = len(body[:cut].encode("utf-8"))
    tail = body[cut:]
    run = max(i for i, (at, _) in enumerate(segments) if at <= base)
    cut_at = segments[run][1] + base - segments[run][0]  # the heading's offset in the file
    head = _Node(node.kind, node.start, cut_at, node.attrs)
    head.children = [c for c in node.children if c.start < cut_at]  # the code block keeps the text before it
    _replace_by_parse(parent, node, tail, base, segments, depth)
    i = next((j for j, x in enumerate(parent) if x.start >= node.start), len(parent))
    parent.insert(i, head)


def _one_linked_list(sub: list[_Node]) -> bool:
    """An indented code block under a heading whose text parses, dedented, to one list whose items hold links
    ("- Author. Title. Venue. [Paper](…)"): a list of references written one indent too deep. A bare web address
    in an item's text counts as its link: an outline exported from a notes app ("# COVID19 PAPERS" / "    * Title"
    / "        * https://arxiv.org/pdf/…") writes each title's address as a sub-item of its own, no Markdown link.
    Code, a shell session or a plain bullet list of commands has no links or addresses and stays code."""
    if len(sub) != 1 or sub[0].kind != "List":
        return False
    stack = list(sub[0].children)
    while stack:
        n = stack.pop()
        if n.kind == "Link" or n.kind == "text" and ("https://" in n.text or "http://" in n.text):
            return True
        stack.extend(n.children)
    return False


def _reparse_in_place(parent: list[_Node], node: _Node, depth: int) -> None:
    """Replace a block read as code by the blocks its text parses to, at their own byte offsets."""
    body, segments = _code_text(node)
    if body.strip():
        _replace_by_parse(parent, node, body, 0, segments, depth)


def _replace_by_parse(parent: list[_Node], node: _Node, body: str, base: int,
                      segments: list[tuple[int, int]], depth: int, sub: list[_Node] | None = None) -> None:
    """Put the blocks ``body`` parses to in ``node``'s place, each mapped back to its offset in the file
    (``segments``: where each text run of the node starts in the joined text and in the file; ``sub``: those
    blocks when the caller has parsed them already)."""
    starts = [s for s, _ in segments]

    def at_file(offset: int) -> int:
        offset += base
        i = bisect.bisect_right(starts, offset) - 1
        if i < 0:
            return node.start
        return segments[i][1] + offset - segments[i][0]

    if sub is None:
        sub = build_tree(body, depth).children
    stack = list(sub)
    while stack:
        n = stack.pop()
        n.start, n.end = at_file(n.start), at_file(n.end)
        stack.extend(n.children)
    i = next(i for i, x in enumerate(parent) if x is node)
    parent[i:i + 1] = sub


#: the most text a page's front matter holds (settings and a few Markdown sections); more is data, not settings
_FRONT_MATTER_MAX = 256 * 1024


def _expand_front_matter(parent: list[_Node], depth: int) -> bool:
    """Replace a page's YAML front matter (Jekyll/Hugo ``---`` block) by the Markdown its block scalars hold.

    The front matter is page settings (layout, title, dates), not list content: read as Markdown its
    ``title: …`` line over the closing ``---`` became a setext heading and its keys became paragraphs.
    But a Hugo page-builder section (``- block: markdown`` / ``text: |-``) keeps the page's visible
    Markdown in a literal or folded block scalar; each such multi-line value is parsed as Markdown, line
    by line mapped back to where it sits in the file (like a directive body). False, and nothing changed,
    when the block is no YAML mapping (unreadable, a list, a line of prose): no front matter."""
    import yaml

    node = parent[0]
    texts = [c for c in node.children if c.kind == "text"]
    if not texts:
        return False
    joined = "".join(c.text for c in texts)
    base = texts[0].start  # the metadata text is one run: its first byte's offset in the file
    if len(joined) > _FRONT_MATTER_MAX:
        return False  # no page's settings: a data file, read as the Markdown it is written as
    try:
        tree = yaml.compose(joined, Loader=yaml.SafeLoader)
    except (yaml.YAMLError, RecursionError):  # (nesting deeper than Python's stack: no settings block either)
        return False
    if not isinstance(tree, yaml.MappingNode):
        return False
    if depth > MAX_DIRECTIVE_DEPTH:
        del parent[0]
        return True
    blocks: list[_Node] = []
    stack: list[Any] = [tree]
    scalars = []
    seen: set[int] = set()  # an alias is the node it names: each node once ("billion laughs" stay nine nodes)
    while stack:
        n = stack.pop()
        if id(n) in seen:
            continue
        seen.add(id(n))
        if isinstance(n, yaml.MappingNode):
            stack.extend(v for pair in n.value for v in pair)
        elif isinstance(n, yaml.SequenceNode):
            stack.extend(n.value)
        elif isinstance(n, yaml.ScalarNode) and n.style in ("|", ">") and "\n" in n.value.strip():
            scalars.append(n)
    for n in sorted(scalars, key=lambda n: n.start_mark.index):
        lines = joined[n.start_mark.index:n.end_mark.index].split("\n")[1:]  # the "|-" indicator line: not text
        indent = min((len(ln) - len(ln.lstrip(" ")) for ln in lines if ln.strip()), default=0)
        segments: list[tuple[int, int]] = []  # (offset in the dedented body, offset in the file)
        parts: list[str] = []
        at = 0
        line_at = len(joined[:n.start_mark.index].encode("utf-8"))
        line_at += len(joined[n.start_mark.index:].split("\n", 1)[0].encode("utf-8")) + 1
        for ln in lines:
            body = ln[indent:] + "\n"
            segments.append((at, base + line_at + min(indent, len(ln))))
            parts.append(body)
            at += len(body.encode("utf-8"))
            line_at += len(ln.encode("utf-8")) + 1
        starts = [s for s, _ in segments]

        def at_file(offset: int, starts=starts, segments=segments) -> int:
            i = max(bisect.bisect_right(starts, offset) - 1, 0)
            return segments[i][1] + offset - segments[i][0]

        sub = build_tree("".join(parts), depth).children
        walk = list(sub)
        while walk:
            m = walk.pop()
            m.start, m.end = at_file(m.start), at_file(m.end)
            walk.extend(m.children)
        blocks.extend(sub)
    parent[0:1] = blocks
    return True


#: a line holding only Hugo shortcodes ("{{< tdclose >}}{{< tdopen >}}", "{{% /details %}}"): MIT OpenCourseWare
#: pages build their tables from them, one cell's Markdown between two such lines with no blank line around;
#: read as a blank line (same length, so every byte offset stays), each cell's paragraphs stay apart
_SHORTCODE_LINE = re.compile(r"^[ \t]*(?:\{\{[<%][^\n]*?[>%]\}\}[ \t]*)+$", re.M)


#: a template macro call that lists one work, as a conference site's page source writes it (Jinja, Nunjucks, Liquid
#: include helpers): ``{{ paper('Title.', 'Authors.', openreview='https://…', pdf='https://…') }}``, its first
#: argument the work's title, its second the byline, its named arguments the work's addresses; quoted either way,
#: ``\'`` escapes a quote. Bounded (a title of 600 characters, a byline of 3,000, twelve named arguments)
_TEMPLATE_WORK_CALL = re.compile(
    r"""\{\{-?[ \t]*\w{1,40}\([ \t\n]*(['"])((?:(?!\1)[^\\\n]|\\.){1,600})\1[ \t]*,[ \t\n]*(['"])((?:(?!\3)[^\\\n]|\\.){0,3000})\3"""
    r"""((?:[ \t]*,[ \t\n]*\w{1,40}[ \t]*=[ \t]*(['"])[^'"\n]{0,1000}\6){1,12})[ \t\n]*,?[ \t\n]*\)[ \t\n]*-?\}\}""")
#: one named argument of such a call: its name and its quoted value
_TEMPLATE_NAMED_ARGUMENT = re.compile(r"""(\w{1,40})[ \t]*=[ \t]*(['"])([^'"\n]{0,1000})\2""")


def _template_work_item(m: re.Match) -> str:
    """A template macro call listing one work (``_TEMPLATE_WORK_CALL``) → the list item it renders as, ``- [Title](first
    address), Authors [pdf](…)``, then the call's line breaks and spaces to its byte length (every byte offset and
    line after it stays). Why: read as Markdown the calls were one paragraph of quoted strings and bare addresses,
    titled by the page's heading; the page's whole programme was one record. A call with no web address among its
    named arguments (a local page only), or whose item would not fit in its bytes, stays as written."""
    title = re.sub(r"\\(.)", r"\1", m.group(2)).strip()
    byline = re.sub(r"\\(.)", r"\1", m.group(4)).strip()
    links = [(name, url) for name, _, url in _TEMPLATE_NAMED_ARGUMENT.findall(m.group(5))
             if url.startswith(("http://", "https://"))]
    if not links or not title:
        return m.group(0)
    if title.endswith(".") and not title.endswith(".."):
        title = title[:-1]  # ("Title.": a programme closes each title with a full stop, as a reference does)
    title = title.replace("[", "\\[").replace("]", "\\]")
    (_, first), rest = links[0], links[1:]
    item = f"- [{title}]({_destination(first)})" + (f", {byline}" if byline else "") \
        + "".join(f" [{name}]({_destination(url)})" for name, url in rest)
    whole = m.group(0)
    pad = len(whole.encode("utf-8")) - len(item.encode("utf-8")) - whole.count("\n")
    if pad < 0 or "\n" in item:
        return whole
    return item + "\n" * whole.count("\n") + " " * pad


#: a line holding only the opening shortcode of a paired Hugo block that names its title in an attribute
#: (``{{< timelineItem icon="star" header="Title" badge="MICCAI 2024" >}}`` … ``{{< /timelineItem >}}``,
#: ``{{% card title="Title" %}}``): Hugo themes lay out a publications page as such blocks, the work's title in the
#: opening tag, its byline, abstract and links in the body; bounded
_SHORTCODE_TITLED_OPENING = re.compile(r'^[ \t]*\{\{([<%])[ \t]*([A-Za-z][\w-]{0,40})(?=[ \t])([^\n]{0,400}?)[ \t]'
                                       r'(?:header|title|heading)[ \t]*=[ \t]*"([^"\n]{1,600})"([^\n]{0,400}?)'
                                       r'[ \t]*[>%]\}\}[ \t]*$', re.M)


#: the closing tag of a paired shortcode: ``{{< /timelineItem >}}``, ``{{%/card%}}`` (its bracket and its name)
_SHORTCODE_CLOSING = re.compile(r"\{\{([<%])[ \t]*/[ \t]*([A-Za-z][\w-]{0,40})")


def _shortcode_title(m: re.Match, closed: set[tuple[str, str]]) -> str:
    """The opening line of a titled paired shortcode as its title in bold (``**Title**``), then spaces to the line's
    byte length (every offset stays). Why: a shortcode line says nothing to Markdown and was blanked
    (``_SHORTCODE_LINE``), so the title went with it and the block's links and code were left with no record to
    belong to; the body under it is that title's record, as under a bold title line. Only a block that closes
    (``{{< /name >}}`` in the page: a ``{{< figure title="A caption" >}}`` stands alone) and a title of four words
    or more that is no fold label (``title="Click to expand"``, ``title="Python"``)."""
    bracket, name, title = m.group(1), m.group(2), m.group(4).strip()
    if len(title.split()) < 4 or _FOLD_CLICK_LABEL.match(title) or (bracket, name) not in closed:
        return m.group(0)
    bold = f"**{title}**"
    return bold + " " * (len(m.group(0).encode("utf-8")) - len(bold.encode("utf-8")))


#: the element names an HTML tag in a list opens with (``<details open>``, ``<video controls autoplay>``): a run in angle
#: brackets led by one of them is markup, never a title
_HTML_ELEMENTS = frozenset("""a abbr address article aside audio b bdi bdo blockquote body br button caption center cite
    code col colgroup dd del details dfn div dl dt em embed figcaption figure font footer form h1 h2 h3 h4 h5 h6 head
    header hr html i iframe img input ins kbd label legend li link main mark meta nav object ol optgroup option p
    picture pre q s samp script section select small source span strike strong style sub summary sup svg table tbody
    td template textarea tfoot th thead time title tr track tt u ul var video wbr""".split())

#: a title a list sets in angle brackets as a book's title marks (the ASCII stand-in for 《…》): ``<Deep learning in
#: image cytometry: a review>. An open access review paper: https://…``: words with spaces between them, no ``=``,
#: quote, slash or bracket (an attribute, a closing tag, an autolink's address); bounded
_ANGLE_QUOTED_TITLE = re.compile(r"<([A-Za-z][\w'’-]*(?: [^<>=\"/\\\n\[\]()]{1,300}?))>")


def _quoted_title(m: re.Match) -> str:
    """``<Title words>`` → ``"Title words"`` (the same length: every byte offset stays), unless the run is HTML markup:
    led by an element's name (``<details open>``), save a capitalised one of three words or more (``<A Survey of
    …>``: tags are written in lower case, bare attributes are few).

    Why: pulldown-cmark reads ``<Deep learning in image cytometry: a review>`` as an HTML tag (the element "Deep"
    with attributes), so the title vanished from the line and the note after it ("An open access review paper")
    became the work's title, or the line no entry at all."""
    inner = m.group(1)
    head = inner.split(" ", 1)[0]
    if head.lower() in _HTML_ELEMENTS and not (head[:1].isupper() and len(inner.split()) >= 3):
        return m.group(0)
    return f'"{inner}"'


#: a list item opening with a fold and its summary, on the item's line or the next (``- <details><summary>Swin-UNETR:
#: Swin Transformers for … (MICCAI 2022)</summary> A hierarchical … [paper](…)``); bounded
_ITEM_OPENING_FOLD = re.compile(r"(?im)^([ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+)(<details\b[^>\n]{0,80}>)([ \t]*\n?[ \t]*)"
                                r"(<summary\b[^>\n]{0,80}>)([^<>\n]{1,400})(</summary>)")
#: a summary that labels what its fold holds (``Abstract (Click to expand):``, ``Show more details``, ``BibTeX``),
#: not a title
_FOLD_CLICK_LABEL = re.compile(r"(?i)\s*(?:click|show|see|read|expand|more|view|toggle|hide|abstract|summary|details?"
                               r"|notes?|description|tl;? ?dr|bibtex|citation|cite)\b|.*\b(?:click|tap) (?:to|here)\b")


def _fold_summary_as_bold(m: re.Match) -> str:
    """``- <details><summary>Title (MICCAI 2022)</summary> note [paper](…) [code](…)</details>`` → the item
    ``- **Title (MICCAI 2022)** note [paper](…) [code](…)``, each byte offset and line kept (the tags' other
    characters become spaces). Why: an item's line opening with ``<details>`` is an HTML block, its summary (the
    work's title) and the folded note one run of text: the title came out as the two run together, or, with the
    summary on the next line, as the note alone. The summary is the item's title as a bold lead is; a short one
    (``<summary>Paper</summary>``, ``Abstract``) or a click-label says what the fold holds and stays as written."""
    marker, details, gap, summary, title, close = m.groups()
    if len(title.split()) < 4 or _FOLD_CLICK_LABEL.match(title):
        return m.group(0)
    bold = f"**{title.strip()}**"
    # every character but the bold title's own becomes a space after it: the line's length stays, the title opens
    # where the tag did (so the item's content is not pushed into an indented code block)
    if "\n" in gap:
        return f"{marker}{' ' * len(details)}{gap}{bold}{' ' * (len(summary) + len(title) + len(close) - len(bold))}"
    rest = len(details) + len(gap) + len(summary) + len(title) + len(close) - len(bold)
    return f"{marker}{bold}{' ' * rest}"


#: a bare ``<p>`` tag alone on its line, right over a line of text that opens with no tag: "<p>" / "Karargyris et al.
#: 2021 <br>" / "<strong>Title</strong><br>" / "https://…". CommonMark opens a raw HTML block at the tag, and the
#: text under it, up to the blank line, is no Markdown then: the first record of a related-work page that wraps its
#: records in one ``<p>`` was lost. The tag adds nothing the text does not say: it is blanked (its bytes kept as
#: spaces), and the lines read as the paragraph they render as. A tag with attributes (a centred banner's
#: ``<p align="center">``) or over an ``<img>``/``<a>`` line stays HTML.
_BARE_P_OVER_TEXT = re.compile(r"^[ \t]*<[pP]>[ \t]*$(?=\n[ \t]*[^\s<])", re.M)


def _blank(m: re.Match) -> str:
    return " " * len(m.group(0).encode("utf-8"))


#: an inline Hugo link shortcode, ``{{% resource_link "<uuid>" "Title." %}}`` (an optional third argument is an
#: anchor): MIT OpenCourseWare's exported reading lists cite every work as ``Author. "{{% resource_link … %}}"
#: *Journal* …``, which Hugo renders as a link whose text is the second argument; read as that text, the
#: citation is the quoted-title reference it shows on the page (the link's target is a page of the course site,
#: never the work's own address, so nothing else is lost)
_RESOURCE_LINK = re.compile(r'\{\{[%<] ?resource_link "[^"\n]{0,80}" "([^"\n]{1,600})"(?: "[^"\n]{0,200}")? ?[%>]\}\}')


def _link_text(m: re.Match) -> str:
    """The shortcode's shown text, then spaces to its byte length (every byte offset after it stays)."""
    text = m.group(1)
    return text + " " * (len(m.group(0).encode("utf-8")) - len(text.encode("utf-8")))


def _element_text(m: re.Match) -> str:
    """A one-element text line as its text at the line's start, then a blank line of spaces to its byte length
    (offsets stay); bold when the element's class names it a title, as the paper boxes' ``**Title**`` lines are written."""
    text = m.group(3).strip()
    if not text:
        return m.group(0)  # "<div> </div>": no text, a tag-only line (``_TAG_ONLY_LINE`` blanks it)
    if _TITLE_ATTRIBUTE.search(m.group(2) or ""):
        text = f"**{text}**"
    # a line of its own, then a blank line in the rest of the element's bytes: kramdown shows each element as a
    # block, so the date over a title, or a title over its byline, are not one paragraph with a hard break
    return text + "\n" + " " * (len(m.group(0).encode("utf-8")) - len(text.encode("utf-8")) - 1)


#: "######　Title": heading hashes followed by an ideographic space (U+3000), which CJK input methods type for the
#: space bar; CommonMark wants an ASCII space or tab there, so the line would be a paragraph "######　Title"
_IDEOGRAPHIC_SPACE_AFTER_HASHES = re.compile(r"(?m)^( {0,3}#{1,6})(\u3000)")


def _blank_space(m: re.Match) -> str:
    """The hashes, then as many ASCII spaces as the ideographic space's UTF-8 bytes (3): byte offsets stay."""
    return m.group(1) + " " * len(m.group(2).encode("utf-8"))


def _destination(url: str) -> str:
    """A URL from an HTML attribute as a Markdown link destination: a ")" or a space would end it early."""
    return url.replace(")", "%29").replace(" ", "%20")


def _html_as_markdown(node: _Node, bold: bool = False) -> _Node:
    """An HTML block inside an item, as the Markdown its text would be (tags and scripts removed).

    ``<a href>`` become links; with ``bold``, ``<strong>``/``<b>`` become ``**`` (a ``<summary>`` whose
    title is set in bold) and ``<em>``/``<i>`` ``*`` (its venue set in italics); everything else keeps only its
    text, so nothing in it can run.
    """
    sub = build_tree(_html_fragment_text("".join(c.text for c in node.children), bold))
    para = _Node("Paragraph", node.start, node.end)
    for child in sub.children:
        for leaf in child.children if child.kind == "Paragraph" else []:
            para.children.append(_shift(leaf, node.start))
    return para


#: an HTML block inside an item that is the body of the item's fold: ``<summary>Paper</summary>`` then the folded
#: text, perhaps closed by ``</details>`` (the item's line opened the fold with an inline ``<details>``)
_FOLD_BODY = re.compile(r"\s*<summary\b[^>]*>(?P<label>.*?)</summary>(?P<body>.*?)(?:</details>\s*)?", re.I | re.S)


def _html_fragment_text(html: str, bold: bool = False) -> str:
    """An HTML fragment's text on one line, as the Markdown it would be (``<a href>`` → links; with ``bold``,
    ``<b>`` → ``**``)."""
    parser = _html_text_parser()(bold)
    _feed(parser, html)
    return " ".join("".join(parser.parts).split())


def _fold_as_labelled_list(node: _Node) -> _Node | None:
    """``- Review of … methods. <details>`` / ``    <summary>Paper</summary>`` / ``    Pasquini, G. “Title.” …
    https://doi…`` / ``</details>``: the fold an item opens at its end holds what its summary names (the
    item's paper, its code, its abstract); CommonMark reads the summary and the folded text as an HTML block
    inside the item, text every rule skips. Read as the sub-list the writer would otherwise have written
    (``  - Paper: Pasquini, G. “Title.” … https://doi…``), one labelled sub-item per folded line when every
    line carries its own link (two references in one fold), else one for the whole text; the labelled
    sub-items then go where any item's role fields go. None when the block is no such fold body (no
    summary, a summary longer than a label, nothing folded)."""
    m = _FOLD_BODY.fullmatch("".join(c.text for c in node.children))
    if m is None:
        return None
    label = _html_fragment_text(m.group("label")).rstrip(":：").strip()
    lines = [t for t in (_html_fragment_text(x) for x in m.group("body").splitlines()) if t]
    if not label or len(label.split()) > 3 or not lines:
        return None
    if len(lines) > 1 and not all("://" in t for t in lines):
        lines = [" ".join(lines)]  # one text wrapped over several lines
    sub = build_tree("\n".join(f"- {label}: {t}" for t in lines))
    lst = next((c for c in sub.children if c.kind == "List"), None)
    return _shift(lst, node.start) if lst is not None else None


_HTML_HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_HTML_PARSERS: dict[str, Any] = {}  # the two parser classes below, made once (html.parser is imported lazily)


#: how far back ``_html_text_parser``'s ``<i>`` looks for the bold title or the "et al." byline it follows: at most
#: this many parts, and no further once this many visible characters are read
_ITALIC_LOOKBACK_PARTS = 16
_ITALIC_LOOKBACK_CHARS = 12


def _html_text_parser() -> Any:
    """The class reading HTML as the Markdown its text would be (``_html_as_markdown``): ``<a href>`` → links,
    ``<br>``/``<p>``/``<div>``/``<li>`` → a space, scripts and styles dropped, every other tag dropped."""
    if "text" in _HTML_PARSERS:
        return _HTML_PARSERS["text"]
    from html.parser import HTMLParser

    class _Text(HTMLParser):
        def __init__(self, bold: bool = False) -> None:
            super().__init__(convert_charrefs=True)
            self.parts: list[str] = []
            self.skip = 0
            self.href = ""
            self.bold = bold
            self.italic_at: int | None = None  # where the open ``<i>``'s text starts in ``parts`` (with ``bold``)

        def handle_starttag(self, tag, attrs):
            if tag in ("script", "style"):
                self.skip += 1
            elif tag == "a":
                self.href = dict(attrs).get("href") or ""
                self.parts.append("[" if self.href else "")
            elif tag in ("br", "p", "div", "li"):
                self.parts.append(" ")
            elif self.bold and tag in ("strong", "b") and not self.skip:
                self.parts.append("**")
            elif self.bold and tag in ("em", "i") and not self.skip:
                self.italic_at = len(self.parts)

        def handle_endtag(self, tag):
            if tag in ("script", "style"):
                self.skip = max(0, self.skip - 1)
            elif self.bold and tag in ("strong", "b") and not self.skip:
                self.parts.append("**")
            elif self.bold and tag in ("em", "i") and self.italic_at is not None:
                self.close_italic()
            elif tag == "a" and self.href:
                self.close_link()

        def close_link(self) -> None:
            self.parts.append(f"]({_destination(self.href)})")
            self.href = ""

        def close_italic(self) -> None:
            """``<summary>[Jan. 2020] <b>Title</b>, <i>Bioinformatics</i></summary>``: the italic venue right after the
            bold title stays emphasised (``*Bioinformatics*``), so the title rules can tell it from the title; its
            spaces go outside the marks (``<i> Venue </i>``, read ``* Venue *``, would be no emphasis but stray
            stars). And the italic title right after a byline closed by "et al." (``<summary>2019 Zhang et al.
            <u><i>Title</i></u> [<a …>论文链接</a>]``) stays emphasised too, as the Markdown writer sets it
            (``Zhang et al. *Title*``), so the title rules part the authors from it (read as plain text, the
            title kept the byline, "Zhang et al. Title"). Only there: other italics (a title itself, a word in a
            sentence) stay plain text, as does text holding marks or links of its own."""
            at, self.italic_at = self.italic_at, None
            inner = "".join(self.parts[at:])
            before = " ".join(self.text_before(at).split()).rstrip(" ,;")  # (a no-break space is a space)
            if not inner.strip() or "*" in inner or "[" in inner or "]" in inner \
                    or not (before.endswith("**") or before.endswith(("et al.", "et al"))):
                return
            lead, trail = inner[:len(inner) - len(inner.lstrip())], inner[len(inner.rstrip()):]
            self.parts[at:] = [lead, "*", inner.strip(), "*", trail]

        def text_before(self, at: int) -> str:
            """The last words written before ``parts[at]`` (a few parts back, enough for "**" or "et al."), not
            the whole text so far: joined for every ``<i>``, that was quadratic on a long fragment."""
            tail: list[str] = []
            seen = 0
            for part in reversed(self.parts[max(0, at - _ITALIC_LOOKBACK_PARTS):at]):
                tail.append(part)
                seen += len(part.strip())
                if seen >= _ITALIC_LOOKBACK_CHARS:
                    break
            return "".join(reversed(tail))

        def handle_data(self, data):
            if not self.skip:
                self.parts.append(data.replace("\n", " "))

    _HTML_PARSERS["text"] = _Text
    return _Text


def _html_headings(html: str) -> list[str]:
    """The ``<h1>``…``<h6>`` elements of an HTML block, each as the Markdown its text would be (read as
    ``_html_as_markdown`` reads a block, Markdown in the text escaped): a README's centred banner
    (``<h2 align="center"><a href=…>Title</a></h2>`` over an ``<h5>`` plea for stars, in one block) read
    heading by heading, as Markdown headings are, rather than as one run of text."""
    if "headings" not in _HTML_PARSERS:
        class _Headings(_html_text_parser()):  # type: ignore[misc]
            def __init__(self) -> None:
                super().__init__()
                self.opened: int | None = None  # where the open heading's text starts in ``parts``
                self.headings: list[str] = []

            def handle_starttag(self, tag, attrs):
                if tag in _HTML_HEADING_TAGS:
                    self.opened, self.href = len(self.parts), ""
                else:
                    super().handle_starttag(tag, attrs)

            def handle_endtag(self, tag):
                if tag not in _HTML_HEADING_TAGS:
                    super().handle_endtag(tag)
                elif self.opened is not None:
                    if self.href:  # "<h2><a href=…>Title</h2>": the heading's end closes its link
                        self.close_link()
                    self.headings.append(" ".join("".join(self.parts[self.opened:]).split()))
                    self.opened = None

            def handle_data(self, data):
                if self.opened is not None and not self.skip:
                    self.parts.append(data.replace("\n", " ").translate(_MD_ESCAPE))

        _HTML_PARSERS["headings"] = _Headings
    parser = _HTML_PARSERS["headings"]()
    _feed(parser, html)
    return parser.headings


_COMMENT_CLOSE = re.compile(r"--\s*>")  # html.parser's own ``commentclose``
_SECTION_CLOSE = re.compile(r"]\s*]\s*>")  # _markupbase's ``_markedsectionclose``
_MS_SECTION_CLOSE = re.compile(r"]\s*>")  # and ``_msmarkedsectionclose``
_DECL_NAME = re.compile(r"[a-zA-Z][-_.a-zA-Z0-9]*\s*")


def _last_start(pattern: re.Pattern, text: str) -> int:
    last = -1
    for m in pattern.finditer(text):
        last = m.start()
    return last


def _tame_html(html: str) -> str:
    """``html`` with every ``<`` that ``html.parser`` cannot close written as ``&lt;``: the same text
    for the parser, read at once.

    Python's parser (3.11) rescans the rest of the input for every construct it cannot close — a
    ``<`` after the last ``>``, a ``<!--`` with no ``-->`` after it, a ``<![if`` with no ``]>`` (20 kB
    of ``<a x`` took 13 s; 240 kB of ``<!-- x``, minutes) — and raises AssertionError on a ``<![`` it
    cannot name. At the end of its input it reads such a construct as text up to the next ``>`` (or
    the next ``<``); here that text is escaped up front, so the result is the same without the
    rescans (a nameless ``<![`` is read the same way instead of raising).
    """
    if "<" not in html:
        return html
    last_gt = html.rfind(">")
    comment_close = _last_start(_COMMENT_CLOSE, html) if "<!--" in html else -1
    section_close = ms_section_close = -1
    if "<![" in html:
        section_close, ms_section_close = _last_start(_SECTION_CLOSE, html), _last_start(_MS_SECTION_CLOSE, html)
    out: list[str] = []
    pos = 0
    i = html.find("<")
    while i >= 0:
        if i > last_gt:  # nothing after can close: every "<" left is text
            out.append(html[pos:i])
            out.append(html[i:].replace("<", "&lt;"))
            return "".join(out)
        if html.startswith("<!--", i):
            unclosed = comment_close < i + 4
        elif html.startswith("<![", i):
            m = _DECL_NAME.match(html, i + 3)
            name = m.group().strip().lower() if m else ""
            if name in ("temp", "cdata", "ignore", "include", "rcdata"):
                unclosed = section_close < i + 3
            elif name in ("if", "else", "endif"):
                unclosed = ms_section_close < i + 3
            else:
                unclosed = True
        else:
            unclosed = False
        if unclosed:  # the parser's reading at the end of input: text up to and with the next ">"
            k = html.find(">", i + 1) + 1
            out.append(html[pos:i])
            out.append(html[i:k].replace("<", "&lt;"))
            pos = i = k
        i = html.find("<", i + 1 if not unclosed else i)
    if not out:
        return html
    out.append(html[pos:])
    return "".join(out)


def _feed(parser, html: str) -> None:
    """Feed ``html`` (tamed) and close; a parser error (html.parser's AssertionError on input it
    does not expect) reads the block as plain text instead of ending the run with a traceback."""
    try:
        parser.feed(_tame_html(html))
        parser.close()
    except (AssertionError, ValueError, IndexError, RecursionError):  # pragma: no cover - belt and braces
        parser.reset()
        parser.feed(html.replace("<", "&lt;"))
        parser.close()


_MD_ESCAPE = str.maketrans({c: "\\" + c for c in "\\`*_[]<>|!#"})
#: ``_MD_ESCAPE`` but for brackets and ``!``: text holding a Markdown link its writer typed (``typed_md_link``)
_MD_ESCAPE_KEEP_LINKS = str.maketrans({c: "\\" + c for c in "\\`*_<>|#"})


def typed_md_link(text: str) -> bool:
    """Whether HTML text holds a Markdown link typed into it (``<td>[Title](https://doi.org/…)<br>…</td>``).

    Why: a generated README writes its rows as one line of HTML each, with the paper as a Markdown link in a
    cell; CommonMark keeps the whole block raw, so a browser shows ``[Title](https://…)`` as text, yet the
    writer meant, and a reader follows, a link to the work. Only a bracket followed later by ``](http``: a
    bracketed note or ``[1]`` alone is no link."""
    i = text.find("](http")
    return i > 0 and "[" in text[:i]


def _cell_markdown(data: str) -> str:
    """Text of an HTML cell or item as Markdown: escaped so nothing in it runs, except the brackets (and image
    ``!``) of a Markdown link typed into it (``typed_md_link``), read back as the link the writer wrote."""
    return data.translate(_MD_ESCAPE_KEEP_LINKS if typed_md_link(data) else _MD_ESCAPE)


#: headings that open a card item in an HTML block (``_html_rows``): a site's generated grid of cards, one work each
#: ('<div class="caption"><h5><a href=…>Title</a></h5><p>Authors</p></div>'); not ``<h1>``–``<h3>``, a page's and
#: its sections' headings ('<h3 id="session1">Session 1</h3>')
_CARD_HEADING_TAGS = frozenset({"h4", "h5", "h6"})
#: a poster session's number leading a card's title ("12. Title"): the session's id, no part of the title
_POSTER_NUMBER = re.compile(r"^\s*\d{1,3}\.\s+(?=\S)")


def _html_rows(html: str) -> tuple[list[tuple[list[str], list[tuple[int, int, list[str]]]]],
                                   list[tuple[int, int, str, bool]]]:
    """HTML → (tables: [(header texts, [(first line, last line, cell Markdown)])], items: [(lines, Markdown,
    card)]); ``card``: the item is one card of a grid (``_CARD_HEADING_TAGS``), its heading a linked title and the
    text under it the author line.

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
            # column → rows still covered by a rowspan cell above (only columns still covered: a dict,
            # not a list as wide as the table, so a row's work is its own cells and the live rowspans —
            # 1,000 cells of colspan 100 over 2,000 short rows took 40 s)
            self.spans: dict[int, int] = {}
            self.row_spans: dict[int, int] = {}  # ``spans`` as the row began
            self.cell_cols = 1  # colspan of the open cell
            self.cell_rows = 1  # rowspan of the open cell
            self.header_row = False
            self.row_line = 0
            self.item_line = 0
            self.depth = 0  # table nesting
            self.href: list[str] = []
            self.href_base = 0  # ``href`` depth when the open cell or item began
            # ``<ul>``/``<ol>`` nesting outside tables, and that nesting where the open item began: an
            # ``<li>`` ends at its ``</li>``, or — HTML lets it go unclosed (``<li>A<li>B</ul>``) — at the
            # next ``<li>`` of its own list, at that list's end or at the end of the block
            self.lists = 0
            self.item_lists = -1  # -1: no item open
            self.last_line = 0  # last line holding text or a tag (an unclosed item ends there)
            self.opened = -1  # ``len(cell)`` right after an opening ``<b>`` / ``<i>`` marker
            # card items (``_CARD_HEADING_TAGS``): ``<div>`` nesting outside tables and items, the nesting where
            # the open card began (-1: none) and whether its heading holds a link
            self.divs = 0
            self.card_divs = -1
            self.card_link = False
            self.card_heading = False  # the open card's heading is open (its links decide ``card_link``)
            self.card_fresh = False  # no text of the open card's heading read yet (a poster number may lead it)
            self.cards: list[int] = []  # indices in ``items`` of the card items kept
            # a card whose heading's only link is an empty one ('<h5><a href=""> Title</a></h5>': the page's template
            # writes the anchor for every card and leaves it empty where the author gave no link) and their indices
            self.card_blank_link = False
            self.blank_cards: list[int] = []
            self.blank_anchor = -1  # ``len(href)`` with the open empty anchor of a card's heading on top (-1: none)
            self.csl_divs = -1  # ``divs`` where the open CSL bibliography entry's div began (-1: none open)
            # the open item's title element ('<div class="title">…</div>', ``_TITLE_ATTRIBUTE``): its tag name and
            # how many elements of that name opened inside it since (None: none open)
            self.title_tag: str | None = None
            self.title_nested = 0
            self.title_marks: list[int] = []  # where in ``cell`` the title's markers (bold, break) stand

        def _orphan_row(self) -> None:
            """A ``<tr>`` outside any ``<table>`` opens one: a table whose opening tag was lost or closed
            too early (``### Memory`` / ``</table></tbody><thead><tr><th>Paper Title</th>…`` / ``<tr><td><a
            href="…">Dynamic memory to …</a></td>…``) still shows its rows, the links a reader follows; the
            ``</table>`` at its end closes it as it would a written one."""
            self.depth = 1
            tables.append(([], []))
            self.cells, self.header_row, self.row_line = [], False, self.getpos()[0]
            self.row_spans = dict(self.spans)

        def _close_links(self) -> None:
            """Close the ``<a>`` tags the open cell or item left open, as a browser does at the cell's
            end (``<td><a href="…">MedSAM</td>``: no ``</a>``) or at a next ``<a>`` (no nesting)."""
            while len(self.href) > self.href_base:
                self._close_anchor(self.href.pop())

        def _close_anchor(self, href: str) -> None:
            """Close one ``<a>`` just popped off ``href``: a link's destination, or the bold of a card's empty
            anchor."""
            if href and self.cell is not None:
                self.cell.append(f"]({_destination(href)})")
            elif self.blank_anchor == len(self.href) + 1:
                self.blank_anchor = -1
                self._close_mark("**")

        def _end_item(self) -> None:
            """Close the open ``<li>`` item at the last line that held something of it."""
            self._close_links()
            if self.title_tag is not None:
                self._end_title()
            if self.title_marks and self.cell is not None and not any("](" in part for part in self.cell):
                for at in self.title_marks:  # an item with no link (a news line, a talk): its text as written
                    self.cell[at] = " "
            self.title_marks = []
            items.append((self.item_line, max(self.item_line, self.last_line),
                          " ".join("".join(self.cell or ()).split())))
            self.cell, self.item_lists = None, -1

        def _end_title(self) -> None:
            """Close the open item's title element: its bold ends, then a line break (the byline under it)."""
            self.title_tag, self.title_nested = None, 0
            if self.cell is not None:
                self._close_mark("**")
                # (the bold mark, or the space ``_close_mark`` set after it)
                self.title_marks.append(len(self.cell) - (1 if self.cell[-1] == "**" else 2))
                self.cell.append("<br>")
                self.title_marks.append(len(self.cell) - 1)

        def handle_starttag(self, tag, attrs):
            a = dict(attrs)
            if self.depth == 0 and tag in ("ul", "ol"):
                self.lists += 1
            if self.depth == 0 and tag == "li" and self.item_lists >= 0 and self.lists <= self.item_lists:
                self._end_item()  # ``<li>A<li>B``: a sibling item ends the unclosed one
            self.last_line = self.getpos()[0]
            if tag in ("script", "style"):
                self.skip += 1
            elif tag == "table":
                self.depth += 1
                if self.depth == 1:
                    tables.append(([], []))
            elif self.depth == 0 and tag == "tr" and self.cell is None:
                self._orphan_row()
            elif self.depth == 1 and tag in ("tbody", "thead", "tfoot") and self.cells and self.cell is None:
                self._end_row()  # ``…</td>`` / ``<tbody>``: a row left open ends where the table's next part begins
            elif self.depth == 1 and tag == "tr":
                if self.cells and self.cell is None:
                    self._end_row()  # ``<tr><td>A</td>`` / ``<tr>``: the row before was left open
                self.cells, self.header_row, self.row_line = [], False, self.getpos()[0]
                self.row_spans = dict(self.spans)
            elif self.depth == 1 and tag in ("td", "th"):
                self.cell, self.href_base = [], len(self.href)
                self.header_row |= tag == "th"
                self.cell_cols = _span_attr(a.get("colspan"))
                self.cell_rows = _span_attr(a.get("rowspan"))
                self._skip_covered()
            elif self.depth == 0 and tag == "li" and self.cell is None:
                self.cell, self.item_line, self.href_base = [], self.getpos()[0], len(self.href)
                self.item_lists = self.lists
            elif self.depth == 0 and tag == "div" and self.cell is None and "csl-entry" in (a.get("class") or "").split():
                # '<div class="csl-entry">Ou, W. C., et al. “Title.” <i>Venue</i>, 2021, doi:10.1007/….</div>': a
                # reference manager's bibliography (CSL's HTML output), one reference a div, is a list of items
                self.cell, self.item_line, self.href_base = [], self.getpos()[0], len(self.href)
                self.csl_divs = self.divs
                self.divs += 1
            elif self.depth == 0 and tag in _CARD_HEADING_TAGS and (self.cell is None or self.card_divs >= 0):
                # '<div class="caption"><h5><a href=…>Title</a></h5><p>Authors</p></div>': a card opens an item
                if self.cell is not None:
                    self._end_card()  # a next card's heading in the same container ends the open one
                self.cell, self.item_line, self.href_base = [], self.getpos()[0], len(self.href)
                self.card_divs, self.card_link = self.divs, False
                self.card_heading = self.card_fresh = True
            elif self.depth == 0 and tag == "div" and (self.cell is None or self.card_divs >= 0):
                self.divs += 1  # (inside a card too: its inner '<div class="authors">' closes before the card)
                if self.cell is not None:
                    self.cell.append(" ")
            elif self.cell is not None:
                if tag == "a":
                    self._close_links()
                    href = (a.get("href") or "").strip()
                    self.href.append(href)
                    if href:
                        self.cell.append("[")
                        self.card_link = self.card_link or self.card_heading
                    elif self.card_heading:
                        self.card_blank_link = True
                        self.cell.append("**")  # the linkless title reads as a bold one: the card's title
                        self.opened = len(self.cell)
                        self.blank_anchor = len(self.href)
                elif tag == "img" and self.href and self.href[-1]:
                    alt = (a.get("alt") or "").translate(_MD_ESCAPE)
                    src = _destination(a.get("src") or "")
                    self.cell.append(f"![{alt}]({src})")
                elif tag in ("b", "strong"):
                    if self.title_tag is None:  # (inside a title element the whole title is bold already)
                        self.cell.append("**")
                        self.opened = len(self.cell)
                elif tag in ("i", "em"):
                    self.cell.append("*")
                    self.opened = len(self.cell)
                elif self.title_tag is not None and tag == self.title_tag:
                    self.title_nested += 1
                    self.cell.append(" ")
                elif self.depth == 0 and self.title_tag is None and tag in ("div", "p", "span") \
                        and self.item_lists >= 0 and _TITLE_ATTRIBUTE.search(
                            " ".join(f'{k}="{v}"' for k, v in attrs if k in ("class", "id") and v)):
                    # '<li>' / '<div class="title">CLIP in Medical Imaging: …</div>' / '<p>Authors</p>' / '<p>Venue
                    # </p>': a publication list's item whose title is the element its class names so; read as
                    # one run of text, the title took the byline and the venue after it. Bold, then a line break
                    # at its end (as a card's heading, ``_CARD_HEADING_TAGS``), it is the item's title
                    self.cell.append(" **")
                    self.opened = len(self.cell)
                    self.title_marks.append(len(self.cell) - 1)
                    self.title_tag, self.title_nested = tag, 0
                elif tag == "br" and self.depth == 1:
                    # "<td><strong>Title</strong> <br> A. Kim, B. Lee <br> CHI 2024</td>": a table cell's line break
                    # is the one a GFM cell writes ("| **Title** <br> A. Kim … |"): it stays a break, so the cell's
                    # lines (title, byline, venue) are read apart as they are there, not glued into one title
                    self.cell.append(" <br> ")
                elif tag in ("br", "p", "div", "li"):
                    self.cell.append(" ")

        def _end_card(self) -> None:
            """Close the open card item; kept only if its heading linked somewhere (a card of links)."""
            n = len(items)
            self._end_item()
            if self.card_link:
                self.cards.append(n)
            elif self.card_blank_link and items[n:] and items[n][2].strip():
                self.blank_cards.append(n)  # kept if the grid's other cards link (below)
            else:
                del items[n:]
            self.card_divs, self.card_link, self.card_heading = -1, False, False
            self.card_blank_link = False

        def handle_endtag(self, tag):
            if self.depth == 0 and tag == "div" and self.csl_divs >= 0 and self.cell is not None \
                    and self.divs - 1 == self.csl_divs:
                self.divs = self.csl_divs
                self.last_line = self.getpos()[0]
                self._end_item()  # the CSL reference's div ends
                self.csl_divs = -1
                return
            if self.depth == 0 and tag == "div" and self.card_divs >= 0 and self.cell is not None:
                if self.divs <= self.card_divs:
                    self.last_line = self.getpos()[0]
                    self._end_card()  # the card's container ends
                    self.divs = max(0, self.divs - 1)
                    return
                self.divs = max(0, self.divs - 1)
            elif self.depth == 0 and tag == "div" and self.cell is None:
                self.divs = max(0, self.divs - 1)
            if self.card_heading and tag in _CARD_HEADING_TAGS and self.cell is not None:
                self._close_links()
                self.card_heading = False
                self.last_line = self.getpos()[0]
                self.cell.append("<br>")  # the title's line ends: the author line under it reads as a byline
                return
            if self.depth == 0 and tag in ("ul", "ol"):
                if self.item_lists >= 0 and self.lists <= self.item_lists:
                    self._end_item()  # the list of an unclosed item ends
                self.lists = max(0, self.lists - 1)
                return
            self.last_line = self.getpos()[0]
            if tag in ("script", "style"):
                self.skip = max(0, self.skip - 1)
            elif tag == "table":
                if self.depth == 1 and self.cells and self.cell is None:
                    self._end_row()  # ``<td>…</td>`` / ``</table>``: the last row was left open
                self.depth = max(0, self.depth - 1)
            elif self.depth == 1 and tag in ("tbody", "thead", "tfoot") and self.cells and self.cell is None:
                self._end_row()
            elif self.depth == 1 and tag in ("td", "th") and self.cell is not None:
                self._close_links()
                for k in range(self.cell_cols):  # a colspan cell fills its columns; a rowspan one, rows below
                    col = len(self.cells)
                    if k and col >= _MAX_HTML_COLUMNS:
                        break  # colspans widen no row past this (hostile: 10,000 cells of colspan 100)
                    self.cells.append(" ".join("".join(self.cell).split()) if k == 0 else "")
                    if self.cell_rows > 1:
                        self.spans[col] = self.cell_rows - 1
                    else:
                        self.spans.pop(col, None)
                self.cell = None
            elif self.depth == 1 and tag == "tr":
                self._end_row()
            elif self.depth == 0 and tag == "li" and self.cell is not None:
                if self.item_lists >= 0 and self.lists > self.item_lists:
                    return  # the end of a nested item: text of the open one
                self._end_item()
            elif self.cell is not None:
                if tag == "a" and self.href:
                    self._close_anchor(self.href.pop())
                elif self.title_tag is not None and tag == self.title_tag:
                    if self.title_nested:
                        self.title_nested -= 1
                    else:
                        self._end_title()
                elif tag in ("b", "strong") and self.title_tag is not None:
                    pass  # (no bold was opened inside the title element)
                elif tag in ("b", "strong"):
                    self._close_mark("**")
                elif tag in ("i", "em"):
                    self._close_mark("*")

        def _end_row(self) -> None:
            """End the open row: its cells become the header or a row of the table. Called at ``</tr>``, and
            where a browser ends a row left open (no ``</tr>``): at the table's end, at a next ``<tr>`` and at a
            ``<tbody>`` / ``</tbody>`` (a page whose rows close with ``<tbody>`` instead of ``</tbody>``)."""
            self._skip_covered(end=True)
            header, rows = tables[-1]
            bold_cells = self.cells and all(_is_bold_cell(c) for c in self.cells if c)
            if not any(self.cells):
                pass  # a spacer row (``<tr><td colspan="4"></td></tr>`` over the header): no header, no row
            elif (self.header_row or bold_cells) and not header and not rows:
                header.extend(c.replace("\\", "").strip("*") for c in self.cells)
            elif any(self.cells):
                rows.append((self.row_line, self.getpos()[0], self.cells))
            self.cells = []
            for col, n in self.row_spans.items():  # this row used up one row of each earlier rowspan
                if n > 1:
                    self.spans[col] = n - 1
                elif n > 0:
                    self.spans.pop(col, None)
            self.row_spans = {}

        def _close_mark(self, mark: str) -> None:
            """``<b>STRank </b>`` → ``**STRank** ``: a space just inside the tag goes outside the marker, or
            the Markdown read back has no bold (``**STRank **`` closes nothing)."""
            cell = self.cell
            if cell is None:
                return
            trailing = ""
            while cell and cell[-1] not in ("**", "*") and not cell[-1].strip():
                trailing += cell.pop()
            if cell and cell[-1] not in ("**", "*"):
                kept = cell[-1].rstrip()
                trailing = cell[-1][len(kept):] + trailing
                cell[-1] = kept
            cell.append(mark)
            if trailing:
                cell.append(" ")

        def _skip_covered(self, end: bool = False) -> None:
            """Empty cells where a rowspan cell of an earlier row covers the next columns of this row
            (and, at the row's end, the covered columns after its last cell)."""
            while self.row_spans.get(len(self.cells), 0) > 0:
                self.cells.append("")
            if end:
                last = max((col for col, n in self.row_spans.items() if n > 0), default=-1)
                while len(self.cells) <= last:
                    self.cells.append("")

        def handle_data(self, data):
            if data.strip():
                self.last_line = self.getpos()[0] + data.rstrip().count("\n")
            if not self.skip and self.cell is not None:
                if self.opened == len(self.cell) and data[:1].isspace():  # "<b> CISP-BMEI</b>": space before "**"
                    self.cell.insert(len(self.cell) - 1, " ")
                    data = data.lstrip()
                self.opened = -1
                if self.card_fresh and data.strip():
                    # '<h5><a href=…>12. Title</a></h5>': a poster session's number before the title is no part of it
                    self.card_fresh = False
                    data = _POSTER_NUMBER.sub("", data, count=1)
                self.cell.append(_cell_markdown(data.replace("\n", " ")))

    reader = _Reader()
    _feed(reader, html)
    if reader.item_lists >= 0 and reader.cell is not None:
        reader._end_item()  # an item still open where the block ends
    elif reader.card_divs >= 0 and reader.cell is not None:
        reader._end_card()
    for header, rows in tables:
        _promote_label_row(header, rows)
    cards = set(reader.cards)
    blank = set(reader.blank_cards)
    if len(cards) < 2:
        # one heading with a link ('<div align="center"><h4><a href=…>Project page</a></h4></div>') is a banner,
        # not a grid of cards: only a page of two cards or more lists works so
        return [t for t in tables if t[1]], [(a, b, t, False) for k, (a, b, t) in enumerate(items)
                                            if k not in cards and k not in blank]
    # a card with an empty link among cards that link is one more work of the same generated grid: the author
    # gave it no address, the template still wrote its title as the others' (an accepted-papers page's poster
    # with no preprint); it is read as a card, with no link
    cards |= blank
    return [t for t in tables if t[1]], [(a, b, t, k in cards) for k, (a, b, t) in enumerate(items)]


#: the most words and characters a column's label may have (``Brief description``, ``Procedures``)
_MAX_LABEL_WORDS, _MAX_LABEL_CHARS = 3, 32


def _label_cells(cells: list[str]) -> bool:
    """A row of two cells or more, every one a short plain label: no link, no image, no figure alone."""
    return len(cells) >= 2 and all(
        c.strip() and "](" not in c and len(c) <= _MAX_LABEL_CHARS and len(c.split()) <= _MAX_LABEL_WORDS
        and any(ch.isalpha() for ch in c) for c in cells)


def _promote_label_row(header: list[str], rows: list[tuple[int, int, list[str]]]) -> None:
    """A table written without ``<th>`` (``<tr><td>Dataset</td> <td>Brief description</td> … <td>Paper</td></tr>``
    over rows whose cells link their dataset and paper) still has a header: its first row, every cell a short
    plain label, over rows that link something. A table whose later rows are labels as well (a gallery's row of
    names over its row of pictures, again and again) has no such header, and keeps its first row."""
    if header or len(rows) < 2 or not _label_cells(rows[0][2]):
        return
    later = [cells for _, _, cells in rows[1:]]
    if any(_label_cells(cells) for cells in later) or not any("](" in c for cells in later for c in cells):
        return
    header.extend(c.replace("\\", "").strip() for c in rows[0][2])
    del rows[0]


#: Columns a colspan may widen an HTML table row to (real tables have a handful).
_MAX_HTML_COLUMNS = 1000


def _open_tables(html: str) -> int:
    """``<table>`` tags opened minus those closed in a piece of HTML (> 0: a table goes on after it)."""
    if "table" not in html.lower():
        return 0
    from html.parser import HTMLParser

    class _Depth(HTMLParser):
        depth = 0

        def handle_starttag(self, tag, attrs):
            if tag == "table":
                self.depth += 1

        def handle_endtag(self, tag):
            if tag == "table":
                self.depth -= 1

    reader = _Depth(convert_charrefs=True)
    _feed(reader, html)  # tamed: no rescans of what cannot close, no parser error
    return reader.depth


def _span_attr(value: str | None) -> int:
    """A ``rowspan``/``colspan`` attribute as a count (1 when absent or not a small number)."""
    value = (value or "").strip()
    return min(int(value), 100) if value.isascii() and value.isdigit() and int(value) > 0 else 1  # ("²".isdigit())


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
