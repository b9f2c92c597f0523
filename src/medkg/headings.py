"""Headings: a heading's section number and Chinese/English labels, a heading read as an entry's title.

What it is for: ``analyse_heading`` (``2.1 基因序列分析与预测 Gene sequence analysis`` → number,
zh and en labels: each entry's topic path is made of these), ``strip_section_number`` (a heading
that is itself an entry, ``#### 4.中文医学问答数据集``, loses its number), ``is_document_section``
(``## Contributing``, ``## 许可证``: a section about the list, not of it) and ``plain_heading``
(one heading line as plain text, for a list's title).

Why separate: what counts as a section number or a label is a question about heading text
alone, asked by the list walk (``parse``) and by ``pipeline`` (a list's title, without parsing
the list); it needs only the event tree and inline text rules below it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from medkg.citation import NAME_CONJUNCTION, SURNAME_WORD, names_journal, names_venue
from medkg.inline import _PRESENTATION_WORDS, _clean_title, _inline, _is_cjk, _is_meaningful, bold_venue_year_tag, \
    year_venue_label
from medkg.mdtree import build_tree
from medkg.model import Heading



#: ``OPERA (NeurIPS 2024): multi-dataset representation and native tasks``: a work's short name, its venue and year
#: in brackets, a colon, then the list's note on it (each part bounded: no backtracking over a long line)
_NAMED_WORK_HEADING = re.compile(r"(?P<name>[^()（）:：\n]{1,60}?)\s{0,3}[(（](?P<venue>[^()（）\n]{0,40}?)[\s,]{0,3}"
                                 r"(?P<year>(?:19|20)\d\d)[)）]\s{0,3}[:：]\s{0,3}(?P<note>\S.*)")
#: the most words of the short name such a heading opens with ("LungMix", "Chua and Cheng", "Hsu et al.")
_NAMED_WORK_NAME_WORDS = 4


def named_work_heading(text: str) -> tuple[str, str | None, int, str] | None:
    """``### 4.5 OPERA (NeurIPS 2024): multi-dataset representation and native tasks`` → ("OPERA", "NeurIPS", 2024,
    "multi-dataset representation and native tasks"); ``LungMix (ICASSP 2025): …``, ``Hsu et al. (2023): …`` too.

    Why: a review's per-work sections head each work by the name readers know (a coined name, or its authors), the
    venue and year in brackets, then, after a colon, what the review makes of it; the whole heading titled the work
    ("OPERA (NeurIPS 2024): multi-dataset …"). The name is the title (unless the record's paper link gives the full
    one), the bracket its venue and year, the note a description. None for any other heading."""
    m = _NAMED_WORK_HEADING.fullmatch(" ".join(strip_section_number(text).split()))
    if m is None or len(m["name"].split()) > _NAMED_WORK_NAME_WORDS or not _is_meaningful(m["name"]):
        return None
    return m["name"].strip(), m["venue"].strip(" ,") or None, int(m["year"]), m["note"].strip()


#: ``Title of the work. (Nature 2022)``: a heading's whole text closed by where and when the work appeared, in
#: brackets (a comma before the year or not), after the title's own closing stop or a space
_CLOSING_VENUE_YEAR = re.compile(r"(?P<title>\S.{10,400}?)\s*[(（]\s*(?P<venue>[A-Za-z][^()（）\d,]{1,60}?)\s*,?\s*"
                                 r"(?P<year>(?:19|20)\d\d)\s*[)）]")
#: the fewest words of the title before a closing venue tag (``closing_venue_year_heading``)
_TAGGED_TITLE_MIN_WORDS = 4


def closing_venue_year_heading(text: str) -> tuple[str, str, int] | None:
    """``### The sequences of 150,119 genomes in the UK Biobank. (Nature 2022)`` → ("The sequences of 150,119 genomes
    in the UK Biobank", "Nature", 2022): a heading that titles a work in full (four words or more) and closes with
    the journal or venue and year it appeared in, in brackets, as a survey generated from a bibliography heads each
    work's record. None for any other heading ("Lessons from (Spring 2020)" names no venue; "OPERA (NeurIPS 2024):
    note" is ``named_work_heading``'s).

    Why: the bracket dates and places the work; kept in the title, the record was titled "… Biobank. (Nature
    2022)" and gave no venue nor year."""
    m = _CLOSING_VENUE_YEAR.fullmatch(" ".join(strip_section_number(text).split()))
    if m is None:
        return None
    venue = m["venue"].strip()
    title = m["title"].rstrip().removesuffix(".").rstrip()
    if len(title.split()) < _TAGGED_TITLE_MIN_WORDS or not (names_journal(venue) or names_venue(venue)):
        return None
    return title, venue, int(m["year"])


#: ``PertVAE —— 潜空间向量算术（经典 ★）``: a short Latin-script name, a dash (the Chinese double dash "——", or a
#: spaced dash), then a gloss (each part bounded: no backtracking over a long line) that turns to CJK script at once
_CJK_GLOSSED_NAME = re.compile(r"(?P<name>[^\u3000-\u30ff\u3400-\u9fff\uac00-\ud7a3\uff00-\uffef\n]{1,60}?)"
                               r"(?:\s{0,3}[—－]{2}\s{0,3}|\s{1,3}[-–—]\s{1,3})"
                               r"(?P<gloss>\S.{0,300})")
#: how near its start a gloss must turn to CJK script ("GRN 线性传播 …" does, after an acronym it explains)
_GLOSS_CJK_WITHIN = 12


def cjk_glossed_name_heading(text: str) -> tuple[str, str] | None:
    """``#### CellOracle —— GRN 线性传播 in silico 扰动（博客遗漏 ★）`` → ("CellOracle", "GRN 线性传播 …"): a heading that
    names a method by its Latin-script short name (``_NAMED_WORK_NAME_WORDS`` words at most), then, after a dash, a
    gloss in Chinese, Japanese or Korean (perhaps after an acronym it explains) saying what the method does (and the writer's marks on it). None for any
    other heading, an English subtitle after the dash ("DeepTile — Tiled Convolutional Networks …") included.

    Why: a Chinese survey or notes file heads each method's card (its paper and code fields under it) by the name
    readers know and a gloss in the writer's language; the whole heading titled the paper, gloss, stars and all.
    The gloss is a description, not part of any title: the name is the work's, as in ``named_work_heading``."""
    m = _CJK_GLOSSED_NAME.fullmatch(" ".join(strip_section_number(text).split()))
    if m is None:
        return None
    name = m["name"].strip()
    if len(name.split()) > _NAMED_WORK_NAME_WORDS or not _is_meaningful(name) or not any(c.isalpha() for c in name) \
            or not any(map(_is_cjk, m["gloss"][:_GLOSS_CJK_WITHIN])):
        return None
    return name, m["gloss"].strip()


#: a venue heading's closing qualifier in brackets, how its papers were presented ("CVPR 2022 (Oral)", "[Spotlight]")
_PRESENTATION_BRACKET = re.compile(r"\s*[(\[（]\s*(?P<words>[A-Za-z][A-Za-z ]{0,30}?)\s*[)\]）]$")
#: the qualifiers that name a venue of its own ("NeurIPS 2021 Workshop", "ACL 2021 Findings"): kept in the venue
_VENUE_QUALIFIERS = frozenset({"workshop", "findings"})


@lru_cache(maxsize=4096)
def venue_year_heading(text: str) -> tuple[str, int] | None:
    """``### Ubicomp 2014``, ``## MICCAI 2023``, ``### CVPR 2022 (Oral)``, ``### NeurIPS 2021 Workshop``, ``#### 2019
    KDD`` → (venue, year): a heading that names only a venue and its year (perhaps how its papers were presented),
    as a list of papers sorted by where they appeared heads each group; None for any other heading.

    The venue is read as ``inline.bold_venue_year_tag`` reads a bold tag: a known venue or journal, or an acronym
    ("IMWUT", "UbiComp"), never a plain word before a year ("Spring 2019", "Release 2021", "Summer School 2018",
    "Week 3 2020" name a term, a release or a course, no venue). A workshop or findings track stays in the venue's
    name; "Oral", "Spotlight", "Poster" go."""
    core = " ".join(strip_section_number(text).split())
    if not core or len(core) > 60 or not any(c.isdigit() for c in core):
        return None
    kept: list[str] = []
    if (bracket := _PRESENTATION_BRACKET.search(core)) is not None:
        words = bracket["words"].casefold().split()
        if not all(w in _PRESENTATION_WORDS for w in words):
            return None
        kept += [w.capitalize() for w in words if w in _VENUE_QUALIFIERS]
        core = core[:bracket.start()]
    words = core.split()
    while len(words) > 2 and words[-1].casefold() in _PRESENTATION_WORDS:
        if words[-1].casefold() in _VENUE_QUALIFIERS:
            kept.insert(0, words[-1])
        words.pop()
    core = " ".join(words)
    if (lead := year_venue_label(core)) is not None:
        core = f"{lead['venue'].rstrip(' :：,.-–—|')} {lead['year']}"  # "2019 KDD": the year before the venue
    tag = bold_venue_year_tag(core)
    if tag is None:
        return None
    venue, _, year = tag[1:-1].rpartition(" ")
    if not _heading_names_venue(venue):
        return None
    return " ".join([venue, *kept]), int(year)


