"""Table heuristics: which column holds each row's title, and what each cell's links are.

What it is for: ``_title_column`` picks the title column from the headers, checked against
what the cells hold; ``_name_cell`` names a row whose title cell holds only a venue link or a
badge (``_only_source_labels``); ``_cell_title_link`` finds the link that names a title cell's
work; ``_cell_link_label`` labels a link by its column header or its own text.

Why separate: a GFM table and an HTML table (read by ``mdtree._html_rows``) both arrive as
headers and rows of inline cells, and what a column means is decided from those alone, with
vocabularies of its own (title, citation and name words, venue names and abbreviations). The
list walk (``parse``) then only turns rows into entries.
"""

from __future__ import annotations

import re
from functools import lru_cache

from medkg import classify, ids
from medkg.inline import (PICTOGRAPH_CHARS, _LINK_LABEL_ONLY, _MONTH_WORD, _Inline, _RawLink, _bracket_label,
                          _clean_title, _is_cjk, _is_meaningful)

_VENUE_FIRST_WORDS = frozenset((
    "nature", "science", "cell", "lancet", "jama", "nejm", "bmj", "iscience", "advanced", "icml", "iclr",
    "neurips", "nips", "cvpr", "iccv", "eccv", "miccai", "aaai", "ijcai", "acl", "emnlp", "naacl", "kdd",
    "openreview", "biorxiv", "medrxiv", "arxiv", "pmc", "pubmed", "plos", "frontiers", "bioinformatics",
    "genome", "npj", "communications", "ieee", "acm", "springer", "elsevier", "oxford", "briefings",
    "scientific",  # "Scientific Reports 14.1 (2024)", "Scientific Data"
    # a publisher's series of journals, each journal named by the series and its field: "BMC Bioinformatics",
    # "ACS SynBio", "ACS Nano"
    "bmc", "acs"))


#: "[[arXiv](…)]": brackets around the label link too; "[[bioRxiv …](…)] • [[code](…)]": a bullet between links;
#: a pictograph marking each link ("📄 [HyenaDNA](arxiv…)<br>📄 [DNALongBench](biorxiv…)", the characters of
#: ``inline._DECORATION``) says no more than a bullet does
_SEPARATORS = re.compile(rf"[\s,;/·•|&+\[\]【】{PICTOGRAPH_CHARS}]+")
#: what may part the venue links of a cell that only says where its work is: ``_SEPARATORS`` or a dash
#: ("[Nature Comm](nature…) - [BioRxiv](biorxiv…)": the journal article, then its preprint)
_SOURCE_LINK_SEPARATORS = re.compile(rf"[\s,;/·•|&+\[\]【】\-–—{PICTOGRAPH_CHARS}]+")
#: pieces of a label: split at "/", "," and ";", then each piece stripped: the same pieces as splitting at
#: ``\s*[/,;]\s*``, whose leading ``\s*`` made the split rescan a run of white space from each of its
#: positions (quadratic: a 32,000-space link text took 4 s)
_LABEL_PIECES = re.compile(r"[/,;]")


def _only_source_labels(cell: _Inline) -> bool:
    """A title cell made only of links named after where the work is (``[bioRxiv](…)``,
    ``[Nature Methods](…), [PMC](…)``, ``[ICLR 2026 submission / OpenReview](…)``): no title there.
    So is a cell that is only a bare URL (``| RECALL | - | https://arxiv.org/abs/2311.08147 |`` under
    ``Framework | Webpage | Paper``): the address says where the paper is, the name column which work it is."""

    links = [link for link in cell.links if not link.image]
    if not links:
        return False
    if _SOURCE_LINK_SEPARATORS.sub("", _text_beside_links(cell, links)):
        return False  # other text in the cell: a title with a venue link after it
    for link in links[:1]:  # "[bioRxiv](…), [Arc Institute news](…)": the first link says what the cell is
        if not (link.bare or names_source(link.text)):
            return False
    return True


def only_bare_urls(cell: _Inline) -> bool:
    """A title cell that is bare URLs and nothing else (``| 2020 | https://arxiv.org/abs/2005.02258 |`` under
    ``Year | URL``). Why: an address says where a work is, never what it is called; when no other column names the
    row, the row has no title, as a list item that is one bare URL alone has none (the address written out as the
    title was no title a reader or a merge could use)."""
    links = [link for link in cell.links if not link.image]
    return bool(links) and all(link.bare for link in links) \
        and not _SEPARATORS.sub("", _text_beside_links(cell, links))


def _text_beside_links(cell: _Inline, links: list[_RawLink]) -> str:
    """The cell's plain text without the text of ``links``."""
    rest = cell.plain
    for link in sorted(links, key=lambda k: -k.start):
        rest = rest[:link.start] + rest[link.end:]
    return rest


#: a BibTeX citation key as a bibliography file writes it, a surname, the year and a word of the title, one token:
#: "awad2018moralmachine", "atari2023mfq2", "Lakkaraju2019fool"; a name with capitals inside ("MoralMachine2018") or no word after
#: its year ("trustllm2024") is none
_BIBTEX_KEY = re.compile(r"[A-Za-z][a-z]{1,30}(?:19|20)\d\d[a-z][a-z0-9]{1,40}")


def names_source(text: str) -> bool:
    """A link text that says where the work is, not which work: a role or venue label (``arXiv``, ``Nature
    Methods``, ``ICLR 2026 submission / OpenReview``, ``Nat. Comms``), an identifier, the authors (``Moon et
    al.``), a year or the work's BibTeX citation key; every piece of it, split at "/", "," and ";", is one of
    those. Why the key: a benchmark index generated from its survey's ``.bib`` links each benchmark's paper under
    its key ("| **MoralMachine (2018)** | [awad2018moralmachine](doi…) |"): the key names the bibliography entry,
    the Benchmark column the work."""
    from medkg.classify import label_role

    if _is_doi_text(text):
        return True  # "| [10.1093/bioinformatics/btac123](https://doi.org/…) |": the paper's DOI, no title
    if ids.pubmed_label(text):
        return True  # "[PMC12086433](https://pmc.ncbi…)": the paper's PubMed Central id, no title
    if ids.arxiv_label(text) is not None:
        # "| VerSe | [2001.09193](https://arxiv.org/abs/2001.09193) | [anjany/verse](…) |": a data set table's Paper
        # cell written as the paper's bare arXiv id (a valid month, arXiv's digit count) says where the paper is, as
        # a DOI written there does; the row's name column names the work
        return True
    if _BIBTEX_KEY.fullmatch(text.strip()):
        return True
    for piece in (p.strip() for p in _LABEL_PIECES.split(text.strip())):
        words = piece.lower().split()
        if not words:
            continue
        if label_role(piece) is not None or _LINK_LABEL_ONLY.match(piece) or _SOURCE_LABEL.match(piece) \
                or _YEAR_ONLY.match(piece):  # "[Tanaka et al., 2024](…)": the year after the names
            continue
        if len(words) <= 4 and words[0].strip("([").split(":")[0] in _VENUE_FIRST_WORDS:
            continue
        if _abbreviated_venue(piece) or _volume_year_page_citation(piece) or _workshop_at_venue(piece) \
                or _journal_of_field(piece):
            continue
        return False
    return True


#: the words a journal's name joins its field words with ("Journal of the Royal Society Interface")
_JOURNAL_NAME_JOINERS = frozenset(("of", "the", "and", "&", "for", "in", "on"))


def _journal_of_field(piece: str) -> bool:
    """``[Journal of Biological Physics](link.springer.com/…)``: a link text that is a journal's name ("Journal of"
    and its field, every other word capitalised, eight words at most) says where the work appeared, not which work
    it is. Why: a tool table's Paper cell links each tool's article by its journal, and a "Journal of …" name longer
    than a venue's first word allows (``_VENUE_FIRST_WORDS``, four words) was read as the row's title. Narrower than
    ``citation.names_journal`` on purpose: that one also takes "PubMedQA: A Dataset for …"-like link texts holding a
    venue word, and used here it cut 12 of 1,837 files' titles to their short names (record_diff, 38th session)."""
    words = piece.split()
    if not 3 <= len(words) <= 8 or words[0] != "Journal" or words[1] != "of":
        return False
    return all(w[:1].isupper() or w in _JOURNAL_NAME_JOINERS for w in words[2:])


#: a journal's citation in the form scholar search engines export ("MLA"): the journal's name or abbreviation,
#: its volume (and issue after a dot), the year in brackets, then the first page or article number:
#: "Protein Science 31.6 (2022): e4322", "Nat. Commun 14.1 (2023): 2625", "PNAS 120.49 (2023): e2307371120"
_VOLUME_YEAR_PAGE = re.compile(r"(?P<venue>[^\W\d_][^\d()]{0,60}?)\s+\d{1,5}(?:\.\d{1,5})?\s*\((?:19|20)\d{2}\)\s*[:,]?"
                               r"\s*[A-Za-z]{0,2}\d[\w\u2013-]{0,20}")
#: what a paper was presented as at a meeting, after the meeting's name: "GenBio@NeurIPS2023 Poster"
_PRESENTATION_WORDS = frozenset(("poster", "oral", "spotlight", "workshop", "paper", "talk"))


def _volume_year_page_citation(piece: str) -> bool:
    """``[Nat. Commun 14.1 (2023): 2625](nature.com/articles/…)``: a link text that is the journal's citation by
    volume, year and page (``_VOLUME_YEAR_PAGE``), no title. Why: a table of models names each row in its Name
    column and cites its article this way in a Reference column; read as the title, the citation titled the row
    ("Protein Science 31.6 (2022): e4322") wherever the journal's first word was not a known venue's. Every word of
    the journal's name opens with a capital (a title's words do not: "Learning 3 (2020): …" stays a title)."""
    piece = piece.strip()
    m = _VOLUME_YEAR_PAGE.fullmatch(piece) if len(piece) <= 120 else None
    if m is None:
        return False
    venue = m["venue"].split()
    return len(venue) <= 6 and all(w[:1].isupper() for w in venue)


def _workshop_at_venue(piece: str) -> bool:
    """``[GenBio@NeurIPS2023 Poster](openreview…)``: a workshop "at" a conference whose name has its year glued on
    (``classify.glued_venue_year``), perhaps what the paper was shown as (a poster, an oral): where the paper was
    presented, no title."""
    words = piece.split()
    if not words or len(words) > 3 or "@" not in words[0]:
        return False
    if any(w.lower().strip("()") not in _PRESENTATION_WORDS for w in words[1:]):
        return False
    return classify.glued_venue_year(words[0].rpartition("@")[2]) is not None


def named_work_links(cells: list[_Inline], title_col: int, columns: frozenset[int] = frozenset()) -> list[_RawLink]:
    """The links of a row's cell of named works, or [] when the row has none (``named_work_groups``, the
    works without the code links each carries)."""
    return [work for work, _ in named_work_groups(cells, title_col, columns)]


#: what is left of a cell of named works once its links are taken out: the parentheses that held a work's
#: own code link ("[FedBiOT](…) ([code](…))") are empty then, and say nothing more than a separator
_EMPTY_PARENS = re.compile(r"\(\s*\)")


def named_work_groups(cells: list[_Inline], title_col: int,
                      columns: frozenset[int] = frozenset()) -> list[tuple[_RawLink, list[_RawLink]]]:
    """The named works of a row's cell, each with the code links it carries, or [] when the row has none.

    ``| **Robustness** | Stable behaviour under … | [CARES](arxiv…) · [PromptSmooth](doi…) |``: a survey's
    taxonomy table names, beside each category and its definition, the representative works by their short
    names. The cell is a list of works, not the links of the row's one work: each link is its own work, named
    by its text. So is a cell of two links or more when each is a scholarly record of its own (distinct
    identifiers), each text names something other than where the work is (``names_source``: not ``[arXiv]``,
    ``[Nature]``, ``[Paper]``, ``[Moon et al.]``), the texts differ, and only separators stand between them —
    and the row's title cell links nowhere (a linked title is the row's work; ``[arXiv](…) · [Nature](doi…)``
    beside it are its versions, and a cell holding a ``[Code]`` link is the row's own work's). In ``columns``
    (``named_work_columns``: where other rows of the table list several named works) one named link is enough:
    ``| **Truthfulness** | … | [CARES](arxiv…) |`` above ``| **Safety** | … | [MedSafetyBench](…) · [CARES](…) |``
    names one representative work, as its neighbours name two. A link with no identifier counts when its
    address is a paper's document (a manuscript's PDF), as long as the cell's other works carry identifiers.
    A bare address is no named work (``| **FSL** | | https://doi.org/A https://doi.org/B``, a tool's row citing its
    papers by their addresses alone): it says where a paper is, not which; the row's name says which, and the
    row's entry splits into its papers (``extract._other_papers``), each titled by that name, not by a URL.

    A repository link labelled as code right behind a work's link, in parentheses or after a separator
    (``[SecAgg](arxiv A); [FedBiOT](arxiv B) ([code](github…))``, ``[FedTPG](…) · [Code](github…), [TPFL](…)``),
    is that work's own code, not one more work: it goes with the work before it. (Read as the row's links, the
    code went to the cell's first work.) A code link before the cell's first work belongs to no work: no list."""
    from medkg.classify import is_link_label, label_role, url_role

    if title_col < len(cells) and any(not link.image for link in cells[title_col].links):
        return []
    for j, cell in enumerate(cells):
        links = [link for link in cell.links if not link.image]
        if j == title_col or len(links) < (1 if j in columns else 2):
            continue
        rest = cell.plain
        for link in sorted(links, key=lambda k: -k.start):
            rest = rest[:link.start] + rest[link.end:]
        groups: list[tuple[_RawLink, list[_RawLink]]] = []
        for link in links:
            if groups and label_role(link.text) == "code" and url_role(link.url) == "code":
                groups[-1][1].append(link)  # "[FedBiOT](…) ([code](github…))": the work's own code
            else:
                groups.append((link, []))
        if any(code for _, code in groups):
            rest = _EMPTY_PARENS.sub("", rest)
        if _SEPARATORS.sub("", rest):
            continue  # prose in the cell: a note that mentions works, not a list of them
        works = [work for work, _ in groups]
        if len(works) < (1 if j in columns else 2) or any(link.bare for link in works):
            continue  # (bare addresses name no work: "| **FSL** | | https://doi.org/A https://doi.org/B": the row's)
        found = [ids.ids_from_url(link.url) for link in works]
        texts = [_clean_title(link.text).casefold() for link in works]
        # (a work may be linked by its manuscript's file, no identifier in its address: "[PertResolve](github…/
        # manuscript.pdf)" among "[Systema](doi…) · [SCMBench](doi…)" is one more named work, not the row's code)
        with_ids = [f for f in found if any(f)]
        if len(with_ids) >= (1 if j in columns else 2) and len(set(with_ids)) == len(with_ids) \
                and all(any(f) or url_role(link.url) == "paper" for f, link in zip(found, works)) \
                and len(set(texts)) == len(texts) \
                and all(t and not is_link_label(t) and not names_source(t) for t in texts):
            return groups
    return []


