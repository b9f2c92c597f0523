"""Free-text bibliographic references → :class:`Citation` (title, authors, venue, year…).

Awesome lists cite papers the way their curators copied them: Nature style
(``Leung, M.K.K. & Frey, B.J. Title. Proc. IEEE 104, 176–197 (2016).``), Vancouver
(``Wainberg M, Frey BJ. Title. Nat Biotechnol. 2018;36(9):829-838.``), ACS with ``;``
between authors, MLA with a quoted title, GB/T 7714 trailers (``Zhou J, Troyanskaya O G.
Nature methods, 2015, 12(10): 931-934.``) and full-name author lists. No single grammar
covers them, so the parser is a small token scanner rather than one big pattern:

1. *prepare*: collapse whitespace, drop URLs / DOIs / arXiv ids (their digits must never
   become a year or a volume), and build a same-length "shadow" string with curly quotes,
   unicode dashes and CJK punctuation folded to ASCII; decisions are made on the shadow,
   text is cut from the original so names stay as written (``O’Flanagan``, ``Avsec, Ž.``).
2. *authors*: read comma/semicolon/``&``/``and`` separated chunks while they look like
   names; a surname chunk followed by an initials chunk is one author (``Leung, M.K.K.``).
   The block ends at ``et al.``, at a name that ends with a full stop and is followed by
   more text (``Frey BJ. Deep learning…``), at a quote, or at the first chunk that is not a
   name (``…, S. Yoon, Deep learning in bioinformatics.``).
3. *title*: the quoted string, else up to the first sentence end.
4. *source*: the venue is the words before the first number; year, volume, issue and pages
   come from the numeric tail with bounded patterns.

Every pattern has bounded quantifiers and only a bounded head of the input is examined, so
the cost is linear in the input however hostile it is.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from medkg import ids

logger = logging.getLogger(__name__)

__all__ = ["Citation", "parse_citation", "parse_trailer"]


@dataclass(frozen=True, slots=True)
class Citation:
    """What a free-text reference says about a paper. Fields are ``None`` when absent."""

    title: str | None
    authors: tuple[str, ...] = ()  # as written: "Leung, M.K.K.", "Wainberg M", "Jie Zhou"
    et_al: bool = False  # the author list is truncated ("et al.", "…", "等")
    venue: str | None = None
    year: int | None = None
    volume: str | None = None
    issue: str | None = None
    pages: str | None = None
    confidence: float = 0.0  # 0–1; >= 0.5 means "a bibliographic reference to a paper"


#: Only this many characters of the input are examined: real references are far shorter,
#: and the bound keeps hostile input (a 20 MB line) cheap.
MAX_CHARS = 4000
#: Author lists longer than this are truncated and flagged ``et_al``.
MAX_AUTHORS = 300
#: ``parse_citation`` returns None below this confidence: clearly not a reference.
MIN_CONFIDENCE = 0.2

# Same-length folding (one character → one character) so offsets in the shadow string are
# offsets in the original.
_FOLD = str.maketrans(
    {
        **dict.fromkeys("“”„‟«»″〝〞＂", '"'),
        **dict.fromkeys("‘’‚‛′`´", "'"),
        **dict.fromkeys("‐‑‒–—―−﹣－", "-"),
        **dict.fromkeys("，、", ","),
        "；": ";",
        "：": ":",
        "。": ".",
        "．": ".",
        "（": "(",
        "）": ")",
        "［": "[",
        "］": "]",
        "【": "[",
        "】": "]",
        "＆": "&",
    }
)

_PARTICLES = frozenset("""van von der den de del della di da dos das du le la ter ten bin al el y e
    ul ur ud abu ibn bint binti""".split())
#: one of those particles as a pattern, in either case ("Van Noorden", "de Backer"), longest first
SURNAME_PARTICLE = "(?i:" + "|".join(sorted(_PARTICLES, key=len, reverse=True)) + ")"
# Capitalised words that start titles/headings but are never part of a person's name.
_NOT_NAME = frozenset(
    """a an the of for in on with and or to from by via using towards toward is are all at as
    into what how why when we our new deep learning neural network networks machine model models
    data tutorial review survey analysis based artificial intelligence""".split()
)
# Words that mark a venue (journal, proceedings, preprint server); generic scholarly vocabulary (classify reads a
# bracketed venue label by them too).
VENUE_WORDS = frozenset(
    """journal journals proceedings proceeding conference conf symposium workshop transactions
    letters reviews annals bulletin science sciences research nature cell lancet jama bmj
    genetics genomics genome medicine medical clinical bioinformatics biology biotechnology
    methods communications reports physics chemistry radiology imaging informatics computing
    computer vision processing systems arxiv biorxiv medrxiv preprint ieee acm springer elsevier
    international annual frontiers plos bmc scientific advances neurips nips icml iclr cvpr iccv
    eccv miccai aaai ijcai acl emnlp naacl kdd thesis dissertation
    elife gigascience neuroimage jmir npj pnas nejm opinion""".split()
)
#: NLM journal abbreviations' words ("Nat Med", "J Am Med Inform Assoc", "J Biomed Inform"): capitalised like a
#: name but never a person's, so a trailer "J Am Med Inform Assoc, 2017." is the venue, not an author
_JOURNAL_ABBREVIATIONS = frozenset("med inform assoc biomed clin sci res".split())
_ABBREVIATIONS = frozenset("vs e.g i.e cf etc fig no st dr mr al".split())
_MONTHS = frozenset("jan feb mar apr may jun jul aug sep oct nov dec".split())
_VENUE_STOP_WORDS = frozenset("vol volume issue pp pages doi".split())
#: hosts whose URL closing a reference is the work's own record, not a web page cited in its place (a web URL
#: lowers a reference's confidence): identifier servers, and the open paper servers an ACL-style reference
#: ends with when it names no venue ("… 2020. COVID-QA: A Question Answering Dataset for COVID-19.
#: https://openreview.net/forum?id=…", "… https://aclanthology.org/2020.bionlp-1.15")
_SCHOLARLY_HOSTS = ("doi.org", "arxiv", "biorxiv", "medrxiv", "ncbi.nlm.nih.gov", "pubmed", "europepmc",
                    "openreview.net/forum", "openreview.net/pdf", "aclanthology.org", "aclweb.org/anthology")

#: Reference styles localised to other languages join the last two names with the language's "and" (biblatex's
#: German, French and Spanish strings: "Mark F. Bear, Barry W. Connors und Michael A. Paradiso.", "… et …",
#: "… y …") and shorten a long list with German "u. a." ("und andere", et al.): "Filippo Amato u.a. *"Title"*".
#: (a joiner only before a name: "Kelvin Xu et at, ICML" is a slip for "et al", and "Ana Pastore y Piontti" one
#: Spanish surname; "y" parts two names written given-first, "Juan Pérez y María López", or follows an initial,
#: "García, M. y López, A."; so does Portuguese and Italian "e" after an initial, "Becker, A. e Fischer, T.", "Rossi,
#: M., Bianchi, L. e Romano, G."; and "y", "e", "et" before the next name's initial, "J. Weber y L. García (2019):")
#: Zotero's IEEE style in the Catalan, Italian/Portuguese, Dutch and Scandinavian locales writes the serial comma
#: then the locale's "and" ("W. Xie, Y. Li, i M. Kumar, "Title"", "…, e M. Rossi, …", "…, en J. de Vries"): a
#: one- or two-letter word that joins only when a capital (the next name's initial or given name) follows it.
_LOCAL_AND_BEFORE_NAME = r"(?:i|e|en|og|och)(?= [A-ZÀ-Þ])"
_LOCAL_AND = rf"und|et(?! ?al\b)|y|{_LOCAL_AND_BEFORE_NAME}"
_LOCAL_AND_SEPARATOR = (r"und|et(?= [A-ZÀ-Þ][a-zß-ÿ])|y(?= [A-ZÀ-Þ][\w'’-]* [A-ZÀ-Þ])|(?<=\. )y"
                        r"|(?<=\. )e(?= [A-ZÀ-Þ])|(?:y|e|et)(?= [A-ZÀ-Þ]\.)")
_LOCAL_ET_AL = r"u\. ?a\.(?=[\s,;*\"]|$)"
_SEPARATOR = re.compile(r'[,;&…"]| and | et\.? ?al\b|\bet all\b|\.\.\.| 等'  # ("et all": a frequent slip)
                        rf"| (?:{_LOCAL_AND_SEPARATOR}) | {_LOCAL_ET_AL}")
#: ("Ben J. Callahan and Colleagues: Title", "Comeau AM and co-workers: Title": a byline closed by its lead author's team,
#: as "et al." closes it)
_AND_COLLEAGUES = r"and (?:[Cc]olleagues|[Cc]o-?workers)\b"
_CONNECTOR = re.compile(rf"(et\.? ?al\b\.?|\bet all\b\.?|等|{_LOCAL_ET_AL}|{_AND_COLLEAGUES})"
                        rf"|(and\b|&|…|\.\.\.|(?:{_LOCAL_AND})\b)")
_TOKEN = re.compile(r"\S{1,200}")
_YEAR = re.compile(r"(?<![\w./-])(?:19|20)\d\d(?![\w-])(?!\.\d)")
_PAGES = r"[A-Za-z]{0,2}\d{1,7}(?: ?- ?[A-Za-z]{0,2}\d{1,7})?"
_VOL_ISSUE_PAGES = re.compile(r"(?<![\w.-])(\d{1,5})(?: ?\(([^()]{1,12})\))? ?[:,] ?(?:pp?\. ?)?(" + _PAGES + ")")
_VOL_ISSUE = re.compile(r"(?<![\w.-])(\d{1,5}) ?\(([^()]{1,12})\)")
_VOL_YEAR = re.compile(r"(?<![\w.-])(\d{1,5})(?:\.(\d{1,4}))? ?\((?:19|20)\d\d\)(?: ?: ?(" + _PAGES + "))?")
#: (ABNT and Spanish styles key a volume "v. 15" and an issue "n. 7", "nº 7", "núm. 7")
_KEY_VOLUME = re.compile(r"\bvol(?:ume)?\.? ?(\w{1,10})|\bv\. ?(\d{1,6})\b", re.I)
_KEY_ISSUE = re.compile(r"\b(?:issue|no\.) ?(\w{1,10})|\b(?:n\.º?|nº|n°|núm\.) ?(\d{1,5})\b", re.I)
_KEY_PAGES = re.compile(r"(?:\bpages?|\bpp\.?|\bp\.) ?(" + _PAGES + ")", re.I)
_PAGE_RANGE = re.compile(r"[,:;] ?([A-Za-z]{0,2}\d{1,7} ?- ?[A-Za-z]{0,2}\d{1,7})")
_YEAR_PAGES = re.compile(r"\((?:19|20)\d\d\) ([A-Za-z]{0,2}\d{1,7} ?- ?[A-Za-z]{0,2}\d{1,7})")
_GLUED_VOLUME = re.compile(r"([^\W\d_]{3,})(\d{1,4}\.\d{1,4})")
#: "(2016). Title", "(2015) Title"; and "(2024+). Title": a homepage's mark of a work still to appear, the year it
#: is expected in and a plus for "or later" (an accepted or submitted manuscript), as much the work's year
_LEADING_YEAR = re.compile(r"\(((?:19|20)\d\d)[a-z]?\+?\)[.,:]? ?")
_APA_DATE = re.compile(r"\(((?:19|20)\d\d[a-z]?),\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?"
                       r"(?:\s+\d{1,2}(?:\s*[-\u2013]\s*\d{1,2})?)?\)")
#: "… Deane. 2022. "Title."": a year closing the author list, then a quoted title (on the shadow string)
#: British-locale exports quote the title in single quotes ('Surname, Given. 2008. ‘Title’. Science …'): the
#: shadow folds ‘’ to "'", so the opening quote is either mark
_AUTHOR_DATE_QUOTE = re.compile(r"(?:^|[.,] )((?:19|20)\d\d)[a-z]?\. ([\"'])")
#: the single quote that closes such a title: before punctuation, a space or the end, never an apostrophe
#: inside a word ("Alzheimer’s Risk")
_CLOSING_SINGLE_QUOTE = re.compile(r"(?<=\S)'(?=[.,;:!?)]|\s|$)")
#: a month's name, whole or cut short ("January", "Jan.", "Sept"); case-sensitive, or under (?i)
MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?"
         r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
#: a short note dating a work by month and year, perhaps naming its venue after a comma: "Jul 2023, MICCAI",
#: "Feb. 2021", "March 2019; Nature Methods" (``month_year_venue``)
_MONTH_YEAR_VENUE = re.compile(r"(?i:" + MONTH + r")\s+(?P<year>(?:19|20)\d\d)"
                               r"(?:\s*[,;]\s*(?P<venue>[A-Za-z][\w&.'+-]*(?: [\w&.'+-]+){0,5}))?")


def month_year_venue(text: str) -> tuple[int, str | None] | None:
    """``Jul 2023, MICCAI`` → (2023, "MICCAI"); ``Feb. 2021`` → (2021, None); None for anything else.

    Why: a line that opens with a month's name dates the work (a byline never does so), and the words after
    its comma are where the work appeared; read as a byline, the date became an author."""
    m = _MONTH_YEAR_VENUE.fullmatch(text.strip())
    return None if m is None else (int(m.group("year")), m.group("venue"))


#: "… and Chandan K. Reddy. 2019. A Hierarchical …": a year closing the author list, then an unquoted title;
#: Google Scholar's Harvard form dates a conference paper by its month too: "Ioffe, S. and Szegedy, C., 2015, June.
#: Batch normalization: …. In *ICML* (pp. 448-456)."; a title may open on a name written lower-case first, its
#: capital inside the word ("…, 2020. nnU-Net: a self-configuring method …", "scGPT: …", "mRNA …"); a report's
#: or a thesis's byline may date it by month and year, the month first ("Dupont, M., Leroy, A., July 2020. Title.");
#: the month is a month's own name or its cut ("Sept.", "June"), never a surname that opens like one: "Fitch, W. M.,
#: and E. Markowitz. 1970. Title", "… and J. Novembre. 2019." close their bylines on a name, not on "Mar…" or "Nov…";
#: a classic's byline dates it in the nineteenth century ("Darwin, C. R. 1859. Origin of species …"), the
#: evolution and genetics reading lists' founding works
_AUTHOR_DATE_PLAIN = re.compile(r"(?:^|[.,] )(?P<month>" + MONTH + r" )?((?:1[89]|20)\d\d)[a-z]?"
                                r"(?:, " + MONTH + r")?\. "
                                r"(?=[A-Z0-9“‘'(\[]|[a-z]{1,6}[A-Z])")
_ORDINAL = re.compile(r"\d{1,4}(?:st|nd|rd|th)[,.]?")
#: a short author-date byline of two surnames and no "et al.": "Brennan and Ruiz 2021. ", "Okafor & Lindqvist, 2018. ",
#: "Brennan and Ruiz (2021). ": two capitalised surnames (a hyphen or an apostrophe inside: "O'Brien", "Van-Dijk")
#: joined by "and" or "&", the year closed by a stop, then the title's capital; matched at the reference's start only
#: (so it is linear, and a closing mention, "Reviewed in Ferreira et al. 2023.", opens nothing)
_TWO_SURNAMES_YEAR = re.compile(r"([A-Z](?:[a-z]|['’][A-Z])[\w'’-]*) (?:and|&) ([A-Z](?:[a-z]|['’][A-Z])[\w'’-]*),?"
                                r" (\()?((?:1[89]|20)\d\d)[a-z]?(?(3)\))\. (?=[A-Z0-9“‘'(\[])")
#: the reference number a copied bibliography entry starts with: "[12] ", "12. ", "(12) ", "12) "; a bracketed
#: number is closed by its bracket, so the space after it may be missing ("[2]J. Liu et al., …"); a list that
#: writes its references in the look of Markdown link definitions puts a colon after it ("[1]: Corral-Acero,
#: Jorge, et al. "Title." Journal (2020). [link](…)": not a definition, its destination would be the first author),
#: and a site editor's bibliography a full stop ("[1]. Lin Y, Wang Z, Chen H. Title. Venue 2022", escaped "\\[1]. …");
#: a README that cites its authors' papers one paragraph each numbers them with a hyphen ("1- Bahrami, Mahsa, and
#: …"), which Markdown leaves as text (no list marker): a space must follow it ("3-D …" is a word). A survey's
#: companion list keys each reference by its taxonomy cell, names the method in brackets, then gives the survey's
#: own reference number: "[A1] (3D-StyleGAN) [72]\tSungmin Hong, …. 2021. Title. …" — the key, the method's short
#: name (never a bare year: "(2019)" dates the work) and the number together are the reference's number
_SURVEY_KEY = r"\[[A-Z]{1,3}\d{1,3}\]\s*(?:\((?!(?:19|20)\d\d\))[^()\[\]\n]{1,40}\)\s*)?(?:\[\d{1,3}\]\s*)?"
#: a review's reference database keys each reference by its section's label and number, upper-case letters glued
#: to the number and closed by a full stop ("S1. Author …" for a supplement, "REVIEW3. ", "TECH1. "): the label is no
#: author's name either
_LABELLED_NUMBER = r"[A-Z]{1,8}\d{1,3}\.\s+"
#: a reference manager's citation key that opens each reference of a wiki's bibliography, glued from the first
#: author's surname, "EtAl" or "And" and the second one's, and the year ("Faircloth2008 Faircloth BC. *Title.* …",
#: "CockAndWhitworth2007a …", "DeHoonEtAl2003 De Hoon, MJL, …"): the key names the reference, it is no author's name
_REFERENCE_MANAGER_KEY = r"[A-Z][a-z]+(?:[A-Z][a-z]+){0,6}(?:1[89]|2[0-9])[0-9]{2}[a-z]?\s+"
#: Google Scholar's BibTeX key (the first author's surname, the year, the title's first word) and a colon before
#: the byline, as a bib-to-Markdown script writes each entry ("liu2023sam: Liu, Xuanyu. "Title." …"): the key names
#: the reference, it is no author's name
_BIBTEX_KEY_COLON = r"[a-z][a-z'-]{0,40}(?:19|20)[0-9]{2}[a-z]{0,40}:\s+"
REFERENCE_NUMBER = re.compile(r"\s*(?:\[\d{1,3}\][:.]?\s*|(?:\(\d{1,3}\)|\d{1,3}[.)-])\s+|" + _SURVEY_KEY
                              + r"|" + _LABELLED_NUMBER + r"|" + _REFERENCE_MANAGER_KEY + r"|" + _BIBTEX_KEY_COLON
                              + r")(?=[^\W\d_])")


# ----------------------------------------------------------------------------- public API


#: a Vancouver source line on its own: "Nat Genet. 2012 Mar;44(3):226-32.", "Bioinformatics. 2016;32(4):611-3.",
#: "Acta Cryst. 1952;5:109-116" — journal, year, then volume, issue and pages
_SOURCE_LINE = re.compile(r"(?P<venue>[A-Z][A-Za-z&().' -]{0,60}[A-Za-z)])\.?\s+(?P<year>(?:1[89]|20)\d\d)"
                          r"(?:\s+[A-Z][a-z]{2}(?:\s+\d{1,2})?)?(?:\s*;\s*\d+[A-Za-z]?(?:\s*\([\w -]+\))?)?"
                          r"(?:\s*:\s*[A-Za-z]?\d+(?:-[A-Za-z]?\d+)?)\.?")


#: one Vancouver author: "Smith TF", "WATSON JD", "Martí-Renom MA", "van der Maaten L", "Chan H-P" (a Chinese or
#: French given name's initials keep their hyphen: "Charpignon M-L")
_VANCOUVER_NAME = re.compile(r"(?:[a-z]+ )*[^\W\d_][\w'’-]+(?: [^\W\d_][\w'’-]+)? "
                             r"(?:[A-Z]{1,4}(?:-[A-Z]{1,2})?|[A-Z](?: [A-Z]){0,3}(?: [a-z])?)")


#: a web citation's access note, the day the writer read the page: "[Accessed 06 April 2023]", "(accessed 3 May
#: 2023)", "Accessed: 2023-04-06", "Retrieved March 5, 2021", "[cited 2023 Apr 6]" (Vancouver's "[Internet]" form)
_ACCESS_NOTE = re.compile(rf"(?i)\b(?:accessed|retrieved|last\s+(?:accessed|visited)|cited)(?:\s+on)?\s*:?\s*"
                          rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH}|{MONTH}\s+\d{{1,2}}\b"
                          rf"|(?:19|20)\d\d[-/.]\d{{1,2}}|(?:19|20)\d\d\s+{MONTH})")


def access_dated(text: str) -> bool:
    """The reference says when its page was accessed ("Neale Lab, UK Biobank GWAS [Accessed 06 April 2023].
    https://…"): the style guides' form for citing a web page, which an article's reference has no need of."""
    return _ACCESS_NOTE.search(text) is not None


#: a clipped page's access note closing the text before its link: ", accessed April 17, 2026", ", accessed on
#: February 11", ", accessed 3 May 2025." (the year may already be cut off as the line's date)
_ACCESS_TAIL = re.compile(rf"(?i),\s{{1,3}}accessed(?:\s{{1,3}}on)?\s{{1,3}}"
                          rf"(?:\d{{1,2}}\s{{1,3}}{MONTH}|{MONTH}\s{{1,3}}\d{{1,2}})(?:,?\s{{1,3}}(?:19|20)\d\d)?\.?$")
#: the site a clipped page's title names after its own ("… - PMC - NIH", "… | Brain | Oxford Academic", "… -
#: bioRxiv"): a separator, then up to five words each capitalised or camel-cased ("bioRxiv", "eLife") or a joining
#: word ("Journal of Neuroscience", "Neurobiology of Language")
_SITE_SEGMENT = re.compile(r"\s[-|–—]\s((?:[A-Z0-9]|[a-z]+[A-Z])[\w&.'’-]*(?:\s(?:(?:of|and|the|for|in|de|&)\s)?"
                           r"(?:[A-Z0-9]|[a-z]+[A-Z])[\w&.'’-]*){0,4})$")


#: the lead a document host sets before the title of a page that serves a PDF ("(PDF) Taxonomic and Thematic …")
_PDF_PAGE_LEAD = re.compile(r"\((?:PDF|pdf)\)\s{1,3}(?=\S)")


def without_access_tail(title: str) -> str | None:
    """``Taxonomic and Thematic Semantic Systems - PMC - NIH, accessed April 17`` → ``Taxonomic and Thematic Semantic
    Systems``: a works-cited list clipped from the web (an AI research report's "Works cited", exported through a
    word processor) writes each page's own title, the site's name after a dash or a pipe, then the day the page was
    read (and a document host's "(PDF)" before the title); neither belongs to the work's title. None when the text
    ends with no access note."""
    tail = _ACCESS_TAIL.search(title) if "ccessed" in title else None
    if tail is None:
        return None
    head = _PDF_PAGE_LEAD.sub("", title[: tail.start()].rstrip(), count=1)
    for _ in range(3):  # "… | Brain | Oxford Academic", "… - Madame Curie Bioscience Database - NCBI"
        site = _SITE_SEGMENT.search(head) if len(head) > 3 else None
        if site is None or len(head[: site.start()].split()) < 2:
            break
        head = head[: site.start()].rstrip()
    return head


#: APA's bracketed description of a cited program or model, after its title: "[Computer software]", "[Computer
#: program]", "[Mobile app]", "[Large language model]", "[Source code]"; its words parted by any one space, a no-break
#: space too (text pasted from a web page)
_SOFTWARE_DESCRIPTION = re.compile(r"(?i)\[(?:(?:computer|mobile|web|desktop)\s)?(?:software|program|app|application"
                                   r"|source\scode|(?:large\s)?language\smodel|chatbot)\]")
#: a one-word name with a capital inside it after a small letter, as products and companies write theirs
#: ("ChatGPT", "OpenAI", "PyTorch", "MathWorks"); a person's surname reads so only after "Mc" or "Mac" ("McDonald",
#: "MacKenzie"), which are no product's
_INNER_CAPITAL_NAME = re.compile(r"(?!Ma?c[A-Z])[A-Z][A-Za-z0-9]{0,30}[a-z][A-Z][A-Za-z0-9]{0,30}")


def software_reference(text: str, authors: tuple[str, ...], venue: str | None) -> bool:
    """A reference that cites a program or an AI model, not a work: APA's form for software, its title followed by
    a bracketed description ("OpenAI. (2023). *ChatGPT* (Mar 14 version) [Large language model]."), or a product
    named as the author and its maker as the publisher ("ChatGPT. (2024). Assistance with programming. OpenAI.":
    one byline word written as products write their names, with a capital inside it, and a publisher that is no
    venue of papers). A group author ("WHO. (2020). Global report. Geneva."), a company's paper in a journal
    ("DeepMind. (2023). Title. *Nature*, 12, 3.") and any reference whose source names a venue stay works (the
    caller also keeps any reference with an identifier)."""
    if _SOFTWARE_DESCRIPTION.search(text) is not None:
        return True
    return len(authors) == 1 and _INNER_CAPITAL_NAME.fullmatch(authors[0].strip(" .")) is not None \
        and bool(venue) and len(venue) <= 60 and not any(ch.isdigit() for ch in venue) \
        and not any(names_venue(w) or w.casefold() in VENUE_WORDS
                    for w in "".join(ch if ch.isalnum() else " " for ch in venue).split())


def source_line(text: str) -> tuple[str, int] | None:
    """"Nat Genet. 2012 Mar;44(3):226-32." → ("Nat Genet", 2012): a reference's journal line alone, which
    course lists write first ("- Nat Genet. 2012 …" / "Title." / "Authors." / "[PMID: …](…)"); never a title."""
    m = _SOURCE_LINE.fullmatch(text.strip()) if len(text) <= 120 else None
    return (m.group("venue").strip(), int(m.group("year"))) if m else None


def vancouver_authors(text: str) -> tuple[str, ...]:
    """"Smith TF, Waterman MS." → ("Smith TF", "Waterman MS"); () unless every name is written that way."""
    names = [n.strip().rstrip("#†‡*") for n in text.strip().rstrip(".").split(",")]  # "Moreau L#": a lab's mark
    return tuple(names) if names and all(len(n) <= 60 and _VANCOUVER_NAME.fullmatch(n) for n in names) else ()


def east_asian_authors(text: str) -> tuple[str, ...]:
    """"김철수, 이영희" → ("김철수", "이영희"), "山田太郎, 鈴木花子", "张三，李四": a byline whose every name is written in
    ideographs (two to six) or in Hangul (a Korean name, ``_hangul_name``), as a Chinese, Japanese or Korean journal's
    Vancouver reference writes it; () unless every name is so written."""
    names = [n.strip() for n in _EAST_ASIAN_NAME_SEP.split(text.strip().rstrip("."))]
    return tuple(names) if all(n and _token_class(n) == "K" for n in names) else ()


#: what separates the names of an East Asian byline: a comma (Latin or full-width) or an ideographic comma
_EAST_ASIAN_NAME_SEP = re.compile("[,，、]")


#: a mark after an author's name ("Moreau L#", "Chen W†", "Li X‡*"): co-first or corresponding author
_AUTHOR_MARK = re.compile(r"(?<=\w)(?:(?:[ \t]?[†‡]|#)[#†‡]*\*?|\*)(?=[.,;\s]|$)")


#: the marks a byline sets after a corresponding, co-first or equal author's name (``_AUTHOR_MARK``)
AUTHOR_MARK_CHARS = "#†‡*"


#: the same marks written as TeX math after a name ("Jian Wu$$^*$$,", "Jintai Chen$^+$,", "Li Yi$^\\dagger$."):
#: only a mark sign between the dollars, never a digit or a letter ("Mg$^{2+}$-dependent", "R$^2$ score" are a
#: title's), and a byline's comma, stop or space after it
_TEX_AUTHOR_MARK = re.compile(r"(?<=[^\W\d_])\$\$?\^\{?(?:\\?[*+#†‡]|\\(?:dagger|ddagger|ast|star))\}?\$\$?(?=[.,;\s]|$)")


def without_author_marks(text: str) -> str:
    """``text`` without the marks a byline sets after names (``_AUTHOR_MARK``: "Zhengzhong Tu†.", "Jintai Chen*,";
    ``_TEX_AUTHOR_MARK``: "Jian Wu$$^*$$,", as a page rendered with MathJax writes them)."""
    if "$^" in text:
        text = _TEX_AUTHOR_MARK.sub("", text)
    return _AUTHOR_MARK.sub("", text) if any(c in text for c in AUTHOR_MARK_CHARS) else text


#: an affiliation in brackets after an author's name, as arXiv's listings print bylines ("Loïc Baron (NPA, CNRS),
#: Radomir Klacza (UPMC, NPA)"): a capitalised name word, then a bracketed group of words with no digit (no year, no
#: volume), then the byline's comma, stop, "and" or its end
_AFFILIATION = re.compile(r"(?<=[^\W\d_])[ \t]+\((?P<place>[^()\d\n]{2,80})\)(?=[ \t]*(?:[,;.]|and\b|&|$))")


def without_affiliations(byline: str) -> str:
    """``Loïc Baron (NPA, CNRS), Radomir Klacza (UPMC, NPA) .`` → ``Loïc Baron, Radomir Klacza .``: a byline
    without the affiliations in brackets after its names (``_AFFILIATION``).

    Why: bylines copied from arXiv's listings name each author's institution in brackets; read with them, the names
    were no author list (the brackets broke every name), and the line's byline became its linked work's title. A
    bracketed acronym of the words before it ("Sparse Coding (SC)") glosses a term, no institution: it stays, and
    the words stay no names."""
    if "(" not in byline:
        return byline

    def drop(m: re.Match) -> str:
        place = m.group("place").strip()
        words = byline[:m.start()].split()[-len(place):]
        initials = "".join(w[0] for w in words if w[:1].isupper())
        return m.group(0) if place.isupper() and place.isalpha() and initials.endswith(place) else ""

    return _AFFILIATION.sub(drop, byline)


#: a reader's mark before a reference it rates ("⭐ kemp b, … 2000.", "★ Smith J, …"): no part of the byline
_READER_MARK = re.compile(r"[⭐🌟★](?:\ufe0f)?[ \t]+")
#: one lowercase Vancouver name: a surname ("clarke-pearson", after at most two particles, "de la cruz"), then 1–3
#: initials; "et al" is none (it closes the byline)
_LOWER_NAME = (r"(?!et al\b)(?:(?:" + "|".join(sorted(_PARTICLES, key=len, reverse=True)) + r") ){0,2}"
               r"[a-zà-ÿ][a-zà-ÿ'’-]+ [a-z]{1,3}")
#: a byline of such names, comma-separated, perhaps closed by "et al", then the stop before the title
_LOWER_BYLINE = re.compile(rf"({_LOWER_NAME})((?:, {_LOWER_NAME}){{0,59}})(, et al)?\. (?=\S)")
#: the tail that vouches for a whole lowercase reference: Vancouver's "2000;27:255-258" / "1997;20(12)", an
#: arXiv id, or a venue's year closing the line ("neurips 2020.", "chapman and hall/crc; 1993.")
_LOWER_TAIL = re.compile(r"(?:19|20)\d\d;\d{1,5}|arxiv:\d{4}\.\d{4,5}")
_LOWER_CLOSING_YEAR = re.compile(r"[ ;,.](?:19|20)\d\d\.?\s*(?:doi:?\s*\S+\s*)?$")


def _recased_name(name: str) -> str:
    """"clarke-pearson dl" → "Clarke-Pearson DL", "van der berg j" → "van der Berg J": surname words capitalised
    (each hyphened part; particles kept low), initials upper-cased."""
    *words, initials = name.split(" ")
    cased = [w if w in _PARTICLES and i < len(words) - 1 else "-".join(p[:1].upper() + p[1:] for p in w.split("-"))
             for i, w in enumerate(words)]
    return " ".join(cased + [initials.upper()])


def recased_lowercase_byline(text: str) -> str:
    """``text`` with its all-lowercase Vancouver byline capitalised as it would be typed ("penzel t, moody gb,
    mark rg. the apnea-ecg database. comput cardiol. 2000;27:255-258." → "Penzel T, Moody GB, Mark RG. the …"),
    and without a reader's mark rating it ("⭐ "); else ``text`` itself. Why: a reader's bibliography typed all in
    lower case writes the same reference, yet lowercase names do not read as names, and the byline was taken for
    the title. Only a whole reference is recased: the line is all lower case, its byline "surname initials, …" of
    two names at least (one, when a Vancouver "year;volume" or an arXiv id vouches for it) closed by ". ", its
    title closed by ". " in turn, and a year or volume after that, so lowercase prose ("see a, then b. it works in
    2020.") stays prose."""
    if len(text) > MAX_CHARS or not (text[:1].islower() or text[:1] in "⭐🌟★"):
        return text
    mark = _READER_MARK.match(text)
    body = text[mark.end():] if mark else text
    if any(c.isupper() for c in body) or (m := _LOWER_BYLINE.match(body)) is None:
        return body
    venue = body.find(". ", m.end())  # the title's stop: a venue follows it ("… representations. neurips 2020.")
    tail = _LOWER_TAIL.search(body, venue) if venue > 0 else None
    if venue < 0 or not (tail or _LOWER_CLOSING_YEAR.search(body, venue)) \
            or not m.group(2) and not tail and not m.group(3):
        return body
    return ", ".join(_recased_name(n) for n in body[: m.end(2)].split(", ")) + body[m.end(2):]


#: an APA byline's initial a reference manager lower-cased ("Pizzagalli, D. a.", "Obeso, J. a,"): a lone small letter
#: after a dotted capital initial, closed by its stop or the names' comma
_LOWERED_INITIAL = re.compile(r"(?<=[A-Z]\. )[a-z](?=,|\.(?:[,\s]|$))")
#: the APA year closing the byline: "(2013)", "(2013a)"
_APA_BYLINE_YEAR = re.compile(r"\((?:19|20)\d\d[a-z]?\)")


def recased_lowered_initials(text: str) -> str:
    """``text`` with the lower-cased initials of its APA byline upper-cased: "Huys, Q. J., Pizzagalli, D. a,
    Bogdan, R., & Dayan, P. (2013). Mapping anhedonia …" → "…, Pizzagalli, D. A, …". Why: Mendeley's and
    Papers' exports sentence-case a name's second initial ("D. A." → "D. a."), and a lowercase letter reads as
    no initial, so the byline ended at it and "a" became the title. Only the byline is touched: the letters
    before the APA year that closes it ("(2013)"), each right after a capital initial."""
    if (year := _APA_BYLINE_YEAR.search(text, 0, 1500)) is None or "." not in text[: year.start()]:
        return text
    head = text[: year.start()]
    recased = _LOWERED_INITIAL.sub(lambda m: m.group().upper(), head)
    return text if recased == head else recased + text[year.start() :]


#: a GB/T 7714 byline's initial Google Scholar lower-cased: the second half of a hyphenated given name ("Yen-wei Chen"
#: → "Chen Y w"), a lone small letter after an undotted capital initial, closed by the names' comma or the byline's stop
_GBT_LOWERED_INITIAL = re.compile(r"(?<=[^\W\d_]{2} [A-Z] )[a-z](?=, |\. )")


def recased_gbt_initials(text: str) -> str:
    """``text`` with the lower-cased initials of its GB/T byline upper-cased: "Niu Z, Ouyang S, Chen Y w, Lin L.
    Mckd: …" → "…, Chen Y W, Lin L. Mckd: …". Why: a lowercase letter reads as no initial, so the byline ended
    before it and "Chen Y w, Lin L" became the title. Only the byline is touched: the text before its first full
    stop, each letter right after a spaced capital initial."""
    head, stop, _ = text[:1500].partition(". ")
    if not stop or ", " not in head:
        return text
    recased = _GBT_LOWERED_INITIAL.sub(lambda m: m.group().upper(), head + stop)
    return recased + text[len(recased):] if recased != head + stop else text


#: the editors' mark closing the byline of an edited book ("James A. Anderson und Edward Rosenfeld (Hrsg.).
#: *Title*", "Arbib, M. A. (Ed.). Title", French "(dir.)", Spanish "(coord.)"/"(comp.)", Portuguese "(org.)"):
#: it says the names edited the work, so it belongs to no name and no title
_EDITOR_MARK = re.compile(r" ?\((?:[Hh]rsg|[Hh]gg?|[EeÉé]ds?|dir|coords?|comps?|orgs?)\.?\)(?=[.,:;\s]|$)")


#: the close of a title in single quotes, a comma after it: "’," ("‘" and "’" fold to "'" in the shadow)
_SINGLE_QUOTE_CLOSE = re.compile(r"'(?=,)")


def _single_quote_close(d: str, s: str, rest: int) -> int:
    """Where a title in single quotes that opens at ``rest`` closes, or -1: Zotero's IEEE style in the British
    and Australian locales quotes the title so ("A. Giangiacomo and A. L. Coleman, ‘The Epidemiology of
    Glaucoma’, in Glaucoma, …", "…, ‘Primary open-angle glaucoma in blacks: a review’, Surv. Ophthalmol.,
    vol. 48, …"). The close is the first quote a comma follows: an apostrophe inside the title is followed by
    a letter ("Harvard’s") or a space ("patients’ outcomes"), not by a comma."""
    if rest >= len(s) or d[rest] not in "‘'":
        return -1
    m = _SINGLE_QUOTE_CLOSE.search(s, rest + 1, rest + 600)
    if m is None or m.start() < rest + 4 or _scare_quoted(d[rest + 1 : m.start()]):
        return -1
    return m.start()


#: "Cell 2013, \"", "Nat Rev Cancer 2017, \"": a short venue and a year, then the quoted title
_VENUE_YEAR_QUOTE = re.compile(r'([A-Za-z*_][^"\d.;:]{0,60}?)[\s,]+((?:19|20)\d{2})\s*[,.:]?\s*"')


def _nested_quote_close(s: str, start: int) -> int:
    """Where a double-quoted title opened just before ``start`` closes, past a quotation inside it: Chicago's
    ``Imai, Kosuke, and Zhichao Jiang. "Discussion of "The Blessings of Multiple Causes" by Wang and Blei."``
    quotes the discussed work's title with the same straight quotes. A quote with a space before it and a letter
    or digit after it opens the inner quotation (a title's own close follows its last word or stop); the next
    quote closes that, and the one after it the title. -1 when no quote follows ``start`` or none follows the
    inner quotation; the first quote when the inner quotation does not close (the plain reading)."""
    close = s.find('"', start)
    while close > start and s[close - 1].isspace() and close + 1 < len(s) and s[close + 1].isalnum():
        inner = s.find('"', close + 2)
        if inner < 0 or s[inner - 1].isspace():
            break
        # (no quote after the inner quotation: the title's own close went with the line's trimmed end)
        close = s.find('"', inner + 1)
    return close


def _closing_quote(s: str, start: int) -> int:
    """Where the quoted title opened before ``start`` closes: its quote, or the end of a text whose closing
    quote an earlier clean-up took away (a title ends the line)."""
    close = s.find('"', start)
    return close if close >= 0 else len(s.rstrip())


def _corporate_author(head: str) -> bool:
    """"The ENCODE Project Consortium. ", "Roadmap Epigenomics Consortium. ": a group named as the author, a few
    capitalised words (a sentence that happens to end in a year has lower-case words)."""
    words = head.strip(" .").split()
    return 2 < len(words) <= 6 and all(w[:1].isupper() or w[:1].isdigit() for w in words)


#: the lower-case words an organisation's name joins its capitalised words with ("Centers for Disease Control and
#: Prevention", "Task Force of ESC and NASPE", "Institut für Medizinische Informatik")
_ORGANISATION_JOINS = frozenset({"of", "the", "and", "for", "on", "in", "&", "de", "du", "des", "la", "le", "für",
                                 "und", "y", "et"})
#: the words by which a body's name says it is one ("Civil Service Commission", "Department of Justice", "World Health
#: Organization"): a name of several capitalised words holding none may be a person's
_ORGANISATION_WORDS = frozenset("""commission department ministry agency institute institutes association council
    committee consortium organization organisation society office bureau board administration foundation centre center
    centers centres authority network service services federation alliance collaboration group team force project
    academy college university union""".split())
#: the spaced dashes an organisation's name may pair a unit and its parent body with ("Shroff Lab - NIH", "Imaging
#: Core – EMBL")
_ORGANISATION_DASHES = frozenset({"-", "–", "—"})
#: an APA reference's date written as a sentence of its own right after the byline: ". (1996). ", ". (2020a). ", or
#: with no stop before it, " (2020). "
_APA_YEAR_SENTENCE = re.compile(r"\.? \(((?:1[89]|20)\d\d)[a-z]?\)\. (?=[A-Z0-9“‘'\"(\[])")


def apa_organisation_lead(s: str) -> tuple[str, int, int] | None:
    """``(organisation, year, title start)`` of an APA reference signed by an organisation whose name joins its
    capitalised words with lower-case ones: "Centers for Disease Control and Prevention. (2021). Title. …" (or
    "… and Prevention (2021). Title. …"), "National Institute for Health and Care Excellence. (2019). Title. …",
    "Task Force of ESC and NASPE. (1996). Title. …". A person's byline has commas and initials, so the name scanner reads it; an organisation's name has
    neither, and read as one it became the title (the reference then lost its work, or was glued to the line before
    it as prose). The name must open the text, start capitalised, hold no comma, colon or digit, and its
    lower-case words must be joining words (``_ORGANISATION_JOINS``): a sentence ("Our lab meeting notes from
    2021.") has others. The title after the date must start with a letter, a digit, a quote or a bracket ("The
    American Heart Association. (2022). — see their website": a remark, no title)."""
    m = _APA_YEAR_SENTENCE.search(s, 0, 240)
    if m is None:
        return None
    name = s[: m.start()]
    if "," in name:
        # "Equal Employment Opportunity Commission, & Civil Service Commission, Department of Labor & Department of
        # Justice (1978). Title. …": several bodies sign the reference, each named as one is (capitalised words and
        # joining ones), one at least by a word that says it is a body (``_ORGANISATION_WORDS``); a person's byline
        # ("Ana Ruiz, Li Wei (2020).") names none
        pieces = [p.strip().removeprefix("& ").removeprefix("and ").strip() for p in name.split(",")]
        if not 2 <= len(pieces) <= 6 \
                or not all(p and apa_organisation_lead(f"{p} ({m.group(1)}). X") is not None for p in pieces) \
                or not any(w.strip(".").casefold() in _ORGANISATION_WORDS for p in pieces for w in p.split()):
            return None
        return name, int(m.group(1)), m.end()
    words = name.split()
    if not 2 <= len(words) <= 16 or any(c in name for c in ",;:") or any(c.isdigit() for c in name):
        return None
    capitalised = 0
    for at, word in enumerate(words):
        if word in _ORGANISATION_JOINS:
            continue
        if word in _ORGANISATION_DASHES and 0 < at < len(words) - 1 and words[at - 1] not in _ORGANISATION_DASHES:
            # "Shroff Lab - NIH (2019). Title.": a spaced dash pairs a unit with the body it belongs to, one dash
            # between two names, as a comma would (a comma's name is read above as several bodies)
            continue
        if not word[:1].isupper():
            return None
        capitalised += 1
    if capitalised < 2 or not words[0][:1].isupper():
        return None
    return name, int(m.group(1)), m.end()


#: Chicago author-date's first author, inverted ("Olsen, Tobias H., …"): a surname (a particle or a second word
#: allowed), a comma, then the given names and initials up to the next comma or the end
_CHICAGO_FIRST = re.compile(r"((?:(?:van|von|de|der|den|da|di|du|le|la|dos|del) )?[^\W\d_][\w'’-]+"
                            r"(?: [^\W\d_][\w'’-]+)?), ([A-Z][\w'’-]*\.?(?: [A-Z][\w'’-]*\.?){0,2})(?:, |$)")


#: the word joining the last name of a Chicago byline: "and", or the localised one of a Zotero export set to
#: another language ("Kansal, Mayank, Chad Kessler, et Lee Frazin.", French; "und", German; "y", Spanish)
_LAST_NAME_JOIN = re.compile(rf"^(?:and|{_LOCAL_AND}) ")


def chicago_byline(head: str) -> tuple[tuple[str, ...], bool]:
    """The authors of a Chicago author-date reference (Zotero's export) before its year, ``(names, et_al)``:
    the first inverted (kept so), the others given name first, the last after "and" ("Olsen, Tobias H., Fergus
    Boyles, and Charlotte M. Deane.", "Jain, Tushar, …, Beth Sharkey, et al."); or a one- or two-word author alone,
    an unsigned work's "Anonymous." or a group's short name. ``_scan_authors`` reads "Surname, Given" pairs as two
    names and fails on the mixed order; without the byline an entry with an empty container (Zotero's "In ." for
    a conference paper it lacks the proceedings of) would read as no reference. ``((), False)`` when the head is
    no such byline."""
    head = head.strip()
    words = head.rstrip(".").split()
    if 1 <= len(words) <= 2 and "," not in head and all(w[:1].isupper() and w.isalpha() for w in words):
        return (" ".join(words),), False
    if (short := _ET_AL_END.search(head)) is not None and short.start() > 0:
        # "Forrest et al. 2014. ‘Title’. Nature …": a short byline, the first author's surname and "et al."
        first = head[:short.start()].split()
        if 1 <= len(first) <= 2 and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in first):
            return (" ".join(first),), True
    m = _CHICAGO_FIRST.match(head)
    if m is None:
        return (), False
    given = m.group(2)
    if given.endswith(".") and len(given.split()[-1]) > 2:  # "Olsen, Tobias." : the sentence's stop
        given = given[:-1]
    if not personal_name(f"{given} {m.group(1)}"):
        return (), False
    first = f"{m.group(1)}, {given}"  # as written, surname first (the reference opens with it)
    rest = " " + head[m.end():].strip()  # (a space before a lone "et al." for ``_ET_AL_END``)
    closing = _ET_AL_END.search(rest)
    et_al = closing is not None
    rest = _LAST_NAME_JOIN.sub("", (rest[:closing.start()] if closing else rest).strip(), count=1)
    others = _given_name_list(rest) if rest else ()
    if rest and not others and (group := _closing_group(rest)) is not None:
        # "…, Antoine Vieillard-Baron, et Group of Investigators of SAMU 92": a group signs last
        others = (*_given_name_list(group[0]), group[1]) if not group[0] or _given_name_list(group[0]) else ()
    if rest and not others:
        return (), False
    return (first, *others), et_al


#: a word that makes a byline's last name a group's ("Group of Investigators of SAMU 92", "GTEx Consortium")
_GROUP_WORDS = frozenset({"group", "investigators", "consortium", "consortia", "collaboration", "collaborators",
                          "network", "committee", "team"})


def _closing_group(rest: str) -> tuple[str, str] | None:
    """The byline's names before a group that signs last, and the group (``(names, group)``); None when the last
    name is no group's (one of ``_GROUP_WORDS``, ten words at most)."""
    head, _, last = rest.rpartition(", ")
    last = _LAST_NAME_JOIN.sub("", last.strip(), count=1)
    words = last.split()
    return (head, last) if len(words) <= 10 and any(w.casefold() in _GROUP_WORDS for w in words) else None


def _inverted_byline_sentence(d: str, s: str) -> tuple[tuple[str, ...], bool, int] | None:
    """The first sentence as a Chicago bibliography's byline (``chicago_byline``: the first author inverted, the
    others given name first, two names at least) → (names, et al., where the title starts); None otherwise. The
    sentence ends at the first full stop that closes no initial ("Nathalie S. Goddet" runs on)."""
    stop = s.find(". ")
    while 0 < stop < _MAX_BYLINE_CHARS and len(s[s.rfind(" ", 0, stop) + 1 : stop]) <= 1:
        stop = s.find(". ", stop + 1)
    if not 0 < stop < _MAX_BYLINE_CHARS:
        return None
    names, et_al = chicago_byline(d[:stop])
    return (names, et_al, stop + 1) if len(names) >= 2 else None


#: how far into a reference its byline may run (a long author list, not a paragraph of prose)
_MAX_BYLINE_CHARS = 400


#: a scanned author that ends with a given name's initial, its surname left out ("Darryl J", "Ronald S.")
_INITIAL_CLOSES = re.compile(r"(?:^|\s)[A-Z]\.?$")


def _chicago_surname_after(d: str, s: str, at: int) -> tuple[tuple[str, ...], bool, int] | None:
    """``Shorter, Meghan, and Darryl J. Macias. Portable Handheld Ultrasound …`` (Chicago notes-bibliography, no
    year after the byline): the scanner stops at the last author's middle initial ("Darryl J"), so the surname
    after it would open the title. When one or two name words then close the sentence and the text up to that stop
    is a Chicago byline (``chicago_byline``) whose last name ends with them, the byline runs to that stop →
    (authors, et al., where the title starts); else None."""
    stop = s.find(". ", at, at + 40)
    if stop < 0:
        return None
    tail = d[at:stop].strip(" .").split()
    if not 1 <= len(tail) <= 2 or not all(_is_name_word(w) for w in tail):
        return None
    names, et_al = chicago_byline(d[:stop])
    if len(names) < 2 or not names[-1].endswith(" ".join(tail)):
        return None
    return names, et_al, stop + 1


def _mla_byline_quoted(s: str, scanned: tuple[tuple[str, ...], bool, int]) -> bool:
    """An MLA byline (``Choi, Shing Wan, Timothy Shin-Heng Mak, and Paul F. O'Reilly.``) closed by its quoted title:
    the first author inverted ("Surname, Given"), the others given-first with no comma or stop of their own, and a
    double quote opening the title right after the byline's stop. The quote is what tells such a byline from a
    labelled run of capitalised terms ("Note: Apples, Pears and Oranges"), which a label alone would not."""
    authors, _, end = scanned
    if len(authors) < 2 or "," not in authors[0]:
        return False
    while end < len(s) and s[end] in " .,":
        end += 1
    return s.startswith('"', end) and s[end - 2 : end].strip() in (".", ",")


def _oup_cite_byline(s: str, scanned: tuple[tuple[str, ...], bool, int]) -> bool:
    """Oxford Academic's "Cite" text (``Shing Wan Choi, Paul F O'Reilly, PRSice-2: …, GigaScience, Volume 8, Issue 7,
    July 2019, giz082``): given-first names closed by a comma, the title, then the journal with its volume and issue
    written out (``VOLUME_ISSUE_SOURCE``). The written-out volume is what tells the byline from a labelled run of
    capitalised terms."""
    authors, _, end = scanned
    if len(authors) < 2 or not s[:end].rstrip().endswith(","):
        return False
    return VOLUME_ISSUE_SOURCE.search(s, end) is not None


def _author_date_close(s: str, m: re.Match) -> int:
    """Where the title a Chicago author-date reference opened at ``m`` closes (on the shadow string); -1 if never."""
    if m.group(2) == '"':
        return s.find('"', m.end())
    close = _CLOSING_SINGLE_QUOTE.search(s, m.end())
    return close.start() if close else -1


#: what every year the reference parser reads is built from (its year patterns are ``(?:19|20)\d\d``, and a
#: byline's closing year may be a classic's nineteenth-century one: see ``_AUTHOR_DATE_PLAIN``)
_ANY_YEAR = re.compile(r"(?:1[89]|20)\d\d")


def whole_reference(text: str, min_title_words: int = 3) -> Citation | None:
    """``text`` read as a confident reference that names its authors, a year and (with ``min_title_words``) a
    title of that many words (of two when ``min_title_words`` is three and the reference gives a volume and pages):
    a pasted bibliography line, a labelled ``Paper: …`` field, a byline link
    (``[Elnaggar, Ahmed, et al. bioRxiv (2020).](…)``, ``min_title_words=0``); else None. A text with no year
    in it is none, known before the reference parser runs (two calls in three on real lists)."""
    if _ANY_YEAR.search(text) is None:
        return None
    cited = parse_citation(text)
    if cited is None or cited.confidence < 0.5 or not cited.authors or cited.year is None:
        return None
    words = len((cited.title or "").split())
    if words < min_title_words and not (words == 2 and min_title_words == 3 and cited.volume and cited.pages):
        # (a two-word title, "Tuch, D. S. (2004). Q‐ball imaging. Magn Reson Med, 52(6), 1358-1372.", only when the
        # reference closes on its locator, a volume and pages: a byline, a year and two words before a stop are
        # as often a note's opening, "Moreau, L. (2021). Lab notes. Slides shared …")
        return None
    return cited


#: punctuation that ends a sentence or a clause of prose, never found in the title an authorless GB/T 7714 reference
#: opens with ("…，例如 Title[J]. Journal, 2024": an intro's template, its clause before the code)
_PROSE_STOPS = ("。", "，", "；", "！", "？", ". ", "; ")


def authorless_typed_reference(text: str) -> Citation | None:
    """``[1]Global burden of … study 2021[J]. The Lancet Psychiatry, 2024, 11(3): 201-219.``, ``[3]World mental
    health report: …[R]. Geneva: World Health Organization, 2022.``: a GB/T 7714 reference with no byline (an
    organisation's report, a manual, an anonymous or consortium work) opens, after its number at most, straight
    with its title, glued to its document-type code (``_is_doc_type``), then ". " or "//" and the source with its
    year → that reference (title, venue, year as for a reference with authors); else None.

    Why: with no byline the reference parser's guess stays below the confidence of a reference (a report or a book
    gives no volume), and a whole reference needs authors (``whole_reference``), so the line gave no entry at all.
    The code right after the title's first clause is the mark: prose that names a code ("期刊论文标注为[J]",
    "… marked [J]") sets it apart or after a clause's stop, and a numbered note has none."""
    if "]" not in text:
        return None  # (most lines: no code at all)
    head = without_reference_number(text.lstrip())
    j = head.find("[")
    close = head.find("]", j, j + 8) if j > 0 else -1
    if close < 0 or head[j - 1].isspace() or not _is_doc_type(head[j + 1 : close]) \
            or not head.startswith((". ", "//", "."), close + 1):
        return None
    title = head[:j]
    if any(stop in title for stop in _PROSE_STOPS) or not (title[:1].isupper() or title[:1].isdigit()
                                                           or _is_cjk(title[:1])):
        return None
    if len(title.split()) < 3 and sum(map(_is_cjk, title)) < 6:
        return None
    if _ANY_YEAR.search(head, close) is None:
        return None
    cited = parse_citation(head)
    if cited is None or cited.authors or _clean_title(title) != cited.title:
        return None
    if cited.year is None:
        # "[1] 基于深度学习的…算法研究[D/OL]//河北大学. 河北大学: 63[2024-03-15].": an online source ("/OL") cited
        # before it had a year (a thesis in a repository, an online-first article) is dated by the day the writer
        # read it alone, GB/T's bracketed citation date, no publication year (``typed_reference`` reads the same
        # with a byline); the online code and that date after the title mark the reference, a source of no prose
        # between them ("Title[J/OL]// 的格式，引用日期写在方括号里[2024-05-01]。": a template described, a clause's
        # stop in it)
        read = _CITED_DATE_MARK.search(head, close) if head[j + 1 : close].upper().endswith("/OL") else None
        if read is None or any(stop in head[close:read.start()] for stop in _PROSE_STOPS[:5]):
            return None
        venue = _CITED_DATE_MARK.sub("", cited.venue).strip(" ,.:") or None if cited.venue else None
        return replace(cited, venue=venue, confidence=max(cited.confidence, 0.5))
    return replace(cited, confidence=max(cited.confidence, 0.5))


def authorless_journal_reference(text: str) -> Citation | None:
    """``Diagnostic accuracy in screening: the state of the art. Radiol Bull. 2022;78(2):12-15.``, ``Standards of
    care in diabetes—2023. Diabetes Care. 2023;46(Suppl 1):S1-S291.``: a Vancouver (AMA) reference with no byline —
    a society's guideline, an editorial, a report the journal signs — opens, after its number at most, with its
    title and closes on the whole journal locator, the journal's name, the year, the volume and the pages
    (``_SOURCE_LINE``) → that reference; else None.

    Why: with no byline the reference is no whole reference (``whole_reference`` needs authors), so a line of a
    reference database that cites a guideline gave no entry at all. The full locator ("Journal. 2022;78(2):12-15")
    closing a title of three words or more is the mark; a sentence of prose that mentions a year has none."""
    head = without_reference_number(text.strip())
    title, stop, source = head.partition(". ")
    if not stop or len(head) > 400 or _SOURCE_LINE.fullmatch(source.strip()) is None:
        return None
    if len(title.split()) < 3 or not (title[:1].isupper() or title[:1].isdigit()) \
            or any(mark in title for mark in _PROSE_STOPS):
        return None
    cited = parse_citation(head)
    if cited is None or cited.authors or cited.year is None or not cited.volume or not cited.pages \
            or _clean_title(title) != cited.title:
        return None
    return replace(cited, confidence=max(cited.confidence, 0.5))


#: the citation date GB/T 7714 glues to an online source in square brackets (the day the writer read it, not the
#: day it appeared): "计算机科学: 1-14[2026-07-11]", "北京邮电大学学报[2026-07-11]"
_CITED_DATE = re.compile(r"\s*\[(?:19|20)\d\d-\d{1,2}-\d{1,2}\]")
#: the same date alone, searched for (no leading space run to retry at each of a long run's spaces)
_CITED_DATE_MARK = re.compile(r"\[(?:19|20)\d\d-\d{1,2}-\d{1,2}\]")


def typed_reference(text: str) -> Citation | None:
    """``[26] 李四, 王五, 等. Title[J/OL]. 计算机科学: 1-14[2026-07-11]. https://link.cnki.net/…``: a GB/T 7714
    reference with a byline whose title is closed by its document-type code (``_is_doc_type``), dated or not → the
    reference (its venue without the bracketed citation date), at the confidence of one; else None.

    Why: an online-first article ("[J/OL]", "[EB/OL]") is cited before it has a volume or a year; its source holds
    only the day the writer read it, which is no publication year. Asked for a year, the reference read as no
    reference: a link-less one was folded into the reference before it, one with its CNKI address became a web
    page. The byline and the code glued to the title's last word say it is a reference as surely as a year does."""
    if "]" not in text:
        return None  # (most lines: no code at all)
    head = without_reference_number(text.strip())
    cited = parse_citation(head)
    if cited is None or not cited.authors or not cited.title:
        return None
    at = head.find(cited.title + "[")
    close = head.find("]", at + len(cited.title), at + len(cited.title) + 8) if at >= 0 else -1
    if close < 0 or not _is_doc_type(head[at + len(cited.title) + 1 : close]):
        return None
    venue = _CITED_DATE.sub("", cited.venue).strip(" ,.:") or None if cited.venue else None
    return replace(cited, venue=venue, confidence=max(cited.confidence, 0.5))


#: Markdown emphasis wrapping a pasted reference's parts ("*Title.* _Nat Methods_"), read away before the
#: reference is parsed: a marker at a word's edge, never one inside a word or a URL ("s41592_x", "2_21")
_EDGE_EMPHASIS = re.compile(r"(?<![\w/.])[*_]+(?=\S)|(?<=\S)[*_]+(?![\w/])")


def emphasis_free(text: str) -> str:
    """``text`` with the Markdown emphasis marking a reference's parts read away ("**Yan, Z. (2026).** Title.
    *PeerJ*, 14." → "Yan, Z. (2026). Title. PeerJ, 14."), its white space made single spaces."""
    return " ".join(_EDGE_EMPHASIS.sub("", text).split())


def harvard_one_word_title(text: str) -> bool:
    """``Shahrokhi, M. and Gupta, V., 2023. Propranolol. *StatPearls*. National Library of Medicine.``,
    ``DrugBank, 2024. Propranolol. *DrugBank*.``: a Harvard reference (its byline closed by ", year.") whose title
    is one word closed by its stop, then its venue. Why: ``whole_reference`` asks a byline-dated title for two
    words at least, as one word after a year is as often a venue or a sentence's start; the caller asks only
    about the text before a Harvard locator label ("Available at:"), which marks the text a reference already.
    The byline is people's names (``_scan_authors``) or a short capitalised name (a database, an agency)."""
    text = " ".join(_EDGE_EMPHASIS.sub("", text).split())
    m = _AUTHOR_DATE_PLAIN.search(text, 0, 400)
    if m is None or m.group("month") or m.start() == 0 or text[m.start()] != ",":
        return False
    head = text[: m.start()]
    word, stop, venue = text[m.end():].partition(". ")
    if not stop or not word[:1].isupper() or not word.replace("-", "").isalpha() \
            or not any(c.isalpha() for c in venue):
        return False
    names = head.split()
    if len(names) <= 3 and "." not in head and all(w[:1].isupper() for w in names):
        return True  # "DrugBank, 2024.", "World Health Organization, 2021.": an organisation as the author
    authors, _, end = _scan_authors(text, text, trailer=False)  # (the year's comma closes the last name)
    return bool(authors) and end <= m.end() and not text[end:m.start()].strip(" .,")


def reference_after_gloss(description: str) -> tuple[Citation, str] | None:
    """The whole reference a short name's description gives, and the text it starts at: the description itself
    ("[DIA-NN](…)" / "Demichev V, … DIA-NN: neural networks … Nat Methods. 2020"), or what follows a gloss of
    the program, a sentence or a "by" ("[CellTrek](github…), mapping gene expression onto spatial coordinates.
    Wei, R., He, S. et al. *Spatial charting of …* _Nat Biotechnol_ (2022). https://doi.org/…", "[MultiVI](github…)
    by Gayoso, A., Lopez, R. et al. *A Python library for …*"): a list that pastes a reference after saying what
    the tool does. After a gloss only a reference that opens with its authors (two or more, or "et al.") counts,
    its emphasis read away."""
    if (named := whole_reference(description)) is not None and authors_first_reference(description):
        return named, description
    text = " " + description.lstrip()  # (" by Gayoso, A., …" right after the name is a gloss of none)
    for sep in (". ", " by "):
        start = text.find(sep)
        for _ in range(3):  # the first few sentences: a gloss is short
            if start < 0:
                break
            tail = _EDGE_EMPHASIS.sub("", text[start + len(sep):]).strip()
            if authors_first_reference(tail) and (cited := whole_reference(tail)) is not None \
                    and (cited.et_al or len(cited.authors) >= 2):
                # (a byline of people, "Wei, R., He, S. et al.": "open-sourced by SmartFlowAI. By fine-tuning …"
                # names one organisation, then goes on describing)
                return cited, tail
            start = text.find(sep, start + len(sep))
    # ("HistoQC 是…工具，“HistoQC：…”，Janowczyk A.，…，2019": a gloss handing over to a quoted-title reference)
    return (named, description) if named is not None else quoted_reference_after_gloss(description)


def authors_first_reference(text: str) -> bool:
    """``text`` is a whole reference (``whole_reference``) that opens with its authors, perhaps after a bracketed
    tag or number (``[EMNLP2021] Qin H, Tian Y, Song Y. Title[C]//…``): a bibliography line, not prose that
    cites a work in passing ("Abstract: … BERT (Devlin et al., 2019) …") nor a title with its byline after it."""
    cited = whole_reference(text)
    # ("⭐ penzel t, …": its byline as ``cited`` read it)
    return cited is not None and _opens_with_first_author(recased_lowercase_byline(text.lstrip()), cited)


def _opens_with_first_author(head: str, cited: Citation) -> bool:
    """Whether ``head`` opens with ``cited``'s first author, after a reference number or a bracketed tag at most."""
    if (unnumbered := without_reference_number(head)) is not head:
        head = unnumbered
    elif (tag := _LEAD_TAG.match(head)) is not None:
        head = head[tag.end():]
    first = cited.authors[0].split()[0].strip(",.")
    return bool(first) and head.startswith(first)


def _without_ids(text: str, found: list[str]) -> str:
    """``text`` without the identifiers ``found`` in it (each written out once or more)."""
    for value in found:
        text = text.replace(value, " ")
    return text


def arxiv_dated_reference(text: str) -> bool:
    """``[S4] Nguyen, et al. Deep Learning to Attend to Risk in ICU. arXiv:1707.05010.``: a reference that opens
    with its authors and gives its arXiv identifier but writes no year: the identifier dates it (its first digits
    are the year and month it was posted), as a year would. Why: ``authors_first_reference`` asks for a year, and a
    literature review's link-less reference written so was read as prose and lost. Only a text with no year at all,
    read as a confident reference (authors, a title of three words or more) whose first author opens it."""
    found = ids.find_arxiv(text)
    if not found or _ANY_YEAR.search(_without_ids(text, found)) is not None:
        return False  # (the identifier's own digits, "arXiv:1911.04518", are no year)
    cited = parse_citation(text)
    if cited is None or cited.confidence < 0.5 or not cited.authors or len((cited.title or "").split()) < 3:
        return False
    return _opens_with_first_author(text.lstrip(), cited)


#: a BibTeX author field pasted after a title ("Title, Barocas, Solon and Crawford, Kate, 2017"): "Surname, Given"
#: names joined by " and " (BibTeX's own separator), then the year, closing the text. The first name is capitalised
#: (a later one may be written lower-case, "boyd, danah"); particles ("van Nuenen") and suffixes ("Daumé III") pass
_BIBTEX_WORD = r"[^\W\d_][\w'’-]*\.?"
_BIBTEX_CAP_WORD = r"(?![a-z])[^\W\d_][\w'’-]*\.?"
_BIBTEX_PARTICLES = r"(?:(?:van|von|de|der|den|da|di|du|le|la|dos|del) )*"
_BIBTEX_NAME = rf"{_BIBTEX_PARTICLES}{_BIBTEX_WORD}(?: {_BIBTEX_WORD}){{0,2}}, {_BIBTEX_WORD}(?: {_BIBTEX_WORD}){{0,2}}"
_BIBTEX_FIRST = (rf"{_BIBTEX_PARTICLES}{_BIBTEX_CAP_WORD}(?: {_BIBTEX_CAP_WORD}){{0,2}},"
                 rf" {_BIBTEX_CAP_WORD}(?: {_BIBTEX_CAP_WORD}){{0,2}}")
_BIBTEX_BYLINE = re.compile(rf", ({_BIBTEX_FIRST}(?: and {_BIBTEX_NAME})+),? \(?((?:19|20)\d\d)\)?\.?$")


def _bibtex_byline(d: str, s: str, web_url: bool) -> Citation | None:
    """'Title, Surname, Given and Surname, Given, 2017': a title first, then a BibTeX author field and the year
    (an NLP reading list's items, linked or not). ``_scan_authors`` reads "Surname, Given" pairs as two names, and
    the title has no full stop to end at; the " and "-joined pairs closing the text tell the byline apart."""
    m = _BIBTEX_BYLINE.search(s)
    if m is None or any(len(w) > 4 and w.endswith(".") for w in m.group(1).split()):
        # 'Kulkarni, Atharva, et al. "Title." Proceedings of … Learning, IoT, Smart Cities and Applications. Springer,
        # Singapore, 2022.': a word of a name ends with a full stop only as an initial or a suffix ("A.", "Jr."); a
        # longer word so stopped ends a sentence, the venue's, whose commas and "and" read as a byline
        return None
    title = _clean_title(d[: m.start()])
    if not title or len(title.split()) < 2:
        return None
    authors = tuple(" ".join(a.split()) for a in d[m.start(1) : m.end(1)].split(" and "))
    return _score_citation(title, authors, False, (None, int(m.group(2)), None, None, None), False, web_url)


#: A book's bibliography whose numbers an export dropped keeps each number's full stop alone before the authors
#: (". **Rajkomar, A., Oren, E., … & Dean, J.** (2018). Title. *Venue*, …"): that stop is the number's remnant
_LOST_NUMBER = re.compile(r"\s*\.\s+(?=[*_]{0,2}[^\W\d_])")


def without_lost_number(text: str) -> str:
    """``text`` without the lone full stop a dropped reference number left at a paragraph's start (``_LOST_NUMBER``).
    Only a whole paragraph's text may lose it: a bold byline's description starts with its closing stop too."""
    lost = _LOST_NUMBER.match(text)
    return text[lost.end():] if lost else text


#: a publisher page's dating line copied after a work's title: ", Published: 20 March 2023.", ", Conference Paper,
#: First Online: 21 September 2021.", "; Published online: March 5, 2022" (Nature's, SpringerLink's article header:
#: the item's type, then the day it went online)
_PAGE_DATE_TRAILER = re.compile(
    rf"[,.;]\s+(?:(?:(?:conference|journal|review|research|original)\s+)?(?:paper|article|chapter)\s*[,.;]\s+)?"
    rf"(?:published(?:\s+online)?|first\s+online|online\s+first|epub)\s*:\s*"
    rf"(?:\d{{1,2}}\s+{MONTH}\s+(?P<y1>(?:19|20)\d\d)|{MONTH}\s+\d{{1,2}},?\s+(?P<y2>(?:19|20)\d\d)"
    rf"|(?P<y3>(?:19|20)\d\d)-\d\d-\d\d)\.?$", re.I)


def page_date_trailer(title: str) -> tuple[str, int] | None:
    """``Robust Retinal Vessel Segmentation …, Conference Paper, First Online: 21 September 2021.`` → (the title,
    2021): a reference copied from the publisher's page header keeps its type and online date after the title;
    they date the work and are no words of its title. None when the text does not end so."""
    if ":" not in title:
        return None
    m = _PAGE_DATE_TRAILER.search(title)
    if m is None or len(title[: m.start()].split()) < 3:
        return None
    return title[: m.start()].strip(), int(m.group("y1") or m.group("y2") or m.group("y3"))


_CITATION_KEY_LEAD = re.compile(_REFERENCE_MANAGER_KEY + r"(?=[^\W\d_])")


def without_citation_key(text: str) -> str:
    """``text`` without the reference manager's citation key opening it (``_REFERENCE_MANAGER_KEY``: "Faircloth2008
    Faircloth BC." → "Faircloth BC."): the key names the reference, no author."""
    key = _CITATION_KEY_LEAD.match(text)
    return text[key.end():] if key is not None else text


def without_reference_number(text: str) -> str:
    """``text`` without the number a bibliography puts before a reference (``REFERENCE_NUMBER``: "[8] ", "12. ",
    "(3) ", a survey's "[A2] (SlabGAN) [54] "): a number is no author's name ("[8] Ma Y, Yang Z. Title[J]. …")."""
    number = REFERENCE_NUMBER.match(text)
    return text[number.end():] if number is not None else text


#: a title run straight into its first author's surname and "et al." with no stop between ("Deep Patient
#: representations predict disease Miotto et al. Scientific Reports (2016)", "…, De Fauw et al., Nature Medicine
#: (2018)"): the surname, a particle before it, and the comma that may part it from the title
_UNSTOPPED_ET_AL = re.compile(rf"(?<=[a-z0-9)?])(,?) ((?:{SURNAME_PARTICLE} )?[A-Z][^\W\d_]+(?:[-'’][A-Z]?[^\W\d_]+)*)"
                              r" et al\.?(?=,? [A-Z(])")
_PARTICLE_WORD = re.compile(SURNAME_PARTICLE)
#: words after which a capitalised word is the object of a phrase in the title or a note ("… proposed by Smith et
#: al.", "Adapted from Chen et al."), not the first author of a byline of the work itself
_BEFORE_CITED_NAME = frozenset({"by", "from", "of", "and", "in", "with", "to", "see", "cf", "following", "after",
                                "like", "as", "per", "extends", "extending", "than", "vs", "versus"})


def stopped_before_et_al(text: str) -> str:
    """``text`` with a full stop where a title runs into its first author's "Surname et al." (``_UNSTOPPED_ET_AL``),
    so that the byline after it is read as one; unchanged when a stop already closes an earlier sentence, the title
    would be shorter than three words, the name follows a preposition ("by Smith et al.") or neither a year nor
    only a journal's name follows."""
    if " et al" not in text or (m := _UNSTOPPED_ET_AL.search(text)) is None:
        return text
    head = text[: m.start()].split()
    last = head[-1].rstrip(",") if head else ""
    # the title's last word is a lower-case word, a number or a bracket's close: a capitalised one may be a
    # given name ("Ludovico Mitchener et al.") or a particle ("De Vito et al."), part of the byline itself
    if len(head) < 3 or ". " in text[: m.start()] \
            or not (last[:1].islower() or last[:1].isdigit() or last[-1:] == ")") \
            or last.lower() in _BEFORE_CITED_NAME or _PARTICLE_WORD.fullmatch(last) \
            or _YEAR.search(text, m.end()) is None and not names_journal(text[m.end() :].strip(" .,")):
        return text  # (a year or a journal's name alone, "… Gut et al. Science", closes a byline of the work)
    return text[: m.start()] + "." + text[m.end(1) :]


#: a byline closed by "et al." and a comma, then the venue and the year set apart by commas before the title's
#: stop: "Annika Jochheim, et al., bioRxiv, 2024. Strain-resolved …" (the venue a run of words without a comma or stop)
_ET_AL_VENUE_YEAR = re.compile(r" et al\.?, ([^,.;:()\[\]\n]{2,60}), ((?:1[89]|20)\d\d)[a-z]?\. (?=[^\W_])")


def venue_year_moved_after_title(text: str) -> str:
    """``text`` rewritten in the usual order when a reference writes its venue and year between its byline and its
    title: ``Martin Hunt, et al., bioRxiv, 2024. AllTheBacteria - all bacterial genomes …`` → ``Martin Hunt, et al.
    AllTheBacteria - all bacterial genomes …. bioRxiv, 2024.``; unchanged unless the byline closes on "et al.", the
    field between the commas names a venue on its own (``stop_venue_phrase``, ``names_journal``: "bioRxiv", "Nature
    Methods") and one sentence of three words or more follows the year's stop. Why: read in order, the venue and
    year became the title ("bioRxiv, 2024") and the title the venue, so a tool's line linking its article under such
    a reference kept the tool's name for a title. One search from the literal " et al"."""
    if " et al" not in text or (m := _ET_AL_VENUE_YEAR.search(text)) is None:
        return text
    venue = m.group(1).strip()
    title = text[m.end():].strip().rstrip(".").strip()
    if len(title.split()) < 3 or ". " in title or not (stop_venue_phrase(venue) or names_journal(venue)):
        return text
    return f"{text[:m.start()]} et al. {title}. {venue}, {m.group(2)}."


def _comma_closed_vancouver(authors: tuple[str, ...], s: str, rest: int) -> bool:
    """Whether a byline closed by a comma is all undotted "Surname IN" names (``Disease NER, Drug NER, …``) and no
    year follows it in ``s`` from ``rest`` on. NLM's Vancouver byline ends with a full stop before the title ("Zhou J,
    Troyanskaya OG. Title"); closed by a comma instead and undated, such "names" are a note's comma-list of short noun
    phrases, a word and an acronym each ("Disease NER", "Brain MRI"), so the reading is only a guess. A year after
    them ("Okafor CE, Han JW, Title, J Biomed Inform 2021;118:…") dates a real reference written with commas."""
    return all("." not in a and _VANCOUVER_NAME.fullmatch(a) for a in authors) and _YEAR.search(s, rest) is None


def _stop_closed_comma_venue(authors: tuple[str, ...], s: str, rest: int, title_end: int) -> int | None:
    """Offset of the comma that opens the ", Venue" closing a title after a Vancouver byline its full stop closed
    ("Wang Z, Qian C, Guo D, et al. Title, IEEE Transactions on Medical Imaging, 42: 79-90, 2023."), or None.

    Why: NLM's byline closes with a stop and the title with another ("Title. Radiology. 2025;7(2)"), but challenge
    READMEs mix the two styles and close the title with IEEE's comma; the title then ran on to the year with the
    venue in it. Only "Surname IN" bylines are read so; the venue has two words at least and no later sentence is
    dated ("… in Wuhan, China, 2020. Lancet. 2021;…" keeps its place name: the venue comes after it)."""
    if not s[:rest].rstrip().endswith(".") or not all(_VANCOUVER_NAME.fullmatch(a) for a in authors):
        return None
    cut = _comma_venue(s, rest, title_end)
    if cut is None:
        return None
    year = _YEAR.search(s, cut)
    # (a one-word venue, "Bioinformatics", "GigaScience", is vouched for by the volume (issue) and pages after it)
    if year is None or len(s[cut + 2 : year.start()].split(",")[0].split()) < 2 \
            and _ONE_WORD_VENUE_VOLUME.match(s, cut + 2) is None:
        return None
    if title_end < year.start() and (venue := s[title_end + 1 : year.start()].strip()).endswith(".") \
            and "," not in venue and ". " not in venue and any(c.isalpha() for c in venue):
        # "Quiroga L, Benítez S. Title into History, Examination and Plan. BMC Bioinformatics. 2022.": NLM's own
        # "Venue. Year" sentence after the title's stop: that stop closed the title, its commas are the title's (a
        # venue of several stops, "Med. Imaging.", may follow an abbreviation's stop the title was cut at: read on)
        return None
    after = s.find(". ", year.end())
    return cut if after < 0 or _YEAR.search(s, after) is None else None


def _scare_quoted(text: str, after: str = "") -> bool:
    """``Previously "shelved" compound identified by …``: one lower-case word in quotes is a word set apart in a
    sentence (scare quotes), never a work's title; a reference's quoted title opens with a capital or runs on.
    So is one capitalised word the sentence's own "!" or "?" follows at once (``after``, the text after the closing
    quote): ``I Know About "Up"! Enhancing Spatial Reasoning …`` is a title quoting a word, not the byline "I Know
    About" before a quoted title "Up" (a reference's quoted title keeps its "!" inside: ``"Help!" Nature``)."""
    words = text.split()
    return len(words) == 1 and (words[0][:1].islower() or after[:1] in ("!", "?"))


def _quoted_title_lead(s: str, close: int) -> bool:
    """Whether the quote closing at ``close`` opens a title rather than holding it: a colon and a subtitle follow it,
    as in APA's '(2024). “It happened to be the perfect thing”: experiences of generative AI chatbots for mental
    health. *npj Mental Health Research*'. A quoted title (MLA, IEEE, Chicago) is closed by its quote and the
    stop or comma before or after it ('“Title.” Journal', '“Title,” in Proc.'), never by a colon that runs on."""
    return s[close + 1 : close + 3] == ": " and s[close + 3 : close + 4].isalpha()


#: a command line's flag ("-r", "--config") or a file name's extension (".txt", ".yaml", ".git")
_COMMAND_TOKEN = re.compile(r"(?:^|\s)--?[A-Za-z]|\.(?:txt|py|sh|ya?ml|json|cfg|toml|ipynb|gz|zip|tar|git)\b")


def _quoted_command(text: str) -> bool:
    """``Run "pip install -r requirements.txt" to download …``, ``run "python train.py --config base.yaml"``: a
    shell command quoted in an instruction, never a work's title. Why: the capitalised verb before it read as a
    one-word byline and the command as the quoted title, so a README's installation steps became papers. The
    quote must open with a lower-case word (a command's name; a reference's quoted title opens with a capital)
    and hold a command-line flag or a file name."""
    text = text.strip()
    return text[:1].islower() and _COMMAND_TOKEN.search(text) is not None


#: BibTeX's "and others" closing a truncated author list, as a citation style renders it ("Baumdicker, F., & others
#: (2020).", "Smith, J. and others. 2019."): the list's "et al.", before the year or the title's stop (a quoted title's
#: own closing "… teachers and others." runs into its closing quote, and stays the title's)
_AND_OTHERS = re.compile(r"(,\s*|(?<!\s)\s+)(?:&|and)\s+others\b(?=\s*[(.,;])(?![.,;]?[\"”])")


#: BibTeX's "and others" as a bib-to-Markdown script renders an author field, every " and " turned into a comma
#: ("Kirillov, Alexander, Mintun, Eric, …, Lo, Wan-Yen, others. "Segment anything." …"): the comma-joined "others"
#: closes the byline, its stop then the quoted title opening after a space (a title's own closing ", others." runs
#: straight into its closing quote)
_COMMA_OTHERS = re.compile(r",[ \t]?others(?=\.\s{1,3}[\"“])")


#: a truncated byline closed by "& al." (French "et al." as "& al.": "Lado, S. & al. Title. Cells 2021", "Kondratov &
#: al. Molecular Therapy.", "Title. Marek Glombik & al. 2021. The plant journal."): the list's "et al." (a name's "&"
#: is followed by a capitalised surname, "Smith & Allen", "Okafor & Al-Amin")
_AMPERSAND_AL = re.compile(r"(?<=\S) ?& ?al\.(?=[\s,;:]|$)")


def others_as_et_al(text: str) -> str:
    """``text`` with a byline's closing "& others" (BibTeX's "and others", as jekyll-scholar's and citeproc's APA
    render it: "Alachiotis, N., & others (2024). RAiSD-AI: …"; a bib-to-Markdown script's comma-joined "…, Lo,
    Wan-Yen, others. "Title."", ``_COMMA_OTHERS``) or "& al." (``_AMPERSAND_AL``) written "et al.". Why: read as a name, "others" was no author;
    the byline was left unread, the reference taken for a link-less note, its year lent to a neighbour (or, before a
    quoted title, the byline read up to "others" titled the reference)."""
    if "& al." in text or "&al." in text:
        text = _AMPERSAND_AL.sub(" et al.", text, count=1)
    if "others" not in text:
        return text
    if (comma := _COMMA_OTHERS.search(text)) is not None:
        return text[: comma.start()] + ", et al" + text[comma.end() :]
    return _AND_OTHERS.sub(r"\1et al.", text, count=1)


#: a LaTeX accent command on one letter, as a BibTeX author field carries it into a rendered reference: braced
#: ("{\'e}", "{\"u}", "{\'\i}"; Markdown's escapes leave "{'e}", "{"u}", "{'\i}"; "{\"{O}}"), the letter braced ("\'{e}"), or
#: a letter command's argument ("{\c{c}}", "\v{s}"). Groups: the accent and its letter, for each form
_LATEX_ACCENT = re.compile(r"\{\\?(['`^\"~=.])\{?(\\[ij]|[A-Za-z])\}?\}"
                           r"|\\(['`^\"~=.])\{(\\[ij]|[A-Za-z])\}"
                           r"|\{?\\([cvuHkr])\{(\\[ij]|[A-Za-z])\}\}?"
                           r"|\{\\(o|O|ss|ae|AE|aa|AA|l|L|oe|OE)\}")
#: the combining mark of each accent command
_LATEX_ACCENT_MARK = {"'": "\u0301", "`": "\u0300", "^": "\u0302", '"': "\u0308", "~": "\u0303", "=": "\u0304",
                      ".": "\u0307", "c": "\u0327", "v": "\u030c", "u": "\u0306", "H": "\u030b", "k": "\u0328",
                      "r": "\u030a"}


#: the letters LaTeX writes as commands of their own ("{\o}" → "ø", "{\ss}" → "ß")
_LATEX_LETTER = {"o": "ø", "O": "Ø", "ss": "ß", "ae": "æ", "AE": "Æ", "aa": "å", "AA": "Å", "l": "ł", "L": "Ł",
                 "oe": "œ", "OE": "Œ"}


def _accented(m: re.Match) -> str:
    if m.group(7):
        return _LATEX_LETTER[m.group(7)]
    accent = m.group(1) or m.group(3) or m.group(5)
    letter = m.group(2) or m.group(4) or m.group(6)
    return unicodedata.normalize("NFC", letter.lstrip("\\") + _LATEX_ACCENT_MARK[accent])


def latex_accents_decoded(text: str) -> str:
    r"""``text`` with BibTeX's LaTeX accents written as the letters they make (``_LATEX_ACCENT``: "Garc{'\i}a-Garc{'\i}a"
    → "García-García", "Gon{\c{c}}alves" → "Gonçalves"): a bib-to-Markdown script copies the author field as it
    is. Why: read as written, the braced name was no name; the byline stopped before it and became the title."""
    if "{" not in text and "\\" not in text:
        return text
    return _LATEX_ACCENT.sub(_accented, text)


#: an ABNT (NBR 6023) surname in capitals, up to four words, then the comma before the given names: "ALMALKI, ",
#: "DE SOUZA, ", "SOUZA JÚNIOR, ", "O'NEIL, "
_ABNT_SURNAME = re.compile(r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'-]*[A-ZÀ-ÖØ-Þ](?: [A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'-]*[A-ZÀ-ÖØ-Þ]){0,3}, ")
#: one of an ABNT author's given names: an initial ("K.", "J.-P."), a capitalised word ("Fahad"), or a particle
_ABNT_GIVEN = re.compile(r"[A-ZÀ-ÖØ-Þ]\.(?:-[A-ZÀ-ÖØ-Þ]\.)?|[A-ZÀ-ÖØ-Þ][a-zß-ÿ'-]+|(?:de|da|do|dos|das|del)(?=[ ;.])")
#: the most given names of one ABNT author ("Maria da Conceição de Souza": six)
_ABNT_MAX_GIVEN = 6


def _abnt_author(s: str, pos: int) -> tuple[int, str, int] | None:
    """One "SURNAME, Given" name of an ABNT byline at ``pos``: (where the name ends, what closes it, where the text
    after the closer starts). The closer is ";" (another author follows), "et al." or "." (the byline is over).
    An initial's own stop closes the byline when no further initial follows it ("ZIMMET, P. Z. Definition …"); a
    written-out given name is closed by the sentence's stop ("ALHARBI, Nasser. Predicting …")."""
    if (m := _ABNT_SURNAME.match(s, pos)) is None:
        return None
    at = m.end()
    for _ in range(_ABNT_MAX_GIVEN):
        if (g := _ABNT_GIVEN.match(s, at)) is None:
            return None
        at = g.end()
        if s.startswith(";", at):
            return at, ";", at + 1
        if s.startswith(" et al.", at):
            return at, "et al", at + 7
        if g.group().endswith("."):
            if s.startswith(" ", at) and _ABNT_GIVEN.match(s, at + 1) is not None \
                    and s[at + 2 : at + 3] in (".", "-"):
                at += 1  # another initial of the same name: "K. G. M. M."
                continue
            return at, ".", at
        if s.startswith(". ", at):
            return at, ".", at + 1
        if not s.startswith(" ", at):
            return None
        at += 1
    return None


def abnt_byline(d: str, s: str) -> tuple[tuple[str, ...], bool, int] | None:
    """The byline of a Brazilian ABNT (NBR 6023) reference: "ALMALKI, Fahad; ALKHALED, Jaber; ALHARBI, Nasser.
    Predicting … _Journal_, v. 2022, p. 1-13, 2022. Disponível em: <…>.", "SILVA, J. A. et al. Title. In: …":
    surnames in capitals, each with its given names after a comma, the names parted by semicolons, the block closed
    by a full stop (or "et al."). Read as (authors, et al., where the title starts), or None. The general scanner
    reads a capitalised surname as no name and the first name's comma as the title's end; the capitals, the
    comma and the semicolons say which dialect this is, so it is read whole here."""
    authors: list[str] = []
    pos = 0
    while len(authors) < MAX_AUTHORS:
        if (found := _abnt_author(s, pos)) is None:
            return None
        start = pos
        name_end, closer, pos = found
        authors.append(d[start:name_end])
        while pos < len(s) and s[pos] == " ":
            pos += 1
        if closer != ";":
            break
    else:
        return None
    if pos >= len(s) or not (s[pos].isupper() or s[pos].isdigit() or s[pos] in "_*\""):
        return None
    return tuple(authors), closer == "et al", pos


#: a nickname quoted between a person's given name and surname in a byline: "Florian ‘Floyd’ Mueller", "Katherine
#: "Kit" Halvorsen", "Daniel “Danny” Ortega" (one capitalised word in single, double or curly quotes)
_BYLINE_NICKNAME = re.compile(r"(?<=[^\W\d_]) (?:‘[A-Z][\w-]*’|'[A-Z][\w-]*'|\"[A-Z][\w-]*\"|“[A-Z][\w-]*”)(?= [A-Z])")


#: a spacing accent a PDF's text layer writes as a character of its own beside its letter ("C¸ i¸cek" for "Çiçek",
#: "M¨uller" for "Müller", "Jos´e"), with the space some copies leave after it inside the word
_SPLIT_DIACRITIC = re.compile(r"(?<=[A-Za-z])[¸¨´˜ˆˇ˘˚] ?(?=[a-z])|(?<=[A-Za-z])[¸¨´˜ˆˇ˘˚](?= [a-z])|[¸¨´˜ˆˇ˘˚](?=[A-Za-z])")


def without_split_diacritics(text: str) -> str:
    """``text`` with the accents a PDF copy split off its letters dropped, the word joined again ("C¸ i¸cek O., et
    al." → "Cicek O., et al."). Why: the marks and the space after them broke the surname, so the byline read as no
    names and ran into the title; the letters without their accents still name the person. Only the spacing accent
    marks (never a letter, never combining marks, which belong to their letter). A BibTeX author field's accent in
    TeX markup (``{\"O}zsoy`` → "Özsoy", ``latex_accents_decoded``) is set on its letter: its quote mark opened no title, and
    the byline before the real quoted title read as no names."""
    text = latex_accents_decoded(text)
    if not any(ch in text for ch in "¸¨´˜ˆˇ˘˚"):
        return text
    return _SPLIT_DIACRITIC.sub("", text)


def without_byline_nicknames(text: str) -> str:
    """``text`` without the quoted nicknames (``_BYLINE_NICKNAME``) written before the reference's date or its
    first quote mark closes the byline. Only the byline's stretch is touched: a title's quoted word ("Towards
    ‘Green’ Wearables") stays."""
    date = _ANY_YEAR.search(text)
    end = date.start() if date is not None else min(len(text), 400)
    return _BYLINE_NICKNAME.sub("", text[:end]) + text[end:]


#: "Rao / MSA Transformer / 2021", "Hawkins-Hooker / Generating functional … / 2021 / **read**": a surname (one or
#: two capitalised words, "et al." allowed), a spaced slash, the title (its own slashes unspaced: "Hard/easy"), a
#: spaced slash, the year, then notes after more slashes; each part bounded, the title lazy, one pass
_SLASH_FIELDS = re.compile(r"(?P<author>[A-Z\u00C0-\u00DE][\w'’.-]{0,30}(?: [A-Z\u00C0-\u00DE][\w'’.-]{0,30})?)"
                           r"(?P<et_al> et al\.?)? / (?P<title>(?:[^/]|(?<! )/(?! )){2,300}?) / "
                           r"(?P<year>(?:19|20)\d\d)(?!\d)(?: / [^/]{1,40}){0,3}")


#: a named group's byline before its members' names ("SPRINT Research Group; Wright JT Jr, …", "National Lung
#: Screening Trial Research Team*; Aberle DR, …"): PubMed's form for a work a study group authored. The group's
#: name is capitalised words (with "of", "for", "the", "on" between them) ending in a word that names a group,
#: then a ";" (a footnote mark before it allowed) and a capitalised name; every part bounded. A group named in
#: capitals ("MAMMALIAN METHYLATION CONSORTIUM, Ake T. Lu, …", as a reference manager exports a consortium author)
#: may close with a comma instead: its name in capitals is no member's surname, so the comma ends it too
_GROUP_BYLINE_LEAD = re.compile(
    r"(?P<group>[A-Z][\w'’&.-]{0,30}(?:\s(?:[A-Z0-9][\w'’&.-]{0,30}|of|for|the|on|in|and)){0,12}?\s"
    r"(?:Group|Team|Consortium|Collaboration|Collaborative|Collaborators|Investigators|Committee|Network|"
    r"Initiative|Working Party|GROUP|TEAM|CONSORTIUM|COLLABORATION|COLLABORATORS|INVESTIGATORS|COMMITTEE|NETWORK|"
    r"INITIATIVE))(?:\*?;|(?<=[A-Z][A-Z]),)\s(?=[A-Z])")


#: one surname of a narrative citation: capitalised (``McCulloch``, ``O’Brien``, ``Khaligh-Razavi``, ``Güçlü``), one
#: more capitalised word at most (``Von Neumann``), lower-case particles before it (``van der Maaten``)
_NARRATIVE_SURNAME = (r"(?:(?:van|von|de|der|den|del|da|di|du|le|la)\s){0,2}"
                      r"[A-ZÀ-ÖØ-Þ][^\W\d_]{0,30}(?:['’-][^\W\d_]{1,30})?"
                      r"(?:\s[A-ZÀ-ÖØ-Þ][^\W\d_]{0,30}(?:['’-][^\W\d_]{1,30})?)?")
#: ``McCulloch and Pitts (1943) "A logical calculus of …"`` / ``Turing (1948) "Intelligent Machinery"`` /
#: ``Hassabis et al. (2017) " Neuroscience-Inspired …"``: a course reading list's narrative citation, written as a
#: link's text: one to three surnames (or one and "et al."), the year in brackets, then the quoted title (its closing
#: quote may be lost where a lead text was cut at it) and, once the quote is closed, at most its venue's name, no
#: digit in it (``Mitra & Pesaran (1999). "Analysis of dynamic brain imaging data." *Biophysical Journal*.``; a
#: volume and pages after it are the full reference reader's to read)
_NARRATIVE_YEAR_QUOTED = re.compile(
    rf"(?P<names>{_NARRATIVE_SURNAME}(?:(?:,\s|,?\s(?:and|&)\s){_NARRATIVE_SURNAME}){{0,2}})"
    r"(?P<etal>,?\set\.?\sal\.?)?\s\((?P<year>(?:1[6-9]|20)\d\d)[a-z]?\)[.,:]?\s"
    r"[\"“]\s?(?P<title>[^\"“”\s][^\"“”]{0,400})"
    r"(?:[\"”][.,]?(?:\s(?P<venue>[^\"“”\s(\[\d][^\"“”\d]{0,200}))?)?")  # (matched on the stripped text)


def narrative_year_quoted_reference(text: str) -> Citation | None:
    """``Hubel and Wiesel (1959) "Receptive fields of single neurones …"`` → the quoted title, the surnames and the
    year: a narrative citation as a reading list writes a link's text (``_NARRATIVE_YEAR_QUOTED``), the whole text.
    Why: the byline before the bracketed year, with no initials and joined by "and", read as no names, so the whole
    text became the title; with "et al." the scanner read it, but cut the title at its own ";". A venue after the
    closed quote is the work's (``Dietterich (2000). "Ensemble Methods in Machine Learning." *Workshop …*``: read
    whole, one surname before the year was no byline, and a "&" byline ran the title on past its closing quote into
    the venue); the stop written inside the quote is no part of the title. None when the text is anything more or
    less (a second quote, a bracket or a digit after the quote, a one-word lower-case scare quote)."""
    if len(text) > MAX_CHARS:
        return None
    m = _NARRATIVE_YEAR_QUOTED.fullmatch(text.strip())
    if m is None:
        return None
    title = m.group("title").strip()
    if title.endswith((".", ",")) and not title.endswith(".."):
        title = title[:-1].rstrip()  # '"Title."': the reference's stop written inside the quote is no part of it
    if _scare_quoted(title) or not any(c.isalpha() for c in title):
        return None
    names = tuple(n.strip() for n in re.split(r",\s|,?\s(?:and|&)\s", m.group("names")) if n.strip())
    venue = (m.group("venue") or "").strip(" .,;*_") or None
    return Citation(title=title, authors=names, et_al=m.group("etal") is not None, venue=venue,
                    year=int(m.group("year")), confidence=0.75)


#: a Vancouver name, "Fink CH", and the run of them a byline that lost a comma leaves at a title's head, up to its
#: "et al. " ("Fink CH Schneider T, et al. Title"): bounded runs, linear on hostile text
_VANCOUVER_PAIR = re.compile(r"[A-Z][\w'’-]{1,30} [A-Z]{1,3}\b")
_GLUED_VANCOUVER_TAIL = re.compile(r"((?:[A-Z][\w'’-]{1,30} [A-Z]{1,3},? ){0,7}[A-Z][\w'’-]{1,30} [A-Z]{1,3}),? et al\. (?=\S)")


#: a one-word name and its colon opening a line before a reference: "LIAR: ", "RAWFC: ", "FEVER-2: " — a coined name
#: (a capital or digit past its first letter), not a plain word labelling the line ("Review: Lindqvist et al., …")
_NAME_LABEL_LEAD = re.compile(r"([A-Z][A-Za-z0-9-]{1,20}):[ \t]+")


#: the words a group's name ends on wherever it stands ("wwPDB Consortium", "The ENCODE Project Consortium", "The
#: Cancer Genome Atlas Research Network", "The DEF Study Group"): a group of institutions or people, never a work
_GROUP_END = r"Consortium|Consortia|Collaboration|Research Network|(?:Study|Working|Research|Writing|Trial) Group"
#: the words a group of people ends on ("The STARRT-AKI Investigators", "The ABC Trial Collaborators"): a title may
#: end on one too ("Large Language Models as Collaborators"), so they say "group" only after capitalised words
_PEOPLE_GROUP_END = r"Investigators|Collaborators|Collaborative"
#: the words a group's name ends on where a byline's personal names stand before it (after NLM's ";", APA's "&"):
#: there a plain "Group", "Team", "Network", "Committee" says it too ("1000 Genome Project Data Processing
#: Subgroup", "PROMISE Steering Committee", "N3C Consortium")
_AFTER_NAMES_GROUP_END = (rf"{_GROUP_END}|{_PEOPLE_GROUP_END}"
                          r"|Group|Subgroup|Team|Committee|Network|Initiative|Working Party")


#: an APA byline whose last member is a group, after "&"/"and", right before the bracketed year: "Pungitore, S., …,
#: Subbian, V., & N3C Consortium (2024). Title. …" (capitalised words, or a digit-bearing acronym, closed by a word
#: that names a group; every part bounded, and a literal "&"/"and" opens every try)
_APA_CLOSING_GROUP = re.compile(
    r",? (?:&|and) (?:the )?(?P<group>(?:[A-Z0-9][\w'’.-]{0,30} ){1,8}"
    rf"(?:{_AFTER_NAMES_GROUP_END}))"
    r"(?= ?\((?:19|20)\d\d[a-z]?\)\.)")
#: how far into a reference its byline's closing group (or its MLA byline) is looked for
_BYLINE_HEAD_CHARS = 600


def apa_closing_group(text: str) -> Citation | None:
    """``Pungitore, S., Olorunnisola, T., Mosier, J., Subbian, V., & N3C Consortium (2024). Title. Venue, 2023.``:
    an APA byline that a group signs last (a consortium, a study group, "the ADNI Investigators") before the year.
    Why: the group's name is no "Surname, I." pair, so the scanner ended the byline there and, finding no author,
    took the whole byline for the title. Read without the group the reference parses as any APA one; the group is
    then its last author. None when there is no such group or the rest is no authored, titled reference."""
    split = _without_closing_group(text)
    if split is None:
        return None
    rest = _parse_citation(split[0])
    if rest is None or not rest.authors or not rest.title or len(rest.title.split()) < 3:
        return None
    return replace(rest, authors=rest.authors + (split[1],))


def _without_closing_group(text: str) -> tuple[str, str] | None:
    """(the text without the group that signs its APA byline last, the group's name) (``_APA_CLOSING_GROUP``), or
    None when no such group closes a byline that names someone before it."""
    m = _APA_CLOSING_GROUP.search(text, 0, _BYLINE_HEAD_CHARS)
    if m is None or m.start() == 0:
        return None
    return text[:m.start()] + text[m.end():], m.group("group")


#: where an MLA byline ends and its quoted title opens: a full stop, a space, an opening double quote, a letter
_MLA_TITLE_OPEN = re.compile(r'\. ["“](?=[^\W\d_])')
#: the parts of a byline: commas, and a last "and"
_MLA_BYLINE_SPLIT = re.compile(r",? and |, ")
#: the most names (and words in one name) an MLA byline read loosely may hold
_MLA_MAX_NAMES = 12
_MLA_MAX_NAME_WORDS = 4


def _loose_name(chunk: str) -> bool:
    """``Kamadi``, ``VSRP Varma``, ``Sita Mahalakshmi Thummala``, ``Gregory B.``: one to four capitalised words or
    capital initials (dotted or not, up to four letters run together as an Indian byline writes them)."""
    words = chunk.split()
    return 1 <= len(words) <= _MLA_MAX_NAME_WORDS and all(
        _is_name_word(w) or is_initials(w) or (w.isalpha() and w.isupper() and len(w) <= 4) for w in words) \
        and any(_is_name_word(w) for w in words)


def mla_loose_byline(text: str) -> Citation | None:
    """``Kamadi, VSRP Varma, Appa Rao Allam, and Sita Mahalakshmi Thummala. "A computational … approach." Applied
    Soft Computing 49 (2016): 137-145.``: an MLA reference (the reading-roadmap dialect, ``**[2]** Surname, Given,
    and Given Surname. "**Title.**" Venue …``) whose byline the name scanner cannot read (run-together initials,
    "VSRP"). Why: with no author read, the first sentence, the byline, became the title. The byline is still plain
    to see: two names or more, each of capitalised words or initials, parted by commas and a last "and", closed by
    a full stop right before the double-quoted title. → the quoted title, the names (the first written "Surname,
    Given"), the venue before the first number; None when the text is not so shaped."""
    m = _MLA_TITLE_OPEN.search(text, 0, _BYLINE_HEAD_CHARS)
    if m is None:
        return None
    names = _MLA_BYLINE_SPLIT.split(text[:m.start()].strip())
    if not 2 <= len(names) <= _MLA_MAX_NAMES or not all(_loose_name(n) for n in names):
        return None
    start = m.end()
    close = min((i for i in (text.find('"', start), text.find("”", start)) if i >= 0), default=-1)
    title = text[start:close].strip().rstrip(".,").strip() if close > start else ""
    if len(title.split()) < 3:
        return None
    tail = text[close + 1:].lstrip(" .,;:")
    digit = next((i for i, c in enumerate(tail[:200]) if c.isdigit()), len(tail[:200]))
    venue = tail[:digit].strip().rstrip(" ,.(:;").strip()
    authors = (f"{names[0]}, {names[1]}", *names[2:]) if " " not in names[0] else tuple(names)
    rest = parse_trailer(tail) if tail else None
    return Citation(title=title, authors=authors, venue=venue if 1 <= len(venue.split()) <= 12 else None,
                    year=rest.year if rest else None, volume=rest.volume if rest else None,
                    issue=rest.issue if rest else None, pages=rest.pages if rest else None, confidence=0.8)


#: words only a venue's name holds among a card's lines ("Medical Image Computing and Computer Assisted
#: Intervention (MICCAI), 2024" is told from a dated title by one of them, or by an acronym in brackets)
_VENUE_LINE_WORDS = frozenset({"conference", "proceedings", "journal", "transactions", "symposium", "workshop",
                               "congress", "letters", "intervention"})
#: a venue's acronym in brackets ("(MICCAI)", "(IJCAI)", "(CVPR 2024)"): capitals, digits, "&" or a dash
_VENUE_ACRONYM = re.compile(r"\([A-Z][A-Z0-9&-]{1,11}(?: (?:19|20)\d\d)?\)")


def byline_line_over_venue_line(text: str) -> Citation | None:
    """``Oskar Lind, **Mei Tanaka**, Priya Raman`` / ``\\`` / ``Medical Image Computing and Computer Assisted
    Intervention (**MICCAI**), 2024.``: two lines (a line that is only a backslash, kramdown's written-out line
    break, or a hard break's, between them): the first only the authors' names (two or more, the whole line), the
    second only a venue and a year (a venue's word or its acronym in brackets) → that byline and venue, no title;
    None otherwise. Why: an AcadHomepage card writes its authors, a break and its venue under the linked title; read
    as one run of text, the last name and the venue became a work of their own ("Priya Raman \\ Medical Image
    Computing …"). The break ends the byline; the next line is where the work appeared."""
    if text.count("\n") > 3:
        return None  # (a byline, a break's line, a venue: a paragraph of more lines is no such card's)
    lines = [line.strip() for line in text.strip().split("\n")]
    lines = [line for line in lines if line.strip("\\ ")]
    if len(lines) != 2 or len(lines[0]) > _MAX_BYLINE_CHARS or len(lines[1]) > _MAX_BYLINE_CHARS:
        return None
    names = without_author_marks(lines[0].rstrip("\\ ").replace("*", ""))
    byline = parse_trailer(names)
    if len(byline.authors) < 2 or byline.venue is not None or byline.year is not None \
            or 2 * sum(map(len, byline.authors)) < sum(map(str.isalpha, names)):
        return None
    source = parse_trailer(lines[1].replace("*", ""))
    if source.authors or source.venue is None or source.year is None or source.title:
        return None
    words = {w.strip("(),.").casefold() for w in source.venue.split()}
    if not words & _VENUE_LINE_WORDS and _VENUE_ACRONYM.search(source.venue) is None:
        return None
    return Citation(None, byline.authors, byline.et_al, source.venue, source.year, source.volume, source.issue,
                    source.pages, 0.4)


#: the openings of a closing remark that points at another work about the cited one ("Reviewed in Ferreira et al.
#: 2023.", "See also Smith 2019."), after the reference's own closing stop
_CLOSING_REMARK_LEADS = (". reviewed in ", ". reviewed by ", ". discussed in ", ". summarized in ",
                         ". summarised in ", ". cited in ", ". see also ", ". commented on in ")
#: the most characters a closing remark runs to after its lead (a byline and a year)
_CLOSING_REMARK_CHARS = 100


def without_closing_remark(text: str) -> str:
    """``Castellanos et al. 2022. Benchmarking taxonomic classifiers …. BMC Bioinformatics, 23, 214. Reviewed in
    Ferreira et al. 2023.``: a reference closed by a short remark pointing at another work ("Reviewed in", "See
    also", ``_CLOSING_REMARK_LEADS``) whose own last word is a year; the text without the remark. Why: read whole,
    the remark's year is the last one and dated the work (2023, not 2022). Only the text's tail is looked at
    (``_CLOSING_REMARK_CHARS`` and the lead): linear."""
    tail_at = max(0, len(text) - _CLOSING_REMARK_CHARS - 24)
    low = text[tail_at:].lower()
    cut = max(low.rfind(lead) for lead in _CLOSING_REMARK_LEADS)
    if cut < 0:
        return text
    end = text.rstrip(" .)）]")
    if len(end) < 4 or not end[-4:].isdigit() or end[-4:-2] not in ("19", "20") or tail_at + cut < 20:
        return text
    return text[:tail_at + cut + 1]


#: an open-peer-review journal's version note after a title (F1000Research, Wellcome Open Research, Gates Open
#: Research): "[version 2; peer review: 3 approved]", the older "[version 1; referees: 2 approved with reservations]"
_VERSION_NOTE = re.compile(r" ?\[version \d{1,3}; (?:peer review|referees): [^\[\]]{1,160}\]", re.IGNORECASE)


def without_version_note(text: str) -> str:
    """``Pertea G and Pertea M. GFF Utilities: GffRead and GffCompare [version 2; peer review: 3 approved].
    F1000Research 2020, 9:304`` → the text without the bracketed version note (``_VERSION_NOTE``). Why: the note is
    the journal's record of the article's version and reviews, no part of the title; read with it, its ";" closed the
    title ("… GffCompare [version 2") and "peer review" became the venue."""
    if "[" not in text:
        return text
    return _VERSION_NOTE.sub("", text, count=1)


def parse_citation(text: str) -> Citation | None:
    """Parse a whole free-text reference; None when the text is clearly not one.

    A returned citation with ``confidence < 0.5`` is a guess (a web page title, a talk…). A byline that quotes a
    person's nickname ("Rod Dickinson, Nathan Semertzidis, and Florian ‘Floyd’ Mueller. 2022. Title. In CHI EA
    '22. …") is read without it when the reference as written gives no authors: the quotes broke the names, and the
    byline became the title.
    """
    text = latex_accents_decoded(text)  # "Garc{'\i}a-Garc{'\i}a, Francisco": a BibTeX field's accents, as copied
    if "\n" in text and (card := byline_line_over_venue_line(text)) is not None:
        return card  # "Oskar Lind, Mei Tanaka, Priya Raman" / "\\" / "Medical Image Computing … (MICCAI), 2024."
    text = without_closing_remark(text)  # "… BMC Bioinformatics, 23, 214. Reviewed in Ferreira et al. 2023."
    text = without_version_note(text)  # "Title [version 2; peer review: 3 approved]. F1000Research 2020, 9:304"
    if "(" in text and (narrative := narrative_year_quoted_reference(text)) is not None:
        return narrative  # "Turing (1948) "Intelligent Machinery"": surnames, the bracketed year, the quoted title
    if (grouped := _GROUP_BYLINE_LEAD.match(text.lstrip()[:300])) is not None:
        # "National Lung Screening Trial Research Team*; Aberle DR, Adams AM, … (2011). Reduced Lung-Cancer Mortality
        # …": read whole, the group's name ended the byline and became the title; the members' byline after it is
        # read as any other, the group its first author
        members = _parse_citation(text.lstrip()[grouped.end():])
        if members is not None and members.title and members.authors:
            return replace(members, authors=(grouped.group("group"),) + members.authors)
    cited = _parse_citation(text)
    if (named := _NAME_LABEL_LEAD.match(text.lstrip())) is not None \
            and any(ch.isupper() or ch.isdigit() for ch in named.group(1)[1:]) \
            and (cited is None or not cited.authors or cited.authors[0].startswith(named.group(1))):
        # "LIAR: William Yang Wang. 2017. “liar, liar pants on fire”: A new benchmark …. In ACL (short), …": a data
        # set's (a method's) one-word name and colon before the whole reference of its paper; read with it, the name
        # broke the byline and the whole line became the title. Kept only when the rest is a dated, authored reference
        labelled = _parse_citation(text.lstrip()[named.end():])
        if labelled is not None and labelled.authors and labelled.year and labelled.title \
                and len(labelled.title.split()) >= 3:
            return labelled
    if (cited is None or not cited.authors) and (folded := without_split_diacritics(text)) != text:
        # "C¸ i¸cek O., et al. 3D U-Net: …": a byline copied out of a PDF, its accents split off as marks of their own
        retried = _parse_citation(folded)
        if retried is not None and retried.authors:
            return retried
    if any(q in text for q in "‘'\"“") and (plain := without_byline_nicknames(text)) != text \
            and (cited is None or not cited.authors or _quoted_in(cited.title or "", text)):
        # (or the quoted nickname read as the title, the given name before it as the last author)
        retried = _parse_citation(plain)
        if retried is not None and retried.authors:
            return retried
    if cited is not None and cited.title and (dashed := quoted_title_dash_reference(text)) is not None \
            and (cited.authors != dashed.authors or cited.venue != dashed.venue):
        # '“Title” - J. Twilt, …, M. de Rooij, PI-CAI Consortium; European Urology, 2024.': a title, a dash, then a
        # byline closed by its only semicolon before "Venue, Year" (``quoted_title_dash_reference``); the scanner
        # reads on past the semicolon and took a two-word venue for one more name ("…, N. Osei, BJR Open") or kept
        # the consortium in the venue. The byline and venue are that reader's; the title stays the one read here
        cited = replace(cited, authors=dashed.authors, venue=dashed.venue, year=cited.year or dashed.year)
    if cited is not None and cited.authors and cited.year and cited.title and cited.venue \
            and _venue_sentence_before_title(cited.title, cited.venue):
        # "Johnson, A.E.W., …, & Mark, R.G. (2016). Scientific Data. MIMIC-III, a freely accessible critical care
        # database. DOI: …": the journal written as the sentence after the date, the work's title after it; the
        # scanner took the journal for the title and the title for the venue
        cited = replace(cited, title=cited.venue, venue=cited.title)
    if cited is not None and cited.authors and cited.title and " et al. " in cited.title[:200] \
            and (glued := _GLUED_VANCOUVER_TAIL.match(cited.title)) is not None \
            and all(_VANCOUVER_NAME.fullmatch(a) for a in cited.authors):
        # "Bucher JN, Fink CH Schneider T, et al. AI for hip fracture detection …. Radiology. 2022;302(1):158-168.": a
        # Vancouver byline missing one comma ends at its first full name; the names glued together up to "et al." are
        # the rest of the byline, no part of the title
        cited = replace(cited, title=cited.title[glued.end():],
                        authors=cited.authors + tuple(_VANCOUVER_PAIR.findall(glued.group(1))), et_al=True)
    if (cited is None or not cited.authors) and (grouped := apa_closing_group(text)) is not None:
        cited = grouped
    if (cited is None or not cited.authors) and (loose := mla_loose_byline(text)) is not None:
        cited = loose
    if (cited is None or not cited.authors) and text.lstrip()[:1] in OPENING_QUOTES \
            and (venue_first := quoted_title_venue_year_byline(text)) is not None:
        cited = venue_first  # '"Title," Venue, 2016. Given Surname, …': the byline written last
    if cited is not None and cited.title and not cited.authors and cited.year and ", " in cited.title \
            and (at := text.find(cited.title)) >= 0 \
            and (named := title_comma_lone_name(cited.title, text[at + len(cited.title):])) is not None:
        # "Tutorial on Variational Autoencoders(VAEs), Carl Doersch. August, 2016. https://…": a title, a comma, its
        # one author's full name, then only the date; the name was read as the title's last words
        cited = replace(cited, title=named[0], authors=(named[1],),
                        venue=None if cited.venue and _norm_month(cited.venue) else cited.venue)
    if (cited is None or not cited.authors) and "," in text \
            and (title_first := title_comma_full_name_byline(text)) is not None:
        cited = title_first  # "Title, Given Surname, Given Surname, …, Venue Year, 10/2023": a CV's publication line
    if cited is not None and cited.title and _date_range_words(cited.title):
        # "*Sep. 2022 - Jun. 2025 (expected)*. Master student at …": a CV's date range read as a byline ("Sep"), a
        # title ("2022 - Jun") and a year; a title of dates alone names no work, so the text is no reference
        return None
    return cited


#: what closes "Title, First Last" before the date alone: the stop, then a month perhaps ("August, 2016", "Aug. 2016")
#: and the year
_STOP_THEN_DATE = re.compile(r"\.\s(?:(?P<month>[A-Za-z]{3,9})\.?,?\s)?(?:19|20)\d\d\b")


def _norm_month(word: str) -> bool:
    """Whether ``word`` is only a month's name (``_MONTH_WORDS``), as a date's month read as a venue is."""
    return word.strip(" .,").lower() in _MONTH_WORDS


def title_comma_lone_name(title: str, tail: str) -> tuple[str, str] | None:
    """``Tutorial on Variational Autoencoders(VAEs), Carl Doersch`` before ``. August, 2016.`` → (title, name): a
    reading list's title-first line whose title sentence closes with a comma and one person's full name (two or three
    name words, ``personal_name``), the stop after it followed by the date alone (a month perhaps, then the year).
    Why: with no byline before the title nor names after its stop, the name was read as the title's last words. Only
    a date right after the stop splits so ("Title, Segment Anything. Nature 2023." stays as read)."""
    head, _, name = title.rpartition(", ")
    if not 2 <= len(name.split()) <= 3 or len(head.split()) < 3 or not personal_name(name):
        return None
    date = _STOP_THEN_DATE.match(tail)
    if date is None or date["month"] is not None and not _norm_month(date["month"]):
        return None
    return head, name


#: the fewest full names a title-first line's byline gives (one name after a comma is a title's own clause)
_MIN_TITLE_FIRST_NAMES = 2


def _full_name(name: str) -> bool:
    """``Kieran Didi``, ``Mitchell J O'Brien``, ``Letitia MF Sng``: a given name and a surname written in full (each
    a capitalised word with a small letter), initials between them allowed; not ``Brandt P.`` nor ``D Sims``."""
    words = name.split()
    return len(words) >= 2 and all(w[:1].isupper() and any(c.islower() for c in w) for w in (words[0], words[-1]))


def _name_glued_at(title: str, venue: str) -> bool:
    """A byline's first or last name run into the title or the venue of a reference joined from its lines ("…
    Recognition[C] Edel M, Köppe E …", "…, Gyoung S. Na, Chanyoung Park NeurIPS 2023."): the title closes on an
    initial, or the venue opens with a full name before a venue's name."""
    last = title.split()[-1] if title.split() else ""
    if len(last.rstrip(".")) == 1 and last[:1].isupper():
        return True
    words = venue.split()
    return len(words) > 2 and _full_name(" ".join(words[:2])) and names_venue(words[2])


#: the words closing a genre phrase a title-first line may set between the title and its byline ("Turing Lecture",
#: "Keynote Address", "Invited Review"): the kind of piece, no author's name nor part of the title
_GENRE_WORDS = frozenset({"lecture", "keynote", "address", "editorial", "perspective", "commentary", "tutorial",
                          "review", "survey", "talk"})
#: the most words of such a genre phrase
_MAX_GENRE_WORDS = 4
#: a venue written as its acronym ("JMLR", "TACL", "CL", "CACM", "NeurIPS"): capitals, at most a few lower-case
#: letters between them; bounded
_ACRONYM_VENUE = re.compile(r"[A-Z][A-Za-z]{0,4}[A-Z]{1,6}")


def acronym_venue(venue: str) -> bool:
    """``CACM``, ``JMLR``, ``NeurIPS``: a venue named by its acronym alone (``_ACRONYM_VENUE``), as a byline's
    venue often is after a title-first line or a linked title."""
    return _ACRONYM_VENUE.fullmatch(venue) is not None


def title_comma_full_name_byline(text: str) -> Citation | None:
    """``Modelling biology in novel ways - an AI-first course in Structural Bioinformatics, Kieran Didi, Charles
    Harris, Pietro Liò, Rainer Beck, NeurIPS AI4Science 2023, 10/2023``, ``Deep Learning for AI, Turing Lecture,
    Yoshua Bengio, Yann Lecun, Geoffrey Hinton, CACM. doi: …``: a researcher's publication page or a course's
    reading list writes each work as its title, a comma, perhaps the kind of piece (``_GENRE_WORDS``: "Turing
    Lecture", no name nor part of the title), the authors' full names each closed by a comma, then the venue (and a
    date). With a link on the title the byline and venue are read after it; without one, the whole line read as the
    title. The title ends at the line's first comma when the rest opens with a byline of two or more full names
    (``_full_name``) and then gives a venue, dated, a journal's name or an acronym; the title keeps three words or
    more."""
    at = text.find(",")
    if at < 0 or "\n" in text.strip() or len(text[:at].split()) < 3:
        return None
    start = at
    if (after := text.find(",", at + 1)) > 0 and 1 <= len(genre := text[at + 1:after].split()) <= _MAX_GENRE_WORDS \
            and genre[-1].casefold() in _GENRE_WORDS:
        start = after  # "Deep Learning for AI, Turing Lecture, Yoshua Bengio, …": the kind of piece before the names
    rest = parse_trailer(text[start:])
    if len(rest.authors) < _MIN_TITLE_FIRST_NAMES or rest.et_al or not rest.venue or rest.confidence < 0.7 \
            or not all(_full_name(a) for a in rest.authors) \
            or not (rest.year or names_journal(rest.venue) or acronym_venue(rest.venue)) \
            or not text[start + 1:].lstrip().startswith(rest.authors[0]) or _name_glued_at(text[:at], rest.venue):
        return None
    return Citation(" ".join(text[:at].split()), rest.authors, False, rest.venue, rest.year, rest.volume, rest.issue,
                    rest.pages, 0.7)


def _venue_sentence_before_title(title: str, venue: str) -> bool:
    """Whether a reference's first sentence after its byline and date, read as its title, is a journal's name
    (``stop_venue_phrase``, strict: "Scientific Data", "Nature Medicine"; not any title-case phrase holding a venue's
    word, "Principles of Clinical Pharmacology") and the sentence read as its
    venue is a title: four words or more, itself no journal's name. Why: some lists copy a reference with the
    journal before the title ("(2016). Scientific Data. MIMIC-III, a freely accessible critical care database.");
    a work titled by a journal's name alone is none a list cites."""
    words = venue.split()
    return len(words) >= 4 and stop_venue_phrase(title) is not None \
        and stop_venue_phrase(venue) is None and not names_journal(venue)


def _quoted_in(title: str, text: str) -> bool:
    """Whether ``title`` is one word the text quotes ("Katherine "Kit" Halvorsen": ``Kit``)."""
    return bool(title) and " " not in title and any(f"{o}{title}{c}" in text for o, c in ("‘’", "''", '""', "“”"))


def _parse_citation(text: str) -> Citation | None:
    """``parse_citation`` of the text as written."""
    if "(" in text:  # APA "(2018, June)", "(2019, November 3-7)": the year is what dates it
        text = _APA_DATE.sub(r"(\1)", text, count=1)
    text = without_reference_number(text)  # "[12] Wang, S. & Xu, J. Title. …": the number is no author
    if " / " in text and (slashed := _SLASH_FIELDS.match(text.strip())) is not None:
        # "Rao / MSA Transformer / 2021 / **read**": a reading log's fields set apart by spaced slashes, the first
        # author's surname, the title, the year, then the reader's marks; read as one sentence, the surname and the
        # slashes became the title's ("Rao / MSA Transformer /") and a short title fell below a title's length
        title = slashed.group("title").strip()
        if len(title.split()) >= 2 and title[:1].isupper():
            # (a one-word "title" or one opening in lower case is a tool's or a note's field: "PyTorch / Lightning /
            # 2020", "Training notes / see the wiki / 2022")
            return Citation(title, (slashed.group("author"),), bool(slashed.group("et_al")), None,
                            int(slashed.group("year")), None, None, None, 0.7)
    if author_year_key_note(text):
        return None  # "Kenlay et al. 2024 (IgT5) - Our antibody model choice": a mention by key, no reference
    if in_text_cited_works(text) >= 2:
        return None  # "… despite weak labels (Coudray and Tsirigos, 2020, Echle et al., 2020), even …": prose citing
    if text.rstrip(" .,;").endswith("]") and (bracketed := title_bracketed_names(text)) is not None:
        # "Going Deeper with Convolutions [Christian Szegedy, Wei Liu]": a course's reading list writes the authors
        # in square brackets after the title, with no venue nor year
        return Citation(bracketed[0], bracketed[1], False, None, None, None, None, None, 0.6)
    text = stopped_before_et_al(text)  # "Title Miotto et al. Scientific Reports (2016)": the title ends at the name
    text = venue_year_moved_after_title(text)  # "Hunt M, et al., bioRxiv, 2024. Title": the venue and year lead
    text = others_as_et_al(text)  # "Alachiotis, N., & others (2024). Title. …": BibTeX's "and others", rendered
    text = without_author_marks(text)  # "Okafor C, Moreau L#.": a lab's marks of first or corresponding authors
    text = recased_lowercase_byline(text)  # "penzel t, moody gb. the apnea-ecg database. …": read as typed capitalised
    text = recased_lowered_initials(text)  # "Pizzagalli, D. a. (2013). Title": an exporter's lowered initial
    if ", " in text[:200]:
        text = recased_gbt_initials(text)  # "Chen Y w, Lin L. Title": Google Scholar's lowered GB/T initial
    if "(" in text:
        text = _EDITOR_MARK.sub("", text, count=1)  # "Anderson und Rosenfeld (Hrsg.). Title": editors, not a title
    d, s, web_url, arxiv = _prepare(text)
    if not any(c.isalpha() for c in s):
        return None
    # "ALMALKI, Fahad; ALKHALED, Jaber. Title. …": an ABNT byline; its closing ", 2022. Disponível em" is no
    # author-date year, nor an " and " or " by " in its title a BibTeX or "Title by Authors" byline
    abnt = abnt_byline(d, s) if s[:1].isupper() else None
    if abnt is None and (m := _TWO_SURNAMES_YEAR.match(s)) is not None \
            and not any(name.casefold() in VENUE_WORDS for name in m.group(1, 2)):
        # "Brennan and Ruiz 2021. Title. Molecular Ecology, 15, 610-622.": the short byline of a two-author work, as
        # "Zinger et al. 2019." is of a longer one (a mention closing a line, "Reviewed in Ferreira et al. 2023.",
        # opens no reference: only the reference's first words are read so)
        title_end, tail_start = _title_end(s, m.end(), dated=True)
        title = _clean_title(d[m.end():title_end])
        if title and len(title.split()) >= 2:
            source = _parse_source(d, s, tail_start, arxiv)
            if source[1] is None:
                source = (source[0], int(m.group(4)), *source[2:])
            return _score_citation(title, (d[m.start(1):m.end(1)], d[m.start(2):m.end(2)]), False, source, False,
                                   web_url)
    if abnt is None and " and " in s and (bibtex := _bibtex_byline(d, s, web_url)) is not None:
        return bibtex
    if abnt is None and (m := _AUTHOR_DATE_QUOTE.search(s, 0, 1500)) \
            and (close := _author_date_close(s, m)) > m.end() + 8:
        # Chicago author-date (Zotero's export): 'Olsen, Tobias H., and Charlotte M. Deane. 2022. "Title."
        # Protein Science 31 (1): 141–46.': the year closes the author list and the quotes hold the title
        authors, et_al, _ = _scan_authors(d[: m.start(1)], s[: m.start(1)], trailer=False)
        if not authors:
            authors, et_al = chicago_byline(d[: m.start(1)])
        title = _clean_title(d[m.end() : close])
        head = s[: m.start(1)]
        if title and len(title.split()) >= 3 and '"' not in head \
                and (authors or len(head.split()) <= 2 or ("," in head and len(head.split()) <= 80)
                     or _corporate_author(head)):
            tail = close + 1
            while tail < len(s) and s[tail] in " .,;:":  # "‘Title’. Science …": the sentence's stop follows the quote
                tail += 1
            source = _parse_source(d, s, tail, arxiv)
            if source[1] is None:
                source = (source[0], int(m.group(1)), *source[2:])
            return _score_citation(title, authors, et_al, source, True, web_url)
    if abnt is None and (m := _AUTHOR_DATE_PLAIN.search(s, 0, 1500)) is not None and '"' not in s[: m.start(2)]:
        # ACL / ACM reference format: "Ming Zhu, Aman Ahuja, and Chandan K. Reddy. 2019. A Hierarchical Attention
        # Retrieval Model for …. In *The Web Conference*. …": the year closes the author list as a sentence of
        # its own and the unquoted title follows
        dated = m.start("month") if m.group("month") else m.start(2)  # where the byline's date begins
        authors, et_al, end = _scan_authors(d, s, trailer=False)
        if end > dated and authors and authors[-1].rstrip(". ") == m.group("month").rstrip(". "):
            authors, end = authors[:-1], dated  # "Moreau, L., Dec. 2021.": the month's abbreviation is no name
        if not (authors and end <= dated and not s[end:dated].strip(" .,")):
            # "…, and Chandan K. Reddy. 2019.": a middle initial the scanner read as the block's end
            authors, et_al, end = _given_name_list(d[:dated]), False, dated
        if authors and end <= dated and not s[end:dated].strip(" .,"):
            title_end, tail_start = _title_end(s, m.end(), dated=True)
            if (cut := _colon_issue_venue(s, m.end(), title_end)) is not None:
                title_end, tail_start = cut, cut + 2  # "(2024) Title, Journal, 12:1, 2345823, DOI: …"
            title = _clean_title(d[m.end() : title_end])
            # a title of two words ("Deep learning") when several authors, closed by the year, vouch for the form
            if title and len(title.split()) >= (2 if len(authors) >= 2 else 3):
                source = _parse_source(d, s, tail_start, arxiv)
                if source[1] is None:
                    source = (source[0], int(m.group(2)), *source[2:])
                return _score_citation(title, authors, et_al, source, False, web_url)
    if abnt is None and " by " in s and (by_line := _title_by_authors(d, s, arxiv, web_url)) is not None:
        return by_line
    authors, et_al, title_start = abnt or _scan_authors(d, s, trailer=False)
    if abnt is None and (not authors or "," in s[:240] and not any(_INITIAL_CLOSES.search(a) for a in authors)) \
            and (group := apa_organisation_lead(s)) is not None:
        # "Centers for Disease Control and Prevention. (2021). Title. *Journal*, 70(12).": an organisation signs the
        # reference; its name, closed by the date sentence, is the byline and the title follows the date
        name, year, start = group
        title_end, tail_start = _title_end(s, start, dated=True)
        title = _clean_title(d[start:title_end])
        if title and len(title.split()) >= 3:
            source = _parse_source(d, s, tail_start, arxiv)
            if source[1] is None:
                source = (source[0], year, *source[2:])
            bodies = tuple(p.strip().removeprefix("& ").removeprefix("and ").strip() for p in d[: len(name)].split(","))
            return _score_citation(title, bodies, False, source, False, web_url)
    if abnt is None and authors and _INITIAL_CLOSES.search(authors[-1]) \
            and (chicago := _chicago_surname_after(d, s, title_start)):
        authors, et_al, title_start = chicago
    if not authors and (colon := _label_colon(d, s)) is not None:
        # "Implemented by: Voets, M., Møllersen, K., Title, CoRR (2018)": a short label before the reference
        # "OhioT1DM: Marling C, Bunescu R. The OhioT1DM Dataset …": a data set's name labelling its Vancouver byline
        # "SYN-02: Chen RJ et al. Title. …": a reference key before a lone author "et al." byline labels it as well
        # "PRS Tutorial: Choi, Shing Wan, Timothy Shin-Heng Mak, and Paul F. O'Reilly. "Title." …": a tool's name
        # labelling an MLA byline, whose given-first names carry no comma or stop, vouched for by its quoted title;
        # "CITATION: Shing Wan Choi, Paul F O'Reilly, Title, GigaScience, Volume 8, Issue 7, …": a record's field
        # labelling Oxford Academic's "Cite" text, vouched for by its written-out volume and issue
        # ("GCN：Kipf, T.N., and Welling, M. (2016). Title. …": a full-width colon, typed with no space after it)
        rest = colon + 1 + (s[colon + 1 : colon + 2] == " ")
        labelled = _scan_authors(d[rest:], s[rest:], trailer=False)
        if (len(labelled[0]) >= 2 or labelled[0] and labelled[1]) \
                and (all("," in a or "." in a or _VANCOUVER_NAME.fullmatch(a) or _GROUP_NAME.fullmatch(a)
                         for a in labelled[0])
                     or _mla_byline_quoted(s[rest:], labelled)
                     or _oup_cite_byline(s[rest:], labelled)):
            d, s = d[rest:], s[rest:]
            authors, et_al, title_start = labelled
    if not authors and (lone := _lone_vancouver_colon(s)) is not None:
        # "Li H: A statistical framework for SNP calling, …. Bioinformatics. 2011 …" (nf-core's CITATIONS.md): a
        # single Vancouver author closed by a colon, as "Van Loo P, …, et al.: Title" closes a longer byline
        authors, et_al, title_start = (d[: lone - 2],), False, lone
    if not authors and (lone := _lone_vancouver_stop(s)) is not None:
        # "Bacaër N. Ross and malaria (1911). In: A Short History of …; 2011. p. 65–9.": a single Vancouver author
        # closed by a stop, before a title whose first word is capitalised (a surname's shape the scanner will not
        # read as a title's start); the reference's Vancouver source after it vouches for the byline
        authors, et_al, title_start = (d[: lone - 2],), False, lone
    if not authors and (pair := _surname_pair_lead(d)) is not None:
        # "Runcie and Crawford. Fast and flexible linear mixed models for …. PLOS Genetics.": two surnames joined by
        # "and" and closed by a stop are the byline, as "Bageritz et al." is
        authors, et_al, title_start = pair[0], False, pair[1]
    if not authors and "," in s[:60] and (inverted := _inverted_byline_sentence(d, s)) is not None:
        # "Browning Carmo, Kathryn, Tracey Lutz, …, et Nick Evans. Title. Acta Paediatrica, 15 septembre 2016.": a
        # Chicago bibliography's byline the scanner stops short of (a surname that reads as a word, "Browning")
        authors, et_al, title_start = inverted
    if not authors and (tag := _LEAD_TAG.match(s)) is not None:
        # "[EMNLP2021] Yan C, Zhang Y, Liu K, et al. Title[C]//Proceedings …", "[IEEE access]Frisoni G, Moro G, …":
        # a reading list's bracketed venue tag before the reference is no author; the authors follow it
        tagged = _scan_authors(d[tag.end() :], s[tag.end() :], trailer=False)
        if len(tagged[0]) >= 2 or tagged[0] and tagged[1]:
            d, s = d[tag.end() :], s[tag.end() :]
            authors, et_al, title_start = tagged
    if not authors and s[:1] not in "\"'" and (given := title_then_given_byline(d, s)) is not None:
        # "Computer-Assisted Retrosynthesis …, Connor W. Coley, Luke Rogers, …, and Klavs F. Jensen, 2017": the
        # title first, then the full names and the year, all parted by commas (no full stop after the title)
        return _score_citation(given[0], given[1], False, (given[2], given[3], None, None, None), False, web_url)
    quoted = False
    rest = title_start
    while rest < len(s) and s[rest] in " .,;:":
        rest += 1
    if authors and s.startswith("/ ", rest):
        # "Wysocki et al. / Ultra-NeRF" (a data set table's Dataset cell): a spaced slash after the byline pairs
        # the authors with the name of what they made, as "A / B" pairs two names; a reference's title follows its
        # byline, never a slash (a reading log's "Rao / MSA Transformer / 2021" is ``_SLASH_FIELDS``'s, above);
        # read as one, the name became a title "/ Ultra-NeRF"
        return None
    if authors and s[:rest].rstrip().endswith(";") and ((group := _GROUP_AUTHOR.match(s, rest)) is not None
                                                        or (group := _NLM_CLOSING_GROUP.match(s, rest)) is not None):
        # NLM's "…, Rickels MR; T1DEXI Study Group. Examining …": a group author after the personal ones
        # ("…, Durbin R; 1000 Genome Project Data Processing Subgroup. The Sequence …": after the semicolon closing
        # personal names, any group's last word, "Subgroup", "Team", "Committee", signs; read as a title, the group's
        # name titled the reference and the title became its venue)
        authors, rest = (*authors, d[rest : group.end(1)]), group.end()
    # "Validity, Uniqueness, Novelty, FCD, SNN": "Surname, Given" pairs with no initial's full stop,
    # closed by a mere comma (no full stop, colon or year), are a run of comma-separated terms
    # unless a year or a venue dates them
    # ("深度学习技术，成像模态，临床数据库等元数据需要提供。": CJK phrases of a name's length, likewise closed by a
    # comma, are a sentence's clauses; a Chinese byline ends at its full stop, "张三，李四. 标题")
    # ("Disease NER, Drug NER, Clinical NER unified": a note's comma-list of short noun phrases, each a word and an
    # acronym, reads as "Surname IN" Vancouver names; a Vancouver byline closes with a full stop, "Troyanskaya OG.
    # Title", so undotted names closed by a mere comma are, undated, a run of terms: see _comma_closed_vancouver)
    comma_cut = bool(authors) and s[:rest].rstrip().endswith(",") \
        and (any("," in a for a in authors) and not any("." in a for a in authors)
             or all(a and (all(_is_cjk(c) or c == "·" for c in a) or _hangul_name(a)) for a in authors)
             or _comma_closed_vancouver(authors, s, rest))
    if authors and all(", " in a for a in authors) and (m := _UNSEPARATED_LAST_AUTHOR.match(s, rest)) is not None:
        # "Jacobs, F., …, Christiaens, M. Lemahieu, I. (1998). Title": see _UNSEPARATED_LAST_AUTHOR
        authors, rest = (*authors, d[m.start(1) : m.end(1)]), m.end()
    early_year = None
    # "Choné e Ma (2011) formalizam …", "Smith et al. (2019) showed that …": perhaps prose citing a work
    narrative = bool(authors) and (m := _LEADING_YEAR.match(s, rest)) is not None and _narrative_byline(authors, s, m)
    # "Hence, Ciresan et al. [1] trained a network …": the reference number prose sets after the authors it names,
    # then the verb (``_NARRATIVE_REFERENCE_MARK``)
    narrative = narrative or bool(authors) and _NARRATIVE_REFERENCE_MARK.match(s, rest) is not None
    if authors and (m := _LEADING_YEAR.match(s, rest)):  # APA "(2016). Title", LNCS "(2015) Title"
        early_year, rest = int(m.group(1)), m.end()
    if (rest >= len(s) or s[rest] != '"') and (byline := _byline_before_quote(d, s, rest)) is not None:
        # 'Andrea T. Shafer, Lori Beason-Held, Yang An, …, and Susan M. Resnick. "Title." Venue (2021).': a lab's
        # list of full names before a quoted title, which the scanner cut short at a name that reads as a word
        # ("Yang An") or a glued initial ("Bennett A.Landman"); the quote opens the title
        authors, et_al, rest = byline[0], False, byline[1]
    if (rest >= len(s) or s[rest] != '"') and (inverted := _inverted_byline_before_quote(d, s, rest)) is not None:
        # 'Scott, P. Anne, et al. "Title." Nursing Ethics 26.5 (2019)': MLA's first author inverted with an initial
        # before the given name; the scanner stops at the initial ("Scott, P.") and the given name opened the title
        authors, et_al, rest = inverted
    if authors and rest < len(s) and s[rest] != '"' and (m := _VENUE_YEAR_QUOTE.match(s, rest)) is not None \
            and (close := _closing_quote(s, m.end())) > m.end() + 8 \
            and len((title := _clean_title(d[m.end() : close]) or "").split()) >= 3:
        # 'Whyte et al., _Cell_ 2013, "Master Transcription Factors and …"': a reading list's short form, the
        # venue and the year between the authors and the quoted title
        tail = _parse_source(d, s, close + 1, arxiv)
        venue = d[m.start(1) : m.end(1)].strip(" ,.*_") or None
        return _score_citation(title, authors, et_al, (venue, int(m.group(2)), *tail[2:]), True, web_url)
    if len(authors) == 1 and not et_al and rest < len(s) and s[rest] == '"' and " " not in authors[0].strip() \
            and s[:rest].rstrip()[-1:].isalpha():
        # 'Presentar "relación contaminante-enfermedad" como una tarea …': one capitalised word run straight into a
        # quote, no comma or stop closing it, is the verb opening a sentence, no byline; a byline before a quoted
        # title closes on its stop or comma ('Smith J. "Title."', 'Smith, "Title"')
        authors, rest = (), 0
    if rest < len(s) and s[rest] == '"' and (close := _nested_quote_close(s, rest + 1)) > rest \
            and not _scare_quoted(d[rest + 1 : close], d[close + 1 : close + 2]) \
            and not _quoted_command(d[rest + 1 : close]) and not _quoted_title_lead(s, close):
        title, tail_start, quoted = d[rest + 1 : close], close + 1, True
    elif authors and (close := _single_quote_close(d, s, rest)) > rest:
        title, tail_start, quoted = d[rest + 1 : close], close + 1, True
    else:
        title_end, tail_start = _title_end(s, rest)
        if rest < len(s) and s[rest] == '"':
            # 'Stoica, George, et al. "ZipIt! Merging Models … without Training.': a quote opened and never closed
            # (its close went with the line's trimmed end) still holds the title, and a "!" or "?" inside a
            # quoted title is the title's own ("ZipIt!", "Yahoo!"): the title runs on to the next full stop
            while s[title_end - 1 : title_end] in ("!", "?") and tail_start < len(s):
                title_end, tail_start = _title_end(s, tail_start)
        if authors and s[:rest].rstrip().endswith(",") and (cut := _comma_venue(s, rest, title_end)) is not None:
            # "Coram, M., Title, JAMA 316 (22) (2016) 2402–2410": commas close the authors and the title alike;
            # the last ", Venue" before the year is the venue
            title_end, tail_start = cut, cut + 1
        elif authors and (cut := _stop_closed_comma_venue(authors, s, rest, title_end)) is not None:
            # "Wang Z, Wang F, Qin C, et al. Title, Radiology: Artificial Intelligence, 2025, 7(2): e240443.": a
            # Vancouver byline closed by its stop, then the title closed, IEEE-like, by a comma before the venue
            title_end, tail_start = cut, cut + 1
        elif authors and (cut := _meeting_clause(s, rest, title_end)) is not None:
            # "Kind, Adrian, and George Azzopardi. Title, International Conference on Computer Analysis of Images and
            # Patterns. Springer, Cham, (2019)": the title's last comma opens the meeting the work was given at
            title_end, tail_start = cut, cut + 1
        elif authors and (cut := _colon_issue_venue(s, rest, title_end)) is not None:
            # "Kuniki Imagawa & Kohei Shiomoto (2024) Title, Journal: Subtitle, 12:1, 2345823, DOI: …": Taylor &
            # Francis closes an author-date title with the venue its "volume:issue" and article number follow
            title_end, tail_start = cut, cut + 1
        elif authors and s[:rest].rstrip().endswith(";") and (volume := VOLUME_ISSUE_SOURCE.search(s, rest)) is not None \
                and (comma := s.rfind(", ", rest, volume.start())) > rest:
            # Oxford Academic's "Cite" text: "Shivade C, …, Albert M Lai; A review of approaches …, *Journal of the
            # American Medical Informatics Association*, Volume 21, Issue 2, 1 March 2014, Pages 221–230": a
            # semicolon closes the authors, and the title runs to the comma before the journal its volume follows
            title_end, tail_start = comma, comma + 1
        title = d[rest:title_end]
    cleaned = _clean_title(title)
    if not cleaned:
        if not authors:
            return None
        # A bare author list is not a reference; re-read the whole text as a title.
        return _score_citation(_clean_title(d), (), False, _parse_source(d, s, 0, arxiv), False, web_url)
    title = cleaned
    dash_initial = False
    if not authors and not quoted and rest < len(s) and (m := _DASH_INITIAL_END.search(s, rest, tail_start + 12)) \
            and m.end() <= tail_start:
        # "Title — I. J. Good. Advances in Computers 1965.": the first initial of the author closed the
        # "sentence"; the title ends at the dash and the author starts at the initial
        title, tail_start, dash_initial = _clean_title(d[rest:m.start()]) or title, m.start() + 3, True
    if not authors and quoted and (comma_byline := _quoted_title_comma_byline(d, s, tail_start, arxiv)) is not None:
        # '“HistoQC：用于…的开源质量控制工具”，Janowczyk A.，Zuo R.，…，JCO临床癌症信息学，2019': a GB/T-like reference,
        # its quoted title first, then authors, venue and year, each closed by a (full-width) comma
        return _score_citation(title, comma_byline[0], comma_byline[1], comma_byline[2], True, web_url)
    if not authors and tail_start < len(s):
        # title first: "U-Net: … Segmentation. Olaf Ronneberger, Philipp Fischer, Thomas Brox. MICCAI 2015."
        found = _title_first_authors(d, s, tail_start, title, dash_initial, arxiv, quoted)
        if found is None and not quoted and not dash_initial:
            # "When are randomised trials unnecessary? Picking signal from noise. P. Glasziou, I. Chalmers, …
            # Bmj 2007: 334(7589); 349-51.": the title's own question or subtitle closed a sentence before the
            # authors; the title runs on to the next sentence end (at most two more) if the authors follow it
            end = tail_start
            for _ in range(_MAX_TITLE_SENTENCES - 1):
                more_end, more_start = _title_end(s, end)
                if more_start >= len(s) or more_end <= end:
                    break
                longer = _clean_title(d[rest:more_end]) or title
                if (found := _title_first_authors(d, s, more_start, longer, False, arxiv)) is not None:
                    title = longer
                    break
                end = more_start
        if found is not None:
            authors, et_al, tail_start = found
    source = _parse_source(d, s, tail_start, arxiv)
    # (the title's end may have taken the bracket's opening: the bracket is read whole)
    if not authors and not quoted and (closing := bracketed_names_year(
            d[tail_start - 1 :] if tail_start and d[tail_start - 1] == "(" else d[tail_start:])) is not None:
        # "Quantum Computing Since Democritus (Scott Aaronson, 2013)": the bracket closing the title holds people's
        # names and the year, a book's byline, not a venue ("(Nature Medicine, 2019)" names none)
        authors, source = closing[0], (None, closing[1], *source[2:])
    if authors and not quoted and (kicked := _after_section_kicker(d, s, title, tail_start, source, arxiv)):
        title, source = kicked
    if early_year and source[1] != early_year:
        # an author-date byline's year dates the work; a later year in the tail is a reprint's, an edition's or
        # a talk's ("Wang, Z., … (2022). Title. *Epigenetics*. (Platform presentation, IGES 2019)")
        source = (source[0], early_year, *source[2:])
    if authors and not quoted and source[1] is None and source[0] is None and title[-5:-4] == " " \
            and (closing := _TITLE_COMMA_YEAR.search(title)) is not None \
            and len(title[: closing.start()].split()) >= _MIN_WORDS_BEFORE_COMMA_YEAR:
        # natbib's plainnat form of a preprint, "Yilun Du, …, and Igor Mordatch. Improving factuality and reasoning in
        # language models through multiagent debate, 2023.": no venue, the year closes the title after a comma; it
        # dates the work and is no word of its title ("Cancer statistics, 2020. CA Cancer J Clin. 2020;…" has a
        # dated source and keeps its title)
        title, source = title[: closing.start()], (source[0], int(closing.group(1)), *source[2:])
    if narrative and not quoted and source[0] is None and all(part is None for part in source[2:]):
        return None  # no venue, volume nor pages after it: the sentence's rest is no title, the byline its subject
    cit = _score_citation(title, authors, et_al, source, quoted, web_url)
    if cit is not None and comma_cut and not quoted and source[0] is None and source[1] is None \
            and cit.confidence >= 0.5:
        cit = replace(cit, confidence=round(cit.confidence - 0.1, 2))
    return cit


#: a byline of bare surnames as running prose names a work's authors: one surname ("Reinhardt", "van Dijk"), or two
#: joined by a conjunction in the text's language ("Choné e Ma", "Smith and Jones", "García y Pérez")
#: one bare surname as prose and review headings write it: a capital, then a lower-case letter ("MICCAI" is no
#: surname), a particle before it allowed ("van Dijk", "Rossi-Hansberg", "Choné")
SURNAME_WORD = r"(?:(?:van|von|de|da|del|der|di|du|le|la|dos|das)\s)?[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’][\w'’-]{0,30}"
#: the word that joins the last two authors' surnames in the languages lists are written in
NAME_CONJUNCTION = r"(?:and|&|e|y|und|et|ve|và|dan)"
_BARE_SURNAMES = re.compile(rf"{SURNAME_WORD}(?: {NAME_CONJUNCTION} {SURNAME_WORD})?")


#: a bracketed reference number right after a byline, then a lower-case word: "Ciresan et al. [1] trained …",
#: "Krizhevsky et al. [7] was due to …" — a translated paper's sentence whose subject is the authors it cites by
#: number, its verb next. A reference list sets the number before the byline ("[1] Ciresan D, …"), never after it,
#: so the sentence's rest is no title; read as a reference, a reading note's every such sentence was a paper
#: (bounded: no backtracking run)
_NARRATIVE_REFERENCE_MARK = re.compile(r"\[\d{1,3}(?:\s?[,\u2013-]\s?\d{1,3}){0,5}\][ \t]+[a-z]")


def _narrative_byline(authors: tuple[str, ...], s: str, year: re.Match) -> bool:
    """``Choné e Ma (2011) formalizam a utilidade da prática como``, ``Smith et al. (2019) showed that …``: bare
    surnames (no initial, no inverted "Surname, I."), the year in brackets, then a lower-case word with no stop,
    comma or colon between: a sentence whose subject is the authors and whose verb follows, as prose cites a work
    ("as Smith et al. (2019) showed"), not a reference (whose year sentence closes, "(2019). Title", or whose
    title opens capitalised, "(2015) Title"); the caller still reads a sentence that goes on to a venue, a volume
    or pages as a reference in lower case ("Esteva et al. (2017) dermatologist-level …. Nature 542:115-118").
    Why: the sentence's rest was taken for a title, and a paragraph of a write-up's prose for a paper."""
    closed = year.group(0).rstrip()
    if not closed.endswith((")", "）")) or year.end() >= len(s) or not s[year.end()].islower():
        return False
    return len(authors) == 1 and _BARE_SURNAMES.fullmatch(authors[0]) is not None


#: an APA byline's last "Surname, I." name standing alone between the stop that closed the scanned names and the
#: "(Year)." sentence, the comma or "&" before it left out: "…, Christiaens, M. Lemahieu, I. (1998). Title". The
#: scanner ends the byline at the full stop after "M." (a name closed by a stop and followed by more text), so the
#: stray name was taken for the title; a name of that shape right before the year can only be the last author (a
#: title follows the year sentence, never precedes it)
_UNSEPARATED_LAST_AUTHOR = re.compile(r"((?:[a-z]{1,4} ){0,2}[A-Z][\w'’-]{1,40}(?: [A-Z][\w'’-]{1,40})?, "
                                      r"[A-Z]\.(?: ?-?[A-Z]\.){0,3})[ \t]*(?=\((?:19|20)\d\d[a-z]?\))")
#: ", 2023" closing a title that a byline opens and nothing follows: natbib's undated-venue preprint ("Title, 2023.")
_TITLE_COMMA_YEAR = re.compile(r",[ \t]((?:19|20)\d\d)$")
#: the fewest words left of such a title once its year is cut (a short "Cancer statistics, 2020" keeps its year)
_MIN_WORDS_BEFORE_COMMA_YEAR = 4


#: the most words of a journal's section label set before an article's title ("RNA imaging.", "Genome editing.")
_MAX_KICKER_WORDS = 3
#: a lowercase word a journal's name may have ("Communications of the ACM", "Journal of la Société …"); any other
#: lowercase word reads as an article title's sentence case, not a venue's
_VENUE_FUNCTION_WORDS = frozenset("of the and for in on at de des du la le et und für y".split())


def _sentence_case_clause(text: str) -> bool:
    """``text`` reads as an article's title in sentence case, not as a journal's name: four words or more, two of
    them lowercase words that are no function word of a name ("Spatially resolved, highly multiplexed RNA profiling
    in single cells"; not "Communications of the ACM", "Proc. Natl. Acad. Sci. U. S. A.")."""
    words = text.split()
    lower = [w for w in words if w[:1].isalpha() and w[:1].islower() and w.strip(",;:") not in _VENUE_FUNCTION_WORDS]
    return len(words) >= 4 and len(lower) >= 2


def _after_section_kicker(d: str, s: str, title: str, tail_start: int, source: tuple, arxiv: bool):
    """``Chen, K. H., … & Zhuang, X. RNA imaging. Spatially resolved, highly multiplexed RNA profiling in single
    cells. Science 348, aaa6090 (2015)``: (title, source) when what was read as the title is a journal's section
    label (a "kicker", which MEDLINE keeps in front of Science's titles) and the sentence after it, read as the
    venue, is the real title, followed by a venue and year of its own; else None.

    Why: the first sentence after the byline titled the paper "RNA imaging" and the title became its venue. Only a
    short label (three words, no digit, no colon) before a sentence-case clause of four words or more, itself
    closed by a stop and followed by a venue and year, is read so: "LeCun, Y. … Deep learning. Nature 521, …" has
    a journal's name after its short title and keeps it."""
    venue = source[0]
    if not venue or source[1] is None or len(title.split()) > _MAX_KICKER_WORDS \
            or any(c.isdigit() or c in ":：" for c in title) or not _sentence_case_clause(venue):
        return None
    end, rest = _title_end(s, tail_start)
    real = _clean_title(d[tail_start:end])
    if not real or real != _clean_title(venue) and not venue.startswith(real) or rest >= len(s):
        return None
    after = _parse_source(d, s, rest, arxiv)
    if not after[0] or after[1] != source[1] or _sentence_case_clause(after[0]):
        return None
    return real, after


#: how many sentences a title written before its authors may run to ("Question? Subtitle. Authors. Venue")
_MAX_TITLE_SENTENCES = 3


#: a reference's second line that is only a byline and its year: "Tim Stuart, Andrew Butler, Rahul Satija (2019)."
_BYLINE_YEAR_LINE = re.compile(r"^(?P<names>[^()\n]{5,600}?)\s*\((?P<year>(?:19|20)\d\d)\)\.?\s*$")


def title_line_then_byline(text: str) -> tuple[str, tuple[str, ...], int] | None:
    """``Comprehensive integration of single cell data⏎Tim Stuart, Andrew Butler, …, Rahul Satija (2019).`` →
    (title, names, year): a reference copied from an article's page, its title on one line and on the next the
    authors' full names and the year in brackets, with no stop between them. Joined into one line, the names read as
    more title words; the line break is where the title ends. Only a second (and last) line of nothing but two or
    more full names and the year splits so; any other break (a title wrapped in its middle) gives None."""
    head, _, rest = text.strip().partition("\n")
    m = _BYLINE_YEAR_LINE.match(rest.strip())
    if m is None:
        return None
    names = _given_name_list(m.group("names"))
    title = _clean_title(" ".join(head.split()))
    if len(names) < 2 or not title or len(title.split()) < 3:
        return None
    return title, names, int(m.group("year"))


def _title_first_authors(d: str, s: str, start: int, title: str, initial_first: bool,
                         arxiv: bool, quoted: bool = False) -> tuple[tuple[str, ...], bool, int] | None:
    """The authors a title-first reference names at ``start`` (after its title): (authors, et al., where the
    source starts), or None. Several authors (or an "et al.") are enough; one author must close with a full
    stop before a venue and a year ("Title. Bui. *arXiv* 2026."; written initials first, "N. Black. British
    Medical Journal 1996: 312(7040); 1215-8.")."""
    after, after_et_al, after_end = _scan_authors(d[start:], s[start:], trailer=False, initial_first=initial_first)
    if len(after) > 1 or (after and after_et_al):
        return after, after_et_al, start + after_end
    if not quoted and (closing := _ET_AL_ONLY_TAIL.match(s, start)) is not None:
        # "Deep MR to CT Synthesis using Unpaired Data. Wolterink et al.": a reading list's title, then only its
        # first authors' surnames and "et al." closing the line; no title follows them to anchor the byline, so the
        # scanner read the names as a venue ("Wolterink et al"); a quoted title's byline is read by the caller with
        # the venue that a text cut before it carries ('"Title." Mara Okafor et al. arXiv 2025.')
        names = tuple(" ".join(name.split()) for name in d[closing.start(1):closing.end(1)].split(","))
        return names, True, len(s)
    for initials in ((initial_first,) if initial_first else (False, True)):
        if initials:
            after, after_et_al, after_end = _scan_authors(d[start:], s[start:], trailer=False, initial_first=True)
        if len(after) == 1 and s[start + after_end - 1 : start + after_end] == "." \
                and not _CUT_AT_INITIAL.search(title) \
                and (src := _parse_source(d, s, start + after_end, arxiv))[0] and src[1]:
            # one author closed by a full stop, then a venue and a year: "Title". Bui. *arXiv* 2026.
            return after, False, start + after_end
    return _surnames_before_year_sentence(d, s, start)


#: the whole tail after a title's stop is one to four authors' surnames (one to three capitalised words each, comma
#: separated) and "et al.": "Wolterink et al.", "UH et al.", "Smith, Jones et al." (anchored at the tail's start and
#: at the text's end; bounded runs)
_ET_AL_ONLY_TAIL = re.compile(r"\s{0,3}((?:[A-ZÀ-Þ][\w'’-]{0,30}(?: [A-ZÀ-Þ][\w'’-]{0,30}){0,2})"
                              r"(?:, [A-ZÀ-Þ][\w'’-]{0,30}(?: [A-ZÀ-Þ][\w'’-]{0,30}){0,2}){0,3}),? et\.? ?al\b\.?\s{0,3}\Z")

#: "Le. 2019. Artificial Life." / "Sun & Hu. 2018. Briefings in Bioinformatics.": one to four bare surnames as a
#: sentence of their own, then the year as a sentence of its own, then a venue opening with a capital
_SURNAMES_YEAR_SENTENCE = re.compile(
    r"\s*((?:[^\W\d_][\w'’-]*)(?:\s*(?:,|&|\band\b)\s*[^\W\d_][\w'’-]*){0,3})\.\s+((?:19|20)\d\d)\.\s+(?=[A-Z][a-z])")


def _surnames_before_year_sentence(d: str, s: str, start: int) -> tuple[tuple[str, ...], bool, int] | None:
    """The bare surnames of a reading-group citation "Title. Sun & Hu. 2018. Briefings in Bioinformatics.": (authors,
    False, where the year starts), or None.

    Why: the byline scanner reads a two-letter surname with its stop ("Hu.", "Le.", "Xu.") as a given name's
    initials ("Th.") and stops; and one author before the year is no byline it trusts, a venue being expected
    next. The year standing as a sentence of its own between the names and a capitalised venue vouches for the
    form; each name must be a name word (not a journal's: "Title. Nature. 2019. Springer." keeps no author)."""
    m = _SURNAMES_YEAR_SENTENCE.match(s, start)
    if m is None:
        return None
    names = tuple(n.strip() for n in _BYLINE_SEPARATOR.split(d[m.start(1) : m.end(1)]) if n.strip())
    if not names or not all(_is_name_word(n) for n in names):
        return None
    return names, False, m.start(2)


#: the end of a comma-separated reference after its byline: the venue, a comma and the year (a Chinese list writes
#: "2020年", the year with its unit), then nothing more (one unbounded space run only, at the end: no backtracking)
_COMMA_VENUE_YEAR = re.compile(r"\s*([^,\d\s][^,]{0,79}?)\s?,\s*((?:19|20)\d\d)\s?年?\.?\s*$")
#: the comma that closes a quoted title before its byline ('"Title", Authors', '“标题”，作者', folded to ",")
_COMMA_AFTER_QUOTE = re.compile(r"\s*,\s*(?=\S)")


def _quoted_title_comma_byline(d: str, s: str, at: int, arxiv: bool):
    """(authors, et al., source) of a reference that gives its quoted title first and closes it with a comma, its
    parts each closed by a comma ('"HistoQC: An Open-Source …", Janowczyk A., Zuo R., …, JCO Clinical Cancer
    Informatics, 2019'; a Chinese list's translation of it writes full-width commas, a translated venue and "2020年");
    None unless ``at`` (just after the closing quote) is such a comma and two or more authors (or "et al.") follow.
    Why: read as a title then a sentence, the comma hid the byline, and the whole reference was read as a venue.
    A name in CJK script after Latin-lettered ones ("…, Janowczyk A., 病理学杂志, 2020年") is the translated venue:
    a byline does not change script midway."""
    comma = _COMMA_AFTER_QUOTE.match(s, at)
    if comma is None:
        return None
    start = comma.end()
    names, et_al, end = _scan_authors(d[start:], s[start:], trailer=False)
    names, end = _latin_byline_before_cjk_venue(d, names, start, start + end)
    if len(names) < 2 and not (names and et_al):
        return None
    source = _comma_venue_year(d, s, end) or _parse_source(d, s, end, arxiv)
    if source[1] is None:
        return None
    return names, et_al, source


def _latin_byline_before_cjk_venue(d: str, names: tuple[str, ...], start: int, end: int) -> tuple[tuple[str, ...], int]:
    """(names, where the byline ends) with a closing run of CJK-script "names" after Latin-lettered ones given back
    to the source: "Janowczyk A.，病理学杂志，2020年" — a Chinese list translating a reference keeps the authors' names
    and translates the journal's, and a byline does not change script midway. ``start``/``end``: the byline's span."""
    kept = list(names)
    while len(kept) > 1 and all(_is_cjk(c) for c in kept[-1]) and any(c.isascii() and c.isalpha() for c in kept[0]):
        cut = d.rfind(kept.pop(), start, end)
        if cut < 0:
            return names, end
        end = cut
    return tuple(kept), end


def _comma_venue_year(d: str, s: str, at: int) -> tuple[str | None, int, None, None, None] | None:
    """The source of a reference whose rest from ``at`` is only "Venue, Year" (``_COMMA_VENUE_YEAR``; "病理学杂志，2020年",
    written without a space, one token to ``_parse_source``), else None."""
    tail = _COMMA_VENUE_YEAR.match(s, at)
    if tail is None:
        return None
    return d[tail.start(1) : tail.end(1)].strip(" *_") or None, int(tail.group(2)), None, None, None


#: an opening quote of a title ('"', '“'), where a gloss may hand over to a quoted-title reference
OPENING_QUOTES = "\"“"
#: how many opening quotes a gloss is searched for before its reference (a gloss is short)
_MAX_GLOSS_QUOTES = 3


def quoted_title_comma_reference(text: str) -> Citation | None:
    """``text`` read as a whole reference that opens with its quoted title closed by a comma, then its authors, venue
    and year ('"Title", Surname I., Surname I., Venue, 2019'; '“标题”，Surname I.，Surname I.，期刊，2020年'), else
    None. Why apart from ``whole_reference``: its title may be Chinese, one "word" to a count of words, yet the
    quotes, the byline of initialled names and the year vouch for it as a reference."""
    head = text.strip()
    if head[:1] not in OPENING_QUOTES or len(head) > MAX_CHARS:
        return None
    d, s, _, arxiv = _prepare(head)
    close = s.find('"', 1)
    if close < 0 or _quoted_title_comma_byline(d, s, close + 1, arxiv) is None:
        return None
    cited = parse_citation(head)
    if cited is None or cited.confidence < 0.5 or not cited.title or cited.year is None \
            or not (len(cited.title.split()) >= 3 or sum(map(_is_cjk, cited.title)) >= 6):
        return None
    return cited


#: what follows an IEEE-style quoted title when the byline comes last: its venue (no comma in it) and a comma, if
#: given, the year and a full stop, then the byline (', 13th Asian Conference on Computer Vision, 2016. Tsung-Wei Ke, …')
_VENUE_YEAR_BEFORE_BYLINE = re.compile(r"[ \t]{0,3},?[ \t]{0,3}(?:(?P<venue>[A-Z0-9][^\",;\n]{2,120}?),[ \t]?)?"
                                       r"(?P<year>(?:19|20)\d\d)\.[ \t]{1,3}(?=[A-Z])")


def quoted_title_venue_year_byline(text: str) -> Citation | None:
    """``"Variational Convolutional Networks for Human-Centric Annotations," 13th Asian Conference on Computer
    Vision, 2016. Tsung-Wei Ke, Che-Wei Lin, Tyng-Luh Liu and Davi Geiger,``: a reference that opens with its quoted
    title (three words or more), then only its venue (if given) and year, then its byline last → that citation, else
    None.
    Why: ``quoted_title_comma_reference`` wants the byline right after the title, so a link-less line written in
    this order was read as no reference. The byline must be two names or more (or one and "et al.") that run to the
    text's end (a trailing comma or stop aside): a sentence after the year ('… 2016. Presentar los resultados …') is
    no byline."""
    head = text.strip()
    if head[:1] not in OPENING_QUOTES or len(head) > MAX_CHARS:
        return None
    d, s, _, _ = _prepare(head)
    close = s.find('"', 1)
    if close < 0:
        return None
    title = d[1:close].strip().rstrip(",.").strip()
    m = _VENUE_YEAR_BEFORE_BYLINE.match(s, close + 1)
    if m is None or len(title.split()) < 3:
        return None
    bd, bs, _, _ = _prepare(d[m.end():])
    names, et_al, end = _scan_authors(bd, bs, trailer=True)
    if (len(names) < 2 and not (names and et_al)) or bs[end:].strip(" ,.;"):
        return None
    venue = d[m.start("venue"):m.end("venue")].strip() if m.group("venue") else None
    return Citation(title=title, authors=names, et_al=et_al, venue=venue, year=int(m.group("year")), confidence=0.8)


#: the dash that closes a work's title before its byline ('“Title” - J. Doe, K. Roe; Venue, 2024'; en and em dashes
#: folded to "-")
_DASH_BEFORE_BYLINE = re.compile(r"\s+-{1,2}\s+(?=\S)")
#: a byline's close, then only "Venue, Year" or "Venue (Year)": its semicolon ('…, K. Roe; European Urology, 2024.'),
#: or the full stop after its last surname ('…, B. Sato. Computers in Biology and Medicine, 2025.')
_SEMICOLON_VENUE_YEAR = re.compile(r"(?:;|(?<=[a-z])\.)\s*([^;,\d\s][^;,\d]{0,79}?)\s*(?:,\s*|\()((?:19|20)\d\d)\)?"
                                   r"\s?\.?\s*$")


#: a text's close on a year ("…, 2024.", "… (2025)") and a dash set off by spaces, as written (``_prepare`` not yet run)
_YEAR_CLOSE = re.compile(r"(?:19|20)\d\d\)?\s?\.?\s*$")
_SPACED_DASH = re.compile(r"\s[-–—]{1,2}\s")


def quoted_title_dash_reference(text: str) -> Citation | None:
    """``text`` read as a whole reference that opens with its title (quoted, or not), a dash after it, then a byline
    of initialled names closed by a semicolon or a stop and only "Venue, Year" ('“Title” - J. Twilt, A. Saha, PI-CAI
    Consortium; European Urology, 2024.'; 'Title – H. Varga, B. Sato. Computers in Biology and Medicine (2025).'),
    else None. Why: a lab's news page highlights its publications this way, one paragraph or quote each and no link;
    the dash hid the byline from ``whole_reference`` and the semicolon the venue from ``quoted_title_comma_reference``,
    so every work was lost. All the byline's names but a closing consortium must be people's written with initials
    (``_initialled_person``), two at least: a remark with a dash, a place and a year ('“A motto” - the lab's social,
    2024') names no one, and is no reference."""
    head = text.strip()
    if len(head) > MAX_CHARS or _YEAR_CLOSE.search(head[-12:]) is None or _SPACED_DASH.search(head) is None:
        return None  # (read cheaply first: most texts end on no year or hold no spaced dash)
    d, s, _, _ = _prepare(head)
    quoted = s[:1] == '"'
    close = s.find('"', 1) if quoted else -1
    if quoted and close < 0:
        return None
    dash = _DASH_BEFORE_BYLINE.match(s, close + 1) if quoted else _DASH_BEFORE_BYLINE.search(s)
    tail = _SEMICOLON_VENUE_YEAR.search(s, dash.end()) if dash is not None else None
    if tail is None:
        return None
    title = " ".join(d[1:close].split()).rstrip(",") if quoted else " ".join(d[:dash.start()].split())
    names = tuple(n.strip() for n in d[dash.end():tail.start()].split(","))
    people = [n for n in names if _initialled_person(n)]
    if len(title.split()) < 3 or len(people) < 2 or len(people) < len(names) - 1 \
            or len(people) < len(names) and not _CLOSING_GROUP_AUTHOR.match(f"; {names[-1]}"):
        return None
    return Citation(title=title, authors=names, venue=d[tail.start(1):tail.end(1)].strip(" *_"),
                    year=int(tail.group(2)), confidence=0.6)


def quoted_reference_after_gloss(description: str) -> tuple[Citation, str] | None:
    """The quoted-title comma reference (``quoted_title_comma_reference``) a tool's description gives after a short
    gloss of it, and the text it starts at: "HistoQC 是…的开源质量控制工具，“HistoQC：…”，Janowczyk A.，…，2019" — the
    gloss hands over to the reference at the title's opening quote, with no full stop between them."""
    at = 0
    for _ in range(_MAX_GLOSS_QUOTES):
        at = min((i for q in OPENING_QUOTES if (i := description.find(q, at)) >= 0), default=-1)
        if at < 0:
            break
        tail = description[at:]
        if (cited := quoted_title_comma_reference(tail)) is not None:
            return cited, tail
        at += 1
    return _unquoted_title_clause_reference(description)


#: the full-width comma that closes a clause of a Chinese list's prose (the gloss before a reference, its title)
_CJK_CLAUSE_COMMA = "，"
#: fewest CJK characters a comma clause holds to be a translated title (a title, not a word like "其它")
_MIN_CJK_TITLE_CHARS = 6


def _unquoted_title_clause_reference(description: str) -> tuple[Citation, str] | None:
    """The reference a Chinese list's gloss hands over to at a full-width comma when its translated title stands
    unquoted in a clause of its own: "最初发表于…网站（…）， 一种用于归一化…的方法，M Macenko，M Niethammer，…，IEEE ISBI，
    2009。dx.doi.org/…" — the clause is all CJK, Latin-lettered initialled names follow it, then venue and year. Read
    as ``quoted_title_comma_reference`` reads its quoted form (the text given back is that quoted form). Why: with
    neither quotes nor a full stop the gloss, the title and the byline ran together, and the work was lost."""
    at = description.find(_CJK_CLAUSE_COMMA)
    for _ in range(_MAX_GLOSS_QUOTES):
        if at < 0:
            return None
        start = at + 1
        at = description.find(_CJK_CLAUSE_COMMA, start)
        if at < 0:
            return None
        clause = description[start:at].strip()
        if sum(map(_is_cjk, clause)) >= _MIN_CJK_TITLE_CHARS and not any(c.isascii() and c.isalnum() for c in clause) \
                and clause[:1] not in OPENING_QUOTES:
            quoted = f"“{clause}”{description[at:]}"
            if (cited := quoted_title_comma_reference(quoted)) is not None:
                return cited, quoted
    return None


#: a trailer that is only a bracketed tag of two to six capitalised words (no initials, no commas) and a year
_NAME_YEAR_TAG = re.compile(r"[(（]\s*([A-Z][A-Za-z&'’-]*(?:\s+[A-Z&][A-Za-z&'’-]*){1,5})\s+(?:19|20)\d\d\s*[)）]")


#: a trailer that is only a bracketed surname, a comma, an acronym venue (two capitals at least: ICLR, NeurIPS,
#: arXiv, MICCAI; perhaps a second word, "CVPR Workshops") and a year
_SURNAME_VENUE_TAG = re.compile(r"[(（]\s*([A-Z][a-z][\w'’-]*)\s*,\s*((?:[Aa]r[Xx]iv|(?=[A-Za-z]*[A-Z][A-Za-z]*[A-Z])[A-Za-z]{2,12})"
                                r"(?:\s+[A-Z][a-z]+)?)\s+(?:19|20)\d\d\s*[)）]")
#: a bracketed year (a month before it perhaps) opening a trailer, text after it: "[2025] Giorgio Bonollo, …",
#: "(2022) A. Author, B. Author", "[Jun., 2025] Yijun Yang, et al."
_LEAD_BRACKET_YEAR = re.compile(r"\s*[\[(（](?:[A-Z][a-z]{2,8}\.?,?\s*)?((?:19|20)\d\d)[\])）][\s.,:;]*(?=\S)")
#: what separates a line's fields as a comma does: middle dots, bullets, dashes (and spaces)
_FIELD_SEPARATORS = " ·•—–|"


#: words the venue-and-year cell a linked title's text closes with may hold ("Nature, 2019", "Curr Opin Struct Biol. 2021")
_PIPE_TAIL_WORDS = 8


def pipe_venue_tail(title: str) -> tuple[str, str] | None:
    """``[Advances in protein structure prediction and design | Nature, 2019](…)``: a link whose text writes the work's
    title, a pipe, then where and when it appeared (a venue and a year, or a year alone) → (title, venue cell); None
    when the last cell is no venue-and-year (``[Title | Part 2](…)``) or the title would be under three words. Why:
    the pipe parts the citation inside the link as it does on a link-less line ("Title | Cell, 2020"); the venue
    cell is no part of the title."""
    head, sep, tail = title.rpartition(" | ")
    head, tail = head.strip(), tail.strip()
    if not sep or len(head.split()) < 3 or not tail or len(tail.split()) > _PIPE_TAIL_WORDS or "|" in head:
        return None
    return (head, tail) if parse_trailer(tail).year is not None else None


#: "Patro2017", "Ahlmann-Eltze2020", "[[Bray2016]]": a reference manager's citation key, the surname glued to the
#: year, under which a Zotero or Obsidian vault files its note on a paper (a wikilink's brackets may stay around it)
_CITATION_KEY = re.compile(r"\[{0,2}(?P<name>[A-Z][^\W\d_]+(?:[-'’][A-Z]?[^\W\d_]+)*)(?P<year>(?:19|20)\d\d)[a-z]?\]{0,2}")
#: "Hoi et al.(2018), ", "Foster and Rakhlin (2023), ", "Song et al. (Machine Learning, 2024), ", "Dai et al.(CVPR2025),
#: ": a byline opening a linked title, a surname (and "et al." or a second surname) then a bracket of the year, a venue
#: perhaps before it, and the comma before the title (bounded pieces: no backtracking on a long link text)
_BYLINE_YEAR_LEAD = re.compile(
    r"(?P<first>[^\W\d_][\w'’-]{1,30})(?:\s+et\.?\s?al\.?|\s+(?:and|&)\s+(?P<second>[^\W\d_][\w'’-]{1,30}))?\s?"
    r"[(（](?:(?P<venue>[^\W\d_][^()（）\d,]{0,40}?)[,\s]*)?(?P<year>(?:19|20)\d\d)[)）]\s?[,，]\s+(?=\S)")


def byline_year_lead(text: str) -> tuple[tuple[str, ...], str | None, int, str] | None:
    """``Hoi et al.(2018), Online Learning: A Comprehensive Survey``, ``Song et al. (Machine Learning, 2024), No
    Regret Sample Selection with Noisy Labels``: a reading list may write each linked work as its first author's
    surname (with "et al." or a second surname), its year in brackets (the venue perhaps before the year) and a
    comma, then its title. The lead is a citation, no part of the title. → (authors, venue, year, title), or None
    when the text does not open so."""
    lead = _BYLINE_YEAR_LEAD.match(text)
    # (a name word, as the author scanner reads one: not an acronym, "BERT (2019), …", nor a lower-case word)
    if lead is None or not _is_name_word(lead.group("first").replace("’", "'")) \
            or lead.group("second") is not None and not _is_name_word(lead.group("second").replace("’", "'")):
        return None
    authors = (lead.group("first"),) + ((lead.group("second"),) if lead.group("second") else ())
    venue = (lead.group("venue") or "").strip() or None
    return authors, venue, int(lead.group("year")), text[lead.end():].strip()


#: "Li et al., 2023, ", "Li and Wang, 2023, ", "Singhal, 2023, ", "Li et al. 2023, ": a byline (a surname, then "et al." or a second
#: surname) and its year parted by commas before the rest of a comma-separated reference (bounded pieces, no nesting)
_BYLINE_COMMA_YEAR_LEAD = re.compile(
    r"(?P<first>[^\W\d_][\w'’-]{1,30})(?P<more>\s+et\.?\s?al\.?|\s+(?:and|&)\s+(?P<second>[^\W\d_][\w'’-]{1,30}))?"
    r"(?:\s?[,，]\s?|(?P<space>\s))(?P<year>(?:19|20)\d\d)[a-z]?\s?[,，]\s+(?=\S)")
#: the longest venue clause closing a comma-separated reference ("NeurIPS 2023", "Nature Medicine", "arXiv")
_MAX_VENUE_CLAUSE_WORDS = 8


def _venue_clause(clause: str) -> tuple[str, int | None] | None:
    """(venue, year) when ``clause`` names only where (and when) a work appeared: "NeurIPS 2023", "Nature", "arXiv",
    "npj Digital Medicine"; a venue with no year beside it must be one ``names_venue``, ``names_journal`` or
    ``names_preprint_server`` knows (a capitalised phrase alone is as often a title's subtitle). Else None."""
    if not clause or len(clause.split()) > _MAX_VENUE_CLAUSE_WORDS or not (
            clause[0].isupper() or clause[:1] in "an" or names_preprint_server(clause.split()[0])):
        return None  # (a server is spelt in lower case first: "medRxiv", "bioRxiv", "chemRxiv")
    tail = parse_trailer(clause)
    if not tail.venue or tail.authors or tail.title:
        return None
    if tail.year is None and not (names_venue(clause) or names_journal(clause) or names_preprint_server(clause)):
        return None
    return tail.venue.strip(" .,*_") or None, tail.year


def venue_after_linked_title(clause: str) -> str | None:
    """``, JBI`` / ``, ML4H`` after ``Lindqvist and Oduya (2021), [Title](…)``: the clause after a byline-first
    reference's linked title, where the link bounds the title, so a short capitalised clause that reads as a venue
    and nothing else (no names, no title, no stop) is the venue even when no venue list knows it (the unlinked form
    cannot tell it from the title's last phrase: ``_venue_clause``). → the venue, else None."""
    clause = clause.strip()
    if not clause or ". " in clause or len(clause.split()) > _MAX_VENUE_CLAUSE_WORDS \
            or not (clause[0].isupper() or names_preprint_server(clause.split()[0])):
        return None
    tail = parse_trailer(clause)
    if not tail.venue or tail.authors or tail.title:
        return None
    return tail.venue.strip(" .,*_") or None


def byline_comma_year_reference(text: str) -> tuple[tuple[str, ...], str | None, int, str] | None:
    """``Li et al., 2023, LLaVA-Med: Training a … in One Day, NeurIPS 2023``, ``Singhal et al., 2023, Med-PaLM,
    Nature``, ``Li et al. (2023), Title, ACL``: a reading list may write every work byline first, each part closed
    by a comma — the first author's surname (with "et al." or a second surname), the year, the title (or the work's
    short name), then the venue (its year perhaps repeated) → (authors, venue, year, title). The title runs to the
    last comma when what follows it names a venue (``_venue_clause``), else to the end. None when the text does not
    open so, the title is empty or opens in lower case ("Smith et al., 2020, showed …": prose), or the rest holds a
    sentence's stop (a note after the reference: no telling where the title ends)."""
    text = emphasis_free(text.strip().strip("`")).replace("`", "")
    lead = _BYLINE_COMMA_YEAR_LEAD.match(text)
    if lead is None:
        bracketed = byline_year_lead(text)
        if bracketed is None or bracketed[1] is not None:
            return None
        authors, year, rest = bracketed[0], bracketed[2], bracketed[3]
    else:
        if not _is_name_word(lead.group("first").replace("’", "'")) \
                or lead.group("second") is not None and not _is_name_word(lead.group("second").replace("’", "'")) \
                or lead.group("space") and not lead.group("more"):
            return None  # (a lone word and a year, "PyTorch 2023, …", is a name's release, no byline)
        authors = (lead.group("first"),) + ((lead.group("second"),) if lead.group("second") else ())
        year, rest = int(lead.group("year")), text[lead.end():]
    rest = rest.strip().rstrip(" .;")
    venue = None
    head, comma, clause = rest.rpartition(",")
    if comma and (named := _venue_clause(clause.strip())) is not None:
        rest, venue = head.strip(), named[0]
    title = rest.strip(" ,*_\"“”")
    if not title or not (title[0].isupper() or title[0].isdigit()) or ". " in title:
        return None
    return authors, venue, year, title


#: " ^3355cb": an Obsidian block anchor closing a line; it names the line for links, it says nothing of the work
_BLOCK_ANCHOR = re.compile(r"\s+\^[A-Za-z0-9-]{1,40}$")


def note_byline(text: str) -> tuple[tuple[str, ...], int] | None:
    """``Patro2017 ^1faca1``, ``[[Bray2016]]``, ``Pal et al., 2018``: what a personal reading index writes after a
    work's title to name the note filed under it, a citation key or an author-year, with the vault's block anchor
    after it. Returns (the authors named, the year) or None when ``text`` says anything more (a venue, words)."""
    text = _BLOCK_ANCHOR.sub("", text.strip()).strip()
    key = _CITATION_KEY.fullmatch(text)
    if key is not None:
        return (key.group("name"),), int(key.group("year"))
    cited = parse_trailer(text)
    if cited.authors and cited.year is not None and not cited.venue and cited.confidence >= 0.7 \
            and len(text.split()) <= 8:
        return cited.authors, cited.year
    return None


#: a numbered bibliography's bracketed number before the byline that leads the linked rest of the reference: "[1] "
#: in '[1] Wang, Jue, et al. ["Title." Science 377.6604 (2022): 387-394.](…)' (a letter after it: a name)
_LEAD_NUMBER = re.compile(r"\[\d{1,3}\][:.]?[ \t]+(?=[^\W\d_])")
#: a one-word name in brackets that a line writes before its linked title, then the bracketed venue and year after
#: it: "(FocalMed) [Title](…) (ICLR 2022)" leaves the trailer "(FocalMed) (ICLR 2022)"; the name is the method's
#: ("(GapFill) [Title](…) Medical Image Analysis 2024": a capitalised venue after it, unbracketed, as well)
_LEAD_SHORT_NAME = re.compile(r"[(\[][ \t]*[A-Za-z][\w+.-]{0,30}[ \t]*[)\]][ \t]+(?=[(\[][ \t]*[A-Za-z]|[A-Z])")
#: a trailer that opens with the work's volume, as an IEEE reference writes it after the title: ", vol. 2. Springer
#: International Publishing, 2019.", ", vol. 12, no. 3, pp. 1-10, 2019."
_LEAD_VOLUME = re.compile(r"(?i)vol(?:ume)?\.?[ \t]*(?P<volume>\d{1,4})(?:[ \t]*[.,]?[ \t]*no\.?[ \t]*(?P<issue>\d{1,4}))?"
                          r"[ \t]*[.,]?[ \t]*(?=\S)")


#: a trailer that opens with the day a page was last changed or read ("last updated Jan 23, 2025", "updated on
#: 2024-05-01", "(last modified: March 2024)", "accessed 3 May 2023"): a stamp of the page, not of a publication
_UPDATE_STAMP_LEAD = re.compile(r"[(\[]?(?:last\s{1,3})?(?:updated|modified|revised|accessed|retrieved)"
                                r"(?:\s{1,3}(?:on|at))?\s{0,3}:?\s{0,3}(?=\d|" + MONTH + r")", re.I)


@lru_cache(maxsize=1 << 14)  # pure; the same author line comes back (trailer, then its author string)
def parse_trailer(text: str) -> Citation:
    """Parse what follows a linked title (authors, venue, year…); the title is not expected.

    Separators between the links and the byline ("[paper](…) · *Zhang et al.* (arXiv 2026)", "— CVPR 2024")
    open no field: left, they made the byline read as the venue's first words. Nor does a reference's bracketed number
    (``_LEAD_NUMBER``) before the byline a numbered bibliography writes ahead of its linked title: left, it hid the
    names ("[1] Wang, Jue, et al." read as no byline). Nor do the marks of co-first or corresponding authors
    (``without_author_marks``: "Yinda Zhang*, Sean Fanello, … *ECCV 2018*"), as ``parse_citation`` drops them: left,
    the starred name broke the list of names and the whole byline read as the venue."""
    text = without_author_marks(text.lstrip(_FIELD_SEPARATORS))
    if _UPDATE_STAMP_LEAD.match(text.lstrip(" -–—:,")) is not None:
        # "[Paperpile](…) -- last updated Jan 23, 2025.": the day the writer last touched a shared page, no work's
        # venue and year (read as one, "last updated Jan" was a venue and the page a paper of 2025)
        return Citation(None, (), False, None, None, None, None, None, 0.0)
    if (number := _LEAD_NUMBER.match(text)) is not None:
        text = text[number.end():]
    if (name := _LEAD_SHORT_NAME.match(text)) is not None:
        # "(FocalMed) (ICLR 2022)": the method's short name opens no field (read with the venue's bracket, the venue
        # was "FocalMed) (ICLR"); the bracket after it is read alone
        text = text[name.end():]
    bare = text.lstrip(" ,.")
    if bare[:1] in ("v", "V") and (volume := _LEAD_VOLUME.match(bare)) is not None:
        # (the volume opens no byline: read as one, "vol" was the work's author and the venue was lost; one volume
        # only, the rest read without looking for another: "vol. 1 vol. 1 …" stays linear and shallow)
        rest = _dated_or_plain_trailer(bare[volume.end():])
        return replace(rest, volume=volume.group("volume"), issue=volume.group("issue") or rest.issue)
    trailer = _dated_or_plain_trailer(text)
    if not trailer.authors and (split := _without_closing_group(text)) is not None:
        # "Pungitore, S., …, Subbian, V., & N3C Consortium (2024). [Title](…)": the byline before a linked title,
        # signed last by a group (``apa_closing_group``); read without the group, the names are the byline's
        members = _dated_or_plain_trailer(split[0])
        if members.authors:
            return replace(members, authors=members.authors + (split[1],))
    return trailer


def _dated_or_plain_trailer(text: str) -> Citation:
    """``parse_trailer`` past its separators, number and volume: a bracketed year leading a byline, or the rest."""
    dated = _LEAD_BRACKET_YEAR.match(text)
    if dated is not None:
        # "**Title** [2025]" / "Giorgio Bonollo, …, and Giorgio Colombo.": the title's bracketed year, cut from it,
        # leads the byline under it; it dates the work and opens no name (read so only when names follow it:
        # "[2018] :star:[paper](…)" is a line of links, "(Nov 2025) L1-L2 …" a note)
        byline = _parse_trailer(text[dated.end():], dated)
        if byline.authors:
            return byline
    return _parse_trailer(text, None)


#: an affiliation in brackets right after a byline's names, without digits (no year, no volume): "(MSRA)" (not
#: more names: "Robbyant Team (Zelin Gao, Qiuyu Wang, …, et al.)")
_AFFILIATION_AFTER_NAMES = re.compile(r"[\s,]*[(（][^()（）\d]{2,80}[)）]")


#: a description's closing bracket naming where and when the work appeared: "… em sistemas de IA médica. (Journal
#: of Young Investigators, Mar 2026)", "… (Royal Society Open Science, 2026)", "(npj Digital Medicine, Abr 2026)"
_CLOSING_VENUE_TAG = re.compile(r"[(（]\s*(?P<venue>[A-Za-z][^()（）,\d]{2,79}?)\s*,\s*(?:[A-Za-zÀ-ÿ]{3,9}\.?\s+)?"
                                r"(?P<year>(?:19|20)\d\d)\s*[)）]\s*\.?\s*$")


def _closing_venue_tag(text: str) -> Citation | None:
    """The venue and year a description's prose closes with in brackets, or None. Why: read as a trailer, the
    prose's first words became authors and everything up to the bracket the venue ("Análise de" / "considerações
    éticas … (Royal Society Open Science"). Only after a closed sentence (or nothing), and only a journal's or a
    venue's name: "(see Smith, 2020)" cites someone."""
    m = _CLOSING_VENUE_TAG.search(text) if text.endswith((")", "）", ").", "）.")) else None
    if m is None:
        return None
    before = text[:m.start()].rstrip()
    venue = " ".join(m.group("venue").split())
    if before and before[-1] not in ".!?。" or not (names_journal(venue) or names_venue(venue)):
        return None
    return Citation(None, (), False, venue, int(m.group("year")), None, None, None, 0.5)


#: a trailer that names where and when the work appeared first, then its byline to the end: ", ICML 2025, Xiaorui
#: Su, Shvat Messica, Yepeng Huang" (a reading list's "1. [Title](…), ICML 2025, \\" over its author line)
_VENUE_YEAR_THEN_NAMES = re.compile(r"(?P<venue>[A-Za-z][^,\d()\[\]:;]{1,60}?)\s+(?P<year>(?:19|20)\d\d)\s*,\s*"
                                    r"(?P<names>[^\d()\[\]:;]{5,})")


def _venue_year_led_byline(text: str) -> Citation | None:
    """The venue and year, then the authors, of a trailer written in that order (``_VENUE_YEAR_THEN_NAMES``), or
    None. Why: the byline scanner reads names from the trailer's start; "ICML 2025, …" opens with none, so only the
    venue and year were read, and a byline of four or more names made the trailer too long to be taken for them:
    the work lost its venue, its year and its authors. Only when all that follows the year is people's full names
    (``_given_name_list``, two or more) and the lead is no person's name ("Smith 2020, Jones and Lee" cites)."""
    m = _VENUE_YEAR_THEN_NAMES.fullmatch(text.strip(" ,").rstrip(" .\\"))
    if m is None:
        return None
    venue = m.group("venue").strip()
    names = _given_name_list(m.group("names").replace(" & ", ", "))
    if len(names) < 2 or personal_name(venue):
        return None
    return Citation(None, names, False, venue, int(m.group("year")), None, None, None, 0.9)


def _venue_after_byline_semicolon(d: str, s: str, authors: tuple[str, ...], et_al: bool,
                                  end: int) -> tuple[tuple[str, ...], tuple[str, int]] | None:
    """(authors, (venue, year)) of a trailer whose comma-separated byline of initialled names (a consortium may close
    it) ends on its only semicolon, only "Venue, Year" after it (``_SEMICOLON_VENUE_YEAR``: "J. Twilt, A. Saha, PI-CAI
    Consortium; European Urology, 2024."), else None. ``authors``/``et_al``/``end``: the scanner's reading of the
    whole trailer. Why: the scanner reads on past a semicolon (Vancouver groups its names so), and took a short venue
    for one more "Surname Given" name ("BJS Open"), or a consortium and the venue for the venue; the work then had no
    venue, or lost its byline, and a link-less one was no paper."""
    tail = _SEMICOLON_VENUE_YEAR.search(s) if s.count(";") == 1 and not et_al else None
    if tail is None or not authors:
        return None
    semi = tail.start()
    names, more, stop = _scan_authors(d[:semi], s[:semi], trailer=True)
    rest = d[stop:semi].strip(" ,")
    if more or len(names) < 2 or sum(map(_initialled_person, names)) < 2 \
            or rest and not _CLOSING_GROUP_AUTHOR.match(f"; {rest}"):
        return None
    return (*names, rest) if rest else names, (d[tail.start(1):tail.end(1)].strip(" *_"), int(tail.group(2)))


def _parse_trailer(text: str, dated: re.Match | None) -> Citation:
    """``parse_trailer`` of ``text``; ``dated``: the bracketed year cut from before it, if any."""
    if (tagged := _closing_venue_tag(text.strip())) is not None:
        return tagged
    if dated is None and (led := _venue_year_led_byline(text)) is not None:
        return led
    d, s, web_url, arxiv = _prepare(text)
    d, s = _strip_wrapping(d, s)
    closing_group = _CLOSING_GROUP_AUTHOR.search(s) if ";" in s else None
    if closing_group is not None:
        # "Kehl KL, …, Panageas KS; American Association of Cancer Research (AACR) … (GENIE) Consortium.": the
        # personal names, then the group that signs last; scanned whole, the group's first two words read as one
        # more "Surname Given" name and the rest as the venue
        semi = closing_group.start()
        authors, et_al, end = _scan_authors(d[:semi + 1], s[:semi + 1], trailer=True)
        if authors and not et_al and end >= semi:
            authors, end = (*authors, d[closing_group.start(1):closing_group.end(1)]), closing_group.end()
        else:
            authors, et_al, end = _scan_authors(d, s, trailer=True)
    else:
        authors, et_al, end = _scan_authors(d, s, trailer=True)
    venue_after_semicolon = _venue_after_byline_semicolon(d, s, authors, et_al, end)
    if venue_after_semicolon is not None:
        # "D. Höppener, W. Aswolinskiy, …, C. Verhoef; BJS Open, 2024.": see ``_venue_after_byline_semicolon``
        authors, source = venue_after_semicolon
        return Citation(None, authors, et_al, *source, None, None, None, 0.9)
    if authors and (org := _AFFILIATION_AFTER_NAMES.match(d, end)) is not None and d[org.end():].strip(" ,.;") \
            and org.group().count(",") <= 1 and "et al" not in org.group():
        # "Kurt Bollacker, …, Jamie Taylor (Metaweb Technologies, Inc) SIGMOD'08": the team's affiliation after
        # the names is no part of the venue that follows it
        end = org.end()
    if authors and s[:end].rstrip().endswith(";") and (group := _GROUP_AUTHOR.match(s, end)) is not None:
        # NLM's "…; T1DEXI Study Group. JAMA 2020." after the linked title: the group signs last, no venue
        authors, end = (*authors, d[group.start(1):group.end(1)]), group.end()
    latin, latin_end = _latin_byline_before_cjk_venue(d, authors, 0, end)
    if latin_end < end and (closing := _comma_venue_year(d, s, latin_end)) is not None:
        # '“标题”，Sato H.，Lindqvist E.，医学图像分析，2023' after its quoted title: the journal's translated name closes
        # the byline, then the year (see ``_quoted_title_comma_byline``)
        authors, (venue, year, volume, issue, pages) = latin, closing
    else:
        venue, year, volume, issue, pages = _parse_source(d, s, end, arxiv, trailer=True)
    if len(authors) == 1 and not et_al and venue is None and year \
            and (tag := _NAME_YEAR_TAG.fullmatch(text.strip())) is not None and tag.group(1) == authors[0]:
        # "(Digital Discovery 2023)", "(Nat Rev Bio Eng 2024)": a bracketed tag of capitalised words then only
        # a year is a venue and its edition (a citing byline, "(Smith et al. 2023)", "(Smith 2023)", names one
        # surname or several with "et al."; no list writes an author's whole name alone in a trailer tag)
        authors, venue = (), tag.group(1)
    elif not authors and venue and (tag := _SURNAME_VENUE_TAG.fullmatch(text.strip())) is not None:
        # "(Reed, ICLR 2015)", "(Han, NIPS 2018)": the first author's surname, then an acronym venue and its year,
        # as "(Reed et al., ICLR 2015)" says with its "et al."
        authors, venue = (tag.group(1),), tag.group(2)
    elif not authors and venue and _initialled_person(venue):
        # "**Diffusion Models are Autoencoders** S. Dielman (2021)": one author's initialled name before the year
        # is the byline the scanner leaves alone (one name, no "et al."), no venue
        authors, venue = (venue,), None
    if dated is not None and year is None:
        year = int(dated.group(1))
    if venue and not authors:
        venue = _venue_after_dating_verb(venue)
    score = 0.0
    if authors:
        score += 0.4 + (0.1 if len(authors) > 1 or et_al or any("." in a for a in authors) else 0.0)
    score += 0.2 * bool(venue) + 0.2 * bool(year) + 0.1 * bool(volume or pages)
    return Citation(None, authors, et_al, venue, year, volume, issue, pages, round(min(score, 1.0), 2))


#: the verb a note dates a work with before the venue it names ("published in Radiology 2019", "accepted at MICCAI
#: 2023", "Published: 2024/03/05", "Released 2024"): no part of the venue (``extract`` reads a date after it)
DATING_VERB = _DATING_VERB = re.compile(
    r"(?i)\b(?:(?:first\s+)?(?:published|presented|accepted|appeared|appears|released|posted|submitted|dated?"
    r"|to\s+appear)(?:\s+(?:in|at|by|to|on|as|for))?|in\s+press)\b\W*")


#: words of a sentence that no venue's name uses
_PROSE_WORDS = frozenset("from with using trained we our uses based than is are was were".split())
#: a sentence's subject and verb saying where a work went ("This work was at ESTRO", "It was presented at the …")
_PROSE_SUBJECT = re.compile(r"(?i:this\s+(?:work|paper|study)|it|we|our\s+(?:work|paper|study))"
                            r"\s+(?i:was|were|is|are)\b")
#: what follows them: the place, capitalised and of six words at most, after "at" or "in" (and "the")
_PROSE_THEN_PLACE = re.compile(r".*?\s(?i:at|in)\s+(?:(?i:the)\s+)?(?P<place>[A-Z][^\s,;]*(?:\s+[^\s,;]+){0,5})")


def _venue_after_dating_verb(venue: str) -> str | None:
    """The venue a trailer without authors names, without the verb that dated it; None for prose. Why: "- [Title](…)
    - Published: 2024/03/05" gave the venue "Published", "- trained on scans from 2019" the venue "trained on
    scans". Words in lowercase only may still name a venue ("nature method 2015"); with a word that venues never
    use ("from", "using", "we"), they are a sentence that happens to hold a year."""
    if (verb := _DATING_VERB.match(venue)) is not None:
        venue = venue[verb.end():].strip(" ,;:-")
    if _PROSE_SUBJECT.match(venue) is not None:
        # "This work was [accepted](arxiv…) at ESTRO 2023.": the sentence left once its link is gone says where the
        # work appeared after "at" or "in"; its subject and verb are no part of the venue, and a sentence naming no
        # place ("This work is available as a [preprint](…); we trained on scans from 2019") names none
        placed = _PROSE_THEN_PLACE.fullmatch(venue, _PROSE_SUBJECT.match(venue).end())
        return placed.group("place") if placed is not None else None
    words = venue.casefold().split()
    if not any(c.isupper() for c in venue) and len(words) >= 3 and not _PROSE_WORDS.isdisjoint(words):
        return None
    return venue or None


def _initialled_person(text: str) -> bool:
    """``S. Dielman``, ``A. B. Chen``: one person's name written with initials (``personal_name``, at least one
    initial), which no journal or venue is named with ("Nature Medicine", "MICCAI" are none)."""
    return personal_name(text) and any(len(w) <= 3 and w.endswith(".") and w[:1].isupper() for w in text.split()) \
        and not names_venue(text) and not names_journal(text)


# ----------------------------------------------------------------------------- preparation


#: a title's stop, the venue, volume, pages and year with every space lost, as a copied AAAS "Cite as" line arrives
#: ("…contrastive learning.Science379,1358-1363(2023).DOI:10.1126/…")
#: (an e-page, "eadg4410", as Science Advances numbers its articles)
_GLUED_SOURCE = re.compile(r"(?<=[a-z)]{2}[.?!])([A-Z][A-Za-z. ]{1,40}?)(\d{1,4}),((?:[a-z]{0,5}\d{1,7})(?:-\d{1,7})?)"
                           r"\(((?:19|20)\d\d)\)")


def _unglued_source(head: str) -> str:
    """``head`` with the spaces put back into a source glued to the title's stop (``_GLUED_SOURCE``): "learning.
    Science 379, 1358-1363 (2023)". Why: read as one word, the venue, volume and pages stayed in the title and the
    year was the only part of the source read."""
    if "(" not in head:
        return head
    return _GLUED_SOURCE.sub(r" \1 \2, \3 (\4) ", head)


def _prepare(text: str) -> tuple[str, str, bool, bool]:
    """Return (display, shadow, had_web_url, had_arxiv); both strings have the same length.

    URLs, DOIs and arXiv ids are dropped (their trailing ``,``/``;`` kept) because their
    digits would otherwise be read as years, volumes or pages.
    """
    head = _unglued_source(text.lstrip()[: MAX_CHARS * 2])
    if not _may_hold_link(head):
        # the usual trailer ("Tanaka, K., Smith, J. AAAI 2015 (2015)."): no token below would be
        # dropped or cut, so the tokens are only re-joined (a fifth of the cost of the loop)
        display = _venue_dash_year(" ".join(head.split())[:MAX_CHARS])
        return display, display.translate(_FOLD), False, False
    kept: list[str] = []
    web_url = arxiv = previous_url_dot = False
    for token in head.split():
        low = token.lower().lstrip("(<[")
        trailing = token[-1] if token[-1] in ",;" else ""
        if "://" in low or low.startswith("www."):
            web_url |= not any(host in low for host in _SCHOLARLY_HOSTS)
            arxiv |= "arxiv" in low
            previous_url_dot = low.rstrip(")>]").endswith(".")
            kept.append(trailing)
            continue
        if previous_url_dot and "/" in low:  # "https://arxiv. org/abs/…": a URL broken by a space
            previous_url_dot = False
            continue
        previous_url_dot = False
        if low.startswith("arxiv:") and len(low) > 6:
            arxiv = True
            kept.append(trailing)
            continue
        if low in ("doi", "doi:", "doi.") or low.startswith("doi:"):
            continue
        cut = _doi_start(token)
        if cut is not None:
            token = ids.without_resolver_host(token[:cut]).rstrip()
        if _GLUED_VOLUME.fullmatch(token):  # "intelligence35.1 (2013)": volume glued to the venue
            token = _GLUED_VOLUME.sub(r"\1 \2", token)
        kept.append(token)
    display = _venue_dash_year(" ".join(t for t in kept if t)[:MAX_CHARS])
    return display, display.translate(_FOLD), web_url, arxiv


#: a venue and its year joined by a hyphen ("ICCV-2023", "arXiv-2024", "MICCAI-2022"): two tokens, a venue then a year
_VENUE_DASH_YEAR = re.compile(r"(?<![\w-])([A-Za-z]{0,12}[A-Z][A-Za-z]{0,12})-((?:19|20)\d\d)(?![\w-])")


def _venue_dash_year(display: str) -> str:
    """Split "ICCV-2023" into "ICCV 2023" (same length: display and shadow stay aligned)."""
    return _VENUE_DASH_YEAR.sub(r"\1 \2", display) if "-" in display else display


#: a digit, a stop, a digit: what a volume glued to a venue (``intelligence35.1``) needs
_DIGIT_DOT_DIGIT = re.compile(r"\d\.\d")


def _may_hold_link(head: str) -> bool:
    """Whether some token of ``head`` could be a URL, a DOI, an arXiv id or a glued volume, the
    tokens ``_prepare`` drops or rewrites (a necessary condition: each test there needs its
    marker in the token, and a token's lower case is part of the whole text's lower case)."""
    if "10." in head or _DIGIT_DOT_DIGIT.search(head) is not None:
        return True
    low = head.lower()
    return "://" in low or "www." in low or "arxiv:" in low or "doi" in low


def _doi_start(token: str) -> int | None:
    """Offset of a DOI (``10.NNNN/…``) inside a token such as ``2020;10.1038/s41588…``."""
    i = token.find("10.")
    while i != -1:
        j = i + 3
        while j < len(token) and j - i < 13 and token[j].isdigit():
            j += 1
        if j - i >= 7 and j < len(token) and token[j] == "/" and (i == 0 or not token[i - 1].isdigit()):
            return i
        i = token.find("10.", i + 1)
    return None


def _strip_wrapping(d: str, s: str) -> tuple[str, str]:
    """Drop what wraps a trailer: ``(CVPR 2019)``, a leading dash, stop or ``by``."""
    start, end = 0, len(s)
    while start < end and s[start] in "-–:,;/. ":  # ". Karan Singhal, …" after a linked title
        start += 1
    if s.startswith(("by ", "By "), start):
        start += 3
    if start < end and s[start] == "(" and s.endswith(")") and s.count("(") == 1:
        start, end = start + 1, end - 1
    return d[start:end], s[start:end]


# ----------------------------------------------------------------------------- authors


@lru_cache(maxsize=1 << 16)  # names and initials recur across entries and lists
def _token_class(token: str) -> str:
    """I dotted initials, C capital initials, W name word, P particle, G glued ("M.C.Liu"),
    K CJK name, L lowercase word, U capitalised surname ("JIANG"), M combining-mark noise, X anything else."""
    body = token[:-1] if token.endswith(".") else token
    if not body:
        return "X"
    if all(unicodedata.combining(c) for c in token):
        return "M"
    if 2 <= len(body) <= 6 and all(_is_cjk(c) or c == "·" for c in body):
        return "K"
    if 2 <= len(body) <= 4 and _hangul_name(body):
        # "김철수, 이영희. 딥러닝 기반 …. 대한영상의학회지. 2020;81(4)": a Korean journal's Vancouver byline
        # writes each author's name in Hangul, two to four syllables (a family name and a given name, unspaced),
        # as a Chinese or Japanese byline writes its names in ideographs
        return "K"
    if token.endswith(".") and is_initials(token):
        return "I"
    if len(body) <= 3 and body.isalpha() and body.isupper():
        return "I" if token.endswith(".") else "C"
    if _HYPHENATED_INITIALS.fullmatch(body):
        # "Peng C-K, Stanley HE." / "Kim J-H.": a Korean or Chinese given name written as undotted Vancouver
        # initials keeps its hyphen; it is initials all the same, not a word that would end the byline
        return "I" if token.endswith(".") else "C"
    if body in _PARTICLES:
        return "P"
    if "." in body:
        *initials, last = body.split(".")
        last = last.rstrip("0123456789")  # affiliation footnote: "M.C.Liu1"
        if initials and all(len(p) == 1 and p.isupper() for p in initials) and _is_name_word(last):
            return "G"
        return "X"
    if _is_name_word(body) or _elided_particle_surname(body):
        return "W"
    if body.isalpha() and body.islower() and len(body) >= 3:
        return "L"
    if _capitalised_surname(body):
        return "U"
    return "X"


#: a name particle written elided onto the surname, lower-case: "d'Ascoli", "l'Huillier", "dell'Acqua"
_ELIDED_PARTICLES = frozenset({"d", "l", "dell", "dall", "degli"})


def _elided_particle_surname(body: str) -> bool:
    """A surname opened by a lower-case elided particle, "d'Ascoli, S." / "dell'Acqua, F.": a name word after it.

    Why: an APA byline keeps the particle as the family writes it ("d'Ascoli, S., Rapin, J., … [**Title**](…)");
    read as no name (a name word opens with a capital), the first author ends the byline before it starts and the
    whole author list is taken for the entry's title."""
    for mark in ("'", "’"):
        head, sep, tail = body.partition(mark)
        if sep:
            return head in _ELIDED_PARTICLES and _is_name_word(tail)
    return False


def _capitalised_surname(body: str) -> bool:
    """"JIANG", "ZHANG", "OUYANG": GB/T 7714 references set each author's surname in capitals before its undotted
    initials ("ZHAO B N, JIANG X, LUO X, et al. Title[J]."). An all-capital word is as often an acronym ("LSTM",
    "BERT"), so it reads as a surname only where ``_shape`` finds it followed by nothing but initials."""
    return len(body) >= 4 and body.isupper() and _capital_letters(body) \
        and body.casefold() not in _NOT_NAME and body.casefold() not in VENUE_WORDS


def _capital_letters(body: str) -> bool:
    """"JIANG", "GALATZER-LEVY", "MÖLLER", "MONTAÑA-BROWN": Latin letters only (an accented capital as the family
    spells it), perhaps two parts or more joined by hyphens of two letters each at least (not "C-K", initials).

    Why: a GB/T 7714 byline capitalises a double-barrelled or accented surname as it does any other ("BARON-COHEN
    S, WHEELWRIGHT S. Title[J]."); read as no name, the byline was taken for the work's title."""
    parts = body.split("-")
    return all(len(p) >= 2 and p.isalpha() and all(c.isascii() or _latin(c) for c in p) for p in parts)


def _latin(c: str) -> bool:
    return unicodedata.name(c, "").startswith("LATIN ")


#: undotted initials of a hyphenated given name: "C-K", "J-H", "S-Y" (single capitals joined by hyphens), perhaps
#: after a first name's initial: "VW-S" (Vincent Wen-Sheng), "JY-L" — JMIR's Vancouver house style writes them so;
#: read as no initials, the byline ended at that author and the names after it were taken for the title
_HYPHENATED_INITIALS = re.compile(r"[A-Z]{1,2}(?:-[A-Z]){1,2}")


def _is_cjk(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf"


#: the common Korean family names (one syllable, or two: "남궁", "황보", "제갈", "선우"), which open a Korean
#: person's name written in Hangul; a Korean word of a name's length seldom opens with one and is otherwise read
#: as a name ("분류, 검출, 분할. …" are three tasks, not three people)
_KOREAN_SURNAMES = frozenset("""김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 유 전 홍 고 문 양 손 배 백 허
    남 심 노 하 곽 성 차 주 우 구 민 진 나 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 석 선 설 마 길 연 위 표 명 기
    반 왕 금 옥 육 인 맹 제 모 탁 국 은 편 용 예 경 봉 태 피 남궁 황보 제갈 선우 독고 사공 서문""".split())


def _hangul_name(body: str) -> bool:
    """A Korean person's name in Hangul: two to four syllables, a common family name first (``_KOREAN_SURNAMES``)."""
    return 2 <= len(body) <= 4 and all("\uac00" <= c <= "\ud7a3" for c in body) \
        and (body[0] in _KOREAN_SURNAMES or body[:2] in _KOREAN_SURNAMES)


def _east_asian(c: str) -> bool:
    """A letter of Chinese, Japanese or Korean script: an ideograph, a kana, a Hangul syllable."""
    return _is_cjk(c) or "\u3040" <= c <= "\u30ff" or "\uac00" <= c <= "\ud7a3"


#: the year closing a byline, "(2016)", "(2016b)": the note starts after the last one
_BYLINE_YEAR = re.compile(r"\((?:19|20)\d\d[a-z]?\)")
#: what sets a note apart from the byline before it: "Khan et al. (2017) | …", "Wu (2013): …", "Li et al. – …"
_NOTE_SEPARATOR = ("|", ":", "：", "-", "–", "—", "→")


def glossed_byline(cited: Citation, title: str, description: str = "") -> bool:
    """``Khan et al. (2017) | 유방암 및 간 질환 진단에서 좋은 성능을 도출함`` / ``Esteva et al. (2017), Gulshan et al.
    (2016) | 딥러닝을 활용한 …``: authors written in Latin letters and a year, a separator, then a note mostly in
    Chinese, Japanese or Korean script. The note is the reader's, in their own language (what the work found, what
    it used), not the work's title: a work is titled in the script its byline is written in, and a reference runs
    on from its byline with a full stop, not a bar. Such a line gives no title to know the work by, so it is no
    reference (the examples of a survey or a lecture, named by author and year)."""
    if not cited.authors:
        return False
    if any(any(map(_east_asian, a)) or not any(c.isascii() and c.isalpha() for c in a) for a in cited.authors):
        return False
    years = list(_BYLINE_YEAR.finditer(title))
    if years and title[:years[-1].start()].rstrip()[-1:].isdigit() and cited.title \
            and len(cited.title.split()) >= 3 and 0 <= title.find(cited.title) < years[-1].start():
        # 'Wang R, Qiu Y. "Title of the work". Journal, 93 (2024): 106143 (中科院2区).': the last bracketed year
        # follows a volume number, so it dates the volume, not the byline, and the work's title stands before it;
        # the note in Chinese after it ranks the journal (a publication page's habit), it stands for no title
        return False
    if years and years[-1].end() == len(title.rstrip()) and description.strip():
        note = description  # "Li et al. (2014)" / "MRI로부터 PET 생성": the item's text already split at its bar
    else:
        note = (title[years[-1].end():] if years else cited.title or "").strip()
        if not note.startswith(_NOTE_SEPARATOR):
            return False
    # (by words, not letters: "일반 X-ray와 bone-suppressed X-ray 생성" is a Korean note naming English terms)
    words = [w for w in note.split() if any(c.isalpha() for c in w)]
    return 2 * sum(1 for w in words if any(map(_east_asian, w))) >= len(words) > 0


def is_initials(token: str) -> bool:
    """"J.", "J.-P.", "Th.", and "W.V.d." ("Broeck, W.V.d." for Wouter Van den Broeck): a Dutch or German
    particle ("van", "von", "de", "den", "der") abbreviated as a lower-case "v." or "d." after a given name's
    initial is part of the initials (never first: "e.g." and "i.e." are no initials)."""
    parts = [p for p in re.split(r"[.-]", token) if p]
    return bool(parts) and len(parts) <= 5 and all(
        len(p) <= 2 and p.isalpha() and p[0].isupper() and (len(p) == 1 or p[1].islower())
        or i > 0 and p in _PARTICLE_INITIALS for i, p in enumerate(parts)
    )


#: a name particle abbreviated to its initial inside dotted initials: "v." (van, von), "d." (de, den, der)
_PARTICLE_INITIALS = frozenset({"v", "d"})


#: "Title (Lázár & Lundeberg)", "Title (Bressan, Battistoni & Hannon)", "Title (Cui et al.)": a bracketed byline
#: closing a title (no digit inside: "(MICCAI 2015)" is a venue tag, read elsewhere)
_AUTHOR_PARENTHESIS = re.compile(r"\s[(（]([^()（）\d]{2,80})[)）]$")
#: the separators of a byline's names: "A, B & C", "A and B"
_BYLINE_SEPARATOR = re.compile(r"\s*(?:,|&|\band\b)\s*")
#: "Cui et al." / "Palla et.al" / "Zhang, et al" / "Smith et alii": a first author and the rest
#: (never from inside a space run, "(?!(?<=\s)\s)": tried from every space of a long one, quadratic)
_ET_AL_END = re.compile(r"(?!(?<=\s)\s),?\s+et\.?\s?al(?:ii|\.)?\.?\s*$", re.IGNORECASE)


#: "Almar van Loon 他", "刘洋 等", "Ryo Takeda ほか", "김민수 외": a byline closed, after a space or a comma, by its
#: language's word for "and others" (Japanese 他/ほか, Chinese 等, Korean 외/등), as "et al." closes an English one
_OTHERS_END = re.compile(r"(?!(?<=\s)\s)(?:\s*[,，、]\s*|\s+)(?:他|ほか|等|외|등)\s*$")


def without_et_al(name: str) -> str:
    """A byline's names without the "et al." or the CJK "and others" (``_OTHERS_END``) that closes them, a lone
    one after the last comma too: "Shuailei Zhang et al." → "Shuailei Zhang", "Lena Fischer, Paulo Ramos, et al."
    → "Lena Fischer, Paulo Ramos", "Karsten Meyer, Jun Sato 他" → "Karsten Meyer, Jun Sato". Why: the closing words
    say the names go on, they name no one; kept, they were an author "et al." of their own, or (a CJK word no name
    reads as) the whole byline stayed one name. The byline itself when nothing closes it so."""
    m = _ET_AL_END.search(name) or _OTHERS_END.search(name)
    return name[:m.start()].strip().rstrip(" ,，、") if m is not None and m.start() > 0 else name


def author_parenthesis(title: str) -> tuple[str, list[str]] | None:
    """``Spatial architecture of development and disease (Lázár & Lundeberg)`` → (the title, its names): a
    title that closes with its authors in brackets, as a reading list credits a review. The byline is a
    first author and "et al.", or two names or more joined by commas and "&"/"and", each one to three
    name words (capitalised, not a venue's or a title's word); a single bracketed word ("(Marx)",
    "(Extended)") is no byline. None when the title closes otherwise or would keep fewer than three words."""
    m = _AUTHOR_PARENTHESIS.search(title) if title.endswith((")", "）")) else None
    if m is None or len(title[:m.start()].split()) < 3:
        return None
    inner = m.group(1).strip()
    if (etal := _ET_AL_END.search(inner)) is not None:
        names = [inner[:etal.start()]]
    elif "&" in inner or " and " in inner:
        names = [n for n in _BYLINE_SEPARATOR.split(inner) if n]
        if len(names) < 2:
            return None
    else:
        return None
    for name in names:
        words = name.split()
        if not 1 <= len(words) <= 3 or not all(_is_name_word(w) or is_initials(w) for w in words):
            return None
    return title[:m.start()].rstrip(), [" ".join(name.split()) for name in names]


def _is_name_word(word: str) -> bool:
    """A capitalised word a byline's name may be made of.

    Why the script test: a name is written in one script, and Python counts ideographs, kana and Hangul as letters;
    a Latin-lettered model name glued to the Chinese sentence around it ("RetinaFlow在保持结构的同时", a digest's
    findings bullet) would read as a name word, and the sentences parted by full-width commas as a byline."""
    if len(word) < 2 or not word[0].isupper() or word.casefold() in _NOT_NAME or word.casefold() in VENUE_WORDS \
            or word.casefold() in _JOURNAL_ABBREVIATIONS:
        return False
    return any(c.islower() for c in word) and all(c.isalpha() or c in "-'" for c in word) and "--" not in word \
        and not any(_east_asian(c) for c in word)


def _shape(classes: list[str]) -> str | None:
    """Name shape of a token-class sequence (see ``_token_class``), or None."""
    cs = [c for c in classes if c not in "MS"]
    if not cs or len(cs) > 6:
        return None
    if cs[0] == "U":
        # "JIANG X", "OUYANG Z Q": a capitalised surname is a name only with its initials after it, undotted as
        # GB/T 7714 writes them (not "BERT A." nor "LSTM Networks": an acronym opens a title)
        return "su" if 2 <= len(cs) <= 4 and all(c in "IC" for c in cs[1:]) else None
    if cs[0] == "P" and (cs[1:2] == ["U"] or cs[1:3] == ["P", "U"]):
        # "Chevret S, van der LAAN MJ. Mortality prediction …": a capitalised surname after its particles (one or
        # two, lower-case as the family writes them), then its undotted initials, is the Vancouver byline's last
        # name, not the title (without its initials it is not a name: "de CNN")
        at = cs.index("U")
        return "su" if 2 <= len(cs) - at <= 4 and all(c in "IC" for c in cs[at + 1:]) else None
    kinds = set(cs)
    if kinds <= {"K"} and len(cs) <= 2 or cs == ["G"]:
        return "name"
    if kinds <= {"I", "C"}:
        return "initials" if len(cs) <= 4 else None
    if cs == ["L"]:
        return "lower"
    if not kinds <= {"I", "C", "W", "P"} or "W" not in kinds:
        return None
    if kinds <= {"W", "P"}:
        # ("Generates de novo protein sequences …": a lower-case particle opens a surname, "de Vries", and never
        # closes a name; a summary line's verb and "de" read as one would take the sentence for a byline)
        return "words" if cs.count("W") <= 5 and cs[-1] != "P" else None
    first_initial = next(i for i, c in enumerate(cs) if c in "IC")
    if cs[-1] in "IC" and all(c in "IC" for c in cs[first_initial:]) and cs[0] != "I":
        return "su"  # "Wainberg M", "van der Spek R A A", "Kenny H."
    if cs[-1] == "W" and not ("I" in kinds and "C" in kinds) \
            and (cs[first_initial:].count("W") <= 2 or cs[first_initial] != "C" or cs[0] != "W"):
        # "Z. Jane Wang", "Samuel A Lambert"; not "Rosenbaum PR Model-Based Direct Adjustment.": a surname and
        # its undotted initials, then three words or more, is a Vancouver name and the title after it (a
        # given name's surname after its middle initial is one or two words)
        return "gs"
    return None


#: a label before a reference: "Implemented by", "Extended version", "See also", a data set's "OhioT1DM", or a
#: phrase saying what the reference is for ("First ComBat adaptation to neuroimaging", "Using a standard/reference
#: batch/site to estimate ComBat and harmonize data (M-ComBat)"); a letter first, no commas, no stops
_LABEL = re.compile(r"[^\W\d_](?:[^\W_]|[' /()-]){0,99}")
#: the colon closing such a label stands within this many characters of the line's start
_LABEL_MAX_CHARS = 100
#: an authors field's word closing the words before a colon: a title run into its "Authors:" field, no label
_AUTHORS_FIELD_WORD = re.compile(r"(?i)authors?|author\(s\)|autor(?:es|as|en)?|auteurs?|autori")


def reads_as_label(name: str) -> bool:
    """``Implemented by``, ``EchoLIP``, ``DCNet(EDC-Net)``: a name the reference parser itself reads as the label
    before a reference's colon (``_LABEL``); a name of other characters (LaTeX math "${M^2}$TR", a stop inside it)
    is not one."""
    return len(name) <= _LABEL_MAX_CHARS and _LABEL.fullmatch(name) is not None


def _label_colon(d: str, s: str) -> int | None:
    """Where the colon closing a short label before a reference stands (``_LABEL``): "Implemented by: Voets, M., …"
    closes it with a colon and a space, "GCN：Kipf, T.N., …" with a full-width colon (kept in the display text ``d``,
    plain ``s`` folds it), typed with no space after it: a list written with a Chinese input method labels each
    reference so. None when no label leads."""
    colons = [c for c in (s.find(": ", 0, _LABEL_MAX_CHARS + 2), d.find("：", 0, _LABEL_MAX_CHARS + 1)) if c > 0]
    colon = min(colons, default=-1)
    if colon <= 0 or not _LABEL.fullmatch(s, 0, colon):
        return None
    # "Calibrated Attention Maps for Sepsis Onset Forecasting Authors: Moreau, L., …": a record's title run into its
    # authors field (a field record's lines joined) is no label, its words the title
    words = s[:colon].split()  # (a label's few words: at most _LABEL_MAX_CHARS characters)
    return None if len(words) >= 2 and _AUTHORS_FIELD_WORD.fullmatch(words[-1]) else colon


#: a journal's volume and issue written out, as Oxford Academic's "Cite" text gives them: ", Volume 21, Issue 2,"
VOLUME_ISSUE_SOURCE = re.compile(r",\s*Volume\s+\d{1,4},\s*Issue\s+\w{1,8},", re.I)
#: a bracketed tag opening a reference, before its authors: "[EMNLP2021] ", "[IEEE access]", "[BIBM 2020] "
_LEAD_TAG = re.compile(r"\[[^\[\]]{2,40}\]\s*(?=[^\W\d_])")

#: Chunks up to this length are memoised (an author chunk is a name: "Leung", " M.K.K.").
_MEMO_CHUNK_CHARS = 120


def _analyse_chunk(s: str, start: int, end: int, expect: str, trailer: bool, prefer_long: bool,
                   vancouver: bool = False):
    """``_chunk_name`` of ``s[start:end]`` with its end offset in ``s`` (memoised for short chunks)."""
    if end - start <= _MEMO_CHUNK_CHARS:
        found = _chunk_name_memo(s[start:end], expect, trailer, prefer_long, vancouver)
    else:
        found = _chunk_name(s[start:end], expect, trailer, prefer_long, vancouver)
    return None if found is None else (found[0], start + found[1], found[2])


def _chunk_name(s: str, expect: str, trailer: bool, prefer_long: bool, vancouver: bool = False):
    """``_chunk_name_at``, a generational suffix closing the chunk read as its name's end: "T. Garland Jr." (in
    "Blomberg, S. P., T. Garland Jr., and A. R. Ives. 2003. Title") is one given-first name, while the suffix, no
    name word and undotted "Garland" before it, left "T." a lone initial and the rest of the byline unread."""
    if expect == "name" and len(words := s.rsplit(None, 1)) == 2 and words[1] in _GENERATION_SUFFIXES:
        found = _chunk_name_at(words[0], expect, trailer, prefer_long, vancouver)
        if found is not None and not found[2] and found[0] in ("gs", "words") and " " in words[0].strip():
            return found[0], len(s.rstrip()), False
    return _chunk_name_at(s, expect, trailer, prefer_long, vancouver)


#: surnames spelled as an English article or preposition (Korean and Chinese An, Korean In, Vietnamese To), which
#: ``_NOT_NAME`` keeps out of names: a name all the same where no such word can stand, alone between the byline's
#: commas ("An, Lin, Tao Yang, and Yu Zhang. “Title,” …", "Lin, An, …") or before initials ("An L, Yang T. Title.",
#: "An, L., & Yang, T. (2018)."); an article opens a title's words ("An Atlas of …"), never a comma or an initial.
#: Why: the byline read as no names, and the reference was titled by its authors.
_WORD_SURNAMES = frozenset({"An", "In", "To"})


def _chunk_name_at(s: str, expect: str, trailer: bool, prefer_long: bool, vancouver: bool = False):
    """Find the name at the start of the chunk ``s``.

    ``expect``: "name"; "initials" after a bare surname (``Leung, | M.K.K.``); "given" also
    allows given names after an MLA first author (``Susskind, | Joshua``). A name followed by
    more text must end with a full stop (``Frey BJ. | Deep learning…``); trailers also accept
    a name followed by a non-name word (``Yuedong Yang | bioRxiv``). Returns
    (shape, name_end, has_leftover) or None. ``vancouver``: the names before were "Surname IN" (``Zhou J,
    Troyanskaya OG. Efficient and …``): a surname and initials closed by a full stop is the name, not a given
    name, initials and surname.
    """
    end = len(s)
    tokens: list[tuple[int, str]] = []
    for m in _TOKEN.finditer(s):
        text = m.group()
        dot = text.find(".")
        if 0 < dot < len(text) - 1 and _is_cjk(text[0]):  # "李四.基于…": no space after the stop
            tokens += [(m.start() + dot + 1, text[: dot + 1]), (m.end(), text[dot + 1 :])]
        else:
            tokens.append((m.end(), text))
        if len(tokens) >= 8:
            break
    if not tokens:
        return None
    classes = [_token_class(t[1]) for t in tokens]
    if classes[0] == "X" and tokens[0][1] in _WORD_SURNAMES \
            and (len(tokens) == 1 and tokens[0][0] >= len(s.rstrip()) or len(tokens) > 1 and classes[1] in "CI"):
        classes[0] = "W"  # "An, Lin, Tao Yang, and Yu Zhang.", "An L, Yang T.": see _WORD_SURNAMES
    if expect == "name" and _short_capitalised_surname(tokens, classes, vancouver):
        classes[0] = "U"  # "ZHAO B N, LUO X, …": see _short_capitalised_surname
    elif expect == "name" and (words := _compound_capitalised_surname(tokens, classes, vancouver)):
        classes[:words] = ["U"] + ["S"] * (words - 1)  # "GARCIA COLATO E": see _compound_capitalised_surname
    truncated = len(tokens) >= 8 and tokens[-1][0] < end
    # "Tomas Reyes. TechRxiv. September 08", "Osmar R. Zaiane. Grading. JBHI": a name word closed by a full stop ends
    # the sentence, so the name; the longest reading (``prefer_long``, after given-first names) ran over it into the
    # venue or the title ("Tomas Reyes. TechRxiv", "Annu. Rev" of "Chen Wei, Annu. Rev. Biomed. Eng.")
    stop_word = len(tokens) if expect != "name" else \
        next((i for i, (_, text) in enumerate(tokens) if classes[i] == "W" and text.endswith(".")), len(tokens))
    candidates = []  # (complete, dotted, n, shape, leftover), longest first
    closed_by_bracket: list[tuple] = []  # the candidate an opening bracket right after it closes
    for n in range(len(tokens), 0, -1):
        if n - 1 > stop_word:
            continue
        shape = _shape(classes[:n])
        if expect != "name":
            if shape == "initials":
                pass
            elif expect == "given" and classes[0] == "W" and shape in ("words", "su"):
                shape = "given"
            elif expect == "given" and _initialled_given(classes[:n], n == len(tokens) and not truncated):
                shape = "given"
            elif expect == "given" and _given_then_particles(classes[:n], n == len(tokens) and not truncated):
                shape = "given"
            else:
                continue
        elif shape is None:
            continue
        leftover = n < len(tokens) or truncated
        dotted = tokens[n - 1][1].endswith(".")
        relaxed = trailer and 1 < n < len(tokens) and not tokens[n][1][0].isupper() and classes[n] != "P"
        # "Hardt M, Price E, & Srebro N (2016). Title": undotted Vancouver initials closed by an APA year in
        # parentheses; the year ends the name as a full stop would
        # ("Despoina Magka, Markus Krötzsch and Ian Horrocks (2014) A rule-based …": so is a full name of two to four
        # words closing an author list written in full)
        # ("Nakamura, T, Yamada, KD, Tomii, K, & Katoh, K (2018). Parallelization of …": so are the undotted
        # initials after a bare surname, the comma between surname and initials as between the names)
        # ("[OpthoBook](…) T.Root (2017)", "B.Xu, N.Wang (2015)": so is an initial glued to its surname, "G", which
        # no venue is written as; left open, the lone name read as the venue)
        dated = (shape == "su" or shape == "initials" and expect == "initials"
                 or shape in ("words", "gs") and 2 <= n <= 4 and not trailer
                 or shape == "name" and classes[0] == "G") and n < len(tokens) \
            and _LEADING_YEAR.fullmatch(tokens[n][1]) is not None
        # "*Angel X. Chang (LREC 2012)*", "A. X. Chang, B. Li (CVPR 2019)": in a trailer a given-first name of two
        # to four words right before an opening bracket (its venue tag) is closed by the bracket, as by a year
        bracketed = trailer and shape in ("words", "gs") and 2 <= n <= 4 and n < len(tokens) \
            and tokens[n][1][0] in "(（"
        if not leftover or dotted or relaxed or dated:
            # a dated name counts as closed, as a dotted one does: "Zhu, Z. and C. E. Woodcock (2014). Title": the
            # given-first name closing an MLA-style author pair ends at its APA year, not at its first initial
            candidates.append((not leftover, dotted or dated or bracketed, n, shape, leftover))
            if bracketed and not closed_by_bracket:
                closed_by_bracket.append(candidates[-1])
    if expect == "name" and all(c[3] == "initials" for c in candidates) \
            and (k := _digraph_surname_at(tokens, classes)) is not None:
        return "gs", tokens[k][0], k + 1 < len(tokens) or truncated
    if not candidates:
        return None
    if closed_by_bracket:
        # the bracket ends the name wherever a shorter reading would stop at its middle initial ("Angel X.")
        return closed_by_bracket[0][3], tokens[closed_by_bracket[0][2] - 1][0], True
    # "Cook NR. Use and misuse of …": initials of two or three capitals closed by a full stop end a
    # Vancouver name even when no "Surname IN" name came before (a lone author); a given name's middle
    # initial is one letter ("Samuel A. Lambert"), so the run of capitals cannot open a "gs" name
    closed_su = [c for c in candidates if c[3] == "su" and c[1] and c[4]
                 and (vancouver or _VANCOUVER_INITIALS.fullmatch(tokens[c[2] - 1][1]))]
    if closed_su:
        choice = closed_su[0]
    elif candidates[0][0]:
        choice = candidates[0]
    else:
        pool = [c for c in candidates if c[1]] or candidates
        if not (prefer_long or expect != "name") and len(pool) > 1 and pool[-1][3] == "initials" \
                and (named := [c for c in pool if c[3] == "gs"]):
            # "W.G. Baxt. Application of …": dotted initials alone are no author; the shortest dotted name
            # that opens with them (initials and a surname closed by the sentence's stop) is the author
            choice = named[-1]
        else:
            choice = pool[0] if prefer_long or expect != "name" else pool[-1]
    return choice[3], tokens[choice[2] - 1][0], choice[4]


def _digraph_surname_at(tokens: list[tuple[int, str]], classes: list[str]) -> int | None:
    """Index of the two-letter surname closing a given-first name written with dotted initials, "J. Qi." in "C. Liu,
    and J. Qi. Pet image denoising …", or None.

    A capital and a small letter with a full stop reads as a digraph initial ("Th.", "Yu."), but a digraph initial
    opens a given name, it never closes one: after one dotted single-letter initial or more, closed by its stop and
    followed by no further initial, it is the surname ("Qi", "Li", "Xu", "Wu", "Ma", as Chinese names often are).
    Called only where the chunk reads as nothing but initials. Why: the last author "J. Qi." read as initials alone,
    no author, so the byline failed and the reference was lost or titled by its authors."""
    k = 0
    while k < len(tokens) and classes[k] == "I" and len(tokens[k][1]) == 2 and tokens[k][1][0].isupper():
        k += 1
    if k == 0 or k >= len(tokens):
        return None
    text = tokens[k][1]
    if not (classes[k] == "I" and len(text) == 3 and text[0].isupper() and text[1].islower() and text[2] == "."):
        return None
    return k if k + 1 == len(tokens) or classes[k + 1] not in "IC" else None


def _initialled_given(classes: list[str], whole_chunk: bool) -> bool:
    """"Ahsan, GM Tanimul, et al.": Google Scholar's MLA inverts a name whose given part opens with initials,
    undotted as Scholar writes them, and keeps the given name after them. Read as the first author's given name only
    when it fills the chunk (initials, then one or two name words) and the initials carry no stop: "Nussinov, R.
    Advancements and …", "Witteveen, M. J. Identification …" are dotted initials and the title. Why: the
    initials-and-word shape is no MLA given name otherwise, so the whole byline and quoted title came out as the
    title."""
    if not whole_chunk or not classes or classes[0] != "C":
        return False
    first_word = next((i for i, c in enumerate(classes) if c == "W"), None)
    return first_word is not None and first_word <= 3 and all(c == "C" for c in classes[:first_word]) \
        and 1 <= len(classes) - first_word <= 2 and all(c == "W" for c in classes[first_word:])


def _given_then_particles(classes: list[str], whole_chunk: bool) -> bool:
    """"Oord, Aaron van den, et al.", "Maaten, Laurens van der, and Geoffrey Hinton.": Google Scholar's MLA (and
    BibTeX's "Last, First von" form) inverts a name whose family name opens with particles by moving them after the
    given name. Read as the first author's given name only when it fills the chunk: one to three name words, then one
    or two particles closing it. Why: "van den" is no name word, so the byline read as no names, and the whole
    paragraph, quoted title and all, was taken for the previous entry's description."""
    if not whole_chunk or not classes or classes[0] != "W":
        return False
    first_particle = next((i for i, c in enumerate(classes) if c == "P"), None)
    return first_particle is not None and first_particle <= 3 and all(c == "W" for c in classes[:first_particle]) \
        and 1 <= len(classes) - first_particle <= 2 and all(c == "P" for c in classes[first_particle:])


def without_trailing_particles(given: str) -> str:
    """"Aaron van den" → "Aaron": a Scholar MLA given name with the family name's particles moved after it ("Oord,
    Aaron van den"); the text unchanged when no particle closes it, or when only particles are left."""
    words = given.split()
    keep = len(words)
    while keep > 1 and len(words) - keep < 2 and words[keep - 1] in _PARTICLES:
        keep -= 1
    return " ".join(words[:keep]) if keep < len(words) else given


def _short_capitalised_surname(tokens: list[tuple[int, str]], classes: list[str], vancouver: bool) -> bool:
    """"LUO X", "LI Y Q", "WU H.": a GB/T 7714 surname of two or three capitals reads as initials on its own. A
    chunk opening with such a word and then one to three single-letter initials is a name, not a run of initials:
    initials never stand for a whole name between two authors' commas. After "Surname IN" names (``vancouver``) the
    name may close on a stop before the title ("WU H. Title…"); first in the byline ("GUO M, ZHANG L, et al.") it must
    fill its chunk up to the comma."""
    if len(tokens) < 2 or classes[0] != "C" or len(tokens[0][1]) < 2:
        return False
    for k in range(1, min(len(tokens), 4)):
        if classes[k] not in "IC" or len(tokens[k][1].rstrip(".")) != 1:
            return False
        if k == len(tokens) - 1:
            return True
        if tokens[k][1].endswith("."):
            return vancouver
    return False


def _compound_capitalised_surname(tokens: list[tuple[int, str]], classes: list[str], vancouver: bool) -> int:
    """"GARCIA COLATO E", "TSE HUANG J", "SEBASTIANO DE DURO E": a GB/T 7714 surname of two or three capitalised
    words (a particle, "DE", "VAN", among them) before one to three single-letter initials → how many words the
    surname takes; 0 otherwise. One of the words must be a capitalised surname on its own (``_capitalised_surname``,
    four letters or more: "TSE" alone reads as initials) and the chunk must end with the initials, as
    ``_short_capitalised_surname`` asks ("CBT DBT ACT: a comparison …" is a title, no initials close it).

    Why: the name's words but the last read as initials or as an acronym; the byline ended before the name and was
    taken for the work's title, or the reference was dropped."""
    words = 0
    while words < min(len(tokens), 3) and classes[words] in "UC" and len(tokens[words][1]) >= 2 \
            and _capital_letters(tokens[words][1]):
        words += 1
    if words < 2 or "U" not in classes[:words] or classes[words - 1] != "U" and len(tokens[words - 1][1]) < 4:
        return 0
    for k in range(words, min(len(tokens), words + 3)):
        if classes[k] not in "IC" or len(tokens[k][1].rstrip(".")) != 1:
            return 0
        if k == len(tokens) - 1:
            return words
        if tokens[k][1].endswith("."):
            return words if vancouver else 0
    return 0


#: undotted Vancouver initials of two or three capitals closed by the name's full stop: "NR.", "BJ.", "EWS."
_VANCOUVER_INITIALS = re.compile(r"[A-Z]{2,3}\.")

_chunk_name_memo = lru_cache(maxsize=1 << 16)(_chunk_name)


#: what parts the names of a given-name-first list: a comma, "and", or a localised "and" ("…, Chad Kessler, et Lee
#: Frazin", a Zotero export in French)
_GIVEN_NAME_JOIN = re.compile(rf",\s*(?:(?:and|{_LOCAL_AND})\s+)?|\s+(?:and|{_LOCAL_AND})\s+")


#: an initial glued to the surname after it, its space lost: "Bennett A.Landman"
_GLUED_INITIAL = re.compile(r"(?<=\b[A-Z]\.)(?=[A-Z][a-z])")


def _byline_before_quote(d: str, s: str, after: int) -> tuple[tuple[str, ...], int] | None:
    """The full names before the first double quote of ``s``, when it opens the title after them: MLA's
    ``Ming Zhu, Aman Ahuja, and Chandan K. Reddy. "Title." Venue`` or IEEE's ``…, and A. Reddy, "Title," …``.
    Only a quote after ``after`` (where the author scanner stopped) that closes a title of three words or more (two
    with the title's own stop inside the quote), and a
    head that is wholly two names or more (``_given_name_list``) count: prose before a quoted phrase is no byline.
    A first initial typed with a comma after it ("N., Dehak, P. Dumouchel, and P. Kenny. "Title." …") is read as
    the first name's, not as a name of its own: left, the byline read as no names and the reference was titled
    by its first author's initial. Returns the names and the quote's offset; None otherwise."""
    quote = s.find('"', after, 1500)
    if quote <= after or not s[:quote].rstrip().endswith((".", ",")):
        return None
    # (a title that ends the line may have lost its closing quote to the line's clean-up: "… Khan. "Title, 2022.")
    close = _closing_quote(s, quote + 1)
    quoted = d[quote + 1 : close]
    # (a title of two words, "Multiatlas segmentation.", when MLA's stop inside the quote closes it)
    if len(quoted.split()) < (2 if quoted.rstrip().endswith((".", ",")) else 3):
        return None
    head = _LEAD_INITIAL_COMMA.sub(r"\1 ", _GLUED_INITIAL.sub(" ", d[:quote]), count=1)
    names = _given_name_list(head.rstrip(" ,")) or _semicolon_inverted_names(head) or _and_inverted_names(head)
    return (names, quote) if len(names) >= 2 else None


#: an inverted name's initial before its given name ("Scott, P. Anne"): a lone author's byline, not a phrase
_INITIAL_THEN_GIVEN = re.compile(r", [A-Z]\. [A-Z][a-z]")


def _inverted_byline_before_quote(d: str, s: str, after: int) -> tuple[tuple[str, ...], bool, int] | None:
    """MLA's byline before its quoted title, the first author inverted and given an initial before the given name
    (``Scott, P. Anne, et al. "Title." …``, ``Smith, J. Robert, and Anne Lee. "Title." …``): the whole head before
    the first double quote after ``after`` is a Chicago byline (``chicago_byline``) of two names or more, one
    name and "et al.", or one name with an initial before its given name ("Scott, P. Anne."), closed by a stop or a comma, and the quote closes a title of three words or more. Returns
    (names, et al., the quote's offset); None otherwise (prose before a quoted phrase is no byline)."""
    quote = s.find('"', after, 1500)
    if quote <= after or not s[:quote].rstrip().endswith((".", ",")):
        return None
    close = _closing_quote(s, quote + 1)
    if len(d[quote + 1 : close].split()) < 3:
        return None
    names, et_al = chicago_byline(d[:quote].rstrip(" ,"))
    if not names or "," not in names[0] \
            or not (et_al or len(names) >= 2 or _INITIAL_THEN_GIVEN.search(names[0]) is not None):
        return None
    return names, et_al, quote


#: one "Surname, Given" name of a BibTeX author field ("van Sonsbeek, Tom", "Connor, Noel EO'", "Jay Kuo, C-C"):
#: lower-case particles, one or two capitalised surname words, a comma, then up to four given names or initials
_AND_INVERTED_NAME = re.compile(r"(?:[a-z]+ ){0,2}[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?, [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}")


def _and_inverted_names(head: str) -> tuple[str, ...]:
    """``van Sonsbeek, Tom and Worring, Marcel.``: a BibTeX author field pasted as the byline (Google Scholar's
    export), inverted names joined by " and ", perhaps closed by "and others", before a quoted title. The author
    scanner stops at a lower-case particle ("van"), a given name that reads as a word ("Hirschorn, Or") or an
    apostrophe ("Connor, Noel EO'"); left, the byline titled the reference. Every part must be one such name, two at
    least; () otherwise."""
    parts = head.strip().rstrip(".").strip().split(" and ")
    if parts and parts[-1] == "others":
        parts = parts[:-1]
    if not 2 <= len(parts) <= MAX_AUTHORS or not all(_AND_INVERTED_NAME.fullmatch(p.strip()) for p in parts):
        return ()
    return tuple(p.strip() for p in parts)


#: one "Surname, Initials" name of a semicolon-parted byline: "An, Y.", "Ngo, C.W.", "Giro-I-Nieto, X."
_SEMICOLON_INVERTED_NAME = re.compile(r"([A-Z][\w'-]*(?: [A-Z][\w'-]*){0,2}), ((?:[A-Z][a-z]?\.-?)+)")


def _semicolon_inverted_names(head: str) -> tuple[str, ...]:
    """``An, Y.; Cao, Y.; Chen, J.; Ngo, C.W.``: MDPI's and ACS's byline, inverted names parted by semicolons, before
    a quoted title. The author scanner stops at a surname that reads as a word ("An", "Long", "Wang And"), and the
    comma-parted reading of ``_given_name_list`` cannot take "Surname, Initials" pairs; left, the reference was
    titled by its first author ("An, Y"). Every part must be one such pair; () otherwise."""
    parts = [p.strip() for p in head.strip().split(";")]
    if not 2 <= len(parts) <= MAX_AUTHORS or not all(_SEMICOLON_INVERTED_NAME.fullmatch(p) for p in parts):
        return ()
    return tuple(parts)


#: a first author's initial typed with a comma after it, before the surname: "N., Dehak, P. Dumouchel, and P. Kenny."
_LEAD_INITIAL_COMMA = re.compile(r"^\s*([A-Z]\.),\s+(?=[A-Z][a-z])")


def _given_name_list(head: str) -> tuple[str, ...]:
    """``Ming Zhu, Aman Ahuja, and Chandan K. Reddy.``: full names (capitalised words, initials) joined by
    commas and a closing "and"; () when any part is not such a name."""
    head = head.strip().rstrip(".").strip()
    parts = [_pdf_split_name(p.strip()) for p in _GIVEN_NAME_JOIN.split(head.replace(", et al", "")) if p.strip()]
    if not 1 <= len(parts) <= MAX_AUTHORS:
        return ()
    for part in parts:
        words = part.split()
        if len(words) >= 3 and words[-1] in _GENERATION_SUFFIXES:
            words = words[:-1]  # "William M. Mauck III", "Charles E. Kahn Jr.": the suffix closes the name
        if not 2 <= len(words) <= 5 or not all(_is_name_word(w) or is_initials(w) or w in _PARTICLES for w in words) \
                or not any(_is_name_word(w) and len(w) > 2 for w in words):
            return ()
    return tuple(parts)


def _pdf_split_name(name: str) -> str:
    """``Dim itrios I. Fotiadis`` → ``Dimitrios I. Fotiadis``: a given name a PDF copy broke with a stray space (a
    line's hyphenation or kerning), its lower-case tail left as a word of its own ("Du mitru Erhan"). A lower-case
    word that is no name particle ("van", "de") rejoins the capitalised word before it; left, the whole byline read
    as no names and the reference was titled by its authors."""
    words = name.split()
    if len(words) < 3 or not any(w.isalpha() and w.islower() and w not in _PARTICLES for w in words[1:]):
        return name
    out = [words[0]]
    for w in words[1:]:
        if w.isalpha() and w.islower() and w not in _PARTICLES and w.casefold() not in _NOT_NAME \
                and _is_name_word(out[-1]) and len(out[-1]) <= 4:
            out[-1] += w
        else:
            out.append(w)
    return " ".join(out)


#: a generational suffix written after a full name ("William M. Mauck III", "Charles E. Kahn Jr.")
_GENERATION_SUFFIXES = frozenset({"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"})


#: "Van Oosterom, Allan, and T. F. Oostendorp.": MLA's second chunk, a single given name closed by the comma
#: before "and" (or "et al.")
_MLA_GIVEN_THEN_AND = re.compile(r",? (?:and\b|et\.? ?al\b)")


def _mla_particle_surname(s: str, start: int, end: int, given_start: int, given_end: int) -> bool:
    """MLA's first author whose family name opens with a capitalised particle ("Van Oosterom, Allan, and
    T. F. Oostendorp.", "De Fauw, Jeffrey, et al."): two name words, yet one surname. "Van" or "De" is also a
    given name ("Van Nguyen, Hieu Pham, …" lists full names), so the chunk after it must be one given word
    closed by ", and"/", et al." (MLA's shape), not another full name."""
    words = s[start:end].split()
    if not 2 <= len(words) <= 3 or words[0].lower() not in _PARTICLES or not words[0][0].isupper():
        return False
    given = s[given_start:given_end].split()
    return len(given) == 1 and _token_class(given[0]) == "W" \
        and _MLA_GIVEN_THEN_AND.match(s, given_end) is not None


#: one Vancouver name ("Li H", "Van Loo P") closed by a colon and a space, a capital opening what follows
_LONE_VANCOUVER_COLON = re.compile(r"(?:[a-z]+ )?[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+)? [A-Z]{1,3}: (?=[A-Z][a-z]* [a-z])")


def _lone_vancouver_colon(s: str) -> int | None:
    """Where the title starts after a lone "Surname IN: " byline, or None. Only in a dated reference (a year
    after the name): "Paper ID: 1234" or "Model XL: a library for …" with no year is a label's line, not a byline."""
    m = _LONE_VANCOUVER_COLON.match(s)
    if m is None or any(w.casefold() in _NOT_NAME for w in m.group().split()[:-1]):
        return None  # "Deep CT: A method for …": a title's words before an acronym, not a surname and initials
    return m.end() if _YEAR.search(s, m.end(), m.end() + 400) is not None else None


#: a lone Vancouver byline closed by its stop, a capitalised word after it: "Bacaër N. Ross and malaria (1911). …"
_LONE_VANCOUVER_STOP = re.compile(r"(?:[a-z]+ )?([^\W\d_][\w'’-]+) [A-Z]{1,3}\. (?=[A-Z][\w'’-]* \S)")
#: the source of a Vancouver reference after its title: a book's "In: Editors. Book …" or a journal's date closed
#: by the semicolon before its volume ("Int J Epidemiol. 2019 Jun 1;48(3)", "Math Probl Eng. 2010;2010:1–7")
_VANCOUVER_SOURCE_TAIL = re.compile(r"\. In: |\. (?:19|20)\d\d(?: [A-Z][a-z]{2}(?: \d{1,2})?)?;")


def _lone_vancouver_stop(s: str) -> int | None:
    """Where the title starts after a lone "Surname IN. " byline, or None. Only when the surname is a name's word
    (not "Figure A. …", "Deep CT. …") and a Vancouver source follows within the reference: "Appendix B. Results
    for 2019" is a heading, not a byline."""
    m = _LONE_VANCOUVER_STOP.match(s)
    if m is None or s[0].islower() and not m.group(1)[:1].isupper():
        return None
    surname = m.group(1)
    if surname[:1].islower() or surname.casefold() in _NOT_NAME or surname.casefold() in VENUE_WORDS \
            or not _is_name_word(surname):
        return None
    return m.end() if _VANCOUVER_SOURCE_TAIL.search(s, m.end(), m.end() + 600) is not None else None


#: two surnames joined by "and" or "&" and closed by a stop, a title of three words or more after them: "Runcie and
#: Crawford. Fast and flexible …"
_SURNAME_PAIR_LEAD = re.compile(r"([A-Z][a-z'’-]+(?:[A-Z][a-z]+)?) (?:and|&) ([A-Z][a-z'’-]+(?:[A-Z][a-z]+)?)\. "
                                r"(?=[A-Z0-9\"“][^ ]* [^ ]+ [^ ]+)")


#: endings of the abstract nouns a title's head is made of ("Segmentation and Detection", "Fairness and Robustness"),
#: not of surnames
_NOUN_ENDINGS = ("tion", "sion", "ment", "ness", "ity", "ics", "sis", "ance", "ence", "ology", "ism", "ture")


def _surname_pair_lead(d: str) -> tuple[tuple[str, ...], int] | None:
    """``Runcie and Crawford. Title. Journal.`` → ((the two surnames), where the title starts), or None: a reading
    log's short byline of two surnames. Not a title's words ("Deep and Wide. …", "Segmentation and Detection. …"):
    neither may be a word titles use (``_NOT_NAME``, ``VENUE_WORDS``) nor a common English word in lower case."""
    m = _SURNAME_PAIR_LEAD.match(d)
    if m is None:
        return None
    names = (m.group(1), m.group(2))
    if any(n.casefold() in _NOT_NAME or n.casefold() in VENUE_WORDS or not _is_name_word(n)
           or n.casefold().endswith(_NOUN_ENDINGS) or len(n) >= 8 and n.endswith("ing") for n in names):
        return None
    return names, m.end()


#: a group named as a reference's sole author, closed by a full stop: "wwPDB Consortium. ", "The ENCODE Project
#: Consortium. ", "The Cancer Genome Atlas Research Network. ", "1000 Genomes Project Collaboration. " (its last
#: word says it is a group: a title does not open with one word of these and a full stop)
#: (NLM closes the personal names with one: "Rickels MR; T1DEXI Study Group. Title")
_GROUP_NAME = re.compile(rf"(?:The\s+)?(?:[\w&/-]+\s+){{0,5}}?(?:{_GROUP_END})"
                         # "Deciphering Developmental Disorders Study. ": a study's name, two capitalised words at least
                         # before "Study" (not "A Cohort Study. "), signs as a group does
                         r"|(?:The\s+)?(?!(?:A|An|The)\s)(?:[A-Z][\w&/-]*\s+){2,5}Study")
#: (IEEE closes the group with a comma before the quoted title: "The UniProt Consortium, \u201cUniProt: …,\u201d")
_GROUP_AUTHOR = re.compile(rf"({_GROUP_NAME.pattern})(?:\.\s+(?=\S)|,\s+(?=[\"\u201c]))")
#: a group signing after NLM's personal names and their semicolon, closed by the byline's full stop: there any
#: group's last word says it ("1000 Genome Project Data Processing Subgroup. ", "PROMISE Steering Committee. ")
_NLM_CLOSING_GROUP = re.compile(rf"((?:The\s+)?(?:[\w&/()-]+\s+){{0,10}}?(?:{_AFTER_NAMES_GROUP_END}))\.\s+(?=\S)")
#: the same group after the personal names' semicolon, closing a byline that is the whole text (NLM's names before
#: a linked title: "Brown S, Shen R; AACR Project GENIE Consortium."); there a group's full name may run longer and
#: spell out its acronyms in brackets ("American Association of Cancer Research (AACR) Project Genomics Evidence
#: Neoplasia Information Exchange (GENIE) Consortium.")
_CLOSING_GROUP_AUTHOR = re.compile(rf";\s*((?:The\s+)?(?:[\w&/()-]+\s+){{0,14}}?(?:{_GROUP_END}))\.?\s*$")


#: a group signing a reference as its whole byline, by the word its name ends on ("The STARRT-AKI Investigators",
#: "The ABC Trial Collaborators", "PI-CAI Consortium", "The DEF Study Group"): capitalised words (with "of", "for",
#: "the", "on", "in", "and" between them), every part bounded
_GROUP_SIGNATURE = re.compile(
    r"(?:The\s)?[A-Z0-9][\w'&./-]{0,30}(?:\s(?:[A-Z0-9][\w'&./-]{0,30}|of|for|the|on|in|and)){0,12}?\s"
    rf"(?:{_GROUP_END}|{_PEOPLE_GROUP_END})")


def group_signature(text: str) -> str | None:
    """``**The STARRT\u2010AKI Investigators.** *Timing of Initiation of …*``: a byline that is wholly a group's name,
    "The X Investigators / Collaborators / Consortium / Study Group / Working Group" (hyphens of any kind); the
    name without its closing stop, or None. Why: a group's name reads as no personal names, so the byline before an
    italic title was taken for the work's title. Capitalised words only: "Large Language Models as Collaborators"
    (a lower-case "as") is a title."""
    name = " ".join(text.split()).strip(" .,")
    if len(name) > 200 or _GROUP_SIGNATURE.fullmatch(name.translate(_FOLD)) is None:
        return None
    return name


def group_author(text: str) -> bool:
    """"The 1000 Genomes Project Consortium", "ICGC/TCGA Pan-Cancer Analysis of Whole Genomes Consortium": a text that
    is wholly a group's name (``_GROUP_NAME``), as a reference names a consortium as its author; a link so labelled
    names the work's authors, never its title."""
    return _GROUP_NAME.fullmatch(" ".join(text.split()).strip(" .")) is not None


#: the longest senior author's name a Vancouver byline may close on after "et al.," ("van den Heuvel-Eibrink MM")
_SENIOR_NAME_CHARS = 40


def _senior_after_et_al(s: str, at: int) -> int:
    """Where the one Vancouver name after "et al., " ends (its full stop, a title after it), or 0: "…, et al.,
    Maspero M. MRIgRT real-time target tracking …". Why: the byline stopped at "et al.", so the senior author's name
    was read as the title (a long title after it was never tried)."""
    stop = s.find(". ", at, at + _SENIOR_NAME_CHARS + 2)
    # (a title opens after the stop: "…, et al., IEEE TMI. 2021." is a short form's venue and year, no name)
    return stop if stop > at and s[stop + 2:stop + 3].isupper() and _VANCOUVER_NAME.fullmatch(s[at:stop]) else 0


#: the one capitalised surname word a particle opens, closed by the name's separator: "Arcas," / "Silva and" /
#: "Arcas \"" ("B. A. y Arcas, D. Webster", "J. C. e Silva and M. Rossi")
_PARTICLE_SURNAME_WORD = re.compile(r"[A-ZÀ-Þ][\w'’-]{1,40}(?=,| and | ?[\"“]|$)")


def _particle_surname_after_initials(s: str, spans: list[tuple[int, int]], pos: int, sep: re.Match) -> int:
    """Where a surname opened by Spanish "y" or Portuguese "e" ends when that word follows a name's dotted initials
    inside a byline of "I. Surname" names, or 0: IEEE's "…, P. Mansfield, B. A. y Arcas, D. Webster, …" (Blaise
    Agüera y Arcas). Why: "y" after an initial's stop joins two inverted names ("García, M. y López, A."), so the
    initials "B. A." were read as a name with its surname lost, the byline ended there and the title was "B". In a
    byline whose names are all initials-first, initials are a name's start, never its end; the particle and one
    capitalised word closed by the next separator are that name's surname."""
    if sep.group() not in (" y ", " e ") or not spans or not _initials_surname_run(s, spans):
        return 0
    initials = s[pos:sep.start()].split()
    if not initials or not all(_token_class(t) == "I" for t in initials):
        return 0
    word = _PARTICLE_SURNAME_WORD.match(s, sep.end())
    return word.end() if word is not None else 0


def _initial_led_full_name(s: str, start: int, end: int, sep_char: str) -> bool:
    """``H. Brendan McMahan`` between commas, after a full name written given name first ("Jakub Konečný, H.
    Brendan McMahan, Daniel Ramage"): one dotted initial, then a given name and a surname, and another name after
    the comma. Why: after a two-word name the byline waited for that name's initials, as an inverted "Van Dijk, D."
    does, and took "H." for them, so "Jakub Konečný, H." was one author and the byline ended there (the rest read as
    the title). An inverted name's initials are followed by the next separator, or by one surname of a Chicago
    byline ("Van Dijk, D. A. Smith"), never by two capitalised words and a comma."""
    if sep_char != ",":
        return False
    tokens = s[start:end].split()
    return len(tokens) == 3 and _token_class(tokens[0]) == "I" and len(tokens[0]) == 2 \
        and all(_token_class(t) == "W" and not t.endswith(".") for t in tokens[1:])


def _scan_authors(d: str, s: str, *, trailer: bool, initial_first: bool = False) -> tuple[tuple[str, ...], bool, int]:
    """Read the author block at the start; return (authors, et_al, offset where it ends), a BibTeX author field's
    "Surname, Given" names paired again (``_surname_given_pairs``)."""
    authors, et_al, end = _scan_author_block(d, s, trailer=trailer, initial_first=initial_first)
    if len(authors) < 3 or "&" in s[:end]:
        return authors, et_al, end  # ("Okafor, Lindqvist, …, Chen & Novak (2024)": surnames alone)
    paired = _surname_given_pairs(authors)
    if paired is authors:
        return authors, et_al, end
    ands = sum(w == "and" for w in s[:end].split())
    if ands == len(paired) - 1 or ands == 0 and not trailer:
        # BibTeX's field as it is, every author joined by "and" (after the title too: "[Title](…), Hovy, Dirk and
        # Spruit, Shannon L., 2016"), or rendered with commas as a lead byline. A trailing comma list without "and"
        # ("… - Chernozhukov, Escanciano, Ichimura, Newey, Robins (2022)") lists surnames alone, and one "and" before
        # the last ("Smith, Ann, Lee, Bo and Roe, Cy") is no BibTeX field
        return paired, et_al, end
    return authors, et_al, end


def _surname_given_pairs(authors: tuple[str, ...]) -> tuple[str, ...]:
    """``("Kirillov, Alexander", "Mintun", "Eric", "Ravi", "Nikhila", "Berg", "Alexander C")`` → ("Kirillov,
    Alexander", "Mintun, Eric", "Ravi, Nikhila", "Berg, Alexander C"): a BibTeX author field copied as it is
    ("Kirillov, Alexander and Mintun, Eric and …") or with each " and " rendered as a comma writes every author
    "Surname, Given"; the scanner, reading the first as an inverted lead author (MLA's "Smith, John, Jane Doe"),
    took each later surname and given name for two authors. Paired again only when the first name is inverted, the
    later parts are an even number of capitalised parts, and at least half of them are one word (MLA's later names
    are whole, "Jane Doe", two words or more). Linear in the names."""
    if len(authors) < 3 or ", " not in authors[0] or (len(authors) - 1) % 2:
        return authors
    rest = authors[1:]
    if any("," in a or not a[:1].isupper() for a in rest) or sum(" " not in a for a in rest) * 2 < len(rest):
        return authors
    return (authors[0],) + tuple(f"{rest[i]}, {rest[i + 1]}" for i in range(0, len(rest), 2))


def _scan_author_block(d: str, s: str, *, trailer: bool, initial_first: bool = False) \
        -> tuple[tuple[str, ...], bool, int]:
    """Read the author block at the start; return (authors, et_al, offset where it ends).

    A malformed block (``A & <not a name>``, a lone word with no initials) gives no authors.
    """
    if not trailer and (group := _GROUP_AUTHOR.match(s)) is not None:
        # "wwPDB Consortium. Protein Data Bank: …": a group author reads as no personal names (a lower-case
        # acronym, three capitalised words), yet it is the whole author block, the title follows its stop
        return (d[group.start(1):group.end(1)],), False, group.end()
    if not trailer and (run := _unseparated_vancouver(d, s)) is not None:
        return run
    if not trailer and (lone := _lone_short_capitalised_author(d, s)) is not None:
        return lone
    if not trailer and (pinyin := _capitalised_surname_given_name_byline(d, s)) is not None:
        return pinyin
    spans: list[tuple[int, int]] = []
    # a surname chunk waiting for its initials: (start, end, is_first_author, shape)
    pending: tuple[int, int, bool, str] | None = None
    et_al = connector = False
    lone_word: int | None = None  # start of the last author read as one bare word ("Development")
    # start of the last author read as bare capitalised words, no initial among them ("Parkinson's Disease")
    bare_words: int | None = None
    style_gs = initial_first  # the block is known to open with an initial ("I. J. Good."): read the longest name
    vancouver = False  # the names so far are all "Surname IN" (undotted initials after the surname)
    # the name the joiner introduces ("…, and C. Lee", "…, i Ross Girshick") is the last: see _after_last_name
    joined_done = pending_joined = False
    pos, n, end = 0, len(s), len(s)
    while True:
        while pos < n and s[pos] == " ":
            pos += 1
        if pos >= n:
            break
        if len(spans) >= MAX_AUTHORS:
            et_al, end = True, pos
            break
        conn = _CONNECTOR.match(s, pos)
        if conn:
            pos = conn.end()
            if conn.group(1):  # "et al." / "等" always closes the block
                et_al = True
                senior = s[pos:pos + 2] == ", " and _senior_after_et_al(s, pos + 2)
                while pos < n and s[pos] in " .,;":
                    pos += 1
                if senior:
                    # "Ding M, Radu AM, et al., Maspero M. Title. …": a Vancouver byline may close on its senior
                    # author after "et al.," (a CV's own name kept in the cut byline); that name is the last author
                    spans.append((pos, senior))
                    pos = senior + 1
                    while pos < n and s[pos] == " ":
                        pos += 1
                end = pos
                break
            et_al |= conn.group(2) in ("…", "...")
            connector = True
            joined_done = False  # "A and B and C": every name joined so
            continue
        sep = _SEPARATOR.search(s, pos)
        if sep is not None and (particle_end := _particle_surname_after_initials(s, spans, pos, sep)):
            sep = _SEPARATOR.search(s, particle_end)  # "B. A. y Arcas": see _particle_surname_after_initials
        chunk_end = sep.start() if sep else n
        sep_char = s[chunk_end] if chunk_end < n else ""
        if pending:
            one_surname = [_token_class(t) if t not in _WORD_SURNAMES else "W"
                           for t in s[pending[0] : pending[1]].split()].count("W") == 1 \
                or (pending[2] and _mla_particle_surname(s, pending[0], pending[1], pos, chunk_end))
            expect = "given" if pending[2] and pending[3] == "words" and one_surname else "initials"
            found = _analyse_chunk(s, pos, chunk_end, expect, trailer, True)
            if found and found[2] and not one_surname and pending[3] == "words" \
                    and _initial_led_full_name(s, pos, chunk_end, sep_char):
                found = None  # "Jakub Konečný, H. Brendan McMahan, …": see _initial_led_full_name
            if found:
                spans.append((pending[0], found[1]))
                joined_done = pending_joined
                pending = None
            else:
                p_start, p_end, p_first, p_shape = pending
                pending = None
                if not p_first and " " not in s[p_start:p_end].strip() and _surname_initials_run(s, spans) \
                        and _APA_NAMES_TO_YEAR.match(s, p_end) is None:
                    # "Smith, J., Segment, track and count: …": after "Surname, I." names, a bare word that no
                    # initials follow opens the title
                    end = p_start
                    break
                if p_shape == "words" and (not p_first or " " in s[p_start:p_end].strip()):
                    spans.append((p_start, p_end))  # a full name such as "Jie Zhou"
                    # (a lone word the joiner led to may be a BibTeX surname whose given name did not read as
                    # one, "and Spruit, Shannon L", or a title's word, "Method and Device, Tingting Jiang")
                    joined_done = pending_joined and " " in s[p_start:p_end].strip()
                    # a full name written given name first tells the byline's style, as it does read directly:
                    # "Qingshan Hou, Peng Cao, Osmar R. Zaiane. *JBHI 2022*" closes on a given-first name whose
                    # middle initial is no Vancouver name's end ("Osmar R", the venue "Zaiane. JBHI")
                    style_gs, vancouver = " " in s[p_start:p_end].strip(), False
                elif p_first:
                    return (), False, 0
                else:
                    end = p_start
                    break
        else:
            found = None
        if found is None and spans and not connector and (suffix := _comma_suffix_end(s, pos, chunk_end)):
            # 'Pople, H. E., Jr. "Title." In …', "Smith, John, Jr., and Ann Lee. Title": an inverted name's
            # generational suffix, set off by its own comma after the initials or given name, closes that name (read
            # as a name of its own it was none, and "Jr" became the title or the first words of it)
            if suffix < chunk_end and s[suffix:chunk_end].strip():
                end = suffix  # "Pople, H. E., Jr. Title words. …": the suffix's stop closes the byline
                break
            pos = chunk_end
            if sep_char in (",", ";"):
                pos += 1
                continue
            end = pos
            break
        if found is None:
            if joined_done and _after_last_name(s, pos, chunk_end):
                end = pos
                break
            if connector and spans and (group := _GROUP_AUTHOR.match(s, pos)) is not None:
                # "…, de Cesare, M., ... and The BEEHIVE Collaboration. (2018). PHYLOSCANNER: …": a consortium the
                # joiner adds after the personal names is the byline's last author, closed by its full stop (read
                # as "A and <not a name>", the whole byline was lost and the reference with it)
                spans.append((group.start(1), group.end(1)))
                end = group.end(1) + 1
                break
            found = _analyse_chunk(s, pos, chunk_end, "name", trailer, style_gs, vancouver)
            if found is None:
                found = _four_initials_name(s, pos, chunk_end, sep_char, vancouver, trailer)
            if found is None and spans and sep_char == "," and _surname_initials_run(s, spans):
                found = _capitalised_surname_before_initials(s, pos, chunk_end, trailer)
            if found is not None and sep_char == '"' and found[1] == chunk_end and s[chunk_end - 1].isalnum():
                # "基于结构的“首尾相连”大环PROTACs设计": words glued to an opening quote, with no stop, comma or space
                # between, quote a term inside a phrase (as Chinese titles do); a byline ends before its title's quote
                found = None
            if found is not None and found[0] == "initials" and not found[2] and sep_char == "," \
                    and _surname_lost(s, spans, chunk_end + 1, trailer):
                found = ("gs", found[1], False)  # "L. Liu, X. Hu, L. Z. B, and P. Heng, *Title*": see _surname_lost
            if found is None or found[0] == "initials" or (found[0] == "lower" and sep_char not in (",", ";")):
                if connector and lone_word is not None and len(spans) >= 2 and s[lone_word : pos].count(",") == 0 \
                        and (_surname_initials_run(s, spans[:-1]) or _initials_surname_run(s, spans[:-1])):
                    # "Gulshan, V., Coram, M., Development and validation of …", "D.S.W. Ting, C.Y.-L. Cheung,
                    # Development and validation of …": after a run of "Surname, I." (or "I. Surname") names, a
                    # lone word joined by "and" to what is no name opens the title
                    spans.pop()
                    end = lone_word
                    break
                if connector and _title_words_after_initials_first(s, spans, bare_words, pos):
                    spans.pop()
                    end = bare_words
                    break
                if connector:  # "A & <not a name>": not an author list at all
                    return (), False, 0
                end = pos
                break
            shape, name_end, leftover = found
            if shape == "words" and not leftover and spans and len(s[pos:name_end].split()) >= 2 \
                    and s.startswith((" and ", " & "), chunk_end) and _surname_initials_run(s, spans):
                # "Niu, Y., Gu, L., Explainable Diabetic Retinopathy Detection and Retinal Image Generation, …":
                # after "Surname, I." names, capitalised words with no initial joined by "and" to more are a
                # title-case title's, cut by its own "and" into name-like pieces; such a byline gives every name its
                # initials and joins its last one as "and Surname, I." ("Del Rio, J." waits for its initials)
                end = pos
                break
            if shape in ("words", "lower") and not leftover and sep_char in (",", ";"):
                pending = (pos, name_end, not spans, shape)
                pending_joined = connector
            elif shape == "gs" and not leftover and sep_char == "," and spans \
                    and _token_class(s[pos:name_end].split()[0]) == "P" \
                    and _surname_initials_run(s, spans) and _initials_after(s, chunk_end + 1, trailer):
                # "Dong, M., Wei, J., de O. Fonseca, A. H., … & van Dijk, D. (2023). Title": among "Surname, I."
                # names, a particle, an initial and a word before a comma and initials is a surname waiting for its
                # initials (a middle name abbreviated inside it), not a given-first name, which no particle opens:
                # read so, "A. H." closed the byline and the title was "A" (a given-first name after an inverted
                # first author, Chicago's "Smith, J., A. B. Jones, C. D. Lee", opens with its initials)
                pending = (pos, name_end, False, shape)
                pending_joined = connector
            else:
                spans.append((pos, name_end))
                joined_done = connector
                lone_word = pos if shape == "words" and not leftover and " " not in s[pos:name_end].strip() else None
                bare_words = pos if shape == "words" and not leftover else None
                style_gs = shape == "gs" or (shape == "words" and " " in s[pos:name_end].strip())
                vancouver = shape == "su" and (vancouver or len(spans) == 1)
        connector = False
        if found[2]:  # more text after the name: the block is over
            end = found[1]
            break
        pos = chunk_end
        if sep_char in (",", ";"):
            pos += 1
        elif sep_char == '"':
            end = pos
            break
    if pending and pending[3] == "words":
        spans.append(pending[:2])
    if not trailer and end >= n:  # nothing but names: no title to anchor them
        return (), False, 0
    if not trailer and len(spans) >= 2 and _title_run_as_names(s, spans, end):
        return (), False, 0
    names = [d[a:b].strip(" ,;&") for a, b in spans]
    others_dotted = any("." in name for name in names[:-1])
    authors = tuple(a for a in (_clean_author(x, i == len(names) - 1, others_dotted) for i, x in enumerate(names)) if a)
    return authors, et_al, end


#: a generational suffix alone after a byline's comma, closed by a comma, by its stop or by the end of the chunk:
#: "Jr.", "Jr", "Sr.", "III" (anchored at the chunk's start; one pass)
_COMMA_SUFFIX = re.compile(r"(?:Jr|Sr)\.?(?=[\s,;]|$)|(?:II|III|IV)(?=\.?(?:[\s,;]|$))\.?")


def _comma_suffix_end(s: str, pos: int, chunk_end: int) -> int | None:
    """Where a generational suffix that opens the chunk ``s[pos:chunk_end]`` ends (its stop and the spaces after
    it included), when a comma sets it off from the name before it ("Pople, H. E., Jr."; "Smith, John, Jr.,"),
    and nothing but the suffix is in the chunk unless the suffix's own stop closes it ("Jr. Title …"); else
    None. An undotted suffix with more words after it ("III Workshop on …") is not read so."""
    before = s[:pos].rstrip()
    if not before.endswith(","):
        return None
    m = _COMMA_SUFFIX.match(s, pos, chunk_end)
    if m is None:
        return None
    at = m.end()
    rest = s[at:chunk_end]
    if rest.strip() and not (s[at - 1] == "." and rest[:1] == " "):
        return None
    while at < chunk_end and s[at] == " ":
        at += 1
    return at


def _capitalised_surname_before_initials(s: str, pos: int, chunk_end: int,
                                         trailer: bool) -> tuple[str, int, bool] | None:
    """``Lee, S., Park, H., ... & KANG, J. (2024). Title``: among "Surname, I." names, a surname written in capitals
    alone before its comma, the dotted initials after the comma → the surname as a word waiting for its initials
    ("words", as "Kang" reads), else None. Why: a capitalised surname reads as a name only with undotted initials
    in its own chunk (GB/T 7714 "KANG J"); split from them by the comma, it read as no name, the byline ended before
    it and the whole author line became the work's title. The names before it must all be "Surname, I." and the
    next chunk its initials, so an acronym opening a title ("BERT, a model …") is no surname."""
    words = s[pos:chunk_end].split()
    if len(words) != 1 or _token_class(words[0]) != "U" or not _initials_after(s, chunk_end + 1, trailer):
        return None
    return "words", pos + len(s[pos:chunk_end].rstrip()), False


#: a "Surname INITIALS" name whose undotted initials run to four or five capitals ("Vissers LELM", "van der Berg
#: JAMW", "van Lier ALHMW": a Dutch name of four given names and a particle), perhaps closed by the byline's full
#: stop; the surname after at most two lower-case particles
_FOUR_INITIALS_NAME = re.compile(r"(?:[a-z]{1,4} ){0,2}([^\W\d_][\w'’-]{1,40}) [A-Z]{4,5}(\.?)")


def _four_initials_name(s: str, pos: int, chunk_end: int, sep_char: str, vancouver: bool,
                        trailer: bool) -> tuple[str, int, bool] | None:
    """``Vissers LELM, de Ligt J, Gilissen C, et al. A de novo paradigm …``: a Vancouver name whose given names come
    to four undotted initials. Four capitals read as one word (an acronym, "BERT", "LSTM": ``_token_class`` takes
    at most three as initials), so the first author read as no name and the whole reference was lost. They are
    initials only as the second word of a "Surname INITIALS" name among Vancouver names: closed by its comma, the
    name after it is one (or "et al." follows, after such names: ``vancouver``); closed by the byline's full stop,
    the names before it are such names. → (shape, name end, leftover) or None."""
    chunk = s[pos:chunk_end]
    m = _FOUR_INITIALS_NAME.match(chunk)
    if m is None or _token_class(m.group(1)) != "W":
        return None
    rest = chunk[m.end():]
    if rest.strip():
        # "…, Gilissen C, Vissers LELM. A de novo paradigm": the last name, closed by the stop before the title
        return ("su", pos + m.end(), True) if vancouver and m.group(2) and rest.startswith(" ") else None
    if m.group(2) or sep_char != ",":
        return None
    after = chunk_end + 1
    while after < len(s) and s[after] == " ":
        after += 1
    if (conn := _CONNECTOR.match(s, after)) is not None and conn.group(1):
        return ("su", chunk_end, False) if vancouver else None  # "…, Gilissen C, Vissers LELM, et al. Title"
    # the next name must be a Vancouver one too, wherever this one stands: "Jin-Dong KIM, Tomoko OHTA, Yoshimasa
    # TSURUOKA": given names before surnames in capitals, "OHTA" a surname (the name after it is no "Surname IN")
    sep = _SEPARATOR.search(s, after)
    found = _analyse_chunk(s, after, sep.start() if sep else len(s), "name", trailer, False, True)
    return ("su", chunk_end, False) if found is not None and found[0] == "su" else None


#: the small words that go on a title's opening word ("Paraphrase for …", "Segmentation of …") and never a name's
_TITLE_RUN_JOINERS = frozenset({"a", "an", "at", "by", "for", "from", "in", "of", "on", "the", "to", "with"})


def _title_run_as_names(s: str, spans: list[tuple[int, int]], end: int) -> bool:
    """``Knowledge-Driven Encode, Retrieve, Paraphrase for Medical Image Report Generation. AAAI 2019.``: a title whose
    first capitalised words are listed with commas reads as bare names ("Knowledge-Driven Encode", "Retrieve") and
    its rest as the title. The run is the title's when no name in it carries an initial or an inverting comma, one
    of them after the first is a lone word (a given-first name is two words or more; a surname alone waits for its
    initials), only a comma closes it, and the word after it goes on with a title's small word ("Paraphrase for").
    Why: the line's title lost its first words to a byline. "Jie Zhou, Wei Zhang, Learning for …" (full names) and
    "Lee, Min, Wang, Jue. Title" (MLA, inverted) stay bylines."""
    if not s[:end].rstrip().endswith(","):
        return False
    after = s[end:end + 80].split(None, 2)
    if len(after) < 2 or after[1] not in _TITLE_RUN_JOINERS or _token_class(after[0]) != "W":
        return False
    chunks = [s[a:b].strip(" ,;&") for a, b in spans]
    return not any("," in c for c in chunks) and any(" " not in c for c in chunks[1:]) \
        and all(_token_class(w) == "W" for c in chunks for w in c.split())


def _initials_after(s: str, at: int, trailer: bool) -> bool:
    """Whether the chunk from ``at`` (after a comma) is a name's initials and nothing more: "A. H." of
    "de O. Fonseca, A. H., …" (see ``_scan_authors``)."""
    while at < len(s) and s[at] == " ":
        at += 1
    sep = _SEPARATOR.search(s, at)
    found = _analyse_chunk(s, at, sep.start() if sep else len(s), "initials", trailer, True)
    return found is not None and found[0] == "initials"


def _title_words_after_initials_first(s: str, spans: list[tuple[int, int]], bare_words: int | None, pos: int) -> bool:
    """``T. Arias-Vergara, J. C. Vásquez-Correa, J. R. Orozco-Arroyave, Parkinson's Disease and Aging: Analysis of
    …, Cognitive computation, (2017).``: an IEEE-like byline of initials-first names closed by a mere comma, then a
    title-case title whose first words ("Parkinson's Disease") read as one more full name and whose "and" as the
    byline's joiner. Why: the word after the joiner ("Aging: Analysis …") is no name, and "A and <not a name>" read
    as no author list at all, so the whole reference was lost. Every name before those words carries its initials
    first (two names at least, ``_initials_surname_run``), a name with no initial breaks that run, and nothing but
    the joiner parts it from what is no name: the words open the title."""
    return bare_words is not None and len(spans) >= 3 and spans[-1][0] == bare_words \
        and s[bare_words:pos].count(",") == 0 and _initials_surname_run(s, spans[:-1])


def _after_last_name(s: str, pos: int, chunk_end: int) -> bool:
    """Whether the chunk at pos follows the name a joiner introduced, so opens the title: the joiner ("and",
    "&", a locale's "i", "y", "und") comes before the last name only, and what follows it is no name however
    much it looks like one. "Alexander Kirillov, …, and Ross Girshick, Segment Anything, arXiv, 2023" names
    its title unquoted and in title case, two capitalised words that read as a given name and a surname. A
    lone word still belongs to the name: a generational suffix ("…, and C. E. Kahn, Jr., “Title”"), a BibTeX
    given name after its surname ("… and Daumé III, Hal, 2018")."""
    return len(s[pos:chunk_end].split()) >= 2


#: a GB/T 7714 byline of one author whose capitalised surname is two or three letters, closed by the byline's stop:
#: "JI H. ", "LIU Y Q. ", "MA J. "
_LONE_SHORT_CAPITALISED_AUTHOR = re.compile(r"([A-Z]{2,3}(?: [A-Z]){1,3})\. (?=\S)")


def _lone_short_capitalised_author(d: str, s: str) -> tuple[tuple[str, ...], bool, int] | None:
    """"JI H. DM-SegNet: Title[EB/OL]. arXiv:…, 2025.", "LIU Y Q. Title[J]. Journal, 2024, 12(3): 45-67.": a GB/T 7714
    reference by a single author whose surname, capitalised, is as short as initials (``_short_capitalised_surname``
    reads "LI F" as a name only after "Surname IN" names or up to a comma). Alone, the surname and its initials
    read as a run of initials closed by a stop, no name, so the byline went into the title. Read as the one author
    only when the document-type code glued to the title's last word follows within the clause
    (``_doc_type_code_ahead``): the code says the text is a GB/T reference, whose byline opens it; a title that
    opens with a short acronym and a letter ("AI A. …") carries no code. → (authors, et al., title start) or None."""
    m = _LONE_SHORT_CAPITALISED_AUTHOR.match(s)
    if m is None or not _doc_type_code_ahead(s, m.end()):
        return None
    return (d[m.start(1) : m.end(1)],), False, m.end()


#: a romanised Chinese name as GB/T 7714 writes it in an English translation of a Chinese reference: the surname in
#: capitals, then the given name spelled out, "HOU Xiangning", "OUYANG Hua", "SIMA Qian-Yu"
_CAPITALISED_SURNAME_GIVEN_NAME = r"[A-Z]{2,12}(?:-[A-Z]{2,12})? [A-Z][a-z]{1,20}(?:-[A-Za-z][a-z]{1,20})?"
_CAPITALISED_SURNAME_GIVEN_BYLINE = re.compile(
    rf"({_CAPITALISED_SURNAME_GIVEN_NAME}(?:, {_CAPITALISED_SURNAME_GIVEN_NAME}){{0,59}})(, et al)?\. (?=\S)")


def _capitalised_surname_given_name_byline(d: str, s: str) -> tuple[tuple[str, ...], bool, int] | None:
    """"HOU Xiangning, HUANG Xiaobin, XU Caocao, et al. Title[J]. Modern Electronics Technique, 2026, 49(9): 32-37
    (in Chinese).": a Chinese journal's English rendering of a Chinese reference names each author by the surname
    in capitals and the given name in full. A capitalised word of four letters or more is a name only before
    initials (``_shape``: "HUANG X", not "BERT Pretraining"), so the byline ended at the second author and the
    rest of the names opened the title. Read as the byline only when the document-type code glued to the title
    closes the clause after it (``_doc_type_code_ahead``), which says the text is a GB/T reference.
    → (authors, et al., title start) or None."""
    m = _CAPITALISED_SURNAME_GIVEN_BYLINE.match(s)
    if m is None or not _doc_type_code_ahead(s, m.end()):
        return None
    return tuple(name.strip() for name in d[m.start(1) : m.end(1)].split(",")), m.group(2) is not None, m.end()


def opens_with_lone_typed_author(text: str) -> bool:
    """Whether ``text`` (a reference number at most before it) opens with a lone GB/T 7714 author of a short
    capitalised surname, its title closed by a document-type code: "[17] JI H. Title[EB/OL]. arXiv:…"
    (``_lone_short_capitalised_author``). The lead text before a reference's own link is cut before its year, so
    the year cannot vouch for the byline there; the code does."""
    head = without_reference_number(text.lstrip())
    return _lone_short_capitalised_author(head, head) is not None


def _unseparated_vancouver(d: str, s: str) -> tuple[tuple[str, ...], bool, int] | None:
    """"Ho DE Imai K King G Stuart EA Matching as nonparametric …", "Posner MA Ash AS et al. Comparing …": a
    byline of Vancouver names ("Surname INITIALS", the initials undotted) written with no comma between the
    names nor a full stop after the last, as some course reading lists type MEDLINE's form. Read as
    (authors, et al., where the title starts) when two names at least (or one and "et al.") open the text
    and a capitalised word follows them; else None, for the comma-separated scanner. The strict alternation
    keeps a title's opening article out ("Austin PC Mamdani M A comparison of …": "A" is no surname), and a
    single name needs its "et al.": "Medical AI for …" alone is a title's two words, not "Surname IN"."""
    tokens = [(m.start(), m.end()) for m in _TOKEN.finditer(s, 0, 400)]
    names: list[tuple[int, int]] = []
    i = 0
    while i + 1 < len(tokens) and len(names) < MAX_AUTHORS:
        (a, _), (b0, b) = tokens[i], tokens[i + 1]
        surname, initials = s[a : tokens[i][1]], s[b0:b]
        if _token_class(surname) != "W" or _token_class(initials) != "C":
            break
        names.append((a, b))
        i += 2
    if not names or i >= len(tokens):
        return None
    et_al = False
    if (conn := _CONNECTOR.match(s, tokens[i][0])) is not None and conn.group(1):
        et_al, end = True, conn.end()
        while end < len(s) and s[end] in " .,;":
            end += 1
    else:
        end = tokens[i][0]
    if len(names) < 2 and not et_al or end >= len(s) or not s[end].isupper():
        return None
    return tuple(d[a:b] for a, b in names), et_al, end


#: the rest of an APA byline after a bare word: more names ("Surname, I." or a one-word name), the last a
#: "Surname, I." one, after "&" or not, up to the year sentence that closes the byline (", Maeda, Y., & Richardson,
#: J. C. (2026)."): the bare word before it, "Basori", is an author known by one name, not the title's first word
#: ("Smith, J., Segment, track and count: …"). At most forty names are read, whatever follows: linear.
_APA_NAMES_TO_YEAR = re.compile(
    r"(?:, [A-Z][\w'’-]{0,30}(?:[ -][A-Z][\w'’-]{0,30})?(?:, [A-Z]\.(?:[ -]?[A-Z]\.){0,3})?){0,40}"
    r", (?:& )?[A-Z][\w'’-]{0,30}(?:[ -][A-Z][\w'’-]{0,30})?, [A-Z]\.(?:[ -]?[A-Z]\.){0,3} \((?:19|20)\d\d[a-z]?\)\.")


def _surname_initials_run(s: str, spans: list[tuple[int, int]]) -> bool:
    """Whether every span reads "Surname, I." (a surname, a comma, dotted initials): Elsevier-style names."""
    for a, b in spans[-8:]:
        surname, comma, initials = s[a:b].strip(" ,;&").partition(",")
        if not comma or " " in surname.strip() or not initials.strip() \
                or not all(_token_class(t) == "I" for t in initials.split()):
            return False
    return True


def _surname_lost(s: str, spans: list[tuple[int, int]], nxt: int, trailer: bool) -> bool:
    """Whether a run of initials between commas is an author whose surname was lost, inside a byline of "I. Surname"
    names: "L. Liu, X. Hu, L. Z. B, and P. Heng, *Title*", "S. Zhou, Z. X. B, C. Chen, …" (reference managers
    import Springer LNCS authors so, the corresponding author's envelope mark read as a letter). The run is one
    of the names when "I. Surname" names come before it and another name, or "and" before one, follows it; read
    as the title, it would leave the title a single letter."""
    if not spans or not _initials_surname_run(s, spans):
        return False
    while nxt < len(s) and s[nxt] == " ":
        nxt += 1
    conn = _CONNECTOR.match(s, nxt)
    if conn is not None and conn.group(2) is not None and conn.group(2) in ("and", "&"):
        nxt = conn.end()
        while nxt < len(s) and s[nxt] == " ":
            nxt += 1
    sep = _SEPARATOR.search(s, nxt)
    found = _analyse_chunk(s, nxt, sep.start() if sep else len(s), "name", trailer, True)
    return found is not None and found[0] == "gs" and _initials_surname_run(s, [(nxt, found[1])])


def _initials_surname_run(s: str, spans: list[tuple[int, int]]) -> bool:
    """Whether every span reads "I. Surname" (dotted initials, then the surname's words, no comma): the names
    of Elsevier's numbered reference style ("D.S.W. Ting, C.Y.-L. Cheung, G. Lim, …"). A name whose surname was
    lost ("L. Z. B", ``_surname_lost``) does not break the run, but it cannot make one alone."""
    named = False
    for a, b in spans[-8:]:
        tokens = s[a:b].strip(" ,;&").split()
        if "," in s[a:b].strip(" ,;&") or len(tokens) < 2 or _token_class(tokens[0]) != "I":
            return False
        if _token_class(tokens[-1]) != "W":
            if not all(_token_class(t) in ("I", "C") for t in tokens):
                return False
            continue
        named = True
    return named


def _clean_author(name: str, is_last: bool, others_dotted: bool) -> str:
    """Drop the full stop that ends the author block, keep the dots of initials.

    "Pietro Liò." and "Philip S. Yu." end with a sentence stop; so does the last of
    undotted Vancouver names ("Frey BJ."); "Baldi, P." and "Brox T." after "Fischer P." don't.
    """
    tokens = name.split()
    given = tokens[-1][:-1] if tokens else ""
    if is_last and name.endswith(".") and "," in name and len(given) >= 3 and given[0].isupper() \
            and given.replace("-", "").replace("'", "").isalpha() and any(c.islower() for c in given):
        # "Lee, Min." / "Wang, Jue.": an inverted name whose given name is written out closes the MLA byline with
        # the sentence's stop (an initial keeps its own: "Baldi, P.", "Smith, J.R.")
        return name[:-1]
    if is_last and name.endswith(".") and "," not in name and tokens:
        last = tokens[-1]
        surname_like = _token_class(last.translate(_FOLD)) in ("W", "G", "K") or (len(last) == 3 and last[1].islower())
        if surname_like or (not others_dotted and name.count(".") == 1):
            name = name[:-1]
    if tokens and _token_class(tokens[-1]) == "G":  # affiliation footnote: "M.C.Liu1" → "M.C.Liu"
        name = name.rstrip("0123456789")
    return name


# ----------------------------------------------------------------------------- title


#: a title that ends in a lone capital: cut at an abbreviation's full stop ("…，J" of "J. Med. Imaging")
_CUT_AT_INITIAL = re.compile(r"(?:^|[\s,，])[A-Z]\Z")
#: a title cut at an author's first initial after a spaced dash: "Title - I" (of "Title - I. J. Good.")
_DASH_INITIAL_END = re.compile(r" - [A-Z]\.(?= [A-Z]\.| [A-Z][a-z]| (?:van|von|de|der|den|da|di|du|le|la) [A-Z])")


def _sentence_end(s: str, start: int) -> int:
    """Offset of the first full stop at or after ``start`` that ends a sentence (not an abbreviation's), or -1."""
    i = s.find(". ", start)
    while i >= 0:
        if s[s.rfind(" ", start, i) + 1 : i].casefold() not in _ABBREVIATIONS:
            return i
        i = s.find(". ", i + 1)
    return -1


#: the small words a journal's Title-Case name keeps in lower case ("Journal of the American Medical …")
_TITLE_CASE_SMALL = frozenset({"a", "an", "and", "at", "by", "for", "from", "in", "of", "on", "the", "to", "with", "&"})


def _given_first_byline(clause: str) -> bool:
    """``Martin Roland, David J Torgerson``: two names or more, parted by commas (or "and"), each two to four
    capitalised words written given name first — a byline, not a subtitle in Title Case (one part)."""
    parts = [p.strip() for p in re.split(r",|\band\b|&", clause) if p.strip()]
    return len(parts) >= 2 and all(2 <= len(p.split()) <= 4 and all(w[:1].isupper() for w in p.split())
                                   for p in parts)


def _question_subtitle(s: str, at: int, dated: bool = False) -> bool:
    """Whether the sentence at ``at``, after a title's "?", is the title's subtitle, not the source.

    "Do FDA label changes work? Assessment of the 2010 class label change …. Pharmacoepidemiol. Drug Saf. 27,
    332–339 (2018)": the clause after the question has five words or more in sentence case (a journal's name is
    in Title Case: "Title? Journal of the American Medical Informatics Association. 2019;26:1–9" keeps its cut),
    carries no volume and pages, and is followed by the source with its year; "Is deep learning ready? Nature
    Machine Intelligence 3, 12–14 (2021)" (no sentence after the question) keeps its cut.

    A Vancouver reference writes the subtitle in Title Case as often as not, and its source is a sentence of its
    own: "What is Machine Learning? A Primer for the Epidemiologist. Am J Epidemiol. 2019 Dec 31;188(12):2222-9."
    A clause of three words or more followed by such a source line ("Journal. Year;Vol(Issue):Pages") is the
    subtitle whatever its case — the journal is the sentence after it — unless the clause is itself a Vancouver
    byline (the authors written after the title). "Title? Journal of … Association. 2019;26:1–9" has no journal
    sentence after the clause.

    A Harvard (author-date) reference (``dated``) writes its year before the title, so no year follows:
    "Kress, A., …, 2023. Real or fake? Measuring the impact of protein annotation errors on …. Frontiers in
    Bioinformatics, 3, p.1178926." — there the sentence-case clause is the subtitle when the sentence after it
    carries the volume and pages and the clause names no journal ("Title? Nature machine intelligence. 3, 12-14"
    keeps its cut).
    """
    end = _sentence_end(s, at)
    if end < 0:
        return False
    words = s[at:end].split()
    if len(words) >= 3 and words[0][:1].isupper() and _SOURCE_LINE.match(s, end + 2) is not None \
            and not vancouver_authors(s[at:end]) and not _given_first_byline(s[at:end]):
        # (three words at least: "Title? T. J. Kaptchuk. J Clin Epidemiol 2001: 54(6)" cuts at an initial's stop)
        return True
    if _VANCOUVER_DATE_VOLUME.match(s, end + 1) is not None and looks_like_venue(s[at:end].strip()):
        # "Title? International journal of methods in psychiatric research. 2011;20(1):40-49.": a journal's name a
        # reference manager wrote in sentence case, "year;volume" right after its stop: the clause is the source
        return False
    return len(words) >= 5 and words[0][:1].isupper() \
        and any(w[:1].islower() and w.casefold() not in _TITLE_CASE_SMALL for w in words) \
        and _VOL_ISSUE_PAGES.search(s, at, end) is None \
        and (_YEAR.search(s, end) is not None or dated and _dated_source_after(s, at, end))


#: a Vancouver source's date and volume right after its journal's stop: " 2011;20(1)", " 2005 Mar;31:", " 2019 Dec 31;188"
_VANCOUVER_DATE_VOLUME = re.compile(r"\s(?:19|20)\d\d(?: [A-Z][a-z]{2}(?: \d{1,2})?)?;\s?\d")


def _dated_source_after(s: str, at: int, end: int) -> bool:
    """Whether, in an author-date reference, the sentence after the clause ``s[at:end]`` is the source (it holds
    the volume and pages) and the clause itself names no journal or venue — the clause is then a subtitle."""
    clause = s[at:end].strip()
    return _VOL_ISSUE_PAGES.search(s, end + 1, min(len(s), end + 400)) is not None \
        and not names_journal(clause) and not names_venue(clause)


def _subtitle_before_emphasised_source(s: str, at: int) -> bool:
    """Whether the clause after a title's "?" or "!" is its subtitle because the source after the clause is set in
    italics: APA's "(2025). What is Stigma Attributed to? A Theory-Grounded … Corpus for Demystifying Mental-Health
    Stigma. *arXiv preprint arXiv:2505.12727*." and "(2024). Still not quite there! Evaluating large language models
    for …. *arXiv preprint …*". APA sets the source (the journal, or the proceedings after "In") in italics and the
    title never, so a clause in roman type between the title's "?" or "!" and the italic source is still the title,
    whatever its case. Read on an entry's plain text (no marks), the sentence after the clause must name the source
    (``looks_like_venue``) and the clause none. A clause that is itself italic ("Title? *Nature Machine
    Intelligence*, 3, …") or a source, holds an emphasis mark, reads as a byline, or that no source follows, keeps
    the cut."""
    if s[at : at + 1] != " " or s[at + 1 : at + 2] in ("*", "_", ""):
        return False
    # (read within a window: a run of "?" with no stop after them costs no scan to the text's end each)
    end = _sentence_end(s[at : at + _SUBTITLE_CHARS], 0)
    if end < 0:
        return False
    end += at
    clause = s[at:end]
    if len(clause.split()) < 2 or "*" in clause or "_" in clause \
            or vancouver_authors(clause.strip()) or _given_first_byline(clause):
        return False
    j = end + 1
    while s[j : j + 1] == " ":
        j += 1
    if s.startswith("In ", j):
        j += 3
    if s[j : j + 1] in ("*", "_"):
        return s[j + 1 : j + 2] not in (" ", "*", "_", "")
    # the emphasis marks gone with the Markdown (an entry's plain text): the sentence after the clause names the
    # source ("… Stigma. arXiv preprint arXiv:2505.12727.", "… health. npj Mental Health Research, 3(1), 48.") and
    # the clause itself names none, nor its volume and pages
    if len(clause.split()) < 3 or looks_like_venue(clause.strip()) or _VOL_ISSUE_PAGES.search(clause) is not None:
        return False
    window = s[j : j + _SOURCE_SENTENCE_CHARS]
    stop = _sentence_end(window, 0)
    source = (window[:stop] if stop >= 0 else window).strip(" .")
    return bool(source) and source[:1].isalpha() and looks_like_venue(source)


#: the most characters of the source sentence after a title's subtitle read to tell it is a source
_SOURCE_SENTENCE_CHARS = 200
#: the most characters of a subtitle after a title's "?" or "!" (a subtitle is a clause, not a paragraph)
_SUBTITLE_CHARS = 400


#: a lower-case word that opens a reference's source, not a subtitle, after a title's "?" ("Title? in: Proc. …",
#: "Title? preprint …")
_SOURCE_OPENERS = frozenset({"in", "in:", "pp", "pp.", "vol", "vol.", "preprint", "and", "et", "doi", "doi:"})
_LOWER_WORD = re.compile(r"[a-z][a-z'’-]*[a-z,:;]?(?=\s|$)")


#: the clause after a title's "?" that is a Vancouver source, not a subtitle: a venue, its stop, then "year;volume"
#: ("… obstructive sleep apnea? sleep med. 2008;9(8):894-898.", a reference typed all in lower case)
_VANCOUVER_SOURCE_AFTER = re.compile(r" [^.?!;]{1,60}\. (?:19|20)\d\d;\d")


def _lowercase_subtitle(s: str, at: int) -> bool:
    """Whether the clause after a title's "?" is its subtitle written in lower case: "How fair is your graph?
    exploring fairness concerns in neuroimaging studies", "But are you sure? an uncertainty-aware perspective on
    explainable ai. In…". Google Scholar's exported references set a title in sentence case and lower the
    subtitle's first letter; a new sentence (the source, the authors) never opens with a lower-case word. The
    word must be plain lower-case letters: "arXiv", "bioRxiv", "eLife" open a venue, and "in:", "pp." a source.
    """
    if s[at : at + 1] != " ":
        return False
    m = _LOWER_WORD.match(s, at + 1)
    return m is not None and m.group().casefold() not in _SOURCE_OPENERS and not _VANCOUVER_SOURCE_AFTER.match(s, at)


#: the clause after a title's "?" that is itself a question: "What is behavior? No seriously, what is it?" —
#: two to twelve words, no sentence stop, year or link inside; a capital opens it and its own "?" closes it
_QUESTION_AFTER_QUESTION = re.compile(r" [A-Z][^.?!;:\d/\[\]()]{0,120}\?(?= |$)")


#: the clause after a title's "?" that opens with an indefinite article: " A Systematic Review", " An Open-Label
#: Pilot Study" — two to twelve words, no sentence stop, year, link or bracket inside (bounded: linear)
_ARTICLE_LED_CLAUSE = re.compile(r" (?:A|An) [A-Za-z][^.?!;:\d/\[\]()]{0,120}")


def _article_led_subtitle(s: str, at: int) -> bool:
    """Whether the clause after a title's "?" is its subtitle because it opens with "A" or "An": "Does Robot-Assisted
    Gait Rehabilitation Improve Balance in Stroke Patients? A Systematic Review (2014)". A reference's source never
    opens so (a journal's name has no article before it; a byline is names), so the question and the clause are
    one title; the clause must end the text or come before a stop or a bracket (the year, the source), and be no
    byline written given names first ("Title? A Smith, B Jones. …") nor a Vancouver one ("An J, Lee K. …")."""
    m = _ARTICLE_LED_CLAUSE.match(s, at)
    if m is None or (m.end() < len(s) and s[m.end()] not in ".(["):
        return False
    clause = m.group().strip()
    return 2 <= len(clause.split()) <= 12 and not vancouver_authors(clause) and not _given_first_byline(clause)


def _question_after_question(s: str, at: int) -> bool:
    """Whether the clause after a title's "?" is a second question, the title's subtitle: "What is behavior? No
    seriously, what is it? [Preprint]. Animal Behavior and Cognition." A reference's source (its venue, its
    authors, its year and pages) never ends in a question mark, so a question right after the title's question
    is still the title."""
    m = _QUESTION_AFTER_QUESTION.match(s, at)
    return m is not None and 2 <= len(m.group().split()) <= 12


#: " III. Decreased …" after a title's stop: the Roman numeral of one part of a series of papers under one name
#: ("The disposition of propranolol. III. Decreased half-life …", "Studies on binding. II. Effects of pH …"), its
#: own title after it; two letters at least ("II", "IV", "XII"), since "I." or "V." may be an initial
_SERIES_PART = re.compile(r" (?=[IVX]{2,5}\. )X{0,3}(?:IX|IV|V?I{0,3})\. (?=[A-Z][a-z])")


def _title_end(s: str, start: int, dated: bool = False) -> tuple[int, int]:
    """(end of title, start of the rest): first sentence end or the year that starts the tail (``dated``: the
    reference's year stands before the title, author-date style)."""
    n = len(s)
    stop, rest = n, n
    i = start
    while i < n:
        c = s[i]
        if c == "[" and (close := s.find("]", i, i + 8)) > i + 1 and _is_doc_type(s[i + 1 : close]):
            rest = close + 1  # GB/T 7714 "Title[J]. Venue", "Title[C]//Proceedings…"
            while rest < n and s[rest] in "./ ":
                rest += 1
            stop = i
            break
        if c in ".?!;" and (i + 1 == n or s[i + 1] == " " or _is_cjk(s[i + 1])
                            or s[i + 1] in "_*" and s[i + 2 : i + 3] == " "):
            # "**Title**._ Cerebral Cortex, 28_(12)": an emphasis mark the curator set after the stop, that opened
            # nothing (CommonMark keeps it as text), still leaves the stop a sentence end
            word = s[s.rfind(" ", start, i) + 1 : i].casefold()
            if c in "?!" and _subtitle_before_emphasised_source(s, i + 1):
                i += 1
                continue
            if c == "?" and (_question_subtitle(s, i + 1, dated) or _lowercase_subtitle(s, i + 1)
                             or _question_after_question(s, i + 1) or _article_led_subtitle(s, i + 1)):
                i += 1
                continue
            if c == "." and _SERIES_PART.match(s, i + 1) is not None:
                # "The disposition of propranolol. III. Decreased half-life …": the stop closes the series' name,
                # the numeral its part, and the part's own title goes on
                i = s.index(".", i + 2) + 1
                continue
            if c != "." or word not in _ABBREVIATIONS:
                if c != ";" and _doc_type_code_ahead(s, i + 1):
                    i += 1  # "Still not quite there! evaluating …[C/OL]//…": see _doc_type_code_ahead
                    continue
                stop, rest = (i + 1 if c in "?!" else i), i + 1 + (s[i + 1 : i + 2] in ("_", "*"))
                break
        i += 1
    for m in _YEAR.finditer(s, start, stop):
        # "…Deep Neural Networks 2015, DOI: …": a year closing an unpunctuated title
        # ("… a Look Forward Statistical Science 2010 25 (1): 1-21.": so does a year its volume and pages follow,
        # MEDLINE's source written without the title's full stop)
        if m.start() > start and (s[m.start() - 1] == "(" or s[m.end() : m.end() + 1] in ("", ",", ")")
                                  or s[m.end() : m.end() + 1] == " "
                                  and _VOL_ISSUE_PAGES.match(s, m.end() + 1) is not None):
            paren = s.rfind("(", start, m.start())
            if paren > start and ")" not in s[paren : m.start()]:  # "Title (arXiv 2017)"
                return paren, paren + 1
            return m.start(), m.start()
    return stop, rest


#: the kind of degree thesis a reference names where a journal's name would stand ("A. Author, Title, *PhD thesis*,
#: 2017", "…, MSc thesis, Some University, 2016"): a container in lower case that ``_COMMA_VENUE`` reads as the venue,
#: lest the title run on into it and its byline be read as no byline
_THESIS_KIND = (r"(?:Ph\.? ?D\.?|M\.? ?Sc\.?|M\.? ?Phil\.?|M\.? ?D\.?|B\.? ?Sc\.?|Master(?:'s|’s)?|Bachelor(?:'s|’s)?"
                r"|Doctoral|Diploma|Licentiate|Habilitation) (?:[Tt]hesis|[Dd]issertation)")
_THESIS_AT = re.compile(", " + _THESIS_KIND)
_THESIS_CLOSE = re.compile(", " + _THESIS_KIND + r"[.,]?\s*$")
#: a degree thesis named as a sentence of its own after the title: "Rizvi, S. Misinformation Retrieval. Master Thesis.
#: University of Waterloo, 2021." (looked for in the first ``_THESIS_SENTENCE_REACH`` characters only)
_THESIS_SENTENCE = re.compile(r"\. (?:" + _THESIS_KIND + r"|Tech(?:nical|\.)? [Rr]eport)\b")
_THESIS_SENTENCE_REACH = 400


def thesis_sentence(text: str) -> bool:
    """``Rizvi, S. Misinformation Retrieval. Master Thesis. University of Waterloo, ON, Canada 2021.``: the text names
    a degree thesis (``_THESIS_KIND``) or a technical report as a sentence of its own, where a journal's name would
    stand."""
    return _THESIS_SENTENCE.search(text, 0, _THESIS_SENTENCE_REACH) is not None


#: what follows a comma-separated title before the year: a venue of a few capitalised words, acronyms or
#: abbreviations ("JAMA", "AMIA Summits", "Med. Image Anal.", "Investigative Ophthalmology & Visual Science"),
#: perhaps with its volume and issue ("316 (22)"), on the shadow string
#: ("Radiology: Artificial Intelligence": a word closing the journal's name before its subtitle keeps its colon;
#: "arXiv preprint": a preprint server's name, lowercase first, and the word "preprint" after it)
_COMMA_VENUE = re.compile(r", ((?:[A-Z][\w'-]{0,30}[.:]?|(?i:arxiv|biorxiv|medrxiv|chemrxiv))"
                          r"(?: (?:[A-Z][\w'-]{0,30}[.:]?|of|and|in|on|for|the|&|preprint)){0,7}"
                          r"(?: \d{1,5}(?: ?\([\w-]{1,8}\))?)?|" + _THESIS_KIND + ")")

#: ", 42: 79-90", ", 7(2)": the volume (issue) and pages an IEEE-like reference sets between its venue and its
#: closing year ("Title, IEEE Transactions on Medical Imaging, 42: 79-90, 2023.")
_VOLUME_PAGES_BEFORE_YEAR = re.compile(r", \d{1,5}(?: ?\([\w-]{1,8}\))?(?: ?: ?" + _PAGES + ")?")

#: an article number or a page range as a publisher's "Cite" box writes it after the volume (issue): "1267–1269"
#: (an en dash), "giy081", "bbae441", "e240443" (up to four letters before the number)
_CITE_PAGES = r"[A-Za-z]{0,4}\d{1,7}(?: ?[-–] ?[A-Za-z]{0,4}\d{1,7})?"

#: ", 36(4), 1267–1269", ", 7(7), giy081" closing the text before a bracketed year: APA's (and Oxford Academic's
#: APA "Cite") volume (issue) and pages, parted by a comma, between the venue and "(2020)"
_VOLUME_ISSUE_COMMA_PAGES = re.compile(r", \d{1,5} ?\([\w-]{1,8}\), " + _CITE_PAGES + "$")

#: ", p 525--527", ", pp. 112-119", ", 1366" after a venue's volume and before the bracketed or closing year: the pages
#: (an article number) alone, parted from "Venue 34" by a comma ("Title, Nature Biotechnology 34, p 525--527 (2016)")
_PAGES_AFTER_VOLUME = re.compile(r"(?<=\d), (?:pp?\.? ?)?[A-Za-z]{0,4}\d{1,7}(?: ?(?:--|-) ?[A-Za-z]{0,4}\d{1,7})?$")

#: "Bioinformatics, 36(4)": a one-word venue its volume (issue) follows at once
_ONE_WORD_VENUE_VOLUME = re.compile(r"[A-Z][\w'-]{2,30}, \d{1,5} ?\([\w-]{1,8}\), ")

#: ", Bioinformatics, Volume 34, Issue 17": the venue, then its spelled-out volume and issue, as the "Cite" box of
#: Oxford Academic (and other publisher pages) writes a comma-separated reference
_COMMA_VENUE_VOLUME_ISSUE = re.compile(r", (?:[A-Z][\w'-]{0,30}\.?)(?: (?:[A-Z][\w'-]{0,30}\.?|of|and|in|on|for|the|&)){0,7}"
                                       r", (?:Volume|Vol\.) \d{1,5}, (?:Issue|No\.) \w{1,8},")


#: ", Computer Methods in Biomechanics and Biomedical Engineering: Imaging & Visualization, 12:1, 2345823,": the
#: venue, then its "volume:issue" and article number, as Taylor & Francis writes a comma-separated reference
#: ("Author & Author (2024) Title, Journal, 12:1, 2345823, DOI: …")
_COMMA_VENUE_COLON_ISSUE = re.compile(r", (?:[A-Z][\w'-]{0,30}[.:]?)"
                                      r"(?: (?:[A-Z][\w'-]{0,30}[.:]?|of|and|in|on|for|the|&)){0,11}"
                                      r", \d{1,5}:\d{1,4}, [\w\u2013-]{1,12}[,.]")


#: ", Venue, vol" at a title's end: IEEE's order (title, venue, "vol. N") with the title unquoted, the stop that
#: ended the title being the abbreviation "vol."'s ("…, Segment Anything, arXiv, vol. 2304.02643, 2023.")
_COMMA_VENUE_THEN_VOL = re.compile(r", [^,]{1,80}, [Vv]ol$")


def _colon_issue_venue(s: str, start: int, title_end: int) -> int | None:
    """Offset of the comma that opens Taylor & Francis's ", Journal, 12:1, 2345823," closing a title
    ("Authors (2024) Title, Journal: Subtitle, 12:1, 2345823, DOI: …"), or None: the "volume:issue" and article
    number after the venue vouch for it; the title keeps three words at least."""
    m = _COMMA_VENUE_COLON_ISSUE.search(s, start, min(len(s), title_end + 40))
    return m.start() if m is not None and len(s[start : m.start()].split()) >= 3 else None


def _comma_venue(s: str, start: int, title_end: int) -> int | None:
    """Offset of the comma that opens a ", Venue" closing a comma-separated title (``Title, JAMA 316 (22)
    (2016)``), or None. Only a title closed by its year (or by a venue abbreviation's stop) is cut; the
    title keeps three words at least ("Segment, Track and Count (2020)" stays whole)."""
    if (at := s.find(", in: ", start, title_end)) > start or (at := s.find(", In: ", start, title_end)) > start:
        return at if len(s[start:at].split()) >= 3 else None  # "Title, in: Proceedings of …, 2016"
    if (m := _COMMA_VENUE_THEN_VOL.search(s, start, title_end)) is not None and m.start() > start:
        # "…, i Ross Girshick, Segment Anything, arXiv, vol. 2304.02643, 2023": an unquoted IEEE title, then its
        # venue, then "vol.", whose stop ended the title; a venue and its volume close any title, however short
        return m.start()
    if (m := _COMMA_VENUE_VOLUME_ISSUE.search(s, start, min(len(s), title_end + 1))) is not None \
            and len(s[start:m.start()].split()) >= 3:
        # "Authors, Title, Bioinformatics, Volume 34, Issue 17, 01 September 2018, Pages i884–i890": the venue
        # before a spelled-out "Volume N, Issue N" closes the title, however the date after it is written
        return m.start()
    if (at := _colon_issue_venue(s, start, title_end)) is not None:
        return at
    year = next((m for m in _YEAR.finditer(s, start, min(len(s), title_end + 200))
                 if s[m.start() - 1] == "(" or s[m.end() : m.end() + 1] in ("", ",", ")", ".", ";")), None)
    if year is None and (thesis := _THESIS_CLOSE.search(s, start, title_end)) is not None \
            and len(s[start:thesis.start()].split()) >= 3:
        return thesis.start()  # "Authors, Title, PhD thesis": the year already parted off, the thesis closes it
    if year is None or year.start() < title_end and s[year.end() : title_end].strip(" .,;)"):
        return None  # no year, or a year inside the title ("… in 2020, …")
    stop = year.start()
    while stop > start and stop > year.start() - 4 and s[stop - 1] in " ,(":
        stop -= 1  # "…, Nature, 2020." / "…, CoRR (2018)"
    if (numbers := s.rfind(", ", max(start, stop - 24), stop)) > start \
            and _VOLUME_PAGES_BEFORE_YEAR.fullmatch(s, numbers, stop) is not None:
        stop = numbers  # "…, IEEE Transactions on Medical Imaging, 42: 79-90, 2023.": the venue's numbers first
    elif (cited := _VOLUME_ISSUE_COMMA_PAGES.search(s, max(start, stop - 32), stop)) is not None \
            and cited.start() > start:
        stop = cited.start()  # "…, Bioinformatics, 36(4), 1267–1269 (2020)": volume (issue), then the pages
    elif (paged := _PAGES_AFTER_VOLUME.search(s, max(start, stop - 24), stop)) is not None \
            and paged.start() > start:
        stop = paged.start()  # "…, Nature Biotechnology 34, p 525--527 (2016)": the volume, then the pages alone
    comma = s.rfind(", ", max(start, stop - 120), min(title_end, stop))
    if comma < start or len(s[start:comma].split()) < 3 or not _COMMA_VENUE.fullmatch(s, comma, stop):
        return _journal_after_sentence_case_title(s, start, min(title_end, stop))
    if (prior := s.rfind(", ", start, comma)) > start and len(s[start:prior].split()) >= 3 \
            and _THESIS_AT.fullmatch(s, prior, comma):
        comma = prior  # "Title, MSc thesis, Some University, 2016": the thesis, then the university granting it
    if title_end < stop:
        # the stop that ended the title is an abbreviation's ("…, Med. Image Anal. 42 (2017)"), not a
        # subtitle's ("…, A Review. Nature 2019"), or a book series' before its proceedings ("…, Pattern
        # Recognition. ICPR International Workshops and Challenges (2021)")
        words = s[comma + 2 : title_end].split()
        if (not 0 < len(words) <= 3 or len(words[-1]) > 8 or words[0] in ("A", "An", "The")) \
                and not _series_before_proceedings(s, comma, title_end, stop):
            return None
    return comma


def _journal_after_sentence_case_title(s: str, start: int, end: int) -> int | None:
    """Offset of the first comma before ``end`` after which a clause names a journal or a book series
    (``names_journal``) and before which the title reads in sentence case, or None: ``Retinal image preprocessing,
    enhancement, and registration, Elsevier and MICCAI Society Book Series, Computational Retinal Image Analysis,
    Academic Press, Chapter 4 - Pages 59-77 (2019)``. Why: a book chapter's source runs to several commas (series,
    book, publisher, chapter), so the last comma before the year is no title's end; the title's own commas join
    lower-case words, and the first capitalised clause naming a venue after a sentence-case title opens the source
    (a title-case title, "Cells, Tissues and Organs …", is never cut so)."""
    at = s.find(", ", start, end)
    while at >= 0:
        clause_end = s.find(",", at + 2, end)
        clause = s[at + 2 : clause_end if clause_end >= 0 else end].strip()
        if names_journal(clause):
            return at if _sentence_case_clause(s[start:at]) else None
        at = s.find(", ", at + 2, end)
    return None


#: ", International Conference on …", ", Proceedings of …", ", 12th Annual Symposium on …": a clause naming a meeting
#: or its proceedings by their own words, which no article's title closes with; the edition's year may open it
#: (", 2019 IEEE International Conference on Bioinformatics and Biomedicine (BIBM). IEEE, 2019: 6-11.", as IEEE
#: Xplore names its proceedings)
_MEETING_CLAUSE = re.compile(r", (?=(?:(?:19|20)\d\d )?(?:(?:International|Annual|European|Asian|American|Joint|IEEE(?:/CVF)?|ACM|\d{1,3}(?:st|nd|rd|th))"
                             r" ){0,4}(?:Conference|Workshop|Symposium) on [A-Z]|Proceedings of (?:the )?[A-Z0-9])")
#: the fewest words a title keeps before a meeting clause closing it
_MIN_TITLE_WORDS_BEFORE_MEETING = 3


def _meeting_clause(s: str, start: int, title_end: int) -> int | None:
    """Offset of the comma that opens a meeting's name closing what ran as the title (``Title, International
    Conference on Computer Analysis of Images and Patterns``), or None. Why: a byline closed by its stop (MLA's
    "Kind, Adrian, and George Azzopardi.") and a title closed by a comma leave the venue in the title's sentence;
    only a meeting's own words ("Conference on", "Workshop on", "Proceedings of") say the clause is no title's."""
    found = None
    for m in _MEETING_CLAUSE.finditer(s, start, title_end):
        if len(s[start : m.start()].split()) >= _MIN_TITLE_WORDS_BEFORE_MEETING:
            found = m.start()
            break
    return found


#: the words that name a proceedings volume or the meeting it records ("ICPR International Workshops and
#: Challenges", "Proceedings of MICCAI", "Medical Imaging 2020: Image Processing, SPIE Conference")
_PROCEEDINGS_WORDS = re.compile(r"\b(?:Proceedings|Conferences?|Workshops?|Symposi(?:um|a))\b")
#: the most words of a book series or journal named before its proceedings ("Lecture Notes in Computer Science")
_MAX_SERIES_WORDS = 6


def _series_before_proceedings(s: str, comma: int, title_end: int, stop: int) -> bool:
    """Whether the ", Series. Proceedings" between ``comma`` and ``stop`` (the year) is a venue in two sentences:
    a book series or journal named by capitalised words ("Pattern Recognition", "Lecture Notes in Computer
    Science"), its stop, then the proceedings or meeting it published ("ICPR International Workshops and
    Challenges"). Why: Springer's LNCS references name both, so the comma-closed title's end is the comma before the
    series; a subtitle ("…, A Review. Nature 2019") opens with an article, and a journal after it names no meeting."""
    words = s[comma + 2 : title_end].split()
    return 0 < len(words) <= _MAX_SERIES_WORDS and words[0] not in ("A", "An", "The") \
        and all(w[:1].isupper() or w in _JOURNAL_NAME_SMALL for w in words) \
        and _PROCEEDINGS_WORDS.search(s, title_end, stop) is not None


#: the most characters between a stop inside a GB/T 7714 title and the document-type code closing the title
_DOC_TYPE_REACH = 160


def _doc_type_code_ahead(s: str, at: int) -> bool:
    """Whether a GB/T 7714 document-type code glued to a word ("…factor structure[J].", "…diagnosis[C/OL]//") closes
    the clause from ``at`` (just after a stop) within ``_DOC_TYPE_REACH`` characters, no bracket, year or other stop
    before it. Such a reference sets the code right after the title's last word, its byline before the title: the
    words between a stop and the code are still the title ("Still not quite there! evaluating large language models
    …[C/OL]", "The twenty-item toronto alexithymia scale—i. item selection …[J]"), never the source.

    Why: the title was cut at its "!" or at its series part's stop, and the rest read as the venue."""
    j = s.find("[", at, at + _DOC_TYPE_REACH)
    if j <= at or s[j - 1] in " \t" or (close := s.find("]", j, j + 8)) < 0 or not _is_doc_type(s[j + 1 : close]):
        return False
    between = s[at:j]
    return _YEAR.search(between) is None and not any(f"{c} " in between for c in ".?!;")


def _is_doc_type(code: str) -> bool:
    """GB/T 7714 document-type code: J, C, M, D, R, EB/OL, J/OL…"""
    return code.replace("/", "").isalpha() and code.isupper() and len(code) <= 6


#: the typographic quotes a reference may put around its whole title, British single ones too (the one opening
#: quote says so: a closing ’ alone may be an apostrophe, "‘Alzheimer’s risk’" is unwrapped whole)
_TITLE_QUOTES = {"‘": "’", "“": "”"}


def _clean_title(title: str) -> str | None:
    title = title.rstrip(" .")
    if title.endswith("]") and (open_at := title.rfind("[")) > 0:
        title = title[:open_at]  # editorial note: "[published online ahead of print, 2020 Jul 6]"
    title = title.strip(" ,;:.-'\"")
    if title[:1] in _TITLE_QUOTES and title[-1:] == _TITLE_QUOTES[title[0]] and title.count(title[0]) == 1:
        title = title[1:-1].strip()  # "(2021). ‘Title’. Genome Biology …": the quotes around the whole title
    if title.lower().endswith(".pdf"):
        title = title[:-4]
    title = " ".join(title.split())
    return title if any(c.isalpha() for c in title) else None


# ----------------------------------------------------------------------------- venue & numbers


def _is_tail_year(s: str, m: re.Match) -> bool:
    """A year that ends a bibliographic part: ``, 2015.``, ``(2016)``, ``2018;36``, at the end."""
    before = s[m.start() - 1] if m.start() else ""
    after = s[m.end()] if m.end() < len(s) else ""
    return before == "(" or after in ("", ",", ";", ".", ":", ")")


def _year_ok(s: str, m: re.Match) -> bool:
    # "2085- 2093" is a page range, not a year
    return int(m.group()) <= date.today().year + 1 and not (m.start() >= 2 and s[m.start() - 2 : m.start()] == "- ")


def mentions_year(text: str) -> bool:
    """Whether ``text`` writes a year (1900–2099) as a word of its own: a note that dates the work it sits beside."""
    return _YEAR.search(text) is not None


#: words that make a name an organisation's ("Santa Fe Institute", "Nature Education", "Stanford University"): a
#: course's, a site's or a collection's maker, not a book's authors
ORGANISATION_WORDS = frozenset({"institute", "university", "foundation", "society", "press", "consortium", "center",
                                "centre", "lab", "laboratory", "team", "group", "education", "collections", "school"})
#: a bracket closing a reference, its text ending on ", year": "(Scott Aaronson, 2013)", "(Wolfgang Scherer,2019)"
#: (anchored, no bracket inside: one pass)
_BRACKETED_NAMES_YEAR = re.compile(r"\(([^()\n]{4,200}),\s*((?:19|20)\d\d)\)\.?")


#: the words of a bracket in which a reference says how (or where) its work was published, as NLM's style writes
#: it after the journal ("[Internet]", "[Electronic Pages]", "[Epub ahead of print]", "[serial online]",
#: "[Abstract]", "[Editorial]"): a medium or an article type, never a person's name
PUBLICATION_MEDIUM_WORDS = frozenset({"internet", "electronic", "pages", "online", "serial", "epub", "print",
                                      "abstract", "editorial", "erratum", "supplement", "letter", "cd-rom"})
#: a journal's volume, issue and pages closing a reference: "101(23):e215-e220", "14(10):681-691", "42:60-88"
_SOURCE_LOCATOR_END = re.compile(r"\b\d{1,4}(?:\s?\([\w -]{1,12}\))?\s?:\s?[A-Za-z]?\d{1,6}(?:\s?[-–]\s?[A-Za-z]?\d{1,6})?\.?\s*$")
#: a title closed by a square bracket of names: "Title [Given Surname, Given Surname]" (each part bounded)
_TITLE_BRACKETED_NAMES = re.compile(r"([^\[\]\n]{8,300}?)\s*\[([^\[\]\n]{4,300})\]\s*[.,;]?")
#: the fewest words of a title a closing bracket of names may follow
_MIN_TITLE_WORDS_BEFORE_NAMES = 3


def title_bracketed_names(text: str) -> tuple[str, tuple[str, ...]] | None:
    """``Invariant Scattering Convolution Networks [Joan Bruna, Stephane Mallat]`` → (the title, the names): a
    title of three words or more closed by a square bracket holding only given-first personal names
    (``_names_piece``), else None. Why: a course's reading list names each paper's authors so, with no venue nor
    year, and the bracket stayed in the title. A bracket of tags ("[Survey, 2022]", "[Week 2]") names no person."""
    m = _TITLE_BRACKETED_NAMES.fullmatch(text.strip())
    if m is None or len(m.group(1).split()) < _MIN_TITLE_WORDS_BEFORE_NAMES \
            or _SOURCE_LOCATOR_END.search(m.group(1)) is not None:
        # "Goldberger AL, …. PhysioBank …. Circulation 101(23):e215-e220 [Circulation Electronic Pages]": a whole
        # reference, its journal's volume, issue and pages closing it, before the bracket: no bare title
        return None
    names = _names_piece(m.group(2))
    if not names or any(w.casefold() in ORGANISATION_WORDS or w.casefold() in PUBLICATION_MEDIUM_WORDS
                        for name in names for w in name.split()):
        return None
    return m.group(1).strip(), names


def bracketed_names_year(text: str) -> tuple[tuple[str, ...], int] | None:
    """``(Chris Bernhardt, 2019)``, ``(Noson S. Yanofsky, Mirco A. Mannucci, 2013)`` → (the names, the year): the
    whole of a text after a title, a bracket holding only given-first personal names (``_names_piece``) and the
    year, else None. Why: a list of books writes each as "Title (Author, Year)"; the name scanner reads a byline
    before a title, so a lone "Given Surname" closing one was taken for a venue and the book's citation for too
    weak a one. A venue ("(Nature Medicine, 2019)"), a press ("(MIT Press, 2016)") or a place names no person."""
    m = _BRACKETED_NAMES_YEAR.fullmatch(text.strip())
    if m is None:
        return None
    names = _names_piece(m.group(1))
    if not names or any(w.casefold() in ORGANISATION_WORDS for name in names for w in name.split()):
        return None
    return names, int(m.group(2))


#: an arXiv subject class as a reference writes it in brackets after the identifier, its opening bracket trimmed
#: off by ``_clean_venue``: "q-bio.GN]", "cs.CV]", "physics.med-ph]", "hep-th]", "eess.IV]"
_ARXIV_CATEGORY = re.compile(r"\[?[a-z]{1,8}(?:-[a-z]{2,5})?(?:\.[A-Za-z]{2,5}(?:-[a-z]{2,5})?)?\]")


def _parse_source(d: str, s: str, start: int, arxiv: bool, trailer: bool = False):
    """Venue, year, volume, issue, pages from ``s[start:]``."""
    place = _JOURNAL_PLACE_YEAR.search(s, start)  # "Acta Paediatrica (Oslo, Norway: 1992)": the venue's own name
    years = [m for m in _YEAR.finditer(s, start) if _year_ok(s, m) and not (place and place.start() < m.start() < place.end())]
    if len(years) > 1 and (online := [m for m in years if s[max(0, m.start() - 5) : m.start()].casefold() == "epub "]):
        # "Nat Med. 2024 Jan;30(1):112-120. … Epub 2023 Dec 12.": MEDLINE's Epub date dates the online copy, before
        # the issue whose year the reference's is (alone, "Epub 2023 Dec 12" ahead of print, it is the year)
        years = [m for m in years if m not in online] or years
    parenthesised = [m for m in years if s[m.start() - 1 : m.start()] == "(" or s[m.end() : m.end() + 1] == ")"]
    tail = [m for m in years if _is_tail_year(s, m)]
    chosen = parenthesised[0] if parenthesised else tail[0] if tail else years[-1] if years else None
    year = int(chosen.group()) if chosen else None

    tokens = list(_TOKEN.finditer(s, start))
    venue_end = len(tokens)
    for i, m in enumerate(tokens):
        t = m.group()
        word = t.lower().strip(".:,;()")
        if place is not None and place.start() <= m.start() < place.end():
            continue
        if t[0].isdigit():
            if _ORDINAL.fullmatch(t):
                continue
            nxt = tokens[i + 1].group().strip(".,()") if i + 1 < len(tokens) else ""
            inner = (nxt.isalpha() and nxt[:3].lower() not in _MONTHS) or _ORDINAL.fullmatch(nxt)
            if len(t) == 4 and t.isdigit() and inner:
                continue  # "2011 IEEE Conference on", "Proceedings of the 2018 ACM …", not "2017 Dec;42"
            venue_end = i
            break
        # ("_Diabetic Medicine_, v. 15, n. 7, p. 539-553, 1998": ABNT's "v." opens the volume as "p." the pages)
        if (t[0] == "(" and t[1:2].isdigit()) or word in _VENUE_STOP_WORDS or t in ("p.", "v."):
            venue_end = i
            break
    before_volume = venue_end < len(tokens) and not tokens[venue_end].group().startswith(str(year))
    venue = _clean_venue(" ".join(d[m.start() : m.end()] for m in tokens[:venue_end]), before_volume)
    if venue and trailer and venue_end == len(tokens) and not looks_like_venue(venue):
        venue = None  # prose after the authors ("Tool for segmenting CT images."), not a venue
    if arxiv and (venue is None or venue.lower() == "preprint" or _ARXIV_CATEGORY.match(venue)):
        # "… BWA-MEM. arXiv:1303.3997v2 [q-bio.GN]. (if you use …)": the subject class after the identifier (and a
        # note after it) was read as the venue, "q-bio.GN]. (if you use …)"; the venue is arXiv
        venue = "arXiv"
    tail_start = tokens[venue_end].start() if venue_end < len(tokens) else len(s)
    volume, issue, pages = _numbers(s[tail_start : tail_start + 240], year)
    return venue, year, volume, issue, pages


#: the place and year NLM's full journal titles add to tell two journals of one name apart ("Acta Paediatrica (Oslo,
#: Norway: 1992)", "Critical Care (London, England)" has none): part of the venue's name, never the work's year
_JOURNAL_PLACE_YEAR = re.compile(r"\([A-Z][\w.'-]*(?:,? [A-Z][\w.'-]*){0,3}: (?:19|20)\d\d\)")
#: words of NLM-style journal abbreviations ("Nat Commun", "J Chem Theory Comput", "ACS Cent Sci", "Brief Bioinform")
_ABBREVIATED_VENUE_WORDS = _JOURNAL_ABBREVIATIONS | frozenset(
    """j nat commun chem comput cent mol biol bioinform brief rev lett am soc phys proc natl acad eng intell mach
    syst pharmacol pharm discov des struct theory model inf cell neurosci genet biotechnol methods sci""".split())
#: journals and proceedings a list names by one word, without a year ("(AlphaFold, Nature)", "(Kim, ICML)")
_ONE_WORD_VENUES = frozenset("""nature science cell lancet jama bmj nejm pnas neurips nips icml iclr cvpr iccv eccv miccai
    aaai ijcai acl emnlp naacl kdd ubicomp
    tmi tbme tpami isbi ipcai ijcars midl wacv bmvc icra iros corl ra-l
    jmir jamia jmlr tmlr mlhc chil icassp embc bibm cikm sigir""".split())


#: preprint servers a reading list names as a work's venue ("*arXiv 2023*", "(bioRxiv 2024)"); lower-case first, so
#: ``names_venue``'s capitalised words never read them
_PREPRINT_SERVERS = frozenset({"arxiv", "biorxiv", "medrxiv", "chemrxiv", "techrxiv", "psyarxiv", "ssrn",
                               "research square", "preprints.org"})


def names_preprint_server(text: str) -> bool:
    """``arXiv``, ``bioRxiv``, ``medRxiv preprint``: a preprint server named as the venue of a work."""
    return text.strip(" .,").casefold().removesuffix(" preprint") in _PREPRINT_SERVERS


#: "InfoGCN: Chi et al., CVPR 2022.", "GCN-DevLSTM: arXiv:2403.15212, 2024": a work's short name and a colon, then a
#: short reference to it — perhaps the first author's surname and "et al.", then the venue (or the work's identifier)
#: and the year; whatever follows the year (an identifier, "Code: …", a bracketed note) is no part of it. Bounded runs
#: on an anchored match: linear on hostile text
_NAMED_SHORT_REFERENCE = re.compile(
    r"(?P<name>[^\W_][^:：\[\]()\n]{0,40}?)[:：] "
    r"(?:(?P<author>[A-Z][\w'’-]{1,30}) et al\.?,? )?"
    r"(?P<venue>[^\W_][^,;()\[\]\n]{0,60}?),? "
    r"(?P<year>(?:19|20)\d\d)[a-z]?(?=$|[.,;]|\s\()")


def named_short_reference(text: str) -> tuple[str, str | None, str, int, str] | None:
    """``InfoGCN: Chi et al., CVPR 2022. Code: github.com/…`` → ("InfoGCN", "Chi", "CVPR", 2022); ``GCN-DevLSTM:
    arXiv:2403.15212, 2024`` → ("GCN-DevLSTM", None, "arXiv:2403.15212", 2024): a reference list's line that cites
    a work by its short name, then the first author's surname ("et al.") and where and when it appeared, no title.
    → (name, first author or None, venue as written, year, what follows the year); None for any other shape. The venue may be the work's
    identifier in its stead (the caller tells them apart); without a byline only an identifier makes it a
    reference (a name over "Nature 2020" alone may be a tool's note)."""
    text = text.strip()
    m = _NAMED_SHORT_REFERENCE.match(text)
    if m is None:
        return None
    venue = m.group("venue").strip()
    if m.group("author") is None and not (ids.normalize_arxiv(venue) or ids.find_dois(venue)):
        return None
    return m.group("name").strip(), m.group("author"), venue, int(m.group("year")), text[m.end():].lstrip(" .,;")


def names_venue(text: str) -> bool:
    """A venue named without its year, as a short tag before a title gives it: a journal or proceedings named by
    one word (``NeurIPS``, ``Nature``) or an NLM-style journal abbreviation (``Nat Commun``, ``J Chem Theory
    Comput``, ``ACS Cent Sci``), each word capitalised and one of the abbreviations' words or an acronym. Why
    so strict: with no year beside it, a capitalised word after a nickname ("(U-Net, Segmentation)") is more
    often a topic than a venue."""
    words = [w.strip(".") for w in text.split()]
    if not words or len(words) > 6 or not all(w[:1].isupper() for w in words):
        return False
    if len(words) == 1:
        return words[0].casefold() in _ONE_WORD_VENUES
    known = sum(w.casefold() in _ABBREVIATED_VENUE_WORDS for w in words)
    return known >= 1 and all(w.casefold() in _ABBREVIATED_VENUE_WORDS or (w.isupper() and len(w) <= 5)
                              for w in words)


def names_abbreviated_journal(text: str) -> bool:
    """``Sci. China Inf. Sci.``, ``IEEE Trans. Comput. Biol. Bioinform.``, ``Nat. Mach. Intell.``: a journal named by
    its ISO 4 abbreviation, each word capitalised, two or more of them stop-ended abbreviations of venue words
    (``_ABBREVIATED_VENUE_WORDS``). Why: the stops mark the words as a journal's abbreviated ones, so one place or
    field word among them ("China") is no objection, where ``names_venue`` (no stops to go by) wants every word
    known."""
    words = text.split()
    if not 2 <= len(words) <= 8 or not all(w[:1].isupper() for w in words):
        return False
    return sum(w.endswith(".") and w[:-1].casefold() in _ABBREVIATED_VENUE_WORDS for w in words) >= 2


#: small words a journal's full name may hold between its capitalised ones ("Journal of the American …")
_JOURNAL_NAME_SMALL = frozenset("of and & in on for the".split())


def names_journal(text: str) -> bool:
    """``Nature Methods``, ``Nature Machine Intelligence``, ``Genome Biology``, ``Cell``: a journal or proceedings
    named in full without a year, as a reading list writes it after a set-apart title ("**Title.** *Nature
    Methods*"). Two to eight capitalised words (small connecting words between them), no digit, at least one a
    venue word (``VENUE_WORDS``); a single word only when ``names_venue`` knows it. Why so strict: without a year
    beside it, a capitalised phrase after a bold name is as often a tagline ("Python Toolkit") as a venue."""
    words = text.split()
    if not words or len(words) > 8 or any(c.isdigit() for c in text):
        return False
    if len(words) == 1:
        return names_venue(text)
    if words[0] == "npj" and all(w[:1].isupper() or w.casefold() in _JOURNAL_NAME_SMALL for w in words[1:]):
        return True  # "npj Digital Medicine", "npj Precision Oncology": Nature's partner journals, lower-case prefix
    if not all(w[:1].isupper() or w.casefold() in _JOURNAL_NAME_SMALL for w in words) \
            or words[0].casefold() in _JOURNAL_NAME_SMALL:
        return False
    return any(w.strip(".,:;()").casefold() in VENUE_WORDS for w in words) or names_venue(text)


#: a proceedings or a journal named by its own words wherever they stand: "Proceedings of the 4th …", "Proc. of …",
#: "IEEE Transactions on Medical Imaging", "Journal of Biomedical Informatics", "Annals of Internal Medicine"
_VENUE_PHRASE_WORDS = re.compile(r"(?:^(?:Proceedings|Proc\.)\s+of\s|\b(?:Journal|Transactions|Annals)\s+(?:of|on)\s)")
#: the publishers and journal families whose name opens a journal's ("Nature Medicine", "IEEE Access", "npj Digital
#: Medicine", "The Lancet Digital Health", "JAMA Network Open", "PLOS ONE", "BMC Bioinformatics", "Frontiers in …")
_JOURNAL_FAMILIES = frozenset("nature lancet jama bmj npj ieee acm plos bmc frontiers nejm".split())
#: journals a list names by one word besides ``names_venue``'s ("Title. Bioinformatics", "Title. Radiology")
_ONE_WORD_JOURNALS = frozenset("bioinformatics radiology neuroimage gigascience elife".split())
#: journals of medical imaging, biomedical informatics and machine learning that a list names in full after a title's
#: stop, whose names open with no journal family's word ("Title. Medical Image Analysis", "Title. Computers in
#: Biology and Medicine"): known by their whole name, which no title's second sentence is
_FULL_JOURNAL_NAMES = frozenset(" ".join(name.split()).casefold() for name in """Medical Image Analysis|Computers in Biology and Medicine|
    Medical Physics|European Radiology|Scientific Reports|Artificial Intelligence in Medicine|Computerized Medical
    Imaging and Graphics|Physics in Medicine and Biology|Physics in Medicine & Biology|Pattern Recognition|Neural
    Networks|Neurocomputing|Information Fusion|Knowledge-Based Systems|Expert Systems with Applications|Biomedical
    Signal Processing and Control|Computer Methods and Programs in Biomedicine|Briefings in Bioinformatics|Nucleic
    Acids Research|Genome Biology|Genome Research|Cell Systems|Cell Reports|Cell Reports Medicine|Radiology:
    Artificial Intelligence|Academic Radiology|Magnetic Resonance in Medicine|Magnetic Resonance Imaging|Medical
    Image Computing and Computer Assisted Intervention|Journal of Digital Imaging|Insights into Imaging|Pattern
    Recognition Letters|Machine Learning for Healthcare|Artificial Intelligence Review|Computer Vision and Image
    Understanding|International Journal of Computer Vision|Clinical Cancer Research|Cancer Research|Modern
    Pathology|Laboratory Investigation|Journal of Pathology Informatics|Science Translational Medicine|Science
    Advances|Cell Genomics|Genome Medicine|BioData Mining|Bioinformatics Advances|Diagnostics|Sensors|Cancers|
    Applied Sciences|Scientific Data""".split("|"))
#: a word a proceedings' full name may hold besides capitalised and small ones: an ordinal or a year ("the 3rd …")
_PROCEEDINGS_NUMBER = re.compile(r"\d{1,3}(?:st|nd|rd|th)|(?:19|20)\d\d")
#: the most words a venue written out after a title may have ("Proceedings of the IEEE/CVF Conference on …")
_MAX_VENUE_PHRASE_WORDS = 16


def stop_venue_phrase(text: str) -> str | None:
    """The venue ``text`` names when it is only a venue written out with no year, as a list writes it after a
    title's stop: ``Proceedings of the 3rd Machine Learning for Health Symposium``, ``Journal of Biomedical
    Informatics``, ``IEEE Transactions on Medical Imaging``, ``Nature Medicine``, ``npj Digital Medicine``,
    ``Bioinformatics``, ``arXiv preprint arXiv:2301.01234`` (the identifier is left out) → the venue, else None.
    Why so strict: a title's own second sentence is written the same way ("Convolutional Networks for Biomedical
    Image Segmentation", "A Benchmark for Clinical Attribution", "A reply"); only a proceedings' or journal's own
    words ("Proceedings of", "Journal of", "Transactions on"), a journal family's name opening a journal's name, a
    journal known by one word, or a preprint server say it is where the work appeared."""
    text = text.strip().rstrip(".").strip()
    words = text.split()
    if not words or len(words) > _MAX_VENUE_PHRASE_WORDS:
        return None
    first = words[0].casefold()
    if first in _PREPRINT_SERVERS:
        # "arXiv preprint arXiv:2301.01234", "arXiv preprint", "medRxiv": the server, its identifier at most
        rest = words[1:]
        if rest and rest[0].casefold() == "preprint":
            rest = rest[1:]
        if not rest or (len(rest) == 1 and ids.find_arxiv(rest[0])):
            return " ".join(words[:len(words) - len(rest)])
        return None
    if len(words) >= 3 and words[0][:1].isupper() and words[0] not in ("A", "An") \
            and all(w.isalpha() and w.islower() for w in words[1:]) \
            and (any(w.casefold() in _VENUE_HEAD_WORDS for w in words[:3])
                 and _VENUE_PHRASE_WORDS.search(_title_cased(words)) or text.casefold() in _FULL_JOURNAL_NAMES):
        # "European journal of human genetics", "The journal of immunology": a journal's name written in sentence
        # case, as PubMed's and some reference managers' exports write it; only its own words ("journal of",
        # "transactions on") or a known full name say so
        return text
    if words[0] in ("A", "An") or not all(w[:1].isupper() or w.casefold() in _JOURNAL_NAME_SMALL
                                          or w == "npj" or _PROCEEDINGS_NUMBER.fullmatch(w) for w in words):
        return None  # "A Benchmark for …", "A reply", "deep learning for …": a sentence, not a venue
    if _VENUE_PHRASE_WORDS.search(text):
        return text
    name = " ".join(words[1:]) if words[0] == "The" else text  # "The Lancet Digital Health"
    if name.casefold() in _FULL_JOURNAL_NAMES:
        return text
    if len(name.split()) == 1:
        return text if names_venue(name) or name.casefold() in _ONE_WORD_JOURNALS else None
    return text if name.split()[0].casefold() in _JOURNAL_FAMILIES and names_journal(name) else None


#: the words that open a journal's or proceedings' own name within its first three words ("European journal of …")
_VENUE_HEAD_WORDS = frozenset(("journal", "transactions", "annals", "proceedings"))


def _title_cased(words: list[str]) -> str:
    """``European journal of human genetics`` → ``European Journal of Human Genetics``: each word capitalised but
    a journal name's small linking words (``_JOURNAL_NAME_SMALL``)."""
    return " ".join(w if w.casefold() in _JOURNAL_NAME_SMALL else w[:1].upper() + w[1:] for w in words)


def name_word(word: str) -> bool:
    """One capitalised word a byline's surname may be (``_is_name_word``): the test other modules ask of a lone
    surname beside a full name."""
    return _is_name_word(word)


def personal_name(piece: str) -> bool:
    """``Vignesh Ram Somnath``, ``Connor W. Coley``, ``Paweł Dąbrowski-Tumański``, ``Ana de Souza``: one person's
    full name, two to four words (middle initials aside), first and last capitalised, each a name word (no venue or
    title word: "Deep Learning", "Nature Medicine" are none), an initial ("W.") or a particle."""
    words = piece.split()
    # "Pedro R. A. S. Bassi": middle initials are no name words a title could have; the four words are counted
    # without them (three at most besides)
    # "Michael I Love", "Davis J McCarthy": a BibTeX export's middle initial may lose its stop (a lone capital
    # letter between two name words, never the name's first or last word)
    initials = sum(1 for w in words[1:-1] if len(w) == 2 and w[0].isupper() and w[1] == "."
                   or len(w) == 1 and w.isupper() and w.isalpha())
    return 2 <= len(words) - initials <= 4 and initials <= 3 and words[0][:1].isupper() and words[-1][:1].isupper() \
        and all(_is_name_word(w) or (len(w) <= 3 and w[:1].isupper() and w.endswith(".")) or w in _PARTICLES
                or 0 < at < len(words) - 1 and len(w) == 1 and w.isupper() and w.isalpha()
                for at, w in enumerate(words))


#: where a byline of full names parts one name from the next: a comma, perhaps with "and" or "&" after it (the
#: serial comma), or "and" or "&" alone ("Lena Hoffmann, Ravi Kumar and Tomás Ortega", "A & B", "A, B, and C")
_FULL_NAME_JOIN = re.compile(r",\s+(?:(?:and|&)\s+)?|\s+(?:and|&)\s+")
#: (public name for callers parting a byline the same way: ``extract._joined_byline_stop_lead``)
FULL_NAME_JOIN = _FULL_NAME_JOIN


def joined_full_name_byline(text: str) -> tuple[str, ...] | None:
    """``Nimrod Rappoport and Ron Shamir``, ``Lena Hoffmann, Ravi Kumar and Tomás Ortega``, ``Anke van der Berg &
    Felix M. Braun``: a byline of two to twelve full personal names (``personal_name`` each: two to four name words,
    initials or particles), parted by commas, the last joined by "and" or "&" → the names, else None. Why: a
    reference written with its authors' full names and no "et al." names them so; two words joined by "and" that
    are no person's full name ("Rock and Roll", "Pros and Cons", "Attention and Memory") are a title's words."""
    if " and " not in text and " & " not in text:
        return None
    pieces = _FULL_NAME_JOIN.split(text.strip())
    if not 2 <= len(pieces) <= 12 or not all(personal_name(p) for p in pieces):
        return None
    return tuple(pieces)


def by_byline(text: str) -> tuple[str, ...] | None:
    """``by A. Ardeshir Goshtasby``, ``by Russakoff, Daniel``, ``by Fischer, Dawant, Lorenz``, ``by  Hajnal, Joseph
    V.``, ``by 吕晓琪``: a text that is only "by" and its authors (a book's byline after its linked title) → the
    pieces of names, else None. Each piece between commas, semicolons, "and" or "&" is made of name words,
    initials and particles (a surname alone, "Lorenz", or an inverted "Russakoff, Daniel" is one), or is a Chinese
    name of two to four characters; a sentence ("by the team at Google", "by learning from data") is none."""
    words = text.split()
    if len(words) < 2 or words[0].casefold() != "by" or len(words) > 16:
        return None
    pieces: list[str] = []
    for chunk in " ".join(words[1:]).replace(";", ",").replace(" & ", ",").replace(" and ", ",").split(","):
        if (chunk := chunk.strip()):
            pieces.append(chunk)
    if not 1 <= len(pieces) <= 6:
        return None
    for piece in pieces:
        if 2 <= len(piece) <= 4 and all(_east_asian(c) for c in piece):
            continue
        if not all(_is_name_word(w) or w in _PARTICLES or (len(w) <= 3 and w[:1].isupper() and w.endswith("."))
                   for w in piece.split()):
            return None
    return tuple(pieces)


#: month names and their short forms in the languages reading lists are written in (English, French, German,
#: Spanish, Portuguese, Italian), read without accents and a closing full stop: "avril 2022", "sept 2019", "Mai 2020"
_MONTH_WORDS = frozenset("""jan january feb february mar march apr april may jun june jul july aug august sep sept
    september oct october nov november dec december janv janvier fevr fev fevrier mars avr avril mai juin juil juillet
    aout septembre octobre novembre decembre januar februar marz juni juli oktober dezember enero febrero marzo abril
    mayo junio julio agosto septiembre setiembre octubre noviembre diciembre janeiro fevereiro marco maio junho julho
    setembro outubro novembro dezembro gennaio febbraio aprile maggio giugno luglio settembre ottobre""".split())
#: a book's edition as a byline's piece: "2e éd.", "2nd ed.", "3rd Edition", "2. Auflage", "2ª edición", "第2版"
#: (anchored, each part bounded: one pass on any text)
_EDITION_PIECE = re.compile(r"(?i)(?:\d{1,2}\s?(?:st|nd|rd|th|e|eme|ème|er|re|ª|º|a|o|\.)?\s?(?:ed|éd|edn|edition|"
                            r"édition|edición|edição|edizione|auflage|aufl)\.?|第\s?\d{1,2}\s?版)")
#: the words that join a byline's last two names in those languages: "Yoshua Bengio et Aaron Courville"
_NAME_JOINS = re.compile(r"\s+(?:and|et|und|y|e|&)\s+")
#: the marks an accented letter leaves once decomposed (NFKD): "août" → "aout"
_COMBINING_MARKS = re.compile("[\u0300-\u036f]")


def _dated_piece(piece: str) -> bool:
    """``avril 2022``, ``sept 2019``, ``15 March 2021``, ``2016``: a byline's date, a year after at most a day and a
    month's name (in any of ``_MONTH_WORDS``'s languages)."""
    words = piece.split()
    if not 1 <= len(words) <= 3 or not re.fullmatch(r"(?:19|20)\d\d", words[-1]):
        return False
    plain = [_COMBINING_MARKS.sub("", unicodedata.normalize("NFKD", w.casefold())).rstrip(".") for w in words[:-1]]
    return all(w in _MONTH_WORDS or (w.isdigit() and 1 <= int(w) <= 31) for w in plain)


def _date_range_words(title: str) -> bool:
    """``2022 - Jun``, ``Oct. 2019 – Mar.``: a text whose every word is a year, a day's number or a month's name (in
    any of ``_MONTH_WORDS``'s languages), one of them at least a month or a year, with only punctuation between."""
    words = [_COMBINING_MARKS.sub("", unicodedata.normalize("NFKD", w.casefold())) for w in re.findall(r"[^\W_]+", title)]
    return bool(words) and all(w in _MONTH_WORDS or w.isdigit() and len(w) in (1, 2, 4) for w in words) \
        and any(w in _MONTH_WORDS or len(w) == 4 for w in words)


def comma_book_byline(text: str) -> tuple[str, ...] | None:
    """``, François Chollet, avril 2022, 2e éd.``, ``, 2016, Ian Goodfellow, Yoshua Bengio et Aaron Courville.``: the
    rest of a line after a linked title, only commas' pieces that are personal names (``personal_name``, the last
    two perhaps joined by "and", "et", "und", "y"), a date (``_dated_piece``) or an edition (``_EDITION_PIECE``),
    at least one name and one date or edition → the names, else None. Why: a reading list in French or German
    cites its books so, the title linked to a shop or the book's site; the names and the date or edition say a
    book is cited (a page's note is not written as names and a date alone)."""
    body = text.strip()
    if not body.startswith((",", "，")) or len(body) > 240:
        return None
    names: list[str] = []
    dated = False
    for piece in body[1:].rstrip(" .").replace("，", ",").split(","):
        if not (piece := piece.strip()):
            return None
        if _dated_piece(piece) or _EDITION_PIECE.fullmatch(piece):
            dated = True
            continue
        people = [p for p in _NAME_JOINS.split(piece) if p]
        if not people or not all(personal_name(p) for p in people):
            return None
        names.extend(people)
    return tuple(names) if names and dated else None


#: a book's publisher and year closing its byline: " Pearson, 2017", " The MIT Press, 2016.", " Wiley-VCH, 2023"
#: (a name of one to six words, no digits, then the year; anchored, bounded: one pass on any text)
_PUBLISHER_YEAR = re.compile(r"(?P<publisher>[A-Z][^\s,.;:()\d]*\.?(?:\s+[A-Za-z][^\s,;:()\d]*){0,5}),\s*"
                             r"(?:19|20)\d\d\.?")
#: an initial run into the next ("N.S. Ostlund", "D.W. Oxtoby"): the space a name's initials usually keep
_JOINED_INITIAL = re.compile(r"(?<=\b[A-Z])\.(?=[A-Z])")


def _names_piece(text: str) -> tuple[str, ...] | None:
    """``R. J. Silbey, R. A. Alberty, & M. G. Bawendi``, ``A. Szabo & N.S. Ostlund``: a text of personal names
    only, parted by commas, "&" or "and" → the names, else None. With five pieces or more, one in three may be a
    stray one (a name broken by a typo: "B, Bursten"), as ``byline_names`` allows under semicolons."""
    pieces = [p.strip() for p in _NAME_JOINS.sub(",", text.replace(", &", ",").replace(", and ", ",")).split(",")]
    pieces = [p for p in pieces if p]
    if not pieces:
        return None
    good = [p for p in pieces if personal_name(_JOINED_INITIAL.sub(". ", p))]
    if len(good) == len(pieces) or (len(pieces) >= 5 and 3 * len(good) >= 2 * len(pieces)):
        return tuple(good) if good else None
    return None


def publisher_book_byline(text: str) -> tuple[tuple[str, ...], str] | None:
    """``T. Brown, H. LeMay, C. Murphy. Pearson, 2017``, ``M. Loudon & J. Parise. W. H. Freeman, 2021``, ``I.
    Goodfellow, Y. Bengio & A. Courville. The MIT Press, 2016``: the line under a linked title that is only the
    authors' names, a full stop, the publisher and the year (the English reference of a book) → the names and
    the publisher, else None. The names end at the first full stop after which the rest reads as a publisher and a
    year (initials keep their own stops: "M. Loudon & J. Parise. W. H. Freeman"). Why: a chemistry or statistics
    reading list links each book's title to a shop and writes its byline so on the next line; the names and the
    publisher's year say a book is cited (``comma_book_byline`` reads the same after a comma)."""
    body = text.strip()
    if not body or len(body) > 240:
        return None
    start = 0
    while (cut := body.find(". ", start)) > 0:
        start = cut + 2
        if (tail := _PUBLISHER_YEAR.fullmatch(body[start:].strip())) and (names := _names_piece(body[:cut])):
            return names, tail["publisher"]
    return None


#: a title-first reference's closing date, after its byline: "2017", "(2016)", "(NIPS 2017)", "2013 (a reader's
#: note)", "2017 (RNN+MCTS)": a year, perhaps bracketed with its venue's short name, perhaps followed by one
#: bracketed note, whose close may be lost ("2013 (代谢位点，氘代）": a full-width close the line's cleaning dropped)
#: (anchored and bounded: one pass on any piece)
_BYLINE_CLOSING_DATE = re.compile(r"\(?(?:(?P<venue>[A-Z][A-Za-z]{1,15}) )?(?P<year>(?:19|20)\d\d)\)?"
                                  r"(?: ?\([^()]{1,60}\)?)?\.?")
#: the fewest words a title keeps before a byline of one name (a lone name after a short phrase is as often a
#: place, "Some workshop notes, New York, 2017", as an author)
_LONE_NAME_TITLE_WORDS = 5


def _top_level_commas(s: str) -> list[int]:
    """The offsets of the commas of ``s`` outside brackets (a reader's note "(代谢位点，氘代）" keeps its own)."""
    depth, cuts = 0, []
    for i, c in enumerate(s):
        if c == "(":
            depth += 1
        elif c == ")":
            depth = max(depth - 1, 0)
        elif c == "," and depth == 0:
            cuts.append(i)
    return cuts


def _given_first_people(piece: str) -> list[str] | None:
    """``Connor W. Coley``, ``and Klavs F. Jensen``, ``Siqi Sun and Jinbo Xu``, ``Marwin HS Segler``,
    ``Hsin-Pei Shih1``: one comma's piece of a byline written given name first → its people, else None. Each
    is two to four words, the last a name word (``_is_name_word``: no title's or venue's word), the others
    name words, initials (dotted or not: "W.", "HS", "P") or particles, the first a name word or, before two
    more words, an initial ("S. Joshua Swamidass"); affiliation digits close a name."""
    piece = piece.strip()
    if piece.startswith("and "):
        piece = piece[4:]
    people = [p.strip().rstrip("0123456789*†‡") for p in _NAME_JOINS.split(piece) if p.strip()]
    for person in people:
        words = person.split()
        if not 2 <= len(words) <= 4 or not _is_name_word(words[-1]) or _names_institution(words) \
                or not all(_is_name_word(w) or is_initials(w) or (w.isupper() and len(w) <= 2) or w in _PARTICLES
                           for w in words[1:-1]) \
                or not (_is_name_word(words[0]) or is_initials(words[0]) and len(words) >= 3):
            return None
    return people or None


#: words that make a capitalised name an institution's, never a person's: "Northeastern University", "Broad
#: Institute", "Boston Children's Hospital" (narrower than ``ORGANISATION_WORDS``: "Press", "Lab" end surnames too)
_INSTITUTION_WORDS = frozenset({"university", "institute", "college", "hospital", "academy", "laboratory"})


def _names_institution(words: list[str]) -> bool:
    """Whether the words of a would-be name hold an institution's word (``_INSTITUTION_WORDS``). Why: a homepage's
    news or honours line, "Received the **Excellence Scholarship**, Northeastern University, 2022.", reads as a
    title, a one-name byline and a year; the university granted the award, it wrote no paper."""
    return any(w.casefold().strip(".,") in _INSTITUTION_WORDS for w in words)


def title_then_given_byline(d: str, s: str) -> tuple[str, tuple[str, ...], str | None, int] | None:
    """``XenoSite: Accurately Predicting …, Jed Zaretzki, Matthew Matlock, and S. Joshua Swamidass, 2013``,
    ``Active One-shot Learning, Mark Woodward, Chelsea Finn, (2017)``, ``Consistent Multitask Learning …, Carlo
    Ciliberto, …, Massimiliano Pontil, (NIPS 2017)``, ``Protein–protein binding affinity prediction … (Iain H.
    Moal, Rudi Agius and Paul A. Bates, 2011)``: a reading list's link-less reference written title first, then
    its authors' full names given name first, each closed by a comma, then the year (bracketed with the venue's
    short name, or in one bracket with the names) → (title, authors, venue, year), else None.

    Why: with no full stop between them, the title runs into the byline, and the first middle initial ("Connor
    W.") reads as the title's end. Read from the end instead: the year, then the comma pieces that are all
    personal names; what is left is the title. A piece that is no name ("local backbone angles") ends the
    byline, and a byline of one name needs a longer title before it, one with no numbered part ("Lecture 12")."""
    body = s.rstrip(" .")
    if len(body) > 600 or not body[-1:].isdigit() and "(" not in body[-62:]:
        return None
    inner = body.endswith(")") and (open_at := body.rfind("(")) > 0 and "," in body[open_at:] \
        and _BYLINE_CLOSING_DATE.fullmatch(body[body.rfind(",") + 1 :].strip()) is not None \
        and "(" not in body[body.rfind(",") + 1 :]
    if inner:  # "Title (Names, 2011)": the byline and the year share the closing bracket
        head, date = body[open_at + 1 : body.rfind(",")], body[body.rfind(",") + 1 : -1].strip()
        offset, title_cut = open_at + 1, open_at
    else:
        cuts = _top_level_commas(body)
        if not cuts:
            return None
        rest_at = cuts[-1] + 1
        lead = len(body) - rest_at - len(body[rest_at:].lstrip())  # the spaces after the last comma
        head, date, offset, title_cut = body[: cuts[-1]], body[rest_at:].strip(), 0, None
        if (bracket := date.rfind(" (")) > 0 and _BYLINE_CLOSING_DATE.fullmatch(date[bracket + 1 :]) is not None:
            # "…, Mark Woodward, Chelsea Finn (2017)": the bracketed year after the last name, no comma between
            head, date = body[: rest_at + lead + bracket], date[bracket + 1 :]
    dated = _BYLINE_CLOSING_DATE.fullmatch(date)
    if dated is None:
        return None
    names: list[str] = []
    start = len(head)
    shown = d[offset : offset + len(head)]  # the names as written (the shadow folds their quotes and dashes)
    for cut in reversed([-1, *_top_level_commas(head)]):
        people = _given_first_people(shown[cut + 1 : start])
        if people is None:
            break
        names[:0] = people
        start = cut
    if not names or (start == -1) != bool(inner):
        return None  # "(a note, Jane Doe, 2011)": all of the bracket is the byline; a title precedes a bare one
    end = title_cut if inner else start
    title = _clean_title(d[:end].rstrip(" ,，"))
    if not title or len(title.split()) < (3 if len(names) > 1 else _LONE_NAME_TITLE_WORDS):
        return None
    if len(names) == 1 and any(w.isdigit() for w in title.split()):
        return None  # "Neural Computation : Lecture 12, John A. Bullinaria, 2015": a numbered course's notes, no work
    return title, tuple(names), dated["venue"], int(dated["year"])


#: one person's name as a byline writes it: capitalised given names or initials and a surname, perhaps with a
#: particle ("Julian Homburger", "M. E. J. Newman", "Ana Pastore y Piontti"); at most six words
_BYLINE_NAME = (r"[^\W\d_][\w'’\-]*\.?(?:\s+(?:" + SURNAME_PARTICLE + r"|[^\W\d_][\w'’\-]*\.?)){0,5}")
#: a byline alone: one to six such names, comma-separated, then "et al." and nothing more
_ET_AL_BYLINE_ONLY = re.compile(_BYLINE_NAME + r"(?:\s*,\s*" + _BYLINE_NAME + r"){0,5},?\s+et\.?\s+al\b\.?")


def et_al_byline_only(text: str) -> tuple[str, ...] | None:
    """``Julian Homburger et al.``, ``Rosa Lintner, Ben Okoro et al.``: the words a reading list writes before a
    linked title when they are only the work's authors (the first ones, then "et al."), with no venue or year after
    the link. "Et al." is said of a work's authors, never of a tool's or a site's makers, so a line that opens with
    it and says nothing else cites a work. Returns the names, or None when ``text`` says anything more (a verb, a
    year, a venue) or a name starts in lower case or is a title word."""
    text = text.strip().rstrip(" .,;:").strip()
    if not text or _ET_AL_BYLINE_ONLY.fullmatch(text + ".") is None:
        return None
    names = tuple(n.strip() for n in re.split(r"\s*,\s*", re.sub(r",?\s+et\.?\s+al\b\.?$", "", text)) if n.strip())
    if not names or any(not n[0].isupper() or n.split()[0].casefold().strip(".") in _NOT_NAME for n in names):
        return None
    return names


def given_byline_reference(text: str) -> Citation | None:
    """``text`` read as a title-first reference with a given-name-first byline and its year
    (``title_then_given_byline``) → the citation, else None: the reading ``parse_citation`` tries first, for a
    caller whose line carries a reader's note after the reference (a quoted abstract, a remark below it)."""
    d, s, web_url, _ = _prepare(text)
    if not s or s[:1] in "\"'" or (found := title_then_given_byline(d, s)) is None:
        return None
    return _score_citation(found[0], found[1], False, (found[2], found[3], None, None, None), False, web_url)


_CARD_BARE_INITIAL = re.compile(r"(?<!\S)([A-Z])(?=\s)")
_CARD_NICKNAME = re.compile(r"\s\([^()]{1,20}\)(?=\s)")


def card_author_line(text: str) -> tuple[str, ...] | None:
    """``Dennis Ulmer, Lotta Meijerink, Giovanni Cinà`` / ``Jeremy C. Weiss`` / ``Young Joon (Fred) Kwon, Danielle
    Toussie, Lea Azour``: the line under a card's linked title (``parse.HTML_CARD_FIELD``) that names its authors →
    the names, else None. The card's layout already sets the line apart as a byline, so one name is enough and a
    nickname in brackets or a marked name spoils no more than a third of the pieces; a sentence ("Read the guide
    for presenters") is none."""
    text = text.strip()
    if not text or len(text) > 600:
        return None
    if (names := byline_names(text)) is not None:
        return names
    sep = ";" if ";" in text else ","
    pieces = [p.strip().rstrip("0123456789*†‡").strip() for p in text.split(sep)]
    pieces = [p[4:].strip() if p.startswith("and ") else p for p in pieces if p]
    if pieces and " and " in pieces[-1]:
        # "Marta Quintero, Hugo Lindqvist and Anan Sukprasert", "Rafael Moura and Ines Carvalho": the last two names
        # joined by "and" with no comma are two authors (only where both halves read as names)
        head, _, tail = pieces[-1].rpartition(" and ")
        if personal_name(head.strip()) and personal_name(tail.strip()):
            pieces[-1:] = [head.strip(), tail.strip()]
    # ("Amish H Doshi": an initial written without its dot; "Young Joon (Fred) Kwon": a nickname in brackets)
    good = sum(personal_name(_CARD_BARE_INITIAL.sub(r"\1.", _CARD_NICKNAME.sub(" ", p))) for p in pieces)
    return tuple(pieces) if good and 3 * good >= 2 * len(pieces) else None


def byline_names(text: str) -> tuple[str, ...] | None:
    """``Mikołaj Sacha;Mikołaj Błaż;Piotr Byrski``, ``Yue Wan; Benben Liao; Chang-Yu Hsieh1; Shengyu Zhang2``,
    ``Olaf Ronneberger, Philipp Fischer, Thomas Brox``: a text that is only a list of personal names → the names,
    else None. Footnote digits closing a name (affiliation marks) are dropped, an "and" before the last is not a
    name's. Semicolons part names only: two names are enough; commas also part a subtitle's phrases
    ("Methods, Results"), so three are needed, and all must be names. With semicolons one stray piece in three
    (a name broken by a typo, "V eronika Thost") leaves it a byline."""
    sep = ";" if ";" in text else ","
    pieces = [p.strip().rstrip("0123456789*†‡").strip() for p in text.replace("\n", " ").split(sep)]
    pieces = [p[4:].strip() if p.startswith("and ") else p for p in pieces if p]
    if len(pieces) < (2 if sep == ";" else 3) or not personal_name(pieces[0]):
        return None
    good = sum(map(personal_name, pieces))
    if good < len(pieces) and (sep == "," or 3 * good < 2 * len(pieces)):
        return None
    return tuple(pieces)


def looks_like_venue(venue: str) -> bool:
    """A short text (four words or fewer) or one with a venue word (journal, conference, Nature…)."""
    words = venue.split()
    return len(words) <= 4 or any(w.strip(".,:;()/").casefold() in VENUE_WORDS for w in words)


#: a month after a comma closing a venue, its year cut off after it ("arxiv, Aug", "Nature Medicine, Sept."): a date's
_CLOSING_COMMA_MONTH = re.compile(r",[ \t]?(?i:" + MONTH + r")$")
#: a role-labelled link's text in parentheses closing a trailer after its year ("MIDL 2023 (code).")
_CLOSING_LINK_LABEL = re.compile(r"(?<=\d)\s*\(\s*(?:code|pdf|paper|slides|video|poster|project(?:\s+page)?|github|demo)"
                                 r"\s*\)\s*\.?\s*$", re.IGNORECASE)


def without_closing_month(venue: str) -> str:
    """``arxiv, Aug`` → ``arxiv``: a venue whose year was cut off after it, without the month a comma set before
    that year ("arxiv, Aug 2022", "Nature Medicine, Sept. 2023"): the month dates the work, as the year does; it is
    no word of the venue's. A venue that is only a month stays (the caller judges it)."""
    if (month := _CLOSING_COMMA_MONTH.search(venue)) is not None and month.start() > 0:
        return venue[:month.start()].rstrip(" ,")
    return venue


def _clean_venue(venue: str, before_volume: bool) -> str | None:
    """Trim a venue; ``before_volume``: a number other than the year follows it."""
    # '…Title." *Health Affairs* 33': the quote closing the title; "Li et al. · Venue · 2024": a middle dot (or a
    # bullet) separates a byline's fields as a comma does
    # "presented at [MIDL 2023](…) ([code](github…))": the text of a role-labelled link closing the trailer, in its
    # brackets, is no part of the venue
    venue = _CLOSING_LINK_LABEL.sub("", venue)
    venue = venue.strip(" ,;:/-([…\"“”·•—–")
    venue = without_closing_month(venue)
    if venue.startswith(". "):
        venue = venue[2:].lstrip()  # "Authors. [Title](…). Vaccine 36:6512 (2018)": the stop closing the linked title
    words = venue.split()
    if words and words[0].lower().rstrip(":") == "in" and len(words) > 1:
        words = words[1:]
    while words and words[-1].lower() in ("at", "in", "of", "from", "and"):
        words.pop()
    venue = " ".join(words).strip(" ,;:-(…·•—–")
    segments = venue.split(". ")
    if len(segments) >= 2 and len(segments[-2].split()) >= 3:
        last = segments[-1].rstrip(". ").split()
        if 0 < len(last) <= 4 and all(w[0].isupper() and not any(c.isdigit() for c in w) for w in last):
            venue = ". ".join(segments[:-1])  # "…Intervention. Springer Berlin Heidelberg": publisher
    if venue.endswith(".") and not before_volume and not any(w.endswith(".") for w in venue.split()[:-1]):
        venue = venue[:-1]  # "Nat Biotechnol. 2018;" (separator); keep "Genome Biol. 7," "Mol. Pharm." (abbreviations)
    venue = venue.strip(" ,;:·•—–")
    if not any(c.isalpha() for c in venue) or len(venue) > 200 or venue.split()[0] in ("A", "An"):
        return None
    if all(w in _NOTVENUE_WORDS for w in venue.split()):
        return None  # "… approved by the FDA (as of 2017).": a date phrase in prose, not a venue
    if len(words := venue.split()) <= 2 and words[0].rstrip(":").casefold() in _IDENTIFIER_LABELS:
        return None  # "*Title*. PMID 20171513.", "PMCID PMC7881904": an identifier the reference writes out
    return venue


#: the labels of identifiers written out after a reference ("PMID 20171513", "PMCID: PMC…", "doi: 10.…"): no venue
_IDENTIFIER_LABELS = frozenset({"pmid", "pmcid", "doi", "pmc", "isbn", "issn"})


#: lower-case words that only introduce a date ("as of 2017", "since 2019", "until 2020"): a venue is never
#: made of these alone
_NOTVENUE_WORDS = frozenset({"as", "of", "since", "until", "till", "by", "before", "after", "circa", "from",
                              "in", "on", "at", "to", "updated", "last", "early", "late", "mid", "around"})


def _numbers(tail: str, year: int | None) -> tuple[str | None, str | None, str | None]:
    """Volume, issue and pages from the numeric tail (``104, 176–197``, ``36(9):829-838``…)."""
    volume = issue = pages = None
    if m := _KEY_VOLUME.search(tail):
        volume = m.group(1) or m.group(2)
    if m := _KEY_ISSUE.search(tail):
        issue = m.group(1) or m.group(2)
    if m := _KEY_PAGES.search(tail):
        pages = m.group(1)
    year_text = str(year) if year else None
    pos = 0
    while volume is None and (m := _VOL_ISSUE_PAGES.search(tail, pos)):
        if m.group(1) == year_text and not m.group(2) or m.group(2) == year_text:
            pos = m.start() + 1
            continue
        volume, issue, pages = m.group(1), m.group(2) or issue, pages or m.group(3)
    if volume is None and (m := _VOL_YEAR.search(tail)):
        volume, issue, pages = m.group(1), m.group(2) or issue, pages or m.group(3)
    pos = 0
    while volume is None and (m := _VOL_ISSUE.search(tail, pos)):
        if m.group(1) == year_text or m.group(2) == year_text:
            pos = m.start() + 1
            continue
        volume, issue = m.group(1), m.group(2)
    if pages is None and (m := _PAGE_RANGE.search(tail) or _YEAR_PAGES.search(tail)):
        pages = m.group(1)  # ", 436-444" or Elsevier's "(2016) 2402–2410"
    if pages:
        pages = pages.replace(" ", "")
    return volume, issue, pages


# ----------------------------------------------------------------------------- scoring


#: the word that hands a title over to its authors: "Deep Survival Analysis by Rajesh Ranganath, Adler Perotte, …"
_BY = re.compile(r"\s+by\s+")


def _title_by_authors(d: str, s: str, arxiv: bool, web_url: bool) -> Citation | None:
    """``Deep Survival Analysis by Rajesh Ranganath, Adler Perotte, David Blei et al. JMLR 2016``, ``DeepHit: A Deep
    Learning Approach … by Changhee Lee, William R. Zame, Jinsung Yoon, Mihaela van der Schaar. 2018``: an informal
    reference, its title, then "by" and the authors, then where and when. The last "by" that several authors (or one
    and "et al.") follow, then a venue or a year, splits it; a title's own "by" ("Guided by Anatomy: …") is followed
    by words, not by a list of names."""
    for m in reversed(list(_BY.finditer(s, 0, 1500))):
        lead = _venue_year_lead(d, s, m.start())
        title = lead[0] if lead else _clean_title(d[: m.start()]) or ""  # (None: nothing title-like before "by")
        if len(title.split()) < 3:
            break
        authors, et_al, end = _scan_authors(d[m.end() :], s[m.end() :], trailer=False)
        if not authors:
            names = _names_sentence(d[m.end() :])
            # (given-first names: after a quoted title's venue lead, or closed by "et al." and the text's end)
            if lead is not None or names[1] and not s[m.end() + names[2] :].strip(" .,;"):
                authors, et_al, end = names
        if _listed_names(authors, et_al, s[m.end() : m.end() + end]):
            source = _parse_source(d, s, m.end() + end, arxiv)
            if source[0] is None and source[1] is None:
                if lead is None and not (et_al and not s[m.end() + end :].strip(" .,;")):
                    # (no venue, no year: only "et al." closing the text vouches for the names as its byline,
                    # "Comparison of six … setups on hand movement classification tasks by Stefano Pizzolato, et. al.")
                    continue
                if lead is not None:
                    source = (lead[1], lead[2], *source[2:])
            return _score_citation(title, authors, et_al, source, lead is not None, web_url)
    return None


_NAMES_STOP = re.compile(r"(?<!\bal)(?<!\bet)(?<![\s.][A-Z])\.(?=\s|$)")  # ("et. al.": the misplaced stop too)


def _names_sentence(text: str) -> tuple[tuple[str, ...], bool, int]:
    """``Xiong Luo, Jianyuan Li, and Xiangjun Li. doi:…``, ``Priya Raman et al. arXiv:…``: full names that run to
    the sentence's full stop (an initial's or "et al."'s stop closes no sentence); (names, et al., end)."""
    stop = _NAMES_STOP.search(text)
    head = text[: stop.start()] if stop else text
    plain = without_et_al(head)
    return _given_name_list(plain), plain != head.strip(), stop.end() if stop else len(text)


def _venue_year_lead(d: str, s: str, by_start: int) -> tuple[str, str, int] | None:
    """``IEEE Journal of Biomedical and Health Informatics, 2021: "Title" by Xiong Luo, …``: an informal reference
    that names where and when first, then the quoted title just before the "by"; the lead is the work's venue and
    year, never part of its title, which the quotes alone hold. (title, venue, year), else None."""
    m = _VENUE_YEAR_QUOTE.match(s)
    close = len(s[:by_start].rstrip(" ,.")) - 1  # the quote that closes the title just before "by"
    if m is None or close <= m.end() or s[close] != '"' or s.find('"', m.end()) != close:
        return None
    title = _clean_title(d[m.end() : close]) or ""
    venue = d[m.start(1) : m.end(1)].strip(" ,.*_")
    return (title, venue, int(m.group(2))) if len(title.split()) >= 3 and venue else None


def _listed_names(names: tuple[str, ...], et_al: bool, text: str) -> bool:
    """Names that read as a byline after "by": two or more parted by commas or semicolons, or one with "et al.".
    A title's own "by" is followed by a phrase that the name scanner may take for one name or two joined by "and"
    ("… by Meaningful Perturbation", "… by Analyzing Comparative Gradients and Hostile Activations")."""
    return bool(names) and et_al or len(names) >= 2 and ("," in text or ";" in text)


def title_by_names(text: str) -> tuple[str, tuple[str, ...]] | None:
    """``Neural Hazard Models for Censored Outcomes by Lena Brandt,Omar Haddad`` → (title, names): a title then "by"
    and nothing but names to its end (``_listed_names``), else None."""
    d, s, _, _ = _prepare(text)
    m = next(reversed(list(_BY.finditer(s, 0, 1500))), None)
    title = _clean_title(d[: m.start()]) or "" if m is not None else ""
    if m is None or len(title.split()) < 3:
        return None
    names, et_al, end = _scan_authors(d[m.end() :], s[m.end() :], trailer=False)
    if not names or s[m.end() + end :].strip(" ,;.&"):
        names, et_al = _given_name_list(d[m.end() :].strip(" ,;.&")), False  # (the names run to the end)
    return (title, names) if _listed_names(names, et_al, d[m.end() :]) else None


#: a byline's last author and the affiliation in brackets after the names: "Jamie Taylor (Metaweb Technologies, Inc)"
_NAME_AFFILIATION = re.compile(r"^(?P<name>[^()\[\]]{3,60}?)\s*[(（](?P<org>[^()（）]{2,80})[)）]\s*$")


def _score_citation(title, authors, et_al, source, quoted, web_url) -> Citation | None:
    venue, year, volume, issue, pages = source
    if title and authors and not (venue or year or quoted) and (named := _NAME_AFFILIATION.match(title)) \
            and personal_name(named.group("name")):
        # "\t* Kurt Bollacker, Colin Evans, Tim Sturge, Jamie Taylor (Metaweb Technologies, Inc)" under a paper's
        # item: a byline with the team's affiliation; its "title" is the last author and the lab, no work
        return None
    score = 0.0
    if authors:
        score += 0.3 + (0.1 if len(authors) > 1 or et_al or any("." in a or "," in a for a in authors) else 0.0)
    if title:
        score += 0.1 + (0.05 if len(title.split()) >= 3 or sum(map(_is_cjk, title)) >= 6 else 0.0)
    score += 0.15 * bool(year) + 0.15 * bool(venue) + 0.1 * bool(volume or pages) + 0.05 * quoted
    score -= 0.3 * web_url
    if title and len(title) > 400:  # a paragraph, not a title
        score -= 0.3
    score = round(min(max(score, 0.0), 1.0), 2)
    if score < MIN_CONFIDENCE:
        logger.debug("not a citation (%.2f): %.80s", score, title)
        return None
    return Citation(title, authors, et_al, venue, year, volume, issue, pages, score)


# ----------------------------------------------------------------------------- BibTeX records
#: a record's head: "@article{key," (the kinds a work is cited as; "@string", "@comment", "@preamble" are none)
_BIB_HEAD = re.compile(r"@(?P<kind>article|inproceedings|conference|incollection|inbook|book|phdthesis|mastersthesis"
                       r"|techreport|misc|unpublished|online|preprint)\s*[{(]\s*[^,\s]*\s*,", re.IGNORECASE)
#: a field's name and its "=" ("title = ", "author=")
_BIB_FIELD = re.compile(r"\s*,?\s*(?P<name>[A-Za-z][\w-]*)\s*=\s*")
#: a LaTeX command before its braced argument or alone ("\textit{", "\&", "\'"), and braces: markup, not text
_LATEX_MARKUP = re.compile(r"\\[A-Za-z]+\s*(?=\{)|\\(?=[&%$#_{}])|[{}]")
#: the longest field value read (an abstract); a brace left open is not followed through the rest of the text
_MAX_BIB_VALUE = 20_000
#: the most records read from one block (a whole .bib pasted into a README is read, not a bomb)
MAX_BIB_RECORDS = 5_000


def bibtex_records(text: str) -> list[dict[str, str]]:
    """The records of a BibTeX text (a "Citation" section's ```` ```bibtex ```` block): per record its
    lower-case field names and their values as plain text (braces and markup commands dropped, spaces
    collapsed), with ``"kind"`` the record's type and ``"@at"`` where its head starts in ``text``. Hand-read because the text is small and often not quite
    BibTeX (a missing comma, a pasted record cut short): each field whose value closes is kept, a broken one
    ends its record, and nothing raises."""
    records: list[dict[str, str]] = []
    for head in _BIB_HEAD.finditer(text):
        if len(records) >= MAX_BIB_RECORDS:
            break
        record = {"kind": head["kind"].lower(), "@at": str(head.start())}
        at = head.end()
        while True:
            m = _BIB_FIELD.match(text, at)
            if m is None:
                break
            value, at = _bib_value(text, m.end())
            if value is None:
                break
            record.setdefault(m["name"].lower(), " ".join(_LATEX_MARKUP.sub("", value).split()))
        records.append(record)
    return records


#: a record template's title field: the words a "BibTeX template" / "cite as" skeleton writes where a title goes
#: ("Title of the Paper", "Paper Title", "Your Title Here", "Title"), never a work's own title
_PLACEHOLDER_BIB_TITLE = re.compile(r"(?i)(?:(?:your|the|a)\s)?(?:(?:paper|article|work|publication)'?s?\s)?title"
                                    r"(?:\sof\s(?:the|your|a)\s(?:paper|article|work|publication))?(?:\shere)?")


def bibtex_works(text: str) -> list[dict[str, str]]:
    """The records of ``bibtex_records`` that cite a scholarly work: a title, and a DOI, an arXiv eprint or the
    journal or proceedings it appeared in. A ``@misc`` / ``@online`` record needs a DOI or an eprint (or an arXiv
    "journal"): ``@misc{…, title={Awesome-X}, howpublished={\\url{https://github.com/…}}}`` cites the list's own
    repository, no paper. A template's record (``title={Title of the Paper}``, ``journal={Journal Name}``, a
    reading guide's "BibTeX Template" showing how to write one) cites none: its title is the placeholder word."""
    out = []
    for record in bibtex_records(text):
        if not any(c.isalnum() for c in record.get("title", "")):
            continue
        if _PLACEHOLDER_BIB_TITLE.fullmatch(" ".join(re.findall(r"[\w']+", record["title"][:80]))):
            continue
        venue = record.get("journal") or record.get("booktitle") or ""
        if record.get("doi") or record.get("eprint") \
                or venue and (record["kind"] not in ("misc", "online") or "arxiv" in venue.lower()):
            out.append(record)
    return out


def _bib_value(text: str, at: int) -> tuple[str | None, int]:
    """A field's value at ``at`` (braced, quoted or a bare word/number) and where the text after it starts."""
    opener = text[at:at + 1]
    if opener == "{":
        depth, i = 0, at
        while i < len(text):
            c = text[i]
            if c == "{":
                depth += 1
            elif c == "}":
                depth -= 1
                if depth == 0:
                    return text[at + 1:i], i + 1
            elif c == "@" and text[i - 1:i] == "\n" or i - at > _MAX_BIB_VALUE:
                break  # the next record, or past any field's length: this value never closed
            i += 1
        return None, at
    if opener == '"':
        end = text.find('"', at + 1)
        return (text[at + 1:end], end + 1) if end > 0 else (None, at)
    m = re.compile(r"[\w.:/-]+").match(text, at)
    return (m.group(), m.end()) if m else (None, at)


def bibtex_authors(value: str) -> list[str]:
    """``Sun, Yifei and Chen, Zhanghao and others`` → ["Yifei Sun", "Zhanghao Chen"]: BibTeX's "and"-separated
    names, each "Last, First" turned round; "others" (et al.) is no name."""
    names: list[str] = []
    for name in re.split(r"\s+and\s+", value.strip()):
        name = name.strip(" ,")
        if not name or name.lower() == "others":
            continue
        parts = [p.strip() for p in name.split(",")]
        if len(parts) > 2 or len(parts) == 2 and all(len(p.split()) >= 2 for p in parts):
            names.extend(p for p in parts if p and p.lower() != "others")  # "Hongjian Zhou, Fenglin Liu, …": a comma list
        elif len(parts) == 2 and parts[1]:
            names.append(f"{parts[1]} {parts[0]}")
        else:
            names.append(parts[0])
    return names


#: the separators of a line that cites several works one after another: a middle dot or a bullet between spaces,
#: or a semicolon and a space ("2019;44(3):837", a Vancouver reference's own semicolon, has no space after it)
_SHORT_CITATION_SEPARATOR = re.compile(r"\s+[·•]\s+|;\s+")
_SHORT_SURNAME = rf"(?:{SURNAME_PARTICLE} ){{0,2}}[A-Z][\w'’-]{{1,30}}"

#: a work's author-year key, its nickname in brackets at most, then a dash and a note: "Kenlay et al. 2024 (IgT5) -
#: Our antibody model choice" (the year bare, right after "et al.": a key, not a byline closed by its year)
_KEY_DASH_NOTE = re.compile(rf"{_SHORT_SURNAME}\s+et\s+al\.?,?\s+(?:19|20)\d\d[a-z]?(?:\s*\([^()\n]{{1,40}}\))?"
                            r"\s*[-–—]\s+\S")


#: one work cited in running prose by its authors and year: "Echle et al., 2020", "Coudray and Tsirigos, 2020",
#: "Varga 2022" (a surname, "et al." or a second surname, then the year)
_IN_TEXT_WORK = re.compile(rf"{_SHORT_SURNAME}(?:\s+et\s+al\.?|\s+(?:and|&)\s+{_SHORT_SURNAME})?,?\s+(?:19|20)\d\d[a-z]?")
#: a bracketed group of a sentence, the place of in-text citations
_PAREN_GROUP = re.compile(r"\(([^()\n]{1,400})\)")
#: what parts the works of one in-text citation: "(Okafor, 2019; Brandt et al., 2020)", "(A and B, 2020, C, 2021)"
_IN_TEXT_WORK_SEP = re.compile(r"\s*[;,]\s*")


def in_text_cited_works(text: str) -> int:
    """How many works the text cites in author-year brackets that hold nothing else: "… despite weak labels (Coudray
    and Tsirigos, 2020, Echle et al., 2020), even without any annotation (Kather et al., 2020)" → 3. Why: a quoted
    abstract or a reader's note cites works so in its sentences; read as one reference, the prose before the first
    bracket became a paper's title and the first bracket its byline. A reference closed by its own byline in
    brackets ("Title (Varga et al., 2022)") cites one work; two or more say the text is prose about works.
    Linear: each bracket is read once, its works by one scan."""
    n = 0
    for group in _PAREN_GROUP.finditer(text):
        body = group.group(1).strip()
        at, works = 0, 0
        for work in _IN_TEXT_WORK.finditer(body):
            gap = body[at:work.start()]
            if gap.strip() if works == 0 else not _IN_TEXT_WORK_SEP.fullmatch(gap):
                works = 0
                break
            at, works = work.end(), works + 1
        if works and not body[at:].strip(" ;,"):
            n += works
    return n


def author_year_key_note(text: str) -> bool:
    """``1. **Kenlay et al. 2024 (IgT5)** - Our antibody model choice``: a line that names a work only by its
    author-year key (and nickname) before a dash and the reader's note on it. Why: a reading list's closing summary
    ("Most influential papers") mentions the works it listed above so; read as a reference, the key's year opened the
    work's "title" ("2024 (IgT5) - Our antibody model choice") and each mention was one more paper."""
    return len(text) <= 300 and _KEY_DASH_NOTE.match(text.strip()) is not None


#: the parts of such a key-dash line: the first author's surname, the year, the nickname in brackets, the gloss
_KEY_DASH_PARTS = re.compile(rf"(?P<who>{_SHORT_SURNAME})\s+et\s+al\.?,?\s+(?P<year>(?:19|20)\d\d)[a-z]?"
                             r"(?:\s*\((?P<nick>[^()\n]{1,40})\))?\s*[-–—]\s+(?P<gloss>\S[^\n]*)")
#: a venue closing the gloss in brackets: one to six capitalised words (small joining words between them), perhaps
#: its year: "(Elsevier)", "(Pattern Recognition)", "(MICCAI 2020)"; "(6 classes)", "(ResNet variant)" stay
_GLOSS_VENUE = re.compile(r"\s\((?P<venue>[A-Z][\w&.'’-]{0,30}"
                          r"(?: (?:[A-Z][\w&.'’-]{0,30}|of|and|on|in|for|the|&)){0,5})(?: (?:19|20)\d\d)?\)$")


def author_year_gloss_reference(text: str) -> tuple[str, tuple[str, ...], int, str | None] | None:
    """``Gautam et al., 2023 — YOLOv5 for LBC Pap (Elsevier)`` → ("YOLOv5 for LBC Pap", ("Gautam",), 2023,
    "Elsevier"): the parts of a line written as ``author_year_key_note`` writes it, read as a short reference: the
    gloss after the dash names the work's method (its title as the document cites it), a closing bracket of
    capitalised words its venue. Why: a document's own closing bibliography ("## Références" / "### Publications
    Citées") may cite every work so; only such a run says the line is a reference and not a reader's note on a work
    listed elsewhere (the caller decides, ``extract._keyed_gloss_bibliographies``). None when the line is no such key
    and gloss."""
    text = text.strip()
    if not author_year_key_note(text) or (m := _KEY_DASH_PARTS.match(text)) is None:
        return None
    gloss, venue = m["gloss"].strip(), None
    if (closing := _GLOSS_VENUE.search(gloss)) is not None and closing.start() > 0:
        gloss, venue = gloss[:closing.start()].rstrip(), closing["venue"]
    if not any(ch.isalpha() for ch in gloss):
        return None
    return gloss, (m["who"],), int(m["year"]), venue


#: one short citation, no title in it: a surname (then "et al." or "& / and" a second surname), a comma or that
#: byline's end, perhaps a venue of one to eight words and its volume, issue and pages, then the year (in brackets
#: or not): "DeLong et al., Biometrics 44(3):837–845, 1988", "Landis & Koch, Biometrics 33(1):159–174, 1977",
#: "Lee et al., Sci Data 2017", "Smith, 2019" (each quantifier bounded, the part short: no long backtracking)
_SHORT_CITATION = re.compile(
    rf"(?P<who>{_SHORT_SURNAME}(?P<more> et\.? ?al\.?| (?:&|and) {_SHORT_SURNAME})?)(?P<comma>,)?"
    r"(?: (?P<venue>[A-Z][\w.&'’-]{0,30}(?: (?:[A-Za-z][\w.&'’-]{0,30}|&)){0,7}?)"
    r"(?: (?P<numbers>\d{1,5}(?: ?\(\d{1,4}\))?(?: ?: ?[A-Za-z]?\d{1,7}(?: ?[-–] ?[A-Za-z]?\d{1,7})?)?))?)?"
    r",? \(?(?P<year>(?:19|20)\d\d)\)?")
_MAX_SHORT_CITATION_CHARS = 160
_MAX_SHORT_CITATION_WORDS = 3  # a venue with no volume or pages: longer, it is as likely a title


@dataclass(frozen=True, slots=True)
class ShortCitation:
    """One work a line cites by its byline, venue and year alone (``short_citations``)."""

    label: str  # the byline and the year, as the work is cited: "DeLong et al. 1988"
    authors: tuple[str, ...]
    venue: str | None
    year: int


def short_citations(text: str) -> list[ShortCitation] | None:
    """``DeLong et al., *Biometrics* 44(3):837–845, 1988 · Landis & Koch, *Biometrics* 33(1):159–174, 1977``: a line
    of short citations, each a byline, a venue and its numbers, and a year, no title, parted by ``·``, ``•`` or
    ``;``, names one work per citation, each by its author-year label. Why: read as one reference, the first
    byline was its authors and the rest (a venue, numbers, the next byline) its title. Every part must read so,
    one citation alone only with its volume or pages (a line "Nature Methods 21:195–212, 2024" is no byline); a
    venue with no numbers is at most three words (a longer one may be a title). None when the line is anything
    else."""
    text = " ".join(text.replace("*", " ").replace("_", " ").split()).rstrip(" .")
    if not text or len(text) > 8 * _MAX_SHORT_CITATION_CHARS or not _YEAR.search(text):
        return None
    parts = _SHORT_CITATION_SEPARATOR.split(text)
    out: list[ShortCitation] = []
    for part in parts:
        part = part.strip(" .,")
        m = _SHORT_CITATION.fullmatch(part) if len(part) <= _MAX_SHORT_CITATION_CHARS else None
        if m is None or not (m["more"] or m["comma"]):
            return None  # "Nature 2019": a byline is a surname with "et al.", a second surname, or a comma after it
        if m["venue"] and not m["numbers"] and (len(parts) < 2 or len(m["venue"].split()) > _MAX_SHORT_CITATION_WORDS):
            return None
        if len(parts) < 2 and not m["numbers"]:
            return None
        who = m["who"]
        more = m["more"] or ""
        first = who[:len(who) - len(more)]
        second = more.split(None, 1)[1] if more and not more.lstrip().startswith("et") else None
        byline = f"{first} et al." if more.lstrip().startswith("et") else who
        out.append(ShortCitation(label=f"{byline} {m['year']}", authors=(first,) + ((second,) if second else ()),
                                 venue=m["venue"], year=int(m["year"])))
    return out


#: the year closing an author-year key: "Cox (1972)", "Fine and Gray (1999a)"
_KEY_YEAR = re.compile(r"\(((?:19|20)\d\d)[a-z]?\)\s*$")
#: the most words of an author-year key's names ("Andersen, Borgan, Gill and Keiding")
_KEY_WORDS = 8


def author_year_key(text: str) -> tuple[tuple[str, ...], int] | None:
    """``Cox (1972)``, ``Fine and Gray (1999)``, ``Andersen, Borgan, Gill and Keiding (1993)``: the key a
    bibliography page heads a reference with, its authors' surnames and its year in parentheses, nothing else.
    Why: set in bold on a line of its own above the reference, the key opens the paragraph and reads as the work's
    title. A name with no year ("**lifelines**"), a venue's tag ("NeurIPS (2020)") or a title's words are no key.
    Returns (surnames, year) or None."""
    dated = _KEY_YEAR.search(text)
    if dated is None:
        return None
    names = text[:dated.start()].strip(" ,")
    if not names or len(names.split()) > _KEY_WORDS:
        return None
    read = parse_trailer(names)
    if not read.authors or read.venue or read.title or read.year is not None:
        return None
    return read.authors, int(dated.group(1))