#: a year and a venue in brackets, either order, parted by a comma or a space: "（2021，EMBC）", "(2023, JBHI)",
#: "（MICCAI 2022）" (each part bounded: no backtracking over a long heading)
_BRACKETED_YEAR_VENUE = re.compile(r"[(（]\s{0,2}(?:(?P<year>(?:19|20)\d\d)\s{0,2}[,，、\s]\s{0,2}"
                                   r"(?P<venue>[A-Za-z][\w&.+/ -]{1,30}?)"
                                   r"|(?P<venue2>[A-Za-z][\w&.+/ -]{1,30}?)\s{0,2}[,，、\s]\s{0,2}"
                                   r"(?P<year2>(?:19|20)\d\d))\s{0,2}[)）]")


def year_venue_tagged_heading(text: str) -> tuple[str, str, int] | None:
    """``#### EMS-NET（2021，EMBC）粗粒度息肉分割的增强型多尺度网络`` / ``#### **Title**（2023，JBHI）`` /
    ``### Title (MICCAI 2022)`` → (the heading without its tag, the venue, the year); None for a heading without
    such a tag, or one with nothing but the tag.

    Why: a reader's notes (Typora, Obsidian exports) head each paper they read by its name or title with where and
    when it appeared in brackets, often full-width; that tag says the heading names one published work, even over
    notes that link nothing. The venue is read as ``venue_year_heading`` reads one (a known venue, a journal, or an
    acronym: "EMBC", "JBHI"), so "(2021, Part 2)" or "(Spring 2020)" tags no work."""
    m = _BRACKETED_YEAR_VENUE.search(text)
    if m is None:
        return None
    venue = (m["venue"] or m["venue2"]).strip()
    year = int(m["year"] or m["year2"])
    if not _heading_names_venue(venue):
        return None
    rest = " ".join(f"{text[:m.start()]} {text[m.end():]}".replace("**", " ").replace("__", " ").split())
    if not _is_meaningful(rest):
        return None
    return rest, venue, year


#: a heading's closing "(Venue Year)" in ASCII brackets, venue first: the trailer a record's title is read for
_PLAIN_VENUE_YEAR_TRAILER = re.compile(r"\(\s{0,2}[A-Za-z][^()\n]{0,40}?\s(?:19|20)\d\d\s{0,2}\)\s{0,3}$")


def tagless_heading_title(title: str, tagged: tuple[str, str, int]) -> str:
    """A tagged heading's title without its tag (``year_venue_tagged_heading``: "EMS-NET 粗粒度…网络" for
    "EMS-NET（2021，EMBC）粗粒度…网络"), but a heading closed by an ASCII "(ACL 2020)" as it is: the record reads that
    trailer for its venue and year already."""
    return title if _PLAIN_VENUE_YEAR_TRAILER.search(title) else tagged[0]


def _heading_names_venue(venue: str) -> bool:
    """Whether a heading's words before its year name a venue: a known one (``citation.names_venue``: "MICCAI",
    "Ubicomp"), a journal closed by a venue word ("Nature Medicine", "Genome Biology"), or acronyms alone ("IMWUT",
    "UbiComp", "IEEE TMI") of three letters or more. Not a competition named by ordinary words ("Data Science Bowl
    2019": "Science" alone makes ``names_journal`` read it), a plural topic ("LLMs 2024"), a numbered name
    ("COVID-19 2020") or a two-letter field ("AI 2020")."""
    from medkg.citation import VENUE_WORDS, names_journal, names_venue

    if names_venue(venue):
        return True
    words = venue.split()
    if names_journal(venue) and words[-1].casefold() in VENUE_WORDS:
        return True
    return all(w.isalpha() and sum(c.isupper() for c in w) >= 2 and len(w) >= 3 and not w.endswith("s")
               for w in words)


def analyse_heading(text: str, level: int) -> Heading:
    """``2.1 基因序列分析与预测 Gene sequence analysis`` → number, zh and en labels."""
    text = " ".join(text.split())
    rest = text
    number = None
    i = _number_prefix_end(rest)
    if i:
        number = rest[:i].rstrip(".") or None
        rest = rest[i:].lstrip(" .、)")
    zh_parts: list[str] = []
    en_parts: list[str] = []
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


#: a nickname heading's note after its colon or a spaced dash: "Hsu et al. (2023): mixed-set and adaptation precedent"
_NICKNAME_NOTE = re.compile(r"[:：]|\s[-–—]\s")


def author_year_nickname_heading(title: str) -> bool:
    """``Hsu et al. (2023): mixed-set and adaptation precedent``, ``Chua and Cheng (2024) — two-attribute
    reconstruction``: a heading (its section number gone) that files a work under its authors and year, then a note
    on it. Such a heading names no title; the record's own fields may."""
    from medkg.classify import author_year_label

    parts = _NICKNAME_NOTE.split(title[:200], maxsplit=1)
    return len(parts) == 2 and _is_meaningful(parts[1]) and author_year_label(parts[0].strip())


#: a record's number led by the word for what the record is ("Paper 1: ", "Article 12. ", "Reference 3 - "), before
#: the work's title in a reading list's headings
_RECORD_NUMBER_LEAD = re.compile(r"(?i)(?:paper|article|reference|study)\s?(?:no\.\s?|#)?\d{1,3}\s?(?::|\.|\s[-–—])\s")


def strip_record_number(title: str) -> str:
    """``Paper 1: Conversational Agents in Healthcare`` → ``Conversational Agents in Healthcare``: a heading that
    numbers a reading list's records by the word "Paper" (or "Article", "Reference", "Study") and a number, then
    a colon, a dot or a dash, titles the record by what follows; any other heading is returned as it is, and so
    is one with nothing after the number."""
    m = _RECORD_NUMBER_LEAD.match(title)
    if m is None or not title[m.end():].strip():
        return title
    return title[m.end():].strip()


def strip_section_number(title: str) -> str:
    """``4.中文医学问答数据集`` → ``中文医学问答数据集``: the section number of a heading that is an entry.

    Only clear numbering goes: a number with a dot (``4.``, ``4.1``, ``3.Yidu``), one closed by ``、`` or
    ``)`` (``4、``), a one- or two-digit number before a space (``1 Foo``) or a colon and a space
    (``4: Foo``), ``(4)``/``（4）``/``[4] ``,
    Chinese numerals before ``、`` (``一、``) and Roman numerals of two letters or more before
    ``. `` (``IV. ``; a lone ``I.``/``V.`` is an initial). A year
    (``2018 Data Science Bowl``), a name (``3D Slicer``, ``5G``) or a count (``3个数据集``)
    stays, and so does the whole title when nothing meaningful would be left. A pictograph before the
    number (``⌨️1.Title``) goes with it.
    """
    from medkg.classify import strip_symbols

    bare = strip_symbols(title)
    if bare != title and bare[:1].isdigit():
        # "⌨️1.DilatedToothSegNet: …": a pictograph before the number only decorates the numbered heading
        numbered = strip_section_number(bare)
        if numbered != bare:
            return numbered
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
        elif len(number) <= 2 and number.isdigit() and (after == "：" or after == ":" and title[i + 1:i + 2] == " "):
            # "### 4: Comparing the Performance of …": a thesis outline or a report numbers its chapters with a
            # colon as others do with a dot; a ratio or a time ("1:1 matching", "10:30 Session") has no space
            rest = title[i:]
    elif title[:1] in ("(", "（"):
        close = min((j for j in (title.find(")"), title.find("）")) if j > 0), default=-1)
        if 1 < close <= 5 and title[1:close].strip().isdigit():
            rest = title[close + 1:]
    elif title[:1] == "[":
        # "### [1] [Title](…)": a daily digest's record number in brackets (one to three digits: "[2023]" is a year)
        close = title.find("]", 1, 5)
        if close > 1 and title[1:close].isdigit() and title[close + 1:close + 2].isspace():
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