def title_cell_works(cells: list[_Inline], title_col: int) -> list[_RawLink]:
    """The linked works a row's title cell lists side by side, or [] when it names one work.

    ``| Segmentation | [U-Net: Convolutional Networks for …](arxiv…), [nnU-Net: a self-configuring method …](doi…) |``:
    a topic column, then a cell citing two works, each its own record (distinct identifiers), each named by its
    full title (three words or more, no label such as ``[paper]``), nothing but separators or line breaks between
    them. Read as one row, the second work's title and identifier went to the first. Only where no other cell of
    the row links anywhere: a ``[code]`` cell beside them could be either work's."""
    from medkg.inline import names_work

    if title_col >= len(cells) or any(link for j, cell in enumerate(cells) if j != title_col
                                      for link in cell.links if not link.image):
        return []
    cell = cells[title_col]
    links = [link for link in cell.links if not link.image]
    if len(links) < 2 or not all(names_work(link.text) for link in links):
        return []
    rest = cell.plain
    for link in sorted(cell.links, key=lambda k: -k.start):
        rest = rest[:link.start] + rest[link.end:]
    if _SEPARATORS.sub("", rest):
        return []  # prose in the cell: one work's title with a note that mentions another
    found = [ids.ids_from_url(link.url) for link in links]
    texts = {_clean_title(link.text).casefold() for link in links}
    if not all(any(f) for f in found) or len(set(found)) < len(found) or len(texts) < len(links):
        return []
    return links


def numbered_reference_links(cell: _Inline, one_is_enough: bool = False) -> list[tuple[_RawLink, str]]:
    """The linked titles of a cell that cites works one a line, each line numbered, with what follows each
    title (its venue): ``| [Vanilla Grad](arxiv…) | definition | [1] [Title](…). NIPS 2016 workshop <br> [2]
    [Title](nature…). Nature Machine Intelligence, 2021. |`` → [(link 1, "NIPS 2016 workshop"), (link 2, …)];
    [] when a line of the cell is no numbered linked title, or the cell holds fewer than two (one is enough where
    ``one_is_enough``: a column other rows of which cite several, ``numbered_reference_columns``).

    Why: a survey's table of methods lists, beside each method and its definition, the works that applied it;
    read as the row's links, the works were glued to each other and to the method (their titles and identifiers
    mixed). Each numbered line is a work of its own."""
    from medkg.blocks import record_number_only
    from medkg.inline import names_work

    if len(cell.links) < (1 if one_is_enough else 2) or not (cell.breaks or one_is_enough):
        return []  # (two works a cell cites are on two lines)
    bounds = [0, *(cell.breaks or []), len(cell.plain)]
    found: list[tuple[_RawLink, str]] = []
    for a, b in zip(bounds, bounds[1:]):
        if not cell.plain[a:b].strip():
            continue
        links = [link for link in cell.links if a <= link.start < b and not link.image]
        if len(links) != 1 or links[0].bare or not names_work(links[0].text) \
                or not record_number_only(cell.plain[a:links[0].start].strip()):
            return []
        found.append((links[0], cell.plain[links[0].end:b].strip(" \t.,;")))
    return found if len(found) >= (1 if one_is_enough else 2) else []


def numbered_reference_columns(rows: list[list[_Inline]]) -> frozenset[int]:
    """The columns in which some row's cell cites two numbered works or more (``numbered_reference_links``)."""
    return frozenset(j for cells in rows for j, cell in enumerate(cells) if numbered_reference_links(cell))


def named_work_columns(rows: list[list[_Inline]], title_col: int) -> frozenset[int]:
    """The columns in which some row of a table holds a cell of two named works or more (``named_work_links``):
    the column lists works by name, in its rows of one link too."""
    found: set[int] = set()
    for cells in rows:
        links = named_work_links(cells, title_col)
        if links:
            found.update(j for j, cell in enumerate(cells) if links[0] in cell.links)
    return frozenset(found)


def version_work_links(headers: list[str], cells: list[_Inline], title_col: int) -> list[_RawLink]:
    """``| Rank | Team | Paper | Entry Code | Journal Paper |`` / ``| 4 | … | [TASP: A Time-Phased Model for Sepsis
    Prediction](cinc…pdf) | [zip](…) | [A Time-Phased Machine Learning Model for Real-Time Prediction of Sepsis in
    Critical Care](journals.lww.com/…) |``: a second column headed for papers whose cell links one more titled work
    (a journal version of the row's conference paper) names a work of its own; read as one more link of the row's
    work, its title and identifiers were lost. Only when the title column itself is headed for papers and its
    cell names a paper too, or none (a "Model" row's "Paper" cell is that model's own paper), and the titles
    differ."""
    from medkg.classify import label_role, reads_like_paper_title

    if title_col >= len(headers) or title_col >= len(cells) or label_role(headers[title_col]) != "paper":
        return []
    row_title = _clean_title(cells[title_col].links[0].text if cells[title_col].links else cells[title_col].plain)
    if row_title and len(row_title.split()) < 4:  # (an empty paper cell: the journal version is the row's one work)
        return []
    found = []
    for j, cell in enumerate(cells):
        if j == title_col or j >= len(headers) or label_role(headers[j]) != "paper":
            continue
        links = [link for link in cell.links if not link.image]
        if len(links) != 1 or links[0].bare or len(_clean_title(cell.plain)) > len(links[0].text) + 3:
            continue
        text = _clean_title(links[0].text)
        if len(text.split()) >= 4 and text.casefold() != row_title.casefold() and reads_like_paper_title(text):
            found.append(links[0])
    return found


#: a title cell that says the row has no paper, in brackets or not: "N/A", "None", "(no formal paper; project repo)",
#: "No paper yet", "(paper not available)", "Not published", "暂无论文", or a template's placeholder ("xxx", "TODO",
#: "?": a model zoo's rows still to be filled; not "TBA" alone, which a ranking's rows with no name column keep)
#: (bounded: the remark after the note is short)
_NO_PAPER_NOTE = re.compile(
    r"(?i)[(\[（]?\s{0,3}(?:n/?a|none|nil|x{2,6}|to\s?do|\?{1,3}|not\s(?:yet\s)?(?:available|applicable|published|released)|"
    r"no(?:\s(?:formal|official|public|published|peer-reviewed))?\s(?:paper|preprint|publication|article)s?"
    r"(?:\s(?:yet|available))?|(?:paper|preprint|publication|article)s?\s(?:is\s|are\s)?(?:not\s(?:yet\s)?"
    r"(?:available|published|released|out)|unavailable|pending|coming\ssoon|tba|tbd)|暂无(?:论文)?|无论文)"
    r"(?:\s{0,3}[;,:：；—–-]\s{0,3}[^()\[\]（）\n]{0,40})?\s{0,3}[)\]）]?\s{0,3}\.?")


def paper_cell_leads(title_header: str, labels_before: list[str]) -> bool:
    """``| **AbLang** | … | [GitHub](…) | [Olsen et al., Bioinformatics Advances (2022)](academic.oup.com/…) |``
    under ``| Model | … | Links | Key Paper |``: the row's title column cites its paper, and only code links (from
    columns to its left) come before that paper's link. The row is about the paper (as when the Paper column comes
    before the Code column), so the paper's link leads the row's links and says what the row is; a dataset's or a
    model's own page before it (``| [MIMIC](physionet…) | … | [Johnson et al.](doi…) |``) keeps leading."""
    from medkg.classify import label_role

    header = title_header.lower()
    return bool(labels_before) and any(w in header for w in _CITE_WORDS) \
        and all(label_role(label) == "code" for label in labels_before)


def titled_reference_leads(title_header: str, row_title: str, title_links: list[str], labels_before: list[str]) -> bool:
    """``| Metamap | [Tools: MetaMap](tool page) | [Mapping Text to the UMLS Metathesaurus](….pdf) |`` under ``| Methods
    | Links | References |``: the row's title column cites its work, and its one link's own text, a work's full title,
    is the row's title. The row is then that work's record, as its title says, so the work's link leads the row's
    links and says what the row is; a method's or tool's page from a column to its left (labelled by its column,
    "Links") stays a link of the record. A data set's page before it keeps leading, and so does any page before a
    cell that only credits the work by its authors (``| [MIMIC](physionet…) | … | [Johnson et al.](doi…) |``: the
    row is titled by its name there, not by the work's title, and stays the data set's; ``paper_cell_leads`` for
    code links before a byline)."""
    from medkg.classify import label_role, reads_like_paper_title

    header = title_header.lower()
    return bool(labels_before) and len(title_links) == 1 and any(w in header for w in _CITE_WORDS) \
        and _clean_title(title_links[0]) == row_title and reads_like_paper_title(row_title) \
        and not any(label_role(label) == "dataset" for label in labels_before)


#: one surname, one capitalised word (a hyphen or an apostrophe inside: "Sánchez-Hernández", "D'Oosterlinck"),
#: bounded, no backtracking run
_SURNAME_WORD = r"[^\W\d_][^\W\d_'’-]{0,30}(?:[-'’][^\W\d_]{1,30}){0,2}"
#: a Paper cell led by its authors and a comma: "Setlur et al., Title", "Reimers & Gurevych, Title", "Buehler, Title"
_AUTHOR_COMMA_LEAD = re.compile(
    rf"(?P<first>{_SURNAME_WORD})(?:(?P<etal> et\.? al\.?)| (?:&|and) (?P<second>{_SURNAME_WORD}))?, (?=\S)")
#: a journal standing where the authors would: "Nature Medicine, Title" (two to four words before the comma)
_VENUE_COMMA_LEAD = re.compile(r"(?P<venue>[A-Za-z][\w.&-]{0,30}(?: [A-Za-z][\w.&-]{0,30}){1,3}), (?=\S)")
#: a year in a cell's rest: "Lee et al., ACL 2020" is a byline, no author-led title
_YEAR_WORD = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _paper_header(header: str) -> bool:
    """``Paper``, ``📄 Paper``: a column whose cells name papers (``classify.label_role``)."""
    from medkg.classify import label_role

    return label_role(header) == "paper"


def unfilled_paper_cell(header: str, cell: _Inline) -> bool:
    """A cell under a paper column (``Paper``, ``📄 Paper``) whose only link is one whose URL the writer left for
    later (``| [Link]() |``, ``| [PDF]() |``): the row's paper slot is there, still to be filled. Why: a template
    list filled row by row (``| **SegMamba** | MICCAI 2024 | [Link]() | [Link]() |`` beside ``| **VM-UNet** | arXiv
    2024 | [Link](arxiv…) | [Link](github…) |``) cites a paper on every row, linked or not yet."""
    return not cell.links and bool(cell.empty_link_texts) and bool(header) and _paper_header(header)


#: whole headers of a title column that say its rows are papers ("Journal", "Venue", "Reference" name other things)
_PAPERS_HEADERS = frozenset(("paper", "papers", "paper title", "paper titles", "paper name", "publication",
                             "publications", "article", "articles", "论文", "论文名", "论文名称", "论文标题", "论文题目",
                             "文章"))


def heads_paper_column(header: str) -> bool:
    """A title column's header that names papers ("paper", "Papers", "Paper Title", "Publication", "论文"), whatever
    the other columns name."""
    return " ".join(_header_words(header.lower())) in _PAPERS_HEADERS


def names_paper_rows(title_header: str, other_headers: list[str]) -> bool:
    """``| Papers | |`` / ``| Title of the work | [Dataset](…) |``, ``| Paper | Resources |`` / ``| Title |
    [Project page](…) · [Data](…) |``: the title column's header names papers ("Paper", "Papers", "论文"), and no
    other column names the row's own thing (a "Dataset", "Tool", "Model" column, ``_names_row_thing``): each row is
    a paper, whatever its links reach. Why: a group's news table or a paper table without paper links (only a data
    set, a challenge, a project page or a replication recipe per row) was typed by those links, a data set or a web
    site; a "| Dataset | Paper | Link |" row names its data set, the Paper cell only its paper's title."""
    if not heads_paper_column(title_header) and not _titles_beside_venues(title_header, other_headers):
        return False
    return not any(_names_row_thing(h.lower()) and not _names_an_attribute(h.lower()) and not _names_its_people(h.lower())
                   for h in other_headers)


#: the header words before "name" that make the column name the row's people, not its thing: "Team Name",
#: "Author Name", "Group name", "Participant Name"
_PEOPLE_WORDS = frozenset(("team", "teams", "author", "authors", "group", "participant", "participants", "lab",
                           "submitter", "presenter", "speaker", "student", "students", "user", "organizer"))


def _names_its_people(header: str) -> bool:
    """``| Rank | Team Name | Team Member(s) | Paper | Entry Code |``: a lower-cased header of two words or three whose
    last is "name" ("names") and whose first names people (``_PEOPLE_WORDS``) heads the column of who made the row's
    work, not of what the work is: a challenge's results table names each team beside its paper. Why: its "name"
    read as the row's thing's name column ("Model Name", "Dataset Name"), and the team's paper, whose only link was
    its challenge entry, became a challenge."""
    words = _header_words(header)
    return 2 <= len(words) <= 3 and words[-1] in ("name", "names") and words[0] in _PEOPLE_WORDS


