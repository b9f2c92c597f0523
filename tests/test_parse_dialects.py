"""Dialects beyond the seeds: tables, heading blocks, bold paragraph blocks, labelled links."""

from __future__ import annotations

from pathlib import Path

from medkg.extract import extract_file, extract_source
from medkg.model import SourceText

DOC = """# Awesome X

## Papers

| Title | Venue | Year | Paper | Code | Dataset |
|---|---|---|---|---|---|
| U-Net: Convolutional Networks for Biomedical Image Segmentation | MICCAI | 2015 | [arXiv](https://arxiv.org/abs/1505.04597) | [PyTorch](https://github.com/milesial/Pytorch-UNet) | [ISBI](http://brainiac2.mit.edu/isbi_challenge/) |

### [nnU-Net](https://github.com/MIC-DKFZ/nnUNet)

### CheXNet: Radiologist-Level Pneumonia Detection
[[Paper](https://arxiv.org/abs/1711.05225)] [[Code](https://github.com/arnoweng/CheXNet)]

**TransUNet: Transformers Make Strong Encoders for Medical Image Segmentation**
*Jieneng Chen, Yongyi Lu*
[2021] [arXiv]
[[Paper](https://arxiv.org/abs/2102.04306)] [[Code](https://github.com/Beckschen/TransUNet)]

- **[Attention U-Net](https://arxiv.org/abs/1804.03999)** - Oktay et al., MIDL 2018. [[code]](https://github.com/ozan-oktay/Attention-Gated-Networks)
- Dermatologist-level classification of skin cancer with deep neural networks. Esteva et al. Nature 2017. [[Paper]](https://www.nature.com/articles/nature21056)
- V-Net (3DV 2016) [[paper](https://arxiv.org/abs/1606.04797)] [[code](https://github.com/faustomilletari/VNet)]
- Some tool - https://github.com/foo/bar

## Datasets
- [LIDC-IDRI](https://wiki.cancerimagingarchive.net/display/Public/LIDC-IDRI) - lung CT
"""


def _entries():
    x = extract_source(SourceText("t", "t", DOC, "", "utf-8", len(DOC)))
    return {e.title: e for e in x.entries}


def _code(e):
    return [k.url for k in e.links if k.role == "code"]


def test_table_row():
    e = _entries()["U-Net: Convolutional Networks for Biomedical Image Segmentation"]
    assert (e.kind, e.year, e.venue, e.identifiers.arxiv) == ("paper", 2015, "MICCAI", "1505.04597")
    assert _code(e) == ["https://github.com/milesial/Pytorch-UNet"]
    assert [k.role for k in e.links if "isbi" in k.url] == ["dataset"]


def test_heading_blocks():
    es = _entries()
    assert es["nnU-Net"].kind == "repository"
    chex = es["CheXNet: Radiologist-Level Pneumonia Detection"]
    assert chex.kind == "paper" and _code(chex) == ["https://github.com/arnoweng/CheXNet"]


def test_bold_paragraph_block():
    e = _entries()["TransUNet: Transformers Make Strong Encoders for Medical Image Segmentation"]
    assert e.kind == "paper" and e.year == 2021 and e.authors == ("Jieneng Chen", "Yongyi Lu")
    assert _code(e) == ["https://github.com/Beckschen/TransUNet"]


def test_bullet_dialects():
    es = _entries()
    att = es["Attention U-Net"]
    assert att.kind == "paper" and att.year == 2018 and _code(att)
    derm = es["Dermatologist-level classification of skin cancer with deep neural networks"]
    assert derm.identifiers.doi == "10.1038/nature21056" and derm.year == 2017
    vnet = es["V-Net (3DV 2016)"]
    assert vnet.kind == "paper" and _code(vnet) == ["https://github.com/faustomilletari/VNet"]
    assert es["Some tool"].kind == "repository"
    assert es["LIDC-IDRI"].kind == "dataset"


def test_document_order():
    x = extract_source(SourceText("t", "t", DOC, "", "utf-8", len(DOC)))
    lines = [e.line for e in x.entries]
    assert lines == sorted(lines) and len(lines) == 9