#: the words a course or a reading group numbers its units with ("Topic 1:", "Week 3:", "Lecture 2 -", "Part II:")
_UNIT_WORDS = frozenset("""topic topics week lecture lec session module unit part chapter lesson day class""".split())
_UNIT_CLOSERS = (":", "：", "-", "–", "—")


def unit_numbered_heading(text: str) -> bool:
    """``### Topic 1: Multimodal Vision-Language & Pathology`` / ``## Week 3 - Generative Models``: a heading that
    opens with a unit word, its number and a colon or a dash numbers a course's or a reading group's unit; the words
    after it name the unit's subject, however title-like ("Name: subtitle"), never one work. A work's own numbered
    name keeps no unit word ("Llama 2: Open Foundation …")."""
    words = text.split(None, 2)
    if len(words) < 3 or words[0].lower() not in _UNIT_WORDS:
        return False
    number = words[1]
    closed = number.endswith(_UNIT_CLOSERS) or words[2].startswith(_UNIT_CLOSERS)
    number = number.rstrip("".join(_UNIT_CLOSERS)).rstrip(".")
    return closed and bool(number) and (number.isdigit() or number.upper() in _ROMAN_NUMERALS)


#: the words a recommendation or a plan ranks its choices with ("Priority 1:", "Option 2 -", "Recommendation 3:",
#: "Tier 1:"): the words after them name a course of action (a method to try), never one work's title
_RANK_WORDS = frozenset("priority option recommendation tier".split())
#: the words a challenge, a project or a plan numbers its parts with ("Task 1:", "Track 2 -", "Phase II:", "Aim 3:")
_PART_WORDS = _UNIT_WORDS | _RANK_WORDS \
    | frozenset("task tasks subtask track phase stage step aim objective milestone".split())
#: the plain words that may qualify a numbered part before its word ("Regular Task 1:", "Special Track 2:")
_PART_QUALIFIERS_MAX = 2


def numbered_part_label(text: str) -> bool:
    """``**Regular Task 1: Accurate Reconstruction under High Acceleration** – To evaluate …`` / ``Track 2 - Survival
    prediction`` / ``Aim 3: …``: a line that opens by numbering one part of a challenge, a project or a plan (a part
    word, qualified by at most two plain words, then its number and a colon or a dash) names that part; the words
    after it describe the part, however title-like ("Name: subtitle"), never one work. Why: a challenge's README
    lists its tasks as bold bullets, and a document with many link-less lines read each task as a paper. A shared
    task's overview paper names its campaign first ("SemEval-2017 Task 1: …", "BioCreative Track 3: …"): a
    qualifier with a digit or an inner capital is such a name, and the line stays a title."""
    words = " ".join(text.split()).split(None, _PART_QUALIFIERS_MAX + 2)
    for at in range(min(_PART_QUALIFIERS_MAX, len(words) - 2) + 1):
        if words[at].lower() not in _PART_WORDS:
            continue
        if not all(w.isalpha() and w[1:].islower() for w in words[:at]):
            return False
        number = words[at + 1]
        rest = words[at + 2] if len(words) > at + 2 else ""
        closed = number.endswith(_UNIT_CLOSERS) or rest.startswith(_UNIT_CLOSERS)
        number = number.rstrip("".join(_UNIT_CLOSERS)).rstrip(".")
        return closed and bool(number) and (number.isdigit() or number.upper() in _ROMAN_NUMERALS)
    return False


#: the words a course's schedule names one meeting by ("Lecture 3:", "Week 2", "Session 4 -", "Class 1", "Day 5"):
#: of the unit words, those of a session held on a day, not a book's or a topic's part ("Chapter 3:", "Part II:")
_SESSION_WORDS = frozenset("lecture lec session week class day lesson".split())
#: the same in Chinese: "第3讲", "第十二课", "第2周", "第4次课"
#: the first letters of the session words and of "第": a line opening with any other names no session
_SESSION_INITIALS = frozenset("LlSsWwCcDd第")
_ZH_SESSION = re.compile(r"^第\s*[0-9一二三四五六七八九十百]{1,4}\s*(?:讲|課|课|周|週|次课|节课|天)")


def course_session_label(text: str) -> bool:
    """``Lecture 13: Hidden Markov Models`` / ``Week 3`` / ``Session 2 - Imaging`` / ``第3讲：…``: a line that opens
    by numbering a course's meeting names that session (its slides, its readings under it), never one work; a
    work's own numbered name keeps no session word ("Llama 2: Open …"). Why: a course outline links each lecture's
    slides from its name and lists its readings under it; read as a work, the lecture became a paper and its
    readings its fields."""
    if text.lstrip()[:1] not in _SESSION_INITIALS:
        return False  # (most lines open with no session word: the cheapest test first)
    text = " ".join(text.split())
    if _ZH_SESSION.match(text):
        return True
    words = text.split(None, 2)
    if len(words) < 2 or words[0].lower() not in _SESSION_WORDS:
        return False
    number = words[1].rstrip("".join(_UNIT_CLOSERS)).rstrip(".")
    if not (number.isdigit() or number.upper() in _ROMAN_NUMERALS):
        return False
    return len(words) == 2 or words[1].endswith(_UNIT_CLOSERS) or words[2].startswith(_UNIT_CLOSERS) \
        or _SESSION_DATE.match(words[2]) is not None


#: the date or time a schedule writes in brackets after a session's number ("Day 1 (Tuesday, February 20, 6:00 PM -
#: 8:30 PM):", "Week 3 (Jan 21)", "Lecture 4 (10/03) - …"): a weekday or a month named, or digits with a date's or a
#: clock's separators; then the line ends or a closer follows. Bounded: no nested brackets, at most 80 characters
_SESSION_DATE = re.compile(
    r"\((?=[^()]{0,80}\))(?:[^()]*\b(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"[a-z]*\b[^()]*|[\d\s/.:\-–apm]+)\)\s*(?:$|[:：\-–—])", re.IGNORECASE)


#: headings of sections about the list itself (its purpose, how to contribute, how to cite it, its
#: licence): their prose links are not entries. Matched on the heading's first word (English) or by
#: containment (Chinese).
_DOC_SECTION_WORDS = frozenset("""introduction about description overview background motivation contributing contribution
    contributions contributors contribute citation citations citing cite license licence licensing
    acknowledgement acknowledgements acknowledgment acknowledgments contact disclaimer changelog faq""".split())
#: of those, the words of a section that introduces a topic: one that also names works ("## Introduction or Review
#: articles", "## Background papers", "## Overview & Surveys") lists the works that introduce it, its entries
_PROSE_SECTION_WORDS = frozenset("introduction overview background motivation".split())
_WORK_NOUNS = frozenset("""paper papers article articles review reviews survey surveys publication publications
    reading readings literature tutorial tutorials""".split())
_DOC_SECTION_ZH = ("简介", "介绍", "前言", "贡献", "引用", "许可", "致谢", "联系", "免责", "范围")


#: a short heading that points at the list itself ("## How to use this list", "## Why this repository?", "## Scope of
#: this collection"): whatever its first word, the section is about the list, its prose and steps no entries
_NAMES_THE_LIST = re.compile(r"\bthis (?:list|repo|repository|collection|readme|catalog(?:ue)?|reading list)\b", re.I)
_NAMES_THE_LIST_MAX_WORDS = 8
#: the words that open a section introducing the list or its topic ("## Description", "## About", "## Overview of the
#: field") and, as often, a work's title ("Description of …", "Introduction of a … pathway", "Overview of …"): not
#: the list's upkeep or citation ("## Contributing: …", "## Citation …" are never a work's title)
_TOPIC_LEAD_WORDS = frozenset("introduction about description overview background motivation".split())
#: how many words make a heading a work's title when it opens with one of those: a section about the list is named
#: in a few words ("## Overview of this list"), a digest's record heading by the work's whole title ("## Description
#: of peripheral nervous system involvement in wild-type transthyretin amyloidosis: A clinical and
#: electrophysiological study.")
_WORK_TITLE_MIN_WORDS = 10
#: a bare usage guide ("## How to Use", "## How to contribute", "## How to cite it"): the heading names no list, yet
#: only the list's own use, upkeep or citation is what such a heading can be about; its steps ("- Reference these
#: surveys when motivating …", "- Suggest new entries by opening a PR …") are no references. Whole headings only:
#: "## How to Read a Paper", "## How to use LLMs for triage" name a work or a topic
_USAGE_GUIDE_HEADINGS = frozenset((
    "how to use", "how to use it", "how to use this", "how to contribute", "how to cite", "how to cite it",
    "how to cite us"))