#: whole headers of a column that says where each row's work appeared: beside a column headed "Title" they make the
#: table a list of publications ("| Title | Venue | Date | Code |")
_VENUE_HEADERS = frozenset(("venue", "venues", "conference", "conferences", "journal", "journals", "conference journal",
                            "journal conference", "published in", "publication venue", "venue year", "会议", "期刊",
                            "会议 期刊", "期刊 会议", "发表", "发表于"))


def _titles_beside_venues(title_header: str, other_headers: list[str]) -> bool:
    """``| Title | Venue | Date | Code | Note |`` / ``| [SoK: How Robust is …](paper/survey/…/note.md) | arXiv | 2024 |
    - | [Note](…) |``: a column headed only "Title" beside one headed "Venue" ("Conference", "Journal", "会议"): each
    row is a work with a venue, a paper, as under a "Paper" column (``heads_paper_column``). Why: a row of such a table
    whose only link is the reader's own note or a project page (no venue yet: "| - | - |") was typed a web page or,
    under "## Surveys & Benchmarks", a data set. "Title" alone names no papers (a tool table, a data set table)."""
    if " ".join(_header_words(title_header.lower())) not in ("title", "titles", "标题"):
        return False
    return any(" ".join(_header_words(h.lower())) in _VENUE_HEADERS for h in other_headers)


def _titled_rest(rest: str) -> bool:
    """What follows an author lead reads as a work's short title: it opens with a capital or a mixed-case word
    ("AI co-scientist", "iDPath"), states no year and is not only a journal (those make the cell a byline:
    "Lee et al., ACL 2020", "Olsen et al., Bioinformatics Advances")."""
    from medkg.citation import names_journal

    first = rest.split(maxsplit=1)[0] if rest.strip() else ""
    return bool(first) and (first[0].isupper() or first[0].isdigit() or any(c.isupper() for c in first[1:])) \
        and _YEAR_WORD.search(rest) is None and not names_journal(rest.strip(" ."))


def _et_al_led(text: str) -> bool:
    """``Setlur et al., Rewarding Progress (PRM)``: a cell led by its first author, "et al." and a comma."""
    m = _AUTHOR_COMMA_LEAD.match(text)
    return m is not None and bool(m.group("etal")) and m.group("first")[0].isupper() and _titled_rest(text[m.end():])


def author_led_column(headers: list[str], rows: list[list[_Inline]], title_col: int) -> bool:
    """A Paper column whose cells name their works as ``Surname et al., Short title``: two rows at least, and a
    third of those with a title, are led so. Why: there a cell led by one surname or two ("Buehler, PRefLexOR",
    "Reimers & Gurevych, Sentence-BERT"), or by a journal standing for its authors ("Nature Medicine, …"), is led
    the same way; alone, "Word, Word" may be a title with a comma in it."""
    if title_col >= len(headers) or not _paper_header(headers[title_col]):
        return False
    texts = [row[title_col].plain.strip() for row in rows if title_col < len(row) and row[title_col].plain.strip()]
    led = sum(1 for t in texts if _et_al_led(t))
    return led >= 2 and 3 * led >= len(texts)


def author_led_title(header: str, text: str, led_column: bool) -> tuple[str, tuple[str, ...], str] | None:
    """``| 16 | Setlur et al., Rewarding Progress (PRM) | ICLR 2025 | 2410.08146 |`` under ``| # | Paper | Venue |
    arXiv/DOI |``: a Paper cell that names its work by its first author and "et al.", a comma, then the work's short
    title → (the title, the authors' surnames, ""). The byline is no part of the title. A lead of one surname or two
    ("Buehler, PRefLexOR", "Reimers & Gurevych, Sentence-BERT") counts only in a column led so
    (``author_led_column``), and there a journal standing for the authors ("Nature Medicine, LLM-assisted SR of
    LLMs") is cut too, as the venue (third item). None when the cell is not led so."""
    if not _paper_header(header):
        return None
    m = _AUTHOR_COMMA_LEAD.match(text)
    if m is not None and m.group("first")[0].isupper() and (m.group("second") or "X")[0].isupper() \
            and (m.group("etal") or led_column) and _titled_rest(rest := text[m.end():].strip()):
        return rest, tuple(filter(None, (m.group("first"), m.group("second")))), ""
    if led_column and (v := _VENUE_COMMA_LEAD.match(text)) is not None:
        from medkg.citation import names_journal

        if names_journal(v.group("venue")) and _titled_rest(rest := text[v.end():].strip()):
            return rest, (), v.group("venue")
    return None


#: a link to be filled: "#" alone (``[Link to PaperA](#)``, ``<a href="#">``), the fragment naming no place in the page
_UNFILLED_LINK = re.compile(rb"\]\(\s*#\s*\)|href\s*=\s*[\"']#[\"']")


#: the longest source a table row's own span may have for ``template_example_row`` to search it
_MAX_ROW_SOURCE = 4096


def template_example_row(cells: list[_Inline], title_col: int, data: bytes, start: int, end: int) -> bool:
    """A row a list's template left as its example (``| PaperA | [Link to PaperA](#) | Some more details about PaperA
    |``): it links nowhere but to "#" (a link to be filled), goes nowhere else, and every other cell only says
    something about its name ("Link to PaperA", "details about PaperA"): a form's filled-in sample, no work."""
    if title_col >= len(cells) or any(c.links for c in cells):
        return False
    name = cells[title_col].plain.strip().casefold()
    others = [c.plain.strip().casefold() for j, c in enumerate(cells) if j != title_col and c.plain.strip()]
    if not name or len(others) < 2 or not all(o != name and name in o for o in others):
        return False
    word = re.compile(r"(?<!\w)" + re.escape(name) + r"(?!\w)")
    # (the row's own source last, and only a row's: an HTML table's rows all span their whole block, and searching
    # the block once per row was quadratic, 5 s on a 250 kB table of ragged rows)
    return all(word.search(o) for o in others) and end - start <= _MAX_ROW_SOURCE \
        and _UNFILLED_LINK.search(data, start, end) is not None


def _no_paper_note(text: str) -> bool:
    """A title cell whose whole text says the row has no paper (``_NO_PAPER_NOTE``): a software project's or a
    model's row in a table of papers, which the writer kept with a note where the paper's link would be. The note
    is no title; the row is named by its name column, as a row whose title cell only names a venue is."""
    return len(text) <= 80 and _NO_PAPER_NOTE.fullmatch(text.strip()) is not None


def dataset_paper_link_column(headers: list[str], rows: list[list[_Inline]], title_col: int) -> bool:
    """``| [0003](datasets/0003.yaml) | OptiDisc | … | Zenodo data resource | [Zenodo](…) |`` under ``| ID | Dataset |
    … | Paper | Data |``: the title column is a Paper column of a table of data sets (another column, headed by the
    word "Dataset", names each row) and half its filled cells or more link the data set's paper
    (``[Paper](doi…)``, ``[Yap et al., 2018](doi…)``). Why: such a column holds links, not titles: a row without
    a paper keeps a short plain note there instead ("Zenodo data resource", "Project release", "TCIA collection",
    "No dedicated paper", a venue), which is no more the row's title than the label of a sibling row's link is;
    the Dataset column names it (``plain_note_cell``). Read once per table."""
    from medkg.classify import label_role

    if not 0 <= title_col < len(headers) or label_role(headers[title_col]) != "paper":
        return False
    if not any(j != title_col and label_role(h) == "dataset" and "dataset" in h.lower() for j, h in enumerate(headers)):
        return False  # ("| Model | Paper | Data |": a Data column names no row, a model table keeps its titles)
    filled = [r[title_col] for r in rows if title_col < len(r) and r[title_col].plain.strip()]
    linked = sum(1 for c in filled if c.links)
    if not linked or linked * 2 < len(filled):
        return False
    # "| paper | venue | dataset | … |" / "|Title.[[paper](arxiv…)][[code](github…)]|MICCAI 2024|BraTS 2021|…|": a Paper
    # column whose linked cells write the work's title beside their "[paper]"/"[code]" labels holds titles, the
    # Dataset column the data each work used (no row's name); a link column's cells are their links
    # ("[Paper](doi…)", "[Yap et al., 2018](doi…)")
    titled = sum(1 for c in filled if c.links and len(_text_beside_links(c, c.links).split()) >= _TITLE_BESIDE_LINKS_WORDS)
    return titled * 2 < linked


#: the fewest words written beside a cell's links that make the cell a title with its links, not a link alone
_TITLE_BESIDE_LINKS_WORDS = 3

#: the most words of a plain note kept in a Paper column of links (``plain_note_cell``)
_MAX_LINK_COLUMN_NOTE_WORDS = 10


def plain_note_cell(cell: _Inline) -> bool:
    """A cell of a ``dataset_paper_link_column`` with no link and a few words only ("Zenodo data resource",
    "Machine Learning for Healthcare Conference (MLHC 2021), PMLR"): a note where the paper's link would be."""
    return not cell.links and 0 < len(cell.plain.split()) <= _MAX_LINK_COLUMN_NOTE_WORDS


#: a cell that is one short bracketed aside and nothing else: "(ImageCLEF)", "(RadFM paper)", "（见上文）"
_BRACKETED_ASIDE = re.compile(r"\s*[(（][^()（）\[\]\n]{1,40}[)）]\s*")


def bracketed_aside(cell: _Inline) -> bool:
    """``| **RadBench** | … | (RadFM paper) | — |``, ``| **VQA-Med-2019** | … | (ImageCLEF) | (ImageCLEF) |``: an
    unlinked paper cell whose whole text is a short aside in brackets (five words or fewer) points at where the
    paper is (a venue, another work) instead of citing it. It is no title: the row is named by its name column,
    as a row whose paper cell only names a venue link or notes that there is no paper (``_no_paper_note``)."""
    text = cell.plain
    return not cell.links and len(text) <= 44 and _BRACKETED_ASIDE.fullmatch(text) is not None \
        and len(text.split()) <= 5


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
#: "PMID 123") or the authors ("Moon et al.", "Smith and Lee et al., 2021", and a paper of two authors, "Dunbar &
#: Deane", "Moreau and Lindqvist": two capitalised surnames, so that "[Code and Data]" stays a text of its own).
#: Before "et al." a surname may be two or three words, a compound or one after its particles ("Abbasian Ardakani
#: et al., 2023", "van der Berg et al."): "et al." alone says it is a byline
_SOURCE_LABEL = re.compile(
    r"(?i)^\s*(?:(?:arxiv|doi|pmid|pmcid|biorxiv|medrxiv)\s*[:\s]\s*\S+"
    r"|[^\W\d_][\w'\u2019.-]*(?:\s+[^\W\d_][\w'\u2019.-]*){0,2}(?:\s+(?:and|&)\s+[^\W\d_][\w'\u2019.-]*)?"
    r"\s+et\.?\s*al\.?(?:\s*,?\s*\(?(?:19|20)\d{2}\)?)?"
    r"|(?-i:[A-Z][\w'\u2019-]+\s+(?:and|&)\s+[A-Z][\w'\u2019-]+)(?:\s*,?\s*\(?(?:19|20)\d{2}\)?)?)\s*$")
_YEAR_ONLY = re.compile(r"^\s*\(?(?:19|20)\d{2}\)?\s*$")
_VENUE_ABBREVIATIONS = frozenset(("media", "tmi", "tpami", "pami", "jbhi", "jamia", "tmlr", "jmlr", "pnas", "mia",
                                  # chemistry's and structural biology's journals, by their usual short names
                                  "jcim", "jctc", "jacs", "proteins"))


def _abbreviated_venue(piece: str) -> bool:
    """A short journal abbreviation: "Nat. Comms", "Sci. Rep.", "Nat. Biomed. Eng.", "MedIA", or one written as
    PubMed writes it, without full stops: "Nat Biotechnol", "Mol Syst Biol" (``citation.names_venue``: every word
    one of the abbreviations' words or an acronym). Why the undotted form too: a tool table's Paper cell links
    its article by the journal alone ("| GEARS | [Nat Biotechnol](nature.com/…) |") as often as by journal and
    year, and the abbreviation was read as the article's title."""
    from medkg.citation import names_venue

    words = piece.split()
    if not words or len(words) > 4:
        return False
    if len(words) == 1:
        return words[0].lower().strip(".") in _VENUE_ABBREVIATIONS
    dotted = sum(1 for w in words if w.endswith(".") and w[:1].isupper() and len(w) <= 8)
    return dotted >= 1 and all(w[:1].isupper() and len(w) <= 8 for w in words) or names_venue(piece)


def _is_doi_text(text: str) -> bool:
    """A link text that is a DOI and little else (``10.1093/…``, ``doi:10.1093/…``)."""
    text = text.strip()
    dois = ids.find_dois(text) if "10." in text else []
    return bool(dois) and len(text) - len(dois[0]) <= 6


#: the header of a benchmark index's name column: "Benchmark", "Benchmarks", "Benchmark name"
_BENCHMARK_HEADER = re.compile(r"benchmarks?(?: name)?")
#: a year or a span of years in brackets closing a name cell: "MoralMachine (2018)", "JBBQ (2024/2025)"
#: (searched in the last characters only: a name cell of thousands of spaces is no reason to scan it again and again)
_NAME_YEAR_TAIL = re.compile(r"[(（](?:19|20)\d\d(?:\s?[/–-]\s?(?:19|20)\d\d)?[)）]$")


def _without_year_tail(text: str) -> str:
    """``RareDx-Bench (2024/2025)`` → ``RareDx-Bench``: the name without the year in brackets closing it."""
    text = text.rstrip()
    m = _NAME_YEAR_TAIL.search(text[-16:])
    return text[:len(text) - len(m.group())].rstrip() if m else text


