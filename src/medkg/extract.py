"""``medkg extract``: one list → typed entries (parse → classify → identify → cite).

This is the composition of the early stages, used by ``pipeline.build`` and by the CLI's
``extract`` and ``check`` commands. Each entry comes out with link roles, a kind, its
identifiers and, where the list states them, authors, year and venue.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import os
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import urlsplit

from medkg import blocks, citation, classify, headings, ids, inline, parse, resolve, sources, tables, textkey
from medkg.errors import SourceError
from medkg.model import Diagnostic, Entry, Identifiers, Link, SourceText
from medkg.parse import (BARE_RECORD_LINKS_FIELD, BIB_RECORD_FIELD, BYLINE_CITED_FIELD, BYLINE_CREDIT_FIELD, DASH_REFERENCE_FIELD,
                         KIND_TAG_FIELD, BOLD_LABEL_FIELD, BOLD_TITLE_IN_NOTE_FIELD, BOLD_WORK_FIELD,
                         BYLINE_HEADING_FIELD, CLAUSE_ITEM_FIELD, COORDINATED_LINK_FIELD, DATED_ROW_FIELD,
                         DATED_BOLD_TITLE_FIELD,
                         EMPTY_LINK_FIELD, HTML_CARD_FIELD, PAREN_YEAR_BYLINE_FIELD,
                         NAMED_LINK_FIELD, NOTED_TITLE_FIELD, OUTLINE_ITEM_FIELD, OWN_REFERENCE_FIELD,
                         PAPER_TITLE_LINE_FIELD,
                         QUOTED_TITLE_FIELD, BOOK_TITLE_FIELD, REPORT_REFERENCE_FIELD, TASK_ITEM_FIELD,
                         TITLE_COLUMN_FIELD, TITLE_HEADING_FIELD,
                         FOOTNOTE_NOTE_FIELD, LINK_CARD_FIELD, MARK_CELL_ROW_FIELD,
                         UNDER_LINKED_ITEM_FIELD, VENUE_TAG_FIELD, VENUE_YEAR_COLUMN_FIELD, WORK_CARD_FIELD)

#: an entry's mark: its text is a byline then the reader's note in another script ("Khan et al. (2017) | 유방암 …",
#: ``citation.glossed_byline``), a work named by authors and year only, never a reference of a reading list
GLOSSED_BYLINE_FIELD = "glossed-byline"
#: fields that record how an entry is written (a column header, a link text), not a cell's text
_MARKER_FIELDS = frozenset({BARE_RECORD_LINKS_FIELD, BIB_RECORD_FIELD, DASH_REFERENCE_FIELD, REPORT_REFERENCE_FIELD, BOLD_LABEL_FIELD,
                            BYLINE_HEADING_FIELD, BYLINE_CREDIT_FIELD,
                            EMPTY_LINK_FIELD, QUOTED_TITLE_FIELD,
                            NOTED_TITLE_FIELD, BOOK_TITLE_FIELD, FOOTNOTE_NOTE_FIELD, PAPER_TITLE_LINE_FIELD,
                            OUTLINE_ITEM_FIELD, TASK_ITEM_FIELD, TITLE_COLUMN_FIELD, TITLE_HEADING_FIELD,
                            UNDER_LINKED_ITEM_FIELD, GLOSSED_BYLINE_FIELD, VENUE_TAG_FIELD, KIND_TAG_FIELD,
                            VENUE_YEAR_COLUMN_FIELD, OWN_REFERENCE_FIELD, LINK_CARD_FIELD, DATED_ROW_FIELD,
                            MARK_CELL_ROW_FIELD, WORK_CARD_FIELD, DATED_BOLD_TITLE_FIELD})


@functools.lru_cache(maxsize=1024)
def _may_name_own_ids(label: str) -> bool:
    """A field whose text may name the entry's own identifiers: not a dataset, code or related-work column."""
    return classify.label_role(label) not in ("dataset", "code") and not _OTHER_WORK_LABEL.search(label)


_OTHER_WORK_LABEL = re.compile(r"(?i)\b(?:related|based on|baseline|backbone|dataset|data|benchmark|cites?|cited)\b|"
                               r"相关|基于|数据集|基线")
_YEAR_FIELD = ("year", "年份", "时间", "date", "published", "연도", "発表年", "公開日", "発行日", "出版日", "掲載日",
               "発表日", "出版年", "発行年",
               # "| 模型 | 发布日期 | 领域 |" over "| [Name](arxiv…) | 08/2021 | DNA |": the Chinese "release /
               # publication date" of the work (simplified and traditional); an "更新日期" (the list's update date)
               # or "阅读日期" (a reader's date) says when the list, not the work, changed
               "发布日期", "发表日期", "出版日期", "公开日期", "發布日期", "發表日期")
#: a whole header that dates the work as "Year" does ("| Title | Time | Name | Code |", the English of "时间"; "| 名称 |
#: 日期 | 代码 |", the Chinese "Date"); only the whole header: "Training time", "Runtime" columns measure, they do not
#: date, and "更新日期" dates the list's update
_YEAR_HEADERS = frozenset(("time", "日期"))


def _dates_work(low: str) -> bool:
    """A field or column label (lower case) that gives the work's year or date."""
    return any(w in low for w in _YEAR_FIELD) or low.strip() in _YEAR_HEADERS


_VENUE_FIELD = ("venue", "conference", "journal", "会议", "期刊", "发表", "来源", "source", "published in", "j/c",
                "conf", "conf.", "journal/conference", "publication", "published", "학회/저널", "학회", "저널",
                "会議", "ジャーナル", "掲載", "publisher", "雑誌", "雑誌名", "掲載誌")
#: link texts that say "a link", not where it leads ("| [Link](…) |" names no venue); an abstract in Chinese ("摘要",
#: "中英摘要": a digest's note giving the abstract in Chinese and English) is the "abstract" an English list links
_LINK_WORDS = frozenset("link|links|this link|the link|here|click here|url|web|webpage|website|homepage|home page|"
                        "view|read|online|full text|fulltext|html|abstract|download|链接|地址|原文|网址|查看|"
                        "摘要|中文摘要|英文摘要|中英摘要".split("|"))
#: link texts that name a paper by its kind, not where it appeared ("[[Survey](arxiv…) | [Code](…)]" names no venue)
_PAPER_KIND_WORDS = frozenset("survey|review|preprint|our survey|our paper|our review".split("|"))
#: link texts that say what became of a paper, not where ("This work was [published](doi…) in the journal …",
#: "[accepted](arxiv…) at …"): the sentence names the venue after the link, if anywhere
_PUBLICATION_EVENT_WORDS = frozenset("published|accepted|presented|appeared|in press".split("|"))
_BRACKET = re.compile(r"\[([^\[\]\n]{2,40})\]")
#: a leading bracketed tag with a year (and maybe a month) and a few venue words, separated by spaces,
#: commas or pipes: "[2023.11 Preprint] ", "[IEEE TPAMI, 2025] ", "[2024.06 | Nature Methods] "; a survey's
#: reference number may come first, bracketed too ("[38][**Mind, 1950**] Title": the survey's citation, no title);
#: a digit glued after a venue's letter is the venue's own ("[ML4H, 2023]", "[L4DC 2022]"), never a year
_DATED_TAG = re.compile(r"\s*(?:\[(?P<refno>\d{1,3})\]\s*)?\[\s*(?P<body>(?:(?:[^\[\]\n\d]|(?<=[A-Za-z])\d){0,100}?)"
                        r"(?<![\w.])(?P<year>(?:19|20)\d{2})(?:[./-](?:0?[1-9]|1[0-2]))?"
                        r"(?![\w.])[^\[\]\n]{0,80}?)\s*\]\s*[:：-]?\s*")
_TAG_WORDS = re.compile(r"[\s,|/]+")
_STRAY_CLOSE = re.compile(r"^(\s*\[[^\[\]\n\d]{1,40})\](?=\s*(?:19|20)\d{2}\s*\])")
_TAG_DATE = re.compile(r"(?:19|20)\d{2}(?:[./-]\d{1,2}){0,2}")
#: a closing venue-and-year tag of a link-less title: "… mice. [NRG, 2011]", "… loci. [Nat. Genet. 2015]"
_CLOSING_TAG = re.compile(r"(?<!\s)\s*\[(?P<venue>[^\[\]\d]{1,60}?)[,\s]+(?P<year>(?:19|20)\d{2})\]$")
#: a closing year-first tag, the venue after a comma or a stop, or the year alone: "Title [2010, BMC Bioinform]",
#: "Title [2020. KDD]", "Title [2021, Master's Thesis]", "Title [2021]", "Title [2024-05]" (reading notes date each
#: work so, to the year or the month);
#: ``(?<!\s)``: start where a run of white space starts, not rescanning the run from each of its positions
_CLOSING_YEAR_TAG = re.compile(r"(?<!\s)\s*\[\s*(?P<year>(?:19|20)\d{2})(?:[./-](?:0?[1-9]|1[0-2]))?\s*"
                               r"(?:[,.，]\s*(?P<venue>[^\[\]\n]{1,120}?))?\s*\]$")
#: a month-dated tag, then the venue in a bracket of its own, closing the title: "Title [2024-12] [Pharmacological
#: Research]", "Title [2023-08] [AAAI 2024]" (a list escaping its brackets, "Title \[2024-04\] \[JAMIA\]", reads so too)
_CLOSING_DATE_THEN_VENUE = re.compile(r"(?<!\s)\s*\[\s*(?P<year>(?:19|20)\d{2})[./-](?:0?[1-9]|1[0-2])\s*\]"
                                      r"\s*\[(?P<venue>[^\[\]\n\d][^\[\]\n]{1,79})\]$")
#: a closing venue tag dated by an apostrophe and two digits, after a pipe or not: "Title | **[NeurIPS' 20]**",
#: "Title | [CVPR'19]", "Title | **[ACM CCS '18]**" (reading lists' cells; the venue is one to five words)
_CLOSING_APOS_TAG = re.compile(r"\[(?P<venue>[A-Za-z][\w&.-]*(?:\s[A-Za-z][\w&.-]*){0,4})\s?['’]\s?"
                               r"(?P<yy>\d{2})\]$")
#: a day-precise date standing alone in the tag ("[2025-09-23]", "[2024.05.01]"): a news item's date stamp
_DAY_STAMP = re.compile(r"(?:19|20)\d{2}([./-])(?:0?[1-9]|1[0-2])\1(?:0?[1-9]|[12]\d|3[01])")
#: a month-precise date standing alone in the tag ("[2025-01]", "[2024.11]"): a link-less line under it is a news
#: item's ("- **[2025-01]** Added new RAG systems: MMed-RAG, RULE, …"), as a day stamp's is
_MONTH_STAMP = re.compile(r"(?:19|20)\d{2}[./-](?:0?[1-9]|1[0-2])")
#: a closing "(Venue'22)" or "(bioRxiv)" in a paper link's text
#: (words separated by white space, one to six: ``(?:[A-Za-z][\w&.-]*\s*){1,6}?`` read the same strings but
#: could cut one word into up to six pieces in every way, polynomial of degree six: a 60-letter word in
#: brackets took 6 s, 80 letters 35 s. ``(?<!\s)``: start where a run of white space starts, as the
#: leftmost match does anyway, not rescanning the run from each of its positions; the venue is stripped)
#: A first word may join venues with slashes ("(ISMB/ECCB 2019)", "(ACL/IJCNLP 2021)": a joint conference), each
#: part opening with a letter, so a slash cuts the word one way only.
_PAREN_VENUE = re.compile(r"(?<!\s)\s*[(（](?P<venue>[A-Za-z][\w&.-]*(?:/[A-Za-z][\w&.-]*)*"
                          r"(?:\s+[A-Za-z][\w&.-]*){0,5})"
                          r"\s*(?:['’](?P<yy>\d{2})|(?<=rxiv)|(?-i:(?<=[A-Z]))\s?(?P<yyyy>(?:19|20)\d\d)"
                          r"|(?<=[a-z]),?\s(?P<wyyyy>(?:19|20)\d\d)|(?-i:(?<=[a-z]\.))\s?(?P<dyyyy>(?:19|20)\d\d))"
                          r"(?:\s+(?:workshops?|oral|spotlight|poster|review|survey))?\s*[)）]\s*$", re.I)
#: ``*Title* (2024, Nature npj Cardiovascular Health)``, ``Title (2020, Sensors)``: a bracket closing a title with
#: the year first and the venue after a comma (words split by mandatory white space: one way to read each string)
_PAREN_YEAR_VENUE = re.compile(r"(?<!\s)\s+[(（](?P<year>(?:19|20)\d\d)(?:\s*[,，]\s*|(?P<space> ))"
                               r"(?P<venue>[A-Za-z][\w&.'’-]*(?:\s+[\w&.'’-]+){0,7})\s*[)）]\s*$")
#: ``[RXNAAMapper (2021)](…)``: a bare year in brackets closing a linked name
_PAREN_YEAR_END = re.compile(r"(?<!\s)\s+[(（]((?:19|20)\d\d)[)）]\s*$")  # (?<!\s): see _PAREN_VENUE
_YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20[0-4]\d)(?!\d)")
#: ``2021 - Title (Zhou et al.) [(paper)](…)``: a leading bare year and dash date the item, they are no part of the
#: title; so does a year and a comma, ``2019年，Title，中文翻译`` / ``2021, Title`` (a year alone, no month: a news date
#: "2023年5月…" is none)
_YEAR_DASH_LEAD = re.compile(r"(?P<year>(?:19|20)\d\d)(?:\s*[-–—]\s+|年?\s*[，,]\s*)(?=\S)")
#: ``Title (Zhou et al.)``, and after a ``2021 -`` lead also ``Title (Liu)``: the first author closing the title
_PAREN_ETAL = re.compile(r"(?<!\s)\s+\((?P<who>[A-Z][^()]{0,40}?)\s+et\.?\s?al\.?\)$")
_PAREN_SURNAME = re.compile(r"(?<!\s)\s+\((?P<who>[A-Z][a-z][\w'’\-]*(?:\s+(?:and|&)\s+[A-Z][a-z][\w'’\-]*)?)\)$")
#: a first author and the year closing a link's text, after a dash or a comma, or in brackets: "Title (2017) - Vaswani
#: et al.", "Title - He et al., 2016", "Title, Ronneberger et al. 2015", "Title (Goodfellow and Bengio, 2014)";
#: the first author may be written in full, given name then surname, before "et al." (and only there, where "et al."
#: says the words are a name): "Title. - Noelia Vallez et al.,2025"; after a full stop only with "et al." (a
#: reading list's "Title. Ada B. Lovelace et. al. NIPS 2014. URL"), as a title's own sentence may end in a name
_SURNAME = r"[^\W\d_][\w'’\-]{1,30}"
_AUTHOR_YEAR_TAIL = re.compile(
    r"(?<!\s)(?:\s*\((?P<y1>(?:19|20)\d\d)\))?\s*(?:(?<=\s)-|-(?=\s)|[–—]|,|(?P<paren>\()|(?P<stop>\.(?=\s)))\s*"
    rf"(?P<who>(?P<given>{_SURNAME}\s+(?:[A-Z]\.\s+)?)?{_SURNAME})"
    rf"(?P<more>(?(given)\s+et\.?\s?al\.?|(?:\s+et\.?\s?al\.?|\s+(?:and|&)\s+{_SURNAME})?))"
    r"(?:[,.]?\s*\(?(?P<y2>(?:19|20)\d\d)\)?)?(?(paren)\)|)\s*\.?$")
_AUTHOR_SEPARATOR = re.compile(r",|;|\band\b|&")
#: the letters a venue written in Chinese, Japanese or Korean is made of ("自动化学报", "情報処理学会論文誌")
_CJK_LETTERS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
#: a leading venue-and-year tag: "[CVPR'23] ", "[arXiv 2023] ", "(MICCAI 2019) ", "[2018 ICLR] ", "[2017TMI] ",
#: "[MICCAI-2022] " (the venue never swallows "-2022", nor the year of a glued "(NIPS2019)": not "NIPS20", '19);
#: the apostrophe may trail the two-digit year, as some lists misplace it: "(ECCV 24') ", "(Preprint 23') "; a
#: four-digit year may carry its month, perhaps its day, after a dot: "(PNAS 2017.07) ", "(bioRxiv 2023.08.30) "
#: (``_TAG_MONTH``: a paper list dated to the month, "(Nature Methods 2019.01) Title [paper](…)"), or a word or two
#: of the work's status after a venue's year: "(ICLR 2025 Under Review) ", "(NeurIPS 2024 AIDrugX) " (its workshop;
#: after a year alone, "(2024 ACL Findings)", the words are the venue: the year-first branch reads them); the venue
#: may be a journal's full name of up to six words, "(Foundations and Trends in Robotics 2018) ", or be written in
#: Chinese, Japanese or Korean, "(自动化学报 2024) " (a survey companion's "(**Venue Year**) Title" lines name every
#: venue as the paper has it; read as no tag, the bracket opened the work's title)
_TAG_MONTH = r"(?:(?<=(?:19|20)\d\d)(?:\.(?:0?[1-9]|1[0-2])(?:\.(?:0?[1-9]|[12]\d|3[01]))?" \
             r"|(?(venue)(?P<status>(?: [A-Za-z][A-Za-z-]{1,11}){1,2})|(?!)))(?=\s*[\])]))?"
_VENUE_TAG = re.compile(r"\s*[\[(]\s*(?:(?P<venue>[A-Za-z]"
                        r"(?:(?!(?:19|20)\d\d(?:\.\d\d?){0,2}[\])])[\w&.]|-(?!(?:19|20)\d\d))*"
                        r"(?: [A-Za-z](?:(?!(?:19|20)\d\d(?:\.\d\d?){0,2}[\])])[\w&.]|-(?!(?:19|20)\d\d))*){0,5}?"
                        rf"|[{_CJK_LETTERS}]{{2,16}})?"
                        r"\s*[' -]?"
                        r"(?P<year>(?:19|20)\d{2}|'?\d{2})(?:(?<=\d\d)['’](?=\s*[\])]))?" + _TAG_MONTH +
                        r"|(?P<year2>(?:19|20)\d{2})(?:\s+|-(?=[A-Za-z])|(?=[A-Z]))(?P<venue2>[A-Za-z][\w&.-]*(?: [A-Za-z][\w&.-]*){0,3}))"
                        r"\s*[\])]\s*[:：-]?\s*")

#: a leading "(nickname, venue)" tag: "(GraphRetro, NeurIPS) ", "(ReSynZ, J Chem Theory Comput) ",
#: "(MedSAM, Nat Commun 2024) ", "(2024, WIREs Comput Mol Sci) " (the venue perhaps followed by its year)
_NICK_VENUE_TAG = re.compile(r"\s*[\[(]\s*(?P<lead>[^,()\[\]\n]{1,30}?)\s*,\s*(?P<venue>[A-Za-z][^,()\[\]\n]{1,40}?)"
                             r"(?:\s*,?\s+(?P<year>(?:19|20)\d{2}))?\s*[\])]\s*[:：-]?\s*")
_FULL_YEAR = re.compile(r"(?:19|20)\d{2}")
#: a leading method nickname glued to one or more bracketed notes, then the title: "UMT(CVPR2021) ",
#: "Survey(arxiv2022.08)(TPAMI2022) ", "Strong-Weak DA(CVPR2019) ", "DA-FasterRCNN(CVPR2018)(Baseline & Milestone) "
#: (a bold label in CV_DL_Gather-style notes, "**UMT(CVPR2021)** Title [[arxiv link](…)]"); no space before the
#: first bracket, which a title closing on its own "(Venue 2021)" always has
_GLUED_NICK_TAG = re.compile(r"\s*(?P<lead>[^\s()\[\]（）][^()\[\]（）\n]{0,40}?)(?<!\s)"
                             r"(?P<notes>(?:\([^()\n]{1,40}\)){1,3})\s+(?=\S)")
#: one note of such a tag naming a venue and its year, glued or spaced, perhaps a month or a rank after it:
#: "CVPR2021", "arxiv2023.12", "ICCV2019 Oral", "TPAMI 2022"
_GLUED_VENUE_NOTE = re.compile(r"\((?P<venue>[A-Za-z][A-Za-z&.+-]{0,15}?)\s?(?P<year>(?:19|20)\d\d)(?:\.\d{1,2})?"
                               r"(?:\s+[A-Za-z]+){0,2}\)")

@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything one list yields: its decoded source, its entries and list-level diagnostics."""

    source: SourceText
    entries: tuple[Entry, ...]
    diagnostics: tuple[Diagnostic, ...]  # list-level (encoding repair, skipped TOC, …)

    @property
    def all_diagnostics(self) -> list[Diagnostic]:
        out = list(self.diagnostics)
        for e in self.entries:
            out.extend(e.diagnostics)
        return sorted(out, key=lambda d: (d.line, d.code))


def extract_file(path: str | Path, *, name: str | None = None) -> Extraction:
    return extract_source(sources.read_source(path, name=name))


def extract_source(source: SourceText) -> Extraction:
    """The list's typed entries. A list nested past what the reader's recursion allows is an unreadable list (a
    one-line error naming it, the other lists still read), not a traceback."""
    try:
        return _extract_source(source)
    except RecursionError:
        raise SourceError("the list is nested too deeply to read (Python's recursion limit)",
                          source=source.path) from None


def _extract_source(source: SourceText) -> Extraction:
    with parse.gc_paused():
        raw_entries, list_diags, page_title = parse.parse_titled(source)
        raw_entries = _works_cited_in_topic_prose(_numbered_reference_works(raw_entries))
        raw_entries = _short_citation_runs(raw_entries)
        entries = _link_fields_of_lone_works(_identifier_wraps_folded(_volumes_heading_their_chapters(
            _journal_issues_among_papers(_field_labelled_resource_cards(_short_references_of_titled_records(
                [_named_by_lead_over_short_reference(e, _named_by_lead_over_venue_only_reference(
                    e, _journal_closing_linked_title(_bookshelf_book_with_its_doi(type_entry(e)))))
                 for e in raw_entries]))))))
        entries = _parts_of_heading_records(_titled_books_among_shelved_books(_books_titled_on_their_publisher_page(
            _books_by_bold_byline_over_italic_title(_unlinked_books_by_title_and_author(entries)))))
        entries = _quoted_titles_by_bare_addresses(_field_records_titled_by_their_heading(entries))
        entries = _code_in_org_reading_notes(_notes_under_citation_keyed_headings(entries))
        entries = _keyed_gloss_bibliographies(_bare_names_among_resources(_unfiled_titles_among_file_names(
            _lower_case_titles_among_bare_titles(_plain_reference_lists(_in_text_cited_statements(entries),
                                                                        page_title)))))
        entries = _without_report_narrative_citations(_unlinked_records_among_cited_records(entries))
        entries = _lone_unlinked_title_among_linked_papers(_author_year_back_references(entries))
        entries = _dated_bold_titles_among_linked_papers(_comma_venue_titles_among_linked_papers(entries))
        entries = _venue_home_titles_among_papers(entries)
        entries = _year_led_titles_in_runs(_shared_files_among_papers(_dated_rows_in_runs(entries)))
        entries = _entry_number_back_references(_method_name_back_references(entries))
        entries = _home_pages_among_method_papers(_article_pages_among_papers(entries))
        entries = _titles_linked_to_their_repositories_in_runs(entries)
        entries = _named_tools_titling_their_articles(entries)
        entries = _placeholder_names_among_placeholder_papers(entries)
        entries = _without_shared_category_tails(entries)
        entries = _code_beside_its_write_up(_numbered_code_links_of_different_owners(
            _link_lines_of_the_work_above(entries)))
        entries = _implementations_not_called_official(_library_files_shared_by_works(_links_into_note_stores(entries)))
        entries = _code_only_records(_ports_under_unofficial_headings(entries))
        entries = _tool_papers_under_their_repo(entries)
        entries = _without_restated_references(_slipped_title_links(_with_other_papers(_code_from_parallel_sections(
            _code_items_under_their_papers(entries)))))
        entries = _without_identifier_index_rows(_without_identifier_recap_rows(_without_glance_table_rows(
            _code_named_after_another_record(entries))))
        entries = _mark_duplicates(_repeats_of_listed_works(_without_recap_items(
            _bare_page_bullets_under_their_record(entries))))
        entries = _without_mark_only_descriptions(_resources_named_by_their_bold_name(entries))
        entries = _record_format_legends(_dashed_bylines_off_paper_titles(_papers_dated_by_their_badges(entries)))
        entries = _challenges_among_venue_tagged_challenges(_placeholder_titled_papers(entries))
        entries = _titles_wrapped_after_dangling_word(_notes_pointing_at_label_links(_without_undated_upkeep_papers(
            entries)))
    return Extraction(source, tuple(entries), tuple(source.diagnostics) + tuple(list_diags))


#: the quotes that open a title written after (or under) a bare address, and the quote that closes each
_TITLE_QUOTES = {'"': '"', "\u201c": "\u201d"}


def _quoted_titles_by_bare_addresses(entries: list[Entry]) -> list[Entry]:
    """``1. https://pubs.rsna.org/doi/10.1148/radiol.223308`` / ``"Prior CT Improves Deep Learning for …"``: a
    numbered note whose only link is a bare address and whose text then opens with a title in double quotes (on the
    next line, or after the address on its own: ``https://www.sciencedirect.com/… " On the performance of …"
    (2021). Gives a review …``) is that paper, titled by its quoted words. Why: the address is no title and the
    quote was read as the description, so the paper had no title at all. A quotation of two words or more
    only: a one-word scare quote names no work; an entry that has a title keeps it."""
    out = []
    for e in entries:
        desc = e.description.lstrip()
        if e.title.strip() or e.kind != "paper" or not e.links or not desc[:1] in _TITLE_QUOTES \
                or any(link.text.strip() != link.url for link in e.links):
            out.append(e)
            continue
        close = desc.find(_TITLE_QUOTES[desc[0]], 1, 600)
        quoted = " ".join(desc[1:close].split()) if close > 0 else ""
        if len(quoted.split()) < 2:
            out.append(e)
            continue
        out.append(replace(e, title=quoted.rstrip(" ."), description=desc[close + 1:].strip()))
    return out


#: the most words of a title's tail wrapped onto the line of its links ("… features for" / "multi-station PM2.5 [Link]")
_WRAPPED_TAIL_WORDS = 8
#: the dangling words that end a note pointing at a link, never a wrapped title ("see" / "[paper](…)")
_NOTE_ENDS = frozenset({"see", "recommend", "read", "cite", "consult"})


def _titles_wrapped_after_dangling_word(entries: list[Entry]) -> list[Entry]:
    """``[36] A forecasting framework on fusion of spatiotemporal features for`` / ``multi-station PM2.5      [📄
    Link](…)``: a paper's title whose line ends, by a soft break, on a word no title ends in (a preposition or an
    article: ``inline.ends_dangling``) goes on at the start of the next line, up to the links that line carries; the
    tail joins the title and leaves the description. Why: a numbered list wrapping its long titles in the source
    read the tail as the work's description, a title cut in its middle. Only when the entry's first line is its
    title alone (no hard break: a "  " or "<br>" ends a title line on purpose), the next line's words before its
    first link are the description's start, and they are few (``_WRAPPED_TAIL_WORDS``); a line ending on "see" or
    "read" is a note pointing at its link (``_notes_pointing_at_label_links``). One look per entry."""
    out = entries
    for i, e in enumerate(entries):
        if e.kind != "paper" or not e.title or not e.description or not e.links or not inline.ends_dangling(e.title) \
                or e.title.split()[-1].lower() in _NOTE_ENDS:
            continue
        first, _, rest = e.text.partition("\n")
        if not rest or first.endswith("  ") or not " ".join(first.split()).endswith(" ".join(e.title.split())):
            continue
        line = rest.partition("\n")[0]
        cut = line.find("[")
        tail = line[:cut].split() if cut > 0 else []
        if not tail or len(tail) > _WRAPPED_TAIL_WORDS or "](" not in line[cut:]:
            continue
        description = e.description
        for word in tail:  # the description opens with the tail's words, whatever spaces (no-break ones) part them
            description = description.lstrip()
            if not description.startswith(word):
                break
            description = description[len(word):]
        else:
            if out is entries:
                out = list(entries)
            out[i] = replace(e, title=f"{e.title} {' '.join(tail)}", description=description.strip())
    return out


def _notes_pointing_at_label_links(entries: list[Entry]) -> list[Entry]:
    """``> - Visualization of importance areas based on [`paper`](…/zeilerECCV2014.pdf)``, ``- Saliency maps as in
    [pdf](…)``: a line whose words end on a preposition, an article or "see" (``inline.ends_dangling``) right before
    links that only say they are the paper (``[paper]``, ``[`paper`]``, ``[PDF]``: ``_paper_label_only``) is a note
    pointing at a work it does not name; no title, so no paper entry: it stays an entry typed "other". Why: the
    label names nothing, so the sentence before it was read as the work's title ("… based on"). Only when every
    link of the line is such a label and it ran straight into the first one (a title line over a label link on its
    own line is a record, ``_dated_title_over_bare_address``). Linear: one look per entry."""
    out = entries
    for i, e in enumerate(entries):
        if e.kind != "paper" or not e.links or not e.title or not all(_paper_label_only(x) for x in e.links) \
                or not inline.ends_dangling(e.title):
            continue
        at = e.text.find("[")
        if at < 0 or "\n" in e.text[:at] or not inline.ends_dangling(e.text[:at]):
            continue
        if out is entries:
            out = list(entries)
        out[i] = replace(e, kind="other")
    return out


def _without_undated_upkeep_papers(entries: list[Entry]) -> list[Entry]:
    """``## 🤝 How to Contribute`` / ``3. **Submit** a Pull Request with title: `Add: [Paper Title]```: a line of a
    section about keeping the list (``headings.is_upkeep_section``, at any depth of its heading path) that links
    nothing, names no identifier and gives no year or venue is one of the list's rules, never a reference, even when
    a reading made a byline of its template's bracketed slot ("Title [Authors]" cites its authors so elsewhere). A
    dated or placed reference there ("## Acknowledgements" / "- Smith J. Title. Nature 2020.") stays what it is."""
    out = entries
    upkeep: dict[tuple[str, ...], bool] = {}
    for i, e in enumerate(entries):
        if e.kind != "paper" or e.links or e.year is not None or e.venue or e.identifiers.any() or not e.topic:
            continue
        key = tuple(h.text for h in e.topic)
        if key not in upkeep:
            upkeep[key] = any(headings.is_upkeep_section(text) for text in key)
        if upkeep[key]:
            if out is entries:
                out = list(entries)
            out[i] = replace(e, kind="other")
    return out


#: a list item's lead that tags it with a year and a venue's acronym before a colon: "- 2020 MICCAI: ", "* 2017 ISBI &
#: MICCAI: ", "- 2020 ICIAR: " (bounded: a few upper-case words joined by "&", "/" or "-")
_YEAR_VENUE_COLON_LEAD = re.compile(r"[-*+\s]{0,4}(?:19|20)\d\d\s{1,3}[A-Z][A-Z0-9]{1,11}"
                                    r"(?:\s{0,2}[&/-]\s{0,2}[A-Z][A-Z0-9]{1,11}){0,3}\s{0,2}:\s")
#: how many challenges of one section, each so tagged, make the section a list of challenges
_VENUE_TAGGED_CHALLENGES = 3


def _venue_tagged(e: Entry) -> bool:
    return _YEAR_VENUE_COLON_LEAD.match(e.text) is not None


def _challenges_among_venue_tagged_challenges(entries: list[Entry]) -> list[Entry]:
    """``- 2020 MICCAI: 3D Head and Neck Tumor Segmentation [(HECKTOR)](aicrowd…)`` / ``- 2020 MICCAI: Anatomical Brain
    Barriers to Cancer Spread: … [(ABCs)](a lab's page)`` / ``- 2019 MICCAI: Kidney Tumor Segmentation Challenge``:
    in a section whose items tag each challenge with its year and venue before a colon, and at least
    ``_VENUE_TAGGED_CHALLENGES`` of them are challenges by their platform's address, an item so tagged that was read
    as a paper without any identifier, scholarly link or code is one more challenge of the list (its page is the
    organisers' own site, or it has none). Why: the lead reads as a paper list's venue tag ("2019 MICCAI: Title"),
    and a challenge named without a challenge host became a paper. A paper with its arXiv or DOI link stays one.
    Linear: one count per section, one test per entry."""
    runs = _counts_by_topic(entries, lambda e: e.kind == "competition" and _venue_tagged(e))
    if not runs or max(runs.values()) < _VENUE_TAGGED_CHALLENGES:
        return entries
    return [replace(e, kind="competition") if e.kind == "paper" and not e.identifiers.any()
            and not any(link.role in ("paper", "code") for link in e.links)
            and runs.get(_topic_key(e), 0) >= _VENUE_TAGGED_CHALLENGES and _venue_tagged(e) else e for e in entries]


def _placeholder_titled_papers(entries: list[Entry]) -> list[Entry]:
    """``| Date | First Author | Title | IoU | Remark |`` / ``| 20201008 | Mediclouds | TBA | 0.758 | 1st Place |``: a
    paper whose whole title is a placeholder ("TBA", "TBD", "N/A", "—", ``_NO_VALUE_CELL``), with no link and no
    identifier, names no work yet: a leaderboard keeps the row of a team whose paper is still to come. It stays an
    entry of its list, typed "other", not a paper titled "TBA". Why: the rows of a results table under a "Title"
    column are read as papers by their column, the placeholder too. Linear: one test per entry."""
    return [replace(e, kind="other") if e.kind == "paper" and not e.links and not e.identifiers.any()
            and e.title and _NO_VALUE_CELL.fullmatch(e.title.strip()) else e for e in entries]


#: the colons after which a resource's bold name is glossed: "**MONAI**：基于PyTorch的…框架", "**MONAI**: A framework …"
_NAME_GLOSS_COLONS = ("：", ":")


def _resources_named_by_their_bold_name(entries: list[Entry]) -> list[Entry]:
    """``- **MONAI**：基于PyTorch的医学影像深度学习框架 [GitHub](…)``: a tool's, repository's, data set's or model's
    line that opens with its bold name, a colon and a gloss is named by the bold name; the gloss describes it. Why:
    read whole, the resource's name was the whole sentence. A paper's bold lead may be its title's own head
    ("**Swin-Unet**：类U-Net的纯Transformer…" names the work by both halves, as a truth writer would keep): a paper is
    named by its bold name only when the gloss is a description of several sentences (``_gloss_describes``: "-
    **MedCPT**: A specialized retriever trained on click logs. It includes a query encoder, … .<br>[[pdf]](…)"), never a
    title's second half."""
    out = entries
    for i, e in enumerate(entries):
        if e.kind not in _RESOURCE_KINDS + ("paper",) or "**" not in e.text:
            continue
        for colon in _NAME_GLOSS_COLONS:
            name, sep, gloss = e.title.partition(colon)
            if sep and name.strip() and gloss.strip() and f"**{name.strip()}**{colon}" in e.text.replace("** ", "**") \
                    and len(name.split()) <= 4 and (e.kind != "paper" or _gloss_describes(gloss)):
                if out is entries:
                    out = list(entries)
                description = " ".join(x for x in (gloss.strip(), e.description) if x)
                out[i] = replace(e, title=name.strip(), description=description)
                break
    return out


#: the fewest words of a gloss read as a work's description rather than a title's second half, and the fewest
#: words of each of its sentences
_DESCRIPTION_GLOSS_WORDS = 20
_DESCRIPTION_SENTENCE_WORDS = 4


def _gloss_describes(gloss: str) -> bool:
    """"An unsupervised dense retriever based on contrastive learning. Experiments show that its zero-shot capability
    is promising.": the words after a paper's bold name and colon are a description, not the rest of its title: two
    sentences or more (a full stop, a space and a capital letter between them), each of four words or more, closed by
    a full stop, twenty words in all. A title's second half ("Unet-like Pure Transformer for Medical Image
    Segmentation", even followed by ". In ECCV Workshops") is one short sentence."""
    g = gloss.strip()
    if not g.endswith(".") or len(g.split()) < _DESCRIPTION_GLOSS_WORDS:
        return False
    sentences = [x for x in g[:-1].split(". ") if x.strip()]
    if len(sentences) < 2 or not all(x[:1].isupper() for x in sentences[1:]):
        return False
    return all(len(x.split()) >= _DESCRIPTION_SENTENCE_WORDS for x in sentences)


def _papers_dated_by_their_badges(entries: list[Entry]) -> list[Entry]:
    """``- **CLAM** — attention MIL for slides. [![Paper](…/badge/Paper-Nat%20BME%202021-…)](nature…)``, ``[Title](…)
    ![CVPR](…/badge/CVPR-2022-blue)``: a paper whose venue and year only its static badges show is dated by them
    (``inline.badges_venue_year``). Why: read as images, the badges were dropped, and the record had neither venue
    nor year though the line says both. Only an undated paper (a year read from its text stands, and so does its
    venue), and only when its badges give one year; its venue is filled only when it has none."""
    out = entries
    for i, e in enumerate(entries):
        if e.kind != "paper" or e.year is not None:
            continue
        dated = inline.badges_venue_year(e.text)
        if dated is None:
            continue
        if out is entries:
            out = list(entries)
        out[i] = replace(e, year=dated[1], venue=e.venue or dated[0])
    return out


#: what parts the names of a dashed byline ("Krizhevsky, Sutskever, Hinton", "Kingma & Ba", "Liu et al.")
_DASHED_BYLINE_SEPARATORS = re.compile(r",|&|\band\b")


def _dashed_bylines_off_paper_titles(entries: list[Entry]) -> list[Entry]:
    """``\\[2014\\] Going Deeper with Convolutions – Szegedy et al. (GoogLeNet/Inception)``, ``\\[2023\\] GPT-4
    Technical Report – OpenAI``: a paper whose title closes on a spaced en or em dash, its authors (or its lab) and
    the short name the work goes by (``inline.cut_dashed_byline``) is titled by the words before the dash; the byline
    names its authors, the bracket its short name. Why: a landmark-papers list (a Korean blog's "대표 논문들") writes
    each unlinked line so; nothing else parted the byline, and it stayed in the title. Only entries already typed
    papers, and only their titles: the whole line's reading (its kind, its year) stands as it was."""
    out = entries
    for i, e in enumerate(entries):
        if e.kind != "paper" or not e.title or ("–" not in e.title and "—" not in e.title):
            continue
        title, tail = inline.cut_dashed_byline(e.title)
        if not tail:
            continue
        byline, _, note = tail.partition("(")
        byline = byline.strip().rstrip(".,; ")
        names = tuple(n for n in (x.strip().removesuffix("et al").strip(" .")
                                  for x in _DASHED_BYLINE_SEPARATORS.split(byline.replace("et al.", "et al"))) if n)
        if out is entries:
            out = list(entries)
        fields = e.fields + (("short name", note.rstrip(")） ").strip()),) if note.strip() else e.fields
        out[i] = replace(e, title=title, authors=e.authors or names, fields=fields,
                         description=" ".join(x for x in (e.description, tail) if x))
    return out


def _without_mark_only_descriptions(entries: list[Entry]) -> list[Entry]:
    """A description that is only marks ("]", ", )", ".", "-": what is left of "[[Paper](…)] [[Code](…)]" or of
    "(paper, code)" once the links are taken) says nothing; it is left out rather than shown to the reader. It is
    done last: earlier passes may read the marks (a stop closing a reference)."""
    return [replace(e, description="") if e.description and not any(ch.isalnum() for ch in e.description) else e
            for e in entries]


#: diagnostics about an entry as an entry, not about its source text: they go when the entry is folded into another
_ENTRY_NOTES = frozenset({"no-link", "unparsed-citation"})


#: the resource kinds a card's field (or its heading) may name: what the card is, when it is no paper
_CARD_KINDS = ("dataset", "tool", "model")


def _field_labelled_resource_cards(entries: list[Entry]) -> list[Entry]:
    """``1. **ChemBase.** *Type:* Database. [[Paper]](pubmed…)`` / ``*A database of bioactive compounds …*``, and
    ``1. **DrugGraph.** *Intended Usage:* Drug repurposing. [[Paper]](…)`` under ``### Knowledge Graph``: a bold
    short name (three words at most, no title) and, right after it, an emphasised field label and its value is a
    resource's card, the resource named by the bold name; the paper link after it is the resource's reference. The
    card is the kind its "Type" value names (``Database``, ``Software``, ``Web platform``), else the kind its heading
    names (a data set under "Knowledge Graph"); with neither, or a value naming papers, it stays as it was (a card
    already typed a resource, "**Ptable.** *Type:* Table. [Resource](…)", keeps its kind, named by its name). Why: read
    as a bold title over a venue, "ChemBase. Type: Database." was a paper's title, and a survey's practical-resources
    section of fifty databases, ontologies and tools made fifty papers. A paper's bold title is a title, and an
    emphasised venue after it ("**Title.** *Bioinformatics* 2021.") is no field label."""
    out = entries
    for i, e in enumerate(entries):
        if (e.kind != "paper" and e.kind not in _CARD_KINDS) or ": " not in e.title or ". " not in e.title:
            continue
        name, _, rest = e.title.partition(". ")
        label, _, value = rest.partition(": ")
        if not name or len(name.split()) > 3 or not value.strip() or not label[:1].isupper() \
                or not 1 <= len(label.split()) <= 3 or classify.reads_like_paper_title(name):
            continue
        text = " ".join(e.text.split())  # (as the title reads: a no-break space pasted from a page is a space)
        if f"**{name}" not in text or not any(f"{m}{label}:{m}" in text for m in ("*", "_")):
            continue
        kind = e.kind if e.kind in _CARD_KINDS else classify.section_hint([value.strip(" .")])
        if kind == "paper":
            continue
        if kind not in _CARD_KINDS:
            kind = classify.section_hint([h.text for h in e.topic])
        if kind not in _CARD_KINDS:
            continue
        if out is entries:
            out = list(entries)
        out[i] = replace(e, kind=kind, title=name.strip(), venue=None, year=None, authors=())
    return out


def _identifier_wraps_folded(entries: list[Entry]) -> list[Entry]:
    """An item made only of identifier fields, right under a reference, is that reference's close: its identifiers
    and links join the reference, it is no entry of its own.

    ``4. [Heumos L, … Nat Rev Genet. 2023 Aug;24(8):550-572. doi: 10.1038/…. Epub 2023 Mar`` /
    ``31. PMID: 37002403; PMCID: PMC10066026.](https://pubmed.ncbi.nlm.nih.gov/37002403/)``: a PubMed-format
    citation hard-wrapped at 80 columns breaks before the day of its date, and CommonMark (so GitHub too) reads
    "31." as a new item of the same numbered list. Why: the reference lost its PMID, PMCID and link, and an
    untitled record stood beside it. Only a list item whose text is nothing but identifier fields
    (``ids.identifier_fields_only``, its description no word either), written on the very next line after the
    reference ends (a wrap: no blank line between), under the same heading, whose links all name an identifier,
    and whose identifiers the reference does not contradict; the reference read as one (authors and a year). A
    table cell or a blank-line-separated identifier line is never folded."""
    out: list[Entry] = []
    for e in entries:
        prev = out[-1] if out else None
        if prev is not None and _wrapped_identifier_tail(prev, e):
            out[-1] = _with_identifier_tail(prev, e)
        elif prev is not None and (dated := _bare_address_under_reference(prev, e)) is not None:
            folded = _with_identifier_tail(prev, e)
            out[-1] = replace(folded, year=folded.year or dated or None)
        else:
            out.append(e)
    return out


#: what may follow a reference's bare address on its line: the date the article went online, in brackets
#: ("(June 13, 2000)", "(2019)")
_ADDRESS_DATE = re.compile(rf"\(\s{{0,3}}(?:{citation.MONTH}\.?\s{{1,3}}(?:\d{{1,2}},?\s{{1,3}})?)?(?P<year>(?:19|20)\d\d)\s{{0,3}}\)\.?")


def _bare_address_under_reference(prev: Entry, e: Entry) -> int | None:
    """``3. Goldberger AL, …. PhysioBank, …: Components of a New Research Resource …. Circulation 101(23):e215-e220``
    / ``* [http://circ.ahajournals.org/content/101/23/e215.full](http://circ.ahajournals.org/content/101/23/e215.full)
    (June 13, 2000)``: a bullet that is nothing but one address (its text the URL itself, or a label naming the
    paper itself: "[PDF](…)"), perhaps with the date the article went online in brackets, written on the very next
    line under a link-less reference (authors, and a venue or a year), is where that reference is read: its link
    (as a wrapped identifier tail is, ``_wrapped_identifier_tail``), not an untitled paper nor one titled "PDF". A
    numbered reference list that gives each reference its address on a bullet of its own writes it so; CommonMark
    reads the bullet as a new list (one blank line between, a loose list, reads the same). → the bracket's year (0
    when none), or None when ``e`` is no such address. A link labelled otherwise ("[Slides from the journal
    club](…)"), a code link, or a reference already linked is not folded."""
    # (one blank line between: the same list made loose)
    if not prev.end_line < e.line <= prev.end_line + 2 or e.fields or e.topic != prev.topic or len(e.links) != 1 \
            or _LIST_MARKER.match(e.text.lstrip()) is None:
        return None
    if prev.kind != "paper" or prev.links or not prev.authors or not (prev.year or prev.venue):
        return None
    link = e.links[0]
    bare = link.label.strip() == link.url.strip()
    # ("* [PDF](…/~bauer/reading-lists.pdf)": a link labelled as the paper itself is its address too)
    if link.role in ("code", "related_code") or e.title.strip() != link.label.strip() \
            or not (bare or classify.label_role(link.label) == "paper"):
        return None
    rest = e.description.strip()
    if not rest:
        return 0
    dated = _ADDRESS_DATE.fullmatch(rest)
    return int(dated["year"]) if dated else None


def _wrapped_identifier_tail(prev: Entry, e: Entry) -> bool:
    """``e`` is only the wrapped identifier tail of the reference ``prev`` (``_identifier_wraps_folded``)."""
    if e.line != prev.end_line + 1 or e.fields or e.topic != prev.topic or not ids.identifier_fields_only(e.title):
        return False
    if any(c.isalnum() for c in e.description) or _LIST_MARKER.match(e.text.lstrip()) is None:
        return False
    if not (prev.authors and prev.year) or ids.identifier_fields_only(prev.title):
        return False
    if not all(any(ids.ids_from_url(link.url)) for link in e.links):
        return False
    have, tail = prev.identifiers.as_dict(), e.identifiers.as_dict()
    return e.identifiers.any() and all(have[k] in (None, v) for k, v in tail.items() if v)


def _with_identifier_tail(prev: Entry, e: Entry) -> Entry:
    """``prev`` closed by its wrapped identifier tail ``e``: the tail's identifiers fill the ones it lacks, its links
    join it (its "no link" note goes when it gains one), it ends where the tail ends. The tail's notes about itself
    as an entry (no link, no citation read) go with it; its notes on the source (a broken link) stay."""
    have, tail = prev.identifiers.as_dict(), e.identifiers.as_dict()
    merged = Identifiers(**{k: have[k] or tail[k] for k in have})
    urls = {link.url for link in prev.links}
    links = prev.links + tuple(link for link in e.links if link.url not in urls)
    diagnostics = tuple(d for d in prev.diagnostics if not (links and d.code == "no-link")) \
        + tuple(d for d in e.diagnostics if d.code not in _ENTRY_NOTES)
    return replace(prev, end_line=e.end_line, text=f"{prev.text}\n{e.text}", identifiers=merged, links=links,
                   diagnostics=diagnostics)


def _journal_issue(e: Entry) -> bool:
    """``***Genome Res*** 2024, <https://genome.cshlp.org/content/34/11.toc>``: a paper whose title is nothing but
    the journal it was read to appear in (the venue), a journal's name (``citation.names_journal``), with no
    identifier and no author, is that journal's issue (or the journal itself), not a work. Why: a reference section
    that points to a whole issue besides its articles names the journal and the year alone; read as a citation, the
    journal became both the title and the venue of an invented paper."""
    if e.kind != "paper" or not e.venue or e.authors or e.identifiers.any():
        return False
    # (the title must read as a journal's name: a venue wrongly copied from a work's own title keeps the work)
    return " ".join(e.title.casefold().strip(" .,*_").split()) == " ".join(e.venue.casefold().strip(" .,*_").split()) \
        and citation.names_journal(e.title.strip(" .,*_"))


def _journal_issues_among_papers(entries: list[Entry]) -> list[Entry]:
    """Each journal issue read as a paper (``_journal_issue``) is the journal's web page."""
    return [replace(e, kind="website") if _journal_issue(e) else e for e in entries]


def _volumes_heading_their_chapters(entries: list[Entry]) -> list[Entry]:
    """``## [Part I, LNCS Volume 11764](https://link.springer.com/book/10.1007/978-3-030-32239-7) Optical Imaging;
    …`` over ``|Title|First Author|PDF|Code|`` / ``|…|[LNCS](https://doi.org/10.1007/978-3-030-32239-7_2)|…|``: a
    list of a conference's papers heads each proceedings volume's papers with the volume, linked to its page; the
    heading is the section the papers sit in, the book they are chapters of, not one more work. Why: the heading's
    own entry read as a paper by the book's DOI. Only a heading's own entry (its text a heading line, the topic of
    the entries after it that heading) whose DOI is the book of a chapter listed in its section
    (``ids.book_of_chapter``); a book's heading with none of its chapters under it (a textbook's record) stays the
    work. It becomes the volume's page, as a journal's issue does."""
    books = {b for e in entries if e.kind == "paper" and (b := ids.book_of_chapter(e.identifiers.doi))}
    if not books:
        return entries  # the usual case: no chapter of an ISBN-named book among the papers
    out = entries
    for i, e in enumerate(entries):
        if e.kind != "paper" or e.identifiers.doi not in books or not e.text.lstrip(" ").startswith("#"):
            continue
        depth = len(e.topic)
        for c in entries[i + 1:]:
            if len(c.topic) <= depth or c.topic[:depth] != e.topic or c.topic[depth].text != e.title:
                break  # past the heading's section
            if ids.book_of_chapter(c.identifiers.doi) == e.identifiers.doi:
                if out is entries:
                    out = list(entries)
                out[i] = replace(e, kind="website")
                break
    return out


#: the most lines from a paper's last line to a paragraph of its link fields right below it (a blank line between)
_FIELDS_RIGHT_BELOW = 2


def _link_fields_of_lone_works(entries: list[Entry]) -> list[Entry]:
    """A paragraph of labelled link fields alone, right after the one work of its section, gives that work's links.

    ``### MONAI`` / ``28. **Cardoso, M. J., et al. (2022)**  "MONAI: An open-source framework …"  [arXiv:…](…)`` /
    ``**Website**: [https://monai.io/](…)  `` / ``**GitHub**: [https://github.com/Project-MONAI/MONAI](…)``: a
    reading list that gives each tool its own heading cites the tool's paper as a numbered item, then writes the
    tool's pages as a paragraph of fields under it. Why: the fields stood as an entry of their own, titled by the
    label "Website" or "GitHub", and the paper lost its code. Only a paragraph (no list marker) whose text is
    nothing but link fields (each link's label a role's label, ``classify.label_role``, the label its title, no
    other word), one of them code, after the paper under the same headings, when that paper is the only paper
    of its section and has no code link yet: under a heading of several works the fields could be any one's,
    unless they stand right below the paper (its last line, a blank line, the fields) and the section's next paper
    right after them ("1. **Title** …" / "**Code**: [github…](…)" / "2. **Title** …"): set between two papers, they
    are the one's above, as a sub-bullet would be. Fields closing a section of several works ("**GitHub**:
    [github…/synthetic-metrics]" under "## Métricas") may be the section's: they stay apart."""
    papers_per_topic = _counts_by_topic(entries, lambda e: e.kind == "paper")
    out: list[Entry] = []
    for i, e in enumerate(entries):
        prev = out[-1] if out else None
        if prev is not None and _link_fields_under(prev, e) \
                and (papers_per_topic.get(_topic_key(prev)) == 1
                     or e.line - prev.end_line <= _FIELDS_RIGHT_BELOW and i + 1 < len(entries)
                     and entries[i + 1].kind == "paper" and entries[i + 1].topic == e.topic):
            urls = {link.url for link in prev.links}
            links = prev.links + tuple(link for link in e.links if link.url not in urls)
            out[-1] = replace(prev, end_line=e.end_line, text=f"{prev.text}\n\n{e.text}", links=links,
                              diagnostics=prev.diagnostics + tuple(d for d in e.diagnostics
                                                                   if d.code not in _ENTRY_NOTES))
        else:
            out.append(e)
    return out


def _books_by_bold_byline_over_italic_title(entries: list[Entry]) -> list[Entry]:
    """``## 📖 Libros`` / ``40. **Goodfellow, I., Bengio, Y., & Courville, A. (2016)**  `` / ``*Deep Learning*  `` /
    ``MIT Press  `` / ``URL: [https://www.deeplearningbook.org/](…)``: a reading list that cites each work on
    lines of its own (bold byline and year, then the title) sets a book's title in italics where its papers quote
    theirs; read (``_emphasised_title_under_key``), the book has its title, its authors and its year, yet its one
    link, the book's own site, made it a website. Under a heading of books (``classify.in_books_section``) an entry
    so cited (authors, a year, a title of two words or more, no code link) is the book, a work; where its italic
    title was read as its one author and its bold byline as its title, the two trade places."""
    out = entries
    for i, e in enumerate(entries):
        if e.kind not in ("website", "other") or not e.authors or e.year is None or len(e.title.split()) < 2 \
                or any(link.role in ("code", "dataset") for link in e.links) or not classify.in_books_section(e.topic):
            continue
        if out is entries:
            out = list(entries)
        byline = citation.parse_trailer(e.title) if len(e.authors) == 1 else None
        if byline is not None and len(byline.authors) >= 2 and not byline.title and not byline.venue \
                and not citation.personal_name(e.authors[0]):
            # ("**Goodfellow, I., Bengio, Y., & Courville, A. (2016)**" / "*Deep Learning*": the bold byline was
            # read as the title and the italic title as its one author; they trade places)
            out[i] = replace(e, kind="paper", title=inline.clean_title(e.authors[0]), authors=byline.authors)
        else:
            out[i] = replace(e, kind="paper")
    return out


#: a year closing a shelved book's "Title, Author" line ("…, Cathy O'Neil, 2016", "… (2016)")
_BOOK_LINE_YEAR = re.compile(r"^\(?((?:1[5-9]|20)\d\d)\)?$")


def _title_then_authors(text: str) -> tuple[str, tuple[str, ...], int | None] | None:
    """``Weapons of Math Destruction, Cathy O'Neil`` → (title, names, year): a book named by its title, a comma, then
    its authors' full names (``citation.personal_name`` each; several parted by commas, "and" or "&"), a year after
    them optional; else None. The names are read from the end, so a title's own commas ("Race, Gender, and …") stay
    in the title, which keeps two words at least."""
    pieces = [p.strip() for p in text.split(",")]
    year = None
    if len(pieces) > 2 and (y := _BOOK_LINE_YEAR.match(pieces[-1])) is not None:
        year, pieces = int(y.group(1)), pieces[:-1]
    names: list[str] = []
    while len(pieces) > 1:
        piece = pieces[-1].removeprefix("and ").strip()
        parts = [p.strip() for p in re.split(r"\s+(?:and|&)\s+", piece)]
        if not all(citation.personal_name(p) for p in parts):
            break
        names[:0] = parts
        pieces.pop()
    title = ", ".join(pieces).strip()
    if not names or len(title.split()) < _MIN_BOOK_TITLE_WORDS:
        return None
    return title, tuple(names), year


def _unlinked_books_by_title_and_author(entries: list[Entry]) -> list[Entry]:
    """``## Books:`` / ``* Weapons of Math Destruction, Cathy O'Neil``: under a heading of books
    (``classify.in_books_section``) a link-less line that is only a title, a comma and its author's full name (a
    reader's shelf written from memory, no link to a shop or a publisher) is that book, a work. Why: with no link
    and no year it read as no citation, so the book was an untyped line titled with its author. Only a line with
    no link, no fields and no note after it, whose last comma-parted pieces are all personal names
    (``_title_then_authors``); a line of notes ("Read chapters 1, 3") or a topic ("Ethics, Law") names nobody."""
    out = entries
    for i, e in enumerate(entries):
        if e.kind not in ("website", "other") or e.links or e.fields or e.authors or e.description.strip() \
                or "," not in e.title or not classify.in_books_section(e.topic):
            continue
        read = _title_then_authors(e.title)
        if read is None:
            continue
        if out is entries:
            out = list(entries)
        title, names, year = read
        out[i] = replace(e, kind="paper", title=title, authors=names, year=e.year or year)
    return out


#: the fewest words of a book's title linked to its publisher's page under a heading of books ("Modern Epidemiology")
_MIN_BOOK_TITLE_WORDS = 2


def _books_titled_on_their_publisher_page(entries: list[Entry]) -> list[Entry]:
    """``### Books`` / ``- [Regression Modeling Strategies](link.springer.com/book/10.1007/978-3-319-19425-7) - Frank
    Harrell's comprehensive guide …``: under a heading of books (``classify.in_books_section``) a line whose one link,
    its whole title, opens a publisher's page of one whole book (``classify.whole_book_page``: Springer's, Wiley's
    catalogue page by ISBN, …) is that book, a work, however short its title (a textbook's title is often a field's
    name, two or three words, which ``classify.link_role`` alone reads as no title). Why here: the link's text alone
    cannot tell "[Regression Modeling Strategies](…)" from "[Publisher Link](…)"; the heading of books can, and a
    label that names the link ("[free PDF](…)" after the book's bold name) is not the entry's title. A code link after
    the title ("| [errata and extra material](github.com/…)") is the book's companion repository, its code."""
    out = entries
    for i, e in enumerate(entries):
        if e.kind not in ("website", "other") or not e.links or e.links[0].role != "other" \
                or any(link.role != "code" for link in e.links[1:]) \
                or len(e.title.split()) < _MIN_BOOK_TITLE_WORDS or inline.clean_title(e.links[0].label) != e.title \
                or not classify.whole_book_page(e.links[0].url) or not classify.in_books_section(e.topic):
            continue
        if out is entries:
            out = list(entries)
        out[i] = replace(e, kind="paper", links=(replace(e.links[0], role="paper"),) + tuple(e.links[1:]))
    return out


#: how many of a books section's lines must be books by their own pages or bylines before its other titled lines are
_SHELVED_BOOKS_AROUND_TITLE = 2


#: words a title uses for many books: "[iMotions Top 10 EEG Books](…/blog/eeg-books/)" in a books section is a page
#: listing books, not a book
_BOOKS_PLURAL = frozenset({"books", "textbooks", "livres", "libros", "livros", "libri", "bücher", "buecher"})


def _bare_titled_link(e: Entry) -> bool:
    """A line that is one link alone, its text the whole title (two words or more), no note: "* [Title](…)"."""
    return len(e.links) == 1 and not e.description.strip() and len(e.title.split()) >= _MIN_BOOK_TITLE_WORDS \
        and inline.clean_title(e.links[0].label) == e.title


def _titled_books_among_shelved_books(entries: list[Entry]) -> list[Entry]:
    """``## Books`` / ``* [Statistical Rethinking](xcelab.net/rm/statistical-rethinking/)`` / ``* [Probability Theory:
    The Logic of Science](amazon.com/…/dp/0521592712/…)``: a books section that links some of its books to a whole
    book's page (a publisher's, a shop's by ISBN: ``_books_titled_on_their_publisher_page``) and others, written the
    same way, to the author's or the book's own site. Why: the site alone cannot say it is a book's, so the line
    stayed a website; beside at least ``_SHELVED_BOOKS_AROUND_TITLE`` books of the same section, a line that is only
    the book's linked title (no note, no second link) is one more book. Only books written the same bare way count:
    where the section's books carry a byline or a note ("[Title](amazon…), Author, 2022"), a bare linked line among
    them is something else (a course, a site); a title that says "books" is a page listing them. Linear."""
    shelved = _counts_by_topic(
        entries, lambda e: e.kind == "paper" and _bare_titled_link(e) and classify.in_books_section(e.topic))
    if not shelved:
        return entries
    return [replace(e, kind="paper", links=(replace(e.links[0], role="paper"),))
            if e.kind in ("website", "other") and e.links and e.links[0].role == "other"
            and shelved.get(_topic_key(e), 0) >= _SHELVED_BOOKS_AROUND_TITLE and _bare_titled_link(e)
            and not _BOOKS_PLURAL.intersection(w.strip(",.:;!?()").casefold() for w in e.title.split()) else e
            for e in entries]


#: the fewest words of a numbered heading over a record of fields for it to be the record's title though its commas
#: are a clause's ("### 7. Discovery of Pyrazolo[3,4-d]pyridazinone Derivatives as …, Synthesis, and …")
_NUMBERED_RECORD_HEADING_WORDS = 5


def _field_records_titled_by_their_heading(entries: list[Entry]) -> list[Entry]:
    """``### 12. Leveraging molecular structure and bioactivity with chemical language models for de novo drug
    design`` / ``**Publication Date**: January 7, 2023 - [Paper Link](https://www.nature.com/articles/…)`` /
    ``**Target**: PI3Kγ - **Design Task**: …`` / ``**Model**: …``: a paper's record written as its heading (the
    work's title) over paragraphs of bold-labelled fields, none of them its title, is titled by its heading. Why:
    read as a record of fields, the record took its first field's label ("Publication Date") for its title, and
    every paper of the list was called so. Only the first entry under its heading, a paper whose title is its
    first field's label (no title of its own, no title field: "**Paper**: [Title](…)" names its work), citing its
    work (an identifier, a link to its article), under a heading whose text reads as a paper's title
    (``_reads_like_paper_title``, or a numbered heading of ``_NUMBERED_RECORD_HEADING_WORDS`` words or more: a title's
    series of commas fails the first test; a section's name, "### Datasets", stays the field's label). A later
    field paragraph of such a record whose one link names a work in passing ("**Model**: Used [Hierarchical Graph
    Encoder-Decoder](proceedings.mlr.press/…)") is titled by that link's text, not by its label ("Model"); a
    link's label ("[Paper]", "[here]") names nothing. Linear: one look at each entry's first field and heading."""
    out: list[Entry] | None = None
    seen: set[tuple] = set()
    records: set[tuple] = set()  # the headings whose first record took the heading's title
    for i, e in enumerate(entries):
        key = _topic_key(e)
        first = key not in seen
        seen.add(key)
        if e.kind != "paper" or not e.topic or not e.fields or e.title != e.fields[0][0] \
                or e.title.strip().lower() in _RECORD_TITLE_LABELS:
            continue
        papers = [link for link in e.links if link.role == "paper"]
        if not first:
            # "**Model**: Used [Hierarchical Graph Encoder-Decoder](proceedings.mlr.press/…)": a later field of the
            # heading's record cites another work in passing, by its link's text
            if key in records and len(papers) == 1 and len(e.links) == 1 and papers[0].text \
                    and not classify.is_link_label(papers[0].text) and not classify.is_bare_pointer(papers[0].text):
                out = out if out is not None else list(entries)
                out[i] = replace(e, title=inline.clean_title(papers[0].text))
            continue
        if not (e.identifiers.any() or papers):
            continue
        title = _heading_work_title(e.topic[-1].text)
        if title and title != e.title and (_reads_like_paper_title(title) or e.topic[-1].number
                                           and len(title.split()) >= _NUMBERED_RECORD_HEADING_WORDS):
            out = out if out is not None else list(entries)
            out[i] = replace(e, title=title)
            records.add(key)
    return entries if out is None else out


#: the fewest records of a list that label a field so for a numbered line opening with that label to be a legend of
#: the records' format
_LEGEND_LABEL_RECORDS_MIN = 3
#: the fewest such lines under one heading: a legend names several of the records' fields
_LEGEND_LINES_MIN = 2


def _legend_label(title: str, labels: frozenset[str]) -> str | None:
    """The records' field label ``title`` opens with, followed by nothing, a bracket or a dash ("Publication Date -
    Paper Link", "Hit Rate (Number of synthesized examples …)"), or None. Constant work per title: one cut at the
    first bracket or spaced dash."""
    cut = len(title)
    for mark in (" (", " - ", " – ", ":"):
        at = title.find(mark)
        if 0 < at < cut:
            cut = at
    head = title[:cut].strip()
    return head if head in labels else None


def _record_format_legends(entries: list[Entry]) -> list[Entry]:
    """``**Every entry contains the following information:**`` / ``1. Publication Date - Paper Link`` / ``2. Target -
    Design Task`` / ``3. Model (Input: [Molecular Representation], …)`` / ``4. Hit Rate (Number of synthesized …)``:
    a list that writes each work as a record of bold-labelled fields ("**Publication Date**: …", "**Model**: …",
    "**Hit Rate**: …") may first say what each record holds, one line per field; such a line names a field, no work
    (typed "other"). Why: link-less numbered lines of a few capitalised words read as a reading list's titles. Only
    a paper line with no identifier, opening with a label ``_LEGEND_LABEL_RECORDS_MIN`` or more of the list's paper
    records give a field (followed by nothing, a bracket or a dash: "Model-based …" is a title), and only where
    ``_LEGEND_LINES_MIN`` or more such lines stand under one heading. Linear: one pass to count the labels, one to
    test each entry's head."""
    counts: dict[str, int] = {}
    for e in entries:
        if e.kind == "paper" and e.fields:
            for label in {label for label, _ in e.fields if label and label[0].isalpha()}:
                counts[label] = counts.get(label, 0) + 1
    labels = frozenset(label for label, n in counts.items() if n >= _LEGEND_LABEL_RECORDS_MIN)
    if not labels:
        return entries
    lines: dict[tuple, list[int]] = {}
    for i, e in enumerate(entries):
        if e.kind == "paper" and not e.fields and not e.identifiers.any() and _legend_label(e.title, labels):
            lines.setdefault(_topic_key(e), []).append(i)
    legend = [i for at in lines.values() if len(at) >= _LEGEND_LINES_MIN for i in at]
    if not legend:
        return entries
    out = list(entries)
    for i in legend:
        out[i] = replace(out[i], kind="other")
    return out


#: the closing words of a record's part heading that say it states what is available ("Code availability")
_PART_STATEMENT_WORDS = ("statement", "availability")
#: words a record's part heading may have ("Code", "Source code", "data & code", "Code availability statement")
_MAX_PART_WORDS = 3


def _part_label_role(title: str) -> str | None:
    """The role a sub-section's heading names when it is a part of a work's record (``#### Code availability``,
    ``#### Data``, ``#### data & code``): the field role its short label reads as (``blocks.field_role``) once a
    journal's "availability (statement)" is off it, else None."""
    words = inline.clean_title(title).strip(" :：").split()
    while words and words[-1].casefold() in _PART_STATEMENT_WORDS:
        words.pop()
    if not words or len(words) > _MAX_PART_WORDS:
        return None
    return blocks.field_role(" ".join(words))


def _opened_by_its_heading(e: Entry) -> bool:
    """The entry's text opens with a heading line (``#### Code availability``) that says its title: a sub-section
    made into a record of its own, not a label line inside its parent's section ("项目源码" / "https://github…")."""
    first = e.text.lstrip(" ").split("\n", 1)[0]
    return first.startswith("#") and inline.clean_title(first.lstrip("#").strip(" #")) == e.title


def _parts_of_heading_records(entries: list[Entry]) -> list[Entry]:
    """``# 3. Improved state-level influenza nowcasting …`` / authors / venue / article URL / ``#### Code
    availability`` / "The code … is available from: https://github.com/fl16180/argonet." / ``#### Data
    availability`` / …: a paper's record made of its heading, whose sub-sections are labelled as the paper's
    parts (its code, its data), a journal's availability statements pasted under it. Such a sub-section is no
    work: one labelled as code gives the record its code (its code links; the sub-section, nothing but them, goes
    into it), one labelled as data is the record's data, never a paper of its own (``#### data & code`` over a
    supplement PDF and a replication data set's Dataverse reference).

    Why: read as records of their own, titled by their label, the paper lost its code and a "data & code" paper
    was made up. Only an entry titled by the part label (the sub-section's own record), right under a heading
    that is the title of a paper entry in the same parent topic, one that cites its work (an identifier, a link
    to its article), is read so."""
    records: dict[tuple, int] = {}  # (parent topic, title) of each paper → its index
    out: list[Entry] | None = None
    dropped: set[int] = set()
    for i, e in enumerate(entries):
        role = _part_label_role(e.title) if e.topic and e.text.lstrip(" ")[:1] == "#" else None
        if role in ("code", "dataset") and _opened_by_its_heading(e):
            parent = records.get((tuple(h.text for h in e.topic[:-1]),
                                  _norm_text(headings.strip_section_number(inline.clean_title(e.topic[-1].text)))))
            if parent is not None:
                out = out if out is not None else list(entries)
                if role == "code":
                    own = out[parent]
                    code = tuple(link for link in e.links if link.role == "code" and link not in own.links)
                    if code and not any(link.role == "code" for link in own.links):
                        out[parent] = replace(own, links=own.links + code)
                        if len(code) == len(e.links):
                            dropped.add(i)
                elif e.kind == "paper":
                    out[i] = replace(e, kind="dataset")
                continue
        if e.kind == "paper" and (e.identifiers.any() or any(link.role == "paper" for link in e.links)):
            records[(tuple(h.text for h in e.topic), _norm_text(e.title))] = i
    if out is None:
        return entries
    return [e for i, e in enumerate(out) if i not in dropped] if dropped else out


#: the fewest headings of a file led by a reading note's citation key ("## Kather2019 - Title") for it to be read as
#: reading notes, one work per keyed heading
_KEYED_NOTE_HEADINGS_MIN = 3


def _keyed_heading_at(e: Entry) -> int | None:
    """The index in ``e.topic`` of the deepest heading led by a reading note's citation key
    (``headings.citation_keyed_title``), or None."""
    for at in range(len(e.topic) - 1, -1, -1):
        if _keyed_heading_title(e.topic[at].text) is not None:
            return at
    return None


@functools.lru_cache(maxsize=4096)
def _keyed_heading_title(text: str) -> tuple[str, int] | None:
    """``headings.citation_keyed_title`` of a heading's cleaned text, once per heading (every entry under a heading
    asks again: cached, a page of many entries under one long heading stays linear)."""
    return headings.citation_keyed_title(inline.clean_title(text))


def _notes_under_citation_keyed_headings(entries: list[Entry]) -> list[Entry]:
    """``## Kather2019 - Deep learning can predict microsatellite instability …`` / ``> What journal?`` / ``* Nature
    Medicine, <https://www.nature.com/articles/s41591-019-0462-y>`` / ``> What is the purpose and endpoint?`` / ``*
    Predict …`` / … / ``* Code: <https://github.com/…>``: reading notes that head each work by its citation key and
    title, then answer a questionnaire on it in bullets, are one record per heading: the work, titled by the heading
    without its key and dated by the key's year, its record the first paper link of its notes (where the reader
    says where it appeared), its code the notes' one labelled code link. Why: no entry was read from the heading,
    and every note bullet stood as an entry of its own ("Nature Medicine" a paper by the work's DOI, the answers
    link-less papers). Only a file with ``_KEYED_NOTE_HEADINGS_MIN`` or more such headings, and only a heading
    none of whose entries already is its work's record (a heading over one list of notes, ``parse.
    noted_title_record``, is read so already)."""
    groups: dict[tuple, list[int]] = {}
    for i, e in enumerate(entries):
        at = _keyed_heading_at(e) if e.topic else None
        if at is not None:
            groups.setdefault(tuple((h.text, h.level) for h in e.topic[:at + 1]), []).append(i)
    if len(groups) < _KEYED_NOTE_HEADINGS_MIN:
        return entries  # the usual case
    # (the whole file reads so: its keyed headings, records or not, count)
    replaced: dict[int, Entry] = {}
    dropped: set[int] = set()
    for key, members in groups.items():
        heading = entries[members[0]].topic[len(key) - 1]
        keyed = _keyed_heading_title(heading.text)
        if keyed is None:
            continue
        title, year = keyed
        if any(_norm_text(entries[i].title) == _norm_text(title) for i in members):
            continue  # the heading's own record was read already
        notes = [entries[i] for i in members]
        record = next((link for e in notes for link in e.links[:1] if link.role == "paper"), None)
        code = {canon: link for e in notes if classify.label_role(e.title) == "code"
                for link in e.links if link.role == "code" and (canon := ids.canonical_repo(link.url))}
        links = ((record,) if record is not None else ()) + (tuple(code.values()) if len(code) == 1 else ())
        doi, arxiv, pmid, pmcid = ids.ids_from_url(record.url) if record is not None else (None,) * 4
        first = notes[0]
        replaced[members[0]] = replace(
            first, end_line=max(e.end_line for e in notes), topic=first.topic[:len(key)], title=title, kind="paper",
            links=links, identifiers=Identifiers(doi=doi, arxiv=arxiv, pmid=pmid, pmcid=pmcid), authors=(),
            year=year, venue=None, description="", fields=(), text="\n".join(e.text for e in notes),
            diagnostics=tuple(d for e in notes for d in e.diagnostics if d.code not in _ENTRY_NOTES))
        dropped.update(members[1:])
    if not replaced:
        return entries
    return [replaced.get(i, e) for i, e in enumerate(entries) if i not in dropped]


def _code_in_org_reading_notes(entries: list[Entry]) -> list[Entry]:
    """``# STRT Chen2018 - Title`` / ``## Notes`` / ``- I was able to find the code on Github <https://github.com/…>``:
    in org-mode reading notes a paper's record is its heading (``parse.org_note_parts_heading``) and the code the
    reader found is a line of its notes; that line, nothing but code links, gives the paper its code and is no
    entry of its own. Why: read as a repository of its own, titled by the reader's sentence, the paper had no code.
    Only under a heading with org's status mark (``headings.org_work_title``) that is a paper entry of the same
    parent topic, and only when the paper has no code link yet."""
    if not any(len(e.topic) >= 2 and headings.org_work_title(e.topic[-2].text) for e in entries if e.links):
        return entries  # the usual case: no org-mode reading notes
    records: dict[tuple, int] = {}  # (parent topic, title) of each paper → its index
    out = list(entries)
    dropped: set[int] = set()
    for i, e in enumerate(entries):
        if e.kind == "paper":
            records[(tuple(h.text for h in e.topic), _norm_text(e.title))] = i
            continue
        if len(e.topic) < 2 or not e.links or not all(link.role == "code" for link in e.links) \
                or headings.org_work_title(e.topic[-2].text) is None:
            continue
        parent = records.get((tuple(h.text for h in e.topic[:-2]), _norm_text(_heading_work_title(e.topic[-2].text))))
        if parent is None or any(link.role == "code" for link in out[parent].links):
            continue
        out[parent] = replace(out[parent], links=out[parent].links + e.links)
        dropped.add(i)
    return [e for i, e in enumerate(out) if i not in dropped] if dropped else entries


def _link_fields_under(prev: Entry, e: Entry) -> bool:
    """``e`` is only a paragraph of link fields ("**Website**: [url](url)", "**GitHub**: [url](url)") written after
    the paper ``prev`` under the same headings, ``prev`` without a code link of its own
    (``_link_fields_of_lone_works``)."""
    if prev.kind != "paper" or e.kind == "paper" or not prev.topic or e.topic != prev.topic or e.line <= prev.end_line:
        return False
    if not e.links or e.title != e.links[0].label or _LIST_MARKER.match(e.text.lstrip()) is not None:
        return False
    if any(link.role == "code" for link in prev.links) or not any(link.role == "code" for link in e.links):
        return False
    rest = e.description
    for link in e.links:
        if classify.label_role(link.label) is None:
            return False
        rest = rest.replace(link.label, "", 1)
    return not any(c.isalnum() for c in rest)


#: field of an item whose numbered reference marks cite works listed apart (``_numbered_reference_works``): the item
#: names what it cites them for (a part, a method), it is no reference itself
CITING_ITEM_FIELD = "cites-numbered-references"
#: field of a link-less statement closed by an in-text author-year citation of a work the list gives in full
#: (``_in_text_cited_statements``): it cites that work, no reference of its own
IN_TEXT_CITING_FIELD = "cites-by-author-year"
#: field of an entry read from a numbered reference definition's hover text (``_numbered_reference_works``)
CITED_WORK_FIELD = "numbered-reference-work"


def _numbered_reference_works(entries: list[Entry]) -> list[Entry]:
    """The works a list cites by the numbers of its reference definitions, each once, as entries of their own.

    ``* MAX14808 ([3]) ([9])`` over ``[3]: http://ieeexplore…/7329474/ "Smartphone-based portable ultrasound imaging
    system: … 10.1109/ULTSYM.2015.0517"``: the item names a part, the marks cite the papers that used it, and the
    definitions' hover text is the only place the papers are named (``inline._numbered_reference_title``). The
    item keeps its text and its other links; each cited work becomes a paper entry at its first citing line, named
    by its hover text, with its link; a later mark of the same definition cites a work already listed."""
    if not any(link.cited for e in entries for link in e.links):
        return entries  # the usual case: no numbered reference definition with hover text
    seen: set[str] = set()
    out: list[Entry] = []
    for e in entries:
        cited = [link for link in e.links if link.cited]
        if not cited:
            out.append(e)
            continue
        out.append(replace(e, links=tuple(link for link in e.links if not link.cited),
                           fields=e.fields + ((CITING_ITEM_FIELD, ""),)))
        for link in cited:
            if link.url in seen:
                continue
            seen.add(link.url)
            title, rest = _title_before_identifier(link.text)
            line = link.line or e.line
            out.append(Entry(source=e.source, line=line, end_line=line, topic=e.topic, text=e.text, title=title,
                             description=rest, links=(replace(link, label=title, cited=False),),
                             fields=((CITED_WORK_FIELD, ""),)))
    return out


#: field of an entry split out of a line of short citations (``_short_citation_runs``): a work cited by its byline,
#: venue and year, titled by its author-year label
SHORT_CITATION_FIELD = "short-citation"


def _short_citation_runs(entries: list[Entry]) -> list[Entry]:
    """A link-less line of short citations, ``DeLong et al., *Biometrics* 44(3):837–845, 1988 · Landis & Koch,
    *Biometrics* 33(1):159–174, 1977`` (``citation.short_citations``), becomes one entry per citation at that line,
    titled by its author-year label ("DeLong et al. 1988") with its authors, venue and year. Why: read whole, it was
    one paper titled by a venue, numbers and the next byline. A line with links, a description or fields (a table
    row, a labelled field) is left as it is."""
    out: list[Entry] = []
    for e in entries:
        cited = citation.short_citations(e.title) \
            if not e.links and not e.description and not e.fields and e.title else None
        if not cited:
            out.append(e)
            continue
        out.extend(replace(e, title=c.label, authors=c.authors, venue=c.venue, year=c.year,
                           fields=((SHORT_CITATION_FIELD, ""),)) for c in cited)
    return out


def _works_cited_in_topic_prose(entries: list[Entry]) -> list[Entry]:
    """The other works a topic term's note cites by dated coined names (``parse.TOPIC_PROSE_FIELD``), each an entry
    of its own: ``**Single-Molecule Properties** : … Examples of works are [ChemBERTa (2020)](arxiv A), [MolBERT
    (2020)](arxiv B), [ChemTransformers/MolBART (2021)](github…)``. Each is titled by its name and dated by its year,
    with its one link, typed on its own (an article's link a paper, a repository's a tool; a repository's link may
    date a name no coined one, "[Grover (2020)](github…)": no author's citation links one). The item keeps its
    first work and the links no other name claims: left on it, a repository named for another work read as that
    work's code, and a second paper took the first's title."""
    if not any(label == parse.TOPIC_PROSE_FIELD for e in entries for label, _ in e.fields):
        return entries  # the usual case: no topic term's note citing works
    out: list[Entry] = []
    for e in entries:
        named = [(link, classify.dated_coined_name(link.text, coined=ids.canonical_repo(link.url) is None))
                 for link in e.links[1:]] \
            if any(label == parse.TOPIC_PROSE_FIELD for label, _ in e.fields) else []
        others = [(link, n) for link, n in named if n is not None and n[0] != e.title]
        if not others:
            out.append(e)
            continue
        claimed = {id(link) for link, _ in others}
        out.append(replace(e, links=tuple(link for link in e.links if id(link) not in claimed)))
        for link, (name, year) in others:
            line = link.line or e.line
            out.append(Entry(source=e.source, line=line, end_line=line, topic=e.topic, text=e.text, title=name,
                             year=year, links=(link,)))
    return out


def _title_before_identifier(text: str) -> tuple[str, str]:
    """``A new smart probe system for … Feasibility study - 10.1109/ULTSYM.2014.0399``: a hover text that names a
    work and then its DOI (and maybe a note, "-- great schematics"); the title is what comes before the DOI."""
    dois = ids.find_dois(text)
    at = text.lower().find(dois[0].lower()) if dois else -1
    if at <= 0:
        return text, ""
    head = text[:at].rstrip()
    if head.lower().endswith("doi:"):
        head = head[:-4]
    title = head.rstrip(" -\u2013\u2014:,;(")
    return (title, text[len(title):].strip(" -\u2013\u2014:,;")) if len(title.split()) >= 3 else (text, "")


#: a section whose linked entries are at least this many papers, and more than half of them, is a list of papers
_PAPER_SECTION_MIN = 3
_NOT_PAPER_HINTS = frozenset({"website", "tool", "model", "dataset", "competition"})


#: names two sections must share, paper for repository, before their same-named entries are read as one work's
_PARALLEL_NAMES_MIN = 3
#: the most pairs of sections one name may join (papers' sections × repositories' sections): a name in many sections
#: is a common word, no pairing
_PARALLEL_NAME_SPREAD = 16


def _code_from_parallel_sections(entries: list[Entry]) -> list[Entry]:
    """``## Research Papers`` / "- [RGAN](arxiv…) - Real-valued …" and, further on, ``## Libraries`` / "- [RGAN](github…)
    - Real-valued …": a list that files its papers and their implementations in two sections, item for item under
    the same names, gives each paper its code by name. The paper (no code link of its own) gains the repository's
    code link; the repository's entry stays. A paper cited under a bold name ("- **BrainGNN**: Li, X., … (2021).
    Title. …", ``_bold_label_name``) goes by that name.

    Why: read apart, every paper lost its code. A name shared by chance (a tool called as a paper is) is told from
    this layout by the count: the two sections must share at least ``_PARALLEL_NAMES_MIN`` names, each name once in
    each section."""
    papers: dict[tuple, dict[str, int]] = {}
    repos: dict[tuple, dict[str, int]] = {}
    seen: dict[tuple, set[str]] = {}
    for i, e in enumerate(entries):
        key = _topic_key(e)
        name = _norm_text((_bold_label_name(e) if e.kind == "paper" else "") or _linked_name(e))
        if not name:
            continue
        dup = seen.setdefault(key, set())
        if name in dup:  # a name twice in one section pairs with nothing
            papers.get(key, {}).pop(name, None)
            repos.get(key, {}).pop(name, None)
            continue
        dup.add(name)
        if e.kind == "paper" and not any(link.role == "code" for link in e.links):
            papers.setdefault(key, {})[name] = i
        elif e.kind == "repository" and len(e.links) == 1 and e.links[0].role == "code":
            repos.setdefault(key, {})[name] = i
    if not papers or not repos:
        return entries
    # the names each pair of sections shares, found name by name (a name in many sections pairs with none: a
    # pass over every pair of sections was quadratic in sections, 2.4 s more on 4,000 of them)
    paper_sections: dict[str, list[tuple]] = {}
    repo_sections: dict[str, list[tuple]] = {}
    for key, names in papers.items():
        for name in names:
            paper_sections.setdefault(name, []).append(key)
    for key, names in repos.items():
        for name in names:
            repo_sections.setdefault(name, []).append(key)
    shared: dict[tuple[tuple, tuple], list[str]] = {}
    for name, pkeys in paper_sections.items():
        rkeys = repo_sections.get(name)
        if not rkeys or len(pkeys) * len(rkeys) > _PARALLEL_NAME_SPREAD:
            continue
        for pkey in pkeys:
            for rkey in rkeys:
                if pkey != rkey:
                    shared.setdefault((pkey, rkey), []).append(name)
    out = list(entries)
    for (pkey, rkey), names in shared.items():
        if len(names) < _PARALLEL_NAMES_MIN:
            continue
        for name in names:
            i, code = papers[pkey][name], entries[repos[rkey][name]].links[0]
            out[i] = replace(out[i], links=out[i].links + (code,))
    return out


#: the longest name a bold label before a reference may be ("**BrainGNN**: Li, X., … (2021). Title. …")
_BOLD_LABEL_NAME_MAX = 40


def _bold_label_name(e: Entry) -> str:
    """``- **BrainGNN**: Li, X., Zhou, Y., … (2021). BrainGNN: Interpretable …`` → "BrainGNN": the short name a
    list's item sets in bold and closes with a colon before the reference it cites, the name its repository goes by
    in the list's section of code ("- **BrainGNN**: https://github.com/…"); "" for an item opened otherwise. Why:
    the paper is titled by its reference, so its name was lost to ``_code_from_parallel_sections``. Read from the
    item's raw line: its list marker, then the bold name, then a colon (ASCII or full-width)."""
    raw = e.text.lstrip()
    if (marker := _LIST_MARKER.match(raw)) is not None:
        raw = raw[marker.end():]
    if not raw.startswith(("**", "__")):
        return ""
    close = raw.find(raw[:2], 2, 2 + _BOLD_LABEL_NAME_MAX)
    if close < 0 or raw[close + 2 : close + 3] not in (":", "：") and raw[close - 1 : close] not in (":", "："):
        return ""
    return raw[2:close].strip(" :：")


#: an item that says it is a work's code, by name: "HypKG code repository, GitHub, checked 2026-09-20", "PrimeKG
#: source code", "MolX code repo": a short name (one to three words), then "code" and perhaps what holds it
_CODE_ITEM_TITLE = re.compile(r"[^\W\d_][\w+.-]*(?: [^\W\d_][\w+.-]*){0,2} (?:source )?code"
                              r"(?: (?:repository|repo|base))?(?=$|[\s,.;:(])")


#: lines from a paper's last line to the code item under it: the next line, or the one after a blank line (a loose
#: list sets its items apart so)
_CODE_ITEM_GAP = 2


def _code_items_under_their_papers(entries: list[Entry]) -> list[Entry]:
    """``- Xie, Y., … *HypKG: Hypergraph-based Knowledge Graph Contextualization …* ISWC 2025; arXiv:2507.19726. …``
    then, as the next item, ``- HypKG code repository, GitHub, checked 2026-09-20. https://github.com/constantjxyz/
    HypKG``:
    a source list that gives a work's code as an item of its own, right under the work's reference, and says in
    its words that the item is code ("<Name> code repository"), gives that paper its code. The paper (no code link
    of its own) gains the repository's link; the repository's entry stays.

    Why: read apart, the paper lost its code, the repository stood alone. Only the next item of the same section,
    right under the paper's lines, with the one code link and a title that opens by calling itself a name's
    code (``_CODE_ITEM_TITLE``): a repository described any other way ("- [RGAN](github…) - Real-valued …") is a
    tool of the list, not the code of the reference above it. (A blank line between the two, a loose list's, parts
    nothing.)"""
    out = entries
    for i in range(1, len(entries)):
        e = entries[i]
        if e.kind != "repository" or len(e.links) != 1 or e.links[0].role != "code" \
                or e.links[0].line not in (0, e.line) or _CODE_ITEM_TITLE.match(e.title) is None:
            continue  # (one line, its name and its link: a "## Tutorial code" heading over a link is a section)
        prev = out[i - 1]
        if prev.kind != "paper" or any(link.role == "code" for link in prev.links) \
                or not 0 < e.line - (prev.end_line or prev.line) <= _CODE_ITEM_GAP \
                or _topic_key(prev) != _topic_key(e):
            continue
        if out is entries:
            out = list(entries)
        out[i - 1] = replace(prev, links=prev.links + e.links)
    return out


#: lines from the end of a titled work to its link line below (a byline paragraph and blank lines between)
_LINK_LINE_GAP = 4


#: the most words of a link line's venue lead ("Nature Communications 17, 793", "IEEE TMI 43, 2710") read as its title
_VENUE_LEAD_WORDS = 6


def _venue_only_title(title: str) -> bool:
    """``Nature Communications 17, 793`` / ``Briefings in Bioinformatics 25(6), bbae500`` / ``bioRxiv 2026``: a
    title that is only where a work appeared: a few words (``_VENUE_LEAD_WORDS`` at most), a number among them (a
    volume, pages, a year), no colon (a work's title "MExD: An Expert-Infused …" has one, or more words)."""
    words = title.split()
    return 0 < len(words) <= _VENUE_LEAD_WORDS and ":" not in title and "：" not in title \
        and any(ch.isdigit() for ch in title)


def _link_lines_of_the_work_above(entries: list[Entry]) -> list[Entry]:
    """``[PhenoProfiler: Advancing …](nature.com/articles/…)`` / ``**Bo Li**, Bob Zhang, …`` / ``<span class="venue">
    Nature Communications</span> **17**, 793 (2026) · [Paper](nature.com/articles/…) · [Code](github…) · [arXiv](…)``:
    a paper card (an academic home page's "paper box") that titles its work by a link, names the authors, then gives
    a line of role-labelled links ("Paper", "Code", "arXiv") repeating the title's paper link. That line is the
    work's own link line: its links (the code, the preprint) are the work's, and it is no entry of its own.

    Why: read apart, the link line was a second paper titled by its venue ("Nature Communications 17, 793") and the
    code went to it, the titled work had none. Only the next paper of the same section, within ``_LINK_LINE_GAP``
    lines of the titled work's end, titled by nothing but a venue (``_venue_only_title``), by the title above or
    by its first link's label alone (``Paper``: the line has no title of its own),
    every link of it labelled by its role or as the work's home page (``📄 [**Paper**](arxiv…) 💻 [**Project**](github…)``:
    the AcadHomepage cards' "Project" link is the work's own repository, ``classify.is_home_label``) and one of them
    the very address of a paper link above (a list that
    pasted one address under two titles keeps both works); the work above has no code of its own (a line
    re-citing a work that has its links is a repeat, left to ``_repeats_of_listed_works``). Linear: one look back
    per entry."""
    out: list[Entry] = []
    for e in entries:
        prev = out[-1] if out else None
        if prev is None or e.kind != "paper" or prev.kind != "paper" or not e.links \
                or not 0 < e.line - (prev.end_line or prev.line) <= _LINK_LINE_GAP \
                or any(link.role == "code" for link in prev.links) or _topic_key(prev) != _topic_key(e) \
                or not all(link.text and (classify.is_link_label(link.text) or classify.is_home_label(link.text))
                           for link in e.links) \
                or not (_norm_text(e.title) == _norm_text(prev.title) or _venue_only_title(e.title)
                        or classify.is_link_label(e.title)):
            out.append(e)
            continue
        above = {link.url.rstrip("/") for link in prev.links if link.role == "paper"}
        if not any(link.role == "paper" and link.url.rstrip("/") in above for link in e.links):
            out.append(e)
            continue
        known = {link.url.rstrip("/") for link in prev.links}
        ids = prev.identifiers
        merged = Identifiers(doi=ids.doi or e.identifiers.doi, arxiv=ids.arxiv or e.identifiers.arxiv,
                             pmid=ids.pmid or e.identifiers.pmid, pmcid=ids.pmcid or e.identifiers.pmcid)
        out[-1] = replace(prev, end_line=max(prev.end_line, e.end_line), identifiers=merged,
                          links=prev.links + tuple(link for link in e.links if link.url.rstrip("/") not in known))
    return out


def _linked_name(e: Entry) -> str:
    """The name an entry goes by: its title, or the name its title opens with when that is its first link's text
    ("[COT-GAN](…pdf) - COT-GAN: Generating …" goes by "COT-GAN", as its repository's line does)."""
    if not e.links or ":" not in e.title:
        return e.title  # (the cheap test first)
    label = e.links[0].label.strip()
    if label and e.title[len(label):len(label) + 1] == ":" and e.title[:len(label)].casefold() == label.casefold():
        return label
    return e.title


#: papers of a list written "[Name](…) … [paper](article)" before a home page's line of that shape is one more
_METHOD_PAPERS_MIN = 3


def _method_paper_label(e: Entry) -> str | None:
    """The label of the article link that follows a method's bare name linked first ("- 2014 - [SNF](home page) -
    Wang - [paper](pubmed…)": "paper"), or None. Only a name (the title is the first link's text) and one article
    label, not a title linked to its article."""
    if len(e.links) < 2 or _norm_text(e.title) != _norm_text(e.links[0].text):
        return None
    labels = {_norm_text(link.label).rstrip("0123456789") for link in e.links[1:] if link.role == "paper"}
    return labels.pop() if len(labels) == 1 and all(lab and " " not in lab for lab in labels) else None


def _home_pages_among_method_papers(entries: list[Entry]) -> list[Entry]:
    """``- 2014 - [SNF](compbio…/SNF/Software.html) - Wang - [paper](pubmed/24464287)`` among "- 2019 - [maui](github…)
    - Ronen - … - [paper](doi…)": a list that writes each method as its name, linked to its code or its home
    page, then its article under one label, cites the article on every such line. Read alone, a name linked to its
    home page before its article is the resource the article describes (kind_of's ``named_resource``: "###
    [RICORD](rsna.org/…) ([paper](…))"); among ``_METHOD_PAPERS_MIN`` papers of the list written the same way
    under the same label it is one more paper. Its article must give an identifier and it must have no code link
    (a line that links its code is a paper already, or a repository the list chose to call one)."""
    labels: dict[str, int] = {}
    for e in entries:
        if e.kind == "paper" and (label := _method_paper_label(e)) is not None:
            labels[label] = labels.get(label, 0) + 1
    if not labels or max(labels.values()) < _METHOD_PAPERS_MIN:
        return entries
    out = entries
    for i, e in enumerate(entries):
        if e.kind != "website" or not e.links or e.links[0].role != "other" or not e.identifiers.any() \
                or any(link.role == "code" for link in e.links):
            continue
        if labels.get(_method_paper_label(e) or "", 0) >= _METHOD_PAPERS_MIN:
            if out is entries:
                out = list(entries)
            out[i] = replace(e, kind="paper")
    return out


def _name_then_titled_link(e: Entry) -> Link | None:
    """The second link of an item written "[Name](…) - [Full title of its article](…)": the first link's text is
    the item's short name (three words at most), the second's a work's full title (four words or more, read as
    one, no "et al" byline, no label such as "paper"); ``None`` for any other shape. A paper read from that shape
    (``_titled_publication``) is titled by the second link; any other entry still by its name."""
    if len(e.links) < 2:
        return None
    name, titled = inline.clean_title(e.links[0].text), e.links[1]
    label = inline.clean_title(titled.label).rstrip(".")
    if not name or len(name.split()) > 3 or classify.label_role(titled.label) is not None \
            or len(label.split()) < 4 or "et al" in label or _norm_text(label) == _norm_text(name) \
            or not classify.reads_like_paper_title(label) or not _dash_between_links(e.text, e.links[0], titled):
        return None
    return titled


#: what may stand between a name's link and its article's in "[`Name`](…) - [**Title**](…)": a dash or a colon, and
#: the marks of the name's emphasis
_NAME_TITLE_JOINER = " \t-–—:*_`"


def _dash_between_links(raw: str, first: Link, second: Link) -> bool:
    """The item's raw text writes nothing but a dash (or a colon) between ``first``'s link and ``second``'s:
    "[`goCTF`](…) - [**goCTF: Geometrically …**](…)". Why: a line that puts fields between them ("[[Smart Africa Alliance](…)] -
    [alliance] - [[Digital Health White Paper](….pdf)]") describes the resource, and its second link is one more
    of its documents, not the article the line is about. Two finds, no pattern."""
    at = raw.find("](" + first.url) if raw and first.url else -1
    if at < 0:
        return False
    end = raw.find(")", at + 2 + len(first.url))
    second_at = raw.find("](" + second.url, end) if end >= 0 else -1
    opened = raw.rfind("[", end, second_at) if second_at > 0 else -1
    return opened > end and not raw[end + 1:opened].strip(_NAME_TITLE_JOINER)


#: papers a list writes "[Name](…) - [Full title](article)" before a line of that shape to an unknown page is one more
_NAMED_ARTICLE_PAPERS_MIN = 3


def _named_tools_titling_their_articles(entries: list[Entry]) -> list[Entry]:
    """``2. [`goCTF`](lsi.umich.edu/…/goctf) - [**goCTF: Geometrically optimized CTF determination …**](lsi.umich.
    edu/…/goctf)`` among ``1. [`CTFFIND4`](…) - [**CTFFIND4: Fast and accurate defocus estimation …**](sciencedirect…)``:
    a list whose every line gives a method's software by its name, then the method's article under the article's
    full title ("The format for the item is [software link] - [Paper link]"), cites that article on each line,
    wherever its link leads (the lab's page, a small journal's site, a conference PDF, the code itself). Read alone,
    only an article link whose address names the work (``_titled_publication``) makes the line a paper; among
    ``_NAMED_ARTICLE_PAPERS_MIN`` papers written that way, most of the lines of that shape, it is one more paper,
    titled by its second link, the name's link its code when it reaches a repository. A site's home page or a
    blog, news or docs page as the titled link keeps the line's kind. Why: the tool's line was read as a website
    or a repository and the paper it names was lost, with its code pair."""
    shaped: list[int] = []
    n_papers = 0
    for i, e in enumerate(entries):
        titled = _name_then_titled_link(e)
        if titled is None:
            continue
        if e.kind == "paper":
            n_papers += _norm_text(e.title) == _norm_text(inline.clean_title(titled.label).rstrip("."))
        elif e.kind in ("website", "dataset", "repository", "tool", "other") \
                and _norm_text(e.title) == _norm_text(inline.clean_title(e.links[0].text)) \
                and not classify.is_site_root(titled.url) and _NOT_ARTICLE_PATH.search(titled.url) is None:
            shaped.append(i)
    if not shaped or n_papers < _NAMED_ARTICLE_PAPERS_MIN or n_papers <= len(shaped):
        return entries
    out = list(entries)
    for i in shaped:
        e = entries[i]
        titled = e.links[1]
        label = inline.clean_title(titled.label).rstrip(".")
        if titled.role == "other":  # (the title's link is the article's page, wherever it is kept)
            titled = replace(titled, role="paper")
        out[i] = replace(e, kind="paper", title=label, links=(e.links[0], titled) + e.links[2:],
                         identifiers=e.identifiers if e.identifiers.any()
                         else Identifiers(*ids.ids_from_url(titled.url)))
    return out


#: a link whose URL was left for later, broken by a space before its brackets ("[Title] ()<"): the title written as
#: a link, what follows it only the placeholder's marks
_LOOSE_EMPTY_LINK = re.compile(r"\[([^\[\]]{3,300})\][ \t]+\([ \t]*\)[\W_]{0,8}")
#: a checkbox written without the one character GFM reads as a task marker ("- [] Title", "- [?] Title", "- [-]
#: Title"): CommonMark keeps it as text, so it would open the item's title; it marks the reader's progress only
_LOOSE_CHECKBOX = re.compile(r"\[[ ?-]?\][ \t]+(?=\S)")


def _placeholder_link(entry: Entry) -> bool:
    """A link-less entry titled by a link whose URL the writer left for later ("+ [Mask R-CNN]() <br>", "+ [Title]
    ()<": the same broken by a space)."""
    return not entry.links and (parse.placeholder_titled(entry)
                                or "] (" in entry.text and _LOOSE_EMPTY_LINK.search(entry.text) is not None)


def _placeholder_names_among_placeholder_papers(entries: list[Entry]) -> list[Entry]:
    """``+ [Chained-Tracker: Chaining Paired Attentive Regression Results for …]()<br>`` / ``+ [Mask R-CNN]()
    <br>`` / ``+ [Faster R-CNN]()<br>``: a reading list that wrote each work as a link and left every URL for
    later. A long title reads as a paper's; a work's short name beside them is one more paper, as its siblings
    say (three or more of the section's placeholders are papers, and more than half of them), not a bare name."""
    if not any(e.kind == "other" and _placeholder_link(e) for e in entries):
        return entries
    counts: dict[tuple, list[int]] = {}
    for e in entries:
        if _placeholder_link(e):
            c = counts.setdefault(_topic_key(e), [0, 0])
            c[0] += 1
            c[1] += e.kind == "paper"
    out = list(entries)
    for i, e in enumerate(entries):
        if e.kind == "other" and _placeholder_link(e):
            n_all, n_paper = counts[_topic_key(e)]
            if n_paper >= _PAPER_SECTION_MIN and 2 * n_paper > n_all:
                out[i] = replace(e, kind="paper")
    return out


def _article_pages_among_papers(entries: list[Entry]) -> list[Entry]:
    """A paper's title followed by the written-out URL of one page of a host not known to publish papers (a
    mirror, a small journal's site: "Toxicogenomic module associations with pathogenesis: a network-based
    approach to … https://wwwnature.53yu.com/articles/tpj201717") among a section of papers is one more
    paper, not a website: its siblings say what the list links. So is a work's title written beside a link the
    list labels as its code ("### Coronary artery centerline extraction … [[code]](github…)" among "### Title"
    records): the title names the work, the link its code, where "[nnU-Net](github…)" names the repository. A
    site's home page, a page of a known host (whose kind the host decided: a special issue, a blog post), a
    line that does not read as a title, a reference that says when its page was accessed ("… [Accessed 06
    April 2023]. https://…": how a web page is cited), or a section of tools, data or sites keeps its kind."""
    pages = [i for i, e in enumerate(entries)
             if e.kind == "website" and e.links and e.links[0].role == "other" and _written_out(e.links[0])
             and not classify.is_site_root(e.links[0].url) and classify.on_unknown_host(e.links[0].url)
             and _NOT_ARTICLE_PATH.search(e.links[0].url) is None
             and (_numbered_address(e.links[0].url) or _publication_page_spelling(e.links[0].url, e.title))
             and _reads_like_paper_title(e.title) and not citation.access_dated(e.text)]
    coded = {i for i, e in enumerate(entries) if _work_beside_its_code(e)}
    taken = set(pages)  # (membership in a set: the list made every test quadratic in a list of many pages)
    titled = {i for i, e in enumerate(entries) if i not in taken and _title_linked_to_unknown_page(e)}
    # (a paper's long title linked to its repository in a short "## References" list: its heading and two papers
    # beside it vouch for it, as for a title linked to an unknown page under "## Papers")
    titled |= {i for i, e in enumerate(entries) if _long_title_linked_to_its_repository_under_references(e)}
    # (a title over its dated venue line: counted as a page is, by the papers beside it; a title linked to a page in
    # a list with no heading at all; a reference record over its byline and dated venue, its address an author's
    # copy: each counted as a page is, by the papers beside it)
    for counted_as_page in (_title_over_dated_venue, _headless_title_linked_to_unknown_page, _record_over_dated_byline):
        more = [i for i, e in enumerate(entries) if i not in taken and i not in titled and counted_as_page(e)]
        pages += more
        taken.update(more)
    # (a paper's whole title made a link to its repository: counted as a page is, by its linked siblings)
    pages += [i for i, e in enumerate(entries) if _title_linked_to_its_repository(e)]
    # (a page a blog dates by its address, "notes.example.net/2023/11/why-do-large-models-…/", is a post whatever
    # papers stand beside it: ``classify.dated_post_page``)
    pages = [i for i in pages if not (entries[i].links and classify.dated_post_page(entries[i].links[0].url))]
    titled = {i for i in titled if not (entries[i].links and classify.dated_post_page(entries[i].links[0].url))}
    if not pages and not coded and not titled:
        return entries
    # per section: linked entries, linked papers, entries, papers (a reading list of "### Title" records
    # links few of its papers)
    counts: dict[tuple, list[int]] = {}
    for e in entries:
        c = counts.setdefault(_topic_key(e), [0, 0, 0, 0])
        is_paper = e.kind == "paper"
        c[2] += 1
        c[3] += is_paper
        if e.links:
            c[0] += 1
            c[1] += is_paper
    out = entries
    for i in sorted(coded.union(pages, titled)):
        e = entries[i]
        n_linked, n_paper, n_all, n_all_paper = counts[_topic_key(e)]
        if i in coded:
            n_linked, n_paper = n_all - 1, n_all_paper  # its siblings, linked or not
        if i in titled:
            # the section's own heading calls its items papers: two papers among its entries suffice (not
            # _PAPER_SECTION_MIN), still more than half of its linked entries
            if n_paper >= 2 and 2 * n_paper > n_linked:
                if out is entries:
                    out = list(entries)
                out[i] = replace(e, kind="paper")
            continue
        # (its siblings are papers: most of its linked ones, or most of all when they are link-less references, as
        # a book of abstracts' records are, "**Title**\" / "_Authors_\" / "Poster 5", beside one abstract's page)
        if (n_paper >= _PAPER_SECTION_MIN and 2 * n_paper > n_linked
                or n_all_paper >= _PAPER_SECTION_MIN and 2 * n_all_paper > n_all) \
                and classify.section_hint([h.text for h in e.topic]) not in _NOT_PAPER_HINTS:
            if out is entries:
                out = list(entries)
            out[i] = replace(e, kind="paper")
    return out


#: one keyword of a comma-separated category tail ("MRI", "U-net", "proximal gradient descent", "PET/CT")
_CATEGORY_KEYWORD = re.compile(r"[^\s:：.,;!?()\[\]][^:：.,;!?()\[\]]{0,30}")
#: the reader's mark closing a keyword tail ("…: MRI, review (x)": not read, not to be had): a short parenthesis
_READER_MARK = re.compile(r"(?<!\s)\s*\([^()\s]{1,3}\)\s*$")  # (look-behind: linear on space runs)
_KEYWORD_SEPARATOR = re.compile("[,，、]")


def _category_keywords(text: str) -> tuple[int, list[str]] | None:
    """Where a line's closing category tail starts (its last colon) and its keywords, casefolded: one tag
    ("Title: MRI", "[Title](…): other application"), or a comma-separated run of them a reading log files a paper under
    ("Title: MRI, CNN, U-net", "Title: MRI, review (x)", its closing reader's mark no keyword). Each keyword is one
    to three words with no sentence in it; a run whose last item opens with "and"/"or" ("…: methods,
    applications, and challenges") is a subtitle's enumeration, no keywords."""
    at = max(text.rfind(":"), text.rfind("："))
    if at < 0:
        return None
    tail = _READER_MARK.sub("", text[at + 1:]).strip()
    if not tail:
        return None
    keywords = [k.strip() for k in _KEYWORD_SEPARATOR.split(tail)]
    if any(not _CATEGORY_KEYWORD.fullmatch(k) or len(k.split()) > 3 for k in keywords):
        return None
    if len(keywords) > 1 and keywords[-1].split()[0].casefold() in ("and", "or"):
        return None
    return at, [k.casefold() for k in keywords]


def _filed_once(head: str, tail: str) -> bool:
    """A category a reading log writes once after a link-less title, still no subtitle: the title already has its own
    colon ("InversionNet: An Efficient … Full Waveform Inversion: Waveform Inversion", a name and its subtitle, then
    the filing), the tail is one acronym alone ("…: EPI", "…: US": no subtitle is a bare acronym), or it only repeats
    words of the title ("… Formulation of ECGI for …: ECGI", "… Quantitative Susceptibility Mapping (QSM) …: QSM"): a
    subtitle adds to its title. ("Title: A Review", "Title: Theory and Practice" add words: they stay.)"""
    tail = _READER_MARK.sub("", tail).strip()
    if ":" in head or "：" in head:
        return True
    if _LONE_ACRONYM.fullmatch(tail):
        return True
    said = {w.casefold() for w in re.findall(r"\w+", head)}
    words = [w.casefold() for w in re.findall(r"\w+", tail)]
    return bool(words) and all(w in said for w in words)


#: a tail that is one acronym alone: "EPI", "US", "QSM", "CT" (two to six capitals, perhaps a digit)
_LONE_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{1,5}")


def _without_shared_category_tails(entries: list[Entry]) -> list[Entry]:
    """A reading log files each paper under a category written after it ("1. [Title](notes.md): MRI" /
    "3. Deep convolutional framelets: a general … framework：Inverse Problem" / "26. Title: Tensor approximation"):
    on a link-less line the category is glued to the title. A colon's last part is a category, not the title's
    subtitle, when the same words close two or more papers of the section (after a link or a link-less title):
    a shared vocabulary ("MRI", "CS", "other application") that no two subtitles have. A category written once
    cannot be told from a subtitle, and stays; so does every colon of a section whose linked papers carry no
    category after their links (two bare "Title: A Survey" lines are subtitles, the list files nothing).
    A log may file a paper under several keywords ("3. Title: MRI, RAKI, kspace (x)" / "9. [Title](notes.md): MRI,
    GAN, motion correction"): a run of two or more short keywords, one of them the section's shared vocabulary, is
    the filing too (the others may be the paper's own: "MRI, assessment, generalization"); a link-less line so filed
    is a paper of the log even where its tail hid its title (typed "other")."""
    tags: dict[tuple, dict[str, int]] = {}
    after_links: dict[tuple, int] = {}
    tails: dict[int, tuple[int, list[str]]] = {}
    for i, e in enumerate(entries):
        if e.kind != "paper" and (e.kind != "other" or e.links):
            continue
        key = _topic_key(e)
        if e.links:
            found = _category_keywords(e.description) if e.kind == "paper" \
                and e.description.lstrip()[:1] in (":", "：") else None
        else:
            found = _category_keywords(e.title)
            if found is not None and (e.kind == "paper" or len(found[1]) > 1):
                tails[i] = found
        if found:
            seen = tags.setdefault(key, {})
            for tag in set(found[1]):
                seen[tag] = seen.get(tag, 0) + 1
            after_links[key] = after_links.get(key, 0) + bool(e.links)
    out = entries
    for i, (at, keywords) in tails.items():
        e = entries[i]
        key = _topic_key(e)
        shared = sum(tags[key].get(tag, 0) >= 2 for tag in keywords)
        if after_links.get(key, 0) < 2:
            continue
        head = e.title[:at].rstrip()
        if not shared and not _filed_once(head, e.title[at + 1:]):
            continue
        if not _reads_like_paper_title(head):
            continue
        if out is entries:
            out = list(entries)
        tail = e.title[at + 1:].strip()
        out[i] = replace(e, kind="paper", title=head, description=(e.description + " " if e.description else "") + tail)
    return out


#: a section's papers that give, each, their code and their paper under the same labels before a record of that
#: section with the code label alone reads as a repository
_LABELLED_RECORDS_MIN = 3


#: works a list points at source files of one repository before that repository reads as their library
_LIBRARY_WORKS_MIN = 2


def _library_files_shared_by_works(entries: list[Entry]) -> list[Entry]:
    """``- **AdaBoost (1995)** [[Paper](…)][[Code](github.com/scikit-learn/scikit-learn/blob/…/_weight_boosting.py)]``
    / ``- **Bagging (1996)** [[Paper](…)][[Code](github.com/scikit-learn/scikit-learn/blob/…/_bagging.py)]``: where a
    list gives two or more different works, each, a single source file of one and the same repository as their
    "code", that repository is a library implementing them all (scikit-learn, a toolbox of ensemble methods), not
    any one work's own code: those links are related code, in every paper of the list.

    Why: a work's own code is a repository of its own (or a folder of a lab's monorepo); one file of a repository
    is a port only when the repository serves several works. A single work pointing at one file (a model's module
    inside its authors' framework: ``tensor2tensor/…/transformer.py``) stays its code, as does a repository given
    by its root or as a folder; the works must differ by title and the files by path (a work listed twice at the
    same file is no library). Only papers count and change: a tutorial's notebook or a tool's module listed for
    itself is the entry, not a work's code. Linear in the links."""
    works: dict[str, set[str]] = {}
    files: dict[str, set[str]] = {}
    for e in entries:
        if e.kind != "paper":
            continue  # (a tutorial's notebook, a tool's module: the file is the entry itself, not a work's code)
        for link in e.links:
            found = classify.source_file_in_repo(link.url) if link.role == "code" else None
            if found:
                works.setdefault(found[0], set()).add(_norm_text(e.title or ""))
                files.setdefault(found[0], set()).add(found[1])
    libraries = {repo for repo, titles in works.items()
                 if len(titles) >= _LIBRARY_WORKS_MIN and len(files[repo]) >= _LIBRARY_WORKS_MIN}
    if not libraries:
        return entries

    def port(link: Link) -> bool:
        found = classify.source_file_in_repo(link.url) if link.role == "code" else None
        return bool(found) and found[0] in libraries

    return [replace(e, links=tuple(link.with_role("related_code") if port(link)
                                   else link for link in e.links)) if e.kind == "paper" and any(map(port, e.links))
            else e for e in entries]


def _code_beside_its_write_up(entries: list[Entry]) -> list[Entry]:
    """``- [x] FCN (CVPR 2015) [(paper review)](github.com/reader/impl/blob/main/FCN/review.ipynb) [(code)](github.com/
    reader/impl/tree/main/FCN)``: a paper's line that links the reader's write-up of it (``classify.names_write_up``)
    and its "code" in the same repository gives the reader's own implementation, kept beside the review, not the
    authors' code: that code link is related code.

    Why: a repository of reviews and re-implementations gives each paper a folder; read as code, every paper of the
    tracker got the reader's repository as its own. The authors' code in a repository of its own, or a lab's
    monorepo beside no write-up, stays the paper's code. Linear in the links."""
    def write_up_repos(e: Entry) -> set[str]:
        return {(ids.canonical_repo(link.url) or "").lower() for link in e.links
                if link.role == "other" and classify.names_write_up(link.label)} - {""}

    out = []
    for e in entries:
        repos = write_up_repos(e) if e.kind == "paper" and len(e.links) > 1 else set()
        if repos:
            e = replace(e, links=tuple(link.with_role("related_code") if link.role == "code"
                                       and (ids.canonical_repo(link.url) or "").lower() in repos else link
                                       for link in e.links))
        out.append(e)
    return out


def _code_named_after_another_record(entries: list[Entry]) -> list[Entry]:
    """``## ModeT: Learning … (MICCAI2023)`` / "…please refer to [[ModeTv2]](github.com/lab/ModeTv2)." and further down
    ``### ModeTv2: GPU-accelerated …`` / "Code link: [[code]](github.com/lab/ModeTv2)": a repository that one paper's
    record labels as its own code ("[code]", a "Code" label or column) is not the own code of another record that
    links it only by a name, where that name is the short name the labelling record's title goes by ("ModeTv2:
    …") and not the linking record's own. There it points to the other work (news, "see also"): related code.

    Why: a lab page or a list with a section per work mentions its later work's repository in the earlier work's
    prose; read record by record, the earlier paper got its successor's code. A repository both records label as
    code stays shared (one release for two papers is real), and so does a link named by the record's own short
    name or by no other record's. Linear: one dict from repository to the records that label it."""
    labelled: dict[str, list[int]] = {}
    for i, e in enumerate(entries):
        if e.kind != "paper":
            continue
        for link in e.links:
            if link.role == "code" and "code" in (classify.label_role(link.text), classify.label_role(link.label)):
                repo = (ids.canonical_repo(link.url) or "").lower()
                if repo and i not in labelled.setdefault(repo, []):
                    labelled[repo].append(i)
    if not labelled:
        return entries

    def link_name(link: Link) -> str:
        return _norm_text((link.text or link.label).strip().strip("[]").strip())

    def short_names(e: Entry) -> set[str]:
        head, colon, _ = (e.title or "").partition(":")
        names = {_norm_text(n) for n in _method_names(e)}
        if colon and 0 < len(head.split()) <= 3 and len(head) <= 40:
            names.add(_norm_text(head))  # "SliceAlign++: …", "Deep Sets: …"
        return names

    def named_after_another(i: int, e: Entry, link: Link) -> bool:
        if link.role != "code" or "code" in (classify.label_role(link.text), classify.label_role(link.label)):
            return False
        others = [j for j in labelled.get((ids.canonical_repo(link.url) or "").lower(), ()) if j != i]
        name = link_name(link)
        if not others or not name or name in short_names(e):
            return False
        return any(name in short_names(entries[j]) for j in others)

    out = entries
    for i, e in enumerate(entries):
        if e.kind != "paper" or not any(named_after_another(i, e, link) for link in e.links):
            continue
        if out is entries:
            out = list(entries)
        out[i] = replace(e, links=tuple(link.with_role("related_code") if named_after_another(i, e, link) else link
                                        for link in e.links))
    return out


#: how many entries must link their reader's notes into one repository before it reads as the list's note store
_NOTE_STORE_ENTRIES_MIN = 3


def _links_into_note_stores(entries: list[Entry]) -> list[Entry]:
    """``1. [Title](github.com/reader/paper-notes/blob/master/title-2019.md): MRI`` … ``57. [Title](github.com/reader/
    paper-notes/blob/master/): CT``: a reading log whose entries link their titles to the reader's notes, each a
    Markdown page of one repository (``classify.is_reader_note``), keeps its notes there; a title linked to that same
    repository by its root, a folder or a file name left for later is one more note link (a note not yet written),
    never the work's code.

    Why: a link to a repository is typed code by its host, and a lone paper's title linked to one is read as that
    paper's code; where at least ``_NOTE_STORE_ENTRIES_MIN`` entries already use the repository for their notes, it
    is the reader's, not any author's. A link labelled as code ("[code](…)", "GitHub") still says what it is, and so
    does another repository: only unlabelled links into the note store change, and an entry typed a repository by
    that link alone, titled like the papers beside it, is a paper. Linear in the links."""
    counts: Counter = Counter()
    for e in entries:
        counts.update({(ids.canonical_repo(link.url) or "").lower() for link in e.links
                       if classify.is_reader_note(link)} - {""})
    stores = {repo for repo, n in counts.items() if n >= _NOTE_STORE_ENTRIES_MIN}
    if not stores:
        return entries  # the usual case: no repository of notes

    def into_store(link: Link) -> bool:
        return link.role == "code" and (ids.canonical_repo(link.url) or "").lower() in stores \
            and classify.label_role(link.label) != "code"

    out = []
    for e in entries:
        if not any(map(into_store, e.links)):
            out.append(e)
            continue
        links = tuple(link.with_role("other") if into_store(link) else link
                      for link in e.links)
        kind = e.kind
        if kind == "repository" and not any(link.role in ("code", "paper", "dataset") for link in links) \
                and classify.reads_like_paper_title(e.title or ""):
            kind = "paper"
        out.append(replace(e, links=links, kind=kind))
    return out


def _implementations_not_called_official(entries: list[Entry]) -> list[Entry]:
    """``- code: [official : https://github.com/a/x](…)`` / ``- code: [unofficial-keras : https://github.com/b/y](…)`` /
    ``- code: [torchvision : https://github.com/pytorch/vision/…](…)``: where a list names, before each code link's
    written-out address, whose implementation it is, and calls some "official" and others "unofficial", only those
    it calls official are the works' own code; one named otherwise (a framework's model zoo, someone's port) is
    related code, in every entry of the list.

    Why: such a list marks the authors' code by the word "official"; "torchvision" or "facebook-torch" beside it
    names someone else's implementation of the work, never the paper's own. A list that never says "official" and
    "unofficial" both is left alone (its names may be the authors' own frameworks). Linear in the links."""
    named = [inline.implementation_before_address(link.text) if link.role in ("code", "related_code") else ""
             for e in entries for link in e.links]
    if not any(n and classify.says_official(n) for n in named) \
            or not any(n and classify.label_role(n) == "related_code" for n in named):
        return entries

    def port(link: Link) -> bool:
        name = inline.implementation_before_address(link.text) if link.role == "code" else ""
        return bool(name) and not classify.says_official(name)

    return [replace(e, links=tuple(link.with_role("related_code") if port(link)
                                   else link for link in e.links)) if any(map(port, e.links)) else e
            for e in entries]


#: a heading that files its items' code as other people's: "Unofficial PyTorch implementations (Baseline Methods)",
#: "Third-party implementations", "Re-implementations", "非官方实现", "第三方复现"
_UNOFFICIAL_HEADING = re.compile(r"(?i)\b(?:unofficial|unoffical|inofficial|non-?official|third[- ]party|re-?implementations?|"
                                 r"re-?implemented)\b|非官方|第三方|复现")


def _ports_under_unofficial_headings(entries: list[Entry]) -> list[Entry]:
    """``## Unofficial Pytorch implementations (Baseline Methods)`` / ``- [x] Title (RDN)`` / ``links: [[paper]](…)
    [[code]](github.com/lab/kit/tree/main/baselines/RDN)``: under a heading that calls its items' implementations
    unofficial (someone else's, re-implemented), a paper's code link is that port, not the paper's own code; only a
    link the item itself calls official or original ("[[original code]](…)") stays the paper's code.

    Why: the heading says once, for the whole section, what "[code]" means in each item; read item by item the port
    was paired with the paper as its code. Only papers (a port's own repository line stays a repository), and only a
    heading that disowns the code (a "Related work" heading says nothing of whose code it is). Linear in the links."""
    out = entries
    for i, e in enumerate(entries):
        if e.kind != "paper" or not e.topic or not any(link.role == "code" for link in e.links) \
                or not any(_UNOFFICIAL_HEADING.search(h.text) for h in e.topic):
            continue
        if out is entries:
            out = list(entries)
        out[i] = replace(e, links=tuple(link.with_role("related_code")
                                        if link.role == "code" and not classify.says_official(link.label)
                                        and not classify.says_official(link.text) else link for link in e.links))
    return out


#: a code link's label that only numbers it among others ("code0", "code1", "code 2", "code-3")
_NUMBERED_CODE_LABEL = re.compile(r"code\s*[-_]?\s*\d{1,2}", re.I)


def _numbered_code_links_of_different_owners(entries: list[Entry]) -> list[Entry]:
    """``- End-to-End Learning … [[paper](arxiv…)] [[code0](github.com/a/port-x)] [[code1](github.com/b/port-y)]``: a
    paper given two or more code links labelled only by a number, to repositories of different owners, none of them
    said to be official, lists implementations the reader found; the list does not say which (if any) is the
    authors', so none is taken as the paper's own code: all become related code.

    Why: "code0"/"code1" numbers alternatives, it names no owner; two owners cannot both be the work's authors'
    single release, and pairing both makes at least one wrong pair (both, where neither is the authors'). A lone
    numbered link, numbered links into one owner's repositories (the authors' two versions), and links labelled
    otherwise ("[official]", "[PyTorch]") are left alone, and so is a set where another rule already called all but
    one a port ("[code2](…/CV-Reimplementation/…)"). Linear in the links."""
    def numbered(link: Link) -> bool:
        return link.role == "code" and bool(_NUMBERED_CODE_LABEL.fullmatch((link.text or link.label).strip()))

    out = []
    for e in entries:
        code = [link for link in e.links if link.role == "code"]
        repos = [(ids.canonical_repo(link.url) or "").lower().split("/") for link in code]
        owners = {repo[1] if len(repo) > 2 else "" for repo in repos}
        if e.kind != "paper" or len(code) < 2 or not all(map(numbered, code)) or len(owners) < 2 or "" in owners:
            out.append(e)
            continue
        out.append(replace(e, links=tuple(link.with_role("related_code")
                                          if numbered(link) else link for link in e.links)))
    return out


def _code_label(link: Link) -> str | None:
    """The label a list writes as a code link's text ("[Code_Link](github…)", "[code](…)"), casefolded; none for a
    repository's own name, a written-out URL or a table column's header ("| Code |" over "https://github.com/…": the
    row's cells, not its links, say what a record holds)."""
    if link.role != "code" or "://" in link.text or _norm_text(link.text) != _norm_text(link.label):
        return None
    label = _norm_text(link.text)
    return label if label and classify.label_role(link.text) == "code" else None


def _record_stamp(venue: str) -> str:
    """A record's labelled stamp with its numbers dropped ("Time:2024|Not_Reproduction" → "Time:|Not_Reproduction"):
    the shape every record of a list shares, whatever year it states."""
    return "".join(ch for ch in venue if not ch.isdigit())


def _names_a_venue(text: str) -> bool:
    """Whether any word of a record's stamp names a venue ("CVPR", "Nature", "arXiv"): a venue, not a stamp."""
    words = "".join(ch if ch.isalnum() else " " for ch in text).split()
    return any(citation.names_venue(w) or w.casefold() in citation.VENUE_WORDS for w in words)


def _code_only_records(entries: list[Entry]) -> list[Entry]:
    """``## ⌨️8.ToothGroupNetwork: …`` / "[Code_Link](github…)|**Time:2024**" / "[Paper_Link](arxiv…)" and then
    ``## ⌨️9.ToothGroupNetwork Implementation：A Test Code`` / "[Code_Link](github…)|**Time:2025**": a list whose
    records each give their code and their paper under the same labels says what a paper's record holds. A record
    of that section with the code label alone (no paper link, no identifier, no authors, and no venue but the
    stamp its siblings carry too: "Time:2025|Not_Reproduction") is the repository itself, not a paper whose
    article the list forgot. A section without such records, or a record that cites its work in words (authors,
    a venue of its own), keeps its kind."""
    # the records with the code label alone first (few, often none: then nothing more to read)
    code_only = [i for i, e in enumerate(entries) if e.kind == "paper" and e.links and not e.identifiers.any()
                 and not e.authors and all(link.role == "code" for link in e.links)]
    if not code_only:
        return entries
    labelled: dict[tuple, dict[str, int]] = {}
    stamps: dict[tuple, set[str]] = {}
    for e in entries:
        if e.kind != "paper" or not (e.identifiers.any() or any(link.role == "paper" for link in e.links)):
            continue
        for label in {lab for link in e.links if (lab := _code_label(link))}:
            seen = labelled.setdefault(_topic_key(e), {})
            seen[label] = seen.get(label, 0) + 1
            if e.venue:
                stamps.setdefault(_topic_key(e), set()).add(_record_stamp(e.venue))
    if not labelled:
        return entries
    out = entries
    for i in code_only:
        e = entries[i]
        if e.venue and (_record_stamp(e.venue) not in stamps.get(_topic_key(e), ()) or _names_a_venue(e.venue)):
            continue
        labels = {_code_label(link) for link in e.links}
        counts = labelled.get(_topic_key(e), {})
        if None in labels or any(counts.get(label, 0) < _LABELLED_RECORDS_MIN for label in labels):
            continue
        if out is entries:
            out = list(entries)
        out[i] = replace(e, kind="repository")
    return out


def _title_linked_to_unknown_page(entry: Entry) -> bool:
    """A website entry whose one link is its whole title made a link ("- [Concordance for Survival Time
    Data](https://www.mayo.edu/research/documents/…): …") to a page of a host no table knows (a university's
    report, an author's own site), in a section whose own heading calls its items papers ("## Papers"). A
    named link to an unknown site is as often a tool or a blog post, so only the heading and the papers beside
    it (counted by ``_article_pages_among_papers``) make it one more paper; a site's home page, a known host's
    page, a blog or documentation path, a line that does not read as a title or a dated web citation keeps
    its kind."""
    return _whole_title_links_unknown_page(entry) \
        and bool(entry.topic) and classify.names_papers_outright(entry.topic[-1].text) \
        and classify.section_hint([entry.topic[-1].text]) == "paper"


#: a reference record's note: its byline then its venue, closed by the year in parentheses and nothing after it
#: ("Leslie Greengard, June-Yub Lee SIAM Review (2004)", the record's "<br/>"-broken lines run together)
_DATED_BYLINE = re.compile(r"[^\n()]{3,300}?\s\((?:19|20)\d{2}\)")


def _record_over_dated_byline(entry: Entry) -> bool:
    """``**Accelerating the Nonuniform Fast Fourier Transform** <br/>`` / ``Leslie Greengard, June-Yub Lee <br/>``
    / ``SIAM Review (2004) <br/>`` / ``https://www.math.nyu.edu/~greengar/glee_nufft_sirev.pdf``: a reference
    record, its title over its authors and its venue stamped with the year, whose one address, written out, is a
    page of a host no table knows (an author's own copy, words alone in its path). The dated byline says it is a
    work's record, and the papers beside it (counted by ``_article_pages_among_papers``) what the list records;
    why: the author's copy read as a website and the work was lost. A page whose note goes on to prose, a site's
    home page or blog, or a web citation's access date keeps its kind."""
    if entry.kind != "website" or len(entry.links) != 1:
        return False
    link = entry.links[0]
    return link.role == "other" and _written_out(link) and not classify.is_site_root(link.url) \
        and classify.on_unknown_host(link.url) and _NOT_ARTICLE_PATH.search(link.url) is None \
        and _DATED_BYLINE.fullmatch(entry.description.strip()) is not None \
        and _reads_like_paper_title(entry.title) and not citation.access_dated(entry.text)


def _headless_title_linked_to_unknown_page(entry: Entry) -> bool:
    """A website entry whose one link is its whole title, to one page of an unknown host, in a file with no
    heading at all ("1. [Title](arxiv…)" / … / "7. [CheXNeXt: Deep learning for chest radiograph
    diagnosis](https://stanfordmlgroup.github.io/projects/chexnext/)"): a bare numbered reading list has no
    heading to call its items papers, so only the papers beside it (three or more, most of its linked items,
    counted by ``_article_pages_among_papers``) make the project page's title one more paper, a bare title as
    theirs are. Why: the lab's project page read as a website, and the paper the line names was lost. A line
    that says what its page is ("[Segmentation, Detection and Classification](…/course/week3) - the course's
    third week") keeps its kind: the papers beside it say nothing of a described page."""
    return not entry.topic and not entry.description.strip() and _whole_title_links_unknown_page(entry)


#: a note that only says what kind of data the linked page is ("**corpus**", "*dataset*", "benchmark")
_DATA_KIND_NOTE = re.compile(r"(?i)(?:corpus|corpora|data\s?sets?|benchmarks?)")


def _whole_title_links_unknown_page(entry: Entry) -> bool:
    """A website entry whose one link is its whole title, to one page (no home page, blog or docs path) of a
    host no table knows, a title that reads as a paper's and no web citation's access date: the shape a
    publication page gives a paper whose publisher it does not name; what else says so is the caller's."""
    if entry.kind != "website" or len(entry.links) != 1:
        return False
    link = entry.links[0]
    return link.role == "other" and classify.label_role(link.label) is None \
        and inline.clean_title(link.text) == entry.title and not classify.is_site_root(link.url) \
        and classify.on_unknown_host(link.url) and _NOT_ARTICLE_PATH.search(link.url) is None \
        and _reads_like_paper_title(entry.title) and not citation.access_dated(entry.text) \
        and _DATA_KIND_NOTE.fullmatch(entry.description.strip(" *_`.")) is None
    # ("* [DBLP + abstracts citation network corpus](https://www.aminer.org/dblp_citation) **corpus**": a note
    # that only tags the page as data says it is a corpus's page, not a paper the section's papers make it)


#: a short note that opens with the year, all the item says under its title ("*2024 American Association of
#: Cancer Research*", "*2023, 17th International Conference on Malignant Lymphoma*"): where and when it appeared
_DATED_VENUE_NOTE = re.compile(r"(?:19|20)\d{2}\b,?\s+\S[^\n]{2,100}")


def _title_over_dated_venue(entry: Entry) -> bool:
    """A publication page's item: the whole title made a link to an unknown host's page, then, on its own
    line, only the year and where it appeared ("- [Multi-modal machine learning approaches for predicting
    cancer type …](https://www.abstractsonline.com/…)" / "*2024 American Association of Cancer Research*"), as
    its siblings say it of their papers. A page with no heading of its own (a Jekyll page titled by its front
    matter, "title: Papers") has no section name to say its items are papers: the dated venue line says it of
    this one, and the papers beside it (counted by ``_article_pages_among_papers``) say what the page lists.
    A tool's or site's line rarely opens its note with a year; a note that goes on to prose does not match."""
    return _DATED_VENUE_NOTE.fullmatch(entry.description.strip()) is not None \
        and _whole_title_links_unknown_page(entry)


#: words a paper's title made a link to its repository must have, without a "Name: subtitle" colon ("[GAMENet:
#: Graph Augmented MEmory Networks for …](github…)"): a repository named by a phrase ("[Deep Learning in
#: Healthcare and Computational Biology](github…)", "[Medical Open Network for AI](github…)") is shorter
_REPO_LINKED_TITLE_WORDS = 9


def _title_linked_to_its_repository(entry: Entry) -> bool:
    """A repository entry whose one link is its whole title, a paper's title set in title case, made a link to
    the paper's repository ("[Forecasting Treatment Responses Over Time Using Recurrent Marginal Structural
    Networks](https://github.com/…)"), among a section of linked papers (``_article_pages_among_papers`` counts
    them): the list names the work and links the code it found for it, as its siblings link their articles. A
    repository's own name ("[nnU-Net](github…)") or a short phrase is no paper's title and keeps its kind."""
    if entry.kind != "repository" or len(entry.links) != 1:
        return False
    link = entry.links[0]
    title = entry.title.strip()
    return link.role == "code" and classify.label_role(link.label) is None and inline.clean_title(link.text) == title \
        and (len(title.split()) >= _REPO_LINKED_TITLE_WORDS or ": " in title) \
        and classify.names_work_beside_its_code(title, link, linked=True)


#: the fewest entries of a section, each a paper's whole title linked to its repository, that vouch for each other
_REPO_LINKED_TITLE_RUN_MIN = 4
#: the fewest words of such a title ("[STU-Net: Scalable and Transferable Medical Image Segmentation …](github…)")
_REPO_LINKED_TITLE_RUN_WORDS = 7


def _repo_linked_paper_title(entry: Entry) -> bool:
    """A repository's (or a model's) entry whose one link is its whole title, a paper's title set in title case
    and seven words or more, made a link to a source repository (``_title_linked_to_its_repository`` without the
    papers beside it)."""
    if entry.kind not in ("repository", "model") or len(entry.links) != 1:
        return False
    link = entry.links[0]
    title = entry.title.strip()
    return link.role == "code" and classify.label_role(link.label) is None and inline.clean_title(link.text) == title \
        and len(title.split()) >= _REPO_LINKED_TITLE_RUN_WORDS \
        and classify.names_work_beside_its_code(title, link, linked=True)


def _titles_linked_to_their_repositories_in_runs(entries: list[Entry]) -> list[Entry]:
    """``### Pre-trained Models`` / ``> [MIS-FM: Medical Image Segmentation Foundation Model Pretrained with …](github…)``
    / ``> [STU-Net: Scalable and Transferable Medical Image Segmentation Models …](github…)`` / …: a lab's page names
    each of its works by the paper's whole title, linked to the work's repository, and links no article at all.
    Where four or more entries of a section are such titles (``_repo_linked_paper_title``) and they are most of its
    linked entries, they vouch for each other: each is the paper, the link its code. Why: with no article beside
    them (``_title_linked_to_its_repository`` needs linked papers among its siblings), every work read as a
    repository or a model and the page lost all its papers and code pairs. A tool's name ("[nnU-Net](github…)"),
    a short "[Name: what it does](github…)" or a section of mostly other links keeps its kind."""
    runs: dict[tuple, list[int]] = {}
    linked: dict[tuple, int] = {}
    for i, e in enumerate(entries):
        if e.links:
            key = _topic_key(e)
            linked[key] = linked.get(key, 0) + 1
            if _repo_linked_paper_title(e):
                runs.setdefault(key, []).append(i)
    out = entries
    for key, idx in runs.items():
        if len(idx) >= _REPO_LINKED_TITLE_RUN_MIN and 2 * len(idx) > linked[key] \
                and classify.section_hint(list(key)) not in ("dataset", "website"):
            if out is entries:
                out = list(entries)
            for i in idx:
                out[i] = replace(entries[i], kind="paper")
    return out


def _long_title_linked_to_its_repository_under_references(entry: Entry) -> bool:
    """A paper's whole title, nine words or more, made a link to its repository (``_title_linked_to_its_repository``)
    under a heading that says its items are papers or references ("## References" / "- [Teeth Model …](iopscience…)"
    / "- [Segmentation of 3D Dental Images …](arxiv…)" / "- [MeshSegNet: Deep Multi-Scale Mesh Feature Learning for
    Automated Labeling of Raw Dental Surface from 3D Intraoral Scanners](github.com/Tai-Hsien/MeshSegNet)"): a notes
    page closes with a short list of the works it drew on, too short for the three linked papers a section of
    unnamed items needs (``_PAPER_SECTION_MIN``). The heading names what the list holds, so two papers beside it
    (counted by ``_article_pages_among_papers``) suffice. Why: the paper read as its repository and lost its
    code pair. A tool's "[Name: short description](github…)" is shorter than a paper's full title and keeps its
    kind; so does any line under a heading of tools, data or sites."""
    return bool(entry.topic) and len(entry.title.split()) >= _REPO_LINKED_TITLE_WORDS \
        and _title_linked_to_its_repository(entry) and classify.section_hint([entry.topic[-1].text]) == "paper"


def _work_beside_its_code(entry: Entry) -> bool:
    """A repository entry whose one link the list labels as code ("[[code]]", "[Github]", "代码") and whose text
    is a work's title beside it (``classify.names_work_beside_its_code``, in any case: its siblings decide).

    So is one whose title is itself linked to the very repository a later link labels as code ("- [NIPS 2023]
    [Title of the work](github.com/o/r) summary … [[Code](github.com/o/r)]"): the list says what that repository
    is, the code of the work the title names, the title link only repeats it where its siblings link their
    articles. Every link must reach that one repository (a tool's line that also links its docs or site keeps
    its kind)."""
    if entry.kind != "repository" or not entry.links or _row_with_forge_venue(entry):
        return False
    link = entry.links[-1]
    if not (link.role == "code" and classify.label_role(link.label) == "code"):
        return False
    if len(entry.links) > 1:
        repo = ids.canonical_repo(link.url)
        if repo is None or len(entry.links) > 2 \
                or any(ids.canonical_repo(other.url) != repo for other in entry.links[:-1]):
            return False
        return classify.names_work_beside_its_code(entry.title, link, title_case=False) \
            and entry.links[0].text.strip() == entry.title.strip()
    return classify.names_work_beside_its_code(entry.title, link, title_case=False)


#: a page of a site's blog, news or documentation ("deepmind.com/blog/open-sourcing-sonnet/"): a post, not an article;
#: so is a page of the site's blog kept on a host of its own ("blog.medicai.io/en/llm-radiology/": the "blog." or
#: "news." subdomain says what the folder would)
_NOT_ARTICLE_PATH = re.compile(r"(?i)^[a-z]+://(?:(?:www\.)?(?:blogs?|news)\."
                               r"|[^/]+(?:/[^/?#]*)*?/(?:blogs?|news|posts?|features|events|docs|wiki)(?:[/?#]|$))")


def _numbered_address(url: str) -> bool:
    """Whether a page's address (its path or query, not its host nor an in-page anchor) holds a number: an
    article is filed under one ("articles/tpj201717", "full/v12/i2/16.htm", "?id=4411"), a volume, an issue, a
    year or an id. A site's page addressed by words alone ("| Image Processing with Python in Datacamp.com | … |
    https://app.datacamp.com/learn/skill-tracks/image-processing |", "…/en/health-topics/heart-failure/…",
    "techmed.sk/en/echo/views/") is a course, a topic page or a gallery of the site, not one more article however
    many papers sit beside it in a "| Title | Description | Link |" table."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:  # ("http://[broken/…": no address to read; keep the old reading)
        return True
    return any(ch.isdigit() for ch in parts.path + parts.query)


#: the folder a lab's or an author's site files its papers' pages under: ".../publications/<title slug>"
_PUBLICATION_FOLDERS = frozenset(("publications", "publication", "papers", "paper", "pubs"))


def _publication_page_spelling(url: str, title: str) -> bool:
    """Whether a page's address files it under a publications folder and spells the line's title as its last
    segment (``finale.seas.harvard.edu/publications/explainable-reinforcement-learning-reward-decomposition`` for
    "Explainable Reinforcement Learning via Reward Decomposition"): a lab's page of one paper, addressed by words
    alone as a numbered article page is by its number (``_numbered_address``). Every word of the slug (five at least,
    ``_path_slug_title``) is a word of the title; a topic or course page ("…/research/interpretable-machine-…")
    is filed under no such folder."""
    path = url.split("://", 1)[-1].split("?", 1)[0].split("#", 1)[0].rstrip("/")
    segments = path.split("/")
    if len(segments) < 3 or segments[-2].casefold() not in _PUBLICATION_FOLDERS:
        return False
    slug = _path_slug_title("https://" + segments[0] + "/" + segments[-1])
    words = set(re.findall(r"[a-z0-9']+", title.casefold()))
    return bool(slug) and all(w.casefold() in words for w in slug.split())


def _written_out(link: Link) -> bool:
    """A URL written out after the title ("Title https://…"), not a title made a link ("[Title](…)"): a notes
    file's way of giving the article it names (a named link to an unknown site is as often a blog post or a tool)."""
    return ids.written_address(link.text)


_CJK_RUN = re.compile("[\u3000-\u9fff\uac00-\ud7af\uff00-\uffef]")


def _reads_like_paper_title(title: str) -> bool:
    """``classify.reads_like_paper_title`` of the text after a reader's note in CJK script, if any ("NC期刊 A
    genome-wide positioning systems network algorithm …" → its English title); a line of CJK prose alone
    ("欢迎补充：更多论文见 https://…") names no paper here."""
    last = None
    for last in _CJK_RUN.finditer(title):
        pass
    if last is not None:
        title = title[last.end():]
    return classify.reads_like_paper_title(title)


#: a list that names this many papers without links ("- Neural temporal relation extraction.",
#: "118. 2010 i2b2/VA challenge on …") is a reading list: its link-less title lines are papers
_PLAIN_REFERENCES_MIN = 8

#: how many link-less works cited by their year or venue per linked paper keep a list a link-less reading list
_CITED_PER_LINKED_PAPER = 10


def _counts_by_topic(entries: list[Entry], counted, key=None) -> dict[tuple, int]:
    """How many of the entries under each heading path (``key``, the entry's own by default) pass ``counted``: the
    section's count a rule weighs a lone record against (a run of dated rows, the papers of a section). Linear."""
    key = key or _topic_key
    counts: dict[tuple, int] = {}
    for e in entries:
        if counted(e):
            k = key(e)
            counts[k] = counts.get(k, 0) + 1
    return counts


def _topic_key(entry: Entry) -> tuple:
    return tuple(h.text for h in entry.topic)


#: marks of a link-less item that is a field of, or a point under, another item: never a reference of its own
_NOT_REFERENCE_MARKS = frozenset({BOLD_LABEL_FIELD, UNDER_LINKED_ITEM_FIELD, OUTLINE_ITEM_FIELD, GLOSSED_BYLINE_FIELD,
                                   CLAUSE_ITEM_FIELD, CITING_ITEM_FIELD, IN_TEXT_CITING_FIELD})


#: a heading over the list's people, not its works: "👨‍💻 Contributors", "Maintainers", "Team", "📬 联系方式"; on a
#: personal page, its owner's collaborators and students ("👨🏻‍🎓 Collaborators", "Undergraduate Research Assistants",
#: "Current Students": "- Hongming Dai (National University of Singapore)" names a person and an affiliation)
_PEOPLE_HEADING = re.compile(r"(?i)^\W*(?:(?:core\s+|main\s+)?(?:contributors?|maintainers?|team(?:\s+members)?|members|"
                             r"authors?|organi[sz]ers?|contacts?|contact\s+(?:us|info(?:rmation)?)|"
                             r"collaborators?|alumni|(?:(?:current|former|past)\s+)?"
                             r"(?:(?:undergraduate|graduate|ph\.?\s?d\.?|master'?s?|visiting)\s+)?(?:research\s+)?"
                             r"(?:students?|assistants?|interns?|mentees?|advisees?)|"
                             r"autores|autoren|auteurs|contribuidores|mitwirkende|авторы|участники|контакты|"
                             # a reading guide's people to follow ("By Top Researchers", "Key researchers to follow":
                             # "- Kaiming He (Meta AI) - ResNet, Mask R-CNN, MoCo" names a person and their work)
                             r"(?:by\s+)?(?:(?:top|key|notable|leading|influential|prominent|famous|selected)\s+)?"
                             r"(?:researchers|scientists|scholars)(?:\s+to\s+follow)?|(?:people|who)\s+to\s+follow)|"
                             r"联系方式|联系我们|贡献者|作者|维护者)\W*$")


def _in_document_section(e: Entry) -> bool:
    """Under a heading about the list itself (``## Citation``, ``## License``), at any depth."""
    return any(headings.is_document_section(h.text) for h in e.topic)


@functools.lru_cache(maxsize=1024)
def _people_section(heading: str) -> bool:
    """A heading over the list's contributors or contacts: its link-less lines ("- 🧑‍🔬 **Zanting Ye**" /
    "  Southern Medical University" / "  📧 …@gmail.com") name people, never references."""
    return bool(_PEOPLE_HEADING.match(classify.strip_symbols(heading.strip())))


#: a section's link-less titles outnumbering its acronym-gloss lines this many times over make those lines titles too
_GLOSS_AMONG_TITLES_RATIO = 3


def _legend_glosses(entries: list[Entry], candidates: list[int]) -> set[int]:
    """The link-less candidates that are a legend's lines (``RBM: Restricted Boltzmann Machine``), not titles.

    Why: a legend of abbreviations is a run of such glosses ("- CNN: Convolutional Neural Networks" /
    "- RNN: Recurrent Neural Networks"); one line of that shape among a section's bare paper titles
    ("- UL2: Unifying Language Learning Paradigms" beside "- GLM-130B: An Open Bilingual Pre-trained Model",
    "- RAG: Retrieval-Augmented Generation for Knowledge-Intensive NLP Tasks") is a paper whose name its
    subtitle spells, as the titles around it are papers. A gloss stays a legend's line unless its section's
    other title-like link-less lines outnumber its glosses ``_GLOSS_AMONG_TITLES_RATIO`` times over."""
    glosses = {i for i in candidates if not entries[i].links and classify.glosses_acronym(entries[i].title)}
    if not glosses:
        return glosses
    n_gloss: dict[tuple, int] = {}
    n_title: dict[tuple, int] = {}
    for i in candidates:
        key = _topic_key(entries[i])
        if i in glosses:
            n_gloss[key] = n_gloss.get(key, 0) + 1
        elif classify.reads_like_paper_title(entries[i].title):
            n_title[key] = n_title.get(key, 0) + 1
    return {i for i in glosses
            if n_title.get(key := _topic_key(entries[i]), 0) < _GLOSS_AMONG_TITLES_RATIO * n_gloss[key]}


#: the fewest linked papers a section needs for one or two link-less titles among them to be papers too
_LINKED_PAPERS_AROUND_BARE_TITLES = 3


def _among_linked_papers(counts: list[int] | None, n_plain: int) -> bool:
    """``### Other papers of interest`` / ``- [Deep Survival Analysis](arxiv…)`` / ``- Multi-layer Representation
    Learning for Medical Concepts`` / ``- [Rubik: …](dl.acm…)``: one or two title-case lines left without a link
    among three or more linked papers under a heading that says papers are papers whose link the list has yet to
    add, not a topic. Why: three link-less titles were needed to count as references, so a reading list's one
    or two unlinked works were lost. The section's linked entries must be (nearly) all papers, and outnumber
    its bare lines. ``counts``: the section's linked entries, linked papers (``_plain_reference_lists``)."""
    if counts is None:
        return False
    n_linked, n_paper = counts[0], counts[1]
    return n_paper >= _LINKED_PAPERS_AROUND_BARE_TITLES and 4 * n_paper >= 3 * n_linked and n_plain <= n_paper


#: how many linked papers, and nothing else linked, a section whose heading names no papers needs for a few link-less
#: titles among them to be papers too
_ONLY_LINKED_PAPERS_AROUND_BARE_TITLES = 4


def _among_only_linked_papers(counts: list[int] | None, n_plain: int) -> bool:
    """``## Unified Architecture for Vision`` / ``1. Uni-Perceiver: Pre-training Unified Architecture for …`` /
    ``2. Uni-Perceiver v2: A Generalist Model …`` / ``3. SegGPT: Segmenting Everything In Context. [[paper]](arxiv…)
    [[code]](…)`` / …: a section whose every linked entry is a paper, at least
    ``_ONLY_LINKED_PAPERS_AROUND_BARE_TITLES`` of them and twice as many as its link-less lines, lists papers
    whatever its heading says (a field's name, not "Papers"); a title-case line there without a link is one more
    work whose link the list has yet to add. Why: ``_among_linked_papers`` wanted a heading that says papers, so a
    paper list filed by research area lost the works it names without a link. (Any linked entry that is no paper,
    a tool's repository, a project page, keeps the section's bare lines what they were; so does a gloss after the
    bare name, "**Branched input U-Net (BrUNet)** - a U-Net model that …": a list of implemented methods names its
    own there, with no paper behind it: the caller takes a title alone.)"""
    if counts is None:
        return False
    n_linked, n_paper = counts[0], counts[1]
    return n_paper >= _ONLY_LINKED_PAPERS_AROUND_BARE_TITLES and n_paper == n_linked and n_paper >= 2 * n_plain


#: the fewest linked papers, and nothing else linked, that let a paper heading's bare titles be set in sentence case
_LINKED_PAPERS_BESIDE_SENTENCE_CASE = 2


def _sentence_case_among_linked_papers(e: Entry, counts: list[int] | None, page_title: str | None) -> bool:
    """``# COVID19 TIMESERIES PAPER`` / ``* STAN: Spatio-Temporal Attention Network for …`` / ``  * https://arxiv…``
    / ``* The role of Fintech in predicting the spread of COVID-19`` / ``* Who should we test for COVID-19? A triage
    model …``: under a heading that says papers, whose linked entries are all papers
    (``_LINKED_PAPERS_BESIDE_SENTENCE_CASE`` or more), the link-less lines that read like titles are more of those
    papers even in sentence case, as most titles are written; the title case the few-bare-lines reading otherwise
    wants tells a title from a rule ("Papers must be …") where nothing else in the section shows what its lines
    are. Why: a short reading log whose first works carry their link in a sub-bullet and whose later ones have none
    yet lost every sentence-case title. (A section of tools or notes, or one with any linked entry that is no
    paper, keeps wanting title case; a list of eight bare lines or more is read by ``_plain_reference_lists``'s
    other branch.) The heading may be the page's title (``page_title``) when no heading of its own is over the
    section: "# COVID19 TIMESERIES PAPER" as the page's only H1 speaks for the items right under it. Only the
    heading right over the lines counts, not a parent's: "## Organ Segmentation Reading List" / "### Year 2024" /
    "* [Note] **Important**, read the challenge rules …" files its works by year, and a remark there is no work.
    ``counts``: the section's linked entries, linked papers (``_plain_reference_lists``)."""
    headings_over = [e.topic[-1].text] if e.topic else [page_title] if page_title else []
    if counts is None or not headings_over or classify.section_hint(headings_over) != "paper":
        return False
    n_linked, n_paper = counts[0], counts[1]
    return n_paper >= _LINKED_PAPERS_BESIDE_SENTENCE_CASE and n_paper == n_linked


def _bare_item_among_linked_items(entries: list[Entry], i: int, bare: set[int]) -> bool:
    """``- [Deep Survival Analysis](arxiv…)`` / ``- Multi-layer Representation Learning for Medical Concepts`` /
    ``- [Deep Survival: …](arxiv…)``: a link-less line whose nearest entries of its section on either side (past
    other bare lines) are linked papers written on one line each is one more item of their list. Not the bullets
    under a record of several lines ("**PepTrans: …**" / "[Haddad, … 2021.](…)" / "- Peptide embeddings for
    Downstream Tasks"): those are that record's notes. Nor a line whose note says its link is still to come ("…
    (link coming soon)"), which ``_plain_reference_lists`` reads with its note taken off."""
    e = entries[i]
    if blocks.pending_link_title(e.title) is not None or blocks.unlinked_link_title(e.text) is not None:
        return False
    neighbours = _nearest_in_section(entries, i, bare)
    return bool(neighbours) and all(n.kind == "paper" and n.links and n.line == n.end_line for n in neighbours)


def _nearest_in_section(entries: list[Entry], i: int, bare: set[int]) -> list[Entry]:
    """The entries of ``entries[i]``'s section nearest it on either side, past the link-less lines in ``bare``."""
    key = _topic_key(entries[i])
    neighbours = []
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(entries) and j in bare and _topic_key(entries[j]) == key:
            j += step
        if 0 <= j < len(entries) and _topic_key(entries[j]) == key:
            neighbours.append(entries[j])
    return neighbours


#: the separators a generated card's trail of venue and tags opens on and is parted by ("· arXiv · VLM · Training-free")
_TRAIL_SEPARATORS = ("·", "•", "|")


def _trail_as_its_neighbours(entries: list[Entry], i: int, bare: set[int]) -> bool:
    """``- **📋 Title** · Unlabeled · VLM · Training-free`` between ``- **📋 [Title](…)** · arXiv · LLM · Training-free``
    cards: a link-less line whose description is a trail opened by a separator (a middle dot, a bullet, a bar) and
    parted by it into as many fields as the trails of its nearest linked neighbours, opened the same way, is one more
    card of theirs (a generator that found no link writes "Unlabeled" where the venue goes), not a name and its gloss
    ("**BrUNet** - a U-Net model that …"). Why: ``_among_only_linked_papers`` reads a bare title among linked papers
    only when nothing follows it, and the trail kept the card a note."""
    trail = entries[i].description.strip()
    if trail[:1] not in _TRAIL_SEPARATORS:
        return False
    sep = trail[0]
    neighbours = _nearest_in_section(entries, i, bare)
    return bool(neighbours) and all(n.links and n.description.strip()[:1] == sep
                                    and n.description.count(sep) == trail.count(sep) for n in neighbours)


@functools.lru_cache(maxsize=4096)
def _heading_work_title(text: str) -> str:
    """The title a heading record takes from its heading's text: ``1. Title ⭐⭐⭐⭐⭐`` → ``Title``; ``STRT Chen2018 -
    Title`` → ``Title`` (an org-mode reading note's status and citation key, ``headings.org_work_title``)."""
    return headings.strip_section_number(inline.clean_title(headings.org_work_title(text) or text)).strip()


def _own_reference_heading_titles(entry: Entry) -> tuple[str, ...]:
    """The heading of a section record that its own reference titles (``OWN_REFERENCE_FIELD``: "### 7. RoFormer:
    Rotary Position Embeddings" over "**Citation**: … "RoFormer: Enhanced transformer ….""), as written and as a
    heading record's title would read it; () for any other entry."""
    if not entry.text.startswith("#") or not any(label == OWN_REFERENCE_FIELD for label, _ in entry.fields):
        return ()
    heading = entry.text.split("\n", 1)[0].lstrip("#").strip()
    return (heading, *_heading_title_and_heads(_heading_work_title(heading))) if heading else ()


def _under_paper_heading(entry: Entry, paper_headings: set[tuple]) -> bool:
    """``### 1. Synthetic Speech: A Supplement ⭐⭐⭐⭐⭐`` (a heading record) / ``#### 关键洞察`` / ``- 模型会学习到…``: a
    line in a sub-section of a heading that is itself a paper's record is a note on that paper, as a line right
    under the heading is. Why: reading notes split each paper's section into "key findings", "method", "takeaways"
    sub-headings; their link-less points are the reader's, however title-like, not references (``paper_headings``:
    each paper record's topic and title)."""
    key = _topic_key(entry)
    return any(key[:k] + (title,) in paper_headings
               for k in range(len(key)) for title in _heading_title_and_heads(_heading_work_title(key[k])))


#: the most comma fields a heading's tail may hold after the work's title ("…, Medical Image Analysis, 2019, Paper")
_HEADING_TAIL_FIELDS = 3


@functools.lru_cache(maxsize=1024)
def _heading_title_and_heads(title: str) -> tuple[str, ...]:
    """A heading's work title, then its heads before each of its last ``_HEADING_TAIL_FIELDS`` ", " (a head of three
    words or more): ``(***) Title of the work, MICCAI 2018, Paper`` → ``… Title of the work, MICCAI 2018``, ``… Title
    of the work``. Why: the heading record takes its title without the venue, year and link label its heading writes
    after commas (``[Paper](arxiv…)`` is the word "Paper" in the heading's text), so the heading's whole text names no
    record; one of its heads does. Bounded: a few cuts from the end, remembered per heading (every line under the
    heading asks again)."""
    heads = [title]
    at = len(title)
    for _ in range(_HEADING_TAIL_FIELDS):
        at = title.rfind(", ", 0, at)
        if at <= 0:
            break
        head = title[:at].rstrip()
        if len(head.split()) >= 3:
            heads.append(head)
    return tuple(heads)


#: the fewest cited records (a "Title" field with its authors) a section needs for its link-less titled records to be
#: papers too
_CITED_RECORDS_AROUND_UNLINKED = 2


def _titled_record(entry: Entry) -> bool:
    """A record titled by its own ``Title:`` field under a heading (``#### Meeting 24-03-13`` / ``- Title: …`` /
    ``- Presenter: …``)."""
    return any(label == TITLE_HEADING_FIELD for label, _ in entry.fields) \
        and any(blocks._TITLE_FIELD.match(label) for label, _ in entry.fields)


def _bracketed_year_lead(description: str) -> int | None:
    """The year of ``(2015)`` opening a link-less entry's description, or None. Why: "* Title of the work (2015)"
    parts its bracketed year off the title into the description (a loose item's note paragraph follows it there);
    the year is the work's, as a linked title's "(2015)" is (``_paren_year``). Constant time: the first six
    characters only."""
    s = description.lstrip()
    if len(s) >= 6 and s[0] in "(（" and s[5] in ")）" and _YEAR.fullmatch(s[1:5]):
        return int(s[1:5])
    return None


def _dated_long_title(entry: Entry) -> bool:
    """``* Capturing non-local interactions by … for improving prediction of protein secondary structure, backbone
    angles, contact numbers, and solvent accessibility (2017)``: a link-less line of eight words or more, Latin
    script, closed by its bracketed year (``_bracketed_year_lead``) reads as a dated title, whatever commas its
    noun series of two-word items keeps (``classify.reads_like_paper_title`` counts those as clauses)."""
    words = entry.title.split()
    return not entry.links and entry.year is not None and len(words) >= 8 and entry.title[:1].isalnum() \
        and entry.title.isascii() and not entry.title.rstrip().endswith((".", ":")) \
        and _bracketed_year_lead(entry.description) == entry.year


def _unlinked_records_among_cited_records(entries: list[Entry]) -> list[Entry]:
    """``#### Meeting 24-03-13`` / ``- Title: Transcriptomic profiling of lung adenocarcinoma …`` / ``- Presenter: Wei
    Zhao``: a journal club's schedule writes each session as a record of fields; the sessions whose record gives the
    work's authors and link are papers, and a session of the same schedule that gives only its title and presenter
    names one more work presented, its link yet to be added. Why: with neither link nor authors, the record was
    typed "other" beside its cited siblings. Only when the same section holds at least
    ``_CITED_RECORDS_AROUND_UNLINKED`` titled records that are papers by their bibliographic fields, and they are at
    least as many as the link-less ones: a seminar series whose records are all talks ("Title:" / "Speaker:")
    has no cited record and stays as it is."""
    def cited(e: Entry) -> bool:
        return _titled_record(e) and e.kind == "paper" and any(label == BIB_RECORD_FIELD for label, _ in e.fields)

    def unlinked(e: Entry) -> bool:
        return _titled_record(e) and e.kind == "other" and not e.links and classify.reads_like_paper_title(e.title)

    return _papers_among_cited_siblings(entries, cited, unlinked, _CITED_RECORDS_AROUND_UNLINKED)


def _papers_among_cited_siblings(entries: list[Entry], cited: Callable[[Entry], bool],
                                 unlinked: Callable[[Entry], bool], minimum: int) -> list[Entry]:
    """The link-less records of a form (``unlinked``: typed "other") that read as a paper's title become papers in a
    section holding at least ``minimum`` cited records of the same form (``cited``), no fewer than the link-less
    ones: the list cites its works so, and a few links are yet to be added. A section of such records none of which
    is cited (a seminar's talks, a list of dated releases) stays as it is. Linear: one count per section, one look
    per entry."""
    n_cited: dict[tuple, int] = {}
    n_bare: dict[tuple, int] = {}
    for e in entries:
        if cited(e):
            n_cited[_topic_key(e)] = n_cited.get(_topic_key(e), 0) + 1
        elif unlinked(e):
            n_bare[_topic_key(e)] = n_bare.get(_topic_key(e), 0) + 1
    if not n_bare:
        return entries
    out = list(entries)
    for i, e in enumerate(entries):
        key = _topic_key(e)
        if key in n_bare and unlinked(e) and n_cited.get(key, 0) >= max(minimum, n_bare[key]) \
                and classify.reads_like_paper_title(e.title):
            out[i] = replace(e, kind="paper")
    return out


#: how many dated pipe rows one section needs before they read as a dated reading list
_DATED_ROWS_IN_RUN = 2


def _dated_row(entry: Entry) -> bool:
    return not entry.links and entry.year is not None and any(label == DATED_ROW_FIELD for label, _ in entry.fields)


def _dated_rows_in_runs(entries: list[Entry]) -> list[Entry]:
    """``* 2019 | Multi-information source optimization | MF-KG misoKG`` among rows of the same form: a link-less
    reading list that dates each title by its year cell (``inline.year_led_pipe_record``) cites works by year and
    title, however short the title (a section headed "Tutorials" lists tutorial papers so). Why: with no link, a
    short title under a heading that does not say "papers" was typed "other". Only a run of at least
    ``_DATED_ROWS_IN_RUN`` such rows in one section: a lone dated row may be a timeline's event. Linear."""
    runs = _counts_by_topic(entries, _dated_row)
    if not runs:
        return entries
    return [replace(e, kind="paper") if e.kind == "other" and _dated_row(e)
            and runs[_topic_key(e)] >= _DATED_ROWS_IN_RUN else e for e in entries]


#: a bare year opening a title, then a space and the title's first word: "2020 CF Distance: A New …"
_YEAR_LED_TITLE = re.compile(r"((?:19|20)\d\d) (?=[^\W\d_])")
#: how many papers of one section must open their titles so before the year is read as the list's date tag
_YEAR_LED_TITLES_IN_RUN = 3


def _year_led_titles_in_runs(entries: list[Entry]) -> list[Entry]:
    """``- 2020 CF Distance: A New Domain Discrepancy Metric … [[paper]](…) [[pytorch]](…)`` / ``- 2021 Disentangle
    domain features … [[paper]](…)``: a reading list that dates each paper by a bare year before its title writes
    the year as a tag, no word of the title; it is the work's year. Why: with no bracket or dash to set it apart,
    the year was read into every title ("2020 CF Distance: …"), and the work could not be found by its name.
    Only among at least ``_YEAR_LED_TITLES_IN_RUN`` papers of one section so written, and the rest must still be a
    title of two words or more: a lone title that opens with a year ("2019 Novel Coronavirus Outbreak …") keeps it.
    A section's sub-sections count as one run with it (``- Scar quantification`` / ``- 2020 joint segmentation …``,
    ``- LA cavity segmentation`` / ``- 2018 Multi-Task Learning …``: an outline's labels, or sub-headings, part one
    dated list into groups of one or two papers each; the section is what is written so). Linear."""
    runs = _counts_by_topic(entries, _year_led_paper)
    # each section's run of its sub-sections' papers, under the section's own heading path
    nested = _counts_by_topic([e for e in entries if len(e.topic) >= 2], _year_led_paper, key=_parent_topic_key)
    if max([*runs.values(), *nested.values()], default=0) < _YEAR_LED_TITLES_IN_RUN:
        return entries
    out = []
    for e in entries:
        m = _YEAR_LED_TITLE.match(e.title) if e.kind == "paper" else None
        rest = e.title[m.end():].strip() if m else ""
        run = max(runs.get(_topic_key(e), 0), nested.get(_parent_topic_key(e), 0) if len(e.topic) >= 2 else 0)
        if m is None or run < _YEAR_LED_TITLES_IN_RUN or len(rest.split()) < 2 \
                or e.year is not None and e.year != int(m.group(1)):
            out.append(e)
            continue
        out.append(replace(e, title=rest, year=int(m.group(1))))
    return out


#: how many papers (on their own evidence) a section needs before its titles linked to drive files read as papers
_PAPERS_AROUND_SHARED_FILES = 2


def _year_led_paper(entry: Entry) -> bool:
    return entry.kind == "paper" and _YEAR_LED_TITLE.match(entry.title) is not None


def _parent_topic_key(entry: Entry) -> tuple:
    return _topic_key(entry)[:-1]


def _shared_file_title(entry: Entry) -> bool:
    """A title of three words or more written as the whole text of its one link, a file shared from a drive
    (``[Fair Predictors under Distribution Shift](drive.google.com/file/d/…/view)``), nothing else on the line
    but a note: typed a data set by its host (``classify.is_shared_file``). So is a table row titled by its Title
    column, a paper's title, whose one link, in a column of its own, is such a file (``No | Date | Moderator |
    Title | Link`` / ``33 | … | GRAM: Graph Regularizable Assessment Metric | https://drive.google.com/file/d/…``)."""
    if entry.kind != "dataset" or len(entry.links) != 1:
        return False
    link = entry.links[0]
    if not classify.is_shared_file(link.url) or len(entry.title.split()) < 3:
        return False
    if entry.fields:
        return any(label == TITLE_COLUMN_FIELD for label, _ in entry.fields) \
            and classify.reads_like_paper_title(entry.title)
    return inline.clean_title(link.text).casefold() == entry.title.casefold()


def _shared_files_among_papers(entries: list[Entry]) -> list[Entry]:
    """``## Bias`` / ``[Transfer of Machine Learning Fairness across Domains](…/57_aisg_neurips2019.pdf)`` /
    ``[Fair Predictors under Distribution Shift](drive.google.com/file/d/…/view)``: a reading list that links some
    papers to their PDFs on a venue's site and shares the others' PDFs from a drive names papers in both. Why: a
    drive file was typed a data set by its host, and the title alone (no venue, no year) gave the line no
    citation to vouch for it (``classify._cited_shared_file``). Only a section whose every linked entry is either
    a paper or such a title linked alone to a drive file (``_shared_file_title``), with at least
    ``_PAPERS_AROUND_SHARED_FILES`` papers: a section that also lists data sets, tools or sites keeps its drive
    files as data. Linear."""
    candidates = {i for i, e in enumerate(entries) if _shared_file_title(e)}
    if not candidates:
        return entries  # the usual case: no title linked to a drive file
    counts: dict[tuple, list[int]] = {}  # per section: papers, other linked entries
    for i, e in enumerate(entries):
        if not e.links:
            continue
        c = counts.setdefault(_topic_key(e), [0, 0])
        if e.kind == "paper":
            c[0] += 1
        elif i not in candidates:
            c[1] += 1
    out = list(entries)
    for i in sorted(candidates):
        papers, others = counts[_topic_key(entries[i])]
        if papers >= _PAPERS_AROUND_SHARED_FILES and others == 0:
            out[i] = replace(entries[i], kind="paper")
    return out


#: how many linked papers, and nothing else linked, a section needs before its one link-less title reads as a paper
_LINKED_PAPERS_AROUND_LONE_TITLE = 4


def _lone_unlinked_title_among_linked_papers(entries: list[Entry]) -> list[Entry]:
    """``- **ProteinBERT: a universal deep-learning model of protein sequence and function**`` between cards that
    each give a paper's title, venue and ``[[paper](…)]``: a survey's section whose every linked entry is a paper
    and that writes one work's title alone, its link not (yet) added, names one more paper. Why: with no link and
    no venue the line was typed "other", and ``_plain_reference_lists`` wants many link-less lines before it
    reads them as references (a few are a list's news or legend). Only a single link-less line in the section,
    a title alone (no description), reading like a paper's title, among at least
    ``_LINKED_PAPERS_AROUND_LONE_TITLE`` linked entries that are all papers."""
    linked: dict[tuple, list[int]] = {}
    bare: dict[tuple, list[int]] = {}
    for i, e in enumerate(entries):
        key = _topic_key(e)
        if e.links:
            counts = linked.setdefault(key, [0, 0])
            counts[0] += 1
            counts[1] += e.kind == "paper"
        elif e.kind == "other":
            bare.setdefault(key, []).append(i)
    out = list(entries)
    for key, where in bare.items():
        papers = linked.get(key, [0, 0])
        if len(where) != 1 or papers[1] < _LINKED_PAPERS_AROUND_LONE_TITLE or papers[1] != papers[0]:
            continue
        e = entries[where[0]]
        if not e.description.strip() and not e.fields and _bold_title_alone(e) \
                and classify.reads_like_paper_title(e.title):
            out[where[0]] = replace(e, kind="paper")
    return out


#: how many linked papers of a section written as dated bold titles (``DATED_BOLD_TITLE_FIELD``) make its link-less
#: how many papers with links one section needs before a titled line linked only to its venue's home page among them
#: is read as one more paper
_VENUE_HOME_SIBLINGS = 3


def _venue_home_titles_among_papers(entries: list[Entry]) -> list[Entry]:
    """``*   Self-supervised learning in drug discovery (**IF = 7.3, …**)`` / ``    Yangyang Chen, …`` / ``    [Sci.
    China Inf. Sci. (2025)](https://link.springer.com/journal/11432)`` among lines of the same publication list that
    link their paper's DOI or arXiv page: a work whose only link is labelled by its venue and year but opens the
    venue's home page (``classify.venue_home_link``: the article's address yet to be added; any further link of the
    line no work's page either, "| [code](2025.ijcai.org/)" a placeholder) is still that list's paper, with no
    identifier. Why: its one link being no work's page, the line was typed a website. Only in a
    section holding at least ``_VENUE_HOME_SIBLINGS`` linked papers, no fewer than such lines, each titled like a
    paper apart from its link's label (a list of conferences' sites, "[MICCAI 2025](…)" alone, has no title)."""
    return _papers_among_cited_siblings(entries, lambda e: e.kind == "paper" and bool(e.links),
                                        lambda e: e.kind == "website" and _venue_home_only(e.links, e.title),
                                        _VENUE_HOME_SIBLINGS)


def _venue_home_only(links: tuple[Link, ...], title: str) -> bool:
    """A titled line whose first link is its venue's home page (``classify.venue_home_link``) and whose other links
    are no work's page either (``_venue_home_titles_among_papers``; its byline is kept for it)."""
    return bool(links) and classify.venue_home_link(links[0]) and inline.clean_title(links[0].label) != title \
        and all(link.role == "other" and not any(ids.ids_from_url(link.url)) for link in links[1:])


#: ones of the same form papers too
_DATED_BOLD_SIBLINGS = 2


def _dated_bold_titles_among_linked_papers(entries: list[Entry]) -> list[Entry]:
    """``4. **High-Quality English-Korean Medical Corpus for LLMs** - 2025`` / ``   - Bilingual corpus from four
    hospitals`` between ``1. **Korean Bio-Medical Corpus (KBMC) for Medical NER** - LREC-COLING 2024`` / ``   -
    [arXiv:2403.16158](…)``: a reading list that writes each work as a bold title dated after a dash, its link (if
    any) on the sub-bullet under it, cites one more work where the link is missing. Why: with no link the record
    was typed "other" beside its linked siblings. Only in a section holding at least ``_DATED_BOLD_SIBLINGS`` linked
    papers of that form, and no fewer than the link-less ones, each reading like a paper's title (a list of dated
    events or releases has no linked paper of the form). Linear: one count per section, one look per entry."""
    def dated(e: Entry) -> bool:
        return (DATED_BOLD_TITLE_FIELD, "") in e.fields

    return _papers_among_cited_siblings(entries, lambda e: dated(e) and bool(e.links) and e.kind == "paper",
                                        lambda e: dated(e) and not e.links and e.kind == "other", _DATED_BOLD_SIBLINGS)


#: a title's closing comma slot of venue and year: ", ICLR 2024", ", NeurIPS Workshop 2023", ", OpenReview 2024"
#: (one to four words, each starting with a letter; single spaces between them: no run is read two ways)
_COMMA_VENUE_YEAR_TAIL = re.compile(r",\s*(?P<venue>[A-Za-z][\w&.'-]*(?: [A-Za-z][\w&.'-]*){0,3})\s+"
                                    r"(?P<year>(?:19|20)\d{2})\.?\s*$")
#: how many linked papers of a section must write their venue and year in that comma slot before its link-less
#: titles closed the same way read as papers too
_COMMA_SLOT_SIBLINGS = 3


def _comma_slot_writer(entry: Entry) -> bool:
    """``- Title, ICLR 2023, [[Paper](arxiv…)], [[Codes](github…)]``: a linked paper whose venue and year follow its
    title after a comma, before its links (its description opens ", ICLR 2023")."""
    if entry.kind != "paper" or not entry.links or not entry.venue or entry.year is None:
        return False
    return entry.description.lstrip().startswith(f", {entry.venue} {entry.year}")


def _bracket_only_title(text: str) -> str | None:
    """``[Robust Question Answering against Distribution Shifts]`` → the words inside: a title wrapped whole in one
    pair of square brackets that hold no other bracket (a link's text whose address was never written); else None."""
    if len(text) < 3 or text[0] != "[" or text[-1] != "]":
        return None
    inner = text[1:-1].strip()
    return inner if inner and "[" not in inner and "]" not in inner else None


def _comma_venue_titles_among_linked_papers(entries: list[Entry]) -> list[Entry]:
    """``- Title, ICLR 2023, [[Paper](arxiv…)]`` ×3 / ``- A Flexible Generative Model for …, ICLR 2024``: a survey's
    section whose linked papers each give the title, a comma, the venue and year, then the links, and that writes
    one more work the same way with no link yet, names one more paper. Why: with no link the line was typed "other"
    and its venue and year stayed glued to its title, so the title-like and venue tests of
    ``_plain_reference_lists`` never saw it (its heading, "Single Table Synthesis", does not say papers). Only in
    a section where at least ``_COMMA_SLOT_SIBLINGS`` linked papers write that slot, and they are most of its linked
    entries; the link-less line must close on the same slot and read like a paper's title once it is taken off
    ("Deep Learning Tutorial ICML, Atlanta 2013" names an event: its slot is a place, and no sibling writes so).
    A link-less title still wrapped whole in its link's brackets (``- [Title], EMNLP 2023.``) is counted against
    the writers of the whole document, not of its section: the brackets copy its siblings' ``[Title](url), Venue
    Year`` and a section of one or two works has too few writers of its own."""
    writers: dict[tuple, list[int]] = {}
    in_document = [0, 0]
    for e in entries:
        if e.links:
            slot = _comma_slot_writer(e)
            for counts in (writers.setdefault(_topic_key(e), [0, 0]), in_document):
                counts[0] += 1
                counts[1] += slot
    out = list(entries)
    for i, e in enumerate(entries):
        # (a bare title an earlier pass already took for a paper keeps the slot glued on: it is cut off the same way)
        if e.kind not in ("other", "paper") or e.kind == "paper" and (e.venue or e.year is not None) \
                or e.links or e.description.strip() or e.fields or e.identifiers.any():
            continue
        tail = _COMMA_VENUE_YEAR_TAIL.search(e.title)
        if tail is None:
            continue
        title = e.title[:tail.start()].strip()
        # ``- [Robust Question Answering …: An Empirical Study], EMNLP 2023.`` among ``- [Title](url), Venue Year.``:
        # the link's brackets written, its address not (yet): the bracket holds the title, and the slot the
        # document's linked papers write (a section of one or two works has too few writers of its own to count)
        bracketed = _bracket_only_title(title)
        n_linked, n_slot = in_document if bracketed else writers.get(_topic_key(e), (0, 0))
        if n_slot < _COMMA_SLOT_SIBLINGS or 2 * n_slot <= n_linked:
            continue
        title = bracketed or title
        if len(title.split()) >= 4 and classify.reads_like_paper_title(title):
            out[i] = replace(e, kind="paper", title=title, venue=tail.group("venue"), year=int(tail.group("year")))
    return out


#: the fewest key-and-gloss lines in a row under a references heading that make them the document's bibliography
_KEY_GLOSS_RUN_MIN = 3


def _key_gloss_line(entry: Entry) -> tuple[str, tuple[str, ...], int, str | None] | None:
    """The short reference a link-less line writes as an author-year key, a dash and a gloss under a heading that
    says references (``_keyed_gloss_bibliographies``), or None. A line typed "other" (the key read as a note), or a
    paper still titled by its key (``… — Self-supervised OCT pretraining (MICCAI 2020)``: the venue and year in
    brackets made it a reference, the key and dash stayed in its title)."""
    if entry.kind not in ("other", "paper") or entry.links or entry.fields or entry.identifiers.any() \
            or not entry.topic:
        return None
    read = citation.author_year_gloss_reference(" ".join(filter(None, (entry.title, entry.description))))
    if read is None or headings.is_references_section(entry.topic[-1].text):
        return read
    return _titled_key_gloss(read, classify.names_papers_outright(entry.topic[-1].text))


#: the fewest words of a gloss that is the work's own title (under a heading that does not say references)
_KEY_TITLE_MIN_WORDS = 5
#: a gloss in the reader's own voice: "Our baseline choice …", "We reuse …", "This is the loss we adopted …"
_READER_VOICE = re.compile(r"(?i)(?:our|we|us|my|i|this|that|these|see|used|using)\b")


def _titled_key_gloss(read: tuple[str, tuple[str, ...], int, str | None], papers_heading: bool = False
                      ) -> tuple[str, tuple[str, ...], int, str | None] | None:
    """``- Azizi et al., 2021 — Big Self-Supervised Models for Medical Imaging.`` under ``## Core Papers``: a key's
    gloss that is a work's whole title (``_KEY_TITLE_MIN_WORDS`` words or more, read as a title by
    ``classify.reads_like_paper_title``, set in title case — or in sentence case under a heading that calls its
    lines papers, ``classify.names_papers_outright``, and not in the reader's voice, ``_READER_VOICE``) cites that
    work; its closing full stop is the line's,
    not the title's, and a closing bracket with no year is the title's own nickname ("… Representations (SimCLR)"), no
    venue ("(MICCAI 2020)" stays the venue).
    Why: a paper list that names its works by key and full title, no link, lost every one of them, the heading
    saying papers and not references. A reader's note ("Our baseline choice") or a log line in lower case ("slides
    for the group meeting …") reads as no title, and stays a note. None when the gloss is no such title."""
    gloss, authors, year, venue = read
    if venue is not None and not any(ch.isdigit() for ch in venue):
        gloss, venue = f"{gloss} ({venue})", None
    title = gloss
    title = title[:-1].rstrip() if title.endswith(".") and not title.endswith("..") else title
    if len(title.split()) < _KEY_TITLE_MIN_WORDS or not classify.reads_like_paper_title(title) \
            or not (classify.title_cased(title) or papers_heading and _READER_VOICE.match(title) is None):
        return None
    return title, authors, year, venue


def _keyed_gloss_bibliographies(entries: list[Entry]) -> list[Entry]:
    """``## Références`` / ``### Publications Citées`` / ``1. Gautam et al., 2023 — YOLOv5 for LBC Pap (Elsevier)``
    / ``2. Tareef et al., 2022 — Faster R-CNN cervical detection`` / …: a run of at least ``_KEY_GLOSS_RUN_MIN``
    link-less lines under a heading that calls its section the references (``headings.is_references_section``, the
    deepest heading), each a first author's key, its year, a dash and a gloss naming the work's method (perhaps its
    venue in brackets), is the document's bibliography: each line is a paper titled by its gloss, with its author,
    year and venue (``citation.author_year_gloss_reference``). Why: the same shape is a reader's note on a work
    listed above ("1. **Kenlay et al. 2024 (IgT5)** - Our antibody model choice" under "## Most Influential
    Papers"), so ``citation.author_year_key_note`` reads it as no reference and a comparison report's whole
    bibliography was lost; the heading and the run tell the two apart. One pass, each line read once."""
    read = [_key_gloss_line(e) for e in entries]
    out = list(entries)
    start = 0
    while start < len(entries):
        if read[start] is None:
            start += 1
            continue
        end = start + 1
        while end < len(entries) and read[end] is not None and entries[end].topic == entries[start].topic:
            end += 1
        if end - start >= _KEY_GLOSS_RUN_MIN:
            for i in range(start, end):
                title, authors, year, venue = read[i]
                out[i] = replace(entries[i], kind="paper", title=title, authors=authors, year=year,
                                 venue=venue or entries[i].venue, description="")
        start = end
    return out


#: a short name, then one remark in brackets closing the cell: "H-Optimus-0 (1.13B params, frozen)", "Cellules
#: isolées (SIPaKMeD, Herlev)", "Difficile (pas dans SIPaKMeD)" (bounded parts: no backtracking run)
_NAME_THEN_REMARK = re.compile(r"(?P<name>[^()（）\n]{1,40}?)\s*[(（][^()（）\n]{1,80}[)）]")
#: the most words of such a name: more, and the words before the bracket are a title of their own
_REMARKED_NAME_MAX_WORDS = 3


def _name_with_remark_row(entry: Entry) -> bool:
    """``| **Backbone** | H-Optimus-0 (1.13B params, frozen) |``, ``| **Cellules isolées** (SIPaKMeD, Herlev) | Fond
    blanc … | 93-97% |``, ``| ASCUS | 38.5% | 78 | Difficile (pas dans SIPaKMeD) |``: a link-less table row titled
    by a short name (``_REMARKED_NAME_MAX_WORDS`` words or fewer, no paper's title alone) and a remark in brackets
    (what it holds, its settings, why) is a data or configuration table's row, a value and its note. Why: the words
    in the bracket made a two-word value long enough to read as a paper's title, and a report's configuration and
    per-class results tables made papers. Table rows only, and only where the name alone reads as no title."""
    if not any(label == TITLE_COLUMN_FIELD for label, _ in entry.fields):
        return False
    m = _NAME_THEN_REMARK.fullmatch(entry.title.strip())
    if m is None:
        return False
    name = m["name"].strip()
    return len(name.split()) <= _REMARKED_NAME_MAX_WORDS and not classify.reads_like_paper_title(name)


def _bold_title_alone(entry: Entry) -> bool:
    """``- **ProteinBERT: a universal deep-learning model …**``: the item is one line, its list marker and its title
    set in bold, nothing else. Why: a card list sets each work's title in bold; a plain line among them ("GANs for
    medical image processing, each re-implemented here.", "2025.11: Our work … accepted!") is the list's legend or
    news, and a title over an empty sub-point is a placeholder the curator left."""
    text = entry.text.strip()
    marker = text.find("**")
    return entry.end_line == entry.line and marker >= 0 and text.endswith("**") \
        and all(c.isdigit() or c in "-*+.) " for c in text[:marker]) \
        and text[marker + 2 : -2].split() == entry.title.split()  # (a no-break space the title keeps as a space)


#: a group's head that is a year and nothing else ("2016", "2016:", "2016年"): a reading log's papers by year
_BARE_YEAR_GROUP = re.compile(r"(?:19|20)\d\d\s*(?:年)?\s*[:：]?")


def _under_year_group(entry: Entry) -> bool:
    """The entry's nearest heading or parent bullet is a bare year ("- 2016:" over "  - **LayerNorm**: Layer
    Normalization [[note](…)]"). Why: a reading log filed by year dates each line under the year, as a year on the
    line itself would; a short title (two or three words, below ``reads_like_paper_title``) linked only to the
    reader's note is then a cited work, not a website."""
    return bool(entry.topic) and _BARE_YEAR_GROUP.fullmatch(entry.topic[-1].text.strip()) is not None


#: how many link-less lines of a data section, read as papers by their own venue or year, make it a section that
#: cites the papers describing its data: its bare titles are references too (one could be a data set's own record)
_CITED_DATA_SECTION_MIN = 2


def _without_closing_remark(title: str) -> str:
    """``NPJ Digital Medicine (Paper 5)`` → ``NPJ Digital Medicine``: a title without the bracketed remark closing it
    (one pair of brackets, the last); a title without one is returned as it is."""
    t = title.strip()
    if t.endswith(")") and "(" in t:
        head = t[:t.rfind("(")].strip()
        if head:
            return head
    return t


def _filed_name(e: Entry) -> bool:
    """A link-less paper written as a saved paper's file name, ``Venue_Title`` (``blocks.underscored_venue_title``)."""
    return e.kind == "paper" and not e.links and blocks.underscored_venue_title(e.text.strip()) is not None


def _unfiled_titles_among_file_names(entries: list[Entry]) -> list[Entry]:
    """``Journal of cheminformatics_An exploration strategy …`` / ``Shape-Based Generative Modeling for de Novo Drug
    Design``: a link-less one-line title right after a saved paper's file name, in a section of two or more of them,
    is one more of those papers, its venue left out (``parse`` makes it an item: ``blocks.unfiled_title_paragraph``).
    Why: with no venue glued to it and too few link-less lines around it for a reference list, it was typed "other"
    and the work was lost. Only a title-cased line of four words or more that reads as a paper's title, no note."""
    filed = _counts_by_topic(entries, _filed_name)
    if not filed:
        return entries
    out = list(entries)
    for i in range(1, len(entries)):
        e, before = entries[i], entries[i - 1]
        if e.kind != "other" or e.links or e.description.strip() or e.line != e.end_line or "_" in e.title \
                or filed.get(key := _topic_key(e), 0) < 2 or _topic_key(before) != key or not _filed_name(before) \
                or len(e.title.split()) < 4 or not classify.title_cased(e.title) \
                or not classify.reads_like_paper_title(e.title):
            continue
        out[i] = replace(e, kind="paper")
    return out


#: the fewest sibling papers written as wiki links that make a short CJK title among them one more
MIN_WIKI_PAPER_SIBLINGS = 3


def _short_titles_among_wiki_papers(entries: list[Entry], candidates: list[int]) -> set[int]:
    """The candidates (link-less lines typed "other") that are a wiki-link item (``inline.wikilink_item``) with a short
    CJK title (``classify.reads_like_short_cjk_title``: "光学生成模型") whose section's other wiki-link items are all
    papers (typed so, or link-less lines read as paper titles), ``MIN_WIKI_PAPER_SIBLINGS`` or more. Why: too short
    for a title alone, the work was lost among its siblings written the same way; alone, such a line is a label."""
    cand = set(candidates)
    wiki: dict[tuple, list[int]] = {}
    for i, e in enumerate(entries):
        if not e.links and e.text and inline.wikilink_item(e.text):
            wiki.setdefault(_topic_key(e), []).append(i)
    out: set[int] = set()
    for members in wiki.values():
        shorts = [i for i in members if i in cand and not classify.reads_like_paper_title(entries[i].title)
                  and classify.reads_like_short_cjk_title(entries[i].title)]
        if len(shorts) != 1:
            continue  # (one short title among papers; two or more are a group of labels)
        papers = [j for j in members if j != shorts[0] and (entries[j].kind == "paper" or j in cand
                                                            and classify.reads_like_paper_title(entries[j].title))]
        if len(papers) >= MIN_WIKI_PAPER_SIBLINGS and len(papers) == len(members) - 1:
            out.add(shorts[0])
    return out


#: the fewest bare-title papers of a section that let a lower-case line among them be one more
_BARE_TITLE_SIBLINGS = 3
#: the fewest words of a lower-case line read as a title among bare titles
_LOWER_CASE_TITLE_WORDS = 5


def _lower_case_titles_among_bare_titles(entries: list[Entry]) -> list[Entry]:
    """``### PPML`` / ``- Practical secure aggregation for privacy-preserving machine learning`` / ``- privacy-
    preserving deep learning via additively homomorphic encryption`` / ``- Scalable and Secure Logistic Regression
    …``: a reading list of bare titles, one a bullet, one of them typed all in lower case. Why: a lower-case line of
    a few words reads as the list's own note (``classify.reads_like_paper_title``), so one title of a section of
    titles was lost. A link-less, bare "other" line (no description, byline, venue nor mark) written wholly in lower
    case, of five words or more, that reads as a title once its first letter is capitalised, is a paper when its
    section's other link-less lines are all bare-title papers, three at least, and the section links nothing."""
    by_topic: dict[tuple, list[int]] = {}
    for i, e in enumerate(entries):
        by_topic.setdefault(_topic_key(e), []).append(i)
    out = list(entries)
    for members in by_topic.values():
        if len(members) < _BARE_TITLE_SIBLINGS + 1 or any(entries[i].links for i in members):
            continue
        lower = [i for i in members if _bare_lower_case_title(entries[i])]
        papers = [i for i in members if entries[i].kind == "paper"]
        if not lower or len(papers) < _BARE_TITLE_SIBLINGS or len(lower) * 3 > len(members) \
                or len(papers) + len(lower) != len(members):
            continue
        for i in lower:
            out[i] = replace(entries[i], kind="paper")
    return out


def _bare_lower_case_title(e: Entry) -> bool:
    title = e.title or ""
    return e.kind == "other" and not e.links and not e.description and not e.authors and e.year is None \
        and not e.venue and not e.fields and title == title.lower() and title[:1].isalpha() \
        and len(title.split()) >= _LOWER_CASE_TITLE_WORDS and title[-1:] not in ".:;!?" \
        and not _NOTE_WORDS.intersection(title.replace(",", " ").split()) \
        and classify.reads_like_paper_title(title[:1].upper() + title[1:])


#: words of a reader's own note among bare titles ("todo sort the federated papers by year", "read again before the
#: group meeting next week"): persons, pointers, plans and times, which a lower-case paper title does not hold
_NOTE_WORDS = frozenset("""i we our us you your my me it this that these those todo to-do tbd need needs must should
    will would maybe please read reread check ask add added sort next last again later week today tomorrow time
    meeting papers paper list""".split())


def _plain_reference_lists(entries: list[Entry], page_title: str | None = None) -> list[Entry]:
    """Link-less, title-like entries typed "other" become papers when the list has many of them
    (a few such lines are the list's own news, aims or legend, not references). Not under a
    heading of news, links or resources, nor when dated like news ("2024-05: We added …").
    A section of linked entries that are mostly no papers (challenges, tools, lecture notes) makes
    its link-less lines more of the same, not references; a heading that says "Papers" makes
    three link-less titles under it enough. ``page_title``: the page's title heading (``parse.parse_titled``), which
    speaks for the entries no heading of its own is over."""
    # "8. RA-U Net : 3D hybrid …" / "<https://github.com/reader/paper_study/blob/master/RA-UNet_….md>": a line whose
    # only links are the reader's notes on it is as link-less as its siblings (not a table's row: "| Lecture topic |
    # [Note 1](…/note1.md) |" rows are a course's, whose link-less rows are more of the same)
    # (a section hint alone typed it: "### Machine Learning applied to clinical data:" / "+ Nov 2, 2017: [Title](
    # ./clinical-data/Title.md)" names the works' domain, and a note links no dataset either)
    noted = {i for i, e in enumerate(entries) if e.links and e.kind in ("other", "website", "dataset")
             and all(classify.is_reader_note(link) for link in e.links)
             and not any(label == TITLE_COLUMN_FIELD for label, _ in e.fields)}
    linked: dict[tuple, list[int]] = {}
    for i, e in enumerate(entries):
        # (a work cited by a numbered reference's mark, ``_numbered_reference_works``, is the list's bibliography,
        # not one of a section's linked entries: the section's own lines, "* MAX1771", are no references for it)
        if e.links and i not in noted and (CITED_WORK_FIELD, "") not in e.fields:
            counts = linked.setdefault(_topic_key(e), [0, 0, 0])
            counts[0] += 1
            counts[1] += e.kind == "paper"
            # "| Network Dissection: Quantifying Interpretability of Deep Visual Representations | http://netdissect…
            # |": a title-column row whose one link is the work's project page (typed a website) still names a paper
            # (a column headed "Paper", not "Title": a course's "| Title | Summary |" rows are lectures)
            counts[2] += e.kind == "website" and classify.reads_like_paper_title(e.title) \
                and any(label == TITLE_COLUMN_FIELD and _heads_papers(value) for label, value in e.fields)
    # link-less lines typed "other", each read once: does it read like a paper's title?
    # ("* **Summary:** …", "- [Tool](…)" / "  - a fork of X that …": a field of, or a note on, the entry above: neither)
    # ("[2017TMI] EndoNet": a name behind a venue-and-year tag, kept as the entry's venue and year, is a reference)
    # ("- RBM: Restricted Boltzmann Machine": a legend's line; with a link, "GAN: Generative Adversarial Nets" is a paper)
    # ("- **SSVEP, P300, and ERP Spellers**: 99 papers": a category's tally of its works, in title case, cites none)
    # ("1. **Kenlay et al. 2024 (IgT5)** - Our antibody model choice": a work named by its author-year key and the
    # reader's note on it, a mention of a work listed elsewhere, cites none: ``citation.author_year_key_note``)
    # ("* **Privacy:** strip identifiers … ([ai.nejm.org][3])": a line whose marks cite works listed apart,
    # ``_numbered_reference_works``, says what it cites them for; its links went to them, it is no link-less title)
    split_rows = _rows_split_into_linked_works(entries)
    candidates = [i for i, e in enumerate(entries) if (e.kind == "other" and not e.links or i in noted)
                  and not any(label in _NOT_REFERENCE_MARKS or label == CITING_ITEM_FIELD for label, _ in e.fields)
                  # ("| **Robustness** | Stable behavior under shifts … | [PromptSmooth](doi…) · [CARES](arxiv…) |":
                  # the row's works are the records its cited names became; its definition cell is no reference)
                  and (e.line, e.text) not in split_rows
                  and not citation.author_year_key_note(f"{e.title} {e.description}")
                  and not classify.counts_works(e.title) and not classify.labelled_count(e.title)
                  # ("### Magnetic Resonance Imaging (MRI) (N=67 citations)": a heading tallying the references
                  # filed under it; "REG1. FDA Authorizes … Eye Problems. FDA News Release. October 2018.": a press
                  # office's release, ``_from_press_office``)
                  and not classify.tallies_its_references(e.title) and not _from_press_office(e.authors, e.venue)
                  and not classify.host_access_note(e.title)
                  # ("* **Regular Task 1: Accurate Reconstruction …** – To evaluate …": a challenge's numbered task)
                  and not headings.numbered_part_label(e.title)
                  # ("* **Day 1 (Tuesday, February 20, 6:00 PM - 8:30 PM):** Survival modeling": a course's meeting)
                  and not headings.course_session_label(e.title)
                  # ("### Open Access Journals:" / "- NPJ Digital Medicine (Paper 5)": a journal named, with a remark
                  # pointing to the list's own record, is where works appear, no reference)
                  and not citation.stop_venue_phrase(_without_closing_remark(e.title))]
    glossed = _legend_glosses(entries, candidates)
    # ("- [[journal/…\\|光学生成模型]]" among "- [[journal/…\\|金属水解酶的计算设计]]" lines: a short CJK title in a note
    # vault's index whose other wiki-linked lines of the section are all papers, three or more, is one more of them)
    wiki_short = _short_titles_among_wiki_papers(entries, candidates)
    # ("[Cancer Genome Landscapes](…/notes/….md) / Vogelstein / 2013": a noted title its byline dates is cited)
    title_like = {i: (classify.reads_like_paper_title(entries[i].title) and i not in glossed
                      and not _name_with_remark_row(entries[i])
                      # ("**BERT:**" / "* published 2019 by Devin (Google)" / "* also able to capture the context of
                      # both directions": a note's clause in lower case continues its label, no title)
                      and not classify.opens_as_clause(entries[i].title))
                  or bool(entries[i].venue and entries[i].year and entries[i].title.strip())
                  or bool(i in noted and entries[i].year and len(entries[i].title.split()) >= 2)
                  # ("- 2016:" / "  - **LayerNorm**: Layer Normalization [[note](…/layerNorm.md)]": a group headed by a
                  # bare year dates the noted titles under it as its own line would)
                  or bool(i in noted and _under_year_group(entries[i]) and len(entries[i].title.split()) >= 2)
                  or _dated_long_title(entries[i])
                  or i in wiki_short
                  for i in candidates}
    # "### [Title of the work](arxiv…)" / "**翻訳タイトル**" / "- 提案手法は…" / "- Propone un método …": a heading that is
    # itself a paper's entry (a heading record) heads notes on that paper; its link-less points are no references,
    # however title-like (a Latin method name in a Japanese sentence) or full-stopped (a summary's sentences)
    paper_headings = {_topic_key(e) + (e.title.strip(),) for e in entries if e.kind == "paper" and e.title.strip()}
    # ("### 12. Label Smoothing for Deep Networks" / "**Citation**: … "Rethinking the inception architecture …."" /
    # "**What We Used**:" / "- ✅ Implemented: …": a section its labelled reference titles, ``OWN_REFERENCE_FIELD``,
    # is still that paper's heading; the points under it are notes on the paper)
    paper_headings |= {_topic_key(e) + (title,) for e in entries if e.kind == "paper"
                       for title in _own_reference_heading_titles(e)}
    plain = [i for i, is_title in title_like.items() if is_title
             and _topic_key(entries[i]) not in paper_headings
             and not _under_paper_heading(entries[i], paper_headings)
             and classify.section_hint([h.text for h in entries[i].topic]) != "website"
             and not classify.DATED_LINE.match(entries[i].title)
             # "## What's New" / "```2022/10/13``` v0.1 was released." / "* Offer a pipeline to process the …
             # dataset.": a release's changes listed under a news heading its kind words miss ("What's New",
             # "Latest Updates", "更新日志"), however title-like, are the project's changelog, no references
             and not classify.news_heading([h.text for h in entries[i].topic])
             and not (entries[i].topic and _people_section(entries[i].topic[-1].text))
             # "# 🏅 Honors and Awards" / "- **National Scholarship for Postgraduates**, Ministry of Education, *2025*"
             and not classify.in_career_section(entries[i].topic)
             # "## Contributing" / "### Guidelines" / "- Verify all links are working.": the list's rules, at any depth
             and not any(headings.is_upkeep_section(h.text) for h in entries[i].topic)
             # "## Research Areas" / "- Explainable AI for clinical decision support": the field's topics, no references
             # (the deepest heading only: "## Research Directions" / "### Federated learning" / "- Title. Authors.
             # 2020." lists works by direction)
             and not (entries[i].topic and headings.is_topic_section(entries[i].topic[-1].text))
             # "### 本周目标" / "- 理解CT/MRI成像原理", "### 实践任务" / "- 编程实现: U-Net": a study plan's aims and tasks
             and not (entries[i].topic and headings.is_plan_section(entries[i].topic[-1].text))
             # "#### Notes on raw CNV data" / "1. Only retained control samples from Cooper _et al._.": the document's
             # remarks, however title-like, no references; so are the points of a remark that leads them in, one level
             # down ("## Notes on References:" / "- References cover the main topics of the report:" / "  - Image
             # restoration and denoising": the topics the remark names, no works)
             and not any(headings.is_notes_section(h.text) for h in entries[i].topic[-2:])
             # "## Current limitations we face (be ready to say these)" / "- **Single dataset** — trained only on …":
             # a heading that speaks to its reader heads the writer's own notes (talking points, to-dos), no references
             and not (entries[i].topic and headings.addresses_reader(entries[i].topic[-1].text))
             # "## Abstract" / "- The advantages and disadvantages of each set of methods are also briefly discussed":
             # a reader's retelling of the work its notes are on (its abstract, conclusion, future work), no references
             and not (entries[i].topic and headings.is_work_digest_section(entries[i].topic[-1].text))
             # "**Our Approach vs. Counterfactuals:**" / "- Trade-off: Counterfactuals are actionable …": the writers'
             # remarks on their own project beside the works they review, no references
             and not (entries[i].topic and headings.is_own_work_section(entries[i].topic[-1].text))
             # "## Glossary" / "- EHR - Electronic Health Record — patient's digital medical record.": terms and their
             # meanings, no references, however title-like the gloss
             and not (entries[i].topic and headings.is_glossary_section(entries[i].topic[-1].text))
             # "### Structure of the Survey" / "1. Section 3 discusses … perspectives.": the document's own layout
             and not (entries[i].topic and headings.is_outline_section(entries[i].topic[-1].text))
             # "## At a Glance" / "- Cardiac papers carry the strongest evidence.", "## Survey Goal" / "1. What should
             # count as a foundation model?": the document's own findings and aims, no references
             and not (entries[i].topic and headings.is_document_summary_section(entries[i].topic[-1].text))
             # "### Scope and Inclusion Boundary" / "1. It proposes or evaluates a multimodal model for a medical
             # setting.": the list's own admission rules, in sentences, no references
             and not headings.heads_inclusion_rules(entries[i].topic)
             # "## 7. 평가 지표" / "### 시스템 성능" / "- 후보 검색 Recall@k와 nDCG@k": the measures of a study, by
             # name, under a metrics heading or a sub-heading of one, no references
             and not any(headings.is_metrics_section(h.text) for h in entries[i].topic[-2:])
             # "### Analysis of paper 1" / "- Semi-automated labels with expert correction …": notes on one paper
             and not (entries[i].topic and classify.about_one_paper(entries[i].topic[-1].text))
             # "## Cómo Leer Papers de IA" / "### Estrategia de Lectura" / "   - Mira figuras y tablas": a guide's steps
             and not any(headings.is_reading_guide_section(h.text) for h in entries[i].topic)]
    plain = _without_todo_tasks(entries, plain)
    plain = _without_enumerated_clauses(entries, plain)
    plain = _without_report_notes(entries, plain)
    # "## Search Log" / "| S001 | PubMed | peripheral nerve stimulation conditioning … |" and "## Categories" /
    # "| CAT001 | Direct stimulation for axon growth after SCI | … |" beside "## Paper Inventory" / "| P001 | PMC… |
    # Udina | 2008 | Title | Journal | DOI |": in a list whose link-less table rows cite their papers under a column
    # that names them (``_row_cites_paper``), the link-less rows of its other tables, whose title column names no
    # paper and which state no venue nor year, are the tracker's queries and categories: the list shows what its
    # references look like, and these are not written so
    if any(not e.links and _row_cites_paper(e) for e in entries):
        plain = [i for i in plain if not _uncited_row_of_other_table(entries[i])]
    # "| NCT04786262 | VX-880 Safety, … in T1D | Vertex | RECRUITING |": a registered trial's row (``type_entry``)
    plain = [i for i in plain if not _trial_registry_row(entries[i])]
    by_topic: dict[tuple, int] = {}
    for i in plain:
        key = _topic_key(entries[i])
        by_topic[key] = by_topic.get(key, 0) + 1

    def other_kind_section(key: tuple, n_plain: int) -> bool:
        n_linked, n_paper, _ = linked.get(key, (0, 0, 0))
        hint = classify.section_hint(list(key))
        if hint in ("competition", "dataset", "tool", "model"):  # "## Challenges": a list of challenges
            return n_linked >= 1 and 4 * n_paper <= n_linked
        return n_linked >= 2 and 2 * n_linked >= n_plain and 4 * n_paper <= n_linked and hint != "paper"

    plain = [i for i in plain if not other_kind_section(_topic_key(entries[i]), by_topic[_topic_key(entries[i])])]
    # "- **Temporal expression** extraction" / "  - 라벨링 …" / "  - Rule-based or Pattern learning-based(Pan et al)" /
    # "  - extraction → classification": one title-like line among link-less notes of the same group is a
    # note too, not a reference (a group of references has two or more, or no notes beside them)
    notes: dict[tuple, int] = {}
    for i, is_title in title_like.items():
        if not is_title and entries[i].title.strip():
            key = _topic_key(entries[i])
            notes[key] = notes.get(key, 0) + 1
    # a lone title-like line under a sub-heading whose parent's link-less lines are mostly notes ("## Only Text" /
    # "- **Template filling**" / "  - Language Model의 극한적 활용"), or under a heading of tools, models or data
    # with no link ("# Software" / "- cTAKES(Apache clinical Text Analysis …)"), is one more note or name, no reference
    sub_plain: dict[tuple, int] = {}
    sub_notes: dict[tuple, int] = {}
    for per_parent, per_topic in ((sub_plain, by_topic), (sub_notes, notes)):
        for key, n in per_topic.items():
            if len(key) >= 2:
                per_parent[key[:-1]] = per_parent.get(key[:-1], 0) + n

    # link-less lines read as papers by their own citation (a venue, a year) stand beside a section's bare titles as
    # references too: "- Title | Nature Review Genetics" / "- Bare title" is a group of two, not a lone title
    cited_linkless = _counts_by_topic(
        entries, lambda e: e.kind == "paper" and not e.links and (e.year is not None or e.venue))

    def lone_note(key: tuple) -> bool:
        if by_topic[key] + cited_linkless.get(key, 0) != 1:
            return False
        if notes.get(key, 0) >= 1:
            return True
        # (not under a sub-heading whose own linked entries are all papers, enough of them: "## 📋 Benchmarks" /
        # sixty "- **📋 [Title](…)** · arXiv · …" cards and one "- **📋 Title** · Unlabeled · …" under a "# Atlas" whose
        # other sections are statistics tables; the parent's tallies are no notes on that section's works)
        if len(key) >= 2 and sub_notes.get(key[:-1], 0) >= 2 * sub_plain.get(key[:-1], 0) \
                and not _among_only_linked_papers(linked.get(key), 1):
            return True
        return key not in linked and classify.section_hint(list(key)) in ("tool", "model", "dataset", "competition")

    plain = [i for i in plain if not lone_note(_topic_key(entries[i]))]
    out = list(entries)
    # a link-less row of a "Title" column in a table whose linked rows are no papers (lecture notes,
    # tools): a row like the others, not a reference
    for i, e in enumerate(entries):
        if e.kind == "paper" and not e.links and not e.identifiers.any() and not e.authors and e.year is None \
                and any(label == TITLE_COLUMN_FIELD for label, _ in e.fields) and not _row_cites_paper(e):
            n_linked, n_paper, n_titled = linked.get(_topic_key(e), (0, 0, 0))
            # (not when most linked rows are papers' project pages: "| Paper | reference | status | learned |", a
            # reading log whose rows are papers, a few of them linked to the work's own page, is all references)
            if n_linked >= 2 and n_paper == 0 and 2 * n_titled <= n_linked:
                out[i] = replace(e, kind="other")
    # "| CNN | RGB | 皮肤 | Dermatologist-level classification of … | | Nature | 2017 |": a link-less row of a title
    # column that states where and when the work appeared (``_row_cites_paper``) is a reference as its linked rows
    # are, however few link-less lines the list has beside it
    for i, is_title in title_like.items():
        if (is_title or _names_cited_paper(entries[i]) or _row_credits_authors(entries[i])) \
                and out[i].kind == "other" and not entries[i].links and _row_cites_paper(entries[i]):
            # (the venue its row states, which typing the row as no paper set aside, is the reference's venue:
            # "| **CTRepNet**（脑 CT 报告生成…） | AAAI 2024 | 2024 |" cites its work at AAAI)
            year, venue = _from_fields(out[i], out[i].year, out[i].venue)
            out[i] = replace(out[i], kind="paper", year=year, venue=venue)
    # (the works a list cites by its numbered definitions count here: "* **Privacy:** … ([ai.nejm.org][3])" over
    # "[3]: … "Automated Redaction of …"" is a list that links its papers, in its bibliography)
    n_linked_papers = sum(n_paper for _, n_paper, _ in linked.values()) \
        + sum(1 for e in entries if e.kind == "paper" and (CITED_WORK_FIELD, "") in e.fields)
    # ("- Metabolic Heterogeneity in Human Lung Tumors | Cell, 2016": in a list that links no paper, a reading
    # log, link-less lines already read as papers by their venue and year are its references too, and their
    # bare-title siblings more of them)
    # (not the list's own paper its "## Citation" section cites as BibTeX: no line of the list's content)
    # (or by their venue alone: "- **Title.** *Nature Methods*", a list sorted under year headings)
    n_cited_plain = sum(1 for e in entries if e.kind == "paper" and not e.links
                        and (e.year is not None or e.venue) and not _in_document_section(e))
    # ("* Protein structure [link](…TB_8.pdf)" in a list of twenty link-less "Title, Authors, 2017" references: a
    # lone linked paper does not make it a list that links its papers; it still cites link-less)
    # (the references it cites so still show how the list writes a reference, whatever it links: the test below of
    # resource sections against them keeps that count)
    n_cited_written = n_cited_plain
    if n_linked_papers and n_cited_plain < _CITED_PER_LINKED_PAPER * n_linked_papers:
        n_cited_plain = 0
    elif n_linked_papers:
        # (there, only a bare title or one its bracketed year dated, "* Title (2015)", the year parted off: a line
        # with a year inside it the reference reader did not take, "- Deep Learning Tutorial ICML, Atlanta 2013, Yann
        # LeCun …", names an event or a talk, no work)
        plain = [i for i in plain if _YEAR.search(entries[i].title) is None]
    # ("## Wave delineation" / "1. Title  " / "Authors  " / "Venue 2022" / "2. Bare title": the link-less lines their
    # own citation made papers stand beside the bare titles of their sections as references too, however many papers
    # the list links elsewhere; written as one line each, they were bare titles themselves)
    plain_keys = {_topic_key(entries[i]) for i in plain}
    cited_beside = sum(n for key, n in cited_linkless.items() if key in plain_keys)
    many_plain = len(plain) + max(n_cited_plain, cited_beside) >= _PLAIN_REFERENCES_MIN
    # "## References" / "1. Zwanenburg A, et al. (2019). "Title." *Scientific Reports* 9:3418. DOI: …" closing a
    # module's documentation, whose "- ICC ≥ 0.90: **Robust** / Excellent" and "- Features from very small ROIs"
    # bullets explain the software: a document that links no paper and cites every link-less work it dates or places
    # under a heading that says papers gathers its references there; its bare lines elsewhere are its own prose
    # (a line under the headings holding those references, or under one that names papers outright, stays one:
    # "## Configuration Reference" names a manual, not works)
    # (a document that links a paper or two still cites as a document does when it cites ten link-less works or more
    # for each one it links, the count above kept: a survey's companion README, "## Referenced Papers" / "| 12 | Title
    # | Ji, S., et al. | 2022 | Venue |" ×190, "## Related Surveys" / "- Title (arXiv, 2023) [[paper]](arxiv…)" ×4,
    # whose "## Background" / "- **E** is the set of entities" and "- Examples: ProteinKG25, IDP-KG" bullets explain
    # the field; read as a reading list's bare titles, sixty of them made papers)
    homes = _reference_homes(entries) if not n_linked_papers or n_cited_plain else set()
    linked_homes: set[tuple] = set()
    if not homes and n_linked_papers:
        homes = linked_homes = _linked_reference_homes(entries)
    if homes:
        plain = [i for i in plain if _at_reference_home(entries[i], homes)]
    if n_cited_written >= _PLAIN_REFERENCES_MIN:
        # ("# QC/QP Books" / "- Title (Author, 2019)" ×9 / "## Cloud Platforms" / "- IBM Q Experience by IBM" /
        # "## Papers" / "- [Title](arxiv…)": the linked papers beside the dated books do not make the platforms'
        # bare names references; their section is still one of tools none of whose lines is cited)
        plain = [i for i in plain if not _uncited_resource_line(entries[i], cited_linkless)]
    if many_plain and 4 * n_linked_papers >= len(plain):
        # a list that links its papers ("- [Gaube et al. (2021)](doi.org/…) — …"), one for every four link-less
        # lines or more, is no link-less reading list: its link-less lines count as references only in a section
        # whose heading says papers or whose lines mostly read as references do: set in title case, or closed by a
        # full stop ("- Neural temporal relation extraction."); unstopped sentence-case lines beside them
        # ("- Plots net benefit across threshold probabilities", "| Type 0 | AI output not shown |") are prose
        # "# Dataset" / "## [COHFACE](idiap.ch/dataset/cohface)" / "- 40 subjects (12 females and 28 males) that were
        # recorded in 2 different setups of 2 minute each." / "- Logitech HD C525 (640x480 pixels, 20 fps)" / "- A
        # Reproducible Study on Remote Heart Rate Measurement [Paper](arxiv…)": in such a list, the link-less lines
        # under a heading of data sets describe the data its heading names (its subjects, its camera), however
        # full-stopped or title-cased; the list links the papers it cites there too (not a heading of models or
        # tools: "**Mamba Models**" / "+ MaIL: Improving Imitation Learning with Mamba" names a family of works)
        # (not a section that cites works itself: "## Gold-annotated clinical texts dataset" / "63. SemEval-2015 Task
        # 6: Clinical TempEval(SemEval 2015)." / "118. 2010 i2b2/VA challenge on concepts … in clinical text.": two
        # link-less lines or more there read as papers by their own venue and year, and the bare titles beside them
        # are the papers that describe the data, references as they are)
        plain = [i for i in plain if classify.section_hint([h.text for h in entries[i].topic]) != "dataset"
                 or cited_linkless.get(_topic_key(entries[i]), 0) >= _CITED_DATA_SECTION_MIN]
        cited_all: dict[tuple, int] = {}
        for i in plain:
            key = _topic_key(entries[i])
            t = entries[i].title.strip()
            # (a title the note sets in bold is cited as the other branch reads it: "- Bitterman et al. Extracting
            # … processing. : **High Performing deep learning model for NER**")
            cited_all[key] = cited_all.get(key, 0) + (classify.title_cased(t) or t.endswith(".")
                                                      or (BOLD_TITLE_IN_NOTE_FIELD, "") in entries[i].fields)
        # a section split evenly ("1. Morphological Prototyping for …" / "2. This looks like that: deep …") is
        # read as its sibling sections under the same parent heading are: references when one of them is
        cited_parents = {key[:-1] for key, n in cited_all.items() if key and 2 * n > by_topic[key]}
        plain = [i for i in plain if 2 * cited_all[key := _topic_key(entries[i])] > by_topic[key]
                 or key and 2 * cited_all[key] == by_topic[key] and key[:-1] in cited_parents
                 or classify.section_hint([h.text for h in entries[i].topic]) == "paper"]
        plain = [i for i in plain if not _row_of_unlinked_table(entries[i], linked)]
    if not many_plain:
        bare = set(plain)
        # "##### Personal Notes" / "- [Countdown Regression: Sharp and Calibrated Survival Predictions](github…/blob/
        # master/Countdown%20Regression….md) (2018)" ×6: a section whose lines are mostly titles linked to the reader's
        # note on each and dated by the year after it is a reading index of works, whatever its heading says; a
        # dated note on a title cites the work as a bare title's venue and year would
        noted_dated: dict[tuple, int] = {}
        for i in plain:
            if i in noted and entries[i].year is not None:
                noted_dated[_topic_key(entries[i])] = noted_dated.get(_topic_key(entries[i]), 0) + 1

        def dated_note_index(i: int) -> bool:
            n = noted_dated.get(key := _topic_key(entries[i]), 0)
            return i in noted and entries[i].year is not None and n >= 3 and 2 * n > by_topic[key]

        def sentence_case_titles(e: Entry) -> bool:
            return _sentence_case_among_linked_papers(e, linked.get(_topic_key(e)), page_title)

        titled: dict[tuple, int] = {}
        for i in plain:  # "Attention Is All You Need" is set in title case; "Papers must be …" is a rule
            key = _topic_key(entries[i])
            # ("- The paper introducing …: **RNA velocity of single cells**. …": a title the note sets in bold is cited)
            titled[key] = titled.get(key, 0) + (classify.title_cased(entries[i].title)
                                                or (BOLD_TITLE_IN_NOTE_FIELD, "") in entries[i].fields)
        # (the section's link-less lines its own citation made papers count beside its bare titles: "- Title  " /
        # "  A. Author, B. Author  " / "  MICCAI 2021" ×2 and two bare titles are a section of four references)
        # ("## 论文列表" / "1. [CT-guided PET parametric image reconstruction …](github…/paper-notes/blob/master/ct-
        # guided-….md): PET, DIP" / "2. [Direct Patlak Reconstruction …](…/direct-patlak-….md): PET, DIP": a week's
        # reading log of two titles, each linked only to the reader's note on it, under a heading that says papers,
        # is a reading list of two: the heading names the works, and the notes are on them)
        noted_under_papers: dict[tuple, int] = {}
        for i in plain:
            if i in noted and classify.section_hint([h.text for h in entries[i].topic]) == "paper":
                noted_under_papers[_topic_key(entries[i])] = noted_under_papers.get(_topic_key(entries[i]), 0) + 1

        def noted_paper_pair(i: int) -> bool:
            key = _topic_key(entries[i])
            return i in noted and noted_under_papers.get(key, 0) >= 2 and noted_under_papers[key] == by_topic[key]

        plain = [i for i in plain if (by_topic[_topic_key(entries[i])]
                                      + cited_linkless.get(_topic_key(entries[i]), 0) >= 3
                                      or noted_paper_pair(i)
                                      or _among_linked_papers(linked.get(_topic_key(entries[i])),
                                                              by_topic[_topic_key(entries[i])])
                                      and _bare_item_among_linked_items(entries, i, bare))
                 and (2 * titled[_topic_key(entries[i])] >= by_topic[_topic_key(entries[i])]
                      or sentence_case_titles(entries[i]))
                 and (classify.section_hint([h.text for h in entries[i].topic]) == "paper"
                      or sentence_case_titles(entries[i])
                      or dated_note_index(i)
                      or _among_only_linked_papers(linked.get(_topic_key(entries[i])),
                                                   by_topic[_topic_key(entries[i])])
                      and _bare_item_among_linked_items(entries, i, bare)
                      and (not entries[i].description.strip() or _trail_as_its_neighbours(entries, i, bare))
                      and classify.title_cased(entries[i].title))]
    # "6. Wide Residual Networks" / "7. Densely Connected Convolutional Networks" / …: a three-word title-case line
    # among three or more link-less references of its section is one more (alone, it may be a topic's name)
    papers_by_topic: dict[tuple, int] = {}
    for i in plain:
        papers_by_topic[_topic_key(entries[i])] = papers_by_topic.get(_topic_key(entries[i]), 0) + 1
    # ("[Fast R-CNN](./2015/april/fast_rcnn.md)" among "[Faster R-CNN: Towards …](./….md)": a shorter name, two words
    # or a coined one, whose only link is the reader's note on it is named as a work, a topic getting no note of its own)
    short = [i for i, is_title in title_like.items() if not is_title and papers_by_topic.get(_topic_key(entries[i]), 0) >= 3
             and (classify.short_title_case_name(entries[i].title)
                  or i in noted and classify.short_noted_name(entries[i].title))]
    short_by_topic: dict[tuple, int] = {}
    for i in short:
        short_by_topic[_topic_key(entries[i])] = short_by_topic.get(_topic_key(entries[i]), 0) + 1
    # (a noted short name needs no more than as many noted titles beside it: its note already says it names a work)
    for i in plain + [i for i in short if (1 if i in noted else 3) * short_by_topic[key := _topic_key(entries[i])]
                      <= papers_by_topic[key]]:
        out[i] = replace(out[i], kind="paper")
    # "## Qué parte es nuestra contribución" / "- Presentar "relación contaminante-enfermedad" como una tarea
    # de …": in a document whose linked papers all sit in its bibliography (``_linked_reference_homes``), a line or
    # heading read as a paper outside it by no link, identifier, author, venue nor year is its own prose too
    if linked_homes:
        for i, e in enumerate(entries):
            if e.kind == "paper" and not e.links and not e.identifiers.any() and e.year is None and not e.venue \
                    and not e.authors and not _at_reference_home(e, linked_homes):
                out[i] = replace(out[i], kind="other")
    # "[Patch-based 3D UNet for head and neck tumor segmentation …]" alone on its line, in a list whose linked
    # entries are mostly papers ("[Title](arxiv…)" paragraphs): link text whose URL the author left out is one more
    # of those papers, even in a section too short (or named for a challenge) for bare lines to read as references
    # "- Agentic memory-augmented retrieval … tasks — link needed.": so is a line whose own note says its link is
    # still to come; the note is no part of its title
    n_linked = sum(n for n, _, _ in linked.values())
    # ("+ [Title of the work]()" / "+ [Another title]" / …: a reading log that left every URL for later counts its
    # placeholder-linked papers as linked ones; a bracketed title among them is the same paper with its "()" left out)
    n_placeheld = sum(1 for e in entries if e.kind == "paper" and not e.links and parse.placeholder_titled(e))
    n_linked_papers, n_linked = n_linked_papers + n_placeheld, n_linked + n_placeheld
    if n_linked_papers >= 2 and 2 * n_linked_papers >= n_linked:
        for i, e in enumerate(entries):
            if out[i].kind != "other" or e.links or i not in title_like \
                    or classify.section_hint([h.text for h in e.topic]) in ("website", "tool", "model", "dataset"):
                continue
            if title_like[i] and blocks.unlinked_link_title(e.text) is not None:
                out[i] = replace(out[i], kind="paper")
            elif (pending := blocks.pending_link_title(e.title)) is not None:
                out[i] = replace(out[i], kind="paper", title=pending)
    # "A Wide and Deep Transformer for 12-Lead ECG Classification [paper] [code]": a line closed by its link labels
    # with no URL, one the paper's, is a work's record drafted before its links, whatever else the list links (a
    # list drafted so may link nothing yet); its labels are no part of its title. Not under a heading of tools, data
    # or sites (the line's subject is the resource there; "## Recurrent Models" files papers by the models they
    # propose), nor of the list's upkeep ("## How to contribute" / "- Paper title [paper] [code]" shows the format)
    for i, e in enumerate(entries):
        if out[i].kind == "other" and not e.links and i in title_like \
                and (drafted := blocks.role_placeholder_title(e.title)) is not None \
                and classify.section_hint([h.text for h in e.topic]) not in ("website", "tool", "dataset") \
                and not any(headings.is_upkeep_section(h.text) for h in e.topic):
            out[i] = replace(out[i], kind="paper", title=drafted)
    # "### Feature Selection Strategy (Based on 2023-2025 Research)" / "1. **Primary recommendation**: …" in that
    # document: a link-less heading over notes, read as a work's reading note, is a section of its prose too
    # when it dates, places and identifies no work
    if homes:
        for i, e in enumerate(out):
            if e.kind == "paper" and not e.links and (NOTED_TITLE_FIELD, "") in e.fields and e.year is None \
                    and not e.venue and not e.identifiers.any() and not _at_reference_home(e, homes):
                out[i] = replace(e, kind="other")
    return _without_prose_beside_worded_records(out, set(plain) | set(short))


#: a document titling this many link-less works by headings with worded record numbers names its works so
_WORDED_RECORDS_MIN = 2


def _worded_record(e: Entry) -> bool:
    """``### Paper 1: **Title**`` over its notes: a link-less heading record whose heading numbers the work by the
    word for a record ("Paper 1:", "Article 3."), ``blocks.strip_word_record_number``."""
    if e.kind != "paper" or e.links or (NOTED_TITLE_FIELD, "") not in e.fields:
        return False
    heading = headings.plain_heading(e.text.split("\n", 1)[0])
    return blocks.strip_word_record_number(heading) != heading


def _without_prose_beside_worded_records(entries: list[Entry], promoted: set[int]) -> list[Entry]:
    """"### Paper 1: **OSMLoc: …**" / "- **Problem Statement:** …" ×8, then "## 2. Overall Trend Analysis" / "- **Integration
    of Different Modalities:** Many papers focus on …" and "### Assessment of Impact and Timeline" / "- Anticipate
    significant developments …": a generated digest that numbers every work it analyses by a worded record number
    (``_worded_record``, two or more) names its works so; the link-less lines this pass read as bare titles
    (``promoted``) and the link-less noted headings elsewhere, none dated, placed, credited nor identified, are the
    report's own trends, predictions and advice, no references. Not under the records' own headings, nor under a
    heading below the records' common parent that says papers ("### Recommended Key Papers": the page's title,
    "# … Research Papers", is over everything and says nothing of one section)."""
    worded = {i for i, e in enumerate(entries) if _worded_record(e)}
    if len(worded) < _WORDED_RECORDS_MIN:
        return entries
    homes = {_topic_key(entries[i]) for i in worded}
    common = len(os.path.commonprefix([list(h) for h in homes]))
    out = list(entries)
    for i, e in enumerate(entries):
        if e.kind != "paper" or e.links or e.identifiers.any() or e.year is not None or e.venue or e.authors \
                or not (i in promoted or (NOTED_TITLE_FIELD, "") in e.fields and i not in worded):
            continue
        key = _topic_key(e)
        if any(key[:len(home)] == home for home in homes) \
                or any(classify.section_hint([h.text]) == "paper" for h in e.topic[common:]):
            continue
        out[i] = replace(e, kind="other")
    return out


#: a document citing this many link-less works, all under headings that say papers, gathers its references there
_GATHERED_REFERENCES_MIN = 3


def _reference_homes(entries: list[Entry]) -> set[tuple]:
    """The headings under which a document gathers its references, or none when it does not cite as a document
    does: ``_GATHERED_REFERENCES_MIN`` or more link-less entries read as papers by their own citation (a year, a
    venue, an identifier), every one of them under a heading that says papers or references (``## References``),
    each home the topic down to that heading. A reading list cites works in its topical sections ("## Segmentation"
    / "- Title. *MICCAI* 2019"); a software document's bullets outside its reference section describe the
    software, however title-like ("- Shape features (Volume, SurfaceArea, Sphericity)")."""
    cited = [e for e in entries if e.kind == "paper" and not e.links and not _in_document_section(e)
             and (e.year is not None or e.venue or e.identifiers.any())]
    if len(cited) < _GATHERED_REFERENCES_MIN:
        return set()
    homes: set[tuple] = set()
    for e in cited:
        key = _topic_key(e)
        depth = next((n for n in range(len(key), 0, -1) if classify.section_hint([key[n - 1]]) == "paper"), 0)
        if not depth and _row_cites_paper(e):
            # "## 3. Complete Verified Citation Pool" / "| # | Authors | Title | Journal | Year | DOI |": a table
            # whose Title column heads its papers and whose rows state their venue or year is where the document
            # gathers its references, whatever its heading says
            depth = len(key)
        if not depth:
            return set()
        homes.add(key[:depth])
    return homes


def _linked_reference_homes(entries: list[Entry]) -> set[tuple]:
    """The headings a document that links its papers gathers them under, or none: every paper of the list (not
    one of its own, ``_in_document_section``), ``_GATHERED_REFERENCES_MIN`` or more, sits under a heading that calls
    its section the bibliography (``headings.is_references_section``), each home the topic down to that heading.
    A methods memo in Spanish whose only papers are its "## Referencias útiles" (``1. O'Mara-Eves A, et al.
    Title. *Systematic Reviews*. 2015. https://link.springer.com/article/10.1186/…``) writes its aims and findings
    elsewhere as bare bullets ("- Reportar que toda clasificación debe ser revisada por humanos."): no references,
    however full-stopped, since the list shows how it cites a work. A reading list files its papers under
    topical headings, so one heading of them that is no bibliography keeps this from firing."""
    homes: set[tuple] = set()
    n = 0
    for e in entries:
        if e.kind != "paper" or not e.links or _in_document_section(e):
            continue
        key = _topic_key(e)
        depth = next((d for d in range(len(key), 0, -1) if headings.is_references_section(key[d - 1])), 0)
        if not depth:
            return set()
        homes.add(key[:depth])
        n += 1
    return homes if n >= _GATHERED_REFERENCES_MIN else set()


def _at_reference_home(e: Entry, homes: set[tuple]) -> bool:
    """Under one of the headings a document gathers its references under (``_reference_homes``), or under one that
    names papers outright ("### Papers"): where a link-less line may still be a reference."""
    key = _topic_key(e)
    return any(key[:len(home)] == home for home in homes) \
        or any(classify.names_papers_outright(h.text) for h in e.topic)


def _uncited_resource_line(e: Entry, cited_linkless: dict[tuple, int]) -> bool:
    """``## Datasets & Leaderboards Aggregators`` / ``- "Papers with Code: Human Activity Recognition." *(Live SOTA
    tracking …)*`` in a reading list whose link-less references are cited by authors, venue and year: a section
    whose heading names data, tools, models, sites or challenges, and none of whose lines is cited so, names
    resources, however title-like its names; the list shows what its references look like, and these are not
    written so (its "## Surveys" bare titles beside cited ones stay references: their heading says works)."""
    key = _topic_key(e)
    return cited_linkless.get(key, 0) == 0 and e.year is None and not e.venue \
        and classify.section_hint([h.text for h in e.topic]) in ("dataset", "tool", "model", "website", "competition")


#: the verbs a to-do task opens with ("- [x] Migrate implementation from TF to PyTorch")
_TODO_VERBS = frozenset("""add analyse analyze apply ask build check clean compare compute create debug deploy design download
draft email evaluate finish fix implement improve install investigate look make meet migrate move perform plot prepare
present read refactor remove rename replace replicate reproduce rerun review run select send set setup share start submit
test train try tune update upload use visualise visualize write""".split())


#: a report that names this many works on labelled reference lines ("**Study:** Authors (2023) - "Title"") cites so
_REPORT_REFERENCES_MIN = 3


def _without_report_notes(entries: list[Entry], candidates: list[int]) -> list[int]:
    """Drop a research report's notes from link-less reference candidates: ``#### 1.2.1 BioDEX: …`` / ``**Study:**
    D'Oosterlinck et al. (2023) - "BioDEX: …"`` / ``**Methodology:**`` / ``- Dataset: 65,000 abstracts and …`` — a
    report that names its works on labelled reference lines (``parse.report_reference``), three or more of them,
    shows how it cites a work; its bare bullets, stating neither a year nor a venue, are its findings and notes
    under run-in labels ("Key Findings", "Performance"), not more references (a line that dates its work stays)."""
    if not (_report_cites_on_reference_lines(entries) or _cites_in_field_records(entries)):
        return candidates
    return [i for i in candidates if entries[i].year is not None or entries[i].venue]


def _report_cites_on_reference_lines(entries: list[Entry]) -> bool:
    """Whether the list is a research report naming its works on labelled reference lines (``_REPORT_REFERENCES_MIN``
    or more ``parse.report_reference`` entries)."""
    return sum(1 for e in entries if (REPORT_REFERENCE_FIELD, "") in e.fields) >= _REPORT_REFERENCES_MIN


#: the labels of a field record's title line ("- **Title**: "REVEL: …"", "- Paper title: …"), and the title label
#: of a report written in another language ("**Título:** …", "**Titre :** …", "**Titel:** …", "**Название:** …")
_RECORD_TITLE_LABELS = frozenset({"title", "paper title", "paper", "article title", "título", "titulo", "titre",
                                  "titel", "titolo", "название"})
#: a bold title line over this many labelled fields of its own ("- Autores: …" / "- Journal: …" / "- PMID: …") is a
#: field record too, its title the line the fields hang under
_RECORD_FIELDS_MIN = 3


def _cites_in_field_records(entries: list[Entry]) -> bool:
    """Whether the list writes each work as a record of labelled fields, ``_REPORT_REFERENCES_MIN`` or more of them:
    ``### Ioannidis et al. (2016)`` / ``- **Title**: "REVEL: …"`` / ``- **Journal**: …`` / ``- **DOI**: 10.1016/…``.
    Why: such a list shows how it cites a work (a title field beside its venue or identifier); its bare bullets
    elsewhere ("### Clinical Metrics" / "1. **Positive Predictive Value (PPV)**", "- **Training data overlap** can
    inflate …"), stating neither a year nor a venue, are its metrics, findings and advice, not more references."""
    n = 0
    for e in entries:
        if e.kind == "paper" and (e.venue or e.identifiers.any()) and _field_record(e):
            n += 1
            if n >= _REPORT_REFERENCES_MIN:
                return True
    return False


def _field_record(e: Entry) -> bool:
    """A work written as a record of labelled fields: one of them its title (``_RECORD_TITLE_LABELS``), or a bold
    title line the parser read as a bibliographic record over ``_RECORD_FIELDS_MIN`` or more labelled fields
    (``1. **The sex difference in haemoglobin levels …**`` / ``- Autores: Murphy WG`` / ``- Journal: Blood
    Reviews`` / ``- PMID: 24491804``)."""
    if any(label.strip().lower() in _RECORD_TITLE_LABELS or label == WORK_CARD_FIELD for label, _ in e.fields):
        return True  # (a card of labelled rows, ``| **Título** | … |`` / ``| **DOI** | … |``, is such a record too)
    return (BIB_RECORD_FIELD, "") in e.fields \
        and sum(1 for label, value in e.fields if value and label not in _MARKER_FIELDS) >= _RECORD_FIELDS_MIN


def _without_report_narrative_citations(entries: list[Entry]) -> list[Entry]:
    """``**Usage in Studies:**`` / ``- Karim et al. (2019) integrated 12,000 drug features from DrugBank``: in a
    research report that names its works on labelled reference lines, a link-less bullet whose byline is the subject
    of a sentence (what was read as its title opens with a lower-case word: the verb) reports a finding, citing a
    work in passing; it is no reference (the work's entry is its reference line). A line with an identifier stays."""
    if not _report_cites_on_reference_lines(entries):
        return entries
    out = entries
    for i, e in enumerate(entries):
        if e.kind == "paper" and not e.links and not e.identifiers.any() and e.title[:1].islower() \
                and (REPORT_REFERENCE_FIELD, "") not in e.fields:
            if out is entries:
                out = list(entries)
            out[i] = replace(e, kind="other")
    return out


#: a word of a title or a short citation's label, for ``_author_year_back_references``
_LABEL_WORD = re.compile(r"[^\W_]{3,}")


#: an in-text author-year citation closing a statement, all the text after its title: "(Lim 2024)", "(Lim et al.,
#: 2024)", "(Lim & Natarajan, 2024)", "(-172.39 kcal/mol, Lim 2024)" (a value the statement quotes, then the citation)
_IN_TEXT_CITATION = re.compile(r"\((?:[^(),\n]{1,80},\s*)?(?P<name>[A-Z][a-z][\w'’-]*)"
                               r"(?:\s+et\s+al\.?|\s+(?:&|and)\s+[A-Z][\w'’-]*)?,?\s+(?P<year>(?:19|20)\d\d)[a-z]?\)")


def _in_text_citation(description: str) -> tuple[str, int] | None:
    """The first author's surname (folded) and the year of the in-text citation that is a link-less line's whole
    text after its title (``_IN_TEXT_CITATION``), or None."""
    m = _IN_TEXT_CITATION.fullmatch(description.strip())
    return (m.group("name").casefold(), int(m.group("year"))) if m else None


def _author_name_words(author: str) -> set[str]:
    """An author's name words that may be the surname, folded: not initials ("Bouvard C" → {bouvard}, "Yang, G." →
    {yang}, "Carl Bouvard" → {carl, bouvard})."""
    return {w.casefold() for w in re.findall(r"[^\W\d_][\w'’-]+", author) if not w.isupper()}


def _first_surname(authors: tuple[str, ...]) -> str:
    """``("Yang, G.", "Luo, S.")`` → ``yang``, ``("Choe", "J.", "et al.")`` → ``choe``: the first author's surname,
    folded (an inverted name keeps its surname before the comma)."""
    first = authors[0].split(",", 1)[0].strip() if authors else ""
    return first.casefold() if first and first.casefold() not in ("various", "et al.", "et al") else ""


#: a method's short name as a list gives it beside the work that introduced it: one token of letters (and digits or
#: hyphens), holding a capital ("CIRCA", "EasyRCA", "causRCA", "PCMCI-2")
_METHOD_NAME = re.compile(r"(?=[\w-]*[A-Z])[A-Za-z][\w-]*[A-Za-z0-9]")
#: a link-less line led by method names and then a lower-case word: "CIRCA and EasyRCA for causal root-cause
#: analysis", "CGAD, for transfer-entropy graphs"
_NAMES_LEAD = re.compile(r"([A-Za-z][\w-]*(?:(?:,\s*|\s+(?:and|&|or)\s+)[A-Za-z][\w-]*)*),?\s+(?=[a-z])")


def _method_names(e: Entry) -> set[str]:
    """The short names a fully given work goes by in its list: a one-token cell of its row (``| 2022 | CIRCA |
    Causal Inference-Based Root Cause Analysis … |``) or the name before its title's colon ("GCAD: Anomaly
    Detection …")."""
    names = {v.strip() for label, v in e.fields if label != TITLE_COLUMN_FIELD and _METHOD_NAME.fullmatch(v.strip())}
    head, colon, _ = e.title.partition(":")
    if colon and _METHOD_NAME.fullmatch(head.strip()):
        names.add(head.strip())
    return names


def _method_name_back_references(entries: list[Entry]) -> list[Entry]:
    """``1. CausalAD for the local-causal-mechanism view of anomaly detection`` / ``2. CIRCA and EasyRCA for causal
    root-cause analysis`` under "Recommended reading order", the list having given ``| 2022 | CIRCA | Causal
    Inference-Based Root Cause Analysis … | KDD | [Paper](arxiv…) | [Code](github…) |``: a link-less line led by the
    short names of works the list gives in full (links or identifiers), then a lower-case word, points back to
    those works (a reading order, a summary), it is no work of its own; typed "other". Why: under a heading that
    says reading, such lines read as a link-less reading list's titles. Only a line with no link, identifier,
    byline, year or venue, and each name it leads with one the list gives a work by."""
    names: set[str] = set()
    for e in entries:
        if e.kind == "paper" and (e.links or e.identifiers.any()):
            names |= _method_names(e)
    if not names:
        return entries
    out = entries
    for i, e in enumerate(entries):
        if e.kind != "paper" or e.links or e.identifiers.any() or e.authors or e.year is not None or e.venue:
            continue
        lead = _NAMES_LEAD.match(e.title.strip())
        if lead is None:
            continue
        led = [w for w in re.split(r",\s*|\s+(?:and|&|or)\s+", lead.group(1)) if w]
        if led and all(w in names for w in led):
            if out is entries:
                out = list(entries)
            out[i] = replace(e, kind="other")
    return out


#: "(#1)", "(#14-16)", "(see #8)": the number of an entry above, closing a line that points back to it
_BACK_REFERENCE_END = re.compile(r"\((?:see )?#\d{1,3}(?:\s?[-–]\s?\d{1,3})?\)$", re.I)


def _entry_number_back_references(entries: list[Entry]) -> list[Entry]:
    """``1. Mandel et al. (2016) - SMART on FHIR basics (#1)`` / ``2. HL7 FHIR R4 Spec overview (#27)`` under
    "Recommended Reading Order", after a numbered bibliography: a link-less line closed by the number of an entry
    above, after "#", points back to that entry (a reading order, a study plan); it cites no new work and is typed
    "other". Why: read as a reference (a byline and a year) or as a reading list's title, each made a second paper
    titled by the reader's note. Only a line with no link and no identifier."""
    out = entries
    for i, e in enumerate(entries):
        if e.kind != "paper" or e.links or e.identifiers.any() \
                or _BACK_REFERENCE_END.search(e.title.rstrip(" .")) is None:
            continue
        if out is entries:
            out = list(entries)
        out[i] = replace(e, kind="other")
    return out


def _in_text_cited_statements(entries: list[Entry]) -> list[Entry]:
    """``1. Stauprimide binds NME2 and prevents nuclear translocation (Bouvard 2017)`` beside ``- **Bouvard C, et
    al.** "Small molecule …" *PNAS* …, 2017. DOI: …``: a link-less line closed by an in-text author-year citation
    (``_IN_TEXT_CITATION``: "(Lim 2024)", "(-172.39 kcal/mol, Lim 2024)", "(Lim et al., 2024)"), all its text after
    the title, of a work the list gives in full (links or identifiers, the same first author and year) cites that
    work: the "venue" or byline read off its parenthesis is the cited author's, and the line is the writer's
    statement, no reference of its own; typed "other"."""
    # (the first author's name words, folded, of each work given in full: "Bouvard C" → bouvard, so that an in-text
    # "(Bouvard 2017)" finds it as "Bouvard, C." would)
    full_name_words = {(w, e.year) for e in entries
                       if e.kind == "paper" and e.year is not None and (e.links or e.identifiers.any()) and e.authors
                       for w in _author_name_words(e.authors[0])}
    if not full_name_words:
        return entries
    out = entries
    for i, e in enumerate(entries):
        if e.kind == "paper" and not e.links and not e.identifiers.any() \
                and (cited := _in_text_citation(e.description)) is not None and cited in full_name_words:
            if out is entries:
                out = list(entries)
            out[i] = replace(e, kind="other", fields=e.fields + ((IN_TEXT_CITING_FIELD, ""),))
    return out


def _author_year_back_references(entries: list[Entry]) -> list[Entry]:
    """``1. **Yang et al. (2025)** - Multi-scale attention + ViT + ensemble`` under "## Kategori berdasarkan relevansi",
    the list having given ``### 2. Boosting Skin Cancer Classification: …`` / ``- **Authors**: Yang, G., Luo, S., &
    Greer, P.`` / ``- **Year**: 2025`` / ``- **DOI**: …``: a link-less short citation (one or two surnames and a year,
    no venue, no identifier) whose first author and year are those of a work the list gives in full (its links or
    identifiers) refers back to that work: a ranking or summary of what was listed, no work of its own; typed
    "other". So is one labelled by words of that work's title and its year ("**Multimodal Ensemble (2025)**" for
    "Multimodal Deep Learning Ensemble Framework …", 2025): the writer had no byline to give for it. A summary
    table's row names its work so too, by the byline in its paper cell and its Year column ("| S1 | Yan et al. |
    2026 | Realistic LSTM target |", ``_row_byline``), whatever other cell the row was titled by."""
    full_by_author: set[tuple[str, int]] = set()
    titles_with: dict[tuple[int, str], list[set[str]]] = {}  # (year, a title word) → the words of those titles
    # (a summary table's row may restate a link-less whole reference too: authors, a title and a venue)
    cited_by_author: set[tuple[str, int]] = set()
    for e in entries:
        if e.kind == "paper" and e.year is not None and not e.links and not e.identifiers.any() and e.venue \
                and len(e.title.split()) >= 4 and (surname := _first_surname(e.authors)):
            cited_by_author.add((surname, e.year))
        if e.kind == "paper" and e.year is None and e.identifiers.arxiv and (surname := _first_surname(e.authors)):
            # "Nguyen, et al. Title. arXiv:1707.05010.": no year written, the identifier dates the work (2017)
            full_by_author.add((surname, 2000 + int(e.identifiers.arxiv[:2])))
        if e.kind == "paper" and e.year is not None and (e.links or e.identifiers.any()):
            if surname := _first_surname(e.authors):
                full_by_author.add((surname, e.year))
            words = {w.casefold() for w in _LABEL_WORD.findall(e.title)}
            for w in words:
                titles_with.setdefault((e.year, w), []).append(words)
    if not titles_with:
        return entries
    out = entries
    for i, e in enumerate(entries):
        if e.kind != "paper" or e.links or e.identifiers.any() or e.venue or e.year is None:
            continue
        names = e.authors or _row_byline(e)
        if not names or len(names) > 2:
            continue
        if not e.authors and (_first_surname(names), e.year) in cited_by_author:
            if out is entries:
                out = list(entries)
            out[i] = replace(e, kind="other")
            continue
        label = {w.casefold() for w in _LABEL_WORD.findall(" ".join(names))}
        # (the titles holding the label's rarest word are the only ones that can hold all of it)
        rarest = min((titles_with.get((e.year, w), []) for w in label), key=len, default=[])
        if (_first_surname(names), e.year) in full_by_author \
                or len(label) >= 2 and any(label <= words for words in rarest):
            if out is entries:
                out = list(entries)
            out[i] = replace(e, kind="other")
    return out


def _reference_by_its_line(line: str, description: str, cited: citation.Citation) -> citation.Citation | None:
    """``cited`` corrected by the reference's own line: a link-less reference read together with the reader's
    notes after it took from them what the line alone does not say. "[S10] Hsieh, Y.-H., … (2025). MedFuse: …
    arXiv:2511.09247." / "… evaluated on PhysioNet 2012 itself …" took a year the notes mention: the line, read as
    the same whole reference (the same title), gives the work's own. "[S4] Nguyen, et al. Deep Learning to Attend
    to Risk in ICU" / "arXiv:1707.05010. The architectural ancestor …": with no year to end it, the title ran on past
    the identifier into the note's first sentence; the line alone ends it. None when the line reads as no reference
    of its own, or as the same one (a title wrapped onto the next line goes on at the description's very start)."""
    own = citation.parse_citation(line)
    if own is None or own.confidence < 0.5 or not own.authors or not own.title or len(own.title.split()) < 3:
        return None
    if own.title == cited.title:
        return dataclasses.replace(cited, year=own.year) if own.year and own.year != cited.year else None
    rest = cited.title[len(own.title):].strip() if cited.title and cited.title.startswith(own.title) else ""
    if not rest or description.find(rest) <= 0:
        return None
    return dataclasses.replace(cited, title=own.title, year=own.year or cited.year)


def _row_byline(entry: Entry) -> tuple[str, ...]:
    """The authors a table row's paper cell names its work by, when that cell is a byline alone ("Yan et al.",
    "Xie et al. (RealMIP)", "Mila & Ray", "Sadanandan"): the cell is the row's title, or the field under the title
    column's header when another cell titled the row; () for any other entry. Why: a literature review's summary
    table restates its works by byline and year, each row read as a paper titled by its key ("S1") or by surnames."""
    header = next((value for label, value in entry.fields if label == TITLE_COLUMN_FIELD), None)
    if header is None:
        return ()
    text = next((value for label, value in entry.fields if label == header), entry.title)
    names = citation.parse_trailer(text).authors
    words = [w for w in text.split() if w not in ("&", "and")]
    return names if names and (inline.reads_as_byline(text) or len(words) == len(names)) else ()


def _without_enumerated_clauses(entries: list[Entry], candidates: list[int]) -> list[int]:
    """Drop the clauses of an enumerated sentence from link-less reference candidates: ``Key choices include:`` /
    ``- HD95 = max(Q95(P→G), Q95(G→P));`` / ``- physical spacing in mm when available;`` … — items closed by a
    semicolon continue one sentence, and a section whose link-less items mostly end so is such a sentence, all of
    it (its last item ends with a full stop). A title never ends with a semicolon."""
    def clause(i: int) -> bool:
        return entries[i].text.rstrip().endswith((";", "；", "; and", "; or"))

    counts: dict[tuple, list[int]] = {}
    for i in candidates:
        c = counts.setdefault(_topic_key(entries[i]), [0, 0])
        c[0] += 1
        c[1] += clause(i)
    return [i for i in candidates if 2 * counts[_topic_key(entries[i])][1] < counts[_topic_key(entries[i])][0]]


def _without_todo_tasks(entries: list[Entry], candidates: list[int]) -> list[int]:
    """Drop the to-do tasks from link-less reference candidates. A task-list item (``- [x] …``) is a reading list's
    read mark (``- [ ] Attention Is All You Need``) or a to-do (``- [x] Compare ConvNeXt to ResNet50``): a task
    opens with a verb of doing, and a section whose task items mostly do is a to-do list, all of it."""
    def task(i: int) -> bool:
        return any(label == TASK_ITEM_FIELD for label, _ in entries[i].fields)

    def todo(i: int) -> bool:
        first = entries[i].title.split(None, 1)[0].lower().strip(":,.") if entries[i].title.strip() else ""
        return first in _TODO_VERBS

    tasks: dict[tuple, list[int]] = {}
    chosen = set(candidates)  # (a task whose only links are the reader's notes on it is a candidate too)
    for i, e in enumerate(entries):
        if (not e.links or i in chosen) and task(i):
            counts = tasks.setdefault(_topic_key(e), [0, 0])
            counts[0] += 1
            counts[1] += todo(i)
    if not tasks:
        return candidates
    return [i for i in candidates if not task(i) or not todo(i) and 2 * tasks[_topic_key(entries[i])][1]
            < tasks[_topic_key(entries[i])][0]]


_RESOURCE_KINDS = ("dataset", "tool", "repository", "competition", "model")


#: the last word of a name that says what sort of resource it names ("Ascle NLP Toolkit", "Gene Ontology Database")
_RESOURCE_NOUNS = frozenset({"toolkit", "toolbox", "library", "package", "framework", "platform", "pipeline",
                             "software", "tool", "tools", "suite", "database", "dataset", "corpus", "server",
                             "api", "sdk", "app", "plugin", "viewer", "browser", "portal", "atlas"})


#: the last word of a name that says it names a data set ("MeDAL Retina Dataset", "Gene Ontology Database")
_DATA_NOUNS = frozenset({"dataset", "datasets", "database", "corpus"})


def _names_a_resource(title: str) -> bool:
    words = title.split()
    return bool(words) and words[-1].strip("`*_.,:;()[]").lower() in _RESOURCE_NOUNS


def _bare_name_over_its_article(e: Entry) -> bool:
    """``- [Zinb-WAVE](nature.com/articles/…): model-based dimensionality reduction``: a paper record that is only a
    bare name (one or two words) linked to an article, its other links pages, no byline, year or venue of its own."""
    return bool(e.links) and e.links[0].role == "paper" and all(link.role == "other" for link in e.links[1:]) \
        and not (e.authors or e.year is not None or e.venue) and len(e.title.split()) <= 2 \
        and not classify._is_paper_like(e.title)


#: a note's closing bracketed tag ("… in Healthcare (ArXiv paper)", "… [preprint]")
_NOTE_CLOSING_TAG = re.compile(r"[(\[]([^()\[\]]{1,30})[)\]]\W*$")


def _note_tags_a_paper(description: str | None) -> bool:
    """``- [RWE-Bench](medrxiv.org/content/10.1101/…) - Evaluating Language Models in Healthcare (arXiv paper)``:
    a bare name's note that closes on a kind tag naming a scholarly work ("(arXiv paper)", "(preprint)",
    "[review]") says in words what the line is, so the name stays the paper its link identifies, whatever its
    siblings are (a tool's note, "- [make](…) - follow script recipes", carries no such tag)."""
    m = _NOTE_CLOSING_TAG.search(description or "")
    return bool(m) and classify.names_paper_kind(m.group(1).strip())


def _bare_names_among_resources(entries: list[Entry]) -> list[Entry]:
    """A bare name (one or two words) whose one link is an article ("- [make](frontiersin.org/articles/…) - follow script
    recipes", "### [Pre-Natal MRI](f1000research.com/articles/…)") among linked siblings that are tools,
    datasets or repositories is one more resource of the section, cited by its article, not a paper."""
    # the kinds of each section's linked entries, counted once (a section of 30,000 bare names would otherwise
    # count its siblings once per name)
    kinds_by_topic: dict[tuple, Counter] = {}
    for e in entries:
        if e.links:
            kinds = kinds_by_topic.setdefault(_topic_key(e), Counter())
            kinds[e.kind] += 1
            if e.kind == "paper" and _bare_name_over_its_article(e):
                # (counted apart: "- [Zinb-WAVE](nature.com/articles/…): model-based dimensionality reduction" beside
                # "- [GLM-PCA](biorxiv…): …" among a section of repositories are the names judged here, not papers
                # that make the section one of papers)
                kinds["bare name"] += 1
    out = list(entries)
    for i, e in enumerate(entries):
        if e.kind != "paper" or not e.links:
            continue
        if e.links[0].role == "code":
            # '- <a href="github.com/…/MeDAL-Retina"> **MeDAL Retina Dataset**</a> … <a href="arxiv.org/pdf/…"> ![paper](
            # …)</a>': a name linked to the repository the data is had from, its article a later link, among
            # siblings that are challenges and data sets is one more of them (its own repository, not a paper's code)
            if not any(link.role == "paper" for link in e.links[1:]) \
                    or any(link.role not in ("paper", "other") for link in e.links[1:]):
                continue
        elif e.links[0].role != "paper" or any(link.role != "other" for link in e.links[1:]):
            continue
        topic = [h.text for h in e.topic]
        hint = classify.section_hint(topic)
        # under a heading that names tools or data ("## Ferramentas & Bibliotecas"), a name's description may date
        # its article ("- [snputils](biorxiv.org/…) - Biblioteca … (bioRxiv 2026)") and two siblings are enough
        resource_section = hint in ("tool", "dataset") and not classify.mentions_papers(topic)
        if hint == "paper" or (e.authors or e.year is not None or e.venue) and not resource_section:
            continue
        if len(e.title.split()) > (3 if _names_a_resource(e.title) else 2) or classify._is_paper_like(e.title):
            continue
        if _note_tags_a_paper(e.description):
            continue  # ("- [RWE-Bench](medrxiv…) - Evaluating … in Healthcare (arXiv paper)": its note says it is one)
        kinds = kinds_by_topic[_topic_key(e)]  # the entry itself is one of its section's papers
        siblings = kinds.total() - kinds["bare name"] - 1
        others = siblings + 1 - kinds["paper"]
        # the section's other papers, the bare names like this one left out when the section's resources outnumber
        # them by two or more (a section of such names with few repositories among them stays a section of papers)
        papers = siblings - others
        if kinds["bare name"] > 1 and sum(kinds[k] for k in _RESOURCE_KINDS) >= kinds["bare name"] + 2:
            papers -= kinds["bare name"] - (1 if _bare_name_over_its_article(e) else 0)
        resources = {k: kinds[k] for k in _RESOURCE_KINDS if kinds[k]}
        if siblings < (2 if resource_section else 3) or 4 * papers > siblings \
                or sum(resources.values()) < 2 or 3 * sum(resources.values()) < others:
            continue  # (a name among videos and posts, "- [Good paper](doi.org/…)", stays a paper)
        kind = max(sorted(resources), key=resources.__getitem__)
        if kind == "model" and e.links[0].role == "code" and e.identifiers.any():
            # "## 法律大模型" / "### Lawyer LLaMA" / 项目地址: github… / 论文地址: arxiv…, among models that give no paper:
            # a model's project that gives its identified paper is that paper's record, as it is among models that do
            continue
        if e.links[0].role == "code" and e.title.split()[-1].strip("`*_.,:;()[]").lower() in _DATA_NOUNS:
            kind = "dataset"  # "MeDAL Retina Dataset" among challenges: its name says it is a data set
        out[i] = replace(e, kind=kind)
    return out


def _indent(entry: Entry) -> int:
    text = entry.text.expandtabs(4)
    return len(text) - len(text.lstrip(" "))


#: the kinds an item naming one program may be read as (``_tool_papers_under_their_repo``): its repository first,
#: or its web site or data (a database, a project's data page) first with the repository among its links
_PROGRAM_ITEM_KINDS = frozenset({"repository", "tool", "website", "dataset"})


def _program_item_links(links: tuple[Link, ...]) -> bool:
    """Whether an item's links are a program's: its repository, pages (homepage, demo, tweets) and companion
    repositories, but no paper or dataset of its own — an item linking an article or a dataset is not a program
    whose sub-bullet reference is its only paper."""
    return any(link.role == "code" for link in links) \
        and all(link.role in ("code", "related_code", "other") for link in links)


def _tool_papers_under_their_repo(entries: list[Entry]) -> list[Entry]:
    """A program's item that links only its repository, with one sub-bullet citing its article ("- `HiCluster` -
    scHi-C clustering … https://github.com/zhoujt1994/scHiCluster" / "    - Zhou, J., … “HiCluster: A Robust …”
    Preprint. 2018. https://doi.org/10.1101/506717."): the repository is that paper's own code. The item may name
    its homepage first and its repository after ("- [ArchR](https://www.archrproject.com/) - … [GitHub](https://
    github.com/GreenleafLab/ArchR)", a website by its name link), and may add a companion repository the list labels
    as such ("[Code to reproduce the paper](…/ArchR_2020)", "[SnapTools to work with snap files](…)": related
    code): the program's one code repository is still its paper's. The item may also name
    its web site or data first and its repository among them ("- `phyloseq` R package … http://www.bioconductor.org/
    …, http://joey711.github.io/phyloseq/, https://github.com/joey711/phyloseq", "- Qiita - database … Web site,
    https://qiita.ucsd.edu/, GitHub, https://github.com/biocore/qiita"): read as a website or a data set, it is
    still one program with one repository, the sub-bullet its article."""
    out = list(entries)
    for i in range(len(entries) - 1):
        parent, child = entries[i], entries[i + 1]
        # (the sub-bullet right under the item, or after a blank line: a loose list is the same list)
        if parent.kind not in _PROGRAM_ITEM_KINDS or child.kind != "paper" \
                or not parent.end_line < child.line <= parent.end_line + 2 \
                or any(link.role in ("code", "related_code") for link in child.links):
            continue
        if not _program_item_links(parent.links):
            continue
        repos = {ids.canonical_repo(link.url) for link in parent.links if link.role == "code"}
        repos.discard(None)
        if len(repos) != 1:
            continue
        depth = _indent(parent)
        if _indent(child) <= depth or i + 2 < len(entries) and _indent(entries[i + 2]) > depth:
            continue  # (not a sub-bullet, or one of several: a reading list under a heading-like item)
        code = next(link for link in parent.links if link.role == "code")
        out[i + 1] = replace(child, links=child.links + (Link(code.url, code.label, "code", code.line, code.text),))
    return out


@functools.lru_cache(maxsize=1024)  # asked twice per tool entry (whether to read the reference, and how)
def _link_identifies_reference(url: str, reference: str) -> bool:
    """``- [ASCAT](https://pubmed…/20837533/)`` / ``  > Van Loo P, … Allele-specific copy number analysis of tumors.
    … PubMed PMID: 20837533``: the name links the very record its reference identifies (the link's DOI, arXiv id,
    PMID or PMCID is the one the reference gives), so the reference is that name's paper even when its title
    never says the name ("The Genome Analysis Toolkit: …" under "GATK")."""
    have = ids.ids_from_url(url)
    if not any(have):
        return False
    found = ids.identifiers_from(reference, ()).as_dict().values()
    return any(h and f and h.casefold() == f.casefold() for h, f in zip(have, found))


def _past_link_separator(description: str) -> str:
    """The description past a separator the name's line left after its last link: "- Harmony: https://…/quickstart;"
    / "  > Korsunsky, I., … Fast, sensitive and accurate integration … with Harmony. Nat Methods … https://doi…" — the
    line lists its links "url; url;" and keeps the separator after the last one, which opens the description; the
    quoted reference under the name starts after it. Why: read with the ";" first, the reference did not open with
    its first author, and the name's line stayed a website holding its paper's DOI."""
    return description.lstrip(" \t;,|")


def _names_its_reference(name: str, description: str, cited: citation.Citation, own_repo: bool = False) -> bool:
    """A short name (``DIA-NN``, ``thermorawfileparser``) over a text that is its reference and nothing else: the
    text opens with the reference's first author, and the reference's title is a title that names the program
    ("DIA-NN: neural networks and interference correction …"), not the name alone; a linked title followed by
    its venue ('"[Confounding-Robust Policy Improvement.](…)" In *Advances in …*, pp. 9269-9279. 2018.') is no
    name over its reference. ``own_repo``: the name links its code repository ("**[PIPR](github…)**" / "Muhao Chen,
    …, Multifaceted protein–protein interaction prediction …, Bioinformatics, …, 2019"), whose reference is its
    paper's though the title never says the program's name."""
    # ('“HistoQC：用于…的开源质量控制工具”，Janowczyk A.，…，2019': a reference that opens with its quoted title, its
    # title perhaps Chinese, one "word" to a count of words, is opened by that title, not by an author)
    quoted_first = citation.quoted_title_comma_reference(description) is not None
    if not cited.title or not cited.authors or len(cited.title.split()) < 4 and not quoted_first:
        return False
    first = cited.authors[0].split(",")[0].split()[0].strip(" .")
    key = name.casefold().strip(" .")
    if own_repo and key not in cited.title.casefold() and cited.title.count(",") > 2:
        return False  # "Chelsea J -T Ju, Guangyu Zhou, …, Title, Bioinformatics, Volume 35": names read into the title
    if own_repo and key not in cited.title.casefold() and (not classify.reads_like_paper_title(cited.title)
                                                         or key in (cited.venue or "").casefold()):
        # "Kang, D. D., …, An, H., & Wang, Z. (2019). MetaBAT 2: …" read as titled "An, H., & Wang"; "Durbin R; 1000
        # Genome Project Data Processing Subgroup. The Sequence Alignment/Map format and SAMtools." with the group
        # as the title and the real title (naming the program) as the venue: a misread reference titles nothing
        return False
    return bool(first) and bool(key) and (quoted_first or description.lstrip(" >*_").startswith(first)) \
        and (own_repo or _program_named_in(key, cited.title.casefold())) and cited.title.casefold().strip(" .") != key


def _program_named_in(key: str, text: str) -> bool:
    """Whether a program's (case-folded) name ``key`` is written in ``text``, or the name without the version number
    it closes on: "bwa-mem2" in "Efficient Architecture-Aware Acceleration of BWA-MEM for Multicore Systems",
    "metabat2" in "MetaBAT …". Why: a tool's later version keeps the paper that named it ("- [BWA-MEM2](ieeexplore…)"
    over that paper's reference); read by the full name, the line was titled by the tool's name. The stem keeps
    three characters at least and letters before the number ("r2", "v2" alone name nothing)."""
    if key in text:
        return True
    if 3 <= len(key) <= 12 and key.isalpha() and _acronym_of(key, text):
        return True
    stem = key.rstrip("0123456789").rstrip(" .-_")
    return stem != key and len(stem) >= 3 and stem[-1:].isalpha() and stem in text


def _acronym_of(key: str, title: str) -> bool:
    """Whether ``key`` (a case-folded name of letters) is the initials of ``title``'s words (or of its words before a
    colon), every word's or every word's but the short ones (``_ACRONYM_SKIPPED_WORDS``; a hyphenated word one word):
    "blast" of "Basic local alignment search tool", "gsea" of "Gene set enrichment analysis: …". Why: a tool
    named by its paper's acronym ("- [BLAST](sciencedirect…)" over "Altschul, S.F., … (1990) “Basic local alignment
    search tool.” …") never writes the name in the title, and the line was titled by the name, not the work."""
    for part in {title.strip(" ."), title.split(":", 1)[0]}:  # ("Gene set enrichment analysis: a knowledge-based …")
        words = [w for w in re.split(r"[\s/]+", part.strip(" .")) if w and w[0].isalpha()]
        if 3 <= len(words) <= 12 and ("".join(w[0] for w in words) == key
                                      or "".join(w[0] for w in words if w not in _ACRONYM_SKIPPED_WORDS) == key):
            return True
    return False


#: a method's or tool's short name written alone after a venue tag: "CheXpert", "NegBio", "MIRQI", "U-Net++"
_TAGGED_SHORT_NAME = re.compile(r"[^\W\d_][\w+\-]{2,}")


def _short_name_after_tag(rest: str) -> bool:
    """``CheXpert`` after ``[AAAI 2019] ``: one word of three characters or more, opening with a letter. Why: a
    linked line's venue tag was kept only before ten characters of title, so a toolkit named by its short name
    after its venue and year kept the tag as its title ("[AAAI 2019] CheXpert") and lost its venue and year; a
    link-less line's tag already went before such a name (``_venue_tag``'s other caller)."""
    return _TAGGED_SHORT_NAME.fullmatch(rest.strip()) is not None


#: a lone "byline" that may be a venue's name: letters and a few signs, no comma, perhaps its year in brackets after
#: it ("Nature Methods", "Current Opinion in Chemical Biology (2021)", "IEEE Transactions on Medical Imaging (TMI)" with
#: its short name); "et al." marks a byline, never a venue
_VENUE_AS_BYLINE = re.compile(r"(?P<venue>(?![^\n]*\bet\.? al\b)[A-Za-z][\w&.:'’ -]*?(?: \([A-Z][\w&-]{1,12}\))?)"
                              r"\s*(?:\((?:19|20)\d\d\))?\.?")
#: a month's name alone, any case: what a date tag ("(MAR2021) ") has where a venue tag has the venue
_MONTH_NAME = re.compile(rf"(?i){citation.MONTH}")


def _full_year(yy: str) -> int:
    """A year as written in a tag: "2021", or "'21" / "21" for 2021 and "98" for 1998."""
    return int(yy) if len(yy) == 4 else 2000 + int(yy) if int(yy) < 50 else 1900 + int(yy)


def _venue_tags_among_authors(authors: tuple[str, ...]) -> tuple[tuple[str, ...], str | None, int | None] | None:
    """``- ⭐⭐ *(2025-CVPR)* **Title** [[Paper]](…)``: an author read from an emphasised run that is wholly a bracketed
    venue-and-year tag (``_venue_tag``: "(2025-TMI)", "[MICCAI 2023]", "(2024)") is that tag, not a name → (the other
    authors, the tag's venue, its year); None when no author is so written. Why: a list setting each item's tag in
    italics before its bold or linked title gave every work the tag as its author and no venue nor year (the
    link-less line, its tag left in the title, was read by ``_venue_tag`` already)."""
    found = None
    for a in authors:
        s = a.strip(" *_")
        if s[:1] in "([" and s[-1:] in ")]" and (tag := _venue_tag(s)) is not None and tag[0] >= len(s):
            found = found or (tag[1], tag[2])
    if found is None:
        return None
    rest = tuple(a for a in authors if not (a.strip(" *_")[:1] in "([" and (t := _venue_tag(a.strip(" *_"))) is not None
                                            and t[0] >= len(a.strip(" *_"))))
    return rest, found[0], found[1]


def _venue_tag(title: str) -> tuple[int, str | None, int | None] | None:
    """A leading venue-and-year tag ("[CVPR'23] ", "[2018 ICLR] ") → (where it ends, venue, year);
    None when there is none, or when "[12] " is a reference number rather than a year."""
    tag = _VENUE_TAG.match(title)
    if tag is None:
        return _nick_venue_tag(title) or _glued_nick_tag(title)
    venue = (tag.group("venue") or tag.group("venue2") or "").strip() or None
    if venue is not None and _MONTH_NAME.fullmatch(venue.rstrip(".")):
        venue = None  # "(MAR2021) ", "(Jun 2019) ": a date tag, the month no venue
    if venue is not None and tag.group("status"):
        venue += tag.group("status")  # "(NeurIPS 2022 Workshop)": the venue is the workshop, "NeurIPS Workshop"
    yy = tag.group("year") or tag.group("year2")
    if venue is None and len(yy) != 4:
        return None
    return tag.end(), venue, _full_year(yy)


#: a venue and its year, a space between them, or a year alone, in CJK lenticular brackets opening a title:
#: "【IMWUT 2022】", "【2023】" (a name glued to a year, "【Endovis2017】", labels a challenge or data set instead)
_LENTICULAR_LEAD = re.compile(r"【(?P<tag>(?:[A-Za-z][\w&.'-]{0,24}(?: [A-Za-z][\w&.'-]{0,24}){0,3} )?(?:19|20)\d\d)】")


#: a venue's short name and its year, unbracketed, closed by a colon, opening a title: "CVPR-15: ", "CVPR17: ",
#: "ICML-19:\t", "MICCAI 2020: ", "CVPR-19：" (bounded parts, no backtracking over a long title)
_COLON_VENUE_TAG = re.compile(r"(?P<venue>[A-Za-z][A-Za-z&]{1,15}?)[ '’-]?(?P<year>(?:19|20)\d\d|\d\d)"
                              r"[ \t]{0,3}[:：][ \t]{0,3}(?=\S)")
#: preprint servers a colon tag may name as a venue names them ("arXiv 2020: ", "Arxiv17: ")
_PREPRINT_TAG_VENUES = frozenset({"arxiv", "biorxiv", "medrxiv"})


def _colon_venue_tag(title: str) -> tuple[int, str | None, int | None] | None:
    """``CVPR-15: Learning from Massive Noisy Labeled Data …``, ``ICML-19: Unsupervised Label Noise Modeling …`` →
    (where the tag ends, venue, year): a reading list that heads each title with where and when it appeared, a
    venue's known short name (``citation.names_venue``) or a preprint server and a two- or four-digit year before a
    colon, no brackets. Why: kept in the title, "CVPR-15:" made every title differ from the work's, and the record
    lost its venue and year. Not a name that only ends in digits ("COVID-19: …", "ResNet-50: …": no venue), and
    three words or more must follow (else the colon closes a label)."""
    tag = _COLON_VENUE_TAG.match(title)
    if tag is None:
        return None
    venue = tag.group("venue")
    if not (citation.names_venue(venue) or venue.casefold() in _PREPRINT_TAG_VENUES) \
            or len(title[tag.end():].split()) < 3:
        return None
    return tag.end(), venue, _full_year(tag.group("year"))


def _lenticular_venue_tag(title: str) -> str | None:
    """``【IMWUT 2022】colloSSL: Collaborative …`` → ``[IMWUT 2022] colloSSL: Collaborative …``: a link-less title's
    lenticular tag that names a venue and its year, written in square brackets, so it is read as the square tag of a
    link-less title is (``_venue_tag``). Why: dropped as a label, the tag took the work's venue and year with it,
    and a link-less title with nothing to date it read as no work. None for any other title."""
    m = _LENTICULAR_LEAD.match(title)
    if m is None:
        return None
    square = f"[{m.group('tag').strip()}] " + title[m.end():].lstrip()
    tag = _venue_tag(square)
    return square if tag is not None and tag[1] is not None and tag[2] is not None else None


#: a venue's name alone in a bracket of its own, right after a year's: "(ACL) " in "(2016) (ACL) Title", "() " in
#: "(2017) () Title" (the list leaves the slot empty when it knows no venue); one to four words, no year
_VENUE_SLOT = re.compile(r"[(（\[]\s*(?P<venue>[A-Za-z][\w&.+'-]{0,24}(?: [\w&.+'-]{1,24}){0,3})?\s*[)）\]]\s+(?=\S)")


def _venue_slot_after_year(title: str, tag_venue: str | None) -> tuple[str, str | None] | None:
    """``(ACL) Explaining Predictions of …`` after a ``(2016)`` tag → (the title, "ACL"): a reading list writes each
    line as its year, then its venue in brackets of its own (empty when unknown), then the title. Only after a tag
    that gave a year and no venue (``_venue_tag``), and only before words that read as a paper's title; None
    otherwise. Why: read whole, every title opened with its venue, and the line cited no work."""
    if tag_venue is not None or (m := _VENUE_SLOT.match(title)) is None:
        return None
    venue, rest = m.group("venue"), title[m.end():].strip()
    if venue is not None and (_YEAR.search(venue) or venue.casefold() in _STATE_SLOT):
        return None
    if venue is not None and venue.casefold() in _GENRE_SLOT:
        venue = None  # "(2019) (Survey) Title": the slot says what kind of work it is, not where it appeared
    return (rest, venue) if _titled_after_dated_lead(rest) else None


def _titled_after_dated_lead(text: str) -> bool:
    """Whether what follows a line's year and venue in brackets is a work's title: one that reads as a paper's
    (``classify.reads_like_paper_title``), or a short one of two words or more that is no sentence ("Generating
    Visual Explanations", "Rationalizing Neural Predictions"); the dated lead already says a work is cited, and a
    title may ask what a note would ("LIME-Why should i trust you: …")."""
    words = text.split()
    return classify.reads_like_paper_title(text) or 2 <= len(words) <= 40 and text[:1].isalnum() \
        and not classify.reads_as_sentence(text) and sum(c.isalpha() for c in text) >= 8


#: bracketed words that say a line's state or a resource's kind, not a venue: "(2024) (WIP) Our notes on …",
#: "(2019) (Dataset) …" cite no work
_STATE_SLOT = frozenset({"todo", "wip", "new", "updated", "draft", "optional", "deprecated", "dataset", "code",
                         "tool"})
#: bracketed words that say a work's genre, not its venue
_GENRE_SLOT = frozenset({"survey", "review", "tutorial", "overview", "perspective", "benchmark", "preprint",
                         "thesis", "book"})


#: Manubot citation keys closing a line, one or several in one bracket, each named by its prefix: "[@doi:10.1038/…]",
#: "[@arxiv:1703.02442; @pmid:27898976]", "[@tag:Beaulieu2016]" (a bare "[@jdoe]" is as often a user's handle)
_MANUBOT_KEY = r"@(?:doi|arxiv|pmid|pubmed|pmcid|pmc|tag|url|isbn|wikidata|raw):[^\[\]\s;@]+"
_MANUBOT_CITATION_TAIL = re.compile(rf"(?<!\s)\s*\[{_MANUBOT_KEY}(?:\s*;\s*{_MANUBOT_KEY})*\]\.?$")


def _pandoc_cited_title(title: str) -> tuple[str, bool] | None:
    """``Dermatologist-level classification of skin cancer [@doi:10.1038/nature21056]`` → (the title before the
    closing bracket of Manubot citation keys (``@doi:``, ``@arxiv:``, ``@pmid:``, ``@pmcid:``, ``@tag:`` …,
    ``_MANUBOT_CITATION_TAIL``), whether a stop closes the line after the bracket, as a sentence's does); None when
    the line closes on no such bracket or fewer than three words stand before it.

    Why: a list kept in the deep-review's Manubot Markdown cites each work by its key in brackets after its title;
    the identifier there was read, but the bracket stayed glued to the title (and a ``[@tag:…]`` line, with no
    identifier read, was no paper at all)."""
    # (no key, no search; the look-behind starts a match only where a space run starts: a run of 150,000 spaces
    # before a cell's "*" was otherwise tried from each of its spaces, quadratic, 40 s)
    m = _MANUBOT_CITATION_TAIL.search(title) if "[@" in title else None
    if m is None:
        return None
    rest = title[:m.start()].rstrip(" .,;:")
    return (rest, m.group().endswith(".")) if len(rest.split()) >= 3 else None


def _closing_tag(title: str | None, linked: bool = False) -> tuple[str, str | None, int] | None:
    """A closing bracketed venue-and-year tag → (the title before it, venue or None, year); None when there is none.

    Why: reading notes end each work's title with where and when it appeared, venue first ("Title. [NRG, 2011]")
    or year first ("Title [2010, BMC Bioinform]", "Title [2020]"), on a bare line or inside the link's text
    ("[Title [2020, npj Computational Materials]](nature.com/…)"); the tag is no part of the title. At least
    four words must stay before the tag (a short name may close on a bracketed note). A two-digit year needs an
    apostrophe before it ("Title | [NeurIPS' 20]", link-less lines of a list whose other lines link a pdf).
    ``linked``: the entry links what it names; then a year alone in the brackets ("HCOPE [2015] https://…", "World
    Models [2018] https://arxiv…") dates that work however short its name: a bare year notes nothing else, and the
    lines of such a list were cut or kept by their titles' length (a link-less short name keeps it: a news line's
    or a legend's)."""
    if not title or not title.endswith("]"):
        return None
    tag = _CLOSING_TAG.search(title)
    if tag is not None:
        venue = tag.group("venue").strip(" ,") or None
    elif (tag := _CLOSING_YEAR_TAG.search(title) or _CLOSING_DATE_THEN_VENUE.search(title)) is not None:
        # (the year may carry its month, "[2024-05]"; a venue may follow in a bracket of its own, "[2024-12]
        # [Pharmacological Research]": both tags date and place the work, neither is part of its title)
        venue = (tag.group("venue") or "").strip(" ,.") or None
    elif (tag := _CLOSING_APOS_TAG.search(title)) is not None:
        # "Title | **[NeurIPS' 20]**": the pipe parts the title from its venue cell, as a table's would
        rest = title[:tag.start()].rstrip(" .\t|")
        if len(rest.split()) < 4:
            return None
        return rest, tag.group("venue"), _full_year(tag.group("yy"))
    else:
        return None
    rest = title[:tag.start()].rstrip(" .")
    if len(rest.split()) < 4 and not (linked and venue is None and tag.group("venue") is None
                                      and any(ch.isalpha() for ch in rest)):
        return None
    return rest, venue, int(tag.group("year"))


#: a method's short name and a colon before a bracketed venue tag: "SDXL: [ICLR 2024 spotlight] ", "GEN-1: [ICCV
#: 2023] " (one to three tokens, no bracket of its own)
_NAMED_LEAD = re.compile(r"(?P<name>[A-Za-z0-9][\w.+/-]{0,24}(?: [\w.+/-]{1,24}){0,2}):\s+(?=[\[(])")


def _named_lead_venue_tag(title: str) -> tuple[int, str | None, int | None] | None:
    """``SDXL: [ICLR 2024 spotlight] SDXL: Improving Latent Diffusion Models …``, ``GEN-1: [ICCV 2023] Structure and
    Content-Guided Video Synthesis …`` → (where the tag ends, venue, year): a bold method name and a colon before
    the venue-and-year tag that opens the work's bold title ("* **GEN-1**: \\[ICCV 2023] **Title** \\[[Paper](…)]").
    Why: the name labels the line as the tag dates it; read as the title's head, it kept the tag inside the title
    and the venue and year out of the record. Only a tag naming a venue and a year (``_venue_tag``)."""
    lead = _NAMED_LEAD.match(title)
    if lead is None:
        return None
    tag = _venue_tag(title[lead.end():])
    if tag is None or tag[1] is None or tag[2] is None:
        return None
    return lead.end() + tag[0], tag[1], tag[2]


def _nick_venue_tag(title: str) -> tuple[int, str | None, int | None] | None:
    """A leading "(nickname, venue)" tag → (where it ends, venue, year or None): ``(GraphRetro, NeurIPS)``,
    ``(MedSAM, Nat Commun 2024)``, ``(2024, WIREs Comput Mol Sci)``. Paper-reading notes tag each work with
    the method's name (or the year) and where it appeared, as ``[CVPR'23]`` tags do with the venue alone.
    The nickname is one to three words; without a year the venue must name one (``citation.names_venue``):
    "(U-Net, Segmentation)" tags a topic, not a venue."""
    tag = _NICK_VENUE_TAG.match(title)
    if tag is None or len(tag.group("lead").split()) > 3:
        return None
    lead, venue, yy = tag.group("lead").strip(), tag.group("venue").strip(), tag.group("year")
    if _FULL_YEAR.fullmatch(lead):
        if yy is not None or len(venue.split()) > 5:
            return None
        yy = lead
    elif yy is not None:
        if len(venue.split()) > 5 or not venue[:1].isupper() or not citation.looks_like_venue(venue):
            return None
    elif not citation.names_venue(venue):
        return None
    return tag.end(), venue, int(yy) if yy else None


def _glued_nick_tag(title: str) -> tuple[int, str | None, int | None] | None:
    """A leading nickname glued to its bracketed venue and year (``_GLUED_NICK_TAG``) → (where it ends, venue,
    year): ``UMT(CVPR2021) Unbiased Mean Teacher …``, ``Survey(arxiv2022.08)(TPAMI2022) Domain Generalization: …``.

    Why: notes lists label each paper with its method's short name and where it appeared, bold, before the
    title; read whole, every title opened with "UMT(CVPR2021)". The nickname is one to four words, one of its
    notes must state a venue and a year (the last such note wins: "(arxiv2022.08)(TPAMI2022)" was published in
    TPAMI), and at least three words must follow, else the bracket belongs to a short name ("GPT(2018) paper")."""
    tag = _GLUED_NICK_TAG.match(title)
    if tag is None or len(tag.group("lead").split()) > 4 or len(title[tag.end():].split()) < 3:
        return None
    notes = list(_GLUED_VENUE_NOTE.finditer(tag.group("notes")))
    if not notes:
        return None
    return tag.end(), notes[-1].group("venue"), int(notes[-1].group("year"))


#: pages named by their work's title, written as a slug: "paperswithcode.com/paper/<slug>"
_SLUG_PAGE = re.compile(r"^https?://(?:www\.)?paperswithcode\.com/paper/([a-z0-9][a-z0-9-]{8,200})/?(?:[?#].*)?$", re.I)


#: a path segment that spells a title: a record number may lead it ("51193776_"), then words joined by "_" or "-"
_TITLE_SLUG_SEGMENT = re.compile(r"(?:\d+[_-])?((?:[A-Za-z][A-Za-z0-9']*[_-]){3,30}[A-Za-z][A-Za-z0-9']*)")
#: the fewest words a title slug holds (a shorter one is a section's or a journal's name:
#: "natural-language-engineering")
MIN_SLUG_TITLE_WORDS = 5


def _path_slug_title(url: str) -> str:
    """``researchgate.net/publication/51193776_Suicide_Note_Classification_Using_…`` → ``Suicide Note Classification
    Using …``; ``cambridge.org/core/journals/<journal>/article/natural-language-processing-in-…/32645FF…``: a paper
    page whose address spells its work's title as one path segment of five words or more (a record number may lead
    it). Only whole segments of words count: a DOI, an id, a file name (``….pdf``) or a hash is no title."""
    path = url.split("://", 1)[-1].split("?", 1)[0].split("#", 1)[0]
    best = ""
    for segment in path.split("/")[1:]:
        m = _TITLE_SLUG_SEGMENT.fullmatch(segment)
        if m is not None:
            words = re.split(r"[_-]", m.group(1))
            if len(words) >= MIN_SLUG_TITLE_WORDS and len(words) > len(best.split()):
                best = " ".join(words)
    return best


def _slug_title(url: str) -> str:
    """``https://paperswithcode.com/paper/chexnet-radiologist-level`` → ``chexnet radiologist level``; any other
    paper page's title spelled in its address (``_path_slug_title``)."""
    m = _SLUG_PAGE.match(url)
    return " ".join(m.group(1).split("-")) if m else _path_slug_title(url)


#: a title closed by a GB/T 7714 document-type code: "Title[J]", "Title[C]", "Title[M]", "Title[D]", "Title[J/OL]"
_GBT_DOC_TYPE_END = re.compile(r"\[[JCMD](?:/OL)?\]\Z")


def _lead_in_before_reference(entry: Entry, title: str) -> bool:
    """The item's first line is a sentence ``title`` closed by a colon, and the item goes on past it on a line of
    its own: "A previous work of Absci on the same topic:" before a pasted reference (a line break, not a label's
    "Paper: …" on one line, where the colon parts a field's name from its value)."""
    first, sep, _rest = entry.text.lstrip().partition("\n")
    if not sep or not first.rstrip().endswith((":", "：")):
        return False  # (the cheap test first: most items are one line, or no lead-in)
    first = " ".join(first.split())  # (no-break spaces pasted from a web page are spaces)
    lead = " ".join(title.split()).rstrip(" :：*_")
    return len(lead.split()) >= 3 and first[:-1].rstrip(" *_").endswith(lead) and "](" not in first


#: the fewest words a title before a stray closing quote must have for the words after it to be a remark
_QUOTED_TITLE_MIN_WORDS = 3


def _stray_closing_quote(text: str) -> bool:
    """``text`` holds a closing ” and no opening “: the quote closes nothing that opened in it."""
    return "”" in text and "“" not in text


def _before_closing_quote_remark(title: str) -> str:
    """``[Underspecification Presents Challenges for … Machine Learning” might of interest to ML enthusiasts](arxiv…)``
    → the title: a link text copied from a sentence that quoted the title (its opening quote left out) keeps the
    writer's remark after the closing quote.

    Why: the remark read as the title's tail. Only a link's own text that holds the stray quote (a plain-text
    reference's quotes are ``citation``'s to read), a title of at least ``_QUOTED_TITLE_MIN_WORDS`` words before it,
    and words after it that begin in lower case (a sentence running on, never a title's next part). Linear: one
    find."""
    close = title.find("”")
    head, tail = title[:close].rstrip(), title[close + 1:].lstrip()
    if len(head.split()) >= _QUOTED_TITLE_MIN_WORDS and len(tail.split()) >= 2 and tail[:1].islower():
        return head
    return title


def _quoted_title_in_link_text(title: str, link: Link) -> tuple[str, str | None, int | None] | None:
    """``[1] Wang, Jue, et al. ["Scaffolding protein functional sites …." Science 377.6604 (2022): 387-394.](doi…)``:
    a reference copied in MLA style whose quoted title and trailer (journal, volume.issue, year, pages) are all the
    link's text. The title is the quoted part; the trailer gives the venue and the year. Returns (title, venue,
    year), or None.

    Why: the link's text, its opening quote cleaned away, was taken whole for the title, journal and pages with
    it. Only when the title is that link's text, the quote closes on the title's own stop
    (``inline.quoted_reference_title``), the quoted title has three words or more, and what follows the quote reads
    as a reference's trailer: a year, a venue whose first word has a capital ("Science", "arXiv preprint") and no
    authors (a remark after a quoted name, "was the best paper of 2023", is none)."""
    quoted = inline.quoted_reference_title(link.text)
    if quoted is None or len(quoted[0].split()) < 3 or not title.lstrip("\"“ ").startswith(quoted[0]):
        return None
    trailer = citation.parse_trailer(quoted[1])
    venue_head = (trailer.venue or "").split()[:1]
    if trailer.year is None or trailer.authors or not any(c.isupper() for c in "".join(venue_head)):
        return None  # ("arXiv preprint", "bioRxiv" are venues; "was the best paper of 2023" a remark)
    return inline.clean_title(quoted[0]), trailer.venue, trailer.year


def _tools_a_site_note_names(entry: Entry, links: tuple[Link, ...]) -> tuple[Link, ...]:
    """A site's line (a course, a book, a portal: its first link neither a paper nor code) that cites its article
    (a folded "Paper" reference, a DOI link) is that article's record; a repository its note names in passing by a
    short name of another thing ("- [Single-cell course](site) - … Search for data ([scfind](github…) R package) …
    <details><summary>Paper</summary> Authors. "Tutorial: …" https://doi…</details>") is a tool the course uses, not
    the article's code: related code. A repository named by the site's own name or the article's title ("[Lumen](site)
    … source at [lumen](github…)") stays its code, as does one the line labels code ("[GitHub](…)") or writes as a
    bare address ("the code … at https://github.com/…"); the article must be the line's labelled "Paper" (a
    site's link row, "[Documentation](…) | [Examples](github…)", that links a paper in its prose is no article's
    record)."""
    if len(links) < 3 or links[0].role != "other" or not entry.description \
            or not any(link.role == "paper" and classify.label_role(link.label) == "paper"
                       and any(ids.ids_from_url(link.url)) for link in links):
        return links
    if not any(link.role == "code" for link in links):
        return links
    names = (_norm_text(inline.clean_title(links[0].text)), _norm_text(entry.title or ""))

    def passing(link: Link) -> bool:
        label = _norm_text(inline.clean_title(link.text))
        return link.role == "code" and bool(label) and "://" not in link.text and not any(label in n for n in names) \
            and _mentioned_in_prose(link, entry)

    return tuple(link.with_role("related_code") if passing(link) else link
                 for link in links)


def _news_line(entry: Entry) -> bool:
    """A line of a project's news: under a news heading ("## 🔥 News", "## Updates"), the news heading's own
    paragraph (a heading's record titled "News"), or a line opened by a date ("[2024-05] …", "2024.05: …"), not a
    table's row (its "2024.07" cell dates a listed work)."""
    if entry.text[:1] != "|" and classify.DATED_LINE.match(entry.text.lstrip(" -*+\t")) is not None \
            and not any(label == TITLE_COLUMN_FIELD for label, _ in entry.fields):
        return True
    topic = [h.text for h in entry.topic]
    if entry.text.startswith("#"):
        topic.append(entry.title)
    return classify.news_heading(topic)


def _news_bold_title(text: str) -> str | None:
    """The first bold run of a news line that reads as a paper's title of four words or more (not "**MICCAI
    2024**", "**News**"), or None."""
    if "**" not in text and "__" not in text and "<b" not in text:
        return None
    return next((run.rstrip(" .,:;!") for run in inline.bold_runs(text)
                 if len(run.split()) >= 4 and classify.reads_like_paper_title(run.rstrip(" .,:;!"))), None)


#: a new-style arXiv id closing a title after a blank (a version at most): the id of a saved copy's file name
#: written into the link's text ("Visualizing and Understanding Convolutional Networks 1311.2901")
_COPY_ID_TAIL = re.compile(r"[\s_]+[0-9]{4}\.[0-9]{4,5}(?:v[0-9]+)?\s*$")


#: the most words of a work's short name leading its reference ("**HINGRL**：", "DeepWalk:")
_LEAD_NAME_MAX_WORDS = 3


#: a journal's abbreviated name closing a linked title as a sentence of its own ("Title. Nucleic Acids Res.", "Title.
#: Annu Rev Public Health."): one to six words, each capitalised (or an "of"/"and" between them), no digit
_CLOSING_JOURNAL_SENTENCE = re.compile(r"(?<=[\w)?]\. )([A-Z][A-Za-z'’&-]{0,30}(?: (?:[A-Z][A-Za-z'’&-]{0,30}|of|and|&)){0,5})\.?$")


def _bookshelf_book_with_its_doi(typed: Entry) -> Entry:
    """``<a href="…/books/NBK543630/"> Secondary Analysis of Electronic Health Records [Internet]. </a> Cham (CH):
    Springer; 2016. … doi: 10.1007/978-3-319-43742-2``: a line whose link is the NCBI Bookshelf's copy of a book and
    which gives the book's DOI cites that book, a work (a web chapter cited with its access date and no DOI, as
    StatPearls is, stays a web page)."""
    if typed.kind != "website" or not typed.identifiers.doi or not typed.links \
            or not all(classify.bookshelf_page(link.url) for link in typed.links):
        return typed
    return replace(typed, kind="paper")


def _journal_closing_linked_title(typed: Entry) -> Entry:
    """``Sayers EW, …, et al. <a href="pubmed…"> Title. Nucleic Acids Res. </a> 2021 Jan 8;49(D1):D10-D17.``: a
    Vancouver reference whose link took in the journal's name after the title. When the title's last sentence is a
    short capitalised name and the reference read with the source after the link (the year, volume and pages in the
    description) takes that name for its venue, the name is the venue, no part of the title. A title whose last
    sentence the source does not vouch for as a journal (no year-volume source after it) keeps it."""
    title = typed.title.rstrip()
    if typed.kind != "paper" or not typed.links or typed.venue or len(title) > 400 \
            or (m := _CLOSING_JOURNAL_SENTENCE.search(title)) is None or m.start() < 12:
        return typed
    year = _YEAR.search(typed.description)
    if year is None:
        return typed
    head, journal = title[:m.start()].rstrip(), m.group(1)
    cited = citation.parse_citation(f"{head} {journal}. {typed.description[year.start():year.start() + 200]}")
    if cited is None or (cited.venue or "").rstrip(". ") != journal.rstrip(". ") \
            or not (cited.volume or cited.pages) or _clean_stop(cited.title) != _clean_stop(head):
        return typed
    return replace(typed, title=head.rstrip(" ."), venue=journal.rstrip(". "),
                   year=typed.year if typed.year is not None else cited.year)


def _clean_stop(text: str | None) -> str:
    return (text or "").strip().rstrip(".").strip()


def _named_by_lead_over_venue_only_reference(entry: Entry, typed: Entry) -> Entry:
    """``- **HINGRL**：Zhao B W, et al. (2022). *Briefings in Bioinformatics*.``, ``- DeepWalk: Perozzi B, et al.
    (2014). KDD 2014.``: a work's coined name (``_coined_name``: "HINGRL", "PrimeKG", "iGRLDTI", not "Review"), a
    colon, then an author-year reference whose only sentence after the year is a venue (``_venue_only``: a journal
    named in full or known by one word, a venue and its year), perhaps with its volume and pages, cites the work
    the name names: the name titles the paper, the sentence is its venue, the reference gives its authors and year.
    Why: a tutorial's references ("## 参考文献") cite each method by its name and journal, no title; the reference
    read alone took the journal for the title ("Briefings in Bioinformatics", "KDD 2014" as papers), or left the
    line a note. A reference with a title sentence before its venue keeps its title (the venue must be the only
    sentence), and a lead that is a plain word ("Review:", "Note:") or a field label names no work."""
    if not entry.title or typed.kind not in ("paper", "other"):
        return typed
    cut = min((i for i in (entry.title.find(":"), entry.title.find("：")) if i > 0), default=-1)
    if cut < 0:
        return typed
    name, rest = entry.title[:cut].strip(), entry.title[cut + 1:].strip()
    if not ("19" in rest or "20" in rest) or not _coined_name(name) or blocks.field_role(name) is not None \
            or classify.is_pointer_label(name):
        return typed  # (no year, no author-year reference: most "Name: Subtitle" titles end here, unparsed)
    cited = citation.parse_citation(rest)
    if cited is None or cited.confidence < 0.5 or not cited.authors or cited.year is None or not cited.title \
            or cited.venue or cited.volume or cited.pages:
        return typed
    venue = _venue_only(cited.title)
    if venue is None and (tail := citation.parse_trailer(cited.title)) is not None and not tail.title \
            and not tail.authors and tail.venue and (tail.volume or tail.issue or tail.pages):
        venue = _venue_only(tail.venue)  # "*Chemical Science*, 9(2), 513-530": the venue, its volume and pages
    if venue is None:
        return typed
    return replace(typed, kind="paper", title=name, authors=cited.authors, year=cited.year, venue=venue,
                   description="")


def _named_by_lead_over_short_reference(entry: Entry, typed: Entry) -> Entry:
    """``3. InfoGCN: Chi et al., CVPR 2022. Code: github.com/…``, ``7. ActionMamba: Wen et al., Electronics 2025.
    doi:10.3390/…``, ``11. GCN-DevLSTM: arXiv:2403.15212, 2024``: a work's coined name (``_coined_name``), a colon,
    then a short reference (``citation.named_short_reference``: the first author's surname and "et al.", the venue
    or the work's identifier, the year) cites the work the name names: the name titles the paper, the byline, venue
    and year are its citation. What follows the year must be no title: nothing, a bracketed note, an identifier or
    an address, or a field ("Code: …"). Why: a report's "## References" cites each method so; read whole, the
    line's title ran on into the byline and the venue ("InfoGCN: Chi et al."), and a line with no link or
    identifier ("FSBench: Gao et al., CVPR 2025 (…)") was no paper at all. A plain word before the colon
    ("Review:", "Note:"), a field's label, or a title sentence after the year ("BioBERT: Lee et al., Bioinformatics
    2020. BioBERT: a pre-trained …") leaves the line as it was read."""
    if not entry.title or typed.kind not in ("paper", "other") or ":" not in entry.title and "：" not in entry.title:
        return typed
    read = citation.named_short_reference(entry.title)
    if read is None:
        return typed
    name, author, venue, year, tail = read
    if not _coined_name(name) or blocks.field_role(name) is not None or classify.is_pointer_label(name):
        return typed
    first = tail.split(None, 1)[0] if tail else ""
    if first and not (first[0] in "([" or first.startswith(("http://", "https://", "github.com/", "www."))
                      or ids.normalize_arxiv(first.rstrip(".,;")) or ids.find_dois(first)
                      or first.endswith((":", "：")) and blocks.field_role(first[:-1]) is not None):
        return typed
    identifier = bool(ids.normalize_arxiv(venue) or ids.find_dois(venue))
    note = tail[1:tail.find(")")].strip() if tail.startswith("(") and ")" in tail else ""
    return replace(typed, kind="paper", title=name, authors=(author,) if author else typed.authors, year=year,
                   venue=None if identifier else venue, description=typed.description or note,
                   fields=typed.fields + ((NAMED_SHORT_REFERENCE_FIELD, ""),))


#: field of a paper read from a short reference under its work's name (``_named_by_lead_over_short_reference``)
NAMED_SHORT_REFERENCE_FIELD = "named-short-reference"


def _short_references_of_titled_records(entries: list[Entry]) -> list[Entry]:
    """A short reference (``_named_by_lead_over_short_reference``: ``7. ActionMamba: Wen et al., Electronics 2025.
    doi:10.3390/…``) to a work the list gives earlier under its whole "Name: subtitle" title (a section's record
    ``### 2.7 ActionMamba (Electronics, 2025)`` / ``**Paper:** "ActionMamba: Action Spatial-Temporal Aggregation
    Network …"``) cites that work once more: the earlier record takes the reference's identifiers, code links,
    byline, venue and year where it has none, and stands for both (``restated-reference``). Why: a report's closing
    references restate its sections' works by name; read apart, the work was two papers, one titled by its name with
    its DOI and code, one by its title with neither. One earlier paper record only, whose title's part before its
    colon is the name, and whose identifiers and code the reference contradicts in nothing; otherwise the
    reference stays a paper of its own. An earlier paper titled by the name alone ("- **GCN-DevLSTM** (arXiv
    2403.15212, 2024): …") is the same work named the same way."""
    if not any(label == NAMED_SHORT_REFERENCE_FIELD for e in entries for label, _ in e.fields):
        return entries  # the usual case
    named: dict[str, list[int]] = {}
    out = list(entries)
    restated: dict[int, list[int]] = {}
    for i, e in enumerate(entries):
        if any(label == NAMED_SHORT_REFERENCE_FIELD for label, _ in e.fields):
            at = named.get(e.title.casefold(), [])
            if len(at) != 1:
                continue
            j = at[0]
            whole = out[j]
            code = {link.url.rstrip("/").lower() for link in whole.links if link.role == "code"}
            if not _identifiers_agree(e.identifiers, whole.identifiers) \
                    or code and not _code_within(e, whole):
                continue
            merged = Identifiers(*(x or y for x, y in zip(
                (whole.identifiers.doi, whole.identifiers.arxiv, whole.identifiers.pmid, whole.identifiers.pmcid),
                (e.identifiers.doi, e.identifiers.arxiv, e.identifiers.pmid, e.identifiers.pmcid))))
            own = {link.url for link in whole.links}
            out[j] = replace(whole, identifiers=merged, links=whole.links + tuple(
                link for link in e.links if link.url not in own), authors=whole.authors or e.authors,
                year=whole.year or e.year, venue=whole.venue or e.venue)
            restated.setdefault(j, []).append(i)
        elif e.kind == "paper" and e.title:
            # ("**GCN-DevLSTM** (arXiv 2403.15212, 2024): …" among a section's bullets: a work named by its name alone)
            cut = e.title.find(":")
            named.setdefault((e.title[:cut] if cut > 0 else e.title).strip().casefold(), []).append(i)
    return _fold_restatements(out, restated, "reference")


def _identifiers_agree(a: Identifiers, b: Identifiers) -> bool:
    """No identifier of ``a`` differs from ``b``'s of the same kind (either may lack it)."""
    return all(x is None or y is None or x.lower() == y.lower()
               for x, y in ((a.doi, b.doi), (a.arxiv, b.arxiv), (a.pmid, b.pmid), (a.pmcid, b.pmcid)))


def _coined_name(name: str) -> bool:
    """A work's coined name: one to ``_LEAD_NAME_MAX_WORDS`` words, none a bare number, one of them with a capital or
    a digit past its first letter ("HINGRL", "PrimeKG", "iGRLDTI", "TxGNN", "Word2Vec", "U-Net") — not a plain word
    ("Review", "Note", "Background"), nor a key with a year ("Smith 2020"), nor a clause."""
    words = name.split()
    return 1 <= len(words) <= _LEAD_NAME_MAX_WORDS and not any(w.isdigit() for w in words) \
        and "(" not in name and any(any(c.isupper() or c.isdigit() for c in w[1:]) for w in words)


def _venue_only(text: str) -> str | None:
    """``text`` when it names a venue and nothing else: a journal or proceedings written out
    (``citation.stop_venue_phrase``, ``citation.names_journal``: "Briefings in Bioinformatics", "Scientific Data",
    "Bioinformatics") or a venue's name and its year (``blocks.stamp_venue_year`` whose name is a known venue:
    "KDD 2014"); else None. A title's words ("Graph Attention Networks", "Deep Residual Learning 2016") are none."""
    text = " ".join(text.split()).strip(" .,")
    if citation.stop_venue_phrase(text) or citation.names_journal(text):
        return text
    stamp = blocks.stamp_venue_year(text)
    if stamp is not None and (citation.names_venue(stamp[0]) or citation.names_journal(stamp[0])):
        return text
    return None

def _byline_comma_year_title(title: str, description: str) -> tuple[tuple[str, ...], str | None, int, str] | None:
    """``Li et al., 2023, Title, NeurIPS 2023`` (``citation.byline_comma_year_reference``) read over the entry's lead
    text and the description the parse parted from it at a comma ("Singhal et al." / ", 2023, Med-PaLM, Nature"); a
    description that does not go on with a comma is a note on the line, no part of the reference, and the lead
    text is read alone. → (authors, venue, year, title), else None."""
    if not _BYLINE_COMMA_YEAR_HINT.match(title):
        return None
    if description[:1] in (",", "，"):
        text = title + description
    elif description.strip():
        return None
    else:
        text = title
    return citation.byline_comma_year_reference(text)


#: the gap a linked title leaves in the text around it: two commas with only blanks between
_LINK_GAP = re.compile(r"[,，][ \t]*[,，]")


def _byline_comma_year_linked_title(title: str, description: str, link: Link) \
        -> tuple[tuple[str, ...], str | None, int, str] | None:
    """``Li et al., 2023, [Title](…), NeurIPS 2023``: the byline-first reference (``_byline_comma_year_title``) whose
    title slot is the link. The parse gave the lead text and a description holding ", , " where the link stood (or
    the link's text as the title, the whole reference in the description); the link's text is put back in that gap
    and the reference read whole. → (authors, venue, year, title) when the title read is the link's text, else None.
    Why: the unlinked form was read, the linked one kept its title but lost its authors, year and venue."""
    name = inline.clean_title(link.text or link.label)
    if not name:
        return None
    lead = description if title == name else title + description
    if not _BYLINE_COMMA_YEAR_HINT.match(lead):
        return None
    gaps = list(_LINK_GAP.finditer(lead))
    if len(gaps) == 1:
        gap = gaps[0]
        text = lead[:gap.start()] + ", " + name + ", " + lead[gap.end():].lstrip()
    elif not gaps and lead.rstrip().endswith((",", "，")):
        text = lead.rstrip()[:-1] + ", " + name  # (the link closes the line: "Li et al., 2023, [Title](…)")
    else:
        return None
    read = citation.byline_comma_year_reference(text)
    title = name.strip(" ,*_\"“”")
    if read is None or read[3] == title:
        return read
    # "Petrov (2019), [Title](…), ML4H": a venue no venue list knows ran into the title; the link bounds the title,
    # so the one clause after it is the venue when it reads as one (``citation.venue_after_linked_title``)
    head, comma, clause = read[3].rpartition(",")
    if comma and read[1] is None and head.strip() == title \
            and (venue := citation.venue_after_linked_title(clause)) is not None:
        return read[0], venue, read[2], title
    return None


#: a surname, perhaps "et al." or a second one, then a comma or a bracket: the cheap gate before the reference is read
_BYLINE_COMMA_YEAR_HINT = re.compile(r"[^\W\d_][\w'’-]{1,30}(?:\s+et\.?\s?al\.?|\s+(?:and|&)\s+[^\W\d_][\w'’-]{1,30})?"
                                     r"(?:(?:\s?[,，]\s?|\s)(?:19|20)\d\d|\s?[(（](?:19|20)\d\d[)）]\s?[,，]|$)")


#: "(original name: HuaTuo): ", "(韩非）: ": a bracketed aside on a work's short name (half- or full-width brackets,
#: mixed as typed), then a colon before the rest of the line
_ASIDE_COLON = re.compile(r"[(（][^()（）\n]{1,60}[)）]\s?[:：]\s*")
#: the longest short name before such an aside (in words): "BenTsao", "Med-PaLM 2", "Clinical Camel"
_ASIDE_NAME_MAX_WORDS = 3


def _title_after_aside_colon(title: str, description: str) -> str | None:
    """``**BenTsao** (original name: HuaTuo): Tuning LLaMA Model With Chinese Medical Knowledge [[paper]](…)``: a
    paper's line that opens with the work's short name and a bracketed aside on it (a former name, a Chinese name),
    then a colon and the paper's title → that title, when it reads as one; else None. Why: the parse cut the lead at
    the name's close and the title went to the description, while "**BenTsao**: Title" (no aside) keeps it."""
    if len(title.split()) > _ASIDE_NAME_MAX_WORDS or ":" in title or "：" in title:
        return None
    aside = _ASIDE_COLON.match(description)
    if aside is None:
        return None
    rest = description[aside.end():].strip()
    if _YEAR_ASIDE.match(aside.group()) and rest.endswith(".") and not classify.title_cased(rest):
        # "**ShuttleSet22** (2024): Extended stroke forecasting benchmark.": a year is no aside on the name; after it
        # a sentence-case sentence closed by its full stop describes the named work, as "104 sets · 36,492 strokes."
        # does its sibling, and the bold name stays the title
        return None
    return rest.rstrip(" .") if rest and classify.reads_like_paper_title(rest) else None


#: an aside that is only the work's year: "(2024): "
_YEAR_ASIDE = re.compile(r"[(（]\s?(?:19|20)\d\d\s?[)）]")


#: " - ", " – ", ": " between a linked short name and the description after it
_NAME_DESCRIPTION_SEPARATOR = re.compile(r"\s*(?:[-–—:：]\s+|[-–—]$)")
#: "(ArXiv paper)", "(paper)", "(Nature Medicine paper)": a bracket closing a description that says it is a paper's
#: title (where the paper appeared before the word, perhaps)
_PAPER_TAG = re.compile(r"\(\s?(?P<venue>[^()\n]{0,40}?)\s?\bpaper\s?\)\s?\.?", re.I)
#: the longest short name a link text gives a work before its title is written after it (in words)
_TAGGED_NAME_MAX_WORDS = 3


def _paper_tagged_dash_title(title: str, link: Link, description: str) -> tuple[str, str | None] | None:
    """``[RWE-LLM](arxiv…) - Real-World Evaluation of Large Language Models in Healthcare (ArXiv paper)``: a link whose
    text is the work's short name, a dash, then a description the closing "(… paper)" tag says is the paper's title
    → (that title, the venue the tag names, if it names one); else None. Without the tag, a name and its one-line
    description are a tool's ("[MedTool](…) - A toolkit for …"), and the name stays the title."""
    if len(title.split()) > _TAGGED_NAME_MAX_WORDS or inline.clean_title(link.text) != title:
        return None
    separator = _NAME_DESCRIPTION_SEPARATOR.match(description)
    if separator is None:
        return None
    body = description[separator.end():].rstrip()
    opening = body.rfind("(")
    tag = _PAPER_TAG.fullmatch(body, opening) if opening > 0 else None
    if tag is None:
        return None
    named = body[:opening].strip().rstrip(" .")
    if not classify.reads_like_paper_title(named):
        return None
    venue = tag.group("venue").strip()
    known = venue and (citation.names_venue(venue) or citation.names_journal(venue)
                       or citation.names_preprint_server(venue))
    if known and citation.names_preprint_server(venue) and (server := classify.preprint_server_of(link.url)) \
            and server.casefold() != venue.strip(" .,").casefold().removesuffix(" preprint"):
        # "[CAREval](medrxiv.org/content/…) - Title (arXiv paper)": the tag names one preprint server, the paper's
        # link is on another; the link says where the paper is (the tag is a list's habit, copied from line to line)
        return named, server
    return named, venue if known else None


def _annotation_field_values(entry: Entry) -> tuple[str, ...]:
    """The values of an item's labelled lines that annotate its work rather than cite it ("Dataset: Left Atrial
    (LA), PROMISE 2012", "Keywords: …": ``tables.card_field`` "Note"), the first twelve fields read: a year there
    dates the data set or the note, not the work."""
    return tuple(value for label, value in entry.fields[:12]
                 if value.strip() and len(label) <= 40 and tables.card_field(label) == "Note")


def _bibliographic_field_record(entry: Entry) -> bool:
    """Whether an item's own labelled lines (not a table's columns) name its authors and its year or venue, as a
    reference's fields do ("- 作者：…" and "- 年份：2023", "- Authors: …" and "- Venue: CVPR 2022"), outside a section
    of data sets, tools or models (whose cards may credit their makers too). Constant work per field."""
    if any(label == TITLE_COLUMN_FIELD for label, _ in entry.fields):
        return False
    named = {tables.card_field(label) for label, value in entry.fields[:12] if value.strip() and len(label) <= 40}
    if "Authors" not in named or not named & {"Year", "Venue"}:
        return False
    return classify.section_hint([h.text for h in entry.topic]) not in _CARD_KINDS


#: a reference's source that is a code host, nothing else: "Github", "GitHub repository", "GitLab", "Bitbucket"
_CODE_HOST_VENUE = re.compile(r"(?i)(?:git[hl]ub|bitbucket)(?:[ \t]{1,3}(?:repository|repo))?")


def _byline_last_reference(entry: Entry, title: str) -> citation.Citation | None:
    """``- "Title," 13th Asian Conference on Computer Vision, 2016. Tsung-Wei Ke, Che-Wei Lin and Davi Geiger,``: an
    entry whose quoted title (``QUOTED_TITLE_FIELD``) is followed by its venue and year and then its byline last
    (``citation.quoted_title_venue_year_byline``) → that reference, else None. Why: read as a title then a trailer,
    the byline was lost and the note was too long for a venue-and-year tag, so a link-less line was no paper."""
    if not entry.description or not any(label == QUOTED_TITLE_FIELD for label, _ in entry.fields):
        return None
    return citation.quoted_title_venue_year_byline(f'"{title}," {entry.description}')


def type_entry(entry: Entry) -> Entry:
    """Roles, identifiers, citation facts and kind for one parsed entry."""
    links = _tools_a_site_note_names(entry, classify.classify_links(entry.links, entry.title))
    if any(link.role == "code" and classify.download_label(link.label) for link in links) \
            and classify.section_hint([h.text for h in entry.topic]) == "dataset":
        # "### Datasets" / "- [MMPD: Multi-Domain Mobile Video Physiology Dataset](arxiv…)" / "  - [download](github…)":
        # under a heading of data sets, the repository a "download" link reaches holds the data, not the work's code
        links = tuple(replace(link, role="dataset") if link.role == "code" and classify.download_label(link.label)
                      else link for link in links)
    if links and all(link.role == "dataset" and classify.code_capsule(link.url) for link in links) \
            and classify.reads_like_paper_title(entry.title) \
            and classify.section_hint([h.text for h in entry.topic]) != "dataset":
        # "- Physics-informed deep neural network for image denoising(PINN) https://codeocean.com/capsule/…": a
        # paper's title beside its Code Ocean capsule, and no other link: the capsule is the work's runnable code
        # (typed a deposit by its address alone), so the line is the paper with its code, not a data set
        links = tuple(link.with_role("code") for link in links)
        capsule_code = True
    else:
        capsule_code = False
    measured: tuple[str, ...] = ()
    if links and entry.fields and entry.fields[0][0] == TITLE_COLUMN_FIELD \
            and any(link.role == "paper" and _measured(link) for link in links):
        # "| [HealthQA](#healthqa) | 7.5k | MAP | [87.88](https://doi.org/…) |": a table cell that links a score to
        # the article reporting it cites the source of a number; the row's own work is not that article
        measured = tuple(link.url for link in links if link.role == "paper" and _measured(link))
        links = tuple(link for link in links if link.url not in measured) \
            + tuple(link.with_role("other") for link in links if link.url in measured)
    title, authors, year, venue = entry.title, entry.authors, entry.year, entry.venue
    if title and (clipped := citation.without_access_tail(title)) is not None and clipped:
        # "2. Taxonomic and Thematic Semantic Systems - PMC - NIH, accessed April 17, 2026, [https://pmc…](…)": a
        # works-cited list clipped from the web names the page, its site and the day it was read after the title
        title = clipped
    if authors and (tagged := _venue_tags_among_authors(authors)) is not None:
        # "- ⭐ *(2025-TMI)* **Title** [[Paper]](…)": the emphasised lead is the work's venue-and-year tag, no byline
        authors, venue, year = tagged[0], venue or tagged[1], year if year is not None else tagged[2]
    if title and title.startswith("[") and (box := _LOOSE_CHECKBOX.match(title)) is not None:
        # "- [] (Research Paper) Title [https://…](https://…)", "- [?] Title": a reading list's loose checkbox (no
        # space, or a "?" for "not sure yet") is no part of any item's title, a paper's or a tool's
        title = title[box.end():]
    if title and links and "”" in title and _stray_closing_quote(links[0].text) and _stray_closing_quote(title):
        title = _before_closing_quote_remark(title)
    if title and not links:
        # ". **Che, Z., … & Liu, Y.** (2018). Title. *Venue*": a bibliography whose numbers an export dropped left
        # each one's full stop before the reference (``citation.without_lost_number``); the stop is no part of it
        title = citation.without_lost_number(title)
        if (dated := citation.page_date_trailer(title)) is not None:
            # "1. Medical Image Data Augmentation: …, Published: 20 March 2023.": the publisher page's header copied
            title, year = dated[0], year or dated[1]
    if title and entry.description and _BARE_NUMBER.fullmatch(title) \
            and (numbered := citation.parse_citation(_BARE_NUMBER_LEAD.sub("", entry.description, count=1))) \
            and numbered.title and numbered.confidence >= 0.5:
        # '**[25]** Han, Song, et al. "**Deep compression …**." CoRR, abs/1510.00249 (2015). [[pdf]](…)': the bold
        # lead is the reference's number, the reference after it names the work
        title, authors = numbered.title, numbered.authors or authors
        year, venue = numbered.year or year, numbered.venue or venue
    if title and entry.description and (source := citation.source_line(title)) is not None \
            and classify.reads_like_paper_title(head := entry.description.partition(". ")[0]):
        # "- Nat Genet. 2012 Mar;44(3):226-32." / "Title." / "Smith TF, Osei K." / "[PMID: …](…)": the journal
        # line comes first, then the title, then the authors (notes may follow)
        names = entry.description[len(head) + 2:].partition(". ")[0]
        title, (venue, year) = head.strip(), source
        authors = citation.vancouver_authors(names) or authors
    # (a named link: not a bare URL, "https://github.com/…", nor a label or an abbreviation, "[HF](huggingface…)")
    if title and links and classify.date_stamp_only(title) and classify.label_role(links[0].label) is None \
            and "://" not in links[0].text and not classify.is_link_label(links[0].text) \
            and not _names_version(links[0].label) \
            and len(link_name := inline.clean_title(links[0].text)) >= 3:
        # "- *2024.06*: &nbsp;🎉🎉 [O2M_attack](arxiv…) github repo released": a news line's date stamp and its emoji
        # are no title; the first link names what the news is about. Its emphasised runs are no byline: the date
        # ("*2025.10*") and the venue that accepted the work ("***NeurIPS 2025***"), which is its venue
        title = link_name
        named_venues = [a for a in authors if citation.names_journal(a) or (tag := citation.parse_trailer(a)).venue
                        and tag.year and not tag.authors]
        authors, venue = (), venue or (named_venues[0] if named_venues else None)
    news_title = (classify.news_quoted_title(title) or classify.announced_quoted_title(title)) if title else None
    if news_title is not None:
        # "- [06/2024] One paper about "Title of the work" was accepted by **IEEE TBD**.": the news sentence names
        # the paper it announces by the title it quotes (and is that paper's entry: below)
        title = news_title
    if title and links and (linked_led := _byline_comma_year_linked_title(title, entry.description, links[0])) \
            is not None:
        # "- Li et al., 2023, [LLaVA-Med: Training …](arxiv…), NeurIPS 2023": the same byline-first reference with
        # its title slot linked; the parse left a gap (", , ") where the link stood. Read before the lead ("Li et
        # al.") is taken for a field label naming the link
        authors, venue, year, title = linked_led[0], linked_led[1] or venue, linked_led[2], linked_led[3]
        entry = replace(entry, description="")
    if title and links and (link_title := _labelled_link_title(title, links[0])) is not None:
        title, venue, year = link_title[0], venue or link_title[1], year or link_title[2]
    elif title and links and (lowered := _lower_case_linked_title_under_heading(entry, title, links[0])) is not None:
        # "## Medical ASR" / "[speech recognition for medical conversation](arxiv…) ASR systems for …": the section's
        # one paper, its linked title written in lower case; the heading is the section's topic
        title, venue = lowered, None if venue == lowered else venue
    elif title and links and (cited := _cite_column_title(entry, title, links[0])) is not None:
        # "| Breast Ultrasound Images (BUSI) | 2020 | [Dataset of breast ultrasound images](…) |" under "Dataset |
        # Year | Cite": the citation column's link text titles the paper, however the data set's name is written
        title, venue = cited, None if venue == cited else venue
    if title and links and (in_link := _quoted_title_in_link_text(title, links[0])) is not None:
        # '[1] Wang, Jue, et al. ["Title." Science 377.6604 (2022): 387-394.](…)': the quoted title, its trailer
        title, venue, year = in_link[0], venue or in_link[1], year or in_link[2]
    if title and links and not authors and (bylined := _link_text_byline(title, links[0])) is not None:
        title, authors = bylined
    dash_cited = False
    if title and links and not authors and (dashed_by := _link_text_dash_byline(title, links[0])) is not None:
        # "📄 **[Causal inference for time series — Runge et al. (Nature Reviews Earth & Environment, 2023)](doi…)**":
        # the surnames and the year make the link's text a citation, whatever page it reaches (a book's own site)
        title, authors, venue, year = dashed_by[0], dashed_by[1], venue or dashed_by[2], year or dashed_by[3]
        dash_cited = dashed_by[3] is not None
    if title and links and not authors and (led := _byline_year_led_title(title, links[0])) is not None:
        # "### 1. 🌟[Hoi _et al._(2018), Online Learning: A Comprehensive Survey](arxiv…)"
        authors, venue, year, title = led[0], venue or led[1], year or led[2], led[3]
    elif title and (comma_led := _byline_comma_year_title(title, entry.description)) is not None:
        # "- Li et al., 2023, LLaVA-Med: Training …, NeurIPS 2023 [[paper]](…)", "- Singhal et al., 2023, Med-PaLM,
        # Nature [[paper]](…)": a list writing each work byline first, its parts closed by commas
        authors, venue, year, title = comma_led[0], comma_led[1] or venue, comma_led[2], comma_led[3]
        entry = replace(entry, description="")
    elif title and entry.description and any(link.role == "paper" for link in links) \
            and (asided := _title_after_aside_colon(title, entry.description)) is not None:
        # "- **BenTsao** (original name: HuaTuo): Tuning LLaMA Model With Chinese Medical Knowledge [[paper]](…)": the
        # work's short name, a bracketed aside on it, then a colon and the paper's title
        title = asided
        entry = replace(entry, description="")
    elif title and entry.description and links and links[0].role == "paper" \
            and (tagged_paper := _paper_tagged_dash_title(title, links[0], entry.description)) is not None:
        # "- [RWE-LLM](arxiv…) - Real-World Evaluation of Large Language Models in Healthcare (ArXiv paper)": the
        # work's short name linked to its paper, a dash, then the paper's title, tagged as a paper's by the bracket
        title, venue = tagged_paper[0], venue or tagged_paper[1]
        entry = replace(entry, description="")
    # (the APA reference read whole when its byline was set apart: the title alone, read again, cites nothing)
    wrapped_reference: citation.Citation | None = None
    if title and (dated_on := _APA_YEAR_LEAD.match(entry.description)) is not None \
            and not _linked_name_dated_gloss(title, links, entry.description[dated_on.end():]) \
            and (whole := citation.parse_citation(f"{title} {entry.description}")) is not None \
            and whole.confidence >= 0.7 and whole.authors and whole.title \
            and whole.title in entry.description[dated_on.end():]:
        # "Fu, J., Bendazzoli, S., & Moreno, R. (2024)." / "_Unsupervised domain adaptation for …_" / "arXiv …": an
        # APA reference wrapped after its byline; the first line is its authors, the italic line its title
        title, authors, year, venue = whole.title, whole.authors, whole.year or year, venue or whole.venue
        wrapped_reference = whole
    if title and wrapped_reference is None \
            and (bold_led := _reference_after_bold_byline(title, entry.text)) is not None:
        # "**Zheng, Z., Luo, J., & Huang, S. (2025).** Title. *Venue*, 27, e69293. https://doi.org/…": the bold lead
        # taken for the title is the reference's byline and year; the reference read whole titles the work
        title, authors, year, venue = bold_led.title, bold_led.authors, bold_led.year, venue or bold_led.venue
        wrapped_reference = bold_led
    keyed_cited = False  # a reference read under its author-year key (below)
    if title and wrapped_reference is None \
            and (keyed := _reference_under_author_year_key(title, entry.description)) is not None:
        # "**Cox (1972)**" / "Cox, D. R. (1972). Regression Models and Life-Tables. *J. R. Stat. Soc. B*, …": the
        # bold author-year key heads the reference, written in full below it
        title, authors, year, venue = keyed.title, keyed.authors, keyed.year, venue or keyed.venue
        wrapped_reference = keyed
        keyed_cited = True
    elif title and (keyed_book := _emphasised_title_under_key(title, entry.description, authors)) is not None:
        # "**Fleming and Harrington (1991)**" / "*Counting Processes and Survival Analysis*. Wiley.": a book's
        # italic title under its key, cited (surnames, year, title) as a reference is
        title, authors, year = keyed_book
        dash_cited = keyed_cited = True
    names_go_on = entry.description[:1] == ","
    if title and links and " by " in title and " by " not in links[0].text \
            and (by := citation.title_by_names(title)) is not None:
        # "Title by Lena Brandt,Omar Haddad,Yuki Tanaka et all. JMLR 2016" / "Source: https://…": the names after
        # "by" are the authors, and so are those the trailer (the description after a comma) names; a "by" in a
        # link's text is its title's
        title, authors = by[0], by[1] + tuple(authors)
        if names_go_on:
            authors += citation.parse_trailer(entry.description[1:]).authors
    if title and links:
        title = _repeated_name_lead(title)
    if links and title and (dashed := _emphasised_title_after_authors(title, entry.description, authors, year)) is not None:
        # "- **Frid-Adar et al. (2018)** – *GAN-based synthetic …*, *Neurocomputing*, [DOI](…)"
        title, authors, year, dashed_venue = dashed
        venue = venue or dashed_venue
    if links and title and (subtitle := _quoted_subtitle_after_name(title, links[0], entry.description)) is not None:
        # '- [Kosmos](arxiv…), "An AI Scientist for Autonomous Discovery". [badges]': the work's short name linked to
        # its paper, a comma, then the rest of its title in quotes: the two make the title ("Kosmos: An AI …")
        title = f"{title}: {subtitle}"
    if links and title and (named := _title_opening_description(title, links[0], entry.description)) is not None:
        # "- [COT-GAN](…paper.pdf) - COT-GAN: Generating Sequential Data via Causal Optimal Transport.": the name
        # linked to its paper, then the whole title, which opens with that name and its colon
        title = named
    elif links and title and (named := _title_after_bracketed_names(title, links[0], entry.description)):
        # "- ***(IndicTrans)*** - Samanantar: The Largest Publicly Available … [[paper]](…)": the bracketed short
        # names of the models the paper introduced tag the line; the title is the text after the dash
        title = named
    if links and title and (quoted := _quoted_title_after_authors(title, entry.description)) is not None:
        names, dated = _YEAR.sub("", title).strip(" ,()"), _YEAR.search(title)
        year = year if year is not None or dated is None else int(dated.group())
        authors, title = (names,) if not authors else authors, quoted
    elif links and title and (sentence := _sentence_title_after_byline_link(title, links, entry.description,
                                                                                  entry.text)):
        # "* May 25 [Skov et al 2020][skov20] The nature of Neanderthal introgression … genomes. Presenter: …": a
        # journal club's schedule names each reading by its byline link, then its title as a plain sentence
        title, byline = sentence
        authors = authors or byline.authors
        year = year if year is not None else byline.year
    italic_reference = False  # a byline, its italic title and a dated trailer: a whole reference (below)
    if authors and title and (italic := _italic_title_after_byline(title, entry.description, authors, links,
                                                                  entry.text)) is not None:
        # "Cynthia Rudin. _Title of the work_. Nature Machine Intelligence, May 2019. [[PDF Link](…)]"
        title, authors, trailer = italic
        year, venue = year or trailer.year, venue or trailer.venue
        # "Jane Doe, John Roe. *3D Shape Reconstruction from …*. In IPCAI, 2023.": the names, the title set apart
        # and the year cite a work as surely as a reference the parser reads whole, linked or not (left unsure, the
        # link-less line was no paper where the whole line, read as one reference, was one)
        italic_reference = bool(authors and trailer.year)
    if authors and title and (noted := _emphasised_title_before_note_key(title, authors)) is not None:
        # "- *Salmon provides fast and bias-aware quantification …*, [[Patro2017]] ^1faca1": an Obsidian index
        title, authors, year = noted[0], noted[1], year if year is not None else noted[2]
    if authors and title and (dated := _emphasised_title_then_date(title, authors)) is not None:
        # "- [ ] *Dose-response analysis of parotid gland function: …?* 2013. PMID 23566529.": no byline at all
        title, authors, year = dated[0], (), year if year is not None else dated[1]
    if authors and title and (led_title := _year_then_emphasised_title(title, authors)) is not None:
        # "- 2021 *Transformers for Long EEG Recordings* [[paper]](…)": the year, then the title set in italics
        title, authors, year = led_title[0], (), year if year is not None else led_title[1]
    if not links and authors and title and (tailed := _emphasised_title_then_cited_id(title, entry.description, authors)) is not None:
        # "- *Title*, arXiv:2303.19117, 2023." / "- *Title*, CVPR 2023, doi:…": no byline before the italic title;
        # the short trailer after it (byline, venue, year) holds the identifier written out
        title, trailer = tailed
        authors, year, venue = trailer.authors, year or trailer.year, venue or trailer.venue
    if 1 <= len(authors) <= 3 and title and (emphasised := _emphasised_reference(title, authors)) is not None:
        # "Title, *Anna Kovacs et al, IEEE TMI.* [pdf](…)", "Title (***2016*** 👍), *Authors, NIPS.*"
        title, trailer, tag_year = emphasised
        authors, venue, year = trailer.authors, venue or trailer.venue, year or trailer.year or tag_year
    if links and title and (dotted := _dotted_year_tag(title, links, entry.description)) is not None:
        # "**2023 · ConvNeXt V2** — note — [arXiv:…](…)" / "**2024 · arXiv** — Title — [arXiv:…](…)": a year and
        # the work's own name, or a year and where the piece was posted, in one bold tag
        title, year = dotted[0], year if year is not None else dotted[1]
        if dotted[2] is not None:
            # the title came out of the description: what is left there notes the piece ("2021 图像检索综述" read
            # again as a trailer dated it and named it its own venue)
            entry = replace(entry, description=dotted[2])
    tag = ((_venue_tag(title) or _named_lead_venue_tag(title)) if links and title else None) \
        or (_colon_venue_tag(title) if title else None)
    if tag and (len(title) - tag[0] >= 10 or tag[1] and _short_name_after_tag(title[tag[0]:])):
        # "[CVPR'23] Title", "[2018 ICLR] Title.", "[AAAI 2019] CheXpert": a tag, not the title
        title = title[tag[0]:].strip()
        if title.endswith(".") and title.count(". ") == 0 and not title.endswith(("et al.", "..")):
            title = title[:-1]
        venue = venue or tag[1]
        year = tag[2] if year is None else year
    if links and title and not tag and (id_end := ids.leading_identifier_tag(title)) and len(title) - id_end >= 10:
        title = title[id_end:].strip()  # "(arXiv:2111.00396) Title - [[Paper]](…)": the record's identifier, no title
    confidence = 0.5 if tag and tag[1] else 0.0  # "[MICCAI 2022] Title": the tag says where it was published
    fields_cited = False  # a row of bracketed fields stating a venue and a year (below)
    if title and title.startswith("[") and title.endswith("]") and (fields := classify.bracket_fields_title(title)):
        # "- [Chen _et. al._] [Title] [MIDL'18] [[pdf]](…)", "- [Title] [MICCAI'20]": a row of bracketed fields,
        # byline, title, venue and year; a venue and a year stated make it a cited work, linked or not
        title, venue_field = fields
        field_tag = _venue_tag(f"[{venue_field}]") if venue_field else None
        stated = (field_tag[1], field_tag[2]) if field_tag else (None, None)
        if venue_field and stated[0] is None:
            trailer = citation.parse_trailer(venue_field)  # "MIA, 2020", "arxiv, 2018"
            stated = (trailer.venue, trailer.year)
        venue, year = stated[0] or venue, year if year is not None else stated[1]
        fields_cited = bool(stated[0] and stated[1])
        if fields_cited:
            confidence = max(confidence, 0.5)
    noted_year = _noted_title_byline_year(links, entry.description) if links and title and year is None else None
    if noted_year:
        year = noted_year  # "[Title](…/notes/Vogelstein%20Science%202013.md) / Vogelstein / 2013 (3)"
    if links and title and not tag and not authors:
        title, authors, venue, year = _linked_title_paren_byline(title, links[0], authors, venue, year)
    if links and title and not tag:
        title, authors, year = _year_dash_author_paren(title, authors, year)
        title, authors, year = _month_stamped_reference(title, authors, year)
        title, authors, year = _author_year_tail(title, authors, year, entry.text)
        title, authors, venue, year = _dash_byline_venue_tail(title, authors, venue, year)
    if title and not tag:
        title, venue, year, confidence = _dated_tag(title, links, venue, year)
        title, venue, year = _paren_year_venue(title, venue, year)
        title, venue, year = _paren_citation_count(title, venue, year)
    if title and title.rstrip(" .")[-4:].isdigit() and not tag:
        # "- Title. CVPR 2023. doi:…" / "- Title — EACL 2023 — https://…" / "- Title, arXiv:…, 2023.": no link text
        pointed = _venue_year_before_written_pointer(title, links, entry.description, venue, year)
        if pointed[0] != title and "al" in pointed[0]:
            # "- Title. Ada B. Lovelace et al. NIPS 2014. https://…": the venue and year gone, the first author and
            # "et al." close what is left (``_author_year_tail``), no part of the title
            title, authors, _ = _author_year_tail(pointed[0], authors, pointed[2], entry.text)
            venue, year = pointed[1], pointed[2]
        else:
            title, venue, year = pointed
    venue_tagged_name = False
    if links and title and links[0].role == "paper":
        title, venue, year = _paren_venue(title, venue, year)
        title, venue = _paren_bare_venue(title, venue)
        title, venue, year = _stop_venue_year(title, links[0], venue, year)
        title, venue, year = _comma_apostrophe_venue(title, links[0], venue, year)
        title, venue, year = _stop_venue_phrase(title, venue, year)
        title, venue = _comma_venue_phrase(title, venue)
        title, venue = _comma_emphasised_venue(title, venue, entry.description, entry.text)
    elif title and not tag and not any(link.role in ("paper", "dataset") for link in links) \
            and (tagged := _method_name_venue_tag(title)) is not None:
        # "- [x] FCN (CVPR 2015) [(code)](github…)", "- [ ] HyperSeg (CVPR 2021)": an implementation or reading
        # tracker names each paper by its method's short name tagged with the venue and year it appeared at; the
        # bracket cites that paper (the name is its title), whatever code or notes the line links
        title, venue, year = tagged[0], venue or tagged[1], year if year is not None else tagged[2]
        confidence = max(confidence, 0.5)
        venue_tagged_name = True
    elif not links and title and _unfilled_paper_slot(entry):
        # "* **Title (arXiv 2024)** [[Paper]]" beside "* **Title (TACL 2023)** [[Paper]](doi…)": the paper's link
        # slot left unfilled, its venue in brackets closes the title as it does on the linked lines
        title, venue, year = _paren_venue(title, venue, year)
        title, venue = _paren_bare_venue(title, venue)
    if links and title:
        if (dated_title := _dated_link_title(title, links[0])) is not None:
            # "[Title of the work (2026)](wellcomeopenresearch.org/…)": a work's title dated by its year, on a
            # site the host tables do not know (a journal's or a society's own), cites that work
            title, year, confidence = dated_title[0], year or dated_title[1], max(confidence, 0.5)
        title, year = _paren_year(title, year)
        if (dated_title := _dated_title_over_bare_address(title, links)) is not None:
            # "## 06. Title of the work (2018)" / "https://sci-hub…/10.1109/…": a title line over its bare address
            title, year = dated_title[0], year or dated_title[1]
    if title and title.startswith("[") and (loose := _LOOSE_EMPTY_LINK.fullmatch(title)) is not None:
        title = loose.group(1).strip()  # "+ [Feature Pyramid Networks for Object Detection] ()<<br>>": a space broke it
    if title and title.startswith("[") and title.endswith("]") and "[" not in title[1:-1] and "]" not in title[1:-1] \
            and len(title) > 2:
        title = title[1:-1].strip()  # "- [Title] [[scholar]](…) [[arXiv]](…)": brackets that link nothing, not the title's
    if title and title.startswith(("[", "(")):
        # "[DeepMedic] Title", "[**X-MOL**] X-MOL: …", "(Survey) Title": a name or genre tag, not the title's
        title = classify.drop_nickname_tag(title)
    elif title and title.startswith("【"):
        # "【IMWUT 2022】colloSSL: …": a venue-and-year tag in lenticular brackets is read as "[IMWUT 2022]" is below;
        # any other label ("【JIGSAWS】A Dataset and …") is glued to the title and goes
        if links and year is None and (dated := _LENTICULAR_LEAD.match(title)) is not None:
            # "- 【2023】ChatDoctor：… [论文](…)", "【ACL 2023】华佗：…": a linked title's year tag dates the work (its
            # venue too) as "[2023]" does, before it goes as a label does
            year, venue = int(dated.group("tag")[-4:]), venue or dated.group("tag")[:-4].strip() or None
        title = (None if links else _lenticular_venue_tag(title)) or classify.drop_lenticular_tag(title)
    if title:
        # "[P015 - A Robust Mean Teacher Framework …](papers/P015.html)": a programme's poster or paper number
        title = classify.drop_programme_code(title)
    whole_citation = False
    typed_cited = False  # an undated GB/T reference, its title closed by a document-type code (below)
    glossed = False  # a byline then the reader's note in another script: no title to name the work by
    reference: citation.Citation | None = None  # the reference the entry's text was read as, if any
    lone_tag = None
    dated_lead = False  # a link-less title after its venue and year in brackets: "(2016) (ACL) Title", "(ACL 2016) …"
    if title and (keyed := _pandoc_cited_title(title)) is not None:
        # "- Title of the work [@doi:10.1038/…]" (a list kept in Manubot or pandoc Markdown): the citation key closing
        # the line cites the work, no part of its title
        # (a sentence citing its source closes on a stop after the key, "… as pathologists do [@tag:Key].": no title)
        title = keyed[0]
        if not links and not keyed[1] and classify.reads_like_paper_title(title):
            confidence = max(confidence, 0.5)
    if title and (unmarked := inline.cut_closing_status_tag(title)) is not None:
        title = unmarked  # "#### Title [`READ`]", "… ['UNREAD']": a reading queue's status mark, not the title's
    closing = _closing_tag(title, linked=bool(links))
    if closing is not None:
        # "Title of the work. [NRG, 2011]", "… [Nat. Genet. 2015]", "Title [2010, BMC Bioinform]": a closing tag
        # says where and when it appeared
        title, closing_venue, closing_year = closing
        venue = venue or closing_venue
        year = year or closing_year
        if not links and closing_venue and classify.reads_like_paper_title(title):
            confidence = max(confidence, 0.5)  # a link-less title stating its venue and year cites a work
    if not links or not title:
        lone_tag = _venue_tag(title) if not links and title else None
        if lone_tag and (len(title) - lone_tag[0] >= 10 or lone_tag[1] and len(title) - lone_tag[0] >= 3):
            # "[2017TMI] EndoNet": a venue-and-year tag before a method's name is a reference too
            # "[CIKM '23] Li, Qi. "Title." Proceedings of …": a link-less reference behind a venue tag
            title = title[lone_tag[0]:].strip()
            venue = venue or lone_tag[1]
            year = lone_tag[2] if year is None else year
            if _method_name_after_venue_tag(title, lone_tag[1]):
                confidence = max(confidence, 0.5)  # "[CVPR 2017] FCR": a method's name too short for a dated tag
            if (slotted := _venue_slot_after_year(title, lone_tag[1])) is not None:
                title, venue = slotted[0], venue or slotted[1]
                dated_lead = True
            elif lone_tag[1] and _titled_after_dated_lead(title):
                dated_lead = True
        # (a heading over its byline, ``BYLINE_HEADING_FIELD``, is titled already: read together, the two make a
        # wrong reference, the title running on into the first author's initial)
        # (so is a reading note's heading whose byline the parse found under it, "## Title (2021-01-15)" /
        # "(_William C. Ou, Dogan Polat_)": read with it, the title ran on into "(William C")
        byline_titled = any(label == BYLINE_HEADING_FIELD for label, _ in entry.fields) \
            or bool(entry.authors) and any(label == NOTED_TITLE_FIELD for label, _ in entry.fields)
        dashed = _author_dash_reference(title, authors) if not links and title and not entry.description else None
        if dashed is not None:
            # "1. Isensee et al. - nnU-Net: a self-configuring method … (2021) - 15页": a reading plan's reference,
            # the authors, a dash, the title, its year and the reader's note on it (pages to read, what it is for)
            title, authors, year = dashed[0], dashed[1] or authors, dashed[2] or year
            confidence = 0.5
        cited = None if byline_titled or dashed is not None \
            else wrapped_reference if wrapped_reference is not None \
            else title and "(" in title[:40] \
            and _labelled_reference_past_note(" ".join(filter(None, [title, entry.description]))) \
            or citation.parse_citation(entry.description if title and entry.description.startswith(title)
                                       else " ".join(filter(None, [title, entry.description])))
        if (cited is None or cited.confidence < 0.5) and title and entry.description and not byline_titled \
                and dashed is None and (noted := citation.given_byline_reference(title)) is not None:
            # "* Title, Marwin HS Segler, …, Mark P Waller, 2017" / "  > In de novo drug design, …": a title-first
            # reference with its full names and year, the reader's note (a quoted abstract) below it; read alone
            cited = noted
        if cited is not None and cited.title and title and entry.description and entry.description.strip() != title \
                and (own := _reference_by_its_line(title, entry.description, cited)) is not None:
            cited = own  # "[S10] Hsieh, Y.-H., … (2025). Title." / "… on PhysioNet 2012 itself": the line's year
        if title and not byline_titled and (last := _byline_last_reference(entry, title)) is not None:
            cited = last  # (read whole, "…," Venue, 2017. Name, Name et al." ran the venue into the title)
        if cited is not None and citation.glossed_byline(cited, title, entry.description):
            cited, glossed = None, True  # "Khan et al. (2017) | 유방암 … 도출함": a note on a work named by its byline
        if cited is not None:
            confidence = cited.confidence
            reference = cited
            if confidence < 0.5 and cited.title and cited.year is None and not links and not cited.authors \
                    and (online := citation.authorless_typed_reference(title)) is not None:
                # "[1] 基于深度学习的…算法研究[D/OL]//河北大学. 河北大学: 63[2024-03-15].": a byline-less online
                # reference dated only by the day it was read (``authorless_typed_reference``) has no year to give
                cited = reference = online
                confidence = online.confidence
            if confidence < 0.5 and cited.title and cited.year and (_GBT_DOC_TYPE_END.search(title) or not links
                                                                    and citation.authorless_typed_reference(title)):
                # "**Deep ECG features for sleep apnea[C]**" / "Li K, Pan W" / "2017.": the title's GB/T 7714
                # document-type code ([J] journal, [C] proceedings, [M] book, [D] thesis) marks a reference; so does
                # it glued to the title a byline-less reference opens with ("[3]World mental health report: …[R].
                # Geneva: World Health Organization, 2022.": no volume to make the reference parser sure)
                confidence = 0.5
            if confidence >= 0.5 and cited.title:
                run_on = _title_run_on_into_byline(title, cited.title, entry.description)
                # (a run-on over the first author alone, ``_first_author_of_noted_byline``: the reference's authors
                # are the byline's others; the note, read as a trailer, names them all)
                first_only = run_on and "," not in cited.title[len(title):]
                title = title if run_on else _emphasised_run_holding(cited.title, entry.authors)
                authors = (_run_on_byline(cited.title[len(title):], entry.description) if first_only else ()) \
                    or cited.authors or authors or (_run_on_byline(cited.title[len(title):], entry.description)
                                                    if run_on else ())
                year = cited.year or year
                venue = cited.venue or venue
        if not links and title and year is None and (dated := _bracketed_year_lead(entry.description)) is not None:
            year = dated  # "* Title of the work (2015)" / "    利用迭代的结构…": the year parted off the title dates it
        if dated_lead and _titled_after_dated_lead(title):
            # "- (2016) (ACL) Title", "- (ACL 2016) Title": a reading list dates each link-less title and names its
            # venue before it, in brackets as "[ACL 2016] Title" does (``_dated_tag``); that cites a work
            confidence = max(confidence, 0.5)
        if not links and title and confidence < 0.5 and entry.description and _may_cite(entry.description) \
                and not byline_titled and classify.reads_like_paper_title(title):
            # "[1] Shickel, B., et al. **Deep EHR: …** IEEE JBHI 22.5 (2017): 1589-1604": the title was
            # set apart (bold), the rest is the reference: authors, venue and year make it a paper
            trailer = citation.parse_trailer(entry.description)
            if trailer.confidence >= 0.8 and trailer.authors and trailer.year and trailer.venue \
                    or trailer.year and trailer.venue and len(entry.description) <= 40:
                # "- **Title** OSDI 2016": a set-apart title, then only a venue and a year, is a reference too
                confidence = max(trailer.confidence, 0.5)
                authors = authors or trailer.authors
                year, venue = year or trailer.year, venue or trailer.venue
        if not links and title and confidence < 0.5 and not entry.description and not byline_titled \
                and (set_off := _linkless_title_venue_year(title)) is not None:
            # "- Boundary-aware losses for small lesion segmentation - TMI 2023" among linked papers: a title, a
            # spaced dash (or its stop) and the venue and year it appeared at cite a work the list found no link for
            title, venue, year = set_off
            confidence = 0.5
        if not links and title and confidence < 0.5 and not entry.description and not byline_titled \
                and (dashed := _linkless_title_dash_byline(title)) is not None:
            # "* [Factual Accuracy is not Enough: …] - Toru N et al, 'EMNLP 2022'": a list written "[Title](link) -
            # Authors et al, `Venue Year`" whose line lost its link still cites the work by title, byline and venue
            title, authors, venue, year = dashed[0], authors or dashed[1], venue or dashed[2], dashed[3]
            confidence = 0.5
        if not links and title and confidence < 0.5 and not entry.description and not byline_titled \
                and (filed := blocks.underscored_venue_title(title)) is not None:
            # "Drug safety_Detecting adverse drug events with …" / "2018_ICPR_Graph memory networks for …": a saved
            # paper's file name, its venue (and year) glued by an underscore to its title, cites that work
            title, venue, year = filed[0], venue or filed[1], year if year is not None else filed[2]
            confidence = 0.5
        if not links and title and confidence < 0.5 and not byline_titled \
                and citation.names_journal(journal := entry.description.strip(" .()")) \
                and classify.reads_like_paper_title(title):
            # "- **Title of the work.** *Nature Methods*": a set-apart title (``inline._split_trailer`` parted it),
            # then only the journal it appeared in, is a reference too; the journal is the venue, not an author
            confidence = 0.5
            venue = venue or journal
            authors = tuple(a for a in authors if a.strip(" .") != journal)
    elif links and (defined := _definition_list_reference(entry)) is not None:
        # "DeNovo Congenital Heart Disease" / ": Zaidi, Samir, … "De novo mutations in …." Nature 498 (2013): 220." /
        # "<https://www.nature.com/doifinder/10.1038/…>": a definition list's term, the reader's short name for the
        # work, over its definition, the work's whole reference; the reference titles the work, the term names nothing
        confidence, reference, whole_citation = defined.confidence, defined, True
        title, authors = defined.title, defined.authors or authors
        year, venue = defined.year or year, defined.venue or venue
    elif (comma_named := _full_names_before_comma_venue(title, entry.description)) is not None \
            or _citation_like_title(title) \
            or (folded := citation.without_split_diacritics(title)) != title and _citation_like_title(folded):
        # (the last: "Ba¸ sar K., et al. Title", a byline copied out of a PDF with its accents split off)
        cited = comma_named or _labelled_reference_past_note(title) or _reference_past_note(title) \
            or citation.parse_citation(title)  # "Duvenaud, D. et al. Title. …"
        labelled = (_LABELLED_REFERENCE.match(title) or blocks._REFERENCE_LABEL.match(title)) \
            if cited is None or cited.confidence < 0.5 else None
        # "BioBERT: Lee et al. (2020). BioBERT: a pre-trained …": a name, then the reference; "Article: Ming Zhu,
        # … 2019. Title. In …": a word naming the reference (as a dataset's section cites its article), no title
        if labelled:
            cited = citation.parse_citation(title[labelled.end():])
        elif (cited is None or cited.confidence < 0.5) and entry.description \
                and _quoted_title_then_byline(title):
            # '"Title." Hanchen Wang et al' / '. Nature 2023.': the lead text stopped at "et al", its venue and year
            # were left to the description; read together they are the reference
            cited = citation.parse_citation(f"{title} {entry.description}")
        elif cited is not None and cited.year is None and _YEAR.fullmatch(entry.description.strip(" .,()[]")):
            # "Prioleau, T., … Sci Data 10, 556" / "(2023).": Nature's reference style closes with the year in
            # brackets, which the lead text's trailer left to the description when a link follows it; a link in a
            # bracket of its own, "(2021) [[link](…)]", leaves that bracket's close beside the year, no word
            cited = citation.parse_citation(f"{title} {entry.description.rstrip(' []')}") or cited
        if cited is not None and cited.confidence >= 0.5 and cited.title:
            confidence = cited.confidence
            reference = cited
            # authors, title and year: a reference to a paper, whatever its links are (or, for an online-first
            # GB/T reference cited before it had a year, authors and the title's document-type code)
            typed_cited = bool(cited.authors) and not cited.year and citation.typed_reference(title) is not None
            whole_citation = bool(cited.authors and cited.year) or typed_cited
            title, authors = _emphasised_run_holding(cited.title, entry.authors), cited.authors or authors
            year, venue = cited.year or year, cited.venue or venue
    elif links and entry.description and len(title.split()) <= 3 and title.strip(" .") \
            and ((own_repo := links[0].role == "code" and _YEAR.search(entry.description) is not None)
                 or _program_named_in(title.strip(" .").casefold(), entry.description.casefold())
                 or _link_identifies_reference(links[0].url, entry.description)
                 # (an all-capital name may be its reference title's acronym, "BLAST": ``_acronym_of``)
                 or 3 <= len(title.strip(" .")) <= 12 and title.strip(" .").isalpha() and title.strip(" .").isupper()) \
            and (after_gloss := citation.reference_after_gloss(_past_link_separator(entry.description))) is not None \
            and _names_its_reference(title, after_gloss[1], (named := after_gloss[0]), own_repo=own_repo
                                     or _link_identifies_reference(links[0].url, entry.description)) \
            and not _software_release(named):
        # "- [DIA-NN](https://pubmed…/31768060/)" / "  > Demichev V, … DIA-NN: neural networks and … Nat Methods.
        # 2020 …": a program's name over its whole reference (a pipeline's CITATIONS.md) is that work, titled as
        # its reference titles it, as a citation sub-bullet under a tool's item is
        confidence, reference, whole_citation = named.confidence, named, True
        title, authors = named.title or title, named.authors or authors
        year, venue = named.year or year, named.venue or venue
    elif entry.description and _lead_in_before_reference(entry, title) \
            and citation.authors_first_reference(entry.description) \
            and (named := citation.whole_reference(entry.description)) is not None and named.title:
        # "- A previous work of Absci on the same topic:" / "   Bachas, Sharrol, …, et al. 2022. “Title.” bioRxiv.
        # https://doi.org/…": a line of prose closed by a colon introduces the reference on the next line; the
        # reference names the work, titled as it titles it, never by the sentence leading to it
        confidence, reference, whole_citation = named.confidence, named, True
        title, authors = named.title, named.authors or authors
        year, venue = named.year or year, named.venue or venue
    elif entry.description and classify.names_a_date(title) \
            and (named := _reference_under_date(entry.description)) is not None:
        # "## 24-Sep-2014, 2-3pm" / "Oellrich et al (2014) The influence of disease categories on …. J Biomed
        # Semantics. 2014; …": a journal club's meeting date over the reference read that day names no work; the
        # reference names it, titled as its reference titles it
        confidence, reference, whole_citation = named.confidence, named, True
        title, authors = named.title or title, named.authors or authors
        year, venue = named.year or year, named.venue or venue
    elif (glued := _glued_venue_after_byline(entry)) is not None:
        # "**Title**<br>" / "*Authors*<br>" / "CVPR2023." / "[[PDF](CVPR2023)]" / "[[Code](github…)]": a card's
        # venue line, the acronym glued to its year, says where the work appeared, whatever its links reach
        confidence = max(confidence, 0.5)
        venue, year = venue or glued[0], year or glued[1]
    elif links and title and entry.text.startswith(("**", "__")) and entry.description.startswith(title + ". ") \
            and len(title.split()) <= 6 \
            and (named := _reference_after_caption(entry.description[len(title) + 2:])) is not None:
        # "**Isolation Forest**. Liu, F.T., Ting, K.M. and Zhou, Z.H., 2008, December. Isolation forest. In *ICDM '08*,
        # pp. 413-422. [[Download PDF]](…)": a bold method name closed by a stop, then the whole reference of the
        # paper that introduced it (a resource list's "Key Algorithms"); the reference titles the work, the bold
        # name captions it
        confidence, reference, whole_citation = named.confidence, named, True
        title, authors = named.title, named.authors or authors
        year, venue = named.year or year, named.venue or venue
    elif links and title and _bold_caption_line(entry.text, title) and not entry.description.startswith(title) \
            and (named := _reference_line_under_caption(entry.text, entry.description)) is not None:
        # "**Mass Classification**<br>" / "El Houby E, Yassin N. (2021). Malignant and nonmalignant classification
        # of …. *Biomedical Signal Processing and Control*, 70. https://doi.org/…": a bold caption alone on its line
        # (a reading list's topic of the paper), then the paper's whole reference on the next; the reference titles
        # the work, the caption sorts it
        confidence, reference, whole_citation = named.confidence, named, True
        title, authors = named.title, named.authors or authors
        year, venue = named.year or year, named.venue or venue
    elif year is None and not venue and not any(label == TITLE_COLUMN_FIELD for label, _ in entry.fields) \
            and (tagged := _apostrophe_dated_venue_tag(entry.description)) is not None:
        # "- (*ICLR'26*) **Title**" / "  [[Paper](arxiv…)]", "- (*Health Inf Sci Syst'26*) **Title**": the item's
        # whole note is its venue tag, the venue's name and the year's last two digits after an apostrophe; read as
        # a trailer, the tag was a venue named "arXiv'26" with no year, or an author's name (not a table's row nor a
        # record already dated or placed: "| 2012 | … | [Extraction of airways from CT (EXACT'09)](…) | IEEE TMI |"
        # names the challenge the paper reports on in its tag; its year column dates it)
        confidence = max(confidence, 0.5)
        venue, year = tagged
        authors = [a for a in authors if a.strip() not in entry.description]
    elif entry.description and not any(_states_facts(label) for label, _ in entry.fields) \
            and _may_cite(entry.description):
        after_title = _after_title(entry.description, title)
        trailer = citation.parse_trailer(after_title)
        if after_title is not entry.description and (trailer is None or trailer.confidence < 0.5
                                                      and not (trailer.venue and trailer.year)):
            trailer = citation.parse_trailer(entry.description)  # the whole text read as before, when that says more
        if (trailer is None or not trailer.authors) \
                and (past_note := _past_leading_note(entry.description)) is not None \
                and (noted := citation.parse_trailer(past_note)) is not None \
                and noted.authors and noted.confidence >= 0.5 and not noted.venue \
                and 3 * sum(map(citation.personal_name, noted.authors)) >= 2 * len(noted.authors):
            # "*   Title (**IF = 7.3, JCR Q1, Venue. 2025**)  " / "    Name, Name, Name*  " / "    [Venue](…)", "- (ICLR
            # 2021) **Title**, Maria Keller et al. [[Paper](…)]": a bracketed note (a venue tag, an impact factor,
            # "Under Review") opens the text before the author line, and read whole the text gave no authors; read
            # past the note, the rest is the work's byline. The venue and year read from the note stay (a venue read
            # past it is a lower-cased name, "…, Lai Hou Tim, xiangxiang Zeng*": then the rule keeps out)
            # (the names must read as people's: "(*2024-CVPR Workshops*) **Title** [[Paper]](…)" / "Brain MRI, Chest
            # X-ray, Liver CT" is a note on the data. A venue the whole text gave must lie inside the note, one running
            # past it, "arXiv'26) Lee et al", being a misreading the rule leaves alone; the note's year dates the work,
            # its venue only where the whole text was short enough to be read as a venue-and-year trailer before: a
            # long note, "IF = 7.3, JCR Q1, …", reads as a venue "IF =" and is left to the venue readers)
            note = entry.description[:len(entry.description) - len(past_note)]
            if trailer is None:
                trailer = noted
            elif not trailer.venue or trailer.venue in note:
                read_before = trailer.venue and trailer.year and len(_without_left_label(entry.description)) <= 60
                trailer = dataclasses.replace(trailer, authors=noted.authors, et_al=noted.et_al,
                                              venue=trailer.venue if read_before else None,
                                              confidence=max(trailer.confidence, 0.5),
                                              year=trailer.year if trailer.year and str(trailer.year) in note else None)
        if (trailer is None or not trailer.authors) and (last := _byline_last_reference(entry, title)) is not None:
            trailer = last
        if trailer is not None and trailer.year is None and trailer.venue \
                and (glued := _glued_venue_year_trailer(trailer.venue)) is not None:
            trailer = dataclasses.replace(trailer, venue=glued[0], year=glued[1])
        # "(MICCAI 2015)", ", Nature Methods 2021.": a short venue-and-year trailer is enough
        if trailer is not None and (trailer.confidence >= 0.5 or trailer.venue and trailer.year
                                    and len(_without_left_label(entry.description)) <= 60):
            confidence = max(trailer.confidence, 0.5)
            reference = trailer
            if trailer.authors and (not authors or all(a.rstrip(" .") in (trailer.venue or "")
                                                       or any(map(str.isdigit, a)) for a in authors)):
                # "*Nature*" emphasised in the trailer is its venue, not an author; so is "*Genome Research, May
                # 2022.*" (a year is no part of a name)
                authors = trailer.authors
            year = year or trailer.year
            venue = venue or trailer.venue
            # "**Name**: Title, Nat. Biomed. Eng. 2021. [code](github…)": a cited title, its own code
            whole_citation = bool(trailer.year and trailer.venue and len(title.split()) >= 4)
    if links and confidence < 0.5 and reference is None and title and 8 <= len(links[0].label) <= 300 \
            and classify.reads_like_paper_title(title):
        # "**ProtTrans: Towards Cracking …**" / "[Elnaggar, Ahmed, et al. bioRxiv (2020).](github…)": the link under
        # a set-apart title is written as the work's byline (authors and a year): the title names a cited work,
        # whatever the link reaches (its code, a mirror)
        byline = citation.whole_reference(links[0].label, min_title_words=0)
        if byline is not None:
            confidence = 0.5
            authors = authors or byline.authors
            year = year or byline.year
    primary = links[0] if links else None
    # "[Nature Methods: Short intro](DOI A) & [Nature Methods](DOI B)": the companion piece's DOI is not the work's own
    paper_links = [link for link in links if link.role == "paper" and not _coordinated_work(link, entry)
                   and not tables.names_learned_data(link.label)]
    # (a second work joined to the first by "and", ``COORDINATED_LINK_FIELD``, is split out with its own
    # identifiers by ``_other_papers``; its DOI or PMCID is not the first work's)
    # "- [Method title](github…) - trained on [PTB-XL](doi A)", "[HDF5](doi A) containers. [Paper](doi B)": a work the
    # note mentions in passing gives the item no identifier of its own (``_passing_mentions``)
    mentions = _passing_mentions(links, paper_links, entry, title)
    id_urls = [link.url for link in paper_links if not _names_companion(link.label) and id(link) not in mentions] \
        + [link.url for link in paper_links if _names_companion(link.label) and id(link) not in mentions]
    if primary is not None and primary.role == "other" and not _names_companion(primary.label) \
            and primary.url not in measured and not classify.landing_record(primary.label, primary.url):
        id_urls.insert(0, primary.url)
    # ("### A Public Database of …" / "https://datadryad.org/…/doi:10.5061/…" / "Author et al. [Title.](pubmed…)": a
    # resource's section read as its paper's record, ``OWN_REFERENCE_FIELD``, keeps the data's DOI off the paper)
    own_reference = any(label == OWN_REFERENCE_FIELD for label, _ in entry.fields)
    data_doi_links = [link for link in links if link.role == "dataset" and "doi" in link.url
                      and id(link) not in mentions and not own_reference]
    id_urls += [link.url for link in data_doi_links]  # a data DOI is still an identifier (not a data set used, in
    # passing)
    # ":star:[paper](ieeexplore…) :triangular_flag_on_post:[dataset](dx.doi.org/10.21227/…)": a DOI reached by a link
    # labelled as data, beside the line's own paper link, is the data's; read again below should the line be a paper
    data_apart = tuple(link.url for link in data_doi_links if classify.label_role(link.label) == "dataset") \
        if data_doi_links and any(id(link) not in mentions for link in paper_links) else ()
    # "doi:[10.1093/brain/awz414](https://academic.oup.com/brain/article/143/2/635/5732992)": a paper link whose
    # text is the work's DOI (the target a publisher page with no DOI in its path) names it; read after the
    # targets (``ids_from_url`` reads a bare "10.…" / "doi:…" string as a DOI, any other text as nothing)
    id_urls += [link.text.strip() for link in paper_links if link.text and "://" not in link.text]
    # "| Title | Venue | … | DOI: 10.1109/… ；早期 arXiv:2312.09083 |": an identifier written as text in another
    # cell (a table row's notes column, a "Venue: arXiv:…" field) names the row's own work; the fields are read
    # after the title and the description, so theirs come first; a bare value under a "PMID" / "arXiv" column
    # header is read as the header names it (``ids.labelled_identifier``)
    field_text = " ".join(ids.labelled_identifier(label, value) for label, value in entry.fields
                          if value and label not in _MARKER_FIELDS and _may_name_own_ids(label))
    identifiers = ids.identifiers_from(" ".join(filter(None, [entry.title, entry.description, field_text])), id_urls)
    copy_named = False  # the link's text is a saved copy's file name (``ids.titled_copy_arxiv``, ``ids.id_prefixed_copy``)
    if identifiers.arxiv is None:
        # "[《Densely Connected Convolutional Networks》](…/pdf/Densely%20Connected%20Convolutional%20Networks%201608.06993.pdf)":
        # a shared PDF copy named by the link's own title and the work's arXiv id (``ids.titled_copy_arxiv``)
        copied = next((a for link in paper_links if id(link) not in mentions
                       and (a := ids.titled_copy_arxiv(link.text, link.url))), None)
        if copied:
            identifiers = dataclasses.replace(identifiers, arxiv=copied)
            # ("[《… Networks 1311.2901》](…)": the copy's name written as the link's text; its id is no part of the title)
            title = _COPY_ID_TAIL.sub("", title) if copied in title[-len(copied) - 4:] else title
            copy_named = True
    if identifiers.doi is None:
        # "[《nature14539_Deep learning》](…/pdf/nature14539_Deep%20learning.pdf)": a shared PDF copy named by the
        # work's Nature article id and its title (``ids.id_prefixed_copy``): the id is its DOI, no part of the title
        prefixed = next((c for link in paper_links if id(link) not in mentions
                         and (c := ids.id_prefixed_copy(link.text, link.url))), None)
        if prefixed:
            identifiers = dataclasses.replace(identifiers, doi=prefixed[0])
            if title.casefold().startswith(prefixed[1].casefold() + "_"):
                title = title[len(prefixed[1]) + 1:].strip()
            copy_named = True
    read_identifiers = own_identifiers = identifiers
    if data_apart and identifiers.doi and identifiers.doi in {ids.ids_from_url(u)[0] for u in data_apart}:
        own_identifiers = ids.identifiers_from(" ".join(filter(None, [entry.title, entry.description, field_text])),
                                               [u for u in id_urls if u not in data_apart])
    for link in links:  # a venue label such as `ACL 2018` on the paper link
        if link.role == "paper" and classify.label_role(link.label) == "paper" \
                and (labelled_year := _YEAR.search(link.label)):
            if venue is None:
                v = _YEAR.sub("", link.label).strip(" `'’-()（）,，")  # "Synthetic Biology Journal (2023)"
                v = citation.without_closing_month(v)  # "[arxiv, Aug 2022](…)": the month dates the work
                head, _, qualifier = v.partition("(")
                if qualifier and classify.label_role(head.strip()) == "paper":
                    v = qualifier.strip(" ,，()")  # "[Paper (medRxiv, 2024)](…)": the role word is no venue
                venue = v or None
            year = year or int(labelled_year.group(0))
            break
        if link.role == "paper" and (glued := classify.glued_venue_year(link.label)) is not None:
            venue, year = venue or glued[0], year or glued[1]  # "[[MICCAI17]](springer…)", "[CVPR17](…)"
            break
    if venue and ("[" in venue or "]" in venue):
        venue = None  # "[2021] [MICCAI]" read as prose: take the bracketed tokens instead
    year, venue = _from_fields(entry, year, venue)
    if venue is None and links and entry.title and not copy_named and links[0].role == "paper" \
            and links[0].text.strip() not in entry.title \
            and inline.clean_title(links[0].text) != title \
            and not _byline_trimmed(title, inline.clean_title(links[0].text)):
        text = links[0].text.strip().strip("[]()`*_ ")  # "[Nature Methods](https://doi.org/…)" names the venue
        if title and text.startswith(title):
            # "[Reece and Danforth (2017)](springer…)" titled "Reece and Danforth", "[Title (COLING'20)](…)": the
            # link's text is the title and what dates it (a venue too, in brackets), never a venue as a whole
            _, venue, year = _paren_venue(links[0].text.strip(), venue, year)
            year = year if year is not None or (dated := _YEAR.search(text, len(title))) is None else int(dated[0])
        elif 2 < len(text) <= 80 and classify.label_role(text) is None and not text.startswith(("http", "www")) \
                and not _YEAR.fullmatch(text) and text.casefold() not in _LINK_WORDS \
                and text.casefold() not in _PAPER_KIND_WORDS and text.casefold() not in _PUBLICATION_EVENT_WORDS \
                and not classify.names_presentation_form(text) \
                and not (ids.find_arxiv(text) or ids.find_dois(text) or ids.find_pmids(text) or ids.find_pmcids(text)
                     or ids.normalize_arxiv(text)) and not text.isdigit() and "et al" not in text \
                and not citation.group_author(text):
            # not "[arXiv:2402.30003](…)", "(PMID: [41390262](pubmed…))" nor "[Smith et al. 2022](…)": an id, a citation
            # (nor "[The 1000 Genomes Project Consortium](…)": the work's group author)
            venue = text
            if (dated := _bracket_dated_venue(links[0].text)) is not None:
                venue, year = dated[0], year if year is not None else dated[1]
    if title and links \
            and (placed := _emphasised_venue_in_label(title, links[0], (*authors, *entry.authors))) is not None:
        # "[Rapid profiling of plasma proteomes at scale *J Proteome Res* 2023](doi…)", "[Hsu et al., Title *bioRxiv*
        # 2025](doi…)": a lab's list of its own papers, the whole reference inside the paper link (read after the
        # byline was); the emphasised run closing the title is the journal, not an author
        title, placed_venue, placed_year = placed
        authors = tuple(a for a in authors if a != placed_venue)
        venue, year = venue or placed_venue, year if year is not None else placed_year
    authors = _split_authors(authors)
    if title and authors and len(title.split()) >= 3:
        # "- *Stain-Invariant Features via Contrastive Learning*, Medical Image Analysis, 2021.": the emphasised run
        # read as a byline is the title itself, cut from its trailer after the authors were gathered
        same = " ".join(title.casefold().split()).strip(" .,*_")
        authors = tuple(a for a in authors if " ".join(a.casefold().split()).strip(" .,*_") != same)
    if authors and (dated := [(a, hint) for a in authors if (hint := _journal_year(a)) is not None]):
        # "[Title (Cui et al.)](doi…) – A note. *Nature 2025*": an emphasised journal and year closing the line is
        # the work's venue and year, not one of its authors; it outranks a "venue" read out of the note's prose
        # ("Short Comment on how …" gave "on how …"), not a journal named elsewhere on the line
        authors = tuple(a for a in authors if a not in {a for a, _ in dated})
        venue = venue if venue and citation.names_journal(venue) else dated[0][1][0]
        year = year or dated[0][1][1]
    if not venue and len(authors) == 1 and links and citation.names_journal(authors[0].strip(" .,*_")) \
            and (f"in *{authors[0]}*" in entry.description + entry.text
                 or not citation.personal_name(authors[0].strip(" .,*_"))):
        # "… review *"Title"* published in *Chemical Reviews*.", "Karl W. Broman & Kara H. Woo (2018) [Title](…),
        # *American Journal of Epidemiology*, DOI: …": a lone emphasised journal's name is the venue, no author
        venue, authors = authors[0].strip(" .,*_"), ()
    if venue and authors and all(a.strip(" .,*_") in venue for a in authors):
        authors = ()  # "— *Briefings in Bioinformatics*, 2018": the emphasis was the venue, not a name
    if not links and any(_names_paper(value) and (label == EMPTY_LINK_FIELD or label == TITLE_COLUMN_FIELD
                                                  and len(title.split()) >= 3
                                                  and not _matrix_short_name(entry, title)
                                                  and not _title_cell_left_blank(entry, value))
                         or label == EMPTY_LINK_FIELD and _placeholder_text_is_title(value, title, entry.description)
                         and classify.reads_like_paper_title(title)
                         # ("### Slides" / "* [Commercial applications]()": a deck still to be linked)
                         and not classify.heads_talk_material(entry.topic)
                         for label, value in entry.fields):
        # "[[arXiv]]()" or a title in a "Paper Title" column: a paper without a link (a one-word name in a
        # "Paper" column of a comparison matrix names a paper listed elsewhere); "- [Title of the work]() |
        # MICCAI": the title written as a link whose URL the writer left for later
        confidence = max(confidence, 0.5)
    coded = next((v for label, v in entry.fields if label == VENUE_TAG_FIELD), None) if links else None
    named_venue = None  # a venue named alone before the linked title (below)
    if coded is not None and (coded_tag := citation.parse_trailer(coded)).venue and coded_tag.year:
        # "- ``MICCAI 2023`` [Title](project page), Authors", "``npj Digit. Med. 2024``": a venue and its year set as
        # a code span before the linked title say where the work was published, as a bracketed tag does, whatever
        # the link reaches
        venue, year = venue or coded_tag.venue, year if year is not None else coded_tag.year
        confidence = max(confidence, 0.5)
    elif coded is not None and (named_venue := inline.venue_word_lead(coded)) is not None:
        # "1. CVPR [Title](zhuanlan.zhihu.com/…)", "ICLR Oral [Title](…)": a venue named alone before the linked
        # title (``inline.venue_word_lead``) says the work appeared there, though the link reaches the reader's notes
        venue = venue or named_venue.split()[0]
        confidence = max(confidence, 0.5)
    if fields_cited:
        confidence = max(confidence, 0.5)  # (a link-less row's own words, read as a reference above, say less)
    byline = next((v for label, v in entry.fields if label == PAREN_YEAR_BYLINE_FIELD), None) \
        if links and entry.fields else None
    # (the byline and its year before the linked title cite the work as a reference's head does: an article, where
    # the host the link reaches says nothing of the kind)
    bylined = byline is not None
    if byline is not None and confidence < 0.5:
        # "- Lazar Reich and Vijaykumar (2020), [Title](drops.dagstuhl…), FORC.": the byline and its year in brackets
        # before the linked title cite a work, whatever host the link reaches (a surname ``citation`` does not read
        # as a name left the line no author and no year)
        confidence = 0.5
        if year is None and (dated := _YEAR.search(byline)) is not None:
            year = int(dated.group(0))
    if confidence < 0.5 and (HTML_CARD_FIELD, "") in entry.fields \
            and (card_names := citation.card_author_line(entry.description)) is not None:
        # '<h5><a href=…>Title</a></h5><p>Dennis Ulmer, Lotta Meijerink, Giovanni Cinà</p>': one card of a page's
        # grid of cards, its linked title over its author line, cites the work as a reference's byline does (a
        # card whose anchor the page left empty, '<h5><a href="">Title</a></h5>', too: ``mdtree._html_rows``)
        confidence = 0.5
        authors = authors or card_names
    if not links and confidence < 0.5 and title and (cited_row := _author_year_row(entry, title)) is not None:
        # "| Study | Finding |" / "| Wu et al. (2021) | 24.1% of devices … |": a link-less row of an evidence
        # table that cites its study by authors and year names a paper
        confidence = 0.5
        authors = authors or (cited_row[0],)
        year = year or cited_row[1]
    if not links and confidence < 0.5 and (SHORT_CITATION_FIELD, "") in entry.fields:
        confidence = 0.5  # "DeLong et al. 1988" (``_short_citation_runs``): a work cited by its byline, venue and year
    if not links and confidence < 0.5 and len(authors) == 1 and title \
            and (book := _italic_title_then_author(title, authors[0], entry.text)) is not None:
        # "- *The Checklist Manifesto* — Atul Gawande. On how simple, well-designed checklists …": a reading list's
        # book, named by its italic title and its author, no link; the italics were read as a name
        title, authors = book
        confidence = 0.5
    fielded = bool(title and entry.fields) and _bibliographic_field_record(entry)
    if confidence < 0.5 and fielded:
        # "1. **RDIAN**" / "   - 作者：Heng Sun, …" / "   - 年份：2023" / "   - 链接：代码仓库 [GitHub](github…)": a survey's
        # working notes that file each candidate work under labelled lines naming its authors and its year (or its
        # venue) describe a publication, however it is linked: its code repository is the work's code, no tool
        confidence = 0.5
    if dash_cited or italic_reference:
        confidence = max(confidence, 0.5)
    if keyed_cited and links and all(_cross_reference(link) for link in links):
        # "**Cox (1972)**" / "Cox, D. R. (1972). …" / "→ [Cox proportional hazards](../models/cphm.md)": under a keyed
        # reference, a link to another page of the same documentation says where the work is used, it is no page
        # of the work's own: the reference decides the kind, as it does with no link at all
        kind_links: tuple[Link, ...] = ()
    else:
        kind_links = links
    kind = classify.kind_of(kind_links, entry.topic, identifiers.any(), title, citation_confidence=confidence,
                            cited_article=reference is not None and (_cites_article(reference, entry.description)
                                                                     or _cites_proceedings(reference))
                            or _thesis_venue(venue, year) or bylined or typed_cited, note=entry.description,
                            in_table=any(label == TITLE_COLUMN_FIELD for label, _ in entry.fields),
                            card=(HTML_CARD_FIELD, "") in entry.fields, named_venue=bool(venue),
                            note_fields=_annotation_field_values(entry))
    if kind == "dataset" and reference is not None and reference.confidence >= 0.9 and reference.year \
            and reference.venue and (reference.et_al or len(reference.authors) >= 2) and kind_links \
            and not any(link.role in ("dataset", "code") for link in kind_links) and not entry.fields \
            and title and classify.reads_like_paper_title(title):
        # "* [MIMIC-CXR: a large publicly available database of labeled chest radiographs](deepai.org/…) - Johnson A E
        # W et al, `arXiv preprint 2019`." under "## Datasets": a line written as its paper siblings are, a paper's
        # title linked to no data host, then an et-al byline, a venue and a year, cites the data set's paper (the
        # section and the title's "database" made it the data set)
        kind = "paper"
    if kind in ("repository", "other") and fielded and all(link.role == "code" for link in kind_links) \
            and {link.label for link in kind_links} <= {label for label, _ in entry.fields} \
            and classify.section_hint([h.text for h in entry.topic]) in (None, "paper"):
        # "1. **RDIAN**" / "   - 作者：…" / "   - 年份：2023" / "   - 链接：代码仓库 [GitHub](github…)", and a card with no
        # link at all under "## 8. 已核验的关键条目（本轮更新）": a record whose labelled lines give its authors and
        # its year is the work they describe, its short name the name it goes by, its repository (given as one of
        # its fields, not as its name's link) its code; an update heading does not make a cited work news
        kind = "paper"
    if kind == "paper" and not kind_links and classify.names_only_data(identifiers):
        # "- 📚 Recommended to cite the original Mendeley Data repository (DOI: 10.17632/…) when using this dataset":
        # a line with no link whose only identifier is a data repository's DOI written in its text names that data
        # set (a catalog's usage note, a mirror's deposit), no paper; the DOI stays the entry's
        kind = "dataset"
    if kind == "paper" and not kind_links and not identifiers.any() and _trial_registry_row(entry):
        # "| NCT ID | Title | Sponsor | Status |" / "| NCT04786262 | VX-880 Safety, … in T1D | Vertex | RECRUITING |":
        # a link-less row keyed by a clinical trial's registration number lists the registered trial, no publication
        kind = "other"
    if kind == "paper" and kind_links and not identifiers.any() and _forge_named_venue(venue) \
            and all(link.role == "code" for link in kind_links):
        # "- (*GitHub'26*) **EverOS: Build, evaluate, and integrate long-term memory …**" / "  [[💻 Code](github…)]":
        # in a list that tags each work with where it appeared, a tag naming a code host says the work is the
        # repository its only link reaches, released there and nowhere else, no paper
        kind = "repository"
    if venue_tagged_name and kind in ("repository", "website", "other"):
        kind = "paper"  # the name tagged with its venue and year cites the paper (above), not its code or notes
    if kind in ("dataset", "website", "other") and blocks.labels_paper_title(entry.text):
        # "### Paper Title: MorphoX: …" / "- **Code Link**: RxRx1, BBBC021" / "- **Dataset Link**: https://…,
        # https://github.com/…/gallery": the record's label names it a paper; the data sets its fields link are what
        # the work used, not what the record is
        kind = "paper"
    if named_venue is not None and kind != "paper" and links[0].role == "other" \
            and classify.reads_like_paper_title(title):
        # "## … from heterogeneous/nonstationary data" / "3. CVPR [Title](zhuanlan.zhihu.com/…)(notes)": the venue
        # before the title says a paper appeared there; the link to the reader's notes (or a project page) and a
        # heading's word ("data") do not make it a web page or a data set
        kind = "paper"
    elif news_title is not None and kind in ("other", "website", "repository"):
        # (a repository's link in it is the announced paper's code: "… accepted by **MedIA** [[Code]](…)")
        kind = "paper"
    elif kind in ("website", "other") and len(links) == 1 and _credited_paper_note(entry.description):
        # "- [CUPED](exp-platform.com/cuped/) - Deng, Xu, Kohavi, and Walker paper on using pre-experiment data …":
        # the note credits the linked page to its authors as their paper; the page is that paper's, not a site
        kind = "paper"
    elif kind in ("model", "website") and _titled_link_over_byline(title, links, entry.authors):
        # "[Re-Align: Aligning Vision Language Models via …](taco-group.github.io/Re-Align/)" / "**EMNLP 2025 Main
        # Conference**" / "Shuo Xing, Yuping Wang, …, [Huaxiu Yao](…)": a publication page's box, the work's title
        # linked to its project page over its byline; the byline makes it a paper, whatever its section calls models
        kind = "paper"
    elif kind == "website" and whole_citation and _reference_as_link_text(links, reference):
        # "[_Bishop, C.M., (2006). Pattern Recognition and Machine Learning. Springer_](microsoft.com/…/Bishop-…pdf)",
        # "[_Goodfellow, Ian. et al., (2016). Deep Learning. MIT press._](deeplearningbook.org)": a course's reading
        # list links a whole reference, byline, year and title, to wherever the work can be read (its own site,
        # an author's copy); the reference names the work, the host does not make it a web page
        kind = "paper"
    elif kind == "website" and _book_by_its_authors(title, links, entry.description, entry.topic):
        # "## Books" / "[Intensity-based 2D-3D Medical Image Registration](blackwells.co.uk/…/9783639119541) by
        # Russakoff, Daniel": a book's title linked alone to wherever it is sold or shown, then "by" and its
        # authors, under a heading of books, cites the book; the shop's page does not make it a web page
        kind = "paper"
        if (named := citation.publisher_book_byline(entry.description)) is not None:
            # "M. Loudon & J. Parise. W. H. Freeman, 2021": the publisher closes no author's name; it is the venue
            authors, venue = named
    elif kind == "website" and (year or entry.year) and _dated_name_home_then_article(title, links):
        # "- **limma (2003).** [[Home]](bioinf.wehi.edu.au/limma/) [[Article]](sciencedirect…) [[Bioconductor]](…)":
        # a model zoo's dated name followed by a row of labelled links, its home page first, then the one the list
        # calls the article; the line cites that article as its neighbour "**fastMNN (2018).** [[Article]](…)" does
        # (a resource named by its own link to its site, "[RICORD](rsna.org/…) ([paper](…))", stays the resource)
        kind = "paper"
    elif kind in ("website", "dataset", "other", "competition") and links and entry.fields \
            and entry.fields[0][0] == TITLE_COLUMN_FIELD and classify.reads_like_paper_title(title) \
            and not any(link.role in ("code", "paper") for link in links) \
            and tables.names_paper_rows(entry.fields[0][1], [label for label, _ in entry.fields[1:]]):
        # "| Papers | |" / "| Toward Expanding … Summarization | [Dataset](…) |": a row of a table whose title column
        # says it holds papers, titled by a paper's title, is that paper, though its only links reach the data set
        # it released, its challenge or a project page (``tables.names_paper_rows``); under a challenge's heading
        # too: "## Challenge results" / "| Rank | Team Name | Paper | Entry Code |" / "| 28 | QLab | Early Prediction
        # of … Using LSTM | [QLab](physionet.org/…/sources/QLab.zip) |", a team's paper whose only link is its entry
        kind = "paper"
    elif kind in ("dataset", "competition") and links and entry.fields and entry.fields[0][0] == TITLE_COLUMN_FIELD \
            and tables.heads_paper_column(entry.fields[0][1]) and classify.reads_like_paper_title(title) \
            and all(link.role == "code" for link in links):
        # "# Benchmark Table" / "| Mode Name | paper | code |" / "| BIOT | Biot: Biosignal transformer for … | [BIOT](
        # github…) |": a benchmark's table of the methods it compares, each row titled by its paper's title in the
        # column headed "paper", its only link the method's code; the heading's "benchmark" ("leaderboard") says what
        # the page is, the column what each row cites: the paper, the repository its code (a data set's row links its
        # data or its home page, not only code)
        kind = "paper"
    elif kind == "website" and (_journal_piece(links, title, reference)
                                   or _venue_tagged_page_title(entry, links, title, reference)
                                   or _journal_reference_link(links, title, reference, authors, entry.description)):
        # "- [Algorithmic Bias in Medical AI: A Systematic Survey (2026)](jyi.org/2026-march/…) — Revisão … (Journal of
        # Young Investigators, Mar 2026)": a work's title linked to one page of a site the host tables do not know,
        # the line closing with the journal it appeared in and when, is that journal's article
        kind = "paper"
    elif kind == "website" and links and entry.topic and links[0].role == "other" \
            and (placed := headings.venue_year_heading(entry.topic[-1].text)) is not None \
            and classify.paper_under_venue_heading(title, links, entry.description, entry.topic):
        # "### Ubicomp 2014" / "- [Passive Sleep Quality Estimation from Smartphone Usage](lab.github.io/sleepsense/)":
        # a heading that names only a venue and its year over works' titles linked to their project pages, an
        # author's page or post: the heading dates and places each, they are that venue's papers
        kind = "paper"
        venue, year = venue or placed[0], year if year is not None else placed[1]
    if kind == "paper" and news_title is None and paper_links \
            and all(classify.describes_a_work(link.text or link.label) for link in paper_links) and _news_line(entry):
        # "## News" / "IROS'22 [the OrthoSim platform paper](arxiv…) was presented in Kyoto …", "- [2024-05] Our paper
        # [here](arxiv…) is accepted to MICCAI 2024!": a news sentence links the work it announces by a phrase that
        # describes it; no title names a work, so the line is news (its identifier stays on it). A title the
        # sentence sets in bold ("Our paper **Title** is accepted by TMI ([here](…))") or in quotes (``news_title``)
        # names the paper, and a work's title linked in news stays the paper
        bold = _news_bold_title(entry.text)
        if bold is not None:
            title = bold
        else:
            kind = "website"
    elif kind == "paper" and news_title is None and paper_links and title not in entry.text \
            and all(classify.label_role(link.label) == "paper" for link in paper_links) and _news_line(entry) \
            and (bold := _news_bold_title(entry.text)) is not None and bold in title:
        # "- 2023.10: **Boundary-Aware Polyp Segmentation …** is accepted by MICCAI 2023 [[paper](arxiv…)]
        # [[code](github…)]": a news line links its paper by role labels and names it in bold inside the sentence;
        # the bold run titles the paper, never the whole sentence (the date, the verb, the venue) around it. (A
        # title the line already gives, its bold run read off as the lead, is in the text as written)
        title = bold
    if kind in ("website", "paper") and (bylined := _link_text_book_byline(title, links, entry.text, entry.topic)):
        # "[Molecular Biology of the Cell by *Bruce Alberts*](garlandscience.com/product/isbn/…)", "[Life: An
        # Introduction to Complex Systems Biology by *Kunihiko Kaneko*](link.springer.com/10.1007/…)": a reading
        # list writes each book's byline inside its link, the authors set in italics after "by"; the line cites the
        # book (the shop's page does not make it a web page) and the byline is no part of its title
        kind, title, authors = "paper", bylined[0], bylined[1]
    if not (kind == "paper" and links and links[0].role == "paper" and links[0].text.strip() == entry.title.strip()) \
            and (cited_field := _paper_field_citation(entry)) is not None:
        # "## HealthQA" / "… description …" / "Paper: Zhu M, … 2019. A Hierarchical Attention …. In *WWW*." /
        # "Access: https://github.com/…": the record's labelled reference names the work it is about
        kind, title = "paper", cited_field.title
        authors, year, venue = cited_field.authors or authors, cited_field.year or year, cited_field.venue or venue
    if kind in ("repository", "tool") and whole_citation:
        # "Li Y, et al. Title. Sci Rep. 2020;10:7155. / Code: https://github.com/…": the code is its own; so, under a
        # heading of tools, with "Street, K., …, & Dudoit, S. (2018). Slingshot: cell lineage …. BMC genomics." /
        # "  > Slingshot: https://bioconductor…": a line that is a whole reference cites the work, its links the
        # tool's pages
        kind = "paper"
    elif kind in ("repository", "website") and any(label == EMPTY_LINK_FIELD
                                                   and (classify.label_role(value) == "paper"
                                                        or inline.clean_title(value) == title
                                                        and classify.reads_like_paper_title(title))
                                                   for label, value in entry.fields):
        # "Title [Paper] [[Code]](github…)", "Paper: (none yet) / Project: https://x.github.io": the paper
        # link is still to come, the code or project page is its own; so with "1. [Title of the work]()" /
        # "    - https://github.com/…": the title written as a link whose URL was left for later (as a link-less
        # row's above) is the paper's, the repository under it its code
        kind = "paper"
    elif kind == "repository" and any(label == TITLE_HEADING_FIELD for label, _ in entry.fields) \
            and classify.reads_like_paper_title(title):
        kind = "paper"  # "## CardioSAM: Prompt-Free Segmentation of …" / "- **Link:** [Link](github…)": its own code
    elif kind == "repository" and len(title.split()) >= 3 \
            and any(label == QUOTED_TITLE_FIELD for label, _ in entry.fields) \
            and (year := year or citation.parse_trailer(entry.description).year):
        kind = "paper"  # "《Title》(2021) GitHub: https://…": a work cited by its title and year, its code its own
    elif kind == "repository" and _code_linked_title_with_venue(title, links, entry.description):
        # "- [Efficient-GAN-Based Anomaly Detection](github…) ICLR Workshop 2018.": the venue says it is a paper (its
        # venue and year are left to the readings below: a description may also hold a tag written before the link)
        kind = "paper"
    if kind == "other" and not links and any(label == NOTED_TITLE_FIELD for label, _ in entry.fields) \
            and classify.reads_like_paper_title(title) and not classify.tallies_its_references(title):
        # "###### Title of the work" / "- a reading note": the notes are on one paper (a heading that tallies the
        # references under it, "### MRI (N=67 citations)", groups works: ``classify.tallies_its_references``)
        kind = "paper"
    elif kind == "other" and not links and any(label == BOOK_TITLE_FIELD for label, _ in entry.fields) \
            and classify.reads_like_paper_title(title):
        kind = "paper"  # "- 【未找到下载】《Title of the work》": a work cited by its title in book-title marks
    elif kind in ("repository", "model") and any(label == NOTED_TITLE_FIELD for label, _ in entry.fields) \
            and classify.reads_like_paper_title(title):
        kind = "paper"  # "[arxiv23] Title of the work" / "- Architecture: S4" / "- Code: [github](…)": its own code
    if kind in ("other", "website") and not links and title \
            and any(label == KIND_TAG_FIELD and classify.names_paper_kind(value) for label, value in entry.fields):
        kind = "paper"  # "- `review` Interactome Networks and Human Disease | Cell": the kind tag says it is a paper
    if kind in ("other", "tool", "website", "dataset", "model") and not links \
            and any(label == BYLINE_HEADING_FIELD for label, _ in entry.fields):
        kind = "paper"  # "##### Title of the work" / "A. Author, B. Author, and C. Author": a lab's publication
    if kind in ("website", "other") and any(label == BARE_RECORD_LINKS_FIELD for label, _ in entry.fields):
        kind = "paper"  # "WikiChat Grounding" / "- https://www.reddit…" / "- https://arxiv…": the one article it names
    if kind in ("repository", "model", "tool", "website", "other") \
            and any(label == PAPER_TITLE_LINE_FIELD for label, _ in entry.fields):
        kind = "paper"  # "6：论文题目：Title" / "论文思路：https://…" / "代码：https://github…": the label says a paper's
    if kind in ("repository", "model", "tool", "website", "other") \
            and any(label == BIB_RECORD_FIELD for label, _ in entry.fields) and not _record_of_a_post(entry, links):
        kind = "paper"  # "**VCNet**" / "- **作者**: Nie et al." / "- **发表**: ICLR 2021" / "- **代码**: [GitHub](…)"
    elif kind == "dataset" and venue and year and links and not any(link.role == "dataset" for link in links) \
            and any(label == BIB_RECORD_FIELD for label, _ in entry.fields) and not _record_of_a_post(entry, links):
        # "## 3. Factuality and Hallucination Benchmarks" / "### 8. Long-form factuality in …" / "- **Authors:** …" /
        # "- **Venue:** NeurIPS 2024" / "- **Link:** https://deepmind.google/research/publications/…": a benchmark
        # section's record whose fields say who wrote it and where it appeared, no link of it a data set's host, is
        # the benchmark's paper (the section's word made it a data set only because its one link is a lab's page)
        kind = "paper"
    if kind == "paper" and links and all(link.role == "code" for link in links) and not venue and not year \
            and any(label == BIB_RECORD_FIELD for label, _ in entry.fields) and blocks.names_authors_only(entry.fields):
        # "**🛠️ RealCause**" / "- **作者**: Brady Neal" / "- **功能**: …" / "- **代码**: [GitHub - bradyneal/realcause](…)":
        # a record of labelled fields whose only bibliographic field names its author, with no venue and no year
        # anywhere, and whose only links are a repository, is that repository's card (a tool, a tutorial's code),
        # not a paper's: a paper's card says where or when it appeared ("- **发表**: ICLR 2021")
        kind = "repository"
    if kind in ("repository", "model", "tool", "website", "dataset", "other") and links \
            and all(link.role == "code" for link in links) \
            and any(label == BYLINE_CREDIT_FIELD for label, _ in entry.fields):
        # "| **AgentDojo** - Debenedetti et al. | NeurIPS 2024 | - | … | [GitHub](…) |": the byline after the bold
        # name credits the work's authors, so the row is the paper's record and its only link the paper's own code
        # (a row linking a data set's host or a page stays what that link says it is)
        kind = "paper"
    if kind != "paper" and any(label == OWN_REFERENCE_FIELD for label, _ in entry.fields):
        # "### PIRD: Pan immune repertoire database" / its site / "> blurb" / "Zhang, W. et al. [PIRD: …](doi…) …":
        # a resource's section closed by its own paper's reference is that paper's record (``_own_reference_title``)
        kind = "paper"
    if kind != "paper" and any(label == DASH_REFERENCE_FIELD for label, _ in entry.fields):
        # "* MSFragger (2017)" / "**Purpose** - …" / "**Publication** - 28394336" / "GitHub - https://github…": a tool's
        # record whose "Publication" field cites its own paper is that paper's, its repository its code (under
        # "# Database search algorithms" too: the heading names the tools' task, not data sets)
        kind = "paper"
    if kind == "dataset" and links and links[0].role == "code" and len(authors) >= 2 and len(title.split()) >= 4 \
            and classify.reads_like_paper_title(title):
        # "#### Structure Datasets" / "**ProteinInvBench: Benchmarking Protein Design on …**" / "Zhangyang Gao, Cheng
        # Tan, …" / "[GitHub](…)": a work's title over its byline, only its code linked, under a heading of data
        # sets is a benchmark's paper, the repository its code (a challenge's own line names no authors)
        kind = "paper"
    if kind in ("repository", "tool", "website", "other") and len(title.split()) >= 3 \
            and any(label == VENUE_YEAR_COLUMN_FIELD for label, _ in entry.fields) \
            and classify.reads_like_paper_title(title):
        # "|Name|Info|Link|" / "|**Lagrangian neural style transfer for fluids**| TOG 2020| [Link](github…) |": a
        # row titled like a paper beside a column of venues and years cites that paper, its github link its code
        kind = "paper"
    if kind == "dataset" and _row_cites_paper(entry, explicit=True) and len(title.split()) >= 4:
        kind = "paper"  # "| SPICE | SPICE, a dataset of … | 2023 | Sci. Data | [[data]](…) |" under a "Paper Title" column
    if kind in ("repository", "model", "tool", "website", "competition") and _row_cites_paper(entry) \
            and (len(title.split()) >= 4 or len(title.split()) == 3 and _row_states_venue(entry)
                 or _cjk_row_title(title) or _byline_cited_paper(entry, links)):
        # "| 2023 | RETFound: A foundation model for … | Nature | [✓](github…) |": the code is its own;
        # "## Engineering Challenges" / "| [**The Hardware Barrier**](details/….md) | 1990 | [Mead (1990)](doi…) |"
        # under "Original Paper": a paper cited by its byline alone, however short, is the row's work, whatever the
        # heading names
        kind = "paper"
    elif kind in ("website", "other") and links and all(classify.is_reader_note(link) for link in links) \
            and _names_cited_paper(entry) and _row_states_venue(entry):
        # "| Paper | Journal/conference | Date |" / "| [ADMET-AI](en/papers/admet/admet-ai-2024.md) | Bioinformatics |
        # 2024-06-24 |": a paper's short name linked only to the reader's own note on it, where and when it appeared
        # beside it, is that paper, as the same row without its note link is (``_names_cited_paper``)
        kind = "paper"
    elif kind == "other" and not links and len(title.split()) >= 2 and _row_cites_paper(entry) \
            and _row_states_venue(entry):
        # "| Title | Team/Main Author | Venue and Year |" / "| Differential privacy | Cynthia Dwork | ICALP/2006 |": a
        # link-less row under a "Title" column whose venue cell is filled cites a paper, however short its title
        kind = "paper"
    elif kind in ("repository", "model", "tool", "website", "competition", "dataset") and _paper_column_title(entry):
        if kind != "dataset" and (_row_cites_paper(entry, explicit=True) and len(title.split()) >= 3
                                  and not (len(title.split()) == 3 and _names_a_resource(title))
                                  or kind == "repository" and classify.reads_like_paper_title(title)):
            # "| 3 | HaarPool | Haar Graph Pooling | github… | ICML 2020 | mlr.press… |": a three-word title in the
            # "Paper" column with its venue; "| GAMLP | Graph Attention Multi-Layer Perceptron | github… | | |":
            # a title in the "Paper" column with only its code: the code is the paper's own
            # (not a three-word name whose last word names a resource: "| Presenter | Date | Paper/Topic |" /
            # "| Maria Lopez ([slides][1]) | 10/08/2021 | Ward Vitals Dataset |", a journal club's session on a data
            # set, its only link the talk's slides)
            kind = "paper"
        elif _generic_paper_cell_link(title, links):
            # "| Year | Rank | Author | Paper | Key Enum |" / "| 2023 | 3rd | _Daniel C. et al._ |
            # [Link](api.semanticscholar.org/CorpusID:…) | [BraTS23_3](docs…) |": a leaderboard's Paper cell that is
            # one generic "Link" to a scholarly page cites the team's paper, as its neighbours' arXiv and DOI links
            # do; the challenge heading over the table makes no challenge of it
            kind = "paper"
        elif kind == "dataset" and len(title.split()) >= 4 and not any(link.role == "dataset" for link in links) \
                and links and title.casefold() in inline.clean_title(links[0].text).casefold():
            # "## From IID data" / "|tmle|[Gruber … "tmle: An R package …" (2011).](jstatsoft…)|[R](cran…)|": a
            # citation in the "Paper" column with no data link; the heading's "data" makes no dataset of it
            kind = "paper"
        elif kind == "dataset" and _paper_cell_shared_file(title, links):
            # "| **FVC** | [A corpus of debunked and verified user-generated videos](drive.google.com/file/d/…) |
            # [link](mklab…) |" under "| Name | Paper | Access |": the column says the shared file is the paper's PDF
            kind = "paper"
    if kind in ("model", "tool", "website") and identifiers.any() and _paper_cell_links_article(entry, links):
        # "| Model | … | Links | Key Paper |" / "| **Geneformer** | … | [Hugging Face](…) | [Theodoris et al., Nature
        # (2023)](nature.com/articles/…) |": a row whose paper column links its identified article by authors and
        # year cites that paper, as its neighbours linking their code first do; the weights hub is one more link
        kind = "paper"
    if links and (titled := _titled_publication(links, title, entry.text)) is not None and kind != "competition":
        # "- [[dada2](github…)] - [R, 1.26] - [2016.05, _Nat Methods_] - [[DADA2: High resolution sample inference
        # from Illumina amplicon data.](doi…)]": a resource's name followed by its article linked under the
        # article's full title presents that article (a "[paper-2018](…)" or "[Bioinf. paper](…)" label does not);
        # the resource's repository before it is the article's own code
        kind, title = "paper", titled
    elif links and kind in ("repository", "tool", "paper") and links[0].role == "code" and len(title.split()) <= 3 \
            and (quoted_works := _quoted_titles_with_venue_tags(links, entry.description)):
        # '- [SNN_Calibration](github…) : … "A free lunch from ANN …". (**[ICML 2021](mlr…)**). "Converting Artificial
        # …". (**[arXiv 2022](arxiv…)**)': a repository quoting several papers, each before its own venue tag, is
        # the first of them here (its identifiers only its tag's, the gloss before no byline); the others follow it
        # (``_other_quoted_works``), each with the repository as its code
        kind, title, authors = "paper", quoted_works[0][0], ()
        venue, year = quoted_works[0][1], quoted_works[0][2]
        identifiers = Identifiers(*ids.ids_from_url(quoted_works[0][3].url))
    elif links and kind in ("repository", "tool", "paper") \
            and (quoted_work := _quoted_title_before_venue_tag(links, title, entry.description)) is not None:
        # '- [snntorch](github…) <img stars/> : Deep and online learning … "Training Spiking Neural Networks Using
        # Lessons From Deep Learning". (**[arXiv 2021](arxiv…)**)': a repository whose note closes by quoting its
        # paper's title, then that paper's venue and year, presents the paper; the repository is its own code
        kind, title = "paper", quoted_work[0]
        venue, year = venue or quoted_work[1], year or quoted_work[2]
    elif links and kind in ("repository", "tool", "dataset", "paper") \
            and (implemented := _paper_its_code_note_names(links, title, entry.description)) is not None:
        # "- [3dpose_gan](github…) - The authors' implementation of Unsupervised Adversarial Learning of 3D Human
        # Pose from 2D Joint Locations.", "- [hmr](github…) - End-to-end Recovery of Human Shape and Pose - CVPR
        # 2018": a repository named by its short name whose note names the paper it implements (or is the paper's
        # title and venue) presents that paper; the repository is its code, someone else's when the note says
        # it is a re-implementation
        kind, title = "paper", implemented[0]
        venue, year = venue or implemented[1], year or implemented[2]
        if not implemented[3]:
            links = (replace(links[0], role="related_code"),) + links[1:]
    if kind in ("paper", "website", "other") and len(links) >= 2 and links[0].role == "other" \
            and inline.clean_title(links[0].text) == title and any(link.role == "paper" for link in links[1:]) \
            and (about := _NOTE_ON_QUOTED_PAPER.match(entry.description)) is not None \
            and classify.reads_like_paper_title(about.group("title")):
        # '+ [We Can All Become Video Game Characters …](youtube…) - The paper "Vid2Game: Controllable Characters …"
        # is available here: [https://arxiv.org/abs/1904.08379]()': a page about a work (a video, a post) whose note
        # names that paper in quotes and links it; the line's work is the paper, titled as the note quotes it
        kind, title = "paper", about.group("title").strip().rstrip(".")
    if kind == "paper" and links and not authors and identifiers.any() \
            and (led := _author_dash_led_title(title)) is not None:
        # "- **Senior et al. - Alphafold 2020** (https://doi.org/…)" / "**Xu and Wang - RaptorX** (doi…)": literature
        # notes label each identified work by its byline, a dash, then the work's (short) title and perhaps its year
        title, authors, year = led[0], led[1], year if year is not None else led[2]
    if kind == "paper" and not authors:
        authors = _author_column_names(entry)
    # kept: a venue-and-year tag (leading or closing) may make a reading list
    tagged = bool(not links and (lone_tag and lone_tag[1] or closing is not None))
    if kind != "paper" and (authors or venue) and not entry.authors and not tagged \
            and not (kind == "website" and authors and _venue_home_only(links, title)):
        # (a noted title's byline year stays: ``_plain_reference_lists`` reads it as the line's citation)
        # (a year a row's date column gives dates the row whatever it is: "| **Tomora** | medRxiv | 2025 |")
        authors, venue, year = (), entry.venue, noted_year or entry.year or _date_column_year(entry)
    if kind == "paper" and year is None:
        year = _stamped_year(entry.description, entry.text.split("\n", 1)[0], title)
    if kind == "paper" and not title.strip() and links and links[0].role == "paper":
        # "- https://paperswithcode.com/paper/deep-learning-approach-to-diabetic **OK**": a bare page of one
        # paper whose address spells its title (its slug) names the paper by that slug
        title = _slug_title(links[0].url) or title
    if any("\n" in a or "  " in a for a in authors):
        # "**Title** / *Chen\nWei, Ana Costa*": a name wrapped over source lines or spaced twice is one name, its
        # words single-spaced (a line break inside an author's name is the source's wrapping, no part of it)
        authors = tuple(" ".join(a.split()) for a in authors)
    if venue and ("\n" in venue or "  " in venue):
        venue = " ".join(venue.split())
    if venue and year and venue.endswith(f" {year}") and len(venue) > 5:
        venue = venue[:-5].rstrip(" ,")  # "presented at [MIDL 2023](…)": the year is the record's, not the venue's
    if venue and len(venue) <= 10 and _MONTH_NAME.fullmatch(venue.rstrip(".")):
        # "(Sep 2024)", "[Mar 2025]": the month of a date is no venue, whichever reader took it (``_venue_tag`` drops
        # it already where the tag's year is decided, which keeps a dated site's year; this is for the others)
        venue = None
    if kind == "paper" and venue is None and len(authors) == 1 and len(authors[0]) <= 80 \
            and (lone := _VENUE_AS_BYLINE.fullmatch(authors[0])) \
            and _names_a_venue(lone.group("venue")) and not citation.personal_name(lone.group("venue")):
        # "[Aug. 2023] <b>Title</b>, <i>Nature Cancer</i>", "*Current Opinion in Chemical Biology (2021)*": a lone
        # emphasised "byline" that names a journal or a preprint server (perhaps its year after it) and no person
        # is the work's venue ("Chen et al. arXiv" names people: it stays)
        venue, authors = lone.group("venue"), ()
    if kind == "paper" and own_identifiers is not read_identifiers and identifiers is read_identifiers:
        # the paper beside its labelled data keeps the identifiers its own links give (a data set's own line,
        # "**Name** … [data](zenodo DOI) [paper](arxiv…)", is no paper and keeps its data's DOI)
        identifiers = own_identifiers
    if capsule_code and kind in ("repository", "dataset"):
        kind = "paper"  # (the title beside its capsule, above: the paper, the capsule its code)
    if kind == "paper" and not links and not identifiers.any() and _from_press_office(authors, venue):
        # "REG1. FDA Authorizes Marketing of … Device to Detect … Eye Problems. FDA News Release. October 2018.": a
        # link-less reference whose source is a press office's release is news of a clearance or a study, no
        # scholarly work (the release's publisher stands where a byline or a journal would)
        kind = "other"
    if kind == "paper" and not links and not identifiers.any() \
            and citation.software_reference(entry.text, authors, venue):
        # "ChatGPT. (2024). Assistance with programming, debugging and formating. OpenAI.", "… [Computer software]":
        # a link-less reference that cites a program or an AI model (APA's software forms) is no scholarly work
        kind = "other"
    if kind == "paper" and not links and not identifiers.any() and venue \
            and _CODE_HOST_VENUE.fullmatch(venue.strip(" .,;:")) is not None:
        # "Yang, P. Awesome-Data-Poisoning-and-Backdoor-Attacks: A Curated List of Papers …; Github;": a link-less
        # reference whose source is a code host cites a repository (a curated list, a tool), no scholarly work
        kind = "repository"
    if kind == "paper" and own_reference and (own := _own_reference_field(entry.fields, title)) is not None:
        # "### 1. PALM-H3: …" / "**Citation**: Liu, J., et al. (2024). "Title." *Nature Communications*, 15, 7570.":
        # the record its labelled reference titles takes that reference's byline, year and journal too
        authors, year, venue = own.authors, own.year or year, own.venue or venue
    diags = entry.diagnostics
    if kind == "paper" and not links and confidence < 0.5:
        diags += (Diagnostic(entry.source, entry.line, "unparsed-citation",
                             "paper without link whose citation could not be parsed"),)
    # one constructor call rather than three dataclasses.replace: this runs on every entry
    return Entry(source=entry.source, line=entry.line, end_line=entry.end_line, topic=entry.topic, text=entry.text,
                 title=title, links=links, kind=kind, identifiers=identifiers, authors=authors, year=year,
                 venue=venue, description=entry.description,
                 fields=(entry.fields + ((GLOSSED_BYLINE_FIELD, ""),)) if glossed else entry.fields, diagnostics=diags)


def _own_reference_field(fields: tuple[tuple[str, str], ...], title: str) -> citation.Citation | None:
    """The reference a section record's labelled field gives for the work its title names (``OWN_REFERENCE_FIELD``:
    the record was titled by it): ``**Citation**: Liu, J., et al. (2024). "Harnessing generative AI …."
    *Nature Communications*, 15, 7570.``, read whole (``citation.whole_reference``) when its title is the record's;
    else None. Why: the record took its title from the reference, but its byline from the italic journal ("Nature
    Communications") and its venue from the field's label and authors ("Citation: Liu, J., et al.")."""
    key = textkey.alnum_key(title)
    for label, value in fields:
        if not label or not value or len(value) > _OWN_REFERENCE_CHARS:
            continue
        cited = citation.whole_reference(value)
        if cited is not None and cited.title and textkey.alnum_key(cited.title) == key:
            return cited
    return None


#: the longest labelled reference read whole for a record's byline (``_own_reference_field``)
_OWN_REFERENCE_CHARS = 600


#: a measured value as a link's text: "87.88", "54.39 (06) / 32.86 (07)", "90.3, 39.7, 52.3, 4.39/5",
#: "T: 85.5 (val) / 83.6 (test)", "Extractive: 29, 15, 12, 9; Abstractive: 32, 12, 8, 9": a decimal or
#: several numbers, with short qualifiers in brackets or before a colon (a lone "12" may be a footnote)
_MEASURED_VALUE = re.compile(
    r"(?=[^\d]*\d+(?:\.\d+[^\d]|\.\d+$|[^\d.]+\d))"
    r"(?:[A-Za-z][\w-]{0,15}\s*:\s*)?[\d.]+%?(?:\s*\([\w ./-]{1,20}\))?"
    r"(?:\s*[,;/]\s*(?:[A-Za-z][\w-]{0,15}\s*:\s*)?[\d.]+%?(?:\s*\([\w ./-]{1,20}\))?)*")


#: a table column of results ("SOTA", "Best score", "F1", "Accuracy"): a number linked there is a result's source
_RESULT_COLUMN = re.compile(r"(?i)\b(?:sota|state[- ]of[- ]the[- ]art|scores?|results?|best|performance|accuracy"
                            r"|acc|f1|auc|map|bleu|rouge[\w-]*|em|mrr)\b")
_PLAIN_NUMBER = re.compile(r"\d{1,4}(?:\.\d+)?%?")


#: a note that opens by crediting the work to its authors as their paper: two or more surnames ("Deng, Xu, Kohavi,
#: and Walker paper on …", "Athey and Wager paper …") or one and "et al." ("Kunzel et al. paper on …"), then "paper",
#: "article" or "preprint" (possessive or not) and what it is on
_CAPITAL_SURNAME = r"[A-ZÀ-ÖØ-Þ][^\W\d_]+(?:['’-][^\W\d_]+)*"
_CREDITED_PAPER_NOTE = re.compile(
    r"[\s\-–—:|]*(?:"
    rf"(?:{_CAPITAL_SURNAME}(?:,\s+|,?\s+(?:and|&)\s+))+(?:and\s+|&\s+)?{_CAPITAL_SURNAME}"  # "Deng, Xu, Kohavi, and Walker"
    rf"|{_CAPITAL_SURNAME}\s+et\s+al\.?"  # "Kunzel et al."
    r")(?:['’]s?)?\s+(?:paper|article|preprint)\s+(?:on|about|introducing|proposing|describing|that|which)\b")


def _credited_paper_note(description: str) -> bool:
    """``Deng, Xu, Kohavi, and Walker paper on using pre-experiment data to reduce variance``: a line's note that
    opens by naming the authors of the linked page and calling it their paper (``_CREDITED_PAPER_NOTE``). Why: a
    curated list links a method's paper by its short name ("[CUPED](exp-platform.com/cuped/)") on a site the host
    tables do not know, and read from its link alone the line was a web page; its note says whose paper it is."""
    return bool(description) and _CREDITED_PAPER_NOTE.match(description) is not None


def _titled_link_over_byline(title: str, links: tuple[Link, ...], bylines: tuple[str, ...]) -> bool:
    """One link whose text is the whole title (four words or more, a paper's), and a byline of three names or more
    among the record's lines (``blocks.linked_names_byline`` put it there): a publication box's work."""
    if len(links) != 1 or links[0].role != "other" or inline.clean_title(links[0].text) != title \
            or not inline.names_work(title, min_words=4) or not classify.reads_like_paper_title(title):
        return False
    return any(b.count(",") >= 2 and blocks.is_byline_line(b) for b in bylines)


def _book_by_its_authors(title: str, links: tuple[Link, ...], description: str, topic: tuple) -> bool:
    """One link whose text is the whole title, the rest of the line only "by" and the authors' names
    (``citation.by_byline``) or a comma byline of names with a date or an edition (``citation.comma_book_byline``:
    "[Title](amazon.fr/…), François Chollet, avril 2022, 2e éd.") or names, a publisher and a year
    (``citation.publisher_book_byline``: "[Title](amazon.com/…)⏎ M. Loudon & J. Parise. W. H. Freeman, 2021"),
    under a heading or group item of books (``classify.in_books_section``): a book list's entry. Not elsewhere:
    "[Post title](medium.com/…) by Jane Doe" is a blog's post under a heading of blogs."""
    return len(links) == 1 and links[0].role == "other" and inline.clean_title(links[0].text) == title \
        and (citation.by_byline(_without_year_note(description)) is not None
             or citation.comma_book_byline(description) is not None
             or citation.publisher_book_byline(description) is not None) and classify.in_books_section(topic)


#: "et al" closing a byline ("by *Watson et al*", "by *Jobling* et al"): the authors' names are the ones before it
_ET_AL_TAIL = (" et al.", " et al")


def _link_text_book_byline(title: str, links: tuple[Link, ...], text: str,
                           topic: tuple) -> tuple[str, tuple[str, ...]] | None:
    """``[Molecular Biology of the Cell by *Bruce Alberts*](…)``, ``[Theoretical Neuroscience by *Dayan* and
    *Abbott*](…)``, ``[Human Evolutionary Genetics by *Jobling* et al](…)``: one link whose text is the whole line's
    title and ends in "by" and the authors' names (``citation.by_byline``), the first of them set in italics in the
    item's source → (the title before "by", the names), else None. Why: a biology reading list writes each book's
    byline inside its link to a shop or a publisher, and read whole the line was a web page titled with its
    authors. The italics say the names are a byline ("[Cell Biology by The Numbers](…)" is a title); a maker that
    reads as an organisation (``citation.ORGANISATION_WORDS``) or a section of pages, courses or videos
    (``classify.section_hint``) keeps the line a page."""
    if len(links) != 1 or links[0].role not in ("other", "paper") or inline.clean_title(links[0].text) != title \
            or (at := title.rfind(" by ")) <= 0:
        return None
    tail = title[at + 1:].rstrip()
    for mark in _ET_AL_TAIL:
        tail = tail.removesuffix(mark)
    names = citation.by_byline(tail)
    if names is None or any(w.casefold().strip(".,") in citation.ORGANISATION_WORDS for n in names for w in n.split()):
        return None
    first = names[0].split()[0]
    if f"by *{first}" not in text and f"by _{first}" not in text:
        return None
    if classify.section_hint([h.text for h in topic]) not in (None, "paper") and not classify.in_books_section(topic):
        return None
    return title[:at].rstrip(" ,:"), names


#: the note that closes a book's byline with its year, the publisher or the authors' institution before it perhaps,
#: and whatever remark or mark the line ends on after it: " (2014) 🔥🔥", " (University of Oslo, 2016). Not directly
#: about …" (bounded lengths: one pass, no backtracking over a long line)
_BYLINE_YEAR_NOTE = re.compile(r"\s*[(（][^()（）\n]{0,80}?(?<!\d)(?:19|20)\d\d(?!\d)[^()（）\n]{0,20}[)）]")


def _without_year_note(description: str) -> str:
    """``by Tore Schweder and Nils Lid Hjort (University of Oslo, 2016). Not directly about …`` → ``by Tore Schweder
    and Nils Lid Hjort``: a book list's byline closed by its year in brackets (``_BYLINE_YEAR_NOTE``) and then by a
    remark or a row of marks; what is left before the note must still be only "by" and names
    (``citation.by_byline``). The description itself when no such note follows a "by"."""
    if not description.startswith("by ") or (m := _BYLINE_YEAR_NOTE.search(description)) is None:
        return description
    return description[:m.start()]


def _dated_name_home_then_article(title: str, links: tuple[Link, ...]) -> bool:
    """A name written outside its links (not their text) whose first link the list labels its home page
    (``[[Home]](…)``, ``[Homepage](…)``) and a later one, on a scholarly page, its article or paper
    (``[[Article]](…)``, ``[Paper](…)``), no link serving data. Why: a row of labelled links after a dated name
    gives the work's pages side by side; the order of the labels does not make the home page what the line is
    about, the article the label names is (a resource linked by its own name to its site is not written so)."""
    if len(links) < 2 or not title.strip() or not classify.is_home_label(links[0].label) \
            or any(link.role == "dataset" for link in links):
        return False
    if title.strip().casefold() in links[0].text.casefold():
        return False
    return any(link.role == "paper" and classify.label_role(link.label) == "paper" for link in links[1:])


def _journal_piece(links: tuple[Link, ...], title: str, reference: citation.Citation | None) -> bool:
    """A title linked alone to a page (not a site's home) of a host the tables do not know, cited by no one but a
    journal's name and a year (``citation.names_journal``: "Journal of Young Investigators", not "Python Toolkit")."""
    return reference is not None and bool(reference.venue and reference.year) and not reference.authors \
        and len(links) == 1 and links[0].role == "other" and classify.on_unknown_host(links[0].url) \
        and not classify.is_site_root(links[0].url) and citation.names_journal(reference.venue) \
        and _reads_like_paper_title(title)


#: a list item opening with a bracketed venue tag whose year is an apostrophe's two digits, its brackets perhaps
#: escaped: "- \[MobiCom'21\][Title](…)", "* [ToN'24] [Title](…)", "1. [ACM CSUR'23] …" (bounded runs on an anchored
#: match: linear)
_APOSTROPHE_YEAR_TAG_LEAD = re.compile(r"[-*+ \t]{0,6}(?:\d{1,3}[.)][ \t]{1,3})?\\?\[(?P<venue>[A-Za-z][A-Za-z ]{0,24}?)"
                                       r"['’](?P<yy>\d\d)\\?\]")


def _acronym_venue_name(name: str) -> bool:
    """``TMC``, ``MobiCom``, ``ToN``, ``EuroSys``, ``ACM CSUR``: a venue's short name as tags write it, one to three
    letter-only words, each an upper-case acronym or a word with two capitals or more; not a plain word ("Demo",
    "Talk", "Release")."""
    words = name.split()
    return 1 <= len(words) <= 3 and all(w.isalpha() and sum(c.isupper() for c in w) >= 2 for w in words)


def _venue_tagged_page_title(entry: Entry, links: tuple[Link, ...], title: str,
                             reference: citation.Citation | None) -> bool:
    """``- \\[TMC'22\\][Wireless powered mobile edge computing: …](content/2022/tmc22-dtm.md)``: a title linked alone
    to a page (a reading note of the list's own, a page of an unknown host) after a bracketed tag naming a venue by
    its short name and its edition by an apostrophe's two-digit year is that venue's paper, as ``_journal_piece``
    reads a journal's name and year. Why: the tag names venues the vocabulary does not know ("TMC", "MobiCom",
    "ToN"), and the item was read as a web page while its neighbours with a code link were papers. The apostrophe's
    year and the acronym's capitals (or a preprint server's name, "[arXiv'24]") make the tag a venue's edition; a
    plain word's tag ("[Demo'23]") does not."""
    if reference is None or not (reference.venue and reference.year) or reference.authors or len(links) != 1 \
            or links[0].role != "other" or not classify.on_unknown_host(links[0].url) \
            or classify.is_site_root(links[0].url):
        return False
    tag = _APOSTROPHE_YEAR_TAG_LEAD.match(entry.text)
    return tag is not None and " ".join(tag.group("venue").split()) == reference.venue \
        and (_acronym_venue_name(reference.venue) or citation.names_preprint_server(reference.venue)) \
        and _reads_like_paper_title(title)


def _journal_reference_link(links: tuple[Link, ...], title: str, reference: citation.Citation | None,
                            authors: tuple[str, ...], description: str) -> bool:
    """``**Firnhaber, J. M.** (2020). Basal Cell … A Review. *American Family Physician*, **102**(6), 339–346.
    [Link](aafp.org/pubs/afp/issues/2020/0915/p339.html)``: a whole reference (authors, year, title, a journal with
    its volume, issue or pages) whose one link goes to a page (not a site's home) of a host the tables do not know.
    The volume with its issue or its page range ("7(2)", "41, 220-27"; not a date's "October 12, 2019") say an
    article of a journal is cited (whatever the journal's name: "American Family Physician" has no "Journal" in
    it), as they never do for a web page; the publisher's own site, unknown to the host tables, does not make it
    one (``_journal_piece`` reads the same line with no byline)."""
    if reference is None and authors and description:
        reference = citation.parse_trailer(description)  # the byline already read off the bold lead
        authors_given = True
    else:
        authors_given = reference is not None and bool(reference.authors and reference.venue)
    return reference is not None and authors_given and bool(reference.year) \
        and bool(reference.volume and (reference.issue or "-" in (reference.pages or ""))) \
        and len(links) == 1 and links[0].role == "other" and classify.on_unknown_host(links[0].url) \
        and not classify.is_site_root(links[0].url) and _reads_like_paper_title(title)


def _measured(link: Link) -> bool:
    """A link whose text is a measured value (or a bare number under a results column)."""
    text = link.text.strip()
    if text.rsplit(":", 1)[-1].strip() in link.url:
        return False  # "[arXiv:2103.00020](…/abs/2103.00020)", "DOI: [10.1080/…](…)": the link's identifier, no value
    return bool(_MEASURED_VALUE.fullmatch(text)) \
        or bool(_PLAIN_NUMBER.fullmatch(text) and link.label != link.text and _RESULT_COLUMN.search(link.label))


def _paper_field_citation(entry: Entry):
    """The reference a record gives under a paper label (``Paper: Authors. Year. Title. Venue.``), parsed,
    when it names authors, a year and a title; else None."""
    for label, value in entry.fields:
        if value and len(value) >= 40 and label not in _MARKER_FIELDS and classify.label_role(label) == "paper":
            cited = citation.whole_reference(value, min_title_words=1)
            if cited is not None:
                return cited
    return None


#: a title that is only a reference number ("[25]", "25.", "(25)"), and that number leading a text
_BARE_NUMBER = re.compile(r"[\[(]?\d{1,3}[\].)]?")
_BARE_NUMBER_LEAD = re.compile(r"\s*[\[(]?\d{1,3}[\].)]\s*")
#: a venue and a year standing as a label: "EMNLP 2021", "MICCAI'22", "IEEE TMI 2020"
_VENUE_YEAR_LABEL = re.compile(r"[A-Za-z][A-Za-z&.\- ]{1,30}?\s*['’ ]\s*(?P<year>(?:19|20)\d\d|\d\d)")
#: a journal's volume and issue closing a venue label: ", 35(10)", ", 7(s1)", ", xx(xx)" (a placeholder the list left)
_VOLUME_ISSUE_TAIL = re.compile(r",\s*\w{1,6}\s*\(\s*\w{1,6}\s*\)\s*$")
#: a heading's label naming a proceedings or a journal in full, however long ("Proceedings of the fifth BioCreative
#: challenge evaluation workshop-2015", "Proceedings of the International Joint Workshop on … (NLPBA/BioNLP)-2004")
_PROCEEDINGS_LABEL = re.compile(r"(?:Proceedings|Proc\.)\s+of\s+\S|(?:Journal|Transactions|Workshop)\s+(?:of|on)\s+\S")
#: the year such a label closes with, after a hyphen or a space ("…workshop-2015", "… Workshop 2004")
_LABEL_YEAR_TAIL = re.compile(r"\s*[-–\s]\s*((?:19|20)\d\d)$")
#: a title that opens with such a label, a journal's name then its volume and issue before a colon
_VOLUME_ISSUE_LABEL = re.compile(r"[^\W\d_][^:：()\[\]\n]{0,78},\s*\w{1,6}\s*\(\s*\w{1,6}\s*\)\s*[:：]")


def _past_leading_note(text: str) -> str | None:
    """``(IF = 4.2, JCR Q1, METHODS(2025)) Peifu Han, Jianmin Wang`` → ``Peifu Han, Jianmin Wang``: the text after
    a bracketed note that opens it (brackets nested in the note balanced), else None (no opening bracket, an
    unclosed one, or nothing after it). One scan of at most the first 300 characters."""
    text = text.lstrip()
    if not text.startswith("("):
        return None
    depth = 0
    for i, c in enumerate(text[:300]):
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                rest = text[i + 1:].strip()
                return rest or None
    return None


def _link_text_byline(title: str, link: Link) -> tuple[str, tuple[str, ...]] | None:
    """``[GraphRetro: Learning Graph Models for … Retrosynthesis. Vignesh Ram Somnath;Charlotte Bunne;…](pdf)``:
    a paper link's whole text is the work's title, a full stop, then its authors' names (parted by semicolons,
    or by commas; the space after the stop perhaps missing, "…Hopfield Networks.Philipp Seidl; …"). The names
    are no part of the title: → (title, authors), else None."""
    if link.role != "paper" or inline.clean_title(link.text) != title:
        return None
    if "\n" in link.text and (lined := citation.title_line_then_byline(link.text)) is not None:
        # "[Comprehensive integration of single cell data⏎Tim Stuart, …, Rahul Satija (2019).](doi…)": the title on
        # the text's first line, the byline and year on the next; the line break is the stop between them
        return lined[0], lined[1]
    cut = len(title)
    while (cut := title.rfind(".", 0, cut)) > 0:
        rest = title[cut + 1:]
        if rest[:1] == " " or rest[:1].isupper():
            head = title[:cut].rstrip()
            names = citation.byline_names(rest.strip())
            if names is not None and len(head.split()) >= 3 and classify.reads_like_paper_title(head):
                return head, names
    return None


#: the dash a link's text sets between a work's title and its authors' surnames ("Title — Runge et al. (…, 2023)")
_TITLE_BYLINE_DASHES = (" — ", " – ")
#: a byline's closing "(Venue, Year)" or "(Year)" in a link's text
_BYLINE_VENUE_YEAR = re.compile(r"\((?:([^()]*?),\s*)?((?:19|20)\d\d)\)$")


def _dash_surnames(text: str) -> tuple[str, ...] | None:
    """``Runge et al.`` → ("Runge",); ``Peters, Janzing & Schölkopf`` / ``Hasan, Hossain and Gani`` → the three
    surnames: a short byline of capitalised surnames (one or two words each), else None."""
    text = text.strip()
    if text.endswith(" et al.") or text.endswith(" et al"):
        text = text.rsplit(" et al", 1)[0]
    parts = [chunk.strip() for chunk in text.replace(" & ", ", ").replace(" and ", ", ").split(",")]
    if not parts or len(parts) > 8:
        return None
    for name in parts:
        words = name.split()
        if not 1 <= len(words) <= 2 or not all(w[:1].isupper() and w[:1].isalpha()
                                               and all(c.isalpha() or c in "-'’." for c in w) for w in words):
            return None
    return tuple(parts)


def _link_text_dash_byline(title: str, link: Link) -> tuple[str, tuple[str, ...], str | None, int | None] | None:
    """``📄 **[Causal inference for time series — Runge et al. (Nature Reviews Earth & Environment, 2023)](doi…)**`` /
    ``📖 **[Elements of Causal Inference — Peters, Janzing & Schölkopf (2017)](…)**``: a link's whole text is the
    work's title, a dash, its authors' surnames and perhaps "(Venue, Year)": → (title, surnames, venue, year), else
    None. Why: the surnames (and what a year reader left of the trailer) stayed in the title. Only a title the
    link's text opens with, a dash set between spaces, and a byline of capitalised surnames after the last one,
    dated or closed by "et al."."""
    if " — " not in link.text and " – " not in link.text:
        return None
    text = inline.clean_title(link.text)
    for dash in _TITLE_BYLINE_DASHES:
        head, sep, tail = text.rpartition(dash)
        if not sep or not head.strip() or not title.startswith(head.strip()):
            continue
        tail, venue, year = tail.strip(), None, None
        if (trailer := _BYLINE_VENUE_YEAR.search(tail)) is not None:
            venue, year, tail = (trailer.group(1) or "").strip() or None, int(trailer.group(2)), tail[:trailer.start()]
        # (a byline needs its year or "et al." to be one: "FDA clears PlaqueIQ — AuntMinnie", "DGNR — ESO-Leitlinie
        # Carotisstenose" name a news site or a society after a page's title)
        if (year is not None or tail.rstrip().endswith(("et al.", "et al"))) \
                and (names := _dash_surnames(tail)) is not None:
            return head.strip(), names, venue, year
    return None


def _byline_year_led_title(title: str, link: Link) -> tuple[tuple[str, ...], str | None, int, str] | None:
    """``[Foster and Rakhlin (2023), Foundations of Reinforcement Learning …](arxiv…)``: a paper link whose whole
    text (a pictograph marking the entry aside, "🌟[…]") opens with a byline and a bracketed year before a comma
    (``citation.byline_year_lead``) gives the work's authors and year there; its title is the rest, when that reads
    as a paper's title. → (authors, venue, year, title), else None."""
    if link.role != "paper" or "(" not in title and "（" not in title:
        return None  # (the lead's year is bracketed: no bracket, no lead, and no cleaning of the link's text)
    text = inline.clean_title(link.text)
    if text != title and classify.strip_symbols(title).strip() != text:
        return None
    led = citation.byline_year_lead(text)
    if led is None or len(led[3].split()) < 3 or not classify.reads_like_paper_title(led[3]):
        return None
    return led


def _byline_only(text: str) -> bool:
    """``Dunbar & Deane, Bioinformatics (2016)``, ``Moreau and Lindqvist, Nucleic Acids Res (2019)``: a link text
    that is a citation without its title (the authors, then the venue or the year), as ``X et al., …`` is."""
    byline = citation.parse_trailer(text)
    return bool(byline.authors) and byline.title is None and byline.year is not None


#: the longest lead-in naming the paper before its linked title ("Read our survey paper here") read as a label
_MAX_LEAD_IN_CHARS = 60


def _byline_trimmed(title: str, text: str) -> bool:
    """``[Museum of spatial transcriptomics (Moses & Pachter)](doi…)``: the title is the link's own text without the
    bracketed byline closing it (``citation.author_parenthesis``, which parse dropped), not a short label written
    before the link; read as a label, the title would get its byline back."""
    return text.endswith((")", "）")) and (credited := citation.author_parenthesis(text)) is not None \
        and credited[0] == title


#: a one-word name and a remark on it in brackets, no digit in the remark (no date, no venue year): "VIT_S
#: (IMAGENT-PRETRAINED)", "PLIP(WSI-Contrastive-Learning)", as a benchmark's list of baselines labels the work each
#: baseline comes from
_REMARKED_NAME_LABEL = re.compile(r"[^\s()\[\]（）]{1,30} ?[(（][^()\[\]（）\d]{1,40}[)）]")


def _labelled_link_title(title: str, link: Link) -> tuple[str, str | None, int | None] | None:
    """``#### ACL: [Title](…)``, ``- **EMNLP 2021**: [Title](…)``, ``- **BioLinkBERT**: [LinkBERT: …](…)``: a
    short label before the paper link, the link's text the title. A heading keeps the label in its text
    (a bullet's title is already the link's text); a bold lead was taken for the title. Returns (title, venue, year)
    when the label says a venue and a year, (title, None, None) for a bare label, None otherwise."""
    if link.role != "paper" or link.text == title or len(title) > 46 and not any(c in title[:48] for c in ":：") \
            and _VOLUME_ISSUE_LABEL.match(title) is None and _PROCEEDINGS_LABEL.match(title) is None:
        return None  # most entries: the title is the paper link's text, or it is long and has no label before a colon
    text = inline.clean_title(link.text)
    if len(text.split()) < 3 or title == text or _byline_trimmed(title, text):
        return None
    head = title[: len(title) - len(text)] if title.endswith(text) else title
    label = head.strip().rstrip(":：-–—").strip(" *_`")
    locator = _VOLUME_ISSUE_TAIL.search(label) if "(" in label else None
    journal = locator is not None
    if locator is not None:
        # "#### Bioinformatics, 35(10): [Title](…)", "BMC Medical Informatics and Decision Making, 19(5) : [Title](…)":
        # the journal and its volume and issue label the paper as a venue does (however many words the journal's
        # name has: the locator says what the label is); the locator is no dated tag
        label = label[:locator.start()]
    # "**📘 Read our survey paper here:** [Title](…)", "**Please cite our paper:** [Title](…)": a lead-in longer than
    # a label's four words is still no title when it says the link is the paper (``_names_paper``) and the link's text
    # reads as a paper's title (checked below); lists point to their own survey so, and the lead-in titled the entry
    lead_in = not journal and head is title and _names_paper(label) and len(label) <= _MAX_LEAD_IN_CHARS
    # "#### Proceedings of the fifth BioCreative challenge evaluation workshop-2015: [Title](…)": a heading's label
    # that names a proceedings or a journal in full is a venue however long (its parentheses an acronym's), as a
    # journal's volume and issue say above
    proceedings = not journal and head is not title and _PROCEEDINGS_LABEL.match(label) is not None \
        and len(label) <= 200
    if proceedings:
        year_tail = _LABEL_YEAR_TAIL.search(label)
        if year_tail is None:
            return text, label, None
        return text, label[: year_tail.start()].strip() or None, int(year_tail.group(1))
    if not label or len(label) > (80 if journal or lead_in else 40) \
            or len(label.split()) > (10 if journal or lead_in else 4) \
            or any(c in label for c in "[]()（）") and _REMARKED_NAME_LABEL.fullmatch(label) is None \
            and (head is not title or _method_name_venue_tag(label) is None):
        # "[2024.02 Preprint] [Title](…)": a dated tag, read by _dated_tag ("**VIT_S (ImageNet-pretrained)** [Title](…)":
        # a one-word name and a date-less remark on it in brackets is still a label)
        return None
    if "et al" in text or ids.find_arxiv(text) or ids.find_dois(text) or _byline_only(text) \
            or classify.venue_year_label(text) or classify.names_role_by_words(text) or tables.names_source(text):
        # "[Mehta and Rossi et al.](…)", "[Dunbar & Deane, Bioinformatics (2016)](…)", "[arXiv:2402.30003](…)":
        # a citation (its authors, venue and year, no title) or an id, no title; nor a role label however many
        # words qualify it ("### TRIAGE" / "- **공개 자료:** [JCO Oncology Practice 논문](doi…)": the journal's
        # paper, ``names_role_by_words``); nor a venue and its year,
        # "| **ORGANA** | … | [Cell Reports Phys Sci 2024](doi…) |": a journal's long name made it four words, read
        # as the paper's title after the bold name, though "[Nature 2023](…)" rows kept their names; nor a journal's
        # name alone, "| CNN_protein_landscape | … | [Journal of Biological Physics](springer…) |" (``tables.names_source``)
        return None
    dated = _VENUE_YEAR_LABEL.fullmatch(label)
    if head is title and dated is None and (len(text.split()) < 4 or not classify.reads_like_paper_title(text)) \
            and not _spells_initials(label, text):
        # ("VDM,[Variational Diffusion Models](arxiv…)": a label that spells the initials of the link's words is
        # the work's acronym, the link's text its name written out, however short: the title)
        return None  # "**BioLinkBERT**: [LinkBERT: Pretraining …](…)" is named by its paper's title, "**X**: [paper](…)" not
    if head is not title and not head.rstrip().endswith((":", "：")):
        return None
    if dated is None and head is title and (tagged := _method_name_venue_tag(label)) is not None:
        # "* **VCD (NeurIPS 2023)** <br> [Leveraging Vision-Centric … Expertise for 3D Object Detection](arxiv…)": a
        # bold method name tagged with its venue and year over the paper's linked title names the work by its
        # method; the link's text is its title, the tag its venue and year
        return text, tagged[1], tagged[2]
    if dated is None:
        return text, None, None
    yy = dated.group("year")
    return text, label[: dated.start("year")].strip(" '’") or None, _full_year(yy)


#: the small words an acronym may skip ("Generative Adversarial Networks for Imaging" → GANI or GAN-I, not only GANFI)
_ACRONYM_SKIPPED_WORDS = frozenset("a an and as at by for in of on or the to via with".split())


def _spells_initials(label: str, text: str) -> bool:
    """``VDM`` / ``Variational Diffusion Models``, ``SBGM`` / ``Score-Based Generative Models``: ``label`` is an
    acronym (two to eight letters or digits, its letters upper-case after its first) of ``text``'s words of two or
    more (their first letters, hyphenated parts counted apart or not, small words skipped or not), any case."""
    name = label.strip(" *_`'\"")
    if not 2 <= len(name) <= 8 or not name.isalnum() or not name[1:].replace("s", "").isupper() and \
            not name.isupper():
        return False
    words = text.split()
    if len(words) < 2:
        return False
    target = name.casefold()
    for parts in (words, [p for w in words for p in w.split("-") if p]):
        full = "".join(p[0] for p in parts).casefold()
        short = "".join(p[0] for p in parts if p.casefold() not in _ACRONYM_SKIPPED_WORDS).casefold()
        if target in (full, short):
            return True
    return False


def _lower_case_linked_title_under_heading(entry: Entry, title: str, link: Link) -> str | None:
    """``## Medical ASR`` / ``[speech recognition for medical conversation](arxiv…) ASR Systems for …, 2018``: a
    heading's record (its text opens with the heading, the heading its title) whose paragraph opens with the paper
    link, that link's text written all in lower case, names the paper as a title-cased text does
    (``_labelled_link_title``, which takes only a text that reads as a paper's title): a reader's notes write titles
    so. Only a text of four words or more, not led by an article ("[the overview of older corpora](…)" runs a
    sentence on), that reads as a title once capitalised, on a link that gives an arXiv id or a DOI; the heading,
    a short topic ("Medical ASR"), is then no title of the work."""
    if link.role != "paper" or not entry.text.startswith("#") \
            or not (ids.find_arxiv(link.url) or ids.find_dois(link.url)):
        return None
    text = inline.clean_title(link.text)
    words = text.split()
    if text == title or len(words) < 4 or not text.islower() or words[0] in _ARTICLE_WORDS \
            or not classify.reads_like_paper_title(text[0].upper() + text[1:]):
        return None
    body = next((" ".join(line.split()) for line in entry.text.split("\n")[1:] if line.strip()), "")
    # (spaces compared as spaces: a no-break space pasted into the link's text changes nothing)
    return text if body.startswith("[" + " ".join(link.text.split()) + "](") else None


#: the articles that open a sentence running into a link rather than a title ("[the overview](…) of …")
_ARTICLE_WORDS = ("the", "a", "an")


#: a table column whose link cites the row's paper by its title: "Cite", "Citation", "Paper", "Reference"
_CITE_COLUMN = re.compile(r"(?i)^\W*(?:cite|cited\s+(?:in|by)|citations?|papers?|references?|publications?)\W*$")


def _record_of_a_post(entry: Entry, links) -> bool:
    """``#### Meeting 23-08-09`` / ``- Title: What Is … Doing?`` / ``- Author: S. W.`` / ``- Link: [https://writings.
    example.com/2023/02/what-is-…/](…)``: a record of fields whose every link is a blog post (a blog platform's page
    or a dated permalink, ``classify.blog_post_page``) and which gives no identifier is the post's record, not a
    paper's: the fields say what was read, the address says it was a post. A record with a DOI, an arXiv id or a
    paper's link stays a paper."""
    return bool(links) and not entry.identifiers.any() and all(classify.blog_post_page(link.url) for link in links)


def _cite_column_title(entry: Entry, title: str, link: Link) -> str | None:
    """``| Breast Ultrasound Images (BUSI) | 600 | [Dataset of breast ultrasound images](…) |`` under ``Dataset |
    Subjects | Cite``: a table of data sets (or tools) names each row in its name column and cites the paper
    describing it in a column of its own, by the paper's full title. That link's text (four words or more, read as
    a paper's title, no byline nor identifier) titles the paper, whatever the name is like; a name of four words
    at most without brackets was already read as a label by ``_labelled_link_title``, this reads the others
    ("UDIAT Breast Ultrasound Dataset B", "Breast Ultrasound Images (BUSI)"). Only when the name column is not
    itself a column of papers or titles (there the name is the title) and the link is the row's paper link."""
    if link.role != "paper" or _CITE_COLUMN.fullmatch(link.label) is None:
        return None
    header = next((value for label, value in entry.fields if label == TITLE_COLUMN_FIELD), None)
    if header is None or _names_paper(header):
        return None
    text = inline.clean_title(link.text)
    if text == title or len(text.split()) < 4 or "et al" in text or ids.find_arxiv(text) or ids.find_dois(text) \
            or _byline_only(text) or not classify.reads_like_paper_title(text) or tables.names_source(text):
        # ("| CNN_protein_landscape | … | [Journal of Biological Physics](springer…) |": a journal's name says where
        # the paper appeared, not which paper it is; the name column keeps titling the row)
        return None
    return text


_ARTICLES = ("the ", "a ", "an ")


def _repeated_name_lead(title: str) -> str:
    """``**Enzyme Transformer**: The enzyme transformer: predicting …``, ``**BioLinkBERT**: BioLinkBERT: …``: a
    short name the list put before a title that itself opens with that name and its colon (an article aside, any
    case) is a label, not part of the title, which starts after it. Only before the title's own "Name:" head: a
    description that merely starts with the name ("DeepPATH: The DeepPATH framework gathers …") keeps it, and a
    name the title does not repeat stays ("BERT: Pre-training of …" cannot be told from "VGG: Very Deep …")."""
    for colon in (":", "："):
        head, sep, rest = title.partition(colon)
        if sep:
            break
    else:
        return title
    if len(head) > 60:  # no short name (four words at most)
        return title
    name = " ".join(head.strip(" *_`").split()).casefold()
    if not name or name[:4] not in rest[:len(name) + 8].casefold():
        return title  # (the cheap test first: most titles do not repeat their head)
    body = rest.strip()
    if len(name.split()) > 4 or not body:
        return title
    lowered = " ".join(body.split()).casefold()
    for article in _ARTICLES:
        if lowered.startswith(article) and not name.startswith(article):
            lowered = lowered[len(article):]
            break
    after = lowered[len(name):len(name) + 1]
    if lowered.startswith(name) and after in (":", "：") and len(lowered) > len(name) + 1:
        return body  # the repeated name is the title's own head ("The enzyme transformer: …")
    return title


def _emphasised_reference(title: str, runs: tuple[str, ...]):
    """``Title, *Anna Kovacs et al, IEEE TMI.* [pdf](…)``: an emphasised run that closes the title after a
    comma and reads as authors (and a venue) is the reference, not part of the title. Other emphasised runs
    may stand beside it as bracketed tags (``Title, *Authors, Arxiv.* (***Unsupervised***)``,
    ``Title (***2016*** 👍), *Authors, NIPS.*``): a tag after the byline is a note, a bracketed year (with
    its marker emoji) closing the head dates the work; neither is part of the title. Returns (title, the
    run read as a trailer, the tag's year or None) or None."""
    others = [r.strip() for r in runs if r.strip()]
    for emphasis in reversed(others):
        core = emphasis.strip().rstrip(". ")
        at = title.rfind(core) if len(core) >= 4 else -1
        if at <= 0 or not title[:at].rstrip().endswith((",", "，")):
            # (a full-width comma parts the title from its byline as "," does: "Title， *Ana Lopez et al, Arxiv.*")
            continue
        after = title[at + len(core):].strip(" .")
        if after and not _only_marked_tags(after, [r for r in others if r is not emphasis]):
            continue
        head = title[:at].rstrip(" ,，")
        tag_year = None
        year_tag = _PAREN_YEAR_TAG.search(head)
        if year_tag is not None and len(head[:year_tag.start()].split()) >= 3:
            head, tag_year = head[:year_tag.start()].rstrip(), int(year_tag.group("year"))
        if len(head.split()) < 3:
            return None
        trailer = citation.parse_trailer(emphasis)
        if not trailer.authors or trailer.confidence < 0.5:
            return None
        return head, trailer, tag_year
    return None


#: "(2016)", "(2016 👍)": a bracketed year, with nothing but symbols beside it, closing a title before its byline;
#: "(2016, image synthesis 🌞)": the year, then after a comma the curator's short topic tag, closes it as well
_PAREN_YEAR_TAG = re.compile(r"(?<!\s)\s*[(（][^\w()（）]*(?P<year>(?:19|20)\d\d)"
                             r"(?:[,，][^()（）\n]{1,40}|[^\w()（）]*)[)）]$")


#: the link text's tail after an emphasised venue: nothing, or a year (after a comma or a space), a stop aside
_VENUE_RUN_TAIL = re.compile(r"[\s,]*(?:(?P<year>(?:19|20)\d\d)[.)]?)?\.?")


def _emphasised_venue_in_label(title: str, link: Link, runs: tuple[str, ...]) -> tuple[str, str, int | None] | None:
    """``[Rapid profiling of plasma proteomes at scale *J Proteome Res* 2023](doi…)``, ``[Title, *Cell Systems*,
    2025](doi…)``: a paper link whose own text is the whole reference, the title then the journal set apart in
    emphasis and its year. Why: the emphasised run (parse offers every run as a possible byline) names where the
    work appeared, not who wrote it, and it and the year close the title without being part of it. Only for the
    link's own text, a run that names a venue (an acronym, a venue word, a journal's abbreviation) with nothing but
    a year after it, and a head of four words or more that reads as a paper's title. → (title, venue, year)."""
    if link.role != "paper" or not runs or title not in inline.clean_title(link.text):
        return None  # (the title is the link's text, or its part after a byline the citation reader took off)
    for run in runs:
        run = " ".join(run.split()).strip(" ,.")
        if len(run) < 3 or not (_names_venue_word(run) or citation.names_venue(run)):
            continue
        at = title.rfind(run)
        if at <= 0 or title[at - 1] not in " ,":
            continue
        tail = _VENUE_RUN_TAIL.fullmatch(title[at + len(run):])
        head = title[:at].rstrip(" ,")
        if tail is None or len(head.split()) < 4 or ". " in head or not classify.reads_like_paper_title(head):
            continue
        return head, run, int(tail.group("year")) if tail.group("year") else None
    return None


def _only_marked_tags(text: str, runs: list[str]) -> bool:
    """``(Unsupervised)``, ``(Semi-supervised) (Oral)``: ``text`` is nothing but bracketed tags, each an
    emphasised run of the item (so set apart by its writer, not words of the title)."""
    rest = text
    for run in runs:
        rest = rest.replace(f"({run})", "").replace(f"（{run}）", "")
    return not rest.strip(" .,&")


#: "(pp. 11-19)", "In Szolovits, P. (Ed.) *Artificial Intelligence in Medicine*": a chapter of a proceedings
#: volume or an edited book
_CHAPTER_OF = re.compile(r"\(pp?\.\s*\d|\bIn\b[^()]{0,80}?\((?:Eds?|eds?)\.?\)")
_PAGE_RANGE = re.compile(r"\d+\s*[-–—]\s*\d+")
_MONTH_WORD = re.compile(rf"\b{citation.MONTH}(?![a-z])")
#: "January 24, 2019", "December 3, 2007": the day a web piece or a magazine story came out
_DAY_DATE = re.compile(rf"\b{citation.MONTH}\s+\d{{1,2}},\s*\d{{4}}")


#: a venue field that names the work a thesis: "*MS Thesis*, 2019", "PhD dissertation, 2020"
_THESIS_VENUE = re.compile(r"\b(?:thesis|dissertation)\b", re.I)


def _code_linked_title_with_venue(title: str, links: tuple[Link, ...], description: str) -> bool:
    """``- [Efficient-GAN-Based Anomaly Detection](github…) ICLR Workshop 2018.``, ``- [Title](github…) - KDD 2017
    Workshop on …``: a paper's title written as the link to its repository, the line closing with where and when the
    work appeared. The venue-and-year trailer (a venue a list names by one word, then a year; no byline) says the line
    cites a paper, the repository its own code; a tool's line ("[PyOD](github…) - A Python toolbox") states none."""
    if not links or links[0].role != "code" or inline.clean_title(links[0].text) != title \
            or len(title.split()) < 3 or not (classify.reads_like_paper_title(title) or classify.title_cased(title)):
        return False  # (a short title in title case passes: "Efficient-GAN-Based Anomaly Detection", with its venue)
    trailer = citation.parse_trailer(description.lstrip("-–—: "))
    first = (trailer.venue or "").split()[:1]
    return bool(trailer.year and not trailer.authors and first and citation.names_venue(first[0]))


def _thesis_venue(venue: str | None, year: int | None) -> bool:
    """``[Title](rave.ohiolink.edu/etdc/view?…), *MS Thesis*, 2019``: a dated venue field naming a thesis cites a
    scholarly work, wherever its link goes (a university's repository of theses the host tables do not know)."""
    return bool(venue and year and len(venue.split()) <= 6 and _THESIS_VENUE.search(venue))


#: a reference's source naming a program's release, not a journal: "R package version 1.3.0", "Python package
#: version 0.9", "Bioconductor package version 2.38.1"
_SOFTWARE_RELEASE = re.compile(r"(?i)(?:R|Python|Bioconductor|Julia|Perl|MATLAB)? ?package,? version\b")


def _software_release(ref: citation.Citation) -> bool:
    """``- [cogeqc](github…)`` / ``> Almeida-Silva F, Van de Peer Y (2022). cogeqc: Systematic quality checks on
    …. R package version 1.3.0.``: a pipeline's CITATIONS.md cites a package by its manual's release the way it
    cites a tool's article; a release is software (the repository stays the tool's), no scholarly work."""
    return bool(ref.venue) and _SOFTWARE_RELEASE.match(ref.venue.strip()) is not None


def _cites_article(ref: citation.Citation, description: str) -> bool:
    """A reference whose source part is a journal's volume and page range ("*Diabetes Care* 40, no. 2 (Feb
    2017): 210–17") or a chapter ("In *European Congress on Digital Pathology* (pp. 11-19)"): the work is an
    article, wherever its link goes. A dated web piece ("inFERENCe. January 24, 2019", "*Wired*. Conde Nast,
    November 20, 2018") reads as a reference too, but its "pages" are the day and the year."""
    if ref.confidence < 0.8 or not ref.authors or not ref.year:
        return False
    if ref.venue and _MONTH_WORD.search(ref.venue):
        return False
    if _DAY_DATE.search(description or ""):
        return False
    if ref.pages and _PAGE_RANGE.fullmatch(ref.pages.strip()):
        return True
    return bool(_CHAPTER_OF.search(description or ""))


def _cites_proceedings(ref: citation.Citation) -> bool:
    """``[Integrated cTAKES for …](clef-initiative.eu/documents/…)`` / ``> Liu H, Wagholikar K, Jonnalagadda SR,
    Sohn S.`` / ``> CLEF 2013 Share/eHealth challenges September 23-26, 2013.``: a reference naming two authors or
    more, its year and a venue — a venue's word (Symposium, Informatics, Proceedings) or a venue's acronym (CLEF,
    MEDINFO, AMIA) — cites a scholarly work, a conference paper most often, wherever its link goes (a society's
    document server, a proceedings page the host tables do not know). A web piece names one author and a
    medium ("Blog", "News"); a date after a meeting's name (", Nov 5 - 9, 2022") is the meeting's."""
    if ref.confidence < 0.8 or len(ref.authors) < 2 or not ref.year or not ref.venue:
        return False
    month = _MONTH_WORD.search(ref.venue)
    words = [w.strip(".,:;()/'’") for w in (ref.venue[:month.start()] if month else ref.venue).split()]
    if any(w.casefold() in blocks._NOT_A_VENUE for w in words):
        return False
    return any(w.casefold() in citation.VENUE_WORDS or len(w) >= 3 and w.isalpha() and w.isupper() for w in words)


#: words a dated tag may hold before it reads as a bracketed sentence; after a survey's reference number
#: ("[206][**Annual Review of Control, Robotics, and Autonomous Systems, 2021**] Title") the tag is a citation's
#: venue and year for sure, and a journal's full name runs longer
_DATED_TAG_WORDS = 8
_NUMBERED_DATED_TAG_WORDS = 14


def _dated_tag_words(dated: re.Match[str]) -> int:
    """How many words the dated tag ``dated`` may hold (``_DATED_TAG_WORDS``). Why: a survey's reference list
    writes "[206][Journal Name, 2021] Title" for every work, and a journal's full name ("Annual Review of Control,
    Robotics, and Autonomous Systems") passed the limit a bare tag needs against bracketed sentences; the reference
    number opening the line says the tag is a citation's, so a longer venue is allowed there only."""
    return _NUMBERED_DATED_TAG_WORDS if dated.group("refno") else _DATED_TAG_WORDS


def _dated_tag(title: str, links: tuple[Link, ...], venue: str | None,
               year: int | None) -> tuple[str, str | None, int | None, float]:
    """``[2023.11 Preprint] Title``, ``[IEEE TPAMI, 2025] Title``, ``**[2024.06 | Preprint]** **Title**``:
    a leading dated tag gives venue and year, not title. A tag standing alone before the link
    (``- [2023.11 Preprint] [Title](url)``) leaves the title to the link's text. A link-less title
    after such a tag names a paper: (title, venue, year, citation confidence)."""
    dated = _DATED_TAG.match(title)
    if dated is None and (typo := _STRAY_CLOSE.match(title)):  # "[ICLR] 2023] Title": one "]" too many
        dated = _DATED_TAG.match(typo.group(1) + " " + title[typo.end(1) + 1:])
        if dated is not None:
            title = typo.group(1) + " " + title[typo.end(1) + 1:]
    if dated is None or len(_TAG_WORDS.split(dated.group("body").strip())) > _dated_tag_words(dated):
        return title, venue, year, 0.0  # no tag, or a bracketed sentence
    rest = title[dated.end():].strip()
    if not rest and links and links[0].text:
        rest = inline.clean_title(links[0].text)
    if len(rest) < 4 or sum(c.isalnum() for c in rest) < 3:  # "[ICLR, 2024] GaitLM" is enough
        return title, venue, year, 0.0
    if venue is None:
        v = _TAG_DATE.sub(" ", dated.group("body"))
        venue = " ".join(v.replace("|", " ").replace(",", " ").split()) or None
    year = year or int(dated.group("year"))
    if _DAY_STAMP.fullmatch(dated.group("body").strip()):
        # "- ✨ [2025-09-23] The repository is created …": a news section's day-stamped line; a date to the
        # day names no venue, and the sentence after it is news, not a reference
        return rest, venue, year, 0.0
    if not links and _MONTH_STAMP.fullmatch(dated.group("body").strip()):
        # "- **[2025-01]** Added new RAG systems: MMed-RAG, RULE, …": a link-less line stamped with a month and no
        # venue is a news item's too ("Latest Updates"); a reference tagged by a date alone links its work
        # ("- [2023.11] [Title](arxiv…)"), and a venue beside the month ("[2023.11 Preprint] Title") says where
        return rest, venue, year, 0.0
    # a link-less title after the tag names a paper; so does a linked one when the tag names where it appeared
    # ("**[JHU & UCSD ICRA 2024]** Title, [website](…)", "[Arxiv 2024.6] Title"), as a "[CVPR'23]" tag does
    named_venue = venue is not None and any(c.isalpha() for c in venue)
    confidence = 0.5 if (not links or named_venue) and classify.reads_like_paper_title(rest) \
        or not links and _method_name_after_venue_tag(rest, venue) else 0.0
    return rest, venue, year, confidence


def _method_name_after_venue_tag(rest: str, venue: str | None) -> bool:
    """``[TMI 2018] PhaseRNN-X``, ``[2021 MICCAI] SegRefiner``, ``[arXiv 2023] EndoMamba-T``: a link-less method's
    short name (``_short_name_after_tag``) after a tag naming a venue ``citation.names_venue`` knows (or a preprint
    server) and its year. Why: a tracker of the methods a reader re-implemented or read names each paper by its
    method, tagged with where and when it appeared, the tag before the name as "FCN (CVPR 2015)" writes it after
    (``_method_name_venue_tag``); read as a bare name it was nothing unless most of its list wrote full titles.
    "[Python 2021] torchsurg" or "[2024.06] BenchKit" name no venue and stay."""
    return venue is not None and _short_name_after_tag(rest) \
        and (citation.names_venue(venue) or citation.names_preprint_server(venue))


#: a bold lead that is a year, a middle dot and a short name: "2023 · ConvNeXt V2", "2018 · CSDN", "2024 · arXiv"
_DOTTED_YEAR_TAG = re.compile(r"((?:19|20)\d\d)\s*[·・•]\s*([^·・•\s][^·・•]{0,40})")
#: the text after a tag's spaced dash, up to the next spaced dash: "— Large-Scale Image Retrieval: … — " → the title
_DASHED_SEGMENT = re.compile(r"\s*[—–-]\s+([^—–\n]{4,300}?)\s+[—–]")


def _dotted_year_tag(title: str, links: tuple[Link, ...], description: str
                     ) -> tuple[str, int, str | None] | None:
    """``**2023 · ConvNeXt V2** — note — [arXiv:…](…) · [GitHub](…)`` → ("ConvNeXt V2", 2023); ``**2024 · arXiv** —
    Large-Scale Image Retrieval: A Survey — [arXiv:…](…)`` → (that title, 2024). Why: a list dating each line by a
    bold "year · name" tag writes two things in that shape, a date and the work's own name, or a date and where the
    piece was posted (CSDN, arXiv, GitHub, a blog); the links tell them apart, not a list of sites: a name that the
    first link's host spells is the site, and the title is the text after the dash; any other name over a scholarly
    article's link names the work. None when neither (a blog post's "2018 · 微信" over its blog's links stays).
    The third part is the description left after a title taken out of it (None when the title is the tag's)."""
    m = _DOTTED_YEAR_TAG.fullmatch(title.strip())
    if m is None:
        return None
    year, name = int(m.group(1)), m.group(2).strip()
    key = re.sub(r"[\W_]+", "", name).casefold()
    host = (urlsplit(links[0].url).hostname or "").replace(".", "").replace("-", "")
    if len(key) >= 3 and key.isascii() and key in host:
        segment = _DASHED_SEGMENT.match(description)
        if segment is None:
            return None
        return segment.group(1).strip(), year, description[segment.end():].lstrip(" ·—–-").strip()
    if any(link.role == "paper" and link.line == links[0].line for link in links):
        return name, year, None  # the tag's own line links the article ("📄 原始论文：[arXiv:…]" below a blog's is a note's)
    return None


def _year_dash_author_paren(title: str, authors: tuple[str, ...], year: int | None
                            ) -> tuple[str, tuple[str, ...], int | None]:
    """``2021 - Title (Uysal et al.)`` → ``Title``, year 2021, first author Uysal: a reading list's dated
    line; a closing ``(Name et al.)`` is the first author wherever it stands, a closing ``(Liu)`` only
    after such a dated lead (``Title (MURA)`` keeps its name)."""
    lead = _YEAR_DASH_LEAD.match(title)
    rest = title[lead.end():] if lead and len(title[lead.end():].split()) >= 3 else title
    m = _PAREN_ETAL.search(rest) or (_PAREN_SURNAME.search(rest) if rest is not title else None)
    if m is not None and len(rest[:m.start()].split()) >= 3:
        authors = authors or (m.group("who"),)
        rest = rest[:m.start()].rstrip()
    if rest is not title and lead is not None and year is None:
        year = int(lead.group("year"))
    if lead is not None and rest is not title and lead.group().rstrip()[-1:] in ",，":
        # "2019年，Title，中文翻译": with the year gone the title opens the text, and its trailing translation
        # (cut only where a Latin title opens the text) is no part of it either
        rest = inline.clean_title(rest) or rest
    return rest, authors, year


#: a bracket closing a title, nothing after it: "(Yu, ECCV 2018)", "(van Rooyen, NIPS 2015)" (bounded, one line)
_CLOSING_PAREN_NOTE = re.compile(r"[ \t]{0,3}[(（](?P<note>[^()（）\n]{3,80})[)）][ \t.]{0,3}")


def _linked_title_paren_byline(title: str, first: Link, authors: tuple[str, ...], venue: str | None,
                               year: int | None) -> tuple[str, tuple[str, ...], str | None, int | None]:
    """``### - [Learning with Biased Complementary Labels](arxiv…) (Yu, ECCV 2018)``: a title that is the first link's
    text and, after the link, the work's first author, venue and year in one bracket → the link's text, the author,
    the venue and the year. Why: a heading record is titled by its whole heading, so the bracket a bullet's trailer
    gives as the byline stayed in the title and the record lost who wrote it, where and when. Only when the bracket
    reads as a byline with a venue or a year (``citation.parse_trailer``): "(code)", "(2018)" alone are left as they
    were, as is any title that is not the link's text and a bracket."""
    text = " ".join(first.text.split())
    whole = " ".join(title.split())
    if len(text.split()) < 3 or not whole.startswith(text) or len(whole) == len(text):
        return title, authors, venue, year
    paren = _CLOSING_PAREN_NOTE.fullmatch(whole, len(text))
    if paren is None:
        return title, authors, venue, year
    cited = citation.parse_trailer(f"({paren.group('note')})")
    if not cited.authors or not (cited.venue and cited.year):
        return title, authors, venue, year
    return text, cited.authors, venue or cited.venue, year if year is not None else cited.year


def _author_year_tail(title: str, authors: tuple[str, ...], year: int | None, line: str = ""
                      ) -> tuple[str, tuple[str, ...], int | None]:
    """``[Attention Is All You Need (2017) - Vaswani et al.](…)``, ``[Title - He et al., 2016](…)``: a link's text
    closed by its first author and year (``_AUTHOR_YEAR_TAIL``) → the title, the author, the year. "et al." marks
    the name as an author's wherever it stands; "A and B" only beside a year ("Title, Detection and Classification"
    keeps its words), a lone surname only after a bracketed year and a dash; at least three words stay the title,
    but for a short name before a spaced dash and "et al." on a ``line`` that states a year
    (``_short_name_dash_et_al``)."""
    m = _AUTHOR_YEAR_TAIL.search(title) if ("al" in title or "19" in title or "20" in title) else None
    if m is None or len(title[:m.start()].split()) < 3 and not _short_name_dash_et_al(title, m, year, line):
        return title, authors, year
    found = m.group("y1") or m.group("y2")
    more = (m.group("more") or "").strip()
    if m.group("stop") and not more.startswith("et"):
        return title, authors, year  # "Title. Detection and Classification": a sentence of the title, no byline
    if not more.startswith("et") and (found is None or not m.group("who")[0].isupper()
                                      or more and not more.split()[-1][:1].isupper()):
        return title, authors, year
    if not more and not (m.group("y1") and title[m.start():].lstrip()[:1] == "("):
        # "Title, Nature 2016", "Title (Bioinformatics 2021)", "Title (Spring 2019)": a venue or a term and its year;
        # a lone surname only after a bracketed year and a dash ("Title (2014) - Goodfellow")
        return title, authors, year
    pair = more.split()[-1] if more and not more.startswith("et") else None  # "Nicolelis & Lebedev": both authors
    return title[:m.start()].rstrip(" ,-–—"), authors or ((m.group("who"), pair) if pair else (m.group("who"),)), \
        year or (int(found) if found else None)


#: a month stamp opening a reference's line: "(2022/06) ", "(2015.03) ", "(2023-04) " (the month the work appeared)
_MONTH_STAMP_LEAD = re.compile(r"\(\s*(?P<year>(?:19|20)\d\d)[./-](?:0?[1-9]|1[0-2])\s*\)\s+(?=\S)")
#: the byline closing a month-stamped title: ", Lehman et al.", ", Roberts and Demner-Fushman", then perhaps a year
#: as the list typed it (", 2022", ", 20223"): one capitalised surname and "et al.", or two joined by "and"/"&"
_STAMPED_NAME = r"[A-Z][^\W\d_]{1,30}(?:['’-][^\W\d_]{1,30}){0,2}"
_STAMPED_BYLINE_TAIL = re.compile(
    rf"(?<!\s)\s*,\s*(?P<who>{_STAMPED_NAME})(?P<more>\s+et\.?\s?al\.?|\s+(?:and|&)\s+{_STAMPED_NAME})"
    r"(?:\s*,?\s*\d{4,5})?\s*\.?$")


def _month_stamped_reference(title: str, authors: tuple[str, ...], year: int | None
                             ) -> tuple[str, tuple[str, ...], int | None]:
    """``(2022/06) Learning to Ask Like a Physician, Lehman et al., 2022 [[Paper]](…)``, ``(2018/04) Title, Roberts
    and Demner-Fushman [[Paper]](…)`` → the title, its first author, the stamp's year. Why: a reading list that
    stamps each line with the month its work appeared, then writes "Title, Byline, Year", lost neither the stamp
    nor a byline whose year is missing or mistyped ("Theodorou et al., 20223"): the year-led readers need a valid
    year beside "A and B", lest "Title, Detection and Classification" lose its words; the stamp says the line is a
    dated reference, so a closing pair of capitalised surnames is its byline. At least three words stay the title."""
    lead = _MONTH_STAMP_LEAD.match(title) if title[:1] == "(" else None
    if lead is None or len(title[lead.end():].split()) < 3:
        return title, authors, year
    rest = title[lead.end():]
    year = year if year is not None else int(lead.group("year"))
    tail = _STAMPED_BYLINE_TAIL.search(rest) if "," in rest else None
    if tail is not None and len(rest[:tail.start()].split()) >= 3:
        more = tail.group("more").strip()
        pair = more.split()[-1] if not more.startswith("et") else None
        authors = authors or ((tail.group("who"), pair) if pair else (tail.group("who"),))
        rest = rest[:tail.start()].rstrip()
    return rest, authors, year


#: the spaced dash between a short name and its byline: "DeepBind – Alipanahi et al."
_SPACED_DASH_OPEN = re.compile(r"\s+[-–—]\s")


def _short_name_dash_et_al(title: str, m: re.Match, year: int | None, line: str) -> bool:
    """``DeepBind – Alipanahi et al., _Nature Biotechnology_ 2015`` / ``DOI: […](…)``: a method's short name (one
    or two words) then a spaced dash and a first author with "et al.", the work dated (a year in the tail, or one
    the entry's ``line`` states beside its venue). Why: ``_author_year_tail`` keeps three words for a title, lest a
    label lose its words; a reading list that names each landmark paper by its method writes the name alone before
    the byline, and "et al." after a spaced dash says the byline is no part of it."""
    head = title[:m.start()].split()
    return 1 <= len(head) <= 2 and head[0][:1].isalnum() and (m.group("more") or "").strip().startswith("et") \
        and _SPACED_DASH_OPEN.match(title, m.start()) is not None \
        and (year is not None or bool(m.group("y1") or m.group("y2")) or _YEAR.search(line) is not None)


#: a link's text closed, after a spaced dash, by its first author, "et al.", the venue and perhaps the year, a
#: method's short name perhaps set off before them: "Title - DeepVariant - Poplin et al. Nat Biotech 2018", "Title -
#: Mieth et al. NAR Genomics Bioinformatics", "Title - TL-PRS: Zhao et al. AJHG 2022" (bounded venue, one anchor)
_DASH_BYLINE_VENUE_TAIL = re.compile(
    rf"\s[-–—]\s+(?:(?P<nick>[^\s:]{{1,30}})(?:\s[-–—]|:)\s+)?"
    # ("- Chenfu Shi et al. medRxiv 2023", "- Helen Ray-Jones et al. bioRxiv 2023": the first author's given name
    # written before the surname; one capitalised word, the surname after it)
    rf"(?P<who>(?:[A-ZÀ-ÖØ-Þ][^\W\d_]{{1,20}}\s(?=[A-ZÀ-ÖØ-Þ]))?{_CAPITAL_SURNAME})\s+et\.?\s?al\.?"
    # ("Rajkomar et al. (2018), npj Digital Medicine.": the year in brackets before the venue)
    r"(?:,?\s+\((?P<lead_year>(?:19|20)\d\d)\),?(?=\s+[^\W\d]))?"
    # ("Baca et al.Nat Gen 2022", "Rummel et al.bioRxiv 2023": the venue typed straight after "al.", no space)
    r"(?:(?:,?\s+|(?<=al\.)(?=[^\W\d_]))(?P<venue>[^\W\d][^-–—()\[\]\d]{0,60}?)"
    # ("Nature 542, 115–118", "Radiology 290(2):290-297": the journal's volume, issue and pages after its name)
    r"(?:,?\s+(?!(?:19|20)\d\d\b)\d{1,4}(?:\s?\(\d{1,4}\))?(?:\s?[,:]\s?e?\d{1,7}(?:\s?[-–]\s?\d{1,7})?)?)?)?"
    r"(?:,?\s+\(?(?P<year>(?:19|20)\d\d)\)?)?\s*\.?$")


#: the most characters a dashed byline tail may span (short name, first author, venue, volume and pages, year)
_DASH_BYLINE_TAIL_CHARS = 240


def _dash_byline_venue_tail(title: str, authors: tuple[str, ...], venue: str | None, year: int | None
                            ) -> tuple[str, tuple[str, ...], str | None, int | None]:
    """``[A universal SNP and small-indel variant caller … - DeepVariant - Poplin et al. Nat Biotech 2018](…)`` →
    the title, Poplin, "Nat Biotech", 2018: a reading list writes each link's text as the title, the method's name,
    then the first author with "et al." and where and when it appeared, all parted by spaced dashes. "et al." marks
    the byline; at least two words stay the title ("Gene expression cartography - Nitzan et al. Nature 2019": a
    short title is as much a title before "et al."; one word is a method's name, ``_short_name_dash_et_al``). The
    venue may carry its volume and pages ("— Esteva et al.,
    Nature 542, 115–118") and the year may come before it ("- Rajkomar et al. (2018), npj Digital Medicine."). Why:
    read whole, the title carried its byline and venue."""
    # (the tail is anchored at the title's end and bounded: searched over the title's last characters only, so a
    # long text of dashes and "et al." costs no scan from each of them)
    if "al" not in title or (m := _DASH_BYLINE_VENUE_TAIL.search(title, max(0, len(title) - _DASH_BYLINE_TAIL_CHARS))) \
            is None or not m.group("who")[:1].isupper():
        return title, authors, venue, year
    head = title[:m.start()].split()
    # ("MixQTL - Liang et al. Nat Comm 2021", "RASQUAL - Kumasaka et al. Nat Genet 2016": a method's one-word name,
    # then the dated byline with its venue, is the work's short name, as ``_short_name_dash_et_al`` reads it when no
    # venue stands between "et al." and the year; undated, one word is kept whole)
    if not head or len(head) < 2 and not (m.group("year") or m.group("lead_year")) \
            or len(head) < 2 and (m.group("nick") or not head[0][:1].isalnum()):
        return title, authors, venue, year
    found_venue = m.group("venue").strip(" .,") if m.group("venue") else None
    found_year = int(m.group("year") or m.group("lead_year")) if m.group("year") or m.group("lead_year") else None
    return title[:m.start()].rstrip(" ,-–—"), authors or (m.group("who"),), venue or found_venue, \
        year if year is not None else found_year


#: an author lead set off by a spaced dash: "Isensee et al. - ", "Maintz & Viergever - ", "Szeliski - " (one surname, two
#: joined by "&"/"and", or a first author and "et al."; the caller checks the first letter is a capital)
_AUTHOR_DASH_LEAD = re.compile(r"(?P<who>[^\W\d_][\w'’-]{1,30}(?P<etal>\s+et\.?\s?al\.?)?"
                               r"(?(etal)|(?:\s*(?:&|\band\b)\s*[^\W\d_][\w'’-]{1,30})?))\s+[-–—]\s+(?=\S)")
#: the reader's page count closing a reading plan's reference: "8页", "40 pages", "pp. 12"
_PAGE_COUNT_NOTE = re.compile(r"\d{1,4}\s*(?:页|頁|pages?|pp\.?)|pp?\.\s*\d{1,4}", re.I)
_SPACED_DASH = re.compile(r"\s[-–—]\s")


def _cited_tail(title: str) -> tuple[str, int | None, bool]:
    """``nnU-Net: a self-configuring method … (2021) - 15页`` → the title, 2021, True: a reading plan's reference
    closes with its year in brackets and the reader's note after a dash (the pages to read, or a word on what the
    work is for: ``- 3D医学分割``, ``- 多模态输入``). The note goes when it counts pages, follows the year, or is in
    another script than a Latin title; a Latin subtitle after a dash (``Brain-Computer Interfaces - Principles and
    Practice``) stays. Linear: one search for the last spaced dash."""
    t = title.rstrip()
    cut = False
    last = None
    for last in _SPACED_DASH.finditer(t):
        pass
    if last is not None:
        head, note = t[:last.start()].rstrip(), t[last.end():].strip()
        if note and (_PAGE_COUNT_NOTE.fullmatch(note) or _PAREN_YEAR_END.search(head)
                     or any(map(inline._is_cjk, note)) and not any(map(inline._is_cjk, head))):
            t, cut = head, True
    year = None
    if (dated := _PAREN_YEAR_END.search(t)) is not None:
        t, year, cut = t[:dated.start()].rstrip(), int(dated.group(1)), True
    return t, year, cut


#: a bare year closing a title read after its byline: "Foldnet 2021"
_CLOSING_BARE_YEAR = re.compile(r"\s+(?P<year>(?:19|20)\d\d)$")


def _author_dash_led_title(title: str) -> tuple[str, tuple[str, ...], int | None] | None:
    """``Senior et al. - Alphafold 2020``, ``Xu and Wang - RaptorX``, ``Okafor & Lindgren - Sequence embeddings``:
    the label of a work whose own link identifies it, led by its byline and a spaced dash → (title, authors, year
    closing the title or None); None unless the lead is a byline for sure.

    Why: literature notes name each paper they link by who wrote it and what it is called; read whole, the
    authors stood in the title. Only a joined byline counts (a first author and "et al.", or two surnames joined
    by "and"/"&"): a lone word before the dash is as often the work's own name ("ProSPr - Protein Structure
    Prediction", "Zemla - GDT_TS"), and the caller asks for a paper with an identifier, so "Vision and Language -
    a reading guide" on a web page stays whole. A bare year closing the rest is the work's ("Alphafold 2020")."""
    lead = _AUTHOR_DASH_LEAD.match(title)
    if lead is None or not lead.group("who")[:1].isupper():
        return None
    who = lead.group("who")
    if not (lead.group("etal") or re.search(r"\s(?:&|and)\s", who)):
        return None
    rest, year = title[lead.end():].strip(), None
    if (dated := _CLOSING_BARE_YEAR.search(rest)) is not None and any(ch.isalpha() for ch in rest[:dated.start()]):
        rest, year = rest[:dated.start()].rstrip(" ,"), int(dated.group("year"))
    if not any(ch.isalpha() for ch in rest):
        return None
    names = citation.without_et_al(who)
    return rest, tuple(n.strip() for n in re.split(r"\s*(?:&|\band\b)\s*", names) if n.strip()), year


def _author_dash_reference(title: str, authors: tuple[str, ...]) -> tuple[str, tuple[str, ...], int | None] | None:
    """``Isensee et al. - nnU-Net: a self-configuring method … (2021) - 15页``, ``Maintz & Viergever - A survey of
    medical image registration (1998) - 30页``, ``Milletari et al. - V-Net - 3D医学分割``: a link-less reference of a
    reading plan, written authors, dash, title, then its year and the reader's note. → (title, authors, year).

    Why: the authors lead without the stop a citation's byline ends with, so ``citation`` reads the line as one
    title (or the note as part of it); the dash marks where the byline ends. A lone surname before the dash
    (``Szeliski - Title (2006) - 40页``) counts only when the line closes as a reference does (its year or the
    reader's note) and the rest reads as a paper's title: ``Keras - Deep learning for humans`` names a tool."""
    rest = title
    lead = None
    if not authors:
        lead = _AUTHOR_DASH_LEAD.match(title)
        if lead is None or not lead.group("who")[:1].isupper():
            return None
        rest = title[lead.end():]
    short, year, cut = _cited_tail(rest)
    if not short or not any(ch.isalpha() for ch in short):
        return None
    if lead is not None:
        joined = lead.group("etal") or " & " in lead.group("who") or " and " in lead.group("who")
        if not ((cut or classify.reads_like_paper_title(short)) if joined
                else cut and classify.reads_like_paper_title(short)):
            return None
        names = citation.without_et_al(lead.group("who"))
        authors = tuple(n.strip() for n in re.split(r"\s*(?:&|\band\b)\s*", names) if n.strip())
    elif not cut:
        return None
    return short, authors, year


#: "FCN (CVPR 2015)", "U-Net (MICCAI 2015)", "Mask R-CNN (ICCV 2017)": a method's short name (one or two tokens)
#: closed by a bracketed venue and its four-digit year
_METHOD_NAME_VENUE_TAG = re.compile(r"^(?P<name>[A-Za-z][\w+.-]*(?: [A-Za-z0-9][\w+.-]*)?)\s+\((?P<venue>[A-Za-z]{2,10})"
                                    r"\s+(?P<year>(?:19|20)\d\d)\)$")


def _method_name_venue_tag(title: str) -> tuple[str, str, int] | None:
    """``FCN (CVPR 2015)``, ``BiSeNet (ECCV 2018)``: a method's short name tagged with the venue it appeared at and
    the year, the venue one ``citation.names_venue`` knows by its one word (a conference's acronym, a journal's
    name) or a preprint server → (name, venue, year); None otherwise. Why: a tracker of papers implemented or read
    names each by its method, with no link to the article; read as a name, its code link made it a repository and
    a link-less line made it nothing. "MONAI (PyTorch 2020)" or "Nets (Task 2021)" name no venue and stay."""
    m = _METHOD_NAME_VENUE_TAG.match(title.strip())
    if m is None or not (citation.names_venue(m["venue"]) or citation.names_preprint_server(m["venue"])):
        return None
    return m["name"], m["venue"], int(m["year"])


def _paren_venue(title: str, venue: str | None, year: int | None) -> tuple[str, str | None, int | None]:
    """``[Title (Nucleic Acids Research'22)](…)``, ``[Title (bioRxiv)](…)``, ``**Title (MICCAI 2022)**``,
    ``Title (IMWUT2023)``, ``Title (*NeurIPS* 2020 workshop)``, ``**Title (IEEE Transactions on Medical Imaging,
    2016)**`` (a journal's spelt-out name, a comma, its year): the closing bracket of a paper link's text names its
    venue (and year; the track or the kind of paper after it), not part of the title. A four-digit year only after an
    upper-case letter (an acronym), or after a journal's spelt-out name, one of its words a venue word ("(Nature
    Medicine 2023)", "(Nature 2023 Review)", "(Bioinformatics 2021)"): "(Task 2021)" or "(since 2019)" stay in the title. A name of one or two words keeps a bracket it closes ("[Nets (Tech'22)]")
    unless the bracket is an acronym and a four-digit year: "| DCCNN (TMI 2017) | [Link](…) | [Link](github…) |", a
    method zoo's row, names its paper by the method and tags it with the venue as a longer title would be."""
    paren = _PAREN_VENUE.search(title)
    words = len(title[:paren.start()].split()) if paren is not None else 0
    # ("**PrimeKG (Scientific Data 2023)**", "**OpenBioLink (Bioinformatics 2020)**" over a record's byline and
    # "[[Paper]](…)": a short name tagged with a journal's spelt-out name and a four-digit year is tagged as the
    # acronym's is; the venue word asked below keeps "Nets (Task 2021)" whole)
    if paren is None or words == 0 or (words < 3 and not (paren.group("yyyy") or paren.group("wyyyy")
                                                          or paren.group("dyyyy"))):
        return title, venue, year  # ("(IEEE TMI 2025) [[paper]](…)": a tag alone names nothing; it stays the title)
    if paren.group("dyyyy") and not _abbreviated_journal(paren.group("venue")):
        return title, venue, year  # "(Smith et al. 2020)": a byline's stop, not a journal's abbreviated word
    if paren.group("wyyyy") and not any(w.casefold() in citation.VENUE_WORDS for w in paren.group("venue").split()) \
            and not (words == 1 and _method_name_journal_tag(title[:paren.start()], paren.group("venue"))):
        return title, venue, year  # "(Task 2021)", "(since 2019)": a word, not a journal, before the year
    venue = venue or paren.group("venue").strip() or None
    if year is None and (yy := paren.group("yy") or paren.group("yyyy") or paren.group("wyyyy")
                         or paren.group("dyyyy")):
        year = _full_year(yy)
    return title[:paren.start()].rstrip(), venue, year


#: a note that is only a venue tag dated by an apostrophe and two digits, in brackets, perhaps emphasised, perhaps
#: with a track or status word after it: "(arXiv'26)", "(*Nature Biomedical Engineering'26*)", "(NeurIPS'25
#: Workshop)", "(ICLR'26 Rejected)" (no bracket or apostrophe inside the venue: the match is linear)
_APOSTROPHE_DATED_VENUE_TAG = re.compile(r"[(\[]\s?[*_]{0,2}(?P<venue>[^\W\d_][^()\[\]'’*_]{0,58}?)\s?['’](?P<yy>\d\d)"
                                         r"(?:\s+(?P<track>[A-Za-z]+(?:\s[A-Za-z]+)?))?[*_]{0,2}\s?[)\]]")
#: the most characters of such a tag with its status marks ("🕝 **[Nature Biomedical Engineering'26 Workshop]**")
_MAX_MARKED_VENUE_TAG = 120
#: the words after such a tag that say how the work fared, not where it appeared
_REVIEW_OUTCOME = re.compile(r"(?i)rejected|accepted|submitted|under review|withdrawn|oral|spotlight|poster")


def _apostrophe_dated_venue_tag(text: str) -> tuple[str, int] | None:
    """``(*ICLR'26*)`` → ("ICLR", 2026), ``(*NeurIPS'25 Workshop*)`` → ("NeurIPS Workshop", 2025), ``(*J. Med.
    Syst.'16*)`` → ("J. Med. Syst.", 2016): an item's note that is only its venue tag, the year's last two digits
    after an apostrophe (a status word after it, "Rejected", "Oral", is dropped); None otherwise. Why: a paper list
    that opens each item with such a tag before its bold title had every venue read as "arXiv'26" with no year, and
    a venue it did not know ("Health Inf Sci Syst'26") as the work's author. A status mark before or after the tag
    (``🕝 **[MICCAI'24]**``, ``:fire: [CVPR'23]``: a pictograph or its shortcode, ``classify.strip_symbols``) says
    how the list rates or files the work, no part of the tag: the marked tag left the work with no venue nor year."""
    text = text.strip()
    if len(text) > _MAX_MARKED_VENUE_TAG:
        return None  # (no tag is that long: a long note is never stripped of its marks)
    m = _APOSTROPHE_DATED_VENUE_TAG.fullmatch(classify.strip_symbols(text))
    if m is None:
        return None
    venue, yy = m["venue"].strip(), int(m["yy"])
    if m["track"] and not _REVIEW_OUTCOME.fullmatch(m["track"]):
        venue = f"{venue} {m['track']}"
    return venue, 2000 + yy if yy <= 50 else 1900 + yy


#: a rank or track tag a list writes after a venue and its year: the China Computer Federation's or a citation
#: index's grade ("ccf-A", "CCF B", "sci-2", "JCR Q1", "中科院一区") or the kind of talk ("Oral", "Spotlight")
_VENUE_RANK_TAG = re.compile(r"(?i)(?:ccf|sci|jcr|cas|core)[-\s]?(?:[a-d]\*?|q?[1-4])|oral|spotlight|poster|中科院[一二三四]区")


def _glued_venue_year_trailer(text: str) -> tuple[str, int] | None:
    """``[Title](pdf…) ICML2020 ccf-A``, ``[Title](arxiv…) NeurIPS2019``: the text after a paper's link that is a
    venue's acronym with its year glued on (``classify.glued_venue_year``), alone or before a rank or track tag
    (``_VENUE_RANK_TAG``) → (the venue, the year); None otherwise. Why: read as a trailer, "ICML2020 ccf-A" was a
    venue with no year, too weak to keep, and the paper lost both; "ICML 2020" spaced was read."""
    head, _, rest = text.strip().partition(" ")
    if rest.strip() and not _VENUE_RANK_TAG.fullmatch(rest.strip().strip("()[]")):
        return None
    return classify.glued_venue_year(head)


#: a paper link's text that is its venue, perhaps the volume, issue or article number, and the year in brackets:
#: "bioRxiv (2023)", "Patterns 4.4 (2023)", "npj Comput Mater 8, 102 (2022)", "Bioinformatics 37(15) (2021)"
#: (each word of the venue holds a letter, "F1000Research" as "Nat Biotechnol"; a number standing alone is no part of it).
#: A word is taken whole (possessive), its letter checked ahead: "[^\s()]*[^\W\d][^\s()]*" could place the letter
#: anywhere in each word, exponential in the words of a text that fails (a 12-word title: 9 s)
_BRACKET_DATED_VENUE = re.compile(r"(?P<venue>(?=[^\s()（）]*[^\W\d])[^\s()（）]++"
                                  r"(?:\s+(?=[^\s()（）]*[^\W\d])[^\s()（）]++)*)"
                                  r"(?:\s+\d{1,4}(?:\.\d{1,4}|\s*\(\d{1,4}\))?(?:,\s*[A-Za-z]?\d{1,7})?)?"
                                  r"\s*[(（](?P<year>(?:19|20)\d\d)[)）]")


def _bracket_dated_venue(text: str) -> tuple[str | None, int] | None:
    """``[bioRxiv (2023)](doi…)``, ``[Patterns 4.4 (2023)](doi…)``, ``[npj Comput Mater 8, 102 (2022)](…)``: a paper
    link whose text is where the work appeared and, in brackets, when → (the venue, the year); (None, the year) when
    the text before the bracket is a role word ("[Publication (2024)](doi…)"); None for any other text. Why: the venue was the link's text cut at its closing bracket ("bioRxiv (2023", "Patterns 4.4 (2023"): the
    bracketed year and the volume, issue or article number before it place the work in the venue, no part of its
    name, and the year dates the work when nothing else on the line does."""
    m = _BRACKET_DATED_VENUE.fullmatch(text.strip().strip("`*_ "))
    if m is None or not (venue := m["venue"].strip(" ,.;:")):
        return None
    if classify.label_role(venue) is not None and not citation.names_preprint_server(venue):
        return None, int(m["year"])  # "[Publication (2024)](doi…)": a role word, no venue; a preprint server is one
    return venue, int(m["year"])


def _abbreviated_journal(venue: str) -> bool:
    """``J. Supercomput.``, ``IEEE Intell. Syst.``, ``Reliab. Eng. Syst. Saf.``: a journal's name abbreviated the
    ISO 4 way closes on a capitalised word cut short by a stop; "Smith et al." (a byline's "al.") and "Jr." do not."""
    last = venue.split()[-1]
    return len(last) >= 4 and last[0].isupper() and last[1:-1].isalpha() and last[1:-1].islower()


def _method_name_journal_tag(name: str, venue: str) -> bool:
    """``DeepAnT (Access 2019)``, ``GDTS (Neurocomputing 2025)``: a method's short name (one word of two capitals or
    more, as "DeepAnT", "TiCTok") tagged with one capitalised word and a four-digit year names its paper; the word
    is the journal (a method zoo's row tags each name so). "Nets (Task 2021)" names no method: its bracket stays."""
    return sum(ch.isupper() for ch in name) >= 2 and " " not in venue.strip() and venue[:1].isupper() \
        and len(venue.strip()) >= 4


#: ``Title (IEEE Transactions on Medical Imaging)[[paper](…)]``: a bracket with no year closing a title
_PAREN_BARE_VENUE = re.compile(r"(?<!\s)\s*[(（](?P<venue>[^()（）\d]{2,80})[)）]\s*$")


def _paren_bare_venue(title: str, venue: str | None) -> tuple[str, str | None]:
    """``* Title (MICCAI) [[paper](…)]``, ``* Title (IEEE Transactions on Medical Imaging)[[paper](…)]``: a paper's
    line closes its title with the venue in brackets and no year (``_paren_venue`` reads those with one). Why: the
    bracket places the work, it is no part of its title. Only a venue named as ``citation.names_venue`` or
    ``citation.names_journal`` know one ("(R2U-Net)", "(Extended Version)" stay), after four words or more of a
    title alone (no sentence stop, no quotes: a reference's venue closes on its acronym, "Conference (ICML)")."""
    if not title.endswith((")", "）")) or (m := _PAREN_BARE_VENUE.search(title)) is None:
        return title, venue
    name, tag = title[:m.start()].rstrip(), m.group("venue").strip()
    if len(name.split()) < _bare_venue_min_words(tag) or ". " in name or any(q in name for q in '"“”'):
        return title, venue  # a whole reference ('Author. "Title." Conference (ICML)') stays to the citation reader
    if not (citation.names_venue(tag) or citation.names_journal(tag)) or _expands_acronym(name, tag):
        return title, venue
    return name, venue or tag


def _bare_venue_min_words(tag: str) -> int:
    """How many words a title must have before a bare bracketed venue is cut from it: four in general, three when
    the bracket is a journal's name ("[Capturing Chromosome Conformation (Science)](https://doi.org/…)"). Why: a
    journal's name ("Science", "Nature Genetics", "Cell") placing a short title is as plain as after a long one,
    while a conference-ish word ("(Workshop)") closing three words is more often part of a name."""
    return 3 if citation.names_journal(tag) else 4


def _expands_acronym(name: str, tag: str) -> bool:
    """``ABIDE I / II (Autism Brain Imaging Data Exchange)``: the bracket spells out an acronym the name holds (the
    initials of its capitalised words are that acronym). Why: such a bracket is part of a data set's or a
    project's name, never the venue it appeared in, however much its words read like a journal's."""
    initials = "".join(w[0] for w in tag.split() if w[:1].isupper())
    return len(initials) >= 2 and any(word.strip(".,;:()[]") == initials for word in name.split())


#: a venue of one to four words (the first capitalised, joined by lower-case linking words at most), then its
#: four-digit year: what closes a title after its stop or a spaced dash ("Title. CVPR 2023", "Title — ICLR 2024")
_VENUE_WORDS = r"(?P<venue>[A-Z][\w&'’-]*(?:\s+(?:[A-Z][\w&'’-]*|of|on|and|in|for|the|&)){0,3})"
_VENUE_WORDS_YEAR = _VENUE_WORDS + r"\s+(?P<year>(?:19|20)\d\d)"
#: "Title. MedIA 2008", "Title. Medical Image Analysis 2007": a venue of one to four words (the first capitalised,
#: joined by lower-case linking words at most) and a four-digit year closing a link's text after the title's stop.
#: The year may be glued to the venue's last word ("Title - CVPR2023", "Title - MedIA2023", "Title - Frontiers in
#: Cardiovascular Medicine2020"): a list that tags each link's text so writes venue and year as one token; the
#: glued year must follow a letter (the venue's word gives it back when the year is cut off, a bounded backtrack
#: of four digits)
_STOP_VENUE_YEAR = re.compile(r"(?:\.|\s[-–—·•])\s+" + _VENUE_WORDS
                              + r"(?:\s+|(?<=[^\W\d_]))(?P<year>(?:19|20)\d\d)\.?$")


#: "Title. CVPR 2023", "Title - MICCAI 2023", "Title — EACL 2023", "Title, Radiology 2022", "Title · ICLR 2024": a
#: venue of one to four words (the first capitalised, joined by lower-case linking words at most) and a four-digit
#: year closing a title after its stop, a spaced dash or middle dot, or a comma
_SET_OFF_VENUE_YEAR = re.compile(r"(?:[.,]|\s[-–—·•])\s+" + _VENUE_WORDS_YEAR + "$")
#: "Title, Medical Image Analysis, 2019", "Title, IEEE TMI, 2020": the venue and the year written as two more comma
#: fields after the title (after a stop, "Authors. Title. In IROS, 2021", the line is a reference, citation's to read)
_COMMA_VENUE_COMMA_YEAR = re.compile(r",\s+" + _VENUE_WORDS + r",\s+(?P<year>(?:19|20)\d\d)$")
#: the most words a written identifier's trailer may have after a title ("doi:10.1109/…", "PMID: 35412345")
_WRITTEN_ID_TAIL_WORDS = 4
#: the most words an identifier written alone between commas may have (", arXiv:2305.14561, 2023.", ", PMID 123, 2021."):
#: a longer run ("…," arXiv preprint arXiv:2310.05521, 2023.") closes a full reference the citation reader takes
_BARE_ID_WORDS = 2


def _venue_year_before_written_pointer(title: str, links: tuple[Link, ...], description: str, venue: str | None,
                                       year: int | None) -> tuple[str, str | None, int | None]:
    """``- Title. CVPR 2023. doi:10.1109/…`` / ``- Title - MICCAI 2023 - arXiv:…`` / ``- Title — EACL 2023 —
    https://aclanthology.org/…`` / ``- Title, arXiv:2305.14561, 2023.``: a plain reading list writes each work as
    its title, then, after the title's stop, a spaced dash or a comma, the venue and the year, then the work's
    identifier or its address written out (no link text to hold the title). Why: the venue and the year (and an
    identifier written between commas before the year) close the line's text before the pointer; they place and
    date the work, they are no part of its title (``_stop_venue_year`` reads the same inside a link's text). Only
    when every link is an address written out (an autolink) and, with no link, the rest of the line is an
    identifier; for a title of four words or more with a venue that names one (an acronym or a venue word). A title
    that ends in a year of its own ("… Challenge 2020") has no separator before it and stays whole. Links whose text
    only names their role (``- Title — ICLR 2024 [paper](…) [code](…)``, ``· [paper](…)``) hold no title either: the
    title is the line's own text there too."""
    role_words = any(link.text != link.url for link in links)
    if role_words and not all(map(_role_word_link, links)):
        return title, venue, year
    text = title.rstrip(" .")
    if not links:
        written = ids.identifiers_from(text, ())
        if written.any():
            # ", arXiv:2305.14561, 2023.": the identifier written between commas, then the year
            head, _, dated = text.rpartition(",")
            ident_at = head.rfind(",")
            tail = head[ident_at + 1:]
            if ident_at < 0 or not _YEAR.fullmatch(dated.strip()) or len(tail.split()) > _BARE_ID_WORDS \
                    or not ids.identifiers_from(tail, ()).any():
                return title, venue, year
            name = head[:ident_at].rstrip()
            if len(name.split()) < 4:
                return title, venue, year
            return name, venue, year if year is not None else int(dated.strip())
        if len(description.split()) > _WRITTEN_ID_TAIL_WORDS or not ids.identifiers_from(description, ()).any():
            return title, venue, year
    if (m := _SET_OFF_VENUE_YEAR.search(text)) is None:
        # (comma fields only after a title that is one field itself: "Authors, Title, Venue, 2020" is a reference)
        if (m := _COMMA_VENUE_COMMA_YEAR.search(text)) is None or ", " in text[:m.start()]:
            return title, venue, year
    name = text[:m.start()].rstrip()
    if len(name.split()) < 4 or not _names_venue_word(m.group("venue")):
        return title, venue, year
    if role_words and _byline_sentence(name.rpartition(". ")[2]):
        return title, venue, year  # "Title. Esteva et al. Nature 2017. [[Paper]](…)": a reference, read as one
    return name, venue or m.group("venue"), year if year is not None else int(m.group("year"))


def _byline_sentence(text: str) -> bool:
    """"Esteva et al", "Okafor C, Moreau L", "Nadia Petrova, Omar Haddad": a sentence that only names authors."""
    text = text.strip(" .,")
    return text.endswith(("et al", "et. al", "et al.")) or _vancouver_byline_count(text) >= 1 \
        or all(citation.personal_name(part.strip()) for part in re.split(r",|\band\b|&", text) if part.strip())


def _role_word_link(link: Link) -> bool:
    """A link whose text only names its role (``[paper]``, ``[[code]]``, ``[PDF]``): no title of a work."""
    return classify.label_role(inline.clean_title(link.text).strip("[]() ")) is not None


def _names_venue_word(venue: str) -> bool:
    """A venue's name carries an acronym (two capitals or more: "MedIA", "WBIR", "IEEE-TMI", "NeuroImage") or a
    venue word ("Neuroimage", "Medical Image Analysis"); "Lessons From 2020" or "Part 2010" closing a title do not."""
    return any(sum(ch.isupper() for ch in w) >= 2 or w.casefold() in citation.VENUE_WORDS for w in venue.split())


def _linkless_title_venue_year(text: str) -> tuple[str, str, int] | None:
    """``Title - MICCAI 2023``, ``Title. Medical Image Analysis 2021``: a line without a link that is a title of four
    words or more (one sentence, read as a paper's title by ``classify.reads_like_paper_title``), a spaced dash or
    its stop, then a venue named by an acronym or a venue word and its year (``_STOP_VENUE_YEAR``, as
    ``_stop_venue_year`` reads it inside a link's text) → (title, venue, year); None otherwise ("Lessons from
    2020", "Notes - Part 2010": no venue)."""
    if (m := _STOP_VENUE_YEAR.search(text)) is None or not _names_venue_word(m.group("venue")):
        return None
    name = text[:m.start()].rstrip()
    if len(name.split()) < 4 or ". " in name or not classify.reads_like_paper_title(name):
        return None
    return name, m.group("venue"), int(m.group("year"))


#: a byline closing on "et al" then a comma and the venue and year: "Toru N et al, 'EMNLP 2022'", "Li M et al,
#: `CVPR 2023`." (quotes and backticks already dropped or kept by the line's cleaning; the venue as ``_VENUE_WORDS``)
_ET_AL_COMMA_VENUE_YEAR = re.compile(r"(?P<byline>[^\W\d_][^,，\n]{0,60}?\s+et\.?\s+al\.?)\s*[,，]\s*['‘`\"]?"
                                     + _VENUE_WORDS_YEAR + r"['’`\"]?\.?$")
#: the dashes that set a byline off from the title before it ("Title - Authors et al, Venue Year")
_SPACED_DASHES = (" - ", " – ", " — ")


def _linkless_title_dash_byline(text: str) -> tuple[str, tuple[str, ...], str, int] | None:
    """``[Factual Accuracy is not Enough: Planning …] - Toru N et al, 'EMNLP 2022'`` / ``Title - Li M et al, CVPR
    2023.``: a line without a link, written as its list writes each linked work ("[Title](link) - Authors et al,
    `Venue Year`"), then a spaced dash, a byline closed by "et al", a comma and a venue with its year → (title, the
    first author, venue, year); None otherwise. Why: a work the list found no link for keeps its title in the
    brackets of a link whose address was left out (no link is made of them), and the line was left a note. The
    brackets are dropped when they hold the whole title; the title must read as a paper's (four words or more,
    ``classify.reads_like_paper_title``) and the venue name one (``_names_venue_word``). Linear: one anchored
    pattern on the text after the first spaced dash."""
    at = min((i for i in (text.find(d) for d in _SPACED_DASHES) if i > 0), default=-1)
    if at < 0 or (m := _ET_AL_COMMA_VENUE_YEAR.fullmatch(text[at + 3:].strip())) is None \
            or not _names_venue_word(m.group("venue")):
        return None
    name = text[:at].strip()
    if name.startswith("[") and name.endswith("]") and "[" not in name[1:] and "]" not in name[:-1]:
        name = name[1:-1].strip()  # "[Title]": a reference link's text left without its address
    if len(name.split()) < 4 or not classify.reads_like_paper_title(name):
        return None
    first = re.sub(r"\s+et\.?\s+al\.?$", "", m.group("byline")).strip()
    return name, (first,) if first else (), m.group("venue"), int(m.group("year"))


def _stop_venue_year(title: str, link: Link, venue: str | None, year: int | None
                     ) -> tuple[str, str | None, int | None]:
    """``[*Title. MedIA 2008*](https://pubmed…)``, ``[*Title. Neuroimage 2007*](…)``: a reading list that writes the
    whole reference inside the paper link's text, the title closed by its own stop (or a spaced dash, ``[Title -
    MICCAI 2023](…)``), then the venue and the year.
    Why: the link's text is the title only up to that stop; the venue and year after it date and place the work
    (as ``_paren_venue`` reads them in brackets). Only for the link's own text, a title of four words or more
    with no other sentence stop (a reference's authors and title stay to the citation reader)."""
    if inline.clean_title(link.text) != title or (m := _STOP_VENUE_YEAR.search(title)) is None:
        return title, venue, year
    name = title[:m.start()].rstrip()
    if len(name.split()) < 4 or ". " in name or not _names_venue_word(m.group("venue")):
        return title, venue, year
    return name, venue or m.group("venue"), year if year is not None else int(m.group("year"))


#: the stops that may close a title before the venue written after it ("Title. Nature Medicine", "Title? Radiology")
_STOPS_BEFORE_VENUE = (". ", "? ", "! ")


def _stop_venue_phrase(title: str, venue: str | None, year: int | None) -> tuple[str, str | None, int | None]:
    """``[Zero-Shot ECG Diagnosis with … Generation. Proceedings of the 3rd Machine Learning for Health
    Symposium](….pdf)``, ``[Title. Journal of Biomedical Informatics](doi…)``, ``[Title. Nature Medicine](…)``,
    ``[Title. arXiv preprint arXiv:2301.01234](…)``, ``- Title. Proceedings of the AAAI Conference on … [[pdf]](…)``:
    a list that writes a paper's link text (or its line before a paper link) as the title, its stop, then where it
    appeared, with no "In" and no year. Why: the words after the stop name a proceedings or a journal
    (``citation.stop_venue_phrase``), not a sentence of the title; they place the work (``_stop_venue_year`` reads
    the same with a year). Only at the title's first stop, after four words or more; a title's own second sentence
    ("U-Net. Convolutional Networks for …", "… explanation. A reply") names no venue and stays whole. With a venue
    or a year already read after the link ("[Title. European journal of human genetics](…) EJHG, 28(5), 627–635.
    (2020)"), a journal's name written out after the stop is still cut off the title; the venue read stays."""
    read = venue is not None or year is not None
    at = min((i for i in (title.find(stop) for stop in _STOPS_BEFORE_VENUE) if i >= 0), default=-1)
    if at < 0:
        return title, venue, year
    name = title[:at + 1] if title[at] in "?!" else title[:at]
    last = name.rsplit(None, 1)[-1] if name.strip() else ""
    if len(name.split()) < 4 or last in ("al", "Jr") or (len(last) == 1 and last.isupper()):
        return title, venue, year  # "… cells Gut et al. Science", "… by J. Smith": an abbreviation's stop, not the title's
    if (phrase := citation.stop_venue_phrase(title[at + 2:])) is not None:
        return name.rstrip(), venue if read else phrase, year
    if read or (journal := _journal_before_numbers(title[at + 2:])) is None:
        return title, venue, year
    return name.rstrip(), journal[0], journal[1]


#: a journal's name (one to six capitalised words, the small linking words between them) then its volume, issue,
#: pages or year as a reference writes them: "Science 347(6218)", "Nat Methods 12, 931–934", "Nature 518, 317–330
#: (2015)", "Nat Rev Nephrol (2020)"; a lone number ("Part 2") is no such tail
_JOURNAL_NUMBERS_TAIL = re.compile(
    r"(?P<journal>[A-Z][A-Za-z&'-]*\.?(?:\s+(?:[A-Z][A-Za-z&'-]*\.?|of|and|in|&)){0,5})\s*"
    r"(?:\((?:19|20)\d\d\)"
    r"|\d{1,4}\s*\(\s*[\w-]{1,8}\s*\)(?:\s*[:,]\s*[A-Za-z]{0,2}\d{1,6}(?:[–-][A-Za-z]{0,2}\d{1,6})?)?"
    r"|\d{1,4}\s*[:,]\s*[A-Za-z]{0,2}\d{1,6}(?:[–-][A-Za-z]{0,2}\d{1,6})?(?:\s*\((?:19|20)\d\d\))?)\.?")


def _journal_before_numbers(tail: str) -> tuple[str, int | None] | None:
    """``Science 347(6218).``, ``Nat Rev Nephrol (2020)``, ``Nat Methods 12, 931–934.``: the words after a title's
    stop when they are a journal's name, then its volume, issue, pages or year in a reference's form
    (``_JOURNAL_NUMBERS_TAIL``) → the journal and the year the numbers give; None otherwise. Why: a hand-written list copies the journal's part of
    a reference after the title, in the link's text or after it; the numbers make the name before them sure, abbreviated
    ("Nat Rev Nephrol") or not, where ``citation.stop_venue_phrase`` knows only names written out with no numbers.
    The name: a journal written out (``citation.stop_venue_phrase``), or two words or more, each capitalised, the
    first no indefinite article ("A Systematic Review (2014)" after a title's "?" is its subtitle)."""
    m = _JOURNAL_NUMBERS_TAIL.fullmatch(tail.strip())
    if m is None:
        return None
    journal = m.group("journal").strip()
    dated = _YEAR.search(tail, m.end("journal"))
    year = int(dated.group(1)) if dated is not None else None
    if citation.stop_venue_phrase(journal) is not None:
        return journal, year
    words = [w for w in journal.split() if w not in ("of", "and", "in", "&")]
    if words[:1] in (["A"], ["An"]):
        return None  # "Title? A Systematic Review (2014)": an indefinite article opens a subtitle, never a journal
    return (journal, year) if len(words) >= 2 and all(w[:1].isupper() for w in words) else None


def _comma_venue_phrase(title: str, venue: str | None) -> tuple[str, str | None]:
    """``* [TMI 2020] Title, IEEE Transactions on Medical Imaging [[pdf]](…)``, ``* [MedIA 2022] Title, Medical Image
    Analysis [[pdf]](…)``, ``* Title, Journal of Biomedical Informatics [[pdf]](…)``: a paper's line that closes its
    title with a comma and the journal or proceedings written out. Why: the words after the last comma place the
    work, they are no part of its title. Only where they surely name a venue: the one the line's own venue tag
    already gave, spelt out (its acronym the name's initials, "TMI"; its words the name's abbreviated, "Nat Commun";
    or the tag inside it, "Proceedings of MICCAI 2022 Workshops"), or, with no tag, a name made by a journal's or a
    proceedings' own words ("Transactions on", "Journal of", "Proceedings of"); after four words or more of a title.
    A title's own clause after a comma ("Motion Fields, A Benchmark for …", "Hearts, Nature and Nurture in …")
    names no venue the line gives and stays."""
    at = title.rfind(", ")
    if at < 0:
        return title, venue
    name, tail = title[:at].rstrip(), title[at + 2:].strip()
    if len(name.split()) < 4 or _citation_like_title(title):
        return title, venue  # ("Quispe, R., Haddad, N., Title, Proceedings of …": a whole reference, read as one)
    if venue is not None:
        return (name, venue) if _names_by_capitals(tail) and _spells_out_venue(tail, venue) else (title, venue)
    phrase = citation.stop_venue_phrase(tail)
    return (name, phrase) if phrase is not None and _VENUE_OWN_WORDS.search(phrase) else (title, venue)


#: the year right after a title that closed with a comma and its venue: ", 2023," / ", 2024."
_COMMA_YEAR_LEAD = re.compile(r"\s*,\s*(?:19|20)\d\d\b")


def _comma_emphasised_venue(title: str, venue: str | None, description: str, text: str) -> tuple[str, str | None]:
    """``- SAM-Med2D, *arXiv*, 2023, [[paper]](…)``, ``- MedSAM: Segment anything in medical images, *Nature
    Communications*, 2024, [[paper]](…)``: a line that writes the title, the venue and the year comma after comma,
    without authors, before its links. Why: the emphasis is gone from the title the line gives, which kept ", arXiv".
    The words after the title's last comma are the venue only when the year follows them at once and the line
    sets them in emphasis, or they name a journal or venue (``citation.names_journal``, ``names_venue``); a
    title's own clause ("Hearts, Nature and Nurture") is neither."""
    at = title.rfind(", ")
    if at < 0 or _COMMA_YEAR_LEAD.match(description) is None:
        return title, venue
    name, tail = title[:at].rstrip(), title[at + 2:].strip()
    if not name or not tail or len(tail.split()) > 8 or venue is not None and venue != tail or ". " in title:
        return title, venue  # (". ": a reference's stops, "Title. Okafor C, Moreau L. Medical Physics, 2020")
    emphasised = any(f"{mark}{tail}{mark}" in text for mark in ("*", "_"))
    if not emphasised and not (citation.names_journal(tail) or citation.names_venue(tail)):
        return title, venue
    return name, tail


def _names_by_capitals(text: str) -> bool:
    """``Medical Image Analysis``, ``IEEE Journal of Biomedical and Health Informatics``, ``Proceedings of MICCAI 2022
    Workshops``: every word capitalised, a linking word or a year, as a name is written (a clause is not)."""
    words = text.split()
    return 0 < len(words) <= 12 and words[0][:1].isupper() \
        and all(w[:1].isupper() or w.casefold() in _ACRONYM_SKIPPED or w.isdigit() for w in words)


#: the words by which a journal or proceedings names itself ("Transactions on …", "Journal of …", "Proceedings of")
_VENUE_OWN_WORDS = re.compile(r"\b(?:Transactions\s+on|Journal\s+of|Annals\s+of|Proceedings\s+of|Proc\.\s+of)\s")
#: the words of a journal's name that its acronym leaves out: the publisher and the linking words
_ACRONYM_SKIPPED = frozenset("ieee acm of on and in for the &".split())


def _spells_out_venue(name: str, tag: str) -> bool:
    """``IEEE Transactions on Medical Imaging`` for the tag ``TMI``, ``Medical Image Analysis`` for ``MedIA``,
    ``Nature Communications`` for ``Nat Commun``, ``Proceedings of MICCAI 2022 Workshops`` for ``MICCAI``: the name
    is the tag's venue written out."""
    words = [w.strip(".,:;()") for w in name.split()]
    tag_words = [w.strip(".,:;()") for w in tag.split() if w.strip(".,:;()")]
    if not tag_words:
        return False
    if len(tag_words) == 1 and tag_words[0].casefold() in (w.casefold() for w in words):
        return True
    capitals = "".join(ch for ch in tag if ch.isupper())
    initials = "".join(w[0].upper() for w in words if w and w.casefold() not in _ACRONYM_SKIPPED)
    if len(capitals) >= 2 and capitals == initials:
        return True
    long_words = [w for w in words if w.casefold() not in _ACRONYM_SKIPPED]
    return len(tag_words) >= 2 and len(tag_words) == len(long_words) \
        and all(len(t) >= 3 and w.casefold().startswith(t.casefold()) for t, w in zip(tag_words, long_words))


#: "Title, CRYPTO'03", "Title, USENIX Security'21", "Title, ASIACRYPT'2020": a venue of one to three words (the first
#: capitalised) and an apostrophe-marked year closing a link's text after a comma
_COMMA_APOS_VENUE = re.compile(r",\s*(?P<venue>[A-Z][\w&.-]*(?:\s[A-Za-z][\w&.-]*){0,2})\s?['’]"
                               r"(?P<yy>\d{2}|(?:19|20)\d\d)\.?$")


def _comma_apostrophe_venue(title: str, link: Link, venue: str | None, year: int | None
                            ) -> tuple[str, str | None, int | None]:
    """``[Extending Oblivious Transfers Efficiently, CRYPTO'03](link.springer…)``, ``[…, USENIX Security'21](…)``: a
    paper list that writes each work's link text as its title, a comma, then the venue and the year marked by an
    apostrophe. Why: the apostrophe-marked year says the words before it tag where and when the work appeared (as
    ``_paren_venue`` reads "(CCS'20)" in brackets); they are no part of the title. Only for the link's own text, a
    title of three words or more, and a venue that names one (an acronym or a venue word: "Part 2'" does not)."""
    if "'" not in title and "’" not in title or inline.clean_title(link.text) != title \
            or (m := _COMMA_APOS_VENUE.search(title)) is None:
        return title, venue, year
    name = title[:m.start()].rstrip()
    if len(name.split()) < 3 or not _names_venue_word(m.group("venue")):
        return title, venue, year
    return name, venue or m.group("venue"), year if year is not None else _full_year(m.group("yy"))


def _paren_year_venue(title: str, venue: str | None, year: int | None) -> tuple[str, str | None, int | None]:
    """``### • *Deep Learning in Physiological Signal Data: A Survey* (2020, Sensors)``: a heading or a line that
    names a work and closes with a bracket giving its year first, then its venue after a comma. Why: the bracket
    dates and places the work (as ``_paren_venue`` reads "(Venue, 2016)" the other way round); it is not part of
    the title. A title of three words or more and no sentence stop (a reference keeps its own order)."""
    if (m := _PAREN_YEAR_VENUE.search(title)) is None:
        return title, venue, year
    name = title[:m.start()].rstrip()
    if len(name.split()) < 3 or ". " in name:
        return title, venue, year
    if m.group("space") and not any(w.casefold() in citation.VENUE_WORDS for w in m.group("venue").split()):
        # "(2014 Current opinion)", "(2019 Nature Medicine)": the year and the venue parted by a space only; a venue's
        # word must name it ("(2019 version)", "(2020 update)" stay in the title)
        return title, venue, year
    return name, venue or m.group("venue").strip(), year if year is not None else int(m.group("year"))


#: a press office's release named as a reference's source: "FDA News Release", "Press release", "Media Release"
_PRESS_RELEASE = re.compile(r"\b(?:news|press|media)[ -]releases?\b", re.I)


def _from_press_office(authors: tuple[str, ...], venue: str | None) -> bool:
    """Whether a reference's source, where its byline or its journal would stand, is a press office's release
    ("FDA News Release", "Press release"): the news of a clearance or a study, no scholarly work."""
    return any(_PRESS_RELEASE.search(part) for part in (*authors, venue or "") if len(part) <= 200)


#: ``Title (IEEE TKDE, 2009, 6000+ citations)``, ``AdaBoost (1995, 18700+ citations)``: a bracket closing a title with
#: where and when the work appeared, then how often it has been cited (bounded runs: linear on hostile text)
_PAREN_CITED_COUNT = re.compile(r"(?<!\s)\s*[(（](?P<facts>[^()（）\n]{0,80}?)[,，;；]?\s*~?\d[\d,.]{0,9}\s*[kK]?\s*\+?\s*"
                                r"citations?\s*[)）]\s*$", re.I)


def _paren_citation_count(title: str, venue: str | None, year: int | None) -> tuple[str, str | None, int | None]:
    """``**Learning from imbalanced data (IEEE TKDE, 2009, 6000+ citations) [[Paper](…)]**``, ``**SMOTE (2002,
    9800+ citations)**``: a curated list that ranks its works by impact closes each title with a bracket of its
    venue, its year and its citation count. Why: the bracket dates, places and weighs the work; no part of it is the
    title (a short method name, "AdaBoost", stays the whole title). The venue is what the bracket says besides
    the year ("IEEE TKDE"), if anything."""
    if not title.endswith((")", "）")) or "citation" not in title[-30:].lower() \
            or (m := _PAREN_CITED_COUNT.search(title)) is None:
        return title, venue, year
    name = title[:m.start()].rstrip(" ,;:-–—")
    facts = m.group("facts")
    if not any(ch.isalpha() for ch in name) or facts.rstrip().endswith(("=", "＝")):
        # "### Magnetic Resonance Imaging (MRI) (N=67 citations)": a tally ("N=", "n =") counts the references a
        # section holds; it weighs no one work and names no venue
        return title, venue, year
    stated = _YEAR.search(facts)
    place = (facts[:stated.start()] + " " + facts[stated.end():]) if stated else facts
    place = " ".join(place.replace("，", ",").strip(" ,;").split()).strip(" ,;")
    return name, venue or place or None, year if year is not None or stated is None else int(stated.group(1))


#: a year or a date set off on its own ("(2020)", "[2025-12-10]", "`2025-12-10`", "2025/12/10", "2024.03"): the
#: numbers joined by one separator, month and day in range, nothing glued on either side (a range "2010-2015", a
#: version "2020.1.3.4", a path or a percentage is none)
_DATE_STAMP = re.compile(r"(?<![\w./:%-])((?:19|20)\d\d)(?:([-/.])(0?[1-9]|1[0-2])(?:\2(0?[1-9]|[12]\d|3[01]))?)?"
                         r"(?![\w/:%-]|[.,]\d)")
#: what may stand around a date stamp in a note that says nothing else: separators, brackets, emphasis
_STAMP_SURROUND = re.compile(r"[\s,;:|/*_`()\[\]（）【】<>.\-–—]*")
#: "- 2025-12-10 [Title](…)", "1. **[2024]** Title": a date stamp opening the item's line, before its title
_LEAD_DATE_STAMP = re.compile(r"\s*(?:[-*+]|\d{1,4}[.)])?\s*[*_`\[(（【]*\s*"
                              r"(?P<stamp>(?:19|20)\d\d(?:[-/.]\d{1,2}){0,2})(?![\d.])"
                              r"\s*[*_`\])）】]*\s*(?:[-–—:|,]\s*)?(?=[\[*_\w\u4e00-\u9fff])")
#: words before a date that date something other than the work ("accessed 2023-05-01", "updated 2024/01/02")
_NOT_THE_WORKS_DATE = re.compile(r"(?i)(?:accessed|retrieved|updated|last|visited|modified|访问|更新)\W{0,3}$")


def _rstripped_end(text: str, end: int, chars: str) -> int:
    """Where ``text[:end].rstrip(chars)`` ends, without the copy."""
    while end > 0 and text[end - 1] in chars:
        end -= 1
    return end


def _stamped_year(description: str, line: str, title: str) -> int | None:
    """The year of a paper that no citation dated, from a date stamp the line sets off on its own: ``[Title](…)
    (2020)``, ``[Title](…) `2025-12-10```, ``- 2025-12-10 [Title](…)`` (bot-made lists stamp every paper so),
    ``[Title](…), 2025.12.10``. Why: a bare year in brackets after a linked title is the most common way lists
    date a paper, and no reference reader sees it (there is no reference around it). A year loose in a sentence
    ("trained on scans from 2019") is not taken: the stamp must be in brackets or a code span, be a full date,
    or be all the note says; and two different years leave the paper undated."""
    found = set()
    # (the text before and after each stamp is read by index, never copied: a line of thousands of years was
    # quadratic, each stamp copying and searching all the text before it)
    for m in _DATE_STAMP.finditer(description):
        before_end, after_start = _rstripped_end(description, m.start(), " *_"), m.end()
        while after_start < len(description) and description[after_start] in " *_":
            after_start += 1
        if _NOT_THE_WORKS_DATE.search(description, max(0, before_end - 16), before_end):
            continue
        enclosed = description[before_end - 1:before_end] in ("(", "[", "`", "（", "【") \
            and description[after_start:after_start + 1] in (")", "]", "`", "）", "】")
        lead_end = _rstripped_end(description, before_end, " :")
        if (verb := citation.DATING_VERB.search(description, max(0, lead_end - 24), lead_end)) is not None \
                and verb.end() >= lead_end:
            before_end = verb.start()  # "- Published: 2024/03/05", "- Released 2024"
        alone = _STAMP_SURROUND.fullmatch(description, 0, before_end) is not None \
            and _STAMP_SURROUND.fullmatch(description, after_start) is not None
        if enclosed or alone or m.group(4) is not None:
            found.add(int(m.group(1)))
    if not found and not description.strip() and (lead := _LEAD_DATE_STAMP.match(line)) is not None \
            and not title.startswith(lead.group("stamp")):  # "- 2019 Novel Coronavirus …": the title's own number
        found.add(int(lead.group("stamp")[:4]))
    return found.pop() if len(found) == 1 else None


def _paren_year(title: str, year: int | None) -> tuple[str, int | None]:
    """``[RXNAAMapper (2021)](…)``: a year in brackets closing a short linked name dates it. Not after a
    reference (``Title. Nat Rev Nephrol (2020)`` keeps its year where it is)."""
    m = _PAREN_YEAR_END.search(title)
    if m is None:
        return title, year
    name = title[:m.start()]
    if sum(ch.isalnum() for ch in name) < 2 or len(name.split()) > 8 or ". " in name:
        return title, year
    return name.rstrip(), year or int(m.group(1))


def _dated_title_over_bare_address(title: str, links) -> tuple[str, int] | None:
    """``## 06. Hippocampus Analysis by Combination of … Diagnosis (2018)`` / ``https://sci-hub…/10.1109/…``: a
    work's title (a heading, a line) closed by its year in brackets, its links only bare addresses written under it.
    The year dates the work, as it does closing a linked title (``_dated_link_title``); with no link text the title
    came from, a title of any length is read so (``_paren_year`` keeps the year of long link texts). → (the title
    without it, the year); None for a reference (a ". " inside) or words that read as no paper's title."""
    if not links or not all(" ".join(link.text.split()) == link.url.strip() or _paper_label_only(link)
                            for link in links) \
            or (m := _PAREN_YEAR_END.search(title)) is None:
        return None
    name = title[:m.start()].rstrip()
    if ". " in name or len(name.split()) < 4 or not classify.reads_like_paper_title(name):
        return None
    return name, int(m.group(1))


def _paper_label_only(link: Link) -> bool:
    """``> [`paper`](https://arxiv.org/abs/…)``, ``[PDF](…)``: a link whose text only says it is the paper, naming
    no work, written under a title line as a bare address is (``_dated_title_over_bare_address``)."""
    return link.role == "paper" and classify.label_role(link.text) == "paper"


def _dated_link_title(title: str, link: Link) -> tuple[str, int] | None:
    """``[The contribution of air pollution to … cohort study (2026)](https://wellcomeopenresearch.org/…)``: the
    link's whole text is a work's title closed by its year in brackets, and the link goes to a host none of
    the tables knows (a journal's or a society's own site, a conference's schedule page). The year dates a
    cited work, as a reference's does: the title without it, and the year. Not a short name (``[RXNAAMapper
    (2021)]``, which ``_paren_year`` dates), nor a reference (a ". " inside), nor a known host's page (a blog
    post, a data hub) whose role already says what it is."""
    if not (link.role == "paper" or link.role == "other" and classify.on_unknown_host(link.url)):
        return None  # (a paper link's title dated so is dated the same: "[MiME: … Healthcare (2018)](arxiv…)")
    if inline.clean_title(link.text) != title or (m := _PAREN_YEAR_END.search(title)) is None:
        return None
    name = title[:m.start()].rstrip()
    if ". " in name or not classify.reads_like_paper_title(name):
        return None
    return name, int(m.group(1))


#: a literature table's year and venue headers as Spanish, Portuguese, French, German and Italian lists write them
#: ("| Título | Autores | Año | Revista/Conferencia | DOI |", "| Titre | Auteurs | Année | Revue |", "| Titel | Autoren
#: | Jahr | Zeitschrift |"): whole header words only, since "ano" and "anno" are parts of other words ("humano")
_FOREIGN_YEAR_HEADER_WORDS = frozenset(("año", "ano", "année", "annee", "jahr", "anno"))
_FOREIGN_FACT_HEADER_WORDS = _FOREIGN_YEAR_HEADER_WORDS | frozenset((
    "revista", "revistas", "periódico", "periodico", "revue", "zeitschrift", "rivista", "conferencia", "conferência",
    "conférence", "konferenz", "congreso", "congresso"))


def _foreign_header_words(low: str) -> list[str]:
    """A lower-cased label's words, its punctuation dropped ("revista/conferencia" → both words)."""
    return "".join(ch if ch.isalnum() else " " for ch in low).split()


def _states_facts(label: str) -> bool:
    """A field that states the venue or year itself (``Venue: …``, ``年份：…``, a table's ``Año``, ``Revista``,
    ``Jahr``): it outranks a trailer. (A code-span tag before a linked title, ``VENUE_TAG_FIELD``, is read after the
    trailer: the byline after the link is the authors' all the same.)"""
    if label == VENUE_TAG_FIELD:
        return False
    low = label.lower()
    if low in _VENUE_FIELD or _dates_work(low) or any(w in low for w in _VENUE_FIELD[:7]):
        return True
    return not _FOREIGN_FACT_HEADER_WORDS.isdisjoint(_foreign_header_words(low))


def _row_cites_paper(entry: Entry, explicit: bool = False) -> bool:
    """A table row whose title column holds papers (``Title``, ``Paper``, ``论文``) and which states
    the paper's venue or year (``Journal``, ``Venue``, ``Year``): a reference, whatever its links are."""
    titled = venue_or_year = False
    for label, value in entry.fields:
        if label == TITLE_COLUMN_FIELD:
            titled = _heads_papers(value) if explicit else _names_paper(value)
        elif _states_facts(label) and any(ch.isalnum() for ch in value):
            if classify.label_role(value) == "other":
                return False  # "| [Title](company.example/…) | blog |" under "Pub.&Year": a post, not a paper
            if _forge_as_venue(label, value):
                return False
            venue_or_year = True
    return titled and venue_or_year


def _byline_cited_paper(entry: Entry, links: tuple[Link, ...]) -> bool:
    """A table row titled by its paper cell's only link, an author-year citation (``BYLINE_CITED_FIELD``: ``[Mead
    (1990)](https://doi.org/…)``), that link a paper's: the byline names no work by its words, but it cites one, so
    its length says nothing of whether the row is a paper (a one-author byline is one word once its year is cut)."""
    return any(label == BYLINE_CITED_FIELD for label, _ in entry.fields) and any(link.role == "paper" for link in links)


def _matrix_short_name(entry: Entry, title: str) -> bool:
    """A comparison matrix's row (``parse.MARK_CELL_ROW_FIELD``: another cell is a check mark alone) named by a short
    name that does not read as a paper's title (``| Surgical Vision WM | | ✅ | ✅ | | Surgery | VQ-VAE + … |``
    under ``| Paper | L1 | L2 | L3 | L4 | Domain | Architecture |``). Why: such a matrix names each work the list
    cites elsewhere by the name its text uses; a title column headed "Paper" made a three-word name a link-less
    reference of its own, beside its one- and two-word siblings that stayed names. A full title so marked
    ("| Learning Latent Dynamics of … | ✅ |") still cites its paper."""
    return any(label == MARK_CELL_ROW_FIELD for label, _ in entry.fields) and not classify.reads_like_paper_title(title)


def _title_cell_left_blank(entry: Entry, header: str) -> bool:
    """A table row whose title column ("Paper") is blank, the row named by another cell (``| Pair-wise Learning to
    Rank |   |   | slow … |`` under ``| Method | Paper | Author | Drawback |``, ``| Forum drug reviews corpus |   |
    1200 PubMed abstracts |`` under ``| Corpus | Paper | … |``): the parser kept the blank cell as the field
    ``(header, "")`` and titled the row by its name column. Why: the Paper column says which rows cite a paper; a
    row that leaves it blank names a method family or a corpus without one, however many words that name has."""
    return any(label == header and not value.strip() for label, value in entry.fields)


def _unfilled_paper_slot(entry: Entry) -> bool:
    """A link-less line closed by a paper's link slot whose address was never filled in (``[[Paper]]``,
    ``[Paper]``: ``EMPTY_LINK_FIELD``): the line is written as its linked neighbours are, one paper each."""
    return any(label == EMPTY_LINK_FIELD and classify.label_role(value) == "paper" for label, value in entry.fields)


def _row_with_forge_venue(entry: Entry) -> bool:
    """A table row whose venue cell names a code forge (``_forge_as_venue``), or an item whose own venue tag does
    (``- (*GitHub'26*) **Title**`` / ``[[💻 Code](github…)]``, ``_forge_named_venue``): the list itself says the
    record is a repository, so the papers beside it do not make its title a work beside its code."""
    return any(_forge_as_venue(label, value) for label, value in entry.fields) or _forge_named_venue(entry.venue)


def _forge_named_venue(venue: str | None) -> bool:
    """A record's venue, as read from its tag, that names a code forge ("GitHub", from "(*GitHub'26*)"): a work
    that "appeared" there is the repository, no paper."""
    return bool(venue) and len(venue.split()) <= 2 and classify.label_role(venue) == "code"


def _forge_as_venue(label: str, value: str) -> bool:
    """A venue cell that names a code forge (``| **dna-claude-analysis: AI-powered genome …** | GitHub | 2025 | Not
    Available | [GitHub](…) |`` under ``| Title | Venue | Date | Paper Link | Project Page |``): a paper table's row
    whose work "appeared" on GitHub is a repository the list files among the papers, not a reference; its venue and
    year cells do not make it cite a paper. (Only the venue column: a year cell says nothing of where.)"""
    low = label.lower()
    return any(w in low for w in _VENUE_COLUMN_WORDS) and len(value.split()) <= 2 \
        and classify.label_role(value) == "code"


def _names_cited_paper(entry: Entry) -> bool:
    """A link-less row that names its work only by a short name (``| **RadZero3D** | ICCV 2025 Workshop | 2025 |``,
    ``| Percival | medRxiv | 2025 |``) under a column headed for papers themselves (``Paper``, ``论文``, not ``Title``
    nor ``Name``) that states where or when the work appeared: the column says what the name is, a paper's short
    name, however little it reads like a title (a "Model" or "Tool" column's names stay what they are)."""
    return bool(entry.title.strip()) and _row_cites_paper(entry, explicit=True)


def _row_credits_authors(entry: Entry) -> bool:
    """``| 87 | Kame | Ma, F., et al. | 2018 | CIKM |`` under ``# | Title | First Author et al. | Year | Venue``: a row
    that credits its work's authors in a column headed for them (``tables.names_authors``) is a bibliographic
    reference, so its title cell names the work however short it is (a paper's short name, "Kame", "BioKG"). Why: a
    survey's reference table lists some works by the name its text uses; only the title's length was read, and the
    one-word rows were dropped beside their cited neighbours. With ``_row_cites_paper`` (a title column, a year or a
    venue): a "| Model | Authors | … |" table's names, or a "| Title | Year |" table with no authors, stay as they are."""
    return any(tables.names_authors(label) and any(ch.isalpha() for ch in value) for label, value in entry.fields
               if label != TITLE_COLUMN_FIELD)


def _trial_registry_row(entry: Entry) -> bool:
    """A table row (a title column) one of whose other cells is only a clinical trial's registration number
    (``ids.trial_registration``: "NCT04786262") and which states no venue nor year (``_row_cites_paper``): a row of
    a table of registered trials. A row that dates or places its work ("| Title | NCT… | NEJM | 2020 |") cites the
    trial's publication and stays a paper."""
    return any(label == TITLE_COLUMN_FIELD for label, _ in entry.fields) \
        and any(label != TITLE_COLUMN_FIELD and ids.trial_registration(value) for label, value in entry.fields) \
        and not _row_cites_paper(entry)


def _uncited_row_of_other_table(entry: Entry) -> bool:
    """A table row whose title column names no paper (``Query / Source``, ``Category``) and which states no venue
    nor year (``_row_cites_paper``): a row of a table of something else than references."""
    header = next((value for label, value in entry.fields if label == TITLE_COLUMN_FIELD), None)
    return header is not None and not _names_paper(header) and not _row_cites_paper(entry)


def _cjk_row_title(title: str) -> bool:
    """A row's title written in Chinese, Japanese or Korean that reads as a work's title (``本地化差分隐私研究综述``):
    such a title has no spaces to count as words, so its length is read in characters (``reads_like_paper_title``)."""
    return classify.has_cjk(title) and " " not in title.strip() \
        and classify.reads_like_paper_title(title)


def _row_states_venue(entry: Entry) -> bool:
    """A row whose venue cell is filled (``| Uncertainty-guided Semi-supervised Segmentation | … | TMI |``): with
    a title column, a three-word title cited at a venue is a paper's title (a year cell alone says less)."""
    return any(any(w in label.lower() for w in _VENUE_COLUMN_WORDS) and any(ch.isalnum() for ch in value)
               for label, value in entry.fields)


#: the words of a column header that names where a work appeared (the first of ``_VENUE_FIELD``)
_VENUE_COLUMN_WORDS = _VENUE_FIELD[:7]


def _paper_cell_links_article(entry: Entry, links: tuple[Link, ...]) -> bool:
    """A table row whose title column is headed as papers (``Paper``, ``Key Paper``, ``论文``) but whose cell there
    only cites the paper by a link (``[Theodoris et al., Nature (2023)](…)``, so that the row's name came from
    another column) and that link is the article's: the cell's words open the paper link's text."""
    header = next((value for label, value in entry.fields if label == TITLE_COLUMN_FIELD), None)
    if header is None or not _heads_papers(header):
        return False
    cell = next((value.strip() for label, value in entry.fields if label == header), "")
    return len(cell) >= 3 and any(link.role == "paper" and link.label.strip().startswith(cell) for link in links)


def _paper_cell_shared_file(title: str, links: tuple[Link, ...]) -> bool:
    """A title of four words or more in a column headed as papers (``_paper_column_title``) linked to one file shared
    from a drive (``drive.google.com/file/d/…``), no other link of the row a dataset's: a file host otherwise serves
    data, but the column's header says what the title and its link are, the paper and its PDF (the row's data
    link, if any, sits in a column of its own: "Access", "Link")."""
    return len(title.split()) >= 4 and bool(links) and classify.is_shared_file(links[0].url) \
        and title.casefold() in inline.clean_title(links[0].text).casefold() \
        and not any(link.role == "dataset" for link in links[1:]) and classify.reads_like_paper_title(title)


def _generic_paper_cell_link(title: str, links: tuple[Link, ...]) -> bool:
    """A row titled by its Paper cell's link (``_paper_column_title``) whose text only says "a link" (``Link``,
    ``PDF``, ``here``: ``_LINK_WORDS``, ``_PAPER_KIND_WORDS``, "paper", "pdf") and whose address is a scholarly
    page (role ``paper``): the row cites that page's paper. Why: a leaderboard links each team's paper as
    "[Link](…)"; the rows whose link carries an identifier were papers, the one linking a Semantic Scholar page
    stayed a challenge under its heading. A generic link to a project page or the code is no citation."""
    text = title.strip().casefold()
    return bool(links) and links[0].role == "paper" and inline.clean_title(links[0].text).casefold() == text \
        and (text in _LINK_WORDS or text in _PAPER_KIND_WORDS or text in ("paper", "pdf", "[pdf]"))


def _paper_column_title(entry: Entry) -> bool:
    """A table row whose title is its own cell of a column headed as papers (``Paper``, ``论文``, ``Article``),
    not a name put in its place because that cell held only a venue link or a badge."""
    header = next((value for label, value in entry.fields if label == TITLE_COLUMN_FIELD), None)
    if header is None or not _heads_papers(header):
        return False
    return not any(label == header for label, _ in entry.fields)


#: a title column that cites studies ("Study", "Studies", "Reference", "Citation", "Paper", "文献")
_STUDY_HEADER = re.compile(r"(?i)^\W*(?:key\s+|landmark\s+|primary\s+|cited\s+)?(?:stud(?:y|ies)|references?|citations?"
                           r"|papers?|publications?|articles?|trials?)(?:\s*\(.*\))?\W*$|^\W*(?:论文|文献|研究)\W*$")
#: "Wu et al.", "Vickers & Elkin", "Topol", "Nagendran et al" then the year: "(2021)", ", 2021", "2021a"
_AUTHOR_YEAR_NAMES = re.compile(
    r"^(?P<names>[^\W\d_][\w'\u2019-]*(?:\s+(?:van|von|de|der|da|di|le)\s+[^\W\d_][\w'\u2019-]*)?"
    r"(?:\s+(?:and|&)\s+[^\W\d_][\w'\u2019-]*)?(?P<etal>\s+et\.?\s*al\.?)?)\s*,?\s*"
    r"(?:\(\s*(?P<year>(?:19|20)\d{2})[a-z]?\s*\)|(?P<year2>(?:19|20)\d{2})[a-z]?)?\s*$")


def _author_year_row(entry: Entry, title: str) -> tuple[str, int | None] | None:
    """A table row under a "Study"/"Reference" title column whose cell cites a work only by its authors and
    year (``Wu et al. (2021)``, ``Vickers & Elkin (2006)``, ``Topol (2019)``): the names and the year."""
    header = next((value for label, value in entry.fields if label == TITLE_COLUMN_FIELD), None)
    if header is None or not _STUDY_HEADER.match(header):
        return None
    text = " ".join(filter(None, (title, entry.description))).strip()
    m = _AUTHOR_YEAR_NAMES.match(text) if len(text) <= 60 else None
    if m is None or not any(w[:1].isupper() for w in m.group("names").split()):  # "van der Berg et al."
        return None
    year = m.group("year") or m.group("year2")
    if year is None and not m.group("etal"):
        return None  # "| Topol |" alone is a name; "Topol (2019)" or "Wu et al." cites a work
    return m.group("names").strip(), int(year) if year else None


#: the label a removed link leaves at the end of a description ("… (Nat Commun 2024) — Código:" once its
#: "https://github.com/…" is taken out as a link): no words of the reference, so not counted in its length
_LEFT_LABEL = re.compile(r"\s*[—–|;,-]?\s*[^\s:：]{1,24}(?:\s[^\s:：]{1,24}){0,2}\s*[:：]\s*$")


def _without_left_label(text: str) -> str:
    """The description without the label its last link left behind (only a text ending in a colon has one)."""
    if len(text) > 140 or not text.rstrip().endswith((":", "：")):
        return text  # longer than a short trailer and any label together: the guard reads it as it is
    return _LEFT_LABEL.sub("", text)


def _after_title(description: str, title: str | None) -> str:
    """The description without the title it opens with: "**Title.**" / "Authors." / "*Venue, 2023.*" in one
    paragraph reads back as "Title. Authors. Venue, 2023.", and the trailer (authors, venue, year) is what
    follows the title, not the title read as names."""
    if title and len(title) >= 10 and description[: len(title)].casefold() == title.casefold():
        return description[len(title):].lstrip(" .:;,")
    return description


#: a reader's byline after a title linked to their note: separators, a surname or two ("Vogelstein", "Zhu and Yu",
#: "Cohen et al."), the year, and perhaps the reader's rating in brackets ("/ Zhu / 2018 (2)", "- Vogelstein, 2013")
_NOTED_BYLINE = re.compile(r"[\s/|,;–—-]*(?P<who>[^\W\d_][\w'’.-]{1,30}"
                           r"(?:\s+(?:et\.?\s?al\.?|(?:and|&)\s+[^\W\d_][\w'’.-]{1,30}))?)"
                           r"[\s/|,;–—-]+(?P<year>(?:19|20)\d\d)[\s.]*(?:\(\s*\d{1,2}\s*\))?\s*")
#: a year alone in brackets after a title linked to the reader's note on it ("[Boosted Trees for Risk Prognosis](
#: …/Boosted%20Trees%20for%20Risk%20Prognosis.md) (2018)"): the work's year, the note's index giving nothing else
_NOTED_BRACKETED_YEAR = re.compile(r"[\s.]*[(\[（【]\s?(?P<year>(?:19|20)\d\d)\s?[)\]）】][\s.]*")


def _noted_title_byline_year(links: tuple[Link, ...], description: str) -> int | None:
    """The year a reader's byline gives a title linked only to their note on it: ``* [Cancer Genome Landscapes](
    …/notes/Vogelstein%20Science%202013.md) / Vogelstein / 2013 (3)``, a paper-notes index that follows each title
    with its first author, its year and the reader's rating. Why: the note link says nothing of what the title
    names; the author and year after it cite a work, as a reference list's do (``_plain_reference_lists`` then
    reads the line as a reference, however short or listy its title). Linear: one anchored match."""
    if not description or len(description) > 80 or not all(classify.is_reader_note(link) for link in links):
        return None
    m = _NOTED_BYLINE.fullmatch(description)
    if m is not None and m.group("who")[0].isupper():
        return int(m.group("year"))
    m = _NOTED_BRACKETED_YEAR.fullmatch(description)
    return int(m.group("year")) if m is not None else None


#: the mark opening a definition list's definition (PHP Markdown Extra, Pandoc, kramdown, MkDocs' def_list): a colon
#: and a space at the start of the line under the term
_DEFINITION_MARK = re.compile(r"\n[ \t]{0,3}:[ \t]+(?=\S)")
#: the most words a definition list's term may have to be a short name for the work its definition cites
_DEFINITION_TERM_WORDS = 8


def _definition_list_reference(entry: Entry) -> citation.Citation | None:
    """The whole reference a definition list's definition gives under its term, else None: ``Axolotl`` / ``: Stewart
    R, Rascón CA, … (2013). Comparative RNA-seq Analysis in the Unsequenced Axolotl: …. PLOS Computational Biology
    9(3): e1002936. <https://doi.org/…>``. Why: a journal club's page (Pelican, Jekyll's kramdown, MkDocs) files each
    paper under the short name it was presented by; read as a paragraph, the term was the title and the reference a
    note. Only a short term on one line, no link of its own, and a definition that opens with its authors and reads as
    a whole reference (a term glossed in words, ``Attention`` / ``: a mechanism that …``, stays as it was). Constant
    work before the definition: the term's line is searched in its first characters only."""
    text = entry.text
    nl = text.find("\n", 0, 120)
    if nl <= 0 or (mark := _DEFINITION_MARK.match(text, nl)) is None:
        return None
    term = text[:nl].strip()
    if not term or len(term.split()) > _DEFINITION_TERM_WORDS or "](" in term or term[0] in "-*+#|>[":
        return None
    definition = text[mark.end():]
    if not citation.authors_first_reference(definition):
        return None
    named = citation.whole_reference(definition)
    if named is None or not named.title or len(named.title.split()) < 3 or not named.authors:
        return None
    return named


def _reference_under_date(description: str) -> citation.Citation | None:
    """The reference a date heading's paragraph gives (``names_a_date``): a whole one (authors, title, year), or,
    in a reading log that files each paper under the day it was read (``## September 7th, 2019`` / ``Bageritz et
    al. Gene expression atlas of …. Nature Methods. [https://doi.org/…](…)``), one written without its year, the
    authors, the title and the journal each closed by a full stop. Why: the heading's date is the year; the
    reference needs none of its own to name the work, its authors and its journal (or a firm reading) say it is
    one, not a note on the day."""
    named = citation.whole_reference(description)
    if named is not None:
        return named
    named = citation.parse_citation(description)
    if named is None or not named.title or not named.authors or len(named.title.split()) < 3 \
            or not (named.venue or named.confidence >= 0.5):
        return None
    return named


def _glued_venue_after_byline(entry: Entry) -> tuple[str, int] | None:
    """``*Zijiao Chen, Tiange Xiang*<br>`` / ``CVPR2023.``: the venue and year of a card whose emphasised byline
    (the entry's authors) is followed, in its text, only by a venue's acronym with its year glued on
    (``classify.glued_venue_year``), else None. Why: "CVPR2023" is one token no trailer reads as a venue and a
    year, so the card, its PDF link a broken relative one, was read as a website and lost its own code."""
    if len(entry.authors) != 1 or not entry.description.startswith(entry.authors[0]):
        return None
    rest = entry.description[len(entry.authors[0]):].strip()
    if not rest or len(rest) > 20 or " " in rest:
        return None
    return classify.glued_venue_year(rest.rstrip("."))


def _may_cite(text: str) -> bool:
    """Cheap guard: a citation trailer has a year or a list of names (a digit, a comma, "et al.", or the ampersand
    that joins two people's full names: "[Title](…) Jingmin Zhu & Xiaogang Weng", a two-author byline with no comma
    nor year, ``_two_names_ampersand``); the trailer's own reading still decides whether the words are names."""
    return "," in text or any(map(str.isdigit, text)) or "et al" in text or "et.al" in text \
        or _two_names_ampersand(text)


def _two_names_ampersand(text: str) -> bool:
    """Two parts joined by one " & ", each of two words or more: "Jingmin Zhu & Xiaogang Weng" (given name and
    surname each). Why the word count: a note naming two topics, "Docking & Scoring", "Benchmarks & Evaluation", is
    written with single words, and read as a trailer its capitalised words became two authors. Why "&" and not
    "and": the word joins a note's topics too often ("Segmentation and Registration Methods")."""
    parts = text.split(" & ")
    return len(parts) == 2 and all(len(part.split()) >= 2 for part in parts)


#: the words of a column header that holds papers themselves, in the languages lists are written in (Chinese
#: "论文", Japanese "論文", Korean "논문"): one set, so that a Korean "| 연도 | 논문 | 설명 | 링크 |" table's link-less
#: rows ("링크 추가 예정", link to come) cite papers as the same rows under "Paper" or "论文" do
_PAPER_HEADER_WORDS = ("paper", "article", "论文", "論文", "논문")


def _rows_split_into_linked_works(entries: list[Entry]) -> set[tuple[int, str]]:
    """The table rows (line, text) one of whose cells cites linked works by name, each read as its own record
    ("| **Safety** | Avoidance of harmful guidance … | [MedSafetyBench](arxiv…) · [CARES](arxiv…) |"): the row's
    link-less record, its title-column cell, is what the row says of those works (a dimension's definition, a
    topic's gloss), not one more link-less reference.

    Why: a survey companion's "| Dimension | Working definition | Representative resources |" table left each
    definition as a link-less record whose full stop read like a bare title, and in a list with many link-less
    lines five definitions became papers. Only a title-column cell left link-less beside such records: a row whose
    work is itself linked ("| Title | [Paper](…) · [Code](…) |") keeps those links on its one record."""
    linked_rows = {(e.line, e.text) for e in entries if e.links}
    return {(e.line, e.text) for e in entries
            if not e.links and (e.line, e.text) in linked_rows
            and any(label == TITLE_COLUMN_FIELD for label, _ in e.fields)}


def _row_of_unlinked_table(entry: Entry, linked: dict[tuple, list[int]]) -> bool:
    """A link-less table row in a section none of whose entries links anything, under a title column that names no
    paper nor title ("Action", "Aspect"), its heading no papers: in a list that links its papers, such a table is
    the document's own measures or plan, not a reading list.

    Why: a French benchmark report cites each compared method by a "[Nature 2021](…)" source link, then closes
    with "### 7.1 Pour Atteindre SOTA" / "| Action | Gain Estimé | Effort |" / "| **Data Augmentation** (rotation,
    color jitter) | +5-10% | Faible |": the bold technique names, set in title case, read like bare titles among
    the report's many link-less French lines, and three of its planned actions became papers. A row that cites its
    work (``_row_cites_paper``: a venue, a year) is read as a reference elsewhere, whatever its table."""
    header = next((value for label, value in entry.fields if label == TITLE_COLUMN_FIELD), None)
    return header is not None and not entry.links and _topic_key(entry) not in linked \
        and not _names_paper(header) and not _row_cites_paper(entry) \
        and classify.section_hint([h.text for h in entry.topic]) != "paper"


def _heads_papers(header: str) -> bool:
    """A table column headed for papers ("Paper", "Papers", "论文", "Article"), not for any title ("Title", "Name")."""
    low = header.lower()
    return any(w in low for w in _PAPER_HEADER_WORDS)


def _placeholder_text_is_title(text: str, title: str, description: str) -> bool:
    """A URL-less link's text that is the entry's title, or the title and the description the line split from it
    (``[Building proteins in a day: Efficient 3D molecular reconstruction(CVPR2015)](#)``: its glued venue tag is
    the description, the rest the title), so the line is that one work's."""
    text = inline.clean_title(text)
    if text == title:
        return True
    rest = description.strip()
    return bool(title) and bool(rest) and text.startswith(title) and text[len(title):].strip() == rest


#: the words of a title column's header: English, Chinese, Korean, Japanese, and the "Título", "Titulo", "Titre",
#: "Titel", "Titolo" of Spanish, Portuguese, French, German and Italian literature tables
_TITLE_HEADER_WORDS = ("title", "标题", "題目", "题目", "제목", "タイトル", "título", "titulo", "titre", "titel", "titolo")


def _names_paper(label: str) -> bool:
    low = label.lower()
    return classify.label_role(label) == "paper" or _heads_papers(label) \
        or any(w in low for w in _TITLE_HEADER_WORDS)


#: "Nature Methods 2022", "Genome Biology, 2020": a journal's name and a year, nothing else
_JOURNAL_AND_YEAR = re.compile(r"(?P<journal>[A-Za-z][A-Za-z&.\- ]{1,60}?),?\s+(?P<year>(?:19|20)\d\d)")


def _journal_year(name: str) -> tuple[str, int] | None:
    """(journal, year) when an author hint is only a journal's name and a year (``citation.names_journal``): the
    emphasis closing a reading list's line, "*Nature Reviews Genetics 2023*", says where the work appeared."""
    m = _JOURNAL_AND_YEAR.fullmatch(name.strip(" .*_")) \
        if name[-1:].isdigit() or name.endswith((".", "*", "_")) else None
    if m is None or not (citation.names_journal(m.group("journal"))
                         or citation.names_preprint_server(m.group("journal"))):
        return None  # ("*arXiv 2023*": a preprint server and its year date the work as a journal does)
    return m.group("journal").strip(), int(m.group("year"))


def _split_authors(authors) -> tuple[str, ...]:
    """``*A. Author, B. Author*`` arrives as one emphasis string: one name per author."""
    if len(authors) == 1 and (byline := citation.without_et_al(authors[0])) != authors[0]:
        # "Lena Fischer, Paulo Ramos, et al.", "Karsten Meyer, Jun Sato 他": the closing "and others" names no one
        authors = (byline,)
    if len(authors) == 1 and (";" in authors[0] and not any(map(str.isdigit, authors[0])) or authors[0].endswith("\\")):
        # "Mascio, Aurelie; Kraljevic, Zeljko", "Wu H;Wang M": names (surname first) parted by semicolons;
        # "Mikolov, Tomas\\ ": a hard break's backslash left over where a space followed it
        parts = [a.strip(" \\") for a in authors[0].split(";")]
        authors = tuple(a for a in parts if a)
        if len(authors) > 1:
            return authors
    if len(authors) == 1 and "," in authors[0]:
        parts = [a.strip() for a in _AUTHOR_SEPARATOR.split(authors[0]) if a.strip()]
        if len(parts) == 2 and len(parts[0].split()) == 1 \
                and (len(citation.without_trailing_particles(parts[1].rstrip(".")).split()) <= 2
                     or all(map(citation.is_initials, parts[1].split()))):
            # "Han, Song", "Le, Quoc V.", "Prince, S. J. D.": one name, surname first; "Oord, Aaron van den": so is
            # Scholar's MLA name whose particles follow the given name
            return tuple(authors)
        if len(parts) >= 4 and len(parts) % 2 == 0 and all(len(p.split()) == 1 for p in parts):
            # "Smith, John, Johnson, Mike, Lu, Cheng": names surname first, each two words between commas
            return tuple(f"{parts[i]}, {parts[i + 1]}" for i in range(0, len(parts), 2))
        if all(0 < len(p.split()) <= 4 for p in parts) and (read := citation.parse_trailer(authors[0])).venue:
            # "Authors: Priya Raman, Tom Berg. ETH Zurich": whole names closed by the sentence's stop, then the team's
            # affiliation; the names are the byline's (the whole field was one name)
            if len(read.authors) >= 2 and authors[0].startswith(", ".join(read.authors) + ". ") \
                    and all(" " in a and "," not in a for a in read.authors):
                return read.authors
        elif all(0 < len(p.split()) <= 4 for p in parts):
            # (the trailer read last: it is the costly test; "*Sam Hale, Kim Lee, Jo Silva.*": the byline's closing
            # stop is no part of the last name, an initial's is: "Costa A.")
            names = [citation.without_et_al(p) for p in parts]
            if names and names[-1].endswith(".") and len(names[-1].rsplit(None, 1)[-1]) > 2 \
                    and not names[-1].lower().startswith("et al"):
                names[-1] = names[-1][:-1]
            return tuple(names)
    if len(authors) == 1 and "," not in authors[0]:
        # "*Shuailei Zhang et al.*", "*Thomas J Stoll and Ross K Maddox*": the "et al." is no name's, and two
        # names joined by "and" are two authors (a reference's own byline reads the same way, ``parse_trailer``)
        name = citation.without_et_al(authors[0])
        parts = _AND_SEPARATOR.split(name)
        if len(parts) > 1 and len({len(p.split()) == 1 for p in parts}) == 1 \
                and citation.parse_trailer(name).authors == tuple(parts):
            # (as a byline reads them, all surnames or all whole names: not "Pharmacoepidemiology and Drug
            # Safety", "Machine Learning and Knowledge Extraction", a venue's name in the emphasis)
            return tuple(parts)
        return (name,) if name else ()
    return tuple(authors)


#: "A and B", "A & B": the words joining the last two names of a byline
_AND_SEPARATOR = re.compile(r"(?!(?<=\s)\s)\s+(?:and|&)\s+")  # (not from inside a space run: linear)


def _short_reference(title: str) -> bool:
    """"Authors, Title, Year" read whole: the title the reference finds runs from the authors to the year, so
    a comma or a stop inside the title ("Pearl, Lord's Paradox Revisited - (Oh Lord! Kumbaya!), 2016",
    "Perezgonzalez, Fisher, Neyman-Pearson or NHST? …, 2015") leaves the text as the list wrote it."""
    cited = citation.parse_citation(title)
    return cited is not None and bool(cited.title and cited.authors and cited.year) \
        and title.rstrip(" .").endswith(f"{cited.title}, {cited.year}")


#: ', "An AI Scientist for Autonomous Discovery".': a comma, then a quoted phrase of three words or more, the
#: description's whole text but a closing stop (a quote running on into a sentence is a remark, not the subtitle)
_COMMA_QUOTED_SUBTITLE = re.compile(r'\s*,\s*["“]((?:[^"“”\s]+\s+){2,}[^"“”\s]+)["”][.\s]*$')


def _quoted_subtitle_after_name(title: str, first: Link, description: str) -> str | None:
    """The quoted subtitle that follows a work's short name linked to its paper (``[Kosmos](arxiv…), "An AI
    Scientist …".``), or None. Only a name (four words at most, no colon: a full title needs no subtitle) that is
    the paper link's own label: a name linked to code or a home page names a tool, its quoted words a tagline."""
    if first.role != "paper" or title.strip() != first.label.strip() or len(title.split()) > 4 \
            or ":" in title or not description.lstrip().startswith(","):
        return None
    m = _COMMA_QUOTED_SUBTITLE.match(description)
    return m.group(1).strip() if m is not None else None


#: what may stand between a name's link and its description: " - ", " – ", ": "
_DESCRIPTION_LEAD = " \t-–—:"


def _title_opening_description(title: str, first: Link, description: str) -> str | None:
    """The whole title a description gives after a work's short name linked to its paper, when that title opens
    with the name and its colon (``[COT-GAN](…pdf) - COT-GAN: Generating Sequential Data via …``), or None.

    Why: the link's text is only the name (a paper link without an identifier matches no other record of the
    work by that name). Only a name (four words at most, no colon) that is the paper link's own label, and a
    one-sentence rest set in title case: "DeepPATH: The DeepPATH framework gathers …" describes a tool. A rest in
    sentence case is a title too when the link's address is itself a paper's and the rest reads as a noun phrase
    (``[AuTom](sciencedirect…/pii/…) - AuTom: A novel automatic platform for electron tomography reconstruction``,
    ``[RosettaES](nature.com/…) - RosettaES: a sampling strategy enabling …``; see ``_noun_phrase_subtitle``)."""
    name = title.strip()
    # (or the name set apart before a link its label calls the paper: "* **squidpy** [paper](nature…) - [code](…):
    # Squidpy: a scalable framework for spatial omics analysis", the record's name bold, its links labelled)
    if first.role != "paper" or len(name.split()) > 4 or ":" in name \
            or name != first.label.strip() and classify.label_role(first.label) != "paper":
        return None
    text = description.lstrip(_DESCRIPTION_LEAD)
    if len(text) == len(description) and description[:1] not in ("", " "):
        return None  # the name runs on into a word ("[Foo](…)bar …")
    if not text[:len(name)].casefold() == name.casefold() or text[len(name):len(name) + 1] not in (":", "："):
        return _title_after_name_colon(name, first, description, text)
    rest = _SUBTITLE_CLOSING_YEAR.sub("", text[len(name) + 1:].strip()).rstrip(".").strip()
    if not rest or ". " in rest or len(rest.split()) > 25:
        return None
    if not classify.title_cased(rest) \
            and not (classify.url_role(first.url) == "paper" and _noun_phrase_subtitle(name, rest)):
        return None
    return f"{text[:len(name)]}: {rest}"


#: the most names, and the most words of one, in a bracketed tag of model names: "(Tri-Distil-BERT, Mixed-Distil-BERT)"
_BRACKETED_NAMES_MAX = 4
_BRACKETED_NAME_MAX_WORDS = 3
#: the dashes that part such a tag from the title after it
_TAG_TITLE_DASHES = "-–—"


def _title_after_bracketed_names(title: str, first: Link, description: str) -> str | None:
    """The title a line writes after a bracketed tag of short names, set in bold or emphasis as the line's lead,
    and a dash: ``- ***(IndicBART)*** - IndicBART: A Pre-trained Model for Indic … [[paper]](…)``, ``- ***(BASE,
    MED, RETRAIN)*** - Abstractive Hindi text summarization: A challenge in a low-resource setting [[paper]](…)``
    → the text after the dash; else None.

    Why: a survey's companion list files each paper under the names of the models it introduced, in brackets;
    read as the bold lead, the tag became the title ("(IndicBART)") and the paper, its title in the description,
    matched no other record of it. Only a tag wholly in brackets (one to four names of at most three words, set
    apart by commas or slashes, no colon), a paper link the line's first, a dash then one sentence that reads
    as a paper's title and opens on a capital or a figure ("- **(Kit)** - a toolkit for …" glosses a tool)."""
    name = title.strip()
    if first.role != "paper" or len(name) < 3 or name[0] not in "(（" or name[-1] not in ")）":
        return None
    inner = name[1:-1]
    if not inner.strip() or any(c in inner for c in "()（）[]:："):
        return None
    names = [n.strip() for n in inner.replace("/", ",").split(",")]
    if len(names) > _BRACKETED_NAMES_MAX or any(not n or len(n.split()) > _BRACKETED_NAME_MAX_WORDS for n in names):
        return None
    text = description.strip()
    if text[:1] not in _TAG_TITLE_DASHES or text[1:2] not in (" ", "\t"):
        return None
    text = " ".join(text[1:].split()).rstrip(" .") if not text.endswith("..") else ""
    if not text or not (text[0].isupper() or text[0].isdigit()) or not classify.reads_like_paper_title(text):
        return None
    return text


#: nouns that make a noun phrase after "Name:" a tool's tagline ("[Foo](…): Python package for …"), not its title
_TAGLINE_TOOL_NOUNS = frozenset("package packages library toolbox toolkit software tool tools implementation code "
                                "repository repo tutorial wrapper plugin app website notebook notebooks".split())
#: an opening word that makes the rest after "Name:" a description of the work ("the classic network", "a toolbox
#: for …"), when the rest does not repeat the name (a title repeating it may open "Squidpy: a scalable framework …")
_DESCRIPTION_OPENERS = frozenset("a an the this our these its their".split())


def _title_after_name_colon(name: str, first: Link, description: str, text: str) -> str | None:
    """The paper's title a colon gives right after a work's short name linked to its paper, when the title does not
    repeat the name (``[nnSVG](biorxiv…): scalable identification of spatially variable genes using …``, the name
    bold before a link labelled paper: ``**ncem** [paper](biorxiv…) - [code](…): Learning cell communication from
    spatial graphs of cells``), or None.

    Why: the link's text is only the name; the words after the colon are the paper's title. Only when the colon
    follows the links at once, the link's address is a paper's, and the rest reads as a title's noun phrase: one
    sentence of 7 to 25 words without a comma (a shorter rest is a tagline as often as a title: "model-based
    dimensionality reduction", "Named entities in emergency triage notes") nor a link's emptied brackets, no finite verb nor relative pronoun (``_TAGLINE_VERBS``, or a first word in "-s":
    "predicts catalytic residues …"), no tool noun ("Python package for …") and no opening article or determiner
    ("the classic network", "a toolbox for …"). The title is
    "Name: rest" for a linked name (the name is the link's text, part of how the list names the paper), the rest
    alone for a name set apart before a link labelled paper."""
    labelled = name != first.label.strip()
    lead = description.lstrip(" \t-–—") if labelled else description
    if lead[:1] not in (":", "：") or labelled and len(lead) == len(description) \
            or classify.url_role(first.url) != "paper":
        return None  # (a bold name's colon before the links: "**EchoTrack**: introduces …, see the [paper](…)")
    rest = _SUBTITLE_CLOSING_YEAR.sub("", text.strip()).rstrip(".").strip()
    words = [w.strip(";()").casefold() for w in rest.split()]
    if not 7 <= len(words) <= 25 or ". " in rest or "," in rest or "http" in rest or "[" in rest or " )" in rest \
            or words[0] in _DESCRIPTION_OPENERS or not rest[:1].isalpha() \
            or words[0].endswith("s") and not words[0].endswith(("ss", "us", "is")):
        return None  # (a short tagline, "model-based dimensionality reduction"; a byline, "Ishwaran et al., …,
        # 2008"; a verb opening a tagline, "predicts catalytic residues …")
    if any(w in _TAGLINE_VERBS or w in _TAGLINE_TOOL_NOUNS for w in words):
        return None
    return rest if labelled else f"{name}: {rest}"


#: a year in parentheses closing the title, glued or not ("… difficult cryo-EM maps(2017)"): a date, not its words
_SUBTITLE_CLOSING_YEAR = re.compile(r"\s?\((?:19|20)\d\d\)\s*$")
#: words that make a sentence-case rest after "Name:" a clause, a tool's tagline, rather than a title's noun
#: phrase: a finite verb ("is", "provides", "gathers") or a relative pronoun opening one ("a simulator that learns …")
_TAGLINE_VERBS = frozenset("is are was were be has have can will may provides provide gathers allows allow enables "
                           "lets helps contains includes supports offers implements uses makes performs computes "
                           "learns aims that which who".split())
#: a tagline's opening determiner, which a title's subtitle after its name does not pair with the name again
_TAGLINE_DETERMINERS = frozenset("the this our these".split())


def _noun_phrase_subtitle(name: str, rest: str) -> bool:
    """A sentence-case rest after "Name:" that reads as a title's subtitle, a noun phrase ("A novel automatic
    platform for …", "a sampling strategy enabling …"), not a clause describing the tool: no finite verb nor
    relative pronoun among its words, and no "The DeepPATH framework …" that names the tool again after a
    determiner (a tagline, "DeepPATH: The DeepPATH framework gathers the codes …")."""
    words = [w.strip(",;()").casefold() for w in rest.split()]
    if any(w in _TAGLINE_VERBS for w in words):
        return False
    return not (words[0] in _TAGLINE_DETERMINERS and name.casefold() in " ".join(words[1:4]))


def _reference_as_link_text(links: tuple, reference: citation.Citation | None) -> bool:
    """The entry's one link has a whole reference for its text: its byline and its title are both the link's words."""
    if reference is None or not reference.title or not reference.authors or len(links) != 1:
        return False
    text = " ".join(links[0].text.split())
    return reference.title in text and reference.authors[0] in text


#: a reference's comma-led close after its title: ", KDD 2020", ", Mathematical Programming 2018", ", NeurIPS 2021."
_COMMA_VENUE_YEAR_CLOSE = re.compile(r",[ \t]*[A-Z][\w&.'’ -]{0,60}?[ \t](?:19|20)\d\d\.?[ \t]*")


def _full_names_before_comma_venue(title: str, description: str) -> citation.Citation | None:
    """``Shenyang Huang, Yasmeen Hitti, Guillaume Rabusseau, Laplacian Change Point Detection for Dynamic Graphs``
    with ``, KDD 2020`` left to the description: a reading group's reference written as full names joined by commas
    straight before the title, then ", VENUE YEAR" → that reference, else None. Why: no stop parts the byline from
    the title, so the lead text kept the names (its trailer reader took only the venue and year). Every name before
    the title must be a person's full name (``citation.personal_name``: two to four name words) and the names must
    be all the title holds before it, so a title whose comma'd words are no names ("Segment, Track and Count: …",
    "Deep Learning, Fast and Slow: …") stays whole."""
    if description[:1] != "," or title.count(", ") < 2 or not _COMMA_VENUE_YEAR_CLOSE.fullmatch(description.rstrip()):
        return None
    cited = citation.parse_citation(f"{title}{description.rstrip()}")
    if cited is None or cited.confidence < 0.5 or len(cited.authors) < 2 or not cited.title or not cited.year \
            or not title.endswith(cited.title) or not all(citation.personal_name(a) for a in cited.authors):
        return None
    head = title[:len(title) - len(cited.title)].rstrip()
    return cited if head.endswith(",") and [n.strip() for n in head[:-1].split(",")] == list(cited.authors) else None


#: a GB/T 7714 document-type code glued to a title's last word and closed by the stop or the "//" after it:
#: "…分割模型[J/OL]. ", "…Segmentation[C]//", "…report[EB/OL]." (the cheap test before ``citation.typed_reference``)
_TYPED_TITLE_CODE = re.compile(r"[^\s\[]\[(?:[A-Z]{1,2}|[A-Z]{1,2}/OL)\](?:\.|//)")


#: a byline closed by its lead author's team before the title ("Ben J. Callahan and Colleagues: Title", "Comeau AM and
#: co-workers. Title"), as "et al." closes one: a name of two to four capitalised words (a title's "Doctors and
#: colleagues: …" names no one)
_TEAM_BYLINE_LEAD = re.compile(r"[A-ZÀ-Þ][\w.'’-]{0,30}(?: [A-ZÀ-Þ][\w.'’-]{0,30}){1,3} and (?:[Cc]olleagues|[Cc]o-?workers)"
                               r"[:：.,] ")


def _citation_like_title(title: str) -> bool:
    """A lead text that is a whole reference (authors first) rather than a title. A byline closed by the French "&
    al." ("Jonas Weber & al. , Title, Journal, 22(4), 2022") is read as one closed by "et al."
    (``citation.others_as_et_al``), as the reference parser reads it, when that parser reads a byline in it."""
    if _reference_lead_shape(title):
        return True
    if "al." not in title or "&" not in title or (normal := citation.others_as_et_al(title)) == title:
        return False
    return _reference_lead_shape(normal) and (cited := citation.parse_citation(title)) is not None \
        and bool(cited.authors)


def _reference_lead_shape(title: str) -> bool:
    """``_citation_like_title`` of the text as written."""
    return len(title) > 80 and ("et al" in title or title.count(",") >= 2 and title.count(".") >= 2) \
        or len(title) > 30 and _TEAM_BYLINE_LEAD.match(title) is not None \
        or title.endswith("]") and citation.title_bracketed_names(title) is not None \
        or (":" in title or "：" in title) and _LABELLED_REFERENCE.match(title) is not None \
        or ('"' in title or "“" in title or "‘" in title) and _QUOTED_AFTER_NAMES.match(title) is not None \
        or ") " in title and ('"' in title or "“" in title) \
        and citation.narrative_year_quoted_reference(title) is not None \
        or len(title) > 80 and ('"' in title or "“" in title) and _long_byline_before_quote(title) \
        or title[:1] in ('"', "“") and _quoted_title_then_byline(title) \
        or ". " in title and "," in title[:60] \
        and _vancouver_byline_count(citation.without_reference_number(title).partition(". ")[0]) >= 2 \
        or ". " in title and "," in title[:40] \
        and len(citation.east_asian_authors(citation.without_reference_number(title).partition(". ")[0])) >= 2 \
        or len(title) > 40 and ". " in title and _YEAR.search(title[-6:]) is not None \
        and len(citation.vancouver_authors(title.partition(". ")[0])) == 1 \
        or len(title) > 40 and ". " in title and _lone_gbt_name(title.partition(". ")[0]) \
        and _YEAR.search(title) is not None \
        or len(title) > 40 and "[" in title and citation.opens_with_lone_typed_author(title) \
        or _TYPED_TITLE_CODE.search(title) is not None and citation.typed_reference(title) is not None \
        or len(title) > 80 and _AUTHOR_YEAR_SENTENCE.match(title) is not None \
        or _INITIALLED_AUTHOR_YEAR.match(title) is not None \
        or _AUTHOR_DATE_LEAD.match(title) is not None \
        or _ET_AL_COMMA_LEAD.match(title) is not None \
        or len(title) > 40 and _LONE_INITIALLED_AUTHOR_COMMA_LEAD.match(title) is not None \
        or " et al. " in title and _ET_AL_STOP_LEAD.match(title) is not None \
        and not _journal_after_byline(title.partition(" et al. ")[2].strip(" .")) \
        or (" and " in title or " & " in title) and ". " in title and _joined_full_name_reference(title) \
        or (" and " in title or " & " in title) and _joined_byline_stop_lead(title) \
        or _COMMA_CLOSED_VANCOUVER_LEAD.match(title) is not None \
        or len(title) > 60 and _JOURNAL_SOURCE.search(title) is not None \
        or _AUTHORS_TITLE_YEAR.match(title) is not None and _short_reference(title) \
        or len(title) > 80 and ("; " in title or title.count(", ") >= 5) \
        and citation.VOLUME_ISSUE_SOURCE.search(title) is not None \
        or " by " in title and title.rstrip(" .").endswith(("et al", "et. al")) \
        or ". " in title and _title_then_vancouver_byline(title) \
        or ". " in title and "," in title.partition(". ")[0] and citation.thesis_sentence(title)
    # ("Rizvi, S. Misinformation Retrieval. Master Thesis. University of Waterloo, ON": a byline, then a title of
    # any length, then the degree thesis named as a sentence of its own, ``citation.thesis_sentence``)
    # ('McCulloch and Pitts (1943) "A logical calculus …"': a reading list's narrative citation as a link's text,
    # surnames, the bracketed year and the quoted title, ``citation.narrative_year_quoted_reference``)
    # ("김철수, 이영희. 딥러닝 기반 …. 대한영상의학회지. 2020;81(4):900-910.": two names in Hangul (or ideographs),
    # then the title, as a Korean, Japanese or Chinese journal's Vancouver reference writes them: a text that short
    # holds the whole reference in CJK script, where the length tests above, made for Latin letters, miss it)
    # ("Okafor C, Moreau L. Title. Neuro Oncol. 2019 …": two Vancouver names, then the title; numbered as a
    # bibliography numbers it too, "[8] Ma Y, Yang Z. Title[J]. arXiv preprint arXiv:2102.01889, 2021.")
    # ("Topol EJ. Title. Nat Med 2019": one Vancouver name, then the title, the source's year closing the text;
    # one name alone reads as a title's first words too, "Part I. …", so the closing year is asked for as well)
    # ("Pilla L L. Title. In: 2021 IEEE … (IPDPS). 2021, 661–670": one GB/T name, its initials spaced, then the
    # title; GB/T closes with the pages after the year, so a year anywhere vouches for the byline)
    # ("[26] 李四, 王五, 等. Title[J/OL]. 计算机科学: 1-14[2026-07-11].": a GB/T byline, then the title closed by its
    # document-type code, an online-first article's source dated only by the day it was read: ``typed_reference``)
    # ("[17] JI H. Title[EB/OL]. arXiv:2506.05297": one GB/T name whose capitalised surname is as short as initials,
    # then the title closed by its document-type code, which vouches for the byline where the year was cut off with
    # the link after it)
    # ("Shivade C, …, Albert M Lai; Title, Journal, Volume 21, Issue 2, 1 March 2014, …": Oxford Academic's "Cite";
    # its newer form closes the byline by a comma, "Shing Wan Choi, Paul F O'Reilly, Title, GigaScience, Volume 8,
    # Issue 7, July 2019, giz082": the names, the title and the journal's fields make five commas or more)
    # ("Shorrocks AF (1980). Title. Econometrica, 613-625.": an APA author-date lead, however few its commas)
    # ("Comparison of six … classification tasks by Stefano Pizzolato, et. al.": a title, then "by" its first
    # author and "et al." closing the text, its address on the next line)
    # ("Nimrod Rappoport and Ron Shamir. Nemo: …. Bioinformatics, 2019.": full names joined by "and" or "&", no
    # "et al.", then the title and a dated source, ``_joined_full_name_reference``)


def _joined_full_name_reference(title: str) -> bool:
    """``Nimrod Rappoport and Ron Shamir. Nemo: …. Bioinformatics, 2019.``, ``Anke van der Berg & Felix M. Braun.
    Title. Journal of Statistical Software, 2020.``: a link's text that is a whole reference whose byline is full
    personal names joined by commas and "and"/"&" (``citation.joined_full_name_byline``; no "et al." to mark it),
    closed by its stop (the first one not after an initial), then the title, its own stop and a source with a year.
    Why: the "et al." gates above missed a two- or three-author byline written out, and the link's whole text became
    the title. Every piece of the byline must read as a person's name, so a title's first sentence of two
    words joined by "and" ("Rock and Roll. A history of …", "Pros and Cons. Deep learning …") stays a title; a dated
    sentence after the title's stop is asked for too, as "Public Health and Drug Discovery" reads as two names."""
    text = citation.without_reference_number(title)
    start = 0
    while (stop := text.find(". ", start)) > 0 and len(text[:stop].rpartition(" ")[2]) <= 1:
        start = stop + 2  # "Felix M. Braun. …": an initial's stop is no byline's end
    if stop <= 0 or citation.joined_full_name_byline(text[:stop]) is None:
        return False
    title_stop = text.find(". ", stop + 2)
    return title_stop > 0 and _YEAR.search(text, title_stop) is not None


def _reference_after_caption(rest: str) -> citation.Citation | None:
    """The whole reference a bold caption's stop hands over to: ``Liu, F.T., Ting, K.M. and Zhou, Z.H., 2008,
    December. Isolation forest. In *ICDM '08*, …`` — it opens with its first author and gives a year and a title of
    two words or more that is no journal's name; a note after the caption ("Accepted at NeurIPS 2019, …") is none."""
    if not _may_cite(rest) or (cited := citation.parse_citation(rest)) is None or cited.confidence < 0.8 \
            or not cited.authors or not cited.year or not cited.title or len(cited.title.split()) < 2 \
            or citation.names_journal(cited.title.strip(" .")):
        return None
    first = cited.authors[0].split(",")[0].split()[0].strip(" .")
    return cited if first and rest.lstrip(" *_").startswith(first) else None


#: what may close a bold caption's own line: a hard break written as HTML, as a backslash or as trailing spaces
_CAPTION_BREAKS = ("<br>", "<br/>", "<br />", "\\")


def _bold_caption_line(text: str, title: str) -> bool:
    """``**Mass Classification**<br>`` then a reference on the next line: the entry's first line is its bold title
    alone (perhaps closed by a colon and a hard break), so the title is a caption over what follows, not the
    work's title written in the line's own text."""
    first, newline, _ = text.partition("\n")
    if not newline:
        return False
    first = first.strip()
    for brk in _CAPTION_BREAKS:
        first = first.removesuffix(brk).rstrip()
    caption = title.strip()
    return any(first in (f"{m}{caption}{m}", f"{m}{caption}:{m}", f"{m}{caption}{m}:") for m in ("**", "__"))


def _reference_line_under_caption(text: str, description: str) -> citation.Citation | None:
    """The whole reference on the line under a bold caption, read from the entry's description: that line is a
    reference of its own, its authors first, titling the work as the description's reference does. A byline alone
    on that line ("*Anna Kovacs, Wei Zhang*" over "[Feb. 23, 2023] [arXiv, 2023]") reads as a reference only with
    the lines after it, its "title" a name and a bracketed date: the bold line is then the work's own title."""
    line = citation.emphasis_free(text.partition("\n")[2].partition("\n")[0]).strip()
    if not citation.authors_first_reference(line) or (own := citation.whole_reference(line)) is None \
            or (named := citation.whole_reference(description)) is None or not named.authors \
            or not own.title or not named.title or len(named.title.split()) < 2 or any(c in named.title for c in "[<"):
        return None
    same = " ".join(own.title.casefold().split()).strip(" .") == " ".join(named.title.casefold().split()).strip(" .")
    return named if same else None


def _journal_after_byline(rest: str) -> bool:
    """``IEEE Transactions on Medical Imaging`` after "Smith et al.": a journal's name, not a title. A colon parts a
    title from its subtitle and never stands in a journal's name, so "PHiSeg: Capturing Uncertainty in Medical Image
    Segmentation" is a title whatever venue words it holds."""
    return ":" not in rest and citation.names_journal(rest)


def _lone_gbt_name(head: str) -> bool:
    """"Pilla L L", "Zhou J H": one GB/T 7714 name, a surname and two or three initials each a capital standing alone
    (Google Scholar's GB/T export spaces them). Why: a lone Vancouver name ("Part I") reads as a title's first words,
    but two spaced initials make no title's words."""
    words = head.split()
    return 3 <= len(words) <= 5 and len(words[-1]) == len(words[-2]) == 1 and words[-1].isupper() \
        and words[-2].isupper() and len(citation.vancouver_authors(head)) == 1


def _title_then_vancouver_byline(text: str) -> bool:
    """``nnU-Net: a self-configuring method. Isensee F, Jaeger PF. Nature Methods, 2021.``: a short title-first
    reference, the title's sentence, then a Vancouver byline of two names or more (or one and "et al.") as its own
    sentence, then the source (its year perhaps left to the description: "… CVPR" / ", 2016."). Why: the byline in
    the middle makes the line a reference however short it is (the length tests above ask a long text for their
    looser signs); a title's own second sentence is no run of "Surname Initials" names."""
    title, _, rest = text.partition(". ")
    byline = rest.partition(". ")[0]
    return len(title.split()) >= 2 and bool(rest.partition(". ")[2]) and _vancouver_byline_count(byline) >= 2


def _vancouver_byline_count(head: str) -> int:
    """How many authors a Vancouver byline names, an "et al." closing it counting for the rest: "Okafor C, Moreau
    L" → 2, "Xu G, Li X, Chen Y, et al" → 4; 0 unless every listed name is written that way. Why: the NLM style
    lists the first three (or six) names and closes the byline by "et al.", before a title however short ("Venerito
    V, Lopalco G, Iannone F, et al. Agentic AI in rheumatology."); the "et al." is no name, yet says there are more."""
    names = citation.without_et_al(head)
    listed = citation.vancouver_authors(names)
    return len(listed) + (names != head) if listed else 0


#: a journal's source as a reference gives it, the year then the volume after a colon or a semicolon: "Jama 1992:
#: 268(2); 240-8", "BMJ 2007;334:349": a lead text that holds it is a whole reference, its title first or last
#: ("Title. Authors. Bmj 2004: 329(7473); 1017. Available in [html format](…)"); PubMed's citation dates the
#: issue by its month, and its day, between the year and the volume: "Nat Methods. 2023 Sep;20(9):1282-1284",
#: "Bioinformatics. 2021 Jul 12;37(11):1528" (so the one-author "Costa IG. Title. Nat Methods. 2023 Sep;…")
_JOURNAL_SOURCE = re.compile(r"\b(?:19|20)\d\d(?:\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)(?:\s\d{1,2})?)?"
                             r"\s?[:;]\s?\d{1,4}\s?(?:\(\w{1,6}\))?\s?[:;]\s?[A-Z]{0,2}\d")
#: a reading list's short reference as one text, authors, title and year between commas: "Sander Greenland,
#: Nonsignificance Plus High Power …, 2012", "King & Nielsen, Why Propensity Scores …, 2019" (the link's text)
_AUTHORS_TITLE_YEAR = re.compile(r"[A-Z][^,\d]{1,80},\s+\S.{8,}?,\s*\(?(?:19|20)\d\d[a-z]?\)?\.?$")
#: "Shorrocks AF (1980). ", "Romei, A., & Ruggieri, S. (2014). ": the authors, then the year in parentheses as
#: a sentence of its own (APA): what follows is the title. German author-year style closes the bracket with a colon
#: ("A. Becker und T. Fischer (2021): Title. *Venue* 83, S. 410–417."), which the reference parser reads as well
_AUTHOR_YEAR_SENTENCE = re.compile(r"[A-Z][^()\[\]]{1,200}?\s\((?:19|20)\d\d[a-z]?\)[.:]\s+\S")
#: a short reference whose byline closes on an initial or "et al." before the year in parentheses: "Bishop, C.M.,
#: (2006). Pattern Recognition and Machine Learning. Springer", "Goodfellow, Ian. et al., (2016). Deep Learning. MIT
#: press." (a course's textbooks, set as a link's italic text): the initial vouches for the byline however short
#: the whole text, which the longer form above cannot (a capitalised phrase before a dated sentence)
_INITIALLED_AUTHOR_YEAR = re.compile(r"[A-Z][^()\[\]\d]{0,200}?(?:\b[A-Z]\.|\bet al\.),?"
                                     r"\s\((?:19|20)\d\d[a-z]?\)\.\s+\S")
#: "Hastie et al., The Elements of Statistical Learning. Springer": one author's surname (or two names) and "et al.,",
#: then the title as a sentence of its own: a course's short, year-less reference to a textbook (a link's italic
#: text); a comma right after "et al." closes a byline, never a title's first words (the reference parser still
#: has to vouch for the whole). A comma may close the surname before "et al." too: a benchmark README's footnotes
#: cite its models' papers as "[^3]: Li, et al., Title, AAAI 2020 ([paper](…), [code](…))"
#: "A. Schuh, Computational models of …, PhD thesis": one author written with initials, a comma, then the title
#: and, after one more comma, its venue (a lab page's "A. Name, **Title**, *Venue*, Year." with the year parted
#: off): the comma-separated reference of one author. With two authors or more the byline's stops make it a
#: reference already; one initialled name before a comma never opens a title ("A. Introduction, …" has no surname)
_LONE_INITIALLED_AUTHOR_COMMA_LEAD = re.compile(r"(?:[A-Z]\.[ -]?){1,3} ?[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?, "
                                                r"(?=[^,]{12,}, \S)")
_ET_AL_COMMA_LEAD = re.compile(r"[A-Z][\w'’-]{1,40}(?: [A-Z][\w'’.-]{0,40})?,? et al\.,\s+[A-Z0-9“\"']")
#: "Gawlikowski et al. A survey of uncertainty in deep neural networks [[Artificial Intelligence Review 2023]](…)":
#: one surname and "et al.", its stop alone closing the byline, then a title of four words or more opening on a
#: capital (a cookbook's short reference, however short the whole). A year or a journal's name after the
#: byline ("Okafor et al. 2025 Genome Biology", "Adams et al. Nature Medicine") is no title: a digit never opens
#: one here, and fewer than four words are left to the comma form above. The surname may come inverted before its
#: initials, each closed by a comma ("Litjens, G., et al. A survey on deep learning in medical image analysis." in a
#: "| Paper |" cell beside a "[[pdf](…)]": a review table's APA-style byline), and the title may open on a word of
#: mixed case ("Isen, F., et al. nnY-Net: …")
_ET_AL_STOP_LEAD = re.compile(r"[A-Z][\w'’-]{1,40}(?:,? [A-Z][\w'’.-]{0,40})?,? et al\. (?:[A-Z“\"']|[a-z]+[A-Z])\S*(?:\s+\S+){3}")
#: "Hüllermeier & Willem Waegeman. Aleatoric and epistemic uncertainty in machine learning: … [[Machine Learning
#: 2021]](…)": two to four authors joined by "and"/"&" (no initials, no "et al."), the byline's stop, then a title of
#: four words or more opening on a capital; the venue and year are left to the link after it
_JOINED_BYLINE_STOP_LEAD = re.compile(r"([^.:;,()\[\]\d]{3,120}?)\. [A-Z“\"']\S*(?:\s+\S+){3}")
_JOINED_BYLINE_MAX_NAMES = 4


def _joined_byline_stop_lead(title: str) -> bool:
    """``Hüllermeier & Willem Waegeman. Title …`` / ``Tomasz Nowak & Moreira. Title …``: a cookbook's short reference
    whose byline joins two to four authors by "and"/"&", written unevenly (one as a full personal name,
    ``citation.personal_name``, another as a lone surname), closed by its stop before a title of four words or more.
    Why: with no "et al." and no dated source in the text, the names stayed the title's first words. Lone
    capitalised words only ("Attention and Memory. Four essays …") or two-word terms only ("Public Health and Drug
    Discovery. A review …") are no byline without a dated source: any such words have that shape
    (``_joined_full_name_reference`` reads full names when the source and year follow)."""
    m = _JOINED_BYLINE_STOP_LEAD.match(title)
    if m is None:
        return False
    pieces = citation.FULL_NAME_JOIN.split(m.group(1).strip())
    if not 2 <= len(pieces) <= _JOINED_BYLINE_MAX_NAMES:
        return False
    full = [citation.personal_name(piece) for piece in pieces]
    return any(full) and not all(full) \
        and all(is_full or (len(piece.split()) == 1 and citation.name_word(piece)) for piece, is_full in zip(pieces, full))


#: "Wang Z, Qian C, Guo D, Sun H, Li R, Zhao B, Qu X, One-dimensional …, IEEE Transactions on Medical Imaging, 42:
#: 79-90": three Vancouver names or more ("Surname INITIALS"), the last closed by a mere comma, then the title: a
#: challenge README's IEEE-like reference, its byline written NLM's way but parted from the title as IEEE parts it;
#: three names keep a comma-list of terms ("Vitamin D, Hepatitis B, …") out unless the reference parser,
#: which asks a year or a venue of a comma-closed byline, vouches for the whole; the last name may be joined by "and"
#: or "&" ("Bray NL, Pimentel H, Melsted P and Pachter L, Near optimal …, Nature Biotechnology 34, p 525--527 (2016)")
_COMMA_CLOSED_VANCOUVER_LEAD = re.compile(r"(?:[A-Z][\w'’-]{1,40}(?: [A-Z][\w'’-]{1,40})? [A-Z]{1,4}(?:, | and | & )){2,29}"
                                          r"[A-Z][\w'’-]{1,40}(?: [A-Z][\w'’-]{1,40})? [A-Z]{1,4}, (?!et al\b)[A-Z0-9“\"']")
#: "McInerney JO, et al. 2017. ", "Seemann T. 2014. ", "Pan-Genomics Consortium. 2018. ": the authors closed by a full
#: stop, then the bare year as a sentence of its own (the author-date form of a reading list): what follows is the
#: title, however short the whole reference (the reference parser still has to vouch for it)
_AUTHOR_DATE_LEAD = re.compile(r"[A-Z][^()\[\]\d\"“”]{1,160}?\.\s(?:19|20)\d\d[a-z]?\.\s+[A-Z0-9“‘\"']")


#: 'Ortiz, Carla. "Title." (2016).', 'Sato, Yuki. "Title." ICML 2021.': names closed by a full stop or a
#: comma, then the quoted title of the work; British-locale Chicago quotes it in single quotes ('Hobert, Oliver.
#: 2008. ‘Title’. Science …'). IEEE style ('A. Weller, "Title", [arXiv:1708.01870](…)') closes the quote just
#: before the link that names the identifier: the lead text the title comes from lost that closing quote and
#: its comma, so an opening quote that runs to the end of the text holds the title too
#: A biblatex "alphabetic" label may open the reference ("[Ama+13] Filippo Amato u.a. "Title". In: …", "[HS19a] …":
#: up to four letters of the authors' names, "+" for more authors, the year's two digits, a letter telling a year's
#: works apart): the reference's key, not part of its byline.
#: '"Towards an AI co-scientist." Juraj Gottweis et al. (Google). arXiv 2025.': a quoted title of three words or more,
#: closed by its stop inside the quotes, then the byline, venue and year: the whole reference, title first (the quote
#: and its stop keep '"Yahoo!" the company …' out: a quoted name of one word is no title)
_QUOTES_CLOSE = {'"': '"', "“": "”"}


def _quoted_title_then_byline(title: str) -> bool:
    """Whether ``title`` opens with such a quoted title and a capital after it. (Found by the closing quote, not by a
    pattern of words: a pattern of repeated words before a lazy run took quadratic time on a long unclosed quote.)"""
    close = _QUOTES_CLOSE.get(title[:1])
    end = title.find(close, 1) if close else -1
    if end < 0:
        end = title.find("”", 1) if close == '"' else -1  # '"Title.” Authors': mixed quote marks
    if end < 2:
        return False
    quoted, after = title[1:end], title[end + 1:]
    return len(quoted.split()) >= 3 and quoted.rstrip()[-1:] in ".?!" and after[:1].isspace() \
        and after.lstrip()[:1].isupper()
#: (the first name may open on lower-case particles, a BibTeX author field's "van Sonsbeek, Tom and …")
_QUOTED_AFTER_NAMES = re.compile(
    r"(?:\[[^\W\d_]{1,4}\+?\d\d[a-z]?\]\s+)?(?:" + citation.SURNAME_PARTICLE + r" ){0,2}"
    r"[A-Z][^\"“”‘]{1,80}?[.,]\s+(?:[\"“][^\"“”]{10,400}(?:[\"”]|\Z)|‘[^‘]{10,400}’)")
#: a long byline before a quoted title: no stop inside it (its initials undotted, "Norton, Heidi K, Harvey Huang, …,
#: and Jennifer E Phillips-Cremins. “Title,” November 22, 2016."), longer than ``_QUOTED_AFTER_NAMES`` reads
_LONG_BYLINE_QUOTE = re.compile(r"[A-Z][^\"“”‘.]{80,400}?[.,]\s+[\"“]")
#: the fewest commas a long byline before a quoted title holds: five names or more, each parted by a comma
_LONG_BYLINE_MIN_COMMAS = 4


def _long_byline_before_quote(title: str) -> bool:
    """``Norton, Heidi K, Harvey Huang, Daniel J Emerson, …, and Jennifer E Phillips-Cremins. “Title,” November 22``:
    a reference manager's Chicago export whose byline runs past what ``_QUOTED_AFTER_NAMES`` reads (eight names, the
    initials written without stops, so no two stops mark the text as a reference either). The text before the
    quote holds no stop and at least ``_LONG_BYLINE_MIN_COMMAS`` commas (a list of names, not a sentence quoting a
    remark); the reference parser still vouches for the names. Why: the whole reference up to the date titled the
    paper."""
    m = _LONG_BYLINE_QUOTE.match(title)
    return m is not None and title.count(",", 0, m.end()) >= _LONG_BYLINE_MIN_COMMAS
#: "[Okafor et al. (2020)](…)", "[Lindqvist & Moreau (2008)](…)": a link named by its authors and year; a single
#: author ("[Beam (2018)](…)") or a short label ("[Topol Review (2019)](…)") names a work only with its year in
#: brackets (one or two capitalised words alone are any link's name), and only the quoted title after it counts
_AUTHOR_YEAR_NAME = re.compile(r"[A-Z][\w'’-]+(?: et al\.?|,? (?:&|and) [A-Z][\w'’-]+)(?:,? \(?(?:19|20)\d\d[a-z]?\)?)?"
                               r"|[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? \((?:19|20)\d\d[a-z]?\)")
#: '— "Title of the work"' after such a link
_QUOTED_LEAD = re.compile(r"[\s—–:,-]*[\"“]([^\"“”]{10,400})[\"”]")


def _quoted_title_after_authors(title: str, description: str) -> str | None:
    """``- [Okafor et al. (2020)](doi…) — "Auditing the evidence …"``, ``- [Topol Review (2019)](doi…) — "…"``: the
    link names the work by its authors (or a short label) and year, the quoted text after it is the title."""
    if not description or not _AUTHOR_YEAR_NAME.fullmatch(title.strip()):
        return None
    m = _QUOTED_LEAD.match(description)
    return inline.clean_title(m.group(1)) if m else None


#: a date opening a schedule's line before the reading it lists: "May 25", "Jul 06", "25 May", "2020-05-25"
_SCHEDULE_DATE_LEAD = re.compile(
    r"(?i)(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+[0-3]?\d(?:st|nd|rd|th)?"
    r"|[0-3]?\d\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?|(?:19|20)\d\d-[01]\d-[0-3]\d)\b")
#: the most words a schedule's date lead may carry after the date ("Jul 06 Two readings: (1)")
_SCHEDULE_LEAD_WORDS = 4
#: the end of a sentence: a full stop after a word (not an initial, "Y. pestis"), then a capital
_SENTENCE_END = re.compile(r"(?<=[^\W\d_]{2})\.\s+(?=[A-Z])|(?<=\d)\.\s+(?=[A-Z])")
#: the enumerator of the next reading on a line of two ("…, and (2) [Hoppe et al. 2019.][…] …"), its link's text gone
_NEXT_READING_MARK = re.compile(r"[,;]?\s+(?:and\s+)?\((?:2|ii|b)\)(?:\s|$)")


def _sentence_title_after_byline_link(title: str, links: tuple[Link, ...], description: str, raw: str):
    """``* May 25 [Skov et al 2020][skov20:nature] The nature of Neanderthal introgression revealed by 27,566
    Icelandic genomes. Presenter: Alan Rogers.``: a journal club's schedule (or any list) names each reading by a
    link whose text is its byline and year (``_byline_only``), after the meeting's date or nothing, and writes the
    title as the plain sentence after the link, a note (the presenter) after it. Read by the link, the work was
    titled by its date or its byline. The sentence is the title when it opens with a capital and reads as a
    paper's title; a quoted title is ``_quoted_title_after_authors``. Returns (title, the byline) or None."""
    link = links[0]
    if link.role != "paper" or not description:
        return None
    text = inline.clean_title(link.text)
    if len(text.split()) > _BYLINE_LINK_WORDS or not _byline_only(text):
        return None  # (a whole reference as the link's text, "[Chang, P., & Ito, K. (2019). Title. arXiv …](…)", is
        # titled by its reader)
    byline = citation.parse_trailer(text)
    if byline.venue or not _schedule_lead(title.strip(), text) or not _schedule_lead(_opening_text(raw), text):
        return None  # the link opens the line (after a date): not a byline cited within a sentence of prose
    rest = " ".join(description.split())
    if not (rest[:1].isupper() or rest[:1].isdigit()):  # "100,000 years of gene flow …" opens with a number
        return None
    if len(links) > 1 and (nxt := _NEXT_READING_MARK.search(rest)) is not None:
        rest = rest[:nxt.start()]  # "Two readings: (1) [Munung et al. 2017][…] Title, and (2) [Hoppe …][…] Title"
    end = _SENTENCE_END.search(rest)
    sentence = (rest[:end.start()] if end else rest).strip(" .")
    if len(sentence.split()) < 3 or len(sentence.split()) > _MAX_TITLE_WORDS \
            or not classify.reads_like_paper_title(sentence):
        return None
    return sentence, byline


#: the most words a link's text naming a work only by its byline and year may have ("Rees, Castellano, and Andres.
#: 2020."); a longer one is a whole reference
_BYLINE_LINK_WORDS = 8
def _opening_text(raw: str) -> str:
    """An item's raw text up to its first link, without its list marker: ``* May 25 [Skov et al 2020][…] …`` →
    ``May 25``."""
    raw = raw.lstrip()
    marker = _LIST_MARKER.match(raw)
    return raw[marker.end() if marker else 0 :].split("[", 1)[0].strip()


def _schedule_lead(lead: str, link_text: str) -> bool:
    """Whether ``lead`` is nothing but the link's own text, nothing at all, or a meeting's date with a few words
    ("Jul 06 Two readings: (1)")."""
    if not lead or lead == link_text:
        return True
    dated = _SCHEDULE_DATE_LEAD.match(lead)
    return dated is not None and len(lead[dated.end():].split()) <= _SCHEDULE_LEAD_WORDS


#: an APA reference's year right after its byline: "(2024). ", "(2024, October). "
_APA_YEAR_LEAD = re.compile(r"\s*\((?:19|20)\d\d[a-z]?(?:,[^)]{0,20})?\)\.?\s")
#: an APA byline's own close, its bracketed year and stop: "Zheng, Z., Luo, J., & Huang, S. (2025)."
_APA_YEAR_CLOSE = re.compile(r"\s*\((?:19|20)\d\d[a-z]?\)\.?$")
_APA_YEAR_CLOSE_CHARS = 12  # (searched for in a lead's last characters only: " (2024a)." and its spaces)
#: a reference's bracketed tag or number before its byline: "[S1] ", "[12] "
_REFERENCE_TAG = re.compile(r"\[[^\[\]\n]{1,12}\]\s*")


def _bold_name_opens_byline(text: str, name: str) -> bool:
    """``**Maspero M**, Bentvelzen LG, Savenije MHF. Title. Radiother Oncol. 2020;153:197-204.``: the bold lead is
    one Vancouver name (a publication list's owner, highlighted) and a comma after the bold goes on with the byline.
    Why: the bold name was taken for the work's title. Only a "Surname INITIALS" name (``citation.vancouver_authors``):
    "**SynthPelvis**, a toolkit …" keeps its bold name."""
    mark = text[:2]
    close = text.find(mark, 2)
    return close > 2 and text[close + 2:close + 3] == "," and bool(citation.vancouver_authors(name))


def _reference_after_bold_byline(title: str, text: str) -> citation.Citation | None:
    """``**[S1] Yan, Z., Wang, X., & He, J. (2026).** Title. *PeerJ*, 14, e21631. https://doi.org/…``: a literature
    review sets each reference's byline (and year) in bold, then writes its title, venue and identifier after the
    bold, the reader's notes in the paragraphs below; the bold lead, taken for the title, is the byline, and the
    reference's paragraph read whole names the work. Why: the entry kept the byline for its title (a link on the
    line), or took its year from the notes ("… on the 2012 challenge data"), or ran its title on into them
    ("**[S4] Novak, T., et al.** Title. arXiv:1911.04518." / "The architectural ancestor …"). Only a bold lead whose
    names read as a byline (``inline.reads_as_byline``), its year bracketed APA-style or none, and a confident
    reference by those authors, dated by that year, its own or its arXiv identifier."""
    lead = title.strip()
    text = text.lstrip()
    if (text[:1].isdigit() or text[:1] in "-*+") and (marker := _LIST_MARKER.match(text)) is not None:
        bulleted = not text[:1].isdigit()
        text = text[marker.end():]  # "1. **Vosoughi, S., Roy, D., & Aral, S. (2018).** Title. …": a numbered item's
        # (a bulleted one only when its bold names open the byline that goes on after a comma: "* __Yang, D.__,
        # __Huang, Q.__, Axel, L., & Metaxas, D. (2018, April). Title. …", a publications page bolding its owners;
        # "- **Okafor et al. (2019)** – *Title*" is a key over its title, read by the dash rule)
        close = text.find(text[:2], 2) if text.startswith(("**", "__")) else -1
        if bulleted and not (close > 2 and text[close + 2:close + 3] == ","):
            return None
    if not text.startswith(("**", "__")):
        return None  # (the lead is set in bold: most entries stop here)
    if _italic_byline_under_bold(text):
        return None  # "**Title, Approximately.**" / "*Ann Lee, Bo Chen.* ICLR 2019.": the byline is the italic line
    close = _APA_YEAR_CLOSE.search(lead, max(0, len(lead) - _APA_YEAR_CLOSE_CHARS))
    names = lead[:close.start()] if close is not None else lead
    if (tag := _REFERENCE_TAG.match(names)) is not None:
        names = names[tag.end():]
    names = names.strip(" ,")
    # (an APA byline parts its names by commas, "Yan, Z., Wang, X.", or closes on "et al": a bold title has neither,
    # most often, and is told so before the byline reader runs. A CV sets its owner's own name in bold, the
    # first of a byline the comma after the bold goes on with: "**Maspero M**, Bentvelzen LG, …. Title. …")
    if not names or ("," not in names and "et al" not in names and not _bold_name_opens_byline(text, names)) \
            or not inline.reads_as_byline(names):
        return None
    first = text.lstrip().split("\n\n", 1)[0]
    reference = citation.emphasis_free(first)
    cited = citation.parse_citation(reference)
    if cited is None or cited.confidence < 0.5 or not cited.authors or len((cited.title or "").split()) < 3 \
            or cited.title in names or cited.authors[0].split(",")[0].strip() not in names:
        return None
    year = int(close.group().strip(" ().")[:4]) if close is not None else cited.year
    if year is None and not ids.find_arxiv(reference):
        return None
    return dataclasses.replace(cited, year=year)


#: a line that is one italic span (single asterisks or underscores), whatever follows it on the line (venue, year, links)
_ITALIC_SPAN_LINE = re.compile(r"([*_])(?!\1)(.+?)(?<!\s)\1(?![*_])")


def _italic_byline_under_bold(text: str) -> bool:
    """``**Attention Solves Your TSP, Approximately.**`` / ``*Wouter Kool, Herke van Hoof, Max Welling.* ICLR 2019.``:
    a bold lead alone on its line, the next line opened by an italic span that reads as a byline
    (``inline.reads_as_byline``). Why: a reference has one byline, and this layout sets it in italics under the bold
    title; a title holding a comma ("TSP, Approximately") also reads as names, and taken for the byline it made the
    real byline the work's title."""
    close = text.find(text[:2], 2)
    if close < 0:
        return False
    rest = text[close + 2:].split("\n", 2)
    if len(rest) < 2 or rest[0].strip(" \t\\") or (span := _ITALIC_SPAN_LINE.match(rest[1].strip())) is None:
        return False
    return inline.reads_as_byline(span.group(2).strip(" .,"))


def _linked_name_dated_gloss(title: str, links: list[Link], after_year: str) -> bool:
    """``- [Movement Pruning](arxiv…) (2020) - Structured sparsification for …``: the paper link's own text names
    the work, a year in parentheses and a dash then gloss it. Why: read as an APA reference wrapped after its byline
    (``_APA_YEAR_LEAD``), a two-word name looked like an author and the gloss after the dash took the title; an APA
    byline is no link's whole text, and its year is closed by a period, never followed by a spaced dash."""
    return bool(links) and links[0].role == "paper" and title == inline.clean_title(links[0].text) \
        and after_year[:1] in "-–—" and after_year[1:2].isspace()


#: the dash (or colon) that sets a cited work's title off from its author-year lead
_TITLE_DASHES = ("-", "–", "—", ":")


#: the most words one person's name written out may have ("Jean-Paul de la Cruz")
_NAME_WORDS = 4


def _reference_under_author_year_key(title: str, description: str) -> citation.Citation | None:
    """``**Cox (1972)**`` then ``Cox, D. R. (1972). Regression Models and Life-Tables. *Journal …*, 34(2), 187–220.``:
    a bibliography page may head each reference with its author-year key (``citation.author_year_key``), set in
    bold on a line of its own, and write the reference in full below it. Why: the bold key opens the paragraph and
    was read as the work's title ("Cox"), the reference as its description. The reference is the work when it
    parses whole (authors and a title), carries the key's year and its first author bears the key's first surname
    (a key over some other work's reference names other authors). Returns the reference read, or None."""
    key = citation.author_year_key(title)
    if key is None:
        return None
    ref = citation.parse_citation(description)
    if ref is None or ref.confidence < 0.7 or not ref.authors or not ref.title or ref.year != key[1]:
        return None
    surname = key[0][0].split()[0].strip(",").lower()
    return ref if ref.authors[0].lower().startswith(surname) else None


def _cross_reference(link: Link) -> bool:
    """A link to another page of the same site or documentation (``../models/cphm.md``, ``guide.html#cox``), or to
    a section of this one (``#cox``): a relative path (``classify.in_list_repository``: no scheme, no host written
    without one) or an anchor."""
    return link.url.lstrip().startswith("#") or classify.in_list_repository(link.url)


def _emphasised_title_under_key(title: str, description: str, runs: tuple[str, ...]):
    """``**Fleming and Harrington (1991)**`` then ``*Counting Processes and Survival Analysis*. Wiley.``: under its
    author-year key (``citation.author_year_key``), a bibliography page names a book by its title alone, set in
    italics, then its publisher. Why: the bold key was read as the title and the italic title as an author's name.
    The emphasised run the description opens with (three words or more) is the title; the key gives the surnames
    and the year. Returns (title, surnames, year) or None."""
    key = citation.author_year_key(title)
    if key is None or not runs:
        return None
    run = " ".join(runs[0].split()).rstrip(" .,")
    if len(run.split()) < 3 or not " ".join(description.split()).startswith(run):
        return None
    return inline.clean_title(run) or run, key[0], key[1]


def _run_reads_as_names(run: str) -> bool:
    """Whether an emphasised run reads as a byline, not a title: two names or more, "et al.", or one name alone
    (a few words, nothing read after it). Why: a title in title case, ``*Sampling Trees from Evolutionary
    Models.*``, ``*Lateral Gene Transfer from the Dead.*``, opens with two capitalised words the trailer reader
    takes for one author's name, with the rest left over as a venue or dropped; such a title is no byline."""
    names = citation.parse_trailer(run)
    if not names.authors:
        return False
    return names.et_al or len(names.authors) >= 2 or len(run.split()) <= _NAME_WORDS and not names.venue


def _emphasised_title_after_authors(title: str, description: str, runs: tuple[str, ...], year: int | None):
    """``- **Frid-Adar et al. (2018)** – *GAN-based synthetic …*, *Neurocomputing*, [DOI](…)``: a resource list
    cites each work by its authors and year in bold (the bold lead, which reads as the title), then a dash, then
    the title in italics and the venue in italics. The emphasised run right after the dash is the title when the
    bold lead reads as a byline: names with "et al.", two names or more, or one name with its year (a tool's
    bold name then an italic gloss, "**SynthSeg** – *segments brain scans …*", states no year). The same work
    cited with a quoted title after a linked author-year is ``_quoted_title_after_authors``.
    Returns (title, authors, year, the next emphasised run when it reads as a venue) or None."""
    text = description.lstrip()
    if not runs or not text.startswith(_TITLE_DASHES):
        return None
    run = " ".join(runs[0].split()).rstrip(" .,")
    if len(run.split()) < 3 or not " ".join(text[1:].split()).startswith(run) or _run_reads_as_names(run):
        return None
    dated = _YEAR.search(title)
    names = citation.parse_trailer(_YEAR.sub("", title).strip(" ,()"))
    stated = year if year is not None else int(dated.group()) if dated else None
    if not names.authors or names.venue or not (names.et_al or len(names.authors) >= 2 or stated is not None):
        return None
    venue = " ".join(runs[1].split()).strip(" .,") if len(runs) > 1 else ""
    return inline.clean_title(run) or run, names.authors, stated, \
        venue if venue and citation.looks_like_venue(venue) and venue in " ".join(text.split()) else None


def _title_run_on_into_byline(title: str, cited_title: str, description: str = "") -> bool:
    """``[**Direct RNA-based detection … (ESBL)**]()`` / ``C Stein, O Makarewicz, …, M Klinger, ...`` / ``*PloS one 8
    (11), e80079*``: the item's own title, set apart (a link's text, bold), then a Google-Scholar byline whose
    truncation ", ..." the reference read whole took for the title's stop, so its title ran on over the names.
    True when the reference's title is the item's title and, after it, only a line of people's names (a byline
    ``blocks.is_byline_line`` reads): the set-apart title is the title. Why: a title with no closing stop gives the
    reference nothing else to end it at; the words after it are its authors."""
    if len(cited_title) <= len(title) + 3 or not cited_title.startswith(title) \
            or not cited_title[len(title)].isspace() or len(title.split()) < 3:
        return False
    rest = cited_title[len(title):].strip()
    if "," not in rest and description.startswith(rest):
        return _first_author_of_noted_byline(rest, description)
    return "," in rest and not any(c.isdigit() for c in rest) and blocks.is_byline_line(rest)


def _first_author_of_noted_byline(rest: str, description: str) -> bool:
    """``<strong>Title</strong> <br> <strong>Dana Vale</strong>, Ivo Petrov and Ken Aoki <br> CSCW 2024``: the title
    set apart on its line, the byline under it the entry's note; read together, the reference stopped its title at
    the byline's first comma, so the title ran on over the first author's name alone (``rest``, no comma in it).
    True when the note opens with that name, a comma and a second person's name, and those names read as a byline:
    the words after the set-apart title are its first author, not the end of its title."""
    names = description[len(rest):]
    if not names.startswith(","):
        return False
    second = names[1:].split(",", 1)[0].split(" and ", 1)[0].strip(" *")
    head = f"{rest}, {second}"
    return citation.personal_name(rest.strip(" *")) and citation.personal_name(second) \
        and not any(c.isdigit() for c in head) and blocks.is_byline_line(head)


def _run_on_byline(rest: str, description: str) -> tuple[str, ...]:
    """The authors of a reference whose title ran on over its byline (``_title_run_on_into_byline``): ``[3] Topol,
    Eric J. **High-performance medicine: …** Nature medicine 25.1 (2019): 44-56`` (Google Scholar's MLA form for one
    author, "Surname, Given I."; "Surname, Given, and Given Surname" for two) read whole gave the title "… Topol,
    Eric J" and no author; the set-apart title is kept, and the names it swallowed are the byline. They are read
    from the line's rest (``description``, which opens with them), as a trailer; () when it opens otherwise."""
    rest = rest.strip(" ,.")
    if not rest or not description.startswith(rest):
        return ()
    return citation.parse_trailer(description).authors


def _emphasised_run_holding(title: str, runs: tuple[str, ...]) -> str:
    """``**Liebo, Max J., …**. _Pocket Mobile Echocardiography: The Next-Generation Stethoscope? A Comparison of …
    to Standard TTE_. Annals …``: the reference reader ends a title at its question mark (a subtitle is read on
    only when it can tell), yet the list set the whole title apart in italics; the emphasised run that opens with
    the title read is the title. The title as read when no run extends it."""
    for run in runs:
        run = " ".join(run.split())
        if len(run) > len(title) + 3 and run.startswith(title) and run[len(title)] == " " \
                and len(run.split()) <= _MAX_TITLE_WORDS:
            return inline.clean_title(run) or title
    return title


#: the most words a title set apart in italics may have (a longer run is a note or an abstract)
_MAX_TITLE_WORDS = 40


def _emphasised_title_then_date(title: str, runs: tuple[str, ...]) -> tuple[str, int] | None:
    """``- [ ] *Dose-response analysis of parotid gland function: what is the best measure of xerostomia?* 2013. PMID
    23566529.``: a literature checklist may cite a work whose authors it did not note by its title alone, set in
    italics, then its year and its identifier written out. The emphasised run the line opens with is the title when
    all that follows it is a year, then nothing but an identifier (a few words at most); read as a byline, the
    title was taken for the authors' names and the whole line for the title. Returns (title, year) or None."""
    core = " ".join(runs[0].split()).strip(" .,") if runs else ""
    text = " ".join(title.split())
    if len(core.split()) < 3 or not text.startswith(core):
        return None
    rest = text[len(core):].lstrip(" *_.,")
    dated = _YEAR.match(rest)
    if dated is None:
        return None
    tail = rest[dated.end():].strip(" .,;")
    if tail and (len(tail.split()) > 4 or not ids.identifiers_from(tail, ()).any()):
        return None
    return inline.clean_title(core) or core, int(dated.group())


def _year_then_emphasised_title(title: str, runs: tuple[str, ...]) -> tuple[str, int] | None:
    """``- 2021 *Transformers for Long EEG Recordings* [[paper]](…)``: a reading list that dates each work by a bare
    year before it (``2017 Schirrmeister et al. *Title*``, ``_italic_title_after_byline``) may name a work with no
    byline, the year then the title set in italics; the emphasis marks where the title is, and the year is no word
    of it. Only when the line's text is the year and that one run, nothing else: a run among other words
    is a venue or a word set apart. Returns (title, year) or None."""
    core = " ".join(runs[0].split()).strip(" .,") if runs else ""
    text = " ".join(title.split())
    if len(core.split()) < 2 or (led := _YEAR_BEFORE_BYLINE.match(text)) is None \
            or text[led.end():].strip(" *_.,") != core:
        return None
    return inline.clean_title(core) or core, int(led.group(1))


#: the most words a trailer after an italic title may have, its identifier included ("Okafor et al., BioNLP 2023.
#: arXiv:…"); a longer tail is a note or a sentence, no citation trailer
_CITED_ID_TAIL_WORDS = 8


def _emphasised_title_then_cited_id(title: str, description: str,
                                    runs: tuple[str, ...]) -> tuple[str, citation.Citation] | None:
    """``- *Causal Intervention for Chest Radiograph Reporting*, arXiv:2303.19117, 2023.`` / ``- *Title*, CVPR 2023,
    doi:10.1109/…`` / ``- *Title*; Radiology 2022; PMID: 35412345``: a reading list without links sets each work's
    title in italics, then, after a comma or a semicolon, a short trailer (a byline, a venue, a year, in any order)
    holding the work's identifier written out. The emphasised run the line opens with is the title (parse offered it
    as a byline, so the whole line was read as the title); the trailer gives the byline, venue and year. Only a
    line with no link (a linked line's title stops at its link) and a trailer of a few words that names an
    identifier ("*Title*. 2013. PMID …" is ``_emphasised_title_then_date``'s). Parse may have cut the identifier
    off into the description ("CVPR 2023, doi:…"): the trailer goes on there. Returns (title, trailer) or None."""
    core = " ".join(runs[0].split()).strip(" .,") if runs else ""
    text = " ".join(title.split())
    if len(core.split()) < 3 or not text.startswith(core):
        return None
    rest = text[len(core):].lstrip(" *_")
    if rest[:1] not in (",", ";"):
        return None
    tail = f"{rest} {description}".strip(" ,;.")
    if not tail or len(tail.split()) > _CITED_ID_TAIL_WORDS or not ids.identifiers_from(tail, ()).any():
        return None
    return inline.clean_title(core) or core, citation.parse_trailer(tail)


def _emphasised_title_before_note_key(title: str, runs: tuple[str, ...]) -> tuple[str, tuple[str, ...], int] | None:
    """``- *Salmon provides fast and bias-aware quantification of transcript expression*, [[Patro2017]] ^1faca1``: a
    personal reading index (an Obsidian or Zotero vault) sets each work's title in italics, then names the note it
    filed the work under, a citation key or an author-year (``*Title*, Pal et al., 2018``), and may close the line
    with a block anchor. The emphasised run the line opens with is the title; the key names its first author and
    dates it. Anything more after the run (a venue, words) leaves the line to the other readings.
    Returns (title, authors, year) or None."""
    core = " ".join(runs[0].split()).strip(" .,") if runs else ""
    text = " ".join(title.split())
    if len(core.split()) < 3 or not text.startswith(core):
        return None
    rest = text[len(core):]
    if not rest.lstrip(" *_").startswith((",", "-", "–", "—", ";")):
        return None
    noted = citation.note_byline(rest.lstrip(" *_,;-–—"))
    if noted is None:
        return None
    return inline.clean_title(core) or core, noted[0], noted[1]


#: the dash a checklist sets between a reference's topic label and its byline ("Brain — Lawrence YR, et al.")
_LABEL_DASHES = (" — ", " – ")


def _after_topic_label(head: str) -> str:
    """``- [ ] Brain — Lawrence YR, et al. *Radiation dose-volume effects in the brain*. PMID 20171513.``: a
    literature checklist files each reference under a short topic label (an organ, an endpoint) set off by a dash
    before its byline. The byline is what follows the dash (the caller still checks that it reads as names); the
    label (four words at most, no stop, no comma) is no author, and left in front it made the names before the
    title read as no byline.
    Returns the text after the label, or ``head`` as it is when it has none."""
    for dash in _LABEL_DASHES:
        label, sep, rest = head.partition(dash)
        if sep and rest.strip() and 0 < len(label.split()) <= 4 and not any(c in label for c in ".,;:"):
            return rest.lstrip()
    return head


#: " — Atul Gawande. On how …", " by Eric J. Topol": a dash or "by", then a person's name (two to four capitalised
#: words or initials, "O’Neil", "Jean-Paul"), closed by a stop or the end of the text. Each token is bounded (no
#: nested repetition), so a long line costs one pass
_AUTHOR_BYLINE_AFTER_TITLE = re.compile(
    r"\s*(?:—|–|-{1,2}|by)\s+((?:[A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)?|[A-Z]\.)"
    r"(?:\s(?:[A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)?|[A-Z]\.)){1,3})(?:\.(?=\s|$)|$)")


#: the bullet or number that opens a list item's raw text ("- ", "* ", "12. ")
_LIST_MARKER = re.compile(r"(?:[-*+]|\d{1,4}[.)])[ \t]+")


def _italic_title_then_author(title: str, run: str, text: str) -> tuple[str, tuple[str, ...]] | None:
    """``- *The Checklist Manifesto* — Atul Gawande. On how simple …``, ``- *Deep Medicine* by Eric Topol.``: a
    reading list names a book as typography cites one, its title in italics (not bold: "**Tool** — Project Name" is
    a tool and its maker), then a dash or "by" and its author's name. Why: the italics opening a link-less item read
    as a name, and the whole line as prose. Only an italic run that opens the item, two words or more, followed by
    a person's name alone (closed by a stop or the line's end). Returns (title, (author,)) or None."""
    core = run.strip()
    if len(core.split()) < 2 or not title.startswith(core):
        return None
    raw = text.lstrip()
    raw = raw[marker.end():] if (marker := _LIST_MARKER.match(raw)) is not None else raw
    lead, plain = " ".join(raw[:len(core) + 4].split()), " ".join(core.split())  # (no-break spaces as spaces)
    if not (lead.startswith((f"*{plain}*", f"_{plain}_")) and not lead.startswith((f"**{plain}", f"__{plain}"))):
        return None
    m = _AUTHOR_BYLINE_AFTER_TITLE.match(title, len(core))
    return (core, (m.group(1),)) if m else None


def _italic_title_after_byline(title: str, description: str, runs: tuple[str, ...], links: tuple[Link, ...] = (),
                               raw: str = ""):
    """``Ethan Goh and Adam Rodman. _Title of the work_. Nature Medicine, 2025.``: a course's reading list cites a
    work by its byline (full names, which the Vancouver and author-date readings do not take for a reference),
    then its title set apart in italics, then the venue. The emphasised run the item's text holds right after a
    byline closed by a stop or a comma is the title; the names before it are its authors, the text after it the
    venue and year. A run that reads as names itself is a byline (``Title. *A. Author, B. Author*``), not a
    title. Returns (title, authors, the rest read as a trailer) or None.
    The italic title may be the text of the work's link (``Kyra Wilson and Aylin Caliskan. [_Title_](…pdf). AIES
    2024.``): the parsed line then holds the byline and the trailer without it (``_byline_before_linked_run``)."""
    text = " ".join(" ".join(filter(None, [title, description])).split()).replace(" ,", ",")
    for run in runs:
        core = " ".join(run.split()).rstrip(" .,")
        at = text.find(core)
        short = _short_italic_title_before_venue(text, at, core, run)
        if len(core.split()) < 3 and not short:
            continue
        if at < 0 and (byline := _byline_before_linked_run(title, core, links, raw)) is not None:
            text = " ".join(f"{byline} {core}{description}".split()).replace(" ,", ",")
            at = len(byline) + 1
        # ("Cynthia Rudin. [_Title_]. Nature …": brackets left of a link whose target was lost hold the title too)
        head = text[:at].rstrip(" [") if at > 0 else ""
        # (a run is names only when they cover it, ``_run_is_byline``: a title's comma list, "_Gender, Race, and …_",
        # or a title-case run the trailer reader splits into a "name" and a lower-case "venue", "*Polyp Size
        # Estimation with Monocular Depth Priors*", is the title, linked or not; and a work has one byline: after
        # Vancouver names, the run a journal follows is the title, ``_vancouver_byline_run_journal``)
        framed = _vancouver_byline_run_journal(head, text, at, core)
        # ("2022 Brennan et al <i>Title</i>": a byline's "et al" without its stop closes it as well; a group's name
        # set apart as the line's lead, "**Nordic Sedation Study Group** *Title.*", is closed by its emphasis as a
        # byline is by its stop)
        if not head.endswith((".", ",", " et al")) \
                and not (head == " ".join(title.split()) and citation.group_signature(head)) \
                or not short and not framed and _run_is_byline(core):
            continue
        head = _LEADING_READING_NOTE.sub("", _after_topic_label(head))
        # ("Faircloth2008 Faircloth BC. *Title.* …": a wiki bibliography's citation key before the byline is no name)
        head = citation.without_citation_key(head)
        # "2017 Schirrmeister et al. *Title* [[paper]](…)" / "<summary>2017 Schirrmeister et al. <u><i>Title</i></u>
        # …</summary>": a reading list dates each work by a bare year before its byline; the year is the work's,
        # no part of the byline (read with the names, the year made the head no byline and the title kept it)
        led = _YEAR_BEFORE_BYLINE.match(head)
        if led is not None:
            head = head[led.end():]
        # "Weiskopf NG, Weng C (2013), *Title*, JAMIA 20(1) — https://doi.org/…": an annotated bibliography dates
        # the byline (author-date), then sets the title in italics (the run right after the date is the title,
        # whatever words it ends with: "*Group-based trajectory modeling in clinical research*")
        dated = _BYLINE_YEAR_END.search(head)
        if dated is not None and _whole_reference_titled(text, core):
            return None  # "Prince, S. J. D. (2023). *Understanding Deep Learning*. MIT Press.": an APA reference
        if dated is not None:
            head = head[:dated.start()] + ","
        elif citation.looks_like_venue(core) and ":" not in core and len(core.split()) <= _MAX_VENUE_WORDS \
                and not short and not framed:
            continue  # "**Generalized Random Forests**, *Annals of Statistics*, 2019.": the journal in italics, no title
        if (group := citation.group_signature(head)) is not None:
            # "**The STARRT‐AKI Investigators.** *Timing of …*": a group signs the work, its name is the byline
            names = citation.Citation(title=None, authors=(group,), confidence=0.5)
        else:
            names = citation.parse_trailer(head)
            named = citation.without_et_al(head.rstrip(".,")) if names.et_al else head.rstrip(".,")
            if not names.authors or names.venue or names.year \
                    or len(" ".join(names.authors).split()) < len(named.replace(" and ", ", ").split()):
                continue  # every word before the title is a name: "Note. _…_" or "See the review, _…_" is no byline
        trailer = citation.parse_trailer(text[at + len(core):].strip(" .,]"))
        if dated is not None and trailer.year is None:
            trailer = dataclasses.replace(trailer, year=int(dated.group(1)))
        if led is not None and trailer.year is None:
            trailer = dataclasses.replace(trailer, year=int(led.group(1)))
        if trailer.authors and trailer.venue is None and not trailer.et_al:
            # "_Title_. Emergency Sonography 3, n1 (2020): 14‑20.": after the byline and the title, the words before
            # the volume are the journal, though a two-word name reads as a person's to the trailer reader
            trailer = dataclasses.replace(trailer, venue=trailer.authors[0], authors=())
        return inline.clean_title(core) or core, names.authors, trailer
    return None


#: a bare year dating a reading list's byline before it: "2017 Schirrmeister et al. *Title*" (the year, then
#: a space, then a letter: "2017. Title" or "2017-2019 …" is no such lead)
_YEAR_BEFORE_BYLINE = re.compile(r"((?:19|20)\d\d) (?=[^\W\d_])")

#: a reading note in brackets before a course list's byline: "(Expected for Everyone)", "(Required)", "[Optional]"
#: (words, opening with a letter: a reference's number "[1]" or a checkbox "[ ]" is no note)
_LEADING_READING_NOTE = re.compile(r"^\s*[(\[][^\W\d_][^()\[\]]{0,39}[)\]]\s+")


def _vancouver_byline_run_journal(head: str, text: str, at: int, core: str) -> bool:
    """``- **Dayan I, Roth HR, Zhong A, et al.** *Federated learning for predicting clinical outcomes in patients with
    COVID-19.* Nature Medicine. 2021;27(10):1735-1743. [doi:…](…)``: a clinical reading list writes each reference
    as a Vancouver byline ("Surname INITIALS", ``citation.vancouver_authors``, "et al." allowed), the title set apart
    in italics, then the journal, the year and the volume. The run between them is the title: a reference has one
    byline and one journal, and both stand on either side of it. Why: a title-case run ("*Geographic Dialysis
    Facility Density and Early Dialysis Initiation.*") read as two names, and a short plain one ("*Transfer Learning
    with Kernel Methods.*") as a journal's name, so the bold byline became the title. True when the text before
    the run is Vancouver names closed by a stop or a comma, and the text after it opens with a journal's name the
    trailer reader takes for a venue (no author in it)."""
    if at <= 0 or not head.endswith((".", ",")):
        return False
    names = citation.without_et_al(head.rstrip(" .,").lstrip("*_ ")).rstrip(" ,.")
    if not citation.vancouver_authors(names):
        return False
    rest = text[at + len(core):].lstrip(" .*_").strip(" .,]")
    trailer = citation.parse_trailer(rest)
    journal = trailer.venue if not trailer.authors else None
    if trailer.venue is None and len(trailer.authors) == 1 and not trailer.et_al and trailer.volume:
        journal = trailer.authors[0]  # ("BMC Nursing. 2022;21(1).": a two-word journal reads as a name, its volume not)
    return journal is not None and rest.startswith(journal) and trailer.year is not None \
        and (citation.looks_like_venue(journal) or citation.names_journal(journal))


def _byline_before_linked_run(title: str, core: str, links: tuple[Link, ...], raw: str) -> str | None:
    """``- (Expected for Everyone) Kyra Wilson and Aylin Caliskan. [_Gender, Race, and … Retrieval_](/docs/….pdf).
    AAAI/ACM Conference on AI, Ethics, and Society (AIES2024).``: a course's reading list links the italic title
    to the work's PDF, so that the line's parsed title is the byline before the link and its description the
    trailer after it. The byline (with the stop or comma the source writes after it, a leading reading note in
    brackets dropped) when the run is the whole text of one of the line's links and, in the source, that link
    follows the byline at once (``Names. [_Title_](…)``); None otherwise."""
    if not raw or not any(" ".join(inline.clean_title(link.text).split()).rstrip(" .,") == core for link in links):
        return None
    raw, title = " ".join(raw.split()), " ".join(title.split())  # (a no-break space is a space here)
    at = raw.find(core)
    head = raw[:at].rstrip(" [_*") if at > 0 else ""
    if not head.endswith((".", ",")) or not head[:-1].rstrip().endswith(title):
        return None
    return _LEADING_READING_NOTE.sub("", title) + head[-1]


def _run_is_byline(run: str) -> bool:
    """Whether an italic run after a byline is itself names (``Title. *A. Author, B. Author*``), not the title: read
    as a trailer it yields authors that cover every word of it up to the venue it may go on to, or it says "et al."
    or a year. Why: a title that opens with a comma list, ``_Gender, Race, and Intersectional Bias in Resume
    Screening via Language Model Retrieval_``, reads as two "authors" ("Gender, Race", "Intersectional Bias") and
    was refused as the title, the byline before it taken for the title instead."""
    names = citation.parse_trailer(run)
    if not names.authors:
        return False
    if names.et_al or names.year:
        return True
    if names.venue and names.venue[:1].islower() and not names.venue.startswith("in "):
        # "*Polyp Size Estimation with Monocular Depth Priors*": a "venue" that opens on a lower-case word ("with",
        # "for", "from") goes on with the title the reader took for a name; a byline's venue is named ("in Proc. …")
        return False
    # (names then a venue, "*A. Author, B. Author, Journal of Medical Ethics*": the names cover what precedes it)
    at = run.find(names.venue) if names.venue else -1
    named = (run[:at] if at > 0 else run).rstrip(" .,").replace(" and ", ", ")
    return len(" ".join(names.authors).split()) >= len(named.split())


#: words a short italic title may have that reads, alone, as a name or a venue ("*HyperGraphRAG.*", "*Drug-target
#: graphs at scale.*"): longer runs are weighed as titles already
_SHORT_ITALIC_TITLE_WORDS = 4


def _short_italic_title_before_venue(text: str, at: int, core: str, run: str) -> bool:
    """``Luo, H. et al. *HyperGraphRAG.* NeurIPS 2025; arXiv:2503.21322.``: a short italic run (a system's name, a
    few words) closed by its own stop inside the emphasis, then a venue of its own after it (a conference, a
    journal, "arXiv:" and its id, read by ``citation.parse_trailer``). Read alone, a one-word run is a surname and a
    few capitalised words a journal's name; but a venue named right after the run says the run is not the venue,
    and the stop set inside the emphasis ("*Title.*") is how this style closes a title. Why: the byline, the title
    and the venue ran together as the title. A run that names a journal itself ("*Nature Medicine.*") is its
    venue, and a run followed by no venue (volume and pages only: "*Nature.* 2019; 571:95.") is left alone."""
    if at < 0 or not core or len(core.split()) > _SHORT_ITALIC_TITLE_WORDS:
        return False
    if not run.rstrip().endswith(".") or citation.names_journal(core) or citation.names_venue(core) \
            or _INITIAL.search(text, 0, at) is None:
        return False  # (only after a byline of initialled names, "Luo, H. et al.": "Mental Health Commission.
        # *Crisis Line Operations Manual.* Technical report." is a body's report, read as it was)
    rest = text[at + len(core):].lstrip(" .*_").strip(" .,]")
    trailer = citation.parse_trailer(rest)
    # the venue opens what follows the run ("NeurIPS 2025; …", "arXiv:2505.09931, 2025"): a title run on after it
    # ("Galiè, N. *et al.* Sildenafil citrate therapy … *N. Engl. J. Med.*") says the run was the byline's
    return trailer.venue is not None and not trailer.authors and rest.startswith(trailer.venue) \
        and _ET_AL_RUN.fullmatch(core) is None


#: an initial of a byline's name ("Luo, H.", "I. Braga"): a lone letter and its stop
_INITIAL = re.compile(r"(?<!\w)[^\W\d_]\.")

#: an emphasised "et al." closing a byline ("Galiè, N. *et al.*"), never a title
_ET_AL_RUN = re.compile(r"(?i)et\.?\s*al")


def _whole_reference_titled(text: str, run: str) -> bool:
    """The item's whole text reads as one reference (``citation.parse_citation``: its byline, year, title and
    publisher) whose title is the italic run. Why: APA sets a book's title in italics after the dated byline
    ("Bishop, C. M. (2006). *Pattern Recognition and Machine Learning*. Springer."); read as a byline before an
    italic title, the initials after a lone surname were a second author and the publisher a name, and the
    reference, read whole, says all of it."""
    whole = citation.whole_reference(text, min_title_words=0)
    return whole is not None and whole.confidence >= 0.7 \
        and inline.clean_title(whole.title or "") == inline.clean_title(run)


#: words a journal's or proceedings' name runs to ("IEEE Transactions on Pattern Analysis and Machine Intelligence"):
#: an italic run longer, or one with a colon, is a title even when it ends with a venue's word ("… research")
_MAX_VENUE_WORDS = 10
#: a byline's closing year in parentheses, before the title: "Weiskopf NG, Weng C (2013),", "Suissa S (2008)."
_BYLINE_YEAR_END = re.compile(r"\s\(((?:19|20)\d\d)[a-z]?\)[.,]$")


#: "LIANA: a LIgand-receptor ANalysis frAmework: Dimitrov, D., Türei, D., …" / "Python-based: by integrating it into
#: a reference atlas; Lotfollahi, M., Naghipourfar, M., …": a note (a name, its expansion, how it is used) closed by
#: a colon or a semicolon, right before a byline of initialled surnames ("Surname, I., Surname, I."), Springer
#: Nature's reference style; bounded lead, one lazy run, no nested repetition
_NOTE_BEFORE_INITIALLED_BYLINE = re.compile(
    r"^[^\[\]()]{1,100}?[:;：]\s+(?=[^\W\d_][\w'’-]{1,30},\s[^\W\d_]\.(?:-?[^\W\d_]\.)?,\s[^\W\d_][\w'’-]{1,30},\s"
    r"[^\W\d_]\.)")


def _labelled_reference_past_note(text: str) -> citation.Citation | None:
    """The reference after a short name, its bracketed note and a colon ("scVI Tools  (NatureMethods; Cited by
    1215): Lopez, R., … (2018). Deep generative modeling for …. Nature methods, …"), or None. Why: read from the
    line's start, the note turned the name into a byline and the paper was titled "scVI Tools (NatureMethods"."""
    if "(" not in text[:40] or (m := _LABELLED_REFERENCE.match(text)) is None or m.group(1) is None:
        return None
    cited = citation.parse_citation(text[m.end():])
    return cited if cited is not None and cited.confidence >= 0.5 and cited.title and cited.authors else None


def _reference_past_note(text: str) -> citation.Citation | None:
    """The reference after a note that leads it on the same line ("LIANA: a LIgand-receptor ANalysis frAmework:
    Dimitrov, D., … Comparison of methods and resources … Nat Commun 13, 3224 (2022)."): a whole reference (authors,
    title, year) read past the note, or None. Why: read from the line's start, the note became the title (or the
    note and the byline together), and the paper was titled by what the list said of it."""
    if (m := _NOTE_BEFORE_INITIALLED_BYLINE.match(text)) is None:
        return None
    cited = citation.parse_citation(text[m.end():])
    return cited if cited is not None and cited.confidence >= 0.5 and cited.title and len(cited.authors) >= 2 \
        else None


#: "Name: Authors (2020). Title.": a short name and a colon before an author-year reference; the name may carry a
#: bracketed note ("scVI Tools  (NatureMethods; Cited by 1215): Lopez, R., … (2018). Title.": group 1)
_LABELLED_REFERENCE = re.compile(
    r"^[^:：\[\]()]{1,40}(\([^:：\[\]()]{1,80}\)\s*)?[:：]\s+"
    r"(?=[^\W\d_][^:：()]{0,120}?\((?:19|20)\d\d[a-z]?\)\.\s+\S)")


#: a venue field's value that ends with the year: "CVPR, 2022", "Medical Image Analysis 2022", or the year joined to
#: the venue's name by a dash ("JAMIA-2021", "arXiv – 2023": a table's "Venue" cell written as one token)
_VENUE_THEN_YEAR = re.compile(r"(.*?\D)(?:[\s,]+|(?<=[^\W\d_])\s*[-–]\s*)((?:19|20)\d\d)\.?")


#: a venue cell's value whose year is followed by a track or the kind of talk: "NeurIPS 2024 D&B", "MICCAI 2023
#: (Oral)", "ICLR 2024 Workshop" (no digit after the year: "Nature 2023 15(2):1-9" is a whole reference; no comma
#: before it: "Medical Physics, Dec. 2020 (Editor's Choice)" dates an issue)
_VENUE_YEAR_TRACK = re.compile(r"([^\W\d_][^\d\n,;]{0,60}?)\s+((?:19|20)\d\d)\s+([^\d\s][^\d\n]{0,30})")

#: a venue cell's value whose year is followed by a bracketed aside: "ICLR 2024 (arXiv 2023)", "Nature Methods 2024
#: (bioRxiv 2023)", "MICCAI 2024 (Oral)" (``_venue_year_aside`` tells a preprint's aside from a track)
_VENUE_YEAR_ASIDE = re.compile(r"([^\W\d_][^\d\n,;()]{0,60}?)[\s,]{1,4}((?:19|20)\d\d)\s{0,3}\(([^()\n]{1,40})\)\.?")


def _venue_year_aside(value: str) -> tuple[str, int] | None:
    """``ICLR 2024 (arXiv 2023)`` → ("ICLR", 2024): a venue field's venue and year, then in brackets where the work
    was posted first (a preprint server, perhaps its year, "preprint"); the venue and its year are the work's, the
    aside only dates the preprint. None for any other value (a track, "MICCAI 2024 (Oral)", is ``_VENUE_YEAR_TRACK``'s)."""
    m = _VENUE_YEAR_ASIDE.fullmatch(value.strip()) if len(value) <= 120 else None  # (a field's value is short)
    if m is None:
        return None
    aside = " ".join(w for w in m.group(3).replace(",", " ").split() if not _YEAR.fullmatch(w))
    if not aside or not (citation.names_preprint_server(aside) or aside.casefold() in ("preprint", "pre-print")):
        return None
    return m.group(1).strip(), int(m.group(2))


#: a venue cell's value closed by its year in brackets: "Synthetic Biology Journal (2023)"
_VENUE_PAREN_YEAR = re.compile(r"(.*?\S)\s*\(((?:19|20)\d\d)\)")


def _venue_slash_year(low: str) -> bool:
    """A field or column label (lower case) naming the venue, then the year, joined by a slash ("venue / year",
    "journal/year"): its values are written the same way, "MICCAI/ 2022"."""
    venue, _, when = low.partition("/")
    return venue.strip() in _VENUE_FIELD and "/" not in when and _dates_work(when.strip())


def _author_column_names(entry: Entry) -> tuple[str, ...]:
    """The names a table row's "Authors" cell credits (``blocks.column_authors``): "| Paper | Authors | Code |" /
    "| [Title](arxiv…) | Marta Olsen, Jonas Weber | [GitHub](…) |". Why: the row states its work's byline in a
    column of its own, as ``_from_fields`` reads its venue and year from theirs; only a paper's row is read so
    (a "| Model | Authors |" row that is no paper has no citation). () for a row without such a cell."""
    if not any(label == TITLE_COLUMN_FIELD for label, _ in entry.fields):
        return ()
    for label, value in entry.fields:
        if blocks._AUTHORS_FIELD.match(label):
            return tuple(blocks.column_authors(value))
    return ()


def _date_column_year(entry: Entry) -> int | None:
    """The year a field or column that dates the work gives ("| Year |", "| 年份 |"), if any."""
    for label, value in entry.fields:
        if _dates_work(label.lower()) and (m := _YEAR.search(value)) is not None:
            return int(m.group(0))
    return None


#: a field's or a column's value that says it has none: "none", "N/A", "TBD", "unknown", "—", "暂无", "未知" (a Venue
#: column's cell where the work has not appeared anywhere yet, a template's blank): no venue of that name
_NO_VALUE_CELL = re.compile(r"(?i)n/?a|none|nil|null|unknown|tb[ad]|to be (?:announced|determined)|"
                            r"not (?:yet )?(?:available|published|applicable)|[-–—]{1,3}|\?{1,3}|无|暂无|未知|待定|なし")


#: what joins two venue words in one label: "会议/期刊", "Conference or Journal", "会议或期刊", "Journal & Conference"
_VENUE_LABEL_JOINT = re.compile(r"\s*(?:/|\bor\b|&|\band\b|或|和|及|、)\s*")


def _joined_venue_label(low: str) -> bool:
    """``| 会议/期刊 |``, ``| 会议或期刊 |``, ``| Conference or Journal |``: a label of venue words joined by a slash, "or",
    "&" (or their Chinese 或 / 和 / 及 / 、) names the venue as each word does."""
    parts = _VENUE_LABEL_JOINT.split(low.strip())
    return len(parts) >= 2 and all(part in _VENUE_FIELD for part in parts)


def _from_fields(entry: Entry, year: int | None, venue: str | None) -> tuple[int | None, str | None]:
    for label, value in entry.fields:
        low = label.lower()
        if year is None and (_dates_work(low)
                             or not _FOREIGN_YEAR_HEADER_WORDS.isdisjoint(_foreign_header_words(low))):
            m = _YEAR.search(value)
            if m:
                year = int(m.group(0))
        # ("| 会议/期刊 |", "| Conference / Journal |": a label of venue words parted by slashes names the venue too)
        if venue is None and (any(w == low for w in _VENUE_FIELD) or _joined_venue_label(low)) \
                and 1 < len(value) <= 80 and not _NO_VALUE_CELL.fullmatch(value.strip(" .*_`")):
            venue = value
            dated = _VENUE_THEN_YEAR.fullmatch(value.strip()) or _VENUE_PAREN_YEAR.fullmatch(value.strip())
            # "- 📖 Conference: CVPR, 2022", "- **雑誌名**: Journal of thoracic disease (2025)": the venue, then its year
            if dated is None and (aside := _venue_year_aside(value)) is not None:
                # "| ICLR 2024 (arXiv 2023) |": the venue and its year, the preprint's year an aside
                venue, year = aside[0], year if year is not None else aside[1]
            elif dated is not None:
                venue = dated.group(1)
                year = year if year is not None else int(dated.group(2))
            elif (tracked := _VENUE_YEAR_TRACK.fullmatch(value.strip())) is not None:
                # "| NeurIPS 2024 D&B |", "| MICCAI 2023 (Oral) |", "| ICLR 2024 Workshop |": the venue's year, then
                # the track or the kind of talk; the year dates the work, the venue keeps its track
                venue = f"{tracked.group(1)} {tracked.group(3)}"
                year = year if year is not None else int(tracked.group(2))
        elif venue is None and "/" in low and 1 < len(value) <= 80 and _venue_slash_year(low):
            # "| Venue / Year |" over "| IEEE TMI/ 2023 |" (or "| MICCAI 2021 |"): the column gives the venue, then
            # the year, a slash or a space between them
            head, _, tail = value.rpartition("/")
            if len(head.strip()) > 1 and _YEAR.fullmatch(tail.strip()):
                venue = head.strip()
            elif (dated := _VENUE_THEN_YEAR.fullmatch(value.strip())) is not None:
                venue = dated.group(1)
            elif (aside := _venue_year_aside(value)) is not None:
                venue = aside[0]  # "**Venue/Year:** ICLR 2024 (arXiv 2023)": the preprint's year is an aside
            elif (tracked := _VENUE_YEAR_TRACK.fullmatch(value.strip())) is not None:
                venue = f"{tracked.group(1)} {tracked.group(3)}"  # "NeurIPS 2023 (Spotlight)", as a "Venue" field
    if venue is None and (stated := next((value for label, value in entry.fields
                                          if label == VENUE_YEAR_COLUMN_FIELD and value), None)) is not None:
        # "| Method | Veneue | Reference |" over "|Med-BERT |NPJ-2021 |[Title](…)|", "|Name|Info|Link|" over "| TOG
        # 2015 |": a column whose cells are each a venue and its year (``tables.venue_year_columns``), whatever its
        # header says, states the row's venue and year as a "Venue" column does
        glued = classify.glued_venue_year(stated) or (
            (m["venue"], int(m["year"])) if (m := tables.DASH_VENUE_YEAR.fullmatch(stated)) is not None else None)
        dated = None if glued is not None else _VENUE_THEN_YEAR.fullmatch(stated) or _VENUE_PAREN_YEAR.fullmatch(stated)
        if glued is not None or dated is not None:
            venue = glued[0] if glued is not None else dated.group(1).strip(" ,")
            year = year if year is not None else glued[1] if glued is not None else int(dated.group(2))
    if entry.description and (year is None or venue is None):
        # paragraph-block dialect: "[2020] [MICCAI]"
        for m in _BRACKET.finditer(entry.description[:200]):
            token = m.group(1).strip()
            y = _YEAR.fullmatch(token)
            if y and year is None:
                year = int(token)
            elif venue is None and not y and token.replace(" ", "").isalnum() and any(c.isupper() for c in token) \
                    and classify.label_role(token) in (None, "paper") and len(token) <= 30 \
                    and not classify.status_note(token):  # ("[Under review]", "[Code released]": a status, no venue)
                venue = token
    return year, venue


def _slipped_title_links(entries: list[Entry]) -> list[Entry]:
    """``[Controlling … by Orthogonal Finetuning](arxiv A) <br> … |[Github](…) <br> [Paper](arxiv B)|`` where arXiv A
    is the id the list already gave an earlier work of another title (``[LoRA: …](arxiv A)`` rows above): the title
    link is a slip, copied from the row it was written after, and the item's own "[Paper]" link gives its identifier.
    The entry takes identifier B in A's stead and the paper ``_other_papers`` split off by B (titled by the item's
    own title, its one link a bare "[Paper]"/"[PDF]" label) is dropped. Why: the item became two papers of one title,
    the first with the other work's identifier and the code, the second with its own identifier and no code. Only
    when A was first given to a differently titled entry: two ids on one line with no such evidence stay as
    ``_other_papers`` reads them. Linear: one dictionary of first holders, one look-back per entry."""
    holders: dict[tuple[int, str], str] = {}  # (kind of identifier, value) → the title of the first entry giving it
    out: list[Entry] = []
    for e in entries:
        prev = out[-1] if out else None
        if prev is not None and e.kind == prev.kind == "paper" and e.line == prev.line and e.title == prev.title \
                and len(e.links) == 1 and classify.label_role(e.links[0].text.strip()) == "paper" \
                and classify.is_link_label(e.links[0].text.strip()) \
                and any(d.code == "another-paper" for d in e.diagnostics):
            mine, theirs = prev.identifiers.as_tuple(), e.identifiers.as_tuple()
            slipped = [k for k, (m, t) in enumerate(zip(mine, theirs)) if m is not None and t is not None and m != t]
            title_ids = [ids.ids_from_url(x.url) for x in prev.links
                         if x.role == "paper" and " ".join(x.text.split()) == " ".join(prev.title.split())]
            if len(slipped) == 1 and any(f[slipped[0]] == mine[slipped[0]] for f in title_ids) \
                    and holders.get((slipped[0], mine[slipped[0]]), prev.title).casefold() != prev.title.casefold():
                k = slipped[0]
                fixed = tuple(theirs[i] if i == k else mine[i] for i in range(len(mine)))
                out[-1] = dataclasses.replace(prev, identifiers=Identifiers(*fixed))
                for i, v in enumerate(fixed):
                    if v is not None:
                        holders.setdefault((i, v), prev.title)
                continue
        if e.kind == "paper":
            for i, v in enumerate(e.identifiers.as_tuple()):
                if v is not None:
                    holders.setdefault((i, v), e.title)
        out.append(e)
    return out


def _with_other_papers(entries: list[Entry]) -> list[Entry]:
    """Each entry, followed by the other papers it names (``_other_papers``): a paper's, or a resource's or a
    site's (``| [Vortal](…) | … (ref: [1](doi A) [2](doi B)) |``: a dataset's row citing two references keeps one
    identifier of each kind, so the second reference is a paper of its own, lest its identifier be lost)."""
    out: list[Entry] = []
    for e in entries:
        if e.kind == "paper" and len(e.links) > 1:
            e = _named_by_own_citation(e)
        out.append(e)
        if (numbered := _numbered_works(e)) is not None:
            out[-1], works = numbered
            out.extend(works)
        elif (quoted := _other_quoted_works(e)) is not None:
            theirs = {id(x.links[0]) for x in quoted}
            if e.kind == "paper" and any(id(x) in theirs for x in e.links):
                out[-1] = dataclasses.replace(e, links=tuple(x for x in e.links if id(x) not in theirs))
            out.extend(quoted)
        elif (e.kind in ("paper", "website") or e.kind in _RESOURCE_KINDS) and len(e.links) > 1:
            out.extend(_other_papers(e))
        if e.kind == "paper" and e.fields:
            out.extend(_other_bold_works(e))
    return out


#: a link a note numbers as one of a series: "(1) [Mean Teacher](…); (2) [Entropy Minimization](…)", "1) [A](…), 2) [B](…)"
_NUMBERED_LINK = re.compile(r"(?:^|[\s:;,])\(?(\d{1,2})\)\s*\[([^\]\n]+)\]\(\s*<?([^)\s>]+)")


def _numbered_work_links(text: str) -> set[str]:
    """The addresses of the links a text numbers in order, "(1) [A](…); (2) [B](…); (3) [C](…)": two or more,
    numbered 1, 2, … (from any start) with no gap; an empty set otherwise (one "(1)" is no series)."""
    found = [(int(m.group(1)), m.group(3)) for m in _NUMBERED_LINK.finditer(text)]
    if len(found) < 2 or [n for n, _ in found] != list(range(found[0][0], found[0][0] + len(found))):
        return set()
    return {url for _, url in found}


def _numbered_works(entry: Entry) -> tuple[Entry, list[Entry]] | None:
    """The works a note enumerates by number, each a paper of its own named by its link, and the note without them:
    ``- This repo has re-implemented these methods …: (1) [Mean Teacher](papers.nips.cc…); (2) [Entropy
    Minimization](…); … (5) [Interpolation Consistency Training](arXiv A); … (7) [Cross Pseudo Supervision](arXiv
    B).`` Why: the note took the identifier of one of them as its own and read the others as passing mentions,
    keeping only the first of each kind of identifier: arXiv A and B were lost, and the note, a sentence about a
    repository, stood as a paper. A numbered series of paper links is the works the note lists, none of them the
    note's own work: the note keeps no identifier of theirs, and is a paper no more.

    Only when two or more numbered links are paper links named by a work's name (not a link word, "(1) [arXiv](A)
    (2) [Journal](B)" being one work's versions) and every paper link with an identifier is one of them (a title
    link or a "[Paper]" of the item's own beside them makes the item that paper); None otherwise."""
    if len(entry.links) < 2 or (entry.kind != "paper" and entry.kind not in _RESOURCE_KINDS) \
            or ")" not in entry.text:
        return None
    numbered = _numbered_work_links(entry.text)
    if not numbered:
        return None
    works = [x for x in entry.links if x.url in numbered and x.role == "paper" and x.text.strip()
             and not classify.is_link_label(x.text.strip()) and not _names_version(x.label)]
    if len(works) < 2 or any(x.role == "paper" and any(ids.ids_from_url(x.url)) and x not in works
                             for x in entry.links):
        return None
    out: list[Entry] = []
    seen: set = set()
    for link in works:
        found = ids.ids_from_url(link.url)
        key = found if any(found) else link.url
        if key in seen:
            continue
        seen.add(key)
        line = link.line or entry.line
        out.append(Entry(source=entry.source, line=line, end_line=line, topic=entry.topic, text=entry.text,
                         title=inline.clean_title(link.text) or link.text.strip(), links=(link,), kind="paper",
                         identifiers=Identifiers(*found), diagnostics=(Diagnostic(
                             entry.source, line, "numbered-work",
                             f"the item at line {entry.line} enumerates a work: {link.url}", "info"),)))
    rest = tuple(x for x in entry.links if x not in works)
    note = dataclasses.replace(entry, links=rest, identifiers=Identifiers(),
                               kind="other" if entry.kind == "paper" else entry.kind)
    return note, out


def _other_quoted_works(entry: Entry) -> list[Entry] | None:
    """The papers a line cites by quoted title and venue-tag link (``_quoted_titles_with_venue_tags``) besides the
    entry itself, or None when it cites none that way (``_other_papers`` then reads its links).

    - a repository quoting several (its entry is the first, ``type_entry``): the others, each with the repository
      as its own code;
    - a resource that is no code (a data set's page) closing its note on its paper's quoted title and venue tag
      (``- [N-Caltech101](site) : The … dataset … "Converting Static Image Datasets …". (**[Frontiers in
      neuroscience, 2015](doi…)**)``): that paper, a record of its own (the data set keeps its link), else it was
      lost under the data set's name."""
    if len(entry.links) < 2:
        return None
    closing = entry.description.rstrip(" .")[-1:]  # (the cheap test first: most notes close on no quote)
    if not closing or closing not in _TITLE_CLOSE_QUOTES:
        return None
    first = entry.links[0]
    if entry.kind == "paper" and first.role == "code":
        works = _quoted_titles_with_venue_tags(entry.links, entry.description)
        if not works or works[0][0] != entry.title:
            return None
        works, code = works[1:], (first,)
    elif entry.kind in _RESOURCE_KINDS and first.role not in ("code", "paper"):
        works, code = _quoted_titles_with_venue_tags(entry.links, entry.description, least=1), ()
    else:
        return None
    if not works:
        return None
    return [Entry(source=entry.source, line=entry.line, end_line=entry.end_line, topic=entry.topic, text=entry.text,
                  title=title, links=(link,) + code, kind="paper", venue=venue, year=year,
                  identifiers=Identifiers(*ids.ids_from_url(link.url)), diagnostics=(Diagnostic(
                      entry.source, entry.line, "another-paper",
                      f"the item at line {entry.line} names another paper: {title}", "info"),))
            for title, venue, year, link in works]


def _other_bold_works(entry: Entry) -> list[Entry]:
    """The other works a link-less paper note sets in bold (``BOLD_WORK_FIELD``): ``… **Massively Parallel
    Single-Cell RNA-Seq for …**. Its second version …: **MARS-seq2.0: an experimental …**`` names two papers."""
    return [Entry(source=entry.source, line=entry.line, end_line=entry.end_line, topic=entry.topic, text=entry.text,
                  title=title, kind="paper", description=entry.description, diagnostics=(Diagnostic(
                      entry.source, entry.line, "another-paper",
                      f"the item at line {entry.line} names another paper: {title}", "info"),))
            for label, title in entry.fields if label == BOLD_WORK_FIELD and not entry.links]


def _works_cited_by_author_year(entry: Entry) -> list[Link]:
    """The paper links of an item that cites two works or more each by its own author-year link, and no work
    otherwise: ``| 19 Oct | Mammography: [Berry (1998)](doi A), [Kopans and Halpern (1999)](doi B) |``, ``[Hoover
    (2008)](doi A); [Stampfer (2008)](doi B); …``, ``[Van Noorden (2013)](…)`` (a name particle may open one).
    Why: a course's reading schedule names each reading by its authors and year under the session's topic; the topic is shared by the readings, so it titles none of them,
    and each reading is named by its own citation. An icon link (no text) restating a reading is no other work.
    Empty when the item is anything else (one cited work: its label may be its title, "Statistical modeling:
    the two cultures [Breiman (2001)](…)")."""
    if any(value.strip() == entry.title for _, value in entry.fields):
        return []  # "| **PathMix** | [Smith 2022](doi) · [Lee 2023](pmc) |": a name cell of its own titles the row
    cited = [link for link in entry.links if link.role == "paper" and link.text.strip()
             and any(ids.ids_from_url(link.url))]
    found = [ids.ids_from_url(link.url) for link in cited]
    if len(cited) < 2 or not all(classify.author_year_label(link.text.strip())
                                 for link in cited):
        return []
    # each a work of its own: any two name different works by the same kind of identifier (a DOI and a PMCID may
    # be one work's; two DOIs are two works)
    if not all(any(x is not None and y is not None and x != y for x, y in zip(a, b))
               for a, b in itertools.combinations(found, 2)):
        return []
    return cited


def _named_by_own_citation(entry: Entry) -> Entry:
    """``entry`` titled by its own author-year link when it is the first of several works an item cites that way
    (``_works_cited_by_author_year``), the year that citation gives its year; else ``entry`` unchanged."""
    cited = _works_cited_by_author_year(entry)
    if not cited:
        return entry
    mine = entry.identifiers.as_tuple()
    own = next((link for link in cited if ids.ids_from_url(link.url) == mine), cited[0])
    year = _YEAR.search(own.text)
    return dataclasses.replace(entry, title=" ".join(own.text.split()),
                               year=entry.year if entry.year is not None or year is None else int(year.group(0)))


def _other_papers(entry: Entry) -> list[Entry]:
    """Papers an item names besides its own: a paper link whose identifier contradicts the entry's
    (a second arXiv id, a second journal DOI) is a second paper, not a second identifier of the first.

    "| **Med-Omni** | [arXiv:2404.10001](…), [arXiv:2409.20002](…) |": an entry keeps one identifier of
    each kind, so the second paper's would otherwise be lost. Each becomes a paper entry of its own at
    its link's line, named by its link text when that names a work, else by the item's title; the
    item's code stays with the item's own paper. A preprint server's DOI beside a journal DOI is the
    same work's other version, not another paper.
    """
    own = entry.identifiers
    mine = (own.doi, own.arxiv, own.pmid, own.pmcid)
    seen: set[tuple] = set()
    out: list[Entry] = []
    series: set[int] | None = None  # ids of the resource's enumerated articles (``_enumerated_articles``), once
    withheld = _passing_mentions(entry.links, [x for x in entry.links if x.role == "paper"], entry, entry.title)
    taken: set[int] = set()  # the kinds of identifier (doi, arxiv, pmid, pmcid) a link before gives
    by_citation: set[int] | None = None  # the links of works the item cites each by author-year, once asked
    stacked: tuple[list[Link], int] | None = None  # its paper links and how many are short, once asked
    names_before: dict[str, str] | None = None  # the names the line writes before its links, once asked
    for link in entry.links:
        if id(link) in withheld:
            found = ids.ids_from_url(link.url)
            first_of_kind = any(f is not None and k not in taken for k, f in enumerate(found))
            taken.update(k for k, f in enumerate(found) if f is not None)
            if first_of_kind and found not in seen and not any(f is not None and f == m for f, m in zip(found, mine)):
                # "- [U-Net++](pubmed…) - … features [DenseNet](arXiv A)-like skip connections": the work a note
                # mentions, first of its kind of identifier, would have been the item's; it gives the item none
                # (``_passing_mentions``), and is a paper of its own (a data set's DOI link, a data set), named by
                # its link, lest its identifier be lost (a later mention stays a passing one, as below)
                seen.add(found)
                line = link.line or entry.line
                out.append(Entry(source=entry.source, line=line, end_line=line, topic=entry.topic, text=entry.text,
                                 title=link.text.strip(), links=(link,),
                                 kind="dataset" if link.role == "dataset" else "paper",
                                 identifiers=Identifiers(*found), diagnostics=(Diagnostic(
                                     entry.source, line, "mentioned-paper",
                                     f"the item at line {entry.line} mentions another work: {link.url}", "info"),)))
            continue
        if link.role == "dataset":
            if (named := _data_named_by_its_paper(link, entry, mine, seen)) is not None:
                seen.add(named.identifiers.as_tuple())
                out.append(named)
            continue
        if link.role != "paper":
            continue
        found = ids.ids_from_url(link.url)
        taken.update(k for k, f in enumerate(found) if f is not None)
        learned_data = tables.names_learned_data(link.label)
        if found in seen or not any(f is not None and m is not None and f != m for f, m in zip(found, mine)) \
                and not _coordinated_work(link, entry) and not (learned_data and any(found)):
            continue
        if found[0] and own.doi and ids.is_preprint_doi(found[0]) != ids.is_preprint_doi(own.doi):
            continue  # a preprint and its journal version: one work
        if _mentioned_in_prose(link, entry):
            if series is None:
                series = {id(x) for x in _enumerated_articles(entry)}
            if id(link) not in series:
                continue  # "- [Tacotron 2](…) - A [WaveNet](…) used as a vocoder …": a work the note mentions, not one the item lists
            # "[BIDS](…) … including [MRI](article A), [EEG](article B) …": one of the resource's articles, named by
            # its part, titled by the item's name and that part
            seen.add(found)
            line = link.line or entry.line
            out.append(Entry(source=entry.source, line=line, end_line=line, topic=entry.topic, text=entry.text,
                             title=f"{entry.title} ({link.text.strip()})", links=(link,), kind="paper",
                             identifiers=Identifiers(*found), diagnostics=(Diagnostic(
                                 entry.source, line, "another-paper",
                                 f"the item at line {entry.line} names another paper: {link.url}", "info"),)))
            continue
        if _names_version(link.label) or _names_companion(link.label):
            continue  # "[journal pdf](arXiv A) & [conference pdf](arXiv B)": one work's versions, the first kept;
            # "[Nature Methods: Short intro](DOI A) & [Nature Methods](DOI B)": a companion piece about the work
        seen.add(found)
        text = link.text.strip()
        line = link.line or entry.line
        if by_citation is None:
            by_citation = {id(x) for x in _works_cited_by_author_year(entry)}
        if id(link) in by_citation:
            text = " ".join(text.split())  # "[Kopans and Halpern (1999)](doi B)": the reading's own citation names it
        elif not inline.names_work(text, 4) and not (learned_data and text) and not _sibling_name(text, entry) \
                and not _short_title_among_titles(link, entry, stacked := stacked or _stacked_paper_links(entry)):
            # (the data's article under a "Pretraining Data" column is named by its link text, "MIMIC-III")
            # ("· FineRadScore — [arXiv:2405.20613](…)": the name the line writes before the link names it)
            if names_before is None:
                names_before = _names_written_before(entry)
            text = names_before.get(link.url) or _title_beside(link, entry)
            prior = next((i for i, x in enumerate(out) if text and x.title == text
                          and not x.identifiers.any()), None)
            if prior is not None:
                # "[Title B](publisher page) [![doi](badge)](doi B)": the badge gives the identifier of the work
                # already split out by its title link, one paper, not two
                out[prior] = dataclasses.replace(out[prior], identifiers=Identifiers(*found),
                                                 links=out[prior].links + (link,))
                continue
        dated = _YEAR.search(text) if id(link) in by_citation else None
        # (a news item's second work linked by a phrase describing it, "IROS'22 [the OrthoSim platform paper](arxiv
        # B) was presented …", is one more news item: its identifier kept, no paper titled by the phrase)
        news = entry.kind == "website" and classify.describes_a_work(link.text or link.label) and _news_line(entry)
        out.append(Entry(source=entry.source, line=line, end_line=line, topic=entry.topic, text=entry.text,
                         title=text or entry.title, links=(link,), kind="website" if news else "paper",
                         year=int(dated.group(0)) if dated is not None else None,
                         identifiers=Identifiers(*found), diagnostics=(Diagnostic(
                             entry.source, line, "another-paper",
                             f"the item at line {entry.line} names another paper: {link.url}", "info"),)))
    return out


def _data_set_name(text: str) -> bool:
    """A data set's name as a link text gives it: a short name marked as one by a digit or a second capital
    ("DBP15K", "DBP2.0", "MIMIC-III", "WU-Minn HCP", "ADNI GO"); not a phrase that says what the link is
    ("Data portal", "Download here") nor a written-out address."""
    if not text or len(text) > 40 or len(text.split()) > 4 or "/" in text or classify.is_link_label(text):
        return False
    return any(c.isdigit() for c in text) or sum(c.isupper() for c in text) >= 2


def _data_named_by_its_paper(link: Link, entry: Entry, mine: tuple, seen: set[tuple]) -> Entry | None:
    """A data set of its own, named by its link's text and identified by the paper its link points to, when a
    data-role link (a "Datasets" column's, a "dataset:" field's) names a data set and links that data set's paper:
    ``| industry eval EA | [An Industry Evaluation …](aclanthology…) | … | cross-lingual EA: [DBP15K](arxiv.org/pdf/
    1708.05045v2.pdf), … |``. Why: the row's own paper keeps no identifier of a data-role link, so the data set's
    paper, and its identifier, were lost. None when the link gives no identifier, one the item's own work or an
    earlier link already has, or its text is no name (empty, a bare label such as "[data]", a long phrase)."""
    found = ids.ids_from_url(link.url)
    if not any(found) or found in seen or any(f is not None and f == m for f, m in zip(found, mine)):
        return None
    text = " ".join(link.text.split())
    if not _data_set_name(text) or classify.url_role(link.url) != "paper":
        return None  # (a data repository's DOI, Zenodo's, Dryad's, a capsule's, is the deposit, not its paper)
    line = link.line or entry.line
    return Entry(source=entry.source, line=line, end_line=line, topic=entry.topic, text=entry.text, title=text,
                 links=(link,), kind="dataset", identifiers=Identifiers(*found), diagnostics=(Diagnostic(
                     entry.source, line, "mentioned-paper",
                     f"the item at line {entry.line} names a data set by its paper: {link.url}", "info"),))


#: a short work name as a link text gives it ("S-CAP", "REVEL v2 scores" is too long a phrase to be
#: cheap to judge and is left to ``names_work``): one to three words opening with a letter, no punctuation
#: of an identifier or an address
_SHORT_NAME = re.compile(r"[A-Za-z][\w+-]*(?: [A-Za-z][\w+-]*){0,2}")

#: a bare version or number tag ("v2", "V1.5"), which says which version, not which work
_VERSION_TAG = re.compile(r"[vV]\d[\w.]*")


def _sibling_name(text: str, entry: Entry) -> bool:
    """``* [M-CAP](nature.com/articles/A) / [S-CAP](nature.com/articles/B)``: an item named by its first paper link's
    text, a short name, that links a second paper under a short name of its own lists two tools' papers side by
    side; the second is called by its own link text, not by the item's name. Only a name: capitalised somewhere,
    not a version tag, a link label ("PDF", "Code"), a venue ("Nature") or an identifier."""
    first = entry.links[0] if entry.links else None
    if first is None or first.role != "paper" or first.text.strip() != entry.title or len(entry.title.split()) > 3:
        return False
    if not _SHORT_NAME.fullmatch(text) or text == entry.title or not any(c.isupper() for c in text) \
            or _VERSION_TAG.fullmatch(text):
        return False
    return not classify.is_link_label(text) and not citation.names_journal(text) \
        and not ids.identifiers_from(text, ()).any()


def _stacked_paper_links(entry: Entry) -> tuple[list[Link], int]:
    """The entry's paper links and how many of them are not named by a full title (``inline.names_work``, four
    words): read once per entry for ``_short_title_among_titles``, which asks it of each short link (a cell of
    thousands of links would otherwise be read once per link)."""
    papers = [x for x in entry.links if x.role == "paper"]
    return papers, sum(1 for x in papers if not inline.names_work(x.text.strip(), 4))


def _short_title_among_titles(link: Link, entry: Entry, stacked: tuple[list[Link], int]) -> bool:
    """``| [AutoPrompt: Eliciting Knowledge from …](arxiv A) <br> [GPT Understands, Too](arxiv B) <br> [The Power of
    Scale for …](arxiv C) |``: a seminar's cell stacking the works its session read, each linked by its own title, names
    a short one by its own link text too, not by the title beside it (``_title_beside``, meant for a badge or a
    "[DOI]" after a title). Only a name of two words or more, capitalised, no link label, journal, author-year key
    or identifier, among two or more other paper links of the item all named by full titles (``stacked``: the
    item's paper links and how many are short, ``_stacked_paper_links``), the first titling the item (two titles
    and a short text may still be a title and its "[Project Page]")."""
    text = " ".join(link.text.split())
    if len(text.split()) < 2 or not text[:1].isupper() or classify.is_link_label(text) \
            or citation.names_journal(text) or classify.author_year_label(text) \
            or ids.identifiers_from(text, ()).any():
        return False
    papers, short = stacked
    # (this link is the one short one: the others, two or more, are all full titles, the first the item's title)
    return len(papers) >= 3 and short == 1 and papers[0] is not link and papers[0].text.strip() == entry.title


def _names_written_before(entry: Entry) -> dict[str, str]:
    """The names a line writes before its later links, by link address (``parse.NAMED_LINK_FIELD``): ``GREEN —
    [arXiv:A](…) · FineRadScore — [arXiv:B](…)`` names the second paper FineRadScore, not GREEN."""
    out: dict[str, str] = {}
    for label, value in entry.fields:
        if label == NAMED_LINK_FIELD and " " in value:
            url, name = value.split(" ", 1)
            out.setdefault(url, name)
    return out


def _title_beside(link: Link, entry: Entry) -> str:
    """``- [Local cellular neighbourhood …](molbiolcell…) [![doi:10.1091/…](badge)](https://doi.org/10.1091/…)``: a
    second paper's link whose text names no work (a DOI badge, "[DOI]") takes its title from the nearest link
    before it on its own line that names one — the title it badges; "" when there is none."""
    at = next((i for i, x in enumerate(entry.links) if x is link), -1)
    for prev in reversed(entry.links[:max(at, 0)]):
        if not link.line or prev.line != link.line:
            break
        if inline.names_work(prev.text.strip(), 4):
            return prev.text.strip()
    return ""


def _coordinated_work(link: Link, entry: Entry) -> bool:
    """A second paper link joined to the item's own by "and" (``COORDINATED_LINK_FIELD``): ``[edgeR: a Bioconductor
    package …](PMC…) and [Differential expression of sequence count data](…pdf) are papers on …`` lists two works."""
    return link.text != entry.title and (COORDINATED_LINK_FIELD, link.text) in entry.fields


#: words of a link label that name a version of the item's work ("[conference pdf]", "[extended version]")
_VERSION_WORDS = frozenset({"journal", "conference", "conf", "extended", "extension", "version", "workshop",
                            "camera-ready", "published", "proceedings"})


#: the words of a link label (lower case, hyphens kept)
_LABEL_WORDS = re.compile(r"[^a-z-]+")


@functools.lru_cache(maxsize=4096)
def _names_version(label: str) -> bool:
    """``[conference pdf](…)`` beside ``[journal pdf](…)``: the label says which version of the work it is."""
    return any(w in _VERSION_WORDS for w in _LABEL_WORDS.split(label.lower()) if w)


#: words of a link label that name a companion piece about the item's work, not the work itself
#: ("[Nature Methods: Short intro]", "[News & Views]", "[commentary]", "[research highlight]")
_COMPANION_WORDS = frozenset({"intro", "introduction", "commentary", "highlight", "highlights", "preview",
                              "views", "editorial"})


#: the quotes a note sets a cited title in: straight, or curly (opened curly and closed straight, as typed)
_TITLE_OPEN_QUOTES, _TITLE_CLOSE_QUOTES = "\"“", "\"”"
#: the bracketed venue and year a quoted title may be followed by in a note when not linked ("(ISCAS 2022)")
_BRACKETED_VENUE_TAIL = re.compile(r"\(\s*([^()]{2,60}?)\s*\)\s*\.?\s*$")


def _quoted_title_before_venue_tag(links: tuple[Link, ...], title: str, description: str) \
        -> tuple[str, str | None, int | None] | None:
    """(title, venue, year) of the one paper a repository's note cites by quoting its title and closing with its
    venue and year (``- [SpikingSIM](github…) : "SpikingSIM: A Bio-inspired Spiking Simulator". (ISCAS 2022)``,
    ``- [snntorch](github…) : Deep and online … "Training Spiking …". (**[arXiv 2021](arxiv…)**)``), else None.

    Why: such a list (one repository a line, the paper after its gloss) writes the paper's title only in quotes
    and links the paper under its venue-and-year tag, so the line read as a bare repository and its paper, with
    the repository as its code, was lost. Only a line that opens with its code link under a short name, gives one
    quoted title (several are several works) that reads as a paper's title, and closes on that title with one
    venue tag: one linked paper whose label is only a venue and a year, or the bracketed tag written out."""
    if links[0].role != "code" or len(title.split()) > 3:
        return None
    papers = [link for link in links[1:] if link.role == "paper"]
    text = description.rstrip(" .")
    if not papers:
        tail = _BRACKETED_VENUE_TAIL.search(text)
        if tail is None:
            return None
        tag, text = tail.group(1), text[:tail.start()].rstrip(" .")
    elif len(papers) == 1:
        tag = inline.clean_title(papers[0].label)
    else:
        return None
    if not text or text[-1] not in _TITLE_CLOSE_QUOTES:
        return None
    opened = max(text.rfind(q, 0, len(text) - 1) for q in _TITLE_OPEN_QUOTES)
    if opened < 0 or sum(text.count(q) for q in _TITLE_OPEN_QUOTES + "”") != 2:
        return None
    return _venue_tagged_title(text[opened + 1:-1].strip().rstrip("."), tag)


def _venue_tagged_title(quoted: str, tag: str) -> tuple[str, str, int] | None:
    """(title, venue, year) when a quoted title (three words or more, read as a paper's) is followed by a tag that
    is only a venue and its year (six words at most: "ICML 2021", "Frontiers in neuroscience, 2015"), else None."""
    trailer = citation.parse_trailer(tag)
    if trailer.year is None or not trailer.venue or len(tag.split()) > 6 or len(quoted.split()) < 3 \
            or not classify.reads_like_paper_title(quoted):
        return None
    return quoted, trailer.venue, trailer.year


#: a note that opens by naming, in quotes, the paper the linked page is about: 'The paper "Title" is available here:'
_NOTE_ON_QUOTED_PAPER = re.compile(r'[\s\-–—:|]*the\s+(?:paper|article|preprint)\s+["“](?P<title>[^"”\n]{8,300})["”]',
                                   re.I)
#: a repository's note quoting the paper it implements after the word that names it: 'A Re-implementation of the
#: paper "Title"', 'The code written during my Bachelor Thesis "Title"', 'An implementation of "Title"'
_IMPLEMENTED_QUOTED = re.compile(r'(?i)\b(?:paper|thesis|dissertation|implementation\s+of)\s*:?\s*["“]'
                                 r'(?P<title>[^"”\n]{8,300})["”]')
#: a note closing on the paper it implements after "paper:": "Tensorflow Implementation of ECCV'18 paper: Title.",
#: "This repository contains the open source code which reproduces the results for the paper: Title."
_IMPLEMENTED_AFTER_COLON = re.compile(r'(?i)\b(?:implementation|code|repository)\b[^.:"“\n]{0,120}?\bpaper\s*:\s*'
                                      r'(?P<title>[^.\n"“]{8,300}?)\.?\s*$')
#: a note that is one sentence, "Implementation of Title.", "The authors' implementation of Title.", "PyTorch
#: implementation of Title."
_IMPLEMENTATION_OF = re.compile(r"(?i)(?:(?:the\s+)?(?:authors?['’]?s?|official)\s+)?(?:[\w-]+\s+)?implementation"
                                r"\s+of\s+(?P<title>[^.\n\"“]{8,300}?)\.?\s*")
#: a note that is a paper's title closed by its venue and year: "Title - CVPR 2018", "Title, CVPR 2017"
_TITLE_VENUE_NOTE = re.compile(r"(?P<title>[^\n]{8,300}?)\s*(?:,|\s[-–—])\s*(?P<venue>[A-Z][A-Za-z]{2,11})"
                               r"['’]?\s*(?P<year>(?:19|20)\d\d)\.?\s*")
#: the words a note disowns the repository with: someone else's version of the paper's code
_NOT_OWN_CODE = re.compile(r"(?i)\b(?:re-?implement\w*|unofficial|third[- ]party|port\s+of)\b")
#: the words that say a note speaks of code (a quoted title after them is the implemented paper's)
_CODE_NOTE_WORDS = re.compile(r"(?i)\b(?:implement\w*|code|repository|reproduc\w*)\b")


def _paper_its_code_note_names(links: tuple[Link, ...], title: str, description: str) \
        -> tuple[str, str | None, int | None, bool] | None:
    """(paper title, venue, year, the repository is its own code) of the paper a repository's note says it
    implements, else None: ``- [3dpose_gan](github…) - The authors' implementation of Unsupervised Adversarial
    Learning of 3D Human Pose from 2D Joint Locations.``, ``- [Character Animation](github…) - A Re-implementation
    of the paper "A Deep Learning Framework for …".``, ``- [eccv18_mtvae](github…) - Tensorflow Implementation of
    ECCV'18 paper: Multimodal Human Motion Synthesis.``, ``- [hmr](github…) - End-to-end Recovery of Human Shape
    and Pose - CVPR 2018``.

    Why: a list of implementations names each line by its repository's short name and says in the note which paper
    the code is for; read from its link the line was a bare repository and the paper was lost. Only a line named by
    its code link (the link's text is the title), whose note quotes the title after "paper", "thesis" or
    "implementation of" in a note about code, closes on it after "paper:", is one sentence "… implementation of
    Title" in title case, or is a title closed by a one-word venue and its year."""
    if links[0].role != "code" or inline.clean_title(links[0].text) != title:
        return None
    note = description.strip().lstrip("-–—:| ").strip()
    if not note or len(note) > 400:
        return None
    venue = year = None
    if (m := _IMPLEMENTED_QUOTED.search(note)) is not None and _CODE_NOTE_WORDS.search(note, 0, m.start("title")):
        named = m.group("title").strip().rstrip(".")
    elif (m := _IMPLEMENTED_AFTER_COLON.search(note)) is not None:
        named = m.group("title").strip()
    elif (m := _IMPLEMENTATION_OF.fullmatch(note)) is not None and classify.title_cased(m.group("title")):
        named = m.group("title").strip()
    elif (m := _TITLE_VENUE_NOTE.fullmatch(note)) is not None and citation.names_venue(m.group("venue")):
        named, venue, year = m.group("title").strip(), m.group("venue"), int(m.group("year"))
    else:
        return None
    if named.casefold() == title.casefold() and m.re is _TITLE_VENUE_NOTE:
        return None  # (a title linked to its code closed by its venue: ``_code_linked_title_with_venue`` reads it)
    if len(named.split()) < 3 or not classify.reads_like_paper_title(named):
        return None
    return named, venue, year, _NOT_OWN_CODE.search(note) is None


#: what may stand between two quoted titles a note closes on once their venue-tag links are set apart: the
#: period after each title and the one after its tag ("\"Title A\". (**[ICML 2021](…)**). \"Title B\". …")
_BETWEEN_QUOTED_TITLES = frozenset(" .,;()*")


def _closing_quoted_titles(description: str) -> list[str]:
    """The titles a note closes on, each in quotes (straight or curly), in order, with only punctuation between
    them and after the last: ``Pytorch … ICML 2021. "A free lunch from ANN …". . "Converting Artificial …".`` (the
    venue-tag links set apart) gives two; [] when the note does not close on a quote. Paired from the end, quote
    by quote, so a title quoted in passing earlier in the note (prose between) is not one of them; one pass."""
    text = description.rstrip(" .")
    if not text or text[-1] not in _TITLE_CLOSE_QUOTES:
        return []
    marks = [i for i, c in enumerate(text) if c in _ANY_QUOTE]
    out: list[str] = []
    k = len(marks) - 1  # a closing quote
    while k >= 1 and text[marks[k - 1]] in _TITLE_OPEN_QUOTES:
        out.append(text[marks[k - 1] + 1:marks[k]].strip().rstrip("."))
        k -= 2
        if k < 1 or text[marks[k]] not in _TITLE_CLOSE_QUOTES \
                or any(c not in _BETWEEN_QUOTED_TITLES for c in text[marks[k] + 1:marks[k + 1]]):
            break
    return out[::-1]


#: every quote a title may be set in
_ANY_QUOTE = frozenset(_TITLE_OPEN_QUOTES + _TITLE_CLOSE_QUOTES)


def _quoted_titles_with_venue_tags(links: tuple[Link, ...], description: str, least: int = 2) \
        -> list[tuple[str, str, int, Link]]:
    """(title, venue, year, tag link) of each of the two or more papers a line cites by quoting its title, each
    followed by its own venue-and-year link: ``- [SNN_Calibration](github…) : … "A free lunch from ANN …".
    (**[ICML 2021](mlr.press…)**). "Converting Artificial Neural Networks …". (**[arXiv 2022](arxiv…)**)``; else [].

    Why: the one-paper form (``_quoted_title_before_venue_tag``) leaves a line quoting several titles alone, so a
    repository giving its conference paper and its journal extension read as one paper named by the repository,
    holding the second paper's identifier. Each quoted title pairs with the tag link after it, in order: only when
    the note closes on a run of quoted titles (nothing but punctuation between them), as many as the line's paper
    links, each of those labelled only by a venue and a year, and each title reads as a paper's."""
    papers = [link for link in links[1:] if link.role == "paper"]
    if len(papers) < least:
        return []
    titles = _closing_quoted_titles(description)
    if len(titles) != len(papers):
        return []
    out: list[tuple[str, str, int, Link]] = []
    for quoted, link in zip(titles, papers):
        if (tagged := _venue_tagged_title(quoted, inline.clean_title(link.label))) is None:
            return []
        out.append((*tagged, link))
    return out


def _titled_publication(links: tuple[Link, ...], title: str, raw: str = "") -> str | None:
    """The article's title when an entry names a resource (a tool, a package, a database: a short name or a
    bracketed field that reads as no title) and links its one article, later on the line, under that article's
    full title: the line presents the article, not merely the resource. ``None`` when the first link is the
    article (the entry already is it), when the label only says "paper" or gives a venue and year, or when the
    line gives several titled articles (a tool with its papers: which one is the entry's is a guess). A
    repository named at length (a tool's name and tagline) presents its article only where a colon leads in to
    the article's link (``_introduced_after_colon``)."""
    # (a phrase describing the work, "[the OrthoSim platform paper](arxiv…)" in a news sentence, titles nothing)
    # (an article's record, one an identifier or a publisher's article page names: "[Digital Health White
    # Paper](….pdf)" on an alliance's site is a report; a citation by its authors, "[Theodoris et al., Nature
    # (2023)](…)", names no title)
    if len(links) < 2 or links[0].role == "paper" or len(title.split()) > 3 and not (raw and links[0].role == "code"):
        return None  # (the cheap tests first: most entries open with their article, or are titled at length)
    titled: list[tuple[Link, str]] = []
    for link in links[1:]:
        if link.role != "paper" or classify.label_role(link.label) is not None \
                or not (any(ids.ids_from_url(link.url)) or classify.journal_article_page(link.url)):
            continue
        if len(link.label.split()) >= 4 and classify.reads_like_paper_title(inline.clean_title(link.label)) \
                and "et al" not in link.label and not classify.describes_a_work(link.label):
            titled.append((link, inline.clean_title(link.label)))
        elif (cited := _reference_label_title(link.label)) is not None:
            titled.append((link, cited))
    if len(titled) != 1 or links[0].role == "paper":
        return None
    label = titled[0][1].rstrip(".")
    if not label or _norm_text(label) == _norm_text(title):
        return None
    if (len(title.split()) > 3 or classify.reads_like_paper_title(title)) \
            and not (links[0].role == "code" and _introduced_after_colon(titled[0][0], raw)):
        return None
    return label


#: the fewest words of a link text read as a whole reference (authors, title, venue, year) by ``_reference_label_title``
_REFERENCE_LABEL_MIN_WORDS = 8


def _reference_label_title(label: str) -> str | None:
    """The title of the article a link's text cites in full: ``- [Trycycler](github…) - [Pyton] - [Wick RR, et al.
    Trycycler: consensus long-read assemblies for bacterial genomes. Genome Biology. 2021](doi…)``, ``- [IQ-TREE](site)
    - [Bui Quang Minh, et al. IQ-TREE 2: New Models … Genomic Era, Molecular Biology and Evolution, …](doi…)``: a
    tool's (or a database's) line links its article under the article's reference, authors, title, venue and year,
    where other lines of the list give the bare title (``_titled_publication``). ``None`` unless the text reads as a
    confident reference with authors, a year and a title of four words or more that reads as one. Why: the line was
    titled by the tool's name (its paper's title lost), or, its first link a site, read as a web page and its paper
    lost with the repository's pairing."""
    if len(label.split()) < _REFERENCE_LABEL_MIN_WORDS:
        return None
    cited = citation.whole_reference(label, 4)
    if cited is None or not cited.title:
        return None
    title = inline.clean_title(cited.title).rstrip(".")
    if not classify.reads_like_paper_title(title) or _norm_text(title) == _norm_text(inline.clean_title(label)):
        return None
    return title


def _introduced_after_colon(link: Link, raw: str) -> bool:
    """The item's raw text writes a colon right before ``link``: ``* [Pyrepseq: the immune repertoire analysis
    toolkit](github…) has a function to cluster TCR superfast: [Lightning-fast adaptive immune receptor …](arxiv…)``.
    Why: a repository named by its tool's name and tagline, then a note that leads in to its paper with a colon,
    presents that paper (the repository is its code); the tagline, long as it is, titled the paper. One find."""
    at = raw.find("](" + link.url) if raw and link.url else -1
    opened = raw.rfind("[", 0, at) if at > 0 else -1
    return opened > 0 and raw[:opened].rstrip(" *_").endswith((":", "："))


def _norm_text(s: str) -> str:
    return " ".join(s.casefold().split())


#: the most words a companion piece's label has ("Nature Methods: Short intro", "News & Views", "research highlight")
_COMPANION_LABEL_MAX_WORDS = 5


@functools.lru_cache(maxsize=4096)
def _names_companion(label: str) -> bool:
    """The label names a companion piece about the item's work: a short label (five words at most) that opens or
    closes on a companion word ("[Nature Methods: Short intro]", "[News & Views]", "[Research Highlights]"). A
    paper's title that holds such a word inside it ("[Benchmarking … from DNA sequence highlights shortcomings]")
    names the work itself, whose identifier it is."""
    words = [w for w in _LABEL_WORDS.split(label.lower()) if w]
    return 0 < len(words) <= _COMPANION_LABEL_MAX_WORDS and (words[0] in _COMPANION_WORDS
                                                             or words[-1] in _COMPANION_WORDS)


#: words of prose in an item's description from which a short name linked inside it is a mention
_PROSE_MENTION_WORDS = 6


def _mentioned_in_prose(link: Link, entry: Entry) -> bool:
    """A link named by a short name (not a title, not a role label, no identifier or year in it) inside
    the item's descriptive sentence: the note mentions another work in passing; the item lists one paper."""
    text = link.text.strip()
    if not text or any(c.isdigit() for c in text) and not _numbered_name(text) or inline.names_work(text, 4) \
            or classify.label_role(text) is not None:
        return False
    if classify.describes_a_work(text) and entry.links and entry.links[0].text.strip() != entry.title:
        # "- **Deep learning for the ECG:** [This](doi A) is a very well written paper … See [this paper](doi B) …":
        # a reading note on a topic (titled by its lead, not by its first link) points at each work it recommends,
        # "this paper", "this one", "here": no passing mention of another work by its name, but a reading of its own
        return False
    words = [w for w in entry.description.split() if any(c.isalpha() for c in w)]
    return len(words) >= _PROSE_MENTION_WORDS or link.url in _prose_led_links(entry.text)


#: a Markdown link in an item's source text: its text, then its address (to the first space or closing bracket), and
#: the bracket that closes it
_SOURCE_LINK = re.compile(r"\[([^\[\]\n]{1,300})\]\(\s*<?([^)\s>]{1,2000})>?\)?")
#: where a clause of an item's text starts, at the latest: a bracket, a cell's bar, a semicolon, a colon
_CLAUSE_BREAK = re.compile(r"[()|;:\n]")
#: what may join a link to the one before it in a run of mentions: "[A](…) and [B](…)", "[A](…), [B](…) or [C](…)"
_MENTION_JOIN = re.compile(r"\s*(?:,\s*)?(?:and|or|&)?\s*")
#: the fewest lower-case words of prose that lead into a link: "benchmarked against [X](…)", "with masks from [Y](…)"
_LEAD_IN_WORDS = 2


@functools.lru_cache(maxsize=1024)
def _prose_led_links(text: str) -> frozenset[str]:
    """The addresses of the links an item's text leads into with prose of its own: ``- **CineReg**: diffeomorphic
    registration of … ([paper](arXiv A), [code](…)), benchmarked against [VoxelMorph](arXiv B) and [TransMorph](arXiv
    C).``, ``… ([paper](…) · [code](…)), with masks from [TotalSegmentator](doi D).``: two lower-case words or more
    since the link before (and since the clause began: a bracket, a bar, a semicolon, a colon), or a link joined by
    "and", "or" or a comma to one so led in. Why: the method's gloss took the line's prose into its title, so too few
    words were left in its description for ``_mentioned_in_prose`` to see B, C and D named in passing; they were read
    as the item's own (D's DOI given to the method) or as further papers under the item's title. A row of links
    ("[paper](…), [code](…)", "| [arXiv:A](…) | [B](…) |", "Code: [x](…)") leads into none. One pass over the text."""
    led: set[str] = set()
    end, previous = 0, False
    for m in _SOURCE_LINK.finditer(text):
        between = text[end:m.start()]
        clause = _CLAUSE_BREAK.split(between)[-1]
        words = [w for w in clause.split() if any(c.isalpha() for c in w)]
        prose = len(words) >= _LEAD_IN_WORDS and all(w[:1].islower() for w in words) \
            and not clause.rstrip().endswith(("-", "—", "–"))
        joined = previous and _MENTION_JOIN.fullmatch(between) is not None
        if prose or joined:
            led.add(m.group(2))
        previous = prose or joined
        end = m.end()
    return frozenset(led)


def _passing_mentions(links: tuple[Link, ...], paper_links: list[Link], entry: Entry, title: str) -> set[int]:
    """The ids of the paper links an item's note only mentions (``_mentioned_in_prose``), which must not give the
    item its identifier: ``- [Neural Event Schema](site) … builds on [HDF5](doi A) containers. [Paper](doi B)``
    took doi A, the first paper link, and split its own article off as another paper; ``- [Contrastive Pretraining
    of Cardiac Rhythm Encoders](github…) - … evaluated on [PTB-XL](doi A)`` took the data set's DOI as the work's.

    Never the item's first link (its title link, "[data-to-paper](arXiv)" before its quoted title), nor a version's
    label ("[Conference](arXiv A) … [Journal](arXiv B)") or a link word ("[[PDF](arXiv)] [[Url](doi.org/10.13026/…)]":
    the item's link row, however long its byline). A mention is passed over when the item has a paper link
    of its own with an identifier (a title link, a "[Paper]"), or when the item is a work titled by its own first
    link, its code or its paper (``classify.reads_like_paper_title``): then a short name in its prose is another
    work (a data set it used), never its record. A resource whose only papers are prose names keeps them: they are
    its own articles (``_enumerated_articles``). ``links`` are the item's classified links, ``paper_links`` those
    that may give its identifier; a data set's DOI link (``[Icentia11k](doi.org/10.13026/…)``) is weighed with them."""
    if not entry.description or not links or (LINK_CARD_FIELD, "") in entry.fields:
        # (a card's links, "[[CVF](…)]" / "[[Springer](…)]" each on its line, are its work's hosts: none a mention)
        return set()
    first = links[0]
    mentions: set[int] = set()
    own = False
    for link in itertools.chain(paper_links, (x for x in links if x.role == "dataset" and "doi" in x.url)):
        if not any(ids.ids_from_url(link.url)):
            continue
        if link.url != first.url and not _names_version(link.label) and not classify.is_link_label(link.text.strip()) \
                and _mentioned_in_prose(link, entry):
            mentions.add(id(link))
        else:
            own = True
    if not mentions or own:
        return mentions
    titled = first.role in ("paper", "code") and bool(title) and inline.clean_title(first.text) == title \
        and classify.reads_like_paper_title(title)
    return mentions if titled else set()


#: a run of four digits: a year or a number in a name ("2021", "ref 1234") is a citation's, not a work's short name
_FOUR_DIGITS = re.compile(r"\d{4}")


def _numbered_name(text: str) -> bool:
    """A one-word short name with a digit in it, the way formats and models are named ("HDF5", "GPT-4", "T5"), not a
    number, a year or a version tag ("[2]", "[2021]", "[v2]"): a link named so in prose mentions that work."""
    return " " not in text and _SHORT_NAME.fullmatch(text) is not None and _VERSION_TAG.fullmatch(text) is None \
        and _FOUR_DIGITS.search(text) is None and sum(c.isalpha() for c in text) >= 2


def _enumerated_articles(entry: Entry) -> tuple[Link, ...]:
    """A resource's articles its note enumerates by part: ``- [Brain Imaging Data Structure](…), or BIDS, is a set of
    standards …, including [MRI](nature.com/articles/A), [EEG](…/B), [MEG](…/C), and [iEEG](…/D)``. Each link is a
    short name in prose (``_mentioned_in_prose``), yet together they are all the item's articles, its identifier
    taken from the first: keeping that one and calling the rest passing mentions lost three of four identifiers.

    Only for a resource (a paper's note that names other works mentions them), and only when every paper link with an
    identifier is such a prose name (no title link, no "[Paper]" beside them, which would be the item's own article)
    and they give two or more distinct identifiers; () otherwise."""
    if entry.kind == "paper" or not entry.title:
        return ()
    named: list[Link] = []
    found: set[tuple] = set()
    for link in entry.links:
        if link.role != "paper":
            continue
        ident = ids.ids_from_url(link.url)
        if not any(ident):
            continue
        if link.text.strip() == entry.title or not _mentioned_in_prose(link, entry):
            return ()
        named.append(link)
        found.add(ident)
    return tuple(named) if len(found) >= 2 else ()


def _without_restated_references(entries: list[Entry]) -> list[Entry]:
    """A link-less paper (a numbered reference list's '[2] Liu, Jie, et al. "CLIP-Driven Universal Model for …"
    arXiv preprint arXiv:2301.00785 (2023).') that restates a work the list gives in full elsewhere, with its links
    ("**CLIP-Driven Universal Model for …** \\ … [[Paper](arxiv…)] [[Code](github…)]"), is that entry's work cited
    once more: the full entry stands for it, and says so (``restated-reference``, at the line of the restatement).

    Why: a list that opens with an intro citing its works by number, then lists them, gave each restated work twice,
    and the first of the two, the reference, had no code: the work read as one without its code. The same work is
    told by its whole title (``resolve.normalize_title``: too short a title is no key) and identifiers: the
    restatement's are all the full entry's (none lost); a restatement whose work is listed nowhere else stays.
    A footnote's note (``_is_note``) restates a work as such a reference does, links and all: folded the same way
    when its code links are the full entry's too (``_code_within``)."""
    full: dict[str, int] = {}
    # the restatements first (few: link-less papers, footnote notes), then only the linked papers that may be theirs
    # (same first word): a normalised title for every linked paper of a long list cost 2 % of its extraction
    keys = {i: key for i, e in enumerate(entries) if e.kind == "paper" and (not e.links or _is_note(e))
            and (key := resolve.normalize_title(e.title)) is not None}
    if not keys:
        return entries
    first_words = {key.split(" ", 1)[0] for key in keys.values()}
    for i, e in enumerate(entries):
        if e.kind == "paper" and e.links and not _is_note(e) \
                and _first_word_key(e.title) in first_words:
            title = resolve.normalize_title(e.title)
            if title is not None:
                full.setdefault(title, i)
    if not full:
        return entries
    restated: dict[int, list[int]] = {}
    for i, key in keys.items():
        e = entries[i]
        j = full.get(key)
        if j is not None and _identifiers_within(e.identifiers, entries[j].identifiers) and _code_within(e, entries[j]):
            restated.setdefault(j, []).append(i)
    return _fold_restatements(entries, restated, "reference")


def _fold_restatements(entries: list[Entry], restated: dict[int, list[int]], what: str) -> list[Entry]:
    """``entries`` without the restatements ``restated`` maps each kept entry to, each noted on the entry it
    restates by an info diagnostic ``restated-reference`` at the restatement's line (nothing dropped silently)."""
    if not restated:
        return entries
    dropped = {i for lines in restated.values() for i in lines}
    out = []
    for i, e in enumerate(entries):
        if i in dropped:
            continue
        if i in restated:
            e = replace(e, diagnostics=e.diagnostics + tuple(
                Diagnostic(e.source, entries[k].line, "restated-reference",
                           f"the {what} at line {entries[k].line} restates the entry at line {e.line}",
                           "info") for k in restated[i]))
        out.append(e)
    return out


#: words of a short name that tell no work apart ("Wu et al."): a glance row must name its work by another word too
_GLANCE_FILLER = frozenset({"et", "al", "and", "the", "of"})
#: rows of a glance table that must name works the list links elsewhere before its link-less rows are read as theirs
_GLANCE_MIN_ROWS = 2


def _without_glance_table_rows(entries: list[Entry]) -> list[Entry]:
    """A table that gives the list's works at a glance, by short names only, no link in any row
    ("| 1 | **Ahlmann-Eltze & Huber** | *Nature Methods* | Aug 2025 | … |"), while the list links each work in full
    elsewhere ("- **[Ahlmann-Eltze & Huber 2025 *Nat Methods*](nature.com/…)** — …"): each row restates the linked
    entry whose title (with its authors) holds every word of the row's name and authors; the linked entry stands for
    it and says so (``restated-reference``, at the row's line).

    Why: such a catalog page counted every work twice, once without its identifiers. A row's short name is no whole
    title (``_without_restated_references`` needs one), so the table as a whole is the evidence: at least half its
    link-less paper rows, and two or more, must each be named within one linked paper; the rows that are not stay
    (a work the list gives only in the table). Words are indexed once per list (no pairwise title comparison)."""
    tables: dict[tuple, list[int]] = {}
    for i, e in enumerate(entries):
        if e.kind == "paper" and not e.links and not e.identifiers.any() \
                and any(label == TITLE_COLUMN_FIELD for label, _ in e.fields):
            header = next(value for label, value in e.fields if label == TITLE_COLUMN_FIELD)
            tables.setdefault((e.topic, header), []).append(i)
    if not tables:
        return entries
    names = {i: _glance_words(entries[i]) for rows in tables.values() for i in rows}
    wanted = {w for words in names.values() for w in words}
    holders: dict[str, set[int]] = {}
    for j, e in enumerate(entries):
        if e.kind == "paper" and e.links and (e.identifiers.any() or any(link.role == "paper" for link in e.links)):
            for w in _glance_words(e) & wanted:
                holders.setdefault(w, set()).add(j)
    restated: dict[int, list[int]] = {}
    for rows in tables.values():
        found = {}
        for i in rows:
            words = names[i]
            if not words - _GLANCE_FILLER:
                continue
            common = set.intersection(*(holders.get(w, set()) for w in words))
            if common:
                found[i] = min(common, key=lambda j: (-len(_glance_venue_words(entries[i]) & _glance_words(entries[j])),
                                                      j))
        if len(found) >= _GLANCE_MIN_ROWS and 2 * len(found) >= len(rows):
            for i, j in found.items():
                restated.setdefault(j, []).append(i)
    return _fold_restatements(entries, restated, "table row")


def _identifier_keys(ident: Identifiers) -> list[tuple[str, str]]:
    """The identifiers an entry gives, each as (kind, case-folded value): what a recap row names its work by."""
    return [(kind, value.casefold()) for kind, value in (("doi", ident.doi), ("arxiv", ident.arxiv),
                                                         ("pmid", ident.pmid), ("pmcid", ident.pmcid)) if value]


def _without_identifier_recap_rows(entries: list[Entry]) -> list[Entry]:
    """A summary table that restates the list's works by identifier and a short name, no link in any row
    ("| 1 | 37380750 | Algorithmic fairness in AI for medicine | 2023 | … |" under a "PMID" header), while the list
    gives each work in full above ("**PMID:** 37380750 / **Title:** Algorithmic fairness in artificial intelligence
    for medicine and healthcare / **DOI:** …"): each row restates the one entry that gives every identifier of the
    row; that entry stands for it and says so (``restated-reference``, at the row's line).

    Why: a literature review closing with a recap table counted every work twice, the second time under a
    shortened title. The short name is no whole title (``_without_restated_references``) and the row has an
    identifier (``_without_glance_table_rows`` reads only rows without one), so the identifiers are the evidence,
    and the table as a whole must hold it: two rows or more, at least half the table's link-less rows, each
    restating a different entry outside the table; the rows that do not stay (a work the table alone gives)."""
    tables = _identified_link_less_table_rows(entries)
    if not tables:
        return entries
    in_tables = {i for rows in tables.values() for i in rows}
    holders: dict[tuple[str, str], set[int]] = {}
    for j, e in enumerate(entries):
        if e.kind == "paper" and j not in in_tables and e.identifiers.any():
            for key in _identifier_keys(e.identifiers):
                holders.setdefault(key, set()).add(j)
    restated: dict[int, list[int]] = {}
    for rows in tables.values():
        found: dict[int, int] = {}
        for i in rows:
            common = set.intersection(*(holders.get(key, set()) for key in _identifier_keys(entries[i].identifiers)))
            if len(common) == 1:
                found[i] = next(iter(common))
        if len(found) >= _GLANCE_MIN_ROWS and 2 * len(found) >= len(rows) \
                and len(set(found.values())) == len(found):
            for i, j in found.items():
                restated.setdefault(j, []).append(i)
    return _fold_restatements(entries, restated, "table row")


def _identified_link_less_table_rows(entries: list[Entry]) -> dict[tuple, list[int]]:
    """The indices of the papers read from table rows with no link and an identifier, by table (the rows' topic and
    title column's header): the rows a recap or index table restates the list's works in."""
    tables: dict[tuple, list[int]] = {}
    for i, e in enumerate(entries):
        if e.kind == "paper" and not e.links and e.identifiers.any() \
                and any(label == TITLE_COLUMN_FIELD for label, _ in e.fields):
            header = next(value for label, value in e.fields if label == TITLE_COLUMN_FIELD)
            tables.setdefault((e.topic, header), []).append(i)
    return tables


def _listed_identifier_keys(text: str) -> list[tuple[str, str]]:
    """Every identifier a row's text writes (``ids.find_*``), each as (kind, case-folded value), once each."""
    found = [("doi", v) for v in ids.find_dois(text)] + [("arxiv", v) for v in ids.find_arxiv(text)] \
        + [("pmid", v) for v in ids.find_pmids(text)] + [("pmcid", v) for v in ids.find_pmcids(text)]
    return list(dict.fromkeys((kind, value.casefold()) for kind, value in found))


def _without_identifier_index_rows(entries: list[Entry]) -> list[Entry]:
    """A table that indexes the list's works by identifier, each row a category and the identifiers of its works,
    no link in any row ("| Air pollution | 15 | PMC1566289, PMC9588432, PMC1310931, … |" under "## Quick Reference
    by Exposure Domain"), while the list gives each work in its own row or item above: each row restates the
    entries that give its identifiers; they stand for it and say so (``restated-reference``, at the row's line).

    Why: a literature inventory closing with such index tables read every row as a paper titled by its category,
    with its first identifier: an extra each, a work counted twice. The category is no title, and a row of several
    works is no work, so the table as a whole is the evidence: two rows or more must each write two identifiers or
    more (or one row must, and every row restate works given outside the table), and every identifier of a folded
    row must be one an entry outside the table gives (a row with one identifier, "| Renal / other | 1 |
    PMC11388157 |", goes with its table); a row naming a work the list gives nowhere else stays, and so does a
    table whose rows each give one work's identifiers (a recap table, ``_without_identifier_recap_rows``, or a
    list of works)."""
    tables = _identified_link_less_table_rows(entries)
    listed = {i: _listed_identifier_keys(entries[i].text) for rows in tables.values() for i in rows}
    index_tables = [rows for rows in tables.values()
                    if len(rows) >= _GLANCE_MIN_ROWS and any(len(listed[i]) >= 2 for i in rows)]
    if not index_tables:
        return entries
    wanted = {key for rows in index_tables for i in rows for key in listed[i]}
    table_of = {i: t for t, rows in enumerate(tables.values()) for i in rows}
    holders: dict[tuple[str, str], list[int]] = {}  # per identifier, its first holders of two different tables
    for j, e in enumerate(entries):
        if e.kind == "paper" and e.identifiers.any():
            for key in _identifier_keys(e.identifiers):
                if key in wanted:
                    held = holders.setdefault(key, [])
                    if not held or (len(held) == 1 and table_of.get(held[0]) != table_of.get(j, -1 - j)):
                        held.append(j)
    restated: dict[int, list[int]] = {}
    for rows in index_tables:
        inside = set(rows)
        found: dict[int, list[int]] = {}
        for i in rows:
            targets = [next((j for j in holders.get(key, ()) if j not in inside), None) for key in listed[i]]
            if targets and None not in targets:
                found[i] = list(dict.fromkeys(targets))
        if sum(len(listed[i]) >= 2 for i in rows) >= _GLANCE_MIN_ROWS or len(found) == len(rows):
            for i, targets in found.items():
                for j in targets:
                    restated.setdefault(j, []).append(i)
    return _fold_restatements(entries, restated, "index row")


def _glance_words(entry: Entry) -> frozenset[str]:
    """The words of an entry's title and authors, case-folded: what a glance row names its work by."""
    return frozenset(_WORD_RUN.findall(" ".join((entry.title, *entry.authors)).casefold()))


def _glance_venue_words(entry: Entry) -> frozenset[str]:
    """The words of a row's venue ("Nature Methods"): which of two linked works with the same authors it restates."""
    return frozenset(_WORD_RUN.findall((entry.venue or "").casefold())) - _GLANCE_FILLER


#: a run of letters and digits: the first one of a title, case-folded, is its normalised key's first word
_WORD_RUN = re.compile(r"[^\W_]+")


def _first_word_key(title: str) -> str:
    """The first word ``resolve.normalize_title`` would give ``title``, without normalising all of it: a cheap
    test of whether two titles may be one (a miss only keeps a restatement as its own entry)."""
    m = _WORD_RUN.search(title[:60].casefold())
    return m.group() if m else ""


def _is_note(entry: Entry) -> bool:
    """An entry read from a footnote definition (``[^2]: Ilse M, et al. Attention-based deep multiple instance
    learning[C]. [[paper]](arxiv…) [[code]](github…)``).

    Why: a study note lists its works ("[2] Ilse M, … [[paper]](…) [[code]](…)"), then names them in headings
    ("#### Att-Net[^2]") whose footnotes cite each work again, links and all: every work read twice. A note is a
    reference behind the prose, so one restating a listed work is folded into it as a link-less reference is."""
    return any(label == FOOTNOTE_NOTE_FIELD for label, _ in entry.fields)


def _code_within(part: Entry, whole: Entry) -> bool:
    """Every code link of ``part`` is ``whole``'s too: folding ``part`` into ``whole`` loses no implementation."""
    mine = {link.url.rstrip("/").lower() for link in whole.links if link.role == "code"}
    return all(link.url.rstrip("/").lower() in mine for link in part.links if link.role == "code")


def _identifiers_within(part: Identifiers, whole: Identifiers) -> bool:
    """Every identifier of ``part`` is ``whole``'s too: an entry read as ``whole``'s work loses none of them."""
    return all(x is None or (y is not None and x.lower() == y.lower())
               for x, y in ((part.doi, whole.doi), (part.arxiv, whole.arxiv), (part.pmid, whole.pmid),
                            (part.pmcid, whole.pmcid)))


def _paper_addresses(entry: Entry) -> list[str]:
    """The addresses of a paper entry's paper links (``ids.canonical_url``, as resolution keys them): the page two
    listings of one work both point at (an identifier alone is no proof here: a list that pastes a work's DOI onto
    its neighbours' references would make them one work). An arXiv link is addressed by its record, whatever page of
    it the link opens: ``arxiv.org/abs/X``, ``arxiv.org/pdf/X`` and ``arxiv.org/abs/Xv2`` are one address (an
    overview naming a work by its abstract page, its section linking the PDF)."""
    if entry.kind != "paper":
        return []
    return [address for link in entry.links if link.role == "paper" and (address := _paper_address(link.url))]


def _own_paper_addresses(entry: Entry) -> list[str]:
    """``_paper_addresses`` but those of links whose identifier is none of the entry's own: a work its note names
    in passing (``_passing_mentions``: "## 4. [2017]Patient Similarity …" / "**Abstract**: … Extending [DecayNet](arXiv
    B) …", "- [Title](arXiv A) - … builds on [DecayNet](arXiv B) …") or split off as a paper of its own
    (``_other_papers``). Why: the item kept that link, so a later listing of the work ("- [DecayNet](arXiv B)"), or
    the split-off record itself on a later line of the item, read as a repeat of the item and took its title."""
    if entry.kind != "paper":
        return []
    own = {(k, v) for k, v in zip(("doi", "arxiv", "pmid", "pmcid"), entry.identifiers.as_tuple()) if v}
    out = []
    for link in entry.links:
        if link.role != "paper" or not (address := _paper_address(link.url)):
            continue
        found = {(k, v) for k, v in zip(("doi", "arxiv", "pmid", "pmcid"), ids.ids_from_url(link.url)) if v}
        if not found or found & own:
            out.append(address)
    return out


def _paper_address(url: str) -> str:
    """``url``'s address as ``_paper_addresses`` keys it: the arXiv record for an arXiv page, else the canonical URL."""
    if "arxiv" in url.lower() and (arxiv := ids.arxiv_from_url(url)):
        return "arxiv:" + arxiv
    return ids.canonical_url(url)


def _restates_with_code(earlier: Entry, later: Entry) -> bool:
    """``later`` gives ``earlier``'s listing again — the same title, every link of it — and code besides, which
    ``earlier`` lacks: the work's code, given only on its repeat (a listing that adds a project page, or names a
    toolkit under the same paper, is another thing the paper describes, and keeps its code). Or ``later`` is that
    work's own section, titled by no title (a field label such as "论文信息", a short name): every link of it is
    code or a paper link to a page ``earlier`` gave (``_paper_address``), so its code is the work's too
    (``_section_adds_only_code``)."""
    if any(link.role == "code" for link in earlier.links):
        return False
    if later.title != earlier.title:
        return _section_adds_only_code(earlier, later)
    theirs = {link.url for link in later.links}
    return all(link.url in theirs for link in earlier.links)


def _section_adds_only_code(earlier: Entry, later: Entry) -> bool:
    """``later``, titled by no paper title, gives nothing but ``earlier``'s paper pages and code.

    ``1. SETR：[Rethinking Semantic Segmentation …](arxiv.org/abs/2012.15840)`` in an overview, then ``## 一、SETR|
    CVPR2021|…`` / ``### 论文信息`` / ``文章：arxiv.org/pdf/2012.15840`` / ``源码：github…``: the section's record
    is the overview's work with its code. Why: the overview item, the listing the work is read as, lost the code the
    list gives only in the section. Only a record opened by its own heading, that heading its title
    (``_opened_by_its_heading``) and reading like no paper title (``classify.reads_like_paper_title``), under or at
    a heading that names the work by the name ``earlier`` links it under (``_names_of_listing``), with at least one
    code link and every other link a paper link to one of ``earlier``'s pages: a section adding a data set, a page or
    another paper is no bare repeat, and a line naming a metric by the work's paper link (``## Metrics`` / ``MIRQI
    [[paper]](…) [[code]](…)``) gives that resource's code, not the work's."""
    if not any(link.role == "code" for link in later.links) or classify.reads_like_paper_title(later.title) \
            or not _opened_by_its_heading(later):
        return False
    headings = " ".join([later.title] + [h.text for h in later.topic[-1:]]).casefold()
    if not any(name in headings for name in _names_of_listing(earlier)):
        return False
    pages = set(_paper_addresses(earlier))
    return all(link.role == "code" or (link.role == "paper" and _paper_address(link.url) in pages)
               for link in later.links)


#: listed works an item must repeat the paper links of before it reads as a recap of them (one work's links given
#: again is that work listed twice: ``_mark_duplicates`` reports it)
_RECAP_MIN_WORKS = 2


def _names_of_listing(entry: Entry) -> list[str]:
    """The names (case-folded) ``entry`` links its paper under: ``SETR：[Rethinking …](arxiv…)`` gives "setr" — a
    label that is no field word ("paper", "PDF", "论文": ``blocks.field_role``) nor a bare pointer, and no title."""
    return [label.casefold() for link in entry.links
            if link.role == "paper" and len(label := link.label.strip()) >= 2 and label != entry.title
            and blocks.field_role(label) is None and not classify.is_pointer_label(label)]


def _item_and_split_offs(entries: list[Entry], i: int) -> int:
    """The end (exclusive) of the run of entries from ``i`` that one item gave: the item, then the other papers
    ``_other_papers`` split off it, which follow it with its text, its topic and a line within its lines."""
    e, k = entries[i], i + 1
    while k < len(entries) and entries[k].text == e.text and entries[k].topic == e.topic \
            and e.line < entries[k].line <= e.end_line:
        k += 1
    return k


def _without_recap_items(entries: list[Entry]) -> list[Entry]:
    """An item whose links all repeat paper links of two or more works listed above it is a recap of those works,
    not a work: ``## Sources`` / ``- [Multimodal ASM outcomes (medRxiv)](medrxiv…/A) · [Post-stroke epilepsy
    (Frontiers)](frontiersin…/B) · …``, one bullet of '·'-separated links wrapped over many lines, each the
    address a table row above gave its study. It and the papers split off it (``_other_papers``) are folded into
    the entries they repeat, each noted there (``restated-reference``, nothing dropped silently).

    Why: a literature page closing with such a sources line read it as one paper titled by its first link (merging
    the identifiers of several works) plus a paper per link whose identifier contradicted that one's: every one an
    extra. Only when every link of the item is a paper link whose address (``ids.canonical_url``) an entry before
    the item gave, of ``_RECAP_MIN_WORKS`` entries or more, and every identifier of the item and its split-offs is
    one of those entries'; an item adding code, a page or an identifier of its own stays (and one listed
    work's links given again stay the repeat ``_repeats_of_listed_works`` reads)."""
    first: dict[str, int] = {}
    restated: dict[int, list[int]] = {}
    i = 0
    while i < len(entries):
        e = entries[i]
        end = _item_and_split_offs(entries, i)
        run = {k: _recapped(entries[k], first) for k in range(i, end)}
        if e.kind == "paper" and len(run[i]) >= _RECAP_MIN_WORKS and all(t for t in run.values()) \
                and _identifiers_recapped(entries, i, end, run[i]):
            for k, targets in run.items():
                for j in targets:
                    restated.setdefault(j, []).append(k)
        else:
            for k in range(i, end):
                for key in _paper_addresses(entries[k]):
                    first.setdefault(key, k)
        i = end
    return _fold_restatements(entries, restated, "recap item")


def _recapped(entry: Entry, first: dict[str, int]) -> list[int]:
    """The entries (indices, in link order, once each) whose paper links ``entry``'s links all repeat (``first``:
    the entry that first gave each address); [] when a link repeats none (or is no paper link)."""
    targets: list[int] = []
    for link in entry.links:
        at = first.get(_paper_address(link.url) or "") if link.role == "paper" else None
        if at is None:
            return []
        if at not in targets:
            targets.append(at)
    return targets


def _identifiers_recapped(entries: list[Entry], start: int, end: int, targets: list[int]) -> bool:
    """Every identifier the entries ``start``..``end`` give is one of the ``targets``': folding them loses none."""
    known = {key for j in targets for key in _identifier_keys(entries[j].identifiers)}
    return all(key in known for k in range(start, end) for key in _identifier_keys(entries[k].identifiers))


def _repeats_of_listed_works(entries: list[Entry]) -> list[Entry]:
    """A work listed again later, by the same paper link: the repeat is the earlier entry's work.

    Why: a list gives its papers with full titles, then a later section restates some of them in its own way — a
    datasets table ``| 2024 | RefSegRS | 4,420 triplets | [Paper](ieeexplore…/10458079) \\| [Data](github…) |``
    whose row names the dataset, its "Paper" link the very address the papers table gave under "RRSIS: Referring
    Remote Sensing Image Segmentation". A short name that reads like no title (``classify.reads_like_paper_title``)
    is the work's name, not its title: the repeat takes the earlier title (it keeps its own links, and
    ``_mark_duplicates`` reports it). And a work a list gives twice, the repeat word for word with code added
    (PhraseCut in a datasets table, then among the methods with ``[[code]](github…)``): that code is the work's, so
    the first listing gets it too (``_restates_with_code``)."""
    first: dict[str, int] = {}
    out: list[Entry] = []
    for e in entries:
        keys = _own_paper_addresses(e)
        at = next((first[k] for k in keys if k in first), None)
        if at is not None and out[at].line != e.line:  # not the other papers of one item (_other_papers)
            earlier = out[at]
            if _restates_with_code(earlier, e):
                out[at] = replace(earlier, links=earlier.links + tuple(link for link in e.links if link.role == "code"))
            if earlier.title != e.title and not classify.reads_like_paper_title(e.title) \
                    and classify.reads_like_paper_title(earlier.title) and not _names_another_work(earlier, e) \
                    and not _bylines_disagree(earlier, e):
                e = replace(e, title=earlier.title)
        for key in keys:
            first.setdefault(key, len(out))
        out.append(e)
    return out


#: a word of a byline's name, for telling two first authors apart (letters of any script, no digits)
_BYLINE_WORD = re.compile(r"[^\W\d_]+")
_BYLINE_FILLER = frozenset(("et", "al", "and", "others", "etc"))


def _bylines_disagree(earlier: Entry, later: Entry) -> bool:
    """Both entries give a byline and their first authors share no word: ``### Multi-level Regional + LLM Refinement
    (2025)`` / ``- **Authors:** (Multi-level Regional)`` / ``- **Links:** [Paper](sciencedirect…/S0169…)`` then
    ``### RAG-based Gastric Pathology (2025)`` / ``- **Authors:** Hu et al.`` / the same ``[Paper](…)``: the later
    record's link was pasted from the earlier one, its own byline names its own work, which keeps its own name. The
    same work given twice names the same first author, whichever way round ("Li et al." / "Chunyuan Li")."""
    if not earlier.authors or not later.authors:
        return False
    first, again = (set(_BYLINE_WORD.findall(entry.authors[0].casefold())) - _BYLINE_FILLER
                    for entry in (earlier, later))
    return bool(first) and bool(again) and not first & again


def _names_another_work(earlier: Entry, later: Entry) -> bool:
    """``later`` repeats a paper link of ``earlier`` but its own text (no link of it) gives an identifier ``earlier``
    has not: the link was copied from the line above, the identifier in the line's text names its work.

    ``- [Recent advances in …](connectedpapers…/X) - Chen et al. (2021)`` then, under ``## Datasets``,
    ``- [SA-1B](connectedpapers…/X) - Kirillov et al. ArXiv abs/2304.02643 (2023)``: the data set's line pasted the
    survey's address, and its arXiv id is the data set's paper. Why: the repeat took the survey's title, and the
    record (title of one work, identifier of another) merged two works in the graph. A repeat whose identifiers are
    all the earlier entry's or its links' (a table row repeating a reference cell beside side links to other works'
    pages) still takes the earlier title (``_repeats_of_listed_works``)."""
    known = set(_identifier_keys(earlier.identifiers))
    for link in later.links:  # an identifier a link of the line gives (a side link: "[Express](pmc…/PMC5070523)")
        known.update((kind, value.casefold()) for kind, value in zip(("doi", "arxiv", "pmid", "pmcid"),
                                                                    ids.ids_from_url(link.url)) if value)
    return any(key not in known for key in _identifier_keys(later.identifiers))


def _bare_page_bullets_under_their_record(entries: list[Entry]) -> list[Entry]:
    """``Practical Secure Aggregation …, https://arxiv.org/abs/1611.04482`` / ``- https://research.google/pubs/…`` /
    ``- a note``: a bullet that is only the bare address of a paper's page with no identifier in it, on the line
    right under a titled paper's record in the same section, is another page of that paper (its lab's publication
    page, its OpenReview forum), the record's link, not an untitled paper of its own. Why: read as an entry it was a
    paper with no title and no identifier. A bare address after an untitled one, or a line apart, stays an entry."""
    out: list[Entry] = []
    for e in entries:
        prev = out[-1] if out else None
        if prev is not None and e.kind == "paper" and prev.kind == "paper" and not e.title.strip() \
                and prev.title.strip() and e.line == prev.end_line + 1 and e.topic == prev.topic \
                and not _identifier_keys(e.identifiers) and len(e.links) == 1 and e.links[0].role == "paper" \
                and (e.links[0].text or e.links[0].label or e.links[0].url).strip() == e.links[0].url.strip():
            out[-1] = replace(prev, links=prev.links + e.links, end_line=e.end_line)
            continue
        out.append(e)
    return out


def _mark_duplicates(entries: list[Entry]) -> list[Entry]:
    """Same work twice in one list: report it on the later entry (never drop it; only a link-less reference restating
    a linked entry was folded into that entry before, with a diagnostic: ``_without_restated_references``)."""
    seen: dict[str, int] = {}
    out = []
    for e in entries:
        keys = resolve.entry_keys(e)
        dup_of = next((seen[k] for k in keys if k in seen), None)
        if dup_of is not None and dup_of != e.line:  # not the other papers of one item (_other_papers)
            e = replace(e, diagnostics=e.diagnostics + (
                Diagnostic(e.source, e.line, "duplicate-entry", f"same work as the entry at line {dup_of}"),))
        for key in keys:
            seen.setdefault(key, e.line)
        out.append(e)
    return out


def entry_record(entry: Entry) -> dict:
    """The JSON shape of ``medkg extract`` (DESIGN §6): a contract bars and users depend on."""
    return {
        "source": entry.source,
        "line": entry.line,
        "end_line": entry.end_line,
        "kind": entry.kind,
        "title": entry.title,
        "topic": [h.text for h in entry.topic],
        "identifiers": entry.identifiers.as_dict(),
        "links": [{"url": link.url, "label": link.label, "role": link.role} for link in entry.links],
        "authors": list(entry.authors),
        "year": entry.year,
        "venue": entry.venue,
        "description": entry.description,
        "diagnostics": [{"line": d.line, "code": d.code, "message": d.message, "severity": d.severity}
                        for d in entry.diagnostics],
    }


def records(extractions: Iterable[Extraction]) -> Iterable[dict]:
    for x in extractions:
        for e in x.entries:
            yield entry_record(e)


__all__ = ["Extraction", "extract_file", "extract_source", "type_entry", "entry_record", "records",
           "Identifiers"]
