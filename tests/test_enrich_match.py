"""Table tests for candidate validation (``medkg.enrich.match``): pure, no server."""

from __future__ import annotations

import pytest

from medkg.enrich.match import (
    TITLE_OK,
    choose,
    judge,
    locate_title,
    normalise,
    query_for,
    title_similarity,
    years_in,
)
from medkg.enrich.model import Author, CrossrefRecord, EnrichTarget


def rec(doi: str, title: str, family: str | tuple[str, ...] = "Zhou", year: int = 2015, **kw) -> CrossrefRecord:
    families = (family,) if isinstance(family, str) else family
    return CrossrefRecord(doi=doi, title=title, authors=tuple(Author(family=f) for f in families),
                          issued=(year,), type=kw.pop("type", "journal-article"), **kw)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Deep Learning−based Sequence Model", "deep learning based sequence model"),  # minus sign
        ("deep learning–based", "deep learning based"),  # en dash
        ("Single‐cell RNA‐seq", "single cell rna seq"),  # U+2010 hyphen
        ("“Quoted” ‘title’", "quoted title"),
        ("Gómez-Bombarelli, Pärnamaa, Søren", "gomez bombarelli parnamaa søren"),
        ("Žiga Avsec", "ziga avsec"),
        ("ＦＵＬＬ　ＷＩＤＴＨ", "full width"),
        ("基因序列分析与预测", "基因序列分析与预测"),
        ("  spaces\tand\nnewlines  ", "spaces and newlines"),
        ("", ""),
    ],
)
def test_normalise(text: str, expected: str) -> None:
    assert normalise(text) == expected


@pytest.mark.parametrize(
    ("a", "b", "low", "high"),
    [
        ("Predicting effects of noncoding variants with deep learning–based sequence model",
         "Predicting Effects of Noncoding Variants with Deep Learning−based Sequence Model", 1.0, 1.0),
        ("Convolutional Neural Networks for Medical Image Analysis: Full Training or Fine Tuning?",
         "Convolutional neural networks for medical image analysis: full training or fine tuning", 1.0, 1.0),
        ("A new 2.5 D representation for lymph node detection",
         "A New 2.5D Representation for Lymph Node Detection", 0.95, 0.999),
        ("Deep learning in biomedicine", "Applications of deep learning in biomedicine", 0.0, 0.85),
        ("Deep learning in bioinformatics", "Deep learning in biomedicine", 0.0, TITLE_OK - 0.01),
        ("基于深度学习的医学命名实体识别", "基于深度学习的医学命名实体识别", 1.0, 1.0),
        ("基于深度学习的医学命名实体识别", "基于规则的医学关系抽取", 0.0, 0.6),
        ("", "anything", 0.0, 0.0),
    ],
)
def test_title_similarity(a: str, b: str, low: float, high: float) -> None:
    assert low <= title_similarity(a, b) <= high


@pytest.mark.parametrize(
    ("citation", "title", "min_sim", "found"),
    [
        # quoted title in an MLA citation
        ('Zeiler, Matthew D., and Rob Fergus. "Visualizing and understanding convolutional networks." '
         "European Conference on Computer Vision. Springer International Publishing, 2014.",
         "Visualizing and Understanding Convolutional Networks", 1.0, "Visualizing and understanding convolutional networks"),
        # title with a colon and a question mark, glued to the venue
        ('Tajbakhsh, Nima, et al. "Convolutional Neural Networks for Medical Image Analysis: Full Training or Fine '
         'Tuning?." IEEE transactions on medical imaging 35.5 (2016): 1299-1312.',
         "Convolutional Neural Networks for Medical Image Analysis: Full Training or Fine Tuning?", 1.0, "Convolutional"),
        # a shorter title inside a longer one must not count as a match
        ("Mamoshina, P., Vieira, A., Putin, E. & Zhavoronkov, A. Applications of deep learning in biomedicine. "
         "Mol. Pharm. 13, 1445–1454 (2016).", "Deep learning in biomedicine", 0.0, None),
    ],
)
def test_locate_title(citation: str, title: str, min_sim: float, found: str | None) -> None:
    sim, span = locate_title(citation, title)
    if found is None:
        assert sim < TITLE_OK
    else:
        assert sim >= min_sim
        assert span is not None and citation[span[0]:span[1]].startswith(found)


def test_years_in_ignores_other_numbers() -> None:
    assert years_in("Nature 2015, 518 (7540), 529−533. arXiv 1703.02442 (2017)") == {2015, 2017}


CITE_ZHOU = ("Zhou, J. & Troyanskaya, O.G. Predicting effects of noncoding variants with deep learning-based "
             "sequence model. Nat. Methods 12, 931–934 (2015).")
TITLE_ZHOU = "Predicting effects of noncoding variants with deep learning–based sequence model"