def _name_cell(headers: list[str], cells: list[_Inline], title_col: int,
               sorting_cols: frozenset[int] = frozenset()) -> str:
    """The plain text of another name-like column (Name, Model, Method…) of the row, if any (not one of
    ``sorting_cols``, whose values repeat down the table: ``repeating_value_columns``)."""
    from medkg.classify import is_link_label, names_a_date

    # a "Benchmark" column names the row only when the title cell links the benchmark's paper under a label or a
    # citation key ("| **MoralMachine (2018)** | [awad2018moralmachine](doi…) |"); a row whose Paper cell is empty
    # ("| **TrustMH-Bench (2026)** | — | — |") names a benchmark with no paper, no record of its own
    title_linked = 0 <= title_col < len(cells) and bool(cells[title_col].links)
    for j, cell in enumerate(cells):
        if j in sorting_cols:
            continue
        header = headers[j].lower() if j < len(headers) else ""
        # "| [COVnet](github…) | … | [:computer_mouse:](doi…) |" under "Name | … | Validation/paper": a name linked
        # to its own page still names the row (its written text, not a bare URL or a label such as "[code]")
        named_link = bool(cell.links) and not any(link.bare or link.image for link in cell.links)
        if j != title_col and (not cell.links or named_link) \
                and (_names_row_thing(header) or (title_linked and _BENCHMARK_HEADER.fullmatch(header.strip()))) \
                and not _names_an_attribute(header):
            text = _clean_title(_bold_name(cell))
            if (bare := _without_year_tail(text)) and _is_meaningful(bare):
                text = bare  # "**RareDx-Bench (2024/2025)**": the year (or years) the row's thing came out, no name
            if _is_meaningful(text) and not (cell.links and is_link_label(text)):
                return text
    first = cells[0] if cells and title_col != 0 else None  # "| Medical VLM | … | [Moon et al.](…) |": the first column names it
    # ("| Clinical task | Reference |" / "| Polyp detection | [Wang et al. Gut (2019)](…) |": a first column whose
    # header says it classifies the row, its task, category or topic, names what the work is about, not the work;
    # the reference cell's byline stays the row's name)
    # (unless that cell is only a link's label, "| Patient Demographics Gen. | … | [Paper Link](…) |": the first
    # column is then the only name the row has)
    title_cell = cells[title_col] if 0 <= title_col < len(cells) else None
    if first is not None and headers and _classifies_rows(headers[0]) and title_cell is not None \
            and not is_link_label(_clean_title(title_cell.plain)):
        first = None
    # (nor when that cell is a date, "| 7/14/2020 | Joshua | [Fan et al.](arxiv…) |": a schedule's first column
    # says when the work was read, never which work: the byline stays the row's name, ``names_a_date``)
    # (nor when that column's header names the people who present it, "| Presenter | Date | Paper/Topic |": a reading
    # group's row whose paper cell is still empty, "| Heather Berlin | 05/13/2019 | |", names a person, no work,
    # ``_presenter_header``)
    if first is not None and headers and _presenter_header(headers[0]):
        first = None
    # (nor when the first column sorts the rows, its values repeating down the table, ``repeating_value_columns``:
    # "| Volume | PET | [Singh et al.](arxiv…) | 2024 |" under "| Representation | Modality | Paper |", fourteen rows
    # "Volume": the family the work belongs to is no name of the work, the byline stays the row's title)
    if first is not None and 0 in sorting_cols:
        first = None
    if first is not None and not first.links:
        text = _clean_title(_bold_name(first))
        if _is_meaningful(text) and len(text.split()) <= 8 and not names_a_date(text) and not _row_number(text):
            return text
    return ""


def _row_number(text: str) -> bool:
    """A first cell that only numbers its row (``|     10 | [Parmar (2021)](…) |`` under an empty header, or
    "12."): it counts the rows, names none; one digit was already too short to name a row, two were read as its
    name and titled the tenth row's paper "10"."""
    t = text.strip().rstrip(".")
    return t.isascii() and t.isdigit()


def repeating_value_columns(rows: list[list[_Inline]]) -> frozenset[int]:
    """The columns whose values repeat down the table: four filled cells or more holding, on average, each value
    twice or more. A survey's comparison table (``| Paper | Taxonomy | … | Method | … |`` /
    ``| [Okafor et al. (2024)](arxiv…) | Domain | … | Infer. only | … |``) heads a column "Method" whose cells
    ("Train. only", "Infer. only", "✗") sort the rows; a name is one row's own, so such a column names none of
    them, whatever its header says, and a row whose paper cell is a byline keeps that byline (``_name_cell``)."""
    found = set()
    for j, cells in enumerate(_columns(rows)):
        values = [" ".join(_clean_title(c.plain).casefold().split()) for c in cells]
        values = [v for v in values if v]
        if len(values) >= 4 and len(set(values)) * 2 <= len(values):
            found.add(j)
    return frozenset(found)


def venue_year_columns(rows: list[list[_Inline]], title_col: int) -> frozenset[int]:
    """The columns other than the title's whose link-less cells give, row after row, only where and when a work
    appeared (``| **Title** | TOG 2015 | [Link](project page) |``, headed "Info" or not at all): three filled cells
    or more, two in three a venue and its year (``classify.venue_year_label``), the rest a bare year (" 2020").
    Such a column states each row's venue as a "Venue" column would, whatever its header says; a column of tool
    versions or of dates is no such column (its cells are no venue's edition)."""
    found = set()
    for j, cells in enumerate(_columns(rows)):
        if j == title_col:
            continue
        values = [" ".join(c.plain.split()) for c in cells if c.plain.strip()]
        if len(values) < 3 or any(c.links for c in cells):
            continue
        dated = sum(1 for v in values if _venue_year_cell(v))
        if dated * 3 >= len(values) * 2 and all(_venue_year_cell(v) or _YEAR_ONLY.match(v) for v in values):
            found.add(j)
    return frozenset(found)


#: a venue's name and its year joined by a dash, as one token: "NPJ-2021", "CNLP-2020", "IEEE BD-2021"
DASH_VENUE_YEAR = re.compile(r"(?P<venue>[A-Za-z][A-Za-z.&' ]{0,30}?[A-Za-z.])\s*[-–]\s*(?P<year>(?:19|20)\d\d)")


def _venue_year_cell(value: str) -> bool:
    """A cell that gives a venue and its year (``classify.venue_year_label``: "TOG 2015", "CVPR17"), or the two
    joined by a dash ("NPJ-2021": ``DASH_VENUE_YEAR``), as a whole column of a paper table writes them. A date
    ("Feb 2020", "Nov. 2010") is none: its month is no venue."""
    if _MONTH_THEN_YEAR.fullmatch(value.strip()):
        return False
    return classify.venue_year_label(value) or DASH_VENUE_YEAR.fullmatch(value) is not None


#: a date written as a month and a year: "Feb 2020", "Nov. 2010", "September, 2019"
_MONTH_THEN_YEAR = re.compile(rf"(?:{_MONTH_WORD.pattern}),?\s+(?:19|20)\d\d", re.I)


#: header words of a column that sorts the rows rather than naming them ("Clinical task", "Category", "Topic")
_CLASS_WORDS = frozenset(("task", "tasks", "category", "categories", "topic", "topics", "area", "domain",
                          "application", "applications", "任务", "类别", "主题", "领域"))


def _classifies_rows(header: str) -> bool:
    """A header that names what each row is about (``Clinical task``, ``Category``, ``任务``), not what it is."""
    words = "".join(ch.lower() if ch.isalpha() else " " for ch in header).split()
    return any(w in _CLASS_WORDS for w in words) or any(w in header for w in _CLASS_WORDS if not w.isascii())


#: header words by how surely they name the title column: a title, then what cites the work, then a name
#: (the title in the other languages lists are written in: "| 제목 | 논문 | 코드 |", "| タイトル | 会議 |", "| Título |
#: Autores | Año |", "| Titre | Auteurs |", "| Название | Код |"; "题名" and "篇名", the title as Chinese library
#: catalogues and CNKI head it: "| 年份 | 题名 | 来源 | 代表模型/资源 | 链接/DOI |")
_TITLE_WORDS = ("title", "标题", "题目", "题名", "篇名", "제목", "タイトル", "título", "titulo", "titre", "titel", "название")
_CITE_WORDS = ("paper", "reference", "publication", "article", "论文", "文献")
#: "| Paradigm | Representative citation | … |": a column headed by the word "citation" cites each row's work, as
#: "Reference" does; the whole word, singular, since "Citations" heads a column of citation counts
_CITATION_HEADER = "citation"
#: ("Architecture": a survey's table of generative models names each by its architecture, "SSSD-ECG",
#: "WGAN-GP-based:CardiacGen", beside a "Type" column of its family, "GAN", "DM"; "Framework": a survey's table
#: of evaluation frameworks, "RAGAs", "ARES", beside their webpage and paper columns)
#: "| # | Study | Dataset | Model | AUROC | Code |": a literature review's summary table cites each row's work in its
#: "Study" column, the whole header one word; "Model" then names the method, not the work ("Study design",
#: "Case study" describe a study, they do not cite one)
_STUDY_HEADERS = frozenset(("study", "studies"))
#: ("모델", "モデル", "модель": the model in Korean, Japanese and Russian headers, "| 모델 | 오디오 유형 | … | 논문 | 코드 |",
#: whose row names its model first and links its paper by a badge)
_NAME_WORDS = ("name", "model", "method", "architecture", "framework", "dataset", "名称", "模型", "项目", "数据集", "架构",
               "모델", "방법", "데이터셋", "モデル", "手法", "データセット", "модель", "метод")
#: whole header words that name the row's thing itself: "| System | Architecture | Application | Year | Link |" /
#: "| EHRAgent | Code-executing agent with program-of-thought | … | [Link](arxiv…) |", a survey's table of agentic
#: systems whose "Architecture" column describes each ("Multi-agent pathology copilot"); whole words only, since
#: "Ecosystem", "Systematic review" or "User agent" name no row
_THING_HEADER_WORDS = frozenset(("system", "systems", "agent", "agents"))
#: headers of a column that names each row's tool: it names the row when the paper cell gives only a venue label
#: ("| [VarLens](home) | … | [Nature Genetics 2023](doi) |" under "Tool | … | Paper"), though a "Tool" column is
#: never taken for the title column itself (``_title_column``: a paper table's "Tools" cell lists what each paper
#: used)
_ROW_NAME_WORDS = _NAME_WORDS + ("tool", "software", "package", "工具")
#: the name words as French, Spanish and Portuguese lists write them, whose accents keep the English word out of them
#: ("Méthode", "Modèle", "Método", "Nome"; German "Methode", "Modell" hold the English word already): "| Méthode |
#: Dataset | Sensibilité | Source |", a French benchmark's table of methods, names each row by its method, not by the
#: data set it was measured on. Whole header words only: "nom" and "nome" are parts of other words ("anomalie")
_ACCENTED_NAME_WORDS = frozenset(("méthode", "méthodes", "modèle", "modèles", "nom", "método", "métodos", "nombre",
                                  "nome"))


def _names_row_thing(header: str) -> bool:
    """A lower-cased header of a column that names each row's thing or tool (``_ROW_NAME_WORDS``,
    ``_ACCENTED_NAME_WORDS``): the row's name when its title cell gives only a label."""
    return any(w in header for w in _ROW_NAME_WORDS) or bool(_ACCENTED_NAME_WORDS.intersection(_header_words(header)))


def _names_rows(header: str) -> bool:
    """A lower-cased header that names each row's thing (``_NAME_WORDS``, ``_THING_HEADER_WORDS``,
    ``_ACCENTED_NAME_WORDS``)."""
    if any(w in header for w in _NAME_WORDS):
        return True
    words = _header_words(header)
    return bool(_THING_HEADER_WORDS.intersection(words) or _ACCENTED_NAME_WORDS.intersection(words))


#: the header words after a name word that make the column one of the named thing's measures or pointers, not its
#: name: "Dataset Size", "Model Link", "Dataset Availability"
_NAME_ATTRIBUTE_WORDS = frozenset(("size", "sizes", "scale", "count", "link", "links", "url", "urls", "license",
                                   "licence", "availability", "version"))


def _names_an_attribute(header: str) -> bool:
    """``| [Reece and Danforth (2017)](springer…) | Instagram | … | 166 users | UNK | |`` under "Dataset | Platform | …
    | Dataset Size | Availability | Link": a header whose name word ("Dataset") is followed by one of its attributes
    ("Size") heads a column of that attribute's values; read as the row's name it titled a data set's paper "166
    users". Only a header whose last word is the attribute (``_NAME_ATTRIBUTE_WORDS``)."""
    words = _header_words(header)
    return len(words) >= 2 and words[-1] in _NAME_ATTRIBUTE_WORDS \
        and any(w in " ".join(words[:-1]) for w in _ROW_NAME_WORDS)


def _header_words(header: str) -> list[str]:
    """A lower-cased header's words, its punctuation dropped: ``representative citation`` → both words."""
    return "".join(ch if ch.isalnum() else " " for ch in header).split()


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
    if (len(text.split()) < 3 and not _small_print_note_after(cell, first) and not _aside_after(cell, first)
            and not _tag_line_after(cell, first)) \
            or _LINK_LABEL_ONLY.match(text) or is_link_label(text):
        return None
    return first


def _small_print_note_after(cell: _Inline, link: _RawLink) -> bool:
    """``| **[UNI](…)**<br><sub>Self-supervised on 100M images …</sub> |``: the link alone on the cell's first line,
    and the line after the break opening in small print (``<sub>``, ``<small>``): a list sets a note on the work
    in small print under its name, so even a short name ("UNI", "LLaVA-Med") names the row, and the note under it
    is no title."""
    if cell.small_at is None or not cell.breaks:
        return False
    at = cell.breaks[0]
    return link.end <= at <= cell.small_at and not _is_meaningful(cell.plain[link.end:at]) \
        and not cell.plain[at:cell.small_at].strip()


#: what joins the tags of a status line under a work's name ("Preprint · Preprints", "Published • Core papers")
_TAG_SEPARATOR = re.compile(r"[·•|]")
#: the most words a tag of such a line holds ("Data and benchmarks"), and the most tags the line holds
_TAG_WORDS, _TAGS = 3, 4


