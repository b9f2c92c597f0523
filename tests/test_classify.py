"""Link roles decided by the entry's links together (``classify.classify_links``).

Cases from real lists audited on 2026-12-02 (hand-read): which of several code links is the
work's own code. Each expectation says what a reader of that line would answer.
"""

from __future__ import annotations

import pytest

from medkg import classify
from medkg.classify import classify_links, link_role
from medkg.model import Link

GH, HF = "https://github.com/EmilyAlsentzer/clinicalBERT", "https://huggingface.co/emilyalsentzer/Bio_ClinicalBERT"


def roles(*links: tuple[str, str], name: str = "A title of four words") -> list[str]:
    return [link.role for link in classify_links(tuple(Link(url, label) for label, url in links), name)]


@pytest.mark.parametrize("links, expected", [
    # "| Code | [GitHub](…), [Hugging Face](…) |": the repository is the code, the hub page holds weights
    ([("Code", GH), ("Code", HF)], ["code", "other"]),
    # a hub page alone in the Code column is the code the list gives
    ([("Code", HF)], ["code"]),
    # a Resources column's GitHub link beside the Code column's repository: related, not the paper's own
    ([("Code", "https://github.com/example-lab/celltext"), ("Resources", "https://github.com/example-org/biotoolkit")],
     ["code", "related_code"]),
    # the same repository named again in prose keeps its role
    ([("项目地址", "https://github.com/allenai/scibert/"), ("", "https://github.com/allenai/scibert")],
     ["code", "code"]),
    # no labelled code link: both repositories stay code
    ([("", "https://github.com/a/one"), ("", "https://github.com/b/two")], ["code", "code"]),
    # audit26ba: "[[caffe](…)][[pytorch](…)]": each framework's name labels an implementation of the work
    ([("caffe", "https://github.com/faustomilletari/VNet"), ("pytorch", "https://github.com/mattmacy/vnet.pytorch")],
     ["code", "code"]),
])
def test_which_code_link_is_the_code(links, expected):
    assert roles(*links) == expected


def test_the_entry_title_link_keeps_its_role():
    """``[Repo name](github…) - … [code](github…/other)``: the entry's own link is what it is about."""
    assert roles(("Some Tool Name", "https://github.com/a/tool"), ("code", "https://github.com/a/other"),
                 name="Some Tool Name") == ["code", "code"]


@pytest.mark.parametrize("url, role", [
    ("https://www.10xgenomics.com/resources/datasets", "dataset"),  # a datasets page in a Code column
    ("https://lab.example.org/downloads/code.html", "code"),  # code outside a forge stays code
    ("https://github.com/example-lab/dsc", "code"),
    # a forge page that is no repository names no code: a researcher's profile, a topic
    ("https://github.com/jindongwang", "other"),
    ("https://github.com/topics/ganite", "other"),
    ("https://gitlab.com/some-lab", "other"),
    ("https://gist.github.com/someone/0a1b2c3d4e", "code"),  # a gist is code
    # a code finder's page of one paper lists anyone's implementations: no repository, no own code
    ("https://www.catalyzex.com/paper/socramed-socratic-questioning-agents-for/code", "related_code"),
    ("https://www.catalyzex.com/paper/arxiv:2409.02215/code", "related_code"),
])
def test_code_column_roles(url, role):
    assert link_role("Code", url) == role


