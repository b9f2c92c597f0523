"""Elsevier-style comma references ("Surname, I., …, Title, Venue 12 (3) (2016) 1–10") and the styles that
must not change. (Written by a fix round on real lists; each case hand-checked.)"""

import pytest

from medkg import citation

# (reference, title, authors, venue, year)
CASES = [
    # --- the new style: authors "Surname, I.,", then ", Title, Venue … (year)"
    ("Gulshan, V., Peng, L., Coram, M., Development and validation of a deep learning algorithm for detection of "
     "diabetic retinopathy in retinal fundus photographs, JAMA 316 (22) (2016) 2402–2410",
     "Development and validation of a deep learning algorithm for detection of diabetic retinopathy in retinal "
     "fundus photographs", ("Gulshan, V.", "Peng, L.", "Coram, M."), "JAMA", 2016),
    ("Lam, C., Yi, D., Guo, M., Lindsey, T., Automated detection of diabetic retinopathy using deep learning, "
     "AMIA Summits (2018)",
     "Automated detection of diabetic retinopathy using deep learning",
     ("Lam, C.", "Yi, D.", "Guo, M.", "Lindsey, T."), "AMIA Summits", 2018),
    ("Voets, M., Møllersen, K., Bongo, L. A., Reproduction study using public data of: Development and validation "
     "of a deep learning algorithm for detection of diabetic retinopathy, CoRR (2018)",
     "Reproduction study using public data of: Development and validation of a deep learning algorithm for "
     "detection of diabetic retinopathy", ("Voets, M.", "Møllersen, K.", "Bongo, L. A."), "CoRR", 2018),
    ("Lam, C., Yu, C., Huang, L., Rubin, D., Retinal lesion detection with deep learning using image patches, "
     "Investigative Ophthalmology & Visual Science (2018)",
     "Retinal lesion detection with deep learning using image patches",
     ("Lam, C.", "Yu, C.", "Huang, L.", "Rubin, D."), "Investigative Ophthalmology & Visual Science", 2018),
    ("Li, X., Hu, X., Yu, L., CANet: Cross-disease attention network for joint diabetic retinopathy and diabetic "
     "macular edema grading, IEEE TMI (2019)",
     "CANet: Cross-disease attention network for joint diabetic retinopathy and diabetic macular edema grading",
     ("Li, X.", "Hu, X.", "Yu, L."), "IEEE TMI", 2019),
    # abbreviated journal: the title is not cut at "Med."
    ("Litjens, G., Kooi, T., A survey on deep learning in medical image analysis, Med. Image Anal. 42 (2017) 60–88.",
     "A survey on deep learning in medical image analysis", ("Litjens, G.", "Kooi, T."), "Med. Image Anal.", 2017),
    ("Esteva, A., Kuprel, B., Dermatologist-level classification of skin cancer with deep neural networks, "
     "Nature 542 (7639) (2017) 115–118.",
     "Dermatologist-level classification of skin cancer with deep neural networks",
     ("Esteva, A.", "Kuprel, B."), "Nature", 2017),
    # "in:" opens the proceedings
    ("He, K., Zhang, X., Ren, S., Sun, J., Deep residual learning for image recognition, in: Proceedings of the "
     "IEEE Conference on Computer Vision and Pattern Recognition, 2016, pp. 770–778.",
     "Deep residual learning for image recognition", ("He, K.", "Zhang, X.", "Ren, S.", "Sun, J."),
     "Proceedings of the IEEE Conference on Computer Vision and Pattern Recognition", 2016),
    # a title with its own commas: the bare word after the names is the title's, not an author
    ("Smith, J., Jones, K., Segment, track and count: cells in video, Nature Methods 17 (2020) 1–10.",
     "Segment, track and count: cells in video", ("Smith, J.", "Jones, K."), "Nature Methods", 2020),
    ("Smith, J., Segment, track and count: cells in video, Nature, 2020.",
     "Segment, track and count: cells in video", ("Smith, J.",), "Nature", 2020),
    ("Chen, H., Wang, L., Cells, Tissues and Organs in deep learning, Nature (2021)",
     "Cells, Tissues and Organs in deep learning", ("Chen, H.", "Wang, L."), "Nature", 2021),
    # a lower-case continuation after the comma is the title's, not a venue
    ("Smith, J., Jones, K., Attention, please: a study of transformers (2019)",
     "Attention, please: a study of transformers", ("Smith, J.", "Jones, K."), None, 2019),
    # a sentence stop that ends a subtitle, not an abbreviated venue
    ("Smith, J., Jones, K., Deep learning for X, A Review. Nature 521 (2015).",
     "Deep learning for X, A Review", ("Smith, J.", "Jones, K."), "Nature", 2015),
    # a short label before the reference
    ("Implemented by: Voets, M., Møllersen, K., Bongo, L. A., Reproduction study using public data, CoRR (2018)",
     "Reproduction study using public data", ("Voets, M.", "Møllersen, K.", "Bongo, L. A."), "CoRR", 2018),
    # --- other styles: unchanged
    ("LeCun, Y., Bengio, Y. & Hinton, G. Deep learning. Nature 521, 436–444 (2015).",
     "Deep learning", ("LeCun, Y.", "Bengio, Y.", "Hinton, G."), "Nature", 2015),
    ("Smith, J., & Doe, A. (2020). Deep learning for medical imaging. Journal of Imaging, 6(3), 1-10.",
     "Deep learning for medical imaging", ("Smith, J.", "Doe, A."), "Journal of Imaging", 2020),
    ("Wainberg M, Frey BJ. Deep learning in biomedicine. Nat Biotechnol. 2018;36(9):829-838.",
     "Deep learning in biomedicine", ("Wainberg M", "Frey BJ"), "Nat Biotechnol", 2018),
    ("Smith J, Doe A. Title of the paper here. Journal. 2020;1:2.",
     "Title of the paper here", ("Smith J", "Doe A"), "Journal", 2020),
    ('Sayres, Rory, et al. "Using a deep learning algorithm and integrated gradients explanation to assist grading '
     'for diabetic retinopathy." Ophthalmology 126.4 (2019): 552-564.',
     "Using a deep learning algorithm and integrated gradients explanation to assist grading for diabetic "
     "retinopathy", ("Sayres, Rory",), "Ophthalmology", 2019),
    ("Ming Zhu, Aman Ahuja, and Chandan K. Reddy. 2019. A Hierarchical Attention Retrieval Model for Healthcare "
     "Question Answering. In The Web Conference.",
     "A Hierarchical Attention Retrieval Model for Healthcare Question Answering",
     ("Ming Zhu", "Aman Ahuja", "Chandan K. Reddy"), "The Web Conference", 2019),
    ('O. Ronneberger, P. Fischer, and T. Brox, "U-Net: Convolutional networks for biomedical image segmentation," '
     "in MICCAI, 2015, pp. 234–241.",
     "U-Net: Convolutional networks for biomedical image segmentation",
     ("O. Ronneberger", "P. Fischer", "T. Brox"), "MICCAI", 2015),
    ("Zhou J, Troyanskaya O G. Predicting effects of noncoding variants with deep learning-based sequence model[J]. "
     "Nature methods, 2015, 12(10): 931-934.",
     "Predicting effects of noncoding variants with deep learning-based sequence model",
     ("Zhou J", "Troyanskaya O G"), "Nature methods", 2015),
    ("周杰, 李四. 基于深度学习的医学图像分割方法研究[J]. 计算机学报, 2020, 43(5): 1-10.",
     "基于深度学习的医学图像分割方法研究", ("周杰", "李四"), "计算机学报", 2020),
    ("U-Net: Convolutional Networks for Biomedical Image Segmentation. Olaf Ronneberger, Philipp Fischer, "
     "Thomas Brox. MICCAI 2015.",
     "U-Net: Convolutional Networks for Biomedical Image Segmentation",
     ("Olaf Ronneberger", "Philipp Fischer", "Thomas Brox"), "MICCAI", 2015),
]


