"""Inline content → plain text with its links, and the rules that read a title out of it.

What it is for: ``_inline`` flattens the inline nodes of a paragraph, item, heading or cell
into ``_Inline`` (plain text, links with their positions, bold and emphasised spans, badges,
bare URLs); the label each link gets (``label:`` before it, a "someone else's code" note after
it, its own text); and title cleaning: list markers, unbalanced brackets, a browser tab's site
name, citation trailers (``(MICCAI 2015)``, ``, Nature 2017.``, ``et al.``), placeholders.

Why separate: these rules are about one run of text, whatever block it came from. The list
walk (``parse``), ``headings``, ``tables`` and ``blocks`` all call them; they call none of
those, only the event tree (``mdtree``), ``ids`` (bare URLs) and ``classify``'s label vocabularies.
"""

from __future__ import annotations

import bisect
import functools
import re
from itertools import accumulate
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

from medkg import ids
from medkg.citation import _MIN_CJK_TITLE_CHARS, MONTH, name_word, names_journal, names_venue, personal_name, \
    title_comma_lone_name, vancouver_authors, whole_reference
from medkg.classify import WEIGHTS_LABELS, author_year_byline, drop_label_tags, is_home_label, is_link_label, \
    is_pointer_label, label_role, names_paper_and_code, strip_symbols
from medkg.mdtree import _Node, _shift, build_tree

#: A field label ("地址", "Paper", "github") is short; longer text before a colon is prose.
MAX_LABEL_CHARS = 24
_COLONS = (":", "：")


@dataclass(slots=True)
class _RawLink:
    url: str
    text: str
    start: int  # position in the plain text
    end: int
    offset: int  # byte offset in the source
    bare: bool = False
    image: bool = False  # the link wraps only an image (a star badge linking the repository)
    cited: bool = False  # a numbered reference's mark: ``text`` is the work its definition names (``_cited_work``)


@dataclass(slots=True)
class _Inline:
    """Plain text of some inline content, with the links found in it."""

    plain: str = ""
    links: list[_RawLink] = field(default_factory=list)
    emphasis: list[str] = field(default_factory=list)
    strong_only: bool = False  # the whole content is bold text (a pseudo-heading or block title)
    strong_lead: str = ""  # bold text at the very start
    empty_links: int = 0
    # where in ``plain`` a link whose text is only an emoji (dropped as decoration) starts: "[:blue_book:](…)"
    icon_links: tuple[int, ...] = ()
    empty_link_texts: list[str] = field(default_factory=list)
    offset: int = 0
    image_links: int = 0  # links that wrap only an image (badges): never a title
    # (start, end) of bold and emphasised text, and of bold text alone; None until there is one (most
    # inline contents have none, and two lists per content would cost on every entry)
    marked: list[tuple[int, int]] | None = None
    bold: list[tuple[int, int]] | None = None
    # (start, end) of inline code spans in ``plain``; None until there is one: a bare URL never runs
    # across a code span's edge ("…/6972773`code`https://github.com/x/y" is two URLs, not one)
    code: list[tuple[int, int]] | None = None
    # positions in ``plain`` of the inline HTML line breaks ("<br>", "<br/>"), None until there is one: a
    # table cell has no other line break, and what a break parts (a title from its venue line) is told by them
    breaks: list[int] | None = None
    # positions in ``plain`` of the line ends a Markdown hard break makes (two trailing spaces, a backslash), None
    # until there is one: the author ended the line on purpose, so a link-less title line closed by one ends there
    hard_breaks: list[int] | None = None
    # the bold lead is closed by an inline HTML line break ("**Title**<br>Authors<br>*Venue*",
    # "<b>Title</b><br>…"): the break ends the title as the end of a line would
    lead_break: bool = False
    # position in ``plain`` of the first inline HTML ``<sub>`` or ``<small>`` opening tag, None until there is one:
    # a list sets a note in small print under the name it annotates ("**[UNI](…)**<br><sub>a note</sub>")
    small_at: int | None = None
    # the pictographs dropped as decoration before any text ("✅", ":star: "), as written: a table's cell that holds
    # only a check mark ("| ✅ |") is empty text, yet says the row is a comparison matrix's (``parse``)
    lead_marks: str = ""
    # links typed with a space before their destination ("[Title] (https://…)"), read as links: the text shows them
    # by their text alone, and the curator is told of the broken syntax
    spaced_links: int = 0


_INLINE_BLOCKS = {"Paragraph", "Heading", "TableCell"}

#: no-break and fixed-width spaces read as the space they show ("Pablo\u00a0Pino", "Title&nbsp;[PDF]", pasted from a
#: web page): the rules read words, names and titles split by spaces, and a title keeps no invisible difference
_NO_BREAK_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2007": " ", "\u2009": " ", "\u2002": " ",
                                  "\u2003": " "})


_SKIPPED_BLOCKS = frozenset(("List", "BlockQuote", "CodeBlock", "HtmlBlock", "Table", "Heading", "Item"))
_CLOSE = object()  # stack marker: the node below it is being closed
#: words from which the text of a link without a URL (``[Title]()``) is a title left unlinked, not a label
_UNLINKED_TITLE_WORDS = 4


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


def _cut_tail(out: list[str], pos: int, start: int) -> None:
    """Drop ``"".join(out)[start:]`` from ``out`` in place (``pos`` is the joined length), touching only the
    pieces it spans (a whole join per link would be quadratic in a paragraph of many links)."""
    need = pos - start
    while need > 0 and out:
        last = out.pop()
        if len(last) > need:
            out.append(last[:len(last) - need])
        need -= len(last)


#: one inline HTML tag (pulldown-cmark hands each tag over as its own event): an opening ``<a>``
#: with its ``href``, a closing ``</a>``, an ``<img>``'s ``alt`` text (attribute values quoted
#: either way or not at all, entities decoded by ``html.unescape``)
_HTML_A_OPEN = re.compile(r"""(?is)<a\s[^>]*?\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")
_HTML_A_CLOSE = re.compile(r"(?i)</a\s*>")
_HTML_ALT = re.compile(r"""(?is)\salt\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")
#: "<br>" / "<br/>" / "<br />": an HTML line break written inline (a table cell cannot hold a Markdown one)
_HTML_BR = re.compile(r"(?i)<br\s*/?\s*>")
#: an inline HTML bold or italic tag, opening or closing ("<b>", "</strong>", "<i class=…>", "</em>"): the
#: ``**``/``*`` of a list written in HTML, read as the same marks (group 1: "/" on a closing tag; 2: the name)
_HTML_MARK = re.compile(r"(?i)<(/?)(b|strong|i|em)(?:\s[^>]*)?>")
#: an inline HTML small-print tag opening ("<sub>", "<small>"): what it sets is a note, not a title
_HTML_SMALL = re.compile(r"(?i)<(?:sub|small)(?:\s[^>]*)?>")


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
    link_stack: list[tuple[str, int, int, str, str, str]] = []  # (url, start pos, offset, link title, cited work,
    # the work a numbered definition's hover text names behind a source's name: ``_source_marked_title``)
    source_marks: list[tuple[_RawLink, str]] = []  # marks cited by a source's name, with the name shown
    em_stack: list[int] = []
    strong_starts: list[int] = []
    strong_depth = 0
    strong_text = other_text = False  # some non-blank text inside / outside bold
    blank = True  # everything so far is white space
    first_strong_start: int | None = None
    html_a: list | None = None  # an open inline <a href>: [url, start pos, offset, img alt]
    badges: list[_RawLink] = []  # repositories named by badges set with no link around them
    records: list[_RawLink] = []  # records that identifier badges name ("arXiv | 2404.19759"): ``_badge_record``
    stack: list = list(reversed(nodes))
    pop, push = stack.pop, stack.append
    while stack:
        node = pop()
        if node is not _CLOSE:
            k = node.kind
            if k == "text" or k == "code":
                t = node.text
                if not t.isascii():
                    t = t.translate(_NO_BREAK_SPACES)  # same length: positions stay
                if blank and k == "text" and _DECORATION.match(t):
                    if link_stack and link_stack[-1][1] == pos:
                        res.icon_links += (pos,)
                    res.lead_marks += t
                    continue  # ":star: **Title** …", "🔥 **Title** …": a marker before the content, not text of it
                if blank and strong_depth and k == "text" and t and not t[0].isascii() \
                        and (mark := _DECORATION_LEAD.match(t)):
                    # "**📋 Title of the work** · Unlabeled · VLM": the marker written inside the bold lead, in one text
                    # run with the title, is no more text of it than "📋 **Title**" (a pictograph glued to a word,
                    # "**🧜Siren's Song …**", is the title's own; a heading's "## 🗺️ Landscape of …" keeps its marker)
                    t = t[mark.end():]
                out.append(t)
                if k == "code" and t:
                    if res.code is None:
                        res.code = []
                    res.code.append((pos, pos + len(t)))
                pos += len(t)
                if t and (blank or not (other_text if not strong_depth else strong_text)) and not t.isspace():
                    blank = False
                    if strong_depth:
                        strong_text = True
                    else:
                        other_text = True
                continue
            if k == "SoftBreak" or k == "HardBreak":
                if blank:
                    # '<a id="ref12"></a>' / "Hardt M, … (2016). Title. …": a first line of markup only (an HTML
                    # anchor) renders nothing; the text starts on the next line, not after an empty one
                    continue
                if k == "HardBreak":
                    if res.hard_breaks is None:
                        res.hard_breaks = []
                    res.hard_breaks.append(pos)
                out.append("\n")
                pos += 1
                continue
            if k == "ihtml":
                # inline ``<a href="…"><img alt="Paper" …></a>`` (a badge written in HTML): a link
                # named by the image's alt text; any other tag is markup, not content
                tag = node.text.strip()
                if _HTML_BR.fullmatch(tag):
                    # "| [Title words in<br>Clinical Text …](…) |": the break wraps a line (in a table cell, where
                    # Markdown has no other); like the line break it stands for, it separates the words on either
                    # side ("in Clinical", never "inClinical"), a space as in an HTML block read as Markdown
                    if not blank:
                        if res.breaks is None:
                            res.breaks = []
                        if res.lead_break and out and (field := out[-1].rstrip())[-1:].isalnum() \
                                and not (res.marked and res.marked[-1][1] >= pos - len(out[-1]) + len(field)):
                            # "**Title**<br>Anna Kovacs, Bo Li, Chen Wu<br>MICCAI (2021)": under a bold title closed
                            # by a break, each break parts two fields of the reference (its byline, its venue); read
                            # as a space, the last author ran into the venue ("Chen Wu MICCAI"). (A space before the
                            # break becomes the comma: the text keeps its length, and the positions read in it; an
                            # emphasised line, "*Authors*<br>", is set apart by its marks already)
                            if len(field) < len(out[-1]):
                                out[-1] = field + "," + out[-1][len(field) + 1:]
                            else:
                                out.append(",")
                                pos += 1
                        res.breaks.append(pos)
                        if res.strong_lead and res.bold and len(res.breaks) == 1 \
                                and res.bold[0][0] == first_strong_start and not _tail(out, pos, res.bold[0][1]).strip():
                            res.lead_break = True
                        out.append(" ")
                        pos += 1
                    continue
                mark = _HTML_MARK.fullmatch(tag)
                if mark is not None:
                    # "- <b>Title</b>, Authors. <i>MICCAI 2017</i> [[paper]](…)": the HTML tags mark the title and
                    # the venue as ``**…**`` and ``*…*`` do; the spans are read the same (the bold lead, the
                    # marked spans), or the byline runs into the title
                    bold = mark.group(2).lower() in ("b", "strong")
                    if not mark.group(1):
                        if bold:
                            if first_strong_start is None and blank:
                                first_strong_start = pos
                            strong_starts.append(pos)
                            strong_depth += 1
                        else:
                            em_stack.append(pos)
                    elif bold and strong_depth > 0:
                        _close_strong(res, out, pos, strong_starts)
                        strong_depth -= 1
                        if strong_depth == 0 and first_strong_start is not None and not res.strong_lead:
                            res.strong_lead = _tail(out, pos, first_strong_start).strip()
                    elif not bold and em_stack:
                        _close_emphasis(res, out, pos, em_stack.pop())
                    continue
                if res.small_at is None and _HTML_SMALL.fullmatch(tag):
                    res.small_at = pos
                    continue
                m = _HTML_A_OPEN.match(tag)
                if m:
                    html_a = [_attribute(m), pos, node.start, "", ""]
                elif html_a is not None and _HTML_A_CLOSE.match(tag):
                    url, start, off, alt, record = html_a
                    html_a = None
                    label = _tail(out, pos, start).strip() or alt
                    if url.lower().startswith(("http://", "https://")) and not _is_badge_target(url):
                        # never javascript: &c.; a redirector's link is its target
                        res.links.append(_RawLink(ids.unwrap_redirect(url), label, start, pos, off))
                    if record and not any(ids.ids_from_url(url)):
                        records.append(_RawLink(record, "", start, pos, off, image=True))
                elif html_a is not None and tag[:4].lower() == "<img":
                    a = _HTML_ALT.search(tag)
                    if a:
                        html_a[3] = _attribute(a)
                    if (src := _HTML_SRC.search(tag)) is not None:
                        html_a[4] = _badge_record(_attribute(src))
                elif tag[:4].lower() == "<img" and not link_stack and (src := _HTML_SRC.search(tag)):
                    if repo := _repository_badge_target(_attribute(src)):
                        badges.append(_RawLink(repo, "", pos, pos, node.start, image=True))  # as a Markdown badge's
                    elif record := _badge_record(_attribute(src)):
                        records.append(_RawLink(record, "", pos, pos, node.start, image=True))
                continue
            if k == "Image":
                # images: badges, screenshots, not links of the entry; save a repository's own badge set with no link
                # around it ("| [Title](arxiv…) | ![GitHub stars](…shields.io/github/stars/o/r) |"), which names
                # the repository the row shows the stars of
                if not link_stack and (repo := _repository_badge_target(str((node.attrs or {}).get("dest_url", "")))):
                    badges.append(_RawLink(repo, "", pos, pos, node.start, image=True))
                elif not link_stack and (record := _badge_record(str((node.attrs or {}).get("dest_url", "")))):
                    records.append(_RawLink(record, "", pos, pos, node.start, image=True))
                continue
            if skip_blocks and k in _SKIPPED_BLOCKS:
                continue
            # container: visit children, then come back (the _CLOSE marker) to close it
            if k == "Link":
                attrs = node.attrs or {}
                link_stack.append((attrs.get("dest_url", ""), pos, node.start, attrs.get("title") or "",
                                   _numbered_reference_title(attrs), _source_marked_title(attrs)))
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
            url, start, off, link_title, cited_work, source_work = link_stack.pop()
            text = _tail(out, pos, start)
            stripped = text.strip()
            if not stripped and (badge := _wrapped_image(node)) is not None:
                # a badge: the image is noise, the link it wraps is not (``[![Star](shields…)](github…)``)
                url = _unwrap_url(url.strip())
                if (record := _badge_record(badge[1])) and not any(ids.ids_from_url(url)):
                    # "[![arXiv](…/badge/arXiv-2307.04567-…)](scholar…)": the badge names the record its link misses
                    records.append(_RawLink(record, "", start, pos, off, image=True))
                if url and not url.startswith("#") and not _is_badge_target(url):
                    alt, img_src = badge
                    # (an alt that names no role, such as "Static Badge" or "GitHub Repo stars", the alt text
                    # shields.io writes into every badge it hands out, says no more than no alt at all)
                    if (name := _badge_named_work(alt, img_src)):
                        # "[![ZOC](…shields.io/badge/AAAI'22-ZOC-…)](arxiv…)": a badge that shows the name its alt
                        # gives, after a venue label, names the work it links: the link's text is that name
                        out.append(name)
                        pos += len(name)
                        res.links.append(_RawLink(ids.unwrap_redirect(url), name, start, pos, off))
                        continue
                    if (not alt or not (label_role(alt) or alt.lower() in WEIGHTS_LABELS or is_home_label(alt))) \
                            and (label := _badge_role_label(img_src)):
                        # "[![](…shields.io/badge/arXiv-5291C8…)](arxiv…)": an alt-less static badge shows its
                        # label as the link's text, so it is that labelled link ("[arXiv](…)"), not a nameless badge
                        out.append(label)
                        pos += len(label)
                        res.links.append(_RawLink(ids.unwrap_redirect(url), label, start, pos, off))
                        continue
                    # "[![Model](…badge…)](github…/weights)": the badge says the repository holds a model,
                    # not the paper's code (only that alt is kept: other badges stay nameless)
                    # nor does a badge that names the project's page ("[![GitHub Page](…)](x.github.io)") link code:
                    # that alt labels it
                    res.links.append(_RawLink(ids.unwrap_redirect(url),
                                              alt if alt.lower() in WEIGHTS_LABELS or is_home_label(alt) else "",
                                              start, pos, off, image=True))
                    res.image_links += 1
                continue
            if (node.attrs or {}).get("link_type") == "Autolink" and _non_web_autolink(url):
                continue  # "<jats:title>Abstract</jats:title>": a tag read as an autolink; its text stays as written
            if not url.strip() and _WRITTEN_ADDRESS.fullmatch(stripped):
                # "The paper … is available here: [https://arxiv.org/abs/1904.08379]()": the writer put the address
                # in the brackets and left the parentheses empty; the text is where the link goes
                url = stripped
            if _placeholder_destination(url) or _word_for_paper_address(url, stripped):
                res.empty_links += 1
                if stripped:
                    res.empty_link_texts.append(_bracket_label(text))
                    if names_work(stripped, _UNLINKED_TITLE_WORDS) and not _is_role_word(stripped):
                        # "| [Multi-modal Pathological Pre-training via …]() | MICCAI | [code]() |": the writer
                        # left the title's URL for later; the title is still the entry's text
                        continue
                    if not "".join(out)[:start].strip() and _unlinked_short_name(stripped):
                        # "+ [Mask R-CNN]() <br>" among "+ [Fast R-CNN]()" in a reading list: a work's short
                        # name opening the line, its URL left for later, is the line's text as a title is
                        continue
                    out = ["".join(out)[:start]]  # a label without a URL is not prose
                    pos = start
                    blank = not out[0].strip()
                continue
            if url.startswith("#"):
                if full := _hover_title(stripped, link_title):
                    # "| [Expert-level detection of...] |" over "[Expert-level detection of...]: ## "Expert-level
                    # detection of pathologies …"": the cell shows a short form, its hover text the whole title
                    _cut_tail(out, pos, start)
                    out.append(full)
                    pos = start + len(full)
                continue  # navigation inside the document, not a resource
            if "@" in url and "." not in url.rpartition("@")[2] and ":" not in url:
                # "<brCap@2022>": a typo'd tag the parser reads as an e-mail address, whose domain has no dot; no
                # address, and no resource: its text stays as written
                continue
            if cited_work:
                # "* MAX14808 ([3]) ([9])" over "[3]: http://ieeexplore…/7329474/ "Smartphone-based portable …"": the
                # mark cites the work its numbered definition names; the item's own text stays as written
                res.links.append(_RawLink(ids.unwrap_redirect(_unwrap_url(url.strip())), cited_work, start, pos, off,
                                          cited=True))
                continue
            if source_work and _source_name_mark(stripped, source_work) \
                    and ids.canonical_repo(url.strip()) is None:
                # "… recent reviews show adapters match full tuning. ([PMC][2])" over "[2]: https://pmc…/PMC… "Adapter
                # Tuning for …"": an exported chat shows the source's name for the number; whether the mark cites a
                # work of its own or the one the item names is settled once the item's text is read (below)
                link = _RawLink(ids.unwrap_redirect(_unwrap_url(url.strip())), _cited_title(source_work), start, pos,
                                off, cited=True)
                res.links.append(link)
                source_marks.append((link, stripped))
                continue
            res.links.append(_RawLink(ids.unwrap_redirect(_unwrap_url(url.strip())), stripped, start, pos, off))
            if url[:1] == "[" and (stale := _pasted_link_text_record(url.strip())):
                # "[[paper]([https://link.springer.com/chapter/10.1007/…](https://arxiv.org/pdf/2204.09817))]": the
                # pasted link's text is the work's other record; its identifiers name the same work
                res.links.append(_RawLink(stale, stripped, start, pos, off))
        elif k == "Emphasis" and em_stack:
            _close_emphasis(res, out, pos, em_stack.pop())
        elif k == "Strong":
            _close_strong(res, out, pos, strong_starts)
            strong_depth -= 1
            if strong_depth == 0 and first_strong_start is not None and not res.strong_lead:
                res.strong_lead = _tail(out, pos, first_strong_start).strip()
    res.plain = "".join(out)
    for link, shown in source_marks:
        if _names_cited_work(res.plain, link.text):
            # "**TriageNet** — … ([Nature][5], [arXiv][6])" over "[5]: … "TriageNet: lightweight wound staging …"":
            # the item names the work the marks cite, in two versions: they are its own links
            link.text, link.cited = shown, False
    res.strong_only = strong_text and not other_text and (
        len(res.links) == res.image_links or _labelled_bold_heading(res)) and not _bold_whole_reference(res.plain)
    _blank_spaced_images(res)
    _blank_placeholder_urls(res)
    _add_bare_urls(res)
    if badges and (res.links or not _is_meaningful(res.plain)):
        _add_badge_repositories(res, badges)
    if records:
        _add_badge_records(res, records)
    if len(res.links) > 1:
        res.links.sort(key=_link_start)
    return res


#: an autolink's scheme ("jats:", "https:")
_AUTOLINK_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]{0,31}):")
#: the schemes of an address a reader can open: the web's, a file server's, an e-mail address
_OPENABLE_SCHEMES = frozenset({"http", "https", "ftp", "ftps", "mailto"})


def _non_web_autolink(url: str) -> bool:
    """``<jats:title>``, ``<jats:p>``: an autolink whose scheme is no address a reader can open (no web, file server
    or mail scheme, no "//" authority after it) and that reads no identifier (``<doi:10.…>``, ``<arXiv:…>`` do).
    Why: CommonMark reads any ``<word:word>`` as an autolink, so the JATS tags a metadata service pastes into an
    abstract became the record's links ("jats:title"), addresses of nothing."""
    m = _AUTOLINK_SCHEME.match(url)
    if m is None or m.group(1).lower() in _OPENABLE_SCHEMES or url.startswith("//", m.end()):
        return False
    return not (any(ids.ids_from_url(url)) or ids.find_dois(url) or ids.find_arxiv(url) or ids.find_pmids(url)
                or ids.find_pmcids(url))


#: the fewest words a wholly bold text has before it is read as a possible whole reference (a bold sub-topic
#: label is a few words; a reference's byline, year, title and venue are many)
_BOLD_REFERENCE_MIN_WORDS = 8


def _bold_whole_reference(plain: str) -> bool:
    """``**Boycott KM, et al. (2013). "Rare-disease genetics …" *Nat Rev Genet* 14(10):681-691.**``: a reading list
    that sets each whole reference in bold (its notes in a list under it) writes no sub-topic label but a work.

    Why: read as a bold pseudo-heading, the reference names the list under it as a topic, its note bullets become
    that topic's entries and the work itself is lost. Only a confident reference with authors, a year and a title
    of three words or more (``whole_reference``) is one; a bold label ("**Key Features:**") or a bold author-year
    lead alone ("**Kumar et al. (2020)**") is none."""
    return len(plain.split()) >= _BOLD_REFERENCE_MIN_WORDS and whole_reference(plain.strip()) is not None


#: the fewest words beside a bold line's role link to a scholarly record that make the line a work's title, not a
#: sub-topic label ("**Surveys [[paper](arxiv…)]**" is a label over the survey's list)
_RECORD_TITLE_MIN_WORDS = 4


def _labelled_bold_heading(res: _Inline) -> bool:
    """``**FL at [MICCAI 2022](…)**``, ``<strong>FL at [MICCAI 2022](…)</strong>``: a wholly bold text whose links
    are only labels (a venue and year, a role word) and that has words of its own outside them names a sub-topic,
    as a bold text without links does; a linked title ("**[Title](…)**") is no label and stays an entry."""
    from medkg.classify import is_link_label, label_role, venue_year_label

    links = [link for link in res.links if not link.image]
    if not links or not all(link.text and is_link_label(link.text) for link in links):
        return False
    outside, at = [], 0
    for link in links:
        outside.append(res.plain[at:link.start])
        at = max(at, link.end)
    outside.append(res.plain[at:])
    words = "".join(outside).strip(" \t\n*_:-–—[]")
    if len(words.split()) >= _RECORD_TITLE_MIN_WORDS and (
            any(any(ids.ids_from_url(link.url)) for link in links)
            or not res.plain[:links[0].start].strip(" \t[*_")
            and (res.plain[:links[0].start].strip(" \t*_") == "[" and res.plain[links[0].end:].lstrip().startswith("]")
                 or label_role(links[0].text) == "paper")
            and not venue_year_label(links[0].text.strip())):
        # "**[[статья](arxiv…)] (MAR2021) Title of the Work**" over its notes: a role link to a work's scholarly
        # record, or a paper label opening the line ("**[[статья](uni…/paper.pdf)] Title [[сайт](…)]**"), beside a
        # title's worth of words is that work's line, bolded whole, and no sub-topic label (a venue link, "**FL at
        # [MICCAI 2022](…)**", still labels one); so is any label link set in square brackets of its own opening the
        # line ("**[[сайт](…)] A Gentle Introduction to …**"): a notes file's item, its link's kind first
        return False
    return bool(words)


def _close_emphasis(res: _Inline, out: list[str], pos: int, start: int) -> None:
    """An emphasis (``*…*`` or ``<i>…</i>``) from ``start`` closes at ``pos``: its text and span are kept."""
    res.emphasis.append(_tail(out, pos, start).strip())
    if res.marked is None:
        res.marked = []
    res.marked.append((start, pos))


def _close_strong(res: _Inline, out: list[str], pos: int, strong_starts: list[int]) -> None:
    """A bold text (``**…**`` or ``<b>…</b>``) closes at ``pos``: its span is kept as marked and bold."""
    if strong_starts:
        span = (strong_starts.pop(), pos)
        if res.marked is None:
            res.marked = []
        if res.bold is None:
            res.bold = []
        res.marked.append(span)
        res.bold.append(span)


#: a text run that is only emoji shortcodes (``:star:``, ``:fire:``) and pictographs (``⭐``, ``🔥``)
#: the characters pictographs are made of (arrows, symbols, emoji, their variation selector and joiner): one set, for
#: every pattern that reads decoration (here, ``_DECORATION_CHAR``, ``tables._SEPARATORS``)
PICTOGRAPH_CHARS = "\u2190-\u2bff\U0001F000-\U0001FAFF\ufe0f\u200d"
_DECORATION = re.compile(rf"^\s*(?:(?::[a-z0-9_+-]{{1,30}}:|[{PICTOGRAPH_CHARS}])\s*)+$")
#: a run of pictographs opening a text run, a space after it, the content going on past it ("📋 Title …")
_DECORATION_LEAD = re.compile(rf"\s*(?:[{PICTOGRAPH_CHARS}]+\s+)+(?=\S)")


_BADGE_HOSTS = ("img.shields.io", "shields.io/", "badge.fury.io", "awesome.re", "badgen.net", "travis-ci.",
                "circleci.com", "codecov.io", "readthedocs.org/projects", "/badge", "/badges/")
_IMAGE_SUFFIXES = (".svg", ".png", ".jpg", ".jpeg", ".gif", ".webp")


#: a shields.io static badge, ``/badge/<label>-<message>-<colour>`` (or ``/badge/<message>-<colour>``): its
#: first segment is the text it shows first (``--`` writes a dash, ``__`` an underscore, ``_`` a space)
_STATIC_BADGE = re.compile(r"shields\.io/badge/((?:[^-/?#]|--)+)-(?:((?:[^-/?#]|--)+)-)?", re.I)
#: "…shields.io/github/stars/owner/repo?label=Code": the ``label`` parameter of any shields.io badge, static or not
_BADGE_LABEL_PARAM = re.compile(r"shields\.io/[^?#]*\?(?:[^#]*&)?label=([^&#]*)", re.I)