@pytest.mark.parametrize("url, role", [
    # a library's OpenURL resolver names one article by its title
    ("http://xy12ab.openurl.example-resolver.com/?sid=google&atitle=Effects+of+training&date=2019", "paper"),
    ("http://hdl.handle.net/1721.1/98765", "paper"),  # an institutional repository's handle
    ("https://dr.ntu.edu.sg/handle/10356/78901", "paper"),  # DSpace's record page
    ("https://repository.example.edu/bitstream/123/456/thesis.pdf", "paper"),
    ("https://hal.inria.fr/hal-03123456/document", "paper"),  # HAL open archive
    ("https://theses.hal.science/tel-03987654", "paper"),
    ("https://jamanetwork.com/journals/jamanetworkopen/fullarticle/2790112", "paper"),
    ("https://example.com/handle/settings", "other"),  # a page named "handle" is no record
    ("https://github.com/a/handle", "code"),
    # OpenReview: a paper's forum or PDF is the paper; a venue's or group's page gathers all its papers
    ("https://openreview.net/forum?id=Hk2aImxAb", "paper"),
    ("https://openreview.net/pdf?id=Hk2aImxAb", "paper"),
    ("https://openreview.net/group?id=ICLR.cc/2024/Conference", "other"),
    ("https://openreview.net/venue?id=NeurIPS.cc/2023/Workshop/GenBio", "other"),
])
def test_scholarly_record_links(url, role):
    assert classify.url_role(url) == role


@pytest.mark.parametrize("url, role", [
    # a648cv: DOIs minted by data repositories name data sets (Science Data Bank, new and old prefix; IEEE
    # DataPort; the Johns Hopkins data archive; OSF projects; Kaggle data sets; PANGAEA)
    ("https://doi.org/10.57760/sciencedb.3092948", "dataset"),
    ("https://doi.org/10.11922/sciencedb.00412", "dataset"),
    ("https://dx.doi.org/10.21227/fe9x-qg64", "dataset"),
    ("https://doi.org/10.7281/T1/2PGJQU", "dataset"),
    ("https://doi.org/10.17605/OSF.IO/X7K2P", "dataset"),
    ("https://doi.org/10.34740/kaggle/dsv/7712345", "dataset"),
    ("https://doi.org/10.1594/PANGAEA.912345", "dataset"),
    # near misses: a data descriptor article, and a DOI of the Johns Hopkins prefix outside its data archive, stay
    # papers
    ("https://doi.org/10.1038/s41597-024-03118-5", "paper"),
    ("https://doi.org/10.7281/jhu.ccp.2019.0012", "paper"),
])
def test_data_repository_dois(url, role):
    assert classify.url_role(url) == role


@pytest.mark.parametrize("url, role", [
    # a694ep: a journal's own site, on no publisher's platform, serves each article as a page: the host names a
    # journal, or a path segment before "/article(s)/" does
    ("https://journalofethics.ama-assn.org/article/ethical-dimensions-using-ai-health-care/2019-02", "paper"),
    ("https://www.milbank.org/quarterly/articles/ai-and-liability-in-medicine/", "paper"),
    ("https://www.example-journal.org/articles/lesion-ensembles", "paper"),
    # near misses: a journalism site, a news site, a society's article pages, a journal site's own home and about pages
    ("https://www.healthjournalism.org/articles/reporting-on-medical-algorithms", "other"),
    ("https://www.theverge.com/2018/3/21/17144260/healthcare-medicaid-algorithm", "other"),
    ("https://www.embs.org/jbhi/articles/imaging-informatics-9/", "other"),
    ("https://journalofethics.ama-assn.org/", "other"),
    ("https://www.milbank.org/quarterly/about/", "other"),
])
def test_journal_site_article_pages(url, role):
    assert classify.url_role(url) == role


@pytest.mark.parametrize("url, role", [
    # a724ft: a PDF uploaded to a team's chat workspace (Slack's workspace files and "files-pri" downloads, Discord
    # attachments) is a member's notes, no paper
    ("https://omdenachapter-ab12cd.slack.com/files/U04EXAMPLE/F04EXAMPLE/echo_analysis.pdf", "other"),
    ("https://files.slack.com/files-pri/T05EXAMPLE-F05EXAMPLE/notes.pdf", "other"),
    ("https://cdn.discordapp.com/attachments/1103344556677889900/1103344556677889911/minutes.pdf", "other"),
    ("https://media.discordapp.net/attachments/1103344556677889900/1103344556677889911/minutes.pdf", "other"),
    # near misses: a lab's PDF, a host that only ends in "slack", an arXiv PDF stay papers
    ("https://example-lab.org/papers/benchmark_miua2023.pdf", "paper"),
    ("https://noslack.com/files/report.pdf", "paper"),
    ("https://arxiv.org/pdf/2407.08231.pdf", "paper"),
])
def test_chat_workspace_uploads(url, role):
    assert classify.url_role(url) == role