PIPES = """# Awesome DeepBio

- **2015-10** | Basset: Learning the regulatory code of the accessible genome with deep convolutional neural networks | *David R. Kelley, Jasper Snoek, John Rinn* | [Biorxiv](https://doi.org/10.1101/028399) | [code](https://github.com/davek44/Basset)

- **2012-07** | Deep architectures for protein contact map prediction | *Pietro Di Lena, Ken Nagata and Pierre Baldi* [Bioinformatics](https://doi.org/10.1093/bioinformatics/bts475)

# Classification
- Unsupervised Learning for Cell-level Visual Representation in Histopathology Images with Generative Adversarial Networks [[arXiv]]()
- Generative Adversarial Networks for Noise Reduction in Low-Dose CT [[TMI]](http://ieeexplore.ieee.org/document/7934380/)
"""


def test_pipe_separated_bullets_and_empty_paper_link():
    x = extract_source(SourceText("p", "p", PIPES, "", "utf-8", len(PIPES)))
    es = {e.title: e for e in x.entries}
    basset = es["Basset: Learning the regulatory code of the accessible genome with deep convolutional neural networks"]
    assert (basset.kind, basset.year, basset.identifiers.doi) == ("paper", 2015, "10.1101/028399")
    assert _code(basset) == ["https://github.com/davek44/Basset"]
    deep = es["Deep architectures for protein contact map prediction"]
    assert deep.venue == "Bioinformatics" and deep.year == 2012
    empty = es["Unsupervised Learning for Cell-level Visual Representation in Histopathology Images with "
               "Generative Adversarial Networks"]
    assert empty.kind == "paper" and any(d.code == "empty-link" for d in empty.diagnostics)
    assert es["Generative Adversarial Networks for Noise Reduction in Low-Dose CT"].venue == "TMI"


TABLE = """# Deep Learning Papers on Medical Image Analysis

#### Classification

| Technique | Modality | Area | Paper Title| DB | J/C | Year |
| ------ | ----------- | ----------- | ----------- |---|----------- | ---- |
| NN | H&E | N/A | Deep learning of feature representation with multiple instance learning for medical image analysis [[pdf]]() | | ICASSP| 2014|
| M-CNN | CT | Lung | Multi-scale Convolutional Neural Networks for Lung Nodule Classification [[pdf]](https://link.springer.com/chapter/10.1007/978-3-319-19992-4_46) | [LIDC-IDRI](https://wiki.cancerimagingarchive.net/display/Public/LIDC-IDRI)| IPMI| 2015|
| CNN | RGB | Skin | Dermatologist-level classification of skin cancer with deep neural networks | | Nature | 2017 |
"""


def test_table_with_title_column_not_first():
    x = extract_source(SourceText("d", "d", TABLE, "", "utf-8", len(TABLE)))
    rows = [(e.title, e.kind, e.year, e.venue) for e in x.entries]
    assert rows == [
        ("Deep learning of feature representation with multiple instance learning for medical image analysis",
         "paper", 2014, "ICASSP"),
        ("Multi-scale Convolutional Neural Networks for Lung Nodule Classification", "paper", 2015, "IPMI"),
        ("Dermatologist-level classification of skin cancer with deep neural networks", "paper", 2017, "Nature"),
    ]
    lidc = x.entries[1]
    assert lidc.identifiers.doi == "10.1007/978-3-319-19992-4_46"
    assert [k.role for k in lidc.links] == ["paper", "dataset"]


NUMBERED_BLOCKS = """# 中文医疗NLP

## 中文数据集

#### 4.中文医学问答数据集
简介：问答对

[数据集地址](https://github.com/example/cmedqa)

#### 4.1 Chest X-ray reports
[数据集地址](https://physionet.org/content/mimic-cxr/)

#### (5) 医疗对话
[项目地址](https://github.com/example/meddialog)

#### 一、中文电子病历
[数据集地址](https://example.org/emr)

#### IV. Clinical notes
[dataset](https://example.org/notes)

#### 2018 Data Science Bowl
[competition](https://www.kaggle.com/c/data-science-bowl-2018)

#### 3.Yidu-N7K
[数据集地址](https://example.org/n7k)

#### 3D Slicer
[code](https://github.com/Slicer/Slicer)

## 6. 更多资源
- [Awesome](https://github.com/example/awesome)
"""


def test_heading_block_titles_lose_their_section_number_topics_keep_it():
    x = extract_source(SourceText("n", "n", NUMBERED_BLOCKS, "", "utf-8", len(NUMBERED_BLOCKS)))
    titles = [e.title for e in x.entries]
    assert titles == ["中文医学问答数据集", "Chest X-ray reports", "医疗对话", "中文电子病历", "Clinical notes",
                      "2018 Data Science Bowl", "Yidu-N7K", "3D Slicer", "Awesome"]  # a year and a name are not numbers
    last = x.entries[-1]
    assert [h.text for h in last.topic] == ["6. 更多资源"] and last.topic[0].number == "6"


