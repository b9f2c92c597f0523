"""Identifier extraction and URL canonicalisation, on links and citations from the seed lists.

Most cases live in ``tests/data/ids_cases.tsv`` (function, input, expected, seed list). A case
that names a seed list must quote that list verbatim: the test checks it, so the table cannot
drift away from the real inputs.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote

import pyoxigraph
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medkg import ids
from medkg.model import Identifiers

ROOT = Path(__file__).resolve().parents[1]
LISTS = ROOT / "data" / "lists"
CASES = Path(__file__).parent / "data" / "ids_cases.tsv"


def _seed(name: str) -> str:
    return (LISTS / name).read_text(encoding="utf-8")


def _cases() -> list[tuple[str, str, str | None, str]]:
    rows = []
    for line in CASES.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        func, inp, expected, source = line.split("\t")
        rows.append((func, inp, None if expected == "-" else expected, source))
    return rows


def _seed_links() -> list[str]:
    """Every link destination and bare URL of the five seeds (as the parser will see them)."""
    urls: list[str] = []
    for path in sorted(LISTS.glob("*.md")):
        text = path.read_text(encoding="utf-8")
        urls += re.findall(r"\]\(\s*<?([^)\s>]+)", text)
        urls += [u for _, _, u in ids.find_urls(re.sub(r"\]\([^)\n]*\)", "", text))]
    return urls


CASE_ROWS = _cases()
SEED_LINKS = _seed_links()


def test_case_table_is_large_and_mostly_real() -> None:
    assert len(CASE_ROWS) >= 150
    assert sum(1 for *_, source in CASE_ROWS if source != "-") >= 80


@pytest.mark.parametrize(
    ("func", "inp", "expected", "source"), CASE_ROWS, ids=[f"{r[0]}:{r[1][:70]}" for r in CASE_ROWS]
)
def test_case_table(func: str, inp: str, expected: str | None, source: str) -> None:
    if source != "-":
        assert inp in _seed(source), f"case is not quoted from {source}"
    assert getattr(ids, func)(inp) == expected


# --- DOIs and arXiv ids in free text ---------------------------------------------------------
TEXT_DOIS = [
    (  # deep-medicine.md:74
        "Wainberg M, Merico D, Delong A, Frey BJ. Deep learning in biomedicine. Nat Biotechnol. "
        "2018;36(9):829-838. doi:10.1038/nbt.4233",
        ["10.1038/nbt.4233"],
    ),
    (  # deep-medicine.md:105
        "Mol Pharm. 2016;13(5):1445-1454. doi:10.1021/acs.molpharmaceut.5b00982",
        ["10.1021/acs.molpharmaceut.5b00982"],
    ),
    (  # deep-medicine.md:114
        "Front. Mol. Biosci. 2014, DOI: 10.3389/fmolb.2014.00008.",
        ["10.3389/fmolb.2014.00008"],
    ),
    ("Segmenting Microarrays with Deep Neural Networks 2015, DOI: 10.1101/020404.", ["10.1101/020404"]),
    (  # deep-medicine.md:140: bare DOI after ";" and the same DOI again, de-duplicated
        "Nat Genet. 2020;10.1038/s41588-020-0659-5. doi:10.1038/s41588-020-0659-5",
        ["10.1038/s41588-020-0659-5"],
    ),
    (  # deep-medicine.md:185: a DOI inside a Dryad URL, then a Nature URL in prose
        "[Building the graph of medicine](http://datadryad.org/resource/doi:10.5061/dryad.jp917): Co-occurence "
        "statistics. Paper: http://www.nature.com/articles/sdata201432",
        ["10.5061/dryad.jp917", "10.1038/sdata.2014.32"],
    ),
    (  # chinese-medical-nlp.md:318, mojibake label around an OUP link
        "[è®ºæ–‡åœ°å€](https://academic.oup.com/bioinformatics/advance-article/doi/10.1093/bioinformatics/btz682/5566506)",
        ["10.1093/bioinformatics/btz682"],
    ),
    ("(see doi:10.1016/S0140-6736(18)31645-3)", ["10.1016/s0140-6736(18)31645-3"]),
    (
        "https://doi.org/10.1038%2Fnbt.4233 and 10.1038%2Fs41591-018-0316-z",
        ["10.1038/nbt.4233", "10.1038/s41591-018-0316-z"],
    ),
    ("论文：doi:10.1038/nbt.4233，代码见下", ["10.1038/nbt.4233"]),
    ("version 10.2 of the tool, 110.1234/abc, x10.1234/abc", []),
    ("", []),
]


@pytest.mark.parametrize(("text", "expected"), TEXT_DOIS)
def test_find_dois(text: str, expected: list[str]) -> None:
    assert ids.find_dois(text) == expected


TEXT_ARXIV = [
    (  # awesome-medical-machine-learning.md:33
        "Veličković P, Cucurull G, Casanova A, et al. . arXiv preprint arXiv:1710.10903, 2017.",
        ["1710.10903"],
    ),
    (  # deep-medicine.md:97, stray space inside the host
        "AtomNet. Preprint at https://arxiv. org/abs/1510.02855 (2015).",
        ["1510.02855"],
    ),
    ("Preprint at https://arxiv.org/abs/1509.09292 (2015)", ["1509.09292"]),
    ("CoRR abs/1810.04805v2; arXiv:hep-th/9901001", ["1810.04805", "hep-th/9901001"]),
    ("https://doi.org/10.48550/arXiv.2301.10035", ["2301.10035"]),
    ("arXiv:1234.56789 and arxiv 2018.1234 are not ids; 1710.10903 alone is not marked", []),
    # a link pasted from a browser as its tab's title and host: a PDF's file name, an abstract page's "[id] Title"
    ("Interpretable AI in EEG Systems: A Survey\n2304.10755.pdf (arxiv.org)", ["2304.10755"]),
    ("[2311.04477v2] Explainable Deep Models for Sleep Signals (arxiv.org)", ["2311.04477"]),
    ("12304.10755.pdf (arxiv.org), 2313.10755 (arxiv.org), [2304.10755] x (github.com)", []),
    # a Vancouver (AMA) reference cites a preprint as a journal, the id where the volume stands (a600zz)
    ("Rajpurkar P, Irvin J, et al. CheXNet. arXiv preprint. 2018;1711.05225.", ["1711.05225"]),
    ("Doe J. A model. arXiv. 2020; 2004.07213", ["2004.07213"]),
    ("arXiv 2019; 12 pages; Nature. 2020;577:89-94", []),
]


@pytest.mark.parametrize(("text", "expected"), TEXT_ARXIV)
def test_find_arxiv(text: str, expected: list[str]) -> None:
    assert ids.find_arxiv(text) == expected


@pytest.mark.parametrize(
    ("text", "pmids", "pmcids"),
    [
        ("PMID: 23774715; PMCID: PMC4768299", ["23774715"], ["PMC4768299"]),
        ("pmid 31501885 and PMID:31501885", ["31501885"], []),
        # medical-nlp.md:387 and deep-medicine.md:196: names, not ids
        ("* PMC-LLaMA：", [], []),
        ("Collection of all the full-text, open access articles in Pubmed central (PMC Open Access Subset)", [], []),
        ("ncbi.nlm.nih.gov/pubmed/23774715 is a URL, not a marked PMID", [], []),
        # a673du: a wiki bibliography's "KEY pmid=NNN" (MediaWiki <biblio>) names the PMID as "PMID:" does
        ("HoldenEtAl2009 pmid=19076238", ["19076238"], []),
        ("PMID = 19076238", ["19076238"], []),
        ("pmids=19076238", [], []),
    ],
)
def test_find_pmids_and_pmcids(text: str, pmids: list[str], pmcids: list[str]) -> None:
    assert ids.find_pmids(text) == pmids
    assert ids.find_pmcids(text) == pmcids


# --- identifiers_from ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "urls", "expected"),
    [
        (  # awesome-medical-machine-learning.md:24
            "Zhou J, Troyanskaya O G. Nature methods, 2015, 12(10): 931-934.",
            ["https://www.ncbi.nlm.nih.gov/pmc/articles/PMC4768299"],
            Identifiers(pmcid="PMC4768299"),
        ),
        (  # awesome-medical-machine-learning.md:33: code link first, arXiv id from the citation
            "Veličković P, et al. . arXiv preprint arXiv:1710.10903, 2017.",
            ["https://github.com/PetarV-/GAT"],
            Identifiers(arxiv="1710.10903"),
        ),
        (  # deep-medicine.md:149: the PubMed link is a bare URL in the text
            "The Autism Brain Imaging Data Exchange. Paper: http://www.ncbi.nlm.nih.gov/pubmed/23774715; Information: "
            "http://fcon_1000.projects.nitrc.org/indi/abide/",
            ["http://preprocessed-connectomes-project.org/abide"],
            Identifiers(pmid="23774715"),
        ),
        (  # urls win over text, in order
            "doi:10.1038/nbt.4233",
            ["https://www.nature.com/articles/s41591-018-0316-z", "https://doi.org/10.1038/nature14248"],
            Identifiers(doi="10.1038/s41591-018-0316-z"),
        ),
        (  # an arXiv DOI fills arxiv, and doi too when the list shows no other DOI (it is the DOI it writes)
            "",
            ["https://doi.org/10.48550/arXiv.2301.10035"],
            Identifiers(doi="10.48550/arxiv.2301.10035", arxiv="2301.10035"),
        ),
        (  # … but a journal DOI is the work's DOI
            "",
            ["https://doi.org/10.48550/arXiv.2301.10035", "https://doi.org/10.1038/nbt.4233"],
            Identifiers(doi="10.1038/nbt.4233", arxiv="2301.10035"),
        ),
        (
            "Published as doi:10.1038/nbt.4233",
            ["https://arxiv.org/pdf/1711.05851.pdf", "https://github.com/x/y"],
            Identifiers(doi="10.1038/nbt.4233", arxiv="1711.05851"),
        ),
        ("No identifiers here at all.", ["https://github.com/slundberg/shap"], Identifiers()),
    ],
)
def test_identifiers_from(text: str, urls: list[str], expected: Identifiers) -> None:
    assert ids.identifiers_from(text, urls) == expected


# --- the seeds as a whole ---------------------------------------------------------------------
def test_every_seed_link_of_a_known_shape_gives_its_identifier() -> None:
    nature = [u for u in SEED_LINKS if "nature.com/articles/" in u]
    arxiv = [u for u in SEED_LINKS if "arxiv.org/abs/" in u or "arxiv.org/pdf/" in u]
    doi_org = [u for u in SEED_LINKS if "doi.org/10." in u]
    pmc = [u for u in SEED_LINKS if "/pmc/articles/PMC" in u]
    assert (len(set(nature)), len(set(arxiv)), len(set(doi_org)), len(set(pmc))) == (44, 56, 44, 6)
    assert all((ids.doi_from_url(u) or "").startswith("10.1038/") for u in nature)
    assert all(ids.arxiv_from_url(u) for u in arxiv)
    assert all(ids.doi_from_url(u) for u in doi_org)
    assert all(ids.pmcid_from_url(u) for u in pmc)


@pytest.mark.parametrize(
    ("one", "other"),
    [  # the same article linked two ways in the seeds must give one key
        ("https://www.nature.com/articles/s41586-020-1969-6", "https://doi.org/10.1038/s41586-020-1969-6"),
        ("https://www.nature.com/articles/nature11232", "https://doi.org/10.1038/nature11232"),
        ("https://www.biorxiv.org/content/10.1101/807214v1.full", "https://doi.org/10.1101/807214"),
        ("https://www.biorxiv.org/content/10.1101/2020.02.05.935296v1", "https://doi.org/10.1101/2020.02.05.935296"),
        (
            "https://genomebiology.biomedcentral.com/articles/10.1186/s13059-019-1663-x",
            "https://doi.org/10.1186/s13059-019-1663-x",
        ),
        ("https://link.springer.com/article/10.1007/s40484-019-0189-2", "https://doi.org/10.1007/s40484-019-0189-2"),
    ],
)
def test_same_article_linked_two_ways(one: str, other: str) -> None:
    assert one in SEED_LINKS and other in SEED_LINKS
    assert ids.doi_from_url(one) == ids.doi_from_url(other) is not None


def test_every_seed_link_is_a_valid_iri() -> None:
    http_links = [u for u in SEED_LINKS if ids.is_http_url(u)]
    assert len(http_links) >= 700
    for url in http_links:
        iri = ids.safe_iri(url)
        assert iri is not None, url
        pyoxigraph.NamedNode(iri)
        pyoxigraph.NamedNode(ids.canonical_url(url))


def test_github_links_in_seeds_give_repositories() -> None:
    repos = {ids.canonical_repo(u) for u in SEED_LINKS if "github.com/" in u and ".github.io" not in u}
    repos.discard(None)
    assert all(re.fullmatch(r"github\.com/[a-z0-9_.-]+/[a-z0-9_.-]+", r) for r in repos)
    assert "github.com/denseai/awesome-medical-machine-learning" in repos
    assert len(repos) == 135  # hand-checked against `grep -oiE 'github\.com/[^/]+/[^/)# ]+'`


# --- bare URLs in text ------------------------------------------------------------------------
FIND_URLS = [
    (
        "  * 地址：https://github.com/FreedomIntelligence/CMB",
        ["https://github.com/FreedomIntelligence/CMB"],
    ),  # medical-nlp.md:61
    ("地址：https://github.com/x/y，然后。", ["https://github.com/x/y"]),
    (  # deep-medicine.md:19
        "- A BRIEF REPORT (https://blog.heuritech.com/2016/02/29/a-brief-report-of-the-heuritechdeep-learning-meetup-5/)",
        ["https://blog.heuritech.com/2016/02/29/a-brief-report-of-the-heuritechdeep-learning-meetup-5/"],
    ),
    (  # deep-medicine.md:18
        "- Conv Nets: A Modular Perspective ( http://colah.github.io/posts/2014-07-Conv-Nets-Modular/ )",
        ["http://colah.github.io/posts/2014-07-Conv-Nets-Modular/"],
    ),
    (  # deep-medicine.md:196
        "Collection of articles. Information: http://www.ncbi.nlm.nih.gov/pmc/tools/openftlist/",
        ["http://www.ncbi.nlm.nih.gov/pmc/tools/openftlist/"],
    ),
    ("Paper: http://x.org/a; Information: http://y.org/b.", ["http://x.org/a", "http://y.org/b"]),
    (  # chinese-medical-nlp.md:296, URL ends a sentence
        "the code to replicate our baselines online at https://github.com/cambridgeltl/cometa.",
        ["https://github.com/cambridgeltl/cometa"],
    ),
    (  # medical-nlp.md:20, link destination followed by Chinese text
        "由[WangRongsheng](https://github.com/WangRongsheng)维护。",
        ["https://github.com/WangRongsheng"],
    ),
    (  # medical-nlp.md:145, broken link syntax
        "  * 地址：http://www.fudan-disc.com/sharedtask/imcs21/index.html](https://www.dcic-china.com/competitions/10090",
        ["http://www.fudan-disc.com/sharedtask/imcs21/index.html", "https://www.dcic-china.com/competitions/10090"],
    ),
    (
        "  url={https://github.com/FreedomIntelligence/Medical_NLP}},",
        ["https://github.com/FreedomIntelligence/Medical_NLP"],
    ),
    ("see www.example.com/page, or email me@www.example.com", ["http://www.example.com/page"]),
    ("Wikipedia: https://en.wikipedia.org/wiki/Foo_(bar).", ["https://en.wikipedia.org/wiki/Foo_(bar)"]),
    (
        "“https://x.org/a” and <https://y.org/b> and `https://z.org/c`",
        ["https://x.org/a", "https://y.org/b", "https://z.org/c"],
    ),
    ("https:// alone and http://", []),
    (  # a197jx: a reference's repository written without a scheme (Volkopat/spine-gsps) is a URL; the host alone, an
        # account, a site page, an SSH remote or a gist in prose is not
        "The software release used here is r20241005, github.com/neuropoly/totalspineseg. Made on github.com, see "
        "github.com/neuropoly, github.com/topics/spine, git@github.com:a/b, gist.github.com/a/b; gitlab.com/g/sub/p.",
        ["https://github.com/neuropoly/totalspineseg", "https://gitlab.com/g/sub/p"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FIND_URLS)
def test_find_urls(text: str, expected: list[str]) -> None:
    found = ids.find_urls(text)
    assert [u for _, _, u in found] == expected
    for start, end, url in found:
        written = text[start:end]
        assert written == url or url in ("http://" + written, "https://" + written)


def test_find_urls_joins_host_cut_by_a_space() -> None:
    text = "structure-based drug discovery. Preprint at https://arxiv. org/abs/1510.02855 (2015)."
    ((start, end, url),) = ids.find_urls(text)
    assert url == "https://arxiv.org/abs/1510.02855"
    assert text[start:end] == "https://arxiv. org/abs/1510.02855"


# --- canonical URLs, IRIs, segments, slugs ----------------------------------------------------
@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (  # chinese-medical-nlp.md: WeChat share link
            "https://mp.weixin.qq.com/s?__biz=MzA3MzI4MjgzMw==&mid=2650748340&idx=2&sn=698d95c59f523ab627b465666932675e"
            "&chksm=871af1cab06d78dcf24d54977a92ebf6e90cdba7f76cfb4914db355d25afc3dde3cd8a43e015&mpshare=1&scene=1"
            "&srcid=0911JhbB1aS9zdqce2VWnLKG#rd",
            "https://mp.weixin.qq.com/s?__biz=MzA3MzI4MjgzMw==&mid=2650748340&idx=2&sn=698d95c59f523ab627b465666932675e",
        ),
        (
            "http://news.tsinghua.edu.cn/publish/thunews/10303/2018/20181022085238111884562/20181022085238111884562_.html"
            "?from=singlemessage&isappinstalled=0",
            "https://news.tsinghua.edu.cn/publish/thunews/10303/2018/20181022085238111884562/20181022085238111884562_.html",
        ),
        (
            "https://www.kaggle.com/c/two-sigma-financial-news?from=timeline&isappinstalled=0#description",
            "https://kaggle.com/c/two-sigma-financial-news",
        ),
        ("http://cips-chip.org.cn/2020/", "https://cips-chip.org.cn/2020"),
        ("https://huggingface.co/", "https://huggingface.co"),
        (
            "https://drive.google.com/file/d/1ZKbqgYqWc7DJHs3N9TQYQVPdDQmZaClA/view?usp=sharing",
            "https://drive.google.com/file/d/1ZKbqgYqWc7DJHs3N9TQYQVPdDQmZaClA/view",
        ),
        (
            "https://archive.ics.uci.edu/ml/datasets/Parkinson%27s+Disease+Classification",
            "https://archive.ics.uci.edu/ml/datasets/Parkinson%27s+Disease+Classification",
        ),
        (
            "HTTP://WWW.Example.COM:80/a/./b/../c/%7euser/%e4%b8%ad/?utm_source=x&q=1#frag",
            "https://example.com/a/c/~user/%E4%B8%AD?q=1",
        ),
        ("https://example.com:8443/x/", "https://example.com:8443/x"),
        ("https://example.com/app/#/dataset/2", "https://example.com/app#/dataset/2"),
        ("https://zh.wikipedia.org/wiki/中文", "https://zh.wikipedia.org/wiki/%E4%B8%AD%E6%96%87"),
        ("not a url ", "not a url"),
    ],
)
def test_canonical_url(url: str, expected: str) -> None:
    assert ids.canonical_url(url) == expected
    assert ids.canonical_url(expected) == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "https://github.com/DenseAI/awesome-medical-machine-learning#1-生物-biology",
            "https://github.com/DenseAI/awesome-medical-machine-learning#1-生物-biology",
        ),
        (
            "https://hcp-medical-1257456740.cos.ap-guangzhou.myqcloud.com/research%20source/EHR%40UCLA.pdf",
            "https://hcp-medical-1257456740.cos.ap-guangzhou.myqcloud.com/research%20source/EHR%40UCLA.pdf",
        ),
        (
            "https://wiki.cancerimagingarchive.net/display/Public/LIDC-IDRI#",
            "https://wiki.cancerimagingarchive.net/display/Public/LIDC-IDRI#",
        ),
        ('http://x.org/a b"<>{}|\\^`[]', "http://x.org/a%20b%22%3C%3E%7B%7D%7C%5C%5E%60%5B%5D"),
        ("https://x.org/a#b#c", "https://x.org/a#b%23c"),
        ("http://x.org/50%", "http://x.org/50%25"),
        ("https://example.com/very/long/\n    continued", "https://example.com/very/long/continued"),
        ("  https://x.org/\ttab\x00nul  ", "https://x.org/tab%00nul"),
        ("HTTPS://x.org/", "https://x.org/"),
        ("mailto:someone@example.org", "mailto:someone@example.org"),
        ("javascript:alert(1)", None),
        ("data:text/html,<b>x</b>", None),
        ("/relative/path", None),
        ("#dialog-systems", None),
        ("www.example.com", None),
        ("http:///nohost", None),
        ("https://host:port/", None),
        ("https://exa mple.com/", None),
        ("", None),
    ],
)
def test_safe_iri(url: str, expected: str | None) -> None:
    iri = ids.safe_iri(url)
    assert iri == expected
    if iri is not None:
        pyoxigraph.NamedNode(iri)
        assert ids.safe_iri(iri) == iri


@pytest.mark.parametrize("url", [
    "https://arxiv.org/abs/٢١٠١.٠١٢٣٤", "https://pubmed.ncbi.nlm.nih.gov/٢٣٤٥/", "https://doi.org/10.١٠٠٠/abc",
    "https://www.ncbi.nlm.nih.gov/pmc/articles/PMC٢٣٤٥/", "https://www.ncbi.nlm.nih.gov/pubmed/?term=²³",
])
def test_digits_of_other_scripts_make_no_identifier(url):
    """Python's \\d and str.isdigit take Arabic-Indic and superscript digits; no registry issues such ids, and a
    PMID "٢٣٤٥" would become a PubMed IRI that names nothing."""
    assert ids.ids_from_url(url) == (None, None, None, None)


@settings(max_examples=400, deadline=None)
@given(st.text(max_size=60))
def test_safe_iri_output_is_always_a_valid_iri(tail: str) -> None:
    for url in (f"https://example.org/{tail}", f"http://{tail}", tail, f"mailto:{tail}"):
        iri = ids.safe_iri(url)
        if iri is not None:
            pyoxigraph.NamedNode(iri)
            assert ids.safe_iri(iri) == iri


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://github.com/slundberg/shap", True),
        ("HTTP://example.org", True),
        ("http://[::1]:8080/x", True),
        ("ftp://example.org/x", False),
        ("https://", False),
        ("www.example.com", False),
        ("mailto:a@b.org", False),
        ("javascript:alert(1)", False),
        ("#anchor", False),
    ],
)
def test_is_http_url(url: str, expected: bool) -> None:
    assert ids.is_http_url(url) is expected


@pytest.mark.parametrize(
    ("s", "keep_slash", "expected"),
    [
        ("10.1038/nbt.4233", False, "10.1038%2Fnbt.4233"),
        ("10.1038/nbt.4233", True, "10.1038/nbt.4233"),
        ("10.1016/s0140-6736(18)31645-3", True, "10.1016/s0140-6736%2818%2931645-3"),
        ("github.com/petarv-/gat", True, "github.com/petarv-/gat"),
        ("a b%c", False, "a%20b%25c"),
        ("..", False, "%2E%2E"),
        ("10.1234/../x", True, "10.1234/%2E%2E/x"),
        ("基因", False, "%E5%9F%BA%E5%9B%A0"),
    ],
)
def test_iri_segment(s: str, keep_slash: bool, expected: str) -> None:
    assert ids.iri_segment(s, keep_slash=keep_slash) == expected


@settings(max_examples=300, deadline=None)
@given(st.text(), st.booleans())
def test_iri_segment_is_injective_and_valid(s: str, keep_slash: bool) -> None:
    seg = ids.iri_segment(s, keep_slash=keep_slash)
    assert unquote(seg, errors="surrogatepass") == s  # decodable back → injective
    assert re.fullmatch(r"[A-Za-z0-9\-._~%/]*", seg)
    assert keep_slash or "/" not in seg
    pyoxigraph.NamedNode("https://w3id.org/medkg/id/paper/x/" + seg)


@pytest.mark.parametrize(
    ("s", "expected"),
    [
        ("deep-medicine", "deep-medicine"),
        ("Awesome Medical Research", "awesome-medical-research"),
        ("awesome_medical-machine.learning", "awesome-medical-machine-learning"),
        ("Medical_NLP (中文)", "medical-nlp"),
        ("Café Ünïcode", "cafe-unicode"),
        ("../../etc/passwd", "etc-passwd"),
    ],
)
def test_slug(s: str, expected: str) -> None:
    assert ids.slug(s) == expected


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_slug_is_never_empty_or_a_path(s: str) -> None:
    out = ids.slug(s)
    assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", out)
    assert len(out) <= 100


def test_slug_of_names_without_latin_letters_differ() -> None:
    assert ids.slug("中文医疗") != ids.slug("医疗中文")
    assert ids.slug("中文医疗") == ids.slug("中文医疗")


@pytest.mark.parametrize("url, repo", [
    # written this way in real lists' Code columns (audit of 2026-12-02)
    ("/github.com/Example-Lab/gccluster.", "github.com/example-lab/gccluster"),  # scheme left out
    ("//github.com/a/b", "github.com/a/b"),  # protocol-relative
    ("www.github.com/example-lab/gpuleiden", "github.com/example-lab/gpuleiden"),
    ("https://github.com/example\u2010lab/hyper\u2010cells.", "github.com/example-lab/hyper-cells"),  # U+2010
    ("https://github.com/example-lab/dsc.git.", "github.com/example-lab/dsc"),
    ("/docs/github.com-notes", None),  # a real relative path, no forge
])
def test_canonical_repo_of_carelessly_written_links(url: str, repo: str | None) -> None:
    assert ids.canonical_repo(url) == repo


@pytest.mark.parametrize("url, repo", [
    # an institution's own forge: "gitlab.<domain>" or "git.<domain>" (GitLab, Gitea, cgit), paths as gitlab.com's
    ("https://gitlab.fbk.eu/MPBA/INF", "gitlab.fbk.eu/mpba/inf"),
    ("https://git.rwth-aachen.de/bcs/projects/tp/multiclass-yeast-seg",
     "git.rwth-aachen.de/bcs/projects/tp/multiclass-yeast-seg"),
    ("https://git.example-uni.de/lab/tool/-/tree/main", "git.example-uni.de/lab/tool"),
    ("https://git.example-uni.de/lab/tool/src/branch/main/README.md", "git.example-uni.de/lab/tool"),  # Gitea
    ("https://git.example-uni.de/jdoe", None),  # an account's page
    ("https://git.io/JexmpL", None),  # GitHub's short links
    ("https://gitlab.io/pages/x", None),
])
def test_canonical_repo_on_self_hosted_forges(url: str, repo: str | None) -> None:
    assert ids.canonical_repo(url) == repo


@pytest.mark.parametrize("doi, expected", [
    ("10.64898/2026.01.15.700001v2", "10.64898/2026.01.15.700001"),  # bioRxiv/medRxiv's newer prefix
    ("https://doi.org/10.64898/2026.03.05.26300003v1.full", "10.64898/2026.03.05.26300003"),
    ("10.1101/2024.05.01.592001v1", "10.1101/2024.05.01.592001"),
])
def test_biorxiv_dois_lose_their_version_under_both_prefixes(doi: str, expected: str) -> None:
    assert ids.normalize_doi(doi) == expected


# --- hostile input: must finish, and say something sensible --------------------------------
def test_long_url_is_handled_in_linear_time() -> None:
    url = "https://example.org/" + "a" * 200_000
    assert ids.find_urls(f"see {url}.") == [(4, 4 + len(url), url)]
    assert ids.canonical_url(url) == url
    assert ids.safe_iri(url + " x") == url + "%20x"
    assert ids.doi_from_url(url) is None
    assert ids.canonical_repo("https://github.com/o/" + "n" * 200_000) == "github.com/o/" + "n" * 200_000


def test_pathological_lines_do_not_backtrack() -> None:
    brackets = "[" * 1_000_000
    assert ids.find_urls(brackets) == []
    assert ids.find_dois(brackets) == []
    assert ids.find_arxiv(brackets) == []
    assert ids.identifiers_from(brackets, []) == Identifiers()
    closes = "https://x.org/" + ")" * 200_000
    assert ids.find_urls(closes) == [(0, 14, "https://x.org/")]
    doi_parens = "doi:10.1234/" + "(" * 100_000 + ")" * 100_001
    assert ids.find_dois(doi_parens) == ["10.1234/" + "(" * 100_000 + ")" * 100_000]
    dots = "10.1234/" + "." * 200_000
    assert ids.find_dois(dots) == []
    assert ids.find_arxiv("arXiv:" + "1" * 200_000) == []
    ((start, end, url),) = ids.find_urls("www." * 100_000)
    assert (start, end) == (0, 399_999) and url.startswith("http://www.www.")


# --- properties: normalised values are fixed points ----------------------------------------
_PRINTABLE = st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126), max_size=30)
_DOI_PREFIXES = st.sampled_from(
    [
        "10.1234/",
        "doi:10.1101/",
        "https://doi.org/10.48550/arxiv.",
        "10.1101/123456",
        "https://www.nature.com/articles/",
        "https://aclanthology.org/",
        "https://x.org/doi/10.1234/",
        "arXiv:",
    ]
)


@settings(max_examples=500, deadline=None)
@given(_DOI_PREFIXES, _PRINTABLE)
def test_extracted_identifiers_are_normal(prefix: str, tail: str) -> None:
    s = prefix + tail
    for doi in [ids.normalize_doi(s), ids.doi_from_url(s), *ids.find_dois(s)]:
        if doi is not None:
            assert ids.normalize_doi(doi) == doi
            assert doi == doi.lower() and " " not in doi
    for arxiv in ids.find_arxiv(s):
        assert ids.normalize_arxiv(arxiv) == arxiv


@settings(max_examples=500, deadline=None)
@given(
    st.sampled_from(["https://", "http://www.", "https://a.org/", "https://a.org/?", "https://github.com/"]),
    st.text(max_size=40),
)
def test_canonical_url_is_idempotent_and_a_valid_iri(prefix: str, tail: str) -> None:
    url = prefix + tail
    if ids.is_http_url(url) and ids.safe_iri(url):
        canonical = ids.canonical_url(url)
        assert ids.canonical_url(canonical) == canonical
        assert ids.safe_iri(canonical) is not None


_N = 200_000
QUADRATIC_TRAPS = [  # each of these took minutes with a naive pattern or strip loop
    ("normalize_doi", "10.1234/a" + "/full" * (_N // 5), "10.1234/a"),
    ("normalize_doi", "10.1234/a" + ")" * _N, "10.1234/a"),
    ("normalize_doi", "10.1234/a" + ")." * (_N // 2), "10.1234/a"),
    ("find_dois", "doi:10.1234/a" + ".pdf)" * (_N // 5), ["10.1234/a"]),
    ("find_dois", " 10." * (_N // 4), []),
    ("find_dois", "10.1234" + ".5" * (_N // 2), []),
    ("find_arxiv", "arxiv" + " " * _N + "x", []),
    ("find_arxiv", "corr " * (_N // 5), []),
    ("find_pmids", "PMID" + " " * _N + "x", []),
    ("safe_iri", "https://x.org/a" + " " * _N + "b", "https://x.org/a" + "%20" * _N + "b"),
    ("safe_iri", "https://x.org/a" + " " * _N + "b\n  c", "https://x.org/a" + "%20" * _N + "bc"),
    ("canonical_url", "https://x.org/a" + " " * _N + "b", "https://x.org/a" + "%20" * _N + "b"),
    ("doi_from_url", "https://nature.com/articles/" + "a" * _N + "x/", None),
    ("doi_from_url", "https://aclanthology.org/" + "2020." * (_N // 5), None),
    ("canonical_repo", "git@" + "a" * _N, None),
    ("is_http_url", "https://" + "a" * _N, True),
]


@pytest.mark.parametrize(
    ("func", "arg", "expected"), QUADRATIC_TRAPS, ids=[f"{n}-{func}" for n, (func, *_) in enumerate(QUADRATIC_TRAPS)]
)
def test_quadratic_traps(func: str, arg: str, expected: object) -> None:
    assert getattr(ids, func)(arg) == expected


@pytest.mark.parametrize("url, expected", [
    ("https://arxiv.org/ftp/arxiv/papers/2211/2211.13465.pdf", "2211.13465"),  # the old FTP mirror path
    ("https://arxiv.org/ftp/arxiv/papers/2211/2211.13465v2.pdf", "2211.13465"),
    ("https://arxiv.org/ftp/arxiv/papers/2211/", None),
])
def test_arxiv_from_ftp_mirror_path(url, expected):
    assert ids.arxiv_from_url(url) == expected


@pytest.mark.parametrize("doi, preprint", [
    ("10.1101/2023.07.11.548628", True),  # bioRxiv, dated id
    ("10.1101/547059", True),  # bioRxiv, old numeric id
    ("10.1101/gr.275533.121", False),  # Genome Research: a CSHL journal sharing bioRxiv's prefix
    ("10.21203/rs.3.rs-123456/v1", True),  # Research Square
    ("10.2139/ssrn.3456789", True),  # SSRN
    ("10.1038/s41467-025-11111-2", False),
])
def test_preprint_dois_are_told_from_journal_dois(doi, preprint):
    """A preprint's DOI beside a journal DOI is one work's two versions (extract._other_papers)."""
    assert ids.is_preprint_doi(doi) is preprint


@pytest.mark.parametrize("url, doi", [
    # audit26bb: a servlet session in the path is the visitor's, not the DOI's
    ("http://onlinelibrary.wiley.com/doi/10.1002/sim.5884/abstract;jsessionid=D6798A6FE2A434730F9B75EE17BE199B.f02t02",
     "10.1002/sim.5884"),
    ("https://www.tandfonline.com/doi/full/10.1080/01621459.2016.1260466;jsessionid=0A1B2C", "10.1080/01621459.2016.1260466"),
    # a SICI DOI keeps its own ";"
    ("https://onlinelibrary.wiley.com/doi/10.1002/(SICI)1097-0258(19980715)17:13%3C1433::AID-SIM869%3E3.0.CO;2-N",
     "10.1002/(sici)1097-0258(19980715)17:13<1433::aid-sim869>3.0.co;2-n"),
])
def test_a_session_path_parameter_is_no_part_of_a_doi(url, doi):
    assert ids.doi_from_url(url) == doi


@pytest.mark.parametrize("url, doi", [
    # audit32bd: Taylor & Francis chapter and book pages write the title's slug (and its authors) after the DOI
    ("https://www.taylorfrancis.com/chapters/edit/10.1201/9781003003496-7/"
     "application-soft-computing-techniques-heart-sound-classification-babita-majhi-aarti-kashyap",
     "10.1201/9781003003496-7"),
    ("https://www.taylorfrancis.com/chapters/mono/10.4324/9780429265587-3/deep-learning-jane-doe", "10.4324/9780429265587-3"),
    ("https://www.taylorfrancis.com/books/mono/10.4324/9780203123456/some-book-author", "10.4324/9780203123456"),
    ("https://www.taylorfrancis.com/books/edit/10.1201/9781003003496/soft-computing-editor", "10.1201/9781003003496"),
    ("https://www.taylorfrancis.com/books/10.1201/9781003003496", "10.1201/9781003003496"),
    # Oxford Academic keeps its two-segment DOI before the article's own number
    ("https://academic.oup.com/jamia/article/27/3/457/5613999/10.1093/jamia/ocz200/5613999", "10.1093/jamia/ocz200"),
])
def test_a_doi_before_the_page_slug_keeps_only_its_own_segments(url, doi):
    assert ids.doi_from_url(url) == doi


@pytest.mark.parametrize("url, doi", [
    # a446tp: a "doi:" tag typed where the resolver's host belongs
    ("https://doi:10.1109/TKDE.2020.3014806", "10.1109/tkde.2020.3014806"),
    ("http://DOI:10.1145/3580305.3599999", "10.1145/3580305.3599999"),
    ("https://doi-example.org/papers/doinet", None),
    ("https://doi:8080/10.1145/3580305.3599999", "10.1145/3580305.3599999"),  # a port, then a path holding the DOI
])
def test_a_doi_tag_in_the_host_place_names_the_doi(url, doi):
    assert ids.doi_from_url(url) == doi


@pytest.mark.parametrize("url", ["http://[1:]", "http://[3bb]/x", "http://[.]", "http://[f]/7]"])
def test_a_bracketed_host_that_is_no_ipv6_address_gives_no_iri(url: str) -> None:
    """Hypothesis found "http://[1:]": the brackets' shape without an address, which Oxigraph refuses."""
    assert ids.safe_iri(url) is None
    assert ids.safe_iri("http://[::1]:8080/x") == "http://[::1]:8080/x"