def _tag_line_after(cell: _Inline, link: _RawLink) -> bool:
    """``| [ADMET-EvO](../papers/admet-evo.md) · [Paper](arxiv…)<br>🟠 **Preprint** · Preprints |``: the linked name
    on the cell's first line, with nothing beside it but the work's labelled links ("Paper", "Code") and separators,
    and the line after the break a status line of short tags joined by middle dots (how the work was published,
    which shelf of the list it sits on): the link names the row however short, the tags are a note on it, no title
    (read as the cell's prose they were the row's title, "Preprint · Preprints"). A title under a break
    ("[CLIP](…)<br>Learning Transferable Visual Models …") is no tag line: its words are not cut into short tags."""
    if not cell.breaks or link.end > cell.breaks[0]:
        return False
    at = cell.breaks[0]
    if any(other is not link and other.start < at and not (other.image or classify.is_link_label(_clean_title(other.text)))
           for other in cell.links):
        return False  # a second work named on the first line
    pieces, pos = [], link.end  # the first line's text beside its links
    for other in sorted((o for o in cell.links if o is not link and link.end <= o.start and o.end <= at),
                        key=lambda o: o.start):
        pieces.append(cell.plain[pos:max(pos, other.start)])
        pos = max(pos, other.end)
    pieces.append(cell.plain[pos:at])
    if _is_meaningful(_TAG_SEPARATOR.sub(" ", " ".join(pieces))):
        return False
    tags = [" ".join(piece.split()) for piece in _TAG_SEPARATOR.split(cell.plain[at:])]
    tags = [t for t in tags if t]
    return 2 <= len(tags) <= _TAGS and all(len(t.split()) <= _TAG_WORDS for t in tags) \
        and not any(other.start >= at for other in cell.links)


def _aside_after(cell: _Inline, link: _RawLink) -> bool:
    """``| [CONCH](nature.com/articles/…) (VL) |``: a linked name and, after it, only a short aside in brackets (what
    kind of model it is, its variant): the link names the row however short, the aside is a note on it, no title
    (read as the cell's prose it was the row's title, "(VL)")."""
    return len(cell.links) == 1 and _BRACKETED_ASIDE.fullmatch(cell.plain[link.end:]) is not None \
        and len(cell.plain[link.end:].split()) <= 5


def gallery_cells(headers: list[str], cells: list[_Inline]) -> list[list[_Inline]]:
    """A row of a headerless grid of cards (``| || |`` over rows of thumbnails, then a row of
    ``| [P015 - Title of the work](papers/P015.html) | [P029 - Another title](papers/P029.html) |``): a
    conference site lays its accepted papers out two or three to a row, so each cell that is only one
    titled link is a work of its own, not a column of the first one. A table whose header names its
    columns, a row with prose beside its links, or one whose links reach different sites (``<td><a href=arxiv…>
    Title</a></td><td><a href=github…>Official implementation</a></td>``: a work and its code) keeps one entry
    per row: ``[cells]``."""
    if any(h.strip() for h in headers):
        return [cells]
    filled = [c for c in cells if c.plain.strip()]
    if len(filled) < 2:
        return [cells]
    sites = set()
    for c in filled:
        link = _cell_title_link(c)
        if link is None or len([x for x in c.links if not x.image]) != 1 \
                or _is_meaningful(c.plain[:link.start] + c.plain[link.end:]):
            return [cells]
        sites.add(link.url.partition("://")[2].split("/", 1)[0].lower() if "://" in link.url else "")
    return [[c] for c in filled] if len(sites) == 1 else [cells]


def bold_line_before_break(cell: _Inline) -> tuple[str, str] | None:
    """``| 🌟 **Title** <br><sub>A. Moreau et al. · Venue · 2025</sub> |``: a title cell whose first line (before its
    first HTML line break) is one bold run, with only a marker such as an emoji before it, and whose lines after the
    break are not all emphasised → (the bold title, the text under it: a byline or a note), as a titled link over
    a break names the row (``_cell_title_link``); None otherwise. An all-emphasised line under the title is its
    venue (``_emphasised_line_after_break``), and a break inside plain words only wraps the title."""
    if not cell.breaks or not cell.bold or _emphasised_line_after_break(cell):
        return None
    at = cell.breaks[0]
    b0, b1 = cell.bold[0]
    note = " ".join(cell.plain[at:].split())
    if b1 > at or _is_meaningful(cell.plain[:b0]) or _is_meaningful(cell.plain[b1:at]) or not _is_meaningful(note):
        return None
    title = _clean_title(cell.plain[b0:b1])
    if len(title.split()) >= 3:
        return title, note
    # "| **MedCLIP** <br> Wang Z et al. <br> [Paper](…) |": a short bold name over a byline line names the row as a
    # title does (over any other line, "**UNI** <br> A foundation model for …", the line under it may be the title)
    under = cell.plain[at : cell.breaks[1] if len(cell.breaks) > 1 else len(cell.plain)]
    under = " ".join(under.split())
    return (title, note) if title and (_ET_AL_BYLINE.match(under) or _INITIALLED_ET_AL.match(under)) else None


def bold_name_over_title_line(cell: _Inline) -> tuple[str, str] | None:
    """``| **UNI** <br> Self-supervised pathology encoders … <br> [Paper](…) |``: a short bold name (one or two
    words) alone on a title cell's first line, over a line that reads as a paper's title (four words or more,
    ``classify.reads_like_paper_title``) → (that line: the row's title, the bold name: a note); None otherwise (a
    byline under the name leaves the name the title, ``bold_line_before_break``)."""
    if not cell.breaks or not cell.bold or _emphasised_line_after_break(cell):
        return None
    at = cell.breaks[0]
    b0, b1 = cell.bold[0]
    if b1 > at or _is_meaningful(cell.plain[:b0]) or _is_meaningful(cell.plain[b1:at]):
        return None
    name = _clean_title(cell.plain[b0:b1])
    end = cell.breaks[1] if len(cell.breaks) > 1 else len(cell.plain)
    if any(at < link.start < end for link in cell.links):
        return None  # ("**Name** <br> [Title](…)": the link's text titles the row)
    under = _clean_title(" ".join(cell.plain[at:end].split()))
    if not name or len(name.split()) > 2 or len(under.split()) < 4 or _ET_AL_BYLINE.match(under) \
            or _INITIALLED_ET_AL.match(under):
        return None
    from medkg.classify import reads_like_paper_title
    return (under, name) if reads_like_paper_title(under) else None


#: a first author's surname and initials, perhaps more authors so, then "et al.": "Wang Z et al.", "Li, X., Chen Y.
#: et al."
_INITIALLED_ET_AL = re.compile(r"[^\W\d_][\w'\u2019-]*,?(?:\s+[A-Z]{1,3}\.?)+"
                               r"(?:\s*,\s*[^\W\d_][\w'\u2019-]*,?(?:\s+[A-Z]{1,3}\.?)+)*,?\s+et\.?\s*al\.?,?\s*$")


#: the dashes that part a bold name from the title after it ("**Kvasir-SEG** - Kvasir-seg: A segmented …")
_NAME_DASHES = ("-", "\u2013", "\u2014")


def _bold_name_dash(cell: _Inline, remark: bool) -> tuple[str, str, str] | None:
    """An unlinked cell opening with a short bold name (four words or fewer), perhaps a bracketed remark after it
    (``remark``), then a spaced dash → (the name, the text after the name, the text after the dash); else None."""
    if cell.links or not cell.bold:
        return None
    b0, b1 = cell.bold[0]
    plain = cell.plain
    name = _clean_title(plain[b0:b1])
    if plain[:b0].strip() or not name or len(name.split()) > 4:
        return None
    rest = plain[b1:]
    found = _NAME_REMARK.match(rest) if remark else None
    after = rest[found.end():] if found else rest
    head = after.lstrip()
    if head[:1] not in _NAME_DASHES or after[:1] not in (" ", "\u00a0") or head[1:2] != " ":
        return None
    return name, rest, head[1:]


#: the full-width vertical line that CJK writing sets between a lead and what it leads: "Nature｜2026 과학 전망" (the
#: journal, then the article), "**BindCraft**｜*De novo* Binder 설계" (a model's name, then a gloss on it)
_FULLWIDTH_BAR = "\uff5c"
_MAX_BAR_LEAD_WORDS = 4


def fullwidth_bar_lead(cell: _Inline) -> tuple[str, str] | None:
    """``| **BindCraft**｜*De novo* Binder 설계 |``, ``| David Baker｜*De novo* 뱀독 Binder 설계 |``: an unlinked title
    cell parted by a full-width vertical line ("｜") after a short lead (four words or fewer) → (the row's title,
    the rest as a note); None otherwise. A lead set wholly in bold is the work's name (the model the row is about),
    the text after the bar a gloss on it; a plain lead is who or where (the lab head, the journal: "Nature｜…"), the
    text after the bar names the work. Why: a Korean or Chinese digest of the year's papers titles its rows this way;
    read whole, the lead and gloss glued into one title that matched neither the model's name nor the article."""
    if cell.links:
        return None
    plain = cell.plain
    at = plain.find(_FULLWIDTH_BAR)
    if at <= 0:
        return None
    lead, rest = _clean_title(plain[:at]), _clean_title(plain[at + 1:])
    if not lead or not rest or len(lead.split()) > _MAX_BAR_LEAD_WORDS:
        return None
    bold = cell.bold or []
    lead_start, lead_end = len(plain) - len(plain.lstrip()), len(plain[:at].rstrip())
    if any(b0 <= lead_start and lead_end <= b1 for b0, b1 in bold):
        return lead, rest
    if any(b0 < at for b0, _ in bold):
        return None  # bold run only part of the lead: no name, no byline either
    return rest, lead


def bold_name_before_dash(cell: _Inline) -> tuple[str, str] | None:
    """``| **Kvasir-SEG** - Kvasir-seg: A segmented polyp dataset |``: a title cell that opens with a short bold
    name (a dataset's or a method's, four words or fewer), then a spaced dash, then the work's title (three words or
    more) → (the name, the title); None otherwise. Why: a table of datasets names each row by its dataset in bold
    and cites the paper that made it after the dash; read whole, the row's title glued the name to the paper's and
    no longer matched the same paper cited bare elsewhere in the list. Only an unlinked cell (a linked title names
    the row by its link), and a name that opens the cell; a long bold lead is a title of its own."""
    lead = _bold_name_dash(cell, remark=False)
    if lead is None:
        return None
    name, _, after = lead
    title = _clean_title(after)
    if _ET_AL_BYLINE.match(title):
        return None  # "**ConVIRT** — Zhang et al.": a byline after the dash, no title (``bold_name_before_byline``)
    return (name, title) if len(title.split()) >= 3 else None


#: a byline of the "et al." form, a remark or a year in brackets after it: "Zhang et al.", "Dunbar & Deane et al.",
#: "Steinberg et al. (+4.6 % C-stat over SOTA on 19 tasks)"
_ET_AL_BYLINE = re.compile(r"[^\W\d_][\w'\u2019.-]*(?:\s+(?:and|&)\s+[^\W\d_][\w'\u2019.-]*)?\s+et\.?\s*al\.?,?"
                           r"(?:\s*\([^()]{0,80}\))?\s*$")
#: a remark in brackets right after a bold name: "**scGPT** (33M cells, 51 organs / tissues) — Cui et al."
_NAME_REMARK = re.compile(r"\s*[(（][^()（）]{0,120}[)）]")


def bold_name_before_byline(cell: _Inline) -> tuple[str, str] | None:
    """``| **ConVIRT** — Zhang et al. | … | [arXiv:2010.00747](…) |``, ``| **scGPT** (33M cells, …) — Cui et al. |``:
    an unlinked paper cell that opens with a short bold name (four words or fewer), at most a bracketed remark,
    then a spaced dash and only a byline ("Surname et al.") → (the name, the remark and byline as a note); None
    otherwise. Why: a table of seminal papers names each work by its model's name in bold and credits its first
    author after the dash; read whole, or with the text after the dash taken for the paper's title
    (``bold_name_before_dash``), the row was titled by the byline ("Zhang et al."), which names no work."""
    lead = _bold_name_dash(cell, remark=True)
    if lead is None:
        return None
    name, rest, after = lead
    byline = " ".join(after.split())
    if not _ET_AL_BYLINE.match(byline):
        return None
    return name, " ".join(rest.split())


#: a byline reference with no title: the first author's "Surname et al." (or a one- or two-word author such as an
#: organisation, "OpenAI", "Google"), a comma, then where and when the work appeared, ending in its year: "Lee et al.,
#: ACL 2020", "Singhal et al., *Nature Medicine* 2025", "OpenAI, Technical report 2023"
_BYLINE_REFERENCE = re.compile(r"(?:[^\W\d_][\w'\u2019.-]*(?:\s+(?:and|&)\s+[^\W\d_][\w'\u2019.-]*)?\s+et\.?\s*al\.?"
                               r"|[^\W\d_][\w&.-]*(?:\s[^\W\d_][\w&.-]*)?)"
                               r"\s*,\s*[^,\n]{0,60}[^\W\d_][^,\n]{0,60}?\s(?:19|20)\d{2}\s*")
_MAX_BYLINE_REFERENCE = 120


def byline_reference_cell(cell: _Inline) -> bool:
    """``| **BioBERT** | Lee et al., ACL 2020 | … | [github.com/dmis-lab/biobert](…) |`` under ``Model | Reference |
    … | Weights / Code``: an unlinked reference cell that is only a byline, a venue and a year
    (``_BYLINE_REFERENCE``). Why: a model inventory's scores table cites each model's paper this way; the cell
    names no work, the row's name column does (``_name_cell``), and the byline, venue and year make the row a
    publication's record, its repository the paper's own code. Read as a title, the byline ("Lee et al.") or
    the venue ("NeurIPS", taken for the title of a reference by "Brown") titled the row."""
    if cell.links:
        return False
    text = " ".join(cell.plain.split())
    return len(text) <= _MAX_BYLINE_REFERENCE and _BYLINE_REFERENCE.fullmatch(text) is not None


#: the longest byline-only cell (``byline_only_cell``): a first author, "et al.", a year or a short remark
_MAX_BYLINE_ONLY = 100