MODEL_TABLE = """# Models

| Model | Paper | Code |
|---|---|---|
| BioBERT | [Bioinformatics 2020](https://doi.org/10.1093/bioinformatics/btz682) | [GitHub](https://github.com/dmis-lab/biobert) |
| SciBERT | [SciBERT: A Pretrained Language Model for Scientific Text](https://arxiv.org/abs/1903.10676) | [GitHub](https://github.com/allenai/scibert) |
| ClinicalBERT | [paper](https://arxiv.org/abs/1904.05342) | - |
"""


def test_a_paper_cell_that_only_names_its_venue_leaves_the_title_to_the_name_column():
    x = extract_source(SourceText("m", "m", MODEL_TABLE, "", "utf-8", len(MODEL_TABLE)))
    assert [(e.title, e.year, e.venue) for e in x.entries] == [
        ("BioBERT", 2020, "Bioinformatics"),
        ("SciBERT: A Pretrained Language Model for Scientific Text", None, None),
        ("ClinicalBERT", None, None),
    ]


def test_an_emphasised_venue_without_authors_is_not_an_author():
    text = ("# P\n\n- [Deep learning for healthcare: review, opportunities and challenges]"
            "(https://academic.oup.com/bib/article/19/6/1236/3800524) — *Briefings in Bioinformatics*, 2018\n")
    (e,) = extract_source(SourceText("v", "v", text, "", "utf-8", len(text))).entries
    assert (e.title, e.authors, e.venue, e.year) == (
        "Deep learning for healthcare: review, opportunities and challenges", (), "Briefings in Bioinformatics", 2018)


def test_a_leading_venue_tag_is_venue_and_year_not_title():
    text = ("# S\n\n- **[arXiv 2023]** Segment Anything in Medical Images. [[Paper](https://arxiv.org/abs/2304.12306)]\n"
            "- [CVPR'23] Label-Free Liver Tumor Segmentation [paper](https://arxiv.org/abs/2303.14869)\n"
            "- [12] Reference Numbers Are Not Years At All [paper](https://arxiv.org/abs/2303.00001)\n")
    entries = extract_source(SourceText("t", "t", text, "", "utf-8", len(text))).entries
    assert [(e.title, e.venue, e.year) for e in entries] == [
        ("Segment Anything in Medical Images", "arXiv", 2023),
        ("Label-Free Liver Tumor Segmentation", "CVPR", 2023),
        ("Reference Numbers Are Not Years At All", None, None),  # (the reference number is no part of the title)
    ]


def test_a_field_with_a_sub_list_keeps_its_items():
    """``数据：`` followed by its own sub-bullets: those are the field's values, not entries of the list."""
    x = extract_file(Path(__file__).parent / "data" / "dialects" / "nested-fields-style.md")
    assert [e.title for e in x.entries] == ["ChatDoctor", "PMC-LLaMA", "ChatMed"]
    chat = x.entries[0]
    assert ("数据", "HealthCareMagic-100k") in chat.fields and ("数据", "icliniq-10k") in chat.fields
    assert ("院校", "University of Texas Southwestern Medical Center") in chat.fields
    assert x.entries[1].end_line == 17


def test_a_bold_title_loses_the_stop_that_closes_it():
    text = ("# W\n\n**The Patient is not a Moving Document: A World Model Training Paradigm for Longitudinal EHR.** "
            "[Jan 2026]<br>\n*Irsyad Adam, Zekai Chen.*<br>\n[[PDF](https://arxiv.org/abs/2601.22128)]\n\n"
            "**Deep learning for health records, by Smith J.** [2020]<br>\n[[PDF](https://arxiv.org/abs/2001.00001)]\n")
    x = extract_source(SourceText("b", "b", text, "", "utf-8", len(text)))
    assert [e.title for e in x.entries] == [
        "The Patient is not a Moving Document: A World Model Training Paradigm for Longitudinal EHR",
        "Deep learning for health records, by Smith J.",  # an initial keeps its stop
    ]