@lru_cache(maxsize=4096)
def _letter_words(heading: str) -> tuple[str, ...]:
    """A heading's words, lower case, letters only (emoji, digits and punctuation part them): what the section
    tests below compare (memoised: every entry of a section asks of the same heading)."""
    return tuple("".join(ch.lower() if ch.isalpha() else " " for ch in heading).split())


def _is_usage_guide(words: tuple[str, ...]) -> bool:
    """``## How to Use`` (words read lower-case, without emoji or punctuation): a guide to the list itself."""
    return " ".join(words) in _USAGE_GUIDE_HEADINGS


#: the few words a list's contact section adds to its word ("## Contact Us", "## Contact Information", "## Contact the
#: authors", "## 📧 Contact & Support")
_CONTACT_SECTION_TAIL = frozenset("""us me info information details the authors author maintainer maintainers team
    and support feedback questions""".split())
_CONTACT_SECTION_MAX_WORDS = 4


def _is_contact_heading(words: tuple[str, ...]) -> bool:
    """``## Contact`` / ``## Contact Us`` (words read lower-case, without emoji or punctuation): the list's contact
    section is the word alone or with a few words about whom to reach. Why: a work's title may open with the word
    ("## Contact Heterogeneity and Early Epidemic Growth in Dense Cities", "## Contact vs. Non-contact methods"), and
    reading it as the section drops its record."""
    return len(words) <= _CONTACT_SECTION_MAX_WORDS and all(w in _CONTACT_SECTION_TAIL for w in words[1:])


def is_document_section(heading: str) -> bool:
    """``## 🤝 Contributing``, ``## 📖 Citation``, ``## 许可证``: a section about the list itself."""
    words = _letter_words(heading)
    if not words:
        return False
    if len(words) <= _NAMES_THE_LIST_MAX_WORDS and _NAMES_THE_LIST.search(heading):
        return True
    if any(_is_cjk(ch) for ch in words[0]):
        return len(heading.strip()) <= 8 and any(w in heading for w in _DOC_SECTION_ZH)
    if _is_usage_guide(words):
        return True
    if words[:2] == ("star", "history") or words[0] == "stargazers":
        return True  # "## ⭐ Star History" / "[![Star History Chart](…)](…)": the list's own popularity chart
    if words[0] not in _DOC_SECTION_WORDS:
        return False
    if words[0] == "contact" and not _is_contact_heading(words):
        return False  # "## Contact Heterogeneity and Early Epidemic Growth in Dense Cities": a work's title
    if len(words) >= _WORK_TITLE_MIN_WORDS and words[0] in _TOPIC_LEAD_WORDS:
        # "## Description of peripheral nervous system involvement in …: A clinical … study.": a work's title
        return False
    if words[0] in _PROSE_SECTION_WORDS and any(w in _WORK_NOUNS for w in words[1:]):
        return False  # "## Introduction or Review articles", "## Background Reading": works to read, not the list's intro
    # "#### Contact-Tracing", "## Background-Subtraction": the word is half of a hyphenated term, a topic
    first = next((t for t in heading.split() if any(ch.isalpha() for ch in t)), "")
    return not _HYPHENATED.search(first)


def is_prose_section(heading: str) -> bool:
    """``## Background Material`` / ``## Introduction``: a section about the list itself by its first word, of those
    that introduce the list's topic (not its upkeep nor its citation). Such a section may still be a reading list
    whose heading names no work noun ("Material", "Primer"); the caller reads its paragraphs to tell."""
    words = _letter_words(heading)
    return bool(words) and words[0] in _PROSE_SECTION_WORDS and is_document_section(heading)


#: a guide to running the page's own project ("## How to run the projects", "## How to reproduce our results", "## How
#: to use this code"): "how to", a verb of running it, then the project pointed at ("the", "this", "our"); a paper's
#: "How to Train Your ViT? …" or "How to Read a Paper" points at no project of the page's
_RUN_GUIDE_VERBS = frozenset("run use reproduce install test".split())
_RUN_GUIDE_POINTERS = frozenset("the this our".split())
_RUN_GUIDE_MAX_WORDS = 6


def is_project_run_guide(heading: str) -> bool:
    """``## How to run the projects``: a section guiding the reader through the page's own code. Its sub-sections
    ("### Provided models and data samples" / "In Part I, we provide …") are steps of the guide, never reading notes
    on a work, however title-like their headings read."""
    words = _letter_words(heading)
    return 4 <= len(words) <= _RUN_GUIDE_MAX_WORDS and words[:2] == ("how", "to") \
        and words[2] in _RUN_GUIDE_VERBS and words[3] in _RUN_GUIDE_POINTERS


#: the last words of a heading that names a facet of a project's own write-up ("## Dataset Information", "### Training
#: details", "## Experimental setup", "## Implementation Details", "## Requirements"), not a work
_WRITE_UP_FACETS = frozenset("details information info settings setup configuration instructions requirements".split())
_WRITE_UP_FACET_MAX_WORDS = 5
#: words that make such a heading a part of a work's record instead ("### Publication Information", "## Citation
#: details", "### Paper details"): the section gives the work, whatever it is called
_WORK_RECORD_WORDS = frozenset("""paper papers publication publications citation citations reference references article
    articles bibliographic bibliography""".split())


def is_write_up_facet(heading: str) -> bool:
    """``## Dataset Information`` / ``### Training details`` / ``## Experimental setup``: a short heading that names a
    facet of the project the page documents (its data, its training, its set-up), ending in a facet word. Why: the
    README of a study's code writes such sections in prose that cites the works it builds on by name ("[CheXpert](…)
    is a large public dataset …", "… following the original work [CheXpert](…)"); read as a record titled by its
    heading, each section became a paper called "Dataset Information". A heading naming a work record ("### Publication
    Information") is no such facet."""
    words = _letter_words(heading)
    return 0 < len(words) <= _WRITE_UP_FACET_MAX_WORDS and words[-1] in _WRITE_UP_FACETS \
        and not any(w in _WORK_RECORD_WORDS for w in words)


#: the first words of a section about the list's upkeep (how to contribute, its licence, thanks, contacts, its changes
#: and questions): not "## Introduction" or "## Overview", which may hold the list's content under sub-headings
_UPKEEP_SECTION_WORDS = frozenset("""contributing contribution contributions contribute contributors license licence
    licensing acknowledgement acknowledgements acknowledgment acknowledgments contact disclaimer changelog faq""".split())
_UPKEEP_SECTION_ZH = ("贡献", "许可", "致谢", "联系", "免责")


def is_upkeep_section(heading: str) -> bool:
    """``## 🤝 Contributing`` / ``## License`` / ``## 致谢``: a section about keeping the list, not about what it lists.
    Its link-less lines ("- Maintain alphabetical order within each section.", "- Flag outdated entries by opening an
    issue.") are rules and thanks, never references, and so are those of its sub-sections ("### Guidelines"), which
    the caller reads from the whole heading path."""
    if not is_document_section(heading):
        return False
    words = _letter_words(heading)
    if not words:
        return False
    if any(_is_cjk(ch) for ch in words[0]):
        return any(w in heading for w in _UPKEEP_SECTION_ZH)
    return words[0] in _UPKEEP_SECTION_WORDS or _is_usage_guide(words)


#: whole headings that name the field's topics rather than works ("## Research Areas", "## Future Directions",
#: "## Suggested Keywords", "## Open Problems"), read without emoji, numbers or case
_TOPIC_SECTION_HEADINGS = frozenset((
    "research areas", "research area", "research topics", "research directions", "future directions",
    "future research directions", "research interests", "open problems", "open challenges", "open questions",
    "open research questions", "key topics", "keywords", "suggested keywords", "key words",
    # a survey companion's overview of what the survey covers ("## 🧠 Topics Covered" / "- Contrastive Learning" /
    # "- Parameter Efficient Fine Tuning (PEFT)"): the survey's subjects, named in title case, never its references
    "topics covered", "covered topics", "topics discussed", "concepts covered", "key concepts", "core concepts"))