_HTML_SRC = re.compile(r"""(?is)\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")


def _wrapped_image(link: _Node) -> tuple[str, str] | None:
    """The (alt, source) of the image a link wraps with no text of its own, else None: a Markdown image
    (``[![CoRR](shields…)](doi…)``) or an HTML one (``[<img src=shields…/badge/CoRR-2023-blue alt="img" />](doi…)``,
    a venue badge written in HTML before the title's own link). Either is a badge, never the entry's title: an
    HTML image read as markup only left the link nameless, and that empty link titled the entry."""
    for child in link.children:
        if child.kind == "Image":
            alt = "".join(getattr(t, "text", "") or "" for t in child.children).strip()
            return alt, (child.attrs or {}).get("dest_url", "")
        if child.kind == "ihtml" and child.text.lstrip()[:4].lower() == "<img":
            a, src = _HTML_ALT.search(child.text), _HTML_SRC.search(child.text)
            return (_attribute(a) if a else ""), (_attribute(src) if src else "")
    return None


def _badge_role_label(src: str) -> str:
    """The label a static badge image shows, when that label names a link's role (``arXiv``, ``code``,
    ``repo``, ``DOI``, ``website``): an alt-less badge wrapped in a link is then that link's text. Other
    labels (``license``, ``PRs``, a venue's name) leave the badge nameless, as before.

    The text a badge shows is its ``label=`` parameter when it has one (``…/github/stars/o/r?label=Code``: a
    stars count captioned "Code"), else its static label; a blank static label (``badge/_-arxiv-gray``, the
    "no label" spelling) shows only the message, which is then what the badge says."""
    p = _BADGE_LABEL_PARAM.search(src)
    m = _STATIC_BADGE.search(src)
    label = _badge_shown(p.group(1)) if p is not None else ""
    if not label and m is not None:
        label = _badge_shown(m.group(1)) or _badge_shown(m.group(2) or "")
    return label if label and len(label) <= 30 and label_role(label) else ""


def _badge_shown(text: str) -> str:
    """A shields.io badge segment as the badge shows it: URL-escapes undone, ``--`` a dash, ``__`` an underscore,
    ``_`` a space."""
    from urllib.parse import unquote

    text = unquote(text.replace("+", " ")) if text else ""
    return text.replace("--", "-").replace("__", "\0").replace("_", " ").replace("\0", "_").strip()


#: a static badge's text dated as a venue is: "CVPR 2022", "Nat Med 2019", "ACM MM 2024", "arXiv 2018"
_VENUE_YEAR_TEXT = re.compile(r"(?P<venue>[^\W\d][^\d]{0,40}?)\s+(?P<year>(?:19|20)\d{2})")
#: a badge's text that is a year alone ("CVPR-2022": the message under a venue's label)
_YEAR_TEXT = re.compile(r"(?:19|20)\d{2}")
#: a badge's label that is a venue dated as a venue tag is: "MICCAI'23", "arXiv’24", "ICLR 2024"
_DATED_VENUE_LABEL = re.compile(r"(?P<venue>[^\W\d][^\d'’]{0,30}?)\s*(?:['’](?P<yy>\d{2})|(?P<year>(?:19|20)\d{2}))")
#: preprint servers, which ``names_venue`` leaves out (it reads journals and proceedings) yet date a work as well
_PREPRINT_VENUES = frozenset({"arxiv", "biorxiv", "medrxiv", "chemrxiv", "techrxiv", "ssrn"})
#: words a paper badge's message may put before the year that name no venue ("Paper-Preprint 2026")
_NO_VENUE_WORDS = frozenset({"preprint", "pdf", "link", "online", "paper"})
#: the static badges an item's source text holds (``![…](https://img.shields.io/badge/…)``)
#: (an apostrophe before two digits is a year's, "MICCAI'23", not the quote closing an HTML attribute)
_STATIC_BADGE_URL = re.compile(r"https?://img\.shields\.io/badge/(?:[^\s)\"'<>]|'(?=\d{2}))+", re.I)


def badge_venue_year(src: str) -> tuple[str | None, int] | None:
    """The venue and year a static shields.io badge dates a work by, else None: a paper badge whose message is a
    venue and its year (``badge/Paper-Nat%20Med%202019-…`` → ("Nat Med", 2019); ``badge/Paper-2021-…`` → (None,
    2021)), a venue's label over its year (``badge/CVPR-2022-blue`` → ("CVPR", 2022)), a venue's dated label over
    the work's name (``badge/MICCAI'23-MedUQ-…`` → ("MICCAI", 2023)), or a lone text naming both
    (``badge/MICCAI%202023-blue``). Why: a list that badges each paper's link with its venue writes the venue and
    year nowhere else, and the record was left undated. Only a label that names the paper's role (``label_role``)
    or a venue ``names_venue`` knows (or a preprint server): "python-3.8", "License-MIT", "Year-2022" or
    "arXiv-2201.01234" date nothing."""
    m = _STATIC_BADGE.search(src)
    if m is None:
        return None
    label, message = _badge_shown(m.group(1)), _badge_shown(m.group(2) or "")

    def venue_named(name: str) -> bool:
        return names_venue(name) or name.casefold() in _PREPRINT_VENUES

    if message and label_role(label) == "paper":
        if _YEAR_TEXT.fullmatch(message):
            return (label if venue_named(label) else None), int(message)  # "arXiv-2023": the server is the venue
        if (vy := _VENUE_YEAR_TEXT.fullmatch(message)) and label_role(vy["venue"]) in (None, "paper"):
            venue = vy["venue"].strip()
            return (None if venue.casefold() in _NO_VENUE_WORDS else venue), int(vy["year"])
    if message and _YEAR_TEXT.fullmatch(message) and venue_named(label):
        return label, int(message)
    if message and (dl := _DATED_VENUE_LABEL.fullmatch(label)) and venue_named(dl["venue"].strip()):
        # "MICCAI'23-MedUQ", "ICLR 2024-Oral": a venue's label dated by its year over the work's name or a note
        return dl["venue"].strip(), int(dl["year"]) if dl["year"] else 2000 + int(dl["yy"])
    if not message and (vy := _VENUE_YEAR_TEXT.fullmatch(label)) and venue_named(vy["venue"].strip()):
        return vy["venue"].strip(), int(vy["year"])
    return None


def badges_venue_year(text: str) -> tuple[str | None, int] | None:
    """The one venue and year the static badges in an item's source ``text`` date it by (``badge_venue_year``),
    else None: badges that give two years leave the item undated (which one is the work's is not said)."""
    if "shields.io/badge/" not in text:
        return None
    found = {vy for url in _STATIC_BADGE_URL.findall(text) if (vy := badge_venue_year(url)) is not None}
    years = {y for _, y in found}
    if len(years) != 1:
        return None
    venues = {v for v, _ in found if v}
    return (venues.pop() if len(venues) == 1 else None), years.pop()


#: a badge label dated as a venue tag: "AAAI'22", "NeurIPS’23", "MICCAI 2023"
_DATED_BADGE_LABEL = re.compile(r"(?:['’]\d{2}|(?<!\d)(?:19|20)\d{2})$")


def _badge_named_work(alt: str, src: str) -> str:
    """The work's name a static badge shows when its alt text says the same name: ``[![MCM](…shields.io/badge/
    NeurIPS'22-MCM-fdd7e6)](arxiv…)`` → ``MCM``; "" otherwise. Why: a survey's list may write each work as such a
    badge alone, the venue and year as the badge's label and the method's name as its message; read by its label,
    every work was titled "NeurIPS'22". The alt must name no link role and match the message (spaces, dashes and
    case aside: alt "APRIL-GAN", message "APRILGAN"), so a licence's, a language's or an arXiv badge keeps its
    reading (alt "License", message "MIT"). The label must be dated as a venue tag is ("AAAI'22", "MICCAI 2023"):
    "[![Nature](…/badge/Journal-Nature-…)]" names where the work appeared, "[![HuggingFace](…)]" a host."""
    from urllib.parse import unquote

    if not alt or label_role(alt) or alt.lower() in WEIGHTS_LABELS or is_home_label(alt):
        return ""
    m = _STATIC_BADGE.search(src)
    if m is None or not m.group(2) or not _DATED_BADGE_LABEL.search(unquote(m.group(1))):
        return ""

    def squash(text: str) -> str:
        return "".join(ch for ch in unquote(text).casefold() if ch.isalnum() or ch == "+")

    return alt if squash(alt) and squash(alt) == squash(m.group(2)) else ""


#: a badge service's picture of one GitHub repository's figures (stars, forks, last commit…): its owner and name
_REPOSITORY_BADGE = re.compile(r"(?i)^https?://(?:img\.shields\.io|badgen\.net)/github/(?:stars|forks|watchers|"
                               r"last-commit|commit-activity/[a-z]+|issues|issues-raw|license|release|v/release|"
                               r"contributors|languages/top|repo-size|languages/code-size)/([\w.-]{1,100})/([\w.-]{1,100})")


def _add_badge_repositories(res: _Inline, badges: list[_RawLink]) -> None:
    """Add the repositories that unlinked badges name to a text with links of its own but none to GitHub, or to a
    text of badges alone (a table's "Stars" cell), each once. Why only then: a row that links its paper and shows its
    repository's stars only as a picture gives its code that way; a page's title with nothing but its own stars badge
    names no record, and beside a GitHub link of the item's own the badge only decorates it (or, copied from the item
    above, names another repository)."""
    if any("github.com/" in link.url.lower() for link in res.links):
        return
    seen: set[str] = set()
    for badge in badges:
        if badge.url.lower() not in seen:
            res.links.append(badge)
            seen.add(badge.url.lower())


def _badge_record(src: str) -> str:
    """The record a static identifier badge names (``…shields.io/badge/arXiv-2404.19759-b31b1b`` → the arXiv page,
    ``…/badge/DOI-10.1038%2Fs41586--024--07441--w-blue`` → the DOI's address), "" for any other image: its label
    names a kind of identifier and its message is one (``ids.labelled_record_url``)."""
    m = _STATIC_BADGE.search(src) if "shields.io/badge/" in src.lower() else None
    if m is None or not m.group(2):
        return ""
    return ids.labelled_record_url(_badge_shown(m.group(1)), _badge_shown(m.group(2))) or ""


def _add_badge_records(res: _Inline, records: list[_RawLink]) -> None:
    """Add the records that identifier badges name (``_badge_record``) to the text's links, each once and only
    when no link of the text gives that identifier already. Why: "**Title** ![arXiv](…/badge/arXiv-2309.01234-…)"
    or ``<a href="scholar…"><img src="…/badge/Arxiv-2404.19759-…"></a>`` gives the work's arXiv id only in the
    picture; read as images, the badges were dropped, and the paper had no identifier (nor, with no other link, a
    record to be a paper by)."""
    have = {i for link in res.links for i in ids.ids_from_url(link.url) if i}
    for record in records:
        found = [i for i in ids.ids_from_url(record.url) if i]
        if found and not have.intersection(found):
            res.links.append(record)
            have.update(found)


def _repository_badge_target(src: str) -> str:
    """The repository a badge's picture counts the stars (forks, commits…) of, as a link; "" for any other image."""
    m = _REPOSITORY_BADGE.match(src.strip())
    if m is None or m.group(2).lower().endswith((".svg", ".png")):
        return ""
    return f"https://github.com/{m.group(1)}/{m.group(2)}"


def _is_badge_target(url: str) -> bool:
    """A badge that links to an image or a badge/CI service: nothing of the entry."""
    low = url.lower()
    return low.split("?", 1)[0].endswith(_IMAGE_SUFFIXES) or any(h in low for h in _BADGE_HOSTS)


def _related_note(plain: str, link: _RawLink, links: Sequence[_RawLink] = ()) -> str:
    """A note right after a link that makes it someone else's code (``Code: https://github.com/…
    (unofficial)``, ``[code](…)（复现）``): it outranks the ``label:`` before the link. A parenthesis that holds a
    link of its own (``[Title](arxiv…) ([unofficial code](github…))``, ``(third-party [code](…))``) is that link's
    note, not this one's: the paper stays a paper."""
    window = plain[link.end:link.end + 40]
    after = window.lstrip(" \t")
    if after[:1] not in ("(", "（"):  # not "[": a bracket after a link is the next link's text
        return ""
    close = min((i for i in (after.find(")"), after.find("）")) if i > 0), default=-1)
    if close <= 1:
        return ""
    opened = link.end + len(window) - len(after)
    if any(opened <= other.start < opened + close for other in links):
        # (at ``opened`` itself: "[(pdf)](arxiv…)[(unofficial code)](github…)", the bracket is the next link's own
        # text, written in brackets as some lists write every link's; it labels that link, never the paper before)
        return ""
    from medkg.classify import label_role

    note = after[1:close]
    return note if label_role(note) == "related_code" else ""


#: "[unofficial-keras : https://github.com/…](https://github.com/…)": a link's text that names whose implementation the
#: link is (a few words), a colon, then the address written out
_NAME_BEFORE_ADDRESS = re.compile(r"(?P<name>[^:\n]{1,40}?)\s*:\s+(?:https?://|www\.)\S+")


def implementation_before_address(text: str) -> str:
    """``official : https://github.com/…``, ``torchvision : https://github.com/…``: the implementation a code link's
    text names before its written-out address, else "". Why: a list that writes each code link as "code: [name :
    address](address)" says in that name whose code it is (the authors', a framework's, a stranger's port)."""
    m = _NAME_BEFORE_ADDRESS.fullmatch(text.strip()) if len(text) <= 300 else None
    return m["name"].strip() if m else ""


def _related_text(link: _RawLink) -> str:
    """A link whose own text says it is someone else's code (``[多个复现](…)``, ``[Unofficial PyTorch](…)``,
    ``[unofficial-keras : https://github.com/…](…)``): that text, else "". Why: in a record's code field,
    ``**代码**: [TensorFlow实现](github…/cfrnet) | [多个复现](github…)``, the field's ``label:`` names every link after it
    code, yet the second link's text says it is a reproduction."""
    from medkg.classify import label_role

    text = implementation_before_address(link.text) or _bracket_label(link.text)
    return text if text and label_role(text) == "related_code" else ""


def _link_label(plain: str, link: _RawLink, links: Sequence[_RawLink] = ()) -> str:
    """The label of a link: a "someone else's code" note after it or its own text saying so, the ``label:`` before
    it, its text."""
    return field_link_label(plain, link, links=links)


def field_link_label(plain: str, link: _RawLink, field_label: str = "", own_text: bool = True,
                     links: Sequence[_RawLink] = ()) -> str:
    """The label of a link in ``plain``: a "someone else's code" note after it or its own text saying so
    (``[多个复现](…)``), the ``label:`` right before it, else the label of the field the link sits in
    (``**代码**: [a](…) | [b](…)``), else (``own_text``) the link's own text without its brackets."""
    own = _bracket_label(link.text) if own_text else ""
    named = _label_before(plain, link.start) or field_label
    if named and names_paper_and_code(named):
        # "**论文/代码：** [TBioCAS DOI](doi…), [official repository](github…)": a label naming both roles gives
        # neither link its role; each link's own text and address do
        named = ""
    return _related_note(plain, link, links) or _related_lead(plain, link, links) or _related_text(link) \
        or _related_prose(plain, link, links) or _credited_code_field(plain, link) or named or own


#: words of a sentence that point to code the work used or compared with, someone else's: "We build our pipeline on
#: nnU-Net (https://github…)", "the baseline of Smith et al., whose code is at https://…", "the unofficial
#: re-implementation at https://…", "preprocessing reused from https://…"
_THIRD_PARTY_PROSE = re.compile(
    r"(?i)\b(?:build(?:s|ing)?\s+(?:\w+\s+){0,3}?(?:up)?on|built\s+(?:up)?on|based\s+on|baseline|re-?implement\w*"
    r"|unofficial|third[- ]party|reus(?:e|es|ed|ing)|borrow(?:s|ed|ing)?|adapted\s+from"
    r"|compar(?:e|es|ed|ing)\s+(?:\w+\s+)?(?:against|with|to)|whose\s+code)\b")
#: a stem every match of ``_THIRD_PARTY_PROSE`` holds: a substring test first spares the pattern most addresses
_THIRD_PARTY_STEMS = ("build", "built", "based", "baseline", "implement", "unofficial", "third", "reus", "borrow",
                      "adapted", "compar", "whose")
#: words of the same sentence that give the work's own code: "our code", "code is available at", "our
#: implementation:", "code and data will be released" (the own code a pasted abstract names keeps its role)
_OWN_CODE_PROSE = re.compile(
    r"(?i)\b(?:our\s+(?:\w+\s+)?(?:code|codes|implementation|source\s+code|repository|model|models|framework"
    r"|method|tool|toolkit|package)|(?:code|codes|implementation|source\s+code|repository)\s+(?:\w+\s+){0,3}?"
    r"(?:is|are|will\s+be)\s+(?:\w+\s+){0,2}?(?:available|released|public|open)|we\s+(?:release|open-source|share))")
#: how far back the sentence around a bare URL is read
_PROSE_SENTENCE_CHARS = 240


def _related_prose(plain: str, link: _RawLink, links: Sequence[_RawLink] = ()) -> str:
    """``… We build our pipeline on nnU-Net (https://github.com/MIC-DKFZ/nnUNet) and add …``: a bare repository
    address inside a sentence (a pasted abstract, a reading note) that says the work used or compared with that
    code ("build on", "based on", "baseline", "re-implementation", "reused from", "whose code") is someone else's
    code, labelled so ("third-party code"); "" when the sentence gives the work's own code ("Our code is
    available at …", "our implementation: …") or says neither. Why: read by its address alone, every repository a
    pasted abstract mentions was the paper's own code."""
    if not link.bare:
        return ""
    begin = max(link.start - _PROSE_SENTENCE_CHARS, 0)
    low = plain[begin:link.start].lower()
    if not any(stem in low for stem in _THIRD_PARTY_STEMS) or _THIRD_PARTY_PROSE.search(low) is None:
        return ""  # (most bare addresses stand in no such sentence: nothing more to read)
    # (only the words since the link before it: a linked title's own words, "… based on noisy pseudo labels", are
    # no sentence about the repository after it; ``links`` are in text order, so the one before is found by
    # bisection, not by a scan of every link — a line of 80,000 bare URLs made that scan quadratic)
    at = bisect.bisect_left(links, link.start, key=_link_start)
    while at > 0 and links[at - 1].end > link.start:
        at -= 1
    if at > 0:
        begin = max(begin, links[at - 1].end)
    window = plain[begin:link.start]
    stop = max(window.rfind(". "), window.rfind("。"), window.rfind("\n\n"), window.rfind("? "), window.rfind("! "))
    sentence = window[stop + 1:]
    if len(sentence.split()) < 3 or not _THIRD_PARTY_PROSE.search(sentence) or _OWN_CODE_PROSE.search(sentence):
        return ""
    return "third-party code" if ids.canonical_repo(link.url) else ""


#: a code field whose value opens by crediting the code to another work: "Code: adapted from [Work](…) [GitHub](…)",
#: "Implementation: based on [nnU-Net](…)", "代码: built upon …" (the field's label, its colon, the credit)
_CREDITED_CODE_FIELD = re.compile(
    r"(?i)^[\s*_>-]*(?:code|codes|implementation|source\s+code|github|repo|repository|代码)[\s*_]*[:：]\s*"
    r"(?:(?:adapted|modified|borrowed|forked|derived|taken)\s+from|(?:based|built)\s+(?:up)?on)\b")


#: how much of a line's start is read for a code field's credit ("- **Source code**: adapted from")
_CREDIT_LEAD_CHARS = 80


def _credited_code_field(plain: str, link: _RawLink) -> str:
    """``- Code: adapted from [ACL 2018](arxiv…) [Github](github…)``: a link in a code field whose value opens by
    crediting the code to another work ("adapted from", "based on", "built on", "forked from") is that other
    work's code, labelled so ("third-party code"); "" otherwise. Why: read by its own text ("Github") the link was
    the noted paper's own code, though the field says the paper's code came from elsewhere. Only the line's own
    field, read from the line's start (its first ``_CREDIT_LEAD_CHARS`` characters, before the link)."""
    lo = max(0, link.start - _LABEL_WINDOW)
    line_start = plain.rfind("\n", lo, link.start) + 1 or lo
    lead = plain[line_start:min(link.start, line_start + _CREDIT_LEAD_CHARS)]  # (the credit opens the field)
    if ("from" not in lead and "on" not in lead) or _CREDITED_CODE_FIELD.match(lead) is None:
        return ""
    return "third-party code" if ids.canonical_repo(link.url) else ""


def _related_lead(plain: str, link: _RawLink, links: Sequence[_RawLink]) -> str:
    """``[Title](arxiv…) (third-party [code](github…))``, ``(unofficial [PyTorch](…))``: a word that credits code to
    others, opening the parenthesis the link sits in, qualifies the link's own text; the two read as one label
    ("third-party code"), returned when that label names someone else's code, else "". Why: the same credit as
    ``([third-party code](…))``, with the qualifier left outside the brackets."""
    opened = max(plain.rfind("(", max(0, link.start - 30), link.start),
                 plain.rfind("（", max(0, link.start - 30), link.start))
    if opened < 0:
        return ""
    lead = plain[opened + 1:link.start].strip()
    if not lead or len(lead) > 25 or any(opened < other.end <= link.start for other in links):
        return ""
    from medkg.classify import label_role

    label = f"{lead} {_bracket_label(link.text)}"
    return label if label_role(label) == "related_code" and label_role(lead) != "code" else ""


def _has_links(inl: _Inline) -> bool:
    """Some link other than a badge: a heading or a paragraph with only badges is no entry."""
    return len(inl.links) > inl.image_links


def _link_start(link: _RawLink) -> int:
    return link.start


#: ``[code](https://⏎github.com/owner/name)``: a link whose destination an editor wrapped onto the
#: next line is no link to CommonMark (a destination holds no line break), only text
_WRAPPED_LINK = re.compile(r"\[([^\[\]\n]{1,40})\]\((https?://[^\s()<>]*)\n[ \t]*([^\s()<>]+)\)")
#: ``[**Title**] (https://journals.plos.org/…)``: a link whose destination a space parts from its text, which
#: CommonMark reads as text; the bracket names what the URL after it is (three characters at least: "[1] (url)" is a
#: reference number before a bare URL). The destination is a web address or a path in the list's own repository
#: written as one ("[Title] (./paper/Title.pdf)", "../", "/"): a word in parentheses ("[Title] (2004)") is no link.
_SPACED_LINK = re.compile(r"\[([^\[\]\n]{3,300})\][ \t]+\(((?:https?://|\.{0,2}/)[^\s()<>]+)\)")
#: ``[A Secure Federated Transfer Learning](paper/A Secure Federated Transfer Learning.pdf)``: a link to a document
#: in the list's own repository named by its title, spaces and all, which CommonMark reads as text (a destination
#: holds no space unless written in angle brackets); the bracket names the work, the path is its PDF. Only a path
#: (no scheme) ending in ".pdf" with a space in it; bounded lengths keep the search linear
_SPACED_PATH_LINK = re.compile(r"\[([^\[\]\n]{3,300})\]\(([^\s()<>\[\]:][^()<>\[\]\n:]{0,300}?\.pdf)\)", re.I)


#: ``![citations](https://img.shields.io/badge/Medical Image Analysis-2026-white)``: an image whose destination holds
#: spaces is no image to CommonMark (Jekyll's kramdown shows it), only text that opened the item as its "title"
_SPACED_IMAGE = re.compile(r"!\[[^\[\]\n]{0,100}\]\(https?://[^()\s]{1,300} [^()\n]{1,300}\)")


def _blank_spaced_images(res: _Inline) -> None:
    """An image left as text because its destination holds spaces (a badge, ``_SPACED_IMAGE``) is blanked out
    (same length: positions stay), as an image is no text."""
    if "![" not in res.plain:
        return
    inside = _span_index([(link.start, link.end) for link in res.links])
    blanked = _SPACED_IMAGE.sub(lambda m: m.group(0) if inside(m.start()) else " " * len(m.group(0)), res.plain)
    if blanked != res.plain:
        res.plain = blanked
        res.image_links += 1


#: a web address left as a slot to fill: the scheme alone ("https://"), nothing after it but space or the line's end
_PLACEHOLDER_URL = re.compile(r"(?<![\w/:.])https?://(?=\s|$)")


def _blank_placeholder_urls(res: _Inline) -> None:
    """``* Title (5 March 2023)`` / ``https://`` / ``[ID05]``: a curator's template gives each work a line for its
    address and leaves the bare scheme there until the address is found. The scheme names no page and says nothing
    of the work, yet as text it ran the title on over the lines below it ("Title (5 March 2023) https:// [ID05]")
    and the item lost its paper reading; it is blanked (spaces, so every offset stays), as a line with no address
    would be. A scheme with anything after it ("https://arxiv…", "https://…") is no such slot."""
    if "://" not in res.plain or _PLACEHOLDER_URL.search(res.plain) is None:
        return
    res.plain = _PLACEHOLDER_URL.sub(lambda m: " " * len(m.group(0)), res.plain)


def _shown_by_bracket_text(plain: str, shown: list[re.Match]) -> str:
    """``plain`` with each link read from text (``shown``: group 1 its bracket's words) shown as a link shows, by its
    text alone: the opening bracket a space, the closing bracket and the destination blanked, every offset kept."""
    parts, at = [], 0
    for m in shown:
        parts += [plain[at:m.start()], " ", m.group(1), " " * (m.end() - m.end(1))]
        at = m.end()
    return "".join(parts) + plain[at:]


def _add_bare_urls(res: _Inline) -> None:
    """pulldown-cmark does not autolink bare URLs; find them in the text outside links. A link
    wrapped inside its destination, or parted from it by a space ("[Title] (https://…)"), is taken
    whole, named by its bracketed text (the entry also gets a ``broken-link`` diagnostic for the
    curator)."""
    spans = [(link.start, link.end) for link in res.links]
    plain = res.plain
    if "](" in plain and "\n" in plain:
        inside = _span_index(spans)  # finditer's matches never overlap: the links' spans suffice
        for m in _WRAPPED_LINK.finditer(plain):
            if not inside(m.start()):
                res.links.append(_RawLink(m.group(2) + m.group(3), m.group(1), m.start(), m.end(), res.offset))
                spans.append((m.start(), m.end()))
    if "](" in plain and ".pdf)" in plain.lower():
        # (a link to the repository's own PDF named by the work's title, spaces left in its path: that link, named by
        # its bracket; the text shows its bracket's words, the brackets and the path blanked, offsets kept)
        inside = _span_index(spans)
        shown = []
        for m in _SPACED_PATH_LINK.finditer(plain):
            if " " in m.group(2) and not inside(m.start()):
                res.links.append(_RawLink(m.group(2).replace(" ", "%20"), m.group(1), m.start(), m.end(), res.offset))
                spans.append((m.start(), m.end()))
                shown.append(m)
        if shown:
            res.spaced_links += len(shown)
            res.plain = plain = _shown_by_bracket_text(plain, shown)
    if "] (" in plain:
        # (a link typed with a space before its destination is still that link, named by its bracket; the text
        # shows it as a link shows, by its text alone: its brackets and destination are blanked, offsets kept)
        inside = _span_index(spans)
        shown = []
        for m in _SPACED_LINK.finditer(plain):
            if not inside(m.start()):
                res.links.append(_RawLink(ids.unwrap_redirect(m.group(2)), m.group(1), m.start(), m.end(), res.offset))
                spans.append((m.start(), m.end()))
                shown.append(m)
        if shown:
            res.spaced_links += len(shown)
            res.plain = plain = _shown_by_bracket_text(plain, shown)
    found = _urls_between_code(plain, res.code) if res.code else ids.find_urls(plain)
    if not found:
        return
    inside = _span_index(spans)
    starts = sorted(a for a, _ in spans)
    for s, e, url in found:
        if inside(s):
            continue
        # "… Hearing Research, 398, https://doi.org/10.1016/j.heares.2020.108091.[Code](https://github.com/…)": a
        # link written right after a bare URL, with no space, shows as its text glued to the address
        # ("…108091.Code"); the link's start ends the bare URL (its closing stop is the sentence's), or the DOI
        # read from the address takes the next link's label as its tail
        i = bisect.bisect_right(starts, s)
        if i < len(starts) and starts[i] < e:
            url = url[: starts[i] - s].rstrip(".,;:")
            e = s + len(url)
            if not url:
                continue
        res.links.append(_RawLink(ids.unwrap_redirect(url), url, s, e, res.offset, bare=True))


def _urls_between_code(plain: str, code: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Bare URLs read piece by piece between the edges of the code spans: a code span ends any URL
    before it and starts a new run after it (``…/6972773`code`https://github.com/andylun96/DAPSNet``
    flattens to ``…/6972773codehttps://github.com/…``: the article's URL, then the repository's)."""
    edges = sorted({x for span in code for x in span} | {0, len(plain)})
    out: list[tuple[int, int, str]] = []
    for a, b in zip(edges, edges[1:]):
        if b > a:
            for ps, pe, purl in ids.find_urls(plain[a:b]):
                out.append((a + ps, a + pe, purl))
    return out


def _span_index(spans: list[tuple[int, int]]):
    """``inside(pos)``: does some ``a <= pos < b`` of ``spans`` hold — in O(log n), not a scan per
    position (100,000 autolinks on one line were quadratic: minutes)."""
    order = sorted(spans)
    starts = [a for a, _ in order]
    reach = list(accumulate((b for _, b in order), max))  # the furthest end among spans starting up to i

    def inside(pos: int) -> bool:
        i = bisect.bisect_right(starts, pos) - 1
        return i >= 0 and reach[i] > pos

    return inside


#: How far back ``_label_before`` looks: the label and the marks around it (far more than MAX_LABEL_CHARS).
_LABEL_WINDOW = 4096


#: an emoji shortcode right before a link (``:star:[paper](…) :sunny:[code](…)``): its closing colon is
#: decoration, no ``label:`` — the link's own text labels it
_SHORTCODE_END = re.compile(r"(?:^|[\s\])>]):[a-z0-9_+-]{1,30}:$")


def _genre_tag(lead: str) -> str:
    """``(Slide) [Relation Extraction 1](….pdf)``, ``(Video) [Week 5](youtube…)``: a line opened by nothing but a
    bracketed word that names a kind of page other than a work (slides, a video, a talk: ``label_role`` "other")
    labels the link after it, as "Slides: [x](…)" does; the link is that, not a paper (a PDF of slides is no
    article). Only such a word: "(Survey) [Title](…)" or "[2023] [Title](…)" keep their link's own label."""
    from medkg.classify import label_role

    tag = lead.strip()
    if len(tag) < 3 or len(tag) > 24 or _PAIRS.get(tag[-1]) != tag[0] or any(c in tag[1:-1] for c in "()[]（）【】"):
        return ""
    word = tag[1:-1].strip(" *_`")
    if not word:
        return ""
    if label_role(word) == "other":
        return word
    # "(Slide)": the singular of a page word ("slides") is no label word of its own — a tool may be named
    # "SLIDE" — so the tag labels its link by the plural
    return word + "s" if label_role(word + "s") == "other" else ""


def _label_before(plain: str, start: int) -> str:
    """``Paper: http://…`` / ``论文地址：[x](…)`` / ``github: [x](…)`` → the label before the colon."""
    # only the last _LABEL_WINDOW characters: the label is at most MAX_LABEL_CHARS, and slicing from
    # the line's start for every link was quadratic on a line of 100,000 links (minutes)
    lo = max(0, start - _LABEL_WINDOW)
    line_start = plain.rfind("\n", lo, start) + 1 or lo
    before = plain[line_start:start].rstrip(" \t(（[")
    if not before.endswith(_COLONS) and (genre := _genre_tag(plain[line_start:start])):
        return genre
    if not before.endswith(_COLONS) or _SHORTCODE_END.search(before):
        return ""
    before = before[:-1].rstrip()
    # ("<summary>Code:...</summary><p>Code: https://…": a folded note's preview, cut by an ellipsis, runs
    # into the label once the tags are gone)
    for sep in (";", "；", "。", ". ", "...", "…", ",", "，", "|", "  ", ")", "]"):
        i = before.rfind(sep)
        if i >= 0:
            before = before[i + len(sep):]
    before = before.strip(" *_`[]()")
    return before if 0 < len(before) <= MAX_LABEL_CHARS else ""


_PAIRS = {")": "(", "]": "[", "）": "（", "】": "【", "」": "「", "』": "『", "}": "{"}


MAX_TITLE_CHARS = 2000


#: a run of two or more stars (or underscores) standing alone between words: emphasis the parser left as text
#: because a space came before its closing stars ("***RadFM *** Towards …", "**KneeNet ** Self-supervised …"),
#: markup, no word of the title
_STRAY_EMPHASIS = re.compile(r"(?<!\S)(?:\*{2,}|_{2,})(?!\S)")


#: a closing bracket that only gives the work's identifier, its label and value: "… chest. (PMID: 41390262)",
#: "… (arXiv: 2101.01234)", or the label alone once its linked value was taken out as a link ("… imaging (PMID");
#: a closed "(DOI)" is a word of the title ("… Identifiers (DOI)"), "[arXiv]" a placeholder read elsewhere
_IDENTIFIER_TAIL = re.compile(r"\s*[(（\[]\s*(?:PMID|PMCID|DOI|arXiv|ISBN)\s*"
                              r"(?:[:：]\s*[^\s()（）\[\]]{1,80}\s*[)）\]]?|[:：]?"
                              r"|(?<=\s)(?!(?:19|20)\d\d\s*[)）\]])\d[^\s()（）\[\]]{3,79}\s*[)）\]])\s*$",
                              re.IGNORECASE)  # (or the label and the number apart, "(arXiv 2307.12914)"; not a year)


#: a journal's locator in brackets closing a title: the journal, its volume (and issue), perhaps the article number or
#: pages after a comma: "(JMIR 27, e69293)", "(IEEE JBHI 24(9))", "(IEEE Access 11, 29091–29100)"; no year in it
_JOURNAL_LOCATOR_TAIL = re.compile(r"\s*[(（](?P<journal>[^()（）\d\n]{2,80}?)\s+\d{1,4}(?:\s*\(\d{1,4}\))?"
                                   r"(?:\s*[,:]\s*[eE]?\d{1,7}(?:\s*[-–]\s*\d{1,7})?)?\s*[)）]\s*$")
_MAX_LOCATOR_CHARS = 160


def journal_locator_tail(title: str) -> tuple[str, str] | None:
    """``Deep Learning for ICU Mortality (npj Digital Medicine 8, 733)`` → (title, "npj Digital Medicine 8, 733"):
    a title cell closed by its journal's name and volume in brackets, with no year (a table gives the year in a
    column of its own, "| Wu et al. 2024 | Title (Journal of Big Data 11, 40) |"). Why: ``_cut_year_trailer`` knows
    a bracketed venue by its year, and the journal ran on into the title. Only a name ``citation.names_journal``
    reads as a journal's (or a one-word venue name with an article number after the volume, "(JMIR 27, e69293)");
    "(Llama 2)", "(Phase 3)", "(GPT 4)" name no journal and stay."""
    from medkg import citation

    if title[-1:] not in (")", "）"):
        return None
    m = _JOURNAL_LOCATOR_TAIL.search(title, max(0, len(title) - _MAX_LOCATOR_CHARS))  # (a closing bracket's length)
    if m is None or m.start() == 0:
        return None
    journal = m.group("journal").strip()
    if not citation.names_journal(journal) and not (journal.isupper() and "," in m.group()):
        return None
    head = title[:m.start()].rstrip()
    return (head, m.group().strip()[1:-1].strip()) if len(head.split()) >= 3 else None


def identifier_tail(text: str) -> str:
    """The closing bracket that only gives the work's identifier (``_IDENTIFIER_TAIL``: "… 649-658. [PMID:28732212]")
    → its text, which ``_clean_title`` cuts from a title; "" when the text closes on none. The caller keeps it as
    prose so the identifier it gives is still the entry's."""
    s = text.rstrip()
    if not s.endswith((")", "）", "]")) or (tail := _IDENTIFIER_TAIL.search(s)) is None or tail.start() == 0:
        return ""
    return tail.group().strip()


#: a closing bracket that only notes whether the work's code is out: "(no code yet)", "(code coming soon)", "(code not
#: released)", "(code will be released)"; the list's remark on the code, not the title's words
_CODE_STATUS_NOTE = re.compile(r"(?i)\s*[(（]\s*(?:no (?:public )?code(?: (?:yet|available|released))?"
                               r"|code (?:is )?(?:coming soon|not (?:yet )?(?:released|available|public)"
                               r"|(?:to|will) be released(?: soon)?))\s*[)）]\s*$")


#: a LaTeX citation command closing a line ("… epidemic in Kenya \cite{liu2020forecasting}", "\citep[p. 3]{key}"):
#: a reading list drafted beside a paper's source keeps the BibTeX key of each work it names; the key is no title
_TEX_CITE_TAIL = re.compile(r"\s*\\cite[pt]?\*?(?:\[[^\]\n]{0,80}\])?\{[^{}\n]{1,300}\}?\s*$")


#: GitHub emoji shortcodes opening or closing a title ("### :small_blue_diamond: Title", ":star: :fire: Title",
#: "Title :white_check_mark:"): GitHub draws them as pictographs, which decorate the record as ``🔹 Title`` would;
#: the colon stripping below would only take the first colon and leave "small_blue_diamond: Title". Only a run at
#: an edge with something else beside it (a title that is nothing but shortcodes stays as it is)
_EDGE_SHORTCODES = re.compile(r"^(?::[a-z0-9_+-]{1,30}:\s*)+(?=\S)|(?<=\S)(?:\s+:[a-z0-9_+-]{1,30}:)+$")


#: a field label naming what follows as the work's title, written plainly before its colon ("Title: …", "Paper
#: title: …", "论文标题：…", and the label in other languages a list is written in: "Название:", "Tiêu đề:", "Judul:",
#: "Başlık:", "Titre :", "Titel:", "Título:", "عنوان:"); the bold form ("**Title**: …") is read as a field
_TITLE_LABELS = frozenset({"title", "paper title", "article title", "论文题目", "论文标题", "题目", "标题", "название",
                           "tiêu đề", "judul", "başlık", "titre", "titel", "título", "titolo", "عنوان", "제목",
                           "タイトル"})
_MAX_TITLE_LABEL = 14
_TITLE_LABEL_INITIALS = frozenset(label[0] for label in _TITLE_LABELS)  # (a cheap test first: most titles have none)


def _without_title_label(s: str) -> str:
    """``Title: Deep Retinal Grading with Transformers`` → the title after its plain field label
    (``_TITLE_LABELS``); any other text as it is ("Segment Anything: …" opens a title of its own)."""
    i = min((j for j in (s.find(":", 0, _MAX_TITLE_LABEL + 1), s.find("：", 0, _MAX_TITLE_LABEL + 1)) if j > 0),
            default=-1)
    if i < 0 or s[:i].strip(" *_").casefold() not in _TITLE_LABELS:
        return s
    rest = s[i + 1:].strip()
    return rest if _is_meaningful(rest) else s


#: a quoted title followed only by the short name the work goes by, in brackets: '"Deep Residual Learning for Image
#: Recognition" (ResNet)' (the name has a letter: a bracketed year or page range is no name)
_QUOTED_TITLE_NICKNAMED = re.compile(r'["“]([^"“”\n]{8,})["”]\s*[(（](?=[^()（）\n]*[^\W\d_])[^()（）\n]{1,30}[)）]')
#: a quoted title followed only by its year in brackets: '"Support-Vector Networks" (1995)', as a Spanish or
#: Portuguese reading list writes each work in bold, '**"Title" (year)**', its authors and links on sub-bullets
_QUOTED_TITLE_DATED = re.compile(r'["“]([^"“”\n]{8,})["”]\s*[(（]\s*(?:19|20)\d\d\s*[)）]')


def quoted_title_year(s: str) -> int | None:
    """``**"Support-Vector Networks" (1995)**``: the year in brackets after a wholly quoted title, which
    ``_clean_title`` takes off the title (``_QUOTED_TITLE_DATED``); None when ``s`` is written otherwise. The caller
    keeps it as the entry's year, so the date the title no longer carries is not lost."""
    s = " ".join(s[:MAX_TITLE_CHARS * 4].split()).strip(" *_")
    if s[:1] not in ('"', "“") or s[-1:] not in (")", "）") or _QUOTED_TITLE_DATED.fullmatch(s) is None:
        return None
    return int(_YEAR_IN_TEXT.search(s[s.rfind("(") if "(" in s else s.rfind("（"):]).group())


def _clean_title(s: str) -> str:
    """``_cleaned_title`` of ``s``, remembered for short texts: one entry's label, field and title texts are
    cleaned at several stages, and link labels ("Paper", "论文地址", "arXiv") repeat through a list. Long texts
    are not kept (a cache of hostile megabyte paragraphs would outlive the list)."""
    return _cached_clean_title(s) if len(s) <= 300 else _cleaned_title(s)


#: a reader's rating of the work in brackets before its title: "(****) Title", "(+++) Title", "(★★★) Title" (two marks
#: or more of one kind, then a space: "(+)-Catechin …" and "(*) Title" keep their brackets)
_RATING_LEAD = re.compile(r"[(（]\s*(?:\*{2,5}|\+{2,5}|[★☆]{2,5})\s*[)）]\s+(?=\S)")
#: the writer's own numbering before a title inside its item: a reference number ("[12] "), an outline number of
#: three levels or closed by a dot ("1.1.2 ", "2.3. "), a letter or Roman numeral enumerating sub-items ("a) ", "(b) ",
#: "(iv) ", "ii. "), followed by a word with a capital or a digit ("(i) nnFormer: …"; "(1) means …" is a key's
#: sentence) or a quote. Not "1.5 Tesla …" (one level, no closing dot), nor an
#: initial ("A. Esteva, …": capitals are left alone), nor "(+)-Catechin"
_LEAD_ENUMERATOR = re.compile(r"(?:\[\d{1,3}\]|\(\d{1,2}\)|\((?:[ivx]{1,4}|[a-h])\)|[a-h]\))\s+(?=[\"“]|[^\W_]*[A-Z0-9])"
                              r"|(?:(?:ii|iii|iv|vi|vii|viii|ix)\.|\d{1,2}(?:\.\d{1,2}){2,3}\.?|\d{1,2}\.\d{1,2}\.)\s+"
                              r"(?=[A-Z0-9\"“])")


#: an award the work won, said before its title and set off by a dash or colon: "MICCAI'19 Best Paper - Title",
#: "Best Paper Award: Title", "ISBI 2020 Best Student Paper: Title" (the venue and year that gave it may lead)
_AWARD_LEAD = re.compile(r"(?i)(?:[A-Z][\w@-]{1,15}\s?(?:'\d\d|(?:19|20)\d\d)\s+)?(?:best|outstanding)\s+(?:student\s+)?paper"
                         r"(?:\s+award)?(?:\s+(?:honou?rable\s+mention|runner[- ]up))?\s*(?:[-–—:：]|\s-\s)\s*(?=\S)")
#: the same award in brackets closing the title: "Title (Best Paper)", "Title [Best Student Paper Award]"
_AWARD_TAIL = re.compile(r"(?i)[(（\[]\s*(?:best|outstanding)\s+(?:student\s+)?paper(?:\s+award)?"
                         r"(?:\s+(?:honou?rable\s+mention|runner[- ]up))?\s*[)）\]]\Z")

#: the year and month the reader filed the work under, glued to its title by hyphens: "20-11-Scaled-Yolov4",
#: "2019-04-Deep Learning based …" (a two- or four-digit year, a month 01–12, a hyphen, then a capital): the list's
#: date stamp, never the work's name (a title opening with "3-D", "2-Step" or "10-fold" has no month between hyphens)
_YEAR_MONTH_STAMP = re.compile(r"(?:19|20)?\d\d-(?:0[1-9]|1[0-2])-(?=[A-Z])")


def _cleaned_title(s: str) -> str:
    """Trim list markers, stars, colons and unbalanced brackets; keep ``Name (MURA)`` intact;
    drop what a browser tab adds to a page's title (``_page_title``), a closing bracket that only
    gives the work's identifier (``_IDENTIFIER_TAIL``: the identifier is the entry's, not its title's)
    and a closing LaTeX ``\\cite{key}`` (``_TEX_CITE_TAIL``).

    Bounded to ``MAX_TITLE_CHARS``: a title is not an essay, and the bracket balancing below
    would otherwise be quadratic on hostile input (300,000 ``[``).
    """
    s = " ".join(s[:MAX_TITLE_CHARS * 4].split())[:MAX_TITLE_CHARS]
    if s[:1] in ("(", "（") and (rating := _RATING_LEAD.match(s)) is not None:
        s = s[rating.end():]  # "(****) Title, ICML 2016": the reader's rating of the work, no part of its title
    if s[:1] in "[(abcdefghiv123456789" and (numbered := _LEAD_ENUMERATOR.match(s)) is not None \
            and len(s) - numbered.end() >= 12:
        s = s[numbered.end():]  # "[12] Title", "1.1.2 Title", "(ii) Title": the list's numbering, no part of the title
    if s[2:3] == "-" or s[4:5] == "-":
        if (stamp := _YEAR_MONTH_STAMP.match(s)) is not None and len(s) - stamp.end() >= 2:
            s = s[stamp.end():]  # "20-11-Scaled-Yolov4": the year and month the list filed it under, not its name
    if s[:7].casefold() == "chapter" and (chapter := _CHAPTER_IN_BOOK.fullmatch(s)) is not None:
        s = chapter["title"]  # 'Chapter 10 on “Title” in “Book”': the chapter's own title, the reading's work
    if ("aper" in s[:40] or "APER" in s[:40]) and (award := _AWARD_LEAD.match(s)) is not None \
            and len(s) - award.end() >= 12:
        s = s[award.end():]  # "MICCAI'19 Best Paper - Title": the award the work won, no part of its title
    if s[-1:] in (")", "）", "]") and (award := _AWARD_TAIL.search(s)) is not None and award.start() >= 12:
        s = s[:award.start()].rstrip()  # "Title (Best Paper)": the same award closing the title
    if "。" in s:
        s = _cut_leading_remark(s)
    if not s.isascii() and s[-1:].isascii():
        s = _cut_leading_cjk_note(s)
    elif not s.isascii() and _is_cjk(s[-1]):
        s = _cut_trailing_cjk_note(s)
    if s[:1].casefold() in _TITLE_LABEL_INITIALS \
            and (":" in s[:_MAX_TITLE_LABEL + 1] or "：" in s[:_MAX_TITLE_LABEL + 1]):
        s = _without_title_label(s)
    if "：" in s[:_NICKNAME_LABEL_MAX_CHARS + 1]:
        s = _without_nickname_label(s)
    if ", Volume " in s and (cite := _JOURNAL_CITE_TAIL.search(s)) is not None and cite.start() > 0 \
            and ";" not in s[:cite.start()] and not _opens_with_comma_byline(s[:cite.start()]):
        # ("Authors; Title, Journal, Volume …" or "Name Surname, Name Surname, Title, …": a whole reference,
        # citation's to read)
        s = s[:cite.start()]
    if s[:1] == ":" or s[-1:] == ":":  # (a shortcode at an edge starts or ends the text with its colon)
        s = _EDGE_SHORTCODES.sub("", s)
    if ("(" in s or "（" in s or "[" in s) and (tail := _IDENTIFIER_TAIL.search(s)) is not None and tail.start() > 0:
        s = s[:tail.start()]
    if ")" in s or "）" in s:
        trimmed = s.rstrip(" -–—:|｜")
        if trimmed[-1:] in (")", "）") and (note := _CODE_STATUS_NOTE.search(trimmed)) is not None and note.start() > 0:
            s = trimmed[:note.start()]  # "Alphafold3 (no code yet) -": the list's note on the code, not the title
    if "\\cite" in s and (cite := _TEX_CITE_TAIL.search(s)) is not None and cite.start() > 0:
        s = s[:cite.start()]
    if s[-1:] in (")", "）"):
        if (note := _LANGUAGE_NOTE_TAIL.search(s)) is not None and note.start() > 0:
            s = s[:note.start()]  # "文章标题(英文)": the reader's note of the work's language, no part of its title
        s = _cut_translation(s)
    elif s[:1].isascii() and not s.isascii() and (cjk := _FIRST_CJK.search(s)) is not None:
        s = _cut_trailing_translation(s, cjk.start())
    if s[:1] in ('"', "“") and s[-1:] in (")", "）") and (quoted := _QUOTED_TITLE_NICKNAMED.fullmatch(s)) is not None:
        s = quoted.group(1)  # '"Attention Is All You Need" (Transformer)': the quoted title, then the name it goes by
    elif s[:1] in ('"', "“") and s[-1:] in (")", "）") and (quoted := _QUOTED_TITLE_DATED.fullmatch(s)) is not None:
        s = quoted.group(1)  # '"Support-Vector Networks" (1995)': the quoted title; its year dates the entry
    if "**" in s or "__" in s:
        s = " ".join(_STRAY_EMPHASIS.sub(" ", s).split())
    if "[[" in s and "]]" in s:
        s = _WIKILINK.sub(_wikilink_text, s)
    if ('"' in s or "”" in s) and (quoted := _cut_quote_closed_venue(s)) is not None:
        s = quoted  # 'Title", Pattern Recognition Letters': a citation's closing quote and journal, its opening lost
    while True:
        before = s
        # ("Title（MICCAI 2021）｜[arXiv](…)": the full-width bar East Asian lists set between a title and its links is
        # the " | " other lists set there, no part of the title)
        s = s.strip(" \t*_#>|｜-–—:：,，;；·•\"'`")
        if s[-1:] == ")" or s[:1] == "(":
            s = _without_glued_short_name(s)  # "Title(CAMixerSR) :": the list's tag on the work, glued to its title
        if s and not (s[0].isascii() and s[-1].isascii()):
            s = strip_symbols(s)  # "📄 Title", "🔥 Title ⭐": a line's marker pictographs, no words of the title
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
            if "丨" in s or "｜" in s or " | " in s or "|" in s[:40]:
                s = _without_venue_bar_lead(s)
            return _page_title(s) if ("|" in s or " - " in s or s[-1:] == ")" or s[:1] == "[") else s


_cached_clean_title = functools.lru_cache(maxsize=4096)(_cleaned_title)


def _cut_quote_closed_venue(s: str) -> str | None:
    """``Title", Pattern Recognition Letters`` → ``Title``: a link text copied from a citation ``"Title", Journal``
    whose opening quote was lost keeps the closing one, then a comma and where the work appeared (a journal or venue
    ``citation.names_journal``/``names_venue`` knows, perhaps with its year); the same with the opening quote kept
    (``"Title", Lab on a Chip``). Why so strict: the closing quote is the text's only one (but the opening quote
    at its start), closing a title of a dozen characters or more, and only a known venue after it; a quote inside a
    title ('The "5Es" of …', 'Title "in quotes", revisited') has its pair or no venue after it. None for any other
    text. Linear: a few scans of the text."""
    at = max(s.rfind('"'), s.rfind("”"))
    opened = s[:1] in ('"', "“")  # '"Title", Lab on a Chip': the whole citation's text, both quotes kept
    if at < 12 or s.count('"') + s.count("“") + s.count("”") != 1 + opened or s[at + 1:at + 3] != ", ":
        return None
    venue = s[at + 3:].strip(" .")
    if venue[-4:].isdigit() and venue[-5:-4] in (" ", ","):
        venue = venue[:-4].rstrip(" ,")  # '…", Pattern Recognition Letters, 2017'
    if venue and (names_journal(venue) or names_venue(venue)):
        return s[opened:at].strip()
    return None

#: a work's short name as a list glues it to its title: one to three tokens, a letter or digit first ("CAMixerSR",
#: "RED-CNN", "Wavelet Transform", "Real-ESRGAN"); bounded, no brackets inside
_GLUED_SHORT_NAME = re.compile(r"[A-Za-z0-9][\w.+&'’-]{0,24}(?: [\w.+&'’-]{1,24}){0,2}")
#: a Roman numeral, as a chemical title closes on an oxidation state ("… of Fe(III)"): no short name
_ROMAN_NUMERAL = re.compile(r"[IVXLCDM]{1,6}")


def _without_glued_short_name(s: str) -> str:
    """``Title(CAMixerSR)`` → ``Title``; ``(RED-CNN)Low-Dose CT with …`` → ``Low-Dose CT with …``: the short name a
    list writes in brackets glued to the title's last or first word, no space between, is the name the work goes
    by, no part of its title. Why: a title's own bracket is set off by a space ("Neural Network Convolution (NNC)
    for …", "… Non-Local Means (LC-NLM)" stay); glued, the bracket is the list's tag, and the title kept it ("… More
    “Attention”(CAMixerSR)"). A name with a capital (not a Roman numeral: "… of Fe(III)"), and three words of title
    left; a glued lead needs two capitals and a capital or digit after it ("(Re)Thinking …", "(De)composing …" keep
    their prefix)."""
    if s[-1:] == ")" and (at := s.rfind("(")) > 0:
        name, before = s[at + 1:-1], s[at - 1]
        if (before.isalnum() or before in "”\"’'") and name.isascii() and _GLUED_SHORT_NAME.fullmatch(name) \
                and "et al" not in name \
                and any("A" <= c <= "Z" for c in name) and not _ROMAN_NUMERAL.fullmatch(name) \
                and not (" " in name and (names_venue(name) or names_journal(name))) \
                and len(s[:at].split()) >= 3:
            # ("…Recognition(ACM Computing Surveys)": a glued journal's or venue's name is where the work appeared,
            # which the venue readers take from the title, no short name of the work)
            s = s[:at]
    if s[:1] == "(" and 1 < (close := s.find(")")) < 40 and s[close + 1:close + 2].isascii() \
            and (s[close + 1:close + 2].isupper() or s[close + 1:close + 2].isdigit()):
        name = s[1:close]
        if _GLUED_SHORT_NAME.fullmatch(name) and sum("A" <= c <= "Z" for c in name) >= 2 \
                and not _ROMAN_NUMERAL.fullmatch(name) and len(s[close + 1:].split()) >= 3:
            s = s[close + 1:]
    return s

#: a course's reading that names a book's chapter by its number, then its own title in quotes, then the book it is in:
#: 'Chapter 10 on “Imaging biomarkers and imaging biobanks” in “Artificial intelligence in medical imaging”',
#: 'Chapter 2, “Image acquisition physics,” in *Book*'. The link reaches the chapter (its own DOI), so the quoted
#: title is the work's; a chapter named only by its book ('Chapter 3 of “Book”') or by an unquoted title ('Chapter
#: 7: Survival Models') matches not (the book's title, a heading's words: no chapter title to take apart)
_CHAPTER_IN_BOOK = re.compile(r"[Cc]hapter\s+\d{1,3}[A-Za-z]?\s*(?:on\s+|[:,–—-]\s*)?[“\"](?P<title>[^“”\"]{3,300}?)"
                              r"[,.]?[”\"],?\s+in(?:\s.*)?")


#: "Nature丨Title", "Cell | Title", "Nat Commun｜Title": a journal named before a bar (the ideograph 丨, a full-width ｜
#: or a plain |) at a headline's head, as Chinese science newsletters and WeChat write-ups head each paper
_VENUE_BAR_LEAD = re.compile(r"(?P<venue>[A-Za-z][A-Za-z .&-]{0,40}?)\s*[|丨｜]\s*(?=\S)")


def _without_venue_bar_lead(s: str) -> str:
    """``Nature丨发现…新CD4+ T细胞亚群`` → ``发现…新CD4+ T细胞亚群``: the journal a headline names before its bar is where
    the work appeared, no part of its title. Only a journal the venue lexicon knows by name (``citation.names_venue``:
    "Nature", "Cell", "Nat Commun", "PNAS") or a journal's full name opened by one ("Nature Methods", "Cell Reports",
    "Science Advances"), so "Evo | DNA foundation modelling", "ggalign | an R package" or a title's own first half
    ("Segment Anything in Medical Images | a foundation model") stay; only one bar (a line of cells keeps its bars),
    and enough left to be a title."""
    m = _VENUE_BAR_LEAD.match(s)
    if m is None:
        return s
    rest, venue = s[m.end():], m.group("venue").strip()
    if any(bar in rest for bar in "|丨｜") or not (
            names_venue(venue) or names_journal(venue) and names_venue(venue.split()[0])):
        return s
    return rest if len(rest.split()) >= 3 or sum(map(_is_cjk, rest)) >= _MIN_CJK_TITLE_CHARS else s


#: a journal's "Cite" export after the title: ", Briefings in Bioinformatics, Volume 22, Issue 1, January 2021, Pages
#: 164–177," (Oxford Academic's format, copied whole with the DOI after it): the journal, volume, issue, date and
#: pages are the work's venue, no part of its title (with its byline before, "Authors; Title, …", the line is a
#: whole reference that ``citation`` reads)
_JOURNAL_CITE_TAIL = re.compile(r",\s+[^,]{3,120},\s+Volume\s+\d+,\s+(?:Issue|Number|No\.)\s+[\w-]+"
                                r"(?:,\s+(?:[A-Z][a-z]+\.?\s+)?(?:19|20)\d\d)?"
                                r"(?:,\s+(?:Pages?|pp\.)\s+[\w–-]+)?\s*,?\s*$")


#: two surnames joined by "&" or "and", then the year (bare, after a comma, or in brackets): "Zhou & Troyanskaya 2015",
#: "Ross and Bagnell (2010)"; each surname one capitalised word
_TWO_SURNAMES_YEAR = re.compile(r"(?P<first>[A-Z][\w'’-]+)\s+(?:&|and)\s+(?P<second>[A-Z][\w'’-]+),?\s+"
                                r"(?:\((?:19|20)\d\d\)|(?:19|20)\d\d)")


def _two_surnames_year(lead: str) -> bool:
    """``Zhou & Troyanskaya 2015``, ``Ross and Bagnell (2010)``: a bold lead that cites a work by its two authors'
    surnames and its year (``author_year_byline`` reads the "et al." and initialled leads); both must read as
    surnames (``citation.name_word``), so "Deep and Wide 2016" names no one; and a title of four words or more
    must follow (the caller's test), so "**Tips & Tricks 2020** [slides](…)" keeps its bold name."""
    m = _TWO_SURNAMES_YEAR.fullmatch(" ".join(lead.split()).rstrip(" ."))
    return m is not None and name_word(m["first"]) and name_word(m["second"])


def _opens_with_comma_byline(head: str) -> bool:
    """``Maria Lindqvist, Tomas Berg, Credible sets of …`` (after a field's label, ``CITATION: …``): Oxford Academic's
    newer "Cite" text closes its byline by a comma, not a semicolon; two full personal names as the first two comma
    pieces are that byline, so the text is a whole reference, not a title before its journal."""
    pieces = head.split(", ", 2)
    return len(pieces) == 3 and personal_name(pieces[0].rpartition(": ")[2]) and personal_name(pieces[1])


def _cut_leading_remark(s: str) -> str:
    """``ADR机制复杂，仅通过drug-ADR网络便可以预测ADR。Prediction of adverse drug reactions by …`` → the title after
    the stop: a Chinese or Japanese reading list opens a work's line with the reader's remark on it, a sentence
    closed by the ideographic full stop, then the work's own title in Latin letters. Only when the remark holds
    CJK ideographs and what follows its last "。" has none and three Latin words or more: a CJK title, or a remark
    closing the line, stays as it is."""
    i = s.rfind("。")
    head, rest = s[:i], s[i + 1:].strip()
    if not any(map(_is_cjk, head)) or any(map(_is_cjk, rest)) \
            or sum(1 for w in rest.split() if sum(c.isascii() and c.isalpha() for c in w) >= 2) < 3:
        return s
    return rest


#: the CJK punctuation a reader's closing note may hold besides its ideographs ("代码齐全、数据完备", "找不到，待查")
_CJK_NOTE_PUNCTUATION = frozenset("、，。！？；：（）《》“”")
#: the bars and dashes that part a headline's journal from its title ("Nature | 标题", "Cell丨标题", "Science — 标题")
_HEADLINE_BARS = ("|", "｜", "丨", ":", "：", "-", "–", "—", "/")


def _cut_trailing_cjk_note(s: str) -> str:
    """``Predicting drug side effects with compact integration of heterogeneous networks 找不到这个文章`` → the title
    before the note: a Chinese reading list closes a work's plain line with the reader's note on it ("could not find
    this article"), after whitespace, in CJK script alone. Only when the part before the last whitespace holds no
    ideograph and four Latin words or more (not a journal's name before a bar: the CJK words after "Cell | " are the
    headline's title), and the part after it only ideographs and CJK punctuation: a CJK title,
    a Latin title with a CJK word inside (``Segment Anything 分割一切 for …``) or a short Latin name before its note
    (``NMI 代码齐全``) stays as it is. One backward scan: linear."""
    i = len(s) - 1
    while i >= 0 and (_is_cjk(s[i]) or s[i] in _CJK_NOTE_PUNCTUATION):
        i -= 1
    if i < 0 or not s[i].isspace():
        return s
    head = s[:i].rstrip()
    # (a headline's journal before its bar, "Cell Reports Medicine | 单细胞图谱…" / "Lancet Digital Health 丨 …", is
    # no title: the CJK words after the bar are)
    if any(map(_is_cjk, head)) or head.endswith(_HEADLINE_BARS) or s[i + 1:].lstrip()[:1] in _HEADLINE_BARS \
            or sum(1 for w in head.split() if sum(c.isascii() and c.isalpha() for c in w) >= 2) < 4:
        return s
    return head


def _cut_leading_cjk_note(s: str) -> str:
    """``readme文档完善，数据已经整理为txt格式，适合学习 DAEM: Deep attributed embedding …`` / ``解决了在graph中新药难以引入的
    问题  SimVec: predicting …`` → the title after the note: a Chinese reading list opens a work's plain line with the
    reader's note on it (no closing "。", ``_cut_leading_remark`` takes that one), a few CJK words that may hold Latin
    ones ("graph", "readme", "star 11个"), then whitespace, then the work's own title in Latin letters.

    Only when what follows the last ideograph, after whitespace, has three Latin words or more, and the part up to it
    holds at least as many ideographs as Latin letters, and it opens on a letter or digit: a Latin title with a CJK word
    inside (``Segment Anything 分割一切 for Medical Images``), a short CJK tag after a Latin name, or a CJK phrase glossed
    by its bracket (``创建你的特性分支 (git checkout -b …)``, ``王小明 (Xiaoming Wang): …``) stays as it is. One backward
    scan: linear."""
    last = len(s) - 1
    while last >= 0 and not _is_cjk(s[last]):
        last -= 1
    if last < 0 or not s[last + 1:last + 2].isspace():
        return s
    head, rest = s[:last + 1], s[last + 1:].strip()
    ideographs = sum(map(_is_cjk, head))
    if not rest[:1].isalnum() or ideographs < 2 or ideographs < sum(c.isascii() and c.isalpha() for c in head) \
            or sum(1 for w in rest.split() if sum(c.isascii() and c.isalpha() for c in w) >= 2) < 3:
        return s
    return rest


#: a reader's note closing a title, in brackets, of the language the linked work is written in: "(英文)", "（英文版）",
#: "(中英文)", "(英語)", "(영문)". Chinese, Japanese and Korean lists so mark a work they name in their own language
#: (a translated title) whose page is in English, or the reverse; the note says which text the link reaches, it is no
#: word of the title. Only these whole notes (a bracket of other words, "(CNN)", "（中文医疗对话）", stays).
_LANGUAGE_NOTE_TAIL = re.compile(r"\s*[(（]\s*(?:英文|中文|英文版|中文版|中英文|中英双语|英文原版|英語|日本語|영문|영어|한국어)"
                                 r"\s*[)）]$")


#: the longest nickname label before a full-width colon (``_without_nickname_label``), and its most words
_NICKNAME_LABEL_MAX_CHARS = 48
_NICKNAME_LABEL_MAX_WORDS = 4
#: the fewest Latin words of the title after such a label
_NICKNAMED_TITLE_MIN_WORDS = 4


def _without_nickname_label(s: str) -> str:
    """``CT-GEN / CT-CLIP：Generalist foundation models from …``, ``Feature Decomposition（S-LMR+CSE）：Feature
    Decomposition via …``, ``3D MLLM Design Space：Exploring the Design Space of …``, ``Med-PaLM M：Towards Generalist
    Biomedical AI`` → the title after the colon: a Chinese list labels each work with the names it goes by, then a
    full-width colon (its own punctuation: a title's own colon, copied from the paper, is ASCII) and the work's Latin
    title. Only a label of Latin words and no ideograph that is plainly a nickname, not a title's head: its aliases
    set apart by " / " or a bracketed alias, or two to four words, no joining word, one of them a model's name (an
    acronym or a digit in it: "CTPA", "PaLM", "3D"; "Segment Anything for Medical Images：A Survey …" and "Imitating
    Radiological Scrolling：A Global-Local …" keep their heads, a title's own); a one-word name ("Swin-Unet：…",
    "MvKeTR：…") may be the title's own head and stays. The rest must read as a title: four Latin words or more, no
    ideograph."""
    i = s.find("：")
    label, rest = s[:i].strip(), s[i + 1:].strip()
    if not label or not rest or ":" in label or any(map(_is_cjk, label)) or any(map(_is_cjk, rest)):
        return s
    if sum(1 for w in rest.split() if sum(c.isascii() and c.isalpha() for c in w) >= 2) < _NICKNAMED_TITLE_MIN_WORDS:
        return s
    aliased = " / " in label or (label.endswith(("）", ")")) and ("（" in label or "(" in label))
    words = label.split()
    named = 2 <= len(words) <= _NICKNAME_LABEL_MAX_WORDS and not any(w.casefold() in _TITLE_RUNS_ON for w in words) \
        and any(sum(map(str.isupper, w)) >= 2 or any(map(str.isdigit, w)) for w in words)
    return rest if aliased or named else s


def _cut_translation(s: str) -> str:
    """``Medical Image Registration …: A Review（使用深度神经网络的医学图像配准：全面综述）`` → the title before the
    bracket: Chinese and Japanese lists follow a work's own title, written in Latin letters, with their reader's
    translation (or a note: ``（已开源）``, ``(可用于蛋白质-DNA结合预测任务)``) in brackets; the bracket is no part of
    the title. Only a closing bracket (its own brackets balanced inside: ``（新型冠状病毒(冠状病毒)诊断…）``) of two CJK ideographs or more
    after a head of three Latin words or more and no ideograph at all: a CJK title glossed in English
    (``中文标题（English）``) or a Latin term in brackets (``(CXR)``) stays as it is."""
    close = s[-1]
    i = _matching_open(s)  # the opening bracket that matches the closing one (either width counts as a bracket)
    if i <= 0 or (close == "）") != (s[i] == "（"):
        return s
    head, gloss = s[:i].rstrip(), s[i + 1:-1]
    if sum(map(_is_cjk, gloss)) < 2 or any(map(_is_cjk, head)):
        return s
    if sum(1 for w in head.split() if sum(c.isascii() and c.isalpha() for c in w) >= 2) < 3 \
            and not _glossed_name(head, gloss):
        return s
    return head


#: the fewest ideographs of a reader's gloss that describes a named work (``_glossed_name``)
_NAME_GLOSS_MIN_CJK = 4


def _glossed_name(head: str, gloss: str) -> bool:
    """``CT2Rep（自动化 3D 报告生成早期方法）``, ``MEPNet（医学实体均衡提示网络，脑 CT 报告生成）``: a work a Chinese list
    names by its one-word name, then describes in brackets in its own language (four ideographs or more: a phrase,
    not a two-character term such as "（综述）"). The name is the work's title; the gloss is the reader's. One word of
    Latin letters (digits and dashes in it), holding a letter; a two-word head is a title's start as often."""
    return len(head.split()) == 1 and any(c.isascii() and c.isalpha() for c in head) \
        and all(c.isascii() and (c.isalnum() or c in "-_.+") for c in head) \
        and sum(map(_is_cjk, gloss)) >= _NAME_GLOSS_MIN_CJK


#: the first CJK ideograph of a text (one character class: linear)
_FIRST_CJK = re.compile("[\u3400-\u9fff\uf900-\ufaff]")
#: the short words a Latin title does not end on: a head that closes with one runs on into its CJK words
_TITLE_RUNS_ON = frozenset("a an the of for in on and or with to via from by at as into using".split())


def _cut_trailing_translation(s: str, first_cjk: int) -> str:
    """``StainNet: A Fast and Robust Stain Normalization Network，StainNet:一个快速和稳健的染色归一化网络`` /
    ``… in Digital Pathology快速gpu支持的数字病理颜色归一化`` → the Latin title before the translation: a Chinese
    list follows the work's own title with its reader's translation, after a full-width comma or glued on without
    a bracket (``_cut_translation`` takes the bracketed one). Only after a head of Latin words and no ideograph
    (a CJK title, or a Latin name opening one, ``TabPFN: 利用表格…``, stays): after the first full-width comma whose
    rest holds the ideographs, a head of three words or more; glued on, right after a letter, five or more, its last
    no joining word. A translation runs on: four ideographs or more (``… - 8页``, ``… - Transformer应用``: a reader's
    short note, page count or use, read elsewhere)."""
    if sum(map(_is_cjk, s[first_cjk:])) < 4:
        return s
    comma = s.find("，", 0, first_cjk)
    if comma > 0:
        head = s[:comma].rstrip()
        need = 3
    else:
        if not s[first_cjk - 1].isalpha():
            return s
        head = s[:first_cjk].rstrip()
        need = 5
        if head.rsplit(None, 1)[-1:] and head.rsplit(None, 1)[-1].casefold() in _TITLE_RUNS_ON:
            return s  # "Deep Learning for 医学影像": the Latin words run on into the CJK ones
    if sum(1 for w in head.split() if sum(c.isascii() and c.isalpha() for c in w) >= 2) < need \
            or head[-1:] in ":：-–—(（[":
        return s
    return head


#: an Obsidian-style wiki link, ``[[journal/2025/TabPFN\\|TabPFN: …]]`` / ``[[Note name]]``, which CommonMark leaves
#: as text (the parser's wiki-link option is off: it would read the common ``[[pdf]](url)`` as one); a ``[[x]](…)``
#: link-like text is none (bounded: linear on hostile text)
_WIKILINK = re.compile(r"\[\[([^\[\]|\n]{1,300})(?:\|([^\[\]\n]{1,300}))?\]\](?!\()")


def wikilink_item(text: str) -> bool:
    """``- [[journal/2026/optical-generative-models\\|光学生成模型]]``: an item that is one wiki link and nothing else
    (a note vault's index line naming the note it opens)."""
    return _WIKILINK.fullmatch(text.strip().lstrip("-*+ \t")) is not None


def _wikilink_text(m: re.Match) -> str:
    """The text a wiki link shows: its alias, or the last part of the note's path."""
    alias = (m.group(2) or "").strip()
    return alias or m.group(1).rstrip("/\\ ").rsplit("/", 1)[-1].strip()


#: ``《Title》`` / ``「Title」`` / ``『Title』`` / ``“Title”``: a whole title in title quotes (Japanese sets a work's
#: title in double corner brackets, 『』, as Chinese sets it in 《》); British style quotes it in single
#: ones (``‘A Promoter-Level Expression Atlas’. Nature 507 …``): the one opening ‘ says so (a closing ’ alone is
#: also an apostrophe: "Patients’ views on ‘AI’" opens with no quote, "‘Alzheimer’s risk’" is unwrapped whole)
_TITLE_WRAPS = {"《": "》", "「": "」", "『": "』", "“": "”", "〈": "〉", "‘": "’"}


def _unwrapped_title(s: str) -> str:
    """``《Deep Learning Applications.pdf》`` → ``Deep Learning Applications``: the quotes, and the
    extension of a file name used as the title, are no part of it."""
    inner = s[1:-1].strip()
    if inner[-4:].lower() == ".pdf":
        inner = inner[:-4].rstrip()
    return inner if _is_meaningful(inner) else s


#: the longest bracketed status note (``【未找到下载】``, ``【已读】``) a title in book-title marks may follow
_STATUS_NOTE_MAX = 12


#: the longest name label (``SpaGCN:``, ``SCAN-IT：``) a title in book-title marks may follow
_NAME_LABEL_MAX = 30


def _name_label_end(t: str) -> int | None:
    """``SpaGCN: 《SpaGCN: Integrating …》`` → where the title marks open: a method's short name, then a colon, then
    its paper's title in book-title marks, as a benchmark's list of the methods it compares cites them. The label
    is a name (at most three words, no mark of its own), so a sentence quoting a title keeps its words."""
    mark = t.find("《")
    if mark <= 0 or mark > _NAME_LABEL_MAX:
        return None
    label = t[:mark].rstrip()
    if label[-1:] not in ":：":
        return None
    name = label[:-1].strip()
    if not name or len(name.split()) > 3 or any(c in name for c in "《》【】()（）"):
        return None
    return mark


def book_title_item(plain: str) -> tuple[str, str] | None:
    """``【未找到下载】《Grader variability and …》`` → (``Grader variability and …``, the lines after it): a link-less
    item whose first line is one title in the book-title marks Chinese sets a written work's title in, after at
    most a short bracketed note on the work (its download not found, read or not) or the short name of the method
    it introduces (``SpaGCN:《…》``); the lines below are the
    reader's note on it. None when the line says more than the title (a sentence quoting a title, two titles, a
    description after it). The marks are the writer's own way of saying the text is a work's title, so the item
    cites that work even without a link."""
    line, _, rest = plain.strip().partition("\n")
    t = line.strip()
    if t[:1] == "【":
        close = t.find("】")
        if not 1 < close <= _STATUS_NOTE_MAX + 1:
            return None
        t = t[close + 1:].lstrip()
    elif (named := _name_label_end(t)) is not None:
        t = t[named:].lstrip()
    if len(t) < 3 or t[0] != "《" or t[-1] != "》" or t.count("《") != 1 or t.count("》") != 1:
        return None
    title = _unwrapped_title(t)
    return (" ".join(title.split()), " ".join(rest.split())) if title != t else None


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


_QUOTES = {'"': '"', "“": "”", "《": "》", "«": "»", "「": "」", "『": "』"}


def quoted_link_title(plain: str, link: "_RawLink") -> bool:
    """Whether a link is a reference's quoted title: an author lead, then ``"[Title.](url)"`` (or
    ``“[Title](url)”``), the quote marks right outside the link."""
    if link.bare or link.image or link.start < 2:
        return False
    opening = plain[link.start - 1]
    closing = _QUOTES.get(opening)
    if closing is None or opening in "《「『":
        return False
    after = plain[link.end:link.end + 2]
    if not (after[:1] == closing or after[:1] in ".," and after[1:2] == closing):
        return False
    return len(link.text.split()) >= 2 and plain[link.start - 2] in " \t\n"


def _inverted_byline_lead(strong_lead: str, rest: str) -> bool:
    """``**Becker, Dawn M., Chelsea A. Tafoya, et Torben K. Becker**. _Title_. …``: a bold lead that is a Chicago
    byline, its first author inverted ("Surname, Given"), closed by the stop right after the bold and followed by
    more of the reference (a bold "**Title**." is no such byline: it has no inverted first name)."""
    from medkg import citation

    lead = strong_lead.strip().rstrip(".").strip()
    if "," not in lead or not rest.startswith(".") or len(rest) < 20:
        return False
    names, _ = citation.chicago_byline(lead)
    return bool(names)


def _byline_before_dated_paren(rest: str) -> bool:
    """``Daniel Gillick, Sayali Kulkarni, Larry Lansing, (CoNLL 2019) [code]``: the text after a bold title opens
    with its authors (``reads_as_byline``) closed by a bracket holding a year (the venue and year), whatever
    follows the bracket (link labels left without a link). Why: written with no dash or stop between the bold
    title and the byline, and no link after them to end the title, the authors and venue ran on into the title."""
    at = rest.find("(")
    close = rest.find(")", at + 1) if at > 0 else -1
    if close < 0 or close - at > 60 or _YEAR_IN_TEXT.search(rest, at, close) is None:
        return False
    return reads_as_byline(rest[:at].strip(" ,.;"))


#: the most sentence stops looked at for the end of a byline after a bold title (a byline of initials has one
#: per initial: "J. Weber, L. Martin."); past them the text is no short byline
_MAX_BYLINE_STOPS = 8


def _byline_then_dated_tail(rest: str) -> bool:
    """``Jonas Weber, Lea Martin. arXiv. 2024.``, ``Mara Lindqvist, Tomas Reyes, et al. TechRxiv. September 08,
    2025.``: the text after a bold title opens with its authors (``reads_as_byline``), closed by a stop, and what
    follows the stop is a citation's dated tail (``_dated_citation_tail``: a venue, then a year among its first
    words). Why: written with no dash or bracket between the bold title and the byline, the authors, venue and
    date ran on into the title whenever the date was not a bare year closing a recognised reference."""
    at = rest.find(". ")
    for _ in range(_MAX_BYLINE_STOPS):
        if at < 0:
            return False
        head, tail = rest[:at].strip(" ,;"), rest[at + 2:]
        if _YEAR_IN_TEXT.search(head) is None and _dated_citation_tail(tail) and reads_as_byline(head):
            return True
        at = rest.find(". ", at + 2)
    return False


def _names_several_people(text: str) -> bool:
    """``Rajpurkar P, Irvin J``, ``Smith et al.``: the byline reader finds two names or more, or "et al." (one
    "name" of three capitalised words, "Graph Attention Networks", is a short title as often)."""
    from medkg import citation

    names = citation.parse_trailer(text)
    return names.et_al or len(names.authors) >= 2


def reads_as_byline(text: str) -> bool:
    """``Rajpurkar P, Irvin J, et al.``: the text reads as a list of authors (no title): names with "et al.", or
    names that make up nearly all its words (not "Benchmarking Sets for Molecular Docking")."""
    from medkg import citation

    names = citation.parse_trailer(text)
    return bool(names.authors) and (names.et_al or 5 * len(" ".join(names.authors).split()) >= 4 * len(text.split()))


#: one inverted name of initials, "Thampi, A.", "Varga, L.K.", "van Wynsberghe, A.": a surname (one or two words),
#: a comma, then one to three capital initials each closed by a stop (the last stop may have been stripped). The
#: particle is never "and", the names' joint: read both ways, a failing run of "…, and Name, I." backtracked
#: exponentially in its names
_INVERTED_INITIALS_NAME = r"(?:(?!and )[a-z]{1,3} )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?, ?(?:[A-Z]\.-? ?){0,2}[A-Z]\.?"
#: the longest text after a short bold title read as an inverted byline (thirty names; bounds the match on
#: hostile input)
_MAX_INVERTED_BYLINE_CHARS = 600
#: a byline of nothing but inverted names of initials, parted by commas, "&" or "and", closed by an optional "et al."
_INVERTED_INITIALS_BYLINE = re.compile(
    rf"{_INVERTED_INITIALS_NAME}(?:,? (?:(?:&|and) )?{_INVERTED_INITIALS_NAME}){{0,30}}(?:,? et al\.?)?")
#: the dash between a bold short name and the title after it: "**DrugBank** --- Title", "**KEGG** – Title"
_NAME_DASH = re.compile(r"(?:-{1,3}|[—–])\s+")
#: "(Cited by 25): ", "(**NatureMethods**): ": a bracketed note on a short bold name, closed by a colon; the colon
#: may be left out ("(**Cited by 28**; Facebook;) Lotfollahi, M., …") when a whole reference with its byline follows
_NOTE_THEN_COLON = re.compile(r"\([^()\[\]:：]{1,80}\)\s*(?:[:：]\s*)?")
#: a full stop inside a phrase that opens another sentence: "… for EEG. Includes …"
_SENTENCE_BREAK = re.compile(r"[.!?。]\s+\S")


def _title_set_phrase(text: str) -> bool:
    """A phrase of one sentence set as titles are set: it opens with a capital and at least three of every four
    of its words of four letters or more open with one, and it has four such words at least ("Cross-modal
    Generation of Hit-like Molecules via Foundation Model Encoding of Gene Expression Signatures"; not
    "Comprehensive benchmarking framework for EEG decoding algorithms", a description)."""
    long_words = [w for w in text.split() if len(w) > 3 and w[:1].isalpha()]
    return bool(text[:1].isupper()) and len(long_words) >= 4 and _SENTENCE_BREAK.search(text) is None \
        and 4 * sum(w[0].isupper() for w in long_words) >= 3 * len(long_words)


#: ("·", "•": "**Title** · arXiv · VLM · Training-free", a generated card's middle-dot trail of its venue and tags)
_TRAILER_OPEN = ("(", "（", ",", "，", "—", "–", "-", ".", "。", ";", "；", "·", "•")  # not "|": a pipe row (pipe_title)
#: "**Title** [2023]", "**Title**[CVPR 2021]": a square-bracketed year (or venue and year) opening what follows a bold
#: title (CommonMark keeps brackets that open no link as text) dates it, as "(2023)" does, when it closes the
#: title's line; other square brackets after a bold run ("**Name** [a short gloss]", "[2018] :star:[paper](…)" on
#: the line of links under the title) are no trailer
_BRACKET_YEAR_OPEN = re.compile(r"\[[^\[\]\n]{0,40}?(?<!\d)(?:19|20)\d\d(?!\d)[^\[\]\n]{0,10}\][ \t]*(?:\n|$)")
#: "**Title** [Oral]", "***Title*** **[Spotlight]**": a bracketed presentation track or award closing a bold title's line
#: marks how the work was presented, as a bracketed year dates it (round brackets are a trailer's opening already)
_BRACKET_TRACK_OPEN = re.compile(r"(?i)[\[【]\s*(?:oral|spotlight|poster|highlight|demo|award candidate|"
                                 r"best (?:student )?paper(?: award)?(?: honou?rable mention)?)"
                                 r"(?:\s+(?:presentation|paper|award))?\s*[\]】][ \t]*(?:\n|$)")
#: a gloss after "**Name** :" that reads as a sentence about the name, not as the work's title: it opens with a
#: lower-case article or demonstrative ("this model predicts …", "an adaptation of …", "the first method …")
_NAME_GLOSS_OPEN = re.compile(r"(?:this|these|that|it|its|our|we)\s+\S+(?:\s+\S+){3}")
#: the same opening with an article, which many titles share ("GET: a foundation model of transcription …",
#: "BioBERT: a pre-trained …"): a gloss only where the colon stands apart ("**NuFold** : an adaptation of …",
#: French spacing no title uses) or the text runs on past a sentence ("… AlphaFold 2. It updates …")
_ARTICLE_GLOSS_OPEN = re.compile(r"(?:a|an|the)\s+\S+(?:\s+\S+){3}")
#: a full stop, then the next sentence: "… like AlphaFold 2. It updates …"
_SENTENCE_RUNS_ON = re.compile(r"[a-z0-9)]\.\s+[A-Z][a-z]")
#: a gloss opening on a lower-case word that is no article ("public-domain library of …", "similar to the …"): a
#: subtitle after a name's colon opens on a capital or an article ("BioBERT: a pre-trained …"); prose about it does not
_LOWER_GLOSS_OPEN = re.compile(r"(?!(?:a|an|the)\s)[a-z][\w-]*\s+\S+(?:\s+\S+){3}")
#: a gloss this long is prose, no subtitle (titles after a name's colon stay well under it)
_LONG_GLOSS_WORDS = 20
#: "by Facebook AI and NYU (2019-2020). …": who made the named resource, right after its bold name
_BY_CREDIT_GLOSS = re.compile(r"by\s+[A-Z]")
#: "adapts a promptable segmenter to …", "applies low-rank adapters to …", "introduces a memory bank for …": a
#: sentence about a method opening on what it does, a verb in the present tense; no title after a name's colon opens
#: so (a subtitle opens on a capital, an article or a noun phrase: "a generalist algorithm …", "toward building …").
#: Verbs only: "models", "maps", "links", "segments" open noun phrases as often, and are left out
_DOING_GLOSS_OPEN = re.compile(
    r"(?:achieves|adapts|addresses|adds|aligns|applies|augments|builds|captures|classifies|combines"
    r"|compresses|couples|decouples|denoises|designs|detects|distills|distils|employs|enables|encodes"
    r"|enhances|estimates|exploits|extends|extracts|fine-tunes|finetunes|forecasts|fuses|generates|improves"
    r"|incorporates|injects|inserts|integrates|introduces|learns|leverages|localises|localizes|performs"
    r"|pre-trains|predicts|presents|pretrains|proposes|provides|quantifies|reconstructs|reformulates"
    r"|registers|replaces|simulates|synthesises|synthesizes|tackles|trains|transfers|unifies|uses|utilises"
    r"|utilizes)\s+\S+(?:\s+\S+){2}")
#: how many words a bold name may hold before a colon and a gloss (a method's or model's name, not a title)
_MAX_GLOSSED_NAME_WORDS = 3
#: ``…Segmentation (MICCAI 2015)``, ``…Benchmark（ACL 2022）``, ``…Learning，arXiv 2017。``,
#: ``…, Nature Methods 2021.``, ``…Text. EMNLP 2022.``, ``ChatDoctor  (2023-03-24)``: a short
#: venue-and-year (or date) trailer closing an undelimited title, or its year alone as a sentence of its own
#: (``…for scientific text. 2019.``, as reference managers export a citation); also ``… (MICCAI-24)``,
#: ``… (CVPR'23)``: an acronym and a two-digit year (but "(COVID-19)" names a disease).
#: A comma-delimited venue and year may be followed by up to three short comma-separated words
#: without digits, the authors' institutions (``…Captioning, ECCV 2018, CUHK``, ``…, ECCV 2018, Tencent AI
#: Lab, 复旦``), as personal reading lists note where a work comes from; they belong to the trailer too.
#: A bracketed trailer may hold a journal's full name (``… (The Journal of Physical Chemistry Letters, 2023)``,
#: ``… (IEEE Transactions on Pattern Analysis and Machine Intelligence, 2022)``), as chemistry and materials lists
#: write it: up to 80 characters before the year; the brackets delimit it, so the longer run cuts no title word.
#: A sentence's venue may set its year off by a comma (``… Motor Decoder. Preprint, 2025``), as a venue in brackets
#: does; the comma then belongs to the trailer, not to the title (``… Decoder. Preprint``). Not after an initial's
#: stop: ``…, John A. Bullinaria, 2015`` is a byline's surname and year, for ``citation`` to read.
#: A bracket that names the work's nickname before its venue and year may close on the track the work was presented
#: in, as a survey's list writes it (``… (aka: MolGAN; ICML 2018 Workshop)``, ``… (aka: X; AAAI 2021 Oral)``): the
#: bracket is still the trailer, the track word one of ``_VENUE_YEAR``'s. (Only after a colon or a semicolon, a
#: nickname's mark: a plain "(ICLR 2018 Workshop)" stays in the title for ``extract._paren_venue``, which reads the
#: venue, year and track of such a bracket itself.)
#: (``(?<!\s)``: a match may only start where a run of white space starts, which is where the leftmost
#: match starts anyway; without it ``search`` rescanned the rest of a run from each of its positions, and
#: ``\s*[.。,，;]?\s*$`` split a run between two stars in every way: quadratic on a 30,000-space lead)
#: (``Title — Medical Image Analysis, 2021``: a spaced em or en dash sets off a capitalised venue and its year as a
#: comma does; an en dash glued to a letter or digit before it and to the word after it joins a compound, as
#: publishers typeset one, ``… for Biomedical Vision–Language Processing. ECCV 2022``: no field ends inside that word,
#: so the stop after the title sets the venue off instead)
#: (``Title、2019年、`` / ``Title，2021年3月``: Japanese closes a title with its year set off by an ideographic or
#: full-width comma and marked by 年, a month by 月; the mark says the number is a year, so no venue need come
#: before it as one must after a plain comma)
_YEAR_TRAILER = re.compile(r"(?:(?<!\s)\s*(?:[(（][^()（）]{0,80}?(?:19|20)\d\d(?:[-/.]\d{1,2}){0,2}[a-z]?"
                           r"(?:\s*[,;，；]\s*(?i:doi|arxiv|pmid|pmcid)\s*[:：]?\s*[^\s()（）]{1,80})?\s*[)）]"
                           r"|[(（][^()（）:;：；]{0,80}[:;：；][^()（）]{0,80}?(?:19|20)\d\d"
                           r"\s+(?i:workshops?|oral|spotlight|poster|demo|findings)\s*[)）]"
                           r"|[(（]\s*(?!COVID|SARS)[A-Z][A-Za-z&]{1,11}[-'’]\d\d\s*[)）]"
                           r"|(?:,|，)\s*[^,，()（）]{1,40}?(?<!\d)(?:19|20)\d\d"
                           r"(?:[,，] ?[^\W\d_][^,，()（）\d]{0,29}?){0,3})"
                           r"|\.\s+[^.,，()（）]{0,40}?(?<!\d)(?:19|20)\d\d"
                           r"|(?<!\b[A-Z])\.\s+[^.,，()（）]{1,40}?[,，]\s*(?<!\d)(?:19|20)\d\d"
                           r"|[、，,]\s*(?<!\d)(?:19|20)\d\d\s*年(?:\s*\d{1,2}\s*月)?"
                           r"|(?:—|(?<![^\W_])–|–(?=[ \t]))[ \t]*(?=[A-Z0-9])(?![^—–\n]*\bet al\b)"
                           r"[^—–()（）\n]{1,60}?(?<!\d)(?:19|20)\d\d)"
                           r"\s*(?:[.。,，;、]\s*)?$")


def _split_trailer(lead: str, strong_lead: str, comma_year: bool = True,
                   lead_break: bool = False) -> tuple[str, str]:
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
    if (tagged := tagged_year_venue_titled(s)) is not None:
        # "(neoadjuvant) **2022 Nature Med  -** Title": a curator's tag, then a year-and-venue label and the title
        return tagged
    if "\n" in strong_lead:
        # "**Physics-informed neural networks for the\nincompressible Navier-Stokes equations**, *Authors*, …": a
        # bold title wrapped in the source (a bibtex-to-Markdown converter breaks long lines); the lead line
        # (``line_with_wrapped_bold``) reads the breaks inside the bold as spaces, and so must the bold text, or
        # the two never compare equal and the authors and venue run into the title
        strong_lead, s = strong_lead.replace("\n", " "), s.replace("\n", " ")
    if strong_lead and s.lstrip("*_").startswith(strong_lead):
        after = s.lstrip("*_")[len(strong_lead):].lstrip("*_")
        rest = after.lstrip()
        if rest[:1] == "(" and len(strong_lead.split()) <= _MAX_GLOSSED_NAME_WORDS \
                and (noted := _NOTE_THEN_COLON.match(rest)) is not None \
                and (cited := whole_reference(rest[noted.end():])) is not None and cited.authors:
            # "**scGPT** (Cited by 25): Cui, H., … (2023). scgpt: Towards …", "**CellOT** (**NatureMethods**): Bunne,
            # C., … (2023). Title. Nature methods, 1-10.": a short bold name, a bracketed note on it (a venue, a
            # citation count), a colon, then the work's whole reference: read as after "**Name**:", the reference
            # titles the work; the note is neither the title's nor a trailer. (After "**MOABB** (Mother of All BCI
            # Benchmarks):" a description follows, not a title: the bold name stays the title.) The colon is no
            # condition: "**CPA** (**Cited by 28**; Facebook;) Lotfollahi, M., … (2023). Title." runs the note into
            # the byline, and the whole reference with its authors is what makes the note a note
            return _split_trailer(f"{strong_lead}: {rest[noted.end():]}", strong_lead, comma_year, lead_break)
        if rest[:1] == "(" and len(strong_lead.split()) <= _MAX_GLOSSED_NAME_WORDS \
                and (noted := _NOTE_THEN_COLON.match(rest)) is not None \
                and rest[:noted.end()].rstrip().endswith(_COLONS) \
                and _title_set_phrase(phrase := rest[noted.end():].strip().rstrip(",.;，。；").strip()):
            # "**GexMolGen** (Gene Expression-based Molecule Generator): Cross-modal Generation of Hit-like Molecules
            # via …, [Web](biorxiv…)": a short bold name, what it stands for, a colon, then a phrase set as titles are
            # (nearly every long word capitalised, one sentence, no byline): the work's title, the name only its
            # label. A description after the colon is written as a sentence ("**MOABB** (Mother of All BCI
            # Benchmarks): Comprehensive benchmarking framework for …", "a searchable collection of …") and leaves
            # the bold name the title
            return phrase, ""
        if _wholly_quoted(strong_lead) and _is_meaningful(rest) and rest[:1] not in _COLONS + ("—", "–", "-"):
            # '**"Sensitivity of Chest CT for COVID-19: Comparison to RT-PCR."** Radiology, 2020. <br>': the title
            # set in quotes inside the bold, then the venue and year; the quotes mark the title as a reference's
            # quotes do (``_quoted_title``), so the text after the bold is the trailer whatever shape it has
            quoted = _quoted_title(strong_lead.strip())
            if quoted is not None and not quoted[1] and _byline_before_dated_paren(rest):
                return quoted[0], rest  # the byline and its "(Venue Year)" kept, for a line with no link to title it
            return quoted
        if rest[:1] in (":", "：", "—", "–") and _is_meaningful(rest[1:]):
            # '**NeighborNet**: "Title", ICCV, 2021', '**TERMCODE** — "Title". Moreau. *arXiv* 2026.'
            quoted = _quoted_title(rest[1:].strip())
            if quoted is not None:
                return quoted
        dashed = _NAME_DASH.match(rest) if len(strong_lead.split()) <= _MAX_GLOSSED_NAME_WORDS else None
        if dashed is not None:
            title, trailer = _cut_year_trailer(rest[dashed.end():].strip())
            if trailer and (names_work(title, min_words=4) and not reads_as_byline(title)
                            or _venue_year_bracket(trailer) and names_work(title, min_words=3)
                            and not _names_several_people(title)):
                # "**DrugBank** --- DrugBank 5.0: a major update to the DrugBank database for 2018 (Nucleic Acids Res
                # 2018) [[Paper]](…)": a resource's short bold name, a dash, then its paper's title closed by the
                # venue and year; the title is the paper's, the name only labels the line. A three-word title too
                # when the bracket names a venue before the year ("<b>Spatial GNNs</b> --- Graph Attention Networks
                # (aka: GAT; ICLR 2018)": a model family's label, then its paper), not a bare year ("(2004 onwards)");
                # three capitalised words read as one person's name by the byline reader, but no list labels a line
                # with a category and then one author: only several names ("Smith J, Doe K") are a byline there
                return title, trailer
        if rest[:1] in (":", "：") and (tag := bold_venue_year_tag(strong_lead)) is not None \
                and names_work(gloss := rest[1:].strip(), min_words=3) and not _NAME_GLOSS_OPEN.match(gloss):
            # "**ICRA'24**: Goal-conditioned … Automation [[Paper](arxiv…)] [[Code](…)]", "**IROS 2023**: Title": a
            # project README's bold venue-and-year tag before the colon is where and when the work appeared (the
            # trailer, "(ICRA 2024)"), never its title's opening
            return _drop_closing_stop(gloss), tag
        if rest[:1] in (":", "：") and _is_meaningful(rest[1:]):
            title, trailer = _cut_year_trailer(rest[1:].strip())
            if trailer:  # "**CheXNet**：Radiologist-Level … Learning，arXiv 2017。"
                return title, trailer
            gloss = rest[1:].lstrip()
            if len(strong_lead.split()) <= _MAX_GLOSSED_NAME_WORDS and (
                    _NAME_GLOSS_OPEN.match(gloss) or _ARTICLE_GLOSS_OPEN.match(gloss)
                    and (after[:1].isspace() or _SENTENCE_RUNS_ON.search(gloss))):
                # "**DeepFoldRNA** : this model predicts …" / "**NuFold** : an adaptation of …" over [Paper] [Code]
                # badges: a method's short bold name, then a sentence about it (no title reads "this model …");
                # the name is the title, the sentence describes it, as after "**Name** - …"
                return _drop_closing_stop(strong_lead), rest
            if len(strong_lead.split()) <= _MAX_GLOSSED_NAME_WORDS and _LOWER_GLOSS_OPEN.match(gloss) \
                    and (_SENTENCE_RUNS_ON.search(gloss) or len(gloss.split()) >= _LONG_GLOSS_WORDS):
                # "**Visible Korean Human**: similar to the Visible Human Project but on Korean cadavers. Segmentated
                # images are …" over ":page_facing_up: [paper](doi…) | :dvd: [dataset](…)": a resource's short bold
                # name, a colon, then prose about it opening on a lower-case word and running past a sentence (or
                # longer than any subtitle); the name titles the line, the prose describes it
                return _drop_closing_stop(strong_lead), rest
        if len(strong_lead.split()) <= _MAX_GLOSSED_NAME_WORDS and (after[:1].isspace() or after[:1] in _COLONS) \
                and _DOING_GLOSS_OPEN.match(rest.lstrip(":： ")) and _is_meaningful(strong_lead) \
                and strong_lead.rstrip()[-1:] not in _COLONS:
            # "**LesionSAM**: adapts a promptable segmenter to … ([paper](…), [code](…)); builds on [SAM](…)",
            # "**OrganLoRA** applies low-rank adapters to … ([paper](…))": a method's short bold name, a colon or a
            # space, then one sentence on what the method does, opening on its verb; the name titles the entry, the
            # sentence describes it (it is no subtitle, and never the rest of a title the bold began)
            return _drop_closing_stop(strong_lead), rest
        if len(strong_lead.split()) <= _MAX_GLOSSED_NAME_WORDS and after[:1].isspace() \
                and (by := _BY_CREDIT_GLOSS.match(rest)) is not None and _SENTENCE_RUNS_ON.search(rest, by.end()):
            # "**fastMRI dataset** by Facebook AI and NYU (2019-2020). Data from more than 1,500 …": a resource's
            # short bold name, "by" and who made it, then sentences about it; the name titles the line
            return _drop_closing_stop(strong_lead), rest
        if lead_break and _is_meaningful(rest) and names_work(strong_lead, min_words=3) \
                and not author_year_byline(strong_lead):
            # "**Mutual Consistency Learning for …**<br>Wu Y, Ge Z<br>*MedIA 2022*": an HTML line break right after
            # the bold lead ends it as a line's end would; the bold is the title, the lines after it its byline
            # and venue (the trailer)
            return _drop_closing_stop(strong_lead), rest
        if author_year_byline(strong_lead) and names_work(rest, min_words=4):
            # "**Wu et al., 2025** PathVLM-R1: a reinforcement … tasks", "**Xu et al., 2024.** A whole-slide …": a
            # notes file's bold author-year lead is the byline, the text after it the title (the trailer holds the
            # byline, so the authors and year are read from it)
            return _drop_closing_stop(rest), strong_lead.strip().rstrip(".")
        if _two_surnames_year(strong_lead) and (after[:1].isspace() or after[:1] in _COLONS) \
                and names_work(titled := rest.lstrip(" -–—:："), min_words=4) \
                and not any(mark in titled.rstrip(" .") for mark in (". ", ", ")):
            # "**Zhou & Troyanskaya 2015** - Predicting effects of …", "**Ross and Bagnell (2010)**: Title": a bold
            # lead naming two authors and the year, then (a dash or a colon perhaps) the title alone, is the byline
            # as an "et al." lead is; the text after it titles the work (a title with its journal after a stop or a
            # comma, "**Sato & Ueda 2021** - *Title*, J. Imaging", is a whole reference, read as one further on)
            return _drop_closing_stop(titled), strong_lead.strip().rstrip(".")
        tagged = _year_venue_title(strong_lead, rest, comma=True)
        if tagged is not None:
            # "_**2021 Brief Bioinfo**_ - A comparative study of …", "**2021 Bioinformatics -** Subtype-GAN: …": a
            # reading list's bold year-and-venue label, then a dash and the work's title (no link); the label is the
            # trailer, as ``_YEAR_TAG_LEAD`` reads it before a linked title, the text after the dash the title
            # (or after a comma: "_**2019 Bioinformatics**_, Multiomics modeling of …", the bold closing the label)
            return tagged
        if (after[:1].isspace() or after[:1] in _COLONS) and _YEAR_ALONE.match(strong_lead) \
                and _bold_year_titles(titled := rest.lstrip(":： ")):
            # "**2024** Deep Retinal Vessel Segmentation with Topology Priors [[paper](…)]", "**2023** 基于知识图谱的
            # 中医辨证推理研究 [[论文](…)]", "**2024**: Title": a reading list's bold year, then (no dash: "**2021 MICCAI**
            # - Title" is ``_year_venue_title``'s) the work's whole title; the year dates the work, the rest titles it
            # ("**2024**" alone on its line is a heading over items, no lead)
            return _drop_closing_stop(titled), f"({strong_lead.strip()})"
        byline = _BYLINE_REST.match(rest) if _PERSON_NAME.fullmatch(strong_lead.strip()) else None
        if byline is not None:
            # '**Ruitian Gao**, Shuai Zhao, et al. "**Title.**" Journal, 2021.': a publication page bolds its
            # owner's name in the byline; the bold name is an author, the quoted text after the byline the title
            quoted = _quoted_title(rest[byline.end():])
            if quoted is not None:
                return quoted
        if _inverted_byline_lead(strong_lead, rest):
            # "**Kansal, Mayank, Chad Kessler, et Lee Frazin**. _Hand-Held Echocardiogram …_. Echocardiography 26, n6
            # (juillet 2009): 625‑29. doi:…": a Chicago byline (Zotero's export) set in bold, its stop after the
            # bold: the bold is the authors, not a title; the whole line is the reference and is read as one
            return lead, ""
        if not _is_meaningful(rest) or (rest.startswith(_TRAILER_OPEN) or _BRACKET_YEAR_OPEN.match(rest)
                                         or _BRACKET_TRACK_OPEN.match(rest)) and _is_meaningful(strong_lead):
            return _drop_closing_stop(strong_lead), rest
        if _VENUE_YEAR.match(rest) and len(strong_lead.split()) >= 4:
            return _drop_closing_stop(strong_lead), rest  # "**Title** OSDI 2016": a venue and year, no comma
        if _stopped_title_then_venue_year(strong_lead.rstrip(" *_"), rest):
            # "**Deep Sets.** NIPS 2017.", "**Can GCNs Go as Deep as CNNs?** arxiv 2019.": a title closed by its own
            # stop (or question mark) inside the bold, then only a venue (in any case: "arxiv") and a year; the
            # sentence end inside the bold closes the title however short, the venue and year are the trailer (a
            # month and a year after a bold word, "**Update.** June 2020.", stays the line's text)
            return _drop_closing_stop(strong_lead), rest
        if names_work(strong_lead, min_words=4) and after[:1].isspace() and _opens_prose(rest) \
                and not _wholly_bracketed(strong_lead):
            # "**MemGPT: Towards LLMs as Operating Systems** Introduces virtual context management …": a whole title
            # set in bold, then a sentence about the work (a capitalised word, then lower-case prose) on the same
            # line; the sentence describes the work and never continues its title. A bold lead wholly in brackets
            # is a tag, not a title ("**[Computational and Structural Biotechnology Journal 2024]** Deep clustering
            # of …": the venue, then the title)
            return _drop_closing_stop(strong_lead), rest
        if strong_lead.rstrip(" *_").endswith(".") and _LONG_VENUE_YEAR.match(rest) and len(strong_lead.split()) >= 3:
            # "**Title.** Journal of computer-aided molecular design 2016.": a title closed by its own stop inside
            # the bold, then a journal's full name and a year (longer than the bare venue above allows)
            return _drop_closing_stop(strong_lead), rest
        if strong_lead.rstrip(" *_").endswith(".") and names_work(strong_lead, min_words=4) \
                and _dated_citation_tail(rest):
            # "**Mapping the landscape of … against COVID-19.** arXiv, 2020. (Submitted on 25 Mar 2020) <br>",
            # "**Title.** Clinical Radiology, Volume 75, Issue 5, May 2020, Pages 329-334": a title closed by its own
            # stop inside the bold, then a citation tail of any shape whose year comes early (a lower-case
            # preprint server, a report's series and number, a volume, an issue, pages); the tail is the trailer
            return _drop_closing_stop(strong_lead), rest
        if strong_lead.rstrip(" *_").endswith(".") and len(strong_lead.split()) >= 4 \
                and names_journal(rest.rstrip(". ")):
            # "**ArchR is a scalable software package for ….** *Nature Genetics*": a title closed by its own stop
            # inside the bold, then only the journal's name (no year: a list already sorted by date); the journal
            # is the trailer, never part of the title
            return _drop_closing_stop(strong_lead), rest
        if names_work(strong_lead, min_words=4) and (after[:1].isspace() or after[:1] in (",", ".")) \
                and _PERSON_NAME.fullmatch(strong_lead.strip()) is None and reads_as_byline(rest.strip(" ,.*_")):
            # "**Promptable Organ Segmentation for Abdominal CT.** Ana Costa, Wei Zhang, Tom Okafor. [[paper](…)]":
            # a whole title set in bold, then only its authors (no venue, no year): the byline is the trailer,
            # never a run-on of the title. Italics that never rendered ("**Title** * Ana Costa, Wei Zhang*": a
            # space after the opening asterisk) leave their asterisks around the byline; they are no words of it
            return _drop_closing_stop(strong_lead), rest
        if names_work(strong_lead, min_words=2) and after[:1].isspace() \
                and len(rest) <= _MAX_INVERTED_BYLINE_CHARS \
                and _INVERTED_INITIALS_BYLINE.fullmatch(rest.strip(" ,.;")) is not None:
            # "**Interpretable AI** *Thampi, A.* [[paper](…)]", "**AI Fairness** *Mahoney, T., Varshney, K.R.*": a
            # short bold title (a book's, two or three words, too few for the byline rule above) followed by nothing
            # but an inverted byline of initials; "Surname, I." pairs never continue a title, so the bold run is the
            # title and the byline the trailer ("**Key Features** *Fast, Accurate*" has no initials and stays whole)
            return _drop_closing_stop(strong_lead), rest
        if names_work(strong_lead, min_words=4) and after[:1].isspace() \
                and _PERSON_NAME.fullmatch(strong_lead.strip()) is None and _byline_then_dated_tail(rest):
            # "**MedEyes: Learning Dynamic Visual Focus …** *Mei Tan, Joao Silva.* TechRxiv. September 08, 2025.": a
            # whole title set in bold, then its authors closed by a stop, then where and when it appeared (the date
            # whole or only the year); the byline and what follows are the trailer, never a run-on of the title
            return _drop_closing_stop(strong_lead), rest
        if names_work(strong_lead, min_words=4) and after[:1].isspace() \
                and _PERSON_NAME.fullmatch(strong_lead.strip()) is None and _byline_before_dated_paren(rest):
            # "**Learning Dense Representations for Entity Retrieval** *Daniel Gillick, Sayali Kulkarni* (CoNLL
            # 2019) [code]": a whole title set in bold, then its authors (in italics, no separator) and the venue
            # and year in brackets; the byline and what follows are the trailer, never a run-on of the title
            return _drop_closing_stop(strong_lead), rest
        if strong_lead.rstrip(" *_").endswith((",", "，")) and len(strong_lead.split()) >= 3 \
                and _YEAR_IN_TEXT.search(rest):
            # "**USFM: A Universal … Analysis,** arXiv 2024 (arXiv:2401.00153).", "**Title,** Nature (2020).": the
            # citation's separating comma written inside the bold closes the title; the venue and year after it
            # (in any shape: parenthesised, with an identifier) are the trailer, never part of the title
            return strong_lead.rstrip(" *_").rstrip(",，").rstrip(), rest
        if after[:1].isspace() and (_is_cjk(rest[0]) or _latin_name_opens_cjk_gloss(rest)) \
                and _bold_name_before_cjk_gloss(strong_lead):
            # "**ShizhenGPT** 中医多模态大模型，支持望闻问切 [机构] [[论文](…)]", "**Title in English** 中文简介": a bold
            # name (or title), a space, then a gloss in CJK script, which runs on without spaces and so never
            # continues a bold title past one: the bold is the title, the gloss describes the work
            return _drop_closing_stop(strong_lead), rest
        return lead, ""
    quoted = _quoted_title(s)
    if quoted is not None and not _quoted_name_opening_title(*quoted):
        return quoted
    piped = _cut_piped_venue(s)
    if piped is not None:
        return piped
    if s[:2] == "**" and (tagged := year_venue_titled(s)) is not None:
        # "**2021 **Nature - Title": the writer's bold label left unclosed (a space before its closing marks), so no
        # bold lead parts it from the title; the dash does. (An unmarked "2019 MICCAI - …" line stays as it reads:
        # challenge and event lists name their entries so.)
        return tagged
    title, trailer = _cut_year_trailer(s)
    if not trailer and comma_year:
        title, trailer = _cut_etal_trailer(s)
    if not trailer and comma_year:
        title, trailer = cut_inner_etal_byline(s)
    elif trailer and comma_year and ("al" in title or title.endswith(" et at")):
        # "Title, Karen Simonyan et al, ICLR 2015": the authors before the venue and year go to the trailer too
        shorter, authors = _cut_etal_trailer(title)
        if authors:
            title, trailer = shorter, f"{authors}, {trailer}"
    if trailer and not comma_year and (trailer[0] not in "(（" or ". " in title):
        return lead, ""  # "Lakhani, P. & Sundaram, B. Title. Radiology 284 (2017)": a whole reference
    if not comma_year:
        return (title, trailer) if trailer else (lead, "")
    if not trailer:
        title = _drop_closing_stop(title)
    return title, trailer


def _bold_name_before_cjk_gloss(strong_lead: str) -> bool:
    """A bold lead that names the work before a CJK gloss: not a year or a dated label ("**2024** 基于…",
    "**ACL 2024** 面向…", whose title follows), not a bracketed tag, not a field label ("**论文**", "**论文题目：**"),
    not a person's name or a list of them (the title follows those too; one capitalised word, "**HerbRAG**", is
    a name, never read as a byline here)."""
    name = strong_lead.strip()
    return _is_meaningful(name) and name[-1:] not in _COLONS and _YEAR_IN_TEXT.search(name) is None \
        and not _wholly_bracketed(name) and label_role(name) is None and _PERSON_NAME.fullmatch(name) is None \
        and not (any(sep in name for sep in _NAME_LIST_SEPARATORS) and reads_as_byline(name))


#: a CJK gloss that opens on a Latin name it is about: "ChatGPT 对中医知识理解能力的评测", "TCM-Ladder团队提出的首个…",
#: "GPT-4 与国产主流大模型在…" (the name one token, bounded; then CJK script, glued to it or after one space)
_LATIN_NAME_THEN_CJK = re.compile(r"[A-Za-z0-9][A-Za-z0-9.+/_-]{0,29} ?[\u3400-\u9fff]")
#: the fewest CJK characters such a gloss holds: a sentence about the work, not one glossed word
_MIN_LATIN_LED_GLOSS_CJK = 6


def _latin_name_opens_cjk_gloss(rest: str) -> bool:
    """``**ChatGPT 中医知识理解探究** ChatGPT 对中医知识理解能力的评测``, ``**Ladder-base (GRPO-TCM)** TCM-Ladder团队提出的
    首个GRPO强化学习对齐中医LLM``: the text after the bold lead is a CJK gloss that opens on the Latin name of what it
    is about (a model, a team), the name glued to the CJK text or one space before it. Why: only a gloss opening on
    a CJK character was read as one, so these glosses ran on into the bold title. The gloss must be CJK prose
    (``_MIN_LATIN_LED_GLOSS_CJK`` characters): "**Deep** Learning 图像" is no gloss, an English run after the bold
    ("**Name** GPT-4 based evaluation of …") neither."""
    return _LATIN_NAME_THEN_CJK.match(rest) is not None \
        and sum(1 for ch in rest[:200] if _is_cjk(ch)) >= _MIN_LATIN_LED_GLOSS_CJK


#: what parts the names of a byline: "Zhang W, Li N", "张伟，李娜", "张伟、李娜", "Wang et al."
_NAME_LIST_SEPARATORS = (",", "，", "、", " et al", " and ", " & ")


#: a spaced en or em dash: "Spacetop – multimodal fMRI dataset …" (a hyphen, "2019 MICCAI - Title", is how many
#: lists join a label to a title, so it parts no gloss here)
_SPACED_LONG_DASH = re.compile(r"\s[–—]\s")
#: how many words a resource's name may hold before its dash and gloss, not counting its tags and the expansion in
#: brackets ("Natural language fMRI dataset for voxelwise encoding models – five multi-session …")
_MAX_DASHED_NAME_WORDS = 8
#: how many words a gloss holds at least: a sentence about the resource, not a subtitle ("– a review", "– dataset")
_MIN_GLOSS_WORDS = 4


def _unbracketed_word_count(name: str) -> int:
    """How many words ``name`` holds outside brackets and apart from lone slashes: "[COG] ABIDE I / II (Autism
    Brain Imaging Data Exchange)" holds three. One pass, no regex: a name's tags and expansion are not its words."""
    depth, words, word = 0, 0, False
    for ch in name:
        if ch in "([（【":
            depth += 1
        elif ch in ")]）】":
            depth = max(depth - 1, 0)
            word = False
        elif depth == 0:
            if ch.isspace() or ch == "/":
                word = False
            elif not word:
                word, words = True, words + 1
    return words


def name_dash_gloss(lead: str) -> tuple[str, str, str] | None:
    """``Spacetop – multimodal fMRI dataset with >100 participants, combining movie viewing …`` (then the
    line of its links): an unmarked line naming a data set or resource in a few words, a spaced en/em dash, then a
    sentence about it, closed by its full stop → (name, its label tags, gloss); else None. The tags a list
    stacks before the name to file it ("[AFFECT] [COG] Spacetop – …") leave the name (``drop_label_tags``).

    Why: nothing marks the name (no bold, no link), so the whole line would be read as a title. The gloss is told
    from a subtitle by its shape: it opens in lower case (or a figure, "7T high-resolution …") without an article
    ("X – a Y for Z" is a title's subtitle), runs to four words or more and ends on a full stop, as a sentence
    does and a title written alone on its line seldom does; the name is short and holds no colon or sentence stop
    of its own (a byline, "Title: subtitle" are no names)."""
    s = lead.strip()
    if not s.endswith(".") or s.endswith("..") or len(s) > 2000:
        return None
    m = _SPACED_LONG_DASH.search(s)
    if m is None:
        return None
    name, gloss = s[:m.start()].rstrip(), s[m.end():].strip()
    opening = gloss[:1]
    if not (opening.islower() or opening.isdigit()) or len(gloss.split()) < _MIN_GLOSS_WORDS:
        return None
    if gloss.split(None, 1)[0].casefold() in ("a", "an", "the"):
        return None
    if any(c in name for c in ":：") or ". " in name or not _is_meaningful(name):
        return None
    if not 1 <= _unbracketed_word_count(name) <= _MAX_DASHED_NAME_WORDS:
        return None
    name, tags = drop_label_tags(name)
    return name, tags, gloss


#: the most words of a short name an appositive gloss follows ("Evo 2, a machine learning model …")
_MAX_COMMA_GLOSSED_NAME_WORDS = 3


def _coined_name(name: str) -> bool:
    """``Evo 2``, ``RiNALMo``, ``Geneformer``: a work's coined short name, one word opening on a capital or a word
    holding a figure or a capital past its first letter; "Segment anything" (plain words) is a title's opening."""
    words = name.split()
    if len(words) == 1 and words[0][:1].isupper():
        return True
    return any(any(c.isdigit() for c in w) or any(c.isupper() for c in w[1:]) for w in words)


def name_comma_gloss(lead: str) -> tuple[str, str] | None:
    """``Evo 2, a machine learning model trained on genomes of over 100,000 species`` (then the lines of its
    ``[preprint, Feb 2025](…)`` and ``[github, Feb 2025](…)`` links): an unmarked line naming a work by its coined
    short name (one to three words, ``_coined_name``), a comma, then an appositive gloss opening on "a"/"an" and
    running four words or more → (name, gloss); else None.

    Why: nothing marks the name (no bold, no link), so the whole line would be read as the title, as
    ``name_dash_gloss`` reads a dash. Only the caller's line with a paper link reads it (the name is the paper's);
    a title's own ", a …" ("Segment anything, a …") opens on plain words, which are no coined name. One ``find``,
    no regex."""
    s = lead.strip()
    at = s.find(", ")
    if at <= 0 or len(s) > 600 or "\n" in s:
        return None
    name, gloss = s[:at].strip(), s[at + 2:].strip()
    words = gloss.split()
    if len(words) < _MIN_GLOSS_WORDS or words[0] not in ("a", "an"):
        return None
    if any(c in name for c in ":：()[]") or ". " in name or not _is_meaningful(name):
        return None
    if not 1 <= len(name.split()) <= _MAX_COMMA_GLOSSED_NAME_WORDS or not _coined_name(name):
        return None
    return name, gloss


#: a year (1900–2099) anywhere in a text, standing alone: the cheap test before a text is read as a reference
_YEAR_IN_TEXT = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _cut_piped_venue(s: str) -> tuple[str, str] | None:
    """``Title | Nature Communications, 2021``: a reading log written as a table row without the table; the
    cells after the title (a venue, a year, authors) are its trailer. A title with a pipe of its own keeps
    it unless the rest is short and reads as a venue or holds a year."""
    title, sep, rest = s.partition(" | ")
    if not sep or len(title.split()) < 3 or not _is_meaningful(title):
        return None
    rest = ", ".join(cell.strip() for cell in rest.split("|") if cell.strip())
    words = rest.split()
    if not words or len(words) > 12:
        return None
    from medkg import citation

    if _YEAR_IN_TEXT.search(rest) is None and not (words[0][:1].isupper() and citation.looks_like_venue(rest)):
        return None
    return title.rstrip(), rest


#: a person's name: two to four capitalised words or initials ("Ruitian Gao", "J. K. Rowling")
_PERSON_NAME = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}")
_NAME = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
#: the rest of a byline after its first name, up to an opening quote: ", Shuai Zhao, et al. \"", ", and Yang Yang. “"
#: (or, for a sole author, only the stop: ". \"")
_BYLINE_REST = re.compile(rf"(?:\s*,\s*(?:(?:and\s+)?{_NAME}\s*,\s*)*(?:(?:and\s+)?{_NAME}|et\s+al))?\.?\s*[,.]?\s*(?=[\"“])")


def _quote_closes_on_stop(line: str) -> bool:
    """``"Segment Anything." ICCV (2023).``: the line opens a quote that closes on the title's own full stop, as an
    MLA or Chicago reference ends its title inside the quotes. Why: that stop marks a reference's title however
    short ("DINOv3."), where a nickname or a phrase set in quotes ('"SAM" …') has none of its own."""
    s = line.strip()
    close = _QUOTES.get(s[:1])
    return close is not None and (end := s.find(close, 1)) > 2 and s[end - 1] == "."


def _wholly_quoted(text: str) -> bool:
    """``"Title."`` (the whole bold text): one quote opening at its first character and closing at its last, with a
    title between. Why: a bold lead set wholly in quotes is a reference's quoted title; a bold lead that merely
    holds a quoted word (``**The "SAM" model**``) or opens a quote it closes early (``**"SAM" for CT**``) is not."""
    t = text.strip()
    close = _QUOTES.get(t[:1])
    return close is not None and len(t) > 2 and t.find(close, 1) == len(t) - 1 and _is_meaningful(t[1:-1])


def _quoted_title(s: str) -> tuple[str, str] | None:
    """``"Title." Venue (2022).`` / ``《Title》，Nature 2017`` → (title, trailer); None when ``s`` opens no quote."""
    close = _QUOTES.get(s[:1])
    if close is not None:
        end = s.find(close, 1)
        if end > 1 and _is_meaningful(s[1:end]):
            return s[1:end].strip().rstrip("."), s[end + 1:].strip()
    return None


#: the dash that parts a quoted short name from the rest of its title ("“GrabCut” — Interactive Foreground …")
_NAME_TITLE_DASHES = ("—", "–", "-")
#: the most words a quoted short name opening a title holds
_MAX_QUOTED_NAME_WORDS = 2


def _quoted_name_opening_title(quoted: str, rest: str) -> bool:
    """``“GrabCut” — Interactive Foreground Extraction using Iterated Graph Cuts [Carsten Rother]``: a quoted short
    name (two words at most) then a dash and the rest of the title is one title, the quoted name opening it, not a
    title and its trailer. Why: the name was read as the whole title and the words after the dash as its venue. The
    words after the dash (up to a bracket) must read as a title's: three words or more, capitalised first, no year
    among them (``"BERT" - NAACL 2019`` is a name and its venue)."""
    if len(quoted.split()) > _MAX_QUOTED_NAME_WORDS or rest[:1] not in _NAME_TITLE_DASHES:
        return False
    after = rest.lstrip("—–- ")
    if len(after) == len(rest) - 1 and rest[:1] == "-":
        return False  # '"Name"-based …': a hyphen joined to the next word is no dash
    words = after.split("[", 1)[0].split("(", 1)[0].split()
    return len(words) >= 3 and words[0][:1].isupper() and _YEAR_IN_TEXT.search(" ".join(words)) is None


def quoted_reference_title(s: str) -> tuple[str, str] | None:
    """``"Title." Venue 12.3 (2022): 1-9.`` → (title, trailer): a text that opens with a quoted title closed on its
    own full stop (``_quote_closes_on_stop``), as an MLA or Chicago reference sets it, with the rest of the
    reference after the quote. None for any other text (a nickname in quotes has no stop of its own)."""
    t = " ".join(s.split())
    return _quoted_title(t) if _quote_closes_on_stop(t) else None


#: a venue and a year after a bold title, nothing else: "OSDI 2016", "Nature Methods 2021."
#: (the year may be followed by the track the work was presented in: "ICML 2019 Workshop.", "KDD 2020 (Oral).",
#: or carry its month, as lists sorted by month write it: "Preprint 2023.02", "NeurIPS 2022.07", "ACL 2023-05")
_VENUE_YEAR = re.compile(r"[A-Z][\w'’&.\-]*(?:\s+[\w'’&.\-]+){0,3}\s+(?:19|20)\d\d(?:[./\-](?:0?[1-9]|1[0-2])(?!\d))?"
                         r"(?:\s+\(?(?i:workshops?|oral|spotlight|poster|demo|findings)\)?)?\.?\Z")
#: a venue and a year after a bold title closed by its own stop: "NIPS 2017.", "arxiv 2018." (the venue in any case,
#: as a hand-kept list types a preprint server's name), "IEEE TNN 1997", a joint meeting's names set apart by a slash
#: ("SSPR/SPR 2004")
_STOPPED_VENUE_YEAR = re.compile(r"[A-Za-z][\w'’&./\-]*(?:\s+[\w'’&./\-]+){0,3}\s+(?:19|20)\d\d\.?\Z")
#: a reading plan's own number before its bold title: "1、", "2.", "3)" (a CJK list writes the ideographic comma,
#: which Markdown does not read as a list marker, so the numbered line stays a paragraph)
_PLAN_NUMBER = re.compile(r"\s*\d{1,3}\s*[、.．)）]\s*")


def _stopped_title_then_venue_year(bold: str, rest: str) -> bool:
    """``**Deep Sets.** NIPS 2017.``: a bold title of two words or more closed by its own stop or question mark, then
    only a venue and a year (``_STOPPED_VENUE_YEAR``); a month and a year after it ("**Update.** June 2020.") are a
    date, no venue. Shared by ``_split_trailer`` (a bullet's bold lead) and ``stopped_bold_title_venue_year`` (a
    numbered paragraph's), which read the same line."""
    return bold[-1:] in (".", "?", "!") and len(bold.split()) >= 2 and _STOPPED_VENUE_YEAR.match(rest) is not None \
        and not _MONTH_WORD.fullmatch(rest.split()[0])


def stopped_bold_title_venue_year(inl: _Inline) -> tuple[str, str, int] | None:
    """``1、**Title.** IEEE TNN 1997`` → (title, venue, year): a link-less line that is (after its own number, if any) only a
    bold title closed by its own stop or question mark inside the bold, then only a venue and a year (the trailer
    ``_split_trailer`` reads after such a bold title); None for any other line. A month and a year after the bold
    ("**Update.** June 2020.") or a bold phrase of one word is no title."""
    if inl.links or not inl.bold:
        return None
    plain = inl.plain
    number = _PLAN_NUMBER.match(plain)
    start = number.end() if number else len(plain) - len(plain.lstrip())
    s, e = inl.bold[0]
    if len(inl.bold) != 1 or plain[start:s].strip(" *_"):
        return None
    bold, rest = plain[s:e].strip(" *_"), plain[e:].strip(" *_")
    if not _stopped_title_then_venue_year(bold, rest):
        return None
    venue, year = rest.rstrip(".").rsplit(None, 1)
    return _drop_closing_stop(bold), venue, int(year)


#: the first word of a sentence: capitalised, the rest lower-case ("Introduces", "A", "Defines")
_SENTENCE_FIRST_WORD = re.compile(r"[A-Z][a-z]*[,:;]?")


def _wholly_bracketed(text: str) -> bool:
    """``[Computational and Structural Biotechnology Journal 2024]``: one bracket from the first character to the last
    (``[2024-07-12] Title (EM-LLM)`` opens and closes with brackets, but two of them)."""
    t = text.strip()
    if t[:1] not in "[(【（" or t[-1:] not in "])】）":
        return False
    closes = [i for i, ch in enumerate(t) if ch in "])】）"]
    return closes[0] == len(t) - 1


def _opens_prose(rest: str) -> bool:
    """The text after a bold title is a sentence about the work ("Introduces virtual context management …", "A
    systematic review analyzing …", "Defines LLM memory as …"): six words or more, a capitalised first word, and
    most words after it in lower case. A byline ("Timo Schick, Jane Dwivedi-Yu, …") or the title's own
    title-cased words ("Networks For Biomedical Image Segmentation") are mostly capitalised, and stay as they were."""
    words = rest.split()
    return len(words) >= 6 and _SENTENCE_FIRST_WORD.fullmatch(words[0]) is not None \
        and sum(1 for w in words[1:] if w[:1].islower()) * 2 >= len(words) - 1


#: the words of a citation tail before its year, at most: "arXiv, 2020", "IZA Discussion Papers 13110, Institute
#: of Labor Economics (IZA), 2020", "Clinical Radiology, Volume 75, Issue 5, May 2020"
_TAIL_WORDS_BEFORE_YEAR = 10


def _dated_citation_tail(rest: str) -> bool:
    """``arXiv, 2020. (Submitted on 25 Mar 2020)``, ``medRxiv 2020.03.24.20041020, 2020.``: the text after a bold
    title is a citation's tail, a year among its first words, and no sentence about the work. Why: a venue, a
    report's series or a volume comes before the year in a citation; a description opens as prose and dates its
    work later, if at all ("Introduces a model trained on 2019 data …" is read as prose)."""
    words = rest.split()
    head = " ".join(words[:_TAIL_WORDS_BEFORE_YEAR + 1])
    return bool(words) and _YEAR_IN_TEXT.search(head) is not None and not _opens_prose(rest)


#: a journal's full name and a year after a bold title closed by its stop: "Journal of Chemical Information and
#: Modeling 2019." (up to ten words: a sentence of a description is longer, or carries more than a year); the name
#: may hold a comma of its own, and a comma may part it from the year, as a citation writes them: "Genomics,
#: Proteomics & Bioinformatics. 2018.", "Bioinformatics, 2020."
_LONG_VENUE_YEAR = re.compile(r"[A-Z][\w'’&.\-]*(?:,?\s+[\w'’&.\-]+){0,9},?\s+(?:19|20)\d\d\.?\Z")


#: a lead that is only a date and a separator: "14 January, 2020 - ", "January 14, 2020: ", "2020-01-14 – ", or a
#: year alone and a dash ("- 2023 - [Title](…)", a review's reference list sorted by year: a year is never the
#: title, so even a short link text such as "The Hardware Lottery" is); a day/month/year date written with slashes
#: needs none ("21/11/25 [Title](…)", a journal club's session log)
_DATE_LEAD = re.compile(rf"\s*(?:(?:\d{{1,2}}\s+{MONTH},?\s+(?:19|20)\d\d|{MONTH}\s+\d{{1,2}},?\s+(?:19|20)\d\d"
                        rf"|(?:19|20)\d\d[-/.]\d{{1,2}}[-/.]\d{{1,2}})\s*[-–—:：]|(?:19|20)\d\d\s+[-–—]"
                        rf"|\d{{1,2}}/\d{{1,2}}/(?:19|20)?\d\d\s*[-–—:：]?)\s*$", re.I)
#: a lead of at most three words and a year in brackets, nothing else: "NeurIPS (2021) ", "ICLR oral (2022) "
_TAG_LEAD = re.compile(r"^\s*[^\W\d_][^\s()（）\[\]]*(?:\s+[^\s()（）\[\]]+){0,2}\s*[(（]\s*(?:19|20)\d\d[a-z]?\s*[)）][\s:：,.\-–—]*$")
#: a bracketed venue-and-year tag, nothing else, before the linked title: "[CVPR 2023] ", "**[`arXiv 2023`]**"
#: (bold and code marks are not in the plain text)
_BRACKET_TAG_LEAD = re.compile(r"^\s*\[[^\[\]\n]{0,60}?(?:19|20)\d\d[^\[\]\n]{0,10}\][\s:：,.\-–—|]*$")
#: a parenthesised venue-and-year tag alone before the linked title: "(NeurIPS 2024) ", "(ICLR 2024 Reject) ",
#: "(TMLR 2023) " (one to three venue words, the year, perhaps one word of status after it)
_PAREN_VENUE_TAG_LEAD = re.compile(r"^\s*[(（][A-Z][\w&.\-]{1,15}(?: [A-Za-z&.\-]{1,15}){0,2} (?:19|20)\d\d"
                                   r"(?: [A-Za-z]{2,12})?[)）][\s:：,.\-–—|]*$")
#: one bracketed tag alone before the item's first link: "[paper] ", "[book,*] ", "[toolkit] " (``kind_tag_lead``)
_KIND_TAG_LEAD = re.compile(r"^\s*\[(?P<tag>[^\[\]\n]{1,30})\][\s:：,.\-–—|]*$")
#: a run of two or more short bracketed tags, nothing else, before the item's first link: "[c++] [Python] [Java] ",
#: "[C++] [Python] [Java] [R] [Ruby] [Lua] [Tcl] [C#] " (``stacked_tags_lead``; no tag holds a bracket, so the run
#: splits one way only and the match stays linear on a long line)
_STACKED_TAGS_LEAD = re.compile(r"^\s*(?:\[[^\[\]\n]{1,30}\][\s,;|]*){2,10}$")
#: a year, then one to three words naming the venue, before the linked title: "2022 KDD ", "2020 IEEE TMI "
_YEAR_TAG_LEAD = re.compile(r"^\s*(?P<year>(?:19|20)\d\d)\s+(?P<venue>[^\W\d_][^\s()（）\[\]]*(?:\s+[^\s()（）\[\]]+){0,2})"
                            r"[\s:：,.\-–—|]*$")


#: what a venue tag may say of the paper after the venue's name: "ICLR Oral ", "NIPS Spotlight ", "CVPR Highlight "
_PRESENTATION_WORDS = frozenset("oral spotlight poster highlight workshop findings".split())
#: preprint servers, named alone before a linked title as a venue is ("Arxiv [Title](…)")
_PREPRINT_SERVERS = frozenset("arxiv biorxiv medrxiv chemrxiv ssrn".split())


def venue_word_lead(lead: str) -> str | None:
    """The venue a lead names alone, without a year, before the item's linked title, or None: "NeurIPS ",
    "CVPR Oral ", "Arxiv ", "SIGKDD ", "JMLR " (a numbered reading list that tags each paper by where it appeared,
    its link going to the reader's notes rather than the paper). Why so strict: one capitalised word before a
    link is more often a name ("DoWhy [docs](…)"); only a word that names a venue (``citation.names_venue``,
    ``NeurIPS``), a preprint server, or an acronym of a proceedings' kind (``SIG…``, ``J…`` of four or five
    capitals) counts, perhaps followed by how the paper was presented ("Oral", "Spotlight")."""
    from medkg.citation import names_venue

    words = lead.strip(" \t:：,.-–—|").split()
    if not 1 <= len(words) <= 3 or not all(w.casefold() in _PRESENTATION_WORDS for w in words[1:]):
        return None
    venue = words[0]
    if names_venue(venue) or venue.casefold() in _PREPRINT_SERVERS \
            or venue.isupper() and venue.isalpha() and venue.startswith(("SIG", "JM")) and 4 <= len(venue) <= 6:
        return " ".join(words)
    return None


#: a venue of one to three words and its year, an apostrophe before two digits or a space before four: "ICRA'24",
#: "Science Robotics'25", "RA-L'23", "arXiv'24", "IROS 2023" (``bold_venue_year_tag``)
_BOLD_VENUE_YEAR = re.compile(r"(?P<venue>[A-Za-z][\w&.+/-]*(?: [A-Za-z][\w&.+/-]*){0,2}?)"
                              r"(?:\s?['’](?P<yy>\d\d)|\s+(?P<year>(?:19|20)\d\d))")
_MONTH_WORD = re.compile(MONTH + r"\.?", re.I)


def bold_venue_year_tag(strong_lead: str) -> str | None:
    """A bold lead that is only a venue and its year, as a project README tags each of its papers before a colon
    and the title ("**ICRA'24**: Title", "**Science Robotics'25**: …", "**IROS 2023**: …") → the tag as a trailer,
    "(ICRA 2024)"; None for any other lead. Every venue word is capitalised (a preprint server's "arXiv" aside); a
    four-digit year needs a venue that names one (an acronym, "IROS", "RA-L"; a known venue or journal), as "**News
    2024**" or "**Release 2023**" do not; a month ("**June 2024**") dates a news line, not a venue."""
    m = _BOLD_VENUE_YEAR.fullmatch(strong_lead.strip())
    if m is None:
        return None
    venue, words = m.group("venue"), m.group("venue").split()
    if _MONTH_WORD.fullmatch(words[0]) or any(w.casefold() in _NOT_VENUE_WORDS for w in words) \
            or not all(w[:1].isupper() or w.casefold() in _PREPRINT_SERVERS for w in words):
        return None
    if m.group("year") is not None and not (
            any(sum(c.isupper() for c in w) >= 2 for w in words) or venue.casefold() in _PREPRINT_SERVERS
            or names_venue(venue) or names_journal(venue)):
        return None
    year = m.group("year") or f"20{m.group('yy')}"
    return f"({venue} {year})"


#: words of a bold lead before a year that name an event or a release, not where a paper appeared
_NOT_VENUE_WORDS = frozenset("""news update updates release version step phase week day school bootcamp hackathon
    meetup course seminar webinar summer winter spring fall autumn since until""".split())


#: emoji and marks opening a label ("✨ 2022 BIB", "✅ 2022 bioRxiv"): a curator's flag, no part of the label
_LEADING_MARKS = re.compile(r"^[^\w\[(]+")
#: the dash parting a year-and-venue label from the title after it: "2021 Bioinformatics - ", " — " (a colon does
#: not: "**2019 MICCAI**: Multi-organ Segmentation Challenge" names an event by its venue)
_LABEL_SEPARATOR = re.compile(r"\s*[-–—]\s*")
#: a comma parting a bold year-and-venue label from the title after it: "_**2019 Bioinformatics**_, Title"
_LABEL_COMMA = re.compile(r"[ \t]*,[ \t]*")


def year_venue_label(text: str) -> re.Match | None:
    """``2021 Brief Bioinfo``, ``✨ 2022 BIB``, ``2021 Bioinformatics -``, ``2022 Nature Reviews``: a year, then one
    to three words naming a venue, alone (``_YEAR_TAG_LEAD``, a curator's mark before it dropped) → the match
    (``year``, ``venue``); None for any other text. A year opens the label, so an author-year citation
    ("Gustafsdottir et al. 2013") is none."""
    text = _LEADING_MARKS.sub("", text.strip())
    dashed = _YEAR_DASH_VENUE.match(text)
    if dashed is not None and not _BYLINE_VENUE.search(text):
        # "2019 - Nat Genetics", "2018 - Science": the year set off from the venue by a dash is the same label (not
        # "2019 - Esposito et al.", a byline)
        text = f"{dashed['year']} {text[dashed.end():]}"
    return _YEAR_TAG_LEAD.match(text)


#: a year set off from the venue after it by a spaced dash: "2019 - Nat Genetics" (``year_venue_label``)
_YEAR_DASH_VENUE = re.compile(r"(?P<year>(?:19|20)\d\d)\s+[-–—]\s+(?=[^\W\d_])")
#: what makes the words after a year a byline, not a venue: "2019 - Esposito et al."
_BYLINE_VENUE = re.compile(r"\bet\s+al\b|&|\band\b")


def _bold_year_titles(rest: str) -> bool:
    """The text after a bold year reads as a work's whole title: four words or more (``names_work``), or a CJK title
    of ``citation._MIN_CJK_TITLE_CHARS`` ideographs or more, opening on no lower-case word (prose after a year,
    "**2023** we moved …", is a note) and no byline ("**2024** Wang et al. …" keeps its authors for ``citation``)."""
    if not rest or rest[:1].islower():
        return False
    if sum(map(_is_cjk, rest[:40])) >= _MIN_CJK_TITLE_CHARS:
        return True
    return names_work(rest, min_words=4) and not reads_as_byline(rest)


def _year_venue_title(label: str, rest: str, comma: bool = False) -> tuple[str, str] | None:
    """A year-and-venue ``label`` (``year_venue_label``) set apart from the text ``rest`` after it by a dash (inside
    the label, "**2021 Bioinformatics -**", or opening ``rest``) → (the title ``rest`` holds, the
    label as a bracketed trailer, venue then year); None when the label is no such tag or ``rest`` names no work.
    With ``comma`` (a label set in bold, its marks closing it), a comma opening ``rest`` parts them too, the title
    after it opening on no lower-case word ("_**2019 Bioinformatics**_, Multiomics modeling of …" among "… - Title"
    lines; not "**2019 MICCAI**, we presented …", prose after a dated venue).

    Why: reading lists written "**YEAR VENUE** - Title" (often with no link at all) would otherwise be named by
    their label, every paper called "2019 Bioinformatics"; the dash marks where the citation's head ends."""
    tag = year_venue_label(label)
    if tag is None:
        return None
    sep = _LABEL_SEPARATOR.match(rest)
    if comma and not (sep and sep.group().strip()) and not label.rstrip()[-1:] in "-–—" \
            and (sep := _LABEL_COMMA.match(rest)) is not None and rest[sep.end():sep.end() + 1].islower():
        return None
    if not (sep and sep.group().strip()) and not label.rstrip()[-1:] in "-–—":
        return None
    title = _drop_closing_stop(rest[sep.end() if sep else 0:].strip())
    if not names_work(title, min_words=4):
        return None
    return title, _label_trailer(tag)


def _label_trailer(tag: re.Match) -> str:
    """A year-and-venue label's match (``year_venue_label``) → its trailer, in brackets, "(Brief Bioinfo 2021)", as a
    title's venue-and-year trailer is written: bare, a short venue before a year reads as an author's name."""
    return f"({tag['venue'].rstrip(' .-–—:：')} {tag['year']})"


#: the first dash set off by spaces in a line: where a year-and-venue label before a title ends (a colon does not
#: do: "2019 MICCAI: Multi-organ Abdominal CT Segmentation Challenge" names an event by its venue, no paper)
_SPACED_SEPARATOR = re.compile(r"\s+[-–—]\s+")


def year_venue_titled(text: str) -> tuple[str, str] | None:
    """``2021 Brief Bioinfo - A comparative study of multi-omics integration tools``: a plain line led by a
    year-and-venue label, a dash, then a work's title → (that title, the label as its trailer); None otherwise.
    Stray bold marks the Markdown left as text ("**2021 **Nature - Title", a wiki export's unclosed bold) are no
    part of the label. A list of such lines is a list of references, never a reader's notes on a heading."""
    masked = _EMPHASIS_MARKS.sub(" ", text)  # same length: a position in it is one in ``text``
    sep = _SPACED_SEPARATOR.search(masked, 0, 60)
    if sep is None:
        return None
    if _YEAR_ALONE.match(masked, 0, sep.start()) and (venue_sep := _SPACED_SEPARATOR.search(masked, sep.end(), 90)):
        # "2018 - Science - Detection and localization of …": the year and the venue each set off by a dash
        sep = venue_sep
    # the marks closing the label ("**2022 Mol Cancer -**_ Title") are no part of the title after the dash
    return _year_venue_title(masked[:sep.start()], " - " + text[sep.end():].lstrip(" *_"))


#: bold and italic marks a label is written in ("_**2021 Nature**_"): read as spaces, keeping every position
_EMPHASIS_MARKS = re.compile(r"[*_]")
#: a label that is only a year, before the dash that sets its venue off: "2018 - Science - Title"
_YEAR_ALONE = re.compile(r"\s*(?:19|20)\d\d\s*$")
#: a curator's tag opening a reference line before its year-and-venue label (``tagged_year_venue_titled``): a
#: bracketed or parenthesised remark ("[review]", "\\[DNA markers]", "(neoadjuvant)"), or a short topic label
#: closed by a colon ("**circRNA**:", "**✨ miRNA panel: **", "**Prognosis ctDNA**："), perhaps after a curator's
#: mark ("✅ "); bounded runs, so no backtracking on a long line
_CURATOR_TAG_BODY = (r"[\s*_]{0,6}(?:[^\w\s\[(（\\*]{1,3}\s*)?[*_]{0,3}"
                     r"(?:\\?\[[^\]\n]{1,40}\]|[(（][^)）\n]{1,40}[)）]"
                     r"|(?:[^\w\s*]{1,3}\s*)?[^\W\d_][^:：\n*_\[\]]{0,40}?[*_]{0,3}\s?[:：])[\s*_]{0,6}")
_CURATOR_TAG = re.compile(_CURATOR_TAG_BODY + r"(?=(?:19|20)\d\d\b)")
#: the same curator's tag as the whole text before a line's first link ("(neoadjuvant biomarker) " before
#: "[_**2022 Mol. Cancer**_](doi…)- Title"): ``curator_tag_before_label_link``
_CURATOR_TAG_ALONE = re.compile(_CURATOR_TAG_BODY + r"$")


def tagged_year_venue_titled(text: str) -> tuple[str, str] | None:
    """``\\[review] _**2021 Nature**_ - Title``, ``(neoadjuvant) **2022 Nature Med  -** Title``, ``**circRNA**: _2020
    PLOS Comp. Bio._ - Title``, ``**Prognosis ctDNA**: 2019 JCO - Title``: a reading list's year-and-venue label
    (``year_venue_titled``) after a curator's tag saying what kind of work it is or what topic it serves → (the
    title, the label as its trailer); None otherwise. Why: the tag hides the label from every reader that expects
    the line to open with it, and the whole line, tag, year, venue and title, then became the work's title."""
    tag = _CURATOR_TAG.match(text)
    if tag is None:
        # "2019 - iScience - Early Cancer Detection …": no tag, but the year and the venue each set off by a dash
        # mark the line as a reference as a tag does (an event's "2019 MICCAI - Name" has one dash)
        return year_venue_titled(text) if _YEAR_DASH_VENUE_DASH.match(text) else None
    if len(tag.group().split()) > 6:
        return None
    return year_venue_titled(text[tag.end():])


#: "2018 - Science - ": a plain line's year, dash, a venue of one to three words, dash
_YEAR_DASH_VENUE_DASH = re.compile(r"(?:19|20)\d\d\s+[-–—]\s+[^\W\d_][^\s\-–—]*(?:\s+[^\s\-–—]+){0,2}\s+[-–—]\s")


#: a title cell that only names its link: a venue and year ("Bioinformatics 2020", "ACL'19") or a generic word; the
#: year follows no digit nor full stop: "MIAS database v1.21" ends with a version number, and names a work
_LINK_LABEL_ONLY = re.compile(r"(?i)^\s*(?:(?:paper|link|pdf|arxiv|doi|url|here|论文|链接)"
                              r"|[A-Za-z][\w .&-]{0,40}?[\s,(']*(?<![\d.])(?:19|20)?\d{2}\)?)\s*$")


#: a term written twice, in Chinese, Japanese or Korean and then in English with its abbreviation, as glossaries and
#: lecture notes head their sections: "결정 트리 Decision Tree, DT", "합성곱 신경망 Convolutional Neural Network (CNN)",
#: "畳み込みニューラルネットワーク Convolutional Neural Network, CNN" (bounded; the abbreviation is required: a
#: bilingual title, "폐결절 검출을 위한 딥러닝 Deep Learning for Lung Nodule Detection", ends in no abbreviation)
_GLOSSED_TERM = re.compile("^[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3][\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3 ·-]{0,30}"
                           r"\s+[A-Za-z][A-Za-z' -]{1,60}(?:,\s*|\s*\()[A-Z][A-Za-z0-9-]{0,9}\)?$")


def glossed_term(text: str) -> bool:
    """A heading (or line) that names a term in CJK script, then in English with its abbreviation (``_GLOSSED_TERM``):
    a topic or a glossary entry, never the title of a work."""
    return _GLOSSED_TERM.match(" ".join(text.split())) is not None


def names_work(text: str, min_words: int = 3) -> bool:
    """A link text that names a work (``min_words`` words or more; no label such as ``[paper]`` or
    ``[ICLR 2023]``, no address) rather than saying what the link is."""
    from medkg.classify import is_link_label

    t = _clean_title(text)
    return len(t.split()) >= min_words and not t.startswith(("http", "www.")) and not _LINK_LABEL_ONLY.match(t) \
        and not is_link_label(t)



#: the fewest words of a link text naming the paper whose PDF it links (``names_linked_pdf``)
_MIN_PDF_NAME_WORDS = 2
#: a link text closed by a year, four digits or an apostrophe's two ("CVPR 2017", "MICCAI'19"): a venue tag
#: (searched in the text's last characters only)
_CLOSING_YEAR = re.compile(r"(?:(?:19|20)\d\d|['’‘]\d\d)\)?[ \t]*$")


def names_linked_pdf(text: str) -> bool:
    """The text of a link to a paper's own PDF names that paper: two words or more, no label (``[PDF]``,
    ``[Paper]``), no venue tag closed by its year (``[CVPR 2017]``, ``[MICCAI'19]``). A short name ending in a
    number of its own (``NIH Chest X-ray 14``) is a name: a venue tag's year has four digits or an apostrophe."""
    t = _clean_title(text)
    if len(t.split()) < _MIN_PDF_NAME_WORDS or t.startswith(("http", "www.")) or is_link_label(t):
        return False
    return _LINK_LABEL_ONLY.match(t) is None or _CLOSING_YEAR.search(t[-12:]) is None


#: the words a lead-in stops on, running into a link that names an author's work: "Lab: Implementation of
#: [Shaffer et al.](…)", "Data from [Lee and Park (2019)](…)" (a title never ends in them)
_RUN_IN_WORDS = frozenset({"of", "by", "from", "in", "on", "to", "after", "following"})
#: a short author citation, no title in it: "Shaffer et al.", "Lee and Park", "Lee & Park (2019)", "Ng et al. 2020"
#: (applied to a link's text of at most ``_SHORT_CITE_CHARS`` characters; every part bounded, nothing nested)
_SHORT_AUTHOR_CITE = re.compile(r"[A-Z][^\W\d_]{0,30}(?:[-'’][A-Z]?[^\W\d_]{1,30})?"
                                r"(?:\s+et\.?\s?al\.?|\s+(?:and|&)\s+[A-Z][^\W\d_]{0,30}(?:[-'’][A-Z]?[^\W\d_]{1,30})?)"
                                r",?\s?(?:\(?(?:19|20)\d\d[a-z]?\)?)?")
_SHORT_CITE_CHARS = 60
#: the verbs of a paper's own sentence introducing the work it names ("Here, we introduce [OmegaFold](…), …")
_INTRODUCING_VERBS = frozenset({"introduce", "present", "propose", "describe", "develop", "report", "release"})
#: the most words between "we" and its introducing verb ("we also introduce", "we here present")
_INTRODUCING_GAP = 2


def lead_runs_into_link(lead: str, link_text: str) -> bool:
    """The text before an item's first link is an unfinished sentence running into it, so the link's text names the
    work and the lead is a note: ``- Lab: Implementation of [Shaffer et al.](nature…), due Oct 10`` (a lead-in
    stopping on a preposition before a link whose text is a short author citation, ``_SHORT_AUTHOR_CITE``), ``*
    Here, we introduce [OmegaFold](biorxiv…), the first computational method …`` (an abstract's "we introduce",
    "we present", … before the linked name). Why: read as a title, the lead titled the work ("Lab: Implementation
    of", "Here, we introduce"). A title that only partly links ("The common biology of [cancer and ageing](…)")
    runs on in the link's lower-case words, no author citation; a single pass over the lead's last words."""
    words = " ".join(lead.split()).rstrip(" *_").lower().split()
    if not words:
        return False
    last = words[-1].strip(",;")
    text = " ".join(link_text.split()).strip(" *_")
    if last in _RUN_IN_WORDS:
        return len(text) <= _SHORT_CITE_CHARS and _SHORT_AUTHOR_CITE.fullmatch(text) is not None
    verb = last[:-1] if last.endswith("s") and last[:-1] in _INTRODUCING_VERBS else last
    if verb not in _INTRODUCING_VERBS or not names_work(text, min_words=1):
        return False
    return "we" in (w.strip(",") for w in words[-2 - _INTRODUCING_GAP:-1])


#: the last words of a sentence left hanging before the link it runs into, which no title ends in: prepositions
#: ("inspired by", "similar to"), articles ("Clone and build the") and verbs that point at a work ("we recommend",
#: "see", "read")
_DANGLING_ENDS = frozenset({"of", "by", "from", "in", "on", "to", "for", "with", "at", "into", "via", "than", "like",
                            "about", "after", "following", "the", "a", "an", "see", "recommend", "read", "cite",
                            "consult"})


def ends_dangling(text: str) -> bool:
    """``Visualization of importance areas based on``, ``Saliency maps as in``, ``see``: the words end on one no
    title ends in (a preposition, an article, "see": ``_DANGLING_ENDS``), so they are a sentence left hanging before
    the link it runs into. One look at the last word."""
    words = text.rstrip(" *_:,;").split()
    return bool(words) and words[-1].lower() in _DANGLING_ENDS


#: nouns by which a lead names the work its link points at ("another article on", "a paper about")
_WORK_NOUNS = frozenset({"article", "paper", "preprint", "review", "survey", "study", "work"})


#: the most words of a link's text read as a journal's full name after a dangling lead ("Nature Medicine")
_JOURNAL_NAME_WORDS = 4


def lead_dangles_into_link(lead: str, link_text: str) -> bool:
    """``- Our taxonomy was inspired by [A Survey of Large Language Models in Medicine](arxiv…), which …``, ``-
    Similar to [BYOL](arxiv…), MSF …``, ``- [ ] Clone and build the [SAM repository](github…)``: a lead of two words
    or more ending in a word no title ends in (a preposition, an article, "see", "recommend": ``_DANGLING_ENDS``)
    is a sentence running into the link, so the link's text names the line's work (or its tool) and the lead is a
    note. Why: read as a title, the lead titled the work ("Our taxonomy was inspired by"). The link's text must
    name something and start as a name does, upper-case or a digit ("SAM repository", "BYOL"): a title linked only
    in its lower-case tail ("The common biology of [cancer and ageing](…)") runs on into the link, and a venue
    ("Published in [Nature Medicine](…)", ``citation.names_venue``, ``citation.names_journal``) names no work. A
    single pass over the lead's last word."""
    words = " ".join(lead.split()).rstrip(" *_").split()
    if len(words) < 2 or words[-1].strip(",;").lower() not in _DANGLING_ENDS \
            and not (words[-1].lower().endswith("s") and words[-1][:-1].lower() in ("recommend", "cite")):
        return False
    text = _clean_title(" ".join(link_text.split()).strip(" *_"))
    # (a journal named in full is four words at most here: "A Survey of … in Medicine" holds a venue word too)
    # (a lower-case link's text too, when the lead names the work it points at by a noun for a work just before
    # its preposition: "- [ ] another max welling article on [norm flows](arxiv…)" is that article's entry, while "The
    # common biology of [cancer and ageing](…)" links a title's tail)
    named_by_lead = words[-2].strip(",;").lower() in _WORK_NOUNS
    return (text[:1].isupper() or text[:1].isdigit() or named_by_lead) and names_work(text, min_words=1) \
        and not names_venue(text) \
        and not (len(text.split()) <= _JOURNAL_NAME_WORDS and names_journal(text))


def date_stamped_link(lead: str, first: _RawLink | None) -> bool:
    """``2021 - [mokapot](github…) - python - … - [paper](…)``, ``14 January, 2020 - [Imai N, … Report 1](…)``: a
    date alone before the line's first link stamps an item whose link's text names its work or its tool (a tool
    list sorted by year gives each tool's one-word name; a year is never the title, so the name is the item's, not
    a two-word lead of prose running into a link). Not ``2020 - [here](…)``: a label or a bare pointer names
    nothing."""
    from medkg.classify import is_bare_pointer

    return first is not None and not first.bare and _DATE_LEAD.match(lead) is not None \
        and names_work(first.text, min_words=1) and not is_bare_pointer(_clean_title(first.text))


def unlinked_title(plain: str, empty_link_texts: list[str]) -> tuple[str, str] | None:
    """The title and the rest of a link-less item that opens with a URL-less link naming a work
    (``[Title of the work]() | MICCAI``), or None: the link's text is the title, what follows describes it."""
    if not empty_link_texts or not names_work(empty_link_texts[0], _UNLINKED_TITLE_WORDS):
        return None
    text = empty_link_texts[0]
    head = plain.lstrip(" \t*_")
    if not head.startswith(text):
        return None
    return _clean_title(text), head[len(text):].strip(" \t|-–—,;:*_")


#: a year alone in a pipe record's first cell ("2019 |", "**2019** |"): the record's date, not part of its title
_YEAR_CELL = re.compile(r"[*_ ]*((?:19|20)\d\d)[*_ ]*")


def year_led_pipe_record(plain: str) -> tuple[str, str, str] | None:
    """``* 2019 | Multi-objective Bayesian optimisation with preferences over objectives | multi-obj EHI-BO``: a
    link-less reading list that writes each work as a table row without the table, its year first, then the title,
    then the curator's tags → (year, title, tags), or None. Why: with no link and no trailer the whole line became
    the title, its year and tags included. Only a one-line item whose first cell is a year alone and whose second
    cell names a work of three words or more (the longer cell after the year, as ``parse.pipe_title`` reads a
    dated row); constant work per line (one split)."""
    if "\n" in plain or " | " not in plain:
        return None
    cells = [c.strip() for c in plain.split(" | ")]
    if len(cells) < 2 or _YEAR_CELL.fullmatch(cells[0]) is None or not names_work(cells[1], 3):
        return None
    return _YEAR_CELL.fullmatch(cells[0])[1], cells[1], " | ".join(c for c in cells[2:] if c)


#: an emoji shortcode closing a heading or a line ("… (2021) :book:"): an icon, no colon of its words
_CLOSING_SHORTCODE = re.compile(r":[a-z0-9_+-]{1,40}:$")


def colon_closed(text: str) -> bool:
    """``Objective : mimic the structure of noise when there are :``: the text's words end on a colon, as a label
    that introduces what follows does (an emoji shortcode closing it, ":book:", is no such colon)."""
    text = text.strip().rstrip("*_ \t")
    return text.endswith(_COLONS) and _CLOSING_SHORTCODE.search(text, max(0, len(text) - 43)) is None


#: an emoji shortcode standing as a link's whole text ("[[:heavy_division_sign:](…)]"): an icon, never title words
_SHORTCODE_TEXT = re.compile(r":[a-z0-9_+-]{2,40}:")


def bold_lead_title(inl: _Inline) -> str:
    """The bold lead of ``inl`` without the bracketed links that open or close it, each labelled by what it is:
    ``**[[статья](arxiv…)] (SEP2017) Title [[сайт](…)] [[код](github…)]**`` → ``(SEP2017) Title``.

    Why: a list that bolds its whole item line, its role links set in square brackets around the title, has its
    bold-titled block read by the bold text, and that text holds the links' labels as written ("[статья]",
    "[код]"). The labels are the item's links, not words of its title. Only a literal bracket pair around one
    link whose text is a role, a home label or an icon shortcode is cut, and only at the lead's edges (a run of
    them); a bracketed link inside the title ("**Title [A]( …) and [B](…)**"), one naming a work, or a lead that
    would be left empty keeps its text."""
    lead = inl.strong_lead
    if "[" not in lead or not inl.links:
        return lead
    at = inl.plain.find(lead)
    if at < 0:
        return lead
    spans = []
    for link in inl.links:
        if link.image or link.bare or link.start < at + 1 or link.end > at + len(lead) - 1:
            continue
        if inl.plain[link.start - 1] != "[" or inl.plain[link.end] != "]":
            continue
        text = link.text.strip()
        if text and (is_link_label(text) or is_home_label(text) or _SHORTCODE_TEXT.fullmatch(text)):
            spans.append((link.start - 1 - at, link.end + 1 - at))
    if not spans:
        return lead
    spans.sort()
    start, end = 0, len(lead)
    for a, b in spans:  # the run that opens the lead
        if lead[start:a].strip():
            break
        start = b
    for a, b in reversed(spans):  # the run that closes it
        if b <= start or lead[b:end].strip():
            break
        end = a
    title = lead[start:end].strip()
    return title if title and any(ch.isalnum() for ch in title) else lead


def _drop_closing_stop(title: str) -> str:
    """``TransUNet: … Segmentation.``, ``… for Longitudinal EHR.``: the full stop ends a one-sentence title,
    it is not part of it (kept after a short abbreviation or an initial: ``… et al.``, ``Vol.``, ``J.``, and after
    hyphenated initials, ``**Zhou, Z.-H.** (2012)``: a bold byline's last given name, not a title's sentence end)."""
    if not title.endswith(".") or ". " in title or title.endswith(".."):
        return title
    last = title.rsplit(" ", 1)[-1][:-1]
    if _dotted_initials(last):
        return title
    if len(last) > 3 or (len(last) >= 2 and last.isupper() and last.isalpha()):  # "…Segmentation.", "…EHR."
        return title[:-1]
    return title


def _dotted_initials(word: str) -> bool:
    """``Z.-H``, ``J.-P``, ``W.V.d`` (the closing stop cut): initials with a stop inside, hyphenated as Chinese and
    French given names are ("Zhou, Z.-H.", "Sartre, J.-P."); longer than the three letters of "J." or "Vol.", they
    would read as a title's last word, yet their stop belongs to them, as an initial's does."""
    from medkg import citation

    return "." in word and citation.is_initials(word + ".")


#: ``Title, B. Shickel et al.``, ``Title, Miotto R. et.al.``: a first author closing a linked title
#: (the same strings as ``\s*[,，]\s*[^,，()（）\[\]]{1,40}?\s+et…``, written so that no run of white space can
#: be split between two quantifiers: that form was quadratic in a run's length at each position, cubic
#: in all; the name between comma and "et al" is 1–40 characters that start and end with no space)
_ETAL_TRAILER = re.compile(r"(?<!\s)\s*[,，](?:\s*[^\s,，()（）\[\]](?:[^,，()（）\[\]]{0,38}[^\s,，()（）\[\]])?\s+|\s{2,})"
                           r"et\.?\s?al\.?\s*$")
#: "Title, Karen Simonyan et at": the slip "et at" for "et al." closing a first author's full name after a title
_ETAT_TRAILER = re.compile(r"[,，]\s*(?P<name>[A-Z][^\s,，()（）\[\]]*(?: [^\s,，()（）\[\]]+){1,3}) et at\s*$")


#: the most characters a short name (or note) in brackets after a dashed byline holds: "(AlexNet)", "(Imagen, by Google)"
_MAX_DASHED_BYLINE_NOTE = 60
#: the most characters of a dashed byline: a few surnames, "Surname et al.", a lab's name
_MAX_DASHED_BYLINE = 80
#: the most words one name of a dashed byline holds ("Hinton", "Geoffrey Hinton", "Ludwig van Beethoven")
_MAX_DASHED_NAME_PIECE_WORDS = 3
#: the lower-case words a surname may hold
_NAME_PARTICLES = frozenset("van von de der den da di du del la le ter".split())


def _camel_org(word: str) -> bool:
    """``OpenAI``, ``DeepMind``: a one-word name with a capital inside it after a lower-case letter, as labs and
    companies write theirs ("Part", "II", "Google" have none)."""
    return word[:1].isupper() and any(a.islower() and b.isupper() for a, b in zip(word, word[1:]))


def cut_dashed_byline(s: str) -> tuple[str, str]:
    """``Going Deeper with Convolutions – Szegedy et al. (GoogLeNet/Inception)``, ``Learning representations by
    back-propagating errors – Rumelhart, Hinton, Williams``, ``GPT-4 Technical Report – OpenAI`` → (title, the byline
    and its note); (s, "") otherwise. A reading list of landmark papers (a Korean blog's, "\\[2014\\] Title – Authors
    (Nickname)") writes each title, a spaced en or em dash, then who wrote it and the short name the work goes by.

    Why: nothing else parts the authors from an unlinked title, so they ran on into it. The byline must read as one
    (``reads_as_byline``) and say so by its shape: several capitalised names parted by commas or "&", or "et al.", or a
    lab's one-word name written with an inner capital ("OpenAI", "Google DeepMind"); "– Part II", "– A Review",
    "– a survey" name no one. The last spaced dash is the one (a title may hold its own, "X – Y: Z – Authors").
    Linear: one reverse find, then word tests on a bounded tail."""
    at = max(s.rfind(" – "), s.rfind(" — "))
    if at <= 0:
        return s, ""
    title, tail = s[:at].rstrip(), s[at + 3:].strip()
    byline = tail
    if byline.endswith((")", "）")):
        opened = max(byline.rfind("("), byline.rfind("（"))
        if 0 < opened and len(byline) - opened <= _MAX_DASHED_BYLINE_NOTE:
            byline = byline[:opened].rstrip()
    byline = byline.rstrip(" .,;")
    if not byline or len(byline) > _MAX_DASHED_BYLINE or any(c in byline for c in "()（）[]:：") \
            or not names_work(title, min_words=2):
        return s, ""
    words = byline.split()
    # ("Kingma & Ba": the byline reader parts names at commas, as "Kingma, Ba"; an "and" joins a title's words as
    # often as two names, "IDRiD: Diabetic Retinopathy – Segmentation and Grading Challenge", so it parts none here)
    names = [n.strip() for n in byline.replace(" & ", ", ").split(",")]
    several = "et al" in byline or len(names) >= 2 and all(
        1 <= len(n.split()) <= _MAX_DASHED_NAME_PIECE_WORDS and all(w[:1].isupper() or w in _NAME_PARTICLES
                                                                    for w in n.split()) for n in names)
    org = len(words) <= 3 and all(w[:1].isupper() for w in words) and any(_camel_org(w) for w in words)
    if not (org or several and reads_as_byline(", ".join(names))):
        return s, ""
    return title, tail


def _cut_etal_trailer(s: str) -> tuple[str, str]:
    if s.endswith(" et at") and (slip := _ETAT_TRAILER.search(s)) is not None \
            and len(s[:slip.start()].split()) >= 3 and personal_name(slip.group("name")):
        # (a hand-typed list's slip, read only after a person's full name: the byline is the name and "et al.")
        return s[:slip.start()].rstrip(), f"{slip.group('name')} et al."
    m = _ETAL_TRAILER.search(s) if "al" in s else None
    if m is not None and len(s[:m.start()].split()) == _MIN_TITLE_WORDS_BEFORE_INNER_ETAL \
            and personal_name(_etal_trailer_name(s[m.start():])):
        # "Squeeze-and-Excitation Networks, Jie Hu et al" (then ", CVPR 2018, …"): a two-word title before a first
        # author's full name and "et al." (a person's full name vouches for the byline; any other short lead keeps
        # three words, "Chest CT, Wang et al." stays whole)
        return s[:m.start()].rstrip(), s[m.start():].strip(" ,，")
    if m is None or len(s[:m.start()].split()) < 3:
        return _cut_vancouver_etal_trailer(s) if "al" in s else (s, "")
    return s[:m.start()].rstrip(), s[m.start():].strip(" ,，")


def _etal_trailer_name(trailer: str) -> str:
    """``, Jie Hu et al.`` → "Jie Hu": the name of a ``_ETAL_TRAILER`` match (its comma, spaces and "et al" cut)."""
    name = trailer.strip(" ,，.")
    return name[: name.rfind(" et")].strip() if " et" in name else ""


#: a first author's full name between commas, closed by "et al." (or the slips "et all", "et at"), then more comma'd
#: fields: "Title, Sheng Zhang et al, AAAI 2018, South China University of Technology 金连文组", "Title, Pengyuan Lyu
#: et al, HUST 白翔组"
_INNER_ETAL_BYLINE = re.compile(r"[,，]\s*(?P<name>[A-Z][^\s,，()（）\[\]]*(?: [^\s,，()（）\[\]]+){1,3}) "
                                r"(?P<etal>et\.?\s?(?:al\b\.?|all\b|at\b))\s*[,，]\s*(?=\S)")


#: the fewest words of a title before a first author's full name and "et al." between commas: two, as in
#: "Squeeze-and-Excitation Networks, Jie Hu et al, CVPR 2018, …" and "Mask R-CNN, Kaiming He et al, ICCV 2017" (the
#: full name, ``personal_name``, and the "et al." after it vouch for the byline; a one-word lead may be a short
#: name or a label, never cut so)
_MIN_TITLE_WORDS_BEFORE_INNER_ETAL = 2


def cut_inner_etal_byline(s: str) -> tuple[str, str]:
    """``Title, Sheng Zhang et al, AAAI 2018, South China University of Technology`` → (the title, "Sheng Zhang et
    al., AAAI 2018, …"): a title-first line whose byline is its first author's full name and "et al.", followed by
    the venue, the year or the lab in any shape. Why: the year trailer is cut only where the venue and year close
    the line; a lab or an affiliation after them ("…, CVPR 2018, Momenta and Oxford University", "…, HUST 白翔组")
    left the byline, the venue and the lab in the title. A person's full name (``personal_name``) then
    "et al." between commas is a byline in any list; the title before it keeps two words at least. The slip "et
    at" (hand-typed lists) is read as "et al." only here, between a full name and a comma. (s, "") otherwise."""
    if " et" not in s:
        return s, ""
    m = _INNER_ETAL_BYLINE.search(s)
    if m is None or len(s[:m.start()].split()) < _MIN_TITLE_WORDS_BEFORE_INNER_ETAL \
            or not personal_name(m.group("name")):
        return s, ""
    rest = s[m.end():]
    if not (_YEAR_IN_TEXT.search(rest) or "," in rest or "，" in rest or any(map(_is_cjk, rest))):
        # "Title, *Ana Lopez et al, MICCAI.*": a lone venue after the name is the byline's own closing word, read
        # (with the emphasis that sets it off) where the item's byline is; only a lab or a dated venue after the
        # byline, which no byline reader takes, is cut here
        return s, ""
    return s[:m.start()].rstrip(), f"{m.group('name')} et al., {s[m.end():].strip()}"


#: ", et al." closing a lead: the comma a Vancouver byline sets before its "et al." ("…, Miller T, et al.")
_COMMA_ETAL_END = re.compile(r"[,，]\s*et\.?\s?al\.?\s*$")
#: one Vancouver name in a byline that follows a title: a capitalised surname (after lower-case particles, "van der
#: Berg J"), then one or two capitals as undotted initials ("Dligach D", "Santos MA"); two at most, so that a title's
#: comma'd acronym phrase ("…, Chest CT, …") is rarer to take for one
_TRAILING_VANCOUVER_NAME = re.compile(r"(?:[a-z]{1,4} ){0,2}[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? [A-Z]{1,2}")


def _cut_vancouver_etal_trailer(s: str) -> tuple[str, str]:
    """``Learning Patient Representations from Text, Dligach D, Miller T, et al.`` → (the title, "Dligach D, Miller
    T, et al."): a plain title, a comma, then a Vancouver byline ("Surname INITIALS" names between commas) closed by
    ", et al." before the paper's link, as NLM-minded reading lists write it; the comma before "et al." keeps
    ``_ETAL_TRAILER`` (one name, then "et al.") from reading it. Every chunk between the title and "et al." must be
    such a name, so "Deep Learning, Fast and Slow, et al." cuts nothing, and the title keeps three words at least
    (a short title's own comma'd words are never read as a name: "Chest CT, Wang X, et al." stays whole). (s, "")
    when the lead does not close so."""
    m = _COMMA_ETAL_END.search(s) if s.rstrip(" .").endswith("al") else None
    if m is None:
        return s, ""
    head = s[:m.start()]
    cut = len(head)
    while (comma := max(head.rfind(",", 0, cut), head.rfind("，", 0, cut))) > 0 \
            and _TRAILING_VANCOUVER_NAME.fullmatch(head[comma + 1:cut].strip()) and len(head[:comma].split()) >= 3:
        cut = comma
    if cut == len(head):
        return s, ""
    return head[:cut].rstrip(), s[cut:].strip(" ,，")


#: the opening of a parenthesised venue and year that the item's first link sits inside and closes:
#: "*Title (**bioRxiv 2025** | [code](…))*", "Title (Nat Commun 2023, [code](…))"; the lead before the link
#: ends on the venue and year (and the separator before the link), the closing bracket comes after the link
_OPEN_YEAR_TRAILER = re.compile(r"(?<!\s)\s*[(（](?=[^()（）]{0,60}?(?<!\d)(?:19|20)\d\d[a-z]?\s*[|,，;；]?\s*$)"
                                r"[^()（）]{0,60}$")


def cut_open_year_trailer(lead: str) -> tuple[str, str]:
    """``Title (**bioRxiv 2025** | `` before ``[code](…))`` → ("Title", "(bioRxiv 2025"): the lead text before an
    item's first link that ends inside an unclosed bracket holding a venue and a year is a title, then the
    citation trailer the link is a part of (the link's own bracket closes it). (lead, "") when the lead does not
    end so; a short name ("V-Net (3DV 2016 | [code](…))") keeps its tag, as ``_cut_year_trailer`` does."""
    s = lead.rstrip()
    m = _OPEN_YEAR_TRAILER.search(s) if "19" in s or "20" in s else None
    if m is None or len(s[:m.start()].split()) < 3 or not _is_meaningful(s[:m.start()]):
        return lead, ""
    return s[:m.start()].rstrip(), s[m.start():].strip().rstrip("|,，;； \t")


def _title_clause_end(s: str, m: re.Match) -> int:
    """``Towards a … at single-cell, single-spike resolution. NeurIPS 2024``: where a comma-led trailer's match
    really starts. The comma alternative of ``_YEAR_TRAILER`` reaches back over a sentence stop when the title's
    last clause is short; text after the comma that opens lower-case and ends in ". " before the venue is the
    title's own clause (a venue opens with a capital or an acronym: ``, Proc. IEEE 2020``, ``, MICCAI 2019``), so
    the trailer starts at that stop. m.start() when the trailer is not so."""
    if s[m.start()] not in ",，":
        return m.start()
    after = s[m.start() + 1:].lstrip()
    stop = after.find(". ")
    if stop < 1 or not after[:1].islower() or not any(ch.isupper() for ch in after[stop + 2:stop + 3]):
        return m.start()
    clause = after[:stop]
    if any(ch.isdigit() for ch in clause) or clause.replace(".", "").replace(" ", "") == "etal":
        # (", et al. COLM 2024": the "et al." closing a byline, "Title. Junying Chen, et al. COLM 2024.", is no clause
        # of the title's; ``_byline_clause_start`` reads the byline)
        return m.start()
    return len(s) - len(after) + stop


#: the plural endings of the abstract nouns a title's closing series is made of ("Opportunities", "Considerations",
#: "Directions", "Extensions"), never a surname's
_PLURAL_NOUN_ENDINGS = ("tions", "sions", "ities")


def _enumeration_clause_end(s: str, m: re.Match) -> int | None:
    """``Editing Large Language Models: Problems, Methods, and Opportunities. 2023.`` / ``…: Opportunities, Risks and
    Considerations. 2023.``: where the trailer really starts (the stop before the bare year) when the comma-led
    trailer's text before that stop is the last member of the title's own series, else None.

    Why: a list that writes each work as "Title. Year. [paper](…)" leaves only the stop between the title and its
    year; the comma alternative of ``_YEAR_TRAILER`` starts at the series' last comma, and its last member, "Risks
    and Considerations", read as a byline of two surnames ("Title, Smith and Jones. 2019"). The member is the title's
    when it opens with "and"/"&" (an Oxford comma's last member: a byline cut there would leave its first names in
    the title anyway) or holds an abstract noun's plural (``_PLURAL_NOUN_ENDINGS``). Only a stop then the year alone
    closes it: "…, Nature Methods. 2019" names no member either way and "…, Smith et al. 2019" is a byline. Constant
    work: the trailer's match is at most ~60 characters."""
    if s[m.start()] not in ",，":
        return None
    trailer = s[m.start() + 1:].rstrip(" .。")
    year_at = len(trailer) - 4
    if year_at < 3 or not trailer[year_at:].isdigit():
        return None
    head = trailer[:year_at].rstrip()
    if not head.endswith(".") or head.endswith(("al.", "al .")):
        return None
    clause = head[:-1].strip()
    words = clause.split()
    if not words or any(ch.isdigit() for ch in clause) or "." in clause:
        return None
    if not (words[0].casefold() in ("and", "&")
            or any(w.casefold().strip("’'").endswith(_PLURAL_NOUN_ENDINGS) for w in words)):
        return None
    return m.start() + 1 + len(trailer[:year_at].rstrip()) - 1


def _ends_on_initial(s: str, stop: int) -> bool:
    """The stop at ``stop`` closes an initial ("H. Chang"): one capital letter, no letter before it."""
    return s[stop - 1].isupper() and (stop < 2 or not s[stop - 2].isalpha())


def _byline_clause_start(s: str, m: re.Match) -> int | None:
    """``Stacked Predictive Sparse Decomposition …. Hang Chang, Bahram Parvin. CVPR 2015.``: where the byline
    the comma-led trailer cuts through really starts (the stop before it), or None when the trailer is not so.

    Why: the comma alternative of ``_YEAR_TRAILER`` starts at the byline's last comma, leaving the first author
    glued to the title ("… Sections. Hang Chang"). A title closed by its stop, then two names and more separated
    by commas and closed by a stop of their own, then the venue and year, is a title-first reference as reading
    lists write it before their ``[[paper]]`` links; the names (a byline ``reads_as_byline`` reads, no digit) go
    to the trailer. One name alone after the stop ("U-Net. Convolutional Networks, MICCAI 2015") may be the
    title's own sentence, so the comma inside the byline is required."""
    if s[m.start()] not in ",，":
        return None
    stop = s.rfind(". ", 0, m.start())
    while stop > 0 and _ends_on_initial(s, stop):
        stop = s.rfind(". ", 0, stop)  # "H. Chang, B. Parvin": an initial's stop is inside the byline
    end = s.find(". ", m.start())
    while end > 0 and _ends_on_initial(s, end):
        end = s.find(". ", end + 1)
    if stop < 1 or end < 0 or end >= m.end() or len(s[:stop].split()) < 3:
        return None
    byline = s[stop + 2:end]
    if any(ch.isdigit() for ch in byline) or not byline[:1].isupper() or not reads_as_byline(byline):
        return None
    return stop + 1


def _before_closing_marks(s: str) -> str:
    """``Simple Model of Spiking Neurons (IEEE TNN 2003) 🧠.`` → ``… (IEEE TNN 2003)``: the text before a closing
    run of pictographs (and the stop after them), which a list's legend gives meaning to (🧠 must-read, 🏆 state of
    the art); ``s`` itself when it closes on no pictograph after a space. Why: the marks sat between the venue
    bracket and the line's end, and the bracket no longer closed the title, so it stayed a part of it."""
    start = _closing_marks_start(s, len(s))
    return s if start is None else s[:start]


def _closing_marks_start(s: str, end: int) -> int | None:
    """Where the closing run of pictographs of ``s[:end]`` starts (``_before_closing_marks``), or None."""
    while end > 0 and s[end - 1] in " \t.。":
        end -= 1
    start = end
    while start > 0 and (_DECORATION_CHAR.match(s[start - 1]) or s[start - 1] in " \t"):
        start -= 1
    if start == end or start == 0 or s[start] not in " \t":
        return None
    return start


#: one pictograph, or a joiner or variation selector inside one (the characters ``_DECORATION`` runs are made of)
_DECORATION_CHAR = re.compile(f"[{PICTOGRAPH_CHARS}]")


def _venue_year_bracket(trailer: str) -> bool:
    """``(ICLR 2018)``, ``(aka: GAT; ICLR 2018)``, ``(NeurIPS 2021 Workshop)``: a bracketed trailer whose last part
    (after a nickname's semicolon) is a venue and a year, as ``_VENUE_YEAR`` reads one; "(2004 onwards)", a bare year
    or a date, names no venue. (No regex of its own: a slice and ``_VENUE_YEAR``.)"""
    t = trailer.strip()
    if len(t) < 7 or t[0] not in "(（" or t[-1] not in ")）":
        return False
    return _VENUE_YEAR.match(t[1:-1].replace("；", ";").rsplit(";", 1)[-1].strip()) is not None




def _dashed_venue(trailer: str) -> bool:
    """Whether a trailer set off by a dash (``— Medical Image Analysis, 2021``, ``– MICCAI 2022``) names a venue
    before its year: a journal or a conference ``citation`` knows, not a phrase that goes on with the title."""
    venue = re.sub(r"[,，]?\s*(?:19|20)\d\d\W*$", "", trailer.strip().lstrip("—–").strip()).strip(" ,.")
    return bool(venue) and (names_journal(venue) or names_venue(venue))


def _cut_year_trailer(s: str) -> tuple[str, str]:
    """``_year_trailer_cut`` of ``s`` once its closing separators and pictograph runs are peeled off: "Title —
    Medical Image Analysis, 2021 — [pdf](…)" (the dash parts the trailer from the links, not a title's words from
    one another), "Simple Model … (IEEE TNN 2003) 🧠." The cut stands only if it found a trailer and, past a
    separator, a title of three words or more ("14 January, 2020 - [Report 1: …](…)" is a date stamp before a
    link); else ``s`` stands whole. Peeled by index in one loop: a recursion per peel (with a copy of the text each)
    raised RecursionError on a lead closing on 1,000 " |"."""
    end, separated = len(s), False
    while True:
        if (start := _closing_separator_start(s, end)) is not None:
            end, separated = start, True
        elif (start := _closing_marks_start(s, end)) is not None:
            end = start
        else:
            break
    title, trailer = _year_trailer_cut(s[:end] if end < len(s) else s)
    if end < len(s) and (not trailer or separated and len(title.split()) < 3):
        return s, ""
    return title, trailer


def _closing_separator_start(s: str, end: int) -> int | None:
    """Where the separator closing ``s[:end]`` starts (" — ", " |", " -" after the text, spaces around it, a newline
    after it at most), or None. A scan back from ``end``: peeling thousands costs one pass."""
    if end > 0 and s[end - 1] == "\n":
        end -= 1
    while end > 0 and s[end - 1] in " \t":
        end -= 1
    if end == 0 or s[end - 1] not in "—–|·-":
        return None
    start = end - 1
    while start > 0 and s[start - 1] in " \t":
        start -= 1
    return start if start < end - 1 else None


def _year_trailer_cut(s: str) -> tuple[str, str]:
    """The title and its closing date-and-venue trailer of a text that closes on neither separator nor marks."""
    m = _YEAR_TRAILER.search(s) if "19" in s or "20" in s or s[-1:] in (")", "）") else None
    if m is None or not _is_meaningful(s[:m.start()]):
        return s, ""
    if m.group().lstrip()[:1] in ("—", "–") and not _dashed_venue(m.group()):
        return s, ""  # "COVID-19 in Pathology Labs — Lessons for 2020": the dash goes on with the title
    if (start := _title_clause_end(s, m)) != m.start():
        return s[:start].rstrip(), s[start:].strip(" .")
    if (start := _enumeration_clause_end(s, m)) is not None:
        return s[:start].rstrip(), s[start:].strip(" .")
    if (start := _byline_clause_start(s, m)) is not None:
        return s[:start - 1].rstrip(), s[start:].strip(" .")
    if len(s[:m.start()].split()) < 3 and not any(map(_is_cjk, s)) and any(ch.isalpha() for ch in m.group()):
        return s, ""  # "V-Net (3DV 2016)": a short name keeps its tag; "ChatDoctor (2023-03-24)" loses a bare date
    title = s[:m.start()].rstrip()
    if s[m.start()] == "." and ". " in title:
        return s, ""  # "Title. Esteva et al. Nature 2017.": a whole reference, for ``citation`` to split
    if s[m.start()] in ",，" and (stop := title.find(". ")) > 0 \
            and vancouver_authors(title[:stop].removesuffix(", et al").removesuffix(" et al")):
        # "Agarwal S, Yu H. … into Introduction, Methods, Results and Discussion. *Bioinformatics*. 2009.": a
        # Vancouver byline (perhaps closed by "et al.") opens a whole reference, for ``citation`` to split; cut at
        # the title's last comma, its series' close ("Results and Discussion") read as a byline before the venue
        return s, ""
    if s[m.start()] == "." and ", " in title and (named := title_comma_lone_name(title, s[m.start():])) is not None:
        # "Tutorial on Variational Autoencoders(VAEs), Carl Doersch. August, 2016.": the title's comma, then its one
        # author's full name, then the date alone: the name goes to the trailer
        return named[0], s[len(named[0]):].strip(" ,")
    return title, s[m.start():].strip()


#: the bracket pairs a date-and-venue tag is set in: "(2019-CVPR)", "[MICCAI 2021]", "（2020 TMI）"
_TAG_BRACKETS = {"(": ")", "[": "]", "（": "）"}


def bracketed_date_tag_only(text: str) -> bool:
    """``(2019-CVPR)``, ``(2019-Medical Image Analysis )``, ``[MICCAI 2021]``: the whole text is one bracketed tag
    holding a year (a work's date and venue) and nothing else. Why: a list's record template left unfilled
    (``- *(2019-CVPR)* **** [[Paper]](), [[Code]]()``) keeps only its tag, which then stood in as a title; a tag
    dates and places a work but never names one. (No regex: a scan of one short text.)"""
    s = text.strip()
    if len(s) < 6 or len(s) > 60 or _TAG_BRACKETS.get(s[0]) != s[-1]:
        return False
    inner = s[1:-1]
    if any(c in inner for c in "()[]（）"):
        return False
    return _YEAR_IN_TEXT.search(inner) is not None


def _is_meaningful(s: str) -> bool:
    """At least two letters or digits (stops early: it runs on every text of every entry)."""
    seen = 0
    for ch in s:
        if ch.isalnum():
            seen += 1
            if seen >= 2:
                return True
    return False


def _is_cjk(ch: str) -> bool:
    o = ord(ch)
    return 0x3400 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF or 0x20000 <= o <= 0x2FA1F


def _outside_brackets(text: str) -> tuple[str, int]:
    """``text`` without its bracketed tags (``[2023/11]``, ``【Name】``), and the brackets still open at its end."""
    pre, depth = [], 0
    for ch in text:
        if ch in "[(（【":
            depth += 1
        elif ch in "])）】":
            depth = max(0, depth - 1)
        elif not depth:
            pre.append(ch)
    return "".join(pre), depth


def _open_bracket_words(text: str) -> str:
    """The words ``text`` leaves inside its still-open brackets: ``[Schlegl et al.] [Title of the work (`` → "Title
    of the work (". Why: a bold span right after an open bracket is the tag's short name (``【**SIGMMA**】``), but one
    after words in the same brackets is a name closing a bracketed title (``[Title (**AnoGAN**)]``), not the title."""
    opened: list[int] = []
    for i, ch in enumerate(text):
        if ch in "[(（【":
            opened.append(i)
        elif ch in "])）】" and opened:
            opened.pop()
    return text[opened[0] + 1:] if opened else ""


def _closing_bold(lead: str, em: tuple[int, int], bold: list[tuple[int, int]]) -> int:
    """Where a bold text closing the emphasis ``em`` (``*Title. **Venue**.*``) starts; the emphasis's end if none
    (a bold word inside the title, ``*Deep learning for **chest** X-rays*``, closes nothing)."""
    x, y = em
    return min((p for p, q in bold if x < p and q <= y and _is_meaningful(lead[p:q])
                and not _is_meaningful(lead[q:y])), default=y)


def _emphasised_title(lead: str, em: tuple[int, int], bold: list[tuple[int, int]]) -> tuple[str, str]:
    """``*Title. **Venue**.*`` at ``em`` → (title, trailer): the emphasised text up to a bold venue inside it;
    the tag before it and the rest go to the trailer."""
    x, y = em
    end = _closing_bold(lead, em, bold)
    trailer = " ".join(t for t in (lead[:x].strip(" \t*_"), lead[end:].strip(" \t*_.")) if t)
    return _drop_closing_stop(lead[x:end].strip(" \t*_")), trailer


def line_with_wrapped_bold(lead: str, bold: list[tuple[int, int]] | None) -> str:
    """The first line of ``lead``, run on over the line breaks a bold span opened on it crosses:
    ``1. [2022 bioRxiv] **Decoding … by multi-view graph`` / ``learning on spatial transcriptomics** [[paper]](…)``
    wraps one bold title in the source; cut at the first break, the title loses its tail. The breaks become spaces
    (same length, so the ``bold`` offsets, which start at offset 0 of ``lead``, still hold)."""
    end = lead.find("\n")
    if end < 0:
        return lead
    reach = max((b for a, b in bold or () if a < end < b), default=-1)
    if reach < 0:
        return lead[:end]
    cut = lead.find("\n", reach)
    return lead[: cut if cut >= 0 else len(lead)].replace("\n", " ")


#: the most words of a method's short name set as inline code before a bracketed tag (```TTADC` [Ma et al., …]``)
_NICK_CODE_WORDS = 3


#: a reading queue's status words, set as inline code before an item's bold title: "`TODO` __Title__"
_CODE_STATUS_WORDS = frozenset({"todo", "to do", "to read", "toread", "done", "read", "reading", "unread", "skimmed",
                                "skim", "wip", "in progress", "next", "later", "new", "finished", "queued"})


#: the most characters a closing status tag's brackets hold ("[`UNREAD`]", "['to read']")
_STATUS_TAG_CHARS = 16


def cut_closing_status_tag(title: str) -> str | None:
    """``#### Learning Confidence for Out-of-Distribution Detection [`READ`]`` / ``… ['UNREAD']`` / ``Title (TODO)``:
    the title without the reading queue's status word that closes it in brackets (``_CODE_STATUS_WORDS``, perhaps
    set as code or quoted); None when the title closes on no such tag or fewer than three words stand before it.
    Why: a reader's notes head each work by its title and mark where they are with it; the mark is no part of the
    title, and a title carrying it no longer named the work its own BibTeX block restates below (the block stayed a
    second paper). Bounded: only the last ``_STATUS_TAG_CHARS`` characters are looked at."""
    t = title.rstrip()
    if not t.endswith(("]", ")")):
        return None
    at = t.rfind("[" if t[-1] == "]" else "(", max(0, len(t) - _STATUS_TAG_CHARS - 2))
    if at <= 0:
        return None
    if t[at + 1:-1].strip(" `'\"*_").casefold() not in _CODE_STATUS_WORDS:
        return None
    rest = t[:at].rstrip(" -–—|:")
    return rest if len(rest.split()) >= 3 else None


def _code_nick_end(lead: str, end: int, code: list[tuple[int, int]] | None) -> int:
    """``- `TTADC` [Ma et al., Proc. MICCAI 2022] **Title** [[PDF]](…)``: where a lead's opening short name set as
    inline code (the method's acronym) ends, when a bracketed tag follows it before ``end`` (the bold title); else 0.
    Why: the acronym names the work's method, as the bracketed byline-and-venue tag after it describes the work;
    neither is the title. Only a name opening the lead and followed by the tag's bracket counts: a code span inside
    the text before a bold run (a command, a package name) still makes that text a title's words.

    ``* `TODO` __Title__. Authors, [[pdf]](…)``: a reading queue's status word set as inline code right before the
    bold title (``TODO``, ``DONE``, ``reading``) is a tag too, so the bold run is still the title."""
    first = next(((x, y) for x, y in sorted(code or ()) if y <= end), None)
    if first is None or lead[:first[0]].strip(" \t-*+•·"):
        return 0
    x, y = first
    name = lead[x:y].strip(" `")
    if not _is_meaningful(name) or len(name.split()) > _NICK_CODE_WORDS:
        return 0
    gap = lead[y:end].lstrip()
    if not gap and name.lower() in _CODE_STATUS_WORDS:
        return y
    return y if gap.startswith(("[", "【")) else 0


def _code_status_end(lead: str, end: int, code: list[tuple[int, int]] | None) -> int:
    """Where a reading queue's status word set as inline code right before the bold title at ``end`` ends
    (``* `TODO` __Title__``), else 0. Why: the status says where the reader is with the work, no part of its
    byline or venue, so it is left out of the trailer the byline is read from."""
    y = _code_nick_end(lead, end, code)
    return y if y and not lead[y:end].strip() else 0


#: a work's short name as a reading list writes it, unmarked, before the bold title: "BERT", "ViT", "GPT2", "MedSAM"
#: (two capitals or more, or a capital and a digit; no plain capitalised word: "Fast", "Improved")
_PLAIN_NICK = re.compile(r"(?=(?:\S*[A-Z]){2}|\S*[A-Z]\S*\d|\S*\d\S*[A-Z])[A-Za-z][\w.+-]{1,15}")


#: the fewest words of a bold title a plain short name may stand before
_NICK_TITLE_WORDS = 3


def _plain_nick_end(lead: str, a: int, b: int) -> int:
    """``- BERT **BERT: Pre-training of …**. Jacob Devlin et.al. **arxiv**, …`` / ``- GPT2 **Language models are …**.``:
    where a lead's opening short name (one word, written as an acronym) ends, when the bold run right after it,
    ``lead[a:b]``, is a title of three words or more that closes at the item's stop or comma; else 0. Why: an
    exported reading list puts the work's common short name before its full bold title; the short name is no part
    of the title. A capitalised word before a bold phrase that runs on ("Fast **Sparse Convolutions** for …"), or a
    short bold run ("MONAI **Label** workflows …"), stays the title's words."""
    m = _PLAIN_NICK.fullmatch(lead[:a].strip(" \t-*+•·"))
    if m is None or lead[:a].strip(" \t-*+•·") != lead[:a].strip(" \t-*+•·").split(" ")[0]:
        return 0
    if len(lead[a:b].strip(" *_").split()) < _NICK_TITLE_WORDS:
        return 0
    after = lead[b:].lstrip("*_ \t")
    if after and after[0] not in ".,;":
        return 0
    return lead.index(m.group(0)) + len(m.group(0))


def _bold_title_after_tag(lead: str, bold: list[tuple[int, int]],
                          marked: list[tuple[int, int]] | None = None,
                          code: list[tuple[int, int]] | None = None) -> tuple[str, str] | None:
    """``[2023/11] **Title** *Authors. arXiv*``, ``💥 [2023/11] **Title**``: bold text after nothing but a
    bracketed tag (a date, a venue) or symbols is the title; the tag and what follows go to the trailer.
    ``[12-16] 【**Name**】*Title. **Venue**.*`` / ``[06-12] *Title. **Venue**.*``: a bold short name in the
    tag's brackets, or a bold venue closing an emphasised text right after the tag: the emphasis is the title.

    ``lead`` starts at offset 0 of the inline text that the ``bold`` and ``marked`` spans refer to.
    """
    span = next(((a, b) for a, b in sorted(bold) if b <= len(lead) and _is_meaningful(lead[a:b])), None)
    if span is None:
        return None
    a, b = span
    pre, depth = _outside_brackets(lead[_code_nick_end(lead, a, code) or _plain_nick_end(lead, a, b):a])
    if _is_meaningful(pre):
        em = next(((x, y) for x, y in sorted(marked or ()) if x < a < y <= len(lead) and (x, y) not in bold), None)
        if em is not None and not _is_meaningful(_outside_brackets(lead[:em[0]])[0]) \
                and _closing_bold(lead, em, bold) < em[1]:
            return _emphasised_title(lead, em, bold)  # "[06-12] *Title. **Venue**.*"
        return None  # "Deep learning for **chest** X-rays": bold inside a title
    if depth and _is_meaningful(_open_bracket_words(lead[:a])):
        return None  # "[Authors] [Title (**AnoGAN**)] [Venue]": a bold short name inside a bracketed title
    if depth:
        close = min((i for i in (lead.find(c, b) for c in "])）】") if i >= 0), default=-1)
        if close >= 0 and _is_meaningful(lead[close + 1:]):
            # "[12-16] 【**SIGMMA**】*SIGMMA: Title. **Venue**.*": a bracketed short name; the title follows it,
            # emphasised, or plain (then read as usual)
            after = close + 1
            em = next(((x, y) for x, y in sorted(marked or ()) if x >= after and not lead[after:x].strip()
                       and (x, y) not in bold and y <= len(lead) and _is_meaningful(lead[x:y])), None)
            return None if em is None else _emphasised_title(lead, em, bold)
    tag = lead[_code_status_end(lead, a, code) or _plain_nick_end(lead, a, b):a].strip(" \t*_")
    trailer = " ".join(x for x in (tag, lead[b:].strip(" \t*_[(（【")) if x)
    return _drop_closing_stop(lead[a:b].strip()), trailer


def _matching_open(t: str) -> int:
    """Where the bracket opens that closes ``t`` (either width counts; brackets inside balanced), -1 if none."""
    depth = 0
    for i in range(len(t) - 1, -1, -1):
        if t[i] in ")）":
            depth += 1
        elif t[i] in "(（":
            depth -= 1
            if depth == 0:
                return i
    return -1


#: the last word of a short lead-in that points from one work to another it cites: "Similar to *Title*",
#: "Compared to *Title*", "see also *Title*", "cf. *Title*" (a colon closes any other: "Further extension to PAMI:")
_LEAD_IN_POINTERS = frozenset({"to", "see", "also", "cf.", "cf", "vs.", "vs"})


#: a spaced dash closing a lead before its links ("*Title* — [arXiv:…](…)"): a separator, not the title's
_LINK_DASH = re.compile(r"\s[-–—]$")


def lead_in_marked_title(lead: str, marked: list[tuple[int, int]] | None) -> tuple[str, str, str] | None:
    """``Similar to *(2023-NeurIPS) Title of the other work*`` / ``Further extension to PAMI: *Title*`` → (the
    title, its bracketed date tag or "", the lead-in): a short lead-in (six words at most, closed by a colon or a
    pointing word) then an emphasised run of four words or more that closes the line's text before its links.
    Why: a note under an entry that cites a different work by its emphasised title and its own links names that
    work; read whole, the lead-in and the tag became its title. ``lead`` starts at offset 0 of ``marked``'s text."""
    if not marked:
        return None
    t = _LINK_DASH.sub("", lead.rstrip(" \t[(,;"))  # "*Title* — [arXiv:…](…)": a spaced dash before the links
    end = len(t.rstrip("*_ \t"))
    span = next(((a, b) for a, b in marked if a > 0 and b >= end and a < end), None)
    if span is None:
        return None
    pre = lead[:span[0]].strip(" \t*_")
    words = pre.split()
    if not 1 <= len(words) <= 6 or not (pre.endswith((":", "：")) or words[-1].lower() in _LEAD_IN_POINTERS):
        return None
    title = lead[span[0]:end].strip(" \t*_")
    tag = ""
    if title[:1] in _TAG_BRACKETS and (close := title.find(_TAG_BRACKETS[title[0]])) > 0 \
            and bracketed_date_tag_only(title[:close + 1]):
        tag, title = title[:close + 1], title[close + 1:].strip(" \t-–—:")
    if len(title.split()) < 4:
        return None
    return title, tag, pre


def _cut_marked_tag(lead: str, marked: list[tuple[int, int]]) -> tuple[str, str]:
    """``Title (**EMNLP'23**)`` / ``Title (*MIMIC-CXR*)`` → (title, "(EMNLP'23)"): a parenthesised bold or
    emphasised tag closing the title is a venue tag or a short name, not part of the title.

    The tag's opening bracket is the one matching its closing bracket, so a venue with a bracket of its own,
    ``Title (**Artificial Intelligence (AIJ)**)``, ``(**NeurIPS 2021 (Spotlight)**)``, goes whole.

    ``lead`` starts at offset 0 of the inline text that ``marked`` spans refer to.
    """
    t = lead.rstrip(" \t[")
    if not t.endswith((")", "）")) or not marked:
        return lead, ""
    open_at = _matching_open(t)
    inner = t[open_at + 1:-1].strip()
    if open_at <= 0 or not inner:
        return lead, ""
    if not any(a > open_at and b < len(t) and t[a:b].strip() == inner for a, b in marked):
        return lead, ""
    title = t[:open_at].rstrip()
    if len(title.split()) < 3 and sum(map(_is_cjk, title)) < 4:
        return lead, ""
    return title, t[open_at:]


#: a code span's text that is a venue and its year: "IV 25", "Zurich Open Repository 18", "Proceedings of the IEEE 21",
#: "AAMAS 26 withdrawn" (a status word may follow the year); the venue opens with a letter, at most six words
_CODE_VENUE_TAG = re.compile(r"[A-Za-z][\w&.+-]*(?: [\w&.+-]+){0,5} ['’]?(?:\d\d|(?:19|20)\d\d)(?: [a-z]{3,12})?")


def cut_closing_code_tag(lead: str, plain: str, code: list[tuple[int, int]] | None) -> tuple[str, str] | None:
    """``Title. `Zurich Open Repository 18` [[Paper](…)]`` → ("Title", "Zurich Open Repository 18"): a paper list
    that sets each work's venue and year as a code span after the title's stop, before its links. Why: the code
    span marks the tag off from the title as bold brackets do (``_cut_marked_tag``); read as plain text, the venue
    and a two-digit year stayed glued to the title ("… Self-Driving Cars. Zurich Open Repository 18"). Only a span
    that closes the lead (``lead`` at the offsets of ``plain``), reads as a venue and a year (``_CODE_VENUE_TAG``),
    after a stop that closes a title of three words or more; None otherwise."""
    if not code:
        return None
    t = lead.rstrip(" \t[(")
    span = next(((a, b) for a, b in code if b == len(t) and 0 < a and lead[a:b] == plain[a:b]), None)
    if span is None:
        return None
    tag = t[span[0]:span[1]].strip()
    title = t[:span[0]].rstrip()
    if not title.endswith((".", ":", "|", ",")) or _CODE_VENUE_TAG.fullmatch(tag) is None:
        return None
    title = title.rstrip(".:|, \t")
    if len(title.split()) < 3:
        return None
    return title, tag


#: The dash between a paper-label link and the title it labels: "[Paper](…) - Title", "[PDF](…) – Title".
_LABEL_TITLE_DASH = re.compile(r"[ \t]+[-–—][ \t]+(?=\S)")


#: the full stop after a reference list's author-year label: "[Ioannidis 2005](…). Why Most … False. *PLOS Medicine*."
_LABEL_TITLE_STOP = re.compile(r"\.[ \t]+(?=\S)")
#: a sentence's closing stop inside a reference ("… Are False. PLOS Medicine."): a stop, white space, then a
#: capital, a digit or an opening quote or bracket (not "et al. 2017" inside a title: lower case follows there)
#: the most words a venue closing a reference has when it starts in lower case ("arXiv", "bioRxiv preprint")
_SHORT_VENUE_WORDS = 3
_SENTENCE_STOP = re.compile(r"\.[ \t]+(?=[A-Z0-9\"“(\[])")


def _cited_title_after_label(plain: str, links: list[_RawLink], first: _RawLink) -> tuple[str, int, str] | None:
    """``[Ioannidis 2005](…). Why Most Published Research Findings Are False. <em>PLOS Medicine</em>.``: a
    reference list links each work by its author-year label (``author_year_label``), then, after a full stop,
    writes the title as a sentence and the venue after it. The title is that sentence, the venue its trailer →
    (title, where the rest starts, trailer); None unless the label is an author-year citation, a full stop
    follows the link, and both a title (two words or more) and a venue follow it before the next link. (A dash
    after such a label glosses the work instead, "[Gustafsdottir et al. 2013](…) - Cell painting …": not read.)"""
    from medkg.citation import group_author
    from medkg.classify import author_year_label

    stop = _LABEL_TITLE_STOP.match(plain, first.end)
    # "[The 1000 Genomes Project Consortium](…). A global reference for …": a group author labels the link as a
    # first author and year do (its references carry no year in the label: a consortium's name is long enough)
    if stop is None or not (author_year_label(first.text) or group_author(first.text)):
        return None
    end = plain.find("\n", first.end)
    end = len(plain) if end < 0 else end
    nxt = min(end, next((link.start for link in links if link.start >= first.end and link is not first), end))
    text = plain[stop.end():nxt]
    cut = _SENTENCE_STOP.search(text)
    if cut is None:
        # "… convolutional neural networks. <em>arXiv</em>.": a venue written in lower case ("arXiv", "bioRxiv")
        # opens no sentence with a capital; the last stop is then the cut when a short venue follows it
        cut = next((m for m in reversed(list(_LABEL_TITLE_STOP.finditer(text)))
                    if len(text[m.end():].split()) <= _SHORT_VENUE_WORDS), None)
        if cut is None:
            return None
    title, trailer = text[:cut.start()].strip(), text[cut.end():].strip().rstrip(" .")
    if len(title.split()) < 2 or not trailer:
        return None
    return _clean_title(title), nxt, trailer


def curator_tag_before_label_link(lead: str, plain: str, first: _RawLink) -> str | None:
    """``(neoadjuvant biomarker) [_**2022 Mol. Cancer**_](doi…)- Title``: a curator's tag (``_CURATOR_TAG``: a
    bracketed remark, a topic label and its colon) as the whole text before a link whose text is a
    year-and-venue label (``year_venue_label``) and after which a dash opens the title → the tag; None otherwise.
    Why: the tag is the only text before the link, so it was read as the line's title; it only sorts the
    line, the title is the text after the linked label (``_title_after_label_link``)."""
    if len(lead) > 60 or _CURATOR_TAG_ALONE.match(lead) is None or not lead.strip(" \t*_"):
        return None
    if year_venue_label(first.text) is None or _dash_after_link(plain, first) is None:
        return None
    return lead.strip(" \t*_")


def _dash_after_link(plain: str, first: _RawLink) -> re.Match | None:
    """The spaced dash after a label link that parts it from the title (``_LABEL_TITLE_DASH``); also the dash
    right after the link's bracket when the space before it sits inside the link's text
    ("[_**2022 Mol. Cancer**_ ](doi…)- Title": the writer's space went in with the label)."""
    dash = _LABEL_TITLE_DASH.match(plain, first.end)
    if dash is None and first.end > first.start and plain[first.end - 1] in " \t":
        dash = _CLOSE_LABEL_TITLE_DASH.match(plain, first.end)
    return dash


#: a dash straight after a label link whose text ended in a space, then the title (``_dash_after_link``)
_CLOSE_LABEL_TITLE_DASH = re.compile(r"[-–—][ \t]+(?=\S)")


def _title_line_end(plain: str, start: int) -> int:
    """Where a title that starts at ``start`` after a bracketed label ends: at the end of its line, or, when its
    line breaks softly mid-sentence (``[[CVPR](…)] Self-supervised Equivariant Attention Mechanism`` / ``for Weakly
    Supervised Semantic Segmentation. [[pytorch](…)]``: no stop before the break, a lower-case word after it), at
    the end of the next line. Why: a line after a title that begins in lower case goes on with the title's
    sentence; an author line, a note or a new record begins with a capital, a symbol or a link."""
    end = plain.find("\n", start)
    if end < 0:
        return len(plain)
    head = plain[start:end].rstrip(" \t")
    after = plain[end + 1:].lstrip(" \t")
    if not head or head.endswith((".", "!", "?", ":", ";", "]", ")")) \
            or not (after[:1].islower() or _wrapped_title_tail_before_month(after)):
        return end
    nxt = plain.find("\n", end + 1)
    return len(plain) if nxt < 0 else nxt


#: the most words a title's capitalised tail wrapped onto its record's last line holds (``_wrapped_title_tail_before_month``)
_MAX_WRAPPED_TAIL_WORDS = 8


def _wrapped_title_tail_before_month(line: str) -> bool:
    """``Vision-Language Models. `06/2023``` under ``[[Link](…)] XrayGPT: … using Large Medical``: the record's last
    line, a few capitalised words without a comma, then the month stamp (``_CLOSING_MONTH_STAMP``) a date-ordered list
    closes each record with. Why: the title wrapped at a capitalised word goes on here; an author line ("Priya
    Raman, Tomas Lindqvist.") has commas, a note or a new record no closing stamp, and neither is read on."""
    if not line[:1].isupper() or "\n" in line:
        return False
    stamp = closing_month_stamp(line)
    if stamp is None:
        return False
    tail = line[:stamp.start()]
    return "," not in tail and 0 < len(tail.split()) <= _MAX_WRAPPED_TAIL_WORDS


def _title_after_label_link(plain: str, links: list[_RawLink], first: _RawLink,
                            icon: bool = False, bold: list[tuple[int, int]] | None = None
                            ) -> tuple[str, int, str] | None:
    """``[[arXiv 2026](…)] Title [[Code](…)]``, ``[[PDF](…)] Title``: when the item's first link is a
    bracketed label (a role word, a venue and year) the title is the text after it, up to the next link
    or the end of the line → (title, where the rest starts, its trailer); None when no title follows.
    ``bold``: the content's bold runs, a title set in bold right after the label (``_bold_after_label``)."""
    bracketed = first.text.strip().startswith("[") or (
        plain[:first.start].rstrip(" \t").endswith("[") and plain[first.end:].lstrip(" \t").startswith("]"))
    from medkg.classify import is_link_label, label_role

    if icon and not first.text.strip() and not plain[:first.start].strip():
        # "[:blue_book:](notes/….md) Title [[paper](…)]", "[📝](notes.md) Title …": an icon link (its text only
        # an emoji, dropped as decoration) opens the item and leads to the curator's note on the work; it names
        # nothing, the title is the text after it, up to the next link
        bracketed = True
    elif not bracketed:
        # "[Nature Protocol Paper](…) - Resolving …", "[Book chapter, Review](…) - Tools for …": a link that
        # says only that it leads to a paper, then a dash and the paper's own title; a named link
        # ("[医渡云结构化数据集](…)：…", "[Data URL](…) …", "[RosettaCM](…) - …") is no label, nor is a dated
        # citation ("[Gustafsdottir et al. 2013](doi…) - Cell painting profiles of …": the dash glosses the work)
        # "[**2022 Nature Reviews**](nature…) - Obtaining genetics insights …", "[2022 bioRxiv](…) - Title": a
        # year-and-venue label (``year_venue_label``: the year first, so no author-year citation) links the paper
        # the same way; the label is the title's venue-and-year trailer
        cited = _cited_title_after_label(plain, links, first)
        if cited is not None:
            return cited
        dash = _dash_after_link(plain, first)
        if dash is None and not plain[:first.start].strip() and plain[first.end:first.end + 1] in (" ", "\t") \
                and plain[first.end:].lstrip(" \t")[:1].isupper() and is_link_label(_bracket_label(first.text)):
            # "- [paper](…) Title [code](…)": a bare role-word link opens the item, the title follows it unmarked; it
            # is read as the bracketed label is, below (a named link, "[Med3D](…) Transfer …", is no label)
            bracketed = True
        elif not _is_meaningful(plain[:first.start]) and is_link_label(_bracket_label(first.text)) \
                and _stacked_role_links_then_title(plain, links, first):
            # "- 📄 [Paper](…) | 💻 [Code](…) — **Title** (MICCAI 2023)", "- [paper](…) / [code](…): Title": bare
            # role-word links, parted by separators, open the item; the title follows the last of them
            bracketed = True
        else:
            tag = year_venue_label(first.text) if dash is not None else None
            if dash is None or tag is None and (label_role(first.text) != "paper" or _YEAR_IN_TEXT.search(first.text)):
                return None
            end = plain.find("\n", first.end)
            end = len(plain) if end < 0 else end
            nxt = next((link.start for link in links if link.start >= first.end), end)
            title, trailer = _split_trailer(plain[dash.end():min(end, nxt)].strip(), "")
            title = _clean_title(title)
            if tag is not None and not trailer:
                trailer = _label_trailer(tag)
            return (title, min(end, nxt), trailer) if len(title.split()) >= 4 else None
    # ("[[Link](…)] Title": a bracketed word that only points at an address labels the link as a role word does)
    pointer = is_pointer_label(_bracket_label(first.text))
    venue_tag = bool(first.text.strip()) and not pointer and not is_link_label(_bracket_label(first.text)) \
        and _bracketed_venue_tag(plain, first)
    if first.text.strip() and not pointer and not is_link_label(_bracket_label(first.text)) and not venue_tag:
        return None
    while (label := next((link for link in links if link is not first and link.start >= first.end), None)) \
            is not None and not label.bare and label.text.strip() and _stacked_label(label.text) \
            and _label_gap(plain[first.end:label.start]):
        # "[[Paper](…)] [[Code](…)] Title", "[[pdf]](…) [[code]](…) Title": labels stacked before the title, only
        # brackets and separators between them; the title is the text after the last of them
        first = label
    end = _title_line_end(plain, first.end)
    # "link is not first": an icon link's text is empty, it ends where it starts
    nxt = next((link.start for link in links if link is not first and link.start >= first.end), end)
    text = plain[first.end:min(end, nxt)].replace("\n", " ")
    month = ""
    if (stamp := closing_month_stamp(text)) is not None and len(text[:stamp.start()].split()) >= 2:
        # "[[CVPR](…)] Title `11/2023`", "… Title. ``02/2023`": the month the work appeared, set as a code span
        # closing the line (its backticks sometimes unbalanced), dates the work; it is no word of the title, and
        # read as a trailer it would take the title's last clause with it (", with automatic evaluation. 03/2024")
        text, month = text[:stamp.start()], stamp.group("stamp")
    title = _clean_title(text)
    if len(title.split()) < 2 and sum(map(_is_cjk, title)) < 4:
        return None
    title, trailer = _split_trailer(_without_stray_brackets(text), "")
    if bold and (run := _bold_after_label(plain, bold, first.end, min(end, nxt))) is not None:
        # "[[pdf](…)] - **Learning Patient Representations from Text**, D. Dligach, et al. 2018.": a whole title
        # set in bold after the label, then its byline; the bold lead is the title as it is on a line that opens
        # with it (``_split_trailer``), so a comma-led byline ("D. Dligach, et al.", "L. Wang, J. Ortiz, et al.")
        # never runs on into the title
        bold_title, bold_trailer = _split_trailer(plain[run[0]:min(end, nxt)].strip(), plain[run[0]:run[1]])
        if bold_trailer:
            title, trailer = bold_title, bold_trailer
    if bold and not trailer \
            and (tag := _bold_bracket_tag(plain, bold, first.end, first.end + len(text.rstrip(" \t[")))) is not None:
        # "[📄](arxiv…) Title (**IMWUT**)", "[](doi…) Title (**SLEEP**) [[code](…)]": a bracket around bold text
        # alone closing the text after the label (before the next link and its opening bracket) tags the work (its
        # venue), as on a line led by the title; the title stops before it
        title, trailer = plain[first.end:tag[0]].replace("\n", " "), tag[1]
    if venue_tag and len(_clean_title(title).split()) < 3:
        return None  # "[[CVPR](…)] DeepMapping": a venue before a name, too short to be the work's title
    if month:
        trailer = f"{trailer} {month}".strip()
    return _clean_title(title), min(end, nxt), trailer


#: the most words a bold bracketed tag closing a title holds ("(**IMWUT/ubicomp**)", "(**Nature Medicine**)")
_MAX_BOLD_TAG_WORDS = 4


def _bold_bracket_tag(plain: str, bold: list[tuple[int, int]], start: int, stop: int) -> tuple[int, str] | None:
    """``Title (**IMWUT**)``: a bracket whose content is one bold run of at most ``_MAX_BOLD_TAG_WORDS`` words
    closing ``plain[start:stop]``, after at least two words → (where the bracket opens, the bold text); None
    otherwise. Reads only the bold runs (no search of the text)."""
    if stop - start < 4 or plain[stop - 1] != ")":
        return None
    run = next((r for r in bold if r[1] == stop - 1 and start < r[0] - 1), None)
    if run is None or plain[run[0] - 1] != "(":
        return None
    tag = plain[run[0]:run[1]].strip()
    if not tag or len(tag.split()) > _MAX_BOLD_TAG_WORDS or any(c in tag for c in "()[]"):
        return None
    if len(plain[start:run[0] - 1].split()) < 2:
        return None
    return run[0] - 1, tag


#: a month stamp closing a title ("… Decisions 11/2023", "… Dialogue. ``02/2023`"), as a date-ordered list sets it
_CLOSING_MONTH_STAMP = re.compile(r"[\s.,;]*`*\s*(?P<stamp>(?:0?[1-9]|1[0-2])/(?:19|20)\d\d)\s*`*\s*$")
#: how many closing characters ``closing_month_stamp`` reads: the stamp and the stop, spaces and backticks around it
_MONTH_STAMP_WINDOW = 40


def closing_month_stamp(text: str) -> re.Match | None:
    """The month stamp closing ``text`` (``_CLOSING_MONTH_STAMP``), read in its last ``_MONTH_STAMP_WINDOW``
    characters only: searched over a whole line, the leading run of spaces the pattern allows is tried from every
    position, quadratic on a line of spaces."""
    return _CLOSING_MONTH_STAMP.search(text, max(0, len(text) - _MONTH_STAMP_WINDOW))


#: the longest name ``name_before_label_link`` takes before its colon, in words
_MAX_NAME_BEFORE_LABEL_WORDS = 5
#: the fewest words of the title after the label link for the name before it to be only a name
_MIN_TITLE_AFTER_NAME_WORDS = 3


def name_before_label_link(plain: str, links: list[_RawLink], first: _RawLink,
                           bold: list[tuple[int, int]] | None = None) -> str | None:
    """``- PLIP: [[Nature Medicine](nature…)] A visual–language foundation model for …. `03/2023```, ``- ConVIRT:
    [[Link](…)] Contrastive Learning of …``: a model's short name and a colon alone before a bracketed link whose
    text is only a label (a role word, a venue: ``_title_after_label_link``), then the work's title → the name;
    None otherwise.

    Why: a survey's list names each work by its model first; the name before the colon was read as the line's
    title, the label link as its paper, and the title after the link as a note. The name only tags the work. Not a
    role label ("Paper:", "Code:", "Dataset:" give a record's links, ``label_role``), nor a lead that is more than a
    short name (a sentence, a byline), nor a code link (``[[Code](github…)] A toolkit …`` describes a tool), nor a
    label link after which no title of ``_MIN_TITLE_AFTER_NAME_WORDS`` words follows."""
    lead = plain[:first.start]
    if "\n" in lead.strip() or first.bare or not first.text.strip():
        return None
    head = lead.rstrip(" \t[")
    if not head.endswith(_COLONS):
        return None
    name = head[:-1].strip(" \t*_`")
    words = name.split()
    if not words or len(words) > _MAX_NAME_BEFORE_LABEL_WORDS or not any(c.isupper() for c in name) \
            or any(c in name for c in ".!?[]()|,;") or label_role(name) is not None \
            or label_role(_bracket_label(first.text)) == "code":
        return None
    after = _title_after_label_link(plain, links, first, False, bold)
    if after is None or len(after[0].split()) < _MIN_TITLE_AFTER_NAME_WORDS:
        return None
    return name


#: what parts the last of a work's stacked role links from its title (" — ", ": ", a space)
_ROLE_LINKS_TITLE_GAP = re.compile(r"[ \t]*(?:[-–—:：][ \t]*)?(?=\*{0,2}[A-Z0-9\"“])")


def _stacked_role_links_then_title(plain: str, links: list[_RawLink], first: _RawLink) -> bool:
    """Whether ``first`` is the first of two or more bare role-word links (``[Paper](…) | [Code](…)``) parted only
    by separators (perhaps an emoji icon before each), after the last of which a dash or colon (or a space) opens a
    capitalised or bold title on the same line. Why: the links only say what each leads to; the work's name is the
    text after them, where a line that opens with one role link and no separator was already read."""
    last, stacked = first, 1
    for link in links:
        if link.start < last.end or link is first:
            continue
        if link.bare or not link.text.strip() or not _stacked_label(link.text) \
                or not _label_gap(plain[last.end:link.start]):
            break
        last, stacked = link, stacked + 1
    gap = _ROLE_LINKS_TITLE_GAP.match(plain, last.end)
    return stacked >= 2 and gap is not None and (gap.end() > last.end or plain[last.end:last.end + 1] == " ")


#: link texts that name a page the work has, not the work, besides the role labels (``is_link_label``): a label among
#: a work's stacked links ("[Paper](…) | [Project](…) — Title")
_PAGE_LABELS = frozenset({"project", "project page", "supplementary", "supp", "supplement", "bibtex", "colab",
                          "weights", "huggingface", "hugging face", "hf", "model card", "openreview"})


def _stacked_label(text: str) -> bool:
    """Whether a link's text only says what page it leads to (a role label, or ``_PAGE_LABELS``)."""
    label = _bracket_label(text)
    return is_link_label(label) or " ".join(strip_symbols(label).casefold().split()) in _PAGE_LABELS


def _label_gap(gap: str) -> bool:
    """Whether the text between two label links is only brackets and separators, perhaps with an icon (``] [``,
    `` | ``, `` | 💻 ``, `` :computer: ``): the links are stacked labels, no title between them."""
    rest = gap.strip(" \t[](){}|/·,")
    return not rest or (len(rest) <= 3 and not any(ch.isalnum() for ch in rest)) or _DECORATION.match(rest) is not None


def _without_stray_brackets(text: str) -> str:
    """The text between two links without the brackets and spaces that belong to the links around it (``] Title
    [`` in ``[[pdf](…)] Title [[code](…)]``), keeping a bracket the text closes itself: ``Title (MICCAI 2023)`` ends
    on its parenthesis, whose venue and year are then the title's trailer, not a stray "(MICCAI 2023" in it."""
    body = text.strip(" \t").lstrip("])】 \t").rstrip(" \t[(（【")
    while body and (close := body[-1]) in ")]】" and body.count(close) > body.count(_PAIRS[close]):
        body = body[:-1].rstrip(" \t")
    return body


def _bold_after_label(plain: str, bold: list[tuple[int, int]], start: int, stop: int) -> tuple[int, int] | None:
    """The bold run that opens the text between a label link's end (``start``) and ``stop`` (the next link or the
    line's end), with only the label's closing bracket and a dash or colon before it; None otherwise."""
    for b_start, b_end in bold:
        if b_start >= stop:
            break
        if b_start >= start:
            gap = plain[start:b_start]
            return (b_start, b_end) if b_end <= stop and not _is_meaningful(gap) and "\n" not in gap else None
    return None


#: a venue's short name as a paper link's bracketed tag: an acronym with two capitals or more ("AAAI", "TPAMI",
#: "MIA", "NeurIPS", "MICCAI"), perhaps qualified by the kind of paper ("ICCV workshop", "CVPR oral")
_VENUE_TAG_LABEL = re.compile(r"^(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Za-z]{1,9}(?:[\s-]+(?:workshops?|oral|spotlight|poster"
                              r"|findings|short|long|demo))?$")


def _bracketed_venue_tag(plain: str, first: _RawLink) -> bool:
    """``[[AAAI](ojs.aaai.org/…)] Title.``, ``[[TPAMI](ieeexplore…)] Title.``: a venue's short name, without its
    year, as the text of a paper link set in brackets before the title (a point-cloud list's way, copied by
    registration lists) tags the paper as ``[[CVPR 2023](…)]`` does: the title is the text after it.

    Why so narrow: only the link wrapped in literal brackets, its text an acronym-like venue name, and its
    destination a paper's page. A bare ``[BERT](arxiv…) Pre-training …`` or a tool's ``[[MONAI](github…)]`` keeps
    its link text as the name."""
    from medkg.classify import url_role

    wrapped = plain[:first.start].rstrip(" \t").endswith("[") and plain[first.end:].lstrip(" \t").startswith("]")
    label = _bracket_label(first.text)
    return wrapped and (_VENUE_TAG_LABEL.match(label) is not None or _worded_venue_tag(label)) \
        and url_role(first.url) == "paper"


#: the most words of a venue's name written out as a paper link's bracketed tag ("Medical Image Analysis")
_MAX_WORDED_VENUE_WORDS = 4


def _worded_venue_tag(label: str) -> bool:
    """``[[IEEE Access](arxiv…)] SGAN: …``, ``[[IEEE TMI](…)]``, ``[[Medical Image Analysis](…)]``: a venue named in
    two to four capitalised words, one of them a venue's word (a publisher, "Journal", "Transactions", "Medical"),
    tags the paper as an acronym does in the same list. Why: the one-word pattern (``_VENUE_TAG_LABEL``) took
    "IEEE Access" for the work's name; a work's short name in brackets over a paper link seldom holds such words."""
    from medkg.citation import VENUE_WORDS

    words = label.split()
    return 2 <= len(words) <= _MAX_WORDED_VENUE_WORDS and all(w[:1].isupper() for w in words) \
        and any(w.strip(".,:;()/").casefold() in VENUE_WORDS for w in words)


#: how many unfilled link slots a title may be closed by ("[Paper] [Code] [Project]", "[][]"): a line has a few
_MAX_PLACEHOLDERS = 32


def _strip_placeholders(lead: str) -> tuple[str, list[str]]:
    """``Title [Paper] [[Code]](…)`` → ("Title", ["Paper"]): a bracketed role word with no link after
    the title is a link the curator has not filled in yet, not part of the title. So is an empty bracket pair,
    what ``[[Paper]()]`` leaves once its empty link (``_placeholder_destination``) is cut: ``Title (Venue, 2024)
    [][]`` → "Title (Venue, 2024)" (nothing to record: the link's text is already among ``empty_link_texts``)."""
    found: list[str] = []
    s, cut = lead, False
    for _ in range(_MAX_PLACEHOLDERS):  # (each cut copies the rest: 100k "[]" pairs took 0.5 s, quadratic)
        t = s.rstrip(" \t[(（【")
        if not t.endswith("]"):
            break
        open_at = t.rfind("[")
        inner = t[open_at + 1:-1].strip()
        if open_at < 0 or not _is_meaningful(t[:open_at]):
            break
        if inner:
            if len(inner) > MAX_LABEL_CHARS or not _is_role_word(inner):
                break
            found.append(inner)
        s, cut = t[:open_at], True
    return (s, found) if cut else (lead, found)


def _strip_label_suffix(s: str, url: str = "") -> str:
    """``大型语言模型编码临床知识  论文地址：`` → drop a trailing ``label：``.

    The last word before the colon is a label when a wide gap (two spaces, a tab) sets it apart or
    when it says what a link is (``Title Paper:``, ``Title 代码：``). Otherwise it is the title's own
    last word, the colon only leading to the link: ``Learning deep features for scene recognition:
    https://…`` keeps "recognition". A label must fit the link ``url`` it leads to: before a paper's
    link (arXiv, a DOI) a word naming another kind of link ("… with limited labelled data:
    https://arxiv…", "… of Medical Imaging Data:") is the title's own last word."""
    t = s.rstrip()
    if t.endswith(_COLONS):
        from medkg.classify import is_link_label, label_role, url_role

        cut = max(t.rfind("  "), t.rfind(" "), t.rfind("\t"))
        head = t[:cut] if cut > 0 else ""
        label = t[cut + 1:-1] if cut > 0 else t[:-1]
        wide_gap = cut > 0 and (t[cut - 1:cut + 1] == "  " or t[cut] == "\t")
        word = label.strip(" *_[]()")
        if len(label.strip()) <= MAX_LABEL_CHARS and _is_meaningful(head) \
                and (wide_gap or is_link_label(word)
                     and (not url or label_role(word) == "paper" or url_role(url) != "paper")):
            return head
    return s


def _markdown_inline(text: str, offset: int) -> _Inline:
    """Inline Markdown text (a cell or an item read from HTML), its nodes anchored at ``offset``."""
    nodes: list[_Node] = []
    for child in build_tree(text).children if text else ():  # empty: the rows a rowspan covers
        if child.kind == "Paragraph":
            nodes.extend(_shift(leaf, offset) for leaf in child.children)
    inl = _inline(nodes)
    inl.offset = offset
    for link in inl.links:
        link.offset = offset
    return inl


def bold_runs(markdown: str) -> list[str]:
    """The bold runs of one line of Markdown (a list item or a paragraph), each as its plain text, in order:
    ``- [2024-03] Our paper **Title of the work** is accepted by TMI ([here](…))`` → ``["Title of the work"]``.
    Read by pyromark, as every inline content is; for the rare line a rule asks about, not for every entry."""
    out: list[str] = []
    stack = [build_tree(markdown)] if markdown else []
    while stack:
        node = stack.pop()
        if node.kind == "Strong":
            out.append(" ".join(_inline([node]).plain.split()))
        else:
            stack.extend(reversed(node.children))
    return out


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
    out = out.strip(" |")
    if out[:1] == "[" and out[-1:] == "]" and out.count("[") == 1 and out.count("]") == 1 \
            and any(c.isdigit() for c in out):
        # "[[Paper]](…) [NIPS 2019 Workshop]", "[AAAI'20]": prose that is one bracketed venue-and-year tag after the
        # links keeps both its brackets, not its closing one only (the description read "NIPS 2019 Workshop]", and
        # "AAAI'20]" gave no venue); a tag with no year ("[LMS]", a method's name) is read as before
        return out
    return out.strip(" [|")


#: a label of two words, one of them a hyphenated compound ("Cross-platform validation", "Dataset-level results")
_COMPOUND_LABEL = re.compile(r"^[A-Za-z]+(?:-[A-Za-z]+)*\s[A-Za-z]+(?:-[A-Za-z]+)*$")
#: how long such a label may be: two long words, still no sentence
_MAX_COMPOUND_LABEL_CHARS = 32


def _compound_label(label: str) -> bool:
    """``Cross-platform validation``: two words, one of them hyphenated, longer than ``MAX_LABEL_CHARS`` allows, are
    still a field's label (a record card's "**Cross-platform validation:** …" bullet); a sentence before a colon has
    more words, or no compound."""
    return len(label) <= _MAX_COMPOUND_LABEL_CHARS and "-" in label and _COMPOUND_LABEL.match(label) is not None


def _split_label(line: str) -> tuple[str, str]:
    """``来源：CBLUE`` → ("来源", "CBLUE"); prose with a colon later on → ("", "").

    A pictograph before the label (``🧑‍🔬 Authors: …``, ``🗓️ Publication Date: …``) only decorates it: it is
    not part of the label, which is then read as the plain word is."""
    s = strip_symbols(line.strip().lstrip("*-+ ")).lstrip("*-+ ")
    if s[:1] == "[" and (tagged := _role_tag_label(s)) is not None:
        return tagged
    best = -1
    for c in _COLONS:
        i = s.find(c)
        if i > 0 and (best < 0 or i < best):
            best = i
    if best <= 0:
        return "", ""
    label = s[:best].strip(" *_`")
    if not label or len(label) > MAX_LABEL_CHARS and not _compound_label(label) \
            or label.lower().startswith(("http", "www")):
        return "", ""
    if len(label.split()) > 3 and not any(_is_cjk(ch) for ch in label):
        return "", ""
    return label, s[best + 1:].strip()


#: the one word a bracketed tag may be to label a paper's field as ``Paper:`` does (``📄 [Cite] Title, *Authors*``)
PAPER_TAG_WORDS = frozenset({"paper", "cite", "citation", "pdf", "article", "publication"})


def role_tag_label(line: str) -> tuple[str, str] | None:
    """``_role_tag_label`` of a line as ``_split_label`` reads it (pictographs and list marks before the tag dropped)."""
    s = strip_symbols(line.strip().lstrip("*-+ ")).lstrip("*-+ ")
    return _role_tag_label(s) if s[:1] == "[" else None


def _role_tag_label(s: str) -> tuple[str, str] | None:
    """``[Cite] Title, *Authors*`` → ("Cite", "Title, *Authors*"); ``[GitHub] https://github.com/o/r`` → ("GitHub",
    "https://github.com/o/r"): a line led by a bracketed tag that is one role word, then its value, is a field whose
    label is written as a tag rather than before a colon (a model pool's "📄 [Cite] …" / "💻 [GitHub] …" bullets).
    Why: read for a colon, the tag ran into the value ("[GitHub] https" before the URL's colon) and the bullets were
    no fields, so a work's cited title and its code fell apart into two entries. Only one word without digits that
    names the paper or the code: a venue tag ("[MICCAI 2024] …", "[TMI] …") or a topic tag ("[Survey] …") leads a
    title as before."""
    close = s.find("]")
    inner = s[1:close].strip() if close > 0 else ""
    value = s[close + 1:].strip() if close > 0 else ""
    if not inner or not value or len(inner) > MAX_LABEL_CHARS or any(not ch.isalpha() for ch in inner) \
            or value[:1] in "([":
        return None
    if inner.casefold() in PAPER_TAG_WORDS or label_role(inner) == "code" and ids.canonical_repo(value.split()[0]):
        return inner, value
    return None


def stacked_tags_lead(lead: str) -> str | None:
    """``[C++] [Python] [Java] [**SimpleElastix**](…): a medical image registration library``: a stacked run of short
    bracketed tags (the languages a tool is written in, the areas a work is filed under) as the whole lead before
    the first link → the tags, spaced, else None. Why: one such tag alone is too short to title the line, so the
    link's text titles it; a run of them is no more a title than one, and read as one it named the tool
    "[c++] [Python] [Java]". The link's text is the title, the tags describe the line."""
    if not lead.lstrip().startswith("[") or lead.count("[") < 2:
        return None
    m = _STACKED_TAGS_LEAD.match(lead)
    return " ".join(lead.split()) if m is not None else None


def kind_tag_lead(lead: str) -> str | None:
    """``* [paper] [Author. "Title." Venue (2012).](doi…)``, ``* [toolkit,*] [MNE](…): a python library``: the tag
    before the first link when it is the lead's only text and names the kind of resource the line is
    (``is_kind_tag``) → the tag's text, else None. The link's text is then the line's title (a citation that
    ``citation`` splits, or a name), as after a bracketed venue-and-year tag (``_BRACKET_TAG_LEAD``); the tag is
    no title, whichever the kind."""
    from medkg.classify import is_kind_tag

    if not lead.lstrip().startswith("["):
        return None
    m = _KIND_TAG_LEAD.match(lead)
    return m["tag"].strip() if m is not None and is_kind_tag(m["tag"]) else None


#: one word saying who may reach a resource, alone before a line's first link: "Public [DAP Atlas](…) dataset",
#: "Proprietary [JHH dataset](…)", "In-house [Liver cohort](…)" (``access_qualifier_lead``)
_ACCESS_QUALIFIERS = frozenset("""public private proprietary in-house inhouse internal external restricted
    closed open-access""".split())


def access_qualifier_lead(lead: str) -> str | None:
    """``> - Proprietary [JHH dataset](sciencedirect…) (*N*=5,172)``, ``- Public [TotalSegmentator V2](github…)
    dataset``: one word saying whether the resource is open to all (public, private, proprietary, in-house, …),
    alone before the item's first link, only qualifies the line; the link's text names the work → that word, else
    None. Why: read as the line's title, the word titled the entry ("Proprietary", "Public") and the linked name
    was lost; a benchmark's list of its training and test sets writes each set this way. A second word ("Public
    health [Title](…)"), a colon ("Public: [Title](…)", a field) or a bracket makes the lead no qualifier."""
    word = lead.strip().lstrip("-*+•· \t").strip(" \t*_")
    return word if word.casefold() in _ACCESS_QUALIFIERS else None


def _bracket_label(text: str) -> str:
    """A link's text without its wrapping brackets and marks: ``[paper]``, ``(code)``, ``**[PDF]**`` → the label.
    A closing bracket that closes one the label opens stays: ``Computer in Biology and Medicine (CBM)`` keeps its
    abbreviation's ``)``."""
    label = text.strip().strip("[]()【】`*_ ").strip()
    if "(" in label and label.count("(") > label.count(")") and text.rstrip("[]【】`*_ ").endswith(")"):
        label += ")"
    return label


def _has_empty_brackets(plain: str) -> bool:
    s = plain.strip()
    return s in ("[]", "[]()") or "[]()" in s or s.startswith("[] ")


#: a reference link whose visible text is its definition's label (``[12]``, ``[12][]``): the mark shows only the number
_LABEL_SHOWN_LINK_TYPES = frozenset({"Collapsed", "Shortcut"})


def _numbered_reference_title(attrs: dict) -> str:
    """The work a numbered reference definition names in its hover text, or "".

    A bibliography kept as numbered link definitions (``[3]: http://ieeexplore…/7329474/ "Smartphone-based
    portable ultrasound imaging system: Prototype implementation and evaluation 10.1109/…"``) is cited in the
    text by its numbers (``MAX14808 ([3]) ([9])``): the definitions are never shown, their hover
    text is the only place the work is named. Only a mark that shows its number counts, and only when the hover
    text names a work: a named label (``[paper]: …``) or a bare tooltip is no such list, and a source's name shown
    for the number (an exported chat's ``**MedMNIST v2** … ([Nature][12], [arXiv][19])``) cites the work the
    item itself names, in two versions, not works of their own."""
    return _numbered_definition_hover(attrs, _LABEL_SHOWN_LINK_TYPES)


def _numbered_definition_hover(attrs: dict, link_types: Collection[str]) -> str:
    """The hover text of a link made by a numbered reference definition (``[12]: https://… "Title of the work"``),
    when the link is of one of ``link_types`` (how its text refers to the definition) and the text names a work
    (four words or more); "" otherwise."""
    title = attrs.get("title") or ""
    if not title or attrs.get("link_type") not in link_types:
        return ""
    label = (attrs.get("id") or "").strip()
    if not label.isdigit() or len(label) > 4:
        return ""
    full = " ".join(title.split())
    return full if names_work(full, 4) else ""


def _source_marked_title(attrs: dict) -> str:
    """The work a numbered reference definition's hover text names behind a full reference link, or "".

    An exported chat cites its sources by numbered definitions whose hover text is the page's title
    (``[2]: https://pmc…/PMC11987654/?utm_source=chatgpt.com "Adapter Tuning for Medical Vision-Language Models:
    A Systematic ..."``) and shows the source's name for the number (``([PMC][2])``, ``([Nature][4])``): the hover
    text is the only place the work is named. (Whether the shown text is a source's name, ``_source_name_mark``;
    whether the item names that work itself, ``_names_cited_work``.)"""
    return _numbered_definition_hover(attrs, ("Reference",))


#: the most words of a source's name shown for a numbered definition: "PMC", "Nature Medicine", "ai.nejm.org"
_SOURCE_NAME_WORDS = 3


def _source_name_mark(shown: str, hover: str) -> bool:
    """Whether a full reference link's text is a source's name (``[Nature][4]``, ``[ai.nejm.org][3]``), not the
    work's own short name that its hover text spells out (``[MedCLIP][3]`` over ``"MedCLIP: Contrastive …"``)."""
    s = shown.strip().casefold()
    return bool(s) and len(s.split()) <= _SOURCE_NAME_WORDS and not hover.casefold().startswith(s)


#: what a chat's hover text puts after the page's title: the site (" | Nature Medicine", " - PubMed", " - PMC")
_SITE_SUFFIX = re.compile(r"\s(?:\||-|\u2013|\u2014)\s[^|\-\u2013\u2014]{1,40}$")
#: a title the hover text cut short: "… for Large Language Models in ..."
_CUT_MARK = re.compile(r"\s*(?:\.\.\.|\u2026)$")


def _cited_title(hover: str) -> str:
    """A chat source's hover text as the cited work's title: less the site's name after a bar or dash (``Nurse-level
    wound staging … | Nature Medicine``, ``… - PubMed``) and a cut title's closing ellipsis."""
    title = _CUT_MARK.sub("", hover)
    if (m := _SITE_SUFFIX.search(title)) and len(title[:m.start()].split()) >= 4 \
            and len(m.group().split()) <= 1 + _SOURCE_NAME_WORDS:
        title = title[:m.start()]
    return _CUT_MARK.sub("", title).strip()


#: a coined name's shape: a capital after the first letter that no hyphen brings ("MedMNIST", "TriageNet",
#: "LLaMA"), or letters with digits ("GPT4", "v2" excluded: a name needs three characters and a letter)
_COINED_NAME = re.compile(r"\b[A-Za-z][a-z0-9]*[A-Z][A-Za-z0-9]*\b|\b[A-Za-z]+\d+[A-Za-z0-9]*\b")


def _names_cited_work(plain: str, title: str) -> bool:
    """Whether an item's own text names the work a source mark cites: the title's head before its colon or dash
    ("TriageNet" of "TriageNet: lightweight wound staging …"), or a coined name of the title ("MedMNIST"), written in
    the item. Then the marks are the item's own links, the versions of what it names; otherwise they cite a work
    of their own ("Privacy: strip EXIF data … ([ai.nejm.org][3])" cites "Automated Redaction of Identifiers …")."""
    head = re.split(r":\s|\s[-\u2013\u2014]\s", title, maxsplit=1)[0].strip()
    if head != title and len(head) >= 3 and len(head.split()) <= 4 and head.casefold() in plain.casefold():
        return True
    return any(len(name) >= 3 and re.search(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", plain)
               for name in _COINED_NAME.findall(title))


def _hover_title(text: str, title: str) -> str | None:
    """The whole title a link's hover text spells out for its shortened visible text, or None.

    Some lists keep table cells narrow with reference links to a dummy anchor whose definition carries the
    full title as the link's title attribute (``[MedCLIP]: ## "MedCLIP: Contrastive Learning from …"``,
    ``[Learning to Exploit...]: ## "Learning to Exploit Temporal Structure for …"``): the cell shows a name or
    a cut title, the hover shows the work's title. Only a title that starts with the visible text (less a
    trailing ellipsis) and says more is taken: a tooltip that merely describes the link stays a tooltip."""
    if not title or not text:
        return None
    stem = text.rstrip(" .\u2026").casefold()
    full = " ".join(title.split())
    if len(stem) < 3 or len(full) <= len(text) or not full.casefold().startswith(stem):
        return None
    return full


def _unlinked_short_name(text: str) -> bool:
    """A placeholder link's text that names something (``Mask R-CNN``, ``U-Net``, ``BERT``): not a role word or a
    link's label ("[code]()", "[PDF]()", "[here]()"), which says what the missing link would reach, not what the
    line is; and a name's shape (two words, a digit or hyphen, capitals), not one plain word ("[Empty]() an empty
    destination": a word of the sentence)."""
    from medkg.classify import is_bare_pointer, is_link_label

    if not _is_meaningful(text) or _is_role_word(text) or is_link_label(text) or is_bare_pointer(text):
        return False
    return len(text.split()) >= 2 or any(not ch.isalpha() for ch in text) or sum(map(str.isupper, text)) >= 2


#: words a writer puts where an address will go: "[paper](TBD)", "[code](TODO)" (a run of x's is one too), or
#: where there is none: "|[Dataset](NA)|[Paper](nature…)|", "[code](N/A)", "[pdf](None)" ("not available")
_PLACEHOLDER_WORDS = frozenset({"tbd", "tba", "todo", "na", "n/a", "none"})


def _placeholder_word(url: str) -> bool:
    """Whether a link's destination is a placeholder word, not an address: "XXX", "xxxx", "TBD", "TODO". Why: a
    survey's reference list wrote "[**arXiv, 2019**] Title [paper](XXX)" for every work whose address it had yet to
    fill; read as a relative address, the link made each cited work a web page. A relative path named only by x's
    or by such a word names no file a list links."""
    low = url.strip().casefold()
    return low in _PLACEHOLDER_WORDS or len(low) >= 2 and not low.strip("x")


#: a lone word where an address goes: letters first, then letters, digits or hyphens (no dot, slash or colon)
_LONE_WORD_ADDRESS = re.compile(r"[A-Za-z][A-Za-z0-9-]{0,39}")


def _word_for_paper_address(url: str, label: str) -> bool:
    """``- ⭐ *(2025-TMI)* **Title** [[Paper]](CheXpert)``: a link whose text names the work's paper ("Paper", "PDF",
    "arXiv") but whose destination is one bare word, no address (a data set's name pasted into the paper slot). Why:
    read as a relative address, the link made the work a web page, and the list's paper was lost; the word names no
    paper a list links (a paper is a PDF, a record or a page, never a dot-less relative name). The link goes as an
    empty one does, the entry keeps its title and byline. A code label over such a word is read in ``classify``
    ("[code](available)"); other labels keep their links."""
    return _LONE_WORD_ADDRESS.fullmatch(url.strip()) is not None and label_role(label) == "paper"


def _empty_stem_file(url: str) -> bool:
    """A relative link to a file whose name is only its extension ("./citations/.txt", "papers/.pdf"): a list's item
    template keeps the link to its per-work file ("[:book:](./citations/name2023title.txt)") with the key left out
    ("+ []() ( et al., Journal 2023) [:book:](./citations/.txt)"). The file is the template's slot, not one the
    list holds: as good as an empty link. A dotted folder on the way ("./.github/ci.yml") has a name after it, and
    a dotted name longer than an extension (".github", ".gitignore") is no slot. (Callers test "/." first.)"""
    if "://" in url or url.startswith("mailto:"):
        return False
    path = url.split("#", 1)[0].split("?", 1)[0]
    head, _, name = path.rpartition("/")
    return bool(head) and 2 <= len(name) <= 5 and name[0] == "." and name[1:].isalnum()


#: a whole web address written as a link's text ("[https://arxiv.org/abs/1904.08379]()"): one token, no spaces
_WRITTEN_ADDRESS = re.compile(r"https?://[^\s\[\]()<>]+\.[^\s\[\]()<>]+")


def _placeholder_destination(url: str) -> bool:
    """A link whose destination is empty, or holds no letter or digit ("[CODE](--)", "[PDF](-)", "[code](...)"):
    the curator's mark for "none yet", as good as an empty one, never an address. In-page anchors ("#top")
    are navigation, read apart; a bare "#" jumps nowhere and is that mark too ("[Title(CVPR2015)](#)"). A
    template's unfilled forge address ("[Link](https://github.com/xxxx/xxx)", ``ids.template_repo``) is such a mark
    too, and so is a placeholder word where the address should be ("[paper](XXX)", "[code](TBD)",
    ``_placeholder_word``)."""
    if _placeholder_word(url):
        return True
    if "/." in url and _empty_stem_file(url):
        return True
    if url[:1].isalnum():
        return ids.template_repo(url)  # "https://…", "github.com/…": an address (most links), unless a template's
    u = url.strip()
    return not u or u == "#" or not u.startswith("#") and not any(c.isalnum() for c in u)


#: the bars a heading sets between the writer's label for a work and the work's linked title ("｜", " | ")
_LABEL_BARS = frozenset("|｜¦")
#: the dashes that part a label from the title when spaced off it ("Attention - [Title](…)"; "U-Net" is one word)
_SPACED_DASHES = frozenset("-–—")


def barred_label_link_title(inl: _Inline) -> str | None:
    """``#### 综述二：自监督小样本检测｜[A Survey of Self-Supervised …](arxiv…)`` / ``#### 自监督特征学习(TPAMI2021) |
    [Title](…)`` → the link's text: a heading that opens with the writer's own label for the work (its number in the
    section, its topic, a venue tag), a bar (or a dash spaced off it), then the work's title as its one titled link
    (after it only the work's role links, "[code](…)", or badges) names the work by the link's text; the label is
    the list's note on it, no part of the title (read whole, the title kept "综述二：…｜" or, once the venue tag was
    cut, a stray "|"). Only a label shorter than the linked title: "### A Whole Paper Title | [Lab Name](…)" links
    something else. None otherwise."""
    links = [link for link in inl.links if not link.image]
    if not links:
        return None
    first = links[0]
    head = inl.plain[:first.start].rstrip()
    if not (head[-1:] in _LABEL_BARS or head[-1:] in _SPACED_DASHES and head[-2:-1].isspace()) \
            or not any(ch.isalnum() for ch in head[:-1]):
        return None
    text = " ".join(first.text.split())
    if len(head) >= len(text) or not _is_meaningful(text) or _is_role_word(text):
        return None
    at = first.end
    for link in links[1:]:
        if not _is_role_word(link.text) or any(ch.isalnum() for ch in inl.plain[at:link.start]):
            return None
        at = link.end
    return None if any(ch.isalnum() for ch in inl.plain[at:]) else text


def _is_role_word(text: str) -> bool:
    from medkg.classify import label_role

    return label_role(_bracket_label(text)) is not None


#: a link destination wrapped once more in brackets ("[✓]([https://github.com/o/r])", "[✓]((https://…))",
#: "[code](<https://…>)" kept literally), or a whole link pasted as the destination
#: ("[Yazdavar et al. (2017)]([url](https://arxiv.org/pdf/1710.05429.pdf))", what an editor's
#: "insert link" placeholder leaves when a link is pasted over it): the address inside. The
#: pasted link's text may be the stale address it replaced, however long
#: ("[[Github]([https://github.com/old/repo](https://github.com/new/repo))]"): the new one is meant
_WRAPPED_URL = re.compile(r"^(?:\[\s*(\S+?)\s*\]|\(\s*(\S+?)\s*\)|<\s*(\S+?)\s*>"
                          r"|\[(?:[^\[\]]{0,40}|\s*https?://[^\s\[\]]+\s*)\]\(\s*<?(\S+?)>?\s*\)"
                          # the address typed in quotes as a string ("[Title](\"https://arxiv.org/pdf/…\")", in
                          # course notes; "('https://…')", "(“https://…”)"): CommonMark keeps the quotes in the
                          # destination, yet no address opens on a quote
                          r"|\"(\S+?)\"|'(\S+?)'|\u201c(\S+?)\u201d)$")


def _pasted_link_text_record(url: str) -> str | None:
    """``[https://link.springer.com/chapter/10.1007/978-3-031-20059-5_1](https://arxiv.org/pdf/2204.09817)``: a whole
    link pasted as a destination (``_WRAPPED_URL``) whose text is itself an address naming a scholarly record (a DOI,
    a PMCID, a PMID or an arXiv id) of another kind than the target's → that address; None otherwise. Why: a survey
    gives each paper's publisher (or PMC) page and its preprint this way, one link; ``_unwrap_url`` keeps the
    target, and the record's DOI was lost. A stale repository address
    (``[[Github]([https://github.com/old/repo](https://github.com/new/repo))]``) names no record and stays dropped."""
    m = _WRAPPED_URL.match(url)
    if m is None or m.group(4) is None or not url.startswith(("[http://", "[https://", "[ http")):
        return None
    text = url[1 : url.find("](")].strip()
    found = ids.ids_from_url(text)
    if text == m.group(4) or not any(found):
        return None
    # "[[PDF]([https://arxiv.org/abs/2203.13963](https://arxiv.org/abs/2205.10650))]": a text naming a record of
    # the target's own kind (two arXiv ids, two DOIs) is the stale address of another work, copied from the line
    # above; only a record of another kind (the publisher's DOI beside the preprint) is the same work's
    target = ids.ids_from_url(m.group(4))
    return None if any(a and b for a, b in zip(found, target)) else text


def _unwrap_url(url: str) -> str:
    """``url``, or the address a wrapped destination holds (``_WRAPPED_URL``); a link title typed against the
    address with no space before it (``[[HTML]](https://link.springer.com/article/10.1007/s10618-015-0444-8"[HTML]")``)
    is no part of it: CommonMark reads the quotes into the destination, yet no address holds a raw quote, so the
    address ends where the quoted title starts. A quoted query value (``scholar?q="isolation forest"``) is
    the address's own."""
    if url[-1:] == '"' and (quote := url.find('"')) > 0 and quote < len(url) - 1 and url[quote - 1] != "=" \
            and url[:4].lower() in ("http", "www."):
        url = url[:quote]
    if url[:1] not in "[(<\"'\u201c":
        return url  # the usual case: no pattern to try
    m = _WRAPPED_URL.match(url)
    if m is None:
        return url
    inner = next(g for g in m.groups() if g)
    return inner if inner.lower().startswith(("http://", "https://", "ftp://", "www.")) else url