def byline_only_cell(cell: _Inline) -> bool:
    """``| **Agent Laboratory** | … | 2025 | Schmidgall et al. |`` under ``System | Description | Year |
    Reference``: an unlinked reference cell that only credits the first author ("Surname et al.", perhaps a year
    or a short remark in brackets after it, ``_ET_AL_BYLINE``). Why: the cell names no work, only who wrote it,
    as a byline with its venue does (``byline_reference_cell``); the row's name column names the work, and the
    byline read as the title titled the row "Schmidgall et al.". A byline set in bold (``| 2 | **Kedzierska et al.**
    | *Genome Biology* | … | Models evaluated |``) is the name the writer gave the row: it stays its title."""
    if cell.links or cell.bold:
        return False
    text = " ".join(cell.plain.split())
    return len(text) <= _MAX_BYLINE_ONLY and "et" in text and _ET_AL_BYLINE.fullmatch(text) is not None


#: a surname's particle, written lower-case inside a byline: "Gerstner & van Hemmen", "de Bruijne et al."
_PARTICLE = r"(?:van|von|de|der|den|da|di|du|le|la)"
#: one author named in a byline: a surname that opens in a capital, perhaps after a particle ("van Hemmen")
_BYLINE_AUTHOR = rf"(?:{_PARTICLE} (?:{_PARTICLE} )?)?(?![a-z]){_SURNAME_WORD}"
#: a work cited only by its authors and its year, the way a text cites it in its prose: "Hodgkin & Huxley (1952)",
#: "Mead (1990)", "Gerstner & van Hemmen (1992)", "Wu et al. (2018)", "Tanaka et al., 2024", and, after "et al.", a
#: short journal name before the bracketed year ("Avati et al. arXiv (2017)", "Rajkomar et al. npj Digit. Med.
#: (2018)"); every part bounded, so the match cannot backtrack far on a long text
_AUTHOR_YEAR_TEXT = re.compile(
    rf"{_BYLINE_AUTHOR}(?:(?P<etal> et\.? ?al\.?(?P<venue>(?: [A-Za-z][\w.&'’-]{{0,30}}){{1,5}})?)"
    rf"|,? (?:&|and) {_BYLINE_AUTHOR})?"
    r"(?:,? \((?:19|20)\d\d[a-z]?\)|(?(venue)(?!)|,? (?:19|20)\d\d[a-z]?))")
#: the longest author-year citation read so (a byline of two authors and a journal's abbreviated name)
_MAX_AUTHOR_YEAR_TEXT = 80


def author_year_link_cell(cell: _Inline) -> bool:
    """``| [Mead (1990)](https://doi.org/10.1109/5.58331) |``, ``| [Gerstner & van Hemmen (1992)](doi…) |``: a title
    cell that is one link and nothing else, the link's text citing the work by its authors and year the way prose
    cites it (``_AUTHOR_YEAR_TEXT``; one lone word must read as a surname, ``_named_by_people``). Such a cell cites
    the row's work; only a name that is the work's own (a model's, a data set's) titles it better
    (``names_topic_note``)."""
    links = [link for link in cell.links if not link.image]
    if len(links) != 1 or links[0].bare:
        return False
    link = links[0]
    if _SEPARATORS.sub("", cell.plain[:link.start] + cell.plain[link.end:]):
        return False  # other text in the cell: the link is a part of what the cell says, not its whole
    text = " ".join(link.text.split()).strip("*_ ")
    m = _AUTHOR_YEAR_TEXT.fullmatch(text) if len(text) <= _MAX_AUTHOR_YEAR_TEXT else None
    return m is not None and _named_by_people(text.split(" ", 1)[0], m)


def _named_by_people(first: str, m: re.Match[str]) -> bool:
    """The first word of an author-year match names a person: two authors or "et al." say so; one lone word
    must be a surname written as one ("Mead", "Lapicque": a capital, then lower-case letters), not a venue's or a
    model's name ("ICML 2020", "BioBERT (2020)", "Nature (2020)") nor a role label ("Paper (2020)")."""
    from medkg.classify import label_role

    if m.group("etal") or " & " in m.group() or " and " in m.group():
        return True
    word = first.rstrip(",")
    return word[:1].isupper() and word[1:].islower() and word.lower() not in _VENUE_FIRST_WORDS \
        and label_role(word) is None


def names_topic_note(cells: list[_Inline], title_col: int, name: str) -> bool:
    """``| [**Leaky Integrate-and-Fire (LIF)**](details/leaky_integrate_and_fire.md) | 1907 | [Lapicque (1907)](doi…)
    |`` under ``| Model | Year | Original Paper | … |``: the name ``_name_cell`` found for the row is linked only to a
    note in the list's own repository (``classify.is_reader_note``: a Markdown page beside the README). Why: such a
    list explains a concept (an era, a neuron model, a learning rule, an engineering barrier) on its own page and
    cites the paper that introduced it; the concept is no name of that paper, so the citation in the paper column
    stays the row's title. A name linked to the work's own site, data or weights (``[HysterFlow](site)``,
    ``| CholecGPT | … | [Hugging Face](…) |``) is the work's name and still titles the row."""
    from medkg.classify import is_reader_note
    from medkg.model import Link

    for j, cell in enumerate(cells):
        links = [link for link in cell.links if not link.image]
        if j == title_col or len(links) != 1 or _clean_title(_bold_name(cell)) != name:
            continue
        return is_reader_note(Link(url=links[0].url, label="", role="other"))
    return False


def _emphasised_line_after_break(cell: _Inline) -> str:
    """``| Title <br/> *Sleep Medicine Reviews* |``, ``| Title <br> **ICASSP** |``: the text after a title cell's
    first HTML line break when all of it is emphasised (italic or bold) and text stands before the break — a
    venue or note line the writer set apart under the title, as a citation's italic journal is; "" otherwise (a
    break between plain title words only wraps the title: "Model for <br> Automatic Staging")."""
    if not cell.breaks or not cell.marked:
        return ""
    at = cell.breaks[0]
    tail = cell.plain[at:]
    text = tail.strip()
    if not text or not _is_meaningful(cell.plain[:at]):
        return ""
    first = at + len(tail) - len(tail.lstrip())
    last = at + len(tail.rstrip())
    covered = first
    for s, e in sorted(cell.marked):  # the emphasised spans must cover the tail from its first to its last character
        if s <= covered < e:
            covered = e
    return " ".join(text.split()) if covered >= last else ""


#: header words of a column that names people (the authors, the team), whose links are their pages
_PEOPLE_HEADER = re.compile(r"(?i)^\W*(?:first\s+|lead\s+|corresponding\s+)?(?:authors?|author\(s\)|team(?:\s+name)?s?"
                            r"|members?|contributors?|participants?|winners?)\W*$|^\W*(?:作者|团队|队伍)\W*$")


#: header words of a schedule's column of the people who lead each session ("Presenter", "Speaker", "Discussion
#: lead"): a person's name, never the work read; the authors' column is ``_PEOPLE_HEADER``
_PRESENTER_HEADER = re.compile(r"(?i)^\W*(?:presenters?|presented\s+by|speakers?|discussants?|discussion\s+leads?"
                               r"|(?:session\s+)?leads?|hosts?|moderators?|主讲人?|报告人)\W*$")


#: header of a course schedule's column of readings ("Reading", "Readings", "Required reading", "Related Papers",
#: "References"): the works each session assigns, never the session itself
_READING_HEADER = re.compile(r"(?i)^\W*(?:(?:required|suggested|recommended|assigned|further|optional)\s+)?"
                             r"(?:readings?|related\s+papers?|references?|literature)\W*$")
#: header words of a schedule's column that says when or which session a row is ("Week", "Date", "Lecture")
_SESSION_HEADER_WORDS = frozenset(("week", "weeks", "wk", "date", "dates", "day", "lecture", "lectures", "session",
                                   "sessions", "class", "module", "meeting"))

#: header words of a schedule's title column that name what a session is about ("Topic", "Lecture", "Subject"), not
#: a paper's title
_SESSION_SUBJECT_WORDS = frozenset(("topic", "topics", "lecture", "lectures", "subject", "subjects", "theme", "themes",
                                    "content", "contents", "session", "sessions", "class"))


def reading_columns(headers: list[str], title_col: int) -> frozenset[int]:
    """The columns of a course schedule that list each session's readings (``_READING_HEADER``), when another
    header says the rows are sessions (``_SESSION_HEADER_WORDS``: "| Week | Date | Topic | Reading |") and the
    title column names each session's subject (``_SESSION_SUBJECT_WORDS``), not a paper's title.

    Why: a schedule's row is a lecture ("Maximum likelihood. `Lecture_3.pdf`"), titled by its topic; the works
    its Reading cell links ("B&S chapter 8; [Holder and Lewis 2003](doi…)") are the list's scholarly records. Read
    as the row's links, the lecture became a paper holding the reading's DOI and the reading's name was lost. A
    table of methods citing their papers ("| Method | Reference |") has no session column and keeps its rows."""
    if title_col >= len(headers) or not any(w.casefold() in _SESSION_SUBJECT_WORDS
                                            for w in _header_words(headers[title_col])):
        return frozenset()  # "| Date | Authors | Title | Code | Reference |": the rows are papers, cited by venue
    if not any(w.casefold() in _SESSION_HEADER_WORDS for h in headers for w in _header_words(h)):
        return frozenset()
    return frozenset(j for j, h in enumerate(headers) if j != title_col and _READING_HEADER.match(h.strip()))


def reading_cell_works(cell: _Inline) -> list[_RawLink]:
    """The linked works of a schedule's Reading cell (``reading_columns``), each named by its link's text
    ("[Okafor and Lindqvist 2011](doi…)", "[Hydra phylogeny](doi…)"): links to a scholarly record (an identifier
    in the address, or a paper's page), not a bare address nor a label ("[paper](…)", "[pdf](…)": those name no
    work, and the row's own title names it); an author-year citation names its work ("[Tanabe et al. 2019](…)")."""
    from medkg.classify import label_role, url_role

    found = []
    for link in cell.links:
        text = _clean_title(link.text)
        if link.image or link.bare or not text:
            continue
        if (label_role(text) is not None or _LINK_LABEL_ONLY.match(text)) and not _YEAR_WORD.search(text):
            continue  # "[paper](…)", "[PDF](…)": a label, no name (an author-year citation is one: "[Lee et al. 2019]")
        if any(ids.ids_from_url(link.url)) or url_role(link.url) == "paper":
            found.append(link)
    return found


def _presenter_header(header: str) -> bool:
    """A header that names who presents each session of a schedule (``_PRESENTER_HEADER``)."""
    return bool(_PRESENTER_HEADER.match(header.strip()))


#: header words of a reference table's authors column: "Authors", "Author(s)", "First Author", "First Author et al.",
#: "作者" (no team, members nor winners: those name people, not a work's byline)
_AUTHORS_HEADER = re.compile(r"(?i)^\W*(?:first\s+|lead\s+|corresponding\s+)?(?:authors?|author\(s\))"
                             r"(?:\s+et\.?\s*al\.?)?\W*$|^\W*(?:第一)?作者\W*$")


def names_authors(header: str) -> bool:
    """A column header that names the works' authors (``_AUTHORS_HEADER``): ``| Title | First Author et al. | Year |``."""
    return _AUTHORS_HEADER.match(header.strip()) is not None


def _people_columns(headers: list[str]) -> frozenset[int]:
    """The columns whose header names people ("First Author", "Team", "Authors", "作者")."""
    return frozenset(j for j, h in enumerate(headers) if _PEOPLE_HEADER.match(h.strip()))


#: link texts that name a web page, not code ("| Code | see [project page](…) |")
_PAGE_TEXTS = frozenset(("project", "project page", "project website", "page", "web page", "webpage"))

#: link texts that name a hosted service, not code: where a group offers its method to run online, a Code column
#: gives the service's address ("| Code | [Web Server](http://…/) |", "[Webserver](…) [Code](github…)"); the service
#: runs the method, its address holds no source (a forge link so labelled, "[Web Interface](github…)", is still the
#: repository, and stays the code)
_SERVICE_TEXTS = frozenset(("server", "web server", "webserver", "web-server", "online server", "web interface",
                            "web app", "webapp", "web application", "web service", "online service"))
_PAGE_OR_SERVICE_TEXTS = _PAGE_TEXTS | _SERVICE_TEXTS

#: pictographs a list writes as a link's whole text for a web site or a home page (a globe, a house): "| Repositories |
#: [🌐](https://gorilla.cs.berkeley.edu/), [<img github.png>](github.com/…) [🤗](huggingface.co/…) |" gives the
#: project's site beside its repository, and the globe says the site, whatever the column's word
_SITE_PICTOGRAPHS = frozenset("\U0001f310\U0001f30d\U0001f30e\U0001f30f\U0001f3e0\U0001f3e1")


def site_pictograph(text: str) -> bool:
    """``🌐``, ``🏠``: a link's whole text is one pictograph of a web site or a home page (``_SITE_PICTOGRAPHS``)."""
    return text.replace("\ufe0f", "").strip() in _SITE_PICTOGRAPHS


#: the last word of a link's text that calls the page it reaches some page ("Resources page", "(lab page)")
_PAGE_HEAD_WORDS = frozenset(("page", "webpage", "website", "homepage"))


def _names_a_page(text: str) -> bool:
    """``lab/BrainBERT2023 (resources page)``, ``Lab website``: a link's text whose last word, brackets aside, calls
    what it reaches a page."""
    words = text.replace("(", " ").replace(")", " ").casefold().split()
    return bool(words) and words[-1].strip(".,;:") in _PAGE_HEAD_WORDS


def _file_share(url: str) -> bool:
    """A link into a file-sharing drive (``drive.google.com/drive/folders/…``, ``pan.baidu.com/s/…``). Why: a Code
    cell that gives one shares files (mostly the data, sometimes a zip), not the work's repository."""
    host = url.split("://", 1)[-1].split("/", 1)[0].lower().removeprefix("www.")
    return host in classify.FILE_SHARE_HOSTS  # (shared folders or files, never a repository of code)


def cell_links_repository(links) -> bool:
    """A table cell links a source repository (``| Code | [Link1](github…) [Link2](zenodo…) |``): the other
    links of a Code cell may then be copies of that code, not the code itself (``_cell_link_label``)."""
    return any(ids.canonical_repo(link.url) for link in links)