@pytest.mark.parametrize("line, title", [
    ("Papers must be objective comparisons of 3 or more tools/methods.", False),
    ("Use a caller that can call all events you care about.", False),
    ("Developers - use all available evidence and produce meaningful quality scores.", False),
    ("Do not use callers that rely only on paired-end data.", False),
    ("Don't Stop Pretraining: Adapt Language Models to Domains and Tasks", True),  # title case: a title
    ("Do Vision Transformers See Like Convolutional Neural Networks?", True),
    ("Neural temporal relation extraction.", True),
    ("$\\beta$-FFT: Nonlinear Interpolation and Differentiated Training for Semi-Supervised Segmentation", True),
    ("$ 100 off every course in the bundle this week", False),  # a dollar sign is no TeX math
])
def test_rules_and_advice_are_no_titles(line, title):
    """A link-less line of a reading list names a paper; a rule or a piece of advice does not."""
    assert classify.reads_like_paper_title(line) is title


@pytest.mark.parametrize("line, title", [
    # audit32bd: a translated list's glossary: an acronym, its expansion in brackets, its Chinese translation
    ("NN(Neural Networks):神经网络", False),
    ("US(Ultrasound): 医学超声检查", False),
    ("MR/MRI(Magnetic Resonance Imaging): 核磁共振成像", False),
    ("H&E(Hematoxylin & Eosin Histology Images): 苏木精—伊红染色法", False),
    ("MIL-CNN(Multi-instance Learning CNN): 多实例学习卷积神经网络", False),
    # a Chinese title with a Latin name stays a title
    ("TabPFN: 利用表格基础模型在小数据上的精确预测", True),
])
def test_acronym_translated_glossary_line_is_no_title(line, title):
    assert classify.reads_like_paper_title(line) is title


@pytest.mark.parametrize("text, date", [
    ("24-Sep-2014, 2-3pm", True), ("Wednesday, March 4, 2015", True), ("2014-09-24", True), ("Sep 2014", True),
    ("May 2020: Deep learning", False), ("Deep learning 2014", False), ("12-3pm", False), ("Marvel 2014", False),
])
def test_names_a_date(text, date):
    """audit32bd: a journal club's meeting heading is only a date (and a time)."""
    assert classify.names_a_date(text) is date


@pytest.mark.parametrize("heading, kind", [
    ("Diffusion Model for Time Series Data", None),  # the data its works address (audit a56em)
    ("Software for CGM Data Analysis", "tool"),
    ("The repository for protein data:", "dataset"),  # where data is kept: a data section still
    ("Sources of EHR data", "dataset"),
    ("Public Data", "dataset"),
    ("Datasets for Segmentation", "dataset"),
])
def test_data_in_a_heading_names_a_domain_or_a_data_section(heading, kind):
    from medkg.classify import section_hint
    assert section_hint([heading]) == kind


def test_a_tool_named_like_a_page_word_in_the_singular_keeps_its_code_link():
    """A genre tag "(Slide)" labels its link as slides (audit a54ek), yet "slide" is no label word of its own: the
    multi-omics tool SLIDE ("- 2017 - [SLIDE](github…) - Gaynanova - …") had lost its code link to it."""
    assert classify.label_role("SLIDE") is None
    assert classify.label_role("Slides") == "other"