@pytest.mark.parametrize("url, doi", [
    # JMIR Publications: the article number after "e" is the 10.2196 DOI's suffix, on every journal of the house
    ("https://www.jmir.org/2021/5/e25000", "10.2196/25000"),
    ("https://medinform.jmir.org/2020/6/e18186/PDF", "10.2196/18186"),
    ("https://mhealth.jmir.org/2019/1/e11470/", "10.2196/11470"),
    ("https://www.jmir.org/2021/5/", None),  # an issue's page
    # Research Square: each version of a preprint has its own DOI
    ("https://www.researchsquare.com/article/rs-1234567/v1", "10.21203/rs.3.rs-1234567/v1"),
    ("https://www.researchsquare.com/article/rs-1234567/v2.pdf", "10.21203/rs.3.rs-1234567/v2"),
    ("https://www.researchsquare.com/browse", None),
    # Preprints.org
    ("https://www.preprints.org/manuscript/202101.0123/v1", "10.20944/preprints202101.0123.v1"),
    ("https://www.preprints.org/manuscript/202101.0123/v2/download", "10.20944/preprints202101.0123.v2"),
    # Cell Press article pages name a PII, and Cell's DOIs are no PIIs ("10.1016/j.cell.2018.02.010")
    ("https://www.cell.com/cell/fulltext/S0092-8674(18)30154-5", None),
])
def test_publisher_pages_that_name_a_doi_by_article_number(url, doi):
    assert ids.doi_from_url(url) == doi