def _cell_link_label(header: str, text: str, url: str = "", before: str = "", beside_repo: bool = False) -> str:
    """A link's label in a table cell: the column header, unless the header names no role (or only a
    generic one, ``| Documentation | [Paper](arxiv…), [Demo](…) |``) and the link's own text does
    (``Resources: [Paper](…) [Code](…) [Dataset](github…)``) or the ``label:`` written before it in the
    cell does (an arXiv comment column, ``| Comment | Project Page: https://… Code: https://… |``: each
    address has its own label), or unless a Code column links, off any code forge, something its text
    calls a site, a page or the data (``| Code | on request at [Site](https://sites.google.com/…) |``,
    ``| Code | [link](github…) [data](zenodo…) |``): no code there; nor where a Code cell gives, unlabelled,
    the paper's own page (``| Code | https://ieeexplore.ieee.org/document/… |``). ``beside_repo``: the cell also
    links a source repository, so an unlabelled deposit beside it (``| Code | [Link1](github…) [Link2](zenodo…) |``,
    a Zenodo or Code Ocean snapshot) is an archived copy, not one more code of the row."""
    from medkg.classify import download_label, label_is_doi, label_role, strip_symbols, url_role

    own = _bracket_label(text)
    if not header:
        return own
    header_role = label_role(header)
    if header_role in (None, "other") and label_is_doi(own):
        # "| Link | [DOI: 10.4018/…ch004](https://www.igi-global.com/chapter/…) |": a column that names no role,
        # a link whose text is the work's DOI: the text says what the page is (``classify.link_role``)
        return own
    if header_role is None and label_role(own) is not None:
        return own
    if header_role is None and download_label(own):
        # "| Title | Publication | Url |" over "| … | [download](github.com/…/iBVP-Dataset) |": a column that names no
        # role (an address) gives way to the cell's own "download", which says the link fetches the row's thing (under
        # data sets the data, as the same "[download](github…)" under a bullet says: ``extract.type_entry``)
        return own
    if header_role == "other" and label_role(own) in ("paper", "code", "dataset"):
        # "| Documentation | [Paper](arxiv…), [Demo](…) |": a column of a tool's pages names no single role;
        # the link its own text calls the paper (the code, the data) is that
        return own
    if header_role is None and before and label_role(before) is not None:
        return before
    if header_role == "related_code" and strip_symbols(header).casefold() in _GENERIC_RELATED_HEADERS \
            and label_role(own) in ("paper", "code", "dataset"):
        # "| Related | [[code](github…)] <br/> [[reproduce](github…)] |": a bare "Related" column gathers the row's
        # related links, its work's own among them; the link whose own text says it is the code (the paper, the
        # data) is that, and an unlabelled or "reproduce" link stays someone else's related code
        return own
    own_role = label_role(own)
    if header_role == "code" and url and _header_names_paper_too(header) and ids.canonical_repo(url) is None:
        # "| Paper & Code | [TMI](ieeexplore…),[code](github…) |": the column holds the row's paper and its code;
        # a link off any code forge is the code only when its own text says so, a venue's name ("TMI",
        # "MICCAI2021") labels the paper
        return own
    if header_role == "code" and url and (own_role == "other"
                                          or strip_symbols(own).casefold() in _PAGE_OR_SERVICE_TEXTS
                                          or site_pictograph(own)
                                          or _names_a_page(own)) \
            and ids.canonical_repo(url) is None:
        # "| Code | on request at [Site](https://sites.google.com/…) |", "| Code | [Web Server](http://…/) |": a page
        # or a hosted service off any forge, no code; so is a link the cell's own text calls some page ("🔧 [lab/X
        # (resources page)](klab.…/X.html)", "[Lab website](…)"), whatever the column's word
        return own
    if header_role == "code" and url and own_role is None and ids.canonical_repo(url) is None \
            and (ids.forge_site(url) and (ids.written_address(own) or not own.strip()) or _file_share(url)):
        # "| Code | [https://medhalt.github.io/](https://medhalt.github.io/) |", "| Code | [link to drive](https://
        # drive.google.com/drive/folders/…) |": where a row's work has no repository, its Code cell gives the
        # project's web page or a shared folder instead; neither is a repository of code, and the address, not the
        # column, says what it is (a site, the data). A link whose own text says code keeps the column's word, and
        # a site named by its software ("| Code | [STATA](https://ivselect.github.io/) |") stays the tool's code; a
        # link drawn as an icon alone, no words ("| Repositories | [<img github.png>](https://lab.github.io/x.html) |"),
        # says no more than its address does: the project's site
        return own
    if header_role == "code" and own_role in _NOT_OWN_CODE_ROLES:
        # "| Code | [dataset](paperswithcode…/dataset/…) |", "[data](github…) [code](github…)", "[code-related](github…)":
        # the link's own text says what it is, a dataset or someone else's related code, on a forge or off it (a
        # repository holding the data is still no code of the row's work); the column only names what most cells hold
        return own
    if header_role == "code" and beside_repo and own_role is None and url and ids.canonical_repo(url) is None \
            and url_role(url) == "dataset":
        # "| Code | [Link1](https://github.com/…) [Link2](https://doi.org/10.5281/zenodo.…) |": the repository is the
        # row's code; the deposit beside it, a release archived on Zenodo or Code Ocean, keeps the address's role
        return own
    if header_role == "code" and url and own_role is None and _header_names_weights_too(header) \
            and _one_model_hub_page(url):
        # "| Weights / Code | [HuggingFace: BioMedLM](huggingface.co/stanford-crfm/BioMedLM) |", "| … | [NVIDIA NGC](
        # catalog.ngc…/models/…) |": the column holds either the row's repository or its released weights; one
        # model's page on a model hub is the weights (an organisation's page, "huggingface.co/terra-lab", a lab's
        # GitLab, stay the row's code, as they were)
        return _WEIGHTS_LABEL
    if header_role == "code" and url and own_role is None and url_role(url) == "paper":
        # "| Title | … | Code | … |" / "| … | https://ieeexplore.ieee.org/document/10462762 | …": a Code cell that,
        # the work having no code, gives the paper's own page instead (a scholarly host's article, an identifier's
        # record) under no label of its own: the address says what it is, the paper, never its code
        return own
    return header


#: the label a link gets when its column says it holds weights as well as code and the link is off any code forge
_WEIGHTS_LABEL = "weights"


_NGC_MODEL_PAGE = re.compile(r"(?i)^https?://catalog\.ngc\.nvidia\.com/orgs/[^?#]*/models/[^/?#]+")


def _one_model_hub_page(url: str) -> bool:
    """One model's own page on a model hub: ``huggingface.co/owner/name`` (not a data set's, not a Space, not an
    organisation's page) or NVIDIA NGC's catalog entry of one model (``catalog.ngc.nvidia.com/orgs/…/models/x``)."""
    repo = ids.huggingface_repo(url)
    if repo is not None:
        return repo.count("/") == 2
    return _NGC_MODEL_PAGE.match(url) is not None


def _header_names_weights_too(header: str) -> bool:
    """A code column's header that also names released weights (``Weights / Code``, ``Code & Checkpoints``). Why:
    such a column gives each row either its repository or, where no code was released, its weights on a model hub
    (Hugging Face, NVIDIA NGC); the hub page is no code of the row's work, as a plain ``Code`` column's would be."""
    from medkg.classify import WEIGHTS_LABELS

    return any(w in WEIGHTS_LABELS for w in _HEADER_WORD_SEP.split(header.strip().casefold()))


def dataset_row_link_label(headers: list[str], header: str, label: str, url: str) -> str:
    """A link's label in a row of a table of datasets that gives each dataset's paper a column of its own
    (``| Dataset | Paper | Link |``): a repository under a column that names no role (``Link``, ``URL``) is the
    dataset's home, where the data is had, not the code of the paper the row cites
    (``| CholecT50 | [Paper](arxiv…) | [Link](github.com/…) |``): the first column's header, naming datasets, says
    what each row is, and the paper, having its column, is not what the neutral one links. Without a Paper column
    (``| Dataset | Platform | Link |``) the repository may be the only thing the row's work has, and stays its code;
    a column that names a role (``Code``), or a link whose own text does, keeps that label."""
    from medkg.classify import label_role

    if not headers or not _datasets_with_paper_column(tuple(headers)) or label_role(header) is not None \
            or label_role(label) is not None:
        return label
    return "Dataset" if ids.canonical_repo(url) is not None else label


#: a column header naming the data a model learned from: "Pretraining Data", "Training corpus", "Pre-training
#: datasets", "Fine-tuning data"
_LEARNED_DATA_HEADER = re.compile(r"(?i)^\W*(?:pre-?\s?training|training|fine-?\s?tuning)\s+(?:data(?:sets?)?|corpus"
                                  r"|corpora)\W*$")


def names_learned_data(header: str) -> bool:
    """A column header that names the data a model learned from (``| Model Name | Model | Pretraining Data | … |``):
    an article linked there (``[MIMIC-III](nature.com/articles/sdata201635)``) is the data's descriptor paper, a
    work of its own named by the link's text, never the row's model paper nor one more identifier of it."""
    return bool(header) and _LEARNED_DATA_HEADER.match(header) is not None


def dataset_paper_leads(headers: list[str], title_col: int, labels_before: list[str]) -> bool:
    """``| [Cholec80](camma…) | … | [Twinanda et al. 2016](arxiv…) |`` under ``| Dataset | … | Paper |``: a table
    of datasets whose Paper column cites each dataset's paper, the row's name cell linking only the dataset's own page.
    The row cites that paper, as a row naming its dataset without a link does (``| CholecT50 | [Paper](arxiv…) |
    [Link](…) |``), and is the paper's entry: the paper's link leads, the dataset's page stays its data link. A row
    with no paper (``N/A``) has no link in the title cell, and stays the dataset's (``paper_cell_leads`` for a
    model's code before its Key Paper)."""
    from medkg.classify import label_role

    return bool(labels_before) and 0 < title_col < len(headers) and label_role(headers[title_col]) == "paper" \
        and _datasets_with_paper_column(tuple(headers)) \
        and all(label_role(label) == "dataset" for label in labels_before)


@lru_cache(maxsize=256)
def _datasets_with_paper_column(headers: tuple[str, ...]) -> bool:
    """The table's first column names datasets and another column names papers (read once per table, not once per
    link: a table of 20,000 columns asked every header for every link)."""
    from medkg.classify import label_role

    return label_role(headers[0]) == "dataset" and any(label_role(h) == "paper" for h in headers[1:])


def _header_names_paper_too(header: str) -> bool:
    """A Code column's header that also names the paper ("Paper & Code", "Paper/Code", "Code + Paper"): the
    column holds both links, so the header names no single role of its links."""
    from medkg.classify import label_role

    return any(label_role(w) == "paper" for w in _HEADER_WORD_SEP.split(header) if w)


#: what separates the role words of a header that names several ("Paper & Code", "Paper/Code", "Code + Paper")
_HEADER_WORD_SEP = re.compile(r"[\s/+&,|]+")


#: column headers that say only "related" (related links), naming no one's code: ``label_role`` reads "Related" as
#: related code, as it should a link's own text, but a column so headed holds the row's own links too
_GENERIC_RELATED_HEADERS = frozenset(("related", "related links", "related resources"))

#: roles a link's own text can name that a Code column's header must not override
_NOT_OWN_CODE_ROLES = frozenset(("dataset", "related_code"))


#: a link's text that is a year alone, in full or abbreviated: "2022", "'22", "(2022)"
_YEAR_TEXT = re.compile(r"^\s*[(\[]?(?:(?:19|20)\d{2}|['\u2019]\d{2})[)\]]?\s*$")
#: a column header that names when the work appeared: "Year", "Pub. Date", "年份"
_YEAR_HEADER = re.compile(r"(?i)year|date|年")


def _row_headers(headers: list[str], cells: list[_Inline], title_col: int) -> list[str]:
    """The header of each cell of a row that has fewer cells than its table's header.

    ``| 2024 | **M3D**: … | arXiv | 3D-ViT |  120K pairs | [✓](github…) | [✓](huggingface…) | 3D MLLM |`` under
    ``Year | Title | Journal | Model | Resolution | Scale | Code | Weights | Key Feature``: a cell left out in
    the middle, GFM reads the cells from the left and puts the repository under ``Scale`` and the weights
    under ``Code``. The left-out cell lies where reading the cells after it from the right puts more of the
    row's links under a column whose role their URL shares (a repository under ``Code``), then more of them
    under any column that names a role; when no place does better, the left reading stands (a row whose last
    cells were left off, or whose links name their own role). A link written as a year agrees with a Year
    column only (``_YEAR_TEXT``)."""
    from medkg.classify import label_role, url_role

    n, d = len(cells), len(headers) - len(cells)
    left = headers[:n]
    if d <= 0 or not any(cell.links for j, cell in enumerate(cells) if j != title_col):
        return left

    def score(j: int, header: str) -> tuple[int, int]:
        agree = named = 0
        for link in cells[j].links:
            if _YEAR_TEXT.match(link.text):
                # "| [Title](…) | SIGIR | ['22](sigir.org/…/accepted/) | - |" under "Title | Venue | Year | Code |
                # Review": a link written as a year (the edition's programme) fits a Year column, not a role's
                # column; read under "Code" it would make the venue's page the row's code
                fits = _YEAR_HEADER.search(header) is not None
                agree, named = agree + fits, named + fits
                continue
            role = label_role(_cell_link_label(header, link.text, link.url))
            by_url = url_role(link.url)
            # (a column whose role the URL contradicts names nothing for it: "| |[Team.zip](physionet…)|" read from
            # the right went under "Journal Paper", a data archive made the row's paper)
            named += role is not None and (by_url in ("other", role) or role == "other")
            agree += role is not None and role == by_url
        return agree, named

    # each cell scored once read from the left and once from the right: the score of a place k is a sum of
    # the two (linear in the row, where trying each place in turn was quadratic on a long ragged row)
    linked = [j for j, cell in enumerate(cells) if j != title_col and cell.links]
    from_left = {j: score(j, headers[j]) for j in linked}
    from_right = {j: score(j, headers[j + d]) for j in linked}
    total = [sum(v[i] for v in from_left.values()) for i in (0, 1)]
    best_k, best_score = n, tuple(total)
    for k in range(n - 1, title_col, -1):  # the cells from k on read from the right: the nearest place first
        if k in from_left:
            total = [total[i] - from_left[k][i] + from_right[k][i] for i in (0, 1)]
        if tuple(total) > best_score:
            best_k, best_score = k, tuple(total)
    return headers[:best_k] + headers[best_k + d:]