@pytest.mark.parametrize("label,url,role", [
    ("Homepage", "https://doi.org/10.15387/fcp_indi.mpi_lemon", "other"),
    ("Project page", "https://dx.doi.org/10.15387/fcp_indi.mpi_lemon", "other"),
    ("Data portal", "https://doi.org/10.48324/dandi.000512/0.230118.1405", "dataset"),
    ("Download", "https://doi.org/10.15387/fcp_indi.mpi_lemon", "dataset"),
    ("Paper", "https://doi.org/10.1038/sdata.2018.308", "paper"),
    ("DOI", "https://doi.org/10.1038/sdata.2018.308", "paper"),
    ("Journal website", "https://doi.org/10.1038/sdata.2018.308", "paper"),
    ("A large multimodal dataset of the mind-body-emotion interactions", "https://doi.org/10.1038/sdata.2018.308",
     "paper"),
    ("website", "https://arxiv.org/abs/2101.00001", "paper"),
    # a453tw: a home word on a journal's or a preprint server's DOI links the article, not a landing record
    ("Web", "https://doi.org/10.1093/bioinformatics/btad412", "paper"),
    ("Homepage", "https://dx.doi.org/10.1371/journal.pcbi.1009421", "paper"),
    ("Site", "https://doi.org/10.48550/arXiv.2101.00001", "paper"),
    ("Homepage", "https://doi.org/10.21227/7k2m-qx41", "other"),
    ("Website", "https://doi.org/10.5281/zenodo.7712345", "other"),
    ("Download", "https://doi.org/10.1038/sdata.2018.77", "dataset"),
])
def test_a_home_label_on_a_doi_link_is_the_resources_landing_record(label, url, role):
    """a205kf: "[Homepage](https://doi.org/10.15387/…) - [Data](…) - [Paper](https://doi.org/10.1038/sdata…)": a DOI
    the list calls the home page or the download of a data set is its landing record, not its article; a
    "[DOI]" link, a title and a "[website]" link to an arXiv record keep reading as the paper."""
    assert link_role(label, url) == role


def test_course_material_pdf_needs_a_folder_in_its_path():
    """Found by mutation fuzzing: a relative PDF link whose only "/" is in its query or fragment has no folder;
    it was an IndexError. A course's slides folder still makes its PDF the course's own (no paper)."""
    from medkg.classify import url_role

    assert url_role("notes.pdf?page=2/3") == "paper"
    assert url_role("notes.pdf#p/2") == "paper"
    assert url_role("slides/00_intro_slides.pdf") == "other"


@pytest.mark.parametrize("first, later, expected", [
    # a paper-notes list: the title links the reader's note, then "[[pdf]]" to an arXiv record
    ("https://github.com/example-lab/paper-notes/blob/master/notes/Faster%20Retinal%20Graphs.md",
     ("pdf", "https://arxiv.org/pdf/1705.04412.pdf"), True),
    # "[[paper]]" to a DOI after the note, a code link between them
    ("https://github.com/example-lab/paper-notes/blob/master/notes/OCTNet.md",
     ("paper", "https://doi.org/10.1016/j.media.2019.101563"), True),
    # a tool's own documentation page in its repository is no reader's note
    ("https://github.com/flairNLP/flair/blob/master/resources/docs/HUNFLAIR.md",
     ("paper", "https://arxiv.org/abs/2008.07880"), False),
    # "[[slides]]" says no article; a "[[pdf]]" label on a page that is no article reaches none
    ("https://github.com/example-lab/paper-notes/blob/master/notes/GT.md",
     ("slides", "https://arxiv.org/pdf/1705.01238.pdf"), False),
    ("https://github.com/example-lab/paper-notes/blob/master/notes/GT.md",
     ("pdf", "https://example.com/gt.html"), False),
])
def test_a_paper_labelled_after_a_reader_note_is_the_work(first, later, expected):
    """a279nb: "- [Faster Retinal Graphs](github…/notes/….md) T.Root (2017) [[pdf]](arxiv…)": a short title linked
    to the reader's note, then a "[[pdf]]"/"[[paper]]" link to an article, is the paper whatever its title's words
    (a short name linked to its own page stays a resource)."""
    links = classify_links((Link(first, "Faster Retinal Graphs"),
                            Link("https://github.com/example-lab/sparse-dropout", "code"), Link(later[1], later[0])),
                           "Faster Retinal Graphs")
    assert classify._paper_labelled_after_its_note(links[0], links) is expected