@pytest.mark.parametrize("text, title, authors, venue, year", CASES, ids=[c[1][:40] for c in CASES])
def test_reference(text, title, authors, venue, year):
    cit = citation.parse_citation(text)
    assert cit is not None and cit.confidence >= 0.5
    assert (cit.title, cit.authors, cit.venue, cit.year) == (title, authors, venue, year)


def test_volume_issue_pages_after_the_year():
    cit = citation.parse_citation(CASES[0][0])
    assert (cit.volume, cit.issue, cit.pages) == ("316", "22", "2402-2410")


@pytest.mark.slow
@pytest.mark.parametrize("shape", [
    "Smith, J., ",
    "Smith, J., Deep learning and ",
    ", JAMA 316 (22)",
    "Segment, ",
    "A B ",
])
def test_the_new_paths_are_linear_without_the_input_window(monkeypatch, shape):
    """With the head window lifted, a 1 MB input built to stress each new path (the comma venue's look-back, the
    lone-word and label retries) still finishes (a quadratic scan would not) with a bounded answer."""
    monkeypatch.setattr(citation, "MAX_CHARS", 2_000_000)
    text = "Label: Smith, J., Doe, A., Title x y, " + shape * (1_000_000 // len(shape)) + "(2016)"
    cit = citation.parse_citation(text)
    assert cit is None or len(cit.authors) <= citation.MAX_AUTHORS