def test_document_sections_are_no_entries():
    """"Introduction", "Contributing", "License", "引用"…: sections about the list itself, whose prose
    links (the list's own review, its pull requests) are no entries."""
    text = ("# A list\n\n## Introduction\n\nWe review the field; for details consult "
            "[our comprehensive review](https://arxiv.org/pdf/2311.01918.pdf) and its appendix.\n\n"
            "## Contributing\n\nPlease send [pull requests](https://github.com/example/list/pulls).\n\n"
            "## 许可证\n\n[![CC0](https://licensebuttons.net/p/zero/1.0/88x31.png)](http://creativecommons.org/publicdomain/zero/1.0/) "
            "本列表以 [CC0 1.0 通用](LICENSE) 发布。\n\n## Papers\n\n### MedSAM\n\n"
            "[Segment anything in medical images](https://doi.org/10.1038/s41467-024-44824-z)\n")
    x = extract_source(SourceText("d", "d", text, "", "utf-8", len(text)))
    # one entry, under "MedSAM": a lone link whose text reads as a title names the paper itself
    assert [(e.title, [h.text for h in e.topic]) for e in x.entries] == \
        [("Segment anything in medical images", ["Papers", "MedSAM"])]


def test_a_link_wrapped_inside_its_destination_is_still_the_link():
    """``[[code](https://⏎github.com/…)]``: an editor wrapped the URL; CommonMark sees text. The
    link is taken whole (named by its bracket) and the curator is told the syntax is broken."""
    text = ("- Reinforced Cross-modal Alignment for Radiology Report Generation "
            "[[paper](https://aclanthology.org/2022.findings-acl.38/)] [[code](https://\n"
            "  github.com/cuhksz-nlp/R2GenRL)]\n- Another paper [[paper](https://arxiv.org/abs/2101.00001)]\n")
    x = extract_source(SourceText("w", "w", text, "", "utf-8", len(text)))
    first = x.entries[0]
    assert [(lk.role, lk.url) for lk in first.links] == [
        ("paper", "https://aclanthology.org/2022.findings-acl.38/"), ("code", "https://github.com/cuhksz-nlp/R2GenRL")]
    assert "broken-link" in {d.code for d in first.diagnostics}
    assert [e.title for e in x.entries] == ["Reinforced Cross-modal Alignment for Radiology Report Generation",
                                            "Another paper"]


def test_link_less_news_lines_are_no_papers():
    """A list of many link-less titles is a reading list (its lines are papers), but not its news:
    neither lines under a "News" heading nor lines dated like news."""
    refs = "".join(f"- A study of topic number {i} in clinical text mining\n" for i in range(8))
    news = "".join(f"- We added twenty new papers about topic number {i}\n" for i in range(8))
    dated = "".join(f"- 2024-0{i + 1}-01 we added twenty new papers about topic {i}\n" for i in range(8))
    text = f"# L\n\n## Readings\n\n{refs}\n## News\n\n{news}\n## Log\n\n{dated}"
    x = extract_source(SourceText("n", "n", text, "", "utf-8", len(text)))
    kinds = {}
    for e in x.entries:
        kinds.setdefault(e.topic[-1].text, set()).add(e.kind)
    assert kinds == {"Readings": {"paper"}, "News": {"other"}, "Log": {"other"}}


def test_links_that_give_no_entry_are_reported():
    """Nothing silently dropped: a paragraph of links that no rule reads as entries gets a
    diagnostic. (A file of bulletless records once gave no entry and no word about why.)"""
    text = ("Papers we liked, see [the tracker](https://example.org/issues) for more.\n\n"
            "Also https://example.org/archive and [old list](https://example.org/old).\n")
    x = extract_source(SourceText("t", "t", text, "", "utf-8", len(text)))
    assert not x.entries
    assert [d.code for d in x.diagnostics] == ["skipped-prose"] and x.diagnostics[0].line == 1


def _from_text(text: str):
    return extract_source(SourceText(path="t.md", name="t", text=text, sha256="", encoding="utf-8", size=len(text))).entries


def test_front_matter_is_page_settings_and_a_leading_rule_is_no_front_matter():
    # a Jekyll page: its settings are no topic and no entry; the list under them is read
    page = _from_text("---\ntitle: Papers\nlayout: page\n---\n\n"
                      "- [Attention U-Net: Learning Where to Look for the Pancreas](https://arxiv.org/abs/1804.03999)\n")
    assert [(e.line, e.kind, e.topic) for e in page] == [(6, "paper", ())]
    # a list that opens with a thematic break holds no YAML mapping between its rules: every line is read
    ruled = _from_text("---\n# Awesome Segmentation\n"
                       "- [Attention U-Net: Learning Where to Look for the Pancreas](https://arxiv.org/abs/1804.03999)\n"
                       "---\n\n- [nnU-Net](https://github.com/MIC-DKFZ/nnUNet)\n")
    assert [(e.line, e.kind, [h.text for h in e.topic]) for e in ruled] == [
        (3, "paper", ["Awesome Segmentation"]), (6, "repository", ["Awesome Segmentation"])]