@pytest.mark.parametrize("label, role", [
    ("third party code", "related_code"), ("Code (third party)", "related_code"),
    ("PyTorch (third party)", "related_code"), ("third party implementation", "related_code"),
    ("third-party code", "related_code"), ("Code", "code"), ("Party planning", None),
])
def test_third_party_written_as_two_words_labels_someone_elses_code(label, role):
    """"[Code (third party)](github…)" was read as the work's own code: the words were known only hyphenated."""
    assert classify.label_role(label) == role


@pytest.mark.parametrize("text,clause", [
    ("also able to keep the context of both directions", True),
    ("idea: extend it to more labels and to other forums", True),
    ("released 2019 by Example Lab (Acme)", True),
    # a coined lower-case name, then the work's title in capitals: a title, not a clause
    ("mixup: Beyond Empirical Risk Minimization", False),
    ("word2vec Explained", False),
    ("scGPT: toward building a foundation model", False),
    ("Robustly Optimized Pretraining", False),
])
def test_a_lower_case_opening_is_a_clause_unless_a_coined_name_heads_a_title(text, clause):
    assert classify.opens_as_clause(text) is clause


@pytest.mark.parametrize("label, url, paper", [
    # a615bo: a book's or a chapter's own title on one Google Books volume names the work
    ("Cell tracking in time-lapse microscopy image techniques",
     "https://books.google.com/books?hl=zh-CN&lr=&id=Lk8MEAAAQBAJ&oi=fnd&pg=PA101", True),
    ("Quantitative Bioimage Analysis for Developmental Biology",
     "https://books.google.de/books/about/Quantitative_Bioimage_Analysis.html?id=Rk2mDwAAQBAJ", True),
    ("Handbook of Fluorescence Microscopy Methods", "https://www.google.com/books/edition/_/Rk2mDwAAQBAJ", True),
    # a short name, a search (no one volume), a text naming the site: pages
    ("Microscopy Image Analysis", "https://books.google.com/books?id=Tt4nBgAAQBAJ", False),
    ("Cell tracking in time-lapse microscopy", "https://books.google.com/books?q=cell+tracking", False),
    ("Preview this book on Google Books here", "https://books.google.com/books?id=Yh5pEAAAQBAJ", False),
])
def test_a_titled_google_books_volume_is_the_work(label, url, paper):
    assert (link_role(label, url) == "paper") is paper


@pytest.mark.parametrize("headings, talks", [
    (("Talks", "2022"), True),            # a year's heading only files the talks by time
    (("Talks", "2021-03"), True),
    (("Slides",), True),
    (("Webinars",), True),
    (("Publications", "2022"), False),
    (("Talks", "Datasets"), False),       # the nearest heading that says something says data
    (("2022",), False),                   # dates only: nothing names talks
    ((), False),
])
def test_under_talk_heading(headings, talks):
    """a627ca: the nearest heading that says more than a date names a talk's material."""
    from medkg.classify import under_talk_heading
    from medkg.model import Heading
    assert under_talk_heading(tuple(Heading(h, 2 + i) for i, h in enumerate(headings))) is talks


