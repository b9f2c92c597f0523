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

How the stage is laid out, data flowing one way: ``mdtree`` (Markdown and HTML blocks → a node
tree) → ``inline`` (a run of inline nodes → text, links, title) → ``headings`` (section numbers
and labels), ``tables`` (which column is the title) and ``blocks`` (which paragraphs are items,
which sub-lists are fields) → ``regroup`` (the pieces of one record that CommonMark cut into several
blocks, put back together) → this module, which walks the blocks in document order and assembles
the entries. None of those modules imports this one. Names with a leading underscore are shared
among these modules and used nowhere else; ``clean_title``, ``analyse_heading`` and
``plain_heading`` are re-exported here for callers that import them from ``parse``.
"""

from __future__ import annotations

import bisect
import contextlib
import gc
import logging
from collections.abc import Callable, Iterator, Mapping
from types import MappingProxyType
from dataclasses import dataclass, field, replace

from medkg.blocks import (
    paper_fact_line,
    prose_cites_other_author_year_work,
    prose_paragraphs_citing_works,
    quoted_bare_address,
    quoted_lone_link_paragraphs,
    glued_number_bold_title,
    glued_number_url_list,
    bare_dated_title,
    bare_title_line,
    split_closing_year,
    line_over_bare_urls,
    ascii_punctuation,
    role_linked_note,
    quoted_related_note,
    translated_title_record,
    closes_on_bracketed_year,
    closing_bracketed_date,
    is_byline_line,
    bylined_links_after,
    separated_titled_links_after,
    paren_year_byline_lead,
    keyed_links_after,
    keyed_paper_link,
    bare_pmid,
    sibling_index_links,
    dash_field_reference,
    dash_labelled_fields,
    dash_record_name,
    bold_title_over_italic_byline,
    plain_title_over_html_byline,
    title_over_byline_and_bracket_tags,
    role_word_record,
    chart_caption_heading,
    announced_link_title,
    paren_method_name_lead,
    quoted_url_labels,
    quoted_label_over_url_fields,
    quoted_role_address_fields,
    stamped_role_addresses_line,
    _callout_set_off_title,
    _bold_title_nicknamed,
    bold_title_venue_tagged,
    author_year_dash_title,
    bold_name_quoted_title,
    closing_year,
    author_year_lead_citation,
    record_note_over_its_links,
    mentioned_in_passing,
    _item_inlines,
    _links_in_passing,
    byline_over_record_url,
    record_fields_in_cell,
    cell_record_cites,
    title_field_in_cell,
    plain_title_field_over_authors,
    plain_title_field_over_link,
    plain_title_field_over_link_paragraph,
    lone_title_field_item,
    title_field_line,
    authors_field_line,
    _TAG_LINE,
    _role_link_line,
    own_paper_role_links,
    own_papers_linked_here,
    quoted_link_lines,
    _tag_opened_record,
    byline_opened_record,
    lone_marked_author,
    title_over_byline_record,
    quoted_reference_over_record_badge,
    own_title_line_record,
    label_link_title_record,
    bare_urls_only,
    colon_title_over_paper_url,
    CLIP_TRAILER_TEXT,
    MIN_CLIP_TRAILERS,
    clip_bare_url_close,
    clip_own_links,
    clip_source_trailer,
    clipped_page_title,
    session_fields_lead_title,
    title_line_over_bare_urls,
    title_around_link,
    unfilled_paper_slots,
    _venue_year_tag_lead,
    venue_stamp_link_line,
    venue_year_stamp,
    stamp_venue_year,
    labelled_code_note_list,
    apostrophe_year_tag,
    bold_date_stamp_lead,
    bracket_tag_bold_lead,
    numbered_bold_link_lead,
    tag_led_title,
    tag_led_title_lines,
    method_name_over_title_line,
    year_group_label,
    date_only_label,
    _title_over_byline,
    undated_byline_over_title,
    _reference_across_lines,
    _title_wrapped_before_url,
    _byline_link,
    _author_list_byline,
    dated_byline,
    author_colon_lead,
    reading_label_lead,
    _sole_author_line,
    tagged_byline,
    _ieee_author_line,
    _YEAR_IN_TEXT,
    reference_keyed_items,
    _is_alert_marker,
    _paper_callout,
    paper_callout_links,
    titled_link_part,
    labelled_code_line,
    _announced_papers,
    _banner_paper_link,
    _outline_point,
    question_point,
    lead_in_point,
    _reads_as_reference,
    _links_part,
    _holds_blocks,
    _lead_title,
    translated_title_field,
    _numbered_name,
    _is_byline,
    linked_names_byline,
    byline_people_before_title,
    link_field_lines,
    _name_over_title,
    _caption_over_reference,
    _captioned_reference,
    numbered_caption_reference,
    quoted_reference_record,
    _bold_line_after_byline,
    bold_title_after_byline,
    bold_title_after_highlighted_byline,
    repository_name_over_quoted_work,
    _byline_names,
    undated_byline_names,
    labelled_paper_reference,
    dated_work_title,
    _walk_items,
    _role_fields,
    _role_link_alone,
    fields_link_article,
    inlines_link_article,
    url_valued_field,
    document_copy_field,
    _LEAD_YEAR_END,
    _prose_url_mentions,
    _metadata_fields,
    _RoleFields,
    _cites_fields,
    _AUTHORS_FIELD,
    _names,
    _cites_record,
    _numbered_references,
    _reference_numbered,
    _reference_paragraph,
    _labelled_reference,
    labelled_quoted_reference_title,
    _titled_bare_reference,
    titled_bare_reference_title,
    _linked_title_over_byline,
    marked_title_before_venue_link,
    quoted_linked_title_over_author_list,
    _bold_title_over_byline,
    _bold_title_venue_byline,
    bold_title_over_venue_tag,
    field_role,
    numbered_after,
    key_value_record_rows,
    labelled_cell,
    _names_one_work,
    _paragraph_lines,
    _pipe_row_cells,
    delimiter_row,
    _LINK_FIELD_LABEL,
    links_field_names_paper,
    _NUMBERED_CITATION,
    _BIB_FIELD,
    _VENUE_BIB_FIELD,
    _TITLE_FIELD,
    _TITLE_FIELD_WORD,
    _field_label,
    _quoted_field_list,
    _RECORD_NUMBER,
    _NUMBERED_LEAD,
    colon_before_bare_url,
    paper_title_line,
    strip_record_lead,
    strip_word_record_number,
    outline_numbered_title,
    record_number_only,
    code_date_tag,
    code_venue_tag,
    code_record_number_end,
    dashed_record_number_end,
    code_kind_tag,
    code_span_lead,
    CODE_TAG_WORDS,
    nicknamed_emphasised_title,
    code_tag_lead,
    code_note_lines_start,
    cjk_note_lines_start,
    property_lines,
    closing_hashtags,
    _field_list_inlines,
    _title_wrapped_before_label_link,
    bold_tag_inside_first_line,
    card_title_wrapped_before_break,
    title_line_over_hard_break,
    title_line_over_venue_stamp,
    _is_toc,
    is_toc_table,
    toc_strays,
    opens_clause_list,
    report_reference,
    quoted_paper_byline_title,
    quoted_paper_label_title,
    identifier_titled_line,
    named_identifier_line,
    named_identifier_text,
    announced_own_paper_links,
    _looks_like_citation,
    _only_badges,
    _paragraph_units,
    _after_lead_in,
    url_led_note,
    _standalone_links,
    _link_line,
    _title_link_records,
    name_stanza_records,
    _quoted_field_record,
    quoted_bold_title_card,
    quoted_labelled_code_links,
    _tab_cells,
    _tab_venue,
    TAB_RECORD,
    _title_field_value,
    _item_kind,
    glued_bullet_item_lines,
    run_on_references,
    _code_note_link,
    sibling_code_link,
    named_in_label,
    short_name,
    citation_markers_only,
    code_link_bullet_text,
    linked_title_lead,
    bold_work_title_lead,
    linked_title_opening,
    record_link_line,
    linked_title_over_byline_box,
    box_venue_line,
    numbered_title_over_links,
    link_placeholder_line,
    over_leaf_list,
    labelled_links_note,
    prose_naming_projects,
    _code_note_list,
    _bare_link_fields,
    _complete_reference,
    _without_citation_key,
    linked_whole_reference,
    own_reference_over_list,
    reference_link_over_notes,
    _author_lead_year_tail,
    _byline_lead,
    _author_year_lead,
    _tagged_author_lead,
    _year_marked_venue_lead,
    _plain_reference,
    _lone_reference_unit,
    title_line_over_reference_line,
    lone_reference_over_note,
    venue_tag_titled_paragraph,
    title_then_role_links_paragraph,
    title_led_linked_reference,
    title_tags_byline_reference,
    underscored_venue_paragraph,
    unfiled_title_paragraph,
    year_label_paragraph,
    year_filed_title_lines,
    label_filed_title_lines,
    kind_label_line,
    address_in_prose_note,
    emphasised_label_paragraph,
    quoted_reference_paragraph,
    date_stamped_unit,
    plain_title_box,
    plain_box_title,
)
from medkg.headings import (  # noqa: F401 (plain_heading: re-exported)
    strip_record_number,
    closing_venue_year_heading,
    tagless_heading_title,
    year_venue_tagged_heading,
    _is_citation_section,
    labels_reference_below,
    project_parts,
    is_document_section,
    is_prose_section,
    is_write_up_facet,
    is_project_run_guide,
    is_notes_section,
    addresses_reader,
    names_own_document,
    is_reader_note_part,
    org_work_title,
    citation_keyed_title,
    author_year_led_title,
    analyse_heading,
    cjk_glossed_name_heading,
    named_work_heading,
    plain_heading,
    strip_section_number,
    author_year_nickname_heading,
    numbered_part_label,
    unit_numbered_heading,
    course_session_label,
)
from medkg.inline import (  # noqa: F401 (clean_title: re-exported)
    quoted_title_year,
    _is_badge_target,
    _COLONS,
    PAPER_TAG_WORDS,
    _outside_brackets,
    book_title_item,
    identifier_tail,
    journal_locator_tail,
    _LINK_LABEL_ONLY,
    _QUOTES,
    quoted_link_title,
    _DATE_LEAD,
    date_stamped_link,
    _TAG_LEAD,
    _BRACKET_TAG_LEAD,
    _PAREN_VENUE_TAG_LEAD,
    kind_tag_lead,
    access_qualifier_lead,
    stacked_tags_lead,
    _YEAR_TAG_LEAD,
    venue_word_lead,
    bold_venue_year_tag,
    _quoted_title,
    _quote_closes_on_stop,
    _Inline,
    _RawLink,
    _blockquote_inline,
    _bold_title_after_tag,
    barred_label_link_title,
    line_with_wrapped_bold,
    _bracket_label,
    _clean_title,
    _cut_marked_tag,
    cut_closing_code_tag,
    cut_open_year_trailer,
    _cut_year_trailer,
    _drop_closing_stop,
    bold_lead_title,
    stopped_bold_title_venue_year,
    _has_empty_brackets,
    _has_links,
    _inline,
    _is_cjk,
    _is_meaningful,
    bracketed_date_tag_only,
    lead_in_marked_title,
    _is_role_word,
    _label_before,
    _link_label,
    _markdown_inline,
    _prose,
    field_link_label,
    _split_label,
    _split_trailer,
    name_dash_gloss,
    name_comma_gloss,
    _strip_label_suffix,
    _strip_placeholders,
    _title_after_label_link,
    name_before_label_link,
    curator_tag_before_label_link,
    clean_title,
    glossed_term,
    names_linked_pdf,
    names_work,
    lead_dangles_into_link,
    lead_runs_into_link,
    unlinked_title,
    colon_closed,
    year_led_pipe_record,
)
from medkg import citation, regroup, resolve, textkey
from medkg.classify import (author_year_byline, counts_works as classify_counts_works, dated_coined_name,
                            describes_a_work, explainer_lead_in, in_career_section, is_link_label, is_pointer_label,
                            label_role, licence_file, names_paper_and_code, names_paper_kind, names_papers_outright,
                            reads_as_sentence, reads_like_paper_title, strip_symbols, title_cased, url_role)
from medkg.mdtree import (_Node, _fold_as_labelled_list, _html_as_markdown, _html_fragment_text, _html_headings,
                          _html_rows, build_tree,
                          is_footnote_note, is_task_item, typed_md_link)
from medkg.ids import arxiv_label, closing_identifier_text, find_arxiv, find_dois, find_pmids, identifiers_from, \
    identifier_fields_only, ids_from_url, canonical_repo, written_address, bare_arxiv_id_run, without_identifier_tail
from medkg.model import Diagnostic, Entry, Heading, Link, SourceText
from medkg.tables import _cell_link_label, site_pictograph, cell_links_repository, _cell_title_link, _emphasised_line_after_break, \
    _name_cell, version_work_links, author_led_column, author_led_title, author_year_link_cell, names_topic_note, \
    _no_paper_note, _only_source_labels, _people_columns, _row_headers, _title_column, bold_line_before_break, \
    bold_name_over_title_line, bold_name_before_byline, bold_name_before_dash, bracketed_aside, byline_only_cell, \
    byline_reference_cell, only_bare_urls, \
    dataset_row_link_label, dataset_paper_leads, dataset_paper_link_column, plain_note_cell, fullwidth_bar_lead, \
    gallery_cells, venue_labelled_paper, unfilled_paper_cell, \
    named_work_columns, named_work_groups, numbered_reference_columns, numbered_reference_links, paper_cell_leads, titled_reference_leads, \
    reading_cell_works, reading_columns, \
    repeating_value_columns, template_example_row, title_cell_works, venue_year_columns, field_card_rows, \
    work_card_table

log = logging.getLogger(__name__)

#: what a link typed with a space before its destination leaves in the text ("[Title] (https://…)"), which
#: ``inline`` still reads as the link: the curator is told, as of a "](" left in the text
_SPACED_LINK_MARK = "] (http"


def _broken_link_message(plain: str) -> str:
    """The curator's note on what broken link syntax a text holds."""
    return "broken link syntax (`](` in text)" if "](" in plain else "broken link syntax (`] (` in text)"

#: Nested lists deeper than this are flattened into their ancestor, with a diagnostic
#: (hostile input: 3,000 levels; real lists rarely go past 6).
MAX_DEPTH = 100
#: How much of a ``label: value`` field line is kept (its value becomes a title-sized field).
_FIELD_VALUE_WINDOW = 16_000
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
#: field of a link-less item that heads a point of an outline (``1. Sequence Representations:`` / ``How DNA … are
#: encoded.`` / ``- One-hot encodings.``): a course's or a talk's topic with its points, no reference; its
#: link-less sub-items are its points (``UNDER_LINKED_ITEM_FIELD``)
OUTLINE_ITEM_FIELD = "outline-item"
#: field of a link-less item of a list that completes the sentence over it (``This repository is structured to:`` /
#: ``- Provide easy access to the papers.``): a clause of the writer's prose, no reference (``opens_clause_list``)
CLAUSE_ITEM_FIELD = "clause-item"
#: field of a task-list item (``- [x] Migrate the implementation to PyTorch``): a to-do, or a reading list's
#: read / unread mark (``- [ ] Attention Is All You Need``); ``extract`` tells them apart by the wording
TASK_ITEM_FIELD = "task-item"
#: field of an item read from a footnote definition (``[^2]: Ilse M, et al. Attention-based deep multiple instance
#: learning[C]. [[paper]](…)``): a note behind a "[^2]" in the prose; ``extract`` folds a note restating a work the
#: list gives as an item of its own into that item
FOOTNOTE_NOTE_FIELD = "footnote-note"
#: field of an item whose title is set apart by quotes or title marks and followed by more text
#: (``《Title》(2021) GitHub: …``, ``"Title", ICCV, 2021``): the way a work is cited, not a tool named
QUOTED_TITLE_FIELD = "quoted-title"
#: field of an entry whose title is a link-less heading that reads as a work's title, over its field
#: bullets (``## A Title of Five Words or More`` / ``- **Link:** [Link](github…)``): a work, whatever its link
TITLE_HEADING_FIELD = "title-heading"
#: field of a record described by bibliographic fields ("- **作者**: …", "- **发表**: ICML 2017"): a publication
BIB_RECORD_FIELD = "bibliographic-record"
#: mark of a table row titled by a bold name and a byline after a dash (``| **AgentDojo** - Debenedetti et al. |``,
#: ``tables.bold_name_before_byline``): the byline credits authors, so the row is a publication's record
BYLINE_CREDIT_FIELD = "byline-credit"
#: mark of a table row titled by its paper cell's only link, an author-year citation (``| [Mead (1990)](doi…) |``,
#: ``tables.author_year_link_cell``): the row cites that paper, however short the byline left as its title
BYLINE_CITED_FIELD = "byline-cited"
#: mark of a tool's record of dash-labelled fields whose "Publication" field cites the tool's own paper
#: (``_Parser.take_dash_field_reference``): the record is that paper's, whatever the heading over it names
DASH_REFERENCE_FIELD = "dash-field-reference"
#: mark of a named resource's section (``### PIRD: Pan immune repertoire database`` / its site / a quoted blurb /
#: ``Zhang, W. et al. [PIRD: Pan Immune Repertoire Database.](doi…) Bioinformatics 36, 897–903 (2020)``) whose one
#: whole reference line cites the resource's own paper (``_own_reference_title``): the record is that paper's,
#: titled by the reference, whatever the heading's section calls the resource (a database, a tool)
OWN_REFERENCE_FIELD = "own-reference-line"
#: mark of a table row whose column of venues and years (``tables.venue_year_columns``: ``| **Title** | TOG 2015 |
#: [Link](project page) |`` under "Info") is filled: the row states where its work appeared, whatever the header
VENUE_YEAR_COLUMN_FIELD = "venue-year-column"
#: mark of a work a research report names on its section's labelled reference line ("**Study:** Authors (2023) -
#: "Title"", ``report_reference``): the report's way of citing, beside which its bare bullets are notes
REPORT_REFERENCE_FIELD = "report-reference"
#: field of an item whose linked title a venue tag set as a code span leads (``- ``MICCAI 2023`` [Title](project
#: page)``, ``code_tag_lead``): the value is the tag; a venue and its year there cite the work wherever it links
VENUE_TAG_FIELD = "venue-tag"
#: field of an entry whose title is a link-less heading that reads as a work's title over link-less note
#: bullets (``###### Liver segmentation from pediatric CT volumes using …`` / ``- 小児用CTにおける…``): a
#: reading note on one work, the bullets its notes, not entries of their own
NOTED_TITLE_FIELD = "noted-title-heading"
#: field of a paragraph record whose first line gives the work's title after a label naming it a paper's
#: (``6：论文题目：Title`` / ``论文思路：https://…``, ``blocks.paper_title_line``): the record is that paper's
PAPER_TITLE_LINE_FIELD = "paper-title-line"
#: field of a record read from a link-less line right over a list of bare URLs, exactly one of them a work's article
#: (``_Parser.title_line_over_bare_links``: ``WikiChat Grounding`` / ``- https://arxiv…`` / ``- https://github…``):
#: the line names that article, however short its name, so the record is a paper's, not the site its first URL shows
BARE_RECORD_LINKS_FIELD = "bare-record-links"
#: field of a record read from a card of host-labelled links over its title and byline (``FGD. *CVPR 2022*.`` /
#: ``[[CVF](…)]`` / ``[[Springer](…)]`` / ``- Title`` / ``- A and B``): every link is one of the work's own hosts
LINK_CARD_FIELD = "link-card"
#: field of a work read from a two-column card of its labelled fields (``tables.work_card_table``: ``| **Título** |
#: … |`` / ``| **DOI** | … |``): the list writes its works as cards, so its bare bullets elsewhere are notes on them
WORK_CARD_FIELD = "work-card"
#: field of an entry whose title is a link-less heading that reads as a work's title over a lone line of its
#: authors (``##### DriverDBv3: A Multi-omics Database for …`` / ``S. H. Liu, P. C. Shen, … and W. C. Cheng``): a
#: lab's publication, titled by its heading; the line below is its byline, not the rest of a reference
BYLINE_HEADING_FIELD = "byline-title-heading"
#: field of a link-less note that sets a second work's title in bold after the first (``… **Massively Parallel
#: Single-Cell RNA-Seq …**. Its second version …: **MARS-seq2.0: an experimental …**``): the value is that title
BOLD_WORK_FIELD = "another-bold-work"
#: field of an item led by a bold topic term and its colon whose prose cites works by dated coined names
#: (``_topic_prose_citing_works``): the value is the term; the item's other dated names are works of their own
TOPIC_PROSE_FIELD = "topic-prose-citing-works"
#: field of a link-less note whose title was set in bold inside it (``The paper introducing …: **Title**. …``):
#: the title is set apart as a cited work's is
BOLD_TITLE_IN_NOTE_FIELD = "bold-title-in-note"
#: field of an item whose first link is joined to the next by "and" (``[Title A](…) and [Title B](…) are papers
#: on …``): the value is the second link's text, a work the item lists beside its own
COORDINATED_LINK_FIELD = "coordinated-link"
#: field of an item whose linked title a byline leads, the year in brackets and a comma (``- Lazar Reich and Vijaykumar
#: (2020), [Title](…), FORC.``, ``classify.bracketed_year_byline``): the value is the byline; it cites the work by its
#: authors and year, whatever host the link reaches
PAREN_YEAR_BYLINE_FIELD = "byline-lead"
#: a field marking an entry read from one card of an HTML grid of cards (``mdtree._html_rows``: '<div class=
#: "caption"><h5><a href=…>Title</a></h5><p>Authors</p></div>' repeated): a page of accepted works, one a card
HTML_CARD_FIELD = "html-card"
#: field of an item that names several works, each by a short name before its links ("GREEN — [arXiv](…) · RadFact —
#: [code](…) · FineRadScore — [arXiv](…)"): the value is a later link's URL, a space, and the name written before it
#: (``_names_before_links``), when that name is not the item's own
NAMED_LINK_FIELD = "named-link"
#: the kind a code span opening the item tags it with ("- `review` Title | Cell", "- [`perspective` Title](…)"):
#: ``blocks.code_kind_tag``; a scholarly kind makes a link-less line a paper (``extract``)
KIND_TAG_FIELD = "kind-tag"
#: field of a link-less item that is one title in book-title marks, after at most a bracketed status note
#: (``- 【未找到下载】《Grader variability and the importance of …》``, ``- 《Title of the Work》``): Chinese sets the
#: title of a written work (article, book) in 《》, so such a line cites a work it gives no link for
BOOK_TITLE_FIELD = "book-title"
#: field of a link-less item written as a table row without the table, its year cell first (``* 2019 | Title |
#: tags``, ``inline.year_led_pipe_record``): a run of them is a dated reading list (``extract``)
DATED_ROW_FIELD = "dated-pipe-row"
#: field of a link-less item written as a bold title dated by a venue-and-year tag after a dash, over sub-bullets
#: that are its link or notes (``4. **Title** - 2025`` / ``   - notes``, ``blocks.bold_title_venue_tagged``): a run
#: of them among linked ones of the same form is a reading list's works (``extract``)
DATED_BOLD_TITLE_FIELD = "dated-bold-title"
#: field of a table row one of whose other cells is a check mark alone (``| Surgical Vision WM | | ✅ | ✅ | |``): the
#: row is a comparison matrix's, naming by a short name each work the list cites elsewhere (``extract``)
MARK_CELL_ROW_FIELD = "check-mark-cell-row"
#: what a comparison matrix's cell may hold alone: a check or a cross mark (an emoji's variation selector aside)
_CHECK_MARKS = frozenset("✅✓✔☑✗✘❌❎✖√")
#: the words that join two linked works an item lists together ("[A](…) and [B](…)", "[A](…) & [B](…)")
_CONJUNCTIONS = frozenset({"and", "&", ",", ";", "/", "as well as"})
#: the last words of a sentence that leads in to the works it names: "…, including [Title A](…) and [Title B](…)"
_LEAD_IN_ENDS = ("including", "see", "such as", "e.g.", "e.g.,", "for example", "for example,")
#: words a lead-in sentence has at least (a title never ends in "including"; a short "See" alone is a pointer)
_LEAD_IN_WORDS = 5


def _introduces_works(lead: str) -> bool:
    """``For some historical context on LBD, see papers by …, including``: a sentence (five words or more) ending
    in a word that introduces examples, written before the linked works it names; it is no title of theirs."""
    text = " ".join(lead.split()).rstrip(" *_").lower()
    end = next((e for e in _LEAD_IN_ENDS if text.endswith(e)), None)
    # (a whole word: "oversee" does not end in "see")
    return end is not None and len(text.split()) >= _LEAD_IN_WORDS and text[-len(end) - 1:-len(end)] in (" ", ",")


#: words of prose at least between a bold topic term's colon and the first work it cites (a term's gloss is shorter)
_TOPIC_PROSE_WORDS = 8


def _topic_prose_citing_works(inl: _Inline, lead_line: str, first) -> bool:
    """``- **Single-Molecule Properties** : There are a lot of works in this area … Examples of works are [ChemBERTa
    (2020)](arxiv…), [MolBERT (2020)](arxiv…)``: an item led by a bold topic term (six words at most) and its colon,
    then sentences (eight words or more before the first link) that cite works by coined names dated in brackets
    (``classify.dated_coined_name``). The term and its prose are a note on a topic, no work's title: read as one,
    they titled the first work ("Single-Molecule Properties : There are …"). The first link's text names the
    item's work; the other dated names are works of their own (``extract._works_cited_in_topic_prose``)."""
    term = inl.strong_lead.strip()
    if not term or len(term.split()) > 6 or first is None or first.bare or dated_coined_name(first.text) is None:
        return False
    if not term.endswith(_COLONS) and not _colon_after_lead(inl.plain, inl.strong_lead):
        return False
    return len(lead_line.split()) >= len(term.split()) + _TOPIC_PROSE_WORDS


#: what parts one named work from the next on a line ("GREEN — [arXiv](…) · FineRadScore — [arXiv](…)")
_WORK_SEPARATORS = ("·", "•", ";", "|")
#: what closes a work's name before its links: a spaced dash, or a colon
_NAME_CLOSERS = ("—", "–", " -", ":", "：")
#: the longest name ``_names_before_links`` takes, in words
_MAX_LINKED_NAME_WORDS = 5


def _names_before_links(plain: str, links: list) -> dict[int, str]:
    """The names a line writes before its later links, each opening a part of the line: ``- GREEN — [arXiv:…](…) ·
    RadFact — [código](github…) · FineRadScore — [arXiv:…](…)`` → {FineRadScore's link: "FineRadScore", the code
    link: "RadFact"} (keyed by ``id(link)``).

    Why: a reading plan lists several works on one bullet, each by its name, a dash, then its links, parted by a
    middle dot; a link whose text is only "arXiv:2405.20613" or "código" says nothing of which work it is for, the
    name before it does. Only a short name (``_MAX_LINKED_NAME_WORDS``) with a capital, right after a separator
    (``_WORK_SEPARATORS``) and closed by a dash or colon; a link label ("Code —", "Demo:") names a link's kind, not
    a work, and a lower-case word ("; contra — [Algorithms …](…)") is a remark."""
    out: dict[int, str] = {}
    ordered = sorted((x for x in links if not x.image), key=lambda x: x.start)
    name = ""
    for k in range(1, len(ordered)):
        between = plain[ordered[k - 1].end:ordered[k].start]
        if "\n" in between:
            name = ""
            continue
        if name and not between.strip(" \t*_`,/"):
            # "RadFact — [code](…) [demo](…)": the links after a name, up to the next part, are for the same work
            out[id(ordered[k])] = name
            continue
        name = _work_name_opening(between)
        if name and label_role(name) is None:
            out[id(ordered[k])] = name
        else:
            name = ""
    return out


def _work_name_opening(between: str) -> str:
    """``" · FineRadScore — "`` → "FineRadScore": the short name that opens a part of a line, after a separator and
    before its dash or colon (``_names_before_links``); "" when the text between two links is anything else."""
    text = between.strip(" \t*_`")
    if not text.startswith(_WORK_SEPARATORS):
        return ""
    text = text[1:].rstrip(" \t*_`")
    closer = next((c for c in _NAME_CLOSERS if text.endswith(c)), None)
    if closer is None:
        return ""
    name = text[:-len(closer)].strip(" \t*_`")
    words = name.split()
    if not words or len(words) > _MAX_LINKED_NAME_WORDS or not any(c.isupper() for c in name) \
            or any(c in name for c in ".!?[]") or name.startswith(_WORK_SEPARATORS):
        return ""
    return name


def _same_work_name(name: str, title: str) -> bool:
    """``name`` is ``title``'s work: one holds the other ("nnU-Net v2" for "nnU-Net"), case aside."""
    a, b = name.casefold(), title.casefold()
    return bool(a and b) and (a in b or b in a)


def _without_aside(between: str) -> str:
    """The words between two links without a parenthesised aside on the first: ``[Title A](…) (paywalled) and
    [Title B](…)`` joins the two by "and" all the same."""
    text = between.strip(" *_")
    if text.startswith("(") and ")" in text:
        text = text[text.index(")") + 1:].strip(" *_")
    return text
_TITLE_FIELD_LABELS = {"论文题目", "论文标题", "题目", "标题", "title", "paper title", "名称", "name"}
#: the labels of a sub-bullet that names the paper itself ("论文：Title", "论文名称：Title", "论文题目：Title"): under a
#: bullet that only captions a reading session ("【关于IMP-GCN】研讨", "[【关于 MSN】 那些你不知道的事](notes/)"), the
#: field, not the caption, is the work's title
_PAPER_NAME_FIELD_LABELS = frozenset({"论文", "论文名称", "论文名", "论文题目", "论文标题"})
#: the same in English, where a bracketed tag labels the field (``_role_tag_label``): "1. **team**" / "  - 📄 [Cite]
#: Title, *Authors*" / "  - 💻 [GitHub] https://github…" — a challenge's model pool names each entry by its team, the
#: tag's value names the paper
_PAPER_NAME_TAG_LABELS = PAPER_TAG_WORDS


def _paper_name_field(d: "_Draft", label: str, value: str) -> bool:
    """``- 【关于IMP-GCN】研讨`` / ``  - 论文: Interest-aware Message-Passing GCN for Recommendation`` / ``  - 论文地址: …``:
    whether a sub-bullet names the paper the item is about, so that its value, not the item's caption, is the
    work's title. A reading group's notes caption each session by its topic and give the paper's name in a field
    under it; titled by the caption, the work could not be found by its name.

    Only the first such field counts (the record keeps its caption as its short name), and a field that only
    translates a title in Latin script (``- [Original Title](…)`` / ``  - 论文题目：中文译名``) leaves the original."""
    name = _clean_title(value)
    return (label in _PAPER_NAME_FIELD_LABELS or label.casefold() in _PAPER_NAME_TAG_LABELS and value[:1] != "["
            and not value.startswith(("http://", "https://"))) and bool(d.title) and _is_meaningful(value) and _reads_as_name(name) \
        and not any(lab == "short name" for lab, _ in d.fields) \
        and name != d.title and not translated_title_field(d.title, value)


def _title_before_emphasised_byline(value: str, inl: _Inline) -> tuple[str, str]:
    """``Title, *Ana Lima, Bo Chen*`` → ("Title", "Ana Lima, Bo Chen"): a paper's name field that closes with its
    authors set in italics (after a comma, or after the title alone) gives the title before them and the byline;
    (value, "") when the field ends in no emphasised list of people's names. Why: the names are the work's
    authors, and a title that kept them was no title the work could be found by."""
    if not inl.emphasis:
        return value, ""
    names = inl.emphasis[-1].strip()
    head = value.rstrip(" .*_")
    if not names or not head.endswith(names) or len(head) == len(names):
        return value, ""
    people = [p.strip().removeprefix("and ").strip() for p in names.replace(";", ",").replace(" and ", ", ").split(",")]
    people = [p for p in people if p]
    # (a typographic apostrophe spells a name as the plain one does: "Noel E. O’Connor")
    if not people or not all(citation.personal_name(p.strip(" .").replace("’", "'")) for p in people):
        return value, ""
    return head[:len(head) - len(names)].rstrip(" ,;*_"), ", ".join(p.strip() for p in people)


def _reads_as_name(text: str) -> bool:
    """Whether a field's value can be a work's name: two words, or four ideographs of a Chinese title. A field
    left as a placeholder ("论文：暂无", "论文：待定", "论文：TBD") names no work and leaves the caption."""
    return len(text.split()) >= 2 or (len(text) >= 4 and any(map(_is_cjk, text)))


#: how an author list before a linked title ends: "Estrada.", "Stites, E.C., Wilen, C.B.,", "Merler S (2012)", and
#: in the full-width stop and comma of a Chinese reference exported from CNKI ("陈晓明，刘芳，王磊．[Title](…)［J］．…")
_AUTHOR_LEAD_ENDS = (".", ",", ")", "．", "，")
#: what may close an author lead besides blanks: the stars or underscores of an emphasis Markdown left open
#: ("- *Kobbi Nissim, Sofya Raskhodnikova, and Adam Smith, *": a space before the closing star keeps both
#: stars as text), markup the writer meant, no part of the names
_STRAY_EMPHASIS = " \t\n*_"

#: blocks that make a quote a list written inside a quote rather than a quoted note
_QUOTE_STRUCTURE = frozenset({"Heading", "List", "Table"})


def _leading_label_over_url_quote(node: _Node) -> _Node | None:
    """The paragraphs a quote opens with, before the list (or table, heading) it holds, as a quote of their own when
    they are label-over-URL fields (``quoted_label_over_url_fields``: ``> github:`` / ``> https://github…`` /
    ``> paper: MICCAI2023`` / ``> https://arxiv…``); None otherwise. Dispatched one by one, the label lines and
    bare URLs lost the labels that say which URL is the paper and which the code."""
    lead = []
    for c in node.children:
        if c.kind != "Paragraph":
            break
        lead.append(c)
    if len(lead) < 2 or len(lead) == len(node.children):
        return None
    quote = _Node("BlockQuote", lead[0].start, lead[-1].end)
    quote.children = lead
    return quote if quoted_label_over_url_fields(quote) else None


def _names_its_identifier(line: str) -> bool:
    """``4. **GERNERMED: Open German Medical NER Model** (arXiv:2109.12104)`` over its note bullets: a link-less
    item whose own line writes a work's identifier (an arXiv id, a DOI, a PMID) cites that work; it is the work's
    record, its sub-bullets notes on it, never a group's name over them — however short the title (a short line
    was read as a heading of its sub-items, and the work was lost)."""
    return bool(find_arxiv(line) or find_dois(line) or find_pmids(line))


#: the most lines of one quote read as a reference each by ``_reference_lines_quoted`` (a quote is a short block)
_QUOTED_REFERENCE_LINES_MAX = 12


def _reference_lines_quoted(quotes: list[_Node]) -> list[_Node]:
    """``- [BWA](github…)`` / ``  > Li H. and Durbin R. (2009) Fast and accurate short read alignment … [PMID: …].
    (if you use …)`` / ``  > Li H. and Durbin R. (2010) Fast and accurate long-read alignment … [PMID: …].`` / ``  >
    Li H. (2013) Aligning sequence reads … arXiv:1303.3997v2 …``: a tool's item in a pipeline's ``CITATIONS.md``
    quotes its several papers on consecutive ``>`` lines, which Markdown joins into one quoted paragraph. When
    ``quotes`` is that one quote of one paragraph whose every line (two or more, at most
    ``_QUOTED_REFERENCE_LINES_MAX``) is a whole reference (authors, year, a title of three words or more), each line
    is given back as a quote of its own, so ``label_over_quoted_references`` reads each as the work it cites, as
    it reads ``>`` lines parted by a blank line; else ``quotes`` as they are. Why: the three references were one
    work, titled by the first, holding the PMID of the first and the arXiv id of the last, the others lost. A
    reference wrapped over two lines (``> Title`` / ``Authors, Journal, 2021``) has a line that is no whole
    reference, and stays one."""
    if len(quotes) != 1 or len(quotes[0].children) != 1 or quotes[0].children[0].kind != "Paragraph":
        return quotes
    para = quotes[0].children[0]
    lines: list[list[_Node]] = [[]]
    for child in para.children:
        if child.kind == "SoftBreak":
            if len(lines) >= _QUOTED_REFERENCE_LINES_MAX:
                return quotes
            lines.append([])
        elif child.kind == "HardBreak":
            return quotes
        else:
            lines[-1].append(child)
    if len(lines) < 2 or any(not line for line in lines):
        return quotes
    out: list[_Node] = []
    for line in lines:
        if citation.whole_reference(_inline(line).plain) is None:
            return quotes
        piece = _Node("Paragraph", line[0].start, line[-1].end)
        piece.children = line
        quote = _Node("BlockQuote", piece.start, piece.end)
        quote.children = [piece]
        out.append(quote)
    return out


def _quoted_numbered_references(quote: _Node) -> tuple[_Node | None, list[_Node]] | None:
    """``>Federated Learning for Electronic Health Records, https://scholar…`` / ``>[60] Tom J Pollard, …, and Omar
    Badawi. 2018. The eICU Collaborative Research Database, … Scientific data 5, 1 (2018), 1–13.,
    https://www.nature.com/articles/sdata2018178``: a reader's notes quoting, under a work's section, a line of the
    paper's own bibliography → (the quote without those lines, or None when none is left; each such line as a
    paragraph of its own), else None.

    Only a line that is itself a bracket-numbered reference (``[60] Authors. Title. Venue.``, a whole reference by
    ``citation.whole_reference``) carrying an identifier (in a written-out address or in its text) is split off; the
    quote's other lines (a quoted abstract, the notes) stay the quote they were. Why: a quote is read as prose about
    the section's work, so the cited work and its identifier were lost; unquoted, the line is the reference it is.
    One pass over the quote's one paragraph, at most ``_QUOTED_REFERENCE_LINES_MAX`` lines."""
    if len(quote.children) != 1 or quote.children[0].kind != "Paragraph":
        return None
    para = quote.children[0]
    lines: list[list[_Node]] = [[]]
    for child in para.children:
        lines[-1].append(child)
        if child.kind in ("SoftBreak", "HardBreak"):
            if len(lines) >= _QUOTED_REFERENCE_LINES_MAX:
                return None
            lines.append([])
    kept: list[_Node] = []
    pieces: list[_Node] = []
    for line in lines:
        body = [c for c in line if c.kind not in ("SoftBreak", "HardBreak")]
        inl = _inline(body) if body else None
        if inl is not None and _NUMBERED_CITATION.match(inl.plain) \
                and (any(any(ids_from_url(x.url)) for x in inl.links if not x.image)
                     or find_dois(inl.plain) or find_arxiv(inl.plain) or find_pmids(inl.plain)) \
                and citation.whole_reference(inl.plain) is not None:
            piece = _Node("Paragraph", body[0].start, body[-1].end)
            piece.children = body
            pieces.append(piece)
        else:
            kept.extend(line)
    if not pieces:
        return None
    while kept and kept[-1].kind in ("SoftBreak", "HardBreak"):
        kept.pop()
    if not kept:
        return None, pieces
    rest_para = _Node("Paragraph", kept[0].start, kept[-1].end)
    rest_para.children = kept
    rest = _Node("BlockQuote", rest_para.start, rest_para.end)
    rest.children = [rest_para]
    return rest, pieces


def _links_only_licences(label_node: _Node) -> bool:
    """A tool's name that links nothing but its licence file, or nothing at all (``- STAR, [MIT](…/LICENSE)``):
    unlike a name linking its paper, its page or its documentation, it leaves the quoted reference under it no
    entry of the item's own to join (``extract._names_its_reference`` reads those)."""
    return all(link.image or licence_file(link.url) for link in _inline([label_node]).links)


def _bold_titled_reference_line(inl: _Inline) -> bool:
    """``**Toolformer: Language Models Can Teach Themselves to Use Tools** *Schick, Timo, et al.* 2024 [[Paper]](…)``:
    one line led by a bold title (three words or more, no ``**Note:**`` label, no bold byline), its authors
    emphasised after it, and a link of its own (not an image): a whole reference written as a paragraph of its own."""
    lead = inl.strong_lead.strip()
    return bool(lead) and "\n" not in inl.plain.strip() and not lead.endswith(":") and names_work(lead) \
        and not is_byline_line(lead) and any(is_byline_line(e) for e in inl.emphasis) \
        and any(not x.image and x.start >= len(lead) for x in inl.links)


def _cites_titled_work(text: str) -> bool:
    """``text`` reads as a reference to a work with a title of three words or more and a year (its authors may
    not parse: "Chen S, Zhou Y, … 2018. fastp: an ultra-fast …, Bioinformatics, …"). A software or web citation is
    none: "Anaconda Software Distribution. Computer software. Vers. 2-2.4.0. … 2016. Web." titles nothing,
    "Harry, E. PretextView [online]. 2022. https://github… [Accessed on …]" is a page read on a given day."""
    cited = citation.parse_citation(text)
    return cited is not None and cited.confidence >= 0.5 and cited.year is not None \
        and len((cited.title or "").split()) >= 3 and not citation.access_dated(text)


def _linkless_reference_entry(entry: Entry) -> bool:
    """``entry`` was read from a link-less paragraph that is one whole reference opening with its authors
    (``citation.authors_first_reference``): a pasted bibliography line the list gave no link, whose link-less
    bullets right under it can only be the reader's notes on it (a linked one is ``_cites_record``'s)."""
    return not entry.links and citation.authors_first_reference(" ".join(entry.text.split()))


def _quoted_role_link_paragraphs(quote: _Node) -> list[_Inline]:
    """The paragraphs of a quote under a list item that are only links labelled by their role (``**[paper](…)**``,
    ``[Code](…)``, ``[数据下载链接](…)``), read one by one. Why: a quote under a linked name is read as the name's
    description, its links left out (an abstract's links are no record's); a paragraph of role links alone,
    closing a dataset's or a challenge's quoted note, is the record's own link line all the same."""
    out = []
    for p in quote.children:
        if p.kind == "Paragraph" and _role_link_line(inl := _inline([p])):
            out.append(inl)
    return out


#: a fold's summary that only says what the fold holds, not which work: "summary", "Abstract", "Details", "Notes"
_GENERIC_FOLD_LABELS = frozenset({"summary", "abstract", "details", "detail", "notes", "note", "more", "show more",
                                  "description", "tl;dr", "tldr", "read more", "click to expand", "expand"})


def _generic_fold_label(text: str) -> bool:
    """Whether a ``<summary>`` reads as a generic label (``_GENERIC_FOLD_LABELS``), its fold the notes of the work
    written above it. Why: read as a record of its own, the fold became an entry titled "summary" and the code link
    in its prose ("available at the GitHub repository: https://github…") was paired with no paper."""
    return " ".join(text.strip(" :.*_").split()).casefold() in _GENERIC_FOLD_LABELS


#: the most words of a link card's lead ("LD. *CVPR 2022*.") and of one of its labels ("IEEE Xplore")
_CARD_LEAD_WORDS = 6
_CARD_LABEL_WORDS = 3
#: blocks an item of a card's title-and-byline list never holds (a nested list or a table makes it a topic's items)
_CARD_ITEM_BLOCKS = frozenset(("List", "Table", "Heading", "HtmlBlock", "BlockQuote", "CodeBlock"))


def _link_card_paragraph(inl: _Inline) -> bool:
    """``LD. *CVPR 2022*.`` / ``[[CVF](…)]`` / ``[[arXiv](…)]`` / ``<[GitHub](…)>`` / ``\\- Standard KD by …``: a
    paragraph that is a work's short name and venue, then only its links, each labelled by its host or role on a line
    of its own, then a dashed gloss: the links-and-notes half of a record whose title and byline follow as a list
    (``_title_byline_items``). It names no work itself: its labels are hosts, never titles."""
    links = [link for link in inl.links if not link.image]
    if not links or inl.empty_links or len(inl.plain[:links[0].start].split()) > _CARD_LEAD_WORDS \
            or "\n" not in inl.plain[:links[0].start]:
        return False
    if any(link.bare or len(link.text.split()) > _CARD_LABEL_WORDS for link in links):
        return False
    # what is left of each line after the lead once its links are taken out: brackets, or the closing gloss
    rest = list(inl.plain)
    for link in links:
        rest[link.start:link.end] = [" "] * (link.end - link.start)
    lines = "".join(rest)[inl.plain.rfind("\n", 0, links[0].start) + 1:].split("\n")
    glossed = False
    for line in lines:
        bare = line.strip()
        if glossed:
            continue  # the gloss wrapped onto the next line
        if bare[:1] in "-–—" and bare[1:2].isspace():
            glossed = True
        elif bare.strip("[]<>() "):
            return False
    return True


def _title_byline_items(items: list[_Inline]) -> bool:
    """``- Localization Distillation for Dense Object Detection`` / ``- Zhaohui Zheng and Rongguang Ye and …``: a list
    of two link-less items, a work's title then its byline of names joined by "and" (BibTeX's author field): the
    title-and-authors half of a record whose links stand in the paragraph above (``_link_card_paragraph``)."""
    if len(items) != 2 or any(inl.links or "\n" in inl.plain.strip() for inl in items):
        return False
    names = [name.strip() for name in items[1].plain.strip().split(" and ")]
    good = sum(map(citation.personal_name, names))
    return len(names) >= 2 and citation.personal_name(names[0]) and 3 * good >= 2 * len(names) \
        and names_work(items[0].plain.strip(), min_words=3) and not citation.personal_name(items[0].plain.strip())


def _lines_unbroken_in_links(inl: _Inline, start: int = 0) -> list[str]:
    """The lines of ``inl.plain`` from ``start``, a line break inside a link's text read as a space.
    Why: a list that wraps its source lines may break a linked title in two ("**Title:** [Comprehensive analysis
    of … genomes using" / "single molecule sequencing](genome.cshlp.org/…)"); the break is the editor's, not the
    record's, and a field read line by line kept only the title's first half. Only a link holding a break is
    rewritten (the text keeps its length, so positions in it stay valid)."""
    text = inl.plain
    for link in inl.links:
        if link.end > link.start and "\n" in text[link.start:link.end]:
            text = text[:link.start] + text[link.start:link.end].replace("\n", " ") + text[link.end:]
    return text[start:].split("\n")


#: the fewest rows of a table that cite works (``_rows_cite_works``) for it to be a table of works
_CITING_ROWS_MIN = 2


def _rows_cite_works(table: _Node) -> bool:
    """Two rows or more of ``table`` link a scholarly record (a DOI, arXiv, PubMed or PMC link, badges' too): the
    table lists works, as a benchmark's results table lists the methods it compares by their papers."""
    citing = 0
    for row in table.children:
        if row.kind == "TableRow" and any(c.kind == "TableCell" and _cites_record(_inline(c.children).links)
                                          for c in row.children):
            citing += 1
            if citing >= _CITING_ROWS_MIN:
                return True
    return False


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




def _lead_line_end(lead: str, bold: list[tuple[int, int]] | None) -> int:
    """Where the description after a lead's title line starts: the end of its first line, run on over the line
    breaks a bold span opened on it crosses (``line_with_wrapped_bold``). Why: ``- **Davín, Woodcroft, …, Moody,``
    / ``Szánthó, … & Szöllősi (2025)**`` / ``— *A geological timescale …*``: a long bold byline wrapped in the
    source is one lead line; cut at the first break, its second line was read again as the start of the
    description, and the title set apart after the dash no longer opened it."""
    return max(len(lead.split("\n")[0]), len(line_with_wrapped_bold(lead, bold)))


def _bold_work_in_prose(plain: str, bold: list[tuple[int, int]]) -> tuple[str, str, list[str]] | None:
    """A link-less item of prose around one bold title: ``If you read spanish: **Estructura de los centros
    nerviosos de las aves**. Of course …``, ``A simple yet essential paper from V. Svensson: **Droplet scRNA-seq is
    not zero-inflated**.`` → (the bold title, the whole note, the titles of the other works set in bold after it).
    The first bold run that reads as a paper's title (four words or more, one sentence) after some words of prose
    names the work; a bold term or a bold phrase in lower case does not."""
    if _YEAR_IN_TEXT.search(plain):
        return None  # 'Park, J. "**Title**." Proceedings of … 2023.': a reference, which ``citation`` reads whole
    for start, end in bold:
        text = _clean_title(plain[start:end]).strip()
        if len(text.split()) < 4 or not reads_like_paper_title(text):
            continue
        before = plain[:start].rstrip(" *_")
        if before.endswith(tuple(_QUOTES)):
            return None  # a quoted bold title closes a reference's authors
        lead = before.rstrip(" :：-–—")
        if lead.endswith(".") and len(lead.split()) >= 6:
            return None  # "Kim et al. Extracting … labeling. : **Strong model for NER**": the bold is a note on a reference
        if len(before.split()) < 2:
            return None  # a bold lead is the item's title already (``_split_trailer`` reads it)
        more = [t for a, b in bold if a > start and len((t := _clean_title(plain[a:b]).strip()).split()) >= 4
                and reads_like_paper_title(t)]
        return _drop_closing_stop(text), " ".join(plain.split()), [_drop_closing_stop(t) for t in more]
    return None


def _name_then_quoted_title(lead_line: str, strong_lead: str) -> tuple[str, str, str] | None:
    """``- **ConVIRT:** "Contrastive Learning of Medical Visual …" **PMLR (2022)** [[paper](…)]``: a short bold name
    (four words at most) and its colon, then a quoted title of three words or more → (the name, the quoted title,
    what follows the quote: the venue and year); None otherwise. Why: the name labels the work the quote titles,
    as a reference sets its title in quotes; read whole, the line's title would carry the name and the venue."""
    name = strong_lead.strip().rstrip(":：").strip()
    s = lead_line.lstrip()
    if not name or len(name.split()) > 4 or not s.startswith(name):
        return None
    rest = s[len(name):].lstrip()
    if rest[:1] not in _COLONS:
        return None
    quoted = _quoted_title(rest[1:].lstrip())
    if quoted is None or len(quoted[0].split()) < 3:
        return None
    return name, quoted[0], quoted[1].strip(" \t*_")


#: the most characters a bold short name before a byline may hold (``_name_then_byline``)
_BOLD_NAME_MAX_CHARS = 40


def _name_then_byline(lead_line: str, strong_lead: str) -> tuple[str, str] | None:
    """``- **${M^2}$TR. PROGRESSIVE:** Surname, Given and Surname, Given.<br> "Title" **EMNLP (2021).** [[paper](…)]``:
    a short bold name (four words at most, ``_BOLD_NAME_MAX_CHARS`` characters) and its colon, then a whole
    reference that opens on two names or more → (the name, the reference); None otherwise. Why: the bold marks
    the name as the work's label whatever characters it holds (LaTeX math, carets, a stop between two names), which
    the reference parser's plain label (letters, brackets, dashes) cannot; read whole, the line was titled by the
    name and the byline. A name the parser reads as a label already is left to it."""
    name = strong_lead.strip().rstrip(":：").strip()
    s = lead_line.lstrip()
    if not name or len(name) > _BOLD_NAME_MAX_CHARS or len(name.split()) > 4 or not s.startswith(name) \
            or citation.reads_as_label(name):
        return None  # ("**Implemented by:** Voets, M., …": the reference parser reads that label with the reference)
    rest = s[len(name):].lstrip(" *_")
    if rest[:1] not in _COLONS:
        return None
    rest = rest[1:].strip()
    if rest[:1] in ('"', "“") or not rest[:1].isalpha():
        return None
    cited = citation.parse_citation(rest)
    if cited is None or cited.confidence < 0.5 or len(cited.authors) < 2 or len((cited.title or "").split()) < 3:
        return None
    return name, rest


def _name_then_code_span_title(plain: str, inl: _Inline, end: int) -> tuple[str, str, str] | None:
    """``- **GraphChi** - `GraphChi: Large-Scale Graph Computation on Just a PC` (OSDI'12). [[paper]](…)``: a short
    bold name (four words at most), a dash or colon, then an inline code span of three words or more that the lead
    (before ``end``, the first link) holds → (the name, the code span's text, what follows it: the venue and year);
    None otherwise. Why: the list sets the system's name in bold and the paper's full title in a code span, as
    ``_name_then_quoted_title`` reads a quoted one; read whole, the line would be titled by the bare name."""
    name = inl.strong_lead.strip().rstrip(":：").strip()
    if not name or len(name.split()) > 4 or not inl.code:
        return None
    at = plain.find(name)
    if at < 0 or plain[:at].strip(" \t*_"):
        return None
    start, stop = inl.code[0]
    if stop > end or start < at + len(name) or plain[at + len(name):start].strip(" \t*_") not in _NAME_CODE_SEPARATORS:
        return None
    title = " ".join(plain[start:stop].split())
    if len(title.split()) < 3 or not _is_meaningful(title):
        return None
    return name, title, " ".join(plain[stop:end].split())


#: what parts a bold name from the code span that titles its paper ("**Ligra** - `Ligra: …`", "**Ligra**: `…`")
_NAME_CODE_SEPARATORS = frozenset(("-", "–", "—", ":", "："))


def _title_wrapped_over_byline(lead: str, marked: list[tuple[int, int]] | None) -> str | None:
    """``[**arXiv 2023**] G2D: From Global to Dense … Learning via`` / ``Vision-Language Pre-training \\`` /
    ``_Che Liu, Cheng Ouyang, …_ \\`` / ``[[paper](…)]``: a record set one field a line (title, emphasised byline,
    links) whose title the source wraps over a line or two before the byline → the title's lines joined; None
    otherwise. Why: the byline, the first line wholly emphasised, ends the title, so the lines before it are all
    the title's (a first line closed by a stop, or a later one holding a year, is a title over a note or a venue)."""
    if not marked:
        return None
    lines: list[tuple[int, str]] = []
    pos = 0
    for line in lead.split("\n", 4):
        lines.append((pos, line))
        pos += len(line) + 1
    for j, (start, line) in enumerate(lines[1:4], 1):
        s, e = start + len(line) - len(line.lstrip()), start + len(line.rstrip())
        if e > s and any(a <= s and e <= b for a, b in marked):
            break
    else:
        return None
    parts = [line.strip() for _, line in lines[:j]]
    if j < 2 or not all(parts) or not parts[0][-1].isalnum() or any(_YEAR_IN_TEXT.search(p) for p in parts[1:]):
        return None
    return " ".join(parts)


#: the quotation marks a quoted title may open with
_TITLE_QUOTES = "\"“”'‘"


def _id_label_before_quote(plain: str, lead: str) -> int | None:
    """Where a bold identifier label and its separator end when a quoted title follows them
    (``**2101.03940v1** - "Title"``, ``**2007.13794v2**: "Title"``), None otherwise: the separator is a colon, or
    a dash with a space on each side.

    Why: a survey's notes name each work by its arXiv id in bold, then its title in quotes and nothing else on
    the line; the label is blanked (offsets kept, as a record number is) so the quoted title is read as the
    line's title, not the bare number nor "2101.03940v1: \"Title\"" read whole."""
    at = len(plain) - len(plain.lstrip())
    if not lead or not plain.startswith(lead, at):
        return None
    end = at + len(lead)
    rest = plain[end:]
    after = rest.lstrip(" \t*_")
    if after[:1] in _COLONS:
        tail = after[1:]
    elif after[:1] in "-–—" and rest[:1].isspace() and after[1:2].isspace():
        tail = after[1:]
    else:
        return None
    title = tail.lstrip()
    if title[:1] == "" or title[0] not in _TITLE_QUOTES:
        return None
    return len(plain) - len(title)


#: the fewest words of a key point stated as a sentence in a bold lead (``_sentence_claim_lead``)
_CLAIM_LEAD_MIN_WORDS = 4


def _sentence_claim_lead(lead: str) -> bool:
    """``- **Current acceleration is still not enough:** Parallel imaging …`` / ``- **Key clinical pain point — scan
    time:** High-resolution acquisitions take …``: a bold lead that closes with its own colon (set inside the bold),
    written in sentence case and four words or more, states a key point the words after it explain, however long
    (a challenge's or a project's "## Motivation" bullets); it is a label, as a short "**Summary:**" is. Why: longer
    than a short label, the lead read as a bare title, and a document with many link-less lines counted each key
    point as a paper. A work set in bold is set in title case ("**Attention Is All You Need:**") or keeps its colon
    outside the bold ("**Title**: note")."""
    label = lead.strip()
    if not label.endswith(_COLONS):
        return False
    words = label.rstrip(":：").split()
    return len(words) >= _CLAIM_LEAD_MIN_WORDS and words[0][:1].isupper() and not title_cased(" ".join(words))


def _colon_after_lead(plain: str, lead: str) -> bool:
    """The colon right after a bold lead set outside it (``**Term**: gloss``)."""
    rest = plain.lstrip()
    return bool(lead) and rest.startswith(lead) and rest[len(lead):].lstrip(" *_").startswith(_COLONS)


def _colon_closed_lead(inl: _Inline) -> bool:
    """The item opens with a bold lead closed by a colon, inside the bold or right after it (``**Term:** …``,
    ``**Term**: …``)."""
    return bool(inl.strong_lead) and (inl.strong_lead.strip().endswith(_COLONS)
                                      or _colon_after_lead(inl.plain, inl.strong_lead))


def _topic_lead_over_pointer(inl: _Inline, lead_line: str, first) -> str | None:
    """``- **Noise in an ECG signal:** See the first part of [this article][13]``, ``- **ECG quality
    assessment:** Our work on … is available [here][22]``: a topic's bold lead closed by a colon, then a note that
    points at the work it recommends by a link whose text only points ("this article", "here", "this paper":
    ``classify.describes_a_work``). The lead titles the reading; the note before the link is its description. Why:
    read whole, the title ran on into the note ("Noise in an ECG signal: See the first part of"). → the lead without
    its colon, or None (a link naming a work or reaching no article, no colon-closed lead, a lead the line does
    not open with)."""
    if first is None or first.bare or not _colon_closed_lead(inl) or not describes_a_work(first.text.strip()) \
            or url_role(first.url) != "paper":
        return None  # (a pointer to a page, "There are several links on the study [here](site)", titles no reading)
    term = inl.strong_lead.strip().rstrip(":：").strip()
    head = lead_line.lstrip(" \t*_")
    if len([w for w in term.split() if any(c.isalpha() for c in w)]) < 2:
        return None  # ("**2025.09.02:** The companion paper is out, read it [here](…)": a date stamps a news line)
    if not head.startswith(term) or not head[len(term):].lstrip(" *_").startswith(_COLONS):
        return None
    return term


def _role_label_lead(inl: _Inline) -> bool:
    """``**Paper**: https://arxiv… **Code**: https://github…``, ``**Code:** [link](…)``: a bold lead that is a paper
    or code label before its colon (``field_role``: Paper, Code, 论文地址) gives a record's links, it does not title a
    record of its own (the heading above, or the bold title before it, does). Its links must be bare URLs or
    labels themselves, or words that only point at an address (``**Paper**: [link](arxiv…)``, ``**Code:** [url](…)``,
    ``classify.is_pointer_label``): ``**Paper:** [A Title of Its Own](…)`` names its work by the link."""
    lead = inl.strong_lead.strip()
    label = lead.rstrip(":：").strip()
    if not label or len(label) > 30 or field_role(label) not in ("paper", "code", "related_code") \
            and not _LINK_FIELD_LABEL.match(label):
        return False  # ("[**Lecture 1:**](…slides.pdf) Logistics …" titles a lecture's record: no role label)
    if not lead.endswith(_COLONS) and not _colon_after_lead(inl.plain, inl.strong_lead):
        return False
    links = [link for link in inl.links if not link.image]
    # ("**DOI**: [10.1038/s41592-024-00000-0](https://doi.org/10.1038/…)": a link written as the identifier its
    # target names is a bare link spelt out, no title of its own)
    return bool(links) and all(link.bare or is_link_label(link.text) or _spells_its_target(link)
                               or is_pointer_label(link.text) for link in links)


def _venue_field_lead(inl: _Inline) -> bool:
    """``**Venue:** [NeurIPS 2025 AI for Science Workshop](openreview…)``: a bold lead that is a venue label before its
    colon (Venue, Journal, Conference, Published in) gives where the record above it (its heading, its bold title)
    appeared, linked or not; its link's text is the venue's name, never the title of a record of its own."""
    lead = inl.strong_lead.strip()
    return (lead.endswith(_COLONS) or _colon_after_lead(inl.plain, inl.strong_lead)) \
        and _VENUE_BIB_FIELD.match(lead.rstrip(":：").strip()) is not None


def _spells_its_target(link) -> bool:
    """``[10.1038/s41592-024-00000-0](https://doi.org/10.1038/s41592-024-00000-0)``: the link's text is the
    identifier its target names (a DOI, an arXiv id), as a bare link would show it."""
    found = ids_from_url(link.url)
    return any(found) and ids_from_url(link.text.strip()) == found


def _bold_name_over_note(plain: str, inl: _Inline) -> tuple[str, str] | None:
    """``- **BiomedGPT**  `` / ``  *Summary:* VLM that achieves SOTA …``: a link-less item whose first line is a bold
    name alone (no label closed by a colon), the lines under it a note on it, is that name's entry: the name titles
    it, the note describes it. Read as one title, the note would run into the name ("BiomedGPT Summary: VLM …") and
    read as a work's title. → (name, note), or None."""
    lead = inl.strong_lead.strip()
    first, nl, rest = plain.strip().partition("\n")
    if not nl or not lead or lead.endswith(_COLONS) or _clean_title(first) != _clean_title(lead) \
            or not _is_meaningful(rest):
        return None
    return _clean_title(lead), " ".join(rest.split())


#: a GB/T 7714 reference's document-type mark closing its title: journal article, conference paper, book, thesis,
#: report, web page ("Title[J]. Journal, 2022", "Title[C]//Proceedings …")
_DOC_TYPE_MARKS = ("[J]", "[C]", "[M]", "[D]", "[R]", "[EB/OL]", "[J/OL]", "[C]//")


#: labels of the line that dates a work's publication under its heading ("*Published: 2025-08-31*")
_PUBLISHED_LABELS = frozenset({"published", "publication date", "published on", "date published", "发表时间", "发布时间"})


def _bold_title_then_venue(lead: str, inl: _Inline) -> tuple[str, str] | None:
    """``[Jan. 2020] **Title**, *Venue*`` with no link on the line (a fold's ``<summary>[Jan. 2020] <b>Title</b>,
    <i>Venue</i></summary>``, the paper's links inside the fold): the bold text after the date tag is the title,
    the emphasised text that alone closes the line is its venue. Read whole, the venue would end the title
    ("Title, Bioinformatics"). Only that shape: bold text followed by prose is left to the trailer rules."""
    if not inl.bold or inl.strong_lead or not inl.marked:
        return None
    span = next(((a, b) for a, b in sorted(inl.bold) if b <= len(lead) and _is_meaningful(lead[a:b])), None)
    if span is None:
        return None
    venue = next(((x, y) for x, y in sorted(inl.marked) if x >= span[1] and (x, y) not in inl.bold), None)
    if venue is None or venue[1] > len(lead) or lead[span[1]:venue[0]].strip(" \t,;") \
            or lead[venue[1]:].strip(" \t.") or not _is_meaningful(lead[venue[0]:venue[1]]):
        return None
    return _bold_title_after_tag(lead, inl.bold, inl.marked, inl.code)


#: the marks that part a bold title from the byline after it on a link-less tagged line ("**Title**, Qi Bi; …")
_BYLINE_SEPARATORS = (",", ";", ".", ":", "-", "–", "—")


def _tagged_bold_title_then_byline(lead: str, inl: _Inline) -> tuple[str, str] | None:
    """``[AAAI-2024] **Title of the work**, Qi Bi; Jingjun Yi; Hao Zheng`` with no link on the line (a year
    section's record whose paper and code links were never filled in, among its linked siblings): a bracketed tag
    (a venue and year, a kind), then the bold title, then a separator and nothing but a byline → the bold title and
    the rest as its trailer. Why: the bold is not at the line's start (the tag is), so the line had no bold lead
    and was read whole: the byline ran into the title and the record was no paper. Linked lines written so are
    cut at the bold already (``_bold_title_after_tag``); the byline is required here, as a bold word or phrase
    inside running prose ("[Note] **Important**, read this first") names no work."""
    if inl.links or not inl.bold or inl.strong_lead or "\n" in lead.strip():
        return None
    span = next(((a, b) for a, b in sorted(inl.bold) if b <= len(lead) and _is_meaningful(lead[a:b])), None)
    if span is None or lead[:span[0]].strip(" \t*_")[:1] not in ("[", "(", "【", "（"):
        return None
    after = lead[span[1]:].lstrip("*_ \t")
    if after[:1] not in _BYLINE_SEPARATORS:
        return None
    names = after[1:].strip(" \t.")
    if not names or not is_byline_line(names):
        return None
    cut = _bold_title_after_tag(lead, inl.bold, inl.marked, inl.code)
    if cut is None or not names_work(cut[0], min_words=3):
        return None
    # the title's stop, the byline, then what the tag says, as a reference closes on its venue (". Qi Bi; Jingjun
    # Yi. AAAI-2024"): read again with the title, the stop ends the title before the names (a semicolon byline gives
    # the reference reader no comma to end it at), the names say who wrote the work, the tag where and when
    tag = lead[:span[0]].strip(" \t*_[]()【】（）")
    return cut[0], f". {names}. {tag}" if tag else f". {names}"


def _paren_tagged_unlinked_title(inl: _Inline) -> bool:
    """``(NeurIPS 2024) [Title of the work]() by Ma et al.``: a parenthesised venue-and-year tag, then a work's title
    written as a link whose URL was left empty (``_PAREN_VENUE_TAG_LEAD``; the title stays in the plain text)."""
    if not inl.empty_link_texts:
        return False
    at = inl.plain.find(inl.empty_link_texts[0])
    return at > 0 and _PAREN_VENUE_TAG_LEAD.match(inl.plain[:at]) is not None


def _past_linked_venue_tag(inl: _Inline, links: list[_RawLink]) -> _RawLink | None:
    """``(CVPR 2021 [AI for Content Creation Workshop](…)) **Title**, Manuel Jahn et al. [[Paper](…)]``: the line
    opens with a bracketed venue-and-year tag that links the venue's own page (a workshop's site) and goes on with
    a bold title → the first link after that tag, else None. Why: that link names where the work appeared, not
    the work; read as the line's first link, the tag's words before it ("CVPR 2021") titled the work. Past it, the
    line reads as its siblings do when the tag links nothing ("(ICLR 2021) **Title**, Authors [[Paper](…)]")."""
    if len(links) < 2 or links[0].image or links[1].image or not inl.bold:
        return None
    first, plain = links[0], inl.plain
    opening = plain[:first.start].lstrip(" *_")
    if opening[:1] not in ("(", "[") or not _YEAR_IN_TEXT.search(opening) or len(opening.split()) > 6:
        return None
    outside, depth = _outside_brackets(opening)
    closer = plain[first.end:].lstrip()
    if depth != 1 or outside.strip() or closer[:1] != (")" if opening[0] == "(" else "]"):
        return None
    tag_end = plain.index(closer[0], first.end) + 1
    bold_title = any(tag_end <= a and b <= links[1].start and _is_meaningful(plain[a:b]) for a, b in inl.bold)
    return links[1] if bold_title and not plain[tag_end:links[1].start].lstrip().startswith("[") else None


def _role_slots_left_empty(inl: _Inline) -> bool:
    """``Sample Efficiency Matters: A Benchmark for … (*arXiv* 2022) [[Paper]()]``: one line that writes a work's
    title (four words or more), then only role-labelled link slots whose URLs the list left empty (``[[Paper]()]``,
    ``[[Code]()]``): an item written as its siblings are ("Title (*ICLR* 2021) [[Paper](…)] [[Code](…)]"), its
    links not filled in yet.

    Why: with no link left, the paragraph read as prose: among items it ran into the record before it, alone in
    its section it was skipped, and the work was lost. A slot that names the work (``[Title]()``) is another
    dialect's (``_paren_tagged_unlinked_title``); an empty slot in a sentence ("see [here]()") names no role."""
    if inl.links or not inl.empty_links or len(inl.empty_link_texts) != inl.empty_links \
            or not all(is_link_label(t) for t in inl.empty_link_texts):
        return False
    lead = inl.plain.strip()
    if "\n" in lead:
        return False
    while lead.endswith("[]"):  # the slots' brackets, their role words gone with their links
        lead = lead[:-2].rstrip()
    # (the record's venue and year close its title, "(*arXiv* 2022)": what tells a work waiting for its link from
    # a sentence promising one, "We will upload the code soon [[Code]()]")
    return "[]" not in lead and _closing_paren_dates(lead) and names_work(lead, min_words=4)


def _venue_tag_over_links(inl: _Inline) -> bool:
    """`` (IEEE TMI 2025) [[paper]](http://arxiv.org/abs/…)``: a paragraph whose only text is a parenthesised
    venue-and-year tag (``_PAREN_VENUE_TAG_LEAD``) before links each labelled by their role: the venue-and-link half
    of a record whose title the list set one paragraph up (``_stranded_title_line``). It names no work itself."""
    links = [link for link in inl.links if not link.image]
    return bool(links) and not inl.empty_links and _role_link_line(inl) \
        and _PAREN_VENUE_TAG_LEAD.match(inl.plain[:links[0].start]) is not None


def _stranded_title_line(inl: _Inline) -> bool:
    """``Mamba-Sea: A Mamba-based Framework with … for Generalizable Medical Image Segmentation``: a link-less
    paragraph of one line that reads as a work's title (four words or more, no sentence's full stop, no label's
    colon, no bold pseudo-heading), the title half of a record split from its venue-and-link line by a blank line."""
    text = inl.plain.strip()
    return bool(text) and not inl.links and not inl.empty_links and not inl.strong_only and "\n" not in text \
        and len(text) <= 300 and not text.endswith((":", "：")) and not reads_as_sentence(text) \
        and names_work(text, min_words=4)


def _titled_venue_link_line(inl: _Inline) -> bool:
    """``JamMa: Ultra-lightweight … with Joint Mamba (CVPR 2025) [[paper]](…)``: a work's title, closed by its
    venue and year in brackets, then its links on the same line (the sibling records of ``_venue_tag_over_links``)."""
    first = next((link for link in inl.links if not link.image), None)
    if first is None:
        return False
    lead = inl.plain[:first.start].strip()
    return _closing_paren_dates(lead) and names_work(lead, min_words=4)


def _title_split_from_venue_links(units: list[tuple[_Node, _Inline, int]], at: int) -> bool:
    """Unit ``at`` is a venue tag over role-labelled links (``_venue_tag_over_links``) right after a link-less
    paragraph reading as a title (``_stranded_title_line``): the two halves of a record that a blank line split.
    Why: read apart, the title was a note on the item before it and the work was titled "(IEEE TMI 2025)". The
    section must write its other items so on one line (``_venue_titled_items``, counted once by the caller)."""
    p, inl, _ = units[at]
    before, before_inl, before_kind = units[at - 1]
    return not before_kind and before.kind == "Paragraph" and _venue_tag_over_links(inl) \
        and _stranded_title_line(before_inl)


def _venue_titled_items(units: list[tuple[_Node, _Inline, int]]) -> int:
    """How many of a section's items write "Title (Venue Year) [[paper]](…)" on one line (``_titled_venue_link_line``):
    two or more make a split "Title" / "(Venue Year) [[paper]](…)" pair one record of that dialect."""
    return sum(1 for q, q_inl, kind in units if kind and q.kind == "Paragraph" and _titled_venue_link_line(q_inl))


def _closing_paren_dates(text: str) -> bool:
    """``… Optimization (arXiv 2022)``: the text ends with a bracket holding a year (a venue's, a preprint's)."""
    if not text.endswith(")") or "(" not in text:
        return False
    inner = text[text.rfind("(") + 1:-1]
    return any(len(w) == 4 and w.isdigit() and w[:2] in ("19", "20") for w in inner.replace(",", " ").split())


def _labelled_field_line(inl: _Inline) -> bool:
    """``**Journal:** Revue neurologique``, ``**Keywords:** ``: a paragraph opened by a bold label closed by its colon,
    a record's labelled field (filled or not)."""
    lead = inl.strong_lead.rstrip()
    return lead.endswith((":", "：")) and bool(_split_label(lead)[0])


def _record_identified_in_text(group: list) -> bool:
    """``**Título:** Diagnosis and Management of …`` / ``**Autores:** …`` / ``**DOI:** 10.14309/…`` / ``**PMID:**
    35354777``: a title-field record whose lines link nothing but write the work's identifier as text (a DOI, a
    labelled PMID or arXiv id). Why: a record is emitted for its links; a report that cites its works as plain
    labelled fields gives none, so its records were dropped, their identifiers with them."""
    for p, inl in group:
        if p.kind == "Paragraph" and (find_dois(inl.plain) or find_pmids(inl.plain) or find_arxiv(inl.plain)):
            return True
    return False


def _cites_its_authors(group: list) -> bool:
    """A title-field record (``_title_field_value``, ``plain_title_field_over_authors``) one of whose lines after
    the title, in the title's paragraph or in a paragraph after it, is an authors field with a value
    (``Authors: Olaf Ronneberger, …``): the record cites a work, with or without a link."""
    for at, (p, inl) in enumerate(group):
        if p.kind != "Paragraph":
            continue
        lines = inl.plain.strip().split("\n")
        if any(authors_field_line(line) for line in (lines[1:] if at == 0 else lines[:1])):
            return True
    return False


def _empty_field_of_record(inl: _Inline, before: _Inline | None) -> bool:
    """``**Keywords:** `` or ``**Abstract:**`` left empty, right after ``**Publication Date:** 07/15/2025``: a bold
    label with nothing after its colon, among a record's labelled fields, is one more field of that record with no
    value, not the bold title of a record of its own. Why: a search-results digest writes every work as a heading
    over the same labelled paragraphs ("## Title." / "**Journal:** …" / "**Keywords:** " / "**PMID:** [id]"); read
    as a bold title, the empty label split the record from its heading and titled the work "Keywords". A bold
    label alone at a section's start ("**Papers:**" before its items) has no field before it and is left alone."""
    return before is not None and inl.strong_only and _labelled_field_line(inl) \
        and not _split_label(inl.plain.strip())[1] and _labelled_field_line(before)


def _author_year_key_over_lines(inl: _Inline) -> bool:
    """``**Fleming and Harrington (1991)**`` / ``*Counting Processes and Survival Analysis*. Wiley.``: a bibliography
    page heads each reference with its author-year key in bold on a line of its own (``citation.author_year_key``)
    and writes the work below it; a paragraph so headed is a record of its own, link or none, not more lines of the
    record before it (the link-less ones were run into the last linked record, their works lost)."""
    if not inl.strong_lead or citation.author_year_key(inl.strong_lead) is None:
        return False
    first, nl, rest = inl.plain.strip().partition("\n")
    return bool(nl and rest.strip()) and _clean_title(first) == _clean_title(inl.strong_lead)


def _bold_record_links_left_empty(inl: _Inline) -> bool:
    """``**Title** \\`` / ``*Authors* \\`` / ``AAAI 2024. [[Paper]()][[Github]()]``: a bold-title record whose
    link slots the list left empty (the paper not out yet) is a record of its own, as its siblings with filled
    slots are, not more lines of the record before it. Told by its bold title alone on the first line over
    further lines, no link, and at least one empty link (``[…]()``): the record's template, not prose."""
    if inl.links or not inl.empty_links or not inl.strong_lead:
        return False
    if any(_clean_title(t) == _clean_title(inl.strong_lead) for t in inl.empty_link_texts):
        return False  # "**[Title]()**" / "Authors" / "*Sensors* 24(5) (2024)": the title is the empty link, a reference
    text = inl.plain.strip()
    first, nl, rest = text.partition("\n")
    return bool(nl and rest.strip()) and _clean_title(first) == _clean_title(inl.strong_lead) \
        and _is_meaningful(inl.strong_lead)


def _unfilled_template_record(d: _Draft, inl: _Inline) -> bool:
    """``- ⭐⭐ *(2019-CVPR)* **** [[Paper]](), [[ArXiv]](), [[Code]]()`` / ``  - Authors:`` / ``  - Datasets:``: a
    list's record template left at the top of a section, its title's bold left empty and every link slot unfilled.
    With no link, at least one empty slot, and nothing for a title but its bracketed date-and-venue tag, the record
    names no work (its field lines are the template's labels): it is no entry, not a paper titled "(2019-CVPR)".
    The same for a one-line item template kept as rows ("+ []() ( et al., Journal 2023) [:book:](./citations/.txt)"):
    the byline's bracket with no name before "et al." is its only text, and the link to a file with an empty stem is
    an unfilled slot (``inline._empty_stem_file``), so nothing names a work."""
    return not d.links and bool(inl.empty_links) and bracketed_date_tag_only(d.title)


def _has_cjk(text: str) -> bool:
    """Chinese, Japanese (kana too) or Korean script in ``text``."""
    return any(_is_cjk(c) or "\u3040" <= c <= "\u30ff" or "\uac00" <= c <= "\ud7af" for c in text)


#: how many "Title" / "https://…" paragraphs a section must hold before a link-less title paragraph among them is
#: one more of its items (``blocks.bare_dated_title``)
_URL_TITLED_ITEMS_AROUND_BARE_TITLE = 2
#: how many one-line "Title https://…" paragraphs a section must hold, and twice its link-less title lines at least,
#: before a title line between two of them is one more of its items (``blocks.bare_title_line``)
_URL_LINE_ITEMS_AROUND_BARE_TITLE = 3


def _one_line_url_item(p: _Node, inl: _Inline) -> bool:
    """A paragraph of one line holding a written-out address (no Markdown link): "Title https://…", a plain notes
    file's item."""
    return p.kind == "Paragraph" and "\n" not in inl.plain.strip() \
        and any(link.bare and not link.image for link in inl.links)


def _titled_bare_url_line(parts: list[tuple[_Node, _Inline]]) -> bool:
    """One paragraph of one line that is a title of four words or more, then bare URLs (no Markdown link:
    "Title https://…" is how a plain notes file writes a reference, not a heading record's link line), or
    then role-labelled links ("[**Name**] Title (*Venue*, 2022) \\[[Paper](…)] \\[[Code](…)]": the line
    written as an item, as its sibling sections' lines are; a heading record's link line has no title of its
    own before its "[Paper]"). The title may also stand on a line of its own, its links on the next
    ("Title  " / "**[WACV'22]** **[[PDF]](…)** **[[Code]](…)**"): the same item broken over two lines, as a
    list of venue sections writes every record, the lone one of a section included."""
    if len(parts) != 1 or parts[0][0].kind != "Paragraph":
        return False
    inl = parts[0][1]
    first = next((link for link in inl.links if not link.image), None)
    if first is None or _item_kind(inl) != 1:
        return False
    if not first.bare and not is_link_label(_bracket_label(first.text)):
        return False
    if venue_stamp_link_line(inl):
        return False  # "**ICASSP 2024** | CUHK | [论文](…)": the heading's work's venue stamp, no title of its own
    lead = inl.plain[:first.start].strip()
    text = inl.plain.strip()
    if "\n" in text:
        # one break, before the first link: the title's line, then the line of its (tagged) labelled links or
        # its bare URL ("#### Sensor feedback" / "A survey of sensor fusion …" / "http://…": the break closes the
        # lead, so it is looked for before the lead is stripped)
        if text.count("\n") != 1 or "\n" not in inl.plain[:first.start].lstrip():
            return False
        lead = lead.split("\n", 1)[0].strip()
        # (a heading record's own lines are no title: its byline, "A. Smith, B. Jones  ", or a sentence on it)
        if lead.endswith(".") or _is_byline(_Inline(plain=lead)):
            return False
    # (before a labelled link, only a title: "新鲜出炉，详情参看…公众号。[文章链接](…)" is a note on the heading's record)
    return names_work(lead, min_words=4) or first.bare and sum(map(_is_cjk, lead)) >= 8


#: the fewest words a quoted span after a line's names holds for it to be a work's title
_MIN_QUOTED_TITLE_WORDS = 3
#: the closing mark of each opening quotation mark a reference sets its title in
_CLOSING_QUOTES = {'"': '"', "\u201c": "\u201d", "\u00ab": "\u00bb"}


def _opens_quoted_title(text: str) -> bool:
    """``"Deep food recognition at scale." CVPR, 2019``: what follows a line's names opens with a quoted span of
    three words or more, the title of a work the line cites. Why: a link-less line of names read as the byline of
    the linked item above it ("Ann Lee, Bo Wu. *TMI 2019*"), so a whole reference written "Names. "Title." Venue,
    Year." after a web citation was folded into it: its work lost, its authors given to the page. A byline names
    people and a venue, never a quoted title."""
    t = text.lstrip()
    close_mark = _CLOSING_QUOTES.get(t[:1])
    if close_mark is None:
        return False
    close = t.find(close_mark, 1)
    return close > 0 and len(t[1:close].split()) >= _MIN_QUOTED_TITLE_WORDS


def _items_identify_works(items: list[tuple[_Node, _Inline]]) -> bool:
    """``## P1 — QUANTEC organ-specific evidence`` / ``- Brain — Lawrence YR, et al. *Radiation dose-volume effects
    in the brain*. PMID 20171513.`` / ``- Optic nerves — Mayo C, et al. *…*. PMID 20171514.``: bullets that write
    out two or more different identifiers (PMID, DOI, arXiv, PMCID) cite that many works, so they are references
    under a topic heading, not a reader's notes on the one work a heading names (a note gives at most that work's
    own identifier, once). Read as notes, every cited work was folded into the heading's description."""
    seen: set[str] = set()
    for _, inl in items:
        found = identifiers_from(inl.plain, ())
        key = next((v for v in (found.doi, found.arxiv, found.pmid, found.pmcid) if v), None)
        if key is not None:
            seen.add(key)
            if len(seen) >= 2:
                return True
    return False


def take_linked_byline(d: _Draft, p: _Node, inl: _Inline) -> bool:
    """A record's paragraph that is its byline with the co-authors' pages linked (``linked_names_byline``: "Hantao
    Zhang, Yuhe Liu, [Jiancheng Yang](jiancheng-yang.com), …") gives the record its authors and no links: the pages
    are the people's, not the work's. True when ``p`` was taken so (the caller reads it no further)."""
    if p.kind != "Paragraph" or not linked_names_byline(inl):
        return False
    byline = " ".join(citation.without_author_marks(inl.plain).split())
    d.description.append(byline)
    d.authors_hint.append(byline)
    return True


#: the fewest words a link-less line keeps before the identifier it closes on, for that line to be a title and its id
_MIN_WORDS_BEFORE_WRITTEN_ID = 3


def _closing_written_identifier(line: str) -> tuple[str, str] | None:
    """``- Genetic and functional insights into … of the heart (2020), https:doi.org/10.1038/s41586-020-2635-8``: a
    link-less line that closes on its work's identifier written as text (``ids.closing_identifier_text``: an address
    that lost its slashes, a scheme-less resolver path, "doi:", "arXiv:") → (the line before it, the identifier's
    text); None when it closes on none, or too few words come before it to title a work. Why: with no link to split
    the line at, the identifier's text stayed in the title and hid the "(2020)," trailer before it."""
    if "\n" in line.strip():
        return None
    if (at := closing_identifier_text(line)) <= 0:
        return _keyed_identifier_fields(line)
    head = line[:at].rstrip(" ,;:.-–—")
    if len(head.split()) < _MIN_WORDS_BEFORE_WRITTEN_ID:
        return None
    return head, line[at:].strip()


def _keyed_identifier_fields(line: str) -> tuple[str, str] | None:
    """``1. HoldenEtAl2009 pmid=19076238``, ``- CockEtAl2009 PMID: 19304878``: a link-less line that is one word (a
    reference manager's citation key, a work's short name) and nothing after it but identifier fields
    (``ids.without_identifier_tail``) → (the word, the fields); None otherwise. Why: a wiki's bibliography (MediaWiki's
    ``<biblio>`` extension) lists each work by its key and its PMID, the key the only name the list gives the work;
    kept whole, the title carried the identifier. One word only: a longer line closing on "PMID: …" is a Vancouver
    reference, citation's to read whole."""
    head = without_identifier_tail(line.strip())
    if not head or head == line.strip() or len(head.split()) != 1 or not any(ch.isalpha() for ch in head):
        return None
    return head, line.strip()[len(head):].strip()


def _nested_record(sub: _Node, inl: _Inline) -> bool:
    """``- ESM (43M - 670M)`` / ``  - Manuscript: https://…`` / ``  - Code: https://…`` / ``  - ESM2 (8M - 15B)`` /
    ``    - Manuscript: https://…``: among a record's field bullets, a link-less name (no label, no role word) over
    a sub-list of role fields that give links is a record of its own (a model's successor, a variant), not a
    note on the parent: its fields' links are its own. Read as the parent's field, its name became the parent's
    description and its "Manuscript" line an entry titled "Manuscript"."""
    if inl.links or not _is_meaningful(name := inl.plain.strip()) or "\n" in name or name.endswith((":", "：")) \
            or field_role(_clean_title(name)) is not None or _split_label(name)[0]:
        return False
    lists = [x for x in sub.children if x.kind == "List"]
    if len(lists) != 1:
        return False
    fields = _item_inlines(lists[0])
    return any(f is not None and f.links for f in fields) and all(
        f is not None and (label := _split_label(f.plain.split("\n")[0])[0]) and field_role(label) is not None
        for f in fields)


def _course_session_item(inl: _Inline, d: "_Draft") -> bool:
    """``- [Lecture 13: Hidden Markov Models](…/hmm.pdf)`` / ``  - Reading: [Title](nature.com/articles/…)`` /
    ``  - 📖: [Title](…)``: an item whose line names a course's meeting (``course_session_label``) and whose links, if
    any, are that session's slides or page (no identifier, no repository) is a session of a schedule, no work: its
    sub-bullets are the session's readings and materials, each an item of its own. Why: read as the lecture's
    fields, its readings' links became one entry titled by the lecture."""
    if not course_session_label(inl.plain.strip().split("\n", 1)[0]):
        return False
    return not any(any(ids_from_url(x.url)) or canonical_repo(x.url) for x in d.links)


#: a qualifier that sets works apart from the item they are listed under: "Related Papers:", "Further reading:"
_OTHER_WORKS_QUALIFIERS = frozenset("related further suggested recommended additional background supplementary "
                                    "supplemental relevant optional".split())
#: what such a label lists: works, several ("Related Papers", "Suggested readings", "Further reading")
_OTHER_WORKS_NOUNS = frozenset("papers readings reading articles references works publications literature".split())


def other_works_label(label: str) -> bool:
    """``Related Papers:`` / ``Further reading:`` / ``Suggested readings:``: a field label that lists, on its own
    sub-list, works other than the item it sits under (a reading group's session and the papers read for it, a
    talk and its background papers).

    Why: read as the item's field values, every listed paper's link became the session's (one entry titled by the
    talk, holding its readings' arXiv links as "other" links), and the papers themselves were lost. Each sub-item
    is an entry of its own. (A bare ``Paper:`` / ``Papers:`` field names the item's own work(s) and stays a field.)"""
    words = label.strip(" *_:：").casefold().split()
    if words in (["application"], ["applications"]):
        # "1. **AutoRT**" / "  - Reference:" / "    - …its paper…" / "  - Application:" / "    - Li, K., et al.
        # "[DeepRescore: …](doi…)." …": the works that applied the tool, each a paper of other authors, not the tool's
        return True
    return len(words) == 2 and words[0] in _OTHER_WORKS_QUALIFIERS and words[1] in _OTHER_WORKS_NOUNS


def _cites_another_work(inl: _Inline, d: _Draft) -> bool:
    """``  - Similar to *(2023-NeurIPS) Title* [[Paper]](…), [[ArXiv]](…), [[Code]](…)`` / ``  - Further extension
    to PAMI: *Title* [[Paper]](…)``: among an entry's field bullets, one that cites a different work by a lead-in, its
    emphasised title and a paper link of its own (none of the entry's) is a record of its own. Read as the entry's
    field, its links became the entry's and its arXiv id, or its split-off paper, took the entry's title."""
    links = [link for link in inl.links if not link.image]
    if not links or not d.links:
        return False
    own = {x.url for x in d.links}
    if not any((label_role(link.text) == "paper" or _written_identifier_link(link)) and link.url not in own
               for link in links):
        return False
    return lead_in_marked_title(inl.plain[:links[0].start], inl.marked) is not None


def _renamed_reference(inl: _Inline, parent: _Inline) -> bool:
    """``- **chemCPA** (**Neurips**): Hetzel, L., … (2022). Predicting single-cell perturbation responses for unseen
    drugs. …`` / ``  - **chemCPA**: Hetzel, L., … (2022). Predicting cellular responses to novel drug perturbations
    …. Advances in Neural Information Processing Systems, 35, …. [PDF](…) [GitHub](…)``: a sub-bullet labelled by
    the item's own bold name, then a whole reference opening with its authors (``citation.authors_first_reference``),
    cites another version of the work under that name: a record of its own. Read as the item's field "chemCPA", its
    title was lost and its links became the item's. (A field's label names what it holds, "Citation:", "Venue:".)"""
    name = parent.strong_lead
    if not name or not inl.strong_lead or len(name) > 40 \
            or inl.strong_lead.strip(" :：").casefold() != name.strip(" :：").casefold():
        return False
    label, value = _split_label(inl.plain.split("\n")[0])
    return bool(label) and len(value) >= 40 and citation.authors_first_reference(value)


def _has_paper_label_link(links) -> bool:
    """Whether a line's links hold its paper: a link labelled as one ("[preprint, Feb 2025](…)", "[arxiv](…)") or
    one whose address carries an identifier (an arXiv id, a DOI, a PMID). Read only for a line that names its work
    by a short name and an appositive gloss (``inline.name_comma_gloss``): the gloss is told from a subtitle only on
    a paper's line."""
    return any(not link.image and (label_role(link.text) == "paper" or any(ids_from_url(link.url)))
               for link in links)


def _written_identifier_link(link) -> bool:
    """``[arXiv:1608.01807](https://arxiv.org/pdf/1608.01807.pdf)``: a link whose text writes the identifier its
    address carries is the cited work's paper as a "[Paper]" label says (``_cites_another_work``); a note
    "📄 原始论文：*Title* — [arXiv:…](…)" under a blog post's line cites the article the post retells so."""
    found = ids_from_url(link.url)
    if not any(found):
        return False
    doi, arxiv, pmid, pmcid = found
    return bool(arxiv and arxiv in find_arxiv(link.text) or doi and doi.casefold() in
                (x.casefold() for x in find_dois(link.text)) or pmid and pmid in find_pmids(link.text)
                or pmcid and pmcid.casefold() in link.text.casefold())


def _role_linked_title(heading: _Inline) -> str | None:
    """The work's title a heading gives, when it is a reading note's title: the heading itself when it has no
    link, its text without its links when every link is labelled by its role (``### [NeurIPS 2023] Title
    [[PDF]](arxiv…) [[code]](github…)``: the work's own links, as a bullet's ``[[paper]]`` are). None for a
    heading linked otherwise (``### [Name](url)``: the link's text is the title, the heading an item)."""
    links = [link for link in heading.links if not link.image]
    if not links:
        return heading.plain
    if not all(_is_role_word(link.text) or _pointer_after_words(heading, link) or _bare_url_after_words(heading, link)
               for link in links):
        return None
    text = heading.plain
    for link in sorted(links, key=lambda link: link.start, reverse=True):
        text = text[:link.start] + text[link.end:]
    for brackets in ("[]", "[ ]", "()", "【】"):  # what is left of "[[PDF]](…)" once its text is cut
        text = text.replace(brackets, " ")
    return " ".join(text.split())


#: the most words of a work's short name that links a heading's reference (``_name_linked_over_reference``)
_LINKED_NAME_WORDS = 4


def _name_linked_over_reference(heading: _Inline) -> tuple[str, str] | None:
    """``### 1. [scMVP](https://…/pmc/articles/PMC…/),Li G, Fu S, … Title. Genome Biol. 2022;23(1):20. doi: …``: a
    heading that opens (after its record number) with a work's short linked name, a comma, then that work's whole
    reference (a byline, its title and where it appeared, as PubMed's "Cite" gives it) → (the name, the reference).
    Why: a bullet so written is titled by its link and its reference read after it; as a heading the whole line
    titled the work, name, byline, journal and identifiers. None unless the text after the comma parses as a
    reference with a byline (``citation.parse_citation``): "### [Tool](…), a fast aligner" keeps its heading."""
    links = [link for link in heading.links if not link.image]
    if not links:
        return None
    first = links[0]
    name = first.text.strip()
    lead = heading.plain[:first.start]
    if not name or len(name.split()) > _LINKED_NAME_WORDS or not _is_meaningful(name) \
            or lead.strip() and strip_section_number(f"{lead}{name}").strip() != name:
        return None
    rest = heading.plain[first.end:]
    if not rest.lstrip().startswith((",", "，")):
        return None
    reference = rest.lstrip().lstrip(",，").strip()
    cited = citation.parse_citation(reference)
    if cited is None or cited.confidence < 0.5 or not cited.authors or not cited.title:
        return None
    return name, reference


def _pointer_after_words(heading: _Inline, link) -> bool:
    """``### 1.1 (2024 ACL Findings) *Title* [link](arxiv…)``: a link whose text only points ("link", "url":
    ``classify.is_pointer_label``), after the heading's own words, is the work's link as a role-labelled one is; its
    word is no part of the title. Not a pointer that opens the heading ("### [Link](…) Prediction with …" is a
    title's first word, linked), nor "here" ("### …, more papers are recorded [[HERE]](…)": a word of the sentence)."""
    return is_pointer_label(link.text) and any(ch.isalnum() for ch in heading.plain[:link.start])


def _record_address_line(inl: _Inline) -> bool:
    """``## Deep learning for … (2018)`` / ``https://sci-hub.se/10.1016/j.media.2018.05.012`` / ``> - a note``: a
    paragraph of bare addresses alone (``bare_urls_only``), one of them carrying an identifier of a work's record
    (a DOI, an arXiv id), is the heading's own link line; a bare web page names no work."""
    return bare_urls_only(inl) and any(any(ids_from_url(link.url)) for link in inl.links if not link.image)


def _links_only_in_own_field_lines(inl: _Inline) -> bool:
    """``1. **Alpha-XIC**`` / ``        - Source code: https://github.com/…`` (eight spaces, not a tab): a labelled
    field line indented too deep to open a sub-list folds into the item's own paragraph as a continuation line.
    True when the paragraph's first line links nothing and every later line is a labelled field (``Source code:
    …``), so the links are the record's own fields, as they would be on sub-bullets. One pass over the lines."""
    first, nl, rest = inl.plain.partition("\n")
    if not nl or not inl.links or any(link.start < len(first) for link in inl.links):
        return False
    lines = [line for line in rest.split("\n") if line.strip()]
    return bool(lines) and all(_split_label(line)[0] for line in lines)


def _bare_url_after_words(heading: _Inline, link) -> bool:
    """``#### 1) 2022 - Title https://doi.org/10.1007/…``: a bare address written after the heading's own words (a
    journal club's note on the paper it discusses) is the work's link, as a role-labelled one is; the address is no
    part of the title. Why: read whole, the title kept the URL, so it named no work. Not a heading that is nothing
    but its address (no words before it), which is titled as before."""
    return link.bare and any(ch.isalnum() for ch in heading.plain[:link.start])


def _byline_record(heading: _Inline, intro: list[tuple[_Node, _Inline]]) -> bool:
    """``### 2020 Nucleic Acids Research`` / ``##### DriverDBv3: A Multi-omics Database for …`` / ``S. H. Liu, P. C.
    Shen, …, and W. C. Cheng``: a link-less heading that reads as a work's title over a lone link-less line of its
    authors is that work's record, as a lab's publication list writes it (the year and venue in the heading
    above). Why: with no link to go by, the byline is what tells a publication's heading from a topic's; a topic
    is introduced by prose, not by a list of people's names."""
    return len(intro) == 1 and intro[0][0].kind == "Paragraph" and not _has_links(heading) \
        and _names_a_paper(heading.plain) and _is_byline(intro[0][1])


def _without_legend_marks(value: str) -> str:
    """``🇰🇷 🧬 Chromosome-scale assembly …``, ``🐭 & 🧬 Comparative analysis …`` → the title alone: a "Title:"
    field's value opened by the pictographs a list's key explains ("🧬 Study involves human genome(s)", "🦠
    Prokaryotic genome(s)"), one or several, an "&" joining two, tags the work; the marks are no words of its title.
    Why: the record was titled with its tags ahead of the words."""
    rest = strip_symbols(value)
    if rest[:1] == "&" and (after := strip_symbols(rest[1:].lstrip())) != rest[1:].strip():
        rest = after  # "🐭 & 🧬": two marks joined, both tags
    return rest if rest and rest[:1] != "&" and len(rest.split()) >= 2 else value


def _quoted_link_texts(inl: _Inline) -> frozenset[str]:
    """The texts of ``inl``'s links set inside double quotes (``“[Title](doi…).”``, ``"[Title](…)",``): a
    reference's quoted title that links the work. Why: a paper field's value drops its links' texts (a link's text
    labels it, "[PDF](…)"), and ``Paper: Lima Camillo, L. P. de, … “[AltumAge: …](doi…).” Preprint. …`` kept a
    byline and an empty pair of quotes, so the byline titled the work; a quoted link's text is the title the
    reference gives, its words the value's own."""
    quoted = set()
    for link in inl.links:
        before = inl.plain[max(0, link.start - 3):link.start].rstrip()
        after = inl.plain[link.end:link.end + 4].lstrip(".,;: ")
        if link.text and before[-1:] in citation.OPENING_QUOTES and after[:1] in ('"', "”"):
            quoted.add(link.text)
    return frozenset(quoted)


def _line_fields(line: str) -> list[tuple[str, str]]:
    """A line's "label: value" fields, ``_split_label``'s (label, value) each: ``**Year:** 2025 | **Venue:** ICCV 2025 |
    **Citations:** N/A`` writes several side by side, each labelled; a line whose parts between " | " are not all
    labelled is one field (or none: ("", ""))."""
    parts = line.split(" | ") if " | " in line else [line]
    if len(parts) > 1 and not all(_split_label(part)[0] for part in parts):
        parts = [line]
    return [_split_label(part) for part in parts]


def _written_identifier_record(heading: _Inline, intro: list[tuple[_Node, _Inline]]) -> bool:
    """``# 2. The Parable of Google Flu: Traps in Big Data Analysis`` / ``David Lazer1,2,*, Ryan Kennedy1,3,4, …`` /
    ``Science  14 Mar 2014:`` / ``Vol. 343, Issue 6176, pp. 1203-1205`` / ``DOI: 10.1126/science.1248506``: a
    link-less heading that titles a work (numbered as a record or not), over link-less paragraphs one line of
    which is nothing but the work's identifier written out (``ids.identifier_fields_only``: "DOI: …", "PMID: …",
    "arXiv:…"), is that work's record, its byline and venue pasted from the article's page above the line. Why:
    with no link the section read as prose under a topic, and the work and its identifier were lost. A line that
    only writes an identifier labels the work the section is about; an identifier inside a sentence does not."""
    if _has_links(heading) or not (_numbered_record_title(heading.plain) or _names_a_paper(heading.plain)):
        return False
    return any(p.kind == "Paragraph" and not inl.links
               and any(identifier_fields_only(line.strip()) for line in inl.plain.split("\n")) for p, inl in intro)


def _labelled_byline_record(heading: _Inline, intro: list[tuple[_Node, _Inline]]) -> bool:
    """``## 1. Medical World Model`` / ``**Authors:** Yijun Yang, …`` / ``**Year:** 2025 | **Venue:** ICCV 2025``
    / ``> abstract …``: a link-less heading over paragraphs that label the work's authors and where or when it
    appeared is that work's record (a paper digest's, a reference manager's export), whatever the heading's
    length: a topic's section is introduced by prose, not by an authors field. Both labels are needed (an
    author alone also signs a blog post)."""
    if _has_links(heading) or not any(":" in inl.plain or "：" in inl.plain for _, inl in intro):
        return False
    authors = bib = False
    for p, inl in intro:
        if p.kind != "Paragraph" or inl.links:
            continue
        for line in inl.plain.split("\n"):
            for label, _ in _line_fields(line):
                if label and _AUTHORS_FIELD.match(label):
                    authors = True
                elif label and _BIB_FIELD.match(label):
                    bib = True
    return authors and bib and _is_meaningful(strip_section_number(_clean_title(heading.plain)))


def _labelled_authors_field(intro: list[tuple[_Node, _Inline]]) -> bool:
    """Some link-less paragraph of ``intro`` has a line labelled as the work's authors (``**Authors:** A, B``) with
    a value after the label."""
    return any(p.kind == "Paragraph" and not inl.links and label and _AUTHORS_FIELD.match(label)
               and _is_meaningful(value.strip())
               for p, inl in intro for line in inl.plain.split("\n") for label, value in _line_fields(line))


def _record_links_paper(items: list[_Inline]) -> bool:
    """Some field bullet links the work's document under a paper role (``[PDF Link](…)``, ``- Paper: […](…)``)."""
    return any(not link.image and label_role(link.text) == "paper" for inl in items for link in inl.links) \
        or inlines_link_article(list(items))


def _address_field_over_bib_fields(inl: _Inline) -> bool:
    """``**Direct Link**: https://doi.org/10.1136/bmj.h3480  `` / ``**Alternative**: Search "…" on Google Scholar  ``
    / ``**Journal**: BMJ (2015)``: a fields paragraph whose first line gives nothing but an address under a label of
    its own ("Direct Link", "URL", "Online") and a later line of which is a bibliographic field (venue, authors,
    year) is a work's record, as one opened by its bibliographic field is; the label names the link, not the work.
    Why: read alone, every record of such a reading list was titled "Direct Link"."""
    lines = inl.plain.split("\n")
    if len(lines) < 2:
        return False
    label, value = _split_label(lines[0])
    value = value.strip()
    if not label or not value or " " in value or not any(not x.image and x.text.strip() == value for x in inl.links):
        return False
    return any(lab and _BIB_FIELD.match(_clean_title(lab)) is not None
               for line in lines[1:] for lab, _ in _line_fields(line))


def _paper_field_linked(inl: _Inline) -> bool:
    """One of a fields paragraph's lines is labelled with the paper's role (``**Paper** : Available [here](…)``,
    ``PDF: …``) and the paragraph links somewhere: the record gives its work's document, wherever it is hosted
    (a working-paper PDF, SSRN), though the address carries no identifier."""
    if not any(not link.image for link in inl.links):
        return False
    return any(label and field_role(_clean_title(label)) == "paper"
               for line in inl.plain.split("\n") for label, _ in _line_fields(line))


def _tagline_heading(blocks: list[_Node]) -> _Node | None:
    """``# Awesome Medical VLM Dataset & Benchmark`` / ``### A data intelligence layer for … benchmarks.`` / … /
    ``## Quick Start``: the heading right after the page's title H1 (``blocks``: the page's blocks, HTML aside,
    the H1 first), when deeper than a heading the page later opens its sections with, is the list's subtitle, a
    tagline under its name, not a section of its outline. Why: read as a section, a tagline that reads as a title
    over the list's intro becomes a work noted by its title; a heading the sections after it are no shallower than
    ("# X" / "## Papers" / "### 2024"), or one with siblings of its level before the next shallower heading, is
    the outline's own first section or record and stays one."""
    if len(blocks) < 2 or blocks[1].kind != "Heading":
        return None
    level = regroup.heading_level(blocks[1])
    if level < 3:
        return None
    # the next heading no deeper than it is shallower, no sibling: a first "###### Title" of a reading list's
    # "######" records, followed by more of them before "## Other notes", is a record, not a tagline
    # (a heading over a part about the list itself, "## License" at its end, opens no section of its outline)
    after = next((lv for lv in (regroup.heading_level(b) for b in blocks[2:] if b.kind == "Heading"
                                and not is_document_section(_inline(b.children).plain)) if lv <= level), 0)
    return blocks[1] if 1 < after < level else None


def _opens_with_heading_name(heading: str, text: str) -> bool:
    """``### MedSegKit`` / ``MedSegKit segments abdominal organs from CT scans in seconds.``: the paragraph opens
    with its heading's whole text followed by a space (or is only that text): a sentence about what the heading
    names, not the title of a work of its own ("MedSegKit: A Toolkit for …", its name closed by a colon, is a
    title). Linear: one comparison of the paragraph's opening."""
    name = " ".join(heading.split()).casefold()
    first = " ".join(text.split()).casefold()
    return bool(name) and first.startswith(name) and first[len(name):len(name) + 1] in ("", " ")


#: the fewest paragraphs of a run written as title-over-link records (two records of a title and its link line)
_TITLE_LINK_RUN_MIN = 4


def _writes_title_link_records(blocks: list[_Node]) -> bool:
    """The page holds a run of consecutive paragraphs (a section's, between its heading and the next block of
    another kind) that is two records or more of a link-less title paragraph closed by its paper's link line
    (``_title_link_records``: ``Title`` / ``论文地址：[url](url)``, twice). Why: a list that writes its works so in
    one section writes the lone work of another section (``### 本体`` / ``Title`` / ``论文地址：…``) so too, in the
    sections before it as after it; read as the heading's lines, that work was titled by its topic. Linear: each
    paragraph is read once at most, in the one run it belongs to, and only until its run's first paragraph that
    is no such record's (the pairs are made as ``_title_link_records`` asks for them)."""
    run: list[_Node] = []
    for node in [*blocks, None]:
        if node is not None and node.kind == "Paragraph":
            run.append(node)
            continue
        if len(run) >= _TITLE_LINK_RUN_MIN and _title_link_records(((p, _inline(p.children)) for p in run)) is not None:
            return True
        run = []
    return False


def _numbered_title_heading(node: _Node) -> bool:
    """``# 1. Patch-Free 3D Medical Image Segmentation Driven by …``: a heading numbered as a record (``1.``), the
    rest a work's title (``_names_a_paper``)."""
    text = _clean_title(_inline(node.children).plain)
    rest = strip_section_number(text)
    return rest != text and text.lstrip()[:1].isdigit() and _names_a_paper(rest)


def _numbered_records_under_title(h1s: list[_Node], first_block: _Node | None) -> bool:
    """``# Replicate-Google-flu-study`` / ``# 1. Detecting influenza epidemics using search engine query data`` /
    ``# 2. The Parable of Google Flu: Traps in Big Data Analysis`` / …: the page opens with an H1 that is no
    numbered record (its title), and every H1 after it is one (``_numbered_title_heading``), two or more. Why:
    a notes page on a few papers titles each paper's part with the paper, numbered, at the page title's own
    level; read as the page's other parts under its title, each paper's byline and identifier lines were prose
    no record was made of. Only a first block the H1 is, and only records after it, say so."""
    return len(h1s) >= 3 and first_block is h1s[0] and not _numbered_title_heading(h1s[0]) \
        and all(_numbered_title_heading(h) for h in h1s[1:])


def _numbered_part_headings(h1s: list[_Node]) -> bool:
    """``# 1. Datasets`` / ``# 2. Algorithm`` (``## 2.1 …`` under it) / ``# 3. Assessment`` / ``# 4. Reviews``: two
    or more H1s numbered one after the other (``1.``, ``2.``, ``3.``), none naming a work, are the page's numbered
    parts, an outline as a book's chapters are, and none of them titles the page.

    Why: such a page has no title heading; a part that holds one record straight under its H1 ("# 3. Assessment" /
    "GuacaMol: … [[Paper](…)] [[Code](…)]") is read as a lone record under a "## " section is, not as prose under
    the page's title (numbered records, "# 1. Patch-Free 3D …", are ``_numbered_title_heading``'s)."""
    if len(h1s) < 2:
        return False
    expected = None
    for h in h1s:
        text = _clean_title(_inline(h.children).plain).strip()
        digits = len(text) - len(text.lstrip("0123456789"))
        if not digits or text[digits:digits + 1] not in (".", " ") or strip_section_number(text) == text:
            return False
        number = int(text[:digits])
        if expected is not None and number != expected:
            return False
        expected = number + 1
    return True


def _names_own_paper_by_role(heading: _Inline) -> bool:
    """``# SAM-Vessel \\[[Paper](https://arxiv.org/abs/…)]`` (a stars badge beside it, or a ``[Project]`` link): a page's
    title that names a work in its own words and links that work's scholarly record (an arXiv, DOI or PubMed address)
    by a link labelled with the paper's role alone (``Paper``, ``arXiv``, ``PDF``).

    Why: a paper's code README opens so and goes straight on to its sections; with nothing under the title it was
    no record, and the paper the whole page is about was lost. A title linked by its own words ("# [Awesome X](…)"),
    or only by badges, is a list's title as before."""
    links = [link for link in heading.links if not link.image]
    if not links or not any(label_role(link.text.strip(" []*_")) == "paper" and _cites_record([link])
                            for link in links):
        return False
    gaps, pos = [], 0  # the heading's words outside its links (one pass: a hostile heading may hold many links)
    for link in sorted(links, key=lambda link: link.start):
        gaps.append(heading.plain[pos:link.start])
        pos = max(pos, link.end)
    gaps.append(heading.plain[pos:])
    return any(ch.isalnum() for gap in gaps for ch in gap)


def _badge_repository_roots(inl: _Inline) -> list[_RawLink]:
    """The badges of a paragraph made of badges alone (no words of its own) that link a code repository's root
    (``[![GitHub Stars](…)](https://github.com/o/r)``), not a file or an issue in it nor a demo or chat page; []
    for a paragraph with words of its own (a link's words are the paragraph's; a badge's picture, linked in Markdown or
    by an HTML ``<a href>``, gives it none)."""
    if not inl.links or any(ch.isalnum() for ch in inl.plain):
        return []
    return [link for link in inl.links if (repo := canonical_repo(link.url)) is not None
            and link.url.split("://", 1)[-1].lower().removeprefix("www.").rstrip("/").removesuffix(".git") == repo]


def _paper_badge_line(inl: _Inline) -> bool:
    """``[![Paper](…badge…)](link.springer.com/chapter/…)`` / ``[![Github](…stars…)](github.com/…)``: a paragraph of
    badges alone, one of them linking a paper's page (a scholarly record, a PDF): under a heading naming a work, the
    work's own line of links, not a README's banner of shields (stars, licence, downloads)."""
    return bool(inl.links) and len(inl.links) == inl.image_links and not inl.plain.strip() \
        and any(url_role(link.url) == "paper" for link in inl.links)


def _titles_paper_page(heading: _Inline, links: list[_RawLink]) -> bool:
    """``## [Reducing Annotation Burden: … Consistency Relearning](papers.miccai.org/…/3024_paper.pdf)``: a heading
    that is one link, its text a work's title (``_names_a_paper``), to a paper's page or PDF on a scholarly host
    (no identifier in the URL) cites that work as a DOI or arXiv link would: a reading note's record. The heading's
    record number and a pictograph marking it (``### 11. [Title](ojs.aaai.org/…)``, ``### 2. 🌟[Title](…)``) are
    no words of its own: a numbered reading list's heading is still the one link. A link to the paper's own PDF file
    on such a host (``## [NIH Chest X-ray 14](openaccess.thecvf.com/…/Wang_ChestX-ray8_…_paper.pdf)``) cites the
    work whatever short name the writer gives it: two words are enough (a label, ``[PDF]``, is still no name)."""
    if len(links) != 1 or url_role(links[0].url) != "paper":
        return False
    pdf = links[0].url.strip().split("#", 1)[0].split("?", 1)[0].lower().endswith(".pdf")
    if not (_names_a_paper(links[0].text) or pdf and names_linked_pdf(links[0].text)):
        return False
    plain, text = heading.plain.strip(), links[0].text.strip()
    return plain == text or plain.endswith(text) and strip_symbols(strip_section_number(plain)).strip() == text


#: words a record's note heading may have ("Why it is ideal for our project:", "Limitations/future work:")
_MAX_NOTE_HEADING_WORDS = 8


def _anchor_only(node: _Node) -> bool:
    """``<a id="org9999f23"></a>``: a block with no words nor links (an org export's anchor before each heading, an
    HTML comment) is no content of its section."""
    if node.kind == "HtmlBlock":
        return True
    inl = _inline(node.children)
    return node.kind == "Paragraph" and not inl.plain.strip() and not inl.links


def _note_heading_item(inl: _Inline) -> bool:
    """``- Why it is ideal for our project:`` over sub-bullets: a record's field written as a short link-less
    phrase ending in a colon, its value the sub-list under it. Why: a planning note's paper record ("## B1.
    Title" / "- Link: …" / "- DOI: …" / "- Role: …" / "- Why useful:" + sub-bullets) names some of its note
    fields in more words than a "label: value" label may have (three); read as no field, that one bullet
    broke the record, and every field and sub-bullet of it became an entry of its own. Only a colon closing
    a single short line with nothing after it marks such a note heading, not prose."""
    plain = inl.plain.strip()
    return not inl.links and "\n" not in plain and plain.endswith((":", "：")) \
        and 1 < len(plain.rstrip(":：").split()) <= _MAX_NOTE_HEADING_WORDS


#: bullets a numbered heading's record may have ("- **Authors**: …", "- **ArXiv**: …", "- **Key Results**: …")
_MAX_RECORD_FIELDS = 12


def _record_links_bullet(inl: _Inline) -> bool:
    """``- [Paper](https://arxiv.org/abs/…) | [Code](https://github.com/…)`` closing a heading's bullets of notes
    (``- **Key idea:** …``, ``- **Method:** …``, ``- **Results:** …``): a bullet with no label of its own that is
    nothing but the record's links, each named by what it is (``record_link_line``), gives the links of the work the
    heading titles, as a "Links:" field would. Why: read as no field, that one bullet broke the record; each note
    became an entry of its own and the links a paper titled "Paper", the heading's title lost."""
    return not _field_label(inl) and "\n" not in inl.plain.strip() and record_link_line(inl)


def _numbered_venue_record(heading: str, record: _RoleFields) -> bool:
    """``### 8. PTFusion: LLM-driven Context-aware Knowledge Fusion …`` over ``- **Venue:** Information Fusion 2026``
    / ``- **URL:** [ScienceDirect](…)``: a numbered heading that names a work (``_numbered_record_title``) over role
    fields one of which, link-less, says where the work appeared (a venue, journal or conference label with a
    value). A numbered section of a document ("## 2. Setup" / "- Link: …") names no venue; a work's record does,
    whatever its link's label ("URL", "Link")."""
    if not _numbered_record_title(heading):
        return False
    return any(not inl.links and (label := _field_label(inl)) and _VENUE_BIB_FIELD.match(_clean_title(label))
               and _is_meaningful(_split_label(inl.plain.split("\n", 1)[0])[1].strip(" *_"))
               for inl in record.inlines if inl is not None)


def _numbered_record_title(heading: str) -> str:
    """``### 3. Standard Fetal Ultrasound Plane Classification (2023)``: the title a numbered record heading gives,
    without its record number and the year closing it (three words or more), or "" when the heading has no
    number or names nothing. ``_names_a_paper`` turns numbered headings down (``## 2. Methods`` is a section);
    the caller asks for more: a field of the record that links an article."""
    clean = _clean_title(heading)
    t = strip_section_number(clean)
    if t == clean:
        t = strip_record_number(clean)  # "## Paper 1: Conversational Agents in Healthcare"
    if t == clean:
        return ""
    year = _LEAD_YEAR_END.search(t)
    if year is not None:
        t = t[:year.start()].rstrip(" ,.-–—")
    return t if _names_a_paper(t, min_words=3) else ""


def _bib_field_notes(node: _Node, data: bytes) -> bool:
    """``- Published: May, 2020 at Frontiers`` / ``- Authors: Korea Advanced Institute …`` among ``- **Summary: …**`` /
    ``- Method: …`` / ``- Task: …``: one of a list's top-level bullets is a link-less bibliographic field (where or
    when the work appeared, who wrote it) dated by a year. A reader's notes on a paper say so; a document's own
    section ("## 1. Installation" / "- Step one"), or the notes' legend ("- Published: month, year and venue"), has
    no such field. Why: a paper-notes file numbers its headings ("## 1. Title", "## 2. Title"), and a numbered
    heading was read as a document's section, its notes as a handful of papers each."""
    for item in node.children:
        if item.kind != "Item":
            continue
        # (a cheap look at the item's first source line first: the words before its first colon must be a
        # bibliographic field's label; reading every item of every numbered section's list cost 7 % of parsing)
        line = data[item.start:item.start + _FIELD_HEAD_BYTES].split(b"\n", 1)[0].decode("utf-8", "replace")
        cut = min((at for at in (line.find(":"), line.find("：")) if at >= 0), default=-1)
        if cut > 0 and _BIB_FIELD.match(line[:cut].lstrip(_ITEM_MARKER_CHARS).strip(" \t*_")) is not None \
                and _bib_field_line(_inline([x for x in item.children if x.kind != "List"])):
            return True
    return False


#: how much of an item's source ``_bib_field_notes`` looks at before reading it, and the marker characters (bullet,
#: number, bold) it skips there before a label
_FIELD_HEAD_BYTES = 300
_ITEM_MARKER_CHARS = "-*+ \t0123456789.)_"


def _bib_field_line(inl: _Inline) -> bool:
    """``Published: May, 2020 at Frontiers``, ``Venue: MICCAI 2021``: a link-less bibliographic field whose value
    dates the work (a legend's "Published: month, year and venue" dates nothing)."""
    if _has_links(inl):
        return False
    label, value = _split_label(inl.plain.strip().split("\n", 1)[0])
    return bool(label) and _BIB_FIELD.match(_clean_title(label)) is not None and _YEAR_IN_TEXT.search(value) is not None


def _reading_pointer(item: _Node, inl: _Inline) -> bool:
    """``- 次に読むべきもの`` / ``    - [Distant Supervisionの医学領域への利用. ACL 2018](https://www.aclweb.org/…)``: a
    nested bullet that is one named link and nothing else, under a reading note's point, points to another work
    to read next; it is an entry of its own, not a note on the record above (nor a reason to read the
    record's notes as a topic's entries)."""
    links = [link for link in inl.links if not link.image]
    return len(links) == 1 and not links[0].bare and _is_meaningful(links[0].text) \
        and inl.plain.strip() == links[0].text.strip() and not any(c.kind == "List" for c in item.children)


#: the most words of a heading that is a work's short name ("VGG", "Stochastic Depth ResNet"), not its title
_SHORT_NAME_HEADING_WORDS = 4


def _bold_title_under_name(heading: str, paras: list[tuple[_Node, _Inline]]) -> str:
    """``### VGG`` / ``**Very Deep Convolutional Networks for Large-Scale Image Recognition.**`` / ``Karen Simonyan,
    Andrew Zisserman`` / ``- pdf: …`` / ``- code: …``: a record headed by a work's short name whose first line under the
    heading is wholly bold and reads as a longer title gives that bold line as the work's title, else "".

    Why: such a list names each section after the method (the name readers know) and writes the paper's own title
    in bold right under it, then its authors and links; the heading alone titled the paper "VGG"."""
    if not paras or paras[0][0].kind != "Paragraph" or len(heading.split()) > _SHORT_NAME_HEADING_WORDS:
        return ""
    inl = paras[0][1]
    lead = inl.strong_lead.strip()
    if not lead or _clean_title(lead) != _clean_title(inl.plain.split("\n", 1)[0]):
        return ""  # bold words opening a sentence, not a bold line of its own
    if len(lead.split()) <= len(heading.split()) or not _names_a_paper(lead, min_words=2):
        return ""
    return lead


def _title_line_under_name(heading: str, paras: list[tuple[_Node, _Inline]]) -> str:
    """``## Lovász-Softmax loss`` / ``The Lovász-Softmax loss: A tractable surrogate for …`` / ``### Links`` /
    ``- paper: …``: a record headed by a work's short name whose first paragraph under the heading is one plain line that
    repeats the name (its first word) and reads as a longer title, not a sentence, gives that line as the work's
    title, else "" (``_bold_title_under_name`` reads the same line set in bold).

    Why: paper-reading notes name each section after the method and write the paper's own title right under it;
    the heading alone titled the paper by its nickname."""
    if not paras or paras[0][0].kind != "Paragraph" or len(heading.split()) > _SHORT_NAME_HEADING_WORDS:
        return ""
    inl = paras[0][1]
    line = " ".join(inl.plain.split())
    name = _clean_title(heading).split()
    if not name or "\n" in inl.plain.strip() or inl.links or line.endswith((".", "。", "!", "?", "：")):
        return ""
    if name[0].casefold() not in {w.strip(",:;").casefold() for w in line.split()}:
        return ""  # the line does not name the heading's work
    if len(line.split()) <= len(heading.split()) + 2 or not _names_a_paper(line, min_words=5) \
            or reads_as_sentence(line):
        return ""
    return line


def _paper_link_title_under_nickname(heading: str, inlines: list[_Inline | None]) -> str:
    """``### 4.6 Hsu et al. (2023): mixed-set and adaptation precedent`` / ``- **论文：** [A dual-purpose deep learning
    model for …](sciencedirect…)`` / ``- **证据：** …``: a record headed by its work's author-year nickname and a
    note on why it is cited, whose paper field links the work by its title, is titled by that link text, else "".

    Why: a prior-art audit files each work under a byline nickname ("Chua and Cheng (2024)") and its relevance; the
    heading titled the record with a byline and a note, while the work's title sat in the paper field's link."""
    if not author_year_nickname_heading(strip_section_number(_clean_title(heading))):
        return ""
    for inl in inlines:
        label = _clean_title(_field_label(inl)) if inl is not None and inl.links else ""
        if not label or not (field_role(label) == "paper" or names_paper_and_code(label)):
            continue
        link = next((x for x in inl.links if not x.image), None)
        text = _clean_title(link.text) if link is not None and not link.bare else ""
        return text if names_work(text, min_words=4) and _names_a_paper(text) else ""
    return ""


def _own_reference_title(intro: list[tuple[_Node, _Inline]]) -> str:
    """``### McPAS-TCR: A curated catalogue …`` / ``https://site…`` / ``> what the resource does`` / ``Tickotsky, N.
    et al. [McPAS-TCR: a manually curated catalogue ….](https://doi.org/…) Bioinformatics 33, 2924 (2017)``: the
    linked title of the one paragraph under a resource's heading that is a whole reference around a link to a
    scholarly record (``linked_whole_reference``), else "". Why: a list of databases and tools gives each its
    heading (a name and a tagline), its site or repository, a quoted blurb, then its paper's citation; the section
    is that paper's record, so the reference titles it, not the tagline; under a heading of databases the record
    was a data set and the paper was lost."""
    cited = [(p, inl) for p, inl in intro if linked_whole_reference(p, inl)]
    if not cited:
        titled = [t for p, inl in intro if (t := _reference_over_record_link(p, inl))]
        if not titled:
            # "## Harvard" / "A Review of Medical Federated Learning: …, https://link.springer.com/chapter/…" /
            # "Download conference paper PDF, https://…pdf": the section's one paragraph that is a work's title, a
            # comma and the bare address of its scholarly record (``_titled_bare_reference``) titles the record; the
            # heading names where the work comes from (a lab, a group), not the work
            titled = [t for p, inl in intro if (t := titled_bare_reference_title(p, inl))]
        return titled[0] if len(titled) == 1 else "" if titled else _labelled_reference_title(intro)
    if len(cited) != 1:
        return ""
    link = next(x for x in cited[0][1].links if not x.image)
    text = _drop_closing_stop(_clean_title(link.text))  # "[PIRD: Pan Immune Repertoire Database.](…)"
    return text if url_role(link.url) == "paper" and _names_a_paper(text, min_words=3) else ""


def _labelled_reference_title(parts: list[tuple[_Node, _Inline]]) -> str:
    """The quoted title of the one paragraph among a section's that gives its work's reference under a label
    (``labelled_quoted_reference_title``: "**Citation**: Su, J., et al. (2021). "RoFormer: …." *arXiv …*"), else
    "" (none, or two: the section cites more than its own work)."""
    titled = [t for p, inl in parts if (t := _drop_closing_stop(_clean_title(labelled_quoted_reference_title(p, inl))))
              and _names_a_paper(t, min_words=3)]
    return titled[0] if len(titled) == 1 else ""


def _reference_over_record_link(p: _Node, inl: _Inline) -> str:
    """``#### Learned Primal Dual (LPD)`` / ``Adler, Jonas, and Ozan Öktem. "Learned primal-dual reconstruction."
    IEEE transactions on medical imaging 37.6 (2018): 1322-1332.`` / ``[https://doi.org/10.1109/…](https://doi.org/…)``:
    the title of a paragraph that is a whole plain-text reference (authors, a title of three words or more, a year:
    ``citation.whole_reference``) followed only by links to its scholarly record, each labelled by its own address;
    else "". Why: a toolbox's list of the papers it implements heads each by the method's short name and pastes the
    paper's citation under it with its DOI on the next line; the heading named the paper ("Learned Gradient (LG)")
    and the quoted title was read as the venue. The links must all be the record's, bare or labelled by their URL
    (a linked title is ``linked_whole_reference``'s), the reference must come before them and quote its title: an
    unquoted one ("Oellrich et al (2014) Title. J Biomed Semantics.") is read, venue and all, by the rules before."""
    links = [x for x in inl.links if not x.image]
    if p.kind != "Paragraph" or not links or any(not (x.bare or x.text.strip() == x.url) or url_role(x.url) != "paper"
                                                 for x in links):
        return ""
    if inl.plain[links[-1].end:].strip(" \t\n.,;"):
        return ""
    lead = inl.plain[:links[0].start].strip()
    cited = citation.whole_reference(lead)
    title = _drop_closing_stop(_clean_title(cited.title)) if cited is not None and cited.title else ""
    quoted = any(q + title in lead for q in citation.OPENING_QUOTES)
    return title if quoted and _names_a_paper(title, min_words=3) else ""


def _two_surnames(name: str) -> bool:
    """"Chua and Cheng", "Smith & Lee": two capitalised names joined by "and" name a work by who wrote it."""
    words = name.split()
    return len(words) == 3 and words[1] in ("and", "&") and words[0][:1].isupper() and words[2][:1].isupper()


def _paper_field_titles(inlines: list[_Inline | None]) -> list[str]:
    """The texts of a record's paper-field links (``- **论文：** [Towards Enhanced Classification of …](arxiv…)``) that
    read as a work's full title, not a label ("arXiv", "ICASSP DOI"), in order, without repeats."""
    titles: list[str] = []
    for inl in inlines:
        label = _clean_title(_field_label(inl)) if inl is not None and inl.links else ""
        if not label or field_role(label) != "paper" and not names_paper_and_code(label):
            continue
        for link in inl.links:
            text = _clean_title(link.text)
            if not link.bare and not link.image and url_role(link.url) == "paper" \
                    and _names_a_paper(text) and text not in titles:
                titles.append(text)
    return titles


def _named_work_record(heading: str, inlines: list[_Inline | None]) -> tuple[str, str | None, int, str] | None:
    """``### 4.5 OPERA (NeurIPS 2024): multi-dataset representation and native tasks`` over the work's fields → (title,
    venue, year, note) for its record (``named_work_heading``), or None to keep the heading as it is.

    The work's title is its one paper-field link that spells out a title (``- **论文：** [Towards Joint …](arxiv…)``),
    else the heading's short name; a name that only says who wrote the work ("Hsu et al.", "Chua and Cheng":
    ``_paper_link_title_under_nickname``'s) is no title. ``SPRSound/TBioCAS (2022)`` over ``[TBioCAS DOI](…)``: the
    part of the name the record's links name is the venue, the other part the work."""
    named = named_work_heading(heading)
    if named is None:
        return None
    name, venue, year, note = named
    linked = _paper_field_titles(inlines)
    if len(linked) == 1:
        return linked[0], venue, year, note
    if author_year_byline(f"{name} {year}") or _two_surnames(name):
        return None
    head, slash, tail = name.partition("/")
    if slash and venue is None and head.strip() and tail.strip() and "/" not in tail:
        link_words = {w for inl in inlines if inl is not None for link in inl.links for w in link.text.split()}
        if tail.strip() in link_words:
            name, venue = head.strip(), tail.strip()
    return name, venue, year, note


def _glossed_work_record(heading: str, inlines: list[_Inline | None]) -> tuple[str, str] | None:
    """``#### CellOracle —— GRN 线性传播 in silico 扰动（博客遗漏 ★）`` over the work's fields → (title, gloss) for its
    record (``cjk_glossed_name_heading``), or None to keep the heading as it is. The title is the one paper-field
    link that spells out a title (``- **论文**：[Dissecting cell identity via network inference …](…)``), else the
    heading's name; the gloss describes the work. A link text that writes out the paper's identifier ("Nature 2023,
    DOI 10.1038/…", "NeurIPS 2023, arXiv 2311.02794") labels the link by its venue and record: no title."""
    glossed = cjk_glossed_name_heading(heading)
    if glossed is None:
        return None
    linked = [t for t in _paper_field_titles(inlines) if not find_dois(t) and not find_arxiv(t)]
    if len(linked) == 1:
        return linked[0], glossed[1]
    return _paper_field_lead_title(inlines) or glossed[0], glossed[1]


def _paper_field_lead_title(inlines: list[_Inline | None]) -> str:
    """``- **论文**：Squidiff: Predicting cellular development and responses …（[PMC12407682](pmc…)）``: the title a
    record's one paper field writes out in plain text before its link (labelled by the record's identifier), else
    "". Why: the field names the paper in full and links its record by an identifier; the heading only named it."""
    titles = []
    for inl in inlines:
        label = _clean_title(_field_label(inl)) if inl is not None and inl.links else ""
        if not label or field_role(label) != "paper" and not names_paper_and_code(label):
            continue
        link = next((x for x in inl.links if not x.image), None)
        first_nl = inl.plain.find("\n")
        if link is None or 0 <= first_nl < link.start:
            continue
        lead = _clean_title(_split_label(inl.plain[:link.start])[1].rstrip(" \t(（[【,，:：-–—"))
        if _names_a_paper(lead) and names_work(lead, min_words=4):
            titles.append(lead)
    return titles[0] if len(titles) == 1 else ""


def _described_paper_fields(node: _Node) -> _RoleFields | None:
    """``### BANKSY`` / ``- **Paper:** [Nature Genetics, 2024](https://doi.org/…)`` / ``- **Code:** [github.com/…](…)`` /
    ``- **Key innovation:** …`` / ``- **Strengths:**`` (link-less sub-bullets) / ``- **Technology compatibility:** …``:
    a method card whose role fields sit among descriptive "label: value" fields, some written as sub-bullets of
    notes, is one record as a flat list of role fields is (``_metadata_fields`` reads such a list), when its
    "Paper:" field carries the paper's link (or a "论文/代码:", "Paper & Code:" field, ``names_paper_and_code``, its
    links the paper's and the code's); without one the labels describe a topic, not a work."""
    record = _metadata_fields(node)
    if record is None or not any(inl is not None and inl.links
                                 and (field_role(label := _clean_title(_field_label(inl))) == "paper"
                                      or names_paper_and_code(label) or links_field_names_paper(inl))
                                 for inl in record.inlines):
        return None
    return record


def _fields_cite_work(items: list[_Inline]) -> bool:
    """``## 3. Spatial proximity of tumor-immune interactions …`` / ``- **Authors:** (Hepatology 2024 team)`` /
    ``- **Journal:** Hepatology (2024), 79(4)`` / ``- **URL:** https://journals.lww.com/…``: a record's link-less
    fields write out who wrote the work and the journal it appeared in (``_cites_fields``), so the numbered heading
    over them names that work even where its URL (a publisher's page) carries no DOI; a numbered section's notes
    name no authors and no journal."""
    return _cites_fields([(_clean_title(label), _split_label(inl.plain.split("\n", 1)[0])[1])
                          for inl in items if not inl.links and (label := _field_label(inl))])


def _figure_paragraph(node: _Node) -> bool:
    """``![](http://…/example.png)``: a Markdown paragraph that only shows an image (or images), no text, no link:
    a figure, as ``_figure_only`` reads an HTML block."""
    if node.kind != "Paragraph" or not any(c.kind == "Image" for c in node.children):
        return False
    inl = _inline(node.children)
    return not inl.links and not inl.plain.strip()


#: the most figure paragraphs read as one record's illustration between its bold title and its fields
MAX_RECORD_FIGURES = 2
#: the most link-less paragraphs read as one record's description between its title line and its fields
MAX_RECORD_NOTES = 3


def _trailing_figures(paras: list[_Node]) -> int:
    """How many figure paragraphs (``_figure_paragraph``) close a section's paragraphs read so far, up to
    ``MAX_RECORD_FIGURES``."""
    n = 0
    while n < MAX_RECORD_FIGURES and n < len(paras) and _figure_paragraph(paras[-1 - n]):
        n += 1
    return n


def _opens_bibliography_div(html: str) -> bool:
    """``<div id="refs" class="references">``, ``<div id="refs" class="references csl-bib-body hanging-indent">``:
    the block that opens the bibliography pandoc (R Markdown's ``github_document``, Quarto) appends at the end of a
    rendered README, whatever section the text closed with ("## Contact", "## License"); the paragraphs in it
    are the document's references, one a ``<div id="ref-key">``."""
    head = html.lstrip()
    if not head[:4].lower() == "<div":
        return False
    tag = head[: head.find(">") + 1].lower()
    if not tag:
        return False
    classes = ""
    for quote in ('"', "'"):
        at = tag.find(f"class={quote}")
        if at >= 0:
            end = tag.find(quote, at + 7)
            classes = tag[at + 7 : end if end > 0 else len(tag)]
            break
    return "id=\"refs\"" in tag or "id='refs'" in tag or bool({"references", "csl-bib-body"} & set(classes.split()))


def _figure_only(html: str) -> bool:
    """``<img src="figs/arch.png">``, ``<p align="center"><img …></p>``: an HTML block that shows an image and
    says nothing else (no text between its tags, no link): a figure, not an entry or a badge row."""
    if "<img" not in html.lower() or "href" in html.lower():
        return False
    return all(not part.split(">", 1)[-1].strip() for part in html.split("<"))


#: the fewest words of a paragraph of a write-up's prose, and the most words of a link's text that names a work in it
_FACET_PROSE_MIN_WORDS = 15
_FACET_NAME_MAX_WORDS = 3


def _write_up_facet_prose(heading: _Inline, intro: list[tuple[_Node, _Inline]]) -> bool:
    """``## Dataset Information`` / ``[CheXpert](…) is a large public dataset for chest radiograph interpretation,
    consisting of …``: a link-less heading naming a facet of the project's write-up (``is_write_up_facet``) over
    paragraphs of prose only, each a long sentence whose links name works by a short name (a data set's, a method's,
    never a title), is the write-up citing what it builds on, not a work's record. A facet section whose paragraph
    is a linked title ("[Perturbation Robustness of Attribution Maps …](arxiv…)") or a reference is read as before."""
    if _has_links(heading) or not is_write_up_facet(heading.plain) or not intro:
        return False
    for p, inl in intro:
        if p.kind != "Paragraph" or len(inl.plain.split()) < _FACET_PROSE_MIN_WORDS:
            return False
        if any(len(link.text.split()) > _FACET_NAME_MAX_WORDS for link in inl.links if not link.bare):
            return False
    return True


def _record_title_field(inlines: list) -> str:
    """The value of a plain title field among a record's role fields (``- 題名: Objects as Points``, ``- 論文タイトル：
    "U-Net: …"``, ``- Title: …``), its quotes dropped; "" when none. Why: a one-paper reading note writes the work as
    a list of labelled lines under the note's name ("# CenterNet") or a section's ("# ■ 論文"), the title one field
    among the paper's and code's links; read by its heading, the record took the note's name (or "論文") for its
    title, and under the document's first heading the fields were entries of their own. A linked title field is
    another rule's (``_title_field_value`` leaves it); a value of one word names nothing."""
    for inl in inlines:
        if inl is None or inl.links:
            continue
        label = _clean_title(_field_label(inl))
        if not label or not _TITLE_FIELD.match(label):
            continue
        value = _split_label(inl.plain.split("\n", 1)[0])[1].strip().strip("\"'“”「」『』 ")
        value = " ".join(value.split())
        if _is_meaningful(value) and (len(value.split()) >= 2 or _has_cjk(value)):
            return value
    return ""


def _names_a_paper(heading: str, min_words: int = 5) -> bool:
    """A link-less heading that reads as a work's title (``EchoONE: Segmenting Multiple … in One Model``):
    five words or more (``min_words``: three for ``Hyperbolic Busemann Neural Networks`` when its record links an
    article), not a numbered section, not a label, not a term named in two languages
    (``### 결정 트리 <sup>Decision Tree, DT</sup>``: a lecture's topic, its bullets notes on the method), nor a
    course's numbered unit (``### Topic 1: Multimodal Vision-Language & Pathology``, ``unit_numbered_heading``), nor
    a plan's numbered part or ranked choice (``### Priority 1: MotionBERT (Pretrain-Finetune) -- Highest Expected
    Impact``, ``numbered_part_label``: a recommendation names the method to try, no work)."""
    t = strip_section_number(_clean_title(heading))
    if t == _clean_title(heading) and (tagged := year_venue_tagged_heading(t)) is not None:
        # "EMS-NET（2021，EMBC）粗粒度…的多尺度网络", "**Title**（2023，JBHI）": a reader's note heads the paper it
        # read by its title and where it appeared; the tag names a published work, so a shorter title or one in
        # Chinese script (``_MIN_TAGGED_CJK_CHARS`` ideographs) is still that work's
        rest = tagged[0]
        return names_work(rest, min_words=3) or sum(map(_is_cjk, rest)) >= _MIN_TAGGED_CJK_CHARS
    # ("### Objective : mimic the structure of noise when there are :": a heading closed by a colon introduces the
    # list under it, however title-like its words; the cleaned title has lost that colon, so the heading is asked)
    return t == _clean_title(heading) and names_work(t, min_words=min_words) and not t.endswith(_COLONS) \
        and not colon_closed(heading) \
        and not glossed_term(t) and not unit_numbered_heading(t) and not numbered_part_label(t)


#: the fewest ideographs of a heading's title, beside its year-and-venue tag, that make it a work's (``_names_a_paper``)
_MIN_TAGGED_CJK_CHARS = 6


def _works_over_their_own_links(node: _Node) -> bool:
    """``### Random Walk & Embedding Methods`` / ``* **KGML-xDTD: Knowledge Graph Machine Learning Framework**`` /
    ``  * Authors: …`` / ``  * [Paper (GigaScience, 2023)](…) | [Code](github…)``: a bullet that says its own
    "Name: subtitle" and carries a sub-list of links of its own is a work listed under the heading, with its own
    record; a record's "label: value" field says its value on its own line (a label left without a value over its
    sub-list of links, "- 数据：" / "  - [Link](…)", stays a field)."""
    for c in node.children:
        if c.kind != "Item":
            continue
        own = _inline([x for x in c.children if x.kind != "List"])
        if not _is_meaningful(_split_label(own.plain.split("\n", 1)[0])[1].strip()):
            continue
        if any(x.kind == "List" and any(inl is not None and inl.links for inl in _item_inlines(x)) for x in c.children):
            return True
    return False


def _opens_bibtex_record(text: str) -> bool:
    """``text`` opens with a BibTeX record's kind and its brace: "@article{", "@inproceedings {"."""
    text = text.lstrip()
    brace = text.find("{", 1, 24) if text.startswith("@") else -1
    return brace > 3 and text[1:brace].strip().isalpha()


#: a code block's info string naming BibTeX ("```bibtex", "```bib", "``` BibTeX"), or LaTeX, which lists also use
_BIBTEX_INFO = frozenset({"bibtex", "bib", "biblatex", "latex", "tex"})


def placeholder_titled(e: Entry) -> bool:
    """``- [Title of the work]()``: the entry's title is a link whose URL the writer left for later (its
    ``EMPTY_LINK_FIELD``), so the line names one work even without a link."""
    return any(label == EMPTY_LINK_FIELD and clean_title(value) == e.title for label, value in e.fields)


def _bibtex_block(node: _Node) -> bool:
    """A code block that holds BibTeX records: its info string says so, or (no info) its text opens with "@kind{"."""
    info = node.attrs.get("Fenced") if isinstance(node.attrs, dict) else None
    if isinstance(info, str) and info.strip():
        return info.split()[0].strip("{}.").lower() in _BIBTEX_INFO
    first = next((c.text for c in node.children if c.kind == "text" and c.text.strip()), "")
    return first.lstrip().startswith("@")


#: the first word of a shell command a code README tells its reader to run ("pip install -r requirements.txt",
#: "python train.py --config …", "git clone …", "CUDA_VISIBLE_DEVICES=0 torchrun …")
_SHELL_COMMANDS = frozenset("""pip pip3 python python3 conda mamba git bash sh cd docker accelerate torchrun deepspeed wget
    curl make export source nnunetv2_train""".split())
_SHELL_INFO = frozenset({"bash", "sh", "shell", "console", "zsh", "shell-session"})


#: a code block's info string that marks its text as plain prose ("```text", "```txt"), as no info string does
_TEXT_INFO = frozenset({"text", "txt", "plain", "plaintext", "none"})
#: the most characters of a code block read as one work's reference (a reference is a few lines)
_REFERENCE_BLOCK_CHARS = 2000
#: the most characters of a code block read for a list of references (``_Reader.code_block_references``)
_REFERENCE_LINES_BLOCK_CHARS = 20000
#: the fewest distinct words of a heading's title whose work a code block may give the reference of
_REFERENCE_BLOCK_WORDS = 5
#: the share of those words the code block must repeat (its title as the reference spells it)
_REFERENCE_BLOCK_SHARE = 0.8


def _runs_shell_commands(node: _Node) -> bool:
    """A code block of shell commands: its info string names a shell, or its first line (past a ``$`` prompt and
    ``VAR=value`` settings) starts with a command that installs or runs code."""
    if node.kind != "CodeBlock":
        return False
    info = node.attrs.get("Fenced") if isinstance(node.attrs, dict) else None
    if isinstance(info, str) and info.strip() and info.split()[0].strip("{}.").lower() in _SHELL_INFO:
        return True
    first = next((c.text for c in node.children if c.kind == "text" and c.text.strip()), "")
    line = first.lstrip().split("\n", 1)[0].strip()
    if _pinned_requirement(line):
        return True
    words = [w for w in line.split() if w != "$" and "=" not in w]
    return bool(words) and words[0].lower() in _SHELL_COMMANDS


#: the operators by which a requirements file pins a package to a version ("numpy==1.24.3", "torch>=2.0.1")
_PIN_OPERATORS = ("==", ">=", "~=")


def _pinned_requirement(line: str) -> bool:
    """``numpy==1.24.3``: a code block opened by a package pinned to its version, a requirements file the README
    tells its reader to install ("Please install the following requirements:"), as a ``pip install`` line does. One
    word, the package's name (letters, digits, ``-``, ``_``, ``.``) then the operator and a version opening with a
    digit; "a == b" in prose or code has spaces or no version."""
    if " " in line or len(line) > 100:
        return False
    for op in _PIN_OPERATORS:
        name, sep, version = line.partition(op)
        if sep:
            return bool(name) and name[0].isalpha() and all(c.isalnum() or c in "-_." for c in name) \
                and version[:1].isdigit() and all(c.isalnum() or c in ".*+-" for c in version)
    return False


def _title_key(title: str) -> str:
    """A title's words, case, marks and spacing aside: ``{fastMRI}: An Open Dataset and Benchmarks for Accelerated
    {MRI}`` (BibTeX braces) and ``fastMRI: An open dataset and benchmarks for accelerated MRI`` are one title."""
    return textkey.alnum_key(_clean_title(title))


#: the fewest words of a heading that titles a work whose links sit in sub-headings (a topic is a word or two)
_WORK_HEADING_WORDS = 4


#: the block children a list item may hold; an item with none of them is a tight item's line of inline text
_ITEM_BLOCK_KINDS = frozenset(("Paragraph", "List", "Heading", "Table", "BlockQuote", "CodeBlock", "HtmlBlock",
                               "Rule", "ThematicBreak", "FootnoteDefinition", "MetadataBlock", "DefinitionList"))


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
        # the link-less title lines of a paper log filed under year headings (``year_filed_title_lines``), by id
        self.year_filed_titles: set[int] = set()
        # the titles of such lines under a kind label ("Paper"), cleaned of quotes and numbers, by id
        self.label_filed_titles: dict[int, str] = {}
        # the link-less titles read as items of a plain reading list (``blocks.bare_dated_title``)
        self.url_list_bare_titles: set[int] = set()
        self.h1_sections: set[int] = set()  # ``id`` of the H1 headings a page uses for its sections
        self.page_runs_code = False  # the page tells its reader to run shell commands: a project's code README
        self.title_h1_node: _Node | None = None
        self.opening_h1: _Node | None = None  # the H1 that opens the page, maybe a survey's linked title (``title_paper``)
        self.tagline_node: _Node | None = None  # the list's subtitle heading right under its title (``_tagline_heading``)
        self.out: list[Entry] = []
        self.list_diags: list[Diagnostic] = []
        self.section_level = 0  # level of the heading that opened the current section
        self.section_heading: _Node | None = None
        self.section_heading_inline = _Inline()  # its inline content, read once (a section may need it thrice)
        self.section_is_doc = False  # the section is about the list itself ("Contributing", "License")
        self.section_heading_line = 0
        self.section_entries = 0
        # (the section heading, index in ``out``, entry) of a "**Paper:** "Title" (byline)" record awaiting its code
        self.byline_paper: tuple[_Node | None, int, Entry] | None = None
        self.section_first_out = 0  # index in ``out`` of the first entry read in the current section
        self.section_linked_items = 0  # entries with links read from the section's body (not its heading)
        self.section_figures = 0  # HTML blocks of the section that are only a figure (``_figure_only``)
        # levels of the sibling sections read so far whose bodies held linked entries: topics, not works' titles
        self.topic_levels: set[int] = set()
        self.section_paras: list[_Node] = []
        self.pseudo: Heading | None = None  # bold paragraph acting as a sub-heading
        self.last_table: list[str] | None = None  # the headers of the table just read (its rows may go on)
        self.heading_entry_linked = False  # the last flush made the section's heading a linked entry
        self.title_link_sections = 0  # sections read as "Title" / "论文地址：[url](url)" records (``_title_link_records``)
        self.title_link_page = False  # some run of the page's paragraphs is two such records or more
        self.note_anchor = -1  # the entry a lone reference paragraph made; the list after it notes on it
        self.resources_anchor = -1  # the paper a project page's "Reference" part cited, under its "Resources" part
        self.previous_block: _Node | None = None  # the block before the one being read (a list's lead-in paragraph)
        self.clause_list = False  # the list being read completes the sentence of the paragraph over it
        self.record_level = 0  # level of the linked heading whose sub-sections are the parts of its entry
        self.field_headings: list[tuple[_Node, _Inline]] = []  # "#### Link：…" / "#### Code：…" under "#### Title"
        self.heading_record_level = 0  # level of the last heading that was itself an entry (its siblings may be)
        # a reading note's record (``noted_title_record``) held until the link line below its notes is read
        self.pending_noted: tuple[list[tuple[_Node, _Inline]], str, list[_Node]] | None = None
        # what that record was read from, to read it again as a section's lines (``unhold_noted_intro``): the list of
        # notes, its depth and the section's paragraphs before it
        self.pending_noted_source: tuple[_Node, int, list[_Node]] | None = None
        # the list a heading's record was read from (``titled_record``) and that record's place in ``out``
        self.record_list: tuple[_Node, int] | None = None
        # the BibTeX records of the current section that cite the work its heading names, held until the section
        # is read (``bibtex_records``): the heading's record takes them, else each is an entry of its own
        self.section_bib: list[tuple[_Draft, tuple[Heading, ...]]] = []
        # the plain text of the heading right above the current section, one level up, when that heading's own
        # section was bare (no line, no entry read from it): a work's title over its "### General information"
        self.bare_parent_heading = ""

    # -- positions
    def line_of(self, offset: int) -> int:
        return bisect.bisect_right(self.line_starts, offset)

    def end_line_of(self, end_offset: int) -> int:
        """The line of a node's last character that is no white space: a list's or a block's range runs
        on over the blank lines after it (at the end of a file, its last entry ended on a blank line, one
        more than with no final blank line)."""
        data, i = self.data, min(end_offset, len(self.data)) - 1
        while i > 0 and data[i] in b" \t\r\n":
            i -= 1
        return self.line_of(max(i, 0))

    def raw(self, start: int, end: int) -> str:
        return self.data[start:end].decode("utf-8", "replace")

    def link_in(self, inl: _Inline, link: _RawLink) -> Link:
        """An entry's link from a raw link of ``inl``: its label (the link's text or the ``label:`` before it)
        and its line."""
        return Link(url=link.url, label=_link_label(inl.plain, link, inl.links), line=self.line_of(link.offset), text=link.text,
                    cited=link.cited)

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
        # "Backbone" / "========" … "MedTator" / "========": a page with several H1 headings and no other level
        # uses H1 for its sections, as other lists use "## ": a section's lone record is read as under "## "
        # (a list with "## " sections keeps its H1s for its title and its about parts: "# Awesome X" … "# Credits";
        # an H1 opening the page is its title, the prose under it no record: "# Curai Research" / "This repository …")
        # (a heading over a part about the list itself, "## License" after the last section, is no level of its own)
        if len(h1s) >= 2 and all(c.kind != "Heading" or c.attrs and c.attrs.get("level") == "H1"
                                 or is_document_section(_inline(c.children).plain) for c in root.children):
            self.h1_sections = {id(h) for h in h1s if h is not first_block}
        # "# 1. Patch-Free 3D Medical Image Segmentation …" / "# 2. Mixed Transformer U-Net …": H1s numbered as
        # records, each naming a work, are a publications page's records; none (not the first) titles the page
        h1_records = len(h1s) >= 2 and all(_numbered_title_heading(h) for h in h1s)
        if h1_records:
            self.h1_sections = {id(h) for h in h1s}
        elif _numbered_records_under_title(h1s, first_block):
            # "# Replicate-Google-flu-study" / "# 1. Detecting influenza epidemics using …" / "Authors" / "Nature …"
            # / "# 2. The Parable of Google Flu: …": the page's title, then H1s numbered as records, each naming a
            # work: the records are sections as above, the title stays the page's
            self.h1_sections = {id(h) for h in h1s[1:]}
        elif _numbered_part_headings(h1s):
            # "# 1. Datasets" … "# 3. Assessment" / "Title (*J. Chem. Inf. Model.* 2019) [[Paper](…)]": numbered
            # parts, the first among them, are the page's sections, whatever deeper headings some of them hold
            self.h1_sections = {id(h) for h in h1s}
        self.page_runs_code = any(_runs_shell_commands(c) for c in root.children)
        # "### 本体" / "Title" / "论文地址：[url](url)" … "### 预训练模型" / two such records: the page writes its works
        # as title paragraphs over paper link lines, so a section's lone such record (its title and its link line,
        # nothing else: "### MedMentions" / "数据集描述：…" / "[数据集地址](…)" / "[论文地址](…)" is the heading's)
        # is one too, before those sections as after them (``title_link_sections`` counts only the sections read)
        self.title_link_page = _writes_title_link_records(root.children)
        # '<div align="center">' / "# Awesome X": a centred banner's HTML before the H1 leaves it the page's title
        lead = [c for c in root.children if c.kind != "HtmlBlock"]
        # the H1 opening the page (after a banner's HTML) titles it, even when more H1s follow as parts
        self.opening_h1 = h1s[0] if h1s and not h1_records and (first_block is h1s[0] or lead[:1] == h1s[:1]) else None
        if len(h1s) == 1 and (first_block is h1s[0] or lead[:1] == h1s[:1]):
            self.title_h1 = analyse_heading(_inline(h1s[0].children).plain, 1)
            self.title_h1_node = h1s[0]
            self.tagline_node = _tagline_heading(lead)
        for node in regroup.top_level(root.children, self.data, self.line_starts, self.title_h1_node):
            self.block(node, depth=0)
        self.close_section(next_level=0)
        return self.out

    def folded_record(self, node: _Node) -> None:
        """One record from a ``FoldedRecord`` block: the title line (or the heading) its title, the links of
        the heading, the title line and the links part (``### Links``) its links, the text of the other
        parts (description bullets, a citation) its description."""
        h = node.children[0]
        self.heading(h)
        level, heading_inline = self.section_level, self.section_heading_inline
        d = _Draft(line=self.line_of(h.start), end_line=self.end_line_of(node.end), start_byte=h.start,
                   end_byte=node.end)
        seen: set[str] = set()

        def take(inl: _Inline) -> None:
            for link in inl.links:
                if not link.image and link.url not in seen:
                    seen.add(link.url)
                    d.links.append(self.link_in(inl, link))

        take(heading_inline)
        title = ""
        folded = in_links = False
        for b in node.children[1:]:
            if b.kind == "HtmlBlock":
                folded = True
                continue
            if b.kind == "Heading":
                in_links = _links_part(b)
                continue
            if b.kind == "List":
                inls = [_inline([x for x in c.children if x.kind != "List"]) for c in _walk_items(b)]
            elif b.kind == "Paragraph":
                inls = [_inline(b.children)]
            elif b.kind == "BlockQuote":
                inls = [_blockquote_inline(b)]
            else:
                continue
            for inl in inls:
                text = inl.plain.strip()
                if not folded and not title and _is_meaningful(_clean_title(text)):
                    title = text  # the title line
                    take(inl)
                    continue
                # the links part, or a line of labelled links in another part ("### Abstract" / … / "[Code](…)")
                links = in_links or b.kind == "Paragraph" and bool(inl.links) and _role_link_line(inl)
                if links or not folded:
                    take(inl)
                if text and not (links and inl.links and not _is_meaningful(_prose(inl))):
                    d.description.append(text if not inl.links else _prose(inl))
        d.title = _drop_closing_stop(_clean_title(title)) if title else _clean_title(heading_inline.plain)
        if not title:
            d.title = strip_section_number(d.title)
        topic = self.current_topic()
        self.finish(d, topic[:-1] if topic else topic)
        # the fold closed the record: what follows belongs to the section around it
        while self.topic and self.topic[-1].level >= level:
            self.topic.pop()
        self.section_heading = None
        self.section_heading_inline = _Inline()
        self.record_level = 0
        self.section_is_doc = False
        self.section_paras = []
        self.heading_entry_linked = False

    def summary_record(self, node: _Node) -> None:
        """One paper from a ``SummaryRecord`` (``regroup.summary_records``): the ``<summary>`` read as the
        Markdown it holds (title, authors, ``[[pdf]](…)``) like a list item, the blocks of the fold (the
        abstract, ``**arXiv ID:** …``, a code URL in the text) its description and further links."""
        summary = node.children[0]
        parts = [part for part in node.children[1:-1] if not regroup.is_html_comment(part)]
        inl = _inline([_html_as_markdown(summary, bold=True)])
        if not inl.links and len(parts) == 1 and parts[0].kind == "List" and self.summary_field_record(summary, inl, parts[0]):
            return
        part_inlines = [_blockquote_inline(part) if part.kind == "BlockQuote" else _inline([part])
                        for part in parts if part.kind != "CodeBlock"]
        if not inl.links and (not any(p_inl.links for p_inl in part_inlines) or _generic_fold_label(inl.plain)):
            # "<details open><summary>Browse the reading list</summary>" / a table of contents: a fold, no paper
            # ("#### Authors (2023). Title. Journal. doi…" / "<details><summary>summary</summary>" / "… available at
            # the GitHub repository: https://github…" / "</details>": a fold named only "summary" folds the notes of
            # the work above it, read as that work's following paragraphs)
            for part in parts:
                self.block(part, 0)
            return
        self.pseudo_from_pending()
        d = _Draft(line=self.line_of(node.start), end_line=self.end_line_of(node.end), start_byte=node.start,
                   end_byte=node.end)
        self.fill_from_inline(d, inl)
        for p_inl in part_inlines:
            d.description.append(p_inl.plain.strip())
            d.links.extend(self.link_in(p_inl, link) for link in p_inl.links if not link.image)
        self.finish(d, self.current_topic())

    def summary_field_record(self, summary: _Node, inl: _Inline, lst: _Node) -> bool:
        """``<details>`` / ``<summary>AlphaFold2</summary>`` / ``- **Paper:** [Title](nature…) (Nature, 2021)`` /
        ``- **Code:** https://github…`` / ``- **Approach:** DL`` / ``</details>``: a fold named by a tool whose one
        list is all "label: value" fields, one of them the paper's with its link, is one record, as the same
        fields under a heading are (``titled_record``): the summary its name, the fields its links and facts.
        Read as items, each field would be an entry of its own and the paper parted from its code."""
        inlines = _field_list_inlines(lst)
        items = [x for x in inlines or () if x is not None]
        if not items or not all(_field_label(x) for x in items) \
                or not any(x.links and field_role(_field_label(x)) == "paper" for x in items) \
                or _is_toc(lst, self.topic):
            return False
        self.pseudo_from_pending()
        self.emit_block([(summary, inl)], title=inl.plain, field_list=(lst, inlines))
        return True

    def block(self, node: _Node, depth: int) -> None:
        if self.take_noted_link_line(node):
            return
        k = node.kind
        previous, self.previous_block = self.previous_block, node
        # "This repository is structured to:" / "- Provide easy access …": the list's link-less items finish the sentence
        self.clause_list = k == "List" and previous is not None and previous.kind == "Paragraph" \
            and opens_clause_list(_inline(previous.children).plain)
        if self.field_headings and k != "Heading":
            self.emit_field_headings()
        if k != "Table" and k != "Paragraph":
            self.last_table = None
        if k == "Heading":
            self.heading(node)
        elif k == "FoldedRecord":
            self.folded_record(node)
        elif k == "SummaryRecord":
            self.summary_record(node)
        elif k == "List":
            self.heading_entry_linked = False
            if (field_line := lone_title_field_item(node)) is not None:
                # "- **1.题目：Title**" / "连接：https://arxiv…" / "代码连接：https://github…": a bulleted title field over
                # its field paragraphs is read as the paragraph it opens (``plain_title_field_over_link_paragraph``)
                self.section_paras.append(field_line)
                return
            if self.labelled_byline_heading_over_field_list(node):  # "### 1. Title" / "**Authors:** …" / "- [PDF Link](…)"
                return
            if self.quoted_paper_field_record(node):  # "### Nickname" / '**Paper**: "Title"' / "- **DOI**: …"
                return
            if self.title_field_identifier_list(node):  # "**Title**: …" / "**Identifiers**:" / "- DOI: [id](doi…)"
                return
            if self.bold_titled_record(node):  # "**Title**" / "- 论文：https://…" / "- 代码：https://…"
                return
            if self.described_title_over_role_fields(node):  # "1、[Title](…)" / a note / "- 文章链接：https://doi…"
                return
            if self.bold_lead_over_pointer_link(node):  # "**Title (2024)** — Authors. Note:" / "- [Link](…)"
                return
            if self.bold_title_venue_year_over_link_item(node):  # "1、**Title.** Venue 1997" / "- [ ] [译名](pdf)"
                return
            if self.titled_record(node):  # before the pending lines (an author line) are read on their own
                return
            if self.linked_heading_record(node):  # "### Title (PMID: [n](pubmed…))" / "- Authors: …" / "- Code: […](…)"
                return
            if self.bare_link_record(node):  # "# Title" / "- https://arxiv…" / "- https://github…"
                return
            if self.noted_title_record(node):  # "###### Title" / "- a note" / "- another note": one work's notes
                self.pending_noted_source = (node, depth, self.pending_noted_source[2])
                return
            if self.tag_led_record(node):  # "[JBHI-2024] Title" / "- https://arxiv…" / "- Code: [github](…)"
                return
            if self.title_line_over_bare_links(node):  # "WikiChat Grounding" / "- https://arxiv…" / "- https://github…"
                return
            if self.link_card_over_title_byline(node):  # "LD. *CVPR 2022*." / "[[arXiv](…)]" / "- Title" / "- A and B"
                return
            # "Authors. [Title](…). *Venue* (2020)." / "  * [GitHub Repository](…)": a short list of code and data
            # links right under a reference paragraph is that reference's own links
            notes = self.code_notes_paragraph(node)
            n = len(self.out)
            line_item = None if notes is not None else self.linked_line_over_notes(node)
            if line_item is not None:
                # "[MIMIC-IV](nature…) | [dataset](physionet…)" / "  - Contains ICU-only EHR data …": the linked line
                # is the work's item, the link-less bullets it runs into are notes on it
                self.section_paras.pop()
                self.pseudo_from_pending()
                self.emit_item([(line_item, _inline(line_item.children))])
                self.heading_entry_linked = len(self.out) > n
            else:
                self.pseudo_from_pending(notes)
            if notes is not None and self.note_anchor < 0 and len(self.out) > n \
                    and self.out[-1].end_line == self.end_line_of(notes.end) and _cites_record(self.out[-1].links):
                self.note_anchor = len(self.out) - 1
            if not self.heading_entry_linked and len(self.out) > n and self.out[-1].links \
                    and self.out[-1].end_line == self.line_of(node.start) - 1 and _cites_record(self.out[-1].links):
                # "**Title**" / "[Authors. Venue (2021).](doi…)" / "- a point on the work" (the list interrupting
                # the reference paragraph): its link-less bullets are notes on that reference, not references
                self.heading_entry_linked = True
            if not self.heading_entry_linked and len(self.out) > n and previous is not None \
                    and previous.kind == "Paragraph" and self.out[-1].end_line == self.line_of(node.start) - 1 \
                    and self.linkless_list(node) and _linkless_reference_entry(self.out[-1]) \
                    and not any(_plain_reference(_inline(item.children).plain) for item in node.children):
                # "penzel t, moody gb, … the apnea-ecg database. comput cardiol. 2000;27:255-258." / "- physionet
                # apnea-ecg database. small but classic benchmark": a reader's link-less bullets interrupting a
                # link-less reference paragraph are notes on that reference, not references (unless they cite)
                self.heading_entry_linked = True
            if not self.heading_entry_linked and previous is not None and previous.kind == "List" \
                    and previous.children and self.out \
                    and self.out[-1].line >= self.line_of(previous.children[-1].start) \
                    and not self.raw(previous.end, node.start).strip() \
                    and placeholder_titled(self.out[-1]) and self.linkless_list(node):
                # "+ [Title]()<br>" / "1. Motivation: …" / "2. Use both …": a numbered list of the reader's notes
                # interrupting the bullet whose title waits for its URL ends that list, yet its link-less items are
                # notes on that work, as they would be nested under it, not references (a blank line between, in a
                # loose list, changes nothing)
                self.heading_entry_linked = True
            if self.heading_fields(node):
                return
            anchor, self.note_anchor = self.note_anchor, -1
            own_name = ""
            if anchor < 0 and self.resources_anchor >= 0:
                # "#### Resources" / "- [Code](github…)": the project paper's code; "- [Code (NRL)](…)" names another
                anchor, own_name = self.resources_anchor, short_name(self.out[self.resources_anchor].title) or "\0"
            # "#### 1. [Title](…)" / "Materials: [pdf](…)" / "- Propose a novel …": once the heading became
            # a linked entry, the link-less bullets after it are notes on that entry, not references
            self.list_(node, depth, under_linked=self.heading_entry_linked, note_anchor=anchor, note_name=own_name)
        elif k == "Table":
            if self.heading_fact_table(node) or self.heading_record_table(node):
                return
            self.pseudo_from_pending()
            self.table(node)
        elif k == "Paragraph" and previous is not None and previous is self.section_heading \
                and self.wrapped_heading_line(node, previous):
            return  # "### 5. GDP-GFCF Dynamics …: A Comparative Study of Panel" / "  Regressions and Random Forest"
        elif k == "Paragraph" and self.record_link_fields(node, previous):
            return  # "### Title" / "- Paper: …" / "- notes" / blank / "**论文链接**：[arXiv](…)": the record's links
        elif k == "Paragraph" and self.last_table is not None and self.orphan_rows(node):
            return  # "| Title | … | [code](…) |" after a blank line: a row of the table above, not prose
        elif k == "Paragraph" and self.loose_table(node):
            return  # "| || |" / "|:-:||:-:|" / "| [Title](…) | [Title](…) |": a table GFM leaves a paragraph
        elif k == "BlockQuote" and previous is not None and previous.kind == "List" and self.quoted_fields(node):
            return  # "- [tool](github…)" / ">- License: MIT" / ">- Tags: …": the item's own fields, set apart
        elif k == "BlockQuote" and previous is not None and previous.kind == "List" \
                and self.dedented_item_reference(node, previous):
            return  # "- [MultiQC](pubmed…)" / "> Ewels P, … doi: …": the item's reference, written at the margin
        elif k == "BlockQuote" and any(c.kind in _QUOTE_STRUCTURE for c in node.children):
            # "> #### ACL: [Title](…)" / ">> Authors: …": a list written inside a quote; the quote only
            # indents it, its headings still open sections and its blocks are read as at top level.
            # "> [!NOTE]" / "> - [Title](…)": a GitHub alert callout or a quote holding a list or a table
            # the same: its bullets and rows are the list's entries, its marker line is nothing
            stack = list(reversed(node.children))
            fields = _leading_label_over_url_quote(node)
            if fields is not None:
                # "> github:" / "> https://github…" / "> paper: MICCAI2023" / "> https://arxiv…" / "> csdn：" /
                # "> - [a blog post](…)": the fields before the quoted list stay one label-over-URL quote, the
                # heading record's links (``quoted_label_over_url_fields``); the list after them is read as usual
                self.section_paras.append(fields)
                del stack[len(stack) - len(fields.children):]
            while stack:
                c = stack.pop()
                if c.kind == "BlockQuote":  # ">> Authors: …" / ">> Code: [github](…)": the entry's own lines
                    stack.extend(reversed(c.children))
                elif not (c.kind == "Paragraph" and _is_alert_marker(_inline(c.children).plain)):
                    self.block(c, depth)
        elif k == "Paragraph" and self.report_reference_line(node):
            return  # "#### 1.2.1 BioDEX: …" / "**Study:** D'Oosterlinck et al. (2023) - "BioDEX: …"": its work
        elif k == "Paragraph" and sibling_index_links(node):
            # "📌 **同领域跨会议浏览：** [CVPR2026](../../CVPR2026/…/index.md) · …": the site's navigation, no work
            self.list_diags.append(self.diag(self.line_of(node.start), "skipped-toc",
                                             "line of links to the site's other index pages skipped", "info"))
        elif k == "Paragraph" and self.pasted_bibtex_records(node):
            pass  # "@article{key," / "  title={…}," / … / "}": BibTeX records pasted as text, no code fence
        elif k == "BlockQuote" and (quoted := quoted_bare_address(node)) is not None:
            # "## 06. Title (2018)" / "> https://sci-hub.tw/10.1109/…": a quote that only indents a bare address is
            # that address's line (``quoted_bare_address``), read as the unquoted one is
            self.section_paras.append(quoted)
        elif k == "BlockQuote" and (pieces := quoted_lone_link_paragraphs(node)) is not None:
            # "> [Title A](github…)" / ">" / "> [Title B](github…)": a quote of lone linked lines parted by quoted
            # blank lines, read as one quote per line (``quoted_lone_link_paragraphs``)
            self.section_paras.extend(pieces)
        elif k == "Paragraph" and self.byline_paper is not None and self.byline_paper_code(node):
            pass  # "**Code:** https://github…" under a "**Paper:** "Title" (byline)" section: that work's code
        elif k == "BlockQuote" and (split := _quoted_numbered_references(node)) is not None:
            # ">Title, https://scholar…" / ">[60] Authors. 2018. Title. Scientific data 5, 1 (2018), 1–13.,
            # https://www.nature.com/articles/…": a line of the paper's own bibliography a reader quotes is the
            # reference it is, read as unquoted; the quote's other lines stay the quote they were
            rest, pieces = split
            if rest is not None:
                self.section_paras.append(rest)
            self.section_paras.extend(pieces)
        elif k in ("Paragraph", "BlockQuote"):
            self.section_paras.append(node)
        elif k == "HtmlBlock":
            html = "".join(c.text for c in node.children)
            if self.section_is_doc and _opens_bibliography_div(html):
                # "## Contact" / … / '<div id="refs" class="references">': a rendered README's bibliography, put
                # after its last section; the section's own prose is read as before, the references after it as
                # references, not as more prose about the list
                self.flush_paragraph_blocks(final=False)
                self.section_paras = []
                self.section_is_doc = False
            if _figure_only(html):
                self.section_figures += 1  # '<img src="figs/toothnet.png">' under "## ToothNet: …": the work's figure
            if "href" in html or typed_md_link(html) and not html.lstrip().startswith("<!--") \
                    or "://" in html and "<li" in html and not html.lstrip().startswith("<!--") \
                    or "csl-entry" in html and not html.lstrip().startswith("<!--") \
                    or "<li" in html and not html.lstrip().startswith("<!--") and _html_reference_items(html):
                # (or '<div class="csl-entry">Author. “Title.” <i>Venue</i>, 2020, doi:10.…</div>': a reference
                # manager's bibliography, its identifiers written as text)
                # (or "<li>"Title" by A. Dwivedi, et. al.<br/>https://…</li>": items whose addresses are bare text)
                # (or '<li>A. Lee, <b>B. Chen*</b>. "Title". <b>Medical Image Analysis</b>, 2024.</li>': a publication
                # page's link-less references written as HTML list items, ``_html_reference_items``)
                # (or "<tr><td>[Title](https://doi.org/…)<br>…</td>": rows whose links are Markdown typed in HTML;
                # not a comment's, "<!-- [中文版本](…) -->": hidden text, no rows)
                # "<img src='paper.png'/> <a href=…>Article</a>" / "<td><a href=…><img src='code.png'/></a></td>":
                # an icon beside every link looks like a row of badges, yet rows or items with prose are entries
                badges = _only_badges(html)
                if not self.html_block(node, html, badges) and not self.banner_papers(node, html) and not badges:
                    self.list_diags.append(self.diag(self.line_of(node.start), "html-skipped",
                                                     "HTML block with links not read as entries", "info"))
            elif "://" in html and not html.lstrip().startswith("<!--"):
                # "</p>" / "A caption … [1]." / "[1] Russell, J. A. (1980). Title. Journal, 39(6). https://doi.org/…
                # <br/>": references written as text lines of an HTML block (``html_reference_lines``)
                self.html_reference_lines(node, html)
        elif k == "CodeBlock" and _bibtex_block(node):
            self.bibtex_records(node)
        elif k == "CodeBlock" and self.heading_reference_block(node):
            # "### Title" / "[![](figure.png)](paper.pdf)" / "```" / "Authors (2021). Title. Journal. doi:10.…" / "```":
            # the reference of the work the heading titles, set in a code block: held, as that work's BibTeX is, to
            # lend the heading's record its identifiers when the section is read (``settle_section_bib``)
            texts = [c for c in node.children if c.kind == "text"]
            line = self.line_of(texts[0].start)
            d = _Draft(line=line, end_line=self.end_line_of(texts[-1].end), start_byte=texts[0].start,
                       end_byte=texts[-1].end)
            d.title = _clean_title(self.section_heading_inline.plain)
            d.fields.append(("identifiers", " ".join(" ".join(c.text for c in texts).split())))
            self.section_bib.append((d, self.current_topic()))
        elif k == "CodeBlock":
            # "## Publications" / "```" / 'Joshi, Raviraj. "Title." arXiv preprint arXiv:2202.01159 (2022).' / "" /
            # "Patil, Parth, et al. "Title." …" / "```": a project's publication list set in a plain code block
            self.code_block_references(node)
        # other code blocks, Rule, footnotes: not entries

    def heading_reference_block(self, node: _Node) -> bool:
        """``### Title`` / ``[![](assets/figure.png)](assets/paper.pdf)`` / ```` ``` ```` / ``Authors (2021). Title.
        Journal, 29, e100. doi:10.…`` / ```` ``` ````: a lab's publication page sets each work's reference in a plain
        code block (no info string, or a text one) under the heading that titles the work. A block that repeats the
        heading's title (a long one, ``_REFERENCE_BLOCK_TITLE``), in a titled section no entry was read from yet, is
        that heading record's reference: read with the section's lines, so that its DOI, PMID or arXiv id are the
        record's identifiers → True. Why: code blocks are no text of any entry, and every such page lost all its
        identifiers. Code (a shell command, BibTeX, a block that names another work or none), a long block, or a
        block under a short topic heading ("### Usage") stays no part of any entry."""
        info = node.attrs.get("Fenced") if isinstance(node.attrs, dict) else None
        if isinstance(info, str) and info.strip() and info.split()[0].strip("{}.").lower() not in _TEXT_INFO:
            return False
        h = self.section_heading
        if h is None or h is self.title_h1_node or self.section_level < 2 or self.section_is_doc \
                or self.section_entries or _runs_shell_commands(node):
            return False
        texts = [c.text for c in node.children if c.kind == "text"]
        if not texts or sum(map(len, texts)) > _REFERENCE_BLOCK_CHARS:
            return False
        title = set(textkey.words(_clean_title(self.section_heading_inline.plain)))
        if len(title) < _REFERENCE_BLOCK_WORDS:
            return False
        body = "".join(texts)
        # (the title as the reference spells it: "Multiple uses of app …" under "### Multiple uses of an app …")
        return len(title & set(textkey.words(body))) >= _REFERENCE_BLOCK_SHARE * len(title) \
            and bool(find_dois(body) or find_arxiv(body) or find_pmids(body))

    def code_block_references(self, node: _Node) -> bool:
        """The references of a plain code block (no info string, or a text one) that holds only whole references,
        two or more, one a paragraph (or one a line when no blank line parts them): ``## Publications`` /
        ```` ``` ```` / ``Joshi, Raviraj. "L3Cube-HindBERT …." arXiv preprint arXiv:2211.11418 (2022).`` / … /
        ```` ``` ````, as entries, one a reference → True; False (nothing read) otherwise.

        Why: a project's README sets its list of publications in a code block, to keep the lines as written; code
        blocks are no text of any entry, so every paper of the list and its arXiv id were lost. Only when every
        paragraph reads as a whole reference (``_plain_reference``: a byline, a title, a year): a block of code,
        of shell commands, of prose, or a block under a citation section ("## Citation": the list's own
        reference, read as its BibTeX is) stays unread."""
        info = node.attrs.get("Fenced") if isinstance(node.attrs, dict) else None
        if isinstance(info, str) and info.strip() and info.split()[0].strip("{}.").lower() not in _TEXT_INFO:
            return False
        if self.section_heading is not None and _is_citation_section(self.section_heading_inline.plain):
            return False
        texts = [c for c in node.children if c.kind == "text"]
        if not texts or sum(len(c.text) for c in texts) > _REFERENCE_LINES_BLOCK_CHARS or _runs_shell_commands(node):
            return False
        lines: list[tuple[int, int, str]] = []
        for c in texts:
            at = c.start
            for piece in c.text.split("\n"):
                size = len(piece.encode("utf-8"))
                lines.append((at, at + size, piece))
                at += size + 1
        blank = any(not t.strip() for _, _, t in lines)
        groups: list[list[tuple[int, int, str]]] = [[]]
        for line in lines:
            if not line[2].strip():
                groups.append([])
            elif blank:
                groups[-1].append(line)
            else:
                groups.append([line])
        groups = [g for g in groups if g]
        if len(groups) < 2:
            return False
        refs = [(g[0][0], g[-1][1], " ".join(" ".join(t for _, _, t in g).split())) for g in groups]
        if not all(_plain_reference(text) for _, _, text in refs):
            return False
        self.pseudo_from_pending()
        for start, end, text in refs:
            inl = _markdown_inline(text, start)
            d = _Draft(line=self.line_of(start), end_line=self.end_line_of(end), start_byte=start,
                       end_byte=max(end, start + 1))
            self.fill_from_inline(d, inl)
            self.finish(d, self.current_topic())
        return True

    def quoted_fields(self, node: _Node) -> bool:
        """``- [scanhub](github…)`` / ``>- Languages: python`` / ``>- License: GPLv3`` / ``>- A description``:
        a quote of field bullets (``_quoted_field_list``) on the line right under the entry the list before it
        made is that entry's fields and description, no entries of their own. False (nothing done) otherwise."""
        if not self.out or self.out[-1].end_line + 1 != self.line_of(node.start):
            return False
        inlines = _quoted_field_list(node)
        if inlines is None:
            return False
        self.extend_entry(len(self.out) - 1, node, "; ".join(" ".join(inl.plain.split()) for inl in inlines))
        return True

    def linkless_list(self, node: _Node) -> bool:
        """A list with no link, bare URL nor link placeholder in its text (``[Title]()`` is one): its items
        can only be prose (read on the raw text, before any item's inlines are parsed)."""
        raw = self.raw(node.start, node.end)
        return "](" not in raw and "://" not in raw and "<" not in raw and "] (" not in raw

    def dedented_item_reference(self, node: _Node, previous: _Node) -> bool:
        """``- [MultiQC](pubmed…)`` / blank line / ``> Ewels P, Magnusson M, … Bioinformatics. 2016 … doi: …``: in
        a citation file whose items carry their reference as an indented quote, one quote written at the left
        margin ends the list, yet is still the last item's reference, as it would be indented: a quote that is
        one whole reference opening with its authors (``citation.authors_first_reference``), with no links of its
        own, after only blank lines under a linked item that has no quote of its own, joins that item's entry
        (its text, so its DOI and PMCID are the entry's). False (nothing done) otherwise."""
        item = previous.children[-1] if previous.children else None
        if not self.out or item is None or any(c.kind == "BlockQuote" for c in item.children) \
                or not self.out[-1].links or self.out[-1].line != self.line_of(item.start) \
                or self.raw(previous.end, node.start).strip() \
                or not all(c.kind == "Paragraph" for c in node.children) or len(node.children) != 1:
            return False
        inl = _blockquote_inline(node)
        plain = " ".join(inl.plain.split())
        if inl.links or not citation.authors_first_reference(plain):
            return False
        self.extend_entry(len(self.out) - 1, node, plain)
        return True

    def pasted_bibtex_records(self, node: _Node) -> bool:
        """``@article{okafor2021,`` / ``  title={Title},`` / ``  journal={Medical Image Analysis},`` / … / ``}``: a
        reading list that pastes each work's BibTeX record straight into the Markdown, with no code fence around it.
        Markdown reads the record as a paragraph of prose (its lines joined, "{…}" and "@" plain text), so the list's
        works gave no entries, or a heading over one took its fields' address for a web page. The paragraph's source
        text read as BibTeX (``citation.bibtex_works``) gives its records as a fenced block's do
        (``bibtex_records``) → True; a paragraph that opens with no "@kind{" record, or none of whose records
        names a work (the list's own "@misc{…, howpublished={\\url{github…}}}"), is left to the prose → False."""
        raw = self.raw(node.start, node.end)
        if not _opens_bibtex_record(raw):
            return False
        lead = len(raw) - len(raw.lstrip())
        return self.bibtex_body_records(raw[lead:], self.line_of(node.start + lead))

    def bibtex_records(self, node: _Node) -> None:
        """``## Citation`` / ```` ```bibtex ```` / ``@article{…, title={…}, journal={arXiv preprint arXiv:2101.00232}}``:
        a list cites the survey it accompanies (or the works it lists) as BibTeX records in a code block. Each
        record that names a work (``citation.bibtex_works``) is an entry at its own line: its
        title, authors, venue and year are the record's fields, its DOI and arXiv id (``doi``, ``eprint``,
        ``journal``, or DBLP's ``journal = {CoRR}`` with ``volume = {abs/…}``) its identifiers, its ``url`` its link. Code blocks are otherwise no entries."""
        texts = [c for c in node.children if c.kind == "text"]
        if texts:
            self.bibtex_body_records("".join(c.text for c in texts), self.line_of(texts[0].start))

    def bibtex_body_records(self, body: str, first_line: int) -> bool:
        """The entries of the BibTeX records in ``body`` (a code block's text, or a paragraph's source), its first
        line at ``first_line`` (``bibtex_records``) → whether any record named a work."""
        records = citation.bibtex_works(body)
        if not records:
            return False
        # "## Title" / "[arXiv](…) [Code](…)" / abstract / ```BibTeX```: a publication page's section, its heading
        # the work's record and the BibTeX that work's citation; read now, the BibTeX would take the section's
        # pending lines and the heading's record (its code, its article link) would be lost: held to the section's end
        hold = all(self.cites_section_work(r["title"].rstrip(".")) for r in records)
        if not hold:
            self.pseudo_from_pending()
        entry_at = {} if hold else self.section_title_keys()
        # "## Citation" / ```` ``` ```` / "@inproceedings{…, title={Title}}" for works the page listed above: lent to them
        listed = self.listed_works() if not hold and self.section_heading is not None \
            and _is_citation_section(self.section_heading_inline.plain) else ()
        for r in records:
            d = self.bib_draft(r, first_line + body.count("\n", 0, int(r["@at"])))
            if hold:
                self.section_bib.append((d, self.current_topic()))
                continue
            if self.lend_bib_to_section_entry(d, entry_at):
                continue
            if listed and self.lend_bib_to_listed_work(d, listed):
                continue
            self.finish(d, self.current_topic())
        return True

    def bib_draft(self, r: dict, line: int) -> _Draft:
        """One BibTeX record (``citation.bibtex_works``) at ``line`` as a record's draft: its title, authors, venue,
        year, identifiers and ``url``, marked a bibliographic record."""
        start = self.line_starts[line - 1]
        end = self.data.find(b"\n", start)
        d = _Draft(line=line, end_line=line, start_byte=start, end_byte=end if end >= 0 else len(self.data))
        d.title = r["title"].rstrip(".")
        d.authors_hint = citation.bibtex_authors(r.get("author", ""))
        venue = r.get("journal") or r.get("booktitle") or ""
        if venue:
            d.fields.append(("journal", "arXiv" if venue.lower().startswith("arxiv preprint") else venue))
        if r.get("year"):
            d.fields.append(("year", r["year"]))
        own_ids = " ".join(filter(None, [
            f"doi: {r['doi']}" if r.get("doi") else "",
            f"arXiv:{r['eprint']}" if r.get("eprint") and r.get("archiveprefix", "arxiv").lower() == "arxiv" else "",
            venue if "arxiv" in venue.lower() else "",
            # DBLP's record of an arXiv preprint: "journal = {CoRR}, volume = {abs/2407.07111}"
            f"CoRR {r['volume']}" if venue.casefold() == "corr" and r.get("volume", "").startswith("abs/") else ""]))
        if own_ids:
            d.fields.append(("identifiers", own_ids))
        d.fields.append((BIB_RECORD_FIELD, ""))
        if r.get("url", "").startswith(("http://", "https://")):
            d.links.append(Link(url=r["url"], label="url", line=line, text=r["url"]))
        return d

    def lend_item_bibtex(self, item: _Node, first: int) -> None:
        """``1. **team**`` / ``- 📄 [Cite] Title, *Authors*`` / ```` ```bibtex ```` / ``@article{…, title={Title},
        journal={arXiv preprint arXiv:2309.13839}}`` / ``- 💻 [GitHub] https://…``: a BibTeX block inside a list item
        that cites the work the item's record names (same title, ``_title_key``) gives that record the identifiers,
        venue and year it lacks, as a citation section's BibTeX gives its survey's (``lend_bib_to_section_entry``).
        Why: code blocks in an item were skipped whole, and the arXiv id written only there was lost. A record of
        another title (the team's toolkit's BibTeX under its paper) lends nothing and is an entry of its own, as a
        BibTeX record in a section is."""
        blocks = [c for c in item.children if c.kind == "CodeBlock" and _bibtex_block(c)]
        if not blocks or first >= len(self.out):
            return
        entry_at = {k: i for i in range(first, len(self.out)) if (k := _title_key(self.out[i].title))}
        for node in blocks:
            texts = [c for c in node.children if c.kind == "text"]
            if not texts:
                continue
            body = "".join(c.text for c in texts)
            first_line = self.line_of(texts[0].start)
            for r in citation.bibtex_works(body):
                d = self.bib_draft(r, first_line + body.count("\n", 0, int(r["@at"])))
                if not self.lend_bib_to_section_entry(d, entry_at):
                    self.finish(d, self.current_topic())  # another work's record: an entry, as any BibTeX record is

    def listed_works(self) -> list[int]:
        """The entries of the sections before this one that link something (the works the page lists), by their
        index in ``out``: what a citation section's BibTeX may cite again (``lend_bib_to_listed_work``)."""
        return [i for i in range(self.section_first_out) if self.out[i].links]

    def lend_bib_to_listed_work(self, d: _Draft, listed: list[int]) -> bool:
        """A BibTeX record in a citation section ("## Citation", ``_is_citation_section``) whose title is that of a
        work listed earlier on the page (``resolve.same_title``: fuzzily, an acronym spelt out) cites that work:
        the record gives the entry the fields it lacks (venue, year; its DOI or arXiv id only when the entry links
        no scholarly record) and its authors, and is no entry of its own → True; False when no listed work bears
        its title (the list's own survey, cited there alone, stays a paper).

        Why: a project README lists its group's papers ("**ICRA'24**: Title [[Paper](arxiv…)] [[Code](…)]"), then
        asks readers to cite some of them in BibTeX; each record counted as a second paper (``lend_bib_to_section_
        entry`` looks only in the record's own section)."""
        at = next((i for i in reversed(listed) if resolve.same_title(d.title, self.out[i].title)), -1)
        if at < 0:
            return False
        e = self.out[at]
        have = {label for label, _ in e.fields}
        if _cites_record(e.links):
            have.add("identifiers")  # the entry's own record: the BibTeX's ids may be another version's
        self.out[at] = replace(e, fields=e.fields + tuple(f for f in d.fields if f[0] not in have),
                               authors=e.authors or tuple(a for a in d.authors_hint if a))
        return True

    def cites_section_work(self, title: str) -> bool:
        """Whether a BibTeX record titled ``title`` cites the work the current section's heading names (same
        words, case and marks aside), in a section whose heading may be its record: a titled ``## ``-or-deeper
        heading, with prose or links under it still to read."""
        h = self.section_heading
        return h is not None and h is not self.title_h1_node and self.section_level >= 2 \
            and not self.section_is_doc and bool(self.section_paras) and self.section_entries == 0 \
            and bool(_title_key(title)) and _title_key(title) == _title_key(self.section_heading_inline.plain)

    def linked_line_over_notes(self, node: _Node) -> _Node | None:
        """``[CORAL](arxiv…) | [dataset](physionet…)`` / ``  - Expert-labeled: 20 … notes`` / ``  - Unannotated: …``:
        the pending paragraph, one line that reads as a list item (its work's linked name first, ``_item_kind``), that a
        list of link-less bullets starts right under (no blank line between: the list interrupts it) is that work's
        entry, the bullets its notes. Why: a data set list written as one linked line a work, its description as
        sub-bullets, was read as a section's introductory prose over a list of notes: every work a section opened with
        was dropped, and under a "## " heading every work of the section. A sentence running into a link, a label
        line ("[PDF](…)"), a line of several lines, or a list that links anything (works of its own) stays as it was."""
        paras = self.section_paras
        # (the line alone pending: after a work's title, byline and venue lines, "[**Project**](github…)" is a link of
        # that record, not a work of its own)
        if len(paras) != 1 or paras[-1].kind != "Paragraph" or not self.linkless_list(node):
            return None
        p = paras[-1]
        if self.line_of(node.start) - self.end_line_of(p.end) != 1 \
                or self.end_line_of(p.end) - self.line_of(p.start) > 1:
            return None
        if self.line_of(p.start) != self.end_line_of(p.end) and not _year_trailer_line(self.raw(p.start, p.end)):
            return None
        inl = _inline(p.children)
        # ("[the overview](…) of older corpora": a first word all in lower case runs a sentence on, no work's name)
        if _item_kind(inl) != 1 or (inl.links[0].text.split() or [""])[0].islower():
            return None
        return p

    def code_notes_paragraph(self, node: _Node) -> _Node | None:
        """The pending paragraph a list of code and data links (``_code_note_list``) notes on: the last one,
        when the list starts on the next line, or (indented under it) after one blank line."""
        paras = self.section_paras
        if not paras or paras[-1].kind != "Paragraph" or not _code_note_list(node):
            return None
        p = paras[-1]
        line = self.line_of(node.start)
        gap = line - self.end_line_of(p.end) - 1
        # (unindented after a blank line, only a list whose bullets label their links as code: "- [code] https://…")
        return p if gap == 0 or (gap == 1 and (regroup.line_indented(self.data, self.line_starts, line)
                                               or labelled_code_note_list(node))) else None

    # -- headings and sections
    def heading(self, node: _Node) -> None:
        level = regroup.heading_level(node)
        inline = _inline(node.children)
        if not inline.plain.strip() and not inline.links:
            # "# <strong><span class='show_paper_citations' data='…'></span></strong>" inside an AcadHomepage paper
            # box: a heading with no words nor links (inline HTML a script fills in, a citation badge) names no
            # section; read as one, it would cut the publications after it off their heading, the next box's
            # title read as the intro of a nameless section
            return
        if self.field_heading(node, inline, level) or self.links_part_of_named_record(node, inline, level):
            return
        bare_parent = self.bare_section_heading(level)
        if self.org_note_parts_heading(level, inline):
            bare_parent = ""  # (the heading is the work's record, no bare parent its sub-sections' records name)
        n_out = len(self.out)
        prev_level, prev_heading, prev_first = self.section_level, self.section_heading_inline, self.section_first_out
        self.close_section(next_level=level)
        self.resources_anchor = self.project_paper(level, inline, prev_level, prev_heading, prev_first)
        self.bare_parent_heading = bare_parent if len(self.out) == n_out else ""
        if level < self.heading_record_level:
            self.heading_record_level = 0  # a new parent topic: its sections are not the records' siblings
        if self.section_linked_items:
            self.topic_levels.add(self.section_level)
        self.topic_levels = {lv for lv in self.topic_levels if lv <= level}  # a new parent's sections are no siblings
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
        if self.record_level and level <= self.record_level:
            self.record_level = 0
        # "## [Tool](github…)" / "### Cite" / "### License": a part of the entry the linked heading opened,
        # not a section about the list itself
        self.section_is_doc = node is not self.title_h1_node and not self.record_level \
            and (is_document_section(inline.plain) or node is self.tagline_node)
        if not self.record_level and level >= 2 and node is not self.title_h1_node and _has_links(inline):
            self.record_level = level
        self.section_heading_line = self.line_of(node.start)
        self.section_entries = 0
        self.section_first_out = len(self.out)
        self.section_linked_items = 0
        self.section_figures = 0
        self.section_paras = []
        if node is self.opening_h1:
            self.title_paper(node, inline)
        elif self.identifier_named_heading(node, inline, level):
            return

    def wrapped_heading_line(self, node: _Node, heading: _Node) -> bool:
        """``### 5. GDP-GFCF Dynamics Across Global Economies: A Comparative Study of Panel`` / ``  Regressions and
        Random Forest``: a tool that wraps a long title onto an indented second line writes the rest of a heading's
        title as a one-line paragraph right under it (an ATX heading is one line in Markdown). The continuation joins
        the heading's text. Why: the record kept only the title's first line. Only a paragraph of one line, indented
        (1 to 3 spaces: a note under a heading opens at the margin), on the line right after an ATX heading that
        does not close on a stop, a colon or a question mark, with no link, emphasis nor sentence stop of its own
        and a few words; a heading of four words at least."""
        line = self.line_of(node.start)
        if line != self.line_of(heading.start) + 1 or self.end_line_of(node.end) != line \
                or self.data[self.line_starts[line - 2]:self.line_starts[line - 2] + 1] != b"#" \
                or self.data[self.line_starts[line - 1]:self.line_starts[line - 1] + 1] not in (b" ", b"\t"):
            return False
        head, inl = self.section_heading_inline, _inline(node.children)
        text = " ".join(inl.plain.split())
        if inl.links or inl.marked or len(head.plain.split()) < 4 or head.plain.rstrip()[-1:] in ".:?!;)]" \
                or not text or len(text.split()) > _WRAPPED_HEADING_WORDS or text[-1:] in ":;" \
                or ". " in text or not (text[:1].isalnum()):
            return False
        joined = replace(head, plain=f"{head.plain.rstrip()} {text}")
        self.section_heading_inline = joined
        if self.topic and self.topic[-1].text == analyse_heading(head.plain, self.topic[-1].level).text:
            self.topic[-1] = analyse_heading(joined.plain, self.topic[-1].level)
        return True

    def project_paper(self, level: int, inline: _Inline, prev_level: int, prev_heading: _Inline,
                      prev_first: int) -> int:
        """``### PyBEL`` / ``#### Reference`` / ``Hoyt, C. T. (2018). [PyBEL: …](doi…).`` / ``#### Resources`` /
        ``- [Code](github…)``: on a lab's project page, the "Resources" part after the sibling "Reference" part
        (``headings.project_parts``) lists the links of the one work that part cited; → that entry's index, whose
        code the bullets under this heading are (``merge_code_note``), else -1.

        Why: read as a section of its own, each ``[Code]`` bullet was a repository titled "Code" and the paper
        lost its code; the sibling parts are one record's, as a paragraph and its list of code notes are."""
        if level != prev_level or level < 3 or inline.links or _has_links(prev_heading) \
                or not project_parts(prev_heading.plain, inline.plain) or len(self.out) != prev_first + 1 \
                or not _cites_record(self.out[-1].links):
            return -1
        return len(self.out) - 1

    def org_note_parts_heading(self, level: int, inline: _Inline) -> bool:
        """``# STRT Chen2018 - Deep Learning Predicts …`` / ``## Notes`` / ``## FileName`` / ``## Abstract``: a
        link-less heading of org-mode reading notes (a task keyword or checkbox cookie before the title,
        ``org_work_title``) whose first sub-heading is a part of a reader's notes (``is_reader_note_part``) is the
        paper's record, titled without its status and citation key; the notes under it are on that paper (their
        code link is its code). Why: the heading's section holds nothing of its own, so no entry was read from it
        and the thesis's every paper was lost. Emitted here, while the heading's section is still current."""
        h = self.section_heading
        if h is None or h is self.title_h1_node or level != self.section_level + 1 or self.section_entries \
                or self.section_is_doc or self.record_level or _has_links(self.section_heading_inline) \
                or not all(_anchor_only(p) for p in self.section_paras) or not is_reader_note_part(inline.plain):
            return False
        title = org_work_title(self.section_heading_inline.plain)
        if title is None:
            return False
        self.emit_block([(self.section_heading, self.section_heading_inline)], title=title, heading_topic=True,
                        marks=(NOTED_TITLE_FIELD,), keep_title=True)
        return True

    def org_identifier_heading(self, paras: list[_Node]) -> list[tuple[_Node, _Inline]]:
        """``# TODO Title`` / ``<https://www.ncbi.nlm.nih.gov/pubmed/24245763>``: a link-less heading of org-mode
        reading notes (``org_work_title``) whose section is one line of one link to a scholarly record (a PubMed,
        DOI, arXiv or PMC link) is that paper's record, the link its own: the paragraph as a block part, or []
        when the section is not so. Why: the bare link was read as a nameless line and both work and PMID lost."""
        h = self.section_heading
        if h is None or h is self.title_h1_node or self.section_entries or self.section_is_doc or self.record_level \
                or _has_links(self.section_heading_inline) or org_work_title(self.section_heading_inline.plain) is None:
            return []
        body = [p for p in paras if not _anchor_only(p)]
        if len(body) != 1 or body[0].kind != "Paragraph":
            return []
        inl = _inline(body[0].children)
        links = [link for link in inl.links if not link.image]
        if len(links) != 1 or not any(ids_from_url(links[0].url)) \
                or inl.plain.strip() not in (links[0].text.strip(), links[0].url.strip()):
            return []
        return [(body[0], inl)]

    def bare_section_heading(self, next_level: int) -> str:
        """The current section's heading text when the heading about to open (at ``next_level``) is one level
        below it and the section holds nothing yet (no line, no entry, no field heading): its sub-sections are all
        it has, so what they record is what it names (``parent_titled_bib_fields``); else ""."""
        h = self.section_heading
        if h is None or h is self.title_h1_node or self.section_level < 1 or next_level != self.section_level + 1 \
                or self.section_paras or self.section_entries or self.field_headings or self.section_is_doc \
                or _has_links(self.section_heading_inline):
            return ""
        return self.section_heading_inline.plain

    def identifier_named_heading(self, node: _Node, inline: _Inline, level: int) -> bool:
        """``### 1.2 GatorTron (2022) - arXiv:2203.03540`` / ``**Scale and Training Data**:`` / ``- …``: a research
        report's heading that is nothing but a work's name, its year and its identifier (``named_identifier_text``)
        names the work its section's notes are on: the heading is that work's entry, read at once (the notes under
        it, however many, are no record of their own), as the report's ``**Name (2023)** - arXiv:…`` lines are."""
        if level < 2 or node is self.title_h1_node or self.record_level or self.section_is_doc \
                or _has_links(inline) or not any(dash in inline.plain for dash in "-–—"):
            return False
        named = named_identifier_text(strip_section_number(inline.plain))
        if named is None:
            return False
        self.emit_block([(node, inline)], title=named[0], heading_topic=True,
                        marks=(BIB_RECORD_FIELD, REPORT_REFERENCE_FIELD), prose=inline.plain.strip())
        return True

    def title_paper(self, node: _Node, inline: _Inline) -> None:
        """``# [A Survey on Video Diffusion Models](https://arxiv.org/abs/2310.10647) [![arXiv](…)](…)``: a list
        that accompanies a survey may title itself with the survey, linked to its paper. The title heading is
        no topic, but when it opens with a link whose text names a work and whose URL carries the work's
        identifier (arXiv, DOI, PubMed), that work is an entry; a title linking the list's repository or a
        project site names no paper."""
        first = next((link for link in inline.links if not link.image), None)
        if first is None or not inline.plain.lstrip().startswith(first.text.strip()) \
                or not names_work(_clean_title(first.text), min_words=4) or not any(ids_from_url(first.url)):
            return
        line = self.line_of(node.start)
        start = self.line_starts[line - 1]
        end = self.data.find(b"\n", start)
        d = _Draft(line=line, end_line=line, start_byte=start, end_byte=end if end >= 0 else len(self.data))
        d.title = _clean_title(first.text)
        d.links = [self.link_in(inline, link) for link in inline.links if not link.image]  # badges are no links of its own
        self.finish(d, ())

    def unread_linkless_leaf(self, next_level: int | None) -> bool:
        """The current section is a leaf (the next heading no deeper) under a link-less heading below the title,
        not about the list itself, no record's and with no entry read from it yet: where a heading may be a work's
        record by what it says (``identified_heading``, ``published_paper_heading``)."""
        return self.section_heading is not None and self.section_heading is not self.title_h1_node \
            and self.section_level >= 2 and not self.section_is_doc and not self.section_entries \
            and not self.record_level and not (next_level and next_level > self.section_level) \
            and not _has_links(self.section_heading_inline)

    def published_paper_heading(self, next_level: int | None, paras: list[_Node]) -> bool:
        """``## Notable Papers This Month`` / ``### 1. Evaluation of GPT-4o for multilingual translation …`` /
        ``*Published: 2025-08-31*`` / "…": a leaf heading naming a work, its first line the date it was published,
        under a heading that calls its items papers, is that paper's record though the list gave it no link (its
        siblings' "[Read on ArXiv](…)" links are missing). Not a dated post anywhere else: the parent heading must
        say papers (a blog's "Published:" line under "## News" names no paper)."""
        if not paras or paras[0].kind != "Paragraph" or not self.unread_linkless_leaf(next_level) \
                or not _names_a_paper(_drop_closing_stop(strip_section_number(self.section_heading_inline.plain))):
            return False  # ("### 1. Title of the work." : its number and closing stop are no part of the title)
        first_line = _inline(paras[0].children).plain.strip().split("\n", 1)[0].strip(" *_")
        label, colon, date = first_line.partition(":")
        if not colon or label.strip().casefold() not in _PUBLISHED_LABELS or not _YEAR_IN_TEXT.search(date):
            return False
        return any(names_papers_outright(h.text) for h in self.topic[:-1])

    def url_less_link_heading(self, next_level: int | None) -> str | None:
        """``#### 1.[CVPR-15: Learning from Massive Noisy Labeled Data for Image Classification]()``: a leaf heading
        that is nothing but one link whose URL the list left empty (a section number before it aside), its text
        naming a work (``unlinked_title``) → that text, the work's title; else None. Why: the author wrote the
        heading as a link to the work, as its "### [Title](url)" siblings elsewhere are, and only the URL is
        missing; read as a link-less numbered heading it was a topic, and a reading list of such headings gave
        no paper at all. A heading with more words than its link ("### Papers on [Topic]()") is left alone."""
        if not self.unread_linkless_leaf(next_level):
            return None
        inl = self.section_heading_inline
        if inl.empty_links != 1 or len(inl.empty_link_texts) != 1:
            return None
        found = unlinked_title(strip_section_number(inl.plain.strip()), inl.empty_link_texts)
        if found is None or found[1]:
            return None
        return found[0]

    def identified_heading(self, next_level: int | None) -> bool:
        """The current section is a leaf under a link-less heading that names a work and gives its identifier in
        its own text ("### Virchow: A Million-Slide … Model (arXiv:2309.07778)", "### UNI … (doi:10.1038/…)"), no
        entry read from it yet. Why: such a heading is the work's record though nothing links it; the identifier,
        written out, says it is a work and not a topic."""
        if not self.unread_linkless_leaf(next_level):
            return False
        plain = self.section_heading_inline.plain
        if not (find_arxiv(plain) or find_dois(plain)):
            return False
        return _is_meaningful(_clean_title(plain))

    def tagged_title_heading(self, next_level: int | None) -> str | None:
        """``#### EMS-NET（2021，EMBC）粗粒度息肉分割的增强型多尺度网络`` over link-less notes and figures: a leaf
        under a link-less heading that names a work with its year and venue in brackets (``year_venue_tagged_heading``)
        → the work's title (the heading without its tag), else None. Why: a reader's notes head each paper by what
        it is called and where it appeared, and write only their own notes under it; the tag, like an identifier
        in the heading (``identified_heading``), says the heading is the work's record and not a topic."""
        if not self.unread_linkless_leaf(next_level):
            return None
        plain = _clean_title(self.section_heading_inline.plain)
        tagged = year_venue_tagged_heading(plain)
        if tagged is None or not _names_a_paper(plain):
            return None
        return tagless_heading_title(plain, tagged)

    def stamp_under_titled_heading(self, inl: _Inline) -> bool:
        """``### 1. Title ⭐⭐⭐⭐⭐`` / ``**Interspeech 2025** | [论文](…)``: the section's first paragraph is the venue
        stamp of the work its link-less heading names (``venue_stamp_link_line``), so the heading titles the record
        and the paragraph gives its links; no record titled by the bold venue."""
        h = self.section_heading
        return h is not None and h is not self.title_h1_node and self.section_level >= 2 \
            and not _has_links(self.section_heading_inline) \
            and _is_meaningful(_clean_title(self.section_heading_inline.plain)) \
            and (venue_stamp_link_line(inl) or self.heading_venue_stamp(inl) is not None)

    def heading_venue_stamp(self, inl: _Inline) -> tuple[str, int] | None:
        """``## 2. Title`` / ``**Nature Medicine, 2023**`` / prose / ``[Nature Medicine 原文](…)`` / ``- a note``: the
        section's first paragraph is the bold venue-and-year stamp of the work its link-less heading names, alone
        (``venue_year_stamp``) or before the work's labelled links (``venue_stamp_link_line``) → (venue, year), else
        None. The heading titles the record, the stamp is its venue
        and year, the paragraphs after it (prose, a link labelled by the venue) its description and links.
        Only under a heading that reads as a work's title: a topic heading's bold line is a sub-topic."""
        h = self.section_heading
        if h is None or h is self.title_h1_node or self.section_level < 2 or self.section_is_doc \
                or self.section_entries or _has_links(self.section_heading_inline) \
                or not names_work(strip_section_number(_clean_title(self.section_heading_inline.plain)), min_words=4):
            return None
        if venue_stamp_link_line(inl):
            # "**Nature 2025** | [论文](…)": the stamp gives the work's links on its own line
            return stamp_venue_year(inl.strong_lead)
        return venue_year_stamp(inl)

    def cited_heading_over_prose(self, paras: list[_Node]) -> list[tuple[_Node, _Inline]] | None:
        """The section's paragraphs with their inlines when its heading is a whole reference, perhaps numbered
        (``_whole_reference_heading``), with no link of its own and no entry read under it, and every paragraph (or
        quoted paragraph) under it is link-less prose; None otherwise. A topic heading is no reference, and a
        paragraph with a link may be a work of its own."""
        h = self.section_heading
        if h is None or h is self.title_h1_node or self.section_level < 2 or self.section_is_doc \
                or self.section_entries or _has_links(self.section_heading_inline):
            return None
        if not _whole_reference_heading(strip_section_number(self.section_heading_inline.plain)):
            return None
        out = []
        for p in paras:
            if p.kind not in ("Paragraph", "BlockQuote"):
                return None
            inl = _inline(p.children) if p.kind == "Paragraph" else _blockquote_inline(p)
            if _has_links(inl) or inl.image_links:
                return None
            out.append((p, inl))
        return out

    def bare_title_heading(self, next_level: int | None) -> bool:
        """The current section is a link-less heading alone that is a work's record: a leaf section (the
        next heading no deeper) whose heading reads as a work's title (``_names_a_paper``) and either opens
        with a venue-and-year tag (``[MICCAI 2020] …``) or follows a sibling heading that was a record itself
        (a reading list of "### Title" sections, some with notes or links, some bare). An empty topic
        heading ("### Deep learning for segmentation" before its "#### 2019") has sections under it."""
        if next_level is None or (next_level and next_level > self.section_level) or self.section_level < 2 \
                or self.section_is_doc or self.record_level:
            return False
        inline = self.section_heading_inline
        if not _names_a_paper(inline.plain):
            # "#### 4. Teh, Y., Ward, A.R. Critical Thresholds …. Queueing Systems 42, 297–316 (2002)." with nothing
            # under it: a numbered whole reference numbers its work (``_numbered_whole_reference``)
            return _numbered_whole_reference(inline.plain)
        return _venue_year_tag_lead(inline) or self.heading_record_level == self.section_level \
            or _whole_reference_heading(inline.plain)

    def figured_title_heading(self, next_level: int | None) -> bool:
        """``## ToothNet: Automatic Tooth Instance Segmentation and Identification from Cone Beam CT Images`` /
        ``<img src="figs/toothnet.png">``: a link-less leaf heading that reads as a work's title over nothing but
        its figure (a reader's notes on papers: each section a paper's title and its architecture diagram) is
        that work's record; a topic heading ("## Tooth Anatomy") does not read as a title (``_names_a_paper``)."""
        return self.section_figures > 0 and self.unread_linkless_leaf(next_level) \
            and _names_a_paper(self.section_heading_inline.plain)

    def field_heading(self, node: _Node, inline: _Inline, level: int) -> bool:
        """``#### Title`` / ``#### Link：[…](arxiv…)`` / ``#### Code：[…](github…)``: headings of the title's
        level written as its record's fields (a role label, then the link) are that record's lines, not
        sections of their own; an empty ``####`` among them is nothing."""
        h = self.section_heading
        if h is None or h is self.title_h1_node or self.section_is_doc or self.section_entries or self.section_paras \
                or _has_links(self.section_heading_inline) or not _is_meaningful(self.section_heading_inline.plain):
            return False
        if level == self.section_level + 1 and self.section_level >= 2:
            return self.link_sub_heading(node, inline)
        if level != self.section_level:
            return False
        if not inline.plain.strip():
            return bool(self.field_headings)
        label = _field_label(inline)
        if not label or not inline.links or (field_role(label) is None and not _LINK_FIELD_LABEL.match(label)):
            return False
        self.field_headings.append((node, inline))
        return True

    def link_sub_heading(self, node: _Node, inline: _Inline) -> bool:
        """``### Title`` / ``#### [Source code](github…)`` / ``#### Cite:`` / a BibTeX block: a sub-heading one level
        down whose whole text is one link named by its role (``Code``, ``Paper``, ``Project page``), right under a
        link-less heading that titles a work, is that work's link line, as the same link written as a paragraph
        is; a link-less ``Cite:`` / ``BibTeX`` sub-heading after such a link line only labels the reference that
        follows, which then stays in the work's section and lends it its identifiers.

        Why: a lab's publication page sets each paper's links one heading level down; opened as sections, the
        link heading was read as a repository titled "Source code" and the paper lost its code (and the BibTeX
        under "Cite:" was a second record of the same paper)."""
        text = inline.plain.strip()
        if not text:
            return False
        if not inline.links:
            return bool(self.field_headings) and labels_reference_below(text)
        links = [link for link in inline.links if not link.image]
        if len(links) != 1 or links[0].text.strip() != text \
                or len(self.section_heading_inline.plain.split()) < _WORK_HEADING_WORDS:
            return False
        role = field_role(text)
        # (the link goes where its label says: "[Source code]" to a code host's repository, "[Paper]" to a
        # scholarly record; "#### [TensorFlow](tensorflow.org)" under "### Machine learning" stays a tool)
        if not (role == "code" and canonical_repo(links[0].url) or role == "paper" and any(ids_from_url(links[0].url))):
            return False
        self.field_headings.append((node, inline))
        return True

    def links_part_of_named_record(self, node: _Node, inline: _Inline, level: int) -> bool:
        """``## Contour-Hinge loss`` / ``The Contour-Hinge loss: A convex surrogate for …`` / ``### 相关链接``
        (``### Links``) / ``* paper: https://arxiv…`` / ``* github: …``: a link-less sub-heading one level down that names a record's
        part of links (``_links_part``), right under a link-less heading whose section so far holds only link-less
        lines (the work's title, an author line), is a part of that heading's record, no section of its own: the
        bullets under it are read as the heading's fields (``titled_record``).

        Why: opened as a section, the sub-heading titled the record ("Links") or, unread as a field list, each bullet
        was an entry of its own ("paper", "github"), the work's own code a repository beside it."""
        h = self.section_heading
        if h is None or h is self.title_h1_node or level != self.section_level + 1 or self.section_level < 2 \
                or self.section_is_doc or self.section_entries or self.record_level or self.field_headings \
                or inline.links or _has_links(self.section_heading_inline) or not self.section_paras \
                or not _is_meaningful(self.section_heading_inline.plain) or not _links_part(node):
            return False
        return all(p.kind == "Paragraph" and not _has_links(_inline(p.children)) for p in self.section_paras)

    def emit_field_headings(self) -> None:
        fields, self.field_headings = self.field_headings, []
        if self.section_heading is None:
            return
        self.emit_block([(self.section_heading, self.section_heading_inline)] + fields,
                        title=self.section_heading_inline.plain, heading_topic=True)

    def pseudo_from_pending(self, notes: _Node | None = None) -> None:
        """A bold-only paragraph right before a list names a sub-topic of that list. ``notes``: the pending
        paragraph the list is a code-link note on (``code_notes_paragraph``)."""
        paras = self.section_paras
        if paras and paras[-1].kind == "Paragraph":
            inl = _inline(paras[-1].children)
            if inl.strong_only and _is_meaningful(inl.plain) \
                    and not (len(paras) == 1 and self.heading_venue_stamp(inl) is not None):
                # ("## 3. Title" / "**Nature, 2024**" / "- a note": the work's venue stamp, no sub-topic of its notes)
                self.pseudo = analyse_heading(_clean_title(inl.plain), (self.topic[-1].level + 1) if self.topic else 1)
                paras.pop()
        self.flush_paragraph_blocks(final=False, notes=notes)

    def close_section(self, next_level: int | None = None) -> None:
        """Close the current section; ``next_level``: the level of the heading that opens the next one
        (0 at the end of the document, None when unknown)."""
        self.emit_pending_noted()
        if self.field_headings:
            self.emit_field_headings()
        self.flush_paragraph_blocks(final=True, next_level=next_level)
        self.section_paras = []
        self.uncited_record_heading()
        self.settle_section_bib()

    def settle_section_bib(self) -> None:
        """The BibTeX records held back for the section just read (``bibtex_records``): one whose work the
        section's heading record names gives that record its bibliographic fields (identifiers, venue, year) and
        is no entry of its own; one the section made no record of is an entry, as any BibTeX record is."""
        held, self.section_bib = self.section_bib, []
        entry_at = self.section_title_keys() if held else {}
        for d, topic in held:
            if not self.lend_bib_to_section_entry(d, entry_at):
                self.finish(d, topic)
                if self.out and (key := _title_key(self.out[-1].title)):
                    entry_at[key] = len(self.out) - 1  # a later record of this work lends it its fields

    def section_title_keys(self) -> dict[str, int]:
        """The entries this section made so far, by title (``_title_key``) → their index in ``out`` (the latest of
        one title): read once per BibTeX block, so a long block of records costs no scan of the section each."""
        return {k: i for i in range(self.section_first_out, len(self.out)) if (k := _title_key(self.out[i].title))}

    def lend_bib_to_section_entry(self, d: _Draft, entry_at: dict[str, int]) -> bool:
        """A BibTeX record (``bibtex_records``) citing a work this section already made an entry of (same title,
        ``_title_key``): "## Survey" / "**[Title](arxiv…)**" / authors / "please consider citing:" / ```` ```bibtex
        ```` is the survey's citation, as a publication page's BibTeX is its heading's. The record gives that entry
        the bibliographic fields it lacks (identifiers, venue, year) and its authors, and is no entry of its own →
        True; False when no entry of the section bears its title (the record is an entry, as any BibTeX record is)."""
        at = entry_at.get(_title_key(d.title), -1)
        if at < 0:
            return False
        e = self.out[at]
        have = {label for label, _ in e.fields}
        self.out[at] = replace(e, fields=e.fields + tuple(f for f in d.fields if f[0] not in have),
                               authors=e.authors or tuple(a for a in d.authors_hint if a))
        return True

    def uncited_record_heading(self) -> None:
        """``## [CheXpert](arxiv…)`` / ``+ Type: chest x-ray image dataset`` / ``+ [Additional info](…)``: a
        heading that links a scholarly record (a DOI, arXiv, PubMed or PMC link) over bullets that became
        entries of their own (notes, a supplementary link) is still that record's entry: when no entry read
        from its section carries the heading's link, the heading is one more entry (a linked heading with
        nothing under it is one already), lest the work it cites and its identifier be lost."""
        h, inl = self.section_heading, self.section_heading_inline
        links = [link for link in inl.links if not link.image]
        if h is None or h is self.title_h1_node or self.section_level < 2 or self.section_is_doc \
                or not self.section_entries or not (_cites_record(links) or _titles_paper_page(inl, links)):
            return
        urls = {link.url for link in inl.links if not link.image}
        if any(link.url in urls for e in self.out[self.section_first_out:] for link in e.links):
            return
        self.emit_block([(h, inl)], title=inl.plain, heading_topic=True)

    def prose_section_lists_works(self, paras: list[_Node]) -> bool:
        """``## Background Material`` / ``[**GRAM: Graph-based Attention Model …**](arxiv…)`` / ``This paper
        introduces …`` / ``[**Deep EHR: …**](arxiv…)`` / …: a section introducing the topic by its first
        word ("Background", "Introduction", "Overview") whose paragraphs mostly open with a work's linked title,
        two or more of them linking a scholarly record (arXiv, DOI, PubMed), is a reading list under that heading,
        not prose about the list. Why: the heading names no work noun ("Material", "Primer"), so it read as the
        list's own introduction and every work under it was dropped. A list's real introduction is prose: a
        paragraph may cite its survey, but paragraph after paragraph does not open with a cited title."""
        h = self.section_heading
        if h is None or not is_prose_section(self.section_heading_inline.plain):
            return False
        # ("Reading Material:" / "[Title](arxiv…) Published 2016": a paragraph that opens with a link-less lead-in
        # line ending in a colon is read from the line after it, the works it announces, as a reference is read
        # after "please cite:")
        texts = [tail[1] if (tail := _after_lead_in(p)) is not None else _inline(p.children)
                 for p in paras if p.kind == "Paragraph"]
        titled = [inl for inl in texts if linked_title_opening(inl)]
        cited = sum(1 for inl in titled if any(ids_from_url(next(x for x in inl.links if not x.image).url)))
        return cited >= 2 and 2 * len(titled) > len(texts)

    def tagline_section_lists_works(self, paras: list[_Node]) -> bool:
        """``# SurRoL: …`` / ``### [[Project Website]](…)`` / ``**ICRA'23**: Title [[Paper](arxiv…)] [[Code](…)]`` /
        ``**IROS'21**: Title [[Paper](arxiv…)]``: under the subtitle heading right below the page's title
        (``_tagline_heading``), paragraphs (or their lines) that each link a scholarly record (arXiv, DOI, PubMed), two
        or more and most of them, are the project's papers, read as the title's own intro would read them. Why: a tagline's
        section is about the list itself, so the group's papers a project README lists there were all dropped."""
        if self.section_heading is None or self.section_heading is not self.tagline_node:
            return False
        # (a paragraph of one record a line, "ICRA'23 [Title](arxiv…) <br>", counts each line)
        units = [inl for p, inl, _ in _paragraph_units(paras) if p.kind == "Paragraph"]
        cited = sum(1 for inl in units if inl.links and _cites_record(inl.links))
        return cited >= 2 and 2 * cited > len(units)

    def flush_paragraph_blocks(self, final: bool, notes: _Node | None = None, next_level: int | None = None) -> None:
        """Turn pending paragraphs into entries: bold-title blocks, or the heading block. ``notes``: the
        paragraph a list of code links right after it notes on (a lone reference there is an entry).
        ``next_level``: the level of the heading after the section (``close_section``)."""
        paras = self.section_paras
        self.section_paras = []
        if not paras:
            if final and self.section_heading is not None and self.section_entries == 0 \
                    and self.section_heading is not self.title_h1_node:
                heading_inline = self.section_heading_inline
                if _has_links(heading_inline):  # "### [Name](url)" with nothing under it
                    # "# This repository complements our survey paper [Title](…), published in …": titled by the
                    # link the sentence announces, not by the sentence (``announced_link_title``)
                    self.emit_block([(self.section_heading, heading_inline)],
                                    title=announced_link_title(heading_inline) or heading_inline.plain,
                                    heading_topic=True)
                elif (unlinked := self.url_less_link_heading(next_level)) is not None:
                    # "#### 1.[CVPR-15: Learning from Massive Noisy Labeled Data for Image Classification]()" with
                    # nothing under it: a work's title written as a link whose URL the list left empty
                    self.emit_block([(self.section_heading, heading_inline)], title=unlinked,
                                    heading_topic=True, marks=(NOTED_TITLE_FIELD,))
                elif self.bare_title_heading(next_level) or self.identified_heading(next_level) \
                        or self.figured_title_heading(next_level):
                    # "### [MICCAI 2020] ISINet: An Instance-Based Approach for …" / "### VesselNet: A deep …"
                    # with nothing under it, among headings that are records: a work noted by its title alone
                    self.emit_block([(self.section_heading, heading_inline)], title=heading_inline.plain,
                                    heading_topic=True, marks=(NOTED_TITLE_FIELD,))
            elif final and self.section_heading is not None and self.section_entries == 0 \
                    and _names_own_paper_by_role(self.section_heading_inline):
                # "# SAM-Vessel \\[[Paper](arxiv…)] [![Stars](…)](github…)" / "## Highlights": a paper's code README
                # titled by its work's name and that work's role-labelled record link, its sections right under it
                self.emit_block([(self.section_heading, self.section_heading_inline)],
                                title=self.section_heading_inline.plain, heading_topic=True)
            return
        if final and (cited := self.cited_heading_over_prose(paras)) is not None:
            # "#### 1. Xu, S.H. A duality approach to …. Queueing Syst 18, 273–300 (1994)." / "This paper studies …":
            # a reading log's heading that is a whole reference over link-less paragraphs (the work's abstract, the
            # reader's summary) is that work's record, the paragraphs its description
            self.emit_block([(self.section_heading, self.section_heading_inline)] + cited, heading_topic=True,
                            title=strip_section_number(self.section_heading_inline.plain),
                            marks=(NOTED_TITLE_FIELD,))
            return
        if sum(1 for p in paras if p.kind == "Paragraph"
               and CLIP_TRAILER_TEXT.search(self.data, p.start, p.end)) >= MIN_CLIP_TRAILERS:
            # "Title" / "Authors" / abstract / "From <https://…>", clip after clip: a notes file of clipped web pages,
            # each clip its work's entry before the section's paragraphs are read any other way
            kept = {id(p) for p, _ in self.emit_clipped_pages(
                [(p, _inline(p.children) if p.kind == "Paragraph" else _Inline()) for p in paras])}
            paras = [p for p in paras if id(p) in kept]
            if not paras:
                return
        if final and (lines := self.org_identifier_heading(paras)):
            # "# TODO Machine learning and tubercular drug target recognition." / "<https://www.ncbi.nlm.nih.gov/
            # pubmed/24245763>": an org reading note's paper, its only line the link to its record
            self.emit_block([(self.section_heading, self.section_heading_inline)] + lines,
                            title=org_work_title(self.section_heading_inline.plain) or "", heading_topic=True,
                            keep_title=True)
            return
        if final and (tagged_title := self.tagged_title_heading(next_level)) is not None \
                and all(_is_badge_target(link.url) for p in paras if p.kind == "Paragraph"
                        for link in _inline(p.children).links):
            # "#### EMS-NET（2021，EMBC）粗粒度…网络" / "以Unet++为baseline" / "![…](…png)" / "https://…/fig3.gif": a
            # reader's note on a tagged work, its prose and figures its note; a figure written as its bare address
            # is no link of the work's (read as one, "https://ieeexplore…/fig.gif" made the paper a website)
            units = [(p, inl) for p, inl, _ in _paragraph_units(paras) if not inl.links]
            self.emit_block([(self.section_heading, self.section_heading_inline)] + units,
                            title=tagged_title, heading_topic=True, marks=(NOTED_TITLE_FIELD,))
            return
        if final and (self.identified_heading(next_level) or self.published_paper_heading(next_level, paras)) \
                and not any(_has_links(_inline(p.children)) for p in paras if p.kind == "Paragraph"):
            # "### Virchow: A Million-Slide Digital Pathology Foundation Model (arXiv:2309.07778)" / "Trained on
            # 1.5M slides …": a link-less heading that gives its work's identifier in its text, over link-less
            # prose, is that work's record, the prose its note (read as an introduction, work and id were lost)
            units = [(p, inl) for p, inl, _ in _paragraph_units(paras)]
            self.emit_block([(self.section_heading, self.section_heading_inline)] + units,
                            title=self.section_heading_inline.plain, heading_topic=True, marks=(NOTED_TITLE_FIELD,))
            return
        if self.section_is_doc and (self.prose_section_lists_works(paras) or self.tagline_section_lists_works(paras)):
            # "## Background Material" / "[**GRAM: …**](arxiv…)" / "This paper …": works, not prose about the list
            self.section_is_doc = False
        if self.section_is_doc:
            # "## Overview" / "2025 snapshot from our review paper: [_Title_](arxiv…)": the paper the list
            # accompanies, called out or announced as in an intro, is a work even in a section about the list
            # (the same strict rules: a paper word before one title-like link to a scholarly record)
            rest = self.emit_paper_callouts([(p, inl) for p, inl, _ in _paragraph_units(paras)])
            if _is_citation_section(self.section_heading_inline.plain if self.section_heading is not None else ""):
                # "## Citation" / "> Authors (2025). Title. chemRxiv. <https://doi.org/…>": the list's own paper,
                # cited as a whole text reference with a link to its scholarly record (a DOI, arXiv, PubMed), is a
                # work as its BibTeX record there is; prose there ("please cite our paper") stays prose
                # "[Reyna MA, … Title. Critical Care Medicine 48 2: 210-217 (2019). https://doi.org/10.1097/…](journals.
                # lww.com/…)": a reference whose own text writes its DOI is cited whatever page its link reaches
                def cites(p: _Node, inl: _Inline) -> bool:
                    return (_cites_record(inl.links) or bool(inl.links) and bool(find_dois(inl.plain))) \
                        and _plain_reference(inl.plain)

                # "If you use `gget` in a publication, please cite:" / "Luebbert, L., & Pachter, L. (2023). Title. …
                # [https://doi.org/…](…)": the reference on the lines after a lead-in is cited as one alone is
                rest = [tail if not cites(p, inl) and (tail := _after_lead_in(p)) is not None and cites(*tail)
                        else (p, inl) for p, inl in rest]
                rest = self.emit_where(rest, cites)
                rest = [(p, inl) for p, inl in rest if not self.take_repository_citation(p, inl)]
            if any(_has_links(inl) for p, inl in rest if p.kind == "Paragraph"):
                self.list_diags.append(self.diag(self.line_of(paras[0].start), "skipped-prose",
                                                 "links in a section about the list itself are not entries", "info"))
            return  # "## Introduction", "## Contributing", "## 许可证": prose about the list, not entries
        if final and self.section_heading is not None and self.section_heading is not self.title_h1_node \
                and self.section_level >= 2 and self.section_entries == 0 \
                and not _has_links(self.section_heading_inline) \
                and len(paras) >= 2 and all(p.kind == "Paragraph" for p in paras) \
                and (stanzas := name_stanza_records((p, _inline(p.children)) for p in paras)) is not None:
            # "## NLP libraries" / "AllenNLP" / "NLP library built on PyTorch" / "https://allennlp.org/" / "CoreNLP" /
            # …: tools written as stanzas of paragraphs, no bullets, each its own entry (read before the items
            # below, which took a stanza's reference for an item and the stanzas after it for its notes; the
            # paragraphs are read one by one, and the reading stops at the first that fits no stanza)
            self.emit_name_stanzas(self.section_heading_inline, *stanzas)
            return
        # "Title (*arXiv* 2022) [[Paper]()]" among "Title (*ICLR* 2021) [[Paper](…)]" items: an item whose link
        # slots were left empty is one of them (``_role_slots_left_empty``)
        # "[IJCNN 2024] A Survey on …" / "[Sensys 2021] [LIMU-BERT: …](…)": a paragraph that is a venue-and-year tag
        # and a work's title is an item, even alone (``venue_tag_titled_paragraph``); "Drug safety_Detecting …", a
        # saved paper's file name, is one among others (``underscored_venue_paragraph``)
        units = [(p, inl, 1 if not kind and p.kind == "Paragraph"
                  and (_role_slots_left_empty(inl) or venue_tag_titled_paragraph(p, inl)
                       or underscored_venue_paragraph(p, inl)) else kind)
                 for p, inl, kind in _paragraph_units(paras)]
        filed_names = {at for at, (p, inl, kind) in enumerate(units) if kind == 1 and underscored_venue_paragraph(p, inl)}
        if len(filed_names) >= 2:
            # "Journal of cheminformatics_An exploration strategy …" / "Shape-Based Generative Modeling for de Novo
            # Drug Design": among saved file names, a bare title right after one is one more whose venue was left
            # out, no note of the item before it (``unfiled_title_paragraph``)
            units = [(p, inl, 1 if not kind and at - 1 in filed_names and unfiled_title_paragraph(p, inl) else kind)
                     for at, (p, inl, kind) in enumerate(units)]
        # "# 2021" / "Title one" / "Title two": a paper log's link-less title lines under a year-only heading, each
        # line one work (``year_filed_title_lines``); a title alone in its section is an item as well
        year_filed = 0
        # "Paper" / "Title one" / (blank line) / "Title two": a notes file's kind label line opens a run of link-less
        # title lines, one work a line, in its paragraph and the paragraphs after it (``label_filed_title_lines``)
        if any(not kind and p.kind == "Paragraph" and not inl.links and p.children
               and kind_label_line(_inline(p.children[:1])) for p, inl, kind in units):
            labelled = False
            filed = []
            for p, inl, kind in units:
                run = label_filed_title_lines(p, inl, labelled) if not kind else None
                labelled = run is not None
                if run is None or not run[1]:
                    # (a label alone in its paragraph, "Papers", opens the run and stays what it was read as)
                    filed.append((p, inl, kind))
                    continue
                for line, li, title in run[1]:
                    filed.append((line, li, 1))
                    self.year_filed_titles.add(id(line))
                    if title:
                        self.label_filed_titles[id(line)] = title
                    year_filed += 1
            units = filed
        if self.section_heading is not None and self.section_heading is not self.title_h1_node:
            heading = self.section_heading_inline.plain
            filed: list[tuple[_Node, _Inline, int]] = []
            for p, inl, kind in units:
                lines = year_filed_title_lines(heading, p, inl) if not kind else None
                if lines is not None:
                    filed.extend((line, li, 1) for line, li in lines)
                    self.year_filed_titles.update(id(line) for line, _ in lines)
                    year_filed += len(lines)
                elif kind and filed and id(filed[-1][0]) in self.year_filed_titles \
                        and address_in_prose_note(p, inl):
                    # "Title" / (blank line) / "摘要：… 我们的代码可以在https://github.com/…中获得": the abstract under the
                    # title, its address written in its prose, is that work's note, no item of its own
                    filed.append((p, inl, 0))
                else:
                    filed.append((p, inl, kind))
            units = filed
        # paragraphs written as items ("-[Title](url) - …", "[CVPR 2023] Title [[paper]](…) [[code]](…)"):
        # two or more of them in a section, or one bullet that lost its space, make each an entry
        as_items = year_filed > 0 or sum(1 for _, _, kind in units if kind) >= 2 or any(kind == 2 for _, _, kind in units) \
            or (not self.heading_is_linked()
                and any(kind == 1 and (_lone_reference_unit(p, inl) or lone_reference_over_note(p, inl)
                                       or title_line_over_reference_line(p, inl)
                                       or plain_title_box(inl)
                                       or p.kind == "BlockQuote" and quoted_linked_title_over_author_list(inl)
                                       or date_stamped_unit(p, inl) or venue_tag_titled_paragraph(p, inl)
                                       or title_then_role_links_paragraph(p, inl)
                                       or labelled_paper_reference(inl) is not None
                                       or p.kind == "Paragraph" and paper_fact_line(inl))
                        for p, inl, kind in units)
                # "*1996*" / "Journal of pharmaceutical sciences_Title": a saved paper's file name under a year label
                # is an item alone, the label dating it as it dates the items of a section with more
                or any(at and kind == 1 and underscored_venue_paragraph(p, inl)
                       and year_label_paragraph(units[at - 1][0], units[at - 1][1])
                       for at, (p, inl, kind) in enumerate(units)))
        # 1. bold-titled blocks: "**Title**" paragraph + following paragraphs until the next one
        #    (and items: one paragraph or line each, with the non-item paragraphs that follow it)
        groups: list[tuple[bool, list[tuple[_Node, _Inline]]]] = []
        intro: list[tuple[_Node, _Inline]] = []
        field_titles: dict[int, str] = {}
        cited_by_key: set[int] = set()  # items whose record is the work their prose cites by its authors and year
        paragraph_field_records: set[int] = set()  # units opening "题目：" / "链接：" paragraph records
        title_record: list | None = None  # the last "**Title:** [Title](…)" record of the section
        # "[**NMI 2022**] Title \" / "_Authors_" with its "[[paper](…)]" line missing, among records that open with the
        # same venue-and-year tag: a record of its own, not more lines of the record before it
        tagged_items = as_items and sum(1 for _, inl, kind in units if kind and _venue_year_tag_lead(inl)) >= 2
        quoted_cards: set[int] = set()  # the groups read from quoted cards (``_quoted_field_record``)
        venue_titled: int | None = None  # items titled on their links' line (``_venue_titled_items``), counted once
        last_item: _Inline | None = None  # the last paragraph read as an item ("2.[Title](…)"): ``numbered_after``
        # "Title, 2020" / "https://arxiv…" paragraph after paragraph: a plain reading list's items, each a title line
        # over its written-out address (``_titled_bare_url_line``), counted once for the section
        url_titled = as_items and sum(1 for p, inl, kind in units if kind and p.kind == "Paragraph"
                                      and "\n" in inl.plain.strip() and _titled_bare_url_line([(p, inl)])) \
            >= _URL_TITLED_ITEMS_AROUND_BARE_TITLE
        # "Title https://…" paragraph after paragraph, one line each: a plain notes file's items; a link-less title
        # line between two of them is one more work whose address the reader did not note (``blocks.bare_title_line``)
        url_lines = {at for at, (p, inl, kind) in enumerate(units) if kind and _one_line_url_item(p, inl)} \
            if as_items else set()
        bare_lines = {at for at, (p, inl, kind) in enumerate(units) if not kind and p.kind == "Paragraph"
                      and not inl.links and not inl.strong_lead and bare_title_line(inl.plain)} \
            if len(url_lines) >= _URL_LINE_ITEMS_AROUND_BARE_TITLE else set()
        if 2 * len(bare_lines) > len(url_lines):
            bare_lines = set()  # (a line after every item, or most, is each item's note, however title-like)
        for at, (p, inl, kind) in enumerate(units):
            if tagged_items and not kind and p.kind == "Paragraph" and not inl.links and _venue_year_tag_lead(inl):
                kind = 1
            elif url_titled and not kind and p.kind == "Paragraph" and not inl.links and bare_dated_title(inl.plain):
                # "Chain of Thought Prompting Elicits Reasoning in Large Language Models, 2022" between "Title, 2022" /
                # "https://arxiv…" paragraphs: one more work of the reading list, its address not written down, not a
                # note on the item before it (read so, the work was lost and the next item's links went to the last)
                kind = 1
                self.url_list_bare_titles.add(id(p))
            elif at in bare_lines and at - 1 in url_lines and at + 1 in url_lines:
                # "Network-based technologies for early drug discovery https://pubmed…" / "Advanced machine-learning
                # techniques in drug discovery" / "`AAAI`  GAMENet: … https://ojs.aaai…": one more work, not a note
                kind = 1
                self.url_list_bare_titles.add(id(p))
            elif url_titled and not kind and p.kind == "Paragraph" and inl.links and line_over_bare_urls(inl):
                # "Med-PaLM 2" / "https://blog.google/…": a short name over its written-out address is an item of the
                # same list too (a post, a page), not more links of the work before it
                kind = 1
            elif as_items and not kind and p.kind == "Paragraph" and not inl.links \
                    and _paren_tagged_unlinked_title(inl):
                # "(NeurIPS 2024) [Title]() by Ma et al." among "(NeurIPS 2024) [Title](…) by …" items: one item
                # with its URL left for later, not a note on the item before it
                kind = 1
            elif as_items and not kind and p.kind == "Paragraph" and last_item is not None \
                    and numbered_after(last_item, inl):
                # "2.[Title](…)" / "3.Name ：Title" / "[Title | bioRxiv](…)": the next hand-numbered item, its link on
                # its second line, not a note on the item before it
                kind = 1
            elif as_items and not kind and p.kind == "Paragraph" and not inl.links and not inl.strong_lead \
                    and "\n" not in inl.plain.strip() and _plain_reference(inl.plain):
                # "Title. Authors. Jama 1992: 268(2); 240-8." between "Title. … Available in [html format](…)"
                # paragraphs: a whole reference of its own (one the list gave no link), not a note on the last
                kind = 1
            if kind:
                # the section's last item so far, kept as the loop runs (looking back for it at each paragraph was
                # quadratic in a section of many paragraphs)
                last_item = inl
            # (a quote right under a bold-titled record or an item, "**Title**" / "> Authors" / "> Paper: …", holds
            # that record's lines: only a quote opening the section's records, or after another card, is a card)
            card = (_quoted_field_record(p) or quoted_bold_title_card(p)) if p.kind == "BlockQuote" \
                and (not groups or id(groups[-1][1]) in quoted_cards) else None
            if card is not None:
                # "> 论文地址： https://…" / ">" / "> 论文题目：Title": a quote framing one work's labelled lines is
                # that work's record, its lines read as the paragraphs they are
                groups.append((False, card[0]))
                field_titles[id(card[0])] = card[1]
                quoted_cards.add(id(card[0]))
                continue
            if p.kind == "BlockQuote" and groups and id(groups[-1][1]) in quoted_cards and not inl.links:
                continue  # "> 论文地址： " / "> 论文题目：": the card template left empty after a filled one
            if p.kind == "BlockQuote" and at and groups and len(groups[-1][1]) == 1 \
                    and groups[-1][1][0][0] is units[at - 1][0] and units[at - 1][0].kind == "Paragraph" \
                    and self.line_of(p.start) == self.end_line_of(units[at - 1][0].end) + 1 \
                    and repository_name_over_quoted_work(units[at - 1][1], inl):
                # "[**ST-Net**](github…)" / "> [**Title**](doi…)" / ">   by Authors.": the quote cites the work, the
                # name line over it links the work's code; one record, titled by the quote
                groups[-1] = (True, [(p, inl), groups[-1][1][0]])
                continue
            starts_block = p.kind == "Paragraph" and inl.strong_lead and (
                inl.strong_only or (inl.links and inl.plain.lstrip().startswith(inl.strong_lead[:8])
                                    and not citation_markers_only(inl))
                or _bold_record_links_left_empty(inl) or _bold_title_venue_byline([(p, inl)])
                or bold_title_over_venue_tag(inl) or _author_year_key_over_lines(inl)
                or bool(inl.bold) and bold_title_after_highlighted_byline(inl.plain, inl.bold) is not None) \
                and not (not groups and not intro and self.stamp_under_titled_heading(inl)) \
                and not box_venue_line(inl, groups[-1][1] if groups else intro) \
                and not _empty_field_of_record(inl, units[at - 1][1] if at and units[at - 1][0].kind == "Paragraph"
                                               else None)
            field_title = _title_field_value(inl) if p.kind == "Paragraph" else ""
            if not field_title and p.kind == "Paragraph":
                # "Title: U-Net: …" / "Authors: …": the same record with its labels unbolded
                field_title = plain_title_field_over_authors(
                    inl, units[at + 1][1] if at + 1 < len(units) and units[at + 1][0].kind == "Paragraph" else None)
            if not field_title and p.kind == "Paragraph":
                # "Paper 1 name: …" / "Paper link: https://…" / "Date: …": a notes file's plain fields of one work
                field_title = plain_title_field_over_link(inl)
            if not field_title and p.kind == "Paragraph":
                # "7.题目：Title" / "链接：https://arxiv…" / "代码链接：https://github…": the same fields, a paragraph each
                field_title = plain_title_field_over_link_paragraph(
                    inl, units[at + 1][1] if at + 1 < len(units) and units[at + 1][0].kind == "Paragraph" else None)
                if field_title:
                    paragraph_field_records.add(at)
                elif groups and paragraph_field_records and (field_title := title_field_line(inl)):
                    # "5.题目：组会讨论记录" / "链接：<a page>" among such records: the next title field closes the
                    # record before it (its page is no link of that paper's), a record of its own
                    paragraph_field_records.add(at)
            if field_title:  # "**标题**：A Survey of …" / "**Title:** …": a record titled by its value
                groups.append((False, [(p, inl)]))
                field_titles[id(groups[-1][1])] = field_title
            elif p.kind == "BlockQuote" and inl.links and at and groups and not groups[-1][0] \
                    and len(groups[-1][1]) == 1 and groups[-1][1][0][0] is units[at - 1][0] \
                    and units[at - 1][1].strong_only and not units[at - 1][1].links:
                # "**Segment Anything in Medical Images**" / "> A foundation model for … [[paper]](…)": the quote under
                # a bold title is that record's note and links, however item-like its links make it (read as an item
                # of its own, the work was titled by its note and the bold title lost)
                groups[-1][1].append((p, inl))
            elif p.kind == "Paragraph" and inl.links \
                    and (owner := groups[-1][1] if groups and groups[-1][0] else intro if not groups else None) \
                    and owner[-1][0].kind == "Paragraph" and record_link_line(inl) and linked_title_opening(owner[-1][1]):
                # "[Title](arxiv…) \\" / "Authors" then, a paragraph down, "[**Project**](github…)": an academic
                # homepage's paper box gives the work's own links in a paragraph of their own, no record of theirs
                # (after an introduction's last paragraph, the two make an item)
                if owner is intro:
                    groups.append((True, [intro.pop(), (p, inl)]))
                else:
                    owner.append((p, inl))
            elif p.kind == "Paragraph" and (record_link_line(inl) or link_placeholder_line(inl)) \
                    and (owner := groups[-1][1] if groups else intro) \
                    and (held := linked_title_over_byline_box(owner)):
                # "[Title](arxiv…) (MICCAI 2023)" / (blank line) / "Authors" / (blank line) / "[**code**](github…)"
                # (or its slot left unfilled, "[**code** (coming soon)]", ``link_placeholder_line``):
                # the same paper box with its byline in a paragraph of its own between title and links; the three
                # paragraphs are one item (read as an introduction, the work was lost and its code became a
                # repository titled "code")
                # (after a box read before, the two paragraphs ran on as that record's notes: they open a new one)
                # (a bold venue line under the byline, "**MICCAI 2025**", is the box's third paragraph)
                if owner is not intro and len(owner) == held:
                    owner.append((p, inl))  # the record is the box, opened by its title
                else:
                    groups.append((True, [*owner[-held:], (p, inl)]))
                    del owner[-held:]
            elif p.kind == "Paragraph" and (owner := groups[-1][1] if groups else intro) \
                    and numbered_title_over_links(owner[-1], inl):
                # "1.Title(*Venue*)" / "<a href=…>[Journal Link]</a> <a href=github…>[Code]</a>": a hand-numbered
                # title line and the paragraph of its labelled links under it are one item (read apart, the links
                # went to the section's heading)
                groups.append((True, [owner.pop(), (p, inl)]))
            elif p.kind == "Paragraph" and groups and not groups[-1][0] and labelled_links_note(inl) \
                    and linked_title_lead(groups[-1][1][0][1]) and not bold_work_title_lead(inl):
                # "**[Title](…)** (EMNLP 2020)" / "notes …**（[代码](github…)）**": the notes under a bold linked
                # title, their only links labelled (``labelled_links_note``), are that record's, its code with them
                groups[-1][1].append((p, inl))
            elif starts_block and groups and not groups[-1][0] and id(groups[-1][1]) in field_titles \
                    and _LINK_LABEL_ONLY.match(_bracket_label(inl.strong_lead).rstrip(":：")):
                groups[-1][1].append((p, inl))  # "**链接**：https://…" is the record's link, not a new one
            elif starts_block and title_record is not None and _LINK_FIELD_LABEL.match(inl.strong_lead):
                # "**Title:** [Title](…)" … "**Additional links:** … on [Github](…)": the record's own links
                title_record.append((p, inl))
            elif starts_block and groups and record_note_over_its_links(inl, groups[-1][1]):
                # "[Title](…)" / "Authors" / "**Best Student Paper Award**" / "[[Code]](github…)": a paper box's
                # award or acceptance line, set in bold, is a note on that record, not a record of its own
                groups[-1][1].append((p, inl))
            elif starts_block and (bracket_tag_bold_lead(inl) or numbered_bold_link_lead(inl)
                                   or bold_date_stamp_lead(inl)):
                # "**[`arXiv 2023`]**[Title](…)", "**1. [Title](…)**": a tagged or numbered item, no bold title
                # ("**Jan 1, 2017:** [Title](…)": a reading log's dated item, ``bold_date_stamp_lead``)
                groups.append((True, [(p, inl)]))
            elif starts_block and _is_meaningful(inl.strong_lead) and not _role_label_lead(inl) \
                    and not (not inl.links and _BIB_FIELD.match(_field_label(inl) or "-")) \
                    and not _venue_field_lead(inl):
                # ("**Authors:**" left empty is a record's field, no bold title of a record)
                # ("**Venue:** [NeurIPS 2025 Workshop](openreview…)" under "#### RNA-Scope: …": the record's venue)
                # ("**Paper**: https://… **Code**: https://…" is a record's line of links, titled by no bold label)
                groups.append((False, [(p, inl)]))
                if inl.links and _TITLE_FIELD.match(inl.strong_lead):
                    title_record = groups[-1][1]
                elif inl.bold and (highlighted := bold_title_after_highlighted_byline(inl.plain, inl.bold)):
                    # "**Mou Lei**, Zhao Yitian, et al. **Title.** *Venue*" / "[Paper](…) [Code](…)": the member's
                    # highlighted name opens the line, the second bold run titles the record
                    field_titles[id(groups[-1][1])] = highlighted[0]
            elif as_items and at and p.kind == "Paragraph" \
                    and (owner := groups[-1][1] if groups and groups[-1][0] else intro if not groups else None) \
                    and owner[-1][0] is units[at - 1][0] and (len(owner) > 1 or owner is intro) \
                    and _title_split_from_venue_links(units, at) \
                    and (venue_titled := _venue_titled_items(units) if venue_titled is None else venue_titled) >= 2:
                # "Title" / (blank line) / " (IEEE TMI 2025) [[paper]](…)" among "Title (CVPR 2025) [[paper]](…)"
                # items: the record's title ran into the item before it as a note; the two halves are one item
                # (a two-word tag, " (MICCAI 2024) [[paper]](…)", reads as no item alone and ran in with it)
                groups.append((True, [owner.pop(), (p, inl)]))
            elif as_items and kind:
                groups.append((True, [(p, inl)]))
            elif groups and groups[-1][0] and p.kind == "Paragraph" and inl.links \
                    and prose_naming_projects(inl, groups[-1][1][0][1]):
                # "**IROS'22**: [Title] [[Paper](arxiv…)]" / "<p align=center><img …></p>" / "OrthoSim is built on
                # [PyBullet](github…) and follows the [OpenAI Gym](github…) style.": a sentence naming the projects
                # the page builds on is no field of the item before it; its repositories are not that paper's code
                continue
            elif as_items and groups and groups[-1][0] and (
                    year_label_paragraph(p, inl)
                    or emphasised_label_paragraph(p, inl) and at + 1 < len(units)
                    and (units[at + 1][2] or year_label_paragraph(units[at + 1][0], units[at + 1][1]))):
                # "Venue_Title" / "*2018*" / "Venue_Title", "… Title" / "*Drug Chem-Target Interaction*" / "*2011*":
                # a label dates or files the items after it, no note on the one before (``year_label_paragraph``,
                # ``emphasised_label_paragraph``)
                continue
            elif as_items and groups and groups[-1][0] and p.kind == "Paragraph" and _paper_callout(inl) \
                    and not _cites_record(groups[-1][1][0][1].links):
                # "结果可以在线提交评估，[提交脚本](github…)。" / "数据集论文：[The … Benchmark](arxiv…)" under a data
                # set's row: a line labelled as a paper and titled by its one link names a work of its own, no note on
                # the item before it when that item cites no scholarly record (read as its note, the paper was lost
                # and the prose line took its arXiv link, the paper the prose's repository as its code)
                groups.append((True, [(p, inl)]))
            elif as_items and groups and groups[-1][0] and p.kind == "Paragraph" \
                    and prose_cites_other_author_year_work(inl, groups[-1][1]):
                # "[Gurulingappa et al. (2012)](doi…) set …" / "An instance … is proposed by [Schulz et al.
                # (2023)](…pdf) to use …" / "NER: [Yada et al. (2020)](aclanthology…) aimed at …": in an annotated
                # bibliography of author-year items, a paragraph citing another work by its authors and year in
                # its prose is that work's record, no note on the item before it (``prose_cites_other_author_year_work``),
                # titled by its citation (the words or the label before it are no title)
                groups.append((True, [(p, inl)]))
                cited_by_key.add(id(groups[-1][1]))
            elif groups:
                groups[-1][1].append((p, inl))
            else:
                intro.append((p, inl))
        entries_before = self.section_entries
        # "## 乳房组织病理学图像分析的全面综述" / "**标题**：A Comprehensive Review …" / "**链接**：…": a link-less
        # heading whose section is one record titled by its title field (the heading a translation or a
        # short name of the work) opens that record: the entry starts at the heading
        heading = self.section_heading
        opener = heading if heading is not None and heading is not self.title_h1_node and self.section_level >= 2 \
            and entries_before == 0 and not intro and len(groups) == 1 and id(groups[0][1]) in field_titles \
            and not _has_links(self.section_heading_inline) else None
        # "【1】 Correlation Filter for UAV-Based Aerial Tracking: A Review<br>" / "**标题**：相关过滤…<br>" /
        # "**链接**：…": one link-less line right before the section's lone title-field record opens that record
        # (the work's own title over a field that gives its translation); the record's figures after it
        # ("[基于DCF的追踪器的性能比较](….jpg)", each a linked paragraph of its own) are groups of their own, and
        # leave it the section's lone title-field record: a second one would make the line the section's lead-in
        lead = None
        if opener is None and entries_before == 0 and len(intro) == 1 and groups \
                and id(groups[0][1]) in field_titles and sum(id(g) in field_titles for _, g in groups) == 1 \
                and intro[0][0].kind == "Paragraph" and not intro[0][1].links:
            lead_text = " ".join(intro[0][1].plain.split())
            if lead_text and len(lead_text) <= 250 and "\n" not in intro[0][1].plain.strip() \
                    and _is_meaningful(lead_text):
                lead, intro = intro[0], []
                lead_title = _lead_title(lead_text, field_titles[id(groups[0][1])])
                if lead_title:
                    field_titles[id(groups[0][1])] = lead_title
                else:
                    lead_text = ""
        if opener is None and lead is None:
            heading_title = self.heading_over_bib_fields(groups, intro, entries_before)
            if heading_title:
                opener = heading
                field_titles[id(groups[0][1])] = heading_title
            elif heading_title := self.parent_titled_bib_fields(groups, intro, entries_before):
                field_titles[id(groups[0][1])] = heading_title
        for item, g in groups:
            if item:
                self.emit_item(g, link_title=id(g) in cited_by_key)
            elif any(_has_links(inl) for p, inl in g if p.kind == "Paragraph" or p.kind == "BlockQuote" and p is not g[0][0]) \
                    or g[0][0].kind == "Paragraph" and (_bold_record_links_left_empty(g[0][1])
                                                        or _author_year_key_over_lines(g[0][1])) \
                    or id(g) in field_titles and _record_identified_in_text(g):
                parts = [(opener, self.section_heading_inline)] + g if opener is not None else g
                if lead is not None and id(g) in field_titles:
                    parts = [lead] + parts
                self.emit_block(parts, title=field_titles.get(id(g)) or _drop_closing_stop(bold_lead_title(g[0][1])),
                                keep_title=lead is not None and bool(lead_text))
            elif id(g) in field_titles and _cites_its_authors(g):
                # "Title: U-Net: …" / "Authors: Olaf Ronneberger, …" (labels bold or not), no link anywhere: a work
                # cited by its labelled title and authors, its link not given
                parts = [(opener, self.section_heading_inline)] + g if opener is not None else g
                self.emit_block(parts, title=field_titles[id(g)], marks=(BIB_RECORD_FIELD,))
            elif _bold_title_over_byline(g) and not self.heading_is_linked():
                # "**Title**" / "<i> Under review, 2026 </i>" / "Authors": a work its authors list before its link
                # (under a linked heading, "### [Title](arxiv…)" / "**Título traducido**" / "Authors", the bold line
                # is the heading record's title translated, its byline the record's)
                self.emit_block(g, title=_drop_closing_stop(g[0][1].strong_lead), marks=(BIB_RECORD_FIELD,))
            elif _bold_title_venue_byline(g):
                # "**[Tag] Title**. (2023-ICLR) Authors." / "**TLDR**: …": a link-less record, its byline on its line;
                # the bold run is the whole title (read as one reference with the byline, the title ran on into the
                # first author's initial: "… Ciarán M.")
                self.emit_block(g, title=_drop_closing_stop(g[0][1].strong_lead),
                                marks=(BIB_RECORD_FIELD, BYLINE_HEADING_FIELD))
        # 2. heading block: a heading (level ≥ 2) whose section has links in prose and no list entries
        #    (before a list, only a level ≥ 3 heading: "## Datasets / see [x] / - …" is an intro)
        read = False  # whether the intro's links became entries or were reported
        if intro and not final and not groups and len(intro) > 1 and linked_whole_reference(*intro[-1]) \
                and not any(inl.links for _, inl in intro[:-1]):
            # "## PSM" / "> 适用场景：…" / "Rosenbaum P R, Rubin D B. [Title](….pdf)[J]. Biometrika, 1983, 70(1):
            # 41-55." / "- **PSM**": link-less prose, then a whole reference over the list of what it brings: the
            # prose introduces the section, the reference is its first work (the list notes on it)
            intro = intro[-1:]
        if intro and not final and not groups \
                and (_reference_paragraph(*intro[0]) or _titled_bare_reference(*intro[0])
                     or _linked_title_over_byline(intro) or linked_whole_reference(*intro[0])
                     or title_led_linked_reference(*intro[0])) \
                and not any(inl.links for _, inl in intro[1:]):
            # "## 2019-06-07, _metagenomics_" / "[Li, D., et al. "Title." Bioinformatics (2015).](…)" /
            # "* de novo assembler …": a lone linked reference before a list is the entry (link-less lines
            # after it, such as a "Show BibTeX" toggle, describe it); the list notes on it
            n = len(self.out)
            self.emit_item(intro)
            if len(self.out) == n + 1:
                self.note_anchor = n
                self.heading_entry_linked = True
            intro, read = [], True
        notes_item = None
        if intro and not final and notes is not None and intro[-1][0].end == notes.end \
                and intro[-1][0].kind == "Paragraph" and _cites_record(intro[-1][1].links):
            inl = intro[-1][1]
            first = next((link for link in inl.links if not link.image), None)
            if first is not None and _complete_reference(inl, first):
                # "Daniel Park et al. [Title](doi…), *medRxiv* (2020)." / "  * [GitHub Repository](…)": a lone
                # reference over its code link is an entry (read after the paragraphs before it)
                notes_item = intro.pop()
        if intro:
            n_intro = len(intro)
            intro = self.emit_paper_callouts(intro)
            intro = self.emit_colon_titled_urls(intro)
            read = read or len(intro) < n_intro
        if intro and entries_before > 0 and not groups:
            # "- Nat Rev Genet. 2011;12(6):443-51. / Title. / [PMID: …](…)" then, after a blank line, the
            # same without its bullet: a reference that cites a record after the section's entries is one more
            rest = self.emit_where(intro, lambda p, inl: p.kind == "Paragraph" and bool(inl.links)
                                   and (_cites_record(inl.links) or _byline_link(inl)
                                        or linked_whole_reference(p, inl)) and _item_kind(inl) == 1)
            read = read or len(rest) < len(intro)
            intro = rest
        # "## ⌨️1.DilatedToothSegNet: …" / "[Code_Link](…)|**Time:2024**" / "[Paper_Link](…)", then the authors'
        # notes (a bold line, a list): the heading's record, its lines of labelled links no introduction
        link_record = bool(intro) and not final and self.section_level >= 2 and entries_before == 0 \
            and self.section_heading is not None and not _has_links(self.section_heading_inline) \
            and names_work(strip_section_number(_clean_title(self.section_heading_inline.plain))) \
            and all(p.kind == "Paragraph" and _role_link_line(inl) for p, inl in intro)
        # "## 1.Title" / "出自ICCV 2021。论文lib:https://arxiv… code:https://github…" / the reader's notes, link-less
        # paragraphs and then bullets: the stamped line of the work's labelled addresses opens the heading's record,
        # the paragraphs and the bullets after it are notes on that work (``stamped_role_addresses_line``)
        stamped_record = bool(intro) and not final and not link_record and self.section_level >= 2 \
            and entries_before == 0 and self.section_heading is not None \
            and self.section_heading is not self.title_h1_node and not _has_links(self.section_heading_inline) \
            and names_work(strip_section_number(_clean_title(self.section_heading_inline.plain))) \
            and intro[0][0].kind == "Paragraph" and stamped_role_addresses_line(intro[0][1]) \
            and all(p.kind == "Paragraph" and not _has_links(inl) for p, inl in intro[1:])
        link_record = link_record or stamped_record
        # "# 05.Title" / "> github:" / "> https://github…" / "> paper: MICCAI2023" / "> https://arxiv…" / "> - [a blog
        # post](…)": the label-over-URL fields a quote opens with, before its list, are the heading's record as they
        # would be at the section's end (``quoted_label_over_url_fields``: a paper or code label says so)
        link_record = link_record or bool(intro) and not final and entries_before == 0 \
            and self.section_heading is not None and self.section_heading is not self.title_h1_node \
            and not _has_links(self.section_heading_inline) \
            and all(p.kind == "BlockQuote" and quoted_label_over_url_fields(p) for p, _ in intro)
        # "## 2. Title" / "**Nature Medicine, 2023**" / prose / "[Nature Medicine 原文](…)" / "- a note": the work's
        # bold venue stamp opens the section, so its paragraphs are the heading's record, before its notes or at
        # the section's end (``heading_venue_stamp``); a paragraph linking a work of its own by title is no such
        # record's, nor is a section whose bold lines go on to records of their own
        stamp = self.heading_venue_stamp(intro[0][1]) \
            if intro and entries_before == 0 and intro[0][0] is paras[0] and intro[0][0].kind == "Paragraph" \
            and not any(item or any(_has_links(g_inl) for _, g_inl in g) for item, g in groups) \
            and not any(names_work(link.text, min_words=4) for _, p_inl in intro[1:] for link in p_inl.links
                        if not link.image) else None
        if intro and not final and self.section_level < 3 and not link_record and stamp is None \
                and any(_has_links(inl) for _, inl in intro):
            self.list_diags.append(self.diag(self.line_of(intro[0][0].start), "skipped-prose",
                                             "links in introductory prose are not entries", "info"))
            read = True
        # (a "## " section whose paragraphs go on to items of their own, "[1-1] [Title](…)", is no record: its
        # prose introduces them, as the skipped-prose note above says, whatever link it mentions in passing)
        intro_to_items = self.section_level < 3 and any(item for item, _ in groups)
        if intro and (final and not intro_to_items or self.section_level >= 3 or link_record or stamp is not None) \
                and self.section_heading is not None \
                and (self.section_level >= 2 or id(self.section_heading) in self.h1_sections) \
                and entries_before == 0 and not (self.title_h1 and self.section_level == 1):
            heading_inline = self.section_heading_inline
            standalone = _standalone_links(intro, heading_inline.plain)
            # "### 文本生成" / "Title" / "translation" / "论文地址：[url](url)", then "**Title**" / … / "论文地址：…"
            # records: a record ahead of bold-titled ones that close on the same kind of link line is the
            # section's first record with its bold left off, not the heading's lines
            # (so is a lone such record under a topic heading, once earlier sections of the list were read as
            # such records: "### 机器翻译" / two records, then "### 机器阅读理解" / "Title" / "论文地址：[url](url)")
            bold_link_records = bool(groups) and all(
                not item and g[-1][0].kind == "Paragraph" and _link_line(g[-1][1]) for item, g in groups)
            # (and a lone record whose title is followed by its translation, in the list's first such section:
            # ``translated_title_record``)
            # (not a sentence about what the heading names: "### MedSegKit" / "MedSegKit segments organs …" /
            # "论文地址：…" is the tool's record, titled by its name)
            lone_ok = bold_link_records or not groups and not _names_a_paper(heading_inline.plain) \
                and not _opens_with_heading_name(heading_inline.plain, intro[0][1].plain) \
                and (self.title_link_sections > 0 or self.title_link_page and len(intro) == 2
                     or translated_title_record(intro))
            paired = None if standalone or _has_links(heading_inline) \
                else _title_link_records(intro, min_records=1 if lone_ok else 2)
            if stamp is not None:
                self.emit_block([(self.section_heading, heading_inline)] + intro, title=heading_inline.plain,
                                heading_topic=True, venue_year=stamp, marks=(NOTED_TITLE_FIELD,))
                read = True  # (a work's notes, linked or not: "## 5. Title" / "**Genetics in Medicine, 2022**" / prose)
            elif paired is not None:
                self.title_link_sections += 1
                # "Title" / "论文地址：[url](url)" paragraphs, record after record: a list without bullets
                for rec in paired:
                    self.emit_block(rec, title=_drop_closing_stop(rec[0][1].plain.strip()))
                read = True
            elif standalone and not _has_links(heading_inline):
                # "[Name](url)" paragraphs, one per line, under a heading: a list without bullets; the link-less
                # quotes right after one ("> Torii M, Liu H." / "> J Am Med Inform Assoc. 2011 … doi: …") are its
                # lines (a plain paragraph there, "附：", may open what follows: it stays out)
                linked = {id(p) for p, _ in standalone}
                records: list[list[tuple[_Node, _Inline]]] = []
                for p, inl in intro:
                    if id(p) in linked:
                        records.append([(p, inl)])
                    elif records and records[-1] and p.kind == "BlockQuote" and not inl.links:
                        records[-1].append((p, inl))
                    else:
                        records.append([])  # anything else between closes the record before it
                for rec in filter(None, records):
                    self.emit_block(rec, title=rec[0][1].links[0].text)
                read = True
            elif len(intro) == 1 and intro[0][0].kind == "Paragraph" and not _has_links(heading_inline) \
                    and (cited := quoted_reference_over_record_badge(intro[0][1])) is not None:
                # "### DoubleCrossFit" / 'Zivich PN, Breskin A. "Title". *Epidemiology*. 2021;32(3):393-401.' /
                # "[![PubMed](…badge…)](pubmed…)": the heading names the folder of the work's code; the reference
                # under it is the work, titled by its quoted title, its badge the record's link, and its byline,
                # venue and year are the reference's (the venue read after the quotes is no author)
                n = len(self.out)
                self.emit_item(intro, link_title=True, quoted_title=cited.title)
                if len(self.out) == n + 1:
                    self.out[-1] = replace(self.out[-1], authors=cited.authors, year=cited.year, venue=cited.venue)
                read = True
            elif not _has_links(heading_inline) \
                    and (glued := glued_number_url_list(heading_inline.plain, [p for p, _ in intro])) is not None:
                # "#### 损失函数、激活函数、评估指标" / "1.https://blog…" / "2.https://blog…" / "4.http://…/chopra-05.pdf":
                # a numbered list written without the space after its numbers; each line is an item of its own
                # link, the heading their topic, not one record titled by the heading
                for line in glued:
                    self.emit_item([line])
                read = True
            elif intro[0][0].kind == "Paragraph" and (_tag_opened_record(intro[0][1])
                                                      or not _has_links(heading_inline)
                                                      and byline_opened_record(intro[0][1])):
                # "### Sequence embeddings" / "[transformer]" / "**Title**" / "[Authors. Venue.](…)": the section's
                # first record has its own bold title; the heading is its topic, as for the records after it
                # (so has "## Conference papers" / "*Keller J, Vogel S*" / "**Title**" / "DOI: […](…)": a byline line
                # over the bold title, ``byline_opened_record``)
                if len(intro) > 1 and not _tag_opened_record(intro[0][1]) \
                        and all(p.kind == "Paragraph" and byline_opened_record(inl) for p, inl in intro):
                    # (two such paragraphs or more, "*Haddad N, Ferreira L*" / "**Title**" / "DOI: …" then "*Oyelaran
                    # T*" / "**Title**" / "PMID: …": each is a record of its own, not one record holding both)
                    for part in intro:
                        self.emit_item([part])
                else:
                    self.emit_item(intro)
                read = True
            elif (_titled_bare_url_line(intro) or len(intro) == 1 and intro[0][0].kind == "Paragraph"
                  and _role_slots_left_empty(intro[0][1])) and not _has_links(heading_inline) \
                    and (not _names_a_paper(heading_inline.plain) or "\n" in intro[0][1].plain.strip()):
                # "### 2023" / "Computational Prediction of Drug Phenotypic Effects … https://ieeexplore…": the
                # section's one line is an item of its own, titled by its text (as its sibling sections' lines
                # are), not a record titled by the heading above it (a year, a topic). A title on a line of its
                # own over its links is the item's whatever the heading reads like: "### British Machine Vision
                # Conference (BMVC)" / "CEREALS - Cost-Effective … Segmentation  " / "**[BMVC'18]** **[[PDF]](…)**"
                # (a venue's name reads as a title of five words; a heading record's lines under its title are
                # a byline or a sentence, which ``_titled_bare_url_line`` turns away)
                self.emit_item(intro)
                read = True
            elif not _has_links(heading_inline) and not _names_a_paper(heading_inline.plain) \
                    and all(p.kind == "Paragraph" and (own_title_line_record(inl) or label_link_title_record(inl)
                                                       or title_over_byline_record(inl))
                            for p, inl in intro):
                # "### ICCV Workshop" / "Title" / "**[ICCVW'21]** **[[PDF]](…)**": the section's paragraphs are
                # records titled by their own first lines, as in its sibling sections; the heading is their venue
                for part in intro:
                    self.emit_item([part])
                read = True
            elif not _has_links(heading_inline) and all(reference_link_over_notes(p, inl) for p, inl in intro):
                # "### Week 1: Jan 10 - 14" / "[Volz, E. M., … (2013). Viral phylodynamics. PLoS …][volz2013] <br>" /
                # "\\* Provides a bird's-eye overview …": readings, each a whole reference linked on its first line
                # with its notes under it, are items of their own; the heading is their topic (a schedule's week)
                for part in intro:
                    self.emit_item([part])
                read = True
            elif final and _byline_record(heading_inline, intro):
                # "### 2020 Nucleic Acids Research" / "##### DriverDBv3: A Multi-omics …" / "S. H. Liu, … W. C. Cheng":
                # a lab's publication, its title the heading, its byline the line below
                self.emit_block([(self.section_heading, heading_inline)] + intro, title=heading_inline.plain,
                                heading_topic=True, marks=(BYLINE_HEADING_FIELD,))
                read = True
            elif (final or self.identified_heading(None)) and _labelled_byline_record(heading_inline, intro):
                # "## 5. Vid2World: Crafting Video Diffusion Models …" / "**Authors:** …" / "**Year:** 2026 |
                # **Venue:** ICLR 2026" / "> abstract": a digest's record of a work it gives no link for
                # (so is "### 4.1 Paper 1: Title (arXiv:2304.03347)" / "**Authors:** …" / "**Venue:** …" over the
                # notes a literature review goes on with, lists and tables: the identifier the heading writes out
                # says it is a work, the fields are its own, not an introduction to the notes)
                self.emit_block([(self.section_heading, heading_inline)] + intro, title=heading_inline.plain,
                                heading_topic=True, marks=(BIB_RECORD_FIELD,))
                read = True
            elif final and _written_identifier_record(heading_inline, intro):
                # "# 2. The Parable of Google Flu: Traps in Big Data Analysis" / "David Lazer1,2,*, Ryan Kennedy…" /
                # "Science  14 Mar 2014:" / "Vol. 343, Issue 6176, pp. 1203-1205" / "DOI: 10.1126/science.1248506":
                # the work's byline and venue lines over its identifier written out, no link: the heading's record
                self.emit_block([(self.section_heading, heading_inline)] + intro, title=heading_inline.plain,
                                heading_topic=True, marks=(BIB_RECORD_FIELD,))
                read = True
            elif _write_up_facet_prose(heading_inline, intro):
                # "## Dataset Information" / "[CheXpert](…pdf) is a large public dataset …": the project's own
                # write-up citing a work by name in its prose, no record titled by the heading ("skipped-prose")
                pass
            elif any(_has_links(inl) for p, inl in intro if p.kind == "Paragraph" or _role_link_line(inl)
                     or p.kind == "BlockQuote" and (quoted_label_over_url_fields(p) or quoted_role_address_fields(p))) \
                    or _has_links(heading_inline) \
                    or any(p.kind == "Paragraph" and _paper_badge_line(inl) for p, inl in intro) \
                    and names_work(strip_section_number(_clean_title(heading_inline.plain))) \
                    or final and self.section_level >= 2 and any(_labelled_reference(p, inl) for p, inl in intro):
                # ("## Title (2017)" / "> [`paper`](…)" / "### **Dataset**" / "> - MRI": a quote holding only the
                # record's labelled links is its line of links, as the same line unquoted is; quoted prose is not)
                # (a link-less section is a record too when it gives its work's reference: "## QA4MRE-Alz" /
                # "… description …" / "Paper: Morante R, … 2012. Machine reading of …. In *CLEF 2012*.")
                # "### Title" / "https://arxiv…" / "https://github…", then "Other Title" / "https://github…": after
                # the heading's own bare URLs, a paragraph written as a notes file's item (its title on a line of
                # its own, its bare URLs under it) is the next item, not more lines of the heading's record
                cut = len(intro)
                if not _has_links(heading_inline) and intro[0][0].kind == "Paragraph" and bare_urls_only(intro[0][1]):
                    cut = next((i for i, (p, inl) in enumerate(intro) if i and p.kind == "Paragraph"
                                and title_line_over_bare_urls(inl)), cut)
                # "## HistoQC" / "HistoQC 是…工具，[【代码入口】](github…)⏎“HistoQC：…”，Janowczyk A.，…，2019" / "“肾脏…的
                # 评估”，Chen Y.，…，病理学杂志，2020年": a link-less quoted-title reference paragraph after the tool's
                # record cites a work of its own (``quoted_reference_paragraph``), not the tool's
                cut = next((i for i, (p, inl) in enumerate(intro[:cut]) if i and quoted_reference_paragraph(p, inl)),
                           cut)
                # "### PIRD: Pan immune repertoire database" / "https://…" / "> blurb" / "Zhang, W. et al. [PIRD: Pan
                # Immune Repertoire Database.](doi…) Bioinformatics …": the resource's paper, titled by its reference
                own = "" if _has_links(heading_inline) else _own_reference_title(intro[:cut])
                # "## Notes" / "… inspired by [A Survey of …](arxiv…) …" / "… we recommend [Other Title](doi…) …":
                # prose paragraphs under a heading that names no work, citing different works by titled links, are
                # one record per work, not the heading's one record holding both works' identifiers
                # (under a heading that reads as a title, only works cited by their authors and year: such a
                # citation names the work, so the heading over it is the section's topic)
                cited = None if own or _has_links(heading_inline) \
                    else prose_paragraphs_citing_works(
                        intro[:cut], keyed_only=_names_a_paper(heading_inline.plain, min_words=3))
                if cited is not None:
                    for title, at in cited:
                        self.emit_block([intro[i] for i in at], title=title)
                else:
                    # ("## Paper 2: Voice Assistants for Older Adults": the record's number and the word before it go)
                    self.emit_block([(self.section_heading, heading_inline)] + intro[:cut],
                                    title=own or strip_record_number(heading_inline.plain), heading_topic=True,
                                    marks=(OWN_REFERENCE_FIELD,) if own else (), keep_title=bool(own))
                items: list[list[tuple[_Node, _Inline]]] = []
                for p, inl in intro[cut:]:
                    if p.kind == "Paragraph" and (title_line_over_bare_urls(inl) or quoted_reference_paragraph(p, inl)):
                        items.append([(p, inl)])
                    else:
                        items[-1].append((p, inl))  # a note under the item
                for group in items:
                    self.emit_item(group)
                read = True
        elif intro and self.section_heading is not None and final and self.section_entries == 0:
            heading_inline = self.section_heading_inline
            if _has_links(heading_inline):
                # "# SAM-Vessel \\[[Paper](arxiv…)]" / "[![Open in Colab](…)](…) [![Stars](…)](github…/SAM-Vessel)": the
                # badge row right under a paper's code README title links the page's own repository, the paper's code
                badges = [(p, replace(inl, links=repos)) for p, inl in intro[:1]
                          if p.kind == "Paragraph" and _names_own_paper_by_role(heading_inline)
                          and (repos := _badge_repository_roots(inl))]
                self.emit_block([(self.section_heading, heading_inline)] + badges, title=heading_inline.plain,
                                heading_topic=True)
        if stamped_record and read:
            self.heading_entry_linked = True  # the bullets under it are the reader's notes on the work
        if not read and intro:
            # "Some notes …" / "> [Co-teaching: Robust Training of …](arxiv…) (Han, NeurIPS 2018)": a quote that is
            # one linked item citing a scholarly record, which no rule above read, is that work's entry (a quote
            # only sets it off, as a quote holding a list is that list)
            intro = self.emit_where(intro, lambda p, inl: p.kind == "BlockQuote" and _item_kind(inl) > 0
                                    and _cites_record(inl.links[:1]))
            # "# Articles" / "https://dl.acm.org/doi/10.1145/…" / "https://www.mdpi.com/…": a paragraph that is one
            # bare URL of an article page and nothing else, which no rule above read, is that work's entry, untitled
            # as the bullet "- https://doi.org/…" is (else its identifier was lost with the whole section)
            intro = self.emit_where(intro, lambda p, inl: p.kind == "Paragraph" and len(inl.links) == 1
                                    and bare_urls_only(inl) and _cites_record(inl.links))
        if not read and any(_has_links(inl) for p, inl in intro):
            # nothing silently dropped: prose (or a quote) with links that no rule above read as entries
            self.list_diags.append(self.diag(self.line_of(intro[0][0].start), "skipped-prose",
                                             "links in prose are not entries", "info"))
        if notes_item is not None:
            n = len(self.out)
            self.emit_item([notes_item])
            if len(self.out) == n + 1:
                self.note_anchor = n

    def emit_name_stanzas(self, heading_inline: _Inline, lead: list[tuple[_Node, _Inline]],
                          stanzas: list[list[tuple[_Node, _Inline]]]) -> None:
        """One entry per stanza of ``name_stanza_records``: titled by its name, or, when a note of the stanza is a
        whole reference ("Klein, D. and Manning, C. (2002). Fast Exact Inference …"), read from that reference as an
        item (the name then describes it). The bare URLs right under the heading are the heading's record. A
        stanza with no link and no reference ("keras text_to_word_sequence") names a tool the list gives nothing
        for: no entry, as a link-less bullet gives none."""
        if lead:
            self.emit_block([(self.section_heading, heading_inline)] + lead, title=heading_inline.plain,
                            heading_topic=True)
        for rec in stanzas:
            ref = next((i for i, (_, inl) in enumerate(rec) if i and not inl.links and _plain_reference(inl.plain)),
                       None)
            if ref is not None:
                self.emit_item([rec[ref]] + rec[:ref] + rec[ref + 1:])
            elif rec[0][1].links:
                self.emit_item(rec)  # "brat" / "http://brat.nlplab.org/": its name over its URL in one paragraph
            elif any(inl.links for _, inl in rec):
                self.emit_block(rec, title=rec[0][1].plain.strip())

    def emit_paper_callouts(self, parts: list[tuple[_Node, _Inline]]) -> list[tuple[_Node, _Inline]]:
        """``> **📚 Survey Paper**: [Title](…) - …`` / ``**Our survey:** [Title](arxiv…)``: a line of an intro (or of a
        section about the list, "## Overview") labelled as a paper, the survey the list accompanies, titled by its
        link, is that paper's entry; so is one the prose announces (``… the survey paper titled "[Title](arxiv…)".``,
        titled by the link, not by the words before it). The other parts are returned."""
        parts = self.emit_own_papers_linked_here(parts)
        announced = _announced_papers(parts)
        if parts and self.section_heading is not None and self.under_page_title() \
                and parts[0][0].kind == "Paragraph" and byline_over_record_url(parts[0][1]) \
                and _names_a_paper(self.section_heading_inline.plain):
            # "# A Review of Deep Learning Methods for …" / "Chenxi Sun, Shenda Hong, … Hongyan Li." /
            # "https://arxiv.org/abs/2010.12493": the list's title is its survey's, its first lines that survey's
            # byline and record; the entry is titled by the list's title
            announced = {**announced, id(parts[0][0]): _clean_title(self.section_heading_inline.plain)}
        elif parts and self.section_heading is not None and self.under_page_title() \
                and parts[0][0].kind == "Paragraph" and _paper_badge_line(parts[0][1]) \
                and _names_a_paper(self.section_heading_inline.plain) \
                and not self.cited_further_on(parts[0][0], parts[0][1]):
            # "# Generalized Out-of-Distribution Detection … : A Survey [TMLR2025]" /
            # "[![paper](…/badge/Paper-arXiv24-…)](arxiv…/2407.21794) [![Issues](…)](github…/issues)": the list's
            # title is its survey's, the badge row under it links that survey's record; the entry is titled by the
            # list's title (``_paper_badge_line``: badges alone, one of them to a paper, no README's shields only)
            announced = {**announced, id(parts[0][0]): _clean_title(self.section_heading_inline.plain)}
        elif (own := self.own_paper_links_under_title(parts)) is not None:
            # "# Awesome Pruning at Initialization" / "A comprehensive survey of …" / "[[Survey](arxiv…) |
            # [Code](github…)]": the list's own survey and its code, linked by their roles alone under the title,
            # titled by the list's title (the role words are no title, venue nor note of it)
            self.emit_block([own], title=_clean_title(self.section_heading_inline.plain), keep_title=True)
            parts = [part for part in parts if part[0] is not own[0]]
        several = {id(p): links for p, inl in parts if p.kind == "Paragraph" and (links := paper_callout_links(inl))}
        for p, inl in parts:
            for link in several.get(id(p), ()):
                # "介绍论文： [Title A](…)[Title B](…)": a line of papers, one work (and one entry) for each link
                self.emit_item([(p, titled_link_part(inl, link))])
        parts = [(p, inl) for p, inl in parts if id(p) not in several]
        if not announced and not any(_paper_callout(inl) for _, inl in parts):
            return parts
        # "The Paper: [Title](…)" / "The official repository: [here](github…)": the code line right after a
        # callout is that paper's code, one record with it (``labelled_code_line``)
        rest: list[tuple[_Node, _Inline]] = []
        groups: list[list[tuple[_Node, _Inline]]] = []
        grouped = -2  # the index of the last part put in a group
        for i, (p, inl) in enumerate(parts):
            if grouped == i - 1 and inl.links and labelled_code_line(inl):
                groups[-1].append((p, inl))
            elif _paper_callout(inl) or id(p) in announced:
                groups.append([(p, inl)])
            else:
                rest.append((p, inl))
                continue
            grouped = i
        for group in groups:
            first = id(group[0][0])
            self.emit_item(group, link_title=first in announced, quoted_title=announced.get(first, ""))
        return rest

    def emit_own_papers_linked_here(self, parts: list[tuple[_Node, _Inline]]) -> list[tuple[_Node, _Inline]]:
        """``Our review paper on … can be found [here](doi…). We also have a review paper on …, accessed from [this
        link](biorxiv…).``: each sentence of the prose that links the list's authors' own paper by "here" or "this
        link" (``own_papers_linked_here``) is that paper's entry, titled as the prose names it, unless its record is
        cited again further on (a "## Citation" section's BibTeX gives it there). The other parts are returned."""
        rest: list[tuple[_Node, _Inline]] = []
        for p, inl in parts:
            found = [(sentence, title) for sentence, title in own_papers_linked_here(inl)
                     if not self.cited_further_on(p, sentence)] if p.kind == "Paragraph" else []
            for sentence, title in found:
                self.emit_block([(p, sentence)], title=title, keep_title=True)
            if not found:
                rest.append((p, inl))
        return rest

    def own_paper_links_under_title(self, parts: list[tuple[_Node, _Inline]]) -> tuple[_Node, _Inline] | None:
        """The one paragraph of the title's intro that links the list's own paper by its role alone
        (``own_paper_role_links``: ``[[Survey](arxiv…) | [Code](github…)]``), its record not cited again further on
        (a "## Citation" section gives it there); None when there is none, or more than one (a list of such lines
        is the list's works, not its intro). Only under the page's title heading: a section's line of role links
        is its heading's record (``_role_link_line``)."""
        if self.section_heading is None or not self.under_page_title():
            return None
        found = [(p, inl) for p, inl in parts if p.kind == "Paragraph" and own_paper_role_links(inl)]
        if len(found) != 1 or self.cited_further_on(*found[0]):
            return None
        return found[0]

    def under_page_title(self) -> bool:
        """Whether the current section is the one the page's title heading opens: the page's only H1, or the H1 that
        opens a page whose other H1s are its parts (a project README's "# Title of the Paper" / "[Paper](arxiv…) |
        [Code](github…)" / "# Installation" / "# Usage"). There the page's own paper is linked by its role alone."""
        return self.section_heading is not None \
            and (self.section_heading is self.title_h1_node or self.section_heading is self.opening_h1)

    def cited_further_on(self, node: _Node, inl: _Inline) -> bool:
        """Whether an identifier that a paper link of ``inl`` names (its arXiv id, DOI …) occurs again in the list
        after ``node``: a list that cites its survey in a "## Citation" section or a later callout gives that record
        there, and a badge under the title would only repeat it. One search of the text per identifier."""
        for link in inl.links:
            if url_role(link.url) == "paper":
                for value in ids_from_url(link.url):
                    if value and self.data.find(value.encode(), node.end) >= 0:
                        return True
        return False

    def emit_colon_titled_urls(self, parts: list[tuple[_Node, _Inline]]) -> list[tuple[_Node, _Inline]]:
        """``改进U-Net网络的肺结节分割方法：`` / `` https://kns.cnki.net/…``: each title line closed by a colon right
        over its paper's bare URL (``colon_title_over_paper_url``) is that work's entry, titled by the line, wherever
        the pair stands, before the list's first heading too (prose there is skipped, a work is not). The other
        parts are returned."""
        rest: list[tuple[_Node, _Inline]] = []
        i = 0
        while i < len(parts):
            if i + 1 < len(parts) and colon_title_over_paper_url(parts[i], parts[i + 1]):
                title = parts[i][1].plain.strip().rstrip(":：").strip()
                self.emit_block(parts[i:i + 2], title=title)
                i += 2
            else:
                rest.append(parts[i])
                i += 1
        return rest

    def emit_clipped_pages(self, parts: list[tuple[_Node, _Inline]]) -> list[tuple[_Node, _Inline]]:
        """``[Submitted on 3 Jan 2023]`` / ``Title`` / ``Authors`` / abstract / ``From <https://arxiv…>``: a notes file
        of web pages clipped as text (OneNote pastes each page so, its source trailer last) holds one work per clip,
        its paragraphs from the one after the last clip's close up to the trailer (or to a bare URL alone on a
        paragraph's last line, the writer's own close). Each clip is that work's entry, titled by its first line
        (``clipped_page_title``). Why: with no Markdown item in the section, its paragraphs were read as the
        heading's record, or each trailer as a link line of the work before, every work after the first titled as
        that one. Only where the section closes two clips or more on the clipper's trailer; a clip whose title was
        left out ("Abstract" / text / trailer) names no work and is left out. The other parts are returned."""
        if sum(1 for p, inl in parts if p.kind == "Paragraph" and clip_source_trailer(inl)) < MIN_CLIP_TRAILERS:
            return parts
        rest: list[tuple[_Node, _Inline]] = []
        pending: list[tuple[_Node, _Inline]] = []
        for p, inl in parts:
            if p.kind != "Paragraph":
                rest.extend(pending)
                pending = []
                rest.append((p, inl))
                continue
            if pending and clipped_page_title(pending[0][1]) is not None and clipped_page_title(inl) is not None:
                # "Title" / "Authors" / abstract / "2304.10755.pdf (arxiv.org)", then the next clip's title: a clip
                # its writer closed with no link is its work's entry all the same, not the next clip's first lines
                self.emit_block(pending, title=clipped_page_title(pending[0][1]) or "", marks=(NOTED_TITLE_FIELD,))
                pending = []
            pending.append((p, clip_own_links(inl)))
            if clip_source_trailer(inl) or clip_bare_url_close(inl):
                title = clipped_page_title(pending[0][1])
                if title is not None:  # (a clipped page with a title and an abstract is a work's: a paper)
                    self.emit_block(pending, title=title, marks=(NOTED_TITLE_FIELD,))
                pending = []
        rest.extend(pending)
        return rest

    def report_reference_line(self, node: _Node) -> bool:
        """``#### 1.2.1 BioDEX: …`` / ``**Study:** D'Oosterlinck et al. (2023) - "BioDEX: …"`` / ``**Methodology:**`` /
        ``- …``: a research report's section that opens on a labelled reference line (``report_reference``) names
        its work there; the line is that work's entry, titled by the title it quotes, or by the section's heading
        when it gives the work's identifier instead (``#### SumGNN (Knowledge Graph Summarization)`` /
        ``**Reference**: Yu et al. (2020) - arXiv:2010.01450v2``). Read at once, before the notes under it are
        taken for the heading's own record (``noted_title_record``). Only the section's first paragraph: a
        reference further down is prose citing a work in passing."""
        if not node.children or node.children[0].kind not in ("Strong", "ihtml"):
            return False  # (both lines open with a bold label or name: "**Study:**", "**Med-PaLM 2 (2023)**")
        inl = _inline(node.children)
        if self.section_heading is not None and (named_id := named_identifier_line(inl)) is not None:
            # "**Med-PaLM 2 (2023)** - arXiv:2305.09617" over "- **Performance**: …": the line is nothing but the
            # work's name and identifier, its entry wherever it stands in the section (``named_identifier_line``)
            self.emit_block([(node, inl)], title=named_id[0], marks=(BIB_RECORD_FIELD, REPORT_REFERENCE_FIELD))
            return True
        if self.section_heading is not None and (id_titled := identifier_titled_line(inl)) is not None:
            # "**Paper ID: 2206.01088v2** - *Title*" over "- **Architecture**: …": the line gives the work's identifier
            # and its title, its entry wherever it stands in the section (``identifier_titled_line``)
            self.emit_block([(node, inl)], title=id_titled[0], marks=(BIB_RECORD_FIELD, REPORT_REFERENCE_FIELD),
                            prose=id_titled[1])
            return True
        if self.section_heading is None or self.section_paras or self.section_entries:
            return False
        if (quoted := quoted_paper_byline_title(inl)):
            # "### 2.3 InfoGCN (CVPR 2022)" / "**Paper:** "InfoGCN: …" (Chi et al., …)" / notes / "**Code:** github…":
            # the section's work, titled by the quoted title; its later code field joins it (``byline_paper_code``)
            self.emit_block([(node, inl)], title=quoted, marks=(BIB_RECORD_FIELD, REPORT_REFERENCE_FIELD))
            self.byline_paper = (self.section_heading, len(self.out) - 1, self.out[-1])
            return True
        named = report_reference(inl)
        if named is None:
            return False
        title = named or strip_section_number(_clean_title(self.section_heading_inline.plain))
        self.emit_block([(node, inl)], title=title, marks=(BIB_RECORD_FIELD, REPORT_REFERENCE_FIELD))
        return True

    def byline_paper_code(self, node: _Node) -> bool:
        """``**Code:** https://github.com/example-lab/infonet (137 stars)``: a one-line code field of the section whose
        first paragraph cited its work as ``**Paper:** "Title" (byline)`` (``quoted_paper_byline_title``), notes and
        lists between them: its repository joins that work's record as its code; True when taken. Why: read as
        prose, the field was dropped and the work lost its code. Only a field whose bold label is a code label
        ("Code", "GitHub") over one repository link, the first such field of that section."""
        pending = self.byline_paper
        if pending is None or pending[0] is not self.section_heading or not node.children \
                or node.children[0].kind != "Strong":
            return False
        heading, at, entry = pending
        inl = _inline(node.children)
        links = [link for link in inl.links if not link.image]
        if "\n" in inl.plain.strip() or len(links) != 1 or canonical_repo(links[0].url) is None \
                or field_role(inl.strong_lead.strip().rstrip(":：").strip()) != "code" \
                or at >= len(self.out) or self.out[at] is not entry:
            return False
        code = Link(url=links[0].url, label="code", line=self.line_of(links[0].offset), text=links[0].text)
        self.out[at] = replace(entry, links=entry.links + (code,))
        self.byline_paper = None
        return True

    def emit_where(self, parts: list[tuple[_Node, _Inline]], is_item: Callable[[_Node, _Inline], bool],
                   link_titled: Mapping[int, str] = MappingProxyType({})) -> list[tuple[_Node, _Inline]]:
        """Each paragraph of ``parts`` that ``is_item`` picks is emitted as an item; the others are returned.
        ``link_titled``: the paragraphs (``id`` of their node) whose entry is titled by their one link's text
        (value ""), or by the title the prose quotes before that link (the value)."""
        rest = []
        for p, inl in parts:
            if is_item(p, inl):
                self.emit_item([(p, inl)], link_title=id(p) in link_titled, quoted_title=link_titled.get(id(p), ""))
            else:
                rest.append((p, inl))
        return rest

    def take_repository_citation(self, p: _Node, inl: _Inline) -> bool:
        """``### Citation to the original repo:`` / ``Barbieri, S., … et al. Benchmarking Deep Learning …
        Patients-at-Risk.(2020). Github Repository. https://github.com/sebbarb/time_aware_attention``, right after the
        section citing that paper by its DOI: a reference whose one link is a code repository and which restates the
        byline and title of the paper entry just before it cites that paper's code. The repository joins the paper's
        links as its code; True when taken.

        Why: a course project reproducing a paper cites the paper, then its authors' repository the same way, each in
        a citation section of its own; the second cites no scholarly record, so it was skipped as the README's prose
        and the paper lost its code. Only the entry emitted last, citing a record, whose title (four words or more)
        the reference repeats word for word: a repository cited under another work's title (a toolkit the project
        uses) stays prose."""
        links = [link for link in inl.links if not link.image]
        if p.kind != "Paragraph" or len(links) != 1 or not self.out or canonical_repo(links[0].url) is None:
            return False
        last = self.out[-1]
        cited = " ".join(last.text.split())
        ref = citation.whole_reference(cited) if _cites_record(last.links) else None
        if ref is None or len(ref.title.split()) < 4 or (end := cited.find(ref.title)) < 0:
            return False
        # (the same byline and title, word for word: "Barbieri, S., … et al. Benchmarking …Patients-at-Risk")
        if not " ".join(inl.plain.split()).casefold().startswith(cited[:end + len(ref.title)].casefold()):
            return False
        code = Link(url=links[0].url, label="code", line=self.line_of(links[0].offset), text=links[0].text)
        self.out[-1] = replace(last, links=last.links + (code,), end_line=self.end_line_of(p.end))
        return True

    def emit_item(self, parts: list[tuple[_Node, _Inline]], link_title: bool = False, quoted_title: str = "") -> None:
        """A paragraph (or a line of one) written as a list item, like a list item; the paragraphs
        after it that are no items themselves (an author line, ``[[Paper](…)] [[Code](…)]``) add to it."""
        first, inl = parts[0]
        # (the parts in reading order but for a quoted work over its code's name line, read quote first)
        last = max(p.end for p, _ in parts)
        d = _Draft(line=self.line_of(first.start), end_line=self.end_line_of(last),
                   start_byte=first.start, end_byte=last)
        if first.attrs is not None and TAB_RECORD in first.attrs:
            self.fill_tab_record(d, inl, *first.attrs[TAB_RECORD])
        else:
            self.fill_from_inline(d, inl)
        if id(first) in self.year_filed_titles or id(first) in self.url_list_bare_titles:
            d.fields.append((NOTED_TITLE_FIELD, ""))  # a paper log's title line under its year (``flush_paragraph_blocks``)
            if (title := self.label_filed_titles.get(id(first))) is not None:
                d.title = title  # '"35. Title. Journal, 103(1), 21-30."' → "Title" (``label_filed_title``)
        if id(first) in self.url_list_bare_titles:
            # "Title, 2022": the closing year dates the work (its description keeps it), no word of its title
            title, year = split_closing_year(d.title)
            if year is not None and title:
                d.description = (d.description + " " if d.description else "") + d.title[len(title):].strip()
                d.title = title
        if not link_title and "\n" in inl.plain and inl.links and plain_title_box(inl):
            # "Title [AI4H] [[Code and Data]](github…)," / "Authors," / "**Venue**, 2024": a paper box whose work
            # has no link of its own; the byline under the title makes it a publication's record (its one link
            # the work's code), the title is the words before the links without their topic tag
            d.title = _clean_title(plain_box_title(inl)) or d.title
            d.fields.append((BIB_RECORD_FIELD, ""))
        if not inl.links and bold_title_over_italic_byline(first):
            # "**Title**\\" / "_Jane Doe_\\" / "Poster 5": a book of abstracts' record, a publication with no year
            # or venue of its own to say so
            d.fields.append((BIB_RECORD_FIELD, ""))
        elif not inl.links and (tagged_title := title_over_byline_and_bracket_tags(first)) is not None:
            # "Title" / "Authors" / "[date] [venue, year]" / "[Paper]": a rendered list's record pasted as text,
            # titled by the line over its byline (a lead-in line over it is the notes' caption, no title)
            d.title = _clean_title(tagged_title)
            d.fields.append((BIB_RECORD_FIELD, ""))
        elif not inl.links and (html_titled := plain_title_over_html_byline(first)) is not None:
            # "Title" / "<br />" / "<em>Ana Ruiz; Bo Chen</em>": a conference page's record, titled by its first line
            # (the HTML break is no space in the text: "Title<br><em>Names</em>" would glue the names on)
            d.title = _clean_title(html_titled)
            d.fields.append((BIB_RECORD_FIELD, ""))
        if link_title:
            # "This list is the companion of the survey paper [Title](doi…), kept …": the sentence announces
            # the paper, the link's text is its title (the words before it are no title); 'the review article
            # "Title" published in Venue. [[link]](doi…)': the quoted words are
            text = quoted_title or _clean_title(next(link.text for link in inl.links if not link.image))
            if _is_meaningful(text):
                d.title = _drop_closing_stop(text)
                if quoted_title:
                    # "Survey: ***Title.*** ([https://…])": the set-off words that title it are no author's name
                    d.authors_hint = [a for a in d.authors_hint if d.title not in a]
        if inl.bold and _NUMBERED_CITATION.match(inl.plain):  # "[1] Authors. **Title.** Venue": the bold span
            b0, b1 = inl.bold[0]
            bold_title = _drop_closing_stop(_clean_title(inl.plain[b0:b1]))
            # (not "[1] Park J, …, et al. Title[J]. **Medical Image Analysis**, 2022": after a GB/T document-type
            # mark, the title is already written and the bold span is its journal)
            typed = inl.plain[:b0].rstrip(" *_.").endswith(_DOC_TYPE_MARKS)
            if _is_meaningful(bold_title) and len(bold_title.split()) >= 3 and not typed:
                d.title = bold_title
                # the reference without its number and title: "Shickel, B., et al. Nature medicine 25.1 (2019): 24-29"
                authors_part = _NUMBERED_CITATION.sub("", inl.plain[:b0]).strip(" *")
                venue_line = inl.plain[b1:].split("\n", 1)[0].strip(" .*")
                reference = " ".join(t for t in (authors_part, venue_line) if t)
                if reference:
                    d.description = [reference] + [t for t in d.description if t.strip() != venue_line]
        first_line_end = len(inl.plain.split("\n", 1)[0])
        if not any(link.start < first_line_end for link in inl.links) \
                and (_RECORD_NUMBER.match(d.title) or outline_numbered_title(d.title)):
            # "591.Title" over its field lines, "1.1 Title" filed under a numbered section: the title ("3.Name ：Title"
            # over the line that links it the same: the number is the record's)
            d.title = strip_section_number(d.title)
        # "Paper 2: Title: https://…": the record's worded number is no part of the title
        d.title = strip_word_record_number(d.title)
        if colon_before_bare_url(inl):
            # "(√)1. Title:" / "https://…": a hand-numbered paragraph's read mark and number are the record's
            d.title = strip_record_lead(d.title)
        if not link_title and "\n" in inl.plain and (role_record := role_word_record(inl)) is not None:
            # "DSH(CVPR2016)" / "paper [Title](…)" / "code […](github…)": the paper line's link text titles the
            # record, the name line over it only names the method
            d.title = _drop_closing_stop(_clean_title(role_record[1]))
        if not link_title and (session_title := session_fields_lead_title(inl)) and _is_meaningful(session_title):
            # "时间：2020/8/17" / "汇报人：徐思琪" / "Title" / "https://…": the session's fields are no title
            d.title = _drop_closing_stop(_clean_title(session_title))
        if not link_title and (labelled_title := paper_title_line(inl)) is not None:
            # "6：论文题目：Title" / "论文思路：https://…": the record number and the label are no part of the title
            d.title = _drop_closing_stop(labelled_title)
            d.fields.append((PAPER_TITLE_LINE_FIELD, ""))
        for at, (p, more) in enumerate(parts[1:], 1):
            in_quote = p.kind == "BlockQuote"
            if take_linked_byline(d, p, more):
                continue
            if box_venue_line(more, parts[:at]):
                # "**MICCAI 2025**" under a paper box's title and byline: where the work appeared, read apart from
                # the byline (run on after it, "… Xin Gao MICCAI", the last author became the venue)
                d.fields.append((VENUE_TAG_FIELD, " ".join(more.plain.split())))
                continue
            self.collect_fields(d, more, take_links=not in_quote)
            label = _field_label(more) if not more.links and not in_quote else ""
            if label and field_role(label) == "paper":  # "论文链接：待更新": the paper's link is still to come
                d.fields.append((EMPTY_LINK_FIELD, label))
            d.description.append(more.plain.strip() if in_quote or not more.links else _prose(more))
            if not in_quote:
                d.authors_hint.extend(more.emphasis)
        self.finish(d, self.current_topic())

    def heading_over_bib_fields(self, groups: list, intro: list, entries_before: int) -> str:
        """``### 5. Standard fetal ultrasound plane classification (2023)`` / ``**Authors**: T. Krishna, …`` /
        ``**Journal**: …`` / ``**DOI**: https://doi.org/…``: a link-less heading over one paragraph of bold
        ``Label: value`` lines (hard line breaks between them), the first a bibliographic field (authors, venue,
        year) and some field linking an article, is one record the heading titles (its number and closing year
        aside). The bold lead is the authors field's label, not the work's title: read so, every such record of a
        bibliography was titled "Authors". Returns the heading's title, or "" when the section is not so."""
        h = self.section_heading
        if h is None or h is self.title_h1_node or self.section_level < 2 or entries_before or intro \
                or len(groups) != 1 or groups[0][0] or _has_links(self.section_heading_inline):
            return ""
        first_p, first = groups[0][1][0]
        if first_p.kind != "Paragraph" or not (_BIB_FIELD.match(_field_label(first) or "-")
                                               or _address_field_over_bib_fields(first)) \
                or not inlines_link_article([inl for _, inl in groups[0][1]]):
            return ""
        heading = self.section_heading_inline.plain
        return _numbered_record_title(heading) or (_clean_title(heading) if _names_a_paper(heading) else "")

    def parent_titled_bib_fields(self, groups: list, intro: list, entries_before: int) -> str:
        """``## A Simple Planning Problem for COVID-19 Lockdown`` / ``### General information`` / ``**Authors** :
        …</br>`` / ``**Publication date** : 04/06</br>`` / ``**Paper** : Available [here](…)</br>`` / ``**Code
        available** : https://github…``: a review's record card puts the work's title in the heading and its
        bibliographic fields under a sub-heading that names a part of the card, not the work ("General
        information", then "Technical information"). The paragraph of bold ``Label : value`` lines, the first an
        authors or other bibliographic field and some line linking the paper, is the record of the work its bare
        parent heading names (``bare_section_heading``); read alone, every record was titled by its "Authors"
        label. The sub-heading must not read as a title itself (``heading_over_bib_fields`` reads that case)."""
        parent = self.bare_parent_heading
        if not parent or self.section_level < 2 or entries_before or intro or len(groups) != 1 or groups[0][0] \
                or _has_links(self.section_heading_inline) or _names_a_paper(self.section_heading_inline.plain):
            return ""
        first_p, first = groups[0][1][0]
        if first_p.kind != "Paragraph" or not _BIB_FIELD.match(_field_label(first) or "-") \
                or not (inlines_link_article([inl for _, inl in groups[0][1]]) or _paper_field_linked(first)):
            return ""
        return _numbered_record_title(parent) or (_clean_title(parent) if _names_a_paper(parent) else "")

    def labelled_byline_heading_over_field_list(self, node: _Node) -> bool:
        """``### 1. Structure Size as Confounder in …`` / ``**Authors:** Kai Geißler, …`` / ``**Conference:** MIDL
        (Volume 250)`` / ``**Abstract:** …`` / ``**Metadata:**`` / ``- Semantic Score: 0.538`` / ``- [PDF Link](…)`` /
        ``- [Abstract Link](…)``: a generated proceedings digest writes each paper as a link-less heading over
        paragraphs that label its authors and venue (``_labelled_byline_record``), then a list of the record's
        fields and role-labelled links, often under a bold label of its own. The heading is the work's record and
        the list its fields. Why: read as paragraphs, then a list, the bold label became a sub-topic and the
        record was titled "Metadata" (its links kept, the heading's title lost), or each link bullet an entry
        titled "PDF Link". Every bullet must be a field (``label: value``, a labelled link, a bullet of nothing
        but the record's labelled links) and one of them must link: a section introduced by an author's byline
        over a list of works is no such record."""
        h = self.section_heading
        paras = self.section_paras
        if h is None or h is self.title_h1_node or self.section_level < 2 or self.section_is_doc \
                or self.section_entries or not paras or _has_links(self.section_heading_inline) \
                or any(p.kind != "Paragraph" for p in paras):
            return False
        intro = [(p, _inline(p.children)) for p in paras]
        if any(_has_links(inl) for _, inl in intro) or len(node.children) > _MAX_RECORD_FIELDS:
            return False
        label_only = intro[-1][1].strong_only and _labelled_field_line(intro[-1][1]) \
            and not _split_label(intro[-1][1].plain.strip())[1].strip()
        fields = intro[:-1] if label_only else intro
        if not fields:
            return False
        inlines = _item_inlines(node)
        items = [inl for inl in inlines if inl is not None]
        if not items or not any(inl.links for inl in items) \
                or not all((_field_label(inl) and (not inl.links or field_role(_field_label(inl)) is not None
                                                   or _LINK_FIELD_LABEL.match(_field_label(inl))))
                           or _record_links_bullet(inl) for inl in items):
            return False
        # (an authors field alone, no venue or year, is enough when a bullet links the work's paper by its role,
        # "[PDF Link](…pdf)": the digest's fields name the work's authors and give its document)
        if not _labelled_byline_record(self.section_heading_inline, fields) \
                and not (_labelled_authors_field(fields) and _record_links_paper(items)):
            return False
        self.section_paras = []
        self.emit_block([(h, self.section_heading_inline)] + intro, title=self.section_heading_inline.plain,
                        heading_topic=True, field_list=(node, inlines), marks=(TITLE_HEADING_FIELD, BIB_RECORD_FIELD))
        return True

    def heading_fields(self, node: _Node) -> bool:
        """The heading is the entry and the list that opens its section holds its fields, in three forms:

        * ``### 1. [Title](arxiv…) (Nick)`` / ``- **저자**: …`` / ``- **학회/저널**: CVPR 2016``: a linked
          heading over labelled, link-less fields;
        * ``## A Title of Five Words or More`` / ``- **Tags:** …`` / ``- **Link:** [Link](github…)``: a
          heading that reads as a title over "label: value" fields, a bullet's link only as the value
          of a link field or of a field naming the link's role (``- PubMed: https://pubmed…``,
          ``- DOI: [10.1/x](…)``, ``- Code: …``: a digest bot's record of the work the heading names).

        (A link-less heading over role fields, ``- 论文地址：…`` / ``- Code: …``, is ``titled_record``'s.)
        """
        h = self.section_heading
        if h is None or h is self.title_h1_node or self.section_level < 2 or self.section_is_doc \
                or self.section_entries or self.section_paras:
            return False
        cites = False
        title = self.section_heading_inline.plain
        if _has_links(self.section_heading_inline):
            inlines = _field_list_inlines(node)
            items = [inl for inl in (inlines or []) if inl is not None]
            if not items or any(inl.links or not _field_label(inl) for inl in items):
                return False  # every bullet a "label: value" with no link of its own
        else:
            # the heading reads as a work's title, or it only files the record ("### Source ID 7: SVA Paper",
            # "### Zhou 2022 - Orca": a reference manager's key or a nickname) over fields one of which is the
            # work's title ("- **Title**: …", which then titles the entry): a Zotero/Notion export's record
            names_paper = _names_a_paper(self.section_heading_inline.plain)
            # (a record's fields are a few bullets: a numbered section's long list is read no further here)
            numbered = "" if names_paper or len(node.children) > _MAX_RECORD_FIELDS \
                else _numbered_record_title(self.section_heading_inline.plain)
            if not names_paper and not numbered and _TITLE_FIELD_WORD.search(self.raw(node.start, node.end)) is None:
                return False  # (a cheap test first: most lists under a heading hold no record)
            inlines = _field_list_inlines(node)
            items = [inl for inl in (inlines or []) if inl is not None]
            titled = any(_TITLE_FIELD.match(_clean_title(_field_label(inl))) for inl in items)
            # "### 1. Biologically Inspired Deep Learning for Fetal Ultrasound (2024)" over "- **Authors**: …",
            # "- **ArXiv**: https://arxiv.org/abs/…": a numbered heading is a record's (its number and year
            # aside, the work's title) when a field links an article; a numbered section's list links none
            if numbered and not titled and (inlines_link_article(items) or _fields_cite_work(items)):
                names_paper, title = True, numbered
            if not names_paper and not titled:
                return False
            if any(unlinked_title(inl.plain.strip(), inl.empty_link_texts) is not None for inl in items):
                # "## Backdoor Attack at Model Training Stage" / "1. [Badnets: Evaluating backdooring attacks …]()":
                # the colon is in a work's title written as a link whose URL was left for later, no field's label;
                # the item is a reference of its own, the heading a stage (a topic) over it
                return False
            if _works_over_their_own_links(node) or reference_keyed_items(items):
                return False
            # a titled record that also writes out its authors, venue or year cites a work (a paper, even when
            # its DOI and URL are still "[To be found]")
            cites = titled and any(_BIB_FIELD.match(_clean_title(_field_label(inl))) and not inl.links
                                   and _is_meaningful(_split_label(inl.plain.split("\n", 1)[0])[1].strip())
                                   for inl in items)
            # (a bullet of nothing but the record's role-labelled links, "- [Paper](arxiv…) | [Code](github…)", gives
            # the links of the fields above it as a "Links:" field would: ``_record_links_bullet``)
            if not items or not all(_field_label(inl) or _note_heading_item(inl) or _record_links_bullet(inl)
                                    for inl in items) \
                    or all(inl.links for inl in items) \
                    or any(inl.links and not _LINK_FIELD_LABEL.match(_field_label(inl)) and not _links_in_passing(inl)
                           and field_role(_field_label(inl)) is None and not url_valued_field(inl, _field_label(inl))
                           and not document_copy_field(inl, _field_label(inl)) and not _record_links_bullet(inl)
                           for inl in items):
                return False
        if _is_toc(node, self.topic):
            return False
        # "### 4.4 SPRSound/TBioCAS (2022): note" over its fields: titled by the work's name (``_named_work_record``)
        named = None if _has_links(self.section_heading_inline) else _named_work_record(title, inlines or [])
        if named is None and not _has_links(self.section_heading_inline) \
                and (tagged := closing_venue_year_heading(title)) is not None:
            # "### The sequences of 150,119 genomes in the UK Biobank. (Nature 2022)" over "- DOI: … | PMID: …": the
            # bracket closing the full title places and dates the work, no words of its title
            named = (tagged[0], tagged[1], tagged[2], "")
        self.emit_block([(h, self.section_heading_inline)], title=named[0] if named else title,
                        heading_topic=True, field_list=(node, inlines),
                        prose=named[3] if named else "", venue_year=named[1:3] if named else None,
                        marks=(() if _has_links(self.section_heading_inline) else (TITLE_HEADING_FIELD,))
                        + ((BIB_RECORD_FIELD,) if cites else ()))
        return True

    def quoted_paper_field_record(self, node: _Node) -> bool:
        """``### IgT5 - State-of-the-Art Antibody Model`` / ``**Paper**: "Large scale paired antibody language models"``
        / ``- **Journal**: …`` / ``- **DOI**: 10.…`` / ``- **URL**: https://…`` / ``- **Code**: https://github…``: a
        section whose one paragraph before its first list is a paper label over a quoted title
        (``quoted_paper_label_title``), the list all bold-led fields, is one record titled by the quoted title, the
        bullets its fields. Why: the heading only nicknames the work ("### Focal Loss"); read as it was, the
        record took the nickname for its title, and without an authors field each bullet ("- **DOI**: …",
        "- **URL**: …") was an entry of its own, one work read as two papers titled "DOI" and "URL"."""
        h = self.section_heading
        if h is None or h is self.title_h1_node or self.section_level < 2 or self.section_is_doc \
                or self.section_entries or len(self.section_paras) != 1 or self.section_paras[0].kind != "Paragraph":
            return False
        p = self.section_paras[0]
        inl = _inline(p.children)
        title = quoted_paper_label_title(inl)
        if not title:
            return False
        inlines = _field_list_inlines(node)
        items = [x for x in inlines or () if x is not None]
        if not items or not all(x.strong_lead and _field_label(x) for x in items) or _is_toc(node, self.topic):
            return False
        self.section_paras = []
        self.emit_block([(h, self.section_heading_inline), (p, inl)], title=title, heading_topic=True,
                        field_list=(node, inlines), marks=(BIB_RECORD_FIELD,))
        return True

    def title_field_identifier_list(self, node: _Node) -> bool:
        """``### Publication Information`` / ``**Title**: Title.`` / ``**Journal**: …`` / ``**Year**: 2023`` /
        ``**Identifiers**:`` / ``- DOI: [10.…](https://doi.org/10.…)`` / ``- PMID: [377…](https://pubmed…)``: a
        citation card whose section is only bold-labelled fields, one of them the work's title
        (``_title_field_value``), the last a label left empty over a list of identifier fields (each a label over
        a link to a scholarly record, ``_cites_record``), is one record: titled by the title field, the list its
        identifiers. Why: the fields carry no link, so they made no record; each identifier bullet was an entry of
        its own, one work read as two papers titled "DOI" and "PMID". A lone ``**Tool URL**: [github…](github…)``
        field right over the card's heading (``card_code_field``) names the tool the card cites: its link is the
        record's code."""
        paras = self.section_paras
        if self.section_entries or len(paras) < 2 or any(p.kind != "Paragraph" for p in paras):
            return False
        inls = [_inline(p.children) for p in paras]
        if any(inl.links or not inl.strong_lead or not _field_label(inl) for inl in inls) \
                or _split_label(inls[-1].plain.strip())[1]:
            return False
        titles = [t for inl in inls if (t := _title_field_value(inl))]
        if len(titles) != 1:
            return False
        inlines = _item_inlines(node)
        items = [x for x in inlines if x is not None]
        if not items or not all(x.links and _field_label(x) and _cites_record(x.links) for x in items):
            return False
        code = self.card_code_field()
        self.section_paras = []
        self.emit_block(list(zip(paras, inls)), title=_drop_closing_stop(titles[0]), keep_title=True,
                        field_list=(node, inlines), marks=(BIB_RECORD_FIELD,))
        if code is not None:
            self.out[-1] = replace(self.out[-1], links=tuple(code.links) + tuple(self.out[-1].links))
        return True

    def card_code_field(self) -> Entry | None:
        """The entry right over the current section's heading (only blank lines between) when it is a lone
        ``label: [url](url)`` field of one repository link, made from its parent section (``**Tool URL**:
        [https://github…](https://github…)`` under ``## Tool``): taken out of ``out`` and returned, for the
        record the section makes to keep its link as its code. None (nothing taken) otherwise."""
        if not self.out or self.section_first_out != len(self.out):
            return None
        e = self.out[-1]
        start = self.line_starts[e.end_line] if e.end_line < len(self.line_starts) else len(self.data)
        end = self.line_starts[self.section_heading_line - 1]
        if e.line != e.end_line or len(e.links) != 1 or canonical_repo(e.links[0].url) is None \
                or e.links[0].text.strip() != e.links[0].url.strip() or len(e.title.split()) > 3 \
                or start > end or self.data[start:end].strip():
            return None
        self.out.pop()
        self.section_first_out -= 1
        return e

    def titled_record(self, node: _Node) -> bool:
        """``#### Title`` / ``> Authors`` / ``* Paper: https://arxiv…`` / ``* Code: https://github…``, or
        ``### 1. AlexNet`` / ``- [x] 论文地址：[…](arxiv…)`` / ``- [ ] 模型代码``: a link-less heading whose
        section (after link-less lines such as an author line) is one list of role fields, one of them the
        paper's (``Paper:``, ``论文地址：``), is one record: the heading its title, the fields' links (bare
        or not) its links. Fields left empty (``Code:``, ``- [ ] 模型代码``) and link-less HTML (a folded
        ``<details>`` abstract) are part of the record. Runs before the pending lines (the author line)
        are read on their own."""
        h = self.section_heading
        if h is None or self.section_is_doc or self.section_entries or _has_links(self.section_heading_inline):
            return False
        if not _is_meaningful(self.section_heading_inline.plain):
            return False
        # short notes and prose remarks among the fields ("- 该仓库提供推理代码。") are the record's, as under a bold title
        record = _role_fields(node, notes=True) or _described_paper_fields(node)
        if record is None:
            return False
        # "- 題名: Objects as Points" / "- 論文タイトル：“…”" / "- Title: …" among the fields: the record's own title
        field_title = _record_title_field(record.inlines)
        if (h is self.title_h1_node or self.section_level < 2) and not field_title:
            # (under the document's first heading a list of role fields is one work's only when a field titles it:
            # a one-paper note file, "# CenterNet" / "- 題名: …" / "- 論文: arxiv…" / "- 公式実装: github…")
            return False
        if not any(field_role(label) == "paper" or names_paper_and_code(label) for label in record.labels) \
                and not any(links_field_names_paper(inl) for inl in record.inlines):
            # "### • *A Survey of …* (2023)" / "- Link: https://…" / "- Repo: https://github…": under a heading that
            # reads as a work's title, fields with generic link labels ("Link", "Repo", "Links") are that work's
            # links as a "Paper:" field is; under any other heading (a lab, a tool's name) they are not read so.
            # A shorter name ("#### Hyperbolic Busemann Neural Networks") reads as a work's title too when a field
            # links an article (an arXiv or DOI address): the address says what the heading names
            # A numbered heading ("### 8. Title") reads as a work's title when a field says where the work appeared
            # ("- **Venue:** Information Fusion 2026"): then the venue and year fields beside the link fields are the
            # record's citation, no field of another kind
            heading = self.section_heading_inline.plain
            numbered = _numbered_venue_record(heading, record)
            if not record.linked or not all(_LINK_FIELD_LABEL.match(label) or (numbered and _BIB_FIELD.match(
                        _clean_title(label))) for label in record.labels) \
                    or not (numbered or _names_a_paper(heading, min_words=3 if fields_link_article(record) else 5)):
                return False
        inlines, empty = record.inlines, record.empty
        paras = [(p, _inline(p.children) if p.kind == "Paragraph" else _blockquote_inline(p)) for p in self.section_paras]
        # (a quoted abstract that mentions the code's address, "… available at https://github.com/…", is the
        # record's description, its bare URL no sign of entries of their own)
        if any(_has_links(inl) and not _prose_url_mentions(inl) for _, inl in paras) or _is_toc(node, self.topic):
            return False
        self.section_paras = []
        # an empty "Paper:" says the paper's link is still to come only where the record says more of the
        # work (an author line): a heading over empty placeholders alone ("- [ ] 论文地址") names no entry's kind
        described = any(_is_meaningful(inl.plain) for _, inl in paras)
        heading = self.section_heading_inline.plain
        bold = _bold_title_under_name(heading, paras) or _title_line_under_name(heading, paras)
        nickname = "" if bold else _paper_link_title_under_nickname(heading, inlines)
        # "### 4.5 OPERA (NeurIPS 2024): note": the name titles the work, the bracket dates it, the note describes it
        named = None if bold or nickname else _named_work_record(heading, inlines)
        # "#### CellOracle —— GRN 线性传播（★）": the name titles the work, the gloss describes it
        glossed = None if bold or nickname or named else _glossed_work_record(heading, inlines)
        self.emit_block([(h, self.section_heading_inline)] + paras,
                        title=field_title or bold or nickname or (named[0] if named else glossed[0] if glossed
                                                                  else heading),
                        heading_topic=True, field_list=(node, inlines), empty_fields=tuple(empty) if described else (),
                        prose=named[3] if named else glossed[1] if glossed else "",
                        venue_year=named[1:3] if named else None)
        self.record_list = (node, len(self.out) - 1) if self.out else None
        return True

    def linked_heading_record(self, node: _Node) -> bool:
        """``### Title (PMID: [42800001](https://pubmed…))`` or ``### [Title](https://arxiv…)`` / ``- **Journal**: …`` /
        ``- **Authors**: …`` / ``- **Code**: [GitHub](https://github…)``: a heading whose links all reach the work's
        scholarly record (a DOI, arXiv, PubMed or PMC address) over one list of that work's fields, one of them its
        code's link, is one record: the heading its title and paper link, the fields its code, authors and notes.
        Why: digests and newsletters write an item so, the article linked in its headline; ``titled_record`` reads
        only a link-less heading over a "Paper:" field, so the fields became entries of their own (a repository
        titled "Code", a note titled "Authors: …") and the paper lost its code. Only a list whose linked fields
        all name a role and one names the code is read so: a heading over note bullets, or over other works'
        links, is read as before (``uncited_record_heading`` keeps the heading's work)."""
        h, inl = self.section_heading, self.section_heading_inline
        if h is None or h is self.title_h1_node or self.section_level < 2 or self.section_is_doc \
                or self.section_entries:
            return False
        links = [link for link in inl.links if not link.image]
        if not links or not all(any(ids_from_url(link.url)) for link in links):
            return False
        record = _role_fields(node, notes=True, labelled_notes=True)
        if record is None or not record.linked:
            return False
        linked_roles = [field_role(_clean_title(_field_label(field) or _role_link_alone(field)))
                        for field in record.inlines if field is not None and field.links]
        if "code" not in linked_roles or None in linked_roles:
            return False
        paras = [(p, _inline(p.children) if p.kind == "Paragraph" else _blockquote_inline(p)) for p in self.section_paras]
        if any(_has_links(para) for _, para in paras) or _is_toc(node, self.topic):
            return False
        self.section_paras = []
        self.emit_block([(h, inl)] + paras, title=announced_link_title(inl) or inl.plain, heading_topic=True,
                        field_list=(node, record.inlines))
        self.record_list = (node, len(self.out) - 1) if self.out else None
        return True

    def label_quoted_urls(self, d: _Draft, quote: _Node, first: int) -> None:
        """``> paper: NIPS`` / ``>`` / ``> https://openreview…``: the links taken from a label-over-URL quote (from
        ``d.links[first]`` on) are labelled by the label on the paragraph above each (``quoted_url_labels``), not by
        their own address: the label says which is the paper and which the code."""
        labels = quoted_url_labels(quote)
        for i in range(first, len(d.links)):
            link = d.links[i]
            if link.url in labels and link.label in ("", link.url, link.text):
                d.links[i] = replace(link, label=labels[link.url])

    def record_link_fields(self, node: _Node, previous: _Node | None) -> bool:
        """``### Title`` / ``**作者**：…`` / ``**核心贡献**：`` / ``- a note`` / blank line / ``**论文链接**：[arXiv](…)`` /
        ``**代码链接**：[GitHub](…)``: a paragraph of link fields (``link_field_lines``) right after the list a
        heading's record was read from (``titled_record``) holds that record's links, written after its notes.
        Read on its own, it was a paragraph of labels under a section that already has its entry, and its
        links were lost."""
        record, self.record_list = self.record_list, None
        if record is None or previous is not record[0] or not link_field_lines(inl := _inline(node.children)):
            return False
        e = self.out[record[1]]
        self.out[record[1]] = replace(e, end_line=max(e.end_line, self.end_line_of(node.end)),
                                      links=e.links + tuple(self.link_in(inl, link) for link in inl.links
                                                            if not link.image))
        return True

    def heading_is_linked(self) -> bool:
        """The current section's heading links somewhere: "### [Title](…)" is a record whose byline paragraph
        ("Andrew Lo, Kien Wei Siah, Chi Heem Wong. Harvard Data Science Review, 2019") is no reference of its own."""
        return self.section_heading is not None and _has_links(self.section_heading_inline)

    def bare_link_record(self, node: _Node) -> bool:
        """``# DiscDiff: Latent Diffusion Model for DNA Sequence Generation`` / ``- https://arxiv.org/pdf/…`` /
        ``- https://github.com/…``: a link-less heading that reads as a work's title (``_names_a_paper``), right
        over a short list of bare URLs alone, exactly one of them the work's record (``_bare_link_fields``), is
        that work's record: the heading its title, the URLs its links. A plain notes file keeps its papers so,
        one heading each (an H1 too, when the file has several): without a label the bullets carry no title of
        their own, so read as items they would be untitled entries, the paper parted from its code."""
        h = self.section_heading
        if h is None or h is self.title_h1_node or self.section_is_doc or self.section_entries \
                or self.section_paras or _has_links(self.section_heading_inline) \
                or not _names_a_paper(self.section_heading_inline.plain):
            return False
        inlines = _bare_link_fields(node)
        if inlines is None:
            return False
        self.emit_block([(h, self.section_heading_inline)], title=self.section_heading_inline.plain,
                        heading_topic=True, field_list=(node, list(inlines)))
        return True

    def after_sibling_record(self) -> bool:
        """The current section follows a sibling heading that was a work's record itself (``heading_record_level``):
        "###### Dataset / Shared task" / "- [BioNLP-OST 2019](…)" … "###### Radiology Gamuts Ontology … (2014)" /
        "https://pubs.rsna.org/doi/…" … "###### Structural Scaffolds for Citation Intent Classification …" /
        "- SciCiteを紹介した論文.": once the reading notes' headings have begun to be records, a linked list
        in an earlier sibling section (a preamble of data sets) makes no topic of the later ones."""
        return self.heading_record_level == self.section_level

    def noted_title_record(self, node: _Node) -> bool:
        """``###### Liver segmentation from pediatric CT volumes using …`` / ``- 小児用CTにおける…`` / ``- 面白い``:
        a link-less heading that reads as a work's title (five words or more) over one list of link-less notes
        (no item of it a reference or a title itself) is one record, a reading note: the heading its title, the
        bullets its description. Lists that hold links, or whose items read as titles or references, are entries
        under a topic heading, not notes."""
        h = self.section_heading
        title = _role_linked_title(self.section_heading_inline)
        # "### Paper 1: Event-based Backpropagation on …" over "- **Problem Statement**: …" (a generated digest's
        # per-paper analysis): the worded record number says the heading titles one work, however short its title
        worded = title is not None and (bare := strip_word_record_number(title)) != title
        if worded:
            title = bare
        sibling_record = self.after_sibling_record()
        # (asked only where a heading could title a record: a page's one long list under its H1 is never read)
        bib_noted = title is not None and h is not None and h is not self.title_h1_node and self.section_level >= 2 \
            and not self.section_entries and _bib_field_notes(node, self.data)
        if title is not None and (sibling_record or bib_noted or _numbered_whole_reference(title)):
            # "###### 68. Membership Inference Attacks Against …" after a sibling record: a reading log numbers
            # its notes, so the number counts the record, not a document's section ("## 1. Title" over "- Published:
            # May, 2020 at Frontiers" / "- Authors: …": the notes' own bibliographic field says so from the first)
            title = strip_section_number(title)
        if h is None or h is self.title_h1_node or self.section_level < 2 or self.section_is_doc \
                or self.section_entries or title is None or not (worded or _names_a_paper(title)):
            return False
        items = [inl for inl in _item_inlines(node) if inl is not None]
        if items and all(not inl.links and bare_arxiv_id_run(inl.plain) for inl in items):
            # "### Cluster A: Direct Agent Security Threats" / "- 2512.23480, 2601.00205, 2510.23883": bullets of
            # nothing but bare arXiv ids cross-reference works the list cites elsewhere; the heading groups them
            # (a cluster, a reading order), no work's reading note
            return False
        if is_notes_section(title) and not sibling_record:
            # "#### Notes on raw CNV data" / "1. Only retained control samples from Cooper _et al._.": a section the
            # heading calls notes holds the document's remarks, no work's (in a reading log of records, after a
            # sibling record, "Notes on Convolutional Neural Networks" may still title one)
            return False
        if names_own_document(title):
            # "## 📖 The main structure of this survey!" / "- **Modality Composition**: prior images, …": a heading
            # that speaks of the document itself heads its plan or scope, no work's reading note (even after a
            # sibling record: "## 🧠 A Survey of …" over its badge link, the page's own survey, is one)
            return False
        if addresses_reader(title) and not sibling_record:
            # "## Current limitations we face (be ready to say these)" / "- **Single dataset** — …": a heading that
            # speaks to its reader heads the writer's own notes (talking points, to-dos), no work's
            return False
        if names_papers_outright(title) and not sibling_record:
            # "### MICCAI/ISBI Papers (Search for these)" / "- MICCAI 2023/2024 proceedings on …": a heading that
            # calls what it holds papers files a group of works (its bullets where to look for them), names none
            # (after a sibling record, a title's own "… in Scientific Publications" files no group of works)
            return False
        if not sibling_record and in_career_section(self.topic[:-1]):
            # "## Research Experience" / "### Cross-Domain Image Translation via Diffusion Models" / "- Built …": a
            # project on a personal page's CV, its bullets what the writer did, no work's notes
            return False
        if not sibling_record and any(is_project_run_guide(t.text) for t in self.topic[:-1]):
            # "## How to run the projects" / "### Provided models and data samples" / "In Part I, we provide …": a
            # step of the guide to the page's own code, its lines the writer's instructions, no work's notes
            return False
        if self.page_runs_code and not sibling_record:
            # "## Evaluations" / "### Evaluation by GPT-4 and Doctors" / "We invite …" / "- Single turn evaluation", on a
            # page that tells its reader to run "pip install -r requirements.txt": a project's code README, whose
            # title-like sub-sections document its own work; reading notes on a work are no part of such a page
            return False
        if self.section_level in self.topic_levels and not sibling_record:
            # "## Top Picks" / "- [Title](pubmed…)" … "## Review & Big Picture (Fallback)" / "- a note": a heading
            # beside sibling sections that hold linked entries is one more topic, its bullets notes, not a work's
            return False
        if chart_caption_heading(title, self.section_paras):
            # "### Pie chart – distribution of datasets by modality group" / "![Pie Chart …](…)" / "- **MRI** – …":
            # the caption of the document's own figure, its bullets what the figure shows
            return False
        paras = [(p, _inline(p.children) if p.kind == "Paragraph" else _blockquote_inline(p)) for p in self.section_paras]
        if any(_has_links(inl) and not (p.kind == "Paragraph" and (link_field_lines(inl) or _record_address_line(inl)))
               for p, inl in paras):
            # ("### Title (2019-03-19)" / "(_Authors_)" / "**Link**: http://arxiv…" / "**Abstract**:" / "- a point":
            # a reference manager's note writes the work's own links as labelled fields above its notes; those
            # fields are the record's links, no entry of their own, so the heading is still one work's record)
            # (so is a line of bare addresses of the work's record, "## Title (2018)" / "https://sci-hub…/10.…" /
            # "> - a note": ``_record_address_line``)
            return False
        if paras and explainer_lead_in(paras[-1][1].plain) and not sibling_record:
            # "#### Differences from Conventional Volumetric Data" / "While both … they exhibit several distinct
            # characteristics:" / "- Resolution: …": an explainer's section introducing its points, no work's note
            return False
        notes: list[tuple[_Node, _Inline]] = []
        pointers: list[_Node] = []
        top_items = {id(c) for c in node.children}
        latin_heading = not _has_cjk(self.section_heading_inline.plain)
        tagged = year_venue_tagged_heading(title)
        venue_led = _venue_year_tag_lead(self.section_heading_inline)
        # "#### 3. Stolyar, A. (2005). OPTIMAL ROUTING IN …. Probability in the …, 19(2), 141-189." / "> 3. Main
        # results: optimality of the MinDrift Rule": a heading that is a whole reference cites one work, so an
        # undated bullet under it that reads like a title is the reader's note on it, as under a venue-year tag
        cited_heading = _whole_reference_heading(strip_section_number(title))
        if tagged is not None:
            # "#### **用于…的多任务协同网络**（2023，JBHI）": the tag says the heading names a published work, so the
            # reader's bullets in Chinese script under it are notes on it, whatever they name ("帮助 EMTS-Net (Class)
            # 精确定位…" reads like a reference), and the record is titled without the tag
            title = tagless_heading_title(title, tagged)
        items = list(_walk_items(node))
        for item in items:
            inl = _inline([x for x in item.children if x.kind != "List"])
            if sibling_record and id(item) not in top_items and _reading_pointer(item, inl):
                pointers.append(item)  # read as an entry of its own, after the record
                continue
            if item is items[-1] and "\n" in inl.plain and link_field_lines(inl, first_line=1) \
                    and not any(x.kind in ("Table", "Heading", "HtmlBlock", "List") for x in item.children):
                # "- 是2025年Agent领域的天花板级综述" / "**论文链接**：[arXiv](…)": the record's link fields written
                # right under its last note, no blank line between, run into that note; they are the record's
                notes.append((item, inl))
                continue
            if bib_noted and id(item) not in top_items and _has_links(inl) \
                    and not any(any(ids_from_url(link.url)) for link in inl.links if not link.image) \
                    and not any(x.kind in ("Table", "Heading", "HtmlBlock") for x in item.children):
                # "- Published: Feb, 2021 at MDPI Algorithms" / "  - Also as [ICLR 2021 Workshop poster](openreview…)",
                # "- Data:" / "  - one part of http://… dataset": under a record its bibliographic field has already
                # made one work's notes, a nested point's link in passing (no article's identifier) is a note's,
                # not the record's own link (a data set's page would make the paper a website)
                notes.append((item, replace(inl, links=[], image_links=0)))
                continue
            if _has_links(inl) or any(x.kind in ("Table", "Heading", "HtmlBlock") for x in item.children):
                return False
            if unlinked_title(inl.plain.strip(), inl.empty_link_texts) is not None:
                # "## Backdoor Attack at Model Compression Stage" / "1. [Stealthy backdoors as compression
                # artifacts]()" / "- 2021": an item opening with a work's title written as a link whose URL was left
                # for later is a reference, an entry of its own, no note on the heading (which names a stage, a topic)
                return False
            if classify_counts_works(inl.plain):
                # "### Motor Imagery and Movement Decoding" / "- Papers selected: **476**": a bullet counting the
                # works the section holds makes the heading a group of works (a taxonomy's category), not one work
                return False
            if not bib_noted and not worded and _reads_as_reference(_clean_title(inl.plain)) \
                    and not ((latin_heading or tagged is not None) and _has_cjk(inl.plain)) \
                    and not ((venue_led or cited_heading) and not citation.mentions_year(inl.plain)):
                # ("### [TIP 2024] Title" / "- LA Dataset, Pancreas-NIH Dataset": the leading venue-and-year tag says
                # the heading names one published work, so an undated title-cased bullet under it, a name of what
                # the work uses or proposes, is the reader's note; only a dated reference is a work of its own)
                # "- Deep Residual Learning for Image Recognition": a reference under a topic (under an English
                # title, "- 肺結節の経時的比較のための…レジストレーション" is the reader's gloss of it, a note; a list
                # with a bibliographic field, "- Published: May, 2020 at Frontiers", is one work's fields and notes:
                # "- Method: Graph Isomorphism Network (GIN)", "  - After each BatchNorm and ReLU" cite nothing; under
                # "### Paper 2: Title" the bullets are that work's analysis too)
                return False
            notes.append((item, inl))
        if _is_toc(node, self.topic) or _items_identify_works(notes):
            return False
        self.pending_noted_source = (node, 0, self.section_paras)
        self.section_paras = []
        self.pending_noted = ([(h, self.section_heading_inline)] + paras + notes, title,
                              sorted(pointers, key=lambda it: it.start))
        return True

    def take_noted_link_line(self, node: _Node) -> bool:
        """``###### Structural Scaffolds for Citation Intent …`` / ``- SciCiteを紹介した論文.`` /
        ``https://www.aclweb.org/anthology/N19-1361/``: a paragraph of bare URLs alone right after a reading
        note's bullets (``noted_title_record``) is that record's own link line, written below its notes;
        anything else first closes the record (``emit_pending_noted``)."""
        if self.pending_noted is None:
            return False
        if node.kind == "Table" and _rows_cite_works(node):
            # "## Results on the Left Atrium dataset" / "* The training set consists of 16 labeled scans …" / "|
            # Method | Dice | … |" / "| [UAMT](arxiv…) | 88.9 | … |": the section goes on with a table of the works it
            # compares; the heading names what they are compared on and the bullets set the comparison up, no work's
            # reading note: they are read again as the section's own lines
            self.unhold_noted_intro()
            return False
        if node.kind == "Paragraph" and (bare_urls_only(inl := _inline(node.children)) or link_field_lines(inl)):
            # (or its link fields: "**论文链接**：[arXiv](…)" / "**代码链接**：[GitHub](…)")
            self.pending_noted[0].append((node, inl))
            return True
        self.emit_pending_noted()
        return False

    def unhold_noted_intro(self) -> None:
        """The reading note held by ``noted_title_record`` was a section's introduction after all: its paragraphs
        and its list are read as any section's are, the heading a topic only."""
        (lst, depth, paras), self.pending_noted, self.pending_noted_source = self.pending_noted_source, None, None
        self.section_paras = paras
        self.pseudo_from_pending()
        self.list_(lst, depth, under_linked=False, note_anchor=-1)

    def emit_pending_noted(self) -> None:
        """The reading note held by ``noted_title_record`` is an entry, then the works its bullets point to."""
        if self.pending_noted is None:
            return
        (parts, title, pointers), self.pending_noted = self.pending_noted, None
        self.pending_noted_source = None
        # "### (Jaber) Sun2018: Detection of Breast Tumour …": the reader's citation key before the title, its year
        keyed = citation_keyed_title(_clean_title(title))
        if keyed is not None:
            title = keyed[0]
        dated = closing_bracketed_date(_clean_title(title))  # "### Title (2019-03-19) :book:": the work's date
        # "### 12. Label Smoothing for Deep Networks" / "**Citation**: Szegedy, C., et al. (2016). "Rethinking the
        # inception architecture …." *CVPR*" / "**Key Contributions**:" / "- …": the heading captions what the reader
        # took from the work; the labelled reference over the notes titles it
        own = _labelled_reference_title([(p, inl) for p, inl in parts[1:] if p.kind == "Paragraph"])
        self.emit_block(parts, title=own or (dated[0] if dated else title), heading_topic=True,
                        marks=(NOTED_TITLE_FIELD, OWN_REFERENCE_FIELD) if own else (NOTED_TITLE_FIELD,),
                        venue_year=None if own else (None, dated[1]) if dated else (None, keyed[1]) if keyed else None,
                        keep_title=bool(own))
        for item in pointers:
            self.item(item, 1, None)

    def tag_led_record(self, node: _Node) -> bool:
        """``[JBHI-2024] Large Language Models for Cuffless Blood Pressure …`` / ``- https://arxiv.org/pdf/…`` /
        ``- Architecture: S4`` / ``- Code: [github](https://github…)``: a link-less one-line paragraph opened by a
        bracketed tag (``tag_led_title``), right over a list of notes and bare or labelled links, is one record,
        a reading note: the words after the tag its title, the bullets its links and description. Read as
        items, each note would be an entry of its own, untitled or titled by its prose, and the title line lost.
        A list whose items read as references or titles of their own is entries after a remark, not notes."""
        paras = self.section_paras
        if not paras or paras[-1].kind != "Paragraph" or self.section_is_doc \
                or self.end_line_of(paras[-1].end) != self.line_of(node.start) - 1:
            return False
        inl = _inline(paras[-1].children)
        # "**Reece & Danforth (2017)** - *Instagram and Depression*" / "- Dataset: …" / "- Method: …": a literature
        # review's bold author-year lead and dash before the title heads the notes under it as a tag does
        bylined = None if inl.strong_only else author_year_dash_title(inl)
        # '**SCALE** - "SCALE: Evaluating …" (2024)' / "- **Data**: …" / "- **Method**: …": a bold name and a quoted
        # title closed by its year (or a bold title and its year) head a method's card as a tag does
        title = tag_led_title(inl) or bylined or bold_name_quoted_title(inl)
        # '**Boycott KM, et al. (2013). "Title." *Journal* 14(10):681-691.**' / "- Landmark review of …": a wholly bold
        # reference heads its annotations; a bullet is a work of its own there only as a whole reference too (a
        # short annotation, "- SpliceAI: Deep learning for splice prediction", reads as a title and is a note)
        cited = _bold_noted_reference(inl) if title is None else None
        if cited is not None:
            title = cited.title
        # "[MIDL23, Lab A] Title" / "[ICASSP24, Lab B] Title" one under the other, the notes under the second: each
        # line a paper of its own, the last the notes' head (``tag_led_title_lines``)
        heads = tag_led_title_lines(paras[-1]) if title is None and not inl.links and "\n" in inl.plain.strip() \
            else None
        if heads:
            title = heads[-1][2]
        if title is None:
            return False
        notes: list[tuple[_Node, _Inline]] = []
        for item in _walk_items(node):
            item_inl = _inline([x for x in item.children if x.kind != "List"])
            if any(x.kind in ("Table", "Heading", "HtmlBlock") for x in item.children) \
                    or any(not link.bare and names_work(link.text, min_words=3) for link in item_inl.links) \
                    or (not item_inl.links and not _field_label(item_inl)
                        and (citation.whole_reference(item_inl.plain.strip()) is not None if cited is not None
                             else _reads_as_reference(_clean_title(item_inl.plain)))):
                return False  # "- [Title](…)" / "- Deep Residual Learning for …": a work of its own, not a note
            notes.append((item, item_inl))
        if not notes or _is_toc(node, self.topic):
            return False
        para = paras.pop()
        self.flush_paragraph_blocks(final=False)  # the paragraphs before the title line are read on their own first
        if heads:
            for line, line_inl, line_title in heads[:-1]:
                self.emit_block([(line, line_inl)], title=line_title, marks=(NOTED_TITLE_FIELD,))
            para, inl = heads[-1][0], heads[-1][1]
        # (a bylined head is titled and bylined already, as a heading over its byline is: read again as one
        # reference with its notes, the title would run on into them)
        marks = (NOTED_TITLE_FIELD, BYLINE_HEADING_FIELD) if bylined else (NOTED_TITLE_FIELD,)
        self.emit_block([(para, inl)] + notes, title=title, marks=marks)
        if bylined:  # the bold lead is the byline (the block's own reading may take the title for names)
            self.out[-1] = replace(self.out[-1], **author_year_lead_citation(inl.strong_lead))
        elif cited is not None:  # the bold reference's own parts, as the reference read alone gives them
            self.out[-1] = replace(self.out[-1], title=cited.title, authors=cited.authors, year=cited.year,
                                   venue=cited.venue or self.out[-1].venue)
        elif self.out[-1].year is None and (closing := closing_year(inl.plain)) is not None:
            self.out[-1] = replace(self.out[-1], year=closing)  # '"Title" (2024)': the year closing the head line
        return True

    def title_line_over_bare_links(self, node: _Node) -> bool:
        """``FAVA - Fine-grained Hallucination Detection and Editing for Language Models`` / ``- https://arxiv.org/abs/…``
        / ``- https://github.com/…`` / ``- https://huggingface.co/…``: a link-less one-line paragraph that names a
        work (two words or more, no sentence, no closing colon), right over (the list interrupting it, no blank line
        between) a short list of bare URLs alone, exactly one of them the work's record (``_bare_link_fields``), is
        that work's record: the line its title, the URLs its links. It is ``bare_link_record`` in a notes file that
        writes its works as plain lines, not headings: read as items, each URL was an untitled entry, the paper
        parted from its code. A line over the links of two works, or of none, is a topic's or a site list's head."""
        paras = self.section_paras
        if not paras or paras[-1].kind != "Paragraph" or self.section_is_doc \
                or self.end_line_of(paras[-1].end) != self.line_of(node.start) - 1:
            return False
        inl = _inline(paras[-1].children)
        head = inl.plain.strip()
        if not head or "\n" in head or inl.links or len(head) > 250 or reads_as_sentence(head) \
                or not _names_a_paper(head, min_words=2):
            return False
        inlines = _bare_link_fields(node)
        if inlines is None:
            return False
        para = paras.pop()
        self.flush_paragraph_blocks(final=False)  # the paragraphs before the title line are read on their own first
        self.emit_block([(para, inl)], title=head, field_list=(node, list(inlines)), marks=(BARE_RECORD_LINKS_FIELD,))
        return True

    def link_card_over_title_byline(self, node: _Node) -> bool:
        """``FGD. *CVPR 2022*.`` / ``[[CVF](…)]`` / ``[[arXiv](…)]`` / ``<[GitHub](…)>`` / ``\\- Focal distillation …``,
        a blank line, then ``- Focal and Global Knowledge Distillation for Detectors`` / ``- Zhendong Yang and Zhe Li
        and …``: a card of host-labelled links (``_link_card_paragraph``) right over a list of the work's title and
        byline (``_title_byline_items``) is one record: the first item its title, the second its authors, the card's
        links and gloss its own. Why: read apart, each link line was a work titled "CVF" or "IEEE Xplore", and the
        title and the byline two link-less works; a card whose lead names only the venue ("*NeurIPS 2017*.") too."""
        paras = self.section_paras
        if not paras or paras[-1].kind != "Paragraph" or self.section_is_doc \
                or self.line_of(node.start) - self.end_line_of(paras[-1].end) > 2:
            return False
        inl = _inline(paras[-1].children)
        if not _link_card_paragraph(inl) \
                or any(x.kind in _CARD_ITEM_BLOCKS for item in node.children for x in item.children):
            return False
        items = [_inline(item.children) for item in node.children]
        if not _title_byline_items(items):
            return False
        para = paras.pop()
        self.flush_paragraph_blocks(final=False)  # the paragraphs before the card are read on their own first
        title = _clean_title(items[0].plain)
        self.emit_block([(para, inl)], title=title, marks=(LINK_CARD_FIELD,))
        lead = inl.plain[:inl.plain.find("\n")]
        venue = inl.emphasis[0].strip() if inl.emphasis and inl.emphasis[0] in lead else None
        year = closing_year(venue) if venue else None
        names = tuple(name.strip() for name in items[1].plain.strip().split(" and "))
        self.out[-1] = replace(self.out[-1], title=title, authors=names,
                               end_line=self.end_line_of(node.end), venue=self.out[-1].venue or venue,
                               year=self.out[-1].year or year)
        return True

    def bold_titled_record(self, node: _Node) -> bool:
        """``**Title**`` / ``- 论文：https://arxiv…`` / ``- 代码：https://github…``: a bold-only paragraph right
        before a list of role fields, one of them the paper's with its link, is one record: the bold text its
        title, the fields' links its links. Short link-less bullets among the fields (``- CVPR 2020 Oral``)
        are notes on it. (Over any other list, the bold paragraph names the list's sub-topic.)"""
        paras = self.section_paras
        if not paras or paras[-1].kind != "Paragraph" or self.section_is_doc:
            return False
        # "**Neural Codes for Image Retrieval**" / "![](…png)" / "- arxiv: …" / "- github: …": the record's figure
        # between its bold title and its fields is the record's illustration, no paragraph that parts them
        figures = _trailing_figures(paras)
        if figures and (len(paras) == figures or paras[-1 - figures].kind != "Paragraph"):
            return False
        inl = _inline(paras[-1 - figures].children)
        # "(1) C-RNN-GAN" / "- Paper link: https://arxiv…" / "- Code link: …": a numbered plain name line is
        # such a title too, only over role fields (never over bibliographic ones)
        numbered = _numbered_name(inl)
        # "**Kumar et al. (2020)** - Conservative Q-Learning for Offline RL" over "- **Journal:** NeurIPS" /
        # "- **Key Points:**" (notes under it): a bold author-year lead and a dash before the title, only over
        # bibliographic fields (the record's ``_metadata_fields``), never over role fields
        bylined = None if inl.strong_only or numbered else author_year_dash_title(inl)
        # "1.**Title**" / "   - *Authors et al.*" / "   - Published in [Venue](…)": a record number glued to the bold
        # title (no list marker without the space) numbers the record, the bold text titles it
        head = paras[-1 - figures]
        glued = "" if inl.strong_only or numbered or bylined \
            else _clean_title(glued_number_bold_title(inl, self.raw(head.start, head.end)))
        title = numbered or bylined or glued or _clean_title(inl.plain)
        if not (inl.strong_only or numbered or bylined or glued) or not _is_meaningful(title):
            return False
        marks: tuple[str, ...] = ()
        record = _role_fields(node, notes=True, labelled_notes=True) \
            if not bylined and (numbered or len(title.split()) >= 3 or sum(map(_is_cjk, title)) >= 4) else None
        if record is None or not record.linked or not any(field_role(label) == "paper" for label in record.labels):
            if numbered:
                return False
            # "**Title**" / "- **作者**: …" / "- **发表**: ICML 2017" / "- **链接**: [PMLR](…)": a work described
            # by bibliographic fields (a one-word name too: "**CausalVAE**") is one record, with or without links
            record = _metadata_fields(node, bylined=bool(bylined))
            if record is None:
                return False  # "论文：暂无" / "代码：https://…": a paper's field (its link still to come) names the record
            marks = (BIB_RECORD_FIELD,) if record.cites or bylined else ()
        if bylined:
            # (a bylined head is titled and bylined already, as a heading over its byline is: read again as one
            # reference with its fields, a short title, "Inverse Reward Design", "Visualizing and Understanding Atari
            # Agents", was taken for names and the title ran on into the next field's label: "… Key Points")
            marks += (BYLINE_HEADING_FIELD,)
        if _is_toc(node, self.topic):
            return False
        inlines, empty = record.inlines, record.empty
        del paras[len(paras) - figures:]  # (the figure shows the record: no entry, no note of it)
        bold = paras.pop()
        self.flush_paragraph_blocks(final=False)  # the paragraphs before the title are read on their own first
        self.emit_block([(bold, inl)], title=title, field_list=(node, inlines),
                        empty_fields=tuple(e for e in empty if field_role(e) == "paper"), marks=marks)
        if bylined:  # the bold lead is the byline (the block's own reading may take the title for names)
            self.out[-1] = replace(self.out[-1], **author_year_lead_citation(inl.strong_lead))
        return True

    def described_title_over_role_fields(self, node: _Node) -> bool:
        """``1、[Nature | Title](blog…)`` (or ``**Title**``) / a figure / a paragraph on the work / ``- 文章链接：
        https://doi…``: a title line, then the record's figures and link-less paragraphs describing it, then a list
        of role fields holding the paper's link is one record, as ``bold_titled_record`` reads the title right over
        its fields. Newsletters and digests write their items so: a numbered headline linking the write-up, a
        summary, then the article's own address. Read apart, the fields' entry was titled by its label
        ("文章链接", "Paper") and the headline was a web page of its own.

        The title line is one line: a bold text, or one link (after a record number, ``1、`` / ``2.``) whose text is
        all the line says. Only link-less paragraphs stand between it and the fields (at most
        ``MAX_RECORD_NOTES``): a paragraph with a link is an item of its own, and the list is then read as before."""
        paras = self.section_paras
        if not paras or self.section_is_doc:
            return False
        k = described = 0
        while k < len(paras):
            p = paras[-1 - k]
            if p.kind != "Paragraph":
                return False
            inl = _inline(p.children)
            if _figure_paragraph(p):
                k += 1
                continue
            if inl.links or inl.strong_only or described >= MAX_RECORD_NOTES or not inl.plain.strip():
                break
            k += 1
            described += 1
        if k >= len(paras) or paras[-1 - k].kind != "Paragraph":
            return False
        head = paras[-1 - k]
        inl = _inline(head.children)
        text = inl.plain.strip()
        if "\n" in text:
            return False
        links = [link for link in inl.links if not link.image]
        number = ""
        if inl.strong_only:
            if not described:
                return False  # the bold title right over its fields (or its figures) is ``bold_titled_record``'s
            title = _clean_title(text)
        elif len(links) == 1 and not links[0].bare and len(inl.links) == 1:
            lead = _NUMBERED_LEAD.match(text)
            number = lead.group().strip() if lead else ""
            rest = text[lead.end():] if lead else text
            if rest.strip() != links[0].text.strip():
                return False  # "[Title](…) by A. Author": a line saying more than its link is no bare headline
            title = _clean_title(links[0].text)
        else:
            return False
        if not _is_meaningful(title) or not (len(title.split()) >= 3 or sum(map(_is_cjk, title)) >= 4):
            return False
        record = _role_fields(node, notes=True, labelled_notes=True)
        if record is None or not record.linked or not any(field_role(label) == "paper" for label in record.labels):
            return False
        if _is_toc(node, self.topic):
            return False
        parts = [(p, _inline(p.children)) for p in paras[len(paras) - 1 - k:] if not _figure_paragraph(p)]
        del paras[len(paras) - 1 - k:]  # (the figures show the record: no entry, no note of it)
        self.flush_paragraph_blocks(final=False)  # the paragraphs before the title are read on their own first
        self.emit_block(parts, title=title, field_list=(node, record.inlines),
                        empty_fields=tuple(e for e in record.empty if field_role(e) == "paper"))
        if number and self.out[-1].description.startswith(number):
            # "1、": the headline's number is the newsletter's, no word of the record's description
            self.out[-1] = replace(self.out[-1], description=self.out[-1].description[len(number):].lstrip())
        return True

    def bold_lead_over_pointer_link(self, node: _Node) -> bool:
        """``**Title of the review (2024)** — Authors et al. What it covers:`` / ``- [Link](publisher…)``: a paragraph
        opened by a work's bold title (its byline and a note after it), right over a list of one item that is only a
        link saying nothing but "a link" (``classify.is_pointer_label``: "Link", "link"), is one record: the bold
        lead its title, the paragraph its description, the link its link. Why: the pointer names no work, and the
        bold lead names the one it reaches; read apart, the link's entry was titled "Link" and the work's own
        paragraph was prose. A list of named links under a bold lead ("**Veritasium** has videos:" / "- [How …](…)")
        is the lead's sub-topic, as before."""
        paras = self.section_paras
        if not paras or paras[-1].kind != "Paragraph" or self.section_is_doc or len(node.children) != 1:
            return False
        item = _inline(node.children[0].children)
        links = [link for link in item.links if not link.image]
        if len(links) != 1 or links[0].bare or not is_pointer_label(links[0].text) \
                or item.plain.strip(" -:;.") != links[0].text.strip():
            return False
        inl = _inline(paras[-1].children)
        title = _clean_title(inl.strong_lead.strip())
        if inl.links or not _is_meaningful(title) or len(title.split()) < 3:
            return False
        bold = paras.pop()
        self.flush_paragraph_blocks(final=False)  # the paragraphs before the record are read on their own first
        self.emit_block([(bold, inl)], title=title, field_list=(node, [item]))
        return True

    def bold_title_venue_year_over_link_item(self, node: _Node) -> bool:
        """``1、**Title.** IEEE TNN 1997`` / ``- [ ] [中文译名](sci-hub…)``: a link-less paragraph that is only a work's
        bold title closed by its own stop, then its venue and year (``stopped_bold_title_venue_year``), right over a
        list of one item that is only one link (whatever its text: the reader's translation of the title, "pdf") is
        one record: the paragraph its title and trailer, the link its link. Why: a reading plan numbers its works
        "1、" (no Markdown list marker, so the line stays a paragraph) and ticks each one's link off in a task bullet
        under it; read apart, the title line was dropped as prose and the work titled by the link's text. Only
        right under the paragraph (one blank line at most), and only one item: a list of several links under a
        bold line is that line's sub-topic, as before."""
        paras = self.section_paras
        if not paras or paras[-1].kind != "Paragraph" or self.section_is_doc or len(node.children) != 1 \
                or _holds_blocks(node.children[0]):
            return False
        item = _inline(node.children[0].children)
        links = [link for link in item.links if not link.image]
        if len(links) != 1 or len(item.links) != 1 or item.plain.strip(" -:;.") != links[0].text.strip():
            return False
        inl = _inline(paras[-1].children)
        read = stopped_bold_title_venue_year(inl)
        if read is None or not _is_meaningful(read[0]) \
                or self.line_of(node.start) - self.end_line_of(paras[-1].end) > 2:
            return False
        bold = paras.pop()
        self.flush_paragraph_blocks(final=False)  # the paragraphs before the record are read on their own first
        self.emit_block([(bold, inl)], title=read[0], field_list=(node, [item]), venue_year=read[1:])
        return True

    def emit_block(self, parts: list[tuple[_Node, _Inline]], title: str, heading_topic: bool = False,
                   field_list: tuple[_Node, list[_Inline | None] | None] | None = None,
                   empty_fields: tuple[str, ...] = (), marks: tuple[str, ...] = (), keep_title: bool = False,
                   prose: str = "", venue_year: tuple[str | None, int] | None = None) -> None:
        if heading_topic and parts and parts[0][0] is self.section_heading:
            self.heading_record_level = self.section_level
            if title == parts[0][1].plain:  # "### Title [[PDF]](…)": titled by its text, without its role links
                # ("#### 综述一：Attention | [Title](…)": by the link's text, after the writer's label and bar)
                title = _role_linked_title(parts[0][1]) or barred_label_link_title(parts[0][1]) or title
                if title == parts[0][1].plain and (named := _name_linked_over_reference(parts[0][1])) is not None:
                    # "### 1. [scMVP](…),Li G, … Title. Genome Biol. 2022…": titled by its linked name as the
                    # same line as a bullet is; the reference after it is read as the record's own words
                    title, prose = named[0], " ".join(x for x in (named[1], prose) if x)
                # "### Kaushik et al. (2015) — Title": the review's author-year label is no part of the title; it dates
                # the work
                if title == parts[0][1].plain and (led := author_year_led_title(_clean_title(title))) is not None:
                    title, venue_year = led[0], venue_year or (None, led[1])
        if heading_topic and any(_has_links(inl) for _, inl in parts):
            self.heading_entry_linked = True
        first = parts[0][0]
        d = _Draft(line=self.line_of(first.start), end_line=self.end_line_of(parts[-1][0].end),
                   start_byte=first.start, end_byte=parts[-1][0].end)
        d.title = _clean_title(title)
        if heading_topic:  # "#### 4.中文医学问答数据集": the entry is the dataset, not section 4
            d.title = strip_section_number(d.title)
            if id_tail := identifier_tail(title):
                d.description.append(id_tail)  # "### Title (arXiv:2309.07778)": the id the title drops is the work's
                # "### 4.1 Paper 1: Title (arXiv:…)": the record's worded number is no part of the work's title
                d.title = strip_word_record_number(d.title)
        elif first.kind == "Paragraph" and (ref := _captioned_reference(parts[0][1], d.title)) is not None:
            # "**The Adam paper**" / "[Kingma, D.P. and Ba, J., 2014. Adam: A method …](…)": the bold line only
            # captions the record; the reference its link gives (split by ``citation``) names the work
            d.title = _clean_title(ref)
            d.description.append(title)
        elif first.kind == "Paragraph" and (ref := numbered_caption_reference(parts[0][1], d.title)) is not None:
            # "**Paper 5** Wapinski, I., …, 2007. Title. Bioinformatics …": the bold label numbers the record;
            # the reference after it names the work
            d.title = _clean_title(ref)
            d.description.append(title)
        for i, (p, inl) in enumerate(parts):
            # (a quote's links are a quoted text's, not the record's, unless the quote holds only the record's
            # labelled links: "## Title (2017)" / "> [`paper`](…)", or "> github:" / "> https://github…" with each
            # label over its URL, ``quoted_label_over_url_fields``)
            label_over_url = p.kind == "BlockQuote" and quoted_label_over_url_fields(p)
            # ("> 论文链接： <https://arxiv…>" / "> 代码链接：<https://github…>": a quote of the record's labelled
            # addresses, ``quoted_role_address_fields``, gives the record's links as the lines unquoted would)
            in_quote = p.kind == "BlockQuote" and not _role_link_line(inl) and not label_over_url \
                and not quoted_role_address_fields(p) \
                and not (i == 1 and first.kind == "Paragraph" and parts[0][1].strong_only and not parts[0][1].links
                         and role_linked_note(inl))  # "**Title**" / "> A note. [[paper]](…)": the record's own
            # (">related to [Title](arxiv…) (Ishida, NIPS 2017)": a quoted note pointing at another work gives its link,
            # read as the same line unquoted, ``quoted_related_note``)
            in_quote = in_quote and not quoted_related_note(inl)
            if i > 0 and take_linked_byline(d, p, inl):
                continue
            start = 0
            if i == 0 and p.kind == "Paragraph":
                first_nl = inl.plain.find("\n")
                head = inl.plain if first_nl < 0 else inl.plain[:first_nl]
                if _clean_title(head) == _clean_title(title):
                    start = len(head)  # the title line is not a field nor prose
            elif i == 0:
                start = len(inl.plain)  # the heading itself
            n_links = len(d.links)
            self.collect_fields(d, inl, take_links=not in_quote, start=start)
            if label_over_url:
                self.label_quoted_urls(d, p, n_links)
            if in_quote or not inl.links:
                d.description.append(inl.plain[start:].strip())
            else:
                d.description.append(_prose(inl, start))
            if p.kind == "Paragraph" and i <= 1:
                for run in inl.emphasis:
                    if (dated := citation.month_year_venue(run)) is not None:
                        # "### Title" / "_Jul 2023, MICCAI_": the emphasised line dates the work and names its
                        # venue; no byline (it once gave an author "Jul 2023, MICCAI")
                        d.fields.append(("year", str(dated[0])))
                        if dated[1]:
                            d.fields.append(("venue", dated[1]))
                    else:
                        d.authors_hint.append(run)
            if inl.empty_links:
                d.diagnostics.append(self.diag(self.line_of(p.start), "empty-link", "link with no URL"))
        if field_list is not None:  # the heading's field bullets
            lst, inlines = field_list
            for sub, sinl in zip(lst.children, inlines or ()):
                if sinl is not None:
                    self.fill_field_item(d, sinl)
                    d.authors_hint.extend(sinl.emphasis)
            d.end_line = max(d.end_line, self.end_line_of(lst.end))
            d.end_byte = max(d.end_byte, lst.end)
        if prose:  # what the caller read as the record's own words besides its title (a heading's identifier)
            d.description.append(prose)
        if venue_year is not None:  # "OPERA (NeurIPS 2024): …": the heading's bracket (``_named_work_record``)
            if venue_year[0]:
                d.fields.append(("venue", venue_year[0]))
            d.fields.append(("year", str(venue_year[1])))
        d.fields.extend((EMPTY_LINK_FIELD, label) for label in empty_fields)
        d.fields.extend((mark, "") for mark in marks)
        for label, value in d.fields:
            if label.lower() in _TITLE_FIELD_LABELS and _is_meaningful(value) and not keep_title:
                if not translated_title_field(d.title, value):  # (a translation under the bold original)
                    d.title = _clean_title(_without_legend_marks(value))
                break
        topic = self.current_topic()
        if heading_topic and topic:
            topic = topic[:-1]  # the heading is the entry itself, its parents are the topic
        self.finish(d, topic)

    def collect_fields(self, d: _Draft, inl: _Inline, take_links: bool = True, start: int = 0) -> None:
        """Labelled lines (``来源：CBLUE``, ``论文题目:…``) and links with their labels."""
        for line in _lines_unbroken_in_links(inl, start):
            for label, value in _line_fields(line):
                if label and value and not value.startswith(("http://", "https://")):
                    d.fields.append((label, value))
        if take_links:
            for link in inl.links:
                label = _link_label(inl.plain, link)
                d.links.append(Link(url=link.url, label=label, line=self.line_of(link.offset), text=link.text,
                                    cited=link.cited))

    # -- lists
    def list_(self, node: _Node, depth: int, topic_override: tuple[Heading, ...] | None = None,
              under_linked: bool = False, group_notes: bool = False, note_anchor: int = -1,
              note_name: str = "") -> None:
        if _is_toc(node, self.topic):
            self.list_diags.append(self.diag(self.line_of(node.start), "skipped-toc",
                                             "table of contents skipped", "info"))
            strays = toc_strays(node)  # an entry filed among the contents lines is read as one
            if not strays:
                return
            node = _Node(node.kind, node.start, node.end, node.attrs)
            node.children = strays
        anchor = -1  # the entry a sibling note describes (group_notes only)
        numbered = _numbered_references(node)
        previous = -1  # the entry the previous numbered reference made (numbered lists only)
        last = -1  # the linked entry the previous item made (alone)
        for item in node.children:
            if item.kind == "Item":
                if group_notes and anchor >= 0 and self.merge_note(anchor, item):
                    continue
                if note_anchor >= 0 and self.merge_code_note(note_anchor, item, note_name):
                    continue
                if numbered and previous >= 0 and self.merge_continuation(previous, item):
                    continue
                if last >= 0 and self.merge_byline(last, item):
                    last = -1
                    continue
                if last >= 0 and self.merge_sibling_code(last, item):
                    last = -1
                    continue
                n = len(self.out)
                self.item(item, depth, topic_override, under_linked)
                self.lend_item_bibtex(item, n)
                anchor = n if group_notes and len(self.out) == n + 1 and _cites_record(self.out[n].links) else -1
                previous = n if numbered and len(self.out) == n + 1 else -1
                last = n if len(self.out) == n + 1 and self.out[n].links and not self.out[n].authors else -1

    def merge_byline(self, previous: int, node: _Node) -> bool:
        """`` - Title`` / ``  [[pdf]](…)`` / ``  - Shujun Wang, Lequan Yu, Xin Yang. *TMI2019*``: a byline bullet
        indented too little to nest under its item (two spaces under a " - " item) is a sibling item of the
        list; a link-less item that only names authors and a venue, right after a linked item without
        authors, is that item's byline. Merged into that entry (its authors); False if not a byline."""
        if _holds_blocks(node) or node.end - node.start > 400:
            return False
        raw = self.raw(node.start, node.end).replace("\u00a0", " ")  # (a no-break space parts names as a space does)
        if "](" in raw or "://" in raw or "<" in raw \
                or not any(sep in raw for sep in (",", "，", "、", " and ", "&", "et al")):
            return False  # a link, or no list of names: no byline (read before parsing the item's inlines)
        inl = _inline(node.children)
        if inl.links or not _is_byline(inl):
            return False
        text = " ".join(inl.plain.replace("，", ", ").replace("、", ", ").split())
        head = text.rsplit(". ", 1)[0] if ". " in text else text
        if any(len(name.split()) > 4 or any(c.isdigit() for c in name) for name in _names(head.replace(" & ", " and "))):
            return False  # "31. He K, Gkioxari G, … Girshick R. Mask R-CNN. IEEE Trans …": a whole reference, no byline
        venue = text.rsplit(". ", 1)[1].strip(" .*_") if ". " in text else ""
        if _opens_quoted_title(venue):
            return False  # 'Anna Smith, Bob Jones. "Deep food recognition at scale." CVPR, 2019.': a whole reference
        self.extend_entry(previous, node, "")
        names = tuple(a.strip(" .*_") for a in _names(head.replace(" & ", " and ")) if a.strip(" .*_"))
        if names and " et al" not in head:
            self.out[previous] = replace(self.out[previous], authors=names)
        if venue and self.out[previous].venue is None:
            self.out[previous] = replace(self.out[previous], venue=venue)
        return True

    def merge_sibling_code(self, previous: int, node: _Node) -> bool:
        """``- [Title](https://arxiv.org/abs/…)`` / ``- [Github: owner/repo](https://github.com/…)``: a sibling
        bullet that is only a link labelled as code, after an item citing a work without code, is that work's
        code (``sibling_code_link``). Merged into that entry; False if not such a bullet."""
        if node.end - node.start > 300 or not code_link_bullet_text(self.raw(node.start, node.end)) \
                or not _cites_record(self.out[previous].links) or _holds_blocks(node):
            return False  # (the cheap tests first: an item's inline text is costly to read again)
        inl = _inline(node.children)
        link = sibling_code_link(inl, self.out[previous].links)
        if link is None:
            return False
        self.extend_entry(previous, node, "", (Link(url=link.url, label=_bracket_label(link.text),
                                                    line=self.line_of(link.offset), text=link.text),))
        return True

    def merge_continuation(self, previous: int, node: _Node) -> bool:
        """``- [x] 40. Marks, D. S. … from sequence variation.`` / ``- [x] Nat. Biotechnol. 30, 1072–1080 (2012).``:
        in a list of numbered references, an unnumbered link-less item is the rest of the reference before
        it, cut in two where a copied page broke its line. Merged into that entry; False if not such a rest."""
        if _holds_blocks(node):
            return False
        inl = _inline(node.children)
        plain = " ".join(inl.plain.split())
        if not plain or inl.links or _reference_numbered(plain) or len(plain) > 300:
            return False
        if not _reference_numbered(self.out[previous].title):
            return False
        self.extend_entry(previous, node, plain)
        return True

    def extend_entry(self, index: int, node: _Node, description: str, links: tuple[Link, ...] = ()) -> None:
        """An entry already made, grown by a later item read as its part: its text and lines run to the end
        of ``node``, which adds its prose (and links)."""
        e = self.out[index]
        start = self.line_starts[e.line - 1] if e.line - 1 < len(self.line_starts) else 0
        self.out[index] = replace(e, end_line=max(e.end_line, self.end_line_of(node.end)),
                                  text=self.raw(start, node.end).rstrip("\n"), links=e.links + links,
                                  description=" ".join(x for x in (e.description, description) if x))

    def merge_note(self, anchor: int, node: _Node) -> bool:
        """``- **AntiBERTy(2021)**`` / ``  - Ruffolo, J. 2021. "Title." arXiv. [doi](…)`` /
        ``  - This work introduces … The [code](…) is open.``: under a bullet that only names a work, a
        sub-bullet of prose after the one citing it is a note on that work (its links are that work's),
        not a reference of its own. Merged into the entry of the citing sibling; False if not a note."""
        if _holds_blocks(node):
            return False
        inl = _inline(node.children)
        plain = inl.plain.strip()
        if not plain or plain[0] in "[(<*_`" or inl.strong_lead or len(plain.split()) < 8 \
                or any(link.start < 3 for link in inl.links):
            return False
        d = _Draft(line=self.line_of(node.start), end_line=self.end_line_of(node.end), start_byte=node.start,
                   end_byte=node.end)
        self.fill_from_inline(d, inl)
        if _cites_record(d.links):
            return False  # it cites a work itself
        self.extend_entry(anchor, node, plain, tuple(d.links))
        return True

    def merge_code_note(self, anchor: int, node: _Node, own_name: str = "") -> bool:
        """``[Li, D., et al. "Title." …](…)`` / ``* [GitHub](https://github.com/…)``: in the notes on a lone
        reference paragraph, a bullet that is only a link to a code repository (or one labelled as the work's
        code or data: ``* [Dataset](…)``) is that work's code. ``own_name``: the work's short name, when the
        bullets may name whose code they are (``- [Code (PyKEEN)](…)`` under BioKEEN's paper is PyKEEN's, no
        note on it; "\\0" when the work has no short name)."""
        if _holds_blocks(node):
            return False
        inl = _inline(node.children)
        if not _code_note_link(inl):
            return False
        link = next(link for link in inl.links if not link.image)
        if own_name and (named := named_in_label(link.text)) and named.casefold() != own_name.casefold():
            return False
        e = self.out[anchor]
        end = max((c.end for c in node.children), default=node.end)  # not the blank line after the bullet
        self.out[anchor] = replace(e, end_line=max(e.end_line, self.end_line_of(end)), links=e.links + (
            Link(url=link.url, label="" if link.bare else _bracket_label(link.text), line=self.line_of(link.offset),
                 text=link.text),))
        return True

    def item(self, node: _Node, depth: int, topic_override: tuple[Heading, ...] | None,
             under_linked: bool = False) -> None:
        loose = len(node.children) == 1 and node.children[0].kind == "Paragraph"
        if node.children and (loose or any(c.kind == "SoftBreak" for c in node.children)
                              and not any(c.kind in _ITEM_BLOCK_KINDS for c in node.children)):
            # "+ [Title](…)<br>" / "+[Next Title](…)<br>": an item's lines that lost their bullet's space, each an
            # item of its own after the item's first line (``glued_bullet_item_lines``); a tight item's text is
            # its inline nodes, a loose one's its paragraph
            if loose:
                text = node.children[0]
            else:
                text = _Node("Paragraph", node.children[0].start, node.children[-1].end)
                text.children = node.children
            if (glued := glued_bullet_item_lines(text)) is not None:
                for line in glued:
                    one = _Node(node.kind, line.start if line is not glued[0] else node.start, line.end, node.attrs)
                    one.children = [line] if loose else line.children
                    self.item(one, depth, topic_override, under_linked)
                return
        if len(node.children) == 1 and node.children[0].kind in ("text", "Paragraph"):
            # "- Dickie et al. 2018. Title. Venue, 18, 940-952. Schnell et al. 2015. Title. Venue, 15, 1289-1303.": two
            # link-less references pasted on one item's line, each an item of its own (``run_on_references``)
            text = node.children[0]
            if text.kind == "text":
                text = _Node("Paragraph", text.start, text.end)
                text.children = node.children
            if (run_on := run_on_references(text)) is not None:
                for k, (unit, _, _) in enumerate(run_on):
                    one = _Node(node.kind, node.start if k == 0 else unit.start, unit.end, node.attrs)
                    one.children = [unit] if text is node.children[0] else unit.children
                    self.item(one, depth, topic_override, under_linked)
                return
        own: list[_Node] = []  # inline nodes and paragraphs of the item itself
        nested: list[_Node] = []
        html_blocks: list[_Node] = []
        bare_markers: list[_Node] = []
        for c in node.children:
            if c.kind == "List" and c.children and not any(it.children for it in c.children) \
                    and self.raw(c.start, c.end).strip()[:1].isdigit():
                # "47. **Title[J]**" / "\tChen Y, Zhong K" / "\t2016.": a line that is only a year and a full stop
                # reads as an empty ordered item (a list marker with no text); it is the reference's last line,
                # not a sub-list the item groups
                bare_markers.append(c)
            elif c.kind in ("List", "Heading", "Table") or (c.kind == "BlockQuote" and depth < 0):
                nested.append(c)
            elif c.kind == "CodeBlock":
                continue
            elif c.kind == "HtmlBlock" and (fold := _fold_as_labelled_list(c)) is not None:
                nested.append(fold)  # "- Review of … <details>" / "<summary>Paper</summary> Authors. Title. doi…"
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
        if html_blocks and own and not flattened and not inl.links and not nested:
            # "- Title" / "  Authors, **Venue**, 04/2025" / "  <div class=\"buttons\"> <a href=…>Paper</a>
            # <a href=github…>Code</a> </div>": a publication page whose link-less title and byline lines leave
            # every link to the button block under them; those anchors are the item's own, read as if written on
            # a line of their own under the byline (as the same anchors inline are)
            converted = [_html_as_markdown(h) for h in html_blocks]
            if any(not link.image for link in _inline(converted).links):
                own = own + converted
                html_blocks = []
                inl = _inline(own, skip_blocks=not flattened)
        quotes = [c for c in own if c.kind == "BlockQuote"]
        line = self.line_of(node.start)
        own_end = max((c.end for c in own), default=node.start + 1)
        d = _Draft(line=line, end_line=self.end_line_of(own_end), start_byte=node.start, end_byte=own_end)
        if is_task_item(node):
            d.fields.append((TASK_ITEM_FIELD, ""))
        if is_footnote_note(node):
            d.fields.append((FOOTNOTE_NOTE_FIELD, ""))
        paras = [c for c in own if c.kind == "Paragraph"]
        if len(paras) >= 3 and date_only_label(_inline(paras[:1]).plain):
            # "- [ ] **2021 年 6 月**" / "  Lu, Ming Y., et al. \"Title.\"" / "  链接：[Nature](…)": the date files
            # the record; its title is the next paragraph (the date stays in the entry's text, where its year is read)
            own = [c for c in own if c is not paras[0]]
            paras = paras[1:]
            inl = _inline(own, skip_blocks=not flattened)
        # (two quotes or more, or one under a name that links only its licence: one quoted reference under a name
        # linking its paper or page is that item's own, read where the item is typed, its entry keeping the name's
        # line — ``extract._names_its_reference``)
        if quotes and not nested and not bare_markers and not flattened and len(paras) == 1 \
                and own[0] is paras[0] and len(own) == 1 + len(quotes) \
                and (len(quotes) >= 2 or _links_only_licences(paras[0])
                     or len(quotes := _reference_lines_quoted(quotes)) >= 2) \
                and self.label_over_quoted_references(paras[0], quotes):
            return
        if not flattened and not nested and not quotes and not bare_markers and len(paras) >= 2 \
                and len(paras) == len(own) and (self.label_over_link_paragraphs(paras, topic_override)
                                                or self.note_over_bold_reference_paragraphs(paras, topic_override)):
            return
        head_inl = _inline(paras[:1]) if len(paras) >= 2 and len(paras) + len(quotes) == len(own) \
            and not inl.links else None
        if head_inl is not None and "\n" not in head_inl.plain.strip() \
                and (head_inl.strong_lead or closes_on_bracketed_year(head_inl.plain)):
            # "1. **Title** OSDI 2016" / blank line / "   *Authors*": a loose item whose first paragraph is the
            # reference; the paragraphs after it (authors, notes) describe it (a quoted "> Source: …" among them too)
            # "* Title of the work (2015)" / blank line / "    利用迭代的结构来预测二级结构": so is a link-less first line
            # closing on its bracketed year, the reader's note under it (``closes_on_bracketed_year``)
            self.fill_from_inline(d, head_inl)
            for more in paras[1:]:
                m = _inline([more])
                d.description.append(m.plain.strip())
                d.authors_hint.extend(m.emphasis)
        else:
            self.fill_from_inline(d, inl)
            if not flattened and (dash_fields := dash_labelled_fields(inl)) is not None:
                self.take_dash_field_reference(d, inl, dash_fields)
            if inl.strong_only and (quoted_year := quoted_title_year(inl.plain)) is not None:
                d.fields.append(("year", str(quoted_year)))  # '- **"Title" (2014)**': the title's quotes, then its year
        if own and not flattened and d.links:
            # "- [Title](…)" / "  <div class=\"pub-links\"> <a href=arxiv…>[PDF]</a> <a href=github…><img …></a>": a
            # bibtex-backed publication page sets the entry's other links in an HTML block under its titled line;
            # those anchors are the entry's own (its preprint, its code), as the same links written in Markdown are
            for h in html_blocks:
                h_inl = _inline([_html_as_markdown(h)])
                seen = {x.url for x in d.links}  # an anchor the item's own text already gave is not added twice
                d.links.extend(self.link_in(h_inl, link) for link in h_inl.links
                               if not link.image and link.url not in seen)
        for c in bare_markers:
            d.description.append(self.raw(c.start, c.end).strip())
            d.end_line = max(d.end_line, self.end_line_of(c.end))
        if under_linked and not d.links:
            d.fields.append((UNDER_LINKED_ITEM_FIELD, ""))
        if flattened:
            d.diagnostics.append(self.diag(line, "deep-nesting", f"lists nested deeper than {MAX_DEPTH} levels are "
                                           "merged into this entry"))
        own_links = bool(d.links)
        for q in quotes:
            q_inl = _blockquote_inline(q)
            d.description.append(_prose(q_inl) if not own_links and q_inl.links else q_inl.plain.strip())
            if not own_links or quoted_link_lines(q_inl):
                # "* **Title**" / "> Source: arXiv (2025.09) [[Link]](…)": an item whose only links sit in its
                # quoted source line; those links are the item's own (as are a quote's that is only links,
                # "- Authors. Title. Nat Methods (2019). https://doi…" / "  > Milo: https://github…", under a
                # reference that links its paper)
                for link in q_inl.links:
                    if not link.image:
                        d.links.append(self.link_in(q_inl, link))
            else:
                # "- [BioCreative II Task 1A](…task page…)" / "  > named entity extraction of …" / "  >" /
                # "  > **[paper](…)**": a quoted note's paragraph that is only role-labelled links gives the
                # item's own paper or code, as a sub-bullet "- [paper](…)" would
                for p_inl in _quoted_role_link_paragraphs(q):
                    d.links.extend(self.link_in(p_inl, link) for link in p_inl.links if not link.image)
                # "- [Tool](doi…)" / "  > Authors (2020). Title. … doi: […](…). Download: https://github…": the
                # reference's labelled code address is the item's code (``quoted_labelled_code_links``)
                seen = {x.url for x in d.links}
                d.links.extend(self.link_in(q_inl, link) for link in quoted_labelled_code_links(q_inl)
                               if link.url not in seen)
        # nested lists: labelled sub-bullets are fields of this entry; other items are entries
        child_lists: list[_Node] = []
        nested_records: list[_Node] = []  # named sub-bullets among the fields, over role fields of their own
        # "- **[VLSP 2016 Task](…)**" / "    - Test: 1050 sentences." / "        | Model | F1 | Paper | Code |": a table
        # set under a field sub-bullet is no value of that field; its rows are read as any table's are
        field_tables: list[_Node] = []
        # "- 2019:" / "  - **BERT**: Title [[note](…)]": a year groups the works under it; they are no fields of it
        year_group = not d.links and year_group_label(inl.plain)
        # "- [Lecture 13: HMMs](…/hmm.pdf)" / "  - Reading: [Title](nature…)": a course meeting groups its readings
        session = _course_session_item(inl, d)
        own_reference: tuple[str, str] | None = None  # a tool record's reference field citing its own work
        for c in nested:
            titled = not d.links and (inl.strong_only or _bold_title_nicknamed(inl) or bold_title_venue_tagged(inl))
            dated_title = titled and (dated_work_title(inl.plain) or bold_title_venue_tagged(inl))
            field_inlines = _field_list_inlines(c, d.links, under_item=True, titled=titled, dated_title=dated_title) \
                if c.kind == "List" and not year_group and not session else None
            quoted = quoted_reference_record(c, [x for x in field_inlines if x is not None]) \
                if field_inlines is not None and titled else None
            if quoted is not None:
                # "1. **ASReview Framework** (2021)" / "   - van de Schoot, R. et al. "Title"" / "   - *Venue*" /
                # "   - DOI: […](…)": the bold label is the work's nickname, the quoted title its own; the byline
                # names its authors, a bibliographic field that makes the record a publication's
                d.fields.append(("short name", d.title))
                d.title = _clean_title(quoted[0])
                if quoted[1]:
                    d.authors_hint.append(quoted[1])
                d.fields.append((BIB_RECORD_FIELD, ""))
                for venue_line in [x for x in field_inlines if x is not None][1:-1]:
                    if venue_line.emphasis and venue_line.plain.lstrip(" *_").startswith(venue_line.emphasis[0]):
                        d.fields.append(("venue", _clean_title(venue_line.emphasis[0])))  # "*JAMIA* 32(4), 616"
                        break
                if (year := _YEAR_IN_TEXT.search(inl.plain)) is not None:
                    d.fields.append(("year", year.group()))  # "**ASReview Framework** (2021)": the label's year
            if field_inlines is not None and quoted is None and bold_title_venue_tagged(inl) \
                    and (year := _YEAR_IN_TEXT.search(inl.plain[len(inl.strong_lead):])) is not None:
                # "4. **Title** - 2025" / "   - notes", "1. **Title** - LREC-COLING 2024" / "   - [arXiv:…](…)": the
                # year after the bold title dates the work the record is (``blocks.bold_title_venue_tagged``)
                d.fields.append(("year", year.group()))
                d.fields.append((DATED_BOLD_TITLE_FIELD, ""))
            if field_inlines is not None:
                for i, (sub, sinl) in enumerate(zip(c.children, field_inlines)):
                    if quoted is not None and i == 0:
                        d.end_line = max(d.end_line, self.end_line_of(sub.end))
                        continue  # (the quoted line is the record's title and byline, read above)
                    if sinl is None:
                        sinl = _inline([x for x in sub.children if x.kind not in ("List",)])
                    if _nested_record(sub, sinl) or _cites_another_work(sinl, d) or _renamed_reference(sinl, inl):
                        nested_records.append(sub)  # "  - ESM2 (8M - 15B)" / "    - Manuscript: …": a record of its own
                        continue
                    if titled and not d.authors_hint and (names := _byline_names(sinl) or (
                            dated_title and i == 0 and undated_byline_names(sinl))):
                        # ('- **"Support-Vector Networks" (1995)**' / "  - Cortes & Vapnik": a dated title's first
                        # sub-bullet names its authors without year, ``blocks._byline_over_notes``)
                        # "1. **Title**" / "   - *Name, et al.*  2017.": the byline names the bold title's authors,
                        # a bibliographic field that makes the record a publication's
                        d.authors_hint.append(names)
                        d.fields.append((BIB_RECORD_FIELD, ""))
                    self.fill_field_item(d, sinl, retitle=True)
                    d.end_line = max(d.end_line, self.end_line_of(sub.end))
                    label, value = _split_label(sinl.plain.split("\n")[0]) if not sinl.links else ("", "")
                    if not label and not sinl.links and over_leaf_list(sub) \
                            and field_role(bare := _clean_title(sinl.plain)) is not None:
                        # "- **LIM tracker**" / "  - Paper" / "    - [Title](nature…)" / "  - Code:" / …: among the
                        # record's fields, a role word alone over its own sub-list is that field's label with
                        # its colon left out, as "  - Paper:" is; its sub-bullets are its values, not entries
                        label = bare
                    for x in sub.children:
                        if x.kind == "List" and label and not value and other_works_label(label):
                            child_lists.append(x)  # "Related Papers:" over its own sub-list: works of their own
                        elif x.kind == "List" and label and not value:
                            if own_reference is None and inl.strong_lead and (
                                    not inl.links or _links_only_in_own_field_lines(inl)) \
                                    and inl.plain.startswith(inl.strong_lead) and quoted is None:
                                # "1. **Prosit**" / "  - Source code: …" / "  - Reference:" / "    - Authors.
                                # "[Title](…)." *Venue* 2019.": the tool's record is its paper's
                                own_reference = own_reference_over_list(label, x)
                            self.fill_field_values(d, label, x)  # "数据：" over its own sub-list
                        elif x.kind == "List":
                            child_lists.append(x)
                        elif x.kind == "Table":
                            field_tables.append(x)
            elif c.kind == "List" and self.merge_lone_citation(d, c):
                continue
            else:
                child_lists.append(c)
            if own_reference is not None:
                # the record is the work its reference field cites first (``blocks.own_reference_over_list``):
                # titled by the linked title, its bold name the short name, the rest of its line a note
                name = _clean_title(inl.strong_lead)
                rest = _clean_title(inl.plain[len(inl.strong_lead):].split("\n", 1)[0].lstrip(" :：-–—"))
                d.fields.append(("short name", name))
                d.title = own_reference[0]
                if own_reference[1]:
                    d.authors_hint.append(own_reference[1])
                d.fields.append((BIB_RECORD_FIELD, ""))
                if _is_meaningful(rest) and rest not in d.description:
                    d.description.insert(0, rest)
                own_reference = None
            if field_inlines is not None and not inl.links and len(nested) == 1 and not nested_records \
                    and (title := method_name_over_title_line(
                        d.title or "", [x if x is not None else _inline([y for y in sub.children if y.kind != "List"])
                                        for sub, x in zip(c.children, field_inlines)])) is not None:
                # "- GCNConv" / "  - Semi-Supervised Classification with …" / "  - https://arxiv…": the method's
                # paper, titled by its sub-bullet (``method_name_over_title_line``), the name its short name
                d.fields.append(("short name", d.title))
                d.title = _clean_title(title)
                d.description = [line for line in d.description if line != " ".join(title.split())]
        topic = topic_override if topic_override is not None else self.current_topic()
        template_row = _unfilled_template_record(d, inl)
        is_entry = (bool(d.links) or _is_meaningful(d.title) or any(d.description)) and not template_row
        has_children = any(c.kind in ("List", "Table") for c in child_lists)
        outline = has_children and not d.links and (_outline_point(inl.plain) or question_point(inl.plain)
                                                         or lead_in_point(inl.plain))
        if outline:
            d.fields.append((OUTLINE_ITEM_FIELD, ""))
        if self.clause_list and not d.links:
            d.fields.append((CLAUSE_ITEM_FIELD, ""))
        # (the item's own line, not its title: "Title | Nature Communications, 2021" names a work by its venue cell)
        # "20. **Wang, X., et al. (2018).** Non-local neural networks. *CVPR*." / "    - 非局部注意力机制": a short
        # link-less reference opening with its byline and year (``citation.authors_first_reference``) is a work
        # whose sub-bullets are the reader's notes on it, however few characters it runs to; it names no group
        first_line = " ".join(inl.plain.split("\n", 1)[0].split())
        grouping = is_entry and has_children and not d.links and not _looks_like_citation(d.title) \
            and not _looks_like_citation(first_line) \
            and not _names_its_identifier(inl.plain.split("\n", 1)[0]) \
            and not citation.authors_first_reference(first_line)
        if is_entry and not grouping:
            self.finish(d, topic)
            child_topic = topic_override
        elif is_entry:
            # a link-less item that only groups sub-items: it names their topic
            child_topic = topic + (analyse_heading(d.title, (topic[-1].level + 1) if topic else 1),)
        else:
            child_topic = topic_override
            if template_row:
                self.list_diags.append(self.diag(line, "empty-link", "template row (every slot unfilled): skipped"))
            elif inl.empty_links or "[]" in inl.plain:
                self.list_diags.append(self.diag(line, "empty-link", "empty list item or link"))
        for sub in nested_records:
            self.item(sub, depth + 1, topic_override)
        for c in child_lists:
            if c.kind == "Heading":
                self.heading(c)
                child_topic = None
            elif c.kind == "List":
                # "- Evolution of DNA methylation in the human brain | Nature Communications, 2021" / "  - cell-type
                # DNA methylation difference …": link-less sub-bullets of a link-less entry that names a work (too long
                # to be a group's name) are notes on it, as they are under a linked one
                # (one that ends in a colon introduces its sub-bullets instead: "… distinct histological profiles:")
                noted = bool(d.links) or (is_entry and not grouping and has_children
                                          and not inl.plain.rstrip().endswith((":", "：")))
                self.list_(c, depth + 1, child_topic, under_linked=noted or under_linked or outline,
                           group_notes=grouping and _names_one_work(d.title))
            elif c.kind == "Table":
                self.table(c)
        for t in field_tables:
            self.table(t)

    def take_dash_field_reference(self, d: _Draft, inl: _Inline, fields: list[tuple[str, str]]) -> None:
        """``* OMSSA (2004)`` / ``**Purpose** - …`` / ``**Publication** - Geer LY, … Open mass spectrometry search
        algorithm. Journal of proteome research. 2004 …`` (or ``**Publication** - 28394336``) / ``**Links** - …``: a
        tool's record of dash-labelled fields (``blocks.dash_labelled_fields``) whose "Publication" field cites the
        tool's own paper makes the record that paper's: a whole reference gives its title (the tool's name kept as
        its short name) and byline; a bare number there is the paper's PMID, the tool's name its title."""
        reference = dash_field_reference(fields)
        if not reference:
            return
        name = dash_record_name(inl.plain)
        if bare_pmid(reference):
            d.fields.append(("PMID", reference))  # read as "PMID: …" (``ids.labelled_identifier``)
            d.title = name
        elif (cited := citation.whole_reference(reference)) is not None and cited.title:
            d.fields.append(("short name", name))
            d.title = _clean_title(cited.title)
            if cited.authors:
                d.authors_hint.append(", ".join(cited.authors))
        else:
            return
        if not any(d.description):
            # a link-less record was titled by its whole text: its fields stay its text (the reference's PMID too)
            d.description = [" ".join(inl.plain.split("\n", 1)[1].split())]
        d.fields.append((DASH_REFERENCE_FIELD, ""))

    def label_over_link_paragraphs(self, paras: list[_Node], topic_override: tuple[Heading, ...] | None) -> bool:
        """``  - Drug Discovery`` / blank line / ``    [Title of a work](arxiv…)`` / blank line / ``    [Another](…)``:
        a loose item whose first paragraph is a link-less name and each later paragraph one named link. The name
        groups the works as a sub-heading would; each link paragraph is a work of its own, emitted as the
        same paragraphs are under a heading (``_standalone_links``). Why: read as one item, the works after the
        first became its extra links (their titles and identifiers lost, or folded into the first work's).
        True when the item was emitted so."""
        label = _inline(paras[:1])
        if label.links or "\n" in label.plain.strip() or not _is_meaningful(label.plain) \
                or _looks_like_citation(label.plain):
            return False
        parts = [(p, _inline([p])) for p in paras[1:]]
        linked = _standalone_links(parts, label.plain)
        if len(linked) != len(parts):
            return False
        self.emit_under_label(label, linked, topic_override)
        return True

    def emit_under_label(self, label: _Inline, parts: list[tuple[_Node, _Inline]],
                         topic_override: tuple[Heading, ...] | None) -> None:
        """Each paragraph of ``parts`` an entry of its own, under the item's label read as a sub-heading."""
        topic = topic_override if topic_override is not None else self.current_topic()
        group = analyse_heading(_clean_title(label.plain), (topic[-1].level + 1) if topic else 1)
        for p, p_inl in parts:
            d = _Draft(line=self.line_of(p.start), end_line=self.end_line_of(p.end), start_byte=p.start,
                       end_byte=p.end)
            self.fill_from_inline(d, p_inl)
            self.finish(d, topic + (group,))

    def note_over_bold_reference_paragraphs(self, paras: list[_Node],
                                            topic_override: tuple[Heading, ...] | None) -> bool:
        """``- Survey about agents that act in the environment`` / blank line / ``  **The Rise and Potential of …**
        *Xi, Zhiheng, et al.* 2023.09 [[Preprint]](arxiv…)`` (/ blank line / ``  **Another Title** *Authors* 2023
        [[Paper]](…)``): a loose item whose first paragraph is a link-less note saying what the works below show,
        and each later paragraph a one-line reference led by its bold title and closed by its links. Each
        reference is a work of its own, the note grouping them as a sub-heading would. Why: read as one item, the
        note became the work's title and the bold titles (with their identifiers' lines) its description.
        True when the item was emitted so."""
        label = _inline(paras[:1])
        # (the note may read as a title, "Early discussions on LM-used tools": a paragraph under it that is a whole
        # reference, its own bold title over an emphasised byline, is the work, not a byline of the note's)
        if label.links or label.strong_lead or "\n" in label.plain.strip() or not _is_meaningful(label.plain):
            return False
        parts = [(p, _inline([p])) for p in paras[1:]]
        if not all(_bold_titled_reference_line(p_inl) for _, p_inl in parts):
            return False
        self.emit_under_label(label, parts, topic_override)
        return True

    def label_over_quoted_references(self, label_node: _Node, quotes: list[_Node]) -> bool:
        """``- STAR, [MIT](github…/LICENSE)`` / ``  > Dobin A, … STAR: ultrafast universal RNA-seq aligner. …``: a
        list item that only names a tool (its name, perhaps a link to its page, repository or licence) over one
        or more quoted references (the ``CITATIONS.md`` of nf-core pipelines, a README's "please also cite")
        stands for the works those references cite: each quote is an entry of its own, read as a paragraph of
        one reference is; the name's links go with the reference(s) that name the tool in their title (all of
        them when there is one). False (nothing done) when the item is anything else: a longer line of its own
        (a title with a quoted abstract or source line) or a quote that is no reference (a short note)."""
        label = _inline([label_node])
        name = _clean_title(label.plain.split("\n", 1)[0].split(",", 1)[0]).strip()
        # the words outside its links ("STAR, " of "STAR, [MIT](…)"): a licence's name ("The Artistic License
        # 2.0") is no title of a work the label would cite
        if not name or len(label.plain.split()) > 8:
            return False
        pieces, at = [], 0
        for x in sorted(label.links, key=lambda x: x.start):  # (one slice per link: a per-character scan of every
            pieces.append(label.plain[at:max(at, x.start)])     # link was quadratic on a long hostile label)
            at = max(at, x.end)
        bare = "".join(pieces) + label.plain[at:]
        if _reads_as_reference(bare.strip(" ,;:-")):
            return False
        q_inls = [_blockquote_inline(q) for q in quotes]
        if not all(_cites_titled_work(q.plain) for q in q_inls):
            # "Harry, E. PretextView [online]. 2022. https://github… [Accessed on …]": a web page or a repository
            # cited with the day it was read is software, not a work; such an item stays the tool's entry
            return False
        # (a link to the tool's licence file says nothing of the cited work: it stays out)
        own_links = [self.link_in(label, link) for link in label.links if not link.image and not licence_file(link.url)]
        # the tool's name is the label's words outside bare URLs ("SCENIC" of "SCENIC: https://github…; https://…"):
        # a URL written out is no part of the name the references' titles would repeat
        named = "".join(ch for i, ch in enumerate(label.plain)
                        if not any(x.bare and x.start <= i < x.end for x in label.links))
        named = _clean_title(named.split("\n", 1)[0].split(",", 1)[0]).strip(" ,;:-")
        key = textkey.alnum_key(named or name)
        for q, q_inl in zip(quotes, q_inls):
            self.emit_item([(q, q_inl)])
            e = self.out[-1]
            title_key = textkey.alnum_key(e.title)
            links = e.links + tuple(own_links) if own_links and (len(quotes) == 1 or (key and key in title_key)) \
                else e.links
            # a whole reference (authors, title, year): the record is a publication's, whatever the tool's
            # page beside it ("[Bedtools](bedtools.readthedocs.io)") would make of it
            # (one quote: the item and its reference are one record, from the name's line on)
            first_line = self.line_of(label_node.start) if len(quotes) == 1 else e.line
            self.out[-1] = replace(e, line=first_line, links=links, fields=e.fields + ((BIB_RECORD_FIELD, ""),))
        return True

    def merge_lone_citation(self, d: _Draft, node: _Node) -> bool:
        """``* LSTM [[Paper](…)]`` / ``  * Sepp Hochreiter and Jurgen Schmidhuber, *Long Short-Term Memory*,
        Neural Computation 1997``: under an item that only names a work and links it, one link-less
        sub-bullet that cites the work (authors, its title set in italics, venue) is that work's reference,
        not a second entry. Read into the item (title, authors, venue from the citation; the name kept in
        the description); False if the sub-list is not one such citation."""
        if not d.links or d.authors_hint or len(d.title) > 60 or len(node.children) != 1:
            return False
        sub = node.children[0]
        if sub.kind != "Item" or _holds_blocks(sub):
            return False
        inl = _inline(sub.children)
        plain = " ".join(inl.plain.split())
        if inl.links or inl.empty_links or len(inl.emphasis) != 1 or inl.strong_lead:
            return False
        title = inl.emphasis[0].strip()
        lead = plain.split(title, 1)[0] if title in plain else ""
        if len(title.split()) < 2 or not lead.strip() or "," not in lead + " " + plain[len(lead) + len(title):][:3]:
            return False  # "- *Note*" / "- see also *X*": no citation (names before the italic title)
        sub_end = max((x.end for x in sub.children), default=sub.end)
        c = _Draft(line=self.line_of(sub.start), end_line=self.end_line_of(sub_end), start_byte=sub.start,
                   end_byte=sub_end)
        self.fill_from_inline(c, inl)
        name = d.title
        d.title = _clean_title(title)
        rest = plain[len(lead) + len(title):].strip(" ,.;")
        d.description = [x for x in [rest] if x]  # the venue and year; the item's own prose was only its links
        d.fields.append(("short name", name))
        d.authors_hint.extend(_names(lead))
        d.end_line = max(d.end_line, c.end_line)
        d.end_byte = max(d.end_byte, sub_end)
        d.fields.extend(c.fields)
        return True

    def fill_from_inline(self, d: _Draft, inl: _Inline) -> None:
        if people := byline_people_before_title(inl):
            # "Jane Doe, [John Roe](home page). *Title*. Venue, 2024.": the byline's linked names are the people's
            # pages, not the work's; the reference is read as if its names were not linked
            byline = [link for link in inl.links if not link.image][:people]
            inl = replace(inl, links=[link for link in inl.links if all(link is not p for p in byline)])
        if (props := property_lines(inl.plain)) is not None:
            # "- Title" / "  doi:: 10.1109/…" / "  tags:: mri, uncertainty": a notes vault's block properties under
            # the item are its fields (``property_lines``), never its title nor its prose; blanked (offsets kept,
            # so a link written in one, "url:: https://…", still stands where it is)
            d.fields.extend(props[1])
            inl = replace(inl, plain=inl.plain[:props[0]] + "".join(
                ch if ch == "\n" else " " for ch in inl.plain[props[0]:]))
        if (tagged := closing_hashtags(inl.plain)) is not None \
                and not any(x.start < tagged[1] and x.end > tagged[0] for x in inl.links) \
                and not any(start < tagged[1] and end > tagged[0] for start, end in inl.code or ()):
            # "- Title #paper #toread": a notes vault's closing tags sort the note, never title it; a tag naming a
            # paper kind is the line's kind tag (as "`paper`" is), the others its tags (offsets kept: blanked)
            d.fields.extend((KIND_TAG_FIELD if names_paper_kind(t) else "tags", t) for t in tagged[2])
            inl = replace(inl, plain=inl.plain[:tagged[0]] + " " * (tagged[1] - tagged[0]) + inl.plain[tagged[1]:])
        plain = inl.plain
        code_kind = None
        if numbered := code_record_number_end(inl):
            # "`07` Authors, et al. \"Title.\" (venue) [[source](…)]": the code-span record number is blanked (its
            # width kept, so every offset into ``plain`` still holds); the citation after it is read as without it
            plain = " " * numbered + plain[numbered:]
        elif (code_date := code_date_tag(inl)) is not None:
            # "- `2021.02` Title, [Neurips](…), [Code](…)": the code-span month stamp is blanked as the record number
            # is (offsets kept); it dates the work and describes it, it never titles it
            plain = " " * code_date[0] + plain[code_date[0]:]
            d.description.append(code_date[1])
        elif (code_venue := code_venue_tag(inl)) is not None:
            # "- `EMNLP22` Title, 2022. [[paper]](…)": the code-span venue tag is blanked as the month stamp is
            # (offsets kept); it says where the work appeared, it never titles it
            plain = " " * code_venue[0] + plain[code_venue[0]:]
            d.fields.append(("venue", code_venue[1]))
        elif (code_kind := code_kind_tag(inl)) is not None:
            # "- `review` Title | Nature, 2019", "- [`perspective` Title | Nature](…)": the code-span kind tag is
            # blanked as the record number is (offsets kept); it sorts the line, it never titles it
            plain = " " * code_kind[0] + plain[code_kind[0]:]
            d.fields.append((KIND_TAG_FIELD, code_kind[1]))
        elif numbered := dashed_record_number_end(plain):
            # "1 - Title > https://…": a record number set off by a spaced dash (no list marker, so no list reader
            # took it off) is blanked as the code-span one is (offsets kept); it numbers the record, never titles it
            plain = " " * numbered + plain[numbered:]
        code_notes = ""
        if not inl.links and (notes_at := code_note_lines_start(plain, inl.code)) is not None:
            # "* [2020MICCAI] Title" / "`type segmentation`; `temporal module`": the lines in inline code under a
            # link-less title note on the work (its keywords); they are no wrap of the title but its description
            plain, code_notes = plain[:notes_at].rstrip(), " ".join(plain[notes_at:].split())
        elif not inl.links and (notes_at := cjk_note_lines_start(plain)) is not None:
            # "1. Title" / "   工程菌检测肠道出血": the line in CJK script under a link-less English title is the
            # reader's translation of it or note on it, the work's description (``cjk_note_lines_start``)
            plain, code_notes = plain[:notes_at].rstrip(), " ".join(plain[notes_at:].split())
        if inl.empty_links or _has_empty_brackets(plain):
            d.diagnostics.append(self.diag(d.line, "empty-link", "empty link `[]` or `[]()`"))
        d.fields.extend((EMPTY_LINK_FIELD, t) for t in inl.empty_link_texts)
        if "](" in plain or _SPACED_LINK_MARK in plain or inl.spaced_links:
            d.diagnostics.append(self.diag(d.line, "broken-link", _broken_link_message(plain)))
        links = inl.links
        if not links and (len(inl.strong_lead) <= 32 and (
                inl.strong_lead.rstrip().endswith(_COLONS)
                or len(inl.strong_lead.split()) <= 3 and _colon_after_lead(plain, inl.strong_lead))
                or _sentence_claim_lead(inl.strong_lead)):
            # "**Summary:** …" and "**Transformer-based**: Swin-T, MedFormer": a bold term then its gloss
            # ("**Current acceleration is still not enough:** …": a key point stated as a sentence, then explained)
            d.fields.append((BOLD_LABEL_FIELD, inl.strong_lead.rstrip().rstrip(":：")))
            if (labelled := labelled_paper_reference(inl)) is not None \
                    and (title_at := plain.find(labelled[0])) > 0:
                # "**论文**：*Title*，Nature Biomedical Engineering，2025": the field names the paper; its italic title
                # is the record's title, the clauses after it its venue and year (offsets kept: blanked)
                title_end = title_at + len(labelled[0])
                plain = " " * title_at + plain[title_at:title_end] + " " * (len(plain) - title_end)
                venue, _, year = labelled[1].replace("，", ",").rpartition(",")
                if venue.strip() and year.strip().isdigit():
                    d.fields.append(("venue", venue.strip()))
                    d.fields.append(("year", year.strip()))
                d.fields.append((BIB_RECORD_FIELD, ""))  # (a work's reference, as a byline makes a record one)
        if inl.strong_lead and (label_id := arxiv_label(inl.strong_lead)) is not None \
                and (inl.strong_lead.rstrip().endswith(_COLONS) or _colon_after_lead(plain, inl.strong_lead)):
            # '- **2007.13794v2**: "Neural Temporal Point Processes …" - Enguehard et al. (2020)': the bold label is
            # the work's arXiv id (``ids.arxiv_label``), read as an "arXiv" field names it
            d.fields.append(("arXiv", label_id))
            if (label_end := _id_label_before_quote(plain, inl.strong_lead)) is not None:
                plain = " " * label_end + plain[label_end:]
        elif inl.strong_lead and (label_id := arxiv_label(inl.strong_lead)) is not None \
                and (label_end := _id_label_before_quote(plain, inl.strong_lead)) is not None:
            # '1. **2101.03940v1** - "Predicting Patient Outcomes with …"': the same label set off by a dash; it
            # names the work only where the quoted title follows it (a dash after a bare number is no label else)
            d.fields.append(("arXiv", label_id))
            plain = " " * label_end + plain[label_end:]
        if inl.image_links:  # badges never give the title nor come before the entry's own links
            links = [x for x in links if not x.image] + [x for x in links if x.image]
        first = links[0] if links and not links[0].image else None
        if first is None and links and plain[:links[0].start].strip() and not plain[links[-1].end:].strip():
            # "Title. *arXiv 2023*. [![arXiv](shields…)](arxiv…) [![Stars](…)](github…)": the line's only links are
            # badges closing it; the text before them is read as the lead before a first link is (its venue-and-year
            # trailer cut), not as a link-less line's whole text
            first = links[0]
        if first is not None and (past_tag := _past_linked_venue_tag(inl, links)) is not None:
            first = past_tag  # "(CVPR 2021 [Workshop](…)) **Title**, …": the tag's link is the venue's page
        lead = plain[: first.start] if first else plain
        lead_line = line_with_wrapped_bold(lead, inl.bold) if first else lead
        written_id = ""  # an identifier written as text closing the link-less line (``_closing_written_identifier``)
        slots: list[str] = []  # role words of unfilled link slots closing the link-less line ("[[Paper]]")
        if first is None and _paren_tagged_unlinked_title(inl):
            # "(NeurIPS 2024) [Title]() by Ma et al.": the title left unlinked is the title; the venue tag before it
            # and the byline after it describe it
            at = plain.find(inl.empty_link_texts[0])
            d.description.append(" ".join((plain[:at] + plain[at + len(inl.empty_link_texts[0]):]).split()))
            lead_line = inl.empty_link_texts[0]
        if first and _TAG_LINE.fullmatch(lead_line.strip()) and lead.strip().count("\n") >= 1:
            # "[GAN/CNN]" / "**Expanding functional protein sequence spaces …**" / "[Authors. Venue (2021).](…)": a
            # line that only tags the record (its method, its topic) opens it; the title is on the next line
            tag_line, _, rest_lead = lead.lstrip().partition("\n")
            if _is_meaningful(rest_lead.split("\n")[0]):
                d.description.append(tag_line.strip())
                lead_line = rest_lead.split("\n")[0]
        elif first and not first.bare and not inl.strong_lead and "\n" in lead.strip() \
                and (stamped := title_line_over_venue_stamp(lead, inl.bold)) is not None:
            # "Title of the work \" / "**CVPR 2024** [[paper](…)] [[note](…)]": the bold venue-and-year stamp on the
            # line under the title opens the links' line; it dates and places the work (read from the lead's rest, as
            # a trailer is), it never ends its title
            lead_line = stamped[0]
        elif first and "\n" in lead.strip() and (name_title := _name_over_title(lead, first.text)) is not None:
            # "2. DeepVariant" / "A universal SNP and small-indel variant caller …" / "[Nature Biotechnology 2018](…)":
            # the method's name on its own line, the work's title on the next
            d.description.append(name_title[0])
            lead_line = name_title[1]
        elif first and "\n" in lead.strip() and not inl.strong_lead \
                and (joined := _reference_across_lines(lead)) is not None:
            lead_line = joined  # a reference wrapped inside its title: the title runs on to the next line
        elif first and (first.bare or written_address(first.text)) and "\n" in lead.strip() and not inl.strong_lead \
                and (wrapped := _title_wrapped_before_url(lead)) is not None:
            # "Title words …" / "… title words: https://…", "… title words, MICCAI 2019, <https://…>": a hard wrap
            # inside the title (an autolink's text is its address written out, as a bare URL's is)
            lead_line = wrapped
        elif first and not first.bare and "\n" in lead.strip() \
                and (not inl.strong_lead or bold_tag_inside_first_line(lead, inl.bold)) \
                and (wrapped := _title_wrapped_before_label_link(
                    lead, first.text, [lead[a:b] for a, b in inl.bold or () if b <= len(lead)])) is not None:
            # "Title words … and" / "outcome prediction … [[paper](…)]": a wrap inside the title; so too under a
            # bold tag the first line goes on past ("**2018 Challenge** Review: Deep Learning for Atrial" /
            # "Segmentation From Late MRIs [[paper](…)]": the bold is the curator's tag, not a title on its own line)
            lead_line = wrapped
        elif first and not first.bare and "\n" in lead.strip() \
                and (wrapped := card_title_wrapped_before_break(lead, inl.breaks)) is not None:
            lead_line = wrapped  # "Title …?" / "— subtitle <br>" / "[arxiv](…) / [Code](…)": the break closes the title
        elif first and not first.bare and "\n" in lead.strip() \
                and (wrapped := _title_wrapped_over_byline(lead, inl.marked)) is not None:
            lead_line = wrapped  # "[**arXiv 2023**] G2D: … Learning via" / "Vision-Language Pre-training \" / "_A, B_"
        elif first and not first.bare and (caption := _caption_over_reference(lead, first.text)) is not None:
            # "**The Adam paper**" / "[Kingma, D.P. and Ba, J., 2014. Adam: A method …](…)": a caption line over a
            # link that is a whole reference; the reference (split by ``citation``) names the work, the caption notes it
            d.description.append(caption)
            lead_line = ""
        hard_cut = None
        if first is None and not inl.strong_lead and not inl.empty_link_texts and "\n" in lead.strip() \
                and (hard_cut := title_line_over_hard_break(lead, inl.breaks, inl.hard_breaks)) is not None \
                and ("|" in hard_cut[0] or _title_over_byline(inl) is not None):
            hard_cut = None  # a pipe record's cells, an emphasised byline: read as those records are
        if hard_cut is not None:
            # "1. Title of the work <br>" / "A sentence about it.": a link-less title line the author closed with a
            # hard break; the lines under it (a note, a byline, a venue) describe the work, they never title it
            lead_line = hard_cut[0]
            d.description.append(hard_cut[1])
        trailer = ""
        quoted_name = ""  # the bold name over a quoted title (``_name_then_quoted_title``): a note after the venue
        if first:
            if "]" in lead_line:
                lead_line, placeholders = _strip_placeholders(lead_line)
                if placeholders:
                    d.fields.extend((EMPTY_LINK_FIELD, t) for t in placeholders)
            bolded = _bold_title_after_tag(lead_line, inl.bold, inl.marked, inl.code) \
                if inl.bold and not inl.strong_lead else None
            if not first.bare and (named_quote := _name_then_quoted_title(lead_line, inl.strong_lead)) is not None:
                # '**ConVIRT:** "Contrastive Learning of …" **PMLR (2022)** [[paper](…)]': the bold name labels
                # the quoted title; what follows the quote is its venue
                quoted_name, lead_line, trailer = named_quote
                bolded = (lead_line, trailer)
            elif not first.bare and inl.strong_lead and (bylined_name := _name_then_byline(lead_line, inl.strong_lead)):
                # "**${M^2}$TR. PROGRESSIVE:** Surname, Given and …<br> "Title" **EMNLP (2021).**": the bold name
                # labels the reference after it, read as a reference
                quoted_name, lead_line = bylined_name
            elif not first.bare and inl.strong_lead \
                    and (named_code := _name_then_code_span_title(plain, inl, first.start)) is not None:
                # "**GraphChi** - `GraphChi: Large-Scale Graph …` (OSDI'12). [[paper]](…)": the bold name labels
                # the code span's title; what follows it is the venue
                quoted_name, lead_line, trailer = named_code
                bolded = (lead_line, trailer)
            if bolded is None and inl.bold and not inl.strong_lead:
                # "Kang Wang, Rui Zhao, Qiang Ji. **Title** [PDF](…)": the authors, then the bold title
                bolded = bold_title_after_byline(lead_line, inl.bold)
            elif bolded is None and inl.bold and inl.strong_lead:
                # "**Mou Lei**, Zhao Yitian, et al. **Title.** *Venue* [Paper](…)": the member's name, then the title
                bolded = bold_title_after_highlighted_byline(lead_line, inl.bold)
            nicknamed = nicknamed_emphasised_title(lead_line, inl) \
                if bolded is None and lead.startswith(lead_line) else None
            if nicknamed is not None:
                # "**(MolT5)** _Translation between …_ ```EMNLP 2022```" / "[[Paper](…)] [[GitHub](…)]": the
                # emphasised run is the title, the bold nickname names the model, the code span dates the work
                lead_line, trailer = nicknamed[0], ""
                if nicknamed[1]:
                    d.description.append(nicknamed[1])
                if nicknamed[2]:
                    d.fields.append((VENUE_TAG_FIELD, nicknamed[2]))
                bolded = (lead_line, trailer)  # the title is set: no trailer split, no gloss, cuts nothing more
            elif bolded is not None:  # "[2023/11] **Title** *Chen et al. arXiv* [[paper](…)]"
                lead_line, trailer = bolded
            elif inl.marked and (cited := lead_in_marked_title(lead_line, inl.marked)) is not None:
                # "Similar to *(2023-NeurIPS) Title*  [[Paper]](…)": the emphasised title names the work; the lead-in
                # notes it, its date tag dates it
                lead_line, trailer = cited[0], cited[1]
                d.description.append(cited[2])
            elif inl.code and (coded := cut_closing_code_tag(lead_line, plain, inl.code)) is not None:
                # "Title. `Zurich Open Repository 18` [[Paper](…)]": the code span after the title's stop tags
                # where and when the work appeared
                lead_line, trailer = coded
            elif inl.marked:
                lead_line, trailer = _cut_marked_tag(lead_line, inl.marked)
            if not trailer and bolded is None and not inl.strong_lead:
                # "*Title (**bioRxiv 2025** | [code](…))*": the link sits inside the venue's bracket
                lead_line, trailer = cut_open_year_trailer(lead_line)
            if not trailer and bolded is None and not inl.strong_lead and not inl.marked \
                    and (glossed := name_dash_gloss(lead_line.rstrip(" \t[(（【"))) is not None:
                # "Spacetop – multimodal fMRI dataset with >100 participants, …." / "[[Scientific Data 2025](…)]": an
                # unmarked data set's or resource's name, a spaced dash, then a sentence about it; the name titles
                # the entry, the sentence describes it (``name_dash_gloss`` tells it from a title's subtitle)
                lead_line = glossed[0]
                d.description.extend(t for t in (glossed[2], glossed[1]) if t)
            elif not trailer and bolded is None and not inl.strong_lead and not inl.marked \
                    and (appositive := name_comma_gloss(lead_line.rstrip(" \t[(（【"))) is not None \
                    and lead.rstrip(" \t").endswith("\n") and _has_paper_label_link(links):
                # "Evo 2, a machine learning model trained on …" / "[preprint, Feb 2025](…)": an unmarked coined short
                # name, a comma, then an appositive gloss, alone on its line over the links; the name titles the
                # paper's entry, the gloss describes it ("MIMIC-III, a freely accessible … database. 2016. [paper](…)",
                # its link on the same line, is a title cited whole)
                lead_line = appositive[0]
                d.description.append(appositive[1])
            elif not trailer and bolded is None:
                lead_line, trailer = _split_trailer(lead_line.rstrip(" \t[(（【"), inl.strong_lead,
                                                    lead_break=inl.lead_break)
        elif "\n" not in lead.strip() or hard_cut is not None:  # links only in sub-bullets: only a delimited or
            # bracketed trailer
            if not links and (cut := _closing_written_identifier(lead_line)) \
                    and not citation.authors_first_reference(lead_line):
                # "Title (2020), https:doi.org/10.1038/…", "Title. doi:10.1038/…": the identifier written out as
                # text closing a link-less line is no part of the title; kept as prose, it still names the entry's id
                # (a whole reference opening with its authors is citation's to read, its identifier with it)
                lead_line, written_id = cut
                d.description.append(written_id)
            if inl.empty_links and "[]" in lead_line:
                # "Title (Venue, 2024) [[Paper]()][[Code]()]": every link a slot left empty; their brackets are
                # no part of the title and must not hide its trailer
                lead_line, _ = _strip_placeholders(lead_line)
            elif not links and lead_line.rstrip().endswith("]]") \
                    and (cut := unfilled_paper_slots(lead_line)) is not None:
                # "* **Title (arXiv 2024)** [[Paper]]" among "* **Title (TACL 2023)** [[Paper]](doi…)": the paper's
                # slot written as its neighbours' links are, its address never filled in; the slot is no part of
                # the title, must not hide its trailer, and still says the line names a paper
                lead_line, slots = cut
                d.fields.extend((EMPTY_LINK_FIELD, t) for t in slots)
            if (venued := _bold_title_then_venue(lead_line, inl)) is not None:
                # "[Jan. 2020] **Title**, *Bioinformatics*" (a fold's summary, its links inside the fold)
                lead_line, trailer = venued
            elif (tagged := _tagged_bold_title_then_byline(lead_line, inl)) is not None:
                # "[AAAI-2024] **Title**, Qi Bi; Jingjun Yi" (its links never filled in): the bold after the tag
                lead_line, trailer = tagged
            else:
                # "Title, in *NeurIPS* 2020. [\[paper\]]() [\[code\]]()": an item whose every link is a slot left
                # empty is written as its linked neighbours are, so its closing ", in Venue Year." is the trailer the
                # linked ones have cut, no part of its title (a line with no link slots keeps a comma and a year)
                lead_line, trailer = _split_trailer(lead_line, inl.strong_lead,
                                                    comma_year=bool(inl.empty_links) and not inl.links)
        if first and not first.bare and not trailer and _introduces_works(lead_line) \
                and names_work(first.text, min_words=3):
            # "For some historical context on LBD, see papers by …, including [_Undiscovered Public Knowledge_](…)
            # (paywalled) and [_Rediscovering Don Swanson: …_](…).": a sentence that leads in to the works it names
            # ("including", "see", "such as") is a note; the linked titles after it are the works
            d.description.append(lead_line.strip())
            lead_line = ""
        if first and not first.bare and not trailer and lead_line.strip() \
                and not any(a < first.start for a, _ in inl.marked or ()) \
                and (lead_runs_into_link(lead_line, first.text) or lead_dangles_into_link(lead_line, first.text)):
            # "- Lab: Implementation of [Shaffer et al.](nature…), due Oct 10", "* Here, we introduce [OmegaFold](…),
            # the first …": a plain sentence running into the link (a preposition before an author citation, an
            # abstract's "we introduce") is a note; the link's text names the work (an emphasised run before the
            # link, "*2025.09*: 🎉 We propose [NodeScope](…)", is a date stamp or a venue others read); so is a
            # sentence left hanging on a preposition, an article or "we recommend" before a named link ("Our
            # taxonomy was inspired by [A Survey of …](arxiv…)", ``lead_dangles_into_link``)
            d.description.append(lead_line.strip())
            lead_line = ""
        if not trailer and lead_line.strip() and (term := _topic_lead_over_pointer(inl, lead_line, first)) is not None:
            # "**Noise in an ECG signal:** See the first part of [this article](…)": the topic's lead titles
            # the reading the note points at; the note is its description
            note = lead_line.lstrip(" \t*_")[len(term):].lstrip(" *_").lstrip(":：").strip(" *_")
            if note:
                d.description.append(note)
            lead_line = term
        if not trailer and _topic_prose_citing_works(inl, lead_line, first):
            # "**Single-Molecule Properties** : There are … Examples of works are [ChemBERTa (2020)](…)": a topic
            # term's note citing works by their dated names; the first link's text titles the item's work
            d.description.append(lead_line.strip())
            d.fields.append((TOPIC_PROSE_FIELD, inl.strong_lead.strip().rstrip(":：").strip()))
            lead_line = ""
        if first and not first.bare and not trailer and lead_line.rstrip().endswith(_COLONS) \
                and (names_work(first.text, min_words=4)
                     or reading_label_lead(lead_line) and names_work(first.text, min_words=2)
                     or keyed_paper_link(first)):
            # "Our survey paper on MedIA: [Title](…)", "Check out our new paper …: [Title](…)": the lead-in
            # says what the link is; the link's text is the title ("1. Understanding … coalescent model:
            # [Degnan2005](…)": a glued author-year key names the paper, the lead-in is the topic it is read for)
            d.description.append(lead_line.strip())
            lead_line = ""
        author_led = first is not None and not first.bare and not trailer and author_colon_lead(lead_line) \
            and names_work(first.text, min_words=2)
        if author_led:
            # "* Candes, Romberg and Tao: [Stable Signal Recovery](…pdf) and [Robust Uncertainty Principles](…pdf)":
            # the authors' names before a colon credit the linked works; the link's text is the title, and a second
            # linked work joined by "and" is listed beside it (short titles too: the names vouch for both)
            d.description.append(lead_line.strip())
            lead_line = ""
        quoted_link = first is not None and not trailer and quoted_link_title(plain, first) \
            and names_work(first.text, min_words=2)
        if quoted_link:
            # 'Bates, David, et al. "[Big Data In Health Care.](…)" *Health Affairs* …': the authors lead a
            # reference whose quoted title is the link (on the paragraph's first line or a later one);
            # the link's text is the title, the authors describe it
            d.description.append(lead.rsplit("\n", 1)[-1].strip().rstrip("\"“'«").strip())
            lead_line = ""
        byline_described = False  # the byline before the linked title is in the description (never twice)
        if first is not None and not quoted_link and not first.bare and (
                lead.rstrip(_STRAY_EMPHASIS)[-1:] in _AUTHOR_LEAD_ENDS and _complete_reference(inl, first)
                or _author_year_lead(inl, first) or _tagged_author_lead(inl, first)
                or _author_lead_year_tail(inl, first) or _byline_lead(inl, first)):
            # "Ernesto Estrada. [Title](…). *Physics Reports* (2020).", "Simini, F., Maritan, A. et al. [Title](…)",
            # "[NeurIPS 2018] [GCPN] You, Jiaxuan, et al. [Title](…)":
            # the authors (and year) lead a whole reference around its linked title; the link's text is the
            # title, the authors describe it ("OhlrSugg18: Ohlrogge AW, …": a citation key before them is neither)
            # (affiliations in brackets after the names are none of the byline: ``citation.without_affiliations``;
            # a CNKI export's full-width commas and stop separate the names as ASCII ones do: ``ascii_punctuation``)
            d.description.append(_without_citation_key(
                " ".join(citation.without_affiliations(ascii_punctuation(lead)).split())))
            lead_line, trailer, byline_described = "", "", True
            if (byline := paren_year_byline_lead(inl, first)) is not None:
                d.fields.append((PAREN_YEAR_BYLINE_FIELD, byline))
        if trailer and lead.lstrip(" \t*_")[:1] in _QUOTES:
            d.fields.append((QUOTED_TITLE_FIELD, ""))
        lead_title = _clean_title(_strip_label_suffix(lead_line, first.url if first else ""))
        if first and record_number_only(lead_title):
            lead_title = ""  # "46.[Title](…).<br>": the line's record number before its linked title, no title
        if " | " in lead_title or lead_title.count("|") >= 2:
            lead_title = self.pipe_title(d, lead_title, inl)
        tag_lead = ""
        if date_stamped_link(lead_line, first):
            # "14 January, 2020 - [Imai N, … Report 1: …](…)", "2020-02-05: [Title](…)": a date stamps the
            # item; the link's text is the title (or the citation ``citation`` splits), the date describes it
            tag_lead, lead_title, trailer = lead_line.strip(), "", ""
        elif first and not first.bare and _TAG_LEAD.match(lead) and names_work(first.text):
            # "- NeurIPS (2021) [Title](…). Note", "- ICLR spotlight (2022) [Title ](…)": a venue (or name)
            # and a year before the link tag the paper; the link's text is its title
            tag_lead, lead_title, trailer = lead.strip(), "", ""
        elif first and not first.bare and (_BRACKET_TAG_LEAD.match(lead) or _PAREN_VENUE_TAG_LEAD.match(lead)
                                           or apostrophe_year_tag(lead.strip(" \t:：,.-–—|"))) \
                and names_work(first.text):
            # "**[`arXiv 2023`]**[Title](…)", "- [CVPR 2023] [Title](…)", "**[ICRA'24]** [Title](…)": a bracketed
            # venue and year alone before the link tag the paper, as an unbracketed one does; the link's text is its
            # title (so "(NeurIPS 2024) [Title](…) by Zhang et al.": the venue and year in parentheses); "ICRA'24" is
            # read as "ICRA 2024" (``bold_venue_year_tag``)
            tag_lead, lead_title, trailer = _bracket_label(lead), "", ""
            if (spelt := bold_venue_year_tag(tag_lead)) is not None:
                tag_lead = spelt[1:-1]
        elif paren_method_name_lead(lead, inl, first):
            # "(MiSLAS) [Improving Calibration for …](…) (CVPR 2021) [Code](…)": the method's short name in
            # brackets tags the paper; the link's text is its title
            tag_lead, lead_title, trailer = lead.strip(), "", ""
        elif first and not first.bare and (kind_tag := kind_tag_lead(lead)) is not None \
                and not _is_role_word(first.text):
            # "* [paper] [Author. "Title." Venue.](doi…)", "* [toolkit] [MNE](…): …": a bracketed tag naming the
            # line's kind of resource alone before the link sorts the line; the link's text is its title or name
            # (a link that is only a label, "[paper] [pdf](…)", titles nothing: the lead stays)
            tag_lead, lead_title, trailer = kind_tag, "", ""
        elif first and not first.bare and (qualifier := access_qualifier_lead(lead)) is not None \
                and _is_meaningful(first.text) and not _is_role_word(first.text):
            # "- Proprietary [JHH dataset](…) (*N*=5,172)", "- Public [DAP Atlas](…) dataset": one word saying who
            # may reach the resource qualifies the line; the link's text names it (a label link, "Public [code](…)",
            # names nothing: the lead stays)
            tag_lead, lead_title, trailer = qualifier, "", ""
        elif first and not first.bare and (stacked := stacked_tags_lead(lead)) is not None \
                and _is_meaningful(first.text) and not _is_role_word(first.text):
            # "[C++] [Python] [Java] [**SimpleElastix**](…): …": a run of short tags alone before the link files the
            # line; the link's text is its title or name (a label link, "[c++] [Python] [code](…)", titles nothing)
            tag_lead, lead_title, trailer = stacked, "", ""
        elif first and not first.bare and (code_tag := code_tag_lead(inl, first.start)) is not None \
                and names_work(first.text):
            # "- ``MICCAI 2023`` [Title](project page), Authors": a venue set as a code span alone before the link
            # tags the paper (``code_tag_lead``); the link's text is its title even when no paper link follows
            # (the tag is the field's alone: written before the byline, "MICCAI 2023 , A. Author, …" reads no names)
            lead_title, trailer = "", ""
            d.fields.append((VENUE_TAG_FIELD, code_tag))
        elif first and not first.bare and (spans := code_span_lead(inl, first.start)) is not None \
                and len(spans.split()) > CODE_TAG_WORDS and names_work(first.text, min_words=4) \
                and not names_work(spans, min_words=12):
            # "- ``Graph Neural Networks: Foundations, Frontiers, and Applications`` [Chapter title](…), Authors": a
            # longer code-span tag (the book a chapter is in) before a linked title tags it all the same (a field,
            # as the short tag's: the byline after the link stays the authors)
            lead_title, trailer = "", ""
            d.fields.append((VENUE_TAG_FIELD, spans))
        elif first and not first.bare and (spans := code_span_lead(inl, first.start, max_words=CODE_TAG_WORDS)) \
                is not None and _link_text_is_a_reference(first.text):
            # "- `BERT` [Devlin, Jacob. \"Bert: Pre-training of …\" arXiv preprint arXiv:1810.04805 (2018).](arxiv…)": a
            # short name set as a code span before a link whose text is the work's whole reference (its authors, its
            # quoted title, where and when) only nicknames the work; the reference gives the title
            tag_lead, lead_title, trailer = spans, "", ""
        elif first and not first.bare and (year_tag := _YEAR_TAG_LEAD.match(lead)) and names_work(first.text):
            # "* 2022 KDD [**Title**](notes/…md) [[paper]](…) [[Code]](…)": a year and a venue tag the paper;
            # the link's text is its title, the tag (written venue first, as a trailer reads it) describes it
            tag_lead, lead_title, trailer = f"{year_tag['venue']} {year_tag['year']}", "", ""
        elif first and not first.bare and (venue_word := venue_word_lead(lead)) is not None \
                and "\n" not in lead.strip() and names_work(first.text, min_words=3):
            # "1. CVPR [Title](zhuanlan.zhihu.com/…)(notes)", "10. ICLR Oral [Title](…)": a venue named alone
            # (no year) before the link tags the paper, whatever page the link reaches; the link's text is its title
            lead_title, trailer = "", ""
            d.fields.append((VENUE_TAG_FIELD, venue_word))
        elif first and not first.bare and _year_marked_venue_lead(inl, first):
            # "* 2016 *Circulation* China-PAR ASCVD risk [Title](…)": a year, the emphasised venue and the
            # model's name tag the paper; the link's text is its title, the tag describes it
            tag_lead, lead_title, trailer = " ".join(lead.split()), "", ""
        elif first and not first.bare and (curator_tag := curator_tag_before_label_link(lead, plain, first)):
            # "(neoadjuvant biomarker) [_**2022 Mol. Cancer**_](doi…)- Title": a curator's tag alone before a linked
            # year-and-venue label; the title is the text after the label's dash, the tag describes the line
            lead_title, trailer = "", ""
            d.description.append(curator_tag)
        elif first and name_before_label_link(plain, links, first, inl.bold) is not None:
            # "- PLIP: [[Nature Medicine](nature…)] A visual–language foundation model for …": the model's name
            # and its colon only tag the work; the title is the text after the bracketed label link. The name is
            # left out of the description: there it read as the work's byline, or as its venue after a closing year
            lead_title, trailer = "", ""
        # "[](arxiv…) Title (**ICML**)", '<a href="arxiv…"></a> Title': a link with no text at all (no emoji, no image)
        # opening the item names nothing, as an icon link does; the title is the text after it
        after = _title_after_label_link(plain, links, first, first.start in inl.icon_links
                                        or not first.text.strip() and not first.image, inl.bold) \
            if first and not _is_meaningful(lead_title) and not first.bare else None
        if after is not None:  # "[[CVPR 2023](…)] Title [[Code](…)]": the first link only labels the paper link
            d.title, rest_start, after_trailer = after
            if after_trailer:
                d.description.append(after_trailer)
        elif first and not _is_meaningful(lead_title) and not first.bare:
            d.title = _clean_title(first.text)
            if " | " in d.title and (piped := citation.pipe_venue_tail(d.title)) is not None:
                # "[Title | Nature, 2019](…)": the venue cell closing the link's text cites the work, no title
                d.title = piped[0]
                d.description.append(piped[1])
            if (credited := citation.author_parenthesis(d.title)) is not None:
                # "[Spatial architecture of … (Lázár & Lundeberg)](doi…)": the link credits the work's authors
                # after its title; they are the work's byline, not its name
                d.title, names = credited
                d.authors_hint.extend(names)
            if quoted_link:  # '"[Intelligible Models for HealthCare.](…)"': the stop closes the quoted title
                d.title = _drop_closing_stop(d.title)
            rest_start = first.end
            if tag_lead and not byline_described:
                # ("Nakashima et al. (2022), [Title](…), ACL": the byline, read as a name-and-year tag too, was put
                # in the description above; written twice, the reference around the link no longer reads)
                d.description.append(tag_lead)
        elif first and (venued := marked_title_before_venue_link(inl, first)) is not None:
            # "* _Title_, in [MLMI at MICCAI 2021](…)": the emphasised title, then the venue it appeared in, linked;
            # the venue (and a year after it) tags the paper as a code-span venue before a linked title does
            d.title = _clean_title(venued)
            rest_start = first.start
            d.fields.append((VENUE_TAG_FIELD, " ".join((first.text + plain[first.end:].split("\n", 1)[0])
                                                       .split()).strip(" .,;")))
        elif first and _is_meaningful(lead_title):
            d.title = lead_title
            rest_start = _lead_line_end(lead, inl.bold) if "\n" in lead else first.start
        elif first and (led := url_led_note(inl)) is not None:
            # "https://arxiv.org/abs/… : EEGEncoder: Advancing BCI …": a notes line led by its URL names the work
            # after the separator; what follows the name (the work's code link, more notes) describes it
            d.title = _clean_title(led[0])
            rest_start = led[1] + len(led[0])
        elif first:  # only a bare URL
            d.title = ""
            rest_start = 0
        else:
            d.title = ""
            rest_start = 0
        if not first:
            # a name, or a citation that ``citation`` will split
            d.title = lead_title if trailer or written_id or slots or hard_cut is not None else _clean_title(plain)
            if not trailer and (marked := book_title_item(plain)) is not None:
                # "【未找到下载】《Title of the work》" / "只找到了摘要": the marked title, then the reader's note on it
                d.title = marked[0]
                if marked[1]:
                    d.description.append(marked[1])
                d.fields.append((BOOK_TITLE_FIELD, ""))
            if not trailer and (id_tail := identifier_tail(plain)):
                # "Authors. Title. Neoplasia. 2017 …;19(8):649-658. [PMID:28732212]": the bracketed identifier the
                # title drops (no link gives it) is the work's own; kept as prose, it still names the entry's id
                d.description.append(id_tail)
            if trailer:
                d.description.append(trailer)
            elif (dated_row := year_led_pipe_record(plain)) is not None:
                # "* 2019 | Title | multi-obj EHI-BO": a dated row without its table; the year cell dates the work
                # (read as a bracketed year, ``extract._bracketed_year_lead``), the cells after the title tag it
                year, d.title, tags = dated_row
                d.title = _clean_title(d.title)
                d.description.append(f"({year}) {tags}".strip())
                d.fields.append((DATED_ROW_FIELD, ""))
            elif (tagged_ref := title_tags_byline_reference(plain)) is not None:
                # "- Title[CV, M-AI], Ana Lee, Bo Chen, **Venue (MICCAI)**, 2022": a personal page's reference with its
                # title unlinked, topic tags after it; the byline, venue and year after the tags describe the work
                d.title = _clean_title(tagged_ref[0])
                d.description.append(tagged_ref[1])
                d.fields.append((BIB_RECORD_FIELD, ""))
            elif (unlinked := unlinked_title(plain, inl.empty_link_texts)) is not None:
                # "- [Multi-modal Pathological Pre-training via …]() | MICCAI | [code]()": the title written as a
                # link whose URL is still to come; what follows it (venue, year) describes it
                d.title, rest = unlinked
                if rest:
                    d.description.append(rest)
            elif (bylined := _title_over_byline(inl)) is not None:
                # "[**NMI 2022**] Title \\" / "_Hong-Yu Zhou, Xiaoyu Chen, …_": a record whose link line is missing;
                # the first line is the title, the emphasised lines under it its authors
                d.title = _clean_title(bylined[0])
                d.description.append(bylined[1])
                if (undated := undated_byline_over_title(*bylined)) is not None:
                    # "- Google PAIR.  " / "  *People + AI Guidebook.*": an undated byline over the italic title
                    d.title = _clean_title(undated[1])
                    d.description[-1] = undated[0]
                    d.authors_hint.append(undated[0])
                d.fields.append((BIB_RECORD_FIELD, ""))  # a title over its authors: a publication's record
            elif inl.bold and plain.strip().count("\n") == 1 \
                    and (over := _bold_line_after_byline(plain, inl.bold)) is not None \
                    and "," in plain[:over[1]] and dated_byline(" ".join(plain[:over[1]].split())):
                # "X. Q. Feng, Guangwei Zhang  " / "**Upscaling Mouse Spinal Cord Atlas for 3D Alignment**": an exported
                # bibliography's record with no venue, year nor link, its byline over its bold title and nothing
                # else; the names are its authors (read as a bold work in a note, the record was no work). A third
                # line (a venue, a year) leaves the record to the reference reading, which reads those too
                byline = " ".join(plain[:over[1]].split())
                d.title = over[0]
                d.description.append(byline)
                d.authors_hint.append(byline)
                d.fields.append((BIB_RECORD_FIELD, ""))
            elif inl.bold and not inl.strong_lead and (named := _bold_work_in_prose(plain, inl.bold)) is not None:
                # "- The paper introducing the Velocity approach: **RNA velocity of single cells**. More notes": a
                # link-less note that sets a work's title in bold; the bold text is the title, the note describes it
                d.title, note, more = named
                d.description.append(note)
                d.fields.append((BOLD_TITLE_IN_NOTE_FIELD, ""))
                d.fields.extend((BOLD_WORK_FIELD, t) for t in more)
            elif (noted := _bold_name_over_note(plain, inl)) is not None:
                # "- **BiomedGPT**  " / "  *Summary:* VLM that achieves …": the bold name is the title, the
                # lines under it its note
                d.title, note = noted
                d.description.append(note)
            if code_notes:
                d.description.append(code_notes)
        else:
            if trailer and d.title == lead_title:
                d.description.append(trailer)  # venue, year, authors: ``citation.parse_trailer`` reads them
            d.description.append(_prose(inl, rest_start))
        if quoted_name:
            d.description.append(quoted_name)
        named = _names_before_links(plain, links) if first is not None and len(links) >= 2 else {}
        for link in links:
            if link is not first and first is not None and mentioned_in_passing(plain, link, first):
                # "- [PyGMNormalize](github…) - Python implementation of [edgeR](pubmed…) normalization": another
                # work the description names, not the item's own paper or code
                d.links.append(Link(url=link.url, label="related", line=self.line_of(link.offset), text=link.text))
                continue
            own = self.link_in(inl, link)
            name = named.get(id(link))
            if name and not _same_work_name(name, d.title):
                # "GREEN — [arXiv](…) · RadFact — [código](github…) · FineRadScore — [arXiv](…)": a later link is the
                # named work's; its paper is one of the other works the item lists, named so (``extract``), its code
                # that work's, not the item's own
                d.fields.append((NAMED_LINK_FIELD, f"{link.url} {name}"))
                if label_role(own.label) == "code":
                    own = replace(own, label="related")
            d.links.append(own)
        if first is not None and len(links) > 1 and not links[1].image \
                and _without_aside(plain[first.end:links[1].start]).lower() in _CONJUNCTIONS \
                and names_work(links[1].text, min_words=3 if author_led else 4):
            # "[edgeR: a Bioconductor package …](…) and [Differential expression of sequence count data](…) are
            # papers on …": two linked works, the item lists both
            d.fields.append((COORDINATED_LINK_FIELD, links[1].text))
        elif first is not None:
            d.fields.extend((COORDINATED_LINK_FIELD, link.text) for link in keyed_links_after(plain, links, first))
            # "Wick et al (2019), [Title A](…), NeurIPS, and Dutta et al (2020), [Title B](…), ICML": a byline heads
            # each linked title, one work each (``bylined_links_after``)
            d.fields.extend((COORDINATED_LINK_FIELD, link.text) for link in bylined_links_after(plain, links, first))
            # "-> omivae [Title A](arxiv…) | babel [Title B](pubmed…) | aae [Title C](nature…)": linked titles parted
            # by a separator, one work each (``separated_titled_links_after``)
            d.fields.extend((COORDINATED_LINK_FIELD, link.text)
                            for link in separated_titled_links_after(plain, links, first))
        for label, value in (_split_label(x) for x in plain.split("\n")[1:]):
            if label and value and not value.startswith(("http://", "https://")):
                d.fields.append((label, value))
        # "【**Name**】*Title. **Venue**.*": emphasis that holds the title is no author line
        if first and "\n" in plain and (inl.strong_lead.rstrip().endswith(_COLONS)
                                        and d.title.startswith(_clean_title(inl.strong_lead))
                                        or d.title == lead_title and (_author_list_byline(lead_line.strip())
                                                                      or _ieee_author_line(lead_line.strip())
                                                                      or _sole_author_line(lead_line.strip())
                                                                      or tagged_byline(lead_line.strip())
                                                                      is not None)):
            # "- **MedSAM:** Jun Ma, Yuting He, Bo Wang.<br />" / '"Segment Anything in Medical Images." Nat Commun
            # (2024).' / "[[paper](…)]": a named work's authors line, then its quoted title: the quoted line is the title
            # (so is one IEEE-style author's line, "S. T. Mueller," / '"Title",' / "[arXiv:…](…)", and one author's
            # name closed by its stop, "Kang Wang." / '"Title." IS-AII (2025).'). A title of one or two words
            # ('"Segment Anything."', '"DINOv3."') counts when its quote closes on its own stop, as a reference's does
            # ("[ICCV 2023] SSD-Det: Di Wu, …, Jianbin Jiao." / '"Title."': the byline tagged by its venue and the
            # method's name, ``tagged_byline``)
            tagged = tagged_byline(lead_line.strip())
            sole = _sole_author_line(tagged[1] if tagged is not None else lead_line.strip())
            for line in plain.split("\n")[1:3]:
                quoted = _quoted_title(line.strip())
                if quoted is not None and (_quote_closes_on_stop(line) if sole or len(quoted[0].split()) < 3
                                           else True):
                    d.description.insert(0, lead_line.strip())
                    d.title = _drop_closing_stop(_clean_title(quoted[0]))
                    if tagged is not None:
                        d.fields.append(("venue", tagged[0]))  # "[TIP 2021]": where and when, as a venue field
                        d.authors_hint.append(tagged[1])
                    if quoted[1]:
                        d.description.append(quoted[1])
                    break
        if first and "\n" in plain and inl.bold and d.title == lead_title \
                and (bold_line := _bold_line_after_byline(plain, inl.bold)) is not None \
                and (dated_byline(" ".join(plain[:bold_line[1]].split()))
                     or lone_marked_author(inl, plain[:bold_line[1]].strip())):
            # "1. Name, Name, and⏎Name <br>⏎**Title**<br>⏎*Venue*<br>⏎[Paper](…)": the authors (on one line or
            # wrapped onto two) open the record, the next line set wholly in bold is the work's title
            d.description.insert(0, " ".join(plain[:bold_line[1]].split()))
            d.title = bold_line[0]
        if code_kind is not None and d.title.startswith(code_kind[1] + " "):
            d.title = d.title[len(code_kind[1]):].lstrip()  # the tag opened the linked title's text
        if first and (callout_title := _callout_set_off_title(inl)) is not None:
            # "- Survey: ***Title.*** ([https://arxiv…])" in a section of entries: the label names the kind of
            # work, the set-off words after it title it (as ``_announced_papers`` reads an intro's callout)
            d.title = callout_title
        if first and (around := title_around_link(inl)) is not None and d.title in around[0]:
            # "The common biology of [cancer and ageing](nature…), 2007": the link gives only some of the title's
            # words; the words around it are the rest of the title, not a note on it (nor its venue): the year
            # closing the line is all the line says of the work besides
            d.title, d.description = around[0], [around[1]]
        d.authors_hint.extend(e for e in inl.emphasis if not (len(d.title) > 8 and d.title in e))

    def fill_tab_record(self, d: _Draft, inl: _Inline, title_col: int, author_col: int) -> None:
        """``Authors<TAB>Title<TAB>Venue``: the title from its cell, the authors from theirs, the first other
        cell after the title its venue; the cells besides the title describe it (an ``ArXiv:2112.14946``
        there is its identifier)."""
        cells = _tab_cells(inl.plain)
        d.title = _clean_title(cells[title_col])
        if 0 <= author_col < len(cells) and cells[author_col]:
            d.authors_hint.extend(n for n in _names(cells[author_col]) if not n.lower().startswith("et al"))
        rest = [c for j, c in enumerate(cells) if c and j != title_col and j != author_col]
        venue = _tab_venue(cells, title_col, author_col)
        if venue:
            d.fields.append(("venue", venue))
        if d.authors_hint or venue:
            d.fields.append((BIB_RECORD_FIELD, ""))
        d.description.append(" ; ".join(rest))
        for link in inl.links:
            d.links.append(self.link_in(inl, link))

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

    def fill_field_item(self, d: _Draft, inl: _Inline, retitle: bool = False) -> None:
        """One labelled sub-bullet of ``d``'s record. With ``retitle`` (a list item's own sub-bullets), a paper's
        name field (``_paper_name_field``) titles the record in place of the item's caption."""
        label, value = _split_label(inl.plain.split("\n")[0])
        for link in inl.links:
            lab = field_link_label(inl.plain, link, label, links=inl.links)
            d.links.append(Link(url=link.url, label=lab, line=self.line_of(link.offset), text=link.text,
                                cited=link.cited))
        if label and value and not inl.links:
            d.fields.append((label, value))
            if label.lower() in _TITLE_FIELD_LABELS and not d.title:
                d.title = _clean_title(value)
            elif retitle and _paper_name_field(d, label, value):
                d.fields.append(("short name", d.title))
                title, byline = _title_before_emphasised_byline(value, inl)
                d.title = _clean_title(title)
                if label.casefold() in _PAPER_NAME_TAG_LABELS:
                    # "[Cite] Title": the field cites the work, so the record is the publication's (its code
                    # field, often the only link, names the paper's repository, not a tool of the team's)
                    d.fields.append((BIB_RECORD_FIELD, ""))
                if byline:
                    d.authors_hint.append(byline)
        elif label and value:
            # a field value is cut to a title's length anyway (``_clean_title``): replacing every link's
            # text in a value of any length was quadratic (40,000 links on one field line: minutes)
            rest = value[:_FIELD_VALUE_WINDOW]
            quoted = _quoted_link_texts(inl) if field_role(label) == "paper" else frozenset()
            for text in dict.fromkeys(link.text for link in inl.links):
                if text and text not in quoted:  # "".replace would put a space between every character
                    rest = rest.replace(text, " ")
            rest = _clean_title(rest)
            if _is_meaningful(rest):
                d.fields.append((label, rest))
            if _links_in_passing(inl):
                # "- **Performance**: … (combined with [Seq-NMS](arxiv…)) …": a note's sentence mentioning another
                # work by name is the record's description (its link a mention, ``extract._mentioned_in_prose``)
                d.description.append(" ".join(inl.plain.split()))
        elif not inl.links:
            d.description.append(" ".join(inl.plain.split()))
        if "](" in inl.plain or _SPACED_LINK_MARK in inl.plain or inl.spaced_links:
            d.diagnostics.append(self.diag(self.line_of(inl.offset), "broken-link", _broken_link_message(inl.plain)))

    def fill_field_values(self, d: _Draft, label: str, node: _Node) -> None:
        """The items of a list under an empty ``label:`` field (``数据：`` / ``- HealthCareMagic-100k``),
        at any depth, are values of that field and their links links of the entry, labelled by it.

        Under a paper field (``- Paper:`` / ``  - [Title A](…)`` / ``  - [Title B](…)``) each value that links a
        titled work is one of the works the record lists: the second and later are marked as works listed beside
        the first (``COORDINATED_LINK_FIELD``), lest the record keep one paper and lose the others."""
        paper_field = field_role(label) == "paper"
        titled: list[str] = []
        stack = [iter(node.children)]
        while stack:
            it = next(stack[-1], None)
            if it is None:
                stack.pop()
                continue
            if it.kind != "Item":
                continue
            inl = _inline([x for x in it.children if x.kind != "List"])
            if paper_field and inl.links and not inl.links[0].image and names_work(inl.links[0].text, min_words=4) \
                    and inl.links[0].text not in titled:
                if titled:
                    d.fields.append((COORDINATED_LINK_FIELD, inl.links[0].text))
                titled.append(inl.links[0].text)
            for link in inl.links:
                lab = field_link_label(inl.plain, link, label, own_text=False, links=inl.links)
                d.links.append(Link(url=link.url, label=lab, line=self.line_of(link.offset), text=link.text,
                                    cited=link.cited))
            text = _clean_title(_prose(inl) if inl.links else inl.plain)
            if _is_meaningful(text):
                d.fields.append((label, text))
            d.end_line = max(d.end_line, self.end_line_of(it.end))
            stack.extend(iter(x.children) for x in reversed(it.children) if x.kind == "List")

    # -- tables
    def heading_fact_table(self, node: _Node) -> bool:
        """``#### DCPM-ADMET: fusion of … properties prediction`` / ``**Overview:** …`` / ``| Field | Details |`` /
        ``| Datasets | 97 endpoints … |`` / ``[Paper](…) · [Code/project](github…)``: a link-less two-column table
        of labelled facts (short link-less labels beside link-less prose) in a leaf section whose heading reads as a
        work's title is that work's note sheet, as its paragraphs are; its rows name no works. Read as a table, it
        ended the heading's record early: the rows became entries and the link line below lost its heading."""
        h = self.section_heading
        if h is None or h is self.title_h1_node or self.section_is_doc or self.section_entries or self.record_level \
                or _has_links(self.section_heading_inline) or not _names_a_paper(self.section_heading_inline.plain):
            return False
        rows = [r for r in node.children if r.kind in ("TableHead", "TableRow")]
        if len(rows) < 2:
            return False
        for r in rows:
            cells = [_inline(c.children) for c in r.children if c.kind == "TableCell"]
            if len(cells) != 2 or any(c.links for c in cells) or len(cells[0].plain.split()) > 4 \
                    or not cells[0].plain.strip():
                return False
        return True

    def heading_record_table(self, node: _Node) -> bool:
        """``### Title`` / ``| Property | Value |`` / ``| DOI | [10.x](https://doi.org/…) |`` / ``| Year | 2016 |``: a
        key/value sheet (``key_value_record_rows``) first in a section whose link-less heading reads as a work's
        title (or whose sheet gives the title: ``| Title | … |``) is that work's one record, titled by the heading,
        its links and facts the sheet's values. Read as a table, the DOI row was the work, titled "DOI"."""
        h = self.section_heading
        if h is None or h is self.title_h1_node or self.section_is_doc or self.section_entries or self.record_level \
                or _has_links(self.section_heading_inline):
            return False
        rows = key_value_record_rows(node)
        if rows is None:
            return False
        title = next((value.plain.strip() for _, label, value in rows
                      if label.casefold() == "title" and not value.links and value.plain.strip()), "")
        if not title and not _names_a_paper(self.section_heading_inline.plain):
            return False
        # "### Title" / "<jats:title>Abstract</jats:title>…" / the sheet: the paragraphs between heading and sheet are
        # the work's abstract or byline, lines of its record (one citing a record of its own is no such line)
        intro = [(p, _inline(p.children)) for p in self.section_paras]
        if any(p.kind != "Paragraph" or _cites_record(inl.links) for p, inl in intro):
            return False
        self.section_paras = []
        self.emit_block([(h, self.section_heading_inline)] + intro
                        + [(r, labelled_cell(label, value)) for r, label, value in rows],
                        title=title or self.section_heading_inline.plain, heading_topic=True)
        return True

    def table(self, node: _Node) -> None:
        if is_toc_table(node):  # a grid of jumps to the list's sections: no rows of works
            self.last_table = None
            return
        head = next((c for c in node.children if c.kind == "TableHead"), None)
        headers = [_inline(c.children).plain.strip() for c in head.children if c.kind == "TableCell"] if head else []
        rows = regroup.joined_broken_rows(head, [c for c in node.children if c.kind == "TableRow"], self.data)
        # a row with fewer cells than the header gets empty cells at its end (zero-width, past the row's
        # last pipe): not the row's own, so that ``table_rows`` can tell where a cell was left out
        cells_by_row = [[_inline(c.children) for c in r.children if c.kind == "TableCell"
                         and not (c.start == c.end and c.start >= r.end)] for r in rows]
        if headers:
            for r, cells in zip(rows, cells_by_row):
                cells.extend(self.excess_cells(r))
        if head is not None:
            self.header_citations(head)
        head_cells = [_inline(c.children) for c in head.children if c.kind == "TableCell"] if head else []
        if (card := work_card_table(head_cells, cells_by_row)) is not None:
            # "|이름| **Title** |" / "|저자| … |" / "|링크| [[논문]](…), [[코드]](…) |": one work's card, read as the
            # one row it is turned on its side
            first = len(self.out)
            self.table_rows(card[0], [(node.start, node.end)], [card[1]])
            self.out[first:] = [replace(e, fields=e.fields + ((WORK_CARD_FIELD, ""),)) for e in self.out[first:]]
            self.last_table = None
            return
        self.table_rows(headers, [(r.start, r.end) for r in rows], cells_by_row)
        self.last_table = headers if len(headers) >= 2 else None

    def header_citations(self, head: _Node) -> None:
        """``| Task | Isensee et al. [(paper)](arxiv…) | Yu et al. [(paper)](arxiv…) |``: a results table whose
        columns are the compared methods cites each method's paper in its header cell; the header names
        the columns (no row is about it), so a header cell that links a scholarly identifier is an entry
        of its own (the cell's text its title), lest the work cited be lost with the header."""
        for c in head.children:
            if c.kind != "TableCell":
                continue
            inl = _inline(c.children)
            if not any(any(ids_from_url(link.url)) for link in inl.links if not link.image):
                continue
            d = _Draft(line=self.line_of(c.start), end_line=self.end_line_of(c.end), start_byte=c.start,
                       end_byte=c.end)
            self.fill_from_inline(d, inl)
            self.finish(d, self.current_topic())

    def excess_cells(self, row: _Node) -> list[_Inline]:
        """``| Date | Title | Authors | [PDF](…) | [GitHub](…) |`` under a four-column header: GFM drops the
        cells a row has beyond its header's, yet a list that added a column to some rows only (the code
        link of the works that have one) gives them there. The row's text after its last kept cell, parsed
        again as a row, gives them back (no header: their links are named by their own text)."""
        cells = [c for c in row.children if c.kind == "TableCell"]
        if not cells or row.kind != "TableRow":
            return []
        start = cells[-1].end
        tail = self.data[start:row.end]
        stripped = tail.strip()
        if not stripped.startswith(b"|") or not stripped.strip(b"| \t"):
            return []
        if not stripped.endswith(b"|"):
            stripped += b"|"  # a row written without its outer pipes ("a | b | c"): the last cell ends the line
        lead = len(tail) - len(tail.lstrip())
        para = next((c for c in build_tree(stripped.decode("utf-8", "replace")).children if c.kind == "Paragraph"), None)
        pieces = _pipe_row_cells(para, min_cells=1) if para is not None else None
        if not pieces:
            return []
        offset = start + lead
        stack = [n for piece in pieces for n in piece]
        seen: set[int] = set()
        while stack:  # re-anchor the nodes parsed from the tail at its place in the source
            n = stack.pop()
            if id(n) in seen:
                continue
            seen.add(id(n))
            n.start += offset
            n.end += offset
            stack.extend(n.children)
        return [_inline(piece) for piece in pieces if piece]

    def orphan_rows(self, node: _Node) -> bool:
        """A paragraph right after a table whose every line is a row of that table's shape
        (``| Title | Model | 2026 | [code](…) | arXiv |``, cut off from it by a blank line): its rows."""
        headers = self.last_table or []
        lines = _paragraph_lines(node)
        rows = [_pipe_row_cells(line) for line in lines]
        if not rows or any(cells is None or abs(len(cells) - len(headers)) > 1 for cells in rows):
            self.last_table = None
            return False
        self.table_rows(headers, [(line.start, line.end) for line in lines],
                        [[_inline(c) for c in cells] for cells in rows if cells is not None])
        return True

    def loose_table(self, node: _Node) -> bool:
        """A paragraph whose every line is a pipe row and whose second line is a delimiter row GFM rejects
        (``|:-:||:-:|``, an empty spacer column; see ``delimiter_row``): the table its site renders, its
        first line the header and the lines after the delimiter its rows; False otherwise."""
        if b"|" not in self.data[node.start:node.end]:
            return False
        lines = _paragraph_lines(node)
        if len(lines) < 3:
            return False
        maybe_rows = [_pipe_row_cells(line, min_cells=1) for line in lines]
        rows = [cells for cells in maybe_rows if cells is not None]
        if len(rows) < len(maybe_rows) or not delimiter_row(rows[1]):
            return False
        headers = [_inline(c).plain.strip() for c in rows[0]]
        self.pseudo_from_pending()
        self.table_rows(headers, [(line.start, line.end) for line in lines[2:]],
                        [[_inline(c) for c in cells] for cells in rows[2:]])
        self.last_table = headers if len(headers) >= 2 else None
        return True

    def table_rows(self, headers: list[str], spans: list[tuple[int, int]], cells_by_row: list[list[_Inline]]) -> None:
        """One entry per row (GFM or HTML table): the header names each column's role."""
        if not spans:
            return
        split = [(span, row) for span, cells in zip(spans, cells_by_row) for row in gallery_cells(headers, cells)]
        spans, cells_by_row = [span for span, _ in split], [row for _, row in split]
        title_col = _title_column(headers, cells_by_row)
        people_cols = _people_columns(headers)
        work_cols = named_work_columns(cells_by_row, title_col)
        reading_cols = reading_columns(headers, title_col)  # "| Week | Date | Topic | Reading |"
        sorting_cols: list[frozenset[int]] = []  # ``repeating_value_columns``, read once, when a row needs a name
        ref_cols = numbered_reference_columns(cells_by_row)
        dated_cols = venue_year_columns(cells_by_row, title_col)
        led_col = author_led_column(headers, cells_by_row, title_col)  # "| Setlur et al., Title |" rows
        note_col = dataset_paper_link_column(headers, cells_by_row, title_col)  # "| … | Zenodo data resource |"
        card = field_card_rows(cells_by_row)  # "| Address: | DHZ … Hannover |": a contact card's fields
        for (start, end), cells in zip(spans, cells_by_row):
            if card and not any(cell.links for cell in cells):
                continue  # a field's value with no link (a name, an address, a phone number): no item of the list
            row_headers = _row_headers(headers, cells, title_col)
            if cited := title_cell_works(cells, title_col):
                self.cited_works_row(cells, title_col, cited, start, end)
                continue
            if template_example_row(cells, title_col, self.data, start, end):
                self.list_diags.append(self.diag(self.line_of(start), "empty-link",
                                                 "a template's example row (links only to '#'): skipped"))
                continue
            d = _Draft(line=self.line_of(start), end_line=self.end_line_of(end), start_byte=start, end_byte=end)
            tcell = cells[title_col] if title_col < len(cells) else _Inline()
            title_text = _prose(tcell) if tcell.links and _clean_title(_prose(tcell)) else tcell.plain
            if not tcell.links and tcell.empty_links and "[]" in title_text:
                # "| Title (Venue, 2024) [[Paper]()][[Code]()] |": the brackets of links left empty, as ``_prose``
                # drops them from a cell with links
                title_text = _strip_placeholders(title_text)[0]
            named = _cell_title_link(tcell)
            if named is not None:  # "[Title](…)<br><sub>a note</sub>": the link names the row, the rest is a note
                title_text = named.text
                note = _clean_title(_prose(tcell))
                if note:
                    d.description.append(note)
            elif (bold_line := bold_line_before_break(tcell)) is not None:
                # "| **Title** <br><sub>Authors · Venue · 2025</sub> |": the bold first line names the row, the
                # byline under the break is a note on it
                title_text, note = bold_line
                d.description.append(note)
            elif (titled := bold_name_over_title_line(tcell)) is not None:
                # "| **UNI** <br> Self-supervised pathology encoders … <br> [Paper](…) |": the line under the bold
                # name is the paper's title, the name a note on it
                title_text, note = titled
                d.description.append(note)
            d.title = _clean_title(title_text) or (tcell.links[0].text if tcell.links else "")
            if named is None and d.title and (id_tail := identifier_tail(title_text)):
                # "| Nguyen et al. 2017 | Deep Learning to Attend to Risk in ICU (arXiv:1707.05010) |": the bracketed
                # identifier closing the title cell, which the cleaned title drops, is the row's work's own; kept as
                # a note (as under a heading or in a link-less item) it still names the entry's identifier
                d.description.append(id_tail)
            if named is None and (named_lead := bold_name_before_dash(tcell)) is not None:
                # "| **Kvasir-SEG** - Kvasir-seg: A segmented polyp dataset |": the bold name is a note, the paper
                # after the dash titles the row
                d.title = named_lead[1]
                d.description.insert(0, named_lead[0])
            elif named is None and (credited := bold_name_before_byline(tcell)) is not None:
                # "| **ConVIRT** — Zhang et al. |": the bold name titles the row, the byline after the dash is a note
                d.title = credited[0]
                d.description.insert(0, credited[1])
                d.fields.append((BYLINE_CREDIT_FIELD, ""))
            elif named is None and (barred := fullwidth_bar_lead(tcell)) is not None:
                # "| **BindCraft**｜*De novo* Binder 설계 |", "| David Baker｜*De novo* 뱀독 Binder 설계 |": the bold
                # name, or the text after a plain lead (who, or which journal), titles the row; the rest is a note
                d.title = barred[0]
                d.description.insert(0, barred[1])
            field_title = _clean_title(title_field_in_cell(tcell)) if named is None else ""
            if field_title:  # "| **Title:** T<br>**Authors:** …<br>**DOI:** […](…) |": the title field names the row
                d.title = field_title
                # (its other labelled fields, "Authors", "Venue/Year", are the row's, as a column's are; naming
                # the authors and the venue, they make the row a paper's record whatever it links)
                cell_fields = record_fields_in_cell(tcell)
                d.fields.extend(cell_fields)
                if cell_record_cites(cell_fields):
                    d.fields.append((BIB_RECORD_FIELD, ""))
            venue = _emphasised_line_after_break(tcell) if named is None and not field_title else ""
            if venue and d.title.endswith(venue) and _clean_title(d.title[:-len(venue)]):
                # "| Title <br/> *Sleep Medicine Reviews* |": the emphasised line under the title is its venue
                d.title = _clean_title(d.title[:-len(venue)])
                d.fields.append(("venue", venue))
            title, trailer = _cut_year_trailer(d.title)  # "| Title (MICCAI-24) |": the venue tag is no title
            if not trailer and named is None and not field_title:
                # "| Title (**MICCAI-23 Oral**) |", "| Title (**npj-under review**) |": a bold or emphasised
                # bracket closing the cell is a venue note even without a year, as it is closing a list item's
                # title (``_cut_marked_tag``; a plain bracket, "Federated Cycling (FedCy): …", stays)
                cut, tag = _cut_marked_tag(tcell.plain, tcell.marked or [])
                cut = _clean_title(cut) if tag else ""
                if cut and d.title.startswith(cut) and d.title != cut:
                    title, trailer = cut, tag
            if not trailer and named is None and not field_title \
                    and (located := journal_locator_tail(d.title)) is not None:
                title, trailer = located  # "| Title (npj Digital Medicine 8, 733) |": the journal and volume
            if trailer:
                d.title = title
                d.description.insert(0, trailer)
            # ("| **Agent Laboratory** | … | Schmidgall et al. |": a first author's byline alone names no work either)
            byline_ref = named is None and (byline_reference_cell(tcell) or byline_only_cell(tcell))
            if named is None and not field_title and not byline_ref and title_col < len(headers) \
                    and (led := author_led_title(headers[title_col], d.title, led_col)) is not None:
                # "| Setlur et al., Rewarding Progress (PRM) | ICLR 2025 |" under "| Paper | Venue |": the first
                # author and a comma lead the work's short title; they are its authors (or its journal), no title
                # (a journal standing for the authors is left out: the row's Venue column names where it appeared)
                d.title = led[0]
                d.authors_hint.extend(led[1])
            if not d.title or _LINK_LABEL_ONLY.match(d.title) or _only_source_labels(tcell) \
                    or _no_paper_note(d.title) or bracketed_aside(tcell) or byline_ref \
                    or (note_col and plain_note_cell(tcell)):
                # "| BioBERT | [Bioinformatics 2020](doi) |", "| nnU-Net | DKFZ | [![arXiv](badge)](arxiv…) |":
                # a venue label or a badge is no title, the name column says it; so is a note that the row
                # has no paper ("| Neurosity EEG-GPT | (no formal paper; project repo) | [repo](…) |"), or any short
                # plain note in a data set table's Paper column of links ("| OptiDisc | … | Zenodo data resource |")
                if not sorting_cols:
                    sorting_cols.append(repeating_value_columns(cells_by_row))
                name = _name_cell(headers, cells, title_col, sorting_cols[0])
                if name and d.title and author_year_link_cell(tcell) and names_topic_note(cells, title_col, name):
                    # "| [**Leaky Integrate-and-Fire (LIF)**](details/lif.md) | … | [Lapicque (1907)](doi…) |": a
                    # concept the list explains on its own page is no name of the paper it cites; the byline stays
                    # the title
                    name = ""
                if not name and d.title and author_year_link_cell(tcell):
                    d.fields.append((BYLINE_CITED_FIELD, ""))
                if not d.title and not name and tcell.empty_link_texts \
                        and _is_meaningful(left := _clean_title(tcell.empty_link_texts[0])) \
                        and not _LINK_LABEL_ONLY.match(left) \
                        and (title_col >= len(headers) or left.casefold() != headers[title_col].strip().casefold()):
                    # "| 2023.12 | [Medprompt(Microsoft)]() | not open | … |" under "When? | Name | …": a name written
                    # as a link whose URL was left for later still names the row (its date column does not), unless
                    # it only repeats the column's header (a template row: "|| [name]() | [HF]() |")
                    d.title = left
                elif not name and only_bare_urls(tcell):
                    # "| 2020 | https://arxiv.org/abs/2005.02258 |" under "Year | URL": the paper's address is no
                    # title, and no column names the row (``tables.only_bare_urls``)
                    d.title = ""
                elif name:
                    if title_col < len(headers):  # a headerless (HTML) table names no column: no field
                        d.fields.append((headers[title_col], d.title))
                    if byline_ref or venue_labelled_paper(headers, title_col, tcell):
                        # "| **BioBERT** | Lee et al., ACL 2020 |": the row is that paper's record
                        d.fields.append((BIB_RECORD_FIELD, ""))
                    d.title = name
            if title_col < len(headers) and headers[title_col]:
                d.fields.append((TITLE_COLUMN_FIELD, headers[title_col]))
            dated_cells = [" ".join(cells[j].plain.split()) for j in sorted(dated_cols)
                           if j < len(cells) and cells[j].plain.strip()]
            if dated_cells:
                # the first such cell's text ("TOG 2015", "NPJ-2021"): the row's venue and year, whatever the header
                d.fields.append((VENUE_YEAR_COLUMN_FIELD, dated_cells[0]))
            d.fields.extend((EMPTY_LINK_FIELD, t) for t in tcell.empty_link_texts)
            people_links: list[Link] = []
            title_span = (0, 0)  # where the title cell's links sit among the row's links
            marked = False  # a cell of the row is a check mark alone (``MARK_CELL_ROW_FIELD``)
            for j, cell in enumerate(cells):
                header = row_headers[j] if j < len(row_headers) else ""
                if j == title_col:
                    title_span = (len(d.links), len(d.links) + len(cell.links))
                # "| Date | [First Author](scholar profile) | Title [(paper)](arxiv) |": a link in a column of
                # people (author, team) is a person's page, not the work the row is about; it goes last
                person_col = j != title_col and j in people_cols
                beside_repo = j != title_col and cell_links_repository(cell.links)
                for link in cell.links:
                    text = link.text
                    if not text and link.start in cell.icon_links and site_pictograph(cell.lead_marks):
                        # "| Repositories | [🌐](https://gorilla.cs.berkeley.edu/), [GitHub](…) |": the cell's opening
                        # link is written as a globe (a house) alone, read as a marker, not as its text: that
                        # pictograph is what the link says (the site), not the column's word
                        text = cell.lead_marks.strip()
                    label = _cell_link_label(header, text, link.url, _label_before(cell.plain, link.start),
                                             beside_repo) if j != title_col else (_bracket_label(link.text) or header)
                    if j not in (0, title_col):
                        label = dataset_row_link_label(headers, header, label, link.url)
                    (people_links if person_col else d.links).append(
                        Link(url=link.url, label=label, line=self.line_of(link.offset), text=link.text))
                if j != title_col and not marked and cell.lead_marks and _check_mark_only(cell.lead_marks) \
                        and not cell.plain.strip():
                    marked = True  # "| ✅ |": a comparison matrix's cell (the mark is decoration: no text)
                if j != title_col and cell.plain.strip() and header:
                    value = _prose(cell)
                    if value:
                        d.fields.append((header, value))
                if j != title_col and unfilled_paper_cell(header, cell):
                    # "| **SegMamba** | MICCAI 2024 | [Link]() | [Link]() |" under "| Model | Publication | Paper |
                    # Code |": the row's Paper cell is a link whose URL the writer left for later; the column says
                    # what the slot is (a paper's), as "[[Paper]]()" says it on a line (``EMPTY_LINK_FIELD``)
                    d.fields.append((EMPTY_LINK_FIELD, header))
            if marked:
                d.fields.append((MARK_CELL_ROW_FIELD, ""))
            a, b = title_span
            if a and b > a and title_col < len(headers) \
                    and paper_cell_leads(headers[title_col], [link.label for link in d.links[:a]]):
                # "| **AbLang** | [GitHub](…) | [Olsen et al., …](oup…) |": the Key Paper cell's link leads the row
                d.links = d.links[a:b] + d.links[:a] + d.links[b:]
            elif a and b > a and dataset_paper_leads(headers, title_col, [link.label for link in d.links[:a]]):
                # "| [Cholec80](camma…) | … | [Twinanda et al. 2016](arxiv…) |" under "| Dataset | … | Paper |":
                # the row cites its dataset's paper, which leads the row; the dataset's page stays its data link
                d.links = d.links[a:b] + d.links[:a] + d.links[b:]
            elif a and b > a and title_col < len(headers) \
                    and titled_reference_leads(headers[title_col], d.title, [link.text for link in d.links[a:b]],
                                               [link.label for link in d.links[:a]]):
                # "| Metamap | [Tools: MetaMap](…) | [Mapping Text to the UMLS Metathesaurus](….pdf) |" under "| Methods |
                # Links | References |": the row is titled by the work its References cell links, whose link leads
                d.links = d.links[a:b] + d.links[:a] + d.links[b:]
            d.links.extend(people_links)
            works = named_work_groups(cells, title_col, work_cols)
            if works:  # "| **Fairness** | definition | [FairCLIP](doi…) · [CARES](arxiv…) |": each named work its own
                named_links = {(link.url, link.text) for work, code in works for link in (work, *code)}
                d.links = [link for link in d.links if (link.url, link.text) not in named_links]
                for link, code in works:  # "[FedBiOT](…) ([code](github…))": the work's own code goes with it
                    self.finish_linked_work(link, start, end, d.title if _is_meaningful(d.title) else "", code)
            for j in sorted(reading_cols):
                # "| 3 | 2/9 | Maximum likelihood. `Lecture_3.pdf` | B&S ch. 8; [Holder and Lewis 2003](doi…) |": each
                # linked reading is a work of its own; the row is the lecture
                left = {(link.url, link.text) for link in d.links}
                cited = [link for link in (reading_cell_works(cells[j]) if j < len(cells) else [])
                         if (link.url, link.text) in left]
                taken = {(link.url, link.text) for link in cited}
                d.links = [x for x in d.links if (x.url, x.text) not in taken] if taken else d.links
                for link in cited:
                    self.finish_linked_work(link, start, end)
            for link in version_work_links(headers, cells, title_col):
                # "| Paper | Entry Code | Journal Paper |": the journal version is a work of its own
                d.links = [x for x in d.links if (x.url, x.text) != (link.url, link.text)]
                self.finish_linked_work(link, start, end)
            for j in sorted(ref_cols):
                refs = numbered_reference_links(cells[j], one_is_enough=True) if j < len(cells) else []
                if not refs:
                    continue
                # "| [Vanilla Grad](…) | … | [1] [Title](…). NIPS 2016 <br> [2] [Title](…). Nature MI, 2021. |": each
                # numbered line is a work of its own; the row is what the other cells name (the method)
                ref_urls = {(link.url, link.text) for link, _ in refs}
                d.links = [link for link in d.links if (link.url, link.text) not in ref_urls]
                if j == title_col:
                    d.title = next((_clean_title(c.plain) for k, c in enumerate(cells)
                                    if k != j and _clean_title(c.plain)), "")
                for link, venue in refs:
                    self.finish_linked_work(link, start, end, venue)
            if not d.links and not _is_meaningful(d.title):  # "|2|.[[paper]()]||||": a placeholder row
                self.list_diags.append(self.diag(d.line, "empty-link",
                                                 "table row with neither a title nor a link: skipped"))
                continue
            self.finish(d, self.current_topic())

    def cited_works_row(self, cells: list[_Inline], title_col: int, cited: list[_RawLink], start: int,
                        end: int) -> None:
        """One entry per linked work of a title cell that cites several (``tables.title_cell_works``); the row's
        other cells ("Segmentation") describe each."""
        note = " ; ".join(v for j, cell in enumerate(cells) if j != title_col and (v := _prose(cell)))
        for link in cited:
            self.finish_linked_work(link, start, end, note)

    def finish_linked_work(self, link: _RawLink, start: int, end: int, note: str = "",
                           code: list[_RawLink] | tuple[()] = ()) -> None:
        """One entry for one linked work a table row cites among several (a cell of named works, of numbered
        references, of full titles): titled by its link's text, with its own code links and a note from the row."""
        line = self.line_of(link.offset)
        w = _Draft(line=line, end_line=line, start_byte=start, end_byte=end)
        w.title = _clean_title(link.text)
        w.links.append(Link(url=link.url, label=_bracket_label(link.text), line=line, text=link.text))
        for c in code:
            w.links.append(Link(url=c.url, label=_bracket_label(c.text), line=self.line_of(c.offset), text=c.text))
        if note:
            w.description.append(note)
        self.finish(w, self.current_topic())

    # -- HTML blocks
    def html_block(self, node: _Node, html: str, badges: bool = False) -> bool:
        """``<table>`` rows and ``<li>`` items of a top-level HTML block as entries; False if none.

        The HTML is read by ``html.parser`` into Markdown text (``<a href>`` → links, ``<b>`` →
        bold, text escaped, no tag kept), each row or item is parsed as inline Markdown and its
        nodes re-anchored at the source line where the row or item starts.
        """
        tables, items = _html_rows(html)
        if not tables and not items:
            return False
        if badges and not _html_rows_with_prose(tables, items):
            return False  # a banner or a table of badges and logos: no entries
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
        for line0, line1, text, card in items:
            start, end = span(line0, line1)
            inl = _markdown_inline(text, start)
            d = _Draft(line=self.line_of(start), end_line=self.end_line_of(end), start_byte=start, end_byte=end)
            self.fill_from_inline(d, inl)
            if card:
                d.fields.append((HTML_CARD_FIELD, ""))
            if d.links or _is_meaningful(d.title):
                self.finish(d, self.current_topic())
        return True

    def html_reference_lines(self, node: _Node, html: str) -> bool:
        """The lines of an HTML block that are each one whole reference with its bare address (a byline, a title and
        a year, ``_plain_reference``, then "https://doi.org/…") as entries, one a line; False if none.

        Why: a README often writes the references of a figure or a paragraph under it as text lines closed by
        ``<br/>``; after a stray ``</p>`` or ``<div>`` CommonMark reads the whole run as one HTML block, which is read
        only for its ``<a href>`` links, ``<li>`` items and table rows, so the references and their identifiers were
        lost, while the same lines as Markdown text are read as papers. A line of prose, a caption or a line with
        only an address (no byline and year) is no reference and stays unread."""
        first_line = self.line_of(node.start)
        found = False
        for i, raw in enumerate(html.splitlines()):
            if "://" not in raw:
                continue
            line = first_line + i
            if line > len(self.line_starts):
                break
            start = self.line_starts[line - 1]
            text = _html_fragment_text(raw)
            inl = _markdown_inline(text, start)
            if not inl.links or not all(link.bare for link in inl.links) \
                    or not _plain_reference(" ".join(inl.plain.split())):
                continue
            end = self.line_starts[line] - 1 if line < len(self.line_starts) else len(self.data)
            if not found:
                self.pseudo_from_pending()
            found = True
            d = _Draft(line=line, end_line=line, start_byte=start, end_byte=max(end, start + 1))
            self.fill_from_inline(d, inl)
            self.finish(d, self.current_topic())
        return found

    def banner_papers(self, node: _Node, html: str) -> bool:
        """The HTML headings of a block that are each one titled link to a scholarly record (a README's centred
        ``<h2><a href="https://arxiv.org/abs/…">A Survey of …</a></h2>``, see ``_banner_paper_link``) as entries:
        the paper the list accompanies, as a labelled intro callout is; False if none."""
        found = False
        for text in _html_headings(html):
            inl = _markdown_inline(text, node.start)
            if _banner_paper_link(inl):
                self.emit_item([(node, inl)])
                found = True
        if not found and "our" in html.lower():
            # "<p align="center">… Read our survey paper here: <a href="https://arxiv.org/abs/…">Title</a> …</p>":
            # the banner's prose announces the list's own paper (``announced_own_paper_links``), on its own line
            for link in announced_own_paper_links(_markdown_inline(_html_fragment_text(html), node.start)):
                at = self.data.find(link.url.encode(), node.start, node.end)
                at = at if at >= 0 else node.start
                self.emit_item([(_Node("Paragraph", at, at + len(link.url)),
                                 _markdown_inline(f"[{link.text}]({link.url})", at))])
                found = True
        return found

    # -- output
    def finish(self, d: _Draft, topic: tuple[Heading, ...]) -> None:
        self.section_entries += 1
        if d.links and d.line != self.section_heading_line:
            self.section_linked_items += 1
        diags = list(d.diagnostics)
        if not d.links:
            diags.append(self.diag(d.line, "no-link", "entry has no link", "info"))
        text = self.raw(self.line_starts[d.line - 1] if d.line - 1 < len(self.line_starts) else d.start_byte,
                        d.end_byte)
        description = " ".join(" ".join(x for x in d.description if x).split())
        if d.fields and not any(label == TITLE_COLUMN_FIELD for label, _ in d.fields):
            labelled = [v for label, v in d.fields if _AUTHORS_FIELD.match(label)]
            if not d.authors_hint:
                # "## Title" / "**Authors:** Yijun Yang, Zhao-Yang Wang, …": a record that labels its authors field
                # (not a value with digits: "Omer Gottesman1, Fredrik Johansson2, …" marks affiliations, no names)
                d.authors_hint = [v for v in labelled if _is_meaningful(v) and not any(ch.isdigit() for ch in v)][:1]
            if d.authors_hint:
                # "*Publication:* Journal …\" / "*Authors:* Roberts, A.": an emphasised field label names no author;
                # an authors field and a journal field make the record a reference to a scholarly work
                labels = {label.casefold() for label, _ in d.fields}
                d.authors_hint = [a for a in d.authors_hint if _clean_title(a).rstrip(":：").casefold() not in labels]
                if not d.authors_hint:
                    d.authors_hint = labelled[:1]
                if _cites_fields(d.fields):
                    d.fields.append((BIB_RECORD_FIELD, ""))
        self.out.append(Entry(
            source=self.name, line=d.line, end_line=max(d.end_line, d.line), topic=topic,
            text=text.rstrip("\n"), title=d.title, links=tuple(d.links),
            description=description, fields=tuple(d.fields),
            authors=tuple(a for a in d.authors_hint if a), diagnostics=tuple(diags),
        ))




def _html_reference_items(html: str) -> bool:
    """Whether the ``<li>`` items of an HTML block are mostly whole link-less references (at least half of them):
    ``<li>A. Lee, <b>B. Chen*</b>. "Title". <b>Medical Image Analysis</b>, pp.1-10, 2024.</li>`` (a blank line
    between two items ends the HTML block, so a block often holds one item: each is judged alone).

    Why: a lab's or a researcher's publication page often writes its bibliography as an HTML ``<ol>`` of citations
    with no link at all; an HTML block is otherwise read only for its links, so every paper of such a page was lost,
    while the same citations as Markdown list items are read as papers. An HTML list of menu entries, features or
    sentences reads as no references (``_plain_reference`` asks for a byline, a title and a year) and stays unread."""
    _, items = _html_rows(html)
    refs = sum(1 for _, _, text, _ in items if _plain_reference(" ".join(_markdown_inline(text, 0).plain.split())))
    return refs >= 1 and 2 * refs >= len(items)


def _html_rows_with_prose(tables: list[tuple[list[str], list[tuple[int, int, list[str]]]]],
                          items: list[tuple[int, int, str, bool]]) -> bool:
    """Whether some ``<li>`` item or table row read from HTML says something besides its links and images
    (a title, a note): three words or more of prose, as a paper's row has and a row of badges has not."""
    def says(text: str) -> bool:
        prose = _prose(_markdown_inline(text, 0)) if text else ""
        return _is_meaningful(prose) and len(prose.split()) >= 3
    return any(says(text) for _, _, text, _ in items) \
        or any(says(cell) for _, rows in tables for _, _, cells in rows for cell in cells)


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """Hold the cyclic garbage collector while a list is parsed and typed (and while ``pipeline``
    builds: the same reasons at corpus scale).

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
    entries, diags, _ = parse_titled(source)
    return entries, diags


def parse_titled(source: SourceText) -> tuple[list[Entry], list[Diagnostic], str | None]:
    """``parse``, and the text of the page's title heading (the page's only H1, opening it), which no entry's topic
    holds: the entries right under it have an empty topic, and what the title says of them ("# COVID19 TIMESERIES
    PAPER") is said of them only here. None when the page has no such title."""
    parser = _Parser(source)
    with gc_paused():
        entries = parser.run()
    entries.sort(key=lambda e: e.line)  # blocks are emitted when closed; report in document order
    return entries, parser.list_diags, parser.title_h1.text if parser.title_h1 is not None else None


def iter_entries(source: SourceText) -> Iterator[Entry]:
    entries, _ = parse(source)
    yield from entries


def _bold_noted_reference(inl: _Inline) -> citation.Citation | None:
    """The reference a link-less one-line paragraph set wholly in bold is (``**Boycott KM, et al. (2013). "Title."
    *Journal* 14(10):681-691.**``), when it is a confident one (``whole_reference``): the head of the list of its
    annotations right under it (``- Landmark review of …``).

    Why: an annotated bibliography writes each reference so, its short notes as bullets under it. Read as items of
    their own, the notes become entries (in a reading list, "papers" titled by a note). Only a wholly bold
    reference heads its notes so: a plain reference over a list keeps its notes as entries of their own."""
    plain = inl.plain.strip()
    if inl.links or "\n" in plain or inl.strong_lead.strip() != plain:
        return None
    cited = citation.whole_reference(plain)
    return cited if cited is not None and cited.title else None


#: the most words of a heading's title wrapped onto its second line (``wrapped_heading_line``)
_WRAPPED_HEADING_WORDS = 12


def _numbered_whole_reference(text: str) -> bool:
    """``#### 1. Xu, S.H. A duality approach to … queues. Queueing Syst 18, 273–300 (1994).``: a numbered heading
    whose text after its number is a whole reference (``_whole_reference_heading``) numbers the work it cites, as a
    reading log numbers its records; the number is no document section's."""
    bare = strip_section_number(text)
    return bare != text and _whole_reference_heading(bare)


def _whole_reference_heading(text: str) -> bool:
    """``#### Song, Y., Yuan, Q., … (2023). Accurately identifying … structures. bioRxiv, 2023-07.``: a heading that
    is a whole reference (authors, year, a title of four words or more, a venue: ``citation.parse_citation`` sure of
    it) names the work it cites, never a topic, even as the first of its section's headings or with nothing under
    it (a reading list's other headings hold the work's summary in a fold)."""
    if len(text) < 40 or "," not in text and " and " not in text:
        # ("Susan H. Xu and Y. Quennel Zhao (1996) Title. Venue 28(4): 1201-1226.": two authors joined by "and")
        return False
    cited = citation.whole_reference(text, min_title_words=4)
    return cited is not None and cited.confidence >= 0.8 and bool(cited.venue)


def _link_text_is_a_reference(text: str) -> bool:
    """A link's text that is a whole reference, not a title: its authors, then its title in quotes, then more
    ("Devlin, Jacob. \"Bert: Pre-training of …\" arXiv preprint arXiv:1810.04805 (2018)."). Read only when a code
    span alone leads the line (a rare path): a short name before such a link nicknames the work it cites."""
    if not any(q in text for q in _QUOTES):
        return False
    cited = citation.parse_citation(text)
    return cited is not None and cited.confidence >= 0.5 and bool(cited.title) and bool(cited.authors) \
        and len(cited.title) < len(text) and cited.title in text


def _check_mark_only(text: str) -> bool:
    """A cell's decoration that is a check or a cross mark and nothing else (``✅``, ``✓``, ``❌``, ``✔️``). (No
    regex: a scan of a few characters; the length first, the cheapest test.)"""
    s = text.strip().replace("\ufe0f", "")
    return 0 < len(s) <= 2 and all(ch in _CHECK_MARKS for ch in s)


#: the most words of the line under a linked title that dates it ("2020, JMIR") for the two lines to be one item
MAX_YEAR_TRAILER_WORDS = 6


def _year_trailer_line(raw: str) -> bool:
    """``[Title](…)`` / ``2020, JMIR``: a two-line paragraph whose second line is only the work's year and venue (no
    link, a year, at most ``MAX_YEAR_TRAILER_WORDS`` words) is one linked item with its trailer wrapped onto the next
    line (``_Parser.linked_line_over_notes``); a second line of prose or links is no trailer."""
    lines = raw.strip().split("\n")
    if len(lines) != 2:
        return False
    tail = lines[1].strip()
    return "](" not in tail and "://" not in tail and len(tail.split()) <= MAX_YEAR_TRAILER_WORDS \
        and citation.mentions_year(tail)