def test_a_venue_column_headed_by_slashed_venue_words_gives_the_venue_and_a_year_column_stays():
    """"| 会议/期刊 |" (conference/journal) and "| Journal / Conference |" name the venue as "| Venue |" does; a short
    name's row whose venue is read keeps the year its "| 年份 |" column gives (hand-written rows, checked by reading)."""
    text = ("# 论文\n\n| 论文标题 | 会议/期刊 | 论文链接 |\n| --- | --- | --- |\n"
            "| UNETR++: Delving into Efficient and Accurate 3D Medical Image Segmentation | TMI 2024 | "
            "[链接](https://arxiv.org/abs/2212.04497) |\n\n"
            "| Paper | Journal / Conference | Year |\n|---|---|---|\n"
            "| [Graph Priors for Chest CT Reports](https://arxiv.org/abs/2501.00002) | MICCAI | 2025 |\n\n"
            "| 论文 | 期刊 / 会议 | 年份 |\n|---|---|---|\n"
            "| [**VolCap**：Volumetric Captioning of Chest CT](https://arxiv.org/abs/2504.11873) | MICCAI 2025 | 2025 |\n"
            "| **Tomora** | medRxiv | 2025 |\n\n"
            # joined by "or" (会议或期刊, "Conference or Journal"): the same venue column; "Code or Venue" names a
            # column of two kinds, no venue
            "| 标题 | 会议或期刊 | 年份 |\n|---|---|---|\n"
            "| [Deep Priors for Lesion Segmentation](https://arxiv.org/abs/2101.01234) | MICCAI | 2021 |\n\n"
            "| Title | Conference or Journal | Code or Venue |\n|---|---|---|\n"
            "| [Graph Priors for Cell Typing](https://arxiv.org/abs/2101.01235) | Nature Methods | ISBI |\n\n"
            "| Title | Code or Venue |\n|---|---|\n"
            "| [Shape Priors for Organ Delineation](https://arxiv.org/abs/2101.01236) | ISBI |\n")
    assert [(e.title, e.venue, e.year) for e in _from_text(text)] == [
        ("UNETR++: Delving into Efficient and Accurate 3D Medical Image Segmentation", "TMI", 2024),
        ("Graph Priors for Chest CT Reports", "MICCAI", 2025),
        ("VolCap：Volumetric Captioning of Chest CT", "MICCAI", 2025),
        ("Tomora", "medRxiv", 2025),  # (a626bz: a link-less row read as a reference keeps the venue its row states)
        ("Deep Priors for Lesion Segmentation", "MICCAI", 2021),
        ("Graph Priors for Cell Typing", "Nature Methods", None),
        ("Shape Priors for Organ Delineation", None, None),
    ]


def test_a_venue_cell_with_a_track_after_its_year_dates_the_work():
    """"| NeurIPS 2024 D&B |", "| MICCAI 2023 (Oral) |", "| ICLR 2024 Workshop |" under "| Venue |", no date column:
    the year dates the work and the venue keeps its track; a whole reference in the cell ("Nature 2023 15(2):1-9")
    is no venue-and-track (hand-written rows, checked by reading)."""
    text = ("# Papers\n\n| Title | Venue |\n|---|---|\n"
            "| [Deep Priors for Lesion Segmentation](https://arxiv.org/abs/2101.01234) | NeurIPS 2024 D&B |\n"
            "| [Graph Priors for Cell Typing](https://arxiv.org/abs/2101.01235) | MICCAI 2023 (Oral) |\n"
            "| [Shape Priors for Organ Delineation](https://arxiv.org/abs/2101.01236) | ICLR 2024 Workshop |\n"
            "| [Flow Priors for Vessel Tracking](https://arxiv.org/abs/2101.01237) | Nature 2023 15(2):1-9 |\n")
    entries = _from_text(text)
    assert [(e.venue, e.year) for e in entries][:3] == [
        ("NeurIPS D&B", 2024), ("MICCAI (Oral)", 2023), ("ICLR Workshop", 2024)]
    assert entries[3].venue != "Nature 15(2):1-9"