#: whole headings (often a bold label, "**Key Features:**") over an item's own properties in a catalogue of
#: products, devices or datasets ("### 1. **IDx-DR**" / "**Key Features:**" / "- Autonomous detection of …"):
#: what the item does or is used for, never the works it cites
_PROPERTY_SECTION_HEADINGS = frozenset((
    "features", "key features", "main features", "core features", "features and capabilities", "capabilities",
    "key capabilities", "use case", "use cases", "key use cases", "benefits", "key benefits", "advantages",
    "strengths", "limitations", "pros", "cons", "pros and cons"))


def is_topic_section(heading: str) -> bool:
    """``## Research Areas`` / ``- Federated learning for privacy-preserving medical AI``: a section naming the
    field's topics, directions or keywords, or an item's own features and uses (``**Key Features:**`` / ``- Real-
    time alerts for radiologists`` under a device of a catalogue). Its link-less lines are topics or properties,
    however title-like ("Explainable AI for clinical decision support" reads as a title), never references; a
    linked work under it is still one."""
    words = _letter_words(heading)
    joined = " ".join(words)
    return joined in _TOPIC_SECTION_HEADINGS or joined in _PROPERTY_SECTION_HEADINGS


#: whole headings over a study plan's goals, tasks and checks ("### 本周目标" / "- 理解CT/MRI成像原理", "### Tasks" /
#: "- Implement the Demons algorithm", "### Checkpoints"): what the reader is to learn or do, read without emoji, numbers
#: or case; the plan's references stand under its reading headings ("### 必读论文", "### Required reading") instead
_PLAN_SECTION_HEADINGS = frozenset((
    "goals", "goal", "objectives", "objective", "learning goals", "learning objectives", "learning outcomes",
    "weekly goals", "this week s goals", "tasks", "practice", "practical tasks", "practice tasks", "exercises",
    "homework", "assignments", "checkpoints", "checkpoint", "checklist", "deliverables",
    "本周目标", "学习目标", "目标", "本周任务", "学习任务", "实践任务", "实践", "练习", "作业", "检查点", "笔记输出", "产出"))

#: whole headings over a course page's logistics ("## Grading" / "- Slides have to be submitted prior the presentation
#: date.", "## Presentation" / "- The recommended length is 1 slide per minute …", "## Group meeting"): the rules of
#: how students meet, present and are graded, however title-like their sentences; a syllabus or journal-club page puts
#: them after its list of papers, and there are as many of them as papers, so they would be read as a link-less
#: reading list. A work linked under such a heading is still one.
_COURSE_LOGISTICS_HEADINGS = frozenset((
    "grading", "grades", "grading policy", "grading scheme", "course policies", "policies", "course rules",
    "office hours", "prerequisites", "presentation", "presentation guidelines", "group meeting", "group meetings",
    "submitting preferences", "submission", "participation", "attendance", "logistics", "course logistics",
    "course requirements", "expectations",
    # "### Technology requirements" / "* Participants require a computer and internet connection …": what a student
    # needs to take part, a course rule in a sentence
    "requirements", "technology requirements", "technical requirements", "software requirements",
    "hardware requirements", "system requirements"))


def is_plan_section(heading: str) -> bool:
    """``### 本周目标`` / ``- 理解CT/MRI成像原理``, ``### 实践任务`` / ``- 编程实现: Demons配准算法``: a section of a study
    plan naming what the reader is to learn, do or hand in. Its link-less lines are aims and tasks, however
    title-like (a CJK phrase or "Implement U-Net" reads as a title), never references; a linked work under it is
    still one. Why: a reading plan repeats these sections week after week beside its reading sections, so their
    lines outnumber the references and would all be read as papers of a link-less reading list. A course page's
    logistics sections (``## Grading``, ``## Group meeting``) are its plan for the students in the same way."""
    words = _letter_words(heading)
    joined = " ".join(words)
    return joined in _PLAN_SECTION_HEADINGS or joined in _COURSE_LOGISTICS_HEADINGS or _names_one_checklist(words)


#: the words that may join a checklist to what it checks ("checklist for HAR papers", "checklist of a submission")
_CHECKLIST_JOINS = frozenset("for of".split())
#: the words that make a checklist one of works to read ("Reading checklist", "Paper checklist"), its items references
_READING_CHECK_WORDS = frozenset("reading read paper papers literature references".split())


def _names_one_checklist(words: tuple[str, ...]) -> bool:
    """``## Efficiency reporting checklist for HAR papers`` / ``- Peak memory (RAM and model size)``: a heading whose
    head noun is one checklist (its last word, or before "for"/"of") heads the document's own checks, what an author
    is to report or avoid, however title-like each item reads; never references. Why: an awesome list closes with
    such a checklist after its linked papers, and its link-less items were read as a link-less reading list. Only
    the singular: "## Reporting checklists" may list the published guidelines (CONSORT, STARD) as works."""
    if "checklist" not in words:
        return False
    at = words.index("checklist")
    # ("## Reading checklist" / "- [ ] Deep Residual Learning for …": a checklist of what to read ticks off works)
    return (at == len(words) - 1 or words[at + 1] in _CHECKLIST_JOINS) \
        and not any(w in _READING_CHECK_WORDS for w in words[:at])


#: the words a heading calls its section's lines notes with ("#### Notes on raw CNV data", "### Remarks", "## Caveats"),
#: and the words that may join them to what they note on
_NOTES_HEADING_WORDS = frozenset("note notes footnote footnotes remark remarks caveat caveats".split())
_NOTES_HEADING_JOINS = frozenset("on about regarding for to".split())


#: the words a heading opens with to say its section tells how to read (English, Spanish, Portuguese, French, German)
_HOW_TO_READ = (("how", "to", "read"), ("how", "i", "read"), ("how", "we", "read"), ("cómo", "leer"),
                ("como", "leer"), ("como", "ler"), ("comment", "lire"), ("wie", "man"))
#: what such a section reads: papers, articles, the literature
_READ_OBJECT_WORDS = frozenset("""paper papers article articles literature research publications artículos articulos
    artigos artículo artigo articles publicaciones publicações papier papiere paper veröffentlichungen""".split())
#: whole headings of a guide's steps or tips for reading ("### Estrategia de Lectura" / "1. **Primera pasada**" /
#: "   - Lee título, abstract, conclusiones")
_READING_GUIDE_HEADINGS = frozenset((
    "reading strategy", "reading strategies", "reading tips", "tips for reading", "tips for reading papers",
    "how to read", "estrategia de lectura", "estrategias de lectura", "consejos de lectura", "estratégia de leitura",
    "estratégias de leitura", "dicas de leitura", "lesestrategie", "lesetipps", "stratégie de lecture"))
#: the same said in Chinese, Japanese and Korean, found inside the heading ("## 如何阅读论文", "## 論文の読み方")
_READING_GUIDE_CJK = ("如何阅读论文", "怎么读论文", "怎样读论文", "论文阅读方法", "如何读论文", "如何閱讀論文",
                      "論文の読み方", "論文を読む方法", "논문 읽는 법", "논문 읽는 방법", "논문 읽기 방법")


def is_reading_guide_section(heading: str) -> bool:
    """``## 💡 Cómo Leer Papers de IA`` / ``### Estrategia de Lectura`` / ``1. **Primera pasada (5-10 min)**`` /
    ``   - Lee título, abstract, conclusiones``: a section that tells its reader how to read papers (its steps,
    passes and tips) heads advice, never references, however title-like each short step reads. Why: a reading list
    closes with such a guide after its works, and its link-less steps, as many as a section's works, were read as a
    link-less reading list. A linked work under it (Keshav's "How to Read a Paper") is still one: only link-less
    lines are asked. Matched: a heading opened by "how to read" (or its Spanish, Portuguese, French, German words)
    and naming papers, or a whole heading that is a reading strategy or reading tips, or the CJK phrases."""
    if any(p in heading for p in _READING_GUIDE_CJK):
        return True
    words = _letter_words(heading)
    if " ".join(words) in _READING_GUIDE_HEADINGS:
        return True
    return any(words[:len(lead)] == lead and any(w in _READ_OBJECT_WORDS for w in words[len(lead):])
               for lead in _HOW_TO_READ)


def is_notes_section(heading: str) -> bool:
    """``#### Notes on raw CNV data`` / ``1. Only retained control samples from Cooper _et al._.``: a heading that
    calls its section notes (remarks, caveats, footnotes) on something, whole or before "on"/"about", names what its
    lines are, never a work, however title-like the rest ("raw CNV data" on five words reads as a title): its
    numbered remarks are the document's notes, not a reader's notes on a work the heading would title."""
    words = _letter_words(heading)
    return bool(words) and words[0] in _NOTES_HEADING_WORDS \
        and (len(words) == 1 or words[1] in _NOTES_HEADING_JOINS)