@pytest.mark.parametrize(
    ("case", "target", "record", "accepted", "reason_part"),
    [
        ("exact", EnrichTarget("k", citation=CITE_ZHOU), rec("10.1/a", TITLE_ZHOU, ("Zhou", "Troyanskaya"), 2015), True, "first author"),
        ("year +1 accepted", EnrichTarget("k", citation=CITE_ZHOU), rec("10.1/a", TITLE_ZHOU, "Zhou", 2016), True, "year±1"),
        ("year -1 accepted", EnrichTarget("k", citation=CITE_ZHOU), rec("10.1/a", TITLE_ZHOU, "Zhou", 2014), True, "year±1"),
        ("year +2 refused", EnrichTarget("k", citation=CITE_ZHOU), rec("10.1/a", TITLE_ZHOU, "Zhou", 2017), False, "year"),
        ("other first author", EnrichTarget("k", citation=CITE_ZHOU), rec("10.1/a", TITLE_ZHOU, "Park", 2015), False, "first author"),
        ("second author of the record listed first", EnrichTarget("k", citation=CITE_ZHOU),
         rec("10.1/a", TITLE_ZHOU, ("Smith", "Troyanskaya"), 2015), True, "co-author"),
        ("other title", EnrichTarget("k", citation=CITE_ZHOU), rec("10.1/a", "Deep learning in biomedicine", "Zhou"), False, "title"),
        ("component", EnrichTarget("k", citation=CITE_ZHOU), rec("10.1/a", TITLE_ZHOU, type="component"), False, "type"),
        # structured targets (the pipeline parsed title/authors/year)
        ("structured, accents in author", EnrichTarget("k", title="Automatic chemical design using a data-driven continuous "
         "representation of molecules", authors=("Gomez-Bombarelli R",), year=2018),
         rec("10.1/b", "Automatic Chemical Design Using a Data-Driven Continuous Representation of Molecules", "Gómez-Bombarelli", 2018),
         True, "first author"),
        ("structured, quotes and dashes", EnrichTarget("k", title="“Single‐cell RNA‐seq denoising” using a deep count autoencoder",
         year=2019), rec("10.1/c", "Single-cell RNA-seq denoising using a deep count autoencoder", "Eraslan", 2019), True, "year"),
        ("structured, title only, long", EnrichTarget("k", title="Single-cell RNA-seq denoising using a deep count autoencoder"),
         rec("10.1/c", "Single-cell RNA-seq denoising using a deep count autoencoder", "Eraslan", 2019), True, "nothing else"),
        ("structured, title only, short", EnrichTarget("k", title="Deep learning in bioinformatics"),
         rec("10.1/c", "Deep learning in bioinformatics", "Min", 2017), False, "corroboration"),
        ("Chinese title, Chinese author vs pinyin: author unknown, year decides",
         EnrichTarget("k", title="基于深度学习的医学命名实体识别", authors=("张伟",), year=2020),
         rec("10.1/d", "基于深度学习的医学命名实体识别", "Zhang", 2020), True, "year"),
        ("Chinese title, wrong year", EnrichTarget("k", title="基于深度学习的医学命名实体识别", authors=("张伟",), year=2020),
         rec("10.1/d", "基于深度学习的医学命名实体识别", "Zhang", 2014), False, "year"),
        ("arXiv preprint, article two years later", EnrichTarget("k", title=TITLE_ZHOU, year=2013, arxiv="1301.00001"),
         rec("10.1/e", TITLE_ZHOU, "Zhou", 2015), True, "year"),
        ("arXiv preprint, article three years later", EnrichTarget("k", title=TITLE_ZHOU, year=2013, arxiv="1301.00001"),
         rec("10.1/e", TITLE_ZHOU, "Zhou", 2016), False, "year"),
    ],
    ids=lambda v: v if isinstance(v, str) else "",
)
def test_judge(case: str, target: EnrichTarget, record: CrossrefRecord, accepted: bool, reason_part: str) -> None:
    verdict = judge(target, record)
    assert verdict.accepted is accepted, verdict.reason
    assert reason_part in verdict.reason
    assert 0.0 <= verdict.score <= 1.0 and 0.0 <= verdict.similarity <= 1.0


def test_choose_refuses_two_unrelated_equal_candidates() -> None:
    target = EnrichTarget("k", title="Deep learning for computational biology", year=2016)
    a = rec("10.1/a", "Deep learning for computational biology", "Angermueller", 2016)
    b = rec("10.1/b", "Deep learning for computational biology", "Park", 2016)
    chosen, rejected = choose(target, [a, b])
    assert chosen is None
    assert {v.doi for v in rejected} == {"10.1/a", "10.1/b"}
    assert all("ambiguous" in v.reason for v in rejected)


def test_choose_prefers_better_evidence_and_reports_the_loser() -> None:
    target = EnrichTarget("k", citation=CITE_ZHOU)
    preprint = rec("10.1101/x", TITLE_ZHOU, "Zhou", 2014, type="posted-content")
    article = rec("10.1038/nmeth.3547", TITLE_ZHOU, ("Zhou", "Troyanskaya"), 2015, container_title="Nature Methods",
                  short_container_title="Nat Methods", volume="12", page="931-934")
    chosen, rejected = choose(target, [preprint, article])  # the preprint ranked first by the server
    assert chosen is not None and chosen[0].doi == "10.1038/nmeth.3547"
    assert [v.doi for v in rejected] == ["10.1101/x"] and "lost to" in rejected[0].reason


def test_choose_for_arxiv_entry_prefers_the_published_version() -> None:
    target = EnrichTarget("k", title=TITLE_ZHOU, year=2014, arxiv="1401.00001")
    preprint = rec("10.1101/x", TITLE_ZHOU, "Zhou", 2014, type="posted-content")
    article = rec("10.1/article", TITLE_ZHOU, "Zhou", 2015)
    chosen, _ = choose(target, [preprint, article])
    assert chosen is not None and chosen[0].doi == "10.1/article"


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        (EnrichTarget("k", citation="  Zhou, J.\n  Title. Nat 2015 "), "Zhou, J. Title. Nat 2015"),
        (EnrichTarget("k", title="T", authors=("A", "B", "C", "D"), venue="V", year=2019), "T A B C V 2019"),
        (EnrichTarget("k", authors=("A",), year=2019), None),
    ],
)
def test_query_for(target: EnrichTarget, expected: str | None) -> None:
    assert query_for(target) == expected