@pytest.mark.parametrize("text, expected", [
    # a663dk: a cluster's bullet of bare arXiv ids cross-references works cited elsewhere
    ("2512.23480, 2601.00205, 2510.23883", True),
    ("2507.12290; 2504.03318", True),
    ("2507.12290v2, 2504.03318", True),
    # one id alone, an id with a note, ids joined by words, numbers of no arXiv form: no such run
    ("2512.23480", False),
    ("2509.07731 — read the taxonomy first", False),
    ("2512.23480 and 2601.00205", False),
    ("1999.12345, 2001.00001", False),
    ("arXiv:2512.23480, arXiv:2601.00205", False),
])
def test_bare_arxiv_id_run(text, expected):
    assert ids.bare_arxiv_id_run(text) is expected


# a706fb: a link text that is a PubMed Central or PubMed id alone names where the work is, no work
@pytest.mark.parametrize("label, expected", [
    ("PMC12086433", True),
    ("pmc1234567", True),
    (" PMC12086433 ", True),
    ("PMID: 31110349", True),
    ("PMID 31110349", True),
    ("PMID31110349", True),
    ("PMC-LLaMA", False),  # a model's name
    ("PMC Open Access", False),
    ("PMC12086433 and notes", False),
    ("PMC123", False),  # too short for a PMCID
    ("Korean Medical Preference Dataset", False),
    ("PMC" + "1" * 20000, False),
])
def test_pubmed_label(label: str, expected: bool) -> None:
    assert ids.pubmed_label(label) is expected