#: the words an instruction to the reader opens with, in a heading's closing aside ("(be ready to say these)",
#: "(do-not-fumble lines)", "(read this first)", "(skip if short on time)")
_READER_INSTRUCTION_OPENERS = frozenset("be do don dont never always say read remember know use skip keep avoid "
                                        "memorise memorize practise practice prepare mention cite repeat".split())
#: the writer's and the reader's own persons ("(what we can claim)", "(for your slides)"); not "I", which also
#: numbers a part ("(Part I)")
_SPEAKER_PRONOUNS = frozenset("we us our ours you your yours".split())
#: the words before a "we" that make it a question's or a clause's subject, as titles write one ("Do we need …",
#: "What we talk about when …", "How far are we …"), not a relative clause on a noun ("limitations we face")
_BEFORE_QUESTION_WE = frozenset("do does did are were is was can could should would will shall have has had must may "
                                "might what how why when where which who whom whose whether if that as than so "
                                "and or but because while until before after since".split())
#: a heading's closing bracketed aside, opening lower-case: "Ammo for Q&A (do-not-fumble lines)" → "do-not-fumble
#: lines" (bounded, no nesting: linear on any line)
_CLOSING_ASIDE = re.compile(r"[(（]\s{0,3}(?P<aside>[a-z][^()（）\n]{0,80}?)\s{0,3}[)）]\s{0,3}$")


def addresses_reader(heading: str) -> bool:
    """``## Ammo for Q&A (do-not-fumble lines)`` / ``## Current limitations we face (be ready to say these)`` over
    ``- **Why LSTM?** Sequential data; …``: a heading that speaks to its reader (a closing lower-case aside that
    opens on an instruction or says "we"/"you", or a relative "we" clause on its noun, "limitations we face") heads
    the writer's own notes (a presenter's talking points, a team's to-dos), never a work's title, however
    title-like its words. Why: such a heading over link-less note bullets was read as a reading note's record, one
    more paper. A title's bracket opens on a capital ("YOLO (You Only Look Once)", "(Extended Abstract)"), and a
    title's "we" asks a question ("Do we need …", "What we talk about when …")."""
    aside = _CLOSING_ASIDE.search(heading)
    if aside is not None:
        words = _letter_words(aside.group("aside"))
        if words and (words[0] in _READER_INSTRUCTION_OPENERS or any(w in _SPEAKER_PRONOUNS for w in words)):
            return True
        heading = heading[:aside.start()]
    if "?" in heading or "？" in heading:
        return False
    raw = heading.split()
    return any(w == "we" and raw[i - 1].lower().strip(",;:") not in _BEFORE_QUESTION_WE
               for i, w in enumerate(raw) if i > 0)


#: what a document calls itself after "this" or "our": "## 📖 The main structure of this survey!", "## Scope of this
#: repository", "## How our list is organised"
_OWN_DOCUMENT_NOUNS = frozenset("survey surveys review repository repo list collection page readme".split())


def names_own_document(heading: str) -> bool:
    """``## 📖 **The main structure of this survey!**`` / ``- **Modality Composition**: prior images, …``: a heading
    that speaks of the document itself ("this survey", "our repository", "this list") heads the document's own part
    (its plan, its scope, its layout), never a work's title, however title-like its words. Why: over bullets of
    bold-labelled notes it was read as a reading note's record, one more paper; a work's title names its subject,
    not the page it is listed on. Only "this"/"our" right before such a noun (``_OWN_DOCUMENT_NOUNS``)."""
    words = _letter_words(heading)
    return any(w in ("this", "our") and nxt in _OWN_DOCUMENT_NOUNS for w, nxt in zip(words, words[1:]))


#: whole headings a reader's notes on one work give its parts ("## Abstract", "### Conclusion", "## FutureWork", the
#: org-mode export of a thesis's reading notes; "## 1 Introduction", a translated paper's section copied sentence by
#: sentence), read without numbers, emoji or case
_WORK_DIGEST_HEADINGS = frozenset((
    "abstract", "introduction", "conclusion", "conclusions", "future work", "futurework", "limitations",
    "key findings", "takeaways", "key takeaways"))


def is_work_digest_section(heading: str) -> bool:
    """``## Abstract`` / ``- The advantages and disadvantages of each set of methods are also briefly discussed``: a
    section a reader's notes head as a part of the work they are on (its abstract, its conclusion, the future work
    it names) holds that work's sentences retold, never references, however title-like or full-stopped. Why: in a
    thesis's link-less reading notes ("# STRT Aze2015 - Title" / "## Abstract" / "- …"), every sentence of every
    abstract was read as one more paper. Only the heading's whole words: "## Abstracts of accepted papers" or
    "## Conclusions from clinical trials" may head a reading list."""
    return " ".join(_letter_words(heading)) in _WORK_DIGEST_HEADINGS


#: what a document's own part is called after "Our" ("**Our Implementation:**", "**Our Approach vs. Counterfactuals:**",
#: "**Our Use:**"): the writers' project, set beside the works they review; never "Our Papers" or "Our Publications"
_OWN_WORK_HEADING_WORDS = frozenset("implementation implementations approach use take choice setup adaptation "
                                    "design solution pipeline".split())


def is_own_work_section(heading: str) -> bool:
    """``**Our Approach vs. Counterfactuals:**`` / ``- Trade-off: Counterfactuals are actionable but less faithful``:
    a literature review's part about the writers' own project (its implementation, its approach, its use of a
    method) says what they built or chose; its link-less lines are their remarks, never references, however
    title-like ("Label: claim" reads as a "Name: subtitle" title). Why: in a review that links none of its works,
    every title-like link-less line was read as one more paper. A lab's "## Our Publications" lists works."""
    words = _letter_words(heading)
    return len(words) >= 2 and words[0] == "our" and words[1] in _OWN_WORK_HEADING_WORDS


#: the words a heading calls a list of terms and their meanings by ("## Glossary", "### Abbreviations", "## Key Terms")
_GLOSSARY_HEADING_WORDS = frozenset("glossary glossaries abbreviations acronyms terminology definitions".split())
#: the words that may come before them ("## Key Terms", "## List of Abbreviations", "## Common Acronyms")
_GLOSSARY_LEADS = frozenset("a key common basic list of the terms".split())


def is_glossary_section(heading: str) -> bool:
    """``## Glossary`` / ``- EHR - Electronic Health Record — patient's digital medical record.``: a heading that calls
    its section a glossary (abbreviations, acronyms, terminology, definitions, "Key Terms") names what its lines
    are, a term and what it means, never a work, however title-like the gloss ("CITI training - Required ethics
    training for accessing clinical data"). Only the heading's whole words, a lead word at most before them:
    "## Definitions of sepsis in the ICU" heads a topic, perhaps a reading list."""
    words = _letter_words(heading)
    if not words or words[-1] not in _GLOSSARY_HEADING_WORDS and words[-2:] != ("key", "terms"):
        return False
    return all(w in _GLOSSARY_LEADS or w in _GLOSSARY_HEADING_WORDS for w in words[:-1])


#: whole headings over a list of measures ("## 7. 평가 지표" evaluation metrics, "### Metrics", "## 評価指標"), read
#: without numbers, emoji or case
_METRICS_SECTION_HEADINGS = frozenset((
    "metrics", "metric", "evaluation metrics", "evaluation metric", "performance metrics", "evaluation measures",
    "평가 지표", "지표", "성능 지표", "평가 척도", "評価指標", "指標", "評価尺度", "评价指标", "评估指标", "指标"))


def is_metrics_section(heading: str) -> bool:
    """``## 7. 평가 지표`` / ``### 시스템 성능`` / ``- 후보 검색 Recall@k와 nDCG@k``: a section naming the measures a
    study reports (its metrics) lists what is measured, never works, however title-like a metric's name with its
    Latin abbreviations ("Recall@k", "nDCG@k", "F1") reads. Why: a research plan's metrics, grouped under sub-headings,
    outnumber a section's references and were read as a link-less reading list. Only the heading's whole words:
    "## Metrics for image segmentation" may head a reading list."""
    words = _letter_words(heading)
    return " ".join(words) in _METRICS_SECTION_HEADINGS