@pytest.mark.parametrize("label,expected", [
    ("MICCAI 19", True), ("CVPR 17", True), ("NeurIPS 19", True), ("CVPR'17", True), ("CVPR17", True),
    ("MICCAI 2019", True), ("Nature 14", True),
    # two digits after a space number a thing unless they follow a venue: a data set's edition, a task, a release
    ("NIH Chest X-ray 14", False), ("Task 14", False), ("Version 12", False), ("Brain MRI 19", False),
])
def test_a_two_digit_number_after_a_space_is_a_year_only_after_a_venue(label, expected):
    """a638cl: "## [NIH Chest X-ray 14](…cvf…paper.pdf)" read as a venue and its year ("'14"): a link text so named
    was a paper label, as "[MICCAI 19](…)" is, and the heading a bare label (``is_link_label``)."""
    from medkg.classify import venue_year_label
    assert venue_year_label(label) is expected
@pytest.mark.parametrize("url, post", [
    ("https://writings.example.com/2023/02/what-is-it-doing-and-why/", True),         # year, month, slug
    ("https://ai.example.org/2020/02/exploring-transfer-learning-with-t5.html", True),
    ("https://curation.example.org/blog/2024/08/ten-lessons-from-curation.html", True),  # a section folder first
    ("https://lab.example.io/2015/05/21/the-unreasonable-effectiveness-of-rnns/", True),  # and the day
    ("https://lab.example.io/2015/05/21/rnn-effectiveness/", False),  # a two-word slug: too short to say a post
    ("https://www.biorxiv.org/content/biorxiv/early/2019/10/07/791947.full.pdf", False),  # a preprint's early copy
    ("https://www.jneurosci.org/content/early/2019/10/07/jneurosci.1234-19.2019", False),
    ("https://distill.pub/2017/momentum/", False),  # a year with no month
    ("https://lab.example.edu/publications/2021/05/ct-segmentation-with-priors.pdf", False),  # a lab's PDF
    ("https://arxiv.org/abs/2305.13338", False),
    ("https://example.org/2023/13/not-a-real-month-here/", False),
    # a650cx: a static site's post named by its full date then its slug (Jekyll's ":year-:month-:day-:title"): the day
    # dates it, however short the slug; no day, no month, or a PDF is none
    ("https://xuanwang.example.io/2020-03-20-cord19-ner/", True),
    ("https://lab.example.io/blog/2021-07-08-release.html", True),
    ("https://lab.example.io/2021-07-release-notes/", False),
    ("https://lab.example.io/2021-13-08-release/", False),
    ("https://lab.example.edu/papers/2021-07-08-ct-priors.pdf", False),
    ("https://lab.example.io/2021-07-08", False),
])
def test_dated_post_page(url, post):
    """a643cq: a blog's dated permalink on a host no table knows is a post."""
    assert classify.dated_post_page(url) is post


@pytest.mark.parametrize("label, url, role", [
    # a650cx: "[Github Link](…github.io/2020-03-20-cord19-ner/): Overview of the methodology": a code label on a
    # blog's dated post is no repository; the same label on a repository (even a dated name) or a site stays code
    ("Github Link", "https://xuanwang.example.io/2020-03-20-cord19-ner/", "other"),
    ("Code", "https://lab.example.io/2015/05/21/the-unreasonable-effectiveness-of-rnns/", "other"),
    ("Github Link", "https://github.com/example-lab/2022-01-12-clinsum", "code"),
    ("Code", "https://github.com/example-lab/pathsts", "code"),
])
def test_code_label_on_a_dated_post_is_no_code(label, url, role):
    assert classify.link_role(label, url) == role


@pytest.mark.parametrize("url, role", [
    # a648cv's leftover: an OSF preprint, by its DOI (OSF Preprints 10.31219, PsyArXiv 10.31234, EdArXiv 10.35542) or
    # its page, is an article; "osf.io" inside it made it a data deposit. An OSF project and its registered DOI
    # (10.17605/OSF.IO/…) stay data
    ("https://doi.org/10.31219/osf.io/3vbs7", "paper"),
    ("https://dx.doi.org/10.31234/osf.io/ab12c", "paper"),
    ("https://doi.org/10.35542/osf.io/x7f2k", "paper"),
    ("https://osf.io/preprints/psyarxiv/3vbs7", "paper"),
    ("https://psyarxiv.com/3vbs7", "paper"),
    ("https://osf.io/3vbs7/", "dataset"),
    ("https://doi.org/10.17605/OSF.IO/3VBS7", "dataset"),
])
def test_osf_preprint_is_a_paper(url, role):
    assert classify.url_role(url) == role
    assert classify.link_role("", url) == role
