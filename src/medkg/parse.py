"""Markdown → a stream of ``Entry`` values, from pulldown-cmark events (pyromark).

Why a real parser: awesome lists are written in many dialects (bullets, numbered lists,
nested sub-bullets with labelled fields, headings inside list items, tables, heading blocks,
bold paragraph blocks). Only the document *structure* tells an entry's extent, its topic and
which link belongs to which item; regexes over lines get all of these wrong on wrapped lines
and nesting. pyromark gives byte ranges, which we map to 1-based line numbers.

What this stage decides: entry extent, topic path, title, the links with the label that
says what each one is (link text, ``label:`` prefix, table header), remaining prose, labelled
fields and diagnostics about the Markdown itself. It does not decide link roles or kinds
(``classify``) nor identifiers (``ids``).
"""

from __future__ import annotations

import bisect
import contextlib
import gc
import logging
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field

from medkg import ids
from medkg.classify import WEIGHTS_LABELS
from medkg.model import Diagnostic, Entry, Heading, Link, SourceText

log = logging.getLogger(__name__)

#: Nested lists deeper than this are flattened into their ancestor, with a diagnostic
#: (hostile input: 3,000 levels; real lists rarely go past 6).
MAX_DEPTH = 100
#: A field label ("地址", "Paper", "github") is short; longer text before a colon is prose.
MAX_LABEL_CHARS = 24
_COLONS = (":", "：")
#: field recording the text of a link written without a URL (``[[arXiv]]()``)
EMPTY_LINK_FIELD = "link-without-url"
#: field recording the header of a table's title column (``Paper Title``)
TITLE_COLUMN_FIELD = "title-column"
#: field of an item with no link that opens with a bold label and its colon (``* **Summary:** …``): the
#: item is a field of the entry above it (a dataset heading's facts), not a reference of its own
BOLD_LABEL_FIELD = "bold-label"
#: field of a link-less item nested under an item with links (``- [Tool](…)`` / ``  - a fork of X that …``):
#: a note on that item, not a reference of its own
UNDER_LINKED_ITEM_FIELD = "under-linked-item"
_TITLE_FIELD_LABELS = {"论文题目", "论文标题", "题目", "标题", "title", "paper title", "名称", "name"}
_TOC_HEADINGS = {"contents", "table of contents", "目录", "toc", "content", "index"}
#: headings of sections about the list itself (its purpose, how to contribute, how to cite it, its
#: licence): their prose links are not entries. Matched on the heading's first word (English) or by
#: containment (Chinese).
_DOC_SECTION_WORDS = frozenset("""introduction about overview background motivation contributing contribution
    contributions contributors contribute citation citations citing cite license licence licensing
    acknowledgement acknowledgements acknowledgment acknowledgments contact disclaimer changelog faq""".split())
_DOC_SECTION_ZH = ("简介", "介绍", "前言", "贡献", "引用", "许可", "致谢", "联系", "免责", "范围")


# --------------------------------------------------------------------------- event tree
class _Node:
    """A block or inline element (or a text leaf) of the event tree.

    A plain class with ``__slots__`` rather than a dataclass: a list has one node per event
    (250,000 for a 20,000-entry list) and a dataclass ``__init__`` with a ``default_factory``
    costs about twice as much.
    """

    __slots__ = ("kind", "start", "end", "attrs", "children", "text")

    def __init__(self, kind: str, start: int, end: int, attrs: object = None, text: str = ""):
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

    root = _Node("Document", 0, len(text.encode("utf-8")))
    stack = [root]
    children = root.children
    node_ = _Node
    leaf_kind = _LEAF_TEXT.get
    for ev, rng in pyromark.events_with_range(text, options=_options()):
        if ev.__class__ is str:  # SoftBreak, HardBreak, Rule
            children.append(node_(ev, rng["start"], rng["end"]))
            continue
        (k, v), = ev.items()
        if k == "Text":
            children.append(node_("text", rng["start"], rng["end"], None, v))
        elif k == "Start":
            if v.__class__ is str:
                node = node_(v, rng["start"], rng["end"])
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


# --------------------------------------------------------------------------- inline content
@dataclass(slots=True)
class _RawLink:
    url: str
    text: str
    start: int  # position in the plain text
    end: int
    offset: int  # byte offset in the source
    bare: bool = False
    image: bool = False  # the link wraps only an image (a star badge linking the repository)


@dataclass(slots=True)
class _Inline:
    """Plain text of some inline content, with the links found in it."""

    plain: str = ""
    links: list[_RawLink] = field(default_factory=list)
    emphasis: list[str] = field(default_factory=list)
    strong_only: bool = False  # the whole content is bold text (a pseudo-heading or block title)
    strong_lead: str = ""  # bold text at the very start
    empty_links: int = 0
    empty_link_texts: list[str] = field(default_factory=list)
    offset: int = 0
    image_links: int = 0  # links that wrap only an image (badges): never a title
    # (start, end) of bold and emphasised text, and of bold text alone; None until there is one (most
    # inline contents have none, and two lists per content would cost on every entry)
    marked: list[tuple[int, int]] | None = None
    bold: list[tuple[int, int]] | None = None


_INLINE_BLOCKS = {"Paragraph", "Heading", "TableCell"}


_SKIPPED_BLOCKS = frozenset(("List", "BlockQuote", "CodeBlock", "HtmlBlock", "Table", "Heading", "Item"))
_CLOSE = object()  # stack marker: the node below it is being closed


def _tail(out: list[str], pos: int, start: int) -> str:
    """``"".join(out)[start:]`` (``pos`` is the joined length), joining only the pieces needed."""
    need = pos - start
    if need <= 0:
        return ""
    i = len(out)
    size = 0
    while size < need:
        i -= 1
        size += len(out[i])
    s = out[i] if i == len(out) - 1 else "".join(out[i:])
    return s[size - need:] if size > need else s