#: the words a heading calls the document's layout by ("### Structure of the Survey", "## Paper Organization"), and
#: the documents it may name: a survey, a paper, a review, the repository or list itself
_OUTLINE_WORDS = frozenset("structure organization organisation outline roadmap layout".split())
_OUTLINE_DOC_NOUNS = frozenset("""survey paper review article repository repo list document readme book thesis
    tutorial""".split())
_OUTLINE_JOINS = frozenset("of the this our".split())


def is_outline_section(heading: str) -> bool:
    """``### Structure of the Survey`` / ``1. Section 3 discusses reasoning-oriented multimodal understanding from
    data curation and modeling strategy perspectives.``: a heading over the layout of the document itself (its
    structure, organization or outline, "of the survey" or "Survey Structure") names what its lines are, the
    document's own sections told in sentences, never works, however full-stopped or title-like. Only with a
    document noun: "## Structure prediction" or "## Outline" alone may head a topic or a reading list."""
    words = _letter_words(heading)
    if len(words) < 2:
        return False
    if words[0] in _OUTLINE_WORDS:  # "Structure of the Survey", "Organization of this paper"
        rest = [w for w in words[1:] if w not in _OUTLINE_JOINS]
        return words[1] == "of" and len(rest) == 1 and rest[0] in _OUTLINE_DOC_NOUNS
    # "Survey Structure", "Paper Organization", "Repository Layout"
    return len(words) == 2 and words[0] in _OUTLINE_DOC_NOUNS and words[1] in _OUTLINE_WORDS


#: the words a heading calls the document's own aims by ("## Survey Goals", "### Aims of this Repository")
_AIM_WORDS = frozenset("goal goals aim aims objective objectives".split())
#: the phrase a heading calls a summary of the document itself by ("## At a Glance", "## Survey at a Glance")
_GLANCE_WORDS = ("at", "a", "glance")


#: the words a heading names a list's own admission rules by ("## Scope", "### Inclusion Criteria", "## Scope and
#: Inclusion Boundary", "## Selection criteria"): the lead word and the words that may follow it
_SCOPE_LEAD_WORDS = frozenset("scope inclusion exclusion selection eligibility".split())
_SCOPE_TAIL_WORDS = frozenset("""and of the this our list repository survey collection inclusion exclusion criteria
    criterion boundary boundaries rules""".split())


def is_inclusion_rules_section(heading: str) -> bool:
    """``### Scope and Inclusion Boundary`` / ``1. It proposes or evaluates a multimodal model for a medical
    setting.`` and ``## Inclusion Criteria`` / ``- Peer-reviewed work with a public record.``: a heading over the
    list's own admission rules names what its lines are, the conditions an entry must meet, never works, however
    full-stopped or title-like. Why: a survey companion states its scope in numbered sentences before its tables,
    and in a list with many link-less lines they were read as a link-less reading list. Only a heading made of the
    scope words alone ("Scope", "Scope of this List", "Inclusion and Exclusion Criteria"); "Selection" or
    "Inclusion" needs a rules word after it ("## Selection bias in EHR cohorts", "## Inclusion body myositis" head
    topics), and "## Scope-aware retrieval", a word outside them, names a topic too."""
    words = _letter_words(heading)
    if not words or words[0] not in _SCOPE_LEAD_WORDS or any(w not in _SCOPE_TAIL_WORDS for w in words[1:]):
        return False
    return words[0] == "scope" or any(w in ("criteria", "criterion", "boundary", "boundaries", "rules")
                                      for w in words[1:])


#: the words of a heading over a section about the list or the study behind it ("## About", "## Methodology", "##
#: Survey Protocol", "## Curation"): a scope heading under one of them states the list's own admission rules
_ABOUT_THE_LIST_WORDS = frozenset("""about overview introduction background motivation method methods methodology
    protocol survey review list repository collection curation readme guide guidelines contributing""".split())


def heads_inclusion_rules(topic: list[Heading]) -> bool:
    """``## About`` / ``### Inclusion Criteria`` / ``- Peer-reviewed work with a public record.``: the deepest heading
    names the list's admission rules (``is_inclusion_rules_section``) and sits where a list states them, at the top
    of the document (no parent, or the document's title as its parent) or under a section about the list or its
    method. Why: ``### Automated clinical trial matching`` / ``#### eligibility criteria`` / ``- Automated
    classification of eligibility criteria in clinical trials …``: in a clinical list the criteria of a trial are a
    research task; filed under a subject's heading, the same words name that subject's part, and its link-less
    titles were dropped as the list's rules."""
    if not topic or not is_inclusion_rules_section(topic[-1].text):
        return False
    if len(topic) == 1 or topic[-2].level == 1:
        return True
    parent = _letter_words(topic[-2].text)
    return any(w in _ABOUT_THE_LIST_WORDS for w in parent) or _NAMES_THE_LIST.search(topic[-2].text) is not None


def is_document_summary_section(heading: str) -> bool:
    """``## At a Glance`` / ``- Cardiovascular and neuro-sleep papers carry the strongest core evidence.`` and ``##
    Survey Goal`` / ``1. What should count as a wearable foundation model?``: a heading over the document's own
    summary (its tallies and findings "at a glance") or its own aims (the survey's, the repository's goals) names
    what its lines are, the writers' statements and questions about their own work, never works, however
    full-stopped or title-like. Why: a survey's companion list opens with such sections before its linked papers,
    and their sentences, closed by a full stop or a question mark, were read as a link-less reading list. Only the
    whole phrase "at a glance" (after a document noun at most), or an aim word joined to a document noun ("Survey
    Goals", "Goals of the Survey"): "## Goals" alone is a study plan's (``is_plan_section``), and "## Goal-directed
    navigation" heads a topic."""
    words = _letter_words(heading)
    if words[-3:] == _GLANCE_WORDS:
        rest = words[:-3]
        return not rest or len(rest) == 1 and rest[0] in _OUTLINE_DOC_NOUNS
    if len(words) == 2:  # "Survey Goals", "Repository Aims"
        return words[0] in _OUTLINE_DOC_NOUNS and words[1] in _AIM_WORDS
    # "Goals of the Survey", "Aim of this Repository", "Objectives of our Review"
    if len(words) >= 3 and words[0] in _AIM_WORDS and words[1] == "of":
        rest = [w for w in words[2:] if w not in _OUTLINE_JOINS]
        return len(rest) == 1 and rest[0] in _OUTLINE_DOC_NOUNS
    return False


#: the first words of a section that tells how to cite the list ("## 📖 Citation", "### Cite", "## Citing"): the
#: references it gives are the work the list accompanies
_CITATION_SECTION_WORDS = frozenset("citation citations citing cite".split())


def _is_citation_section(heading: str) -> bool:
    """``## Citation`` / ``## 引用``: a section about the list that cites the work it accompanies."""
    if not is_document_section(heading):
        return False
    words = _letter_words(heading)
    return words[0] in _CITATION_SECTION_WORDS or "引用" in heading


#: a heading that only labels the reference written below it ("#### Cite:", "#### BibTeX", "#### How to cite")
_REFERENCE_LABEL = re.compile(r"(?i)(?:cite|citation|bibtex|how to cite(?: it)?|reference|引用)\s*[:：]?")


#: a project page's sub-heading over the one work a project published ("#### Reference", "#### Publication")
_WORK_PART_LABEL = re.compile(r"(?i)(?:references?|citations?|publications?|papers?)\s*[:：]?")
#: a project page's sub-heading over the project's links ("#### Resources", "#### Links", "#### Code")
_RESOURCES_PART_LABEL = re.compile(r"(?i)(?:resources?|links?|materials?|code|source\s+code|software)\s*[:：]?")


def project_parts(reference: str, resources: str) -> bool:
    """``#### Reference`` then ``#### Resources``: two sibling sub-headings of a lab's project page, the first over
    the project's paper, the second over its links (``- [Code](github…)``, ``- [Data](…)``). The links are the
    paper's own, as a project page says them once for both (``parse`` gives the code to the paper the first part
    cited)."""
    return _WORK_PART_LABEL.fullmatch(reference.strip()) is not None \
        and _RESOURCES_PART_LABEL.fullmatch(resources.strip()) is not None


def labels_reference_below(heading: str) -> bool:
    """``#### Cite:`` / ``#### BibTeX``: a link-less heading that names no section, only the reference under it
    (a work's BibTeX block under its title heading)."""
    return _REFERENCE_LABEL.fullmatch(heading.strip()) is not None