# a656dd: Academia.edu's page of one uploaded paper is a paper host; its member profiles and topic pages are not
@pytest.mark.parametrize("url, paper", [
    ("https://www.academia.edu/38765432/Deep_Learning_for_Fracture_Triage", True),
    ("https://www.academia.edu/resource/work/145550860", True),
    ("https://independent.academia.edu/ExampleRadiologist", False),
    ("https://ufrj.academia.edu/AnaSouza", False),
    ("https://www.academia.edu/Documents/in/Radiology", False),
])
def test_academia_edu_paper_pages(url, paper):
    assert classify._on_paper_host(classify._host_path(url)) is paper


# a656dd: a heading closed by a tally of the references filed under it is no work's title
@pytest.mark.parametrize("title, tally", [
    ("Magnetic Resonance Imaging (MRI) (N=67 citations)", True),
    ("**Computed Tomography (CT) (N=86 citations)**", True),
    ("Radiography (n = 2 studies)", True),
    ("Cardiac imaging (14 papers)", True),
    ("Cohort (N=120)", True),
    ("SMOTE (9800+ citations)", False),
    ("Learning from imbalanced data (IEEE TKDE, 2009, 6000+ citations)", False),
    ("Deep residual learning for image recognition (2016)", False),
    ("A study of 14 papers on triage", False),
])
def test_tallies_its_references(title, tally):
    assert classify.tallies_its_references(title) is tally


# a658df: a heading whose last word is a paper word qualified by a kind word lists papers; a coordination ("Datasets
# and Papers", "数据集与论文") or a preposition before it ("Links to papers") keeps the heading's first kind
@pytest.mark.parametrize("heading, kind", [
    ("评测与评估论文", "paper"),
    ("大模型评测论文", "paper"),
    ("Evaluation papers", "paper"),
    ("Challenge Papers", "paper"),
    ("📄 Benchmark papers (2024)", "paper"),
    ("评测集", "competition"),
    ("评测基准", "competition"),
    ("数据集与论文", "dataset"),
    ("Datasets and Papers", "dataset"),
    ("Datasets & Papers", "dataset"),
    ("Tools / papers", "tool"),
    ("Links to papers", "website"),
    ("Code for papers", "tool"),
    ("Papers on evaluation", "competition"),
])
def test_a658df_paper_word_closing_a_heading_is_its_head(heading, kind):
    assert classify.section_hint([heading]) == kind


# a669dq: a label naming data then code over a code repository is the code; over a deposit, or naming data only, data
@pytest.mark.parametrize("label, url, role", [
    ("Dataset & Code", "https://github.com/example-lab/medad-bench", "code"),
    ("Data and code", "https://github.com/example-lab/medad-bench", "code"),
    ("Dataset/Code", "https://github.com/example-lab/medad-bench", "code"),
    ("Dataset", "https://github.com/example-lab/medad-bench", "dataset"),
    ("Data & Code", "https://zenodo.org/record/7712345", "dataset"),
    ("Code & Dataset", "https://github.com/example-lab/medad-bench", "code"),
])
def test_a669dq_data_then_code_label_over_a_repository(label, url, role):
    assert link_role(label, url) == role


