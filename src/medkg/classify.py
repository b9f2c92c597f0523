"""Link roles (paper | code | related_code | dataset | other) and entry kinds.

Why labels first, URLs second: a list author's label is the strongest signal of intent
(``[`related code`](github…)`` is not the paper's own code even though the URL is a repository;
``[数据集地址](github…)`` is a dataset even though GitHub hosts it). URLs decide when the label
is generic (``地址``, ``link``) or absent. The label vocabularies in English and Chinese live
here and nowhere else; URL *patterns* live in ``ids``, this module only knows hosts.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from urllib.parse import unquote_plus, urlsplit

from medkg import ids, textkey
from medkg.citation import (MONTH, SURNAME_PARTICLE, VENUE_WORDS, acronym_venue, et_al_byline_only, mentions_year,
                             names_abbreviated_journal, names_journal, names_venue, parse_trailer, personal_name)
from medkg.model import Entry, Heading, Link

# ----------------------------------------------------------------------------- label vocabularies
#: what a model's code is released with: "| Code & Weights |", "[Code/Models](…)" label the code as "Code & Data"
#: does; beside no code word they label nothing ("[Weights](…)", "[Paper & Model](…)" stay generic labels)
_RELEASE_WORDS = frozenset({"weights", "checkpoint", "checkpoints", "model", "models"})
# English labels are matched as whole phrases (or made only of these words), so that a title
# such as "Deep learning for code generation" is never taken for a label.
_EN_WORDS: dict[str, set[str]] = {
    "related_code": {"related", "unofficial", "nonofficial", "non-official", "third-party", "thirdparty",
                     "reimplementation",
                     # "[[Unoff-Code]](…)": unofficial, shortened, beside the official "[[Code]](…)" of other rows
                     "unoff", "unoff.",
                     "unoffical",  # "unoffical-pytorch": the word misspelt, as lists often do
                     # "[Inofficial Code](…)": the word as German writers spell it ("inoffiziell"), the same denial
                     "inofficial",
                     "releated",  # "[(releated sources)](github…/awesome-…)": "related", misspelt as often
                     # "[[similar code]](github…)": another work's code the list points to for want of the
                     # paper's own, never that paper's
                     "similar",
                     "re-implementation", "reimplemented", "re-implemented", "community", "port", "reproduction",
                     "reproduced", "other"},
    "code": {"code", "codes", "github", "gitlab", "bitbucket", "gitee", "repo", "repos", "repository",
             "repositories",  # "| Publication | Repositories |": a table's column of each row's code
             "source", "implementation", "official", "pytorch", "tensorflow", "keras", "jax", "mxnet", "caffe",
             "matlab", "r", "python", "software", "package", "toolbox", "toolkit", "project", "src",
             # a framework's short name qualifying a code word ("[(code-tf)](…)", "[code (torch)](…)"): weak alone
             # ("[tf](…)" says nothing), so only beside "code" or "github" does it label the work's code
             "tf", "torch", "paddle", "mindspore", "chainer", "theano",
             # "[(related sources)](github…/…Papers)": the sources of others the list relates the work to (weak: only
             # "related" makes it a label)
             "sources",
             # the same labels in Spanish, Portuguese, German, French, Italian, Russian, Vietnamese, Turkish
             "código", "codigo", "quellcode", "quelltext", "repositorio", "repositório", "dépôt", "codice",
             "код", "репозиторий", "mã", "nguồn", "kaynak", "kodu", "kod"}
            | _RELEASE_WORDS,  # what a model's code is released with: only beside a code word
    "paper": {"paper", "papers", "pdf", "arxiv", "article", "publication", "doi", "journal", "preprint",
              "ref", "refs",  # "[[ref](…)] - **Title**": the link to the cited reference
              "biorxiv", "medrxiv", "openreview", "semanticscholar", "proceedings", "abstract", "abs",
              "full", "text", "fulltext", "pubmed", "pmc", "html", "link", "ieee", "acm", "springer",
              "nature", "science", "cell", "lancet", "nejm", "jama", "bmj", "elsevier", "ssrn",
              "researchgate", "medline", "manuscript", "published", "version", "supplementary", "direct",
              # "Title — MIDL 2022 [[dblp]](dblp.org/rec/conf/midl/…)": the bibliography's record of the paper, a
              # link label as "[pubmed]" and "[researchgate]" are (no venue called "dblp")
              "dblp",
              # what kind of scholarly work the link leads to: "[Nature Protocol Paper](…)", "[Book chapter,
              # Review](…)"
              "protocol", "protocols", "review", "chapter", "book",
              # "Download conference paper PDF, https://link.springer.com/content/pdf/…": the kind of paper the
              # document is (weak: "[Conference](…)" alone names an event, no role)
              "conference",
              "artículo", "articulo", "artigo", "publikation", "artikel", "aufsatz", "articolo", "статья",
              "статьи", "bài", "báo", "makale", "makalesi",
              # "[Papier](…)" (German, French), "[препринт](…)" (a preprint), "[публикация](…)", "[publicación](…)"
              "papier", "препринт", "публикация", "publicación", "publicacion", "publicação", "veröffentlichung"},
    "dataset": {"dataset", "datasets", "data", "database", "databases", "corpus", "corpora", "download", "db",
                "downloads", "set", "benchmark", "annotations", "images", "files",
                "benchmarks"},  # "| Model | Pretraining Data | Benchmarks |": what a model was evaluated on
    # ("[Presentation](github…/blob/master/presentations/Talk.pdf)": a talk's slides, a PDF but no article)
    "other": {"website", "homepage", "home", "page", "blog", "post", "video", "videos", "slides", "demo",
              "presentation", "presentations", "talk", "tutorial", "project-page", "site", "web", "news", "poster", "youtube", "leaderboard",
              "information", "info", "landing", "main", "search", "tool", "docs", "documentation",
              # "[Paper Details](papers.miccai.org/…/529-Paper1623.html)": the page that details the work the word
              # before names (weak: "[Details](…)" alone names no role)
              "details",
              "introduction", "chinese", "中文", "translation", "summary", "notes", "here", "more", "url",
              "lecture", "lectures", "lec", "seminar", "webinar",
              # "He delivered a [keynote speech](…/Program.pdf)": a talk, its programme a PDF but no article
              "keynote", "keynotes", "speech", "speeches",
              # "[**[manual]**](elastix.isi.uu.nl/download/elastix_manual_v4.8.pdf)": a tool's manual, a PDF but no
              # article (its documentation, as "[docs]" is)
              "manual", "manuals",
              # "[Web server](phage.ee.cityu.edu.hk)", "[Webserver](…)": a tool's online service, a page, no article
              "server", "servers", "webserver", "webservers", "web-server",
              # "CV: [Download CV](Okafor_CV.pdf)": a personal page's résumé, a PDF but no article
              "cv", "resume", "résumé", "vitae",
              # the same in Russian, German, Spanish, French: a site ("[сайт](…)", "[Webseite](…)", "[sitio](…)"), a
              # video, a blog, slides, a talk
              "сайт", "веб-сайт", "видео", "блог", "слайды", "презентация", "доклад", "webseite", "projektseite",
              "folien", "vortrag", "sitio", "vídeo", "diapositivas", "presentación", "vidéo", "diapositives",
              "présentation"},
}
_EN_STRONG = {  # a label made of generic words only says something if it contains one of these
    "related_code": {"related", "unofficial", "nonofficial", "non-official", "third-party", "thirdparty", "unoff",
                     "unoff.", "unoffical", "inofficial", "releated", "similar",
                     "reimplementation", "re-implementation", "reimplemented", "re-implemented", "reproduction",
                     "reproduced"},
    "code": {"code", "codes", "github", "gitlab", "bitbucket", "gitee", "repo", "repos", "repository",
             "repositories", "implementation", "pytorch", "tensorflow", "keras", "src",
             # a framework's name alone labels an implementation as "[pytorch]" does: "[[caffe](…)][[pytorch](…)]",
             # "[[mxnet](…)]" ("python" and "r" stay weak: languages name packages and pages too)
             "caffe", "mxnet", "jax", "matlab",
             "código", "codigo", "quellcode", "quelltext", "repositorio", "repositório", "dépôt", "codice",
             "код", "репозиторий", "mã", "kaynak", "kodu", "kod"},
    "paper": {"paper", "papers", "pdf", "arxiv", "article", "publication", "doi", "preprint", "biorxiv",
              "medrxiv", "openreview", "semanticscholar", "proceedings", "pubmed", "pmc", "manuscript",
              "journal", "abs", "abstract", "ref", "refs", "chapter", "dblp",
              "artículo", "articulo", "artigo", "publikation", "artikel", "aufsatz", "articolo", "статья",
              "статьи", "báo", "makale", "makalesi",
              "papier", "препринт", "публикация", "publicación", "publicacion", "publicação", "veröffentlichung"},
    # "Benchmarks" (a column of a model table) names the data a work is evaluated on, a benchmark's own
    # repository being no code of the row's work ("[Benchmark](…)" alone stays a generic label: a page)
    "dataset": {"dataset", "datasets", "data", "database", "databases", "corpus", "corpora", "db", "benchmarks"},
    "other": {"website", "homepage", "blog", "video", "videos", "slides", "presentation", "presentations", "demo",
              "talk", "tutorial",
              "site", "news", "poster", "youtube", "leaderboard", "information", "info", "landing", "docs",
              "documentation", "chinese", "translation", "search", "main",
              # "[**Lecture 1:**](…/BEBi 205 - Lecture 1.pdf)": a course's slides, not an article
              # ("[Seminar - Slides](…/20_Seminar_….pdf)": a talk's slides, a PDF but no article)
              "lecture", "lectures", "lec", "seminar", "webinar", "keynote", "keynotes", "speech", "speeches",
              "manual", "manuals", "cv", "resume", "résumé", "vitae",
              # "server" alone stays weak ("[Server](github.com/…)" is a project's server code)
              "webserver", "webservers", "web-server",
              "сайт", "веб-сайт", "видео", "блог", "слайды", "презентация", "доклад", "webseite", "projektseite",
              "folien", "vortrag", "sitio", "vídeo", "diapositivas", "presentación", "vidéo", "diapositives",
              "présentation"},
}
#: every English label word of every role (built once: a label made only of these may be a label)
_EN_VOCAB = frozenset().union(*_EN_WORDS.values())
# Chinese labels are compounds (项目地址 = project + address): matched by containment, in priority order.
_ZH_KEYWORDS: list[tuple[str, tuple[str, ...]]] = [
    # "多个实现" / "多种实现" (several implementations): a collection of others' ports, not the authors' own code
    # (Japanese written in kanji only: "非公式実装" an unofficial implementation, "第三者実装" a third party's, "再実装"
    # a reimplementation; "公式実装", the official one, is the code)
    ("related_code", ("相关代码", "第三方", "非官方", "复现", "多个实现", "多种实现", "非公式", "第三者", "再実装",
                      "再現実装")),
    # "官方文档", "实现文档", "文档入口" (documentation, its entry page): the docs of a tool, neither its code nor
    # its paper, even when the label names the implementation ("实现文档") or the paper ("论文文档")
    ("other", ("文档",)),
    ("dataset", ("数据集", "数据下载", "数据地址", "语料", "数据")),
    ("code", ("代码", "源码", "项目地址", "开源地址", "github", "实现", "実装")),
    # "论文思路", "论文笔记", "论文解读": a reader's notes on, or a walk-through of, the paper, not the paper itself
    ("other", ("笔记", "思路", "解读", "精读", "解説")),
    # "全文：[PMC](…)" (full text): the paper's own text on another host; "論文" is the word in Japanese (and
    # traditional Chinese) writing, "[論文](https://doi.org/…)"
    ("paper", ("论文", "論文", "文章", "原文", "综述", "预印本", "全文")),
    # "官方站点", "官方概览" (site, overview): the project's pages, as "Website" / "Overview" are
    ("other", ("官网", "主页", "博客", "视频", "新闻", "解析", "演示", "评测地址", "比赛地址", "下载地址", "站点", "网站",
               "概览")),
]
_ZH_CODE_WORDS = dict(_ZH_KEYWORDS)["code"]
#: Japanese labels written in kana ("[コード](github…)", "[データセット](…)", "[論文解説](…)"): compounds as
#: Chinese ones are, matched by containment in the same way, in priority order (a reader's walk-through of the
#: paper, "解説", is no paper; the paper word itself is a kanji one, "論文", which ``_ZH_KEYWORDS`` holds)
_JA_KEYWORDS: list[tuple[str, tuple[str, ...]]] = [
    # "非公式コード" (unofficial code), "サードパーティ実装" (a third party's), "有志による実装" (by volunteers), "再実装"
    # (a reimplementation): someone else's code, never the paper's own ("公式コード", the official one, is)
    ("related_code", ("非公式", "サードパーティ", "第三者", "有志", "再実装", "再現実装")),
    ("other", ("解説", "ブログ", "スライド", "動画", "記事", "ドキュメント")),
    ("dataset", ("データセット", "データ", "コーパス")),
    ("code", ("コード", "実装", "ソース", "リポジトリ", "github")),
    ("paper", ("論文", "原文", "プレプリント")),
]
#: Korean role nouns (``[논문](…)`` paper, ``[코드](…)`` code). Korean writes words apart and puts a phrase's
#: head noun last ("공식 코드" official code, "NeurIPS 2024 논문" the NeurIPS 2024 paper, "저자 공개 코드" the
#: authors' released code), so a label's role is its last word's
_KO_ROLE_NOUNS: dict[str, str] = {
    **dict.fromkeys(("논문", "원문", "프리프린트", "초록", "전문"), "paper"),
    **dict.fromkeys(("코드", "소스코드", "소스", "구현", "구현체", "깃허브", "저장소", "레포"), "code"),
    **dict.fromkeys(("데이터셋", "데이터", "데이터세트", "말뭉치", "코퍼스"), "dataset"),
    # a talk, a demo, an introduction page, slides, a blog post, a review or a summary of the work: its pages
    **dict.fromkeys(("발표", "시연", "소개", "슬라이드", "블로그", "영상", "동영상", "홈페이지", "웹사이트", "리뷰",
                     "요약", "정리", "해설", "설명", "문서"), "other"),
}
#: Korean words that credit a code label's code to someone other than the paper's authors: "비공식 코드" (unofficial
#: code), "제3자 구현" (a third party's implementation), "서드파티 코드", "커뮤니티 구현", "재구현 코드" (reimplemented
#: code), also glued to the noun ("비공식코드"); "공식 코드" (official code) and "저자 공개 코드" stay the paper's code
_KO_THIRD_PARTY = ("비공식", "제3자", "서드파티", "써드파티", "커뮤니티", "재구현", "재현")
#: Korean particles that join two nouns ("논문과 보충자료" the paper and its supplement): the first noun so joined
#: names the link's role when the last one names none, as "代码和数据集" takes its first role
_KO_AND = re.compile(r"(?:과|와|및)$")
_HANGUL = re.compile("[\uac00-\ud7a3]")
#: Japanese kana: a text holding them is Japanese, whose "…的" ("効果的") closes an adjectival noun, not a sentence
_KANA = re.compile("[\u3040-\u30ff]")
#: a Chinese link text ending in one of these labels its link (``Github项目地址``, ``竞赛官方地址``,
#: ``CCL2021评测官网``) however long it is; ``中文NLP数据集搜索`` is a name that contains a role word
_ZH_LABEL_ENDINGS = ("地址", "链接", "网址", "官网", "主页", "下载")
#: ``ACL 2018``, ``MICCAI 2018``, ``NeurIPS'19``, ``JMI 2018``: a venue label links the paper; so does a venue with
#: its year in brackets (``Synthetic Biology Journal (2023)``, ``Nature (2021)``), the closing bracket already
#: stripped with the label's ends (a four-digit year there: "(23" is no year)
_VENUE_YEAR = re.compile(r"^[A-Za-z][A-Za-z&.\- ]{1,30}(?:(?:\s+|\s*')(?:19|20)?\d{2}|\s*\((?:19|20)\d{2})$")

#: a venue's acronym with its year glued on ("CVPR17", "ICCV2015", "MICCAI18"): read as a venue's edition only when
#: the letters are a venue's word, since a model's name is often letters and digits too ("VGG16", "ResNet50")
_GLUED_VENUE_YEAR = re.compile(r"^(?P<venue>[A-Za-z]{3,10})(?P<year>(?:19|20)\d{2}|\d{2})$")


#: an author-year citation without brackets: a name (perhaps with initials) and "et al" before the year ("Manas
#: et al 2021", "Ji S. et al. 2021"), or a surname and its initials right before it ("Komati N. 2021")
_AUTHOR_YEAR_CITATION = re.compile(r"^[A-Z][\w'’-]+(?:\s+[A-Z]\.)*(?:,?\s+et\.?\s*al\.?|(?:\s+[A-Z]\.)+),?\s+(?:19|20)\d{2}$")

#: words of an event that publishes no proceedings (a school, a course, a hackathon): a label naming one with
#: its year is the event's name, not a venue citing a paper ("lecture" stays out: "Lecture Notes in Computer
#: Science 2020" is a venue)
_EVENT_WORDS = frozenset("school bootcamp hackathon meetup course seminar webinar".split())

#: words that, right before a year, make "X in 2021" a phrase rather than a venue with its year
_YEAR_PREPOSITIONS = frozenset("in of for since from to until during by before after".split())


#: a reference list's citation label: one or two surnames, or a surname and "et al.", then the year ("Ioannidis
#: 2005", "Smith and Waterman 1981", "Esteva et al. 2017", "Karplus and McCommon 2002", "Lek et al. (2016)"); a
#: surname is capitalised and lower case after (a "Mc"/"Mac"/"O'" prefix may take a second capital; a Latin-1
#: accented letter counts, "Hernán and Robins (2008)")
_SURNAME = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+(?:[A-Z][a-z]+)?(?:-[A-Z][a-z]+)?"
_AUTHOR_YEAR_LABEL = re.compile(
    rf"^{_SURNAME}(?:\s+(?:and|&)\s+{_SURNAME}|,?\s+et\.?\s*al\.?)?,?\s+\(?(?:19|20)\d{{2}}[a-z]?\)?$")


#: a byline whose first (or second) author's surname is two words, "Lazar Reich and Vijaykumar (2020)", "Ricci Lara
#: et al (2023)": only with "and" or "et al" after it (a two-word name alone, "Deep Learning (2016)", is no byline),
#: and only with the year in brackets
_COMPOUND_SURNAME_BYLINE = re.compile(
    rf"^{_SURNAME}(?: {_SURNAME})?(?:\s+(?:and|&)\s+{_SURNAME}(?: {_SURNAME})?|,?\s+et\.?\s*al\.?)"
    r"\s+[(（](?:19|20)\d{2}[a-z]?[)）]$")


def bracketed_year_byline(text: str) -> bool:
    """``Angwin et al (2016)``, ``Chouldechova (2017)``, ``Lazar Reich and Vijaykumar (2020)``: the authors by
    surname and the year in brackets, as a reading list writes a citation's head before the linked title
    (``author_year_label``, or a two-word surname before "and" or "et al")."""
    text = " ".join(text.split()).rstrip(" ,")
    if not text.endswith((")", "）")):
        return False
    return author_year_label(text) or _COMPOUND_SURNAME_BYLINE.match(_SURNAME_PARTICLE.sub("", text)) is not None


def author_year_label(text: str) -> bool:
    """``[Ioannidis 2005](…)``, ``[Esteva et al. 2017](…)``, ``[Smith and Waterman 1981](…)``: a link whose text
    cites the work by its authors and year only, as a reference list's label does (broader than
    ``author_year_byline``: one surname alone or two joined by "and" count, the year may be bracketed). Such a
    label names no title; where the title is is the caller's to tell. A capitalised name particle may open the
    surname ("Van Noorden (2013)", "De Backer et al. 2020")."""
    return _AUTHOR_YEAR_LABEL.match(_SURNAME_PARTICLE.sub("", " ".join(text.split()).rstrip(" ."))) is not None


#: a work's coined name dated by its year in brackets, as a prose note cites it ("ChemBERTa (2020)", "Self-Attention
#: DTI (2019)"), "paper" after it saying which of the work's links it is ("MolGraph (2022) paper"): one to four
#: words, each opening with a letter; single spaces between, so a long text fails fast
_DATED_NAME = re.compile(r"(?P<name>[A-Za-z][\w*+./'-]*(?: [A-Za-z][\w*+./'-]*){0,3}) [(（](?P<year>(?:19|20)\d\d)[)）]"
                         r"(?: paper)?")
#: what coins a name rather than a surname: two capitals in a row ("BERT", "DTI"), a letter beside a digit ("T5"),
#: or a capital inside a word ("MolGraph") that no surname's prefix explains ("MacKay", "McDonald", "DeBakey")
_COINED = re.compile(r"[A-Z]{2}|[A-Za-z]\d|\d[A-Za-z]"
                     r"|(?<![\w'’])(?!(?:Mac|Mc|De|Di|Da|Du|La|Le|Van|Von)[A-Z])[A-Z][a-z]+[A-Z]")


def dated_coined_name(text: str, coined: bool = True) -> tuple[str, int] | None:
    """``[ChemBERTa (2020)](arxiv…)``, ``[Self-Attention DTI (2019)](…pdf)``: a link whose text is a coined name
    (an acronym run, a digit or an inner capital in it, and lower case too) and the year in brackets cites a method,
    a model or a tool by its name, as prose notes do. Not an author-year label ("Breiman (2001)", "McDonald (2010)":
    a surname has no two capitals in a row, nor an inner capital but after its prefix), nor an acronym alone
    ("GROVER (2020)": a venue's or a data set's name as well). ``coined=False`` when the link itself says it cites
    no person's work (a repository's: "[Grover (2020)](github…)" names a model): any dated short name counts then.
    → (name, year), or None."""
    if len(text) > 80 or "(" not in text and "（" not in text:
        return None
    m = _DATED_NAME.fullmatch(" ".join(text.split()))
    if m is None or coined and (not _COINED.search(m["name"]) or not any(c.islower() for c in m["name"])):
        return None
    return m["name"], int(m["year"])


#: a citation key glued from a surname and a year, as a reading list writes its links ("Degnan2005",
#: "SolisLemus2016a", "vanDerMaaten2008", "Garcia-Perez2019"): name particles glued on before a capital, then one to
#: three capitalised parts (each opens on a capital, so the parts cannot trade letters: no backtracking on a long
#: text), then a 19xx/20xx year and perhaps a letter
_GLUED_AUTHOR_KEY = re.compile(rf"(?:{SURNAME_PARTICLE}(?=[A-Z]))*[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+"
                               r"(?:-?[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+){0,2}(?:19|20)\d\d[a-z]?")


def glued_author_year_key(text: str) -> bool:
    """``[Degnan2005](…)``, ``[SolisLemus2016](…)``, ``[vanDerMaaten2008](…)``: a link text that is a glued
    author-year key, as a lab's reading list names each paper by its first author's surname and year. Such a link
    names its own work (the words before it are a topic or a note, each keyed link on a line is a work, a keyed
    sub-bullet is no field of the item above). Not a venue's edition glued to its year ("Nature2019", "CVPR17":
    ``glued_venue_year``)."""
    t = text.strip().strip("`*_")
    return len(t) <= 48 and _GLUED_AUTHOR_KEY.fullmatch(t) is not None and glued_venue_year(t) is None


#: capitalised name particles that may open a surname ("Van Hasselt", "De Backer", "Von Luxburg")
_SURNAME_PARTICLE = re.compile(rf"^(?:{SURNAME_PARTICLE}\s+)+")


#: a first author and "et al." opening a citation label, before its venue and year ("Smail et al. AJHG 2022")
_ETAL_LABEL_LEAD = re.compile(rf"^{_SURNAME}(?:\s[A-Z]\.)*,?\set\.?\s?al\.?,?\s")


def author_venue_year_label(text: str) -> bool:
    """``[Smail et al. AJHG 2022](pubmed…)``, ``[Li et al., Nature 2021](…)``: a link whose text cites the work by its
    first author, "et al.", its venue and year. Such a text names a work (by its byline, as "Smail et al. 2022"
    does), not only the link's role, though its tail alone reads as a venue label ("AJHG 2022"): a paragraph that
    opens with it is that work's entry, not a line of the entry before it."""
    s = _SURNAME_PARTICLE.sub("", " ".join(text.split()))
    lead = _ETAL_LABEL_LEAD.match(s)
    return lead is not None and venue_year_label(s[lead.end():].rstrip(" ."))


def author_year_byline(text: str) -> bool:
    """``Wu et al., 2025``, ``Ji S. et al. 2021``, ``Komati N. 2021``: a text that is only a work's citation by its
    first author and year (no title, no venue). Notes files set it in bold before the title, ``**Wu et al.,
    2025** PathVLM-R1: …``, where the bold's end closes the byline as a full stop would."""
    return _AUTHOR_YEAR_CITATION.match(" ".join(text.split()).rstrip(" .")) is not None


def glued_venue_year(label: str) -> tuple[str, int] | None:
    """``CVPR17`` → ("CVPR", 2017), ``ICCV2015`` → ("ICCV", 2015): a venue's acronym with its year glued on, the
    letters a venue's word (``VENUE_WORDS``); None for anything else ("VGG16", "ResNet50")."""
    glued = _GLUED_VENUE_YEAR.match(label.strip().strip("`[]() "))
    if glued is None or glued["venue"].lower() not in VENUE_WORDS:
        return None
    year = int(glued["year"])
    return glued["venue"], year if year >= 100 else 2000 + year


#: a year of two digits after a space, closing a label ("CVPR 17"; not "CVPR'17", "CVPR 2017")
_SPACED_SHORT_YEAR = re.compile(r"(?<=\s)\d{2}$")


def _venue_acronym_or_name(name: str) -> bool:
    """``MICCAI``, ``CVPR``, ``Medical Image Analysis``: one upper-case acronym (two to eight letters) or a name the
    venue vocabulary knows."""
    name = name.strip()
    return (name.isalpha() and name.isupper() and 2 <= len(name) <= 8) or names_venue(name)


def venue_year_label(label: str) -> bool:
    """``MICCAI 2018``, ``NeurIPS'19``, ``Synthetic Biology Journal (2023)``, ``CVPR17``: a venue and its year."""
    if _GLUED_VENUE_YEAR.match(label.strip()) is not None:
        # "| LapSRN | [CVPR17](lab's project page) | [Matlab](github…) |": a table's paper cell labelled by the
        # venue's edition, its year glued on, labels the paper as "CVPR 2017" does
        return glued_venue_year(label) is not None
    m = _VENUE_YEAR.match(label)
    if m is None:
        return False
    if _SPACED_SHORT_YEAR.search(label) is not None and not _venue_acronym_or_name(label.rsplit(None, 1)[0]):
        # "NIH Chest X-ray 14", "Task 14", "Version 12": two digits after a space number a thing (a data set's
        # edition, a task, a release) unless what they follow is a venue ("MICCAI 19", "Medical Image Analysis 21")
        return False
    if _names_course_session(label):
        # "Week 10", "Lecture 11": a course's schedule numbering one meeting (two digits read as "'10"), no venue's
        # edition; a homework line whose hard breaks ran the next weeks' labels into it became a paper by it
        return False
    words = label.lower().split()
    if len(words) >= 2 and words[-2] in _YEAR_PREPOSITIONS:
        # "PubChem in 2021", "The ChEMBL database in 2017": a preposition before the year makes it a phrase
        # (the opening of a title, "PubChem in 2021: new data content …"), not a venue and its edition
        return False
    if any(w in _EVENT_WORDS for w in words):
        # "[Medical Imaging Summer School 2014](…)", "[Hackathon 2019](…)": a teaching or gathering event and
        # its year names the event's site, it publishes no paper the link could be
        return False
    if not label.rstrip().endswith(("(19", "(20")) and "(" not in label:
        # "Manas et al 2021", "Ji S. et al 2021", "Komati N. 2021": a citation by the authors and the year (a
        # dataset's, a paper's), not a venue's edition: the link is the cited work itself, named by its authors,
        # and the bullet is no "paper" field of a record around it (a list of such bullets under "### Data
        # Sources" is no record titled by that heading)
        return not _AUTHOR_YEAR_CITATION.match(label.strip())
    name = label.split("(", 1)[0]
    words = name.lower().split()
    if "et" in words or "al." in words or "al" in words or "and" in words or "&" in name:
        return False
    # a name of two words or more with a venue's word (``Protein Engineering Letters``): ``EnzyFormer (2023)`` and
    # ``Active Site Mapper (2022)`` name a work, ``Okafor et al. (2021)`` and ``A and B (2019)`` cite one
    # ("Sci. China Inf. Sci. (2025)": a journal's ISO 4 abbreviation, its stop-ended words those of venues)
    return len(words) >= 2 and (any(w in VENUE_WORDS or w == "review" for w in words)
                                or names_abbreviated_journal(name.strip()))

# ----------------------------------------------------------------------------- hosts
# ("nips.cc/virtual/2024/poster/96289": NeurIPS's older domain still serves its paper pages, as neurips.cc does)
_PAPER_HOSTS = (
    "arxiv.org", "openreview.net", "aclweb.org/anthology", "aclanthology.org", "papers.nips.cc", "proceedings.neurips.cc",
    # an ACL conference's virtual site serves one page per paper: "virtual2023.aclweb.org/paper_TrustNLP_13.html"
    "aclweb.org/paper_",
    "neurips.cc", "nips.cc", "proceedings.mlr.press", "jmlr.org", "openaccess.thecvf.com", "ieeexplore.ieee.org",
    # the CVF's older open-access host (CVPR and ICCV 2013-2015): "www.cv-foundation.org/openaccess/content_cvpr_2015/…"
    "cv-foundation.org/openaccess",
    "sciencedirect.com", "link.springer.com", "nature.com", "academic.oup.com", "onlinelibrary.wiley.com",
    "dl.acm.org", "biorxiv.org", "medrxiv.org", "pubmed.ncbi.nlm.nih.gov", "europepmc.org",
    "semanticscholar.org", "researchgate.net/publication", "jamanetwork.com", "thelancet.com", "nejm.org", "bmj.com",
    "cell.com", "science.org", "sciencemag.org", "pnas.org", "frontiersin.org", "mdpi.com", "hindawi.com",
    "plos.org", "biomedcentral.com", "aaai.org", "ijcai.org", "ssrn.com", "researchsquare.com",
    # MIT Press's journals: "hdsr.mitpress.mit.edu/pub/l0jsh9d1/release/7" (Harvard Data Science Review, one PubPub page
    # per article, no DOI in the address) and MIT Press Direct ("direct.mit.edu/neco/article/…")
    "hdsr.mitpress.mit.edu", "direct.mit.edu",
    "embopress.org", "tandfonline.com", "sagepub.com", "karger.com", "thieme-connect.com", "lww.com",
    "ahajournals.org", "pubs.rsna.org", "ajronline.org", "iopscience.iop.org", "spiedigitallibrary.org",
    # (Google Scholar on any country's host: "scholar.google.co.kr/scholar?hl=ko&q=…", "scholar.google.co.jp/…",
    # "scholar.google.de/…", as a Korean, Japanese or German reader's browser links a title search)
    "jstage.jst.go.jp", "doi.org", "dx.doi.org", "scholar.google.", "neurology.org", "isca-speech.org",
    "isca-archive.org", "lrec-conf.org", "elra.info", "miccai.org", "jmir.org", "bioinformatics.oxfordjournals.org",
    "ncbi.nlm.nih.gov/pmc", "ncbi.nlm.nih.gov/pubmed", "cvpr", "eccv", "iclr.cc", "icml.cc", "peerj.com",
    "f1000research.com", "elifesciences.org", "annualreviews.org", "cambridge.org", "acs.org", "rsc.org",
    # F1000Research's sister open-peer-review platforms, one page per article ("wellcomeopenresearch.org/articles/5-88/v2")
    "wellcomeopenresearch.org/articles", "gatesopenresearch.org/articles", "hrbopenresearch.org/articles",
    "open-research-europe.ec.europa.eu/articles",
    "techrxiv.org", "preprints.org", "chemrxiv.org", "cshlp.org", "reader.elsevier.com",
    # more publishers' and indexes' article pages: AACR journals ("aacrjournals.org/cancerres/article/…"),
    # IngentaConnect ("ingentaconnect.com/content/…/art00005"), RePEc ("econpapers.repec.org/article/…",
    # "ideas.repec.org/a/…"), an institution's EPrints repository ("eprints.lums.ac.ir/3751/"), SafetyLit's
    # citation pages ("safetylit.org/citations/…")
    "aacrjournals.org/", "ingentaconnect.com/content/", "repec.org/a", "repec.org/p", "eprints.",
    "safetylit.org/citations/",
    # Elsevier's DOI resolver for its journals ("linkinghub.elsevier.com/retrieve/pii/S0895…", how PubMed
    # links out) and the Journal of Statistical Software's article pages ("jstatsoft.org/article/view/v034i12")
    "linkinghub.elsevier.com/retrieve", "jstatsoft.org/article",
    # the IEEE Computer Society Digital Library's article pages, one per article, no DOI in the address
    # ("computer.org/csdl/journal/tk/5555/01/09705116/1AII1Yh8t44", "…/csdl/proceedings-article/bibm/2021/…"); a
    # journal's own home there ("computer.org/csdl/journal/tk") is a venue page (``_PROCEEDINGS_TOC``)
    "computer.org/csdl/journal/", "computer.org/csdl/proceedings-article/",
    # the ASBMB journals' article pages, addressed by the article's PII, no DOI ("mcponline.org/article/S1535-9476(20)
    # 35114-8/fulltext": Molecular & Cellular Proteomics; "jbc.org/article/…", "jlr.org/article/…"), which proteomics
    # tool lists link as each tool's paper
    "mcponline.org/article/", "jbc.org/article/", "jlr.org/article/",
    # Portland Press's journals (Biochemical Journal, The Biochemist, Essays in Biochemistry), one page per article
    # by volume, issue and page ("portlandpress.com/biochemist/article/42/5/64/226371/A-beginner-s-guide-to-…")
    "portlandpress.com/",
    # Project Euclid's article pages for statistics and mathematics journals ("projecteuclid.org/euclid.imsc/…",
    # "projecteuclid.org/journals/annals-of-statistics/volume-43/…"), which multi-table and omics reviews cite
    "projecteuclid.org/",
    # CiteSeerX's copy of one paper ("citeseerx.ist.psu.edu/document?repid=rep1&type=pdf&doi=7ad15b…",
    # "…/viewdoc/summary?doi=10.1.1.…"): a digital library of papers, its "doi" a CiteSeerX id, not a DOI
    "citeseerx.ist.psu.edu/document", "citeseerx.ist.psu.edu/viewdoc",
    # clinical journals' own sites, as 2000s reading lists link them: the BMJ group's old domain
    # ("bmj.bmjjournals.com/cgi/content/full/…", "thorax.bmjjournals.com/…"), JAMA's ("jama.ama-assn.org/cgi/…"),
    # Annals of Internal Medicine's ("annals.org/cgi/reprint/…", "acpjournals.org/doi/…"), CMAJ's, JCO's
    "bmjjournals.com/", "ama-assn.org/cgi/", "annals.org/", "acpjournals.org/", "cmaj.ca/", "jco.org/",
    "ascopubs.org/",
    # Scientific Research Publishing's article pages: its full text as HTML ("file.scirp.org/Html/1-7600391_58398.htm")
    # or PDF, and an article's record ("scirp.org/journal/paperinformation?paperid=58398"); not a journal's home
    "file.scirp.org/html/", "file.scirp.org/pdf/", "scirp.org/journal/paperinformation", "scirp.org/html/",
    # Oxford's journals on their pre-2017 HighWire sites ("aje.oxfordjournals.org/content/150/4/327.short",
    # "biomet.oxfordjournals.org/content/87/3/706", "…/cgi/content/abstract/152/4/315"): one article each (a
    # journal's bare domain is its home page)
    "oxfordjournals.org/content/", "oxfordjournals.org/cgi/",
    # national article databases: KoreaScience ("koreascience.or.kr/article/JAKO202010163509916.page"),
    # J-STAGE is above, CiNii Research ("cir.nii.ac.jp/crid/…"), SciELO ("scielo.br/j/…/a/…")
    "koreascience.or.kr/article", "kiss.kstudy.com/thesis", "dbpia.co.kr/journal/articledetail",
    "cir.nii.ac.jp/crid", "scielo.br/j/", "scielo.org", "scielo.php",
    # China's article databases, which Chinese lists link for their domestic papers and theses: CNKI's article
    # pages ("kns.cnki.net/kcms2/article/abstract?v=…", "kns.cnki.net/kcms/detail/detail.aspx?dbcode=CMFD…")
    # and Wanfang Data's ("d.wanfangdata.com.cn/periodical/…", "…/thesis/…", "…/conference/…"); their search
    # and home pages ("kns.cnki.net/kns8/defaultresult/index") name no one work
    "cnki.net/kcms", "wanfangdata.com.cn/periodical/", "wanfangdata.com.cn/thesis/",
    "wanfangdata.com.cn/conference/",
    # a GitXiv post (2015-2018 lists: "[[github](…)][[gitxiv](gitxiv.com/posts/…)]") is the page of one
    # arXiv paper and its code: the record it sits in is about that paper
    "gitxiv.com/posts/",
    # ProQuest's page of one document, a journal article or a thesis ("proquest.com/scholarly-journals/…/docview/
    # 3153791278/se-2", "proquest.com/docview/2487716512", "proquest.com/dissertations-theses/…",
    # "search.proquest.com/openview/8f1e…/1"), as Google Scholar links it; its home page names no one work
    "proquest.com/docview/", "proquest.com/scholarly-journals/", "proquest.com/dissertations-theses/",
    "proquest.com/openview/",
    # a Papers with Code paper page ("paperswithcode.com/paper/deep-learning-approach-to-diabetic") is one paper's
    # page (its abstract, its arXiv link and its implementations): the record it sits in is about that paper
    "paperswithcode.com/paper/",
    # an industrial lab's page of one of its publications (its abstract and PDF), which reading lists link as the
    # paper: Google Research ("research.google/pubs/pub50116/", "research.google.com/pubs/pub45530.html",
    # "ai.google/research/pubs/pub46555"), Microsoft Research ("microsoft.com/en-us/research/publication/<slug>/"),
    # Meta AI ("ai.meta.com/research/publications/<slug>/"), Amazon Science ("amazon.science/publications/<slug>")
    "research.google/pubs/pub", "research.google.com/pubs/pub", "ai.google/research/pubs/pub",
    "microsoft.com/en-us/research/publication/", "ai.meta.com/research/publications/",
    "amazon.science/publications/",
    # a bibliographic index's record of one paper, which reading lists link where they found the paper rather than
    # the publisher's page: dblp's record ("dblp.org/rec/conf/miccai/SmithL20.html", on its older mirror
    # "dblp.uni-trier.de/rec/…") and Connected Papers' graph around one paper ("connectedpapers.com/main/<id>/<slug>/
    # graph", its "api/redirect/arxiv/<id>" address); an author's page ("dblp.org/pid/…"), a proceedings' table of
    # contents ("dblp.org/db/conf/…") and the indexes' home pages name no one work
    "dblp.org/rec/", "dblp.uni-trier.de/rec/", "connectedpapers.com/main/", "connectedpapers.com/api/redirect/",
    # BioMed Central's journals on their own legacy domains ("genomebiology.com/2009/10/3/r25",
    # "genomemedicine.com/content/3/2/7", "ccforum.com/content/14/3/R81"): one article each (the bare
    # domain is the journal's home page, which _VENUE_HOME sets apart)
    "genomebiology.com/", "genomemedicine.com/", "ccforum.com/", "breast-cancer-research.com/",
    "arthritis-research.com/", "retrovirology.com/", "malariajournal.com/", "almob.org/", "jcheminf.com/",
    "microbiomejournal.com/", "epigeneticsandchromatin.com/", "translational-medicine.com/",
    "molecular-cancer.com/", "biomedical-engineering-online.com/", "implementationscience.com/",
    "jneuroinflammation.com/", "gigasciencejournal.com/",
    # a Distill article ("distill.pub/2021/gnn-intro/"): the journal publishes each article as a page
    "distill.pub/20",
    # Springer Nature's SharedIt link, the free-to-read address of one article an author shares ("rdcu.be/b46sX");
    # and one abstract of the ISMRM annual meeting's proceedings ("archive.ismrm.org/2017/5072.html"), which MRI
    # groups cite as their conference papers (the archive's bare home names no one work)
    "rdcu.be/", "archive.ismrm.org/19", "archive.ismrm.org/20",
    # The Company of Biologists' journals, one article a page on the journal's own host: Development
    # ("dev.biologists.org/content/144/7/1350"), Journal of Cell Science ("jcs.biologists.org/content/133/22/…"),
    # and their later home ("journals.biologists.com/dev/article/…")
    "biologists.org/content/", "journals.biologists.com/",
    # JSTOR's stable address of one article, chapter or book ("jstor.org/stable/4307965"), as older reading lists
    # and literature reviews link a paywalled classic; its home and search pages name no one work
    "jstor.org/stable/",
    # Academia.edu's page of one uploaded paper, by its number ("academia.edu/38765432/Deep_Learning_for_…") or its
    # work record ("academia.edu/resource/work/145550860"), as reading lists link a paper found there; a member's
    # profile ("independent.academia.edu/JaneDoe", "ucl.academia.edu/…") and a topic page
    # ("academia.edu/Documents/in/Radiology") name no one work
    "academia.edu/resource/work/", *(f"academia.edu/{digit}" for digit in "123456789"),
)
_DATASET_HOSTS = (
    "physionet.org", "zenodo.org", "figshare.com", "datadryad.org", "cancerimagingarchive.net",
    "openneuro.org", "archive.ics.uci.edu", "data.world", "huggingface.co/datasets", "dataverse",
    "synapse.org", "openkg.cn/dataset", "tianchi.aliyun.com/dataset", "mimic.mit.edu", "mimic.physionet.org",
    "nda.nih.gov", "ukbiobank.ac.uk", "gdc.cancer.gov", "cbioportal.org", "ncbi.nlm.nih.gov/geo",
    "data.gov", "kaggle.com/datasets", "kaggle.com/data", "data.mendeley.com", "osf.io", "nitrc.org",
    "ebi.ac.uk/arrayexpress", "ega-archive.org", "dbgap", "isic-archive.com", "medicaldecathlon.com",
    "paperswithcode.com/dataset", "registry.opendata.aws", "storage.googleapis.com", "drive.google.com",
    "pan.baidu.com", "kesci.com/home/dataset", "aistudio.baidu.com/datasetdetail",
)
#: DOI prefixes of data repositories (Zenodo, figshare, figshare+, EBRAINS, Dryad, TCIA, PhysioNet,
#: Mendeley Data, Harvard Dataverse, OpenNeuro, GBIF; Science Data Bank, "10.57760/sciencedb.3092948" and its
#: older "10.11922/sciencedb.…"; IEEE DataPort; the Johns Hopkins data archive, "10.7281/T1/…"; OSF's projects;
#: Kaggle's data sets; PANGAEA): the DOI names a dataset, not a paper
_DATASET_DOI_PREFIXES = ("10.5281/zenodo.", "10.6084/m9.figshare.", "10.25452/figshare.", "10.25493/",
                         "10.5061/dryad.", "10.7937/", "10.13026/", "10.17632/", "10.7910/dvn/",
                         "10.18112/openneuro.", "10.15468/", "10.57760/sciencedb.", "10.11922/sciencedb.",
                         "10.21227/", "10.7281/t1/", "10.17605/osf.io/", "10.34740/kaggle/ds", "10.1594/pangaea.")
def names_only_data(identifiers) -> bool:
    """Whether an entry's identifiers are one DOI minted by a data repository (``_DATASET_DOI_PREFIXES``: Mendeley
    Data, Zenodo, figshare, Dryad …) and nothing else: such a DOI names a deposited data set, not an article (an
    arXiv id, a PMID or a PMCID beside it says a paper is cited too)."""
    return bool(identifiers.doi) and identifiers.doi.lower().startswith(_DATASET_DOI_PREFIXES) \
        and not (identifiers.arxiv or identifiers.pmid or identifiers.pmcid)


#: DOI prefixes of code archives that deposit a paper's runnable code, not the paper: Code Ocean's capsules
#: ("doi.org/10.24433/CO.3558316.v1", the DOI a Nature journal prints under "Code availability"). A deposit, as a
#: Zenodo DOI is: a Code cell's only link to one is the row's code, never the paper's page nor a second paper
_CODE_DOI_PREFIXES = ("10.24433/co.",)
#: the same capsules by their address on the archive's own host
_CODE_ARCHIVE_HOSTS = ("codeocean.com/capsule/",)
#: archives that hold software only, by the names a list writes them with and the address of one deposit on the
#: archive's own host (a SourceForge project, a Software Heritage archive object, a Code Ocean capsule by its page
#: or its DOI): a link so named and so addressed is a work's code. Zenodo, figshare and OSF are left out: they hold
#: data as often as code, and their name alone does not say which
_SOFTWARE_ARCHIVES = (
    (frozenset({"sourceforge"}), ("sourceforge.net/projects/", "sourceforge.net/p/")),
    (frozenset({"software heritage", "softwareheritage", "swh"}), ("archive.softwareheritage.org/",)),
    (frozenset({"code ocean", "codeocean", "code ocean capsule", "codeocean capsule"}),
     _CODE_ARCHIVE_HOSTS + ("doi.org/10.24433/co.", "dx.doi.org/10.24433/co.")),
)


#: words of a link's text that name a data repository or join that name to what the link holds ("Zenodo (code)",
#: "code on figshare", "Source code (OSF)")
_DEPOSIT_NAME_WORDS = frozenset({"zenodo", "figshare", "osf", "dryad", "on", "at", "in", "via", "archived", "the"})
#: words that say a deposit holds software ("Software", "source code", "code")
_DEPOSIT_CODE_WORDS = frozenset({"code", "software", "source"})


def _deposit_label_says_code(label: str) -> bool:
    """``[Zenodo (code)](zenodo…)``, ``[code on figshare](figshare…)``, ``[Software](zenodo…)``, ``[Source code (OSF)](
    osf.io/…)``: the text of a link to a data repository says the deposit is the work's software, and names nothing
    else than that repository. Why: Zenodo, figshare and OSF hold data as often as code, so the address alone is
    typed a data set; a text naming the data too ("data and code", "Zenodo (images)") or nothing ("Zenodo") leaves it
    so, and "source" alone (a page a news item quotes) says no code."""
    words = set(re.findall(r"[a-z]+", _norm(label)))
    rest = words - _DEPOSIT_NAME_WORDS
    return bool(rest) and rest <= _DEPOSIT_CODE_WORDS and bool(rest & {"code", "software"})


#: the preprint servers by their hosts, with the names lists write them by
_PREPRINT_SERVER_HOSTS = (("arxiv.org", "arXiv"), ("biorxiv.org", "bioRxiv"), ("medrxiv.org", "medRxiv"),
                          ("chemrxiv.org", "ChemRxiv"), ("techrxiv.org", "TechRxiv"), ("psyarxiv.com", "PsyArXiv"),
                          ("ssrn.com", "SSRN"), ("researchsquare.com", "Research Square"),
                          ("preprints.org", "Preprints.org"))


def preprint_server_of(url: str) -> str | None:
    """The name of the preprint server a URL is on ("https://www.medrxiv.org/content/10.1101/…" → "medRxiv"), or
    None (a journal's page, a repository)."""
    host = _host_path(url).split("/", 1)[0]
    for suffix, name in _PREPRINT_SERVER_HOSTS:
        if host == suffix or host.endswith("." + suffix):
            return name
    return None


def code_capsule(url: str) -> bool:
    """``https://codeocean.com/capsule/9043085/tree/v1``, ``https://doi.org/10.24433/CO.3558316.v1``: one Code Ocean
    capsule, by its page or its DOI (``url_role`` types it a deposit, as Zenodo's)."""
    return _code_capsule_address(_host_path(url), ids.ids_from_url(url)[0])


def _code_capsule_address(hp: str, doi: str | None) -> bool:
    """``code_capsule`` on a URL's host and path and its DOI, which ``url_role`` has already read; the archive's
    bare capsule folder ("codeocean.com/capsule/") is no capsule."""
    if hp.startswith(_CODE_ARCHIVE_HOSTS) and hp.rstrip("/") not in _CODE_ARCHIVE_HOSTS:
        return True
    return bool(doi) and doi.lower().startswith(_CODE_DOI_PREFIXES)


def _named_software_archive(label: str, hp: str) -> bool:
    """``[[SourceForge]](sourceforge.net/projects/…)``, ``[[Software Heritage]](archive.softwareheritage.org/swh:…)``,
    ``[[Code Ocean]](codeocean.com/capsule/…)`` beside a study's article: the link's text names an archive that
    holds only software and the address is one deposit there, so the link is the study's code (the address alone
    stays what ``url_role`` says: a capsule's DOI is typed as a deposit, a SourceForge page as a page). Why: lists
    that link a work's code off GitHub name the link by its host, not by the word "code"."""
    s = _norm(label)
    return any(s in names and hp.startswith(hosts) and hp.rstrip("/") not in hosts for names, hosts in _SOFTWARE_ARCHIVES)
_COMPETITION_HOSTS = (
    "kaggle.com/c/", "kaggle.com/competitions", "grand-challenge.org", "biendata.com/competition",
    "biendata.xyz/competition", "tianchi.aliyun.com/competition", "drivendata.org", "codalab",
    "aicrowd.com", "challenge.xfyun.cn", "dreamchallenges.org", "eval.ai", "competitions.codalab.org",
)
#: a video-sharing site: a talk, a lecture or a demo, never the article a title names (a row's written-out
#: "https://youtu.be/…" link in a table of papers is a video about the topic, not one more paper)
_VIDEO_HOSTS = ("youtube.com", "youtu.be", "vimeo.com", "bilibili.com")
_BLOG_HOSTS = ("csdn.net", "zhihu.com", "mp.weixin.qq.com", "medium.com", "blogspot.", "jianshu.com",
               "toutiao.com", "towardsdatascience.com", "wordpress.com", "cloud.tencent.com", "substack.com")
#: a text document, not a program (a note on a paper kept in a repository)
_NOTE_EXT = (".md", ".markdown", ".rst", ".txt")
_IMAGE_EXT = (".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".bmp")
_MODEL_HOSTS = ("huggingface.co/", "modelscope.cn/models", "tfhub.dev", "pytorch.org/hub")
#: a challenge platform's page of one method's runnable release (Grand Challenge runs the authors' container
#: on uploaded scans): under a code label ("| Code | [Grand Challenge](https://grand-challenge.org/algorithms/
#: pulmonary-nodule-malignancy-prediction/) |") it is the work's code, as a Hugging Face Space would be; the
#: platform's other pages (a challenge's proceedings, its leaderboard) stay no code
_HOSTED_ALGORITHMS = ("grand-challenge.org/algorithms/",)


#: a CJK ideograph (one search rather than a generator over the label's characters)
_CJK_CHAR = re.compile("[\u3400-\u9fff]")


def _norm(label: str) -> str:
    s = unicodedata.normalize("NFKC", label).strip().lower()
    return s.strip(" []()`*_:：-–—.,;!?\"'<>|/\\")


#: GitHub emoji shortcodes at a label's edge, each apart from the words by a space (``:computer: Code``,
#: ``:floppy_disk: Data``): the written form of a pictograph, as decorative as the pictograph it renders as
_EDGE_LABEL_SHORTCODES = re.compile(r"^(?::[a-z0-9_+-]{1,30}:(?:\s+|$))+|(?:\s{1,8}:[a-z0-9_+-]{1,30}:)+$")


def strip_symbols(s: str) -> str:
    """``🔗 Code`` → ``Code``, ``🌐Project page`` → ``Project page``, ``:floppy_disk: Data`` → ``Data``:
    pictographs around a label say nothing, nor do the shortcodes GitHub renders as pictographs (a list
    written ``[:page_facing_up: Paper](…) \\| [:floppy_disk: Data](github…)`` labels its dataset's
    repository as ``Data``)."""
    if s and (s[0] == ":" or s[-1] == ":"):
        s = _EDGE_LABEL_SHORTCODES.sub("", s)
    if not s or (s[0].isascii() and s[-1].isascii()):
        return s
    i, j = 0, len(s)
    while i < j and _pictograph(s[i]):
        i += 1
    while j > i and _pictograph(s[j - 1]):
        j -= 1
    return s[i:j]


def _pictograph(c: str) -> bool:
    """An emoji, a pictograph or its joiners (not the replacement character of undecodable bytes)."""
    return c.isspace() or c in "\ufe0f\u200d" or (c != "\ufffd" and ord(c) >= 0x2190
                                                   and unicodedata.category(c) == "So")


#: the separator of a compound label: "code-nonofficial", "Code_Link", "Paper_Link1_2020"
_COMPOUND_SEP = re.compile(r"[-_]")
#: the number a label word carries when a record lists several links of one kind: "Link1", "Dataset2"
_LABEL_WORD_NUMBER = re.compile(r"(?<=[a-z])\d{1,2}$")
#: a role word numbered by the section its work is filed under, glued or apart: "code2.1", "Code 1.2", "paper3.1" (a
#: list that numbers its sections "2." / "2.1" numbers each section's links so). Role words only: after a framework's
#: name the number is the framework's version ("PyTorch 1.7"), no section's
_SECTION_NUMBERED_LABEL = re.compile(r"(?P<role>code|codes|paper|papers|pdf|data|dataset|datasets|link|links)"
                                     r"\s?\d{1,2}\.\d{1,2}")
#: a label, then a bracketed qualifier: "paper_link(miccai 2023", "code (official)" (closing bracket stripped)
_LABEL_QUALIFIER = re.compile(r"^([^()]{2,30}?)\s*\(([^()]{1,30})\)?$")


#: a label, then a bracketed venue, a comma and the year: "paper (nature medicine, 2024", "paper (medrxiv, 2024"
_LABEL_VENUE_COMMA_YEAR = re.compile(r"^([^()]{2,30}?)\s*\(([^(),]{1,40}),\s*((?:19|20)\d\d)\)?$")
#: a label, a comma, then the date of the work it links, perhaps by month: "preprint, Feb 2025", "github, Feb 2025",
#: "paper, Sept. 2023" (a list that dates each of a work's links so). Bounded head, no nested quantifiers
_LABEL_COMMA_DATE = re.compile(r"(?P<head>[^,]{2,30}?),\s?(?:(?i:" + MONTH + r")\s?)?(?:19|20)\d\d")
#: the most words of the venue in such a qualifier ("bioinformatics advances", "nature computational science")
_MAX_QUALIFIER_VENUE_WORDS = 4


def _label_qualifier(s: str) -> tuple[str, str | None]:
    """``paper_link(miccai 2023``: the label before a bracketed qualifier that is a venue and year or label
    words, and that qualifier; ``(s, None)`` when there is none. ``paper (nature medicine, 2024``: a venue
    and its year set apart by a comma qualify the label too (the venue is a journal's full name, which no
    list of venue words holds; a year after it is what makes the bracket a publication's note)."""
    comma = _LABEL_VENUE_COMMA_YEAR.match(s)
    if comma is not None and len(comma.group(2).split()) <= _MAX_QUALIFIER_VENUE_WORDS:
        return comma.group(1), f"{comma.group(2).strip()}, {comma.group(3)}"
    m = _LABEL_QUALIFIER.match(s)
    if m is None:
        return s, None
    head, inner = m.group(1), m.group(2).strip()
    words = inner.split()
    if venue_year_label(inner) or words and all(w in _EN_VOCAB for w in words):
        return head, inner
    if _names_publisher(words) and label_role(head) == "paper":
        # "Paper Link (CVF)", "Paper (NeurIPS)", "PDF (ScienceDirect)": a paper label qualified by the venue or
        # the publisher whose site the link leads to, with no year: the bare label's role
        return head, inner
    return s, None


#: publishers' and hosts' short names a paper label is qualified with ("[Paper Link (Wiley)](…)",
#: "[PDF (MDPI)](…)"), beside the venue words (``VENUE_WORDS``: "springer", "ieee", "neurips")
_PUBLISHER_WORDS = frozenset({"cvf", "thecvf", "wiley", "sciencedirect", "mdpi", "ieeexplore", "oup", "sage",
                              "karger", "hindawi", "openaccess", "pmlr", "mlr", "aapm", "ismrm", "spie", "iop"})


def _names_publisher(words: list[str]) -> bool:
    """One or two words, each a venue's or a publisher's: the qualifier of a paper label saying where it leads."""
    return 1 <= len(words) <= 2 and all(w in VENUE_WORDS or w in _PUBLISHER_WORDS for w in words)


#: label words that only point to an address or a reader's notes ("[URL](…)", "[Notes](…)"): no role (the URL
#: decides it) and no name. Not "link" or "here": prose says "paper link: https://…" and "[here](…)", and a
#: line opened by them is no record's line
_LOCATOR_WORDS = frozenset({"url", "notes"})
_LONE_DASHES = frozenset({"-", "–", "—", "|", "·"})
#: words that make "data" name a field of study or a trade, not data ("Data Science", "Data Engineering")
_DATA_FIELD_WORDS = frozenset({"science", "sciences", "scientist", "scientists", "engineering", "engineer"})


#: "github: clip", "code: owner/repo": a label word, a colon, then a short name (at most two words)
_NAMED_CODE_LABEL = re.compile(r"(?P<label>[^:：]{2,12}?)\s*[:：]\s*(?P<name>[\w./-]+(?:\s[\w./-]+)?)")


#: kinds of resource a curator tags a line with that are no link label ("[links]", "[platform]", "[course]"):
#: ``is_kind_tag`` reads them beside the label words (``_EN_VOCAB``: "paper", "book", "toolkit", "tutorial")
_KIND_TAG_WORDS = frozenset({"links", "platform", "platforms", "course", "courses", "books", "thesis", "survey",
                             "tools", "toolkits", "toolboxes", "library", "libraries", "reviews", "surveys",
                             "perspective", "perspectives", "commentary", "editorial", "program", "programs",
                             "research"})
#: kind tags that say the line is a scholarly work ("`review` Title | Cell", "[paper] Title"): ``names_paper_kind``
_PAPER_KIND_TAGS = frozenset({"paper", "papers", "review", "reviews", "perspective", "perspectives", "survey",
                              "surveys", "article", "articles", "preprint", "thesis", "commentary", "editorial"})


def names_paper_kind(tag: str) -> bool:
    """``review``, ``perspective``, ``paper``: a kind tag (``is_kind_tag``) naming a scholarly work. Why: a list that
    sorts its lines by kind tags its link-less references so ("- `review` Interactome Networks and Human Disease |
    Cell"); the tag is what says the line cites a paper, as an identifier or a venue would."""
    words = _kind_tag_words(tag)
    return _is_kind_tag_words(words) and any(w in _PAPER_KIND_TAGS for w in words)


def is_kind_tag(tag: str) -> bool:
    """``paper``, ``book,*``, ``toolkit, *``, ``video/tutorial``: the text of a bracketed tag that only says what
    kind of resource the line is (perhaps starred as a recommended one), one to three kind words. Why: a list
    that sorts its lines by kind writes ``* [paper] [Author. "Title." Venue.](doi…)``; the tag names no work."""
    return _is_kind_tag_words(_kind_tag_words(tag))


def _kind_tag_words(tag: str) -> list[str]:
    """A tag's words, its star (a recommended line's mark) and separators dropped: ``book,*`` → ["book"]."""
    return [w for w in re.split(r"[\s,/;+&|]+", _norm(tag).replace("*", " ")) if w]


def _is_kind_tag_words(words: list[str]) -> bool:
    return 1 <= len(words) <= 3 and all(w in _EN_VOCAB or w in _KIND_TAG_WORDS for w in words)


#: a word that, beside a code word, gives the code to someone other than the work's authors ("[Community
#: Implementation](…)", "[Community Port](…)"); alone it labels a page ("[Community](…)": a forum, a chat)
_THIRD_PARTY_QUALIFIERS = frozenset({"community"})
#: what a third party's code is called beside such a qualifier: a code word, or a "port" of the method
_THIRD_PARTY_CODE_NOUNS = _EN_STRONG["code"] | {"port"}


def _credits_code_to_others(words: list[str]) -> bool:
    """A label of label words only, one a third-party qualifier and one a code noun (``Community Implementation``).
    Why: a list's "Code/Project" column writes ``[Code](…)`` for the authors' repository and ``[Community
    Implementation](…)`` for someone else's; the code word alone would make the port the paper's own code."""
    return (any(w in _THIRD_PARTY_QUALIFIERS for w in words) and any(w in _THIRD_PARTY_CODE_NOUNS for w in words)
            and all(w in _EN_VOCAB for w in words))


#: the little words of a phrase that credits code to others: "code *by a* third party", "implementation *from the*
#: community", "*not* official code"
_CREDIT_PHRASE_WORDS = frozenset({"by", "from", "a", "an", "the", "of", "not"})


def _code_credited_by_phrase(words: list[str]) -> bool:
    """``[code by a third party](…)``, ``[implementation from the community](…)``, ``[not official code](…)``: a label
    written as a short phrase, a code noun and a word that credits the code to others (or "not" before "official"),
    the rest only little words. Why: the same credit as ``[third-party code](…)``, said in a sentence's order; the
    code noun alone would make someone's port the paper's own code."""
    if not 2 <= len(words) <= 6 or not any(w in _CREDIT_PHRASE_WORDS for w in words) \
            or not any(w in _THIRD_PARTY_CODE_NOUNS for w in words):
        return False
    if "not" in words and words[words.index("not") + 1:words.index("not") + 2] == ["official"]:
        words = [w for w in words if w not in ("not", "official")] + ["unofficial"]
    rest = [w for w in words if w not in _CREDIT_PHRASE_WORDS]
    return any(w in _EN_STRONG["related_code"] or w in _THIRD_PARTY_QUALIFIERS for w in rest) \
        and all(w in _EN_VOCAB for w in rest)


#: a label naming the paper a data set was published in: "Dataset paper", "Data papers", "数据集论文", "数据论文地址".
#: Its head noun is the paper (the data word only says which paper), so the link is that paper's, not the data's:
#: a dataset catalog writes it under each data set's row ("数据集论文：[The … Benchmark](arxiv…)"), and read as a
#: data link the paper lost its arXiv id and became a data set
_DATA_PAPER_LABEL = re.compile(r"(?:datasets?|data)\s+(?:papers?|articles?|publications?)"
                               r"|(?:数据集|数据)(?:论文|論文)(?:地址|链接)?")


#: the head nouns of a label that names a reader's write-up of a paper ("paper review", "paper notes")
_WRITEUP_HEADS = frozenset({"review", "reviews", "note", "notes", "summary", "summaries", "reading", "walkthrough"})


def names_write_up(label: str | list[str]) -> bool:
    """``paper review``, ``paper notes``, ``Paper Summary``: a label (or its words) naming a reader's write-up of a
    paper, the paper word first and the write-up's head noun last (``_WRITEUP_HEADS``); ``Review Paper`` (a review
    article) ends with the paper word and names the paper."""
    words = label if isinstance(label, list) else _norm(strip_symbols(label)).split()
    return 2 <= len(words) <= 3 and words[-1] in _WRITEUP_HEADS and words[0] in ("paper", "papers")


#: the frameworks and languages a code label may name its code's version by ("code_pytorch", "code-tf")
_FRAMEWORK_NAMES = frozenset(("pytorch", "tensorflow", "keras", "jax", "mxnet", "caffe", "matlab", "python", "torch",
                              "paddle", "paddlepaddle", "mindspore", "chainer", "theano", "tf"))


def _spells_a_framework(word: str) -> bool:
    """``tensorflow``, ``tentsorflow``, ``pytoch``: a framework's or a programming language's name (``_FRAMEWORK_NAMES``,
    ``_PROGRAMMING_LANGUAGES``), or, six letters long or more, that name with one letter added, dropped or changed
    (lists misspell them: a Levenshtein distance of one)."""
    from rapidfuzz.distance import Levenshtein

    names = _FRAMEWORK_NAMES | _PROGRAMMING_LANGUAGES
    if word in names:
        return True
    return len(word) >= 6 and any(len(n) >= 6 and Levenshtein.distance(word, n, score_cutoff=1) <= 1 for n in names)


#: a work's publication or release status, written in brackets where a venue tag could stand: "[Under review]",
#: "[Code released]", "(Accepted)", "[In Press]", "[Coming soon]" (bounded alternatives, whole text only)
_STATUS_NOTE = re.compile(
    r"(?i)(?:under (?:review|revision|submission)|(?:major |minor )?revision|submitted|accepted|in press|to appear"
    r"|in preparation|preprint|published|draft|work in progress|wip|coming soon|new|hot|updated"
    r"|(?:code|data|dataset|weights|models?|demo) (?:released|available|coming soon|soon|online|public))")


def status_note(text: str) -> bool:
    """``[Under review]``, ``[Code released]``, ``(Accepted)``: a bracketed note saying where a work or its code
    stands (submitted, accepted, released), never the venue it appeared in."""
    return _STATUS_NOTE.fullmatch(text.strip(" .!*_`")) is not None


@lru_cache(maxsize=65536)
def label_role(label: str) -> str | None:
    """The role a label names, or None when the label is generic or is not a label at all
    (pictographs around it say nothing: ``📄 Paper`` names a paper as ``Paper`` does)."""
    s = _norm(strip_symbols(label))
    if not s or len(s) > 40:
        return None
    if "web server" in s:
        s = s.replace("web server", "webserver")  # "Web server", "Web Server (beta)": one word, as "Webserver" is
    if "third party" in s:
        s = s.replace("third party", "third-party")  # "Code (third party)", "third party implementation": one word
    if _DATA_PAPER_LABEL.fullmatch(s):
        return "paper"  # "Dataset paper:", "数据集论文：": the paper that introduced a data set, not the data
    if _HANGUL.search(s):
        return _korean_label_role(s)
    if _KANA.search(s):
        return _japanese_label_role(s)
    if _CJK_CHAR.search(s):
        if len(s) > 12:
            return None  # a Chinese title, not a label
        for role, zh_words in _ZH_KEYWORDS:
            if any(w in s for w in zh_words):
                if role == "dataset":
                    # "代码和数据集" (code and dataset): the role named first wins, as "Code & Dataset" does
                    at = min(s.find(w) for w in zh_words if w in s)
                    code_at = min((s.find(w) for w in _ZH_CODE_WORDS if w in s), default=-1)
                    if 0 <= code_at < at:
                        return "code"
                return role
        return None
    named = _NAMED_CODE_LABEL.fullmatch(s)
    if named is not None and label_role(named["label"]) == "code":
        # "[Github: CLIP](…)", "[Code: owner/repo](…)": a code label, a colon, then the repository's short name
        # (one or two words); the name says which code, the label still says the link is the work's code
        return "code"
    numbered = _SECTION_NUMBERED_LABEL.fullmatch(s)
    if numbered is not None:
        return label_role(numbered["role"])  # "[code2.1](pan.baidu…)": the role word's, whatever host it links
    dated = _LABEL_COMMA_DATE.fullmatch(s)
    if dated is not None and (dated_role := label_role(dated["head"])) is not None:
        # "[preprint, Feb 2025](arcinstitute.org/…)", "[github, Feb 2025](…)": a role word dated after a comma labels
        # its link as the bare word does; "Nature Biotechnology, 2023" (a venue, no role word) reads on below
        return dated_role
    head, qualifier = _label_qualifier(s)
    if qualifier is not None:
        # "Paper_Link(MICCAI 2023)", "Code (official)": a label qualified by a venue and year in brackets
        # labels its link as the bare label does; "Code (unofficial)", "PyTorch (third-party)": a code label
        # qualified by a word that credits the code to others labels someone else's code
        role = label_role(head)
        if role == "code" and any(w in _EN_STRONG["related_code"] for w in qualifier.split()):
            return "related_code"
        return role
    # a dash standing alone between label words separates them as a comma does ("Seminar - Slides")
    words = [w for w in re.split(r"[\s/+&,]+", s) if w and w not in _LONE_DASHES]
    # "code-nonofficial", "paper-pdf", "Code_Link", "Paper_Link1_2020": a hyphenated or snake_case compound of
    # label words (a word perhaps numbered, "Link1") reads as those words
    words = [p for w in words for p in ((w,) if w in _EN_VOCAB or not _COMPOUND_SEP.search(w)
                                        else _COMPOUND_SEP.split(w)) if p]
    words = [_LABEL_WORD_NUMBER.sub("", w) if w not in _EN_VOCAB and _LABEL_WORD_NUMBER.sub("", w) in _EN_VOCAB
             else w for w in words]
    if len(words) == 3 and words[1] in _LANGUAGE_PREPOSITIONS and words[0] in _EN_STRONG["code"] \
            and (words[2] in _EN_WORDS["code"] or words[2] in _PROGRAMMING_LANGUAGES):
        # "[код на Python](github…)", "[code in Lua](…)", "[código en Julia](…)": the code, named with the language
        # it is written in
        return "code"
    if len(words) > 1 and _VERSION_TAG.fullmatch(words[-1]):
        # "[arXiv v1](arxiv.org/abs/…)", "[Paper v2](…)": the version of the preprint the link is to, no word of a
        # name; the label is its other words'
        words = words[:-1]
    if not words or len(words) > 5:
        return None
    if len(words) <= 3 and words[-1] in ("list", "lists"):
        return "other"  # "[paper list](github.com/…/awesome-…)": a list of works, not the work's code
    if names_write_up(words):
        # "[(paper review)](github.com/me/…/fcn_paper.ipynb)", "[paper notes](…)", "[Paper Summary](…)": a reader's
        # write-up of the paper (the head noun last says what the link is), neither the paper nor its code; a
        # "[Review Paper](…)" (a review article) ends with the paper word and stays the paper
        return "other"
    if 2 <= len(words) <= 3 and words[0] in _FORGE_WORDS and words[-1] in ("page", "pages"):
        # "[![GitHub Page](…badge…)](https://x.github.io/…)": the forge's website service (GitHub Pages), the
        # project's site; ``link_role`` keeps a repository so named ("[GitHub page](github.com/x/y)") its code
        return "other"
    if _credits_code_to_others(words) or _code_credited_by_phrase(words):
        return "related_code"
    for role in ("related_code", "dataset", "code", "paper", "other"):
        if role not in ("code", "related_code") and any(w in _RELEASE_WORDS for w in words):
            continue
        if role == "dataset" and any(w in _EN_STRONG["code"] for w in words) and "data" not in words[0]:
            continue
        if role == "dataset" and any(w in _DATA_FIELD_WORDS for w in words):
            continue  # "[Data Science Seminar](…)": the field of study, no data
        if all(w in _EN_VOCAB or w.isdigit() for w in words) and any(w in _EN_STRONG[role] for w in words):
            return role
    if 2 <= len(words) <= 3 and words[0] in ("code", "codes") and " " not in s and _COMPOUND_SEP.search(s) \
            and _spells_a_framework("".join(words[1:])):
        # "[[code_pytorch]](…) [[code_tentsor_flow]](github…)": one snake_case or hyphenated token, the code word
        # then a framework's name, split ("tensor_flow") or misspelt by a letter ("tentsor_flow"): the code, as
        # "code_tensorflow" is; "Code_Fork", "code-figures" name no framework and stay what the line makes them
        return "code"
    if words[0] in ("blog", "news", "post", "video", "slides", "talk", "tweet", "tutorials"):
        return "other"  # "[[Blog article'22]](…)": a dated post, not a venue
    if venue_year_label(label.strip().strip("`[]() ")):
        return "paper"
    return None


#: the head nouns of a label naming a worked lesson on how to use a method or a library: "[multiple instance learning
#: tutorial](github.com/Project-MONAI/tutorials/tree/…)", "[DiNTS tutorial](…)", "[segmentation notebook](…)"
_TUTORIAL_HEADS = frozenset("""tutorial tutorials notebook notebooks example examples demo demos walkthrough
    walkthroughs""".split())


def _names_code_too(label: str) -> bool:
    """Whether a label that names data first names code too: "Dataset & Code", "data and code", "Data/Code" (a code
    word among its few words). Read only for a link to a code repository (``link_role``)."""
    words = [w for w in re.split(r"[\s/+&,]+", _norm(strip_symbols(label))) if w and w not in _LONE_DASHES]
    return 2 <= len(words) <= 4 and any(w in _EN_STRONG["code"] for w in words[1:])


def _names_a_tutorial(label: str) -> bool:
    """``[multiple instance learning tutorial](github.com/…/tutorials/…)``: a label of several words whose head (last)
    noun is a tutorial, a notebook, an example or a demo. Why: such a repository link teaches how to use the method
    (often in a toolkit's shared tutorials repository), it is not the paper's own code; a label that also names code,
    a paper or data ("[code and examples](…)", "[paper demo](…)") keeps the role those words give it. Read only for a
    link to code (``link_role``): "[GAN Tutorial](arxiv.org/pdf/1701.00160.pdf)" is a paper's title."""
    words = [w for w in re.split(r"[\s/+&,]+", _norm(strip_symbols(label))) if w and w not in _LONE_DASHES]
    if len(words) < 2 or len(words) > 6 or words[-1] not in _TUTORIAL_HEADS:
        return False
    named = _EN_STRONG["code"] | _EN_STRONG["related_code"] | _EN_STRONG["paper"] | _EN_STRONG["dataset"]
    return not any(w in named for w in words[:-1])


#: what a work was trained or built with, named as the label of a link to another project's repository: "[Training
#: framework](github.com/…/LLaMA-Factory)", "[Fine-tuning framework](…)", "[Base model](…)", "[Backbone](…)"
_DEPENDENCY_LABELS = frozenset({("training", "framework"), ("fine-tuning", "framework"), ("finetuning", "framework"),
                                ("tuning", "framework"), ("base", "model"), ("backbone",),
                                ("built", "on"), ("built", "with"), ("based", "on")})


def _names_a_dependency(label: str) -> bool:
    """``[Training framework](github.com/hiyouga/LLaMA-Factory)`` among a work's links: a label that names the
    framework the work was trained with, its base model or backbone, or what it is built on ("[Built on](…)",
    "[Based on: X](…)"), points at another project's repository, a tool the work used, not the work's own code
    (which its "[GitHub](…)" link gives). Read only for a link to a code repository labelled by no role word
    (``link_role``): the label's first words, its whole label or its opening pair, must be one of
    ``_DEPENDENCY_LABELS``; "[Framework](…)" or "[Our training framework](…)" stay the work's code."""
    words = [w for w in re.split(r"[\s/+&,:]+", _norm(strip_symbols(label))) if w and w not in _LONE_DASHES]
    return bool(words) and (tuple(words[:1]) in _DEPENDENCY_LABELS or tuple(words[:2]) in _DEPENDENCY_LABELS)


#: the word that puts a code label before the language it is written in: "code in", "код на", "código en", "Code in"
_LANGUAGE_PREPOSITIONS = frozenset({"in", "on", "на", "en", "em", "auf", "sur"})
#: languages a code label names its code by ("[код на Lua](…)"), besides those the code words hold already
_PROGRAMMING_LANGUAGES = frozenset({"lua", "julia", "java", "javascript", "js", "typescript", "c", "c++", "cpp", "go",
                                    "rust", "octave", "scala", "ruby", "swift", "kotlin", "fortran", "perl", "php",
                                    "haskell"})

#: a preprint's version after a label's words ("arXiv v1", "paper v2")
_VERSION_TAG = re.compile(r"v\d{1,2}")


def names_role_by_words(label: str) -> bool:
    """``[JCO Oncology Practice 논문](…)``, ``[arXiv v1](…)``, ``[Official code](…)``: a link text whose words name the
    link's role (``label_role``), not one read as a venue and its year ("Lipid Research Clinics Program (1984)" names
    the work it links, dated). Why: such a text names no title, however many words qualify its role word."""
    return label_role(label) is not None and not venue_year_label(label.strip().strip("`[]() "))


def _korean_label_role(s: str) -> str | None:
    """``논문`` (paper), ``공식 코드`` (official code), ``NeurIPS 2024 논문``, ``논문과 보충자료`` (the paper and
    its supplement): the role a Korean link label names, by its head noun — the last word, else the first word
    joined to the next by "과"/"와" (and). Why: a Korean list labels a work's links so ("[논문](…), [코드](…)"),
    often qualified ("[JAMIA 논문](academic.oup.com/…)", "[저자 공개 코드](github…)"), and a paper on a
    proceedings host carries no identifier that would say it is one. Five words at most: a longer text is a
    title or a sentence, not a label."""
    words = s.split()
    if not words or len(words) > 5:
        return None
    head = words[-1]
    glued = next((q for q in _KO_THIRD_PARTY if head.startswith(q) and head != q), None)
    role = _KO_ROLE_NOUNS.get(head[len(glued):] if glued else head)
    if role is None:
        joined = next((w for w in words[:-1] if _KO_AND.search(w)), None)
        role = _KO_ROLE_NOUNS.get(_KO_AND.sub("", joined)) if joined else None
    if role == "code" and (glued or any(w.startswith(_KO_THIRD_PARTY) for w in words[:-1])):
        return "related_code"
    return role


def _japanese_label_role(s: str) -> str | None:
    """``コード`` (code), ``データセット``, ``論文解説`` (a walk-through of the paper): the role a Japanese label
    written in kana names, by the first role word it contains (``_JA_KEYWORDS``), as a Chinese label's is.
    Twelve characters at most, as for a Chinese label: a longer text is a title."""
    if len(s) > 12:
        return None
    return next((role for role, words in _JA_KEYWORDS if any(w in s for w in words)), None)


#: what joins two role words in one field label ("Paper/Code", "Paper & Code", "论文/代码", "论文和代码")
_ROLE_JOINERS = re.compile(r"\s*(?:[/&+,|、，]|\band\b|和|与|及)\s*")


@lru_cache(maxsize=4096)
def names_paper_and_code(label: str) -> bool:
    """``Paper/Code``, ``Paper & Code``, ``论文/代码``: a field label made of two or three role words, one the paper's
    and one the code's. Why: ``label_role`` reads such a label as code (the role a reader looks for), which is right
    for a link standing alone under it, but a field ``**论文/代码：** [TBioCAS DOI](doi…), [official repository](github…)``
    lists both the paper's and the code's links: each link's own text and address say which it is."""
    s = _norm(strip_symbols(label))
    if not s or len(s) > 30:
        return False
    parts = [p for p in _ROLE_JOINERS.split(s) if p]
    if not 2 <= len(parts) <= 3:
        return False
    roles = {label_role(p) for p in parts}
    return "paper" in roles and "code" in roles


def is_link_label(text: str) -> bool:
    """A link text that says what the link is (``[PDF]``, ``[论文地址]``, ``[Github项目地址]``) rather than
    naming a work or a resource: a paragraph that starts with such a link is no list item."""
    s = _norm(text)
    if label_role(text) is None:
        # "[URL](…)" / "[NOTES](notes/….md)": a word that only points somewhere (an address, a
        # reader's notes) says no role, yet names no work either: a line that opens with it is a record's line
        return _norm(strip_symbols(text)) in _LOCATOR_WORDS
    if _CJK_CHAR.search(s):
        return len(s) <= 6 or s.endswith(_ZH_LABEL_ENDINGS)
    return True


@lru_cache(maxsize=262144)
def _host_path(url: str) -> str:
    plain = ids.split_plain_url(url.strip())
    if plain is not None:  # the common case, without urlsplit's cost
        host = ids.unproxied_host(plain[0])
        return (host[4:] if host.startswith("www.") else host) + plain[1].lower()
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return ""
    host = ids.unproxied_host((parts.hostname or "").lower())
    if host.startswith("www."):
        host = host[4:]
    return host + parts.path.lower()


def _host_regex(hosts: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for "does any of these host strings occur": a search instead of ~80 ``in`` tests.

    The alternatives are written as a prefix tree (``a(?:rxiv.org|cl(?:web…|anthology…))``): the
    same strings match, but at each position of the URL the engine follows one branch per
    character instead of trying every host that starts with that character (the flat
    alternation cost 3 µs a URL for the paper hosts, and every link of every list is asked).
    """
    trie: dict = {}
    for host in hosts:
        node = trie
        for ch in host:
            node = node.setdefault(ch, {})
        node[""] = {}  # a host ends here

    def pattern(node: dict) -> str:
        branches = [re.escape(ch) + pattern(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:  # a shorter host ends here: the rest is optional (any match will do)
            return "(?:" + body + ")?"
        return body

    return re.compile(pattern(trie))


_PAPER_HOSTS_RE = _host_regex(_PAPER_HOSTS)
_DATASET_HOSTS_RE = _host_regex(_DATASET_HOSTS)
_COMPETITION_HOSTS_RE = _host_regex(_COMPETITION_HOSTS)
_BLOG_HOSTS_RE = _host_regex(_BLOG_HOSTS)
_MODEL_HOSTS_RE = _host_regex(_MODEL_HOSTS)
_VIDEO_HOSTS_RE = _host_regex(_VIDEO_HOSTS)


def _matches(hp: str, hosts: re.Pattern[str]) -> bool:
    return hosts.search(hp) is not None


def _on_paper_host(hp: str) -> bool:
    """Whether a scholarly host of ``_PAPER_HOSTS`` occurs in the host and path.

    A host written as a bare word (``cvpr``, ``eccv``, for the conferences' yearly hosts "cvpr2019.thecvf.com",
    "eccv2018.org") names a host: in the path it is a word of someone's page, a workshop's site
    ("sites.google.com/site/cvprmcv18/", "sites.google.com/view/eccvbic2020/") and no paper of the conference.
    The search finds the leftmost match, so a real host (at the start) is always the one found."""
    m = _PAPER_HOSTS_RE.search(hp)
    if m is None:
        return False
    slash = hp.find("/")
    return "." in m.group() or slash < 0 or m.start() < slash


#: folders a course's or a talk's site keeps its own teaching material in ("slides/00_intro.pdf", "lectures/L3.pdf")
_COURSE_MATERIAL_FOLDERS = frozenset({"slides", "slide", "lectures", "lecture", "lecture_notes", "lecture-notes",
                                      "handouts", "presentations", "talks", "posters",
                                      # "[Implementing AI in healthcare #1](lessons/02-implementing_ai_1.pdf)"
                                      "lessons", "lesson"})
#: a file of a code host's repository by its path inside it ("github.com/o/r/blob/main/lessons/10-x.pdf",
#: "gitlab.com/o/r/-/raw/main/slides/x.pdf"): the path, the part after the branch, named ``path``
_REPO_FILE_PATH = re.compile(r"(?:github\.com|gitlab\.com)/[^/]+/[^/]+/(?:-/)?(?:blob|raw)/[^/]+/(?P<path>[^#?]+)")


#: a file name that says it lists a venue's accepted papers or its programme ("AAAI-18-Accepted-Paper-List.Web_.pdf",
#: "accepted_papers.pdf", "miccai2024-paper-list.pdf", "final-program.pdf")
#: (not "accepted-paper-123.pdf", one paper's camera-ready copy: the plural or "list" says many)
_PAPER_LIST_FILE = re.compile(r"(?i)accepted[-_. ]?(?:papers|submissions)(?![a-z])|papers?[-_. ]?list"
                              r"|(?:final|conference)[-_. ]?program(?:me)?(?![a-z])")


def _paper_list_file(hp: str) -> bool:
    """``[https://aaai.org/Conferences/AAAI-18/wp-content/uploads/2017/12/AAAI-18-Accepted-Paper-List.Web_.pdf#136]``:
    a document whose file name (the last segment of ``hp``, host and path lowered) says it is a venue's list of
    accepted papers or its programme. Why: a reader points at the one work they mean by the list's page, and the
    ".pdf" (or the publisher's host) made the list itself a paper, an untitled one; it gathers many works and is
    none of them. Only the file's own name is read, never a folder's ("…/paper-list/2019/Smith19.pdf")."""
    return _PAPER_LIST_FILE.search(hp.rstrip("/").rsplit("/", 1)[-1]) is not None


def _course_material_file(url: str) -> bool:
    """``[Course introduction ![pdf](icon)](slides/00_intro_slides.pdf)``: a relative link (no scheme, no host) to a
    file in a folder of the list's own site named for teaching material. Why: a course schedule links its session
    slides beside the readings; a PDF, yet the course's own, no work it cites (a reading kept beside the schedule,
    "readings/okafor2019.pdf", "papers/x.pdf", stays a PDF of an article)."""
    u = url.strip()
    if _URL_SCHEME.match(u) and ("/blob/" in u or "/raw/" in u):
        # "[Business thinking …](github.com/org/course/blob/main/lessons/10-business_thinking.pdf)": the course
        # repository's own file written as its full address is the same file a relative link reaches
        in_repo = _REPO_FILE_PATH.match(_host_path(u))
        u = in_repo["path"] if in_repo is not None else ""
    if not u or u.startswith(("#", "/")) or _URL_SCHEME.match(u) or "/" not in u:
        return False
    folders = u.split("?", 1)[0].split("#", 1)[0].lower().split("/")[:-1]
    # (no folder when the only "/" is in the query or fragment: "notes.pdf?page=2/3")
    return bool(folders) and _BARE_HOST.fullmatch(folders[0]) is None \
        and any(f in _COURSE_MATERIAL_FOLDERS for f in folders)


#: folders a list's own repository keeps its copies of the papers it cites in ("paper/…", "papers/…", "pdfs/…")
_PAPER_COPY_FOLDERS = frozenset({"paper", "papers", "pdf", "pdfs"})
#: a file name written out from a work's title: four or more words joined by "_" or "-", no extension
_TITLE_FILE_NAME = re.compile(r"[^\W_]+(?:[_-]+[^\W_]+){3,}")


def _paper_folder_copy(url: str) -> bool:
    """``#### Bioinformatics, 34(14): [Title](./paper/Bioinformatics-2018_Exploiting_and_assessing_multi-source_…)``:
    a relative link (no scheme, no host) to a file named after a title (``_TITLE_FILE_NAME``) in a folder of the
    list's own repository named for papers. Why: a list that keeps its papers' PDFs beside itself links most of
    them as ".pdf" (a paper already) and some without the extension; the file is the same article. A short or
    dotted name there ("papers/README.md", "paper/supp-info-exploiting", "paper/figs") stays other."""
    u = url.strip()
    if not u or u.startswith("#") or _URL_SCHEME.match(u) or "/" not in u or "?" in u or "#" in u:
        return False
    parts = u.split("/")
    folders = [f.lower() for f in parts[:-1]]
    return _TITLE_FILE_NAME.fullmatch(parts[-1]) is not None and _BARE_HOST.fullmatch(folders[0]) is None \
        and any(f in _PAPER_COPY_FOLDERS for f in folders)


#: a packed archive's file name closing a URL's path (after ``_host_path``: lower case, no query)
_ARCHIVE_FILE = re.compile(r"\.(?:zip|tar|tgz|tar\.gz|tar\.bz2|7z|rar)$")


#: a data repository's landing page for one data set, named by the page's file (after ``_host_path``: lower case, no
#: query): Dataverse's "dataset.xhtml", NIRD's "datasetDetail.jsf", and the like ("…/dataset.jsp", "…/datasetview.do")
_DATASET_LANDING_PAGE = re.compile(r"/dataset[a-z]*\.(?:xhtml|jsf|jsp|do|php|aspx?|html?)$")


#: PubMed Central's view of one table or figure of an article (".../pmc/articles/PMC6515276/table/t001/",
#: "pmc.ncbi.nlm.nih.gov/articles/PMC…/figure/F2/", Europe PMC's "europepmc.org/articles/PMC…/figure/…")
_ARTICLE_PART_PAGE = re.compile(
    r"(?:ncbi\.nlm\.nih\.gov/pmc/articles|pmc\.ncbi\.nlm\.nih\.gov/articles|europepmc\.org/articles)"
    r"/pmc[0-9]{1,9}/(?:table|figure)/")


#: a PubMed Central page that is no article's (``url_role``): its ID converter, tools, help, journal lists
#: ("ncbi.nlm.nih.gov/pmc/pmctopmid/", "…/pmc/tools/id-converter-api/"); a bounded literal test on the host-path
_PMC_SERVICE_PAGE = re.compile(r"(?:www\.)?ncbi\.nlm\.nih\.gov/pmc/(?:pmctopmid|tools|about|journals)(?:/|$)")


#: a preprint on OSF's servers, by its page ("osf.io/preprints/psyarxiv/3vbs7", the older "psyarxiv.com/3vbs7")
#: or its DOI ("doi.org/10.31219/osf.io/3vbs7": OSF Preprints 10.31219, PsyArXiv 10.31234, SocArXiv 10.31235, the
#: other 10.312xx servers, EdArXiv 10.35542): an article, although "osf.io" in it names OSF, which ``_DATASET_HOSTS``
#: holds for its project deposits ("osf.io/3vbs7/" alone stays one)
_OSF_PREPRINT = re.compile(r"(?:osf\.io/preprints/|(?:psy|soc|meta|edu?|law|mind|sport|earth)arxiv\.com/"
                           r"|(?:dx\.)?doi\.org/10\.(?:312\d\d|35542)/osf\.io/)")


#: a query parameter naming the file a download script serves ("?filename=Paper_BMVC.pdf&file_id=…"): the name
#: of a PDF file, without a folder, up to the next parameter or the fragment (not a viewer's "?file=slides/x.pdf",
#: whose path may be a course's slides)
_PDF_FILE_PARAMETER = re.compile(r"(?i)[?&](?:file_?name|fname)=(?P<file>[^&#=?/]{1,200}?\.pdf)(?=[&#]|\Z)")


@lru_cache(maxsize=262144)
def url_role(url: str) -> str:
    """Role from the URL alone: repositories are code, scholarly hosts and PDFs are papers…"""
    hp = _host_path(url)
    if not hp:
        return "other"
    if ids.canonical_repo(url):
        if hp.endswith(".pdf") and ("/blob/" in hp or "/raw/" in hp or "/tree/" in hp or hp.count("/") >= 3
                                    or hp.startswith("raw.githubusercontent.com")):
            # "[《Title.pdf》](github.com/…/blob/master/papers/Title.pdf)": a paper's PDF kept in a repo; a "tree"
            # path to the file ("github.com/…/tree/master/paper/Title.pdf", which GitHub serves as the file too)
            # names the same file, not the repository's code; so does a repository-relative link a list resolved
            # by hand against the repository's address, without the "blob/<branch>" step or with the "../" it
            # climbed still in it ("github.com/o/r/papers/x.pdf", "github.com/o/r/../../papers/x.pdf"): a file
            # below the repository's root that is a PDF is a document, whatever the steps to it ("o/r.pdf", a
            # repository so named, has no file below it and stays the repository)
            # (not a course repository's own slides: "github.com/org/course/blob/main/lessons/10-….pdf")
            return "other" if _course_material_file(url) else "paper"
        if _REPO_THREAD.match(hp):
            return "other"  # "[ECFP6](github.com/rdkit/rdkit/issues/1295)": a thread about a program, not code
        return "code"
    if hp.endswith(_IMAGE_EXT):
        return "other"
    if _OSF_PREPRINT.match(hp):
        return "paper"  # "doi.org/10.31219/osf.io/3vbs7": a preprint on OSF, not a deposit on "osf.io"
    if _matches(hp, _DATASET_HOSTS_RE):
        return "dataset"
    if (hp.startswith("ftp.") or url.strip().lower().startswith("ftp://")) and not hp.endswith(".pdf"):
        # "https://ftp.ncbi.nlm.nih.gov/pubmed/baseline/": a file server's bulk download, not a paper
        # (the paper-host test below would match "ncbi.nlm.nih.gov/pubmed" inside its path)
        return "dataset"
    if _BOOK_PAGE.match(hp):
        # "[free PDF](link.springer.com/book/10.1007/978-3-030-93158-2)", "[Publisher Link](cambridge.org/core/
        # books/biological-sequence-analysis/CCB2…)": a whole book's page (its DOI is the book's), not an article;
        # a chapter ("link.springer.com/chapter/…", "…/book/…_28") stays a paper
        return "other"
    if _ARCHIVE_FILE.search(hp):
        # "[SpatialIDE](media.nature.com/…/extref/nmeth.4636-S4.zip) - [SpatialDE: …](nature.com/articles/
        # nmeth.4636)": a packed archive on a journal's host is a supplement (the tool's code or data as a
        # download), not the article, though its file name carries the article's DOI suffix
        return "other"
    if _ARTICLE_PART_PAGE.match(hp):
        # "* [Title](ncbi.nlm.nih.gov/pmc/articles/PMC6515276/)" / "  * [Comparison table](…/PMC6515276/table/
        # sensors-19-01849-t001/?report=objectonly)": one table or figure of an article is a part of that
        # work, not a work of its own, though its address carries the article's PMCID
        return "other"
    # the URL's identifier record, which identifiers_from and resolve read again (an arXiv DOI comes as
    # its arXiv id, and no data repository's DOI prefix is arXiv's)
    doi, arxiv, pmid, pmcid = ids.ids_from_url(url)
    if doi and doi.lower().startswith(_DATASET_DOI_PREFIXES):
        return "dataset"  # "[![Dataset](…)](https://doi.org/10.6084/m9.figshare.…)": a data repository's DOI
    if _code_capsule_address(hp, doi):
        return "dataset"  # "[Link2](https://doi.org/10.24433/CO.…)": a Code Ocean capsule, a deposit like Zenodo's
    if doi and "dataset" in hp and _DATASET_LANDING_PAGE.search(hp):
        # '<a href="archive.norstore.no/pages/public/datasetDetail.jsf?id=10.11582/2017.00004"> **RESECT**</a>', a
        # Dataverse's "borealisdata.ca/dataset.xhtml?persistentId=doi:10.5683/…": a data repository's landing page
        # addressed by the data set's DOI in its query is the data set, whatever the DOI's prefix (each repository
        # mints its own); a journal's page so addressed ("plosone/article?id=10.1371/…") stays the article
        return "dataset"
    if doi or arxiv or pmid or pmcid:
        return "paper"
    if _preprint_server_page(hp):
        # "5. See COVID-19 preprints from:" / "[arXiv](https://arxiv.org/covid19search)", "[medRxiv and bioRxiv](
        # https://connect.biorxiv.org/relate/content/181)": a preprint server's page that is no work's (a topic's
        # search, a collection, an author's listing); every work on these servers is addressed by its identifier
        return "other"
    if _OPENREVIEW_VENUE_PAGE.match(hp):
        # "[ICLR](https://openreview.net/group?id=ICLR.cc)": a venue's page on OpenReview, every paper it took
        # (its papers are "forum?id=" and "pdf?id=" pages), no one work
        return "other"
    if _boolean_database_query(url) or _dated_literature_search(url):
        # "* Learning-based image registration research:" / "  * [PubMed Link](pubmed…/?term=("image registration"[Title/
        # Abstract]) AND (…))": a query written in a database's search syntax counts or lists the many works it
        # matches, none of them; a search for one work's title (plain words) still points to that work
        return "other"
    if _SEARCH_PAGE.match(hp) and not _scholarly_title_search(url):
        # "[see here](https://arxiv.org/search/?query=…)": a search's results, not a paper; a scholarly index's
        # search for a work's title ("- **Title** — [link](semanticscholar.org/search?q=Title%20words)") still
        # points to that one work, as a Google Scholar title search does below
        return "other"
    if _paper_folder_copy(url):
        # "[Towards reliable named entity recognition …](./paper/Bioinformatics-2019_Towards_reliable_named_…)": the
        # list's own copy of the article, its ".pdf" dropped
        return "paper"
    if not hp.endswith(".pdf") and ".pdf" in url.lower() and (served := _PDF_FILE_PARAMETER.search(url)) is not None:
        # "dfki.de/…/renameFileForDownload?filename=FastCNNFeature_BMVC.pdf&file_id=…": a download script whose
        # query names the PDF file it serves; the file is what the link gives, read as its own path would be
        hp = hp + "/" + served["file"].lower()
    if hp.endswith(".pdf"):
        if _paper_list_file(hp):
            return "other"  # "…/AAAI-18-Accepted-Paper-List.Web_.pdf": a venue's list of its papers, none of them
        if _course_material_file(url):
            # "[Course introduction](slides/00_intro_slides.pdf)": a course site's own slides, a PDF but no article
            return "other"
        if _CHAT_UPLOAD.match(hp):
            # "| Echocardiography analysis | Summary of … features for the model | https://<team>.slack.com/files/U…/F…/
            # echocardiography_analysis.pdf |": a team member's upload to the team's chat, its notes, no article
            return "other"
        if _PACKAGE_MANUAL.match(hp):
            # "[glmnet](cran.r-project.org/web/packages/glmnet/glmnet.pdf)": a package's reference manual
            return "other"
        if _product_document(hp):
            # "LTC3813: cds.linear.com/docs/en/datasheet/3813fb.pdf", "[Datasheet](ww1.microchip.com/downloads/en/
            # DeviceDoc/hv2901.pdf)": a component's datasheet or a vendor's catalogue, a product's documentation
            return "other"
        return "paper"
    if _PMC_SERVICE_PAGE.match(hp):
        # "PMCID - PMID - Manuscript ID - DOI Converter" / "https://www.ncbi.nlm.nih.gov/pmc/pmctopmid/": PubMed
        # Central's own tool or help page (no PMCID in it, none of its "articles/" paths) serves the archive, it is
        # no article (the paper-host test below matches "ncbi.nlm.nih.gov/pmc" in any path)
        return "other"
    if _on_paper_host(hp):
        if _SCHOLAR_PROFILE.match(hp) and "citation_for_view" not in url:
            # "[Fabian Isensee](scholar.google.com/citations?user=…)": a researcher's profile, not a work
            return "other"
        if _scholar_topic_search(url):
            # "## Paper index" / "* [Google scholar COVID-19](scholar.google.com/scholar?q=COVID-19)": a search for a
            # topic (one or two words) lists its many works, no one of them; a search for a title ("…?q=Deep+
            # Residual+Learning", a row's "[Search]" link) still points to that work
            return "other"
        if _FORUM_HOST.match(hp):
            # "[CORD-19 Demos and Resources](discourse.cord-19.semanticscholar.org/t/…/132): Semantic Scholar's list
            # of tools": a forum thread on a scholarly host's community site, a post, not a paper
            return "other"
        if _NEWS_STORY.match(hp):
            # "[Science funding agencies say no to using AI for peer review](science.org/content/article/science-
            # funding-agencies-say-no-using-ai-peer-review)": a journal's newsroom story, journalism about the
            # field, not an article of the journal (Science's research lives under "science.org/doi/10.1126/…")
            return "other"
        if _COLLECTION_PAGE.search(hp) or _SESSION_PAGE.search(url):
            # "Cancer Evolution | Nature collection | [link](nature.com/collections/yhyydzgkfk)": an editor's
            # collection or special issue gathers many works, it is none of them; so does a conference
            # site's session ("[2017 ICML Healthcare Related Talks](2017.icml.cc/Conferences/2017/Schedule?
            # showParentSession=1379)"), the programme of many talks
            return "other"
        if _XPLORE_VENUE_PAGE.match(hp) and "arnumber=" not in url.lower():
            # "[**TMI**](ieeexplore.ieee.org/xpl/RecentIssue.jsp?punumber=42) : IEEE Transactions on Medical
            # Imaging", "…/xpl/conhome/8759329/proceeding": IEEE Xplore's page of a journal, an issue or a
            # conference names the venue, no one article (an article is "/document/N" or "…?arnumber=N")
            return "other"
        if _PROCEEDINGS_TOC.fullmatch(hp):
            # "**PMLR, Volume 6: Causality: Objectives and Assessment** [link](http://proceedings.mlr.press/v6/)",
            # "[NeurIPS 2020](papers.nips.cc/paper/2020)": a proceedings volume's or a journal volume's table of
            # contents gathers every paper of the volume and is none of them (a paper's page adds its own part)
            return "other"
        if _venue_home(url, hp):
            # (a DOI resolver hosts no journal: "doi.org/djbvfc" is a shortDOI, the handle of one article)
            # "| [Nature Medicine](https://www.nature.com/nm/) | ~87 |", "[MICCAI](https://www.miccai.org)",
            # "[JAMA Network Open](jamanetwork.com/journals/jamanetworkopen)": a journal's or a
            # conference's home page names the venue, no one work published there
            return "other"
        return "paper"
    if _GUIDELINE_RECORD.match(hp):
        # "[Reporting guideline for the early-stage clinical evaluation of … : DECIDE-AI](equator-network.org/
        # reporting-guidelines/reporting-guideline-for-the-early-stage-…-decide-ai/)": the EQUATOR library's page
        # of one reporting guideline is the record of its published statement (its full reference, its checklist)
        return "paper"
    if _SCHOLARLY_RECORD.search(hp) or "atitle=" in url.lower():
        # a library's OpenURL link resolver ("…/?sid=google&atitle=Title&issn=…") or an institutional
        # repository's record ("hdl.handle.net/1721.1/123", "…/handle/10356/789", "…/bitstream/…"): one article
        return "paper"
    if ids.pii_from_url(url):
        return "paper"  # "[[MedIA]](medicalimageanalysisjournal.com/article/S1361-8415(18)30642-X/abstract)": a journal's article page
    if _journal_site_article(hp):
        # "[Ethical dimensions of using artificial intelligence in health care](journalofethics.ama-assn.org/article/
        # ethical-dimensions-…/2019-02)", "[… Balancing Safety and Innovation](milbank.org/quarterly/articles/
        # artificial-intelligence-and-liability-…/)": a journal's own site, on no publisher's platform, serves each
        # article as a page of its own
        return "paper"
    return "other"


#: a path segment naming the journal whose articles follow ("milbank.org/quarterly/articles/…")
_JOURNAL_SEGMENTS = frozenset({"journal", "quarterly"})


def _journal_site_article(hp: str) -> bool:
    """An article page (``_ARTICLE_PAGE_PATH``) on a journal's own site: the host names a journal ("journalofethics.
    ama-assn.org", not "…journalism…") or a path segment before the article does ("milbank.org/quarterly/articles/…").
    A news site's or a society's article pages ("theverge.com/…", "embs.org/jbhi/articles/…") name no journal."""
    host, _, path = hp.partition("/")
    m = _ARTICLE_PAGE_PATH.search("/" + path)
    if m is None:
        return False
    if "journal" in host and "journalis" not in host:
        return True
    return any(seg in _JOURNAL_SEGMENTS for seg in path[:m.start()].split("/"))


def _venue_home(url: str, hp: str) -> bool:
    """A journal's or a conference's home page (``_VENUE_HOME``) on a scholarly host, no query nor fragment (a query of
    tracking parameters only, "?intcmp=…" or "?utm_source=…", picks no other page; nor does an empty fragment or an
    anchor on the page, the bare "#" a copied address keeps at its end or a section's name: "frontiersin.org/journals/
    computer-science#", "…/journals/physiology#about"; a route after "#/" is a page of a one-page site, no anchor)."""
    base, _, fragment = url.partition("#")
    url = base if "/" not in fragment else url
    return _VENUE_HOME.fullmatch(hp) is not None and ("?" not in url or ids.tracking_only_query(url)) and "#" not in url \
        and not (hp.startswith(("doi.org/", "dx.doi.org/")) and hp.split("/", 1)[1].strip("/"))


#: a file uploaded to a team's chat workspace: Slack's "<team>.slack.com/files/<member>/<file>/notes.pdf" (and its
#: "files.slack.com/files-pri/…" download), Discord's "cdn.discordapp.com/attachments/…": a member's upload behind the
#: workspace's login, a team's working notes, never a citable work though the file is a PDF
_CHAT_UPLOAD = re.compile(r"(?:[a-z0-9-]+\.)?slack\.com/files(?:-pri)?/|(?:cdn\.discordapp\.com|media\.discordapp\.net)"
                          r"/attachments/")

#: a record of an institutional repository (a handle, DSpace's "/handle/N/N" or "/bitstream/N/N/…", HAL),
#: or a journal's article page by number
_SCHOLARLY_RECORD = re.compile(r"^hdl\.handle\.net/\d|/(?:handle|bitstream)/\d+(?:\.\d+)*/\d"
                               # a HAL open-archive record ("hal.inria.fr/hal-01892103/document",
                               # "theses.hal.science/tel-01234567", "hal.archives-ouvertes.fr/inserm-00123456")
                               r"|^(?:[\w-]+\.)*hal\.(?:science|[\w-]+\.fr)/[a-z]+(?:-[a-z]+)?-\d{8}(?:[/v?#]|$)"
                               # a Silverchair journal's article page ("annals.org/aim/fullarticle/2717119",
                               # "jamanetwork.com/journals/jama/fullarticle/2767631")
                               r"|/fullarticle/\d"
                               # an Open Journal Systems article page or galley ("…/index.php/conf/article/
                               # view/1880", "ojs.example.org/jnl/article/download/12/34")
                               r"|/article/(?:view|download)/\d"
                               # a thesis of a TDE digital library, USP's and other Brazilian universities'
                               # ("teses.usp.br/teses/disponiveis/3/3152/tde-12062012-163740/pt-br.php")
                               r"|/tde-\d{8}-\d{6}(?:[/?#.]|$)"
                               # a DSpace 7 bitstream or item addressed by its UUID ("…/server/api/core/
                               # bitstreams/f3ae6e6f-…/content", "…/bitstreams/<uuid>/download", "…/items/<uuid>")
                               r"|/(?:bitstreams|items)/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
                               # a Fedora-based repository's object by its "uuid:" id, as the Oxford Research
                               # Archive addresses each paper ("ora.ox.ac.uk/objects/uuid:6979ca15-94ad-…")
                               r"|/objects/uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
                               # an Optica (formerly OSA Publishing) article page, with or without its journal
                               # ("osapublishing.org/abstract.cfm?uri=boe-8-7-3440", "opg.optica.org/boe/fulltext.cfm
                               # ?uri=…"); the publisher's "search.cfm" results name no one work
                               r"|^(?:[\w-]+\.)?(?:osapublishing|optica)\.org/(?:[a-z]+/)?(?:abstract|fulltext|viewmedia)\.cfm"
                               # an IntechOpen book chapter ("intechopen.com/chapters/52153", "intechopen.com/books/
                               # <book>/<chapter>"); the book's own page ("intechopen.com/books/<book>") is none
                               r"|^intechopen\.com/(?:chapters/\d|online-first/\d|books/[^/]+/[^/]+)"
                               # a US federal public-access repository's record of one funded publication, the
                               # NSF's PAR ("par.nsf.gov/servlets/purl/10331930", "par.nsf.gov/biblio/10331930")
                               # and the DOE's OSTI ("osti.gov/biblio/1234567", "osti.gov/servlets/purl/1234567")
                               r"|^(?:par\.nsf|osti)\.gov/(?:servlets/purl|biblio|pages/biblio)/\d"
                               # the University of California's open-access repository, eScholarship, one
                               # deposited article, working paper or thesis an item ("escholarship.org/uc/item/
                               # 0pg6471b"), as a reading list links a paper its authors archived there
                               r"|^escholarship\.org/uc/item/[0-9a-z]{8}(?:[/?#.]|$)"
                               # a HighWire-hosted society journal's article page, by volume, issue and first page
                               # ("plantcell.org/content/32/7/2083", "jneurosci.org/content/25/46/10577.full",
                               # "genetics.org/content/178/3/1709"): one article each (the journal's own
                               # domain is no scholarly host above, its home page names no work)
                               # (a volume of at most three digits, an issue of up to four, "science.sciencemag.org/
                               # content/313/5786/504"; never a year, "/content/2023/05/12" is a dated post)
                               # (the page an electronic locator with its year, as ASM's journals number their
                               # articles: "jvi.asm.org/content/94/5/e02015-19/article-info")
                               r"|^(?:[\w-]+\.)+[a-z]{2,}/content/\d{1,3}/\d{1,4}/[a-z]?\d+(?:-\d{2})?(?:[./?#]|$)"
                               # a Dove Medical Press article page, one slug of the title closed by "peer-reviewed-
                               # (fulltext-)article-" and the journal's code ("dovepress.com/computer-aided-…-peer-
                               # reviewed-fulltext-article-RRCC"), no DOI nor number in it; the press's journal
                               # pages ("dovepress.com/clinical-epidemiology-journal") name no one work
                               r"|^dovepress\.com/[a-z0-9-]+-peer-reviewed-(?:fulltext-)?article-[a-z]+/?$")
#: the home page of a publisher, journal or conference on a scholarly host: the bare host
#: ("nature.com", "neurips.cc"), one word-only path segment ("nature.com/nm/", "academic.oup.com/jamia"),
#: or a journal's landing page ("thelancet.com/journals/landig/", "link.springer.com/journal/11548");
#: an article's page always has more path or a number ("aclanthology.org/P19-1001")
_VENUE_HOME = re.compile(r"[^/]+(?:/|/[a-z][a-z_-]*/?|/(?:journals?|toc|loi)/[a-z0-9][a-z0-9_-]*/?"
                         # Taylor & Francis's table of contents of a journal's latest issue, by the journal's code
                         # ("tandfonline.com/toc/lbps20/current"): the journal a list names, every article of it
                         r"|/toc/[a-z0-9][a-z0-9_-]*/current/?"
                         # LWW's (Wolters Kluwer's) pages of a journal, by its code: its home, current issue, issue
                         # list or about page ("journals.lww.com/epidem/pages/default.aspx"); its one-article
                         # viewer ("…/pages/articleviewer.aspx?year=…") is no such page
                         r"|/[a-z][a-z0-9_-]*/pages/(?:default|currenttoc|issuelist|aboutthejournal)\.aspx"
                         # a publisher's topic hub, a year then words ("pubs.rsna.org/2019-ncov"): an article's
                         # one-segment slug ends in its number ("aclanthology.org/P19-1001")
                         r"|/\d{4}-[a-z][a-z-]*[a-z]/?"
                         # a journal's landing page under its publisher ("cell.com/ajhg/home", "…/jama/issues")
                         r"|/[a-z][a-z_-]*/(?:home|about|current|issues?|archive)/?"
                         # or the publisher's "home" before the journal's code, as SAGE writes it
                         # ("journals.sagepub.com/home/dst")
                         r"|/home/[a-z][a-z0-9_-]*/?"
                         # a journal's index of its volumes by the journal's number, as Springer lists them
                         # ("link.springer.com/journal/volumesAndIssues/10742", the path lowered): every issue, no one article
                         r"|/journal/volumesandissues/\d+/?"
                         # ScienceDirect's older address of a journal, by its ISSN or its name, perhaps one volume's
                         # index ("sciencedirect.com/science/journal/00313203", "…/science/journal/00313203/140"): the
                         # journal a list names among its venues, every article of it, no one article
                         r"|/science/journal/[a-z0-9][a-z0-9_-]*(?:/\d+)?/?"
                         # a conference's page for one of its editions, its year or its edition's name the only
                         # thing after "conference(s)" ("neurips.cc/Conferences/2025", "aaai.org/conference/aaai/
                         # aaai-25/") or alone, perhaps with a language ("conferences.miccai.org/2024/en/"): the
                         # venue a reviewer served or an award came from, no paper presented there
                         r"|/conferences?/(?:19|20)\d\d/?|/conferences?/[a-z]+/[a-z]+-?\d{2,4}/?"
                         # a digital library's index of one venue, event, special-interest group or author, as the
                         # ACL Anthology files them ("aclanthology.org/venues/bionlp/", "…/events/acl-2024/",
                         # "…/people/j/jane-doe/"): every paper of that venue or author, no one of them
                         r"|/(?:venues|events|sigs|people)/[a-z0-9][a-z0-9_.-]*(?:/[a-z0-9][a-z0-9_.-]*)?/?"
                         # the site's front page written as its file, perhaps under one word-only folder
                         # ("ieeexplore.ieee.org/Xplore/home.jsp", "link.springer.com/index.html"): a search
                         # portal's or a publisher's home, where a review searched or a list sends its reader,
                         # no one work on it
                         r"|(?:/[a-z][a-z_-]*)?/(?:home|index|default|main)\.(?:jsp|s?html?|php|aspx?)"
                         r"|/(?:19|20)\d\d(?:/[a-z]{2})?/?)?")
#: IEEE Xplore's pages of a publication rather than of one article: a journal's latest or listed issues, an issue's
#: table of contents, a conference's proceedings home ("ieeexplore.ieee.org/xpl/RecentIssue.jsp?punumber=42",
#: "…/xpl/tocresult.jsp?isnumber=…", "…/xpl/conhome/8759329/proceeding"), its host and path lowered
_XPLORE_VENUE_PAGE = re.compile(r"ieeexplore\.ieee\.org/xpl/(?:recentissue|mostrecentissue|tocresult|conhome|aboutjournal"
                                r"|issues|periodicals|conferences)\b")
#: a proceedings volume's or a journal volume's table of contents (host and path lowered, no "www."): PMLR's
#: "proceedings.mlr.press/v6/", JMLR's "jmlr.org/papers/v19/", the ACL Anthology's "aclanthology.org/volumes/
#: 2021.naacl-main/", NeurIPS's "papers.nips.cc/paper/2020" and "proceedings.neurips.cc/paper_files/paper/2022",
#: the CVF's "openaccess.thecvf.com/cvpr2023" (and its workshops'), AAAI's "ojs.aaai.org/index.php/aaai/issue/view/
#: 548", the IEEE Computer Society Digital Library's home of a journal ("computer.org/csdl/journal/tk"); each paper's
#: own page goes on past the volume ("…/v70/shalit17a.html", "…/2021.naacl-main.18/")
_PROCEEDINGS_TOC = re.compile(r"(?:proceedings\.mlr\.press/v\d+|jmlr\.org/papers/v\d+|aclanthology\.org/volumes/[^/]+"
                              r"|(?:papers\.nips\.cc|proceedings\.neurips\.cc)/paper(?:_files/paper)?/\d{4}"
                              r"|openaccess\.thecvf\.com/[a-z]+\d{4}(?:_workshops(?:/[a-z0-9_-]+)?)?"
                              r"|ojs\.aaai\.org/index\.php/[a-z]+/issue/(?:view/\d+|archive)"
                              r"|computer\.org/csdl/(?:journal|magazine|proceedings)/[a-z0-9]+)/?")
#: a collection, special issue or topic page of a publisher ("nature.com/collections/…", "cell.com/…/collections/…",
#: "frontiersin.org/research-topics/123/…", "mdpi.com/journal/…/special_issues/…"): many works, no one of them
#: a session of a conference site's schedule (ICML's, NeurIPS's "Conferences/2017/Schedule?showParentSession=…"):
#: the programme of many talks; one event of it ("…?showEvent=…") may be one paper
_SESSION_PAGE = re.compile(r"(?i)/schedule\?(?:[^#]*&)?showparentsession=")
#: a journal's newsroom story on its own scholarly host: Science's news ("science.org/content/article/<slug>",
#: formerly "sciencemag.org/news/<year>/…") and Nature's older news pages ("nature.com/news/<slug>-1.12345");
#: journalism about the field, not an article of the journal (host and path lowered, no "www."); so is Science's
#: careers column ("sciencemag.org/careers/2016/09/how-review-paper"): advice to researchers, no research article
_NEWS_STORY = re.compile(r"(?:science\.org/content/article/|(?:[\w-]+\.)?sciencemag\.org/(?:news|careers)/"
                         r"|nature\.com/news/)"
                         r"[a-z0-9]")
#: a scholarly site's discussion forum, its own subdomain ("discourse.cord-19.semanticscholar.org/t/cord-19-demos-
#: and-resources/132", "forum.example-journal.org/…", "community.…"): a thread among readers, no article of the
#: site (host and path lowered, no "www."; OpenReview's "openreview.net/forum?id=" is a path and stays its paper)
_FORUM_HOST = re.compile(r"(?:discourse|forums?|community|discuss)\.")
#: the EQUATOR Network library's page of one reporting guideline ("equator-network.org/reporting-guidelines/
#: consort/", "…/reporting-guidelines/tripod-statement/"): the record of one published guideline statement; the
#: library's index ("…/reporting-guidelines/" alone) and search pages name no one guideline
_GUIDELINE_RECORD = re.compile(r"equator-network\.org/reporting-guidelines/[a-z0-9][a-z0-9-]*/?$")
#: an editor's collection, special issue or topic hub on a scholarly host; so is a publisher's topic channel, the
#: stream of a field's articles, news and podcasts ("jamanetwork.com/channels/ai-in-clinical-practice?utm_…")
_COLLECTION_PAGE = re.compile(r"^[^/]+/(?:[^/]+/){0,3}(?:collections?|special[-_]issues?|research-topics|immersive"
                              r"|channels)/")
#: the NCBI Bookshelf's page of one book or chapter ("ncbi.nlm.nih.gov/books/NBK543630/"): a work's full text, yet as
#: often a clinical reference's web chapter (StatPearls) cited as a web page; ``bookshelf_page`` only says where it is
_BOOKSHELF_PAGE = re.compile(r"(?:www\.)?ncbi\.nlm\.nih\.gov/books/NBK\d", re.I)


def bookshelf_page(url: str) -> bool:
    """Whether the address is the NCBI Bookshelf's page of one book or chapter (``_BOOKSHELF_PAGE``)."""
    return _BOOKSHELF_PAGE.search(url, 0, 300) is not None


#: a publisher's page for a whole book: Springer's ("link.springer.com/book/10.1007/978-…" without a chapter's
#: "_12" suffix, "springer.com/gp/book/978…") or Cambridge Core's ("cambridge.org/core/books/<book>/<32-hex id>");
#: so is the ACM Digital Library's page of a whole proceedings volume ("dl.acm.org/doi/proceedings/10.1145/3357384",
#: a table's Year link to the edition): its DOI is the volume's, each article has its own "dl.acm.org/doi/10.1145/…"
_BOOK_PAGE = re.compile(r"(?:link\.springer\.com/book/10\.\d+/[^/_?#]+/?(?:[?#]|$)"
                        r"|dl\.acm\.org/doi/proceedings/10\.\d+/[^/?#]+/?(?:[?#]|$)"
                        r"|(?:www\.)?springer\.com/(?:[a-z]{2}/)?book/\d"
                        r"|(?:www\.)?intechopen\.com/books/[^/?#]+/?(?:[?#]|$)"
                        r"|(?:www\.)?cambridge\.org/core/books/[^/]+/[0-9A-Fa-f]{32}/?(?:[?#]|$)"
                        # Wiley's catalogue page of one book, its title's slug closed by "-p-" and the ISBN-13
                        # ("wiley.com/en-us/Biostatistics+For+Dummies-p-9781118553985"); a product without an
                        # ISBN ("-p-x001234567", a course or a journal's offer) is no book
                        r"|(?:www\.)?wiley\.com/en-[a-z]{2}/[^/?#]{1,300}-p-97[89]\d{10}/?(?:[?#]|$))")
#: a shop's product page of one printed book: Amazon's product id for a book is its ISBN-10 (nine digits, then a digit
#: or X, lower-cased in the path read here: "amazon.com/Probability-Theory-E-T-Jaynes/dp/0521592712/ref=…",
#: "amazon.com/gp/product/1789341655/…"); any other product's id starts with letters ("dp/B07…"). Only a books
#: heading's line reads it as the book (``whole_book_page``): elsewhere a shop's page stays a page, and a reference
#: that cites its book by byline keeps reading its publisher from the trailer as before
_SHOP_BOOK_PAGE = re.compile(r"(?:www\.)?amazon\.[a-z.]{2,6}/(?:[^/?#]{1,300}/)?(?:dp|gp/product)/\d{9}[\dx]"
                             r"(?:[/?#]|$)")
#: of those, a proceedings volume's page: many papers bound together, no one work a title may name
_PROCEEDINGS_VOLUME = re.compile(r"dl\.acm\.org/doi/proceedings/")
#: an R package's reference manual, generated from its help pages: CRAN's ("cran.r-project.org/web/packages/glmnet/
#: glmnet.pdf", a mirror's "cran.<mirror>/…") and Bioconductor's ("bioconductor.org/packages/release/bioc/manuals/limma/
#: man/limma.pdf"). A PDF, but the package's documentation, not a paper; a vignette ("…/vignettes/x.pdf") may reprint
#: the package's article and stays one
_PACKAGE_MANUAL = re.compile(r"(?:[\w-]+\.)*(?:cran\.[\w.-]+/web/packages/(?P<pkg>[\w.]+)/(?P=pkg)\.pdf"
                             r"|bioconductor\.org/packages/(?:[\w.-]+/)*manuals/(?P<bpkg>[\w.]+)/man/(?P=bpkg)\.pdf)$",
                             re.IGNORECASE)
#: a product's documentation by its path: a datasheet, data brief or spec sheet ("cds.linear.com/docs/en/datasheet/
#: 3813fb.pdf", "analog.com/media/en/technical-documentation/data-sheets/ADG406_407_426.pdf", "st.com/…/technical/
#: document/data_brief/…", "mouser.com/catalog/specsheets/HV732DB1.pdf"); no journal files its articles so
_PRODUCT_DOC_PATH = re.compile(r"/(?:data[-_]?sheets?|data[-_]?briefs?|spec[-_]?sheets?)/")
#: electronic-component makers and distributors, whose PDFs are their parts' datasheets, evaluation-board manuals and
#: catalogues ("ww1.microchip.com/downloads/en/DeviceDoc/hv2901.pdf", "microchip.com.tw/Data_CD/Treelink….pdf"),
#: never a paper; the host is matched at a label boundary ("microchip.com", "microchip.com.tw", "www.ti.com")
_COMPONENT_VENDOR_HOST = re.compile(r"^(?:[\w-]+\.)*(?:microchip|linear|analog|st|ti|maximintegrated|mouser|digikey"
                                    r"|onsemi|nxp|infineon|renesas|farnell|supertex|intersil)\.com(?:\.[a-z]{2})?/")


def _product_document(hp: str) -> bool:
    """A PDF (``_host_path`` form) that documents a product, not a work: a component's datasheet, an evaluation
    board's brief, a vendor's catalogue. Hardware bibliographies link them inline beside the papers they cite
    ("STHV748 … pulser [Datasheet](st.com/…/CD00226856.pdf)"); the PDF alone made them papers."""
    return _PRODUCT_DOC_PATH.search(hp) is not None or _COMPONENT_VENDOR_HOST.match(hp) is not None


#: a package's own page on a software registry ("cran.r-project.org/package=iCluster", "cran.r-project.org/web/packages/
#: Spectrum/index.html", "bioconductor.org/packages/iClusterPlus", "…/packages/release/bioc/html/pandaR.html",
#: "pypi.org/project/scanpy"): where the software is distributed, as a repository is where its code is kept; not a
#: registry's home, search or task view
_PACKAGE_REGISTRY_PAGE = re.compile(r"(?:cran\.[\w.-]+/(?:package=[\w.]+|web/packages/[\w.]+(?:/(?:index\.html)?)?)"
                                    r"|(?:www\.)?bioconductor\.org/packages/(?:[\w.-]+/){0,2}"
                                    r"(?:html/)?[\w.]+(?:\.html)?"
                                    r"|pypi\.org/project/[\w.-]+)/?$", re.IGNORECASE)


def _package_registry_page(hp: str) -> bool:
    """A package's own page on CRAN, Bioconductor or PyPI (``_host_path`` form): the software's distribution home."""
    return _PACKAGE_REGISTRY_PAGE.match(hp) is not None


#: an account's page on a social network ("twitter.com/biorxivpreprint", "x.com/…", "linkedin.com/in/…")
_SOCIAL_PAGE = re.compile(r"(?:twitter\.com|x\.com|mastodon\.social|linkedin\.com/(?:in|company))/[^/]+/?$")
#: a Google Scholar author profile ("scholar.google.com/citations?user=…", any country's host), or an OpenReview
#: one ("openreview.net/profile?id=~Hantao_Zhang2", a co-author's name linked in a homepage's byline)
_SCHOLAR_PROFILE = re.compile(r"scholar\.google\.[a-z.]+/(?:citations|scholar_alerts)(?:[?/#]|$)"  # or one's alerts
                              r"|openreview\.net/profile(?:[?/#]|$)")
#: a scholarly index's search, its query the first group: Google Scholar's ("scholar.google.com/scholar?hl=en&q=
#: COVID-19"), Semantic Scholar's ("semanticscholar.org/search?q=Cramming%20protein%20language%20model") or a
#: publisher's own, IEEE Xplore's ("ieeexplore.ieee.org/search/searchresult.jsp?newsearch=true&queryText=SA-UNet:%20
#: Spatial%20Attention%20U-Net…"), which a list links under a title bullet when it had no article page at hand, or
#: PubMed's and PubMed Central's ("ncbi.nlm.nih.gov/pubmed/?term=bioconductor&sort=date": a page's literature search)
_SCHOLAR_SEARCH = re.compile(r"(?i)^[a-z]+://(?:www\.)?(?:(?:scholar\.google\.[a-z.]+/scholar"
                             r"|(?:api\.)?semanticscholar\.org/search)\?(?:[^#]*&)?q="
                             r"|(?:pubmed\.ncbi\.nlm\.nih\.gov/?|ncbi\.nlm\.nih\.gov/(?:pubmed|pmc)/?)\?(?:[^#]*&)?term="
                             r"|ieeexplore\.ieee\.org/search/searchresult\.jsp\?(?:[^#]*&)?querytext=)([^&#]*)")


def _scholar_query_words(url: str) -> int | None:
    """How many words a scholarly index's search asks for (None: the URL is no such search)."""
    m = _SCHOLAR_SEARCH.match(url.strip())
    return None if m is None else len(unquote_plus(m.group(1)).split())


#: the search term of a PubMed query ("pubmed.ncbi.nlm.nih.gov/?term=…", "ncbi.nlm.nih.gov/pubmed/?term=…"), of a
#: Google Scholar, Semantic Scholar or Europe PMC search ("…/scholar?q=…", "europepmc.org/search?query=…")
_DATABASE_QUERY = re.compile(r"(?i)^[a-z]+://(?:www\.)?(?:pubmed\.ncbi\.nlm\.nih\.gov/?|ncbi\.nlm\.nih\.gov/pubmed/?"
                             r"|scholar\.google\.[a-z.]+/scholar|(?:api\.)?semanticscholar\.org/search"
                             r"|europepmc\.org/search)\?(?:[^#]*&)?(?:term|q|query)=([^&#]*)")
#: what only a database's search syntax writes: a Boolean operator in capitals between terms ("… AND …", "OR",
#: "NOT") or a field tag after a term ('"image registration"[Title/Abstract]', "[tiab]", "[MeSH Terms]")
_QUERY_SYNTAX = re.compile(r"\s(?:AND|OR|NOT)\s|\[[A-Za-z][A-Za-z /]*\]")


#: one title searched in its own field ("Deep+learning+for+liver+segmentation[Title]"): a search for that work
_TITLE_FIELD_SEARCH = re.compile(r'(?i)^\s*"?[^"\[\]]+"?\s*\[(?:title|ti)\]\s*$')


def _boolean_database_query(url: str) -> bool:
    """A literature database's search written in its query syntax (Boolean operators, field tags): the works it
    matches, never one of them. Why not every search: a list that had no article page at hand links a search for
    the work's title, which stays that work (``_scholarly_title_search``), even when it names the title field."""
    m = _DATABASE_QUERY.match(url.strip())
    if m is None:
        return False
    term = unquote_plus(m.group(1))
    return _QUERY_SYNTAX.search(f" {term} ") is not None and _TITLE_FIELD_SEARCH.match(term) is None


#: a search narrowed to a span of years: PubMed's "filter=years.2020-2024", Google Scholar's "as_ylo=2020" /
#: "as_yhi=2024", Europe PMC's "(PUB_YEAR:[2020 TO 2024])"
_YEAR_RANGE_FILTER = re.compile(r"(?i)[?&](?:filter=years\.\d{4}|as_y(?:lo|hi)=\d{4})|PUB_YEAR(?::|%3A)")


def _dated_literature_search(url: str) -> bool:
    """A literature database's search narrowed to a span of publication years (``pubmed…/?term=audio+depression+
    detection&filter=years.2020-2024``, ``scholar.google…/scholar?…&as_ylo=2020&as_yhi=2024&q=…``): a survey of
    the works of those years, never one of them. Why: three words or more read as a work's title looked up
    (``_scholarly_title_search``), and "## PubMED" over its query became a paper; a title looked up is never
    bounded by years, it names its work outright."""
    return _DATABASE_QUERY.match(url.strip()) is not None and _YEAR_RANGE_FILTER.search(url) is not None


def _scholar_topic_search(url: str) -> bool:
    """A scholarly index's search for one or two words (a topic, "COVID-19"), not for a work's title."""
    n = _scholar_query_words(url)
    return n is not None and n < 3


def _scholarly_title_search(url: str) -> bool:
    """A scholarly index's search for three words or more: a work's title (or its key words), so that work."""
    n = _scholar_query_words(url)
    return n is not None and n >= 3


#: a page of a preprint server whose works are each addressed by their identifier: arXiv's by its id, bioRxiv's and
#: medRxiv's by their DOI under "/content/"
_PREPRINT_SERVER = re.compile(r"^(?:[\w-]+\.)*(?:arxiv|biorxiv|medrxiv)\.org/")
#: the paths a preprint server serves its works under ("arxiv.org/abs/…", "/pdf/…", "/html/…", "/ftp/…",
#: "/format/…"; "biorxiv.org/content/…", "medrxiv.org/cgi/content/…"): a work's page even when its identifier cannot
#: be read
_PREPRINT_WORK_PATH = re.compile(r"^(?:[\w-]+\.)*(?:arxiv\.org/(?:abs|pdf|html|ftp|format|ps)/"
                                 r"|(?:biorxiv|medrxiv)\.org/(?:cgi/)?content/)")


def _preprint_server_page(hp: str) -> bool:
    """``arxiv.org/covid19search``, ``arxiv.org/a/smith_j_1``, ``connect.biorxiv.org/relate/content/181``: a page of
    a preprint server that is none of its works' (a search, a collection, an author's listing). Why: a paper host's
    page reads as a paper, but these servers address every work by its identifier under a few paths; a page off
    those paths lists works. The server's front page (no path) is left to the venue-name reading."""
    path = hp.split("/", 1)[1] if "/" in hp else ""
    return bool(path.strip("/")) and _PREPRINT_SERVER.match(hp) is not None and _PREPRINT_WORK_PATH.match(hp) is None


#: a search or listing page of a scholarly site ("arxiv.org/search/", "arxiv.org/list/cs.CV/recent",
#: "openreview.net/search"): many papers' results, no one work
_SEARCH_PAGE = re.compile(r"[^/]+/(?:search|list)(?:/|$)")
#: a venue's or a group's page on OpenReview ("openreview.net/group?id=ICLR.cc/2024/Conference", "…/venue?id=…"),
#: host and path only (the id is in the query)
_OPENREVIEW_VENUE_PAGE = re.compile(r"openreview\.net/(?:group|venue|venues)/?$")
#: an issue, pull request or discussion of a repository (``github.com/o/r/issues/12``)
_REPO_THREAD = re.compile(r"[^/]+/[^/]+/[^/]+/(?:issues|pull|pulls|discussions)(?:/|$)")
#: a link target that is a word, no address nor path ("[code](available)", "[code](soon)")
_BARE_WORD = re.compile(r"[A-Za-z][\w-]*")
#: a path segment that says the page is data ("/datasets", "/dataset/…"), not a program
_DATASET_PATH = re.compile(r"/datasets?(?:[/?#]|$)")
#: a host named for the datasets it serves ("datasets.simula.no/kvasir-seg/"): a dataset's page, which a table of
#: datasets puts under its "Code" label beside the paper that made it; no repository of a program
_DATASET_SUBDOMAIN = re.compile(r"^datasets?\.")
#: a path segment that says the page is an article ("/articles/…", "/article/…"), not a program
_ARTICLE_PAGE_PATH = re.compile(r"/articles?/[^/?#]")


#: a deep-learning framework's catalogue of its own model ports (host and path, as ``_host_path`` gives them)
_FRAMEWORK_HUBS = ("pytorch.org/hub/", "tfhub.dev/", "tensorflow.org/hub/")
#: a deep-learning framework's own tutorials and worked examples ("pytorch.org/tutorials/beginner/fgsm_tutorial.html",
#: "tensorflow.org/tutorials/generative/adversarial_fgsm", "keras.io/examples/vision/grad_cam/"): the framework's
#: staff re-implement a known method to teach the framework; a "[[code]]" link there is a port, not the paper's code
_FRAMEWORK_TUTORIALS = ("pytorch.org/tutorials/", "tensorflow.org/tutorials/", "keras.io/examples/")
#: a code finder's page of one paper ("catalyzex.com/paper/aipatient-simulating-patients-with-ehrs-and/code"): the
#: site lists the implementations it found for the paper, anyone's; the page is no repository, and a "[Code]" link
#: there says only that some code exists, not that the authors gave it
_CODE_FINDER_PAGES = ("catalyzex.com/paper/",)


#: a link's text that says the work's authors gave no code of their own ("paper doesn't give code but open
#: implementations are available", "no official code", "authors did not release code"): whatever it links is a
#: third party's implementation
_DENIES_OWN_CODE = re.compile(r"(?i)\b(?:(?:does|do|did)(?:n['’]t|\s+not)\s+(?:give|provide|release|share|publish)"
                              r"|no\s+official|not\s+(?:give|provide|release|share|publish)|without)"
                              r"\s+(?:\w+\s+){0,2}?(?:code|implementations?)\b")


#: a GitHub Classroom assignment invitation ("classroom.github.com/a/<code>"): a course's homework, not a repository
_CLASSROOM_INVITATION = ("classroom.github.com/a/", "classroom.github.com/assignment-invitations/")


def _names_course_session(label: str) -> bool:
    """``headings.course_session_label`` (imported here: ``headings`` reads ``inline``, which reads this module)."""
    from medkg.headings import course_session_label

    return course_session_label(label)


#: the page names a site's path ends with that add nothing to it ("…/2025/en/default.asp", "…/2024/index.html")
_SITE_INDEX_PAGES = frozenset(("index", "default", "home", "main"))
#: the extensions a site's page is served with ("icsip.org/2023.html")
_PAGE_EXTENSION = re.compile(r"\.(?:html?|php|aspx?|jsp)$")


def _venue_edition_page(label: str, hp: str) -> bool:
    """``[IEEE J-BHI 2025](embs.org/jbhi/)``, ``[MICCAI 2025](conferences.miccai.org/2025/en/default.asp)``,
    ``[ICSIP 2023](icsip.org/2023.html)``: a venue-and-year label (``venue_year_label``) whose page's path is made
    only of the label's own words (its venue's acronym, its year), a two-letter language code and an index page
    name. Why: such a page is the venue's site or that year's edition of it, which a homepage's news line links
    ("Our new paper for [MICCAI 2025](…) was accepted"), not a work; a paper's page on the same site
    ("…/2023/papers/123-Paper0456.html") names more than the venue and the year."""
    if not venue_year_label(label.strip().strip("`[]() ")):
        return False
    host, _, path = hp.partition("/")
    segments = [_PAGE_EXTENSION.sub("", seg) for seg in path.split("/") if seg]
    if not segments:
        return False  # (a host alone is read by the rules before)
    words = {re.sub(r"[^0-9a-z]", "", w) for w in _norm(label).split()}
    return all(seg in words or len(seg) == 2 and seg.isalpha() or seg in _SITE_INDEX_PAGES for seg in segments)


#: labels that only say the link is an identifier's address ("DOI:", "[DOI]", "doi.org"), not what the work is
_IDENTIFIER_ONLY_LABELS = frozenset({"doi", "doi link", "doi.org", "doi org"})


#: the words of a medium a label may open with as the subject of a work's title ("Video Swin Transformer")
_MEDIUM_MODIFIERS = frozenset(("video", "videos"))


def _medium_word_modifies_title(label: str) -> bool:
    """``Video diffusion models``, ``Video Swin Transformer``: a label of three words or more that opens with a
    medium's word (``_MEDIUM_MODIFIERS``) and has no other word that says what a link is (a strong role word of any
    kind, ``_EN_STRONG``): the medium is the title's subject, not the link's kind ("Video demo", "Video of the talk" and
    "Video (YouTube)" name a recording)."""
    words = [w for w in re.split(r"[\s/+&,:()]+", _norm(strip_symbols(label))) if w and w not in _LONE_DASHES]
    if len(words) < 3 or words[0] not in _MEDIUM_MODIFIERS:
        return False
    return not any(w in role_words for w in words[1:] for role_words in _EN_STRONG.values()) \
        and not any(w in ("of", "recording", "recorded", "lecture", "talk", "talks", "keynote", "webinar", "oral")
                    for w in words[1:])


@lru_cache(maxsize=1 << 16)
def link_role(label: str, url: str) -> str:
    """Combine what the label says with what the URL is (memoised: labels and URLs recur)."""
    by_label = label_role(label)
    by_url = url_role(url)
    hp = _host_path(url)
    if by_label is None and (credited := _possessive_credit(label, url)) is not None:
        by_label = credited  # "[lawlietAi's Reimplementation](github.com/lawlietAi/…)": someone else's port
    if by_label is None and by_url == "dataset" and hp.startswith(FILE_SHARE_HOSTS) and names_released_weights(label):
        # "| Code | Weights |" over "| [✓](github…) | [✓](drive.google.com/file/d/…) |", "[[weights](pan.baidu.com/s/…)]":
        # a file-sharing drive's address says nothing of what it holds; the label (a column's header) says the file
        # is the model's trained weights, no data set (a "Data" column's or a "[data](…)" link's drive stays data)
        return "other"
    if by_label is None and _named_software_archive(label, hp):
        return "code"  # "[[SourceForge]](sourceforge.net/projects/…)", "[[Code Ocean]](doi.org/10.24433/CO.…)"
    if by_label is None and by_url == "dataset" and _deposit_label_says_code(label) \
            and (hp.startswith(("zenodo.org/record", "figshare.com/articles/", "osf.io/", "datadryad.org/"))
                 or (ids.ids_from_url(url)[0] or "").lower().startswith(("10.5281/zenodo.", "10.6084/m9.figshare."))):
        return "code"  # "[Zenodo (code)](doi.org/10.5281/zenodo.…)", "[code on figshare](figshare.com/articles/…)"
    if by_label == "paper" and by_url == "dataset" and _norm(strip_symbols(label)) in _IDENTIFIER_ONLY_LABELS \
            and (ids.ids_from_url(url)[0] or "").lower().startswith(_DATASET_DOI_PREFIXES):
        # "… [Data set]. The Cancer Imaging Archive. DOI: https://doi.org/10.7937/TCIA.…": a label that only says the
        # address is a DOI names no kind of work; the DOI a data repository minted names the deposited data set (as
        # the bare address does), and a "DOI:" before a journal's DOI still opens the article
        return "dataset"
    if by_url == "paper" and (landing := landing_record(label, url)):
        # "[Homepage](https://doi.org/10.15387/fcp_indi.mpi_lemon) - [Data](…) - [Paper](doi.org/10.1038/sdata…)":
        # a DOI named as the resource's home page, portal or download is the resource's own landing record (a
        # data archive registers one per data set), not its article; "[DOI](…)", "[Paper](…)" and a title stay
        return landing
    if by_label is None and by_url == "other" and label_is_doi(label):
        # "[DOI: 10.4018/979-8-3693-0851-6.ch004](https://www.igi-global.com/chapter/…/342883)": a link whose text
        # is a DOI says the page it opens is that work's record, on whatever publisher's site
        return "paper"
    if by_label is None and by_url == "other" and _titled_book_page(label, hp, url):
        # "[Introduction to Proteomics: Tools for the New Biology](link.springer.com/book/10.1007/978-1-59259-130-5)",
        # "[Latest Developments in Medical Robotics Systems](intechopen.com/books/10569)", "[Cell tracking in
        # time-lapse microscopy image techniques](books.google.com/books?…&id=Lk8MEAAAQBAJ&…&pg=PA101)": a book's
        # (or its chapter's) own title linked to its publisher's page or its Google Books volume names the work
        # (its DOI is the book's); "[free PDF](…)", "[Publisher Link](…)" beside a textbook's name stay a page about it
        return "paper"
    if by_label is None and by_url == "other" and _book_page_under_book_label(label, url, hp):
        # "**Animal tool behavior: …** *Shumaker, …* 2011 [[Book](books.google.com/books?…&id=Dx7slq__udwC…)]": a
        # label that says the link is the book, on a page of that one book, is the book's own record (as
        # "[[Book]](repository.example/handle/…)" is); the title beside it is the work, not a tool or a page
        return "paper"
    if by_label is None and by_url == "other" and _PROCEEDINGS_TOC.fullmatch(hp) is not None \
            and _titles_a_work_not_a_volume(label):
        # "| CEHR-BERT | *Machine Learning for Health* | [CEHR-BERT: Incorporating Temporal Information from Structured
        # EHR Data to Improve Prediction Tasks](https://proceedings.mlr.press/v158/) <br> *Note: Must look up paper on
        # site to get PDF.* |": a work's full title linked to the proceedings volume that prints it names that paper,
        # the volume's table of contents standing in for its page; the volume's own name so linked ("[PMLR, Volume 6:
        # …](…/v6/)", "[Advances in Neural Information Processing Systems 33 (NeurIPS 2020)](papers.nips.cc/paper/
        # 2020)") stays the volume
        return "paper"
    if by_label is None and by_url == "other" and len(label.split()) >= 5 and _scholar_topic_search(url):
        # "[Protocol for development of a reporting guideline (TRIPOD-Code) for … (2026)](scholar.google.com/scholar
        # ?q=TRIPOD-Code)": a work's title linked to a search for its keyword is that work; a short label ("Google
        # scholar COVID-19") names the topic searched
        return "paper"
    if by_label is None and by_url == "paper" and _names_course_session(label) and not any(ids.ids_from_url(url)) \
            and not _on_paper_host(hp):
        # "[Lecture 13: Hidden Markov Models](aarmey.github.io/…/hmm.pdf)": a course meeting's name linked to a PDF
        # on the course's own site is that session's slides, no article (a reading names its work, not a session)
        return "other"
    if by_label is None and by_url == "code" and _DATA_FOR_LABEL.match(label) and len(label.split()) <= 6:
        # "[[Dataset for COVID-19 X-Ray]](https://github.com/lindawangg/COVID-Net)" beside the paper's "[[PDF]](…)":
        # a short label naming data for something names the data a repository holds (the work used it), not
        # the work's code; a longer text ("Datasets for Large Language Models: A Comprehensive Survey") is a title
        return "dataset"
    if by_label in (None, "other") and by_url == "code" and licence_file(url):
        return "other"  # "[MIT](github.com/…/blob/master/LICENSE)", "[GPL v3](…/LICENSE.txt)": the tool's licence
    if by_label is None and by_url == "code" and _names_a_tutorial(label):
        return "other"  # "[multiple instance learning tutorial](github.com/Project-MONAI/tutorials/…)": a lesson
    if by_label is None and by_url == "code" and _names_a_dependency(label):
        # "[Training framework](github.com/hiyouga/LLaMA-Factory)": a tool the work was built with, not its code
        return "related_code"
    if by_label is None and by_url == "code" and _is_repo_note(hp) and not _label_names_repository(label, url):
        # "<https://github.com/reader/paper_study/blob/master/Title_of_the_paper.md>", "[Note 1](…/blob/main/
        # note1.md)": a reader's note (a document about the work) kept in a repository, not the work's code;
        # a label still decides ("[`related`](…/NLP-progress/blob/master/question_answering.md)")
        return "other"
    if by_label is None and by_url == "code" and _author_year_folder(url):
        # "21/11/25 [Title](nature…)" / "Link to repo folder: [Wang2024](github.com/club/journal_club/tree/main/
        # Wang2024)": a reading group's repository keeps one folder per paper read, named by its first author and
        # year; the folder holds the group's slides and notes on the work, not the work's code (a label that says
        # code still decides: "Official code: [Haddad2024](…)")
        return "other"
    if by_label is None and by_url == "code" and _DENIES_OWN_CODE.search(label):
        # "[paper doesn't give code but open implementations are available](github.com/tianhan4/paper2vec)": the
        # text says the authors gave none, so the repository is someone else's port
        return "related_code"
    if by_label == "related_code":
        return "related_code" if by_url == "code" or "code" in _norm(label) or "代码" in label else "other"
    if by_label in (None, "code") and by_url == "code" \
            and (_credits_repo_owner(label, url) or _repo_names_reimplementation(url)):
        # "[PyTorch (lucidrains)](github.com/lucidrains/…)", "[code2](github.com/CV-Reimplementation/ResViT-
        # Reimplementation)": someone else's port, not the authors' own code
        return "related_code"
    if by_label == "code":
        if _BARE_WORD.fullmatch(url):
            return "other"  # "[code](available)": a word where the address should be, no link to code
        if in_list_repository(url):
            # "| Generative Adversarial Nets | [Paper](arxiv…) | [Code](code/1_GAN) |": a relative link is a folder
            # of the repository the list lives in, the list author's own port of the work, not the paper's code
            return "related_code"
        if by_url == "other" and (_DATASET_PATH.search(hp) or _DATASET_SUBDOMAIN.match(hp)):
            # "| Code | [link](https://vendor.example/resources/datasets) |", "[Code](https://datasets.simula.no/…)"
            return "dataset"
        if by_url == "other" and _ARTICLE_PAGE_PATH.search(hp):
            # "| Code | https://www.embs.org/jbhi/articles/imaging-informatics-9/ |": a site's article page pasted
            # into the code column (the row had no code) is no repository of the work's code
            return "other"
        if by_url == "paper" and (not _is_strong_code_label(label) or _cites_record(url)
                                  or _publisher_article(url, hp) or _loose_pdf(url, hp)):
            # "[code](https://arxiv.org/pdf/…)": an arXiv or PubMed record is never code; nor is a journal's
            # article page ("[[code]](https://bmcbioinformatics.biomedcentral.com/articles/10.1186/…)", the
            # paper's own address pasted twice), nor a PDF file off any repository ("<a href=…/che23b.pdf>code
            # </a>", a proceedings PDF pasted into the code column); a DOI resolver may name a code archive
            # (Zenodo) and stays code
            return "paper"
        if by_url == "dataset" and not _is_strong_code_label(label):
            return "dataset"
        if by_url != "code" and (_matches(hp, _BLOG_HOSTS_RE) or dated_post_page(url)):
            # "[Github Link](https://someone.github.io/2020-03-20-cord19-ner/): Overview of the methodology and
            # Results": a blog's dated post (on a GitHub Pages site the list calls "GitHub") tells about the work;
            # it is no repository of its code
            return "other"
        if by_url == "other" and _matches(hp, _COMPETITION_HOSTS_RE) and not hp.startswith(_HOSTED_ALGORITHMS):
            # "[[code]](https://idrid.grand-challenge.org/Challenge_Proceedings/)": a challenge's pages (its
            # proceedings, its leaderboard) hold no repository of the paper's code
            return "other"
        if by_url == "other" and ids.forge_page(url):
            return "other"  # "[code](https://github.com/jindongwang)", "[code](github.com/topics/…)": no repository
        if by_url == "other" and hp.startswith(_CLASSROOM_INVITATION):
            # "Lab: Implementation of [Shaffer et al.](…) / - [Repository link](https://classroom.github.com/a/…)":
            # a GitHub Classroom invitation makes each student a copy of a course's starter repository; it is the
            # homework's, never the cited work's code
            return "other"
        if hp.startswith(_FRAMEWORK_HUBS + _FRAMEWORK_TUTORIALS + _CODE_FINDER_PAGES):
            # "[[code]](https://pytorch.org/hub/pytorch_vision_vgg/)": a framework's catalogue of its own
            # pretrained models ports the architecture, and "[[code]](https://www.tensorflow.org/tutorials/generative/
            # adversarial_fgsm)" its tutorial re-implements the method; neither is the paper's code; "[Code](catalyzex
            # .com/paper/…/code)" is a code finder's list of whatever implementations it found
            return "related_code"
        return "code"
    if by_label == "paper":
        if by_url == "code":
            return "code"
        if _matches(hp, _BLOG_HOSTS_RE):
            return "other"
        if by_url == "other" and ("/" not in hp.rstrip("/") or _SOCIAL_PAGE.match(hp) or _preprint_server_page(hp)
                                  or _on_paper_host(hp) and _venue_home(url, hp)):
            # "[bioRxiv](https://www.biorxiv.org/)", "[bioRxiv](twitter.com/biorxivpreprint)": a server's name
            # linked to its front page or its social account names the venue, no one work on it; so does a
            # venue and its year linked to that edition's page ("[NeurIPS 2025](neurips.cc/Conferences/2025)
            # reviewer": the label reads as a paper's venue tag, the page is the conference's)
            return "other"
        if by_url == "other" and _matches(hp, _COMPETITION_HOSTS_RE):
            return "other"  # "[(TN-SCUI 2020)](https://tn-scui2020.grand-challenge.org/)": a challenge's name and year
        if by_url == "other" and (_boolean_database_query(url) or _scholar_topic_search(url)):
            # "[PubMed Link](ncbi…/pubmed/?term=cardiac+AND+…)": a database's query, many works; so is its search for
            # one or two words ("[PubMed](ncbi…/pubmed/?term=bioconductor)", a page's literature search)
            return "other"
        if by_url in ("other", "paper") and _venue_edition_page(label, hp) and not any(ids.ids_from_url(url)):
            # "Our new paper for [IEEE ISBI 2024](https://biomedicalimaging.org/2024) was accepted!": a venue and its
            # year linked to a page whose path only repeats that venue or year is the venue's (or that edition's)
            # own site, naming no one work on it
            return "other"
        return "paper"
    if by_label == "dataset":
        if by_url == "code" and _names_code_too(label):
            # "[[Dataset & Code]](github.com/DorisBao/BMAD)", "[data and code](github…)": a benchmark's repository
            # holds its data and its code, and the label says so; the paper has its code there (a deposit so
            # labelled, "[Data & Code](zenodo…)", stays the data the label names first)
            return "code"
        return "dataset"
    if by_label == "other":
        if by_url == "paper" and _medium_word_modifies_title(label) and any(ids.ids_from_url(url)):
            # "[**Video diffusion models**](arxiv.org/abs/2204.03458)", "[Video Swin Transformer](arxiv…)": a title
            # whose first word, "video", says what the work is about (its head noun, last, is no word of a link's
            # kind) names the paper its identifier opens, not a recording; "[Video](arxiv…)", "[video demo](…)",
            # "[Video presentation](doi…)" stay the talk
            return "paper"
        if by_url == "paper" and names_presentation_form(label) and _one_article_record(url, hp):
            # "This work was presented as a [poster](ieeexplore.ieee.org/stamp/stamp.jsp?arnumber=…) at ISBI 2023":
            # the form a conference paper was presented in (a poster, an oral talk) linked to a publisher's record
            # of one article names that paper; a poster's own file or a conference's poster page
            # ("nips.cc/virtual/2020/public/poster_….html", a "| Poster |" column) stays the poster
            return "paper"
        if by_url == "code" and is_home_label(label) and ids.canonical_repo(url) and not _is_repo_note(hp):
            # "[[homepage](https://github.com/OpenGVLab/All-Seeing)]", "[project page](github.com/…)": the
            # work's home is its repository; a demo, a blog or slides kept on GitHub stay what they are
            return "code"
        if by_url == "paper" and is_home_label(label) and (any(ids.ids_from_url(url)) or journal_article_page(url)):
            # "Title, [website](https://arxiv.org/abs/…)", "[website](https://www.nature.com/articles/s41467-…)":
            # a list that calls every link its "website" says nothing by the word; a record named by the work's
            # identifier is the paper (a venue's or a journal's home page, which names no work, stays a site);
            # so is one article's page that names no identifier ("**Title** - Authors. [[SITE]](ieeexplore.ieee.org/
            # document/7285018)": a list labelling publisher pages "SITE" and PDFs "PDF")
            return "paper"
        return "other"
    return by_url


#: the words by which a label names the form a conference paper was presented in ("poster", "oral talk",
#: "spotlight presentation"): not the talk's material (slides, a recording), the paper the talk presented
_PRESENTATION_FORM_WORDS = frozenset({"poster", "oral", "talk", "spotlight"})
_PRESENTATION_QUALIFIERS = frozenset({"presentation", "session", "paper", "an", "a", "the"})


def _one_article_record(url: str, hp: str) -> bool:
    """A scholarly record of one article, by its address alone: an identifier in it (a DOI, an arXiv id, a PMID),
    a publisher's article page (``journal_article_page``), IEEE Xplore's page or PDF of one article ("…?arnumber=N")
    or an OpenReview paper's page; not a conference's page for a poster or a talk, nor a digital library's copy."""
    return any(ids.ids_from_url(url)) or journal_article_page(url) \
        or hp.startswith("ieeexplore.ieee.org/") and "arnumber=" in url.lower() \
        or bool(_OPENREVIEW_RECORD.match(hp) and "id=" in url)


def names_presentation_form(label: str) -> bool:
    """``poster``, ``oral talk``, ``Spotlight presentation``: a label that only names how a paper was presented
    (``_PRESENTATION_FORM_WORDS``). Why: a thesis outline or a lab page links each paper under the form it took
    at its conference; read as a talk's material the link lost the paper, and the line became a model or a page."""
    words = _norm(strip_symbols(label)).split()
    return bool(words) and len(words) <= 3 and any(w in _PRESENTATION_FORM_WORDS for w in words) \
        and all(w in _PRESENTATION_FORM_WORDS or w in _PRESENTATION_QUALIFIERS for w in words)


#: the words by which a proceedings or journal volume names itself ("PMLR, Volume 6: …", "Proceedings of the 59th
#: Annual Meeting of …", "Advances in Neural Information Processing Systems 33"), never a work printed in it
_VOLUME_NAME_WORDS = frozenset({"proceedings", "proceeding", "volume", "vol", "advances", "conference", "workshop",
                                "workshops", "symposium", "transactions", "journal", "annual", "meeting"})


def _titles_a_work_not_a_volume(label: str) -> bool:
    """A link text that reads as one work's full title (six words or more, no year) and names no volume
    (``_VOLUME_NAME_WORDS``): "CEHR-BERT: Incorporating Temporal Information from Structured EHR Data to …"."""
    words = label.split()
    if len(words) < 6 or _FOUR_DIGIT_YEAR.search(label) is not None:
        return False
    if any(w.strip(".,:;()[]").lower() in _VOLUME_NAME_WORDS for w in words):
        return False
    return reads_like_paper_title(label)


def whole_book_page(url: str) -> bool:
    """A publisher's page of one whole book (``_BOOK_PAGE``) or a shop's (``_SHOP_BOOK_PAGE``), no proceedings volume:
    what a books heading's line
    links as its title when it names the book itself (``extract``)."""
    hp = _host_path(url)
    return (_BOOK_PAGE.match(hp) is not None or _SHOP_BOOK_PAGE.match(hp) is not None) \
        and _PROCEEDINGS_VOLUME.match(hp) is None


#: Google Books' page of one volume, its id in the query ("books.google.com/books?hl=en&id=Dx7slq__udwC&…",
#: "books.google.co.in/books/about/Genes_Genomes.html?id=h59BWkO5c1oC") or the path ("google.com/books/edition/
#: Animal_Tool_Behavior/Dx7slq__udwC"); a search ("books.google.com/books?q=…") names no one book
_GOOGLE_BOOKS_VOLUME = re.compile(r"(?i)^https?://(?:www\.)?(?:books\.google\.[a-z.]{2,12}/books"
                                  r"(?:/about/[^/?#]{1,300})?\?(?:[^#&]*&){0,40}id=[\w-]{6,}"
                                  r"|(?:books\.)?google\.[a-z.]{2,12}/books/edition/[^/?#]{0,300}/[\w-]{6,}"
                                  r"/?(?:[?#]|$))")


def _book_page_under_book_label(label: str, url: str, hp: str) -> bool:
    """``[Book](books.google.com/books?…id=…)``, ``[Book](link.springer.com/book/10.1007/978-…)``: a label that
    only says "book" (``_is_book_label``), on the page of one whole book (a Google Books volume, a publisher's
    ``_BOOK_PAGE``, no proceedings volume). Why: ``url_role`` keeps such pages out of the papers, for a reading
    list links a textbook's page as "[Publisher Link]" or "[free PDF]"; a "[Book]" label names what the page is,
    the book itself, as "[Paper]" names an article."""
    if not _is_book_label(label):
        return False
    if _GOOGLE_BOOKS_VOLUME.match(url.strip()):
        return True
    return _BOOK_PAGE.match(hp) is not None and _PROCEEDINGS_VOLUME.match(hp) is None


def _titled_book_page(label: str, hp: str, url: str = "") -> bool:
    """A whole book's publisher page (``_BOOK_PAGE``, no proceedings volume) or one volume's Google Books page
    (``_GOOGLE_BOOKS_VOLUME``, "books.google.com/books?…id=Lk8MEAAAQBAJ…") under a text that reads as the book's
    (or its chapter's) title (four words or more: "Pattern Recognition", "Springer Link", "Google Books", "free PDF"
    may name the publisher or the file). Why: ``url_role`` keeps book pages out of the papers, for a reading list
    links a textbook as "[Publisher Link]"; a list that links the title itself lists the book as one of its works."""
    if not _is_paper_like(label):
        return False
    if _BOOK_PAGE.match(hp) is not None and _PROCEEDINGS_VOLUME.match(hp) is None:
        return True
    return bool(url) and _GOOGLE_BOOKS_VOLUME.match(url.strip()) is not None \
        and _BOOK_SITE_LABEL.search(label) is None


#: a link text that names the site or the act of reading rather than a work ("Preview this book on Google Books",
#: "Read it here"): words a book's or a chapter's title does not hold
_BOOK_SITE_LABEL = re.compile(r"(?i)\b(?:google|preview|here|click)\b")


def label_is_doi(label: str) -> bool:
    """The link's whole text is a DOI (``DOI: 10.4018/…``, ``doi:10.1093/…``, a bare ``10.1016/…``): the list
    names the linked page by the work's identifier. A URL written as the text is an address, not this case."""
    return "10." in label and "://" not in label and ids.normalize_doi(label) is not None


#: a label naming data for, of or from something ("Dataset for COVID-19 X-Ray", "Data for lung masks",
#: "Datasets from the challenge"): the link is to the data
_DATA_FOR_LABEL = re.compile(r"(?i)^\W*(?:data|datasets?|database|corpus)\s+(?:for|of|from)\s+\w")


#: words of a label that names the work's home page ("homepage", "project page", "official website")
_HOME_WORDS = frozenset({"homepage", "home", "page", "project", "project-page", "website", "site", "web",
                         "main", "landing", "official",
                         # the site word in Russian, German, Spanish ("[сайт](…)", "[Webseite](…)", "[sitio](…)")
                         "сайт", "веб-сайт", "webseite", "projektseite", "sitio"})


#: code forges whose names a label of a page may carry ("GitHub Page", "GitLab Pages")
_FORGE_WORDS = frozenset({"github", "gitlab", "bitbucket", "gitee"})


#: a link label that only says "get it here" ("download", "[Download]", "下载"): under data sets, the data
_DOWNLOAD_LABEL = re.compile(r"(?i)\W*(?:downloads?|下载)\W*")


def download_label(label: str) -> bool:
    """A link's text says only "download" (``[download](github…)``, ``[Download]``, ``下载``): weak alone (no role
    of its own, ``label_role`` is None), it still says the link fetches something, under data sets the data."""
    return _DOWNLOAD_LABEL.fullmatch(label or "") is not None


#: words of a label that names where a resource is got from ("Data portal", "Download")
_LANDING_DATA_WORDS = frozenset({"portal", "download", "downloads"})
#: words of a landing label that say the resource is data ("Dataset homepage", "Data website")
_LANDING_DATA_NOUNS = frozenset({"data", "dataset"})


def landing_record(label: str, url: str) -> str | None:
    """The role of a DOI resolver's link whose label names the resource's home page or download
    (``[Homepage](https://doi.org/10.15387/…)``): ``other`` or ``dataset``; None for any other link. Such a DOI is
    the resource's landing record, neither its article nor the identifier of the entry's work. A home word alone
    on an article's DOI (a journal's or a preprint server's, ``ids.is_article_doi``) says nothing of the sort:
    "… *Bioinformatics*, 39(6), btad412. [Web](https://doi.org/10.1093/bioinformatics/btad412)" links the cited
    article's record, as "[Web](nature.com/articles/…)" does; a word naming data ("Download", "Data portal") still
    makes it the data's."""
    hp = _host_path(url)
    if not hp.startswith(("doi.org/", "dx.doi.org/")):
        return None
    role = _landing_label_role(label)
    if role == "other":
        doi, arxiv, _, _ = ids.ids_from_url(url)
        if arxiv or doi and ids.is_article_doi(doi):
            return None
    return role


def _landing_label_role(label: str) -> str | None:
    """``other`` for a label naming a resource's home page (``Homepage``, ``Website``, ``Project page``),
    ``dataset`` for one naming where its data is got (``Data portal``, ``Download``, ``Dataset homepage``), else
    None. Why: on a DOI resolver's link these words say the DOI is the resource's landing record (a data archive's
    DOI), not the article about it, which such a list links separately as ``[Paper]``; a few words only, never a
    title, and a bare ``Data`` or ``Official`` is left to the label's own reading."""
    words = [w for w in re.split(r"[\s/+&,:-]+", _norm(strip_symbols(label))) if w]
    if not words or len(words) > 3 or not all(w in _HOME_WORDS or w in _LANDING_DATA_WORDS
                                              or w in _LANDING_DATA_NOUNS for w in words):
        return None
    if not any(w in _LANDING_DATA_WORDS or w in _HOME_WORDS and w != "official" for w in words):
        return None
    return "dataset" if any(w in _LANDING_DATA_WORDS or w in _LANDING_DATA_NOUNS for w in words) else "other"


def is_home_label(label: str) -> bool:
    """A label that names the work's home page (``homepage``, ``Project Page``, ``GitHub Page``)."""
    words = [w for w in re.split(r"[\s/+&,]+", _norm(strip_symbols(label))) if w]
    return bool(words) and len(words) <= 3 and all(w in _HOME_WORDS or w in _FORGE_WORDS for w in words) \
        and any(w in _HOME_WORDS for w in words)


def _cites_record(url: str) -> bool:
    """The URL is a preprint or PubMed record (an arXiv id, PMID or PMCID in it), never code. A DOI
    is not enough: Zenodo and Software Heritage give code DOIs too."""
    _, arxiv, pmid, pmcid = ids.ids_from_url(url)
    return bool(arxiv or pmid or pmcid) or bool(_OPENREVIEW_RECORD.match(_host_path(url)) and "id=" in url)


#: an OpenReview paper's page or PDF (``openreview.net/forum?id=…``): the paper itself, never its code
#: (its ``attachment?id=…&name=supplementary_material`` may hold code and stays code)
_OPENREVIEW_RECORD = re.compile(r"openreview\.net/(?:forum|pdf)/?$")


#: a code label that credits a handle in brackets: "PyTorch (lucidrains)", "PyTorch-2 (leaderj1001)"
#: (the closing bracket may be gone: inline trims it from "[[PyTorch (x)](…)]")
_CREDITED_LABEL = re.compile(r"(?P<head>[^()（）]+?)(?:[-\s]*\d)?\s*[(（]\s*@?(?P<who>[\w.-]+)\s*[)）]?")


def _credits_repo_owner(label: str, url: str) -> bool:
    """A code label whose bracketed handle is the repository's owner: the list credits the
    implementation to that person, which it does for a third party's port, not the authors' own code
    (``[[Tensorflow](…)][[PyTorch (lucidrains)](…)]``). A bracketed note that is no owner
    (``PyTorch (in construction)``, ``Code (official)``) says nothing of the sort."""
    m = _CREDITED_LABEL.fullmatch(label.strip()) if len(label) <= 80 else None  # a few words, never a paragraph
    repo = ids.canonical_repo(url) if m else None
    if m is None or not repo:
        return False
    owner = repo.split("/")[1]
    return owner.lower() == m.group("who").lower() and label_role(m.group("head")) == "code" \
        and "official" not in m.group("head").lower()


#: a repository owner or name that calls itself someone else's implementation ("ResViT-Reimplementation",
#: "unofficial-pytorch-x"): the words of the ``related_code`` labels, said by the URL
_REIMPLEMENTATION_WORDS = ("reimplement", "re-implement", "unofficial", "inofficial", "nonofficial", "non-official",
                          "third-party", "thirdparty")


def _repo_names_reimplementation(url: str) -> bool:
    repo = ids.canonical_repo(url)
    if not repo:
        return False
    low = repo.split("/", 1)[1].replace("_", "-")
    return any(w in low for w in _REIMPLEMENTATION_WORDS)


#: "lawlietAi's Reimplementation", "pratapbhanu’s PyTorch code": a label that credits the link to a handle
_POSSESSIVE_LABEL = re.compile(r"(?P<who>[\w.-]+)['’]s?\s+(?P<rest>\S.*)")
#: possessors that are the work's own: "Authors' code", "Official's …" is no credit to a third party
_OWN_POSSESSORS = frozenset({"author", "authors", "official", "our", "paper", "paper's", "original"})


def _possessive_credit(label: str, url: str) -> str | None:
    """``related_code`` for a label that credits a code link to a named someone (``X's Reimplementation``;
    ``X's code`` where X owns the repository), else None. NLP-progress style leaderboards write third-party
    ports this way; the authors' own code is ``Official`` or ``Authors' code``."""
    m = _POSSESSIVE_LABEL.fullmatch(label.strip()) if len(label) <= 80 and ("'" in label or "’" in label) else None
    if m is None or m.group("who").lower() in _OWN_POSSESSORS:
        return None
    rest_role = label_role(m.group("rest"))
    if rest_role == "related_code":
        return "related_code"
    if rest_role == "code":
        repo = ids.canonical_repo(url)
        if repo and repo.split("/")[1].lower() == m.group("who").lower():
            return "related_code"
    return None


#: a journal's article page (its host is a publisher's, not a DOI resolver's) that is no attachment
_ATTACHMENT_PATH = re.compile(r"attachment|suppl|supinfo|software|\.zip\b|\.tar\b|/download", re.I)


def _loose_pdf(url: str, hp: str) -> bool:
    """The URL opens a PDF document that no repository holds (``proceedings.mlr.press/v202/che23b/che23b.pdf``).

    Why: a table's code column sometimes repeats the paper's PDF (the row had no code and the cell was filled
    with the only link at hand); a PDF is a document, never a program, so a code label cannot make it one. A
    PDF inside a repository (``github.com/…/blob/main/paper.pdf``) still names that repository, and a journal's
    supplement (``…-supinfo-s1.pdf``) may print the code: both are left to the label."""
    return hp.split("?", 1)[0].split("#", 1)[0].endswith(".pdf") and ids.canonical_repo(url) is None \
        and not _ATTACHMENT_PATH.search(url)  # "[R code](…/biom12061-sm-0001-supinfo-s1.pdf)": a supplement holds code


#: a path segment that opens one article on a journal's site: "academic.oup.com/nar/article/44/8/e73/2465993",
#: "…/bioinformatics/article/34/2/258/4158033", "cell.com/…/fulltext/…", IEEE Xplore's
#: "ieeexplore.ieee.org/document/7285018"; a HighWire-built journal's page numbered by volume, issue and first page,
#: "genome.cshlp.org/content/27/5/722", "pnas.org/content/102/39/13950" (its address carries no DOI); the same
#: article's abstract page on a Silverchair-built site, "academic.oup.com/bib/article-abstract/22/6/bbab133/6265181",
#: "jamanetwork.com/journals/jama/article-abstract/2772630"; a HighWire journal's online-first page, dated before
#: the issue exists, "rnajournal.cshlp.org/content/early/2019/10/17/rna.072785.119"
_ARTICLE_SEGMENT = re.compile(r"/(?:article|article-abstract|articles|fulltext|full)/|/document/\d"
                              r"|/content/\d+/\d+/\w|/content/early/\d{4}/\d\d/\d\d/\w")

#: an issue of a journal that prints a conference's proceedings, in the volume-and-issue place of an article's
#: address ("academic.oup.com/bioinformatics/article/37/Supplement_1/i477/6319675": ISMB's papers appear in
#: Bioinformatics' "Supplement_1"): the issue's name, not an attached file
_SUPPLEMENT_ISSUE = re.compile(r"/(?:article|article-abstract)/\d+/Supplement_\d+/", re.I)


def journal_article_page(url: str) -> bool:
    """The link opens one article's page on a scholarly publisher's host, though its address names no identifier
    (Oxford Academic numbers its pages by its own id, not the DOI). Why: such a page is the article's record as
    surely as a DOI link is; a report or landing page on some other site (``[Digital Health White Paper](….pdf)``)
    is no article, and a journal's supplement (``…/extref/nmeth.4636-S4.zip``) is an attachment."""
    hp = _host_path(url)
    return _on_paper_host(hp) and _ARTICLE_SEGMENT.search(hp) is not None \
        and not _ATTACHMENT_PATH.search(_without_supplement_issue(url))


def _without_supplement_issue(url: str) -> str:
    """``url`` without a proceedings issue's "Supplement_1" segment (``_SUPPLEMENT_ISSUE``). Why: a conference's
    papers printed in a journal's supplement issue are articles like any other; only the word "supplement" made
    their pages read as an attachment, and a tool's line linking its ISMB paper lost the paper."""
    return _SUPPLEMENT_ISSUE.sub("/article/0/", url) if "upplement_" in url else url


def _unknown_journal_article(hp: str) -> bool:
    """The link opens one article's page on a host the tables do not name: an ``/article/`` or ``/fulltext/`` path
    segment followed by two numbered segments (volume, issue, article number): a society's journal site
    (``royalsocietypublishing.org/rsos/article/12/5/241873/235732``), a regional article database
    (``scielosp.org/article/rbepid/2026.v29/e260006/pt/``). Why: publishers are too many to list, and their
    article pages share this shape; a news site's story (``…/article/fda-clears-ai-tool-3f9a``) is one slug."""
    path = hp.split("?", 1)[0].split("#", 1)[0]
    for segment in ("/article/", "/fulltext/"):
        at = path.find(segment)
        if at >= 0:
            break
    else:
        return False
    numbered = [part for part in path[at + len(segment):].split("/") if any(ch.isdigit() for ch in part)]
    return len(numbered) >= 2 and not _on_paper_host(hp) and ids.canonical_repo(hp) is None


def _publisher_article(url: str, hp: str) -> bool:
    """A journal's page of one article: its address holds the DOI ("acpjournals.org/doi/10.7326/M22-0844"), or
    the publisher's own scheme names it ("bmj.com/content/368/bmj.m441" is 10.1136/bmj.m441, "nature.com/articles/
    s41591-…"). A list pasting that page again as "[R code](…)" (the paper's code was in its supplement) gives no
    repository; a DOI resolver stays out, as it may name a code archive (Zenodo)."""
    if hp.startswith(("doi.org/", "dx.doi.org/")) or _ATTACHMENT_PATH.search(url):
        return False
    return bool(ids.find_dois(url)) or ids.doi_from_url(url) is not None


#: a program's source file (a module, a script, a notebook): a link to one file of a repository with this ending
#: points at an implementation inside the repository, not at the repository as a whole
_SOURCE_EXT = (".py", ".ipynb", ".r", ".m", ".jl", ".c", ".cc", ".cpp", ".h", ".hpp", ".cu", ".java", ".scala",
               ".js", ".ts", ".lua", ".go", ".rs")


def source_file_in_repo(url: str) -> tuple[str, str] | None:
    """``(repository, file)`` for a link to one source file of a code repository
    (``github.com/scikit-learn/scikit-learn/blob/95d4f08/sklearn/ensemble/_bagging.py#L433`` →
    ``("github.com/scikit-learn/scikit-learn", "…/_bagging.py")``); none for a repository's root, a folder
    (``/tree/``) or a document. Why: a list may point several works at the modules of one library that
    implements them all; only the file tells such a link from the works' own repositories."""
    if "/blob/" not in url:
        return None  # the usual case: a repository's root, a paper's page
    hp = _host_path(url)
    if "/blob/" not in hp or not hp.endswith(_SOURCE_EXT):
        return None
    repo = ids.canonical_repo(url)
    return (repo, hp) if repo else None


def _is_repo_note(hp: str) -> bool:
    """A text document in a repository (``…/blob/master/Title_of_the_paper.md``) other than a README, which
    introduces the code beside it (``…/blob/…/comenet/README.md``). GitHub's editor view of the same file
    (``…/edit/main/notes/TernausNet.md``, a link copied while writing the note) is that document too."""
    return hp.endswith(_NOTE_EXT) and ("/blob/" in hp or "/edit/" in hp) \
        and not hp.rsplit("/", 1)[-1].startswith("readme")


def _label_names_repository(label: str, url: str) -> bool:
    """Whether the link's text is the name of the repository its address opens a document in ("[`AITom`](github.com/
    xulabs/aitom/blob/master/doc/publications.md)", a tools list's "[software link] - [Paper link]"): the text names
    the software, the document is only the page of it the list chose, so the link stands for the repository (a
    reader's note is named by the work it notes, "[Note 1](…/blob/main/note1.md)", not by the repository)."""
    repo = ids.canonical_repo(url)
    if not repo:
        return False
    name = textkey.alnum_key(repo.rsplit("/", 1)[-1])
    return len(name) >= 3 and textkey.alnum_key(strip_symbols(label)) == name


#: a repository's licence file: ``github.com/owner/repo/blob/master/LICENSE``, ``…/LICENSE.txt``, ``…/License.md``,
#: ``gitlab.com/…/-/blob/master/COPYING`` (after ``_host_path``: lower case, no scheme)
_LICENCE_FILE = re.compile(r"^[^/]+/[^/]+/[^/]+/(?:-/)?(?:blob|raw|tree)/[^/]+/(?:[^/]+/)*"
                           r"(?:licen[cs]e|copying|unlicen[cs]e)(?:[._-][\w.-]*)?$")


#: a folder inside a repository (``github.com/owner/name/tree/main/…/Wang2024``) whose name is an author-year key:
#: a capitalised surname, an optional "_" or "-", then a year ("Wang2024", "Gallagher_2024", "Lan2017b"); read on
#: the URL as written (``_host_path`` lower-cases it); bounded
_AUTHOR_YEAR_FOLDER = re.compile(r"(?:https?://)?(?:www\.)?(?:github|gitlab)\.com/[^/\s]+/[^/\s]+/(?:-/)?tree/[^/\s]+/"
                                 r"(?:[^/\s]+/){0,6}[A-Z][a-zà-ÿ'’-]{1,30}[_-]?(?:19|20)\d\d[a-z]?/?")


def _author_year_folder(url: str) -> bool:
    """The link opens a repository's folder named by an author and a year (``_AUTHOR_YEAR_FOLDER``): a reading
    group's or a reader's folder on one paper, the way a review repository's note file is (``_is_repo_note``)."""
    return _AUTHOR_YEAR_FOLDER.fullmatch(url.strip().split("#", 1)[0].split("?", 1)[0]) is not None


def licence_file(url: str) -> bool:
    """The link opens a repository's licence file (``- STAR, [MIT](github.com/alexdobin/STAR/blob/master/LICENSE)``):
    it says under which terms the tool is shared, the way a licence badge does; it is not offered as a work's
    code (an explicit ``[code]`` label still is)."""
    return _LICENCE_FILE.match(_host_path(url)) is not None


def is_reader_note(link: Link) -> bool:
    """A link to a reader's note on the work kept in a repository (typed "other" by ``link_role``): a text
    document on a repository host, or one in the list's own repository by a relative path
    (``[Deep Patient: …](./clinical-data/Deep_Patient_….md)``, a paper-summaries list linking each title to its
    summary beside the README), other than a README, which introduces a folder rather than notes a work."""
    if link.role != "other":
        return False
    if in_list_repository(link.url):
        name = link.url.strip().split("#", 1)[0].split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1].lower()
        return name.endswith(_NOTE_EXT) and not name.startswith("readme")
    return _is_repo_note(_host_path(link.url)) and ids.canonical_repo(link.url) is not None


def _is_strong_code_label(label: str) -> bool:
    s = _norm(label)
    return any(w in s for w in ("code", "github", "代码", "源码", "implementation", "repo"))


def classify_links(links: tuple[Link, ...], name: str = "") -> tuple[Link, ...]:
    """Roles of an entry's links. ``name`` is the entry's title: a link labelled only by the entry's own
    name (``[MIDOG 2021](…) - mitosis detection``) is not named by it, however much the name looks
    like a venue label (``ACL 2018``), so its URL decides."""
    # the constructor rather than dataclasses.replace: this runs on every link of every list
    out = tuple(link.with_role(url_role(link.url) if name and link.label == name and _is_venue_label(link.label)
                               else link_role(link.label, link.url)) for link in links)
    # "Advisor: [Prof. Hongbo Huang](…/8d1313ac….pdf)": a person named by an academic title links to that person's
    # page or profile document, never to a paper (``_titled_person_link``)
    out = tuple(link.with_role("other") if link.role == "paper" and _titled_person_link(link) else link
                for link in out)
    # "| Code |" / "[lawlietAi's Reimplementation](github.com/…)": the column says code, the text credits a port
    out = tuple(link.with_role("related_code")
                if link.role == "code" and link.text != link.label and ("'" in link.text or "’" in link.text)
                and _possessive_credit(link.text, link.url) else link for link in out)
    if sum(link.role == "code" for link in out) > 1:
        out = _others_beside_named_repository(_code_by_label_first(out, name), name)
        out = _ports_beside_their_original(out)
    if any(link.role == "code" and "/blob/" in link.url for link in out):
        out = _files_beside_reader_note(out)
    if any(link.role == "code" for link in out) and any(link.role == "other" for link in out):
        out = _code_placeholders_on_venue_site(out)
    return out


def _code_placeholders_on_venue_site(links: tuple[Link, ...]) -> tuple[Link, ...]:
    """``[IJCAI2025](https://2025.ijcai.org/) | [code](https://2025.ijcai.org/)``: a publication list that links its
    venue's site (``venue_home_link``) and a "code" link on the same host, no repository there, left the code's
    address to be filled in with the venue's as a placeholder: no code. A "code" link elsewhere (a lab's site, a
    repository on GitHub) stays code."""
    venue_hosts = {_host_path(link.url).partition("/")[0] for link in links if venue_home_link(link)}
    if not venue_hosts:
        return links
    return tuple(link.with_role("other") if link.role == "code" and ids.canonical_repo(link.url) is None
                 and _host_path(link.url).partition("/")[0] in venue_hosts else link for link in links)


#: a person's name after an academic title, the whole text of a link: "Prof. Hongbo Huang", "Dr. Jane Q. Roe",
#: "Professor Lin" (one to four capitalised words after the title, every part bounded)
_TITLED_PERSON = re.compile(r"(?:Prof\.?|Professor|Dr\.?|Assoc\. Prof\.|Asst\. Prof\.)\s"
                            r"[A-Z][\w'’.-]{0,30}(?:\s[A-Z][\w'’.-]{0,30}){0,3}")


def _titled_person_link(link: Link) -> bool:
    """``*- B.Eng. in Robotics Engineering. Advisor: [Prof. Hongbo Huang](https://…/docs/2025-02/8d13….pdf)*``: a
    home page's education line links its advisor's name, after an academic title, to the advisor's profile (here
    a PDF on the university's site). Why: a PDF address reads as a paper, so a degree line was typed a paper
    titled by the university. A link whose whole text is a titled person's name (``_TITLED_PERSON``), on an address
    that gives no scholarly identifier (a DOI, an arXiv or PubMed id), names that person, no work."""
    text = " ".join(link.text.split())
    return len(text) <= 80 and _TITLED_PERSON.fullmatch(text) is not None and not any(ids.ids_from_url(link.url))


def _files_beside_reader_note(links: tuple[Link, ...]) -> tuple[Link, ...]:
    """``| Title | [[link]](ieee…) | [[slides]](github.com/reader/paper-review/blob/master/…/Kulin.md) |
    [[code]](github.com/reader/paper-review/blob/master/…/Kulin.ipynb) |``: a reader's review repository keeps,
    for each paper, a note and a notebook side by side; a single file of the repository that holds the row's
    reader's note is the reader's own port of the work, not the authors' code (a repository's root or folder
    beside a document of the same repository, a project's docs, stays its code)."""
    notes = {_repo_key(link.url) for link in links if is_reader_note(link)}
    if not notes:
        return links
    return tuple(link.with_role("related_code")
                 if link.role == "code" and "/blob/" in link.url and _repo_key(link.url) in notes else link
                 for link in links)


#: labels of a link to a model's weights (a badge's alt text too): beside the code, not code of its own
WEIGHTS_LABELS = frozenset({"model", "models", "weights", "checkpoint", "checkpoints", "模型", "模型权重"})

#: the hosts of general file-sharing drives: a link into one shares whatever files the owner put there (the data, a
#: model's weights, a PDF); what they are is said by the link's label or its column, not by the host
FILE_SHARE_HOSTS = ("drive.google.com", "pan.baidu.com", "dropbox.com", "onedrive.live.com", "1drv.ms")
#: the words of a label (or a table column's header) naming a model's released weights: "Weights", "Checkpoints",
#: "Pretrained Weights", "Model Weights", "ckpt", "模型权重", "预训练权重"
_RELEASED_WEIGHTS_WORDS = frozenset("""weights weight checkpoint checkpoints ckpt ckpts model models pretrained
                                       pre-trained trained 权重 模型 模型权重 预训练模型 预训练权重""".split())
_WEIGHTS_HEAD_WORDS = frozenset("weights weight checkpoint checkpoints ckpt ckpts 权重 模型权重 预训练权重".split())


def names_released_weights(label: str) -> bool:
    """A label that names a model's trained weights and nothing else ("Weights", "Pretrained Checkpoints", "[ckpt]",
    "模型权重"); "Model" alone names the model, not a file, and "Weights & Data" names the data too."""
    words = [w for w in re.split(r"[\s/+&,_]+", _norm(strip_symbols(label))) if w]
    return bool(words) and len(words) <= 3 and all(w in _RELEASED_WEIGHTS_WORDS for w in words) \
        and any(w in _WEIGHTS_HEAD_WORDS for w in words)


def _pages_owner(url: str) -> str | None:
    """The account a GitHub Pages site belongs to ("https://stanfordmlgroup.github.io/…" → "stanfordmlgroup")."""
    host = (urlsplit(url).hostname or "").lower()
    return host[: -len(".github.io")] if host.endswith(".github.io") and host.count(".") == 2 else None


def _owners_site_beside_repository(links: tuple[Link, ...]) -> tuple[Link, ...]:
    """``[[Code](https://stanfordmlgroup.github.io/competitions/chexpert)] [[chexpert-labeler](https://github.com/
    stanfordmlgroup/chexpert-labeler)]``: a link labelled as the code that reaches a GitHub Pages site (a project's
    page, no repository), beside a repository of the same account, names the work's site; the repository is the code.
    Why: read by its label the site was the code and the account's repository a related one. Only a site with no
    repository in its address and a repository of that very account (a site beside another owner's repository, or
    alone, keeps the role its label gives)."""
    owners = {repo.split("/")[1].lower() for link in links if link.role == "code"
              and (repo := ids.canonical_repo(link.url)) and repo.startswith("github.com/")}
    if not owners:
        return links
    return tuple(link.with_role("other") if link.role == "code" and label_role(link.label) == "code"
                 and ids.canonical_repo(link.url) is None and _pages_owner(link.url) in owners else link
                 for link in links)


def _code_by_label_first(links: tuple[Link, ...], name: str) -> tuple[Link, ...]:
    """Several code links: which are the work's own code.

    Where a link is labelled as the code (``Code`` column, ``[code]``), another repository that
    is code only by its URL (a GitHub link in a ``Resources`` column, a toolkit mentioned in
    passing) is related code, not the work's own; the entry's own title link keeps its role.
    Beside a repository on a code forge, a Hugging Face page in the same place (``| Code |
    [GitHub](…), [Hugging Face](…) |``) holds weights, a demo or data: no code. (Alone, it is the
    code the list gives, and stays so.)"""
    links = _owners_site_beside_repository(links)
    labelled = {_repo_key(link.url) for link in links if link.role == "code" and label_role(link.label) == "code"}
    if any(link.role == "code" and _norm(link.label) not in WEIGHTS_LABELS for link in links):
        # "[![Stars](…)](github…/code) [![Model](…)](github…/weights)": the model badge is no code of its own
        links = tuple(link.with_role("other")
                      if link.role == "code" and _norm(link.label) in WEIGHTS_LABELS else link for link in links)
    on_forge = any(link.role == "code" and ids.canonical_repo(link.url) for link in links)
    # "[[Code (official version)](github…/a)] [[PyTorch implementation](github…/b)]": where the list marks one
    # repository as the official code, another code link it does not so mark is a port (someone else's)
    # (a table's Code cell gives its links the column's label; their own text still says which is official:
    # "| [Official](github…/a) / [Pytorch](github…/b) |")
    official = {_repo_key(link.url) for link in links if link.role == "code" and _called_official(link)}
    labelled_on_forge = any(ids.canonical_repo(k) for k in labelled)
    out = []
    for link in links:
        role = link.role
        if role == "code":
            if on_forge and _is_hub(link.url):
                role = "other"
            elif on_forge and ids.canonical_repo(link.url) is None and _named_software_archive(link.label,
                                                                                             _host_path(link.url)):
                # "[[GitHub]](github…) [[Code Ocean]](codeocean.com/capsule/…)": beside the work's repository, the
                # capsule (the SourceForge mirror) is an archived copy of that code, and keeps its address's role
                role = url_role(link.url)
            elif on_forge and ids.canonical_repo(link.url) is None and _documentation_page(link.url):
                # "- **代码**: [GitHub (AMLab-Amsterdam)](github…/CEVAE) | [Pyro](docs.pyro.ai/en/dev/contrib.cevae.html)":
                # beside the work's repository, a page of a library's documentation documents the library's own
                # version of the method (its module, its API): no repository, and not the work's code
                role = "other"
            elif official and _repo_key(link.url) not in official and not _called_official(link):
                role = "related_code"
            elif labelled_on_forge and label_role(link.label) == "other" and _repo_key(link.url) not in labelled:
                # "[[homepage](github…/project)] [[code](github…/code)]": the link labelled code is the code
                role = "other"
            elif labelled and link.label != name and label_role(link.label) is None \
                    and _repo_key(link.url) not in labelled and _repo_key(link.url) not in official:
                # (not the same repository, named again; nor the one the list calls official: "| Implementations |
                # [Official](github…/a), [Keras](github…/b) |" labels the port, the column names the official)
                role = "related_code"
        out.append(link if role == link.role else link.with_role(role))
    return tuple(out)


#: a work's short name (a method's acronym, "MCM", "GL-MCM", "PEFT-MCM"): at most this many words
_SHORT_NAME_WORDS = 3
#: words a repository's name holds when it is a port or a framework's version of a work ("MCM-pytorch",
#: "tf-implementation"): such a repository is the same work's code written again, never another named project
_PORT_NAME_WORDS = frozenset(_EN_STRONG["code"] | _EN_STRONG["related_code"]
                             | {"torch", "tf", "paddle", "mindspore", "chainer", "official", "impl", "reimpl"})


def _others_beside_named_repository(links: tuple[Link, ...], name: str) -> tuple[Link, ...]:
    """``> - [![MCM](…/badge/NeurIPS'22-MCM-…)](arxiv…)`` / ``[![Star](…/stars/…/MCM.svg…)](github…/MCM),
    [![Star](…)](github…/LoCoOp), [![Star](…)](github…/OpenOOD)``: a work named by a short name whose unlabelled
    code links (stars badges, bare repositories) include one repository of that very name gives its own code there;
    the other repositories, named by other methods' names (the works it builds on, the benchmark it was run in),
    are related code.

    Why: every unlabelled repository was the work's own code. Only where the work's name is short (a method's
    name, at most ``_SHORT_NAME_WORDS`` words), every code link is unlabelled and on a code forge, one repository is
    named as the work is (the same letters and digits, or one word of a longer name: ``MCM`` for "PEFT-MCM"), and
    only a repository whose name shares nothing with the work's name and says no port ("MCM-pytorch",
    "tf-implementation" stay code: a framework's version of the same work). Linear in the links."""
    words = textkey.words(name)
    if not words or len(words) > _SHORT_NAME_WORDS:
        return links
    code = [link for link in links if link.role == "code"]
    repos = [ids.canonical_repo(link.url) for link in code]
    if not all(repos) or len(set(repos)) < 2 or any(label_role(link.label) is not None for link in code):
        return links
    whole = "".join(words)
    repo_words = {repo: textkey.words(repo.rsplit("/", 1)[-1]) for repo in repos}
    if not any("".join(w) == whole or "".join(w) in words for w in repo_words.values()):
        return links

    def other_project(repo: str) -> bool:
        joined = "".join(repo_words[repo])
        return bool(joined) and whole not in joined and joined not in whole \
            and not _PORT_NAME_WORDS.intersection(repo_words[repo])

    return tuple(link.with_role("related_code")
                 if link.role == "code" and other_project(ids.canonical_repo(link.url)) else link for link in links)


#: the frameworks a repository's name says it ports a work to ("borzoi-pytorch", "enformer_tf", "pytorch-basenji")
_PORT_FRAMEWORK_WORDS = frozenset({"pytorch", "torch", "tf", "tensorflow", "keras", "jax", "flax", "paddle",
                                   "mindspore", "mxnet", "chainer"})


def _ports_beside_their_original(links: tuple[Link, ...]) -> tuple[Link, ...]:
    """``# Predicting RNA-seq coverage …`` / ``- https://github.com/calico/borzoi`` / ``- https://github.com/johahi/
    borzoi-pytorch``: among a work's unlabelled code links, a repository named as another of them (its name, or
    the folder its link ends in: ``deepmind-research/tree/master/enformer``) plus a framework's name, under another
    owner, is someone's port of that code: related code, the original the work's own.

    Why: both were the work's own code. Only a port listed beside its original, by another owner and with no label
    on either (a port alone stays the work's code, as does a framework version in the authors' own account:
    "[PyTorch](github.com/authors/x-pytorch)"). Linear in the links."""
    code = [link for link in links if link.role == "code" and label_role(link.label) is None]
    if len(code) < 2:
        return links
    named: dict[str, set[str]] = {}  # a repository's base names → the owners giving code under that name
    parts = []
    for link in code:
        repo = ids.canonical_repo(link.url)
        if not repo or repo.count("/") < 2:
            parts.append(None)
            continue
        owner, repo_name = repo.split("/")[1:3]
        folder = link.url.rstrip("/").rsplit("/", 1)[-1] if "/tree/" in link.url else ""
        parts.append((owner.lower(), repo_name))
        for base in (repo_name, folder):
            if base:
                named.setdefault("".join(textkey.words(base)), set()).add(owner.lower())
    ports = set()
    for link, part in zip(code, parts):
        if part is None:
            continue
        words = textkey.words(part[1])
        base = "".join(w for w in words if w not in _PORT_FRAMEWORK_WORDS)
        if base and len(base) < len("".join(words)) and named.get(base, set()) - {part[0]}:
            ports.add(id(link))
    return tuple(link.with_role("related_code") if id(link) in ports else link for link in links) if ports else links


def _called_official(link: Link) -> bool:
    """The list calls this code link the official one, by its label or by its own text."""
    return says_official(link.label) or link.text != link.label and says_official(link.text)


def says_official(label: str) -> bool:
    """A code label that calls its link the official one (``Code (official version)``, ``Official PyTorch``),
    not one that denies it (``unofficial``, ``non-official``); or the original one (``[original code](…)``,
    ``Code (original)``, ``[original](…)``).

    Why "original": a list of ports and baselines gives each work the authors' repository as its "original code"
    beside the list's own "[code](…)", which is then a port; "original" is said of the authors' release only. Only
    "original" alone or beside code words ("Original paper" says nothing of code)."""
    words = _norm(label).replace("(", " ").replace(")", " ").split()
    if "official" in words:
        return True
    return "original" in words and all(w == "original" or w in _EN_WORDS["code"] for w in words)


#: the hosts of documentation sites: "docs.pyro.ai", "docs.doubleml.org", "causalml.readthedocs.io"
_DOCS_HOST_PREFIXES = ("docs.",)
_DOCS_HOST_SUFFIXES = (".readthedocs.io", ".readthedocs.org", ".gitbook.io")


def _documentation_page(url: str) -> bool:
    """A page of a documentation site (``docs.pyro.ai/en/dev/contrib.cevae.html``, ``….readthedocs.io/…``), by its
    host alone."""
    host = _host_path(url).split("/", 1)[0]
    return host.startswith(_DOCS_HOST_PREFIXES) or host.endswith(_DOCS_HOST_SUFFIXES)


def _is_hub(url: str) -> bool:
    """A model hub's page (Hugging Face), not a code repository."""
    hp = _host_path(url)
    return hp.startswith(("huggingface.co/", "hf.co/")) and not ids.canonical_repo(url)


def _repo_key(url: str) -> str:
    return ids.canonical_repo(url) or url


def _is_venue_label(label: str) -> bool:
    """A label that names a role only by looking like a venue and year (``MICCAI 2018``)."""
    return label_role(label) == "paper" and venue_year_label(label.strip().strip("`[]() "))


def venue_home_link(link: Link) -> bool:
    """``[Sci. China Inf. Sci. (2025)](link.springer.com/journal/11432)``, ``[IJCAI2025](2025.ijcai.org/)``: a link
    labelled by a venue and its year (``_is_venue_label``) that ``link_role`` read as no paper's page (the venue's
    home page or that edition's site): it dates and places the line's work, it is no work of its own."""
    return link.role == "other" and _is_venue_label(link.label) and not any(ids.ids_from_url(link.url))


# ----------------------------------------------------------------------------- entry kinds
_SECTION_HINTS: list[tuple[str, tuple[str, ...], tuple[str, ...]]] = [
    # kind, English words (whole words), Chinese keywords (containment)
    ("competition", ("challenge", "challenges", "competition", "competitions", "contest", "contests",
                     "shared task", "shared tasks", "evaluation", "evaluations", "leaderboard",
                     # Portuguese, Spanish, French, German, Italian headings (read without their accents)
                     "competicoes", "competicao", "desafios", "competiciones", "concursos", "defis", "wettbewerbe",
                     "sfide"),
     ("比赛", "竞赛", "评测", "挑战")),
    ("dataset", ("dataset", "datasets", "data", "database", "databases", "corpus", "corpora", "data sets",
                 "knowledge graph", "knowledge graphs", "benchmarks", "benchmark",
                 "conjuntos de dados", "bases de dados", "conjuntos de datos", "bases de datos", "jeux de donnees",
                 "donnees", "datensatze"),
     ("数据集", "数据", "语料", "知识图谱")),
    ("model", ("models", "pretrained", "pre-trained", "embedding", "embeddings", "plm", "llm", "llms",
               "vlm", "language models", "checkpoints", "weights", "foundation models",
               "pre-treinados", "preentrenados", "pre-entrenados", "modelos de linguagem", "modelos de lenguaje",
               "pre-entraines"),
     ("模型", "预训练", "大模型")),
    ("tool", ("tool", "tools", "toolkit", "toolkits", "software", "library", "libraries", "framework",
              "frameworks", "package", "packages", "platform", "platforms", "code", "implementations",
              "ferramentas", "bibliotecas", "codigo", "herramientas", "librerias", "outils", "logiciels",
              "bibliotheques", "werkzeuge", "strumenti"),
     ("工具", "软件", "框架", "代码")),
    ("website", ("blog", "blogs", "news", "website", "websites", "course", "courses", "tutorial", "tutorials",
                 "slides", "video", "videos", "resources", "online resources", "awesome", "related awesome lists",
                 "links", "see also", "related lists", "other lists", "similar lists", "community", "communities",
                 "podcast", "podcasts", "books", "book", "people",
                 "organizations", "companies", "products", "lectures", "talks", "todo", "todos", "to-do",
                 "roadmap", "changelog", "milestones",
                 "cursos", "tutoriais", "tutoriales", "eventos", "comunidades", "livros", "libros", "recursos",
                 "cours", "evenements", "noticias", "empresas", "entreprises"),
     ("博客", "新闻", "分享", "课程", "友情链接", "产品", "解决方案", "资源", "链接", "网站")),
    ("paper", ("paper", "papers", "publication", "publications", "reference", "references", "articles",
               "article", "reading", "readings", "literature", "survey", "surveys", "reviews",
               # a conference programme's sessions of accepted papers ("## Oral session 1 - Segmentation - 9:30")
               "oral session", "oral sessions", "poster session", "poster sessions", "spotlight session",
               "spotlight sessions", "oral presentations", "poster presentations", "orals",
               "artigos", "articulos", "publicacoes", "publicaciones", "referencias", "revisoes", "revisiones",
               "leituras", "lecturas", "bibliografia", "literatura", "veroffentlichungen", "publikationen"),
     ("论文", "文章", "综述", "文献")),
]


#: the combining marks an accented letter leaves once decomposed (NFKD)
_COMBINING = re.compile("[\u0300-\u036f]")


@lru_cache(maxsize=16384)
def _heading_words(text: str) -> tuple[frozenset[str], str]:
    """A heading's Latin words (lower case, read without accents, so that "Ferramentas & Código" and
    "Competições" say their words) as a set and joined by spaces (for phrases such as "shared task")."""
    low = unicodedata.normalize("NFKC", text).lower()
    if not low.isascii():
        low = _COMBINING.sub("", unicodedata.normalize("NFKD", low))
    found = re.findall(r"[a-z][a-z\-]*", low)
    # "Full-paper track", "Short-paper track": a hyphened compound says its head too, the part after its last
    # hyphen; the parts before it only qualify that head ("Data-driven Surrogates", "Model-based control",
    # "Code-free tools" list surrogates, controllers and tools, not data, models or code)
    parts = [w.rstrip("-").rsplit("-", 1)[-1] for w in found if "-" in w.rstrip("-")]
    return frozenset(found + parts), " ".join(found)


def _says(text: str, en: tuple[str, ...], zh: tuple[str, ...]) -> bool:
    """The heading says one of a kind's words (an English phrase, a word in another language, a Chinese keyword)."""
    words, joined = _heading_words(text)
    return any((" " in w and w in joined) or w in words for w in en) or any(w in text for w in zh)


def mentions_papers(topic_texts: list[str]) -> bool:
    """Some heading above says papers ("## Papers with code", "### Artigos"), whatever kind it names first."""
    _, en, zh = _SECTION_HINTS[-1]
    return any(_says(text, en, zh) for text in topic_texts)


#: the words by which a heading names its items papers outright ("## Papers", "### Publications", "## 论文");
#: "survey", "reading" or "references" as often head a whole document or a mixed reading list of posts and pages
_OUTRIGHT_PAPER_WORDS = ("paper", "papers", "publication", "publications", "article", "articles",
                         "artigos", "articulos", "publicacoes", "publicaciones")
_OUTRIGHT_PAPER_ZH = ("论文",)


#: a tally of the works a group holds, not a title: "**Motor Imagery and Movement Decoding**: 476 papers" (a taxonomy
#: overview's line), "Papers selected: **476**", "Number of papers: 12" (a collection's summary bullet)
_WORKS_TALLY = re.compile(r"(?i)(?:^|[:：]\s*)\d[\d,]*\+?\s+(?:papers|works|articles|publications|studies)\s*$"
                          r"|^(?:number\s+of\s+)?(?:papers|works|articles|publications|studies)"
                          r"(?:\s+(?:selected|included|listed|reviewed|covered|collected))?\s*[:：]\s*\d[\d,]*\+?\s*$"
                          # "Target: ≥20 fully read papers": a bound on the count, words between it and "papers"
                          r"|[:：]\s*(?:[≥>~]\s*)?\d[\d,]*\+?\s+(?:[\w-]+\s+){1,3}"
                          r"(?:papers|works|articles|publications|studies)\s*$")


def counts_works(text: str) -> bool:
    """The line counts the works of a group (``_WORKS_TALLY``) rather than naming one: an overview of a list's
    categories ("- **SSVEP, P300, and ERP Spellers**: 99 papers") or a summary of one ("- Papers selected: **476**").
    Why: such a line reads as a title (a category's name in title case), yet cites nothing; under its heading the
    works it counts follow, linked, each an entry of its own."""
    return _WORKS_TALLY.search(text.strip().replace("*", "")) is not None


#: a summary bullet giving a count under its label, perhaps with a note in brackets: "To download from arXiv: 12
#: (straightforward PDF download)", "Already downloaded: 4 (AI Scientist, …)"; the count no year ("Published: 2020")
#: (bounded label, bracket and note: no backtracking run)
_LABELLED_COUNT = re.compile(r"^[^:：\n]{1,80}[:：]\s*(?:[≥≤>~<]\s*)?(?!(?:19|20)\d\d(?!\d))\d[\d,]*\+?"
                             r"\s*(?:\([^()\n]{0,200}\))?\s*$")


#: a count and what it counts, in lower case, as the label of a data set's figure: "1,000 classes: concepts in …",
#: "40 subjects: 12 females …" (a number that is no year, one to three lower-case words, a colon; bounded parts)
_COUNTED_LABEL = re.compile(r"^(?!(?:19|20)\d\d(?![\d,]))\d{1,3}(?:,\d{3})*\+?[ \t][a-z][a-z-]{0,30}"
                            r"(?:[ \t][a-z][a-z-]{0,30}){0,2}[ \t]?[:：]")


def labelled_count(text: str) -> bool:
    """``- To download from arXiv: 12 (straightforward PDF download)``: a line that gives a count under its label
    (``_LABELLED_COUNT``), as a collection's summary does, names no work. Why: the label reads as a title (a venue
    word in it, title case), and a list of many link-less references made it one more. Not part of
    ``counts_works``: under a paper's heading a "- Citations: 45" field counts no works of a group.
    So does a line whose label is the count itself and what it counts, in lower case (``_COUNTED_LABEL``: "+ 1,000
    classes: concepts in ImageNet ILSVRC12" under a data set's heading, beside the papers cited from it): a data
    set's figure, no title (a title opens with its own words, not a number of things)."""
    plain = text.strip().replace("*", "")
    return _LABELLED_COUNT.search(plain) is not None or _COUNTED_LABEL.match(plain) is not None


#: words of a note on getting a host's papers ("Langsung download PDF", "Via library universitas")
_ACCESS_WORDS = frozenset({"download", "pdf", "pdfs", "access", "library", "subscription", "login", "paywall",
                           "paywalled", "institutional"})


def host_access_note(text: str) -> bool:
    """``- MDPI (Diagnostics, Sensors): Langsung download PDF``, ``- PMC (PubMed Central): …``, ``- Frontiers in
    Medicine: …``: a publisher, journal or archive (its bracketed gloss aside), a colon, then a short note in sentence
    case on how to get its papers — a "how to access" section's line, no work. Why: the host's name reads as a title
    (title case, a venue word), and in a list of many link-less references it was made one more. The note after
    the colon is short (one to six words), in sentence case, and says how (``_ACCESS_WORDS``): "Nature: Highly
    accurate protein structure prediction" names a work by its venue and title, and stays."""
    head, colon, rest = text.partition(":")
    head = head.split("(", 1)[0].strip().replace("*", "")
    words = rest.split()
    if not colon or not head or len(head) > 60 or not 1 <= len(words) <= 6 \
            or not any(w[:1].islower() and len(w) >= 4 for w in words[1:]) \
            or not any(w.strip(".,;()").casefold() in _ACCESS_WORDS for w in words):
        return False  # (sentence case, "Langsung download PDF"; "Nature: Highly accurate protein …" cites a work)
    return _names_publisher(head.casefold().split()) or names_journal(head) or names_venue(head) \
        or label_role(head) == "paper" and head.isupper()


def names_papers_outright(heading_text: str) -> bool:
    """The heading calls what it lists papers (``## Papers``, ``### Selected publications``), not a survey."""
    return _says(heading_text, _OUTRIGHT_PAPER_WORDS, _OUTRIGHT_PAPER_ZH)


#: a heading over a personal page's record of its owner's career, not works: "🏅 Honors and Awards", "💬 Professional
#: Services", "Teaching", "Internships", "Reviewer", "Research Experience" — its link-less lines ("- **National Scholarship**, Ministry of
#: Education, *2025*", "- Medical Image Analysis (*MedIA*)") are prizes, posts and journals reviewed, never references
_CAREER_HEADING = re.compile(r"(?i)^\W*(?:honou?rs?|awards?|scholarships?|(?:professional\s+|academic\s+)?services?|"
                             r"reviewers?|reviewing|teaching|internships?|employment|"
                             # "## Research Experience", "# 📖 Educations": the owner's projects and schooling
                             r"(?:(?:work|research|professional|industry)\s+)?experiences?|educations?)"
                             # "Teaching & Volunteer Experiences": a second career word may take a qualifier
                             r"(?!-)\W*(?:(?:and|&)\s+(?:\w+|\w+\s+(?:experiences?|activities|services?|positions?))"
                             r"\W*)?$")


@lru_cache(maxsize=1024)
def _career_heading(text: str) -> bool:
    return _CAREER_HEADING.match(strip_symbols(text.strip())) is not None


def in_career_section(topic: tuple[Heading, ...]) -> bool:
    """Under a heading, at any depth, over a personal page's honours, services, teaching or posts
    (``_CAREER_HEADING``): a link-less line there that reads as a byline, a venue and a year ("**National
    Scholarship for Postgraduates**, Chinese Ministry of Education, *2025*") is a prize, not a reference."""
    return any(_career_heading(h.text) for h in topic)


#: the words by which a heading names its items books ("## Books", "### 1.1. Books", "## 书籍")
_BOOK_HEADING_WORDS = (("book", "books", "textbook", "textbooks", "livros", "libros", "livres", "bucher", "buecher",
                        "libri", "manuels"), ("书籍", "教材", "图书"))


def in_books_section(topic: tuple[Heading, ...]) -> bool:
    """Under a heading of books: the deepest heading that says books or gives the section another kind ("## Books"
    under "# Books & Tutorials"; "1. Livres:", a group item, under "# Ressources biblio") says books. Why:
    ``_SECTION_HINTS`` reads "Books" as a heading of web pages and knows no "Livres" or "Bücher" (a list's books
    are often only linked to a shop); a line there that cites its book by a byline is still the work
    (``extract``)."""
    for text in reversed([h.text for h in topic]):
        if _says(text, *_BOOK_HEADING_WORDS):
            return True
        if _heading_kind(text) is not None:
            return False
    return False


def section_hint(topic_texts: list[str]) -> str | None:
    """The kind a heading implies (deepest heading first): ``2.3.2 Single-Cell DataSet`` → dataset."""
    return _section_hint(tuple(topic_texts))


#: a heading about one paper, not a list of them: "### Analysis of paper 1", "## Notes on the paper", "## Paper 3: …"
_ONE_PAPER_HEADING = re.compile(r"(?i)\b(?:analysis|notes?|summary|review|reading|discussion|comments?)\s+(?:of|on)\s+"
                                r"(?:the\s+|this\s+)?paper\b(?!s)|^\W*paper\s*#?\d+\b")


def about_one_paper(heading_text: str) -> bool:
    """``### Analysis of paper 1``, ``## Paper 3: …``: a heading about one paper; its lines are notes on it."""
    return "aper" in heading_text and _ONE_PAPER_HEADING.search(heading_text) is not None


#: the prepositions by which a heading names the domain its works address ("Models for Time Series Data",
#: "Papers on Tabular Data", "Learning over Graph Data"), the heading's own subject written before them
_DOMAIN_PREPOSITIONS = frozenset({"for", "on", "over", "with"})
#: a heading's subject naming where data is kept or got ("The repository for protein data", "Sources of …"): data
_DATA_STORE_WORDS = frozenset({"repository", "repositories", "database", "archive", "collection", "source", "resource",
                               "portal", "bank", "hub", "catalog", "catalogue", "warehouse", "download", "access",
                               "cohort", "registry", "registries", "atlas", "atlases", "corpus", "corpora"})


#: the process a heading's "data" modifies ("## Data Integration", "## Data Preprocessing", "### Data analysis"):
#: the section lists the methods and papers that do it to data, not data sets
_DATA_PROCESS_NOUNS = frozenset({"integration", "processing", "preprocessing", "pre-processing", "analysis",
                                 "analyses", "analytics", "visualization", "visualisation", "augmentation",
                                 "cleaning", "mining", "fusion", "harmonization", "harmonisation", "normalization",
                                 "normalisation", "imputation", "compression", "assimilation", "exploration",
                                 "interpretation", "reconstruction", "alignment", "denoising", "synthesis",
                                 "generation", "modeling", "modelling", "transformation"})


@lru_cache(maxsize=4096)
def _data_only_as_domain(text: str) -> bool:
    """``## Diffusion Model for Time Series Data``, ``## Papers on Tabular Data``: the heading's only data word is
    the mass noun "data" written after a preposition that follows its subject, so it names the kind of data the
    listed works address, not a section of data sets ("## Public Data", "## Data for training", "## Datasets for
    X" and "## Benchmarks" still say data). So does "data" before the process it undergoes ("## _Data
    Integration_", "## Data Preprocessing"): that section lists the methods that integrate or clean data."""
    words, joined = _heading_words(text)
    _, en, _ = next(h for h in _SECTION_HINTS if h[0] == "dataset")
    if any(w != "data" and ((" " in w and w in joined) or w in words) for w in en):
        return False
    seq = joined.split()
    if "data" not in seq:
        return False
    for i, w in enumerate(seq):
        if w == "data" and i + 1 < len(seq) and seq[i + 1] in _DATA_PROCESS_NOUNS:
            continue  # "## Data Integration", "## Data Preprocessing": a process applied to data, not data
        if w == "data" and not any(seq[j] in _DOMAIN_PREPOSITIONS for j in range(1, i)):
            return False
    # "# The repository for protein data:", "## Sources of EHR data": the subject is where data is kept or got
    return not any(w in _DATA_STORE_WORDS or w.endswith("s") and w[:-1] in _DATA_STORE_WORDS for w in seq)


@lru_cache(maxsize=16384)
def _section_hint(topic_texts: tuple[str, ...]) -> str | None:
    for text in reversed(topic_texts):
        if about_one_paper(text):
            # "### Analysis of paper 1" / "- Semi-automated labels with expert correction …": a section about one
            # paper holds notes on it, whatever the headings above it list
            return None
        if (kind := _heading_kind(_purpose_subject(text)) or _heading_kind(text)) is not None:
            return kind
    return None


def _kind_from_umbrella_heading(topic: tuple[Heading, ...]) -> bool:
    """Whether the section's kind comes from a heading above its nearest one, the nearest saying no kind ("#
    Resources" / "## Parsers"). Why: an umbrella heading of a resource list names everything under it, papers
    too; the nearer heading, a topic, is what the section lists, and says nothing against a cited article."""
    texts = [h.text for h in topic]
    return len(texts) >= 2 and _section_hint((texts[-1],)) is None and _section_hint(tuple(texts[:-1])) is not None


def _hint_heading_names_data(topic: tuple[Heading, ...]) -> bool:
    """Whether the heading that gives a section its kind also names data sets ("### B. Generalist Evaluation
    Benchmarks", "## Evaluation Datasets"): "evaluation" makes it a section of challenges by the order of
    ``_SECTION_HINTS``, but its rows are benchmarks, each linked to the article that describes it on a scholarly
    site ("| **RadQA** | `LREC 2022` | … | [![Paper](…)](aclanthology.org/2022.lrec-1.672/) |"), not challenges
    hosted on a society's site."""
    _, en, zh = next(h for h in _SECTION_HINTS if h[0] == "dataset")
    for text in reversed([h.text for h in topic]):
        if _heading_kind(text) is not None:
            return not _data_only_as_domain(text) and _says(text, en, zh)
    return False


#: the competition hint words that name a purpose more often than a list of challenges ("## Evaluation",
#: "## Evaluation of Segmentation Models"): alone, they make no line a challenge (``_weak_competition_hint``)
_WEAK_COMPETITION_WORDS = frozenset({"evaluation", "evaluations"})


#: what a line says of a ranked contest among systems, beside the heading's challenge words ("Darija Chatbot Arena",
#: "an arena that ranks models by Elo")
_RANKING_WORDS = ("arena", "arenas", "elo")


def _weak_competition_hint(topic: tuple[Heading, ...], title: str, note: str, url_hp: str) -> str | None:
    """Where the section is read as one of challenges only because its heading says "evaluation" ("## Evaluation
    of Segmentation Models"), and the line itself says nothing of a challenge (no challenge word in its title or
    note, no challenge host): the kind the headings give without that word (perhaps None), else "competition".
    Why: a section about how models are evaluated lists papers, metric libraries and project pages; read as
    challenges, a repository or a paper's project page was typed a competition."""
    _, en, zh = _SECTION_HINTS[0]
    strong = tuple(w for w in en if w not in _WEAK_COMPETITION_WORDS)
    texts = [h.text for h in topic]
    if any(_says(text, strong, zh) for text in texts):
        return "competition"
    if _says(f"{title} {note}", strong + _RANKING_WORDS, zh) or _matches(url_hp, _COMPETITION_HOSTS_RE):
        return "competition"
    for text in reversed(texts):
        if about_one_paper(text):
            return None
        kind = _heading_kind(_purpose_subject(text), weak=False) or _heading_kind(text, weak=False)
        if kind is not None:
            return kind
    return None


def _heading_kind(text: str, weak: bool = True) -> str | None:
    """The first kind (``_SECTION_HINTS`` order) whose words one heading's text says, or None."""
    if not text:
        return None
    if _papers_as_head(text):
        return "paper"  # "## 评测与评估论文", "## Evaluation papers": papers about evaluation, not challenges
    for kind, en, zh in _SECTION_HINTS:
        if kind == "dataset" and _data_only_as_domain(text):
            # "## Diffusion Model for Time Series Data": the data its works address, not data sets; the
            # heading may still say another kind ("## Papers on Tabular Data" lists papers)
            continue
        if kind == "competition" and not weak:
            en = tuple(w for w in en if w not in _WEAK_COMPETITION_WORDS)
        if _says(text, en, zh):
            return kind
    return None


#: the paper words that can close a heading as its head noun ("Evaluation papers", "评测与评估论文")
_HEAD_PAPER_WORDS = frozenset({"paper", "papers", "publications", "articles"})
#: what, written just before that closing paper word, joins it to another kind instead of qualifying it ("Datasets
#: and Papers", "Tools & papers", "数据集与论文", "模型、论文")
_COORDINATORS = ("与", "和", "及", "、", "或", "/", "／", "&", "+", ",", "，", "|")
#: the words before a closing paper word that make it no head noun: a coordination ("Datasets and Papers") or a
#: preposition whose object it is ("Links to papers", "Code of papers"; ``_DOMAIN_PREPOSITIONS`` too)
_HEAD_BREAKERS = frozenset({"and", "or", "&", "to", "of", "in", "from", "about", "by", "vs", "versus"})


@lru_cache(maxsize=4096)
def _papers_as_head(text: str) -> bool:
    """``## 评测与评估论文``, ``### Evaluation papers``, ``## Benchmark papers``: a heading whose last word is a paper word
    (``_HEAD_PAPER_WORDS``, 论文) qualified by the words before it lists papers: the head noun closes the phrase, in
    English as in Chinese, and the kind word before it ("evaluation", 评测, "benchmark") only says what the papers
    are about. Why: ``_SECTION_HINTS`` takes the first kind a heading says, so "评测与评估论文" (evaluation papers)
    made every paper there a challenge, and one whose first link was its data deposit's DOI lost its record. Not
    a coordination ("Datasets and Papers", "数据集与论文": the coordinator before the paper word) and not a heading
    with a preposition ("Code for papers", "Links to papers": the subject before it is the head)."""
    low = unicodedata.normalize("NFKC", text).strip().casefold()
    low = low.rstrip(" \t:：.。!?*_#`~()（）[]【】0123456789")
    if low.endswith("论文"):
        before = low[:-2].rstrip()
        return bool(before) and not any(before.endswith(c) for c in _COORDINATORS) and _heading_kind_words(before)
    words = low.split()
    if len(words) < 2 or len(words) > 6 or words[-1] not in _HEAD_PAPER_WORDS:
        return False
    prev = words[-2]
    if prev[-1:] in ",&/+|" or any(w in _DOMAIN_PREPOSITIONS or w in _HEAD_BREAKERS for w in words[:-1]):
        return False
    return _heading_kind_words(" ".join(words[:-1]))


def _heading_kind_words(text: str) -> bool:
    """Whether the words before a closing paper word name a kind of resource (``_SECTION_HINTS``): only then does
    ``_papers_as_head`` change what the heading means."""
    return any(kind != "paper" and _says(text, en, zh) for kind, en, zh in _SECTION_HINTS)


def _purpose_subject(text: str) -> str:
    """The words a heading writes before its first "for" ("Benchmarking Datasets" of "**Benchmarking Datasets for
    Bias Evaluation of Med LLMs.**"), or "": the subject names what the section lists, the purpose after "for" only
    what those things serve, so a kind the subject says wins over one the purpose says (those rows are data sets,
    not evaluation challenges)."""
    seq = _heading_words(text)[1].split()
    return " ".join(seq[:seq.index("for")]) if "for" in seq[1:] else ""


#: the head nouns by which an item's own description says what it is ("- [X](…) - a Python package for …", "A toolkit
#: for …", "a web server for …", "a dataset of …"), the last word of the description's opening noun phrase
_ITEM_HEAD_NOUNS: tuple[tuple[str, frozenset[str]], ...] = (
    ("tool", frozenset("""package packages toolkit toolkits toolbox toolboxes library libraries software tool tools
                          framework frameworks server pipeline pipelines plugin plug-in application app implementation
                          module api cli wrapper utility utilities""".split())),
    ("dataset", frozenset("""dataset datasets data-set database databases data corpus corpora benchmark benchmarks
                             cohort archive""".split())),
    ("model", frozenset("model models checkpoint checkpoints weights".split())),
)
#: the same in Chinese, where the head noun closes the phrase ("一个用于提取影像组学特征的Python工具包", "包含131例CT的数据集")
_ITEM_HEAD_ZH: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("dataset", ("数据集", "数据库", "语料库", "数据")),
    ("tool", ("工具包", "工具箱", "工具", "软件", "程序库", "代码库", "框架")),
    ("model", ("模型",)),
)
#: the words that close a description's opening noun phrase ("a Python package | for …", "a dataset | of …")
_PHRASE_CLOSERS = frozenset("""for of to that which with and or in from on by providing containing including
                               used using written built based designed developed""".split())
_PHRASE_ARTICLES = frozenset("a an the".split())
_PHRASE_MAX_WORDS = 5
#: a description's opening clause (a Chinese one up to its first comma or stop)
_ZH_CLAUSE_END = re.compile("[，。；;,.（(]")
#: a Chinese noun phrase: its modifiers closed by "的" ("一个用于…的Python工具包"), or a measure word opening it ("一款工具");
#: "用于训练医疗大模型" (a purpose, no phrase) names what the item serves, not what it is
_ZH_NOUN_PHRASE = re.compile("的|^(?:是)?[一这该此][个款套种份]")
#: the joiners by which a heading lists two kinds ("Datasets and Tools", "Data & Software", "数据集与工具", "Benchmarks,
#: Datasets & Toolkits"); "Surgical Video Datasets", "LLM数据集" name one kind, the other word only qualifying it
_KIND_JOINER = re.compile(r"(?i)\band\b|[&/,+、，与和及]")


@lru_cache(maxsize=4096)
def _mixed_heading_kinds(topic_texts: tuple[str, ...]) -> frozenset[str]:
    """The kinds the heading that gives a section its kind names when it names more than one ("## Datasets and
    Tools", "## Data & Software", "## 数据集与工具": dataset and tool), else none (a heading naming one kind,
    "## Datasets", keeps its rule)."""
    for text in reversed(topic_texts):
        if about_one_paper(text):
            return frozenset()
        for said in (_purpose_subject(text), text):
            if said and _heading_kind(said) is not None:
                kinds = frozenset(kind for kind, en, zh in _SECTION_HINTS
                                  if not (kind == "dataset" and _data_only_as_domain(said)) and _says(said, en, zh))
                return kinds if len(kinds) > 1 and _KIND_JOINER.search(said) else frozenset()
    return frozenset()


#: a link label that gives the article a resource's line cites for it rather than the line's own work: the paper's
#: kind word dated by its year ("paper-2018", "Paper (2019)", "paper_2016", "2016 paper") or a citation word
#: ("Reference", "Citation", "Cite"); bounded, whole label
_DATED_ARTICLE_LABEL = re.compile(r"(?:paper|article|publication)[\s_-]{0,3}\(?(?:19|20)\d\d\)?"
                                  r"|(?:19|20)\d\d[\s_-]{1,3}(?:paper|article|publication)")
_TOOL_ARTICLE_LABEL = re.compile(rf"{_DATED_ARTICLE_LABEL.pattern}|references?|citation|cite(?: us| this)?|how to cite")


def cites_tool_article(label: str) -> bool:
    """``[paper-2018](…)``, ``[Reference](…)``: the label names the article to cite for the resource the line
    names (dated, or called its reference), not the line's own work. Why: a tool catalog writes when its tool's
    paper appeared, or what to cite for it; a paper list labels the line's own article "paper", "PDF" or "arXiv"."""
    return _TOOL_ARTICLE_LABEL.fullmatch(_norm(strip_symbols(label))) is not None


def _description_head_kind(note: str) -> str | None:
    """The kind an item's description names by the head noun of its opening phrase: "- a Python package for
    extracting …" → tool, "A toolkit for …", "an R package …", "a command-line tool …", "a web server …", "software
    for …" → tool; "a dataset of 1,018 CT scans", "A large-scale database of …" → dataset; "CT scans of 500 patients"
    names no kind; "a library of 780 images" names a collection, no software. Chinese closes the phrase on its
    head noun ("一个用于…的Python工具包")."""
    text = note.lstrip(" \t-–—:：|·").strip()
    if not text:
        return None
    if has_cjk(text[:40]):
        clause = _ZH_CLAUSE_END.split(text, 1)[0].strip()
        if _ZH_NOUN_PHRASE.search(clause) is None:
            return None
        return next((kind for kind, zh in _ITEM_HEAD_ZH if clause.endswith(zh)), None)
    words = text.split(None, _PHRASE_MAX_WORDS + 2)
    if words and words[0].casefold() in ("is", "are"):
        words = words[1:]
    if words and words[0].casefold() in _PHRASE_ARTICLES:
        words = words[1:]
    phrase: list[str] = []
    closer = ""
    for w in words[:_PHRASE_MAX_WORDS + 1]:
        bare = w.strip(",.;:()").casefold()
        if bare in _PHRASE_CLOSERS:
            closer = bare
            break
        phrase.append(bare)
        if w[-1:] in ",.;:(" or len(phrase) > _PHRASE_MAX_WORDS:
            break
    if not phrase or len(phrase) > _PHRASE_MAX_WORDS:
        return None
    head = phrase[-1]
    if head in ("library", "libraries", "archive") and closer == "of":
        return None  # "a library of 780 annotated images": a collection, no software
    return next((kind for kind, nouns in _ITEM_HEAD_NOUNS if head in nouns), None)


def _item_kind_under_mixed_heading(topic: tuple[Heading, ...], note: str) -> str | None:
    """Under a heading naming two kinds ("## Datasets and Tools"), the one of them an item's own description names
    (``_description_head_kind``). Why: the heading's first noun made every item there a data set, a Python package
    too; the item's own words say what it is, the heading only what its section holds."""
    kinds = _mixed_heading_kinds(tuple(h.text for h in topic))
    if not kinds:
        return None
    kind = _description_head_kind(note)
    return kind if kind in kinds else None


def _model_project_under_mixed_heading(topic: tuple[Heading, ...], title: str) -> bool:
    """Under a heading that names models beside benchmarks or data sets ("## 10大法律领域微调模型及2大评测基准", "## Medical
    LLMs and Benchmarks"), an item whose first link is its repository ("### 4、Lawyer LLaMA" / "**项目地址：**github…",
    a paper link after it or not), its own name saying no benchmark or data set, is read as under a heading of
    models. Why: the heading's first kind word (评测 → challenges, "benchmarks" → data sets) made every model there a
    challenge or a data set, and one giving its paper lost it, which the same block under "## 医疗领域大模型" is (a
    model's project with its paper is that paper's record, the repository its code); a benchmark's own block names
    itself so ("### 8、金融领域评测基准：FLARE") and keeps the heading's kind."""
    return "model" in _mixed_heading_kinds(tuple(h.text for h in topic)) and _heading_kind(title) in (None, "model")


def _tool_beside_its_paper_and_code(title: str, primary: Link, rest: tuple[Link, ...],
                                    topic: tuple[Heading, ...], citation_confidence: float,
                                    named_venue: bool) -> bool:
    """``#### LabelKit (2023) [Paper](arxiv…) [Code](github…) [Docs](…)`` under "## Tools for annotation": a
    short name (no title of a work) whose first link the list labels its paper and a later one its code, under a
    heading of tools that says nothing of papers, is the tool that paper describes. Why: the first link's role made
    every tool catalog's line a paper titled by the tool's name; under a papers heading ("## Papers" / "[CVPR 2018]
    ThoraxNet [[paper]] [[code]]") a short name so linked still names its paper, and a work's full title under a
    tools heading stays the paper, as does a name the line files under a venue ("[AAAI 2019] NegBio [[paper]]
    [[code]]", ``named_venue``): the venue cites the paper."""
    texts = [h.text for h in topic]
    return not named_venue and not _is_paper_like(title) and citation_confidence < 0.5 \
        and label_role(primary.label) == "paper" \
        and any(link.role == "code" for link in rest) and not mentions_papers(texts) \
        and any(_says(text, _TOOL_WORDS, _TOOL_WORDS_ZH) for text in texts)


#: the words by which a heading names its items software outright ("## Tools for annotation", "### Libraries");
#: "code", "implementations" or "frameworks" as often head a paper's code notes or a list of methods
_TOOL_WORDS = ("tool", "tools", "toolkit", "toolkits", "toolbox", "toolboxes", "software", "library", "libraries",
               "package", "packages", "ferramentas", "herramientas", "outils", "logiciels", "werkzeuge")
_TOOL_WORDS_ZH = ("工具", "软件")


def entry_kind(entry: Entry, *, citation_confidence: float = 0.0) -> str:
    """The kind of thing an entry describes, from its first link, its links and its section."""
    return kind_of(entry.links, entry.topic, entry.identifiers.any(), entry.title,
                   citation_confidence=citation_confidence, note=entry.description)


def kind_of(links: tuple[Link, ...], topic: tuple[Heading, ...], has_ids: bool, title: str, *,
            citation_confidence: float = 0.0, cited_article: bool = False, note: str = "",
            in_table: bool = False, card: bool = False, named_venue: bool = False,
            note_fields: tuple[str, ...] = ()) -> str:
    """``entry_kind`` from the parts of an entry, so that ``extract`` builds each entry only once (``note``: the
    entry's description, the words the line writes beside its links; ``note_fields``: the values of the entry's
    labelled lines that annotate the work, "Dataset: …", "Keywords: …", words of the note that date no work;
    ``in_table``: the entry is a table's row;
    ``card``: the entry is one card of an HTML grid of cards, ``parse.HTML_CARD_FIELD``; ``named_venue``: the
    entry names the venue its work appeared in)."""
    hint = _section_hint(tuple([h.text for h in topic]))
    if hint in ("dataset", "tool", "model") and note and (own := _item_kind_under_mixed_heading(topic, note)):
        hint = own  # "## Datasets and Tools" / "- [X](github…) - a Python package for …": the item says it is a tool
    primary = links[0] if links else None
    if hint == "competition":
        # "## Evaluation" / "- [MedPy](github…) - metrics": "evaluation" alone names no list of challenges
        hint = _weak_competition_hint(topic, title, note, _host_path(primary.url) if primary is not None else "")
    if hint in ("dataset", "competition") and primary is not None and primary.role == "code" \
            and _model_project_under_mixed_heading(topic, title):
        hint = "model"  # "## 法律大模型及评测基准" / "### Lawyer LLaMA" / 项目地址: github… / 论文地址: arxiv…: a model's project
    if primary is not None and len(links) > 1 and not primary.label.strip() and is_reader_note(primary):
        # "[:blue_book:](github.com/…/blob/main/notes/x.md) Title [[paper](…)]": the reader's note opening the
        # item as an icon only annotates the work; the first link after it says what the entry is (a named note
        # link, "[HunFlair](…/docs/HUNFLAIR.md)", names the entry and keeps deciding its kind)
        primary = next((link for link in links if not is_reader_note(link)), primary)
    if primary is not None and len(links) > 1 and _course_material_file(primary.url):
        # "[Tables → graphs](slides/01a_gelman_slides.pdf): [Gelman et al. (2002)](doi…)": a session's slides
        # opening a schedule's line are the course's; the reading linked after them says what the entry is
        primary = next((link for link in links if not _course_material_file(link.url)), primary)
    if hint == "competition" and primary is not None and primary.role == "other" and len(links) > 1 \
            and (is_home_label(primary.label) or personal_name(primary.label.strip())) and _is_paper_like(title) \
            and (labelled := next((link for link in links[1:]
                                   if link.role == "paper" and label_role(link.label) == "paper"), None)) is not None:
        # "# Leaderboard" / "<b>Title of the benchmark's paper?</b>" / "[Ana Ruiz](scholar…), …" / "[project](…) |
        # [paper](….pdf) | [code](github…)": the work's banner links its authors' pages and its project page before
        # the link it labels its paper; that link says what the entry is (under a leaderboard heading an author's
        # or a project's page made the banner one more challenge)
        primary = labelled
    roles = {link.role for link in links}
    if primary is None:
        # "# News" / "- 2026-03: Honored to be awarded as the **Outstanding Graduate** (Ph.D., Class of 2026).": a
        # link-less news line announces, it cites nothing, however it reads as a byline and a year
        if has_ids or citation_confidence >= 0.5 and not in_career_section(topic) \
                and not news_heading([h.text for h in topic]):
            return "paper"
        return "other"
    prole = primary.role
    primary_url_hp = _host_path(primary.url)
    if prole == "other" and not has_ids and hint in (None, "paper", "website") and _recorded_talk(links):
        # "Crawford, K. (2017, December). [The Trouble with Bias](youtu.be/…) \[Conference presentation\]. NeurIPS
        # 2017 …": a reference whose title links a video, its every link a video, is the recorded talk (a video
        # labelled so beside a cited paper, "[[video]](youtube…)", is that paper's talk and keeps the paper's kind)
        return "website"
    if hint == "competition" and prole == "paper" and not has_ids and not _is_paper_like(title) \
            and label_role(primary.label) is None and not _hint_heading_names_data(topic):
        # "## Competições" / "- [MICCAI Registered Challenges](miccai.org/…/challenges/…)": a short name on a
        # scholarly society's site, no identifier and no "paper" label, is one more challenge (not under a data
        # heading: "| Shen et al. (2017) | …" rows of a data table cite their papers)
        return hint
    if prole == "other" and hint in (None, "dataset") and _cites_its_article_by_venue(links[1:], has_ids):
        return "paper"
    if prole in ("other", "code") and hint in (None, "dataset") and _cites_its_article_by_authors(links[1:], note):
        return "paper"
    if hint == "dataset" and prole == "code" and _paper_sub_bullet(primary, links[1:]):
        # "## Datasets" / "* [e-SNLI](github…): Explanation …" / "  * [Publication link](papers.nips.cc/…)": a
        # name bullet over a sub-bullet the list labels the work's publication is that paper's record, the
        # repository its name links its code (a paper link on the name's own line stays the data set's)
        return "paper"
    if hint == "competition" and prole == "other" and _participant_paper_title(title) \
            and not _matches(primary_url_hp, _COMPETITION_HOSTS_RE):
        # "# Head and Neck Tumor Segmentation Challenge 2020" / "[Two-stage approach for segmenting gross tumor volume
        # in head and neck cancer with CT and PET imaging](a blog's copy)": a participant's paper, not one more challenge
        return "paper"
    if hint in ("dataset", "competition") and prole != "paper":
        if hint == "competition" or not _matches(primary_url_hp, _COMPETITION_HOSTS_RE):
            return hint
        return "competition"
    # a bare name linked to its home page with its article as a second link ("### [RICORD](rsna.org/…)
    # … ([paper](pubs.rsna.org/doi/…))"): the item is the resource the paper describes, not the paper
    # (not a package's page on a software registry: "- 2009 - [iCluster](cran.r-project.org/package=iCluster) - Shen
    # - [paper](…PMC2800366/)" names the package as a line of the same list names its repository, "[BCC](github…)",
    # and both lines cite the package's article)
    # (not a reader's note on the work followed by its "[[pdf]]": ``_paper_labelled_after_its_note``)
    named_resource = prole == "other" and hint is None and not _is_paper_like(title) \
        and not (has_ids and _short_title_after_dated_byline(title, note)) \
        and not _package_registry_page(primary_url_hp) and not _paper_labelled_after_its_note(primary, links)
    # a software table's row or a tool's own line ("## Software" / "| [COVnet](github…) | … | [:computer_mouse:](
    # pubs.rsna.org/doi/…) |" under "Validation/paper"): under a heading of tools that says nothing of papers, a
    # short name linked to the tool's code or home page, its article a later link, is the tool that article
    # validates, not the article (a list that also lists the article gives it its own line)
    # (a cited work, "[GAT](github…) Veličković P, et al. arXiv preprint arXiv:1710.10903, 2017.", is still the paper)
    named_tool = hint == "tool" and prole in ("code", "other") and not _is_paper_like(title) \
        and citation_confidence < 0.5 and any(link.role == "paper" for link in links[1:]) \
        and not mentions_papers([h.text for h in topic])
    # "- [SlideKit](github…) - A Python library for tiling slides. [[paper]](arxiv…)", "**[RadPrep](github…)**: an
    # open-source toolkit for …", "## Models" / "- [PathLens](huggingface.co/…) - Vision-language model for …
    # [[paper]](arxiv…)": a short name linked to its repository or model card whose own description says by its head
    # noun that it is software or a model (``_description_head_kind``) is that tool or model, the later paper link
    # the article describing it (a link the list labels its paper: "Published in [*Anesthesiology*, 2022](doi…)"
    # after a folder's name cites the manuscript the folder's code serves), under a heading that names no kind, a
    # generic one ("## Resources") or that kind; a work's title linked to its code, a name with no description
    # ("HelixLM, [github, May 2023](…), [arxiv, …](…)") and a description naming no kind ("- [X](github…) - segment
    # anything in ultrasound") keep the paper rules below
    described = _description_head_kind(note) if prole in ("code", "other") and note else None
    named_tool = named_tool or described in ("tool", "model") and hint in (None, "website", described) \
        and not _is_paper_like(title) and citation_confidence < 0.5 \
        and any(link.role == "paper" and label_role(link.label) == "paper" for link in links[1:])
    # "- **[Nextflow](github…)** - A fluent DSL for … [ [paper-2018](pubmed…) | [web](…) ]", "- MQc [Code](github…)
    # [Reference](doi…)": a short name linked to its repository or home page whose article the line gives under a
    # label that dates it or calls it the reference to cite (``cites_tool_article``) is the tool that article
    # describes, whatever its description's words; a paper's own line calls its article "paper", not "the 2018 paper"
    # (a description in title case may read as a cited title, "Syntax Highlighting for … Formats": a dated label
    # still says the article is the tool's, not the line's)
    named_tool = named_tool or prole in ("code", "other") and hint in (None, "website", "tool") \
        and not _is_paper_like(title) \
        and any(link.role == "paper" and cites_tool_article(link.label)
                and (citation_confidence < 0.5 or _DATED_ARTICLE_LABEL.fullmatch(_norm(strip_symbols(link.label))))
                for link in links[1:])
    if prole == "paper" and hint == "tool" and _tool_beside_its_paper_and_code(title, primary, links[1:], topic,
                                                                              citation_confidence, named_venue):
        return "tool"
    if prole == "paper" and hint == "dataset" and not in_table \
            and _data_beside_its_publication(title, primary.label, links[1:], citation_confidence):
        # "## Biomedical knowledge graphs" / "- **ROBOKOP** – [Publication (2019)](doi…), [Code](github…), [Data](…)",
        # "## Benchmark datasets" / "- **ClinQA-Bench** – [Paper](arxiv…), [Code](…), [Data](huggingface.co/datasets/
        # …)": under a heading of data sets, a short name whose links give, beside its publication, its data is the
        # data set that publication describes (a full title so linked stays the paper; the identifier stays on the
        # entry); outside such a heading a paper's entry links its code and data as well and stays the paper; a
        # table's row ("| Dataset | Paper | Link |") is its paper's entry by the tables' own rule, and a link named
        # by its venue ("[[Scientific Data 2024](…)] [[OpenNeuro …](…)]") cites the article, not a field of a record
        return "dataset"
    if prole == "paper" and _resource_beside_its_publication(title, links[1:], citation_confidence):
        # "- **PrimeKG** – [Publication (2023)](doi…), [Website](…), [Code](github…), [Data](doi…)": a short name
        # whose links give, beside its publication, the resource's own code or home page and its data, API or
        # package page is the resource that publication describes, whichever link comes first (a paper's entry
        # links its article, code and project page; it does not serve an API or a data download of its own).
        # The publication's identifier stays on the entry.
        if hint in ("tool", "dataset", "model"):
            return hint
        return "dataset" if "dataset" in roles else "tool"
    if prole == "paper" and not has_ids and len(links) == 1 \
            and _points_to_talk_material(title, primary.label, citation_confidence):
        return "other"
    if prole == "paper" and not has_ids and hint != "dataset" and citation_confidence < 0.5 \
            and is_shared_file(primary.url) and under_talk_heading(topic):
        # "## Talks" / "* **2023-04** [Privacy Attacks on …](dropbox.com/s/…/slides.pdf) (Invited talk)": a PDF
        # shared from a drive under a heading of talks is the talk's deck, no article (a cited work keeps its kind)
        return "website"
    if prole == "paper" and _cites_its_source_in_brackets(title, primary.label):
        # "- 22.3 million single-cell transcriptomes from GEO etc. (Tables S1 of [Article](cell.com/…))": a note on
        # data whose bracketed remark runs into a link named only "Article" names where the figures come from; the
        # article is cited in passing, the line is no paper's record
        return "other"
    if _announces_a_work(title, links, has_ids, citation_confidence) \
            or _news_sentence(title, has_ids, citation_confidence):
        return "website"  # a news line pointing "here" at a work it announces, or saying it was released
    if prole == "paper" or (has_ids and prole != "dataset" and not named_resource and not named_tool
                            and ("paper" in roles or prole == "code" and citation_confidence >= 0.5)):
        return "paper"
    # "* [ICCV-2023] **Title of the work**, Authors [[Project]](…) [[Github]](…)": a cited work (a venue and a
    # year stated) whose list gives its page and code but no link to the article is still the paper
    # "* **[CoRL 2024]** Title of the work, [website](https://x.github.io/)": so is one whose only link is the
    # page the list calls its home (a project page), not a blog post, a video or slides
    # "* Title of the work, *Working Paper* 2023. [[link](event page)]": so is one whose only link is a bare
    # pointer ("link", "url"): the line's own words cite the work, the pointer names nothing else it could be
    cited_work = citation_confidence >= 0.5 and hint in (None, "paper") and _is_paper_like(title) \
        and (prole == "code" or prole == "other" and ("code" in roles or is_home_label(primary.label)
                                                      or len(links) == 1 and is_pointer_label(primary.label)))
    # "**Trustworthy Machine Learning.** *Kush R. Varshney.* 2022. [book](trustworthymachinelearning.com)": a cited
    # book (a byline and a year stated) linked to its own site under a label that says "book" is the work, however
    # short its title (a book's title is often a field's name), under a heading of books too ("### Books": the
    # label and the byline make the line a cited work, not a link to a site)
    cited_work = cited_work or citation_confidence >= 0.5 and hint in (None, "paper", "website") \
        and prole == "other" \
        and (_is_book_label(primary.label) or _book_labelled_after_its_note(primary, links))
    if prole in ("code", "related_code"):
        if any(_PAPERS_WITH_CODE_HEADING.search(h.text) for h in topic) \
                and (own := primary if prole == "code" else next((x for x in links if x.role == "code"), None)) \
                and names_work_beside_its_code(title, own, title_case=False, linked=True, min_words=4):
            # "## Paper with code" / "- [Accurate Wearable Heart Rate Monitoring During Physical Exercises Using
            # PPG](github…)": under a heading that pairs papers with their code, a work's title linked to its
            # repository is the paper, the repository its code (elsewhere such a link names the repository); so is
            # a title written beside its code link ("## 2.染色归一化文献代码" / "1. **2016年，Title，译名**" / "…
            # [【代码入口】](github…)"), in a sentence-case title of four words too, the heading having said the items
            # are papers; the work's own code may follow the repositories its note credits ("代码受到[CycleGAN](…)的启发")
            return "paper"
        if hint == "model" and prole == "code" and citation_confidence >= 0.5 and len(title.split()) >= 4 \
                and reads_like_paper_title(title):
            # "### Protein language models" / "**Title of the work**" / "[Authors, et al. bioRxiv (2021).](github…)":
            # a cited work (a title, its authors and year) under a heading of models is still the paper
            return "paper"
        if hint in ("model", "dataset"):
            return hint
        if cited_work:
            return "paper"
        if "paper" in roles and (_is_paper_like(title) or hint == "paper"):
            # ("## Algorithm papers" / "**GNMOT**: Graph Networks for … [[code]](github…)[[paper]](cvf…)": under a
            # heading that says papers, a short name with its code and its paper names the paper)
            return "paper"
        if hint == "paper" and prole == "code" and (
                names_work_beside_its_code(title, primary)
                or _written_out_url(primary)
                and names_work_beside_its_code(title, primary, title_case=False, min_words=4)):
            # "## Papers" / "- Improving Hemorrhage Detection in Sparse-view CTs via Deep Learning https://github.com/…":
            # under a heading that says papers, a work's title written beside its code (a written-out URL or a
            # "[code]" label, not the repository's own linked name) names the paper the code implements; beside a
            # written-out URL, a sentence-case title ("- Multi-scale wavelet attention for denoising ultrasound
            # frames https://github.com/…") and one of four words do too (a "[code]"-labelled line in sentence case
            # may be a tool's own description: "- EyeGrade toolkit, a Python package … [[code](…)]")
            return "paper"
        if prole == "code" and hint is None and citation_confidence < 0.5 \
                and _title_beside_its_labelled_code(title, links, note, note_fields):
            return "paper"
        if prole == "code" and hint in (None, "paper") and not named_tool and _labelled_paper_record(links[1:]):
            # "- [DeepScientist](github…) - A research studio …<br> [Code](github…) · [Paper](openreview…)":
            # a repository's line whose later link the list calls the paper, on a scholarly host, cites the work
            # the code implements, as an arXiv link would (above), though the page (OpenReview, ACL Anthology,
            # a proceedings page) carries no identifier the entry could keep
            return "paper"
        return "repository"
    if prole == "dataset":
        if _cited_shared_file(primary_url_hp, title, hint, citation_confidence,
                              umbrella=hint == "website" and _kind_from_umbrella_heading(topic), card=card) \
                or _paper_titled_shared_file(primary, links, title, hint):
            # "[Long-Term Plausibility of Language Models …](drive.google.com/file/d/…/view), Cogsci 2022": the
            # shared file is the cited paper's PDF
            return "paper"
        if hint != "dataset" and is_shared_file(primary.url) and under_talk_heading(topic):
            # "## Talks" / "#### 2022" / "* **2022-10** [Modern Tools for …](drive.google.com/file/d/…/view)": the
            # shared file is the talk's deck or recording, as its neighbours' video links are talks
            return "website"
        if hint == "paper" and any(link.role == "paper" and label_role(link.label) == "paper" for link in links[1:]):
            # "## 评测与评估论文" / "- **TCM-BEST4SDT** 面向…的病例评测基准 [[DOI](doi.org/10.6084/m9.figshare…)]
            # [[论文](arxiv…)] [[代码](github…)]": under a heading of papers, a line that gives its data deposit
            # first and then a link the list labels its paper is that paper's record, the deposit its data (under
            # a heading of data sets, or with no paper link, the deposit keeps the line a data set)
            return "paper"
        return "dataset"
    if _matches(primary_url_hp, _COMPETITION_HOSTS_RE):
        return "competition"
    if _matches(primary_url_hp, _MODEL_HOSTS_RE) and hint in (None, "model"):
        return "model"
    if hint == "model" and prole == "other" and citation_confidence >= 0.5 and len(title.split()) >= 4 \
            and ("code" in roles or is_home_label(primary.label) or has_ids) and reads_like_paper_title(title):
        # "## 📚 Multimodal Large Language Models" / "- ``MICCAI 2023`` [Title](project page) … [★](github…)": a
        # cited work (its venue and year stated) linked to its project page and its code under a heading of
        # models is still the paper, as one linked to its code first is (above); so is one whose reference gives
        # its own identifier, whatever page it links ("***Foundation models***" / "- **xTrimoGene**: Gong, J., …
        # (2023). xTrimoGene: An Efficient … arXiv preprint arXiv:2311.15156. [API](api.…)": the model's API)
        return "paper"
    if cited_work or prole == "other" and _paper_titled_shared_file(primary, links, title, hint):
        return "paper"
    if "paper" in roles and not named_resource and (hint in (None, "paper")
                                                    or prole == "other" and _is_paper_like(title)):
        return "paper"
    if hint == "website" and cited_article and citation_confidence >= 0.5 and prole == "other" \
            and label_role(primary.label) is None and _is_paper_like(title) and not named_resource \
            and _kind_from_umbrella_heading(topic):
        # "# Resources" / "## Parsers" / "Stanford Parser" / "Klein, D. and Manning, C. (2002). Fast Exact Inference
        # … In Advances in Neural Information Processing Systems." / "https://nlp.stanford.edu/…": a resource list's
        # umbrella heading ("Resources") says websites only because no nearer heading says a kind; a full reference
        # written under it (a byline, a year, a title and an "In …" venue) cites the article, the tool's page after
        # it no more than the line's link
        return "paper"
    if hint in ("model", "tool", "website"):
        return hint
    if prole == "other" and _norm(strip_symbols(primary.label)) in _PLACEHOLDER_PAPER_LABELS \
            and _is_paper_like(title) and hint in (None, "paper") and not named_resource \
            and is_site_root(primary.url):
        # "- [2023]**VoxMol: 3D molecule generation by …** … [paper](https://proceedings.neurips.cc/)": the
        # list calls the link the paper although it only reaches the venue's home page (a placeholder)
        return "paper"
    if hint == "paper" and prole == "other" and is_site_page(primary.url) and len(links) == 1 \
            and label_role(primary.label) is None and reads_like_paper_title(drop_poster_code(title)):
        # "## Short paper track" / "[S027 - Generation of Multi-modal Brain Tumor MRIs with …](papers/S027.html)":
        # a conference site's page of accepted papers links each title to the site's own page on it (a
        # relative link, no host); under a heading that says papers, a title so linked is the paper
        return "paper"
    if (hint == "paper" or hint is None and citation_confidence >= 0.5) and prole == "other" and len(links) == 1 \
            and label_role(primary.label) is None and _unknown_journal_article(primary_url_hp) \
            and reads_like_paper_title(title):
        # "- [Ethical and Legal Considerations in Healthcare AI: … (2026)](royalsocietypublishing.org/rsos/article/12/5/
        # 241873/235732) — … (Royal Society Open Science, 2026)": a work's title (dated, or under a heading that says
        # papers) linked alone to a volume-numbered article page of a journal the host tables do not know is the paper
        return "paper"
    if hint == "paper" and citation_confidence >= 0.5 and not (prole == "other" and label_role(primary.label) == "other"):
        return "paper"  # ("- **Title** — Weng. *Lil'Log* 2026. [[博客]](…)": a post its link calls a blog, not a paper)
    if (cited_article or has_ids and citation_confidence >= 0.5) and hint in (None, "paper") and prole == "other" \
            and label_role(primary.label) is None and not named_resource \
            and (_is_paper_like(title) or has_ids and _short_title_after_dated_byline(title, note)):
        # 'Bertsimas, D., et al. "[Title.](care.diabetesjournals.org/…)" *Diabetes Care* 40, no. 2 (2017): 210–17.':
        # a reference with a volume and pages (or a chapter's "In … (pp. 11-19)") cites an article, even when its
        # link goes to a publisher the host tables do not know (a share link, a society journal's own site);
        # "Authors. Title[J]. arXiv preprint arXiv:2009.09335, 2020. [link](github…/issues/3)": so does a confident
        # reference whose own text gives its identifier, its link the list's note on it
        return "paper"
    if prole == "other" and citation_confidence >= 0.5 and hint in (None, "paper") \
            and label_role(primary.label) is None and _names_report_genre(title):
        # 'US Food and Drug Administration. "[Proposed Regulatory Framework … - Discussion Paper and Request for
        # Feedback.](fda.gov/…)" (2019).': a reference whose title calls the work a discussion paper, a white paper
        # or a technical report cites that report, though an agency's or a society's own site holds it
        return "paper"
    if prole == "other" and hint in (None, "paper") and label_role(primary.label) is None \
            and all(link.role == "other" for link in links) and _titled_link_over_its_byline(title, note) \
            and not _matches(primary_url_hp, _BLOG_HOSTS_RE) and not _SOCIAL_PAGE.match(primary_url_hp):
        # "* [Latent Dirichlet Allocation](jmlr.csail.mit.edu/papers/v3/blei03a.html), Blei et al., JMLR, 2003. -
        # Yikai Wang ✓": a seminar's reading whose linked title is followed by its byline, the venue and the year
        # cites that work, whatever page the link reaches (an author's PDF, a journal the host tables do not know,
        # an institutional repository); the presenter's name after it changes nothing
        return "paper"
    if prole == "other" and len(links) == 1 and hint in (None, "paper") and label_role(primary.label) is None \
            and et_al_byline_only(note) is not None and reads_like_paper_title(title) \
            and not _matches(primary_url_hp, _BLOG_HOSTS_RE) and not _SOCIAL_PAGE.match(primary_url_hp):
        # "Julian Homburger et al. [Modeling SARS-CoV-2 outbreaks in workplaces, …](color.com/modeling-…).": a
        # reading list's reference whose only words beside its linked title are its authors, the first ones and
        # "et al." (no venue, no year), cites a work the authors' company or institute posts on its own site; "et
        # al." names a work's authors, never a tool's or a page's makers (a post on a blog host stays a post)
        return "paper"
    return "website"


#: a year in brackets closing a byline, "Ashida, G., Nogueira, W. (2018)."; bounded
_BRACKETED_YEAR = re.compile(r"\((?:19|20)\d\d[a-z]?\)")
#: how far into an entry's words a byline's bracketed year is looked for
_BYLINE_YEAR_REACH = 400


def _short_title_after_dated_byline(title: str, note: str) -> bool:
    """``Ashida, G., Nogueira, W. (2018). **[Spike-conducting integrate-and-fire model](eneuro.org/…)** eNeuro …; DOI:
    https://doi.org/10.1523/…``: a title of three words (too short for ``_is_paper_like``) whose line opens with its
    authors, two or more or "et al.", closed by the year in brackets, and gives the work's identifier (the caller's
    test). Why: a lab's publication page cites every work so; a short title on a journal site the host tables do not
    know made the record a website and the paper was lost. A tool's name of one or two words stays a tool."""
    if len(title.split()) < 3 or not note:
        return False
    m = _BRACKETED_YEAR.search(note, 0, _BYLINE_YEAR_REACH)
    if m is None:
        return False
    byline = parse_trailer(note[: m.end()])
    return bool(byline.authors) and byline.year is not None and byline.venue is None \
        and (byline.et_al or len(byline.authors) >= 2)


def _titled_link_over_its_byline(title: str, note: str) -> bool:
    """The words after a linked title are its byline, then the venue and the year it appeared at (", Blei et al.,
    JMLR, 2003.", ", Kwan and Bell, ICML, 2009."), the venue a known one or written as an acronym. Why: a seminar's
    reading list links each paper to wherever its PDF lives (an author's page, a university repository, a journal
    site the host tables do not know); the byline was read, but with no scholarly host the line became a website
    and the paper was lost. "Et al." or two names make it a byline (a tool's maker is one name or a company, "by
    Google"); a post's "Ortiz et al., Medium, 2020" names no venue; a name of one or two words ("NoteKit") is a tool
    however it is cited."""
    if not note or len(title.split()) < 3 and not reads_like_paper_title(title):
        return False
    trailer = parse_trailer(note)
    if not (trailer.authors and trailer.year and trailer.venue and (trailer.et_al or len(trailer.authors) >= 2)):
        return False
    venue = trailer.venue.strip(" .,*_")
    return acronym_venue(venue) or names_venue(venue) or names_journal(venue)


#: the genre words by which a report names itself in its title ("… - Discussion Paper and Request for Feedback",
#: "…: A White Paper", "Technical Report"); bounded, word-anchored
_REPORT_GENRE = re.compile(r"(?i)\b(?:discussion|white|working|position|technical|consultation)\s+(?:paper|report)\b")


def _names_report_genre(title: str) -> bool:
    """Whether a title names its work's genre as a report ("Discussion Paper", "White Paper", "Technical Report")."""
    low = title.casefold()
    return ("paper" in low or "report" in low) and _REPORT_GENRE.search(title) is not None


#: one file shared from a general drive (not a folder, not a data portal): what it holds is said by the line
_SHARED_FILE_PATHS = ("drive.google.com/file/d/", "dropbox.com/s/", "dropbox.com/scl/fi/", "mega.nz/file/",
                      "mega.co.nz/file/")
#: a share whose link to one file rides in a hashbang fragment ("https://mega.nz/#!ID!KEY"): the path is the site's
#: root, the route after "#!" the file
_HASHBANG_SHARE_HOSTS = ("mega.nz/", "mega.co.nz/")


def is_shared_file(url: str) -> bool:
    """A link to one file shared from a general drive (``drive.google.com/file/d/…``, ``dropbox.com/s/…``,
    ``mega.nz/file/…`` or its older ``mega.nz/#!ID!KEY``), not a folder: what the file holds is said by the line or
    the table column citing it, not by the host."""
    hp = _host_path(url)
    return hp.startswith(_SHARED_FILE_PATHS) or "#!" in url and hp in _HASHBANG_SHARE_HOSTS


def _paper_titled_shared_file(primary: Link, links: tuple[Link, ...], title: str, hint: str | None) -> bool:
    """``## 有关行为识别的论文概括`` / ``* ### Ubicomp 2014`` / ``1. [Walk Detection and Step Counting on Unconstrained
    Smartphones](https://mega.nz/#!ID!KEY)`` / a description line: under a heading that says papers, a work's title
    (four words or more, reading as one) written as the whole text of its one link, a file shared from a drive
    (``is_shared_file``), is the paper, the file its PDF. Why: a reading list that shares each paper's copy names no
    venue or year on the line, so ``_cited_shared_file`` had no citation to vouch for it, and the drive's host read
    it as data or a web page; the heading says what the list holds. A short name so linked ("[SleepEDF-Mini](…)")
    or a link the list labels ("[PDF](…)") is not read so."""
    return hint == "paper" and len(links) == 1 and label_role(primary.label) is None \
        and is_shared_file(primary.url) and len(title.split()) >= 4 and reads_like_paper_title(title)


#: a drive's "open" link (``drive.google.com/open?id=…``), a file or a folder: a shared file only under a reference
_SHARED_OPEN_PATH = "drive.google.com/open"


def _cited_shared_file(url_hp: str, title: str, hint: str | None, citation_confidence: float, *,
                       umbrella: bool = False, card: bool = False) -> bool:
    """A work's title linked to one file shared from a drive (``drive.google.com/file/d/…``), the line citing it
    by its venue and year (", Cogsci 2022"): a reading list shares the paper's PDF so, where a file host
    otherwise serves data. Not under a heading of data sets, and only a title that reads as a work's (a short
    name linked to a drive file stays the data it names). ``umbrella``: the section's website hint comes only
    from a resource list's umbrella heading (``_kind_from_umbrella_heading``: "# Resources" / "## Parsers"), which
    says nothing against a cited article; there a drive's "open" link under a whole reference ("Miyao, Y. and
    Tsujii, J. (2008). Feature forest models …" / "https://drive.google.com/open?id=…") is the paper's PDF too.
    ``card``: one card of a page's HTML grid of cards ('<h5><a href="drive.google.com/open?id=…">Title</a></h5>
    <p>Dennis Ulmer, Lotta Meijerink, Giovanni Cinà</p>', an accepted-papers page sharing each poster): the
    title linked to the file with its author line under it (the byline gives the confidence) cites the work, the
    "open" link its PDF."""
    return citation_confidence >= 0.5 and (hint in (None, "paper") or umbrella) \
        and (url_hp.startswith(_SHARED_FILE_PATHS) or (umbrella or card) and url_hp == _SHARED_OPEN_PATH) \
        and len(title.split()) >= 4 and reads_like_paper_title(title)


def _cites_its_article_by_venue(others: tuple[Link, ...], has_ids: bool) -> bool:
    """``- [Lindel](lindel.gs.washington.edu) - [webserver] - A model for … [NAR 2019](academic.oup.com/…/doi/…)`` /
    ``- [DepMap](depmap.org/portal) - … Paper: [Cell 2017](ncbi.nlm.nih.gov/pubmed/28753430)``: a resource's line
    that cites its article by the journal and year the list writes as the link's text, on a scholarly host with an
    identifier (the link's own text: a "Paper:" field before it relabels it), names that article as the line's
    work (a tool list's lines linking code first read so already).
    A bare "[paper](…)" beside a home page stays the resource: only a label that cites the article (its venue and
    year) says the list is referencing a publication rather than pointing at one more page of the resource."""
    return has_ids and any(link.role == "paper" and venue_year_label((link.text or link.label).strip())
                           and _on_paper_host(_host_path(link.url)) for link in others)


def _cites_its_article_by_authors(others: tuple[Link, ...], note: str) -> bool:
    """``- [BRONCO150](informatik.hu-berlin.de/…) ([Kittner et al., 2021](ncbi…/PMC8054032/…pdf))`` /
    ``- [GERNERMED](github…) ([Frei & Kramer, 2022](sciencedirect…))``: a corpus's or a tool's name, linked to its
    site or its code, followed at once by its article cited by the authors and the year, the link on a scholarly
    host or to a PDF, names that article as the line's work, as a label citing its venue and year does
    (``_cites_its_article_by_venue``); the name's own link is the work's site or code.
    Only the link right after the name, nothing but brackets between (the line writes no words of its own):
    "[X](…) - compared with [Smith et al., 2020](…)" cites a related work in passing; and a bare "[paper](…)"
    beside a home page stays the resource (its text cites nothing)."""
    if not others:
        return False
    link = others[0]
    if link.role != "paper" or not author_year_label((link.text or link.label).strip()) \
            or any(ch.isalpha() for ch in note):
        return False
    hp = _host_path(link.url)
    return _on_paper_host(hp) or hp.endswith(".pdf")


def _paper_sub_bullet(primary: Link, others: tuple[Link, ...]) -> bool:
    """Whether a later line of the item (a nested sub-bullet under the name, not the name's own line) links the
    paper under a label that says so ("  * [Paper Link](…)", "  * [Publication link](…)") on a scholarly host: the
    list files the work's article as one labelled part of the item, the name bullet being the work itself. The name
    links its repository under its own name: a field's label ("[项目地址](github…)" / "[论文地址](arxiv…)" under a
    heading naming a data collection) files a resource's parts, not a work's."""
    return label_role(primary.label) is None \
        and _labelled_paper_record(tuple(link for link in others if link.line > primary.line))


def _labelled_paper_record(others: tuple[Link, ...]) -> bool:
    """Whether a link the list labels the paper ("[Paper](…)", or cites by its authors and year: "See [Welch et
    al. 2016](academic.oup.com/nar/article/…)") reaches a scholarly host's page of the work.
    Both, not either: "[Paper](a blog post)" is the list's word only, and a scholarly page with another label
    ("[Reviews](openreview…)", "[Slides](…)") is not offered as the work itself."""
    return any(link.role == "paper" and (label_role(link.label) == "paper" or author_year_label(link.label)
                                         or _one_paper_page(link.url))
               and _on_paper_host(_host_path(link.url)) for link in others)


#: an aggregator's page of one paper and its implementations: a GitXiv post, a Papers with Code paper page
_ONE_PAPER_PAGES = ("gitxiv.com/posts/", "paperswithcode.com/paper/")


def _one_paper_page(url: str) -> bool:
    """``[[github](…)][[gitxiv](gitxiv.com/posts/…)]``, ``[[code](…)][[PwC](paperswithcode.com/paper/…)]``: a
    repository's line whose later link reaches an aggregator's page of one paper and its code, labelled by the
    site's name; the page is the paper's whatever its label says, so the line cites the paper its code implements
    (a short name too, "**Neural graph fingerprints**"). Why: the short name read as the repository's, the paper
    lost."""
    return any(page in url for page in _ONE_PAPER_PAGES)


#: link labels that name a resource's service or package rather than a work: "[API](…)", "[PyPI](…)"
_WEBSITE_LABELS = frozenset({"website", "web site", "official website", "homepage", "home page", "site", "web"})
_SERVICE_LABELS = frozenset({"api", "rest api", "sparql", "endpoint", "pypi", "cran", "npm", "conda",
                             "bioconductor", "docker", "docker hub"})


def _resource_beside_its_publication(title: str, others: tuple[Link, ...], citation_confidence: float) -> bool:
    """A short name (no title, no citation) whose links after its publication give both the resource's own
    website and its data, API or package page (``[Website] [Code] [Data]``, ``[Website] [GitHub] [PyPI]``).
    A website, not merely code: a model table's row gives its paper, code and training data
    (``| CardioGPT | [arXiv] | [HF] | [Data] | [Github] |``) and is still the paper; a project page
    (``[Project Page]``) is a paper's page, a "Website" the resource's own."""
    if len(others) < 2 or citation_confidence >= 0.5 or _is_paper_like(title):
        return False
    own = any(_norm(strip_symbols(link.label)) in _WEBSITE_LABELS for link in others)
    served = any(link.role == "dataset" or _norm(strip_symbols(link.label)) in _SERVICE_LABELS for link in others)
    return own and served


def _data_beside_its_publication(title: str, label: str, others: tuple[Link, ...], citation_confidence: float) -> bool:
    """A short name (no title, no citation) whose first link the list labels its publication by a role word
    (``[Publication (2019)]``, ``[Paper]``; not a venue, ``[Scientific Data 2024]``) and whose later links give its
    data (``[Data](…)``, a data host's page). Only read under a heading of data sets (``kind_of``): there the name is
    the data set's, as a knowledge graph's or a benchmark's entry names it; elsewhere a paper's entry links its data
    too."""
    if not others or citation_confidence >= 0.5 or _is_paper_like(title):
        return False
    head, paren, year = label.strip().rpartition("(")
    if paren and year.endswith(")") and len(year := year[:-1].strip()) == 4 and year.isdigit():
        label = head  # "Publication (2019)": the year the label dates its publication by
    return label_role(label) == "paper" and not _is_venue_label(label) \
        and any(link.role == "dataset" for link in others)


#: labels that only point somewhere ("[[link](…)]", "[url](…)"), naming neither the work nor what the page is
_POINTER_LABELS = frozenset({"link", "url", "web link", "weblink"})


#: a heading that only dates its items ("2022", "2021-03", "2019/10"): it says nothing of what they are
_DATE_ONLY_WORD = re.compile(r"(?:19|20)\d{2}(?:[-/.]\d{1,2}){0,2}")


def under_talk_heading(topic: tuple[Heading, ...]) -> bool:
    """``## Talks`` / ``#### 2022``, ``### Slides``, ``## Webinars``: the nearest heading that says more than a
    date (a year's heading only files the items by time) names a talk's material (``_TALK_MATERIAL_WORDS``, or
    its plural). Why:
    a publications page files its talks under their own heading, some linked to their recording, others to the
    deck shared from a drive (``drive.google.com/file/d/…``): such a file is the talk's material, not data, which
    is what a drive's host otherwise says. Linear in the headings' words."""
    for heading in reversed(topic):
        words = _norm(strip_symbols(heading.text)).split()
        if words and all(_DATE_ONLY_WORD.fullmatch(w) for w in words):
            continue
        words = [w.strip(".,;:()[]") for w in words]
        return any(w in _TALK_MATERIAL_WORDS or w.endswith("s") and w[:-1] in _TALK_MATERIAL_WORDS for w in words)
    return False


#: what a line's own words call a talk's material: "Download PDF of slides [here](….pdf)", "Poster from the meeting
#: [here](….pdf)" — a PDF, but no article
#: (not "video" nor "recording": a work's own subject as often, "Large-scale Video Classification with …" / [Link])
_TALK_MATERIAL_WORDS = frozenset({"slides", "slide", "presentation", "presentations", "poster", "posters",
                                  "lecture", "lectures", "talk", "talks", "webinar", "seminar", "keynote"})


def heads_talk_material(topic: tuple[Heading, ...]) -> bool:
    """``### Slides``, ``## Lecture slides``, ``## Talks``: the nearest heading names a talk's material
    (``_TALK_MATERIAL_WORDS``). Why: a course page lists its decks there, some still to be linked ("* [Commercial
    applications]()"); a title written as a link whose address was left for later is then a deck to come, no paper."""
    return bool(topic) and any(w in _TALK_MATERIAL_WORDS for w in _norm(strip_symbols(topic[-1].text)).split())


#: the words a bracketed remark ends on when the link after it is its object: "(Table S2 of [Article](…))", "(listed
#: in the supplement of [paper](…))", "(see Methods in [Article](…))"
_SOURCE_RUN_IN_WORDS = frozenset({"of", "in", "from", "by", "see"})


def _cites_its_source_in_brackets(title: str, label: str) -> bool:
    """The text before the line's first link opens a bracket it leaves open, and the remark in it runs into that
    link, named only "Article" or "paper" (``_PLACEHOLDER_PAPER_LABELS``): "22.3 million … from GEO etc. (Tables S1
    of [Article](…))". Why: the link is the remark's object, the source of what the line says; a title never ends
    inside an open bracket on "of" or "in", and a work's own line names its link after the work or says "paper"
    outside a remark."""
    head, bracket, remark = title.rpartition("(")
    if not bracket or ")" in remark or not head.strip() \
            or _norm(strip_symbols(label)) not in _PLACEHOLDER_PAPER_LABELS:
        return False
    words = remark.lower().split()
    return len(words) >= 2 and words[-1] in _SOURCE_RUN_IN_WORDS


def _points_to_talk_material(title: str, label: str, citation_confidence: float) -> bool:
    """``* Download PDF of slides [here](github…/blob/main/Workshop_slides.pdf)``: a short line, no citation, whose
    only link is a bare pointer ("here", "link") and whose own words name a talk's slides, poster or recording:
    the link is that material, even when it is a PDF (a cited work, "Lecture Notes in Computer Science …", has
    its citation's confidence and keeps its kind)."""
    words = _norm(title).split()
    return citation_confidence < 0.5 and 0 < len(words) <= 8 \
        and is_bare_pointer(label) \
        and any(w in _TALK_MATERIAL_WORDS for w in words)


#: the words by which a title under a venue's heading names something other than a paper ("Talk: …", "WristHR
#: Dataset: …", "OCTSeg Challenge …", "Tutorial: …"): what else a conference's section lists
_OTHER_THAN_PAPER_WORDS = _TALK_MATERIAL_WORDS | frozenset(
    """challenge challenges competition competitions tutorial tutorials workshop keynote panel award awards
    video videos recording""".split()) | frozenset().union(*(nouns for _, nouns in _ITEM_HEAD_NOUNS))


def paper_under_venue_heading(title: str, links: tuple[Link, ...], note: str, topic: tuple[Heading, ...]) -> bool:
    """Under a heading that names only a venue and its year (``headings.venue_year_heading``: "### Ubicomp 2014",
    "#### 2019 KDD"), whether an item whose title links an ordinary web page (a project page, a lab's or an
    author's page, an author's post: an unknown host or a blog) is one of that venue's papers: a title of four
    words or more read as a work's (``reads_like_paper_title``), its link no labelled one ("[slides](…)"), no
    heading above saying the section lists something else ("## Blog posts"), and nothing saying what else it is: a
    name before the title's colon ("WristHR Dataset: …", "Talk: …") or the note's head noun ("- a dataset of …").
    Why: such a list dates and places each paper by its section; the page the title reaches is the work's own,
    not a web site the list recommends."""
    primary = links[0]
    if label_role(primary.label) is not None or _section_hint(tuple(h.text for h in topic[:-1])) not in (None, "paper"):
        return False
    hp = _host_path(primary.url)
    if not (on_unknown_host(primary.url) or _matches(hp, _BLOG_HOSTS_RE)) or not reads_like_paper_title(title):
        return False
    name = title.split(":", 1)[0] if ":" in title else ""
    if name and any(w in _OTHER_THAN_PAPER_WORDS for w in _norm(name).split()[-3:]):
        return False  # "WristHR Dataset: PPG Recordings …", "Talk: Wearables in the Clinic"
    if any(w in _OTHER_THAN_PAPER_WORDS for w in _norm(title).split()[:1]):
        return False  # "Tutorial on …", "Keynote by …": the first word names the kind
    return _description_head_kind(note) is None


def _recorded_talk(links: tuple[Link, ...]) -> bool:
    """A line whose title is the link text of a video (YouTube, Vimeo…) and whose every other link reaches a video
    too, the title's own written-out address: what the line names is a recording, a talk or a lecture, however it
    cites its speaker, year and event (a video link named "video", "talk" or by its address, or one beside an
    article or code link, is a work's talk, not the line's record)."""
    primary = links[0]
    return label_role(primary.label) is None and not is_bare_pointer(primary.label) \
        and not _written_out_url(primary) \
        and all(_matches(_host_path(link.url), _VIDEO_HOSTS_RE) for link in links)


def _written_out_url(link: Link) -> bool:
    """The link is a URL the list writes out as its own text ("… https://github.com/owner/name"), no label."""
    text = (link.text or link.label).strip().casefold()
    return text.startswith(("http://", "https://", "www."))


def is_bare_pointer(label: str) -> bool:
    """``[here](…)``, ``[this](…)``, ``[link](…)``: a label that only points, in a sentence or on its own."""
    return is_pointer_label(label) or _norm(strip_symbols(label)) in ("here", "this")


#: labels that say the link leads to the cited work itself, a book ("[book](graph-neural-networks.github.io)",
#: "[e-book](…)"): a book's own site is no article page, yet the line that cites the book is still the work
_BOOK_LABELS = frozenset({"book", "ebook", "e-book", "online book", "free book", "book online", "book website",
                          "book site"})


def _is_book_label(label: str) -> bool:
    """``**Title.** *Authors.* 2022. [book](site)``: a label that only says "the book", as a trustworthy-ML reading
    list links each cited book to its site. Why: a book's site is on no publisher's host, so its link reads as a
    page; the line's own words (a title, a byline, a year) cite the work, and the label names what it is."""
    return _norm(strip_symbols(label)) in _BOOK_LABELS


def _book_labelled_after_its_note(primary: Link, links: tuple[Link, ...]) -> bool:
    """``[OpthoBook](github…/notes/OpthoBook.md) T.Root (2017) [[book]](site)``: the title links the reader's own
    note on the work and the first link after the note says "book". Why: a paper-notes list names each work by its
    note and labels the work's own link as ``[[pdf]]`` or ``[[book]]``; the label after the note says what the line
    cites, as a "[book]" label on the first link does (``_is_book_label``)."""
    if not is_reader_note(primary):
        return False
    work = next((link for link in links[1:] if not is_reader_note(link)), None)
    return work is not None and _is_book_label(work.label)


#: folders of a project's own documentation: a text file under them documents the tool (``…/resources/docs/
#: HUNFLAIR.md``), it is no reader's note on a paper
_DOCS_FOLDERS = frozenset({"doc", "docs", "documentation", "wiki", "tutorial", "tutorials", "examples"})


def _paper_labelled_after_its_note(primary: Link, links: tuple[Link, ...]) -> bool:
    """``[Faster Retinal Graphs](github…/notes/Faster Retinal Graphs.md) T.Root (2017) [[pdf]](arxiv…)``: the title
    links the reader's own note on the work and a later link says "pdf" / "paper" and reaches an article (a paper
    host or a PDF file). Why: a paper-notes list names each work by its note, however short its title; a short name
    linked to its own page is a resource (``named_resource``), but a note is no page of a resource, and the labelled
    record after it is the work the note reads, as "[[book]]" is (``_book_labelled_after_its_note``). A project's
    documentation page (``…/docs/HUNFLAIR.md``) is the tool's own page, not a note."""
    if not is_reader_note(primary) \
            or any(part in _DOCS_FOLDERS for part in _host_path(primary.url).split("#", 1)[0].split("/")[:-1]):
        return False
    return any(link.role == "paper" and not is_reader_note(link) and url_role(link.url) == "paper"
               and _norm(strip_symbols(link.label)) in _PLACEHOLDER_PAPER_LABELS for link in links[1:])


def is_pointer_label(label: str) -> bool:
    """``[[link](…)]``: a label that only says "here is an address", not a paper, code, data or a blog."""
    return _norm(strip_symbols(label)) in _POINTER_LABELS


#: labels that only say "the article" (not a venue or server name such as "bioRxiv")
_PLACEHOLDER_PAPER_LABELS = frozenset({"paper", "pdf", "article", "full text", "fulltext", "论文", "文章", "原文"})


def on_unknown_host(url: str) -> bool:
    """No host this module knows (a publisher, a data or model hub, a blog platform, a challenge
    site, a social network, a video-sharing site) serves ``url``: nothing but its context says what the page is.
    A component's datasheet or a vendor's document (``_product_document``) says what it is by its address: no
    section of papers around it makes it one ("HV732DB1 … pulser ( mouser.com/catalog/specsheets/HV732DB1.pdf )")."""
    hp = _host_path(url)
    return bool(hp) and not _on_paper_host(hp) and not _product_document(hp) \
        and not any(_matches(hp, r) for r in (_DATASET_HOSTS_RE, _COMPETITION_HOSTS_RE, _BLOG_HOSTS_RE, _MODEL_HOSTS_RE,
                                       _VIDEO_HOSTS_RE)) \
        and _COLLECTION_PAGE.match(hp) is None and _SOCIAL_PAGE.search(hp) is None


#: a blog's dated permalink, host then path: at most two section folders, the year, the month (perhaps the day), then a
#: slug of three hyphenated words or more closing the path ("writings.example.com/2023/02/what-is-it-doing/",
#: "ai.example.org/blog/2020/02/exploring-transfer-learning.html"); a numbered file ("…/2019/10/07/791947.full.pdf",
#: a preprint server's early copy) or a month-less year ("distill.pub/2017/momentum/") is none. Bounded parts, each
#: closed by a literal "/" or "-": no backtracking run
_DATED_POST_PATH = re.compile(r"[^/]{1,253}(?:/[a-z0-9_.~-]{1,40}){0,2}/(?:19|20)\d\d/(?:0[1-9]|1[0-2])"
                              r"(?:/(?:0[1-9]|[12]\d|3[01]))?/[a-z][a-z0-9]{0,30}(?:-[a-z0-9]{1,30}){2,30}"
                              r"(?:/|\.html?)?"
                              # a static site's post named by its full date, then its slug, in one folder
                              # ("someone.github.io/2020-03-20-cord19-ner/", Jekyll's ":year-:month-:day-:title"):
                              # the day in the name dates it, however short the slug
                              r"|[^/]{1,253}(?:/[a-z0-9_.~-]{1,40}){0,2}/(?:19|20)\d\d-(?:0[1-9]|1[0-2])"
                              r"-(?:0[1-9]|[12]\d|3[01])-[a-z0-9]{1,30}(?:-[a-z0-9]{1,30}){0,30}(?:/|\.html?)?")


def dated_post_page(url: str) -> bool:
    """``https://writings.example.com/2023/02/what-is-chatgpt-doing-and-why-does-it-work/``: a page a blog dates by
    its address (``_DATED_POST_PATH``) on a host no table here knows (``on_unknown_host``: no publisher, no preprint
    server): a post, however its title reads. Why: a reading group's schedule lists an essay as it lists papers
    ("- Title: …" / "- Author: …" / "- Link: …"); the address alone says that the piece is a post."""
    hp = _host_path(url)
    return 0 < len(hp) <= 400 and on_unknown_host(url) and _DATED_POST_PATH.fullmatch(hp) is not None


def blog_post_page(url: str) -> bool:
    """A post: a page on a blog platform (``_BLOG_HOSTS``) or at a blog's dated permalink (``dated_post_page``)."""
    return _matches(_host_path(url), _BLOG_HOSTS_RE) or dated_post_page(url)


def in_list_repository(url: str) -> bool:
    """A relative path (``code/1_GAN``, ``./implementations/acgan``, ``/src/models``): a file or folder of the
    repository the list itself lives in; not an anchor in the list (``#…``), a protocol-relative address
    (``//host/…``), an address with a scheme, nor a host written without one (``github.com/…``)."""
    u = url.strip()
    if not u or u.startswith(("#", "?", "//")) or _URL_SCHEME.match(u):
        return False
    # ("/github.com/lab/tool": a host behind a stray slash is a mistyped address, not a path)
    path = u.lstrip("./")
    host = _BARE_HOST.fullmatch(path.split("/", 1)[0])
    # ("notebook.ipynb", "README.md" alone: a file name, which reads as a host only by its extension)
    return bool(path) and (host is None or host.group(1).lower() in _PAGE_EXTENSIONS and "/" not in path)


def is_site_page(url: str) -> bool:
    """A relative link (``papers/P015.html``, ``../posters/12``): a page of the site the list is part of,
    not an anchor in the list itself, an address with a scheme, a host written without one
    (``github.com/…``, ``www.x.org``), nor a file that is no page (``config/specialties.json``, ``notes/x.md``)."""
    u = url.strip()
    if not u or u.startswith(("#", "/", "?")) or _URL_SCHEME.match(u):
        return False
    head = u.split("/", 1)[0]
    host = _BARE_HOST.fullmatch(head)
    if host is not None and not (host.group(1).lower() in _PAGE_EXTENSIONS and "/" not in u):
        return False
    last = u.split("?", 1)[0].split("#", 1)[0].rstrip("/").rsplit("/", 1)[-1]
    # a page ("P015.html", "posters/12"), not a file of the repository the list lives in ("config/x.json",
    # "notes/paper.md", "slides.pdf"): a reader's notes or data, which the site does not render as a paper's page
    return "." not in last or last.rsplit(".", 1)[1].lower() in _HTML_PAGES


#: a URL's scheme ("https:", "mailto:")
_URL_SCHEME = re.compile(r"[a-z][a-z0-9+.-]*:", re.I)
#: a first path segment that reads as a host name ("github.com", "www.x.org"), its last label captured
_BARE_HOST = re.compile(r"[\w-]+(?:\.[\w-]+)*\.([a-z]{2,})", re.I)
#: the endings of a page's file name ("P015.html"), which a host name never has
_PAGE_EXTENSIONS = frozenset({"html", "htm", "md", "pdf", "php", "asp", "aspx", "txt", "ipynb", "rst"})


#: the endings of a rendered page's file name
_HTML_PAGES = frozenset({"html", "htm", "php", "asp", "aspx", "shtml"})


#: a poster or paper code opening a conference's title ("P015 - ", "S027 – ", "O031: ")
_POSTER_CODE = re.compile(r"^[A-Z]{1,2}\d{2,4}\s*[-–—:]\s+(?=\S)")


def drop_poster_code(title: str) -> str:
    """``P015 - A Robust Mean Teacher Framework …`` → the title after the programme's code for the paper."""
    return _POSTER_CODE.sub("", title, count=1)


#: a programme's code for a paper opening its title: one letter and the number before a dash or a colon ("P015 - ",
#: "S027 – ", "O031: "), two letters only before a dash ("PS12 - "): "MB12: …" is a method's name before its title
_PROGRAMME_CODE = re.compile(r"(?:[A-Z]\d{2,4}\s*[-–—:]|[A-Z]{2}\d{2,4}\s*[-–—])\s+(?=\S)")


def drop_programme_code(title: str) -> str:
    """``P015 - A Robust Mean Teacher Framework …`` → ``A Robust Mean Teacher Framework …``: a conference site's
    programme numbers each accepted paper (poster, oral, short paper) and writes the number before its title; the
    rest must read as a paper's title, or the title is kept whole. Why: kept, every title of the programme opened
    with its poster number ("P015 - …"), which no other list writing the work has."""
    m = _PROGRAMME_CODE.match(title)
    if m is None:
        return title
    rest = title[m.end():].strip()
    return rest if reads_like_paper_title(rest) else title


def is_site_root(url: str) -> bool:
    """An http(s) URL of a site's home page (no path): a venue's front page, not a document."""
    head, sep, rest = url.partition("://")
    if not sep or head.lower() not in ("http", "https"):
        return False
    host, _, path = rest.partition("/")
    return bool(host) and not path.strip("/")


#: a heading that pairs each paper with its code: "## Paper with code", "### Papers & Code", "## 论文与代码"
_PAPERS_WITH_CODE_HEADING = re.compile(r"(?i)\bpapers?\s+(?:with|and|&|\+)\s+(?:their\s+)?codes?\b"
                                       r"|(?:论文|文献)(?:与|和|及|、)?(?:代码|源码)")


def names_work_beside_its_code(title: str, link: Link, *, title_case: bool = True, linked: bool = False,
                               min_words: int = 5) -> bool:
    """The item's text is a paper's title (five words or more, one sentence; set in title case unless
    ``title_case`` is False, where the item's siblings already say the list names papers) written beside its
    code link rather than as the link's own text ("[WalnutReconstructionCodes](github…)" names a repository;
    "Title of the Work https://github.com/…" or "Title of the Work [code](…)" names the work). The link must
    reach a source repository: an archived release ("Forecasting Toolkit [code](doi.org/10.5281/zenodo…)")
    is the tool's own record. ``linked``: the title may be the link's own text (a heading already said the
    list pairs papers with their code; ``min_words``: four where it does, a short title then naming the work too)."""
    t = title.strip()
    return bool(t) and (linked or t != link.text.strip()) and len(t.split()) >= min_words \
        and (title_cased(t) or not title_case) \
        and reads_like_paper_title(t) and ids.canonical_repo(link.url) is not None and not _COLLECTION_TITLE.match(t) \
        and not (_collection_repo(link.url) and not _SURVEY_TITLE.search(t))


#: the fewest words of a title-case work's title that its code link alone, under no heading, makes a paper
_MIN_LONE_CODE_TITLE_WORDS = 7


def _title_beside_its_labelled_code(title: str, links: tuple[Link, ...], note: str,
                                    note_fields: tuple[str, ...] = ()) -> bool:
    """``- Learning Transferable Visual Models From Natural Language Supervision [Github: CLIP](github…/CLIP)``: a
    long title-case title (seven words and more) written as plain text, its one link a code link the list labels as
    such ("Github: CLIP", "Code", "GitHub"), names the paper that repository implements, under a heading that says
    nothing of the items' kind ("## Others") too. Why: the label is no name of a tool (a tool's line links its name,
    "[CLIP](github…)"), and the words beside it read as a work's title; read as the repository, the paper was lost
    and its code with it. A shorter title, or a second link, keeps the line what its first link makes it; so does a
    name and a colon before a description ("Turbofan POC: Predictive Maintenance of …"), as a project's line
    introduces itself. (A line that cites its work, dated or bylined, is read by the rules for cited works: a year
    in the words beside the link, "《Title》(2023) GitHub: …", leaves the line to them; a year inside a labelled line
    that annotates the work, "Dataset: Prostate MR Image Segmentation challenge (PROMISE 2012)", dates the data
    set it names, not the work, and does not.)"""
    return len(links) == 1 and ":" not in title and not mentions_year(_note_outside_fields(note, note_fields)) \
        and label_role(links[0].label) == "code" \
        and names_work_beside_its_code(title, links[0], min_words=_MIN_LONE_CODE_TITLE_WORDS)


def _note_outside_fields(note: str, fields: tuple[str, ...]) -> str:
    """The note without the values of its labelled annotation lines ("Dataset: LA (2018)"): the words the line
    writes of the work itself. One replacement per field, each its first occurrence."""
    for value in fields:
        if value:
            note = note.replace(value, " ", 1)
    return note


#: the words of a repository's name that make it a list of works: "papers-for-molecular-design-using-DL",
#: "papers_for_protein_design_using_DL", "Awesome-GNN", "gnn-paper-list", "medical-reading-list"
_COLLECTION_REPO_WORDS = frozenset({"papers", "paperlist", "papers-list", "paper-list", "paper-lists", "reading-list",
                                    "reading-lists", "paper-collection"})


#: a survey's or a review's title: its companion repository is often the list of the works it reviews
#: ("A Review of Computerized Lung Sound Analysis …" / "Repo: …/awesome-lung-sound"), still that work's own
_SURVEY_TITLE = re.compile(r"(?i)\b(?:surveys?|reviews?|overview|tutorial)\b")


def _collection_repo(url: str) -> bool:
    """Whether the link reaches a repository its name calls a collection of papers ("…/papers-for-molecular-
    design-using-DL", "…/Awesome-GNN"): a topic's name beside such a bare URL ("**Generative AI and Deep Learning
    for molecular/drug design**" / "https://github.com/AspirinCode/papers-for-molecular-design-using-DL") names a
    list the page recommends, no paper whose code the repository holds."""
    repo = ids.canonical_repo(url)
    if repo is None:
        return False
    words = [w for w in re.split(r"[-_.\s]+", repo.rsplit("/", 1)[-1].lower()) if w]
    pairs = {f"{a}-{b}" for a, b in zip(words, words[1:])}
    return bool(words) and (words[0] == "awesome" or bool(_COLLECTION_REPO_WORDS & (set(words) | pairs)))


#: the name of a collection, not of a work: "List of papers about Proteins Design using Deep Learning", "A curated
#: list of …", "Awesome Generative AI" (a repository of links beside its URL is that list, no paper's code)
_COLLECTION_TITLE = re.compile(r"(?i)^(?:(?:an?|the)\s+)?(?:(?:curated|comprehensive|collected|reading|paper)\s+)*"
                               r"(?:lists?|collections?|compilation)\s+of\b|^awesome\b")


def _is_paper_like(title: str) -> bool:
    return len(title.split()) >= 4 or _CJK_CHAR.search(title) is not None


#: an opening "[DCGAN] " / "[R2U-Net] " / "[DeepLabv3+] " / "[SMILES Transformer] " tag: a short name (one to three
#: short tokens) in brackets, then the title; or the work's genre in parentheses ("(Survey) A review on CT image
#: noise …", "(Review) …", "(Research Paper) …", "(Journal Article) …"), which files the work, not names it.
#: Parentheses take only genre words: a title may itself open with a bracketed word ("(Almost) Free Lunch …")
_NICKNAME_TAG = re.compile(r"^(?:\[[^\[\]\s]{1,20}(?: [^\[\]\s]{1,20}){0,2}\]"
                           r"|\((?i:survey|review|tutorial|overview|perspective|position paper|benchmark|preprint"
                           r"|thesis|book chapter|editorial|commentary"
                           r"|(?:research|journal|conference|workshop|short|full|review|original|dataset) (?:paper|article)"
                           r"|paper|article)\))\s+(?=\S)")
#: a longer bracketed tag opening an item, "[Machine Learning with Applications] Title", "[IEEE Transactions on
#: Medical Imaging] Title": four to six words naming the venue the list files the work under (``_title_cased_name``
#: checks that they name something)
_VENUE_NAME_TAG = re.compile(r"^\[([A-Za-z][\w&.'-]{0,30}(?: [\w&.'-]{1,30}){3,5})\]\s+(?=\S)")
#: the short words a title-cased name leaves in lower case
_NAME_JOINERS = frozenset("of on in for and with to the at & de".split())
#: how many words a model's name standing for its paper's title may have after a venue tag ("SAM-Med3D",
#: "Models Genesis"); a longer text must read as a title itself
_MAX_SHORT_TITLE_WORDS = 3
_DIGIT_GROUP = re.compile(r"(?<=\d),(?=\d{3}\b)")
#: a full stop then a capital: a second sentence ("We added 20 papers. See …"); a question or an
#: initial is no break ("How Well Do Agents Read Pedigrees? A Benchmark", "J. Smith")
_SENTENCE_BREAK = re.compile(r"(?<![A-Z])\.\s+[A-Z]")
#: the abbreviations whose stop ends no sentence ("Faithfulness vs. Safety: …", "Dr. Assistant: …", "… et al.
#: Nature"): a title holds them before a capital word as readily as a sentence does (bounded, word-anchored)
_NON_FINAL_ABBREVIATION = re.compile(r"\b(vs|Dr|Mr|Mrs|Ms|Prof|St|Jr|Sr|cf|al)\.(?=\s)")
_CJK_OR_HANGUL = re.compile("[\u3400-\u9fff\uac00-\ud7a3]")


def has_cjk(text: str) -> bool:
    """Whether ``text`` holds a Chinese, Japanese (kanji) or Korean character: a title with no spaces to count."""
    return _CJK_OR_HANGUL.search(text) is not None


#: a file's name opening a line as its head ("train_mil.py: Train entry …", "export_onnx.sh: Exports …"): one
#: token, a lower-case extension, a colon: a legend of the repository's files. No paper's title opens so (a
#: "Node.js: …" line names a tool; "GPT-4.5: …" has no letters after its dot; "D.A.R.E: …" is no one token)
_FILE_NAME_HEAD = re.compile(r"^[\w-]+\.[a-z]{1,5}[:：]\s")

#: a package named with the release it needs, in parentheses ("Rcpp (version 1.0.2 or later)", "PyTorch (>= 1.7.0)",
#: "numpy (v1.21)"): a dependency's line in a README's requirements, no title. A dotted release number only: a
#: work's name with its edition ("ResNet (version 2)") or a year ("(2019)") is no requirement
_PACKAGE_REQUIREMENT = re.compile(r"[\w.+-]{1,60} ?\((?:[Vv]er[a-z]{0,6}\.? ?|[Vv] ?|[<>=~!]=? ?)?\d{1,4}(?:\.\w{1,8}){1,4}"
                                  r"(?: or (?:later|newer|higher|above|greater|more|up))?\)")
#: a TeX math span alone before a colon ("$x'$: Baseline (zero embedding)", "$\alpha$: Interpolation coefficient"):
#: a formula's symbol, the head of a legend line under "**Where:**" (a work named by a symbol, "$\pi_0$: A Vision-
#: Language-Action Flow Model for …", goes on longer than a symbol's gloss: ``_SYMBOL_GLOSS_MAX_WORDS``)
_MATH_SYMBOL_HEAD = re.compile(r"^\$[^$\n]{1,40}\$[ \t]*[:：][ \t]")
#: the most words a formula legend's gloss of one symbol takes ("Model output (logit)")
_SYMBOL_GLOSS_MAX_WORDS = 6


#: an e-mail address: a line that gives one is a contact, not a work's title
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}", re.IGNORECASE)


#: a year inside a bracketed tag: "2019", "'23", "2024.6"
_TAG_YEAR = re.compile(r"(?<!\d)(?:(?:19|20)\d\d|['’]\d\d)(?!\d)")


#: a label in CJK lenticular brackets opening an item: "【Endovis2017】2017 robotic …", "【JIGSAWS】A Dataset and …"
#: (a letter inside: "【1】" numbers a record, read elsewhere; a year alone, "【2023】", dates the work)
_LENTICULAR_TAG = re.compile(r"^【(?=[^【】\n]*[^\W\d_]|\s*(?:19|20)\d\d(?:[./-]\d{1,2}){0,2}\s*】)[^【】\n]{1,30}】\s*(?=\S)")


def drop_lenticular_tag(title: str) -> str:
    """``【Endovis2017】2017 robotic instrument segmentation challenge`` → the words after the tag: lists written
    by Chinese-speaking authors label a work with the data set, challenge or venue it belongs to in 【】, glued to
    the title. Those brackets are a heading's or a label's in CJK typography, never part of a work's title, so the
    tag goes whatever it holds (a year too: "Endovis2017" names the challenge, the year is read elsewhere), as long as
    three words or a title's worth are left."""
    tag = _LENTICULAR_TAG.match(title)
    if tag is None:
        return title
    rest = title[tag.end():]
    return rest if len(rest.split()) >= 3 or reads_like_paper_title(rest) else title


#: how many label tags a list stacks before one title at most ("[CLINICAL] [COG] ABIDE …", "[C++] [Python] [Java]
#: [R] [Ruby] [Lua] [Tcl] [C#] …"); a longer run is no labelling, and the bound keeps a hostile line linear
MAX_STACKED_TAGS = 10


def drop_nickname_tag(title: str) -> str:
    """``[CLINICAL] [COG] Spacetop – multimodal fMRI …``: every tag of a stacked run of label tags opening the title
    leaves it, each read as ``_drop_one_nickname_tag`` reads a lone one. Why: a list that files its works under
    several areas writes one tag per area before the title; dropping only the first left "[COG] Spacetop …"."""
    for _ in range(MAX_STACKED_TAGS):
        rest = _drop_one_nickname_tag(title)
        if rest == title or not rest.startswith(("[", "(")):
            return rest
        title = rest
    return title


def _past_stacked_tags(text: str) -> str:
    """``[COG] [VISION] Multi-Site Resting-State Imaging …`` → the words after the short tags that still open
    ``text`` (at most ``MAX_STACKED_TAGS``): whether a tag opens a title is read on the words past the whole run."""
    for _ in range(MAX_STACKED_TAGS):
        tag = _NICKNAME_TAG.match(text)
        if tag is None or _TAG_YEAR.search(tag.group()):
            break
        text = text[tag.end():]
    return text


def drop_label_tags(name: str) -> tuple[str, str]:
    """``[CLINICAL] [COG] ABIDE I / II`` → ("ABIDE I / II", "[CLINICAL] [COG]"): the stacked label tags opening a
    text already known to be a name (``inline.name_dash_gloss``) leave it, whatever the name's length. Why: a tag
    is dropped from a title only before words that read as a title (``_drop_one_nickname_tag``), and a data set's
    name ("Spacetop") never does; the dash and gloss after it vouch for it instead. Dated tags stay."""
    rest = _past_stacked_tags(name)
    if rest == name or not rest.strip():
        return name, ""
    return rest.strip(), name[:len(name) - len(rest)].strip()


def _drop_one_nickname_tag(title: str) -> str:
    """``[DeepMedic] Efficient Multi-Scale 3D CNN for …`` / ``[**ChemBERTa**] ChemBERTa: Large-Scale …``: a short
    name in brackets (no link) opening an item labels the method the list files it under (``[Cancer biology]
    Title``: a digest's subject; ``(Survey) Title``: a genre in parentheses); the work's title is what follows
    (which keeps its own "Name:" head). Not a date or a number ("[2025.11.14] …", "[12] …": those
    are read elsewhere), and only before words that read as a title."""
    tag = _NICKNAME_TAG.match(title) or _VENUE_NAME_TAG.match(title)
    if tag is None or not any(c.isalpha() for c in tag.group()) or _TAG_YEAR.search(tag.group()):
        return title  # "[MICCAI 2019] Title", "[CVPR'23] Title": a venue and its year, read as such elsewhere
    rest = title[tag.end():]
    if tag.re is _VENUE_NAME_TAG and not _title_cased_name(tag.group(1)):
        return title  # "[a note on the method] Title": four words or more in brackets must name a venue
    if reads_like_paper_title(_past_stacked_tags(rest)):
        return rest
    if _spells_same(tag.group(), rest):
        # "[PointTransformer] Point Transformer", "[Deep-Sets] Deep Sets": the tag is the short title itself, written
        # without its spaces; it repeats the title (however short) and is no part of it
        return rest.strip()
    # "[arXiv] SAM-Med3D", "[Medical Image Analysis] Models Genesis": a tag naming a venue files the work even
    # before a title too short to read as one (a model's name), the list's items all opening with their venue
    words = rest.split()
    venue = tag.group().strip(" []")
    named = any(w.casefold().strip(".,") in VENUE_WORDS for w in venue.split())
    return rest if named and 1 <= len(words) <= _MAX_SHORT_TITLE_WORDS and any(c.isalpha() for c in rest) \
        and not reads_as_sentence(rest.rstrip(".")) else title


def _spells_same(tag: str, rest: str) -> bool:
    """``[PointTransformer]`` and ``Point Transformer``: the same letters and digits, in any case, once spaces,
    hyphens, brackets and marks are gone (two letters or more)."""
    a, b = textkey.alnum_key(tag), textkey.alnum_key(rest)
    return len(a) >= 2 and a == b


def _title_cased_name(text: str) -> bool:
    """``Machine Learning with Applications``, ``IEEE Transactions on Medical Imaging``: each word capitalised
    but the short words that join a name's words; a proper name, such as a venue's, not a phrase of prose."""
    words = text.split()
    return bool(words) and words[0][:1].isupper() \
        and all(w[:1].isupper() or w[:1].isdigit() or w in _NAME_JOINERS for w in words)


#: one bracketed field of a lead written as nothing but such fields: "[Chen _et. al._] [Title] [MIDL'18]"
_BRACKET_FIELD = re.compile(r"\s*\[([^\[\]\n]+)\]\s*")
#: a byline field: "Chen et. al.", "Baur et al" (the emphasis already gone)
_ET_AL_FIELD = re.compile(r"\bet\.?\s*al\b\.?", re.IGNORECASE)
#: a BibTeX citation key, a surname, the year and a word of the title ("Lakkaraju2019fool", "bansal2019updates"):
#: the label of a reference-style link the file never defines, kept as text in brackets; a venue tag's letters are
#: no lower-case word after its year ("MICCAI2019", "ISBI'20")
_BIBTEX_KEY_FIELD = re.compile(r"[A-Za-z][a-z]{1,30}(?:19|20)\d\d[a-z]{2,30}")
#: how many words a venue-and-year field may run to ("Medical Imaging 2017: Image Processing", "MICCAI'18 workshop")
_MAX_VENUE_FIELD_WORDS = 8


def bracket_fields_title(title: str) -> tuple[str, str | None] | None:
    """``[Chen _et. al._] [Unsupervised Detection of Lesions …] [MIDL'18]``: a lead written wholly as bracketed
    fields (CommonMark keeps brackets that open no link as text) → (the work's title, its venue field).

    Why: some lists write each record as a row of bracketed fields, byline, title, venue and year, before the
    ``[[pdf]](…)`` links (or with none: a "not yet public" paper); read whole, the title would open with the
    first author. The byline field says "et al.", the venue field holds a year; exactly one field left must
    read as a paper's title, else the lead is no such record (``[DeepMedic] [Title]`` keeps its title too)."""
    fields, end = [], 0
    while (m := _BRACKET_FIELD.match(title, end)) is not None and m.end() > end:
        fields.append(m.group(1).strip())
        end = m.end()
    if len(fields) < 2 or end != len(title):
        return None
    venue, candidates = None, []
    for field in fields:
        if _ET_AL_FIELD.search(field):
            continue  # the byline
        if _BIBTEX_KEY_FIELD.fullmatch(field):
            continue  # "[Title][Lakkaraju2019fool]": an undefined reference link's label, a BibTeX key, no venue
        if _TAG_YEAR.search(field) and len(field.split()) <= _MAX_VENUE_FIELD_WORDS:
            venue = venue or field  # "MIA, 2020", "ISBI'20", "Medical Imaging 2017: Image Processing"
            continue
        if reads_like_paper_title(field):
            candidates.append(field)
    if len(candidates) != 1:
        return None
    return candidates[0], venue


#: a glossary line's head: an acronym ("RBM", "MIL-CNN", "MR/MRI", "H&E"), a colon, then what it stands for
_ACRONYM_HEAD = re.compile(r"^(?P<acronym>[A-Z][A-Z0-9&/-]{1,11})\s*[:：]\s*(?P<expansion>\S.*)$")
#: where a word starts in an acronym's expansion, or a capital inside one: "Multi-instance" → M, i; "CNN" → C, N, N
_WORD_START = re.compile(r"(?<![^\s/-])[A-Za-z&]|[A-Z]")


def glosses_acronym(text: str) -> bool:
    """``RBM: Restricted Boltzmann Machine``, ``MR/MRI: Magnetic Resonance Imaging``: a legend's line (an acronym
    and, in ≤ 6 words, what it stands for). Only for link-less lines: "GAN: Generative Adversarial Nets" and
    "LSTM: Long Short-term Memory" are papers' titles of the same shape, told apart by their links."""
    expansion = _acronym_gloss(text.strip().rstrip(".").strip())
    return expansion is not None and len(expansion.split()) <= 6


def _acronym_gloss(text: str) -> str | None:
    """``RBM: Restricted Boltzmann Machine`` → ``Restricted Boltzmann Machine``: an acronym glossed by the words it
    abbreviates (its letters, in order, open words of the gloss, the first its first), else None.

    Why: a list's legend of abbreviations ("*Deep Learning Techniques:*" / "- CNN: Convolutional Neural Networks")
    is written as link-less items that read like a short "Name: subtitle" title; a paper's "Name: …" title does
    not spell its name with its subtitle's initials ("BERT: Pre-training of Deep Bidirectional Transformers").
    A gloss ends with the word its acronym's last letter opens; a title that spells its name and goes on
    ("ET-SEED: Efficient Trajectory-Level SE(3) Equivariant Diffusion Policy") names a work, not an abbreviation."""
    m = _ACRONYM_HEAD.match(text)
    if m is None:
        return None
    expansion = m.group("expansion")
    starts = [c.casefold() for c in _WORD_START.findall(expansion)]
    for acronym in m.group("acronym").split("/"):
        letters = [c.casefold() for c in acronym if c.isalpha() or c == "&"]
        if len(letters) < 2 or not starts or starts[0] != letters[0]:
            continue
        it = iter(starts)
        if all(any(c == s for s in it) for c in letters) and next(it, None) is None:
            return expansion
    return None


#: a glossary line of a translated list: an acronym, what it stands for in brackets, a colon, then only its
#: translation ("MR/MRI(Magnetic Resonance Imaging): 核磁共振成像", "NN(Neural Networks):神经网络")
_ACRONYM_EXPANDED_IN_CJK = re.compile("^(?P<acronym>[A-Z][A-Z0-9&/-]{1,11})\\s*[(（](?P<expansion>[A-Za-z][^()（）\u3400-\u9fff]{0,80})[)）]"
                                      "\\s*[:：]\\s*[^A-Za-z]{0,24}[\u3400-\u9fff][^A-Za-z]{0,24}$")


def _acronym_translated(text: str) -> bool:
    """``US(Ultrasound): 医学超声检查``, ``CNN(Convolutional Neural Networks): 卷积神经网络``: a translated list's
    legend line, the bracketed form of the ``RBM: Restricted Boltzmann Machine`` lines :func:`glosses_acronym`
    reads. Why: with its Chinese translation it has the length and script mix of a CJK title. The acronym's
    letters must appear, in order, in its expansion, its first the expansion's first (looser than
    :func:`_acronym_gloss`: "US" of "Ultrasound", "MG" of "Mammography" spell no word starts); the translation
    after the colon, bare of Latin words, is what a paper's "Name: subtitle" title never is beside a bracketed
    expansion of its name."""
    m = _ACRONYM_EXPANDED_IN_CJK.match(text)
    if m is None:
        return False
    expansion = m.group("expansion").casefold()
    for acronym in m.group("acronym").split("/"):
        letters = [c.casefold() for c in acronym if c.isalpha() or c == "&"]
        if len(letters) < 2 or expansion[0] != letters[0]:
            continue
        it = iter(expansion)
        if all(c in it for c in letters):
            return True
    return False


#: a series of lower-case nouns closed by "and" / "or" ("the immunome, transcriptome, microbiome, proteome and
#: metabolome"): one noun phrase of a title, its commas no clauses (a byline's capitalised names are none); each
#: item one word, each comma required, so no backtracking on a long line
_NOUN_SERIES = re.compile(r"\b[a-z][\w-]*(?:, [a-z][\w-]*){2,8},? (?:and|or) (?=[a-z])")


#: a title that opens by quoting a phrase, then goes on: '“Why Should I Trust You?”: Explaining the Predictions of …',
#: '"Help Me Help the AI": Understanding How …' (the quote closes before the title ends, and words follow it; a
#: line that is one quoted sentence, '"This tool saved me hours"', is a remark, not a title; the quote holds two words
#: or more: '“Ok” said the man' quotes a word)
_QUOTED_TITLE_LEAD = re.compile(r"[\"“‘«][^\W_][^\"“”‘’«»\s]{0,40}\s[^\"“”‘’«»\n]{1,120}[\"”’»][:：,]?\s+[^\W_]")


#: the nouns a challenge's own name holds ("… Segmentation Challenge 2023", "… track of the decathlon", "… Shared
#: Task"): a title with one of them may name the challenge itself, a title without them names none
_CHALLENGE_NOUNS = re.compile(r"(?i)\b(?:challenges?|competitions?|contests?|tracks?|tasks?|benchmarks?|decathlon"
                              r"|hackathons?|cup|workshops?|leaderboards?)\b")
#: the fewest words of a participant's paper title linked to an unknown page under a challenge heading: a challenge's
#: name is a short phrase ("Automated Segmentation of Abdominal Organs in CT"), a method paper's title a long one
_PARTICIPANT_PAPER_MIN_WORDS = 9


def _participant_paper_title(title: str) -> bool:
    """``# Head and Neck Tumor Segmentation Challenge 2020`` / ``[Two-stage approach for segmenting gross tumor volume
    in head and neck cancer with CT and PET imaging](a blog's copy)``: under a challenge heading, a link to an unknown
    page whose text reads as a long paper title naming no challenge noun (``_CHALLENGE_NOUNS``) is a participant's
    paper. Why: a challenge list's section collects the challenge's papers; one linked to a copy on no scholarly host
    was read as one more challenge by its heading. A challenge's own name is short, or says what it is."""
    return len(title.split()) >= _PARTICIPANT_PAPER_MIN_WORDS and not has_cjk(title) \
        and not _CHALLENGE_NOUNS.search(title) and reads_like_paper_title(title)


#: a bracket closing a heading that counts the references filed under it: "(N=67 citations)", "(n = 12 papers)",
#: "(14 studies)" (a work's own citation count, "(9800+ citations)", "(IEEE TKDE, 2009, 6000+ citations)", is no tally)
_REFERENCE_TALLY = re.compile(r"[(（](?:[Nn]\s{0,3}[=＝]\s{0,3}\d{1,6}(?:\s{1,3}(?:citations?|references?|refs?|papers?|"
                              r"studies|study|articles?|works?|entries|items))?|\d{1,6}\s{1,3}(?:references|refs|papers|"
                              r"studies|articles|works|entries|items))[)）]$")


def tallies_its_references(title: str) -> bool:
    """``### Magnetic Resonance Imaging (MRI) (N=67 citations)`` over ``- Neurological .... 28 references``: a
    heading that closes with a tally of the references filed under it groups works; it is no work's title, and the
    points under it are no notes on one paper."""
    return _REFERENCE_TALLY.search(title.rstrip(" *_")) is not None


def reads_like_paper_title(title: str) -> bool:
    """A link-less item that names a paper: one sentence of 5–40 words, no commentary script mix."""
    t = title.strip().rstrip(".").strip()
    # "[DCGAN] Unsupervised Representation Learning with …", "[DeepLabv2] DeepLab : Semantic …": a short
    # bracketed nickname opening the item names the method; the title follows it
    t = _NICKNAME_TAG.sub("", t, count=1) or t
    if _CJK_OR_HANGUL.search(t):
        return _reads_like_cjk_title(title.strip(), t)
    words = [w for w in t.split() if any(c.isalpha() for c in w)]
    # a digit group's comma ("14,000 cases") separates no clause
    if not 4 <= len(words) <= 40 or t.endswith((":", "：")) \
            or t.count(",") > 2 and _NOUN_SERIES.sub("", _DIGIT_GROUP.sub("", t)).count(",") > 2:
        return False
    if _SENTENCE_BREAK.search(_unstop_abbreviations(t)):
        return False
    if len(words) < 8 and not any(c.isupper() for c in t):
        return False  # "- dry-lab to wet-lab loop closure": a note in lower case, not a title
    head, sep, gloss = t.partition(" - ")
    if sep and len(head.split()) == 1 and len(gloss.split()) <= 6:
        return False  # "- `ECG` - Electrocardiography (heart electrical activity)": a glossary line
    if _FILE_NAME_HEAD.match(t):
        return False  # "- `train_mil.py:` Train Entry function of the framework.": a file-tree legend line
    if _PACKAGE_REQUIREMENT.fullmatch(t):
        return False  # "- DESeq2 (version 1.24.0 or later)": a dependency the README's code needs, no title
    if (symbol := _MATH_SYMBOL_HEAD.match(t)) and len(t[symbol.end():].split()) <= _SYMBOL_GLOSS_MAX_WORDS:
        return False  # "- $x'$: Baseline (zero embedding)": a formula's legend line, what one symbol stands for
    if (advice := _ADVICE.search(t)) and not title_cased(t) and "?" not in t[advice.end():]:
        # "Papers must be objective comparisons …", "Use a caller that …": a rule, not a title; a modal the
        # title asks with ("Who should we test for COVID-19? A triage model …") is the work's question
        return False
    if "@" in t and _EMAIL.search(t):
        return False  # "Zanting Ye Southern Medical University 📧 yzt…@gmail.com": a contact, not a title
    return t[0].isalnum() or t[0] == "$" and t.find("$", 1) > 1 \
        or _QUOTED_TITLE_LEAD.match(t) is not None  # "$\\beta$-FFT: …": TeX math opens it; '"Why…?": …' a quote


def _unstop_abbreviations(text: str) -> str:
    """The text with the stops of ``_NON_FINAL_ABBREVIATION`` dropped, so that the full stop then capital of
    ``_SENTENCE_BREAK`` finds only a second sentence. Why: "Dr. Assistant: Enhancing Clinical Diagnostic
    Inquiry …" and "Faithfulness vs. Safety: Evaluating LLM Behavior …" read as two sentences, and a note
    index's paper, its title linked to its reader's note, was lost as a website."""
    return _NON_FINAL_ABBREVIATION.sub(r"\1", text)


#: the marks that end or join sentences of Chinese, Japanese or Korean prose; a title has none inside it
_CJK_SENTENCE_MARKS = re.compile("[。！；;!]|[？?](?=.)|【|…|\\.{3}")


def reads_as_sentence(text: str) -> bool:
    """A line of prose: closed by a full stop (``…的示例笔记本。``, ``Adapts SAM to medical images.``) or holding
    the marks that join CJK sentences (``存档。现在为只读``). A record's link-less bullet written so is a remark on
    the work (what the repository holds, what the paper proposes), never a work's title or field."""
    t = text.strip()
    return bool(t) and (t.endswith((".", "。", "!", "！")) or _CJK_SENTENCE_MARKS.search(t) is not None)


#: the polite or plain sentence endings of Japanese and Korean notes ("…を用いた生成です", "…같습니다"), no title's
_CJK_PROSE_ENDING = re.compile("(?:です|ます|でした|ました|だ|である|합니다|습니다|입니다|니다|어요|해요|다)$")


#: Chinese sentence-final particles ("…有关的", "…就好了", "…吗？"): a remark's close; a Chinese title ends in a noun
_ZH_PROSE_ENDING = re.compile("[\u3400-\u9fff](?:的|了|吗|呢|吧)[？?]?$")
#: a comma then a connective opening the next clause ("，所以…", "，因此…", "，是否…", "，但是…"): two clauses of a
#: sentence; a Chinese title joins its parts with a colon or a dash, not with a connective after a comma
_ZH_CLAUSE_CONNECTIVE = re.compile("[，,]\\s*(?:所以|因此|因为|但是|而且|并且|然后|于是|那么|如果|是否|否则|也就是说|或者说)")


def _reads_like_cjk_title(raw: str, t: str, min_weight: int = 8) -> bool:
    """A link-less item in Chinese, Japanese or Korean (or mixed with a Latin name) that reads as a work's title:
    ``TabPFN: 利用表格基础模型在小数据上的精确预测``, ``基于定量影像组学的肺肿瘤良恶性预测方法``. Prose is no title:
    a sentence ended by a full stop (``U-Netを用いた生成.``, ``…读一读。``), sentences joined by ``；`` or ``！``,
    a bracketed aside (``【已整理】``), a polite or plain verb ending, two commas or more."""
    if raw.endswith((".", "。", ":", "：", "!", "！")) or len(t) > 150 or _CJK_SENTENCE_MARKS.search(t):
        return False
    if sum(t.count(c) for c in ",，、") > 1 or _CJK_PROSE_ENDING.search(t):
        return False
    if not _KANA.search(t) and (_ZH_PROSE_ENDING.search(t) and "：" not in t and ":" not in t
                                or _ZH_CLAUSE_CONNECTIVE.search(t)):
        # "gradient update 应该是和 data fidelity 项有关的", "…部分，所以任何方法都可以…", "…差，是否还是因为…？":
        # a reader's thought in Chinese, closed by a sentence particle or going on in a clause that a connective opens
        # (a subtitle may ask a question: "基于结构的三维小分子药物生成：我们到哪一步了？" is a title)
        return False
    if any(len(g.split()) >= 3 for g in _LATIN_GLOSS.findall(t)):
        return False  # "치료 기간을 라벨링 (label each therapy period)": a note glossed in English
    if (m := _TERM_GLOSSED_IN_CJK.match(t)) is not None and len(m.group(1).split()) <= 3:
        return False  # "discharge summaries(퇴원 요약서)": a term and its translation, a glossary line
    if _acronym_translated(t):
        return False  # "CNN(Convolutional Neural Networks): 卷积神经网络": an acronym, its expansion, its translation
    if _HANGUL_SENTENCE_BREAK.search(t) or _KOREAN_NOTE_ENDING.search(t) \
            or _KOREAN_NOTE_ENDING.search(t.split("(", 1)[0].split("（", 1)[0].rstrip()):
        # "외부 지식을 사용하거나(information retrieval-based)", "…했는지 안 했는지", "…쉽지는 않음(…)": a clause
        # left open or closed as a note ("-거나", "-는지", "-음"), before or without its bracketed aside; "…좋다. 하지만
        # …": two sentences. A Korean title ends in a noun ("…에 관한 연구")
        return False
    cjk = len(_CJK_OR_HANGUL.findall(t))
    latin = sum(1 for w in _CJK_OR_HANGUL.sub(" ", t).split() if sum(map(str.isalpha, w)) >= 2)
    return cjk + 2 * latin >= min_weight and not DATED_LINE.match(t)


#: the fewest CJK characters a short title may have among siblings that are all papers ("光学生成模型", six)
MIN_SHORT_CJK_TITLE_CHARS = 4


def reads_like_short_cjk_title(title: str) -> bool:
    """``光学生成模型``: a CJK title too short for ``reads_like_paper_title`` (under eight characters' weight), but
    otherwise read as one (no sentence mark, no prose ending, no gloss). Only a sibling of works written the same
    way makes it one (``extract._plain_reference_lists``); alone, a short CJK line is a label or a topic."""
    t = title.strip().rstrip(".").strip()
    return bool(_CJK_OR_HANGUL.search(t)) and len(_CJK_OR_HANGUL.findall(t)) >= MIN_SHORT_CJK_TITLE_CHARS \
        and _reads_like_cjk_title(title.strip(), t, MIN_SHORT_CJK_TITLE_CHARS)


#: a short Latin term then its translation in CJK brackets, nothing after: "diagnosis text(진단 텍스트)"
_TERM_GLOSSED_IN_CJK = re.compile("([A-Za-z][A-Za-z' -]{0,60}?)\\s*[(（][^()（）A-Za-z]*[\u3400-\u9fff\uac00-\ud7a3][^()（）A-Za-z]*[)）]$")
#: Korean note endings: an open clause ("사용하거나", "했는지") or a nominalised predicate of terse notes ("않음", "됨")
_KOREAN_NOTE_ENDING = re.compile("(?:거나|는지|은지|있음|없음|않음|같음|많음|었음|았음|였음|했음|됨)$")
#: a Hangul syllable closing a sentence with a full stop, then more text: "…맞는 게 좋다. 하지만 …"
_HANGUL_SENTENCE_BREAK = re.compile("[\uac00-\ud7a3][.]\\s+\\S")
#: a bracketed run of Latin words closing CJK text: a translation gloss, "… 라벨링 (label each period)" (bounded)
_LATIN_GLOSS = re.compile(r"[(（]([A-Za-z][A-Za-z' -]{0,200})[)）]\s*$")
#: "2024-05-02: …", "[2024/05] …", "2023年5月 …", and a day-first "[21-08-2020] …" / "21.08.2020: …": a dated line
#: is news, not a reference (or a title)
DATED_LINE = re.compile(r"\W*(?:(?:19|20)\d\d\s*[-/.年]|\d{1,2}([-/.])\d{1,2}\1(?:19|20)\d\d(?!\d))")
#: a date stamp and nothing else but marks and emoji: "2024.06: 🎉🎉", "[2025-09-23] ✨", "2023.12"
_DATE_STAMP_ONLY = re.compile(r"[\W_]*(?:19|20)\d\d(?:\s*[-/.年]\s*\d{1,2}(?:\s*[-/.月]\s*\d{1,2})?\s*日?)?[\W_]*")


#: a year and its month, perhaps the day: "2025.10", "2026-02-27", "2024年11月3日" (the stem of a news item's date)
_YEAR_MONTH = r"(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}(?:\s*[-/.月]\s*\d{1,2})?\s*日?"
#: a news item's date stamp, to the month at least, then a colon and its sentence: "2026-02-27: Our preprint is
#: available …", "2025.09: We released …" (not "2019-nCoV: …", no month; not "[2024.06 Preprint] Title", a tag)
_NEWS_DATE_LEAD = re.compile(rf"[\W_]*{_YEAR_MONTH}[^\w:：]*[:：]\s*\w")


#: a news sentence's closing predicate: "… was released.", "… is now online", "… has been accepted by MICCAI 2025!"
_NEWS_PREDICATE = re.compile(r"(?i)\b(?:was|is|has\s+been|have\s+been|were|are|got)\s+"
                             r"(?:now\s+|finally\s+|officially\s+)?"
                             r"(?:released|online|out|available|accepted|published|launched|announced)"
                             r"(?:\s+(?:on|at|in|by|to|as)\s+[^.!?\n]{1,60})?\s*[.!?🎉🔥]*\s*$")


def _news_sentence(title: str, has_ids: bool, citation_confidence: float) -> bool:
    """``:boom:**[SAM 2](github…): Segment Anything in Images and Videos was released.**``, ``[X](…): The first
    survey on … was online.``: the line's text is a sentence announcing a work (its predicate closes it: released,
    online, accepted), not the work's title, however much of the title it quotes. Why: a list's news section
    announces works it cites again further down; read as papers, the announcements took the titles (and the code)
    of the works' own entries. Not when the line carries an identifier or reads as a citation."""
    return not has_ids and citation_confidence < 0.5 and len(title) <= 300 and _NEWS_PREDICATE.search(title) is not None


def _announces_a_work(title: str, links: tuple[Link, ...], has_ids: bool, citation_confidence: float) -> bool:
    """``- **2026-02-27:** Our preprint is available online at [Preprints.org](…) ! Check [here](…/manuscript/…)``:
    a line opened by a news date stamp and a colon, whose sentence points at a paper only through a bare pointer
    ("here", "link"), no identifier and no citation. Why: it announces a work (a preprint posted, a paper
    accepted); the work's reference is elsewhere in the list, and the news sentence is no title. A dated line
    whose paper link is labelled as the paper ("2023-05-01: Title [pdf](…)", a reading log) or names it
    ("2025-09-15: … on arXiv: [Title](arxiv…)") stays a paper."""
    if has_ids or citation_confidence >= 0.5 or _NEWS_DATE_LEAD.match(title) is None:
        return False
    papers = [link for link in links if link.role == "paper"]
    return bool(papers) and all(is_bare_pointer(link.label) for link in papers)


#: a news item's date tag opening its line, year and month either way round: "[01/2025]", "[2025-01]", "2024.11:",
#: "*2025.10*:" (the list marker already gone)
_NEWS_DATE_TAG = re.compile(rf"[\W_]*(?:{_YEAR_MONTH}|\d{{1,2}}\s*[-/.]\s*(?:19|20)\d\d)(?![\d/.-])")
#: the words of a news sentence that say it is about a paper: "One paper about …", "accepted by", "published in"
_NEWS_PAPER_WORDS = re.compile(r"(?i)\b(?:papers?|articles?|preprints?|manuscripts?|accepted|published)\b")
#: the quotes a news sentence sets a work's title in, opening → closing
_TITLE_QUOTES = {'"': '"', "“": "”"}
#: the longest quoted title a news line is read for
_MAX_QUOTED_TITLE = 300


def news_quoted_title(text: str) -> str | None:
    """``- [01/2025] One paper accepted by **NAACL2025**: "LMOD: A Large Multimodal …"[[Link]](arxiv…)``,
    ``- [06/2024] One paper about "Reliable Federated Disentangling Network …" was accepted by **IEEE TBD**.``: the
    title a dated news sentence about a paper sets in quotes, or None. Why: the sentence announces the work; its
    quoted title names it (linked or not, the news line may be the only place the list names that work), where the
    sentence itself is no title. Only a line opened by a date tag, saying "paper", "accepted" or "published", whose
    first quoted span reads as a title of four words or more and follows some words of the sentence (a quoted
    title right after the tag opens a dated reference, read as such elsewhere)."""
    t = text.lstrip(" -*+\t")
    tag = _NEWS_DATE_TAG.match(t)
    if tag is None or _NEWS_PAPER_WORDS.search(t) is None:
        return None
    for i, ch in enumerate(t):
        if ch in _TITLE_QUOTES:
            if sum(1 for w in t[tag.end():i].split() if any(c.isalpha() for c in w)) < 2:
                return None  # '[2025-03] ![badge](…) "Title." Authors et al. arXiv 2025.': a dated reference, no news
            end = t.find(_TITLE_QUOTES[ch], i + 1, i + 2 + _MAX_QUOTED_TITLE)
            if end < 0 and len(t) - i <= _MAX_QUOTED_TITLE:
                end = len(t)  # the quote closed right before the link that cut the line's text ('… "Title"[[Link]](…)')
            if end < 0:
                return None
            return _quoted_paper_title(t[i + 1:end])
    return None


def _quoted_paper_title(quoted: str) -> str | None:
    """The text a news sentence quotes, when it reads as a paper's title of four words or more (its bold marks and
    closing stop dropped), else None."""
    quoted = " ".join(quoted.replace("**", "").split()).rstrip(".,")
    return quoted if len(quoted.split()) >= 4 and reads_like_paper_title(quoted) else None


#: an undated news sentence's words before the title it quotes: a few words naming a paper ("Our extended journal
#: paper,", "Our paper", "One article about") and nothing that ends a sentence
_ANNOUNCING_LEAD = re.compile(
    r"[^.!?:;\"“”]{0,60}?\b(?:papers?|articles?|preprints?|manuscripts?)\b[^.!?:;\"“”]{0,30}")
#: the words right after that quoted title saying the paper was accepted or published ('", has already been
#: published on …', '" was accepted by …')
_ANNOUNCED_AS_ACCEPTED = re.compile(
    r"[\s,*_]*(?:(?:has|have)\s+)?(?:(?:already|just|now|recently|officially)\s+)?(?:(?:been|was|were|is|got)\s+)?"
    r"(?:(?:already|just|now|recently|officially)\s+)?(?:accepted|published|presented)\b", re.IGNORECASE)


def announced_quoted_title(text: str) -> str | None:
    """``- Our extended journal paper, "Title", has already been published on Medical Image Analysis, 2024.
    [[`Paper`](…)] [[`Code`](…)]``: the title an undated news sentence quotes when its opening words name a paper
    and the words right after the quote say it was accepted or published, or None.

    Why: a list's news section (or a repository's, pasted into a list) announces its papers this way without the
    date tag ``news_quoted_title`` reads; the sentence is no title, the quoted words are, and the role links after it
    are that paper's. A quoted dataset's or talk's name is not announced as a paper, so it titles nothing here."""
    t = text.lstrip(" -*+\t")
    lead = _ANNOUNCING_LEAD.match(t)
    if lead is None or lead.end() >= len(t) or t[lead.end()] not in _TITLE_QUOTES:
        return None
    start = lead.end() + 1
    end = t.find(_TITLE_QUOTES[t[start - 1]], start, start + _MAX_QUOTED_TITLE + 1)
    if end < 0 or _ANNOUNCED_AS_ACCEPTED.match(t, end + 1) is None:
        return None
    return _quoted_paper_title(t[start:end])


#: the words that open a phrase describing a work rather than titling it: an article, a possessive, a demonstrative
_DESCRIBING_OPENERS = frozenset("the a an our my their his her its this that these those".split())
#: the possessives and demonstratives among them: in lower case they open no title ("our new method", "this one")
_POSSESSIVE_OPENERS = frozenset("our my their his her its this these those".split())
#: the nouns such a phrase names the work by ("the OrthoSim platform paper", "a technical report", "this work")
_WORK_NOUNS = frozenset("paper papers work works preprint preprints article articles report reports study studies "
                        "manuscript manuscripts survey version extension publication publications review".split())
#: the longest phrase read as a description of a work
_MAX_DESCRIBING_WORDS = 8


def describes_a_work(label: str) -> bool:
    """``[the OrthoSim platform paper](arxiv…)``, ``[our survey paper](…)``, ``[The DermaSeg journal paper](doi…)``,
    ``[this work](…)``, ``[a technical report](…)``, ``[here](…)``: a link's text that describes the work it reaches
    or only points at it in a sentence, never its title. Such a text opens with an article, a possessive or a
    demonstrative and ends with a noun naming a work ("paper", "work", "report"), in lower case (a title in title
    case, "A Comprehensive Survey", ends in a capital); a lower-case phrase opened by a possessive or a
    demonstrative ("our new method") describes too. Why: a news sentence links the work it announces by such a
    phrase; read as the title, the phrase named a paper "the OrthoSim platform paper" or "here"."""
    if _norm(strip_symbols(label)) in ("here", "this"):
        return True  # (not "[link](…)", "[url](…)": a table's or a record's link slot, not a sentence's pointer)
    words = strip_symbols(label).strip(" .,;:!?\"'“”").split()
    if not 1 < len(words) <= _MAX_DESCRIBING_WORDS or words[0].casefold() not in _DESCRIBING_OPENERS:
        return False
    last = words[-1].strip("()[],.;:!?")
    if last.casefold() in _WORK_NOUNS and last.islower():
        return True
    return words[0] in _POSSESSIVE_OPENERS and all(not w[:1].isupper() for w in words)


#: the words a heading names a project's news by ("## 🔥 News", "## Updates", "## Latest Updates", "## 新闻")
_NEWS_HEADING_WORDS = frozenset({"news", "update", "updates", "announcement", "announcements", "changelog",
                                 "noticias", "novidades"})
_NEWS_HEADING_ZH = ("新闻", "动态", "更新")


def news_heading(topic_texts: list[str]) -> bool:
    """The section is a project's news ("## 🔥 News", "## Updates", "## What's new"): its nearest heading that says
    anything (a kind or news) says news. Why: a news line announces works, it does not list them; a link inside
    its sentence is the news's pointer, not a record's title."""
    for text in reversed(topic_texts):
        words, joined = _heading_words(text)
        if words & _NEWS_HEADING_WORDS or "what s new" in joined or any(w in text for w in _NEWS_HEADING_ZH):
            return True
        if _heading_kind(text) is not None:
            return False
    return False


def date_stamp_only(text: str) -> bool:
    """``2024.06: 🎉🎉``: a news line's lead before its first link, a date and its emoji; it names nothing. So is a
    date stamp followed by the news sentence's first-person opening, ``2025.10: 🎉🎉 Our work``, ``2024.11: 🎉🎉
    Excited to propose my first-author work`` (``_FIRST_PERSON``): the link after it names the work."""
    t = text.strip()
    if _DATE_STAMP_ONLY.fullmatch(t) is not None:
        return True
    stamp = _DATE_STAMP_LEAD.match(t)
    if stamp is None:
        return False
    words = t[stamp.end():].split()
    return 0 < len(words) <= _MAX_OPENING_WORDS and not any(c.isdigit() for w in words for c in w) \
        and any(w.casefold() in _FIRST_PERSON for w in words)


#: a date stamp opening a news line, with its colon and emoji ("*2025.10*: &nbsp;🎉🎉 ")
_DATE_STAMP_LEAD = re.compile(rf"[\W_]*{_YEAR_MONTH}[\W_]*")
#: a news sentence's opening words up to the work's linked name: at most eight words, a first-person word among
#: them ("Our work", "We propose", "My", "Our work on", "Excited to propose my first-author work"), no digit
_MAX_OPENING_WORDS = 8
_FIRST_PERSON = frozenset({"we", "our", "my", "i"})
#: the words a date or a time of day is written with: a month's or a weekday's name (whole or cut), "am" / "pm"
_DATE_WORD = re.compile(rf"(?i)(?<![A-Za-z])(?:{MONTH}"
                        r"|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?"
                        r"|sat(?:urday)?|sun(?:day)?|[ap]\.?m)\.?(?![A-Za-z])")
#: what is left of a date once its words are gone: numbers and their separators ("24--2014, 2-3")
_DATE_FIGURES = re.compile(r"[\d\s,./:–—-]{4,40}")
#: an ordinal day's suffix ("September 7th, 2019", "August 1st 2019", "23rd"): a day written as English says it
_ORDINAL_DAY = re.compile(r"(?i)(?<=\d)(?:st|nd|rd|th)(?![A-Za-z])")
_FOUR_DIGIT_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def names_a_date(text: str) -> bool:
    """``24-Sep-2014, 2-3pm``, ``Wednesday, March 4, 2015``, ``2014-09-24``, ``September 7th, 2019``: a heading or
    a label that is only a date (and perhaps a time of day), with its year. Why: a journal club's log files each
    meeting under its date; a date names when the work was read, never the work (its title is in the reference
    under it)."""
    t = text.strip().strip("*_# \t").rstrip(":：")
    if not t or len(t) > 60 or not _FOUR_DIGIT_YEAR.search(t):
        return False
    return _DATE_FIGURES.fullmatch(_ORDINAL_DAY.sub("", _DATE_WORD.sub("", t)).strip()) is not None


#: the words of a rule or a piece of advice: a modal verb, or an imperative opening the line or a clause
#: ("Developers - use all available evidence"); a title says them in title case ("Don't Stop Pretraining")
_ADVICE = re.compile(r"(?i)\b(?:must|should|shouldn't|mustn't|don't|do not|cannot|can't|aren't|isn't)\b"
                     r"|(?:^|\s[-–—:]\s)(?:use|avoid|make|try|prefer|include|check|be|consider|keep|please)\s")


def _title_case_words(title: str) -> list[str] | None:
    """The words of a short name set in title case (each opens with a capital or a digit and holds a letter; no
    closing colon, no CJK or Hangul), or None."""
    t = title.strip().rstrip(".").strip()
    words = t.split()
    if not words or t.endswith((":", "：")) or _CJK_OR_HANGUL.search(t) or not t[0].isalnum() \
            or not all((w[:1].isupper() or w[:1].isdigit()) and any(c.isalpha() for c in w) for w in words):
        return None
    return words


def short_title_case_name(title: str) -> bool:
    """Three words set in title case, no clause (``Wide Residual Networks``, ``Generative Adversarial Nets``): a
    short paper title among link-less references, or a topic's name elsewhere (the caller decides which)."""
    words = _title_case_words(title)
    return words is not None and len(words) == 3


def short_noted_name(title: str) -> bool:
    """One to three words set in title case naming a method (``Fast R-CNN``, ``Mask R-CNN``, ``SegNet``): a paper's
    short title when the line's only link is a reader's note on it, among noted papers (the caller decides). A lone
    word must be a coined name (a capital or a digit inside it: ``SegNet``, ``GPT-3``), not a plain word such as
    ``Introduction``, which titles a chapter's note rather than a work."""
    words = _title_case_words(title)
    return words is not None and (len(words) in (2, 3)
                                  or len(words) == 1 and any(c.isupper() or c.isdigit() for c in words[0][1:]))


#: a line's first word in lower-case letters only, a colon or comma at most after it ("also", "published", "idea:"):
#: a clause going on from the line above; a coined name opening a title carries a capital, a digit or a hyphen
#: ("mRNA", "scGPT", "word2vec", "k-means", "scikit-learn")
_LOWER_CASE_OPENING = re.compile(r"^[a-z]+[:,]?$")


def opens_as_clause(text: str) -> bool:
    """A line whose first word is lower case (``also able to capture the context of both directions``, ``published
    2019 by Devin (Google)``, ``idea: extend it to …``): a note's clause continuing its parent item or label, no
    work's title, which opens with a capital or a coined name. Why: a project README's notes under its "**BERT:**"
    label and its data steps, a dozen of them, made it read as a link-less reading list."""
    words = text.split()
    if not words or _LOWER_CASE_OPENING.match(words[0]) is None:
        return False
    # ("mixup: Beyond Empirical Risk Minimization": a coined lower-case name, then its title in capitals, is a work;
    # "idea: extend it to …" goes on in lower case)
    return not (words[0].endswith(":") and len(words) > 1 and words[1][:1].isupper())


def title_cased(text: str) -> bool:
    """Most long words capitalised, as titles are set ("Attention Is All You Need"; "Papers must be …" is not)."""
    long_words = [w for w in text.split() if len(w) > 3 and w[:1].isalpha()]
    return 2 * sum(w[0].isupper() for w in long_words) >= len(long_words) > 0


#: the fewest words of a sentence that introduces an explainer's points (shorter, "Key findings:" labels a note)
_LEAD_IN_MIN_WORDS = 12
#: words by which a reader's note speaks of the work it is on ("This paper …", "The authors …", "We …")
_SPEAKS_OF_WORK = re.compile(r"\b(?:paper|papers|authors?|work|study|we|our|they propose|proposes?d?)\b", re.I)


def explainer_lead_in(text: str) -> bool:
    """``While both synchrotron and electron microscopy data share similarities with conventional volumetric data
    types, …, they exhibit several distinct characteristics:``: a paragraph of one long sentence
    (``_LEAD_IN_MIN_WORDS`` words or more) closed by a colon that introduces the list below it, and that speaks of no
    work (no "paper", "authors", "we"), is an explainer's prose leading into its points. Why: such a section under a
    heading that reads like a title ("Differences from Conventional Volumetric Data") was read as a reading note on
    a work of that title, its labelled points the notes; a reader's note opens its bullets with a short label ("The
    authors make three contributions:") or speaks of the paper ("This paper trains … and reports:")."""
    text = " ".join(text.split())
    return text.endswith((":", "：")) and len(text.split()) >= _LEAD_IN_MIN_WORDS \
        and _SPEAKS_OF_WORK.search(text) is None