#: the words by which a heading calls its section the document's bibliography ("## References", "## Références",
#: "## Referências", "## Bibliography", "## Literaturverzeichnis"), and the words of one that calls it the works
#: cited ("### Publications Citées", "## Works Cited", "## Literature Cited", "## Trabalhos citados")
_REFERENCES_HEADING_WORDS = frozenset("""references reference références référence referencias referências
    referenze referenzen bibliography bibliographie bibliografia bibliografía bibliografie
    literaturverzeichnis""".split())
_CITED_WORDS = frozenset("cited citées cités citadas citados citati citate zitierte".split())
_CITED_WORK_NOUNS = frozenset("""works work publications papers literature articles sources travaux ouvrages
    artigos trabalhos obras publicações publicaciones artículos literatur""".split())


def is_references_section(heading: str) -> bool:
    """``## Références`` / ``### Publications Citées`` / ``## Works Cited``: a heading that calls its section the
    document's bibliography, by a word for references or by "cited" beside a noun for works ("## Most Cited Papers"
    ranks works by their citations and says no bibliography). Why: a comparison report closes with the works it
    compared, each cited by a short key and gloss ("1. Gautam et al., 2023 — YOLOv5 for LBC Pap (Elsevier)"), the
    same shape a reader's closing notes on works listed above take ("1. **Kenlay et al. 2024 (IgT5)** - Our
    antibody model choice", under "## Most Influential Papers"); only the heading tells them apart. The caller reads
    the deepest heading: a whole document titled "# References & Sources" has sections of every kind."""
    words = _letter_words(heading)
    if any(w in _REFERENCES_HEADING_WORDS for w in words):
        return True
    return any(w in _CITED_WORDS for w in words) and any(w in _CITED_WORK_NOUNS for w in words) \
        and "most" not in words


#: a word made of two hyphen-joined words ("Contact-Tracing"): a term, not the word alone
_HYPHENATED = re.compile(r"[^\W\d_]-[^\W\d_]")


def plain_heading(line: str) -> str:
    """Plain text of one Markdown heading line (``# Name [![badge](…)](…)`` → ``Name``)."""
    root = build_tree(line)
    heading = next((c for c in root.children if c.kind == "Heading"), None)
    return _clean_title(_inline(heading.children).plain) if heading else _clean_title(line.lstrip("# "))


#: org-mode's task keywords (the default set and the common STRT/WAIT/NEXT/HOLD additions) and a checkbox cookie
#: ("[-]", "[?]", "[X]", "[ ]"), then a citation key with its dash ("Chen2018 - "): what an org file exported to
#: Markdown sets before a reading note's work title ("# STRT Chen2018 - Title", "# [-] Ching2018 - Title")
_ORG_STATUS_LEAD = re.compile(
    r"(?:(?:TODO|STRT|WAIT|DONE|NEXT|HOLD|CANCELED|CANCELLED)[ \t]+(?:\[[-?xX ]\][ \t]+)?|\[[-?xX ]\][ \t]+)"
    r"(?:[A-Z][A-Za-z'-]{0,40}\d{4}[a-z]?[ \t]+[-–—][ \t]+)?")

#: the sub-headings an org reading note splits one work's notes into, beside its digest parts
#: (``is_work_digest_section``)
_READER_NOTE_PARTS = frozenset(("notes", "note", "filename", "file name", "file", "summary", "supplementary",
                                "title", "comments", "highlights"))


def org_work_title(heading: str) -> str | None:
    """``STRT Chen2018 - Deep Learning Predicts …`` → ``Deep Learning Predicts …``: the work's title a heading of
    org-mode reading notes gives after its task keyword or checkbox cookie and its citation key; None when the
    heading opens with neither (a heading like any other). Why: an org file read in its Markdown export heads each
    paper's notes with its status ("TODO", "STRT", "[-]") — no part of the title, and the mark that the heading is
    one paper's record. Only the fixed keyword vocabulary, in capitals, so "Todo list" or "Done: …" stay topics."""
    m = _ORG_STATUS_LEAD.match(heading.strip())
    if m is None:
        return None
    title = heading.strip()[m.end():].strip()
    return title if _is_meaningful(title) and len(title.split()) >= 3 else None


#: a reading note's citation key before the work's title in its heading, perhaps after the bracketed keys of the
#: notes that led to it: "Kather2019 - ", "Coudray2018: ", "(Jaber) Sun2018: ", "(Saltz) Hou, 2019: ", "Gecer2018 "
#: (the surname a capitalised word, "Cruz-Roa"; a key written apart from its year needs the colon or the dash)
_CITATION_KEY_LEAD = re.compile(
    r"(?:[(（][^()（）\n]{1,40}[)）][ \t]{1,3})?(?P<surname>[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?)"
    r"(?:(?P<joined>(?:19|20)\d\d)[a-z]?(?:[ \t]{0,3}[:：][ \t]{1,3}|[ \t]{1,3}[-–—][ \t]{1,3}|[ \t]{1,3}(?=[A-Z]))"
    r"|[ \t]{0,2},[ \t]{0,2}(?P<apart>(?:19|20)\d\d)[a-z]?(?:[ \t]{0,3}[:：][ \t]{1,3}|[ \t]{1,3}[-–—][ \t]{1,3}))")


def citation_keyed_title(heading: str) -> tuple[str, int] | None:
    """``Kather2019 - Deep learning can predict microsatellite instability …`` / ``(Saltz) Hou, 2019: Sparse
    Autoencoder for …`` → (the title, the key's year): the work's title a reading note's heading gives after the
    citation key the reader files the work under (the first author's surname and the year, perhaps after the
    bracketed keys of the notes that led to it); None for a heading that opens with no such key, or whose rest is
    under three words. Why: kept in the title, the key made it read as a note's label, and the work was lost."""
    return _title_after_year_label(heading, _CITATION_KEY_LEAD, ("joined", "apart"))


def _title_after_year_label(heading: str, label: re.Pattern, year_groups: tuple[str, ...]) -> tuple[str, int] | None:
    """(the title after ``label``, the label's year) for a heading that opens with it and goes on with three words
    or more that mean something, else None: the reading shared by ``citation_keyed_title`` and
    ``author_year_led_title``."""
    text = " ".join(heading.split())
    m = label.match(text)
    if m is None:
        return None
    title = text[m.end():].strip()
    if len(title.split()) < 3 or not _is_meaningful(title):
        return None
    return title, int(next(m[g] for g in year_groups if m[g]))


#: a literature review's author-year label before the work's title in a heading, closed by a dash or a colon: "Kaushik
#: et al. (2015) — ", "Cinaglia & Cannataro (2023) — ", "Chen, Yang & Wu (2021) - ", "Redding e Rossi-Hansberg (2017):
#: ": capitalised surnames (a particle may open one, "van Dijk"; lower case after the capital: "MICCAI (2019)" names a
#: venue), one, "et al." after the first, or several joined by
#: commas and a conjunction in the list's language (and, &, e, y, und, et, ve, và, dan), then the bracketed year
_AUTHOR_YEAR_DASH_LEAD = re.compile(
    rf"(?P<names>{SURNAME_WORD}(?:\s+et\.?\s?al\.?|(?:,\s{SURNAME_WORD}){{0,4}},?\s{NAME_CONJUNCTION}"
    rf"\s{SURNAME_WORD})?)\s?[(（](?P<year>(?:19|20)\d\d)[a-z]?[)）][ \t]{{0,3}}(?:-{{1,3}}|[—–]|[:：])[ \t]{{1,3}}(?=\S)")


def author_year_led_title(heading: str) -> tuple[str, int] | None:
    """``Kaushik et al. (2015) — Gene Network Rewiring in Melanoma`` / ``Chen, Yang & Wu (2021) — Hub Genes em
    Carcinoma Espinocelular Cutâneo`` → (the title, the year): a reading review heads each work's section by its
    authors and year, as it cites the work in prose, then a dash and the title; None for a heading that opens with
    no such label, or whose rest is under three words. Why: kept in the title, the label is the authors and the
    year, none of the work's own words (a match by title failed, and the year was lost)."""
    return _title_after_year_label(heading, _AUTHOR_YEAR_DASH_LEAD, ("year",))


def is_reader_note_part(heading: str) -> bool:
    """``## Notes`` / ``## FileName`` / ``## Abstract`` / ``## Conclusion``: a sub-heading that names a part of a
    reader's notes on the one work its parent heading titles, whole (not "Notes on raw CNV data")."""
    joined = " ".join(_letter_words(heading))
    return joined in _READER_NOTE_PARTS or joined in _WORK_DIGEST_HEADINGS