# a713fi: a static badge's label and message ("arXiv | 2404.19759") name a record when the label is a kind of
# identifier and the message one of that kind; anything else names none
@pytest.mark.parametrize(("label", "value", "expected"), [
    ("Arxiv", "2404.19759", "https://arxiv.org/abs/2404.19759"),
    ("arXiv", "2309.01234v2", "https://arxiv.org/abs/2309.01234"),
    ("arXiv ID", "hep-th/9901001", "https://arxiv.org/abs/hep-th/9901001"),
    ("DOI", "10.1016/j.media.2023.102871", "https://doi.org/10.1016/j.media.2023.102871"),
    ("PMID", "037110482", "https://pubmed.ncbi.nlm.nih.gov/37110482/"),
    ("PubMed", "37110482", "https://pubmed.ncbi.nlm.nih.gov/37110482/"),
    ("PMCID", "PMC7654321", "https://pmc.ncbi.nlm.nih.gov/articles/PMC7654321/"),
    ("arXiv", "2023", None),  # a year under the preprint server's label
    ("arXiv", "1399.01234", None),  # no valid month
    ("DOI", "link", None),
    ("PMID", "0000", None),
    ("Paper", "2404.19759", None),  # a label that names no identifier
    ("License", "MIT", None),
    ("arXiv", "2404.19759 2404.19760", None),
])
def test_labelled_record_url(label, value, expected):
    assert ids.labelled_record_url(label, value) == expected