# a659dg: a label opening with "video" that titles a work linked by its identifier is the paper; a recording stays one
@pytest.mark.parametrize("label, url, role", [
    ("Video diffusion models", "https://arxiv.org/abs/2204.03458", "paper"),
    ("Video Swin Transformer", "https://arxiv.org/abs/2106.13230", "paper"),
    ("Video Object Segmentation Networks", "https://doi.org/10.1109/TMI.2023.3301122", "paper"),
    ("Video", "https://arxiv.org/abs/2204.03458", "other"),
    ("video demo", "https://arxiv.org/abs/2204.03458", "other"),
    ("Video presentation", "https://doi.org/10.1109/TMI.2023.3301122", "other"),
    ("Video of the talk", "https://arxiv.org/abs/2204.03458", "other"),
    ("Video diffusion models", "https://www.youtube.com/watch?v=abc", "other"),
])
def test_video_opening_a_title(label, url, role):
    assert link_role(label, url) == role


# a659dg: "code_<framework>" as one snake_case token, the framework split or misspelt by a letter, is code
@pytest.mark.parametrize("label, role", [
    ("code_tentsor_flow", "code"),
    ("code_tensor_flow", "code"),
    ("code_pytoch", "code"),
    ("code_jax", "code"),
    ("Code_Fork", None),
    ("code-of-conduct", None),
    ("code_figures", None),
    ("code_unofficial", "related_code"),
])
def test_snake_case_code_framework_labels(label, role):
    assert classify.label_role(label) == role


# a670dr: a parenthesised "(… Paper)" / "(… Article)" genre tag before a title files the work; a title's own
# opening bracket ("(Almost) Free …") and a non-genre word in parentheses stay
@pytest.mark.parametrize("title, want", [
    ("(Research Paper) A new database of healthy and pathological voices",
     "A new database of healthy and pathological voices"),
    ("(Journal Article) Sustained Vowel Perturbation Measures in Early Parkinsonian Speech",
     "Sustained Vowel Perturbation Measures in Early Parkinsonian Speech"),
    ("(Paper) Harmonic-to-Noise Ratio Estimation Under Telephone Channel Distortion",
     "Harmonic-to-Noise Ratio Estimation Under Telephone Channel Distortion"),
    ("(Conference Paper) Contrastive Pretraining of Breath Sound Encoders for Asthma Triage",
     "Contrastive Pretraining of Breath Sound Encoders for Asthma Triage"),
    ("(Almost) Free Voice Quality Estimation from Consumer Microphones",
     "(Almost) Free Voice Quality Estimation from Consumer Microphones"),
    ("(Paper Towns) A Novel Reading of Teenage Maps and Memory", "(Paper Towns) A Novel Reading of Teenage Maps and Memory"),
    ("(Research Paper) Praat", "(Research Paper) Praat"),
])
def test_paren_paper_genre_tag(title, want):
    assert classify.drop_nickname_tag(title) == want


@pytest.mark.parametrize("label, url, role", [
    # a717fm: a tools list's software name linked to a document in the software's own repository
    ("`AITom`", "https://github.com/xulabs/aitom/blob/master/doc/publications.md", "code"),
    ("Deep-Finder", "https://github.com/example-lab/deep_finder/blob/main/docs/usage.md", "code"),
    ("`PickNet`", "https://gitlab.com/example-lab/PickNet/-/blob/main/doc/install.md", "code"),
    # near misses: a reader's note named by what it notes, a name that is not the repository's, a too-short name
    ("Note 1", "https://github.com/example-lab/aitom/blob/master/doc/note1.md", "other"),
    ("SubAvg", "https://github.com/example-lab/subavg-toolkit/blob/main/notes/subavg.md", "other"),
    ("R", "https://github.com/example-lab/r/blob/main/notes/intro.md", "other"),
])
def test_a_repository_named_by_its_own_name_is_code_whatever_document_it_opens(label, url, role):
    """"[`AITom`](github.com/xulabs/aitom/blob/master/doc/publications.md) - [**Title**](pnas…)": the link text is
    the repository's name, so the link stands for the software, not a reader's note kept in a repository."""
    assert classify.link_role(label, url) == role