#: one inline HTML tag (pulldown-cmark hands each tag over as its own event): an opening ``<a>``
#: with its ``href``, a closing ``</a>``, an ``<img>``'s ``alt`` text (attribute values quoted
#: either way or not at all, entities decoded by ``html.unescape``)
_HTML_A_OPEN = re.compile(r"""(?is)<a\s[^>]*?\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")
_HTML_A_CLOSE = re.compile(r"(?i)</a\s*>")
_HTML_ALT = re.compile(r"""(?is)\salt\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")


def _attribute(m: re.Match) -> str:
    import html

    return html.unescape(next(g for g in m.groups() if g is not None)).strip()


def _inline(nodes: list[_Node], skip_blocks: bool = True) -> _Inline:
    """Flatten inline nodes (iteratively) into plain text, links, emphasis texts.

    Runs several times per entry: text pieces are collected in a list and only the pieces
    a link, an emphasis or a bold lead needs are joined (never the whole text per element).
    """
    out: list[str] = []
    pos = 0
    res = _Inline(offset=nodes[0].start if nodes else 0)
    link_stack: list[tuple[str, int, int]] = []  # (url, start pos, offset)
    em_stack: list[int] = []
    strong_starts: list[int] = []
    strong_depth = 0
    strong_text = other_text = False  # some non-blank text inside / outside bold
    blank = True  # everything so far is white space
    first_strong_start: int | None = None
    html_a: list | None = None  # an open inline <a href>: [url, start pos, offset, img alt]
    stack: list = list(reversed(nodes))
    pop, push = stack.pop, stack.append
    while stack:
        node = pop()
        if node is not _CLOSE:
            k = node.kind
            if k == "text" or k == "code":
                t = node.text
                out.append(t)
                pos += len(t)
                if t and (blank or not (other_text if not strong_depth else strong_text)) and not t.isspace():
                    blank = False
                    if strong_depth:
                        strong_text = True
                    else:
                        other_text = True
                continue
            if k == "SoftBreak" or k == "HardBreak":
                out.append("\n")
                pos += 1
                continue
            if k == "ihtml":
                # inline ``<a href="…"><img alt="Paper" …></a>`` (a badge written in HTML): a link
                # named by the image's alt text; any other tag is markup, not content
                tag = node.text.strip()
                m = _HTML_A_OPEN.match(tag)
                if m:
                    html_a = [_attribute(m), pos, node.start, ""]
                elif html_a is not None and _HTML_A_CLOSE.match(tag):
                    url, start, off, alt = html_a
                    html_a = None
                    label = _tail(out, pos, start).strip() or alt
                    if url.lower().startswith(("http://", "https://")) and not _is_badge_target(url):
                        res.links.append(_RawLink(url, label, start, pos, off))  # never javascript: &c.
                elif html_a is not None and tag[:4].lower() == "<img":
                    a = _HTML_ALT.search(tag)
                    if a:
                        html_a[3] = _attribute(a)
                continue
            if k == "Image":
                continue  # images: badges, screenshots, not links of the entry
            if skip_blocks and k in _SKIPPED_BLOCKS:
                continue
            # container: visit children, then come back (the _CLOSE marker) to close it
            if k == "Link":
                attrs = node.attrs or {}
                link_stack.append((attrs.get("dest_url", ""), pos, node.start))
            elif k == "Emphasis":
                em_stack.append(pos)
            elif k == "Strong":
                if first_strong_start is None and blank:
                    first_strong_start = pos
                strong_starts.append(pos)
                strong_depth += 1
            elif k == "Paragraph" and out and not out[-1].endswith("\n"):
                out.append("\n")
                pos += 1
            push(node)
            push(_CLOSE)
            children = node.children
            if children:
                stack.extend(reversed(children))
            continue
        node = pop()
        k = node.kind
        if k == "Link" and link_stack:
            url, start, off = link_stack.pop()
            text = _tail(out, pos, start)
            stripped = text.strip()
            if not stripped and any(c.kind == "Image" for c in node.children):
                # a badge: the image is noise, the link it wraps is not (``[![Star](shields…)](github…)``)
                url = url.strip()
                if url and not url.startswith("#") and not _is_badge_target(url):
                    img = next(c for c in node.children if c.kind == "Image")
                    alt = "".join(getattr(t, "text", "") or "" for t in img.children).strip()
                    # "[![Model](…badge…)](github…/weights)": the badge says the repository holds a model,
                    # not the paper's code (only that alt is kept: other badges stay nameless)
                    res.links.append(_RawLink(url, alt if alt.lower() in WEIGHTS_LABELS else "", start, pos, off,
                                              image=True))
                    res.image_links += 1
                continue
            if not url.strip():
                res.empty_links += 1
                if stripped:
                    res.empty_link_texts.append(_bracket_label(text))
                    out = ["".join(out)[:start]]  # a label without a URL is not prose
                    pos = start
                    blank = not out[0].strip()
                continue
            if url.startswith("#"):
                continue  # navigation inside the document, not a resource
            res.links.append(_RawLink(url.strip(), stripped, start, pos, off))
        elif k == "Emphasis" and em_stack:
            start = em_stack.pop()
            res.emphasis.append(_tail(out, pos, start).strip())
            if res.marked is None:
                res.marked = []
            res.marked.append((start, pos))
        elif k == "Strong":
            if strong_starts:
                span = (strong_starts.pop(), pos)
                if res.marked is None:
                    res.marked = []
                if res.bold is None:
                    res.bold = []
                res.marked.append(span)
                res.bold.append(span)
            strong_depth -= 1
            if strong_depth == 0 and first_strong_start is not None and not res.strong_lead:
                res.strong_lead = _tail(out, pos, first_strong_start).strip()
    res.plain = "".join(out)
    res.strong_only = strong_text and not other_text and len(res.links) == res.image_links
    _add_bare_urls(res)
    if len(res.links) > 1:
        res.links.sort(key=_link_start)
    return res


_BADGE_HOSTS = ("img.shields.io", "shields.io/", "badge.fury.io", "awesome.re", "badgen.net", "travis-ci.",
                "circleci.com", "codecov.io", "readthedocs.org/projects", "/badge", "/badges/")
_IMAGE_SUFFIXES = (".svg", ".png", ".jpg", ".jpeg", ".gif", ".webp")


def _is_badge_target(url: str) -> bool:
    """A badge that links to an image or a badge/CI service: nothing of the entry."""
    low = url.lower()
    return low.split("?", 1)[0].endswith(_IMAGE_SUFFIXES) or any(h in low for h in _BADGE_HOSTS)


def _related_note(plain: str, link: _RawLink) -> str:
    """A note right after a link that makes it someone else's code (``Code: https://github.com/…
    (unofficial)``, ``[code](…)（复现）``): it outranks the ``label:`` before the link."""
    after = plain[link.end:link.end + 40].lstrip(" \t")
    if after[:1] not in ("(", "（"):  # not "[": a bracket after a link is the next link's text
        return ""
    close = min((i for i in (after.find(")"), after.find("）")) if i > 0), default=-1)
    if close <= 1:
        return ""
    from medkg.classify import label_role

    note = after[1:close]
    return note if label_role(note) == "related_code" else ""


def _link_label(plain: str, link: _RawLink) -> str:
    """The label of a link: a "someone else's code" note after it, the ``label:`` before it, its text."""
    return _related_note(plain, link) or _label_before(plain, link.start) or _bracket_label(link.text)


def _has_links(inl: _Inline) -> bool:
    """Some link other than a badge: a heading or a paragraph with only badges is no entry."""
    return len(inl.links) > inl.image_links


def _link_start(link: _RawLink) -> int:
    return link.start


#: ``[code](https://⏎github.com/owner/name)``: a link whose destination an editor wrapped onto the
#: next line is no link to CommonMark (a destination holds no line break), only text
_WRAPPED_LINK = re.compile(r"\[([^\[\]\n]{1,40})\]\((https?://[^\s()<>]*)\n[ \t]*([^\s()<>]+)\)")


def _add_bare_urls(res: _Inline) -> None:
    """pulldown-cmark does not autolink bare URLs; find them in the text outside links. A link
    wrapped inside its destination is taken whole, named by its bracketed text (the entry
    also gets a ``broken-link`` diagnostic for the curator)."""
    spans = [(link.start, link.end) for link in res.links]
    plain = res.plain
    if "](" in plain and "\n" in plain:
        for m in _WRAPPED_LINK.finditer(plain):
            if not any(a <= m.start() < b for a, b in spans):
                res.links.append(_RawLink(m.group(2) + m.group(3), m.group(1), m.start(), m.end(), res.offset))
                spans.append((m.start(), m.end()))
    for s, e, url in ids.find_urls(plain):
        if any(a <= s < b for a, b in spans):
            continue
        res.links.append(_RawLink(url, url, s, e, res.offset, bare=True))


def _label_before(plain: str, start: int) -> str:
    """``Paper: http://…`` / ``论文地址：[x](…)`` / ``github: [x](…)`` → the label before the colon."""
    line_start = plain.rfind("\n", 0, start) + 1
    before = plain[line_start:start].rstrip(" \t(（[")
    if not before.endswith(_COLONS):
        return ""
    before = before[:-1].rstrip()
    for sep in (";", "；", "。", ". ", ",", "，", "|", "  ", ")", "]"):
        i = before.rfind(sep)
        if i >= 0:
            before = before[i + len(sep):]
    before = before.strip(" *_`[]()")
    return before if 0 < len(before) <= MAX_LABEL_CHARS else ""


_PAIRS = {")": "(", "]": "[", "）": "（", "】": "【", "」": "「", "}": "{"}


MAX_TITLE_CHARS = 2000


def _clean_title(s: str) -> str:
    """Trim list markers, stars, colons and unbalanced brackets; keep ``Name (MURA)`` intact;
    drop what a browser tab adds to a page's title (``_page_title``).

    Bounded to ``MAX_TITLE_CHARS``: a title is not an essay, and the bracket balancing below
    would otherwise be quadratic on hostile input (300,000 ``[``).
    """
    s = " ".join(s[:MAX_TITLE_CHARS * 4].split())[:MAX_TITLE_CHARS]
    while True:
        before = s
        s = s.strip(" \t*_#>|-–—:：,，;；·•\"'`")
        if s and s[-1] in _PAIRS and s.count(_PAIRS[s[-1]]) < s.count(s[-1]):
            s = s[:-1]
        if s and s[-1] in _PAIRS.values():
            s = s[:-1]
        if s and s[0] in _PAIRS.values():
            close = next(k for k, v in _PAIRS.items() if v == s[0])
            if s.count(close) < s.count(s[0]):
                s = s[1:]
        if s == before:
            if s[:1] in _TITLE_WRAPS and s[-1:] == _TITLE_WRAPS[s[0]] and s.count(s[0]) == 1:
                s = _unwrapped_title(s)
            return _page_title(s) if ("|" in s or " - " in s or s[-1:] == ")" or s[:1] == "[") else s


#: ``《Title》`` / ``「Title」`` / ``“Title”``: a whole title in title quotes
_TITLE_WRAPS = {"《": "》", "「": "」", "“": "”", "〈": "〉"}


def _unwrapped_title(s: str) -> str:
    """``《Deep Learning Applications.pdf》`` → ``Deep Learning Applications``: the quotes, and the
    extension of a file name used as the title, are no part of it."""
    inner = s[1:-1].strip()
    if inner[-4:].lower() == ".pdf":
        inner = inner[:-4].rstrip()
    return inner if _is_meaningful(inner) else s


def clean_title(s: str) -> str:
    """``_clean_title`` for other modules."""
    return _clean_title(s)


#: Sites whose name a browser tab appends to (or puts before) a page's title; a list that copies
#: the tab's text as a link text carries them ("… | IEEE Xplore", "… - ScienceDirect").
_SITE_NAMES = frozenset(
    "ieee xplore|ieee journals & magazine|ieee conference publication|ieee journals & magazines|sciencedirect|"
    "springerlink|springer|oxford academic|pubmed|pmc|ncbi|europe pmc|arxiv|arxiv.org|acm digital library|"
    "acm conferences|wiley online library|semantic scholar|researchgate|jama network|the lancet|nature|"
    "science|cell|biorxiv|medrxiv|openreview|mdpi|frontiers|plos|plos one|bmc|google scholar|papers with code|"
    "github|hugging face|acl anthology|nih|elsevier|taylor & francis online|sage journals|karger|thieme|"
    "cureus|jmir|nature communications|nature medicine|scientific reports|npj digital medicine".split("|"))
#: a tab title's trailing "(oup.com)" and leading "[2010.12309] "
_HOST_TAIL = re.compile(r"\s*\((?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\)$")
_ARXIV_HEAD = re.compile(r"^\[\d{4}\.\d{4,5}(?:v\d+)?\]\s+")


def _page_title(s: str) -> str:
    """``Title | Journal | Oxford Academic (oup.com)`` → ``Title``; ``[2301.00003] Title (arxiv.org)``
    → ``Title``; ``Title - ScienceDirect`` → ``Title``; ``JMIR Medical Informatics - Title`` →
    ``Title``. Only where the decoration names a known site or a host (a title may contain "|"
    or " - " itself), and never down to a title of fewer than three words."""
    t = _ARXIV_HEAD.sub("", _HOST_TAIL.sub("", s))
    parts = t.split(" | ")
    if len(parts) > 1 and parts[-1].strip().casefold() in _SITE_NAMES:
        t = parts[0]
    parts = t.split(" - ")
    if len(parts) > 1 and parts[-1].strip().casefold() in _SITE_NAMES:
        t = " - ".join(parts[:-1])
    elif len(parts) > 1 and parts[0].split(" ", 1)[0] in ("JMIR", "JMIRx") and len(parts[0]) <= 40:
        t = " - ".join(parts[1:])  # "JMIR Medical Informatics - Title": JMIR's tab titles
    t = t.strip()
    return t if t != s and len(t.split()) >= 3 else s


_QUOTES = {'"': '"', "“": "”", "《": "》", "«": "»", "「": "」"}
_TRAILER_OPEN = ("(", "（", ",", "，", "—", "–", "-", ".", "。", ";", "；")  # not "|": a pipe row (pipe_title)
#: ``…Segmentation (MICCAI 2015)``, ``…Benchmark（ACL 2022）``, ``…Learning，arXiv 2017。``,
#: ``…, Nature Methods 2021.``, ``…Text. EMNLP 2022.``, ``ChatDoctor  (2023-03-24)``: a short
#: venue-and-year (or date) trailer closing an undelimited title; also ``… (MICCAI-24)``,
#: ``… (CVPR'23)``: an acronym and a two-digit year (but "(COVID-19)" names a disease).
_YEAR_TRAILER = re.compile(r"(?:\s*[(（][^()（）]{0,40}?(?:19|20)\d\d(?:[-/.]\d{1,2}){0,2}[a-z]?\s*[)）]"
                           r"|\s*[(（]\s*(?!COVID|SARS)[A-Z][A-Za-z&]{1,11}[-'’]\d\d\s*[)）]"
                           r"|\s*(?:,|，)\s*[^,，()（）]{1,40}?(?<!\d)(?:19|20)\d\d"
                           r"|\.\s+[^.,，()（）]{1,40}?(?<!\d)(?:19|20)\d\d)\s*[.。,，;]?\s*$")


def _split_trailer(lead: str, strong_lead: str, comma_year: bool = True) -> tuple[str, str]:
    """A lead text → (title, citation trailer); the trailer is "" when nothing delimits one.

    Bold, quoted or 《》 text at the start is the title and what follows it the trailer
    (``**Title** (MICCAI 2015)``, ``"Title." Venue (2022).``, ``《Title》，Nature 2017``);
    ``**Name**：Title，venue year。`` names a paper whose title follows the colon. Otherwise a
    closing ``(Venue 2015)`` / ``, Venue 2021.`` (only with ``comma_year``) is cut, and the
    full stop closing a one-sentence title dropped.
    """
    s = lead.strip()
    if not s:
        return lead, ""
    if strong_lead and s.lstrip("*_").startswith(strong_lead):
        after = s.lstrip("*_")[len(strong_lead):].lstrip("*_")
        rest = after.lstrip()
        if rest[:1] in (":", "：") and _is_meaningful(rest[1:]):
            title, trailer = _cut_year_trailer(rest[1:].strip())
            if trailer:  # "**CheXNet**：Radiologist-Level … Learning，arXiv 2017。"
                return title, trailer
        if not _is_meaningful(rest) or rest.startswith(_TRAILER_OPEN) and _is_meaningful(strong_lead):
            return _drop_closing_stop(strong_lead), rest
        return lead, ""
    close = _QUOTES.get(s[0])
    if close is not None:
        end = s.find(close, 1)
        if end > 1 and _is_meaningful(s[1:end]):
            return s[1:end].strip().rstrip("."), s[end + 1:].strip()
    title, trailer = _cut_year_trailer(s)
    if not trailer and comma_year:
        title, trailer = _cut_etal_trailer(s)
    if trailer and not comma_year and (trailer[0] not in "(（" or ". " in title):
        return lead, ""  # "Lakhani, P. & Sundaram, B. Title. Radiology 284 (2017)": a whole reference
    if not comma_year:
        return (title, trailer) if trailer else (lead, "")
    if not trailer:
        title = _drop_closing_stop(title)
    return title, trailer


#: a lead of at most three words and a year in brackets, nothing else: "NeurIPS (2021) ", "ICLR oral (2022) "
_TAG_LEAD = re.compile(r"^\s*[^\W\d_][^\s()（）\[\]]*(?:\s+[^\s()（）\[\]]+){0,2}\s*[(（]\s*(?:19|20)\d\d[a-z]?\s*[)）][\s:：,.\-–—]*$")


def _names_work(text: str, min_words: int = 3) -> bool:
    """A link text that names a work (``min_words`` words or more; no label such as ``[paper]`` or
    ``[ICLR 2023]``, no address) rather than saying what the link is."""
    from medkg.classify import is_link_label

    t = _clean_title(text)
    return len(t.split()) >= min_words and not t.startswith(("http", "www.")) and not _LINK_LABEL_ONLY.match(t) \
        and not is_link_label(t)


def _drop_closing_stop(title: str) -> str:
    """``TransUNet: … Segmentation.``, ``… for Longitudinal EHR.``: the full stop ends a one-sentence title,
    it is not part of it (kept after a short abbreviation or an initial: ``… et al.``, ``Vol.``, ``J.``)."""
    if not title.endswith(".") or ". " in title or title.endswith(".."):
        return title
    last = title.rsplit(" ", 1)[-1][:-1]
    if len(last) > 3 or (len(last) >= 2 and last.isupper() and last.isalpha()):  # "…Segmentation.", "…EHR."
        return title[:-1]
    return title


#: ``Title, B. Shickel et al.``, ``Title, Miotto R. et.al.``: a first author closing a linked title
_ETAL_TRAILER = re.compile(r"\s*[,，]\s*[^,，()（）\[\]]{1,40}?\s+et\.?\s?al\.?\s*$")


def _cut_etal_trailer(s: str) -> tuple[str, str]:
    m = _ETAL_TRAILER.search(s) if "al" in s else None
    if m is None or len(s[:m.start()].split()) < 3:
        return s, ""
    return s[:m.start()].rstrip(), s[m.start():].strip(" ,，")


def _cut_year_trailer(s: str) -> tuple[str, str]:
    m = _YEAR_TRAILER.search(s) if "19" in s or "20" in s or s[-1:] in (")", "）") else None
    if m is None or not _is_meaningful(s[:m.start()]):
        return s, ""
    if len(s[:m.start()].split()) < 3 and not any(map(_is_cjk, s)) and any(ch.isalpha() for ch in m.group()):
        return s, ""  # "V-Net (3DV 2016)": a short name keeps its tag; "ChatDoctor (2023-03-24)" loses a bare date
    title = s[:m.start()].rstrip()
    if s[m.start()] == "." and ". " in title:
        return s, ""  # "Title. Esteva et al. Nature 2017.": a whole reference, for ``citation`` to split
    return title, s[m.start():].strip()


def _is_meaningful(s: str) -> bool:
    """At least two letters or digits (stops early: it runs on every text of every entry)."""
    seen = 0
    for ch in s:
        if ch.isalnum():
            seen += 1
            if seen >= 2:
                return True
    return False


def _bold_title_after_tag(lead: str, bold: list[tuple[int, int]]) -> tuple[str, str] | None:
    """``[2023/11] **Title** *Authors. arXiv*``, ``💥 [2023/11] **Title**``: bold text after nothing but a
    bracketed tag (a date, a venue) or symbols is the title; the tag and what follows go to the trailer.

    ``lead`` starts at offset 0 of the inline text that the ``bold`` spans refer to.
    """
    span = next(((a, b) for a, b in sorted(bold) if b <= len(lead) and _is_meaningful(lead[a:b])), None)
    if span is None:
        return None
    a, b = span
    pre, depth = [], 0
    for ch in lead[:a]:  # what stands before the bold text, without its bracketed tags
        if ch in "[(（【":
            depth += 1
        elif ch in "])）】":
            depth = max(0, depth - 1)
        elif not depth:
            pre.append(ch)
    if _is_meaningful("".join(pre)):
        return None  # "Deep learning for **chest** X-rays": bold inside a title
    tag = lead[:a].strip(" \t*_")
    trailer = " ".join(x for x in (tag, lead[b:].strip(" \t*_[(（【")) if x)
    return _drop_closing_stop(lead[a:b].strip()), trailer


def _cut_marked_tag(lead: str, marked: list[tuple[int, int]]) -> tuple[str, str]:
    """``Title (**EMNLP'23**)`` / ``Title (*MIMIC-CXR*)`` → (title, "(EMNLP'23)"): a parenthesised bold or
    emphasised tag closing the title is a venue tag or a short name, not part of the title.

    ``lead`` starts at offset 0 of the inline text that ``marked`` spans refer to.
    """
    t = lead.rstrip(" \t[")
    if not t.endswith((")", "）")) or not marked:
        return lead, ""
    open_at = max(t.rfind("("), t.rfind("（"))
    inner = t[open_at + 1:-1].strip()
    if open_at <= 0 or not inner:
        return lead, ""
    if not any(a > open_at and b < len(t) and t[a:b].strip() == inner for a, b in marked):
        return lead, ""
    title = t[:open_at].rstrip()
    if len(title.split()) < 3 and sum(map(_is_cjk, title)) < 4:
        return lead, ""
    return title, t[open_at:]


def _title_after_label_link(plain: str, links: list[_RawLink], first: _RawLink) -> tuple[str, int, str] | None:
    """``[[arXiv 2026](…)] Title [[Code](…)]``, ``[[PDF](…)] Title``: when the item's first link is a
    bracketed label (a role word, a venue and year) the title is the text after it, up to the next link
    or the end of the line → (title, where the rest starts, its trailer); None when no title follows."""
    bracketed = first.text.strip().startswith("[") or (
        plain[:first.start].rstrip(" \t").endswith("[") and plain[first.end:].lstrip(" \t").startswith("]"))
    if not bracketed:
        return None  # "[医渡云结构化数据集](…)：…", "[Data URL](…) …": a named link, not a label tag
    from medkg.classify import is_link_label

    if not is_link_label(_bracket_label(first.text)):
        return None
    end = plain.find("\n", first.end)
    end = len(plain) if end < 0 else end
    nxt = next((link.start for link in links if link.start >= first.end), end)
    text = plain[first.end:min(end, nxt)]
    title = _clean_title(text)
    if len(title.split()) < 2 and sum(map(_is_cjk, title)) < 4:
        return None
    title, trailer = _split_trailer(text.strip(" \t])】").rstrip(" \t[(（【"), "")
    return _clean_title(title), min(end, nxt), trailer


def _strip_placeholders(lead: str) -> tuple[str, list[str]]:
    """``Title [Paper] [[Code]](…)`` → ("Title", ["Paper"]): a bracketed role word with no link after
    the title is a link the curator has not filled in yet, not part of the title."""
    found: list[str] = []
    s = lead
    while True:
        t = s.rstrip(" \t[(（【")
        if not t.endswith("]"):
            break
        open_at = t.rfind("[")
        inner = t[open_at + 1:-1].strip()
        if open_at < 0 or not inner or len(inner) > MAX_LABEL_CHARS or not _is_role_word(inner) \
                or not _is_meaningful(t[:open_at]):
            break
        found.append(inner)
        s = t[:open_at]
    return (s, found) if found else (lead, found)


def _strip_label_suffix(s: str) -> str:
    """``大型语言模型编码临床知识  论文地址：`` → drop a trailing ``label：``."""
    t = s.rstrip()
    if t.endswith(_COLONS):
        cut = max(t.rfind("  "), t.rfind(" "), t.rfind("\t"))
        head = t[:cut] if cut > 0 else ""
        label = t[cut + 1:-1] if cut > 0 else t[:-1]
        if len(label.strip()) <= MAX_LABEL_CHARS and _is_meaningful(head):
            return head
    return s


# --------------------------------------------------------------------------- headings
def analyse_heading(text: str, level: int) -> Heading:
    """``2.1 基因序列分析与预测 Gene sequence analysis`` → number, zh and en labels."""
    text = " ".join(text.split())
    rest = text
    number = None
    i = _number_prefix_end(rest)
    if i:
        number = rest[:i].rstrip(".") or None
        rest = rest[i:].lstrip(" .、)")
    zh_parts, en_parts = [], []
    for tok in rest.split(" "):
        if not tok:
            continue
        (zh_parts if any(_is_cjk(ch) for ch in tok) else en_parts).append(tok)
    label_zh = " ".join(zh_parts) or None
    label_en = " ".join(en_parts) or None
    if label_zh and label_en and not any(ch.isalpha() and not _is_cjk(ch) for ch in label_en):
        label_en = None  # only digits/punctuation besides the Chinese
    if label_zh and not label_en:
        label_zh = rest or label_zh
    if label_en and not label_zh:
        label_en = rest or label_en
    return Heading(text=text, level=level, number=number, label_zh=label_zh, label_en=label_en)


def _number_prefix_end(text: str) -> int:
    """Length of a leading section number (``2.1``, ``4.``): digits and dots with a digit among
    them, followed by the end, a non-alphanumeric or a CJK character; 0 when there is none
    (``3D Slicer``, ``2.5D``). ``Heading.number`` and heading-block titles share this rule."""
    i = 0
    while i < len(text) and (text[i].isdigit() or text[i] == "."):
        i += 1
    if i and any(ch.isdigit() for ch in text[:i]) and (i == len(text) or not text[i].isalnum() or _is_cjk(text[i])):
        return i
    return 0


_CJK_NUMERALS = frozenset("一二三四五六七八九十百零〇")
_ROMAN_NUMERALS = frozenset(
    tens + ones
    for tens in ("", "X", "XX", "XXX")
    for ones in ("", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX")
) - {""}
_NUMBER_TRAIL = " \t.、)）:：-–—"


def strip_section_number(title: str) -> str:
    """``4.中文医学问答数据集`` → ``中文医学问答数据集``: the section number of a heading that is an entry.

    Only clear numbering goes: a number with a dot (``4.``, ``4.1``, ``3.Yidu``), one closed by ``、`` or
    ``)`` (``4、``), a one- or two-digit number before a space (``1 Foo``), ``(4)``/``（4）``,
    Chinese numerals before ``、`` (``一、``) and Roman numerals of two letters or more before
    ``. `` (``IV. ``; a lone ``I.``/``V.`` is an initial). A year
    (``2018 Data Science Bowl``), a name (``3D Slicer``, ``5G``) or a count (``3个数据集``)
    stays, and so does the whole title when nothing meaningful would be left.
    """
    rest = None
    i = _number_prefix_end(title)
    if not i:  # "3.Yidu-N7K": a number closed by a dot may touch the name (unlike "2.5D")
        j = 0
        while j < len(title) and (title[j].isdigit() or title[j] == "."):
            j += 1
        if j > 1 and title[j - 1] == "." and title[0].isdigit():
            i = j
    if i:
        number, after = title[:i], title[i:i + 1]
        if "." in number or after in ("、", ")", "）") or (len(number) <= 2 and after.isspace()):
            rest = title[i:]
    elif title[:1] in ("(", "（"):
        close = min((j for j in (title.find(")"), title.find("）")) if j > 0), default=-1)
        if 1 < close <= 5 and title[1:close].strip().isdigit():
            rest = title[close + 1:]
    elif title[:1] in _CJK_NUMERALS:
        j = 0
        while j < len(title) and title[j] in _CJK_NUMERALS:
            j += 1
        if j <= 3 and title[j:j + 1] in ("、", "．", "."):
            rest = title[j:]
    else:
        dot = title.find(". ", 0, 7)
        if dot > 1 and title[:dot] in _ROMAN_NUMERALS:  # "I. Goodfellow", "V. Smith": initials
            rest = title[dot:]
    if rest is None:
        return title
    rest = rest.lstrip(_NUMBER_TRAIL)
    return rest if _is_meaningful(rest) else title


def _is_cjk(ch: str) -> bool:
    o = ord(ch)
    return 0x3400 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF or 0x20000 <= o <= 0x2FA1F


# --------------------------------------------------------------------------- parser
@dataclass(slots=True)
class _Draft:
    """An entry being assembled."""

    line: int
    end_line: int
    title: str = ""
    links: list[Link] = field(default_factory=list)
    description: list[str] = field(default_factory=list)
    fields: list[tuple[str, str]] = field(default_factory=list)
    authors_hint: list[str] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    start_byte: int = 0
    end_byte: int = 0


class _Parser:
    def __init__(self, source: SourceText):
        self.source = source
        self.name = source.name
        self.data = source.text.encode("utf-8")
        self.line_starts = [0]
        find = self.data.find
        i = find(b"\n")
        while i >= 0:
            self.line_starts.append(i + 1)
            i = find(b"\n", i + 1)
        self.topic: list[Heading] = []
        self.title_h1: Heading | None = None
        self.title_h1_node: _Node | None = None
        self.out: list[Entry] = []
        self.list_diags: list[Diagnostic] = []
        self.section_level = 0  # level of the heading that opened the current section
        self.section_heading: _Node | None = None
        self.section_heading_inline = _Inline()  # its inline content, read once (a section may need it thrice)
        self.section_is_doc = False  # the section is about the list itself ("Contributing", "License")
        self.section_heading_line = 0
        self.section_entries = 0
        self.section_paras: list[_Node] = []
        self.pseudo: Heading | None = None  # bold paragraph acting as a sub-heading

    # -- positions
    def line_of(self, offset: int) -> int:
        return bisect.bisect_right(self.line_starts, offset)

    def end_line_of(self, end_offset: int) -> int:
        return self.line_of(max(end_offset - 1, 0))

    def raw(self, start: int, end: int) -> str:
        return self.data[start:end].decode("utf-8", "replace")

    def diag(self, line: int, code: str, message: str, severity: str = "warning") -> Diagnostic:
        return Diagnostic(self.name, line, code, message, severity)

    def current_topic(self) -> tuple[Heading, ...]:
        topic = tuple(self.topic)
        if self.pseudo is not None:
            topic += (self.pseudo,)
        return topic

    # -- driver
    def run(self) -> list[Entry]:
        root = build_tree(self.source.text)
        h1s = [c for c in root.children if c.kind == "Heading" and c.attrs and c.attrs.get("level") == "H1"]
        first_block = root.children[0] if root.children else None
        if len(h1s) == 1 and first_block is h1s[0]:
            self.title_h1 = analyse_heading(_inline(h1s[0].children).plain, 1)
            self.title_h1_node = h1s[0]
        for node in root.children:
            self.block(node, depth=0)
        self.close_section()
        return self.out

    def block(self, node: _Node, depth: int) -> None:
        k = node.kind
        if k == "Heading":
            self.heading(node)
        elif k == "List":
            self.pseudo_from_pending()
            self.list_(node, depth)
        elif k == "Table":
            self.pseudo_from_pending()
            self.table(node)
        elif k in ("Paragraph", "BlockQuote"):
            self.section_paras.append(node)
        elif k == "HtmlBlock":
            html = "".join(c.text for c in node.children)
            if "href" in html and not _only_badges(html) and not self.html_block(node, html):
                self.list_diags.append(self.diag(self.line_of(node.start), "html-skipped",
                                                 "HTML block with links not read as entries", "info"))
        # CodeBlock, Rule, footnotes: not entries

    # -- headings and sections
    def heading(self, node: _Node) -> None:
        self.close_section()
        level = int(str((node.attrs or {}).get("level", "H2"))[1:] or 2)
        inline = _inline(node.children)
        h = analyse_heading(inline.plain, level)
        if node is self.title_h1_node:
            self.topic = []  # the list's own title, not a topic
        else:
            while self.topic and self.topic[-1].level >= level:
                self.topic.pop()
            self.topic.append(h)
        self.pseudo = None
        self.section_level = level
        self.section_heading = node
        self.section_heading_inline = inline
        self.section_is_doc = node is not self.title_h1_node and _is_document_section(inline.plain)
        self.section_heading_line = self.line_of(node.start)
        self.section_entries = 0
        self.section_paras = []

    def pseudo_from_pending(self) -> None:
        """A bold-only paragraph right before a list names a sub-topic of that list."""
        paras = self.section_paras
        if paras and paras[-1].kind == "Paragraph":
            inl = _inline(paras[-1].children)
            if inl.strong_only and _is_meaningful(inl.plain):
                self.pseudo = analyse_heading(_clean_title(inl.plain), (self.topic[-1].level + 1) if self.topic else 1)
                paras.pop()
        self.flush_paragraph_blocks(final=False)

    def close_section(self) -> None:
        self.flush_paragraph_blocks(final=True)
        self.section_paras = []

    def flush_paragraph_blocks(self, final: bool) -> None:
        """Turn pending paragraphs into entries: bold-title blocks, or the heading block."""
        paras = self.section_paras
        self.section_paras = []
        if not paras:
            if final and self.section_heading is not None and self.section_entries == 0 \
                    and self.section_heading is not self.title_h1_node:
                heading_inline = self.section_heading_inline
                if _has_links(heading_inline):  # "### [Name](url)" with nothing under it
                    self.emit_block([(self.section_heading, heading_inline)], title=heading_inline.plain,
                                    heading_topic=True)
            return
        if self.section_is_doc:
            if any(_has_links(_inline(p.children)) for p in paras if p.kind == "Paragraph"):
                self.list_diags.append(self.diag(self.line_of(paras[0].start), "skipped-prose",
                                                 "links in a section about the list itself are not entries", "info"))
            return  # "## Introduction", "## Contributing", "## 许可证": prose about the list, not entries
        units = _paragraph_units(paras)
        # paragraphs written as items ("-[Title](url) - …", "[CVPR 2023] Title [[paper]](…) [[code]](…)"):
        # two or more of them in a section, or one bullet that lost its space, make each an entry
        as_items = sum(1 for _, _, kind in units if kind) >= 2 or any(kind == 2 for _, _, kind in units)
        # 1. bold-titled blocks: "**Title**" paragraph + following paragraphs until the next one
        #    (and items: one paragraph or line each, with the non-item paragraphs that follow it)
        groups: list[tuple[bool, list[tuple[_Node, _Inline]]]] = []
        intro: list[tuple[_Node, _Inline]] = []
        field_titles: dict[int, str] = {}
        title_record: list | None = None  # the last "**Title:** [Title](…)" record of the section
        for p, inl, kind in units:
            starts_block = p.kind == "Paragraph" and inl.strong_lead and (
                inl.strong_only or (inl.links and inl.plain.lstrip().startswith(inl.strong_lead[:8])))
            field_title = _title_field_value(inl) if p.kind == "Paragraph" else ""
            if field_title:  # "**标题**：A Survey of …" / "**Title:** …": a record titled by its value
                groups.append((False, [(p, inl)]))
                field_titles[id(groups[-1][1])] = field_title
            elif starts_block and groups and not groups[-1][0] and id(groups[-1][1]) in field_titles \
                    and _LINK_LABEL_ONLY.match(_bracket_label(inl.strong_lead).rstrip(":：")):
                groups[-1][1].append((p, inl))  # "**链接**：https://…" is the record's link, not a new one
            elif starts_block and title_record is not None and _LINK_FIELD_LABEL.match(inl.strong_lead):
                # "**Title:** [Title](…)" … "**Additional links:** … on [Github](…)": the record's own links
                title_record.append((p, inl))
            elif starts_block and _is_meaningful(inl.strong_lead):
                groups.append((False, [(p, inl)]))
                if inl.links and _TITLE_FIELD.match(inl.strong_lead):
                    title_record = groups[-1][1]
            elif as_items and kind:
                groups.append((True, [(p, inl)]))
            elif groups:
                groups[-1][1].append((p, inl))
            else:
                intro.append((p, inl))
        entries_before = self.section_entries
        for item, g in groups:
            if item:
                self.emit_item(g)
            elif any(_has_links(inl) for p, inl in g if p.kind == "Paragraph"):
                self.emit_block(g, title=field_titles.get(id(g)) or _drop_closing_stop(g[0][1].strong_lead))
        # 2. heading block: a heading (level ≥ 2) whose section has links in prose and no list entries
        #    (before a list, only a level ≥ 3 heading: "## Datasets / see [x] / - …" is an intro)
        if intro and not final and self.section_level < 3 and any(_has_links(inl) for _, inl in intro):
            self.list_diags.append(self.diag(self.line_of(intro[0][0].start), "skipped-prose",
                                             "links in introductory prose are not entries", "info"))
        if intro and (final or self.section_level >= 3) and self.section_heading is not None \
                and self.section_level >= 2 \
                and entries_before == 0 and not (self.title_h1 and self.section_level == 1):
            heading_inline = self.section_heading_inline
            standalone = _standalone_links(intro)
            if standalone and not _has_links(heading_inline):
                # "[Name](url)" paragraphs, one per line, under a heading: a list without bullets
                for p, inl in standalone:
                    self.emit_block([(p, inl)], title=inl.links[0].text)
            elif any(_has_links(inl) for p, inl in intro if p.kind == "Paragraph") or _has_links(heading_inline):
                self.emit_block([(self.section_heading, heading_inline)] + intro, title=heading_inline.plain,
                                heading_topic=True)
        elif intro and self.section_heading is not None and final and self.section_entries == 0:
            heading_inline = self.section_heading_inline
            if _has_links(heading_inline):
                self.emit_block([(self.section_heading, heading_inline)], title=heading_inline.plain, heading_topic=True)

    def emit_item(self, parts: list[tuple[_Node, _Inline]]) -> None:
        """A paragraph (or a line of one) written as a list item, like a list item; the paragraphs
        after it that are no items themselves (an author line, ``[[Paper](…)] [[Code](…)]``) add to it."""
        first, inl = parts[0]
        d = _Draft(line=self.line_of(first.start), end_line=self.end_line_of(parts[-1][0].end),
                   start_byte=first.start, end_byte=parts[-1][0].end)
        self.fill_from_inline(d, inl)
        if inl.bold and _NUMBERED_CITATION.match(inl.plain):  # "[1] Authors. **Title.** Venue": the bold span
            b0, b1 = inl.bold[0]
            bold_title = _drop_closing_stop(_clean_title(inl.plain[b0:b1]))
            if _is_meaningful(bold_title) and len(bold_title.split()) >= 3:
                d.title = bold_title
                # the reference without its number and title: "Shickel, B., et al. Nature medicine 25.1 (2019): 24-29"
                authors_part = _NUMBERED_CITATION.sub("", inl.plain[:b0]).strip(" *")
                venue_line = inl.plain[b1:].split("\n", 1)[0].strip(" .*")
                reference = " ".join(t for t in (authors_part, venue_line) if t)
                if reference:
                    d.description = [reference] + [t for t in d.description if t.strip() != venue_line]
        for p, more in parts[1:]:
            in_quote = p.kind == "BlockQuote"
            self.collect_fields(d, more, take_links=not in_quote)
            d.description.append(more.plain.strip() if in_quote or not more.links else _prose(more))
            if not in_quote:
                d.authors_hint.extend(more.emphasis)
        self.finish(d, self.current_topic())

    def emit_block(self, parts: list[tuple[_Node, _Inline]], title: str, heading_topic: bool = False) -> None:
        first = parts[0][0]
        d = _Draft(line=self.line_of(first.start), end_line=self.end_line_of(parts[-1][0].end),
                   start_byte=first.start, end_byte=parts[-1][0].end)
        d.title = _clean_title(title)
        if heading_topic:  # "#### 4.中文医学问答数据集": the entry is the dataset, not section 4
            d.title = strip_section_number(d.title)
        for i, (p, inl) in enumerate(parts):
            in_quote = p.kind == "BlockQuote"
            start = 0
            if i == 0 and p.kind == "Paragraph":
                first_nl = inl.plain.find("\n")
                head = inl.plain if first_nl < 0 else inl.plain[:first_nl]
                if _clean_title(head) == _clean_title(title):
                    start = len(head)  # the title line is not a field nor prose
            elif i == 0:
                start = len(inl.plain)  # the heading itself
            self.collect_fields(d, inl, take_links=not in_quote, start=start)
            if in_quote or not inl.links:
                d.description.append(inl.plain[start:].strip())
            else:
                d.description.append(_prose(inl, start))
            d.authors_hint.extend(inl.emphasis if p.kind == "Paragraph" and i <= 1 else [])
            if inl.empty_links:
                d.diagnostics.append(self.diag(self.line_of(p.start), "empty-link", "link with no URL"))
        for label, value in d.fields:
            if label.lower() in _TITLE_FIELD_LABELS and _is_meaningful(value):
                d.title = _clean_title(value)
                break
        topic = self.current_topic()
        if heading_topic and topic:
            topic = topic[:-1]  # the heading is the entry itself, its parents are the topic
        self.finish(d, topic)

    def collect_fields(self, d: _Draft, inl: _Inline, take_links: bool = True, start: int = 0) -> None:
        """Labelled lines (``来源：CBLUE``, ``论文题目:…``) and links with their labels."""
        for line in inl.plain[start:].split("\n"):
            label, value = _split_label(line)
            if label and value and not value.startswith(("http://", "https://")):
                d.fields.append((label, value))
        if take_links:
            for link in inl.links:
                label = _link_label(inl.plain, link)
                d.links.append(Link(url=link.url, label=label, line=self.line_of(link.offset), text=link.text))

    # -- lists
    def list_(self, node: _Node, depth: int, topic_override: tuple[Heading, ...] | None = None,
              under_linked: bool = False) -> None:
        if _is_toc(node, self.topic):
            self.list_diags.append(self.diag(self.line_of(node.start), "skipped-toc",
                                             "table of contents skipped", "info"))
            return
        for item in node.children:
            if item.kind == "Item":
                self.item(item, depth, topic_override, under_linked)

    def item(self, node: _Node, depth: int, topic_override: tuple[Heading, ...] | None,
             under_linked: bool = False) -> None:
        own: list[_Node] = []  # inline nodes and paragraphs of the item itself
        nested: list[_Node] = []
        html_blocks: list[_Node] = []
        for c in node.children:
            if c.kind in ("List", "Heading", "Table") or (c.kind == "BlockQuote" and depth < 0):
                nested.append(c)
            elif c.kind == "CodeBlock":
                continue
            elif c.kind == "HtmlBlock":
                html_blocks.append(c)
            else:
                own.append(c)
        flattened = depth >= MAX_DEPTH
        if flattened:
            own, nested, html_blocks = [node], [], []  # hostile nesting: flatten the rest into this entry
        if html_blocks and not own:
            own = [_html_as_markdown(h) for h in html_blocks]  # "- <b>Name</b> [paper](…)": keep the item
        inl = _inline(own, skip_blocks=not flattened)
        quotes = [c for c in own if c.kind == "BlockQuote"]
        line = self.line_of(node.start)
        own_end = max((c.end for c in own), default=node.start + 1)
        d = _Draft(line=line, end_line=self.end_line_of(own_end), start_byte=node.start, end_byte=own_end)
        self.fill_from_inline(d, inl)
        if under_linked and not d.links:
            d.fields.append((UNDER_LINKED_ITEM_FIELD, ""))
        if flattened:
            d.diagnostics.append(self.diag(line, "deep-nesting", f"lists nested deeper than {MAX_DEPTH} levels are "
                                           "merged into this entry"))
        for q in quotes:
            d.description.append(_blockquote_inline(q).plain.strip())
        # nested lists: labelled sub-bullets are fields of this entry; other items are entries
        child_lists: list[_Node] = []
        for c in nested:
            field_inlines = _field_list_inlines(c, d.links) if c.kind == "List" else None
            if field_inlines is not None:
                for sub, sinl in zip(c.children, field_inlines):
                    if sinl is None:
                        sinl = _inline([x for x in sub.children if x.kind not in ("List",)])
                    self.fill_field_item(d, sinl)
                    d.end_line = max(d.end_line, self.end_line_of(sub.end))
                    label, value = _split_label(sinl.plain.split("\n")[0]) if not sinl.links else ("", "")
                    for x in sub.children:
                        if x.kind == "List" and label and not value:
                            self.fill_field_values(d, label, x)  # "数据：" over its own sub-list
                        elif x.kind == "List":
                            child_lists.append(x)
            else:
                child_lists.append(c)
        topic = topic_override if topic_override is not None else self.current_topic()
        is_entry = bool(d.links) or _is_meaningful(d.title) or any(d.description)
        has_children = any(c.kind in ("List", "Table") for c in child_lists)
        if is_entry and not (has_children and not d.links and not _looks_like_citation(d.title)):
            self.finish(d, topic)
            child_topic = topic_override
        elif is_entry:
            # a link-less item that only groups sub-items: it names their topic
            child_topic = topic + (analyse_heading(d.title, (topic[-1].level + 1) if topic else 1),)
        else:
            child_topic = topic_override
            if inl.empty_links or "[]" in inl.plain:
                self.list_diags.append(self.diag(line, "empty-link", "empty list item or link"))
        for c in child_lists:
            if c.kind == "Heading":
                self.heading(c)
                child_topic = None
            elif c.kind == "List":
                self.list_(c, depth + 1, child_topic, under_linked=bool(d.links))
            elif c.kind == "Table":
                self.table(c)

    def fill_from_inline(self, d: _Draft, inl: _Inline) -> None:
        plain = inl.plain
        if inl.empty_links or _has_empty_brackets(plain):
            d.diagnostics.append(self.diag(d.line, "empty-link", "empty link `[]` or `[]()`"))
        d.fields.extend((EMPTY_LINK_FIELD, t) for t in inl.empty_link_texts)
        if "](" in plain:
            d.diagnostics.append(self.diag(d.line, "broken-link", "broken link syntax (`](` in text)"))
        links = inl.links
        if not links and inl.strong_lead.rstrip().endswith(_COLONS) and len(inl.strong_lead) <= 32:
            d.fields.append((BOLD_LABEL_FIELD, inl.strong_lead.rstrip().rstrip(":：")))
        if inl.image_links:  # badges never give the title nor come before the entry's own links
            links = [x for x in links if not x.image] + [x for x in links if x.image]
        first = links[0] if links and not links[0].image else None
        lead = plain[: first.start] if first else plain
        lead_line = lead.split("\n")[0] if first else lead
        trailer = ""
        if first:
            if "]" in lead_line:
                lead_line, placeholders = _strip_placeholders(lead_line)
                if placeholders:
                    d.fields.extend((EMPTY_LINK_FIELD, t) for t in placeholders)
            bolded = _bold_title_after_tag(lead_line, inl.bold) if inl.bold and not inl.strong_lead else None
            if bolded is not None:  # "[2023/11] **Title** *Chen et al. arXiv* [[paper](…)]"
                lead_line, trailer = bolded
            elif inl.marked:
                lead_line, trailer = _cut_marked_tag(lead_line, inl.marked)
            if not trailer and bolded is None:
                lead_line, trailer = _split_trailer(lead_line.rstrip(" \t[(（【"), inl.strong_lead)
        elif "\n" not in lead.strip():  # links only in sub-bullets: only a delimited or bracketed trailer
            lead_line, trailer = _split_trailer(lead_line, inl.strong_lead, comma_year=False)
        if first and not first.bare and not trailer and lead_line.rstrip().endswith(_COLONS) \
                and _names_work(first.text, min_words=4):
            # "Our survey paper on MedIA: [Title](…)", "Check out our new paper …: [Title](…)": the lead-in
            # says what the link is; the link's text is the title
            d.description.append(lead_line.strip())
            lead_line = ""
        lead_title = _clean_title(_strip_label_suffix(lead_line))
        if " | " in lead_title or lead_title.count("|") >= 2:
            lead_title = self.pipe_title(d, lead_title, inl)
        tag_lead = ""
        if first and not first.bare and _TAG_LEAD.match(lead) and _names_work(first.text):
            # "- NeurIPS (2021) [Title](…). Note", "- ICLR spotlight (2022) [Title ](…)": a venue (or name)
            # and a year before the link tag the paper; the link's text is its title
            tag_lead, lead_title, trailer = lead.strip(), "", ""
        after = _title_after_label_link(plain, links, first) if first and not _is_meaningful(lead_title) \
            and not first.bare else None
        if after is not None:  # "[[CVPR 2023](…)] Title [[Code](…)]": the first link only labels the paper link
            d.title, rest_start, after_trailer = after
            if after_trailer:
                d.description.append(after_trailer)
        elif first and not _is_meaningful(lead_title) and not first.bare:
            d.title = _clean_title(first.text)
            rest_start = first.end
            if tag_lead:
                d.description.append(tag_lead)
        elif first and _is_meaningful(lead_title):
            d.title = lead_title
            rest_start = len(lead.split("\n")[0]) if "\n" in lead else first.start
        elif first:  # only a bare URL
            d.title = ""
            rest_start = 0
        else:
            d.title = ""
            rest_start = 0
        if not first:
            # a name, or a citation that ``citation`` will split
            d.title = lead_title if trailer else _clean_title(plain)
            if trailer:
                d.description.append(trailer)
        else:
            if trailer and d.title == lead_title:
                d.description.append(trailer)  # venue, year, authors: ``citation.parse_trailer`` reads them
            d.description.append(_prose(inl, rest_start))
        for link in links:
            label = _link_label(plain, link)
            d.links.append(Link(url=link.url, label=label, line=self.line_of(link.offset), text=link.text))
        for label, value in (_split_label(x) for x in plain.split("\n")[1:]):
            if label and value and not value.startswith(("http://", "https://")):
                d.fields.append((label, value))
        d.authors_hint.extend(inl.emphasis)

    def pipe_title(self, d: _Draft, lead: str, inl: _Inline) -> str:
        """``**2016-04** | Title | *Authors* |`` → the title cell; the date goes to the fields."""
        cells = [_clean_title(c) for c in lead.split("|")]
        cells = [c for c in cells if _is_meaningful(c)]
        marked = {_clean_title(x) for x in inl.emphasis} | {_clean_title(inl.strong_lead)}
        rest = []
        for c in cells:
            if c in marked and c == _clean_title(inl.strong_lead):
                d.fields.append(("date", c))
            elif c not in marked:
                rest.append(c)
        return max(rest, key=len) if rest else lead

    def fill_field_item(self, d: _Draft, inl: _Inline) -> None:
        label, value = _split_label(inl.plain.split("\n")[0])
        for link in inl.links:
            lab = _related_note(inl.plain, link) or _label_before(inl.plain, link.start) or label \
                or _bracket_label(link.text)
            d.links.append(Link(url=link.url, label=lab, line=self.line_of(link.offset), text=link.text))
        if label and value and not inl.links:
            d.fields.append((label, value))
            if label.lower() in _TITLE_FIELD_LABELS and not d.title:
                d.title = _clean_title(value)
        elif label and value:
            rest = value
            for link in inl.links:
                rest = rest.replace(link.text, " ")
            rest = _clean_title(rest)
            if _is_meaningful(rest):
                d.fields.append((label, rest))
        elif not inl.links:
            d.description.append(" ".join(inl.plain.split()))
        if "](" in inl.plain:
            d.diagnostics.append(self.diag(self.line_of(inl.offset), "broken-link", "broken link syntax (`](` in text)"))

    def fill_field_values(self, d: _Draft, label: str, node: _Node) -> None:
        """The items of a list under an empty ``label:`` field (``数据：`` / ``- HealthCareMagic-100k``),
        at any depth, are values of that field and their links links of the entry, labelled by it."""
        stack = [iter(node.children)]
        while stack:
            it = next(stack[-1], None)
            if it is None:
                stack.pop()
                continue
            if it.kind != "Item":
                continue
            inl = _inline([x for x in it.children if x.kind != "List"])
            for link in inl.links:
                lab = _related_note(inl.plain, link) or _label_before(inl.plain, link.start) or label
                d.links.append(Link(url=link.url, label=lab, line=self.line_of(link.offset), text=link.text))
            text = _clean_title(_prose(inl) if inl.links else inl.plain)
            if _is_meaningful(text):
                d.fields.append((label, text))
            d.end_line = max(d.end_line, self.end_line_of(it.end))
            stack.extend(iter(x.children) for x in reversed(it.children) if x.kind == "List")

    # -- tables
    def table(self, node: _Node) -> None:
        head = next((c for c in node.children if c.kind == "TableHead"), None)
        headers = [_inline(c.children).plain.strip() for c in head.children if c.kind == "TableCell"] if head else []
        rows = [c for c in node.children if c.kind == "TableRow"]
        cells_by_row = [[_inline(c.children) for c in r.children if c.kind == "TableCell"] for r in rows]
        self.table_rows(headers, [(r.start, r.end) for r in rows], cells_by_row)

    def table_rows(self, headers: list[str], spans: list[tuple[int, int]], cells_by_row: list[list[_Inline]]) -> None:
        """One entry per row (GFM or HTML table): the header names each column's role."""
        if not spans:
            return
        title_col = _title_column(headers, cells_by_row)
        for (start, end), cells in zip(spans, cells_by_row):
            d = _Draft(line=self.line_of(start), end_line=self.end_line_of(end), start_byte=start, end_byte=end)
            tcell = cells[title_col] if title_col < len(cells) else _Inline()
            title_text = _prose(tcell) if tcell.links and _clean_title(_prose(tcell)) else tcell.plain
            named = _cell_title_link(tcell)
            if named is not None:  # "[Title](…)<br><sub>a note</sub>": the link names the row, the rest is a note
                title_text = named.text
                note = _clean_title(_prose(tcell))
                if note:
                    d.description.append(note)
            d.title = _clean_title(title_text) or (tcell.links[0].text if tcell.links else "")
            title, trailer = _cut_year_trailer(d.title)  # "| Title (MICCAI-24) |": the venue tag is no title
            if trailer:
                d.title = title
                d.description.insert(0, trailer)
            if not d.title or _LINK_LABEL_ONLY.match(d.title) or _only_source_labels(tcell):
                # "| BioBERT | [Bioinformatics 2020](doi) |", "| nnU-Net | DKFZ | [![arXiv](badge)](arxiv…) |":
                # a venue label or a badge is no title, the name column says it
                name = _name_cell(headers, cells, title_col)
                if name:
                    d.fields.append((headers[title_col], d.title))
                    d.title = name
            if title_col < len(headers) and headers[title_col]:
                d.fields.append((TITLE_COLUMN_FIELD, headers[title_col]))
            d.fields.extend((EMPTY_LINK_FIELD, t) for t in tcell.empty_link_texts)
            for j, cell in enumerate(cells):
                header = headers[j] if j < len(headers) else ""
                for link in cell.links:
                    label = _cell_link_label(header, link.text, link.url) if j != title_col else \
                        (_bracket_label(link.text) or header)
                    d.links.append(Link(url=link.url, label=label, line=self.line_of(link.offset), text=link.text))
                if j != title_col and cell.plain.strip() and header:
                    value = _prose(cell)
                    if value:
                        d.fields.append((header, value))
            if not d.links and not _is_meaningful(d.title):  # "|2|.[[paper]()]||||": a placeholder row
                self.list_diags.append(self.diag(d.line, "empty-link",
                                                 "table row with neither a title nor a link: skipped"))
                continue
            self.finish(d, self.current_topic())

    # -- HTML blocks
    def html_block(self, node: _Node, html: str) -> bool:
        """``<table>`` rows and ``<li>`` items of a top-level HTML block as entries; False if none.

        The HTML is read by ``html.parser`` into Markdown text (``<a href>`` → links, ``<b>`` →
        bold, text escaped, no tag kept), each row or item is parsed as inline Markdown and its
        nodes re-anchored at the source line where the row or item starts.
        """
        tables, items = _html_rows(html)
        if not tables and not items:
            return False
        first_line = self.line_of(node.start)
        self.pseudo_from_pending()

        def span(line0: int, line1: int) -> tuple[int, int]:
            a = first_line + line0 - 1
            b = first_line + line1 - 1
            start = self.line_starts[min(a, len(self.line_starts)) - 1]
            end = self.line_starts[b] - 1 if b < len(self.line_starts) else len(self.data)
            return start, max(end, start + 1)

        for header, rows in tables:
            spans = [span(line0, line1) for line0, line1, _ in rows]
            cells = [[_markdown_inline(c, start) for c in cells] for (start, _), (_, _, cells) in zip(spans, rows)]
            self.table_rows(header, spans, cells)
        for line0, line1, text in items:
            start, end = span(line0, line1)
            inl = _markdown_inline(text, start)
            d = _Draft(line=self.line_of(start), end_line=self.end_line_of(end), start_byte=start, end_byte=end)
            self.fill_from_inline(d, inl)
            if d.links or _is_meaningful(d.title):
                self.finish(d, self.current_topic())
        return True

    # -- output
    def finish(self, d: _Draft, topic: tuple[Heading, ...]) -> None:
        self.section_entries += 1
        diags = list(d.diagnostics)
        if not d.links:
            diags.append(self.diag(d.line, "no-link", "entry has no link", "info"))
        text = self.raw(self.line_starts[d.line - 1] if d.line - 1 < len(self.line_starts) else d.start_byte,
                        d.end_byte)
        description = " ".join(" ".join(x for x in d.description if x).split())
        self.out.append(Entry(
            source=self.name, line=d.line, end_line=max(d.end_line, d.line), topic=topic,
            text=text.rstrip("\n"), title=d.title, links=tuple(d.links),
            description=description, fields=tuple(d.fields),
            authors=tuple(a for a in d.authors_hint if a), diagnostics=tuple(diags),
        ))


# --------------------------------------------------------------------------- helpers
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


def _markdown_inline(text: str, offset: int) -> _Inline:
    """Inline Markdown text (a cell or an item read from HTML), its nodes anchored at ``offset``."""
    nodes: list[_Node] = []
    for child in build_tree(text).children:
        if child.kind == "Paragraph":
            nodes.extend(_shift(leaf, offset) for leaf in child.children)
    inl = _inline(nodes)
    inl.offset = offset
    for link in inl.links:
        link.offset = offset
    return inl


def _shift(node: _Node, offset: int) -> _Node:
    """Re-anchor a node parsed from derived text at the byte offset of its source block."""
    stack = [node]
    while stack:
        n = stack.pop()
        n.start = n.end = offset
        stack.extend(n.children)
    return node


def _blockquote_inline(node: _Node) -> _Inline:
    paras = [c for c in node.children if c.kind == "Paragraph"]
    inl = _inline(paras)
    return inl


def _prose(inl: _Inline, offset: int = 0) -> str:
    """Prose of ``inl.plain[offset:]`` without the text of the links in it (URLs stay as links)."""
    plain = inl.plain
    parts, pos = [], offset
    for link in inl.links:
        if link.end <= offset:
            continue
        if link.start > pos:
            parts.append(plain[pos:link.start])
        pos = max(pos, link.end)
    parts.append(plain[pos:])
    out = "".join(parts)
    for junk in ("[]", "[ ]", "()", "【】"):
        out = out.replace(junk, " ")
    return out.strip(" [|")


def _split_label(line: str) -> tuple[str, str]:
    """``来源：CBLUE`` → ("来源", "CBLUE"); prose with a colon later on → ("", "")."""
    s = line.strip().lstrip("*-+ ")
    best = -1
    for c in _COLONS:
        i = s.find(c)
        if i > 0 and (best < 0 or i < best):
            best = i
    if best <= 0:
        return "", ""
    label = s[:best].strip(" *_`")
    if not label or len(label) > MAX_LABEL_CHARS or label.lower().startswith(("http", "www")):
        return "", ""
    if len(label.split()) > 3 and not any(_is_cjk(ch) for ch in label):
        return "", ""
    return label, s[best + 1:].strip()


def _standalone_links(parts: list[tuple[_Node, _Inline]]) -> list[tuple[_Node, _Inline]]:
    """Paragraphs that are each one named link (not a ``[项目地址]`` label), if all linked ones are.

    One such paragraph alone counts only when its link text reads as a title (four words or more,
    no role label): ``## Image & Text`` + ``[Radiology report generation: a survey](…)`` is a paper
    under a heading, while ``### BioBERT`` + ``[Paper](…)`` is a heading block naming BioBERT."""
    linked = [(p, inl) for p, inl in parts if p.kind == "Paragraph" and inl.links]
    if not linked:
        return []
    if len(linked) == 1 and not _names_work(linked[0][1].links[0].text, min_words=4):
        return []
    for _, inl in linked:
        if len(inl.links) != 1 or _clean_title(inl.plain) != _clean_title(inl.links[0].text) \
                or (len(inl.links[0].text) <= 8 and _is_role_word(inl.links[0].text)) or inl.links[0].bare \
                or inl.links[0].image:
            return []
    return linked


_BULLET_CHARS = "-*+•·"
#: a lead ending in one of these runs on into its link: a sentence ("… see the [report](…)"), not a title
_RUN_ON_WORDS = frozenset("""a an the of for in on at by from to with via and or as see following our this these
    here is are was were be visit check read find use""".split())
#: letters of prose after an item's first link (outside link texts) beyond which it is a sentence, not an item
MAX_ITEM_TAIL_LETTERS = 40


def _paragraph_lines(node: _Node) -> list[_Node]:
    """The lines of a paragraph (split at its soft and hard breaks) as paragraphs of their own."""
    lines: list[_Node] = []
    current: list[_Node] = []
    for child in node.children:
        if child.kind == "SoftBreak" or child.kind == "HardBreak":
            if current:
                lines.append(current)
            current = []
        else:
            current.append(child)
    if current:
        lines.append(current)
    out = []
    for nodes in lines:
        line = _Node("Paragraph", nodes[0].start, nodes[-1].end)
        line.children = nodes
        out.append(line)
    return out


_INLINE_WRAPPERS = frozenset(("Strong", "Emphasis", "Strikethrough"))


def _lines_with_links(p: _Node) -> int:
    """How many lines of a paragraph hold a link (at top level or inside bold/emphasis): a cheap test
    before splitting it into lines, which only pays when two or more lines could be items."""
    count, has = 0, False
    for c in p.children:
        k = c.kind
        if k == "SoftBreak" or k == "HardBreak":
            count += has
            has = False
        elif not has and (k == "Link" or k in _INLINE_WRAPPERS and any(x.kind == "Link" for x in c.children)):
            has = True
    return count + has


def _paragraph_units(paras: list[_Node]) -> list[tuple[_Node, _Inline, int]]:
    """Section paragraphs as (node, inline, item kind); a paragraph whose lines are two or more items
    (one per line, no blank line between) is split into its lines."""
    units: list[tuple[_Node, _Inline, int]] = []
    for p in paras:
        if p.kind != "Paragraph":
            units.append((p, _blockquote_inline(p), 0))
            continue
        inl = _inline(p.children)
        if len(inl.links) > 1 and _lines_with_links(p) >= 2:
            lines = [(line, _inline(line.children)) for line in _paragraph_lines(p)]
            kinds = [_item_kind(line_inl) for _, line_inl in lines]
            if sum(1 for k in kinds if k) >= 2:
                units.extend((line, line_inl, k) for (line, line_inl), k in zip(lines, kinds))
                continue
        kind = _item_kind(inl)
        if kind != 2 and _NUMBERED_CITATION.match(inl.plain) and inl.bold:
            kind = 2  # "[1] Shickel, B., et al. **Deep EHR: …** IEEE JBHI (2017)": a numbered reference
        units.append((p, inl, kind))
    return units


#: "[12] Author, A., …": the bracketed reference number a paragraph starts with
_NUMBERED_CITATION = re.compile(r"^\s*\[\d{1,3}\]\s+")
#: the label of a record's title field: "**标题**：…", "**Title:** …", "**题目**: …"
_TITLE_FIELD = re.compile(r"(?i)^\s*(?:paper\s+)?(?:title|标题|题目|论文标题|论文题目|タイトル|제목)\s*[:：]?\s*$")


#: the label of a record's field of links: "**Additional links (optional):**", "**Code:**", "**Links**:"
_LINK_FIELD_LABEL = re.compile(r"(?i)^\s*(?:additional\s+|other\s+)?(?:links?|code|source\s+code|github|"
                               r"repo(?:sitory)?|implementation)\s*(?:\(optional\))?\s*[:：]?\s*$")


def _title_field_value(inl: _Inline) -> str:
    """The value of a ``**Title**: value`` paragraph's first line, if the bold lead is a title label."""
    lead = inl.strong_lead
    if not lead or not _TITLE_FIELD.match(lead) or inl.links:
        return ""
    rest = inl.plain.lstrip()[len(lead.strip()):] if inl.plain.lstrip().startswith(lead.strip()) else ""
    rest = rest.split("\n", 1)[0].lstrip(" :：\t")
    rest = " ".join(rest.split())
    return rest if _is_meaningful(rest) and len(rest.split()) >= 2 else ""


def _item_kind(inl: _Inline) -> int:
    """Whether a paragraph reads as a list item: 0 no, 1 yes, 2 a bullet that lost its space (``-[Title](url)``).

    An item starts with its title: a link with a name (not ``[PDF]``), or a title of three words or
    more followed by its links, with little prose after them. A sentence that runs into a link
    (``… see the [report](…)``), a ``label:`` field or a line of role links is no item.
    """
    from medkg.classify import is_link_label

    first = next((link for link in inl.links if not link.image), None)
    if first is None:
        return 0
    lead = inl.plain[:first.start]
    head = lead.strip().lstrip(_BULLET_CHARS + " \t")
    if not _is_meaningful(head):
        text = _bracket_label(first.text)
        if first.bare or not _is_meaningful(text) or is_link_label(text):
            return 0  # "[PDF](…)", "[论文地址](…)": a labelled link, no name
        bare_bullet = lead.strip() in tuple(_BULLET_CHARS) and not lead.endswith((" ", "\t"))
        return 2 if bare_bullet else 1
    head = head.rstrip(" \t([（【*_")
    if head.endswith(_COLONS) or (len(head.split()) < 3 and sum(map(_is_cjk, head)) < 4):
        return 0
    if head.rsplit(None, 1)[-1].lower() in _RUN_ON_WORDS:
        return 0
    tail = _prose(inl, first.start)
    if sum(1 for ch in tail if ch.isalpha()) > MAX_ITEM_TAIL_LETTERS \
            and not tail.lstrip(" ])】").startswith(("-", "–", "—")):
        return 0
    return 1


def _field_label(inl: _Inline) -> str:
    """The label of a ``label: value`` line, unless the colon sits inside a link's text."""
    plain = inl.plain
    first_nl = plain.find("\n")
    first_line = plain if first_nl < 0 else plain[:first_nl]
    label, _ = _split_label(first_line)
    if not label:
        return ""
    idx = min((i for i in (first_line.find(":"), first_line.find("：")) if i >= 0), default=-1)
    if any(link.start <= idx < link.end for link in inl.links):
        return ""
    return label


def _bracket_label(text: str) -> str:
    return text.strip().strip("[]()【】`*_ ").strip()


def _has_empty_brackets(plain: str) -> bool:
    s = plain.strip()
    return s in ("[]", "[]()") or "[]()" in s or s.startswith("[] ")


def _looks_like_citation(title: str) -> bool:
    return len(title) > 60


def _field_list_inlines(node: _Node, parent_links: list[Link] = ()) -> list[_Inline | None] | None:
    """Sub-bullets that are fields of their parent: ``地址：URL``, ``来源：…``, ``[code](…)``.

    Returns the inline content of each child that is an item (None for any other child), which
    the parent then reads as its fields, or None when the sub-bullets are entries of their own.
    """
    inlines = [_inline([x for x in c.children if x.kind != "List"]) if c.kind == "Item" else None
               for c in node.children]
    items = [inl for inl in inlines if inl is not None]
    if not items:
        return None
    field_like = 0
    entry_like = 0
    for inl in items:
        label = _field_label(inl)
        if label:
            field_like += 1
        elif inl.links and len(inl.links) == 1 and _is_role_word(inl.links[0].text) \
                and len(_clean_title(inl.plain)) <= len(inl.links[0].text) + 2:
            field_like += 1
        elif parent_links and inl.links and len(inl.links) == 1 and _names_its_repo(inl.links[0]) \
                and len(_clean_title(inl.plain)) <= len(inl.links[0].text) + 2 \
                and not any(ids.canonical_repo(x.url) for x in parent_links):
            field_like += 1  # "- [Title](arxiv…)" / "  - [owner/Repo](github…)": the paper's code
        elif not inl.links and not _is_meaningful(inl.plain):
            continue  # badge-only or empty line: neither a field nor an entry
        else:
            entry_like += 1
    return inlines if field_like > 0 and field_like >= entry_like else None


def _names_its_repo(link: _RawLink) -> bool:
    """A link whose text is the code repository's own path or name (``[owner/Repo](github…/owner/Repo)``)."""
    repo = ids.canonical_repo(link.url)
    if repo is None:
        return False
    path = repo.split("://", 1)[-1].split("/", 1)[-1].lower().rstrip("/")
    text = link.text.strip().strip("`").lower()
    return bool(text) and (text == path or text == path.rsplit("/", 1)[-1])


def _is_role_word(text: str) -> bool:
    from medkg.classify import label_role

    return label_role(_bracket_label(text)) is not None


def _only_badges(html: str) -> bool:
    low = html.lower()
    return "<img" in low and low.count("href") <= low.count("<img") or "back to top" in low


def _is_document_section(heading: str) -> bool:
    """``## 🤝 Contributing``, ``## 📖 Citation``, ``## 许可证``: a section about the list itself."""
    words = [w for w in "".join(ch.lower() if ch.isalpha() else " " for ch in heading).split()]
    if not words:
        return False
    if any(_is_cjk(ch) for ch in words[0]):
        return len(heading.strip()) <= 8 and any(w in heading for w in _DOC_SECTION_ZH)
    return words[0] in _DOC_SECTION_WORDS


def _is_toc(node: _Node, topic: list[Heading]) -> bool:
    """A list whose links all jump inside the document (``#anchor``) is a table of contents."""
    urls: list[str] = []
    stack = [node]
    while stack:
        n = stack.pop()
        if n.kind == "Link":
            urls.append((n.attrs or {}).get("dest_url", ""))
        stack.extend(n.children)
    if not urls:
        return False
    anchors = [u for u in urls if u.startswith("#")]
    if len(anchors) >= 0.8 * len(urls):
        return True
    bases = {u.split("#", 1)[0] for u in urls if "#" in u}
    with_fragment = sum(1 for u in urls if "#" in u)
    if with_fragment >= 0.8 * len(urls) and len(bases) <= 2 and len(urls) >= 2:
        return True
    if topic and unicodedata.normalize("NFKC", topic[-1].text).strip().lower() in _TOC_HEADINGS:
        return with_fragment >= 0.5 * len(urls)
    return False




#: a title cell that only names its link: a venue and year ("Bioinformatics 2020", "ACL'19") or a generic word
_LINK_LABEL_ONLY = re.compile(r"(?i)^\s*(?:(?:paper|link|pdf|arxiv|doi|url|here|论文|链接)"
                              r"|[A-Za-z][\w .&-]{0,40}?[\s,(']*(?:19|20)?\d{2}\)?)\s*$")


_VENUE_FIRST_WORDS = frozenset((
    "nature", "science", "cell", "lancet", "jama", "nejm", "bmj", "iscience", "advanced", "icml", "iclr",
    "neurips", "nips", "cvpr", "iccv", "eccv", "miccai", "aaai", "ijcai", "acl", "emnlp", "naacl", "kdd",
    "openreview", "biorxiv", "medrxiv", "arxiv", "pmc", "pubmed", "plos", "frontiers", "bioinformatics",
    "genome", "npj", "communications", "ieee", "acm", "springer", "elsevier", "oxford", "briefings"))


_SEPARATORS = re.compile(r"[\s,;/·|&+\[\]【】]+")  # "[[arXiv](…)]": brackets around the label link too
_LABEL_PIECES = re.compile(r"\s*[/,;]\s*")


def _only_source_labels(cell: _Inline) -> bool:
    """A title cell made only of links named after where the work is (``[bioRxiv](…)``,
    ``[Nature Methods](…), [PMC](…)``, ``[ICLR 2026 submission / OpenReview](…)``): no title there."""
    from medkg.classify import label_role

    links = [link for link in cell.links if not link.image]
    if not links:
        return False
    rest = cell.plain
    for link in sorted(links, key=lambda k: -k.start):
        rest = rest[:link.start] + rest[link.end:]
    if _SEPARATORS.sub("", rest):
        return False  # other text in the cell: a title with a venue link after it
    for link in links[:1]:  # "[bioRxiv](…), [Arc Institute news](…)": the first link says what the cell is
        for piece in _LABEL_PIECES.split(link.text.strip()):
            words = piece.lower().split()
            if not words:
                continue
            if label_role(piece) is not None or _LINK_LABEL_ONLY.match(piece) or _SOURCE_LABEL.match(piece) \
                    or _YEAR_ONLY.match(piece):  # "[Tanaka et al., 2024](…)": the year after the names
                continue
            if len(words) <= 4 and words[0].strip("([").split(":")[0] in _VENUE_FIRST_WORDS:
                continue
            if _abbreviated_venue(piece):
                continue
            return False
    return True


def _bold_name(cell: _Inline) -> str:
    """``**GatorTron** (90B clinical words)``: the bold name, without the remark in brackets after it."""
    plain = cell.plain
    if cell.bold:
        b0, b1 = cell.bold[0]
        rest = plain[b1:].strip()
        if not plain[:b0].strip() and rest.startswith(("(", "（")) and rest.endswith((")", "）")):
            return plain[b0:b1]
    return plain


#: a link text that names the source, not the work: an identifier ("arXiv:2411.19666", "doi:10.1038/…",
#: "PMID 123") or the authors ("Moon et al.", "Smith and Lee et al., 2021")
_SOURCE_LABEL = re.compile(
    r"(?i)^\s*(?:(?:arxiv|doi|pmid|pmcid|biorxiv|medrxiv)\s*[:\s]\s*\S+"
    r"|[^\W\d_][\w'\u2019.-]*(?:\s+(?:and|&)\s+[^\W\d_][\w'\u2019.-]*)?\s+et\.?\s*al\.?(?:\s*,?\s*\(?(?:19|20)\d{2}\)?)?)\s*$")
_YEAR_ONLY = re.compile(r"^\s*\(?(?:19|20)\d{2}\)?\s*$")
_VENUE_ABBREVIATIONS = frozenset(("media", "tmi", "tpami", "pami", "jbhi", "jamia", "tmlr", "jmlr", "pnas", "mia"))


def _abbreviated_venue(piece: str) -> bool:
    """A short journal abbreviation: "Nat. Comms", "Sci. Rep.", "Nat. Biomed. Eng.", "MedIA"."""
    words = piece.split()
    if not words or len(words) > 4:
        return False
    if len(words) == 1:
        return words[0].lower().strip(".") in _VENUE_ABBREVIATIONS
    dotted = sum(1 for w in words if w.endswith(".") and w[:1].isupper() and len(w) <= 8)
    return dotted >= 1 and all(w[:1].isupper() and len(w) <= 8 for w in words)


def _name_cell(headers: list[str], cells: list[_Inline], title_col: int) -> str:
    """The plain text of another name-like column (Name, Model, Method…) of the row, if any."""
    for j, cell in enumerate(cells):
        header = headers[j].lower() if j < len(headers) else ""
        if j != title_col and not cell.links and any(w in header for w in _NAME_WORDS):
            text = _clean_title(_bold_name(cell))
            if _is_meaningful(text):
                return text
    first = cells[0] if cells and title_col != 0 else None  # "| Medical VLM | … | [Moon et al.](…) |": the first column names it
    if first is not None and not first.links:
        text = _clean_title(_bold_name(first))
        if _is_meaningful(text) and len(text.split()) <= 8:
            return text
    return ""


#: header words by how surely they name the title column: a title, then what cites the work, then a name
_TITLE_WORDS = ("title", "标题", "题目")
_CITE_WORDS = ("paper", "reference", "publication", "article", "论文", "文献")
_NAME_WORDS = ("name", "model", "method", "dataset", "名称", "模型", "项目", "数据集")


def _reads_like_titles(cells: list[_Inline]) -> bool:
    """Most cells hold a title: three words or more (or six CJK characters), not a venue or "arXiv"."""
    def title_like(c: _Inline) -> bool:
        text = _clean_title(c.plain)
        return (len(text.split()) >= 3 or sum(map(_is_cjk, text)) >= 6) and not _LINK_LABEL_ONLY.match(text)
    return bool(cells) and sum(1 for c in cells if title_like(c)) * 2 >= len(cells)


def _cell_title_link(cell: _Inline) -> _RawLink | None:
    """The link that opens a title cell and names the work (three words or more, not a label such as
    ``[arXiv]`` or ``[Nature 2020]``), when text follows it; None otherwise."""
    from medkg.classify import is_link_label

    first = next((link for link in cell.links if not link.image), None)
    if first is None or first.bare or _is_meaningful(cell.plain[:first.start]):
        return None
    text = _clean_title(first.text)
    if len(text.split()) < 3 or _LINK_LABEL_ONLY.match(text) or is_link_label(text):
        return None
    return first


#: link texts that name a web page, not code ("| Code | see [project page](…) |")
_PAGE_TEXTS = frozenset(("project", "project page", "project website", "page", "web page", "webpage"))


def _cell_link_label(header: str, text: str, url: str = "") -> str:
    """A link's label in a table cell: the column header, unless the header names no role and the
    link's own text does (``Resources: [Paper](…) [Code](…) [Dataset](github…)``), or unless a
    Code column links, off any code forge, something its text calls a site or a page
    (``| Code | on request at [Site](https://sites.google.com/…) |``): no code there."""
    from medkg.classify import label_role, strip_symbols

    own = _bracket_label(text)
    if not header:
        return own
    header_role = label_role(header)
    if header_role is None and label_role(own) is not None:
        return own
    if header_role == "code" and url and (label_role(own) == "other"
                                          or strip_symbols(own).casefold() in _PAGE_TEXTS) \
            and ids.canonical_repo(url) is None:
        return own
    return header


def _title_column(headers: list[str], rows: list[list[_Inline]]) -> int:
    """The column that holds each row's title, from its header, checked against what the cells hold.

    ``Model Name | Paper Title``: the title, not the first name-like column. ``Method | Venue |
    Reference``: the reference, which cites the work. A name column (``Method``, ``Model``) gives way
    to a column of long linked texts (the papers' titles) when its own cells are short names.
    """
    def column(j: int) -> list[_Inline]:
        return [r[j] for r in rows if j < len(r)]

    lowered = [h.lower() for h in headers]
    for j, hl in enumerate(lowered):
        if any(w in hl for w in _TITLE_WORDS):
            return j
    for j, hl in enumerate(lowered):
        if any(w in hl for w in _CITE_WORDS):
            return j  # a cell that only names its link (a venue, "arXiv") gives way to the row's name (_name_cell)
    for j, hl in enumerate(lowered):
        if any(w in hl for w in _NAME_WORDS):
            if not _reads_like_titles(column(j)):
                linked = _linked_title_column(rows, exclude=j)
                if linked is not None:
                    return linked
            return j
    ncols = max((len(r) for r in rows), default=0)
    for j in range(ncols):
        texts = column(j)
        if sum(1 for c in texts if _is_meaningful(c.plain) and len(c.plain) > 12) >= max(1, len(texts) // 2):
            return j
    return 0


def _linked_title_column(rows: list[list[_Inline]], exclude: int) -> int | None:
    """A column whose cells are mostly one link with a title-like text (four words or more)."""
    ncols = max((len(r) for r in rows), default=0)
    for j in range(ncols):
        if j == exclude:
            continue
        cells = [r[j] for r in rows if j < len(r)]
        linked = sum(1 for c in cells if c.links and len(c.links[0].text.split()) >= 4)
        if cells and linked * 2 > len(cells):
            return j
    return None


def plain_heading(line: str) -> str:
    """Plain text of one Markdown heading line (``# Name [![badge](…)](…)`` → ``Name``)."""
    root = build_tree(line)
    heading = next((c for c in root.children if c.kind == "Heading"), None)
    return _clean_title(_inline(heading.children).plain) if heading else _clean_title(line.lstrip("# "))


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """Hold the cyclic garbage collector while a list is parsed and typed.

    Why: parsing allocates one long-lived node per Markdown event and several objects per
    entry, none of them in reference cycles, and every few hundred allocations the collector
    walks all of them again — a third of the parse time on a 20,000-entry list. Reference
    counting still frees everything as usual; only the cycle search waits until the block
    ends. Nested use (``extract`` around ``parse``) leaves the collector to the outermost.

    On the way out, what was made meanwhile is moved to the oldest generation untraversed
    (``freeze`` then ``unfreeze``: two list splices) rather than left in the youngest, where the
    very next allocation would have the collector walk all of it (0.3-0.5 s after a
    20,000-entry list: some 300,000 tracked objects). Not when the program keeps objects frozen
    itself (``unfreeze`` would thaw them too).
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        if gc.get_freeze_count() == 0:
            gc.freeze()
            gc.unfreeze()
        gc.enable()


def parse(source: SourceText) -> tuple[list[Entry], list[Diagnostic]]:
    """Parse one decoded list into entries (document order) and list-level diagnostics."""
    parser = _Parser(source)
    with gc_paused():
        entries = parser.run()
    entries.sort(key=lambda e: e.line)  # blocks are emitted when closed; report in document order
    return entries, parser.list_diags


def iter_entries(source: SourceText) -> Iterator[Entry]:
    entries, _ = parse(source)
    yield from entries