# a738gh: a clinical trial's registration number, alone in a cell (a bold one too), is a registered trial's key;
# a number with more around it, or a date, is not
@pytest.mark.parametrize(("text", "expected"), [
    ("NCT04786262", True),
    ("**NCT05598765**", True),
    ("ISRCTN40123456", True),
    ("ChiCTR2000029308", True),
    ("2021-004567-89", True),
    ("EudraCT 2021-004567-89", True),
    ("ACTRN12620000123456", True),
    ("DRKS00012345", True),
    ("NCT0478626", False),  # seven digits
    ("NCT04786262, NCT04786263", False),
    ("2021-04-05", False),  # a date
    ("see NCT04786262", False),
    ("39812345", False),  # a PMID
])
def test_trial_registration(text, expected):
    assert ids.trial_registration(text) is expected


@pytest.mark.parametrize("url,doi", [
    # a PLOS component (a supplementary file, a figure, a table) names the article it belongs to
    ("https://journals.plos.org/plosone/article/file?type=supplementary&id=info:doi/10.1371/journal.pone.0014821.s002",
     "10.1371/journal.pone.0014821"),
    ("https://journals.plos.org/plosgenetics/article/figure?id=10.1371/journal.pgen.1008104.g002",
     "10.1371/journal.pgen.1008104"),
    ("https://doi.org/10.1371/journal.pcbi.1012136.t001", "10.1371/journal.pcbi.1012136"),
    # the article itself, and another publisher's DOI ending in a letter and digits, stay as given
    ("https://journals.plos.org/plosone/article?id=10.1371/journal.pone.0237006", "10.1371/journal.pone.0237006"),
    ("https://doi.org/10.1016/j.cell.2017.09.043", "10.1016/j.cell.2017.09.043"),
    ("https://doi.org/10.1371/annotation/1a2b3c4d.s001", "10.1371/annotation/1a2b3c4d.s001"),
])
def test_a_plos_component_doi_names_its_article(url, doi):
    assert ids.doi_from_url(url) == doi


@pytest.mark.parametrize(
    ("url", "doi"),
    [  # Nature's own articles before 1997: volume and first page (three digits at least each), a letter, a digit
        ("http://www.nature.com/articles/384134a0", "10.1038/384134a0"),
        ("https://www.nature.com/articles/323533a0", "10.1038/323533a0"),
        ("https://www.nature.com/articles/3841066a0", "10.1038/3841066a0"),
        ("https://www.nature.com/articles/12345a0", None),  # too short for a volume and a page
        ("https://www.nature.com/articles/12345678a0", None),
        ("https://www.nature.com/articles/384134a", None),
        ("https://www.nature.com/articles/384134ab", None),
    ],
)
def test_nature_volume_page_ids(url: str, doi: str | None) -> None:
    assert ids.doi_from_url(url) == doi