#: the most words of a field's label in a card table's first column ("Head of Research Group:", "E-Mail:")
_MAX_FIELD_LABEL_WORDS = 4
#: the fewest rows that make a table of labelled fields a card (one row is any table's lone item)
_MIN_CARD_ROWS = 3


def field_card_rows(rows: list[list[_Inline]]) -> bool:
    """``| Head of Research Group:<br> | Prof. Dr.-Ing. Waldo Nogueira |`` / ``| Address: | DHZ … Hannover |`` /
    ``| Phone: | +49 … |``: a two-column table whose every row opens with a short label closed by a colon is a
    card of fields (a group's contact card closing its page), each row one field's value, not an item of the list.
    Why: read as items, a name with its titles ("Prof. Dr.-Ing.") and an address made papers. Three rows at least,
    every first cell a label of a few words and a colon and nothing else (a link in it makes it no label)."""
    if len(rows) < _MIN_CARD_ROWS:
        return False
    for cells in rows:
        if len(cells) != 2 or cells[0].links:
            return False
        label = cells[0].plain.strip()
        if not label.endswith((":", "：")) or not 1 <= len(label.split()) <= _MAX_FIELD_LABEL_WORDS:
            return False
    return True


#: the fields of one work's card, each by the words of its label in the card's first column, in the languages the
#: lists write ("| 이름 | **Title** |" / "| 저자 | … |" / "| 링크 | [[논문]](…), [[코드]](…) |"); a label names its field
#: when a word of it (Latin script) or a part of it (other scripts) is one of these
_CARD_FIELD_WORDS: dict[str, tuple[str, ...]] = {
    "Title": ("title", "titel", "titre", "título", "titolo", "название", "제목", "이름", "标题", "题目", "名称",
              "タイトル", "論文名", "논문명"),
    "Authors": ("author", "authors", "autor", "autores", "auteur", "auteurs", "autoren", "авторы", "저자", "作者",
                "著者"),
    "Year": ("year", "date", "año", "ano", "fecha", "data", "année", "jahr", "datum", "год", "년도", "연도", "年份", "年",
             "発表年"),
    "Venue": ("venue", "conference", "journal", "conferencia", "revista", "conférence", "konferenz", "журнал", "학회",
              "학술지", "저널", "会议", "期刊", "学会", "会議"),
    "Link": ("link", "links", "paper", "code", "arxiv", "doi", "pmid", "pmcid", "url", "pdf", "enlace", "lien", "ссылка",
             "링크", "논문",
             "코드", "链接", "论文", "代码", "リンク", "論文", "コード"),
    # a reading note's own rows on the work ("| 키워드 | … |", "| 데이터셋 | LiTS |", "| 관련연구 | |", "| 참고 | |", "| メモ |
    # … |"): no field the card's reading names, but labels of the card all the same, so a note template of eight
    # rows with a title, its authors and a link is still one work's card
    "Note": ("keyword", "keywords", "topic", "topics", "tags", "summary", "notes", "note", "dataset", "datasets",
             "키워드", "토픽", "요약", "참고", "관련연구", "데이터셋", "キーワード", "要約", "概要", "メモ", "データセット"),
}
#: the fewest field rows of a work's card: a title, its authors and a link at least
_MIN_WORK_CARD_FIELDS = 3


#: ``_CARD_FIELD_WORDS`` as (field, word, whether the word is of a spaced script) in the same order: the script of
#: each vocabulary word is settled once, not at every label read (a list item's labelled lines are many)
_CARD_FIELD_TESTS = tuple((field, w, all(ord(ch) < 0x1100 for ch in w))
                          for field, vocab in _CARD_FIELD_WORDS.items() for w in vocab)


@lru_cache(maxsize=4096)
def card_field(label: str) -> str | None:
    """The field of a work's card a field label names (a key of ``_CARD_FIELD_WORDS``), or None: "논문 제목" the
    title, "DOI/URL" a link, "학술지/학회" the venue, "作者" the authors, "年份" the year, "会议" the venue; for a
    card table's first column as for the labelled lines under a list item. A label of more than three words names
    none (a sentence, a title)."""
    text = label.strip().strip("*_:：").strip().lower()
    words = re.findall(r"\w+", text)
    if not words or len(words) > 3:
        return None
    for field, w, spaced in _CARD_FIELD_TESTS:
        # a word of a spaced script (Latin, Cyrillic) whole, one of Hangul, kana or ideographs as a part
        if (w in words) if spaced else (w in text):
            return field
    return None


def work_card_table(head: list[_Inline], rows: list[list[_Inline]]) -> tuple[list[str], list[_Inline]] | None:
    """``|이름| **Designing an Encoder …**|`` / ``|---|---|`` / ``|저자| Omer Tov, … |`` / ``|학회| SIGGRAPH 2021 |`` /
    ``|링크| [[논문]](arxiv…), [[코드]](github…) |``: a two-column table whose first column labels the fields of one
    work (its title, authors, year, venue, links) is that work's card, written down the page; read across, its
    title made no entry and its author and link rows two. Returned turned on its side, one header per field and
    one row of their values, the title first and named "Title" ("Authors", "Year", "Venue" likewise) so the rows'
    reading names the columns; None when it is no card. The header row is a field when its label names one
    (``|이름| … |``), else a key and value header (``| 항목 | 내용 |``) and no field. A card names a title, its
    authors and a link to the work, every label is short and unlinked, and two of three labels name a field."""
    fields = ([head] if len(head) == 2 and not head[0].links and card_field(head[0].plain) else []) + rows
    if len(fields) < _MIN_WORK_CARD_FIELDS or any(len(cells) != 2 or cells[0].links for cells in fields):
        return None
    kinds = [card_field(cells[0].plain) for cells in fields]
    if not {"Title", "Authors", "Link"} <= set(kinds) or 3 * sum(k is not None for k in kinds) < 2 * len(kinds):
        return None
    if kinds.count("Title") != 1:
        return None  # two titles: a table of works, not one work's card
    order = [kinds.index("Title")] + [i for i, k in enumerate(kinds) if k != "Title"]
    # "| **Code:** | [github](…) |": the label without its bold and colon labels the link as a column header would
    headers = [kinds[i] if kinds[i] in ("Title", "Authors", "Year", "Venue")
               else fields[i][0].plain.strip().strip("*_:：") for i in order]
    return headers, [fields[i][1] for i in order]


def _title_column(headers: list[str], rows: list[list[_Inline]]) -> int:
    """The column that holds each row's title, from its header, checked against what the cells hold.

    ``Model Name | Paper Title``: the title, not the first name-like column. ``Method | Venue |
    Reference``: the reference, which cites the work. A name column (``Method``, ``Model``) gives way
    to a column of long linked texts (the papers' titles) when its own cells are short names.
    """
    by_column: list[list[_Inline]] | None = None

    def column(j: int) -> list[_Inline]:
        # all columns in one pass over the cells: a scan of every row per column was quadratic on a
        # ragged HTML table (one row of 10,000 cells over 10,000 rows of one cell)
        nonlocal by_column
        if by_column is None:
            by_column = _columns(rows)
        return by_column[j] if j < len(by_column) else []

    lowered = [h.lower() for h in headers]
    for j, hl in enumerate(lowered):
        if any(w in hl for w in _TITLE_WORDS):
            return j
    for j, hl in enumerate(lowered):
        words = _header_words(hl)
        if any(w in hl for w in _CITE_WORDS) or _CITATION_HEADER in words \
                or (len(words) == 1 and words[0] in _STUDY_HEADERS):
            return j  # a cell that only names its link (a venue, "arXiv") gives way to the row's name (_name_cell)
    for j, hl in enumerate(lowered):
        if _names_rows(hl):
            if not _reads_like_titles(column(j)):
                linked = _linked_title_column(rows, exclude=j)
                if linked is None and _code_span_names(column(j)):
                    linked = _linked_name_column(by_column or [], before=len(by_column or []), exclude=j)
                if linked is not None:
                    return linked
            return j
    # no header names it: the first column of mostly long texts. Measured stripped, and a date is no
    # title: a reading group's schedule (``Date | Presenter | Paper``) pads its dates with tabs
    # ("8/11/2020\t\t\t") and would otherwise title every session by the day it met
    from medkg.classify import names_a_date

    ncols = max((len(r) for r in rows), default=0)
    # "| Technique | Authors | Year | Link |" / "| RLHF | Ouyang et al. | 2022 | https://arxiv.org/abs/… |": a column
    # whose header names people holds bylines, long as they are ("Ouyang et al."), never the row's title
    people = _people_columns(headers)
    for j in range(ncols):
        if j in people:
            continue
        texts = column(j)
        long_texts = sum(1 for c in texts
                         if _is_meaningful(c.plain) and len(c.plain.strip()) > 12 and not names_a_date(c.plain))
        if long_texts >= max(1, len(texts) // 2):
            if j and j < len(lowered) and _describes_rows(lowered[j]):
                # "| Toolkit | Description | code |" / "| **SVRTK** | Modular C++ toolkit for classic SVR | … |": a
                # column headed "Description" says what each row's thing is, it never names it; a column before it
                # that names every row does
                named = next((k for k in range(j) if k not in people
                              and all(_is_meaningful(c.plain) and not names_a_date(c.plain) for c in column(k))),
                             None)
                if named is not None:
                    return named
            linked = _linked_name_column(by_column or [], before=j)
            # "| [MIRAGE](arxiv…) | 2023 | arXiv | Medical QA | … |" under "Benchmark | Year | Venue | Tasks | …":
            # a column of one- or two-word values ("Trustworthiness", "Conversational") is long enough but reads
            # as no title; a column to its left that links each row by its name names the row's work
            return linked if linked is not None and not _reads_like_titles(texts) else j
    return 0


#: whole headers of a column that describes each row's thing ("| Toolkit | Description | code |")
_DESCRIPTION_HEADERS = frozenset(("description", "descriptions", "short description", "summary", "描述", "简介", "说明"))


def _describes_rows(header: str) -> bool:
    """A lower-cased header of a column of descriptions (``_DESCRIPTION_HEADERS``), the whole header."""
    return " ".join(_header_words(header)) in _DESCRIPTION_HEADERS or header.strip() in _DESCRIPTION_HEADERS


def _code_span_names(cells: list[_Inline]) -> bool:
    """``| `brain_gnn_net` | [BrainGNN](sciencedirect…) |`` under "Name | Source": most cells of a name column are one
    inline code span and nothing else, the name of a module, class or file in the list's own code base that
    implements each row's work, never the work's name; the column that links each row's work by its name titles
    the row (read as the title, `bnt` hid "Brain Network Transformer")."""
    def code_only(c: _Inline) -> bool:
        return bool(c.code) and len(c.code) == 1 and not c.links \
            and not _is_meaningful(c.plain[:c.code[0][0]] + c.plain[c.code[0][1]:])
    return bool(cells) and sum(1 for c in cells if code_only(c)) * 2 > len(cells)


def _linked_name_column(columns: list[list[_Inline]], before: int, exclude: int = -1) -> int | None:
    """The first column left of ``before`` (other than ``exclude``) whose cells are mostly one named link and nothing
    else (``| [MIRAGE](…) |``: not a bare URL, an image or a label such as "[paper]")."""
    from medkg.classify import is_link_label

    def linked_name(c: _Inline) -> bool:
        links = [link for link in c.links if not link.image]
        if len(links) != 1 or links[0].bare:
            return False
        text = _clean_title(links[0].text)
        return _is_meaningful(text) and not is_link_label(text) \
            and not _is_meaningful(c.plain[:links[0].start] + c.plain[links[0].end:])

    for j, cells in enumerate(columns[:before]):
        if j != exclude and cells and sum(1 for c in cells if linked_name(c)) * 2 > len(cells):
            return j
    return None


def _columns(rows: list[list[_Inline]]) -> list[list[_Inline]]:
    """The cells of each column, top to bottom (ragged rows: a column holds the rows that reach it)."""
    cols: list[list[_Inline]] = [[] for _ in range(max((len(r) for r in rows), default=0))]
    for r in rows:
        for j, cell in enumerate(r):
            cols[j].append(cell)
    return cols


def _linked_title_column(rows: list[list[_Inline]], exclude: int) -> int | None:
    """A column whose cells are mostly one link with a title-like text (four words or more)."""
    for j, cells in enumerate(_columns(rows)):
        if j == exclude:
            continue
        linked = sum(1 for c in cells if c.links and len(c.links[0].text.split()) >= 4)
        if cells and linked * 2 > len(cells):
            return j
    return None


#: a column header that holds each row's paper ("Paper", "Publication"), not a reference list nor a title
_PAPER_COLUMN = re.compile(r"(?i)^\W*(?:papers?|publications?)\W*$")


def venue_labelled_paper(headers: list[str], title_col: int, tcell: _Inline) -> bool:
    """``| [VarLens](home page) | Protein LM | [Nature Genetics 2023](doi) | [GitHub](…) |`` under "Tool | Type |
    Paper | Code": a tool's row whose Paper cell links its article by a venue and year only is that article's
    record, named by the tool (``_name_cell``), its repository the article's code; as a row named in plain text
    already is. Only when the link gives the article's identifier, and not in a table of data sets (a data set's
    row citing its paper stays the data set's)."""
    if title_col >= len(headers) or not _PAPER_COLUMN.match(headers[title_col]) or len(tcell.links) != 1 \
            or not any(ids.ids_from_url(tcell.links[0].url)):
        return False
    from medkg.classify import label_role

    return not any(label_role(h) == "dataset" for h in headers)
