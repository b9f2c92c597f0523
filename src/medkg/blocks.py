"""Block recognisers: which paragraphs are items, which sub-lists are fields, which lists are contents.

What it is for: ``_paragraph_units`` splits a section's paragraphs into units and ``_item_kind``
says which read as list items (``[Title](url) - note``, ``-[Title](url)``, one per line);
``_title_field_value`` and ``_standalone_links`` find ``**Title:** value`` records and bare
``[Name](url)`` paragraphs; ``_field_list_inlines`` says whether an item's sub-bullets are its
fields (``地址：URL``, ``[code](…)``) or entries of their own; ``_is_toc`` and ``_only_badges``
find blocks that hold no entries at all.

Why separate: each is a question about one block, answered from its nodes and inline text
with no parser state. The list walk (``parse._Parser``) asks them and keeps only the walk and
the assembling of entries.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from medkg import citation, classify, ids, textkey
from medkg.citation import (
    REFERENCE_NUMBER,
    VENUE_WORDS,
    authors_first_reference,
    byline_names,
    personal_name,
    whole_reference,
    without_et_al,
)
from medkg.classify import (
    WEIGHTS_LABELS,
    _ZH_LABEL_ENDINGS,
    author_year_byline,
    author_venue_year_label,
    author_year_label,
    glued_author_year_key,
    is_bare_pointer,
    is_home_label,
    is_kind_tag,
    is_link_label,
    label_role,
    link_role,
    names_paper_kind,
    reads_like_paper_title,
    section_hint,
    strip_symbols,
    title_cased,
    url_role,
    venue_year_label,
)
from medkg.inline import (
    _HTML_BR,
    kind_tag_lead,
    cut_inner_etal_byline,
    _BRACKET_TAG_LEAD,
    PAPER_TAG_WORDS,
    role_tag_label,
    bold_venue_year_tag,
    _title_after_label_link,
    _YEAR_IN_TEXT,
    _drop_closing_stop,
    _SKIPPED_BLOCKS,
    _COLONS,
    _Inline,
    _RawLink,
    _blockquote_inline,
    _bracket_label,
    _clean_title,
    _inline,
    _is_cjk,
    _is_meaningful,
    _is_role_word,
    _LINK_LABEL_ONLY,
    _PAREN_VENUE_TAG_LEAD,
    names_work,
    date_stamped_link,
    year_venue_titled,
    quoted_link_title,
    stacked_tags_lead,
    _prose,
    _split_label,
    unlinked_title,
)
from medkg.mdtree import _Node
from medkg.model import Heading, Link
from medkg.tables import _only_source_labels


def closes_on_bracketed_year(text: str) -> bool:
    """``Improving prediction of secondary structure … by iterative deep learning (2015)``: a line that closes on its
    year alone in brackets, as a reading list dates a work it names by its title. Why: a loose item's first
    paragraph written so is the work's reference, and the indented paragraph under it (``    利用迭代的结构…``) is the
    reader's note on it, not more of its title. Only a four-digit year of 1900–2099 right before the closing
    bracket; a constant-time look at the line's end."""
    s = text.rstrip()
    return len(s) >= 12 and s[-1] in ")）" and s[-6] in "(（" and s[-5:-1].isdigit() and s[-5:-3] in ("19", "20") \
        and s[-7:-6].isspace()


#: a reading note's heading closed by the work's date in brackets: "Title (2019-03-19)", "Title (2020)", "Title（2021）"
_CLOSING_DATE = re.compile(r"\s[(（]((?:19|20)\d\d)(?:-[01]?\d(?:-[0-3]?\d)?)?[)）]$")


def closing_bracketed_date(title: str) -> tuple[str, int] | None:
    """``Deep Neural Networks Improve … Screening (2019-03-19)`` → (the title, 2019): the year, or the ISO date, a
    reading note's heading closes with in brackets, as a reference manager's export dates each note's work. Why:
    the date is the work's year, no part of its title; else None."""
    m = _CLOSING_DATE.search(title.rstrip())
    if m is None or len(title[:m.start()].split()) < 3:
        return None
    return title[:m.start()].rstrip(), int(m.group(1))


def _standalone_links(parts: list[tuple[_Node, _Inline]], heading: str = "") -> list[tuple[_Node, _Inline]]:
    """Paragraphs that are each one named link (not a ``[项目地址]`` label), if all linked ones are.

    One such paragraph alone counts only when its link text reads as a title (four words or more,
    no role label), or when ``heading`` names a section of links (``## See also``, ``## 友情链接``): ``## Image &
    Text`` + ``[Radiology report generation: a survey](…)`` is a paper under a heading and ``## 友情链接`` +
    ``[awesome-medical-nlp](github…)`` a link under one, while ``### BioBERT`` + ``[Paper](…)`` is a heading
    block naming BioBERT."""
    linked = [(p, inl) for p, inl in parts if p.kind == "Paragraph" and inl.links]
    if not linked:
        return []
    if len(linked) == 1 and not names_work(linked[0][1].links[0].text, min_words=4) \
            and not (heading and classify.section_hint([heading]) == "website") \
            and not _lone_paper_under_section_heading(linked[0][1].links[0], heading):
        return []
    # ("## Reviews" / "[Benchmarking … deconvolution - Li et al. Nat Meth 2022](pubmed…): Considers …": a lone
    # paragraph opening with a work's titled paper link, its note after it, under a section's name is that work)
    if len(linked) == 1 and len(parts) == 1 and _titled_paper_link_then_note(linked[0][1], heading):
        return linked
    for _, inl in linked:
        if len(inl.links) != 1 or _clean_title(inl.plain) != _clean_title(inl.links[0].text) \
                or (len(inl.links[0].text) <= 8 and _is_role_word(inl.links[0].text)) or inl.links[0].bare \
                or inl.links[0].image:
            return []
    return linked


def _titled_paper_link_then_note(inl: _Inline, heading: str) -> bool:
    """``## Reviews`` / ``[Benchmarking spatial and single-cell … deconvolution - Li et al. Nat Meth 2022](pubmed…):
    Considers …``: a paragraph that opens with its one link, a paper's page whose text reads as a title of four
    words or more, then the reader's note, under a heading that names a section (``_lone_paper_under_section_heading``:
    a short heading sharing no word with the link's text). Why: read as the heading's record, the section's name
    ("Reviews") titled the paper; ``### BioBERT`` / ``[Paper](…): …`` (a label, not a title) stays the heading's."""
    if not inl.links or inl.plain[:inl.links[0].start].strip() or inl.links[0].bare or inl.links[0].image:
        return False
    link = inl.links[0]
    # ("## Genotyping" / "[SusieR - Zou et al. PLoS Genetics 2022](pubmed…) Implements the sum of single effects
    # ([SUSiE](…)) model …": the note may cite other works by links within its prose, words of it before them; a
    # second link straight after the first is the entry's own link line, read as before)
    if len(inl.links) > 1 and len(inl.plain[link.end:inl.links[1].start].split()) < _NOTE_WORDS_BEFORE_CITED_LINK:
        return False
    return (names_work(link.text, min_words=4) or _dated_et_al_label(link.text)) \
        and _lone_paper_under_section_heading(link, heading)


#: the words of a reader's note before a link it cites in passing ("Implements the sum of single effects ([…](…))")
_NOTE_WORDS_BEFORE_CITED_LINK = 3


def _dated_et_al_label(text: str) -> bool:
    """``Torres et al. AJHG 2021``, ``Meta Imputation - Yu et al. AJHG 2022``: a link's text that cites a work by
    its first author, "et al." and the year (perhaps its short name and venue too). Why: such a label names one
    work as a title does, though it reads as no title (``names_work``); under a section's heading, alone, it is
    the section's entry, not the heading's link."""
    return "et al" in text and _YEAR_IN_TEXT.search(text) is not None


def _lone_paper_under_section_heading(link: _RawLink, heading: str) -> bool:
    """``## Recent Content`` / ``[Visio-Linguistic Brain Encoding](openreview…)``: a short heading that is no
    work's title (under five words) and shares no word with the lone link's text names a section, not the work
    (``### BioBERT`` / ``[BioBERT pre-trained model](…)`` names it): a link to a paper's page whose text reads
    as a title of three words is then the entry, titled by its link, not a record titled by the heading. Why:
    read as a heading record, the section's name became a paper and the linked title its venue."""
    # ("## Synthetic data:" / "[Asclepius](arxiv…)": a heading closed by a colon announces what follows it, a label
    # no work is titled by; the lone paper link under it is the entry even when its text is one name, not a title)
    announces = heading.rstrip().endswith((":", "："))
    if not heading or names_work(heading, min_words=5) \
            or not (names_work(link.text) or _dated_et_al_label(link.text)
                    or announces and not is_link_label(_clean_title(link.text))) \
            or classify.link_role(link.text, link.url) != "paper":
        return False
    words, linked = set(textkey.words(heading)), set(textkey.words(link.text))
    return bool(words) and not words & linked


_BULLET_CHARS = "-*+•·"
#: a lead ending in one of these runs on into its link: a sentence ("… see the [report](…)"), not a title
#: the words a title line cannot end on: a break after one ("… segmentation and" / "outcome prediction …") is a wrap
_TITLE_RUN_ON_WORDS = frozenset("a an the of for in on at by from to with via and or".split())
_RUN_ON_WORDS = _TITLE_RUN_ON_WORDS | frozenset("""as see following our this these here is are was were be visit check
    read find use""".split())
#: the label a whole reference written as text puts before its locator link, a colon after it: IEEE "Available:",
#: Vancouver "Available from:", "URL:" (the word before the colon)
_LOCATOR_LABELS = frozenset(("available", "from", "url"))
#: letters of prose after an item's first link (outside link texts) beyond which it is a sentence, not an item
MAX_ITEM_TAIL_LETTERS = 40
#: the letters a reference with a quoted linked title may have after it (its venue, volume, pages, year)
MAX_CITATION_TAIL_LETTERS = 160


def _unlinked_text(inl: _Inline) -> str:
    """The paragraph's text with its links' text cut out (what labels or separates them)."""
    rest, pos = [], 0
    for link in inl.links:
        rest.append(inl.plain[pos:link.start])
        pos = link.end
    rest.append(inl.plain[pos:])
    return "".join(rest)


def _link_line(inl: _Inline) -> bool:
    """A paragraph that is only its links and at most a short label: ``论文地址：[https://…](https://…)``,
    ``Paper: [link](…)``, ``[paper](…) [code](…)``."""
    if not inl.links or inl.image_links or "\n" in inl.plain.strip():
        return False
    label = _unlinked_text(inl).strip().strip("|/·-–—,;[]()").strip()
    return not label or (len(label) <= 16 and label.endswith(_COLONS) or _LINK_LABEL_ONLY.match(label) is not None)


#: the most words a label's own value may hold when the label stands over its URL ("paper: MICCAI2023")
_LABEL_OVER_URL_VALUE_WORDS = 2


def _label_over_url_line(inl: _Inline) -> bool:
    """``github:`` / ``paper: MICCAI2023`` / ``csdn：``: a link-less line that is a field's label alone (its value a
    venue tag of a word or two at most), its URL left for the next paragraph."""
    line = inl.plain.strip()
    label, value = _split_label(line)
    if inl.links or "\n" in line or not label or (not value and not line.endswith(_COLONS)):
        return False
    return len(value.split()) <= _LABEL_OVER_URL_VALUE_WORDS


def quoted_label_over_url_fields(node: _Node) -> bool:
    """``> github:`` / ``>`` / ``> https://github.com/…`` / ``>`` / ``> paper: MICCAI2023`` / ``>`` /
    ``> https://arxiv.org/pdf/…``: a reading note's quote of its work's fields, each label on a paragraph of its
    own and its bare URL on the next, under a heading that names the work (``# 04.Title``). The quote holds
    nothing but the record's labelled links, as ``> Paper: https://…`` on one line would: every paragraph a
    label, bare URLs or a short label with its bare URL (``中文博客：https://…``), and a label of the paper's or
    the code's role stands right over a bare URL. Why: split so, no line is a labelled link line, and the
    work and its identifier were dropped as quoted notes; a quote of prose or of one bare address says no
    such thing."""
    paras = [c for c in node.children if c.kind == "Paragraph"]
    if len(paras) != len(node.children) or len(paras) < 2:
        return False
    parts = [_inline(p.children) for p in paras]
    if not all(_label_over_url_line(inl) or bare_urls_only(inl) or _link_line(inl) and all(
            link.bare for link in inl.links) for inl in parts):
        return False
    return any(_label_over_url_line(a) and field_role(_split_label(a.plain.strip())[0]) in ("paper", "code")
               and bare_urls_only(b) for a, b in zip(parts, parts[1:]))


def quoted_url_labels(node: _Node) -> dict[str, str]:
    """The labels of a label-over-URL quote (``quoted_label_over_url_fields``) by the URLs of the bare-URL paragraph
    each stands over: ``> paper: NIPS`` / ``>`` / ``> https://openreview…`` → the URL's label "paper", as
    ``Paper: https://…`` on one line gives it; read apart, the link was labelled by its own address."""
    parts = [_inline(c.children) for c in node.children if c.kind == "Paragraph"]
    return {link.url: _split_label(a.plain.strip())[0] for a, b in zip(parts, parts[1:])
            if _label_over_url_line(a) and bare_urls_only(b) for link in b.links}


#: the most words a name labelling a quoted line of links holds ("Chromatin Velocity: https://github…")
_QUOTED_LINK_LABEL_WORDS = 3


def quoted_link_lines(inl: _Inline) -> bool:
    """A quote under an item that is only its links, one line or several, each line at most a short name
    labelling them and separators (``> https://github.com/…/CelliD;``, ``> Milo: https://github…``,
    ``> Chromatin Velocity: https://github…/scGET; https://github…/scatACC``): what a notes file writes
    under a reference to give the work's code and pages. Unlike a quoted abstract or source line, it says
    nothing; its links are the record's own, even when the reference above links its paper."""
    if not inl.links or inl.image_links:
        return False
    for line in _unlinked_text(inl).split("\n"):
        label = line.strip().strip("|/·-–—,;.").strip()
        if label and not (label.endswith(_COLONS) and len(label.split()) <= _QUOTED_LINK_LABEL_WORDS):
            return False
    return True


#: the words that label a work's code address at the end of its quoted reference ("Download: https://github…")
_QUOTED_CODE_LABELS = frozenset(("download", "downloads", "source", "software", "repository", "available at"))
#: how far before an address its label may start (a label and its colon, a space)
_QUOTED_CODE_LABEL_SPAN = 32


def quoted_labelled_code_links(inl: _Inline) -> list[_RawLink]:
    """``> Authors (2020). Title. In Bioinformatics. doi: [10.…](…). Download: https://github.com/…``: the links to a
    code repository in a quoted reference that the words right before them label as the work's code ("Code:",
    "Source code:", "Download:", "Available at:": the label's last word or two, right before the colon). Why: a
    pipeline's citation page quotes each tool's reference under the tool's linked name and ends it with where to
    get the tool; the item links its paper, so the quote's links were read as a passing mention and the paper lost
    its code. A repository named in the reference's prose ("as in [Tool](github…)") or a paper link is none."""
    out = []
    for link in inl.links:
        if link.image or url_role(link.url) != "code":
            continue
        before = inl.plain[max(0, link.start - _QUOTED_CODE_LABEL_SPAN):link.start].rstrip()
        if not before.endswith(_COLONS):
            continue
        words = [w.strip("*_").casefold() for w in before[:-1].split()[-2:]]
        labels = {words[-1], " ".join(words)} if words else set()
        if any(label in _QUOTED_CODE_LABELS or field_role(label) == "code" for label in labels):
            out.append(link)
    return out


def _role_labelled_address_lines(inl: _Inline) -> list[str] | None:
    """The roles of a paragraph's lines when every line is a role label and the address it labels
    (``论文链接： <https://arxiv…>`` / ``代码链接：[https://github…](https://github…)``), or None: a line of prose,
    a label naming no paper or code role, a label left without its address, a link named by words."""
    if not inl.links or inl.image_links or not all(_spells_address(link) for link in inl.links):
        return None
    roles, pos, k = [], 0, 0
    for line in inl.plain.split("\n"):
        end = pos + len(line)
        label_text, has_link = [], False
        cut = pos
        while k < len(inl.links) and inl.links[k].start < end + 1:
            link = inl.links[k]
            label_text.append(inl.plain[cut:link.start])
            cut = link.end
            has_link = True
            k += 1
        label_text.append(inl.plain[cut:end])
        label = "".join(label_text).strip().strip("|/·-–—,;.>").strip()
        pos = end + 1
        if not label and not has_link:
            continue
        if not has_link or not label.endswith(_COLONS):
            return None
        role = field_role(label[:-1].strip())
        if role is None:
            return None
        roles.append(role)
    return roles


#: the most addresses a stamped line gives (its paper's, its code's, a mirror or two): more is a page of links
_MAX_STAMPED_ADDRESSES = 6
#: the most characters a venue stamp may hold before a line's first role label ("出自MICCAI 2021 pp 594-603。")
_MAX_STAMP_BEFORE_LABELS = 32
#: what ends the stamp or a link before the next role label: sentence marks, separators, spaces
_LABEL_BREAK = re.compile(r"[。，、；,;|/·\s]+")
#: the year a venue stamp gives ("出自ICCV 2021", "出自NIPS2018")
_STAMP_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def stamped_role_addresses_line(inl: _Inline) -> bool:
    """``出自MICCAI 2021。论文lib:https://arxiv…  code:https://github…`` / ``出自AAAI 2018，code：https://github… ，
    论文lib：https://arxiv…``: a one-line paragraph whose every link is an address written out, each right after a
    label of the paper's or the code's role (one of them the paper's), with at most a short venue stamp before the
    first label and nothing but punctuation after the last link. It is a reading note's line of its work's links,
    the heading above titling the work. Why: a group's paper-sharing notes open each "## 1.Title" section with that
    line, then go on with paragraphs and bullets of the reader's notes; read as an introduction before a list, the
    work and its identifiers were dropped and the notes became entries. A sentence around a link is no such line."""
    links = [link for link in inl.links if not link.image]
    text = inl.plain
    if not links or len(links) > _MAX_STAMPED_ADDRESSES or inl.image_links or "\n" in text.strip() \
            or not all(_spells_address(link) for link in links):
        return False
    roles, cut = [], 0
    for at, link in enumerate(links):
        before = text[cut:link.start].rstrip()
        if not before.endswith(_COLONS):
            return False
        words = _LABEL_BREAK.sub(" ", before[:-1]).split()
        # the label: its last word, or its last two ("论文 lib："); before the first label only a short stamp
        label = next((" ".join(words[-n:]) for n in (1, 2) if len(words) >= n and field_role(" ".join(words[-n:]))),
                     "")
        stamp = before.strip()[:-1 - len(label)].strip() if at == 0 else " ".join(words)[:-len(label) or None]
        if not label or stamp and (at or len(stamp) > _MAX_STAMP_BEFORE_LABELS or not _STAMP_YEAR.search(stamp)):
            return False  # (a stamp dates the work; between two links, words besides the label make a sentence)
        role = field_role(label)
        if role not in ("paper", "code"):
            return False
        roles.append(role)
        cut = link.end
    return "paper" in roles and len(text[cut:].strip(" 。.，,;；\u2003")) == 0


def quoted_role_address_fields(node: _Node) -> bool:
    """``> 论文链接： <https://arxiv.org/abs/…>`` / ``> 代码链接：<https://github.com/…>``: a reading note's quote of
    its work's links under the heading that names the work, each line (or paragraph) a paper or code label and
    the address it labels, one of them the paper's. The quote holds nothing but the record's labelled links, as
    the same lines unquoted would; read as a quoted note, the work and its identifier were dropped. Unlike
    ``quoted_label_over_url_fields`` the label and its address share a line; unlike ``_quoted_field_record``
    there is no title line, the heading gives it."""
    if not node.children or any(c.kind != "Paragraph" for c in node.children):
        return False
    roles: list[str] = []
    for c in node.children:
        got = _role_labelled_address_lines(_inline(c.children))
        if got is None:
            return False
        roles.extend(got)
    return "paper" in roles


def _title_link_records(parts: Iterable[tuple[_Node, _Inline]], min_records: int = 2) -> list[list[tuple[_Node, _Inline]]] | None:
    """A section written as records of a link-less title paragraph (perhaps followed by link-less notes:
    a translation, an award) closed by a link line::

        Self-Alignment Pretraining for Biomedical Entity Representations

        论文地址：[https://aclanthology.org/2021.naacl-main.334/](https://aclanthology.org/2021.naacl-main.334/)

    Two records or more, each with a link that is not a repository (the paper), or None: a heading's
    description followed by its links ("A model …" / "Paper: […]" / "More …" / "Code: […]") is not split.
    ``min_records=1`` when the section goes on to records of the same shape under bold titles: one such
    record before them is the section's first record written without its bold, not the heading's lines."""
    records: list[list[tuple[_Node, _Inline]]] = []
    current: list[tuple[_Node, _Inline]] = []
    linked = False
    for p, inl in parts:
        if p.kind != "Paragraph":
            return None
        if inl.links:
            if not current or not _link_line(inl):
                return None
            current.append((p, inl))
            linked = True
            continue
        if linked:  # a link-less paragraph after the record's link line opens the next record
            records.append(current)
            current, linked = [], False
        title = inl.plain.strip()
        if not current and ("\n" in title or not names_work(title, min_words=2)):
            return None
        current.append((p, inl))
    if not linked:
        # "Title A" / "https://arxiv…" / "Title B" / "https://arxiv…" / "Model C : just the two above combined.": one
        # link-less paragraph closing a run of two records or more is a note after the last (a README's word on
        # its own variant), not a record that never got its link; read so, the whole section became one record
        # titled by its heading. A lone record before it stays unsplit (a heading's description and links).
        if len(current) != 1 or len(records) < max(min_records, 2):
            return None
        records[-1] = records[-1] + current
        current = []
    if current:
        records.append(current)
    if len(records) < min_records:
        return None
    for rec in records:
        if not any(not _is_repository_url(link.url) for _, inl in rec for link in inl.links):
            return None
    return records


#: a title's closing year, perhaps with the lab or company after it: ", 2022", ", 2022, Google DeepMind"
_CLOSING_YEAR_NOTE = re.compile(r",\s*(?P<year>(?:19|20)\d{2})(?:,\s*[A-Z][\w&.' -]{0,40})?\s*$")


def split_closing_year(text: str) -> tuple[str, int | None]:
    """``Chain of Thought Prompting …, 2022`` -> (the title, 2022): a bare title's closing year (and the lab after
    it) is the work's date, not words of its title."""
    m = _CLOSING_YEAR_NOTE.search(text)
    return (text[:m.start()].strip(), int(m.group("year"))) if m else (text.strip(), None)


def bare_dated_title(plain: str) -> bool:
    """``Chain of Thought Prompting Elicits Reasoning in Large Language Models, 2022``: a paragraph of one line that
    is a work's title alone (four words or more, read as a paper's title, no closing stop: a sentence of prose ends
    on one), closed by its year after a comma (perhaps the lab after it).
    Why: a plain reading list writes each work as its title over its address; one whose address the reader did
    not note is still a work of the list (``parse._URL_TITLED_ITEMS_AROUND_BARE_TITLE`` such siblings around it)."""
    text = plain.strip()
    if not text or "\n" in text or text.endswith((".", ":", "：", ";")) or len(text) > 250:
        return False
    title, year = split_closing_year(text)
    # (the closing year is required: a title-like line alone, "Computational Approaches to Targeted Protein
    # Degradation" over its papers, or "Reference papers on digital pathology" under the list's name, is a topic
    # line or the list's tagline as often as a work whose address went unnoted)
    return year is not None and names_work(title, min_words=4) and title[:1].isupper() \
        and reads_like_paper_title(title)


def bare_title_line(plain: str) -> bool:
    """``Changing Trends in Computational Drug Repositioning``: a paragraph of one line that is a work's title alone,
    five words or more, read as a paper's title and not as a sentence (no closing stop, colon or semicolon), no year
    needed. Why: a plain notes file writes each work on one line as its title then its written-out address
    ("Title https://…"); a work whose address the reader did not note sits between two such lines with only its
    title, and read as a note it ran into the work above (``parse._URL_LINE_ITEMS_AROUND_BARE_TITLE`` such lines
    around it, both its neighbours among them: a topic line or a tagline opens a run, it does not sit inside one)."""
    text = plain.strip()
    if not text or "\n" in text or text.endswith((".", ":", "：", ";", "。")) or len(text) > 250:
        return False
    return names_work(text, min_words=5) and text[:1].isupper() and reads_like_paper_title(text) \
        and not classify.reads_as_sentence(text)


def line_over_bare_urls(inl: _Inline) -> bool:
    """``Med-PaLM 2`` / ``https://blog.google/…``: a paragraph of two lines, the first link-less words, the second
    nothing but written-out addresses (a plain reading list's item, whatever its first line names)."""
    text = inl.plain.strip()
    if text.count("\n") != 1 or not inl.links or any(not link.bare or link.image for link in inl.links):
        return False
    head, tail = inl.plain.lstrip().split("\n", 1)
    rest = tail
    for link in inl.links:
        if link.text in head:
            return False  # "https://…" / "https://…": addresses alone, no name over them
        rest = rest.replace(link.text, "")
    return bool(head.strip()) and not rest.strip() and len(head.strip()) <= 250


def translated_title_record(parts: list[tuple[_Node, _Inline]]) -> bool:
    """``MedEvalBench: A Multi-Task Benchmark for …`` / ``MedEvalBench：…的多任务基准`` / ``论文链接：[url](url)``: one
    record (``_title_link_records``) whose title paragraph, a line of Latin script, is followed by its translation
    (link-less lines in Chinese, Japanese or Korean script) and closed by a line linking the paper under a paper
    label. A heading's own description is no title followed by its translation: the record is the work's, even
    when the section holds no other and no section before it was read as such records (the list's first section,
    ``### 评测比赛``, over one paper). Why: read as the heading's lines, the work was titled by its topic."""
    if len(parts) < 3 or any(p.kind != "Paragraph" for p, _ in parts):
        return False
    title, last = parts[0][1], parts[-1][1]
    text = title.plain.strip()
    if title.links or "\n" in text or classify.has_cjk(text) or not names_work(text, min_words=4):
        return False
    if not all(not inl.links and classify.has_cjk(inl.plain) and "\n" not in inl.plain.strip()
               for _, inl in parts[1:-1]):
        return False
    if not _link_line(last) or any(_is_repository_url(link.url) for link in last.links):
        return False
    label = _unlinked_text(last).strip().rstrip("".join(_COLONS)).strip()
    return field_role(label) == "paper"


#: the most words and characters of a stanza's name paragraph (``name_stanza_records``): "EVEX/Turku Event Extraction
#: System", "Comparison of Pubtator, BioC, PubAnnotations on an example"; a longer line is a note on the stanza
_STANZA_NAME_WORDS = 8
_STANZA_NAME_CHARS = 80


def _short_name(text: str) -> bool:
    """One line of at most ``_STANZA_NAME_WORDS`` words (a dash between words is none: "PMCID - PMID - DOI
    Converter") that is no link role word (``Code``, ``Paper`` caption a heading record's own links)."""
    return bool(text) and "\n" not in text and len(text) <= _STANZA_NAME_CHARS \
        and sum(1 for w in text.split() if any(ch.isalnum() for ch in w)) <= _STANZA_NAME_WORDS \
        and _is_meaningful(text) and not _is_role_word(text)


def _stanza_name(inl: _Inline) -> bool:
    """A link-less paragraph that is a tool's name alone (``AllenNLP``, ``Stanford Parser``): a short line
    (``_short_name``) with no closing stop."""
    text = inl.plain.strip()
    return not inl.links and not text.endswith(".") and _short_name(text)


def _named_url_line(inl: _Inline) -> bool:
    """``brat`` / ``http://brat.nlplab.org/`` in one paragraph, or ``Pubannotation http://pubannotation.org/`` on
    one line: a whole stanza, its short name before its bare URLs."""
    first = next((link for link in inl.links if not link.image), None)
    if first is None or any(not link.bare for link in inl.links):
        return False
    lead = inl.plain[:first.start]
    return not _unlinked_text(inl)[len(lead):].strip() and _short_name(lead.strip())


def name_stanza_records(parts: Iterable[tuple[_Node, _Inline]]) -> tuple[list[tuple[_Node, _Inline]],
                                                                    list[list[tuple[_Node, _Inline]]]] | None:
    """A section written with no bullets, each tool a stanza of blank-line-separated paragraphs::

        AllenNLP

        NLP library built on PyTorch

        https://allennlp.org/

        Stanford Parser

        Klein, D. and Manning, C. (2002). Fast Exact Inference … In Advances in …

        https://nlp.stanford.edu/software/lex-parser.shtml

    A short name paragraph (``_stanza_name``) opens a stanza; link-less paragraphs after it are its notes (a tagline,
    its full reference), bare-URL paragraphs its links; the next short name after its links opens the next stanza.
    Returns (the bare-URL paragraphs before the first name, the heading's own; the stanzas), or None unless every
    paragraph fits and two stanzas or more have links. Why: read as one record, the section was titled by its
    heading, its tools' names ran into one description and every repository became the code of a stanza's paper.
    ``_title_link_records`` reads two-word titles over any link line, but never a one-word name or a repository."""
    lead: list[tuple[_Node, _Inline]] = []
    stanzas: list[list[tuple[_Node, _Inline]]] = []
    linked = False  # whether the open stanza has had its links
    for p, inl in parts:
        if p.kind != "Paragraph":
            return None
        if inl.links and bare_urls_only(inl):
            (stanzas[-1] if stanzas else lead).append((p, inl))
            linked = bool(stanzas)
        elif inl.links and _named_url_line(inl):
            stanzas.append([(p, inl)])
            linked = True
        elif inl.links:
            return None
        elif not stanzas or linked and _stanza_name(inl):
            if not _stanza_name(inl):
                return None
            stanzas.append([(p, inl)])
            linked = False
        else:
            stanzas[-1].append((p, inl))  # a tagline, a reference, a note after the links
    if sum(1 for rec in stanzas if any(inl.links for _, inl in rec)) < 2:
        return None
    return lead, stanzas


#: the most paragraphs of a quote read as one work's labelled lines (``_quoted_field_record``)
MAX_QUOTED_FIELDS = 6


def _quoted_field_record(node: _Node) -> tuple[list[tuple[_Node, _Inline]], str] | None:
    """A quote written as one work's record, a labelled line a paragraph::

        > 论文地址： https://www.sciencedirect.com/science/article/pii/S0933365717305663
        >
        > 论文题目：计算机辅助帕金森病诊断调查

    (or the title as a plain line above or below the address field, or, with no title line, the paper field's
    link written as the title: ``> **论文链接**: [Mean teachers are better role models](https://arxiv…)`` /
    ``>`` / ``> **GitHub仓库链接**: [MT](https://github…)`` — the card names its work by the linked words, as a
    bullet ``[Title](…)`` does). Reading notes kept this way quote each
    work as a card; the quote only frames the record. Returns the quote's paragraphs with their inlines and
    the title, or None: a quoted note (prose, a quotation, an abstract), a card without a linked paper field,
    or a template left empty ("> 论文地址： " / "> 论文题目：")."""
    paras = [c for c in node.children if c.kind == "Paragraph"]
    if len(paras) != len(node.children) or not 2 <= len(paras) <= MAX_QUOTED_FIELDS:
        return None
    parts = [(p, _inline(p.children)) for p in paras]
    title, paper_linked, linked_title = "", False, ""
    for _, inl in parts:
        first = inl.plain.strip().split("\n", 1)[0].strip()
        label, value = _split_label(first)
        if label and _TITLE_FIELD.match(label):
            if title or inl.links or not _is_meaningful(value):
                return None  # a second title, a linked title field (another rule's), an empty title field
            title = value
        elif label and field_role(label) is not None:
            paper_linked = paper_linked or field_role(label) == "paper" and bool(inl.links) and _link_line(inl)
            if field_role(label) == "paper" and len(inl.links) == 1 and not linked_title:
                text = inl.links[0].text.strip()
                # "[pdf](…)", "[https://…](…)", "[Paper](…)": a label or the address, no title of the work
                if len(text.split()) >= 3 and _is_meaningful(text) and not _LINK_LABEL_ONLY.match(text) \
                        and not _spells_address(inl.links[0]):
                    linked_title = text
        elif label and len(label) <= (4 if any(_is_cjk(ch) for ch in label) else 12):
            continue  # "> 作者：…", "> Venue: …": another field of the card, naming no link's role
        elif inl.links or title or not _is_meaningful(first) or len(first) < 4:
            return None  # a line of prose with links, a second unlabelled line: a quoted note
        else:
            # "> 使用有效图像特征…的视网膜血管提取" above "> 论文地址： https://…"; "> H＆E染色的组织学图像的计算标准化：
            # 进展，挑战和未来潜力": a title with its subtitle after a colon is no label and its value
            title = first
    title = title or linked_title
    return (parts, title) if title and paper_linked else None


def _lines_paragraph(kids: list[_Node], k: int, first: _Node, last: _Node) -> tuple[_Node, int]:
    """A paragraph of the lines ``first`` … ``last`` of a paragraph whose children are ``kids``, taking them from
    index ``k`` on (the children are walked once, in order, by a caller cutting a paragraph into records: no scan
    of all of them per record) → (that paragraph, the index after its last child)."""
    record = _Node("Paragraph", first.start, last.end)
    while k < len(kids) and kids[k].start < first.start:
        k += 1
    taken = []
    while k < len(kids) and kids[k].end <= last.end:
        taken.append(kids[k])
        k += 1
    record.children = taken
    return record, k


def _paragraph_lines(node: _Node) -> list[_Node]:
    """The lines of a paragraph (split at its soft and hard breaks) as paragraphs of their own."""
    lines: list[list[_Node]] = []
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


def glued_bullet_item_lines(p: _Node) -> list[_Node] | None:
    """``+ [Title](…)<br>`` / ``+[Next Title](…)<br>``: a list item's paragraph whose lines after the first each open
    with a bullet that lost its space before the linked title (``_item_kind`` 2). CommonMark reads such a line as the
    item's lazy continuation; the writer meant an item of its own, as the same line between paragraphs is read
    (read as the item's text, the second work was lost). Returns the lines (each a paragraph of its own, without
    its lost bullet), the first a linked title too (an empty address counts: "[Title]()"); None otherwise."""
    if p.kind != "Paragraph" or not any(c.kind in ("SoftBreak", "HardBreak") for c in p.children):
        return None
    lines = _paragraph_lines(p)
    if len(lines) < 2 or not (_item_kind(_inline(lines[0].children)) == 1 or _opens_with_named_link(lines[0], 0)):
        return None
    if any(_item_kind(_inline(line.children)) != 2
           and not (line.children[0].kind == "text" and line.children[0].text in _GLUED_BULLETS
                    and _opens_with_named_link(line, 1))
           for line in lines[1:]):
        return None
    for line in lines[1:]:
        if line.children[0].kind == "text" and line.children[0].text in _GLUED_BULLETS:
            line.children = line.children[1:]  # the lost bullet is no part of the item's title
            line.start = line.children[0].start
    return lines


#: a bullet that lost its space before a link, as its own text node ("+[Title]()": CommonMark's text "+", a link)
_GLUED_BULLETS = frozenset(("-", "+", "*"))


def _opens_with_named_link(line: _Node, at: int) -> bool:
    """Whether the line's child at ``at`` is a link (an empty address too: "[Title]()", a reading log's title whose
    link was never filled in) whose text names a work (three words or more, no label like "[PDF]")."""
    if len(line.children) <= at or line.children[at].kind != "Link":
        return False
    text = _inline([line.children[at]]).plain.strip()
    return len(text.split()) >= 3 and not is_link_label(text)


def _after_lead_in(p: _Node) -> tuple[_Node, _Inline] | None:
    """``If you use `gget` in a publication, please cite:`` / ``Luebbert, L., & Pachter, L. (2023). Title.
    Bioinformatics. [https://doi.org/…](…)``: a paragraph whose first line is a link-less lead-in ending in a colon
    ("please cite:", "Reference:") and whose next lines go on without a blank line. Returns those next lines as a
    paragraph of their own (its node and inline), for the caller to read as the reference the lead-in announces;
    None for any other paragraph."""
    if p.kind != "Paragraph":
        return None
    lines = _paragraph_lines(p)
    if len(lines) < 2:
        return None
    lead = _inline(lines[0].children)
    if lead.links or not lead.plain.rstrip().endswith(_COLONS):
        return None
    tail = _Node("Paragraph", lines[1].start, p.end)
    tail.children = [c for c in p.children if c.start >= lines[1].start]
    return tail, _inline(tail.children)


def _bold_title_head(line: _Node) -> bool:
    """``**Title of the work** \\``: a paragraph line that is one bold span and nothing else (blank text aside),
    holding no link and more than one word: the title that opens a record of a bold-title-led list."""
    kids = [c for c in line.children if not (c.kind == "text" and not c.text.strip())]
    if len(kids) != 1 or kids[0].kind != "Strong":
        return False
    strong = kids[0]
    return all(c.kind not in ("Link", "Image") for c in strong.children) \
        and len(_inline(strong.children).plain.split()) >= 2


#: the most words a link's text may hold and still only label what it reaches (``[[PDF](…)]``, ``[[Data-HCP Young
#: Adult](…)]``) in a bold-titled record's stacked link lines (``_bold_title_over_label_links``)
_STACKED_LABEL_WORDS = 3


def _bold_title_line(line: _Node) -> bool:
    """``**Title of the work**<br>``: ``_bold_title_head`` with the HTML line break it may close with (the break is
    no text of the line)."""
    kids = [c for c in line.children
            if not (c.kind == "ihtml" and c.text.strip().lower() in ("<br>", "<br/>", "<br />"))]
    if _html_bold_alone(kids):
        return True
    if len(kids) == len(line.children):
        return _bold_title_head(line)
    bare = _Node("Paragraph", line.start, line.end)
    bare.children = kids
    return _bold_title_head(bare)


#: an HTML bold tag opening or closing ("<b>", "</strong>"): group 1 "/" on a closing tag
_HTML_BOLD_TAG = re.compile(r"(?i)<(/?)(?:b|strong)(?:\s[^<>]*)?>")


def _html_bold_alone(kids: list[_Node]) -> bool:
    """``<b>Title of the work</b>``: a line that is one HTML bold span around plain text of two words or more and
    nothing else (an HTML box's bold title, read as Markdown: ``_bold_title_head`` for HTML's bold)."""
    kids = [c for c in kids if not (c.kind == "text" and not c.text.strip())]
    if len(kids) < 3 or kids[0].kind != "ihtml" or kids[-1].kind != "ihtml" \
            or (m0 := _HTML_BOLD_TAG.fullmatch(kids[0].text.strip())) is None or m0.group(1) \
            or (m1 := _HTML_BOLD_TAG.fullmatch(kids[-1].text.strip())) is None or not m1.group(1) \
            or any(c.kind != "text" for c in kids[1:-1]):
        return False
    return len("".join(c.text for c in kids[1:-1]).split()) >= 2


def _bold_title_over_label_links(lines: list[tuple[_Node, _Inline]]) -> bool:
    """``**Title**<br>`` / ``*Authors*<br>`` / ``AAAI 2022`` / ``[[PDF](…)]`` / ``[[ZuCo1](…)]`` / ``[[Code](…)]``: one
    paragraph holding one work's record, its bold title on the first line, its byline and venue on the link-less
    lines under it, then its links one a line, each link's text a short label of what it reaches (the paper, a data
    set the work used, its code). Why: two of those lines named by a data set ("ZuCo1", "Data-Tang2023") read as
    items of their own, so the paragraph was cut into lines and the code after them went to the data set. A bold
    line right over link lines, with no link-less line between (``**Tools**`` / ``[fMRIPrep](…)`` / …), is a
    sub-heading over items, and a second bold title line is a second record (``_bold_titled_records``)."""
    if len(lines) < 3 or not _bold_title_line(lines[0][0]) or lines[0][1].links:
        return False
    linked = [i for i, (_, li) in enumerate(lines) if li.links]
    if not linked or linked[0] < 2:
        return False
    for line, li in lines[1:]:
        if _bold_title_line(line):
            return False
        if any(len(_bracket_label(link.text).split()) > _STACKED_LABEL_WORDS or link.bare for link in li.links):
            return False
    return True


def _bold_title_over_own_address(lines: list[tuple[_Node, _Inline]]) -> bool:
    """``**Large Models for Event Extraction: A Survey**<br>`` / ``[https://arxiv.org/pdf/….pdf](https://arxiv…)<br>``
    / ``[中文版](…)``: one work's record, its bold title (four words or more, no link) right over its scholarly
    record's address written as the link's own text, then links one a line labelled by a few words (a translation,
    the code). Why: with no byline between, the lines read as a bold sub-heading over items, so the address became
    an entry titled by a URL and the title was lost; an address that names nothing is no item of its own (a
    sub-heading's items name their tools: ``**Tools**`` / ``[fMRIPrep](…)``)."""
    if len(lines) < 2 or not _bold_title_line(lines[0][0]) or lines[0][1].links \
            or not names_work(_clean_title(lines[0][1].plain), min_words=4):
        return False
    first = [link for link in lines[1][1].links if not link.image]
    if len(first) != 1 or not _spells_address(first[0]) or not _cites_record(first) \
            or sum(map(str.isalpha, _prose(lines[1][1], 0))) > _LINK_ROW_LINE_LETTERS:
        return False
    for line, li in lines[2:]:
        if _bold_title_line(line) or not li.links:
            return False
        if any(len(_bracket_label(link.text).split()) > _STACKED_LABEL_WORDS for link in li.links):
            return False
    return True


def bold_title_over_italic_byline(p: _Node) -> bool:
    """``**Highly accelerated snapshot readout for CEST imaging**\\`` / ``_Martin Freudensprung_\\`` / ``FT1 Oral``:
    a link-less paragraph of two to four hard-broken lines, the first a work's bold title alone (four words or more),
    the second one italic span alone that is a byline (``is_byline_line``) or one person's full name, the lines after
    it the venue, track or session. Why: a conference's book of abstracts dates its works in the heading ("### ESMRMB
    2025"), not in each record, so with no year in the paragraph it did not read as a reference and was dropped; the
    layout itself (a bold title over italic names) says it is a work, a bold topic over prose or a plain line not."""
    if not any(c.kind == "HardBreak" for c in p.children):
        return False
    lines = _paragraph_lines(p)
    if not 2 <= len(lines) <= MAX_WRAPPED_REFERENCE_LINES or not _bold_title_head(lines[0]) \
            or not names_work(_clean_title(_inline(lines[0].children).plain), min_words=4):
        return False
    kids = [c for c in lines[1].children if not (c.kind == "text" and not c.text.strip())]
    if len(kids) != 1 or kids[0].kind != "Emphasis":
        return False
    names = " ".join(_inline(kids[0].children).plain.split()).rstrip(". ")
    return bool(names) and (is_byline_line(names) or personal_name(names))


def byline_over_bold_title(p: _Node) -> bool:
    """``Mathew D. Edwards, Ziwei Yin, Risa Sueda et al.  `` / ``**Combined transcriptomic … (hamFISH)**``: a
    link-less paragraph of two hard-broken lines, the first a byline of two or more people's names (perhaps dated,
    ``dated_byline``), the second the work's bold title alone (three words or more). Why: a bibliography exported
    from OpenAlex ("Publications citing …") writes a record whose venue, year and DOI it lacks so, its byline over
    its bold title and nothing else; with no link nor year the paragraph was taken for prose and glued to the
    record before it. A bold line under a plain sentence, or under one name, is no record."""
    if not any(c.kind == "HardBreak" for c in p.children):
        return False
    lines = _paragraph_lines(p)
    if len(lines) != 2 or not _bold_title_head(lines[1]):
        return False
    byline = " ".join(_inline(lines[0].children).plain.split())
    title = _clean_title(_inline(lines[1].children).plain)
    return bool(byline) and "," in byline and dated_byline(byline) and names_work(title, min_words=3)


#: the HTML italic tags a rendered byline is set in (its line break is ``inline._HTML_BR``)
_HTML_ITALIC_OPEN = re.compile(r"<(?:em|i)>", re.IGNORECASE)
_HTML_ITALIC_CLOSE = re.compile(r"</(?:em|i)>", re.IGNORECASE)
#: what parts the names of a byline: commas, semicolons (a proceedings page's author groups), a closing "and"
_BYLINE_NAME_SEPARATORS = re.compile(r"\s*(?:[;,]|\band\b)\s*")
#: a middle initial between a byline name's words ("D", "QH")
_BARE_INITIAL = re.compile(r"[A-Z]{1,2}")


def _html_italic_byline(nodes: list[_Node]) -> bool:
    """``<em>Ana Ruiz; Bo Chen, Carl Diaz</em>``: a line that is one HTML italic span and nothing else, holding
    only personal names (parted by commas, semicolons or "and"; one stray piece in three, a name the checker does
    not know, still leaves it a byline)."""
    kids = [c for c in nodes if not (c.kind == "text" and not c.text.strip())]
    if len(kids) < 3 or kids[0].kind != "ihtml" or not _HTML_ITALIC_OPEN.fullmatch(kids[0].text.strip()) \
            or kids[-1].kind != "ihtml" or not _HTML_ITALIC_CLOSE.fullmatch(kids[-1].text.strip()) \
            or any(c.kind != "text" for c in kids[1:-1]):
        return False
    names = [n.strip(" .*†‡0123456789") for n in
             _BYLINE_NAME_SEPARATORS.split(" ".join("".join(c.text for c in kids[1:-1]).split()))]
    # ("Konstantin D Pandl": a middle initial written without its full stop is no word of the name to check)
    names = [" ".join(w for w in n.split() if not _BARE_INITIAL.fullmatch(w)) for n in names if n]
    good = sum(1 for n in names if personal_name(n))
    return bool(names) and personal_name(names[0]) and (good == len(names) or 3 * good >= 2 * len(names) >= 6)


def plain_title_over_html_byline(p: _Node) -> str | None:
    """``Title of the work`` / ``<br />`` / ``<em>Ana Ruiz; Bo Chen</em>`` (or ``Title<br><em>…</em>`` on one line):
    a link-less paragraph whose first line is a work's title alone (four words or more, no closing full stop),
    then an HTML line break, then the work's byline set in HTML italics as its last line
    (``_html_italic_byline``). Why: a conference site's proceedings or schedule page (rendered from a template,
    then saved as Markdown) lists each accepted paper so, with no link, year or venue in the record (they are
    the page's), so it read as prose and the whole page gave no paper; the HTML break and italic byline are the
    template's record layout, a quotation's attribution or a note is no such line. → the title, else None."""
    if p.kind != "Paragraph" or not any(c.kind == "ihtml" and _HTML_BR.fullmatch(c.text.strip())
                                        for c in p.children):
        return None
    # the lines, split at soft and hard breaks and at the HTML break; the break's own line is no line
    lines: list[list[_Node]] = [[]]
    for c in p.children:
        if c.kind in ("SoftBreak", "HardBreak") or c.kind == "ihtml" and _HTML_BR.fullmatch(c.text.strip()):
            if lines[-1]:
                lines.append([])
        else:
            lines[-1].append(c)
    lines = [line for line in lines if any(c.kind != "text" or c.text.strip() for c in line)]
    if len(lines) != 2 or not _html_italic_byline(lines[1]):
        return None
    head = [c for c in lines[0] if not (c.kind == "text" and not c.text.strip())]
    if len(head) == 1 and head[0].kind == "Strong":
        head = head[0].children
    if not head or any(c.kind != "text" for c in head):
        return None
    title = " ".join("".join(c.text for c in head).split())
    return title if not title.endswith((".", "!")) and names_work(_clean_title(title), min_words=4) else None


#: a line of a pasted record's bracketed tags and nothing else: "[17th Nov., 2023] [arXiv, 2023]", "[Paper] [Github]"
_BRACKET_TAG_LINE = re.compile(r"(?:\[[^\[\]\n]{1,120}\][^\S\n]*){1,6}")
#: one bracketed tag of such a line, its text inside
_BRACKET_TAG = re.compile(r"\[([^\[\]\n]{1,120})\]")
#: the most lines such a record spans: a lead-in line, the title, the byline and its tag lines
_MAX_TAGGED_RECORD_LINES = 6


def title_over_byline_and_bracket_tags(p: _Node) -> str | None:
    """``Title of the work`` / ``Ana Ruiz, Bo K. Chen`` / ``[17th Nov., 2023] [arXiv, 2023]`` / ``[Paper] [Github]``:
    a link-less paragraph whose title line stands over a byline (``is_byline_line``), every line after the byline
    only bracketed tags, one of them dated or a paper's link label. Why: a rendered paper list copied as text
    (notes pasted from a web page) keeps each record's layout but loses its links, the tags turning to plain
    brackets; with no link and the year only inside a tag the paragraph read as prose (or as one garbled
    reference of title and names), and the notes gave no paper. One lead-in line may stand over the title (the
    notes' caption, with no blank line before the first record). → the title, else None (a caption over names
    and a room tag, a plan over prose, is none)."""
    if p.kind != "Paragraph" or any(c.kind == "Link" for c in p.children):
        return None
    inl = _inline(p.children)
    if inl.links:
        return None
    lines = [" ".join(line.split()) for line in inl.plain.strip().split("\n")]
    if not 3 <= len(lines) <= _MAX_TAGGED_RECORD_LINES:
        return None
    at = next((i for i in (1, 2) if i < len(lines) and is_byline_line(lines[i])), None)
    if at is None or at + 1 >= len(lines) or not all(_BRACKET_TAG_LINE.fullmatch(line) for line in lines[at + 1:]):
        return None
    if at == 2 and _BRACKET_TAG_LINE.fullmatch(lines[0]):
        return None
    tags = [m.group(1).strip() for line in lines[at + 1:] for m in _BRACKET_TAG.finditer(line)]
    if not any(_YEAR_IN_TEXT.search(tag) or tag.casefold() in _PAPER_PLACEHOLDER_ROLES for tag in tags):
        return None
    title = lines[at - 1]
    return title if not title.endswith((".", ":", "]")) and names_work(_clean_title(title), min_words=4) else None


def _bold_titled_records(p: _Node) -> list[tuple[_Node, _Inline, int]] | None:
    """``**Title A** \\`` / ``*Authors* \\`` / ``[Venue, 2024]<br>`` / ``[[Paper](…)] [[Github](…)]\\`` /
    ``**Title B**\\`` / …: records of a bold title over its byline, venue and links, run together by hard breaks
    into one paragraph (no blank line between records). Each record, from its bold title line up to the next one,
    is a paragraph of its own, as when a blank line sets the records apart; None unless the paragraph opens with
    such a title and two or more of them each lead a record that carries a link."""
    lines = _paragraph_lines(p)
    if len(lines) < 4 or not _bold_title_head(lines[0]):
        return None
    starts = [i for i, line in enumerate(lines) if _bold_title_head(line)]
    if len(starts) < 2:
        return None
    bounds = starts + [len(lines)]
    units: list[tuple[_Node, _Inline, int]] = []
    kids, k = p.children, 0  # (walked once, in order: ``_lines_paragraph``)
    for a, b in zip(bounds, bounds[1:]):
        record, k = _lines_paragraph(kids, k, lines[a], lines[b - 1])
        inl = _inline(record.children)
        if not inl.links:
            return None  # a bold line over prose: a lead-in or a note, not a record of this kind
        units.append((record, inl, _item_kind(inl)))
    return units


#: a cell of a table's delimiter row: dashes, a colon at either end for the alignment (``:-:``); the dashes may be
#: an editor's typographic ones (``|–––|:–––:|``, en or em dashes)
_DELIMITER_CELL = re.compile(r"\s*:?[-\u2013\u2014]+:?\s*")


def delimiter_row(cells: list[list[_Node]]) -> bool:
    """``|:-:||:-:|``: the cells of a paragraph line that is a table's delimiter row, some left empty (a
    spacer column). GFM reads a delimiter row only when every cell holds dashes, so the table above it and
    the rows below stay one paragraph of pipe lines, while the site generators that render conference
    pages (kramdown, Python-Markdown) read it as the table it is. So it does when the dashes are en or em dashes
    (``|–––|:–––:|``, typed in an editor that makes "--" a dash): the writer's table all the same."""
    texts = ["".join(n.text for n in cell if n.kind == "text") if all(n.kind == "text" for n in cell) else None
             for cell in cells]
    return all(t is not None and (not t.strip() or _DELIMITER_CELL.fullmatch(t)) for t in texts) \
        and any(t and t.strip() for t in texts)


def _pipe_row_cells(line: _Node, min_cells: int = 2) -> list[list[_Node]] | None:
    """The cells of a paragraph line written as a table row (``| a | [b](…) | c |``): its inline
    nodes cut at the pipes of its text nodes; None unless it starts and ends with a pipe and has
    ``min_cells`` cells or more."""
    nodes = line.children
    if not nodes or nodes[0].kind != "text" or nodes[-1].kind != "text" \
            or not nodes[0].text.lstrip().startswith("|") or not nodes[-1].text.rstrip().endswith("|"):
        return None
    cells: list[list[_Node]] = [[]]
    for n in nodes:
        if n.kind != "text" or "|" not in n.text:
            cells[-1].append(n)
            continue
        pos = n.start
        for i, piece in enumerate(n.text.split("|")):
            if i:
                cells.append([])
            if piece:
                leaf = _Node("text", pos, pos + len(piece.encode()), text=piece)
                cells[-1].append(leaf)
            pos += len(piece.encode()) + 1
    cells = cells[1:-1]  # before the first pipe and after the last one: nothing
    return cells if len(cells) >= min_cells else None


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
        elif not has and (k == "Link" or k in _INLINE_WRAPPERS and any(x.kind == "Link" for x in c.children)
                          or k == "text" and "://" in c.text  # a bare URL ("GitHub: https://…")
                          or k == "ihtml" and c.text[:3].lower() == "<a "):  # '<a href="…">Title</a><br>'
            has = True
    return count + has


#: "591.Title<br>" / "12、Title": the record number a paragraph line opens with (a dot or 、 touching the title or not)
_RECORD_NUMBER = re.compile(r"^\s*\d{1,4}[.、．](?!\d)\s*(?=[^\W\d_])")
#: a record number before the rest of its line: "4：", "12.", "3、" (a full-width colon numbers a reading note's line),
#: or a bracketed reference number, flat or hierarchical ("[12] [Title](…)", "[1-1] [Title](…)", "[2.3] …": a
#: review's notes numbering the chapters it found); a bracketed year ("[2019]") is a tag, not a number
#: a record number written with its word before a reading note's title: "Paper 2: ", "Article 13: ", "Ref. 4: "
_WORD_RECORD_NUMBER = re.compile(r"(?i)^\s*(?:paper|article|ref(?:erence)?\.?)\s*#?\d{1,4}\s*[:：.]\s+")
_NUMBERED_LEAD = re.compile(r"^\s*(?:\d{1,4}\s*[.、．：](?!\d)|\[\d{1,3}(?:[.-]\d{1,3})*\])\s*")
#: the same on any line of a paragraph's text (a cheap test before its lines are read one by one)
_RECORD_NUMBER_LINE = re.compile(r"(?m)^[ \t]*\d{1,4}[.、．](?!\d)[ \t]*(?=[^\W\d_])")


#: a reading list's lead before a record's title: the mark that the work was read ("(√)", "(✓)", "✔", "(x)"), then the
#: record's number ("1.", "2、", "3)", "4 - " set off by a spaced dash), or a number set in brackets alone ("(3)",
#: "[4]"); a bracketed year is no number
_RECORD_LEAD = re.compile(
    r"^[ \t]*(?:[(（][ \t]*[√✓✔✗✘xX×][ \t]*[)）][ \t]*|[√✓✔✗✘][ \t]*)?"
    r"(?:\d{1,3}[ \t]*[.、．)）](?!\d)|[(（]\d{1,3}[)）]|\[\d{1,3}\]|\d{1,3}[ \t]+[-–—](?=[ \t]+\d{0,3}[^\W\d_]))[ \t]*")


def strip_record_lead(title: str) -> str:
    """``(√)1. 3D FractalNet: Dense Volumetric …`` → the title: a course's reading list marks each work read and
    numbers it by hand before its title ("(√)1.", "(x)2.", "(3)", "[4]"), in paragraphs of their own (no list
    marker, so no list reader took the number off). The mark and the number are the record's, not the work's
    (nothing goes when too little would be left)."""
    m = _RECORD_LEAD.match(title)
    if m is None or not m.end():
        return title
    rest = title[m.end():]
    return rest if _is_meaningful(rest) else title


#: a reading note's line that gives the work's title after a label saying it is a paper's ("论文题目：Title",
#: "Paper title: Title"), led by the note's record number or not ("6：论文题目：…", "3. Paper title: …"); a bare
#: "Title:" or "标题：" may title a talk, a data set or a tool, so only the labels that name a paper count
_PAPER_TITLE_LINE = re.compile(r"(?i)^\s*(?:\d{1,3}\s*[.、．：:)](?!\d)\s*)?(?:论文题目|论文标题|论文名称|paper\s+title"
                               r"|article\s+title)\s*[:：]\s*(?=\S)")


#: a record's title line (a heading, a bullet, a paragraph) led by a label naming what follows a paper's title, plain
#: or bold ("### Paper Title: X", "- **Paper title**: X", "### 论文标题：X"); the labels are ``_PAPER_TITLE_LINE``'s
_PAPER_TITLE_LABEL_LEAD = re.compile(r"(?i)^[ \t]{0,3}(?:#{1,6}[ \t]+)?(?:[-*+][ \t]+|\d{1,3}[.)][ \t]+)?[*_]{0,3}"
                                     r"(?:论文题目|论文标题|论文名称|paper[ \t]+title|article[ \t]+title)[*_]{0,3}[ \t]*[:：]")


def labels_paper_title(text: str) -> bool:
    """Whether an entry's first line gives its title after a label naming it a paper's title (``### Paper Title:
    MorphoX: …``, ``- **Paper title**: …``, ``### 论文标题：…``). Why: the label says what the record is; the links
    its fields give below ("- **Dataset Link**: https://…") are the data sets the work used, which alone made the
    record a data set (a bare "Title:" may title a data set or a tool, so only the labels that name a paper count)."""
    first_nl = text.find("\n", 0, 300)
    return _PAPER_TITLE_LABEL_LEAD.match(text[:300] if first_nl < 0 else text[:first_nl]) is not None


def paper_title_line(inl: _Inline) -> str | None:
    """``6：论文题目：Unsupervised Domain Adaptation of … with Adversarial Loss`` / ``论文思路：https://…``: the
    title a paragraph's first line gives after its record number and a label naming it a paper's title, when that
    line links nothing (a linked value is the link's text, read as an item's title elsewhere); None otherwise.
    Why: read as the whole line, the number and the label stayed in the title, and the record, whose only link is
    the reader's notes, was taken for a web page, the paper it is about lost."""
    first_nl = inl.plain.find("\n")
    line = inl.plain if first_nl < 0 else inl.plain[:first_nl]
    m = _PAPER_TITLE_LINE.match(line)
    if m is None or any(link.start < len(line) for link in inl.links):
        return None
    # ("….md": the reader named the note's file after the paper and pasted the file's name as its title)
    value = _clean_title(line[m.end():].strip().removesuffix(".md"))
    return value if _is_meaningful(value) and len(value.split()) >= 3 else None


def colon_before_bare_url(inl: _Inline) -> bool:
    """A record line written ``Title:`` then its bare URL (on the line or the next), or the link-less ``Title:``
    line of such a record whose URL the next line holds (``_titled_url_records``): the form whose hand-written
    record number ``strip_record_lead`` takes off (a bracketed reference number elsewhere is left to the
    citation readers, which read it)."""
    first = next((link for link in inl.links if not link.image), None)
    if first is not None and not first.bare:
        return False
    lead = inl.plain[:first.start] if first is not None else inl.plain
    return lead.strip().endswith(_COLONS)


def strip_word_record_number(title: str) -> str:
    """``Paper 2: A transformer-based deep neural network …`` → the title: a reading note's record number written
    with its word ("Paper 2:", "Article 13:") numbers the record, it is no part of the work's title (nothing goes
    when too little would be left)."""
    rest = _WORD_RECORD_NUMBER.sub("", title, count=1)
    return rest if rest != title and len(rest.split()) >= 3 else title


#: a paragraph's opening record number ("3.", "12、", "7．"), its digits captured
_OPENING_RECORD_NUMBER = re.compile(r"^\s*(\d{1,4})\s*[.、．](?!\d)")


def numbered_after(item: _Inline, para: _Inline) -> bool:
    """``2.[Title](…)`` / ``SIM`` / ``3.UniSR ：Title (SIM)`` / ``[Title | bioRxiv](…)``: a paragraph that opens with
    the number right after the one its section's last item opens with, and words after it, is the next numbered
    item of a hand-numbered list, whatever its first line links: no note on the item before it. A range ("4-6：")
    or a number out of sequence says nothing."""
    a, b = _OPENING_RECORD_NUMBER.match(item.plain), _OPENING_RECORD_NUMBER.match(para.plain)
    if a is None or b is None or int(b.group(1)) != int(a.group(1)) + 1:
        return False
    first_line = para.plain[b.end():].split("\n", 1)[0]
    return _is_meaningful(first_line)


def record_number_only(text: str) -> bool:
    """``10.`` / ``12、`` / ``4：`` / ``[1-1]``: a record's number and nothing else, as a hand-numbered paragraph line
    writes it before its linked title (``10.[Title](…).<br>``, ``[1-2] [Title](…)``). It numbers the item; it is no
    title, whatever its digits (``9.`` and ``[1]`` are too short to read as one anyway, ``10.`` and ``[12]`` are not)."""
    m = _NUMBERED_LEAD.match(text)
    return m is not None and not _is_meaningful(text[m.end():])


def code_record_number_end(inl: _Inline) -> int:
    """``07`` as a code span, then ``Crisostomi, Donato, et al. "Title." (PMLR 2023) [[source](…)]``: a reading log that numbers its
    records with a code span opening the line. The number (one to three digits: four would read as a year tag)
    numbers the record and is no part of its title or citation → where it ends in ``inl.plain``; 0 when the
    line opens otherwise."""
    if not inl.code:
        return 0
    start, end = inl.code[0]
    text = inl.plain
    if text[:start].strip() or not text[start:end].strip().isdigit() or len(text[start:end].strip()) > 3:
        return 0
    return end if _is_meaningful(text[end:].split("\n", 1)[0]) else 0


#: a record number set off from the title, opening a line: by a spaced dash or arrow ("1 - Title > https://…",
#: "12 – Title", "3 -> Title"), by a colon ("4: Title", "5：Title") or by a hash before it ("#6 Title"). The spaces
#: around a dash keep "3-D …", "2-step …" and a range "5-10" out; a word ("3D" counts), a quote, a bracket or an
#: emphasis mark must follow, so "2 - 3 times" or "3: 1 ratio" is no record number either
_DASHED_RECORD_NUMBER = re.compile(r"[ \t]*(?:#\d{1,3}(?:[ \t]*(?:[-–—:：]|->|=>|→))?|\d{1,3}(?:[ \t]+(?:[-–—]|->|=>|→)|[ \t]*[:：]))"
                                   r"[ \t]+(?=\d{0,3}[^\W\d_]|[\"“'‘*_\[(])")


def dashed_record_number_end(plain: str) -> int:
    """``1 - vqa-rad paper > https://…`` / ``7 - Qwen 2.5 VL > https://…``: a plain notes file numbering its records
    by hand with a spaced dash after the number, a form no Markdown reader takes for a list marker (``1.``, ``1)``
    are, and lose their number there). The number and the dash number the record and are no part of its title →
    where they end in ``plain`` (0 when the line opens otherwise, or nothing meaningful would be left on it)."""
    m = _DASHED_RECORD_NUMBER.match(plain)
    if m is None:
        return 0
    return m.end() if _is_meaningful(plain[m.end():].split("\n", 1)[0]) else 0


#: a code span holding a year and its month (perhaps the day), nothing else: "`2021.02`", "`2023-10`", "`2024/03/05`"
_CODE_DATE_TAG = re.compile(r"(?:19|20)\d\d[-/.](?:0?[1-9]|1[0-2])(?:[-/.]\d{1,2})?")


def code_date_tag(inl: _Inline) -> tuple[int, str] | None:
    """``- `2021.02` Language models enable zero-shot prediction …, [Neurips](…), [Code](…)``: a survey's paper list
    that stamps each line with the month the work appeared, set as a code span opening the line. The stamp dates the
    work and is never part of its title (kept, it led every title: "2021.02 MSA transformer") → (where it ends in
    ``inl.plain``, the date); None when the line opens otherwise, or when a colon follows the stamp ("`2024.06`:
    Our paper …", a news line, read as such by its dated title) or no title of three words or more does (the
    words after the stamp, up to the first link, must read as a paper's title: "`2025.10` Our work [X](…)" is
    news naming the work by its link)."""
    lead = _code_span_lead(inl, lambda span: _CODE_DATE_TAG.fullmatch(span.strip()) is not None)
    if lead is None:
        return None
    end, date, title = lead
    if len(title.split()) < 3 or not reads_like_paper_title(title):
        return None
    return end, date.strip()


def _code_span_lead(inl: _Inline, accepts) -> tuple[int, str, str] | None:
    """The code span opening a line (only emphasis marks before it) whose text ``accepts``, no colon after it (a
    news line's "`2024.06`: Our paper …") → (where it ends in ``inl.plain``, its text, the cleaned words after it up to
    the first link: the title the span tags); None otherwise."""
    if not inl.code:
        return None
    start, end = inl.code[0]
    text = inl.plain
    if text[:start].strip(" *_") or not accepts(text[start:end]):
        return None
    if text[end:].split("\n", 1)[0].lstrip(" *_")[:1] in (":", "："):
        return None
    first = min((x.start for x in inl.links if x.start >= end), default=len(text))
    return end, text[start:end], _clean_title(text[end:first].split("\n", 1)[0].strip(" ,;|-–—"))


#: a code span holding a year alone ("`2023`")
_CODE_YEAR = re.compile(r"(?:19|20)\d\d")


def _code_span_pair_lead(inl: _Inline) -> tuple[int, str, str] | None:
    """``- `2023` `Nature` Title [[paper]](…)``, ``- `Nature` `2023` Title …``: the venue and its year set as two
    code spans side by side opening the line (only emphasis and separators around them) → (where the second ends in
    ``inl.plain``, the tag written venue first, the cleaned words after it up to the first link); None when the two
    spans are not a year and a venue (``_venue_year_span`` of the two read together)."""
    if not inl.code or len(inl.code) < 2:
        return None
    (start, end), (start2, end2) = inl.code[:2]
    text = inl.plain
    if text[:start].strip(" *_") or text[end:start2].strip(_CODE_NOTE_GLUE):
        return None
    first, second = " ".join(text[start:end].split()), " ".join(text[start2:end2].split())
    if _CODE_YEAR.fullmatch(first) and not _CODE_YEAR.fullmatch(second):
        tag = f"{second} {first}"
    elif _CODE_YEAR.fullmatch(second) and not _CODE_YEAR.fullmatch(first):
        tag = f"{first} {second}"
    else:
        return None
    if not _venue_year_span(tag) or text[end2:].split("\n", 1)[0].lstrip(" *_")[:1] in (":", "："):
        return None
    stop = min((x.start for x in inl.links if x.start >= end2), default=len(text))
    return end2, tag, _clean_title(text[end2:stop].split("\n", 1)[0].strip(" ,;|-–—"))


#: a venue's acronym, in capitals, with its year glued on or after a space: "LREC19", "ICASSP20", "CHI 2020", "WWW21"
#: (``classify.venue_year_label`` knows only the venues of its word list; a code span opening a paper line before its
#: title is a tag whatever acronym it holds)
_ACRONYM_YEAR_TAG = re.compile(r"(?P<venue>[A-Z]{2,10}) ?(?P<year>(?:19|20)\d\d|[0-2]\d)")
#: a venue's name with a two- or four-digit year glued on: "EMNLP22", "IJCAI2022", "CLPsych21"
_GLUED_TAG_YEAR = re.compile(r"(?P<venue>[A-Za-z][A-Za-z&.-]{1,14}?)(?P<year>(?:19|20)\d\d|\d\d)")


def _venue_year_span(span: str) -> bool:
    """"`EMNLP22`", "`CHI 2020`": a code span holding a venue and its year (``classify.venue_year_label`` or an
    acronym with its year), never "`pip install x`"."""
    tag = " ".join(span.split())
    return bool(tag) and tag[-1].isdigit() \
        and bool(classify.venue_year_label(tag) or _ACRONYM_YEAR_TAG.fullmatch(tag) is not None)


def code_venue_tag(inl: _Inline) -> tuple[int, str] | None:
    """``- `EMNLP22` Title, 2022. [[paper]](…) [[code]](…)``, ``- `CHI 2020` Title …``: a paper list that opens each
    line with the work's venue and year set as a code span, glued ("`AAAI22`") or spaced, before a plain title. The
    tag says where the work appeared and is never part of its title (kept, it led every title, "NAACL19 Affect-
    Driven Dialog Generation") → (where it ends in ``inl.plain``, the tag); None when the line opens otherwise, the
    span is no venue and year (``classify.venue_year_label``, ``_ACRONYM_YEAR_TAG``: not "`pip install x`"), a colon follows it (a
    news line) or no title of two words or more does before the first link (a tag before a linked title is
    ``code_tag_lead``'s). Two spans, a year and a venue side by side (``_code_span_pair_lead``), are one tag."""
    lead = _code_span_lead(inl, _venue_year_span) or _code_span_pair_lead(inl)
    if lead is None:
        return None
    end, tag, title = lead
    tag = " ".join(tag.split())
    # (the tag vouches for a short title, which ``reads_like_paper_title`` leaves to longer ones: "`NAACL19` Affect-
    # Driven Dialog Generation", "`LREC19` Empathetic dialog systems")
    words = [w for w in title.split() if any(c.isalpha() for c in w)] if title else []
    if len(words) < 2 or len(words) >= 4 and not reads_like_paper_title(title) or not title[0].isalnum():
        return None
    if (glued := _GLUED_TAG_YEAR.fullmatch(tag)) is not None:
        # "EMNLP22" → "EMNLP 2022": the venue and its year, as a spaced tag gives them
        year = glued["year"] if len(glued["year"]) == 4 else "20" + glued["year"]
        tag = f"{glued['venue']} {year}"
    return end, tag


def code_kind_tag(inl: _Inline) -> tuple[int, str] | None:
    """``- `review` Network medicine: a network-based approach … | Nature``, ``- [`review` Advances in protein structure
    prediction and design | Nature, 2019](…)``, ``- `program` PyRosetta: … | [paper](…)``: a reading list that sorts its
    lines by kind writes the kind as a code span opening the line (or opening its linked title), as another writes
    ``[paper]`` before the link (``kind_tag_lead``). The tag says what the line is (a review is a paper, a video or a
    program is not) and is never part of the title → (where it ends in ``inl.plain``, the tag's text); None when the
    line opens otherwise or the span is no kind word (``07`` numbers a record, ``MICCAI 2023`` tags a venue)."""
    if not inl.code:
        return None
    start, end = inl.code[0]
    text = inl.plain
    tag = " ".join(text[start:end].split())
    if text[:start].strip() or not tag or not is_kind_tag(tag) or not _is_meaningful(text[end:].split("\n", 1)[0]) \
            or text[end:].lstrip()[:1] in (":", "：") or tag.endswith((":", "：")) or _opens_code_term_series(inl):
        return None  # ("- `models`: List of model names", "- `/datasets:` …": a key and its gloss, a field)
    return end, tag


#: what joins the code spans of a series of terms ("`paper`, `arXiv`, or `doi`", "`survey` and `review`")
_CODE_SERIES_GLUE = re.compile(r"\s*(?:[,，、]\s*(?:(?:or|and)\s+)?|(?:or|and)\s+)", re.IGNORECASE)


def _opens_code_term_series(inl: _Inline) -> bool:
    """``- `paper`, `arXiv`, or `doi` points to a publisher page``, ``- `survey` and `review` mark overviews``: a
    glossary line names several terms, each in code, joined by a comma or "and"/"or", then says what they mean. The
    first span is one term of the series the sentence is about, no kind tag for the line (``code_kind_tag``), however
    much it looks like one; a tag is followed by the line's title, never by a comma and another code span."""
    if len(inl.code) < 2:
        return False
    between = inl.plain[inl.code[0][1]:inl.code[1][0]]
    return _CODE_SERIES_GLUE.fullmatch(between) is not None


def _paper_kind_tagged(inl: _Inline) -> bool:
    """A line opened by a code-span kind tag naming a scholarly work (``code_kind_tag``, ``names_paper_kind``) over a
    title of three words or more: "`review` Title | Cell", never "`paper` [pdf](…)"."""
    tagged = code_kind_tag(inl)
    return tagged is not None and names_paper_kind(tagged[1]) \
        and len(_clean_title(inl.plain[tagged[0]:].split("\n", 1)[0]).split()) >= 3


#: what may sit between the code spans of a note line ("`type segmentation`; `new 2018 annotation`")
_CODE_NOTE_GLUE = " \t;,.、|/"


#: words a code-span tag before a linked title may hold ("``MICCAI 2023``", "``NeurIPS 2023 Spotlight``"): more is a
#: phrase or a command, no tag
CODE_TAG_WORDS = 4


def code_tag_lead(inl: _Inline, end: int) -> str | None:
    """``MICCAI 2023`` / ``NeurIPS 2023 Spotlight`` as code spans, then ``[Title](project page), Authors``: the publication
    list of an academic homepage (the acad-homepage template's "pub.md") tags each work with its venue set as a
    badge-like code span before the linked title. The lead before ``end`` (where the first link starts in
    ``inl.plain``) holding only such short code spans (and separators) tags the work, as a bracketed venue does
    ("[CVPR 2023] [Title](…)"); it is never the title, whatever the link goes to → the tags' text; None when the
    lead holds anything else."""
    joined = code_span_lead(inl, end, max_words=CODE_TAG_WORDS)
    if joined is None and (note := _PRESENTATION_NOTE_TAIL.search(inl.plain, 0, end)) is not None:
        # "`IJCAI 2025` <span style="color:red">(Oral)</span> [Title](…)": how the work was presented, in brackets
        # between the tag and the link, is part of the tag, as "``NeurIPS 2023 Spotlight``" is
        joined = code_span_lead(inl, note.start(), max_words=CODE_TAG_WORDS)
    # (a year makes it a venue's tag: "``Merlin`` **[Merlin: a computed tomography …](doi…)**" leads with the
    # model's nickname, which a year-less "``JAMIA``" cannot be told from)
    return joined if joined is not None and _YEAR_GROUP_LABEL.search(joined) else None


#: how a work was presented, in brackets, closing the lead before its linked title: "(Oral)", "[Spotlight]",
#: "(Early Accept)", "(Best Paper Award)" (a version's "(beta)" or a command's "(optional)" is no such note)
_PRESENTATION_NOTE_TAIL = re.compile(
    r"[(\[（【]\s*(?:oral|spotlight|poster|highlight|early accept(?:ed|ance)?|award candidate|"
    r"best (?:student )?paper(?: award)?(?: finalist| nominee| candidate)?|honou?rable mention)"
    r"(?:\s+(?:presentation|paper|award))?\s*[)\]）】][\s:：,.\-–—|]*$", re.IGNORECASE)


def code_span_lead(inl: _Inline, end: int, max_words: int | None = None) -> str | None:
    """The text of the code spans that are all the lead before ``end`` holds (separators aside), each of at most
    ``max_words`` words; None when the lead holds anything else. ``code_tag_lead`` reads short ones as venue tags;
    a longer one before a linked title (a book's name before its linked chapter, "``Graph Neural Networks:
    Foundations, Frontiers, and Applications`` [Chapter title](…)") still tags the work, never titles it."""
    if not inl.code:
        return None
    text, pos, tags = inl.plain, 0, []
    for start, stop in inl.code:
        if stop > end:
            break
        if text[pos:start].strip(_CODE_NOTE_GLUE):
            return None
        tag = " ".join(text[start:stop].split())
        if not _is_meaningful(tag) or max_words is not None and len(tag.split()) > max_words:
            return None
        tags.append(tag)
        pos = stop
    if not tags or text[pos:end].strip(_CODE_NOTE_GLUE + "-–—:："):
        return None
    return " ".join(tags)


#: the most words of a bold nickname before an emphasised title ("**(BlueBERT, f.k.a. NCBI-BERT)**" is four)
NICKNAME_WORDS = 4


def nicknamed_emphasised_title(lead: str, inl: _Inline) -> tuple[str, str, str] | None:
    """``**(MolT5)** _Translation between Molecules and Natural Language_ ```EMNLP 2022``` `` ⏎ ``[[Paper](…)]
    [[GitHub](…)]``: a paper list (a survey's companion list) opens each record with the model's short name in bold,
    then the paper's title set wholly in emphasis, then its venue and year as a code span, the labelled links on
    the line under them. Read as one run, the nickname and the venue became part of the title and the emphasised
    title was taken for a byline. → (the emphasised title, the bold nickname, the code-span venue tag), or None.

    The line before the links must hold nothing else (separators aside): an optional bold run of at most
    ``NICKNAME_WORDS`` words opening it, exactly one emphasised run of three words or more that is no list of
    people's names nor opens on a word in small letters only, and optional code spans closing it, the nickname and
    the title parted by a space only; and a nickname or a dated code tag must be there (an emphasised title alone
    is read already). "**Title of the work** *Nature 2020*" does not match: the emphasised run there is two words,
    the bold one a title too long for a nickname; nor does "**SynthSeg** – *segments brain scans …*", a gloss.
    ``lead`` starts at offset 0 of ``inl.plain``."""
    if not inl.marked or len(inl.marked) > 3:
        return None
    bold = inl.bold or []
    emphasised = [(a, b) for a, b in inl.marked if (a, b) not in bold and b <= len(lead)]
    if len(emphasised) != 1:
        return None
    start, stop = emphasised[0]
    nickname = ""
    if bold:
        a, b = bold[0]
        if a > 0 and lead[:a].strip(_CODE_NOTE_GLUE) or b > start:
            return None
        nickname = " ".join(lead[a:b].split())
        if not nickname or len(nickname.split()) > NICKNAME_WORDS or len(bold) > 1:
            return None
        if lead[b:start].strip():
            return None  # "**SynthSeg** – *segments brain scans …*": a dash or colon glosses a name, titles nothing
    elif lead[:start].strip(_CODE_NOTE_GLUE):
        return None
    title = " ".join(lead[start:stop].split())
    opening = title.split()[0] if title.split() else ""
    if len(title.split()) < 3 or opening.isalpha() and opening.islower() or _author_list_byline(title) \
            or "et al" in title.lower():
        return None  # (an opening word all in small letters, "*segments brain scans …*", glosses; "polyBERT: …" titles)
    pos, tags = stop, []
    for a, b in inl.code or ():
        if a < stop:
            continue
        if b > len(lead) or lead[pos:a].strip(_CODE_NOTE_GLUE):
            return None
        tags.append(" ".join(lead[a:b].split()))
        pos = b
    if lead[pos:].strip(_CODE_NOTE_GLUE + "[(（【"):
        return None
    tag = " ".join(tags)
    if not nickname and not _YEAR_GROUP_LABEL.search(tag):
        return None
    return title, nickname, tag


#: a note-taking app's block property line, ``doi:: 10.1109/…`` / ``tags:: mri, uncertainty`` (Logseq, Obsidian's
#: Dataview): a one-word key, two colons, a space, a value; the key's length is bounded (no backtracking)
_PROPERTY_LINE = re.compile(r"[ \t]{0,8}([A-Za-z][A-Za-z0-9_-]{0,30})::[ \t]+(\S.*)")


def property_lines(plain: str) -> tuple[int, list[tuple[str, str]]] | None:
    """``- Uncertainty Maps in Prostate MRI`` / ``  doi:: 10.1109/TMI.2023.3301234`` / ``  tags:: mri, uncertainty``:
    a reader's notes vault (Logseq, Obsidian with Dataview) writes a block's properties as ``key:: value`` lines
    under its first line. Each is a field of the item (its DOI, arXiv id, tags, address), never a wrap of its
    title. → where the run of property lines that closes the item starts in ``plain``, with its (key, value)
    pairs in order, else None. The first line is never a property: it holds the item's text."""
    if "::" not in plain or "\n" not in plain:
        return None
    lines = plain.split("\n")
    cut = None
    fields: list[tuple[str, str]] = []
    at = len(plain)
    for line in reversed(lines[1:]):
        at -= len(line) + 1
        if (m := _PROPERTY_LINE.fullmatch(line.rstrip())) is not None:
            cut = at + 1
            fields.append((m.group(1), m.group(2).strip()))
        elif line.strip():
            break
    if cut is None or not plain[:cut].strip():
        return None
    return cut, fields[::-1]


#: a note-taking app's tag, ``#paper`` / ``#to-read`` / ``#mri/prostate``: a hash, a letter, then word characters
_HASHTAG = re.compile(r"#[^\W\d_][\w/-]{0,40}")
#: the most tags read off a line's end (``closing_hashtags``)
_MAX_CLOSING_TAGS = 8


def closing_hashtags(plain: str) -> tuple[int, int, list[str]] | None:
    """``- Kidney Tumour Detection with Graph Priors #paper`` / ``- [[Some Note]] #paper #toread``: a notes vault
    (Obsidian, Logseq) tags a block with ``#word`` tokens written after its text. They sort the note (its kind,
    its topic), they never title it. → where the run of tags that closes ``plain`` starts and ends, with the
    tags' words in order, else None. Each tag stands apart (a space before it: "C#" or "issue#12" is no tag), and text must stay
    before the run."""
    end = run_end = len(plain.rstrip())
    tags: list[str] = []
    while len(tags) < _MAX_CLOSING_TAGS:
        space = max(plain.rfind(" ", 0, end), plain.rfind("\t", 0, end), plain.rfind("\n", 0, end))
        if space < 0 or _HASHTAG.fullmatch(plain, space + 1, end) is None:
            break
        tags.append(plain[space + 2:end])
        end = space
        while end > 0 and plain[end - 1].isspace():
            end -= 1
    if not tags or not _is_meaningful(plain[:end]):
        return None
    return end, run_end, tags[::-1]


#: the fewest words of the Latin-script title line a note line in CJK script may follow (``cjk_note_lines_start``)
_NOTED_TITLE_WORDS = 3


def cjk_note_lines_start(plain: str) -> int | None:
    """``1. Engineered bacteria sense and report intestinal bleeding in mice`` / ``   工程菌检测肠道出血``: a
    bilingual reading log that writes, under a link-less title in Latin script, a line in Chinese, Japanese or
    Korean script (the reader's translation of the title, or a note on the work). An English title never wraps
    onto a line of another script, so the run of such lines that closes the item is its description, not the rest
    of its title. → where that run starts in ``plain`` (every line from there to the end holds a CJK or Hangul
    character), else None. The title's own lines (the first, and any Latin-script wrap of it) hold none; a title
    written in CJK script is never cut (its first line holds such characters), nor is a reference (a year dates
    its first line)."""
    if "\n" not in plain:
        return None
    lines = plain.split("\n")
    if classify.has_cjk(lines[0]):
        return None
    cut = None
    at = len(plain)
    for line in reversed(lines[1:]):
        at -= len(line) + 1
        if classify.has_cjk(line):
            cut = at + 1
        elif line.strip():
            break
    if cut is None:
        return None
    head = plain[:cut].strip()
    # (a first line with a year is a whole reference, "[4] **Title.** Scientific data 9.1 (2022): 410.", whose
    # labelled note fields under it the citation readers take apart; only a bare title line is cut here)
    return cut if len(head.split()) >= _NOTED_TITLE_WORDS and _is_meaningful(head) \
        and _REFERENCE_YEAR.search(head) is None else None


def code_note_lines_start(plain: str, code: list[tuple[int, int]] | None) -> int | None:
    """``* [2020MICCAI] ISINet: An Instance-Based Approach …`` / ```type segmentation`; `temporal module``` /
    ```JIGSAWS dataset using kinematics as input```: a reading list that notes on a link-less title with lines
    set wholly in inline code under it (the curator's keywords on the work). Those lines annotate the work; a
    title that wraps onto its next line is written as text, never as code. → where the run of such lines that
    closes the item starts in ``plain`` (every line from there to the end holds a code span and nothing else
    but separators), else None. The first line is never a note: it holds the title."""
    if not code or "\n" not in plain:
        return None
    covered = [False] * len(plain)
    for start, end in code:
        for i in range(max(start, 0), min(end, len(plain))):
            covered[i] = True
    starts = [0] + [i + 1 for i, ch in enumerate(plain) if ch == "\n"]
    cut = None
    for k in range(len(starts) - 1, 0, -1):
        s, e = starts[k], (starts[k + 1] - 1 if k + 1 < len(starts) else len(plain))
        has_code = any(covered[s:e])
        loose = "".join(ch for i, ch in enumerate(plain[s:e], s) if not covered[i]).strip(_CODE_NOTE_GLUE)
        if has_code and not loose:
            cut = s
        elif plain[s:e].strip():
            break
    return cut if cut is not None and _is_meaningful(plain[:cut]) else None


def _numbered_records(p: _Node) -> list[tuple[_Node, _Inline, int]] | None:
    """``591.Title<br>`` / ``作者：…<br>`` / ``论文链接：https://arxiv…<br>`` / ``源码链接：https://github…`` /
    ``<br><br>`` / ``590.Title<br>`` …: records written as lines of one paragraph, each opened by a numbered,
    link-less title line and carrying role fields ("论文链接：", "Code:") with their links. Returns the
    paragraph's lines, the title lines as items (the field lines after one are its parts), or None when
    the numbered lines are not such records (half of them or more must carry a role field link)."""
    lines = [(line, _inline(line.children)) for line in _paragraph_lines(p)]
    starts = [i for i, (_, inl) in enumerate(lines)
              if not inl.links and _RECORD_NUMBER.match(inl.plain)
              and _is_meaningful(_RECORD_NUMBER.sub("", inl.plain, count=1))]
    if not starts:
        return None
    bounds = starts + [len(lines)]
    records = 0
    for a, b in zip(bounds, bounds[1:]):
        for _, inl in lines[a + 1:b]:
            label = _field_label(inl)
            if label and inl.links and field_role(label) is not None:
                records += 1
                break
    if not records or records * 2 < len(starts):
        return None
    first = set(starts)
    return [(line, inl, 2 if i in first else 0) for i, (line, inl) in enumerate(lines)]


#: the key, in a paragraph line's ``attrs``, of the columns of a tab-separated reference line (``_tab_records``)
TAB_RECORD = "tab-record"
#: words that may stand in a list of names besides capitalised ones ("Van der Laan", "Reich, Yang, et al.")
_NAME_PARTICLES = frozenset("van von der den de del della da di du dos le la ter et al al. jr jr. sr.".split())


def _tab_cells(text: str) -> list[str]:
    """The cells of a line written as tab-separated values."""
    return [" ".join(c.split()) for c in text.split("\t")]


#: "(Michael)" in "Jianyang (Michael) Zeng": a given name or nickname in brackets, one capitalised word
_BRACKETED_NICKNAME = re.compile(r"[(（][A-Z][\w'’.-]*[)）]")


#: a middle initial in a person's name: one capital letter and its stop ("R.", "Ł.")
_MIDDLE_INITIAL = re.compile(r"[^\W\d_]\.")


def _names_people(cell: str) -> bool:
    """"Gilbert, Datta, Casey, and Ogburn", "Reich, Yang, et al.", "Tchetgen Tchetgen and Shpitser": names
    of one to four capitalised words each (particles aside), not a title's words. A word in brackets that is
    one capitalised name ("Jianyang (Michael) Zeng") is the person's other given name or nickname, as a byline
    writes it, and counts as a name's word."""
    names = _names(cell.replace("&", " and "))
    if not names:
        return False
    for k, name in enumerate(names):
        words = name.split()
        if k == len(names) - 1 and len(words) > 2 and words[-2] == "et" and words[-1] in ("al", "al."):
            # "…, Yu Lin Tan et al": the byline's closing "et al" is no word of the last name (a three-word name
            # and it made five words, more than a name has)
            words = words[:-2]
        # "Pedro R. A. S. Bassi": a name's middle initials ("R.", "A.") are no words of it that a title would have;
        # the four words are counted without them (three at most besides)
        initials = sum(1 for w in words[1:-1] if _MIDDLE_INITIAL.fullmatch(w))
        if not 1 <= len(words) - initials <= 4 or initials > 3:
            return False
        if any(w.endswith((":", "：")) for w in words[k == 0:]):
            # "Learned Iterative Reconstruction: Methods and Results": a name never runs across a colon; a title
            # and its subtitle do (a label leading the names, "Authors: Smith and Jones", is the first word only)
            return False
        for w in words:
            if w.lower() not in _NAME_PARTICLES and not w[:1].isupper() and not _BRACKETED_NICKNAME.fullmatch(w):
                return False
    return True


def _title_cell(cell: str) -> bool:
    """A cell that may hold a work's title: three words or more (or six CJK characters), no list of names."""
    return (len(cell.split()) >= 3 or sum(map(_is_cjk, cell)) >= 6) and _is_meaningful(cell) \
        and not _LINK_LABEL_ONLY.match(cell)


def _best_title_cell(cells: list[str], candidates: list[int]) -> int:
    """Of the title-like cells, the one a line would pick as its title: no list of names, the most words, the first."""
    return max(candidates, key=lambda j: (not _names_people(cells[j]), len(cells[j].split()), -j))


def _tab_records(p: _Node) -> list[tuple[_Node, _Inline, int]] | None:
    """``Authors<TAB>Title<TAB>Venue`` lines: a paragraph whose lines are mostly references written as
    tab-separated cells (three or more, one of them title-like), one reference a line. Returns the
    paragraph's lines, the reference lines as items whose node carries, under ``TAB_RECORD``, the
    columns of the title and of the authors (-1: none), read over all the lines; None otherwise.

    The title column is the one whose cell most lines would pick as their title (the longest cell
    that reads as a title and is no list of names); the authors, the column before it (or, when the
    title comes first, the one after it) when its cells mostly name people."""
    lines = [(line, _inline(line.children)) for line in _paragraph_lines(p)]
    cells_by_line: list[list[str] | None] = []
    votes: dict[int, int] = {}
    for _, inl in lines:
        cells = _tab_cells(inl.plain)
        candidates = [j for j, c in enumerate(cells) if _title_cell(c)] if len(cells) >= 3 else []
        if len(cells) < 3 or sum(1 for c in cells if c) < 2 or not candidates:
            cells_by_line.append(None)
            continue
        best = _best_title_cell(cells, candidates)
        votes[best] = votes.get(best, 0) + 1
        cells_by_line.append(cells)
    records = sum(votes.values())
    if records < 2 or records * 2 <= len(lines):
        return None
    title_col = max(votes, key=lambda j: (votes[j], -j))
    author_col = -1
    for col in (title_col - 1,) if title_col > 0 else (1,):
        named = [row[col] for row in cells_by_line if row is not None and col < len(row) and row[col]]
        if named and sum(1 for c in named if _names_people(c)) * 2 > len(named):
            author_col = col
    out: list[tuple[_Node, _Inline, int]] = []
    for (line, inl), row in zip(lines, cells_by_line):
        if row is None:
            out.append((line, inl, 0))
            continue
        col = title_col if title_col < len(row) and _title_cell(row[title_col]) else \
            _best_title_cell(row, [j for j, c in enumerate(row) if _title_cell(c)])
        line.attrs = {TAB_RECORD: (col, author_col if author_col != col else -1)}
        out.append((line, inl, 1))
    return out


def _tab_venue(cells: list[str], title_col: int, author_col: int) -> str:
    """The venue of a tab-separated reference: the first other cell after the title. "ArXiv:2112.14946" is
    the server, then the work's identifier; "doi:10.1111/…" names no venue."""
    venue = next((c for j, c in enumerate(cells) if c and j > title_col and j != author_col), "")
    label, value = _split_label(venue)
    if label and value and (ids.find_arxiv(venue) or ids.find_dois(venue)):
        venue = "" if label.lower() in ("doi", "pmid", "pmcid") else label
    return venue


#: a reference's number alone on its line: "[1]" (the text of ``<a id="1">[1]</a>``, an anchor other text links to)
_LONE_REFERENCE_NUMBER = re.compile(r"\s*\[\d{1,3}\]\.?\s*")


def _number_led_stacked_references(p: _Node) -> list[tuple[_Node, _Inline, int]] | None:
    """``<a id="1">[1]</a>`` / ``Jiancheng Yang et al. (2023)`` / ``MedMNIST v2 - …`` / ``Scientific Data`` /
    ``<a id="2">[2]</a>`` / …: a README's references, each opened by its number alone on a line (an HTML anchor the
    text's "[1,2]" can point at) and laid out one field a line (byline and year, title, venue), no blank line
    between them. Why: read as one paragraph the numbers hid every reference, and no line alone is one. Each
    number's lines, up to the next number, are a unit of their own (the number line dropped), a numbered
    reference when its joined text is a whole reference; None unless the paragraph opens with such a number and
    every one of its units reads as a reference."""
    lines = _paragraph_lines(p)
    if len(lines) < 2:
        return None
    plains = [_inline(line.children).plain for line in lines]
    starts = [i for i, text in enumerate(plains) if _LONE_REFERENCE_NUMBER.fullmatch(text)]
    if not starts or starts[0] != 0:
        return None
    units: list[tuple[_Node, _Inline, int]] = []
    bounds = starts + [len(lines)]
    kids, k = p.children, 0  # (walked once, in order: ``_lines_paragraph``)
    for a, b in zip(bounds, bounds[1:]):
        if b - a < 2:
            return None
        if not _plain_reference(" ".join(" ".join(plains[a + 1:b]).split())):
            return None
        record, k = _lines_paragraph(kids, k, lines[a + 1], lines[b - 1])
        units.append((record, _inline(record.children), 2))  # (numbered, as "[1] Authors. Title." is)
    return units


def _prose_over_linked_reference(p: _Node) -> list[tuple[_Node, _Inline, int]] | None:
    """``For the basic machine learning reference, …:␣␣`` / ``[_Bishop, C.M., (2006). Pattern Recognition and
    Machine Learning. Springer_](…pdf)``: link-less prose, a hard break, then the paragraph's one link alone on its
    last line, its text a whole reference (byline, year, title). Why: a course page (MkDocs, Jekyll) introduces
    each textbook with a sentence right above it; read as one paragraph, the sentence titled the record and the
    reference was lost. Split, the prose is a note (or the section's introduction) and the reference an item."""
    lines = _paragraph_lines(p)
    if len(lines) < 2 or not any(c.kind == "HardBreak" for c in p.children):
        return None
    last = _inline(lines[-1].children)
    links = [link for link in last.links if not link.image]
    if len(links) != 1 or last.plain[: links[0].start].strip() or last.plain[links[0].end :].strip(" .,;"):
        return None
    # (a textbook's short reference may leave out its year, "Hastie et al., The Elements of Statistical Learning.
    # Springer": a confident byline, a title and the publisher still make it one)
    cited = citation.parse_citation(" ".join(links[0].text.split()))
    if cited is None or cited.confidence < 0.5 or not cited.authors or len((cited.title or "").split()) < 2 \
            or not (cited.year or cited.venue):
        return None
    head = [(line, _inline(line.children)) for line in lines[:-1]]
    # (prose, a sentence of a few words: a bold title over its byline link, "[Transformer]" / "**Title**␣␣␣" /
    # "[Moreau, Claire, et al. Nature Methods …](doi…)", is the record's own title, kept whole)
    if any(line_inl.links or line_inl.bold for _, line_inl in head) \
            or sum(len(line_inl.plain.split()) for _, line_inl in head) < 5:
        return None
    return [(line, line_inl, 0) for line, line_inl in head] + [(lines[-1], last, 1)]


#: the most words the name line over a record's role-word link lines may hold ("DAGH(ICCV2019, not implement here)",
#: a method's short name and its venue, or the work's own title before its venue tag)
MAX_ROLE_RECORD_NAME_WORDS = 12


def role_word_record(inl: _Inline) -> tuple[int, str] | None:
    """``DSH(CVPR2016)␣␣`` / ``paper [Deep Supervised Hashing for Fast Image Retrieval](…pdf)␣␣`` / ``code
    [DSH-pytorch](github…)``: one work's record as the lines of one paragraph, a short link-less name line (the
    method's short name and where it appeared), then lines each of one bare role word (``paper``, ``code``,
    ``code1``: no colon, the line break sets label and link apart) before the line's one link, nothing after it.
    Why: read as prose, the name line was too short to title an item, so each such paragraph ran into the record
    before it (all the list's code went to its first work). The record is titled by its ``paper`` line's link
    text (the name line only names the method); link-less lines above the name line are prose before the record
    ("It is difficult to implement all by myself, …" / ``DSH(CVPR2016)`` / …) → (the index of the name line among
    the paragraph's lines, the paper's title); None for any other paragraph."""
    plain = inl.plain
    links = [link for link in inl.links if not link.image]
    if not links or "\n" not in plain:
        return None
    lines = plain.split("\n")
    starts, at = [], 0
    for line in lines:
        starts.append(at)
        at += len(line) + 1
    by_line: dict[int, _RawLink] = {}
    li = 0
    for link in links:
        while li + 1 < len(starts) and starts[li + 1] <= link.start:
            li += 1
        if li in by_line or link.end > starts[li] + len(lines[li]):
            return None  # two links on a line, or one across a break: no line of this form
        by_line[li] = link
    first = min(by_line)
    if first < 1 or any(i not in by_line for i in range(first, len(lines)) if lines[i].strip()):
        return None
    name = lines[first - 1].strip()
    if not name or len(name.split()) > MAX_ROLE_RECORD_NAME_WORDS or name.endswith(_COLONS):
        return None  # ("Code is available here:" / "[code](…)": a lead-in over a link, no record's name)
    title = None
    for i, link in by_line.items():
        word = lines[i][: link.start - starts[i]].strip()
        if lines[i][link.end - starts[i]:].strip() or not word.isalnum() or label_role(word) is None:
            return None
        if label_role(word) == "paper":
            text = " ".join(_bracket_label(link.text).split())
            if title is not None or link.bare or len(text.split()) < 2 or is_link_label(text):
                return None
            title = text
    return (first - 1, title) if title else None


def _role_word_records(p: _Node, inl: _Inline) -> list[tuple[_Node, _Inline, int]] | None:
    """The paragraph of a ``role_word_record`` as its units: the prose lines above the name line, if any, then
    the record from its name line on, an item; None for any other paragraph."""
    found = role_word_record(inl)
    if found is None:
        return None
    name_at = found[0]
    if not name_at:
        return [(p, inl, 1)]
    lines = _paragraph_lines(p)
    if len(lines) != inl.plain.count("\n") + 1:
        return None  # (an empty line the inline text keeps: the line indices would not agree)
    prose, k = _lines_paragraph(p.children, 0, lines[0], lines[name_at - 1])
    record, _ = _lines_paragraph(p.children, k, lines[name_at], lines[-1])
    return [(prose, _inline(prose.children), 0), (record, _inline(record.children), 1)]


def _quoted_whole_reference(q_inl: _Inline) -> bool:
    """``> Insafutdinov, E., Pishchulin, L., … & Schiele, B. DeeperCut: A deeper, stronger, and`` / ``> faster
    multi-person pose estimation model. In European Conference on Computer Vision, 34–50 (Springer, 2016).``: a
    quote that is one whole reference opening with its authors (``citation.authors_first_reference``), wrapped over
    its lines, with no link of its own. Why: a docs page's "how to cite" section sets each reference it recommends
    apart as a quote, as a paper's reference list prints them; read as a quoted remark, every one of those works
    was lost. Quoted prose that cites a work in passing, or a quote of linked lines (a record's fields), is not
    one."""
    if q_inl.links:  # (a quote of linked lines is a record's fields or a linked item, read as such)
        return False
    text = " ".join(q_inl.plain.split())
    return 40 <= len(text) <= 1500 and (citation.authors_first_reference(text)
                                        or citation.quoted_title_dash_reference(text) is not None)


def quote_cites_identifier_in_passing(q_inl: _Inline) -> bool:
    """``> Simulate full B-cell and T-cell receptor repertoires … Preprint is available at bioRxiv (Weber et al.,
    2019 <doi:10.1101/759795>).``: a quoted description whose only links are identifiers written out as their own
    text, each inside a bracket its prose opened, and which is no whole reference opening with its authors. Why: a
    tool's section quotes its package's blurb, which names a preprint in passing; read as a quoted item (a long lead,
    a short tail after the link), the blurb split the tool's section into items, and the section's own code and its
    paper's citation line under the quote became two records."""
    links = [link for link in q_inl.links if not link.image]
    if not links or any(link.bare or " ".join(link.text.split()) != link.url.strip()
                        or not any(ids.ids_from_url(link.url)) for link in links):
        return False
    for link in links:
        before = q_inl.plain[:link.start]
        if before.rfind("(") <= before.rfind(")"):
            return False  # the identifier stands on its own, not inside the prose's bracket
    return not citation.authors_first_reference(" ".join(q_inl.plain.split()))


#: a one-word status label before a quoted record's linked title ("Preprint:", "Accepted paper:", "Published
#: version:"): at most two words and a colon, no link of its own
_QUOTED_STATUS_LABEL = re.compile(r"^[^\W\d_][\w-]*(?: [^\W\d_][\w-]*)?\s*[:：]$")


def quoted_linked_title_over_author_list(q_inl: _Inline) -> bool:
    """``> Preprint: [_Title_](ssrn…)`` / ``> Pablo Pino, Denis Parra, and Cecilia Besa`` / ``> Submitted to …``:
    a quote whose first line is a work's linked title (four words or more, alone on its line but for a one- or
    two-word status label before it and a hard break's backslash after it) and whose second line is a byline naming
    two people or more. Why: a lab's code README quotes the references of the papers its code was used for, one
    quote a record, and a section holding only one such quote read as the section's intro (and a status label
    before the link read as prose), so the paper was lost; the author list says the quote is a reference. One
    name under a link ("> [A motto](…)" / "> Albert Einstein") is a quotation and its speaker, and a sentence that
    runs into a link ("> See the [guide](…) …") is no title line."""
    plain = q_inl.plain
    start = len(plain) - len(plain.lstrip())
    first_end = plain.find("\n", start)
    second_end = plain.find("\n", first_end + 1) if first_end >= 0 else -1
    if first_end < 0 or plain.count("\n", start, len(plain.rstrip())) > 7:
        return False
    second_end = len(plain) if second_end < 0 else second_end
    links = [link for link in q_inl.links if not link.image and link.start < first_end]
    if len(links) != 1 or links[0].bare or not names_work(links[0].text, min_words=4) \
            or any(first_end < link.start < second_end for link in q_inl.links):
        return False
    link = links[0]
    lead = plain[:link.start].strip()
    if lead and not _QUOTED_STATUS_LABEL.match(lead) or plain[link.end:first_end].strip(" \t\\.,;"):
        return False
    byline = plain[first_end + 1:second_end].strip().rstrip("\\").strip()
    names = _names(byline.replace("&", " and "))
    return len(names) >= 2 and all(personal_name(n.strip(" *_.")) for n in names) and is_byline_line(byline)


#: the fewest words of a quoted card's bold title line (``quoted_bold_title_card``)
_QUOTED_CARD_TITLE_WORDS = 4


def quoted_bold_title_card(p: _Node) -> tuple[list[tuple[_Node, _Inline]], str] | None:
    """``> **Title of the work**`` / ``>`` / ``> Authors`` / ``>`` / ``> [_Venue_ (2020)](…)`` / ``> doi: [10.…](…)``:
    a quote of paragraphs, the first of them opening with the work's title in bold (four words or more, read as a
    title), a later one linking the work's scholarly record (a DOI, arXiv, PubMed or PMC address), is one work's
    record set off as a quote → its paragraphs with their inlines and the bold title, one record (as
    ``_quoted_field_record`` reads a quoted card of labelled lines). Why: a project's publication page quotes each paper's card under a heading that links the project (its
    pipeline's page); read as a quote, the card was the heading's description and the paper was titled by the
    pipeline's name, a website. None for other quotes: one paragraph (read as a quoted item), a quote without a
    bold title line, or one that links no scholarly record (a quoted remark, an abstract)."""
    paras = [c for c in p.children if c.kind == "Paragraph"]
    if len(paras) < 2 or len(paras) != len(p.children) or p.children[0] is not paras[0]:
        return None
    head = _inline(paras[0].children)
    lead = head.strong_lead.strip()
    if not lead or head.links or "\n" in head.plain.strip() \
            or len(lead.split()) < _QUOTED_CARD_TITLE_WORDS or not names_work(lead, min_words=_QUOTED_CARD_TITLE_WORDS):
        return None
    parts = [(paras[0], head)] + [(c, _inline(c.children)) for c in paras[1:]]
    if not any(any(ids.ids_from_url(link.url)) for _, inl in parts[1:] for link in inl.links if not link.image):
        return None
    return parts, _drop_closing_stop(lead)


def _paragraph_units(paras: list[_Node]) -> list[tuple[_Node, _Inline, int]]:
    """Section paragraphs as (node, inline, item kind); a paragraph whose lines are two or more items
    (one per line, no blank line between) is split into its lines."""
    units: list[tuple[_Node, _Inline, int]] = []
    named_run = False  # a paragraph of the section was read as package names one a line (``name_then_linked_title_lines``)
    for p in paras:
        if p.kind != "Paragraph":
            q_inl = _blockquote_inline(p)
            # "> [_Title_](springer…) \" / "> Authors \" / "> Venue": a quote holding one paragraph that opens
            # with its linked title is an item the quote only indents (a lab page's records set off as quotes,
            # as a quote holding a list is read as that list); other quotes (an abstract, a remark) are none
            # ("> -[Title](…)": a bullet that lost its space inside the quote; ">[Title](…) (Reed, ICLR 2015)" /
            # ">> notes": the item's notes quoted deeper under it)
            lone = sum(1 for c in p.children if c.kind == "Paragraph") == 1 \
                and p.children[0].kind == "Paragraph" and all(c.kind == "BlockQuote" for c in p.children[1:])
            kind = _item_kind(q_inl) if lone and not quote_cites_identifier_in_passing(q_inl) else 0
            if lone and not kind and _quoted_whole_reference(q_inl):
                kind = 1
            if lone and not kind and quoted_linked_title_over_author_list(q_inl):
                kind = 1  # "> Preprint: [_Title_](…)" / "> Authors": a status label, then the record's linked title
            units.append((p, q_inl, kind))
            continue
        inl = _inline(p.children)
        if inl.links and "\n" in inl.plain and (role_records := _role_word_records(p, inl)) is not None:
            # "DSH(CVPR2016)" / "paper [Title](…)" / "code [DSH-pytorch](github…)": a record of role-word lines
            units.extend(role_records)
            continue
        if "\t" in inl.plain and "\n" in inl.plain:
            tabbed = _tab_records(p)
            if tabbed is not None:  # "Authors<TAB>Title<TAB>Venue", one reference a line
                units.extend(tabbed)
                continue
        if inl.links and _RECORD_NUMBER_LINE.search(inl.plain) \
                and any(c.kind in ("SoftBreak", "HardBreak") for c in p.children):
            records = _numbered_records(p)
            if records is not None:
                units.extend(records)
                continue
        if sum(1 for link in inl.links if link.bare) >= 2 and "\n" in inl.plain.strip():
            records = _titled_url_records(p)
            if records is not None:  # "(√)5. Title:" / "https://…" / "(√)6. Title:" / "https://…"
                units.extend(records)
                continue
        if len(inl.links) > 1 and inl.bold and p.children and p.children[0].kind == "Strong" \
                and _lines_with_links(p) >= 2:
            records = _bold_titled_records(p)
            if records is not None:  # "**Title** \\" / "*Authors* \\" / "[[Paper](…)]\\" / "**Title** \\" / …
                units.extend(records)
                continue
        if len(inl.links) > 1 and _lines_with_links(p) >= 2:
            lines = [(line, _inline(line.children)) for line in _paragraph_lines(p)]
            if _link_row_lines([line_inl for _, line_inl in lines]):
                # "[Home Page](…) -" / "[Data Portal](…) -" / "[Paper](doi…)": one record's links, one a line,
                # under the heading that titles it (no line names a work: each link's text says what it reaches)
                units.append((p, inl, _item_kind(inl)))
                continue
            if _bold_title_over_label_links(lines) or _bold_title_over_own_address(lines):
                # "**Title**<br>" / "*Authors*<br>" / "Venue" / "[[PDF](…)]" / "[[ZuCo1](…)]" / "[[Code](…)]": one
                # work's record, its links stacked one a line under its byline
                units.append((p, inl, _item_kind(inl)))
                continue
            kinds = [_item_kind(line_inl) for _, line_inl in lines]
            if not all(kinds) and all(venue_tagged_record_line(line_inl) for _, line_inl in lines) \
                    and sum(1 for _, line_inl in lines if _cites_record(line_inl.links)) >= 2:
                # "ICRA'23 [Title](arxiv…) <br>" / "IROS'21 [Title](arxiv…) <br>": one paper a line, each line a
                # venue-and-year tag before the work's linked title (``venue_tagged_record_line``)
                kinds = [k or 1 for k in kinds]
            if sum(1 for _, line_inl in lines if url_led_note(line_inl) is not None) >= 2:
                # "https://… : Title" one a line: a URL alone on a line among them is an entry of its own (a
                # repository the notes list), not a link of the work on the line before
                kinds = [1 if not k and _lone_bare_url_line(line_inl) else k for k, (_, line_inl) in zip(kinds, lines)]
            if sum(1 for _, line_inl in lines if _typed_bullet_url_line(line_inl)) >= MIN_TYPED_BULLET_URL_LINES:
                # "•\thttps://…" one a line, with "Academic Resources" lines between them: a word processor's bullet
                # list pasted as text, each bullet's URL an entry of its own (as "- https://…" items are), not one
                # record of all the paragraph's links
                kinds = [1 if not k and _typed_bullet_url_line(line_inl) else k
                         for k, (_, line_inl) in zip(kinds, lines)]
            if (named := name_then_linked_title_lines([line_inl for _, line_inl in lines])) is not None:
                # "BDMMA [Title](academic.oup…)" / "BEEM [Title](github…)": a tool list's package names, one a line,
                # each before its linked paper title or gloss
                kinds = [k or int(m) for k, m in zip(kinds, named)]
                named_run = True
            if sum(1 for k in kinds if k) < 2 and coined_name_url_lines([line_inl for _, line_inl in lines]):
                # "PsychBERT: https://ieeexplore…" / "MentalBERT: https://arxiv…": a model list's works, each
                # a coined name before its paper's bare URL, one a line (a long title so is an item already)
                kinds = [k or 1 for k in kinds]
            fact = _paper_fact_among_facts(lines, kinds)
            if fact is not None:
                kinds[fact] = 1
            if sum(1 for k in kinds if k) >= 2 or fact is not None:
                # "A Review of Medical Federated Learning: …, https://link.springer.com/chapter/…" / "Download conference
                # paper PDF, https://link.springer.com/content/pdf/….pdf": a line that only labels its bare URL by what
                # the link is (``is_link_label``) names no work; under a record's line it is that record's link
                kinds = [0 if k and i and kinds[i - 1] and _labelled_bare_url_line(line_inl) else k
                         for i, (k, (_, line_inl)) in enumerate(zip(kinds, lines))]
                if sum(1 for k in kinds if k) >= 2 or fact is not None:
                    units.extend((line, line_inl, k) for (line, line_inl), k in zip(lines, kinds))
                    continue
                units.append((p, inl, _item_kind(inl)))  # one work's line and its labelled links: one record
                continue
        if not inl.links and "\n" in inl.plain and _NUMBERED_CITATION.match(inl.plain):
            # "[1] Prasad V. “Title.” JAMA 2017." / "[2] Lavecchia A. …": numbered references one a line,
            # no blank line between them: each numbered line a reference (an unnumbered line continues it)
            lines = [(line, _inline(line.children)) for line in _paragraph_lines(p)]
            kinds = [2 if _NUMBERED_CITATION.match(li.plain) and _reads_as_reference(li.plain) else 0
                     for _, li in lines]
            if sum(1 for k in kinds if k) >= 2:
                units.extend((line, li, k) for (line, li), k in zip(lines, kinds))
                continue
        if not inl.links and inl.plain.lstrip().startswith("[") \
                and (stacked := _number_led_stacked_references(p)) is not None:
            # "<a id="1">[1]</a>" / "Authors (2023)" / "Title." / "Venue" / "<a id="2">[2]</a>" / …
            units.extend(stacked)
            continue
        if len(inl.links) == 1 and any(c.kind == "HardBreak" for c in p.children) \
                and (split := _prose_over_linked_reference(p)) is not None:
            units.extend(split)
            continue
        kind = _item_kind(inl)
        if not kind and named_run and "\n" not in inl.plain.strip() \
                and name_then_linked_title_lines([inl], min_lines=1, min_papers=0) is not None:
            # "> G" / "GLMMMiRKAT [A distance-based kernel association test …](github…)": a package alone in its
            # paragraph (between one-letter index headings) in a section whose other paragraphs list packages one a
            # line is one more of them, an item of its own, not a link of the item above
            kind = 1
        if kind != 2 and _NUMBERED_CITATION.match(inl.plain) \
                and (inl.bold or not inl.links and _reads_as_reference(inl.plain.split("\n", 1)[0])):
            # "[1] Shickel, B., et al. **Deep EHR: …** IEEE JBHI (2017)" / "[2] Lavecchia, A. “Machine-learning
            # approaches …” Drug Discov Today 20.3 (2015)": a numbered reference, one paragraph each
            kind = 2
        # (or no year but an arXiv identifier, which dates a reference as well: ``citation.arxiv_dated_reference``)
        if not kind and not inl.links and title_over_byline_and_bracket_tags(p) is not None:
            # "Title" / "Authors" / "[17th Nov., 2023] [arXiv, 2023]" / "[Paper]": a rendered list's record pasted as
            # text, its links lost (read before the link-less reference below, which would glue title and names)
            units.append((p, inl, 1))
            continue
        if not kind and not inl.links and p.kind == "Paragraph" \
                and (_YEAR_IN_TEXT.search(inl.plain) or "arXiv" in inl.plain):
            lines = [(line, _inline(line.children)) for line in _paragraph_lines(p)] if "\n" in inl.plain.strip() \
                else [(p, inl)]
            # (a bound, not a judgement: each line is parsed once, so a whole pasted bibliography costs linear time)
            kinds = [1 if _plain_reference(_byline_closed(li, li.plain)) else 0 for _, li in lines] \
                if len(lines) <= MAX_REFERENCE_LINES \
                else [0] * len(lines)
            if len(lines) > 1 and not all(kinds) and (wrapped := _wrapped_references(p, lines)) is not None \
                    and len(wrapped) > sum(kinds):
                # "Kao JC, …, Shenoy KV (2015) Single-trial dynamics" / "of motor cortex …. Nature Communications.
                # 6:7759." / "Kaufman MT, …, Shenoy KV (2014) Cortical activity in the null space: permitting" / …:
                # references wrapped over lines, one after another with no blank line between them (more of them than
                # the lines that each read as a whole reference, whose split glues a wrapped one to the one before)
                units.extend(wrapped)
                continue
            if len(lines) > 1 and sum(kinds) >= 2:
                # "Kelley DR, Snoek J, Rinn JL. Basset: … Genome Res. 2016;26: 990–999." one a line, no blank
                # line between them: each reference line an item (an unnumbered other line goes with the one before)
                units.extend((line, li, k) for (line, li), k in zip(lines, kinds))
                continue
            if len(lines) == 1 and kinds[0] and (run_on := run_on_references(p, inl)) is not None:
                units.extend(run_on)  # two references pasted on one line, the break between them lost
                continue
            if len(lines) == 1 and kinds[0] or len(lines) > 1 and _plain_reference(inl.plain):
                # "Eraslan, G., Avsec, Ž., Gagneur, J. et al. Deep learning: … Nat Rev Genet 20, 389–403 (2019)":
                # a whole reference written without a link, one paragraph each (a bibliography pasted as text)
                units.append((p, inl, 1))
                continue
        if kind == 1 and units and units[-1][2] and units[-1][0].kind == "Paragraph" and p.kind == "Paragraph" \
                and code_field_under_codeless_item(units[-1][1], inl):
            kind = 0  # "代码在此：SRmatlab [code](…)" under "Title [paper](…)": the paper's code, with it
        if not kind and not inl.links and p.kind == "Paragraph" and bold_title_over_italic_byline(p):
            # "**Title of the abstract**\\" / "_Jane Doe_\\" / "Poster 5": a book of abstracts' record, its bold title
            # over its italic byline and a track or session tag, the year only in the heading above
            kind = 1
        if not kind and not inl.links and p.kind == "Paragraph" and byline_over_bold_title(p):
            # "X. Q. Feng, Guangwei Zhang  " / "**Upscaling Mouse Spinal Cord Atlas for 3D Alignment**": an exported
            # bibliography's record without venue, year or DOI, its byline over its bold title
            kind = 1
        if not kind and not inl.links and plain_title_over_html_byline(p) is not None:
            # "Title of the paper" / "<br />" / "<em>Ana Ruiz; Bo Chen</em>": a conference page's record, its title
            # over its byline in HTML italics, the venue and year only the page's
            kind = 1
        if not kind and not inl.links and p.kind == "Paragraph" and unlinked_link_title(inl.plain) is not None:
            # "[Patch-based 3D UNet for head and neck tumor segmentation …]" between "[Title](url)" paragraphs: a
            # link whose URL the author left out (no reference definition either) is one more item, not prose
            kind = 1
        if not kind and not inl.links and p.kind == "Paragraph" and unlinked_title(inl.plain, inl.empty_link_texts):
            # "[If You Like Shapley Then You'll Love the Core](), AAAI 2021" between "[Title](url), Venue" paragraphs:
            # a link whose URL was left empty still names the work (as "- [Title]() | MICCAI" does in a bullet
            # list); read as prose it was glued to the paper before it
            kind = 1
        if not kind and not inl.links and p.kind == "Paragraph" and role_placeholder_title(inl.plain) is not None:
            # "Title of the work [paper] [code]" alone in its paragraph: a record drafted from a template whose link
            # labels wait for their URLs names its work as the linked record would
            kind = 1
        if not kind and not inl.links and p.kind == "Paragraph" and labelled_paper_reference(inl) is not None:
            # "**论文**：*Title*，Nature Biomedical Engineering，2025", "**Paper**: *Title*, Bioinformatics, 2023": a
            # method's write-up names the paper it reproduces in a labelled field, the title in italics, no link
            kind = 1
        if not kind and not inl.links and p.kind == "Paragraph" and outline_numbered_title(inl.plain) is not None:
            # "1.1 Spectral Graph Convolutions for Population-based Disease Prediction" / blank line / "1.2 …": a
            # reading note's link-less titles numbered by the section they are filed under, one paragraph each
            kind = 1
        units.append((p, inl, kind))
    return units


#: the colons closing a field's label (half- and full-width)
_LABEL_COLONS = (":", "：")


def labelled_paper_reference(inl: _Inline) -> tuple[str, str] | None:
    """``**论文**：*Title*，Nature Biomedical Engineering，2025``, ``**Paper**: *Title*, Bioinformatics, 2023``: a
    link-less one-line paragraph that is a field labelled as the paper (a bold label naming the paper role,
    ``field_role``), its value an italic title and then only the venue and year after commas → (the title, the
    rest after it). Why: with no link and no byline the paragraph read as prose, and the paper a method's write-up
    names as its source gave no entry. None for any other field ("**路径**：…", "**Paper**: coming soon")."""
    if inl.links or "\n" in inl.plain.strip() or not inl.strong_lead or not inl.emphasis:
        return None
    plain = inl.plain.strip()
    label = inl.strong_lead.strip()
    colon_in_bold = label.endswith(_LABEL_COLONS)
    label = label.rstrip(":： ")
    if not plain.startswith(inl.strong_lead) or field_role(label) != "paper":
        return None
    rest = plain[len(inl.strong_lead):].lstrip()
    if not colon_in_bold:
        if not rest.startswith(_LABEL_COLONS):
            return None
        rest = rest[1:].lstrip()
    title = inl.emphasis[-1].strip() if inl.emphasis[-1].strip() != inl.strong_lead.strip() else ""
    if not title or not rest.lstrip("*_ ").startswith(title):
        return None
    tail = rest.lstrip("*_ ")[len(title):].lstrip("*_ ")
    if not tail.startswith((",", "，")) or not _YEAR_IN_TEXT.search(tail) or len(tail.split()) > 12:
        return None
    return title, tail.lstrip(",， ")


#: letters a line of a record's link row may hold beside its one link (a " -" or " |" separator holds none)
_LINK_ROW_LINE_LETTERS = 2


def _link_row_label(text: str) -> bool:
    """A link's text that says what the link reaches, not which work: a role word (``Paper``, ``Data``, ``Code``),
    the same qualified (``Data Portal``, ``Paper (sleep data)``, ``Dataset1``) or a home page's label (``Home
    Page``), at most three words."""
    text = _bracket_label(text).strip()
    if not text or len(text.split()) > 3:
        return False
    head = _ROLE_QUALIFIER.split(text, 1)[0]
    return is_home_label(text) or is_link_label(text) or bool(head) and _is_role_word(head.rstrip("0123456789"))


def _link_row_lines(lines: list[_Inline]) -> bool:
    """``### Temple University Hospital (TUH) Corpus`` / description / ``[Home Page](…) -`` / ``[Data Portal](…) -`` /
    ``[Paper](doi…)``: a paragraph whose every line is one link labelled by what it reaches (``_link_row_label``),
    nothing beside it but a separator, is the record's row of links written one a line, not a list of items: a
    line titled "Home Page" names no work (the heading above titles the record)."""
    for li in lines:
        links = [link for link in li.links if not link.image]
        if len(links) != 1 or links[0].bare or not _link_row_label(links[0].text) \
                or sum(map(str.isalpha, _prose(li, 0))) > _LINK_ROW_LINE_LETTERS:
            return False
    return True


#: a section-and-record number opening a line ("1.1 ", "2.3. ", "10.12 "): two levels or more, then a word (which
#: may open with a digit: "2.2 3D fully convolutional networks …")
_OUTLINE_NUMBER = re.compile(r"\s*\d{1,2}(?:\.\d{1,3})+\.?[ \t]+(?=\w)")


def outline_numbered_title(text: str) -> str | None:
    """The title in ``1.1 Title of the work`` written alone on its line with no link: a paper-notes file that files
    each work it read under a numbered section ("**1. Disease prediction**") and numbers the works within it. The
    title without its number when it reads as a paper's title, else None (``2.1 Setup``, ``1.2 We train the model
    on …`` are a document's own sections or prose). A single-level number ("3. …") is left to the list readers."""
    t = text.strip()
    m = _OUTLINE_NUMBER.match(t) if "\n" not in t else None
    if m is None:
        return None
    title = t[m.end():].strip()
    return title if reads_like_paper_title(title) else None


#: a whole text in square brackets, no bracket inside: link text whose ``(url)`` was never written
#: ``[Title of the work]`` alone on its line, or as a list item's whole text (``+ [Title of the work]``)
_UNLINKED_LINK_TEXT = re.compile(r"(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?\[([^\[\]\n]{10,400})\]")


def unlinked_link_title(text: str) -> str | None:
    """The title in ``[Title of the work]`` written alone, as a link whose URL the author left out (Markdown keeps an
    undefined reference's brackets as text): the bracketed words when they read as a paper's title, else None
    (``[TODO]``, ``[optional]``, ``[see below]`` are no titles)."""
    m = _UNLINKED_LINK_TEXT.fullmatch(text.strip())
    return m.group(1).strip() if m is not None and reads_like_paper_title(m.group(1)) else None


#: a note closing a link-less line that says the work's link is still to come: ``— link needed.``,
#: ``(link coming soon)``, ``: arXiv link TBA``, ``[paper coming soon]`` (a link word, then "needed", "pending",
#: "coming soon", "to be added", "TBA"/"TBD"); bounded lengths keep the search linear on hostile text
_PENDING_LINK_NOTE = re.compile(
    r"(?i)[^\S\n]{0,3}(?:[—–:-]|[(\[])[^\S\n]{0,3}(?:(?:the|a|an)\s)?(?:paper|pdf|arxiv|preprint|article|link|url)s?"
    r"(?:\slinks?)?\s(?:(?:is|are)\s)?(?:still\s)?(?:needed|missing|pending|coming\ssoon|to\s(?:be\s)?(?:added|come)|"
    r"tba|tbd|forthcoming)[^\S\n]{0,3}[)\]]?[^\S\n]{0,3}\.?[^\S\n]{0,3}$")


def pending_link_title(text: str) -> str | None:
    """The title in ``Title of the work — link needed.`` / ``Title of the work (paper link coming soon)``: a
    link-less line whose own closing note says its link is still to come names a work the writer means to link,
    as ``[Title of the work]`` with its URL left out does (``unlinked_link_title``). The title without the note
    when it reads as a paper's title, else None (``Our toolkit — link coming soon`` names no paper)."""
    t = text.strip()
    m = _PENDING_LINK_NOTE.search(t) if "\n" not in t else None
    if m is None or m.start() == 0:
        return None
    title = t[:m.start()].rstrip(" —–-:")
    return title if reads_like_paper_title(title) else None


#: a link's label in square brackets with no URL after it: ``[paper]``, ``[[Code]]``, ``[project page]``
_ROLE_PLACEHOLDER = re.compile(
    r"[^\S\n]{0,3}[|·/]?[^\S\n]{0,3}\[{1,2}[^\S\n]?(?P<role>(?i:paper|pdf|arxiv|article|preprint|code|github|"
    r"project(?:[^\S\n]page)?|page|website|homepage|data|dataset|demo|video|slides|poster|blog|bibtex|supp))"
    r"[^\S\n]?\]{1,2}")
#: the role words of ``_ROLE_PLACEHOLDER`` that name the work's own text: a paper's
_PAPER_PLACEHOLDER_ROLES = frozenset({"paper", "pdf", "arxiv", "article", "preprint"})
#: the most link labels a line's placeholder trail holds (a record's link row is short; the bound keeps it linear)
_MAX_ROLE_PLACEHOLDERS = 6


def role_placeholder_title(text: str) -> str | None:
    """The title in ``Title of the work [paper] [code]``: a link-less line closed by its link row's labels with
    no URL behind them, one of them the paper's (``[paper]``, ``[PDF]``). Why: a list drafted from a template
    ("Title [paper] [code]", the links to be filled in later) names each work so; its labels say the line is a
    paper's record as a linked ``[[paper](…)]`` would, but with no link and no "Papers" heading the lines read as
    prose and the list gave no paper. The title without the labels when it reads as a paper's title, else None
    (``Install the toolkit [code]`` names no paper; ``[docs]`` is no link label of a work's record)."""
    t = text.rstrip()
    if "\n" in t or not t.endswith("]"):
        return None
    roles: list[str] = []
    end = len(t)
    # the labels, read from the line's end back (each one a match ending where the text left of it ends)
    while len(roles) < _MAX_ROLE_PLACEHOLDERS:
        m = next((m for m in _ROLE_PLACEHOLDER.finditer(t, max(0, end - 40), end) if m.end() == end), None)
        if m is None or m.start() == 0:
            break
        roles.append(m.group("role").lower())
        end = m.start()
    if not roles or not _PAPER_PLACEHOLDER_ROLES.intersection(roles):
        return None
    title = t[:end].rstrip(" —–-:|")
    return title if "[" not in title and reads_like_paper_title(title) else None


#: the most lines of one link-less paragraph read one by one as references
MAX_REFERENCE_LINES = 20_000
#: the most lines one reference may be wrapped over in a paragraph of wrapped references (a bound, not a judgement:
#: each line is read a bounded number of times, so a long paragraph of prose costs linear time)
LINES_PER_REFERENCE_IN_A_RUN = 6


def _wrapped_references(p: _Node, lines: list[tuple[_Node, _Inline]]) -> list[tuple[_Node, _Inline, int]] | None:
    """A link-less paragraph of two or more whole references, each wrapped over a few lines, with no blank line
    between them (``Kao JC, …, Shenoy KV (2015) Single-trial dynamics`` / ``of motor cortex and their applications
    …. Nature Communications. 6:7759.`` / ``Kaufman MT, Churchland MM, Ryu SI, Shenoy KV (2014) Cortical activity
    in the null space: permitting`` / ``preparation without movement. Nature Neuroscience. 17:440-448.``), as one
    unit per reference, or None.

    Why: no line alone is a whole reference (each is cut mid-title), so the line-by-line split does not fire and
    the paragraph was one reference, the second lost. A line opens the next reference only when the lines before
    it (since the last opening) already make a whole reference and the lines from it make one that opens with its
    authors (``citation.authors_first_reference``); a wrapped author list ("RF, Hochberg LR, …") never follows a
    whole reference. Every group must read as a whole reference, else None."""
    texts = [li.plain.strip() for _, li in lines]
    starts = [0]
    for i in range(1, len(texts)):
        if i - starts[-1] > LINES_PER_REFERENCE_IN_A_RUN:
            return None
        if not texts[i][:1].isupper() or not _plain_reference(" ".join(texts[starts[-1]:i])):
            continue
        ahead = min(len(texts), i + LINES_PER_REFERENCE_IN_A_RUN)
        if any(citation.authors_first_reference(" ".join(texts[i:k])) for k in range(i + 1, ahead + 1)):
            starts.append(i)
    if len(starts) < 2 or len(texts) - starts[-1] > LINES_PER_REFERENCE_IN_A_RUN:
        return None
    units: list[tuple[_Node, _Inline, int]] = []
    at = {id(child): k for k, child in enumerate(p.children)}
    for a, b in zip(starts, starts[1:] + [len(lines)]):
        if not _plain_reference(" ".join(texts[a:b])):
            return None
        first, last = lines[a][0], lines[b - 1][0]
        lo, hi = at[id(first.children[0])], at[id(last.children[-1])]
        node = _Node("Paragraph", first.start, last.end)
        node.children = p.children[lo:hi + 1]
        units.append((node, _inline(node.children), 1))
    return units


#: where a second reference opens inside a line, right after the first one's closing stop: a short author-year byline
#: ("Schnell et al. 2015.", "Lamb and Ruiz 2019,", "Deiner & Ko (2017).") — a capitalised surname, then "et al." or a
#: second surname after "and"/"&", then the year (bracketed or not) closed by a stop or a comma (a no-break space
#: pasted from a web page parts words as a space does)
_RUN_ON_BYLINE = re.compile(r"(?<=[.?!][ \u00a0])[A-Z][a-z'’-]{1,30}(?:[ \u00a0]et[ \u00a0]al\.?"
                            r"|[ \u00a0](?:and|&)[ \u00a0][A-Z][a-z'’-]{1,30})?,?[ \u00a0]\(?(?:19|20)\d\d[a-z]?\)?[.,]")
#: the most bylines tried as a second reference's opening in one line
_RUN_ON_TRIES = 4
#: the longest line read for a run-on second reference (two whole references of a reading list's length)
_RUN_ON_MAX = 1200


def run_on_references(p: _Node, inl: _Inline | None = None) -> list[tuple[_Node, _Inline, int]] | None:
    """``- Dickie et al. 2018. Towards robust …. Molecular Ecology Resources, 18, 940-952. Schnell et al. 2015. Tag
    jumps illuminated …. Molecular Ecology Resources, 15, 1289-1303.``: a link-less one-line reference after whose
    closing stop a second whole reference opens with its own author-year byline (two references pasted on one line,
    the line break lost) → one unit per reference, or None.

    Why: read as one reference, the second was lost and its year dated the first. A split needs the text before the
    byline and the text from it to each read as a whole reference (``_plain_reference``), so a closing remark naming
    a work by its byline ("… 940-952. Reviewed in Jones et al. 2020.") never splits. Only a paragraph of one text leaf
    whose source span is its text (no escapes; the span counts UTF-8 bytes) is split; at most ``_RUN_ON_MAX``
    characters are read. ``inl``: the paragraph's inline reading when the caller has it (else read here, only once
    the cheap tests pass: every one-line item comes here)."""
    if p.kind != "Paragraph" or len(p.children) != 1:
        return None
    leaf = p.children[0]
    text = leaf.text
    if leaf.kind != "text" or len(text) > _RUN_ON_MAX or len(text) < 80 \
            or leaf.end - leaf.start != len(text.encode("utf-8")):  # (offsets count the source's UTF-8 bytes)
        return None
    if _RUN_ON_BYLINE.search(text, 40) is None or (inl or _inline(p.children)).links:
        return None
    cuts = [0]
    tries = 0
    for m in _RUN_ON_BYLINE.finditer(text):
        at = m.start()
        if at - cuts[-1] < 40:
            continue
        tries += 1
        if tries > _RUN_ON_TRIES:
            return None  # a line of many bylines is no pair of pasted references (and each try reads the text)
        if not _plain_reference(text[cuts[-1]:at]):
            continue
        ahead = _RUN_ON_BYLINE.search(text, m.end())
        if _plain_reference(text[at:ahead.start() if ahead is not None else len(text)]):
            cuts.append(at)
    if len(cuts) < 2 or not _plain_reference(text[cuts[-1]:]):
        return None
    units: list[tuple[_Node, _Inline, int]] = []
    for a, b in zip(cuts, cuts[1:] + [len(text)]):
        piece = text[a:b].rstrip()
        start = leaf.start + len(text[:a].encode("utf-8"))
        node = _Node("Paragraph", start, start + len(piece.encode("utf-8")))
        node.children = [_Node("text", node.start, node.end, leaf.attrs, piece)]
        units.append((node, _inline(node.children), 1))
    return units


#: a list item's label that is only a year ("2019:", "2019年：", "~2018:"): a group of the works below it
_YEAR_GROUP_LABEL = re.compile(r"[~≤<>]?\s*(?:19|20)\d\d\s*[年s]?")


def year_group_label(text: str) -> bool:
    """A list item that is only a year, with or without a colon (``- 2019:``, ``- 2019``, ``- 2019年：``): the name of
    a group of the works listed under it. No record is named by a year, so the sub-bullets are never its fields."""
    t = text.strip().strip("*_ \t")
    return "\n" not in t and _YEAR_GROUP_LABEL.fullmatch(t.rstrip(":：").strip(" *_")) is not None


#: a paragraph that is only a date, a year with or without its month ("2025 年", "**2021 年 6 月**", "2023-09")
_DATE_ONLY_LABEL = re.compile(r"(?:19|20)\d\d\s*(?:年\s*(?:\d{1,2}\s*月)?|[-/.]\s*\d{1,2})?")


def date_only_label(text: str) -> bool:
    """``- [ ] **2021 年 6 月**`` / blank line / ``  Lu, Ming Y., et al. "Title."`` / ``  链接：[Nature](…)``: a loose
    item whose first paragraph is only a date files the record by when it appeared; the record's title (or its
    citation) is the paragraph after it. No work is named by a date alone."""
    t = text.strip().strip("*_ \t")
    return "\n" not in t and _DATE_ONLY_LABEL.fullmatch(t.rstrip(":：").strip(" *_")) is not None


#: the year a link-less reference is dated by: a modern one, or a classic's nineteenth-century year closing its
#: byline ("Darwin, C. R. 1859. Origin of species …", "Wallace, A. R. 1858. On the tendency of varieties …"), the
#: founding works an evolution or genetics reading list cites among the modern ones (``citation.parse_citation``
#: reads such a byline; the bare year gate before it let no nineteenth-century reference through)
_REFERENCE_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")


def _plain_reference(text: str, min_title_words: int = 3) -> bool:
    """A link-less text that is a whole reference: its authors, a title of three words or more and a year
    (``Zhou J, Troyanskaya OG. Predicting effects of …. Nat Methods. 2015;12: 931–934.``), not prose that
    mentions a year or a name. ``min_title_words``: fewer for the text before a reference's locator link
    ("… (2017, March). HCUP CCS. Agency …. Retrieved from [url](url)"), whose link already marks a record."""
    text = citation.without_lost_number(text.strip())  # ". Rajkomar, A., … (2018). Title.": a dropped number's stop
    if len(text) < 40 or len(text) > 1500:
        return False
    if not _REFERENCE_YEAR.search(text):
        return citation.arxiv_dated_reference(text)  # "Nguyen, et al. Title. arXiv:1707.05010.": no year written
    if (label := _REMARK_LABEL.match(text)) is not None:
        return _remark_is_reference(text[label.end():])
    return citation.whole_reference(text, min_title_words) is not None \
        or citation.quoted_title_comma_reference(text) is not None \
        or citation.quoted_title_dash_reference(text) is not None \
        or citation.quoted_title_venue_year_byline(text) is not None \
        or citation.arxiv_dated_reference(text) \
        or citation.authorless_typed_reference(text) is not None \
        or citation.authorless_journal_reference(text) is not None
    # ("arXiv:1911.04518": the identifier's digits read as a year; "[1]World mental health report …[R]. Geneva: …,
    # 2022.": a GB/T 7714 reference with no byline, its title glued to its document-type code)


#: the label an editor's remark opens with: "Note:", "NB:", "N.B.", "Remark:", "P.S." (any case)
_REMARK_LABEL = re.compile(r"(?i)(?:(?:notes?|nb|remarks?)[ \t]*[:：]|n\.b\.|p\.s\.)[ \t]*")


def _remark_is_reference(rest: str) -> bool:
    """Whether the text after a remark's label (``_REMARK_LABEL``) is itself a whole reference opening with its
    authors ("Note: Smith J, Doe K. Title. Nature 2020"). ``*Note: The gnomAD paper (Karczewski et al. 2020, Nature)
    introducing LOEUF is already cited in the chapter.*``: an editor's remark that names a work in passing, by its
    nickname, first author and year, is no entry of the list (read as a reference, it became a paper titled "Note:
    The gnomAD paper"); the label says the line is about the list, not one of its works."""
    return citation.authors_first_reference(rest.strip())


def quoted_reference_paragraph(p: _Node, inl: _Inline) -> bool:
    """A link-less paragraph that is one whole reference opening with its quoted title, closed by a comma, then its
    authors, venue and year (``citation.quoted_title_comma_reference``): "“肾脏全玻片图像活检的…评估”，Chen Y.，Zee J.，
    …，病理学杂志，2020年". Under a tool's heading, after the paragraph that glosses the tool and links its code, such a
    paragraph cites one more work (a later study with the tool), not more lines of the tool's record."""
    if p.kind != "Paragraph" or inl.links:
        return False
    text = " ".join(inl.plain.split())
    return 20 <= len(text) <= 1500 and citation.quoted_title_comma_reference(text) is not None


def _byline_closed(inl: _Inline, text: str) -> str:
    """``text`` (the paragraph's plain text, or its lead) with a full stop after a bold author-year lead that has
    none: in ``**Wu et al., 2025** PathVLM-R1: …`` the bold's end closes the byline as the stop in ``**Xu et al.,
    2024.** A whole-slide …`` does, so both read as the same reference (authors, year, title)."""
    lead = inl.strong_lead.strip()
    if not lead or lead.endswith(".") or not author_year_byline(lead):
        return text
    body = text.lstrip()
    if not body.startswith(lead):
        return text
    return f"{lead}. {body[len(lead):].lstrip(' *_')}"


def date_stamped_unit(p: _Node, inl: _Inline) -> bool:
    """A one-line paragraph that opens with a date stamp and the linked name of its work or tool
    (``2021 - [ClipsMS](github…) - python - … - [paper](…)``, ``date_stamped_link``): an item even as its section's
    only paragraph, as the same lines are where a section holds two. Why: a year-sorted tool list gives some
    sections one tool; read as the section's prose, the tool took the heading's name and its paper lost its code."""
    if p.kind != "Paragraph" or "\n" in inl.plain.strip():
        return False
    first = next((link for link in inl.links if not link.image), None)
    return first is not None and date_stamped_link(inl.plain[:first.start], first)


#: the most lines a hard-wrapped lone reference may take, its locator link's line included (authors and title,
#: venue, link): more lines make a passage of prose, not one reference
MAX_WRAPPED_REFERENCE_LINES = 4


#: what may stand between and around the links of a line that holds only links ("[Paper](…) | [Code](…)")
_LINK_LINE_GLUE = " \t[](),;|·/-"


def _reference_line_over_link_line(inl: _Inline, first) -> bool:
    """Two source lines, soft-wrapped (no trailing spaces, no blank line): the first the whole reference, the second
    only its links (``Ravi Kumar, Manish Purohit, Zoya Svitkina, Improving Online Algorithms via ML Predictions, AAAI
    2018`` / ``[Paper Link](https://papers.nips.cc/…-Paper.pdf)``), as a reading group's schedule writes each week's
    reading under its presenter's bullet. Why: a soft break is left to the readers that join a wrapped title, yet
    here nothing is wrapped (the reference ends its line, the link opens the next and is all of it); read as the
    section's prose after the bullet, the week's paper was lost whenever its link reached no scholarly record. A link
    to a DOI, arXiv or PubMed record (``_cites_record``) already makes such a paragraph the work its section cites,
    read whole with the heading over it; it is left to that reading."""
    if inl.plain.strip().count("\n") != 1 or _cites_record(inl.links):
        return False
    pos = first.start
    for link in inl.links:
        if link.start < first.start:
            continue
        if inl.plain[pos:link.start].strip(_LINK_LINE_GLUE):
            return False
        pos = link.end
    return not inl.plain[pos:].strip(_LINK_LINE_GLUE)


def _lone_reference_unit(p: _Node, inl: _Inline) -> bool:
    """A one-line paragraph that is a whole reference written as text, alone or before its trailing links
    (``[EMNLP2021] Qin H, Tian Y, Song Y. Title[C]//Proceedings of … 2021: 2860-2868.``, ``… Title[J]. arXiv
    preprint arXiv:1703.04826, 2017. [issue link](…)``): an item even as its section's only paragraph, as the
    same references are where a section holds two; a lone linked paragraph of prose stays the section's intro,
    and so does one that only cites a work in passing (the authors must open it).

    A reference hard-wrapped over a few lines (``Luecken, M.D. & Theis, F.J. (2019). *Title.*  `` / ``*Molecular
    Systems Biology, 15*(6), e8746.  `` / ``[DOI Link](…)``, a notes file's citation laid out with trailing-space
    breaks) is the same reference: its lines are read as one when its link opens a line of its own (the locator
    under the reference), as they are in a list item; a wrapped paragraph whose link runs on inside a line is
    prose citing the work. Only hard breaks lay a reference out so: a soft-wrapped one (the source's own line
    length) is left to the readers that join its wrapped title."""
    if p.kind != "Paragraph":
        return False
    first = next((link for link in inl.links if not link.image), None)
    lines = inl.plain.strip().count("\n") + 1
    if lines > 1 and (lines > MAX_WRAPPED_REFERENCE_LINES or first is None
                      or any(c.kind == "SoftBreak" for c in p.children) and not _reference_line_over_link_line(inl, first)
                      or not inl.plain[:first.start].rstrip(" \t").endswith("\n")):
        return False
    text = _byline_closed(inl, (inl.plain if first is None else inl.plain[:first.start]).strip())
    text = " ".join(text.split()) if lines > 1 else text
    text = citation.without_lost_number(text)  # ". **Rajkomar, A., …** (2018). Title.": a dropped number's stop
    return 40 <= len(text) <= 1500 and (_REFERENCE_YEAR.search(text) is not None
                                         and citation.authors_first_reference(text)
                                         or first is None and citation.arxiv_dated_reference(text))


def title_line_over_reference_line(p: _Node, inl: _Inline) -> bool:
    """``[Physics-informed neural networks: A deep learning framework …]()`` / ``Raissi, M., Perdikaris, P., &
    Karniadakis, G. E. (2019). Physics-informed neural networks: …. Journal of Computational Physics, 378, 686–707.
    https://doi-org.elib.x.ac.il/10.1016/…``: a paragraph whose first line is only a work's title made a link (its
    URL given or left empty, four words or more) and whose next lines (soft-wrapped, at most a hard-wrapped
    reference's few) are its whole reference written as text, authors first and dated, bare addresses at most.
    Why: alone before a file's first heading (or under its title) the paragraph read as the list's introduction and
    the work was lost; the reference under the title says it is a work, as ``lone_reference_over_note`` says it of a
    reference over a note. Prose that links a title in passing has no such line under it."""
    if p.kind != "Paragraph":
        return False
    plain = inl.plain.strip()
    nl = plain.find("\n")
    if nl < 0 or plain.count("\n") >= MAX_WRAPPED_REFERENCE_LINES:
        return False
    head = _clean_title(plain[:nl])
    named = [link for link in inl.links if not link.image and not link.bare]
    lead = inl.plain.find(plain[:nl])
    if named:
        if len(named) != 1 or named[0].start < lead or named[0].end > lead + nl:
            return False
        title = named[0].text
    elif inl.empty_link_texts:
        title = inl.empty_link_texts[0]
    else:
        return False
    if head != _clean_title(title) or not names_work(title, min_words=4) or is_link_label(title):
        return False
    text = " ".join(plain[nl + 1:].split())
    return 40 <= len(text) <= 1500 and _REFERENCE_YEAR.search(text) is not None \
        and citation.authors_first_reference(text)


def lone_reference_over_note(p: _Node, inl: _Inline) -> bool:
    """A link-less paragraph whose first line is a whole reference written as text, opening with its authors, and
    whose next lines (soft-wrapped, no blank line) are the reader's note on it: ``**Frazer J, Notin P, Dias M, et
    al.** Disease variant prediction with …. *Nature* 2021; 599:91-95. **DOI: 10.1038/…**`` / ``Introduces EVE …``.
    Why: an annotated bibliography filed under topic headings gives some topics one work; where a topic holds two
    such paragraphs each is an item, but alone the paragraph was read as the section's introduction and the work
    was lost. A soft-wrapped reference is no such paragraph unless its first line alone is already whole (authors,
    year, a title of three words); a paragraph of prose never opens with a byline."""
    if p.kind != "Paragraph" or inl.links or "\n" not in inl.plain.strip():
        return False
    lines = _paragraph_lines(p)
    if len(lines) < 2:
        return False
    first = _inline(lines[0].children)
    text = citation.without_lost_number(_byline_closed(first, first.plain).strip())
    return 40 <= len(text) <= 1500 and _REFERENCE_YEAR.search(text) is not None \
        and citation.authors_first_reference(text)


#: "[12] Author, A., …": the bracketed reference number a paragraph starts with; a site editor that writes its
#: bibliography as "[12]. Author A, …" closes the number with a full stop, escaping the bracket ("\\[12]. …")
_NUMBERED_CITATION = re.compile(r"^\s*\[\d{1,3}\]\.?\s+")
#: the label of a record's title field: "**标题**：…", "**Title:** …", "**题目**: …", and the same label in the
#: European languages and Russian a report is written in ("**Título:** …", "**Titre :** …", "**Titel:** …",
#: "**Titolo:** …", "**Название:** …"), and Japanese reading notes' "- 論文タイトル：…" / "- 題名: …"
_TITLE_FIELD = re.compile(r"(?i)^\s*(?:paper\s+)?(?:title|t[íi]tulo|titre|titel|titolo|название|заголовок"
                          r"|标题|题目|论文标题|论文题目|タイトル|論文タイトル|題名|제목)\s*[:：]?\s*$")
#: any word a title field's label is made of, anywhere in a text (a quick test before reading a list's fields)
_TITLE_FIELD_WORD = re.compile(r"(?i)title|t[íi]tulo|titre|titel|titolo|название|заголовок|标题|题目|タイトル|題名|제목")


#: the label of a record's field of links: "**Additional links (optional):**", "**Code:**", "**Links**:", "**URL**:"
#: (a reference manager's export names its link field "URL"); a label may wear an emoji before its word, as every
#: field of a record card does in some lists ("**🔗 链接**：[[arXiv:…](…)] [[Code](…)]", "**🔗 Links**: …"). A
#: Korean or Japanese card names the field of a work's released links "공개 자료" / "資料" (public materials) or
#: "링크" / "リンク" (links): "- **공개 자료:** [논문](arxiv…), [공식 코드](github…)", its links' texts saying which
#: is the paper (``links_field_names_paper``)
_LINK_FIELD_LABEL = re.compile(r"(?i)^\s*(?:[^\w\s]{1,8}\s*)?(?:additional\s+|other\s+)?"
                               r"(?:links?|urls?|code|source\s+code|github|repo(?:sitory)?|implementation"
                               r"|(?:相关|相關)?(?:链接|鏈接|連結)"
                               r"|(?:공개|관련|참고)?\s*자료|링크|(?:公開|関連|参考)?資料|(?:関連)?リンク)"
                               r"\s*(?:\(optional\))?\s*[:：]?\s*$")


#: a title label that the bold lead carries together with its value: "**标题：Deep Domain Adaptive … Survey**"
_TITLE_LABEL_IN_LEAD = re.compile(r"(?i)^\s*(?:paper\s+)?(?:title|t[íi]tulo|titre|titel|titolo|название|заголовок"
                                  r"|标题|题目|论文标题|论文题目|タイトル|제목)\s*[:：]\s*(?=\S)")


def _quoted_work_field_value(inl: _Inline) -> str:
    """The quoted title of a ``**Paper:** "Title"`` paragraph's first line (``quoted_paper_label_title``), other
    labelled lines following it; "" otherwise.

    Why: a challenge write-up's notes head each team with a heading ("### 1st Place -- Team") and give the team's
    paper as a labelled line whose value is the title in quotes, no link, then more labelled lines
    ("**Presented at:** ION GNSS+ 2022") and the links in lists of their own; read as prose, the record took the
    heading's place and team for its title. Only the quotes make the value a title: "**Paper:** [arXiv](…)" or
    "**Paper**: coming soon" stay what they were."""
    first_nl = inl.plain.find("\n")
    if first_nl < 0:
        return quoted_paper_label_title(inl)
    if any(link.start < first_nl for link in inl.links):
        return ""
    return quoted_paper_label_title(dataclasses.replace(inl, plain=inl.plain[:first_nl], links=[]))


def _title_field_value(inl: _Inline) -> str:
    """The value of a ``**Title**: value`` paragraph's first line, if the bold lead is a title label.

    The label may sit inside the bold with the value (``**标题：Title**（translation）<br>``, the same record
    written with one pair of stars): only the label is cut then, and the value runs on to the line's end.
    A work label with a quoted value (``**Paper:** "Title"``) is a title field too (``_quoted_work_field_value``)."""
    lead = inl.strong_lead
    if lead and not _TITLE_FIELD.match(lead) and (inside := _TITLE_LABEL_IN_LEAD.match(lead)) is not None:
        lead = lead[:inside.end()]
    elif not lead or not _TITLE_FIELD.match(lead):
        return _quoted_work_field_value(inl)
    first_nl = inl.plain.find("\n")
    if any(first_nl < 0 or link.start < first_nl for link in inl.links):
        return ""  # "**Title:** [Title](…)": a linked title (the record's links on later lines are its fields)
    rest = inl.plain.lstrip()[len(lead.strip()):] if inl.plain.lstrip().startswith(lead.strip()) else ""
    rest = rest.split("\n", 1)[0].lstrip(" :：\t")
    rest = " ".join(rest.split())
    # "**标题**：多模态视觉跟踪：综述与实验比较": a CJK title has no spaces between its words
    words = len(rest.split()) >= 2 or (len(rest) >= 4 and _CJK_IDEOGRAPH.search(rest) is not None)
    return rest if _is_meaningful(rest) and words else ""


def authors_field_line(line: str) -> bool:
    """``Authors: Olaf Ronneberger, Philipp Fischer, and Thomas Brox.`` (``**Authors:** …``): a line that is a
    record's authors field with a value."""
    label, value = _split_label(line)
    label = label.strip(" *_")
    return bool(label) and _AUTHORS_FIELD.match(label) is not None and _is_meaningful(value.strip(" *_"))


def plain_title_field_over_authors(inl: _Inline, after: _Inline | None) -> str:
    """``Title: U-Net: Convolutional Networks for … Segmentation.`` / ``Authors: Olaf Ronneberger, …``: the value of
    a paragraph that is a plain (unbolded) title field, when the same record's authors field comes right after it,
    on the paragraph's next line or as the next paragraph; "" otherwise. Why: a model zoo's or a reading log's notes
    write each work under its heading as labelled lines, no link and no bold; ``_title_field_value`` reads only
    the bold label, so the record was never opened and its work was lost. The authors field right after it is
    what makes the line a cited work's title field, not a line of prose that happens to open with "Title:" (a
    page's, a talk's)."""
    if inl.links or inl.strong_lead:
        return ""
    lines = inl.plain.strip().split("\n")
    label, value = _split_label(lines[0])
    if not label or not _TITLE_FIELD.match(label):
        return ""
    if not (len(lines) > 1 and authors_field_line(lines[1])) \
            and not (after is not None and not after.links and authors_field_line(after.plain.strip().split("\n", 1)[0])):
        return ""
    value = _drop_closing_stop(" ".join(value.split()))
    return value if _is_meaningful(value) and len(value.split()) >= 2 else ""


#: a notes file's plain label of a work's title by the word "name" or "title", the work perhaps numbered ("Paper name :",
#: "Paper 2 name:", "Paper #3 title:"); "Name:" alone names a person, a dataset or a tool as often as a work
_NUMBERED_PAPER_NAME_FIELD = re.compile(r"(?i)^\s*paper\s*(?:#?\d{1,3}\s*)?(?:name|title)\s*$")
#: the label of the link field under such a title: "Paper link:", "Link:", "URL:", "PDF:"
_PAPER_LINK_FIELD = re.compile(r"(?i)^\s*(?:paper\s+)?(?:links?|urls?|pdf)\s*$")
#: how many unlabelled lines a plain title field's value may wrap onto before its link field
_MAX_TITLE_WRAP_LINES = 2


def plain_title_field_over_link(inl: _Inline) -> str:
    """``Paper 2 name:  COVID-19 Cough Classification using Machine`` / ``Learning and Global Smartphone Recordings``
    / ``Paper link: https://arxiv.org/pdf/2012.01926`` / ``Date: …`` / ``Features: …``: the value of a paragraph
    that opens with a plain (unbolded) title field, its value perhaps wrapped onto a line or two, when the next
    labelled line is the work's link field holding one address and nothing else; "" otherwise.

    Why: a team's literature notes write each work they read as such a paragraph of plain labelled lines (no list
    marker, no bold, no linked title); read as prose, the paragraph made no record and the work and its identifier
    were lost. The link field right under the title (``plain_title_field_over_authors`` asks for the authors field
    there) is what makes the first line a cited work's title, not prose that opens with "Title:"."""
    if inl.strong_lead or not inl.links:
        return ""
    lines = inl.plain.strip().split("\n")
    label, value = _split_label(lines[0])
    if not label or not (_TITLE_FIELD.match(label) or _NUMBERED_PAPER_NAME_FIELD.match(label)):
        return ""
    at = 1
    while at < len(lines) and at <= _MAX_TITLE_WRAP_LINES and lines[at].strip() and not _split_label(lines[at])[0] \
            and "://" not in lines[at]:
        value += " " + lines[at].strip()
        at += 1
    if at >= len(lines):
        return ""
    link_label, link_value = _split_label(lines[at])
    if not link_label or not _PAPER_LINK_FIELD.match(link_label):
        return ""
    start = len(inl.plain) - len(inl.plain.lstrip()) + sum(len(line) + 1 for line in lines[:at])
    end = start + len(lines[at])
    own = [link for link in inl.links if link.start < end]
    if len(own) != 1 or own[0].start < start or own[0].image \
            or link_value.strip(" <>") not in (own[0].text.strip(), own[0].url.strip()) \
            or classify.url_role(own[0].url) != "paper":
        return ""  # ("Title: How I Built …" / "Link: <a blog's post>": a post's fields, no work's)
    value = _drop_closing_stop(" ".join(value.split()))
    return value if _is_meaningful(value) and len(value.split()) >= 2 else ""


#: "连接" (to connect), written for its homophone "链接" (a link) in the label of a reading note's link field
#: ("连接：https://arxiv…", "代码连接：https://github…")
_ZH_LINK_HOMOPHONE = re.compile(r"^(?:论文|代码|源码)?连接$")


def plain_title_field_over_link_paragraph(inl: _Inline, after: _Inline | None) -> str:
    """``7.题目：Title`` / (blank line) / ``链接：https://arxiv…`` / (blank line) / ``代码链接：https://github…`` /
    ``上传者：…``: the value of a one-line, link-less paragraph that is a plain or bold title field (its record number
    before the label or not, ``- **1.题目：Title**`` too), when the next paragraph is the work's link field alone,
    a label of links and one written-out address whose role is a paper's; "" otherwise.

    Why: a group's shared reading notes write each work as labelled fields, one paragraph each (title, link, code,
    uploader, keywords, data sets, contribution); no field's paragraph held the title and its link together
    (``plain_title_field_over_link`` reads them on one paragraph's lines), so no record opened and every work was
    lost. The paper's link field right under it is what makes the line a cited work's title, not prose opening
    with "题目：" (an exercise's, a talk's)."""
    value = title_field_line(inl)
    if not value or after is None or not after.links:
        return ""
    line = after.plain.strip()
    link_label, link_value = _split_label(line)
    link_label = link_label.strip("*_ ")
    if "\n" in line or not link_label or not (_PAPER_LINK_FIELD.match(link_label) or _LINK_FIELD_LABEL.match(link_label)
                                              or field_role(link_label) == "paper"
                                              or _ZH_LINK_HOMOPHONE.match(link_label)):
        return ""
    own = [link for link in after.links if not link.image]
    if len(own) != 1 or not own[0].bare or _unlinked_text(after).strip().rstrip("#/ ").strip(" *_") \
            .rstrip("".join(_COLONS)).strip(" *_") != link_label \
            or classify.url_role(own[0].url) != "paper":
        return ""
    return value if len(value.split()) >= 2 else ""


def title_field_line(inl: _Inline) -> str:
    """``7.题目：Title`` / ``**2.题目：Title**`` / ``Title: Title``: the value of a link-less, one-line paragraph that is
    a title field alone (plain or bold, its record number before the label or not); "" otherwise."""
    text = inl.plain.strip().strip("*_ ").strip()
    if inl.links or not text or "\n" in text:
        return ""
    label, value = _split_label(strip_record_lead(text))
    if not label or not _TITLE_FIELD.match(label.strip("*_ ")):
        return ""
    value = _drop_closing_stop(" ".join(value.strip(" *_").split()))
    return value if _is_meaningful(value) else ""


def lone_title_field_item(lst: _Node) -> _Node | None:
    """``- **1.题目：DiRA: Discriminative, Restorative, …**``, alone in its list, its fields at the margin below it
    (``连接：https://arxiv…`` / ``代码连接：https://github…``, a paragraph each): the item as the paragraph it would be
    without its bullet, when the list's one item is a link-less title field line (its record number before the
    label or not, bold or not) and nothing else; None otherwise. Why: the notes bullet each work's title field and
    write its other fields as paragraphs, which end the one-item list; read as an item, the title lost its link
    fields (``plain_title_field_over_link_paragraph`` joins them when the next paragraph links the paper)."""
    if len(lst.children) != 1 or lst.children[0].kind != "Item":
        return None
    item = lst.children[0]
    nodes = item.children
    if len(nodes) == 1 and nodes[0].kind == "Paragraph":
        nodes = nodes[0].children
    if not nodes or any(n.kind in ("List", "Paragraph", "BlockQuote", "CodeBlock", "Table", "Heading", "HtmlBlock")
                        for n in nodes):
        return None
    inl = _inline(nodes)
    text = inl.plain.strip().strip("*_ ").strip()
    if inl.links or not text or "\n" in text:
        return None
    label, value = _split_label(strip_record_lead(text))
    if not label or not _TITLE_FIELD.match(label.strip("*_ ")) or not _is_meaningful(value.strip(" *_")):
        return None
    para = _Node("Paragraph", nodes[0].start, nodes[-1].end)
    para.children = list(nodes)
    return para


def title_field_in_cell(cell: _Inline) -> str:
    """The title field's value of a table cell written as a work's labelled record, its fields parted by HTML
    breaks (``| **Title:** DNABERT: … genome<br>**Authors:** …<br>**DOI:** [10.1093/…](…) |``); "" otherwise.

    The cell has no line break but its ``<br>``: the first one ends the title field as a paragraph's first line
    ends a ``**Title:** value`` record, so the paragraph rule (``_title_field_value``) reads the cell with a line
    break there. Without it the row's title is the whole record run together (title, authors, venue, "DOI")."""
    if not cell.breaks:
        return ""
    at = cell.breaks[0]
    return _title_field_value(dataclasses.replace(cell, plain=cell.plain[:at] + "\n" + cell.plain[at:]))


def record_fields_in_cell(cell: _Inline) -> list[tuple[str, str]]:
    """The labelled fields after the title field of a table cell written as a work's record, its fields parted by
    HTML breaks (``title_field_in_cell``): ``| **Title:** DNABERT: …<br>**Authors:** Yanrong Ji, Zhihan Zhou<br>
    **Venue/Year:** *Bioinformatics*, 2021<br>**DOI:** […](…) |`` → [("Authors", "Yanrong Ji, Zhihan Zhou"),
    ("Venue/Year", "Bioinformatics, 2021"), ("DOI", "10.1093/…")]; [] for any other cell.

    Why: the cell is the row's work's whole record; with its title field read and the rest dropped, the
    byline and the venue and year the record states were lost, where the same record written as labelled lines
    under a heading gives them. Each part between two breaks that opens with a label (``_split_label``) is a field;
    a part without one (a wrapped line of the title) is none."""
    if not cell.breaks or not title_field_in_cell(cell):
        return []
    bounds = [*cell.breaks, len(cell.plain)]
    fields = []
    for a, b in zip(bounds, bounds[1:]):
        label, value = _split_label(cell.plain[a:b])
        value = " ".join(value.split()).strip(" *_")
        if label and value:
            fields.append((label, value))
    return fields


def cell_record_cites(fields: list[tuple[str, str]]) -> bool:
    """The labelled fields of a table cell's record (``record_fields_in_cell``) name who wrote the work and where it
    appeared (``_cites_fields``; a "Venue/Year" label names the venue by its first word): the row is a reference to
    a scholarly work even where it links none, only the model's repository (``| **[RiboFM](github…)** | … |
    **Title:** … <br>**Authors:** …<br>**Venue/Year:** *Bioinformatics*, 2023 |``)."""
    return _cites_fields([(label.split("/", 1)[0], value) for label, value in fields])


_CJK_IDEOGRAPH = re.compile("[\u3400-\u9fff]")


#: a link left as text because its target is no URL (it has spaces): ``[[code]](coming soon)``, ``[Code](TBA)``
_BROKEN_ROLE_LINK = re.compile(r"(?:\[\[?|^)([^\[\]()]{1,40})\]?\]\([^()]{0,500}\)")  # bounded: linear on hostile text


#: words of a sentence that leads the reader to a URL ("For more details, see the following repository:",
#: "The code is available here:"), which a work's title does not use
_URL_LEAD_IN_WORDS = frozenset("see visit check available following here below link links details".split())


def _short_caption_over_linked_title(inl: _Inline, lead: str, head: str, first: _RawLink) -> bool:
    """``Breakthrough`` / ``[Fourier Neural Operator for Parametric Partial Differential Equations](arxiv…)``: a short
    link-less caption (one or two words, no role label) on a line of its own, the next line a work's title made a link
    (four words or more) and nothing after it. Why: reading notes caption each work they keep ("Framework", "Physics
    aware"); read as a two-word prose lead the paragraph was the section's intro, and the heading over the works
    took the first one's link as its own record. A caption of three words or more is an item already; a role word
    over a link ("Paper" / "[Title](…)") stays the field of the record above it."""
    if "\n" in head or not lead.rstrip(" \t").endswith("\n") or first.bare or is_link_label(head.strip(" *_:：")):
        return False
    return names_work(first.text, min_words=4) and not inl.plain[first.end:].strip()


def _caption_line(lead: str, head: str, label: str, first: _RawLink) -> bool:
    """``Important Papers:`` on a line of its own, then ``[Title](arxiv…)`` on the next: a caption naming the
    works that follow (a plural role word after words that qualify it), the linked title the item. Read as a
    ``label:`` field, the caption's paragraph went to the record before it, and that record took the paper's
    identifier. A single role word (``Paper:`` over a link) stays the field of the record it is under."""
    return "\n" not in head and lead.rstrip(" \t").endswith("\n") and label.strip("*_[]():：").lower().endswith("s") \
        and not first.bare and names_work(first.text)


def _title_line_then_url(lead: str, title: str, first: _RawLink) -> bool:
    """``3D FractalNet: Dense Volumetric Segmentation for Cardiovascular MRI Volumes:`` / ``https://…`` on the
    next line: a reading-notes record, its title on a line of its own ended by a colon, its bare URL alone
    under it. Prose that leads to a URL ("The code is available at:", "see the following repository:") runs
    on into it instead.

    The bare URL may follow the colon on the title's own line too, in a paragraph of one line (``Paper 2: A
    transformer-based deep neural network for arrhythmia detection …: https://…``): a thesis's reading notes
    write each paper so, one paragraph a paper; read as a ``label:`` field, every paragraph of a section was
    glued into one record titled by the heading. A ``Paper 2:`` number before the title is the record's."""

    line_end = lead.rstrip(" \t")
    if not first.bare:
        return False
    if not line_end.endswith("\n"):
        if "\n" in lead.strip():
            return False
        title = _WORD_RECORD_NUMBER.sub("", title, count=1)
    # ("(√)1. Title:" / "https://…": the read mark and number before the title are the record's, not the title's)
    title = title.split("\n")[-1]
    # ("(√)4. Ω-Net (Omega-Net): Fully Automatic, Multi-View …:": a hand-numbered record line is a record whatever
    # its title's commas)
    return _names_work_before_url(strip_record_lead(title), numbered=_RECORD_LEAD.match(title) is not None)


def _names_work_before_url(title: str, numbered: bool = False) -> bool:
    """The words before the colon a URL follows name a work (a paper's title), not prose that leads to the URL
    ("The code is available at:", "see the following repository:"). ``numbered``: the line opens with a record's
    number (and read mark), which makes it a record: its words need only not lead to the URL."""
    words = [w.strip(",;.()").lower() for w in title.split()]
    return bool(words) and words[-1] not in _RUN_ON_WORDS and not _URL_LEAD_IN_WORDS.intersection(words) \
        and (numbered and _is_meaningful(title) or reads_like_paper_title(title))


def _titled_url_records(p: _Node) -> list[tuple[_Node, _Inline, int]] | None:
    """``(√)5. V-Net: Fully Convolutional Neural Networks …:`` / ``http://…`` / ``(√)6. Another title:`` /
    ``https://…`` / ``code: https://github…``: a reading list's records written as lines of one paragraph (no
    blank line between them), each a title line ended by a colon with its bare URL alone on the next line, the
    work's labelled links on the lines after. Returns the paragraph's lines, the title lines as items (the lines
    after one are its parts), or None when fewer than two lines are such titles (one is read as an item whole)."""
    lines = [(line, _inline(line.children)) for line in _paragraph_lines(p)]
    starts = set()
    for i, ((_, inl), (_, nxt)) in enumerate(zip(lines, lines[1:])):
        text = inl.plain.strip()
        if not inl.links and text.endswith(_COLONS) and _lone_bare_url_line(nxt):
            title = text[:-1].rstrip()
            # (a numbered line opens a record whatever it names: "(√)6. Awesome-Medical-Imaging:" / "https://github…")
            if _names_work_before_url(strip_record_lead(title), numbered=_RECORD_LEAD.match(title) is not None):
                starts.add(i)
    if len(starts) < 2:
        return None
    return [(line, inl, 2 if i in starts else 0) for i, (line, inl) in enumerate(lines)]


#: a coined name of a model or method: one word with a capital after its first letter ("PsychBERT", "scBERT",
#: "nnU-Net", "GPT-2" by its digit), as a model list names its works before their addresses
#: (forty characters at most, the capital or digit found by one look-ahead: a long run of capitals stays linear)
_COINED_NAME = re.compile(r"^[^\W_](?=[\w.+-]{0,39}?(?:[A-Z]|\d))[\w.+-]{0,39}$")


def coined_name_url_lines(lines: Sequence[_Inline]) -> bool:
    """``PsychBERT: https://ieeexplore…`` / ``MentalBERT: Public Available Models: https://arxiv…``: a paragraph of
    two lines or more, each a coined name (``_COINED_NAME``, a few words of gloss after it allowed) then a colon
    and one bare URL, at least one of them a paper's address. Why: a model list writes its works so; the short
    names read as ``label:`` fields, and the whole paragraph became one record titled by its heading, all but one
    paper lost. A line of one work's labelled links (``arXiv: …`` / ``Code: …``, a link label) or a publisher's
    name over its own site (``IEEE: https://ieeexplore.ieee.org/…``) is no such line."""
    if len(lines) < 2:
        return False
    papers = 0
    for inl in lines:
        if len(inl.links) != 1 or not inl.links[0].bare:
            return False
        link = inl.links[0]
        lead = inl.plain[:link.start].strip()
        if inl.plain[link.end:].strip() or not lead.endswith(_COLONS):
            return False
        name = lead[:-1].split(":", 1)[0].split("：", 1)[0].strip(" \t*_")
        if not _COINED_NAME.match(name) or is_link_label(name) or field_role(name) is not None \
                or re.sub(r"[^a-z0-9]", "", name.lower()) in link.url.lower():
            return False
        papers += url_role(link.url) == "paper"
    return papers >= 1


def name_then_linked_title_lines(lines: Sequence[_Inline], min_lines: int = 2,
                                 min_papers: int = 1) -> list[bool] | None:
    """``BDMMA [Batch Effects Correction for Microbiome Data With …](academic.oup…)␣␣`` / ``BEEM [BEEM: Estimating
    Lotka-Volterra models …](github…)␣␣`` / ``selbal [Balances: a New Perspective …](msystems…)``: a tool list's
    paragraph, one package a line (hard or soft breaks, no blank line between), each line the package's short name
    (``_MAX_METHOD_NAME_WORDS`` words at most, no label, no sentence) then one link whose text names the work (the
    paper's title or the tool's gloss) and nothing after it. Returns which lines are such (each an item of its
    own), or None unless two lines or more are and every other line already reads as an item, at least one of
    them linking an article (``min_lines``, ``min_papers``: a lone line in a section already read so needs neither).
    Why: read as one paragraph, a line led by two short words was no item, its work lost and its repository glued to
    the item above as its code."""
    if len(lines) < min_lines:
        return None
    marks = []
    papers = 0
    for inl in lines:
        links = [link for link in inl.links if not link.image]
        mark = False
        if len(links) == 1 and not links[0].bare and names_work(links[0].text) \
                and not inl.plain[links[0].end:].strip(" \t.;,"):
            name = inl.plain[:links[0].start].strip(" \t-–—:：*_")
            words = name.split()
            mark = bool(words) and len(words) <= _MAX_METHOD_NAME_WORDS and len(name) <= 40 \
                and not any(ch in name for ch in ".,;!?()[]") and not is_link_label(name) \
                and field_role(name) is None and words[-1].lower() not in _RUN_ON_WORDS \
                and words[-1].lower() not in _LOCATOR_LABELS
            papers += mark and url_role(links[0].url) == "paper"
        if not mark and not _item_kind(inl):
            return None
        marks.append(mark)
    return marks if sum(marks) >= min_lines and papers >= min_papers else None


def bare_urls_only(inl: _Inline) -> bool:
    """A paragraph that is bare URLs and nothing else (one a line): a heading record's own link lines
    (``### Title`` / ``https://arxiv.org/…`` / ``https://github.com/…``)."""
    if not inl.links or any(not link.bare for link in inl.links):
        return False
    return not _unlinked_text(inl).strip()


#: the fewest CJK characters a colon-closed title line holds to name a work (``colon_title_over_paper_url``):
#: "改进的CNN在肺部图像上的应用" does, a topic label ("残差网络", "超参数调节") does not
_COLON_TITLE_CJK = 8


def colon_title_over_paper_url(a: tuple[_Node, _Inline], b: tuple[_Node, _Inline]) -> bool:
    """A link-less one-line paragraph closed by a colon that names a work (``改进U-Net网络的肺结节分割方法：``,
    ``DENSE-INception U-net用于医学图像分割：``), right over a paragraph that is one bare URL of a paper page
    (a DOI, a CNKI or IEEE record): meeting notes written without Markdown give each work so, the title
    announcing its address. Why: with no heading above it (or as its section's prose) the pair read as the
    list's introduction and the work, its DOI with it, was dropped. A topic label over its blog links
    ("残差网络：" / "1.https://blog…") names no work, and its links are no paper's."""
    (p, inl), (q, urls) = a, b
    if p.kind != "Paragraph" or q.kind != "Paragraph" or inl.links or len(urls.links) != 1 \
            or not bare_urls_only(urls):
        return False
    line = inl.plain.strip()
    if "\n" in line or not line.endswith(_COLONS):
        return False
    title = line.rstrip(":：").strip()
    if not (names_work(title, 4) or sum(map(_is_cjk, title)) >= _COLON_TITLE_CJK and names_work(title, 1)):
        return False
    link = urls.links[0]
    return link_role("", link.url) == "paper" and not _is_repository_url(link.url)


#: a web clipper's source trailer, the last line of a clipped page ("From <https://arxiv.org/abs/…>", as OneNote
#: pastes it): the word, then the page's address in angle brackets (an autolink, its brackets gone from the plain
#: text) and nothing else
_CLIP_SOURCE_LINE = re.compile(r"(?im)^[ \t]*From[ \t]*(?:<[ \t]*)?(https?://[^>\s]+)[ \t]*(?:>[ \t]*)?$")
#: a clipped page's date stamp over its title ("[Submitted on 3 Jan 2023]", "[Submitted on 21 Jan 2022 (v1), …]"):
#: a bracketed line holding a year, no title
_CLIP_DATE_LINE = re.compile(r"^\[[^\[\]]{0,200}\]$")
_CLIP_DATE_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
#: the clipped page's "Abstract" heading glued to the end of its title line ("… A Systematic Review Abstract")
_CLIP_GLUED_ABSTRACT = re.compile(r"(?i)(?<!\s)\s+abstract:?$")
#: the most words a clipped page's title line holds (a longer first line is the abstract's prose, its title left out)
MAX_CLIP_TITLE_WORDS = 40
#: the fewest source trailers that make a section's paragraphs a file of clipped pages
MIN_CLIP_TRAILERS = 2
#: the same trailer in the raw text, its brackets kept: a cheap test of whether a section's paragraphs may be
#: clipped pages (``parse._Parser.emit_clipped_pages``) before their inlines are built
CLIP_TRAILER_TEXT = re.compile(rb"(?m)^[ \t]*From[ \t]*<https?://[^>\s]+>[ \t]*$")


def clip_source_trailer(inl: _Inline) -> bool:
    """Whether a paragraph closes on a web clipper's source line (``From <https://…>``) that is one of its links."""
    lines = [line for line in inl.plain.rstrip().split("\n") if line.strip()]
    return bool(lines) and _CLIP_SOURCE_LINE.match(lines[-1]) is not None and bool(inl.links)


def clip_bare_url_close(inl: _Inline) -> bool:
    """Whether a paragraph's last line is one bare URL alone (``https://arxiv.org/abs/2301.03470``): in a file of
    clipped pages, the writer's own way of closing a clip with its address instead of the clipper's trailer."""
    lines = [line.strip() for line in inl.plain.rstrip().split("\n") if line.strip()]
    if not lines or not inl.links:
        return False
    last = inl.links[-1]
    return last.bare and lines[-1] in (last.url, last.text) and inl.plain.rstrip().endswith(lines[-1])


def clipped_page_title(inl: _Inline) -> str | None:
    """The title of a clipped page's text, its first line (after a bracketed date stamp, without an "Abstract"
    heading glued to its end): ``[Submitted on 3 Jan 2023]`` / ``Title`` / ``Authors`` / abstract. None when
    that line names no work (``Abstract``: a clip whose title was left out), is a link or a byline."""
    lines = [line.strip() for line in inl.plain.split("\n") if line.strip()]
    if lines and _CLIP_DATE_LINE.match(lines[0]) and _CLIP_DATE_YEAR.search(lines[0]):
        lines = lines[1:]
    if not lines:
        return None
    title = _CLIP_GLUED_ABSTRACT.sub("", lines[0]).strip()
    if not title or _CLIP_SOURCE_LINE.match(title) or "://" in title or is_byline_line(title) \
            or _numbered_author_list(title) or ". " in title or len(title.split()) > MAX_CLIP_TITLE_WORDS \
            or not names_work(title, 4):
        return None
    return title


def clip_own_links(inl: _Inline) -> _Inline:
    """A clipped page's paragraph with only the links that are the clip's own: a link alone on its line (the
    clipper's ``From <https://…>`` trailer, the writer's bare URL) and a code repository wherever it stands (``Our
    code is at https://github.com/…``). Why: an abstract cites other works in passing ("the TUSZ dataset
    (https://doi.org/…)"); read as the clip's links, each DOI split off one more work titled as the clip."""
    def own(link: _RawLink) -> bool:
        start = inl.plain.rfind("\n", 0, link.start) + 1
        end = inl.plain.find("\n", link.end)
        line = inl.plain[start:len(inl.plain) if end < 0 else end]
        rest = (line[:link.start - start] + line[link.end - start:]).strip()
        return _is_repository_url(link.url) or not rest or _CLIP_SOURCE_LINE.match(line) is not None

    links = [link for link in inl.links if own(link)]
    return inl if len(links) == len(inl.links) else dataclasses.replace(inl, links=links)


def _numbered_author_list(line: str) -> bool:
    """``1 Anj Simmons, 1 Jessica Rivera, 2 , 3 Piero Perucca``: a clipped page's author list with its affiliation
    numbers, three comma-parted pieces or more, most of them numbered (a title's commas part words, not numbers)."""
    pieces = line.split(",")
    return len(pieces) >= 3 and 2 * sum(1 for piece in pieces if any(c.isdigit() for c in piece)) >= len(pieces)


#: the labels of a meeting note's session fields: when and by whom a work was presented, no title of it
_SESSION_FIELD = re.compile(r"(?i)^\s*(?:时间|日期|汇报人|报告人|主讲人|presenter|speaker|date|time)\s*[:：]")


def session_fields_lead_title(inl: _Inline) -> str:
    """``时间：2020/8/17`` / ``汇报人：徐思琪`` / ``Title`` / ``https://…``: a paragraph of meeting notes that opens
    with its session's labelled fields (date, presenter) names its work on the line just before the work's
    URL. Why: read as an item, the paragraph was titled by its first line, a date. Returns that line, or ""
    when the paragraph does not open on such a field or no plain line is left before its first link."""
    first = next((link for link in inl.links if not link.image), None)
    if first is None:
        return ""
    lines = [line.strip() for line in inl.plain[:first.start].split("\n") if line.strip()]
    if len(lines) < 2 or not _SESSION_FIELD.match(lines[0]):
        return ""
    title = lines[-1]
    return "" if _SESSION_FIELD.match(title) else title


def title_line_over_bare_urls(inl: _Inline) -> bool:
    """A paragraph that is an item as a plain notes file writes one: its title alone on the first line, its
    bare URLs from the next line on (``Deeply Supervised Salient Object Detection …`` / ``https://github.com/…``).
    Under a ``### Title`` heading whose own URLs came first, such a paragraph is the next item of the notes,
    not one more line of the heading's record: a record's own lines are its links, a labelled link
    (``Code: https://…``, which ``_item_kind`` turns away) or prose running into a link on the same line."""
    first = next((link for link in inl.links if not link.image), None)
    if first is None or not first.bare or _item_kind(inl) != 1:
        return False
    lead = inl.plain[:first.start]
    title = lead.strip()
    return bool(title) and "\n" not in title and lead.rstrip(" \t").endswith("\n")


#: words that only introduce the link after them ("Link to repo folder [Wang2024](…)", "Links for the slides"): the
#: lead of a record's extra link, not a title
_LINK_INTRO_LEAD = re.compile(r"(?i)links?\s+(?:to|for)\s")


#: what parts a notes line's leading bare URL from the name or gist of its work after it: "https://… : ViT",
#: "https://… - EEG-ImageNet dataset …" (a colon, a dash or a bar, spaced or not)
_URL_LED_SEPARATOR = re.compile(r"[ \t]*[:：|\-–—][ \t]*(?=\S)")


def url_led_note(inl: _Inline) -> tuple[str, int] | None:
    """``https://arxiv.org/abs/2404.14869 : EEGEncoder: Advancing BCI …`` → (the text after the separator, where it
    starts in ``plain``): a reading-notes line written URL first, its work named (or glossed) after a separator, up
    to the end of the line or the next link on it ("EEG TL for MI using CNN (https://github.com/…)": the code link
    in brackets is the work's, not part of its name). None when the line does not open with a bare URL, or nothing
    but a link label follows it ("https://github.com/… - code": a heading record's labelled link line, no work)."""
    first = next((link for link in inl.links if not link.image), None)
    if first is None or not first.bare or inl.plain[:first.start].strip():
        return None
    line_end = inl.plain.find("\n", first.end)
    line_end = len(inl.plain) if line_end < 0 else line_end
    sep = _URL_LED_SEPARATOR.match(inl.plain, first.end, line_end)
    if sep is None:
        return None
    end = next((link.start for link in inl.links if sep.end() <= link.start < line_end), line_end)
    note = inl.plain[sep.end():end].strip().rstrip(" \t([（【").strip()
    if not _is_meaningful(note) or is_link_label(note.strip("*_[]().")):
        return None
    return note, sep.end()


def _lone_bare_url_line(inl: _Inline) -> bool:
    """A paragraph line that is one bare URL and nothing else (``https://github.com/perceivelab/…``), or a notes
    line whose name after the separator is still to be written (``https://arxiv.org/abs/1907.01332 : ``)."""
    if len(inl.links) != 1 or not inl.links[0].bare:
        return False
    rest = (inl.plain[:inl.links[0].start] + inl.plain[inl.links[0].end:]).strip()
    return not rest or len(rest) == 1 and rest in ":：|-–—"


#: the bullet characters a word processor's list keeps when pasted as text ("•\t…"): no Markdown list marker
_TYPED_BULLETS = "•·▪◦"
#: the fewest typed-bullet URL lines that make a paragraph a pasted bullet list of links
MIN_TYPED_BULLET_URL_LINES = 3


def _typed_bullet_url_line(inl: _Inline) -> bool:
    """``•\thttps://www.ncbi.nlm.nih.gov/pmc/articles/PMC4711238/``: a paragraph line that is a typed bullet
    (``•``, ``·``, ``▪``, ``◦``, then a tab or a space) and one bare URL, nothing else. A bullet list pasted from a
    word processor keeps its bullets as characters, so Markdown sees no list: its lines run together as one
    paragraph, each line one link the list cites, as ``- https://…`` items are in a Markdown list."""
    if len(inl.links) != 1 or not inl.links[0].bare:
        return False
    lead = inl.plain[:inl.links[0].start]
    mark = lead.strip()
    return len(mark) == 1 and mark in _TYPED_BULLETS and lead.endswith((" ", "\t")) \
        and not inl.plain[inl.links[0].end:].strip()


#: a year closing a line whose title is written around its link: ", 2007", " 2002", ", 2015;" (the comma, a space or
#: the "?" of the title before it; nothing but a stop or semicolon after it)
_LINE_CLOSING_YEAR = re.compile(r"[,?\s]\s*(?:19|20)\d\d\s*[.;]?\s*$")
#: the words that end a title's opening before the link that goes on with it ("Bringing … findings into [clinical
#: use](…)"): the articles, conjunctions and prepositions a title runs on with
_TITLE_OPENING_RUN_ON = _TITLE_RUN_ON_WORDS | frozenset(
    "into onto through about between across toward towards within among against beyond versus".split())
#: the most words of the words around the link that open or close a title written around it
_MAX_AROUND_LINK_WORDS = 12


def title_around_link(inl: _Inline) -> tuple[str, str] | None:
    """The whole title of a line that links only some of its words, and the year closing the line, or None: "The
    common biology of [cancer and ageing](nature…), 2007", "[Cancer and ageing](nature…): convergent and divergent
    mechanisms, 2007", "[Omics technologies](nature…) and the study of human ageing, 2013".

    Why: a reading list written as prose links the title's key words only; the link's text alone is a fragment
    ("Cancer and ageing" twice, for two works), and words before the link made the line read as a sentence that
    runs into a link, no item. Only a one-line text with one link, to a paper's page, named by words (no
    identifier, no venue tag), and closed by its year after the link: the words before the link open the title
    (ending in a word that runs on, "of", "into", or a colon after two words or more), the words after it go on
    with it in lower case (a colon and its subtitle, "in ageing research"); a comma, a bracket, a stop or a capital
    among them makes them a byline or a venue ("[Title](…) by Smith, 2019", "[Title](…): IEEE TNN 2006", "[Title](…)
    in Nature, 2019"), no part of the title. Without the closing year the words around a link are a caption or a
    label ("Link to our slides: [Esteva2017](…)", "Title: [AISTATS20](arxiv…)")."""
    if not inl.plain.rstrip(" \t.;")[-4:].isdigit():  # (the closing year first: the cheapest test)
        return None
    links = [link for link in inl.links if not link.image]
    if len(links) != 1 or links[0].bare or "\n" in inl.plain.strip() \
            or classify.url_role(links[0].url) != "paper":
        return None
    first = links[0]
    plain = inl.plain
    closing = _LINE_CLOSING_YEAR.search(plain, first.end)
    if closing is None:
        return None
    body_end = closing.start() + (1 if plain[closing.start()] == "?" else 0)
    lead, text, rest = plain[:first.start].strip(), first.text.strip(), plain[first.end:body_end].strip()
    if not (lead or rest) or not _is_meaningful(text) or is_link_label(text) or ids.find_dois(text) \
            or classify.venue_year_label(text) \
            or len(lead.split()) > _MAX_AROUND_LINK_WORDS or len(rest.split()) > _MAX_AROUND_LINK_WORDS \
            or any(ch in part for part in (lead, rest) for ch in ",()[]|\"“") or ". " in lead or ". " in rest:
        return None
    if lead and not (lead[:1].isupper() and (lead.endswith(":") and len(lead.split()) >= 2
                                             or lead.rsplit(None, 1)[-1].lower() in _TITLE_OPENING_RUN_ON)):
        return None
    words = rest.lstrip(":").split()
    if rest and not (words and all(w[:1].islower() for w in words)):
        return None
    return " ".join(f"{lead} {text}{' ' if rest[:1] != ':' else ''}{rest}".split()), plain[body_end:].strip(" ,?;.")


#: a fact line's label that names a paper ("Challenge Paper 2023", "Overview paper", "Manuscript", "Publication")
_PAPER_FACT_LABEL = re.compile(r"(?i)\b(?:papers?|manuscripts?|publications?|preprints?)\b")


def _generic_link_text(text: str) -> bool:
    """A link text that only says "a link" (``Link``, ``here``) or what it reaches (``PDF``, ``arXiv``)."""
    text = _clean_title(text).strip(" []()")
    return text.casefold() in _ANONYMOUS_LINK_TEXTS or is_link_label(text)


def paper_fact_line(inl: _Inline) -> bool:
    """``**Challenge Paper 2023:** [Link](arxiv…)``: a bold label naming a paper (``_PAPER_FACT_LABEL``) whose line's
    only links are generic ones ("Link", "PDF", ``_generic_link_text``) to a DOI, arXiv or PubMed record."""
    label = _fact_label(inl) if inl.links else ""
    return bool(label) and _PAPER_FACT_LABEL.search(label) is not None \
        and all(_cites_record([link]) and _generic_link_text(link.text) for link in inl.links)


def _paper_fact_among_facts(lines: list[tuple[_Node, _Inline]], kinds: list[int]) -> int | None:
    """``**Class:** `tool.LiverSegmenter` ([Docs](…))<br>`` / ``**Challenge Paper 2023:** [Link](arxiv…)<br>``: a
    paragraph of bold-labelled facts, one a line, about the section's subject (its class, its docs, its paper), one
    of them a paper's (``paper_fact_line``): that line (its index) is the paper's entry of its own, as it is when
    two such paper lines stand together (each then an item). Why: with one paper line the paragraph was read as one record titled by
    the first label ("Class"), typed by its heading, and the cited paper was lost. Not a work's record written as
    fields: a title or author field ("**Title:**", "**Authors:**"), a role field ("**Code:**"), a bare
    "**Paper:**" label, a line that is no bold fact, another line read as an item or a second line citing a record
    keeps the paragraph one record. (Lines holding only a ``<br>`` are
    skipped.)"""
    found, facts = None, 0
    for i, ((_, line_inl), k) in enumerate(zip(lines, kinds)):
        if not line_inl.plain.strip():
            continue
        label = _fact_label(line_inl)
        if not label or _TITLE_FIELD.match(label) or _AUTHORS_FIELD.match(label):
            return None
        facts += 1
        if _cites_record(line_inl.links):
            # (a bare "**Paper**:" line is a field of the work the heading or a title line names; "**Challenge
            # Paper 2023**" says whose paper it is)
            if found is not None or not paper_fact_line(line_inl) or len(label.split()) < 2:
                return None
            found = i
        elif k or field_role(label) not in (None, "paper"):
            # ("**Paper**: [arXiv](…)" / "**Code**: [GitHub](…)" under a work's heading: the work's own link fields)
            return None
    return found if facts >= 2 else None


def _fact_label(inl: _Inline) -> str:
    """The bold label a fact line opens with: ``**Class:** …`` / ``**Challenge Paper 2023** [Link](…)`` /
    ``**Challenge Paper 2024**: N/A``; "" for a line that opens with no bold."""
    if not inl.bold or not inl.strong_lead or not inl.plain.lstrip().startswith(inl.strong_lead):
        return ""
    return _field_label(inl) or inl.strong_lead.strip().rstrip(":：").strip()


def _item_kind(inl: _Inline) -> int:
    """Whether a paragraph reads as a list item: 0 no, 1 yes, 2 a bullet that lost its space (``-[Title](url)``).

    An item starts with its title: a link with a name (not ``[PDF]``), or a title of three words or
    more followed by its links, with little prose after them. A sentence that runs into a link
    (``… see the [report](…)``), a ``label:`` field or a line of role links is no item.
    """
    first = next((link for link in inl.links if not link.image), None)
    if first is None or linked_names_byline(inl):
        return 0
    lead = inl.plain[:first.start]
    head = lead.strip().lstrip(_BULLET_CHARS + " \t")
    if _TITLE_FIELD.match(_NUMBERED_LEAD.sub("", head, count=1)) and not first.bare and names_work(first.text):
        head = ""  # "4：论文题目：[Title](…)，思路总结…", "Title: [Title](…)": the title field's value is the linked title
    elif record_number_only(head):
        head = ""  # "10.[Title](…).<br>", "12、[Title](…)": the line's record number, then the linked title
    elif stacked_tags_lead(head) is not None or kind_tag_lead(head) is not None:
        # "[C++] [Python] [Java] [**SimpleElastix**](…): …": the item's tags, then its linked name; "[Research]
        # [Title](…)", "[Review] [Title](…)": the kind of work it is, then its linked title (read as a two-word lead,
        # the paragraph was prose and its work lost)
        head = ""
    if not _is_meaningful(head):
        text = _bracket_label(first.text)
        if first.bare and not _is_repository_url(first.url) and url_led_note(inl) is not None:
            # "https://arxiv.org/abs/… : Title": a notes line led by its URL, the work named after it (a line led by
            # a repository, "https://github.com/… - official code release", is the code of the work above it)
            return 1
        if first.bare or not _is_meaningful(text) or is_link_label(text) and not author_venue_year_label(text) \
                or is_bare_pointer(text):
            # "[PDF](…)", "[论文地址](…)": a labelled link, no name; "[here.](…)": a sentence's pointer wrapped onto
            # the next line ("You can access the report [here](…) and presentation" / "[here.](…)")
            return 0
        bare_bullet = lead.strip() in tuple(_BULLET_CHARS) and not lead.endswith((" ", "\t"))
        return 2 if bare_bullet else 1
    if title_around_link(inl) is not None:
        # "The common biology of [cancer and ageing](nature…), 2007": the words before the link open the title it
        # links only part of, no sentence running into a link
        return 1
    head = head.rstrip(" \t([（【*_")
    if head.endswith(_COLONS) and first.bare and _quoted_title_note_before_url(head, inl, first):
        return 1
    if head.endswith(_COLONS):
        # "《Title》(CVPR 2021) GitHub: https://…": a title, then its labelled link, is an item; "… see: [x](…)" is none
        # "Title of the work:" / "https://…" on the next line: the colon only ends the title's line
        *before, label = head[:-1].rsplit(None, 1) or [""]
        if _title_line_then_url(lead, head[:-1], first):
            head = head[:-1].rstrip()
        elif before and (reference := _before_locator_label(before[0], label)) is not None:
            # 'S. Alhagry, … "Title", Journal, vol. 8, 2017. Available: https://…': a whole reference written as
            # text (IEEE "Available:", Vancouver "Available from:", Harvard "Available at:", "URL:") ends with the
            # label of its locator link, as "Retrieved from [url](…)" does below
            # ("DrugBank, 2024. Propranolol. *DrugBank*. Available at: …": a Harvard title of one word, vouched
            # for by the locator label, ``citation.harvard_one_word_title``)
            return 1 if _plain_reference(reference, min_title_words=2) \
                or citation.harvard_one_word_title(reference) else 0
        elif not before or not is_link_label(label.strip("*_[]()")):
            return 1 if _method_name_lead(head, inl, first) else 0
        elif _caption_line(lead, head, label, first):
            return 1  # "Important Papers:" / "[Title](arxiv…)": a caption over the linked title on the next line
        else:
            head = before[0].rstrip(" \t([（【*_")
    if date_stamped_link(lead, first):
        # "21/11/25 [Title](nature.com/…)": a date stamps the item (a journal club's session), the link's text
        # names the work, as "2020-02-05: [Title](…)" is read where the item is filled (``_DATE_LEAD``); so
        # "2021 - [ppx](github…) - python - … - [paper](…)": a year-sorted tool list's item, its tool's one name
        return 1
    if _PAREN_VENUE_TAG_LEAD.match(lead) and not first.bare and names_work(first.text):
        # "(NeurIPS 2024) [Title](openreview…) by Zhang et al.": a paragraph tagged by where and when its work
        # appeared, then the work's linked title, is an item as "[Title](…) by Zhang et al." is; read as prose
        # (a two-word lead), each such paragraph ran into the one before it
        return 1
    if _paren_method_name_lead(head, inl, first):
        # "(BLMS) [Balanced Meta-Softmax for …](…) (NIPS 2020) [code](…)": the method's short name in brackets,
        # then its paper's linked title, is an item as "BLMS: [Title](…)" is; read as a two-word prose lead,
        # each such paragraph ran into the one before it and gave it its code
        return 1
    if _LINK_INTRO_LEAD.match(head):
        return 0  # "Link to repo folder [Wang2024](…)", "Links to the slides [x](…)": words that introduce a link
    if head.endswith((",", "，")) and _method_name_lead(head, inl, first):
        return 1  # "epsilon-LRP, [On pixel-wise explanations …](…), PloS one 2015": a method's name, then its paper
    if len(head.split()) < 3 and sum(map(_is_cjk, head)) < 4:
        # "Ernesto Estrada. [Title](…). *Physics Reports* (2020).": a short author lead, but a whole reference
        return 1 if _complete_reference(inl, first) or _short_caption_over_linked_title(inl, lead, head, first) else 0
    if head.rsplit(None, 1)[-1].lower() in _RUN_ON_WORDS:
        # "Hardt M, … (2016). Title. In *NeurIPS* (pp. 3315-3323). Retrieved from [https://…](…)": a whole
        # reference written as text runs into its locator link; the sentence before the link is the item, not
        # prose that runs on into it
        return 1 if _plain_reference(head, min_title_words=2) else 0
    tail = _prose(inl, first.start)
    limit = MAX_ITEM_TAIL_LETTERS
    if quoted_link_title(inl.plain, first):
        # 'Bates, D., et al. "[Title.](…)" *Health Affairs* 33, no. 7 (2014): 1123–31.': a reference whose
        # quoted title is its link; what follows is its venue, volume and pages, however long
        limit = MAX_CITATION_TAIL_LETTERS
    if "](" in tail:  # "[[code]](KGVL-BART: Knowledge Graph …)": a role link whose target is no URL is no prose
        tail = _BROKEN_ROLE_LINK.sub(lambda m: " " if is_link_label(m.group(1)) else m.group(0), tail)
    if sum(1 for ch in tail if ch.isalpha()) > limit \
            and not tail.lstrip(" ])】").startswith(("-", "–", "—")):
        # "Balcan, D., … [Title](…). *Proceedings of the National Academy of Sciences* 106, no. 51 (2009):
        # 21484-21489.": a long venue, volume and pages after the linked title of a whole reference
        # ("Title [[Code]](github…)," / "Authors," / "**Venue**, 2024": the byline under the title's line is the
        # record's, no prose after its links: ``_plain_title_links_over_byline``)
        return 1 if _complete_reference(inl, first) or _plain_title_links_over_byline(inl, first) \
            or title_url_note_lines(inl, first) else 0
    return 1


#: the first-person words a reader's prose opens with ("We recommend …", "My notes on …"): no title line of a work
_FIRST_PERSON_LEADS = frozenset({"we", "our", "my", "i"})


def title_url_note_lines(inl: _Inline, first: _RawLink) -> bool:
    """``Coach: A Coarse-to-Fine Approach for Cross-domain Slot Filling␣␣`` / ``https://www.aclweb.org/anthology/…␣␣``
    / ``対話システムに用いる…を提案``: a reading-notes item written as the lines of one paragraph, the work's title alone
    on the first line, its bare URLs alone on the next, the reader's summary from the line after on. Why: a summary
    longer than an item's tail read as prose running on from the title, so the paragraph was no item and the work
    was lost (or glued to the item above as its note: a Japanese reading list of 30 ACL papers kept 3). The summary
    starts on a line of its own, under a line of bare URLs only, so it is the item's note, not a sentence leading to
    the link; the title line must still name a work (``_names_work_before_url``), so prose over a URL stays prose."""
    if not first.bare:
        return False
    plain = inl.plain
    lead = plain[:first.start]
    title = lead.strip()
    if not title or "\n" in title or not lead.rstrip(" \t").endswith("\n"):
        return False
    line_end = plain.find("\n", first.end)
    if line_end < 0 or not plain[line_end:].strip():
        return False
    at = first.start
    for link in inl.links:
        if link.start < first.start or link.start >= line_end:
            continue
        if link.image or not link.bare or plain[at:link.start].strip():
            return False  # a labelled link or words on the URL line: a record's field line, not its address line
        at = link.end
    if plain[at:line_end].strip():
        return False
    # ("We recommend this survey" / "https://arxiv…" / "It covers …": a first-person lead-in is the reader's prose)
    first_word = title.split(None, 1)[0].strip(",.:;!?*_").lower()
    return first_word not in _FIRST_PERSON_LEADS and _names_work_before_url(strip_record_lead(title))


#: a field's label, its colon and the short name after it: "代码在此：SRmatlab", "官方代码： KneeSR", "Code: wavsr-lite"
_FIELD_LABEL_NAME = re.compile(r"^(?P<label>[^:：]{1,12}?)\s*[:：]\s*(?P<name>[\w.+-]+(?:\s[\w.+-]+)?)$")


def _code_field_name_lead(head: str) -> bool:
    """``代码在此：SRmatlab``: the words before a line's first link are a field labelled as code (``label_role``) and
    the code's name, one or two words; a title before its links ("Fast Upsampling: A Study") has no code label."""
    m = _FIELD_LABEL_NAME.match(head.strip(" \t*_"))
    return m is not None and label_role(strip_symbols(m["label"]).strip(" *_")) == "code"


def _gives_code(inl: _Inline) -> bool:
    """A paragraph with a link labelled as code or to a code repository."""
    return any(not link.image and (label_role(_bracket_label(link.text)) == "code" or _is_repository_url(link.url))
               for link in inl.links)


def code_field_under_codeless_item(above: _Inline, inl: _Inline) -> bool:
    """``Title [paper](…)`` / blank line / ``代码在此：SRmatlab [code](…)``: a one-line paragraph that is a field labelled
    as code, the code's short name and role links only (``_code_field_name_lead``), right under an item that gives no
    code of its own: that item's code. Why: a label of four Chinese characters ("代码在此", "官方代码") made the lead
    long enough to read as a title, and the paper lost its code to a repository's entry. Under an item that has its
    code already, or under a caption, such a line stays an item (a section of code bases, one labelled line each)."""
    first = next((link for link in inl.links if not link.image), None)
    if first is None or first.bare or "\n" in inl.plain.strip() or _gives_code(above):
        return False
    links = [link for link in inl.links if not link.image]
    return _code_field_name_lead(inl.plain[:first.start]) \
        and all(is_link_label(_bracket_label(link.text)) for link in links) and _gives_code(inl)


#: what joins the labels of a link that reaches two things at once ("Code and Data", "Code & Data", "Paper/Code")
_LABEL_JOINERS = ("/", "+", "&")

#: the most characters a compound link label may have ("Code and Data", "Paper/Code/Slides")
MAX_COMPOUND_LABEL_CHARS = 40


def _compound_link_label(text: str) -> bool:
    """``Code``, ``PDF``, ``Code and Data``, ``Paper/Code``: a link's text that only says what it reaches (each of
    its joined parts a link label), no name of a work. (Split on words, no regex: a link's text may be any length.)"""
    if len(text) > MAX_COMPOUND_LABEL_CHARS:
        return False
    for joiner in _LABEL_JOINERS:
        text = text.replace(joiner, " and ")
    parts: list[list[str]] = [[]]
    for word in text.split():
        if word.lower() == "and":
            parts.append([])
        else:
            parts[-1].append(word)
    return len(parts) <= 3 and all(part and is_link_label(" ".join(part)) for part in parts)


def plain_title_box(inl: _Inline) -> bool:
    """A paragraph that is a whole paper box with a plain-text title (``_plain_title_links_over_byline``): an item
    even alone between the box's lists of points, as a lone reference is."""
    first = next((link for link in inl.links if not link.image), None)
    return first is not None and "\n" in inl.plain and _plain_title_links_over_byline(inl, first)


#: the most letters a topic tag closing a paper box's plain title may have ("[AI4H]", "[Oral]")
MAX_BOX_TAG_LETTERS = 16


def plain_box_title(inl: _Inline) -> str:
    """The title of a paper box with a plain-text title (``plain_title_box``): the words before its first link,
    without the short bracketed topic tag that closes them (``Title [<span>AI4H</span>] [[Code]](…)``). Why: the
    tag is the box's colour-coded area, set beside the title as the boxes with a linked title set it beside the
    link; kept, it would end the work's title."""
    first = next(link for link in inl.links if not link.image)
    head = inl.plain[:first.start].strip(" \t,;")
    if head.endswith("]") and (open_at := head.rfind("[")) > 0:
        tag = head[open_at + 1:-1]
        if tag.strip() and len(tag) <= MAX_BOX_TAG_LETTERS and "[" not in tag and len(tag.split()) <= 2:
            head = head[:open_at].rstrip(" \t,;")
    return head


#: the most lines a paper box's byline and venue may take under its title's line
MAX_BOX_BYLINE_LINES = 3


def _plain_title_links_over_byline(inl: _Inline, first: _RawLink) -> bool:
    """``Congenital Heart Disease Detection by … [AI4H] [[**Code and Data**]](github…),`` / ``**Jintai Chen**, Shuai
    Huang, …, Huiying Liang,`` / ``**Nature Communications**, 2024``: an AcadHomepage paper box that gives its work's
    title as plain text (the paper itself has no link), its labelled links (code, PDF) after it on the same line, and
    the byline and venue on the lines under it, all one paragraph. Why: the byline is the record's, not prose after
    its links; read as prose, the paragraph was no item and the work and its code were lost. Every link is a label
    on the title's line with nothing but punctuation after the last, and the next line is a byline (``_is_byline``)
    with at most a venue line or two under it."""
    plain = inl.plain
    cut = plain.find("\n", first.end)
    links = [link for link in inl.links if not link.image]
    if cut < 0 or "\n" in plain[:first.start].strip() or links[-1].end > cut \
            or not all(not link.bare and _compound_link_label(_bracket_label(link.text)) for link in links) \
            or any(ch.isalnum() for ch in plain[links[-1].end:cut]):
        return False
    lines = [line.strip(" \t,;") for line in plain[cut:].strip().split("\n")]
    return len(lines) <= MAX_BOX_BYLINE_LINES and _is_byline(_Inline(plain=lines[0])) \
        and names_work(plain[:first.start].strip(" \t[(（【*_"), min_words=4)


#: the most words a method's name leading its paper's linked title may have ("Blur integrated gradient: [Title](…)")
_MAX_METHOD_NAME_WORDS = 4


#: the words Harvard style puts before "at" in a reference's locator label ("Available at:", "Available online at:")
_LOCATOR_AT_LEAD = frozenset(("available", "online"))


#: a paragraph's quoted title closed by a full stop, then its note: '"Deep Learning". An excellent review paper …'
#: (straight or curly quotes; an angle-bracketed title reaches here quoted, ``mdtree._quoted_title``); bounded
_QUOTED_TITLE_THEN_NOTE = re.compile(r'["“]([^"“”\n]{2,300})["”]\. \S')


def _quoted_title_note_before_url(head: str, inl: _Inline, first: _RawLink) -> bool:
    """``"Deep Learning". An excellent review paper written by … (three very big names …): https://…``: a course's
    recommended reading, one paragraph a work, its title quoted and closed by a stop, then the teacher's note on it
    and, after a colon, the work's bare URL, the paragraph's only link and its last word. The quoted title names the
    work the URL reaches whatever the note says; read as prose (a remark in brackets, a two-word title), the
    paragraph was no item, and the record above it ran on into it and took its address."""
    if _QUOTED_TITLE_THEN_NOTE.match(head) is None or len(inl.links) != 1:
        return False
    return not inl.plain[first.end:].strip(" \t\n.")


def _before_locator_label(before: str, label: str) -> str | None:
    """The reference before a locator label that ends a paragraph's text before its link, or None when ``label``
    (the last word before the colon) is no locator label. IEEE writes "Available:", Vancouver "Available from:";
    Harvard writes "Available at:" (or "Available online at:"), whose last word "at" alone labels nothing: read as
    an unknown ``label:`` field, each such reference ("Lee, H.B. …, 1985. Blood volume in the rat. *J Nucl Med*,
    26(1). Available at: https://pubmed…/3965655/ (Accessed …)") was glued to the reference before it, which took
    its PMID."""
    word = label.strip("*_[]().").lower()
    if word in _LOCATOR_LABELS:
        return before
    if word != "at":
        return None
    words = before.split()
    n = 0
    while n < min(len(words), 2) and words[len(words) - 1 - n].strip("*_").lower() in _LOCATOR_AT_LEAD:
        n += 1
    if n == 0 or words[len(words) - n].strip("*_").lower() != "available":
        return None
    return " ".join(words[:len(words) - n])


def _method_name_lead(head: str, inl: _Inline, first: _RawLink, own_line: bool = False) -> bool:
    """A method's short name, a colon or a comma, then the linked title of the paper that introduced it and a short
    venue: ``Shap: [A unified approach to interpreting model predictions](…), NeurIPS 2017``, ``epsilon-LRP, [On
    pixel-wise explanations for non-linear classifier decisions …](…), PloS one 2015``.

    Why: feature-attribution reading lists file each paper under the name of the method it introduced, one paragraph
    a paper; read as a ``label:`` field, the paragraph was glued to the paper before it (its title and identifiers
    lost). The name is no field label (``Code:``, ``Paper:``, ``Authors:``), no locator label (``Available:``) and no
    sentence running into its link (``… see:``); the link's text names a work and little prose follows it (on the
    link's own line when ``own_line``: the lines under it are the item's fields and notes)."""
    name = head[:-1].strip(" \t*_")
    words = name.split()
    if not words or len(words) > _MAX_METHOD_NAME_WORDS or len(name) > 40 or "\n" in name \
            or first.bare or first.image or is_link_label(first.text):
        return False
    if not names_work(first.text) and not (own_line and names_work(first.text, min_words=2)
                                           and url_role(first.url) == "paper"):
        # (a two-word title, "(**FD**) [Frequency Dropout](link.springer.com/chapter/10.1007/…)", names the work
        # when a bracketed name tags it and the link reaches an article: "(**Docs**) [Getting Started](…)" does not)
        return False
    if is_link_label(name) or field_role(name) is not None or _TITLE_FIELD.match(name + ":") \
            or words[-1].lower() in _RUN_ON_WORDS or words[-1].lower() in _LOCATOR_LABELS:
        return False
    tail = _prose(inl, first.end)
    if own_line:
        tail = tail.split("\n", 1)[0]
    return sum(1 for ch in tail if ch.isalpha()) <= MAX_ITEM_TAIL_LETTERS


def _paren_method_name_lead(head: str, inl: _Inline, first: _RawLink) -> bool:
    """``(MiSLAS) [Improving Calibration for Long-Tailed Recognition](…) (CVPR 2021) [Code](…)``: a paper list that
    heads each paragraph with the short name its benchmark tables use for the method, in brackets, then the linked
    title of the paper that introduced it (``_method_name_lead`` with brackets for the colon). One name of one or
    two words, no bracket inside; a venue tag ("(NeurIPS 2024)") is read by ``_PAREN_VENUE_TAG_LEAD``. ``head``:
    the text before the link, bullets and white space trimmed.

    Only the link's own line need be short: "- (**MaxStyle**) [Title](…)␣␣ / *Publication*: MICCAI 2022 / *Summary*:
    … / [[Code]](…)" writes the venue, a summary and the code on the lines under the title; counted with them, the
    tail was too long, and a short title ("Nuts for Fundus") lost to the bracketed name."""
    if len(head) < 3 or head[0] not in "(（" or head[-1] not in ")）":
        return False
    name = head[1:-1].strip()
    if not name or len(name.split()) > 2 or any(c in name for c in "()（）[]"):
        return False
    return _method_name_lead(name + ":", inl, first, own_line=True)


def paren_method_name_lead(lead: str, inl: _Inline, first: _RawLink | None) -> bool:
    """``_paren_method_name_lead`` of a line's whole lead before its first link (``(BLMS) ``): the bracketed name
    tags the paper, the link's text is its title."""
    return first is not None and not first.bare \
        and _paren_method_name_lead(lead.strip().lstrip(_BULLET_CHARS + " \t"), inl, first)


def _without_status_mark(lead: str) -> str:
    """``✔ Rosenbaum P R, Rubin D B.`` → ``Rosenbaum P R, Rubin D B.``: a reading list marks the works it has read
    (or recommends) with a pictograph before the reference (✔, ✅, ⭐); the mark is no part of the first author's
    name. Why: read as a name, the mark left the lead no author list, and a reference linking a PDF (no identifier)
    was lost or titled by its authors."""
    return strip_symbols(lead) if lead and not lead[0].isascii() else lead


#: a citation key closed by a colon opening a reference's byline: "Bell04: ", "OhlrSugg18: ", "LiYWang18: ",
#: "smith2020deep: " (one word, its letters then the year's two or four digits, as a reference manager's key is
#: written; a method's name, "Shap: ", carries no year and is read by ``_method_name_lead``)
_CITATION_KEY_LEAD = re.compile(r"[A-Za-z][A-Za-z'’-]{1,30}(?:19|20)?\d\d[a-z]{0,12}[:：]\s+(?=[^\W\d_])")


def _without_citation_key(lead: str) -> str:
    """``OhlrSugg18: Ohlrogge AW, Suggs LS.`` → ``Ohlrogge AW, Suggs LS.``: a lead with its citation key cut.

    Why: notes kept with a reference manager write each reference after its key (``* _Bell04:_ Bell DM.
    [Title](…pubmed/15550198). Emerg Infect Dis 10:1900-6 (2004).``); the key is no author, and left on the lead
    it made the lead no author list, so the whole line's byline was read as the work's title."""
    m = _CITATION_KEY_LEAD.match(lead)
    return lead[m.end():] if m else lead


#: a link's text that says where and when a work appeared, no title: "biorxiv, September 2023", "arxiv, Aug 2022",
#: "Nature Biotechnology, 2023" (a server's or journal's name of a few words, a comma, a month perhaps, a year)
_SOURCE_DATE_LABEL = re.compile(r"[^\W\d_][\w.&' -]{0,40}, (?:" + citation.MONTH + r" )?(?:19|20)\d\d")


def _source_date_label(text: str) -> bool:
    """``[biorxiv, September 2023](…)``, ``[Nature Biotechnology, 2023](…)``: the link says where and when, no title."""
    return len(text.split()) <= 6 and _SOURCE_DATE_LABEL.fullmatch(text.strip()) is not None


def _complete_reference(inl: _Inline, first: _RawLink) -> bool:
    """A line that is a whole reference around its linked title: the authors (and perhaps the year) before
    the link, the venue and year (volume, pages) after it, and nothing else: ``Metcalf et al. [Title](…).
    *Science* (2020).`` / ``Keller, A., Moro, L. et al. [Title](…). Nat Commun 12, 2001 (2021).``. A link
    named by where and when the work appeared titles nothing: ``BigRNA,`` / ``[biorxiv, September 2023](…)``
    is a model's name over its preprint's link, not a one-word byline before a linked title."""
    if first.bare or first.image or is_link_label(first.text) \
            or sum(1 for w in first.text.split() if sum(map(str.isalpha, w)) >= 2) < 2 \
            and sum(map(_is_cjk, first.text)) < _CJK_LINKED_TITLE:
        # "[PMID: 8485583](…)", "[PDF](…)": an identifier or a label, no title; a Chinese title is one unspaced run
        # of ideographs ("陈晓明, 刘芳. [基于联邦学习的多中心肺结节检测方法](…)[J]. 中国图象图形学报, 2021, 26(4).")
        return False
    if _source_date_label(first.text):
        return False
    # ("*Kobbi Nissim, …, and Adam Smith, *": an emphasis left open by a space before its closing star keeps both
    # stars as text; they are the writer's markup around the names, no part of them)
    lead = _without_status_mark(inl.plain[:first.start].strip()).lstrip(_BULLET_CHARS + " \t_").rstrip(" \t\"“'‘*_")
    # "5.Gerard, S.E. and J.M. Reinhardt. [Title](…). in 2019 IEEE …": a hand-written record number touching the
    # first author numbers the record; it is no part of the names
    lead = _without_citation_key(_RECORD_NUMBER.sub("", lead, count=1))
    tail = inl.plain[first.end:].strip()
    if inl.strong_lead and 5 * len(inl.strong_lead) >= 3 * len(lead) and reads_like_paper_title(inl.strong_lead):
        # "***Title of the work*** **(Oral)** \" / "[A. Author](…), B. Author \" / "AAAI, 2023. [[code](…)]": a bold
        # title set apart opens the record, its byline follows on the next line; the lead is no author list
        return False
    if not lead or not tail or len(lead) > 1000 or sum(1 for ch in tail if ch.isalpha()) > MAX_CITATION_TAIL_LETTERS:
        return False
    # "Liao SY†, He Y†, …, Qi YP*, Zhang T*, Zhang Y*. [Title](…). *Science Bulletin* 2026.": a lab's page marks its
    # co-first (†) and corresponding (*) authors after their names; the marks are no part of the names, and left in
    # they break the byline at the first mark, so the linked title lost to the author list; so do affiliations in
    # brackets after the names ("Loïc Baron (NPA, CNRS), Radomir Klacza (UPMC, NPA) .[Title](…)": arXiv's listings)
    # (a CNKI export's full-width commas and stop, "陈晓明，刘芳，王磊．", separate and close the names as ASCII ones do)
    names = citation.without_affiliations(citation.without_author_marks(ascii_punctuation(lead)))
    authors = citation.parse_trailer(names)
    if not authors.authors or authors.venue is not None \
            or 2 * sum(map(len, authors.authors)) < sum(map(str.isalpha, names)):
        # "We build on the [method](…) …", "Nat Genet. 1993 …<br>Title.<br>Gish W. [PMID: …](…)": the lead is
        # not (mostly) an author list
        return False
    if _lead_cites_its_own_title(lead):
        return False
    source = citation.parse_trailer(ascii_punctuation(tail))
    # "Nat Commun 12, 2001 (2021)": a short venue may read as a name, its volume and pages say it is one;
    # "Konečný, J., McMahan, H. B. .[Title](arxiv…/1610.02527) [J]. arXiv preprint arXiv:1610.02527.": a preprint's
    # identifier after the title dates the reference as a year would (``_arxiv_dated_tail``); so does a journal's
    # volume and page range after its name, however its name reads ("Jake Clarkson, Kevin D. Glazebrook. [Title](…). _Operations Research_
    # 68(2) pp. 552-571.": a reading list that leaves the year out still says where in the journal the work is)
    return bool(authors.year or source.year or _arxiv_dated_tail(tail)
                or source.volume and source.pages) \
        and bool(source.venue or source.volume or source.pages or _venue_read_as_names(authors, source)
                 or _journal_read_as_name(source))


def ascii_punctuation(text: str) -> str:
    """``陈晓明，刘芳，王磊．`` → ``陈晓明,刘芳,王磊.``: the full-width punctuation of a CNKI export (comma, stop,
    brackets, colon) as the ASCII marks ``citation`` reads a byline and a source by; other text is left as it is."""
    return text.translate(_FULL_WIDTH_PUNCTUATION) if any(c in text for c in "，．［］：（）") else text


_FULL_WIDTH_PUNCTUATION = str.maketrans("，．［］：（）", ",.[]:()")


#: the fewest ideographs of a linked title a GB/T reference wraps in its byline and source: more than a label's
#: ("[主页](…)", "[项目代码](…)" are labels ``is_link_label`` knows; a title runs on)
_CJK_LINKED_TITLE = 6


def _arxiv_dated_tail(tail: str) -> bool:
    """``[J]. arXiv preprint arXiv:1610.02527.`` after a byline-led linked title: the source is a preprint named by
    its arXiv identifier, and no year is written. Why: references exported from arXiv listings (and the Chinese
    lists that paste them, with GB/T's "[J]" type mark) write no year; the identifier's first digits are the year
    and month it was posted, so the line is as whole a reference as one closed by "(2016)" — without this its
    author list became the work's title. DBLP's exports name the same record "CoRR abs/1703.00044". Only a tail
    that names the identifier in words ("arXiv:…", "arXiv preprint …", "CoRR abs/…"), not a bare number."""
    return _ARXIV_SOURCE_WORD.search(tail) is not None and bool(ids.find_arxiv(tail))


#: the words by which a reference's tail names arXiv as its source: "arXiv preprint arXiv:…", DBLP's "CoRR abs/…"
_ARXIV_SOURCE_WORD = re.compile(r"(?i)\barxiv\b|\bCoRR\b")


#: the most names a venue after a byline-led linked title may read as ("ITG Speech Communication. Padeborn, Germany")
_MAX_VENUE_AS_NAMES = 2


def _venue_read_as_names(byline: citation.Citation, source: citation.Citation) -> bool:
    """``W. Nogueira, T. Gajecki, B. Krüger, J. Janer, A. Büchner. [Title](…). ITG Speech Communication. Padeborn,
    Germany, 2016.``: the names ``citation`` reads after the linked title are the venue (a society's meeting, a
    journal of capitalised words: "Hearing Research, 2021"), its place and year. Why: the byline before the link
    already names the work's authors (and carries no year of its own), so capitalised words and a year after the
    title are where and when it appeared, not a second author list; read as names, the line was no whole reference
    and its author list became the work's title. One or two such "names" at most, each a few words, and the year
    after them. So too the other way round, the year in the byline and none after the title: ``Imsiecke, M.,
    Krüger, B., Nogueira, W. (2019). **[Title](…)**. Ear Hear.``, ``… (2020). **[Title](…)**. Ear and Hearing, doi:
    10.1097/…``, ``… Ear Hear. 2019 Oct 7. doi: …``: a journal of capitalised words joined by "and", or abbreviated
    to two words, reads as names; a dated byline is the reference's one author list, so the "names" after its
    linked title are the journal, whether or not a date follows them."""
    if not source.authors or len(source.authors) > _MAX_VENUE_AS_NAMES \
            or not all(len(name.split()) <= 6 for name in source.authors):
        return False
    return byline.year is not None or source.year is not None


def _journal_read_as_name(source: citation.Citation) -> bool:
    """``Uyheng, J., Robertson, D.C. & Carley, K.M. (2023). [Title](https://doi.org/…). *BMC Digital Health* 1, 27.``:
    a journal of three capitalised words after the linked title reads to ``citation`` as one person's name. Why:
    with no venue read, the line was no whole reference and its byline became the work's title. A "name" holding
    a venue's word ("BMC", "Journal", "Proceedings": ``citation.VENUE_WORDS``) names no person; it is the venue."""
    return 1 <= len(source.authors) <= _MAX_VENUE_AS_NAMES and all(
        any(w.strip(".,").casefold() in citation.VENUE_WORDS for w in name.split()) for name in source.authors)


def _lead_cites_its_own_title(lead: str) -> bool:
    """``Sylvester, J., & Raff, E. (2018). What about applied fairness?. [arXiv preprint arXiv:1806.05250](…).``:
    the words before the link are already a whole reference — authors, the year, then a title of three words or
    more (a short one, its question mark doubled by the style's full stop, leaves the lead mostly names) — so the
    link after it is the work's address, labelled by its identifier, not its linked title."""
    cited = citation.parse_citation(lead)
    return cited is not None and bool(cited.authors) and cited.year is not None and cited.title is not None \
        and len(cited.title.split()) >= 3 and lead.rstrip(" .").endswith(cited.title.rstrip(" ."))


def reference_link_over_notes(p: _Node, inl: _Inline) -> bool:
    """``[Volz, E. M., Koelle, K., & Bedford, T. (2013). Viral phylodynamics. PLoS Computational Biology, 9(3),
    e1002947.][volz2013] <br>`` / ``\\* Provides a bird's-eye overview of phylodynamics <br>``: a paragraph whose
    first line is one link and nothing else, the link's text a whole reference (its authors, year, title and
    venue), and whose later lines are link-less notes on it. Why: a course's reading list under
    "### Week 1: Jan 10 - 14" headings writes each reading as such a paragraph; a week with one reading and its
    note read as the heading's record, titled "Week 1: Jan 10 - 14" — the reference names its own work, so the
    heading is only its topic (a week with two readings, or a reading with no note, was already read so)."""
    links = [link for link in inl.links if not link.image]
    if p.kind != "Paragraph" or len(links) != 1 or links[0].bare:
        return False
    first_line, _, notes = inl.plain.strip().partition("\n")
    if not notes.strip() or first_line.strip() != links[0].text.strip():
        return False
    # (a title of two words, "Viral phylodynamics", when the authors, the year and a venue vouch for the form)
    text = " ".join(links[0].text.split())
    cited = citation.whole_reference(text, min_title_words=2)
    return cited is not None and bool(cited.venue) and text.startswith(cited.authors[0].split()[0].strip(",."))


def linked_whole_reference(p: _Node, inl: _Inline) -> bool:
    """``Hainmueller J. [Entropy balancing for causal effects: …](econpapers…/….htm)[J]. Political analysis, 2012,
    20(1): 25-46.``: a paragraph of one link that is a whole reference around its linked title (the authors before
    it, the venue and year after it: ``_complete_reference``), whatever the link points to. Why: reading notes
    written as paragraphs between short lists of the methods each paper brings ("- **Entropy Balancing (EB)**")
    read as the prose introducing those lists, and a reference linking a PDF or a publisher's page (no DOI, no
    arXiv id) was dropped; authors, venue and year around one linked title make it a reference, not prose."""
    links = [link for link in inl.links if not link.image]
    return p.kind == "Paragraph" and len(links) == 1 and "\n" not in inl.plain.strip() \
        and _complete_reference(inl, links[0])


#: a record's field label announcing the reference of the record's own work, its colon dropped: "Reference:",
#: "References:", "Citation:", "Publication:" (not "Application:", "Related papers:": works of others)
_OWN_REFERENCE_LABELS = frozenset({"reference", "references", "citation", "citations", "publication", "publications",
                                   "cite", "please cite", "how to cite"})


def own_reference_over_list(label: str, node: _Node) -> tuple[str, str] | None:
    """``1. **Prosit**`` / ``- Source code: https://github.com/…`` / ``- Reference:`` / ``    - Gessulat, S., et al.
    "[Prosit: proteome-wide prediction of …](nature…)." *Nature methods* 16.6 (2019): 509-518.``: a tool's record of
    labelled fields whose reference field (``label``, empty, over its own sub-list ``node``) opens with a whole
    reference around a linked title (authors before it, venue or year after it) cites the work the record is.
    Returns that title and the reference's byline, or None. Why: read as the tool's name over fields, the record
    was a repository named "Prosit" holding the paper's DOI, and the paper (and its code pair) was lost. Only the
    first reference is the record's: the later ones under the same label stay works of their own."""
    if label.strip().rstrip(":：").strip().casefold() not in _OWN_REFERENCE_LABELS:
        return None
    first = next((c for c in node.children if c.kind == "Item"), None)
    if first is None:
        return None
    inl = _inline([x for x in first.children if x.kind != "List"])
    links = [link for link in inl.links if not link.image]
    if not links or not names_work(links[0].text, min_words=4):
        return None
    if not (_complete_reference(inl, links[0]) or _author_lead_year_tail(inl, links[0])):
        return None
    cited = citation.whole_reference(" ".join(inl.plain.split()))
    return _clean_title(links[0].text), ", ".join(cited.authors) if cited is not None and cited.authors else ""


#: the most characters of a bracketed tag list right after a linked title ("[GLOM, CV (Detection), M-AI]")
_MAX_TITLE_TAGS = 120


def title_led_linked_reference(p: _Node, inl: _Inline) -> bool:
    """``[A Receptor Skeleton for Capsule Networks](….pdf)[GLOM, CV], **A. Chen**, H. Yu, J. Wu$$^*$$,
    **International Conference on Machine Learning (ICML)**, 2020, [[Code]](github…)``: a one-line paragraph that
    opens with a work's linked title (four words or more), perhaps a bracketed list of topic tags, then, after a
    comma or a stop, its byline, venue and year (``citation.parse_trailer``: two names or more, a venue, a year),
    and after that only links labelled by what they are (code, data) or a repository's address.

    Why: a personal page's paper box (AcadHomepage) writes each work so, then a bullet list of the author's notes on
    it ("- Motivated by …", "- **Academic Impact**: …"); read as the introduction of that list, the paragraph was
    dropped and the work, its code with it, lost. Authors, a venue and a year after the title make it a reference,
    not prose (``linked_whole_reference`` reads the same reference written with the authors first)."""
    links = [link for link in inl.links if not link.image]
    line = inl.plain.strip()
    if p.kind != "Paragraph" or not links or "\n" in line or len(line) > 2000:
        return False
    first = links[0]
    if first.bare or inl.plain[:first.start].strip() or is_link_label(first.text) \
            or not names_work(first.text, min_words=4):
        return False
    for link in links[1:]:
        if not (_is_repository_url(link.url) or not link.bare and is_link_label(_bracket_label(link.text))):
            return False  # (a second work's title, a link in a sentence: no reference of one work)
    if inl.plain[links[-1].end:].strip(" \t.,;|") and len(links) > 1:
        return False
    body = inl.plain[first.end:links[1].start if len(links) > 1 else len(inl.plain)].strip()
    if body.startswith("["):
        cut = body.find("]")
        if cut < 0 or cut > _MAX_TITLE_TAGS or "[" in body[1:cut]:
            return False
        body = body[cut + 1:].lstrip()  # "[GLOM, CV]": the writer's topic tags on the work
    if not body.startswith((",", ".")):
        return False
    body = citation.without_author_marks(body[1:])
    source = citation.parse_trailer(body.strip(" \t,;"))
    return len(source.authors) >= 2 and source.venue is not None and source.year is not None


def title_tags_byline_reference(plain: str) -> tuple[str, str] | None:
    """``- Self-learning … for 3D Medical Image Segmentation[CV (Segmentation), M-AI], Yixuan Wu, Bo Zheng, Jian
    Wu$$^*$$, **International Conference on Medical Image Computing … (MICCAI)**, 2022``: the reference a personal
    page writes as ``title_led_linked_reference`` reads, its title left unlinked (no copy online yet): a title of
    four words or more, the writer's bracketed topic tags glued or spaced after it, then after a comma its byline
    (two names or more), venue and year (``citation.parse_trailer``). → (title, the byline-venue-year trailer with
    the TeX author marks dropped), else None. Without the tags the line is any link-less citation, read elsewhere;
    a bracket that does not close before a comma, or a tail with no venue or no year, is no such record."""
    line = plain.strip()
    if "\n" in line or len(line) > 2000:
        return None
    at = line.find("[")
    if at <= 0:
        return None
    cut = line.find("]", at)
    if cut < 0 or cut - at > _MAX_TITLE_TAGS or "[" in line[at + 1:cut]:
        return None
    title, body = line[:at].strip(), line[cut + 1:].lstrip()
    if not body.startswith(",") or not names_work(title, min_words=4):
        return None
    trailer = citation.without_author_marks(body[1:]).strip(" \t,;.")
    source = citation.parse_trailer(trailer)
    if len(source.authors) < 2 or source.venue is None or source.year is None:
        return None
    return title, trailer


#: what may follow an author-led linked title when the list drops the venue: nothing, or the year alone
#: ("Tan, J., et al., [Title](…). 2019.", "Park, J., et al., [Title. J Digit Imaging](…), 2019.")
_YEAR_ONLY_TAIL = re.compile(r"[\s.,;:)\]]*(?:[(（]?(?:19|20)\d\d[a-z]?[)）]?)?[\s.,;:\]]*")


def _author_lead_year_tail(inl: _Inline, first: _RawLink) -> bool:
    """The authors, a comma or a stop, then the linked title and at most the year: ``Tan, J., et al.,
    [LGAN: Lung Segmentation …](…). 2019.``, ``3.Park, J., et al., [Fully Automated Lung Lobe Segmentation …](…),
    2019.``, ``8.Milletari, F., N. Navab, and S.-A. Ahmadi. [V-net: … in 2016 Fourth International Conference on 3D
    Vision (3DV). 2016. IEEE.](…)``.

    Why: hand-numbered reading lists paste Vancouver/Harvard-style citations and link only the title (or the title
    and the venue) with no venue after the link for ``_complete_reference`` nor a year closing the authors for
    ``_author_year_lead``; read as a title, the lead names every paper by its first author, and a paper with no
    identifier then matches nothing. A record number touching the first author ("3.Park") numbers the record and is
    dropped before the names are read; the rest of the lead must be (mostly) names ``citation`` reads as authors
    with no venue among them, and the link's text must read as a work, not a label."""
    lead = inl.plain[:first.start].strip().lstrip(_BULLET_CHARS + " \t")
    lead = _RECORD_NUMBER.sub("", lead, count=1)
    if not lead or lead[-1] not in ".," or "\n" in lead or len(lead) > 300 \
            or not _YEAR_ONLY_TAIL.fullmatch(inl.plain[first.end:]):
        return False  # (the cheap tests first: most leads end otherwise, most tails hold more)
    if first.bare or first.image or is_link_label(first.text) or not names_work(first.text, min_words=3) \
            or _source_date_label(first.text):
        return False  # ("BigRNA," / "[biorxiv, September 2023](…)": a model's name over where and when it appeared)
    names = citation.parse_trailer(lead)
    return bool(names.authors) and names.venue is None \
        and 2 * sum(map(len, names.authors)) >= sum(map(str.isalpha, lead)) and not _lead_cites_its_own_title(lead)


def _byline_lead(inl: _Inline, first: _RawLink) -> bool:
    """Only the authors' full names lead the linked title, with no stop, comma or year between:
    ``Frank E. Harrell [Regression Modeling Strategies](…), 2nd Edition, 2015.``, ``David G. Kleinbaum and Mitchel
    Klein [Logistic Regression: A Self-Learning Text](…)``.

    Why: a course's bibliography names each text by its authors, then links its title; read as a title, the lead
    names every work by its authors (and a work with no identifier then matches nothing). Every name ``citation``
    finds must be a full name (two words and more: one capitalised word is as likely a tool's or a project's), the
    names must make (most of) the lead, with no venue or year among them, and the link's text must read as a work."""
    lead = inl.plain[:first.start].strip().lstrip(_BULLET_CHARS + " \t")
    if not lead or not lead[-1].isalpha() or "\n" in lead or len(lead) > 200:
        return False  # (the cheap tests first: most leads are empty or end otherwise)
    if lead.endswith(("'s", "’s")):
        return False  # "Valerie Smith's [web page is here](…)": a person's page, not a work of theirs
    text = first.text.strip()
    if first.bare or first.image or text.startswith(("(", "（")) or is_link_label(_bracket_label(text)) \
            or not names_work(text, min_words=2):
        return False  # ("Open-i Chest X-Ray[(download link)](…)": an aside in brackets names no work)
    names = citation.parse_trailer(lead)
    return bool(names.authors) and names.venue is None and names.year is None \
        and all(len(name.split()) >= 2 for name in names.authors) \
        and 2 * sum(map(len, names.authors)) >= sum(map(str.isalpha, lead))


#: a year closing an author lead: "Benson Kjell and Hartz Arthur J 2000", "Lu Bo et al. 2001", and in
#: parentheses, as course reading lists write it: "Karl W. Broman & Kara H. Woo (2018)"
_LEAD_YEAR_END = re.compile(r"(?<![\w.])(?:19|20)\d\d[a-z]?$|(?<![\w.])[(（](?:19|20)\d\d[a-z]?[)）],?$")
#: a year opening an author lead, dashes around the authors: "2018 - Doench - ", "2019 - Esposito et al. - "
_YEAR_DASH_AUTHORS = re.compile(r"(?:19|20)\d\d[a-z]?\s*[-–—]\s*(?P<who>[^\d\n]{2,120}?)\s*[-–—:]$")


#: a bracketed note closing a byline, its authors' consortium or challenge: " (NCI/DREAM)", " (TCGA Network)"
_AUTHOR_NOTE_END = re.compile(r"\s*[(（][^()（）\n]{1,40}[)）]$")


def paren_year_byline_lead(inl: _Inline, first: _RawLink) -> str | None:
    """``- Lazar Reich and Vijaykumar (2020), [Title](…), FORC.``: the byline alone before the linked title, the
    year in brackets and a comma after it (``classify.bracketed_year_byline``), without the comma; else None."""
    lead = inl.plain[:first.start].strip().lstrip(_BULLET_CHARS + " \t")
    if not lead.endswith(("),", "），")) or "\n" in lead or len(lead) > 120:
        return None  # (the cheap test first: most leads end otherwise)
    return lead[:-1] if classify.bracketed_year_byline(lead) else None


def _author_year_lead(inl: _Inline, first: _RawLink) -> bool:
    """The authors and then the bare year lead the item's linked title: ``Benson Kjell and Hartz Arthur J
    2000 [Title](…) *NEJM*``, ``Ahmed Ali et al. (including Love TE) 2006 [Title](…)``; or the year, then the
    authors, set off by dashes: ``2019 - Esposito et al. - [Title](…)``.

    Why: course reading lists written author-year style put the citation's head outside the link and only
    the title inside it; the lead (authors, year) never ends with the stop ``_complete_reference`` waits
    for, and read as a title it would name every paper by its first author. The year must close the lead
    and the lead must start with names (``citation`` finds authors or an ``et al.``), so a lead-in sentence
    ("Published in 2020 [paper](…)") or a year tag alone ("2022 [Title](…)", a tag ``_YEAR_TAG_LEAD``
    reads) does not count; the link's text must read as a work, not a label."""
    lead = inl.plain[:first.start].strip().lstrip(_BULLET_CHARS + " \t")
    dashed = _YEAR_DASH_AUTHORS.fullmatch(lead) if lead[:1].isdigit() else None
    if "\n" in lead or len(lead) > 200 or not (dashed or _LEAD_YEAR_END.search(lead)):
        return False  # (the cheap tests first: most leads end with no year)
    if first.bare or first.image or is_link_label(first.text) or not names_work(first.text, min_words=2):
        return False
    if dashed is not None:
        # "- 2019 - Esposito et al. - [Title](…)": a review list's year-first form, the year and the authors
        # set off by dashes before the linked title; the dashes, not a closing year, end the citation's head
        # ("2014 - Costello (NCI/DREAM) - [Title](…)": a bracketed note on the authors, their consortium or
        # challenge, closes the names; the names before it are the authors)
        who = _AUTHOR_NOTE_END.sub("", dashed["who"]) or dashed["who"]
        return bool(citation.parse_trailer(who).authors)
    if paren_year_byline_lead(inl, first) is not None:
        # "- Lazar Reich and Vijaykumar (2020), [Title](drops.dagstuhl…), FORC.": a byline, the year in brackets and
        # a comma before the linked title (surnames ``citation`` may not read as names: one alone, a two-word one);
        # the link's text titles the work whatever its host
        return True
    names = citation.parse_trailer(_STATUS_TAG_LEAD.sub("", lead, count=1))
    return bool(names.year and names.authors)


#: a publication status a homepage's publication list writes before an item's authors: "PREPRINT D Roelfs, …
#: (2021) [Title](…)", "Preprint: …", "[Under review] …"; it says where the work stands, it names no author
_STATUS_TAG_LEAD = re.compile(r"(?i)^[\[(]?(?:preprint|in press|under review|submitted|forthcoming)[\])]?:?\s+")
#: bracketed tags opening an item's lead: "[NeurIPS 2018] [GCPN] ", "[ICLR 2022 (Oral)] [GeoDiff] "
_LEAD_BRACKET_TAGS = re.compile(r"(?:\[[^\[\]\n]{1,40}\]\s*)+")


def _tagged_author_lead(inl: _Inline, first: _RawLink) -> bool:
    """Venue and name tags, then the authors, lead the item's linked title: ``[NeurIPS 2018] [GCPN] You,
    Jiaxuan, et al. [Title](…) [[code]](…)``, ``[ICML 2018] [MolGAN] De Cao, Nicola, and Thomas Kipf. [Title](…)``.

    Why: paper lists written "[venue year] [model] <MLA cite>" keep the citation's head (its authors) outside the
    link and only the title inside it, with no venue or year after the link for ``_complete_reference`` nor a
    year closing the authors for ``_author_year_lead``; read as a title, the lead would name every paper by its
    first author. The tags must open the lead, the rest of it must be (mostly) names ``citation`` reads as
    authors with no venue among them, and the link's text must read as a work, not a label."""
    lead = inl.plain[:first.start].strip().lstrip(_BULLET_CHARS + " \t")
    if not lead.startswith("[") or "\n" in lead or len(lead) > 300:
        return False  # (the cheap tests first: most leads open with no tag)
    tags = _LEAD_BRACKET_TAGS.match(lead)
    who = lead[tags.end():].strip() if tags else ""
    if not who or "[" in who or "]" in who:
        return False
    if first.bare or first.image or is_link_label(first.text) or not names_work(first.text, min_words=2):
        return False
    names = citation.parse_trailer(who)
    return bool(names.authors) and names.venue is None and names.year is None \
        and 2 * sum(map(len, names.authors)) >= sum(map(str.isalpha, who))


#: what joins an emphasised title to the link of the venue it appeared in: ", in", " at", ", presented at",
#: ", published in", ", accepted to", ", to appear in" (a comma or none, one verb at most, then the preposition)
_VENUE_CONNECTIVE = re.compile(r"(?i)[ \t]*,?[ \t]*(?:(?:was[ \t]+|to[ \t]+)?(?:presented|published|accepted|appeared"
                               r"|appear|appearing)[ \t]+)?(?:in|at|to|by)[ \t]*")


def marked_title_before_venue_link(inl: _Inline, first: _RawLink) -> str | None:
    """``* _Clinically Correct Report Generation from Chest X-rays using Templates_, in [MLMI at MICCAI 2021](…)`` /
    ``*Title*, presented at [LXAI at NeurIPS 2020](…)``: an item that opens with its title in emphasis, then ", in"
    (or "presented at", "published in" …) and a link whose text names the venue, the title is the emphasised text.
    Why: read as a lead before the link, the title kept the connective (", in") and the venue's home page decided
    the kind (a journal's site made the line a web site); the venue link is where the work appeared, as a
    bracketed venue tag before a linked title is. The emphasis must open the item, hold a work's title (three
    words or more) and end where the connective starts; the link's text must be a name, not a work's title."""
    if not inl.marked or first.bare or first.image:
        return None  # (the link's text may be a venue tag, "[MICCAI 2022](…)", which reads as a label elsewhere)
    plain = inl.plain
    start = len(plain) - len(plain.lstrip(_BULLET_CHARS + " \t"))
    span = next(((a, b) for a, b in inl.marked if a == start and b < first.start), None)
    if span is None or _VENUE_CONNECTIVE.fullmatch(plain, span[1], first.start) is None:
        return None
    title = plain[span[0]:span[1]].strip()
    if "\n" in title or not names_work(title, min_words=3) or names_work(first.text, min_words=6):
        return None
    return title


#: a year opening an item's lead: "2016 *Circulation* China-PAR ASCVD risk [Title](…)"
_LEAD_YEAR_START = re.compile(r"(?:19|20)\d\d\s+")
#: how many words of tag may follow the emphasised venue before the linked title
_MAX_VENUE_TAG_WORDS = 8


def _year_marked_venue_lead(inl: _Inline, first: _RawLink) -> bool:
    """A year, an emphasised venue and a short tag lead the item's linked title: ``2016 *Circulation*
    China-PAR ASCVD risk [Title](…)``, ``2004 *JAMA* FHS CHD score in Chinese population [Title](…)``.

    Why: a risk-model catalogue files each paper under year and journal and names the model it defines
    before the link; the tag runs past the three words ``_YEAR_TAG_LEAD`` allows a bare venue, but the
    venue's emphasis marks where the citation head ends, so the words after it are a tag, not a title.
    The tag must be short and hold no sentence stop, and the link's text must read as a work."""
    if not inl.marked:
        return False  # (the cheap tests first: most items set nothing in emphasis, or open with no year)
    plain = inl.plain
    start = len(plain[:first.start]) - len(plain[:first.start].lstrip(_BULLET_CHARS + " \t"))
    year = _LEAD_YEAR_START.match(plain, start)
    if year is None:
        return False
    if first.bare or first.image or is_link_label(first.text) \
            or not names_work(first.text, min_words=3):
        return False
    venue = next(((a, b) for a, b in inl.marked if a == year.end() and b <= first.start), None)
    if venue is None:
        return False
    tag = plain[venue[1]:first.start].strip()
    return len(tag.split()) <= _MAX_VENUE_TAG_WORDS and ". " not in tag and "\n" not in tag \
        and len(tag.split()) < len(first.text.split())


def link_field_lines(inl: _Inline, first_line: int = 0) -> bool:
    """``**论文链接**：[arXiv](https://arxiv.org/abs/…)`` / ``**代码链接**：暂无开源``: the lines of ``inl`` from
    ``first_line`` on are all ``label: value`` fields, and the links among them are labelled by what they reach
    ("arXiv", "GitHub"), not by a work's name: a record's link fields, the only links there are. Why: a reading
    note's heading record ("### Title" / fields / "- notes") writes its links as such fields after its notes, one
    blank line before them or none (then Markdown runs them into the last note)."""
    lines = inl.plain.split("\n")
    if first_line >= len(lines) or not any(link for link in inl.links if not link.image):
        return False
    at = sum(len(line) + 1 for line in lines[:first_line])
    if any(link.start < at for link in inl.links):
        return False
    if not all(_split_label(line.strip())[0] for line in lines[first_line:] if line.strip()):
        return False
    if inl.marked:
        for line in lines[first_line:]:
            if _colon_in_marked_title(inl, at, line):
                return False
            at += len(line) + 1
    return all(link.bare or is_link_label(link.text) or not names_work(link.text, min_words=3)
               for link in inl.links if not link.image)


def _colon_in_marked_title(inl: _Inline, line_start: int, line: str) -> bool:
    """``**Toolformer: Language Models Can Teach Themselves to Use Tools** *Schick, Timo, et al.* 2024
    [[Paper]](…)``: the line's first colon sits inside a bold (or italic) span whose words run on past it — a
    set-off "Name: subtitle" title, not a field's label (a field's marked label closes at or right after its
    colon: ``**论文链接**：``, ``**Paper:**``). Why: read as a link field, a note bullet's whole reference
    paragraph made the heading above it a reading note titled by the heading, and the referenced work was lost."""
    idx = min((i for i in (line.find(c) for c in (":", "：")) if i >= 0), default=-1)
    if idx < 0:
        return False
    at = line_start + idx
    span = next(((a, b) for a, b in inl.marked if a <= at < b), None)  # type: ignore[union-attr]
    if span is None:
        return False
    # (an emphasised field whose value is its link, "*Code: [GitHub](…)*", is still a field)
    end = min([span[1]] + [link.start for link in inl.links if at < link.start < span[1]])
    return any(ch.isalnum() for ch in inl.plain[at + 1:end])


def _field_label(inl: _Inline) -> str:
    """The label of a ``label: value`` line, unless the colon sits inside a link's text."""
    plain = inl.plain
    first_nl = plain.find("\n")
    first_line = plain if first_nl < 0 else plain[:first_nl]
    label, _ = _split_label(first_line)
    if not label:
        return ""
    if role_tag_label(first_line) is not None:
        # "📄 [Cite] Title" / "💻 [GitHub] https://…": the tag labels the field, unless it is (or wraps) a link's own
        # text ("[[pdf](…)] - **Title**") or tags a linked title ("[paper] [Title](doi…)", a kind tag) — a bare URL
        # after the tag is the field's value
        opening = first_line.find("[")
        closing = first_line.find("]", opening)
        value_at = len(first_line) - len(first_line[closing + 1:].lstrip())
        if any(link.start <= closing and link.end > opening or link.start == value_at and not link.bare
               for link in inl.links):
            return ""
        return label
    idx = min((i for i in (first_line.find(":"), first_line.find("：")) if i >= 0), default=-1)
    if any(link.start <= idx < link.end for link in inl.links) or _colon_in_dashed_description(first_line, idx, inl):
        return ""
    return label


#: the separator between a line's leading named link and what the line says about it: " - ", " – ", " — "
_DASH_AFTER_LINK = ("-", "–", "—")


def _colon_in_dashed_description(first_line: str, idx: int, inl: _Inline) -> bool:
    """``* [cryoSPARC](nature…) - cryoSPARC: algorithms for rapid unsupervised cryo-EM structure determination``: a
    line that opens with a named link and a dash, the colon only in what follows the dash. The colon is the
    description's own (a work's "Name: subtitle" title), not a "label: value" field's; read as a field labelled
    "cryoSPARC - cryoSPARC", such sub-bullets under a link-less topic bullet ("* 3D Classification") made the
    topic one record and its works that record's links."""
    first = next((link for link in inl.links if not link.image), None)
    if first is None or first.end > idx or first_line[:first.start].strip(" *_`") != "":
        return False
    return first_line[first.end:idx].lstrip(" *_`").startswith(_DASH_AFTER_LINK)


#: a reference key a list files its references under: "SYN-01", "EMP-4", "R12", "Ref. 3", "A1b" (letters, then a number)
_REFERENCE_KEY = re.compile(r"[A-Za-z]{1,10}\.?[-_ ]?\d{1,4}[a-z]?")


def reference_keyed_items(items: list[_Inline]) -> bool:
    """``### Literatura de síntese, conceitual e técnico-metodológica`` / ``- **SYN-01:** Liu M, Ning Y, et al. A
    scoping review … npj Digital Medicine. 2025;8:360.`` / ``- **SYN-02:** …``: bullets whose "labels" are each a
    distinct reference key (letters and a number) and whose values cite works (a year in most of them) are a
    reference list filed under keys, one work per bullet — not the "label: value" fields of one record that the
    heading would title (a record's fields are named for what they hold: Authors, Venue, Code)."""
    if len(items) < 2:
        return False
    labels = [_field_label(inl).strip(" *_") for inl in items]
    if not all(label and _REFERENCE_KEY.fullmatch(label) for label in labels) or len(set(labels)) < len(labels):
        return False
    return sum(1 for inl in items if _YEAR_IN_TEXT.search(inl.plain)) * 2 > len(items)


def _looks_like_citation(title: str) -> bool:
    return len(title) > 60


def _item_inlines(node: _Node) -> list[_Inline | None]:
    """The inline content of each item of a list, without its sub-lists (None for any other child)."""
    return [_inline([x for x in c.children if x.kind != "List"]) if c.kind == "Item" else None
            for c in node.children]


def _quoted_field_list(quote: _Node) -> list[_Inline] | None:
    """``- [scanhub](github…)`` / ``>- Languages: python`` / ``>- License: GPLv3`` / ``>- Tags: …`` / ``>- A
    description``: a quote that holds one list of link-less bullets, most of them (two at least) "label: value"
    fields, is the fields and description of the list item written right over it — a generator's record of a
    tool or work, the quote only setting its fields apart. (Read alone, each field was an entry, and a
    description such as "Multi Modal Acquisition Software, Which Allows Individualizable, Modular …" read as
    "Authors, Title".) Returns the bullets' inlines, or None when the quote is anything else: a quoted list
    of references (its bullets link), an abstract or a callout (no list)."""
    if len(quote.children) != 1 or quote.children[0].kind != "List":
        return None
    items = _item_inlines(quote.children[0])
    inlines = [inl for inl in items if inl is not None]
    if not inlines or len(inlines) != len(items) or any(inl.links for inl in inlines) \
            or any(x.kind == "List" for c in quote.children[0].children for x in c.children):
        return None
    labelled = sum(1 for inl in inlines if _field_label(inl))
    return inlines if labelled >= 2 and 2 * labelled >= len(inlines) else None


#: ``B. Zhao et al. *IEEE Access.*``, ``Alon Harell et al. ICASSP'19``: a byline, the first author (one to four
#: names or initials) and "et al." then at most a venue and a year (a plain-text pattern, read on an item's text);
#: no bar among them: "Taylor et al. (2018) | 요로 감염을 예측함" is an example cited with a note, not a byline
#: (a surname may carry a lower-case particle, "G de Haan et al, Physiological Measurement, 2014", and a journal's
#: full name with its abbreviation runs to a dozen words or more: "IEEE Transactions on Pattern Analysis and Machine
#: Intelligence (TPAMI), 2024", "13th IEEE International Conference on Automatic Face & Gesture Recognition (FG 2018), 2018")
_BYLINE = re.compile(r"^(?:(?:[A-Z][\w'’.-]*|d[aeiu]|de[lrn]?|v[ao]n|der|la|le)\s+){0,3}[A-Z][\w'’-]+,?\s+et\.?\s*al\.?,?"
                     r"(?:\s+([^\s|]+(?:\s+[^\s|]+){0,14}))?\s*$")
#: ``*Julien Dubois* 2016.``, ``*Sergey M. Plis, *  2014.``: one author's full name (two to four capitalised words)
#: and the year, nothing else (read on an item's text with its stray emphasis marks dropped)
_NAME_YEAR_BYLINE = re.compile(r"^(?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]+,?\s+(?:19|20)\d\d\.?$")


#: an ellipsis standing between two names of an author list as a name of its own (", ..., ", ", … ,"): names left out
_ELIDED_NAMES = re.compile(r"\s*,\s*(?:\.\s?\.\s?\.|…)\s*,")


def _lone_name_byline(inl: _Inline) -> bool:
    """A link-less one-line sub-bullet that is one person's full name (``- Elias Bareinboim``, ``- José Miguel
    Hernández-Lobato``): a single author's byline, which ``_is_byline`` (a list of names, "et al.", a name and a
    year) does not read (``citation.personal_name``: "Deep Learning", "Nature Medicine" stay text)."""
    if inl.links or "\n" in inl.plain.strip():
        return False
    return personal_name(" ".join(inl.plain.replace("*", " ").replace("_", " ").split()))


def _is_byline(inl: _Inline) -> bool:
    """A link-less sub-bullet that only names the parent's authors and venue: ``- B. Zhao et al. *IEEE Access.*``,
    ``- Chenxi Huang, Jiaji Wang, Yudong Zhang. *Neurocomputing 2023*`` (the full author list, then the venue)."""
    if inl.links:
        return False
    # "Kirouac DC, … NPJ Syst Biol Appl. 2017 Jun 2;3:14. PubMed PMID: 28649441": the work's identifiers written out
    # after its byline (on the byline's line or wrapped onto the next) are no part of the names or the venue
    plain = ids.without_identifier_tail(inl.plain.strip())
    # "Shujun Wang，Lequan Yu，Kang Li. *TMI2019*": full-width commas (and 、) separate the names as "," does
    text = " ".join(plain.replace("，", ", ").replace("、", ", ").split())
    # "Ana Ruiz, Bo Chen, ..., Cy Dunn": a paper banner's long author list elides its middle names with an
    # ellipsis set as one more name between commas; it leaves out names, it names no one (nor a venue)
    text = _ELIDED_NAMES.sub(",", text)
    if ";" in text and "," not in text \
            and all(personal_name(part.strip(" *_")) for part in text.split(";")[:-1]):
        # "Qingshan Hou; Peng Cao; Osmar R. Zaiane. *JBHI 2022*": an author list as IEEE Xplore or Scopus exports
        # it separates the names by semicolons; where no comma is written and every part before the last (which
        # may carry the venue) is a person's name, the semicolon is the list's comma ("Training details;
        # ablations", "DRIVE; STARE; CHASE_DB1" stay notes)
        text = text.replace(";", ",")
    if (org := _AFFILIATION_TAIL.search(text)) is not None and org.start() > 0:
        text = text[:org.start()]  # "Lei Cui, Furu Wei, and Ming Zhou (MSRA)": the team's affiliation closes the names
    if "\n" in plain and not _names_wrapped_mid_list(plain):
        # "Magdalena Lewandowska et al, 2011 federated conference on computer science and" / "information systems
        # (FedCSIS), 2011": a byline's long venue wrapped onto the next line is the same byline; other lines after
        # a name are a note, not a byline
        return _BYLINE.match(text) is not None and _YEAR_CLOSE.search(text) is not None
    return _BYLINE.match(text) is not None or _author_list_byline(text) \
        or _NAME_YEAR_BYLINE.match(" ".join(text.replace("*", " ").split())) is not None \
        or _author_list_year_byline(text)


def _names_wrapped_mid_list(plain: str) -> bool:
    """``Raina, Rajat and Battle, Alexis and Packer,`` / ``Benjamin and Ng, Andrew Y. *ICML 2007*``: a sub-bullet
    of two lines whose first line stops on the comma or the "and" between two names. Why: lists written at a fixed
    width (pandoc's wrapped Markdown) break a long author list wherever the line fills, and the sub-bullet's next
    line is the same list of names (then the venue), not a note after it; a line that closes on a name's separator
    has not ended its list. Only a two-line sub-bullet is read so, and the joined text must still read as a byline
    by every other rule of ``_is_byline``."""
    lines = plain.strip().split("\n")
    return len(lines) == 2 and lines[0].rstrip().endswith((",", "，", " and", " &")) and bool(lines[1].strip())


def _author_list_year_byline(text: str) -> bool:
    """``*Adrien Payan and Giovanni Montana* 2015.``, ``*Chang Xu, Dacheng Tao, Chao Xu* 2013``: two or more
    people's names, then the year alone. Why: ``_author_list_byline`` reads a venue only after a ". ", so a year
    set after the last name with a space reads as that name's word and the byline went unread, leaving its titled
    item a note; one name at least must be a person's full name (``citation.personal_name``), so "Deep Learning
    and Machine Learning 2019" stays a title."""
    if (year := _YEAR_CLOSE.search(text)) is None:
        return False
    head = " ".join(text[:year.start()].replace("*", " ").split()).strip(" ,")
    return bool(head) and _author_list_byline(head) \
        and any(personal_name(name.strip()) for name in _names(head.replace("&", " and ")))


def is_byline_line(text: str) -> bool:
    """``text`` (one line) reads as a byline (``_is_byline``): names, perhaps a venue and a year."""
    return _is_byline(_Inline(plain=text))


def linked_names_byline(inl: _Inline) -> bool:
    """``Shuo Xing, Yuping Wang, **Chengxuan Qian**, [Huaxiu Yao](https://www.huaxiuyao.io/), [Zhengzhong
    Tu](https://vztu.github.io/)<sup>&dagger;</sup>.``: a publication page's byline whose co-authors' names link
    their home pages. Every link's text is a person's name and the whole line reads as a byline (``_is_byline``
    on its text): the links say who the authors are, not which works; read as an item, the byline became an
    entry titled by its first names."""
    links = [link for link in inl.links if not link.image]
    if not links or any(link.bare for link in links) or "," not in inl.plain:
        return False
    if not all(personal_name(_clean_title(link.text)) for link in links):
        return False
    return is_byline_line(" ".join(inl.plain.split()))


#: the fewest words of the title after a linked byline (``byline_people_before_title``): "*Nature*" or "*MICCAI
#: 2024*" after the names is a venue
_MIN_TITLE_WORDS_AFTER_BYLINE = 3
#: the stop that closes a byline: after a word of two letters or more or a bracket (not an initial's, "M. M."),
#: before the title's first mark (a capital, a digit, emphasis or bold, a quote, an HTML tag)
_BYLINE_STOP = re.compile(r"(?:(?<=[^\W\d_]{2})|(?<=[)\]]))\.\s+(?=[\w*_\"“'‘<])")


def byline_people_before_title(inl: _Inline) -> int:
    """``Jingxuan Kang, [Tudor Jianu](tudorjnu.github.io), Baoru Huang, [Anh Nguyen](…/~anguyen/). *Translating
    Simulation Images to X-Ray Images …*. In DEMI, MICCAI Workshop, 2024. [[Proceedings]](#)``, ``Mara Ostrowski,
    [Ilya Brandt](…), and [Rui Okafor](…). **Title**. In *MICCAI*, 2023. [[paper]](arxiv…) [[code]](github…)``: a
    whole reference whose byline links some co-authors' home pages, the title (italic, bold, quoted or plain) after
    the byline's full stop. The number of links in that byline (0 when the line is not so written). Why: those
    links are the people's, not the work's (``linked_names_byline``, for a byline on a line of its own); read as the
    line's first links, the first linked name titled the work and its home page made the reference a web site's
    record. The byline must read as one (``is_byline_line``: two names or more, or "et al."), every link in it name
    a person, and the text after its stop hold a title's words and then a year (a team line, "[Name](…), Name.
    *Organisers of the reading group*.", is no reference)."""
    links = [link for link in inl.links if not link.image]
    if not links or any(link.bare for link in links) or not personal_name(_clean_title(links[0].text)):
        return 0
    stop = _BYLINE_STOP.search(inl.plain, links[0].end)
    if stop is None:
        return 0
    people = [link for link in links if link.end <= stop.start()]
    if any(link.start < stop.start() < link.end for link in links) \
            or not all(personal_name(_clean_title(link.text)) for link in people) \
            or not is_byline_line(" ".join(inl.plain[:stop.start() + 1].split())):
        return 0
    year = _YEAR_IN_TEXT.search(inl.plain, stop.end())
    title = inl.plain[stop.end():year.start()] if year is not None else ""
    words = [w for w in title.split() if any(c.isalpha() for c in w)]
    return len(people) if len(words) >= _MIN_TITLE_WORDS_AFTER_BYLINE and not is_byline_line(title.strip()) else 0


#: the affiliation a byline closes with, in brackets and without digits (a year or a venue's number): "(MSRA)",
#: "(University of Washington)", "(Metaweb Technologies, Inc)"
_AFFILIATION_TAIL = re.compile(r"\s*[(（][^()（）\d\n]{2,80}[)）]$")
#: a byline's closing year after its venue: ", 2013", " 2018."
_YEAR_CLOSE = re.compile(r"[\s,](?:19|20)\d\d\.?$")


def _byline_names(inl: _Inline) -> str:
    """The people a byline (``_is_byline``) names, its venue and year cut: ``*Omar Dekhil, et al.*  ISBI 2018.`` →
    ``Omar Dekhil, et al.``, ``*Julien Dubois* 2016.`` → ``Julien Dubois``, ``*Chang Xu, Dacheng Tao, Chao Xu* 2013`` →
    ``Chang Xu, Dacheng Tao, Chao Xu``; "" when it is no byline."""
    text = " ".join(inl.plain.replace("，", ", ").replace("、", ", ").replace("*", " ").split())
    if (m := _BYLINE.match(text)) is not None:
        return (text[:m.start(1)] if m.group(1) else text).strip(" ,")
    if _NAME_YEAR_BYLINE.match(text):
        return _YEAR_IN_TEXT.sub("", text).strip(" ,.")
    if _author_list_year_byline(text):
        # "*Adrien Payan and Giovanni Montana* 2015." → "Adrien Payan and Giovanni Montana"
        return text[:_YEAR_CLOSE.search(text).start()].strip(" ,.")
    return ""


#: "S. T. Mueller,", "Q. Zhang et al.,": one author written IEEE style, initials first, the line closed by the
#: comma that hands over to the quoted title on the next line
_IEEE_AUTHOR_LINE = re.compile(r"(?:[A-Z]\.(?:-[A-Z]\.)?\s?){1,3}[A-Z][\w'’-]+(?:\s+et\s+al\.?)?,")


def _ieee_author_line(text: str) -> bool:
    """``S. T. Mueller,`` / ``"Title",`` / ``[arXiv:…](…)``: a line that is one IEEE-style author (initials, then
    the surname) closed by a comma. Why: IEEE references wrap after the authors, and a lone author is no author
    list (``_author_list_byline`` asks for two), yet the line is a byline, not the work's title."""
    return _IEEE_AUTHOR_LINE.fullmatch(text) is not None


#: "Kang Wang.": one author's name, two to four capitalised words without digits (its closing full stop may already
#: be cut, as the lead's trailer split drops a title's closing stop)
_SOLE_AUTHOR_LINE = re.compile(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]*){1,3}")


def _sole_author_line(text: str) -> bool:
    """``Kang Wang.`` / ``"A survey on ….", IS-AII (2025).``: a line that is one author's full name closed by a full
    stop. Why: a list that wraps each reference after its byline writes a lone author so; ``_author_list_byline``
    asks for two names and ``_ieee_author_line`` for initials, yet the line is the byline, not the work's title
    (the caller asks for the quoted title, closed by its own stop, on the line below as well)."""
    name = text.rstrip(".")
    return _SOLE_AUTHOR_LINE.fullmatch(name) is not None and _names_people(name)


#: what opens a tagged byline before its authors: a bracketed venue tag ("[ICCV 2023] ", "[ArXiv] "), then perhaps
#: the method's one-word name and its colon ("SSD-Det: "); no bracket inside the tag, so the match stays linear
_BYLINE_TAG_PREFIX = re.compile(r"\[[^\[\]\n]{1,40}\]\s*(?:[^\s:：\[\]]{1,30}[:：]\s+)?")


def tagged_byline(text: str) -> tuple[str, str] | None:
    """``[ICCV 2023] SSD-Det: Di Wu, Pengfei Chen, Jianbin Jiao.`` / ``"Title." [[paper]](…)``: a byline line that a
    bracketed venue tag (and the method's short name with its colon) opens → (the tag, the authors); None when the
    line is no such byline. Why: a list that wraps each record after its byline, the quoted title on the next line,
    may tag the byline with the venue and the method's name first; the tag hides the names from
    ``_author_list_byline``, so the byline was read as the work's title and the quoted title below as its note. The
    tag says where and when the work appeared, as a venue field would."""
    m = _BYLINE_TAG_PREFIX.match(text)
    if m is None:
        return None
    rest = text[m.end():].strip()
    if not rest or not (_author_list_byline(rest) or _sole_author_line(rest)):
        return None
    return text[1:text.index("]")].strip(), rest


#: what a byline's venue carries besides its name: a parenthesised qualifier ("( Early Access )", "(AAAI)") and
#: the date closing it ("2023", "08/2023")
_VENUE_QUALIFIER = re.compile(r"\s*\([^()]*\)|(?<![\w/])(?:\d{1,2}/)?(?:19|20)\d\d(?![\w/])")


def _author_list_byline(text: str) -> bool:
    """``Name, Name & Name. Venue``: two or more people's names, then at most a short venue after the last ". ".
    A parenthesised qualifier of the venue (``IEEE Transactions on … ( Early Access )``, ``Proceedings of … (AAAI)``)
    and its closing date (``08/2023``) add no words to it: they say which version or when, and a long journal name
    (``IEEE Transactions on Knowledge and Data Engineering``) already takes the eight words."""
    cut = len(text)
    for _ in range(12):  # a venue of at most 8 words lies within the last few ". " (". . . ." makes no venue)
        if cut <= 0:
            break
        head, tail = text[:cut].rstrip(" ."), text[cut:].strip(" .*_")
        if sum(1 for w in _VENUE_QUALIFIER.sub(" ", tail).split() if w.strip(".,;:")) > 8:
            return False
        if ("," in head or " & " in head or " and " in head) and len(_names(head.replace("&", " and "))) >= 2 \
                and _names_people(head):
            return True
        cut = text.rfind(". ", 0, cut)
    return False


#: one person's name (two to four words) dated by the year in brackets after it, the whole line: "Shamimul Qamar
#: (2024)", "Te‐Jen Su (2025)" (bounded words, no nested repetition: no backtracking on a long line)
_ONE_NAME_DATED = re.compile(r"(?P<name>[^\W\d_][^\s()]{0,30}(?: [^\W\d_][^\s()]{0,30}){1,3}) \((?:19|20)\d\d\)")


#: the bracketed year closing a byline line: "Joel D. Hahn, Chloe Duckworth (2023)"
_CLOSING_BRACKETED_YEAR = re.compile(r" \((?:19|20)\d\d\)[ \t]*$")


def dated_byline(text: str) -> bool:
    """``Adam S. Lowet, Zheng Qiao, Melissa Meng et al. (2025)`` / ``Shamimul Qamar (2024)``: the byline line over
    a bold title, as a bibliography exported from OpenAlex (a docs site's "Publications citing …" page) writes each
    record. A list of names (``_author_list_byline``), or one person's name closed by the year in brackets: a
    work by a single author has no comma nor "and" to show a list of names, yet the bracketed year after a name
    of two to four capitalised words still marks the line as its byline (read as the title, every single-author
    record of such a page was titled by its author's name). A reference list's author-year label alone counts too
    (``Borkowski et al. 2020``, ``Rajpurkar et al. (2018)``, ``Kaushik 2020``: ``author_year_label``), as a
    related-work page sets it over each work's bold title and its URL; read as the title, every such record was
    titled "Rajpurkar et al"."""
    if _author_list_byline(text) or author_year_label(text):
        return True
    if (dated := _CLOSING_BRACKETED_YEAR.search(text)) is not None and _author_list_byline(text[: dated.start()]):
        return True  # "Joel D. Hahn, Chloe Duckworth (2023)": two names and the year, no "et al." to stop the list
    m = _ONE_NAME_DATED.fullmatch(text.strip())
    return m is not None and _names_people(m["name"])


#: the most words an author lead-in before a colon has ("Candes, Romberg and Tao:"); a longer lead is a sentence
_AUTHOR_COLON_LEAD_WORDS = 16


#: a schedule's label for an assigned reading: "Reading:", "Readings:", "Read:", "Required reading:", "📖:", "阅读："
_READING_LABEL = re.compile(
    r"(?i)^[^\w\n]{0,4}(?:(?:required|optional|suggested|recommended|further|additional|background|assigned|"
    r"supplementary|supplemental|pre-?class)\s+)?(?:readings?|read)\s*[:：]\s*$"
    r"|^\s*📖\s*[:：]?\s*$|^\s*(?:延伸|必|选|推荐)?阅读\s*[:：]\s*$")


def reading_label_lead(lead: str) -> bool:
    """``Reading: [Markov Models—Markov chains](nature.com/articles/…)`` / ``📖: [Title](…)``: the words before the link
    only label it as a course's assigned reading; the link's text is the work's title, however short (a longer
    lead-in before a colon needs a title of four words, ``names_work``). Why: "Reading" titled the work."""
    return len(lead) <= 40 and _READING_LABEL.match(lead.strip()) is not None


def author_colon_lead(lead: str) -> bool:
    """``* Candes, Romberg and Tao: [Stable Signal Recovery](…pdf) and [Robust Uncertainty Principles](…pdf)``: two or
    more people's names (``_author_list_byline``) closed by a colon before the item's first link say whose works the
    links are, as a reading list credits its authors. Why: the names are no title (the lead before a link is read as
    one), and the linked works may have short titles (three words) that the lead-in rule for a sentence's colon
    ("Our survey paper on MedIA: [Title](…)") does not trust; only names, never a venue, before the colon."""
    text = " ".join(lead.split()).strip(" *_")
    if not text.endswith(_COLONS):
        return False
    head = text[:-1].rstrip(" *_")
    return 0 < len(head.split()) <= _AUTHOR_COLON_LEAD_WORDS and ". " not in head and _author_list_byline(head)


def keyed_paper_link(link: _RawLink) -> bool:
    """``[Degnan2005](onlinelibrary.wiley…)``: a link whose text is a glued author-year key
    (``classify.glued_author_year_key``) and whose address reaches a paper (a publisher's page, a preprint, a PDF). A
    challenge's or a tool's page named so ("[VerSe2019](verse2019.grand-challenge.org)") is an edition of an event,
    no paper its authors' key cites."""
    return not link.bare and glued_author_year_key(link.text) and url_role(link.url) == "paper"


def keyed_link_line(inl: _Inline) -> bool:
    """``  - [SolisLemus2017](academic.oup…)``: a sub-bullet that is one link whose text is a glued author-year key
    to a paper (``keyed_paper_link``) and nothing else names a work of its own, as a reading list lists each paper
    under its topic; it is no field of the link-less item above (a "[Tutorial](…)" beside it made the pair read as
    that item's fields, and the paper was lost into a topic's record)."""
    links = [x for x in inl.links if not x.image]
    return len(links) == 1 and keyed_paper_link(links[0]) and len(_clean_title(inl.plain)) <= len(links[0].text) + 2


def keyed_links_after(plain: str, links: Sequence[_RawLink], first: _RawLink) -> list[_RawLink]:
    """``- from pseudolikelihood perspective: [SolisLemus2016](…), [SolisLemus2020](…)``: when the line's first link
    is a glued author-year key to a paper (``keyed_paper_link``), each later link joined to the one before it by a
    comma or "and" and keyed so too is a work of its own: two keys are two papers, whatever identifiers their addresses
    carry (a DOI and an arXiv id were read as one work's). [] when the first link is no key. One pass over the
    links: each gap is sliced once."""
    if not keyed_paper_link(first):
        return []
    return _later_links(plain, links, first, stop_at_miss=True, starts_work=lambda gap, link: (
        gap.strip(" \t").lower() in _KEY_JOINERS and keyed_paper_link(link)))


def _later_links(plain: str, links: Sequence[_RawLink], first: _RawLink, stop_at_miss: bool,
                 starts_work: Callable[[str, _RawLink], bool]) -> list[_RawLink]:
    """The links after ``first`` (badges left out) that ``starts_work`` says cite works of their own, judged by the
    text between each and the link before it; with ``stop_at_miss`` the run ends at the first that does not."""
    out: list[_RawLink] = []
    prev = first
    for link in links:
        if link.start <= first.start or link.image:
            continue
        if starts_work(plain[prev.end:link.start], link):
            out.append(link)
        elif stop_at_miss:
            break
        prev = link
    return out


def _ends_with_paren_year_byline(text: str) -> bool:
    """``…, and Kearns et al (2018),``, ``… Also see Sharma et al (2023),``: the text closes on a byline, the year
    in brackets and a comma (``classify.bracketed_year_byline``), the head of a citation whose linked title follows.
    The shortest closing run of words that is one counts (so "see Sharma et al (2023)" reads "Sharma et al")."""
    text = text.rstrip(" \t")
    if not text.endswith(("),", "），")):
        return False  # (the cheap test first: most gaps before a link close otherwise)
    words = text.split()
    return any(classify.bracketed_year_byline(" ".join(words[-k:])) for k in range(2, min(len(words), 8) + 1))


def bylined_links_after(plain: str, links: Sequence[_RawLink], first: _RawLink) -> list[_RawLink]:
    """``- Wick et al (2019), [Title A](papers.nips.cc…), NeurIPS, and Dutta et al (2020), [Title B](mlr.press…),
    ICML: … Also see Sharma et al (2023), [Title C](arxiv…), arxiv.``: when the line's first link is a title led by
    a byline with the year in brackets, each later link led so too, its text a work's title, cites a work of its own.

    Why: a reading list written "Author et al (Year), [Title](link), Venue." cites two or three works in one bullet
    when they make one point; each byline heads its own citation, so each linked title is its own paper whatever
    its host gives (a proceedings page with no identifier was read as the first work's, and a later work's arXiv
    id given to it). [] when the first link is not so led."""
    if len(links) < 2 or not _ends_with_paren_year_byline(plain[:first.start]):
        return []
    return _later_links(plain, links, first, stop_at_miss=False, starts_work=lambda gap, link: (
        _ends_with_paren_year_byline(gap) and not link.bare and names_work(link.text, min_words=2)
        and not is_link_label(link.text)))


#: what parts one linked work from the next on a line that lists several ("[A](…) | [B](…)", "[A](…) · [B](…)")
_TITLE_SEPARATORS = ("|", "·", "•", ";")
#: a short nickname a reading bank writes before a work's link, after the separator ("| babel [Title](…)"): one token
_LINK_NICKNAME = re.compile(r"[^\W_][\w.+-]{0,19}")
#: the fewest words of a linked title that counts as a work's own title on such a line
_SEPARATED_TITLE_WORDS = 4


def separated_titled_links_after(plain: str, links: Sequence[_RawLink], first: _RawLink) -> list[_RawLink]:
    """``-> omivae [Integrated Multi-omics Analysis Using …](arxiv…) | babel [BABEL enables cross-modality
    translation …](pubmed…) | aae [Multi-domain translation between …](nature…)``: when the line's first link is a
    work's title, each later link parted from the one before by a separator (``_TITLE_SEPARATORS``), perhaps after
    a one-word nickname, whose text is another work's title (four words or more) cites a work of its own.

    Why: a reading bank lists related works on one line so; their identifiers are of different kinds (an arXiv id,
    a PMID, a DOI), so none contradicted another and the line was read as one paper holding all three works'
    identifiers, the other two works lost. A link labelled by its kind ("| [Code](…)", "· [project page](…)"), a
    nickname that is a link label ("| code [Title](…)"), a title restating the first's ("[Title](arxiv) · [Title,
    journal version](doi)") and prose between two links end the run: those links are the item's own."""
    if first.bare or not names_work(first.text, min_words=_SEPARATED_TITLE_WORDS):
        return []
    own = " ".join(first.text.split()).casefold()

    def starts_work(gap: str, link: _RawLink) -> bool:
        text = gap.strip(" \t*_`")
        if not text.startswith(_TITLE_SEPARATORS):
            return False
        nickname = text[1:].strip(" \t*_`")
        if nickname and (_LINK_NICKNAME.fullmatch(nickname) is None or label_role(nickname) is not None):
            return False
        return not link.bare and names_work(link.text, min_words=_SEPARATED_TITLE_WORDS) \
            and not is_link_label(link.text) and own not in " ".join(link.text.split()).casefold()

    return _later_links(plain, links, first, stop_at_miss=True, starts_work=starts_work)


#: what joins two keyed links on a line into a list of works: a comma, a semicolon, "and", "&"
_KEY_JOINERS = frozenset({",", ";", "and", "&", ", and", "/"})


def _field_list_inlines(node: _Node, parent_links: Sequence[Link] = (), *,
                        under_item: bool = False, titled: bool = False,
                        dated_title: bool = False) -> list[_Inline | None] | None:
    """Sub-bullets that are fields of their parent: ``地址：URL``, ``来源：…``, ``[code](…)``.

    Returns the inline content of each child that is an item (None for any other child), which
    the parent then reads as its fields, or None when the sub-bullets are entries of their own.
    ``under_item``: the sub-bullets hang under a list item (not a heading), so a link-less one may be a group
    whose ``Name: Title`` sub-bullets are works (``_titled_work_item``).
    ``titled``: the parent is a link-less item written wholly in bold (``1. **Title**``): a work's title set apart
    as a record's, so a byline under it (``- *Name, et al.*  ISBI 2018.``) is that work's, as under a linked title
    — a byline names people and a venue, never a work of its own.
    ``dated_title``: that bold title is a dated work's (``dated_work_title``), so a byline without year under it
    (``- Cortes & Vapnik``) is that work's too (``_byline_over_notes``).
    """
    inlines = _item_inlines(node)
    items = [inl for inl in inlines if inl is not None]
    if not items:
        return None
    field_like = 0
    entry_like = 0
    urls = [inl for inl in items if inl.links or _is_meaningful(inl.plain)]
    if not parent_links and len(urls) == 1 and _lone_bare_url(urls[0]):
        return inlines  # "- Title" / "    - https://…": the one bare URL under a link-less title is its link
    if not parent_links and len(urls) <= 4 and any(_venue_year_line(inl) for inl in urls) \
            and all(_lone_bare_url(inl) or _venue_year_line(inl) for inl in urls) \
            and sum(_venue_year_line(inl) for inl in urls) == 1 and len(urls) >= 2:
        # "- Title" / "    - 2017 IEEE transactions on pattern analysis …" / "    - https://ieeexplore…" /
        # "    - http://…/project.html": a record written as a link-less title over its venue-and-year line and its
        # bare URLs (the article, its project page) is one work; a group's bare URLs come with no venue line
        return inlines
    linked = [inl for inl in urls if inl.links]
    # (not over an outline: "* person 1" / "    * https://scholar…" / "    * paper" / "        * Title …": a sub-bullet
    # with its own sub-list groups works, no note on the title)
    if under_item and not parent_links and len(linked) == 1 and len(urls) >= 2 \
            and not any(x.kind == "List" for c in node.children if c.kind == "Item" for x in c.children) \
            and (_links_only_line(linked[0]) or (titled and _only_source_labels(linked[0]))) \
            and not any(inl.links or _whole_reference(inl) for inl in urls if inl is not linked[0]):
        # "1. **Title** (2016)" / "   - Hughes, D. P., & Salathé, M." / "   - Introduced PlantVillage dataset" /
        # "   - [Paper](…) | [Code](…)", or "* Title" / "    - https://…" / "    - See also NLR Ren-Seq": under a
        # link-less title, the one sub-bullet that is nothing but links (a bare URL, role links) names no work of
        # its own, so its links are the title's; the link-less lines beside it (byline, venue, notes) are notes on
        # that work, not works without links (a sub-bullet citing a work of its own keeps the sub-list entries)
        return inlines
    if under_item and not parent_links and titled and quoted_reference_record(node, items) is not None:
        # "1. **ASReview Framework** (2021)" / "   - van de Schoot, R. et al. "Title"" / "   - *Venue* 3, 125-133" /
        # "   - DOI: [10.1038/…](…)": the sub-bullets are one work's reference split over lines (its byline and
        # quoted title, its venue, its link); the caller titles the record by the quoted title
        return inlines
    if under_item and not parent_links and titled and not dated_title and _references_under_bold_label(node, items):
        # "1. **Kalman Filter for Neural Decoding**" / "   - Gilja et al. (2012). "Title." *Nature Neuroscience*." /
        # "   - Wu et al. (2006). "Title." *NIPS*.": a bold label (a method, a topic) over sub-bullets that each are a
        # whole reference opening with its authors groups those works, as a sub-heading would; none is its byline
        return None
    if under_item and not parent_links and titled and _dated_byline_over_notes(node, items):
        # "1. **"Deep learning for computational biology"**" / "   - Angermueller et al. (2016)" / "   - Molecular
        # Biology of the Cell" / "   - Comprehensive review …": a bold title whose first sub-bullet is its byline
        # and year is one work's record; the link-less lines under it are its venue and notes, not works
        return inlines
    if under_item and not parent_links and dated_title and _byline_over_notes(node, items):
        # '- **"Support-Vector Networks" (1995)**' / "  - Cortes & Vapnik" / "  - SVMs": a dated bold title over
        # its byline written without year, then notes: one work's record
        return inlines
    if under_item and not parent_links and dated_title and _notes_under_dated_title(node, items):
        # "4. **High-Quality English-Korean Medical Corpus for LLMs** - 2025" / "   - Bilingual corpus from four
        # Korean hospitals" / "   - Markdown+JSON format for LLM pretraining": a dated bold title over a few
        # link-less one-line notes is one work's record; the notes say what the work is, none is a work of its own
        return inlines
    if under_item and not parent_links and len(items) == 1 and _only_source_labels(items[0]):
        # "+ Title" / "    + [[bioRxiv 2024.03.25.585721](…)] • [[code](…)]": one sub-bullet of nothing but links
        # named after where the work is (a venue, an archive id) and its role links gives the link-less title
        # its own links; a work's title is no venue, so the sub-bullet names no work of its own
        return inlines
    # items over a sub-list of their own ("  - Paper" / "    - [Title](…)"): a role word alone there labels a field
    # whose colon was left out
    over_list = {id(inl) for c, inl in zip(node.children, inlines) if inl is not None and over_leaf_list(c)}
    # items over a sub-list of any kind: a group of the works under it, never a note on the parent
    nested = {id(inl) for c, inl in zip(node.children, inlines)
              if inl is not None and any(x.kind == "List" for x in c.children)}
    if under_item and not parent_links and any(keyed_link_line(inl) for inl in items):
        # "8. Understanding the julia package PhyloNetworks:" / "  - [Tutorial](…)" / "  - [SolisLemus2017](…)": a
        # paper named by its author-year key is a work of its own, so the sub-bullets are entries under a topic
        return None
    for inl in items:
        if under_item and not parent_links and _paper_kind_tagged(inl):
            # "- directed-message passing neural network" / "  - `paper` Title | J. Chem. Inf. Model. 2019": a
            # sub-bullet its code-span kind tag calls a paper is a work of its own, no field of the group above
            entry_like += 1
            continue
        label = _field_label(inl)
        if not label and id(inl) in over_list and not inl.links and field_role(_clean_title(inl.plain)):
            label = _clean_title(inl.plain)  # "  - Paper" / "  - Code" over their links, as "  - Paper:" is
        if label and parent_links and _labelled_own_work(inl, label, parent_links):
            entry_like += 1  # "  - **Implemented by:** Voets, M., … Replication study: … ([[Paper](arxiv…)])": a work
        elif label and under_item and not parent_links and _titled_work_item(inl, label):
            entry_like += 1  # "- Classification" / "  - ResNet：Deep Residual Learning for …, CVPR 2016[(pdf)](…)"
        elif label and under_item and not parent_links and _named_method_reference(inl, label):
            entry_like += 1  # "- Multiplex imaging methods:" / "  - **IMC:** Giesen, C. et al. Title. Nat. Methods …"
        elif label and year_group_label(inl.plain):
            # "- Papers by year" / "  - 2019:" / "    - **BERT**: Title [[note](…)]": a year alone before its colon
            # groups the works listed under it (as "- 2019" without the colon does); no field is named by a year
            entry_like += 1
        elif label:
            field_like += 1
        elif inl.links and len(inl.links) == 1 and _is_role_word(inl.links[0].text) \
                and len(_clean_title(_YEAR_IN_TEXT.sub("", inl.plain))) <= len(inl.links[0].text) + 2:
            field_like += 1  # "- [paper](…)", "- [paper](…), 2018": a role link alone (its year beside it)
        elif under_item and not parent_links and _role_links_line(inl):
            field_like += 1  # "*  **Title**, Author et al." / "    *  :link: [[Paper](…)][[GitHub](…)]": its links
        elif under_item and _venue_note(inl):
            # "    *  :newspaper: [IEEE TMI 2024]", "* Title [[paper]](…)" / "\t* ACL'18": where the work above
            # appeared, no work itself
            field_like += 1
        elif parent_links and inl.links and len(inl.links) == 1 \
                and (_names_its_repo(inl.links[0]) or _lone_bare_repo_url(inl)) \
                and len(_clean_title(inl.plain)) <= len(inl.links[0].text) + 2 \
                and not any(ids.canonical_repo(x.url) for x in parent_links):
            # "- [Title](arxiv…)" / "  - [owner/Repo](github…)" or "  - https://github.com/owner/Repo/": the
            # paper's code, named by its path or written as the bare URL alone
            field_like += 1
        elif parent_links and _aliased_repo_link(inl) and not any(ids.canonical_repo(x.url) for x in parent_links):
            field_like += 1  # "- **SGPT: …** ([link](arxiv…))" / "  - SGPT-125M [github.com/Muennighoff/sgpt](…)": its code
        elif not inl.links and not _is_meaningful(inl.plain):
            continue  # badge-only or empty line: neither a field nor an entry
        elif under_item and not parent_links and _bracketed_tags(inl):
            continue  # "    *  :computer: [*Abdomen MR-CT*, *OASIS*]": tags on the work above, neither field nor entry
        elif parent_links and _emphasised_note(inl) and any(any(ids.ids_from_url(x.url)) for x in parent_links):
            # "- **Point-E: …** [[Paper]](arxiv…)" / "  - *OpenAI*" / "  - *Text-driven point cloud object editing*":
            # under an item linking its article, a short line set wholly in italics notes on that work (who made
            # it, what it does), as a venue line does; no work of its own
            field_like += 1
        elif parent_links and id(inl) not in nested and _note_on_linked_work(inl) \
                and any(x.role == "paper" or any(ids.ids_from_url(x.url)) for x in parent_links):
            # "* Title [[Paper]](arxiv…)" / "  * Microsoft Research Asia" / "  * General guide for FL in healthcare.
            # Nice written paper.": under an item linking its article, a link-less line naming who made the work or
            # saying what the reader thinks of it notes on that work, as an emphasised one does; no work of its own
            field_like += 1
        elif (parent_links or titled) and _is_byline(inl):
            field_like += 1  # "- **Title** [[pdf]](…)" / "  - B. Zhao et al. *IEEE Access.*": the paper's byline
        elif parent_links and _lone_name_byline(inl):
            # "- [Talk title](youtube…) [[Slides](…)]" / "  - Chaochao Lu" / "  - Social Dynamics Seminar, …, 2019":
            # one person's full name alone under a linked item is its speaker's or author's byline (a work's title
            # is no lone name), as a list of names is; the line beside it then reads as the item's venue
            field_like += 1
        else:
            entry_like += 1
    return inlines if field_like > 0 and field_like >= entry_like else None


#: what may follow a bold title on its line and leave it the record's title: a short name in brackets, "(AlexNet)"
_NICKNAME_AFTER_BOLD = re.compile(r"\s*[(（][^()（）\n]{1,30}[)）]\s*")


def _bold_title_nicknamed(inl: _Inline) -> bool:
    """``1. **"ImageNet Classification with Deep Convolutional Neural Networks"** (AlexNet)``: a link-less item
    written as a bold title and, after it, only the short name the work goes by in brackets; set apart as a
    wholly bold title is (``inl.strong_only``), it is a work's record, its sub-bullets that work's fields."""
    lead = inl.strong_lead
    if not lead or inl.links or not inl.plain.startswith(lead):
        return False
    return _NICKNAME_AFTER_BOLD.fullmatch(inl.plain[len(lead):]) is not None


#: what may part a bold title from the venue-and-year tag after it: "**Title** - LREC-COLING 2024", "**Title** | 2024"
_TAG_SEPARATORS = " -–—|·,:："
#: a year alone, bracketed or not: "2024", "(2025)"
_YEAR_ALONE = re.compile(r"[(（\[]?(?:19|20)\d\d[)）\]]?")


def bold_title_venue_tagged(inl: _Inline) -> bool:
    """``1. **Korean Bio-Medical Corpus (KBMC) for Medical NER** - LREC-COLING 2024``, ``2. **KorMedMCQA: …** -
    2024``: a link-less item written as a bold title and, after a dash, only where and when the work appeared (a
    venue and its year, ``venue_year_label``, or a year alone). Set apart in bold as a wholly bold title is
    (``inl.strong_only``), it is a work's record, so a sub-bullet under it that is only a link named after where the
    work is (``[arXiv:2403.16158](…)``, ``[Nature](doi…)``) gives that work its link. Why: read as a group's name,
    the title became a topic and the id under it a paper titled "arXiv:2403.01469". A bold label followed by words
    ("**Datasets** - public and private") is no work's title."""
    lead = inl.strong_lead
    if not lead or inl.links or not inl.plain.startswith(lead):
        return False
    rest = inl.plain[len(lead):].strip(" *_")
    if not rest or rest[0] not in _TAG_SEPARATORS:
        return False
    tag = rest.lstrip(_TAG_SEPARATORS).strip()
    return bool(tag) and (_YEAR_ALONE.fullmatch(tag) is not None or venue_year_label(tag))


#: a byline of surnames alone and the year in brackets: "Krizhevsky, Sutskever, Hinton (2012)", "Kipf & Welling (2017)"
_SURNAMES_YEAR_BYLINE = re.compile(r"^[A-Z][\w'’-]+(?:(?:,\s*|\s*,?\s*(?:&|and)\s+)[A-Z][\w'’-]+){1,5}\s*"
                                   r"\((?:19|20)\d\d\)$")


#: a byline of two to six surnames alone, no year: "Cortes & Vapnik", "Rumelhart, Hinton, Williams", "Kingma and Ba"
_SURNAMES_BYLINE = re.compile(r"[A-Z][\w'’-]+(?:(?:,\s?|,?\s(?:&|and)\s)[A-Z][\w'’-]+){1,5}")
#: the longest line read as such a byline (the pattern is only tried on a short line)
_MAX_SURNAMES_BYLINE = 80
#: a dated work's bold title: the year in brackets closing it ('**"Support-Vector Networks" (1995)**'), or a quoted
#: title opening it
_DATED_BOLD_TITLE = re.compile(r"\((?:19|20)\d\d\)")


def undated_byline_names(inl: _Inline) -> str:
    """The people a link-less one-line sub-bullet names when it is a byline without year or venue: one person's
    full name ("Alan Turing", ``_lone_name_byline``) or two to six surnames ("Cortes & Vapnik", "Rumelhart,
    Hinton, Williams"); "" otherwise ("SVMs", "Primera red neuronal artificial", "El Test de Turing")."""
    if inl.links or "\n" in inl.plain.strip():
        return ""
    text = " ".join(inl.plain.replace("*", " ").replace("_", " ").split())
    if len(text) <= _MAX_SURNAMES_BYLINE and _SURNAMES_BYLINE.fullmatch(text):
        return text
    return text if _lone_name_byline(inl) else ""


def dated_work_title(plain: str) -> bool:
    """A link-less bold item line that reads as a dated work's title: quoted ('"Title" (1950)') or closed by its
    bracketed year ("Title (1995)")."""
    text = plain.strip(" *_")
    return text[:1] in ('"', "“") or _DATED_BOLD_TITLE.search(text[-8:]) is not None


def _byline_over_notes(node: _Node, items: list[_Inline]) -> bool:
    """Under a dated bold title (``dated_work_title``: ``- **"Support-Vector Networks" (1995)**``), the sub-bullets
    open with the work's byline written without year (``- Cortes & Vapnik``, ``- Alan Turing``, ``- He et al.``)
    and the rest are link-less notes or a bare URL (``- SVMs``, ``- El Test de Turing``), none a reference of its own
    nor over a sub-list: one work's record. Why: a lone name or a list of surnames is no byline by ``_is_byline``,
    so each line was read as a work of its own and the title, a group's name, was lost. A sub-list of three names
    or more ("- Alan Turing" / "- Grace Hopper" / "- Ada Lovelace") stays a list of people."""
    if len(items) < 2 or items[0].links or any(x.kind == "List" for c in node.children if c.kind == "Item"
                                                  for x in c.children):
        return False
    first = _Inline(plain=" ".join(items[0].plain.split()))
    if not (_is_byline(first) or undated_byline_names(first)):
        return False
    if len(items) >= 3 and all(undated_byline_names(inl) or _is_byline(inl) for inl in items[1:]):
        return False  # (names alone: people, no work's notes; one line after the byline may be a name-like note)
    # ("  - [OpenAI](https://openai.com/research/…)": one line that is a link alone, named by a word or three, is
    # where the work is to be read, no work of its own)
    placed = [inl for inl in items[1:] if inl.links and not _lone_bare_url(inl)]
    if len(placed) > 1 or placed and not _place_link_alone(placed[0]):
        return False
    return all(not _whole_reference(inl) for inl in items[1:])


#: the most notes read as one dated work's under its bold title (more are a list of their own under a label)
_MAX_DATED_TITLE_NOTES = 6


def _notes_under_dated_title(node: _Node, items: list[_Inline]) -> bool:
    """Under a dated bold title (``dated_work_title``, ``bold_title_venue_tagged``: ``4. **Title** - 2025``), the
    sub-bullets are a few (``_MAX_DATED_TITLE_NOTES`` at most) link-less one-line notes, none a whole reference nor
    over a sub-list of its own. Why: a year (or a venue and year) after a bold title says when a work appeared, so
    the title is a work's, not a group's name; read as a group, the title became a topic and the work was lost
    among its notes. A bold label with no date over such lines ("**Datasets**" / "- MIMIC-III") stays a group, and
    so does a dated one over people's names (a committee, "**Organizadores (2024)**" / "- Elena Varga")."""
    if not items or len(items) > _MAX_DATED_TITLE_NOTES \
            or any(x.kind == "List" for c in node.children if c.kind == "Item" for x in c.children):
        return False
    # (names alone are people, no work's notes: "- **Organizadores (2024)**" / "  - Elena Varga" / "  - Tomas Berg")
    return all(not inl.links and "\n" not in inl.plain.strip() and not _whole_reference(inl)
               and not undated_byline_names(inl) and not _is_byline(inl) for inl in items)


def _place_link_alone(inl: _Inline) -> bool:
    """A sub-bullet that is one link and nothing else, its text a name of at most ``_MAX_PLACE_LINK_WORDS`` words
    (``- [OpenAI](…)``, ``- [Nature](…)``)."""
    if len(inl.links) != 1 or inl.links[0].bare:
        return False
    text = _clean_title(inl.links[0].text)
    return bool(text) and len(text.split()) <= _MAX_PLACE_LINK_WORDS and _clean_title(inl.plain) == text


def _dated_byline_over_notes(node: _Node, items: list[_Inline]) -> bool:
    """The sub-bullets under a bold title (``1. **"Title"** (Nickname)``) open with the work's byline and its year
    in brackets (``- Angermueller et al. (2016)``, ``- Krizhevsky, Sutskever, Hinton (2012)``), and the rest are
    link-less lines or a bare URL, none a reference of its own nor over a sub-list: a resource page's record of
    one work (byline, venue, what it is known for, its URL). Why: with no link to go by, each line was read as a
    work, the venue line ("Molecular Biology of the Cell") a paper's title and the bold title a group's name."""
    if len(items) < 2 or items[0].links or not _YEAR_IN_BRACKETS_END.search(items[0].plain.strip()):
        return False
    first = _Inline(plain=" ".join(items[0].plain.split()))
    if not (_is_byline(first) or _SURNAMES_YEAR_BYLINE.match(first.plain)):
        return False
    if any(x.kind == "List" for c in node.children if c.kind == "Item" for x in c.children):
        return False
    return all((not inl.links or _lone_bare_url(inl)) and not _whole_reference(inl) for inl in items[1:])


#: the most words a link-less line beside a split reference's quoted title may hold: its venue, volume and pages
#: ("*Nature Machine Intelligence* 3, 125-133", "*JAMIA* 32(4), 616")
_MAX_SPLIT_VENUE_WORDS = 10
#: the most words a link's text names a place by, not a work ("ScienceDirect", "Oxford Academic", a DOI)
_MAX_PLACE_LINK_WORDS = 3


def quoted_reference_record(node: _Node, items: list[_Inline]) -> tuple[str, str] | None:
    """``1. **ASReview Framework** (2021)`` / ``   - van de Schoot, R. et al. "An open source machine learning …"`` /
    ``   - *Nature Machine Intelligence* 3, 125-133`` / ``   - DOI: [10.1038/…](https://doi.org/…)``: under a bold
    label (a nickname for the work, its year beside it), the sub-bullets split one work's reference over lines:
    first its byline and quoted title (or the quoted title alone), then at most two short link-less lines (its
    venue), and last one line of nothing but links, labelled or not (``DOI: [10.…](…)``, ``[ScienceDirect](…)``)
    → (the quoted title, the byline), else None. Why: read as fields, no rule joined them: the quoted line and
    the venue became link-less notes, the link line an entry titled "DOI" or "ScienceDirect", and the label (a
    nickname, not the work's title) was lost; the quoted title is the work's own, as a caption's reference is
    (``_captioned_reference``)."""
    if not 2 <= len(items) <= 4 or not items[-1].links or any(inl.links for inl in items[:-1]):
        return None
    if any(x.kind == "List" for c in node.children if c.kind == "Item" for x in c.children):
        return None
    quoted = _byline_quoted_title(items[0])
    if quoted is None or not _place_links_line(items[-1]):
        return None
    for inl in items[1:-1]:
        text = " ".join(inl.plain.split())
        if "\n" in inl.plain.strip() or not text or len(text.split()) > _MAX_SPLIT_VENUE_WORDS \
                or any(q in text for q in _QUOTE_OPENERS):
            return None
    return quoted


#: the marks that open a quoted title
_QUOTE_OPENERS = ('"', "“")


def _byline_quoted_title(inl: _Inline) -> tuple[str, str] | None:
    """``van de Schoot, R. et al. "Title"`` / ``"Title"``: a one-line, link-less sub-bullet that is a quoted title of
    three words or more, alone or after a byline (``_is_byline``), with at most a closing stop after the quote →
    (title, byline); else None."""
    text = " ".join(inl.plain.split()).strip(" *_")
    if inl.links or "\n" in inl.plain.strip() or len(text) > 1000 or not text.rstrip(".,;").endswith(("\"", "”")):
        return None
    body = text.rstrip(".,;")[:-1]
    opener = max(body.rfind('"'), body.rfind("“"))
    if opener < 0:
        return None
    title, byline = body[opener + 1:].strip().rstrip(".,"), body[:opener].strip(" ,:")
    if len(title.split()) < 3 or any(q in title for q in ('"', "“", "”")) \
            or byline and not _is_byline(_Inline(plain=byline)):
        return None
    return title, byline


def _place_links_line(inl: _Inline) -> bool:
    """``DOI: [10.1038/s42256-020-00287-7](https://doi.org/…)``, ``[ScienceDirect](https://www.sciencedirect.com/…)``:
    a sub-bullet of nothing but one or two links (a short label before them at most), each named by where the work
    is (a publisher's name, an identifier, a role word) in a few words, never by a title: it gives the work's
    address, naming no work of its own."""
    links = [link for link in inl.links if not link.image]
    if not 1 <= len(links) <= 2 or len(links) != len(inl.links) or "\n" in inl.plain.strip():
        return False
    if any(len(link.text.split()) > _MAX_PLACE_LINK_WORDS for link in links):
        return False
    rest = inl.plain
    for link in sorted(links, key=lambda link: link.start, reverse=True):
        rest = rest[:link.start] + " " + rest[link.end:]
    label, value = _split_label(rest)
    rest = value if label and len(label.split()) <= 2 else rest
    return not _is_meaningful(_clean_title(rest))


#: a closing year in brackets: "(2016)" (the year the group): a record's name "OMSSA (2004)", a head line's
#: '"Title" (2024)', a bold title's "**Title** (2023)"
_YEAR_IN_BRACKETS_END = re.compile(r"\(((?:19|20)\d\d)\)\s*$")


#: what qualifies a role link's text after its role word: "Paper (AAAI)", "GitHub-Hippocampus", "Code 2"
_ROLE_QUALIFIER = re.compile(r"[\s(（\-–:/]")


def _references_under_bold_label(node: _Node, items: list[_Inline]) -> bool:
    """Under a wholly bold, link-less label, every sub-bullet is a link-less one-line reference that opens with its
    authors and names a title and a year (``citation.authors_first_reference``: ``Gilja et al. (2012). "A
    high-performance neural prosthesis …" *Nature Neuroscience*.``, ``Rasmussen & Williams (2006). *Gaussian
    Processes for Machine Learning*. MIT Press.``), none over a sub-list of its own. Why: a byline is a bold title's
    field (``- *Name, et al.* ISBI 2018.``), and a whole reference opening with "Name et al." read as one, so the
    label ("Kalman Filter for Neural Decoding") took the first work's text as its title and the other works were
    lost. A byline with no title of its own ("Cortes & Vapnik", "B. Zhao et al. *IEEE Access.*") is no whole
    reference and stays the label's field."""
    if any(x.kind == "List" for c in node.children if c.kind == "Item" for x in c.children):
        return False
    for inl in items:
        text = " ".join(inl.plain.split())
        if inl.links or "\n" in inl.plain.strip() or len(text) > 1500 or not authors_first_reference(text):
            return False
    return True


def _whole_reference(inl: _Inline) -> bool:
    """A sub-bullet that is a whole reference (authors, title, year): it cites a work of its own."""
    return whole_reference(" ".join(inl.plain.split())) is not None


def _links_only_line(inl: _Inline) -> bool:
    """A sub-bullet that is nothing but links naming no work: one bare URL (``- https://…``), one role link
    (``- [Paper](…)``, its year beside it), or a line of role links (``[Paper](…) | [Code](…)``)."""
    if _lone_bare_url(inl) or _role_links_line(inl):
        return True
    return len(inl.links) == 1 and _is_role_word(inl.links[0].text) \
        and len(_clean_title(_YEAR_IN_TEXT.sub("", inl.plain))) <= len(inl.links[0].text) + 2


#: words of prose a labelled note's value has around its links for them to be mentions in passing
_PASSING_PROSE_WORDS = 6


def _links_in_passing(inl: _Inline) -> bool:
    """``- **Performance**: 76.3% mAP … 78.4% (combined with [Seq-NMS](https://arxiv.org/abs/1602.08465)) at 1.1 fps …``:
    a labelled note whose value is a sentence that names other works by short links (a method's name, not a
    title, not a role word, not a bare address): the note mentions them; it gives the record no link of its own."""
    if not inl.links:
        return False
    for link in inl.links:
        text = link.text.strip()
        if link.bare or link.image or not text or names_work(text, min_words=4) or _is_role_word(text):
            return False
    words = [w for w in _unlinked_text(inl).split() if any(c.isalpha() for c in w)]
    return len(words) >= _PASSING_PROSE_WORDS


#: the words a description names another work with, right before its link: "Python implementation of [edgeR](…)",
#: "compare it with [Scanorama](…)", "built on [nnU-Net](…)", "a wrapper around [SAM](…)", "see also [X](…)"
_PASSING_MENTION = re.compile(
    r"(?i)\b(?:(?:re-?)?implementation|port|wrapper|extension|version|fork|variant|successor|reimplementation)"
    r"\s+(?:of|for|around|to)\s*$"
    r"|\b(?:based|built|relies|relying|depends|building)\s+(?:up)?on\s*$"
    r"|\b(?:compare[ds]?(?:\s+it)?|comparisons?|similar|alternative|inspired|complementary|related|akin)"
    r"\s+(?:with|to|by)\s*$|\bsee\s+also\s*$|\binterfaces?\s+(?:to|with)\s*$|\b(?:vs\.?|versus)\s*$")


def mentioned_in_passing(plain: str, link: _RawLink, first: _RawLink) -> bool:
    """``- [PyGMNormalize](github…) - [Python] - Python implementation of [edgeR](pubmed…) normalization …``,
    ``… - the standard; compare it with [Scanorama](github…).``: a later link of the item's description, named by
    a short name (three words or fewer, no role word, not the item's own name) right after words that name another
    work ("implementation of", "based on", "compare with", "see also"): the description mentions that work; its
    article is not the item's paper, nor its repository the item's code. Why: read as the item's links, a tool
    implementing a method took the method's PubMed id and became a paper with the tool as its code."""
    text = _bracket_label(link.text).strip()
    if link.bare or link.image or not text or len(text.split()) > 3 or _is_role_word(text) \
            or text.casefold() == _bracket_label(first.text).strip().casefold() or link.start <= first.end:
        return False
    before = plain[max(first.end, link.start - 40):link.start]
    return _PASSING_MENTION.search(before) is not None


def _role_links_line(inl: _Inline) -> bool:
    """``:link: [[Paper](…)][[GitHub](…)]``, ``[[Paper (AAAI)](…)][[GitHub-Hippocampus](…)]``: a sub-bullet of two
    or more links, each one named by a role word (what follows the word only qualifies it: the venue, the part of
    the work), nothing else beside them but marks. Such a line names no work of its own (a role word is no title):
    it gives the links of the link-less title above it, as one role link alone does. A link named as the work's
    home among them (``[Paper (Nature Medicine, 2024)](…) | [Code](…) | [Project Page](…)``) is one of its links
    too, as in ``record_link_line``, and so is one named as its weights (``[Model (HuggingFace)](…)``); one role
    word at least still says the line is a record's."""
    if len(inl.links) < 2:
        return False
    roles = 0
    for link in inl.links:
        text = _bracket_label(link.text).strip()
        if not text or len(text.split()) > 4:
            return False
        head = _ROLE_QUALIFIER.split(text, 1)[0]
        if _is_role_word(head):
            roles += 1
        elif link.bare or not (is_home_label(text) or head.casefold() in WEIGHTS_LABELS):
            # ("[Model (HuggingFace)](…) | [Paper (PMC)](…)": the model's weights beside the paper are the work's too)
            return False
    if not roles:
        return False
    rest = inl.plain
    for text in dict.fromkeys(link.text for link in inl.links):
        if text:
            rest = rest.replace(text, " ")
    return not _is_meaningful(_clean_title(rest))


def _bracketed_tags(inl: _Inline) -> bool:
    """``:computer: [*Abdomen MR-CT*, *OASIS*]``, ``[-, 2021]``: a link-less sub-bullet wholly in square brackets
    (CommonMark keeps brackets that open no link as text), the way a record tags its tasks or its venue; a work's
    title is not written so, so the line names no work of its own."""
    text = strip_symbols(inl.plain).strip()
    return not inl.links and "\n" not in text and len(text) > 2 and text[0] == "[" and text[-1] == "]" \
        and "[" not in text[1:-1] and "]" not in text[1:-1]


def _lone_bare_url(inl: _Inline) -> bool:
    """A sub-bullet that is one bare URL and nothing else (``- https://arxiv.org/abs/…``)."""
    return len(inl.links) == 1 and inl.links[0].bare \
        and _clean_title(inl.plain.replace(inl.links[0].text, " ")) == ""


def quoted_bare_address(p: _Node) -> _Node | None:
    """``## 06. Hippocampus Analysis by … (2018)`` / ``> https://sci-hub.tw/10.1109/jbhi.2018.2882392``: a quote that
    holds one line, one bare address and nothing else, only indents that address; → the quoted paragraph, to be
    read as the unquoted line (``https://…`` under a title heading is the heading record's link). Why: read as a
    quote, a remark set apart, the heading's only link was no record link and the paper was lost. A quote with
    words around the address, a second line or a link with its own text is read as before."""
    if p.kind != "BlockQuote" or len(p.children) != 1 or p.children[0].kind != "Paragraph":
        return None
    inl = _inline(p.children[0].children)
    if "\n" in inl.plain.strip() or len(inl.links) != 1 or inl.links[0].image:
        return None
    link = inl.links[0]
    if not (link.bare or link.text.strip() == link.url.strip()) or inl.plain.replace(link.text, " ").strip():
        return None
    return p.children[0]


#: the most paragraphs of one quote split into lone linked lines by ``quoted_lone_link_paragraphs`` (a quote is short)
_QUOTED_LINK_PARAGRAPHS_MAX = 12


def quoted_lone_link_paragraphs(p: _Node) -> list[_Node] | None:
    """``> [Title A](github…)`` / ``>`` / ``> [Title B](github…)``: one quote whose paragraphs (two or more, at most
    ``_QUOTED_LINK_PARAGRAPHS_MAX``), parted by quoted blank lines, are each one link and nothing else, one line
    each → each paragraph as a quote of its own, read as ``> [Title A](…)`` / blank / ``> [Title B](…)`` are (an
    organisation's profile groups its works by modality, a quote per group). Why: read as one quote, the links of
    the group were one remark, and every work but the first of the page was lost. A quote with words around a link,
    a line of two links or a paragraph of several lines is read as before."""
    if p.kind != "BlockQuote" or not 2 <= len(p.children) <= _QUOTED_LINK_PARAGRAPHS_MAX:
        return None
    out = []
    for para in p.children:
        if para.kind != "Paragraph":
            return None
        inl = _inline(para.children)
        links = [link for link in inl.links if not link.image]
        if "\n" in inl.plain.strip() or len(links) != 1 or len(inl.links) != 1 \
                or inl.plain.replace(links[0].text, " ").strip() or not links[0].text.strip():
            return None
        quote = _Node("BlockQuote", para.start, para.end)
        quote.children = [para]
        out.append(quote)
    return out


def _lone_bare_repo_url(inl: _Inline) -> bool:
    """A sub-bullet that is one bare URL of a code repository and nothing else (``- https://github.com/owner/Repo/``):
    under a linked work it is that work's code, as a link whose text is the repository's path is; it names no work
    of its own (a bare URL has no title)."""
    return _lone_bare_url(inl) and ids.canonical_repo(inl.links[0].url) is not None


#: how many words a venue-and-year line may hold ("2017 IEEE transactions on pattern analysis and machine intelligence")
_MAX_VENUE_LINE_WORDS = 12


def _venue_year_line(inl: _Inline) -> bool:
    """A link-less one-line sub-bullet that is only a venue and its year (``2015 ICLR``, ``2022 WACV``, ``2017 IEEE
    transactions on pattern analysis and machine intelligence``): ``citation`` reads a year and a venue in it and
    neither a title nor authors, so it names no work of its own."""
    text = " ".join(inl.plain.split())
    if inl.links or not text or "\n" in inl.plain.strip() or len(text.split()) > _MAX_VENUE_LINE_WORDS:
        return False
    cited = citation.parse_trailer(text)
    return cited.year is not None and bool(cited.venue) and not cited.title and not cited.authors


def _labelled_own_work(inl: _Inline, label: str, parent_links: Sequence[Link]) -> bool:
    """A labelled sub-bullet that cites a work of its own — ``Implemented by: <full reference> [[Paper](arxiv…)]``,
    ``Extended version: …`` — rather than giving a field of its parent: the label names no role (``Paper:``,
    ``Code:``, ``论文：``), the text after it reads as a reference, and it links an article the parent does not."""
    if field_role(label) is not None:
        return False
    value = inl.plain[len(label):].lstrip(" *_:：")
    if not _looks_like_citation(value):
        return False
    seen = {ids.ids_from_url(link.url) for link in parent_links if link.role == "paper"}
    seen.discard((None, None, None, None))
    own = [ids.ids_from_url(link.url) for link in inl.links if url_role(link.url) == "paper"]
    return any(x != (None, None, None, None) and x not in seen for x in own)


#: a reference's number before its title: "【1】 ", "[2] ", "3. ", "(4) ", "（5） "
_LEAD_MARK = re.compile(r"^\s*(?:【\d+】|\[\d+\]|[(（]\d+[)）]|\d+[.)、])\s*")
_LATIN = re.compile(r"[A-Za-z]")


def _lead_title(lead: str, field_title: str) -> str:
    """The title a line over a title-field record gives (``【1】 Correlation Filter for …``, its number cut) when
    the field gives only a translation (no Latin letter: ``**标题**：相关过滤…``); else ""."""
    title = _LEAD_MARK.sub("", lead).strip()
    return title if title and _LATIN.search(title) and not _LATIN.search(field_title) else ""


#: a word in Latin script (two letters or more), as an original title's words are
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


def translated_title_field(title: str, field_title: str) -> bool:
    """Whether a record's title field only translates the title its bold lead already gives: the lead is the
    work's own title in Latin script (``**The Elements of End-to-end Deep Face Recognition: A Survey**<br>``)
    and the field that follows it has no Latin letter (``**标题：** 端到端深度人脸识别原理：最新进展综述<br>``).
    A bilingual reading list writes the original over its translation, as it does with a numbered lead line
    (``_lead_title``); the original is what the work is cited and found by. A short name in the lead
    ("**MedSAM**") names no title: the field's title stands then."""
    return len(_LATIN_WORD.findall(title)) >= 3 and not _LATIN.search(field_title)


def _numbered_name(inl: _Inline) -> str:
    """The name a numbered plain line gives the record whose role fields follow it — ``(1) C-RNN-GAN`` /
    ``- Paper link: https://arxiv…`` / ``- Code link: https://github…`` — without its number; else "".

    CommonMark reads ``(1)``, ``[2]`` or ``【3】`` as text, not as a list marker, so such a record's name is a
    paragraph of its own. Its number is what sets it apart from an author line or a remark over the fields:
    one line, no link, a reference's number and then a name (a single word is enough: the fields say it is
    a work)."""
    text = inl.plain.strip()
    if inl.links or "\n" in text or inl.strong_only:
        return ""
    m = _LEAD_MARK.match(text)
    if m is None or not text.startswith(("(", "（", "[", "【")):
        return ""
    if text.endswith(_COLONS):
        return ""  # "(1) Links:": a lead-in to the bullets, no work's name
    name = _clean_title(text[m.end():])
    return name if _is_meaningful(name) and len(name.split()) <= 25 else ""


def _titled_work_item(inl: _Inline, label: str) -> bool:
    """A sub-bullet whose ``label:`` is the short name of a work and whose value goes on with the work's title:
    ``VGG: Very Deep Convolutional Networks for …, ICLR 2015[(pdf)](…)``, ``Inception：Going Deeper with
    Convolutions``, ``**BERT: Pre-training of …**, Devlin et al[(pdf)](…)``: under a link-less group bullet
    ("- Classification") such items are works of their own, not fields of the group. A field's label is a
    generic word (``Paper``, ``Code``, ``Authors``, ``Venue``, ``Title``) or its value is no title. The title is
    title-cased, or the value is a whole dated citation in sentence case (``_dated_citation``: "- SciBERT" /
    "  - SciBERT: A pretrained language model for scientific text. 2019. [paper](…)")."""
    if len(label.split()) > 3 or field_role(label) is not None or label.casefold() in PAPER_TAG_WORDS \
            or _LINK_FIELD_LABEL.match(label) or _BIB_FIELD.match(label) or _TITLE_FIELD.match(label) or not any(ch.isupper() for ch in label):
        return False
    first = next((link for link in inl.links if not link.image), None)
    line = inl.plain if first is None else inl.plain[:first.start]
    value = _split_label(line.split("\n", 1)[0])[1].strip(" \t*_,.([（【")
    # the title runs to the first comma; authors, venue and year may follow it ("…, Kaiming He et al, CVPR 2016")
    title = value.replace("，", ",").split(",", 1)[0]
    words = [w for w in title.split() if sum(map(str.isalpha, w)) >= 2]
    if len(words) < 3 or not (title_cased(title) or _dated_citation(value, first)
                              or _article_linked_title(value, first) or _cited_before_etal_byline(value, first)) \
            or _author_list_byline(value) and not _title_then_et_al(value):
        return False
    if first is None:
        # a link-less one must read as a title throughout ("Size: 10 GB", "Note: see the appendix", "Tags:
        # Segmentation, Weak Supervision, Vessels" do not)
        return len(words) >= 4 and reads_like_paper_title(value) and sum(value.count(c) for c in ",，、;") < 2
    return True


def _named_method_reference(inl: _Inline, label: str) -> bool:
    """A sub-bullet whose ``label:`` is a method's short name and whose value is a whole reference that opens with
    its authors: ``- Multiplex imaging methods:`` / ``  - **IMC:** Giesen, C. et al. Highly multiplexed imaging of
    …. Nat. Methods 11, 417–422 (2014), https://doi.org/…``. Under a link-less group bullet each such item cites the
    paper that introduced the method, a work of its own, not a field of the group; read as the group's fields, every
    paper took the group's name as its title. A field's label is a generic word (``Paper``, ``Authors``, ``Title``)
    and a bibliographic field's value ("Citation: Smith, J. …") is no method's name; only a short capitalised name
    counts."""
    if len(label.split()) > 3 or field_role(label) is not None or label.casefold() in PAPER_TAG_WORDS \
            or _LINK_FIELD_LABEL.match(label) or _BIB_FIELD.match(label) or _TITLE_FIELD.match(label) or not any(ch.isupper() for ch in label):
        return False
    first = next((link for link in inl.links if not link.image), None)
    line = inl.plain if first is None else inl.plain[:first.start]
    value = _split_label(line.split("\n", 1)[0])[1].strip()
    return len(value) > len(label) and authors_first_reference(" ".join(value.split()))


def _cited_before_etal_byline(value: str, first: _RawLink | None) -> bool:
    """``BLEU: a method for automatic evaluation of machine translation, Kishore Papineni et al, ACL 2002`` then
    ``[(pdf)](…)``: the value of a ``Name:`` item is a whole citation in sentence case — the title, its first
    author's full name and "et al.", then the venue and year (``inline.cut_inner_etal_byline``) — and the item's
    link is named by its role. Why: a title cited in the case its venue printed it need not be title-cased to name
    a work, as ``_dated_citation`` says of a dated one; the byline and the year say it is one (a field's value,
    "Size: a few thousand reports", names no author)."""
    if first is None or not _is_role_word(first.text):
        return False
    return bool(cut_inner_etal_byline(value.rstrip(" ."))[1])


def _title_then_et_al(value: str) -> bool:
    """``Deep and Light-weight Transformer, Sachin Mehta et al.``: a ``Name:`` item's value whose last comma-part is
    one person's name closed by "et al." credits the work's authors there; what comes before that comma is the
    title. Why: an "and" in the title ("Deep and Light-weight …") split it into what read as two names, and the
    value as a whole as a byline; a byline lists its names together ("Name, Name and Name"), never a pair of
    names, a comma, then one more name and "et al."."""
    head, comma, tail = value.rstrip(" .").rpartition(",")
    name = without_et_al(tail.strip())
    return bool(comma and head.strip()) and name != tail.strip() and len(_names(name)) == 1 and _names_people(name)


def _article_linked_title(value: str, first: _RawLink | None) -> bool:
    """``DIAS: A dataset and benchmark for intracranial artery segmentation in DSA sequences.`` /
    ``[1](https://doi.org/…)``: the value of a ``Name:`` item reads as a paper title in sentence case and the
    item's first link is an article's (a DOI or an arXiv id in its URL). A field's value ("Input: 512 x 512
    CT slices", "Size: 31 M parameters") links no article; a work cited in sentence case (as its journal set
    it) need not be title-cased to be one."""
    if first is None or first.image or not reads_like_paper_title(value):
        return False
    return bool(ids.doi_from_url(first.url) or ids.arxiv_from_url(first.url))


def fields_link_article(record: _RoleFields) -> bool:
    """Some field of a record links an article (a DOI or an arXiv id in its URL): ``- Link：https://arxiv.org/abs/…``.
    The address says the record's work is a paper, whatever its generic label ("Link") does not."""
    return inlines_link_article(record.inlines)


def inlines_link_article(inlines: list[_Inline | None]) -> bool:
    """Some of ``inlines`` (a record's field bullets) links an article: a DOI or an arXiv id in its URL, or a
    link-less identifier field that writes one out (``- **arXiv**: 2407.16804``, ``- DOI: 10.1145/…``)."""
    return any(not link.image and (ids.doi_from_url(link.url) or ids.arxiv_from_url(link.url))
               for inl in inlines if inl is not None for link in inl.links) \
        or any(_identifier_field(inl) for inl in inlines if inl is not None)


def _identifier_field(inl: _Inline) -> bool:
    """``- **arXiv**: 2407.16804`` / ``- **DOI**: 10.1038/…`` / ``- PMID: 31234567``: a link-less field whose label
    names the paper's role (an identifier's kind) and whose whole value is one identifier. A downloaded-papers
    list writes each record's arXiv id so, as a value, not as a link: the identifier says the record's work is
    an article as an arXiv or DOI address would."""
    label = _field_label(inl)
    if inl.links or not label or field_role(_clean_title(label)) != "paper":
        return False
    value = _split_label(inl.plain.split("\n", 1)[0])[1].strip()
    if not value or len(value.split()) > 1:
        return False  # one identifier, nothing else ("- arXiv: to be submitted" names none)
    text = ids.labelled_identifier(_clean_title(label), value)
    text = text if text != value else f"{_clean_title(label)}: {value}"
    return ids.identifiers_from(text, ()).any()


def document_copy_field(inl: _Inline, label: str) -> bool:
    """``- **File**: [2407.16804_survey.pdf](2407.16804_survey.pdf)``: a field of a short label (three words or
    fewer) whose every link is a PDF document (its address's path ends in ``.pdf``). Whatever the label says
    ("File", "Local copy"), the bullet gives the record's work as a document, one of the record's own links,
    as a "PDF:" field would; it is no reference of its own."""
    if not label or len(label.split()) > 3 or not inl.links:
        return False
    return all(not link.image and link.url.split("#", 1)[0].split("?", 1)[0].lower().endswith(".pdf")
               for link in inl.links)


def url_valued_field(inl: _Inline, label: str) -> bool:
    """``- **Semantic Scholar**: https://www.semanticscholar.org/paper/…``: a field of a short label (three words
    or fewer) whose whole value is one address written out. Whatever the label names (a site, an index), the
    bullet only says where the record's work is found: one of its links, not a reference of its own."""
    if not label or len(label.split()) > 3 or len(inl.links) != 1 or not _spells_address(inl.links[0]):
        return False
    return _split_label(inl.plain.split("\n", 1)[0])[1].strip() == inl.links[0].text.strip()


#: the fewest letters of a link's text that may name the site it reaches ("ACM", "IEEE", "ScienceDirect")
_MIN_SITE_NAME_CHARS = 3


def site_named_link_field(inl: _Inline, label: str) -> bool:
    """``- **URL:** [ScienceDirect](https://www.sciencedirect.com/…)``, ``- **Link:** [Springer](https://link…)`` — a
    generic link field (``_LINK_FIELD_LABEL`` naming no role of its own: "URL", "Link") whose whole value is one
    link named by the site it reaches — its text, letters and digits only, is a part of the address's host
    ("usenix" in usenix.org, "neurips" in proceedings.neurips.cc). The field only says where the record's work is
    published, as a written-out address does (``url_valued_field``); a link named by a work's title or a tool's
    name is a reference of its own. Why: a numbered paper record ("### 8. Title" / "- **Venue:** …" /
    "- **URL:** [ScienceDirect](…)" / "- **Why it matters:** …") was read as three entries, one a paper titled
    "URL"."""
    if not label or field_role(_clean_title(label)) is not None or not _LINK_FIELD_LABEL.match(_clean_title(label)) \
            or len(inl.links) != 1 or inl.links[0].image:
        return False
    link = inl.links[0]
    if _split_label(inl.plain.split("\n", 1)[0])[1].strip(" *_") != link.text.strip():
        return False
    name = textkey.alnum_key(link.text)
    plain = ids.split_plain_url(link.url.strip())
    host = plain[0] if plain is not None else ""
    return len(name) >= _MIN_SITE_NAME_CHARS and name in host.replace("-", "")


def _dated_citation(value: str, first: _RawLink | None) -> bool:
    """``A pretrained language model for scientific text. 2019`` then ``[paper](…)``: the value of a ``Name:`` item
    is a whole citation — a title sentence, its year as a sentence of its own, then the work's link named by its
    role. Such a title keeps the case it was cited in (sentence case, as reference managers export it), so it
    need not be title-cased to name a work: the year and the paper link say it is one ("- SciBERT" /
    "  - SciBERT: A pretrained language model for scientific text. 2019. [paper](…)")."""
    if first is None or not _is_role_word(first.text):
        return False
    head = value.rstrip(" .")
    year = _LEAD_YEAR_END.search(head)
    return year is not None and head[:year.start()].rstrip().endswith(".")


def field_role(label: str) -> str | None:
    """The role a record's field label names: ``Paper``, ``Code``, ``论文地址`` (``论文`` + an address word)."""
    return label_role(label) or (label_role(label[:-2]) if label.endswith(_ZH_LABEL_ENDINGS) else None)


#: how many doubled link slots may close a link-less line ("[[Paper]] [[Code]] [[Project]]"): a few
_MAX_DOUBLED_SLOTS = 8


def unfilled_paper_slots(lead_line: str) -> tuple[str, list[str]] | None:
    """``Title (arXiv 2024) [[Paper]]`` → ("Title (arXiv 2024)", ["Paper"]): a link-less line closed by the
    doubled slots of its links, written as its linked neighbours' ``[[Paper]](…)`` are but never filled in, one
    of them the paper's. None when no such slot names the paper: a single bracket closing a line is as often the
    work's venue tag ("Title [MICCAI'20]", "Title. [Nat. Genet. 2015]"), which the reference keeps, and a line
    closed by "`[code] [website]`" only says nothing of what it names. (A slot naming a year is a venue tag too.)"""
    s, found = lead_line.rstrip(), []
    for _ in range(_MAX_DOUBLED_SLOTS):
        if not s.endswith("]]"):
            break
        open_at = s.rfind("[[")
        inner = s[open_at + 2:-2].strip()
        if open_at < 0 or not inner or "[" in inner or "]" in inner or any(ch.isdigit() for ch in inner) \
                or not _is_role_word(inner) or not _is_meaningful(s[:open_at]):
            break
        found.append(inner)
        s = s[:open_at].rstrip()
    return (s, found) if any(field_role(t) == "paper" for t in found) else None


#: "A, B, and C" / "A and B": the names before a cited title (plain text, not Markdown)
#: (never from inside a space run, "(?!(?<=\s)\s)": tried from every space of one, a cell's long run was quadratic)
_NAME_SEPARATOR = re.compile(r"(?!(?<=\s)\s)(?:\s*,\s*(?:and\s+)?|\s+and\s+)")


def _names(lead: str) -> list[str]:
    """``Sepp Hochreiter and Jurgen Schmidhuber, `` → the names."""
    return [a for a in _NAME_SEPARATOR.split(lead.strip(" ,;")) if a.strip()]


#: a name's initials standing alone after its surname and a comma ("Lindqvist, E.", "Moreau, J.-P."): no name
_INITIALS_ONLY = re.compile(r"(?:[A-Z]\.?(?:\s?-\s?|\s)?){1,3}")
#: "et al." closing a byline ("Ines Okafor et al.", "Lindqvist, E., et al."). A match starts where a space run
#: starts, and the comma takes the spaces after it ("\s*,?\s*" split a cell's long space run every way, from every
#: space of it: 1,200 spaces in an Authors cell took 32 s)
_ET_AL_CLOSE = re.compile(r"(?<!\s)\s*(?:,\s*)?\bet\.?\s*al\.?\s*$", re.I)


def column_authors(cell: str) -> list[str]:
    """``| Authors |`` cell → the names it credits: "Marta Olsen, Jonas Weber, Priya Natarajan", "Chen Wei & Ana
    Costa", "Okafor C, Haddad R", "Lindqvist, E., Moreau, L., et al." (a surname and its initials are one name,
    "et al." none). Why: a table's row states its work's byline in a column of its own, the way a reference's
    byline opens it; read as a plain field it left the work without authors. [] when the cell reads as no list of
    people's names ("maintained by the lab team since 2019")."""
    closed = _ET_AL_CLOSE.search(cell.strip(" ,;")) is not None
    cell = _ET_AL_CLOSE.sub("", cell.strip(" ,;")).strip(" ,;")
    if not cell or not _names_people(cell):
        return []
    pieces = [piece.strip() for piece in _names(cell.replace("&", " and ").replace(";", ",")) if piece.strip()]
    if closed and len(pieces) == 2 and all(len(piece.split()) == 1 for piece in pieces):
        return [", ".join(pieces)]  # "Larsen, Mette et al.": the first author, surname first, then "et al."
    names: list[str] = []
    for piece in pieces:
        if names and _INITIALS_ONLY.fullmatch(piece) and "," not in names[-1]:
            names[-1] = f"{names[-1]}, {piece}"  # "Lindqvist, E.": the initials go with the surname before them
        else:
            names.append(piece)
    return names


@dataclass(slots=True)
class _RoleFields:
    """A list read as one record's role fields (``_role_fields``)."""

    inlines: list[_Inline | None]  # every item's inline content (the record's field list)
    labels: list[str]  # the fields' labels, in order
    empty: list[str]  # labels of fields without a link ("- [ ] 模型代码", "论文：暂无")
    linked: bool  # some field has a link
    cites: bool = False  # some field names the work's authors or venue ("- **作者**: …", "- **发表**: ICML 2017")


def _spells_address(link: _RawLink) -> bool:
    """A link that shows its address, not a name: a bare URL (``https://…``), or a link whose text is an address
    written out (``[https://arxiv.org/abs/…](https://arxiv.org/abs/…)``, the form many editors turn a pasted URL
    into). Either says only where the link goes, so "Link：" before it is a field label, not a work's name."""
    return link.bare or ids.written_address(link.text)


def _role_link_alone(inl: _Inline) -> str:
    """``- [Paper](…)``, ``- [Code](…)``, ``- 🧪 [Download PDF](…)``: a bullet that is one link whose text names a
    role, nothing else (a pictograph before it only decorates it), is the record's field of that role; its
    label is the link's text. "" for any other bullet."""
    if len(inl.links) != 1 or not _is_role_word(inl.links[0].text):
        return ""
    return _bracket_label(inl.links[0].text) \
        if len(strip_symbols(_clean_title(inl.plain))) <= len(inl.links[0].text) + 2 else ""


def links_field_names_paper(inl: _Inline | None) -> bool:
    """``- **Links:** [Paper](…) · [Code](…)``: a generic link field (``Links:``, ``URL:``) whose links' own texts
    name their roles, one of them the paper's. Why: a method card may gather the work's paper and code in one
    "Links" field rather than a "Paper:" and a "Code:" field; the texts then say which link is the article, as a
    "Paper:" label does (a "Links:" field of untold links still says nothing of the kind)."""
    if inl is None or not inl.links:
        return False
    label = _clean_title(_field_label(inl))
    return bool(label) and _LINK_FIELD_LABEL.match(label) is not None and field_role(label) is None \
        and any(field_role(_bracket_label(link.text)) == "paper" for link in inl.links)


def _role_fields(node: _Node, notes: bool = False, labelled_notes: bool = False) -> _RoleFields | None:
    """A flat list whose bullets are all role fields of one work — ``- Paper: https://arxiv…``, ``- 论文地址：[…](…)``,
    ``- Code:`` (empty), ``- [ ] 模型代码``, ``- [Code](…)`` (a role link alone), ``- Label: <url>`` — or None.

    With ``notes``, short link-less bullets (``- CVPR 2020 Oral``) and link-less sentences that cite no work
    (``- 该仓库提供训练与推理代码。``, ``- Adapts SAM to medical images.``) are notes on the record; with
    ``labelled_notes`` (a bold title's fields), so are link-less fields whose label names no role (``- intro: ECCV
    2016``), but for a title field. Items are read one at a time: every list of a document is asked, and most fail
    at their first bullet."""
    if any(c.kind != "Item" or (any(x.kind == "List" for x in c.children) and not (notes and _further_reading_item(c)))
           for c in node.children):
        return None  # nested bullets: entries of their own, not one record's fields
    record = _RoleFields([], [], [], False)
    for item in node.children:
        if any(x.kind == "List" for x in item.children):
            continue  # "* 相关参考：" over blog posts on the work: a note on the record (``_further_reading_item``)
        inl = _inline(item.children)
        record.inlines.append(inl)
        if not inl.links and not _is_meaningful(inl.plain):
            continue  # "* <details>…</details>": a folded note, no field and no entry
        label = _field_label(inl)
        value = _split_label(inl.plain.split("\n", 1)[0])[1].strip() if label else ""
        if label and not inl.links and _BIB_FIELD.match(_clean_title(label)):
            # "- Authors: …" / "- Venue: MICCAI 2021" among "- Paper: …" / "- Code: …": the record's citation
            record.labels.append(label)
            record.cites = record.cites or _is_meaningful(value)
            continue
        if not label and not inl.links and field_role(_clean_title(inl.plain)) is not None \
                and not _remark(_clean_title(inl.plain)):
            # "- [ ] 模型代码", "* Code": a field left without its value ("- 以上论文均已上传至网盘。" is a sentence
            # that mentions papers, no field)
            label = _clean_title(inl.plain)
        elif not label:
            label = _role_link_alone(inl)  # "- [Paper](…)" / "- [Code](…)": a role link alone
        if not label:
            if notes and not inl.links and (len(inl.plain.split()) <= 6 or _remark(_clean_title(inl.plain))):
                continue  # "- CVPR 2020 Oral", "- 作者已归档该仓库。": a note on the record
            return None
        if labelled_notes and not inl.links and field_role(label) is None and not _TITLE_FIELD.match(label):
            # "- intro: ECCV 2016" / "- intro: use max-pooling to aggregate …" among "- arxiv: …" / "- github: …":
            # a link-less field whose label names no role is the record's note, as an unlabelled one is
            continue
        if field_role(label) is None and not url_valued_field(inl, label) and not site_named_link_field(inl, label):
            # every bullet a role field ("Paper:", "Code:"), "Label: <url>" or "URL: [Site](…)", nothing else
            return None
        record.labels.append(label)
        record.linked = record.linked or bool(inl.links)
        if not inl.links:
            record.empty.append(label)  # "- Code:", "论文：暂无" (none yet): the field's link is still to come
    return record


def _further_reading_item(item: _Node) -> bool:
    """``* 相关参考：`` / ``  * 某某学习笔记 - 知乎 https://zhuanlan…``: among a record's role fields, a link-less label of a
    few words closed by a colon over nested bullets none of which links an article (no DOI, arXiv or PubMed address):
    the reader's further reading on the work (blog posts, answers), a note on the record, not entries of its own."""
    inl = _inline([c for c in item.children if c.kind != "List"])
    text = inl.plain.strip()
    if inl.links or not text.endswith((":", "：")) or len(text.split()) > 4:
        return False
    nested = [n for c in item.children if c.kind == "List" for n in _walk_items(c)]
    return all(not any(any(ids.ids_from_url(link.url)) for link in _inline(n.children).links) for n in nested)


#: the labels of a record's fields that say who wrote the work, and where it appeared
_AUTHOR_LABELS = (r"authors?|author\(s\)|作者|著者|著者名|저자|autor(?:es|as|en)?|auteurs?|autori|авторы?|tác\s+giả|"
                  r"yazarlar?|نویسندگان|نویسنده")
_VENUE_LABELS = (r"venue|published\s+in|publication|journal|conference|publisher|发表|发表于|出处|期刊|会议|학회|"
                 r"revista|conferencia|conferência|konferenz|zeitschrift|revue|conférence|журнал|конференция|"
                 r"hội\s+nghị|tạp\s+chí|dergi|konferans")
#: the label of a bibliographic field of a record: who wrote the work, where and when it appeared
_BIB_FIELD = re.compile(rf"(?i)^\s*(?:{_AUTHOR_LABELS}|{_VENUE_LABELS}|published|year|发表时间|年份)\s*$")
#: an authors field, and a field saying where the work appeared (not its year: a dated blog post has one too)
_AUTHORS_FIELD = re.compile(rf"(?i)^\s*(?:{_AUTHOR_LABELS})\s*$")
_VENUE_BIB_FIELD = re.compile(rf"(?i)^\s*(?:{_VENUE_LABELS})\s*$")


def names_authors_only(fields: Sequence[tuple[str, str]]) -> bool:
    """``- **作者**: Brady Neal`` / ``- **功能**: …`` / ``- **支持数据集**: …``: of a record's labelled fields, the only
    bibliographic one names its authors (no venue, no year, no "Published"): who made the thing, not where a work
    appeared. An author alone is also a tool's or a tutorial's (``_cites_fields``)."""
    authors = False
    for label, _ in fields:
        if _AUTHORS_FIELD.match(label):
            authors = True
        elif _BIB_FIELD.match(label):
            return False
    return authors


#: a "Publication:" that names a medium, not a journal or proceedings
_NOT_A_VENUE = frozenset("blog|blog post|podcast|video|youtube|tutorial|website|web page|webpage|medium|newsletter|"
                         "talk|slides|course|lecture|book|news|press release|twitter|tweet|documentation|wiki".split("|"))


def _cites_fields(fields: Sequence[tuple[str, str]]) -> bool:
    """``**[Title](…)**\\`` / ``*Publication:* Journal of Biomedical Informatics\\`` / ``*Authors:* Roberts, A.``:
    the hard-broken ``label: value`` lines of one record name who wrote the work and where it appeared (a
    journal, proceedings), so it is a reference to a scholarly work. "*Publication:* Blog" names a medium, and an
    author alone is also a blog post's; neither is enough."""
    authors = venue = False
    for label, value in fields:
        value = value.strip(" .*_")
        if not _is_meaningful(value):
            continue
        if _AUTHORS_FIELD.match(label):
            authors = True
        elif _VENUE_BIB_FIELD.match(label) and value.casefold() not in _NOT_A_VENUE:
            venue = True
    return authors and venue


#: a record's field written as a sentence, no colon after its label: the verb saying where the work appeared and its
#: preposition, then the venue ("Published in [Nature Communications (2020)](…).", "Accepted at MICCAI 2023")
_VENUE_VERB_FIELD = re.compile(r"(?i)(?:published|presented|accepted|appeared)[ \t]+(?:in|at|to|by)\b(?=[ \t]*\S)")
#: the label of a field giving the terms a work is shared under: its link is the licence's text, no entry
_TERMS_FIELD = re.compile(r"(?i)^\s*(?:licen[cs]e|copyright|许可证?|授权)\s*$")


#: a number glued to the bare URL after it, no space between ("1.https://blog…"): CommonMark reads no list marker
#: there, so the lines are one paragraph
_GLUED_URL_NUMBER = re.compile(r"\d{1,3}[.)](?=https?://)")
#: the fewest such lines that make a numbered list of links (one "1.https://…" alone may be a record's link line)
GLUED_NUMBER_URL_LINES_MIN = 2


def glued_number_url_lines(p: _Node) -> list[tuple[_Node, _Inline]] | None:
    """``1.https://blog.csdn.net/…`` / ``2.http://yann.lecun.com/exdb/publis/pdf/chopra-05.pdf``: a paragraph
    every line of which is a number glued to one bare URL and nothing else — a numbered list written without the
    space after its numbers, each line an item of one link. Its lines as paragraphs of their own, else None. Why:
    read as prose under a heading, the lines were one record titled by the heading (a topic, "损失函数、激活函数、
    评估指标"), a paper for its one PDF among blog posts."""
    if p.kind != "Paragraph":
        return None
    lines = [(line, _inline(line.children)) for line in _paragraph_lines(p)]
    for _, inl in lines:
        plain = inl.plain.strip()
        m = _GLUED_URL_NUMBER.match(plain)
        if m is None or len(inl.links) != 1 or not inl.links[0].bare \
                or plain[m.end():].strip() not in (inl.links[0].url, inl.links[0].text):
            return None
    return lines or None


def glued_number_url_list(heading: str, paragraphs: Sequence[_Node]) -> list[tuple[_Node, _Inline]] | None:
    """The lines of ``paragraphs`` under a link-less ``heading`` when they are all ``glued_number_url_lines``, at
    least ``GLUED_NUMBER_URL_LINES_MIN`` of them, and the heading reads like no paper's title (a topic: "损失函数、
    激活函数、评估指标"), else None. A title over numbered links ("### U-Net: …" / "1.https://arxiv…" /
    "2.https://github…") is one work's record, the lines its paper and its code."""
    lines: list[tuple[_Node, _Inline]] = []
    for p in paragraphs:
        got = glued_number_url_lines(p)
        if got is None:
            return None
        lines.extend(got)
    if len(lines) < GLUED_NUMBER_URL_LINES_MIN or classify.reads_like_paper_title(heading):
        return None
    return lines


#: a record number glued to the bold title after it, no space between ("1.**Title**"): CommonMark reads no list
#: marker there, so the line is a paragraph of its own
_GLUED_BOLD_RECORD_NUMBER = re.compile(r"\d{1,3}[.)](?=\*\*|__)")


def glued_number_bold_title(inl: _Inline, raw: str) -> str:
    """``1.**Automatic diagnosis of the 12-lead ECG using a deep neural network.**``: a paragraph that is a record
    number glued to one bold span (``raw`` its source text) — the bold text, else "". With a space after the number
    the line would be a numbered list item titled by its bold text; without it, it is the same title."""
    m = _GLUED_BOLD_RECORD_NUMBER.match(raw.strip())
    plain = inl.plain.strip()
    if m is None or inl.links or "\n" in plain or not inl.bold or len(inl.bold) != 1 \
            or not plain.startswith(m.group(0)):
        return ""
    start, end = inl.bold[0]
    bold = inl.plain[start:end]
    return bold.strip() if bold.strip() and plain[len(m.group(0)):].strip() == bold.strip() else ""


def unlabelled_bib_field(inl: _Inline) -> str:
    """The field an unlabelled bullet of a work's metadata list gives, as a label (or ""): a sentence naming where
    the work appeared (``- Published in [Nature Communications (2020)](nature…).`` → "Venue"), or a byline
    set wholly in emphasis that only names people (``- *Ribeiro, A.H., Ribeiro, M.H., Paixão, G.M.M. et al.*`` →
    "Authors"). Lists that describe one work under its bold title write their venue and authors so, with no
    ``label:`` before them; such bullets are the record's fields, not entries of their own."""
    text = " ".join(inl.plain.split())
    if "\n" in inl.plain.strip():
        return ""
    if _VENUE_VERB_FIELD.match(text) is not None:
        return "Venue"  # ("Accepted at MICCAI 2023": where it appeared, whatever the verb)
    if inl.links or not inl.emphasis or not any(" ".join(e.split()) == text.strip(" *_") for e in inl.emphasis):
        return ""
    names = text.strip(" *_.")
    words = names.split()
    if len(words) > 2 and words[-2].casefold() == "et" and words[-1].casefold().rstrip(".") == "al":
        names = " ".join(words[:-2]).rstrip(" ,")  # "…, Paixão, G.M.M. et al."
    return "Authors" if "," in names and _names_people(names) else ""


#: the fewest words of prose before a dated name's first link for the line to describe a thing of its own
_MIN_DESCRIBED_WORDS = 3


def _described_dated_name(inl: _Inline) -> bool:
    """``- **Sports-1M** (2014): 1,133,158 videos · 487 sports labels. [Official](…)``: a bullet whose label is a
    name in bold and its year after it, then a sentence describing the thing (three words or more) before its first
    link, is an entry of its own (a data set, a tool), no field of one work. Why: the label reads as a venue and its
    year ("CVPR (2019): [paper](…)", a field of the work's own links), so a bold label over a list of such
    entries ("**Datasets & Benchmarks**") took every entry's link as its own and became one record titled by the
    label. A venue field's value is its links, or a word or two ("Oral"), never a sentence before them; and the
    bold of such a field covers its year too."""
    lead = inl.strong_lead.strip()
    first = next((link for link in inl.links if not link.image), None)
    line = inl.plain.split("\n", 1)[0]
    label, _ = _split_label(line)
    if not lead or first is None or not label.startswith(lead) or not _YEAR_IN_TEXT.search(label[len(lead):]):
        return False
    colon = min((i for i in (line.find(":"), line.find("：")) if i >= 0), default=-1)
    if colon < 0 or first.start <= colon:
        return False
    words = [w for w in line[colon + 1:first.start].split() if any(ch.isalpha() for ch in w)]
    return len(words) >= _MIN_DESCRIBED_WORDS


def _metadata_fields(node: _Node, bylined: bool = False) -> _RoleFields | None:
    """``- **作者**: …`` / ``- **发表**: ICML 2017`` / ``- **核心内容**:`` (link-less sub-bullets) /
    ``- **代码**: [GitHub](…)`` / ``- **链接**: [PMLR](…) | [arXiv](…)``: a flat list of ``label: value``
    fields describing one work, one of them bibliographic (its authors or where it appeared), or None.
    Under a head that gives the work's byline itself (``bylined``: "**Shortliffe (1976)** - MYCIN: …" over "-
    **Type:** Book" / "- **Key Points:**" / "- **BibTeX Key:** …"), the labelled fields need no bibliographic one:
    the head already says who wrote the work and when.

    Every bullet must be a labelled field; a label-only field may hold link-less sub-bullets (its
    value written as notes). A field other than a role field ("Code:", "Paper:") or a generic
    "Link:" must carry no link: "Datasets: [A](…), [B](…)" is a list of entries, not a record."""
    record = _RoleFields([], [], [], False)
    bib = linked_field = False
    for item in node.children:
        if item.kind != "Item":
            return None
        inl = _inline([x for x in item.children if x.kind != "List"])
        record.inlines.append(inl)
        label = _field_label(inl) or _role_link_alone(inl) or unlabelled_bib_field(inl)  # "- 🧪 [Download PDF](…)"
        if not label and not any(x.kind == "List" for x in item.children) and _venue_note(inl):
            continue  # "- 📖 [Proceedings of the IEEE/CVF International Conference …, 2021]": where it appeared
        if not label or len(label) > 24:
            return None
        label = _clean_title(label)
        subs = [x for x in item.children if x.kind == "List"]
        if subs:
            value = _split_label(inl.plain.split("\n", 1)[0])[1].strip()
            if value or inl.links or any(_inline(y.children).links for x in subs for y in _walk_items(x)):
                return None  # a field with sub-bullets of links: entries of their own
        if _BIB_FIELD.match(label):
            value = _split_label(inl.plain.split("\n", 1)[0])[1].strip()
            bib = True
            if _is_meaningful(value) and not inl.links:
                record.cites = True  # the work's authors or venue, written out
        elif inl.links and field_role(label) is None and not _LINK_LABEL_ONLY.match(label) \
                and not links_field_names_paper(inl) and not _TERMS_FIELD.match(label):
            return None  # ("- **Links:** [Paper](…) · [Code](…)": the work's own links; "- License: [CC BY 4.0](…)")
        elif inl.links and field_role(label) is None and _described_dated_name(inl):
            return None  # ("- **Sports-1M** (2014): 1,133,158 videos · 487 labels. [Official](…)": an entry)
        elif _TERMS_FIELD.match(label):
            pass  # the licence's link is no link of the work's
        elif inl.links:
            linked_field = True
        record.labels.append(label)
        record.linked = record.linked or bool(inl.links)
    # a bibliographic field, or (two fields or more) a field of the work's own links: "- **链接**: [arXiv](…)"
    return record if bib or bylined or linked_field and len(record.labels) >= 2 else None


#: a venue's short name and a two-digit year after an apostrophe: "ACL'18", "NeurIPS '21", "WWW’07"
_VENUE_SHORT_YEAR = re.compile(r"[A-Z][A-Za-z&-]{1,15}\s?['’]\d\d")


def _venue_note(inl: _Inline) -> bool:
    """``- 📖 [Proceedings of the IEEE/CVF International Conference on Computer Vision, 2021]``, ``- MICCAI 2021``:
    a link-less, unlabelled bullet among a record's fields that only says where and when the work appeared (a
    venue's word or a venue label, then the year; brackets around it are no link, CommonMark keeps them as
    text). It is a note on the record, not an entry nor a field that breaks it."""
    if inl.links or "\n" in inl.plain.strip():
        return False
    text = strip_symbols(_clean_title(inl.plain)).strip(" []()【】.")
    if _VENUE_SHORT_YEAR.fullmatch(text):
        return True  # "ACL'18", "NeurIPS '21": a venue's short name and the year's last two digits
    year = _LEAD_YEAR_END.search(text)
    if year is None or len(text.split()) > 16:
        return False
    venue = text[:year.start()].strip(" ,(")
    return venue_year_label(text) or any(w.strip(".,:;()/").casefold() in VENUE_WORDS for w in venue.split())


#: the most words of an italic note on the work above it ("*Controllable multiview diffusion for object editing*")
_MAX_NOTE_WORDS = 8


def _emphasised_note(inl: _Inline) -> bool:
    """A link-less sub-bullet of a few words set wholly in emphasis: ``*OpenAI*``, ``*SIGGRAPH 2023 Course*``."""
    if inl.links or not inl.emphasis:
        return False
    text = " ".join(inl.plain.split()).strip(" *_")
    return 0 < len(text.split()) <= _MAX_NOTE_WORDS and any(" ".join(e.split()) == text for e in inl.emphasis)


#: the words by which a line names an institution ("Harvard Medical School", "Microsoft Research Asia", "IBM Labs")
_INSTITUTION_WORDS = frozenset("""university universität université universidad universidade institute institut
    school college hospital laboratory laboratories lab labs research center centre academy inc corporation
    foundation clinic""".split())
#: the small words a name of an institution may hold uncapitalised ("University of Oxford", "Institut de …")
_INSTITUTION_PARTICLES = frozenset({"of", "for", "the", "de", "and", "du", "des", "für"})
#: the parts of a list of institutions: "MIT CSAI, Harvard Medical School, Tsinghua University"
_INSTITUTION_SEPARATORS = re.compile(r"[,;&/]| and ")
#: a note on a work is a line, not a paragraph
_MAX_REMARK_WORDS = 20


def _names_institutions(text: str) -> bool:
    """``MIT CSAI, Harvard Medical School, Tsinghua University``: every comma-separated part a capitalised name of
    at most five words, one of them naming an institution (``_INSTITUTION_WORDS``)."""
    parts = [p.split() for p in _INSTITUTION_SEPARATORS.split(text)]
    if not all(1 <= len(p) <= 5 for p in parts):
        return False
    if not all(w[:1].isupper() or w in _INSTITUTION_PARTICLES for p in parts for w in p):
        return False
    return any(w.casefold().strip(".") in _INSTITUTION_WORDS for p in parts for w in p)


def _note_on_linked_work(inl: _Inline) -> bool:
    """A link-less one-line sub-bullet of at most ``_MAX_REMARK_WORDS`` words and no year that either does not read
    as a work's title (``reads_like_paper_title``: a maker's name, "Nvidia", "Microsoft Research Asia"; a reader's
    remark, "General guide for FL in healthcare. Nice written paper.") or names institutions
    (``_names_institutions``: "Boston University, Massachusetts General Hospital"). Under an item linking its
    article such a line says who made the work or what the reader thinks of it. A title ("Deep Residual Learning
    for Image Recognition"), a dated line ("Smith et al., 2020") and a line with a link of its own are not notes."""
    if inl.links or inl.empty_links or inl.image_links or inl.code is not None:
        return False  # (a code span: a list's own note form, read by its own rules)
    text = " ".join(inl.plain.split()).strip(" *_")
    if text[:1] == "[" and text[-1:] == "]":
        return False  # "[*transformer-based*] [*novel IMU fusion*]": tags, read by their own rules
    words = text.split()
    if not words or len(words) > _MAX_REMARK_WORDS or _YEAR_IN_TEXT.search(text):
        return False
    return not reads_like_paper_title(text) or _names_institutions(text)


def _walk_items(node: _Node):
    """The items of a list at any depth."""
    stack = [node]
    while stack:
        n = stack.pop()
        for c in n.children:
            if c.kind == "Item":
                yield c
            if c.kind in ("List", "Item"):
                stack.append(c)


def _details_depth(node: _Node) -> int:
    """``<details>`` tags opened minus those closed in an HTML block."""
    html = "".join(c.text for c in node.children).lower()
    return html.count("<details") - html.count("</details")


def _links_part(heading: _Node) -> bool:
    """A sub-heading naming a record's part of links: ``### Links``, ``#### 🔗 Code``."""
    text = _inline(heading.children).plain.strip()
    text = text.lstrip("".join(ch for ch in text[:4] if not ch.isalnum()))
    return bool(text) and _LINK_FIELD_LABEL.match(text) is not None


def _role_link_line(inl: _Inline) -> bool:
    """A paragraph that gives a record's links, each labelled by what it is, among status tags:
    ``[Code_Link](github…)|**Time:2024**|**Not_Reproduction**`` / ``[Paper_Link](doi…)|Dataset_Not_Found``.
    It names no work and says nothing of its own: the heading above it titles the record."""
    return _labelled_links_line(inl, lambda link: is_link_label(link.text), MAX_ITEM_TAIL_LETTERS)


def role_linked_note(inl: _Inline) -> bool:
    """``> A foundation model for universal medical image segmentation. [[paper]](…) [[code]](…)``: a note whose
    links (images aside) are each labelled by what they are, however much prose is beside them. Under a bold title
    alone on its line, such a quote is the record's note and links, not a quoted text's."""
    links = [link for link in inl.links if not link.image]
    return bool(links) and all(link.text and is_link_label(link.text) for link in links)


#: the words a quoted note opens with when it points the reader at another work: "related to", "see also", "cf.",
#: "compare with", "similar to", "related work:" (the whole lead before the note's one link)
_RELATED_NOTE_LEAD = re.compile(r"(?i)(?:related(?: to| work| paper)?|see also|cf\.?|compare(?: with| to)?|similar to)"
                                r"[ \t]{0,3}[:：]?")


def quoted_related_note(inl: _Inline) -> bool:
    """``>related to [Learning from Complementary Labels](arxiv…) (Ishida, NIPS 2017)``: a quote under a record that
    only points at another work, its lead nothing but "related to" / "see also" / "cf." right before its one link,
    a work's title linking a scholarly record (an arXiv, DOI, PubMed address). The quote sets the note apart; the
    work it cites is the reader's to find, as the same line unquoted gives it (``_other_papers``). Why: a quote's
    links were read as a quoted text's and the cited work's identifier was lost. Quoted prose (an abstract, a
    remark) that mentions a link further on, or a quote whose link is no titled record, is read as before."""
    link = _lone_link(inl)
    if link is None or not _titled_record_link(link):
        return False
    lead = inl.plain[:link.start].strip(" \t>*_-–—")
    return len(lead) <= 30 and _RELATED_NOTE_LEAD.fullmatch(lead) is not None


def _labelled_links_line(inl: _Inline, labelled: Callable[[_RawLink], bool], max_letters: int) -> bool:
    """A paragraph whose links (images aside) all pass ``labelled``, with at most ``max_letters`` letters of text
    beside them: a record's line of links (``_role_link_line``, ``record_link_line``)."""
    links = [link for link in inl.links if not link.image]
    if not links or not all(link.text and labelled(link) for link in links):
        return False
    return sum(map(str.isalpha, _prose(inl, 0))) <= max_letters


#: letters a line of a record's links may hold besides them ("| " separators, "and"): a sentence around a link
#: ("There are more than [200 related papers](…) on the publisher's site.") holds more
_RECORD_LINK_LINE_LETTERS = 8


def record_link_line(inl: _Inline) -> bool:
    """``[**Project**](github…)``, ``[**Code**](…) [**Video**](…)``: a paragraph of nothing but a record's links,
    each labelled by what it is or as the work's home (``is_home_label``), with at most a few letters between them
    (``_role_link_line``, whose labels must name a role, turns "Project" away)."""
    return _labelled_links_line(inl, lambda link: not link.bare and (is_link_label(link.text) or is_home_label(link.text)
                                                                     or _version_record_link(link)),
                                _RECORD_LINK_LINE_LETTERS)


#: words that name which version of a work a link leads to ("[**Conference**](doi…) [**Journal**](doi…)"): no role
#: alone ("[Conference](…)" names an event), a label beside a scholarly record's address
_VERSION_LABEL_WORDS = frozenset(("conference", "workshop", "extended", "extension"))


def _version_record_link(link: _RawLink) -> bool:
    """``[**Conference**](https://doi.org/…)``: a link whose one-word text names a version of the work (conference,
    workshop, extended) and whose address is a scholarly record's (a DOI, arXiv or PubMed address) -- one of a paper
    box's record links, as "Journal" is. Why: read as no label, its paragraph of links became a record of its own."""
    words = link.text.strip(" *_[]").casefold().split()
    return len(words) == 1 and words[0] in _VERSION_LABEL_WORDS and any(ids.ids_from_url(link.url))


def _paper_role_label(text: str) -> bool:
    """A link's text that names a paper by its role alone: ``Survey``, ``Paper``, ``Review``, ``arXiv``, ``PDF``."""
    text = text.strip(" []*_")
    return label_role(text) == "paper" or (_PAPER_CALLOUT_LABEL.match(text) is not None and len(text.split()) <= 2)


#: link texts that name no work, only where to click ("can be found [here](…)", "accessed from [this link](…)")
_ANONYMOUS_LINK_TEXTS = frozenset(("here", "this link", "the link", "link", "click here"))
#: where the prose ends a sentence: a stop, then a space (the link's sentence is read alone)
_SENTENCE_END = re.compile(r"[.!?]\s+")
#: the list's authors' own paper, named by kind and topic: "Our review paper on deep learning in …", "We also have a
#: review paper on the applications of …" (the topic ends at a comma or at the verb after it)
_OWN_PAPER_ON_TOPIC = re.compile(
    r"\b(?:our|we\s+(?:also\s+)?(?:have|wrote|published))\s+(?:(?:a|an|the)\s+)?"
    r"(?P<kind>(?:[\w-]+\s+){0,2}?(?:paper|review|survey|preprint|article))\s+(?P<prep>on|of|about)\s+"
    r"(?P<topic>[^,;:()\[\]\n]{8,150}?)(?=\s*(?:,|\s(?:can|could|is|was|which|that|may)\b))", re.IGNORECASE)


def own_papers_linked_here(inl: _Inline) -> list[tuple[_Inline, str]]:
    """``Our review paper on deep learning in … can be found [here](doi…). We also have a review paper on the
    applications of …, which can be accessed from [this link](biorxiv…/10.1101/…).``: each sentence of an intro's
    prose that says "our"/"we have" a paper on a topic (``_OWN_PAPER_ON_TOPIC``) and links it by a text that names
    no work ("here", "this link") to a scholarly record (an arXiv, DOI or PubMed address) → that sentence alone (its
    one link) and the paper's title as the prose names it ("review paper on the applications of …").

    Why: a list's authors point to their own reviews this way; the link's text titles nothing, so the prose was
    skipped and the reviews' identifiers lost. Only "our"/"we have" before the paper word, the topic after it and a
    scholarly record together make the entry: a "[here](…)" to a tool, a tutorial or another's paper stays prose."""
    out: list[tuple[_Inline, str]] = []
    links = [link for link in inl.links if not link.image]
    if not links:
        return out
    starts = [0] + [m.end() for m in _SENTENCE_END.finditer(inl.plain)]
    link_starts = sorted(link.start for link in links)
    for link in links:
        if link.text.strip(" []*_").casefold() not in _ANONYMOUS_LINK_TEXTS or not any(ids.ids_from_url(link.url)):
            continue
        begin = starts[bisect.bisect_right(starts, link.start) - 1]
        after = bisect.bisect_right(starts, link.end)
        end = starts[after] if after < len(starts) else len(inl.plain)
        if bisect.bisect_left(link_starts, end) - bisect.bisect_left(link_starts, begin) != 1:
            continue  # one link to a sentence: which of two the prose names cannot be told
        m = _OWN_PAPER_ON_TOPIC.search(inl.plain, begin, link.start)
        if m is None:
            continue
        sentence = _Inline(plain=inl.plain[begin:end], offset=inl.offset,
                           links=[dataclasses.replace(link, start=link.start - begin, end=link.end - begin)])
        out.append((sentence, f"{m['kind']} {m['prep']} {m['topic']}".strip()))
    return out


def own_paper_role_links(inl: _Inline) -> bool:
    """``[[Survey](https://arxiv.org/abs/2103.06460) | [Code](github…/Smile-Pruning)]``: a paragraph of nothing but
    role-labelled links (``Survey``, ``Paper``, ``arXiv``, ``Code``…), a few separators between them, one of them
    named as a paper (``_paper_role_label``) whose address is a scholarly record (an arXiv, DOI or PubMed address).

    Why: right under a list's title such a line links the list's own survey and its code; no word of it titles a
    work, so it read as a banner and the survey's identifier was lost. Only a scholarly record counts as the paper
    (a ``[Paper](openreview…)`` or a project page vouches for no work), and prose around the links turns it away."""
    links = [link for link in inl.links if not link.image]
    if not links or len(links) > 4 or inl.image_links:
        return False
    # ("Link to paper: https://arxiv…" / "Code: https://github…": a bare address is labelled by the words before it)
    labels = [_bare_link_label(inl, links, i) if link.bare else link.text for i, link in enumerate(links)]
    if not all(label and (is_link_label(label) or _paper_role_label(label)) for label in labels):
        return False
    if sum(map(str.isalpha, _prose(inl, 0))) - sum(sum(map(str.isalpha, label)) for label, link in zip(labels, links)
                                                  if link.bare) > _RECORD_LINK_LINE_LETTERS:
        return False
    return any(_paper_role_label(label) and any(ids.ids_from_url(link.url)) for label, link in zip(labels, links))


#: the words that only point at a labelled address: "Link to paper:", "Links to the code:"
_POINTER_LEAD = re.compile(r"(?i)^links?\s+to\s+(?:the\s+|our\s+)?")


def _bare_link_label(inl: _Inline, links: list[_RawLink], i: int) -> str:
    """The label a bare address at ``links[i]`` is given by the words right before it, closed by a colon
    (``Paper: https://…``, ``Link to paper: https://…`` → "paper"); "" when there is none."""
    start = links[i - 1].end if i else 0
    label = inl.plain[start:links[i].start].strip(" \t\n|·,;/-–—")
    if not label.endswith((":", "：")):
        return ""
    label = label[:-1].strip()
    return label[_POINTER_LEAD.match(label).end():] if _POINTER_LEAD.match(label) else label


def _labelled_links(node: _Node) -> bool:
    """A list of a record's links, one of them at least labelled by what it is (``- [Paper](…)``,
    ``- [GitHub](…)``), not named after a work."""
    for c in node.children:
        if c.kind == "Item":
            inl = _inline(c.children)
            # "- [Paper]()" in a record not filled in yet: the label says the same
            if any(is_link_label(t) for t in inl.empty_link_texts) \
                    or any(link.text and is_link_label(link.text) and not link.image for link in inl.links):
                return True
    return False


#: the fewest words of prose a paragraph holds to read as a quoted abstract rather than a line of links
_ABSTRACT_WORDS = 25


def _prose_url_mentions(inl: _Inline) -> bool:
    """A paragraph of running prose whose only links are bare URLs inside its sentences (an abstract quoted
    under a record: "… is freely available under the GNU GPLv3 license at https://github.com/…/."): the
    record's description and its own links, not a reference of its own beside the record."""
    links = [link for link in inl.links if not link.image]
    return bool(links) and all(link.bare for link in links) and len(_prose(inl).split()) >= _ABSTRACT_WORDS


def _remark(text: str) -> bool:
    """A sentence of prose that names no work: a reader's or maintainer's remark on the record it sits in.
    A reference closed by a full stop ("He K, et al. Deep residual learning[C]. CVPR, 2016.") is a work."""
    return classify.reads_as_sentence(text) and not _reads_as_reference(text)


def _reads_as_reference(text: str) -> bool:
    """A line that names a work itself: a title-cased title of four words or more, or a dated citation
    ("- Deep Residual Learning for Image Recognition", "- He K. et al. … 2016"), not a reader's note on one."""
    if not text:
        return False
    if names_work(text, min_words=4) and classify.title_cased(text) and classify.reads_like_paper_title(text):
        return True
    if text[:1].isdigit() and year_venue_titled(text) is not None:
        return True  # "2021 Brief Bioinfo - A comparative study of …": a venue-year label, then the work's title
    cited = citation.parse_citation(text)
    return cited is not None and cited.confidence >= 0.5 and cited.year is not None \
        or citation.typed_reference(text) is not None  # "[27] 侯蓓蓓, …. Title[J/OL]. 学报[2026-07-11].": no year yet


#: a sentence left open before a list by a word that needs the list to finish it: "…, including:", "This repository is
#: structured to:", "You can contribute by:", "… such as:" — each item completes the sentence (a clause, an aim)
_OPEN_LEAD_IN = re.compile(r"(?i)(?:\b(?:including|includes?|such as|like|to|by|namely|e\.g\.))\s*[:：]\s*$")


def opens_clause_list(plain: str) -> bool:
    """A paragraph whose last sentence stops on a word that needs its list to complete it (``This repository is
    structured to:`` over ``- Provide **easy access** to the papers …``; ``…, including:`` over ``- **Signals** such as
    ECG and PPG.``): the list's link-less items are the parts of that sentence, no references. A lead-in that names
    what follows (``Recommended papers:``, ``Please cite as follows:``) opens no clause."""
    return _OPEN_LEAD_IN.search(plain.strip()) is not None


def _outline_point(plain: str) -> bool:
    """``Sequence Representations:`` / ``How DNA, RNA and protein sequences are encoded …``: a label and its colon
    on the first line, a description after it — a point of an outline (a syllabus, a talk), not a reference.
    "Papers:" over titles says what follows and describes nothing."""
    first, _, rest = plain.strip().partition("\n")
    return first.rstrip().endswith((":", "：")) and len(first) <= 80 and bool(rest.strip()) \
        and section_hint([first]) != "paper"


#: the words a question of the writer's opens with ("Which metrics …?", "Can we define …?", "How can we …?")
_QUESTION_OPENERS = frozenset({"what", "which", "who", "whom", "whose", "why", "how", "when", "where", "can", "could",
                               "should", "would", "will", "shall", "do", "does", "did", "is", "are", "was", "were",
                               "has", "have", "may", "might", "must"})


def question_point(plain: str) -> bool:
    """``- Which metrics are most critical for de-identification?`` / ``  - False Negative Rate (FNR): …``: a
    link-less item that is one question in sentence case, opened by an interrogative word, over sub-items: the
    writer's open question (a research agenda, an FAQ), whose link-less sub-items answer it or note on it — no
    references, however title-like ("False Negative Rate (FNR): PII incorrectly identified as non-PII"), as an
    outline point's are not. A title that asks ("Is Attention Interpretable?", "Do Vision Transformers See Like
    Convolutional Neural Networks?") is set in title case and stays what it is."""
    text = " ".join(plain.split())
    if not text.endswith(("?", "？")) or "\n" in plain.strip() or len(text) > 200 or "?" in text[:-1]:
        return False
    first = text.split(" ", 1)[0].lower()
    return first in _QUESTION_OPENERS and len(text.split()) >= 3 and not title_cased(text)


#: words of a lead-in that says works, readings or references follow ("The following papers …:", "Key readings:",
#: "Recent work includes:"): its sub-items may be references, so it is no lead-in of points
_WORKS_WORDS = frozenset("paper papers work works study studies reference references reading readings article articles "
                         "publication publications citation citations literature survey surveys review reviews "
                         "book books chapter chapters thesis theses preprint preprints".split())


def lead_in_point(plain: str) -> bool:
    """``- These steps are performed over the entire database:`` / ``  - Address errors, inconsistencies, redundancies``,
    ``- Ideally, data should be in a tidy format:`` / ``  - Each variable has 1 column``: a link-less item that is one
    sentence in sentence case (four words or more, no title case) ending in a colon, over sub-items: the writer's
    lead-in to the points that follow (steps, rules, properties) — a course's or a guide's outline, whose link-less
    sub-items are its points, no references, however title-like, as a question's are (``question_point``). Why: on a
    page with no links, many such short imperative lines read as a plain reference list. A lead-in that says works
    follow ("The following papers use …:", "Recent work includes:") is left alone: its sub-items may be references."""
    text = " ".join(plain.split())
    if not text.endswith((":", "：")) or "\n" in plain.strip() or len(text) > 200:
        return False
    words = text[:-1].split()
    if len(words) < 4 or title_cased(text[:-1]) or not words[0][:1].isupper():
        return False
    return not any(w.strip(",.;()").lower() in _WORKS_WORDS for w in words)


#: the label of a line naming a paper: "Survey Paper", "Our survey", "📚 Paper", "综述论文"; perhaps qualified after
#: a comma by when or where the paper appeared, a few words holding a year ("The Paper, published in 2024.2.5"):
#: reading notes write each work's link so, and the date says nothing against the label
_PAPER_CALLOUT_LABEL = re.compile(
    r"^[^\w]*(?:(?:our|the|related|companion|accompanying|survey|review|dataset|data|benchmark|original|introductory"
    r"|introducing|source|reference|associated)\s+)*(?:paper|survey|review|preprint|article|publication)s?"
    r"(?:\s*[,，][^,，:：\n]{0,40}?(?<!\d)(?:19|20)\d\d(?!\d)[^,，:：\n]{0,16})?$"
    r"|^[^\w]*(?:我们的|相关)?(?:综述|论文|综述论文)$"
    r"|^[^\w]*(?:介绍|数据集|数据|原始|原|参考|对应|来源|出处|引用|官方|代表)(?:论文|論文)$", re.IGNORECASE)


def _titles_a_work(text: str) -> bool:
    """A link's text that reads as a work's title: four words or more, no role word (``[arXiv]``, ``[Paper]``)."""
    return len(text.split()) >= 4 and label_role(text) is None


def _titled_record_link(link: _RawLink) -> bool:
    """A link titled by a work (``_titles_a_work``) whose address is a scholarly record (an arXiv, DOI or PubMed
    address): the paper itself, never a lab page or a tracker that prose links too."""
    return _titles_a_work(link.text.strip(" []")) and any(ids.ids_from_url(link.url))


def _lone_link(inl: _Inline) -> _RawLink | None:
    """The paragraph's one link (badges aside) when there is exactly one, else None."""
    links = [link for link in inl.links if not link.image]
    return links[0] if len(links) == 1 else None


#: an article opening a field label ("The official repository:", "Our code:"): no part of what the label names
_LABEL_ARTICLE = re.compile(r"(?i)^(?:the|our)\s+")


def labelled_code_line(inl: _Inline) -> bool:
    """``The official repository: [here](https://github.com/…)``: a one-line paragraph that is only a field
    labelled as code and its links, none of them titled as a work: the code of the record just above it.

    Why: reading notes give each paper a line "The Paper: [Title](…)" (``_paper_callout``) and then a line
    "The official repository: [here](…)"; read apart, the paper lost its code and the code line was prose."""
    label = _field_label(inl).strip(" *_")
    links = [link for link in inl.links if not link.image]
    if not label or not links or "\n" in inl.plain.strip():
        return False
    if label_role(_LABEL_ARTICLE.sub("", label)) != "code":
        return False
    return not any(_titles_a_work(link.text.strip()) for link in links)


def _qualified_callout_label(inl: _Inline) -> str:
    """``The Paper, published in 2024.2.5: [Title](…)`` → ``The Paper, published in 2024.2.5``: the text before the
    first line's colon when it is a paper label qualified by the work's date (``_PAPER_CALLOUT_LABEL``); "" otherwise.

    Why: the date makes the label longer than a field label may be (``_field_label``), so the line lost its label
    and read as prose; the qualifier is bounded by the pattern, so prose before a colon still reads as prose."""
    first_line = inl.plain.split("\n", 1)[0]
    idx = min((i for i in (first_line.find(":"), first_line.find("：")) if i > 0), default=-1)
    if idx < 0 or any(link.start <= idx for link in inl.links):
        return ""  # no colon, or one after (or inside) the line's first link
    head = strip_symbols(first_line[:idx]).strip(" *_`")
    return head if _PAPER_CALLOUT_LABEL.match(head) else ""


def _paper_callout(inl: _Inline) -> bool:
    """``**📚 Survey Paper**: [Title of the Survey](…) - …``: a "label: [title](link)" line whose label names
    a paper and whose one link's text reads as a title (four words or more), not as a role (``[arXiv]``)."""
    label = (_field_label(inl) or _qualified_callout_label(inl)).strip(" *_")
    if not label or not _PAPER_CALLOUT_LABEL.match(label):
        return False
    link = _lone_link(inl)
    return link is not None and _titles_a_work(link.text.strip())


#: what may stand between the titled links of one paper line ("[Title A](…)[Title B](…)", "[A](…) [B](…)", "[A](…)；
#: [B](…)"): spaces and list punctuation, no words
_BETWEEN_TITLED_LINKS = re.compile(r"[\s,，;；、/|&和及]*")


def paper_callout_links(inl: _Inline) -> list[_RawLink]:
    """``介绍论文： [Title A](pmc…)[Title B](nature…)`` / ``Dataset papers: [Title A](arxiv…) [Title B](doi…)``: the
    links of a line labelled as papers (``_PAPER_CALLOUT_LABEL``) that gives two or more of them, each titled by a
    work (``_titles_a_work``) and none a repository, nothing but spaces or list punctuation between them; [] for
    any other line (one link is ``_paper_callout``'s).

    Why: a dataset catalog cites the papers that introduced a data set so, one line under its row; read as one
    callout the line had no lone link, so it named no work and both papers (and their identifiers) were lost."""
    label = (_field_label(inl) or _qualified_callout_label(inl)).strip(" *_")
    if not label or not _PAPER_CALLOUT_LABEL.match(label) or "\n" in inl.plain.strip():
        return []
    links = [link for link in inl.links if not link.image]
    if len(links) < 2 or any(not _titles_a_work(link.text.strip()) or _is_repository_url(link.url) for link in links):
        return []
    if any(not _BETWEEN_TITLED_LINKS.fullmatch(inl.plain[a.end:b.start]) for a, b in zip(links, links[1:])) \
            or inl.plain[links[-1].end:].strip(" 。.;；"):
        return []
    return links


def titled_link_part(inl: _Inline, link: _RawLink) -> _Inline:
    """The part of ``inl`` that is ``link`` alone (its text and that one link): one work of a line naming several."""
    return _Inline(plain=inl.plain[link.start:link.end], offset=inl.offset,
                   links=[dataclasses.replace(link, start=0, end=link.end - link.start)])


#: the end of the words that announce the paper whose title follows them: '… of the survey paper titled "',
#: "You can follow our latest survey to stay updated with the most recent advancements:" — a word naming a
#: paper, then at most a clause without a sentence's end, then an optional colon and opening quote
_PAPER_ANNOUNCEMENT = re.compile(
    r"\b(?:paper|survey|review|preprint|article)s?\b[^.!?:：\n]{0,80}[:：]?[\s\"“'‘(\[]*$", re.IGNORECASE)


#: the words right before a link that say the list is that work's companion: "The repository for ", "This repository
#: complements our ", "… accompanies the ", "the companion to " (no paper word needed: the link's text is the title)
_COMPANION_LEAD = re.compile(
    r"\b(?:(?:repo(?:sitory)?|companion)\s+(?:for|of|to)|accompan(?:ies|ying)|complement(?:s|ing)|supplement(?:s|ing))"
    r"\s+(?:(?:the|our)\s+)?[\"“'‘*_]*$", re.IGNORECASE)


#: what a list may take its scheme from: the settings, taxonomy, categories, definitions … a paper set out
_SCHEME_WORDS = (r"(?:settings?|taxonom(?:y|ies)|categor(?:y|ies|i[sz]ation)|classifications?|schemes?|structure"
                 r"|definitions?|terminology|conventions?|organi[sz]ation|criteria)")
#: the words right before a link that say the list follows the scheme of that work: "… we follow the settings in ",
#: "… adopts the taxonomy of ", "The categories follow ", "… is based on " (the link, a titled scholarly record, is
#: the work the list is organised after, as the survey a list accompanies is)
_SCHEME_SOURCE_LEAD = re.compile(
    r"(?:\b(?:follow(?:s|ed|ing)?|adopt(?:s|ed|ing)?|us(?:e|es|ed|ing))\s+(?:(?:the|our|their|its)\s+)?"
    r"(?:[\w-]+,?\s+){0,6}?" + _SCHEME_WORDS + r"\s+(?:(?:proposed|defined|introduced|given|used)\s+)?"
    r"(?:in|of|from|by)"
    r"|\b" + _SCHEME_WORDS + r"\s+(?:follows?|(?:is|are)\s+(?:taken|adapted|adopted)\s+from)"
    r"|\b(?:based|adapted|derived)\s+(?:on|upon|from))"
    r"(?:\s+(?:the|our|their))?\s*[\"“'‘*_]*$", re.IGNORECASE)


def _announces_link(lead: str) -> bool:
    """Whether the words before a link announce it as a paper ("… our survey paper ", ``_PAPER_ANNOUNCEMENT``), as
    the work the list accompanies ("The repository for ", ``_COMPANION_LEAD``) or as the work whose scheme the list
    follows ("As for the classifications of approach, content, and format, we follow the settings in ",
    ``_SCHEME_SOURCE_LEAD``). Why: a dataset list's intro credits the review it takes its categories from; the
    intro was read as prose about the list, and the review and its arXiv identifier were lost."""
    return _PAPER_ANNOUNCEMENT.search(lead) is not None or _COMPANION_LEAD.search(lead) is not None \
        or _SCHEME_SOURCE_LEAD.search(" ".join(lead[-_SCHEME_LEAD_SPAN:].split())) is not None


#: the most characters of the words before a link that ``_SCHEME_SOURCE_LEAD`` reads (it is anchored at their end;
#: a lead-in is a clause, and a bounded tail keeps the search constant on a long paragraph)
_SCHEME_LEAD_SPAN = 400


def announced_link_title(inl: _Inline) -> str | None:
    """``# This repository complements our survey paper [Title](sciencedirect…/pii/…), published in …``: a heading
    (or a line) whose one link the words before it announce as the list's paper (``_announces_link``), the link's
    text reading as a title and its address an article's (a scholarly record or a publisher's article page)
    → the link's text, the paper's title; else None.

    Why: a list opens with a heading sentence introducing its own survey; read as a linked heading, the whole
    sentence became the paper's title. A badge, a homepage or a tracker link is never titled as a work."""
    link = _lone_link(inl)
    if link is None or not _announces_link(inl.plain[:link.start]):
        return None
    text = link.text.strip(" []")
    if not _titles_a_work(text) or not (any(ids.ids_from_url(link.url)) or url_role(link.url) == "paper"):
        return None
    return _clean_title(text)


#: the words right after a title-like link that opens a sentence and make that link its subject, a paper: "[Title](arxiv…)
#: is the comprehensive review that includes:" / "… is our survey paper on …" (a copula, at most three words, a paper word)
_PAPER_SUBJECT = re.compile(
    r"^[\s,]*(?:is|was)\s+(?:[\w-]+\s+){0,3}?(?:paper|survey|review|preprint|article)s?\b", re.IGNORECASE)


#: the words right after a title-like link that give the news of the work it names, accepted or published:
#: "[Title](arxiv…) has been accepted to [Venue](…) (…)" / "… was published in npj Digital Medicine" — the link is the
#: sentence's subject, a paper, whatever other links (the venue's, an editor's page) the sentence goes on to
_PAPER_ACCEPTED = re.compile(
    r"^[\s,*_]*(?:has\s+been|have\s+been|was|were|is|got)\s+(?:(?:just|now|officially)\s+)?"
    r"(?:accepted|published|presented)\b", re.IGNORECASE)


#: a paper's title quoted in the prose that announces it, before a link named only by its role: 'the review
#: article *"Title"* published in *Venue*. [[link]](doi…)' — a word naming a paper, a short clause, the quoted title
_ANNOUNCED_QUOTED_TITLE = re.compile(
    r"\b(?:paper|survey|review|preprint|article)s?\b[^.!?:：\n\"“”]{0,60}?[\"“](?P<title>[^\"“”\n]{10,300}?)[\"”]",
    re.IGNORECASE)
#: what may stand between that quoted title and its link: where it appeared, one sentence at most ("published in X.")
_MAX_VENUE_CLAUSE = 120


def _announced_quoted_title(inl: _Inline, link: _RawLink) -> str | None:
    """``This is the official repository for the review article *"Title"* published in *Venue*. [[link]](doi…)``:
    the prose quotes the title of the paper it announces and the paragraph's one link, named by its role
    only (``[link]``, ``[paper]``, a word or three, no title of its own), points at that paper's scholarly record
    (an arXiv, DOI, PubMed address) → the quoted title; else None.

    Why: a survey's companion list often credits its paper this way, the title in quotes in the sentence and the
    link after it; the link's text cannot title the entry, the quoted words do."""
    text = link.text.strip(" []")
    if len(text.split()) > 3 or _titles_a_work(text) or not any(ids.ids_from_url(link.url)):
        return None
    lead = inl.plain[:link.start]
    m = None
    for m in _ANNOUNCED_QUOTED_TITLE.finditer(lead):
        pass
    if m is None or len(m["title"].split()) < 4:
        return None
    between = lead[m.end():].strip(" *_.,;([")
    if len(between) > _MAX_VENUE_CLAUSE or ". " in between or "\n" in between:
        return None
    return m["title"].strip(" *_")


def _accepted_paper_news(inl: _Inline) -> bool:
    """``We are thrilled to share that [Title](arxiv…) has been accepted to [FnTML](…) (…, [Editor](…)).``: the
    paragraph's first link reads as a title, points at a scholarly record (``_titled_record_link``) and the words
    right after it say it was accepted or published (``_PAPER_ACCEPTED``): that paper's news, the link its entry's
    title.

    Why: a list's top-level prose gives such news of a paper before the subsections; the venue's and people's links
    later in the sentence made the paragraph read as prose about the list, and the paper was lost. The first link
    alone is read (the entry is titled by it), so a link further on never becomes the paper."""
    first = next((link for link in inl.links if not link.image), None)
    return first is not None and _titled_record_link(first) and _PAPER_ACCEPTED.match(inl.plain[first.end:]) is not None


def _byline_under_link(rest: str) -> bool:
    """The text after a paragraph's lone link is only a line of its authors' names (".\n*Kexin Huang, Cao Xiao*")."""
    head, newline, names = rest.partition("\n")
    return bool(newline) and not any(c.isalnum() for c in head) and is_byline_line(names.strip(" .*_"))


#: the most words a bracketed link text naming what it reaches may have ("[[HuggingFace Models]]", "[[Model Weights]]")
_MAX_BRACKETED_ROLE_WORDS = 3


def _role_link_text(text: str) -> bool:
    """A link's text that says what it reaches, no work's name: a role label (``PDF``, ``Code``, ``Project``) or a
    short text in the role link's own brackets (``[[HuggingFace Models]](…)``, ``[[Weights]](…)``)."""
    label = text.strip(" []*_")
    if is_link_label(label) or is_home_label(label):
        return True
    return text.strip().startswith("[") and 0 < len(label.split()) <= _MAX_BRACKETED_ROLE_WORDS \
        and not _titles_a_work(label)


def _titled_link_then_role_links(inl: _Inline) -> _RawLink | None:
    """``… of our paper: [Title](arxiv…) (ACL 2022).⏎[[PDF]](…)⏎[[HuggingFace Models]](…)``: the paragraph's first
    link (badges aside) when it is titled by a work and points at a scholarly record (``_titled_record_link``) and
    every link after it is labelled by its role alone (``[[PDF]]``, ``[[Code]]``, ``[Project]``), with no more than
    a venue clause between them; else None.

    Why: a paper's code repository announces its paper in a sentence and then gives the paper's own links; the
    role links made the titled link no longer the paragraph's lone one, so the announcement was not read and the
    paper (its identifier, its code) was lost. A second titled link, or prose running between the links, is no
    such line."""
    links = [link for link in inl.links if not link.image]
    if len(links) < 2 or not _titled_record_link(links[0]):
        return None
    if not all(not link.bare and _role_link_text(link.text) for link in links[1:]):
        return None
    between = "".join(inl.plain[a.end:b.start] for a, b in zip(links, links[1:])) + inl.plain[links[-1].end:]
    return links[0] if len(between.strip()) <= _MAX_VENUE_CLAUSE and ". " not in between.strip(" .\n") else None


def _announced_papers(parts: Sequence[tuple[_Node, _Inline]]) -> dict[int, str]:
    """The paragraphs of an intro (``id`` of their node) that give a paper the prose announces, a callout
    written as a sentence rather than as a ``label: [title](…)`` line (see ``_paper_callout``):
    ``The official repository of the survey paper titled "[Title](arxiv…)".`` (the words before the link
    announce it) or ``You can follow our latest survey …:`` / ``🔥🔥[[Title]](arxiv…)`` (a paragraph that is
    only the link, after one that ends by announcing it), or ``[Title](arxiv…) is the comprehensive review that …``
    (the link opens the sentence and the words after it call it a paper: ``_PAPER_SUBJECT``). The link is the
    paragraph's only one, reads as a title (four words or more, no role word like ``[arXiv]``) and points at a
    scholarly record (an arXiv,
    DOI, PubMed address), so a link to a lab page or a tracker in the same prose is never taken for a paper.
    The prose may also quote the title before a link named by its role only (``_announced_quoted_title``).
    → ``id`` of the node: the quoted title, or "" when the link's text titles the paper."""
    out: dict[int, str] = {}
    before = ""
    news_before = False  # whether the paragraph just before gave a paper (its news, its announcement)
    for p, inl in parts:
        link = _lone_link(inl) if p.kind in ("Paragraph", "BlockQuote") else None
        if p.kind == "Paragraph" and _accepted_paper_news(inl):
            out[id(p)] = ""  # "We are thrilled to share that [Title](arxiv…) has been accepted to [Venue](…)"
        elif p.kind == "Paragraph" and (placeholder := _own_paper_placeholder(inl)) is not None:
            out[id(p)] = placeholder  # "… our survey paper "[Title]()" and authors ([Name](…), …)": no address yet
        elif link is not None and p.kind == "BlockQuote":
            # "> For more details, please refer to our recent [survey on …](arxiv…)": an intro's note quoted
            # apart announces only the list's own paper
            lead = inl.plain[:link.start]
            if _our_paper_link(lead, link) or (_OWN_PAPER_ANNOUNCEMENT.search(lead) and _titled_record_link(link)):
                # "> … related to our survey paper: <a href=arxiv…>Title</a>": "our … paper" announces the link
                out[id(p)] = ""
        elif link is None and p.kind == "Paragraph" and (titled := _titled_link_then_role_links(inl)) is not None \
                and (_announces_link(inl.plain[:titled.start]) or _our_paper_link(inl.plain[:titled.start], titled)):
            # "This repo provides the code of our paper: [Title](arxiv…) (ACL 2022).⏎[[PDF]](…)⏎[[Models]](…)": the
            # announced paper, its own role links after it
            out[id(p)] = ""
        elif link is not None and p.kind == "Paragraph" and (marked := _marked_title_callout(inl, link)) is not None:
            out[id(p)] = marked  # "Survey: ***Title.*** ([https://arxiv.org/abs/…])": the set-off words title it
        elif link is not None:
            lead = inl.plain[:link.start]
            rest = inl.plain[link.end:]
            if not any(c.isalnum() for c in lead) and before.rstrip().endswith((":", "：")) \
                    and (not any(c.isalnum() for c in rest) or _byline_under_link(rest)):
                # the link alone on its line (its authors' names under it, "*Kexin Huang, Cao Xiao, …*"): the
                # paragraph before it announces it
                lead = before
            if _announces_link(lead) and _titled_record_link(link):
                # "… the survey paper titled "[Title](arxiv…)"" / "The repository for [Title](arxiv…), including …"
                out[id(p)] = ""
            elif news_before and not any(c.isalnum() for c in lead + inl.plain[link.end:]) \
                    and "\n" not in inl.plain.strip() and _titled_record_link(link):
                # "… [Title](arxiv…) has been accepted to …" / "[A Field Guide to Federated Optimization](arxiv…)":
                # a bare reference right after a paper's news is one more paper the news gives (a bare link
                # elsewhere, with its quoted byline after it, is read as a record of its own further on)
                out[id(p)] = ""
            elif not any(c.isalnum() for c in lead) and _PAPER_SUBJECT.match(inl.plain[link.end:]) \
                    and _titled_record_link(link):
                # "[Title](arxiv…) is the comprehensive review that includes:": the link opens the sentence whose
                # subject it is, and the words after it say it is a paper (the one the list accompanies)
                out[id(p)] = ""
            elif _our_paper_link(lead, link):
                out[id(p)] = ""  # "… refer to our recent [survey on …](arxiv…)": the paper word opens the link
            elif (quoted := _announced_quoted_title(inl, link)) is not None:
                out[id(p)] = quoted
        before = inl.plain if p.kind == "Paragraph" else ""
        news_before = id(p) in out and p.kind == "Paragraph"
    return out


#: what may stand between a callout's label colon and its set-off title, or between that title and its link:
#: blank, punctuation and brackets only ("Survey: ***Title.*** ([https://…])")
_CALLOUT_GAP = re.compile(r"^[\s*_.,;:：\-–—(\[]*$")


def _marked_title_callout(inl: _Inline, link: _RawLink) -> str | None:
    """``Survey: ***From Automation to Autonomy: A Survey on …*** ([https://arxiv.org/abs/2505.13259])`` /
    ``**Paper:** *Title of the Work* [arXiv](…)``: a line labelled as a paper (``_PAPER_CALLOUT_LABEL``) whose
    title is set off in bold or italics right after the label, and whose one link, right after that title, is
    named by its address or its role only and reaches a scholarly record (an arXiv, DOI, PubMed address)
    → the set-off title; None for any other line.

    Why: ``_paper_callout`` reads the title from the link's text, which here is only the address; an intro's
    callout so written was left as prose about the list, and the survey the list accompanies was lost."""
    label = (_field_label(inl) or _qualified_callout_label(inl)).strip(" *_")
    if not label or not _PAPER_CALLOUT_LABEL.match(label) or not inl.marked:
        return None
    if _titles_a_work(link.text.strip(" []")) or not any(ids.ids_from_url(link.url)):
        return None
    plain = inl.plain
    colon = min((i for i in (plain.find(":"), plain.find("：")) if i >= 0), default=-1)
    if colon < 0 or colon >= link.start:
        return None
    spans = [(a, b) for a, b in inl.marked if colon < a and b <= link.start]
    if not spans:
        return None
    start, end = spans[0][0], max(b for _, b in spans)
    if not _CALLOUT_GAP.match(plain[colon + 1:start]) or not _CALLOUT_GAP.match(plain[end:link.start]):
        return None
    title = _drop_closing_stop(_clean_title(plain[start:end]))
    return title if _titles_a_work(title) else None


def _callout_set_off_title(inl: _Inline) -> str | None:
    """``- Survey: ***Title.*** ([https://arxiv…])`` / ``Preprint: **Title** (https://arxiv…)`` anywhere in the
    list: the paragraph's one link and ``_marked_title_callout`` on it → the set-off title; else None.

    Why: the callout's label ("Survey", "Paper", "Companion paper") names what kind of work the line gives, not
    its title; outside an intro the line is read as an entry and the label stayed glued to the title. A label
    set inside the title's own emphasis (``_Review: Indications for …_``) is the work's real title and is kept,
    as ``_marked_title_callout`` reads only a span that opens after the label's colon."""
    link = _lone_link(inl)
    return _marked_title_callout(inl, link) if link is not None else None


#: "please refer to our recent ", "see our new ": the list's authors' own work named just before its link (at most
#: two words, "recent", "latest", between "our" and the link)
_OWN_PAPER_LINK_LEAD = re.compile(r"\bour(?:\s+[\w-]+){0,2}\s*$", re.IGNORECASE)
#: "… related to our survey paper: ", "see our review: ": the prose ends announcing the list's authors' own paper
#: ("our", at most two words, a paper word, a short clause) — a quoted intro note's words before the paper's link
_OWN_PAPER_ANNOUNCEMENT = re.compile(
    r"\bour\s+(?:[\w-]+\s+){0,2}?(?:paper|survey|review|preprint|article)s?\b[^.!?:：\n]{0,40}[:：]?[\s\"“'‘(\[]*$",
    re.IGNORECASE)

def announced_own_paper_links(inl: _Inline) -> list[_RawLink]:
    """``Welcome to … Read our survey paper here: <a href="https://arxiv.org/abs/…">Title</a> <a href=…>Courses</a>
    • <a href="#…">Papers</a>``: in a README's centred banner (an HTML block, read as one run of text), each link
    that the words just before it announce as the list's authors' own paper (``_OWN_PAPER_ANNOUNCEMENT``: "our
    survey paper here:") and that is titled by a work on a scholarly record (``_titled_record_link``). The banner's
    badges, navigation and tutorial links are none."""
    found: list[_RawLink] = []
    prev_end = 0
    for link in inl.links:
        if not link.image and _OWN_PAPER_ANNOUNCEMENT.search(inl.plain[prev_end:link.start]) \
                and _titled_record_link(link):
            found.append(link)
        prev_end = link.end
    return found


#: a link's text that opens with the word naming a paper: "[survey on fairness in …](…)", "[paper on …](…)"
_PAPER_WORD_FIRST = re.compile(r"(?:paper|survey|review|preprint|article)s?\b", re.IGNORECASE)


def _own_paper_placeholder(inl: _Inline) -> str | None:
    """``This repository originates from our survey paper "**[Title]()**" and authors (**[Name](scholar…)**, …)``:
    the prose announces the list's authors' own paper ("our … paper", ``_OWN_PAPER_ANNOUNCEMENT``) and titles it
    by a link with no address yet (``[Title]()``, kept as the paragraph's first empty link text), before any
    link with one → that title; else None.

    Why: a survey's companion list is often published before its survey; the authors write the title as a link to
    fill in later, and their names after it link to their pages. No scholarly record can vouch for the paper, so
    only "our" right before the paper word, the placeholder and a text that reads as a title (four words or more)
    together make it the list's own paper's entry."""
    if not inl.empty_link_texts:
        return None
    title = inl.empty_link_texts[0]
    at = inl.plain.find(title)
    if at < 0 or any(link.start < at for link in inl.links if not link.image):
        return None
    if _OWN_PAPER_ANNOUNCEMENT.search(inl.plain[:at]) is None or not _titles_a_work(title.strip(" []*_")):
        return None
    return _clean_title(title)


def _our_paper_link(lead: str, link: _RawLink) -> bool:
    """``… please refer to our recent [survey on …](arxiv…)``: "our" just before a link whose text opens with a
    paper word and which reaches a scholarly record — the list's authors' own paper."""
    return _OWN_PAPER_LINK_LEAD.search(lead) is not None and _PAPER_WORD_FIRST.match(link.text.strip(" []")) is not None \
        and _titled_record_link(link)


def _banner_paper_link(inl: _Inline) -> bool:
    """``<h2 align="center"><a href="https://arxiv.org/abs/…">A Survey of …</a></h2>``: an HTML block (a README's
    centred banner, read as Markdown) that is one link and nothing else, whose text reads as a title (four words
    or more, no role word like ``arXiv``) and whose address is a scholarly record (an arXiv, DOI, PubMed address).
    That is the paper the list accompanies, named as a labelled callout (``_paper_callout``) names it; a banner
    of badges, a role link beside others ("arXiv · Code") or a link to a project page is none."""
    link = _lone_link(inl)
    if link is None or any(c.isalnum() for c in inl.plain[:link.start] + inl.plain[link.end:]):
        return False
    return _titled_record_link(link)


#: the marker line of a GitHub alert callout: "> [!NOTE]", "> [!TIP]", "> [!WARNING]" …
_ALERT_MARKER = re.compile(r"\[!(?:note|tip|important|warning|caution)\]", re.I)


def _is_alert_marker(text: str) -> bool:
    """``[!NOTE]`` alone on the first line of a quote: GitHub's alert callout marker, no content."""
    return _ALERT_MARKER.fullmatch(text.strip()) is not None


def _holds_blocks(item: _Node) -> bool:
    """An item with a block of its own inside (a sub-list, a table, a heading, a quote, code, HTML): more than
    one line of prose, so never a note or the rest of the entry before it."""
    return any(c.kind in _SKIPPED_BLOCKS for c in item.children)


def _reference_numbered(text: str) -> bool:
    """Text that opens with the number of a copied bibliography entry: ``[12] ``, ``12. ``, ``(12) ``."""
    return REFERENCE_NUMBER.match(text) is not None


def _is_repository_url(url: str) -> bool:
    return ids.canonical_repo(url) is not None


def repository_name_over_quoted_work(name: _Inline, quote: _Inline) -> bool:
    """``[**ST-Net**](https://github.com/owner/ST-Net)`` / ``> [**Integrating spatial gene expression and …**](doi…)`` /
    ``>   by Authors.`` / ``>   <i>Venue</i> (2020).``: a README's references, each a method's name linked to its
    repository alone on its line, right over a quote that cites the method's paper by its linked title. Why: the
    name line was read as a repository of its own and the quote as a paper with no code, so the paper lost its code
    link. Only a name line that is one link and nothing else, its text three words or fewer, to a code repository
    (``ids.canonical_repo``), over a quote that opens with a linked title of four words or more to no repository."""
    links = [link for link in name.links if not link.image]
    if len(links) != 1 or ids.canonical_repo(links[0].url) is None or len(links[0].text.split()) > 3 \
            or name.plain.strip(" *_") != links[0].text.strip(" *_"):
        return False
    quoted = [link for link in quote.links if not link.image]
    if not quoted or any(ids.canonical_repo(link.url) is not None for link in quoted):
        return False
    title = quoted[0]
    return quote.plain.lstrip(" *_\n").startswith(title.text.strip(" *_")[:20]) \
        and names_work(title.text.strip(" *_"), min_words=4)


def _numbered_references(node: _Node) -> bool:
    """A list whose items are numbered references written in their text (``- [x] 12. Wang, S. & Xu, J. …``,
    ``* [3] …``): three or more items, and at least half of them start with a reference number (a reference
    cut in two by a copied page break leaves one unnumbered item after a numbered one)."""
    items = [c for c in node.children if c.kind == "Item"]
    if len(items) < 3 or not all(_reference_numbered(_inline(c.children).plain) for c in items[:2]):
        return False
    numbered = sum(1 for c in items if _reference_numbered(_inline(c.children).plain))
    return numbered >= 3 and 2 * numbered >= len(items)


def _reference_paragraph(p: _Node, inl: _Inline) -> bool:
    """A paragraph that is one link whose text is a whole reference (authors, title, year):
    ``[Li, Dinghua, et al. "MEGAHIT: …" Bioinformatics 31.10 (2015): 1674-1676.](…)``."""
    links = [link for link in inl.links if not link.image]
    if p.kind != "Paragraph" or len(links) != 1 or links[0].bare \
            or len(inl.plain.strip()) > len(links[0].text.strip()) + 3:
        return False
    return citation.whole_reference(links[0].text) is not None


def _linked_title_over_byline(parts: list[tuple[_Node, _Inline]]) -> bool:
    """``[Medical sam adapter: Adapting segment anything model …](sciencedirect…)`` / ``Junde Wu, **Ziyue Wang**, …,
    Yueming Jin``: an AcadHomepage paper box's two paragraphs, a work's title made a link (four words or more, the
    whole paragraph) over a link-less byline (``_is_byline``). Why: before the box's own list of points, under a
    "# Publications" heading, the pair reads as the section's intro prose; the byline says it is a publication."""
    if len(parts) != 2 or any(p.kind != "Paragraph" for p, _ in parts):
        return False
    inl = parts[0][1]
    links = [link for link in inl.links if not link.image]
    return len(links) == 1 and not links[0].bare and _clean_title(inl.plain) == _clean_title(links[0].text) \
        and names_work(links[0].text, min_words=4) and _is_byline(parts[1][1])


def _bold_title_over_byline(parts: list[tuple[_Node, _Inline]]) -> bool:
    """``**FedNCARE: Neural Collapse-Aligned Representation Learning for …**`` / ``<i> Under review, 2026 </i>`` /
    ``Yanyang Guo<sup>*</sup>, Benteng Ma<sup>*</sup>, **Jiayi Chen**, …``: a bold link-less title (four words or
    more, the whole paragraph) with a byline (``_is_byline``) among the next three paragraphs, a personal page's
    record of a work under review it gives no link for yet. Why: a bold heading-like line over prose is a topic;
    over its authors' names it is a publication."""
    if not parts or parts[0][0].kind != "Paragraph":
        return False
    head = parts[0][1]
    if head.links or not head.strong_only or not names_work(_clean_title(head.plain), min_words=4):
        return False
    return any(p.kind == "Paragraph" and (_is_byline(inl) or _byline_over_broken_note(inl)) for p, inl in parts[1:4])


def _byline_over_broken_note(inl: _Inline) -> bool:
    """``F Haider, E Moroshko, <b>Y Xue</b>, SA Tsaftaris`` / ``<br>`` / ``An empirical investigation into …``: a
    link-less paragraph whose text up to its first inline HTML line break is a byline (``_is_byline``), the work's
    note under the break. A Hugo timeline's publication card (``{{< timelineItem header="Title" … >}}``, read as
    the bold title line) writes its authors so, then a sentence about the work; a card with no link yet was dropped,
    its byline paragraph being no byline as a whole. Only a break the writer set (``<br>``), before any link."""
    if inl.links or not inl.breaks:
        return False
    head = inl.plain[:inl.breaks[0]].strip()
    return "\n" not in head and _is_byline(_Inline(plain=head))


#: ``(2023-ICLR)``, ``(NeurIPS 2022)``, ``(2021)``: a bracketed venue-and-year tag between a bold title and its byline
_PAREN_YEAR_TAG = re.compile(r"\(\s*[^()\n]{0,30}?(?<!\d)(?:19|20)\d\d(?!\d)[^()\n]{0,30}?\)\s*")


def _bold_title_venue_byline(parts: list[tuple[_Node, _Inline]]) -> bool:
    """``**[Causal Inference] Modeling the Data-Generating Process is …**. (2023-ICLR) Jivat Neet Kaur, Emre
    Kiciman, Amit Sharma.`` / ``**TLDR**: …``: a link-less paragraph whose first line is a work's bold title (four
    words or more), its venue and year in brackets, then its authors (``_is_byline``, or one person's full name:
    ``Nathan Kallus.``). Why: a conference digest writes each paper so, with no link at all; the bold line opened a
    group that, having neither a link nor a byline paragraph after it (``_bold_title_over_byline``), was dropped.
    The bracketed year is required: a bold topic line followed by names only ("**Organisers**. A, B.") is no work."""
    if not parts or parts[0][0].kind != "Paragraph":
        return False
    head = parts[0][1]
    if head.links or not head.strong_lead:
        return False
    first = head.plain.strip().split("\n", 1)[0]
    lead = head.strong_lead.strip()
    if not first.startswith(lead) or not names_work(_clean_title(lead), min_words=4):
        return False
    rest = first[len(lead):].lstrip(" .:：-–—*")
    tag = _PAREN_YEAR_TAG.match(rest)
    if tag is None:
        return False
    names = rest[tag.end():].strip()
    return bool(names) and (is_byline_line(names) or personal_name(names.rstrip(". ")))


def bold_title_over_venue_tag(inl: _Inline) -> bool:
    """``**Graph Element Networks: adaptive, structured computation and memory**. ICML19.`` (its links, badges, in
    the paragraph below): a link-less one-line paragraph that is a work's bold title (two words or more) closed only
    by a venue-and-year tag (``ICML19``, ``NeurIPS 2020``: ``venue_year_label``). Why: the tag after the bold run kept
    the line from reading as a bold title line, so the record did not open there and a whole section of such
    records ran into one, titled by its heading. The tag is required: a bold topic over prose names no venue."""
    if inl.links or inl.empty_links or not inl.strong_lead:
        return False
    text, lead = inl.plain.strip(), inl.strong_lead.strip()
    if "\n" in text or not text.startswith(lead) or not names_work(_clean_title(lead), min_words=2):
        return False
    tag = text[len(lead):].strip(" .,;:-–—*")
    return bool(tag) and len(tag) <= 30 and venue_year_label(tag)


def _labelled_bare_url_line(inl: _Inline) -> bool:
    """``Download conference paper PDF, https://…pdf``, ``PDF: https://…``: a line of one bare URL after words that
    only say what the link is (a link label, ``is_link_label``), nothing after the URL."""
    links = [link for link in inl.links if not link.image]
    if len(links) != 1 or not links[0].bare or inl.plain[links[0].end:].strip(" .,;"):
        return False
    lead = inl.plain[:links[0].start].strip().rstrip(",:;：，-–—").strip()
    return bool(lead) and is_link_label(lead)


def _titled_bare_reference(p: _Node, inl: _Inline) -> bool:
    """A paragraph that is a work's title followed by a bare address of its scholarly record, alone on
    its line: ``Oort: Informed Participant Selection for Scalable Federated Learning, https://arxiv.org/abs/2010.06081``
    (reading notes written without Markdown links: the title, a comma, the paper's URL), and, on the next
    lines, only labelled bare links to its code or data (``GitHub: https://github.com/…``)."""
    links = [link for link in inl.links if not link.image]
    # (or the address of a scholarly host's page of the work with no identifier in it: ``[Google] Privacy-first
    # Health Research with Federated Learning, https://research.google/pubs/pub50116/``, a lab's publication page)
    if p.kind != "Paragraph" or not links or len(links) > 1 + MAX_CODE_NOTES \
            or not all(link.bare for link in links) \
            or not (_cites_record(links[:1]) or classify.link_role("", links[0].url) == "paper"):
        return False
    lines = [line.strip() for line in inl.plain.strip().split("\n")]
    if len(lines) != len(links):
        return False  # one address per line
    for i, (line, link) in enumerate(zip(lines, links)):
        url = link.text.strip() or link.url
        at = line.find(url)
        if at <= 0 or line[at + len(url):].strip(" .,;:"):
            return False  # each address ends its line, after what names it
        lead = line[:at].rstrip(" ,:;-–—：")
        if i == 0 and not names_work(lead, 4):
            return False
        if i > 0 and not (_is_repository_url(link.url) or label_role(lead) in ("code", "dataset")
                          or label_role(lead) == "paper" and is_link_label(lead)):
            # "GitHub: https://github.com/…": the work's own code ("Download conference paper PDF, https://…pdf":
            # its document, labelled by what the link is)
            return False
    return True


def titled_bare_reference_title(p: _Node, inl: _Inline) -> str:
    """The title of a ``_titled_bare_reference`` paragraph (the words before the first line's address, a
    bracketed source tag before them dropped: ``[Google] Title, https://research.google/pubs/…``), else ""."""
    if not _titled_bare_reference(p, inl):
        return ""
    first = next(link for link in inl.links if not link.image)
    line = inl.plain.strip().split("\n", 1)[0]
    url = first.text.strip() or first.url
    return _clean_title(line[:line.find(url)].rstrip(" ,:;-–—："))


#: "Paper: …", "Reference:", "Citation –": a paragraph that opens with a label naming the work's reference
_REFERENCE_LABEL = re.compile(r"(?:paper|article|reference|citation|publication|cite as)s?\s*[:：–-]\s+(?=\S)", re.I)


def _labelled_reference(p: _Node, inl: _Inline) -> bool:
    """A link-less paragraph that gives a record's reference under a label: ``Paper: Morante R, … 2012.
    Machine reading of biomedical texts about Alzheimer's disease. In *CLEF 2012*.`` (a section about a
    dataset or a task that cites its article in prose, not in a link)."""
    if p.kind != "Paragraph" or inl.links:
        return False
    text = inl.plain.strip()
    m = _REFERENCE_LABEL.match(text)
    if m is None or len(text) < 40:
        return False
    return citation.whole_reference(text[m.end():]) is not None


def labelled_quoted_reference_title(p: _Node, inl: _Inline) -> str:
    """``### 7. RoFormer: Rotary Position Embeddings`` / ``**Citation**: Su, J., et al. (2021). "RoFormer: Enhanced
    transformer with rotary position embedding." *arXiv preprint arXiv:2104.09864*.`` / ``**arXiv**: https://…``:
    the quoted title of a one-line, link-less paragraph that gives the section's work's reference under a label
    (``_REFERENCE_LABEL``: "Citation:", "Reference:", "Paper:"), its authors first, its year and its title in
    quotes; else "". Why: a project's references page heads each work by what it took from it ("Label Smoothing
    for Deep Networks", "ESM-2: Evolutionary Scale Modeling"), a caption of the reader's, and the work was titled
    by that caption. A reference with its title unquoted, or no authors or year, gives no title here."""
    if p.kind != "Paragraph" or inl.links:
        return ""
    text = inl.plain.strip()
    m = _REFERENCE_LABEL.match(text)
    if m is None or "\n" in text:
        return ""
    rest = text[m.end():]
    if not citation.authors_first_reference(rest):
        return ""
    cited = citation.whole_reference(rest)
    if cited is None or not cited.title or not cited.year or not cited.authors:
        return ""
    title = cited.title.strip()
    return title if any(q + title in rest for q in citation.OPENING_QUOTES) else ""


#: the bold label of a research report's line naming the work its section describes ("**Study:**", "**Reference**:")
_REPORT_REFERENCE_LABEL = re.compile(r"(?:stud(?:y|ies)|references?|citations?|source|paper)\s*[:：]\s+", re.I)
#: the byline and bracketed year of such a line, then a dash: "D'Oosterlinck et al. (2023) - ", "Ramamoorthy &
#: Murugan (2018) - ", "Sánchez-Hernández et al. (2020) - " (one to four names a side, bounded: no backtracking run)
_NAME = r"[^\W\d_][\w'’.-]{0,40}"
_REPORT_BYLINE = re.compile(
    rf"(?:{_NAME}\s+){{0,3}}{_NAME}(?:\s+et\s+al\.?|\s+(?:&|and)\s+(?:{_NAME}\s+){{0,2}}{_NAME})?"
    r"\s+\((?:19|20)\d\d[a-z]?\)\s*[-–—]\s+")
#: the work's title quoted whole after the byline's dash (a closing full stop at most)
_QUOTED_REPORT_TITLE = re.compile(r'["“](?P<title>[^"“”\n]{8,300})["”]\.?')


def report_reference(inl: _Inline) -> str | None:
    """``**Study:** D'Oosterlinck et al. (2023) - "BioDEX: Large-Scale Biomedical …"``, ``**Reference**: Farrugia
    et al. (2023) - arXiv:2308.04172v2``: a link-less line of a research report (a survey written as prose under
    numbered headings) that names the work its section describes — a bold label saying it is the study or the
    reference, the authors' byline and year, a dash, then the work's quoted title or its identifier alone. Why: the
    report cites each work so and nowhere else; the notes after it ("**Methodology:**" / "- …") are on that work.
    Returns the quoted title, "" when the line gives an identifier in its stead (the heading names the work), or
    None for any other line."""
    if inl.links or not inl.strong_lead or "\n" in inl.plain.strip():
        return None
    text = " ".join(inl.plain.split())
    label = _REPORT_REFERENCE_LABEL.match(text) if len(text) <= 400 else None
    if label is None or inl.strong_lead.strip().rstrip(":：").strip().casefold() \
            != text[:label.end()].strip().rstrip(":：").strip().casefold():
        return None
    byline = _REPORT_BYLINE.match(text, label.end())
    if byline is None:
        return None
    tail = text[byline.end():].strip()
    if (quoted := _QUOTED_REPORT_TITLE.fullmatch(tail)) is not None:
        return quoted["title"].strip()
    if len(tail.split()) <= 2 and (ids.find_arxiv(tail) or ids.find_dois(tail) or ids.find_pmids(tail)):
        return ""  # "arXiv:2308.04172v2", "PMID: 123": the work's identifier in place of its title
    return None


def quoted_paper_label_title(inl: _Inline) -> str:
    """``**Paper**: "Large scale paired antibody language models"``: a link-less one-line paragraph whose bold lead
    is a paper label (``field_role`` "paper") and whose value is nothing but a quoted title of three words or more
    → that title; "" for any other line. Why: a project's reference notes file each work under a nickname heading
    ("### IgT5 - State-of-the-Art Antibody Model", "### Focal Loss") and write the work's own title so, in quotes
    after the label, over the bullets of its fields; the quotes say the value is a title, not a note."""
    value = _paper_label_value(inl, 400)
    quoted = _QUOTED_REPORT_TITLE.fullmatch(value) if value is not None else None
    return quoted["title"].strip() if quoted is not None and len(quoted["title"].split()) >= 3 else ""


def _paper_label_value(inl: _Inline, max_chars: int) -> str | None:
    """The value after the bold paper label of a link-less one-line paragraph (``**Paper**: value``, ``field_role``
    "paper", the whole line ``max_chars`` at most), or None for any other line."""
    if inl.links or not inl.strong_lead or "\n" in inl.plain.strip():
        return None
    label = inl.strong_lead.strip().rstrip(":：").strip()
    text = " ".join(inl.plain.split())
    if len(text) > max_chars or field_role(label) != "paper" or not text.casefold().startswith(label.casefold()):
        return None
    return text[len(label):].lstrip().lstrip(":：").strip()


#: a quoted title closed by its authors' byline in brackets: '"InfoGCN: Representation …" (Chi et al., Purdue)'
_QUOTED_BYLINE_TITLE = re.compile(r'["“](?P<title>[^"“”\n]{8,300})["”]\.?[ \t]*\((?P<byline>[^()\n]{2,160})\)\.?')


def quoted_paper_byline_title(inl: _Inline) -> str:
    """``**Paper:** "InfoGCN: Representation Learning for …" (Chi et al., Purdue / KAIST)``: a link-less one-line
    paragraph whose bold lead is a paper label (``field_role`` "paper") and whose value is a quoted title of three
    words or more closed by a bracketed byline naming its authors ("et al." or a comma-separated list) → that
    title; "" for any other line. Why: a research report heads each method with a nickname heading
    ("### 2.3 InfoGCN (CVPR 2022)") and cites the work it describes so, over notes and lists on it and its
    ``**Code:**`` field; the quotes and the byline say the value is the work's title, the heading only its name."""
    value = _paper_label_value(inl, 600)
    m = _QUOTED_BYLINE_TITLE.fullmatch(value) if value is not None else None
    if m is None or len(m["title"].split()) < 3 or not ("et al" in m["byline"] or "," in m["byline"]):
        return ""
    return m["title"].strip()


#: a short bold name, its year in brackets at most, then a dash before what follows: "**Med-PaLM 2 (2023)** - "
#: (or the bracket holds the byline before the year: "**RGDA-DDI** (Zhou et al. 2024) - ")
_NAMED_ID_LEAD = re.compile(r"(?P<name>[^\W_][^()\n]{0,60}?)"
                            r"(?:\s*\((?:[^\W\d_][^()\d]{0,40}?[,\s]\s*)?(?P<year>(?:19|20)\d\d)\))?\s*[-–—]\s+")


def named_identifier_line(inl: _Inline) -> tuple[str, int | None] | None:
    """``**Med-PaLM 2 (2023)** - arXiv:2305.09617`` / ``- **Performance**: …`` / ``- **Base Model**: …``: a link-less
    paragraph of a research report that is nothing but a work's bold name (five words at most, its year in
    brackets at most), a dash and the work's identifier → (the name, the year); None for any other line. Why: the
    report names each work so, on a line of its own above the bullets of notes on it, several works to a section;
    the line holds no prose, so it is that work's entry wherever in its section it stands."""
    if inl.links or not inl.strong_lead or "\n" in inl.plain.strip():
        return None
    return named_identifier_text(inl.plain, inl.strong_lead)


def named_identifier_text(plain: str, bold_lead: str | None = None) -> tuple[str, int | None] | None:
    """``Med-PaLM 2 (2023) - arXiv:2305.09617``: a text that is nothing but a work's name (five words at most, its
    year in brackets at most), a dash and the work's identifier → (the name, the year), else None. ``bold_lead``:
    the text's bold lead, which must then be the name and year (a paragraph's ``**Name (2023)** - arXiv:…``); a
    heading's text (``### 1.2 GatorTron (2022) - arXiv:2203.03540``, its number cut) needs none."""
    text = " ".join(plain.split())
    m = _NAMED_ID_LEAD.match(text) if len(text) <= 160 else None
    if m is None or bold_lead is not None and bold_lead.strip().casefold() not in (
            text[:m.end()].rstrip(" -–—").strip().casefold(), m["name"].strip().casefold()):
        return None
    name, tail = m["name"].strip(), text[m.end():].strip()
    if not name or len(name.split()) > 5 or len(tail.split()) > 2:
        return None
    if not (ids.find_arxiv(tail) or ids.find_dois(tail) or ids.find_pmids(tail)):
        return None
    return name, int(m["year"]) if m["year"] else None


#: what follows a bold identifier label before the work's title: a dash (or a colon) and a space
_ID_LEAD_DASH = re.compile(r"\s*[-–—:：]\s+")


def identifier_titled_line(inl: _Inline) -> tuple[str, str] | None:
    """``**Paper ID: 2206.01088v2** - *Machine Learning-based Lung and Colon Cancer Detection*`` over bullets of
    bold-labelled notes (``- **Architecture**: …``): a link-less paragraph whose bold lead gives the work's arXiv id
    behind an "ID:" label (``ids.id_labelled_arxiv``), then a dash and the work's title → (the title, the id as
    "arXiv:…" text); None for any other line. Why: a review of arXiv papers opens each work's notes so, several
    works to a section; the line holds nothing but the identifier and the title, so it is that work's entry (as
    ``named_identifier_line``'s "**Name (2023)** - arXiv:…" is), titled by what follows the dash."""
    if inl.links or not inl.strong_lead or "\n" in inl.plain.strip():
        return None
    arxiv = ids.id_labelled_arxiv(inl.strong_lead)
    if arxiv is None:
        return None
    text, lead = " ".join(inl.plain.split()), " ".join(inl.strong_lead.split())
    if not text.startswith(lead):
        return None
    dash = _ID_LEAD_DASH.match(text, len(lead))
    title = _clean_title(text[dash.end():]) if dash is not None else ""
    if not _is_meaningful(title) or len(title.split()) > 30:
        return None
    return title, f"arXiv:{arxiv}"


#: "[**NMI 2022**] Title", "[MICCAI'23] Title": a bracketed tag naming a venue and a year opens the text
_VENUE_YEAR_TAG_LEAD = re.compile(r"\[[^\[\]\n]{0,30}?(?:19|20)\d\d[^\[\]\n]{0,10}\]\s*\w")


#: a venue-and-year tag in square or lenticular brackets opening a line, the title right after it: "[2024] ",
#: "[IJCNN 2024] ", "[ACM Computing Survey 2022] ", "【IMWUT 2022】", "[Sensys 2023]", "[Mobicom 23] ", "[Sensys21] "
#: (a two-digit year only right after a venue's letters); the tag holds no bracket, so the match is linear
_VENUE_TAG_TITLE_LEAD = re.compile(r"[\[【][^\[\]【】\n]{0,40}?(?:(?:19|20)\d\d|(?<=[A-Za-z])\s?'?\d\d)"
                                   r"[^\[\]【】\n\d]{0,10}[\]】]\s*")


def venue_tag_titled_paragraph(p: _Node, inl: _Inline) -> bool:
    """``[IJCNN 2024] A Survey on Wearable Human Activity Recognition: …``, ``【IMWUT 2021】SelfHAR: Improving …``,
    ``[Sensys 2021] [LIMU-BERT: Unleashing the Potential of …](dl.acm.org/doi/…)``: a one-line paragraph that is a
    bracketed venue-and-year tag, then a work's title, plain or linked (nothing after it), is an item.

    Why: a reading list that files each paper as its own paragraph, the tag saying where and when it appeared,
    links only some titles and puts notes (``- benchmark study``) under only some; read as prose, the paragraphs
    without notes were the section's introduction and their works lost (those with notes were records already)."""
    if p.kind != "Paragraph" or inl.empty_links:
        return False
    line = inl.plain.strip()
    m = _VENUE_TAG_TITLE_LEAD.match(line)
    if m is None or "\n" in line:
        return False
    rest = line[m.end():]
    if not rest[:1].isalnum():
        return False  # "[26th Nov., 2021] [CVPR 2022] \\": one tag after another, no title
    links = [link for link in inl.links if not link.image]
    if not links:
        return names_work(rest, min_words=3)
    first = links[0]
    # the link is the title: nothing between the tag and it, nothing after it
    return len(links) == 1 and not first.bare and names_work(first.text, min_words=3) \
        and not inl.plain[:first.start].strip()[m.end():].strip() and not inl.plain[first.end:].strip()


def title_then_role_links_paragraph(p: _Node, inl: _Inline) -> bool:
    """``1.1.1 Deep Residual Shrinkage Networks for Lesion Segmentation [[paper]](arxiv…) [[code]](github…)``: a
    one-line paragraph that is a work's plain title (after an outline number, if any), then only links each
    labelled by what it is, the first to the work's scholarly record, nothing after them but a note set off by a
    dash (``- our favourite``).

    Why: a notes file that writes each work as its own paragraph makes them items where a section holds two; the
    lone one of a section, right before a list, was read as the section's introduction and its work lost. A
    sentence citing a work ("Please cite our survey [[paper]](…)") is prose: the text must read as a title."""
    if p.kind != "Paragraph" or inl.empty_links:
        return False
    line = inl.plain.strip()
    links = [link for link in inl.links if not link.image]
    if "\n" in line or not links or not all(link.text and is_link_label(link.text) for link in links) \
            or not _cites_record(links[:1]):
        return False
    tail = inl.plain[links[-1].end:].strip(" \t|,;/·")
    if tail and not tail.startswith(("- ", "– ", "— ", ": ")):
        return False  # "- our favourite": a note after a dash may follow; words running on are a sentence's
    head = _clean_title(inl.plain[:links[0].start])
    return names_work(head, min_words=4) and title_cased(head) and reads_like_paper_title(head) \
        and not head.endswith((":", "：", ".")) and "。" not in head


#: one part of an underscored lead that is a year ("2018_ICPR_…")
_LEAD_YEAR = re.compile(r"(?:19|20)\d\d")


def underscored_venue_title(text: str) -> tuple[str, str, int | None] | None:
    """``Drug safety_Detecting adverse drug events with rapidly trained classification models``, ``2018_ICPR_Graph
    memory networks for molecular activity prediction``: a link-less line written as a saved paper's file name, the
    venue (a year beside it or not) glued by an underscore to the title → (title, venue, year); None otherwise.

    Why: a reading list kept as the names of the PDFs its author saved lists each work as ``Venue_Title``, one a
    line, no link; read whole, the line was no work's title and no paper at all. Only a lead of short parts (one
    to eight words each, none a sentence: no stop, no link, no space at an underscore), then, after the last
    underscore, a title of four words or more opening with a capital or a digit that reads as a paper's
    (``classify.reads_like_paper_title``): "model_name for deep nets" or "see _Title_" keep their text."""
    cut = text.rfind("_")
    lead, name = text[:cut], text[cut + 1:].strip()
    if cut <= 0 or not name[:1].isupper() and not name[:1].isdigit():
        return None
    parts = lead.split("_")
    if any(not part[:1].isalnum() or part != part.strip() or len(part.split()) > 8 or ". " in part or "/" in part
           or ":" in part for part in parts) or all(_LEAD_YEAR.fullmatch(part) for part in parts):
        return None  # "model_ Name", "see _Title_": a space or a mark at the underscore; "2018_Title": a year alone
    if len(name.split()) < 4 or not classify.reads_like_paper_title(name):
        return None
    year = next((int(part) for part in parts if _LEAD_YEAR.fullmatch(part)), None)
    venue = " ".join(part for part in parts if not _LEAD_YEAR.fullmatch(part))
    return name, venue, year


def underscored_venue_paragraph(p: _Node, inl: _Inline) -> bool:
    """A one-line paragraph, no link and no bold lead, written as a saved paper's file name (``Bioinformatics_Title of
    the work``, ``underscored_venue_title``): an item, as the same line bulleted is. Why: a list of such names under
    year labels (``*2018*``) writes each as its own paragraph; read as prose, every work was lost. ``parse`` takes
    them for items only two or more in a section, as it does other paragraphs written as items."""
    line = inl.plain.strip()
    return p.kind == "Paragraph" and not inl.links and not inl.strong_lead and "\n" not in line \
        and underscored_venue_title(line) is not None


def unfiled_title_paragraph(p: _Node, inl: _Inline) -> bool:
    """``Shape-Based Generative Modeling for de Novo Drug Design`` after ``Journal of cheminformatics_An exploration
    strategy …``: a one-line paragraph, no link, no bold lead, that is only a paper's title (four words or more,
    title-cased, reading as a paper's, no closing stop or colon): one of the saved file names whose venue the list
    left out. Why: read as prose after an item, it became that item's note, so the work was lost and the item before
    it, its note no longer empty, kept its file name whole as its title. ``parse`` takes it for an item only right
    after an item written ``Venue_Title`` (``underscored_venue_paragraph``) in a section of two or more of them."""
    line = inl.plain.strip()
    return p.kind == "Paragraph" and not inl.links and not inl.strong_lead and "\n" not in line \
        and "_" not in line and not line.endswith((".", ":", "：", "。")) and names_work(line, min_words=4) \
        and title_cased(line) and classify.reads_like_paper_title(line)


def year_label_paragraph(p: _Node, inl: _Inline) -> bool:
    """``*2018*``, ``**2019**``: a paragraph that is only a year set in emphasis or bold, no link. Why: a list that
    files its items under year labels instead of headings puts the label between the last item of one year and the
    first of the next; read as a note, it ran into the item before it (the year of the next items that item's
    author). ``parse`` sets it apart from the items around it."""
    year = inl.plain.strip()
    return p.kind == "Paragraph" and not inl.links and _LEAD_YEAR.fullmatch(year) is not None \
        and (inl.strong_only or any(e.strip() == year for e in inl.emphasis))


def emphasised_label_paragraph(p: _Node, inl: _Inline) -> bool:
    """``*Drug Chem-Target Interaction*``: a paragraph that is only a short label (five words at most, no comma, no
    stop) set in emphasis, no link: a sub-heading written without a heading's marks. ``parse`` sets it apart from
    the item before it only when a year label or an item follows it (what it labels), never a note after it."""
    label = inl.plain.strip()
    return p.kind == "Paragraph" and not inl.links and 0 < len(label.split()) <= 5 \
        and not any(mark in label for mark in ",.;:") and any(e.strip() == label for e in inl.emphasis)


#: the longest venue-and-year tag before a line's linked title ("Science Robotics'25", "[IEEE TMI 2023]")
_MAX_TAG_LEAD_CHARS = 40


def venue_tagged_record_line(inl: _Inline) -> bool:
    """``ICRA'23 [Demonstration-Guided Exploration for …](arxiv…) <br>``, ``IROS 2021 [Title](doi…)``: a line that is a
    venue-and-year tag (``bold_venue_year_tag`` read on plain text, or the tag in square brackets), then a work's
    linked title (three words or more), then nothing but its role links, is one paper's record.

    Why: a project README lists the group's papers one a line in its intro, joined by ``<br>``; read as one
    paragraph of prose (a two-word lead before each link), the lines were no items and every paper was lost.
    ``_paragraph_units`` reads a paragraph as such records only when every line is one and two or more link a
    scholarly record: a sentence with a link in it is no such line."""
    first = next((link for link in inl.links if not link.image), None)
    if first is None or first.bare or not names_work(first.text):
        return False
    lead = inl.plain[:first.start].strip(" \t:：,.-–—|")
    if not lead or len(lead) > _MAX_TAG_LEAD_CHARS:
        return False
    if not (bold_venue_year_tag(lead) is not None or _BRACKET_TAG_LEAD.match(lead) is not None
            or apostrophe_year_tag(lead)):
        return False
    return sum(1 for ch in _prose(inl, first.end) if ch.isalpha()) <= MAX_ITEM_TAIL_LETTERS


def bracket_tag_bold_lead(inl: _Inline) -> bool:
    """``**[`arXiv 2023`]**[Title](…)``, ``**[CVPR 2023]** [Title](…)``, ``**[ICRA'24]** [Title](…)``: a paragraph
    whose bold lead is only a bracketed venue-and-year tag, right before its first link. Why: the bold sets off the
    tag, not a title (no title reads "arXiv 2023"); the paragraph is an item titled by its link, as ``- [CVPR 2023]
    [Title](…)`` is.

    ``**[Nature Method 2021]** Title [[paper](…)] [[code](…)]``: the same bold tag before a plain title whose
    links are only labelled by their role is the item ``- [CVPR 2023] Title [[paper](…)]`` written as a
    paragraph, titled by its text (the tag is still no title).

    ``**[Research]** [Title](pubmed…) — a note``: a bold bracketed kind tag (``kind_tag_lead``: "Research", "Paper",
    "Review") alone before a link naming a work sorts the paragraph as ``- [paper] [Title](…)`` does; read as a bold
    title, the tag titled the work and the work's title became its venue."""
    first = next((link for link in inl.links if not link.image), None)
    if first is None or first.bare or not inl.strong_lead:
        return False
    lead = inl.plain[:first.start]
    if (_BRACKET_TAG_LEAD.match(lead) is not None or apostrophe_year_tag(lead.strip(" \t:：,.-–—|"))) \
            and inl.strong_lead.strip() in lead:
        return True
    if kind_tag_lead(lead) is not None and lead.strip(" \t:：,.-–—|") == inl.strong_lead.strip() \
            and names_work(first.text, min_words=3):
        return True
    tag = inl.strong_lead.strip()
    return (_BRACKET_TAG_LEAD.match(tag) is not None or apostrophe_year_tag(tag)) and lead.lstrip().startswith(tag) \
        and _is_meaningful(lead.lstrip()[len(tag):].strip(" []（(")) and is_link_label(_bracket_label(first.text))


def bold_date_stamp_lead(inl: _Inline) -> bool:
    """``**Jan 1, 2017:** [Title.](writeups/notes.md) X. Wang, D. Sontag. KDD 2014. [[pdf]](…)``: a reading log's
    paragraph whose bold lead is only the date the work was read, right before a link naming the work. Why: the bold
    sets off the log's date, not a title (no work is titled "Jan 1, 2017"); the paragraph is the item
    ``Jan 1, 2017: [Title](…)`` written with its date in bold, titled by its link (``date_stamped_link``). Read as a
    bold title, every entry of the log was titled by its date and the work's title lost."""
    first = next((link for link in inl.links if not link.image), None)
    if first is None or first.bare or not inl.strong_lead:
        return False
    lead = inl.plain[:first.start]
    return inl.strong_lead.strip(" \t:：-–—") in lead and date_stamped_link(lead, first)


def numbered_bold_link_lead(inl: _Inline) -> bool:
    """``**1. [Title](pubmed…)**`` / a summary: a digest's numbered headline set wholly in bold, the record number
    and one link naming a work, nothing else in the bold. Why: the bold sets off the headline, and the number is
    the digest's, no word of the title; read as a bold title, the record was titled "1. Title". The paragraph is
    the item ``1. [Title](…)`` written in bold (``record_number_only`` drops the number there)."""
    first = next((link for link in inl.links if not link.image), None)
    if first is None or first.bare or not inl.strong_lead:
        return False
    lead = inl.plain[:first.start]
    m = _NUMBERED_LEAD.match(lead)
    return m is not None and m.end() == len(lead) and inl.strong_lead.strip() == (lead + first.text).strip() \
        and names_work(first.text, min_words=3)


def apostrophe_year_tag(tag: str) -> bool:
    """``[ISMR'22]``, ``[ICRA’24]``: a venue and its two-digit year after an apostrophe, in square brackets (the
    form ``_BRACKET_TAG_LEAD`` leaves, as it asks for a four-digit year), read as ``bold_venue_year_tag`` reads it
    unbracketed."""
    return tag[:1] == "[" and tag[-1:] == "]" and ("'" in tag or "’" in tag) \
        and bold_venue_year_tag(tag[1:-1]) is not None


#: the most words of a venue stamp set in bold before a record's labelled links ("**Speech Communication 2024**")
_MAX_STAMP_WORDS = 4


def venue_stamp_link_line(inl: _Inline) -> bool:
    """``**Interspeech 2025** | [论文](https://arxiv…)``: a one-line paragraph whose bold lead is only a venue (or a
    publisher, ``**Google 2021**``, ``**阿里巴巴 2024**``) and its year, and whose links are all labelled (``[论文]``,
    ``[PDF]``), names no work of its own.

    Why: reading notes that give each paper a heading of its own ("### 1. Title ⭐⭐⭐⭐⭐") write its venue in bold on
    the line below, then a link labelled "paper"; the bold lead there is the heading's work's stamp, not the title
    of a record of its own (a bold title names a work in words, not a venue's edition)."""
    lead = " ".join(inl.strong_lead.split()).strip(" *_")
    words = lead.split()
    if not inl.links or "\n" in inl.plain.strip() or not words or len(words) > _MAX_STAMP_WORDS \
            or not inl.plain.lstrip(" *_").startswith(lead):
        return False
    year = words[-1]
    dated = len(words) >= 2 and len(year) == 4 and year.isdigit() and year[:2] in ("19", "20") \
        and not any(c.isdigit() for w in words[:-1] for c in w)
    if not (dated or venue_year_label(lead)):
        return False
    return all(is_link_label(link.text) for link in inl.links if not link.image)


#: the most words of a link-less bold venue-and-year stamp, its year included ("**Genetics in Medicine, 2022**")
_MAX_LINKLESS_STAMP_WORDS = 6
#: small words a venue's name holds besides its capitalised ones ("Genetics in Medicine", "Journal of …")
_VENUE_JOINERS = frozenset(("of", "in", "and", "the", "for", "on", "&"))


def venue_year_stamp(inl: _Inline) -> tuple[str, int] | None:
    """``**Nature Medicine, 2023**``: a link-less one-line paragraph that is wholly bold and nothing but a venue's
    name and a year (the name capitalised word by word, its small joining words aside, no digit in it) → (the
    venue, the year), else None.

    Why: reading notes that give each paper a numbered heading of its own ("## 2. Title") stamp its venue and year
    in bold on the line below and link the paper a paragraph later ("[Nature Medicine 原文](…)"), or not at all;
    read as a bold title, the stamp titled the record ("Nature Medicine, 2023") and the heading's title was lost.
    A sentence or a label in bold ("**Key results**", "**Phase 2 in 2024**") is no such stamp."""
    if inl.links or inl.empty_links or not inl.strong_only or "\n" in inl.plain.strip():
        return None
    return stamp_venue_year(inl.plain)


def stamp_venue_year(text: str) -> tuple[str, int] | None:
    """``Nature Medicine, 2023``, ``ICASSP 2025``: the words of a venue stamp (``venue_year_stamp``, or the bold lead
    of ``venue_stamp_link_line``) → (the venue, the year), else None."""
    words = " ".join(text.split()).strip(" *_").split()
    if not 2 <= len(words) <= _MAX_LINKLESS_STAMP_WORDS:
        return None
    year = words[-1]
    if len(year) != 4 or not year.isdigit() or year[:2] not in ("19", "20"):
        return None
    name = " ".join(words[:-1]).rstrip(",").split()
    if not all(w and not any(c.isdigit() for c in w) for w in name) or "," in " ".join(name):
        return None  # ("**Cohort 3, 2023**": a count, not a venue; a comma only right before the year)
    # (a venue named in Chinese script, "**阿里巴巴 2024**", has no capitals to look for)
    if not (name[0] != name[0].lower() or any(map(_is_cjk, name[0]))) \
            or not all(w != w.lower() or w in _VENUE_JOINERS or any(map(_is_cjk, w)) for w in name):
        return None
    return " ".join(name), int(year)


def _venue_year_tag_lead(inl: _Inline) -> bool:
    """A paragraph opening with a bracketed venue-and-year tag (``[**EMNLP 2022**] MedCLIP: …``)."""
    return _VENUE_YEAR_TAG_LEAD.match(inl.plain.lstrip()) is not None


def _title_over_byline(inl: _Inline) -> tuple[str, str] | None:
    """``[**NMI 2022**] Title \\`` / ``_Hong-Yu Zhou, Xiaoyu Chen, …_``: a link-less paragraph whose lines after the
    first are each set in emphasis (its authors) → (the first line, the rest), or None. So is one whose lines after
    the first each list people's names parted by middle dots, as a conference's site writes its authors
    (``- [ ] Scaling Data-Constrained Language Models`` / ``Niklas Muennighoff · Alexander Rush · Boaz Barak``)."""
    lines = [line.strip() for line in inl.plain.strip().split("\n")]
    if len(lines) < 2 or not _is_meaningful(lines[0]):
        return None
    runs = {" ".join(e.split()) for e in inl.emphasis}
    if not all(" ".join(line.strip(" *_\\").split()) in runs or _dotted_names(line) for line in lines[1:] if line):
        return None
    return lines[0], " ".join(line for line in lines[1:] if line)


#: the most words of an undated byline set on its own line above an italic title ("Google PAIR.", "Cohen, J.")
_MAX_BYLINE_LINE_WORDS = 4


def undated_byline_over_title(first: str, rest: str) -> tuple[str, str] | None:
    """``- Google PAIR.  `` / ``  *People + AI Guidebook.*``: an APA reference with no date (a group's guidebook or
    report, an undated work), wrapped after its byline. The first line is a short name closed by its stop, the
    emphasised line under it the work's title: three words or more closed by a stop, with no list of names (no
    comma, "and", "et al."), unlike the emphasised byline under a title (``_title_over_byline``) → (the byline,
    the title), else None. A first line that holds a digit (a year, a venue tag) or runs longer is no bare byline.
    (Title-cased words, "*Peer Support Toolkit.*", read to ``parse_trailer`` as one name: one is not a list.)"""
    head, tail = first.strip(), rest.strip(" *_")
    if not head.endswith(".") or len(head.split()) > _MAX_BYLINE_LINE_WORDS or any(c.isdigit() for c in head) \
            or not tail.endswith("."):
        return None  # (a title closes on its own stop inside the italics, as the byline above it does)
    core = " ".join(tail.split()).rstrip(" .")
    if len(core.split()) < 3 or any(mark in core for mark in (",", ";", "&", " and ")):
        return None  # "*Jun Ma.*", "*Hong-Yu Zhou, Xiaoyu Chen*": one short name, or several, is a byline
    names = citation.parse_trailer(core)
    if names.et_al or len(names.authors) > 1 or citation.byline_names(core):
        return None
    return head.rstrip(" ."), core


#: the most words of one name in a middle-dotted byline ("Christopher D Manning", "Teven Le Scao")
_MAX_NAME_WORDS = 5


def _dotted_names(line: str) -> bool:
    """``Thomas Steinke · Milad Nasr · Matthew Jagielski``: two names or more parted by middle dots (``·``), each a
    few words without digits, the first capitalised — a byline, as OpenReview and conference sites print it."""
    parts = [p.strip() for p in line.split("·")]
    if len(parts) < 2:
        return False
    for part in parts:
        words = part.split()
        if not words or len(words) > _MAX_NAME_WORDS or not words[0][:1].isupper() \
                or any(ch.isdigit() for ch in part) or not part.replace(" ", "").replace("-", "").replace(".", "") \
                .replace("'", "").isalpha():
            return False
    return True


def _reference_across_lines(lead: str) -> str | None:
    """``15. Mienye, I.D.; Swart, T.G. Deep Convolutional Neural Networks in`` / ``Medical Image Analysis: A Review.
    Information 2025, 16, 195. https://…``: a reference whose title a line break cuts (a copied page's wrap) → the
    lines joined, else None (a first line that ends a sentence, or a title the first line holds whole).

    ``Sreedher, G., Ho, M.-L., Smith, M., Udayasankar, U. K., Risacher, S.,`` / ``Rapalino, O., … (2021).`` /
    ``Magnetic resonance imaging quality control, …``: a reference whose author list the wrap cuts (a pandoc
    bibliography, wrapped at 72 columns; the line ends on an author's comma or an ampersand) is joined too,
    when the first line holds none of the title: it is all byline, never the work's name."""
    first, _, rest = lead.strip().partition("\n")
    first = first.strip()
    byline_cut = first[-1:] in (",", "&") or _ends_on_author_initial(first)
    if not rest.strip() or not first or not (first[-1].isalnum() or byline_cut) or len(lead) > 1500:
        return None
    joined = " ".join(lead.split())
    cited = citation.whole_reference(joined)
    if cited is None or not cited.title:
        return None
    title = " ".join(cited.title.split())
    head = title[: min(20, len(title))]
    line = " ".join(first.split())
    if byline_cut:
        return joined if head not in line and joined.find(head) > len(line) else None
    if head in line:
        return joined if title not in line else None
    # "Gilson, M., …, & van Hemmen, J. L. (2009). Emergence of" / "network structure due to …": the wrap falls inside
    # the title's first words, the line closing on them; the title opens on the first line and runs past its end
    at = joined.find(head)
    return joined if 0 <= at < len(line) < at + len(head) and line.endswith(head[: len(line) - at]) else None


#: one author's initial or hyphenated initials as a word of an APA byline: "C.", "M.-L.", "J.-P."
_BYLINE_INITIAL = re.compile(r"[A-Z]\.(?:-?[A-Z]\.){0,2}")


def _ends_on_author_initial(line: str) -> bool:
    """``Nik-Zainal, S., …, Van Loo, P., Greenman, C.`` / ``D., Raine, K., … (2012). **Title**``: True when the
    line ends on an author's initials after the surname's comma (``Surname, C.``, ``Surname, K. M. T.``). Why: the
    wrap of an APA author list may fall between one author's initials as well as after an author's comma; the
    stop closing the initial is no end of a sentence, so the first line is byline, not the work's title. Only
    the last few words are looked at (no scan of the line)."""
    words = line.rsplit(None, 5)
    k = len(words) - 1
    while k > 0 and _BYLINE_INITIAL.fullmatch(words[k]):
        k -= 1
    return 0 < k < len(words) - 1 and words[k].endswith(",") and words[k][:1].isupper() and len(words[k]) > 2


def _title_wrapped_before_url(lead: str) -> str | None:
    """``* Identifying the Best Machine Learning Algorithms for Brain Tumor`` / ``Segmentation, Progression …`` /
    ``Prediction in the BRATS Challenge: https://…``: an item whose title hard line breaks cut (a copied PDF's
    wrap) and whose colon hands over to a bare URL → the lines joined (colon kept), else None.

    Only a wrap: two to four lines, each but the last running on (no closing mark), the last more than a link
    label, and the joined lines one title — title-cased, or each break falling before a lower-case word. A
    name over a sentence ("Great Tool" / "Download it from:"), a byline ("Smith J, et al."), a label line
    ("Paper:") keep the first line as the title, as before."""
    lines = [" ".join(x.split()) for x in lead.strip().split("\n")]
    if not 2 <= len(lines) <= 4 or not all(lines) or len(lead) > 600:
        return None
    if lines[-1].endswith(","):
        return _title_wrapped_before_comma(lines)
    if lead.rstrip(" \t").endswith("\n") and not lines[-1].endswith(_COLONS):
        return _title_wrapped_over_lone_url(lines)
    if not lines[-1].endswith(_COLONS):
        return None
    last = lines[-1][:-1].strip(" *_")
    if len(last.split()) < 2 or is_link_label(last) or any("et al" in x for x in lines[1:]):
        return None
    joined = " ".join(lines)[:-1].rstrip()
    if not reads_like_paper_title(joined) or not _wrapped_inside_title(lines, joined):
        return None
    return " ".join(lines)


def _title_wrapped_over_lone_url(lines: list[str]) -> str | None:
    """``Automatic counting of glands`` / ``in stained tissue sections`` / ``https://doi.org/…``: a plain notes file's
    paragraph whose title a hard wrap cuts, its address alone on the line after it → the title's lines joined, else
    None.

    Only a wrap inside one title: every line after the first opens in lower case (a byline, "Smith J, Doe K", a
    venue line, "MICCAI 2019", or a name over its title open in upper case), each line but the last runs on (no stop,
    colon or bracket closes it), the last closes on no stop (a sentence about the work), and the joined lines read as
    a work's title."""
    if any("et al" in x for x in lines[1:]) or lines[-1].endswith((".", "。")) \
            or not all(x[:1].islower() for x in lines[1:]):
        return None
    joined = " ".join(lines)
    if not _wrapped_inside_title(lines, joined) or not reads_like_paper_title(joined):
        return None
    return joined


#: the articles a subtitle wrapped onto its own line opens with ("Title words" / "A Systematic Review, <https://…>")
_SUBTITLE_ARTICLES = frozenset(("A", "An", "The"))


def _title_wrapped_before_comma(lines: list[str]) -> str | None:
    """``- Deep Learning for Instrument Tracking in`` / ``  Robot-Assisted Laparoscopy, MICCAI 2019, <https://…>``,
    ``- Machine Learning for Surgical Phase Recognition`` / ``A Systematic Review, <https://…>``: a "Title, <url>"
    list's item whose title a hard line break cuts, the comma (after the venue and year, if any) handing over to the
    written-out address → the lines joined, else None.

    Only a wrap: two or three lines, each but the last running on, and either each of those ending on a word no
    title ends on (``in``, ``and``, ``for``), or the last line's words before its comma opening in lower case or as a
    subtitle does (an article, "A Systematic Review") and naming no one. A title over its byline ("Jane Okafor, Omar
    Haddad, <…>", "Okafor J, Haddad O. IJCARS 2020. <…>") keeps the first line as the title, as before."""
    if len(lines) > 3 or any("et al" in x for x in lines[1:]) or not all(x[-1].isalnum() for x in lines[:-1]):
        return None
    head = lines[-1].split(",", 1)[0].strip(" *_")
    if not head:
        return None
    if not all(x.rsplit(None, 1)[-1].lower() in _TITLE_RUN_ON_WORDS for x in lines[:-1]):
        opening = head.split(None, 1)[0]
        if not (head[:1].islower() or opening in _SUBTITLE_ARTICLES and len(head.split()) >= 2) \
                or byline_names(head) is not None or any(not x[:1].isalnum() for x in lines[1:]):
            return None
    return " ".join(lines) if reads_like_paper_title(" ".join(lines[:-1] + [head])) else None


#: the fewest words a bold tag's first line must run on with past the tag before a wrap is read as the title's
_WORDS_PAST_BOLD_TAG = 2


def bold_tag_inside_first_line(lead: str, bold: list[tuple[int, int]] | None) -> bool:
    """``- **2018ASC Challenge** Review: Deep Learning for Atrial`` / ``Segmentation From Late`` / ``Gadolinium-Enhanced
    MRIs [[paper]](…)``: whether the item's bold lead (its first bold span, at the start of ``lead``) closes inside
    the first line and that line runs on past it by ``_WORDS_PAST_BOLD_TAG`` words or more, and by more words
    than the bold holds (a tag is shorter than the title it opens; "**Title of the work** Preprint 2023.02 <br />" /
    "*Authors*" is a bold title and its venue stamp over a byline). Why: a bold lead that
    fills its own line ("**Title**" / "Authors, Venue") is a title over its byline, and the wrap readers leave it;
    a bold tag the line's text runs on after is a curator's label, and the title that runs on under it is wrapped
    in the source as any other (``_title_wrapped_before_label_link`` judges that wrap). ``bold``: spans in ``lead``."""
    end = lead.find("\n")
    if not bold or end < 0:
        return False
    start, stop = bold[0]
    if lead[:start].strip() or stop >= end:
        return False
    past = len(lead[stop:end].split())
    return past >= _WORDS_PAST_BOLD_TAG and past > len(lead[start:stop].split())


def two_name_byline(line: str, bolded: Sequence[str] = ()) -> bool:
    """``Fei Liu, **Kai Example**\\*`` under a title: a line of just two people's names parted by a comma, one of
    them set in bold (``bolded``: the texts of the lead's bold spans; a lab's page bolds its member) or the last
    closed by an author's mark (an asterisk, a dagger). Why: ``citation.byline_names`` needs three names after
    commas (a subtitle's phrases are parted so too), and a two-author byline under its title was read as the title
    wrapping on ("Title Fei Liu, Kai Example"); the bold or the mark is what no wrapped title's tail carries."""
    pieces = [p.strip() for p in line.split(",")]
    if len(pieces) != 2 or len(line) > 120:
        return False
    names = [p.strip("*_ ").rstrip(citation.AUTHOR_MARK_CHARS + "0123456789").strip("*_ ") for p in pieces]
    if not all(names) or not all(personal_name(n) for n in names):
        return False
    marks = {b.strip(" *_").rstrip(citation.AUTHOR_MARK_CHARS).strip(" *_") for b in bolded}
    return any(n in marks for n in names) or pieces[1].rstrip("_ ").endswith(tuple(citation.AUTHOR_MARK_CHARS))


def _title_wrapped_before_label_link(lead: str, link_text: str, bolded: Sequence[str] = ()) -> str | None:
    """``* SUNet: a deep learning architecture for acute stroke lesion segmentation and`` / ``outcome prediction in
    multimodal MRI [[paper](…)]``: an item whose title a hard line break cuts (a lazy continuation line) before its
    role link → the lines joined, else None.

    Only a wrap: two or three lines, each but the last ending on a word no title ends on (``and``, ``of``, ``for``)
    and each after the first opening in lower case; the link a role label (``paper``, ``pdf``), not a title of its
    own; the joined lines one title. A name over a sentence ("Great Tool" / "a model for …") ends on no such word.

    Also, as for a wrap before a bare URL (``_title_wrapped_before_url``): ``PnP-AdaNet: Plug-and-Play Adversarial
    Domain`` / ``Adaptation Network with a Benchmark at`` / ``Cross-modality Cardiac Segmentation [[paper](…)]``:
    lists that hard-wrap long titles break them anywhere, so each line but the last running on (no closing mark) and
    the joined lines one title-cased title, or every continuation opening in lower case, is a wrap too."""
    lines = [" ".join(x.split()) for x in lead.strip().split("\n")]
    if not 2 <= len(lines) <= 3 or not all(lines) or len(lead) > 600 or not is_link_label(link_text):
        return None
    if any("et al" in x for x in lines[1:]):
        return None
    joined = " ".join(lines)
    run_on = all(x.rsplit(None, 1)[-1].lower() in _TITLE_RUN_ON_WORDS for x in lines[:-1]) \
        and all(x[:1].islower() for x in lines[1:])
    if not run_on:
        if any(not x[:1].isalnum() or byline_names(x) is not None or two_name_byline(x, bolded) for x in lines[1:]):
            # "Title \" / "_Philip Müller, Georgios Kaissis, Daniel Rueckert_ \", "Title" / "(**IMWUT**) [[paper]]",
            # "Title" / "**[2023 APSIPA Transactions …]**": the line under a whole title is its byline or venue
            return None
        if not _wrapped_inside_title(lines, joined.rstrip(" .")):
            return None
    # (a dated venue tag opening the first line is no part of the title: judged past it when every continuation
    # opens in lower case, a wrap in mid-phrase; a capitalised line under a tagged title may be its byline)
    lower_wrap = all(x[:1].islower() for x in lines[1:])
    return joined if reads_like_paper_title(_past_dated_tag(joined) if lower_wrap else joined) else None


#: a year written in a line: a card's venue line ("CVPR 2017", "Nature, 2020"), never a wrapped title's tail
_YEAR_IN_LINE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def card_title_wrapped_before_break(lead: str, breaks: list[int] | None) -> str | None:
    """``-  How Far is Video Generation from World Model?`` / ``— A Physical Law Perspective <br>`` / ``  [arxiv](…) /
    [Code](…)``, ``-  **CLEVR**: A Diagnostic Dataset for`` / ``Compositional Language and … Reasoning <br>``: a card
    whose title line is closed by an HTML line break, its links on the line under it, the title wrapped in the source
    (a soft break, a space in Markdown) → the two lines joined, else None.

    Why: the wrap readers (``_title_wrapped_before_label_link``) judge a wrap by how the first line ends and the next
    opens, and a title may end its first line on "?" or open its second on a dash or a capital; here the ``<br>``
    the list closes every title with says where this one ends. Only two lines, the break (``breaks``, positions in
    the item's text) closing the lead, the second line no byline (names, "et al.") and no venue line (a year)."""
    if not breaks or len(lead) > 600 or breaks[0] > len(lead) or lead[breaks[0]:].strip():
        return None
    lines = [" ".join(x.split()) for x in lead[:breaks[0]].strip().split("\n")]
    if len(lines) != 2 or not all(lines):
        return None
    second = lines[1]
    if "et al" in second or _YEAR_IN_LINE.search(second) or byline_names(second) is not None:
        return None
    joined = " ".join(lines)
    return joined if reads_like_paper_title(joined) else None


def title_line_over_hard_break(lead: str, breaks: list[int] | None,
                               hard_breaks: list[int] | None) -> tuple[str, str] | None:
    """``1. Title of the work <br>`` / ``A sentence about it.``, ``- Title of the work\\`` / ``A. Author, B. Author\\``
    / ``Venue 2021``: a link-less item whose first line a hard line break closes (an HTML ``<br>``, a Markdown
    backslash or two trailing spaces) → (that line, the lines after it joined), else None.

    Why: a soft break is a wrap, a space in Markdown, and a title may run on over it; a hard break is the author
    ending the line on purpose, as a list that sets each work's title over its note, byline or venue does. Read as
    one text, the note ran into the title ("Title Applying modified U-Net to …"). Only a first line that reads as a
    whole title (``reads_like_paper_title``) not left running on (a closing ``of``, ``and``, a comma or colon), the
    line after it opening as no wrapped title's tail does (in lower case)."""
    start = len(lead) - len(lead.lstrip())
    end = lead.find("\n", start)
    if end < 0 or len(lead) > 1200:
        return None
    closed = bool(hard_breaks) and end in hard_breaks
    if not closed and breaks:
        at = bisect.bisect_left(breaks, start)
        closed = at < len(breaks) and breaks[at] < end and not lead[breaks[at]:end].strip()
    if not closed:
        return None
    title = " ".join(lead[start:end].split())
    # the lines under it are fields of their own (a byline, a venue): each closed as a sentence, not run together
    lines = [" ".join(x.split()) for x in lead[end + 1:].split("\n")]
    rest = " ".join(x if x[-1] in ".,;:!?" else x + "." for x in lines if x)
    if not rest or rest[:1].islower() or not title or title[-1] in ",;:：-–—/&(" \
            or title.rsplit(None, 1)[-1].lower() in _TITLE_RUN_ON_WORDS or not reads_like_paper_title(title):
        return None
    return title, rest


def title_line_over_venue_stamp(lead: str, bold: list[tuple[int, int]] | None) -> tuple[str, str] | None:
    """``UNETR++: Delving Into … Segmentation \\`` / ``**IEEE TMI 2024** [[paper](…)] [[note](…)]``: the text before an
    item's first link (``lead``, its bold spans ``bold``) that is two lines, a plain title over a line wholly set in
    bold that is a venue-and-year stamp (``stamp_venue_year``: "CVPR 2024", "OMIA@MICCAI 2024", "Medical Image
    Analysis, 2023") → (the title line, the stamp), else None.

    Why: a reading log that sets each paper's title over its bold venue and its labelled links ran the stamp into
    the title ("… Segmentation IEEE TMI 2024"), whatever closed the line (a backslash, two spaces, nothing); a title
    wrapped over two lines never sets its tail alone in bold, and a bold first line is read by the bold-title rules."""
    if not bold or len(lead) > 600:
        return None
    start = len(lead) - len(lead.lstrip())
    end = lead.find("\n", start)
    if end < 0:
        return None
    s = end + 1 + (len(lead) - end - 1 - len(lead[end + 1:].lstrip()))
    e = len(lead.rstrip().rstrip("[(【").rstrip())  # ("… **CVPR 2024** [[paper](…)]": the link's own bracket)
    if s >= e or "\n" in lead[s:e] or any(b0 < end and b1 > start for b0, b1 in bold) \
            or not any(b0 <= s and e <= b1 for b0, b1 in bold):
        return None
    title, stamp = " ".join(lead[start:end].split()), " ".join(lead[s:e].split())
    if stamp_venue_year(stamp) is None or not reads_like_paper_title(title):
        return None
    return title, stamp


#: a bracketed tag holding a year that opens a line, its venue and date: "(Analytica Chimica Acta 2023.05) ",
#: "[CVPR 2023] ", "(ICLR 2025 Under Review) " (no bracket inside, so the match stays linear)
_DATED_TAG_OPENING = re.compile(r"[(\[][^()\[\]\n]{0,60}?(?:19|20)\d\d[^()\[\]\n]{0,24}[)\]]\s*")


def _past_dated_tag(text: str) -> str:
    """``text`` past the dated venue tag that opens it (``_DATED_TAG_OPENING``), else ``text``. Why: ``(Analytica
    Chimica Acta 2023.05) Algorithms for … tandem mass`` / ``spectrometry: A review [paper](…)`` wraps a title after
    its tag; read with the tag, the joined lines were no paper's title and the title stopped at the wrap."""
    tag = _DATED_TAG_OPENING.match(text)
    return text[tag.end():] if tag is not None and tag.end() < len(text) else text


def _wrapped_inside_title(lines: list[str], joined: str) -> bool:
    """Lines a hard wrap cut inside one title (a copied PDF's wrap, a list's own line length): each line but the
    last runs on (no stop, colon or bracket closes it), and the joined text is one title-cased title or every
    continuation opens in lower case. A name over a sentence, or a title over its byline, is no such wrap."""
    return all(x[-1].isalnum() or x[-1] == "," for x in lines[:-1]) \
        and (title_cased(joined) or all(x[:1].islower() for x in lines[1:]))


#: a line opened by one bracketed tag, words after it: "[JBHI-2024] Large Language Models for …", "[ICML'24, Che
#: Liu from IC] MERL: Zero-Shot ECG …" (the tag a venue, a year, a reader's note; the words the work's title)
_TAG_LED_LINE = re.compile(r"\[[^\[\]\n]{2,60}\]\s*(?=[^\W\d_])")


def tag_led_title(inl: _Inline) -> str | None:
    """The title of a one-line paragraph ``[JBHI-2024] Large Language Models for Cuffless Blood Pressure …``
    (no link, or only a short labelled link to the work after the title): the words after its opening bracketed
    tag, when they read as a work (three words or more).

    Why: a reading-notes file writes each paper as such a line right over a list of its notes (``- https://
    arxiv…``, ``- Architecture: …``, ``- Code: [github](…)``); the tag marks the line as a work's head the way
    a bold title or a heading does, so the words after it are the title, the bullets the record's fields."""
    if inl.empty_links or any(link.image or not (is_link_label(_bracket_label(link.text)) or url_role(link.url) == "paper"
                                                 and len(link.text.split()) <= 2) for link in inl.links):
        return None  # ("[arxiv24] Foundation models for ECG [link](arxiv…)": a short link to the work is its own)
    line = inl.plain.strip()
    m = _TAG_LED_LINE.match(line)
    if m is None or "\n" in line:
        return None
    end = min((link.start for link in inl.links), default=len(inl.plain)) - (len(inl.plain) - len(inl.plain.lstrip()))
    title = line[m.end():end].strip()
    return title if names_work(title, min_words=3) else None


#: a year in a line's opening tag, four digits or two after a venue's letters: "[MIDL23, Lab A]", "[TMI'24]",
#: "[ICCV 2023]" (a dated venue, the line a work's head; "[todo]", "[note]" tag a reader's remark)
_DATED_TAG = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)|(?<=[A-Za-z])'?\d\d(?!\d)")


#: the most lines a paragraph of tag-led title lines is read for (``tag_led_title_lines``): a bound, each line is
#: read once
MAX_TAG_LED_LINES = 40


def tag_led_title_lines(p: _Node) -> list[tuple[_Node, _Inline, str]] | None:
    """``[MIDL23, Lab A] Frozen Language Models Help ECG Zero-Shot Learning`` / ``[ICASSP24, Lab B] ETP: Learning
    …`` (the next line, no blank line between): a link-less paragraph whose every line, two or more, is a tag-led
    title line (``tag_led_title``) whose tag is dated (``_DATED_TAG``) → each line (as a paragraph of its own), its
    inline and its title; None otherwise.

    Why: a reading-notes file that heads each paper's notes with such a line sometimes writes two papers' lines one
    under the other, the notes only under the second; Markdown runs the lines into one paragraph, which read whole
    was no tag-led line at all, so both papers were lost and the notes under them became entries of their own."""
    lines = _paragraph_lines(p)
    if not 2 <= len(lines) <= MAX_TAG_LED_LINES:
        return None
    heads = []
    for line in lines:
        line_inl = _inline(line.children)
        title = None if line_inl.links else tag_led_title(line_inl)
        tag = _TAG_LED_LINE.match(line_inl.plain.strip())
        if title is None or tag is None or _DATED_TAG.search(tag.group()) is None:
            return None  # ("[todo] read these …" / "[note] …": a reader's remarks, each tagged, no dated work)
        heads.append((line, line_inl, title))
    return heads


#: a line that is one bracketed tag and nothing else: "[Transformer]", "[GAN/CNN]", "[geometric deep learning]"
_TAG_LINE = re.compile(r"\[[^\[\]\n]{1,40}\]")


def _tag_opened_record(inl: _Inline) -> bool:
    """``[Transformer]`` / ``**Title**`` / ``[Authors. Venue (2022).](…)``: a linked paragraph whose first line
    only tags it and whose second line is all bold is a record titled by that bold line; the heading right
    above it names the section, not this work."""
    if not inl.links or not inl.bold:
        return False
    plain = inl.plain.lstrip()
    tag, _, rest = plain.partition("\n")
    if not rest or not _TAG_LINE.fullmatch(tag.strip()):
        return False
    title = rest.split("\n", 1)[0].strip()
    return bool(title) and any(inl.plain[b0:b1].strip(" *_") == title.strip(" *_") for b0, b1 in inl.bold)


def byline_opened_record(inl: _Inline) -> bool:
    """``*Keller J, Vogel S*`` / ``**Federated Feasibility Queries across University Hospitals**`` / ``DOI: [10.3205/…](…)``:
    a linked paragraph whose first line only names the work's authors (``_is_byline``) and whose second line is all
    bold and reads as a work's title is a record titled by that bold line, as a publication page writes each of
    its records; the heading right above it (a topic, "## Conference papers") names the section, not this work.
    A bold venue stamp (``**MICCAI 2023**``) on the second line titles nothing: that paragraph is left as it was."""
    if not inl.links or not inl.bold:
        return False
    lines = inl.plain.strip().split("\n")
    if len(lines) < 3 or not (_is_byline(_Inline(plain=lines[0].strip(" *_"))) or lone_marked_author(inl, lines[0])):
        return False
    title = lines[1].strip()
    start = inl.plain.find(title)
    return bool(title) and any(b0 <= start and start + len(title) <= b1 for b0, b1 in inl.bold) \
        and bold_venue_year_tag(title.strip(" *_")) is None and reads_like_paper_title(title.strip(" *_"))


def lone_marked_author(inl: _Inline, line: str) -> bool:
    """``*Santos R*``: a line set in emphasis that is one author's name as NLM writes it, a surname and one or two
    initials (``citation.vancouver_authors``). Why: a publication page sets each record's byline in emphasis over its
    bold title; a paper with one author has no comma to say the line is a byline (``_is_byline`` reads lists of
    names), so the record was titled by the heading above it. Only the whole line emphasised, and only one or two
    initials ("Deep CNN" in emphasis is a tag, not a name)."""
    line = line.strip()
    words = line.strip(" *_").split()
    if len(words) != 2 or not words[1].isupper() or len(words[1]) > 2 or not inl.marked:
        return False
    start = inl.plain.find(line)
    return start >= 0 and any(m0 <= start and start + len(line) <= m1 for m0, m1 in inl.marked) \
        and len(citation.vancouver_authors(line.strip(" *_"))) == 1


def quoted_reference_over_record_badge(inl: _Inline) -> citation.Citation | None:
    """The reference (its quoted title, authors, venue, year) of a paragraph that is one whole reference with its title in quotes, then only badges
    that link its scholarly record: ``Zivich PN, Breskin A. "Machine learning for …". *Epidemiology*.`` /
    ``2021;32(3):393-401.`` / ``[![PubMed](…shields.io/badge/PubMed-33591058-…)](https://pubmed…/33591058/)``.

    Why: a repository that keeps the code of its author's papers gives each folder a heading and, under it, the
    paper's reference and a PubMed or arXiv badge; the heading names the folder, the reference the work. A badge
    is no link of the prose (``_lone_link`` sets it aside), so the section read as link-less prose and the work
    was lost, or, when a full stop closed the quoted title, the folder's name titled it. A named link, a
    reference without quotes or without authors and year, or a badge that reaches no record is left as it was."""
    links = inl.links
    if not links or any(not link.image for link in links) or not _cites_record(links) \
            or inl.plain[links[0].start:].strip(" \t\n.;,"):
        return None
    text = " ".join(inl.plain[:links[0].start].split())
    cited = citation.whole_reference(text)
    if cited is None or not cited.authors or cited.year is None:
        return None
    opened = text.find(cited.title)
    if opened <= 0 or text[opened - 1] not in "\"“'‘":
        return None
    return cited


def own_title_line_record(inl: _Inline) -> bool:
    """``Reducing Label Effort: Self-Supervised Meets Active Learning`` / ``**[ICCVW'21]** **[[PDF]](…)**``: a
    paragraph whose first line, link-less, reads as a work's title (not its byline) and whose next line gives
    only the work's labelled links (``[PDF]``, ``[Code]``) is a record titled by that line.

    Why: a list that writes each work as a paragraph, title line then a line of tags and links, files them
    under venue headings ("### ICCV Workshop"); a section that holds only one such paragraph is still one
    of those records, not a record titled by the heading above it."""
    if not inl.links:
        return False
    first, sep, rest = inl.plain.lstrip().partition("\n")
    start = len(inl.plain) - len(inl.plain.lstrip())
    if not sep or not rest.strip() or inl.links[0].start < start + len(first):
        return False  # one line, or a link on the first line: no title line of its own
    first = _bold_title_after_venue_tag(inl, start, first)
    if not reads_like_paper_title(first) or _is_byline(_Inline(plain=first)):
        return False
    return all(is_link_label(_bracket_label(link.text)) for link in inl.links if not link.image)


def title_over_byline_record(inl: _Inline) -> bool:
    """``Section Embeddings for Clinical Document Triage`` / ``Kowalski P, Santos R`` / ``DOI: [10.1055/…](…)``: a
    paragraph whose first line, link-less, reads as a work's title (not a byline), whose second line, link-less,
    is its byline (``_is_byline``: a list of names), and whose links come after: a record titled by its first line.

    Why: a publication page filing its records under year headings ("### 2021") writes each as title, authors, then
    its identifier links; a year that holds only one record was titled by the heading, its title lost (as
    ``own_title_line_record`` reads a title over a line of labelled links)."""
    if not inl.links:
        return False
    lines = inl.plain.strip().split("\n")
    if len(lines) < 3:
        return False
    start = len(inl.plain) - len(inl.plain.lstrip())
    second_end = start + len(lines[0]) + 1 + len(lines[1])
    if inl.links[0].start < second_end:
        return False  # (a link on the title's or the byline's line: no such record)
    first = lines[0].strip(" *_")
    return reads_like_paper_title(first) and not _is_byline(_Inline(plain=first)) \
        and _is_byline(_Inline(plain=lines[1].strip(" *_")))


#: a bracketed tag opening a title line, in plain text (no link): "[IEEE Transactions on Biomedical Engineering] "
_LINE_TAG_LEAD = re.compile(r"\[[^\[\]\n]{1,80}\]\s+")


def _bold_title_after_venue_tag(inl: _Inline, start: int, line: str) -> str:
    """``[IEEE Transactions on Biomedical Engineering] **Title**``: a title line opened by a bracketed tag (the
    venue written out in full) and then the title in bold → the bold title alone; any other line as it is. Why:
    read whole, a tag of five words or more made the line no title, so a year section holding only that record
    (``### Year 2017``) was titled by its heading and the work's title lost; the bold marks where the title is."""
    tag = _LINE_TAG_LEAD.match(line)
    if tag is None:
        return line
    title = line[tag.end():].strip()
    at = start + tag.end()
    if title and any(b0 <= at + 2 and inl.plain[b0:b1].strip(" *_") == title.strip(" *_") for b0, b1 in inl.bold):
        return title
    return line


def label_link_title_record(inl: _Inline) -> bool:
    """``[[CVPR](arxiv…)] Learning multiview 3D point cloud registration. [[code](github…)]``: a paragraph that
    opens with a bracketed label link (a venue, perhaps with its year, or a role word) and writes the work's
    title after it on the same line (``_title_after_label_link``) is a record titled by that text.

    Why: a list that writes each work so files them under year headings ("## 2020"); a section that holds
    only one such paragraph (or follows one that did) is still one of those records, not a record titled by
    the year above it, as ``own_title_line_record`` says of the title-over-links paragraph."""
    links = [link for link in inl.links if not link.image]
    if not links or inl.plain[:links[0].start].strip(" \t*_") not in ("", "["):
        return False
    after = _title_after_label_link(inl.plain, links, links[0])
    return after is not None and len(after[0].split()) >= 3


def _byline_link(inl: _Inline) -> bool:
    """``**Title**`` / ``[Elnaggar, Ahmed, et al. bioRxiv (2020).](github…)``: a paragraph whose link's text is
    a reference (authors and a year) cites its work, whatever the link reaches (its code, a mirror)."""
    for link in inl.links:
        if link.image or link.bare or len(link.text) > 400:
            continue
        if citation.whole_reference(link.text, min_title_words=0) is not None:
            return True
    return False


def byline_over_record_url(inl: _Inline) -> bool:
    """``Chenxi Sun, Shenda Hong, Moxian Song, and Hongyan Li.`` / ``https://arxiv.org/abs/2010.12493``: the list's
    first paragraph is the byline of the work its title names (the authors, perhaps where and when it appeared)
    and the written-out address of that work's scholarly record, nothing else: a survey's companion repository
    heading its README with the survey itself."""
    link = _lone_link(inl)
    if link is None or not link.bare or not any(ids.ids_from_url(link.url)):
        return False
    rest = (inl.plain[:link.start] + " " + inl.plain[link.end:]).strip(" \n()[]<>:")
    if not rest or len(rest) > 400:
        return False
    byline = citation.parse_trailer(rest)
    return len(byline.authors) >= 2 and all(" " in a.strip() for a in byline.authors)


def _cites_record(links: Sequence[Link] | Sequence[_RawLink]) -> bool:
    """A link to a DOI, arXiv, PubMed or PMC record: the links cite a scholarly work."""
    return any(any(ids.ids_from_url(link.url)) for link in links)


def _names_one_work(title: str) -> bool:
    """A short grouping bullet that names one work: ``AntiBERTy(2021)``, ``solPredict by Eli Lilly (2022)``."""
    t = title.strip()
    return 0 < len(t.split()) <= 12 and t.endswith(")") and "(" in t and any(ch.isdigit() for ch in t[t.rfind("("):])


#: the most words of a bullet that only names a method over its work's title (``GCNConv``, ``~~X GATConv~~``)
_METHOD_NAME_WORDS = 3


def method_name_over_title_line(caption: str, subs: Sequence[_Inline]) -> str | None:
    """``- GCNConv`` / ``  - Semi-Supervised Classification with Graph Convolutional Networks`` / ``  - https://arxiv
    …``: the title a bullet naming a method (a few words, no link, not itself a title) gets from its sub-bullets, when
    exactly one of them is a link-less line that reads as a work's title and another is only a bare link to the
    work's scholarly record (arXiv, DOI, PubMed); None otherwise.

    Why: an outline of notes (an experiment log, a study plan) names each method it tried and writes the method's
    paper one level deeper, its title on one line and its address on the next; read by the bullet's own text, the
    paper was titled by the method's short name and its title left as a note."""
    caption = caption.strip(" ~*_")
    if not caption or "\n" in caption or len(caption.split()) > _METHOD_NAME_WORDS \
            or reads_like_paper_title(caption):
        return None
    titles = [sub.plain.strip() for sub in subs if not sub.links and "\n" not in sub.plain.strip()
              and not _split_label(sub.plain.strip())[0] and names_work(sub.plain.strip(), min_words=3)
              and (reads_like_paper_title(sub.plain.strip())  # (or a short title, every word capitalised)
                   or all(word[:1].isupper() for word in sub.plain.split()))]
    cited = any(len(sub.links) == 1 and sub.links[0].bare and sub.plain.strip() == sub.links[0].text.strip()
                and _cites_record(sub.links) for sub in subs)
    return titles[0] if len(titles) == 1 and cited else None


#: the most bullets a citation's own list of code and data links has (``* [GitHub Repository](…)``)
MAX_CODE_NOTES = 3


def _code_note_link(inl: _Inline) -> bool:
    """A bullet that is only one link to the work's code or data: a repository (``[GitHub](github…)``,
    ``[owner/repo](github…)``) or a link labelled as code or data (``[Dataset](zenodo…)``), or a bare URL
    that a role word labels (``[code] *https://github.com/…*``, ``Code: https://…``)."""
    links = [link for link in inl.links if not link.image]
    if len(links) != 1:
        return False
    link = links[0]
    if _clean_title(inl.plain.replace(link.text, " ")):
        return _labelled_bare_code_note(inl)
    return _is_repository_url(link.url) or (not link.bare and label_role(_bracket_label(link.text)) in ("code", "dataset"))


def citation_markers_only(inl: _Inline) -> bool:
    """``**Universal models** (UMs), trained on … [[1](nature…)]. … [[2](arxiv…), [3](arxiv…)] …``: a paragraph whose
    links are all numbered citation markers (a link's text a bare number) is prose citing its references, however it
    opens; its bold lead term names no record, and the works behind the numbers are listed (or not) elsewhere."""
    numbers = [link.text.strip(" []") for link in inl.links if not link.image]
    return bool(numbers) and all(n.isascii() and n.isdecimal() and len(n) <= 3 for n in numbers)


def code_link_bullet_text(raw: str) -> bool:
    """A cheap look at an item's source before ``sibling_code_link`` reads it: one link, its text a code label
    ("- [Github: owner/repo](…)", "- [[code]](…)", or by reference: "- [Github: owner/repo][3]")."""
    inline, by_ref = raw.count("]("), raw.count("][")
    if inline + by_ref != 1:
        return False
    text = raw[raw.find("[") + 1: raw.find("](" if inline else "][")]
    return label_role(_bracket_label(text.strip(" `*_"))) == "code"


#: a link label's closing bracket that names whose the link is: "Code (PyKEEN)", "Data (ConIB)"
_LABEL_NAME_ASIDE = re.compile(r"[(（]([^()（）\n]{1,40})[)）]\s*$")
#: the most words a work's short name before its subtitle holds ("BioKEEN: A library for …" → "BioKEEN")
_SHORT_NAME_WORDS = 3


def named_in_label(text: str) -> str:
    """``Code (PyKEEN)`` → "PyKEEN": the name a role label's closing bracket gives (whose code it is); "" when the
    label has no such bracket."""
    m = _LABEL_NAME_ASIDE.search(text)
    return " ".join(m.group(1).split()) if m and label_role(_bracket_label(text[:m.start()])) else ""


def short_name(title: str) -> str:
    """``BioKEEN: A library for learning …`` → "BioKEEN": the short name a work's title opens with before its
    subtitle's colon; "" when the title has none."""
    head, colon, _ = title.partition(":")
    head = " ".join(head.split())
    return head if colon and head and len(head.split()) <= _SHORT_NAME_WORDS else ""


def sibling_code_link(inl: _Inline, previous: Sequence[Link]) -> _RawLink | None:
    """``- [Title](arxiv…)`` / ``- [Github: owner/repo](github…)``: a bullet that is only one link labelled as
    code, right after a bullet citing a work (a DOI, arXiv or PubMed link) that gives no repository → that link
    (the cited work's code), else None. Why: the writer set the code link on a line of its own without indenting
    it under the paper; the label (not the URL alone: a list of tools names repositories) says whose it is."""
    links = [link for link in inl.links if not link.image]
    if len(links) != 1 or links[0].bare or _clean_title(inl.plain.replace(links[0].text, " ")):
        return None
    if label_role(_bracket_label(links[0].text)) != "code" or not _cites_record(previous) \
            or any(_is_repository_url(link.url) for link in previous):
        return None
    return links[0]


def _labelled_bare_code_note(inl: _Inline) -> bool:
    """``[code] *https://github.com/…*``, ``Code: https://…``: a bullet that is only a role word (in brackets
    that open no link, or before a colon) labelling one bare URL as the work's code or data. Why: the label
    says whose link it is — the record the bullet sits under — as ``[code](…)`` would; a bare URL with any
    other words beside it is prose, not a label."""
    links = [link for link in inl.links if not link.image]
    if len(links) != 1 or not links[0].bare:
        return False
    label = _bracket_label(_clean_title(inl.plain.replace(links[0].text, " ")).rstrip(":：").strip())
    return label_role(label) in ("code", "dataset")


def labelled_code_note_list(node: _Node) -> bool:
    """A code-note list (``_code_note_list``) whose every bullet labels its link as code or data by a role
    word (``- [code] https://…``, ``- [Code](…)``), not by the link's host alone: such a list names its work
    even set off from the record paragraph by a blank line, as the label points back at that record."""
    if not _code_note_list(node):
        return False
    for c in node.children:
        inl = _inline(c.children)
        link = next(link for link in inl.links if not link.image)
        if not (_labelled_bare_code_note(inl)
                or not link.bare and label_role(_bracket_label(link.text)) in ("code", "dataset")):
            return False
    return True


def _code_note_list(node: _Node) -> bool:
    """A short list (one to three bullets) of links to a work's code or data and nothing else: under a
    citation paragraph, ``  * [GitHub Repository](https://github.com/…)`` is that work's code."""
    items = [c for c in node.children if c.kind == "Item"]
    if not items or len(items) > MAX_CODE_NOTES or len(items) != len(node.children):
        return False
    return all(not _holds_blocks(c) and _code_note_link(_inline(c.children)) for c in items)


#: the most bullets a heading's list of bare links to one work has (its paper, code, a port, a project page)
MAX_BARE_LINK_FIELDS = 6


def _bare_link_fields(node: _Node) -> list[_Inline] | None:
    """``# Title`` / ``- https://arxiv.org/pdf/…`` / ``- https://github.com/…``: a short flat list whose every
    bullet is one bare URL and nothing else, exactly one work's record (a DOI, arXiv, PubMed or PMC link) among
    them, is that work's links as a plain notes file keeps them under its title; the list's inlines, or None.
    Why one record: the links of two papers under a heading are a topic's entries, and a list of bare links
    naming no paper (``# Useful links``) is a list of sites, not a work's record."""
    items = [c for c in node.children if c.kind == "Item"]
    if not items or len(items) > MAX_BARE_LINK_FIELDS or len(items) != len(node.children):
        return None
    inlines: list[_Inline] = []
    records: set[tuple] = set()
    for item in items:
        if _holds_blocks(item):
            return None
        inl = _inline(item.children)
        links = [link for link in inl.links if not link.image]
        if len(links) != 1 or not links[0].bare or inl.plain.strip() != links[0].text.strip():
            return None
        found = ids.ids_from_url(links[0].url)
        if any(found):
            records.add(tuple(found))
        inlines.append(inl)
    return inlines if len(records) == 1 else None


def _names_its_repo(link: _RawLink) -> bool:
    """A link whose text is the code repository's own path or name (``[owner/Repo](github…/owner/Repo)``), or its
    address spelt out (``<https://github.com/owner/Repo>``, a bare URL, ``[github.com/owner/Repo](…)``): the text,
    read as an address, names the same repository. Either way the link shows the repository and nothing else —
    no work's title — so under a paper's record it is that paper's code, not an entry of its own."""
    repo = ids.canonical_repo(link.url)
    if repo is None:
        return False
    path = repo.split("://", 1)[-1].split("/", 1)[-1].lower().rstrip("/")
    text = link.text.strip().strip("`").lower()
    return bool(text) and (text == path or text == path.rsplit("/", 1)[-1]
                           or ids.canonical_repo(text) == repo)


#: the word tokens of a short name or a repository path (``SGPT-125M`` → sgpt, 125m)
_NAME_TOKENS = re.compile(r"[a-z0-9]+")


def _aliased_repo_link(inl: _Inline) -> bool:
    """A sub-bullet that is a short name and one link to a repository named like it: ``SGPT-125M
    [https://github.com/Muennighoff/sgpt](…)``, ``MedSAM: [github.com/bowang-lab/MedSAM](…)``. Under a paper's
    record it gives that paper's code (the name is the method's or the released model's)."""
    links = [link for link in inl.links if not link.image]
    if len(links) != 1:
        return False
    repo = ids.canonical_repo(links[0].url)
    if repo is None:
        return False
    rest = _clean_title(inl.plain.replace(links[0].text, " ")).strip(" :：-–—")
    words = rest.split()
    if not 1 <= len(words) <= 2:
        return False
    path = repo.split("://", 1)[-1].split("/", 1)[-1].lower()
    repo_tokens = set(_NAME_TOKENS.findall(path))
    return any(len(t) >= 3 and not t.isdigit() and t in repo_tokens for t in _NAME_TOKENS.findall(rest.lower()))


def _only_badges(html: str) -> bool:
    low = html.lower()
    return "<img" in low and low.count("href") <= low.count("<img") or "back to top" in low


_TOC_HEADINGS = {"contents", "table of contents", "目录", "toc", "content", "index"}


def _is_toc(node: _Node, topic: list[Heading]) -> bool:
    """A list whose links all jump inside the document (``#anchor``) is a table of contents."""
    urls = link_urls(node)
    if not urls:
        return False
    if len(urls) >= 2 and all(_sibling_index_page(u) for u in urls):
        return True  # "- [ICLR2026](../../ICLR2026/medical_imaging/index.md)": the site's other index pages
    # a bare "#" jumps nowhere: the writer's placeholder for a URL left for later ("[Title(CVPR2015)](#)"), as "()"
    # is, so a sub-list of such links under a work's line is a work's, not a table of contents
    anchors = [u for u in urls if u.startswith("#") and u != "#"]
    if len(anchors) >= 0.8 * len(urls):
        return True
    # "[Action2Activity: …](https://mega.nz/#!NewnTJxA!jxTv…)": a hashbang fragment ("#!") is a web app's route, the
    # file's whole address (a share host's file id and key), not a section of a page: such links name one file each
    jumps = [u for u in urls if "#" in u and "#!" not in u]
    bases = {u.split("#", 1)[0] for u in jumps}
    with_fragment = len(jumps)
    if with_fragment >= 0.8 * len(urls) and len(bases) <= 2 and len(urls) >= 2:
        return True
    if topic and unicodedata.normalize("NFKC", topic[-1].text).strip().lower() in _TOC_HEADINGS:
        return with_fragment >= 0.5 * len(urls)
    return False


#: the file names a documentation site gives a folder's index page ("CVPR2026/medical_imaging/index.md")
_INDEX_PAGES = frozenset({"index.md", "index.html", "index.htm", "index.rst", "_index.md", "readme.md", "readme"})


def _sibling_index_page(url: str) -> bool:
    """``../../CVPR2026/medical_imaging/index.md`` / ``../ICLR2026/``: a relative link that climbs out of the list's
    own folder to another folder's index page (or the folder itself) of the same documentation: a page of the site
    the list is one page of, not a work it lists (a note on a paper is its own file, "anonpsy_a_graph….md", and a
    page bundle below the list's folder, "posts/x/index.md", does not climb)."""
    u = url.strip().split("#", 1)[0].split("?", 1)[0]
    if not u.startswith("../"):
        return False
    return u.endswith("/") or u.rsplit("/", 1)[-1].lower() in _INDEX_PAGES


def link_urls(node: _Node) -> list[str]:
    """The destinations of the Markdown links under ``node`` (a link's own text is not searched for more)."""
    urls: list[str] = []
    stack = [node]
    while stack:
        n = stack.pop()
        if n.kind == "Link":
            urls.append((n.attrs or {}).get("dest_url", ""))
        else:
            stack.extend(n.children)
    return urls


def sibling_index_links(node: _Node) -> bool:
    """``📌 **同领域跨会议浏览：** [📷 CVPR2026 (176)](../../CVPR2026/medical_imaging/index.md) · [🧪 ICML2026 (24)](…)``:
    a block whose links, two or more, all reach other index pages of the documentation the list is a page of
    (``_sibling_index_page``) is the site's navigation (the same field in other venues, the previous and next
    part), not a work: read as a record, its bold label became a paper's title."""
    urls = link_urls(node)
    return len(urls) >= 2 and all(_sibling_index_page(u) for u in urls)


def is_toc_table(node: _Node) -> bool:
    """``| Menu | Menu |`` / ``| [Reviews](#reviews) | [Monte Carlo Tree Search](#monte-carlo-tree-search) |``: a
    table whose every filled body cell is nothing but jumps to the document's own sections is a table of contents
    laid out as a grid (the list form of one is ``_is_toc``). Its cells name sections, not works; read as rows,
    their link-less names ("Pharmacophore-based deep molecular generative models") pass for a reading list's
    titles. One word of text beside a cell's links, or one link out of the document, and it is a table of works.
    A jump whose ``#`` the writer dropped (``[具身智能](Embodied-AI)`` among ``[Prompt](#Prompt)`` cells) is a bare
    section slug, no address: it is still a jump when nearly all the grid's other links are ones."""
    n_links = slugs = 0
    for row in node.children:
        if row.kind != "TableRow":
            continue  # the header names the grid ("Menu"), it holds no jump
        stack = list(row.children)
        while stack:  # the link nodes themselves: the cell's inline reading drops jumps inside the document
            n = stack.pop()
            if n.kind == "Link":
                dest = (n.attrs or {}).get("dest_url", "")
                if not dest.startswith("#"):
                    if _SECTION_SLUG.fullmatch(dest) is None:
                        return False
                    slugs += 1
                n_links += 1
            elif n.kind == "Image" or n.text.strip():
                return False
            else:
                stack.extend(n.children)
    return n_links >= 2 and slugs <= 0.1 * n_links


#: a link destination that is a section's name with its "#" left out ("Embodied-AI"): a word or words joined by
#: hyphens or underscores, no scheme, no path, no file extension
_SECTION_SLUG = re.compile(r"[^\W_][\w-]*")


def toc_strays(node: _Node) -> list[_Node]:
    """The items of a table of contents (``_is_toc``) that are no contents line: ``- Federated learning for smart
    healthcare: A survey, https://scholar.google.com/…`` filed above ``- [[Google: …](…/FL@Medical.md#google-…)]``.
    Such an item links only out of the document (absolute addresses, none to a section: no ``#`` fragment), so it is
    an entry the writer put in the contents list, not a jump to a heading; a relative link (``[License](LICENSE)``)
    is the repository's own page, a contents line still. So is an item that is a whole reference whose title jumps to
    the work's own section (``_reference_to_its_section``)."""
    strays = []
    for item in node.children:
        if item.kind != "Item":
            continue
        paras = [c for c in item.children if c.kind == "Paragraph"]
        inlines = [_inline(p.children) for p in paras]
        urls = [link.url for inl in inlines for link in inl.links]  # bare URLs too
        if urls and all(u.startswith(("http://", "https://")) and "#" not in u for u in urls):
            strays.append(item)
        elif _reference_to_its_section(" ".join(inl.plain for inl in inlines) if paras
                                       else _inline([x for x in item.children if x.kind != "List"]).plain):
            strays.append(item)
    return strays


def _reference_to_its_section(text: str) -> bool:
    """``1. Zbontar, J., Knoll, F., … (2018). [fastMRI: An open dataset …](#fastmri-an-open-dataset-…). *arXiv
    preprint arXiv:1811.08839*.``: a publications page's numbered list whose every title jumps to the section
    that gives the work's links and abstract further down. The item opens with its authors and states the year
    and venue (``citation.authors_first_reference``): it cites the work, however its title is linked, where a
    contents line only names a section ("[Datasets](#datasets)"). Read as a reference (a link-less paper), it
    is folded into the section's entry when that section is there (``extract._without_restated_references``),
    and stands for the work when the page gives no section of it."""
    return citation.authors_first_reference(text)


#: the most words a caption line over a linked reference has ("The Vision Transformer Paper")
MAX_CAPTION_WORDS = 12


def _caption_over_reference(lead: str, link_text: str) -> str | None:
    """``**The Adam paper**`` / ``[Kingma, D.P. and Ba, J., 2014. Adam: A method for stochastic optimization. arXiv
    preprint arXiv:1412.6980.](…)``: a record whose first line only captions it and whose link, opening the next
    line, is a whole reference (authors, a year, a title of two words or more): the reference names the work, the
    caption is a note on it → the caption, else None. A byline link without a title (``[Elnaggar, Ahmed, et al.
    bioRxiv (2020).](…)``) leaves the line above it the title (``_byline_link``)."""
    if not lead.rstrip(" \t").endswith("\n"):
        return None  # (the link does not open a line of its own: most records)
    caption, newline, gap = lead.rstrip(" \t").rpartition("\n")
    caption = " ".join(caption.split())
    if not newline or gap.strip() or not caption or "\n" in lead.strip() \
            or len(caption.split()) > MAX_CAPTION_WORDS or len(link_text) > 1000:
        return None
    cited = citation.whole_reference(link_text, min_title_words=2)
    if cited is None or not cited.title or " ".join(cited.title.split()) in caption:
        return None
    return caption


def _captioned_reference(inl: _Inline, title: str) -> str | None:
    """The whole reference a bold-titled block's first link gives when its bold line is only a caption over it
    (``_caption_over_reference``): that link's text, else None."""
    links = [x for x in inl.links if not x.image]
    if not links or links[0].bare or _clean_title(inl.strong_lead) != title:
        return None
    first = links[0]
    return first.text if _caption_over_reference(inl.plain[: first.start], first.text) is not None else None


#: a bold lead that only numbers its record: "**Paper 1**", "**Paper 3.**", "**Article 12:**", "**Reading #4**"
_RECORD_LABEL = re.compile(r"[^\W\d_]{2,12}\.?[ \t]*(?:No\.?[ \t]*)?#?\d{1,3}[.:)]?")


def numbered_caption_reference(inl: _Inline, title: str) -> str | None:
    """``**Paper 5** Wapinski, I., …, 2007. Automatic genome-wide reconstruction of …. Bioinformatics, 23(13).
    <https://doi.org/…>``: a course's journal-club page numbers each paper with a bold label (a word and a
    number), then pastes its reference. The label only numbers the record (as ``_captioned_reference``'s
    caption does over a linked reference); the whole reference after it names the work → its title, else None."""
    lead = inl.strong_lead.strip()
    if not lead or not _RECORD_LABEL.fullmatch(lead) or _clean_title(lead).rstrip(".:)") != title.rstrip(".:)"):
        return None
    plain = inl.plain.lstrip()
    if not plain.startswith(lead):
        return None
    cut = len(inl.plain) - len(plain) + len(lead)
    links = [x for x in inl.links if not x.image and not x.bare and x.start >= cut]
    rest = inl.plain[cut: links[0].start if links else len(inl.plain)]
    if len(rest) > 2000:
        return None
    cited = citation.whole_reference(rest, min_title_words=2)
    return cited.title if cited is not None and cited.title else None


def _bold_line_after_byline(plain: str, bold: list[tuple[int, int]]) -> tuple[str, int] | None:
    """The title of a record whose first lines are its authors: the first bold run after the first line, when
    it fills the second or third line of the item on its own (it may wrap onto more lines) → (title, where
    its line starts: the authors lie before). A bold word inside a line of prose (a venue set in bold, a
    term) names no title; a title of fewer than three words is none."""
    first_end = plain.find("\n")
    if first_end < 0:
        return None
    for start, end in bold:
        if start <= first_end:
            continue
        line_start = plain.rfind("\n", 0, start) + 1
        line_end = plain.find("\n", end)
        line_end = len(plain) if line_end < 0 else line_end
        if plain.count("\n", 0, line_start) > 2 or plain[line_start:start].strip(" \t*_") \
                or plain[end:line_end].strip(" \t*_"):
            return None
        title = _drop_closing_stop(_clean_title(plain[start:end]))
        return (title, line_start) if len(title.split()) >= 3 else None
    return None


def over_leaf_list(item: _Node) -> bool:
    """An item over a sub-list whose bullets hold no list of their own ("  - Paper" / "    - [Title](…)"): the
    shape of a field written without its colon, its values one bullet each. A role word over deeper outlines
    ("* person 1" / "  * paper" / "    * Title" / "      * https://…") heads a group of works, each with its own
    lines, not one field's values."""
    lists = [x for x in item.children if x.kind == "List"]
    return bool(lists) and all(y.kind != "List" for x in lists for sub in x.children for y in sub.children)


def linked_title_lead(inl: _Inline) -> bool:
    """``**[Title](…)** (EMNLP 2020) ★`` / ``[**Title**](…) (ACL 2020)``: a paragraph that opens with a bold link
    whose text names a work (no ``[PDF]``-style label) -- a reading note's record titled by its linked title."""
    first = next((link for link in inl.links if not link.image), None)
    return bool(inl.strong_lead) and first is not None and not first.bare and not is_link_label(first.text) \
        and not _is_meaningful(inl.plain[:first.start].strip(" \t*_[（(【"))


def linked_title_opening(inl: _Inline) -> bool:
    """``[Kimi-Audio Technical Report](arxiv…) \\`` / ``Kimi Team``: a paragraph that opens with a link whose text
    names a work (three words or more, no ``[PDF]``-style label), nothing before it."""
    first = next((link for link in inl.links if not link.image), None)
    return first is not None and not first.bare and not is_link_label(first.text) \
        and names_work(first.text, min_words=3) and not _is_meaningful(inl.plain[:first.start].strip(" \t*_"))


#: "[**code** (coming soon)]", "[Code (to be released)]": a link slot written as bracketed text, its role word then a
#: bracketed note at most, no URL yet
_BRACKETED_LINK_PLACEHOLDER = re.compile(r"^\[\s*(?P<role>[^\[\]()]{2,20}?)\s*(?:\([^()\[\]]{0,30}\))?\s*\]$")


def link_placeholder_line(inl: _Inline) -> bool:
    """``[**code** (coming soon)]``: a paragraph that is only a bracketed link slot naming a role (``is_link_label``:
    code, paper, project page), its URL not given yet. Why: a paper box writes it where its links paragraph goes
    (``linked_title_over_byline_box``); it promises the work's code, it is no prose."""
    if inl.links or inl.empty_links:
        return False
    m = _BRACKETED_LINK_PLACEHOLDER.match(inl.plain.strip())
    return m is not None and is_link_label(m.group("role"))


def linked_title_over_byline_box(paras: list[tuple[_Node, _Inline]]) -> int:
    """``[Contrastive Diffusion for PET Reconstruction](arxiv…) (MICCAI 2023)`` / ``**Zeyu Han**, Yuhan Wang, …``
    (/ ``**MICCAI 2025**``): the last two of a section's paragraphs so far are a paper box's linked title
    (``linked_title_opening``) and, a paragraph down, its link-less byline (``_is_byline``), perhaps with the box's
    bold venue line under them (``box_venue_line``), so a paragraph of labelled links after them
    (``record_link_line``) is that box's → how many paragraphs the box holds so far (2 or 3), 0 when they are no
    box. Why: an AcadHomepage box sets title, authors and ``[**code**](github…)`` apart by blank lines; the title
    paragraph, not followed by its links, read as introductory prose and the links as a record of their own."""
    if len(paras) >= 3 and box_venue_line(paras[-1][1], paras[:-1]):
        return 3
    if len(paras) < 2 or any(p.kind != "Paragraph" for p, _ in paras[-2:]):
        return 0
    return 2 if linked_title_opening(paras[-2][1]) and _is_byline(paras[-1][1]) else 0


#: the most words of a paper box's bold venue line ("**Engineering Applications of Artificial Intelligence**")
_BOX_VENUE_LINE_WORDS = 10


def box_venue_line(inl: _Inline, paras: list[tuple[_Node, _Inline]]) -> bool:
    """``**MICCAI 2025**``, ``**IEEE Transactions on Games**``, ``Scientific Reports, 2023``: a short paragraph set
    wholly in bold, or a plain one (no emphasis) closing on ", year", with no link, on one line, right under a
    paper box's linked title and byline (``linked_title_over_byline_box``) names where the work appeared, before the
    box's ``[**Project**](github…)`` links paragraph. Why: read as a bold title, the venue opened a record of its own (the work's code became a repository titled "Project", or the work was lost)."""
    if inl.links or "\n" in inl.plain.strip():
        return False
    words = inl.plain.split()
    if inl.strong_only:
        fits = 1 <= len(words) <= _BOX_VENUE_LINE_WORDS
    else:  # a plain venue line (no emphasis) closes on its year: "Scientific Reports, 2023", "arXiv preprint, 2024"
        fits = not inl.emphasis and not inl.bold and 2 <= len(words) <= _BOX_PLAIN_VENUE_LINE_WORDS \
            and _is_year_word(words[-1]) and words[-2].endswith(",")
    return fits and linked_title_over_byline_box(paras) == 2


#: the most words of a paper box's plain venue line closing on its year ("International Symposium on Intelligent
#: Signal Processing and Communication Systems, Kaohsiung, Taiwan, 2024")
_BOX_PLAIN_VENUE_LINE_WORDS = 16


def _is_year_word(word: str) -> bool:
    """``2024``, ``2024.``: a word that is a year of publication (1900-2099), a closing stop allowed."""
    word = word.rstrip(".")
    return len(word) == 4 and word.isascii() and word.isdigit() and word[:2] in ("19", "20")


#: a hand-numbered title line whose number touches its title ("1.Title", "12、Title"): CommonMark reads no list item
#: there (the number wants a space), so the line stays a paragraph of its own
_GLUED_RECORD_NUMBER = re.compile(r"^\s*\d{1,3}[.、．](?=[^\W\d_])")


def numbered_title_over_links(title: tuple[_Node, _Inline], links: _Inline) -> bool:
    """``1.Merging nucleus datasets by correlation-based cross-training(*Medical Image Analysis*)`` / (blank line) /
    ``<a href=…>[Journal Link]</a> <a href=github…>[Code]</a>``: a link-less paragraph of one line, a hand-numbered
    work's title (its number glued to it, ``_GLUED_RECORD_NUMBER``, three words or more after it), right over a
    paragraph of nothing but labelled links (``labelled_links_note``): the two are one record, the links the
    work's own. Why: the number glued to the title is no list item to CommonMark, and the labelled links, read
    apart from the title, went to the section's heading (a sentence about the page became a paper)."""
    node, inl = title
    if node.kind != "Paragraph" or inl.links or "\n" in inl.plain.strip() or not _label_links_only(links):
        return False
    m = _GLUED_RECORD_NUMBER.match(inl.plain)
    return m is not None and names_work(inl.plain[m.end():], min_words=3)


#: a link's text set in square brackets as a button's label, one or two words: "[Code_Fork]", "[Mirror]"
_BRACKETED_BUTTON_LABEL = re.compile(r"^\[\s*[^\s\[\]]+(?:\s[^\s\[\]]+)?\s*\]$")


def _label_links_only(inl: _Inline) -> bool:
    """A paragraph whose links are all labels: a role's label (``labelled_links_note``: ``[Code]``, ``[Journal
    Link]``), or one or two words in square brackets as a button writes them (``[Code_Fork]``), one a role's."""
    links = [link for link in inl.links if not link.image]
    return bool(links) and not any(link.bare for link in links) \
        and any(is_link_label(link.text) for link in links) \
        and all(is_link_label(link.text) or _BRACKETED_BUTTON_LABEL.match(link.text.strip()) for link in links)


#: a bold line noting a record's honour or its acceptance: "**Best Student Paper Award**", "**EMNLP 2025 Main
#: Conference**", "**MICCAI 2025 Early Accept (Top 9% Paper)**", "**Oral Presentation**"
_RECORD_HONOUR_NOTE = re.compile(r"(?i)\b(?:award|best\s+(?:student\s+)?paper|oral|spotlight|highlight|"
                                 r"(?:early\s+)?accept(?:ed|ance)?|main\s+(?:conference|track))\b")
#: the most words such a note runs to
_RECORD_NOTE_WORDS = 10


def record_note_over_its_links(inl: _Inline, record: list[tuple[_Node, _Inline]]) -> bool:
    """``**Best Student Paper Award**`` between a paper box's ``[Title](…)`` / ``Authors`` / ``*Venue*`` and its
    ``[[Code]](github…)`` paragraph: a bold line of no links naming an honour or an acceptance, under a record that
    opens with its linked title, is a note on that record. Why: read as a bold title, the note opened a record of
    its own, which took the paper's code link (the paper lost its code, an award became a repository)."""
    if inl.links or not inl.strong_only or not record or record[0][0].kind != "Paragraph":
        return False
    text = " ".join(inl.plain.split())
    return len(text.split()) <= _RECORD_NOTE_WORDS and _RECORD_HONOUR_NOTE.search(text) is not None \
        and linked_title_opening(record[0][1])


def labelled_links_note(inl: _Inline) -> bool:
    """``医疗对话数据集，包括中英文。**（[代码](https://github…)）**`` / ``**（[代码](…)）**``: a paragraph whose only
    links are labelled ones (``[代码]``, ``[code]``, ``[demo]``) names no work of its own.

    Why: per-paper reading notes write each work as a bold linked title, then a paragraph of notes that ends with
    the work's code link in brackets; read as an item titled by its prose (or by the bold label), that paragraph
    became an entry of its own and the work lost its code."""
    links = [link for link in inl.links if not link.image]
    return bool(links) and all(not link.bare and is_link_label(link.text) for link in links)


#: words of prose (outside its links) a paragraph must hold to read as a sentence naming other projects
MIN_NAMING_PROSE_WORDS = 6
#: the verbs that announce a work's own artifact: "We release [WireRL](github…)", "open-sourced as [X](…)"
_RELEASE_VERBS = frozenset("""release released releases releasing publish published publishes open-source open-sourced
    open-sources opensource opensourced""".split())
#: words a linked project name may have: more, and the link's text is a work's title, not a project's name
MAX_PROJECT_NAME_WORDS = 3


def prose_naming_projects(inl: _Inline, record: _Inline) -> bool:
    """``OrthoSim is built on [PyBullet](github…) and follows the [OpenAI Gym](github…) style.``: a paragraph that is
    a sentence of prose (words before its first link, one of them in lower case as a verb or a preposition is, no
    label's colon closing them) whose every link sits inside the sentence, named by the linked project's own name
    (a capital, a digit or a hyphen in it: not a role label like ``[Code]`` or ``[GitHub]``, not a home-page word,
    not ``here``, not a venue and year, not a work's title), none of those names in the record's own text.

    Why: on a project README, a sentence after the group's papers (``**IROS'22**: [Title] [[Paper](arxiv…)]``),
    perhaps past an image block, says what the project is built on; read as notes on the last paper, that paper took
    the tools' repositories as its own code. A paragraph of labelled links (``[[Code](…)]``), a ``Code: https://…``
    line and ``The code is available on [GitHub](…).`` stay the record's: their links say what they are to it, as a
    sentence naming the link's role before it does (``Code is available at [WireRL](github…).``)."""
    links = [link for link in inl.links if not link.image]
    if not links or inl.image_links or any(link.bare for link in links):
        return False
    lead = inl.plain[:links[0].start].split()
    if len(lead) < 2 or not any(w[:1].islower() for w in lead) or lead[-1].endswith((":", "：")):
        return False
    if any(label_role(x := w.strip(".,;()[]*_`'\"")) is not None or x.casefold() in _RELEASE_VERBS for w in lead):
        # "Code is available at [WireRL](github…)", "We release [WireRL](github…) with …": the sentence says what its
        # link is to the record, or announces the work's own release
        return False
    if sum(1 for w in _unlinked_text(inl).split() if any(c.isalpha() for c in w)) < MIN_NAMING_PROSE_WORDS:
        return False
    own = set(textkey.words(record.plain))
    for link in links:
        text = _clean_title(link.text)
        words = text.split()
        if not words or len(words) > MAX_PROJECT_NAME_WORDS \
                or not any(c.isupper() or c.isdigit() or c == "-" for c in text) \
                or is_link_label(text) or is_home_label(text) or label_role(text) is not None \
                or venue_year_label(text):
            return False
        if own.intersection(textkey.words(text)):
            return False  # "[ScrewRL](github…)" after "[ScrewRL: Title](arxiv…)": the record's own project
    return True


def bold_work_title_lead(inl: _Inline) -> bool:
    """``**Advances in Medical Image Analysis with Vision Transformers.** [9th Jan., 2023].<br>`` / ``Authors`` /
    ``[[Paper]](arxiv…)``: a paragraph that opens with a bold run of its own (no link inside it) naming a work, three
    words or more and no ``[PDF]``-style label, is a record titled by that run.

    Why: its only links are labelled ones, so under a record that opens with a bold linked title
    (``[**Title.**](arxiv…) [25th Jan., 2022]``) it read as that record's notes (``labelled_links_note``): every
    card after the linked one joined it, each work split off later titled by the first."""
    lead = inl.strong_lead
    if not lead or not names_work(lead, min_words=3):
        return False
    at = inl.plain.find(lead)
    end = (at if at >= 0 else 0) + len(lead)
    return not any(link.start < end for link in inl.links if not link.image)


def bold_title_after_byline(lead: str, bold: list[tuple[int, int]]) -> tuple[str, str] | None:
    """``Kang Wang, Rui Zhao, Qiang Ji. **Title** [PDF](…) [Code](…)``: a record written on one line as its
    authors, then its title set in bold, then the links → (title, authors); None for any other lead.

    Why: the author list runs into the title unless something parts them; the bold does, as it does when the
    title has a line of its own (``_bold_line_after_byline``). The text before the bold must read as two or more
    people's names (``_author_list_byline``) closed by a stop, and nothing but punctuation may follow the bold run
    on the line, so a bold term inside a sentence (``Deep learning for **chest** X-rays``) or a bold venue after a
    title names no title here. Nor does the bold run after an author-date reference's title ("Esmail, S. et al. (2021).
    Rapid and accurate testing for antibodies. **Cell Reports Methods**. https://doi…", as a "publications using our
    tool" page writes each work): the words after "(2021)." are the title, the bold run its journal, though a title
    of eight words or fewer passes for the short venue a byline may close on. ``lead`` starts at offset 0 of the
    inline text the ``bold`` spans refer to."""
    span = next(((a, b) for a, b in sorted(bold) if b <= len(lead) and _is_meaningful(lead[a:b])), None)
    if span is None or "\n" in lead[: span[1]]:
        return None
    a, b = span
    authors = lead[:a].strip(" \t*_")
    if not authors.endswith(".") or lead[b:].strip(" \t*_.,;:[(（【") or not _author_list_byline(authors) \
            or _AUTHOR_DATE_THEN_SENTENCE.search(authors):
        return None
    title = _drop_closing_stop(_clean_title(lead[a:b]))
    return (title, authors.rstrip(".")) if len(title.split()) >= 3 else None


def bold_title_after_highlighted_byline(lead: str, bold: list[tuple[int, int]]) -> tuple[str, str] | None:
    """``**Mou Lei**, Zhao Yitian, Chen Li, et al. **CS-Net: Channel and spatial …** *MICCAI 2019*``: a lab's or a
    member's publication page bolds the member's own name in the byline, then bolds the work's title after it →
    (title, the byline and the venue after the title as the trailer); None for any other lead.

    Why: the bold lead was read as the title ("Mou Lei") and the real title and venue ran into the trailer, so a work
    with no year after it gave no paper at all. Only a first bold run that is a person's name (two to four
    capitalised words or initials) at the line's start, a byline after it that reads as people's names and closes
    on "et al." or a stop (``_author_list_byline``), and a second bold run of three words or more right after that
    byline: a bold term inside a sentence, or a second highlighted co-author ("**Zhao Y**"), names no title."""
    spans = [(a, b) for a, b in sorted(bold) if b <= len(lead) and _is_meaningful(lead[a:b])]
    if len(spans) < 2 or "\n" in lead[:spans[1][1]]:
        return None
    (a1, b1), (a2, b2) = spans[0], spans[1]
    name = lead[a1:b1].strip(" \t*_")
    if lead[:a1].strip(" \t*_") or not _HIGHLIGHTED_NAME.fullmatch(name):
        return None
    byline = lead[:a2].strip(" \t*_")
    between = lead[b1:a2].strip(" \t*_")
    if not between.startswith(",") or not byline.endswith(".") or not _author_list_byline(byline):
        return None
    title = _drop_closing_stop(_clean_title(lead[a2:b2]))
    if len(title.split()) < 3 or _HIGHLIGHTED_NAME.fullmatch(title):
        return None
    venue = lead[b2:].strip(" \t*_,;:")
    return title, f"{byline} {venue}".strip()


#: a highlighted author's name in bold: two to four capitalised words or initials ("Mou Lei", "R. Gao", "Ana M. Costa")
_HIGHLIGHTED_NAME = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}")


#: an author-date reference's year closed by a stop, then a sentence of three words or more before the bold run:
#: "Esmail, S. et al. (2021). Rapid and accurate testing for antibodies. **Cell Reports Methods**."
_AUTHOR_DATE_THEN_SENTENCE = re.compile(r"\((?:19|20)\d\d[a-z]?\)\.\s+[^\s.]+(?:\s+[^\s]+){2,}")


def _name_over_title(lead: str, link_text: str) -> tuple[str, str] | None:
    """``4. MutationSeq`` / ``Feature-based classifiers for somatic mutation detection …`` / ``<br> [Bioinformatics
    2012](…)``: a record that opens with the method's name alone on its line, gives the work's title on the next and
    links the article by its venue and year: the title is the second line, the name a note on it (name, title), else
    None. The venue-and-year link is what sets a reference apart from a tool named over a sentence describing it."""
    lines = [x for x in (" ".join(line.replace("<br>", " ").split()) for line in lead.strip().split("\n"))
             if _is_meaningful(x)]
    if len(lines) != 2 or not _YEAR_IN_TEXT.search(link_text):
        return None
    name, title = lines
    if len(name.split()) != 1 or len(name) > 30 or not any(ch.isalpha() for ch in name) \
            or not reads_like_paper_title(title):
        return None
    return name, title


#: the dash that sets a byline's title off after the bold author-year lead: "**Kumar et al. (2020)** - Title"
_BYLINE_TITLE_DASH = re.compile(r"\s*(?:-{1,3}|[—–])\s+")


def author_year_dash_title(inl: _Inline) -> str | None:
    """``**Singer et al. (2016)** - The Third International Consensus …``, ``**Pomerleau (1991)** - Efficient …``,
    ``**Ross & Bagnell (2010)** - Efficient Reductions for …``: a one-line paragraph led by a bold author-year
    citation label (one surname, two joined by "&"/"and", or "et al.", then the year), a dash, then the work's
    title — a literature summary's record head over its ``- **Journal:** …`` / ``- **Key Points:**`` fields. →
    the title after the dash, or None. (A lone surname and year read alone as no byline, so the line was taken
    for a sub-topic's bold label.)"""
    lead = inl.strong_lead.strip()
    plain = inl.plain.strip()
    if not lead or inl.links or "\n" in plain or not plain.lstrip("*_").startswith(lead):
        return None
    if not author_year_label(lead):
        return None
    dash = _BYLINE_TITLE_DASH.match(plain.lstrip("*_")[len(lead):].lstrip("*_"))
    if dash is None:
        return None
    title = plain.lstrip("*_")[len(lead):].lstrip("*_")[dash.end():].strip()
    return title if names_work(title, min_words=3) else None


#: a quoted title closed by its year in brackets and nothing after it: '"SCALE: Evaluating Factual …" (2024)'
_QUOTED_TITLE_YEAR = re.compile(r'["\u201c]([^"\u201c\u201d\n]{10,400})["\u201d]\s*\((?:19|20)\d\d\)\s*')


def bold_name_quoted_title(inl: _Inline) -> str | None:
    """``**SCALE** - "SCALE: Evaluating Factual Consistency in Long Dialogue Systems" (2024)``, and without a
    short name ``**Evaluating Factual Consistency of Summaries with Large Language Models** (2023)``: a link-less
    one-line paragraph led by a bold name, a dash and the work's title in quotes, or by the bold title alone, closed
    by the year in brackets → the title, or None. Why: a catalogue of evaluation methods heads each work's card
    (``- **Data**: …`` / ``- **Model**: …`` / ``- **Method**: …``) this way, with no link at all; the bullets read
    as entries of their own ("Data: ScreenEval dataset …") and every work of the list was lost. The quotes (or the
    whole bold line) and the closing year mark the line as a work's head, as a tag or a bold title does."""
    lead = inl.strong_lead.strip()
    plain = inl.plain.strip()
    if not lead or inl.links or "\n" in plain or not plain.lstrip("*_").startswith(lead):
        return None
    rest = plain.lstrip("*_")[len(lead):].lstrip("*_")
    if _YEAR_IN_BRACKETS_END.fullmatch(rest.strip()):  # "**Evaluating Factual Consistency of …** (2023)"
        return lead if names_work(lead, min_words=3) else None
    dash = _BYLINE_TITLE_DASH.match(rest)
    if dash is None or len(lead.split()) > 4:
        return None
    quoted = _QUOTED_TITLE_YEAR.fullmatch(rest[dash.end():])
    if quoted is None:
        return None
    title = quoted.group(1).strip()
    return title if names_work(title, min_words=3) else None


def closing_year(line: str) -> int | None:
    """The year in brackets that closes a work's head line (``bold_name_quoted_title``'s), or None: the line's
    own reading takes a year only from a byline, and the quoted form has none."""
    m = _YEAR_IN_BRACKETS_END.search(line)
    return int(m.group(1)) if m else None


def author_year_lead_citation(lead: str) -> dict:
    """``Ross & Bagnell (2010)`` → authors ("Ross", "Bagnell") and year 2010; ``Singer et al. (2016)`` → ("Singer",):
    the people and year an author-year lead (``author_year_dash_title``) names, as the record's byline."""
    year = re.search(r"(?:19|20)\d\d", lead)
    names = without_et_al(re.sub(r"[,(]?\s*\(?(?:19|20)\d\d[a-z]?\)?\s*$", "", lead.strip()).strip())
    authors = tuple(n.strip() for n in re.split(r"\s+(?:&|and)\s+", names) if n.strip())
    return {"authors": authors, "year": int(year.group()) if year else None}


#: a heading that opens by naming a kind of chart ("Pie chart – distribution of …", "Bar plot of …", "Histogram of
#: subjects per group"): the caption of a figure of the document's own numbers
_CHART_LEAD = re.compile(r"(?i)^\W*(?:(?:pie|bar|line|area|scatter|box|violin|donut|doughnut|radar|bubble|sankey"
                         r"|stacked)[\s-]?(?:charts?|plots?|graphs?|diagrams?)|histograms?|heat[\s-]?maps?)\b")
#: a figure's alt text or title that says it is a chart ("Pie Chart of Datasets Distribution by Modality")
_CHART_WORD = re.compile(r"(?i)\b(?:charts?|plots?|graphs?|histograms?|heat[\s-]?maps?|diagrams?)\b")


def chart_caption_heading(heading: str, paras: Sequence[_Node]) -> bool:
    """``### Pie chart – distribution of datasets by modality group`` / ``![Pie Chart of …](images/piechart.png
    "Pie Chart")`` / ``Here, ModalityGroup is a coarse grouping:`` / ``- **MRI** – radiology modalities``: a heading
    that opens by naming a chart over a figure whose alt text or title calls itself a chart captions the document's
    own figure; its bullets explain the figure. Why: the dash made the caption read as "Name – subtitle", a work's
    title, and the section as a reader's note on that work (``noted_title_record``). A paper's title that opens
    with such words ("Line Graph Neural Networks …") is not captioned so by its figure. Linear: one pass over the
    paragraphs' direct children."""
    if _CHART_LEAD.match(heading) is None:
        return False
    for p in paras:
        for child in p.children if p.kind == "Paragraph" else ():
            if child.kind != "Image":
                continue
            alt = "".join(getattr(t, "text", "") or "" for t in child.children)
            title = (child.attrs or {}).get("title") or ""
            if _CHART_WORD.search(alt[:200]) or _CHART_WORD.search(title[:200]):
                return True
    return False


#: a key/value table's header: "| Property | Value |", "| Field | Details |", "| Key | Value |"
_KEY_HEADER = frozenset("property properties field fields key attribute attributes item metadata".split())
_VALUE_HEADER = frozenset("value values detail details info information content".split())


def key_value_record_rows(node: _Node) -> list[tuple[_Node, str, _Inline]] | None:
    """``### Rayyan—a web and mobile app …`` / ``| Property | Value |`` / ``| DOI | [10.1186/…](https://doi.org/…) |``
    / ``| Year | 2016 |``: a two-column table under a key/value header whose rows label the work's fields (short
    link-less labels, one of them a paper's with its link: DOI, Paper, arXiv) is one work's record sheet, as a
    reference manager's or a repository dashboard's export writes a work under its title heading. Its rows, as
    (row, label, value cell) each, or None when the table is no such sheet. Why: read as a table, each row was an
    entry of its own, the work titled "DOI" or by its DOI and its heading lost; a table of works has a title column,
    not a field-name column."""
    head = next((c for c in node.children if c.kind == "TableHead"), None)
    if head is None:
        return None
    headers = [_inline(c.children) for c in head.children if c.kind == "TableCell"]
    if len(headers) != 2 or any(h.links for h in headers) \
            or headers[0].plain.strip().casefold() not in _KEY_HEADER \
            or headers[1].plain.strip().casefold() not in _VALUE_HEADER:
        return None
    rows: list[tuple[_Node, str, _Inline]] = []
    for r in node.children:
        if r.kind != "TableRow":
            continue
        cells = [_inline(c.children) for c in r.children if c.kind == "TableCell"]
        label = cells[0].plain.strip() if cells else ""
        if len(cells) != 2 or cells[0].links or not label or len(label.split()) > 3:
            return None
        rows.append((r, label, cells[1]))
    paper = any(field_role(label) == "paper" and any(not link.image for link in value.links)
                for _, label, value in rows)
    return rows if paper else None


def labelled_cell(label: str, value: _Inline) -> _Inline:
    """A key/value sheet's row (``key_value_record_rows``) as the "Label: value" line its record reads fields from
    (``| Year | 2016 |`` → "Year: 2016"): its links moved past the label. Why: the value cells alone ran together
    into one description, "2023 Medical Image Analysis" read as the work's venue."""
    shift = len(label) + 2
    links = [dataclasses.replace(link, start=link.start + shift, end=link.end + shift) for link in value.links]
    return _Inline(plain=f"{label}: {value.plain}", links=links, emphasis=list(value.emphasis),
                   empty_links=value.empty_links, image_links=value.image_links)


#: the most lines a record of dash-labelled fields may run to (its name's line, then its fields and their values)
MAX_DASH_FIELD_LINES = 24
#: the dashes that close a field's bold label in a record of dash-labelled fields: "**Purpose** - …", "**Paper** — …"
_FIELD_DASHES = ("-", "–", "—")
#: the label of such a field that gives the work's own reference: "**Publication** - …", "**Citation** – …"
_REFERENCE_FIELD_LABEL = re.compile(r"(?i)(?:publications?|papers?|references?|citations?|articles?)")


def dash_labelled_fields(inl: _Inline) -> list[tuple[str, str]] | None:
    """``* MSFragger (2017)`` / ``**Purpose** - Peptide identification …`` / ``**Publication** - 28394336`` /
    ``**License** - Free`` / ``**Links** -`` / ``Website - https://…``: an item whose name stands alone on its
    first line and whose next lines (hard breaks) each open with a bold label closed by a dash is one record of a
    tool laid out as fields — the dash, not a colon, ends each label. Returns the (label, value) of each such line
    (two at least), or None for any other item. Why: read as prose, the fields ran into the name's title (a
    "Publication" field's whole reference became the title) and a bare number under "Publication" was no PMID."""
    plain = inl.plain
    if not inl.bold or "\n" not in plain or plain.count("\n") >= MAX_DASH_FIELD_LINES:
        return None
    bold_end = {start: end for start, end in inl.bold}
    fields: list[tuple[str, str]] = []
    at = plain.find("\n") + 1
    while at > 0:
        nl = plain.find("\n", at)
        line_end = len(plain) if nl < 0 else nl
        start = at + len(plain[at:line_end]) - len(plain[at:line_end].lstrip())
        end = bold_end.get(start)
        if end is not None and end <= line_end:
            label, rest = plain[start:end].strip(" *_:"), plain[end:line_end].lstrip()
            if rest.startswith(_FIELD_DASHES) and 0 < len(label.split()) <= 3:
                fields.append((label, rest[1:].strip()))
        at = nl + 1
    return fields if len(fields) >= 2 else None


def dash_field_reference(fields: list[tuple[str, str]]) -> str:
    """The value of a record's field that gives its work's own reference ("**Publication** - Geer LY, … PMID:
    15473683", "**Publication** - 28394336"), "" when no such field holds one."""
    return next((value for label, value in fields if value and _REFERENCE_FIELD_LABEL.fullmatch(label)), "")


def dash_record_name(plain: str) -> str:
    """The name on a dash-labelled record's first line, without the year after it: "OMSSA (2004)" → "OMSSA"."""
    return _clean_title(_YEAR_IN_BRACKETS_END.sub("", plain.split("\n", 1)[0]))


def bare_pmid(value: str) -> bool:
    """A field's value that is a PubMed id alone ("28394336"): five to nine digits, not a year."""
    return value.isascii() and value.isdigit() and 5 <= len(value) <= 9 and value.strip("0") != ""


#: a heading that is a year and nothing else ("# 2023", "## 2021 ", "### 2019年"): a reading log filed by year
_BARE_YEAR_HEADING = re.compile(r"\s*(?:19|20)\d\d\s*(?:年)?\s*")
#: how many link-less title lines one paragraph under a year heading may hold and still be read one work a line
#: (a bound on a pasted block; a log lists a handful a year)
MAX_YEAR_FILED_TITLE_LINES = 12


def year_filed_title_lines(heading: str, p: _Node, inl: _Inline) -> list[tuple[_Node, _Inline]] | None:
    """``# 2023`` / ``Time-Aware Graph Attention Network for Clinical Risk Prediction`` / blank line / ``摘要：…`` and
    ``# 2021`` / ``Title one`` / ``Title two``: a paper log filed under bare year headings writes each work it read as
    a link-less line of its own, the title alone, one a line (a soft break between them) or one a paragraph with its
    abstract below. The paragraph's lines when every one reads as a paper's title (``reads_like_paper_title``, no
    sentence: ``reads_as_sentence``), else None. Why: read as the year's prose, the works were lost and the year was
    taken for a record's title. Only under a year-only heading: elsewhere a title-like line may be a section's
    caption."""
    if p.kind != "Paragraph" or inl.links or inl.strong_lead or _BARE_YEAR_HEADING.fullmatch(heading) is None:
        return None
    lines = [(line, _inline(line.children)) for line in _paragraph_lines(p)] if "\n" in inl.plain.strip() \
        else [(p, inl)]
    if len(lines) > MAX_YEAR_FILED_TITLE_LINES:
        return None
    for _, li in lines:
        text = li.plain.strip()
        if not text or li.links or classify.reads_as_sentence(text) or not reads_like_paper_title(text):
            return None
    return lines


#: a paragraph's first line that only names the kind of the lines after it: "Paper", "Papers:", "论文", "Articles"
_KIND_LABEL = re.compile(r"(?i)(?:papers?|articles?|publications?|论文|文献)\s?[:：]?")
#: a note's own running number before a title: "#33 Metrics reloaded: …"
_NOTE_NUMBER = re.compile(r"#\d{1,4}\s+(?=[^\W\d_])")
#: how many lines a title wrapped inside quotes may run over ('"Development and validation of … for the' /
#: 'detection of polyps during colonoscopy"')
MAX_QUOTE_WRAP_LINES = 4
#: how many title lines one paragraph under a kind label may hold and still be read one work a line
MAX_LABEL_FILED_TITLE_LINES = 40


def kind_label_line(inl: _Inline) -> bool:
    """A link-less line that is a kind label and nothing else ("Paper", "Papers:", "论文")."""
    return not inl.links and _KIND_LABEL.fullmatch(inl.plain.strip()) is not None


def _quote_wrapped_lines(lines: list[tuple[_Node, _Inline]]) -> list[tuple[_Node, _Inline]] | None:
    """The lines with a title wrapped inside quotes joined into one ('"Development and validation of … for the' /
    'detection of polyps during colonoscopy"' → one line, its parts joined by a space); None when a quote opened
    on a line is not closed within ``MAX_QUOTE_WRAP_LINES`` lines."""
    out: list[tuple[_Node, _Inline]] = []
    at = 0
    while at < len(lines):
        node, li = lines[at]
        text = li.plain.strip()
        if not text.startswith('"') or text.count('"') != 1:
            out.append((node, li))
            at += 1
            continue
        end = next((k for k in range(at + 1, min(len(lines), at + MAX_QUOTE_WRAP_LINES))
                    if '"' in lines[k][1].plain), None)
        if end is None or lines[end][1].plain.count('"') != 1:
            return None
        joined = _Node("Paragraph", node.start, lines[end][0].end)
        for k in range(at, end + 1):
            if k > at:
                joined.children.append(_Node("text", lines[k][0].start, lines[k][0].start, text=" "))
            joined.children.extend(lines[k][0].children)
        out.append((joined, _inline(joined.children)))
        at = end + 1
    return out


def label_filed_title(text: str) -> str | None:
    """The title a line of a kind label's paragraphs (``label_filed_title_lines``) names, "" when the line is a whole
    reference (the reference is read as one), or None when the line names no work. A title may sit in quotes,
    after a running number ("35. ", "#33 ") and before its full stop; "Title. Journal, 103(1), 21-30." is the title
    before its journal's locator."""
    t = text.strip().strip('"').strip()
    if not t or _plain_reference(t):
        return "" if t else None
    t = citation.without_reference_number(t)
    if (number := _NOTE_NUMBER.match(t)) is not None:
        t = t[number.end():]
    if classify.reads_like_paper_title(t) and not t.endswith((":", "：")):
        return t.rstrip(". ")
    if len(t) <= 400 and ". " in t:
        cited = citation.parse_citation(t)
        if cited is not None and cited.venue and cited.volume and cited.pages and cited.title \
                and t.startswith(cited.title) and classify.reads_like_paper_title(cited.title):
            return cited.title
    return None


def label_filed_title_lines(p: _Node, inl: _Inline, labelled: bool) \
        -> tuple[bool, list[tuple[_Node, _Inline, str]]] | None:
    """``Paper`` / ``Alcohol consumption and MRI markers of brain structure …`` / (blank line) / ``Deep learning versus
    iterative image reconstruction …`` / ``"Development and validation of … for the`` / ``detection of polyps …"``:
    a notes file whose paragraph opens with a line that only names the kind of what follows ("Paper", "Papers:",
    "论文") writes each work it keeps as a link-less line of its own, in that paragraph and in the paragraphs after it
    (``labelled``: a label opened the run), as a year heading files a paper log's title lines
    (``year_filed_title_lines``). Returns (whether the paragraph opens with the label, its lines after the label as
    (line, inline, title) each; the title "" for a whole reference), or None when the paragraph is no such run: a
    line that reads as no title (``label_filed_title``), a link, or no label before. Why: read as prose, every work
    of the file was lost."""
    if p.kind != "Paragraph" or inl.links or inl.strong_lead:
        return None
    lines = [(line, _inline(line.children)) for line in _paragraph_lines(p)]
    opens = bool(lines) and kind_label_line(lines[0][1])
    if opens:
        lines = lines[1:]
    elif not labelled:
        return None
    if len(lines) > MAX_LABEL_FILED_TITLE_LINES or (joined := _quote_wrapped_lines(lines)) is None:
        return None
    out: list[tuple[_Node, _Inline, str]] = []
    for node, li in joined:
        title = label_filed_title(li.plain)
        if title is None or li.links:
            return None
        out.append((node, li, title))
    return (opens, out) if out or opens else None


def address_in_prose_note(p: _Node, inl: _Inline) -> bool:
    """``摘要：… 我们的代码可以在https://github.com/…中获得``: a paragraph of prose (``reads_as_sentence``) whose only
    links are addresses written bare in its sentences. Under a paper log's title line (``year_filed_title_lines``) it
    is that work's abstract or note, the address its code or page, no item of its own."""
    return p.kind == "Paragraph" and bool(inl.links) and all(link.bare for link in inl.links) \
        and classify.reads_as_sentence(inl.plain)


def _author_year_link(inl: _Inline) -> _RawLink | None:
    """The paragraph's first link whose text cites a work by its authors and year (``classify.author_year_label``:
    "Schulz et al. (2023)", "Xia & Yetisgen-Yildiz (2012)"), or None."""
    return next((link for link in inl.links if not link.image and not link.bare
                 and classify.author_year_label(link.text)), None)


def prose_cites_other_author_year_work(inl: _Inline, item: Sequence[tuple[_Node, _Inline]]) -> bool:
    """``[Gurulingappa et al. (2012)](doi…) set a good example …`` / ``An instance of … is proposed by [Schulz et
    al. (2023)](…pdf) to use …``: a paragraph after an item that opens on an author-year link, itself citing
    another work by an author-year link (in its prose, or after a label: "NER: [Yada et al. (2020)](…)"), is that
    work's record. Why: an annotated bibliography cites one work a paragraph, most paragraphs opening on the
    citation; one whose citation stood mid-sentence was read as a note on the item before it, and its work was
    lost. Only when the item before cites its own work by an author-year link too (the list's way of citing) and
    the two links differ (the same work cited again is a note on it). Linear: one look at each paragraph's links."""
    own = _author_year_link(item[0][1])
    if own is None:
        return False
    cited = _author_year_link(inl)
    return cited is not None and cited.url != own.url \
        and all(cited.url != link.url for _, part in item for link in part.links)


def prose_paragraphs_citing_works(parts: Sequence[tuple[_Node, _Inline]], keyed_only: bool = False
                                  ) -> list[tuple[str, list[int]]] | None:
    """``## Notes`` / "Our taxonomy was inspired by [A Survey of …](arxiv…), which reviews the field." / "For
    evaluation we recommend [Large language models encode …](doi…) as a starting point.": prose paragraphs under a
    heading that names no work, each citing a *different* work by a titled scholarly link (its text three words
    or more, set as a title is, upper-case first, its address a DOI, arXiv, PubMed or PMC record) → one (title,
    paragraph indices) per cited work, the
    paragraphs citing none going with the work before them (the first work's, before any); None when fewer than
    two paragraphs cite distinct works. Why: read as the heading's one record, the section was one paper titled by
    the first link and holding both works' identifiers, two works conflated. Paragraphs that link one work several
    ways (its arXiv and its DOI under one title, its paper and its code, "[the journal version](doi…)") cite one
    work and stay one record: a work is told apart by its link's text and its identifiers both, and a lower-case
    link text ("the journal version of the paper") is a pointer, no work's title. One pass over the paragraphs'
    links.

    A work cited by its authors and year (``[Shaji et al. (2024)](arxiv…) de-identify …``, ``… explored by
    [Subramanian et al. (2024)](doi…), who find …``: ``classify.author_year_label``) is cited as surely as by its
    title, as an annotated bibliography writes its prose; such a citation names no topic, so one paragraph opening
    on it is a record of its own too (``### Public and Patient Involvement`` / ``[Moschogianis et al. (2025)](doi…)
    study …`` / a link-less paragraph): the heading is the topic, not the work's title. ``keyed_only``: the
    heading reads as a title, so only works cited that way count (a titled link under it may be its own work's),
    the first paragraph opening on its citation."""
    groups: list[tuple[str, list[int]]] = []
    seen_texts: set[str] = set()
    seen_ids: set[str] = set()
    lead: list[int] = []
    opened_by_key = False  # the first cited work is an author-year key its paragraph opens on
    for i, (p, inl) in enumerate(parts):
        cited = next((link for link in inl.links if not link.image
                      and (not keyed_only and names_work(link.text, min_words=3)
                           and _clean_title(link.text)[:1].isupper() or classify.author_year_label(link.text))
                      and any(ids.ids_from_url(link.url))), None) \
            if p.kind == "Paragraph" else None
        if cited is not None and not groups:
            opened_by_key = classify.author_year_label(cited.text) and not inl.plain[:cited.start].strip()
        if cited is None:
            (groups[-1][1] if groups else lead).append(i)
            continue
        text = " ".join(_clean_title(cited.text).lower().split())
        found = {x for x in ids.ids_from_url(cited.url) if x}
        if groups and (text in seen_texts or found & seen_ids):
            groups[-1][1].append(i)  # the same work again (or linked its other way): a note on the record open
        else:
            groups.append((_clean_title(cited.text), lead + [i]))
            lead = []
        seen_texts.add(text)
        seen_ids.update(found)
    if keyed_only and not opened_by_key:
        return None  # (a title-like heading over prose that cites works in passing keeps its one record)
    return groups if len(groups) >= 2 or groups and opened_by_key else None
