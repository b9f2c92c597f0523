"""Extraction quality on lists written in dialects the five seeds do not use.

Issue #2 is judged on real lists we never see, by paper F1, paper→own-code pair F1 and
identifier recall. These files (``tests/data/dialects/``) imitate common awesome-list
dialects the seeds lack — bold titles with a backslash-broken author line and a venue line,
Markdown tables with star badges and "-" for no code, Vancouver-style numbered citations with
PMID/PMCID/doi: trailers and a ``Code:`` continuation line, Chinese lists mixing ``**名**：title``,
``论文地址：`` sub-bullets and tables. The later files imitate dialects found while auditing real
medical-ML lists (not committed): paragraphs written as items, tables whose title is not the first
name column, bold venue tags and "et al." tails, venue links before the title, date tags before a
bold title, labelled fields with their own sub-lists, HTML tables with rowspans. Each file was
written, with its expectations, before the fix that makes it pass. The expectations below were
written by reading each file:
one paper per cited work that the line itself is about; a dataset's or project's own line is not
a paper (``OPTIONAL`` lists the works a line cites in passing, which may or may not be counted);
code = the GitHub repository the line gives as that paper's code.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
from rapidfuzz import fuzz

from medkg import citation
from medkg.extract import entry_record, extract_file
from medkg.ids import canonical_repo

DIALECTS = Path(__file__).parent / "data" / "dialects"

# file → [(title, {identifier kind: value}, code repository or None)]
EXPECTED: dict[str, list[tuple[str, dict[str, str], str | None]]] = {
    # audit17: bold-title-then-description-sentence (xaddwell/Awesome-LLM-Agent-Memory): "- **[2025-05-01] Title**
    # Proposes a taxonomy of …  " / "[[Paper](arxiv…)]": a whole title in bold, then a sentence about the work on the
    # same line; the sentence describes the work, never continues its title
    "bold-title-then-description-sentence.md": [
        ("Rethinking Memory Systems for Language Agents: A Taxonomy", {"arxiv": "2505.00675"}, None),
        ("A Survey on the Memory of Tool-Using Language Agents", {"arxiv": "2404.13501"}, None),
        ("Paged Context Management for Long-Running Dialogue Agents", {"arxiv": "2310.08560"}, None),
        ("Episodic Event Memory for Infinite Context Models (EM-LLM)", {"arxiv": "2407.09450"},
         "github.com/example-lab/em-llm"),
    ],
    # audit17: bold-title-venue-year-month (luban-agi/Awesome-Tool-Learning): "- **Title** Preprint 2023.02 <br />" /
    # "*Authors* [[pdf](arxiv…)]": a venue and a year with its month after a bold title, no comma, are its trailer
    "bold-title-venue-year-month.md": [
        ("Toolformer-like Models Teach Themselves to Call External APIs", {"arxiv": "2302.04761"}, None),
        ("Grounded Web Shopping Agents at Scale", {"arxiv": "2207.01206"}, "github.com/example-lab/webshop"),
        ("Interactive Web Search for Long-form Question Answering", {"arxiv": "2305.06849"}, None),
        ("A Survey of Augmented Language Models", {"arxiv": "2302.07842"}, None),
    ],
    # audit17: table-bare-url-paper-column (YHPeter/Awesome-RAG-Evaluation): "| Category | Framework | Webpage | Paper |"
    # with bare URLs in the cells: a paper cell that is only an address names no title; the Framework column does
    "table-bare-url-paper-column.md": [
        ("RAGAs", {"doi": "10.18653/v1/2024.eacl-demo.16"}, "github.com/explodinggradients/ragas"),
        ("RECALL", {"arxiv": "2311.08147"}, None),
        ("ARES", {"arxiv": "2311.09476"}, "github.com/stanford-futuredata/ares"),
        ("CRUD-RAG", {"arxiv": "2401.17043"}, "github.com/iaar-shanghai/crud_rag"),
        ("FiD-Light", {"doi": "10.1145/3539618.3591687"}, None),
    ],
    # audit17: doubled-scheme-url (git-disl/awesome-LLM-game-agent-papers): "[[paper]](http://https://arxiv.org/abs/…)":
    # a scheme typed twice before a full address; the address is the second one, and its identifier counts
    "doubled-scheme-url.md": [
        ("Emergent Gaming Interaction with a Multi-Agent Planner", {"arxiv": "2309.09971"}, None),
        ("Evaluating Multi-agent Coordination Abilities in Large Language Models", {"arxiv": "2310.03903"}, None),
        ("Self-organizing Agents in Open-ended Environments", {"arxiv": "2402.04578"}, "github.com/example-lab/s-agents"),
    ],
    # audit17: plain-title-opening-bold-titled-section (FutureForMe/Chinese_Medical_Natural_Language_Processing_Resources_and_Papers,
    # COLING_Papers): "### 文本生成" / "Title" / "translation" / "论文地址：[url](url)" then "**Title**" / … records: a
    # section's first record written without its bold is a record of its own, not the heading's
    "plain-title-opening-bold-titled-section.md": [
        ("Cross-modal Contrastive Attention Model for Medical Report Generation", {"doi": "10.18653/v1/2022.coling-1.210"}, None),
        ("DeltaNet: Conditional Medical Report Generation for COVID-19 Diagnosis", {"doi": "10.18653/v1/2022.coling-1.261"}, None),
        ("Method Entity Extraction from Biomedical Texts", {"doi": "10.18653/v1/2022.coling-1.207"}, None),
        ("Text-to-Text Extraction and Verbalization of Biomedical Event Graphs", {"doi": "10.18653/v1/2022.coling-1.238"}, None),
        ("A New Public Corpus for Clinical Section Identification: MedSecId", {"doi": "10.18653/v1/2022.coling-1.326"}, None),
        ("RealMedDial: A Real Telemedical Dialogue Dataset Collected from Online Chinese Short-Video Clips",
         {"doi": "10.18653/v1/2022.coling-1.295"}, None),
        # (a lone such record under a later topic heading is one too, the list's earlier sections read as records)
        ("Towards Medical Machine Reading Comprehension with Structural Knowledge and Plain Text",
         {"doi": "10.18653/v1/2020.emnlp-main.111"}, None),
    ],
    # audit17: data-domain-heading-unlinked-paper (yyysjz1997/Awesome-TimeSeries-SpatioTemporal-Diffusion-Model):
    # "## Diffusion Model for Time Series Data" / "* Title, *Working Paper* 2023. [[link](event page)]": a heading
    # whose "data" only names the domain its works address ("Models for … Data", "Papers on Tabular Data") is no
    # data section; a cited work linked to a page that is no article stays a paper ("## Public Data" still lists data)
    "data-domain-heading-unlinked-paper.md": [
        ("Autoregressive Denoising Diffusion Models for Multivariate Probabilistic Time Series Forecasting",
         {"arxiv": "2101.12072"}, "github.com/zalandoresearch/pytorch-ts"),
        ("Graph Convolution Recurrent Denoising Diffusion Model for Multivariate Probabilistic Temporal Forecasting",
         {}, None),
        ("Probabilistic Forecasting of Regional Electricity Load with Score-Based Diffusion", {}, None),
        ("Tabular Anomaly Scoring with Denoising Diffusion", {}, None),
    ],
    # audit17: venue-tag-title-linked-to-its-labelled-code (UnHans/Awesome-Graph-Structure-Learning-Papers): "- [NIPS
    # 2023][Title](github.com/o/r) summary.[[Code](github.com/o/r)]": among a section of papers, a title linked to the
    # very repository the list labels as its code names the paper, the repository its code
    "venue-tag-title-linked-to-its-labelled-code.md": [
        ("Spectral Rewiring of Sparse Graphs for Node Classification", {}, "github.com/example-lab/spectral-rewire"),
        ("Learning Edge Weights for Heterophilous Graph Neural Networks", {}, "github.com/example-lab/hetero-edges"),
        ("Curriculum Learning for Graph Neural Networks: Which Edges Should We Learn First", {},
         "github.com/example-lab/curriculum-gnn"),
        ("Progressive Structure Refinement with Influential Nodes", {"doi": "10.1145/3580305.3599999"},
         "github.com/example-lab/prose-like"),
        ("Reconstructing Structure for Graph-agnostic Clustering Under Heterophily", {}, "github.com/example-lab/dgcn-like"),
    ],
    # audit17: bold-title-venue-year-workshop-qualifier (ChandlerBang/awesome-graph-attack-papers): "1. **Title.** ICML 2019
    # Workshop. [[paper]](…)": a venue and year qualified by the track ("workshop", "(Oral)") after a bold title are
    # its trailer, no part of the title
    "bold-title-venue-year-workshop-qualifier.md": [
        ("Certified Robustness of Graph Classifiers to Edge Flips", {"arxiv": "1910.11111"}, None),
        ("Latent Adversarial Training of Graph Convolution Networks", {}, None),
        ("Batch Virtual Adversarial Training for Graph Convolutional Networks", {"arxiv": "1902.22222"}, None),
        ("Robust Node Embeddings under Structural Noise", {"arxiv": "2001.33333"}, None),
    ],
    # audit17: genre-tag-before-slide-links (songjiang0909/awesome-knowledge-graph-construction): "\t* (Slide) [Relation
    # Extraction 1](…/slides/….pdf)" under a course's line: the bracketed word labels the link as "Slides:" would; a
    # lecture's slides are no paper, though a PDF
    "genre-tag-before-slide-links.md": [
        ("Neural Open Information Extraction", {"arxiv": "1805.04270"}, None),
        ("COMET: Commonsense Transformers for Automatic Knowledge Graph Construction", {"arxiv": "1906.05317"}, None),
    ],
    # audit17: byline-subbullet-with-affiliation (songjiang0909/awesome-knowledge-graph-construction): "* Title [[paper]](…)"
    # / "\t* A B, C D, Jamie Taylor (Metaweb Technologies, Inc)" / "\t* SIGMOD'08": the byline sub-bullet, its last
    # author and the lab in brackets, is no reference of its own (its "title" was "Jamie Taylor (Metaweb …)")
    "byline-subbullet-with-affiliation.md": [
        ("Freebase-like: a collaboratively created graph database for structuring knowledge", {}, None),
        ("Yago-like: A Core of Semantic Knowledge", {}, None),
        ("PROSPERA-like: Scalable knowledge harvesting with high precision and high recall", {}, None),
        ("Neural Open Information Extraction", {"arxiv": "1805.04270"}, None),
    ],
    # audit17: table-year-column-links-ragged-rows (Aidenzich/road-to-master studies/recsys): "| [Title](acm…) | SIGIR |
    # ['22](sigir.org/…/accepted/) | - |" under "Title | Venue | Year | Code | Review": a row that leaves its last cell
    # off keeps its year link under Year (not Code); "['18](dl.acm.org/doi/proceedings/10.5555/…)" is the proceedings
    # volume, no second paper of the row
    "table-year-column-links-ragged-rows.md": [
        ("Item Co-learning for Sequential Recommendation", {"doi": "10.1145/3477495.3531111"}, "github.com/example/ipsrec-like"),
        ("Progressive Attention with Asymmetric Positions for Sequential Recommendation", {"doi": "10.1145/3477495.3532222"}, None),
        ("Bias Mitigation for Ranking via Sequential Decisions", {}, None),
        ("A Spatial-temporal Embedding Framework for Next-item Prediction", {"doi": "10.1145/3477495.3533333"}, None),
        ("Variational Autoencoders for Implicit Collaborative Filtering", {"doi": "10.1145/3178876.3184444"}, "github.com/example/vae-cf"),
        ("Bidirectional Transformers for Sequential Recommendation Revisited", {"arxiv": "1904.06690"}, "github.com/example/bert4rec-like"),
    ],
    # audit17: introduction-or-review-articles-heading (XiaoleiZ/awesome-list-machine-learning-healthcare): "## Introduction
    # or Review articles" / "[Title](nature…)": a heading that opens with "Introduction" (or "Background", "Overview")
    # but names works lists the works that introduce the field, it is no section about the list itself
    "introduction-or-review-articles-heading.md": [
        ("A primer on deep learning in genomics", {"doi": "10.1038/s41588-018-0295-5"}, None),
        ("A guide to deep learning in healthcare", {"doi": "10.1038/s41591-018-0316-z"}, None),
        ("Scalable and accurate deep learning with electronic health records", {"doi": "10.1038/s41746-018-0029-1"}, None),
    ],
    # audit17: ieee-xplore-journal-home-pages (Duoduo-Qian/Medical-image-registration-Resources): "[**TMI**](ieeexplore.
    # ieee.org/xpl/RecentIssue.jsp?punumber=42) : IEEE Transactions on Medical Imaging": IEEE Xplore's page of a journal
    # or a conference names the venue, no article
    "ieee-xplore-journal-home-pages.md": [
        ("Deformable medical image registration: A survey", {}, None),
        ("Deep learning in medical image registration: a survey", {"arxiv": "1903.02026"}, None),
    ],
    # audit17: ieee-initials-author-lost-surname (Duoduo-Qian/Medical-image-registration-Resources): "L. Liu, X. Hu, L. Z.
    # B, and P. Heng, *Title*. Springer …": an author reduced to initials (the LNCS envelope mark read as a letter) is
    # one of the names between "I. Surname" names; the reference is titled by its title, not "L"
    "ieee-initials-author-lost-surname.md": [
        ("Probabilistic Multilayer Regularization Network for Unsupervised 3D Brain Image Registration", {}, None),
        ("Fast and Accurate Electron Microscopy Image Registration with 3D Convolution", {}, None),
        ("TopAwaRe : Topology-Aware Registration", {}, None),
        ("Cross-modal affine alignment of prostate MRI and ultrasound", {}, None),
    ],
    # audit17: survey-comparison-table-category-columns (JianJinglin/awesome-agentic-AIScientists "Comparison with
    # Related Surveys"): "| Paper | Taxonomy | … | Method | … |" / "| [Okafor et al. (2024)](arxiv…) | … | Infer. only |":
    # a name-like column whose values repeat down the table ("Infer. only", "✗") sorts the rows, it names none of
    # them; the paper cell's byline stays the row's title
    "survey-comparison-table-category-columns.md": [
        ("Okafor et al.", {"arxiv": "2401.04512"}, None),
        ("Lindqvist et al.", {"arxiv": "2503.07731"}, None),
        ("Haddad et al.", {"arxiv": "2502.11873"}, None),
        ("Brandt et al.", {"arxiv": "2504.09921"}, None),
        ("Tanaka et al.", {"doi": "10.18653/v1/2025.emnlp-main.812"}, None),
        ("Marques et al.", {"arxiv": "2508.13307"}, None),
    ],
    # audit17: proquest-article-links (JianJinglin/awesome-agentic-AIScientists): "[Title](proquest.com/
    # scholarly-journals/…/docview/3153791278/se-2)": a ProQuest document page (a journal article, a thesis) is the
    # page of one work, as any scholarly index's is; ProQuest's home page stays a website
    "proquest-article-links.md": [
        ("Generation of Rational Drug-like Molecular Structures Through a Multiple-Objective Reinforcement Learning "
         "Framework", {}, None),
        ("Deep learning for clinical outcome prediction in intensive care", {}, None),
        ("Graph neural networks for protein function annotation", {}, None),
        ("Federated learning across hospital networks", {}, None),
    ],
    # audit17: paren-journal-name-year-closing-link-title (XiaomingX/indie-hacker-tools-plus awesome-drug-discovery-dl):
    # "[**AI in Drug Discovery (Nature 2023 Review)**](nature…)": a spelt-out journal name and its year (and the kind
    # of paper) close the link text; they are its venue and year, not its title. "(since 2019)" stays in the title.
    "paren-journal-name-year-closing-link-title.md": [
        ("AI in Drug Discovery", {"doi": "10.1038/s41573-023-00713-z"}, None),
        ("Drug-Drug Interaction Prediction", {}, None),
        ("Adverse drug events from clinical notes", {"doi": "10.1038/s41591-022-01981-2"}, None),
        ("Repurposing drugs with knowledge graphs", {"doi": "10.1038/s41467-024-45678-x"},
         "github.com/example-lab/kg-repurpose"),
        ("Toxicity prediction for the Tox21 task (since 2019)", {"arxiv": "2101.01234"}, None),
        ("ADMET graph transformer", {"arxiv": "2206.01234"}, None),
    ],
    # audit17: "[Topol EJ. Title. Nat Med 2019](…)": a link text that is a whole reference by one Vancouver-style
    # author is titled by its title, as one by several authors is
    "single-author-vancouver-link-reference.md": [
        ("High-performance medicine: the convergence of human and artificial intelligence",
         {"doi": "10.1038/s41591-018-0300-7"}, None),
        ("Do no harm: a roadmap for responsible machine learning for health care",
         {"doi": "10.1038/s41591-019-0548-6"}, None),
        ("On the Prospects for a (Deep) Learning Health Care System", {}, None),
        ("Evaluating Artificial Intelligence Applications in Clinical Settings", {}, None),
        ("Deep Learning — A Technology With the Potential to Transform Health Care", {}, None),
        ("Translating Artificial Intelligence Into Clinical Care", {}, None),
    ],
    # audit17: "| Clinical task | Reference |" / "| Polyp detection | [Wang et al. Gut (2019)](…) |": a column that
    # classifies the row (its task, category, topic) names no work; the reference cell's byline (its year cut off, as a title's is) stays the title
    "task-column-author-venue-reference.md": [
        ("Abramoff et al. npj Digit. Med.", {"doi": "10.1038/s41746-018-0040-6"}, None),
        ("Wang et al. Gut", {}, None),
        ("Adams et al. Nature Medicine", {"doi": "10.1038/s41591-022-01894-0"}, None),
        ("Attia et al. Lancet", {}, None),
        ("McKinney et al. Nature", {"doi": "10.1038/s41586-019-1799-6"}, None),
        ("Wong et al. JAMA Network Open", {}, None),
    ],
    # audit17: a device catalogue ("### 1. **IDx-DR**" / "**Key Features:**" / "- Autonomous detection of …"): the
    # bullets under a bold "Key Features" / "Use Cases" label are the item's properties, not link-less references
    "device-catalogue-key-features.md": [
        ("Pivotal trial of an autonomous AI-based diagnostic system for detection of diabetic retinopathy in "
         "primary care offices", {"doi": "10.1038/s41746-018-0040-6"}, None),
        ("Utility of a Deep-Learning Algorithm to Guide Novices to Acquire Echocardiograms for Limited Diagnostic "
         "Use", {}, None),
    ],
    # audit17: a tool or database line "[[Name](url)] - [lang, version] - [year, _Venue_] - [[Full article title.](doi)]"
    # presents the article by its full title: the entry is that paper, the name's repository its code; a
    # "[paper-2019](…)" / "[Bioinf. paper](…)" label on a tool's line does not make a paper of the tool
    "tool-line-with-titled-article-link.md": [
        ("SeqSorter: fast and accurate demultiplexing of long amplicon reads", {"doi": "10.1093/bioinformatics/btab123"},
         "github.com/example-lab/seqsorter"),
        ("TaxaFlow: probabilistic taxonomic assignment for marker gene surveys", {"doi": "10.1038/s41592-020-0001-x"}, None),
        ("MiniBin recovers genomes from complex metagenomes", {"doi": "10.1186/s13059-022-02600-1"},
         "github.com/example-lab/minibin"),
        ("RiboRef: a curated reference database of ribosomal RNA genes", {"doi": "10.1093/nar/gkad700"}, None),
    ],
    # audit47: hard-wrapped-lone-reference-paragraph (Kasandra2412/group_1_repo biologist2.md): a notes file's lone
    # citation laid out with trailing-space hard breaks ("Authors (2019). *Title.*  " / "*Journal, 15*(6), e8746.  " /
    # "[DOI Link](…)"), alone in its section, is the work it cites, as the same reference on one line is; a wrapped
    # paragraph of prose whose link runs on inside a line stays prose
    "hard-wrapped-lone-reference-paragraph.md": [
        ("Current best practices in single-cell RNA-seq analysis: a tutorial", {"doi": "10.15252/msb.20188746"}, None),
        ("Deep learning: new computational modelling techniques for genomics", {"doi": "10.1038/s41576-019-0122-6"}, None),
    ],
    # audit17: bold-title-stop-then-italic-journal (hzmaxwell/academicpages.github.io "CNS on Single-Cell Analysis"):
    # "- **Title.** *Nature Methods*": a link-less item whose bold title closes with its own stop, then only the
    # journal (emphasised, no year) is a reference to a paper, the journal its venue, not an author nor the title's
    "bold-title-stop-then-italic-journal.md": [
        ("Contrastive embedding of cell states across donors and assays", {}, None),
        ("A variational model of spatial gene expression in tissue sections", {}, None),
        ("Decoding regulatory grammar from chromatin accessibility with attention", {}, None),
        ("Benchmarking batch correction for atlas-scale integration", {}, None),
        ("Lineage recording with base editors in developing embryos", {}, None),
    ],
    # audit17: code-column-holding-paper-links (234Darling/Alzheimer-s-Disease-Diagnosis…): "| Title | … | Code | … |"
    # whose Code cell holds "[Github](github…)" when there is code, else the paper's own bare address
    # ("https://ieeexplore.ieee.org/document/…"): a paper's page is the paper's link, never its code
    "code-column-holding-paper-links.md": [
        ("Vocal Biomarkers of Parkinson's Disease with Self-Supervised Speech Encoders", {},
         "github.com/voicepd/vocal-biomarkers"),
        ("Dysphonia Severity Estimation from Sustained Vowels Using Gradient Boosting", {}, None),
        ("Gait and Voice Fusion for Early Parkinson's Screening in Primary Care", {}, None),
        ("Tremor Spectrogram Transformers for Parkinson's Disease Staging", {"pmid": "38123456"}, None),
        ("Handwriting Dynamics Reveal Early Motor Decline in Parkinson's Disease", {}, "github.com/penlab/handwriting-pd"),
        ("Contrastive Pretraining on Smartphone Sensor Streams for Parkinson's Monitoring", {"arxiv": "2501.04567"}, None),
    ],
    # audit17: topic-bullets-under-research-areas-heading (atikuzzaman524/Awesome-Breast-Cancer): "## Research Areas" /
    # "- Federated learning for privacy-preserving medical AI", "## Research Directions" / "- …": the list's topics,
    # link-less and title-like, are no references however few papers the list links
    "topic-bullets-under-research-areas-heading.md": [
        ("Early Prediction of Sepsis From Clinical Data: The PhysioNet/Computing in Cardiology Challenge 2019",
         {"doi": "10.1097/ccm.0000000000004145"}, None),
        ("The Artificial Intelligence Clinician learns optimal treatment strategies for sepsis in intensive care",
         {"doi": "10.1038/s41591-018-0213-5"}, None),
    ],
    # audit17: journal-home-pages-under-journals-heading (gcappon/awesome-diabetes-software): "* [Journal of Diabetes
    # Science and Technology](https://journals.sagepub.com/home/dst) - …": SAGE's journal home page names the venue
    "journal-home-pages-under-journals-heading.md": [
        ("Deep Multi-Output Forecasting: Learning to Accurately Predict Blood Glucose Trajectories",
         {"doi": "10.1145/3219819.3220102"}, None),
        ("Fear of Hypoglycemia and Diabetes Distress: Expected Reduction by Glucose Prediction",
         {"doi": "10.1177/19322968241267886"}, None),
    ],
    # audit17: kramdown-markdown-html-paper-box (lin-tianyu.github.io, wentianzhang-ml.github.io _pages/about.md): the
    # AcadHomepage "<div class='paper-box-text' markdown=\"1\">" with no blank line after it, then "### Title<br>" /
    # "<font size=\"2\">" / authors / "</font>" / links: kramdown reads the box as Markdown, CommonMark kept it raw HTML;
    # links commented out ("<!-- [arXiv](…) -->") are no links of the box
    "kramdown-markdown-html-paper-box.md": [
        ("Decoupled Mixup for Out-of-Distribution Visual Recognition", {"arxiv": "2210.14783"},
         "github.com/HaozheLiu-ST/NICOChallenge-OOD-Classification"),
        ("Stable Diffusion Segmentation for Biomedical Images with Single-step Reverse process",
         {"doi": "10.1007/978-3-031-72111-3_62", "arxiv": "2406.18361"}, "github.com/lin-tianyu/Stable-Diffusion-Seg"),
        ("Two-Stage Model Enhancing Medical Image Segmentation with Latent Diffusion Priors", {}, None),
    ],
    # audit17: shields-badge-default-alt-links (lin-tianyu.github.io): "[![Static Badge](…shields.io/badge/_-arxiv-gray…)](arxiv…)"
    # / "[![GitHub Repo stars](…shields.io/github/stars/o/r?label=Code)](github…)": shields.io's default alt says nothing;
    # the text the badge shows (a blank label's message, a "label=" parameter) names the link, so a line of them is links
    "shields-badge-default-alt-links.md": [
        ("Text-driven Tumor Synthesis", {"arxiv": "2412.18589"}, "github.com/MrGiovanni/TextoMorph"),
        ("ScaleMAI: Accelerating the Development of Trusted Datasets and AI Models", {"arxiv": "2501.03410"},
         "github.com/MrGiovanni/ScaleMAI"),
        ("PGP-SAM: Prototype-Guided Prompt Learning for Efficient Few-Shot Medical Image Segmentation",
         {"arxiv": "2501.06692"}, "github.com/PRIS-CV/PGP-SAM"),
        ("A priority-guided contrastive network for delineating vascular layers in arterial ultrasound",
         {"doi": "10.1016/j.eswa.2025.126717"}, None),
    ],
    # audit44: a list item whose title-cased title is hard-wrapped (breaks before capitalised words) ahead of its [[paper]] link
    "title-cased-wrap-before-paper-label.md": [
        ("PnP-AdaNet: Plug-and-Play Adversarial Domain Adaptation Network with a Benchmark at Cross-modality Cardiac Segmentation", {"arxiv": "1812.07907"}, None),
        ("Unsupervised Bidirectional Cross-Modality Adaptation via Deeply Synergistic Image and Feature Alignment for Medical Image Segmentation", {"arxiv": "2002.02255"}, None),
        ("MSRF-Net: A Multi-Scale Residual Fusion Network for Biomedical Image Segmentation", {"arxiv": "2105.07451"}, "github.com/noviceman-prog/msrf-net"),
        # the line under a whole title that is its venue tag or its byline is no wrap of the title
        ("Cold-Start Active Learning for Image Classification", {"arxiv": "2201.07200"}, None),
        ("The Role of Local Alignment and Uniformity in Image-Text Contrastive Learning on Medical Images",
         {"arxiv": "2211.07254"}, None),
    ],
    # audit17: tag-led-title-over-note-bullets (XTxiatong/PaperArxiv "ECG models.md"): "[JBHI-2024] Title" as a
    # link-less line right over "- https://arxiv…" / "- Architecture: …" / "- Code: [github](…)": one record per
    # tagged line, the words after the tag its title, the bullets its links and notes (not entries of their own)
    "tag-led-title-over-note-bullets.md": [
        ("Continuous Blood Pressure Estimation From Wrist Photoplethysmography", {"arxiv": "2406.11111"}, None),
        ("A Recurrent Architecture for Stress Detection from Wearable ECG", {"doi": "10.1145/3460421.3480000"}, None),
        ("Scaling Self-Supervised Learning on Ambulatory ECG Recordings", {},
         "github.com/example-lab/ambulatory_ecg_ssl"),
        ("Foundation models for ICU vitals", {"arxiv": "2407.22222"}, None),
        ("Zero-Shot Sepsis Onset Prediction with Multimodal Pretraining", {}, None),
    ],
    # audit17: authors-then-bold-title-one-line (WuZhuoran/awesome-gaze): "* Kang Wang, Rui Zhao, Qiang Ji. **Title**
    # [PDF](…) [Code](…)": the authors, a stop, then the bold title on the same line; the bold text is the title (the
    # authors ran into it, and "James M. Rehg." once cut the title down to "Rehg")
    "authors-then-bold-title-one-line.md": [
        ("A Review and Analysis of Eye-Gaze Estimation Systems, Algorithms and Performance Evaluation Methods in Consumer "
         "Platforms", {}, None),
        ("In the Eye of the Beholder: A Survey of Models for Eyes and Gaze", {}, None),
        ("In the Eye of Beholder: Joint Learning of Gaze and Actions in First Person Video", {}, None),
        ("Deep Pictorial Gaze Estimation", {"arxiv": "1807.10002"}, "github.com/swook/GazeML"),
        ("Appearance-Based Gaze Estimation via Evaluation-Guided Asymmetric Regression", {}, None),
        ("Predicting Gaze in Egocentric Video by Learning Task-Dependent Attention Transition", {"arxiv": "1803.09125"},
         "github.com/hyf015/egocentric-gaze-prediction"),
    ],
    # audit17: labelled-code-link-sibling-bullet (denev6/ADHD-EEG-ViT docs/NOTE.md): "- [Title](arxiv…)" /
    # "- [Github: owner/repo](github…)": a bullet that is only a link labelled as code (a "Github: name" label too),
    # right after a bullet citing a paper, is that paper's code, not a repository entry of its own
    "labelled-code-link-sibling-bullet.md": [
        ("Thought2Text: Text Generation from EEG Signal using Large Language Models (LLMs)", {"arxiv": "2410.07507"},
         "github.com/abhijitmishra/Thought2Text"),
        ("EEG-GPT: Exploring Capabilities of Large Language Models for EEG Classification and Interpretation",
         {"arxiv": "2401.18006"}, "github.com/example-lab/eeg-gpt"),
        ("ViT2EEG: Leveraging Hybrid Pretrained Vision Transformers for EEG Data", {"arxiv": "2308.00454"}, None),
        ("Deep Learning for EEG Seizure Detection in Children", {"doi": "10.1016/j.example.2023.104512"}, None),
    ],
    # audit17: numbered-notes-bare-repo-sub-bullet (alexkandr/diploma notes/articles.md): "1. [Title](arxiv…)" /
    # "    - https://github.com/owner/Repo/": a reading note's sub-bullet that is a repository's bare URL alone is the
    # paper's code; "1. [Title]()" over such a sub-bullet is still a paper (its link left for later), not a repository
    "numbered-notes-bare-repo-sub-bullet.md": [
        ("Benchmarking learned algorithms for computed tomography image reconstruction tasks", {"arxiv": "2412.08350"},
         "github.com/CambridgeCIA/LION"),
        ("Benchmarking deep learning-based low-dose CT image denoising algorithms", {}, "github.com/eeulig/ldct-benchmark"),
        ("Learned Primal-dual Reconstruction", {"arxiv": "1707.06474"}, "github.com/adler-j/learned_primal_dual"),
        ("Quantitative Comparison of Deep Learning-Based Image Reconstruction Methods for Low-Dose and Sparse-Angle CT "
         "Applications", {}, None),
        ("CT image denoising methods for image quality improvement and radiation dose reduction",
         {"doi": "10.1002/acm2.14270"}, None),
    ],
    # audit17: method-zoo-table-acronym-venue-tag (yhao-z/UnrollingNets-dMRI): "| DCCNN (TMI 2017) | [Link](paper) |
    # [Link](github…) |": a one-word method name tagged with an acronym venue and a four-digit year names the paper;
    # the bracket is its venue and year, not part of the title (as it is not after a longer title)
    "method-zoo-table-acronym-venue-tag.md": [
        ("JotlasNet", {}, "github.com/yhao-z/JotlasNet"),
        ("SLR_Net", {}, "github.com/Keziwen/SLR-Net"),
        ("ISTA_Net", {}, "github.com/jianzhangcs/ISTA-Net"),
        ("DCCNN", {}, "github.com/js3611/Deep-MRI-Reconstruction"),
        ("KIKI-net", {"doi": "10.1002/mrm.27201"}, "github.com/example-lab/kiki-net"),
    ],
    # audit17: code-span-venue-tag-before-project-link (WeixiongLin/me, an acad-homepage "pub.md"): "- ``MICCAI 2023``
    # [Title](project page), authors \\| [![stars](…)](github…)": the code span before the linked title only tags its
    # venue; the link's text is the title even when the link goes to a project page and not to the paper
    "code-span-venue-tag-before-project-link.md": [
        ("PMC-CLIP: Contrastive Language-Image Pre-training Using Biomedical Documents", {},
         "github.com/WeixiongLin/PMC-CLIP"),
        ("Towards Generalist Report Writers for Chest Radiographs", {}, "github.com/example-lab/report-writer"),
        ("Grounded Visual Question Answering on Knee MRI", {}, "github.com/example-lab/knee-vqa"),
        ("PMC-LLaMA: toward building open-source language models for medicine", {"doi": "10.1093/jamia/ocae045"},
         "github.com/chaoyi-wu/PMC-LLaMA"),
        ("PMC-VQA: Visual Instruction Tuning for Medical Visual Question Answering", {"arxiv": "2305.10415"}, None),
    ],
    # audit17: literature-tracker-with-search-log-table (a review's corpus tracker, no link anywhere): "| S001 | PubMed |
    # deep learning fundus … screening validation | … |" and "| CAT001 | Screening accuracy of … |" rows beside a
    # "Paper Inventory" of "| P001 | PMID:… | Gulshan | 2016 | Title | JAMA | 10.1001/… |": the queries and the
    # categories are no references, the inventory's rows are
    "literature-tracker-with-search-log-table.md": [
        ("Development and Validation of a Deep Learning Algorithm for Detection of Diabetic Retinopathy in Retinal "
         "Fundus Photographs", {"pmid": "27898976", "doi": "10.1001/jama.2016.17216"}, None),
        ("Clinically applicable deep learning for diagnosis and referral in retinal disease",
         {"pmid": "30104768", "doi": "10.1038/s41591-018-0107-6"}, None),
        ("Development and Validation of a Deep Learning System for Diabetic Retinopathy and Related Eye Diseases Using "
         "Retinal Images From Multiethnic Populations With Diabetes", {"pmcid": "PMC5820363", "doi": "10.1001/jama.2017.18152"},
         None),
    ],
    # audit17: identifier-column-bare-values (literature tables of review companions, "| # | PMID | Authors | Year |
    # Journal | Title |" rows with "27898976", "| Title | arXiv | Year |" with "1911.01376"): the column header names
    # what the bare value in its cell is, as "PMID: 27898976" or "arXiv:1911.01376" written in the cell would
    "identifier-column-bare-values.md": [
        ("Development and Validation of a Deep Learning Algorithm for Detection of Diabetic Retinopathy in Retinal "
         "Fundus Photographs", {"pmid": "27898976"}, None),
        ("Development and Validation of a Deep Learning System for Diabetic Retinopathy and Related Eye Diseases",
         {"pmid": "29234807"}, None),
        ("Clinically applicable deep learning for diagnosis and referral in retinal disease", {"pmid": "30104768"}, None),
        ("CANet: Cross-disease Attention Network for Joint Diabetic Retinopathy and Diabetic Macular Edema Grading",
         {"arxiv": "1911.01376"}, None),
        ("Zoom-in-Net: Deep Mining Lesions for Diabetic Retinopathy Detection", {"arxiv": "1706.04372"}, None),
    ],
    # audit17: banner-tagline-heading-over-sections (zhiruiluo/awesome-medical-vlm-data): "<div align=center>" /
    # "# Title" / "### A … layer for medical … datasets and benchmarks." / "## Section": the deeper heading right under
    # the page's title (a centred banner before it) is the list's tagline, not a work noted by its title
    "banner-tagline-heading-over-sections.md": [
        ("MedMCQA: A Large-scale Multi-Subject Multi-Choice Dataset for Medical domain Question Answering",
         {"arxiv": "2203.14371"}, "github.com/medmcqa/medmcqa"),
        ("PubMedQA: A Dataset for Biomedical Research Question Answering", {"arxiv": "1909.06146"},
         "github.com/pubmedqa/pubmedqa"),
        ("MedAlpaca -- An Open-Source Collection of Medical Conversational AI Models and Training Data",
         {"arxiv": "2304.08247"}, "github.com/kbressem/medAlpaca"),
    ],
    # audit17: bracketed-bare-venue-link-paragraphs (Awesome-Image-Registration-Organization/awesome-image-
    # registration): "[[AAAI](ojs.aaai.org/…)] Title. [[Code](…)]" paragraphs under year headings: the bracketed
    # venue (no year) links the paper and is no title; the text after it is, even alone under its "## 2020"
    "bracketed-bare-venue-link-paragraphs.md": [
        ("Fourier-Net: Fast Image Registration with Band-Limited Deformation", {}, None),
        ("MURF: Mutually Reinforcing Multi-Modal Image Registration and Fusion", {}, None),
        ("GSMorph: Gradient Surgery for Cine-MRI Cardiac Deformable Registration",
         {"doi": "10.1007/978-3-031-43999-5_58"}, "github.com/wulalago/GSMorph"),
        ("Occluded Gait Recognition via Silhouette Registration Guided by Automated Occlusion Degree Estimation",
         {}, None),
        ("DiffuseMorph: Unsupervised Deformable Image Registration Using Diffusion Model",
         {"doi": "10.1007/978-3-031-19821-2_20"}, "github.com/diffusemorph/diffusemorph"),
        ("Learning multiview 3D point cloud registration", {"arxiv": "2001.05119"},
         "github.com/zgojcic/3D_multiview_reg"),
    ],
    # audit17: pandoc-csl-byline-wrapped-references (FCP-INDI/awesoMRI-QC): a pandoc bibliography wrapped at 72
    # columns, the author list cut on a comma or "&": the first line is byline, the title follows the year
    "pandoc-csl-byline-wrapped-references.md": [
        ("MRIQC: Advancing the automatic prediction of image quality in MRI from unseen sites",
         {"doi": "10.1371/journal.pone.0184661"}, None),
        ("Magnetic resonance imaging quality control, quality assurance and quality improvement",
         {"doi": "10.1007/s00247-021-05043-6"}, None),
    ],
    # audit17: summary-fold-role-field-list (MaybeBio/Awesome-Protein-ContactMap-Prediction): "<details>" /
    # "<summary>Tool</summary>" / "- **Paper:** [Title](…) (Venue, Year)" / "- **Code:** https://github…" / "</details>":
    # the fold's field list is one record (the paper with its code), not one entry per field
    "summary-fold-role-field-list.md": [
        ("Highly accurate protein structure prediction with AlphaFold", {"doi": "10.1038/s41586-021-03819-2"},
         "github.com/google-deepmind/alphafold"),
        ("Efficient and accurate prediction of protein structure using RoseTTAFold2",
         {"doi": "10.1101/2023.05.24.542179"}, "github.com/uw-ipd/RoseTTAFold2"),
        ("HelixFold-Multimer: Elevating Protein Complex Structure Prediction to New Heights",
         {"arxiv": "2404.10260"}, None),
    ],
    # audit17: bold-bracket-venue-tag-paragraphs (conghao0905/awesome-brain-decode): "**[`arXiv 2023`]**[Title](…)",
    # paragraphs or bullets: the bold bracketed venue-and-year tag is no title; the link's text is
    "bold-bracket-venue-tag-paragraphs.md": [
        ("Reconstructing the Mind's Eye: fMRI-to-Image with Contrastive Learning and Diffusion Priors",
         {"arxiv": "2305.18274"}, None),
        ("Seeing Beyond the Brain: Conditional Diffusion Model with Sparse Masked Modeling for Vision Decoding",
         {"arxiv": "2211.06956"}, None),
        ("Perceived Image Decoding from Brain Activity Using Shared Information of Multi-subject fMRI Data", {}, None),
        ("Semantic reconstruction of continuous language from non-invasive brain recordings",
         {"doi": "10.1101/2022.09.29.509744"}, None),
        ("Brains and algorithms partially converge in natural language processing",
         {"doi": "10.1038/s42003-022-03036-1"}, None),
    ],
    # audit17: labelled-bare-code-bullet-after-paragraph (conghao0905/awesome-brain-decode): "[Title](…)" / blank /
    # "- [code] *https://github.com/…*": a one-bullet list labelling a bare URL as code notes on the paragraph above
    # (a "[page]" bullet stays a link of its own)
    "labelled-bare-code-bullet-after-paragraph.md": [
        ("Cinematic Mindscapes: High-quality Video Reconstruction from Brain Activity", {"arxiv": "2305.11675"},
         "github.com/jqin4749/MindVideo"),
        ("Brain2Pix: Fully convolutional naturalistic video reconstruction from brain activity",
         {"doi": "10.1101/2021.02.02.429430"}, "github.com/neuralcodinglab/brain2pix"),
        ("A Penny for Your (visual) Thoughts: Self-Supervised Reconstruction of Natural Movies from Brain Activity",
         {"arxiv": "2206.03544"}, None),
        ("Neural encoding and decoding with deep learning for dynamic natural vision", {"arxiv": "1608.03425"}, None),
    ],
    # audit17: quoted-field-list-after-item (abdrysdale/mri-tools, generated from repos.toml): "- [tool](github…)"
    # right over a quote of field bullets ">- Languages: …" / ">- License: …" / ">- Tags: …" / ">- A description":
    # the quote is the item's fields and description, no entries of their own (a description such as "Multi Modal
    # Acquisition Software, Which Allows Individualizable, Modular …" read alone looked like "Authors, Title")
    "quoted-field-list-after-item.md": [
        ("Deep learning for undersampled MRI reconstruction", {"arxiv": "1709.02576"}, None),
    ],
    # audit17: heading-record-field-bullets (yh13142675890-blip/pubmed-daily, a PubMed bot's digest): "#### [A] Title."
    # over "- PMID: …" / "- 期刊: …" / "- DOI: …" / "- PubMed: https://pubmed…": the heading is the work, the bullets
    # its fields (the record link labelled "PubMed:" too), the "[A]" priority tag no part of the title
    "heading-record-field-bullets.md": [
        ("Surgical treatment of cavernoma-related epilepsy", {"pmid": "25968926"}, None),
        ("T1-weighted volumetric subtraction imaging in MRI-guided laser interstitial thermal therapy for cerebral "
         "cavernous malformations: A technical note", {"pmid": "42697000", "doi": "10.1016/j.neurad.2026.101600"}, None),
        ("Residual brain AVMs after surgical resection: A literature review of causes and treatment considerations",
         {"pmid": "38549760", "doi": "10.1016/j.wnsx.2024.100366"}, None),
    ],
    # audit17: linked-title-long-venue-byline (zx-pan/Awesome-rPPG): "- [Title](url) (ABBR)" over a sub-bullet
    # "  - G de Haan et al, Physiological Measurement, 2014" / "… et al, IEEE Transactions on … (TPAMI), 2024":
    # the byline (name particle, a journal's full name) is the linked work's, no work of its own
    "linked-title-long-venue-byline.md": [
        ("Improved motion robustness of remote-PPG by using the blood volume pulse signature",
         {"doi": "10.1088/0967-3334/35/9/1913"}, None),
        ("Contrast-Phys+: Unsupervised and Weakly-supervised Video-based Remote Physiological Measurement via "
         "Spatiotemporal Contrast", {}, "github.com/zhaodongsun/contrast-phys"),
        ("Near-Infrared Imaging Photoplethysmography During Driving", {}, None),
    ],
    # audit28dc: lead-in-clause-bullets (mahmoudibrahim98/Generative-Models-for-Medical-Data-Synthesis): a README's
    # "…, including:" / "This repository is structured to:" / "You can contribute by:" over link-less bullets that
    # finish the sentence ("- Provide **easy access** to the papers …"): clauses, no references
    "lead-in-clause-bullets.md": [
        ('FedHealth: A Federated Transfer Learning Framework for Wearable Healthcare', {'arxiv': '1907.09173'}, None),
        ('PATE-GAN: Generating Synthetic Data with Differential Privacy Guarantees', {}, 'github.com/vanderschaarlab/synthcity'),
    ],
    # audit28dc: architecture-column-paper-link-table (mahmoudibrahim98/Generative-Models-for-Medical-Data-Synthesis):
    # a survey's table "| Type | Application | Architecture | [Paper Link](…) | [Code Link](…) |" names each work by its
    # architecture; the first column is its family ("GAN", "DM"), no name
    "architecture-column-paper-link-table.md": [
        ('Region-Disentangled Diffusion Model (RDDM)', {'arxiv': '2308.13568'}, 'github.com/DebadityaQU/RDDM'),
        ('SSSD-ECG', {'doi': '10.1016/j.compbiomed.2023.107115'}, 'github.com/AI4HealthUOL/SSSD-ECG'),
        ('image-based:TTS-GAN', {'doi': '10.1007/978-3-031-09342-5_13'}, 'github.com/imics-lab/tts-gan'),
        ('PHYSIOGAN', {'arxiv': '2204.13597'}, None),
        ('LSTM-based:BiLSTM', {}, None),
    ],
    # audit28dc: toc-list-with-stray-entry (Kwangkee/FL, FL@Medical.md): a contents list of "[[Section](…file.md#anchor)]"
    # lines whose first item is a work of its own ("- Title, https://…" with an outside address, no fragment): the
    # contents lines are skipped, the stray work is read
    "toc-list-with-stray-entry.md": [
        ('Federated learning in medicine: facilitating multi-institutional collaborations without sharing patient data', {'doi': '10.1038/s41598-020-69250-1'}, None),
        ('Split learning for health: Distributed deep learning without sharing raw patient data', {'arxiv': '1812.00564'}, None),
        ('Practical Secure Aggregation for Privacy-Preserving Machine Learning', {'arxiv': '1611.04482'}, None),
    ],
    # audit27ca: intro-link-subject-paper (a medical VLM list, lab-rasool/Awesome-Medical-VLMs-and-Datasets): the
    # intro sentence whose subject is the list's own paper, "[Title](arxiv…) is the comprehensive review that …"
    "intro-link-subject-paper.md": [
        ("Vision-Language Models for Medical Report Generation and Visual Question Answering: A Review",
         {"arxiv": "2403.02469"}, None),
        ("RaDialog", {"arxiv": "2311.18681"}, "github.com/ChantalMP/RaDialog"),
        ("XrayGPT", {"arxiv": "2306.07971"}, "github.com/mbzuai-oryx/XrayGPT"),
    ],
    # audit27ce: venue-tag-mla-author-lead (JosieHong/awesome-mass-spectrometry-ml): "- [Venue Year] [Model] <MLA
    # cite>" items whose authors stand outside the link and only the title inside it, nothing after but [code]:
    # the bracket tags kept the author lead from being read as a byline, so each paper was titled by its authors
    "venue-tag-mla-author-lead.md": [
        ("Score-based diffusion for molecular conformer ensembles", {}, "github.com/alindqvist/ConfDiff"),
        ("Torsional policy learning for sequential conformer search", {"arxiv": "2106.01234"},
         "github.com/cokafor/torsnet"),
        ("Molecular geometry prediction with a graph variational model", {"doi": "10.1038/s41598-019-51234-5"}, None),
        ("An implicit generative model for small molecular graphs revisited", {}, None),
    ],
    # audit27ce: shields-badge-labelled-links (KyGao/awesome-docking): bold-title paragraph records whose only
    # links are alt-less shields badges ("[![](https://img.shields.io/badge/arXiv-5291C8?…)](arxiv…)",
    # "[![](…/badge/code-38C26D…)](github…)"): the badge's own label names each link, yet the links were read
    # as nameless badges and the paragraphs as badge-only prose, so no paper was read
    "shields-badge-labelled-links.md": [
        ("Flexible Pocket Docking with Equivariant Flow Matching", {"arxiv": "2403.11111"},
         "github.com/ruizlab/FlexFlowDock"),
        ("Side-chain aware ligand pose prediction from sequence", {"doi": "10.1101/2024.01.22.576111"}, None),
        ("Multiscale generative modelling of protein–ligand complexes", {"doi": "10.1038/s42256-024-00111-z"},
         "github.com/goldlab/MultiPLex"),
    ],
    # audit27cf: vancouver-byline-linked-title-abbreviated-journal (DanielSola/mimic-iii-project): "Authors IN.
    # [Title](doi). J Am Med Inform Assoc, 2017.": an NLM journal abbreviation after the link is the venue, not a
    # byline, so the linked text stays the title
    "vancouver-byline-linked-title-abbreviated-journal.md": [
        ("The MIMIC Code Repository: enabling reproducibility in critical care research", {"doi": "10.1093/jamia/ocx084"}, None),
        ("Multitask learning and benchmarking with clinical time series data", {"doi": "10.1038/s41597-019-0103-9"}, None),
        ("Scalable and accurate deep learning with electronic health records", {"doi": "10.1038/s41746-018-0029-1"}, None),
        ("Doctor AI: Predicting Clinical Events via Recurrent Neural Networks", {"pmid": "28286600"}, None),
        ("Deep EHR: A Survey of Recent Advances in Deep Learning Techniques for Electronic Health Record (EHR) Analysis",
         {"doi": "10.1109/jbhi.2017.2767063"}, None),
    ],
    # audit27cf: single-author-reference-bullets (an ICU-mortality bibliography, DanielSola/mimic-iii-project):
    # a reference whose lone author is "W.G. Baxt." (initials first) or "Cook NR." (Vancouver) before a title
    # holding "and" or a comma; the author is not the title
    "single-author-reference-bullets.md": [
        ("Application of artificial neural networks to clinical medicine", {}, None),
        ("Induction of decision trees", {}, None),
        ("Early markers of prolonged hospital stay in demented inpatients: a multicentre and prospective study", {}, None),
        ("Use and misuse of the receiver operating characteristic curve in risk prediction", {"pmid": "17309939"}, None),
        ("Random Forests", {}, None),
        ("Towards better clinical prediction models: seven steps for development and an ABCD for validation",
         {"pmid": "24898551"}, None),
    ],
    # audit26bf: a Chinese paper list whose every record is a <details><summary> fold written with no blank line
    # (year, authors, <i>title</i>, [<a>论文链接</a>] [<a>开源代码</a>] [<a>复现代码</a>], </summary></details>): the
    # fold is one HTML block holding its own close, so no record was read and every paper was lost
    "details-summary-closed-fold-zh.md": [
        ("Temporal Convolution Networks for Sleep Staging from Single-Channel EEG",
         {"doi": "10.1109/tbme.2019.1234567"}, "github.com/zhanglab/tcn-sleep"),
        ("Graph Attention for Seizure Prediction in Scalp EEG", {"arxiv": "2103.04567"}, None),
        ("Contrastive Pretraining of EEG Encoders Across Subjects",
         {"doi": "10.1038/s41598-022-11111-1"}, "github.com/chenlab/eeg-contrast"),
    ],
    # audit26bb: doi-url-session-parameter (a causal-inference citation list, guhjy/ICHPS): a publisher's DOI
    # URL carrying a Java servlet session ("…/doi/10.1002/sim.5884/abstract;jsessionid=D679….f02t02"): the
    # session token was read as part of the DOI
    "doi-url-session-parameter.md": [
        ("Bias associated with using the estimated propensity score as a regression covariate",
         {"doi": "10.1002/sim.5884"}, None),
        ("Overlap weights for balancing covariates in comparative effectiveness studies",
         {"doi": "10.1080/01621459.2016.1260466"}, None),
        ("High-dimensional propensity score adjustment in studies of treatment effects using health care claims data",
         {"doi": "10.1097/ede.0b013e3181a663cc"}, None),
    ],
    # audit26bb: reference-question-title-subtitle (an RWE reference list, vojtechhuser/project): a Nature-style
    # reference whose title asks a question and goes on with its subtitle ("Do FDA label changes work? Assessment
    # of the 2010 class label change…. Pharmacoepidemiol. Drug Saf. 27, …"): the title was cut at its "?"
    "reference-question-title-subtitle.md": [
        ("Do FDA label changes work? Assessment of the 2010 class label change for proton pump inhibitors using the "
         "Sentinel System’s analytic tools", {}, None),
        ("Using big data to emulate a target trial when a randomized trial is not available", {}, None),
        ("Can observational studies replicate trials? Emulating randomized clinical trials with real-world claims "
         "data", {}, None),
        ("Predicting the future? Big data, machine learning, and clinical medicine", {}, None),
        ("Is deep learning ready for pharmacovigilance?", {}, None),
    ],
    # audit26bb: oxfordjournals-legacy-article-links (guhjy/ICHPS): Oxford's pre-2017 journal sites
    # ("aje.oxfordjournals.org/content/150/4/327.short", "…/cgi/content/abstract/…") are article pages; a short
    # title linked there was a website
    "oxfordjournals-legacy-article-links.md": [
        ("Invited commentary: propensity scores", {}, None),
        ("Sensitivity analysis for unmeasured confounding", {}, None),
        ("Marginal structural models", {}, None),
        ("The role of the propensity score", {}, None),
    ],
    # audit26bd: event-site-links-among-papers (isaacmg/healthcare_ml, a resource hub of paragraph links): a
    # workshop's site whose path holds a conference's bare-word host ("sites.google.com/site/cvprmcv18/"), a
    # summer school's name and year, a conference schedule's session page were read as papers (or as the paper
    # link of the paragraph above)
    "event-site-links-among-papers.md": [
        ("Transfusion: Understanding Transfer Learning for Medical Imaging", {"arxiv": "1902.07208"}, None),
        ("Attend and Diagnose", {"arxiv": "1711.03905"}, None),
        ("Deep Self Organization with application to ICU", {}, None),
    ],
    # audit26bc: ieee-reference-available-locator (Filliboy/SOA_review): numbered references written as text that end
    # in their locator's label and a bare URL (IEEE "Available: https://…", "[Online]. Available:", Vancouver
    # "Available from:"), the number's bracket sometimes without a space ("[2]J. Liu et al., …"): each is a paper
    "ieee-reference-available-locator.md": [
        ("Recurrent Attention Networks for Cross-Subject EEG Emotion Recognition", {}, None),
        ("Spectral Graph Convolution for Motor Imagery Decoding from Scalp EEG", {"doi": "10.3389/fnins.2021.654321"},
         None),
        ("A Lightweight Temporal Convolutional Network for Seizure Onset Detection", {}, None),
        ("Investigating critical frequency bands and channels for EEG-based emotion recognition with deep neural "
         "networks", {"doi": "10.1109/tamd.2015.2431497"}, None),
    ],
    # audit26bc: table-paper-cell-absence-note (OrangeP0P/The-existing-EEG-Foundation-Pretrained-Model): a Paper
    # column cell that says the row has no paper ("(no formal paper; project repo)", "No paper yet", "(paper not
    # available)", "N/A") is no title: the row is the named project's, not a paper titled by the note
    "table-paper-cell-absence-note.md": [
        ("SpindleFM: Masked Spectrogram Pretraining for Sleep EEG", {"arxiv": "2304.11223"}, "github.com/sleeplab/SpindleFM"),
        ("CortexGPT: Autoregressive Pretraining on Scalp EEG Across Montages", {"doi": "10.1016/j.neunet.2024.106123"},
         None),
        ("AlphaTok: Discrete Tokenizers for Alpha-Band EEG Language Models", {"arxiv": "2505.01234"},
         "github.com/alphatok/AlphaTok"),
    ],
    # audit25at: an HTML paper table whose last cell folds each row's BibTeX citation in a <details> block
    # (DH82/awesome-mammography): the fenced code between the HTML pieces cut the table apart, so the rows' links
    # (DOI, GitHub code) were lost and only the BibTeX records were read
    "html-table-row-bibtex-fold.md": [
        ("Deep Learning to Improve Breast Cancer Detection on Screening Mammography",
         {"doi": "10.1038/s41598-019-48995-4"}, "github.com/lishen/end2end-all-conv"),
        ("Mammographic Breast Density Assessment Using Deep Learning: Clinical Implementation",
         {"doi": "10.1148/radiol.2018180694"}, None),
        ("Optimizing Breast Cancer Detection in Mammograms: A Comprehensive Study of Transfer Learning",
         {"arxiv": "2503.19945"}, "github.com/dpetrini/multiple-view"),
    ],
    # audit25aw: tool-name-over-quoted-reference (a pipeline's CITATIONS.md): "- [PeakPicker](pubmed…)" / "  > Authors.
    # Title. Journal. 2022 …; doi: …. PMID: …": the program's name over its whole reference is that paper, titled as the
    # reference titles it, not by the name; a software citation without a title ("Anaconda Software Distribution") is none
    # audit17: tool-label-over-several-quoted-references (a pipeline's CITATIONS.md): "- rMATS, [GPL v3](github…/LICENSE)"
    # / "  > Authors (2014). Title. Venue. doi: …" / "  > Authors (2024). Title. …": every quoted reference under the tool's
    # name is a work of its own, titled as its reference titles it; a link to the tool's licence file is no code of
    # the work, a "[SUPPA2](github…)" name links the work's own repository; a software citation is no work
    # audit17: details-fold-paper-under-item (a single-cell notes list): "- Review of … methods. <details>" / "    <summary>Paper
    # </summary>" / "    Authors. “Title.” Journal (2023). https://doi…" / "</details>": the fold the item opens holds its
    # paper's reference; CommonMark reads it as an HTML block inside the item, which must be read as the labelled
    # "- Paper: …" sub-item it stands for (the reference titles the entry, its DOI is the entry's)
    "details-fold-paper-under-item.md": [
        ("Benchmarking Cell-Type Deconvolution for Spatial Transcriptomics", {"doi": "10.1186/s13059-023-02944-1"}, None),
        ("Two Thousand Tools Chart the Growth of Single-Cell Analysis", {"doi": "10.1038/s41592-023-01901-2"}, None),
        ("Guidelines for the Analysis of Imaging-Based Spatial Transcriptomics", {"doi": "10.1038/s41596-024-00990-4"},
         None),
    ],
    # audit17: quoted-link-line-under-linked-reference (a single-cell notes list): "- Authors. Title. Nat Methods (2024).
    # https://doi…" / "  > LabelOT: https://github…": a quote that is only links (perhaps named) under a reference
    # that links its paper gives the work's code, as it does under a link-less one; a dash glued after a DOI in prose
    # ("…01944-4- ") is no part of it
    "quoted-link-line-under-linked-reference.md": [
        ("Reference mapping of single-cell profiles by contrastive learning", {"doi": "10.1038/s41592-024-02188-1"},
         "github.com/example-lab/refmap"),
        ("Label transfer across atlases with optimal transport", {"doi": "10.1038/s41467-024-45512-0"},
         "github.com/duarte-lab/LabelOT"),
        ("Chromatin Pace reveals regulatory timing in single cells", {"doi": "10.1038/s41587-023-01901-7"},
         "github.com/lindqvist/chrompace"),
        ("Full-length isoform profiling from single nuclei", {"doi": "10.1038/s41592-023-01944-4"}, None),
    ],
    # audit17: name-colon-urls-over-quoted-references (a single-cell notes list): "- REGNET: https://github…; http://…" /
    # "  > Authors. REGNET: … Nat Methods (2021). https://doi…" / "  > Authors. A scalable REGNET workflow …": the tool's
    # name is the label's words before its bare URLs, so its repository goes with the references naming it
    "name-colon-urls-over-quoted-references.md": [
        ("REGNET: single-cell regulatory network inference by motif pruning", {"doi": "10.1038/s41592-021-01288-1"},
         "github.com/example-lab/REGNET"),
        ("A scalable REGNET workflow for gene regulatory network analysis", {"doi": "10.1038/s41596-022-00711-9"},
         "github.com/example-lab/REGNET"),
        ("A Bayesian model of transcription factor activity in single cells", {}, "github.com/example-lab/TFACT"),
    ],
    # audit17: whole-reference-under-tools-title (a single-cell notes list with two top-level headings, so "# Single-cell
    # RNA-seq tools" is a topic, not the document's title): "- Authors (2021). Pathfinder: …. BMC genomics, …" / "  >
    # Pathfinder: https://bioconductor…": a whole reference (authors, year, title) is the work it cites, however its
    # links reach only the tool's pages and whatever the heading names
    "whole-reference-under-tools-title.md": [
        ("Pathfinder: lineage and pseudotime inference for single-cell transcriptomics", {}, None),
        ("MarkerBase 3.0: an updated database of curated cell markers in human and mouse", {}, None),
        ("OmicsBridge: universal single-cell matching with unpaired feature sets", {}, None),
    ],
    "tool-label-over-several-quoted-references.md": [
        ("Graph-based genome alignment and genotyping with HISAT2 and HISAT-genotype",
         {"doi": "10.1038/s41587-019-0201-4"}, None),
        ("MultiQC: summarize analysis results for multiple tools and samples in a single report",
         {"doi": "10.1093/bioinformatics/btw354"}, None),
        ("rMATS: Robust and flexible detection of differential alternative splicing from replicate RNA-Seq data",
         {"doi": "10.1073/pnas.1419161111"}, None),
        ("rMATS-turbo: an efficient and flexible computational tool for alternative splicing analysis of large-scale "
         "RNA-seq data", {"doi": "10.1038/s41596-023-00944-2"}, None),
        ("STAR: ultrafast universal RNA-seq aligner", {}, None),
        ("SUPPA2: fast, accurate, and uncertainty-aware differential splicing analysis across multiple conditions",
         {"doi": "10.1186/s13059-018-1417-1"}, "github.com/comprna/SUPPA"),
    ],
    # audit17: citation-lead-in-line-then-reference (a bioinformatics tool's README, "## Citation"): "If you use `gget`
    # in a publication, please cite:" then, on the next line of the same paragraph, "Authors (2023). Title. Journal.
    # [https://doi.org/…](…)": the reference after the lead-in is the work, as a paragraph of its own would be
    "citation-lead-in-line-then-reference.md": [
        ("Scalable morphological profiling of cell painting assays with cellmorph",
         {"doi": "10.1093/bioinformatics/btae512"}, None),
        ("Cellpose: a generalist algorithm for cellular segmentation", {"doi": "10.1038/s41592-020-01018-x"}, None),
    ],
    "tool-name-over-quoted-reference.md": [
        ("The nf-core framework for community-curated bioinformatics pipelines",
         {"doi": "10.1038/s41587-020-0439-x", "pmid": "32055031"}, None),
        ("PeakPicker: wavelet-based peak detection for high-resolution lipidomics",
         {"doi": "10.1021/acs.jproteome.2c00111", "pmid": "35511234", "pmcid": "PMC9012345"}, None),
        ("lipidstats: an R package for differential analysis of targeted lipidomics experiments",
         {"doi": "10.1093/bioinformatics/btab012", "pmid": "33221100"}, None),
    ],
    # audit17: dedented-citation-quote-after-tool-item (nf-core CITATIONS.md): "- [MultiQC](pubmed…)" / blank line /
    # "> Ewels P, … doi: …. PubMed PMID: …; PubMed Central PMCID: PMC…": the tool's reference quote written at the left
    # margin ends the list, yet it is still that item's reference (its DOI and PMCID are the item's), as when indented
    "dedented-citation-quote-after-tool-item.md": [
        ("ContigSorter: fast binning of metagenomic contigs by coverage", {"doi": "10.1186/s13059-021-02411-5"}, None),
        ("ReadGuard: quality screening of long reads before assembly",
         {"doi": "10.1093/bioinformatics/btz301", "pmid": "31122334", "pmcid": "PMC6821234"}, None),
        ("TaxaMark: marker-gene taxonomy for metagenome-assembled genomes", {"doi": "10.1038/s41592-020-0912-3"}, None),
        ("SeqKitten: a tiny toolkit for FASTQ manipulation", {"doi": "10.21105/joss.04123"},
         "github.com/example-lab/seqkitten"),
    ],
    # audit17: tool-name-linking-its-reference-record (nf-core CITATIONS.md): "- [GVT](pubmed…/20644207/)" / "  > Authors:
    # The Genome Variation Toolkit: …. PubMed PMID: 20644207.": the name links the very record its reference identifies,
    # so the reference titles the paper though its title never says the name; a link to another record ("FASTQTrim"
    # links PMID 30423099, its reference gives 30423111) keeps the name
    "tool-name-linking-its-reference-record.md": [
        ("Allele-aware copy number segmentation of tumour genomes",
         {"doi": "10.1073/pnas.1009843111", "pmid": "20837541", "pmcid": "PMC2947911"}, None),
        ("The Genome Variation Toolkit: a streaming framework for analysing sequencing data",
         {"doi": "10.1101/gr.107530.110", "pmid": "20644207"}, None),
        ("Predicting splice sites from sequence with convolutional networks", {"doi": "10.1016/j.cell.2019.01.021"}, None),
        ("FASTQTrim", {"doi": "10.1093/bioinformatics/bty570", "pmid": "30423099"}, None),
    ],
    # audit17: oup-volume-issue-comma-reference (nf-core CITATIONS.md, Oxford Academic's "Cite" format): "Authors, Title,
    # Bioinformatics, Volume 34, Issue 17, 01 September 2018, Pages …": the venue before a spelled-out volume and
    # issue closes the comma-separated title; the title is not read on to the date
    "oup-volume-issue-comma-reference.md": [
        ("DepthWise: windowed coverage summaries for targeted sequencing",
         {"doi": "10.1093/bioinformatics/bty712", "pmid": "30124411"}, None),
        ("DupMark: streaming duplicate marking for coordinate-sorted alignments",
         {"doi": "10.1093/bioinformatics/btv011", "pmid": "25601112", "pmcid": "PMC4410660"}, None),
        ("VarIndex: random access to compressed variant tables", {"doi": "10.1093/nar/gkaa301"}, None),
    ],
    # audit25aw: citation-section-text-reference (a metabolomics tool list): "## Citation" / "> Authors (2025). Title.
    # chemRxiv. <https://doi.org/…>": the list's own paper cited as a text reference with its DOI is a paper, even in a
    # section about the list; a link in another doc section ("## How to contribute") stays prose
    "citation-section-text-reference.md": [
        ("Computational lipidomics in the last decade: tools and trends", {"doi": "10.1101/2024.03.11.584321"}, None),
    ],
    # audit25ax: gallery-grid-loose-table (a conference site's virtual-event page, MIDL): a headerless "| || |" table
    # whose "|:-:||:-:|" delimiter GFM rejects (a paragraph of pipe lines), two cards to a row ("| [S101 - Title](papers/
    # S101.html) | [S110 - Title](papers/S110.html) |"): each cell is a paper, its only link the site's own page on it
    # audit25ax: site-relative-paper-links (a workshop site's programme): under "## Accepted papers", each
    # "[O031 - Title](papers/O031.html)" links the site's own page on the paper (a relative link, no host): a paper
    "site-relative-paper-links.md": [
        ("Multi-Scale Self-Guided Transformers for Skin Lesion Segmentation", {}, None),
        ("Generating High-Resolution Object Masks from Unaligned Low-Resolution MRIs", {}, None),
        ("Learning Clinically Acceptable Organ Segmentation from Routine Annotations", {}, None),
    ],
    "gallery-grid-loose-table.md": [
        ("Facial Action Units for Hypomimia Screening with Graph Networks", {}, None),
        ("Regressing the Cardiac Phase on Real-Time MRI Sequences", {}, None),
        ("Contrast Phase Detection on Abdominal CT with Clinical Priors", {}, None),
    ],
    # audit24aq: unlinked-bracket-title-paragraphs (a Korean reading list): "[Title of the work]" alone on its line,
    # link text whose "(url)" the author never wrote, among "[Title](arxiv…)" paragraphs, is one more paper
    "unlinked-bracket-title-paragraphs.md": [
        ("Squeeze-and-excitation normalization for automated delineation of head and neck primary tumors",
         {"arxiv": "2102.10446"}, None),
        ("Combining CNN and hybrid active contours for head and neck tumor segmentation", {"arxiv": "2012.14207"}, None),
        ("Iteratively refine the segmentation of head and neck tumor in FDG-PET and CT images", {}, None),
        ("Patch-based 3D UNet for head and neck tumor segmentation with an ensemble of dilated convolutions", {}, None),
        ("Oropharyngeal Tumour Segmentation using Ensemble 3D PET-CT Fusion Networks", {}, None),
    ],
    # audit23aj: bold-venue-tag-nested-parenthesis (an IMU activity-recognition list): "Title (**Artificial Intelligence
    # (AIJ)**) [[paper](…)]": the parenthesised bold venue closing the title holds a parenthesis of its own (an
    # abbreviation, "(Spotlight)"); the whole tag goes, not just its inner bracket
    "bold-venue-tag-nested-parenthesis.md": [
        ("Weakly-Supervised Sensor-based Activity Segmentation and Recognition", {}, None),
        ("Self-supervised Pretraining for Gait Recognition", {"doi": "10.1145/3448111"}, None),
        ("Cross-Person Heart Rate Estimation from Wrist PPG", {"arxiv": "2106.01234"}, "github.com/wearlab/cphr"),
        ("Fall Detection with Few Labels", {"arxiv": "2107.04321"}, None),
    ],
    # audit17: table-title-br-emphasised-venue (a student's sleep-staging paper tables): "| 2022 | Title <br/> *Venue* |
    # [PDF](…) |": the HTML break parts the title from an emphasised (italic or bold) venue line in the same cell; the
    # venue is no part of the title. A break inside plain title words only wraps the title ("Model for <br> Automatic").
    "table-title-br-emphasised-venue.md": [
        ("Representations of temporal sleep dynamics: Review and synthesis of the literature", {}, None),
        ("Automatic Sleep Staging: Recent Development, Challenges, and Future Directions", {"arxiv": "2111.08446"}, None),
        ("U-Time: A Fully Convolutional Network for Time Series Segmentation Applied to Sleep Staging",
         {"arxiv": "1910.11162"}, "github.com/perslev/U-Time"),
        ("An Automatic Sleep Staging Method Using a Multi-head and Sequence Network", {"doi": "10.1145/3403782.3403797"},
         None),
        ("Expert-level sleep scoring with deep neural networks", {}, None),
        ("XSleepNet: Multi-View Sequential Model for Automatic Sleep Staging", {"arxiv": "2007.05492"}, None),
    ],
    # audit17: code-column-link-naming-another-role (an interactive-segmentation notes table): "| Code |" column cells
    # "[dataset](paperswithcode…/dataset/…)", "[code-related](github…)", "[data](github…) [code](github…)": a link whose
    # own text names another role (a dataset, someone else's related code) is that, not the row's code, even on a
    # forge; "[code-updated](…)", "[code](…)" stay code
    "code-column-link-naming-another-role.md": [
        ("ScribbleSup: Scribble-Supervised Convolutional Networks for Semantic Segmentation", {}, None),
        ("GeoS: Geodesic Image Segmentation", {"doi": "10.1007/978-3-540-88682-2_9"}, None),
        ("DeepMedic for Brain Tumor Segmentation", {}, "github.com/deepmedic/deepmedic"),
        ("Suggestive Annotation: A Deep Active Learning Framework for Biomedical Image Segmentation",
         {"arxiv": "1706.04737"}, "github.com/Sheshansh/SuggestiveAnnotation"),
        ("Cardiac Cine Segmentation Benchmark with Sparse Clicks", {"arxiv": "1911.01234"}, "github.com/cardiolab/clickseg"),
    ],
    # audit17: genre-tag-before-plain-title (a CT-denoising study list): "## Papers" / "- (Survey) Title" / "- Title":
    # a genre in parentheses opening a link-less title files the work (as "[DCGAN] Title" names it), it is not the
    # title's; the link-less titles under a heading that says papers are the papers
    "genre-tag-before-plain-title.md": [
        ("A review on low-dose CT image noise and its suppression", {}, None),
        ("Deep Learning for Sparse-View Tomography: Current Status and Perspectives", {}, None),
        ("Score-Based Generative Models for Medical Image Reconstruction", {}, None),
        ("A grid-line suppression technique based on wavelet filtering in digital radiography", {}, None),
        ("Physics-Informed Denoising of Photon-Counting CT Projections", {}, None),
        ("Diffusion Models in Medical Imaging: A Comprehensive Survey", {}, None),
    ],
    # audit17: paper-title-beside-code-url (a CT-reconstruction study list): "## Papers" / "- Title : https://github.com/…"
    # / "- Title https://github.com/…" / "- Title [code](github…)": under a heading that says papers, a work's title
    # written beside its repository names the paper, the repository its code; a repository's own name
    # ("WalnutScanCodes (FDK)", "[CT-Recon-Toolbox](github…)") stays a repository
    "paper-title-beside-code-url.md": [
        ("DuDoNet : Dual Domain Network for CT Metal Artifact Reduction", {}, "github.com/ctlab/DuDoNet"),
        ("Two-Step Sparse-View CT Reconstruction with a Learned Sinogram Inpainting Prior", {},
         "github.com/sinolab/Sino-Inpaint"),
        ("Improving Haemorrhage Detection in Few-View Cranial CTs via Deep Learning", {}, "github.com/headct/FewView-Cranial"),
        ("Learned Primal-Dual Reconstruction for Cone-Beam CT", {}, "github.com/lpd/cbct-lpd"),
        ("Self-Supervised Denoising of Low-Dose CT with Neighbouring Slices", {"arxiv": "2301.01234"}, None),
    ],
    # audit17: placeholder-dash-code-link (an accelerated-MRI paper table): "| … | [CODE](--) |" / "[CODE](...)": a
    # destination with no letter or digit is the curator's "none", like an empty one, never the paper's code
    "placeholder-dash-code-link.md": [
        ("Accelerating Cardiac Cine MRI via Deep Learning", {"pmcid": "PMC6830001"}, None),
        ("Deep Priors for Undersampled Knee MRI", {"arxiv": "1905.01234"}, "github.com/kneelab/deep-prior"),
        ("Coil Array Harmonics for Fast Parallel Imaging", {"doi": "10.1002/mrm.1910380999"}, None),
        ("Compressed Sensing for Rapid Radial MRI", {"arxiv": "0705.1234"}, None),
        ("Spiral Trajectory Design for Real-Time Imaging", {"doi": "10.1002/mrm.21999"}, "github.com/spiral/traj"),
    ],
    # audit17: latin-title-cjk-translation-parenthesis (a Chinese digest of computer-vision surveys, its medical
    # imaging section): "**标题**：English Title（中文翻译）<br>" / "**标题：English Title（中文翻译）**<br>": the reader's
    # translation in brackets closing the work's Latin title is no part of it, nor is a label inside the bold
    "latin-title-cjk-translation-parenthesis.md": [
        ("Deep Learning for Retinal Vessel Segmentation: A Survey", {"arxiv": "2101.11111"}, None),
        ("A Review on Deep Learning for the Diagnosis of Pneumonia (CXR)", {"arxiv": "2102.22222"}, None),
        ("Self-Supervised Pre-training for Histopathology Images: A Review", {"arxiv": "2103.33333"}, None),
        ("Uncertainty Estimation for Brain MRI Segmentation: A Study", {"arxiv": "2104.44444"}, None),
    ],
    # audit17: bold-stop-title-long-venue-year (a must-read GNN list, its chemistry-and-biology section):
    # "1. **Title.** Journal of computer-aided molecular design 2016. [paper](…)": a journal's full name and year
    # after a bold title closed by its own stop are its trailer
    "bold-stop-title-long-venue-year.md": [
        ("Molecular Graph Attention for Solubility Prediction", {"arxiv": "1901.11111"}, None),
        ("Protein Contact Maps as Graphs for Fold Recognition", {"arxiv": "2102.22222"}, None),
        ("Message Passing over Reaction Graphs", {"arxiv": "1603.33333"}, None),
        ("Equivariant Networks for Drug Binding Poses", {"arxiv": "2006.44444"}, None),
    ],
    # audit17: repo-column-pages-badge-beside-repo (a conference's accepted medical papers, "Title | Repo | Paper"
    # badge tables): "[![GitHub Page](…)](https://x.github.io/…) <br /> [![GitHub](…stars…)](https://github.com/x/y)":
    # the "GitHub Page" badge links the project's website beside its repository, which alone is its code; a
    # "[GitHub page](https://github.com/…)" that is itself a repository stays code
    "repo-column-pages-badge-beside-repo.md": [
        ("Volumetric Tumour Growth Modelling with Neural Fields", {"arxiv": "2309.11111"},
         "github.com/tumourfields/TumourNF"),
        ("Cross-Scanner Harmonisation of Retinal OCT by Flow Matching", {"arxiv": "2308.22222"},
         "github.com/octlab/FlowHarm"),
        ("Universal Prompted Segmentation of Whole-Body CT", {"arxiv": "2304.33333"}, "github.com/upseg/UPSeg"),
        ("Sparse-View Cone-Beam CT with Learned Priors", {}, None),
        ("Knowledge-Enhanced Pre-Training for Chest X-Ray Diagnosis", {"arxiv": "2301.44444"}, "github.com/cxrlab/KEPT"),
        ("A Pages Repository Named Like Its Site for Cell Tracking", {"arxiv": "2310.55555"},
         "github.com/celltrack/celltrack.github.io"),
        ("Star-Convex Instance Segmentation of Nuclei in 3D Light-Sheet Stacks", {"arxiv": "2307.66666"},
         "github.com/jroe/Star3D"),
    ],
    # audit17: br-wrapped-table-cell-titles (2024-25 medical-LLM tables): "| [Title words<br>more words](…) |" /
    # "| Title<br />words |": an HTML line break inside a cell wraps the title; it separates two words, it does not
    # join them ("inClinical"); the dataset rows below wrap their names the same way and stay datasets; a bullet's
    # linked title wrapped by "<br>" reads the same
    "br-wrapped-table-cell-titles.md": [
        ("Adapted Large Language Models Can Outperform Medical Experts in Clinical Text Summarization",
         {"arxiv": "2309.07430"}, "github.com/StanfordMIMI/clin-summ"),
        ("MedAlign: A Clinician-Generated Dataset for Instruction Following with Electronic Medical Records",
         {"arxiv": "2308.14089"}, "github.com/som-shahlab/medalign"),
        ("A Generalist Medical Language Model for Disease Diagnosis Assistance", {}, None),
        ("Large Language Models Encode Clinical Knowledge", {"doi": "10.1038/s41586-023-06291-2"}, None),
        # the same break in a bullet's linked title
        ("A Survey of Large Language Models in Medicine: Progress, Application, and Challenge",
         {"arxiv": "2311.05112"}, None),
    ],
    # audit17: wrapped-title-before-bare-url (a brain-tumour segmentation reading list): "* Title words …" /
    # "… more title words: https://arxiv…": a title a hard line break cuts runs on to the colon before its bare URL;
    # "… without sharing patient Data: https://arxiv…": a last word that names another kind of link than the paper
    # link it leads to is the title's own word, no label ("… Paper: https://arxiv…" stays a label)
    "wrapped-title-before-bare-url.md": [
        ("Benchmarking Automated Tumour Segmentation Methods for Liver, Kidney and Pancreas in the Abdominal CT "
         "Challenge", {"arxiv": "2301.04512"}, None),
        ("Learning from Multi-Centre Radiotherapy Planning Scans for Head and Neck Tumour Delineation",
         {"arxiv": "2302.01877"}, None),
        ("The Lung Nodule Analysis Benchmark (LUNA)", {}, None),
        ("Self-supervised pretraining for glioma segmentation with limited labelled data", {"arxiv": "2303.05531"},
         None),
        ("Federated tumour segmentation across hospitals without sharing patient Data", {"arxiv": "2304.00871"},
         None),
        ("Radiomics signatures learned from public imaging Code", {"arxiv": "2305.02214"}, None),
        ("Uncertainty-aware nodule detection in low-dose CT", {"arxiv": "2306.03390"}, None),
    ],
    # audit17 (a molecular-property-prediction chapter): "[**Name**] Title (*Venue*, 2022) \\[[Paper](…)] \\[[Code](…)\\]"
    # paragraphs, a section holding only one of them: that line is an item titled by its own text, not a record
    # titled by the topic heading above it ("## 3.3 joint training"); "[**X**] X: …" keeps the title's own "X:" head
    "bracketed-name-paragraph-items-one-per-section.md": [
        ("Learning Task-Specific Fingerprints for Toxicity Prediction", {}, None),
        ("SmiBERT: Masked Language Pretraining on Reaction-Aware SMILES Strings", {}, "github.com/chem-lab/SmiBERT"),
        ("ScaffoldLM: Scaffold-Conditioned Language Models for Property Prediction", {"arxiv": "2203.04567"},
         "github.com/chem-lab/ScaffoldLM"),
        ("Dual-view Molecule Pre-training with Graph and Sequence Encoders", {}, "github.com/chem-lab/DuoMol"),
        ("Unified Conformer and Graph Pre-Training of Molecular Representations", {}, "github.com/chem-lab/UniConf"),
    ],
    # audit17: "* **[Venue Year]** Title, [website](…)" (a medical-robotics list): the one link of each record is
    # labelled "website" whatever it reaches (an IEEE or arXiv record, a project page, the repository); the bracketed
    # venue and year make each record a cited paper, and a "website" label on an article record links the paper
    "venue-tag-website-label.md": [
        ("Learning Needle Pick-and-Place Without Expert Demonstrations", {}, None),
        ("AI co-pilot bronchoscope robot", {"doi": "10.1038/s41467-023-44385-7"}, None),
        ("SurgicAI: A Hierarchical Platform for Fine-Grained Surgical Policy Learning and Benchmarking",
         {"arxiv": "2406.13865"}, None),
        ("Surgical Robot Transformer: Imitation Learning for Surgical Tasks", {}, None),
        ("Surgical Gym: A high-performance GPU-based platform for surgical robot learning", {},
         "github.com/SamuelSchmidgall/SurgicalGym"),
        ("Transforming surgical interventions with embodied intelligence for ultrasound robotics",
         {"doi": "10.1007/978-3-031-72089-5_66"}, None),
        ("Diffusion Stabilizer Policy for Automated Surgical Robot Manipulations", {"arxiv": "2503.01252"}, None),
    ],
    # audit17 (a transformers-in-medical-imaging list): a whole link pasted over a stale URL as the destination
    # ("[[Github]([https://github.com/old/repo](https://github.com/new/repo))]"): the pasted link's address is the
    # one meant, however long the stale URL it keeps as text
    "pasted-link-over-stale-url-destination.md": [
        ("SwinFPN: Leveraging Vision Transformers for 3D Organs-At-Risk Detection", {}, "github.com/bwittmann/transoar"),
        ("An Effective Transformer-based Solution for RSNA Intracranial Hemorrhage Detection Competition",
         {"arxiv": "2205.07556"}, "github.com/PaddlePaddle/Research"),
        ("BabyNet: Residual Transformer Module for Birth Weight Prediction on Fetal Ultrasound Video",
         {"arxiv": "2205.09382"}, "github.com/sanoscience/babynet"),
        ("Transformer-based out-of-distribution detection for clinically safe segmentation",
         {"arxiv": "2205.10650"}, None),
    ],
    # audit17: (a Japanese weekly digest of radiology AI, its fallback issue): "## Review & Big Picture (Fallback)" /
    # "- a note" beside a sibling "## Top Picks" section of linked papers is one more topic, not a reading note's title
    "note-under-sibling-topic-heading.md": [
        ("Deep learning reconstruction for low-dose chest CT screening programs", {"pmid": "41275001"}, None),
        ("Automated segmentation of liver lesions on multiphase MRI", {"pmid": "41275002"}, None),
    ],
    # audit17: (a Portuguese study plan for health ML): "[Estudo do algoritmo adaboost …](teses.usp.br/teses/disponiveis/
    # 3/3152/tde-12062012-163740/…)": a TDE digital library's record is one thesis, a scholarly work
    "thesis-library-record.md": [
        ("Estudo do algoritmo adaboost de aprendizagem de máquina aplicado a sensores e sistemas embarcados", {}, None),
        ("Redes neurais convolucionais para segmentação de lesões de pele em imagens dermatoscópicas", {}, None),
    ],
    # audit17: (a Korean blog survey of medical AI): "### **결정 트리 <sup>Decision Tree, DT</sup>**" over note bullets:
    # a method's name in Korean then in English with its abbreviation heads a lecture's topic, not a reading note
    "glossed-term-headings.md": [
        ("Random forests", {"doi": "10.1023/a:1010933404324"}, None),
        ("Gradient-based learning applied to document recognition", {}, None),
    ],
    # audit17: (a Japanese weekly digest of radiology AI): "### Title. (PMID: [41373109](pubmed…))": the closing
    # bracket gives the work's identifier, no part of its title (nor is the identifier its venue)
    "identifier-parenthetical-after-title.md": [
        ("Modern integrative prostate cancer diagnostics", {"pmid": "41373109"}, None),
        ("Deep learning for lung nodule detection", {"pmid": "41376964"}, None),
        ("Vision transformers for knee MRI grading", {"pmid": "41390263"}, None),
        ("Segment anything for liver CT", {"arxiv": "2304.12620"}, None),
    ],
    # audit17: (a Korean blog survey of medical AI): "- Wu et al. (2013) | 독립적 공간 분석과 …": an example named by its
    # byline, then the reader's note in Korean (or Japanese) after a bar or a colon, is no reference (no title)
    "byline-with-cjk-note.md": [
        ("VoxelMorph: A learning framework for deformable medical image registration", {"arxiv": "1809.05231"}, None),
        ("A deep learning framework for unsupervised affine and deformable image registration",
         {"arxiv": "1809.06130"}, None),
        ("Deep learning in medical image registration: a survey", {"doi": "10.1007/s00138-020-01060-x"}, None),
    ],
    # audit17: (a Korean blog survey of medical AI): its works are GFM footnote definitions under "#### References",
    # one a line ("[^ref1]: [Authors, et al. "Title." Venue (2017)](arxiv…)"): each note cites one work
    "footnote-definition-references.md": [
        ("U-Net: Convolutional networks for biomedical image segmentation", {"arxiv": "1505.04597"}, None),
        ("V-Net: Fully convolutional neural networks for volumetric medical image segmentation",
         {"arxiv": "1606.04797"}, None),
        ("nnU-Net: a self-configuring method for deep learning-based biomedical image segmentation",
         {"doi": "10.1038/s41592-020-01008-z"}, None),
        ("Deep learning techniques for medical image segmentation: achievements and challenges",
         {"doi": "10.1007/s10278-019-00227-x"}, None),
    ],
    # audit19 (an echocardiography list): "Key choices include:" / "- HD95 = max(…);" / "- physical spacing …;": the
    # semicolon-closed clauses of one sentence under "Reference Metrics" are no link-less references
    "enumerated-clauses-under-reference-heading.md": [
        ("EchoFlow: Temporal Consistency for Echocardiography Video Segmentation", {"arxiv": "2507.01234"},
         "github.com/echo-lab/echoflow"),
        ("StateEcho: Echocardiography Segmentation via Gated State Updates", {"arxiv": "2508.02345"},
         "github.com/echo-lab/stateecho"),
        ("MemEcho: Memory-Augmented Segment Anything for Cardiac Video", {"arxiv": "2403.03456"},
         "github.com/echo-lab/memecho"),
    ],
    # audit17: digest-heading-labelled-link-fields (a script's bioRxiv digest: "## [Category] Title" / "**Posted on:**" /
    # a quoted abstract / "- **Abstract Page:** [url](url)" / "- **Direct PDF Link:** [url](url)": one record per
    # heading, its link fields labelled "Abstract Page" and "Direct PDF Link" naming the paper's own pages)
    "digest-heading-labelled-link-fields.md": [
        ("Scalable inference of cell lineage trees from single-cell transcriptomes",
         {"doi": "10.1101/2025.02.27.640123"}, None),
        ("Long-read assemblies resolve structural variation across human immune loci",
         {"doi": "10.1101/2025.01.15.633001"}, None),
        ("Spatial transcriptomics maps tumour-immune niches in treatment-resistant prostate cancer",
         {"doi": "10.1101/2024.12.03.626712"}, None),
    ],
    # audit17: bare-title-heading-records (a reading-notes blog: "### [MICCAI 2020] Title" or "### Title" with nothing
    # under it, among sibling headings that are records, is a work noted by its title alone; an empty topic heading
    # over its own sub-sections is not)
    "bare-title-heading-records.md": [
        ("Depth-Driven Geometric Prompt Learning for Laparoscopic Liver Landmark Detection", {"arxiv": "2406.17858"}, None),
        ("Multi-resolution convolutional networks for automatic centerline extraction in cardiac angiography", {}, None),
        ("VesselFormer: A transformer with multiple pathways for robust hepatic vessel segmentation", {}, None),
        ("InstSeg: An Instance-Based Approach for Surgical Tool Segmentation", {}, None),
        ("Boundary Prototypes for Semi-Supervised Surgical Scene Segmentation", {}, None),
        ("Attention-guided refinement networks for polyp segmentation", {"arxiv": "2305.01234"}, None),
    ],
    # audit17: folded-comment-cell-code-label (a "Latest N Papers" arXiv digest: a Comment column folds the arXiv
    # comment as "<details><summary>Code:...</summary><p>Code: https://…</p></details>"; the "Code:" written before
    # an address in the cell labels it, over the column's role-less header, even off a code forge)
    "folded-comment-cell-code-label.md": [
        ("Closing the Loop Between Detection and Segmentation of Cells in Histology", {"arxiv": "2412.01562"},
         "example-lab.github.io/CellLoop"),
        ("Fast Feedforward Compression of Volumetric Medical Scans", {"arxiv": "2410.08017"},
         "github.com/example-lab/scan-compress"),
        ("Template-Conditioned Diffusion for Fine-grained Cardiac Image Synthesis", {"arxiv": "2503.09560"}, None),
        ("Global Motion Recovery from Multi-shot Endoscopy Videos", {"arxiv": "2503.07597"}, None),
    ],
    # audit17: linked-heading-over-note-bullets (a reading-notes blog: "### [Venue Year] Title [[PDF]](arxiv…)" over
    # link-less bullets summarising the work: the heading is the record, the bullets its notes, not entries)
    "linked-heading-over-note-bullets.md": [
        ("Text Promptable Surgical Instrument Segmentation with Vision-Language Models", {"arxiv": "2306.09244"}, None),
        ("Medical SAM 2: Segment medical images as video via Segment Anything Model 2", {"arxiv": "2408.00874"}, None),
        ("Joint Intra- and Inter-Video Relation Learning for Surgical Scene Parsing", {"arxiv": "2203.15251"},
         "github.com/example-lab/scene-parsing"),
        ("SurgicalSAM: Efficient Class Promptable Surgical Instrument Segmentation", {}, None),
    ],
    # audit17 (a model card's numbered references): a reference wrapped inside its title keeps the whole title
    # audit17: (a model card's numbered references): a reference wrapped inside its title keeps the whole title
    "numbered-reference-wrapped-in-title.md": [
        ("Deep learning in medical image analysis: introduction to underlying principles and reviewer guide",
         {"doi": "10.1136/bmj-2023-076703"}, None),
        ("Deep Convolutional Neural Networks in Medical Image Analysis: A Review", {"doi": "10.3390/info16030195"}, None),
        ("Uncertainty-aware segmentation of vestibular schwannoma on contrast-enhanced MRI",
         {"doi": "10.3390/diagnostics13061024"}, None),
    ],
    # audit17: (CLIP in medical imaging): a "[**Venue Year**] Title \\" / "_Authors_" record whose link line is missing is
    # a record of its own, not more lines of the one before it (which took its authors)
    "tagged-record-without-link-line.md": [
        ("MedCLIP: Contrastive Learning from Unpaired Medical Images and Text", {"arxiv": "2210.10163"},
         "github.com/RyanWangZf/MedCLIP"),
        ("Contrastive Learning of Medical Visual Representations from Paired Images and Text", {},
         "github.com/edreisMD/ConVIRT-pytorch"),
        ("Generalized radiograph representation learning via cross-supervision between images and free-text "
         "radiology reports", {}, None),
        ("Advancing Radiograph Representation Learning with Masked Record Modeling", {},
         "github.com/RL4M/MRM-pytorch"),
    ],
    # audit17: unclosed-bold-name-stray-stars ("***RadFM *** Towards …", "**Name ** Title": a space before the
    # closing stars leaves them literal; a run of stars standing alone is markup, no word of the title)
    "unclosed-bold-name-stray-stars.md": [
        ("ChestGen Towards generalist report generation for chest radiographs at scale", {"arxiv": "2401.23456"},
         "github.com/cxrlab/ChestGen"),
        ("KneeNet Self-supervised pretraining on knee MRI for cartilage grading", {"arxiv": "2302.34567"},
         "github.com/kneelab/KneeNet"),
        ("SpineFM a vertebra-aware foundation model for spine CT", {"arxiv": "2405.12345"}, None),
    ],
    # audit17: short-row-skipped-cell-before-code ("| 2024 | **Name**: Title | arXiv | Model |  scale | [✓](github…) |
    # [✓](huggingface…) | feature |" under a nine-column header: one cell left out before the links shifts them
    # one column left, the code under "Scale" and the weights under "Code")
    "short-row-skipped-cell-before-code.md": [
        ("VolFM: A Volumetric Foundation Model for Abdominal CT", {}, "github.com/volumelab/VolFM"),
        ("BrainGPT-3D: Report Generation for Brain MRI with a 3D Vision-Language Model", {}, "github.com/neurolab/BrainGPT-3D"),
        ("OrganSAM: Promptable Organ Segmentation in 3D CT", {}, "github.com/organlab/OrganSAM"),
        ("PelviFound: Pelvic MRI Representation Learning at Scale", {}, "huggingface.co/pelvilab/PelviFound"),
    ],
    # audit17: a title written as a link whose URL is left for later ("[Title]()"), in a table row and a bullet
    "title-link-without-url.md": [
        ("Boundary-Aware Contrastive Pre-training for Polyp Segmentation in Colonoscopy", {"arxiv": "2307.01234"},
         "github.com/example-lab/BoundaryPolyp"),
        ("Masked Graph Autoencoders for Whole Slide Image Survival Prediction", {}, None),
        ("Uncertainty-Guided Pseudo Labels for Semi-supervised Prostate MRI Segmentation", {},
         "github.com/example-lab/UGPL"),
        ("Cross-modal Prompt Tuning for Chest Radiograph Report Generation", {}, None),
        ("Federated Distillation of Retinal Foundation Models", {}, None),
        ("Sparse-view CT Reconstruction with Score-based Diffusion Priors", {"arxiv": "2308.04321"},
         "github.com/example-lab/SparseScore"),
    ],
    "diffusion-style.md": [
        ("Diffusion Models in Medical Imaging: A Comprehensive Survey", {"arxiv": "2211.07804"},
         "github.com/amirhossein-kz/Awesome-Diffusion-Models-in-Medical-Imaging"),
        ("Diffusion Models for Medical Anomaly Detection", {"arxiv": "2203.04306"},
         "github.com/JuliaWolleb/diffusion-anomaly"),
        ("Fast Unsupervised Brain Anomaly Detection and Segmentation with Diffusion Models",
         {"arxiv": "2206.03461"}, None),
        ("MedSegDiff: Medical Image Segmentation with Diffusion Probabilistic Model", {"arxiv": "2211.00611"},
         "github.com/WuJunde/MedSegDiff"),
        ("Ambiguous Medical Image Segmentation using Diffusion Models", {},
         "github.com/aimansnigdha/Ambiguous-Medical-Image-Segmentation-using-Diffusion-Models"),
    ],
    "table-badges-style.md": [
        ("Towards Expert-Level Medical Question Answering with Large Language Models", {"arxiv": "2305.09617"}, None),
        ("ChatDoctor: A Medical Chat Model Fine-Tuned on LLaMA Model", {"arxiv": "2303.14070"},
         "github.com/Kent0n-Li/ChatDoctor"),
        ("HuaTuo: Tuning LLaMA Model with Chinese Medical Knowledge", {"arxiv": "2304.06975"},
         "github.com/SCIR-HI/Huatuo-Llama-Med-Chinese"),
        ("Large Language Models Encode Clinical Knowledge", {"doi": "10.1038/s41586-023-06291-2"}, None),
        ("PMC-LLaMA: Towards Building Open-source Language Models for Medicine", {"arxiv": "2304.14454"},
         "github.com/chaoyi-wu/PMC-LLaMA"),
    ],
    "numbered-citation-style.md": [
        ("Doctor AI: Predicting Clinical Events via Recurrent Neural Networks", {"pmid": "28286600"},
         "github.com/mp2893/doctorai"),
        ("Scalable and accurate deep learning with electronic health records",
         {"doi": "10.1038/s41746-018-0029-1"}, None),
        ("Deep Patient: An Unsupervised Representation to Predict the Future of Patients from the Electronic "
         "Health Records", {"pmcid": "PMC4869115"}, None),
        ("Deep EHR: A Survey of Recent Advances in Deep Learning Techniques for Electronic Health Record (EHR) "
         "Analysis", {"doi": "10.1109/jbhi.2017.2767063"}, None),
        ("BEHRT: Transformer for Electronic Health Records", {}, "github.com/deepmedicine/BEHRT"),
    ],
    "chinese-mixed-style.md": [
        ("Radiologist-Level Pneumonia Detection on Chest X-Rays with Deep Learning", {"arxiv": "1711.05225"},
         "github.com/arnoweng/CheXNet"),
        ("DeepLesion: automated mining of large-scale lesion annotations and universal lesion detection with deep "
         "learning", {"doi": "10.1117/1.jmi.5.3.036501"}, None),
        ("Conceptualized Representation Learning for Chinese Biomedical Text Mining", {"arxiv": "2008.10813"},
         "github.com/alibaba-research/ChineseBLUE"),
        ("BioBERT: a pre-trained biomedical language representation model for biomedical text mining",
         {"doi": "10.1093/bioinformatics/btz682"}, "github.com/dmis-lab/biobert"),
        ("CBLUE: A Chinese Biomedical Language Understanding Evaluation Benchmark", {"arxiv": "2106.08087"},
         "github.com/CBLUEbenchmark/CBLUE"),
    ],
    "mixed-bullets-style.md": [
        ("U-Net: Convolutional Networks for Biomedical Image Segmentation", {"arxiv": "1505.04597"},
         "github.com/zhixuhao/unet"),
        ("nnU-Net: a self-configuring method for deep learning-based biomedical image segmentation",
         {"doi": "10.1038/s41592-020-01008-z"}, "github.com/MIC-DKFZ/nnUNet"),
        ("TransUNet: Transformers Make Strong Encoders for Medical Image Segmentation", {"arxiv": "2102.04306"},
         "github.com/Beckschen/TransUNet"),
        ("Attention U-Net: Learning Where to Look for the Pancreas", {"arxiv": "1804.03999"},
         "github.com/ozan-oktay/Attention-Gated-Networks"),
        ("Large language models encode clinical knowledge", {"doi": "10.1038/s41586-023-06291-2"}, None),
        ("BioGPT: generative pre-trained transformer for biomedical text generation and mining", {},
         "github.com/microsoft/BioGPT"),
        ("GatorTron", {"doi": "10.1038/s41746-022-00742-2"}, "github.com/uf-hobi-informatics-lab/GatorTron"),
        ("ClinicalBERT: Modeling Clinical Notes and Predicting Hospital Readmission", {"arxiv": "1904.05342"},
         "github.com/kexinhuang12345/clinicalBERT"),
        ("Med-BERT: pretrained contextualized embeddings on large-scale structured electronic health records",
         {"doi": "10.1038/s41746-021-00455-y"}, "github.com/ZhiGroup/Med-BERT"),
        ("CheXNet: 肺炎检测", {"arxiv": "1711.05225"}, "github.com/arnoweng/CheXNet"),
        ("Dermatologist-level classification of skin cancer with deep neural networks",
         {"doi": "10.1038/nature21056"}, None),
    ],
    # the same layouts in other words (hand-counted: four papers on lines 5, 6, 8, 9; line 7's
    # repository is a "(third-party)" port, not the paper's code; the two <li> tools are no papers)
    "pathology-other-words.md": [
        ("Whole-slide image classification with attention-based multiple instance learning",
         {"arxiv": "1802.04712"}, "github.com/AMLab-Amsterdam/AttentionDeepMIL"),
        ("Data-efficient and weakly supervised computational pathology on whole-slide images",
         {"doi": "10.1038/s41551-020-00682-w"}, None),
        ("Simultaneous segmentation and classification of nuclei in multi-tissue histology images", {},
         "github.com/vqdang/hover_net"),
        ("Self-supervised driven consistency training for annotation efficient histopathology image analysis",
         {"arxiv": "2102.03897"}, None),
    ],
    # paragraphs as items: "-[Title](url)" written without the bullet's space, "[Venue Year] Title [[paper]](…)"
    # one per paragraph or one per line, a bold one among them; a "reproduced code" link is someone else's;
    # a "[Paper]" without a link still makes "Title [Paper] [[Code]](github…)" a paper with its code.
    # Hand-counted: eight papers (lines 6, 12, 14, 18, 20, 22, 23, 27); the intro on line 3 and the
    # MIMIC-CXR heading block with one descriptive sentence (lines 29-31) are no papers.
    "bulletless-paragraphs-style.md": [
        ("A systematic literature review of automated clinical coding and classification systems",
         {"pmcid": "PMC3000748"}, None),
        ("Explainable Prediction of Medical Codes from Clinical Text", {}, None),
        ("Few-Shot and Zero-Shot Multi-Label Learning for Structured Label Spaces", {}, None),
        ("Generating Radiology Reports via Memory-driven Transformer", {"arxiv": "2010.16056"},
         "github.com/cuhksz-nlp/R2Gen"),
        ("Improving Factual Completeness and Consistency of Image-to-Text Radiology Report Generation",
         {"arxiv": "2010.10042"}, "github.com/ysmiura/ifcc"),
        ("Towards Generalist Biomedical AI", {"arxiv": "2307.14334"}, None),
        ("A Self-guided Framework for Radiology Report Generation", {"doi": "10.1007/978-3-031-16452-1_56"},
         "github.com/LijunRio/A-Self-Guided-Framework"),
        ("Cross-modal Memory Networks for Radiology Report Generation", {}, "github.com/zhjohnchan/R2GenCMN"),
    ],
    # tables whose title is not in the first name-like column: "Model Name | Paper Title", "Method | … |
    # Reference" (a linked title, the method cell sometimes empty), and a "Resources" column whose link
    # texts say what each link is ([Dataset](github…) is no code). Hand-counted: nine papers, one per row.
    "table-columns-style.md": [
        ("A visual-language foundation model for pathology image analysis using medical Twitter",
         {"doi": "10.1038/s41591-023-02504-3"}, "github.com/PathologyFoundation/plip"),
        ("A visual-language foundation model for computational pathology", {"doi": "10.1038/s41591-024-02856-4"},
         "github.com/mahmoodlab/CONCH"),
        ("Quilt-LLaVA: Visual Instruction Tuning by Extracting Localized Narratives from Open-Source "
         "Histopathology Videos", {"arxiv": "2312.04746"}, None),
        ("CPathAgent: An Agent-based Foundation Model for Interpretable High-Resolution Pathology Image Analysis",
         {}, None),
        ("Generating Multi-label Discrete Patient Records using Generative Adversarial Networks", {},
         "github.com/mp2893/medgan"),
        ("Data-driven approach for creating synthetic electronic medical records",
         {"doi": "10.1186/1472-6947-10-59"}, None),
        ("EVA: Generating Longitudinal Electronic Health Records Using Conditional Variational Autoencoders",
         {"arxiv": "2012.10020"}, None),
        ("BioBERT", {"arxiv": "1901.08746"}, "github.com/dmis-lab/biobert"),
        ("BlueBERT", {"arxiv": "1906.05474"}, "github.com/ncbi-nlp/bluebert"),
    ],
    # trailers after an undelimited title: a bold venue tag or dataset name in parentheses, an
    # "A. Author et al." tail; challenges named with a year are no papers. Hand-counted: six papers.
    "trailer-tags-style.md": [
        ("A Survey of Deep Learning-based Radiology Report Generation Using Multimodal Data",
         {"arxiv": "2405.12833"}, None),
        ("Automated Radiology Report Generation: A Review of Recent Advances", {}, None),
        ("FActScore: Fine-grained Atomic Evaluation of Factual Precision in Long Form Text Generation",
         {"arxiv": "2305.14251"}, "github.com/shmsw25/FActScore"),
        ("Learning Visual-Semantic Embeddings for Reporting Abnormal Findings on Chest X-rays", {},
         "github.com/nijianmo/chest-xray-cvse"),
        ("Deep EHR: A Survey of Recent Advances in Deep Learning Techniques for Electronic Health Record (EHR) "
         "Analysis", {"arxiv": "1706.03446"}, None),
        ("Deep Patient: An Unsupervised Representation to Predict the Future of Patients from the Electronic "
         "Health Records", {"pmcid": "PMC4869115"}, None),
    ],
    # a table of papers whose rows link only their code (Year | Title | Journal | … | Code): each row
    # cites a paper; a tools table is no papers; "Title. Venue Year. [[paper]](…)" bullets keep the
    # venue sentence out of the title. Hand-counted: six papers (lines 9-11, 24-26).
    "table-venue-code-style.md": [
        ("RETFound: A foundation model for generalizable disease detection from retinal images", {},
         "github.com/rmaphoh/RETFound"),
        ("VisionFM: A vision foundation model for generalist ophthalmic artificial intelligence", {},
         "github.com/ABILab-CUHK/VisionFM"),
        ("EyeFound: A multimodal generalist foundation model for ophthalmic imaging", {}, None),
        ("MedCLIP: Contrastive Learning from Unpaired Medical Images and Text", {"arxiv": "2210.10163"},
         "github.com/RyanWangZf/MedCLIP"),
        ("Joint learning of localized representations from medical images and reports",
         {"doi": "10.1007/978-3-031-19809-0_39"}, None),
        ("Multimodal Representation Learning via Maximization of Local Mutual Information",
         {"doi": "10.1007/978-3-030-87196-3_26"}, None),
    ],
    # the first link names the venue or says "PDF" and the title follows it ("[[CVPR 2023](…)] Title
    # [[Code](…)]"), badge images on the next line; "[Title](…) — **Venue** <sub>date</sub>" items.
    # Hand-counted: six papers (lines 8, 10, 13, 14, 18, 19).
    "venue-link-first-style.md": [
        ("LLaVA-Med: Training a Large Language-and-Vision Assistant for Biomedicine in One Day",
         {"arxiv": "2306.00890"}, "github.com/microsoft/LLaVA-Med"),
        ("Dynamic Graph Enhanced Contrastive Learning for Chest X-Ray Report Generation", {},
         "github.com/mlii0117/DCL"),
        ("MDAgents: An Adaptive Collaboration of LLMs for Medical Decision-Making", {"arxiv": "2404.15155"},
         "github.com/mitmedialab/MDAgents"),
        ("Capabilities of Gemini Models in Medicine", {"arxiv": "2404.18416"}, None),
        ("Knowledge or Reasoning? A Close Look at How LLMs Think Across Domains", {"arxiv": "2506.02126"}, None),
        ("MedCoT: Medical Chain of Thought via Hierarchical Expert", {"arxiv": "2412.13736"}, None),
    ],
    # a name and its date, then labelled sub-bullets ("Paper: URL", "Code: URL", "数据：" with its own
    # sub-list). Hand-counted: two papers with their code (lines 3, 12); ChatMed (line 18) has only code.
    "nested-fields-style.md": [
        ("ChatDoctor", {"arxiv": "2303.14070"}, "github.com/Kent0n-Li/ChatDoctor"),
        ("PMC-LLaMA", {"arxiv": "2304.14454"}, "github.com/chaoyi-wu/PMC-LLaMA"),
    ],
    # a table title cell holding the linked title and a <sub> note after a <br>, a star-badge code link;
    # bold titles closed by a full stop; a capability matrix that names papers listed above (no link,
    # a short name) is no new paper. Hand-counted: four papers (lines 7, 8, 12, 16).
    "table-notes-style.md": [
        ("RadJEPA: Radiology Encoder for Chest X-Rays via Joint Embedding Predictive Architecture",
         {"arxiv": "2601.15891"}, "github.com/aidelab-iitbombay/RadJEPA"),
        ("Self-Supervised Learning from Images with a Joint-Embedding Predictive Architecture",
         {"arxiv": "2301.08243"}, None),
        ("CheXWorld: Exploring Image World Modeling for Radiograph Representation Learning",
         {"arxiv": "2504.13820"}, None),
        ("EchoWorld: Learning Motion-Aware World Models for Echocardiography Probe Guidance",
         {"arxiv": "2504.13065"}, "github.com/LeapLabTHU/EchoWorld"),
    ],
    # a date tag before a bold title and emphasised authors ("- [2023/11] **Title** *Chen et al. arXiv*
    # [[paper](…)]"); a model with only its code is no paper. Hand-counted: four papers (lines 4, 5, 7, 10).
    "date-tag-bold-style.md": [
        ("HuatuoGPT-II, One-stage Training for Medical Adaption of LLMs", {"arxiv": "2311.09774"}, None),
        ("Zhongjing: Enhancing the Chinese Medical Capabilities of Large Language Model through Expert Feedback "
         "and Real-world Multi-turn Dialogue", {"arxiv": "2308.03549"}, "github.com/SupritYoung/Zhongjing"),
        ("ChatDoctor: A Medical Chat Model Fine-Tuned on a Large Language Model Meta-AI (LLaMA) Using Medical "
         "Domain Knowledge", {"pmcid": "PMC10364849"}, "github.com/Kent0n-Li/ChatDoctor"),
        ("Performance of Multimodal GPT-4V on USMLE with Image: Potential for Imaging Diagnostic Support with "
         "Explanations", {"doi": "10.1101/2023.10.26.23297629"}, None),
    ],
    # HTML tables: a header row written as bold <td> cells, a rowspan cell shifting the next row's cells,
    # "[2018 ICLR] Title" link texts (year first); a <th> table of a reading group. Hand-counted: five
    # papers (lines 12, 16, 21, 32, 33).
    "html-rowspan-style.md": [
        ("mixup: Beyond Empirical Risk Minimization", {"arxiv": "1710.09412"}, None),
        ("Symmetric Cross Entropy for Robust Learning with Noisy Labels", {}, None),
        ("Generalized Cross Entropy Loss for Training Deep Neural Networks with Noisy Labels", {}, None),
        ("Utility is in the Eye of the User: A Critique of NLP Leaderboards", {"arxiv": "2009.13888"}, None),
        ("Learning Sparse Networks Using Targeted Dropout", {"arxiv": "1905.13678"}, None),
    ],
    # found by auditing twelve more real lists (2026-12-02), one file per failure class
    "biorxiv-64898-doi-prefix.md": [
        ("Scaling laws for transcriptome transformers", {"doi": "10.64898/2026.01.15.700001"}, None),
        ("A perturbation atlas model for drug response",
         {"doi": "10.64898/2026.02.20.700002"}, "github.com/example-lab/pertatlas"),
        ("Federated cell-type annotation across hospitals", {"doi": "10.64898/2026.03.05.26300003"}, None),
        ("Older preprint for comparison", {"doi": "10.1101/2024.05.01.592001"}, None),
    ],
    "code-cell-url-normalisation.md": [
        ("Graph contrastive clustering of scRNA-seq data with gene priors",
         {"arxiv": "2403.00021"}, "github.com/example-lab/gccluster"),
        ("Hyperbolic embeddings for rare cell discovery",
         {"arxiv": "2404.00022"}, "github.com/example-lab/hyper-cells"),
        ("Benchmarking ligand-receptor inference tools", {"arxiv": "2305.00023"}, None),
        ("Scalable Leiden clustering on GPUs", {"arxiv": "2306.00024"}, "github.com/example-lab/gpuleiden"),
        ("Deep subspace clustering for single cells", {"arxiv": "2207.00025"}, "github.com/example-lab/dsc"),
    ],
    "empty-placeholder-table-rows.md": [
        ("Low-dose CT denoising with deep networks: a review",
         {"arxiv": "2401.00011"}, "github.com/example-lab/ldct-review"),
        ("MRI denoising with diffusion priors: a survey", {"doi": "10.1007/s10000-024-00001-2"}, None),
    ],
    "html-anchor-badges-in-table-cells.md": [
        ("HistoChat: Conversational Assistance for Slide Review",
         {"arxiv": "2501.00001"}, "github.com/example-lab/histochat"),
        ("Contrastive Tile-Caption Pretraining for Pathology",
         {"doi": "10.1038/s41591-025-00001-1"}, "github.com/example-lab/tileclip"),
        ("SlideR1: Reinforcement Learning for Slide-Level Reasoning", {"arxiv": "2502.00002"}, None),
        ("PathGen: Report Generation with Region Grounding",
         {"doi": "10.1109/isbi00000.2025.1234567"}, "github.com/example-lab/pathgen"),
    ],
    "lone-link-paragraph-titled-by-heading.md": [
        ("Transformers for clinical concept extraction: a systematic review", {"arxiv": "2103.00041"}, None),
        ("Weak supervision for phenotype labelling in electronic health records", {"arxiv": "2104.00042"}, None),
        ("Radiology report generation: a survey of methods and metrics", {"arxiv": "2105.00043"}, None),
        ("Automatic transcription of doctor-patient conversations", {"arxiv": "2106.00044"}, None),
    ],
    "page-title-site-suffixes.md": [
        ("Clinical Question Answering with Retrieval: A Survey", {}, None),
        ("Large Language Models for Discharge Summaries: Scoping Review", {}, None),
        ("Benchmarking Clinical Named Entity Recognition Across Languages", {"arxiv": "2301.00003"}, None),
        ("Federated learning on hospital notes: a methodical review", {}, None),
        ("Medication extraction from free text: a review", {}, None),
    ],
    "plain-title-references-typed-other.md": [
        ("Learning event ordering from discharge summaries with graph attention networks", {}, None),
        ("A benchmark for temporal relation extraction in oncology notes", {}, None),
        ("Weakly supervised timeline construction for intensive care records", {}, None),
        ("Overview of the 2019 n2c2 shared task on medication extraction from clinical notes", {}, None),
        ("Negation detection in radiology reports: a comparison of rule-based and neural methods", {}, None),
        ("Cross-institution de-identification of nursing notes with transformer ensembles", {}, None),
        ("Phenotype extraction from pathology reports with weak supervision", {}, None),
        ("Section segmentation of clinical notes using sequence labelling", {}, None),
        ("Coreference resolution for longitudinal patient records", {}, None),
    ],
    "resources-column-repo-as-code.md": [
        ("CellText", {"arxiv": "2405.00031"}, "github.com/example-lab/celltext"),
        ("GeneTalk", {"arxiv": "2402.00032"}, "github.com/example-lab/genetalk"),
        ("CellChatter", {"arxiv": "2312.00033"}, None),
    ],
    "venue-hyphen-year-tag-in-title.md": [
        ("Jumpstarting Phase Recognition", {"arxiv": "2406.00051"}, "github.com/example-lab/phasemem"),
        ("Smoke-Robust Step Recognition", {}, None),
        ("Tool Graphs for Laparoscopy", {}, None),
        ("Self-supervised video pretraining for cholecystectomy workflow analysis", {"arxiv": "2407.00053"}, None),
        ("Robust step recognition under smoke", {"arxiv": "2308.00054"}, None),
    ],
    "venue-label-links-in-paper-column.md": [
        ("CellWeaver", {"doi": "10.1101/2025.03.02.640001"}, "github.com/example-lab/cellweaver"),
        ("TissueLM", {"doi": "10.1038/s41592-024-09999-1"}, "github.com/example-lab/tissuelm"),
        ("GenePilot", {"doi": "10.1038/s41467-025-11111-2"}, None),
        ("scRanker", {}, "github.com/example-lab/scranker"),
        ("OmniSC", {"pmcid": "PMC10000001"}, None),
        ("CellDiff", {"arxiv": "2502.01234"}, None),
    ],
    # the fourth audit (ten more real lists, 2026-12-02)
    "bold-venue-comma-year-tag-before-plain-title.md": [
        ("Wearable foundation models: a survey of pretraining objectives", {"arxiv": "2501.01234"}, None),
        ("Sleep staging at scale: a review", {"arxiv": "2404.04321"}, None),
        ("PulseFormer: Tokenizing Photoplethysmography for Large Pretraining",
         {"arxiv": "2505.05555"}, "github.com/example-lab/pulseformer"),
        ("EEG-Bridge: Aligning Scalp Recordings Across Montages", {}, "github.com/example-lab/eeg-bridge"),
        ("GaitLM", {"arxiv": "2402.06666"}, None),
    ],
    "bracket-date-venue-tag-before-title-link.md": [
        ("SlideScout: An LLM Agent That Navigates Whole-Slide Images", {"arxiv": "2402.11111"}, None),
        ("Conversational triage of frozen sections with a vision-language assistant",
         {"doi": "10.1038/s41591-024-01234-5"}, None),
        ("Stain-aware planning for autonomous histology workflows", {"doi": "10.1101/2024.09.01.600001"}, None),
        ("Multi-agent review of cytology reports in a regional hospital network", {}, None),
        ("Large language models for laboratory medicine: a narrative review", {}, None),
        ("Agentic AI in pathology: opportunities and open problems", {"arxiv": "2412.22222"}, None),
    ],
    "glossary-and-note-bullets-typed-paper.md": [
        ("Self-Supervised Pretraining of Electrodermal Activity Encoders for Stress Detection", {}, None),
        ("A Foundation Model for Pulse Oximetry Across Skin Tones", {}, None),
        ("Learning Universal Accelerometry Representations from a Million Person-Days", {}, None),
        ("Contrastive Alignment of ECG and Clinical Text Reports", {}, None),
        ("Masked Autoencoding for Multichannel Wearable Signals", {}, None),
        ("Benchmarking Sleep Stage Classifiers on Consumer Wearables", {}, None),
        ("Transfer Learning for Arrhythmia Detection on Smartwatches", {}, None),
        ("Scaling Laws for Biosignal Transformers", {}, None),
    ],
    "linkless-bold-title-after-date-venue-tag.md": [
        ("VariantPilot: Tool-Using Language Agents for Clinical Variant Curation", {}, None),
        ("An Autonomous Agent for ACMG Evidence Gathering", {}, None),
        ("Splice-aware Reasoning with Retrieval for Rare Disease Diagnosis", {}, None),
        ("GeneQA-Bench: Evaluating Agents on Gene Function Questions", {}, None),
        ("How Well Do Agents Read Pedigrees? A Benchmark", {}, None),
    ],
    "model-badge-github-link-as-code.md": [
        ("NoteBERT: Pretraining on Discharge Summaries for Readmission Prediction",
         {"arxiv": "2001.01111"}, "github.com/example/notebert"),
        ("TriageT5: Text-to-Text Models for Emergency Department Notes",
         {"arxiv": "2202.02222"}, "github.com/example/triaget5"),
    ],
    "paper-title-column-in-dataset-section.md": [
        ("KinSet: a curated dataset of kinase–inhibitor complexes for learning binding poses",
         {}, "github.com/example/kinset"),
        ("ApoBench: benchmarking docking on apo protein structures", {}, None),
        ("Improving free energy estimates with learned potentials", {}, None),
        ("FEPNet: neural corrections to alchemical free energies", {}, "github.com/example/fepnet"),
    ],
    "pdf-in-github-blob-chinese-title-brackets.md": [
        ("Deep Learning for Retinal Vessel Segmentation", {}, None),
        ("Automated Grading of Knee Osteoarthritis from Radiographs", {}, None),
        ("Predicting Sepsis Onset in the ICU with Recurrent Networks", {}, None),
        ("Learning to Detect Polyps in Colonoscopy Video", {"arxiv": "1901.01234"}, None),
    ],
    "venue-apostrophe-year-paren-in-link-text.md": [
        ("SympKG: a symptom knowledge graph for triage", {"pmid": "36000001"}, "github.com/example/sympkg"),
        ("Mining drug interactions from labels at scale", {"doi": "10.1101/2022.01.01.474747"}, None),
        ("OncoLink: linking tumour boards to guidelines",
         {"doi": "10.1101/2022.03.03.22271111"}, "github.com/example/oncolink"),
        ("Entity alignment across bilingual medical graphs", {"doi": "10.18653/v1/2020.coling-main.99"}, None),
        ("AlignKG: ontology-guided alignment of clinical graphs",
         {"arxiv": "2203.03333"}, "github.com/example/alignkg"),
    ],
    # the fifth audit (ten more real lists, 2026-12-02)
    "acm-delivery-url-bogus-doi.md": [
        ("Medication Recommendation with Graph Attention over Patient Visits", {}, None),
        ("Clinical Concept Linking with Ontology Constraints", {}, None),
    ],
    # audit17: a review's reference list, each item "YEAR - [Title](doi)": the year is never the title, even
    # beside a short link text (lamalab-org/GPMs-book)
    "year-dash-reference-list.md": [
        ("Neural scaling of chemical language models", {"doi": "10.1038/s42256-024-01111-2"}, None),
        ("GPT-4 Technical Report", {"arxiv": "2303.08774"}, None),
        ("The Hardware Lottery", {"doi": "10.1145/3467017"}, None),
        ("Use machine learning to find energy materials", {"doi": "10.1038/d41586-017-07820-6"}, None),
        ("The isabelle framework", {"doi": "10.1007/978-3-540-71067-7_7"}, None),
    ],
    "bold-name-colon-title-prefix.md": [
        ("Learning protein folding grammars from evolutionary sequence data",
         {"arxiv": "2301.40004"}, "github.com/protlab/foldlm"),
        ("The enzyme transformer: predicting catalytic activity from sequence alone",
         {"doi": "10.1101/2023.02.02.526001"}, "github.com/protlab/enzyme-transformer"),
        ("generative pre-training for ligand binding site design",
         {"arxiv": "2305.50005"}, "huggingface.co/protlab/bindgpt"),
    ],
    "code-column-non-forge-link.md": [
        ("RadQA: Answering Radiology Questions with Retrieval", {"arxiv": "2301.60006"}, None),
        ("PathAsk: Pathology Visual Question Answering at Scale",
         {"arxiv": "2302.70007"}, "github.com/vqalab/pathask"),
        ("DermQA: Dermatology Question Answering Benchmark", {"arxiv": "2303.80008"}, None),
    ],
    "field-label-records.md": [
        ("Deep Learning for Cardiac Magnetic Resonance Segmentation: A Review", {"arxiv": "2101.01234"}, None),
        ("Ultrasound Image Quality Assessment Methods: A Survey", {"arxiv": "2102.05678"}, None),
    ],
    "model-table-author-label-paper-cell.md": [
        ("SurgiChat", {"arxiv": "2402.33333"}, "github.com/orlab/surgichat"),
        ("LapCap", {}, "github.com/orlab/lapcap"),
        ("EndoQA", {"doi": "10.1007/978-3-031-55555-5_12"}, None),
        ("CholecGPT", {"arxiv": "2405.44444"}, "huggingface.co/orlab/cholecgpt"),
        ("RoboNarrate", {"doi": "10.1038/s41746-024-01234-5"}, "github.com/orlab/robonarrate"),
    ],
    "model-table-source-label-paper-cell.md": [
        ("FundusNet", {"arxiv": "2403.11111"}, "github.com/eyelab/fundusnet"),
        ("OCT-Former", {"doi": "10.1038/s41467-023-40001-2"}, "github.com/eyelab/oct-former"),
        ("RetiSeg", {"doi": "10.1016/j.media.2022.102600"}, "huggingface.co/eyelab/retiseg"),
        ("VesselGPT", {"arxiv": "2406.22222"}, "github.com/eyelab/vesselgpt"),
        ("MacuScan", {"doi": "10.1038/s41598-021-90001-3"}, None),
        ("GlaucoNet", {"doi": "10.1038/s41551-023-01010-4"}, "github.com/eyelab/glauconet"),
    ],
    "name-cell-remark-parenthetical.md": [
        ("ChartBERT", {"arxiv": "2301.77777"}, "github.com/ehrlab/chartbert"),
        ("TimeLine-FM", {"doi": "10.1038/s41746-024-05555-1"}, "github.com/ehrlab/timeline-fm"),
        ("VitalsNet", {"arxiv": "2203.88888"}, None),
    ],
    "numbered-bracket-citation-paragraphs.md": [
        ("Early warning of sepsis from routine vital signs with recurrent networks", {}, None),
        ("Interpretable mortality prediction in the intensive care unit", {}, None),
        ("Dermoscopic lesion triage with self-supervised transformers", {}, None),
    ],
    "two-papers-one-cell.md": [
        ("Med-Omni (1.0/2.0)", {"arxiv": "2404.10001"}, None),
        ("Med-Omni (1.0/2.0)", {"arxiv": "2409.20002"}, None),  # the second paper: the row names it too
        ("PathMix", {"doi": "10.1016/j.jbi.2022.104444", "pmcid": "PMC10000001"}, "github.com/mixlab/pathmix"),
        ("CardioLM", {"arxiv": "2402.30003"}, "github.com/mixlab/cardiolm"),
    ],
    "venue-paren-year-lead-before-linked-title.md": [
        ("Fragment Walks for Lead Discovery with Reinforcement Learning", {}, None),
        ("Grammar Induction for Small Molecule Graphs", {}, None),
        ("Synthesis-Aware Tree Decoding of Molecules", {}, None),
        ("Equivariant Scaffold Completion with Motif Vocabularies", {"arxiv": "2301.01234"}, None),
        ("Relation Networks for Few-Shot Toxicity Prediction", {}, None),
        ("Pretraining Bond Graphs for Solubility Regression", {"doi": "10.1145/3394486.3400001"}, None),
    ],
    "model-name-code-span-bracketed-paper-label.md": [
        ("CardioGPT", {"arxiv": "2401.01111"}, "github.com/heartlab/CardioGPT"),
        ("DermLM-v2", {"arxiv": "2402.02222"}, "github.com/skinai/DermLM"),
        ("NephroChat", {"arxiv": "2403.03333"}, "github.com/kidney/NephroChat"),
        ("OncoVLM", {"arxiv": "2404.04444"}, None),
        ("PulmoLLM", {"arxiv": "2405.05555"}, "github.com/lunglab/PulmoLLM"),
    ],
    "name-colon-author-year-reference-before-link.md": [
        ("CardioBERT: a pretrained language model for cardiology notes", {"arxiv": "2101.01234"}, None),
        ("Summarising discharge notes with retrieval-augmented decoders", {"arxiv": "2202.02345"}, None),
        ("Language models triage emergency department notes", {"doi": "10.1038/s41591-023-01234-5"}, None),
        ("Transfer learning over regulatory sequence", {"doi": "10.1038/s41586-024-01234-6"}, None),
        ("Chatbots repeat outdated dosing advice", {"doi": "10.1038/d41586-023-01234-7"}, None),
    ],
    "apa-month-date-citation-link-text.md": [
        ("Hierarchical label attention for discharge summary coding", {}, None),
        ("Ontology-guided multi-label coding of radiology reports", {}, None),
        ("Zero-shot ICD assignment with code descriptions", {"arxiv": "1905.01234"}, None),
        ("Label-wise transformers for rare diagnosis codes", {"pmcid": "PMC7654321"}, None),
    ],
    "code-repo-in-sub-bullet.md": [
        ("Extreme multi-label classification of clinical notes with label trees", {"arxiv": "1906.01234"}, "github.com/kito/XMC-Notes"),
        ("Code-aware attention for billing codes", {"arxiv": "1907.02345"}, None),
        ("Prompting encoders for ICD-10 assignment", {"arxiv": "2006.03456"}, "github.com/nabara/icd-prompt"),
    ],
    "arxiv-pdf-url-encoded-junk.md": [
        ("Score-based docking with torsional noise", {"arxiv": "2210.09999"}, "github.com/dockgroup/torsion-dock"),
        ("Pocket-conditioned ligand flows", {"arxiv": "2302.08888"}, "github.com/dockgroup/pocket-flow"),
        ("Rigid-body equivariant binding", {"arxiv": "2202.07777"}, None),
    ],
    "malformed-venue-tag-extra-bracket.md": [
        ("Equivariant denoising for 3D molecule generation", {}, None),
        ("Energy-guided equivariant SDEs for inverse design", {}, None),
        ("Voxel denoising for molecule generation", {}, None),
        ("Molecular diffusion with bond-length priors", {}, None),
    ],
    "code-link-placeholder-or-emoji-label.md": [
        ("NeuroWave: A Spectral Foundation Model for Scalp EEG", {"arxiv": "2605.11111"}, None),
        ("SleepMAE: Masked Autoencoding of Polysomnography", {"arxiv": "2605.22222"}, "github.com/osei-lab/sleepmae"),
        ("EchoSeg2: Video Segmentation of Echocardiograms with Memory", {"arxiv": "2501.33333"}, None),
        ("PolypTrack: Tracking Polyps Across Colonoscopy Frames", {"arxiv": "2502.44444"}, "github.com/gi-vision/polyptrack"),
        ("CTPrompt: Prompted Organ Segmentation for Abdominal CT", {"arxiv": "2503.55555"}, "github.com/ct-lab/ctprompt"),
    ],
    "colon-lead-in-before-linked-title.md": [
        ("Generative Priors for Medical Image Reconstruction: A Survey", {}, None),
        ("Score-Based Priors for Accelerated MRI: A Review", {"arxiv": "2403.55555"}, None),
        ("LesionDiff: Conditional Diffusion for Lesion Inpainting in Brain MRI", {"arxiv": "2407.66666"}, None),
    ],
    "dataset-doi-in-dataset-badge.md": [
        ("GateMIL", {"arxiv": "2401.77777"}, "github.com/gatemil/gatemil"),
    ],
    "dataset-field-bullets-under-link-heading.md": [
        ("Graph Refinement of Retinal Vessel Maps with Topology Priors", {"arxiv": "2104.55501"}, "github.com/arden-lab/graphves"),
    ],
    "year-dash-prefix-author-paren-trailer.md": [
        ("Topology-Aware Loss Functions for Retinal Vessel Segmentation", {"arxiv": "2203.11111"}, "github.com/moreau/topoloss"),
        ("Lightweight Attention U-Net for Fundus Vessel Extraction", {"arxiv": "2107.22222"}, "github.com/chenlab/lau-net"),
        ("Deep Vessel Tracking in OCT Angiography Volumes", {}, "github.com/ruizlab/dvt-octa"),
        ("Residual Dense Networks (RDN) for Retinal Image Segmentation", {"arxiv": "1909.33333"}, "github.com/okafor/rdn-retina"),
        ("Multi-Path Networks for Optic Disc Segmentation", {}, "github.com/laine/mpnet"),
    ],
    "badge-only-paper-cell-model-table.md": [
        ("CardioSeg", {"arxiv": "2201.01010"}, "github.com/medlab/cardioseg"),
        ("LiverFormer", {"arxiv": "2202.02020"}, "github.com/hepaai/liverformer"),
        ("Brain UNet & Text", {"arxiv": "2203.03030"}, "github.com/neurogroup/brain-unet-text"),
        ("KidneyNet", {"arxiv": "2204.04040"}, "github.com/urovision/kidneynet"),
    ],
    "challenge-name-year-label-link.md": [
        ("A review of biomedical image analysis challenges", {"arxiv": "1806.23232"}, None),
        ("Winning the fetal brain tissue annotation challenge with cascades", {"arxiv": "2111.24242"}, None),
    ],
    "course-table-linkless-rows-title-column.md": [
        ("Clinical NLP in the era of transformers: a survey", {"arxiv": "2108.88888"}, None),
        ("Transformers for clinical concept extraction", {"arxiv": "2107.77777"}, None),
    ],
    "field-record-additional-links-code.md": [
        ("A systematic evaluation of single-cell clustering methods", {"pmid": "31111111"}, "github.com/mlopez/sc-cluster-bench"),
        ("Benchmarking doublet detection in single-cell RNA-seq", {"pmcid": "PMC7777777"}, "github.com/tbaker/doubletbench"),
    ],
    "github-issue-link-as-code.md": [
        ("Pooling Strategies for Enzyme Sequence Embeddings", {}, None),
        ("Reaction Fingerprints Revisited", {"arxiv": "2203.15151"}, "github.com/rxnlab/rxnfp-revisited"),
    ],
    "leaderboard-title-column-under-challenge-heading.md": [
        ("Coarse-to-Fine Cascades for Pancreatic Tumor Segmentation", {"arxiv": "2110.10101"}, "github.com/aruiz/pts-cascade"),
        ("Label Noise Robust Training for Pancreas Lesions", {}, "github.com/wchen/lnr-pancreas"),
        ("Test-Time Augmentation Ensembles for Pancreas CT", {}, None),
        ("Hybrid 2D/3D Networks for Liver Lesion Segmentation", {"arxiv": "1911.20202"}, "github.com/ohaddad/hybrid-lls"),
    ],
    "linkless-challenge-names-beside-linked-challenges.md": [
        ("Deep learning for cardiac MRI segmentation: a review", {"arxiv": "2104.44444"}, None),
        ("Self-supervised pretraining for abdominal CT segmentation", {"arxiv": "2105.55555"}, None),
    ],
    "linkless-description-subbullets-under-tool-items.md": [
        ("Automated retinal vessel analysis: a survey", {"arxiv": "2209.09999"}, None),
        ("Deep learning for retinal layer segmentation: a comparative study", {"arxiv": "2303.33333"}, None),
    ],
    "linkless-titles-under-papers-heading.md": [
        ("Domain-Specific Language Model Pretraining for Biomedical Natural Language Processing", {}, None),
        ("Publicly Available Clinical BERT Embeddings", {}, None),
        ("Large language models encode clinical knowledge", {}, None),
        ("BioBERT: a pre-trained biomedical language representation model for biomedical text mining", {}, None),
    ],
    "name-year-paren-link-text.md": [
        ("Substrate Translator", {}, None),
        ("EnzyFormer", {}, "github.com/enzylab/enzyformer"),
        ("Active Site Mapper", {}, None),
    ],
    # the ninth and tenth audits (fifteen more real lists: ML-systems, time-series, theory, bio foundation
    # models, atomistic simulation; 2026-12-02, fifth session)
    "heading-entry-note-bullets.md": [
        ("Sharp Rates for Overparameterized Kernel Regression", {}, "github.com/klee/sharp-kernel"),
        ("Implicit Bias of Mirror Descent on Separable Data", {}, None),
        ("Benign Overfitting in Two-Layer Convolutional Networks", {}, "github.com/ycao/benign-cnn"),
    ],
    "code-label-on-arxiv-url.md": [
        ("Attention-Gated Convolutions for Irregular Time Series", {"arxiv": "1802.01234"}, None),
        ("Sequence Networks for Multi-Rate Sensors", {"arxiv": "1803.04567"}, "github.com/seqnet/seqnet"),
        ("Probabilistic Demand Forecasting with Mixture Densities", {}, None),
    ],
    "loose-item-bold-title-author-paragraph.md": [
        ("Sparta: Serving Heterogeneous Models with Adaptive Batching", {}, None),
        ("Exploring the Hidden Dimension in Sparse Tensor Compilation", {}, None),
        ("Gemini: A Computation-Centric Distributed Parameter Server", {}, None),
        ("Checkpointing Large Models without Stalling Training", {}, None),
        ("Scheduling Deep Learning Jobs with Learned Throughput Models", {}, None),
    ],
    "biorxiv-early-dated-id-pdf.md": [
        ("Nucleotide-level pretraining for regulatory element prediction", {"doi": "10.1101/2023.05.12.540111"},
         "github.com/genelab/ntpretrain"),
        ("Long-context enhancer models across twelve species", {"doi": "10.1101/2022.10.30.22281722"}, None),
        ("Variant effect scoring with masked sequence models", {"doi": "10.1101/547059"}, None),
    ],
    "search-results-link-note-under-heading.md": [
        ("Kernel ridge potentials for liquid water", {"arxiv": "1903.01234"}, None),
        ("Sparse kernel force fields for alloys", {"doi": "10.1063/5.0011223"}, None),
        ("Equivariant message passing for molecular dynamics", {"arxiv": "2101.05678"}, None),
    ],
    # the eleventh and twelfth audits (fourteen more real lists: medical LLM/VLM and dataset lists, clinical
    # NLP notes, ML compilers, fluid mechanics, vision transformers, graph anomaly detection)
    "code-label-crediting-port-author.md": [
        ("Neighborhood Self-Attention for Dense Visual Recognition", {"arxiv": "2107.11111"}, None),
        ("Stripe Windows for Vision Transformers", {"arxiv": "2203.22222"}, "github.com/northlake-vision/StripeViT"),
        ("Mixing Halos for Efficient Local Attention", {"arxiv": "2106.33333"}, None),
        ("GridFormer: Grid Attention at Scale", {}, "github.com/summit-ai/gridformer"),
        ("Dynamic Windows for Vision Transformers", {"arxiv": "2203.44444"}, "github.com/deltavision/DynaWin"),
        ("Shifted Attention without Softmax", {"arxiv": "2201.55555"}, "github.com/riverside-ai/shiftattn"),
    ],
    "bulletless-quoted-title-lines-bare-code-urls.md": [  # no heading, no bullets: one record a line
        ("Contrastive Pretraining for Retinal Fundus Grading", {}, "github.com/eyelab/cpfg"),
        ("SegMamba-Lite: Linear-Time Volumetric Segmentation", {}, "github.com/voxel-ai/segmamba-lite"),
        ("Learning Dermoscopic Priors from Unlabelled Atlases", {}, "gitee.com/skinlab/dermprior"),
        ("A Benchmark of Foundation Models for Chest Radiographs", {}, "github.com/cxr-bench/cxr-fm"),
    ],
    # the thirteenth and fourteenth audits (ten more real lists: medical reasoning and agents, drug response,
    # ML for healthcare, multimodal foundation models, knowledge bases, benchmarks, molecular diffusion)
    "prose-mention-not-another-paper.md": [  # a work named in passing in a note is no second paper
        ("Conditioning Neural Vocoders on Predicted Spectrograms for Expressive Speech", {"arxiv": "1811.02345"}, None),
        ("Fast Parallel Waveform Generation with Flow Priors", {"arxiv": "1902.01234"}, None),
        ("Prosody Transfer for Low-Resource Text to Speech", {"arxiv": "2004.05678"}, None),
        ("Voxa (1.0/2.0)", {"arxiv": "2301.11111"}, "github.com/voxa-lab/voxa"),
        ("Voxa (1.0/2.0)", {"arxiv": "2309.22222"}, None),
    ],
    "rules-and-advice-bullets-beside-papers.md": [  # "Papers must be …", "Use a caller that …": no references
        ("A comparison of structural variant callers on long-read data", {"doi": "10.1186/s13059-023-03001-1"}, None),
        ("Benchmarking germline small variant callers across sequencing platforms",
         {"doi": "10.1038/s41467-022-35002-1"}, None),
    ],
    "nature-epdf-doi.md": [  # nature.com share links: ".epdf?…token" is a reader, the DOI is the article's
        ("Differentiable memory for long-horizon reasoning", {"doi": "10.1038/nature21234"}, None),
        ("Neural controllers with external storage", {"doi": "10.1038/s41586-021-01234-5"}, None),
        ("A plain PDF link", {"doi": "10.1038/s41467-020-15678-9"}, None),
    ],
    # the fifteenth audit (five more real lists: surgical video, EEG foundation models, computational
    # pathology, radiology report generation)
    "venue-tag-linkless-citation.md": [  # "[CIKM '23] Park, Jiwon. "**Title**." Proceedings …": no link
        ("Anatomy-Aware Contrastive Pretraining for Chest X-Ray Reporting", {}, None),
        ("Retrieval-Augmented Report Drafting with Frozen Vision-Language Encoders", {}, None),
        ("Temporal Priors for Follow-Up Radiograph Reporting", {}, None),
        ("Graph-Guided Consistency for Semi-Supervised Report Generation", {}, None),
    ],
    "broken-role-link-tail.md": [  # "[[code]](Title as target)": a link left as text is no prose
        ("Region-Grounded Transformers for Radiology Report Generation", {}, None),
        ("GraphRep-BART: Knowledge Graph Augmented Sequence Models for Radiology Report Generation",
         {"doi": "10.18653/v1/2023.eacl-main.999"}, None),
        ("Multi-View Domain Transfer for Medical Report Generation", {"arxiv": "2304.01234"},
         "github.com/example-lab/mvdt"),
        ("Joint Visual-Semantic Embeddings for Report Generation", {}, None),
    ],
    # the sixteenth audit (five more real lists in Chinese and Korean)
    "heading-link-title-field-bullets.md": [  # "### 1. [Title](arxiv…) (SVT)" / "- **저자**: …" / "- **학회/저널**: …"
        ("Sparse Voxel Transformers for Volumetric Segmentation", {"arxiv": "2301.04411"}, None),
        ("Contrastive Pretraining of Chest Radiograph Encoders", {"arxiv": "2205.10923"}, None),
        ("Score-Based Denoising for Low-Dose CT", {"arxiv": "2210.07719"}, None),
    ],
    "dash-title-single-author-linkless.md": [  # "**Title** — J. von Neumann. *Venue* 1966.": no link
        ("Notes on Self-Reproducing Automata", {}, None),
        ("Intelligence Explosion Microeconomics", {}, None),
        ("Practical Lessons from Building Terminal Coding Agents", {}, None),
        ("Closed-Loop Planning for Tool-Using Language Agents", {}, None),
    ],
    "blog-label-citation-not-paper.md": [  # "[[博客]](…)", "[[Blog]](…)": posts, though cited like papers
        ("Tool-Augmented Reasoning Agents", {"arxiv": "2501.01234"}, None),
    ],
    "ftp-bulk-download-url.md": [  # a file server's bulk download is a dataset link, not a paper
        ("Clinical Language Inference over Patient Notes", {"arxiv": "1808.06752"}, None),
        ("A Scanned Report on Word Vectors", {}, None),
    ],
    "lone-title-among-note-siblings.md": [
        ("Neural temporal relation extraction", {}, None),
        ("Representations of time expressions for temporal relation extraction with convolutional neural networks",
         {}, None),
        ("Automatic trial eligibility surveillance based on unstructured clinical data", {}, None),
        ("Extracting relations between radiotherapy treatment details", {}, None),
        ("Recognizing obesity and comorbidities in sparse data", {}, None),
        ("Towards generalizable entity-centric clinical coreference resolution", {}, None),
        ("Evaluating the state-of-the-art in automatic de-identification", {}, None),
        ("Communication-efficient learning of deep networks from decentralized data", {}, None),
        ("Deep contextualized word representations", {}, None),
    ],
    # audit 19 (HAR and segmentation paper collections): one paper per "## Title" heading, its bullets its fields
    "title-heading-field-bullets.md": [
        ("CardioSAM: Prompt-Free Segmentation of Echocardiography Views with One Model", {},
         "github.com/heartlab-ai/CardioSAM")] + [(t, {}, None) for t in (
        "Boundary-Aware Diffusion Priors for Semi-Supervised Polyp Segmentation",
        "Learning to Segment Vessels from Sparse Scribbles in 3D Angiography",
        "Revisiting Masked Pre-training for Abdominal Organ Segmentation in CT",
        "Uncertainty-Guided Mutual Teaching for Semi-Supervised Prostate MRI Segmentation",
        "Topology-Preserving Losses for Tubular Structure Segmentation in Retinal Images",
        "Cross-Modal Prompting of Foundation Models for Lung Tumor Segmentation in PET-CT",
        "Label Noise and Threshold Choice in Soft-Dice Training for Lesion Segmentation",
        "Zero-Shot Universal Lesion Tracking Across Longitudinal Whole-Body CT Scans",
        "Geometry-Preserving Segmentation of Intraoral Dental Meshes with Boundary Cues")],
    # ":star: **Title**", "🔥 **Title**": a marker before the bold title, not text of it
    "emoji-marker-before-bold-title.md": [
        ("Deep Learning for Wearable Activity Recognition: Progress, Pitfalls and Prospects", {"arxiv": "2103.04417"},
         None),
        ("Contrastive Pre-training of IMU Encoders for Few-Label Activity Recognition", {"doi": "10.1145/3580888"},
         "github.com/imu-lab/contrastive-har"),
        ("Self-training Activity Recognizers with Unlabelled Smartwatch Data", {"arxiv": "2105.07731"}, None),
    ],
    # audit 20 (lists in Chinese, Japanese and Korean): "### 1. ResNeXt" over its labelled links
    # ("- [x] 论文地址：[…](arxiv…)", "- [ ] 模型代码" left empty) is one paper; so is "### RetinaNet" / "- Paper: …"
    "unlinked-heading-role-link-record.md": [
        ("ResNeXt", {"arxiv": "1611.05431"}, "github.com/facebookresearch/ResNeXt"),
        ("EfficientNet", {"arxiv": "1905.11946"}, None),
        ("RetinaNet", {"arxiv": "1708.02002"}, "github.com/facebookresearch/Detectron"),
    ],
    # a table row cut off from its table by a blank line is still a row of it
    "orphan-pipe-row-after-table.md": [
        ("Clinical Text Summarization with Adapted Large Language Models", {}, None),
        ("Towards Generalist Biomedical AI", {}, None),
        ("Retrieval-Augmented Triage for Emergency Departments", {}, "github.com/example-lab/rat-ed"),
        ("Multi-Agent Tumor Board Simulation with Large Language Models", {}, "github.com/example-lab/tumorboard"),
    ],
    # "[code](openreview.net/forum?id=…)" is the paper's own page, no code; its supplementary attachment may be
    "code-label-on-openreview-record.md": [
        ("A Unified Benchmark for Bedside Clinical Reasoning in Language Models", {}, None),
        ("Sparse Mixture-of-Experts for Radiology Report Drafting", {},
         "openreview.net/attachment?id=Q9wErTy&name=supplementary_material"),
        ("Calibrated Triage with Conformal Language Models", {}, "github.com/example-lab/conftriage"),
    ],
    # audit 18 (bio/chem lists; a Logseq export of antibody papers): Chicago author-date references
    # ('Surname, Given, and Given Surname. 2022. "Title." Journal 31 (1): 141–46.') take the quoted title
    "author-date-quoted-title.md": [
        ('Learning Antibody Maturation Paths with Masked Language Models', {'doi': '10.1093/bioinformatics/btab123'}, None),
        ('Structure-Aware Pretraining for Antibody Paratope Prediction', {'arxiv': '2304.05521'}, None),
    ],
    # "… approved by the FDA (as of 2021)." is a note, not a reference with a venue "as"
    "date-phrase-note-not-paper.md": [
        ('Paired Repertoire Atlas: A Curated Database of Antibody Sequences', {'doi': '10.1002/pro.4999'}, None),
    ],
    "tab-indented-nested-items.md": [
        ('Rapid Side-Chain Packing with Equivariant Flows', {'arxiv': '2301.04417'}, 'github.com/lab-x/sideflow'),
        ('Contact Maps from Single Sequences via Axial Attention', {'doi': '10.1093/bioinformatics/btad101'}, None),
        ('Inverse Folding with Graph Transformers at Scale', {'arxiv': '2302.11873'}, 'github.com/lab-y/invfold'),
        ('Backbone Generation by Riemannian Score Matching', {'arxiv': '2303.09910'}, None),
    ],
    # "- **Name (2022)**" / "  - <reference>" / "  - <prose note with the [code](…)>": the note's links are the work's
    "work-name-bullet-with-note-siblings.md": [
        ('Antibody Viscosity Prediction from Sequence by Transfer Learning', {'doi': '10.1016/j.isci.2022.104321'},
         'github.com/acme-bio/soltune-paper-code'),
        ('HumanizeKit: A Platform for Antibody Humanization Based on Repertoire Language Models',
         {'doi': '10.1080/19420862.2022.2099999'}, 'github.com/examplepharma/HumanizeKit'),
        ('Deep Paratope Prediction with Graph Networks', {'arxiv': '2205.01234'}, None),
    ],
    # audit 17 (medical imaging lists): "#### Title" / "> Authors" / "* Paper: https://arxiv…" / "* Code: …" is one
    # record; an empty "Paper:" field after an author line still says paper
    "heading-titled-role-field-bullets.md": [
        ("Personalized Federated Segmentation of Abdominal CT under Scanner Shift", {"arxiv": "2507.01234"},
         "github.com/lhartmann/fedscan-seg"),
        ("Client-Aware Prompt Tuning for Federated Retinal Disease Grading", {}, None),
        ("FedPath: Benchmarking Stain Heterogeneity in Federated Histopathology", {}, None),
        ("Secure Aggregation for Federated Brain MRI Synthesis", {"arxiv": "2508.04321"}, None),
    ],
    # "[journal pdf](arXiv A) & [conference pdf](arXiv B)": two versions of one work; "Title, *Authors et al,
    # Venue.*": the emphasised reference is no part of the title
    "version-labelled-paper-links.md": [
        ("Shape-Constrained Cardiac Segmentation with Recurrent Refinement", {"arxiv": "2003.04511"},
         "github.com/akovacs/shape-refine"),
        ("Temporal Consistency Losses for Cine MRI", {"arxiv": "2006.01177"}, None),
        ("Joint Motion and Segmentation Networks for Echocardiography", {"doi": "10.1016/j.media.2020.101788"},
         "github.com/pmoreau/jms-echo"),
        ("Multi-Atlas Priors for Right Ventricle Segmentation", {"arxiv": "2009.03310"}, None),
    ],
    # a second code link whose repository calls itself a reimplementation is related code
    "reimplementation-named-repo-as-second-code.md": [
        ("ViTSyn: Vision transformers for multi-contrast MRI synthesis", {}, "github.com/synth-lab/ViTSyn"),
        ("Cycle-consistent CT-to-MR translation with anatomical priors", {"arxiv": "2104.05521"}, None),
        ("Diffusion bridges for PET denoising", {"arxiv": "2302.09981"}, "github.com/petlab/diffbridge"),
    ],
    # audit 21 (clinical NLP lists): a list written inside a block quote (">#### ACL: [Title](…)" / ">> Code: …")
    "blockquote-wrapped-heading-entries.md": [
        ("Contrastive Pretraining of Discharge Summary Encoders", {"arxiv": "2109.04417"}, None),
        ("Label-Sparse ICD Coding with Hierarchical Prompts", {}, None),
        ("Negation Scope Detection in Radiology Reports", {"doi": "10.18653/v1/2020.acl-main.901"},
         "github.com/lvogt/negscope"),
    ],
    # a label before the paper link ("**EMNLP 2021**: [Title](…)", "### ACL: [Title](…)") is no title
    "venue-label-before-paper-link.md": [
        ("Contrastive Pretraining of Discharge Summary Encoders", {"arxiv": "2109.04417"},
         "github.com/okafor-lab/dsum-contrast"),
        ("Report-Guided Lesion Localisation in Chest Radiographs", {"arxiv": "2107.01234"}, None),
        ("LinkBERT: Pretraining Language Models with Document Links", {"arxiv": "2203.15827"}, None),
        ("Label-Sparse ICD Coding with Hierarchical Prompts", {"doi": "10.18653/v1/2021.naacl-main.77"}, None),
        ("Negation Scope Detection in Radiology Reports", {"doi": "10.18653/v1/2020.acl-main.901"},
         "github.com/lvogt/negscope"),
    ],
    # audit 22 (dataset- and tool-heavy lists): a named resource whose article is a second link
    # ("### [LungScreen-X](home) … [paper](pubs.rsna.org/doi/…)") is the resource, not the paper; a one- or
    # two-word name linked to its article among tools or datasets ("- [snakeflow](frontiersin…) - run …") too
    "named-resource-heading-with-paper-sublink.md": [
        ("Deep Learning Segmentation of Neonatal Brain MRI with Sparse Labels", {"arxiv": "2309.12345"},
         "github.com/neoseg/neoseg"),
    ],
    "bare-name-linked-to-its-article-among-tools.md": [
        ("Self-Supervised Fetal Brain Segmentation", {"arxiv": "2310.01234"}, None),
        ("FetalNet", {"arxiv": "2311.04321"}, None),
    ],
    # audit 23 (big mixed lists): the oldest bioRxiv links leave out the server ("biorxiv.org/content/early/…")
    "biorxiv-early-url-without-server-segment.md": [
        ("Learning structure in single-cell expression with stacked autoencoders", {"doi": "10.1101/031999"}, None),
        ("Imputing chromatin accessibility with dilated convolutions", {"doi": "10.1101/159001"},
         "github.com/chromlab/dilacc"),
        ("Motif discovery with recurrent attention", {"doi": "10.1101/092999"}, None),
    ],
    # "[Nature Methods: Short intro](DOI A) & [Nature Methods](DOI B)": a companion piece is no second paper
    # and its DOI not the work's
    "companion-piece-link-beside-paper-link.md": [
        ("DeepChrom: predicting chromatin effects of noncoding variants", {"doi": "10.1038/nmeth.9002"}, None),
        ("Splice graphs learned from tissue RNA-seq", {"doi": "10.1038/nbt.9004"}, "github.com/splicelab/splicegraph"),
        ("Two methods for protein contact prediction", {"doi": "10.1093/bioinformatics/btw901"}, None),
    ],
    # "- [Title] [[scholar]](…) [[MedIA]](journal site/article/S1361-8415(18)30642-X/abstract)": brackets that link
    # nothing are no part of the title; a journal page named by its Elsevier PII is the paper
    "bracketed-title-pii-article-url.md": [
        ("Spine-GAN: Semantic segmentation of multiple spinal structures", {}, None),
        ("Adversarial learning for retinal layer segmentation", {"arxiv": "1802.01234"}, None),
        ("Cardiac chamber segmentation with conditional GANs", {}, None),
        ("Kidney tumour segmentation with adversarial priors", {}, None),
    ],
    # audit 24 (lists written as academic references): "arXiv:1908. 00723" copied from a justified column
    "arxiv-id-space-after-dot.md": [
        ("Universal transforming geometric networks for protein backbones", {"arxiv": "1908.00723"}, None),
        ("Sparse attention for multiple sequence alignments", {"arxiv": "2104.08811"}, None),
        ("Rotamer libraries learned from cryo-EM maps", {"arxiv": "2011.01234"}, None),
    ],
    # a numbered reference cut in two items by a copied page break is one reference
    "numbered-reference-continuation-items.md": [
        ("Coevolution-guided contact maps for orphan protein families", {}, None),
        ("Learning side-chain packing with equivariant message passing", {}, None),
        ("Distillation of structure predictors for Large-Scale Screening", {"arxiv": "2203.04512"}, None),
        ("Scoring functions for template-free assessment", {}, None),
        ("Graph transformers for antibody paratope prediction", {}, None),
    ],
    # "- [x] 1. Okafor, T. N., … Title. Journal 45, 112–126 (2020).", "* [4] …", "* (5) …": the number is no author
    "reference-number-in-task-items.md": [
        ("Advances in cryo-electron tomography of membrane complexes", {}, None),
        ("Learned potentials for coarse-grained protein folding", {}, None),
        ("Contact prediction from coevolution with graph attention", {}, None),
        ("Scoring functions for template-free structure assessment", {}, None),
        ("Equivariant transformers for side-chain packing", {"doi": "10.1093/bioinformatics/btac111"}, None),
    ],
    # "[Okonkwo, Ada, et al. "Title." Genome Biology … (2024).](…)" alone under a dated heading, then note
    # bullets: the reference is the entry, "* [GitHub](…)" / "* https://github.com/…" its code, the rest notes
    "reference-paragraph-with-note-bullets.md": [
        ("CellDrift: tracking perturbation responses across time in single-cell data",
         {"doi": "10.1186/s13059-024-03210-9"}, "github.com/aokonkwo/celldrift"),
        ("Haplotype-aware methylation calling from nanopore reads", {}, "github.com/lbrandt/hapmeth"),
    ],
    # "* Title" / "    * https://…": the one bare URL under a link-less title is its link
    "title-bullet-bare-url-sub-bullet.md": [
        ("Contrastive pretraining of variant effect predictors on population-scale exomes",
         {"doi": "10.1038/s41588-024-01711-2"}, None),
        ("Assembly graph neural networks for strain-resolved metagenomics", {}, None),
        ("Foundation models for single-cell ATAC-seq: a review", {"pmcid": "PMC10999999"}, None),
        ("Plasmid binning with contact maps", {}, None),
    ],
    # audit 25 (medical LLM lists): an HTML table cut into several HTML blocks by blank lines is one table
    "html-table-rows-split-by-blank-lines.md": [
        ("Conversational Report Drafting for Chest Radiographs with Grounded Findings",
         {"arxiv": "2403.11872", "doi": "10.1007/978-3-031-72001-5_12"}, "github.com/lumen-lab/CXR-Talk"),
        ("Organ-aware Report Generation for Abdominal CT", {}, None),
        ("A Specialised Multimodal Model for Mammography Reporting", {"arxiv": "2311.14502"}, None),
        ("SlideTalk: Whole-Slide Question Answering with Multimodal LLMs",
         {"doi": "10.1038/s41591-025-03310-7"}, "github.com/pathvlm/SlideTalk"),
        ("Captioning Pathology Patches with Vision-Language Pretraining", {"arxiv": "2402.09911"}, None),
    ],
    # audit 26 (omics and neuroscience tables): "blog"/"News" in a Pub.&Year column is no citation; a
    # "[paper list](github…/awesome-…)" is no code; "📄 Paper" / "💻 Code" are role labels (and no venue)
    "blog-in-venue-column.md": [
        ("AmiBERT: Masked Language Modelling of Antibody Repertoires", {"doi": "10.1101/2024.03.11.584321"},
         "github.com/amibert-lab/amibert"),
        ("Structure Tokens Make Protein Language Models Better Folders", {"arxiv": "2406.05555"}, None),
        ("Protein Language Models: A Survey", {"arxiv": "2402.07777"}, None),
    ],
    "code-cell-tutorials-link.md": [
        ("NucFormer learns promoter grammar across species", {"doi": "10.1038/s42256-024-00999-1"},
         "doi.org/10.5281/zenodo.9000001"),
        ("Tokenizer-free Genomic Language Modelling", {"doi": "10.1101/2024.05.20.599999"},
         "github.com/tokfree/tokfree-dna"),
    ],
    "emoji-role-label-on-unknown-host.md": [
        ("Brain-to-Speech Decoding: A Survey of Methods and Benchmarks", {}, None),
        ("Neural Decoding of Imagined Handwriting: A Review", {"arxiv": "2409.01234"},
         "gitlab.example-lab.org/bci/handwriting-bench"),
        ("CortiText: Transformer Decoding of Continuous Speech from ECoG", {}, "github.com/cortitext-lab/cortitext"),
    ],
    # audit 27 (general ML lists): a title in a "Paper" column is a paper when the Code column's repository
    # comes first, or when a "data" heading says dataset; a redirector's link is its target
    "paper-column-short-titles-code-before-url.md": [
        ("Spectral Wavelet Pooling", {}, "github.com/alice-lab/wavepool"),
        ("Directional Message Networks", {}, "github.com/bob-graph/dirnet"),
        ("Graph Attention Revisited", {}, "github.com/carol/sagat"),
        ("Higher-Order Mixing for Node Classification on Sparse Graphs", {"doi": "10.1145/3447548.3467000"},
         "github.com/dave/hopmix"),
        ("How Expressive are Attentional Message Passing Layers?", {}, "github.com/eve-lab/gatv3"),
        ("Attention Multi-Layer Perceptron for Large Graphs", {}, "github.com/frank/mlp-att"),
        ("Revisiting Hierarchical Pooling for Graph Classification", {"arxiv": "2106.01234"}, None),
    ],
    "paper-column-citations-under-data-heading.md": [
        ("Doubly robust forests for average treatment effects", {"arxiv": "1903.04567"}, "github.com/anakim/drforest"),
        ("tmlekit: An R package for targeted learning of treatment effects", {},
         "cran.r-project.org/web/packages/tmlekit/index.html"),
        ("IVSELECT: Stata module for instrument selection in high-dimensional IV models", {}, "ivselect.github.io"),
        ("Balancing networks for counterfactual prediction", {"arxiv": "2102.05678"}, None),
    ],
    "redirect-wrapped-links-zhihu.md": [
        ("A Survey on Federated Learning Systems: Vision, Hype and Reality for Data Privacy and Protection",
         {"arxiv": "1907.09693"}, None),
        ("Threats to Federated Learning: A Survey", {"arxiv": "2003.02133"}, None),
        ("Adaptive Federated Optimization with Sparse Client Updates", {"arxiv": "2104.05678"},
         "github.com/fedlab/sparse-fedopt"),
        ("Robust Aggregation for Heterogeneous Clients in Cross-Silo Federated Learning",
         {"doi": "10.1145/3447548.3467999"}, None),
    ],
    # audit 28 (health-AI evaluation): in a list that links its papers, unstopped sentence-case bullets and table
    # rows about study designs are prose, not a link-less reading list; '[Okafor et al. (2020)](doi) — "Title"'
    # takes the quoted title
    "prose-bullets-beside-linked-references.md": [
        ("Auditing the evidence behind cleared imaging algorithms", {"doi": "10.1038/s41591-020-0111-1"}, None),
        ("Prospective validation gaps in sepsis prediction models", {"doi": "10.1136/bmj.n1234"}, None),
        ("Lindqvist & Moreau", {"doi": "10.1177/0272989x08311111"}, None),
        ("Haddad et al.", {"doi": "10.1038/s41746-022-00500-2"}, None),
        ("Ethical limits of automated triage", {"doi": "10.1056/nejmp1900001"}, None),
    ],
    # audit 32 (a course reading list): 'Authors. "[Title.](url)" *Venue* 33, no. 7 (2014): 1123–31.', one per
    # paragraph: the quoted link is the title, however long the venue after it
    "chicago-quoted-link-title-paragraphs.md": [
        ("Early Warning of Sepsis From Bedside Vitals With Recurrent Networks", {"doi": "10.1093/jamia/ocab123"}, None),
        ("Calibrated Risk Scores for Intensive Care Readmission", {"arxiv": "2103.04567"}, None),
        ("Deep Survival Models for Heart Failure Cohorts", {"pmcid": "PMC7654321"}, None),
        ("Self-Supervised Pretraining for Chest Radiograph Triage", {"doi": "10.1038/s41746-022-00611-3"}, None),
        ("Federated Segmentation of Liver Tumours Across Hospitals", {"arxiv": "2204.01234"}, None),
    ],
    # audit 29 (less common Markdown: a reading roadmap, an RNN list, a tracking list): "**[25]** Authors.
    # "**Title**." CoRR, abs/1510.00249 (2015)": the bold number is no title; "CoRR, abs/…" and ".pdf&embed" ids
    "arxiv-corr-comma-and-ampersand-junk.md": [
        ("Deep compression of sparse networks", {"arxiv": "1510.00249"}, None),
        ("Building high-level features with unsupervised learning", {"arxiv": "1112.6309"}, None),
        ("Trust region methods for policy search", {"arxiv": "1502.05577"}, None),
    ],
    # "**GNMOT**: … [[code]](github…)[[paper]](cvf…)" under a heading that says papers is the paper, its code its own
    "code-first-paper-link-under-papers-heading.md": [
        ("CellGNN", {}, "github.com/cellab/CellGNN"),
        ("DualTrack", {}, "github.com/cellab/DualTrack"),
        ("LinTrack", {}, "github.com/cellab/lin-tracker"),
    ],
    # "* LSTM [[Paper](…)]" / "  * Authors, *Title*, Venue 1997": one work, its citation under its name
    "nested-citation-under-linked-label.md": [
        ("Bidirectional Long Short-Term Memory for Phoneme Tagging", {}, None),
        ("Gated Recurrent Units for Statistical Phrase Translation", {"arxiv": "1406.2078"}, None),
        ("Sequence Translation with Stacked Recurrent Encoders", {"arxiv": "1409.3315"}, None),
    ],
    # audit 31 (bot digests and conference lists): "**Title**" / "- 论文：https://…" / "- 代码：https://…" is one
    # record ("论文：暂无": the paper's link still to come); "- B. Zhao et al. *IEEE Access.*" under a paper is its
    # byline; "citation.cfm?doid=…" is a 10.1145 DOI; "代码和数据集：github…" names code first
    "bold-title-role-field-bullets.md": [
        ("Scale-Aware Anchor Networks for Dense Object Detection", {"arxiv": "2104.01234"},
         "github.com/alicechen/sa-anchor"),
        ("Temporal Memory Fields for Video Object Tracking", {"arxiv": "2103.04321"}, "github.com/bobwu/tmf"),
        ("Query-Adaptive Pruning for Efficient Detectors", {}, "github.com/carolli/qap"),
        ("Rotated Box Regression in Aerial Scenes", {"arxiv": "2105.05555"}, "github.com/dandeng/rbr"),
    ],
    "byline-sub-bullet-under-paper.md": [
        ("Attention Pooling for Appliance-Level Load Estimation", {}, "github.com/mrossi/attn-pool"),
        ("Sequence Transfer Across Households for Load Monitoring", {}, "github.com/lchen/seqtransfer"),
        ("Streaming Disaggregation with Sliding Windows", {"doi": "10.1145/3208903.3208930"},
         "github.com/okovac/stream-nilm"),
        ("Denoising Autoencoders for Low-Rate Smart Meter Data", {"arxiv": "2003.01234"}, "github.com/pnagy/dae-meter"),
    ],
    "acm-citation-cfm-doid.md": [
        ("Sliding-Window Load Estimation on Embedded Meters", {"doi": "10.1145/3208903.3208930"},
         "github.com/okovac/stream-nilm"),
        ("Sparse Coding for Appliance Signatures", {"doi": "10.1145/1143844.1143874"}, None),
        ("Activity Graphs in Smart Homes", {}, None),
    ],
    "zh-code-and-dataset-label.md": [
        ("Dynamic Refinement Network for Oriented Ship Detection", {"arxiv": "2005.09999"}, "github.com/hwang/drn-ship"),
        ("Aerial Vehicle Counting with Density Priors", {"arxiv": "2004.08888"}, None),
    ],
    # audit 30 (Chinese lists, second round): 极市-style records in one paragraph ("591.Title<br>" /
    # "论文链接：https://arxiv…<br>" / "源码链接：https://github…"); fields written as headings ("#### Title" /
    # "#### Link：[…](…)" / "#### Code：[…](…)"); field bullets indented too little under "10." (CommonMark ends the list)
    "br-numbered-records-one-paragraph.md": [
        ("Uncertainty-Guided Cross-Teaching for Semi-Supervised Polyp Segmentation", {"arxiv": "2406.01234"},
         "github.com/wzhang/UCT-Polyp"),
        ("Anatomy-Aware Registration of Fetal Brain MRI", {}, "github.com/yli/FetalReg"),
        ("Frequency Prompting for Domain-Generalized Fundus Segmentation", {"arxiv": "2406.05678"}, None),
        ("Weakly Supervised Nuclei Detection with Point Annotations", {"arxiv": "2406.09999"}, None),
    ],
    "heading-field-lines-link-code.md": [
        ("Adaptive Prompt Tuning for Universal Lesion Segmentation in CT", {"arxiv": "2503.01234"}, "github.com/medlab/APT-Seg"),
        ("Longitudinal Report Generation with Temporal Memory", {"arxiv": "2503.04567"}, None),
        ("Self-Distilled Mamba for Ultrasound Video Tracking", {"arxiv": "2503.07890"}, "usmamba.github.io"),
        ("Sparse Occupancy Priors for Point Cloud Completion", {"arxiv": "2503.11111"}, None),
    ],
    "underindented-field-bullets-numbered.md": [
        ("Graph attention for cell type annotation in single-cell RNA-seq", {"doi": "10.1093/bib/bbad111",
                                                                            "pmid": "36900001"}, None),
        ("Denoising spatial transcriptomics with diffusion priors", {"doi": "10.1038/s41592-024-02222-2",
                                                                     "arxiv": "2402.01234"}, None),
        ("Batch integration of single-cell atlases with optimal transport", {"doi": "10.1186/s13059-022-02700-1",
                                                                             "pmid": "35500002"}, None),
    ],
    # a reading list without links: "* [2017TMI] EndoNet" — a venue-and-year tag, no space, before a name
    "venue-year-tag-bullets.md": [
        ("EndoNet", {}, None),
        ("Online Surgical Phase Recognition with Temporal Refinement Networks", {}, None),
        ("PhaseNet-LT", {}, None),
        ("Long-Range Context Modelling for Laparoscopic Workflow Analysis", {}, None),
        ("ToolSegNet", {}, None),
        ("Contour-Aware Instrument Segmentation for Robotic Endoscopy", {}, None),
        ("MICCAI 2017 challenge winner", {}, None),
        ("Pyramid Fusion Network for Semantic Segmentation of Surgical Tools", {}, None),
        ("Lightweight Attention Network for Real-Time Tool Tracking", {}, None),
        ("Self-Supervised Depth Estimation in Monocular Colonoscopy", {}, None),
        ("EndoDepth", {}, None),
    ],
    # heading records whose link is a library's OpenURL resolver or an institutional repository's handle
    "resolver-and-handle-links.md": [
        ("Adaptive assistance in robot-aided arm therapy after stroke", {}, None),
        ("Effects of exoskeleton training on upper limb function: Systematic review and meta-analysis", {}, None),
        ("Interaction control of a wrist exoskeleton for stroke survivors", {}, None),
        ("Soft robotic glove for hand rehabilitation in daily living", {}, None),
        ("Home-based wrist therapy with a compliant device", {"doi": "10.1177/1545968317700001"}, None),
    ],
    # a GitXiv post (2015-2018 lists) is the page of one arXiv paper and its code
    "gitxiv-record.md": [
        ('HelixNet: learning promoter grammar with dilated convolutions', {}, 'github.com/helixlab/helixnet'),
        ('SpliceFormer – predicting splice sites from long windows', {}, 'github.com/splicelab/spliceformer'),
        ('ChromaVAE: variational autoencoders for chromatin states', {'arxiv': '1703.01234'}, 'github.com/chromalab/chromavae'),
    ],
    # old bioRxiv 'early' links with a revision suffix ('…/200758.1', '…/268912.2.full.pdf')
    "biorxiv-early-revision.md": [
        ('scDenoise: denoising single-cell counts with deep count autoencoders', {'doi': '10.1101/200758'}, 'github.com/cellai/scdenoise'),
        ('CellGraph: graph neural networks over cell-cell similarity', {'doi': '10.1101/268912'}, None),
        ('DeepClone: lineage tracing from barcodes', {'doi': '10.1101/054411'}, None),
        ('TumorMap: spatial deconvolution with attention', {'doi': '10.1101/2020.01.13.904201'}, None),
    ],
    # '[MICCAI-2024] **Title**, Authors [[Project]](…) [[Github]](…)': a cited work (venue-year joined by a hyphen) with code but no article link
    "venue-dash-year-cited-work.md": [
        ('Anatomy-Aware Contrastive Pre-training for Chest Radiographs', {}, 'github.com/xraylab/AnatomyCLIP'),
        ('Prompt-Guided Report Generation with Disease Memory', {}, 'github.com/mrglab/PromptMem'),
        ('Volumetric CT Foundation Model with Masked Slice Modeling', {'arxiv': '2403.01234'}, 'github.com/ctfm/MaskSlice'),
        ('Knowledge-Enhanced Language-Image Pre-training for X-ray Diagnosis', {}, 'github.com/sjtu-med/KELIP'),
        ('Dynamic Graph Contrastive Learning for Chest X-ray Report Generation', {}, 'github.com/dgcl/DGCL-Report'),
    ],
    # '* **Title**' / '> 来源：arXiv … [[链接]](…)': an item whose only links sit in its quoted source line
    "quote-source-links.md": [
        ('CounselFlow: Stage-Aware Dialogue Planning for Online Psychological Support', {'arxiv': '2504.01234'}, None),
        ('CBT-Mirror: Simulating Clients with Cognitive Distortions for Therapist Training', {'arxiv': '2503.04567'}, 'github.com/example-lab/cbt-mirror'),
        ('Sleep-Talk: A Dataset of Counseling Sessions on Insomnia', {'doi': '10.1038/s44184-025-00123-4'}, None),
    ],
    # a course's references with hard breaks; one paragraph after the list lost its bullet
    "unbulleted-citation-after-list.md": [
        ('A fast imputation method for genome-wide association panels.', {'pmid': '22286215'}, None),
        ('Reference-free detection of structural variants in long reads.', {'pmid': '24676093'}, None),
        ('Single-cell chromatin accessibility at scale.', {'pmid': '29227475'}, None),
        ('Fast k-mer counting for metagenomic binning.', {'doi': '10.1093/bioinformatics/btv612'}, None),
    ],
    # '[[code-nonofficial]](…)' is a third party's code; RSC article pages carry their DOI
    "nonofficial-code-label.md": [
        ('Planning chemical syntheses with deep neural networks and symbolic AI', {'doi': '10.1038/nature25978'}, None),
        ('Retrosim revisited: similarity-based retrosynthesis', {'doi': '10.1021/acscentsci.7b00355'}, 'github.com/connorcoley/retrosim'),
        ('Automatic route planning using template-free models', {'doi': '10.1039/C9SC03666K'}, 'github.com/example-lab/AutoRoute'),
        ('Graph-to-graph retrosynthesis with local edits', {'arxiv': '2106.04215'}, 'github.com/example-lab/G2Gretro'),
        ('Reaction template extraction at scale', {'doi': '10.1039/D2DD00019A'}, None),
    ],
    # '**📚 Title**' over '- **作者**: …' / '- **发表**: ICML 2017' / '- **代码**: [GitHub](…)': one record described by bibliographic fields
    "bold-title-metadata-fields.md": [
        ('Target Trial Emulation with Electronic Health Records: A Review', {'doi': '10.1016/j.jclinepi.2023.04.012', 'pmid': '37012345'}, None),
        ('DoseNet: Neural Dose-Response Curves for Continuous Treatments', {}, 'github.com/hzhang-lab/dosenet'),
        ('SurvCF', {}, None),
    ],
    # '#### Contact-Tracing' is a topic, not a 'Contact' section about the list
    "hyphenated-topic-heading.md": [
        ('Sentinel site selection for influenza surveillance', {'doi': '10.1371/journal.pcbi.1006001'}, None),
        ('Digital contact tracing and epidemic control: a modelling study', {'doi': '10.1016/S2589-7500(20)30111-2'}, None),
        ('Removing background incidence in outbreak detection', {'arxiv': '2104.01234'}, None),
        ('Excess mortality estimation during heat waves', {'doi': '10.1093/aje/kwab101'}, None),
    ],
    # 'Authors<TAB>Title<TAB>Venue' lines, one reference a line; a table row broken over two lines
    "tab-separated-causal-reading.md": [
        ('Targeted learning of the average treatment effect in electronic health records', {'doi': '10.1002/sim.8841'}, None),
        ('Doubly robust estimation of dose-response curves with censored outcomes', {}, None),
        ('Negative controls for detecting residual confounding', {'doi': '10.1097/EDE.0000000000001187'}, None),
        ('G-computation for time-varying exposures in cohort studies', {}, None),
        ('Sensitivity analysis for unmeasured confounding in registry data', {'arxiv': '2203.04567'}, None),
        ('Instrumental variables with weak instruments in pharmacoepidemiology', {}, None),
        ('Mediation analysis with survival outcomes in oncology trials', {'doi': '10.1111/rssb.12455'}, None),
        ('Causal forests for heterogeneous treatment effects in EHR cohorts', {}, 'github.com/nguyen-lab/ehr-causal-forest'),
        ('Transportability of trial results to target populations', {}, None),
        ('Synthetic control methods for policy evaluation in public health', {}, None),
    ],
    # tab-separated references under a table (the audited list's own layout)
    "tab-separated-reference-lines.md": [
        ('Doubly robust estimation of marginal structural models', {'doi': '10.1093/biomet/asz011'}, None),
        ('G-computation for time-varying exposures in cohort studies', {}, None),
        ('Sensitivity analysis for unmeasured confounding in registry data', {'arxiv': '2203.04567'}, None),
        ('Instrumental variables with weak instruments in pharmacoepidemiology', {}, None),
        ('Mediation analysis with survival outcomes', {}, None),
    ],
    # '**[Title](…)**\\' / '*Publication:* Journal\\' / '*Authors:* …': hard-broken field lines naming who wrote a work and where it appeared
    "hardbreak-field-records.md": [
        ('Temporal reasoning over discharge summaries with graph transformers', {}, None),
        ('Why clinical notes still matter', {}, None),
        ('Negation cues in radiology reports: a corpus study', {'arxiv': '2104.01234'}, None),
        ('Phenotyping heart failure from free text', {}, None),
    ],
    # '## [Name](github…)' / title line / '<details>' / '### Description' … '### Links' … '### Cite' / '</details>': one record per folded heading
    "folded-heading-records.md": [
        ('DreamScore: Rating dream reports with large language models', {'arxiv': '2404.05678'}, 'github.com/sleep-lab/DreamScore'),
        ('Chatbot-delivered CBT for insomnia: a randomized trial', {'doi': '10.1038/s41746-025-01432-9'}, None),
        ('Predicting sleep quality from diary text', {'arxiv': '2409.01234'}, None),
    ],
    # APA paragraphs after a linked heading's '### Cite' part: no section about the list
    "apa-paragraphs-under-linked-heading.md": [
        ('CareBot: A counseling assistant for crisis lines', {'arxiv': '2402.07777'}, 'github.com/example-lab/CareBot'),
        ('Chatbots for adolescent anxiety: a randomized pilot study', {'doi': '10.1038/s41746-024-01234-5'}, None),
        ('Screening postpartum depression from text messages with language models', {'arxiv': '2501.02345'}, None),
        ('Detecting rumination in therapy transcripts', {}, None),
        ('Language sentiment tracks relapse risk', {'doi': '10.1073/pnas.2300001121'}, None),
        ('ToolX: Screening anxiety from speech', {'arxiv': '2403.08888'}, 'github.com/example-lab/ToolX'),
    ],
    # the audited list's folded records
    "heading-details-records.md": [
        ('MoodBench: Evaluating the affective consistency of language models', {'arxiv': '2405.01111'}, 'github.com/example-lab/MoodBench'),
        ('SafeTalk: Detecting crisis language in peer-support forums', {'doi': '10.1609/aaai.v38i2.12345'}, 'github.com/example-org/safetalk'),
    ],
    # HAL open-archive records and Silverchair '/fullarticle/N' pages are papers
    "hal-and-fullarticle-links.md": [
        ('Equity-aware risk scores for emergency triage: a narrative review', {}, None),
        ('Auditing sepsis alerts for demographic bias', {}, None),
        ('Counterfactual fairness in intensive care mortality models', {'arxiv': '2104.01234'}, None),
        ('Group-calibrated survival models for multi-centre cohorts', {}, None),
        ('Fair representation learning for ECG-based age estimation', {}, None),
        ('Debiasing chest X-ray classifiers with adversarial heads', {}, None),
        ('Threshold adjustment for equalised odds in readmission prediction', {}, None),
        ('Reweighting electronic health records for equal opportunity', {'doi': '10.1093/jamia/ocab123'}, None),
    ],
    # audit 48 (dermatology / pathology lists): bold-term-gloss-bullets
    "bold-term-gloss-bullets.md": [
        ('RETFound: A foundation model for generalizable disease detection from retinal images', {'doi': '10.1038/s41586-023-06555-x'}, 'github.com/rmaphoh/RETFound_MAE'),
        ('VisionFM: a multi-modal multi-task vision foundation model for generalist ophthalmic AI', {'arxiv': '2310.04992'}, None),
        ('Swin-UNETR: Swin Transformers for Semantic Segmentation of Brain Tumors in MRI Images', {'arxiv': '2201.01266'}, 'github.com/Project-MONAI/research-contributions'),
        ('TransFuse: Fusing Transformers and CNNs for Medical Image Segmentation', {'arxiv': '2102.08005'}, None),
        ('H2Former: An Efficient Hierarchical Hybrid Transformer for Medical Image Segmentation', {}, 'github.com/NKUhealong/H2Former'),
        ('Medical Transformer: Gated Axial-Attention for Medical Image Segmentation', {'arxiv': '2102.10662'}, 'github.com/jeya-maria-jose/Medical-Transformer'),
    ],
    # audit 48 (dermatology / pathology lists): title-column-three-word-title
    "title-column-three-word-title.md": [
        ('Dermatologist-level Classification of Skin Cancer with Deep Neural Networks', {}, None),
        ('Boundary-aware Lesion Segmentation', {}, None),
        ('Fair Skin Classification', {}, None),
        ('Melanoma Detection with Multiscale Attention Networks', {}, None),
        ('Uncertainty-aware Lesion Diagnosis', {}, None),
        ('Contrastive Dermoscopy Pretraining for Rare Skin Diseases', {}, None),
    ],
    # audit 48 (dermatology / pathology lists): split-bare-title-sections
    "split-bare-title-sections.md": [
        ('UNI: Towards a general-purpose foundation model for computational pathology', {'doi': '10.1038/s41591-024-02857-3'}, None),
        ('CONCH: A visual-language foundation model for computational pathology', {'doi': '10.1038/s41591-024-02856-4'}, None),
        ('TransMIL: Transformer based Correlated Multiple Instance Learning for Whole Slide Image Classification', {'arxiv': '2106.00908'}, None),
        ('HIPT: Scaling Vision Transformers to Gigapixel Images via Hierarchical Self-Supervised Learning', {'arxiv': '2206.02647'}, None),
        ('Morphological Prototyping for Unsupervised Slide Representation Learning in Computational Pathology', {}, None),
        ('This looks like that: deep learning for interpretable image recognition', {}, None),
        ('A graph-transformer for whole slide image classification', {}, None),
        ('CGC-Net: Cell Graph Convolutional Network for Grading of Colorectal Cancer Histology Images', {}, None),
        ('Dynamic Graph Representation with Knowledge-aware Attention for Histopathology Whole Slide Image Analysis', {}, None),
        ('Histopathology Whole Slide Image Analysis with Heterogeneous Graph Representation Learning', {}, None),
        ('Whole Slide Images are 2D Point Clouds: Context-Aware Survival Prediction using Patch-based Graph Convolutional Networks', {}, None),
        ('Slide graphs for weakly supervised survival analysis in gigapixel images', {}, None),
    ],
    # '###### Title of a paper' / '- 小児用CTにおける…' / '- 面白い': a reader's notes on one paper under its title heading
    "heading-reading-notes.md": [
        ('Contrastive Pretraining of Chest Radiograph Encoders with Paired Reports', {}, None),
        ('Uncertainty-Aware Segmentation of Brain Metastases in Multi-Sequence MRI', {}, None),
        ('Federated Learning for Histopathology Tile Classification Across Five Hospitals', {}, None),
        ('A Weakly Supervised Approach to Polyp Detection in Colonoscopy Videos', {}, None),
    ],
    # citation paragraphs (short author leads, two on one paragraph) with an indented '* [GitHub Repository](…)' code bullet
    "citation-paragraphs-code-bullet.md": [
        ('Adaptive pooled PCR testing for school screening programmes', {'doi': '10.1101/2021.03.14.21253561'}, 'github.com/okonkwo-lab/adaptive-pooling'),
        ('Syndromic surveillance from emergency department triage notes', {'doi': '10.1186/s12889-020-09345-2'}, None),
        ('Household secondary attack rates of seasonal influenza', {'doi': '10.1093/aje/kwab102'}, None),
        ('Heterogeneous contact networks and superspreading', {'doi': '10.1038/s41467-022-30512-7'}, 'github.com/tanaka-h/superspread-nets'),
        ('Vaccination timing in age-structured metapopulation models', {'arxiv': '2203.08417'}, None),
        ('Bayesian nowcasting of reporting delays', {'arxiv': '2105.11290'}, None),
    ],
    # the audited epidemiology list's citation paragraphs with code sub-bullets
    "citation-paragraph-code-subbullet.md": [
        ('Pooled testing strategies for SARS-CoV-2 surveillance', {'doi': '10.1101/2020.07.01.20144501'}, 'github.com/dpark-lab/pooled-testing'),
        ('Wastewater signals as early warnings of outbreaks', {'doi': '10.1016/j.watres.2021.117214'}, None),
        ('Regional spread of influenza under school closures', {'doi': '10.1073/pnas.2011234117'}, None),
        ('Commuting networks and epidemic arrival times', {'doi': '10.1038/s41467-021-22001-1'}, None),
        ('Age-structured contact matrices for Europe', {'arxiv': '2101.04321'}, None),
    ],
    # '- ✨ [2025-09-23] The repository is created …': a news section's day-stamped lines are no papers
    "day-stamped-news.md": [
        ('Agentic Clinical Reasoning: A Survey of LLM Agents in Medicine', {'arxiv': '2509.01234'}, None),
        ('MedPlanner', {'arxiv': '2507.04321'}, None),
        ('TriageBot', {'arxiv': '2406.11223'}, None),
        ('Evidence-Grounded Tool Use for Radiology Report Agents', {}, None),
        ('Large Language Models Encode Clinical Knowledge at Scale', {}, None),
    ],
    # HTML table cells and items whose '<a href>' is never closed (table-generator lists)
    "html-table-unclosed-anchor.md": [
        ('LesionSAM', {'arxiv': '2311.04521'}, None),
        ('VoxPrompt', {'doi': '10.1007/978-3-031-72111-3_41'}, None),
        ('UltraSeg-FM', {'pmid': '38912345'}, None),
        ('OrganNet: promptable organ segmentation', {'arxiv': '2402.07714'}, 'github.com/example-lab/OrganNet'),
    ],
    # journals' and conferences' home pages in 'Where to publish' tables name venues, no papers
    "venue-home-tables.md": [
        ('Deep learning predicts sepsis onset from routine vitals', {'doi': '10.1038/s41591-021-01234-5'}, None),
        ('Self-supervised pretraining for fundus photographs', {'arxiv': '2207.01234'}, None),
        ('Federated triage of chest radiographs across hospitals', {}, None),
    ],
    # code under double-blind review on anonymous.4open.science/r/<name>
    "anonymous-review-code.md": [
        ('NeuroBridge: Aligning Scalp EEG with Sentence Embeddings for Open-Vocabulary Decoding', {'arxiv': '2402.11873'}, 'anonymous.4open.science/r/NeuroBridge-7A1F'),
        ('SleepTalk: Self-Supervised Sleep Staging with Cross-Night Contrastive Pretraining', {'arxiv': '2405.20417'}, 'anonymous.4open.science/r/SleepTalk-2024'),
        ('CardioText: Zero-Shot Arrhythmia Classification from Report-Supervised ECG Encoders', {}, 'github.com/cardio-lab/CardioText'),
        ('PulseLM', {'arxiv': '2501.09342'}, 'anonymous.4open.science/r/PulseLM-KDD'),
        ('EMGFormer', {'arxiv': '2410.05521'}, 'github.com/emg-group/EMGFormer'),
    ],
    # '## 中文译名' / '**标题**：English title' / '**作者**：…' / '**链接**：…': the record starts at its heading
    "translated-heading-field-record.md": [
        ('Deep Learning for Retinal Vessel Segmentation: A Systematic Review', {'arxiv': '2104.05521'}, None),
        ('Weakly Supervised Multiple Instance Learning for Whole Slide Image Classification', {'doi': '10.1016/j.media.2022.102413'}, 'github.com/hli-lab/wsi-mil'),
        ('Uncertainty Estimation for Cardiac MR Segmentation', {'arxiv': '2201.07733'}, None),
    ],
    # '| Title | Venue | … | DOI: 10.1109/…；早期 arXiv:2312.09083 |': identifiers written as text in a notes cell
    "table-notes-cell-ids.md": [
        ('LungRG：Lesion-Aware Report Generation for Chest CT', {'pmid': '39912345', 'doi': '10.1109/tmi.2025.3512345'}, None),
        ('VolRep：Volumetric Report Generation with Anatomical Memory', {'doi': '10.1038/s41746-025-01234-5', 'arxiv': '2403.12345'}, None),
        ('SpineTalk：Segmentation-Guided Spinal MRI Reporting', {'doi': '10.1016/j.media.2024.103210'}, 'github.com/spinetalk/spinetalk'),
        ('Template Drift in Volumetric Report Generation', {'arxiv': '2601.04567'}, None),
        ('Brain CT Captioning with Entity Prompts', {'pmid': '40111222'}, None),
        ('Cardiac MRI Narratives from Cine Sequences', {'arxiv': '2502.01234'}, None),
    ],
    # audit 6j (challenge leaderboards, model zoos): leaderboard-author-profile-column
    "leaderboard-author-profile-column.md": [
        ('Cascaded Transformers for Pancreatic Lesion Segmentation', {'arxiv': '2109.01234'}, None),
        ('Shape Priors', {'arxiv': '2109.04321'}, 'github.com/tlindqvist/shape-priors'),
        ('Uncertainty-Aware Ensembles for Lesion Delineation in CT', {'doi': '10.1007/978-3-030-97281-3_12'}, None),
        ('Multi-Scale Attention for Thin Vessel Segmentation', {'arxiv': '2004.05678'}, None),
        ('Topology-Preserving Losses for Retinal Vessels', {'doi': '10.1109/ISBI45749.2020.9098712'}, None),
    ],
    # audit 6j (challenge leaderboards, model zoos): wrapped-link-destination
    "wrapped-link-destination.md": [
        ('CTNet: A Volumetric Foundation Model for Abdominal CT', {}, 'github.com/ctlab/CTNet'),
        ('RadGen: Generalist Radiology Model from Web-scale Scans', {}, 'github.com/radgen-team/RadGen'),
        ('LungFM: Self-supervised Pretraining for Chest CT', {}, 'github.com/lungfm/LungFM'),
        ('Organ-aware Contrastive Pretraining for CT', {'arxiv': '2310.11111'}, 'github.com/oacp/oacp'),
        ('Multi-phase Liver CT Representation Learning', {'arxiv': '2311.22222'}, 'github.com/mplr/mplr'),
    ],
    # IEEE-style '[n] Author. “Title.” Journal (year)' paragraphs without links, one a paragraph or several a paragraph
    "bracket-numbered-reference-paragraphs.md": [
        ('Critical assessment of AI in drug discovery', {}, None),
        ('A deep learning approach to antibiotic discovery', {}, None),
        ('KDEEP: protein-ligand absolute binding affinity prediction via 3D-convolutional neural networks', {}, None),
        ('MoleculeNet: a benchmark for molecular machine learning', {}, None),
        ('Analyzing learned molecular representations for property prediction', {}, None),
        ('DeepDTA: deep drug-target binding affinity prediction', {}, None),
    ],
    # a course outline ('1. Sequence Representations:' / a description / '- One-hot encodings.') above its linked references: the points are no papers
    "syllabus-outline-subbullets.md": [
        ('Predicting effects of noncoding variants with deep learning-based sequence model', {'doi': '10.1038/nmeth.3547'}, None),
        ('Effective gene expression prediction from sequence by integrating long-range interactions', {'doi': '10.1038/s41592-021-01252-x'}, 'github.com/google-deepmind/deepmind-research'),
        ('DNABERT: pre-trained Bidirectional Encoder Representations from Transformers model for DNA-language in genome', {}, 'github.com/jerryji1993/DNABERT'),
        ('HyenaDNA: Long-Range Genomic Sequence Modeling at Single Nucleotide Resolution', {'arxiv': '2306.15794'}, None),
    ],
    # '- Title' / '[[pdf]](…)' / '[[code]](…)' / '  - Name One, Name Two & Name Three. *Venue*': the author sub-bullet is the byline
    "nested-author-list-byline.md": [
        ('Cross-Modal Tooth Instance Segmentation from Low-Dose CBCT Volumes', {'arxiv': '2403.01234'}, 'github.com/dentlab/crossmodal-tooth'),
        ('Boundary-Aware Alveolar Bone Segmentation on Panoramic Radiographs', {'doi': '10.1007/978-3-031-55555-1_12'}, None),
        ('Semi-Supervised Caries Detection with Uncertainty Rectified Pseudo Labels', {'doi': '10.1038/s41598-024-61234-5'}, None),
        ('Implicit Neural Fields for Sparse-View Dental CBCT Reconstruction', {'arxiv': '2310.04567'}, 'github.com/oralvision/inr-cbct'),
    ],
    # 'Title' / '论文地址：[url](url)' paragraphs, record after record, under a topic heading
    "title-then-link-paragraphs.md": [
        ('Contrastive Synonym Pretraining for Biomedical Entity Linking', {}, None),
        ('Zero-Shot Concept Normalization with Ontology-Aware Prompts', {'arxiv': '2305.01234'}, None),
        ('Faithful Radiology Report Summarization with Entity Graphs', {'doi': '10.18653/v1/2023.bionlp-1.12'}, None),
        ('Discharge Summary Generation from Longitudinal Notes', {'arxiv': '2306.04567'}, 'github.com/example-lab/discharge-gen'),
    ],
    # '| Study | Finding |' / '| Wu et al. (2021) | … |': link-less rows of an evidence table cite their studies
    "author-year-study-table.md": [
        ('Okafor et al.', {}, None),
        ('Lindqvist & Moreau', {}, None),
        ('Haddad et al.', {}, None),
        ('Brennan', {}, None),
        ('van der Berg et al.', {}, None),
        ('External validation of cleared imaging AI', {'doi': '10.1038/s41746-022-00612-7'}, None),
    ],
    # audit 7m (statistical-genetics reading lists): bare-title-venue-year-tag
    "bare-title-venue-year-tag.md": [
        ('Bayesian methods for mapping quantitative trait loci in outbred mice', {}, None),
        ('A genome-wide association study of 12,500 cases and 9,000 controls for type 2 diabetes', {}, None),
        ('Conditional analysis of secondary signals at known risk loci', {}, None),
        ('Empirical Bayes shrinkage of effect sizes across many traits', {}, None),
        ('Credible sets for causal variants under multiple signals', {}, None),
        ('Fast sampling of sparse regression models for summary statistics', {}, None),
        ('Polygenic scores from summary statistics with continuous shrinkage priors', {}, None),
        ('Colocalisation of association signals with expression quantitative trait loci', {}, None),
        ('Heritability partitioned by functional annotation across many complex traits', {}, None),
    ],
    # audit 7m (statistical-genetics reading lists): venue-homepage-and-legacy-nature
    "venue-homepage-and-legacy-nature.md": [
        ('Founder populations and the mapping of complex disease genes', {'doi': '10.1038/35047512'}, None),
        ('Linkage disequilibrium in isolated populations', {'doi': '10.1038/35038201'}, None),
        ('Heritability from summary statistics', {'pmid': '26414678'}, None),
    ],
    # '[[code]](https://pytorch.org/hub/…)': a framework's model catalogue is no paper's own code
    "framework-hub-code-link.md": [
        ('Deep Residual Learning for Image Recognition', {'arxiv': '1512.03385'}, None),
        ('Residual attention network for COVID-19 screening on portable radiographs', {'doi': '10.1007/s10489-021-02213-4'}, None),
        ('MobileNets: Efficient Convolutional Neural Networks for Mobile Vision Applications', {'arxiv': '1704.04861'}, None),
        ('Dynamic Routing Between Capsules', {'arxiv': '1710.09829'}, 'github.com/example-lab/capsnet-pytorch'),
    ],
    # audit 8p (Korean reading lists): nickname-tag-plain-titles
    "nickname-tag-plain-titles.md": [
        ('Attention Gated Networks for Pancreas Segmentation in Abdominal CT', {}, None),
        ('Efficient Multi-Scale 3D CNN for Brain Lesion Segmentation', {}, None),
        ('Self-Configuring Detection of Lesions in Volumetric Medical Images', {}, None),
        ('Boundary Loss for Highly Unbalanced Segmentation of Medical Images', {}, None),
        ('Multimodal Brain Tumor Segmentation Using Transformer Networks', {}, None),
        ('Learning Active Contour Models for Medical Image Segmentation', {}, None),
        ('Medical Image Translation Using Generative Adversarial Networks', {}, None),
        ('Robust Segmentation of Brain Scans of Any Contrast and Resolution', {}, None),
        ('Denoising Diffusion Models for Low-Dose CT Reconstruction', {}, None),
        ('Malicious Tampering of 3D Medical Imagery Using Deep Learning', {}, None),
    ],
    # audit 8p (Korean reading lists): national-article-db-links
    "national-article-db-links.md": [
        ('Deep Learning Based Liver Segmentation in Abdominal CT Images', {'arxiv': '2103.01234'}, None),
        ('Automatic Detection of Pulmonary Nodules Using 3D Convolutional Networks', {}, None),
        ('Bone Age Assessment from Hand Radiographs with Deep Learning', {}, None),
        ('Segmentation of Retinal Vessels with a Lightweight U-Net', {}, None),
        ('Classificação de lesões de pele com redes neurais convolucionais', {}, None),
        ('Brain Tumor Segmentation with Attention U-Net on BraTS', {'arxiv': '2009.05432'}, None),
    ],
    # audit 8r (molecule-generation lists): comma-term-bullets-not-authors
    "comma-term-bullets-not-authors.md": [
        ('GF-VAE: a flow-based variational autoencoder for molecule generation', {'doi': '10.1145/3459637.3482260'}, None),
        ('Cage-VAE: deep generative design of porous organic cages', {'doi': '10.1039/D3DD00154G'}, 'github.com/JiajunZhou96/Cage-VAE'),
    ],
    # audit 8r (molecule-generation lists): placeholder-paper-link-to-venue-home
    "placeholder-paper-link-to-venue-home.md": [
        ('MiDi: mixed graph and 3D denoising diffusion for molecule generation', {'doi': '10.1007/978-3-031-43415-0_33'}, 'github.com/cvignac/MiDi'),
        ('VoxMol: 3D molecule generation by denoising voxel grids', {}, None),
        ('LigandFlow: pocket-aware flow matching for ligand design', {}, 'github.com/achen/ligandflow'),
        ('KGDiff: towards explainable target-aware molecule generation with knowledge guidance', {'doi': '10.1093/bib/bbad435'}, 'github.com/CMACH508/KGDiff'),
    ],
    # '> [!TIP]' / '> - [Title](…) [code](…)': lists and tables inside quotes and GitHub alert callouts
    "alert-callout-quoted-list.md": [
        ('RadPlanner: Tool-Using Agents for Chest CT Protocol Selection', {'arxiv': '2503.11872'}, 'github.com/radlab-ai/radplanner'),
        ('CXR-Copilot: Evidence-Grounded Chest X-ray Reporting with Retrieval', {'arxiv': '2502.04417'}, None),
        ('SlideWalker: Navigating Gigapixel Slides with Multimodal Agents', {'arxiv': '2501.09983'}, 'github.com/histo-nav/slidewalker'),
        ('PathJudge: Adjudicating Tool Outputs for Whole-Slide Question Answering', {'doi': '10.1016/j.media.2025.103511'}, None),
        ('AgentMed-Bench: Evaluating Clinical Agents on Multi-Step Imaging Tasks', {'arxiv': '2504.07719'}, 'github.com/medbench/agentmed-bench'),
        ('EchoArena: A Benchmark for Echocardiography Agents', {'pmid': '39876543'}, None),
    ],
    # '> **📚 Survey Paper**: [Title](…) - …' under the list's title: the survey the list accompanies is a paper
    "intro-survey-callout.md": [
        ('Deep Learning for Wearable Electrocardiography: A Survey', {'arxiv': '2409.01234'}, None),
        ('Benchmarking Single-Lead ECG Foundation Models', {'doi': '10.1016/j.compbiomed.2024.108123'}, None),
        ('HeartFormer: Masked Pretraining for Single-Lead ECG', {'arxiv': '2501.04321'}, 'github.com/cardio-ai/heartformer'),
        ('Arrhythmia Screening from Smartwatch ECG at Scale', {'doi': '10.1038/s41746-024-01111-2'}, None),
        ('PulseNet: Contrastive Learning of PPG and ECG Jointly', {'arxiv': '2406.05555'}, 'github.com/pulse-lab/pulsenet'),
    ],
    # PubMed citations with a status word glued to the DOI ('doi: 10.3389/x.00960.eCollection 2017')
    "pubmed-glued-doi-status.md": [
        ('Radiomic signatures of peritumoral edema predict early recurrence in meningioma', {'doi': '10.3389/fonc.2019.00118', 'pmid': '30911498', 'pmcid': 'PMC6421234'}, None),
        ('Deep survival models for glioma patients using multi-parametric MRI', {'doi': '10.1093/neuonc/noz041', 'pmid': '30789162'}, None),
        ('Automated volumetry of vestibular schwannoma on T1 contrast MRI', {'doi': '10.1097/BRS.0000000000002977', 'pmid': '30665872'}, None),
        ('[Advances in molecular classification of pediatric brain tumors]', {'doi': '10.11817/j.issn.1672-7347.2018.09.014', 'pmid': '30333329'}, None),
        ('A multicentre benchmark of skull-stripping tools for paediatric MRI', {'doi': '10.1016/j.neuroimage.2018.08.021', 'pmid': '30099076'}, None),
    ],
    # audit 9t (social-media depression corpora): nested-link-destination
    "nested-link-destination.md": [
        ('VoxPark', {'arxiv': '2104.01234'}, 'github.com/vox-lab/voxpark'),
        ('CoughNet', {'doi': '10.1038/s41746-022-00555-1'}, None),
        ('Dysarthria severity from read speech', {'pmid': '32011234'}, None),
        ('Whispered speech as a marker of vocal fatigue', {'arxiv': '2203.04567'}, None),
    ],
    # audit 9t (social-media depression corpora): ojs-dspace-article-links
    "ojs-dspace-article-links.md": [
        ('Hemtanon and Kittiphattanabawon', {}, None),
        ('Chen et al.', {}, None),
        ('Nguyen et al.', {}, 'github.com/nguyen-lab/redditdep'),
        ('Okafor', {}, None),
    ],
    # arXiv-daily digests: '<details>' / '<summary><strong>Title</strong> - Authors - [[pdf]](…)</summary>' / the abstract / '</details>'
    "details-summary-abstract.md": [
        ('Evolving Retinal Imaging Agents via Self-skill Discovery', {'arxiv': '2603.05860'}, 'github.com/example/retina-agent'),
        ('Pathology Foundation Models in Practice: A Review', {'arxiv': '2603.05884'}, None),
        ('Lesion-aware Segmentation with Reinforcement Learning', {'arxiv': '2603.05911'}, None),
    ],
    # a year and a venue before the linked title: "* 2022 KDD [**Title**](notes/…md) [[paper]](…) [[Code]](…)"
    "year-venue-lead-before-linked-title.md": [
        ('Forecasting Retinal Disease Progression with Contrastive Time-Aware Networks', {}, 'github.com/lab-retina/ct-net'),
        ('Parametric Survival Regression with Representation Learning for Competing Risks', {'arxiv': '2104.01176'}, 'github.com/autolab/paramsurv'),
        ('Attention Networks for Whole-Slide Survival Prediction', {'arxiv': '2005.01234'}, None),
        ('Deep Hazard Models for Longitudinal Imaging Cohorts', {'doi': '10.1007/978-3-030-32251-9_12'}, 'github.com/hazard/deephazard'),
    ],
    # HTML list items that never close ("<li>Title<a href=…>[paper]</a>" with no </li>), the list perhaps ending in a later block
    "html-unclosed-li.md": [
        ('FedMed-Seg: Federated Brain Tumor Segmentation across Twelve Hospitals', {'arxiv': '2301.04417'}, 'github.com/fedmed-lab/fedmed-seg'),
        ('Privacy Budgets for Differentially Private Training on Chest Radiographs', {'doi': '10.1038/s41746-022-00617-2'}, None),
        ('Personalized Federated Learning for Multi-site ECG Arrhythmia Detection', {'arxiv': '2207.11823'}, None),
        ('Federated Semi-Supervised Skin Lesion Classification with Label Sharpening', {'doi': '10.1007/978-3-031-16452-1_33'}, None),
        ('Secure Aggregation for Cross-silo Federated Learning on Electronic Health Records', {'arxiv': '2208.05531'}, None),
        ('Trustworthy Clinical AI: A Survey of Privacy Attacks and Defenses', {'arxiv': '2302.09144'}, None),
        ('Membership Inference against Federated Medical Image Models', {'pmid': '36512345'}, 'github.com/med-priv/mia-fl'),
    ],
    # reading notes: "Title, https://arxiv.org/abs/…" (and "GitHub: https://github.com/…") over a list of note bullets
    "title-comma-bare-url-notes.md": [
        ('FedHealth: A Federated Transfer Learning Framework for Wearable Healthcare', {'arxiv': '1907.09173'}, None),
        ('Practical Secure Aggregation for Federated Learning on User-Held Data', {'arxiv': '1611.04482'}, None),
        ('End-to-end privacy preserving deep learning on multi-institutional medical imaging', {'doi': '10.1038/s42256-021-00337-8'}, None),
        ('Swarm Learning for decentralized and confidential clinical machine learning', {'doi': '10.1038/s41586-021-03583-3'}, 'github.com/HewlettPackard/swarm-learning'),
    ],
    # dataset sections citing their article in a link-less 'Paper: Authors. 2019. Title. In *Venue*.' paragraph (ACL/ACM reference format)
    "labelled-reference-dataset-sections.md": [
        ('MedReadQA: Reading Comprehension over Discharge Summaries', {'doi': '10.18653/v1/D19-1999'}, 'github.com/brennerlab/MedReadQA'),
        ('TrialQA: Question Answering over Clinical Trial Eligibility Criteria', {'arxiv': '2105.01234'}, 'github.com/rshankar/TrialQA'),
        ('A small benchmark of visual questions about chest radiographs', {}, None),
        ('Answering Pharmacist Licensing Exam Questions with Retrieved Evidence', {}, None),
    ],
    # a results table linking each score to the article reporting it ('| [87.88](https://doi.org/…) |'): no paper rows
    "score-linked-results-table.md": [
        ('BioNER-Prompt: Prompting Language Models for Biomedical Entity Recognition', {'arxiv': '2209.07777'}, 'github.com/bionlp-lab/bioner-prompt'),
        ('Span-based Nested Entity Recognition in Clinical Notes', {'doi': '10.1093/jamia/ocab321'}, None),
        ('Dictionary-Guided Distant Supervision for Chemical NER', {'arxiv': '2012.04444'}, None),
        # a model table whose paper cell's link text is the identifier ("[arXiv:…](…)", "[10.1093/…](…)"): no score
        ('BioLinkNER', {'arxiv': '2105.01234'}, None),
        ('GeneSpanBERT', {'doi': '10.1093/bioinformatics/btac123'}, None),
    ],
    # a Code column crediting ports by name ('[lawlietAi's Reimplementation](github…)'); [[code]] pasted with the article's own publisher page
    "possessive-reimplementation-code.md": [
        ('Entity-Gated Convolutions for Relation Classification', {}, None),
        ('Shortest Path LSTMs for Relation Classification', {'arxiv': '1605.01111'}, 'github.com/okoye-nlp/path-lstm'),
        ('Tree Attention Networks for Semantic Relations', {'arxiv': '1809.02222'}, None),
        ('Attentive Bidirectional GRUs for Relation Classification', {}, None),
        ('Dependency Kernels for Relation Classification', {}, 'github.com/itolab/dep-kernel'),
        ('Multi-channel CNNs for Drug-Drug Interaction Extraction', {'doi': '10.1186/s12859-019-1234-5'}, None),
        ('Position-aware Attention for DDI Extraction', {'doi': '10.1093/bioinformatics/btz777'}, 'github.com/ddi-lab/pos-att'),
    ],
    # a reading log of link-less numbered titles, some followed by a bare link to the reader's note in a repository ("<https://github.com/reader/paper_study/blob/master/Title.md>"): notes, not code
    "reader-notes-in-repo-md.md": [
        ('U-Net : Convolutional Networks for Biomedical Image Segmentation', {}, None),
        ('Fully Convolutional Networks for Semantic Segmentation', {}, None),
        ('Attention-Gated Networks for Pancreas Segmentation in Abdominal CT', {}, None),
        ('[H-DenseUNet] Hybrid Densely Connected UNet for Liver and Tumor Segmentation from CT Volumes', {}, None),
        ('Multi-Scale Context Aggregation by Dilated Convolutions', {}, None),
        ('Progressive Growing of GANs for Improved Quality, Stability, and Variation', {}, None),
        ('[Pix2Pix] Image-to-Image Translation with Conditional Adversarial Networks', {}, None),
        ('[SPADE] Semantic Image Synthesis with Spatially-Adaptive Normalization', {}, None),
    ],
    # a thesis log: to-do task items ('- [x] Compare ConvNeXt to ResNet50') beside a reading checklist ('- [ ] Title'): tasks are no papers, checked titles are
    "todo-tasks-beside-reading-checklist.md": [
        ('Deep Residual Learning for Image Recognition', {}, None),
        ('Densely Connected Convolutional Networks for Fundus Grading', {}, None),
        ('An Image Is Worth 16x16 Words: Transformers for Image Recognition at Scale', {}, None),
        ('Grad-CAM: Visual Explanations from Deep Networks via Gradient-Based Localization', {}, None),
        ('Explainable Diabetic Retinopathy Detection and Retinal Image Generation', {}, None),
    ],
    # a bare DOI as a link's target ('[[link]](10.1016/j.x.2021.104599.)', '(doi:10.…)')
    "bare-doi-link-target.md": [
        ('Deep learning for diabetic retinopathy detection and classification based on fundus images: A review', {'doi': '10.1016/j.compbiomed.2021.104599'}, None),
        ('Application of deep learning for retinal image analysis: A review', {'doi': '10.1016/j.cosrev.2019.100203'}, None),
        ('Artificial intelligence and deep learning in ophthalmology', {'doi': '10.1136/bjophthalmol-2018-313173'}, None),
        ('Artificial intelligence in retina', {'doi': '10.1016/j.preteyeres.2018.07.004'}, None),
    ],
    # a labelled sub-bullet citing a work of its own ('  - **Implemented by:** Voets … ([[Paper](arxiv…)]) ([[Code](github…)])')
    "labelled-child-own-work.md": [
        ('Development and validation of a deep learning algorithm for detection of diabetic retinopathy in retinal fundus photographs', {}, None),
        ('Reproduction study using public data of: Development and validation of a deep learning algorithm for detection of diabetic retinopathy', {'arxiv': '1803.04337'}, 'github.com/mikevoets/jama16-retina-replication'),
        ('Automated detection of diabetic retinopathy using deep learning', {'pmid': '29888089'}, None),
        ('Retinal lesion detection with deep learning using image patches', {'doi': '10.1167/iovs.17-22721'}, 'github.com/carsonlam/retina-lesions'),
    ],
    # bare Papers with Code paper pages ('- https://paperswithcode.com/paper/<slug>'), titled by the slug
    "paperswithcode-paper-pages.md": [
        ('chexnet-radiologist-level-pneumonia-detection', {}, None),
        ('chexpert-a-large-chest-radiograph-dataset', {}, None),
        ('learning-to-recognize-abnormalities-in-chest', {}, None),
        ('Interpreting chest X-rays via CNNs that exploit hierarchical disease dependencies', {}, None),
    ],
    # an author sub-bullet with full-width commas ('- Shujun Wang，Lequan Yu，…. *TMI2019*')
    "fullwidth-comma-byline.md": [
        ('DoFE: Domain-oriented Feature Embedding for Generalizable Fundus Image Segmentation on Unseen Datasets', {'arxiv': '2010.06208'}, None),
        ('Joint Optic Disc and Cup Segmentation Using Self-Supervised Multimodal Reconstruction Pre-Training', {'arxiv': '2003.09761'}, None),
        ('CE-Net: Context Encoder Network for 2D Medical Image Segmentation', {'arxiv': '1903.02740'}, None),
    ],
    # an author line indented too little to nest (' - Title' / '  - Authors. *Venue*'): the linked item's byline, no paper
    "misindented-sibling-byline.md": [
        ('CE-Net: Context Encoder Network for 2D Medical Image Segmentation', {'arxiv': '1903.02740'}, None),
        ('Patch-based Output Space Adversarial Learning for Joint Optic Disc and Cup Segmentation', {'arxiv': '1902.07519'}, None),
        ('Attention Guided Network for Retinal Image Segmentation', {'arxiv': '1907.12930'}, None),
        ('Multi-scale Densely Connected U-Net for Retinal Vessel Segmentation', {'doi': '10.1109/ACCESS.2019.2912345'}, None),
    ],
    # '【1】 English Title<br>' over '**标题**：中文…<br>**链接**：url' records: the record opens at the English title
    "numbered-title-over-cjk-title-field.md": [
        ('Deep Learning for Retinal Vessel Segmentation: A Review', {'arxiv': '2105.01234'}, None),
        ('Optical Coherence Tomography Analysis with Deep Learning: A Survey', {'arxiv': '2106.04321'}, None),
        ('基于深度学习的青光眼筛查综述', {'arxiv': '2107.05555'}, None),
    ],
    # '[[code]]' pointing at a challenge's pages (grand-challenge.org proceedings): no code
    "code-label-on-challenge-page.md": [
        ('IDRiD: Diabetic Retinopathy – Segmentation and Grading Challenge', {'arxiv': '1912.02013'}, None),
        ('REFUGE Challenge: A Unified Framework for Evaluating Automated Methods for Glaucoma Assessment', {'arxiv': '1910.03667'}, None),
        ('CANet: Cross-disease Attention Network for Joint Diabetic Retinopathy and Diabetic Macular Edema Grading', {'arxiv': '1911.01376'}, 'github.com/xmengli/CANet'),
    ],
    # a 'ToDo List' section of link-less checkbox tasks: no papers
    "todo-checklist-section.md": [
        ('Using a deep learning algorithm and integrated gradients explanation to assist grading for diabetic retinopathy', {}, None),
        ('ExplAIn: Explanatory artificial intelligence for diabetic retinopathy diagnosis', {}, None),
        ('Development and validation of a deep learning algorithm for detection of diabetic retinopathy in retinal fundus photographs', {'doi': '10.1001/jama.2016.17216'}, None),
        ('CANet: Cross-disease attention network for joint diabetic retinopathy and diabetic macular edema grading', {'arxiv': '1911.01376'}, None),
    ],
    # HTML lists and tables that draw an icon beside every link ('<img src=./assets/paper.png/> <a href=…>Article</a>'), inside <details>: entries, not badges
    "html-icon-decorated-links.md": [
        ('Deep Learning for Virtual Staining of Whole-Slide Images: A Review', {'doi': '10.1016/j.media.2025.103301'}, 'github.com/slide-lab/virtual-staining-review'),
        ('Spatial Omics Meets Histology: A Survey of Cross-Modal Prediction', {'arxiv': '2503.04411'}, None),
        ('Predicting Gene Expression Maps from H&E Tiles with Graph Transformers', {'doi': '10.1038/s41467-025-61234-5'}, 'github.com/omics-lab/tile2gene'),
        ('Pathway-Level Transcriptomic Inference from Routine Histology', {'doi': '10.1101/2025.02.27.640111'}, None),
    ],
    # HTML <li> items without </li>, with nested sub-lists whose </li> does not close the outer item
    "html-li-without-closing-tag.md": [
        ('GigaSlide: Whole-Slide Pretraining at Gigapixel Scale', {'arxiv': '2504.01122'}, 'github.com/wsi-group/gigaslide'),
        ('A Tile Encoder Trained on Two Million Slides', {'doi': '10.1038/s41591-025-04411-2'}, 'github.com/wsi-group/tile2m'),
        ('Stain-Robust Self-Supervision for Histopathology', {'arxiv': '2411.07781'}, None),
        ('Hierarchical Multiple Instance Learning for Biopsy Grading', {'doi': '10.1109/TMI.2025.3551234'}, 'gitlab.com/biopsy-ai/hmil'),
    ],
    # '[12-16] 【**SIGMMA**】*SIGMMA: Title. **PrePrint**.*' and '[06-12] *Title. **Venue**.*': the emphasis is the title
    "bracketed-short-name-before-emphasised-title.md": [
        ('SpotMix: Mixture-of-Experts for Spot-Level Gene Expression Prediction', {'arxiv': '2512.03311'}, 'github.com/spot-lab/spotmix'),
        ('Graph Contrastive Alignment of H&E Patches and Spatial Transcriptomes', {'doi': '10.1007/978-3-032-04411-7_21'}, None),
        ('Single-Cell Resolution Expression Maps from Histology Images', {'doi': '10.1038/s41467-024-52211-9'}, 'github.com/cellmap-lab/cellmapper'),
        ('Stain-Invariant Spatial Transcriptomics Prediction via Contrastive Learning', {'arxiv': '2404.05512'}, None),
    ],
    # '- Classification' / '  * ResNet：Deep Residual Learning …, CVPR 2016[(pdf)](…)[(code)](…)': works under a link-less group bullet, not its fields
    "name-colon-title-under-group-bullet.md": [
        ('Very Deep Convolutional Networks for Large-Scale Image Recognition', {'arxiv': '1409.1556'}, None),
        ('Going Deeper with Convolutions', {'arxiv': '1409.4842'}, None),
        ('Deep Residual Learning for Image Recognition', {'arxiv': '1512.03385'}, 'github.com/KaimingHe/deep-residual-networks'),
        ('Attention Is All You Need', {'arxiv': '1706.03762'}, 'github.com/jadore801120/attention-is-all-you-need-pytorch'),
        ('BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding', {'arxiv': '1810.04805'}, 'github.com/google-research/bert'),
        ('A Learning Algorithm for Continually Running Fully Recurrent Neural Networks', {}, None),
        ('Professor Forcing: A New Algorithm for Training Recurrent Networks', {'arxiv': '1610.09038'}, None),
        ('U-Net: Convolutional Networks for Biomedical Image Segmentation', {'arxiv': '1505.04597'}, None),
        ('A 3D Coarse-to-Fine Framework for Automatic Pancreas Segmentation', {'arxiv': '1712.00201'}, None),
    ],
    # Obsidian wiki links as titles ('- [[journal/2025/TabPFN|TabPFN: …]]')
    "obsidian-wikilink-paper-notes.md": [
        ('TabPFN: 利用表格基础模型在小数据上的精确预测', {}, None),
        ('FlowER: 电子流匹配用于生成式反应机制预测', {}, None),
        ('金属水解酶的计算设计', {}, None),
        ('TopoDiff: 基于全局几何感知潜在编码的扩散式蛋白质主链生成', {}, None),
        ('DrugGEN: 基于图Transformer生成对抗网络的靶点特异性药物分子从头设计', {}, None),
        ('GraphPep: 一种基于相互作用图学习的蛋白质–肽复合物评分框架', {}, None),
        ('SO3LR: 利用预训练神经网络与通用成对力场的分子模拟', {}, None),
        ('口服可利用肽类靶向细胞内蛋白的开发：从初始化合物到临床级KRAS抑制剂', {}, None),
        ('SimpleFold: 蛋白折叠，大道至简', {}, None),
        ('Boltz-1: 通用生物分子相互作用建模', {}, None),
        ('MolCLR: 基于分子对比学习的图神经网络模型', {}, None),
        ('MoLFormer: 大规模化学语言表征能够捕捉分子结构与性质', {}, None),
    ],
    # a reading log of link-less Chinese / Japanese / Korean titles
    "cjk-linkless-title-reading-log.md": [
        ('肺部CT图像病变区域检测方法', {}, None),
        ('基于定量影像组学的肺肿瘤良恶性预测方法', {}, None),
        ('DeepRadiologyNet - Radiologist Level Pathology Detection in CT Head Images', {}, None),
        ('基于深度学习的乳腺钼靶图像肿块检测研究', {}, None),
        ('U-Net: Convolutional Networks for Biomedical Image Segmentation', {}, None),
        ('基于注意力Res-Unet的脑肿瘤MRI图像分割研究', {}, None),
        ('多尺度特征融合的视网膜血管分割方法', {}, None),
        ('A 3D Coarse-to-Fine Framework for Automatic Pancreas Segmentation', {}, None),
        ('胸部X光影像报告自动生成方法综述', {}, None),
        ('On the Automatic Generation of Medical Imaging Reports', {}, None),
        ('医学影像报告生成：从编码器到大模型', {}, None),
    ],
    # link-less sub-bullets under a link-less reference ('- Title | Nature Communications, 2021' / '  - a note'): notes, no papers
    "notes-under-linkless-reference.md": [
        ('Sequencing the chimpanzee genome: insights into human evolution and disease', {}, None),
        ('Comparative Methylome Analyses Identify Epigenetic Regulatory Loci of Human Brain Evolution', {}, None),
        ('Evolution of DNA methylation in the human brain', {}, None),
        ('Glutamine reliance in cell metabolism', {}, None),
        ('Genome-scale metabolic modelling of hepatocytes reveals serine deficiency in patients with fatty liver disease', {}, None),
        ('Metabolic Heterogeneity in Human Lung Tumors', {}, None),
        ('Fructose and Mannose in Inborn Errors of Metabolism and Cancer', {}, None),
        ('Analyzing Tumor Metabolism In Vivo', {}, None),
    ],
    # publisher collection / special-issue / research-topic pages: no papers
    "collection-page-link.md": [
        ('Clonal fitness inferred from time-series modelling of single-cell cancer genomes', {'doi': '10.1038/s41586-021-03648-3'}, None),
        ('A metabolic handbook for the COVID-19 pandemic', {'doi': '10.1038/s42255-020-0237-2'}, None),
        ('Deep learning for tumour microenvironment analysis', {'doi': '10.3389/fonc.2022.123456'}, None),
        ('Single-cell atlas of colorectal cancer metastasis', {}, None),
    ],
    # a bibliography pasted as link-less reference paragraphs ('Kelley DR, Snoek J, Rinn JL. Basset: … Genome Res. 2016;26: 990–999.'), one per paragraph or one per line
    "plain-citation-paragraphs.md": [
        ('Deep convolutional models of enhancer grammar in plant genomes', {}, None),
        ('Predicting chromatin loops from sequence with dilated transformers', {}, None),
        ('Attention maps for splice-site recognition', {}, None),
        ('Saliency priors for regulatory genomics models', {'doi': '10.1101/2022.03.14.484311'}, None),
        ('Learning motif syntax with exponential activations', {'pmcid': 'PMC7412345'}, None),
        ('Robust attribution for deep sequence models', {'arxiv': '2104.05678'}, None),
        ('Variational autoencoders for single-cell chromatin accessibility', {}, None),
        ('Diffusion models for protein backbone design', {}, None),
    ],
    # Manubot records linking shortDOIs ('<https://doi.org/djbvfc>'): an article, not a journal home page
    "shortdoi-records.md": [
        ('The LigandBank Database: Curation Methods and Updates', {'doi': '10.1021/jm0512345', 'pmid': '16512345'}, None),
        ('A Billion Enumerated Fragments in a Chemical Space Database', {'doi': '10.1021/ja1012345', 'pmid': '20512345'}, None),
        ('Fragment-Linking Diffusion for Lead Optimization', {'doi': '10.1038/s42256-023-00612-3'}, 'github.com/example-lab/fraglink'),
    ],
    # old bioRxiv cgi links ('biorxiv.org/cgi/content/short/2021.10.29.466407v1')
    "biorxiv-cgi-links.md": [
        ('Yeast promoter activity from random sequences', {'doi': '10.1101/2021.10.29.466407'}, None),
        ('Massively parallel reporter assays with deep models', {'doi': '10.1101/2020.11.02.365123'}, None),
        ('Cis-regulatory grammar of human enhancers', {'doi': '10.1101/2022.05.17.492345'}, 'github.com/example-lab/enhancer-grammar'),
        ('Splicing code prediction', {'doi': '10.1101/2021.04.27.441365'}, None),
    ],
    # Portuguese (and Spanish, French, German) section headings: "Ferramentas & Bibliotecas", "Competições", "Artigos"
    "non-english-resource-headings.md": [
        ('Deep learning for ECG-based detection of atrial fibrillation', {'doi': '10.1038/s41591-019-0123-4'}, None),
        ('BioBERT: a pre-trained biomedical language representation model', {}, None),
    ],
    # DOIs inside publisher PDF and XML addresses (nature.com "_reference.pdf", Silverchair "article-pdf/doi/…", PubFactory "article-10.1123-…")
    "publisher-pdf-urls-embedding-dois.md": [
        ('Sustained physical activity and chronic disease prevention', {'doi': '10.1038/s41467-026-70011-2'}, None),
        ('Supplementary methods for cohort harmonisation', {'doi': '10.1038/s41586-025-09123-7'}, None),
        ('Cohort prevalence estimates and prebaseline mortality', {'doi': '10.1215/00703370-12480011'}, None),
        ('Neural population coding of uncertainty', {'doi': '10.1162/neco_a_01702'}, None),
        ('Physical activity trajectories in older adults', {'doi': '10.1123/japa.2025-0177'}, None),
    ],
    # a tool item linking its repository, with one sub-bullet citing its article: the repository is that paper's code
    "tool-item-with-one-citation-subbullet.md": [
        ('LoopCluster: Robust Single-Cell Hi-C Clustering by Random Walks', {'doi': '10.1101/512345'}, 'github.com/loopcluster/LoopCluster'),
        ('scHiKit: A Toolbox for Single-Cell Hi-C Embedding', {'doi': '10.1101/771234'}, 'github.com/hikit-lab/scHiKit'),
        ('Massively Multiplex Single-Cell Chromatin Capture', {'doi': '10.1038/nmeth.4599'}, None),
    ],
    # audit14h: aliased-repo-sub-bullet
    "aliased-repo-sub-bullet.md": [
        ('RetroMed: Dense Retrieval for Clinical Question Answering', {'arxiv': '2305.11223'}, 'github.com/anaruiz/retromed'),
        ('PathBERT: Pretrained Encoders for Pathology Reports', {'arxiv': '2210.04567'}, 'github.com/liwei-lab/PathBERT'),
        ('Contrastive Sentence Embeddings for Radiology', {'doi': '10.1093/jamia/ocab077'}, None),
        ('Early Exit Transformers for Triage Notes', {'arxiv': '2402.09876'}, None),
    ],
    # audit14h: and-joined-linked-works
    "and-joined-linked-works.md": [
        ('Bayesian shrinkage of dispersion estimates for sparse count data', {'pmcid': 'PMC4101234'}, None),
        ('Negative binomial models for droplet counts', {'doi': '10.1101/201234'}, None),
        ('Batch correction by mutual nearest neighbours', {'doi': '10.1038/nbt.4091'}, None),
        ('Fast clustering of millions of cells with graph partitioning', {'arxiv': '1905.01234'}, None),
        ('A benchmark of graph-based clustering for single-cell data', {'doi': '10.1186/s13059-020-01234-5'}, None),
        ('Trajectory inference by diffusion pseudotime', {'doi': '10.1038/nmeth.3971'}, None),
    ],
    # audit14h: bold-title-in-prose-note
    "bold-title-in-prose-note.md": [
        ('Visualization and analysis of gene expression in tissue sections by spatial transcriptomics', {}, None),
        ("Cartographie de l'expression des gènes dans les coupes de tissu", {}, None),
        ('Spatially resolved, highly multiplexed RNA profiling in single cells', {}, None),
        ('Slide-seq: A scalable technology for measuring genome-wide expression at high spatial resolution', {}, None),
        ('Highly sensitive spatial transcriptomics at near-cellular resolution with Slide-seqV2', {}, None),
        ('Statistical and machine learning methods for spatially resolved transcriptomics', {}, None),
        ('Cell type deconvolution of spot-based spatial data is identifiable', {}, None),
        ('SpatialDE: identification of spatially variable genes', {}, None),
    ],
    # audit14h: journal-own-domain-article-links
    "journal-own-domain-article-links.md": [
        ('Fast spliced alignment of long reads against a pangenome graph', {}, None),
        ('Germline variant calling from short reads with a hidden Markov model', {}, None),
        ('A benchmark of read mappers for metagenomic samples', {}, None),
        ('Attention and augmented recurrent networks for sequence data', {}, None),
        ('Feature visualization of protein language models', {}, None),
    ],
    # audit14i: contributor-bullets-beside-linkless-titles
    "contributor-bullets-beside-linkless-titles.md": [
        ('RadReason: Benchmarking Chain-of-Thought Reasoning on Chest Radiographs', {}, None),
        ('DermQA: A Multilingual Visual Question Answering Benchmark for Dermatology', {}, 'github.com/example-lab/DermQA'),
    ],
    # audit14i: heading-record-with-bib-fields
    "heading-record-with-bib-fields.md": [
        ('U-Net: Convolutional Networks for Biomedical Image Segmentation', {'arxiv': '1505.04597'}, 'github.com/milesial/Pytorch-UNet'),
        ('V-Net: Fully Convolutional Neural Networks for Volumetric Medical Image Segmentation', {'arxiv': '1606.04797'}, 'github.com/faustomilletari/VNet'),
        ('UNet++: A Nested U-Net Architecture for Medical Image Segmentation', {'arxiv': '1807.10165'}, 'github.com/MrGiovanni/UNetPlusPlus'),
        ('Attention U-Net: Learning Where to Look for the Pancreas', {'arxiv': '1804.03999'}, None),
    ],
    # audit14i: labelled-bare-code-url-after-short-citation
    "labelled-bare-code-url-after-short-citation.md": [
        ('Segment Anything in Medical Images', {'doi': '10.1038/s41467-024-44824-z'}, 'github.com/bowang-lab/MedSAM'),
        ('nnU-Net: a self-configuring method for deep learning-based biomedical image segmentation', {'doi': '10.1038/s41592-020-01008-z'}, 'github.com/MIC-DKFZ/nnUNet'),
        ('Deep learning for chest X-ray triage in emergency departments', {'doi': '10.1148/radiol.2019180921'}, 'github.com/example-lab/cxr-triage'),
        ('Retinal vessel segmentation with topology-aware losses', {'doi': '10.1016/j.media.2022.102345'}, 'gitlab.com/example-group/topo-vessel'),
        ('TransUNet: Transformers Make Strong Encoders for Medical Image Segmentation', {'arxiv': '2102.04306'}, 'github.com/Beckschen/TransUNet'),
    ],
    # audit17: year-paren-linked-title-society-site ("[Title (2026)](journal's own site) - note. (Venue)" under a
    # papers heading: the bracketed year closing the linked title dates a cited work, whatever the host)
    "year-paren-linked-title-society-site.md": [
        ("The contribution of air pollution to the socioeconomic inequalities in dementia risk in later life: "
         "The Whitehall II cohort study", {}, None),
        ("Foundation Model in Biomedicine: A Survey", {"arxiv": "2503.02104"}, None),
        ("MiME: Multilevel Medical Embedding of EHR for Predictive Healthcare", {}, None),
        ("Sleep Staging from Wrist Sensors in a Rural Cohort", {}, None),
    ],
    # audit15k: authors-br-then-quoted-title
    "authors-br-then-quoted-title.md": [
        ('Segment Anything in Medicine: A Survey of Promptable Foundation Models', {'arxiv': '2404.11820'}, 'github.com/hkim/MedSAM-Survey'),
        ('Promptable Segmentation for Ultrasound: Progress and Open Problems', {'doi': '10.1016/j.media.2025.103377'}, None),
        ('OrganPrompt: Text-Guided Multi-Organ Segmentation in CT', {'arxiv': '2403.17702'}, 'github.com/organprompt/OrganPrompt'),
    ],
    # audit15k: homepage-labelled-repository
    "homepage-labelled-repository.md": [
        ('MedPrompt3D: Promptable Segmentation of Volumetric Medical Scans', {'arxiv': '2405.10231'}, 'github.com/medprompt/MedPrompt3D'),
        ('EchoSeg: Segmenting Cardiac Ultrasound Video with Memory Prompts', {'arxiv': '2407.01876'}, 'github.com/echoseg-team/EchoSeg'),
        ('PathAny: Any-Prompt Nuclei Segmentation in Whole-Slide Images', {'arxiv': '2403.04410'}, 'github.com/pathany/PathAny'),
        ('SurgAtlas: A Survey of Promptable Models in Surgical Video', {'arxiv': '2502.06611'}, None),
    ],
    # audit15k: table-row-cells-beyond-header
    "table-row-cells-beyond-header.md": [
        ('Prompt Sensitivity of Volumetric Foundation Models in Abdominal CT', {'arxiv': '2403.11872'}, None),
        ('An Empirical Study of Click-Based Refinement for 3D MRI Segmentation', {'arxiv': '2402.05518'}, 'github.com/okafor-lab/click-refine-3d'),
        ('Benchmarking Scribble Supervision for Electron Microscopy Volumes', {'doi': '10.1038/s41598-023-41177-9'}, 'gitlab.com/emseg/scribble-bench'),
        ('Zero-Shot Organ Delineation with Promptable Models: A Multi-Center Evaluation', {'arxiv': '2309.14021'}, None),
        ('VolPrompt: Box-Prompted Segmentation of Synchrotron Tomography', {'arxiv': '2401.09934'}, 'github.com/volprompt/volprompt'),
        ('SliceLink: Propagating Sparse Annotations Through 3D Cell Stacks', {'arxiv': '2310.02267'}, 'github.com/cellvision/slicelink'),
        ('Memory-Guided Interactive Liver Lesion Segmentation', {'arxiv': '2306.07755'}, 'github.com/hepato-ai/mem-lesion'),
    ],
    # audit15l: authors-venue-year-quoted-title
    "authors-venue-year-quoted-title.md": [
        ('Master regulators establish super-enhancers at identity genes', {'doi': '10.1016/j.cell.2014.03.035'}, None),
        ('Enhancer hijacking activates oncogenes in glioma', {'doi': '10.1038/nature14001'}, None),
        ('Epigenetic plasticity and tumour evolution', {'doi': '10.1038/nrc.2018.12'}, None),
        ('Deep models of chromatin accessibility across tissues', {'doi': '10.1038/s41592-019-0555-5'}, None),
    ],
    # audit15l: cited-article-unknown-host
    "cited-article-unknown-host.md": [
        ('Personalized Insulin Dosing From Electronic Records', {}, None),
        ('Heuristic Search in Structured Medical Diagnosis', {}, None),
        ('HistoSet: an open histology dataset for nuclei classification', {}, None),
    ],
    # audit15l: hugo-shortcode-table-cells
    "hugo-shortcode-table-cells.md": [
        ('Learning Risk Scores From Claims Data', {'arxiv': '1812.04567'}, None),
        ('Chapter 4: Deep Learning for Chest Radiographs', {}, None),
        ('Phenotyping Patients With Anchored Topic Models', {'doi': '10.1093/jamia/ocw011'}, None),
        ('Clinical Notes Normalization Revisited', {'pmcid': 'PMC4712345'}, None),
    ],
    # audit17: numbered-name-over-role-field-bullets ("(1) C-RNN-GAN" / "- Paper link: https://arxiv…" / "- Code link:
    # https://github…": a numbered plain name line over a work's role-field bullets is one record titled by the name)
    "numbered-name-over-role-field-bullets.md": [
        ("C-RNN-GAN", {"arxiv": "1611.09904"}, "github.com/olofmogren/c-rnn-gan"),
        ("TimeGAN", {}, "github.com/jsyoon0823/TimeGAN"),
        ("EHR-Safe", {"doi": "10.1038/s41746-023-00888-7"}, None),
        ("Privbayes", {"doi": "10.1145/3134428"}, "github.com/daanknoors/synthetic_data_generation"),
    ],
    # audit15l: myst-directive-fence-readings
    "myst-directive-fence-readings.md": [
        ('Deep learning for tissue image analysis', {'doi': '10.1038/s41592-020-0999-1'}, None),
        ('Sequence models for regulatory genomics', {'arxiv': '1905.01234'}, None),
        ('Nuclei instance segmentation with star-convex priors', {'doi': '10.1016/j.media.2021.102011'}, 'github.com/moreau-lab/starnuc'),
    ],
    # audit15l: publisher-book-page
    "publisher-book-page.md": [
        ('Super-Enhancers at Key Identity Genes', {'doi': '10.1016/j.cell.2014.03.035'}, None),
        ('U-shaped networks for cell segmentation', {'doi': '10.1007/978-3-319-24574-4_99'}, None),
    ],
    # audit15j: article-mirror-pages-among-papers
    "article-mirror-pages-among-papers.md": [
        ('DTI-Forest: a cascade forest model for drug–target interaction prediction', {'pmid': '31885999'}, None),
        ('Discovering protein drug targets using knowledge graph embeddings', {'pmid': '31368999'}, None),
        ('A Bayesian approach for drug target identification using heterogeneous data types', {}, None),
        ('Target identification among approved drugs by deep learning on heterogeneous networks', {}, None),
        ('Network-Based Target Identification: methods and applications', {'doi': '10.1007/978-3-030-99999-4_6'}, None),
    ],
    # audit17: heading-title-bare-url-bullets: "# Title" over bullets that are bare URLs alone, one of them the
    # paper's: one record titled by the heading (not one untitled entry per URL), the repositories its code
    "heading-title-bare-url-bullets.md": [
        ("Cross-species enhancer grammar learned by convolutional sequence models", {"arxiv": "2403.01234"},
         "github.com/hgrant/enhancer-grammar"),
        ("Chromatin accessibility prediction from long DNA windows with dilated attention",
         {"doi": "10.1101/2024.03.01.582345"}, "github.com/mlopez-lab/dilated-atac"),
        ("Promoter variant effects scored by masked nucleotide language models", {"doi": "10.1101/2023.11.20.567890"},
         "github.com/vepgroup/promoter-mlm"),
    ],
    # audit17: accessed-web-reference-among-papers: a reference that says when its page was accessed
    # ("[Accessed 12 March 2024]", "(accessed 3 May 2023)") cites a web page, not an article, even among papers
    "accessed-web-reference-among-papers.md": [
        ("Fine-mapping of blood pressure loci across ancestries.", {"pmcid": "PMC7001234"}, None),
        ("Clumping and thresholding revisited for polygenic scores.", {}, None),
        ("Calibrating polygenic risk scores in admixed cohorts.", {"doi": "10.1038/s41588-021-00812-3"}, None),
        ("Heritability estimation from summary statistics in biobanks.", {}, None),
    ],
    # audit15j: bare-url-line-under-topic-heading
    "bare-url-line-under-topic-heading.md": [
        ('Graph Attention Networks for Predicting Adverse Drug Reactions from Molecular Structure', {'doi': '10.1007/s10489-021-02345-6'}, None),
        ('Learning Side-Effect Profiles with Multi-Label Deep Networks', {'pmid': '34123456'}, None),
        ('Substructure-Phenotype Association Mining for Drug Effect Prediction', {}, None),
        ('PharmGraph: a biomedical knowledge graph benchmark for drug safety mining', {'pmid': '35123456'}, None),
        ('Drug Similarity Fusion Through Attentive Multi-view Graph Encoders', {'arxiv': '2105.01234'}, None),
    ],
    # audit15j: code-span-glued-bare-urls
    "code-span-glued-bare-urls.md": [
        ('Patient Similarity Graphs for Safer Drug Recommendation', {}, 'github.com/rxlab/psg-rec'),
        ('Contrastive Substructure Learning for Drug–Drug Interaction Prediction', {'doi': '10.1007/s10489-024-05512-3'}, 'github.com/ddi-group/cosub'),
        ('Multi-view Hypergraph Networks for Polypharmacy Side Effects', {}, 'github.com/polyside/mvhg'),
        ('Knowledge-Aware Adverse Event Forecasting from Spontaneous Reports', {}, 'gitlab.com/pvlab/kaef'),
        ('Temporal Signal Detection in FAERS with Bayesian Shrinkage', {'doi': '10.1007/s40264-023-01350-1'}, 'github.com/faers-tools/tsd'),
        ('Counterfactual Explanations for Drug Toxicity Classifiers', {'arxiv': '2402.01234'}, None),
    ],
    # audit15j: library-proxy-and-article-index-hosts
    "library-proxy-and-article-index-hosts.md": [
        ('Disproportionality Analysis of Immune Checkpoint Inhibitor Myocarditis in VigiBase', {}, None),
        ('Machine Learning for Adverse Event Triage in Spontaneous Reporting Systems', {}, None),
        ('Abstract 2117: Predicting Immune-Related Adverse Events from Baseline Cytokine Profiles', {}, None),
        ('A Review of Network-Based Drug Safety Surveillance Methods', {}, None),
        ('Market Withdrawals of Medicines and Post-Marketing Surveillance Costs', {}, None),
        ('Performance of Gradient Boosting for Hepatotoxicity Prediction in Hospitalized Patients', {}, None),
        ('Natural Language Processing of Case Narratives for Causality Assessment', {'pmcid': 'PMC9876543'}, None),
    ],
    # audit16m: bare-year-line-in-loose-reference
    "bare-year-line-in-loose-reference.md": [
        ('Cardiologist-level arrhythmia detection with convolutional neural networks', {}, None),
        ('ECGNet for beat detection', {}, None),
        ('Deep ECG features for sleep apnea', {}, None),
        ('Automatic sleep staging with single-lead ECG and recurrent networks', {'arxiv': '1911.01234'}, None),
    ],
    # audit16m: gbt-doctype-title-sparse-trailer
    "gbt-doctype-title-sparse-trailer.md": [
        ('SleepNet: automated sleep staging from single-channel EEG', {}, None),
        ('Wearable ECG monitoring with lightweight recurrent networks', {}, None),
        ('Deep learning for photoplethysmography signal quality', {}, None),
        ('Multimodal physiological signal fusion for stress detection', {}, None),
    ],
    # audit16n: korean-notes-among-linkless-references
    "korean-notes-among-linkless-references.md": [
        ('Neural temporal relation extraction for clinical narratives.', {}, None),
        ('Automated classification of eligibility criteria in oncology trials.', {}, None),
        ('Extracting medication attributes from discharge summaries with transformers.', {}, None),
        ('A shared task on de-identification of clinical free text.', {}, None),
        ('Recognizing comorbidities in sparse clinical notes.', {}, None),
        ('Learning patient representations from longitudinal health records.', {}, None),
        ('Temporal expression normalization in radiotherapy notes.', {}, None),
        ('Cross-institution concept extraction for clinical text.', {}, None),
    ],
    # audit16n: lone-linkless-line-under-note-or-tool-heading
    "lone-linkless-line-under-note-or-tool-heading.md": [
        ('Kim et al. Extracting chemotherapy regimens using neural sequence labeling.', {}, None),
        ('Neural architecture for temporal relation extraction in clinical notes.', {}, None),
        ('Representations of time expressions for clinical relation extraction.', {}, None),
        ('SemEval-2016 Task 12: Clinical TempEval.', {}, None),
        ('Neural temporal relation extraction.', {}, None),
        ('Clinical event coreference with transformers.', {}, None),
        ('Automatic trial eligibility surveillance based on unstructured clinical data.', {}, None),
        ('Learning to rank clinical trials for patients.', {}, None),
        ('Negation detection in clinical notes with pretrained transformers', {}, None),
    ],
    # audit16o: byline-link-to-code
    "byline-link-to-code.md": [
        ('Learning the syntax of antibody repertoires with masked language models', {'doi': '10.1016/j.cels.2023.01.004'}, None),
        ('PepTrans: Towards Learning the Grammar of Therapeutic Peptides', {}, 'github.com/rhaddad/PepTrans'),
        ('Dilated convolutions for remote homology detection at scale', {}, 'gitlab.com/vargalab/dilahom'),
    ],
    # audit16o: tagged-bold-record-notes
    "tagged-bold-record-notes.md": [
        ('Accurate prediction of loop conformations with attention networks', {'doi': '10.1038/s41592-022-01400-3'}, None),
        ('Equivariant graph networks for side-chain packing', {'doi': '10.1101/2023.03.15.532811'}, None),
        ('Autoregressive language modeling for enzyme sequence generation', {'arxiv': '2206.01234'}, None),
        ('PepTrans: Towards Learning the Grammar of Therapeutic Peptides', {}, 'github.com/rhaddad/PepTrans'),
    ],
    # audit17: emphasised-byline-beside-marked-tags ("Title (***2017*** 👍), *Authors, Venue.*",
    # "Title, *Authors, Venue.* (***Unsupervised***)": the italic byline is cut though other marked tags sit beside it)
    "emphasised-byline-beside-marked-tags.md": [
        ("Dense Cascaded Networks for Prostate Segmentation in MRI", {"arxiv": "1707.01234"}, None),
        ("Shape-Aware Decoders for Cardiac Segmentation", {"arxiv": "1708.02345"}, None),
        ("Y-Shaped Networks for Unsupervised Lesion Masks", {"arxiv": "1709.03456"}, None),
        ("Boundary-Weighted Losses for Liver Tumour Segmentation", {"arxiv": "1710.04567"}, "github.com/pnair/bwl-seg"),
        ("Iterative Encoder-Decoder Networks for Kidney Segmentation", {"arxiv": "1711.05678"}, None),
        ("Residual Attention Networks for Retinal Vessel Segmentation", {"arxiv": "1801.06789"}, None),
    ],
    # audit17: anchored-apa-reference-paragraphs ('<a id="…"></a>' line, then an APA reference with undotted
    # Vancouver initials whose locator link follows "Retrieved from")
    "anchored-apa-reference-paragraphs.md": [
        ('Auditing sepsis alerts for disparate performance across patient groups', {}, None),
        ('Calibration drift of mortality models after deployment', {'doi': '10.1177/0272989x20912345'}, None),
        ('Counterfactual fairness for intensive care triage', {'arxiv': '2103.04567'}, None),
        ('Group-calibrated risk scores for readmission prediction', {'doi': '10.1002/sim.7654'}, None),
        ('Measuring equity in hospital resource allocation models', {}, None),
    ],
    # audit17: vancouver-names-apa-year-bullets ("Haddad R, & Olsen T (2018). Title. Venue …": undotted initials
    # closed by an APA year in parentheses)
    "vancouver-names-apa-year-bullets.md": [
        ('Calibration drift of mortality models after deployment', {}, None),
        ('Auditing sepsis alerts for disparate performance across patient groups', {}, None),
        ('Counterfactual fairness for intensive care triage', {'arxiv': '2103.04567'}, None),
        ('Group-calibrated risk scores for readmission prediction', {}, 'github.com/rhaddad/group-calibration'),
        ('Deep hazard networks for competing risks in registries', {}, None),
    ],
    # audit17: ref-label-link-before-bold-title ("[[ref](…)] - **Title**, A. Author et al. 2019.": "ref" labels
    # the reference's link as "pdf" does; it names no work)
    "ref-label-link-before-bold-title.md": [
        ('Rule-based phenotypes for chronic kidney disease from hospital records', {'pmid': '30123456'}, None),
        ('Temporal phenotyping of intensive care stays with tensor factorisation', {'arxiv': '1907.01234'}, None),
        ('Learning visit embeddings from longitudinal claims data', {'arxiv': '1812.04567'}, None),
        ('Family history extraction from clinical notes', {'doi': '10.1093/jamia/ocz101'}, None),
    ],
    # audit17: plain-title-bullet-over-venue-link-subbullet ("+ Title" / "  + [[bioRxiv …](…)] • [[code](…)]":
    # the one sub-bullet of venue-labelled links is the title's own links, not a work named after its venue)
    "plain-title-bullet-over-venue-link-subbullet.md": [
        ('Designing enzyme active sites with equivariant diffusion', {'doi': '10.1101/2024.03.30.587412'}, 'github.com/example-lab/enzdiff'),
        ('Learned scoring of miniprotein binders at scale', {'doi': '10.1038/s41467-024-47001-1'}, 'github.com/binderlab/miniscore'),
        ('Biosecurity of generative protein models', {'doi': '10.1038/s44319-024-00200-1'}, None),
        ('Preference optimization for antibody CDR design', {'arxiv': '2404.01234'}, None),
        ('Antimicrobial peptide generation with language models and docking', {'doi': '10.1038/s41598-024-58001-2'}, 'github.com/peptide-ml/ampgen'),
    ],
    # audit17: bold-title-record-parenthesized-venue-year-label ("**Title**" / "Authors" / "[Journal Name (2023)](…)"
    # on a journal's own site: a venue with its year in brackets labels the article's link as "Journal 2023" does)
    "bold-title-record-parenthesized-venue-year-label.md": [
        ('Research progress of artificial intelligence in enzyme engineering', {}, None),
        ('Machine learning guided directed evolution: a practical review', {}, None),
        ('Computational antibody humanisation - where next?', {}, None),
        ('Language models of protein sequences: a primer for biologists', {}, None),
    ],
    # audit17: table-title-time-bare-code-column ("|Title|Time|Name|Code|" rows, a bare GitHub URL their only link:
    # a "Time" column dates the work as "Year" does, so a row titled in the "Title" column cites a paper)
    "table-title-time-bare-code-column.md": [
        ('Predicting drug–target binding affinity with cross-attention graph networks', {}, 'github.com/example-lab/CAGN-DTA'),
        ('HyperDTI: drug–target interaction prediction on hypergraphs of pharmacological knowledge', {}, 'github.com/hyper-bio/HyperDTI'),
        ('Contrastive pretraining of protein pockets for virtual screening at scale', {}, 'github.com/pocketlab/PocketCL'),
        ('RepoGNN: predicting drug–disease associations with relational graph neural networks', {}, 'github.com/repo-gnn/RepoGNN'),
    ],
    # audit17: emoji-shortcode-before-labelled-links ("**Title**  " / "[2022] :star:[paper](…) :sunny:[code](project
    # page)": the shortcode's closing colon is no "label:"; the link's own text "code" labels the project page)
    "emoji-shortcode-before-labelled-links.md": [
        ('Semantic Image Synthesis for Surgical Scene Segmentation in a Virtual Operating Room',
         {"doi": "10.1007/978-3-031-16449-1_53"}, "vorseg.github.io"),
        ('Stereo Memory Networks for Instrument Tracking in Robot-Assisted Laparoscopy', {"arxiv": "2306.09244"},
         "surgmem-lab.gitlab.io/stereo-memory"),
        ('Weakly Supervised Tissue Segmentation from Kinematic Cues', {}, None),
        ('Domain-Adaptive Tool Detection with Synthetic Endoscopic Frames', {"doi": "10.1007/s11548-024-03163-6"},
         'github.com/example-surg/DATool'),
    ],
    # audit17: author-line-then-bold-title-records ("1. Name, Name, and Name <br>" / "<span>**Title**</span> <br>" /
    # "*Venue*" / "[Paper](…)": the authors, on one line or wrapped onto two, open the record; the bold line is its title)
    "author-line-then-bold-title-records.md": [
        ('Saliency Maps for Chest Radiograph Classifiers: A Critical Review', {"arxiv": "2008.06353"}, None),
        ('Concept-Based Explanations for Dermatology Classifiers', {}, None),
        ('Counterfactual Explanations for Retinal Disease Grading', {}, None),
    ],
    # audit17: heading-role-fields-with-prose-note-bullets ("### **Title**" / "- 论文：https://…" / "- 代码：https://…" /
    # "- 该仓库提供训练与推理代码。": a link-less sentence among a heading's role fields is a note on the record,
    # not an entry of its own that splits the record into entries titled "论文" and "代码")
    "heading-role-fields-with-prose-note-bullets.md": [
        ('Boundary-Aware Transformers for Skin Lesion Segmentation', {"arxiv": "2110.03864"},
         'github.com/jcwang123/BA-Transformer'),
        ('TransFuse: Fusing Transformers and CNNs for Medical Image Segmentation', {"arxiv": "2102.08005"},
         'github.com/Rayicer/TransFuse'),
        ('Medical SAM Adapter', {"arxiv": "2304.12620"}, 'github.com/KidsWithTokens/Medical-SAM-Adapter'),
    ],
    # audit17: bold-title-item-byline-subbullets ("1. **Title**" / "   - *Name, et al.*  ISBI 2018." / "   - [paper](…),
    # 2018"): a link-less bold title over its byline and its paper link is one work, not a group of sub-entries
    "bold-title-item-byline-subbullets.md": [
        ('Deep Learning for Cortical Surface Analysis', {}, None),
        ('Graph Learning on Structural Connectomes: A Review', {'arxiv': '2103.04567'}, None),
        ('Self-supervised pretraining of 3D encoders for brain MRI', {'doi': '10.1007/s12021-022-09581-3'}, None),
        ('Spatio-temporal attention for resting-state fMRI classification of autism', {}, None),
        ('Learning individual differences from functional connectomes', {}, None),
        ('Cortical thickness prediction with graph neural networks', {}, None),
    ],
    # audit17: name-line-over-title-venue-link ("4. NeuSomatic" / "Deep convolutional neural networks for …" /
    # "<br> [Nature Communications 2019](…)"): the method's name alone on the item's first line, the title on the next
    "name-line-over-title-venue-link.md": [
        ('Symphonizing pileup and full-alignment for deep learning-based long-read variant calling',
         {'doi': '10.1038/s43588-022-00387-x'}, None),
        ('Haplotype-aware variant calling with PEPPER-Margin-DeepVariant enables high accuracy in nanopore long-reads',
         {'doi': '10.1038/s41592-021-01299-w'}, None),
        ('A deep learning method for calling germline indels in low-coverage exomes', {}, None),
        ('Deep convolutional neural networks for accurate somatic mutation detection',
         {'doi': '10.1038/s41467-019-09027-x'}, None),
    ],
    # audit17: intro-survey-link-after-colon (the list's own survey announced by the intro paragraph before it,
    # "You can follow our latest survey …:" / "🔥🔥🔥[[Title]](arxiv…)": the lone titled link is that survey's entry)
    "intro-survey-link-after-colon.md": [
        ('Graph Neural Networks for Disease Surveillance: A Survey', {'arxiv': '2406.12222'}, None),
        ('EpiCast: Forecasting Influenza with Mobility Graphs', {'arxiv': '2307.13333'}, None),
        ('Transformer Models for Regional COVID-19 Case Prediction', {'doi': '10.1145/3511808.3557000'}, None),
    ],
    # audit17: intro-survey-titled-in-sentence ('… repository of the survey paper titled "[Title](arxiv…)".': the
    # one titled link the sentence announces as the paper is that paper's entry)
    "intro-survey-titled-in-sentence.md": [
        ('A Review of Deep Learning for Outbreak Forecasting', {'arxiv': '2405.11111'}, None),
        ('EpiCast: Forecasting Influenza with Mobility Graphs', {'arxiv': '2307.13333'}, 'github.com/example/epicast'),
        ('Transformer Models for Regional COVID-19 Case Prediction', {'doi': '10.1145/3511808.3557000'}, None),
    ],
    # audit17: pmid-query-parameter-link (a reference linked through an aggregator or an old Entrez/link-resolver
    # address that names the article's PubMed id in its query: "insights.ovid.com/pubmed?pmid=…", "query.fcgi?
    # …&db=PubMed&list_uids=…", an OpenURL "id=pmid:…"): the link names the PMID, so it is the paper's link
    "pmid-query-parameter-link.md": [
        ('A donor risk score for predicting kidney graft loss after transplantation', {'pmid': '19623019'}, None),
        ('Early warning of septic shock from routine vital signs', {'pmid': '26243860'}, None),
        ('Thirty-day readmission risk from administrative claims', {'pmid': '15361213'}, None),
        ('Automated grading of diabetic retinopathy in a primary care network', {'pmid': '28467869'}, None),
        ('Deep learning detection of lung nodules on low-dose CT', {'pmid': '31110349'}, None),
    ],
    # audit17: title-colon-then-url ("1. Title of the work: https://…", "Title: [pdf](…)" in a reading-notes file):
    # the colon only leads to the link; the title's last word is no "label:" unless it says what the link is
    # ("… Paper: https://…") or a wide gap sets it apart ("…  PDF: https://…")
    "title-colon-then-url.md": [
        ('Visual patterns discovery in large art collections', {'arxiv': '1903.02678'}, None),
        ('Unsupervised visual representation learning by context prediction', {'arxiv': '1505.05192'}, None),
        ('Learning deep features for scene recognition', {'arxiv': '1505.05193'}, None),
        ('An overview of deep learning in medical imaging focusing on MRI', {}, None),
        ('Dense volumetric segmentation of cardiac MRI with fractal networks', {'arxiv': '1704.03669'}, None),
        ('Lovasz hinge losses for multi-class segmentation of pelvic CT', {'arxiv': '1705.08790'}, None),
    ],
    # audit17: bold-name-repeated-before-title ("- **Nucleotide Transformer**: The nucleotide transformer: Building …",
    # "- **LinkLM**: LinkLM: Pretraining …"): the bold name the title repeats with its colon is a label, not the title's
    "bold-name-repeated-before-title.md": [
        ("The nucleotide transformer: Building and evaluating robust foundation models for human genomics",
         {"doi": "10.1101/2023.01.11.523679"}, "github.com/instadeepai/nucleotide-transformer"),
        ("LinkLM: Pretraining sequence models with cross-reference links", {"arxiv": "2304.50017"},
         "github.com/seqlab/linklm"),
        ("Long-range genomic sequence modeling at single nucleotide resolution", {"arxiv": "2306.15794"},
         "github.com/HazyResearch/hyena-dna"),
    ],
    # audit17: doc-section-review-callout ("## Overview" / "2025 snapshot from our review paper: [_Title_](arxiv…)",
    # "## About" / "… the companion of the survey paper [Title](doi…)"): the paper the list accompanies, called out
    # in a section about the list itself, is a work like the same callout in an intro; other links there are not
    "doc-section-review-callout.md": [
        ("Foundation models of protein sequences: a brief overview", {"arxiv": "2505.00671"}, None),
        ("Unified rational protein engineering with sequence-based deep representation learning",
         {"doi": "10.1038/s41592-019-0598-1"}, None),
        ("ProteinBERT: a universal deep-learning model of protein sequence and function",
         {"doi": "10.1093/bioinformatics/btac020"}, None),
        ("Protein language models in the era of scaling laws", {"doi": "10.1101/2024.02.14.580341"}, None),
    ],
    # audit17: title-line-colon-then-bare-url-paragraph (a reading-notes file: "Title of the work:" on a line of
    # its own, its bare URL alone on the next, one paragraph per work): each paragraph is an item
    "title-line-colon-then-bare-url-paragraph.md": [
        ('Dense Volumetric Segmentation for Cardiovascular MRI Volumes with Fractal Networks',
         {'doi': '10.1007/978-3-319-52280-7_10'}, None),
        ('Dilated Convolutional Networks for Cardiac MR Segmentation in Congenital Heart Disease',
         {'arxiv': '1704.03669'}, None),
        ('A Tractable Surrogate Loss for Optimising Intersection-over-Union in Neural Networks',
         {'arxiv': '1705.08790'}, None),
    ],
    # audit17: html-heading-banner-paper-link (a README opening with a centred "<h2><a href=arxiv…>Title</a></h2>"
    # banner, the survey the list accompanies): that lone, titled link to a scholarly record is the survey's entry;
    # a banner link to a project page and an "arXiv" role link beside "Code" are none
    "html-heading-banner-paper-link.md": [
        ('A Survey of Multimodal Foundation Models for Clinical Imaging', {'arxiv': '2405.01234'}, None),
        ('MedVInT: Towards Generative Visual Instruction Tuning for Medical VQA', {'arxiv': '2305.10415'},
         'github.com/xiaoman-zhang/PMC-VQA'),
        ('RadFM: Towards Generalist Foundation Model for Radiology', {'arxiv': '2308.02463'}, 'github.com/chaoyi-wu/RadFM'),
    ],
    # audit17: heading-record-snake-case-link-labels ("## ⌨️1.Title" over "[Code_Link](github…)|**Time:2024**" and
    # "[Paper_Link](doi…)|Dataset_Not_Found" paragraphs, perhaps the authors' notes after them): the heading titles
    # one record; "Code_Link", "Paper_Link1_2022", "Paper_Link(MICCAI 2023)" are labels, the emoji and number go
    "heading-record-snake-case-link-labels.md": [
        ('VesselFormer: Transformer Segmentation of Retinal Vessels in Fundus Photographs',
         {'doi': '10.1007/s10278-024-09999-1'}, 'github.com/eyelab/vesselformer'),
        ('OpticCupNet: Joint Optic Disc and Cup Segmentation with Polar Priors', {'arxiv': '2306.11111'},
         'github.com/glaucoma-ai/opticcupnet'),
        ('LesionMIL: Weakly Supervised Lesion Localisation in Diabetic Retinopathy Screening',
         {'arxiv': '2203.22222'}, 'github.com/drscreen/lesionmil'),
    ],
    # audit17: year-colon-groups-nested-notes (a paper-notes repository: "- 2016:" years group "**Name**: Title
    # [[note](…/blob/…md)]" items; a year label is no field of the item above it, a note link (also in GitHub's
    # /edit/ view) is no code)
    "year-colon-groups-nested-notes.md": [
        ('V-Net: Fully Convolutional Neural Networks for Volumetric Medical Image Segmentation', {}, None),
        ('3D U-Net: Learning Dense Volumetric Segmentation from Sparse Annotation', {}, None),
        ('Attention U-Net: Learning Where to Look for the Pancreas', {}, None),
        ('TernausNet: U-Net with VGG11 Encoder Pre-Trained on ImageNet for Image Segmentation', {}, None),
        ('UNet++: A Nested U-Net Architecture for Medical Image Segmentation', {}, None),
        ('ELMo: Deep contextualized word representations', {}, None),
        ('BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding', {}, None),
        ('RoBERTa: A Robustly Optimized BERT Pretraining Approach', {}, None),
    ],
    # audit17: date-stamped-journal-club-paragraphs (a journal-club log: "14/02/24 [Title](…)" paragraphs, a
    # slides line under some): each dated paragraph is an item, the heading above them titles none
    "date-stamped-journal-club-paragraphs.md": [
        ('Dermatologist-level classification of skin cancer with deep neural networks',
         {'doi': '10.1038/nature21056'}, None),
        ('International evaluation of an AI system for breast cancer screening',
         {'doi': '10.1038/s41586-019-1799-6'}, None),
        ('Scaling self-supervised learning for histopathology with masked image modeling',
         {'doi': '10.1101/2023.07.21.23292757'}, None),
        ('Clinical-grade computational pathology using weakly supervised deep learning on whole slide images',
         {'pmcid': 'PMC8313106'}, None),
    ],
    # audit17: zh-quoted-field-records (Chinese medical-AI reading notes): each work a quote of labelled lines,
    # "> 论文地址： https://…" / ">" / "> 论文题目：Title" (or the title as a plain line, its subtitle after a colon,
    # above or below the address); an empty template quote ("> 论文地址： " / "> 论文题目：") is no entry
    # audit17: zh-weekly-log-thoughts (Chinese weekly paper-reading logs, e.g. "200119-200201 论文阅读总结"): after
    # the numbered paper list (each paper filed under a category after it: "[Title](notes.md): MRI", link-less
    # "Title: CT" / "Title：MRI" / "Title: other application", the category no part of the title when the
    # same words close two papers and the section's links carry categories too; a subtitle stays), a "个人思考"
    # section of link-less remarks mixing Chinese and English terms; a remark ending in a sentence-final particle
    # ("…有关的") or whose second clause opens with a connective ("，所以…", "，是否…", "，因此…") is prose, not a title
    "zh-weekly-log-thoughts.md": [
        ('Deep Cascade of Convolutional Neural Networks for Dynamic MR Image Reconstruction', {'arxiv': '1704.02422'}, None),
        ('Learned Primal-Dual Reconstruction of Tomographic Images', {}, None),
        ('Image Reconstruction by Domain Transform Manifold Learning', {}, None),
        ('Deep Image Prior for Undersampled Dynamic MRI', {}, None),
        ('Variational Networks for Joint Image Reconstruction and Classification', {}, None),
        ('A Sparse-View CT Reconstruction Method Based on Combination of DenseNet and Deconvolution', {}, None),
        ('Low-Dose CT with a Residual Encoder-Decoder Convolutional Neural Network', {}, None),
        ('Deep Learning for Fast and Spatially Constrained Tissue Quantification from Highly Accelerated Data in MRI', {}, None),
        ('Unsupervised Deep Learning for Bayesian Brain MRI Segmentation', {}, None),
        ('Noise2Noise: Learning Image Restoration without Clean Data', {'arxiv': '1803.04189'}, None),
        ('Deep Learning for Sonar Image Denoising', {}, None),
        ('Compressive Spectral Imaging with Deep Unrolling', {}, None),
        ('Deep Decoder: Concise Image Representations from Untrained Networks', {}, None),
    ],
    "zh-quoted-field-records.md": [
        ('正常和病理步态分类LSTM模型', {}, None),
        ('An Intelligent System for Monitoring Skin Diseases', {'pmcid': 'PMC6111999'}, None),
        ('使用分组的生理和药物趋势预测ICU再入院', {}, None),
        ('基于对抗学习的胸片骨抑制', {'arxiv': '2002.03073'}, None),
        ('大数据图像分析的病理图像压缩：乳腺癌热点检测的应用', {}, None),
    ],
    # audit17: cnki-article-links (a bone-suppression list's "Additional Resources", Chinese lists' 中文文献):
    # an article page of CNKI ("kns.cnki.net/kcms2/article/abstract?v=…") or Wanfang Data
    # ("d.wanfangdata.com.cn/periodical/…") is a paper's page, as J-STAGE's or KoreaScience's is
    "cnki-article-links.md": [
        ('Implementation and evaluation of a bony structure suppression software tool for chest X-ray imaging', {}, None),
        ('Bone Suppression Methods of Chest Radiographs Based on Deep Convolutional Networks', {}, None),
        ('Research on bone suppression of chest radiography', {}, None),
        ('基于深度学习的肺结节检测方法研究', {}, None),
        ('医学图像分割方法综述', {}, None),
    ],
    # audit17: dataset-for-label-on-repo (a bone-suppression list): "[[Dataset for COVID-19 X-Ray]](https://github.com/
    # lindawangg/COVID-Net)" beside "[[PDF]](…)": a repository the label names as a dataset ("Dataset for …",
    # "Data for …") holds the data the work used, not the work's code
    "dataset-for-label-on-repo.md": [
        ('Autoencoder-based bone removal algorithm from x-ray images of the lung', {}, None),
        ('Image-to-Images Translation for Multi-Task Organ Segmentation and Bone Suppression in Chest X-Ray Radiography',
         {}, 'github.com/mohaEs/image-to-images-translation'),
    ],
    # audit17: zh-numbered-title-field-paragraphs (Chinese reading notes: "1：论文题目：[Title](…)，思路总结https://…md"
    # paragraphs): a numbered title field's linked value is the item's title; "论文思路"/"论文解读" links are notes
    "zh-numbered-title-field-paragraphs.md": [
        ('Annotation-efficient learning for medical image segmentation based on noisy pseudo labels and adversarial '
         'learning', {}, None),
        ('TransUNet: Transformers Make Strong Encoders for Medical Image Segmentation', {'arxiv': '2102.04306'}, None),
        ('Swin-Unet: Unet-like Pure Transformer for Medical Image Segmentation', {'arxiv': '2105.05537'},
         'github.com/HuCaoFighting/Swin-Unet'),
        ('UNETR: Transformers for 3D Medical Image Segmentation', {'arxiv': '2103.10504'}, None),
    ],
    # audit17: bold-caption-over-harvard-reference (a course reading list: "**The BatchNorm paper**" captions a paragraph
    # whose link, on the next line, is a whole Google Scholar "Harvard" reference, "Ioffe, S. and Szegedy, C., 2015,
    # June. Title. In Venue (pp. …)."): the reference's title names the work, the caption is a note; role links
    # ("[[paper](…)]") leave the bold line the title
    "bold-caption-over-harvard-reference.md": [
        ('Deep learning', {'doi': '10.1038/nature14539'}, None),
        ('Batch normalization: Accelerating deep network training by reducing internal covariate shift',
         {'arxiv': '1502.03167'}, None),
        ('VoxelMorph: a learning framework for deformable medical image registration', {'arxiv': '1809.05231'}, None),
        ('DeepCpG - Predicting DNA methylation in single cells', {'doi': '10.1186/s13059-017-1189-z'},
         'github.com/cangermueller/deepcpg'),
        ('Adam: A method for stochastic optimization', {'arxiv': '1412.6980'}, None),
    ],
    # audit17: "> [_Title_](…) \" / "> Authors \" / "> Venue": a lab page's records each set off as a quote holding
    # one paragraph that opens with its linked title: the quote only indents the record
    "quoted-citation-records.md": [
        ('Clinically Correct Report Generation from Chest X-rays using Templates',
         {'doi': '10.1007/978-3-030-87589-3_67'}, None),
        ('U-Net: Convolutional Networks for Biomedical Image Segmentation', {'arxiv': '1505.04597'},
         'github.com/example-lab/unet'),
        ('Report generation from chest X-Rays: analysis of NLP metrics and template-based models', {}, None),
    ],
    # audit17: '**Owner Name**, Co Author, et al. "**Title.**" Venue, 2021.': a personal publication page bolds its
    # owner in the byline; the quoted text after the byline is the title, not the bold name
    "bold-owner-byline-quoted-title.md": [
        ('Deep learning for differential diagnosis of malignant hepatic tumors based on multi-phase '
         'contrast-enhanced CT and clinical data', {'doi': '10.1186/s13045-021-01167-2'},
         'github.com/ruitian-olivia/STIC-model'),
        ('CrepHAN: cross-species prediction of enhancers by using hierarchical attention networks', {}, None),
        ('Self-supervised pretraining for chest radiograph triage', {'arxiv': '2201.01234'},
         'github.com/example-lab/cxr-ssl'),
        ('Federated segmentation of prostate MRI across hospitals', {'doi': '10.1007/978-3-031-43898-1_5'}, None),
    ],
    # audit17: "10.[Title](url).<br>" lines of one paragraph (a reading list numbered by hand, no space after the
    # dot): a number of two digits or more before the linked title numbers the item, as "9." does
    "numbered-linked-title-lines-past-nine.md": [
        ("Nuclear contour refinement in light-sheet volumes", {"doi": "10.1111/jmi.13001"}, None),
        ("Graph matching of dividing cells across time-lapse frames", {}, None),
        ("A protocol for cleared organoid imaging and nucleus counting", {"doi": "10.1038/s41598-021-99001-1"}, None),
        ("Seeded watershed for clumped nuclei in confocal stacks", {}, None),
        ("Weakly supervised lineage tracing from sparse annotations", {"doi": "10.1101/2021.02.03.429999"}, None),
        ("Interactive annotation of mitotic events in embryo movies", {}, None),
        ("Self-supervised cell tracking with optical flow priors", {"arxiv": "2103.09999"}, None),
        ("Automated tracking of cell divisions during germband elongation", {}, None),
        ("ilastik-style interactive learning for (bio)image triage", {"doi": "10.1038/s41592-019-0999-9"}, None),
        ("A benchmark of membrane segmentation for plant meristems", {"pmcid": "PMC8000001"}, None),
    ],
    # audit17: "[Title (Lázár & Lundeberg)](doi…)", "[Title (Cui et al.)](…)": a reading list credits a review's
    # authors in brackets inside the link; they are its byline, not its title (a single bracketed name stays)
    "linked-title-closing-author-parenthesis.md": [
        ("Spatial niches of the tumour microenvironment", {"doi": "10.1038/s41576-025-09999-1"}, None),
        ("Foundation models for tissue imaging and transcriptomics", {"doi": "10.1038/s41586-025-09999-2"}, None),
        ("Segmentation-free analysis of subcellular transcript maps", {"doi": "10.1038/s41592-024-09999-3"}, None),
        ("Benchmarking deconvolution for spot-based assays", {"doi": "10.1186/s13059-024-09999-4"}, None),
        ("Method of the Year: imaging mass cytometry (Marx)", {"doi": "10.1038/s41592-023-09999-5"}, None),
    ],
    # audit17: author-year-lead-before-linked-title (a course reading list: "Benson Kjell and Hartz Arthur J 2000
    # [Title](…pdf) *Journal*"): the authors and year lead the link, the link's text is the title
    "author-year-lead-before-linked-title.md": [
        ('The central role of the propensity score in observational studies for causal effects', {}, None),
        ('An introduction to propensity score methods for reducing the effects of confounding',
         {'doi': '10.1080/00273171.2011.568786'}, None),
        ('Using big data to emulate a target trial when a randomized trial is not available', {}, None),
        ('Randomized, controlled trials, observational studies, and the hierarchy of research designs', {}, None),
        ('Matching methods for causal inference: a review and a look forward', {}, None),
        ('Parachute use to prevent death and major trauma related to gravitational challenge',
         {'pmid': '14684649'}, None),
    ],
    # audit17: year-emphasised-venue-model-tag-before-link (a risk-model catalogue: "* 2016 *Circulation* China-PAR
    # ASCVD risk [Title](…)"): a year, the emphasised venue and the model's name tag the paper; the link's text is
    # the title however many words the tag runs to
    "year-emphasised-venue-model-tag-before-link.md": [
        ('Derivation and validation of QRISK, a new cardiovascular disease risk score for the United Kingdom', {}, None),
        ('Predicting the 10-year risks of atherosclerotic cardiovascular disease in Chinese population',
         {'doi': '10.1161/circulationaha.116.022367'}, None),
        ('SCORE2 risk prediction algorithms: new models to estimate 10-year risk of cardiovascular disease in Europe',
         {}, None),
        ('Predictive value for the Chinese population of the Framingham CHD risk assessment tool', {}, None),
        ('Lifetime risk for cardiovascular disease in a Chinese population', {}, 'github.com/example-lab/cmcs-lifetime'),
        ('Counterfactual prediction is not only for causal inference', {'doi': '10.1007/s10654-020-00659-8'}, None),
        # Elsevier's resolver (how PubMed links out) is a paper's page
        ('Internal and external validation of predictive models: a simulation study of bias and precision in small '
         'samples', {}, None),
    ],
    # audit17: bmj-and-legacy-pubmedcentral-links (clinical reading lists): a BMJ article page names its 10.1136 DOI
    # ("bmj.com/content/368/bmj.m441", "/content/384/bmj-2023-074819"); PubMed Central's first addresses name the
    # PMCID ("articlerender.fcgi?artid=534936") or the PMID ("…?tool=pubmed&pubmedid=15514348")
    "bmj-and-legacy-pubmedcentral-links.md": [
        ('Calculating the sample size required for developing a clinical prediction model',
         {'doi': '10.1136/bmj.m441'}, None),
        ('Evaluation of clinical prediction models (part 1): from development to external validation',
         {'doi': '10.1136/bmj-2023-074819'}, 'github.com/gscollins1973/validationCRASH'),
        ('Development and validation of QRISK3 risk prediction algorithms', {'doi': '10.1136/bmj.j2099'}, None),
        ("Observational versus experimental studies: what's the evidence for a hierarchy?", {'pmcid': 'PMC534936'}, None),
        ('What is the evidence that postgraduate teaching in evidence based medicine changes anything?',
         {'pmid': '15514348'}, None),
        ('Barriers and bridges to evidence based clinical practice', {'pmcid': 'PMC1113594'}, None),
    ],
    # audit17: title-first-journal-reference-paragraphs (a clinician's blog post of classic readings: one paragraph
    # per reference, "Title. Authors. Bmj 2007: 334(7589); 349-51.", some ending "Available in [html format][x]"):
    # each paragraph is a work, linked or not; its title runs to the authors even over a question or a subtitle
    "title-first-journal-reference-paragraphs.md": [
        ('When are randomised trials unnecessary? Picking signal from noise', {}, None),
        ("Users' guides to the medical literature. How to use an article about therapy",
         {'pmid': '8230000', 'pmcid': 'PMC1110000'}, None),
        ('The double-blind, randomized, placebo-controlled trial: gold standard or golden calf?', {}, None),
        ('Why we need observational studies to evaluate the effectiveness of health care', {}, None),
        ('Optimal search strategies for retrieving systematic reviews from Medline: analytical survey', {}, None),
        # a journal's own old site is the article's page, even under a heading that says "challenges"
        ('Acting on imperfect evidence: How much regret are we ready to accept?', {}, None),
        ('Any casualties in the clash of randomised and observational evidence?', {}, None),
    ],
    # audit17: authors-title-year-in-link-text (a statistician's reading list: "[Sander Greenland, Title, 2012](doi…)",
    # "[King & Nielsen, Title, 2019](…)"): the link's text is a short reference; its title is the work's title
    "authors-title-year-in-link-text.md": [
        ('An Introduction to Propensity Score Methods for Reducing the Effects of Confounding in Observational Studies',
         {'doi': '10.1080/00273171.2011.568786'}, None),
        ('Variable Selection for Propensity Score Models', {'doi': '10.1093/aje/kwj149'}, None),
        ('Why Propensity Scores Should Not Be Used for Matching', {}, None),
        ('The Central Role of the Propensity Score in Observational Studies for Causal Effects',
         {'doi': '10.2307/2335942'}, None),
        ('Nonsignificance Plus High Power Does Not Imply Support for the Null Over the Alternative',
         {'doi': '10.1016/j.annepidem.2012.02.007'}, None),
        ('A Dirty Dozen: Twelve P-Value Misconceptions', {'doi': '10.1053/j.seminhematol.2008.04.003'}, None),
    ],
    # audit17: Chicago author-date references (Zotero, British locale) put the title in curly single quotes
    # after "Surname, Given, and Given Surname. 2019. ": the quotes hold the title, whatever the author list
    "chicago-single-quoted-numbered-references.md": [
        ("Learning Enhancer Grammar from Massively Parallel Reporter Assays", {}, None),
        ("Chromatin Loops and the Timing of Gene Activation", {}, None),
        ("Predicting Splice Disruption from Sequence with Dilated Convolutions", {"doi": "10.1093/nar/gkab9999"}, None),
        ("Long-Context Attention for Regulatory Sequence Models", {"arxiv": "2011.05555"}, None),
        ("Mapping Alzheimer’s Risk Variants to Microglial Enhancers", {}, None),
        ("Benchmarks for Variant Effect Predictors: A Critical Review", {}, None),
        # a consortium as the author
        ("A Map of Enhancer Activity across Forty Human Tissues", {}, None),
    ],
    # audit17: a Code column's cell holds the code and, beside it, a link its text calls the data ("[link](github…)
    # [data](zenodo…)"): the data is no code
    "code-column-with-data-links.md": [
        ("Splice-aware pretraining of nucleotide transformers", {"doi": "10.1101/2024.03.11.584411"},
         "github.com/okafor-lab/splice-nt"),
        ("Tokenizer-free DNA language models for long contexts", {"arxiv": "2401.09912"}, "github.com/moreau-group/tfdna"),
        ("Cross-species enhancer prediction with contrastive pretraining", {"doi": "10.1186/s13059-023-03111-2"},
         "github.com/lindqvist/xenh"),
        ("Benchmarking genomic foundation models on variant effect tasks", {"arxiv": "2308.04411"},
         "github.com/sato-lab/gfm-vep-bench"),
        ("Promoter strength prediction from sequence with state-space models", {"doi": "10.1093/bioinformatics/btad301"},
         "github.com/mbeki/promssm"),
    ],
    # audit17: "**Title.**" / "Authors." / "*Venue, Month Year.*" / "[[github code](…)]": a record that opens with its
    # bold title, then its byline and venue, is a paper whatever its links (a manuscript whose only link is its code)
    "bold-title-byline-venue-code-only.md": [
        ("Learning enhancer syntax from single-cell chromatin accessibility with dilated convolutions",
         {"doi": "10.1101/gr.276001.121"}, "github.com/okafor-lab/enhancer-syntax"),
        ("Bias-corrected base-resolution models of transcription factor footprints", {}, "github.com/sato-lab/footprint-bias"),
        ("Cell-type-aware transformers for chromatin accessibility across tissues", {}, "github.com/ferreira-lab/ctat"),
        ("Predicting promoter activity from sequence with state-space models", {"doi": "10.1093/bioinformatics/btad402"},
         "github.com/novak/promssm"),
    ],
    # audit17: "**English title (可用于…任务)**": a note in CJK script in brackets closing a title written in Latin
    # script is the curator's, no part of the title ("(Extended Version)" stays)
    "cjk-note-after-english-title.md": [
        ("Nucleotide-level tokenization improves variant effect prediction", {"doi": "10.1101/2024.07.02.601122"},
         "github.com/okafor-lab/nt-vep"),
        ("Long-range enhancer-promoter modeling with sparse attention", {"arxiv": "2403.07781"}, None),
        ("Cross-species pretraining for regulatory sequence models", {"doi": "10.1186/s13059-023-03066-7"},
         "github.com/moreau/xspecies"),
        ("Splice site prediction with a DNA language model", {"arxiv": "2402.05512"}, "github.com/sato-lab/splicelm"),
        ("Benchmarking genomic language models on promoter tasks (Extended Version)", {"arxiv": "2401.11023"}, None),
    ],
    # session 10: a reading list of "### Title" records, some giving only their code ("[[code]](github…)")
    "heading-titles-with-code-label-only.md": [
        ("Multi-scale graph convolution for retinal vessel topology recovery in fundus images", {"arxiv": "2305.01234"}, None),
        ("Retinal artery and vein classification using a topology-aware recurrent tracker", {}, "github.com/vesselreader/topo-tracker"),
        ("Hybrid transformers for thin vessel segmentation in widefield angiography", {}, None),
        ("Learning vessel connectivity from sparse scribbles with contrastive priors", {}, "github.com/scribblevessel/SparseConn"),
        ("Self-supervised denoising of optical coherence tomography angiography volumes", {}, None),
    ],
    # audit23an: a Hugo page-builder landing page keeps its list in a front-matter block scalar (text: |-)
    "hugo-front-matter-markdown-block.md": [
        ("U-Net: Convolutional Networks for Biomedical Image Segmentation", {"arxiv": "1505.04597"}, None),
        ("Highly accurate protein structure prediction with AlphaFold", {"doi": "10.1038/s41586-021-03819-2"}, None),
    ],
    # audit23am: a results table whose header cells cite each compared method's paper ("Isensee et al. [(paper)](arxiv)")
    "table-header-cited-methods.md": [
        ("Fabian Isensee et al.", {"arxiv": "1809.10486"}, None),
        ("Qihang Yu et al.", {"arxiv": "1912.09628"}, None),
        ("3D Semi-Supervised Learning with Uncertainty-Aware Multi-View Co-Training", {"arxiv": "1811.12506"}, None),
    ],
    # audit23al: a "Paper & Code" column holds both: a link its text names by venue ("[TMI](ieeexplore…)") is the
    # paper, not code; only the "[code](github…)" link beside it is the row's code
    "paper-and-code-shared-column.md": [
        ("Entropy Anchors for Cross-site Fundus Segmentation", {}, "github.com/osei-lab/entropy-anchors"),
        ("Shape Priors at Test Time for Prostate MRI", {"doi": "10.1007/978-3-031-43898-1_22"}, "github.com/parkjun/tt-shape"),
        ("Batch Statistics Refresh for Chest X-ray Shift", {"arxiv": "2103.04567"}, "github.com/costa-ana/bsr-cxr"),
        ("Prompted Adaptation of Foundation Segmenters", {}, None),
    ],
    # audit23ai: "[1-1] [Title](…)" / "[12] [Title](…)": a bracketed (sub-)reference number before a linked title
    # numbers the paragraph's item, even among prose paragraphs; it is no title of its own; the "## " section's
    # prose before such items introduces them (its "[earliest paper](…)" in passing makes no record of the heading)
    "bracket-numbered-link-paragraphs.md": [
        ("Full-Field Optical Coherence Tomography", {"doi": "10.1007/978-3-540-77550-8_19"}, None),
        ("Dynamic Contrast in Full-Field Imaging of Retinal Explants", {"doi": "10.1038/s41598-021-88310-4"}, None),
        ("Choroid Layer Segmentation with a Residual U-Net", {"doi": "10.1371/journal.pone.0220063"}, None),
        ("Deep learning in glaucoma with optical coherence tomography: a review", {"doi": "10.1038/s41433-020-01191-5"}, None),
    ],
    # audit23ai: Optica's (formerly OSA Publishing's) "abstract.cfm?uri=boe-8-7-3440" pages and IntechOpen's book
    # chapters are one article each; the publisher's "search.cfm" page is none
    "optica-intechopen-article-pages.md": [
        ("Deep-learning based, automated segmentation of macular edema in optical coherence tomography", {}, None),
        ("Speckle reduction in full-field OCT with a conditional GAN", {}, None),
        ("Full Field Optical Coherence Microscopy: Imaging and Image Processing for Micro-Material Research Applications", {}, None),
        ("Automatic choroid layer segmentation from optical coherence tomography images using deep learning",
         {"doi": "10.1038/s41598-019-39795-x"}, None),
    ],
    # audit23ak: "- **Name** : this model predicts …" over [Paper] [Code] badges: a short bold name, then a colon and a
    # sentence about it (an article or demonstrative opens it); the name is the title, not the whole line
    "bold-name-colon-gloss-over-badges.md": [
        ("HelixFold-RNA", {"doi": "10.1101/2023.04.11.536470"}, "github.com/okafor-lab/helixfold-rna"),
        ("TorsionNet", {"doi": "10.1038/s41467-023-40111-7"}, "github.com/moreau/torsionnet"),
        ("Fold 3", {"arxiv": "2405.01234"}, None),
    ],
    # audit23ak: "- 2019 - Esposito et al. - [Title](…)": the year and the authors set off by dashes lead the linked
    # title; the link's text is the title, not the byline
    "year-dash-authors-dash-linked-title.md": [
        ("A practical guide to pooled CRISPR screens.", {"pmid": "29100001"}, None),
        ("Profiling long non-coding RNAs with CRISPR interference screens.", {}, None),
        ("Base editing outcomes predicted by deep learning.", {"doi": "10.1038/s41587-021-00999-1"}, None),
        ("Machine learning for guide RNA design: a review", {"pmid": "35500001"}, None),
    ],
    # audit23ak: 'the review article *"Title"* published in *Venue*. [[link]](doi…)': the intro quotes the title of
    # the paper it announces before a link named by its role only; that paper is an entry, titled by the quote
    "quoted-title-announced-before-role-link.md": [
        ("Machine Learning Guided Enzyme Engineering in the Era of Protein Language Models",
         {"doi": "10.1021/acs.chemrev.4c00999"}, None),
        ("Conditional generation of enzyme sequences from reaction fingerprints", {}, "github.com/okafor-lab/zymegen"),
        ("Predicting turnover numbers with graph networks over enzyme-substrate pairs", {}, None),
    ],
    # audit24as: a numbered bold title wrapped over a soft line break inside the bold (OmicsML single-cell list)
    "numbered-bold-title-wrapped.md": [
        ("Decoding functional cell–cell communication events by multi-view graph learning on spatial transcriptomics", {"doi": "10.1101/2022.06.22.496105"}, None),
        ("Giotto: a toolbox for integrative analysis and visualization of spatial expression data", {"doi": "10.1186/s13059-021-02286-2"}, None),
        ("NicheNet: modeling intercellular communication by linking ligands to target genes", {"doi": "10.1038/s41592-019-0667-5"}, None),
        ("Graph neural networks for spatially resolved single-cell transcriptomics at scale", {"arxiv": "2305.01234"}, "github.com/example/stgnn"),
    ],
    # audit24ap: "10. \tChowdhury S, … Title. medRxiv … doi: … PMID: …": a tab (or five spaces and more) after a
    # reference's number, as a word processor or PubMed pastes it; CommonMark reads the text as an indented
    # code block opening the item, the writer meant the item's text
    "tab-after-reference-number.md": [
        ("Deep Learning-Based Prediction Modeling of Major Adverse Cardiovascular Events After Liver Transplantation",
         {"doi": "10.1016/j.mcpdig.2024.03.005", "pmid": "38993485", "pmcid": "PMC11238640"}, None),
        ("Matching Patients to Clinical Trials using LLaMA 2 Embeddings and Siamese Neural Network",
         {"doi": "10.1101/2024.06.28.24309677", "pmid": "38978646", "pmcid": "PMC11230334"}, None),
        ("Large Language Models for Social Determinants of Health Information Extraction from Clinical Notes",
         {"doi": "10.1101/2024.05.21.24307726", "pmid": "38826441"}, None),
        ("Automatic Summarization of Doctor-Patient Encounter Dialogues Using Large Language Model through Prompt Tuning",
         {"arxiv": "2403.13089"}, None),
    ],
    # audit24ap: a page of several "Name" / "====" (H1) sections, none its title, each holding one "[Title](…)"
    # paragraph with quoted author and venue lines: each section's lone record is read as under "## ", the
    # quotes after the link (its authors, its "doi: …") are its lines
    "h1-sections-linked-title-quote-lines.md": [
        ("Desiderata for delivering NLP to accelerate healthcare AI advancement",
         {"doi": "10.1038/s41746-019-0208-8"}, None),
        ("Coreference analysis in clinical notes: a multi-pass sieve with alternate anaphora resolution modules",
         {"pmid": "22707745", "doi": "10.1136/amiajnl-2011-000766"}, None),
        ("Comprehensive temporal information detection from clinical text: medical events, time, and TLINK identification",
         {"pmid": "23558168", "doi": "10.1136/amiajnl-2013-001622"}, None),
    ],
    # audit25ay: "**Title.**" over bullets whose labels carry a pictograph ("- 🧑‍🔬 Authors: …"), with the paper's
    # link a role link alone ("- 🧪 [Download PDF](…)") and a link-less bracketed venue ("- 📖 [Proceedings …, 2021]")
    # (xmindflow INR list): one record, not a paper titled "Download PDF" and "other" entries
    "bold-title-emoji-field-bullets.md": [
        ("NeRP: Implicit Neural Representation Learning with Prior Embedding for Sparsely Sampled Image Reconstruction",
         {"arxiv": "2108.10991"}, None),
        ("IntraTomo: Self-supervised Learning-based Tomography via Sinogram Synthesis and Prediction", {}, None),
        ("CoIL: Coordinate-based Internal Learning for Imaging Inverse Problems", {"arxiv": "2102.05181"},
         "github.com/wustl-cig/Coordinate-based-Internal-Learning"),
    ],
    # audit25ay: "* SciBERT" / "  * SciBERT: A pretrained language model for scientific text. 2019. [paper](…)": a
    # model's name over whole citations in sentence case (title, year, paper link) groups works, each one a paper
    # of its own, not the name's fields (simon599 LLMsPracticalGuide)
    "model-name-over-dated-citation-bullets.md": [
        ("BioBERT: a pre-trained biomedical language representation model for biomedical text mining",
         {"doi": "10.1093/bioinformatics/btz682"}, None),
        ("Saama research at MEDIQA 2019: pre-trained BioBERT with attention visualisation for medical natural "
         "language inference", {}, None),
        ("SciBERT: A pretrained language model for scientific text", {"arxiv": "1903.10676"}, None),
        ("Publicly available clinical BERT embeddings", {"arxiv": "1904.03323"}, None),
        ("Gatortron: A large clinical language model to unlock patient information from unstructured electronic "
         "health records", {"arxiv": "2203.03540"}, None),
        ("A large language model for electronic health records", {"doi": "10.1038/s41746-022-00742-2"}, None),
    ],
    # audit25ay: "[Title.](clef-initiative.eu/documents/…)" / "> Liu H, Wagholikar K, …" / "> CLEF 2013 …, 2013.": a
    # title linked to a host no table knows, cited in quote lines by several authors, a venue and a year, is a
    # paper, not a website (OHNLP publication page)
    "linked-title-quoted-proceedings-citation.md": [
        ("Integrated cTAKES for concept mention detection and normalization", {}, None),
        ("Text Analysis Integrated into a Medical Information Retrieval System: Challenges related to Word Sense "
         "Disambiguation", {}, None),
        ("Towards User-centered Corpus Development: Lessons Learnt from Designing and Developing MedTator", {}, None),
    ],
    # session 10: the survey a list accompanies, cited as BibTeX records in a ```bibtex block (audits 23am, 24ao)
    "bibtex-citation-block.md": [
        ("nnU-Net: a self-configuring method for deep learning-based biomedical image segmentation",
         {"doi": "10.1038/s41592-020-01008-z"}, None),
        ("Loss odyssey in medical image segmentation", {"arxiv": "2101.00232"}, None),
        ("A Survey of Large Language Models in Medicine: Progress, Application, and Challenge", {"arxiv": "2311.05112"}, None),
        ("BS-LDM: Effective Bone Suppression in High-Resolution Chest X-Ray Images", {"doi": "10.1109/jbhi.2025.1234567"}, None),
    ],
    # session 10 (audit 24aq): "######　Title" typed with an ideographic space after the hashes (a CJK input method)
    "ideographic-space-after-heading-hashes.md": [
        ("Liver segmentation from pediatric CT volumes with a conditional statistical shape prior", {}, None),
        ("Virtual cleansing of intestines by unpaired image translation for obstruction detection", {}, None),
        ("Automatic fetal brain segmentation in MRI scans with very few annotated volumes", {}, None),
        ("Learned superresolution of clinical lung CT with pixel shuffling", {}, None),
    ],
    # session 10 (audit 23aj): a survey's repository headed by the survey: its title, byline, written-out arXiv URL
    "survey-title-byline-record-url.md": [
        ("A Review of Deep Learning Methods for Irregularly Sampled Clinical Time Series", {"arxiv": "2011.01234"}, None),
        ("Directly modeling missing values in sequences with recurrent networks", {}, None),
        ("Recurrent neural networks for multivariate time series with missing values", {}, None),
        ("Interpolation-prediction networks for irregularly sampled time series", {}, None),
    ],
    # audit25au: a link-less title whose own note says its link is still to come ("— link needed.",
    # "(link coming soon)"), among linked papers: a paper, the note no part of its title
    "pending-link-note-after-title.md": [
        ("MedRAX: Medical Reasoning Agent for Chest X-ray", {"arxiv": "2502.02673"}, None),
        ("EndoAgent: A Memory-Guided Reflective Agent for Intelligent Endoscopic Vision-to-Decision Reasoning",
         {"arxiv": "2508.07292"}, None),
        ("Agentic memory-augmented retrieval and evidence grounding for medical question-answering tasks", {}, None),
        ("CXRAgent: Director-Orchestrated Multi-Stage Reasoning for Chest X-Ray Interpretation", {"arxiv": "2510.21324"}, None),
        ("Tool-Augmented Vision-Language Agents for Whole Slide Image Triage", {}, None),
    ],
    # audit25av: model-table-data-and-benchmark-columns (a BioNLP atlas): "| [Name](arxiv…) | [here](github…) |
    # [data](…) | [Bench](github…) |": the "Model" column's repository is the model's code; a "Benchmarks" column's
    # repositories are the data it was evaluated on, a "Pretraining Data" column's article link is the corpus's paper
    # (no second paper of the row), and a row missing a cell ("… ||  2021 |") keeps its repository under "Model"
    "model-table-data-and-benchmark-columns.md": [
        ("CardioBERT", {"arxiv": "2101.04411"}, "github.com/heartnlp/cardiobert"),
        ("NoteFormer", {"arxiv": "2102.05522"}, "github.com/wardlab/noteformer"),
        ("Domain Adaptation of Encoders for Discharge Summaries", {"arxiv": "2103.06633"}, "github.com/dsumm/encoders"),
        ("RadLinkBERT", {"arxiv": "2104.07744"}, "github.com/radlink/radlinkbert"),
    ],
    # audit25av: tool-table-documentation-paper-link (a BioNLP atlas): "| Documentation | [Paper](arxiv…), [Demo](…) |":
    # a column named by a generic role ("Documentation") holds a link its own text calls the paper; the tool's
    # paper is identified (the tools are in OPTIONAL: a tool's row is no paper of the list's own)
    "tool-table-documentation-paper-link.md": [
        ("Retrieval-Augmented Outcome Prediction from Clinical Notes", {"arxiv": "2111.09999"}, None),
    ],
    # audit25av: paper-linked-dataset-heading-over-notes (a review of image datasets): "## [Dataset](arxiv…)" over
    # "+ Type: …" notes and a "+ [Additional info](…)" bullet: the heading cites the dataset's paper; its record (and
    # identifier) must not be lost because a bullet under it is linked (the datasets themselves are in OPTIONAL)
    "paper-linked-dataset-heading-over-notes.md": [
        ("Graph Refinement of Retinal Vessel Maps with Topology Priors", {"arxiv": "2104.55501"}, None),
    ],
    # audit25av: dataset-row-numbered-ref-links (a physiological-signal dataset page): "(ref: [1](doi A) [2](doi B))" in
    # a dataset's row cites two references; the row keeps one identifier of each kind, the second reference must not
    # be lost (the datasets' references are in OPTIONAL)
    "dataset-row-numbered-ref-links.md": [
        ("Estimating respiratory rate from the photoplethysmogram", {"doi": "10.1088/1361-6579/aa0001"}, None),
    ],
    # audit26be: table-labelled-field-record-cells (a genomic foundation-model catalogue): a "Publication Details" cell
    # written as a labelled record, "**Title:** …<br>**Authors:** …<br>**Venue/Year:** …<br>**DOI:** [doi](…)": the
    # row's title is the Title field's value, not the whole record run together
    "table-labelled-field-record-cells.md": [
        ("GenoFormer: a transformer for long genomic sequences", {"doi": "10.1093/bioinformatics/btac999"},
         "github.com/example-lab/genoformer"),
        ("CellLM: pretraining a language model on single-cell transcriptomes", {"arxiv": "2310.01234"},
         "github.com/example-lab/celllm"),
        ("SpotNet: graph learning for spatial domain detection in tissue sections", {"doi": "10.1038/s41592-025-09999-x"},
         "github.com/example-lab/spotnet"),
        ("IsoFuse: multi-modal transfer between DNA and protein models", {"arxiv": "2406.99999"},
         "github.com/example-lab/isofuse"),
    ],
    # audit26ba: title-bullet-venue-and-url-subbullets (a reader's segmentation notes): "-   Title" / "    -   2015 ICLR" /
    # "    -   https://arxiv…" (and a second bare URL, a project page): a link-less title bullet whose sub-bullets are only
    # its venue-and-year line and its bare URLs is one record, titled by the bullet
    "title-bullet-venue-and-url-subbullets.md": [
        ("Rethinking Dilated Convolutions for Volumetric Organ Segmentation", {"arxiv": "2106.01111"}, None),
        ("Cascaded Context Networks with Conditional Random Fields for Lesion Delineation", {}, None),
        ("Pyramid Pooling Decoders for Semantic Segmentation of Abdominal CT", {"arxiv": "1412.7011"}, None),
        ("Hybrid Transformer Encoders for 3D Medical Image Segmentation", {"arxiv": "2103.10555"}, None),
        ("A Lean Baseline That Rivals Elaborate Segmentation Networks", {"arxiv": "1809.10499"}, None),
    ],
    # audit26ba: heading-record-bold-role-labels (a Chinese U-Net reading list): "### 2.Title" / "**Paper**: https://…
    # **Code**: https://github…": a bold role label before a bare URL is a field label of the heading's record, not
    # the record's title
    "heading-record-bold-role-labels.md": [
        ("GateSegNet", {"arxiv": "2312.15111"}, "github.com/seg-lab/GateSegNet"),
        ("Scalable Volumetric Segmentation Models Empowered by Large-Scale Supervised Pre-training",
         {"arxiv": "2304.06222"}, "github.com/vol-seg/ScaleSeg"),
        ("Boundary-Aware Decoders for Polyp Segmentation", {"arxiv": "2305.01234"}, "github.com/polyp-lab/BADecoder"),
        ("Lightweight Attention Bridges for Skin Lesion Segmentation", {"arxiv": "2306.05555"},
         "github.com/derm-lab/LABridge"),
    ],
    # audit26ba: framework-labelled-implementations (a U-Net family list): "[[caffe](github…/Own)], built on
    # [3D-Caffe](github…)": a framework's name labels the work's code as "[pytorch]" does; the library it builds on,
    # named by its own name, is related code
    "framework-labelled-implementations.md": [
        ("VolNet: Fully Convolutional Networks for Volumetric Prostate Segmentation", {"arxiv": "1606.04111"},
         "github.com/volnet-author/VolNet"),
        ("Dense Volumetric Segmentation from Sparse Slice Annotation", {"arxiv": "1606.06111"},
         "github.com/sparse-seg/pytorch-sparse3d"),
        ("Deep Cascades for Liver Tumour Segmentation", {"arxiv": "1709.07111"}, "github.com/cascade-lab/LiverCascade"),
        ("Recurrent Refinement Networks for Retinal Vessels", {"arxiv": "1710.01111"}, "github.com/vessel-lab/RRN"),
    ],
    # audit26ba: wrapped-title-before-role-link (a U-Net family list): "* Title words … segmentation and" / "outcome
    # prediction in multimodal MRI [[paper](…)]": a lazy continuation line wraps the title before its role link; a
    # line that ends on a word no title ends on ("and", "with") runs on into the next
    "wrapped-title-before-role-link.md": [
        ("StrokeNet: a deep architecture for acute lesion segmentation and outcome prediction in multimodal MRI",
         {"arxiv": "1810.13111"}, None),
        ("Spine-Net: Intervertebral disc localization in MRI with a multi-modal UNet", {"arxiv": "1811.08111"}, None),
        ("Cascaded refinement of glioma masks with uncertainty-aware decoders for multi-site MRI", {"arxiv": "1810.04111"},
         "github.com/glioma-lab/CascadeRefine"),
        ("Graph Decoders", {}, None),
    ],
    # audit27cc: comma-venue-year-then-affiliation (a personal reading list): "* Title, ECCV 2018, CUHK[(pdf)](…)":
    # the venue and year after the title's comma may be followed by the authors' institutions, still no title
    "comma-venue-year-then-affiliation.md": [
        ("Recurrent Attention Decoders for Chest Radiograph Reporting", {"arxiv": "1807.11111"}, None),
        ("Knowledge Graphs for Thorax Disease Report Generation", {"arxiv": "1908.22222"},
         "github.com/report-lab/kg-report"),
        ("Hierarchical Captioning of Fundus Photographs", {"arxiv": "1809.33333"}, None),
        ("Learning to Describe Pathology Slides", {"arxiv": "1902.44444"}, None),
        ("Multi-view Report Generation from Mammograms", {"arxiv": "1810.55555"}, None),
    ],
    # audit27cb: intro-quote-our-survey-link ("> For more details, please refer to our recent [survey on …](arxiv…)":
    # the list's own survey, named in the intro's quote by a link whose text opens with the paper word)
    "intro-quote-our-survey-link.md": [
        ("survey on fairness in medical image analysis", {"arxiv": "2209.13177"}, None),
        ("Algorithmic encoding of protected characteristics and its implications on disparities across subgroups",
         {"arxiv": "2110.14755"}, None),
        ("Medfair: Benchmarking fairness for medical imaging", {"arxiv": "2210.01725"}, None),
        ("Evaluating subgroup disparity using epistemic uncertainty in mammography", {"arxiv": "2107.02716"}, None),
    ],
    # audit27cb: ieee-quoted-title-before-id-link ('A. Weller, "Title", [arXiv:1708.01870](…) [cs.CY]': IEEE-style
    # initials-first authors, then the quoted title, then a link named by the identifier; the quotes hold the title)
    "ieee-quoted-title-before-id-link.md": [
        ("Transparency: Motivations and Challenges", {"arxiv": "1708.01870"}, None),
        ("The Mythos of Model Interpretability", {"arxiv": "1606.03490"}, None),
        ("Towards A Rigorous Science of Interpretable Machine Learning", {"arxiv": "1702.08608"}, None),
        ("Sanity Checks for Saliency Maps", {"arxiv": "1810.03292"}, None),
        ("A Survey of Methods for Explaining Black Box Models", {"doi": "10.1145/3236009"}, None),
        ("Evaluating Explainable AI: Which Algorithmic Explanations Help Users Predict Model Behavior?",
         {"arxiv": "2005.01831"}, None),
        # the one author's line wrapped before the quoted title: the byline, not the title
        ("Explanation in Human-AI Systems: A Literature Meta-Review and Bibliography for Explainable AI",
         {"arxiv": "1902.01876"}, None),
    ],
    # audit27cd: file-tree-legend-bullets (a MIL library README): "- `train_mil.py:` Train entry function of the
    # framework." lines gloss the repository's files; a head that names a file ("name.py:") opens no paper's title
    "file-tree-legend-bullets.md": [
        ("Gated Attention Pooling for Gigapixel Slides", {"arxiv": "2301.01111"}, None),
        ("Hierarchical Bag Encoders for Whole Slide Image Grading", {"arxiv": "2302.02222"}, None),
        ("Prototype Memory for Weakly Supervised Slide Classification", {"arxiv": "2303.03333"}, None),
    ],
    # audit27cd: date-paragraph-task-records-zh (a Chinese WSI reading to-do list): "- [ ] **2021 年 6 月**" / blank /
    # "  Author, et al. \"Title.\"" or the bare title / "  简述：…" / "  链接：[NeurIPS 2024](nips.cc/virtual/…)": the
    # date paragraph files the record, the title is the paragraph after it; nips.cc serves NeurIPS's paper pages
    "date-paragraph-task-records-zh.md": [
        ("Sparse attention pooling for weakly supervised grading of gigapixel whole-slide images", {"doi": "10.1038/s41551-021-00999-x"}, None),
        ("CellBag: Instance Clustering for Weakly Supervised Whole Slide Image Classification", {"arxiv": "2411.01111"},
         None),
        ("PatchTalk: Region-aware Prompt Learning for Few-Shot Slide Classification", {}, None),
    ],    # audit28db: year-venue-heading-byline-records (a lab's publication README): "### 2020 Nucleic Acids Research" /
    # "##### Title" / "A. Author, B. Author, and C. Author": a link-less heading that reads as a work's title over a
    # lone byline is one publication, titled by the heading alone; a project heading over prose is no paper
    "year-venue-heading-byline-records.md": [
        ("Weakly supervised detection of rib fractures on chest radiographs with sequential localization", {}, None),
        ("CellAtlasDB: a Database of Single-cell Expression Profiles for Kidney Disease Research", {}, None),
        ("A Human-AI Collaboration System for Pneumothorax Triage on Portable Radiographs: Development and "
         "Validation Study", {}, None),
    ],    # audit28db: doi-written-as-link-text (a lab's publication-code README): "doi:[10.1093/brain/awz414](https://
    # academic.oup.com/brain/article/…/5732992)": the link's text is the work's DOI, its target a publisher page
    # whose path holds none; the DOI the list writes is the work's identifier
    "doi-written-as-link-text.md": [
        ("Cortical thinning patterns in preclinical Alzheimer's disease", {"doi": "10.1093/brain/awz999"}, None),
        ("Predicting brain age from resting-state connectivity in familial dementia",
         {"doi": "10.1016/j.neuroimage.2021.117999"}, None),
        ("Hippocampal subfield volumes across the adult lifespan", {}, None),
    ],
    # audit28db: heading-record-bold-field-paragraphs (a lab's publication page): "### Title" / "**Authors**: …" /
    # "**Journal**: …" / "**DOI**: [10.1038/…](https://doi.org/10.1038/…)": a bold label before a link that spells out
    # its target's identifier is the heading's record's field, not a record titled "DOI"
    "heading-record-bold-field-paragraphs.md": [
        ("Spatial Transcriptomics Deconvolution with Graph Priors", {"doi": "10.1038/s41592-024-09999-1"}, None),
        ("Strain-level Profiling of Gut Metagenomes", {"doi": "10.1186/s13059-023-09999-2"}, None),
    ],
    # audit28da: references written in the look of link definitions, '[1]: Author, et al. "Title." Journal
    # (2023). [link](…)': the '[1]:' is the reference's number, the quoted title is the work
    "reference-number-colon-label.md": [
        ("Towards patient-specific digital twins of the liver for surgical planning", {"doi": "10.1016/j.media.2023.102841"}, None),
        ("Computational models of hepatic perfusion: a review", {"pmid": "34567890"}, None),
        ("LiverSim: an open-source simulator of hepatic haemodynamics", {"pmcid": "PMC9012345"}, None),
    ],
    # audit28da: an MLA first author whose surname opens with a capitalised particle ('Van Oosterom, Allan, and
    # T. F. Oostendorp. "Title." …'): one surname, then the given name; the quoted title is the title
    "mla-capitalised-particle-surname.md": [
        ("Automated segmentation of renal cortex and medulla in contrast-enhanced CT", {"doi": "10.1002/mp.12345"}, None),
        ("Deep learning for total kidney volume in polycystic kidney disease", {"arxiv": "2103.04567"}, None),
        ("Radiomics of small renal masses: a multicentre validation", {"pmid": "33412345"}, None),
        ("Glomerular filtration rate estimation from dynamic MRI with neural networks", {"doi": "10.1148/radiol.2021204567"}, None),
    ],
    # audit28da: a Code column linking Grand Challenge's page of the method's runnable algorithm is its code; a
    # challenge's leaderboard under the same column stays no code
    "code-column-hosted-algorithm-page.md": [
        ("Deep Learning for Malignancy Risk Estimation of Pulmonary Nodules Detected at Low-Dose Screening CT", {"pmid": "34003056"},
         "grand-challenge.org/algorithms/pulmonary-nodule-malignancy-prediction"),
        ("Automated Detection of Pulmonary Emboli on CT Pulmonary Angiography", {"arxiv": "2305.01234"}, None),
        ("SANet: A Slice-Aware Network for Pulmonary Nodule Detection", {"pmid": "33687839"}, "github.com/mj129/SANet"),
        ("Lung Nodule Segmentation in LDCT: Modified 3D nnUNet with Unified Focal Loss", {"arxiv": "2309.04567"}, None),
    ],
    # audit28dd: "1. **Title.** Genomics, Proteomics & Bioinformatics. 2018." / "**Title.** Bioinformatics, 2020.": a
    # journal's name with a comma of its own, or a comma before the year, after a title closed by its stop in the
    # bold, is the citation's trailer, no part of the title
    # audit28dd: "[Title](github.com/owner/repo/tree/master/paper/Title.pdf)": a paper's PDF kept in a repository,
    # addressed by a "tree" path (GitHub serves the file there too), is the paper, not code
    # audit17: heading-record-generic-link-field (a heart-sound resource list): "### • *Title* (2023)" / "- Link: https://…"
    # / "- Repo: https://github…": under a heading that reads as a work's title, a field list with generic link labels
    # ("Link", "Repo") holds that work's links as a "Paper:" field does; a lab's or a tool's heading stays no paper
    "heading-record-generic-link-field.md": [
        ("Respiratory Sound Analysis in the Deep Learning Era: A Survey", {}, None),
        ("A Review of Computerized Lung Sound Analysis for Pulmonary Diagnosis", {}, "github.com/example/awesome-lung-sound"),
        ("Contrastive Pretraining of Cough Encoders for Tuberculosis Screening", {"arxiv": "2305.01234"},
         "github.com/example/cough-tb"),
    ],
    "pdf-in-github-tree-path.md": [
        ("Synthetic Twelve-Lead ECG with Conditional Diffusion", {}, None),
        ("Beat-level Augmentation for Arrhythmia Classifiers", {}, None),
        ("Rhythm-aware GANs for Holter Recordings", {"arxiv": "2105.01234"}, "github.com/example/rhythm-gan"),
    ],
    # audit17: "## Title" / "*Venue*" / "[arXiv](…) [Code](…)" / abstract / "```BibTeX" citing the same work: the
    # heading is the record (its links its own), the BibTeX no entry of its own
    "heading-record-with-bibtex-citation.md": [
        ("Learned Undersampling Masks for Accelerated Cardiac MRI",
         {"arxiv": "2206.04444", "doi": "10.1007/978-3-031-16446-0_41"}, "github.com/cardiolab/learned-masks"),
        ("Self-Supervised Denoising of Low-Field Knee MRI", {"arxiv": "2109.05555"}, "github.com/cardiolab/lowfield-denoise"),
    ],
    # audit17: "*  **Title**, Author et al." over icon-led sub-bullets ("*  :newspaper: [Venue 2023]", "*  :computer:
    # [*task*, *task*]", "*  :link: [[Paper](…)][[GitHub](…)]"): the sub-bullets are the record's fields, not entries
    "bold-title-bullet-icon-field-subbullets.md": [
        ("DeepWarp: Learning Dense Deformations for Brain MRI Alignment", {"arxiv": "2301.04567"},
         "github.com/okafor-lab/deepwarp"),
        ("Lung Motion Fields from Sparse Keypoints", {"doi": "10.1007/978-3-031-16446-0_99", "arxiv": "2207.01111"},
         "github.com/lindqvist/keymotion"),
        ("Symmetric Diffeomorphic Cascades for Abdominal CT", {"doi": "10.59275/j.melba.2021-abcd"},
         "github.com/moreau/symcascade-liver"),
        ("Cross-Modal Attention Registration for Prostate MR and Ultrasound", {}, "github.com/haddad/xattn-reg"),
    ],
    "bold-stop-title-comma-venue-year.md": [
        ("Latent Manifold Alignment for Paired Single-Cell Profiles", {"arxiv": "1805.11111"}, None),
        ("Denoising Count Autoencoders for Sparse Transcriptomes", {"arxiv": "2003.22222"}, None),
        ("Graph Attention for Cell State Transitions", {"arxiv": "2204.33333"}, None),
        ("Optimal Transport for Lineage Tracing in Development", {"arxiv": "2107.44444"}, None),
    ],
    # audit17: a link that only says it leads to a paper ("[Nature Protocol Paper](…)", "[Book chapter, Review](…)",
    # "[PDF](…)") then a dash and the paper's own title: the title is the text after the dash
    "paper-label-link-dash-title.md": [
        ("Resolving macromolecular structures from electron cryo-tomography data using subtomogram averaging in RELION",
         {}, None),
        ("Gctf: Real-time CTF determination and correction", {"doi": "10.1016/j.jsb.2015.11.003"}, None),
        ("Tools for Model Building and Optimization into Near-Atomic Resolution Electron Cryo-Microscopy Density Maps",
         {}, None),
        ("A deep learning approach to single-particle recognition in cryo-electron microscopy",
         {"arxiv": "1605.05543"}, None),
    ],
    # audit17: "## 1. [2019]Title" over hard-broken lines "[论文](….pdf)" / "[URL](…)" / "[NOTES](notes/….md)": links
    # labelled "URL", "Link" or "Notes" name no work, so two of them are no two items; the heading titles the record
    "heading-records-url-notes-link-lines.md": [
        ("Guidelines for reinforcement learning in healthcare", {"doi": "10.1038/s41591-018-0310-5"}, None),
        ("Offline Policy Learning for Vasopressor Dosing in Septic Shock", {"arxiv": "2003.04567"},
         "github.com/example/vaso-offline-rl"),
        ("Counterfactual Evaluation of Ventilation Weaning Policies", {"doi": "10.1016/j.artmed.2021.102345"}, None),
    ],
    # audit17: "- [Talk](youtube…)" / "  - Chaochao Lu" / "  - Social Dynamics Seminar, NOKIA Bell Labs, 28 Nov 2019": a
    # lone speaker's name and the event under a linked talk are its lines, not a reference of their own
    "talk-items-speaker-and-event-subbullets.md": [
        ("Designing Optimal Dynamic Treatment Regimes: A Causal Reinforcement Learning Approach", {}, None),
        ("Deconfounding Reinforcement Learning in Observational Settings", {"arxiv": "1812.10576"}, "github.com/CausalRL/DRL"),
    ],
    # audit17: "Peng C-K, Stanley HE." / "Kim J-H, Lee S-Y.": undotted hyphenated initials of a Korean or Chinese
    # given name are initials, so the Vancouver byline reads to its end and the title after it is found
    "vancouver-hyphenated-initials.md": [
        ("PhysioBank, PhysioToolkit, and PhysioNet: Components of a New Research Resource for Complex Physiologic "
         "Signals", {}, None),
        ("Attention-gated networks for hepatic lesion segmentation in multiphase CT", {"doi": "10.1016/j.media.2021.101992"},
         None),
        ("Self-supervised pretraining for retinal fundus grading", {}, None),
        ("Federated learning for ICU mortality prediction across hospitals", {"pmid": "37164512"}, None),
    ],
    # audit17: short-author-date-numbered-reference (a microbial-pangenomics reading list): "4. McInerney JO, et al.
    # 2017. Why prokaryotes have pangenomes. *Nature Microbiology*. [doi:…](…)": an author-date reference whose
    # lead text is shorter than 80 characters is still a whole reference, titled by its title sentence
    "short-author-date-numbered-reference.md": [
        ("Why bacteria share genes", {"doi": "10.1234/nmicro.2017.140"}, None),
        ("GRAFT: indexing pangenome graphs", {"doi": "10.1234/bioinf/btac328"}, None),
        ("Pannot: rapid prokaryotic gene calling", {"doi": "10.1234/bioinf/btu153"}, None),
        ("Computational pangenomics: status and challenges", {"doi": "10.1234/bib/bbw089"}, None),
        ("Producing polished pangenomes with a graph-cleaning pipeline", {"doi": "10.1234/gb.2020.02090"}, None),
    ],
    # audit17: how-to-use-this-list-heading (the same reading list): "## How to use this list" / a paragraph / "1.
    # Genome source, …": a heading that names the list itself ("this list", "this repository") opens a section
    # about the list, its numbered instructions no reading note on a work titled by the heading
    "how-to-use-this-list-heading.md": [
        ("PIRATE-like clustering of diverged orthologues in bacterial populations", {"doi": "10.1234/giga/giz119"}, None),
        ("Accurate reconstruction of bacterial pan- and core genomes at scale", {"doi": "10.1234/gb.2020.02195"}, None),
    ],
    # audit17: database-title-in-year-colon (a survey of AI in drug discovery, its databases section): "### 2. Data …"
    # / "<b>PubChem</b>" / "- PubChem in 2021: new data content … [[Paper]](…) [[Website]](…)": the text before the
    # colon is the opening of a database paper's title, not a venue-and-year field label ("X in 2021" is a phrase, a
    # venue is "X 2021"), so the lone bullet is its own paper, not a field of the numbered heading above it.
    # audit17: nickname-venue-paren-tag-notes-page (a retrosynthesis reading list under year headings):
    # "* (GraphRetro, NeurIPS) Title." / "[[Page](./Literature/….markdown)]": a leading "(nickname, venue)" tag —
    # or "(2024, Journal Abbrev)", or the venue with its year — says where the work appeared, as "[CVPR'23]" does;
    # it is no part of the title, and it makes the item a paper though its only link is the reader's notes page.
    "nickname-venue-paren-tag-notes-page.md": [
        ("Recent advances in deep learning for retrosynthesis", {}, None),
        ("Retrosynthesis prediction using an end-to-end graph generative architecture for molecular graph editing",
         {}, None),
        ("Learning graph models for retrosynthesis prediction", {}, None),
        ("Searching chemical space with multi-objective Monte Carlo tree search", {}, None),
    ],
    # audit17: link-text-title-then-semicolon-authors (a Chinese student's retrosynthesis paper notes): "- [Title.
    # Author One;Author Two;…](pdf) JCIM2021 sci-2": the link's text is the title, a full stop (its space perhaps
    # missing), then the authors parted by semicolons (or by commas, three names at least); the names are no part
    # of the title. "Title. Methods, Benchmarks" (a subtitle's phrases) is no byline.
    "link-text-title-then-semicolon-authors.md": [
        ("MEGAN: Molecule edit graph attention network: modeling chemical reactions as sequences of graph edits",
         {"doi": "10.1021/acs.jcim.1c00537"}, None),
        ("G2G: A Graph to Graphs Framework for Retrosynthesis Prediction", {}, None),
        ("RETROFORMER: pushing the limits of end-to-end retrosynthesis transformer", {"arxiv": "2201.12475"}, None),
        ("Improving Few- and Zero-Shot Reaction Template Prediction Using Modern Hopfield Networks",
         {"doi": "10.1021/acs.jcim.1c01065"}, None),
        ("U-Net: Convolutional Networks for Biomedical Image Segmentation", {"arxiv": "1505.04597"}, None),
        ("Deep Learning for Molecules. Methods, Benchmarks", {"arxiv": "2101.00001"}, None),
    ],
    "database-title-in-year-colon.md": [
        ("Integration of virtual and high-throughput screening", {"doi": "10.1038/nrd941"}, None),
        ("Chemical space and biology", {"doi": "10.1038/nature03192"}, None),
        ("PubChem in 2021: new data content and improved web interfaces", {}, None),
        ("BindingDB in 2015: A public database for medicinal chemistry, computational chemistry and systems "
         "pharmacology", {"pmcid": "PMC4702793"}, None),
    ],
    # audit17: a taxonomy table whose "Representative resources" cell lists several works by short name
    # ("[CARES](arxiv…) · [PromptSmooth](doi…)"): each named link is a work of its own, titled by its name; the
    # row (a dimension and its definition) is no paper, and no work takes another's identifier
    "table-cell-of-named-works.md": [
        ("FactCheck-Rad", {"arxiv": "2501.00042"}, None),
        ("ShiftBench", {"arxiv": "2501.01234"}, None),
        ("PromptGuard-Med", {"doi": "10.1007/978-3-031-99999-1_12"}, None),
        ("EquiCLIP", {"doi": "10.1109/cvpr52733.2024.09999"}, None),
        ("FairRad", {"arxiv": "2502.04567"}, None),
        ("LeakScan", {"arxiv": "2503.07890"}, None),
        ("Privacy review", {"doi": "10.3390/info15119999"}, None),
        ("DeID-Bench", {"doi": "10.18653/v1/2025.findings-acl.999"}, None),
        ("GroundPath", {"doi": "10.1007/978-3-032-05169-1_99"}, None),
        ("TraceVQA", {"arxiv": "2504.01111"}, None),
        ("Auditing shortcut learning in chest radiograph classifiers", {"arxiv": "2405.03333", "doi": "10.1148/ryai.240099"},
         "github.com/example-lab/shortcut-audit"),
        ("A benchmark of hallucination in radiology report generation", {"arxiv": "2506.02222"},
         "github.com/example-lab/rrg-halluc"),
    ],
    # audit17: venue-heading-lone-title-line-record (LightersWang/Awesome-Active-Learning-for-Medical-Image-Analysis):
    # "### British Machine Vision Conference (BMVC)" / "Title  " / "**[BMVC'18]** **[[PDF]](…)**": a venue section
    # holding one record titles it by the record's own title line, as its sibling sections' records are titled,
    # not by the venue heading (which reads as a five-word title)
    "venue-heading-lone-title-line-record.md": [
        ("Uncertainty-Guided Cold-Start Sampling for Fundus Photograph Annotation", {},
         "github.com/example-lab/ucs-fundus"),
        ("Budget-Aware Core-Set Selection for Histopathology Patches", {"arxiv": "2203.01234"}, None),
        ("Region Proposals Worth Labelling: Cost-Effective Active Segmentation of Chest CT", {}, None),
        ("Active Learning Improves Attention-Based Multiple Instance Learning on Whole Slide Images", {},
         "github.com/example-lab/al-abmil"),
        ("Asymptotic Behaviour of Fisher-Information Objectives in Pool-Based Active Learning",
         {"doi": "10.5555/3122009.3176851"}, None),
    ],
    # audit17: "- [Chen _et. al._] [Title] [MIDL'18] [[pdf]](…)": a row of bracketed fields (byline, title, venue and
    # year) is titled by its title field; a link-less row that states a venue and a year is still a paper
    "bracket-field-byline-title-venue-rows.md": [
        ("Unsupervised Detection of Lesions in Brain MRI using constrained adversarial auto-encoders",
         {"arxiv": "1806.04972"}, None),
        ("Deep Autoencoding Models for Unsupervised Anomaly Segmentation in Brain MR Images",
         {"doi": "10.1007/978-3-030-11723-8_16"}, None),
        ("Context-encoding Variational Autoencoder for Unsupervised Anomaly Detection", {}, None),
        ("DeScarGAN: Disease-Specific Anomaly Detection with Weak Supervision", {"arxiv": "2007.14118"},
         "github.com/JuliaWolleb/DeScarGAN"),
        ("Unsupervised lesion detection via image restoration with a normative prior", {}, None),
        ("SteGANomaly: Inhibiting CycleGAN Steganography for Unsupervised Anomaly Detection in Brain MRI", {}, None),
        ("SALAD: Self-Supervised Aggregation Learning for Anomaly Detection on X-Rays", {}, None),
    ],
    # audit17: "- RBM: Restricted Boltzmann Machine": a legend of abbreviations (the acronym's letters open the
    # words of its gloss) is no paper
    "acronym-glossary-legend-bullets.md": [
        ("Spectral Graph Convolutions for Population-based Disease Prediction", {"arxiv": "1703.03020"}, None),
        ("Towards Automated Melanoma Screening: Exploring Transfer Learning Schemes", {"arxiv": "1609.01228"}, None),
    ],
    # audit17: "### ICCV Workshop" / "Title  " / "**[ICCVW'21]** **[[PDF]](…)**": a section holding a single
    # title-line paragraph record is that record, titled by its own first line, not by the venue heading
    "title-line-paragraph-alone-under-venue-heading.md": [
        ("Variational Adversarial Active Learning", {}, "github.com/sinhasam/vaal"),
        ("Influence Selection for Active Learning", {}, "github.com/dragonlzm/ISAL"),
        ("Reducing Label Effort: Self-Supervised Meets Active Learning", {}, None),
        ("Active Learning for Lesion Detection in Chest Radiographs", {"doi": "10.1007/978-3-031-16760-7_4"},
         "github.com/example-lab/al-lesion-det"),
    ],
    # audit17: "[EMNLP2021] Okafor C, … Title[J]. arXiv preprint arXiv:…, 2021.": GB/T 7714 references written as
    # paragraphs, each opened by a bracketed venue tag (no author) and often alone in its section; the one whose
    # arXiv id its own text gives is the paper though its only link is the list's note on it
    "gbt-tagged-reference-paragraphs.md": [
        ("Span-level contrastive pretraining for clinical concept normalization", {}, None),
        ("Boundary-aware nested entity recognition for discharge summaries", {"arxiv": "2109.04418"}, None),
        ("Weakly supervised adverse drug event tagging in pharmacovigilance notes", {}, None),
        ("Document-level chemical-protein relation extraction with evidence paths", {}, None),
        ("Cross-lingual biomedical entity linking with synonym-aware retrieval", {"arxiv": "2010.11802"}, None),
    ],
    # audit17: ">#### Bioinformatics, 35(10): [Title](./paper/….pdf)": a quoted heading whose label is the journal with
    # its volume and issue before the linked title; the label is the venue, the link's text the title
    "venue-volume-label-quoted-headings.md": [
        ("Contrastive span representations for clinical de-identification", {}, None),
        ("Ontology-guided relation extraction for drug-drug interactions", {}, None),
        ("Question answering over clinical notes with weak supervision", {}, None),
    ],
    # audit17: "Authors; Title, *Journal*, Volume 30, Issue 4, April 2023, Pages 612–621, <https://doi.org/…>": Oxford
    # Academic's "Cite" text, a semicolon closing the authors; the title runs to the journal before its volume
    "oup-cite-semicolon-references.md": [
        ("Transformer-based de-identification of psychiatric intake notes", {"doi": "10.1093/jamia/ocad011"}, None),
        ("Biomedical question answering over full-text articles: a benchmark and baselines",
         {"doi": "10.1093/bioinformatics/btad402"}, None),
        ("Abstractive summarisation of discharge letters with clinical fact checking", {"doi": "10.1093/database/baac051"},
         None),
    ],
    # audit17: "Ethan Goh and Adam Rodman. _Title_. Nature Medicine, 2025. [[Web Link](…)]": a course's readings
    # cite a work by its full-name byline, then its title set in italics: the italic run is the title
    "full-name-byline-italic-title.md": [
        ("GPT-4 assistance for improvement of physician performance on patient care tasks: a randomized controlled "
         "trial", {"doi": "10.1038/s41591-024-03456-y"}, None),
        ("Stop explaining black box machine learning models for high stakes decisions and use interpretable models "
         "instead", {"arxiv": "1811.10154"}, None),
        ("A review of challenges and opportunities in machine learning for health", {"pmid": "32477638"}, None),
        ("Why is my classifier discriminatory?", {"arxiv": "1805.12002"}, None),
    ],
    # audit17: an icon link ("[:blue_book:](notes/….md)", "[📝](…)") opening the item leads to the curator's
    # note; the title is the text after it
    "emoji-icon-note-link-before-title.md": [
        ("Differential diagnosis and mutation stratification of desmoid-type fibromatosis on MRI using radiomics",
         {"arxiv": "2010.06824"}, None),
        ("Radiomics: the bridge between medical imaging and personalized medicine",
         {"doi": "10.1038/nrclinonc.2017.141"}, None),
        ("Domain-Adversarial Training of Neural Networks", {"arxiv": "1505.07818"}, None),
        ("Med3D Transfer Learning for 3D Medical Image Analysis", {"arxiv": "1904.00625"}, None),
        ("Supervised Contrastive Learning", {"arxiv": "2004.11362"}, None),
    ],
    # audit17: a code-span record number ("`07` Authors, et al. \"Title.\" (venue)") is no part of the citation
    "code-span-number-before-quoted-citation.md": [
        ("From Charts to Atlas: Merging Latent Spaces into One", {"arxiv": "2311.06547"}, None),
        ("From Bricks to Bridges: Product of Invariances to Enhance Latent Space Communication",
         {"arxiv": "2310.01211"}, None),
        ("Relative Representations Enable Zero-Shot Latent Space Communication", {"arxiv": "2209.15430"}, None),
        ("Pick the Best Pre-trained Model: Towards Transferability Estimation for Medical Image Segmentation",
         {"arxiv": "2307.11958"}, None),
    ],
    # audit17: outline-numbered-linkless-title-paragraphs (jm199504/Paper-Notes): a paper-notes file whose bold
    # paragraphs ("**1. Disease prediction：疾病监测**") name sections and whose link-less paragraphs "1.1 Title"
    # number the works read under them; each is a paper, titled without its number
    "outline-numbered-linkless-title-paragraphs.md": [
        ("Modeling polypharmacy side effects with graph convolutional networks", {}, None),
        ("GAMENet: Graph Augmented Memory Networks for Recommending Medication Combination", {}, None),
        ("SafeDrug: Dual Molecular Graph Encoders for Recommending Effective and Safe Drug Combinations", {}, None),
        ("Drug-Drug Adverse Effect Prediction with Graph Co-Attention", {}, None),
        ("Learning the Graphical Structure of Electronic Health Records with Graph Convolutional Transformer", {}, None),
        ("3D graph networks for patient similarity on longitudinal records", {}, None),
        ("Predicting Patient Outcomes with Graph Representation Learning", {}, None),
        ("Heterogeneous Similarity Graph Neural Network on Electronic Health Records", {}, None),
    ],
    # audit17: under a heading that says papers, among papers, a title linked to a site no table knows (a
    # university's report page, an author's own site) is one more paper, not a website
    "papers-heading-titles-on-unknown-hosts.md": [
        ("Prognostic Factor Analysis using Survival Data", {"pmcid": "PMC3321736"}, None),
        ("Automated meal detection from continuous glucose monitor data through simulation and explanation",
         {"pmcid": "PMC6857509"}, None),
        ("Dynamic Predictions using Joint Modeling and Landmarking", {}, None),
        ("Concordance for Survival Time Data", {}, None),
        ("Competing Risks Regression for Clinical Cohorts", {}, None),
    ],
    # audit32bd: a translated list's glossary ("- US(Ultrasound): 医学超声检查": an acronym, its expansion in brackets,
    # its Chinese translation) and a criterion written as a sentence ("深度学习技术，成像模态，…需要提供。") are no papers;
    # a link-less row of a "标题" (title) column that gives its venue and year is one
    "cjk-acronym-glossary-translated.md": [
        ("Dermatologist-level classification of skin cancer with deep neural networks", {}, None),
        ("U-Net: Convolutional Networks for Biomedical Image Segmentation", {"arxiv": "1505.04597"}, None),
        ("Unsupervised Anomaly Detection with Generative Adversarial Networks to Guide Marker Discovery",
         {"arxiv": "1703.05921"}, None),
    ],
    # audit32bd: a "!" inside a quoted citation title ('"ZipIt! Merging Models …."') is the title's own
    "quoted-citation-title-exclamation.md": [
        ("ZipIt! Merging Models from Different Tasks without Training", {}, None),
        ("Relative Representations Enable Zero-Shot Latent Space Communication", {"arxiv": "2209.15430"}, None),
        ("Look Again! Re-reading Chest Radiographs with Attention Maps", {}, None),
    ],
    # audit32bd: a journal club's date heading ("## 24-Sep-2014, 2-3pm") over the reference read that day: the
    # reference titles the work, not the date (its authors perhaps written in full before "(2014)")
    "date-heading-over-reference.md": [
        ("The influence of disease categories on gene candidate predictions from model organism phenotypes",
         {"doi": "10.1186/2041-1480-5-S1-S4"}, None),
        ("A rule-based ontological framework for the classification of molecules", {"doi": "10.1186/2041-1480-5-17"},
         None),
        ("Semantic Precision and Recall for Concept Annotation of Text", {}, None),
    ],
    # audit17: '[Topol Review (2019)](doi) — "Title"', '[Beam (2018)](doi) — "Title"': a link named by one author (or
    # a short label) and a year, then a quoted title after a dash, is titled by the quoted words, as with "et al."
    "single-author-year-link-quoted-title.md": [
        ("High-performance medicine: the convergence of human and artificial intelligence",
         {"doi": "10.1038/s41591-018-0300-7"}, None),
        ("Big Data and Machine Learning in Health Care", {"doi": "10.1001/jama.2017.18391"}, None),
        ("Auditing the evidence behind cleared imaging algorithms", {"doi": "10.1038/s41591-020-0111-1"}, None),
        ("Prospective validation of deterioration scores on general wards", {"doi": "10.1136/bmj.n2222"}, None),
        ("Haddad et al.", {"doi": "10.1038/s41746-022-00500-2"}, None),
    ],
    # audit17: a model table whose Links column ([GitHub]) comes before its Key Paper column: the row is its model's
    # paper (as with the paper column first), even when the paper's page has no identifier; "[Dunbar & Deane,
    # Bioinformatics (2016)]" names where the paper is, as "[X et al., …]" does, not the row
    "model-table-code-column-before-key-paper.md": [
        ("AbLang", {}, "github.com/oxpig/AbLang"),
        ("ANARCI", {}, "github.com/oxpig/ANARCI"),
        ("SeqHMM", {}, "github.com/example-lab/seqhmm"),
        ("MiXCR", {"doi": "10.1038/nmeth.3364"}, "github.com/milaboratory/mixcr"),
        ("KA-Search", {"doi": "10.1101/2022.04.26.489511"}, None),
    ],
    # audit32bd: "- X et al, <venue of 13 words>, 2018" and a byline whose venue wraps onto a second line are the
    # linked title's byline, not papers titled by the venue; a CiteSeerX copy is the paper's link
    "wrapped-byline-long-venue.md": [
        ("Measuring pulse rate with a webcam—a non-contact method for evaluating cardiac activity", {}, None),
        ("Improved motion robustness of remote-PPG by using the blood volume pulse signature",
         {"doi": "10.1088/0967-3334/35/9/1913"}, None),
        ("The OBF Database: A Large Face Video Database for Remote Physiological Signal Measurement and Atrial "
         "Fibrillation Detection", {}, None),
        ("Visual heart rate estimation with convolutional neural network", {}, "github.com/radimspetlik/hr-cnn"),
    ],
    # audit17: a quoted card whose paper field's link text is the title ("> **论文链接**: [Title](…)" / ">" /
    # "> **GitHub仓库链接**: [MT](github…)"), no separate title line
    "quoted-card-linked-title.md": [
        ("Mean teachers are better role models", {"arxiv": "1703.01780"}, "github.com/shunk031/chainer-meanteachers"),
        ("Semi-supervised Medical Image Segmentation through Dual-task Consistency", {}, "github.com/hilab-git/dtc"),
    ],
    # audit17: a Chinese title quoting a term ("基于“首尾相连”策略的…") is the whole line: the words glued to the
    # opening quote are no byline and the quoted term is no title
    "cjk-title-inner-quoted-term.md": [
        ("基于“首尾相连”策略的大环肽从头设计方法", {}, None),
        ("DeepPep: 一种用于肽–蛋白结合预测的深度学习框架", {}, None),
        ("面向“干湿闭环”的蛋白质工程自动化平台", {}, None),
        ("MolGen: 基于语言模型的三维分子生成方法", {}, None),
        ("利用“知识图谱”增强的医学影像报告生成方法", {}, None),
        ("CellFM: 单细胞转录组的大规模基础模型", {}, None),
        ("基于图神经网络的抗菌肽活性预测", {}, None),
        ("RNA–小分子结合位点的几何深度学习识别方法", {}, None),
        ("ProtFlow: 基于流匹配的蛋白质主链生成", {}, None),
        ("多组学整合揭示肿瘤微环境的空间异质性", {}, None),
    ],
    # audit17: inline-code note lines under a link-less title (`notes`; `more notes`) annotate the work,
    # they are no part of its title
    # (twelfth session) apa-byline-wrapped-before-italic-title (a36bt): "Authors (2024)." / "_Title._" / "Venue. doi":
    # an APA reference wrapped after its byline is titled by its italic line, not by its authors
    "apa-byline-wrapped-before-italic-title.md": [
        ("A shared-encoder model for brain segmentation across children and adults", {"doi": "10.1038/s41598-024-99901-2"}, None),
        ("From adult to pediatric: transfer learning for rare brain tumor segmentation", {"doi": "10.1117/12.2999245"}, None),
        ("Unsupervised domain adaptation for pediatric glioma segmentation", {"arxiv": "2406.99848"}, None),
    ],
    # (twelfth session) analysis-of-paper-note-sections (a36bt, a student's reading log): the stopped note bullets
    # under "### Analysis of paper N" are notes on that paper, not a link-less reading list
    "analysis-of-paper-note-sections.md": [
        ("Lightweight networks for pediatric brain MRI segmentation", {"doi": "10.1038/s41598-024-00001-1"}, None),
        ("Transfer learning from adult to pediatric tumour segmentation", {"doi": "10.1016/j.media.2023.102845"}, None),
    ],
    # (twelfth session) title-by-authors-venue-year (a35bq, a survival-analysis list): "Title by A, B, C et all.
    # Venue Year" — the title ends before the last "by" that names follow; a title's own "by" stays
    "title-by-authors-venue-year.md": [
        ("Neural Hazard Models for Censored Outcomes", {}, None),
        ("Risk Curves: Learning Survival from Electronic Health Records", {}, None),
        ("Guided by Anatomy: Shape Priors for Survival Prediction from Cardiac MRI", {}, None),
        ("Transformers for Time-to-Event Data", {}, None),
        ("Explaining Survival Models by Meaningful Perturbation", {"arxiv": "1704.03296"}, None),
        ("Calibrating Hazard Networks by Analyzing Comparative Gradients and Hostile Activations", {"arxiv": "2012.03434"}, None),
    ],
    # (twelfth session) digest-heading-records-labelled-fields (a generated paper digest, a34bm): "## 3. Title" over
    # "**Authors:** …" and "**Year:** 2026 | **Venue:** ICLR 2026 | …" paragraphs is one work's record, with or without
    # a link; its fields give authors and venue; a heading over prose is no record
    "digest-heading-records-labelled-fields.md": [
        ("Surgical Phase Anticipation", {"arxiv": "2507.01234"}, None),
        ("Instrument Tracking Under Smoke: A Benchmark for Laparoscopic Video", {}, None),
        ("Video Transformers for Skill Assessment", {}, None),
    ],
    "code-span-note-lines-under-unlinked-title.md": [
        ('Multi-Task Recurrent Neural Network for Surgical Gesture Recognition', {}, None),
        ('Temporal Segmentation of Surgical Sub-tasks through Deep Learning with Multiple Data Sources', {}, None),
        ('Automated Surgical Activity Recognition with One Labeled Sequence', {}, None),
        ('ISINet: An Instance-Based Approach for Surgical Instrument Segmentation', {}, None),
        ('AP-MTL: Attention Pruned Multi-Task Learning Model for Real-Time Instrument Detection and Segmentation in Robot-Assisted Surgery', {}, None),
        ('Searching for Efficient Architecture for Instrument Segmentation in Robotic Surgery', {}, None),
        ('Hard Frame Detection and Online Mapping for Surgical Phase Recognition', {}, None),
        ('TeCNO: Surgical Phase Recognition with Multi-Stage Temporal Convolutional Networks', {}, None),
        ('Recognition of Instrument-Tissue Interactions in Endoscopic Videos via Action Triplets', {}, None),
        ('Automatic Operating Room Surgical Activity Recognition for Robot-Assisted Surgery', {}, None),
    ],
    # audit17: author-year-label-links-under-heading (eugenebaraka/Predict-Suicidal-Ideation-on-Reddit): under
    # "### Data Sources", "- [Manas et al 2021](doi…)" bullets cite datasets by author and year; such a label is no
    # "MICCAI 2019"-style venue label, so the bullets are no role fields of one record titled by the heading
    "author-year-label-links-under-heading.md": [
        ("Detecting Suicide Ideation in the Era of Social Media", {"doi": "10.3389/fpsyt.2022.652167"}, None),
        ("Tracking suicide risk factors through Twitter in the US", {"pmid": "24121153"}, None),
        ("Detection of Suicide Ideation in Social Media Forums Using Deep Learning", {"doi": "10.3390/a13010007"}, None),
    ],
    # audit17: "*Title (**Venue 2025** | [code](…))*": the code link sits inside the bracketed venue and year that
    # closes the italic title; the title stops before the bracket and the code is the paper's
    "italic-title-venue-year-code-inside-bracket.md": [
        ("Deep generative design of cationic antimicrobial peptides with latent diffusion", {},
         "github.com/example-lab/amp-latent-diffusion"),
        ("Graph attention networks predict hemolytic activity of short peptides", {},
         "gitlab.com/peptide-group-public/hemo-gat"),
        ("Reinforcement learning for multi-objective peptide optimisation", {}, "github.com/rl-pep/moopt"),
        ("Contrastive pretraining for antimicrobial activity regression", {}, None),
        ("Transformer ensembles rank minimum inhibitory concentrations of peptides", {}, "github.com/mic-lab/mic-rank"),
    ],
    # audit17: a link-less title closed by "(Digital Discovery 2023)": two capitalised words and a year in the
    # bracket are a venue, not an author's name, so the item is a cited paper
    "bracketed-two-word-venue-year-tag.md": [
        ("Latent spaces for antimicrobial peptide design", {}, None),
        ("Machine learning for antimicrobial peptide identification and design", {}, None),
        ("Deep generative models for peptide design", {}, None),
        ("Synthetic molecular evolution of antimicrobial peptides", {}, None),
        ("Computational ranking of immunogenic epitopes for vaccine design", {}, None),
    ],
    # audit17: a software table ("## Software" / "Name | url | … | Validation/paper") names each tool and links
    # its code or home page, then the article that validates it: the row is the tool, not the article (the
    # articles are the papers table's own rows below, without the tools' code)
    "software-table-validation-paper-column.md": [
        ("Artificial Intelligence Distinguishes COVID-19 from Community Acquired Pneumonia on Chest CT",
         {"doi": "10.1148/radiol.2020200905"}, None),
        ("COVID-Net: A Tailored Deep Convolutional Neural Network Design for Detection of COVID-19 Cases from "
         "Chest Radiography Images", {"arxiv": "2003.09871"}, None),
        ("Lung Infection Quantification of COVID-19 in CT Images with Deep Learning", {"arxiv": "2003.04655"}, None),
    ],
    # audit17: a "Paper index" of where to look, not of works: a publisher's topic hub ("pubs.rsna.org/2019-ncov")
    # and a Google Scholar search for a topic of one or two words ("?q=COVID-19") are no paper; a Scholar search
    # for a title still points to that work
    "paper-index-topic-hubs.md": [
        ("Mapping the Landscape of Artificial Intelligence Applications against COVID-19", {"arxiv": "2003.11336"},
         None),
        ("Digital technology and COVID-19", {"doi": "10.1038/s41591-020-0824-5"}, None),
        ("Deep Residual Learning for Image Recognition", {}, None),
    ],
    # audit17: a personal reading list drafted beside a paper keeps each work's BibTeX key ("… in Kenya
    # \\cite{liu2020forecasting}"), no title's word; a title that asks with a modal ("Who should we test for
    # COVID-19? A triage model …") is a work's question, not a rule
    "tex-cite-key-reading-list.md": [
        ("STAN: Spatio-Temporal Attention Network for Pandemic Prediction Using Real-World Evidence",
         {"arxiv": "2008.04215"}, None),
        ("Forecasting the scale of the COVID-19 epidemic in Kenya", {}, None),
        ("Modeling and forecasting the COVID-19 pandemic in India", {}, None),
        ("Modeling and forecasting the Covid-19 pandemic in Brazil", {}, None),
        ("The role of Fintech in predicting the spread of COVID-19", {}, None),
        ("Data-based analysis, modelling and forecasting of the COVID-19 outbreak", {}, None),
        ("Spatiotemporal dynamics, nowcasting and forecasting of COVID-19 in the United States", {}, None),
        ("Who should we test for COVID-19? A triage model built from national symptom surveys", {}, None),
        ("Should we trust saliency maps for chest radiographs? A multi-reader study", {}, None),
        ("The limits to learning an SIR process: granular forecasting for COVID-19", {}, None),
    ],
    # audit17: "- [owner/repo](github…)" / "    - [Presentation](github…/blob/master/presentations/Talk.pdf)": a PDF
    # kept in the repository that the list calls a presentation is a talk's slides, no paper; the papers nested
    # under the repository are its papers
    "repo-item-presentation-pdf-child.md": [
        ("COVID-CT-Mask-Net: Prediction of COVID-19 From CT Scans Using Regional Features",
         {"doi": "10.1101/2020.10.11.20211052"}, None),
        ("Detection and Segmentation of Lesion Areas in Chest CT Scans For The Prediction of COVID-19",
         {"doi": "10.1101/2020.10.23.20218461"}, None),
        ("Lightweight Model For The Prediction of COVID-19 Through The Detection And Segmentation of Lesions in "
         "Chest CT Scans", {"doi": "10.1101/2020.10.30.20223586"}, None),
        ("Sample-Efficient Deep Learning for COVID-19 Diagnosis Based on CT Scans", {"doi": "10.1101/2020.04.13.20063941"},
         None),
    ],
    # audit17: a reference manager's record (Zotero/Notion export): a heading that only files it ("Source ID 7:
    # SVA Paper", "Zhou 2022 - Orca") over "- **Title**: …" / "- **DOI**: …" / "- **URL**: …" fields is one paper,
    # titled by its Title field; a "URL" field's link is the record's own link
    "reference-manager-field-records.md": [
        ("Capturing heterogeneity in gene expression studies by surrogate variable analysis",
         {"doi": "10.1371/journal.pgen.0030161"}, None),
        ("Sequence-based modeling of three-dimensional genome architecture from kilobase to chromosome scale",
         {"doi": "10.1038/s41588-022-01065-4"}, None),
        ("recount3: summaries and queries for large-scale RNA-seq expression and splicing", {}, None),
    ],
    # audit17: bold-author-year-dash-italic-title (LaureBerti/AI4SDGs, a GAN-augmentation list): "- **Okafor et al.
    # (2019)** – *Title*, *Venue*, [DOI](…)": the bold lead cites the authors and year, the italic run after the
    # dash is the title (the bold lead was taken for it)
    "bold-author-year-dash-italic-title.md": [
        ("Adversarial synthesis of liver lesions for data augmentation in CT classification",
         {"doi": "10.1016/j.neucom.2019.01.042"}, None),
        ("The synthetic patient registry", {}, None),
        ("Medical image augmentation: generative techniques compared and interpreted",
         {"doi": "10.1007/s10462-024-10871-q"}, None),
        ("Diffusion models for synthetic chest radiographs: a scoping review", {"doi": "10.1038/s41746-025-01101-7"}, None),
        ("A review of deep generative models in radiology", {"arxiv": "2103.01234"}, None),
    ],
    # audit17: relative-code-folder-links (goonm/Medical-GAN, a list of re-implementations): "| Title | [Paper](…) |
    # [Code](code/1_GAN) |": a relative code link is a folder of the list's own repository (its author's port), no
    # repository of the paper's own code; an absolute GitHub link in the same column still is
    "relative-code-folder-links.md": [
        ("Generative Adversarial Nets", {"arxiv": "1406.2661"}, None),
        ("Unpaired Image-to-Image Translation using Cycle-Consistent Adversarial Networks", {"arxiv": "1703.10593"}, None),
        ("Image-to-Image Translation with Conditional Adversarial Networks", {"arxiv": "1611.07004"},
         "github.com/phillipi/pix2pix"),
        ("Coupled Generative Adversarial Networks", {"arxiv": "1606.07536"}, None),
    ],
    # audit17: "[Title](repository of theses), *MS Thesis*, 2019": a venue field naming a thesis cites the work
    "thesis-venue-field-after-repository-link.md": [
        ("SWAN: System for Wearable Audio Navigation", {"doi": "10.1109/iswc.2007.4373786"}, None),
        ("A Single Camera based Localization and Navigation Assistance for The Visually Impaired in Indoor Environments",
         {}, None),
        ("Haptic Wayfinding Cues for Blind Pedestrians in Unfamiliar Buildings", {}, None),
        ("Designing AR Visualizations to Facilitate Stair Navigation for People with Low Vision",
         {"doi": "10.1145/3332165.3347906"}, None),
    ],
    # audit17: "#### Sensor feedback" / "Title" / bare URL: the subheading is a topic, the line under it the title
    "topic-subheading-over-title-line-bare-url.md": [
        ("A survey of sensor fusion methods in wearable robotics", {}, None),
        ("A lower limb exoskeleton with hybrid actuation", {}, None),
        ("Robot-assisted Therapy in Stroke Rehabilitation", {"pmcid": "PMC3859002"}, None),
        ("Stroke rehabilitation: strategies to enhance motor recovery", {"doi": "10.1146/annurev.med.60.042707.104248"}, None),
    ],
    # audit17: "[38][**Mind, 1950**] Title [paper](…)": the reference number and the venue tag are no title
    "reference-number-before-bold-venue-tag.md": [
        ("Computing machinery and intelligence", {"doi": "10.1093/mind/lix.236.433"}, None),
        ("Neural Brain: A Neuroscience-inspired Framework for Embodied Agents", {"arxiv": "2505.07634"}, None),
        ("Position: A Call for Embodied AI", {}, None),
        ("Segment Anything", {}, None),
        ("Surgical Robot Transformer (SRT): Imitation Learning for Surgical Tasks", {"arxiv": "2407.12998"}, None),
        ("Collaborative robot-assisted endovascular catheterization with generative adversarial imitation learning",
         {"doi": "10.1109/icra40945.2020.9196912"}, None),
    ],
    # audit17: GitHub emoji shortcodes decorating a record's heading ("### :small_blue_diamond: Title", "### :star:
    # :fire: Title", "… Title :white_check_mark:") are no part of its title
    "emoji-shortcode-heading-lead.md": [
        ("vox2vec: A Framework for Self-supervised Contrastive Learning of Voxel-level Representations in Medical Images",
         {"arxiv": "2307.14725"}, "github.com/mishgon/vox2vec"),
        ("Transferable Visual Words: Exploiting the Semantics of Anatomical Patterns for Self-supervised Learning",
         {"arxiv": "2102.10680"}, "github.com/fhaghighi/TransVW"),
        ("Models Genesis: Generic Autodidactic Models for 3D Medical Image Analysis", {"arxiv": "1908.06912"},
         "github.com/MrGiovanni/ModelsGenesis"),
    ],
    # audit17: a bracketed venue without a year opening the item ("[arXiv] SAM-Med3D.", "[Medical Image Analysis]
    # Models Genesis.", "[Machine Learning with Applications] Title.") files the work; the title is what follows,
    # however short
    "bracket-venue-tag-short-title.md": [
        ("SAM-Med3D", {"arxiv": "2310.15161"}, "github.com/uni-medical/SAM-Med3D"),
        ("SAM-Med2D", {"arxiv": "2308.16184"}, "github.com/uni-medical/SAM-Med2D"),
        ("Geometric Visual Similarity Learning in 3D Medical Image Self-supervised Pre-training", {},
         "github.com/YutingHe-list/GVSL"),
        ("Self Supervised Contrastive Learning for Digital Histopathology", {},
         "github.com/ozanciga/self-supervised-histopathology"),
        ("Transferable Visual Words: Exploiting the Semantics of Anatomical Patterns for Self-supervised Learning",
         {"arxiv": "2102.10680"}, "github.com/fhaghighi/TransVW"),
        ("Models Genesis", {}, "github.com/MrGiovanni/ModelsGenesis"),
    ],
    # audit17: a feature-attribution reading list files each paper under the method it introduced, one paragraph a
    # paper: "Shap: [Title](…), NeurIPS 2017" / "epsilon-LRP, [Title](…), PloS one 2015" is a paper of its own (the
    # method's name before a colon or comma is no field label), while "Code: [x](github…)" stays the paper's code
    "method-name-lead-paragraphs.md": [
        ("Real Time Image Saliency for Black Box Classifiers", {}, None),
        ("A unified approach to interpreting model predictions", {"arxiv": "1705.07874"}, None),
        ("Attribution in Scale and Space", {"arxiv": "2004.03383"}, "github.com/mongeoroo/Relevance-CAM"),
        ("On pixel-wise explanations for non-linear classifier decisions by layer-wise relevance propagation",
         {"pmcid": "PMC4498753"}, None),
        ("Predicting effects of noncoding variants with deep learning–based sequence model", {"pmid": "26301843"}, None),
        ("Explaining prediction models and individual predictions with feature contributions",
         {"doi": "10.1007/s10115-013-0679-x"}, None),
    ],    # audit17: "[Title](), AAAI 2021" between "[Title](url), Venue" paragraphs: a link whose URL was left empty is
    # a paper of its own (as "- [Title]() | MICCAI" is in a bullet list), not prose glued to the paper before it
    "empty-link-paragraph-records.md": [
        ("Improving KernelSHAP: Practical Shapley Value Estimation Using Linear Regression", {"arxiv": "2012.01536"},
         None),
        ("If You Like Shapley Then You'll Love the Core", {}, None),
        ("On the Tractability of SHAP Explanations", {"arxiv": "2009.08634"}, None),
        ("Shapley Values for Clinical Risk Scores: A Worked Example", {}, None),
        ("Interpreting Multivariate Shapley Interactions in DNNs", {"arxiv": "2010.05045"}, None),
    ],    # audit17: "| [Vanilla Grad](arxiv…) | definition | [1] [Title](…). Venue <br> [2] [Title](nature…). Venue |": a
    # survey's table of methods cites, beside each, the works that applied it, one numbered line each; each line is
    # a paper of its own (one line is enough in a column whose other rows cite several), the row is the method
    "table-cell-numbered-references.md": [
        ("Breast Mass Classification from Mammograms using Deep Convolutional Neural Networks", {"arxiv": "1612.00542"},
         None),
        ("AI for Radiographic COVID-19 Detection Selects Shortcuts Over Signal", {"doi": "10.1038/s42256-021-00338-7"},
         None),
        ("Iterative Augmentation of Visual Evidence for Weakly-Supervised Lesion Localization in Color Fundus Images",
         {}, None),
        ("Vanilla Grad", {"arxiv": "1312.6034"}, None),
        ("Testing the Robustness of Attribution Methods for Convolutional Neural Networks in MRI-based Alzheimer's "
         "Disease Classification", {"arxiv": "1909.08856"}, None),
        ("Grad x Input", {"arxiv": "1605.01713"}, None),
        ("Predicting Sex from Retinal Fundus Photographs Using Automated Deep Learning",
         {"doi": "10.1038/s41598-021-89743-x"}, None),
        ("Detection of Anaemia from Retinal Fundus Images via Deep Learning", {"doi": "10.1038/s41551-019-0487-z"},
         None),
        ("XRAI", {}, None),
    ],
    # audit17: "## TITAN" / "**Ding et al., 2024** Title" / "https://arxiv…": a notes file's bold author-year lead
    # closes its byline at the bold's end (with or without a stop); the text after it is the title
    "bold-author-year-lead-notes.md": [
        ("Multimodal whole slide foundation model for pathology", {"arxiv": "2411.19666"}, "github.com/mahmoodlab/TITAN"),
        ("A visual-language foundation model for computational pathology", {"doi": "10.1038/s41591-024-02856-4"},
         None),
        ("Virchow: A Million-Slide Digital Pathology Foundation Model", {"arxiv": "2309.07778"}, None),
    ],
    # audit17: resource-entry-publication-beside-website-and-data (a curated list of biomedical knowledge graphs
    # and tools): "- **PrimeKG** – [Publication (2023)](doi…), [Website](…), [Code](github…), [Data](doi…)": a
    # short name whose links give, beside its publication, its own website and its data, API or PyPI page is the
    # resource (a knowledge graph, a tool), not the paper; a full title so linked is still the paper
    "resource-entry-publication-beside-website-and-data.md": [
        ("A survey of biomedical knowledge graphs for precision medicine", {"doi": "10.1093/bib/bbad777"}, None),
    ],
    # audit17: seminar-slides-under-related-links (a catalogue of ontologies as heading records): "- Related
    # Links:" / "- [Seminar - Slides](…/12_Seminar_….pdf)": a label of role words joined by a lone dash names a
    # talk's slides, a PDF but no article
    "seminar-slides-under-related-links.md": [
        ("Phenotype-driven ranking of candidate genes", {"doi": "10.1186/s13073-022-01111-2"},
         "github.com/phenorank/phenorank"),
    ],
    # audit17: "1. **Title words … for the\nrest of the title**, *Authors*, Venue, 2023. [[paper](…)]": a bibtex-to-Markdown
    # list wraps long bold titles (and author lists) over lines; the bold text is the title, wrap and all, and the
    # authors and venue after it are no part of it
    "bold-title-wrapped-before-authors.md": [
        ("Physics-informed machine learning for cardiovascular flow modelling: a review",
         {"doi": "10.1146/annurev-bioeng-000000-000001"}, None),
        ("Surrogate models of arterial hemodynamics", {"arxiv": "2205.01234"}, None),
        ("Learning wall shear stress in coronary arteries with graph neural networks trained on patient-specific "
         "simulations", {"arxiv": "2401.05678"}, "github.com/example-lab/wss-gnn"),
        ("Physics-informed neural networks for 4D flow MRI super-resolution", {"arxiv": "2107.04321"},
         "github.com/example-lab/pinn-4dflow"),
        ("Reduced-order windkessel calibration from pressure waveforms", {}, None),
    ],
    # audit17: "## Data-driven Surrogates" / "| [**Title**](placeholder-or-unknown-host) | PNAS | 2023 | [Github](…) |":
    # a hyphened compound's modifier ("Data-driven", "Data-efficient") names nothing the section lists; the rows
    # are papers with their code, not datasets
    "data-driven-heading-table-row.md": [
        ("Neural operators for patient-specific aortic flow", {}, "github.com/example-lab/aorta-no"),
        ("Graph surrogates of coronary pressure drop", {"arxiv": "2306.01234"}, "github.com/example-lab/coronary-gnn"),
        ("Learning left-ventricle mechanics from simulation ensembles", {}, "github.com/example-lab/lv-mech"),
        ("Few-shot calibration of cardiac electrophysiology models", {}, "github.com/example-lab/ep-fewshot"),
        ("Active learning of aneurysm rupture surrogates", {"arxiv": "2402.04567"}, None),
    ],
    # audit17: "## Contributing" / "### Guidelines" / "- Maintain alphabetical order within each section.": link-less
    # rules in a subsection of a section about the list's upkeep are no references, however title-like they read
    # audit17: "### Title" / bare URLs, then a paragraph "Title" / bare URLs on the next lines: the paragraph is an
    # item of its own written as the list's loose items are, not more lines of the heading's record
    "heading-record-then-titled-url-paragraph.md": [
        ("Regularized Losses for Weakly-supervised CNN Segmentation", {"arxiv": "1803.10464"}, "github.com/meng-tang/rloss"),
        ("Deeply Supervised Salient Object Detection with Short Connections", {"arxiv": "1611.04849"},
         "github.com/AceCoooool/DSS-pytorch"),
        ("An implementation of One-Shot Texture Segmentation", {"arxiv": "1807.02654"},
         "github.com/drogen120/OneshotTextureSegmentation"),
        ("Convolutional CRFs for Semantic Segmentation", {"arxiv": "1805.04777"}, "github.com/MarvinTeichmann/ConvCRF"),
        ("Boundary and Entropy-driven Adversarial Learning for Fundus Image Segmentation", {"arxiv": "1906.11143"},
         "github.com/EmmaW8/BEAL"),
    ],
    "contributing-subsection-guideline-bullets.md": [
        ("Deep learning for malaria parasite detection in thin blood smears",
         {"doi": "10.1371/journal.pone.0265482"}, None),
        ("Artificial intelligence for tuberculosis screening in sub-Saharan Africa", {"pmcid": "PMC9512345"}, None),
        ("SMS-based maternal triage with language models in Kenya", {"arxiv": "2305.01234"}, None),
    ],
    # audit17: "**📘 Read our survey paper here:** [Title](…)": a bold lead-in longer than a label's four words that
    # says the link is the paper is no title; the linked words are
    "bold-lead-in-before-linked-survey-title.md": [
        ("Clinical Copilots with Tool-Using Language Models: A Survey", {"arxiv": "2601.04321"}, None),
        ("Position: Medical Agents Need Audit Trails", {"doi": "10.1016/j.jbi.2026.104512"}, None),
        ("WardBench: Evaluating Agents on Simulated Hospital Shifts", {"arxiv": "2602.05555"},
         "github.com/example-lab/wardbench"),
        ("TriageAgent: Tool-Augmented Emergency Triage", {"arxiv": "2603.01010"}, None),
        ("DoseGuard: Verifying Medication Orders with Multi-Agent Debate", {"arxiv": "2602.07777"}, None),
    ],
    # audit17: sentence-case-named-works-under-group-bullets (cgl2024/cgl): "  * Semi-supervised" /
    # "    * ARCADE: A benchmark for … sequences." / "    [1](doi…)": a "Name: title" sub-bullet in sentence case
    # whose link is a DOI or arXiv article is a work of its own, not a field of the group bullet
    "sentence-case-named-works-under-group-bullets.md": [
        ("ARCADE: A benchmark for coronary artery segmentation in angiography sequences",
         {"doi": "10.1016/j.media.2024.103111"}, None),
        ("Vessel-SCRIBBLE: An efficient scribble learning framework for vessel annotation",
         {"doi": "10.1016/j.media.2021.102299"}, None),
        ("Tubular Structure Segmentation Supervised by Sparse Point Annotations", {}, None),
        ("TopoLoss: Topology-aware loss function for retinal multi-class vessel segmentation and measurement",
         {"doi": "10.1016/j.media.2024.103222"}, None),
        ("skelRecall - a Skeleton Recall Loss for Thin Structure Segmentation", {"arxiv": "2404.03010"}, None),
    ],
    # audit17: initials-first-authors-title-opening-with-and (mawady/msc-retinalrecog): "- [x] D.S.W. Ting, C.Y.-L.
    # Cheung, …, Development and validation of …, JAMA 318 (22) (2017) 2211–2223": Elsevier's numbered style, names
    # as "I. Surname"; a title that opens "Word and …" is no last author joined by "and"
    "initials-first-authors-title-opening-with-and.md": [
        ("Development and validation of a deep learning system for diabetic retinopathy using retinal images from "
         "multiethnic populations", {}, None),
        ("Detection and grading of diabetic macular edema from optical coherence tomography",
         {"doi": "10.1016/j.ophtha.2018.11.016"}, "github.com/anovak/dme-oct"),
        ("Segmentation and quantification of retinal fluid in OCT volumes", {"arxiv": "1901.00123"}, None),
        ("Automated grading of glaucoma from fundus photographs with deep networks",
         {"doi": "10.1109/tmi.2019.2950001"}, None),
    ],
    # audit17: github-mirror-host-code-lines (tyb311/WS-DMF): "[1]Q. Lin, … “DRNet: …,” … doi: …" /
    # "https://hub.fastgit.org/VesselLab/DRNet-retinal-vessel": a GitHub mirror host (hub.fastgit.org,
    # github.com.cnpmjs.org, kgithub.com) names the GitHub repository it mirrors: the paper's code
    "github-mirror-host-code-lines.md": [
        ("DRNet: A deformable residual network for retinal vessel segmentation",
         {"doi": "10.1016/j.knosys.2019.04.111"}, "github.com/VesselLab/DRNet-retinal-vessel"),
        ("Retinal vessel segmentation with stacked fully convolutional networks",
         {"doi": "10.1016/j.eswa.2018.06.111"}, "github.com/asilva/VesselFCN_ESWA"),
        ("Multi-scale region growing for retinal vessel segmentation",
         {"doi": "10.1109/jbhi.2020.3000111"}, "github.com/mrossi/MSRG"),
        ("Vessel segmentation via deep learning and conditional random fields",
         {"doi": "10.1007/978-3-319-46723-8_99"}, "github.com/ktan/vessel-crf"),
    ],
    # audit17: year-venue-label-dash-title ("_**2021 Brief Bioinfo**_ - Title", "[**2022 Nature Reviews**](…) - Title":
    # a year-and-venue label, bold or linked (a wiki export's unclosed "**2021 **" too), then a dash and the
    # work's title, often with no link; the label is the venue and year, the text after the dash the title, and a
    # short list of such lines is no heading's notes)
    "year-venue-label-dash-title.md": [
        ("A comparative study of multi-omics integration tools", {}, None),
        ("mixOmics: An R package for omics feature selection and multiple data integration", {}, None),
        ("scGPT: Towards Building a Foundation Model for Single-Cell Multi-omics Using Generative AI", {}, None),
        ("Obtaining genetics insights from deep learning via explainable artificial intelligence",
         {"doi": "10.1038/s41576-022-00532-2"}, None),
        ("Transformer-based deep learning integrates multi-omic data with cancer pathways",
         {"doi": "10.1101/2022.10.27.514141"}, None),
        ("A computational framework to unify DNA methylation and copy number aberrations in cell-free DNA", {}, None),
        ("Subtype-GAN: a deep learning approach for integrative cancer subtyping of multi-omics data", {}, None),
        ("Deep Learning–Based Multi-Omics Integration Robustly Predicts Survival in Liver Cancer", {}, None),
        ("Multi-omic machine learning predictor of breast cancer therapy response", {}, None),
        ("Molecular classification and diagnostics of upper urinary tract urothelial carcinoma", {}, None),
    ],
    # audit17: bracketed-pmid-after-vancouver-citation ("Authors. Title. Neoplasia. 2017 …;19(8):649-658.
    # [PMID:28732212]": a link-less reference closed by its bracketed PMID; the title drops the bracket, the entry
    # keeps the identifier it gives)
    "bracketed-pmid-after-vancouver-citation.md": [
        ("UALCAN: A portal for facilitating tumor subgroup gene expression and survival analyses",
         {"pmid": "28732212"}, None),
        ("oncoPredict: an R package for predicting in vivo or cancer patient drug response and biomarkers from cell "
         "line screening data", {"pmid": "34260682"}, None),
        ("GEPIA: a web server for cancer and normal gene expression profiling and interactive analyses",
         {"pmid": "28407145"}, None),
    ],
    # audit17: year-dash-author-note-linked-title ("2014 - Costello (NCI/DREAM) - [Title](doi…)": a bracketed note on
    # the authors closes the byline before the linked title; "2008 - Holmes - [Title](projecteuclid…)": Project
    # Euclid's article page is a paper's, even under a heading that says "evaluations")
    "year-dash-author-note-linked-title.md": [
        ("Multivariate data analysis: The French way", {}, None),
        ("A community effort to assess and improve drug sensitivity prediction algorithms",
         {"doi": "10.1038/nbt.2877"}, None),
        ("Multi-omic and multi-view clustering algorithms: review and cancer benchmark",
         {"doi": "10.1093/nar/gky889"}, None),
        ("Benchmarks for survival prediction from pan-cancer multi-omics profiles",
         {"doi": "10.1000/xyz.2019.123"}, None),
    ],    # audit17: "> This repository accompanies our survey paper: <a href=arxiv…>Title</a>" — an intro quote announcing
    # the list's own paper by "our … paper:" before a titled link to a scholarly record, the link written in HTML
    "intro-quote-our-paper-colon-html-link.md": [
        ("A Survey of Split Learning in Hospitals: Methods and Open Problems", {"arxiv": "2402.01234"}, None),
        ("Split Learning for Health: Distributed Deep Learning without Sharing Raw Patient Data",
         {"arxiv": "1812.00564"}, None),
        ("SplitFed: When Federated Learning Meets Split Learning", {"arxiv": "2004.12088"}, None),
    ],
    # audit17: "| Title | Description | Link |" with written-out links: a row whose link is a video
    # (youtu.be, youtube.com) is a talk or demo about the topic, not one more paper of the table
    "video-link-rows-in-paper-table.md": [
        ("Automated Ejection Fraction Computation Using Deep Learning in Echocardiography",
         {"pmcid": "PMC6423737"}, None),
        ("Deep Learning Predicts Heart Failure With Preserved, Mid-Range, and Reduced Left Ventricular Ejection "
         "Fraction", {"pmcid": "PMC8645593"}, None),
        ("Automatic biplane left ventricular ejection fraction estimation with mobile point-of-care ultrasound",
         {"doi": "10.1007/s11548-019-01954-w"}, None),
        ("Convolutional neural network regression for short-axis left ventricle segmentation in cardiac cine MR "
         "sequences", {}, None),
    ],
    # audit17: an arXiv digest's "### [Title](arxiv)" records, each with its translated title, authors and
    # link-less point summaries (Spanish ending in full stops, Japanese naming methods in Latin letters): the
    # points are notes on the record's paper, never references of their own
    "heading-record-translated-point-summary.md": [
        ("Federated Contrastive Learning for Volumetric Medical Image Segmentation", {"arxiv": "2204.10983"}, None),
        ("UNet++: A Nested U-Net Architecture for Medical Image Segmentation", {"arxiv": "1807.10165"}, None),
        ("Segment Anything in Medical Images", {"arxiv": "2304.12306"}, None),
    ],
    # audit17: "## Manuales de paquetes" / "- [glmnet](cran.r-project.org/web/packages/glmnet/glmnet.pdf)": an R
    # package's reference manual (CRAN's, Bioconductor's) is the package's documentation, not a paper, PDF or not
    "package-reference-manual-pdf.md": [
        ("Regularization Paths for Generalized Linear Models via Coordinate Descent",
         {"doi": "10.18637/jss.v033.i01"}, None),
        ("Random survival forests", {"arxiv": "0811.1645"}, None),
    ],
    # audit17: ">[Title](arxiv…) (Reed, ICLR 2015)" / ">> notes", "> -[Title](…) (Patrini, CVPR 2017) - …": a linked
    # paper set off as a quote among a reader's notes (a code block, prose between) is an entry, its notes quoted
    # deeper or the bullet's space lost; a quoted "see also [blog](…)" stays prose (ChanLIM/Noisy-Label-References)
    "quoted-linked-papers-between-notes.md": [
        ("Training Deep Neural Networks on Noisy Labels with Bootstrapping", {"arxiv": "1412.6596"}, None),
        ("Making Deep Neural Networks Robust to Label Noise: a Loss Correction Approach", {"arxiv": "1609.03683"},
         None),
    ],
    # audit17: "## Paper with code" / "- [A Paper's Title of Five Words or More](github…) | [Method]" (mintisan/hr_estimate):
    # under a heading that pairs papers with their code, a work's title linked to its repository is the paper, the
    # repository its code; a tool's short name linked to its repository elsewhere stays the repository
    "paper-with-code-heading-linked-titles.md": [
        ("Accurate Wearable Heart Rate Monitoring During Physical Exercises Using PPG", {}, "github.com/andtem2000/PPG"),
        ("A time-frequency domain approach of heart rate estimation from photoplethysmographic (PPG) signal", {},
         "github.com/tariqul-islam/Photoplethysmographic-Signals"),
    ],
    # audit17 (review of a42cy): "* person 1" / "  * paper" / "    * Title" / "      * https://…": a role word over an
    # outline whose bullets hold their own lines heads a group of works, not one field's values (the colon-less
    # field rule, "  - Paper" / "    - [Title](…)", takes only a sub-list of single bullets)
    "role-word-over-outline-of-works.md": [
        ("Dynamic Knowledge Graph based Multi-Event Forecasting", {"doi": "10.1145/3394486.3403209"}, None),
        ("Graph Message Passing with Cross-Location Attentions for Long-Term ILI Prediction", {"arxiv": "1912.10202"},
         None),
    ],
    # audit17 (review of a43de): "**DrugBank** --- DrugBank 5.0: a major update … (Nucleic Acids Res 2018) [[Paper]](…)",
    # "<b>KEGG</b> --- …": a resource's short bold name, a dash, then its paper's title closed by venue and year is
    # titled by that title; "**CheXNet: 肺炎检测** — Rajpurkar P, Irvin J, et al." keeps its bold title (a byline follows)
    "bold-name-dash-paper-title.md": [
        ("DrugBank 5.0: a major update to the DrugBank database for 2018", {}, None),
        ("KEGG as a reference resource for gene and protein annotation", {}, None),
        ("CheXNet: 肺炎检测", {"arxiv": "1711.05225"}, None),
    ],
    # audit17 (a43db, ljwztc/CLIP-Driven-Universal-Model): "**Universal models** (UMs), … [[1](nature…)] … [[2](arxiv…),
    # [3](arxiv…)]": prose whose only links are numbered citation markers cites its references; its bold lead term is
    # no record (before: seven "Universal models" papers took the cited works' identifiers)
    "bold-lead-prose-with-citation-markers.md": [
        ("Segment Anything in Medical Images", {"arxiv": "2304.12306"}, "github.com/bowang-lab/MedSAM"),
        ("SAM-Med3D: Towards General-purpose Segmentation Models for Volumetric Medical Images",
         {"arxiv": "2310.15161"}, None),
    ],
    # audit17: bold-nickname-venue-tag-before-title (hnuzhy/CV_DL_Gather): "**UMT(CVPR2021)** Title [[arxiv link]…]":
    # a bold method nickname glued to its bracketed venue and year (several brackets, an emoji flag before) labels
    # the paper; the title is the text after the bold.
    "bold-nickname-venue-tag-before-title.md": [
        ("Domain Generalization: A Survey", {"arxiv": "2103.02503"}, None),
        ("Domain Adaptive Faster R-CNN for Object Detection in the Wild", {"arxiv": "1803.03243"},
         "github.com/yuhuayc/da-faster-rcnn"),
        ("Strong-Weak Distribution Alignment for Adaptive Object Detection", {"arxiv": "1812.04798"},
         "github.com/VisionLearningGroup/DA_Detection"),
        ("Cross-Domain Adaptive Teacher for Object Detection", {}, None),
        ("Gradient based sample selection for online continual learning", {"arxiv": "1903.08671"},
         "github.com/rahafaljundi/Gradient-based-Sample-Selection"),
        ("MonoLSS: Learnable Sample Selection For Monocular 3D Detection", {"arxiv": "2312.14474"}, None),
    ],
    # audit39cj: table-bold-title-break-sub-byline (lanqz7766/awesome-medical-world-models): "| 🌟 **Title** <br><sub>A
    # et al. · Venue · 2025</sub> | … |": a bold first line over an HTML line break is the row's title, the line under
    # it its byline (as "[Title](…)<br><sub>a note</sub>" is)
    "table-bold-title-break-sub-byline.md": [
        ("Toward Digital Twins of the Injured Heart with Learned Inverse Models", {"doi": "10.1109/tmi.2024.1111111"},
         "github.com/example-lab/heart-twin"),
        ("RadWorld: Image World Modeling for Radiograph Representation Learning", {"arxiv": "2504.20001"},
         "github.com/example-lab/radworld"),
        ("World Models for Robotic Suturing", {"arxiv": "2405.20002"}, None),
        ("Latent Progression of Brain Atrophy on Longitudinal MRI via Diffusion", {"doi": "10.1016/j.media.2025.100001"},
         "github.com/example-lab/brain-prog"),
    ],
    # audit39cj: table-title-bold-venue-note-tag (zsustc/Awesome-Surgical-Video-Understanding): "| Title
    # (**MICCAI-23 Oral**) | … |", "| Title (**npj-under review**) | … |": a bold or emphasised bracket closing a
    # table's title cell is a venue note even without a year, as it is closing a list item's title
    "table-title-bold-venue-note-tag.md": [
        ("PhaseNet: Online Phase Recognition in Laparoscopic Cholecystectomy", {"arxiv": "2103.11111"},
         "github.com/example-lab/PhaseNet"),
        ("Workflow Analysis of Robotic Surgery via Visual-Language Learning", {}, "github.com/example-lab/WorkflowVL"),
        ("TissueSurf: Neural Surface Reconstruction of Deformable Tissues from Stereo Endoscopy",
         {"arxiv": "2307.22222"}, "github.com/example-lab/TissueSurf"),
        ("Federated Cycling (FedCyc): Semi-supervised Federated Learning of Surgical Steps", {"arxiv": "2203.33333"},
         None),
        ("Instrument Tracking in Cataract Surgery Videos", {"arxiv": "2404.44444"}, "github.com/example-lab/CataTrack"),
    ],    # audit17: table-related-column-code-label (edw4rdyao/eeg_mi_dl): a bare "| Related |" column holding
    # "[[code](github…)] <br/> [[reproduce](github…)]": the link labelled code is the row's own code, the
    # "reproduce" (or unlabelled) one stays related code (the header once made both related code)
    "table-related-column-code-label.md": [
        ("Deep convolutional networks for motor imagery decoding", {"pmid": "28711111"},
         "github.com/example-lab/mi-convnet"),
        ("CompactNet: a small convolutional network for EEG interfaces", {"doi": "10.1088/1741-2552/aa1111"},
         "github.com/example-lab/compactnet"),
        ("Graph attention for motor intent from raw EEG", {"arxiv": "2007.11111"}, None),
        ("Temporal filters for brain-computer interfaces", {}, None),
    ],    # audit17: paper-number-colon-bare-url-paragraphs (KIlian42/Atrial-Fibrillation-Classification-Using-Ensembled-
    # Models): "Paper 2: Title: https://…" paragraphs, one a paper: each is an item titled without its "Paper 2:"
    # (they were glued into one record titled by the heading, the colon before the bare URL read as a field's)
    "paper-number-colon-bare-url-paragraphs.md": [
        ("A Survey of Transformer Models for Electrocardiogram Diagnosis", {"arxiv": "2306.11111"}, None),
        ("A transformer-based deep network for arrhythmia detection using continuous ECG signals", {}, None),
        ("Lightweight transformer model for dynamic heartbeat classification", {"pmid": "35511111"}, None),
        ("Arrhythmia classification from short single-lead ECG records with stacked LSTMs", {"arxiv": "1711.09999"},
         None),
        ("Explainable deep learning to detect atrial fibrillation using the electrocardiogram",
         {"doi": "10.1016/j.ijcard.2020.11.111"}, None),
    ],
    # audit17: bold-title-scholarly-title-search-link (SR-A-W/efficient-protein-language-model-survey): "- **Title**
    # — [link](semanticscholar.org/search?q=Title%20words)": a scholarly index's search for a work's title (three
    # words or more) points to that work, as a Google Scholar title search already did; a one-word search is a topic
    "bold-title-scholarly-title-search-link.md": [
        ("Few-shot fitness prediction with protein language models from minimal wet-lab data", {}, None),
        ("Scaling laws for protein language model training data", {}, None),
        ("Retrieval-augmented protein language models for remote homology search", {}, None),
        ("Quantized protein embeddings for fast structure search", {}, None),
    ],
    # audit17: autolinked-repo-sub-bullet-under-paper (uaauaguga/uaauaguga.github.io, a Jekyll "_posts" note):
    # "- 2019, Venue, [Title](paper)" / "  - <https://github.com/owner/Repo>": a sub-bullet that is only the
    # repository's address spelt out (an autolink or a bare URL) under a linked paper is that paper's code, as
    # "[owner/Repo](github…)" already was; it names no work of its own
    "autolinked-repo-sub-bullet-under-paper.md": [
        ("Unified rational protein engineering with sequence-based deep representation learning",
         {"doi": "10.1038/s41592-019-0598-1"}, "github.com/churchlab/UniRep"),
        ("Neural Edit Operations for Biological Sequences", {}, None),
        ("DNABERT: pre-trained Bidirectional Encoder Representations from Transformers model for DNA-language "
         "in genome", {"doi": "10.1093/bioinformatics/btab083"}, "github.com/jerryji1993/DNABERT"),
        ("BERTology Meets Biology: Interpreting Attention in Protein Language Models", {"arxiv": "2006.15222"},
         "github.com/salesforce/provis"),
    ],
    # audit17: bold-linked-title-note-with-labelled-code (kaishxu/MedNLP_paper_reading): "**[Title](…)** (EMNLP
    # 2020)" / blank / "notes …**（[代码](github…)）**": the note paragraph under a bold linked title, whose only links
    # are labelled ones, is that work's note and its code link the work's code, not an entry titled by its prose
    "bold-linked-title-note-with-labelled-code.md": [
        ("MedDialog: Large-scale Medical Dialogue Datasets", {}, "github.com/UCSD-AI4H/Medical-Dialogue-System"),
        ("Conceptualized Representation Learning for Chinese Biomedical Text Mining", {"arxiv": "2008.10813"},
         "github.com/alibaba-research/ChineseBLUE"),
        ("Semi-Supervised Variational Reasoning for Medical Dialogue Generation", {"arxiv": "2105.06071"},
         "github.com/lddsdu/VRBot"),
        ("Triage Dialogue Agents with Hyperbolic Graph Networks", {"arxiv": "2111.01234"},
         "github.com/example-lab/triage-hgn"),
    ],
    # audit17: unseparated-vancouver-byline (THOMASELOVE/ichps2018): "- Ho DE Imai K King G Stuart EA Title.
    # *Venue* 2007 15: 199-236": Vancouver names ("Surname INITIALS") with no comma between them nor a stop after
    # the last are the byline, the title starts after them (and "Surname PR Title words." is no given-name reading)
    "unseparated-vancouver-byline.md": [
        ("A comparison of weighting estimators for rare exposures: a simulation study", {}, None),
        ("Overlap weights for observational cohorts with extreme propensity scores", {}, None),
        ("Doubly robust estimation of treatment effects in registry data", {}, None),
        ("Instrumental variables for comparative effectiveness research in claims data", {}, None),
        ("Sensitivity analysis for unmeasured confounding in matched cohort studies", {}, None),
    ],
    # audit17: public-access-repository-record-links (matteocourthoud/awesome-causal-inference): a record of the
    # NSF's PAR ("par.nsf.gov/servlets/purl/N", "/biblio/N") or the DOE's OSTI ("osti.gov/biblio/N") is one funded
    # publication, a paper link; Springer's "journal/volumesAndIssues/N" lists a journal's issues, no one article
    "public-access-repository-record-links.md": [
        ("Synthetic Controls for Staggered Health Policy Adoption", {}, None),
        ("Penalized Synthetic Control Estimators for Regional Outcomes", {}, None),
        ("Causal Effects of Grid Interventions on Hospital Admissions", {}, None),
    ],
    # audit17: bold-title-comma-inside-venue-after (jianghaojun/Awesome-Autonomous-Medical-Ultrasound-System):
    # "**Title,** Nature (2020)." / "**Title,** arXiv 2024 (arXiv:…).": the separating comma written inside the
    # bold closes the title; the venue and year after it, in whatever shape, are no part of it
    "bold-title-comma-inside-venue-after.md": [
        ("Video-based AI for beat-to-beat assessment of cardiac function", {"doi": "10.1038/s41586-020-2145-8"},
         "github.com/echonet/dynamic"),
        ("USFM: A Universal Ultrasound Foundation Model Generalized to Tasks and Organs", {"arxiv": "2401.00153"},
         "github.com/openmedlab/USFM"),
        ("Deep learning for segmentation using an open large-scale dataset in 2D echocardiography",
         {"arxiv": "1908.06948"}, None),
    ],
    # audit17: heading-record-quoted-link-then-subheadings (SSinyu/Alzheimer-Prediction-Review): "## Title (2017)" /
    # "> [`paper`](…)" / "### **Dataset**" / "> - MRI": a quote holding only the record's labelled link is the
    # heading record's line of links, though sub-headings of notes follow it
    "heading-record-quoted-link-then-subheadings.md": [
        ("CNNs based multi-modality classification for AD diagnosis", {}, None),
        ("Residual and plain convolutional neural networks for 3D brain MRI classification", {"arxiv": "1701.06643"},
         None),
        ("Alzheimer’s disease diagnostics by a 3D deeply supervised adaptable convolutional network",
         {"pmid": "28930562"}, None),
    ],
    # audit17: numbered-author-lead-citations (Jingnan-Jia/Lung-lobe-segmentation): hand-numbered paragraphs whose
    # record number touches the first author ("3.Park, J., et al., [Title](…), 2019."), the authors before the
    # linked title and only the year (or the venue) after it: the link's text is the title, not the authors
    "numbered-author-lead-citations.md": [
        ("Cascaded Residual Networks for Renal Tumour Delineation in Contrast CT", {}, None),
        ("Boundary-Aware Pancreas Segmentation with Shape Priors", {}, None),
        ("Spatial Aggregation of Holistic Features for Pancreas Localisation in Abdominal CT", {"pmid": "30000001"}, None),
        ("Kidney Lesion Segmentation Using Cascaded Anisotropic Networks", {}, None),
    ],
    # audit17: zh-field-record-docs-site-labels (GuanyingLi-ai/cell-segmentation-study-pack): a heading per work
    # whose bullets are Chinese role fields; "官方站点" / "官方文档" / "文档入口" / "官方概览" (site, docs, overview)
    # are the tool's pages and "全文" (full text) the paper's, so the bullets stay one record with its code
    "zh-field-record-docs-site-labels.md": [
        ("Omnipose: a high-precision morphology-independent solution for bacterial cell segmentation",
         {"doi": "10.1038/s41592-022-01639-4"}, "github.com/kevinjohncutler/omnipose"),
        ("DeLTA: Automated cell segmentation, tracking, and lineage reconstruction using deep learning",
         {"doi": "10.1371/journal.pcbi.1007673", "pmcid": "PMC7153852"}, "github.com/vanvalenlab/delta"),
        ("A convolutional neural network segments yeast microscopy images with high accuracy",
         {"doi": "10.1038/s41467-020-19557-4"}, None),
    ],
    # audit17: tool-record-role-word-without-colon (Dzsyang/3DTracking): "- **Tool**" over field sub-bullets
    # ("  - Paper:" / "  - Code:" / "  - Using:"), one of them a role word written without its colon ("  - Paper")
    # over the linked title: still the record's field, so the paper keeps the record's code
    "tool-record-role-word-without-colon.md": [
        ("TrackMate 7: integrating state-of-the-art segmentation algorithms into tracking pipelines",
         {"doi": "10.1038/s41592-022-01507-1"}, "github.com/trackmate-sc/trackmate"),
        ("Trackastra: Transformer-based cell tracking for live-cell microscopy",
         {"arxiv": "2405.15700"}, "github.com/weigertlab/trackastra"),
        ("Omnipose: a high-precision morphology-independent solution for bacterial cell segmentation",
         {"doi": "10.1038/s41592-022-01639-4"}, "github.com/kevinjohncutler/omnipose"),
    ],
    # audit17: paper-field-sublist-several-works (Dzsyang/3DTracking): "  - Paper:" over two linked titles is a
    # record listing two works, each a paper (the record's code stays with the first, as for "[A](…) and [B](…)");
    # a DOI badge after a title link ("[Title](publisher) [![doi:…](badge)](doi.org/…)") is that title's DOI
    "paper-field-sublist-several-works.md": [
        ("SplineDist: Automated Cell Segmentation With Spline Curves", {}, "github.com/uhlmanngroup/splinedist"),
        ("Learning spline curves for instance segmentation of cells in microscopy",
         {"doi": "10.1101/2020.10.27.357640"}, None),
        ("Automated deep lineage tree analysis using a Bayesian single cell tracking approach",
         {"doi": "10.3389/fcomp.2021.734559"}, "github.com/quantumjot/btrack"),
        ("Local cellular neighbourhood controls proliferation in cell competition",
         {"doi": "10.1091/mbc.e17-06-0368"}, None),
    ],
    # audit17: a paper-summaries list: "+ Nov 2, 2017: [Title](./clinical-data/Title.md)", each title linked to the
    # reader's summary beside the README (a relative link), under a heading whose "data" names the works' domain
    "dated-titles-linked-to-local-summaries.md": [
        ("Scalable and Accurate Deep Learning with Electronic Health Records", {}, None),
        ("Predicting Hospital Readmission with Recurrent Neural Networks", {}, None),
        ("Forecasting Emergency Department Crowding Using Time Series Models", {}, None),
        ("Learning Operating Room Schedules from Surgical Case Durations", {}, None),
        ("Adam: A Method for Stochastic Optimization", {}, None),
        ("On the Convergence of Adam and Beyond", {}, None),
        ("Learning Long-Term Dependencies with Gradient Descent is Difficult", {}, None),
        ("Sequence to Sequence Learning with Neural Networks", {}, None),
        ("Neural Machine Translation by Jointly Learning to Align and Translate", {}, None),
    ],
    # audit17: bold-bracket-venue-tag-paragraph-title (hrlblab/computer_vision_spatial_omics): paragraphs
    # "**[Nature Method 2021]** Title [[paper](…)] [[code](…)]": the bold venue-and-year tag is no title (nor a
    # long journal name in it); each paragraph is an item titled by its plain text, its code link its own
    "bold-bracket-venue-tag-paragraph-title.md": [
        ("SpaGCN: Integrating gene expression, spatial location and histology to identify spatial domains",
         {"doi": "10.1038/s41592-021-01255-8"}, "github.com/jianhuupenn/SpaGCN"),
        ("A multi-view graph contrastive learning framework for deciphering spatially resolved transcriptomics data",
         {}, "github.com/tju-zl/MuCoST"),
        ("Deep clustering of spatially resolved transcriptomics with multi-view graph auto-encoders", {},
         "github.com/wenwenmin/STMVGAE"),
        ("Robust mapping of spatiotemporal trajectories and cell–cell interactions in tissues",
         {"doi": "10.1038/s41467-023-43120-6"}, "github.com/BiomedicalMachineLearning/stLearn"),
        ("High-Resolution Spatial Transcriptomics from Histology Images using HisToSGE", {"arxiv": "2407.20518"},
         "github.com/wenwenmin/HisToSGE"),
        ("ASIGN: Anatomy-aware Spatial Imputation Graphic Network for 3D Spatial Transcriptomics", {},
         "github.com/hrlblab/ASIGN"),
    ],
    # audit17: table-named-works-with-manuscript-pdf (Boom5426/Awesome-Virtual-Cell): a cell naming several works
    # "[Systema](doi…) · [SCMBench](doi…) · [PertResolve](github…/manuscript.pdf) · [Principled Evaluation](doi…)":
    # a work linked by its manuscript's PDF (no identifier) is one more named work, not a reason to read the cell
    # as the row's one work (titled by the row's label, its later works lost)
    "table-named-works-with-manuscript-pdf.md": [
        ("GEARS", {"doi": "10.1038/s41587-023-01905-6"}, None),
        ("CellFlow", {"doi": "10.1101/2025.04.11.648220"}, None),
        ("PIE", {"doi": "10.64898/2026.10.02.756297"}, None),
        ("PDGrapher", {"doi": "10.1038/s41551-025-01481-x"}, None),
        ("CellNavi", {"doi": "10.1038/s41556-025-01755-1"}, None),
        ("VCDesign", {}, None),
        ("Systema", {"doi": "10.1038/s41587-025-02777-8"}, None),
        ("SCMBench", {"doi": "10.1038/s41467-026-72570-x"}, None),
        ("PertResolve", {}, None),
        ("Principled Evaluation", {"doi": "10.64898/2026.07.23.740433"}, None),
    ],
    # audit17: bold-title-square-bracket-year (AspirinCode/papers-for-molecular-design-using-DL): "**Title** [2023]",
    # "**Title**[2022]" over a byline and a venue link: the square-bracketed year dates the work, no part of its title
    # (a bracket without a year, "[a short review]", is not taken for one)
    "bold-title-square-bracket-year.md": [
        ("Deep generative molecular design reshapes drug discovery", {"doi": "10.1016/j.xcrm.2022.100794"}, None),
        ("Generative Models Should at Least Be Able to Design Molecules That Dock Well",
         {"doi": "10.1021/acs.jcim.2c01355"}, "github.com/cieplinski-tobiasz/smina-docking-benchmark"),
        ("A Systematic Survey in Geometric Deep Learning for Structure-based Drug Design", {"arxiv": "2306.11768"},
         None),
        ("AI in 3D compound design [a short review]", {"doi": "10.1016/j.sbi.2021.102326"}, None),
    ],
    # audit17: menu-grid-table-of-anchor-links (AspirinCode/papers-for-molecular-design-using-DL): a "| Menu | Menu |"
    # grid whose every cell is only a jump to a section ("[Monte Carlo Tree Search](#monte-carlo-tree-search)") is a
    # table of contents, no works; the paper tables below it are rows as usual
    "menu-grid-table-of-anchor-links.md": [
        ("Generative Models for De Novo Drug Design", {"doi": "10.1021/acs.jmedchem.1c00927"}, None),
        ("GuacaMol: Benchmarking Models for de Novo Molecular Design", {"doi": "10.1021/acs.jcim.8b00839"},
         "github.com/BenevolentAI/guacamol"),
        ("Pocket2Mol: Efficient Molecular Sampling Based on 3D Protein Pockets", {"arxiv": "2205.07249"},
         "github.com/pengxingang/Pocket2Mol"),
        ("3D Equivariant Diffusion for Target-Aware Molecule Generation and Affinity Prediction",
         {"arxiv": "2303.03543"}, "github.com/guanjq/targetdiff"),
    ],
    # audit17: html-inline-bold-italic-marks: "- <b>Title</b>, Authors. <i>Venue</i> [[paper]](…)": inline HTML
    # bold and italic tags mark the title and the venue as ** and * do; the byline after the bold is no title
    "html-inline-bold-italic-marks.md": [
        ("Uncertainty-Guided Mutual Consistency for Left Atrium Segmentation", {"arxiv": "2103.02911"},
         "github.com/ycwu1997/UMC-Net"),
        ("Boundary-Aware Contrastive Pretraining for Prostate MRI", {"doi": "10.1016/j.media.2022.102400"}, None),
        ("Dual-Branch Pseudo Labels for Polyp Segmentation in Colonoscopy", {"arxiv": "2104.01234"},
         "github.com/skim/dbpl"),
        ("Transformer Priors for Sparse-Label Cardiac MRI Segmentation", {"arxiv": "2201.05678"}, None),
        # audit17: "<b>Title</b><br>Authors<br><i>Venue</i>": the break after the bold lead ends the title
        ("Mutual Consistency Learning for Semi-supervised Medical Image Segmentation", {"arxiv": "2109.09960"},
         "github.com/ycwu1997/MC-Net"),
        ("Shape-Constrained Diffusion Priors for Fetal Brain MRI", {"arxiv": "2302.04455"}, None),
    ],
    # audit17: author-year-label-reference-titles (jamesdiao/jamesdiao.github.io): "[Ioannidis 2005](…). Title.
    # <em>Venue</em>.": the link's text cites the work by authors and year; the sentence after it is the title;
    # an old nature.com journal page ("…/full/nsb1002-788a.html") names its issue-page DOI suffix
    "author-year-label-reference-titles.md": [
        ("ClinVar: public archive of interpretations of clinically relevant variants", {"doi": "10.1093/nar/gkv1222"}, None),
        ("Basic local alignment search tool", {}, None),
        ("Identification of common molecular subsequences", {}, None),
        ("Molecular dynamics simulations of biomolecules", {"doi": "10.1038/nsb1002-788a"}, None),
        ("Cardiologist-level arrhythmia detection with convolutional neural networks", {"arxiv": "1707.01836"}, None),
        ("The Incidentalome", {}, None),
    ],
    # audit44 (metamorphic check): numbered-names-under-one-subheading (jli0117/gan-zoo-for-EHR): "# Title" / "###
    # Code explanation" / "(1) C-RNN-GAN" / "- Paper link: …" / "- Code link: …"; a "## License" after it made the
    # sub-heading the page's tagline and each link an entry of its own (test_extract's closing-sections check)
    "numbered-names-under-one-subheading.md": [
        ("C-RNN-GAN", {"arxiv": "1611.09904"}, "github.com/olofmogren/c-rnn-gan"),
        ("RCGAN", {"arxiv": "1706.02633"}, "github.com/ratschlab/RGAN"),
        ("medGAN", {"arxiv": "1703.06490"}, "github.com/mp2893/medgan"),
    ],
    # audit44 (metamorphic check): reference-style-code-link-sibling-bullet: the labelled-code-link-sibling-bullet
    # dialect written with reference links ("- [Github: owner/repo][2]" / "[2]: https://github.com/…"): the code
    # bullet is still the cited paper's code (the source look before the rule knew only "[text](url)")
    "reference-style-code-link-sibling-bullet.md": [
        ("Thought2Text: Text Generation from EEG Signal using Large Language Models (LLMs)", {"arxiv": "2410.07507"},
         "github.com/abhijitmishra/Thought2Text"),
        ("EEG-GPT: Exploring Capabilities of Large Language Models for EEG Classification and Interpretation",
         {"arxiv": "2401.18006"}, "github.com/example-lab/eeg-gpt"),
        ("ViT2EEG: Leveraging Hybrid Pretrained Vision Transformers for EEG Data", {"arxiv": "2308.00454"}, None),
    ],
    # audit44 (metamorphic check): tool-item-citation-subbullet-loose: tool-item-with-one-citation-subbullet with a
    # blank line between each item and its sub-bullet (a loose list is the same list): the repository is still the
    # cited paper's code
    "tool-item-citation-subbullet-loose.md": [
        ("LoopCluster: Robust Single-Cell Hi-C Clustering by Random Walks", {"doi": "10.1101/512345"},
         "github.com/loopcluster/LoopCluster"),
        ("scHiKit: A Toolbox for Single-Cell Hi-C Embedding", {"doi": "10.1101/771234"}, "github.com/hikit-lab/scHiKit"),
    ],
    # audit46 (metamorphic check): table-rows-without-outer-pipes-extra-cells: GFM rows written without their outer
    # pipes ("Title | Description | Venue | https://…") under a shorter header: the cells beyond the header, which
    # GFM drops, are read again also when the row has no closing pipe (its DOI was lost)
    "table-rows-without-outer-pipes-extra-cells.md": [
        ("Automatic segmentation of the left ventricle in echocardiographic images using convolutional neural "
         "networks", {"arxiv": "2011.01234"}, None),
        ("EchoNet-Dynamic: video-based deep learning for cardiac function", {"doi": "10.1038/s41586-020-2145-8"}, None),
        ("Deep learning for ejection fraction estimation from echocardiography", {"doi": "10.1016/j.media.2021.102111"},
         None),
    ],
    # audit44: homepage-career-sections (FengheTan9/FengheTan9.github.io): "# 🏅 Honors and Awards" / "- **National
    # Scholarship for Postgraduates**, Chinese Ministry of Education, *2025*", "# 💬 Professional Services" / "- Neural
    # Information Processing Systems (*NeurIPS*), 2026": prizes and journals reviewed read as bylines with a venue and
    # a year, yet a personal page's career sections hold no references (the publications above them stay papers)
    "homepage-career-sections.md": [
        ("HySparK: Hybrid Sparse Masking for Large Scale Medical Image Pre-Training", {"arxiv": "2408.05815"},
         "github.com/FengheTan9/HySparK"),
        ("Gradient-aligned fusion for multi-site MRI harmonisation", {"arxiv": "2501.01234"}, None),
        ("Federated anatomy priors for CT segmentation", {"doi": "10.1109/tmi.2024.3300001"}, None),
    ],
    # audit44: spaced-badge-image-lead (FengheTan9/FengheTan9.github.io, heqin-zhu/heqin-zhu.github.io):
    # "![citations](https://img.shields.io/badge/Medical Image Analysis-2026-white) [Title](…)": a venue badge whose
    # destination holds spaces is text to CommonMark; it is blanked as the image it is, not read as the title
    "spaced-badge-image-lead.md": [
        ("Hi-End-MAE: Hierarchical encoder-driven masked autoencoders are stronger vision learners for medical image "
         "segmentation", {}, "github.com/FengheTan9/Hi-End-MAE"),
        ("HySparK: Hybrid Sparse Masking for Large Scale Medical Image Pre-Training", {"arxiv": "2408.05815"},
         "github.com/FengheTan9/HySparK"),
        ("Deep generalizable prediction of RNA secondary structure via base pair motif energy",
         {"doi": "10.1038/s41467-025-60048-1"}, "github.com/heqin-zhu/BPfold"),
        ("Mobile U-ViT: Revisiting large kernel and U-shaped ViT for efficient medical image segmentation",
         {"arxiv": "2508.01064"}, "github.com/FengheTan9/Mobile-U-ViT"),
    ],
    # audit44: caption-line-over-linked-titles (saurabhg476/biomedical-relation-extraction-progress): "Important
    # Papers:" on a line of its own, then "[Title](arxiv…)": the caption names the papers that follow, each linked
    # title an item of its own, not one more link of the paragraph record before it
    "caption-line-over-linked-titles.md": [
        ("Overview of the BioCreative VI chemical-protein interaction Track", {}, None),
        ("Chemical-protein relation extraction with ensembles of SVM, CNN, and RNN models", {"arxiv": "1802.01255"}, None),
        ("Chemical-gene relation extraction using recursive neural network", {"doi": "10.1093/database/bay060"}, None),
        ("Drug-drug interaction extraction via hierarchical RNNs on sequence and shortest dependency paths",
         {"doi": "10.1093/bioinformatics/btx659"}, None),
        ("A neural network approach to drug-drug interaction extraction", {"arxiv": "1701.00001"},
         "github.com/example/ddi-nn"),
    ],
    # audit17: dated-paper-label-with-repository-line (BaoBao0926/Paper_reading): reading notes in <details> give each
    # paper as "The Paper, published in 2024.2.5: [Title](arxiv…)" (a paper label qualified by its date, too long
    # for a field label, so the line read as prose) then "The official repository: [here](github…)" (its code)
    "dated-paper-label-with-repository-line.md": [
        ("Swin-UMamba: Mamba-based UNet with ImageNet-based pretraining", {"arxiv": "2402.03302"},
         "github.com/JiarunLiu/Swin-UMamba"),
        ("LightM-UNet: Mamba Assists in Lightweight UNet for Medical Image Segmentation", {"arxiv": "2403.05246"}, None),
        ("UltraLight VM-UNet: Parallel Vision Mamba Significantly Reduces Parameters for Skin Lesion Segmentation",
         {"arxiv": "2403.20035"}, "github.com/wurenkai/UltraLight-VM-UNet"),
    ],
    # audit17: identifier-tag-before-title (Madhavaprasath23/Awesome-Mamba-Papers-On-Medical-Domain): each line opens
    # with the work's identifier in brackets, "(arXiv:2111.00396) Title - [[Paper]](…) [[Code]](…)", as others open
    # with "(NIPS 2017)"; the tag is the record's identifier, no part of the title
    "identifier-tag-before-title.md": [
        ("Efficiently Modeling Long Sequences with Structured State Spaces (S4)", {"arxiv": "2111.00396"},
         "github.com/state-spaces/s4"),
        ("Mamba: Linear-Time Sequence Modeling with Selective State Spaces", {"arxiv": "2312.00752"},
         "github.com/state-spaces/mamba"),
        ("On the Parameterization and Initialization of Diagonal State Space Models (S4D)", {}, None),
        ("P-Mamba: Marrying Perona Malik Diffusion with Mamba for Efficient Pediatric Echocardiographic Left "
         "Ventricular Segmentation", {"arxiv": "2402.08506"}, None),
        ("U-Mamba: Enhancing Long-range Dependency for Biomedical Image Segmentation", {"arxiv": "2401.04722"},
         "github.com/bowang-lab/U-Mamba"),
        ("Integrating Mamba Sequence Model and Hierarchical Upsampling Network for Accurate Semantic Segmentation "
         "of Multiple Sclerosis Legion", {"arxiv": "2403.17432"}, None),
    ],
    # audit46: reading notes written URL first, one a line ("https://arxiv.org/abs/… : Title", "https://… - Title"),
    # in one paragraph or one paragraph each: every line is a work named after its separator; a URL alone on a
    # line among them is an entry of its own, not the code of the line before; a code link in brackets after the
    # name is that work's code
    "url-led-notes-lines.md": [
        ("An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale", {"arxiv": "2010.11929"}, None),
        ("Training data-efficient image transformers & distillation through attention", {"arxiv": "2012.12877"},
         None),
        ("Adaptive transfer learning for EEG motor imagery classification with deep Convolutional Neural Network",
         {}, "github.com/zhangks98/eeg-adapt"),
        ("Alljoined -- A dataset for EEG-to-Image decoding", {"arxiv": "2404.05553"}, None),
        ("EEG Conformer: Convolutional Transformer for EEG Decoding and Visualization", {}, None),
        ("Transfer Learning for EEG-Based Brain-Computer Interfaces: A Review of Progress Made Since 2016",
         {"pmcid": "PMC7664219"}, None),
        ("A review of deep learning methods for EEG-based motor imagery classification",
         {"doi": "10.1007/s00521-021-06352-5"}, None),
        # (review guard: under a heading that names the work, a repository's line "https://github.com/… - official
        # code release" is that work's code, not an entry of its own)
        ("Swin-Unet", {"arxiv": "2105.05537"}, "github.com/HuCaoFighting/Swin-Unet"),
    ],
    # audit46: a group named as the sole author of a reference ("wwPDB Consortium. Title. Journal …", "The ENCODE
    # Project Consortium. …", "The Cancer Genome Atlas Research Network. …") is its author block, not its title
    "group-author-reference.md": [
        ("Highly accurate protein structure prediction with AlphaFold", {}, None),
        ("Protein Data Bank: the single global archive for 3D macromolecular structure data", {}, None),
        ("An integrated encyclopedia of DNA elements in the human genome", {}, None),
        ("Comprehensive molecular profiling of lung adenocarcinoma", {}, None),
        ("Clustering huge protein sequence sets in linear time", {}, None),
    ],
    # audit48: a reference list indented four spaces right under a heading (an indented code block to CommonMark)
    "indented-reference-list-under-heading.md": [
        ("Accurate brain age prediction with lightweight deep neural networks", {"doi": "10.1016/j.media.2020.101871"},
         "github.com/ha-ha-ha-han/ukbiobank_deep_pretrain"),
        ("Machine learning for brain age prediction: Introduction to methods and clinical applications",
         {"pmid": "34614461"}, None),
    ],
    # audit17: homepage-people-sections (dirtycomputer/dirtycomputer.github.io _pages/about.md): "# 👨🏻‍🎓
    # Collaborators" / "- Hongming Dai (National University of Singapore)", "# 👨🏻‍💻 Undergraduate Research
    # Assistants" / "- Zihao Fu (Beihang University -> Tsinghua University)": a personal page's people, named with
    # their affiliation, are no link-less references however many of them there are
    "homepage-people-sections.md": [
        ("LeFusion: Controllable Pathology Synthesis via Lesion-Focused Diffusion Models", {"arxiv": "2403.14066"}, None),
        ("Leveraging Frequency Domain Learning in 3D Vessel Segmentation", {"arxiv": "2401.06224"}, None),
    ],
    # audit17: homepage-reviewer-venue-pages (dirtycomputer/dirtycomputer.github.io): "- *2025.03* [NeurIPS 2025]
    # (https://neurips.cc/Conferences/2025) reviewer", "[AAAI 2025](https://aaai.org/conference/aaai/aaai-25/)": a
    # conference's page for one of its editions names the venue, no paper published there; "He delivered a [keynote
    # speech](…/Program-1208.pdf)" links a talk's programme, a PDF but no article
    "homepage-reviewer-venue-pages.md": [
        ("BlackDAN: A Black-Box Multi-Objective Approach for Effective and Contextual Jailbreaking of Large Language "
         "Models", {"arxiv": "2410.09804"}, None),
        ("Leveraging Frequency Domain Learning in 3D Vessel Segmentation", {"arxiv": "2401.06224"}, None),
    ],
    # audit17: paper-box-linked-byline (dirtycomputer/dirtycomputer.github.io): an AcadHomepage paper box's byline
    # paragraph whose co-authors link their pages ("Hantao Zhang, Yuhe Liu, [Jiancheng Yang](https://jiancheng-
    # yang.com/), …, [Pascal Fua](scholar.google.com/citations?user=…)", "[Hantao Zhang](openreview.net/profile?id=
    # ~…)") names people, it is no work of its own
    # audit17: news-date-emoji-lead-link (dirtycomputer/dirtycomputer.github.io): "- *2024.06*: &nbsp;🎉🎉
    # [O2M_attack](https://arxiv.org/abs/…) github repo released <a href='https://github.com/…'>…": an AcadHomepage
    # news line's date and emoji are no title; the linked name is the work's
    "news-date-emoji-lead-link.md": [
        ("DiffAtlas", {"arxiv": "2503.06748"}, "github.com/example-lab/DiffAtlas"),
        ("O2M_attack", {"arxiv": "2405.20775"}, None),
        ("LightM-UNet", {"arxiv": "2403.05246"}, "github.com/mrblankness/lightm-unet"),
        ("BiPFT", {"arxiv": "2312.08937"}, "github.com/Xingrun-Xing/BiPFT"),
    ],
    # audit17: news-bold-date-colon-pointer-link (yanliang3612/Awesome-MLLMs-for-Science): "- **2026-02-27:**  Our
    # preprint is available online at [Preprints.org](https://preprints.org/) ! Check [here](…/manuscript/…)": a news
    # line's date stamp, then a sentence whose only paper link is a bare pointer ("here"), announces a work; it is no
    # reference (the survey table and numbered records below are)
    "news-bold-date-colon-pointer-link.md": [
        ("A Survey on Multimodal Large Language Models", {"arxiv": "2306.13549"},
         "github.com/BradyFU/Awesome-Multimodal-Large-Language-Models"),
        ("Large language models in medicine", {"doi": "10.1038/s41591-023-02448-8"}, None),
        ("ChemBERTa: Large-scale self-supervised learning for molecular property prediction", {"arxiv": "2010.09885"},
         None),
    ],
    # audit17: paper-box-citation-badge-heading (shinning0821/shinning0821.github.io _pages/about.md): each box's
    # "[Title](sciencedirect…|proceedings.mlr.press…)" / "Authors" / "# <strong><span class='show_paper_citations'
    # …></span></strong>" / "- point": the citation badge is an H1 with no words, no section; the next box's title and
    # byline, and the first box's right under "# 📝 Selected Publications", are works, not a section's intro prose
    "paper-box-citation-badge-heading.md": [
        ("Evidence-grounded agents for explainable multi-modal medical diagnosis", {"arxiv": "2503.18968"}, None),
        ("Medical sam adapter: Adapting segment anything model for medical image segmentation", {}, None),
        ("Boundary-aware Contrastive Learning for Semi-supervised Nuclei Instance Segmentation", {}, None),
    ],
    # audit17: paper-box-bold-title-under-review (JiayiChen815/JiayiChen815.github.io _pages/about.md): "**Title**" /
    # "<i> Under review, 2026 </i>" / "Authors<sup>*</sup>, **Owner**, …" in a paper box with no link yet: the bold
    # title over its byline is a work, as its linked siblings ("[[PDF](…)] [[Code](…)]") are
    "paper-box-bold-title-under-review.md": [
        ("Neural Collapse-Aligned Representation Learning for Federated Vision-Language Models", {}, None),
        ("Longitudinal Difference Attention for New Multiple Sclerosis Lesion Segmentation", {}, None),
        ("FedEvi: Improving Federated Medical Image Segmentation via Evidential Weight Aggregation", {},
         "github.com/JiayiChen815/FedEvi"),
    ],
    # audit17: paper-box-title-div (yuhos16/yuhos16.github.io _pages/includes/pub.md): an AcadHomepage paper box
    # written as one element a line ("<div class=\"paper-date\">2025.06</div>" / "<div class=\"paper-title\">Title
    # </div>" / "<div class=\"paper-links\">" / "<a class=\"paper-link-button\" href=…>PDF</a>" / "</div>" / byline)
    # after the blank line under the box's markdown="1" tag: the title element's text is the work, its links its own
    # audit17: reading-log-paper-column-project-pages (variint/variint.github.io reading_list.md): a "| Paper |
    # reference | status | learned |" reading log of link-less paper titles, two of them linked to the work's project
    # page: the project-page rows do not make the table a course's or a tool list's, its link-less rows are papers
    "reading-log-paper-column-project-pages.md": [
        ("Surgical Phase Anticipation with Temporal Graph Transformers", {}, None),
        ("Self-Supervised Pretraining for Endoscopic Video Understanding", {}, None),
        ("Uncertainty Estimation for Retinal Layer Segmentation in OCT", {}, None),
        ("Counterfactual Explanations for Dermatology Classifiers", {}, None),
    ],
    # audit17: bold-title-journal-comma-year (bwright000/TF-Cholec80 readme.md): "**Title (IEEE Transactions on
    # Medical Imaging, 2016)**" over its authors and an arXiv badge: the bracket naming the journal, a comma and the
    # year is the venue, not part of the title, as "(IPCAI 2019)" is
    "bold-title-journal-comma-year.md": [
        ("EndoVid: A Deep Architecture for Tool Presence Detection in Endoscopic Videos", {"arxiv": "1703.01234"}, None),
        ("Teacher-student learning for surgical phase recognition from few annotations", {"arxiv": "2001.04321"}, None),
    ],
    "paper-box-title-div.md": [
        ("DermaFlow: Flow Matching for Dermoscopic Lesion Segmentation", {"arxiv": "2506.01234"},
         "github.com/example-lab/DermaFlow"),
        ("Retinal Vessel Graphs for Glaucoma Progression Forecasting", {"doi": "10.1109/tmi.2024.1234567"}, None),
    ],
    "paper-box-linked-byline.md": [
        ("DiffAtlas: GenAI-fying Atlas Segmentation via Image-Mask Diffusion", {"arxiv": "2503.06748"}, None),
        ("Medical MLLM is Vulnerable: Cross-Modality Jailbreak and Mismatched Attacks on Medical Multimodal Large "
         "Language Models", {"arxiv": "2405.20775"}, None),
        ("BiPFT: Binary Pre-trained Foundation Transformer with Low-rank Estimation of Binarization Residual "
         "Polynomials", {"arxiv": "2312.08937"}, None),
    ],
    # audit17: "**Title** \\" / "*Authors* \\" / "AAAI 2024. [[Paper]()][[Github]()]": a bold-title record whose
    # link slots were left empty is a record of its own, not more lines of the record before it
    # audit17: "[[Code (official version)](github…/a)] [[PyTorch implementation](github…/b)]": the link marked official
    # is the paper's code; the other code link, not so marked, is a port
    "official-code-beside-port-link.md": [
        ("Fragment Grammar Models for Lead Optimization", {"arxiv": "2004.05678"}, "github.com/rivera-lab/fraggram"),
        ("Scaffold-Constrained Molecule Generation with Graph Flows", {"doi": "10.1021/acs.jcim.9b00999"},
         "github.com/okafor/scaffoldflow"),
        ("Reinforcement Learning for Molecular Docking Scores", {"arxiv": "1806.09876"}, "github.com/brandt/rldock"),
    ],
    "bold-title-empty-link-records.md": [
        ("Lattice Message Passing for Periodic Solids", {"arxiv": "2310.01234"}, "github.com/aruiz/latmp"),
        ("Pretraining Crystal Encoders with Denoising Objectives", {}, None),
        ("Spectral Transformers for Phonon Band Prediction", {}, None),
        ("Charge-Aware Graph Networks for Battery Cathodes", {}, None),
        # (review guard: a bold title that is itself the empty link, over its authors and journal, is a reference)
        ("Building Individual Player Performance Profiles According to Pre-Game Expectations", {}, None),
        ("Building RadiologyNET: an unsupervised approach to annotating a large-scale multimodal medical database",
         {"doi": "10.1186/s13040-024-00373-1"}, None),
    ],
    # audit17: "1. **Title** (2021)" / "   - byline" / "   - *Venue*, IF" / "   - a note" / "   - [Paper](…) | [Code](…)",
    # and "* Title" / "    - https://…" / "    - See also …": the one links-only sub-bullet under a link-less title gives
    # that title its links, the link-less lines beside it are notes; a HighWire article page
    # ("plantphysiol.org/content/181/4/1409") is a paper's page
    "title-over-notes-and-link-line.md": [
        ("Deep Learning Approaches for Genomic Prediction in Wheat Breeding", {"doi": "10.1007/s00122-021-03888-2"},
         None),
        ("Root Architecture Phenotyping with Transformers", {"arxiv": "2305.01234"}, "github.com/lindqvist/rootformer"),
        ("Predicting soil microbial community assembly from metagenomes", {"doi": "10.1101/2022.03.14.484321"}, None),
        ("Ten years of a multi-parent maize mapping population", {}, None),
        # (an outline under a person: the sub-bullet "paper" groups works, its titles no notes on "person 1")
        ("Dynamic Knowledge Graph based Multi-Event Forecasting", {"doi": "10.1145/3394486.3403209"}, None),
    ],
    # audit17: a Jekyll page's front matter, then records parted by "---" rules: only the leading "---" block is
    # YAML (pulldown-cmark reads every "---" … "---" stretch as one, dropping every other record)
    "front-matter-then-rule-separated-records.md": [
        ("Polygenic scores across ancestries in a multi-ethnic biobank", {"doi": "10.1038/s41588-024-01234-5"}, None),
        ("Fine-mapping expression QTLs with single-cell resolution", {"arxiv": "2402.01234"}, None),
        ("Somatic mutational signatures in never-smoker lung cancer", {"doi": "10.1038/s41467-025-01111-2"}, None),
        ("Causal inference with Mendelian randomization under pleiotropy", {"doi": "10.1093/ije/dyae012"}, None),
    ],
    # audit17: "**Paper 5** Authors, 2007. Title. Journal, 23(13). <https://doi.org/…>": the bold label numbers the
    # record; the pasted reference after it names the work
    "bold-numbered-paper-label-plain-reference.md": [
        ("Emu: species-level microbial community profiling of full-length 16S rRNA Oxford Nanopore sequencing data",
         {"doi": "10.1038/s41592-022-01520-4"}, None),
        ("MMseqs software suite for fast and deep clustering and searching of large protein sequence sets",
         {"doi": "10.1093/bioinformatics/btw006"}, None),
        ("Automatic genome-wide reconstruction of phylogenetic gene trees", {"doi": "10.1093/bioinformatics/btm193"},
         None),
        ("Comparative host-coronavirus protein interaction networks reveal pan-viral disease mechanisms",
         {"doi": "10.1126/science.abe9403"}, None),
    ],
    # audit17: "Author A. Name & Author B. Name (2018) [Title](pdf), *Journal* …" and "Full Name and Full Name
    # [Title](pdf), 2014.": a course bibliography's authors (full names, a parenthesised year or none) lead the
    # linked title; the link's text is the title, not the names
    "author-names-before-linked-title-course-bibliography.md": [
        ("Data Organization in Spreadsheets", {"doi": "10.1080/00031305.2017.1375989"}, None),
        ("Using Big Data to Emulate a Target Trial When a Randomized Trial Is Not Available",
         {"doi": "10.1093/aje/kwv254"}, None),
        ("Towards better clinical prediction models: seven steps for development and an ABCD for validation", {},
         None),
        ("Transparent reporting of a multivariable prediction model for individual prognosis or diagnosis", {}, None),
    ],
    # audit17: "  - Drug Discovery" / blank / "    [Title](arxiv…)" / blank / "    [Title](…)": a loose item naming a group,
    # then one linked title a paragraph: each paragraph is a work of its own, not an extra link of the first
    "group-bullet-over-link-paragraphs.md": [
        ("Retrieval-based controllable molecule generation", {"arxiv": "2208.11126"}, None),
        ("Prompt-based 3d molecular diffusion models for structure-based drug design", {}, None),
        ("GeneGPT: Augmenting large language models with domain tools for improved access to biomedical information",
         {"pmcid": "PMC10153281"}, None),
        ("Retrieval-augmented large language models for adolescent idiopathic scoliosis patients in shared "
         "decision-making", {"doi": "10.1145/3584371.3612956"}, None),
        ("RAGAS: Automated Evaluation of Retrieval Augmented Generation", {"arxiv": "2309.15217"}, None),
    ],
    # audit17: a bare-title list's "UL2: Unifying Language Learning Paradigms" (its name spelled by its subtitle's
    # first words) is a paper as the bare titles around it are, not a legend's acronym gloss
    "acronym-led-titles-among-bare-title-bullets.md": [
        ("UL2: Unifying Language Learning Paradigms", {}, None),
        ("Learning to Grow Pretrained Models for Efficient Transformer Training", {}, None),
        ("Efficient Large Scale Language Modeling with Mixtures of Experts", {}, None),
        ("GLM-130B: An Open Bilingual Pre-trained Model", {}, None),
        ("When FLUE Meets FLANG: Benchmarks and Large Pretrained Language Model for Financial Domain", {}, None),
        ("RAG: Retrieval-Augmented Generation for Knowledge-Intensive NLP Tasks", {}, None),
        ("Promptagator: Few-shot Dense Retrieval From 8 Examples", {}, None),
        ("Recitation-Augmented Language Models", {}, None),
        ("Generate rather than Retrieve: Large Language Models are Strong Context Generators", {}, None),
        ("Task-aware Retrieval with Instructions", {}, None),
        ("Large Dual Encoders Are Generalizable Retrievers", {}, None),
        ("Questions Are All You Need to Train a Dense Passage Retriever", {}, None),
    ],
    # audit17: an arXiv address whose version is its own path segment ("arxiv.org/abs/2401.14656/v2") names the id
    "arxiv-version-path-segment.md": [
        ("MEDITRON-70B: Scaling Medical Pretraining for Large Language Models", {"arxiv": "2311.16079"},
         "github.com/epfLLM/meditron"),
        ("PMC-LLaMA: Towards Building Open-source Language Models for Medicine", {"arxiv": "2304.14454"},
         "github.com/chaoyi-wu/PMC-LLaMA"),
        ("ChatDoctor: A Medical Chat Model Fine-Tuned on LLaMA Using Medical Domain Knowledge", {"arxiv": "2303.14070"},
         None),
    ],
    # audit52: "#### Title" over "- **Label**: value" bullets, one note a sentence mentioning another method by a
    # short link ("(combined with [Seq-NMS](arxiv…))"): a note mentioning a work, not a reason to split the record
    # (its title had become "Arxiv", its code a repository of its own, the mention a paper titled by the note)
    "heading-record-note-mentions-other-work.md": [
        ("Flow-Guided Feature Aggregation for Video Object Detection", {"arxiv": "1703.10025"},
         "github.com/msracver/Flow-Guided-Feature-Aggregation"),
        ("Object Detection in Video with Spatiotemporal Sampling Networks", {"arxiv": "1803.05549"}, None),
        ("Detect to Track and Track to Detect", {"arxiv": "1710.03958"}, "github.com/feichtenhofer/Detect-Track"),
    ],
    # audit52: a conference's paper list as tasks: "- [ ] Title" over "Name · Name · Name" (OpenReview's byline, a
    # lazy continuation line): the names are the authors, no words of the title; a two-word title so bylined is a paper
    "task-title-over-middot-byline.md": [
        ("Privacy Auditing with One (1) Training Run", {}, None),
        ("Scaling Data-Constrained Language Models", {}, None),
        ("Characteristic Circuits", {}, None),
        ("Rotating Features for Object Discovery", {}, None),
    ],
    # audit52: italic sub-bullets under a paper linking its article ("  - *OpenAI*", "  - *Text-driven point cloud
    # object editing*") note on it; they were link-less "other" entries of their own
    "italic-notes-under-linked-paper.md": [
        ("Point-E: A System for Generating 3D Point Clouds from Complex Prompts", {"arxiv": "2212.08751"}, None),
        ("Neural Fields in Computer Graphics", {"arxiv": "2111.11426"}, None),
    ],
    # audit51: a README written in HTML: "<h3>物体検出</h3>" / "<a href='…'>Title</a>: note<br>" lines with no blank
    # line between them are one HTML block to CommonMark (no entry, no topic); read as the Markdown it renders
    # like. The maintainers' names in the centred <p> under the banner stay no entries
    "html-page-line-records.md": [
        ("End-to-End Object Detection with Transformers", {"arxiv": "2005.12872"}, "github.com/facebookresearch/detr"),
        ("U-Net: Convolutional Networks for Biomedical Image Segmentation", {"arxiv": "1505.04597"}, None),
        ("YOLOv4: Optimal Speed and Accuracy of Object Detection", {"arxiv": "2004.10934"}, None),
        ("A reference map of the human binary protein interactome", {"doi": "10.1038/s41586-020-2188-x"},
         "github.com/CCSB-DFCI/HuRI_paper"),
    ],    # audit17: a title-first citation with a BibTeX author field pasted after it, "Title, Surname, Given and
    # Surname, Given, 2017" (uclanlp/awesome-fairness-papers): the linkless items are references too, titled
    # before the first "Surname, Given"; a comma-separated list of names of things with a year stays no paper
    "title-first-bibtex-and-byline.md": [
        ("The Social Impact of Natural Language Processing", {}, None),
        ("The problem with bias: Allocative versus representational harms in machine learning", {}, None),
        ("Re-imagining Algorithmic Fairness in India and Beyond", {"arxiv": "2101.09995"}, None),
        ("Counterfactual fairness", {}, None),
        ("Fairness and abstraction in sociotechnical systems", {}, None),
        ("Datasheets for datasets", {"arxiv": "1803.09010"}, None),
        ("Semantics derived automatically from language corpora contain human-like biases", {}, None),
    ],
    # audit17: "  - A, B, et al.  IEEE Transactions on … ( Early Access ). 08/2023.": a byline sub-bullet whose venue
    # carries a parenthesised qualifier is the linked title's byline, not a work of its own
    "author-sub-bullet-venue-qualifier.md": [
        ("Sample Efficient Offline-to-Online Reinforcement Learning", {}, None),
        ("Adaptive Policy Transfer for Offline-to-Online Control", {"arxiv": "2401.01234"}, None),
        ("Conservative Fine-Tuning of Offline Agents", {"arxiv": "2312.04567"}, None),
        ("Uncertainty-Guided Exploration after Offline Pretraining", {"arxiv": "2310.07654"}, None),
    ],
    # audit17: "+ ET-SEED: Efficient Trajectory-Level SE(3) Equivariant Diffusion Policy": a bare title whose subtitle
    # spells its acronym and goes on is a paper, not a legend line ("RBM: Restricted Boltzmann Machine")
    "acronym-spelling-title-bare-bullet.md": [
        ("Vision-Language-Affordance-based Robot Manipulation with Flow Matching", {"arxiv": "2409.01083"},
         "github.com/HRI-EU/flow-matching-policy"),
        ("Flow Matching Imitation Learning for Multi-Support Manipulation", {}, None),
        ("Learning Robotic Manipulation Policies from Point Clouds with Conditional Flow Matching", {}, None),
        ("Fast and Robust Visuomotor Riemannian Flow Matching Policy", {}, None),
        ("MaIL: Improving Imitation Learning with Mamba", {}, None),
        ("Mamba Policy: Towards Efficient 3D Diffusion Policy with Hybrid Selective State Models", {}, None),
        ("EquiBot: SIM (3)-Equivariant Diffusion Policy for Generalizable and Data Efficient Learning",
         {"arxiv": "2407.01479"}, "github.com/yjy0625/equibot"),
        ("Diffusion-EDFs: Bi-equivariant Denoising Generative Modeling on SE(3) for Visual Robotic Manipulation", {},
         None),
        ("ET-SEED: Efficient Trajectory-Level SE(3) Equivariant Diffusion Policy", {}, None),
        ("XSkill: Cross Embodiment Skill Discovery", {"arxiv": "2307.09955"}, "github.com/real-stanford/xskill"),
        ("SPOT: Scalable Policy Optimization Transformer for Manipulation", {}, None),
        ("Learning Dexterous Grasping from Human Videos with Retargeted Hand Poses", {}, None),
    ],
    # audit17: "| Paradigm | Representative citation | … | World-model boundary |": the column headed "citation" cites
    # each row's work (its title), as "Reference" does; the first column only sorts the rows
    "representative-citation-column-table.md": [
        ("A Survey of Motion Planning and Control Techniques for Self-Driving Urban Vehicles",
         {"doi": "10.1109/tiv.2016.2578706"}, None),
        ("Occupancy Forecasting for Urban Driving Scenes", {"arxiv": "2403.11111"}, None),
        ("Latent Imagination Planning for Autonomous Vehicles", {"arxiv": "2405.22222"}, None),
    ],
    # audit17: a reading group's schedule, "Date | Presenter | Paper", its dates padded with tabs and each paper
    # cited by its authors' byline: the byline titles the row, never the day it was read
    "reading-group-date-first-author-byline-table.md": [
        ("Okafor and Lindqvist", {"arxiv": "2006.11239"}, None),
        ("Hartmann et al.", {"arxiv": "1912.04958"}, None),
        ("Hartmann et al.", {"arxiv": "1912.04958"}, None),
        ("Suzuki, Park, and Moreau", {"doi": "10.1093/biostatistics/kxaa012"}, None),
    ],
    # audit17: a model table's "Code & Weights" column: its link is the row's code even off GitHub (a Hugging
    # Face organisation, a lab's GitLab); "weights" beside "code" in a column label no longer unmakes the label
    "code-and-weights-column-off-forge.md": [
        ("TerraMAE: Masked Autoencoders for Multi-Spectral Satellite Imagery", {"arxiv": "2310.11111"},
         "huggingface.co/terra-lab"),
        ("Self-Supervised Spatio-Temporal Pretraining for SAR Image Time Series", {},
         "gitlab.example-lab.fr/jdoe/sar_pretrain"),
        ("GeoPT: Pretraining Transformers on Geospatial Rasters", {"arxiv": "2303.22222"}, "github.com/geo-lab/GeoPT"),
        ("Water Body Segmentation with a Spectral Foundation Model", {"arxiv": "2405.33333"}, None),
    ],
    # audit17: a survey's table cell of works named by short names, a work's own code in parentheses or after a
    # "·" right behind its link: "[SecAgg-LoRA](arxiv A); [FedShield](arxiv B) ([code](github…))" lists two works,
    # each titled by its name, and the code is FedShield's, not the row's first work's
    "table-cell-named-works-with-own-code.md": [
        ("LeakProbe", {"arxiv": "2501.10001"}, None),
        ("GradInvert-Text", {"arxiv": "2501.10002"}, None),
        ("SecAgg-LoRA", {"arxiv": "2501.10003"}, None),
        ("FedShield", {"arxiv": "2501.10004"}, "github.com/example-lab/fedshield"),
        ("SparseSync", {"arxiv": "2501.10005"}, "github.com/example-lab/sparsesync"),
        ("ZeroComm", {"arxiv": "2501.10006"}, None),
        ("FedClinBench", {"arxiv": "2501.10007"}, "github.com/example-lab/fedclinbench"),
        ("PromptFed", {"arxiv": "2501.10008"}, "github.com/example-lab/promptfed"),
        ("CoPrompt-FL", {"arxiv": "2501.10009"}, None),
    ],
    # audit17: paren-venue-year-trailing-apostrophe (wenhao728/awesome-diffusion-v2v): "- (ECCV 24') **Name**: Title,
    # *Authors*": the apostrophe misplaced after the two-digit year still closes a venue-and-year tag, not the title
    "paren-venue-year-trailing-apostrophe.md": [
        ("Flicker-Free: Temporal Adapters for Zero-Shot Video Editing", {"arxiv": "2403.01234"},
         "github.com/example/flicker-free"),
        ("Motion Priors for Video Inpainting", {"arxiv": "2312.04321"}, None),
        ("GridEdit: Consistent Video Editing with Token Grids", {"arxiv": "2401.05555"}, None),
        ("Movie Reel: A Cast of Video Models", {"arxiv": "2410.07777"}, "github.com/example/reelbench"),
    ],
    # audit17: bibtex-dblp-corr-volume-arxiv (wenhao728/awesome-diffusion-v2v): a DBLP BibTeX record of the list's
    # survey, "journal = {CoRR}, volume = {abs/2407.07111}": the volume is the preprint's arXiv id
    "bibtex-dblp-corr-volume-arxiv.md": [
        ("Diffusion-Based Video Editing: A Survey", {"arxiv": "2407.01111"}, None),
        ("Temporal Adapters for Zero-Shot Video Editing", {"arxiv": "2403.01234"}, None),
        ("Motion Priors for Video Inpainting", {"arxiv": "2312.04321"}, None),
    ],
    # audit17: short-acronym-names-linked-to-reader-notes (sallamander/paper-notes): "[Fast R-CNN](./2015/april/
    # fast_rcnn.md)" among "[Faster R-CNN: Towards …](./….md)": a two-word name whose only link is the reader's note on
    # it is a paper's short title, as its noted siblings are
    "short-acronym-names-linked-to-reader-notes.md": [
        ("Rich feature hierarchies for accurate object detection and semantic segmentation", {}, None),
        ("Fast R-CNN", {}, None),
        ("Faster R-CNN: Towards Real-Time Object Detection with Region Proposal Networks", {}, None),
        ("You Only Look Once: Unified, Real-Time Object Detection", {}, None),
        ("Mask R-CNN", {}, None),
        ("Focal Loss for Dense Object Detection", {}, None),
        ("Fully Convolutional Networks for Semantic Segmentation", {}, None),
        ("U-Net: Convolutional Networks for Biomedical Image Segmentation", {}, None),
        ("SegNet", {}, None),
        ("V-Net: Fully Convolutional Neural Networks for Volumetric Medical Image Segmentation", {}, None),
        ("Attention U-Net: Learning Where to Look for the Pancreas", {}, None),
    ],
    # audit17: opening-h1-linked-survey-title-h1-parts (ChenHsing/Awesome-Video-Diffusion-Models): "# [Survey](arxiv…)
    # [![badge]…]" opens a page whose parts are H1s too ("# Video Generation"): the linked survey is a paper
    "opening-h1-linked-survey-title-h1-parts.md": [
        ("A Survey on Diffusion Models for Video", {"arxiv": "2310.01234"}, None),
        ("FrameText: A Large-Scale Caption Dataset for Video Generation", {"arxiv": "2303.12345"}, None),
        ("Learning to Generate Time-Lapse Clips with Staged Adversarial Networks", {"arxiv": "1709.01111"}, None),
    ],
    # audit17: a bibtex-backed publication page: "- [Title](publisher…)" then an HTML block "<a href=arxiv…>[PDF]</a>
    # <a href=github…><img alt="GitHub stars"></a>" under it: the block's anchors are the entry's own links
    "html-pub-links-under-title.md": [
        ("Sparse Radar Odometry with Learned Doppler Priors", {"arxiv": "2501.04321"}, "github.com/radarlab/doppler-odom"),
        ("Semantic Loop Closure for Forest Mapping", {"arxiv": "2502.06789"}, None),
    ],
    # audit17: heading-record-link-label-url-text (Paper2Chinese/CVPR-2026-reading-papers-with-code): "#### Title" /
    # "- Link：[https://arxiv…](https://arxiv…)" / "- Code：[https://github…](…)": a field whose link text is its own
    # address is a "Label: <url>" field as a bare URL is; the heading is the title, not "Link" (a three-word heading
    # too, its "Link" field an arXiv address)
    "heading-record-link-label-url-text.md": [
        ("SplatFlow: Sparse-view Gaussian Splatting with Flow Priors", {"arxiv": "2602.10001"},
         "github.com/example/splatflow"),
        ("Dropping Anchors for Sparse-view Gaussian Splatting", {"arxiv": "2602.10002"}, "anchor-drop.github.io"),
        ("Pose Graph Initialization with Global Edge Priors", {"arxiv": "2602.10003"}, None),
        ("Hyperbolic Token Mixers for Vision Backbones", {"arxiv": "2602.10004"}, None),
        ("Hyperbolic Busemann Networks", {"arxiv": "2602.10005"}, "github.com/example/hbnn"),
    ],
    # audit17: toc-table-anchor-missing-hash (Paper2Chinese/CVPR-2026-reading-papers-with-code): a grid of section
    # jumps "| [增量学习(Incremental Learning)](#IL) | …" with one jump written without its "#" ("[具身智能](Embodied-AI)")
    # is still a table of contents: its cells are no papers
    "toc-table-anchor-missing-hash.md": [
        ("Language-Grounded Point Cloud Domain Adaptation with CLIP", {"arxiv": "2602.20001"},
         "github.com/example/clip-pcda"),
        ("Stain-Aware Focus Quality Assessment in Microscopy", {"arxiv": "2602.20002"}, None),
    ],
    # audit17: arxiv-cn-mirror-itp (amusi/ECCV2024-Papers-with-Code ECCV2020 file): "- 论文：http://xxx.itp.ac.cn/abs/…",
    # the Chinese Academy of Sciences' arXiv mirror, gives the arXiv id as arxiv.org does
    "arxiv-cn-mirror-itp.md": [
        ("Learning Deformable Grids for Image Representation", {"arxiv": "2008.01001"},
         "github.com/example/deformable-grid"),
        ("Revisiting Weight Networks for Mobile Design", {"arxiv": "2007.01002"}, "github.com/example/weightnet"),
        ("Pyramid Convolutions at One Scale", {"arxiv": "2007.01003"}, None),
    ],
    # audit17: homepage-bold-title-track-badge (House-Leo.github.io): "- ***Title*** **(Oral)** \\" / byline with linked
    # co-authors / "AAAI, 2023. [[code](…)]": a track badge after the bold title is no author list that makes the first
    # co-author's link the title; an AcadHomepage paper box inside an HTML comment is not rendered, so not read
    "homepage-bold-title-track-badge.md": [
        ("Hybrid Attention Feature Fusion for Single Image Dehazing", {}, "github.com/example/haff-dehaze"),
        ("Exclusionary Dual Learning for Real-World Super-Resolution", {"arxiv": "2206.02609"},
         "github.com/example/rwsr-edl"),
        ("Progressive Recalibration Networks for Lightweight Super-Resolution", {}, "github.com/example/prrn"),
    ],
    # audit17: homepage-paper-box-project-paragraph (AlanSwift.github.io, the AcadHomepage template): "[Title](arxiv…)
    # \\" / "Authors", then a paragraph of its own "[**Project**](github…)": the box's link paragraph is the work's
    # own links (its code), no record; a long code-span tag (a book's name) before a linked chapter tags it
    "homepage-paper-box-project-paragraph.md": [
        ("Open Audio Foundation Model Technical Report", {"arxiv": "2504.18425"}, "github.com/example/open-audio"),
        ("Zero-Shot Speech Synthesis with Factorized Codec and Diffusion Models", {"arxiv": "2403.03100"},
         "github.com/example/factorized-codec"),
        ("Learning to Generate Visual Questions with Noisy Supervision", {}, None),
        ("Graph Neural Networks in Computer Vision", {"doi": "10.1007/978-981-16-6054-2_21"}, None),
    ],
    # audit17: a66ew: an HTML table's "Materials" cell labelled "code" that links the paper's own PDF again (a
    # proceedings PDF off any repository) is the paper, never its code; real repositories in the cell stay code
    "html-table-code-column-repeats-paper-pdf.md": [
        ("Surrogate Model Extension (SME): A Fast and Accurate Weight Update Attack on Federated Learning",
         {"arxiv": "2306.00127"}, "github.com/JunyiZhu-AI/surrogate_model_extension"),
        ("Fast Federated Machine Unlearning with Nonlinear Functional Theory", {}, None),
        ("FedCR: Personalized Federated Learning Based on Across-Client Common Representation", {},
         "github.com/haozzh/FedCR"),
        ("Federated Prompt Tuning for Vision Transformers", {}, None),
        ("SRATTA: Sample Re-ATTribution Attack of Secure Aggregation in Federated Learning", {"arxiv": "2306.07644"},
         "github.com/owkin/SRATTA"),
        ("Robust Aggregation under Byzantine Clients with Heavy Tails", {}, None),
    ],
    # audit17: a66ew: "- *Authors, *" / "  [Title](…)" / "  Venue. Year.": an author line whose emphasis a space
    # before the closing star leaves open (both stars stay text) still leads a whole reference; the link is the title
    "author-line-unclosed-emphasis-over-linked-title.md": [
        ("Smooth Sensitivity and Sampling in Private Data Analysis.", {}, None),
        ("The Algorithmic Foundations of Differential Privacy", {}, None),
        ("Concentrated differential privacy: Simplifications, extensions, and lower bounds", {"arxiv": "1605.02065"},
         None),
        ("Generalization for adaptively-chosen estimators via stable median", {}, None),
        ("Rényi differential privacy", {"arxiv": "1702.07476"}, None),
        ("Differentially private transit data publication: a case study on the montreal transportation system",
         {"doi": "10.1145/2339530.2339564"}, None),
    ],
    # audit17: endnote-surname-initials-and-given-first-year (wenhwu/awesome-remote-sensing-change-detection, a
    # change-detection reading list): "1.<TAB>Zhu, Z. and C. E. Woodcock (2014). "**Title**." Journal 144: 152-171.":
    # the first author inverted, the second given-first and closed by the APA year: the byline was cut at "C."
    # and the title read as "Zhu, Z"
    "endnote-surname-initials-and-given-first-year.md": [
        ("Unsupervised Change Detection in Multispectral Remotely Sensed Imagery With Level Set Methods", {}, None),
        ("Continuous change detection and classification of land cover using all available Landsat data", {}, None),
        ("Mining parameter information for building extraction and change detection with very high-resolution "
         "imagery and GIS data", {}, None),
        ("Glacier outline mapping from multitemporal optical imagery with object-based rules", {}, None),
    ],
    # audit17: paper-title-linked-to-its-repository (isaacmg/healthcare_ml): "[GAMENet: Graph Augmented … Combination]
    # (github…)" among paragraphs linking papers' articles: a paper's whole title (a "Name: subtitle" or nine words
    # or more) made a link to its repository names the paper, the repository its code; a repository named by a
    # shorter phrase ("Deep Learning in Healthcare and Computational Biology") stays a repository
    "paper-title-linked-to-its-repository.md": [
        ("Adapting Neural Networks for the Estimation of Treatment Effects", {"arxiv": "1906.02120"}, None),
        ("Deep generative models of genetic variation capture the effects of mutations", {"arxiv": "1712.06527"}, None),
        ("GAMENet: Graph Augmented Memory Networks for Recommending Medication Combination", {},
         "github.com/sjy1203/gamenet"),
        ("Fréchet ChemNet Distance: A metric for generative models for molecules in drug discovery",
         {"arxiv": "1803.09518"}, None),
        ("Forecasting Treatment Responses Over Time Using Recurrent Marginal Structural Networks", {},
         "github.com/sjblim/rmsn_nips_2018"),
        ("Lesson Learned from Natural Language Inference in the Clinical Domain", {"arxiv": "1808.06752"}, None),
    ],
    # audit17: tool-name-then-pasted-reference-under-data-process-heading (mtoninel/spatial-transcriptomics):
    # "## _Data Integration_" / "- [Tool](github…), what it does. Authors. *Title.* _Venue_ (year). https://doi.org/…":
    # "Data Integration", "Data Preprocessing" name a process applied to data, not a section of data sets; a line
    # that pastes a full reference after a tool's linked name is that reference's paper, the tool's repository its code
    "tool-name-then-pasted-reference-under-data-process-heading.md": [
        ("Spatial placement of dissociated single-cell transcriptomes", {"doi": "10.1038/s41587-022-09911-1"},
         "github.com/example/cellmapper"),
        ("Optimal transport alignment of single-cell and spatial transcriptomes", {"doi": "10.1038/s41592-021-09921-7"},
         None),
        ("A Python library for probabilistic analysis of multimodal omics data", {"doi": "10.1038/s41587-021-09931-w"},
         "github.com/example/sctoolkit"),
        ("Ambient RNA removal for droplet single-cell sequencing", {"doi": "10.1186/s13059-022-09941-3"},
         "github.com/example/denoisesc"),
        ("SpotMix resolves continuous cell states in spatial transcriptomics data",
         {"doi": "10.1038/s41587-022-09951-8"}, None),
    ],
    # audit17: numbered-h1-records-badge-links (Dootmaan.github.io publications page): "# 1. Title" H1 headings,
    # each a work's record, a description paragraph, then a paragraph of "[![Paper](badge)](springer…)" /
    # "[![Github](badge)](github…)" badges that are the work's own links (its paper and its code)
    "numbered-h1-records-badge-links.md": [
        ("Boundary-Aware Contrastive Learning for Semi-Supervised Prostate Segmentation",
         {"doi": "10.1007/978-3-031-16443-9_41"}, "github.com/example/bacl"),
        ("Dual-Branch Transformer Network for Whole Slide Image Tumour Segmentation", {"arxiv": "2207.01234"},
         "github.com/example/dbt-wsi"),
    ],
    # audit17: linked-heading-notes-paper-host-pdf (xlin-marcia/CardiacSeg reading notes): "## [Title](papers.miccai.org/
    # …pdf)" over bullets of notes that are entries of their own: the heading is the work's entry even when its link
    # is a paper host's PDF with no identifier in it
    "linked-heading-notes-paper-host-pdf.md": [
        ("Few-Shot Medical Video Segmentation via Spatiotemporal Consistency Relearning", {}, None),
        ("Temporal Attention Unit: Towards Efficient Spatiotemporal Predictive Learning", {"arxiv": "2206.12126"}, None),
        ("Domain Adaptive Video Segmentation via Temporal Consistency Regularization", {}, None),
    ],
    # audit17: long-parenthesised-journal-venue-after-title (WanyuGroup/AI-for-crystal-materials, a materials-ML
    # table): "Title (The Journal of Physical Chemistry Letters, 2023) [[**Paper**](…)]": a journal's full name
    # and the year in brackets after the title were kept in it once they ran past 40 characters
    "long-parenthesised-journal-venue-after-title.md": [
        ("A general tensor prediction framework based on graph neural networks", {"doi": "10.1021/acs.jpclett.3c01200"},
         None),
        ("Graph convolutional neural networks with global attention for improved materials property prediction", {},
         "github.com/superlouis/GATGNN"),
        ("Transferable neural potentials for organic molecules", {"doi": "10.1021/acs.jcim.1c00123"},
         "github.com/example-lab/molpot"),
        ("Conditional generation of porous frameworks with language models", {"arxiv": "2201.01234"},
         "github.com/example-lab/porousgen"),
        ("Learning to design catalysts with equivariant flows", {"arxiv": "2305.04321"}, None),
    ],
    # audit17: all-empty-role-links-after-title (WanyuGroup/AI-for-crystal-materials): "Title (Venue, 2024)
    # [[**Paper**]()][[**Code**]()]": when every link of the entry is a slot left empty, the brackets left of them
    # ("[][]") stayed in the title and kept its venue-and-year tag from being cut
    "all-empty-role-links-after-title.md": [
        ("Equivariant Diffusion for Crystal Structure Prediction", {}, "github.com/EmperorJia/EquiCSP"),
        ("Generative crystal structure design with gem diffusion", {}, None),
        ("Latent Conservative Objective Models for Data-Driven Crystal Structure Prediction", {}, None),
        ("Symmetry-aware tokenisation of periodic crystals for language models", {}, None),
        ("Resolving the data ambiguity for periodic crystals", {}, None),
    ],
    # audit17: kind-tag-bracketed-citation-bullets (NeuroTech-Leuven/bci-resources, a BCI resource list):
    # "* [paper] [Author. "Title." Venue (2012): pages.](doi…)": a bracketed tag naming the line's kind of
    # resource opens each bullet; every paper was titled "paper" (the tag) instead of its linked citation
    "kind-tag-bracketed-citation-bullets.md": [
        ("Brain computer interfaces, a review", {"doi": "10.3390/s120201211"}, None),
        ("A review of classification algorithms for EEG-based brain–computer interfaces: a 10 year update",
         {"doi": "10.1088/1741-2552/aab2f2"}, None),
        ("EEGNet: a compact convolutional neural network for EEG-based brain–computer interfaces",
         {"arxiv": "1611.08024"}, None),
        ("Multiclass brain–computer interface classification by Riemannian geometry",
         {"doi": "10.1109/tbme.2011.2172210"}, None),
        ("Deep learning with convolutional neural networks for EEG decoding and visualization",
         {"doi": "10.1002/hbm.23730"}, "github.com/braindecode/braindecode"),
    ],
    # audit17: apa-bold-title-stray-emphasis-after-stop (somvid/DN_fMRI, an fMRI course's reading list):
    # "Authors (2017). **Title**._ Cerebral Cortex, 28_(12), …": the italics meant for the venue open right after
    # the stop and open nothing (CommonMark keeps "_" as text); the title ran on into the venue and pages
    "apa-bold-title-stray-emphasis-after-stop.md": [
        ("Using goal-driven deep learning models to understand sensory cortex", {}, None),
        ("Neural Encoding and Decoding with Deep Learning for Dynamic Natural Vision", {}, None),
        ("Deep neural networks reveal a gradient in the complexity of neural representations across the ventral "
         "stream", {}, None),
        ("A task-optimized neural network replicates human auditory behavior, predicts brain responses, and reveals "
         "a cortical processing hierarchy", {}, None),
    ],
    # audit17: table-repositories-column-icon-links (ur-whitelab/LLMs-in-science): "| Publication | Repositories |"
    # with icon links (🤗, a GitHub logo) to a model hub or a project page: the plural header labels each row's code
    "table-repositories-column-icon-links.md": [
        ("BioMedLM: A 2.7B Parameter Language Model Trained On Biomedical Text", {"arxiv": "2403.18421"},
         "huggingface.co/stanford-crfm/biomedlm"),
        ("CheXagent: Towards a Foundation Model for Chest X-Ray Interpretation", {"arxiv": "2401.12208"},
         "stanford-aimi.github.io/chexagent.html"),
        ("DrugAssist: A Large Language Model for Molecule Optimization", {"arxiv": "2401.10334"},
         "github.com/blazerye/drugassist"),
    ],
    # audit17: dataset-download-link-to-repository (zx-pan/Awesome-rPPG): "### Datasets" / "- [Dataset paper](arxiv…)" /
    # "  - [download](github…)": under a heading of data sets, the repository a "download" link reaches holds the
    # data, not the paper's code (a "[code]" link under a method stays its code)
    "dataset-download-link-to-repository.md": [
        ("PhysNet: Remote Photoplethysmograph Signal Measurement from Facial Videos", {"arxiv": "1905.02419"},
         "github.com/zitongyu/physnet"),
        ("Evaluation of biases in remote photoplethysmography methods", {"doi": "10.1038/s41746-021-00462-z"}, None),
        ("MMPD: Multi-Domain Mobile Video Physiology Dataset", {"arxiv": "2302.03840"}, None),
    ],
    # audit17: glued-venue-year-label-model-table (guhyun9454/Awesome-Super-Resolution yearly tables): "| Model |
    # Published | Code |" rows whose paper cell is labelled by a venue with its year glued on ("CVPR17",
    # "MICCAI18", "CVPR2019"): the label names the venue's edition as "CVPR 2017" does, so the link is the paper
    # even on a lab's project page
    "glued-venue-year-label-model-table.md": [
        ("LapSRN", {}, "github.com/phoenix104104/LapSRN"),
        ("DRRN", {}, "github.com/tyshiwo/DRRN_CVPR17"),
        ("MemNet", {"arxiv": "1708.02209"}, "github.com/tyshiwo/MemNet"),
        ("DeepResolve", {}, None),
        ("SRFBN", {}, "github.com/Paper99/SRFBN_CVPR19"),
    ],
    # audit17: cvf-legacy-host-under-models-heading (LoserSun/Deep-Learning-On-Medical-Image): "### CNN-Based Models"
    # / "- [x] [Title](www.cv-foundation.org/openaccess/…)": the CVF's older open-access host (CVPR/ICCV 2013-2015)
    # serves papers as openaccess.thecvf.com does, so the entry is the paper, not a model
    "cvf-legacy-host-under-models-heading.md": [
        ("Fully Convolutional Networks for Semantic Segmentation", {}, None),
        ("Holistically-Nested Edge Detection", {}, None),
        ("Brain tumor segmentation with Deep Neural Networks", {}, None),
    ],
    # audit17: vancouver-question-title-subtitle (walkabilly/machine_learning_for_epi key readings): "1. Bi Q, …
    # Lessler J. What is Machine Learning? A Primer for the Epidemiologist. Am J Epidemiol. 2019 Dec 31;188(12):…":
    # a Title-Case subtitle after the title's question, then the Vancouver source, is part of the title
    "vancouver-question-title-subtitle.md": [
        ("What is Machine Learning? A Primer for the Epidemiologist",
         {"doi": "10.1093/aje/kwz189", "pmid": "31509183"}, None),
        ("Does Water Kill? A Call for Less Casual Causal Inferences",
         {"doi": "10.1016/j.annepidem.2016.08.016", "pmid": "27641316"}, None),
        ("What Matters Most: Quantifying an Epidemiology of Consequence",
         {"doi": "10.1016/j.annepidem.2015.01.016", "pmid": "25749559"}, None),
        ("Negative Controls: A Tool for Detecting Confounding and Bias in Observational Studies",
         {"doi": "10.1097/ede.0b013e3181d61eeb", "pmid": "20335814"}, None),
        ("Intersections of Machine Learning and Epidemiological Methods for Health Services Research? Insights From "
         "a Simulation Study", {"doi": "10.1093/ije/dyaa035", "pmid": "32236476"}, None),
    ],
    # audit17: course-slides-here-link-pdf (walkabilly/machine_learning_for_epi): "* Download PDF of slides [here](
    # github…/blob/main/…pdf)": a line whose own words say it is a talk's slides, poster or lecture, its only link a
    # bare "here", points to that material (a PDF, but no article); the readings below stay papers
    "course-slides-here-link-pdf.md": [
        ("Using Big Data to Emulate a Target Trial When a Randomized Trial Is Not Available",
         {"doi": "10.1093/aje/kwv254", "pmid": "26994063"}, None),
        ("Causal diagrams for epidemiologic research", {"pmid": "9888278"}, None),
    ],
    # audit17: particle-initials-byline-before-linked-title (pitmonticone/EpiSimulator readings): "Broeck, W.V.d.,
    # Gioannini, C., … et al. [Title](doi…)": a particle abbreviated inside dotted initials ("W.V.d." for Wouter
    # Van den Broeck) is still initials; the byline ends before the linked title, which is the title
    "particle-initials-byline-before-linked-title.md": [
        ("The GLEaMviz computational tool, a publicly available software to explore realistic epidemic spreading "
         "scenarios at the global scale", {"doi": "10.1186/1471-2334-11-37"}, None),
        ("Contact networks and the timing of school closures in influenza pandemics",
         {"doi": "10.1371/journal.pcbi.1009999"}, None),
        ("Household transmission of respiratory viruses in a prospective cohort", {"arxiv": "2104.01234"}, None),
        ("Capturing human behaviour", {"doi": "10.1038/446733a"}, None),
    ],
    # audit17: dataset-section-title-byline-code-only (Peldom/papers_for_protein_design_using_DL): "### Structure
    # Datasets" / "**Benchmark title**" / "Authors" / "[GitHub](…)": a work's title over its byline, only its code
    # linked, is the benchmark's paper under a heading of data sets too (a challenge's own line stays a dataset)
    "dataset-section-title-byline-code-only.md": [
        ("Sampling of structure and sequence space of small protein folds", {"doi": "10.1038/s41467-022-34937-8"},
         "github.com/example/scaffold_design"),
        ("ProteinInvBench: Benchmarking Protein Design on Diverse Tasks, Models, and Metrics", {},
         "github.com/example/proteininvbench"),
        ("PDB-Struct: A Comprehensive Benchmark for Structure-based Protein Design", {"arxiv": "2312.00080"},
         "github.com/example/pdb-struct"),
    ],
    # audit17: references-collection-title-over-repo-url (AspirinCode/papers-for-molecular-design-using-DL):
    # "## Recommendations and References" / "**List of papers about …**" / "https://github.com/…": a collection's
    # name over its repository is that list, no paper; a work's title over its repository is still the paper
    "references-collection-title-over-repo-url.md": [
        ("Equivariant Diffusion for Molecule Generation in Three Dimensions", {},
         "github.com/example/e3_diffusion_for_molecules"),
    ],
    # audit17: numbered-heading-bold-field-records (a project's "papers to download" notes): "### 1. Title (2024)"
    # over "- **Authors**: …" / "- **ArXiv**: https://arxiv…" / "- **Semantic Scholar**: https://…": a numbered
    # heading is the record's title when a field links an article; "### ISBI Papers (Search for these)" files none
    "numbered-heading-bold-field-records.md": [
        ("Contrastive Pretraining for Echocardiogram Views", {"arxiv": "2403.01234"}, None),
        ("Lightweight Ejection Fraction Estimation", {"doi": "10.1016/j.media.2023.102999"}, None),
        ("Fetal Heart Screening With Detectors", {"doi": "10.1515/jpm-2022-0101", "pmid": "36111222"}, None),
    ],
    # audit17: localized-biblatex-alphabetic-bibliography (a German thesis's biblatex "alphabetic" bibliography:
    # "- **[Ama+13]** Filippo Amato u.a. *"Title"*. In: *Journal* …": the bold key is no byline, "und"/"et"/"y"
    # join the last two names, "u.a." is "et al.", "(Hrsg.)" marks an edited volume's editors)
    "localized-biblatex-alphabetic-bibliography.md": [
        ("Tiefe neuronale Netze zur Segmentierung von Lebertumoren", {"doi": "10.1016/j.zemedi.2021.01.004"}, None),
        ("Recurrent Networks for Early Sepsis Prediction", {"doi": "10.1007/s10877-019-00123-x"}, None),
        ("Apprentissage profond pour la rétinopathie diabétique", {"doi": "10.1016/j.irbm.2020.02.003"}, None),
        ("Redes convolucionales para la detección de neumonía", {"arxiv": "1812.04567"}, None),
        ("Attention Models for Histopathology Slide Grading", {"pmid": "28765432"}, None),
        ("Neuronale Netze in der Medizin", {}, None),
    ],
    # audit17: code-span-kind-tag-lines (jihunni/Bioinformatics notes): "- `review` Title | Cell", "- [`perspective`
    # Title | Nature](…)", "  - `paper` Title | Cell, 2020": a code span naming the line's kind opens it (or its linked
    # title); it is no part of the title, and a scholarly kind (review, perspective, paper) makes a link-less line
    # a paper, a sub-bullet of its own under a link-less group; `video` / `program` lines stay no papers
    "code-span-kind-tag-lines.md": [
        ("Advances in protein structure prediction and design", {"doi": "10.1038/s41580-019-0163-x"}, None),
        ("Macromolecular modeling and design in Rosetta", {"doi": "10.1038/s41592-020-0848-2"}, None),
        ("Network biology: understanding the cell's functional organization", {}, None),
        ("Interactome Networks and Human Disease", {}, None),
        ("An expanded universe of cancer targets", {}, None),
        ("Analyzing Learned Molecular Representations for Property Prediction", {}, None),
        ("A Deep Learning Approach to Antibiotic Discovery", {}, None),
    ],
    # audit17: dataset-section-article-acl-reference (Andy-jqa/biomedical-qa-datasets): a dataset's heading section
    # cites its article in a paragraph "Article: Authors. Year. Title. URL" (ACL style, no venue, closed by an
    # OpenReview or ACL Anthology URL, the article's own record): the work is titled as the reference titles it,
    # not by the dataset's heading; the "Article:" word is no part of its title when the paragraph stands alone
    "dataset-section-article-acl-reference.md": [
        ("RadQA: A Question Answering Dataset to Improve Comprehension of Radiology Reports",
         {}, "github.com/example-lab/radqa"),
        ("TriageQA: Questions over Emergency Triage Notes", {}, "github.com/example-lab/triageqa"),
        ("Summarising Discharge Letters for Patients", {"doi": "10.18653/v1/w19-1905"}, None),
    ],
    # audit17: a course's readings as PubMed citations in the link text; a one-author citation ("Moreau L. Title.
    # Nat Methods. 2023 Jan;20(1):12-14.") dates its issue by month between year and volume: still a whole reference
    "pubmed-citation-one-author-link-text.md": [
        ('Mapping tissue niches with spot-level deconvolution', {'doi': '10.1038/s41592-022-01402-7', 'pmid': '35210001'}, None),
        ('Spatial omics comes of age', {'doi': '10.1038/s41592-022-01711-x', 'pmid': '36599987'}, None),
        ('Benchmarking cell-type mapping across imaging-based platforms', {'doi': '10.1186/s13059-023-02971-4', 'pmid': '37264451'}, None),
        ('Reading pooled CRISPR screens at single-cell resolution', {'doi': '10.1016/j.cels.2021.10.006', 'pmid': '34793702'}, None),
        ('Guide capture improves perturbation assignment in droplet screens', {'doi': '10.1038/s41587-020-0470-y', 'pmid': '32231336'}, None),
    ],
    # audit17: an Obsidian paper index: "- *Title*, [[Key2021]] ^blockid" — the italic run is the title; the citation key
    # (or "Author et al., 2019") names the note, the "^4f2a9c" block anchor closes the line: neither is the title
    "obsidian-italic-title-citekey-index.md": [
        ('Tracing cell lineages with barcoded transcript capture at scale', {}, None),
        ('Bayesian deconvolution of spatial transcriptomics spots into cell states', {}, None),
        ('Sparse factor models for multiplexed chromatin profiling', {}, None),
        ('A benchmark of doublet detection methods for droplet sequencing', {}, None),
        ('Enhancer usage maps from low-input accessibility profiling', {}, None),
        ('Normalising spike-in ChIP-seq across heterogeneous samples', {}, None),
        ('Stain-invariant feature learning for multi-centre tumour grading', {}, None),
        ('Self-supervised pretraining for whole-slide image retrieval', {}, None),
        ('Uncertainty-aware segmentation of the left atrium from late gadolinium MRI', {}, None),
        ('Graph neural networks over cell neighbourhoods in multiplexed imaging', {}, None),
        ("Spatially resolved clonal copy number alterations in benign and malignant tissue", {"doi": "10.1101/2022.02.07.479314"}, None),
    ],
    # audit17: "### 1. Title (2024)" over "- **File**: [x.pdf](x.pdf)" / "- **arXiv**: 2407.16804" / "- **Size**: …":
    # a downloaded-papers record whose identifier is a field's value (no link) and whose only link is its local PDF
    "numbered-heading-record-identifier-value-fields.md": [
        ("Wearable Sleep Staging with Self-Supervised Transformers", {"arxiv": "2305.01234"}, None),
        ("Passive Smartphone Sensing Predicts Next-Day Mood", {"doi": "10.1145/3534586"}, None),
        ("Meal Image Recognition for Dietary Assessment", {"arxiv": "2402.04321"}, None),
    ],
    # audit17: "1- Rivera, Ana, and Tom Okafor. \"Title.\" Venue (2022)." paragraphs, each perhaps followed by its URL
    # alone: a hyphen numbers the citation (no Markdown list marker), the number is no part of the byline
    "hyphen-numbered-citation-paragraphs.md": [
        ("Forecasting next-day mood from wearable sleep features", {}, None),
        ("Insomnia Screening from Smartphone Typing Dynamics: A Comparison of Sequence Models", {}, None),
        ("Dietary patterns predict sleep quality in adolescents", {"doi": "10.1007/s12345-024-00111-2"}, None),
    ],
    # own17: table-cell-of-linked-titles: "| Segmentation | [Title A](arxiv…), [Title B](doi…) |": a title cell citing
    # several works by their full titles, only separators or a line break between them: each is its own record
    "table-cell-of-linked-titles.md": [
        ("Cascaded Residual Decoders for Abdominal Organ Segmentation", {"arxiv": "2203.11874"}, None),
        ("Boundary-Aware Losses for Small Lesion Segmentation in CT", {"doi": "10.1016/j.media.2022.102512"}, None),
        ("Anchor-Free Nodule Detection in Low-Dose Chest CT", {"arxiv": "2106.04412"}, None),
        ("Weakly Supervised Polyp Detection from Colonoscopy Video", {"arxiv": "2109.07731"}, None),
        ("Diffeomorphic Registration of Brain MRI with Learned Velocity Fields", {"arxiv": "2011.02277"}, None),
        ("Unsupervised Denoising of Low-Field MRI by Noise2Noise Training", {"arxiv": "2301.09815"},
         "github.com/example-lab/lowfield-n2n"),
    ],
    # own17: link-text-closed-by-author-year: "[Title (2017) - Vaswani et al.](…)", "[Title - He et al., 2016](…)",
    # "[Title (Goodfellow and Bengio, 2014)](…)": a link's text closed by its first author and year; they are the
    # work's author and year, not its title ("A and B" only beside a year, a lone surname only after "(year) -")
    "link-text-closed-by-author-year.md": [
        ("Residual Attention Gates for Cardiac MRI Segmentation", {"arxiv": "1804.03999"}, None),
        ("Spectral Graph Convolutions on Cortical Surfaces", {"arxiv": "1903.01277"}, None),
        ("Self-Ensembling for Semi-Supervised Lesion Detection", {"doi": "10.1016/j.media.2020.101744"}, None),
        ("Variational Autoencoders for Longitudinal EHR", {"arxiv": "2105.06622"}, None),
        ("Contrastive Pretraining of Histology Encoders", {"arxiv": "2203.15400"}, "github.com/example-lab/histo-clr"),
    ],
    # a90fu: table-caption-subject-before-for-purpose (healthylaife/MedLLM-Bias-Fairness-Resourcses): a bold caption
    # "**Benchmarking Datasets for Bias Evaluation of Med LLMs.**" over a table whose rows link their papers; the
    # words before "for" name what the section lists (data sets), the purpose after it ("Evaluation") does not make
    # its rows challenges, so a row linked to a journal's article page with no identifier is still that paper
    "table-caption-subject-before-for-purpose.md": [
        ("TriageShift", {"arxiv": "2403.11872"}, None),
        ("DermaFair", {}, None),
        ("ExamBias-ES", {}, None),
        ("CounterCase", {"arxiv": "2405.20311"}, None),
        ("ChartAudit", {}, None),
    ],
    # a94fy: paper-column-short-name-rows (xyyy820/3d-medical-report-generation-papers): a link-less table row naming
    # its work by a short name only ("| **RadZero3D** | ICCV 2025 Workshop | 2025 | … |") under a column headed for
    # papers ("论文", "Paper") that states its venue or year is a paper, however little the name reads as a title;
    # a "Model" column's link-less name stays a name
    "paper-column-short-name-rows.md": [
        ('VolCap：Volumetric Captioning of Chest CT with Anatomy Tokens', {"arxiv": "2504.11873"},
         'github.com/example-lab/volcap'),
        ('LesionLens：Lesion-Grounded Report Drafting for Abdominal CT', {"doi": "10.1109/tmi.2025.3512207"}, None),
        ('SliceMind', {}, None),
        ('Tomora', {}, None),
        ('Organ-Aware Contrastive Pretraining for Head CT Reports', {"arxiv": "2506.20418"}, None),
        ('CortexVL', {}, None),
    ],
    # a93fx: code-term-glossary-bullets (BruceZhangReve/Deep-Learning-for-Health-Time-Series): "- `paper`, `arXiv`, or
    # `doi` points to a direct paper/… page": a bullet glossing a series of code-span terms joined by commas or
    # "and"/"or" opens with a kind word in code, yet the span is one term of the series, no kind tag for the line
    "code-term-glossary-bullets.md": [
        ("Gated Recurrent Decay Units for Sparse Vital Signs", {"arxiv": "1906.01123"}, None),
        ("Hierarchical Attention over Intensive Care Stays", {"doi": "10.1145/3394486.3403111"}, None),
        ("Contrastive Pretraining of Bedside Monitor Streams", {"arxiv": "2210.04412"}, None),
        ("Irregular Lab Panels as Sets: A Deep Sets Approach to Sepsis Onset", {}, None),
        ("Deep Learning for Critical Care Time Series: A Review", {}, None),
    ],
    # a93fx: survey-link-then-cite-bibtex (Jianing-Qiu/Awesome-Healthcare-Foundation-Models): "## Survey" / "**[Title
    # broken over two lines](arxiv…)**" / authors / "please consider citing:" / ```bibtex @article{…, title={Title}}```:
    # the BibTeX cites the work its section already gave an entry; it lends that entry its fields, no second entry
    "survey-link-then-cite-bibtex.md": [
        ("Foundation Models for Electronic Health Records: Opportunities and Open Problems", {"arxiv": "2403.17711"},
         None),
        ("Longitudinal Transformers for Structured Visit Sequences", {"arxiv": "2306.01841"}, None),
        ("Pretraining Clinical Encoders on Billions of Notes", {"doi": "10.1038/s41746-023-00877-1"}, None),
        ("Time-Aware Embeddings of Laboratory Trajectories", {"arxiv": "2208.09931"}, "github.com/example-lab/lab-traj"),
    ],
    # a92fw: heading-over-named-works-with-link-sublists (everycure-org/awesome-ai-drug-repurposing): a title-like
    # heading over bold "Name: subtitle" bullets, each with its own sub-list (authors, notes, "[Paper (…)](…) |
    # [Code](…)"): the bullets are works with their own records, not "label: value" fields of a record the heading names
    "heading-over-named-works-with-link-sublists.md": [
        ("PathWalker: Multi-Relation Random Walks over Target Graphs", {"doi": "10.1093/gigascience/giad101"},
         "github.com/example-lab/pathwalker"),
        ("DualEmbed: Joint Embeddings of Compounds and Diseases", {"doi": "10.1038/s41467-023-40001-2"},
         "github.com/example-lab/dualembed"),
        ("GraphRank: Guilt-by-Association Ranking for Rare Diseases", {"arxiv": "2409.11111"},
         "github.com/example-lab/graphrank"),
    ],
    # a92fw: role-links-with-venue-comma-year (everycure-org/awesome-ai-drug-repurposing): a bold title over note
    # bullets and one link line "[Paper (Nature Medicine, 2024)](…) | [Code](…) | [Project Page](…)": a role label
    # qualified by "(Venue, Year)" is still a role label, a home label beside role links is the work's, so the line
    # gives the bold title its links instead of naming a work "Paper (medRxiv, 2024)"
    "role-links-with-venue-comma-year.md": [
        ("ZeroRx: Zero-Shot Indication Prediction Foundation Model", {"doi": "10.1038/s41591-024-05555-x"},
         "github.com/example-lab/zerorx"),
        ("SignedDrug: Expert-led Signed Graph Repurposing", {"doi": "10.1101/2024.05.01.24306666"}, None),
        ("EnrichReason: Enrichment-Driven Graph Reasoner", {"arxiv": "2409.22222"}, None),
        ("LitRx: Literature Graph Repurposing with Language Models", {"pmcid": "PMC12300001"}, None),
    ],
    # a92fw: short-name-bold-with-journal-year-tag (AstraZeneca/awesome-drug-discovery-knowledge-graphs): a bold
    # one-word name closed by a journal's spelt-out name and a four-digit year, "**PrimeKG (Scientific Data 2023)**",
    # over a byline and "[[Paper]](…)": the bracket is the venue tag (a venue word in it), not part of the name
    "short-name-bold-with-journal-year-tag.md": [
        ("TargetKG", {"doi": "10.1038/s41597-023-02002-9"}, "github.com/example-lab/targetkg"),
        ("LinkBench", {"arxiv": "2001.04444"}, "github.com/example-lab/linkbench"),
        ("PharmaNet", {"doi": "10.1093/bib/bbab123"}, "github.com/example-lab/pharmanet"),
    ],
    # a96ga: study-plan-goal-and-task-sections (unknown repository, a Chinese "52周论文精读计划"): weekly sections
    # "### 本周目标" / "- 理解器官分割问题", "### 实践任务" / "- 编程实现: …", "### Tasks", "### Checkpoints" beside the
    # reading sections; the goals' and tasks' link-less lines are what to learn or do, never references
    "study-plan-goal-and-task-sections.md": [
        ("Cascaded encoders for abdominal organ segmentation in CT", {}, None),
        ("Shape priors for pancreas segmentation with few labels", {}, None),
        ("Learning deformable registration without ground-truth fields", {}, None),
        ("Diffeomorphic priors for lung CT registration", {}, None),
    ],
    # a96ga: author-dash-title-year-page-note (same reading plan): "1. Isensee et al. - Title (2021) - 15页": the
    # authors, a spaced dash, the title, its year in brackets and the reader's note (pages to read, or a CJK word on
    # what the work is for); the dash ends the byline, the year and the note are no part of the title
    "author-dash-title-year-page-note.md": [
        ("CascadeSeg: Cascaded Encoders for Abdominal Organ Segmentation", {}, None),
        ("Shape Priors for Pancreas Segmentation with Few Labels", {}, None),
        ("LesionNet", {}, None),
        ("Learning Deformable Registration Without Ground-Truth Fields", {}, None),
        ("Diffeomorphic Priors for Lung CT Registration", {}, None),
        ("A Survey of Cardiac Image Registration", {}, None),
    ],
    # a89ft: byline-over-short-quoted-title (liliu-avril/Awesome-Segment-Anything): "- **SAM:** Alexander Kirillov,
    # ….<br />" / '  "Segment Anything." **ICCV (2023)**.' / "[[paper](…)]", and "- Kang Wang.<br />" / '"A survey on
    # …." IS-AII (2025).': the quoted line under a byline is the title however short, when the quote closes on the
    # title's own stop (MLA style); a lone author's name closed by its stop is a byline too
    "byline-over-short-quoted-title.md": [
        ("Prompt Anything", {"arxiv": "2304.02643"}, "github.com/example-lab/prompt-anything"),
        ("OrganNet3", {"arxiv": "2508.10104"}, "github.com/example-lab/organnet3"),
        ("Segmenting Tumours Everywhere at Once", {"arxiv": "2304.06718"}, None),
        ("A survey on promptable methods for organ segmentation", {"doi": "10.1117/12.3073583"}, None),
        ("Foundation Models for Tumour Segmentation: A Review", {"arxiv": "2408.12889"}, "github.com/example-lab/fm4ts"),
    ],
    # a97gb: read-mark-numbered-title-colon-url-lines (yukeyi/MCDS-Capstone): a course's reading list written as
    # plain paragraphs, each record "(√)1. Title:" with its bare URL alone on the next line ("(x)" for not yet read),
    # some records run together in one paragraph with no blank line ("(√)5. Title:" / "http://…" / "(√)6. Name:" /
    # "https://github…" / "code: https://github…"); the read mark and number before the title are the record's, a
    # title ended by a colon over a lone bare URL opens a record, and a numbered line does so whatever its commas
    "read-mark-numbered-title-colon-url-lines.md": [
        ('CardioFract: Fractal Volumetric Networks for Ventricle Segmentation in Cine MRI',
         {"doi": "10.1007/978-3-319-66185-8_41"}, None),
        ('Mixed-Scale, Multi-View, Dilated, and Gated Convolutions for Atrial MR Segmentation',
         {"arxiv": "1803.04512"}, None),
        ('Shape Priors for Robust Segmentation of Congenital Heart Defects', {"arxiv": "1809.10245"}, None),
        ('Boundary-Aware Losses for Thin Structures in Medical Images', {"arxiv": "1904.02881"},
         'github.com/example-lab/boundary-losses'),
    ],
    # a98gc: table-bold-dataset-name-dash-paper-title (GewelsJI/VPS): a table of datasets whose title cell opens with
    # the dataset's bold name, a spaced dash, then the paper that made it ("| **Kvasir-SEG** - Kvasir-seg: A segmented
    # polyp dataset | [Paper](…)/[Code](https://datasets.simula.no/kvasir-seg/) |"): the title is the text after the
    # dash (the bold name is a note), and a "Code" link to a host named for datasets ("datasets.…") is no code
    "table-bold-dataset-name-dash-paper-title.md": [
        ("Vessel-Aware Contrastive Pretraining for Fundus Photographs", {"arxiv": "2306.04411"},
         "github.com/example-lab/vessel-contrast"),
        ("Graph Reasoning over Retinal Layers in OCT Volumes", {"doi": "10.1109/tmi.2022.3151234"}, None),
        ("Lesion-Guided Grading of Diabetic Retinopathy", {"arxiv": "2104.05521"}, "github.com/example-lab/lesion-grade"),
        ("RetiScan-1K: A multi-centre fundus dataset for glaucoma screening", {"doi": "10.1038/s41597-022-01388-1"},
         None),
        ("Lesion-Guided Grading of Diabetic Retinopathy", {"arxiv": "2104.05521"}, None),
        ("A benchmark for capillary segmentation in OCT angiography", {"arxiv": "2003.07755"},
         "github.com/example-lab/octa-seg"),
    ],
    # a95fz: short-linked-title-closed-by-byline (wrab12/awesome-spatial-transcriptomics): a review's link text closes
    # with its bracketed byline, "[Museum of spatial transcriptomics (Moses & Pachter)](doi…)"; parse drops the byline,
    # and a title of four words or fewer left so is the link's own text, not a label written before the link
    "short-linked-title-closed-by-byline.md": [
        ("Atlas of tissue omics", {"doi": "10.1038/s41592-023-01875-3"}, None),
        ("Graph learning for spatial niches: a review and outlook", {"doi": "10.1038/s41576-024-00711-9"}, None),
        ("Cells in context", {"doi": "10.1016/j.cell.2024.02.017"}, None),
        ("The spatial turn", {"doi": "10.1126/science.adf2231"}, None),
        ("Benchmarking deconvolution methods for spot-based transcriptomics", {"doi": "10.1186/s13059-023-02977-4"},
         None),
    ],
    # a99gd: course-unit-headings-over-bold-named-notes (LZYEIL/Biomedical-Foundation-Models-Seminar): a seminar's
    # "### Topic 1: Multimodal Vision-Language & Pathology" headings (a unit word, its number, a colon) over bullets
    # "- **BiomedGPT**  " / "  *Summary:* …": the heading numbers a unit, no work's title over its notes, and each
    # bullet is its bold name's entry (the name its title, the summary its note), not one run-on title
    "course-unit-headings-over-bold-named-notes.md": [
        ("Contrastive Pairing of Chest Radiographs and Reports at Scale", {"arxiv": "2403.11111"},
         "github.com/example-lab/radpair"),
        ("Whole-Slide Pretraining without Labels for Computational Pathology", {"doi": "10.1038/s41551-024-01234-5"},
         None),
        ("Generative Pretraining on Longitudinal Records Predicts Clinical Events", {"arxiv": "2405.22222"},
         "github.com/example-lab/trajectorylm"),
        ("Irregular Visit Transformers under Temporal Shift", {"doi": "10.1016/j.jbi.2024.104567"}, None),
    ],
    # own17: news-sentences-announcing-works (liliu-avril/Awesome-Segment-Anything): ":boom:**[SAM 2](github…): Segment
    # Anything in Images and Videos was released.**", "… was online.", "… has been accepted by MICCAI 2025!": a line
    # whose sentence closes on a news predicate announces a work the list cites again below; it is no paper (the
    # announcement took the work's title and code)
    "news-sentences-announcing-works.md": [
        ("Promptable Organ Segmentation for Abdominal CT", {"arxiv": "2503.11874"}, "github.com/example-lab/organsam"),
        ("A Benchmark of Lesion Prompts for Segment Anything Models", {"arxiv": "2504.20311"},
         "github.com/example-lab/lesionbench"),
        ("Vessel Prompts for Retinal Segmentation Foundation Models", {"arxiv": "2506.01277"}, None),
        ("Why Pretrained Weights Are Released: A Study of Open Medical Models", {"arxiv": "2507.04412"}, None),
        ("The First Survey of Medical Segmentation Foundation Models", {"arxiv": "2502.09931"},
         "github.com/example-lab/awesome-medseg-fm"),
    ],
    # own17: bold-title-then-bare-byline (liliu-avril/Awesome-Segment-Anything): "**Title.** Ana Costa, Wei Zhang, Tom
    # Okafor. [[paper](…)]": a whole title in bold, then only its authors (no venue, no year): the byline is the
    # trailer (its authors), never part of the title (a bold owner's name opening a publication page's byline stays)
    "bold-title-then-bare-byline.md": [
        ("Shape-Aware Ventricle Segmentation from Sparse Cine MRI", {"arxiv": "2502.11931"},
         "github.com/example-lab/shape-ventricle"),
        ("Myocardial Scar Detection with Weak Labels", {"arxiv": "2502.11932"}, None),
        ("Temporal Consistency Losses for Echocardiography Video", {"arxiv": "2502.11933"}, None),
        ("Atlas-Free Registration of Coronary CT Angiography", {"doi": "10.1016/j.media.2024.103101"}, None),
        ("Deep Learning for Cardiac Strain Estimation", {"doi": "10.1016/j.media.2021.102166"}, None),
    ],
    # a103gh: venue-word-before-notes-linked-title (huiyang-yi/Awesome-Causality-and-ML-Papers): a numbered reading
    # list that tags each paper by its venue alone, no year ("3. CVPR [Title](zhuanlan.zhihu.com/…)(注释)", "ICLR
    # Oral [Title](…)"), the link reaching the reader's notes; the link's text is the title, the venue says it is a
    # paper (under a heading that ends in "data" too), not a web page named "CVPR"
    "venue-word-before-notes-linked-title.md": [
        ("Invariant Graph Discovery under Shifting Regimes", {}, None),
        ("Score Matching for Latent Causal Orderings", {}, None),
        ("Counterfactual Augmentation for Robust Scene Parsing", {}, "github.com/example-lab/cf-parse"),
        ("Temporal Interventions in Sparse Event Streams", {}, None),
        ("Differentiable Orderings for Nonlinear Causal Models", {"arxiv": "2107.04321"}, None),
    ],
    # a105gj: dataset-table-link-column-repositories (isyangshu/Awesome-Surgical-Video-Understanding): a table of
    # datasets "| Dataset | Paper | Link | Procedure | Task |", each row citing its dataset's paper in the Paper column
    # and giving the data's home under a neutral "Link" header; a repository there (GitHub, GitLab) is where the data
    # is had, not the paper's code: the row is its paper's entry, its code only what a Code column gives
    "dataset-table-link-column-repositories.md": [
        ("LapWorkflow-60", {"arxiv": "2403.14502"}, "github.com/example-lab/lapworkflow60"),
        ("SutureTrack", {"arxiv": "2311.08716"}, None),
        ("EndoDepth-Phantom", {"doi": "10.1038/s41597-024-03318-9"}, "github.com/example-lab/endodepth"),
        ("RetinaOps", {"arxiv": "2406.01277"}, None),
        ("PolypSeq-Video", {"arxiv": "2408.03391"}, None),
    ],
    # a102gg: bold-name-colon-title-stop-venue-comma-year (mazabou/awesome-neurofm): "- **NDT3**: Title. Preprint,
    # 2025 [[paper](…)]" and "- **MtM**: Towards … at single-cell, single-spike resolution. NeurIPS 2024 [[paper](…)]":
    # a sentence's venue may set its year off by a comma ("Preprint, 2025" leaves the title), and a lower-case clause
    # after the title's own comma that ends in ". " before the venue is the title's (not a ", Venue Year" trailer)
    "bold-name-colon-title-stop-venue-comma-year.md": [
        ("A Generalist Decoder for Intracortical Spiking", {"doi": "10.1101/2025.03.04.641234"},
         "github.com/example-lab/spikefm"),
        ("Multi-session, multi-task decoding across distinct cell-types and regions", {}, None),
        ("Towards a shared code for neural dynamics at single-cell, single-spike resolution", {"arxiv": "2407.11111"},
         "github.com/example-lab/unispike"),
        ("Scaling Laws of Pretraining on Heterogeneous Calcium Imaging", {"doi": "10.1101/2024.06.12.598765"}, None),
        ("A Foundation Model of the Rodent Somatosensory Cortex", {"arxiv": "2311.22222"}, None),
    ],
    # a104gi: tool-links-over-comma-initials-references (Arcadia-Science/noveltree): a pipeline's CITATIONS.md
    # "- [MAFFT](doi…)" / "  > Nakamura, T, Yamada, KD, Tomii, K, & Katoh, K (2018). Title. Journal, 34(14), …":
    # undotted initials after a bare surname, comma-set like the names, closed by the APA year end the byline; the
    # reference's title (not the tool's name, nor a lone initial "K") titles the work
    "tool-links-over-comma-initials-references.md": [
        ("Parallelization of FoldTrim for large-scale protein alignments",
         {"doi": "10.1093/bioinformatics/btac101"}, None),
        ("TreeMerge: a new algorithm to merge gene trees under incomplete lineage sorting",
         {"doi": "10.1093/molbev/msac202"}, None),
        ("The DomainScan database of protein domains in 2022", {"doi": "10.1093/nar/gkac303"}, None),
        ("OrthoSweep: scalable orthology inference for thousands of genomes", {"doi": "10.1186/s13059-021-02404-5"},
         None),
    ],
    # a104gi: tool-name-then-publisher-article-title (seandavi/awesome-single-cell): "- [SINCERITIES](github…) -
    # [R/Matlab] - [Inferring gene regulatory networks from …](academic.oup.com/bioinformatics/article/34/2/258/…)":
    # a tool's repository, then its article linked under the article's full title on a publisher's article page
    # whose address names no DOI: the line presents the article, the repository its code
    "tool-name-then-publisher-article-title.md": [
        ("Inferring dropout-aware regulatory networks from time-stamped single cell profiles", {},
         "github.com/example-lab/dropcount"),
        ("Robust detection of splicing variation across single cells", {}, "github.com/example-lab/splicelens"),
        ("Ranking cells along pseudotime with marker genes", {"doi": "10.1101/2021.05.06.442871"},
         "github.com/example-lab/pseudorank"),
    ],
    # a104gi: supplement-archive-then-article-title (seandavi/awesome-single-cell): "- [SpatialIDE](media.nature.com/
    # …/extref/nmeth.4636-S4.zip) - [Python, R] - [SpatialDE: identification of …](nature.com/articles/nmeth.4636)":
    # a packed archive on a journal's host is the supplement (a download), not the article; the linked article's
    # title titles the entry
    "supplement-archive-then-article-title.md": [
        ("GradientDE: identification of spatially graded genes", {"doi": "10.1038/s41592-021-01044-3"}, None),
        ("Identification of spatial expression gradients in single-cell data", {"doi": "10.1038/s41592-021-01045-2"},
         "github.com/example-lab/trendfinder"),
    ],
    # a104gi: package-release-references-in-citations (Arcadia-Science/noveltree): "- [cogeqc](github…)" / "  >
    # Almeida-Silva F, Van de Peer Y (2022). cogeqc: …. R package version 1.3.0.": a reference whose source is a
    # package's release cites software, not a scholarly work: the line stays the repository's
    "package-release-references-in-citations.md": [
        ("AlignCheck: fast quality control of multiple sequence alignments", {"doi": "10.1038/s41592-022-01501-7"},
         None),
        ("GeneForest: a tool for species-tree-aware gene family tree inference", {"doi": "10.1093/molbev/msab111"},
         None),
    ],
    # a101gf: reading-log-headings-after-linked-preamble (yutanakamura-tky/paper_reading): a reading log of
    # "###### Title (Venue 2019)" headings, some numbered ("###### 68. Title (2017)"), each over bullets of notes and
    # then a line of bare URLs below the notes, after an opening section of linked data sets; once a sibling
    # heading was a record, a noted heading is one too (the preamble's links make no topic of it, its number counts
    # records, "… Scientific Publications" in its title files no group of works), the bare URLs under its notes are
    # its links, and a nested "- [Other work](…)" under "次に読むべきもの" is an entry of its own
    "reading-log-headings-after-linked-preamble.md": [
        ("Span-Aware Clinical Concept Normalization with Ontology Graphs", {"arxiv": "2104.04321"}, None),
        ("Scaffolded Intent Labelling of Citations in Biomedical Scientific Publications", {"arxiv": "2004.01234"}, None),
        ("Privacy Leakage from Clinical Language Models Trained on Discharge Notes", {"arxiv": "2103.05678"},
         "github.com/example-lab/clinleak"),
        ("Federated Medication Recommendation across Hospital Networks", {}, None),
        ("Ontology-Guided Entity Linking for Radiology Reports", {"doi": "10.1148/ryai.2020190123"}, None),
    ],
    # a100ge: html-table-rows-after-early-table-close (xw1519/Continual-Learning-Medical-Adaptation): an HTML table
    # whose "<table>" was closed too early ("### Memory …" / "</table></tbody><thead><tr><td colspan=4></td></tr>
    # <tr><th>Paper Title</th>…" / rows / "</tbody></table>"), or rows written with no "<table>" at all: a "<tr>"
    # outside any table opens one (the rows still show their links), and an all-empty spacer row over the header
    # row is neither header nor row
    "html-table-rows-after-early-table-close.md": [
        ("Herding Scans: Exemplar Selection for Continual Organ Segmentation", {"arxiv": "2305.41122"},
         "github.com/example-lab/herding-scans"),
        ("Compressed replay buffers for lifelong chest radiograph classification",
         {"doi": "10.1038/s41467-022-31577-6"}, "github.com/example-lab/compressed-replay"),
        ("Forgetting-aware Scheduling of Rehearsal for Wearable ECG Monitors", {"arxiv": "2309.10457"}, None),
        ("Latent diffusion replay for continual MRI segmentation", {"doi": "10.1016/j.media.2024.103218"},
         "github.com/example-lab/ldm-replay"),
    ],
    # a100ge: template-example-rows-linking-to-hash (xw1519/Continual-Learning-Medical-Adaptation): a section left as
    # the template's sample ("| PaperA | [Link to PaperA](#) | Some more details about PaperA |", "| ... | ... |"):
    # a row that links only to "#" (a link to be filled) and whose other cells only speak of its name is no work;
    # a real title with a pending "#" link ("| Secure Gradient Sketches … | [Link](#) | IEEE TMI |") stays
    "template-example-rows-linking-to-hash.md": [
        ("Site-Aware Aggregation for Federated Chest CT Triage", {"arxiv": "2402.16630"},
         "github.com/example-lab/site-agg"),
        ("Personalised Heads for Multi-Hospital Mammography Screening", {"doi": "10.1016/j.media.2023.102871"}, None),
        ("Secure Gradient Sketches for Federated MRI Reconstruction", {}, None),
        ("FedBench-Rad: A Benchmark for Federated Radiology Models", {"arxiv": "2311.07745"}, None),
    ],
    # own17: bold-name-notes-model-and-paper-links (everycure-org/awesome-ai-drug-repurposing): "* **Title**" over note
    # bullets and "[Model (HuggingFace)](…) | [Paper (PMC)](…)": a link named as the model's weights among role links
    # is the work's link line, not a work titled "Model (HuggingFace)"; a note's scare-quoted word ('Previously
    # "shelved" compound …') is no quoted title of a reference
    "bold-name-notes-model-and-paper-links.md": [
        ("NoteBERT for Discharge Summaries", {"pmcid": "PMC9912345"}, None),
        ("TriageLM for Emergency Department Notes", {"arxiv": "2306.04417"}, "github.com/example-lab/triagelm"),
    ],
    # own17: tool-description-naming-other-works (seandavi/awesome-single-cell): "- [PyGMNormalize](github…) - [Python] -
    # Python implementation of [edgeR](pubmed…) normalization …", "… compare it with [Scanorama](github…)", "see also
    # [BBKNN](…)": a short link right after words naming another work is that work, mentioned in passing: its article
    # is not the item's paper (the tool stays a repository), its repository not the paper's own code
    "tool-description-naming-other-works.md": [
        ("DropNorm", {"doi": "10.1093/bioinformatics/btac101"}, "github.com/example-lab/dropnorm"),
        ("Mutual nearest neighbours for single-cell batch correction", {"doi": "10.1038/nbt.4091"}, None),
        ("Harmonized embeddings of single-cell atlases", {"arxiv": "2104.11222"}, "github.com/example-lab/harmonized"),
    ],
    # a108gm: dated-title-linked-to-unknown-journal-article-page (fabianofilho/awesome-medical-ai): "- [Title (2026)](
    # royalsocietypublishing.org/rsos/article/12/5/241873/235732) — resumo. (Royal Society Open Science, 2026)": a
    # dated title linked alone to an article page of a journal no host table knows ("/article/" then numbered
    # volume and article segments) is the paper; a news story's one-slug "/article/…" and a consultancy's guide stay
    # web pages
    "dated-title-linked-to-unknown-journal-article-page.md": [
        ("Consent Dashboards for Hospital Data Reuse: A Mixed-Methods Study", {}, None),
        ("Fairness Audits of Triage Models in Public Emergency Departments", {}, None),
        ("Bias Mitigation for Sepsis Alerts Across Hospital Networks", {"doi": "10.1038/s41746-026-01522-7"}, None),
    ],
    # a106gk: quoted-note-closing-paper-link (zonghui0228/BioMedical-NLP-corpus): a shared task's or corpus's linked
    # name ("- [BioCreative II Task 1A: …](task page)") over a quoted note whose last paragraph is only role-labelled
    # links ("> **[paper](…)**", "> [Code](github…) | [Paper](…)"): that paragraph gives the item's own paper and
    # code, so the item is the paper it links; a note with no such paragraph leaves the item a website
    "quoted-note-closing-paper-link.md": [
        ("ClinNote 2011 Task 1: Problem Mention Tagging", {"doi": "10.1186/1472-6947-11-s2-s4"}, None),
        ("MedTag 2016: Adverse Event Mention Challenge", {}, None),
        ("RxSpan 2016 Track 2: Medication Attribute Extraction", {"doi": "10.1038/s41746-019-0123-4"},
         "github.com/example-lab/rxspan-baseline"),
        ("CohortRel 2019: Temporal Relations over Pathology Reports", {"doi": "10.1093/jamia/ocz104"}, None),
    ],
    # a112gq: year-tool-author-package-page-paper-link (mikelove/awesome-multi-omics): "- 2009 - [iCluster](cran…
    # /package=iCluster) - Shen - [paper](…/pmc/articles/PMC2800366/)": a package's name linked to its page on a
    # software registry (CRAN, Bioconductor, PyPI), then its article, cites the package's paper as the same line
    # with the name linked to its repository does; a registry page is no "named resource" home page
    "year-tool-author-package-page-paper-link.md": [
        ("ClusterKit", {"pmcid": "PMC4512345"}, None),
        ("omicsFuse", {"doi": "10.1093/bioinformatics/btx312"}, None),
        ("blockPLS", {"doi": "10.1186/s12859-018-2391-4"}, None),
        ("LatentBlocks", {"doi": "10.1186/s13059-019-1722-1"}, "github.com/example-lab/latentblocks"),
        ("scmix", {"doi": "10.1101/2020.06.11.146712"}, None),
    ],
    # a112gq: self-hosted-gitlab-tool-with-paper (mikelove/awesome-multi-omics): "[INF](https://gitlab.fbk.eu/MPBA/
    # INF) - Chierici and Bussola - [paper](doi…)": an institution's own GitLab ("gitlab.<domain>") holds
    # repositories as gitlab.com does (groups, subgroups, "/-/tree/…"): the link is the paper's code
    "self-hosted-gitlab-tool-with-paper.md": [
        ("RadiomicsFlow", {"doi": "10.1016/j.media.2022.102455"}, "gitlab.example-univ.fr/example-lab/radiomics-flow"),
        ("DeepSurvBench", {"arxiv": "2203.04417"}, "gitlab.lrz.example.de/example-lab/medical/deepsurv-bench"),
        ("CohortGraph", {"doi": "10.1038/s41598-021-88011-2"}, "github.com/example-lab/cohortgraph"),
    ],
    # a110go: own-survey-placeholder-title-link (iabh1shekbasu/awesome-lung-cancer-segmentation-medical-imaging): the
    # intro announces the list's own survey ("our survey paper "**[Title]()**" and authors (**[Name](scholar…)**, …)")
    # by a link whose address is still to come; "our … paper" before that placeholder titles the paper's entry (a
    # challenge and a benchmark linked in the prose after it stay no papers)
    "own-survey-placeholder-title-link.md": [
        ("From Contours to Doses: A Review of Deep Tumour Delineation for Radiotherapy Planning", {}, None),
        ("Boundary-aware transformers for gross tumour volume delineation in head and neck CT", {"pmid": "38611234"},
         None),
        ("Dose-guided loss functions for organ-at-risk segmentation", {"arxiv": "2403.11872"},
         "github.com/example-lab/dose-guided-loss"),
        ("Uncertainty maps for clinical review of auto-contours in prostate radiotherapy",
         {"doi": "10.1038/s41598-023-41877-2"}, None),
        ("Semi-supervised nasopharyngeal tumour segmentation from planning MRI", {}, None),
    ],
    # a107gl: linked-italic-title-stop-venue-year (wulalago/LearningNote): a reading list whose paper link's text is
    # the whole reference set in italics, "[*Title. MedIA 2008*](…)", "[*Title. Neuroimage 2007*](…)": the title ends
    # at its own stop; a venue of one to four words (an acronym or a venue word among them) and a year after it are
    # the venue and the year, never the title ("… Part of the 2020 Review" closes no venue and stays)
    "linked-italic-title-stop-venue-year.md": [
        ("A Log-Domain Demons Framework for Cardiac Motion Tracking", {"doi": "10.1007/978-3-642-14366-3_12"}, None),
        ("Fast Symmetric Diffeomorphic Matching of Brain Surfaces", {"pmid": "19154790"}, None),
        ("Cascaded Pyramid Networks for Unsupervised Lung CT Registration", {"arxiv": "2103.04561"}, None),
        ("Contrast-agnostic Affine Alignment of Fetal Brain Scans", {"arxiv": "2305.11872"},
         "github.com/example-lab/fetal-affine"),
        ("Amortized Regularisation Weights for Deformable Registration", {"arxiv": "2201.07730"}, None),
        ("Lessons on Registration Uncertainty. Part of the 2020 Review", {"arxiv": "2011.03388"}, None),
    ],
    # a111gp: template-placeholder-repo-links (AcademicDissect/AcademicDissect): a generated collection whose papers'
    # "- **Link:** [Link](https://github.com/xxxx/xxx)" keeps the template's sample address (an owner and a name of
    # x's, or a fill-in owner such as "your-username"): no repository is meant, so no code link; a real address stays
    "template-placeholder-repo-links.md": [
        ("PathoMix: Stain-Robust Mixture Pretraining for Whole Slide Image Retrieval", {}, None),
        ("EchoTrace: Temporal Landmark Tracking for Fetal Echocardiography", {}, None),
        ("Sparse-View CT Reconstruction with Anatomy-Aware Flow Matching", {}, None),
        ("Towards Calibrated Uncertainty in Prostate MRI Lesion Detection", {}, None),
        ("RetinaGraph: Vessel Graph Priors for Diabetic Retinopathy Grading", {}, "github.com/example-lab/retinagraph"),
        ("DermaPrompt: Text-Guided Lesion Segmentation in Dermoscopy", {}, None),
        ("Learning Organ Atlases on Demand from Unpaired Abdominal CT", {}, None),
    ],
    # a111gp: bracketed-ordinal-before-linked-heading-title (partrita/daily-biorXiv-explained): the daily-arXiv-ai-
    # enhanced digests number each paper's heading with a bracketed ordinal before its linked title ("### [1]
    # [Title](https://www.biorxiv.org/content/10.…v1)"): "[1]" is the record's number, as "(1)" or "1." would be,
    # not part of its title
    "bracketed-ordinal-before-linked-heading-title.md": [
        ("Conformer Ensembles Sharpen Binding Pocket Prediction for Cryptic Sites", {"arxiv": "2409.11872"}, None),
        ("Residue-Level Language Model Priors for Enzyme Thermostability Design", {"arxiv": "2410.03418"}, None),
        ("A de novo designed miniprotein blocks a proton-gated ion channel in ischaemic injury",
         {"doi": "10.1101/2024.10.04.616611"}, None),
        ("Single-cell atlases of regenerating zebrafish fin reveal a transient progenitor state",
         {"doi": "10.1101/2024.09.28.615502"}, None),
    ],
    # a113gr: lowercase-subtitle-after-question-mark (Vezarachan/awesome-uncertainty-meets-explainability,
    # XuZikang/Awesome-MedIA-Fairness): Google Scholar's exported references set the title in sentence case and
    # lower the subtitle's first letter after a question ("Marx C, …. But are you sure? an uncertainty-aware
    # perspective on explainable ai. InInternational conference …"): a "?" followed by a plain lower-case word
    # does not end the title; "arXiv", "in:", "preprint" after the "?" still open the source
    "lowercase-subtitle-after-question-mark.md": [
        ("Who gets flagged? auditing subgroup error rates of sepsis early-warning scores", {"arxiv": "2305.11842"},
         None),
        ("Fairness-aware calibration of dermatology classifiers across Fitzpatrick skin types", {}, None),
        ("Can saliency be trusted? a Bayesian view on attribution noise in chest radiographs", {"arxiv": "2310.04417"},
         None),
        ("Is the model sure? conformal risk control for tumour segmentation", {"arxiv": "2402.09925"},
         "github.com/example-lab/conformal-seg"),
        ("What does the ensemble disagree on?", {"arxiv": "2311.06671"}, None),
        ("Does calibration survive a new scanner?", {}, None),
    ],
    # a114gs: numbered-gbt-two-author-reference (yuanpinz/learntit): a Chinese reading note numbers its GB/T 7714
    # references "[8] Ma Y, Yang Z. Title[J]. arXiv preprint arXiv:2102.01889, 2021. [[paper]](…)"; with two
    # Vancouver names (one comma, no "et al") the number hid the byline and the whole reference stood as the title:
    # the Vancouver-names test now reads the names after the bibliography number
    "numbered-gbt-two-author-reference.md": [
        ("Sparse attention pooling for gigapixel cytology smears", {"arxiv": "2203.04417"}, None),
        ("Stain-invariant bag embeddings for cervical whole slide screening", {"arxiv": "2106.11873"},
         "github.com/example-lab/stain-bags"),
        ("Nucleus-aware patch sampling for thyroid fine-needle aspiration slides", {"arxiv": "2107.02291"}, None),
        ("Graph pooling over cell clusters for urine cytology triage", {"arxiv": "2301.09962"}, None),
    ],
    # a121gz: undated-byline-over-italic-title (satyaki-mitra/Temporal-Changepoint-Detection): an APA reference list
    # wraps each reference after its byline ("- Google PAIR.  " / "  *People + AI Guidebook.*"); with no year the
    # byline line is a short name closed by its stop, and the emphasised line under it, which reads as no names, is
    # the title (not the authors, as under "[**NMI 2022**] Title \\" / "_Hong-Yu Zhou, …_")
    "undated-byline-over-italic-title.md": [
        ("Validity of a brief screen for postnatal depression in primary care", {}, None),
        ("Peer Support Toolkit", {}, None),
        ("Early detection of suicidal ideation in forum posts", {"arxiv": "2104.07719"}, None),
        ("Crisis Line Operations Manual", {}, None),
        ("Change point models for symptom trajectories", {}, None),
    ],
    # a116gu: code-capsule-doi-in-code-column (daiyun02211/awesome-AIDD): "| Code | [Link1](github…)
    # [Link2](https://doi.org/10.24433/CO.3558316.v1) |": a Code Ocean capsule's DOI is a deposit, as a Zenodo DOI is:
    # never the paper's page nor a second paper of the row; a Code cell's only link to one is the code, and one
    # beside the cell's repository is an archived copy (the repository is the code)
    "code-capsule-doi-in-code-column.md": [
        ("PocketFormer: attention over binding pockets for drug–target affinity prediction",
         {"doi": "10.1093/bioinformatics/btab9123"}, "github.com/example-lab/pocketformer"),
        ("Contrastive ligand–residue pretraining improves kinase selectivity prediction",
         {"doi": "10.1038/s42256-022-00777-3"}, "doi.org/10.24433/CO.4812345.v1"),
        ("A benchmark of sequence-only drug–target interaction models under cold-start splits",
         {"doi": "10.1093/bib/bbac911"}, None),
        ("Equivariant docking priors for binding affinity regression", {"doi": "10.1038/s41467-023-41234-x"},
         "github.com/example-lab/eqdock-affinity"),
        ("Uncertainty-aware graph networks for compound–protein interaction screening",
         {"doi": "10.1186/s13321-023-00765-4"}, "doi.org/10.24433/CO.9921034.v2"),
        ("Retrieval-augmented affinity prediction with protein language models", {"doi": "10.1039/d4sc01234a"},
         "codeocean.com/capsule/5550123/tree/v1"),
        # beside the repository, the capsule or the Zenodo snapshot is an archived copy, not one more code
        ("Fragment-level attribution for interpretable drug–target affinity", {"doi": "10.1038/s42256-024-00812-9"},
         "github.com/example-lab/fragattr"),
        ("Multi-task kinase profiling with shared pocket encoders", {"doi": "10.1038/s41467-024-45120-3"},
         "github.com/example-lab/kinase-mt"),
    ],
    # a115gt: usage-guide-section-after-cited-surveys (Leooo-Huang/awesome-human-activity-recognition): a link-less
    # reading list of cited surveys ends with a bare "## How to Use" (no "this list" in the heading) whose full-stopped
    # steps ("- Reference these surveys when motivating …") read as bare titles; the whole heading "How to use" /
    # "How to contribute" / "How to cite" names a guide to the list itself, whose lines are no references
    "usage-guide-section-after-cited-surveys.md": [
        ("Inertial Sensing for Daily Activity Monitoring: A Review", {}, None),
        ("Self-Supervised Representation Learning for Wrist Accelerometry: A Survey", {}, None),
        ("Gait Analysis with Body-Worn Sensors in Clinical Populations", {}, None),
        ("Deep Learning for Photoplethysmography Analysis: A Systematic Review", {}, None),
        ("Consumer Sleep Trackers Versus Polysomnography: A Meta-Analysis", {}, None),
        ("Single-Lead ECG Arrhythmia Detection on Smartwatches", {}, None),
    ],
    # a115gt: resource-section-in-cited-reading-list (Leooo-Huang/awesome-human-activity-recognition): a link-less
    # reading list whose references are cited by authors, venue and year has a "## Datasets & Leaderboard
    # Aggregators" section of quoted resource names with a bracketed gloss ('- "Papers with Code: …." *(Live SOTA
    # tracking …)*'); a section whose heading names data, tools, models, sites or challenges and none of whose lines
    # is cited so names resources, not works
    "resource-section-in-cited-reading-list.md": [
        ("Representation Learning for Biosignals: A Tutorial", {}, None),
        ("Contrastive Pretraining of Multichannel Electrocardiograms", {}, None),
        ("Motion Artifact Removal in Wrist Photoplethysmography", {}, None),
        ("Transfer Learning Across Polysomnography Cohorts", {}, None),
        ("Subject-Wise Splits Matter: Leakage in Wearable Benchmarks", {}, None),
        ("Calibration of Clinical Risk Scores Derived from Smartwatch Data", {}, None),
        ("Label Noise in Free-Living Activity Annotations", {}, None),
        ("Benchmarking Sleep Staging Models on Consumer Devices", {}, None),
    ],
    # a118gw: bold-honour-note-in-paper-box (Finspire13/Finspire13.github.io): an AcadHomepage paper box writes the
    # linked title, the authors and the venue as paragraphs, then a bold honour or acceptance line ("**Best Student
    # Paper Award**", "**Early Accept (Top 5%)**") before the "[[Code]](github…)" paragraph: a bold line of no links
    # naming an honour, under a record opened by its linked title, is a note on that record, which keeps its code
    "bold-honour-note-in-paper-box.md": [
        ("Anatomy-Aware Diffusion Priors for Sparse-View Cone-Beam CT", {"arxiv": "2403.11827"},
         "github.com/example-lab/anatomy-diffusion-cbct"),
        ("Surgical Phase Anticipation with Temporal Graph Memory", {}, "github.com/example-lab/phase-graph-memory"),
        ("Uncertainty-Calibrated Retinal Lesion Detection in Widefield Fundus Images",
         {"doi": "10.1016/j.media.2023.102871"}, "github.com/example-lab/widefield-lesions"),
        ("Topology-Preserving Registration of Infant Brain MRI", {"arxiv": "2302.04418"},
         "github.com/example-lab/infant-topo-reg"),
    ],
    # a120gy: heading-method-card-noted-fields (LiudengZhang/awesome-spatial-omics): "### NicheLens" over a method
    # card whose "- **Paper:** [Nature Methods, 2024](doi…)" and "- **Code:** [github.com/…](…)" sit among descriptive
    # fields, some written as link-less sub-bullets ("- **Strengths:**" / "    - No GPU required"): the heading is the
    # paper's record (``_metadata_fields`` read under a heading), titled by the heading, its code paired
    "heading-method-card-noted-fields.md": [
        ("NicheLens", {"doi": "10.1038/s41592-024-02611-3"}, "github.com/example-lab/nichelens"),
        ("TissueGraph", {"doi": "10.1101/2023.08.14.553201"}, "github.com/example-lab/tissuegraph"),
        ("SpotMixer", {"arxiv": "2406.10873"}, "github.com/example-lab/spotmixer"),
    ],
    # a120gy: numbered-heading-journal-field-card (LiudengZhang/awesome-spatial-omics-niche): "## 1. Title" over
    # "- **Authors:** …" / "- **Journal:** Cancer Cell (2025), …" / "- **Cross-platform validation:** …" /
    # "- **URL:** https://www.cell.com/…/fulltext/…": the authors and journal fields cite the work, so the numbered
    # heading is its record even when the URL is a publisher's page without a DOI; a two-word hyphenated label
    # longer than 24 characters ("Cross-platform validation") is still a field's label
    "numbered-heading-journal-field-card.md": [
        ("Stromal niches predict relapse after neoadjuvant therapy in pancreatic cancer", {}, None),
        ("Tertiary lymphoid structure maturity maps onto survival in gastric cancer", {}, None),
        ("Hypoxic niches shape T cell exhaustion in glioblastoma", {"doi": "10.1038/s41467-025-60412-7"}, None),
    ],
    # a119gx: accepted-paper-news-in-top-section-prose (chaoyanghe/Awesome-Federated-Learning): a top-level section
    # of prose before the list's subsections gives news of papers: "We are thrilled to share that [Title](arxiv…)
    # has been accepted to [Venue](…)" (the link the subject of "has been accepted / was published", whatever
    # other links the sentence holds) and a paragraph that is only a titled link to a scholarly record: papers
    "accepted-paper-news-in-top-section-prose.md": [
        ("Federated Survival Analysis Across Forty Oncology Centres", {"arxiv": "2403.11872"}, None),
        ("A Practical Guide to Privacy Budgets in Clinical Federated Learning", {"arxiv": "2311.05291"}, None),
        ("Secure Aggregation for Multi-Site Radiology Models", {"doi": "10.1038/s41746-024-01123-4"}, None),
        ("Personalized Federated Segmentation of Liver Tumours", {"arxiv": "2402.07719"},
         "github.com/example-lab/fed-liver"),
        ("Client Drift in Federated Chest X-ray Classification", {"arxiv": "2309.14402"}, None),
    ],
    # a119gx: site-labelled-publisher-article-page (brighter-ai/awesome-privacy-papers): "**Title** - Authors.
    # [[SITE]](ieeexplore.ieee.org/document/N)": a list labels PDFs "PDF" and publisher pages "SITE"; a home-page
    # label on one article's page (IEEE Xplore's /document/N, a journal's /article/ path) is the paper's link, so a
    # title too short to name a work by itself (three words) stays a paper
    "site-labelled-publisher-article-page.md": [
        ("Federated Retinal Screening", {"arxiv": "2104.05518"}, None),
        ("Masked Faces in Dermatology Photographs", {}, None),
        ("Anonymised Ultrasound Video", {}, None),
        ("Private Chest Radiographs", {}, None),
        ("Differential Privacy for Histopathology Slides", {"doi": "10.1007/s10278-019-00211-5"}, None),
    ],
    # a119gx: papers-and-libraries-parallel-sections (cdchushig/awesome-synthetic-time-series): "## Research Papers" /
    # "* [RGAN](arxiv…) - Title" and then "## Libraries" / "- [RGAN](github…) - Title": papers and implementations
    # filed in two sections under the same names; a paper takes the code of the repository of its name once the two
    # sections share three names or more
    "papers-and-libraries-parallel-sections.md": [
        ("MedSynGAN: Synthetic Longitudinal Patient Records with Conditional GANs", {"arxiv": "2104.03318"},
         "github.com/example-lab/medsyngan"),
        ("EHR-Diff: Diffusion Models for Tabular Health Records", {"arxiv": "2303.05656"},
         "github.com/example-lab/ehr-diff"),
        ("PrivTab: Differentially Private Synthesis of Clinical Tables", {"doi": "10.1145/3534678.3539212"},
         "github.com/example-lab/privtab"),
        ("CohortSim: Simulating Patient Cohorts for Trial Design", {"arxiv": "2209.11420"}, None),
    ],
    # a117gv: table-bold-name-dash-byline (Aakash-Tripathi/Awesome-Medical-Multimodal-Models-and-Datasets): a table of
    # seminal papers whose Paper cell is the model's name in bold, a spaced dash and its first author ("| **ConVIRT**
    # — Zhang et al. | … | [arXiv:2010.00747](…) |"), a bracketed remark possibly between or after: the bold name
    # titles the row, the byline after the dash is a note and never the title; a whole bold "Author et al. — Title"
    # cell stays whole
    "table-bold-name-dash-byline.md": [
        ("ContraRad", {"arxiv": "2104.03321"}, None),
        ("PatchAlign", {}, None),
        ("HistoPrompt", {"doi": "10.1038/s41591-023-04412-7"}, None),
        ("WardBERT", {"doi": "10.1038/s41746-022-00611-4"}, None),
        ("TRIAGE", {"arxiv": "2303.11872"}, None),
        ("Kovacs et al. — Deep learning for ward notes", {"doi": "10.1016/j.jbi.2019.103244"}, None),
    ],
    # a117gv: table-bracketed-aside-paper-cell (Aakash-Tripathi/Awesome-Medical-Multimodal-Models-and-Datasets): a
    # benchmark table whose Paper cell, for a row without a paper link, holds only a short aside in brackets that
    # points elsewhere ("| **RadBench** | … | (RadFM paper) | — |", "| … | (ImageCLEF) | (ImageCLEF) |"): the aside
    # is no title, the row is named by its Benchmark column
    "table-bracketed-aside-paper-cell.md": [
        ("DermQA", {"doi": "10.1038/s41597-022-01733-9"}, None),
        ("GastroVQA", {"arxiv": "2309.14412"}, "github.com/example-lab/gastrovqa"),
        ("ThoraxQA", {"arxiv": "2406.01187"}, None),
    ],
    # a125hd: table-study-column-citation (leogshen/SepSentinel): a literature review's summary table whose "Study"
    # column cites each work (bold authors, the title in quotes, a venue, then "doi:"/"arXiv:" and a PMC link) and
    # whose later "Model" column names the method: the Study column titles the row, its quoted title the work
    "table-study-column-citation.md": [
        ("Hourly Risk Curves for Septic Shock in Mixed ICUs", {"doi": "10.1097/cce.0000000000001077"}, None),
        ("A Benchmark of Continuous Deterioration Scores", {"arxiv": "2409.11872"}, "github.com/example-lab/cds-bench"),
        ("Missingness as Signal in Bedside Vital Streams", {"doi": "10.1038/s41746-023-00911-2", "pmcid": "PMC10476512"},
         "github.com/example-lab/missing-signal"),
        ("Calibrated Alarms for Acute Kidney Injury Onset", {"arxiv": "2502.06318"}, None),
    ],
    # a127hf: equator-guideline-record-link (ThewBear/11ty-www.thewdhanat.com): a reading list of reporting
    # guidelines links a guideline's full title to the EQUATOR Network library's page of that guideline
    # ("[Reporting guideline for … : DECIDE-AI](equator-network.org/reporting-guidelines/<slug>/)"): that page is the
    # record of one published statement, so the line is a paper; the library's bare index names none
    "equator-guideline-record-link.md": [
        ("Reporting guideline for bedside validation of machine learning triage tools: the TRIAGE-ML statement", {},
         None),
        ("Extended checklist for external validation of imaging classifiers: EXVAL-IMG", {}, None),
        ("Minimum reporting items for prospective evaluation of sepsis alerts", {"doi": "10.1038/s41591-022-01877-3"}, None),
        ("Guideline for reporting pragmatic trials of clinical decision support: the PRAG-CDS extension", {}, None),
        ("Reporting randomised evaluations of autonomous screening devices", {"doi": "10.1136/bmj-2022-071345"}, None),
    ],
    # a127hf: journal-newsroom-story-beside-papers (ThewBear/11ty-www.thewdhanat.com): a policy reading list puts
    # a journal's news story ("[Science funding agencies say no to using AI for peer review](science.org/content/
    # article/<slug>)", "sciencemag.org/news/…", "nature.com/news/…") beside the journal's papers: the newsroom's
    # page is journalism, not an article, so the line is no paper; "science.org/doi/10.1126/…" stays one
    "journal-newsroom-story-beside-papers.md": [
        ("Auditing deployed sepsis models across eleven hospitals", {"doi": "10.1126/science.adf4471"}, None),
        ("Calibration drift of clinical risk scores after deployment", {"doi": "10.1038/s41746-023-00912-5"}, None),
        ("Prospective evaluation of an autonomous retinal screening device", {"arxiv": "2305.11872"}, None),
    ],
    # a122ha: survey-keyed-acm-references (csyanbin/3D-Medical-Generative-Survey): a survey's companion list gives
    # each work as one ACM-style reference paragraph led by its taxonomy key, the method's short name in brackets
    # and the survey's reference number ("[A2] (SlabGAN) [54]\tJason L Granstedt, …. 2021. Title. In …"); the
    # whole lead is read as the reference's number, so the authors, year and title after it are read as any
    # numbered reference's are
    "survey-keyed-acm-references.md": [
        ("Generating whole-brain MRI volumes with a progressive latent GAN", {}, None),
        ("Slice-consistent diffusion for anisotropic cardiac volumes", {"arxiv": "2304.11872"}, None),
        ("Cross-modality PET synthesis from structural MRI with edge-aware adversarial training",
         {"doi": "10.1109/tmi.2020.2971188"}, None),
        ("Lesion-aware counterfactual augmentation of brain CT with 3D generators", {},
         "github.com/example-lab/lesionsynth"),
    ],
    # a126he: bold-title-records-joined-by-hard-breaks (AIEyeSystem/Awesome-Foundation-Models-in-Ophthalmology):
    # records of "**Title**\\" / "*Authors*\\" / "[Venue, 2024]<br>" / "[[Paper](…)] [[Github](…)]\\" run together by
    # hard breaks into one paragraph, no blank line between them: each bold title line opens a record of its own
    # that runs to the next bold title line, its links the record's (not all titled by the first record)
    "bold-title-records-joined-by-hard-breaks.md": [
        ("RetinaMAE - A masked autoencoder for retinal photographs", {"doi": "10.1038/s41586-023-01234-5"},
         "github.com/example-lab/retinamae"),
        ("OCT-CLIP: Contrastive Pretraining of Optical Coherence Tomography with Clinical Reports",
         {"arxiv": "2403.11872"}, "github.com/example-lab/oct-clip"),
        ("FundusGPT: A Vision-Language Assistant for Fundus Disease Screening", {},
         "github.com/example-lab/fundusgpt"),
        ("Glaucoma Progression Forecasting from Longitudinal Visual Fields", {}, None),
    ],
    # a123hb: lead-in-sentence-before-linked-works (caufieldjh/awesome-bioie): "  * For some historical context on
    # LBD, see papers by …, including [_Undiscovered Public Knowledge_](jstor…) (paywalled) and [_Rediscovering Don
    # Swanson: …_](…PMC5771422/).": a sentence ending in a word that leads in to examples ("including", "see", "such
    # as") is a note, not a title; each linked title after it is a work, a parenthesised aside between them no bar
    # to their "and", and the second work's identifier is its own, not the first's
    "lead-in-sentence-before-linked-works.md": [
        ("Knowledge graphs for literature-based discovery: a review", {"doi": "10.1016/j.jbi.2021.103901"}, None),
        ("Hidden Links Between Distant Literatures", {"doi": "10.1086/601720"}, None),
        ("Revisiting Open Discovery: Twenty Years of Hidden Links", {"pmcid": "PMC6120033"}, None),
        ("Mining drug repurposing hypotheses from PubMed abstracts", {"arxiv": "2203.04417"},
         "github.com/example-lab/lbd-miner"),
        ("Clinical Notes as a Source of Repurposing Signals", {"doi": "10.1093/jamia/ocab118"}, None),
        ("Temporal Validation of Literature-Derived Drug Hypotheses", {"pmid": "34512277"}, None),
    ],
    # a123hb: jstor-stable-article-links (caufieldjh/awesome-bioie): "[_Undiscovered Public Knowledge_](https://www.
    # jstor.org/stable/4307965)": JSTOR's stable address names one article (a scholarly host, as a publisher's
    # article page is); its home page names none
    "jstor-stable-article-links.md": [
        ("Undisclosed Connections in the Medical Record", {}, None),
        ("Statistical Associations Between Indexing Terms", {}, None),
        ("Ranking Biomedical Abstracts by Term Overlap", {"doi": "10.1093/bioinformatics/btg1011"}, None),
    ],
    # a124hc: repository-line-with-labelled-openreview-paper (Research-Equality/awesome-ai-scientists): a system's
    # repository opens its item, a second line gives "[Code](github…) · [Paper](…)"; a "[Paper]" link to a scholarly
    # page with no identifier (OpenReview forum, ACL Anthology) cites the work as an arXiv link does
    "repository-line-with-labelled-openreview-paper.md": [
        ("BenchPilot", {"arxiv": "2503.14821"}, "github.com/example-lab/benchpilot"),
        ("AssayForge", {}, "github.com/example-lab/assayforge"),
        ("PipetteNet", {}, "github.com/example-lab/pipettenet"),
    ],
    # a124hc: month-tag-quoted-title-then-byline (zoedsy/awesome-science-agents): '[2025-04] ![badge] "Title." Authors
    # et al. Venue 2025. [paper](…) | [code](…)': a quoted title closed by its stop, then the byline, venue and year;
    # a lead text so quoted is the whole reference, read with the venue and year the "et al" cut left behind
    "month-tag-quoted-title-then-byline.md": [
        ("Titration Planning with Tool-Using Language Agents", {"arxiv": "2503.10472"},
         "github.com/example-lab/titrate-agent"),
        ("Closed-loop discovery in the era of robotic laboratories", {"doi": "10.1038/s41586-024-08113-4"}, None),
        ("Crystal Scout: Cooperative Agents for Porous Materials Screening", {"doi": "10.1039/d4dd00112a"}, None),
        ("ReagentGPT: Grounding Language Models in Laboratory Inventories", {"doi": "10.1038/s42256-024-00911-2"},
         None),
    ],
    # a124hc: linked-name-comma-quoted-subtitle (Omni-Scientist/Awesome-AI-Scientist): '- [Kosmos](arxiv…), "An AI
    # Scientist for Autonomous Discovery". [badges]': a short name linked to its paper, a comma, the rest of the title
    # in quotes; the title is the name and the quoted subtitle together
    "linked-name-comma-quoted-subtitle.md": [
        ("PipetteMind: Closed-Loop Liquid Handling with Language Agents", {"arxiv": "2506.11873"},
         "github.com/example-lab/pipettemind"),
        ("Assay Scout: Autonomous assay design for enzyme discovery", {"doi": "10.1038/s41586-025-09142-3"},
         "github.com/example-lab/assay-scout"),
        ("CrystalLoop: Self-Driving Crystallisation Through Agentic Planning", {"arxiv": "2412.04417"}, None),
    ],
    # own (s18): name-linked-to-pdf-then-name-colon-title (cdchushig/awesome-synthetic-time-series): "- [COT-GAN](…
    # Paper.pdf) - COT-GAN: Generating Sequential Data via …": a short name linked to its paper (no identifier), the
    # description the whole title opening with that name and its colon; a description in prose keeps the name, and
    # a parallel "Libraries" section still gives each paper its code by the name
    "name-linked-to-pdf-then-name-colon-title.md": [
        ("ECG-Diff: Score-Based Synthesis of Twelve-Lead Electrocardiograms", {}, "github.com/example-lab/ecg-diff"),
        ("PulseGAN: Adversarial Generation of Photoplethysmography Waveforms Under Motion", {},
         "github.com/example-lab/pulsegan"),
        ("SepsisSim", {}, "github.com/example-lab/sepsissim"),
        ("VitalFlow", {"arxiv": "2207.01234"}, "github.com/example-lab/vitalflow"),
    ],
    # own (s18): tool-line-see-author-year-article (seandavi/awesome-single-cell): "- [SingleSplice](github…) - [R] -
    # A tool for … See [Welch et al. 2016](academic.oup.com/nar/article/…)": a repository's line citing its article
    # by authors and year, linked to a scholarly host's page without an identifier, cites the work its code
    # implements (as "[Paper](…)" would); the same label on a blog post does not
    "tool-line-see-author-year-article.md": [
        ("SpliceScope", {}, "github.com/example-lab/splicescope"),
        ("CellDrift", {}, "github.com/example-lab/celldrift"),
    ],
    # a133hl: evaluation-benchmarks-table-paper-badges (ZJU4HealthCare/Awesome-Medical-LLMs-and-Agents): a benchmark
    # table under "### B. Generalist Evaluation Benchmarks", each row "| **Name** | `Venue Year` | … |
    # [![Paper](badge)](aclanthology.org/…) |"; a heading that says "evaluation" yet names benchmarks lists data
    # sets with their articles, so a row linked only to its paper on a scholarly site is that paper, no challenge
    "evaluation-benchmarks-table-paper-badges.md": [
        ("WardQA", {}, None),
        ("TriageNLI", {}, None),
        ("DoseCalc-QA", {"arxiv": "2503.11842"}, "github.com/example-lab/dosecalc-qa"),
        ("ClinRubric", {"doi": "10.1038/s41467-025-61234-9"}, None),
    ],
    # a128hg: labelled-record-headings-code-only-record (lusunn111/Paper_List_And_Code_About_CBCT_Segmentation): each
    # work is a numbered heading ("## ⌨️8.Title") over a "[Code_Link](github…)|**Time:2024**" line and a
    # "[Paper_Link](…)" line; a record of that section with the code label alone and only the shared stamp
    # ("## ⌨️9.… A Test Code" / "[Code_Link](github…)|**Time:2025**") is a repository, not a paper
    "labelled-record-headings-code-only-record.md": [
        ("VesselFormer: Topology-Aware Transformers for Retinal Vessel Segmentation",
         {"doi": "10.1007/s10278-024-01177-3"}, "github.com/example-lab/vesselformer"),
        ("FundusMamba: Long-Range State Space Models for Fundus Image Segmentation",
         {"arxiv": "2405.11873"}, "github.com/example-lab/fundus-mamba"),
        ("A fully automatic pipeline for artery and vein classification in fundus photographs",
         {"doi": "10.1038/s41467-023-41822-5"}, "github.com/example-lab/av-pipeline"),
        ("CapillaryNet: Self-Supervised Pretraining for OCT Angiography Segmentation",
         {"arxiv": "2502.08814"}, "github.com/example-lab/capillarynet"),
    ],
    # a131hj: gbt7714-capitalised-surnames (Event-AHU/Medical_Image_Analysis): "* Zhao B N, JIANG X, Luo X, et al.
    # **Title**[J]." — a GB/T 7714 byline that sets surnames in capitals ("JIANG X", "LUO X", "WU H.") before the
    # title; an all-capital word followed by single initials is an author's name, so the title starts after the byline
    "gbt7714-capitalised-surnames.md": [
        ("Contrastive Alignment of Chest Radiographs and Free-Text Findings", {"arxiv": "2405.11872"},
         "github.com/example-lab/cxr-align"),
        ("Anatomy-Aware Decoding for Longitudinal Radiology Reports", {"doi": "10.1007/978-3-031-72086-4_12"}, None),
        ("Knowledge Graph Priors for Faithful Thoracic Report Generation", {"doi": "10.1016/j.media.2024.103088"},
         "github.com/example-lab/kg-prior-report"),
        ("Sentence-Level Grounding Rewards for Radiograph Captioning", {"arxiv": "2403.07719"}, None),
        ("Uncertainty-Calibrated Findings Extraction from Chest CT Reports", {"arxiv": "2402.09913"}, None),
    ],
    # own (s18): method-name-home-page-then-paper-label (mikelove/awesome-multi-omics): "- 2014 - [SNF](compbio…/
    # Software.html) - Wang - [paper](pubmed/24464287)" among "- 2019 - [maui](github…) - Ronen - … - [paper](doi…)":
    # a list writing each method as its name then its article under one label cites the article on every line,
    # whether the name links its code or its home page; a portal's line with no article stays a website
    "method-name-home-page-then-paper-label.md": [
        ("OmniClust", {"pmcid": "PMC3100745"}, None),
        ("LayerFuse", {"pmid": "23812345"}, None),
        ("BayesMix", {"doi": "10.1093/bioinformatics/btw123"}, "github.com/example-lab/bayesmix"),
        ("ClusterBoost", {"doi": "10.1186/s13059-018-1500-1"}, None),
        ("ClusterBoost", {"doi": "10.1515/sagmb-2018-0012"}, None),
        ("DeepSub", {"doi": "10.26508/lsa.201900611"}, "github.com/example-lab/deepsub"),
        ("OmicsVAE", {"doi": "10.3389/fgene.2020.00412"}, "github.com/example-lab/omicsvae"),
        ("CellWeave", {"doi": "10.1093/bioinformatics/btab301"}, None),
    ],
    # a132hk: title-stop-comma-byline-stop-venue-year-links (blakeliu/awesome-cell-detection-segmentation): '*  Title.
    # Name Surname, Name Surname. MICCAI 2016[[paper](…)][[code](…)]': a title closed by its stop, then two names and
    # more parted by commas and closed by a stop, then the venue and year; the byline goes to the trailer, not the
    # title's end (the year trailer's comma once cut it after the first author)
    "title-stop-comma-byline-stop-venue-year-links.md": [
        ("Sparse Kernel Voting for Mitotic Figure Detection in Stained Sections", {"arxiv": "1607.04412"},
         "github.com/example-lab/kernel-voting"),
        ("Counting Crowded Nuclei with Density Regression Forests", {}, None),
        ("Weakly Labelled Cell Detection in Phase Contrast Time Lapse", {"doi": "10.1109/tmi.2017.2712345"},
         "github.com/example-lab/weak-phase"),
        ("Contour-Guided Instance Segmentation of Overlapping Cervical Cells", {"doi": "10.1016/j.media.2018.03.004"},
         None),
        ("Graph Cut Refinement for Dense Nuclei in Light-Sheet Volumes", {"arxiv": "1904.02231"},
         "github.com/example-lab/graphcut-nuclei"),
    ],
    # a130hi: numbered-reference-list-before-coded-entries (ljwztc/CLIP-Driven-Universal-Model): an intro cites works
    # by number, a link-less numbered reference list restates them ('[2] Liu, Jie, et al. "Title." arXiv preprint
    # arXiv:2301.00785 (2023). \'), then the sections list the same works with "[[Paper](…)] [[Code](…)]"; a link-less
    # restatement (same title, no other identifier) is the full entry's work once more, read once, with its code
    "numbered-reference-list-before-coded-entries.md": [
        ("Prompted Organ Atlas: One Model for Forty Abdominal Structures", {"arxiv": "2302.11873"},
         "github.com/example-lab/prompted-organ-atlas"),
        ("ScaleSeg: Scaling Laws for Volumetric Segmentation Pre-training", {"arxiv": "2305.04412"},
         "github.com/example-lab/scaleseg"),
        ("Federated Universal Segmentation Across Partially Labelled Hospitals", {"arxiv": "2306.09951"}, None),
        ("Label-Conflict Resolution for Multi-Dataset Organ Segmentation", {"doi": "10.1016/j.media.2023.102871"},
         "github.com/example-lab/label-conflict"),
        ("ContextSeg: Segmenting New Structures from a Handful of Examples", {"arxiv": "2304.07715"},
         "github.com/example-lab/contextseg"),
    ],
    # a129hh: lone-vancouver-author-colon-title (nf-core/sarek): "- [BCFTools](pubmed…)" / "  > Li H: A statistical
    # framework for SNP calling, …. Bioinformatics. 2011 …": one Vancouver author closed by a colon (as "Van Loo P,
    # …, et al.: Title" closes a longer byline) is the byline, the title follows it; only in a dated reference
    "lone-vancouver-author-colon-title.md": [
        ("A probabilistic model for calling somatic variants from matched tumour and normal reads",
         {"doi": "10.1093/bioinformatics/bty712", "pmid": "31234567", "pmcid": "PMC6412345"}, None),
        ("Mapping long noisy reads against graph references with minimizer chains",
         {"arxiv": "1911.04321", "doi": "10.48550/arxiv.1911.04321"}, None),
        ("Copy number inference from shallow whole-genome sequencing of cell-free DNA",
         {"doi": "10.1101/gr.274512.120", "pmid": "33987654"}, "github.com/example-lab/copycall"),
        ("Read-backed phasing of de novo variants in parent-child trios",
         {"doi": "10.1038/s41592-019-0712-3", "pmid": "32345678"}, None),
    ],
    # own (s18): prose-description-closing-journal-tag (fabianofilho/awesome-medical-ai): "- [Title (2026)](jyi.org/
    # 2026-march/…) — Revisão sistemática … (Journal of Young Investigators, Mar 2026)": a description in prose that
    # closes with the journal and date in brackets gives the venue (its first words are no byline), and a title linked
    # alone to an unknown site's page is then that journal's article; a portal's or a news line stays a website
    "prose-description-closing-journal-tag.md": [
        ("Fairness Audits of Triage Models in Emergency Care: A Systematic Survey", {}, None),
        ("Consent and Secondary Use of Hospital Records in Model Training", {}, None),
        ("Bias Mitigation for Readmission Models Across Regional Hospitals", {"doi": "10.1038/s41746-026-01733-9"}, None),
    ],
    # a136ho: presenter-first-schedule-unfilled-paper-cells (mit-medg/mit-medg.github.io): a reading group's
    # schedule "Presenter | Date | Paper/Topic" whose later rows leave the paper cell empty ("| Heather Berlin |
    # 05/13/2019 | |"): a first column headed by the people who present names a person, never the work, so a row
    # with no paper is no entry (it was titled by the presenter's name)
    "presenter-first-schedule-unfilled-paper-cells.md": [
        ("Contrastive Pretraining of Bedside Monitor Waveforms", {"arxiv": "2401.04418"}, None),
        ("Counterfactual Risk Estimates for Sepsis Triage", {"doi": "10.1093/jamia/ocad214"}, None),
        ("Sparse Attention over Longitudinal Claims Histories", {"arxiv": "2312.09917"}, None),
        ("Calibrated Uncertainty for Early Warning Scores", {"arxiv": "2310.11207"}, None),
        ("Federated Phenotyping across Hospital Networks", {"doi": "10.1038/s41746-023-00921-9"}, None),
    ],
    # a135hn: table-hover-title-reference-links (xmindflow/Awesome-Foundation-Models-in-Medical-Imaging, early
    # README): a table's Article cell is a shortcut reference link, "[Expert-level detection of...]", whose
    # definition points at a dummy anchor and carries the whole title as its hover text ('[…]: ## "Expert-level
    # detection of pathologies …"'); the hover text that starts with the cell's text (less its ellipsis) is the title
    "table-hover-title-reference-links.md": [
        ("ChestPrompt: Prompt-Tuned Contrastive Pretraining for Chest Radiographs", {"arxiv": "2303.11842"},
         "github.com/example-lab/chestprompt"),
        ("Masked pretraining of whole-slide transformers for weakly supervised cancer subtyping",
         {"doi": "10.1038/s41551-024-01233-7"}, None),
        ("Self-supervised CT representation learning with anatomical consistency", {"arxiv": "2311.04417"},
         "github.com/example-lab/ssl-ct"),
        ("SlideBERT: Joint Pretraining of Histology Tiles and Pathology Reports", {"arxiv": "2406.09125"}, None),
    ],
    # a134hm: percent-encoded-bracket-after-pdf-link (xzenglab/resources-for-DDIs-prediction-using-DL): "[paper](https://
    # arxiv.org/pdf/1611.07308.pdf%5D)" — a closing bracket of the list's own Markdown pasted into the address and
    # percent-encoded after the arXiv id; it is no part of the id, which is read as if the bracket were not there
    "percent-encoded-bracket-after-pdf-link.md": [
        ("Graph co-training for polypharmacy side effect ranking", {"arxiv": "1906.04412"},
         "github.com/example-lab/cotrain-se"),
        ("Variational substructure encoders for interaction events", {"arxiv": "2003.01187"}, None),
        ("Contrastive views of drug pairs for interaction typing", {"doi": "10.1093/bib/bbab388"},
         "github.com/example-lab/pairview"),
        ("Sparse attention over molecular fragments for interaction detection", {"arxiv": "2204.07731"},
         "github.com/example-lab/fragattn"),
    ],
    # a134hm: browser-extension-viewer-links (xzenglab/resources-for-DDIs-prediction-using-DL): "[code](chrome-extension://
    # efaidnbmnnnibpcajpcglclefindmkaj/https://oup.silverchair-cdn.com/….pdf)" — an address copied from a browser's
    # PDF viewer extension, the real address after the extension's id; the link is to the address it shows
    "browser-extension-viewer-links.md": [
        ("Mining adverse reactions from patient forum posts with span graphs", {"arxiv": "2109.03318"},
         "github.com/example-lab/forum-ade"),
        ("Weak supervision for drug safety signals in short texts", {"pmcid": "PMC7411953"}, None),
        ("Normalising adverse event mentions to MedDRA with retrieval", {"doi": "10.1016/j.jbi.2022.104112"},
         "github.com/example-lab/meddra-retrieve"),
        ("Event extraction from pharmacovigilance case narratives", {"arxiv": "2310.02144"},
         "github.com/example-lab/case-events"),
    ],
    # a134hm: cjk-remark-sentence-before-title (liuzan-info/project-record): "ADR机制复杂，…没有提升。Prediction of adverse
    # drug reactions by … https://…" — the reader's remark, a CJK sentence closed by "。", glued before the work's
    # Latin title; what follows the last "。" (no ideograph, three Latin words or more) is the title
    "cjk-remark-sentence-before-title.md": [
        ("Predicting adverse reactions of new drugs from molecular fingerprints", {"doi": "10.1186/s12859-021-04120-7"},
         None),
        ("Contrastive graph learning for post-marketing drug safety signals", {"arxiv": "2107.05521"},
         "github.com/example-lab/cgl-signal"),
        ("Network propagation for adverse reaction prediction in sparse reporting data", {"pmid": "35012345"}, None),
        ("Multi-task attention over drug pairs for polypharmacy side effects", {"doi": "10.1093/bib/bbac322"},
         "github.com/example-lab/mta-pse"),
    ],
    # a134hm: journal-cite-export-after-title (liuzan-info/project-record): "Title, Briefings in Bioinformatics, Volume 22,
    # Issue 1, January 2021, Pages 164–177, https://doi.org/…" — a journal's "Cite" export pasted without its byline:
    # the journal, volume, issue, date and pages after the title are its venue, no part of the title
    "journal-cite-export-after-title.md": [
        ("Graph attention for adverse event signal detection in spontaneous reports", {"doi": "10.1093/bib/bbad041"},
         "github.com/example-lab/gat-signal"),
        ("Temporal knowledge graphs for post-marketing surveillance of biologics",
         {"doi": "10.1093/bioinformatics/btac133"}, None),
        ("Weakly supervised extraction of drug–event pairs from case narratives", {"doi": "10.1093/database/baab062"},
         None),
        ("Learning to rank safety signals with disproportionality features", {"arxiv": "2203.11873"},
         "github.com/example-lab/rank-signals"),
    ],
    # own (s18): news-date-first-person-opening-link (Raymond-Qiancx/raymond-qiancx.github.io): "- *2025.10*: 🎉🎉 Our
    # work [DVP-MVS++](arxiv…), …, has been accepted by ***IEEE TCSVT***!": a news line's date stamp and its sentence's
    # first-person opening ("Our work", "We propose", "Excited to propose my first-author work") are no title; the
    # linked name is, and the emphasised venue is no author
    "news-date-first-person-opening-link.md": [
        ("StereoPrior++", {"arxiv": "2506.14421"}, None),
        ("NodeScope", {"arxiv": "2509.03318"}, None),
        ("Generalizable Fundus Vision", {}, None),
        ("CLIMBER", {"arxiv": "2508.02277"}, None),
        ("DynaFuse", {"arxiv": "2503.07781"}, None),
    ],
    # a138hq: book-title-marks-linkless-item-zh (CarlWilson111/dl-resources): a numbered reading list whose items
    # name papers in book-title marks; a link-less item that is one 《title》 (after at most a bracketed status
    # note, "【未找到下载】" = no download found) cites that work, a sentence quoting a 《title》 does not
    "book-title-marks-linkless-item-zh.md": [
        ("Attention-Gated Cascade Networks for Pancreas Segmentation in Abdominal CT", {"arxiv": "2103.04512"}, None),
        ("Weakly Supervised Lesion Localization in Chest Radiographs", {}, None),
        ("Inter-observer variability in manual delineation of liver tumours on contrast-enhanced CT", {}, None),
        ("基于多尺度特征融合的视网膜血管分割方法研究", {}, None),
        ("Self-Supervised Pretraining for Ultrasound Video Analysis", {"doi": "10.1016/j.media.2022.102561"},
         "github.com/example-lab/us-ssl"),
    ],
    # a139hr: numbered-notes-interrupting-placeholder-link-bullets (jzhang38/Peiyuan-s-Gait-Reognition-Reading-List):
    # "+ [Title]()<br>" / "1. Motivation: …" / "2. Local Temporal Aggregation (LTA)": unindented numbered notes right
    # under a bullet whose title waits for its URL end that list, yet are that work's notes (as nested), no references
    "numbered-notes-interrupting-placeholder-link-bullets.md": [
        ("StrideNet: Continuous Gait Phase Estimation from a Single Shank IMU", {}, None),
        ("Adaptive Oscillators for Hip Exoskeleton Assistance Timing", {}, None),
        ("Learning Joint Torque Profiles for Powered Ankle Prostheses from Able-Bodied Demonstrations", {}, None),
        ("Automated Timed Up and Go Scoring with Depth Cameras in Geriatric Wards", {}, None),
        ("Markerless Estimation of Knee Flexion During Overground Walking After Arthroplasty", {}, None),
    ],
    # a139hr: bracketed-title-bullets-among-placeholder-links (jzhang38/Peiyuan-s-Gait-Reognition-Reading-List):
    # "+ [Title]()<br>" items beside "+ [Another Title]" (no "()" at all): among papers linked by placeholders, a
    # bullet that is only a bracketed title is one more such paper (placeholder-linked papers count as linked ones)
    "bracketed-title-bullets-among-placeholder-links.md": [
        ("Pattern Recognition Control of Transradial Prostheses Across Arm Positions", {}, None),
        ("Simultaneous Proportional Control of Wrist and Hand from Forearm EMG", {}, None),
        ("Targeted Muscle Reinnervation Signals for Multi-Degree-of-Freedom Prosthetic Arms", {}, None),
        ("Impedance Parameter Tuning for Powered Knee Prostheses by Reinforcement Learning", {}, None),
        ("Benchmarking Locomotion Mode Classifiers for Amputee Stair Ascent", {}, None),
    ],
    # a140hs: weekly-log-keyword-run-tails (Theodore-PKU/paper-notes): a reading log files each numbered paper under
    # a comma-separated run of keywords after its last colon ("[Title](notes.md): MRI, GAN, motion correction",
    # link-less "Title: MRI, review (x)" with the reader's closing mark); a run with one keyword of the section's
    # shared vocabulary is the filing, not the title, and its link-less line is a paper even when the tail made it
    # read as prose; a subtitle before the run ("Motion Estimation in Gated PET: A Self-Supervised …") stays
    "weekly-log-keyword-run-tails.md": [
        ('Cascaded Sinogram Networks for Sparse View Tomography', {}, None),
        ('Learned Proximal Priors for Multi-Coil MR Reconstruction', {}, None),
        ('Scan-Adaptive Interpolation Networks for Simultaneous Multislice Imaging', {}, None),
        ('Generalization of learned image reconstruction across anatomies and the limits of transfer learning', {}, None),
        ('Motion Estimation in Gated PET: A Self-Supervised Registration Approach', {}, None),
        ('Deep Learning in Low-Count Emission Imaging', {}, None),
        ('Self-Supervised Denoising of Low-Dose PET with Structural Priors', {'arxiv': '2104.05213'}, None),
    ],
    # a137hp: bold-quoted-title-venue-then-id-line (HzFu/COVID19_imaging_AI_paper_list): "1. **"Title."** Radiology,
    # 2020. <br>" / "doi: https://doi.org/…": the title set in quotes inside the bold, then the venue and year on the
    # same line; the quoted bold is the title, the text after it the venue, never a run-on of the title
    "bold-quoted-title-venue-then-id-line.md": [
        ("Chest Radiograph Scoring of Viral Pneumonia: Agreement Between Readers", {"doi": "10.1148/radiol.2021204417"},
         None),
        ("Lung Ultrasound Patterns in Hospitalised Adults: a pictorial review", {"doi": "10.1007/s00330-021-07713-2"},
         None),
        ("Serial CT Volumetry of Ground-Glass Opacities: Deep-Learning Approach", {"doi": "10.1148/ryct.2021200512"},
         None),
        ("Weakly Supervised Lesion Localisation in Chest CT", {"arxiv": "2103.04512"}, "github.com/example-lab/wsl-ct"),
        ("A Triage Model for Emergency Chest Radiographs", {"doi": "10.1101/2021.02.11.21251523"}, None),
    ],
    # a137hp: bold-stopped-title-then-citation-tail (HzFu/COVID19_imaging_AI_paper_list): "1. **Title.** arXiv, 2020.
    # (Submitted on 25 Mar 2020) <br>", "**Title.** Clinical Radiology, Volume 75, Issue 5, May 2020, Pages 329-334":
    # a title closed by its own stop inside the bold, then a citation tail of any shape that holds a year; the tail
    # is the trailer, never a run-on of the title
    "bold-stopped-title-then-citation-tail.md": [
        ("Mapping machine learning applications against respiratory outbreaks", {"arxiv": "2102.06631"}, None),
        ("Imaging triage pathways for viral pneumonia: a consensus statement", {"doi": "10.1016/j.crad.2021.01.004"},
         None),
        ("Artificial intelligence against pandemics: an early review", {}, None),
        ("Prediction models for hospital admission of infected adults", {"doi": "10.1101/2021.03.02.21252748"}, None),
        ("Weakly supervised lesion maps for chest radiographs", {"arxiv": "2104.01234"},
         "github.com/example-lab/lesion-maps"),
    ],
    # a137hp: preprint-server-pages-in-contents-list (HzFu/COVID19_imaging_AI_paper_list): "5. See COVID-19 preprints
    # from:" / "    1. [arXiv](https://arxiv.org/covid19search)" / "    1. [medRxiv and bioRxiv](https://connect.biorxiv.org/
    # relate/content/181)": a contents item pointing to a preprint server's search or collection page; a page of arXiv
    # without an id, or of bioRxiv/medRxiv off "/content/", is no work's page, so the item is no paper
    "preprint-server-pages-in-contents-list.md": [
        ("Deep Learning for Chest Radiograph Triage: A Review", {"arxiv": "2105.02211"}, None),
        ("Lung Ultrasound Scoring with Neural Networks: A Survey", {"doi": "10.1101/2021.05.04.21256612"}, None),
        ("Contrastive Pretraining for Low-Dose Chest CT", {"arxiv": "2106.03312"},
         "github.com/example-lab/lowdose-contrast"),
    ],
    # a142hu: footnote-notes-restating-listed-works (yuanpinz/learntit): "[2] Ilse M, … Attention-based deep multiple
    # instance learning[C]… [[paper]](arxiv…) [[code]](github…)" listed, then a heading "#### Att-Net[^2]" whose GFM
    # footnote "[^2]: Ilse M, … [[paper]](…) [[code]](…)" cites the same work again, links and all: a note behind
    # the prose, folded into the listed work (same title, identifiers and code); a note citing a work listed
    # nowhere else stays an entry
    "footnote-notes-restating-listed-works.md": [
        ("Gated pooling of tile embeddings for slide-level cancer grading", {"arxiv": "2205.11873"},
         "github.com/example-lab/gated-pool"),
        ("Instance re-weighting under label noise for whole slide classification",
         {"doi": "10.1007/978-3-030-87237-3_21"}, None),
        ("Graph message passing over tissue patches for survival ranking", {"arxiv": "2109.04417"},
         "github.com/example-lab/patch-graph-surv"),
        ("Self-distilled slide encoders from unlabelled archives", {"arxiv": "2303.09910"}, None),
        ("Prototype memories for rare subtype detection in gigapixel images",
         {"doi": "10.1016/j.patcog.2024.110231"}, None),
        ("Cross-slide attention for patient-level outcome prediction", {"arxiv": "2401.07765"},
         "github.com/example-lab/cross-slide"),
    ],
    # a143hv: bold-topic-over-paper-list-repo-url (lmqfly/Geometry-Deep-Learning-for-Drug-Discovery): "**Generative AI
    # and Deep Learning for molecular/drug design**" / "https://github.com/AspirinCode/papers-for-molecular-design-using-DL":
    # a bold topic over a bare URL of a repository its name calls a collection of papers recommends that list; the
    # repository holds no code of a paper so titled (a survey's companion list stays that survey's own)
    "bold-topic-over-paper-list-repo-url.md": [
        ("Equivariant Message Passing for Molecules: A Survey", {"arxiv": "2304.05511"}, None),
        ("Geometric deep learning for structure-based ligand design", {"doi": "10.1016/j.sbi.2022.102417"}, None),
        ("Torsion-Aware Graph Networks for Conformer Energies", {"arxiv": "2302.07741"}, "github.com/example-lab/torsion-gnn"),
        ("Spherical Attention for Quantum Chemistry Benchmarks", {"arxiv": "2206.11820"},
         "github.com/example-lab/sphere-attn"),
    ],
    # a144hw: tool-citation-table-bare-doi-cells (amarquand/PCNtoolkit, REFERENCES.md): "| Tool | Citation(s) | Link to
    # code or documentation |" rows citing their papers by bare DOI addresses, several to a cell, some in the last
    # column ("| **FSL** | | https://doi.org/A https://doi.org/B"): a bare address names no work, so each cited paper
    # is the row's, titled by the row's tool name (not by its URL)
    "tool-citation-table-bare-doi-cells.md": [
        ("orbit-register", {"doi": "10.1016/j.neuroimage.2017.03.021"}, None),
        ("orbit-bias", {"doi": "10.1109/tmi.2018.2811234"}, None),
        ("orbit-bias", {"doi": "10.1016/j.media.2019.01.005"}, None),
        ("VoxTools", {"doi": "10.1016/j.neuroimage.2015.06.044"}, None),
        ("VoxTools", {"doi": "10.1002/hbm.23456"}, None),
        ("voxsmooth", {"doi": "10.1007/s12021-016-9301-2"}, None),
        ("pialnet", {"arxiv": "2004.01234"}, "github.com/example-lab/pialnet"),
    ],
    # own (s18): heading-with-written-identifier-over-prose (fm-to-virtual-cells audit): "### Virchow: A Million-Slide
    # … Model (arXiv:2309.07778)" over a paragraph of prose, no link anywhere: a leaf heading giving its work's
    # identifier in its own text is that work's record, the prose its note; a topic heading over prose stays a topic
    "heading-with-written-identifier-over-prose.md": [
        ("Hibiscus: A Billion-Tile Self-Supervised Encoder for Histopathology", {"arxiv": "2405.11873"}, None),
        ("Lantern", {"arxiv": "2312.04417"}, None),
        ("PathCaption: Report-Supervised Pretraining for Whole-Slide Images", {"doi": "10.1038/s41591-025-03310-2"},
         None),
    ],
    # own (s18): title-venue-year-identifier-bracket: "- Title (Nature Medicine 2024, doi:10.1038/…)", "(NeurIPS 2025;
    # arXiv:…)": a closing bracket of venue and year that also gives the work's identifier is the trailer, no part of
    # the title (it kept it whole before), and the identifier stays the entry's
    "title-venue-year-identifier-bracket.md": [
        ("Orchid: Towards a General-Purpose Slide Encoder for Computational Pathology",
         {"doi": "10.1038/s41591-024-02911-7"}, None),
        ("Tessellate: Scaling Tile Encoders to Ten Million Slides", {"arxiv": "2506.11873"}, None),
        ("Marrow: Self-Supervised Pretraining for Bone Marrow Cytology", {"pmid": "37812345"}, None),
        ("Stroma: Stain-Invariant Features for Cross-Site Pathology", {}, None),
    ],
    # a146hy: code-cell-publisher-supplement-attachment (mengxu98/Bioinformatics_resources_collection,
    # website/content/posts/papers-with-story.md): a generated papers-with-code table whose Code cell links the
    # paper's supplementary scripts on the publisher's file store ("cell.com/cms/10.1016/j.devcel.2022.04.006/
    # attachment/<uuid>/mmc6"): the path holds the article's DOI up to "/attachment/"; the file's name is no part of it
    "code-cell-publisher-supplement-attachment.md": [
        ("Spatiotemporal transcript atlas of the regenerating zebrafish fin.",
         {"pmid": "35519941", "doi": "10.1016/j.devcel.2022.05.011"}, None),
        ("Lineage barcoding resolves clonal dynamics in murine hematopoiesis", {"doi": "10.1016/j.cels.2021.03.007"},
         "github.com/example-lab/clonetrace"),
        ("Single-nucleus profiling of the aging murine kidney cortex.",
         {"pmid": "36812345", "doi": "10.1016/j.celrep.2023.112150"}, None),
        ("Benchmarking doublet detection across droplet single-cell assays", {"doi": "10.1186/s13059-022-02699-7"},
         "github.com/example-lab/doubletbench"),
    ],
    # a147hz: taxonomy-overview-work-tallies (honggi82/awesome-BCI, README.md): an overview counting each category's
    # works ("- **Motor Imagery and Movement Decoding**: 476 papers") and a category heading over bullets summing
    # its collection ("- Papers selected: **476**") before its HTML table of papers: a tally names no work, and a
    # heading whose bullets count its works is a group of works, not one work's reading note
    "taxonomy-overview-work-tallies.md": [
        ("A cortical speech neuroprosthesis for open-vocabulary sentence decoding", {"doi": "10.1038/s41586-023-06377-x"}, None),
        ("Contrastive alignment of intracranial recordings with language model embeddings", {"arxiv": "2308.04512"}, None),
        ("Sequence-to-sequence transformers for single-channel sleep staging across cohorts", {"doi": "10.1109/tnsre.2022.3141592"}, None),
        ("Wearable photoplethysmography staging of sleep with recurrent attention networks", {"doi": "10.1093/sleep/zsab123"}, None),
    ],
    # a149ib: noted-title-slash-byline-index (albertkuo/paper_notes): a paper-notes index whose items link each title
    # to the reader's note on it, then give the first author, the year and a rating after slashes ("* [Title](…/notes/
    # Vogelstein%20Science%202013.md) / Vogelstein / 2013 (3)"): the byline dates the noted title, which makes it a
    # cited reference however short ("Cancer Genome Landscapes") or listy its title, and however few its year group
    "noted-title-slash-byline-index.md": [
        ("A Latent Variable Model for Spatial Transcriptomics Counts", {}, None),
        ("Tumour Evolution Landscapes", {}, None),
        ("Clonal hematopoiesis, somatic variants, ageing, and cardiovascular risk", {}, None),
        ("Fragment length profiles of circulating DNA in early lung cancer", {}, None),
        ("Mutational signatures across thirty tumour types", {}, None),
        ("Who benefits from risk scores?", {}, None),
        ("Counting cell divisions to explain cancer risk across tissues", {}, None),
        ("Sparse Count Models for Single Cell Feature Selection", {}, None),
    ],
    # a149ib: ordinal-date-headings-over-unlinked-year-references (agdenadel/agdenadel.github.io, Paper-a-day.md): a
    # paper-a-day log that files each reference under the day it was read, the day written with an ordinal ("## March
    # 9th, 2020"), the reference without a year ("Okonkwo et al. Title. Nature Methods. [https://doi.org/…](…)"): the
    # heading names a date, never the work; the reference's authors, title and journal name it
    "ordinal-date-headings-over-unlinked-year-references.md": [
        ("Spatial atlas of the developing kidney by single cell correlation mapping", {"doi": "10.1038/s41592-020-0711-4"}, None),
        ("Error-tolerant barcodes for pooled single cell sequencing", {"doi": "10.1186/s12859-019-3101-7"}, None),
        ("Rank correlation is a robust similarity for sparse expression data", {"doi": "10.1101/801234"}, None),
        ("Exhausted T cells in chronic infection", {"doi": "10.1038/ni.3321"}, None),
        ("Amortised Variational Inference for Genotype Data", {}, None),
    ],
    # a148ia: model-table-pretraining-data-article-link (lavita-ai/medical-ai-atlas): "| Model Name | Model | Pretraining
    # Data | Benchmarks | Year |" rows whose "Pretraining Data" cell links the data's descriptor article
    # ("[MIMIC-III](nature.com/articles/sdata201635)", a DOI): the article is the data's paper, named by the link's
    # text (in OPTIONAL), never one more identifier of the row's model paper nor a second paper titled by the model
    "model-table-pretraining-data-article-link.md": [
        ("WardBERT", {"doi": "10.18653/v1/2021.clinicalnlp-1.12"}, "github.com/example-lab/wardbert"),
        ("TriageLM", {"arxiv": "2203.04417"}, "github.com/example-lab/triagelm"),
        ("NoteFormer", {"doi": "10.18653/v1/2022.bionlp-1.30"}, "github.com/example-lab/noteformer"),
        ("RadT5", {"arxiv": "2305.11230"}, "github.com/example-lab/radt5"),
    ],
    # a145hx: table-short-name-link-over-small-print-note (raphaelfh/awesome-multimodal-medical-ai): "| **[UNI](…)**<br>
    # <sub>Self-supervised on 100M images …</sub> |": a paper column naming each work by a bold link, however short
    # ("UNI", "LLaVA-Med"), over a note in small print after the break; the link names the row, the note is no title
    "table-short-name-link-over-small-print-note.md": [
        ("Tessera", {"doi": "10.1038/s41591-024-03377-1"}, "github.com/example-lab/tessera"),
        ("Loom", {"arxiv": "2405.17721"}, None),
        ("Gigapixel survival with co-attention", {"arxiv": "2310.04418"}, "github.com/example-lab/gsca"),
        ("WEAVE", {}, "github.com/example-lab/weave"),
        ("KNOT", {}, None),
    ],
    # a145hx: bold-name-colon-quoted-title-bold-venue (YtongXie/Medical-Vision-and-Language-Tasks-and-Methodologies-A-
    # Survey): '- **ConVIRT:** "Contrastive Learning of …" **PMLR (2022)** [[paper](…)] [[code](…)]': a short bold
    # name and its colon label the quoted title; the quote is the title, the name and the bold venue are notes
    "bold-name-colon-quoted-title-bold-venue.md": [
        ("Aligning Chest Radiographs with Report Sentences via Soft Token Matching", {"arxiv": "2306.04412"},
         "github.com/example-lab/radalign"),
        ("A vision–language foundation model for histopathology using teaching slides",
         {"doi": "10.1038/s41591-023-02618-4"}, "github.com/example-lab/pathtext"),
        ("UniCXR: Unified Pre-training of Chest X-rays and Reports Across Languages", {"arxiv": "2308.11902"}, None),
        ("Fine-grained token alignment for label-efficient chest X-ray recognition", {"arxiv": "2210.13307"},
         "github.com/example-lab/medgrain"),
        ("Improving Medical Contrastive Pretraining with Semantic Triage of Reports", {"pmid": "37512298"}, None),
    ],
    # a145hx: tagged-title-wrapped-over-emphasised-byline (zhaozh10/Awesome-CLIP-in-Medical-Imaging): "[**arXiv 2023**]
    # G2D: From Global to Dense … Learning via" / "Vision-Language Pre-training \\" / "_Che Liu, …_ \\" / "[[paper](…)]":
    # a record set one field a line whose title the source wraps before the emphasised byline; the lines before
    # the byline are all the title's
    "tagged-title-wrapped-over-emphasised-byline.md": [
        ("Report-Guided Contrastive Training for Open-Set Pathology Recognition",
         {"doi": "10.1007/978-3-031-16443-9_71"}, None),
        ("D2S: From Dense to Sparse Radiograph Representation Learning via Report-Guided Vision-Language Pre-training",
         {"arxiv": "2312.04417"}, None),
        ("Token-Level Image-Report Alignment in Chest Radiography Enables Bidirectional Report and Image Synthesis",
         {"arxiv": "2312.09921"}, "github.com/example-lab/token-align"),
        ("Entropy-Regularised Contrastive Learning for Medical CLIP Models", {"arxiv": "2212.07719"},
         "github.com/example-lab/erc-clip"),
        ("Masked Region Pre-training for Lesion Localization from Paired Radiology Reports and Scans",
         {"arxiv": "2401.02288"}, None),
    ],
    # a150ic: chicago-reference-empty-container (youkq95/awesome-antibody): Zotero's Chicago author-date export,
    # "Anonymous. 2022. “**Title.**” In . [https://openreview…](…)": a conference paper whose proceedings Zotero lacks
    # prints an empty "In ."; the byline before the year (an unsigned work's "Anonymous.", or "Surname, Given M.,
    # Given Surname, and Given Surname.") is read as the authors, so the reference is one without its container
    "chicago-reference-empty-container.md": [
        ("On Masked Pre-Training of Paired Antibody Chains", {}, None),
        ("Tracing Affinity Maturation with Repertoire Language Models", {}, None),
        ("Predicting Antibody Viscosity from Sequence with Transfer Learning", {"doi": "10.1080/19420862.2023.2187761"},
         None),
    ],
    # a150ic: colon-lead-in-line-before-reference (youkq95/awesome-antibody): "- A previous work of Absci on the
    # same topic:" / "   Bachas, Sharrol, …, et al. 2022. “**Title**.” bioRxiv. [doi…](…)": a sentence closed by a colon
    # on the item's first line introduces the whole reference on the next; the work is titled by its reference
    "colon-lead-in-line-before-reference.md": [
        ("Zero-Shot Antibody Redesign with Diffusion Priors", {"doi": "10.1101/2023.03.02.530118"},
         "github.com/example-lab/zero-shot-redesign"),
        ("Affinity and Naturalness Scores Guide Antibody Library Design", {"doi": "10.1101/2022.09.14.507722"}, None),
        ("Humanness Scoring of Antibody Variable Domains with Language Models", {"doi": "10.1080/19420862.2021.1998812"},
         None),
    ],
    # own (s18): news-date-sentence-quoted-paper-title (Cocofeat/Cocofeat.github.io): "- [06/2024] One paper about
    # "Title of the work" was accepted by **IEEE TBD**.": a dated news sentence about a paper names it by the title it
    # quotes, linked or not (its code link is the paper's); a talk's quoted title or two short quoted topics name none
    "news-date-sentence-quoted-paper-title.md": [
        ("OphthoBench: A Multimodal Benchmark for Retinal Vision-Language Models", {"arxiv": "2410.05512"}, None),
        ("Federated Disentangling Networks for Non-IID Fundus Features", {}, None),
        ("Confidence-aware multi-modality learning for glaucoma screening", {}, "github.com/example-lab/glaucoma-moe"),
    ],
    # a152ie: spreadsheet-quoted-multiline-table-cells (OmdenaAI/topeka-chapter-ejection-fraction): a spreadsheet
    # pasted as a pipe table, a cell holding line breaks quoted ("Deep learning for … videos: |" / "| perspective and
    # recommendations" | …") and each of its lines framed as a row of its own (blank lines as "|  |"); a row whose
    # last filled cell opens a quote it does not close goes on in the next rows, so each work is one row
    "spreadsheet-quoted-multiline-table-cells.md": [
        ("Spectral Priors for Left Atrial Strain Estimation", {"doi": "10.1016/j.media.2023.102871"}, None),
        ("Temporal Transformers for Apical View Quality Scoring in Echocardiography", {"arxiv": "2304.05521"}, None),
        ("Contrastive Pretraining for Valve Motion Tracking", {"arxiv": "2211.04096"}, None),
        ("Uncertainty-Aware Ejection Fraction Regression from Point-of-Care Ultrasound", {"arxiv": "2209.11873"}, None),
    ],
    # a151id: bold-author-year-dash-title-over-key-points (tutucheng99/STAT_8289_Project_1_Zhiyu_Cheng): a literature
    # summary's "**Ross & Bagnell (2010)** - Title" paragraph over "- **Journal:** …" / "- **Key Points:**" (notes
    # under it) / "- **BibTeX Key:** …": the bold author-year lead (one surname, two, or "et al.") and the dash open
    # the title; the field list is that record's fields, its key points notes, no works of their own
    "bold-author-year-dash-title-over-key-points.md": [
        ("Batch Policy Learning from Intensive Care Trajectories", {}, None),
        ("Conservative Value Estimates for Vasopressor Titration", {"arxiv": "2106.04417"}, None),
        ("Off-Policy Evaluation Pitfalls in Observational Sepsis Cohorts", {}, None),
        ("Reward Shaping from Organ Failure Scores", {}, None),
    ],
    # a153if: bold-chicago-byline-italic-title-localised (kelu124/echomods): a Zotero Chicago notes-bibliography
    # export in French, one paragraph a work: "**Surname, Given, Given Surname, et Given M. Surname**. _Title_. Journal
    # 12, n4 (mars 2019): 211‑19. doi:…". The bold is the authors (the first inverted, the last after the localised
    # "and"), not a title: the whole paragraph is read as the reference, a byline running to the last surname
    "bold-chicago-byline-italic-title-localised.md": [
        ("Handheld Probes for Bedside Thyroid Screening: A Field Study", {"doi": "10.1016/j.jpci.2019.01.004"}, None),
        ("Pocket Ultrasound in Remote Antenatal Clinics", {"doi": "10.1177/2042098617701234"}, None),
        ("Lung Sliding Detection with Low-Cost Transducers", {"doi": "10.1186/s13089-020-00187-2"}, None),
        ("Training Novices to Acquire Cardiac Views with a Handheld Device", {"doi": "10.1111/echo.13021"}, None),
        ("Portable Echo in the Emergency Room: Is It Worth It?", {}, None),
    ],
    # a155ih: code-span-acronym-before-bracketed-byline-bold-title (tim-learn/awesome-test-time-adaptation):
    # "- `TTADC` [Ma et al., Proc. MICCAI 2022] **Title** [[PDF]](…) [[CODE]](…)": the method's acronym set as inline
    # code opens the item before the bracketed byline-and-venue tag; acronym and tag both describe the work, the bold
    # text after them is its title (read as the tag-only "[Authors, Venue] **Title**" is)
    "code-span-acronym-before-bracketed-byline-bold-title.md": [
        ("Re-estimating class priors on unlabeled target batches", {"doi": "10.1007/3-540-39857-8_21"}, None),
        ("Black-box shift correction with confusion matrices", {}, "github.com/example-lab/bbsc"),
        ("Prior shift in deep classifiers", {}, None),
        ("Test-time label calibration under spurious features", {"arxiv": "2303.14512"}, "github.com/example-lab/ttlc"),
        ("Calibrated test-time adaptation of chest X-ray classifiers to prevalence shift", {"arxiv": "2307.08815"},
         "github.com/example-lab/medtta"),
    ],
    # a156ii: model-table-byline-reference-column (unknown repo, "From Examination to Deployment" LLM clinical QA
    # survey README): a model inventory's scores table, "| **BioBERT** | Lee et al., ACL 2020 | … | [github…](…) |"
    # under "Model | Reference | …": the unlinked Reference cell is only a byline, a venue and a year; the Model cell
    # names the work, the row is that paper's record and its repository the paper's own code
    "model-table-byline-reference-column.md": [
        ("CardioBERT", {}, "github.com/example-lab/cardiobert"),
        ("RadLinkBERT", {}, "github.com/example-lab/radlinkbert"),
        ("TriageLM", {}, None),
        ("OmniChat-2", {}, None),
        ("Helix-70B", {}, "github.com/example-lab/helix"),
    ],
    # a156ii: weights-or-code-column (same survey README): a "Weights / Code" column gives each row either its
    # repository or, where no code was released, its weights on a model hub ("[HuggingFace: …](huggingface.co/…)",
    # "[NVIDIA NGC](catalog.ngc…)"); off any code forge the link is the weights, no code of the paper
    "weights-or-code-column.md": [
        ("PathoScope: Self-Supervised Pretraining for Whole-Slide Pathology", {"arxiv": "2403.11872"}, None),
        ("A Foundation Model for Echocardiogram Interpretation", {"arxiv": "2405.20918"},
         "github.com/example-lab/echonet-fm"),
        ("DermaViT: Vision Transformers for Dermoscopic Lesion Triage", {"doi": "10.1038/s41746-024-01122-4"}, None),
        ("RetinaGPT: Instruction-Tuned Retinal Report Generation", {"arxiv": "2407.01566"},
         "github.com/example-lab/retinagpt"),
    ],
    # own (s18): plain-title-label-before-title (a158ik probe): "- Title: Deep Retinal Grading … [Paper](doi…)",
    # "- Название: …", "- 论文标题：…": a plain field label naming what follows as the title is no part of it (the bold
    # "**Title**:" form is read as a field); a title's own "Name: subtitle" stays whole
    "plain-title-label-before-title.md": [
        ("Deep Retinal Grading with Transformers", {"doi": "10.1038/s41591-024-01234-5"}, "github.com/example-lab/drg"),
        ("Uncertainty-Aware Fundus Segmentation Networks", {"arxiv": "2401.01234"}, None),
        ("Retinal Vessel Segmentation with Graph Networks", {"arxiv": "2402.01234"}, "github.com/example-lab/vessel-gnn"),
        ("Optic Disc Localisation with Weak Labels", {"arxiv": "2403.04321"}, None),
        ("Segment Anything: A Promptable Model for Fundus Images", {"arxiv": "2404.05678"}, None),
    ],
    # a141ht: background-material-section-of-linked-titles (unknown owner, "AWESOME Bibliography: NLP for Electronic
    # Health Record"): "## Background Material" / "[**Title**](arxiv…)" / "This paper introduces …": a section named by
    # an intro word ("Background", "Introduction", "Overview") and no work noun, whose paragraphs mostly open with a
    # work's linked title, two or more linking a scholarly record, is a reading list, not prose about the list
    "background-material-section-of-linked-titles.md": [
        ("Sparse Visit Encoders for Longitudinal Claims Data", {"arxiv": "2104.07731"}, None),
        ("Ontology-Guided Attention for Diagnosis Code Embeddings", {"arxiv": "1803.04417"}, None),
        ("Removing Identifiers from Discharge Summaries with Sequence Taggers", {}, None),
        ("Predicting Unplanned Readmission from Contextual Concept Embeddings", {"doi": "10.1371/journal.pone.0213456"},
         None),
    ],
    # a141ht: linkless-titles-among-linked-paper-bullets (RigautAntoine/deep-computational-phenotyping-papers):
    # "### Other papers of interest" / "- [Title](arxiv…)" / "- Multi-layer Representation Learning for Medical
    # Concepts" / "- [Title](dl.acm…)": one or two title-case bullets left without a link, between one-line linked
    # papers of the same list under a heading that says papers, are papers too (three were needed before)
    "linkless-titles-among-linked-paper-bullets.md": [
        ("Temporal Phenotype Discovery with Deep Autoencoders", {"arxiv": "1702.04461"}, None),
        ("Visit-Level Risk Prediction with Gated Recurrent Units", {"arxiv": "1609.03318"}, None),
        ("Contrastive Patient Embeddings from Claims Histories", {"doi": "10.1038/s41746-021-00533-1"}, None),
        ("Survival Modelling with Neural Cox Networks", {"arxiv": "1705.02261"}, None),
        ("Hierarchical Representation Learning for Medication Codes", {}, None),
        ("Knowledge-Guided Tensor Completion for Health Records", {}, None),
        ("Towards Event Pattern Mining in Intensive Care Trajectories: A Convolutional Approach", {}, None),
        ("Transferring Note Embeddings to Predict Disease Onset", {"arxiv": "1709.02118"}, None),
    ],
    # a154ig: bracketed-fields-bold-short-name (CharlesKangZhou/awesome-anomaly-detection-in-medical-images): "- [Author
    # _et. al._] [Title (**AnoGAN**)] [Venue] [[pdf]](…)[[code]](…)": each field in its own brackets, a bold short name
    # in parentheses closing the bracketed title; bold after words inside the same open brackets is no title
    "bracketed-fields-bold-short-name.md": [
        ("Normative Diffusion Priors for Unsupervised Lesion Segmentation in Brain MRI (NormDiff)", {"arxiv": "2106.04417"},
         "github.com/example-lab/normdiff"),
        ("Patch-wise Density Estimation for Anomaly Localization in FLAIR Scans", {}, None),
        ("Masked Autoencoders Reveal White Matter Hyperintensities Without Labels (MAE-WMH)",
         {"doi": "10.1016/j.media.2022.102517"}, None),
        ("Contrastive Memory Banks for Retinal OCT Anomaly Screening (CoMB)", {"arxiv": "2102.09321"}, None),
        ("Layer-aware Reconstruction for Fluid Detection in OCT Volumes", {"arxiv": "2103.11876"},
         "github.com/example-lab/layer-recon"),
    ],
    # a154ig: title-linked-to-repo-venue-year (zhuyiche/awesome-anomaly-detection): "- [Efficient-GAN-Based Anomaly
    # Detection](github…) ICLR Workshop 2018.": a paper's title written as the link to its repository, the line closing
    # with a venue a list names by one word and a year; the venue makes it a paper, the repository its own code
    "title-linked-to-repo-venue-year.md": [
        ("Contrastive Shift Detection for Anomalous Scans", {"arxiv": "2104.05512"}, None),
        ("Memory-Gated Reconstruction Networks", {}, "github.com/example-lab/memgate-recon"),
        ("Self-Distilled Normality Priors for Medical Anomaly Detection", {}, "github.com/example-lab/sdnp"),
        ("Incremental Forest Scoring with Analyst Feedback", {}, "github.com/example-lab/forest-feedback"),
    ],
    # a154ig: paren-venue-tag-paragraphs (huytransformer/Awesome-Out-Of-Distribution-Detection): "(NeurIPS 2024)
    # [Title](openreview…) by Zhang et al.", one paragraph a work, some with the URL left empty ("[Title]()"): the
    # parenthesised venue-and-year tag makes each paragraph an item (not prose running into the one before); the
    # link's text, linked or not, is the title
    "paren-venue-tag-paragraphs.md": [
        ("Spectral Energy Gaps for Out-of-Distribution Detection in Chest Radiographs", {}, None),
        ("Prototype Drift Scores for Open-Set Dermatology Classifiers", {}, None),
        ("Calibrated Rejection of Unseen Scanner Domains", {}, None),
        ("Likelihood Ratios Revisited for Histopathology Outliers", {"arxiv": "2405.11873"},
         "github.com/example-lab/lr-histo"),
        ("Feature Norm Shaping for Medical Out-of-Distribution Detection", {}, None),
        ("A Survey on Out-of-Distribution Detection in Medical Imaging", {"arxiv": "2306.04412"}, None),
    ],
    # a161in: undated-news-sentence-quoted-paper-title (dose-prediction repository README news, seen beside the
    # radiotherapy lists): "- Our extended journal paper, "Title", has already been published on Medical Image
    # Analysis, 2024. [[`Paper`](…)] [[`Code`](…)]": an undated sentence that names a paper and says it was accepted
    # or published titles the entry by the title it quotes (its role links are that paper's); a quoted dataset or
    # talk names no paper
    "undated-news-sentence-quoted-paper-title.md": [
        ("Beam-wise Fluence Priors for Prostate Dose Prediction in Radiotherapy", {"doi": "10.1016/j.media.2024.103112"},
         "github.com/example-lab/fluence-dose"),
        ("Cascaded Transformers for Head and Neck Dose Distribution Estimation", {"arxiv": "2306.11842"}, None),
        ("Knowledge-Based Planning with Graph Networks for Lung SBRT", {"arxiv": "2402.01733"},
         "github.com/example-lab/kbp-graph"),
        ("Uncertainty-Aware Dose Prediction for Cervical Brachytherapy", {"doi": "10.1002/mp.16821"}, None),
    ],
    # a160im: slash-paired-tool-name-links (annacuomo/Anna_PostDoc_notebooks, Resources/tools.md, a tools notebook
    # on variant annotation): "* [M-CAP](nature.com/articles/ng.3703) / [S-CAP](nature.com/articles/s41588-…)", an
    # item naming two tools side by side, each by its paper link's short name; the second paper is called by its own
    # link text, not by the item's first name
    "slash-paired-tool-name-links.md": [
        ("LUMEN", {"doi": "10.1038/ng.3799"}, None),
        ("S-LUMEN", {"doi": "10.1038/s41588-019-0399-1"}, None),
        ("TidalScore", {"doi": "10.1016/j.ajhg.2018.03.117"}, None),
        ("TidalScore-NC", {"doi": "10.1016/j.ajhg.2020.05.212"}, None),
        ("GraniteVar", {"doi": "10.1038/s41467-021-22109-4"}, None),
        ("SpliceLens", {"doi": "10.1038/s41588-022-01133-5"}, None),
        ("SpliceLens-RNA", {"doi": "10.1093/nar/gkab811"}, None),
    ],
    # a160im: tool-table-venue-labelled-paper-column (pattern of variant-effect-predictor tool tables, seen in the
    # search index's "Awesome Variant Effect Predictors" README opening; the list itself could not be read): "| [Tool]
    # (home page) | Type | [Nature Genetics 2023](doi) | [GitHub](…) |" under "Tool | Type | Paper | Code": the Paper
    # cell's venue-and-year link with an identifier makes the row that article's record, named by the Tool cell
    "tool-table-venue-labelled-paper-column.md": [
        ("GraniteVar", {"doi": "10.1038/s41588-023-01465-0"}, "github.com/example-lab/granite"),
        ("LANTERN", {"doi": "10.1016/j.ajhg.2016.08.116"}, "github.com/example-lab/lantern"),
        ("SpliceLens", {"doi": "10.1016/j.cell.2018.12.015"}, None),
        ("MotifMiner", {"doi": "10.1101/2024.02.11.579812"}, "github.com/example-lab/motifminer"),
    ],
    # own (s18): numbered-gbt-references-bold-journal (a142hu's note): "[1] Park J, …, et al. Title[J]. **Medical Image
    # Analysis**, 2022, 78: 102394. [[paper]](…)": after a GB/T document-type mark the title is written and the bold span
    # is its journal (or proceedings), not the title a bold span is in "[4] Authors. **Title.** Venue"
    "numbered-gbt-references-bold-journal.md": [
        ("Attention-based pooling for gigapixel slide classification", {"arxiv": "2201.01234"},
         "github.com/example-lab/attnpool"),
        ("Dual-stream instance learning for histology slides", {"arxiv": "2011.04321"}, None),
        ("Graph transformers over tissue regions for survival prediction", {"doi": "10.1007/978-3-031-43987-2_11"}, None),
        ("Weakly supervised tumour grading with multiple instance learning", {"doi": "10.1038/s41467-020-18123-4"}, None),
    ],
    # own (s18): code-status-note-after-title (pansapiens/awesome-protein-design-software): "- Alphafold3 (no code yet) -
    # [paper](doi…)": a closing bracket noting that the code is not out ("(no code yet)", "(code coming soon)", "(code
    # not released)") is the list's remark, no part of the title
    "code-status-note-after-title.md": [
        ("Alphafold3", {"doi": "10.1038/s41586-024-07487-w"}, None),
        ("AllAtomDiff", {"doi": "10.1126/science.adl2528"}, "github.com/example-lab/allatomdiff"),
        ("Protein structure generation with equivariant flows", {"arxiv": "2401.04082"}, None),
        ("Chroma: programmable protein generation", {"doi": "10.1038/s41586-023-06728-8"}, None),
    ],
    # own (s18): link-text-closed-by-author-pair-stop-year (NeuroTechX/awesome-bci): "[Brain-Computer Interfaces Review,
    # Nicolelis & Lebedev. 2017](pubmed…)": a link text closed by two surnames, a stop and the year is the title, its
    # authors and year (the stop before the year, as the comma already was)
    "link-text-closed-by-author-pair-stop-year.md": [
        ("Brain-Computer Interfaces Review", {"pmid": "28271234"}, None),
        ("Deep Learning for EEG Decoding: A Survey", {"arxiv": "1901.05498"}, None),
        ("Closed-Loop Neuromodulation in Clinical Practice", {"doi": "10.1016/j.neuron.2021.03.012"}, None),
    ],
    # own (s18): paper-headings-published-date-no-link (dingyucanada/Awesome-Medical-AI): "## Notable Papers This Month" /
    # "### 1. Title." / "*Published: 2025-08-31*" / "...": a leaf heading naming a work over its publication date, under
    # a heading that says papers, is that paper though its "[Read on ArXiv]" link is missing; a blog post's heading
    # with the same date line under "Blog Posts" is none
    "paper-headings-published-date-no-link.md": [
        ("Evaluation of GPT-4o for multilingual translation of radiology reports across imaging modalities", {}, None),
        ("Clinical decision support for pharmacologic management of resistant depression with language models", {},
         None),
        ("Uncertainty-Aware Triage of Chest Radiographs with Vision Transformers", {"arxiv": "2508.21877"}, None),
    ],
    # a162io: heading-title-closed-by-year-venue-bracket (LQY404/Awesome-heart-sound): "### • *Title* (2024, Nature npj
    # Cardiovascular Health)": a heading naming a work closes with a bracket giving its year first, then its venue
    # after a comma; the bracket dates and places the work and is no part of its title
    "heading-title-closed-by-year-venue-bracket.md": [
        ("Acoustic Markers of Valve Disease: A Review", {}, None),
        ("Stethoscope Signal Quality in Primary Care: A Survey", {}, None),
        ("Foundation Models for Murmur Grading from Digital Stethoscopes", {"doi": "10.1038/s44325-024-00031-7"}, None),
        ("MurmurNet: Segment-Free Heart Sound Classification", {"arxiv": "2306.04417"},
         "github.com/example-lab/murmurnet"),
        ("PCG-BERT: Self-Supervised Pretraining for Phonocardiograms", {"arxiv": "2210.08812"},
         "github.com/example-lab/pcg-bert"),
    ],
    # own: dataset-name-labelled-vancouver-references (Augmented-Health-Lab/ReproGenBG_ML4H): "1. OhioT1DM: Marling C,
    # Bunescu R. Title. CEUR …": a data set's name labels its NLM reference, whose byline may close with a group
    # author ("…, Rickels MR; T1DEXI Study Group. Title"); the label and the group are no part of the title
    "dataset-name-labelled-vancouver-references.md": [
        ("The GlucoSet Dataset for Interstitial Glucose Forecasting: Update 2021", {"pmid": "34511122",
                                                                                   "pmcid": "PMC8411223"}, None),
        ("Postprandial Glucose Excursions in Free-Living Adults With Type 1 Diabetes: The Meal Tracking Initiative "
         "(MealTrack)", {"doi": "10.2337/dc21-1444", "pmid": "35011223"}, None),
        ("Insulin pump logs for closed-loop glucose control in adolescents", {"doi": "10.1038/s41597-022-01511-4"},
         None),
        ("Attention-based glucose prediction with uncertainty estimates", {"doi": "10.1177/1932296820911111"},
         "github.com/example-lab/glucoattn"),
    ],
    # a167it: dataset-table-size-column (bucuram/depression-datasets-nlp): "| Dataset | … | Dataset Size | Availability |
    # Link |" / "| [Reece and Danforth (2017)](springer…) | … | 166 users | UNK | |": a column headed by a name word and
    # one of its attributes ("Dataset Size") holds that attribute's values, never the row's name; a row citing only
    # its paper is named by the citation's authors, a row with a data-set name before the citation by that name
    "dataset-table-size-column.md": [
        ("MoodNet", {"arxiv": "1907.04412"}, "github.com/example-lab/moodnet"),
        ("Lindqvist and Moreau", {"doi": "10.1140/epjds/s13688-020-00233-7"}, None),
        ("Tanaka et al.", {"doi": "10.1145/3442381.3449913"}, None),
        ("Haddad et al.", {"arxiv": "2203.11854"}, "github.com/example-lab/arabic-lowmood"),
    ],
    # a166is: bold-title-over-cjk-title-field (extreme-assistant/survey-computer-vision-2020): "**The Elements of …: A
    # Survey**<br>" / "**标题：** 端到端深度人脸识别原理…<br>" / "**链接：** arxiv…": a record whose bold lead gives the work's
    # original title in Latin script and whose title field only its translation (no Latin letter) keeps the original;
    # a bold short name ("**PathSeg**") or a field in Latin script leaves the field's title
    "bold-title-over-cjk-title-field.md": [
        ("Multiple Instance Learning for Whole Slide Image Analysis: A Survey of Recent Advances",
         {"arxiv": "2106.07321"}, None),
        ("Stain Normalization in Computational Pathology: A Literature Review", {"arxiv": "2108.04417"}, None),
        ("病理图像分割的深度学习方法综述", {"arxiv": "2109.01276"}, None),
        ("Self-Supervised Pretraining for Medical Image Segmentation: A Review", {"arxiv": "2110.05532"},
         "github.com/example-lab/ssl-medseg"),
    ],
    # own: pointer-link-wrapped-onto-next-line (kunjmehta/cross-modal-retrieval-food-ai): "You can access the report
    # [here](…pdf) and presentation" / "[here.](…pdf)": a sentence's pointer link soft-wrapped to open the next line
    # is no item of its own (a "here." titled nothing), and the sentence before it none either
    "pointer-link-wrapped-onto-next-line.md": [
        ("Early prediction of sepsis from clinical data: the PhysioNet challenge",
         {"doi": "10.1097/ccm.0000000000004145"}, None),
        ("Recurrent survival models for septic shock onset", {"arxiv": "2104.07761"},
         "github.com/example-lab/shock-rnn"),
        ("Attention over irregular vitals for deterioration alerts", {"arxiv": "2203.05518"}, None),
    ],
    # a164iq: code-span-month-stamp-before-title (HICAI-ZJU/Scientific-LLM-Survey): "- `2021.02` Title, [Venue](…),
    # [Code](…)": a month stamp set as a code span opening the line dates the work and is no part of its title
    "code-span-month-stamp-before-title.md": [
        ("Zero-shot scoring of missense variants with masked protein language models", {"doi": "10.1101/2021.07.19.452901"},
         "github.com/example-lab/zeroshot-vep"),
        ("Alignment-free fitness landscapes from evolutionary sequence models", {"arxiv": "2211.04417"}, None),
        ("Genome-wide noncoding variant effects from a nucleotide transformer", {"doi": "10.1038/s41588-023-01377-9"},
         "github.com/example-lab/nt-variants"),
        ("Calibrated pathogenicity estimates for rare coding variants", {}, None),
    ],
    # a165ir: topic-labelled-checklist-references (mesava/BioRT): "## P1 — QUANTEC organ-specific evidence" / "- [ ] Brain
    # — Lawrence YR, et al. *Title*. PMID 20171513.": a checklist files each reference under a short topic label and a
    # dash; bullets writing out two or more identifiers are references, never notes on the heading, and the byline
    # after the label's dash is the names before the italic title
    "topic-labelled-checklist-references.md": [
        ("Dose-volume limits of the optic apparatus after stereotactic radiosurgery", {"pmid": "28314012"}, None),
        ("Cochlear dose and late hearing loss in paediatric medulloblastoma", {"pmid": "29871045"}, None),
        ("Mean heart dose and major coronary events after breast irradiation", {"pmid": "30992231"}, None),
        ("Rectal wall dose-surface maps predict late bleeding after prostate radiotherapy", {"pmid": "31544190"}, None),
        ("Parotid sparing and one-year salivary flow in oropharyngeal cancer", {"pmid": "32210874"}, None),
    ],
    # a165ir: italic-title-year-identifier-no-byline (mesava/BioRT): "- [ ] *Title*. 2013. PMID 23566529.": a checklist
    # cites a work whose authors it did not note by its italic title, its year and its identifier; the emphasised run
    # the line opens with is the title, never a byline
    "italic-title-year-identifier-no-byline.md": [
        ("Robust optimisation of intensity-modulated proton plans against setup and range errors", {"pmid": "29672345"},
         None),
        ("Linear energy transfer painting for head and neck proton therapy", {"doi": "10.1002/mp.14920"}, None),
        ("Monte Carlo verification of spot-scanning dose in lung tumours", {"pmid": "27147331"}, None),
        ("Variable relative biological effectiveness near the distal fall-off", {"arxiv": "2003.04418"}, None),
    ],
    # own: named-variant-under-record-fields (biolists/folding_tools pLM.md): "- ESM (43M - 670M)" / "  - Manuscript:
    # URL" / "  - Code: URL" / "  - ESM2 (8M - 15B)" / "    - Manuscript: URL": a named sub-bullet among a record's
    # fields, over role fields of its own, is a record of its own (not "Manuscript", not the parent's note)
    "named-variant-under-record-fields.md": [
        ("RetiNet (86M)", {"arxiv": "2304.11871"}, "github.com/example-lab/retinet"),
        ("RetiNet-2 (300M - 1B)", {"doi": "10.1101/2023.09.14.557702"}, "github.com/example-lab/retinet2"),
        ("FundusGPT (120M)", {"doi": "10.1038/s41551-023-01111-2"}, None),
        ("OCTformer", {"arxiv": "2208.05519"}, "github.com/example-lab/octformer"),
        ("OCTformer-Lite", {"arxiv": "2301.07712"}, None),
    ],
    # a171ix: model-table-key-paper-column (vaibhav90/awesome-biopharma-foundation-models): "| Model | … | Links | Key
    # Paper |" / "| **Geneformer** | … | [Hugging Face](…) | [Theodoris et al., Nature (2023)](nature.com/articles/…) |":
    # a row whose paper column links its identified article by authors and year cites that paper, named by the model;
    # a model hub's link first does not make a model of it any more than a GitHub link makes a repository of it
    "model-table-key-paper-column.md": [
        ("CellWeaver", {"doi": "10.1038/s41586-023-05512-7"}, None),
        ("TissueGPT", {"doi": "10.1038/s41592-024-02233-x"}, "github.com/example-lab/tissuegpt"),
        ("ReceptorT5", {"doi": "10.1371/journal.pcbi.1012871"}, None),
        ("SpotMapper", {"doi": "10.1101/2024.05.14.594121"}, None),
        ("ClonoScan", {"arxiv": "2206.04417"}, "github.com/example-lab/clonoscan"),
    ],
    # a168iu: lenticular-bracket-label-before-title (wjiazheng/IVARS_Review): "**【Endovis2017】2017 robotic instrument
    # segmentation challenge**": a data set's, challenge's or venue's label in CJK 【】 brackets glued before the title;
    # the brackets never belong to a title, so the tag goes (three words or a title's worth left)
    "lenticular-bracket-label-before-title.md": [
        ('Laparoscopic workflow benchmark for multi-centre phase recognition', {"arxiv": "2105.04411"}, None),
        ('A Dataset and Protocol for Automated Suturing Skill Assessment in Robotic Surgery',
         {"doi": "10.1007/978-3-030-32254-0_61"}, "github.com/example-lab/suture-skill"),
        ('Temporal Anchors for Online Instrument Presence Detection', {}, "github.com/example-lab/temporal-anchors"),
        ('Recognition of instrument-verb-target triplets in cholecystectomy videos', {"arxiv": "2007.05405"}, None),
        ('Graph Reasoning over Surgical Action Triplets with Sparse Labels', {"doi": "10.1007/978-3-031-16449-1_12"},
         "github.com/example-lab/graph-triplets"),
    ],
    # a170iw: sub-bullet-paper-link-publisher-qualifier (zhai-haohao/Neonatal-Brain-Atlas-Review): "* **Atlas-GAN:**
    # *Title.* (Dey et al., ICCV 2021)" / "    * [Paper Link (CVF)](openaccess.thecvf.com/…)": a paper label qualified
    # in brackets by the publisher or venue its link leads to ("(CVF)", "(Wiley)", "(ScienceDirect)") labels the link
    # as the bare label does, so the sub-bullet is the work's paper link, not a work of its own
    "sub-bullet-paper-link-publisher-qualifier.md": [
        ("TempoNet: Learning age-conditioned brain templates with deformable networks", {}, None),
        ("GrowAtlas: Spatiotemporal fetal atlas growth with implicit fields", {"doi": "10.1002/mp.16734"},
         "github.com/example-lab/growatlas"),
        ("SurfMorph: Spherical surface registration for infant cortical atlases",
         {"doi": "10.1007/978-3-031-16446-0_41"}, None),
        ("MoCoReg: Joint motion correction and groupwise registration of dynamic MRI", {}, None),
    ],
    # a169iv: linkless-title-venue-year-table (JeffffffFu/Awesome-Differential-Privacy-and-Meachine-Learning): "| Title |
    # Team/Main Author | Venue and Year | Key Description" / "| Differential privacy | Cynthia Dwork | ICALP/2006 | 首次…
    # |": a row of a table headed by "Title" whose venue cell is filled cites a paper however short its title (two
    # words), and a title written in Chinese counts its characters, not its spaces (a video link in the description
    # cell does not make the row a web page)
    "linkless-title-venue-year-table.md": [
        ("Private aggregation", {}, None),
        ("Bounded Noise Calibration for Private Counting Queries", {}, None),
        ("联邦学习隐私保护技术研究综述", {}, None),
        ("Shuffled Reports for Frequency Estimation in Mobile Telemetry", {}, None),
        ("Sampled Moments Accountant for Clinical Deep Learning", {}, None),
    ],
    # a169iv: acl-virtual-site-paper-page (michele17284/Awesome-Privacy-Preserving-LLMs): "- [On the privacy risk of
    # in-context learning](https://virtual2023.aclweb.org/paper_TrustNLP_13.html) Show that …": an ACL conference's
    # virtual site serves one page per accepted paper ("/paper_<track>_<n>.html"); a title linked to it is the paper,
    # whatever a heading of models above it says
    "acl-virtual-site-paper-page.md": [
        ("Membership leakage of discharge-summary language models", {"arxiv": "2303.11842"}, None),
        ("On the memorisation risk of retrieval-augmented triage assistants", {}, None),
        ("Canary exposure in federated clinical language models", {}, None),
        ("Private prompt tuning for radiology report generation", {}, None),
    ],
    # a172iy: doi-as-link-text-to-publisher-page (wissal9999999999999/Graph-based-cardiac-event-detection): "| **Title**
    # | … | [DOI: 10.4018/…ch004](https://www.igi-global.com/chapter/…) |": the link's text is the work's DOI and its
    # target a publisher page no rule knows; the DOI written as the text says the page is that work's record, so the
    # link is the paper's and the DOI its identifier (in a table column that names no role, or in a list item)
    "doi-as-link-text-to-publisher-page.md": [
        ("Wavelet Scattering Features for Ambulatory Rhythm Screening", {"doi": "10.4018/979-8-3693-0412-9.ch007"}, None),
        ("Beat-Level Attention Pooling for Single-Lead Monitors", {"doi": "10.1016/j.bspc.2024.106118"}, None),
        ("Federated Calibration of Wrist Photoplethysmography Across Devices", {"doi": "10.3390/s24051623"}, None),
        ("Graph Embeddings of Twelve-Lead Morphology", {"doi": "10.4018/978-1-6684-7321-4.ch012"}, None),
        ("Sleep Apnea Screening from Nocturnal Pulse Waves", {"doi": "10.1007/s10439-023-03311-8"},
         "github.com/example-lab/pulse-apnea"),
    ],
    # a172iy: reader-review-repo-notebook-beside-note (Kaintels/paper-list): "|Title|[[link]](ieee…)|[[slides]](github.com/
    # reader/paper-review/blob/master/…/Kulin et al..md)|[[code]](github.com/reader/paper-review/blob/master/…/Kulin et
    # al..ipynb)|": a reader's review repository keeps a note and a notebook per paper; the notebook file in the
    # repository that holds the row's note is the reader's port, not the work's code (a repository of its own beside
    # the note, or a file of a repository with no note beside it, stays the code)
    "reader-review-repo-notebook-beside-note.md": [
        ("Beat-to-Beat Blood Pressure Tracking from Wrist Pulse Transit Time", {"arxiv": "2104.07712"}, None),
        ("Atrial Fibrillation Screening with Sparse Smartwatch Photoplethysmograms", {},
         "github.com/example-lab/afib-sparse-ppg"),
        ("Noise-Aware Heartbeat Segmentation for Ambulatory Holter Records", {"arxiv": "2011.05520"},
         "github.com/example-lab/holter-seg"),
        ("Learning Respiratory Rate from Chest-Worn Accelerometers", {"pmid": "33861922"}, None),
    ],
    # a173iz: gbt-reference-paragraphs-over-method-bullets (JackHCC/Awesome-Uplift-Model): reading notes whose works are
    # GB/T 7714 references written as paragraphs, "✔ Authors. [Title](….pdf)[J]. Venue, year, vol(issue): pages.",
    # each over a bullet naming the method it brings; a whole reference around one linked title (authors before,
    # venue and year after) is a work, not the prose introducing the bullets, and a leading ✔ is no author's name
    "gbt-reference-paragraphs-over-method-bullets.md": [
        ('Stable balancing weights for sparse clinical covariates', {}, None),
        ('Overlap weights for emulated target trials in registry data', {}, None),
        ('Calibrated propensity scores for time-to-event outcomes', {'arxiv': '2103.04417'}, None),
        ('Doubly robust survival curves under dependent censoring', {}, None),
        ('Genetic matching on longitudinal health records', {}, None),
    ],
    # a173iz: institutional-repository-item-papers (WilliamWJHuang/awesome-causal-inference): "- [Making Sense of
    # Sensitivity](escholarship.org/uc/item/0pg6471b) - Cinelli and Hazlett on …": an item page of the University of
    # California's open-access repository is one deposited paper, as a handle or a HAL record is
    "institutional-repository-item-papers.md": [
        ('Bounding Unmeasured Confounding in Registry Trials', {}, None),
        ('Robustness Values for Survival Contrasts', {}, None),
        ('Placebo Outcomes for Electronic Health Records', {'arxiv': '2207.01548'}, None),
    ],
    # a173iz: short-name-link-credited-to-authors-paper (WilliamWJHuang/awesome-causal-inference): "- [CUPED](exp-
    # platform.com/cuped/) - Deng, Xu, Kohavi, and Walker paper on …": a method's short name linked to a page the host
    # tables do not know, its note crediting it to its authors as their paper ("A, B, and C paper on", "A et al.
    # paper on"), is that paper, not a web site
    "short-name-link-credited-to-authors-paper.md": [
        ('CUPAC-R', {}, None),
        ('Sequential Guardrails', {}, None),
        ('Stratified Rollouts', {'arxiv': '2304.11876'}, None),
    ],
    # a174ja: title-link-over-dated-venue-note (jacobgil/jacobgil.github.io): a Jekyll publication page with no
    # heading ("title: Papers" is front matter) whose items are "- [Title](page)" then an indented "*2024 Venue*"
    # line; a title linked to an unknown host's page over a note that is only the year and venue is a paper when
    # the papers beside it make the page a list of papers
    "title-link-over-dated-venue-note.md": [
        ('Stain-Invariant Feature Learning for Whole Slide Image Retrieval', {"arxiv": "2203.04471"}, None),
        ('Predicting Tumour Grade from Routine Slides with Weak Labels', {}, None),
        ('Attention Pooling for Gigapixel Histology Classification', {"arxiv": "2011.07311"}, None),
        ('Counting Mitoses in Breast Biopsies with Point Supervision', {}, None),
        ('Self-Supervised Tissue Embeddings for Slide-Level Search', {"doi": "10.1186/s12880-021-00655-3"}, None),
    ],
    # own: chicago-bibliography-group-author-journal-place-year (kelu124/echomods): Zotero's French Chicago
    # bibliography, "**Browning Carmo, Kathryn, …, et Nick Evans**. _Title_. Acta Paediatrica (Oslo, Norway: 1992),
    # 15 septembre 2016. doi:…": a first surname that reads as a word, a group that signs last ("et Group of
    # Investigators of SAMU 92"), NLM's place-and-year journal qualifier: each paragraph is one work (none dropped)
    "chicago-bibliography-group-author-journal-place-year.md": [
        ("Handheld Lung Ultrasound for Triage of Dyspnoeic Infants in Transport", {"doi": "10.1111/apa.14771"}, None),
        ("Reading Errors in Focused Echocardiography by Prehospital Physicians Using a Pocket Device",
         {"doi": "10.1097/mej.0000000000000321"}, None),
        ("Pocket Echoscopy at the Bedside: A Multicentre Agreement Study", {"doi": "10.1186/cc12345"}, None),
        ("Consensus Recommendations for Point-of-Care Ultrasound Training in Emergency Departments",
         {"doi": "10.1002/jum.14321"}, None),
        ("Handheld Echocardiography: The Stethoscope of the Future? A Comparison of Bedside Images to Standard "
         "Echocardiograms", {"doi": "10.7326/m14-1234"}, None),
    ],
    # a179jf: heading-record-fact-table (MasterDGL/admet-literature): "#### Title" / "*Venue · date*" / "**Overview:** …" /
    # "| Field | Details |" rows of labelled facts / "[Paper](doi…) · [Detailed notes](….md) · [Code/project](github…)": a
    # link-less two-column table of short labels beside link-less prose, in a leaf section whose heading reads as a
    # work's title, is that work's note sheet; the heading, its notes and the link line below are one record
    "heading-record-fact-table.md": [
        ('HepaNet: graph learning of drug-induced liver injury from curated clinical labels',
         {'doi': '10.1186/s13321-025-01190-4'}, 'github.com/example-lab/HepaNet'),
        ('Conformal risk control for cardiotoxicity screening of large libraries', {'arxiv': '2506.04417'}, None),
        ('Multitask transfer of metabolic stability across species with shared encoders',
         {'doi': '10.1038/s41467-024-46620-2'}, 'github.com/example-lab/metstab-transfer'),
    ],
    # own: paper-table-names-linked-to-reader-notes (MasterDGL/admet-literature): "| Paper | Journal/conference |
    # Date |" / "| [ADMET-AI](en/papers/admet/admet-ai-2024.md) | Bioinformatics | 2024-06-24 |": a paper's short
    # name linked only to the reader's own note, its venue and date beside it, is that paper
    "paper-table-names-linked-to-reader-notes.md": [
        ("CardioTox-GNN", {}, None),
        ("ToxFormer: a transformer for multi-endpoint toxicity prediction from molecular graphs",
         {"doi": "10.1093/bioinformatics/btae411"}, "github.com/example-lab/toxformer"),
        ("HEPNet: descriptor-augmented graph pretraining for hepatotoxicity", {"doi": "10.1038/s41467-023-43214-1"},
         None),
    ],
    # a177jd: korean-paper-column-rows-awaiting-links (TaeSeongkwon0521/awesome-brain-decoding): "| 연도 | 논문 | 설명 |
    # 링크 |" / "| 2024 | **CLIP-MUSED** | … | 링크 추가 예정 |": a Korean table headed "논문" (paper) whose rows wait
    # for their links still cite papers, as the same rows under "Paper" or "论文" do
    "korean-paper-column-rows-awaiting-links.md": [
        ('CortexNet: Cortical Thickness Estimation from Low-Field MRI', {'arxiv': '2309.14512'},
         'github.com/example-lab/cortexnet'),
        ('Hippocampal Atrophy Tracking with Longitudinal Diffusion Priors', {'doi': '10.1016/j.neuroimage.2024.120611'},
         None),
        ('TauGraph: Connectome Spread Models of Tau Pathology', {}, None),
        ('SynthAD', {}, None),
        ('WMH-Former', {'arxiv': '2502.08813'}, None),
        ('NeuroAge', {}, None),
    ],
    # a177jd: cited-title-linked-to-shared-drive-file (subbareddy248/Awesome-Brain-Encoding--Decoding): "[Long-Term
    # Plausibility of …](drive.google.com/file/d/…/view?usp=sharing), Cogsci 2022": a work's title linked to one
    # file shared from a drive, its venue and year after the link, is the paper's PDF, not a data set (a short name
    # so linked under a data heading, with no venue, stays a data set)
    "cited-title-linked-to-shared-drive-file.md": [
        ('Cortical Surface Parcellation with Graph Transformers', {'arxiv': '2306.04417'},
         'github.com/example-lab/cortex-parcel'),
        ('Longitudinal Atrophy Patterns Predict Conversion to Dementia', {}, None),
        ('Federated Harmonisation of Multi-Site Diffusion MRI', {}, 'github.com/example-lab/fed-harmonise'),
        ('White Matter Hyperintensity Segmentation in Ageing Cohorts', {'doi': '10.1016/j.nicl.2023.103412'}, None),
    ],
    # a178je: bold-byline-apa-bibliography (sanjaybasu-waymark/healthcare-ai-book): a book chapter's bibliography,
    # APA references whose authors are set in bold, ". **Rajkomar, A., … & Dean, J.** (2018). Title. *Venue*, 1(1), 18.
    # [note]", each paragraph led by the full stop its dropped number left: the stop is no text, the bold byline
    # with the year after it opens one whole reference (title, venue, year), numbered or not
    "bold-byline-apa-bibliography.md": [
        ('Continuous deterioration scores from sparse bedside vitals', {}, None),
        ('Attention over lab trajectories for in-hospital mortality', {'arxiv': '2004.11872'}, None),
        ('Early sepsis onset detection with gradient boosted trees', {}, None),
        ('Learning treatment-aware sepsis risk from electronic health records', {}, None),
        ('Length of stay forecasting with recurrent survival models', {}, None),
    ],
    # a178je: citation-section-linked-reference-with-doi-text (physionetchallenges/physionetchallenges.github.io): a
    # challenge page's "## Citations" section cites its paper as one link whose text is the whole reference, the DOI
    # written inside it ("[Reyna MA, … Title. Critical Care Medicine … (2019). https://doi.org/10.1097/…](journals.lww
    # .com/…)", "[… 2019, pp. 1- 4, doi: 10.23919/…](cinc.org/….pdf)"): the DOI the reference states makes it a
    # scholarly record whatever page its link reaches, as a link to doi.org would
    "citation-section-linked-reference-with-doi-text.md": [
        ('Early Warning of Deterioration From Bedside Data: The Open ICU Challenge', {'doi': '10.1097/cce.0000000000000412'}, None),
        ('Early Warning of Deterioration From Bedside Data: the Open ICU Challenge 2021', {'doi': '10.23919/cinc53138.2021.9662811'}, None),
        ('Gradient Boosted Trees for Hourly Deterioration Scores', {}, None),
        ('Recurrent Imputation Networks for Sparse ICU Vitals', {}, None),
    ],
    # a181jh: link-row-lines-under-heading (openlists/ElectrophysiologyData): "### Record name" / a description /
    # "[Home Page](…) -" / "[Data Portal](…) -" / "[Paper](doi…)": the record's links written one a line in one
    # paragraph; a paragraph whose every line is one link labelled by what it reaches (a role word, qualified or
    # not, or a home page's label) is the heading's row of links, not a list of items titled "Home Page"
    "link-row-lines-under-heading.md": [
        ("Contrastive Pretraining of Seizure Detectors on Unlabelled Ward EEG",
         {"doi": "10.1016/j.clinph.2023.04.017"}, None),
        ("A Multi-Site Benchmark for Automated Sleep Staging in Children", {"arxiv": "2309.14471"},
         "github.com/example-lab/kids-sleep-bench"),
        ("Spindle Transformers for Scalp EEG Staging", {"arxiv": "2306.11842"},
         "github.com/example-lab/spindle-transformers"),
        ("Artifact-Aware Channel Attention for Intracranial Recordings", {"pmid": "37291145"}, None),
    ],
    # a175jb: citation-key-before-byline (cfshi/coronavirus git_push/auto.md): "* _Bell04:_ Bell DM. [Title](…pubmed/…).
    # Emerg Infect Dis 10:1900-6 (2004).": a reference manager's key (a word closed by the year's digits and a colon)
    # opens each reference before its byline; the key is no author, the linked title is the title
    "citation-key-before-byline.md": [
        ("Weekly sentinel reporting and the timing of influenza peaks", {"pmid": "31245678"}, None),
        ("Search queries as an early signal of dengue outbreaks in Southeast Asia", {"pmid": "33456712"}, None),
        ("Framing of measles outbreaks in national newspapers", {"doi": "10.1080/10410236.2018.1431024"}, None),
        ("Household contact structure and the reproduction number of respiratory infections",
         {"doi": "10.1016/j.jtbi.2019.110150"}, None),
        ("Nowcasting hospital admissions from delayed case reports", {"pmid": "35012345"}, None),
    ],
    # a182ji: bold-title-italic-byline-book-label (Radical3-HeZhang/Awesome-Trustworthy-GNNs): "1. **Title.** *Authors.*
    # 2022. [book](the book's own site)": a cited book (bold title, italic byline, year) whose only link is its site
    # under a label that says "book"; the line is the work (a book), however short its title, not a website
    "bold-title-italic-byline-book-label.md": [
        ("Reliable Clinical Prediction Models: Aspects, Methods and Trends", {"arxiv": "2306.11482"}, None),
        ("A Survey on Calibrated Uncertainty for Medical Imaging", {"doi": "10.1145/3533382.3587716"}, None),
        ("Trustworthy Clinical Learning", {}, None),
        ("Uncertainty in Medical AI: Foundations, Frontiers, and Applications", {}, None),
        ("Calibration for Clinicians", {}, None),
    ],
    # a182ji: code-label-framework-tutorial-page (fawazsammani/awesome-xai): "- Title [[pdf]](arxiv…) [[code]](https://
    # www.tensorflow.org/tutorials/generative/adversarial_fgsm) [[code]](https://pytorch.org/tutorials/…)": a "code"
    # label on a framework's own tutorial or worked example (pytorch.org/tutorials, tensorflow.org/tutorials,
    # keras.io/examples) is a port that teaches the framework, not the paper's code; a repository beside it still is
    "code-label-framework-tutorial-page.md": [
        ("Gradient Shortcuts in Clinical Image Classifiers", {"arxiv": "2104.11873"}, None),
        ("Perturbation Masks for Chest X-ray Explanations", {"arxiv": "2011.05529"},
         "github.com/example-lab/perturbation-masks"),
        ("Class Activation Maps for Dermoscopy", {"arxiv": "1912.04480"}, None),
        ("Calibrated Saliency for Retinal Screening", {"arxiv": "2203.09914"}, "github.com/example-lab/calibrated-saliency"),
    ],
    # own: challenge-results-conference-and-journal-paper-columns (physionetchallenges 2019 results): "| Rank | Team
    # Name | Team Member(s) | Paper | Entry Code | Journal Paper |": the journal version in its own column is a work of
    # its own; a row with an empty Paper cell and a code archive, its trailing cell left off, is the team's entry
    "challenge-results-conference-and-journal-paper-columns.md": [
        ("Gradient Boosted Trees for Early Detection of Delirium from Vital Signs", {}, None),
        ("A Tree Ensemble for Real-Time Prediction of Delirium in Intensive Care", {"doi": "10.1097/ccm.0000000000005901"},
         None),
        ("Recurrent Networks with Missingness Indicators for Delirium Onset", {}, None),
        ("Two-Stage Imputation and Boosting for Early Prediction of Delirium on Imbalanced Data",
         {"doi": "10.1097/ccm.0000000000005988"}, None),
    ],
    # a183jj: ieee-localised-and-before-last-author (tailorsurgery/SegmentationAI): Zotero's IEEE style in a
    # Catalan (Italian, Dutch) locale, "W. Xie, …, Y. Li, i M. Kumar, "Title", arXiv, vol. …": the serial comma
    # then the locale's "and" ("i", "e", "en"), a short word that joins two names only when a capital follows it;
    # read as a name it left the last author ("i M") as the title
    "ieee-localised-and-before-last-author.md": [
        ("Contrastive Pretraining for Knee Cartilage Segmentation in Low-Field MRI", {"arxiv": "2403.11827"}, None),
        ("Uncertainty-Aware Vertebra Labelling from Sagittal Dixon Sequences", {"doi": "10.3389/fradi.2023.01187"},
         None),
        ("Shape Priors for Mandible Reconstruction from Cone Beam CT", {"doi": "10.1259/dmfr.20220311"}, None),
        ("Few-Shot Adaptation of Promptable Segmenters to Pelvic MRI", {"arxiv": "2311.04122"}, None),
    ],
    # a183jj: ieee-unquoted-title-after-joined-full-names (tailorsurgery/SegmentationAI): "Alexander Kirillov, …,
    # i Ross Girshick, Segment Anything, arXiv, vol. 2304.02643, 2023.": full given-first names, the title neither
    # quoted nor set apart, then the venue and "vol."; the name the joiner ("and") introduces is the last, so the
    # chunk after it (two words at least) opens the title, and ", Venue, vol." closes it
    "ieee-unquoted-title-after-joined-full-names.md": [
        ("Promptable Bone Segmentation", {"arxiv": "2402.07719"}, None),
        ("Learning Dense Pelvic Landmarks from Sparse Clicks", {"arxiv": "2309.13308"}, None),
        ("Vertebra Counting Without Labels", {"doi": "10.1002/mp.16234"}, None),
        ("Sparse-View Knee CT Reconstruction with Score Priors", {"arxiv": "2310.05521"}, None),
    ],
    # a183jj: ieee-single-quoted-titles-british-locale (a glaucoma screening manuscript's reference list): Zotero's
    # IEEE style in the British/Australian locale quotes the title in single quotes, "A. Giangiacomo and A. L.
    # Coleman, ‘The Epidemiology of Glaucoma’, in Glaucoma, …", "…, ‘Title’, Surv. Ophthalmol., vol. 48, …": the
    # title runs to the first closing quote a comma follows (an apostrophe inside it is followed by a letter)
    "ieee-single-quoted-titles-british-locale.md": [
        ("Optic Disc Cupping in a Rural Ghanaian Cohort", {"doi": "10.1007/978-3-030-11111-1_3"}, None),
        ("Handheld Fundus Photography for Community Glaucoma Case Finding", {"doi": "10.1038/s41433-022-02211-x"},
         None),
        ("Glaucoma’s hidden burden in West Africa: a review", {"doi": "10.1016/j.survophthal.2020.07.004"}, None),
        ("Interpretable Cup-to-Disc Estimation with Attention Maps", {"doi": "10.1109/icip46576.2022.9897412"}, None),
        ("Vessel Tortuosity as a Glaucoma Marker: A Deep Learning Study", {"doi": "10.1038/s41746-023-00833-0"},
         None),
    ],
    # own: placeholder-links-short-names-among-titles (jzhang38/Peiyuan-s-Gait-Reognition-Reading-List): "+ [Mask
    # R-CNN]() <br>" among "+ [Long Title of a Work]()<br>" lines: every URL left for later; a short name opening its
    # line is still the work's name (not dropped), a paper as its siblings are; "[Title] ()<" is the same link
    # broken by a space. "[code]()" and "[Website]()" alone name nothing
    "placeholder-links-short-names-among-titles.md": [
        ("Chained Trackers: Joint Detection and Association for Multiple Pedestrians", {}, None),
        ("Mask Scoring R-CNN", {}, None),
        ("Cascade R-CNN", {}, None),
        ("Deformable Attention Transformers for Universal Image Segmentation", {}, None),
        ("Fully convolutional encoders for surgical scene segmentation.", {}, None),
        ("Gait Recognition via Disentangled Pose and Appearance Learning", {}, None),
        ("Feature Pyramid Networks for Small Lesion Detection", {}, None),
        ("Cross-View Gait Recognition with Universal Linear Embeddings", {}, None),
    ],
    # a185jl: doubled-bracket-link-destination (lindenb/jvarkit): "doi: [https://doi.org/10.1101/190363]([https://doi.
    # org/10.1101/190363)": a bracket typed twice before a link's address stays in the destination; no address
    # starts with "[", "(" or "<", so the address (and the DOI it names) is what follows the stray opener
    "doubled-bracket-link-destination.md": [
        ("Spatial niches of tumour-infiltrating lymphocytes in colorectal sections", {"doi": "10.1101/2023.04.11.536412"}, None),
        ("Whole-slide registration of cyclic immunofluorescence rounds", {"doi": "10.1038/s41592-023-01911-5"}, None),
        ("Multiplexed imaging of glioma margins at single-cell resolution", {"doi": "10.1016/j.celrep.2023.112045"}, None),
        ("A compact open-source light engine for widefield microscopy", {"doi": "10.1364/boe.480211"}, None),
    ],
    # a185jl: doi-glued-to-next-word (lindenb/jvarkit): "https://doi.org/10.1161/CIRCGEN.121.003426Circulation: Genomic
    # and Precision Medicine": the space after a DOI lost in copying glues the citation's next word (venue, status) to
    # it; a title-case word right after the DOI's last digit is that word, never part of a DOI suffix
    "doi-glued-to-next-word.md": [
        ("Somatic variant burden in paediatric cardiomyopathy", {"doi": "10.1161/circgen.121.003517"}, None),
        ("Haplotype-aware phasing of long reads in polyploid crops", {"doi": "10.1002/tpg2.20233"}, None),
        ("Read-depth copy number calls from exome panels", {"doi": "10.1186/s13073-021-00912-4"}, None),
        ("Telomere content estimated from short reads", {"doi": "10.1093/nar/gkaa187"}, None),
    ],
    # a184jk: link-text-title-then-remark-after-closing-quote (LS4GAN/awesome-GAN-papers): "- [ ] [Title” might of
    # interest to ML enthusiasts](arxiv…)": a link text copied from a sentence that quoted the title, its opening quote
    # left out; a closing ” that closes nothing, then words in lower case, ends the title: the rest is the remark
    "link-text-title-then-remark-after-closing-quote.md": [
        ("Shortcut Learning in Synthetic Chest Radiograph Augmentation", {"arxiv": "2203.11842"}, None),
        ("Latent Diffusion for Paired MRI-to-CT Translation", {"arxiv": "2306.04517"}, "github.com/example-lab/ldm-mr2ct"),
        ("Auditing Memorisation in Diffusion Models Trained on Fundus Photographs", {"arxiv": "2310.19275"}, None),
        ("Cycle-Consistent Stain Transfer for Whole-Slide Images", {"doi": "10.1016/j.media.2023.102911"},
         "github.com/example-lab/cyclestain"),
        ("Counterfactual Lesion Synthesis with Conditional GANs", {"arxiv": "2211.07312"}, None),
    ],
    # a188jo: tool-line-then-titled-highwire-journal-page (shley4/awesome-microbiome): "- [[Canu](github…)] -
    # [C++/C, v2.2, …] - [2017.03, _Genome Res_] - [[Canu: scalable and accurate …](genome.cshlp.org/content/27/5/
    # 722)]": a tool's line whose article, under its full title, is a HighWire-built journal's page numbered by
    # volume, issue and first page ("/content/27/5/722", no DOI in it); that page is an article's page as an
    # "/article/" one is, so the line cites the article, the tool's repository its code
    "tool-line-then-titled-highwire-journal-page.md": [
        ("Kestrel: scalable long-read assembly with adaptive minimizer weighting", {}, "github.com/example-lab/kestrel"),
        ("Heron: consensus assembly of bacterial genomes from noisy reads", {}, "github.com/example-lab/heron"),
        ("Plover: polishing long-read assemblies of bacterial isolates", {"doi": "10.1186/s13059-021-02491-1"},
         "github.com/example-lab/plover"),
        ("Egret: fast overlap detection for single-molecule reads", {}, "github.com/example-lab/egret"),
    ],
    # a186jm: closing-year-venue-bracket-tag (SupeRuier/awesome-active-learning): "- Title [2010, BMC Bioinform]",
    # "- [Title [2020, npj Computational Materials]](nature…)", "Title [Venue, 2019]": a bracketed year and venue
    # (year first or last, the venue after a comma or a stop) closing a bare line or a link's text dates the work and
    # names its venue, no part of the title; a link-less line so tagged, under a plain "Label:" line, cites a work
    "closing-year-venue-bracket-tag.md": [
        ("Point-Supervised Nuclei Detection with Adaptive Gaussian Targets", {}, None),
        ("Scribble Propagation for Gland Segmentation in Colon Histology", {}, None),
        ("Consistency Training for Mitosis Counting with Few Labels", {}, None),
        ("Uncertainty Sampling for Active Annotation of Chest CT Lesions", {"doi": "10.1038/s41746-023-00871-9"}, None),
        ("Budget-Aware Query Selection for Prostate MRI Segmentation", {"arxiv": "2403.05512"}, None),
        ("Human-in-the-loop Annotation of Knee Radiographs", {}, None),
    ],
    # a189jp: mkdocs-content-tabs-grid-cards (okahwaji-tech/agents): an MkDocs Material page writes its papers inside
    # content tabs (=== "🏥 Clinical Papers"), admonitions (!!! tip) and collapsible blocks (??? note), each body
    # indented four spaces under its marker line; CommonMark read every body as an indented code block (no entry
    # at all). An indented code block right under a paragraph that is only such a marker line is the block's body,
    # read as Markdown (its grid cards: **"Title"**, then [arXiv](…) | [Code](github…))
    "mkdocs-content-tabs-grid-cards.md": [
        ("WardNotes: Pretraining on Discharge Summaries", {"arxiv": "2104.05517"}, "github.com/example-lab/wardnotes"),
        ("Triage Transformers for Emergency Notes", {"arxiv": "2209.11873"}, None),
        ("Chart Agents That Ask Before They Order", {"arxiv": "2310.04412"}, "github.com/example-lab/chart-agents"),
        ("Rule-Based De-identification of Nursing Notes", {"doi": "10.1093/jamia/ocz101"}, None),
    ],
    # a189jp: mkdocs-book-cards-authors-publisher (okahwaji-tech/agents): a grid card per book, "**Authors**: …" /
    # "**Publisher**: MIT Press", linked to the publisher's home page: a publisher is where a work appeared, as a
    # journal is, so an authors field and a publisher field make the card a cited (published) work, not a website
    "mkdocs-book-cards-authors-publisher.md": [
        ("Clinical Machine Learning", {}, None),
        ("Foundations of Medical Imaging AI", {}, None),
        ("Biomedical Text Mining", {}, None),
    ],
    # a189jp: bold-quoted-title-over-byline-venue-note-bullets (tonyliang19/deep-learning-biology-codebook, docs/):
    # "1. **"Title"** (Nickname)" / "   - Angermueller et al. (2016)" / "   - Molecular Biology of the Cell" / "   -
    # note": a bold (quoted) title, perhaps with the name the work goes by in brackets, whose first sub-bullet is its
    # byline and year in brackets: the link-less lines under it are the work's venue and notes (each was read as a
    # work, the bold title as a group), and the quoted title is the title without the bracketed name
    "bold-quoted-title-over-byline-venue-note-bullets.md": [
        ("Gated Convolutions for Ward Monitoring Signals", {}, None),
        ("Contrastive pretraining of discharge summaries", {}, None),
        ("Sparse attention for whole-slide images", {"arxiv": "2205.11873"}, None),
        ("Variational models of perturbed single-cell atlases", {}, None),
    ],
    # a187jn: numbered-reference-hover-title-bibliography (kelu124/echomods, "Benchmarking components"): items name
    # parts and cite the papers that used them by number, "* MAX14808 ([3]) ([9])", over numbered reference
    # definitions whose hover text is the only place each paper is named ('[3]: http://ieeexplore…/7329474/
    # "Smartphone-based portable ultrasound imaging system: … 10.1109/ULTSYM.2015.0517 -- great schematics"'): each
    # cited work is a paper of its own, named by the hover text up to its DOI, listed once; the part's line is none
    "numbered-reference-hover-title-bibliography.md": [
        ("Tablet-based portable ultrasound imaging system: prototype and bench evaluation",
         {"doi": "10.1109/ultsym.2016.0417"}, None),
        ("FPGA-Based Handheld Ultrasound Scanner with Automatic Bladder Volume Estimation",
         {"doi": "10.3390/jimaging2010015"}, None),
        ("A Low-Cost Single-Element Mechanical Sector Probe for Point-of-Care Imaging",
         {"pmid": "29123456", "doi": "10.1109/tbme.2018.2801234"}, None),
        ("Delayed-trigger data acquisition for high-frequency ultrasound imaging", {"pmcid": "PMC6123456"}, None),
    ],
    # own: paper-box-project-page-over-linked-byline (Raymond-Qiancx/raymond-qiancx.github.io): an AcadHomepage box
    # whose title links the work's project page, over its venue and a byline whose co-authors link their pages: the
    # byline is the record's authors (its links no work's), and makes the box a paper under a "Multimodal LLMs" heading
    "paper-box-project-page-over-linked-byline.md": [
        ("Re-Rank: Aligning Clinical Vision Language Models via Retrieval-Augmented Preference Optimization", {}, None),
        ("fMRI-LM: Towards a Universal Foundation Model for Language-Aligned fMRI Understanding",
         {"arxiv": "2511.21761"}, None),
    ],
    # a191jr: code-label-on-the-article-page (yangzhao98/riskModel): "* 2020 [Title](https://www.bmj.com/content/368/
    # bmj.m441), [R code](https://www.bmj.com/content/368/bmj.m441)": the paper's own journal page pasted again
    # under a code label (its code sits in the article's supplement); a page whose address the publisher's scheme
    # reads as a DOI (BMJ's "bmj.m441", nature.com's article id) is an article as one with the DOI written in is,
    # never the work's code
    "code-label-on-the-article-page.md": [
        ("Part 1. Assessing drift in deployed risk scores: a tutorial", {"doi": "10.1136/bmj-2023-076512"},
         "github.com/example-lab/driftscore"),
        ("Part 2. Recalibrating deployed risk scores after case-mix change", {"doi": "10.1136/bmj-2023-076513"}, None),
        ("Sample size for updating a clinical prediction model", {"doi": "10.1136/bmj.n512"}, None),
        ("Presenting nomograms for bedside use", {"doi": "10.1038/s41746-020-00312-7"}, None),
        ("Decision-analytic validation of survival risk models", {"doi": "10.7326/m21-4410"},
         "github.com/example-lab/survdca"),
    ],
    # a193jt: link-text-title-line-then-byline-year (kuang-da/scGenomic-Reading-List): "- [Comprehensive integration of
    # single cell data⏎Tim Stuart, Andrew Butler, …, Rahul Satija (2019).](doi…)": a reference pasted from the
    # article's page into a link's text, the title on its first line and the authors' full names with the year in
    # brackets on the next, no stop between; the line break ends the title, the names are the byline
    "link-text-title-line-then-byline-year.md": [
        ("Anchored integration of spatial and dissociated single-cell atlases", {"doi": "10.1016/j.cell.2021.04.017"}, None),
        ("Probabilistic deconvolution of spot-level expression with reference atlases",
         {"doi": "10.1038/s41592-022-01480-9"}, None),
        ("Graph smoothing of spatial expression maps", {"doi": "10.1186/s13059-022-02671-9"}, None),
        ("Niche detection in tissue sections with neighbourhood-aware embeddings", {"doi": "10.1038/s41467-023-36512-4"},
         None),
        ("Benchmarking domain segmentation methods for spatial transcriptomics", {"doi": "10.1186/s13059-024-03198-x"},
         None),
    ],
    # a194ju: survey-callout-set-off-title-bare-url (HKUST-KnowComp/Awesome-LLM-Scientific-Discovery): "Survey:
    # ***Title.*** ([https://arxiv.org/abs/…])" / "**Companion paper:** *Title* [arXiv](…)" in an intro or an
    # "## Overview": a line labelled as a paper whose title is set off in bold or italics right after the label, its
    # one link (named by its address or role only) a scholarly record, is that paper's entry, titled by the set-off words
    "survey-callout-set-off-title-bare-url.md": [
        ("From Pipettes to Planners: A Survey of Autonomous Agents in Wet Laboratories", {"arxiv": "2507.14418"}, None),
        ("Benchmarking Robotic Chemists on Closed-Loop Synthesis Tasks", {"arxiv": "2508.02291"}, None),
        ("ProtoPlan: Drafting Executable Protocols from Methods Sections", {"arxiv": "2409.11873"}, None),
        ("BenchHand: Grounding Liquid-Handler Commands in Natural Language", {"doi": "10.1039/d4dd00112a"}, None),
        ("CellLoop: Closed-Loop Optimisation of Culture Media with Agents", {"arxiv": "2502.07761"}, None),
    ],
    # a192js: curator-tagged-year-venue-label-dash-title (lulab/gitbook-docs): "* (neoadjuvant) **2022 Nature Med  -**
    # Title", "* \\[review] _**2021 Nature**_ - Title", "* **circRNA**: _2020 PLOS Comp. Bio._ - Title", "* **Prognosis
    # ctDNA**: 2019 JCO - Title", "* 2019 - iScience - Title": a reading list's year-and-venue label (the year perhaps
    # set off from the venue by a dash) opened by a curator's tag (a bracketed or parenthesised remark, a short
    # topic label and a colon), then a dash and the title: the tag and the label are no part of the title, the label
    # dates the work and names its venue
    "curator-tagged-year-venue-label-dash-title.md": [
        ("Engineering the next wave of adoptive cell therapies for solid tumours", {}, None),
        ("Resident memory T cells predict early response to neoadjuvant checkpoint blockade", {}, None),
        ("Circulating tumour DNA guides adjuvant therapy in bladder carcinoma", {}, None),
        ("Mapping the stromal landscape of pancreatic ductal adenocarcinoma", {}, None),
        ("Landscape of B cell clonotypes across thirty human tumour types", {}, None),
        ("circScout: detecting differentially spliced circular RNAs in plasma", {}, None),
        ("A serum microRNA signature for early detection of oesophageal carcinoma", {}, None),
        ("Detection of resectable tumours with a multi-analyte plasma assay", {}, None),
        ("Early tumour detection from multi-analyte assay results with ensemble learning", {}, None),
    ],
    # a192js: group-author-link-label-then-title-sentence (WENWENYU/jamesdiao.github.io): "1. [The 1000 Genomes Project
    # Consortium](nature.com/articles/…). A global reference for human genetic variation. <em>Nature</em>." among
    # "[Lek et al. 2016](…). Title. <em>Nature</em>." lines: a consortium named as the author labels the link as a
    # first author and year do; the sentence after the link's full stop is the title, the venue after it its trailer
    "group-author-link-label-then-title-sentence.md": [
        ("A map of rare coding variation in 80,000 exomes", {"doi": "10.1038/nature19512"}, None),
        ("A reference panel of haplotypes from fifty African populations", {"doi": "10.1038/nature15921"}, None),
        ("Correcting for ancestry in admixed case-control cohorts", {"pmid": "21813521"}, None),
        ("Whole-genome analysis of somatic drivers across thirty tumour types", {"doi": "10.1038/s41586-020-1969-6"}, None),
        ("Pharmacogenomic markers of response to kinase inhibitors in cell lines", {"doi": "10.1093/nar/gkz412"}, None),
    ],
    # own: heading-record-fields-notes-then-link-fields (BraveYiheng/awesome-medical-llm-agent): "### Title" /
    # "**作者**：…" / "**核心贡献**：" / "- notes" / "**论文链接**：[arXiv](…)": a heading's record writes its link
    # fields after its notes, run into the last note (no blank line) or as a paragraph after the list; they are
    # the record's links, the heading its title (not the last note's words)
    "heading-record-fields-notes-then-link-fields.md": [
        ("Clinical Agents: Surveying the Horizons of Multimodal Bedside Interaction", {"arxiv": "2502.04329"}, None),
        ("Multi-Agent Triage with Language Models: A Survey of Progress and Challenges", {"arxiv": "2402.07839"},
         "github.com/example-lab/triage-agents"),
        ("Memory and Planning for Hospital Agents: A Survey", {"arxiv": "2309.07868"},
         "github.com/example-lab/hospital-agents"),
    ],
    # a198jy: resource-note-enumerating-its-articles (openlists/ElectrophysiologyData): "- [BIDS](…) … is a set of data
    # standards …, including [MRI](article A), [EEG](article B), [MEG](article C), and [iEEG](article D)": a resource's
    # note names its articles by part; each is a paper of its own (in OPTIONAL, "Name (part)"), never a passing mention
    # dropped with its identifier; a note beside the item's own "[Paper]" still only mentions the work it links
    "resource-note-enumerating-its-articles.md": [
        ("Contrastive Pretraining of Cardiac Rhythm Encoders", {"arxiv": "2306.04512"}, "github.com/example-lab/crhythm"),
        ("Gait Phase Estimation from Wrist Sensors with Temporal Transformers", {"arxiv": "2310.11876"},
         "github.com/example-lab/gaitphase"),
        ("Sleep Staging with Frequency-Aware Convolutions", {"doi": "10.1109/tbme.2022.3141592"}, None),
    ],
    # a196jw: vendor-datasheet-pdfs-in-hardware-bibliography (kelu124/echomods, "Benchmarking components"): a parts
    # bibliography links each part's datasheet, evaluation-board brief or spec sheet inline beside the papers it cites
    # ("LTC3813: cds.linear.com/docs/en/datasheet/3813fb.pdf", "[Datasheet](ww1.microchip.com/…/DeviceDoc/hv2901.pdf)",
    # "( mouser.com/catalog/specsheets/HV732DB1.pdf )", a vendor's catalogue "[31]: microchip.com.tw/Data_CD/….pdf"):
    # a PDF whose path says datasheet/data brief/spec sheet, or on a component maker's or distributor's host, is the
    # product's documentation, not a paper; and a journal's HTML article on file.scirp.org/Html/… is a paper
    "vendor-datasheet-pdfs-in-hardware-bibliography.md": [
        ("Pocket ultrasound imaging system built on a smartphone: prototype and bench tests",
         {"doi": "10.1109/ultsym.2016.0421"}, None),
        ("A Compact Eight-Channel Transmit Front-End for Portable Ultrasound", {"doi": "10.3390/s17030512"}, None),
        ("A Switched Multiplexer Array for Low-Cost Linear Probe Scanning",
         {"pmid": "29234567", "doi": "10.1109/tbme.2018.2812345"}, None),
        ("Analog front-end design for a handheld ultrasonic thickness gauge", {"pmcid": "PMC6234567"}, None),
        ("Reconfigurable Ultrasonic Pulser-Receiver Design Using a Programmable Analog Front-End and System-on-Chip "
         "Hardware", {}, None),
    ],
    # a199jz: glance-table-then-linked-bullets (LiudengZhang/fm-to-virtual-cells): a catalog page opens with a table of
    # its works by short names only, no link in any row ("| 1 | **Ahlmann-Eltze & Huber** | *Nature Methods* | …"),
    # then links each work in full in later sections ("- **[Ahlmann-Eltze & Huber 2025 *Nat Methods*](nature…)**"):
    # a row whose name and authors are all words of one linked paper's title restates it (the venue tells two works of
    # the same authors apart), once at least half the table's rows do; a row the list links nowhere stays a paper
    "glance-table-then-linked-bullets.md": [
        ("Moravec & Lindqvist 2025 Nat Methods", {"doi": "10.1038/s41592-025-03101-7"}, None),
        ("Okafor et al. 2025 Genome Biology", {"pmid": "40123456"}, "github.com/example-lab/okafor-zero-shot"),
        ("Okafor et al. 2025 Cell Systems", {"pmcid": "PMC12345678"}, None),
        ("Tessel-Bench (bioRxiv 2026.01)", {"doi": "10.1101/2026.01.12.612345"}, None),
        ("Drift-aware evaluation", {}, None),
    ],
    # a195jv: title-description-link-table-site-pages (OmdenaAI/topeka-chapter-ejection-fraction): "| Title |
    # Description | Link |" rows with written-out URLs mixing papers and a site's pages: a title on a host the
    # tables do not know is one more paper among its paper siblings only when its address files an article under a
    # number ("…/full/v9/i4/27.htm"); a course, a topic page or a gallery addressed by words alone
    # ("…/learn/skill-tracks/speckle-tracking", "…/en/health-topics/…", "…/en/echo/atrial-views/") stays a website
    "title-description-link-table-site-pages.md": [
        ("Deep learning estimation of left atrial strain from apical four-chamber echocardiography",
         {"pmcid": "PMC9034417"}, None),
        ("Automated speckle tracking of the left atrium with recurrent networks",
         {"doi": "10.1007/s10554-021-02311-7"}, None),
        ("Left atrial reservoir strain as a predictor of atrial fibrillation recurrence", {}, None),
        ("Atrial function assessment with graph neural networks on echo video", {"arxiv": "2305.11742"}, None),
        ("Interpretable left atrial volume estimation from cardiac MRI", {}, None),
        ("Multi-center validation of automated left atrial strain software",
         {"doi": "10.1152/ajpheart.00518.2021"}, None),
        ("Semi-supervised segmentation of the left atrium in transthoracic echocardiography", {}, None),
    ],
    # a201kb: section-heading-over-lone-linked-title (subbareddy248/Awesome-Brain-Encoding--Decoding): "## Recent Content" /
    # "[Visio-Linguistic Brain Encoding](openreview…)": a short section heading that shares no word with the one linked
    # paper title under it names the section, not the work; the linked title (three words) is the entry
    "section-heading-over-lone-linked-title.md": [
        ("Visuo-Semantic Cortical Decoding", {}, None),
        ("Deep Neural Networks and Cortical Alignment: A Survey of Encoding Models", {"arxiv": "2309.14872"}, None),
        ("Natural Image Reconstruction from Brain Activity: A Review", {"arxiv": "2402.05531"}, None),
        ("Speech Envelope Reconstruction from Intracranial Recordings", {"arxiv": "2311.07725"},
         "github.com/example-lab/envelope-recon"),
        ("Semantic Reconstruction of Continuous Language from fMRI", {"doi": "10.1038/s41593-023-01304-9"}, None),
        ("Retinotopic Diffusion Priors", {"arxiv": "2405.16843"}, None),
    ],
    # a201kb: notes-heading-over-numbered-remarks (talkowski-lab/rCNV2): "#### Notes on raw CNV data" / "1. Only
    # retained control samples from Cooper _et al._.": a heading that calls its section notes names no work; its
    # numbered remarks are the document's, not a reading note's
    "notes-heading-over-numbered-remarks.md": [
        ("Alpha", {"doi": "10.1038/ng.3642", "pmid": "27668656"}, None),
        ("Beta", {"doi": "10.1016/j.ajhg.2013.05.012", "pmid": "23746547"}, None),
        ("Gamma", {"doi": "10.1016/j.cell.2014.08.031", "pmid": "25242321"}, None),
    ],
    # a208ki: curator-tag-before-linked-year-venue-label (lulab/gitbook-docs): "* (neoadjuvant biomarker)
    # [_**2022 Mol. Cancer**_ ](doi…)- Title": a curator's tag (a parenthesised or bracketed remark) alone before a
    # year-and-venue label that is itself the paper's link, then a dash (its space perhaps inside the link's text) and
    # the title: the tag is no title, the title is the text after the label's dash
    "curator-tag-before-linked-year-venue-label.md": [
        ("A plasma exosome signature predicts response to neoadjuvant chemotherapy in oesophageal cancer",
         {"doi": "10.1186/s12943-022-01723-4"}, None),
        ("Circulating tumour DNA guides adjuvant immunotherapy in bladder carcinoma",
         {"doi": "10.1038/s41591-021-01488-5"}, None),
        ("Liquid biopsies come of age in precision oncology", {"doi": "10.1038/s41568-020-0290-x"}, None),
        ("A serum microRNA panel detects gastric cancer in a high-risk cohort",
         {"doi": "10.1136/gutjnl-2019-318811"}, None),
    ],
    # a208ki: year-venue-label-dash-title-noun-series (lulab/gitbook-docs): "* _**2019 Bioinformatics**_ - Multiomics
    # modeling of the immunome, transcriptome, microbiome, proteome and metabolome adaptations …": a link-less title
    # enumerating lower-case nouns ("a, b, c and d") is one noun phrase; its commas are no clauses, so it still
    # reads as a paper's title
    "year-venue-label-dash-title-noun-series.md": [
        ("Multiomics modelling of the immunome, transcriptome, microbiome, proteome and metabolome during lactation",
         {}, None),
        ("LATTICE: an integrative approach for joint factor analysis of multi-omics assays", {}, None),
        ("Graph convolutional networks integrate copy number, methylation, expression and mutation profiles of tumours",
         {}, None),
        ("Deep learning integration of multi-omics data predicts survival in kidney cancer", {}, None),
    ],
    # a205kf: homepage-label-on-resource-landing-doi (openlists/ElectrophysiologyData): "### Data set name" /
    # "[Homepage](https://doi.org/10.15387/…) - [Data](…) - [Paper](https://doi.org/10.1038/sdata…)": a DOI link
    # labelled as the resource's home page, website or data portal is the resource's own landing record (a data
    # archive's DOI), neither a paper nor the entry's identifier; the "[Paper]" link's DOI is the entry's, no second
    # paper is split off; a "[DOI](…)" link and a linked title stay papers
    "homepage-label-on-resource-landing-doi.md": [
        ("Spectral Parameterisation of Resting EEG Across the Lifespan", {"doi": "10.1016/j.neuroimage.2020.117230"},
         "github.com/example-lab/spectral-lifespan"),
        ("Automated Artifact Rejection for Mobile EEG", {"doi": "10.1088/1741-2552/ab8c42"}, None),
    ],
    # a202kc: acadhomepage-plain-title-paper-box (WhatAShot/whatashot.github.io): an AcadHomepage paper box whose work
    # has no link gives its title as plain text, a topic tag and labelled links ("[[Code and Data]](github…),") on the
    # same line, then its byline and venue lines, one paragraph alone between the box's bullets; the byline makes it
    # a paper (its one link the code), the title the words before the links without the "[AI4H]" tag
    "acadhomepage-plain-title-paper-box.md": [
        ("Early Detection of Paediatric Retinal Dystrophies from Routine Fundus Photographs with Concept-Guided Deep "
         "Learning", {}, "github.com/example-lab/retina-concepts"),
        ("Boundary-Aware Prototype Matching for Few-Shot Polyp Segmentation", {"arxiv": "2307.04418"},
         "github.com/example-lab/proto-polyp"),
        ("Hierarchical Prototype Trees for Interpretable Tabular Classification", {}, "github.com/example-lab/proto-trees"),
        ("Ordinal Label Sequences for Disease Severity Grading", {"arxiv": "2309.11207"}, "github.com/example-lab/ord-seq"),
        ("Multi-View Electrocardiogram Synthesis with Panoptic Representations", {"doi": "10.1109/tmi.2022.3181624"},
         None),
    ],
    # a209kj: labelled-callout-set-off-title-in-entries (HKUST-KnowComp/Awesome-LLM-Scientific-Discovery): "Survey:
    # ***Title.*** ([https://arxiv.org/abs/…])" / "- Review: **Title** [arXiv](…)" / "- **Preprint:** *Title* (url)" in a
    # section of entries, not the intro: a line labelled as a paper whose title is set off in bold or italics right
    # after the label, its one link a scholarly record; the label names the kind of work and is no part of the title
    # (a label inside the title's own emphasis, "_Review: Title_", is the real title and is kept)
    "labelled-callout-set-off-title-in-entries.md": [
        ("Agents at the Bench: A Survey of Language Models for Laboratory Automation", {"arxiv": "2506.18842"}, None),
        ("Closed-Loop Discovery with Self-Driving Laboratories: Progress and Pitfalls", {"arxiv": "2503.09917"}, None),
        ("PlateMind: Reasoning over Microplate Layouts with Tool-Using Agents", {"arxiv": "2504.11236"}, None),
        ("Learning Reagent Substitutions from Electronic Lab Notebooks", {"doi": "10.1039/d5dd00087k"}, None),
        ("Pipette-Bench: Evaluating Language Agents on Liquid Handling Protocols", {"arxiv": "2502.04471"},
         "github.com/example-lab/pipette-bench"),
        ("Review: Safety Interlocks for Autonomous Chemistry Platforms", {"doi": "10.1039/d4dd00231c"}, None),
    ],
    # a197jx: reference-schemeless-code-host-address (Volkopat/spine-gsps): "4. Warszawer Y, … TotalSpineSeg: … 2025;33:0624.
    # The software release used here is r20241005, github.com/neuropoly/totalspineseg.": a plain-text reference that
    # writes its repository on a code host (GitHub, GitLab, Bitbucket, Gitee, Codeberg) without "https://" or "www.",
    # so Markdown makes no link of it; an address naming an owner and a repository is the work's code link, while the
    # host alone ("developed on github.com") or an account ("github.com/example-lab") in prose is no link
    "reference-schemeless-code-host-address.md": [
        ("VertebraNet: joint labelling of vertebrae across CT and MRI", {"doi": "10.1016/j.media.2023.103012"},
         "github.com/example-lab/vertebranet"),
        ("Calibrated uncertainty for lesion segmentation under scanner shift", {}, "gitlab.com/example-lab/calib-seg"),
        ("A benchmark of disc degeneration grading on lumbar MRI", {"doi": "10.1038/s41597-025-04811-2"}, None),
        ("Structured reporting of AI findings in radiology information systems", {}, None),
        ("SpineFormer: transformer-based segmentation of the spinal canal", {"arxiv": "2405.11873"},
         "github.com/example-lab/SpineFormer"),
        ("Automatic numbering of vertebrae in whole-body scans", {"pmid": "33620287"}, None),
    ],
    # a204ke: note-links-the-data-it-mentions (openlists/ElectrophysiologyData, dialect resource-note-enumerating-its-
    # articles): an item's note links, by a short name, a data set or format it used in passing ("- [Title](github…)
    # - trained on [PTB-XL](doi A)", "[WaveStore](site) … keeps … in [HDF5](doi A) containers. [Paper](doi B)"): the
    # mention gives the item no identifier when the item has its own paper link, or is a work titled by its own
    # code or paper link; its own "[Paper]" is its record, never split off as another paper
    "note-links-the-data-it-mentions.md": [
        ("Self-Supervised Denoising of Ambulatory ECG with Masked Autoencoders", {}, "github.com/example-lab/ecg-mae"),
        ("Rhythm Graph Networks for Arrhythmia Detection", {"arxiv": "2304.05678"}, "github.com/example-lab/rhythm-graph"),
        ("Sleep Apnea Screening from Wrist Photoplethysmography", {"doi": "10.1109/jbhi.2023.3274512"},
         "github.com/example-lab/apnea-ppg"),
        ("Cross-Lead Attention for Reduced-Lead Electrocardiography", {"doi": "10.1016/j.bspc.2022.104233"},
         "github.com/example-lab/crosslead"),
    ],
    # a213kn: table-community-implementation-code-column (z1358/Awesome-Continual-Test-Time-Adaptation): a table's
    # "Code/Project" cell labels a third party's port "[Community Implementation](github…)" or "[Community Port]":
    # "community" beside a code word credits the code to someone else, so it is related code, not the row's own
    "table-community-implementation-code-column.md": [
        ("Drift-Aware Prompt Banks for Continual Test-Time Adaptation", {"arxiv": "2403.11111"},
         "github.com/example-lab/prompt-bank"),
        ("Sparse Adapter Routing under Gradual Domain Shift", {"arxiv": "2310.22222"}, None),
        ("Entropy Gating for Lifelong Segmentation Adaptation", {"arxiv": "2311.33333"}, None),
        ("Memory-Light Teacher Models for Online Adaptation", {"arxiv": "2302.44444"}, None),
        ("Source Anchors for Recurring Domains", {"arxiv": "2303.55555"}, "github.com/example-lab/source-anchors"),
    ],
    # a214ko: emoji-shortcode-link-labels (KyanChen/Awesome-Referring-Remote-Sensing-Image-Segmentation): links
    # labelled with GitHub emoji shortcodes before the word ("[:computer: Code](github…)", "[:page_facing_up:
    # Paper](…)", "[:floppy_disk: Data](github…)"); the shortcode is the written form of a pictograph and says nothing,
    # so the label reads as its word does: a repository labelled "Data" is the data's home, not the paper's code
    "emoji-shortcode-link-labels.md": [
        ("Talking to Lesions: Text-Prompted Segmentation of Liver Tumours", {"arxiv": "2403.11872"},
         "github.com/example-lab/lesiontalk"),
        ("Referring Polyp Segmentation with Colonoscopy Reports", {"doi": "10.1016/j.media.2025.103411"}, None),
        ("Grounded Findings: Linking Chest Radiograph Sentences to Masks", {"arxiv": "2409.05521"},
         "github.com/example-lab/grounded-findings"),
        ("Prompting Ultrasound Segmentation with Clinical Phrases", {"arxiv": "2311.08814"}, None),
        ("Volumetric Referring Segmentation of Brain Metastases", {"arxiv": "2502.01937"},
         "github.com/example-lab/vol-refseg"),
    ],
    # a211kl: numbered-linked-heading-over-notes (ImIntheMiddle/awesome-online-prediction): "### 11. [Title](ojs.aaai…)"
    # over note bullets: a numbered heading that is one link to a paper's page (no identifier in its URL) is that
    # work's record, its number no part of the heading's text; the notes under it do not turn it into a topic
    "numbered-linked-heading-over-notes.md": [
        ("Contextual Bandits for Personalised Medication Reminders in Chronic Care", {}, None),
        ("Follow the Moving Clinician: Online Learning of Triage Policies", {}, None),
        ("Thompson Sampling for Adaptive Dose Finding in Early-Phase Trials", {}, None),
        ("Regret Bounds for Just-in-Time Adaptive Interventions", {"arxiv": "2403.01234"}, None),
    ],
    # a211kl: author-year-lead-in-linked-title (ImIntheMiddle/awesome-online-prediction): "[Hoi _et al._(2018), Title]
    # (arxiv…)", "[Song _et al._ (Machine Learning, 2024), Title](…)": a paper link's text that opens with the authors'
    # names and a parenthesis of its year (or venue and year), then a comma, is a byline lead; the title follows it
    "author-year-lead-in-linked-title.md": [
        ("Online Learning in Clinical Prediction: A Comprehensive Survey", {"arxiv": "1905.02871"}, None),
        ("Foundations of Sequential Decision Making for Digital Health", {"arxiv": "2312.16731"}, None),
        ("A Modern Introduction to Streaming Models for Patient Monitoring", {"arxiv": "2001.13214"}, None),
        ("Label Shift Meets Continual Segmentation of Brain MRI", {}, None),
        ("No Regret Sample Selection with Noisy Clinical Labels", {"arxiv": "2003.03180"}, None),
        ("Designing adaptive sepsis alerts with multi-armed bandits: a review", {"doi": "10.3389/fdgth.2025.1435999"},
         None),
    ],
    # a216kq: venue-year-quoted-title-then-by-byline (abdallahsellem/EyeCare): "IEEE Journal of …, 2021: "Title" by
    # Xiong Luo, Jianyuan Li, …": an informal reference that names the venue and the year first, then the quoted
    # title and "by" with the authors; the quotes hold the title, the lead is its venue and year
    "venue-year-quoted-title-then-by-byline.md": [
        ("Retinal Lesion Grading via Contrastive Pretraining on Unlabelled Fundus Photographs", {}, None),
        ("Layer-Aware Segmentation of Macular OCT Volumes with Sparse Labels", {}, None),
        ("Smartphone Otoscopy Images for Automated Otitis Media Screening", {"doi": "10.1038/s41598-022-13456-7"}, None),
        ("Melanoma Risk Estimation from Dermoscopic Sequences", {"arxiv": "2004.05123"}, None),
    ],
    # a216kq: heading-title-over-figure-only (cshbli/ML-CV-AI): "## ToothNet: Automatic Tooth Instance Segmentation …" /
    # '<img src="figs/toothnet.png">': a reader's notes on papers, each section a paper's title over nothing but its
    # figure; the heading that reads as a work's title is the work's record, a topic heading ("## Optic Disc") is not
    "heading-title-over-figure-only.md": [
        ("VesselGraph: Topology-Aware Retinal Vessel Segmentation with Graph Refinement", {}, None),
        ("Self-Supervised Pretraining for Diabetic Retinopathy Grading from Fundus Photographs", {}, None),
        ("OCTFormer: Layer Segmentation of Retinal OCT B-Scans with Axial Attention", {}, None),
        ("Weakly Supervised Lesion Localisation in Ultra-Widefield Fundus Images", {"arxiv": "2306.04412"}, None),
    ],
    # a217kr: site-line-folded-paper-with-tool-mentions (OmicsML/awesome-deep-learning-single-cell-papers): "1. [[Analysis
    # of single cell RNA-seq data]](course site) - … Search for scRNA-seq data ([scfind](github…) R package) … <details>
    # <summary>Paper</summary> Authors. "Tutorial: …" https://doi… </details>": a course's (a site's) line whose fold
    # cites its article is that article's record; a repository its note names in passing by another thing's short
    # name is a tool the course uses, not the article's code; one named by the site's name or the article's title
    # ("[Lumen](site) … source at [lumen](github…)"), or a tool line led by its repository, keeps its code
    "site-line-folded-paper-with-tool-mentions.md": [
        ("Tutorial: Practical Guidelines for Clustering Single-Cell Transcriptomes", {"doi": "10.1038/s41596-021-00512-3"},
         None),
        ("A Primer on Spatial Transcriptomics Data Analysis", {"doi": "10.1186/s13059-022-02790-7"}, None),
        ("Integrated Analysis of Multimodal Single-Cell Data with Lumen", {"doi": "10.1016/j.cell.2021.04.048"},
         "github.com/example-lab/lumen"),
        ("Grid-Based Clustering for Atlas-Scale Single-Cell Data", {"doi": "10.1093/bioinformatics/btab123"},
         "github.com/example-lab/cellgrid"),
    ],
    # a212km: numbered-paper-heading-over-bold-venue-stamp (AIden-QiU1/CLEAR-VOX-MODEL): "### 1. Title ⭐⭐⭐⭐⭐" /
    # "**Interspeech 2025** | [论文](…)" (or "**ICASSP 2024** | CUHK | [Paper](…)"): each paper's section opens with a
    # bold venue-and-year stamp before a link labelled only "paper"/"PDF"; the stamp is the heading's work's venue
    # line, so the link-less heading titles the record and the paragraph gives its links (no record titled
    # "Interspeech 2025")
    "numbered-paper-heading-over-bold-venue-stamp.md": [
        ("Glottal Flow Embeddings for Vocal Fold Paralysis Screening", {"arxiv": "2406.11873"}, None),
        ("Severity-Aware Contrastive Learning for Hypokinetic Dysarthria", {}, None),
        ("Cross-Lingual Transfer of Stuttering Event Detectors", {"doi": "10.1016/j.specom.2023.102974"}, None),
        ("Phoneme-Level Intelligibility Scores from Self-Supervised Features", {"arxiv": "2210.04417"}, None),
    ],
    # a212km: paper-heading-subsectioned-notes (AIden-QiU1/CLEAR-VOX-MODEL): "### 1. Title ⭐⭐⭐⭐⭐" / "[论文](…)" /
    # "#### 核心发现" / "- 词级对齐优于整句打分": a paper's heading record split into sub-headings of the reader's
    # points; a link-less line anywhere under a heading that is itself a paper's record is a note on that paper,
    # not a reference, even in a list whose link-less table rows are references
    "paper-heading-subsectioned-notes.md": [
        ("Lexical Retrieval Probes for Anomic Speech", {}, None),
        ("Discourse Coherence Scoring in Aphasia Narratives", {}, None),
        ("Paraphasia-Aware Language Model Rescoring", {}, None),
        ("Speech Rate Normalisation for Non-Fluent Aphasia", {}, None),
        ("Automatic Paraphasia Detection from Connected Speech", {"arxiv": "2403.15521"}, None),
        ("Severity Estimation for Post-Stroke Aphasia with Whisper Encoders", {"arxiv": "2409.08812"}, None),
        ("Naming Latency as a Marker of Anomic Aphasia", {"doi": "10.1044/2023_jslhr-23-00112"}, None),
    ],
    # a210kk: harvard-reference-lowercase-led-title (YipengHu/MPHY0041): a Harvard reference (Google Scholar's form) as
    # a link's text, "[Isensee, F., …, 2020. nnU-Net: a self-configuring method …. Nature Methods, pp.1-9.](doi…)":
    # the year closing the byline is followed by a title that opens on a name written lower-case first, its capital
    # inside the word (nnU-Net, scSeg, mpMRI-Reg); the rule reads it as the title, as it reads a capitalised one
    "harvard-reference-lowercase-led-title.md": [
        ("nnDetect: a self-configuring framework for lesion detection in abdominal CT",
         {"doi": "10.1016/j.media.2021.102118"}, None),
        ("scSeg: single-cell resolved segmentation of whole-slide histology", {"doi": "10.1038/s41592-022-01433-8"}, None),
        ("Learning a deformable atlas for prostate MRI registration", {"arxiv": "1907.04412"}, None),
        ("mpMRI-Reg: weakly-supervised registration of multiparametric prostate MRI",
         {"doi": "10.1109/tmi.2020.2967321"}, None),
    ],
    # a210kk: course-textbook-reference-as-italic-link (YipengHu/COMP0197, YipengHu/MPHY0041): an MkDocs course page's
    # textbooks, each a short reference set in italics as a link's text, "[_Bishop, C.M., (2006). Pattern Recognition
    # and Machine Learning. Springer_](microsoft.com/…pdf)", "[_Goodfellow, Ian. et al., (2016). Deep Learning. MIT
    # press._](deeplearningbook.org)": a byline closed by an initial or "et al." before the year in brackets makes the
    # short text a reference, titled by its title; its link reaches the book's site or a copy, not a web page entry
    "course-textbook-reference-as-italic-link.md": [
        ("Clinical Machine Learning", {}, None),
        ("Statistical Foundations of Medical Imaging", {}, None),
        ("Signal Processing for Physiological Data", {}, None),
        ("Deep convolutional networks for retinal vessel segmentation", {"doi": "10.1016/j.media.2018.05.004"}, None),
    ],
    # a210kk: prose-line-over-linked-reference (YipengHu/COMP0197): an MkDocs course page introduces each textbook with
    # a sentence, a hard break (two trailing spaces), then the book's whole reference as a link's text on the next
    # line, one paragraph: "For the basic machine learning reference, …␣␣" / "[_Bishop, C.M., (2006). Pattern
    # Recognition and Machine Learning. Springer_](…pdf)"; the rule splits the paragraph, the prose a note, the
    # reference (a confident byline, a title and a year or a publisher) an item of its own
    "prose-line-over-linked-reference.md": [
        ("Statistical Foundations of Medical Imaging", {}, None),
        ("Signal Processing for Physiological Data", {}, None),
        ("Clinical Machine Learning in Practice", {}, None),
        ("Deep convolutional networks for retinal vessel segmentation", {"doi": "10.1016/j.media.2018.05.004"}, None),
    ],
    # a210kk: mit-press-journal-article-links (mims-harvard/AIM2): a course page's readings link articles of MIT
    # Press's journals, "* [A unified framework of five principles for AI in society](hdsr.mitpress.mit.edu/pub/
    # l0jsh9d1/release/7)" (Harvard Data Science Review's PubPub pages, no DOI in the address) or MIT Press Direct
    # ("direct.mit.edu/neco/article/…"); the rule reads both hosts as scholarly, the linked title a paper
    "mit-press-journal-article-links.md": [
        ("Consent models for secondary use of clinical records in machine learning", {}, None),
        ("Auditing triage algorithms for disparate impact across hospital sites", {"doi": "10.1038/s41591-024-03112-7"},
         None),
        ("Learning calibrated risk scores from irregularly sampled vital signs", {}, None),
        ("Data stewardship principles for hospital data science platforms", {}, None),
    ],
    # a215kp: report-sections-labelled-study-reference (astinard/hybrid-reasoning-acute-care): a research report under
    # numbered headings names each section's work on its first line, a bold label then a byline and year and a dash
    # ("**Study:** Okonkwo et al. (2023) - "Title"", "**Reference**: Moreau et al. (2022) - arXiv:2206.04417v2"):
    # that line is the work's entry, titled by its quoted title or else by the section's heading; the report's
    # bare bullets under run-in labels ("**Key Findings:**", "**Methodology:**") are its notes, no references
    "report-sections-labelled-study-reference.md": [
        ("CaseSpan: Joint Extraction of Drugs and Reactions from Published Case Reports", {}, None),
        ("Early Warning of Adverse Reactions from Patient Forum Posts", {}, None),
        ("PathDDI (Pathway-Aware Interaction Graphs)", {"arxiv": "2206.04417"}, None),
        ("Contrastive Pair Encoders", {"arxiv": "2402.11839"}, None),
    ],
    # a215kp: method-name-from-article-abstract-page (AstraZeneca/chemicalx): "* **[SSI-DDI](docs…)** from [SSI–DDI:
    # Title](academic.oup.com/bib/article-abstract/…) (Venue)": a method's name linked to its documentation, then its
    # article under the full title on a publisher's abstract page (Oxford Academic's, JAMA's "article-abstract"):
    # that page is the article's record as "/article/" is, so the line presents the article
    "method-name-from-article-abstract-page.md": [
        ("PairGNN: Substructure Pairing Networks for Interaction Prediction", {}, None),
        ("DoseNet: Predicting Dose-Dependent Drug Interactions from Clinical Labels", {}, None),
        ("SynFlow: Normalising Flows for Drug Synergy Scoring", {"arxiv": "2203.04417"}, None),
        ("TriadNet: Three-Way Attention for Polypharmacy Side Effects", {}, None),
    ],
    # own (20th session): publisher-page-date-trailer (abdallahsellem/EyeCare, seen in a216kq): "1. Medical Image Data
    # Augmentation: …, Published: 20 March 2023.", "3. Robust Retinal Vessel Segmentation …, Conference Paper, First
    # Online: 21 September 2021.": a reference copied from the publisher page's header keeps the item's type and its
    # online date after the title; they date the work, no words of its title
    "publisher-page-date-trailer.md": [
        ("Contrastive Pretraining for Fundus Photograph Grading: A Systematic Comparison", {}, None),
        ("Uncertainty-Aware Segmentation of Geographic Atrophy in OCT Volumes", {}, None),
        ("Domain Shift Between Handheld and Tabletop Fundus Cameras", {}, None),
        ("Vessel Tortuosity as a Biomarker of Retinopathy of Prematurity", {}, None),
        ("Federated Learning of Diabetic Retinopathy Graders Across Clinics", {}, None),
        ("Self-Supervised Pretraining on Ultra-Widefield Fundus Images", {}, None),
        ("Glaucoma Progression Forecasting from Visual Field Series", {}, None),
        ("Foundation Models for Retinal Imaging: Opportunities and Pitfalls", {}, None),
        ("Automated Grading of Hypertensive Retinopathy from Smartphone Images", {}, None),
    ],
    # a222kw: author-colon-lead-linked-works (act65/mri-reconstruction): "* Candes, Romberg and Tao: [Stable Signal
    # Recovery](…pdf) and [Robust Uncertainty Principles](…pdf)": the authors' names closed by a colon credit the
    # linked works; each link's text is a work's title (short ones too), never the names
    "author-colon-lead-linked-works.md": [
        ("Stable Sparse Estimation", {}, None),
        ("Robust Sampling Principles", {}, None),
        ("Certified Sensing Bounds", {"arxiv": "1903.04512"}, None),
        ("Adaptive Greedy Recovery", {"doi": "10.1109/tsp.2015.2401234"}, None),
        ("Noiselet Measurement Design", {"arxiv": "1607.02231"}, None),
        ("Learned Priors for Undersampled Imaging", {"arxiv": "1802.08406"}, "github.com/example-lab/learned-priors"),
        ("Review of sparse coding", {}, None),
    ],
    # a219kt: resource-line-venue-year-article-link (davidliwei/awesome-CRISPR): a tool's or database's line linked
    # to its home page then cites its article by the journal and year as the link's text, bare or after a "Paper:"
    # field ("- [Lindel](lindel…) - [webserver] - … [NAR 2019](academic.oup.com/…/doi/…)", "- [DepMap](depmap.org/
    # portal/) - … Paper: [Cell 2017](ncbi…/pubmed/28753430)"): with an identifier on a scholarly host, the line names
    # that article, as the same list's lines linking their code first already read (under "## Databases" too)
    "resource-line-venue-year-article-link.md": [
        ("IndelScope", {"doi": "10.1093/nar/gkab512"}, None),
        ("RepairMap", {"doi": "10.1186/s13059-022-02714-3"}, "github.com/example-lab/repairmap"),
        ("GuideRank", {"doi": "10.1186/s13073-020-00781-2"}, None),
        ("ScreenAtlas", {"pmid": "36370112"}, None),
        ("DependencyPortal", {"pmid": "34171292"}, None),
    ],
    # a221kv: typed-bullet-url-lines (ssunduko/ISMT-E-117-Final-Project): a word processor's bullet list pasted as
    # text, "•<TAB>https://…" one a line with unbulleted labels ("Academic Resources") between them, no blank line:
    # Markdown sees one paragraph, no list; each typed-bullet line of one bare URL is an entry of its own, as a
    # "- https://…" item is (three such lines or more), not one record of the paragraph's sixty links
    # (the titles as the list writes them: the slugs of their addresses)
    "typed-bullet-url-lines.md": [
        ("Screening_Crisis_Messages_with_Lexical_and_Affective_Cues", {}, None),
        ("A_Longitudinal_Study_of_Distress_Language_in_Peer_Forums", {}, None),
        ("detecting-escalating-risk-in-anonymous-support-chats", {}, None),
        ("Emotion_Trajectories_in_Helpline_Transcripts_Before_Escalation", {}, None),
    ],
    # a221kv: bare-paper-url-spelling-its-title (ssunduko/ISMT-E-117-Final-Project): a bare link to a paper's page,
    # no title written, whose address spells the title as one path segment ("researchgate.net/publication/
    # 51193776_Suicide_Note_Classification_…", "cambridge.org/core/journals/…/article/natural-language-processing-
    # in-…/<hash>"): the entry is titled by that segment's five words or more (a record number before it dropped)
    "bare-paper-url-spelling-its-title.md": [
        ("Mood_Signals_in_Everyday_Smartphone_Typing", {}, None),
        ("Sleep_Complaints_and_Word_Choice_in_Online_Diaries", {}, None),
        ("linguistic-markers-of-relapse-in-clinical-letters", {}, None),
    ],
    # a225kz: headless-paper-list-project-page (searobbersduck/XRaySolution): a file of numbered linked titles with no
    # heading at all ("1. [Title](arxiv…)" / … / "7. [CheXNeXt: Deep learning for chest radiograph diagnosis](lab.github.io/
    # projects/chexnext/)"): a whole title linked to one page of an unknown host, among three or more papers that are
    # most of the file's linked items, is one more paper (its project page), as under a heading that says papers
    "headless-paper-list-project-page.md": [
        ("Attend Like a Radiologist: Region-Guided Networks for Thorax Disease Classification", {}, None),
        ("ChestBench: A Large Chest Radiograph Dataset with Uncertainty Labels", {"arxiv": "1902.07031"}, None),
        ("Lightweight Networks for Fast Chest X-Ray Tuberculosis Screening", {"doi": "10.1038/s41598-019-42551-1"}, None),
        ("LesionNeXt: Deep learning for chest radiograph lesion diagnosis", {}, None),
        ("On the Automatic Drafting of Radiology Reports", {"arxiv": "1712.08195"}, None),
        ("Reading chest X-rays with CNNs that exploit label dependencies", {"arxiv": "1911.06411"}, None),
    ],
    # a220ku: html-table-td-label-header-dataset-paper-column (luiscarlosgph/list-of-surgical-tool-datasets): an HTML
    # table written without <th>, its first row of <td> cells short plain labels ("Dataset", "Brief description",
    # "Paper") over rows that link: that row is the header; under it each row names its dataset linked to the data's
    # page and cites the dataset's paper as "[Author et al. Year]" in the Paper column: the row is that paper's entry,
    # named by the dataset (a row with "N/A" for its paper stays the dataset's)
    "html-table-td-label-header-dataset-paper-column.md": [
        ("GastroTools", {"arxiv": "2104.03317"}, None),
        ("LapClip-20", {"doi": "10.1007/978-3-031-43996-4_12"}, None),
        ("ColonInstr", {}, None),
    ],
    # a220ku: dataset-table-linked-name-paper-column (luiscarlosgph/list-of-surgical-tool-datasets): a Markdown table of
    # datasets "| Dataset | Brief description | Videos | Paper |" whose name cell links the dataset's own page and whose
    # Paper cell links its paper by authors and year: the row cites the paper, which leads the row (as when the name
    # is unlinked), the dataset's page its data link
    "dataset-table-linked-name-paper-column.md": [
        ("HysterFlow", {"arxiv": "2208.04417"}, None),
        ("SutureSkill", {"doi": "10.1145/3458305.3463381"}, None),
        ("BypassPhase", {"arxiv": "2310.12345"}, None),
    ],
    # a218ks: table-code-column-project-page-or-drive (phamtrongthang123/medical_hallucination): "| Title | Institute |
    # Date | Code" with each row's code as a bare address; where the work has no repository the Code cell gives its
    # project's site on a forge's website service ("https://medhalt.github.io/") or a shared drive folder ("[link to
    # drive](drive.google.com/drive/folders/…)"): the address, not the column, says what it is, no code of the row
    "table-code-column-project-page-or-drive.md": [
        ("TriageHalt: A Hallucination Test for Emergency Triage Assistants", {"arxiv": "2403.15522"}, None),
        ("Counting What the Chart Says: Faithfulness of Discharge Summaries", {"arxiv": "2402.07731"},
         "github.com/example-lab/chart-faith"),
        ("A Benchmark for Hallucinated Dosages in Drug Leaflet Answers", {}, None),
        ("Retrieval With Follow-up Questions Reduces Clinical Hallucination", {"arxiv": "2408.01127"}, None),
        ("Self-Checking Radiology Report Generators", {"arxiv": "2406.11832"}, "github.com/example-lab/selfcheck-rrg"),
        ("Ontology Prompts Against Invented Diagnoses", {}, None),
        ("Grounded Note Summaries via Evidence Tags", {"arxiv": "2409.05518"}, "github.com/example-lab/evidence-tags"),
    ],
    # a224ky: escaped-bracket-number-dot-references (HKUSTSMARTLab/hkust-smart-group): a lab site's CMS writes each
    # project's bibliography as paragraphs numbered "\\[1]. Lin Y, Wang Z, Chen H. Title. Venue 2022 (pp. …)": the
    # bracketed number closed by a full stop (the bracket escaped) is a reference number, as "[1] " is, and each
    # numbered paragraph a plain-text reference, titled by its sentence after the Vancouver authors
    "escaped-bracket-number-dot-references.md": [
        ("CellMixer: Copy-Paste Augmentation for Cervical Cell Detection", {}, None),
        ("Hierarchical slide graphs for thyroid cytology grading", {}, None),
        ("Weakly supervised lesion retrieval in gigapixel cytology slides", {}, None),
        ("DualStain: Stain-invariant representation learning for urine cytology", {}, None),
    ],
    # a224ky: full-name-byline-quoted-title-lab-list (hrlblab/starter-hugo-research-group): a lab's Wowchemy page
    # numbers its papers '1. Andrea T. Shafer, Lori Beason-Held, Yang An, …, and Susan M. Resnick. "Title."
    # ***[Venue]()*** (2021).': full names before a quoted title, among them a name that reads as a word ("Yang An")
    # or an initial glued to its surname ("Bennett A.Landman"); a head that is wholly a list of full names ends at
    # the quote, which opens the title (two words are enough when the title's stop sits inside the quote)
    "full-name-byline-quoted-title-lab-list.md": [
        ("Atlas fusion", {}, None),
        ("Cortical thinning trajectories in preclinical dementia cohorts", {}, None),
        ("Self-supervised organ localisation in abdominal CT", {}, None),
        ("Uncertainty-guided lesion tracking in longitudinal MRI", {}, None),
    ],
    # a224ky: status-tag-before-author-year-linked-title (danielroelfs/danielroelfs.com): a Hugo homepage lists
    # "-   **D Roelfs**, O Frei, … (2023) [***Title***](doi…). *Venue*. doi: […](…)", and marks a preprint by a tag
    # before the authors ("**PREPRINT** **D Roelfs**, … (2021) [***Title***](…)", "**Under review:** …"): the
    # status says where the work stands, no author; the authors and year still lead the linked title
    "status-tag-before-author-year-linked-title.md": [
        ("White matter hyperintensity burden predicts cognitive decline in midlife",
         {"doi": "10.1016/j.neuroimage.2024.120511"}, None),
        ("Polygenic scores for cortical thickness across the lifespan", {"doi": "10.1101/2023.04.11.23288401"}, None),
        ("Sleep restriction alters diffusion metrics in healthy adults", {"doi": "10.1038/s41398-022-02011-x"}, None),
        ("Normative modelling of functional connectivity in adolescent cohorts", {"doi": "10.1101/2022.09.30.510266"},
         None),
    ],
    # a223kx: bold-arxiv-id-label-quoted-title (astinard/hybrid-reasoning-acute-care): a survey's notes open each work's
    # bullet with its arXiv id as the bold label, then the quoted title and a byline ('- **2007.13794v2**: "Title" -
    # Enguehard et al. (2020)'); the rule reads a bold label that is wholly a new-style arXiv id (a version at most)
    # before its colon as the work's identifier, as "arXiv:" would name it
    "bold-arxiv-id-label-quoted-title.md": [
        ("Marked Point Processes for Ward Transfer Sequences", {"arxiv": "2104.05512"}, None),
        ("Continuous-Time Attention for Irregular Laboratory Streams", {"arxiv": "2309.11873"}, None),
        ("Gated Recurrent Models of Outpatient Visit Histories", {"arxiv": "1811.03402"}, None),
        ("Tokenised Event Language Models for Discharge Planning", {"arxiv": "2502.07719"}, None),
    ],
    # a223kx: bold-name-year-dash-arxiv-over-field-bullets (astinard/hybrid-reasoning-acute-care): a review names each
    # work on a link-less line of its own, the bold name (its year in brackets at most), a dash and the arXiv id
    # ("**Med-PaLM 2 (2023)** - arXiv:2305.09617"), over bullets of bold-labelled notes ("- **Performance**: …"),
    # several works to a section; the rule reads such a line (nothing but the name and one identifier) as the
    # work's entry wherever it stands in its section, titled by the name; a name over no identifier is no entry
    "bold-name-year-dash-arxiv-over-field-bullets.md": [
        ("WardLM", {"arxiv": "2206.04417"}, None),
        ("WardLM 2", {"arxiv": "2305.11873"}, None),
        ("Coding Comparison Study", {"arxiv": "2210.09912"}, None),
        ("TriageT5", {"arxiv": "2403.07719"}, None),
    ],
    # own (20th session): heading-name-year-dash-arxiv-over-notes (astinard/hybrid-reasoning-acute-care, seen in
    # a223kx): "### 1.2 GatorTron (2022) - arXiv:2203.03540" / "**Scale and Training Data**:" / "- …": a research
    # report's heading that is only a work's name, year and identifier is that work's entry; the notes under it and a
    # topic heading ("### 1.4 Evaluation Practice") are none
    "heading-name-year-dash-arxiv-over-notes.md": [
        ("WardBERT", {"arxiv": "2104.05512"}, None),
        ("TriageT5", {"arxiv": "2305.11873"}, None),
        ("NoteFormer", {"doi": "10.1093/jamia/ocab123"}, None),
    ],
    # own (20th session): bold-name-bracketed-byline-dash-arxiv (astinard/hybrid-reasoning-acute-care, seen in
    # a215kp): "**RGDA-DDI** (Zhou et al. 2024) - arXiv:2408.15310v1:" over its note bullets: a work's bold name,
    # its byline and year in brackets, a dash and its identifier make the line that work's entry (as "**Name
    # (2023)** - arXiv:…" does); read whole, the name is not read twice into the title
    "bold-name-bracketed-byline-dash-arxiv.md": [
        ("PairGAT", {"arxiv": "2306.04417"}, None),
        ("SubstructNet", {"doi": "10.1093/bioinformatics/btab512"}, None),
        ("KG-Interact", {"arxiv": "2402.11873"}, None),
    ],
    # own (20th session): html-banner-prose-announces-own-survey (xqz614/Awesome-Agentic-Clinical-Dialogue, seen in
    # a218ks): '<div align="center"> … <p> … Read our survey paper here: <a href="https://arxiv.org/abs/…">Title</a>
    # <a href=…>Courses&Tutorial</a> • <a href="#…">Papers</a></p></div>': a banner's prose announcing the list's own
    # paper names it, as the same words in Markdown do; its badges and navigation links are none
    "html-banner-prose-announces-own-survey.md": [
        ("Agentic Triage: A Survey of Language-Model Agents in Emergency Care", {"arxiv": "2511.04417"}, None),
        ("Triage-Bench: Evaluating Agents on Emergency Department Intake", {"arxiv": "2503.11873"}, None),
        ("Closing the Loop: Tool-Using Agents for Bed Allocation", {"arxiv": "2409.05512"}, None),
    ],
    # a230le: html-table-row-markdown-link-cell (honggi82/awesome-brain-ai): a generated README writes each paper as
    # one line of HTML ("<tr><td>1</td><td>[Title](https://doi.org/…)<br><sub>Authors</sub></td><td>2002<br>Venue…"),
    # the paper a Markdown link typed into a cell, with no href anywhere; CommonMark keeps the block raw, so the
    # links were escaped as text and no row was read. The rule reads an HTML block whose text holds a typed
    # Markdown link ("[…](http…") as rows, keeping that link's brackets unescaped so the cell reads as the link
    "html-table-row-markdown-link-cell.md": [
        ("Closed-loop cursor control from scalp rhythms in home users.", {"doi": "10.1016/s1388-2457(19)30412-7"},
         None),
        ("Sleep spindle detection with dilated convolutional networks", {"doi": "10.1109/tnsre.2021.3068204"}, None),
        ("Seizure onset zone's fingerprint in interictal MEG", {"doi": "10.1093/brain/awab317"}, None),
        ("Imagined handwriting decoded from motor cortex ensembles", {"doi": "10.1038/s41586-021-03507-1"}, None),
    ],
    # a230le: apa-paragraph-elided-particle-author (CYHSM/awesome-neuro-ai-papers): APA bylines as paragraphs before
    # a bold linked title ("d'Ascoli, S., Rapin, J., … & King, J. R. [**Title**](…) arXiv (2025)"); a first author
    # whose surname opens with a lower-case elided particle (d', l', dell') read as no name, so the whole byline
    # became the title. The rule reads such a surname (the particle, an apostrophe, a name word) as a name word
    "apa-paragraph-elided-particle-author.md": [
        ("Self-supervised decoding of perceived speech from MEG", {"arxiv": "2506.14412"}, None),
        ("Sleep staging transformers across home EEG headbands", {"doi": "10.1038/s41746-024-01187-5"}, None),
        ("Cross-subject seizure forecasting with contrastive pretraining", {"arxiv": "2402.08815"}, None),
        ("Motor imagery decoding with graph attention over electrodes", {"arxiv": "2311.05517"}, None),
    ],
    # a231lf: numbered-h1-parts-lone-record (HongxinXiang/awesome-ai-bioinformatics): a page with no title heading,
    # its parts numbered H1s ("# 1. Datasets", "# 2. Algorithm" with "## 2.1 …" under it, "# 3. Assessment"), records
    # written as paragraphs ("[**Name**] Title (*Venue* Year) [[Paper](…)] [[Code](…)]"); a part holding one record
    # straight under its H1 ("# 3. Assessment" / "GuacaMol: … [[Paper](…)] [[Code](…)]"); the rule reads H1s numbered
    # one after the other as the page's sections, so that lone record is read as under a "## " section
    "numbered-h1-parts-lone-record.md": [
        ("Conditional recurrent generation of drug-like scaffolds", {"doi": "10.1021/acs.jcim.1c00412"},
         "github.com/example-lab/seqgen"),
        ("Token-level normalising flows for SMILES design", {"arxiv": "2203.04417"}, None),
        ("Fragment-aware variational autoencoders for lead optimisation", {"arxiv": "2206.11873"},
         "github.com/example-lab/fragvae"),
        ("PocketBench: Benchmarking Generative Models for Pocket-Conditioned Design",
         {"doi": "10.1021/acs.jcim.3c00871"}, "github.com/example-lab/pocketbench"),
        ("Deep Generative Chemistry for Structure-Based Design: A Review", {"arxiv": "2401.05512"}, None),
    ],
    # a231lf: role-slots-left-empty-paragraph-items (HongxinXiang/awesome-ai-bioinformatics): paragraph records
    # "Title (*Venue* Year) [[Paper](…)] [[Code](…)]", one of them with its role-labelled slots left empty
    # ("Sample Efficiency Matters: … (*arXiv* 2022) [[Paper]()]"); the rule reads a one-line paragraph that is a
    # title closed by a dated bracket, then only empty role slots, as an item (among items, or alone in its section)
    "role-slots-left-empty-paragraph-items.md": [
        ("Policy-gradient optimisation of molecular graphs under docking rewards", {"arxiv": "2302.07719"},
         "github.com/example-lab/policymol"),
        ("Ranking rewards for sample-efficient de novo design", {}, None),
        ("Generative flow networks steered by docking surrogates", {"arxiv": "2310.04417"}, None),
        ("Budgeted Oracle Calls: A Benchmark for Practical Molecular Optimisation", {}, None),
    ],
    # a226la: framework-tagged-links-closing-venue-no-year (ShawnBIT/UNet-family): a family list writes each work as
    # "Title (Venue)[[paper](arxiv…)][[keras](github…)]": the venue in brackets closes the title with no year, glued
    # to the paper link or after a space; the rule reads a closing bracket that names a venue (an acronym venue or a
    # journal's spelt-out name, "(IEEE Transactions on Medical Imaging)") as the venue, not part of the title
    "framework-tagged-links-closing-venue-no-year.md": [
        ("Cascaded Lattice Networks for Renal Cortex Segmentation", {"arxiv": "1809.04417"},
         "github.com/example-lab/lattice-net"),
        ("Gated Skip Paths for Volumetric Spleen Delineation", {"arxiv": "1810.11236"}, "github.com/example-lab/gated-skip"),
        ("Residual Ladder Decoders for Retinal Layer Parsing", {"arxiv": "1811.02298"}, None),
        ("Recurrent Pyramid Network based on U-Net (RP-UNet) for Liver Lesion Segmentation", {"arxiv": "1902.07713"},
         "github.com/example-lab/rp-unet"),
        ("Boundary-Weighted Loss with Attention Gates for Lesion Segmentation", {"arxiv": "1903.04561"}, None),
    ],
    # a226la: table-link-address-repasted-after-prefix (Ruixxxx/Awesome-Vision-Mamba-Models): a table's Link cell
    # keeps its template's prefix with the whole address pasted after it ("arxiv.org/pdf/https://arxiv.org/pdf/ID");
    # the rule reads the address pasted after its own host's prefix as the link's address, so the id is read
    "table-link-address-repasted-after-prefix.md": [
        ("ScanMix: Serpentine Scans for Visual State Space Models", {"arxiv": "2403.06612"},
         "github.com/example-lab/ScanMix"),
        ("Hollow Kernels for Hierarchical Selective Scans", {"arxiv": "2404.01873"}, "github.com/example-lab/HollowScan"),
        ("Tokenless Mamba Decoders for Dense Prediction", {"arxiv": "2405.11290"}, None),
        ("Sparse Routing in Bidirectional State Space Vision Models", {"arxiv": "2406.04481"},
         "github.com/example-lab/SparseRoute"),
    ],
    # a228lc: year-dash-tool-paragraphs-with-paper-link (lyons89/awesome-proteomics): a tool list written as
    # paragraphs, not bullets, each "2021 - [Tool](github…) - lang - what it does - [paper](pubs.acs.org/doi/…)"; the
    # rule reads a year stamp before a linked one-word name as an item (alone in its section too), the name its title,
    # the repository its code, the "[paper]" link (a journal page by its PII too: mcponline.org/article/…) its work
    "year-dash-tool-paragraphs-with-paper-link.md": [
        ("PeakWeaver", {"doi": "10.1021/acs.jproteome.5b00811"}, "github.com/example-lab/peakweaver"),
        ("SpecLens", {"doi": "10.1021/acs.jproteome.9b00412"}, "github.com/example-lab/speclens"),
        ("QuantCheck", {"doi": "10.1021/acs.jproteome.0c00733"}, None),
        ("ProtNormR", {}, "github.com/example-lab/protnormr"),
        ("FragMapper", {"doi": "10.1021/acs.jproteome.1c00345"}, "github.com/example-lab/fragmapper"),
    ],
    # a228lc: society-journal-article-pages-by-pii-or-volume (Zenteomics/awesome-proteomics, lyons89/awesome-proteomics):
    # "- [Title](portlandpress.com/biochemist/article/42/5/64/…) - Open-access introduction by … (2020, The Biochemist)"
    # and "[paper](mcponline.org/article/S1535-9476(20)…/fulltext)": a society journal's article page addressed by
    # volume and page or by the article's PII, no DOI; the rule knows these hosts (Portland Press, the ASBMB
    # journals) as scholarly, so the linked title is the paper, as it is on any journal host
    "society-journal-article-pages-by-pii-or-volume.md": [
        ("A practical primer on label-free quantification for newcomers", {}, None),
        ("Targeted assays for plasma proteomics: a tutorial", {}, None),
        ("Lipid identification from tandem spectra at scale", {}, None),
    ],
    # a227lb: question-item-over-answer-notes (lakourtis/pii-splicing-documentation): a research agenda's bullets are
    # open questions in sentence case ("- Which metrics are most critical for de-identification?") over link-less
    # sub-bullets that answer them ("  - False Negative Rate (FNR): PII incorrectly identified as non-PII (…)"),
    # beside tables of linked papers; the rule reads a link-less item that is one interrogative question over
    # sub-items as an outline point: its link-less sub-items are its notes, never references (a linked one stays)
    "question-item-over-answer-notes.md": [
        ("Token-level re-identification risk in discharge summaries", {"doi": "10.1016/j.jbi.2021.103871"}, None),
        ("A layered rule and transformer pipeline for redacting outpatient letters", {"arxiv": "2310.04417"}, None),
        ("Benchmarking open redaction systems across four hospital corpora", {"pmid": "37512345"}, None),
        ("Surrogate name generation that preserves clinical meaning", {"arxiv": "2402.11873"}, None),
        ("Face reconstruction from head CT volumes as a privacy threat", {"doi": "10.1038/s41746-022-00612-3"}, None),
    ],
    # a227lb: bold-title-arxiv-paren-over-note-bullets (astinard/hybrid-reasoning-acute-care): a survey numbers each
    # work "4. **GERNERMED: Open German Medical NER Model** (arXiv:2109.12104)" over link-less note bullets; a short
    # line (under 60 characters) was read as a group's name over its bullets and the work lost; the rule reads a
    # link-less item whose own line writes an identifier (arXiv id, DOI, PMID) as the work's record, never a group
    "bold-title-arxiv-paren-over-note-bullets.md": [
        ("Stacked Tagging for Medication Mentions", {"arxiv": "2104.05512"}, None),
        ("WardNER: Open Dutch Clinical NER Model", {"arxiv": "2203.03540"}, None),
        ("Concept Linking with Semantic Type Filters", {"arxiv": "2305.11873"}, None),
        ("SnoLink: Spanish SNOMED Linking", {"arxiv": "2404.07719"}, None),
    ],
    # a227lb: bold-quoted-title-italic-byline-paren-venue (NP-NET-research/Entity-Linking-Papers): '1. **"Title"**
    # *Authors* (EMNLP 2017) [[paper]](…) [code]', the bold (quoted) title followed with no separator by the italic
    # byline and the bracketed venue and year; where the paper link is broken (a local path with spaces) or absent,
    # the byline ran on into the title; the rule reads a byline closed by a bracket holding a year after a bold
    # title as its trailer
    "bold-quoted-title-italic-byline-paren-venue.md": [
        ("Alias tables from anchor text for clinical concept linking", {"doi": "10.18653/v1/n19-1126"}, None),
        ("Dense retrieval of ontology concepts for rare disease mentions", {}, None),
        ("Zero-shot linking of drug mentions by reading label leaflets", {"arxiv": "2204.05512"}, None),
        ("Collective disambiguation of clinical abbreviations with graph walks", {}, None),
        ("Type-aware re-ranking for biomedical entity linking", {"doi": "10.18653/v1/2023.bionlp-1.22"}, None),
    ],
    # a229ld: reference-key-labelled-citations-under-title-heading (unknown/clinical-ai-fairness-requirements-pt): a
    # requirements document files its Vancouver references under bold keys ("- **SYN-01:** Liu M, Ning Y, et al.
    # Title. Journal. 2025;8:360.") beneath a heading long enough to read as a work's title ("### Literatura de
    # síntese, conceitual e técnico-metodológica"); the rule reads bullets whose labels are each a distinct
    # reference key (letters and a number) and whose values mostly carry a year as a reference list, one work per
    # bullet, not as the heading record's "label: value" fields
    "reference-key-labelled-citations-under-title-heading.md": [
        ("Auditing subgroup calibration of sepsis alerts across hospital networks", {}, None),
        ("Reporting fairness metrics in clinical prediction model studies: a scoping review", {}, None),
        ("Premarket evidence for radiology algorithms cleared through the 510(k) pathway", {}, None),
        ("External validation of a deterioration index in a safety-net emergency department", {}, None),
        ("Label bias in pulse oximetry derived training sets for hypoxaemia prediction", {}, None),
    ],
    # a229ld: reference-key-vancouver-lone-et-al-hyphen-initials (unknown/clinical-ai-fairness-requirements-pt): a
    # reference key labels each Vancouver reference ("- **SYN-02:** Chen RJ et al. Title. …", "- **SYN-09:**
    # Hadjiiski L, Cha K, Chan H-P, et al. Title. …"); the rule reads the byline after a short label also when it is
    # one author and "et al.", and takes hyphenated initials ("Chan H-P") as a Vancouver name's initials
    "reference-key-vancouver-lone-et-al-hyphen-initials.md": [
        ("Prospective validation of an acute kidney injury alert in surgical wards", {}, None),
        ("Performance drift of a cleared mammography triage device after scanner upgrades", {}, None),
        ("Subgroup reporting in randomised trials of clinical decision support", {}, None),
        ("Racial differences in error rates of a wearable arrhythmia classifier", {}, None),
    ],
    # a229ld: apa-short-question-title-doubled-stop-id-labelled-link (KenSciResearch/fairMLHealth): an APA reference
    # list writes a short question title with the style's stop after its question mark, then links the work by a
    # label that is its identifier ("Sylvester, J., & Raff, E. (2018). What about applied fairness?. [arXiv preprint
    # arXiv:1806.05250](…)"); the rule reads a lead that is already a whole reference (authors, year and a title of
    # three words or more) as the work's citation, so the link is its address, not its linked title
    "apa-short-question-title-doubled-stop-id-labelled-link.md": [
        ("Who audits the auditors?", {"arxiv": "1907.04412"}, None),
        ("Is calibration enough?", {"arxiv": "2103.11873"}, None),
        ("Subgroup performance reporting for cleared imaging devices", {"arxiv": "2006.09921"}, None),
        ("Fair enough?", {"doi": "10.1145/3531146.3533099"}, None),
    ],
    # a233lh: topic-label-before-several-author-year-readings (iBalloonist/docker-s3-BUCKET): a course's reading
    # schedule names each reading by its authors and year alone, linked to its DOI, several to a session after the
    # session's topic ("Mammography: [Berry (1998)](doi A), [Kopans and Halpern (1999)](doi B)", "[Hoover (2008)](doi
    # A); [Stampfer (2008)](doi B); …"); the rule reads an item whose every named paper link is an author-year citation
    # of a work of its own, two or more, as that many readings each titled by its own citation, not by the topic
    "topic-label-before-several-author-year-readings.md": [
        ("Okafor et al. (2019)", {"doi": "10.1097/ccm.0000000000003891"}, None),
        ("Lindqvist and Baptiste (2020)", {"doi": "10.1016/j.jbi.2020.103456"}, None),
        ("Moreau (2017)", {"doi": "10.1093/jamia/ocx041"}, None),
        ("Székely (2017)", {"doi": "10.1093/jamia/ocx052"}, None),
        ("Nakamura & Obi (2018)", {"doi": "10.1093/jamia/ocy013"}, None),
        ("Van Dijk et al. (2021)", {"doi": "10.1038/s41746-021-00455-y"}, None),
        ("Haddad (2022)", {"doi": "10.1001/jamanetworkopen.2022.11203"}, None),
    ],
    # a233lh: course-slides-pdf-beside-linked-readings (iBalloonist/docker-s3-BUCKET): a course schedule links each
    # session's slides as a PDF in the site's own slides folder ("[Course introduction ![pdf logo](…)](slides/
    # 00_intro_slides.pdf) (and see [resources](resources.html))") beside the readings; the rule reads a relative
    # link to a file under a folder named for teaching material (slides/, lectures/, handouts/…) as the course's
    # material, no paper (a reading's PDF kept elsewhere, readings/ or papers/, stays one), and a line it opens
    # ("[Tables → graphs](slides/….pdf): [Gelman et al. (2002)](doi…)") takes its kind from the reading after it
    "course-slides-pdf-beside-linked-readings.md": [
        ("Do no harm in triage models", {"doi": "10.1038/s41591-019-0611-2"}, None),
        ("Carry-forward bias in ICU vitals", {"doi": "10.1186/s13054-020-03122-9"}, None),
        ("Irregularly sampled vitals with neural ODEs", {"arxiv": "2106.01124"}, None),
        ("Phenotyping from discharge summaries", {"arxiv": "2104.07711"}, None),
    ],
    # a232lg: pipe-apostrophe-venue-tag-linkless-items (jxzhangjhu/Awesome-OOD-detection, hoya012/awesome-anomaly-
    # detection): each work is "Title | **[Venue' YY]** | [`[pdf]`](…)", and a work whose pdf the list has not found
    # keeps only "Title | **[NeurIPS' 20]**"; the rule reads a closing bracketed venue dated by an apostrophe and two
    # digits (after a pipe or not) as the work's venue and year, so the link-less line cites a paper titled by the
    # words before the pipe
    "pipe-apostrophe-venue-tag-linkless-items.md": [
        ("Spectral Reconstruction Gaps for Unsupervised Lesion Detection", {"arxiv": "2107.04418"}, None),
        ("Mixture Density Heads for Calibrated Retinal Triage", {"arxiv": "2104.11325"}, "github.com/example-lab/mdh-triage"),
        ("Prototype Drift Scores for Out-of-Distribution Chest Radiographs", {}, None),
        ("Energy Margins Between Healthy and Abnormal Brain Scans", {}, None),
        ("Ensembles of Shallow Decoders for Histology Outlier Maps", {}, None),
        ("Likelihood Ratios Across Scanner Vendors", {"arxiv": "2006.09935"}, None),
    ],
    # a232lg: venue-badge-named-work-star-badge (AtsuMiyai/Awesome-OOD-VLM): a survey's list writes each work as one
    # shields.io badge linking its paper, the venue and year as the badge's label and the method's name as its
    # message and alt ("[![MCM](…/badge/NeurIPS'22-MCM-fdd7e6…)](arxiv…)"), its code a stars badge below; the rule
    # names the link (and so the work) by the alt when it repeats the badge's message, not by the venue label
    "venue-badge-named-work-star-badge.md": [
        ("MedUQ", {"arxiv": "2307.11842"}, "github.com/example-lab/MedUQ"),
        ("Calib-CLIP", {"arxiv": "2402.09317"}, "github.com/example-lab/calib-clip"),
        ("NegScan", {}, None),
        ("Radiology OOD", {"doi": "10.1007/s11263-023-01777-2"}, None),
        ("PromptEns", {"arxiv": "2404.02288"}, "github.com/example-lab/PromptEns"),
    ],
    # a234li: scholarly-host-forum-thread (hollobit/COVID-19-AI): a resource list links a thread of a scholarly
    # site's own discussion forum ("[CORD-19 Demos and Resources](discourse.cord-19.semanticscholar.org/t/…/132)");
    # the rule reads a forum subdomain (discourse., forum(s)., community., discuss.) of a paper host as a post,
    # not a paper, while the host's article pages stay papers
    "scholarly-host-forum-thread.md": [
        ("Lesion-Aware Contrastive Pretraining for COVID-19 Chest CT Triage", {"doi": "10.1038/s41598-021-93719-2"}, None),
        ("Forecasting Regional Case Waves with Graph Recurrent Units", {"arxiv": "2104.07719"}, "github.com/example-lab/regional-waves"),
        ("Docking-Guided Repurposing Screens Against the Main Protease", {"doi": "10.1101/2020.06.11.146936"}, None),
        ("Ultrasound B-Line Scoring with Weak Labels for Pneumonia Follow-Up", {}, None),
    ],
    # a241lp: link-text-title-emphasised-journal-year (a proteomics lab's instrument docs, "[Hsu et al., Title *bioRxiv*
    # 2025](doi…)"): a lab lists its own papers as one link each, the whole reference in the link's text, the journal in
    # emphasis and its year after the title; the emphasised journal and the year close the title, they are no part of it
    "link-text-title-emphasised-journal-year.md": [
        ("Evaluation of a fast plasma proteome workflow for cohort studies", {"doi": "10.1101/2025.03.14.643210"}, None),
        ("Narrow-window DIA for single cells", {"doi": "10.1038/s41592-024-02351-7"}, None),
        ("Glycopeptide maps of the human placenta", {"doi": "10.1016/j.cels.2023.06.004"}, None),
        ("Tandem spectra of small proteins", {"doi": "10.1038/s41467-022-31422-9"}, None),
    ],
    # a239ln: numbered-heading-quoted-label-over-url-fields (unknown owner, "00.SSL_Paper" reading notes on
    # semi-supervised medical image segmentation): each work is a numbered heading ("# 04.Title") over a quote of its
    # fields, every label on a quoted paragraph of its own ("> github:", "> paper: MICCAI2023") and its bare URL on the
    # next one; the rule reads such a quote (labels and bare URLs only, a paper or code label right over a URL) as
    # the heading record's labelled links, so the heading is the work and the URLs its paper and code, each link
    # labelled by the label above it (a code link first and an OpenReview "paper:" link still make the work a paper);
    # fields opening a quote that goes on to a list of blog posts are read the same, the posts entries of their own
    "numbered-heading-quoted-label-over-url-fields.md": [
        ("Shape-Aware Contrastive Pretraining for Cardiac MRI", {"arxiv": "2207.01234"}, "github.com/example-lab/shape-contrast"),
        ("Boundary Uncertainty in Liver Tumor Segmentation", {"arxiv": "2105.04321"}, None),
        ("Prototype Consistency for Sparse Annotations", {"doi": "10.1109/tmi.2023.3301234"}, "github.com/example-lab/proto-consist"),
        ("Calibrated Pseudo Labels for Polyp Segmentation", {}, "github.com/example-lab/calib-pl"),
        ("Mixed Teacher for Cardiac MRI", {"arxiv": "2308.05555"}, "github.com/example-lab/mixed-teacher"),
    ],
    # a236lk: anchor-numbered-stacked-references (University-Clinic-of-Neuroradiology/python-bootcamp): a notebook
    # README's references, each opened by its number alone on a line as an HTML anchor ("<a id="1">[1]</a>") that
    # the text's "[1,2]" points at, then byline and year, title and venue one a line, no blank line between them;
    # the rule splits the paragraph at each lone number and reads the lines up to the next one as one reference
    "anchor-numbered-stacked-references.md": [
        ("OrganScan-3D: a lightweight benchmark for volumetric organ classification", {}, None),
        ("Federated Tuning of Brain Lesion Segmenters Across Scanner Vendors", {}, None),
        ("Self-supervised pretraining of chest radiograph encoders with masked patches", {}, None),
    ],
    # a236lk: et-al-comma-yearless-textbook-links (DavidScobie/Machine_Learning, YipengHu/MPHY0041): a course's reading
    # page links each textbook by an italic short reference with no year, "[_Hastie et al., The Elements of
    # Statistical Learning. Springer_](…pdf)"; the rule reads a surname then "et al.," before a capitalised sentence
    # as a byline, so the reference parser titles the work by the sentence after it, not by the whole reference
    "et-al-comma-yearless-textbook-links.md": [
        ("Statistical Foundations of Clinical Prediction", {}, None),
        ("Probabilistic Models for Medical Imaging", {}, None),
        ("Learning from Electronic Health Records", {}, None),
        ("Uncertainty-aware lesion detection in screening mammography", {"doi": "10.1016/j.media.2019.101535"}, None),
    ],
    # a238lm: tool-name-labelled-mla-references (Cloufield/GWASTutorial): a tutorial's reference section names each
    # tool, then a colon, then the tool's MLA reference ("PRS-CS: Ge, Tian, and Paul F. O'Reilly. "Title." Venue");
    # the rule reads past the label when the byline, its first author inverted, is closed by a quoted title even if
    # the given-first names after it carry no comma or stop of their own
    "tool-name-labelled-mla-references.md": [
        ("Scalable toolkits for whole-genome association in large biobanks", {}, None),
        ("Sparse shrinkage priors for portable polygenic prediction", {}, None),
        ("Ancestry-aware calibration of polygenic risk across biobanks", {}, None),
        ("An open catalog of published polygenic scores for reuse and benchmarking", {"doi": "10.1016/j.ajhg.2023.02.011"}, None),
    ],
    # a238lm: field-record-labelled-oup-cite-text (Cloufield/CTGCatalog): a tool catalogue's records of "- FIELD: value"
    # lines whose "CITATION:" field holds Oxford Academic's "Cite" text ("Shing Wan Choi, Paul F O'Reilly, Title,
    # GigaScience, Volume 8, Issue 7, July 2019, giz082, https://doi.org/…"); the rule reads past the field's label
    # when the given-first byline, closed by a comma, is followed by a journal with its volume and issue written out
    "field-record-labelled-oup-cite-text.md": [
        ("Credible sets of causal variants from summary statistics", {"doi": "10.1093/bioinformatics/btaa071"}, None),
        ("SparseFM: scalable fine-mapping with sum of single effects", {"doi": "10.1093/genetics/iyab082"}, None),
        ("Functionally informed priors improve fine-mapping resolution", {"doi": "10.1038/s41588-022-01036-9"}, None),
    ],
    # a243lr: notes-page-references-title-linked-to-repository (cshbli/ML-CV-AI): a notes page of "## Title" figure
    # sections closed by a short "## References" list, one item a paper's full title made a link to its repository
    # ("- [MeshSegNet: Deep Multi-Scale Mesh Feature Learning for …](github…)"): under a heading that names its items
    # references, two linked papers beside it make the long title a paper and the repository its code
    "notes-page-references-title-linked-to-repository.md": [
        ("ArteryNet: Joint Artery and Vein Labelling from Fundus Photographs with Graph Reasoning", {}, None),
        ("Tortuosity Scoring Based on Multiple Centreline Estimates", {}, None),
        ("Retinal Vessel Calibre Estimation from Widefield Fundus Images", {"doi": "10.1088/1361-6560/ab1234"}, None),
        ("Segmentation of Retinal Vessels Using Topology-Aware Deep Learning", {"arxiv": "2301.04512"}, None),
        ("VesselGraphNet: Deep Multi-Scale Graph Feature Learning for Automated Labelling of Retinal Arteries and "
         "Veins from Fundus Photographs", {}, "github.com/example-lab/vesselgraphnet"),
    ],
    # a245lt: dataset-table-rows-citing-listed-papers (KyanChen/Awesome-Referring-Remote-Sensing-Image-Segmentation):
    # a papers table gives each work's full title, then a datasets table names each dataset ("| 2024 | RefSegRS |
    # 4,420 triplets | [Paper](…) \| [Data](github…) |") and links the very paper address the papers table gave;
    # the rule reads such a repeat, named by a short name that reads like no title, as the earlier work: it takes the
    # earlier title (keeping its own links and the duplicate-entry diagnostic), so it is no work of its own
    "dataset-table-rows-citing-listed-papers.md": [
        ("Referring Vessel Segmentation in Fundus Photographs", {}, "github.com/example-lab/vesref"),
        ("Language-Guided Lesion Masks for Diabetic Retinopathy Grading", {}, "github.com/example-lab/lesiontalk"),
        ("Optic Disc Referring Segmentation with Anatomical Priors", {"doi": "10.1007/978-3-031-72114-4_12"}, None),
        ("Bidirectional Text-Pixel Alignment for Macular Referring Segmentation", {"arxiv": "2502.04417"},
         "github.com/example-lab/foveanet-l"),
    ],
    # a245lt: repeat-listing-adds-code (MarkMoHR/Awesome-Referring-Image-Segmentation): a work listed in a datasets
    # table with its paper and project links, then again word for word among the methods with "[[code]](github…)"
    # added; the rule gives the first listing the repeat's code (same title, every earlier link on the repeat, no
    # code of its own), so the work has its code whichever listing is read as it (both listings expected here)
    "repeat-listing-adds-code.md": [
        ("SonoPhrase: Phrase-Grounded Segmentation of Obstetric Ultrasound", {}, "github.com/example-lab/sonophrase"),
        ("ThyroRef: A Benchmark for Referring Thyroid Nodule Segmentation", {"arxiv": "2306.11842"}, None),
        ("SonoPhrase: Phrase-Grounded Segmentation of Obstetric Ultrasound", {}, "github.com/example-lab/sonophrase"),
        ("Cross-Modal Grounding of Cardiac Echo Descriptions", {"arxiv": "2401.07731"}, "github.com/example-lab/echoground"),
        ("Prompted Nodule Masks from Radiology Report Phrases", {}, "github.com/example-lab/noduleprompt"),
        ("Language-Referred Vertebra Segmentation in Spine Ultrasound", {"arxiv": "2403.09915"},
         "github.com/example-lab/spinesay"),
    ],
    # a242lq: starred-venue-tag-records-with-cited-sub-works (LGC-AD/awesome-industrial-medical-anomaly-detection):
    # each record is "- ⭐ *(2023-CVPR)* **Title** [[Paper]](…), [[ArXiv]](…), [[Code]](…)" over field bullets; a
    # field bullet that cites a different work by a lead-in and its emphasised title with its own links ("Similar to
    # *(2023-NeurIPS) Title* [[Paper]](…)", "Further extension to PAMI: *Title* […]") is a record of its own, titled
    # by the emphasis; "[[Unoff-Code]](…)" is someone else's code; the record template left empty ("*(2019-CVPR)*
    # **** [[Paper]]()") names no work
    "starred-venue-tag-records-with-cited-sub-works.md": [
        ("Masked Feature Contrast for Unsupervised Lesion Detection in Fundus Images", {},
         "github.com/example-lab/mfc-fundus"),
        ("Domain-Aware Reconstruction Contrast for Industrial Anomaly Detection", {"arxiv": "2306.04417"},
         "github.com/example-lab/darc"),
        ("Prototype Residual Learning for Defect Localization in Chest Radiographs", {"arxiv": "2212.05521"}, None),
        ("Anatomy-Consistent Inpainting for Unsupervised Anomaly Detection", {"arxiv": "2111.17731"},
         "github.com/example-lab/aci"),
        ("Structural Consistency of Thoracic Anatomy for Unsupervised Anomaly Detection in Radiographs",
         {"arxiv": "2403.09981"}, "github.com/example-lab/scta"),
        ("Normative priors with local Gaussians for unsupervised lesion detection", {}, None),
    ],
    # a244ls: book-title-linked-to-publisher-book-page (Zenteomics/awesome-proteomics, vitonzhangtt/RoboticsNinja,
    # ooblegooble23/ultra-awesome-clinical-AI): a book's own title linked to its publisher's whole-book page (Springer's
    # "link.springer.com/book/10.1007/978-…", "springer.com/us/book/978…", IntechOpen's "intechopen.com/books/10569")
    # is a work of the list with the book's DOI; a "[Publisher Link]" under a textbook's name stays a page about it
    "book-title-linked-to-publisher-book-page.md": [
        ('Deep spectral matching for peptide identification', {'doi': '10.1021/acs.jproteome.3c00123'}, None),
        ('Foundations of Clinical Mass Spectrometry: Methods for the Bench', {'doi': '10.1007/978-1-4939-5555-1'}, None),
        ('Statistical Methods for Quantitative Proteomics in Practice', {'doi': '10.1002/9781119555555'}, None),
        ('Recent Advances in Surgical Robotics Platforms', {}, None),
        ('Imaging Cortical Activity with EEG', {}, None),
    ],
    # a244ls: italic-book-title-dash-author (ooblegooble23/ultra-awesome-clinical-AI): "- *The Checklist Manifesto* —
    # Atul Gawande. On how …": a reading list names a book by its italic title, a dash (or "by") and its author, no
    # link; the italic run is the title and the name its author ("**Tool** — Maker" in bold stays a tool)
    "italic-book-title-dash-author.md": [
        ('The Safety Ledger', {}, None),
        ('Counting the Harm', {}, None),
        ('Reasoning at the Bedside', {}, None),
        ('Diagnostic error in primary care: a systematic review', {'doi': '10.1136/bmjqs-2020-012345'}, None),
    ],
    # a246lu: note-bullet-comma-list-of-acronym-terms (astinard/hybrid-reasoning-acute-care): "20. **Title**
    # (arXiv:…)" / "    - Disease NER, Drug NER, Clinical NER unified": a paper's note bullets, one a comma-list of short
    # noun phrases each a word and an acronym, which read as "Surname IN" Vancouver names; closed by a comma (a
    # Vancouver byline closes with a full stop) and undated, they are terms, no reference; a dated comma-written
    # reference stays one
    "note-bullet-comma-list-of-acronym-terms.md": [
        ("Shared Encoders for Drug, Disease and Procedure Mention Tagging", {"arxiv": "1811.04512"}, None),
        ("Section-Aware Entity Extraction from Discharge Summaries", {"arxiv": "2003.07791"}, None),
        ("Report-Guided Pretraining for Radiology Text Encoders", {"arxiv": "2106.11823"}, None),
        ("Negation Cues in Multilingual Clinical Notes", {"arxiv": "1907.02345"}, None),
        ("Temporal Relation Extraction with Event Graphs", {"arxiv": "2204.05519"}, None),
        ("Weak supervision for clinical concept tagging", {"doi": "10.1016/j.jbi.2021.103790"}, None),
    ],
    # a248lw: venue-badge-works-own-stars-badge-first (AtsuMiyai/Awesome-OOD-VLM): each work is a venue badge named by
    # the method's short name linking its paper, the line under it stars badges separated by commas: the first (the
    # repository named as the work) is its own code, the others are the repositories of other named methods it builds
    # on (related code); the rule keeps only the repository named as the work (or by one word of its name) as code
    # (the list's title is its survey's, the badge row under it links the survey's arXiv record, cited nowhere else:
    # that survey's entry, titled by the list's title)
    "venue-badge-works-own-stars-badge-first.md": [
        ("Zero-Shot Lesion Detection with Vision-Language Models: A Survey", {"arxiv": "2405.17703"}, None),
        ("ZLD", {"arxiv": "2209.04417"}, "github.com/example-lab/ZLD"),
        ("GL-ZLD", {"arxiv": "2304.05512"}, "github.com/example-lab/GL-ZLD"),
        ("CLIPLes", {"arxiv": "2308.13307"}, "github.com/example-lab/CLIPLes"),
        ("ScanNeg", {}, "github.com/example-lab/ScanNeg"),
        ("PEFT-ZLD", {"doi": "10.1007/s11548-023-02987-1"}, "github.com/example-lab/ZLD"),
        ("PromptSeg", {"arxiv": "2306.02291"}, "github.com/example-lab/PromptSeg"),
        ("LesNeg", {"arxiv": "2403.11862"}, None),
    ],
    # a247lv: meeting-notes-colon-title-over-url (IE-group/conference_report): a lab's meeting notes, before any
    # heading a "Title：" line over its paper's bare URL on the next paragraph (a work, not the list's intro; a
    # topic label over blog links is none), and "时间：…" / "汇报人：…" / "Title" / URL paragraphs titled by the
    # line just before the URL, not by the session's labelled date or presenter field
    "meeting-notes-colon-title-over-url.md": [
        ("基于注意力机制的视网膜血管分割方法研究", {}, None),
        ("Residual Attention Networks for Retinal Vessel Segmentation", {"doi": "10.1016/j.media.2021.102011"}, None),
        ("Boundary-Aware Transformers for Skin Lesion Segmentation", {"arxiv": "2107.03143"}, None),
        ("用于视网膜血管分割的多尺度特征融合网络：综述", {"doi": "10.1007/s10278-021-00456-z"}, None),
        ("Uncertainty-Guided Fundus Lesion Detection with Weak Labels", {}, None),
    ],
    # a249lx: dataset-table-paper-column-shared-drive-pdf (ICTMCG/Awesome-Misinfo-Video-Detection): "| Name | Paper |
    # Access |" under "### Datasets" with "| **FVC** | [A corpus of …](drive.google.com/file/d/…/view) | [link](…) |":
    # a work's title in the Paper column linked to one file shared from a drive (Google Drive, Dropbox) is the
    # paper's PDF, as an arXiv link in the next row is, not the dataset the host otherwise serves
    "dataset-table-paper-column-shared-drive-pdf.md": [
        ("A corpus of debunked and verified rumor videos from social platforms", {}, None),
        ("Misleading Thumbnail Detection on Short Video Platforms", {"arxiv": "1907.04561"}, None),
        ("Auditing Health Misinformation in Recommended Video Feeds", {"doi": "10.1145/3459637.3482399"}, None),
        ("A Multimodal Benchmark of Medical Misinformation on TikTok", {}, None),
        ("ShortFact: Verifying Claims in Short Videos with Retrieved Evidence", {"arxiv": "2303.11827"}, None),
    ],
    # a254mc: footnote-surname-comma-et-al-short-references (dalgu90/icd-coding-benchmark): a benchmark README's
    # footnotes cite each model's paper as "[^3]: Li, et al., Title, AAAI 2020 ([paper](arxiv…), [code](github…))" —
    # a surname, a comma, then "et al.," opening a short title: the byline is the authors, never the title's words
    "footnote-surname-comma-et-al-short-references.md": [
        ("Attentive Prediction of Billing Codes from Discharge Notes", {"arxiv": "1903.04417"},
         "github.com/example-lab/camlx"),
        ("Residual Filters for Diagnosis Coding", {"arxiv": "2012.08815"}, "github.com/example-lab/rescode"),
        ("Dilated Label Attention for Code Assignment", {"doi": "10.18653/v1/2021.clinicalnlp-1.12"},
         "github.com/example-lab/dilcoder"),
        ("Tabular Evidence for ICD Coding", {"arxiv": "2203.11452"}, "github.com/example-lab/tabicd"),
    ],
    # a256me: survey-table-system-column (ZJUMAI/Multimodal-Medical-Reasoning): a survey's table of agentic systems
    # headed "| System | Architecture | Application | Year | Link |", each row a short system name, a phrase that
    # describes its architecture and a bare "[Link]" to its paper; the rule reads a whole-word "System"/"Agent" header
    # as the column that names each row (tables._THING_HEADER_WORDS), before the "Architecture" description
    "survey-table-system-column.md": [
        ("WardMind", {"arxiv": "2507.04412"}, None),
        ("TabDoc", {"arxiv": "2402.08813"}, None),
        ("SlideScout", {"arxiv": "2506.21177"}, None),
        ("TriageBoard", {"doi": "10.1038/s41746-024-01322-5"}, None),
    ],
    # a256me: survey-structure-section-sentences (ZJUMAI/Multimodal-Medical-Reasoning): a survey's "### Structure of
    # the Survey" heading over numbered, full-stopped sentences telling its own sections ("2. Section 3 discusses …
    # perspectives."), in a list whose linked table rows are papers; the rule reads a heading over the document's
    # own layout (headings.is_outline_section: structure/organization/outline of the survey/paper/repository) as
    # naming no references, however full-stopped its lines
    "survey-structure-section-sentences.md": [
        ("Stepwise Triage", {"arxiv": "2403.11827"}, None),
        ("ReflectDx", {"arxiv": "2505.14420"}, None),
        ("CaseCoT", {"arxiv": "2502.07731"}, None),
        ("VerifyMed", {"arxiv": "2504.19306"}, None),
    ],
    # a253mb: books-heading-title-link-by-author (Awesome-Image-Registration-Organization/awesome-image-registration):
    # under "## Books", each book's title linked alone to a shop or catalogue page (blackwells, douban, wordery), then
    # "by" and its authors ("by Russakoff, Daniel", "by 吕晓琪"); the rule reads such a line as the cited book, not a
    # web page (a "by" line under tutorials or blogs stays a page)
    "books-heading-title-link-by-author.md": [
        ("Deep Motion Tracking for Cine MRI", {"arxiv": "2103.04512"}, "github.com/example-lab/deep-motion"),
        ("Cardiac Image Registration: Methods and Applications", {}, None),
        ("Foundations of Deformable Image Registration", {}, None),
        ("医学图像配准原理与实践", {}, None),
        ("Biomedical Image Alignment", {}, None),
    ],
    # a253mb: tool-manual-pdf-link (Awesome-Image-Registration-Organization/awesome-image-registration): a tool's
    # paragraph closing with "[**[manual]**](…/elastix_manual_v4.8.pdf)"; the rule reads a "manual" label as the tool's
    # documentation (as "docs" is), not an article, though it is a PDF
    "tool-manual-pdf-link.md": [
        ("Learned Elastic Registration of Lung CT", {"arxiv": "2201.07731"}, "github.com/example-lab/elastic-lung"),
        ("Multimodal Keypoint Registration of Brain MRI", {"doi": "10.1016/j.media.2022.102498"}, None),
    ],
    # a255md: details-summary-markdown-without-blank-line (Nanboy-Ronan/awesome-Vision-Language-Model-Foundation): a
    # paper digest folded under "<details>" / "<summary>Title (2024)</summary>", its Markdown item ("- Title.
    # [[paper]](…)", authors, a nested digest fold) on the very next line, no blank line: CommonMark keeps the whole
    # fold as raw HTML; the rule reads it as the same fold with the blank line after the summary (one entry per fold)
    "details-summary-markdown-without-blank-line.md": [
        ("FundusCLIP: Aligning Retinal Photographs with Screening Reports", {"arxiv": "2304.11872"},
         "github.com/example-lab/fundusclip"),
        ("Volumetric Report Pretraining for Abdominal CT", {"arxiv": "2405.09931"}, None),
        ("EchoText: Zero-shot Echocardiogram Interpretation with Language Supervision",
         {"doi": "10.1038/s41591-024-03127-3"}, "github.com/example-lab/echotext"),
        ("A Dataset of Dermatology Images Paired with Clinical Questions", {"doi": "10.1038/s41597-022-01721-8"}, None),
    ],
    # a255md: sciencedirect-journal-issn-venue-links (SaeedShurrab/awesome-self-supervised-learning-in-medical-imaging):
    # a list of the venues the papers come from, one bold link to each journal's page; ScienceDirect's older journal
    # address "sciencedirect.com/science/journal/<ISSN>[/<volume>]" is the journal's page (every article, no one
    # article), as "sciencedirect.com/journal/<name>" is: a venue, never a paper
    "sciencedirect-journal-issn-venue-links.md": [
        ("Stain-Invariant Contrastive Pretraining for Whole-Slide Images", {"doi": "10.1016/j.media.2023.102871"},
         "github.com/example-lab/stain-contrast"),
        ("Patch Ordering as a Pretext Task for Gland Segmentation", {}, None),
        ("Masked Nuclei Modelling for Few-shot Tissue Classification", {"arxiv": "2302.10477"},
         "github.com/example-lab/masked-nuclei"),
    ],
    # a251lz: year-led-bilingual-bold-title-with-code (ZivNice/Stain-Normalization-method-Summary): numbered items
    # whose bold lead is the publication year, a comma ("2019年，", "2021年， ") and the English title (its Chinese
    # translation after a full-width comma or glued on), the description under it and a "【代码入口】" code link: the
    # year lead dates the work and is no part of its title, nor is the translation; under the heading that pairs
    # literature with code ("文献代码") a title of four words or more beside its code link names the paper, the code
    # link the one the list calls code, after the repositories the note credits
    "year-led-bilingual-bold-title-with-code.md": [
        ("Sparse Stain Separation for Structure-Preserving Colour Normalization", {},
         "github.com/example-lab/SparseStainSep"),
        ("CycleStain: Unpaired Stain Style Transfer for Digital Histology Images", {}, "github.com/example-lab/CycleStain"),
        ("Whole Slide Colour Normalization on the GPU for Routine Pathology", {"arxiv": "2006.11452"},
         "github.com/example-lab/gpu-wsi-norm"),
        ("StainDistill: A Lightweight Stain Normalization Network", {}, "github.com/example-lab/StainDistill"),
        ("Self-Attentive Adversarial Stain Harmonization", {}, "github.com/example-lab/sash-stain"),
        ("Colour Palette Embedding of Whole-Slide Staining Conditions", {}, "github.com/example-lab/stain-palette"),
    ],
    # a252ma: heading-records-empty-bold-fields (jasonbitterman/pubmeddigest): a search-results digest, each work a
    # "## Title." heading over "**Journal:** …" / "**Keywords:** " / "**Abstract:**" / "**URL:** [https://…)" /
    # "**PMID:** [id]" paragraphs; a bold "Label:" left empty after the record's other labelled fields is one more
    # field of that record (empty), not the bold title of a new record: the heading titles the work
    "heading-records-empty-bold-fields.md": [
        ("Gait retraining after hip arthroscopy: a pilot randomized trial", {"pmid": "40311201"}, None),
        ("Median nerve stiffness by shear wave elastography in diabetic patients", {"pmid": "40298876"}, None),
        ("Outcomes of endoscopic carpal tunnel release in manual workers: a cohort study", {"pmid": "40287342"}, None),
        ("Ultrasonography of anatomical variants in the carpal tunnel: a narrative review", {"pmid": "40276615"}, None),
    ],
    # a252ma: heading-titles-opening-with-section-words (jasonbitterman/pubmeddigest): a digest's record headings
    # that open with a word a section about the list opens with ("## Description of peripheral nervous system
    # involvement in …: A clinical and electrophysiological study."): a heading of a work title's length is the
    # work's, not a "## Description" of the list (a short "## Background", "## Contributing" still is)
    "heading-titles-opening-with-section-words.md": [
        ("Description of small fiber involvement in hereditary transthyretin amyloidosis: a prospective cohort study",
         {"pmid": "40511873"}, None),
        ("Overview of ultrasound markers of median nerve entrapment: a systematic review and meta-analysis",
         {"doi": "10.1002/mus.28411"}, None),
        ("Introduction of a nurse-led screening pathway for diabetic neuropathy in primary care: an implementation "
         "study", {"pmid": "40498215"}, None),
        ("Evaluation of nerve conduction thresholds for grading carpal tunnel syndrome severity", {"pmid": "40487731"},
         None),
    ],
    # a252ma: highwire-elocator-article-pages (aixnr/coronavirus): a literature table's titles link a HighWire-hosted
    # society journal's article page whose page is an electronic locator with its year ("jvi.asm.org/content/94/5/
    # e02015-19/article-info", ASM's journals): one article, as the page with a first page number is
    "highwire-elocator-article-pages.md": [
        ("Antibody-dependent entry of a feline coronavirus into macrophages", {}, None),
        ("Spike protein glycan shielding of a bat coronavirus", {}, None),
        ("Remdesivir-like nucleoside analogues against murine hepatitis virus", {}, None),
        ("Protease activation of a coronavirus spike protein in airway cells", {}, None),
    ],
    # own: model-table-linked-name-bracketed-aside (georg-wolflein/pathology-foundation-models): "| [CONCH](nature…)
    # (VL) | …": a linked model name and a short aside in brackets after it (its kind, its variant); the link names
    # the row however short, the aside is a note on it, never the row's title "(VL)"
    "model-table-linked-name-bracketed-aside.md": [
        ("HistoLens", {"doi": "10.1038/s41591-024-03011-7"}, None),
        ("TileNet", {"arxiv": "2310.04411"}, None),
        ("TileNet", {"arxiv": "2310.04412"}, None),
        ("SlideFormer", {"doi": "10.1016/j.media.2024.103141"}, None),
    ],
    # a257mf: link-text-comma-venue-apostrophe-year (primihub/Awesome-Privacy-Computing): each work's link text is its
    # title, a comma, then the venue and an apostrophe-marked year ("[Extending Oblivious Transfers Efficiently,
    # CRYPTO'03](…)", "[…, USENIX Security'21](…)"); the rule reads ", VENUE'YY" closing a link's own text, the venue
    # an acronym, as the work's venue and year, not part of its title
    "link-text-comma-venue-apostrophe-year.md": [
        ("Batched Oblivious Lookups", {"doi": "10.1007/3-540-69053-0_12"}, None),
        ("Silent Correlated Shares", {}, None),
        ("Sparse Secure Aggregation for Hospitals", {"arxiv": "2104.05512"}, "github.com/example-lab/sparse-agg"),
        ("Garbled Federated Averaging", {"doi": "10.1145/3372297.3417881"}, None),
        ("Private Set Intersection for Cohort Discovery", {"arxiv": "2203.11872"}, None),
    ],
    # a258mg: publisher-article-slug-link (yanfang-research/ECG-AI): a title linked to a Dove Medical Press article
    # page, its address one slug of the title closed by "-peer-reviewed-fulltext-article-" and the journal's code
    # ("dovepress.com/computer-aided-…-peer-reviewed-fulltext-article-RRCC"); the rule reads that address as the
    # article's page (a paper), as other publishers' article pages are, though no DOI nor number is in it
    "publisher-article-slug-link.md": [
        ("Early Warning of In-Hospital Cardiac Arrest from Routine Vital Signs", {"pmid": "31846512"}, None),
        ("Computer-Aided Decision Support System for Screening Ventricular Arrhythmias", {}, None),
        ("Wearable Single-Lead Monitoring Platform for Post-Discharge Heart Failure Patients", {}, None),
        ("Explainable Beat Classifier for Ambulatory ECG", {}, None),
        ("Saliency Maps for Twelve-Lead ECG Networks", {"arxiv": "2306.04417"}, "github.com/example-lab/ecg-saliency"),
    ],
    # a261mj: bold-title-byline-stacked-label-links (NeuSpeech/awesome-brain-decoding): "**Title**<br>" / "*Authors*<br>"
    # / "Venue" / "[[PDF](…)]" / "[[ZuCo1](…)]" / "[[Code](…)]", one paragraph a work, its links one a line under its
    # byline, some named by the data sets the work used; the rule reads the paragraph as one record (the code is the
    # paper's), while link lines with no bold title over them ("## Dataset") stay items of their own
    "bold-title-byline-stacked-label-links.md": [
        ("Contrastive Alignment of Scalp Signals with Sentence Embeddings", {"arxiv": "2304.05512"},
         "github.com/example-lab/scalp-align"),
        ("Do Scalp-to-Text Decoders Read Noise?", {"arxiv": "2405.09931"}, "github.com/example-lab/noise-check"),
        ("Continuous Narrative Reconstruction from Cortical Responses", {"doi": "10.1038/s41593-023-01411-2"},
         "github.com/example-lab/narrative-recon"),
        ("Video Reconstruction from Visual Cortex with Latent Priors", {"arxiv": "2305.11642"},
         "github.com/example-lab/latent-video"),
    ],
    # a261mj: europepmc-render-pdf-link (NeuSpeech/awesome-brain-decoding): a paper's "[[PDF](europepmc.org/backend/
    # ptpmcrender.fcgi?accid=PMC…&blobtype=pdf)]", Europe PMC's full-text PDF link; the rule reads the ``accid`` as
    # the article's PMCID
    "europepmc-render-pdf-link.md": [
        ("Articulatory Kinematics Decoded from Sensorimotor Cortex", {"pmcid": "PMC7812345"}, None),
        ("Silent Spelling with a Cortical Speech Interface", {"doi": "10.1038/s41467-022-34121-8"},
         "github.com/example-lab/silent-spelling"),
        ("Tonal Speech Synthesis from Cortical Activity", {"pmcid": "PMC10234567"}, None),
    ],
    # a260mi: nested-byline-parenthesised-nickname (xnuohz/awesome-drug-discovery): "- **Title (bioRxiv 2016)**" over
    # sub-bullets "- Fangping Wan, Jianyang (Michael) Zeng" / "- [[Paper]](…)" / "- [[Python Reference]](github…)": a
    # name carrying a bracketed given name or nickname is still a person's name, so the sub-bullet is the record's
    # byline and the bold title, its paper link and its code stay one entry
    "nested-byline-parenthesised-nickname.md": [
        ("Contrastive Pocket Embeddings for Drug-Target Affinity", {"doi": "10.1093/bioinformatics/btab321"},
         "github.com/example-lab/pocket-dta"),
        ("Graph Transformers for Drug Repositioning on Sparse Networks", {"doi": "10.1101/2020.05.11.088765"},
         "github.com/example-lab/graph-repo"),
        ("Multitask Learning of Drug-Drug Interaction Events", {"arxiv": "1907.04211"},
         "github.com/example-lab/ddi-events"),
        ("Kinase Selectivity Prediction from Sequence Alone", {"doi": "10.1145/3219819.3219890"}, None),
    ],
    # a260mi: bold-title-slash-joint-venue-tag (xnuohz/awesome-drug-discovery): "- **Title (ISMB/ECCB 2019)**": a
    # joint conference written with a slash closes the bold title as a single venue's tag does; the rule reads the
    # slash-joined acronyms and the year as the venue and year, not as part of the title
    "bold-title-slash-joint-venue-tag.md": [
        ("Drug repositioning by low-rank matrix completion with side information",
         {"doi": "10.1093/bioinformatics/btz331"}, "github.com/example-lab/lrmc-repo"),
        ("Siamese networks for side-effect similarity of approved drugs", {"arxiv": "2106.03317"}, None),
        ("Heterogeneous graph attention for drug-disease association prediction",
         {"doi": "10.1093/bioinformatics/btaa437"}, "github.com/example-lab/hgat-dda"),
        ("Pathway-aware transfer learning for drug combination screening", {"doi": "10.1101/2022.02.14.480312"},
         "github.com/example-lab/pathway-combo"),
    ],
    # a263ml: bold-topic-prose-dated-work-names (ratthachat/awesome-biochem-ai): "- **Single-Molecule Properties** :
    # There are a lot of works … Examples of works are [ChemBERTa (2020)](arxiv A), [MolBERT (2020)](arxiv B),
    # [ChemTransformers/MolBART (2021)](github…)": a bold topic term and its colon, then sentences citing works by
    # coined names dated in brackets; the rule reads the term and its prose as a note, each dated coined name as a
    # work of its own (titled by its name), and no repository named for one work as another's code
    "bold-topic-prose-dated-work-names.md": [
        ("EnzBERTa", {"arxiv": "2104.07713"}, None),
        ("KcatFormer", {"arxiv": "2203.11902"}, None),
        ("SubGraph", {"arxiv": "2305.04418"}, None),
        ("Cross-Attention ESI", {}, None),
        ("Root-aligned Reactions", {"arxiv": "2206.01733"}, "github.com/example-lab/root-aligned"),
    ],
    # a264mm: html-img-venue-badge-before-title-link (onejune2018/Awesome-LLM-Eval): each item opens with a venue
    # badge written as an HTML image inside a Markdown link ("[<img src=…/badge/CoRR-2023-blue alt="img" />](doi…)"),
    # then the bold title linked to the same record, wrapped over two lines; the rule reads a link that wraps only an
    # HTML <img> as a badge (as it reads a Markdown image), so the title link names the entry
    "html-img-venue-badge-before-title-link.md": [
        ("WardBench: Evaluating Language Models on Inpatient Handover Notes", {"arxiv": "2403.11827"}, None),
        ("Do Clinical Summaries Stay Faithful? A Study of Unsupported Claims",
         {"doi": "10.18653/v1/2023.emnlp-main.412"}, "github.com/example-lab/faithful-summaries"),
        ("TriageScore: Ranking Emergency Answers with Learned Clinician Preferences", {}, None),
        ("Measuring Hallucinated Dosages in Medication Question Answering", {"arxiv": "2305.14420"}, None),
    ],
    # a264mm: code-span-nickname-before-linked-reference (baeseongsu/KoSAIM2024-Clinical-LLM): a reference list whose
    # items open with the work's nickname as a code span ("- `BERT` [Devlin, Jacob. "Bert: …" arXiv preprint
    # arXiv:1810.04805 (2018).](arxiv…)"), the link's text the whole reference; the rule reads a code span alone before
    # a link whose text is a reference (authors, a quoted title) as a nickname, the quoted title as the title
    "code-span-nickname-before-linked-reference.md": [
        ("WardBERT: Pre-training bidirectional encoders on inpatient notes", {"arxiv": "2403.11827"}, None),
        ("Triage language models are few-shot clinicians", {}, None),
        ("Prompting clinical models: A survey of instructions for bedside questions", {"doi": "10.1145/3611234"}, None),
        ("Low-rank adaptation of medication language models", {"arxiv": "2502.07731"}, None),
        ("Direct preference optimization for safe dosage answers", {}, None),
    ],
    # a259mh: reference-link-table-quoted-title (SinaMohseni/Awesome-XAI-Evaluation): table rows of reference-style
    # links whose definitions the file never gives ("[Title][label]|Method"), some titles opening with a quoted phrase
    # ('[“How do I fool you?”: Manipulating User Trust …][Lakkaraju2019fool]'); the rule reads a title that quotes a
    # phrase of two words or more and goes on after it as a title, so the label's brackets are cut from it too
    "reference-link-table-quoted-title.md": [
        ("Saliency Sanity Checks for Chest Radiograph Classifiers", {}, None),
        ("“Can I Trust This Heatmap?”: Auditing Attribution Maps in Dermatology Models", {}, None),
        ('"Show Me Why": Counterfactual Explanations for Retinal Disease Grading', {}, None),
        ("Clinician Reliance on Explained Sepsis Alerts: A Randomised Study", {}, None),
        ("‘Too Much Information’: Explanation Length and Trust in Radiology Assistants", {}, None),
    ],
    # a259mh: year-then-venue-bracketed-title-lines (YuweiYin/Overview_of_Artificial_Intelligence): link-less bullets
    # "- (2016) (ACL) Title", the year in brackets, then the venue in brackets of its own (empty, "()", when unknown),
    # then the title; the rule reads the venue slot as the venue and the line as a cited work, as "[ACL 2016] Title" is
    "year-then-venue-bracketed-title-lines.md": [
        ("Visualising Lesion Evidence in Mammography Networks", {}, None),
        ("Attribution Maps for Retinal Fundus Classifiers: A Sanity Study", {}, None),
        ("Explaining Skin Lesion Predictions", {}, None),
        ("Interpretable Risk Scores from Electronic Health Records", {}, None),
        ("Concept Bottlenecks for Histopathology Grading", {}, None),
        ("Uncertainty-Aware Saliency for Brain MRI Segmentation", {}, None),
    ],
    # a259mh: books-heading-byline-year-note (valeman/awesome-conformal-prediction): under "## Books", "1. [Title](shop or
    # publisher page) by A, B, C (2014) 🔥🔥" / "by A and B (University of Oslo, 2016). Not directly about …": the
    # byline closed by its year in brackets, then marks or a remark; the rule cuts that note before reading the byline
    # (tutorials linked to videos or sites with the same byline stay pages)
    "books-heading-byline-year-note.md": [
        ("Calibrated Prediction for Clinical Machine Learning", {}, None),
        ("Confidence Sets in Medical Image Analysis", {}, None),
        ("Bayesian Deep Learning for Radiology", {"doi": "10.1007/978-3-030-11111-1"}, None),
    ],
    # a262mk: table-method-column-header-in-french-or-portuguese (unknown repo, a French cytology benchmark, file
    # id 29078990507): "| Méthode | Dataset | Sensitivity | Specificity | Source |" rows cite each method's paper by a
    # "[Nature 2021](…)" source link; the accented name word ("Méthode", "Método", "Modèle", "Nome") heads the column
    # that names each row, as "Method" does, so the row is titled by its method, not by the "Dataset" column
    "table-method-column-header-in-french-or-portuguese.md": [
        ("CytoNet-Lite", {"doi": "10.1038/s41598-023-41234-x"}, None),
        ("PapSmear-ViT", {"arxiv": "2305.14321"}, None),
        ("CervixGraph", {"pmcid": "PMC10234567"}, None),
        ("DermaSeg-UNet", {"doi": "10.1016/j.media.2024.103120"}, None),
        ("RetinaFM-Small", {"arxiv": "2402.11876"}, None),
    ],
    # a262mk: linkless-plan-table-in-linked-benchmark (unknown repo, a French cytology benchmark, file id 29078990507):
    # a report that cites each compared method by a "[Nature 2024](…)" source link closes with "## Recommandations" /
    # "| Action | Gain Estimé | Effort |" / "| **Data Augmentation** (rotation, …) | +2-4% | Faible |"; a link-less
    # table row in a section that links nothing, under a title column naming no paper, is the report's plan, no
    # bare reference, however title-cased its bold name
    "linkless-plan-table-in-linked-benchmark.md": [
        ("LiverSeg-Net", {"doi": "10.1038/s41598-024-55501-x"}, None),
        ("TumorFormer", {"arxiv": "2311.04567"}, None),
        ("OrganAtlas-3D", {"pmcid": "PMC10987654"}, None),
        ("Self-supervised pretraining for abdominal CT segmentation", {"doi": "10.1016/j.media.2025.103456"}, None),
    ],
    # a262mk: named-works-dash-links-dot-separated (unknown repo, a Portuguese mammography-AI reading plan, file id
    # 71337546246): "- GREEN — [arXiv:…](…) · RadFact — [código](github…) · FineRadScore — [arXiv:…](…)": one bullet
    # names several works, each by a short name, a dash, then its links, parted by middle dots; a later link whose
    # text names no work ("arXiv:…", "código") belongs to the name written before it: the second paper is titled by
    # its own name, and a code link under another work's name is no code of the item's first paper
    "named-works-dash-links-dot-separated.md": [
        ("GREEN-Lite", {"arxiv": "2405.01234"}, None),
        ("FineScoreX", {"arxiv": "2405.05678"}, None),
        ("RadAlert", {"arxiv": "2411.01111"}, None),
        ("TrustRad", {"arxiv": "2412.02222"}, None),
        ("PortBERT", {}, None),
        ("ChestBR", {"doi": "10.1038/s41597-023-01234-5"}, None),
        ("MammoSeg", {"arxiv": "2406.03333"}, "github.com/example-lab/mammoseg"),
    ],
    # a265mn: publisher-title-search-link-under-title-bullet (cgl2024/cgl): "* SA-UNet: Spatial Attention U-Net for
    # Retinal Vessel Segmentation." / "https://ieeexplore.ieee.org/search/searchresult.jsp?newsearch=true&queryText=
    # SA-UNet:%20Spatial%20…": a title bullet whose only link is IEEE Xplore's search for that title; a publisher's
    # search for three words or more is a search for one work, as a Google Scholar title search is, so the line is
    # that paper; a one-word search ("queryText=vessel") is still a topic's results, no work
    "publisher-title-search-link-under-title-bullet.md": [
        ("LayerMix-UNet: Layer-Mixing Attention for Retinal Vessel Segmentation", {}, None),
        ("Thin-Vessel Recovery with Dual-Branch Topology Priors in Fundus Images",
         {"doi": "10.1016/j.media.2024.103311"}, None),
        ("CapillaryNet: Capillary-Aware Graph Reasoning for OCTA Vessel Maps", {}, None),
        ("Consistency-Guided Pseudo Labels for Semi-Supervised Fundus Vessel Segmentation",
         {"arxiv": "2403.11872"}, None),
        ("VesselMatch: Uncertainty-Weighted Matching for Sparse Vessel Annotations", {}, None),
    ],
    # a272mu: reader-note-title-beside-book-label (wenwenyu/paper-notes README.md): a paper-notes list links each
    # title to the reader's own note on it ("- [OpthoBook](github…/notes/OpthoBook.md) T.Root (2017) [[book]](site)"),
    # then gives a byline, a year and a labelled link to the work; a "[[book]]" link after the note says the line cites
    # a book as "[[pdf]]" says it cites an article: the cited book is the work, though its site is on no publisher's host
    "reader-note-title-beside-book-label.md": [
        ("Deep Learning Triage of Chest Radiographs in Emergency Departments", {"arxiv": "1904.01234"}, None),
        ("Fundus Photographs Predict Renal Decline in Type 2 Diabetes", {"pmcid": "PMC8123456"}, None),
        ("RetinaBook", {}, None),
        ("Calibrated Dropout for Medical Segmentation", {"arxiv": "2003.04567"}, None),
        ("Clinical Machine Learning", {}, None),
    ],
    # a268mq: bold-byline-wrapped-over-lines-dash-italic-title (AADavin/zombi2, docs/references.md): "- **Davín,
    # Woodcroft, …, Moody,`/`  Szánthó, … & Szöllősi (2025)**`/`  — *A geological timescale …* Science …": a long
    # bold byline wraps over the source's lines before the dash and the italic title; the lead line runs on over the
    # bold's breaks, and so must the description after it, or its second line opens the description and the italic
    # title after the dash is never read (the names were taken for the title)
    "bold-byline-wrapped-over-lines-dash-italic-title.md": [
        ("A calibrated clock for microbial genome evolution", {"doi": "10.1126/science.adk2210"}, None),
        ("Reconstructed lineages under variable sampling", {"doi": "10.1093/sysbio/syx071"}, None),
        ("Episodic extinction pulses in simulated clades", {"doi": "10.1098/rspb.2021.0433"}, None),
        ("A likelihood for trait-dependent diversification with hidden states", {"doi": "10.1111/evo.12631"}, None),
    ],
    # a268mq: bold-byline-dash-title-case-italic-title (AADavin/zombi2, docs/references.md): "- **Hartmann, Wong &
    # Stadler (2010)** — *Sampling Trees from Evolutionary Models.* Syst. Biol. …": the italic title after the bold
    # byline's dash is in title case; its two opening capitalised words read as one author's name, yet a run is a
    # byline only when it reads as names (two or more, "et al.", or one short name with nothing after it)
    "bold-byline-dash-title-case-italic-title.md": [
        ("Sampling Trees from Conditioned Birth Models", {"doi": "10.1093/sysbio/sys012"}, None),
        ("Gene Transfer Between Extinct Lineages", {"doi": "10.1093/sysbio/syt021"}, None),
        ("Bayesian Inference of Ancestral Fossil Ranges for Calibration", {"doi": "10.1371/journal.pcbi.1003877"}, None),
        ("a variance-reduced estimator of diversification rates", {"doi": "10.1111/evo.12902"}, None),
    ],
    # a267mp: linked-bold-card-then-bold-cards (fahadshamshad/awesome-transformers-in-medical-imaging): cards of
    # "**Title.** [9th Jan., 2023].<br>" / "*Authors*<br>" / "[[PDF](arxiv…)]", one of them titled by a bold link
    # ("[**Title.**](arxiv…) [25th Jan., 2022] <br>."); a card after the linked one that opens with a bold run of its
    # own naming a work is a record of its own, not that record's note for carrying only labelled links
    "linked-bold-card-then-bold-cards.md": [
        ("A Narrative Review of Token Mixers in Radiology", {"arxiv": "2311.17734"},
         "github.com/example-lab/token-mixer-review"),
        ("Vision Transformers in Abdominal Imaging: A Survey", {"arxiv": "2202.08811"}, None),
        ("Attention Is Not Enough for Pancreas Segmentation: A Critical Review", {"arxiv": "2301.04417"}, None),
        ("Hybrid Convolution-Transformer Encoders for Kidney CT", {"arxiv": "2208.05512"},
         "github.com/example-lab/hybrid-kidney"),
        ("Sparse Attention Decoders for Liver Vessel Segmentation", {}, None),
    ],
    # a266mo: mla-quoted-title-and-trailer-as-link-text (opendilab/awesome-AI-based-protein-design): '[1] Wang,
    # Jue, et al. ["Scaffolding protein functional sites using deep learning." Science 377.6604 (2022): 387-394.](…)':
    # a Google Scholar MLA citation whose quoted title and trailer are all the link's text; the title is the quoted
    # part (closed on its own stop), the trailer after the quote its venue and year, never part of the title
    "mla-quoted-title-and-trailer-as-link-text.md": [
        ("Equivariant scaffolding of enzyme active sites with diffusion models", {"doi": "10.1126/science.adh4471"},
         None),
        ("Inverse folding of antibody loops with graph transformers", {"doi": "10.1038/s41586-023-05987-2"},
         "github.com/example-lab/loopfold"),
        ("Sequence-structure co-design of mini-binders by masked language modelling",
         {"doi": "10.1038/s41467-023-41234-8"}, None),
        ("Fast side-chain packing with learned rotamer energies", {"doi": "10.1093/bioinformatics/btad171"}, None),
        ("Contrastive pretraining of protein structure encoders at scale", {"arxiv": "2310.04567"}, None),
    ],
    # a270ms: bold-title-venue-year-byline-no-links (nuster1128/Awesome-Causal-Papers): a conference digest writes each
    # paper as a link-less paragraph "**[Causal Inference] Title**. (2023-ICLR) A, B, C." / "**TLDR**: …"; a bold
    # title of four words or more, a bracketed venue-and-year tag, then a byline (or one full name) on the same line
    # opens one work's record, titled by the bold run alone (not run on into the first author's initial)
    "bold-title-venue-year-byline-no-links.md": [
        ("Counterfactual Risk Bounds for Dynamic Treatment Regimes in Sepsis Care", {}, None),
        ("Doubly Robust Estimation under Informative Censoring in Registry Data", {}, None),
        ("Proxy Variables for Hidden Confounding in Electronic Health Records", {}, None),
        ("Learning Temporal Causal Graphs from Irregularly Sampled Vital Signs", {}, None),
    ],
    # a270ms: code-field-reproduction-link-among-official (unknown repo, a Chinese deep causal inference reading list,
    # file id 16789849025): "- **代码**: [TensorFlow实现](github…/cfrnet) | [多个复现](github…)": a link whose own text
    # says it is someone else's code (复现, 多个实现 "several implementations", "Unofficial …") is related code, even
    # after a code field's label, which still names the other links the work's own code
    "code-field-reproduction-link-among-official.md": [
        ("Balanced Representations for Counterfactual Outcome Prediction", {"arxiv": "2103.04567"},
         "github.com/example-lab/balanced-cfr"),
        ("Targeted Regularisation for Propensity-Aware Networks", {}, None),
        ("Survival Treatment Effects with Neural Hazard Models", {"arxiv": "2201.07654"},
         "github.com/example-lab/neural-hazard-te"),
    ],
    # a269mr: month-stamped-news-lines (imran980/Multimodal-Vision-Language-Models-in-Medical-Imaging): "## 🔥 Latest
    # Updates" / "- **[2025-01]** Added new RAG systems: MMed-RAG, RULE, …": a link-less line stamped with a month alone
    # (no venue beside it) is a news item, as a day-stamped one is; a month-tagged line that links its work stays a paper
    "month-stamped-news-lines.md": [
        ("ThoraxFM: A Foundation Model for Chest Radiograph Interpretation", {"arxiv": "2411.04321"},
         "github.com/example-lab/thoraxfm"),
        ("Region-Grounded Report Generation with Anatomy Tokens", {"arxiv": "2502.01876"}, None),
        ("Measuring Factual Errors in Generated Chest X-ray Reports", {"doi": "10.1148/ryai.240123"}, None),
        ("Prior-Aware Longitudinal Report Generation for Follow-up Radiographs", {"arxiv": "2410.05555"},
         "github.com/example-lab/prior-rrg"),
    ],
    # a269mr: table-linked-name-beside-short-value-column (imran980/Multimodal-Vision-Language-Models-in-Medical-Imaging):
    # "| Benchmark | Year | Venue | Tasks | Modalities | Scale |" / "| [MIRAGE](arxiv…) | 2023 | arXiv | Medical QA | …":
    # no header names the title column, and the first column of long-enough texts holds one- or two-word values
    # ("Trustworthiness"); a column left of it that links each row by its name names the row's work
    "table-linked-name-beside-short-value-column.md": [
        ("RadQA-Bench", {"arxiv": "2403.11223"}, None),
        ("TrustMed", {"arxiv": "2406.02231"}, None),
        ("DialogCXR", {"arxiv": "2405.17788"}, None),
        ("ReportEval-X", {"arxiv": "2408.09911"}, None),
        ("GroundBench", {"doi": "10.1016/j.media.2024.103344"}, None),
    ],
    # a271mt: tool-url-semicolon-over-quoted-reference (bingy007/scRNA-seq): "- Harmony: https://…/quickstart.html; "
    # / "  > Korsunsky, I., … Fast, sensitive and accurate integration … with Harmony. Nat Methods 16, … (2019).
    # https://doi…": a tool's name and its page, the line closed by the separator of a link list (";", ","), over its
    # whole reference quoted below; the reference is the item's work (a paper titled as the reference titles it),
    # read past the left-over separator
    "tool-url-semicolon-over-quoted-reference.md": [
        ("Fast and faithful integration of single-cell atlases with Mosaic", {"doi": "10.1038/s41592-021-01311-9"},
         None),
        ("Loomweave: batch-aware weaving of single-cell count matrices", {"doi": "10.1186/s13059-022-02677-3"}, None),
        ("Inference of signalling niches from single-cell transcriptomes with NicheLink",
         {"doi": "10.1038/s41467-022-29951-1"}, "github.com/example-lab/nichelink"),
        ("Synapta maps ligand-receptor traffic across tissue sections", {"doi": "10.1038/s41587-022-01544-3"}, None),
    ],
    # a271mt: note-before-initialled-byline-reference (bingy007/scRNA-seq): "- LIANA: a LIgand-receptor ANalysis
    # frAmework: Dimitrov, D., Türei, D., … Comparison of methods … Nat Commun 13, 3224 (2022). https://doi…" /
    # "- Python-based: by integrating it into a reference atlas; Lotfollahi, M., Naghipourfar, M., … Mapping …": a
    # note (a name and its expansion, how the tool is used) closed by a colon or semicolon, right before a Springer
    # Nature byline of initialled surnames; the reference past the note titles the paper, never the note
    "note-before-initialled-byline-reference.md": [
        ("Projecting single-cell queries onto curated reference atlases", {"doi": "10.1038/s41587-022-01123-4"},
         "github.com/example-lab/atlasproj"),
        ("Benchmarking resources for ligand-receptor inference in single-cell data",
         {"doi": "10.1038/s41467-023-39876-1"}, None),
        ("Sparse differential abundance testing on cell neighbourhoods", {"doi": "10.1038/s41592-023-01822-x"},
         "github.com/example-lab/sparda"),
        ("Cellsim: simulating droplet single-cell RNA sequencing counts", {"doi": "10.1186/s13059-023-02931-2"}, None),
    ],
    # a271mt: link-title-dash-name-dash-etal-venue (souryacs/LitRevw): "[A universal SNP and small-indel variant
    # caller using deep neural networks - DeepVariant - Poplin et al. Nat Biotech 2018](nature.com/articles/nbt.4235)":
    # a link's text that is the title, perhaps the method's name, then the first author, "et al.", the venue and
    # perhaps the year, parted by spaced dashes ("TL-PRS: Zhao et al. AJHG 2022" with a colon); the title ends at
    # the dash before the name or the byline
    "link-title-dash-name-dash-etal-venue.md": [
        ("A convolutional caller for small germline variants from read pileups", {"doi": "10.1038/s41587-021-00912-3"},
         None),
        ("Transformer-based phasing of long reads across segmental duplications", {"pmid": "35012345"}, None),
        ("Cross-ancestry polygenic scores with adversarial domain transfer", {"pmid": "36987654"}, None),
        ("Explainable relevance propagation for association studies at biobank scale", {"pmid": "34567890"}, None),
        ("Expression modifier scores from gradient boosted fine-mapping", {"doi": "10.1038/s41467-021-24567-1"}, None),
    ],
    # a274mw: intro-sentence-repository-for-linked-survey (QizhiPei/Awesome-Biomolecule-Language-Cross-Modeling,
    # fahadshamshad/awesome-transformers-in-medical-imaging): the list introduces its own survey in a sentence that
    # links it ("The repository for [Title](arxiv…), including …" / an H1 "This repository complements our survey
    # paper [Title](sciencedirect…), published in …"); the words before the link say the list is that paper's
    # companion, so the link is one paper record titled by its text, with its identifiers; the badges, the issue
    # tracker and the lab homepage of the same intro are none
    "intro-sentence-repository-for-linked-survey.md": [
        ("Language Models for Tissue Imaging: A Survey", {}, None),
        ("Bridging Tissue Images and Clinical Text through Multi-Modal Learning: A Survey", {"arxiv": "2406.04417"},
         None),
        ("PathText: Aligning Whole-Slide Images with Pathology Reports", {"arxiv": "2312.06621"},
         "github.com/example-lab/pathtext"),
        ("SlideChat: An Assistant for Gigapixel Slide Question Answering", {"arxiv": "2403.11877"},
         "github.com/example-lab/slidechat"),
        ("HistoCap: Captioning Histology Patches with Frozen Language Models",
         {"doi": "10.1007/978-3-031-43904-9_21"}, None),
        ("TCGA-Reports: A Machine Readable Pathology Report Resource", {"doi": "10.1016/j.crmeth.2024.100692"},
         "github.com/example-lab/tcga-reports"),
    ],
    # a273mv: stacked-area-tags-before-plain-title (zerong7777-boop/awesome-fmri-encoding-decoding): a list that files a
    # work under several areas writes one bracketed tag per area before its plain title ("[AFFECT] [COG] Spacetop – …"),
    # its links on the line under it; every tag of the run leaves the title, not only the first
    "stacked-area-tags-before-plain-title.md": [
        ("A Multimodal Movie-Watching fMRI Dataset with Physiological Recordings", {"doi": "10.1038/s41597-025-05111-x"},
         "github.com/example-lab/movie-fmri"),
        ("Dense Emotion Annotations for Film-Based fMRI Experiments", {"doi": "10.1038/s41597-024-04222-y"}, None),
        ("Multi-Site Resting-State Imaging of Developmental Disorders Across Scanners", {"arxiv": "2307.01234"},
         "github.com/example-lab/multisite-rest"),
        ("Longitudinal Cohort Imaging for Progression Modeling in Parkinson Disease", {"pmid": "31234567"}, None),
        ("Voxelwise Encoding Models of Natural Language Listening", {"doi": "10.1038/nature17637"},
         "github.com/example-lab/voxelwise-language"),
    ],
    # a273mv: stacked-tags-before-linked-title (Awesome-Image-Registration-Organization/awesome-image-registration):
    # "[C++] [Python] [Java] [**SimpleElastix**](…): …": a run of short tags (the languages a tool is written in) alone
    # before the linked name; the link's text is the title, the run of tags no more a title than one tag is
    "stacked-tags-before-linked-title.md": [
        ("Learning Deformable Registration with Diffeomorphic Flows", {"arxiv": "2104.05678"},
         "github.com/example-lab/diffeoflow"),
        ("Unsupervised Multi-Modal Image Registration via Mutual Information", {"doi": "10.1109/TMI.2021.3076543"}, None),
        ("Population Atlas Construction with Conditional Templates", {"arxiv": "2301.04567"},
         "github.com/example-lab/cond-atlas"),
        ("Learned Landmark Detection for Image Registration", {"arxiv": "2203.04321"}, None),
    ],
    # a275mx: quoted-title-comma-reference (ZivNice/Stain-Normalization-method-Summary): '“HistoQC：用于…的开源质量控制工具”，
    # Janowczyk A.，Zuo R.，…，JCO临床癌症信息学，2019' — a GB/T-like reference, its quoted title first, then authors,
    # venue and year each closed by a (full-width) comma: the quoted text is the title, the Latin names the byline, a
    # CJK name after them the translated venue; under a tool's heading, after the gloss that links its code, the
    # reference names the tool's paper (its code), and a link-less reference paragraph after it is a work of its own
    "quoted-title-comma-reference.md": [
        ("GlandCheck：用于腺体切片的开源质量检查工具", {}, "github.com/example-lab/glandcheck"),
        ("腺体切片质量控制工具在多中心队列中的评估", {}, None),
        ("TissueLint: An Open Tool for Detecting Artefacts in Stained Slides", {"doi": "10.4103/jpi.jpi_41_20"},
         "github.com/example-lab/tissuelint"),
        ("基于深度特征的染色切片伪影检测方法", {}, None),
        ("Robust Fold Detection in Whole Slide Images with Weak Labels", {}, None),
    ],
    # a276my: numbered-byline-or-glued-initials-beside-linked-title (opendilab/awesome-AI-based-protein-design,
    # wenwenyu/paper-notes): "[1] Wang, Jue, et al. [\"Title.\" Science 377.6604 (2022): 387-394.](…)": the byline a
    # numbered bibliography writes before its linked reference, behind its "[1]"; "[Title](notes…) T.Root (2017)": an
    # initial glued to its surname before the year. Both are the authors (never the venue, never left as prose)
    "numbered-byline-or-glued-initials-beside-linked-title.md": [
        ("RetinaAtlas", {}, None),
        ("Sparse Vessel Graphs for Fundus Images", {"arxiv": "2103.04512"}, None),
        ("Diffusion scaffolding of metal-binding sites in small proteins", {"doi": "10.1126/science.adk1234"}, None),
        ("Learned rotamer energies for antibody loop packing", {"doi": "10.1038/s41586-023-06123-4"}, None),
    ],
    # a278na: schemeless-doi-address-closing-reference (ZivNice/Stain-Normalization-method-Summary): a plain-text
    # reference closing with its DOI as a resolver address without a scheme ("IEEE ISBI. 2019. dx.doi.org/10.1109/…");
    # Markdown links no such address, and the path's "/" hid the DOI from the prose scan: the DOI is the work's (and
    # "dx.doi.org" is no part of the venue); "gloss， 中文标题，M Macenko，…，IEEE ISBI，2009。dx.doi.org/…" under code
    # links: a translated title unquoted in its own comma clause before a Latin byline is the reference's title
    "schemeless-doi-address-closing-reference.md": [
        ("Adaptive stain vector estimation for whole slide images", {"doi": "10.1109/isbi.2019.8759312"},
         "github.com/example-lab/stain-vectors"),
        ("Contrastive colour transfer between scanner domains", {"doi": "10.1016/j.media.2021.102087"},
         "github.com/example-lab/colour-transfer"),
        ("Sparse dictionary deconvolution of haematoxylin and eosin", {"doi": "10.1109/tmi.2020.2971240"},
         "github.com/example-lab/sparse-deconv"),
        # a Chinese list's paragraph under its code links: a gloss, then the translated title unquoted in a clause of
        # its own, the Latin initialled byline, venue and year, all joined by full-width commas
        ("一种用于估计染色基向量的稀疏字典方法", {"doi": "10.1109/isbi.2015.7163942"}, "github.com/example-lab/stain-basis"),
        ("基于特征点的全切片图像快速配准方法", {"doi": "10.1016/j.media.2018.03.004"}, "github.com/example-lab/slide-align"),
    ],
    # a280nc: short-author-venue-year-citations-dot-separated (unknown/mammography-report-audit-plan-pt, a thesis
    # plan's "Referências essenciais"): "DeLong et al., *Biometrics* 44(3):837–845, 1988 · Landis & Koch, *Biometrics*
    # 33(1):159–174, 1977" — several title-less citations on one link-less line, each a byline, a venue, its numbers
    # and a year, parted by "·", ";" or "•": one work per citation, titled by its author-year label ("DeLong et al.
    # 1988", in OPTIONAL and EXACT_TITLES: a label is no title the text writes), never by a venue, numbers and the
    # next byline run together; the linked works around them stay as they were
    "short-author-venue-year-citations-dot-separated.md": [
        ("Calibration Curves Reconsidered", {"doi": "10.1038/s41592-023-01876-2"}, None),
        ("ReportCheck", {"arxiv": "2406.04512"}, "github.com/example-lab/reportcheck"),
        ("Reader agreement in screening mammography: a reappraisal", {"doi": "10.1007/s13244-018-0612-4"}, None),
    ],
    # a277mz: resource-name-dash-gloss-over-venue-links (zerong7777-boop/awesome-fmri-encoding-decoding): "[AFFECT]
    # [COG] Spacetop – multimodal fMRI dataset with >100 participants, ….  " / "[[Scientific Data 2025](…)] [[OpenNeuro
    # …](…)]": an unmarked data set's name (its area tags before it), a spaced en dash, then a sentence about it closed
    # by its full stop, over the line of its paper and data links; the rule reads the name as the title and the
    # sentence as the description, and leaves a title's own subtitle ("X – a Review of …", "X – A Voxelwise Study",
    # a bold "**Title – dataset**") whole
    "resource-name-dash-gloss-over-venue-links.md": [
        ("Cortical Signal Decoding – a Review of Methods for Naturalistic Stimuli",
         {"doi": "10.1016/j.neuroimage.2023.120311"}, "github.com/example-lab/decoding-review"),
        ("Retinotopic Scenes Dataset (RSD)", {"doi": "10.1038/s41597-022-01587-3"}, None),
        ("Moodreel", {"doi": "10.1038/s41597-024-03815-2"}, "github.com/example-lab/moodreel"),
        ("CHILD I / II (Cortical Health In Longitudinal Development)", {"pmcid": "PMC8123456"}, None),
        ("Spoken narrative fMRI collection for voxelwise encoding models", {"doi": "10.1038/s41597-023-02519-6"},
         "github.com/example-lab/narrative-fmri"),
        ("Auditory Scenes Corpus", {"doi": "10.7554/elife.67521"}, None),
        ("Semantic Maps of Spoken Language – A Voxelwise Study", {"doi": "10.1038/nature17637"}, None),
    ],
    # a279nb: reader-note-short-title-beside-pdf-label (wenwenyu/paper-notes README.md): a paper-notes list links each
    # title to the reader's own note on it, then a byline, a year and "[[pdf]]"/"[[paper]]" to the article; the rule
    # reads the labelled scholarly link after the note, not the title's word count: a two- or three-word title ("Faster
    # Retinal Graphs") or a one-word name ("OCTNet") so written is the paper, not a site named by a short name
    "reader-note-short-title-beside-pdf-label.md": [
        ("Faster Retinal Graphs", {"arxiv": "1705.04412"}, None),
        ("Vessel Tracing Revisited", {"doi": "10.1016/j.media.2019.101563"}, None),
        ("OCTNet", {"pmcid": "PMC6045321"}, None),
        ("Sparse Dropout", {"arxiv": "1609.07731"}, "github.com/example-lab/sparse-dropout"),
        ("Calibrated Ensembles for Fundus Grading", {"arxiv": "2004.05521"}, None),
    ],
    # a281nd: stacked-tag-paragraphs-under-notes (Awesome-Image-Registration-Organization/awesome-image-registration):
    # "[C++] [Python] [Java] [R] … [**Name**](…): long description" paragraphs, a prose note paragraph under some: a
    # paragraph opening with two or more short bracketed tags then a named link is an item of its own (the tags only
    # label it), not more prose of the record above
    "stacked-tag-paragraphs-under-notes.md": [
        ("Learning Deformable Registration with Diffeomorphic Flows", {"arxiv": "2104.05678"}, None),
        ("Unsupervised Multi-Modal Image Registration via Mutual Information", {"doi": "10.1109/TMI.2021.3076543"},
         "github.com/example-lab/mi-reg"),
        ("Population Atlas Construction with Conditional Templates", {"arxiv": "2301.04567"},
         "github.com/example-lab/cond-atlas"),
        ("Learned Landmark Detection for Image Registration", {"arxiv": "2203.04321"}, None),
        ("Symmetric Groupwise Registration of Brain MRI", {"doi": "10.1016/j.media.2020.101817"}, None),
    ],
    # a282ne: bold-title-glued-venue-year-card (NeuSpeech/awesome-brain-decoding): "**Title**<br>" / "*Authors*<br>" /
    # "CVPR2023." / "[[PDF](CVPR2023)]" / "[[Code](github…)]": a bold-titled card whose venue line glues the venue's
    # acronym to its year and whose PDF link is a broken relative one; the rule reads the glued line as the card's
    # venue and year (``classify.glued_venue_year``), so the card is the paper and its [[Code]] the paper's own code
    "bold-title-glued-venue-year-card.md": [
        ("Masked Cortical Priors for Diffusion-based Scene Reconstruction", {}, "github.com/example-lab/cortical-priors"),
        ("Decoding Natural Movies from Visual Cortex with Temporal Adapters", {}, "github.com/example-lab/movie-adapters"),
        ("Semantic Captions from Brain Activity with Frozen Language Models", {"arxiv": "2306.11871"}, None),
        ("Contrastive Visual Embeddings for Scalp Recordings of Object Viewing", {}, "github.com/example-lab/scalp-objects"),
    ],    # a291nn: arxiv-or-doi-column-bare-ids (fsy2004/MetaWingman research/literature-review-2026/paper-list.md):
    # "| # | Paper | Venue | arXiv/DOI | Status |" whose cells hold a bare "2408.06292" or a "10.…" DOI (or "TBD"):
    # a header naming arXiv or a DOI says a bare new-style number is an arXiv id, as an "arXiv" header alone does
    "arxiv-or-doi-column-bare-ids.md": [
        ("Criterion-Level Abstract Screening with Abstaining Language Models", {"arxiv": "2503.14207"}, None),
        ("Source-Anchored Outcome Extraction for Meta-Analysis", {"doi": "10.1016/j.jclinepi.2024.111402"}, None),
        ("Living Review Updates by Active Retrieval", {"arxiv": "2411.08263"}, None),
        ("Risk-of-Bias Dossiers from Trial Reports", {}, None),
        ("Deduplicating Trial Reports Across Registries", {"arxiv": "2309.11745"}, None),
    ],    # a291nn: numbered-rows-empty-header-byline-links (WojciechKusa/systematic-review-datasets): a table whose first
    # column, under an empty header, numbers its rows ("|     10 | [Parmar (2021)](…pdf) |"); a row number names no
    # work (``tables._row_number``), so from the tenth row on the row's byline link still names its paper, not "10"
    "numbered-rows-empty-header-byline-links.md": [
        ("Okafor et al.", {"doi": "10.1016/j.jbi.2014.03.011"}, None),
        ("Lindqvist et al.", {"doi": "10.1186/s13643-016-0317-2"}, None),
        ("Haddad et al.", {"doi": "10.1145/3331184.3331402"}, None),
        ("Moreau", {}, None),
        ("Tanaka et al.", {"doi": "10.1007/978-3-031-04112-9_21"}, None),
    ],
    # a286ni: dated-name-home-first-link-row (dzyim/single-cell-models): "- **limma (2003).** [[Home]](site)
    # [[Article]](sciencedirect…) [[Bioconductor]](…)": a model zoo's dated bold name, then a row of labelled links
    # whose first is the home page; the rule reads the link the list labels the article as what the line cites, as
    # it does where [[Article]] comes first (a dated name with no article link stays the tool)
    "dated-name-home-first-link-row.md": [
        ("cellmix", {}, None),
        ("BatchAlign", {"doi": "10.1038/s41592-019-0612-3"}, "github.com/example-lab/batchalign"),
        ("Tessera v3", {"doi": "10.1101/2021.03.14.435201"}, "github.com/example-lab/tessera"),
        ("NeighborMatch", {"doi": "10.1038/nbt.4077"}, "github.com/example-lab/neighbormatch"),
    ],
    # a287nj: venue-tagged-byline-over-quoted-title (cxliu0/Noisy-Labels-in-Computer-Vision): '* [**ICCV 2023**]
    # **SSD-Det**: Di Wu, …, Jianbin Jiao.  ' / '  "Title."' / "[[paper]](…)" / "[[code]](…)": each record's first
    # line is its byline opened by a bracketed venue tag (and the method's short name and colon), the quoted title on
    # the next line; the rule reads the tagged line as the byline (``blocks.tagged_byline``), so the quoted
    # line titles the work and the [[code]] is that work's
    "venue-tagged-byline-over-quoted-title.md": [
        ("Robust Lesion Detection under Imprecise Bounding Box Annotations", {"arxiv": "2307.14482"},
         "github.com/example-lab/noisybox"),
        ("Calibrating Nodule Detectors Trained on Crowd-Sourced Labels", {"arxiv": "2309.01733"}, None),
        ("Co-Teaching Segmentation Networks with Disagreeing Annotators", {"doi": "10.1109/tmi.2022.3145678"},
         "github.com/example-lab/colab-seg"),
        ("Label Noise Estimation for Histopathology Patch Classifiers", {}, None),
        ("Learning Chest X-ray Findings from Report-Mined Labels", {"arxiv": "2201.05512"}, None),
    ],
    # a285nh: survey-topics-covered-over-linked-tables (kishaaa8/VLM-Medical-Survey): a survey companion README opens
    # with "## 🧠 Topics Covered" / "- Parameter Efficient Fine Tuning (PEFT)" / "- Clinical Decision Support Systems",
    # the survey's subjects in title case, before its tables of linked papers; the rule reads a "Topics Covered"
    # heading as a topic section (``headings.is_topic_section``), whose link-less lines are never references
    "survey-topics-covered-over-linked-tables.md": [
        ("RetiFound: A Foundation Model for Retinal Images", {"arxiv": "2309.11204"}, None),
        ("FundusCLIP: Contrastive Language-Image Pretraining for Fundus Photographs", {"arxiv": "2402.05517"}, None),
        ("OCT-Adapter: Low Rank Adapters for Volumetric OCT", {"arxiv": "2405.13302"}, None),
        ("Masked Autoencoders for Widefield Retinal Imaging", {"arxiv": "2211.08761"}, None),
    ],
    # a285nh: table-technique-authors-year-link (kishaaa8/VLM-Medical-Survey): "| Technique | Authors | Year | Link |" /
    # "| RLHF | Ouyang et al. | 2022 | https://arxiv.org/abs/… |": no header names the title column and the names are
    # short, so the first long column, the bylines, titled each paper "Ouyang et al."; the rule never takes a column
    # whose header names people (``tables._people_columns``) for the title column
    "table-technique-authors-year-link.md": [
        ("RLCF", {"arxiv": "2204.05862"}, None),
        ("QLoRA-Med", {"arxiv": "2306.14125"}, None),
        ("DPO-Clin", {"arxiv": "2401.06011"}, None),
        ("ReFT", {"arxiv": "2404.03592"}, None),
    ],
    # a288nk: numbered-heading-emphasised-title-pointer-link (YongliangMiao/-m-llms-paper-reading): "### 1.1 (2024 ACL
    # Findings)&nbsp;&nbsp;*Title*   [link](arxiv…)": a reading note's numbered heading, its venue tag, the italic title
    # and a bare pointer link ("link", "url"); the pointer's word is the link's, no part of the title
    "numbered-heading-emphasised-title-pointer-link.md": [
        ("MedInstruct-Lite: Small Instruction Sets for Clinical Question Answering", {"arxiv": "2405.11872"}, None),
        ("Prompted Triage: In-Context Examples for Emergency Department Notes", {"arxiv": "2403.06215"}, None),
        ("Aligning Clinical Assistants with Physician Preference Pairs", {"arxiv": "2502.17734"},
         "github.com/example-lab/physician-pairs"),
        ("Reward Models That Read Guidelines", {"doi": "10.5555/3737916.3738120"}, None),
    ],
    # a289nl: group-bullet-name-colon-title-with-and-etal (Yutong-Zhou-cv/Awesome-Transformer-in-CV): "* **Basic**" /
    # "    * (ICLR 2021) **DeLighT: Deep and Light-weight Transformer**, Sachin Mehta et al. [[Paper](…)] [[Code](…)]":
    # a bold group bullet over one "Name: Title, Surname et al." work whose title has an "and"; the rule reads the
    # lone "Name et al." after the last comma as the byline, so the "and" in the title no longer makes the value read
    # as names (a field of the group, titled "Basic"): the sub-bullet is the work
    "group-bullet-name-colon-title-with-and-etal.md": [
        ("LiteFormer: Deep and Narrow Attention Blocks", {"arxiv": "2103.04512"}, "github.com/example-lab/liteformer"),
        ("HashViT: Hashing and Retrieval Heads", {"arxiv": "2105.01234"}, "github.com/example-lab/hashvit"),
        ("DualGen: Two Generators and One Critic", {"arxiv": "2102.05678"}, None),
        ("TrackFormer Lite: Online Tracking with Transformers", {"arxiv": "2105.07890"},
         "github.com/example-lab/trackformer-lite"),
        ("PoseTrack Mixer: Joint Keypoints and Boxes", {"arxiv": "2105.07123"}, None),
    ],
    # a289nl: venue-tag-linking-workshop-before-bold-title (Yutong-Zhou-cv/Awesome-Transformer-in-CV): "* (CVPR 2021
    # [AI for Content Creation Workshop](…)) **Title**, Author et al. [[Paper](…)]": the opening venue-and-year tag
    # links the workshop's page; the rule reads the line past that link (``parse._past_linked_venue_tag``), so the
    # bold title titles the work and its [[Paper]] is the first link, as on the lines whose tag links nothing
    "venue-tag-linking-workshop-before-bold-title.md": [
        ("Patch Mixing Transformers for Image Denoising", {"arxiv": "2104.05511"}, "github.com/example-lab/patch-mixing"),
        ("Window Attention for Super-Resolution of Retinal Scans", {"arxiv": "2108.01234"}, None),
        ("Perceptual Quality Scoring with Transformers", {"arxiv": "2104.14731"}, "github.com/example-lab/pqs-transformer"),
        ("Slice Attention for Low-Dose CT Restoration", {"doi": "10.1007/978-3-030-87231-1_12"}, None),
        ("Masked Token Inpainting for Fundus Photographs", {"arxiv": "2106.04321"}, "github.com/example-lab/token-inpaint"),
    ],
    # a283nf: short-name-heading-bold-title-implementation-before-address (lindan1128/Awesome-Medical-Image-Analysis):
    # "### VGG" / "**Very Deep … Recognition.**" / authors / "- pdf: [url](url)" / "- code: [official : url](url)" /
    # "- code: [unofficial-keras : url](url)" / "- code: [torchvision : url](url)": the bold line under a short-name
    # heading is the work's title, and each code link names whose implementation it is before its written-out
    # address; where the list calls some "official" and others "unofficial", only the official one is the paper's code
    "short-name-heading-bold-title-implementation-before-address.md": [
        ("Lesion-Aware Residual Networks for Chest Radiograph Triage", {"arxiv": "2103.04417"},
         "github.com/example-lab/lesnet"),
        ("Fundus Image Grading with Multi-Scale Attention", {"arxiv": "2007.01234"}, None),
        ("Densely Connected Decoders for Organ Segmentation", {"arxiv": "1911.05522"}, "github.com/example-lab/DenseSeg"),
        ("Genetic Priors", {"arxiv": "1703.05513"}, None),
    ],
    # a283nf: name-year-heading-card-links-field (walid798/llms-in-medicine papers/multimodal.md): "### R2GenGPT (2023)"
    # over "- **Authors:** …" / "- **Venue:** …" / "- **Model:** …" / "- **Links:** [Paper](…) · [Code](…)": a method
    # card whose paper and code sit in one generic "Links:" field; the links' own texts name their roles, so the card
    # is the heading's work with that paper link and code, as a "Paper:" field makes it
    "name-year-heading-card-links-field.md": [
        ("ChestWriter", {}, "github.com/example-lab/ChestWriter"),
        ("GroundRep", {"arxiv": "2405.01234"}, None),
        ("SlideQA", {"doi": "10.1038/s41467-024-51234-5"}, "github.com/example-lab/SlideQA"),
        ("PromptVQA", {}, None),
    ],
    # a284ng: month-day-date-after-bold-title-byline (AIM-Research-Lab/Awesome-AI-Agents-Medicine): "**Title** *A, B.*
    # arXiv. Sep 12, 2024. [[Paper]](…)", "… *A, B, et al.* TechRxiv. September 08, 2025. …": a bold title, the italic
    # byline closed by a stop, then the venue and a date (whole or only the year); the rule reads the byline and the
    # dated tail as the trailer (``inline._byline_then_dated_tail``), never a run-on of the title
    "month-day-date-after-bold-title-byline.md": [
        ("Language Agents at the Bedside: A Scoping Review of Clinical Deployments", {"arxiv": "2509.06612"}, None),
        ("Tool-Using Models for Radiology Workflows: Promise and Pitfalls", {"doi": "10.1101/2024.03.01.24303456"}, None),
        ("Triage Copilot: Planning Emergency Department Orders with Retrieval Agents", {"arxiv": "2409.07781"},
         "github.com/example-lab/triage-copilot"),
        ("Ward Round Simulators for Multi-Agent Clinical Reasoning", {"doi": "10.1038/s42256-024-00912-4"}, None),
        ("Discharge Letter Drafting with Self-Checking Language Agents", {"arxiv": "2501.11234"},
         "github.com/example-lab/discharge-agent"),
    ],
    # a290nm: bold-nickname-emphasised-title-code-venue (yuzhimanhua/Awesome-Scientific-Language-Models): "- **(MolT5)**
    # _Translation between Molecules and Natural Language_ ```EMNLP 2022```     " / "[[Paper](…)] [[GitHub](…)]": a bold
    # nickname, the title set wholly in emphasis, the venue and year as a code span, the labelled links on the next line;
    # the rule (``blocks.nicknamed_emphasised_title``) reads the emphasised run as the title, the nickname as a note and
    # the code span as the venue tag, never all three as one title (nor the emphasised title as a byline)
    "bold-nickname-emphasised-title-code-venue.md": [
        ("MolWeave: Weaving Molecule Graphs into Language Model Pretraining", {"arxiv": "2210.04471"},
         "github.com/example-lab/molweave"),
        ("Reaction Outcome Prediction with Sequence-to-Sequence Chemical Language Models",
         {"doi": "10.1038/s42256-023-00655-1"}, "github.com/example-lab/rxnlm"),
        ("Polymer Property Prediction from Monomer Strings", {"arxiv": "2305.11842"}, None),
        ("Token Mixing Networks for Molecular Property Prediction", {"doi": "10.1021/acs.jcim.2c00981"},
         "github.com/example-lab/smiles-mixer"),
        ("Crystal Structure Generation as Text with Fine-Tuned Language Models", {}, "github.com/example-lab/chemcrystal"),
    ],
    # a295nr: course-journal-club-logistics-sections (fmfi-compbio/mbi): a course's journal-club page lists its papers
    # ("**Paper 1** Authors, 2022. Title. Journal. <https://doi.org/…>"), then its rules under "## Group meeting",
    # "## Presentation", "## Grading": those sections' link-less sentences are logistics, never references
    "course-journal-club-logistics-sections.md": [
        ("Sparse alignment of long reads to pangenome graphs", {"doi": "10.1038/s41592-022-01432-1"}, None),
        ("Fast clustering of metagenomic protein families", {"doi": "10.1093/bioinformatics/btab117"}, None),
        ("Phylogenetic placement of viral contigs at scale", {"doi": "10.1371/journal.pone.0281234"}, None),
    ],
    # a295nr: journal-club-title-field-sessions (NCI-DCEG/bioinformatics_journal_club): "#### Meeting 24-03-13" /
    # "- Title: …" / "- Authors: …" / "- Link: …" / "- Presenter: …": each session a record of fields; a session that
    # gives only its title and presenter, among sessions whose records cite their papers, presents one more paper
    "journal-club-title-field-sessions.md": [
        ("Haplotype-aware imputation of structural variants in admixed cohorts", {"doi": "10.1038/s41588-023-01611-9"},
         None),
        ("Cell-type deconvolution of bulk methylation profiles with reference atlases", {"arxiv": "2311.04517"}, None),
        ("Germline risk variants shape somatic mutational signatures in lung tumours of never-smokers", {}, None),
        ("Multi-ancestry fine-mapping of expression quantitative trait loci in lung tissue",
         {"doi": "10.1038/s41467-024-45210-3"}, None),
        ("Leveraging chromatin contact maps for target gene prioritisation in GWAS loci", {}, None),
    ],
    # a296ns: bold-title-over-author-list-year-byline (largeapp/Brain-Image-Analysis): "1. **Title**" / "   - *Adrien
    # Payan and Giovanni Montana* 2015." / "   - 数据：sMRI": a bold title over a sub-bullet naming two or more authors
    # and then the year alone, no venue; the rule reads such a line (an author list, one name at least a person's full
    # name, closed by a year) as the title's byline, so the item is the paper, not a note with a description
    "bold-title-over-author-list-year-byline.md": [
        ("Hippocampal Subfield Atlases for Early Alzheimer's Staging", {}, None),
        ("Cortical Thinning Maps Predict Conversion from Mild Cognitive Impairment", {}, None),
        ("Skull Stripping with Lightweight 3D Networks", {}, None),
        ("Nigral Iron Mapping for Parkinson's Disease Classification", {}, None),
        ("Graph Kernels over Structural Connectomes in Early Parkinson's Disease", {"arxiv": "2003.04417"}, None),
    ],
    # a292no: bold-paper-id-label-dash-emphasised-title (unknown repository, an arXiv oncology review, kin of
    # astinard/hybrid-reasoning-acute-care): each work opens its notes with a link-less line whose bold lead gives its
    # arXiv id behind an "ID:" label, then a dash and the emphasised title ("**Paper ID: 2206.01088v2** - *Title*"),
    # over bullets of bold-labelled notes, several works to a section; the rule reads such a line as the work's entry,
    # titled by what follows the dash, its id from the label (a label holding no arXiv-shaped id makes none)
    "bold-paper-id-label-dash-emphasised-title.md": [
        ("Contrastive Pretraining for Portable Chest Radiographs", {"arxiv": "2207.04417"}, None),
        ("Nodule Candidate Ranking with Sparse 3D Attention", {"arxiv": "1910.11873"}, None),
        ("Weak Labels for Pancreatic Lesion Screening on CT", {"arxiv": "2403.07719"}, None),
        ("Uncertainty-Aware Liver Segmentation for Transplant Planning", {"arxiv": "2111.02566"}, None),
    ],
    # a297nt: venue-year-info-column-table (awesome-physics/awesome-neural-physics): "|Name|Info|Link|Label|" /
    # "|**Title**| TOG 2015| [Link](project page or github) | ![][~fluid]": a table headed by generic words whose
    # second column holds, row after row, only a venue's acronym and a year; the rule reads such a column as the
    # rows' venue (``tables.venue_year_columns``), so a row titled like a paper is that paper, its github link its code
    "venue-year-info-column-table.md": [
        ("Neural surrogates for patient-specific aortic flow", {}, None),
        ("Graph networks for coronary pressure drop estimation", {}, "github.com/example-lab/coronary-gnn"),
        ("Differentiable lumped-parameter models of the circulation", {"doi": "10.1016/j.media.2023.102871"}, None),
        ("Learning cardiac electromechanics from sparse imaging data", {}, None),
        ("Operator learning for pulsatile blood flow in stenosed arteries", {}, None),
        ("Physics-informed digital twins of the left ventricle", {}, "github.com/example-lab/lv-twin"),
    ],
    # a293np: details-summary-with-commented-fields (czifan/Multimodal-Medicine-AI): "<details>" / "<summary>[Jun. 2022]
    # <b>Title</b></summary>" / "[Paper](…)" / "[Code](…)" / "<!-- - **Journal:** … -->" / field list / "</details>": a
    # paper's fold holding an HTML comment (a curator's fields commented out) is still one paper's digest; the rule
    # skips a block that is one comment and nothing else, so the fold's paper and its code are read
    "details-summary-with-commented-fields.md": [
        ("Cross-attention fusion of histology and transcriptomes for glioma survival", {"doi": "10.1038/s43018-023-00512-7"},
         "github.com/example-lab/glioma-xattn"),
        ("Graph-based integration of copy number and slide features for renal cancer prognosis", {"arxiv": "2211.04871"},
         None),
        ("Missing-modality robust survival modelling with pathway tokens", {"pmid": "34159872"},
         "github.com/example-lab/pathway-tokens"),
        ("Radiogenomic risk scores for hepatocellular carcinoma after resection", {"doi": "10.1016/j.ebiom.2020.102671"},
         None),
    ],
    # a293np: details-summary-bold-title-italic-venue (czifan/Multimodal-Medicine-AI): "<summary>[Jan. 2020] <b>Title</b>,
    # <i>Venue</i></summary>" with the paper's links inside the fold: the summary's italics are kept as emphasis, and on
    # a line with no link a bold title after the date tag, closed by nothing but an emphasised venue, is the title
    "details-summary-bold-title-italic-venue.md": [
        ("Integrating radiology and pathology to predict immunotherapy response in advanced melanoma",
         {"doi": "10.1038/s43018-023-00601-2"}, "github.com/example-lab/melanoma-io"),
        ("Hierarchical attention over slides and mutations for survival analysis", {"pmid": "33691011"},
         "github.com/example-lab/hier-surv"),
        ("Trajectory forecasting of knee degeneration from radiographs and clinical records", {},
         "github.com/example-lab/knee-trajectory"),
        ("Contrastive alignment of reports and chest radiographs across languages", {"arxiv": "2205.07723"}, None),
    ],
    # a293np: doi-prefix-as-url-host (rendeirolab/lab-manual manual/source/learning.md): "Chen et al. Title Cancer Cell
    # (2022), https://10.1016/j.ccell.2022.07.004": a doi.org link with the resolver's name left out, the DOI's prefix
    # standing as the host; the rule (``ids.doi_from_url``) reads a host that is a DOI prefix as the DOI's start
    "doi-prefix-as-url-host.md": [
        ("Near-cellular spatial transcriptomics with barcoded bead arrays", {"doi": "10.1038/s41587-021-00830-1"}, None),
        ("Multiplexed protein imaging in archival tissue sections", {"doi": "10.1038/s41592-020-01033-y"}, None),
        ("Pan-tumour integration of slides and mutation profiles via multimodal deep learning",
         {"doi": "10.1016/j.ccell.2023.05.011"}, None),
        ("Self-supervised slide embeddings for rare tumour retrieval", {"doi": "10.1101/2023.04.18.537211"}, None),
        ("Weakly supervised subtyping of kidney tumours on whole-slide images", {"doi": "10.1038/s41551-021-00707-9"}, None),
    ],
    # a298nu: topic-bullet-over-named-links-with-colon-titles (kuixu/awesome-cryoem): "* 3D Classification" / "    *
    # [Relion](…) - A Bayesian approach …" / "    * [cryoSPARC](nature…) - cryoSPARC: algorithms for …": a link-less
    # topic bullet over sub-bullets that each open with a named link and a dash; a colon after the dash belongs to
    # the description (a work's "Name: subtitle" title), no "label: value" field, so the sub-bullets stay works
    "topic-bullet-over-named-links-with-colon-titles.md": [
        ("TomoPick", {"arxiv": "2107.04411"}, None),
        ("HetNet: Mapping Conformational Heterogeneity in Cryo-EM Maps", {"doi": "10.1038/s41592-021-01220-5"}, None),
        ("SubClass: Unsupervised Subtomogram Classification with Contrastive Embeddings", {"arxiv": "2203.11862"}, None),
        ("Beam-induced drift correction with learned priors", {"doi": "10.1016/j.jsb.2020.107601"}, None),
    ],
    # a294nq: paren-method-name-before-linked-title (GZWQ/Awesome-Long-Tailed): "(BLMS) [Title](papers.nips.cc/…)
    # (NIPS 2020) [code](github…)", one paragraph a paper: the method's short name in brackets leads the linked title,
    # as "Shap: [Title](…)" does; the paragraph is an item, the link's text its title (not glued to the paper before)
    "paren-method-name-before-linked-title.md": [
        ("FocalMed: Focal Reweighting for Rare Findings in Chest Radiographs", {"arxiv": "2201.07731"},
         "github.com/example-lab/focalmed"),
        ("Tail-Balanced Softmax for Dermoscopy Classification", {}, "github.com/example-lab/tailbal"),
        ("Class-Aware Margins for Imbalanced Retinal Grading", {"arxiv": "2203.11842"}, "github.com/example-lab/camargin"),
        ("Meta-Reweighting for Noisy Rare Labels", {"arxiv": "2109.03316"}, "github.com/example-lab/metarw"),
        ("MixRare: Rare-Class Mixup for Histopathology Patches", {"arxiv": "2304.05517"}, "github.com/example-lab/mixrare"),
        ("Shifting Head Features Toward Rare Pathologies", {}, None),
        ("Feature Hallucination for Tail Lesions", {"arxiv": "2008.04412"}, None),
        ("Two-Branch Networks with Cumulative Rebalancing for Ultrasound", {"arxiv": "1912.05521"},
         "github.com/example-lab/twobranch"),
    ],
    # a294nq: bold-title-venue-year-citation-count (ZhiningLiu1998/awesome-imbalanced-learning): "**Title (IEEE TKDE,
    # 2009, 6000+ citations) [[**Paper**](…)]**": the bracket closing the title gives venue, year and citation count;
    # it dates and places the work, no part of its title
    "bold-title-venue-year-citation-count.md": [
        ("Learning from skewed clinical labels", {"doi": "10.1109/tkde.2011.112"}, None),
        ("Rare disease classification: open problems", {}, None),
        ("Balanced Bagging for Screening Cohorts", {"arxiv": "2101.04417"}, "github.com/example-lab/balanced-bagging"),
        ("MinorityBoost", {}, None),
        ("CostNet: Cost-Sensitive Networks for Triage", {"arxiv": "2010.07713"}, "github.com/example-lab/costnet"),
    ],
    # a300nw: field-record-studies-then-bare-findings (dbaldridge-lab/awesome-vep resources/comparison_studies.md):
    # "### Ioannidis et al. (2016)" over "- **Title**: "REVEL: …"" / "- **Journal**: …" / "- **DOI**: 10.1016/…":
    # each work a record of labelled fields, its DOI as text (no link); the list shows how it cites a work, so its
    # bare bold bullets elsewhere ("1. **Positive Predictive Value (PPV)**", "- **Training data overlap** can
    # inflate …"), with neither a year nor a venue, are metrics and findings, not link-less references
    "field-record-studies-then-bare-findings.md": [
        ("A Systematic Comparison of Splice-Altering Variant Predictors on Minigene Assays",
         {"doi": "10.1002/humu.23871"}, None),
        ("Calibrating Splicing Scores for Clinical Variant Classification", {"doi": "10.1186/s13073-021-00912-4"}, None),
        ("Transformer Models of Pre-mRNA Splicing Predict Cryptic Exon Activation",
         {"doi": "10.1016/j.ajhg.2022.04.011"}, None),
        ("Deep Splicing Models Under Distribution Shift Across Tissues", {"doi": "10.1038/s41467-023-40512-9"}, None),
    ],
    # a302ny: numbered-heading-emoji-field-card (riotofbug/dynamic-3dgs-papers, Awesome3DGS/3D-Gaussian-Splatting-Papers):
    # "#### [2] Title" over "- **🧑🔬 作者**：…" / "- **🏫 单位**：…" / "- **🔗 链接**：[[中英摘要](./abs/…)] [[arXiv:…](…)]
    # [[Code](…)]" / "- **📝 说明**：…": a numbered heading over a card of emoji-worn field labels; the link field's
    # label ("🔗 链接", "🔗 Links") is a field of links whatever emoji it wears, so the heading titles the work
    "numbered-heading-emoji-field-card.md": [
        ("Deformable Tissue Splatting for Stereo Endoscopic Video Reconstruction", {"arxiv": "2406.01234"},
         "github.com/example-lab/DTSplat"),
        ("Streaming Gaussian Fields for Long Laparoscopic Sequences", {"arxiv": "2409.05678"}, None),
        ("Monocular Depth Priors for Dynamic Surgical Scene Rendering", {"arxiv": "2410.09876"}, None),
        ("Compact Spatiotemporal Gaussians for Colonoscopy Mapping", {"arxiv": "2411.04321"},
         "github.com/example-lab/CompactColon"),
    ],
    # a301nx: coded-heading-record-long-note-labels (unknown/btp-covid-audio plan, id56247283523): "## B1. Title" over
    # "- Source/year: …" / "- Link: …" / "- DOI: https://doi.org/…" / "- Role: …" / "- Why it is ideal for our
    # project:" + sub-bullets: a planning note's paper record whose note fields are named in more words than a
    # "label: value" label may have; a short link-less line closing on a colon over its sub-list is still one of
    # the record's fields, so the heading is the work and the Link/DOI/arXiv/Code fields its links
    "coded-heading-record-long-note-labels.md": [
        ("Wheeze-Aware Contrastive Pretraining for Smartphone Cough Screening", {"doi": "10.2196/51234"}, None),
        ("Breath Sound Transformers for Remote Asthma Monitoring",
         {"arxiv": "2304.05521", "doi": "10.1109/jbhi.2023.3301234"}, None),
        ("A Multicentre Corpus of Paediatric Lung Sounds", {"doi": "10.1038/s41597-022-01567-8"}, None),
        ("Voice Tremor Features for Early Parkinsonism Screening", {"pmcid": "PMC8012345"},
         "github.com/example-lab/voice-tremor"),
    ],
    # a305ob: short-name-dash-etal-byline-doi-field (khan-lab/onboarding): "Name – Surname et al., _Venue_ Year" over
    # a "DOI: [doi](…)" line: a method's short name before a spaced dash and a first-author "et al." byline is the
    # title, the byline its author, however short the name (the line dates the work by its venue and year)
    "short-name-dash-etal-byline-doi-field.md": [
        ("ChromaNet", {"doi": "10.1038/nbt.3421"}, None),
        ("Splicer", {"doi": "10.1038/nmeth.4712"}, None),
        ("Deep Promoter", {"doi": "10.1101/gr.254321.119"}, None),
        ("Long-range attention for gene expression from sequence", {"doi": "10.1038/s41588-021-00911-2"}, None),
        ("Enhancer grammar learned from massively parallel reporter assays", {"doi": "10.1016/j.cell.2019.04.021"},
         None),
    ],
    # a303nz: bold-byline-hyphenated-initials (mat126/skin-cancer-classification references/bibliography.md): an
    # Italian "Riferimenti bibliografici" list of APA references whose bylines are set in bold, "**Zhou, Z.-H.**
    # (2012). *Title*. Publisher." / "**Firnhaber, J. M.** (2020). Title. *Journal*, **102**(6), 339–346. [Link](…)":
    # the stop after hyphenated initials ("Z.-H.", "J.-P.") belongs to the byline, so the bold stays the authors and
    # the title follows the year; a whole reference with a volume and its issue or pages, linked through a generic
    # label to a page of an unknown host, is the journal's article, not a web page
    "bold-byline-hyphenated-initials.md": [
        ("Lesion-aware ensembles for dermoscopic triage", {}, None),
        ("Stacked Classifiers in Clinical Imaging: Foundations and Practice", {}, None),
        ("Multimodal dermoscopy fusion with patient metadata", {"doi": "10.1234/cid.2022.2201"}, None),
        ("Calibrated melanoma screening with vision transformers", {"arxiv": "2304.05678"}, None),
        ("Patch-level attention for nevus classification", {"doi": "10.1234/dail.2020.110"}, None),
    ],
    # a304oa: resource-name-then-author-year-article-link (lraithel/cross_ling_drug_ner): a corpus's or a tool's name
    # linked to its site or its code, then at once its article in brackets cited by the authors and the year
    # ("- [BRONCO150](informatik.hu-berlin.de/…) ([Kittner et al., 2021](ncbi…/PMC8054032/…pdf))", "- [GERNERMED](
    # github…) ([Frei & Kramer, 2022](sciencedirect…))"): the author-year label on a scholarly host or a PDF says the
    # list references that article, so the line names it (under "Data" too), the name's code its own; a reference
    # further on in the line ("compared against … [Tanaka et al., 2020](…)") stays a passing citation
    "resource-name-then-author-year-article-link.md": [
        ("CardioLetters", {"pmcid": "PMC8123456"}, None),
        ("MedTagDE", {}, "github.com/example-lab/MedTagDE"),
        ("OncoGuide", {}, None),
        ("TrialAbstractsES", {"doi": "10.1186/s12911-021-01402-x"}, None),
        ("DrugMentionES", {}, None),
    ],
    # a299nv: name-line-over-role-word-link-lines (swuxyj/DeepHash-pytorch): "DSH(CVPR2016)␣␣" / "paper [Title](…pdf)␣␣"
    # / "code [DSH-pytorch](github…)", one paragraph a record, its lines a short name line then lines each of one bare
    # role word before its one link; the record is titled by its paper line's link text and the code line is its
    # code (read as prose, the short name line titled nothing and every record ran into the first one)
    "name-line-over-role-word-link-lines.md": [
        ("Retinal Deep Hashing for Fast Fundus Image Retrieval", {}, "github.com/example-lab/RDH-pytorch"),
        ("Pairwise Lesion Hashing with Soft Similarity Labels", {"arxiv": "2004.05123"}, "github.com/example-lab/PLH"),
        ("Class-balanced supervised hashing for chest radiograph retrieval", {}, None),
        ("Asymmetric Dermoscopy Hashing", {"arxiv": "2112.04567"}, "github.com/example-lab/ADH-AAAI2022"),
        ("Slide-level Discrete Hashing Based on Stable Distribution", {}, None),
    ],
    # a299nv: bold-title-figure-over-intro-and-role-fields (handong1587/handong1587.github.io image-retrieval post):
    # "**Title**" / "![](…png)" / "- intro: ECCV 2016" / "- project page: […](…)" / "- arxiv: […](…)" / "- github: …":
    # a bold title over its role-field bullets is one record even with a figure paragraph between them, and a
    # link-less field whose label names no role ("intro:") is a note on the record (either one split the record
    # into one entry per bullet, titled "arxiv", "github", "project page")
    "bold-title-figure-over-intro-and-role-fields.md": [
        ("Deep Sketch Codes for Radiograph Retrieval", {"arxiv": "1604.01777"}, "github.com/example-lab/SketchCodes"),
        ("Learning Global Representations for Histology Slide Search", {"arxiv": "1604.01325"}, None),
        ("Bags of Local Convolutional Features for Dermoscopy Instance Search", {"arxiv": "1604.04653"},
         "github.com/example-lab/derm-search"),
        ("Matching Fundus Photos Across Clinical Archives", {}, None),
        ("Compact Binary Descriptors for Chest CT Retrieval", {}, "github.com/example-lab/chestbit"),
    ],
    # a310og: bold-name-dash-code-span-title (Team309/awesome-graph-processing): "- **GraphChi** - `GraphChi: Large-Scale
    # Graph Computation on Just a PC` (OSDI'12). [[paper]](…), [[code]](github…)": a short bold system name, a dash (or
    # a colon), then the paper's full title in an inline code span and its venue; the code span titles the work, the
    # bold name labels it (read whole, every record was titled by its bare name)
    "bold-name-dash-code-span-title.md": [
        ("RadLab: A New Framework For Parallel Radiograph Analysis", {}, None),
        ("A Lightweight Infrastructure for Slide Analytics", {}, "github.com/example-lab/galen"),
        ("SPOP: A cache-efficient framework for Scan Processing Over Partitions", {"arxiv": "1806.08111"},
         "github.com/example-lab/SPOP"),
        ("Speedup Fundus Processing by Image Ordering", {"doi": "10.1145/3035918.3064012"},
         "github.com/example-lab/Forder"),
        ('From "Think Like a Pixel" to "Think Like a Slide"', {}, None),
        ("CTFlow: Scale-out Tomography Processing from Secondary Storage", {}, "github.com/example-lab/ctflow"),
    ],
    # a310og: similar-code-label (Team309/awesome-graph-processing): "[[similar code]](github…)" beside a paper's
    # links points to another work's code for want of the paper's own; "similar" reads as the related-code labels
    # ("unofficial", "reimplementation") do, so the link is no pair of the paper's own code
    "similar-code-label.md": [
        ("Load the Tiles You Need: A Generic I/O Optimization for Slide Viewing", {}, None),
        ("Voxene: Fine-Grained IO Management for Volume Computing", {}, "github.com/example-lab/Voxene"),
        ("Fast Iterative Scan Reconstruction: A Path Centric Approach", {"arxiv": "1901.02345"}, None),
        ("Mosaic Slides: Processing a Trillion-Pixel Slide on a Single Machine", {"arxiv": "1902.03456"},
         "github.com/example-lab/mosaic-slides"),
    ],
    # a315ol: paper-code-field-label-and-nickname-headings (unknown/respiratory-crackle-wheeze-prior-art-audit): a prior-art
    # audit's cards, "### 4.4 Name (2022): note" / "- **论文/代码：** [TBioCAS DOI](doi…), [official repository](github…)":
    # a field label naming both paper and code leaves each link's role to its own text and address (the DOI is the
    # paper's, the repository its code), and such a field makes the card a record; under "### Hsu et al. (2023): note"
    # the paper field's titled link text is the record's title, not the byline nickname and its note
    "paper-code-field-label-and-nickname-headings.md": [
        ("Segmenting Nocturnal Cough Bursts with a Two-Stage Recurrent Attention Network", {"arxiv": "2309.14472"}, None),
        # (a322os: "Name (Venue Year): note" is titled by the name, as the real list's truth has it: "OPERA", "SPRSound")
        ("CoughBench", {"doi": "10.1109/JBHI.2022.3187741"},
         "github.com/example-lab/coughbench"),
        ("Adapting Smartphone Cough Detectors to Smartwatch Microphones with Few Labelled Nights", {}, None),
        ("Pereira et al. (2021): paper and code in one field", {"doi": "10.1093/bioinformatics/btab512"},
         "github.com/example-lab/coughnet-lite"),
        ("SoundPrint", {}, "github.com/example-lab/soundprint"),
    ],
    # a322os: named-work-heading-venue-note-fields (unknown/respiratory-crackle-wheeze-prior-art-audit): a review's
    # per-work section "### 4.5 OPERA (NeurIPS 2024): multi-dataset representation …" over "- **论文：**" /
    # "- **论文/代码：** [TBioCAS DOI](…), [official repository](github…)" and labelled notes: the heading's short name
    # titles the work (its bracket the venue and year, the note after the colon a description) unless the paper field
    # links the full title ("### Hsu et al. (2023): …" / "- **论文：** [A dual-purpose …](…)"); a label naming the
    # paper and its code together lets each link's address say which it is (the DOI was read as code)
    "named-work-heading-venue-note-fields.md": [
        ("WoundMix", {"arxiv": "2501.04417", "doi": "10.1109/icassp49660.2025.10887311"}, None),
        ("UlcerSet", {"doi": "10.1109/tbcas.2022.3211876"}, "github.com/example-lab/UlcerSet"),
        ("DERMA", {}, "github.com/example-lab/DERMA"),
        ("Towards Joint Classification of Slough and Granulation Tissue in Chronic Wounds: A Multi-label Method",
         {"arxiv": "2407.11583"}, None),
        ("A dual-purpose deep learning model for pressure ulcer and burn wound analysis based on mixed set training",
         {}, None),
    ],
    # a306oc: software-doc-with-gathered-references (kstawiski/rtpipeline docs/RADIOMICS_ROBUSTNESS.md): a software
    # module's documentation that links no paper and cites every work it dates or places under "## References"
    # ("1. Zwanenburg A, et al. (2019). "Title." *Scientific Reports* 9:3418. DOI: …"); its bullets elsewhere
    # ("- Features from very small ROIs", outline points under "## Configuration Reference", a heading over notes
    # "### Feature Selection Strategy (…)") are its prose, not link-less references
    "software-doc-with-gathered-references.md": [
        ("Perturbing tumour masks to screen unstable texture features", {"doi": "10.1038/s41598-021-99781-1"}, None),
        ("Agreement statistics for repeated texture measurements in pelvic CT", {"pmid": "35211234"}, None),
        ("A mask augmentation method for small texture cohorts", {"doi": "10.1007/s10278-023-00812-4"}, None),
        ("Scanner-aware harmonisation of CT texture features across centres", {}, None),
    ],
    # a317on: dataset-table-cite-column-paper-title (haonguyenthai/Breast-Cancer-Multimodal-Imaging-Dataset): "| Dataset
    # | Subjects | … | Cite | Access data |" with "| Breast Ultrasound Images (BUSI) | … | [Dataset of breast ultrasound
    # images](sciencedirect…) |": a table of data sets names each row in its Dataset column and cites the paper that
    # describes it in a Cite column by the paper's full title; that link text titles the paper however the data set's
    # name is written (brackets, five words), and a link text ending in a version number ("… database v2.14") is a
    # name, not a venue-and-year label
    "dataset-table-cite-column-paper-title.md": [
        ("A fundus photograph dataset for diabetic lesion grading", {}, None),
        ("Automated Optic Disc Cupping Assessment Using Deep Convolutional Networks", {}, None),
        ("Open access volumes of optical coherence tomography from a community eye clinic", {"doi": "10.1002/mp.15123"},
         None),
        ("A curated fluorescein angiography atlas for vessel leakage research", {"doi": "10.1038/s41597-020-00712-4"},
         None),
        ("RetinaVessel: a full-field retinal vessel segmentation database", {"pmid": "22345678"}, None),
    ],
    # a317on: chart-caption-heading-over-figure (haonguyenthai/Breast-Cancer-Multimodal-Imaging-Dataset): "### Pie
    # chart – distribution of datasets by modality group" / "![Pie Chart of …](images/piechart.png "Pie Chart")" /
    # "- **MRI** – radiology modalities": a heading that opens by naming a chart over a figure that calls itself a
    # chart captions the document's own figure, its bullets explain it; no reading note on a work
    "chart-caption-heading-over-figure.md": [
        ("Deep Cine Segmentation of the Left Ventricle Across Vendors", {"arxiv": "2104.05123"}, None),
        ("Self-supervised Late Gadolinium Enhancement Quantification", {"doi": "10.1016/j.media.2022.102531"},
         "github.com/example-lab/lge-ssl"),
        ("A Benchmark of Flow Field Reconstruction in 4D Flow MRI", {"arxiv": "2203.09876"}, None),
    ],
    # a316om: heading-over-key-value-sheet (Digital-AI-Finance/org-dashboard repo pages): "### Title" / "| Property |
    # Value |" / "| DOI | [10.x](https://doi.org/…) |" / "| Year | 2016 |": a two-column key/value sheet (field-name
    # labels, one a paper's with its link) under a work's heading is that work's one record, titled by the heading
    # (or by its "| Title | … |" row under a placeholder heading), its rows the record's fields and links
    "heading-over-key-value-sheet.md": [
        ("Graph Attention Pooling for Whole-Slide Survival Prediction", {"doi": "10.1016/j.media.2023.102817"}, None),
        ("Contrastive Pretraining of Retinal Fundus Encoders with Sparse Labels", {"arxiv": "2309.11876"},
         "github.com/example-lab/fundus-clr"),
        ("Uncertainty-Aware Triage of Chest Radiographs in Emergency Care", {"pmid": "37845102"}, None),
        ("Federated Segmentation of Brain Metastases Across Twelve Hospitals", {"doi": "10.1038/s41467-024-51203-7"},
         None),
    ],
    # a319op: library-module-files-as-method-code (ZhiningLiu1998/awesome-imbalanced-learning): classic methods each
    # "[[**Code**](github.com/lib/toolkit/blob/<ref>/…/_method.py#L120)]", one toolkit's single source files given as
    # the "code" of two or more different works: that repository is a library implementing them all, so those links
    # are related code (no own-code pair); a work's own repository, and one work's single file of a repository no
    # other work points into, stay its code
    "library-module-files-as-method-code.md": [
        ("Balanced Cascade Triage", {"arxiv": "2104.05512"}, "github.com/example-lab/balanced-cascade-triage"),
        ("MetaSampler for Rare Lesions", {"arxiv": "2210.01234"}, "github.com/example-lab/meta-sampler"),
        ("RareBoost", {}, None),
        ("MinorityBagging", {}, None),
        ("CostCascade", {}, None),
        ("Focal Reweighting for Triage Networks", {"arxiv": "1908.04471"}, "github.com/example-lab/focal-triage"),
    ],
    # a319op: bracketed-worded-venue-link-tag (YimingCuiCuiCui/awesome-weakly-supervised-segmentation): "- [[IEEE
    # Access](arxiv…)] Title. [[pytorch](github…)]": a venue written in two to four capitalised words, one a venue's
    # word ("IEEE", "Medical", "Journal"), as a paper link's bracketed tag tags the paper as "[[CVPR](…)]" does, so
    # the title is the text after it; a title after such a tag that wraps over a soft line break (no stop before
    # it, a lower-case word after it) runs on to its code link
    "bracketed-worded-venue-link-tag.md": [
        ("Class Activation Refinement for Weakly Supervised Polyp Segmentation", {"arxiv": "2106.04417"},
         "github.com/example-lab/car-polyp"),
        ("LesionGAN: Saliency Guided Adversarial Networks for Weakly Supervised Lesion Segmentation",
         {"arxiv": "2103.08812"}, "github.com/example-lab/lesiongan"),
        ("Equivariant Consistency Learning for Weakly Supervised lesion segmentation in dermoscopy", {},
         "github.com/example-lab/eqc-derm"),
        ("Scribble Supervised Segmentation of Retinal Layers with Shape Priors", {"arxiv": "2109.01542"},
         "github.com/example-lab/scribble-retina"),
        ("Box-Supervised Tumour Segmentation with Tight Bounding Constraints", {"arxiv": "2111.06630"},
         "github.com/example-lab/tight-box"),
    ],
    # a318oo: name-linked-to-article-then-name-colon-sentence-case-title (kuixu/awesome-cryoem): "* [AuTom](science
    # direct…/pii/…) - AuTom: A novel automatic platform for electron tomography reconstruction": a short name linked
    # to its article, the description the whole title opening with that name and its colon, set in sentence case; a
    # noun phrase is the title (a glued "(2018)" closing it is a date), a clause ("The GridSeer toolkit gathers …",
    # "a picker that learns …") a tagline that keeps the name, and a name linked to its code stays a tool
    "name-linked-to-article-then-name-colon-sentence-case-title.md": [
        ("FoldMapper: a sampling strategy enabling automated tracing of difficult cryo-EM maps",
         {"doi": "10.1038/nmeth.4521"}, None),
        ("TomoPilot: A novel automatic platform for subtomogram alignment", {}, None),
        ("DensityNet: deep residual networks for local resolution estimation in cryo-EM", {"arxiv": "1803.04567"}, None),
        ("GridSeer", {"pmcid": "PMC5123456"}, None),
        ("PickFlow", {"arxiv": "1902.01234"}, None),
    ],
    # a318oo: hash-placeholder-links-with-glued-venue-tag (kuixu/awesome-cryoem): "    * [Building proteins in a day:
    # Efficient 3D molecular reconstruction(CVPR2015)](#)": a bare "#" is a URL left for later as "()" is (it jumps
    # nowhere: a sub-list of such links is no table of contents), and the glued "(CVPR2015)" the line splits off
    # leaves the link's text the work's title; "[Tomography](#)" alone names no work
    "hash-placeholder-links-with-glued-venue-tag.md": [
        ("Subtomogram alignment by spherical harmonics for crowded cellular volumes", {"doi": "10.1038/nmeth.5123"},
         None),
        ("Assembling filaments in an hour: Fast 3D helical reconstruction", {}, None),
        ("Learning particle pose priors from simulated micrographs", {}, None),
        ("Denoising cryo-electron tomograms with paired noisy half-maps", {"arxiv": "1811.02345"}, None),
    ],
    # a320oq: author-led-paper-cells-with-summary-tally (fsy2004/MetaWingman): "| 16 | Setlur et al., Rewarding
    # Progress (PRM) | ICLR 2025 | 2410.08146 |" under "| # | Paper | Venue | arXiv/DOI |": a Paper cell led by its
    # first author, "et al." and a comma names the work by the short title after it; in a column led so, one surname
    # or two ("Buehler, PRefLexOR", "Reimers & Gurevych, Sentence-BERT") and a journal standing for the authors
    # ("Nature Medicine, …") lead it too. The summary's count bullets ("To download from arXiv: 12 (straightforward
    # PDF download)", "Target: ≥20 fully read papers") count works, they name none
    "author-led-paper-cells-with-summary-tally.md": [
        ("The Fundus Scientist", {"arxiv": "2408.16211"}, None),
        ("Tree Search for Retinal Reports (TSRR)", {"arxiv": "2410.18342"}, None),
        ("OCTReflex", {"doi": "10.1038/s41746-025-01234-5"}, None),
        ("Vessel-BERT", {"arxiv": "2305.14672"}, None),
        ("Glaucoma Meta-Agent", {"arxiv": "2502.11873"}, None),
        ("LLM-screened trials of retinopathy", {"doi": "10.1038/s41591-025-03311-7"}, None),
        ("Drusen Uncertainty Estimation", {"arxiv": "2406.07718"}, None),
    ],
    # a320oq: ranked-author-year-back-references (rofiqsamanhudi/Melanoma-Detection): cards "### 2. Title" / "-
    # **Authors**: Haddad, R., …" / "- **Year**: 2025" / "- **DOI**: …", then a ranking "2. **Haddad et al. (2025)** -
    # Multi-scale attention + ensemble": a link-less author-year short citation whose first author and year are a
    # card's (or whose label words are a same-year card's title words, "**Multimodal Ensemble (2025)**") refers back
    # to that card, no work of its own; "- MDPI (Diagnostics, Sensors): Langsung download PDF" under "Open Access
    # Penuh" says how to get a host's papers, no work either
    "ranked-author-year-back-references.md": [
        ("Hybrid Ensemble of CNNs and Vision Transformers for Diabetic Retinopathy Grading and Retrieval",
         {"doi": "10.3390/diagnostics15111402"}, None),
        ("Multi-Scale Attention Ensembles for Fundus Lesion Classification", {"doi": "10.3390/s25061877"}, None),
        ("Multimodal Deep Learning Ensemble Framework for Retinal Disease Detection",
         {"doi": "10.1038/s41598-025-21877-3"}, None),
        ("Content-Based Retinal Image Retrieval Using Deep Features and Metaheuristic Optimization",
         {"doi": "10.1016/j.bbe.2024.03311"}, None),
        ("Deep Learning for Retinal Lesion Classification: A Systematic Review", {"doi": "10.3389/fmed.2022.771204"},
         None),
    ],
    # a314ok: lowercase-vancouver-references-with-notes (neendai/sleep-apnea-bibliography): a reader's bibliography
    # typed all in lower case ("⭐ okafor c, lindqvist am, … title. ieee trans biomed eng. 2019;66(4):1021-1030.
    # doi:…"), each reference a link-less paragraph with a "- note" bullet under it; the lowercase byline is read as
    # the same byline capitalised (not the title), the star is no author, the bullets are notes, not papers
    "lowercase-vancouver-references-with-notes.md": [
        ("a wearable ecg cohort for nocturnal arrhythmia screening", {"doi": "10.1109/tbme.2018.2867345"}, None),
        ("the ward sleep archive: design and first results", {}, None),
        ("could snore loudness replace overnight oximetry for apnea triage?", {}, None),
        ("contrastive pretraining of polysomnography encoders", {}, None),
        ("rotary attention for long physiological sequences", {"arxiv": "2203.14521"}, None),
    ],
    # a321or: harvard-question-title-subtitle (fmfi-compbio/mbi): a journal club's Harvard references ("Kress, A., …,
    # 2023. Real or fake? Measuring the impact of … events. Frontiers in Bioinformatics, 3, p.1178926."): the year
    # stands before the title, so a sentence-case clause after the title's "?" with the volume and pages in the
    # sentence after it is the subtitle, not the venue ("Is deep learning ready …? Nature Methods, 17(5)" keeps its cut)
    "harvard-question-title-subtitle.md": [
        ("Fast alignment of long reads to pangenome graphs", {"doi": "10.1093/bioinformatics/btab201"}, None),
        ("Signal or noise? Quantifying the effect of misannotated genes on estimates of gene family expansion",
         {"doi": "10.3389/fbinf.2023.1190042"}, None),
        ("Does codon usage matter? Revisiting translational selection in bacterial genomes with ribosome profiling",
         {"doi": "10.1093/gbe/evz061"}, None),
        ("Is deep learning ready for variant calling?", {"doi": "10.1038/s41592-020-0811-2"}, None),
        ("Ancestral sequence reconstruction at scale with profile mixtures", {"doi": "10.1093/molbev/msac041"}, None),
    ],
    # a321or: link-label-bare-journal-paren-short-title (zach-hensel/zach-hensel.github.io): a course's readings
    # "[Capturing Chromosome Conformation (Science)](doi…) (Link)": a journal's name in brackets closing a short
    # (three-word) link text is the venue, as after a longer title
    "link-label-bare-journal-paren-short-title.md": [
        ("Mapping Enhancer Contacts", {"doi": "10.1126/science.1071234"}, None),
        ("Phase Separation Organises Transcription", {"doi": "10.1016/j.cell.2018.10.042"}, None),
        ("Loop extrusion by cohesin shapes interphase chromosomes", {"doi": "10.1038/nature24281"}, None),
        ("A compartment model of the human genome at high resolution", {"doi": "10.1016/j.cell.2019.11.021"}, None),
        ("Counting Single Transcripts", {"doi": "10.1038/nmeth.1253"}, None),
        ("Live imaging of transcriptional bursting in embryos", {"doi": "10.1016/j.cub.2014.12.013"}, None),
    ],
    # a321or: bold-title-cards-summary-venue-lone-unlinked (Yijia-Xiao/Protein-LLM-Survey): survey cards "- **Title**"
    # / a summary line / "*Venue, Year* [[paper](…)]"; one card is the bold title alone, its link not yet added: among
    # linked cards that are all papers it is one more paper ("Generates de novo …": a lower-case particle closing
    # two words is no byline, the summary is no author list and the italic line stays the venue)
    "bold-title-cards-summary-venue-lone-unlinked.md": [
        ("FoldGen: Autoregressive Language Models for Enzyme Design", {"doi": "10.1038/s41467-023-38123-4"}, None),
        ("ChainLM: Scaling Antibody Language Models", {"doi": "10.1016/j.cels.2024.01.004"}, None),
        ("PepFormer: a transformer for peptide property prediction and design", {}, None),
        ("Infilling residues with masked span models", {"arxiv": "2205.13761"}, None),
        ("Toward understanding the grammar of protein families through self-supervision", {}, None),
        ("Scaling laws for protein language model pretraining", {"arxiv": "2306.04582"}, None),
    ],
    # a325ov: books-group-item-comma-byline-date-edition (bvernay/ANF_Deepscopie): books under a group item "1. Livres:"
    # (not a heading) or a "## Bücher" / "## 教材" heading, each "* [Title](amazon.fr/… or site), Author, avril 2022,
    # 2e éd." or "[Title](site), 2016, A, B et C": a linked title, then a comma byline of names with a date and/or an
    # edition, cites the book (a paper-kind work); a link with no byline there, or a dated byline under
    # "## Tutoriels", stays a page
    "books-group-item-comma-byline-date-edition.md": [
        ("Apprentissage profond pour la microscopie", {}, None),
        ("Segmentation d'images biomédicales - Méthodes et cas pratiques", {}, None),
        ("Practical Deep Learning for Cell Imaging", {}, None),
        ("The Microscopy Learning Book", {}, None),
        ("Self-Supervised Denoising of Live-Cell Movies", {"arxiv": "2203.04417"}, None),
        ("NucleiFormer: Transformers for Nucleus Instance Segmentation", {"doi": "10.1101/2022.04.11.487912"},
         "github.com/example-lab/nucleiformer"),
        ("Bildanalyse in der Zellbiologie", {}, None),
        ("Deep Learning for Biomedical Imaging", {}, None),
    ],
    # a326ow: pubmed-citation-wrapped-at-day-number (compscbio/cscb-2025 docs/readings.md): PubMed "Summary (text)"
    # citations hard-wrapped at 80 columns, most inside a link's text; a wrap that falls before the day of an "Epub
    # 2023 Mar" date opens its line with "31. PMID: …; PMCID: …](pubmed…)", which CommonMark reads as a new numbered
    # item: an item of nothing but identifier fields on the line right after a reference closes that reference (its
    # PMID, PMCID and link join it), it is no work of its own; a table's PMID cells are not folded
    "pubmed-citation-wrapped-at-day-number.md": [
        ("Mapping enhancer activity across developing mouse limbs with single-nucleus multiome",
         {"doi": "10.1038/s41588-022-01101-4", "pmid": "35798765", "pmcid": "PMC9276134"}, None),
        ("Peak calling for sparse chromatin accessibility profiles with count-aware models",
         {"doi": "10.1186/s13059-023-02870-1", "pmid": "36918802", "pmcid": "PMC10012345"}, None),
        ("Transcription factor footprints resolved in single cells by deep sequencing",
         {"doi": "10.1016/j.cels.2021.08.004", "pmid": "34478654"}, None),
        ("Cell cycle signatures confound trajectory inference in regenerating tissue",
         {"doi": "10.1038/s41592-020-00985-2", "pmid": "33106678", "pmcid": "PMC7654321"}, None),
        ("A benchmark of label transfer methods for single-cell atlases",
         {"doi": "10.1038/s41467-023-44512-9", "pmid": "38191554", "pmcid": "PMC10774311"}, None),
    ],
    # a323ot: dated-source-tag-blog-lines-with-original-paper-notes (Manchester921/Awesome-Image-Retrieval): lines
    # open with a bold "year · name" tag, which is either a date and where the piece was posted ("**2021 · CSDN** —
    # blog title — [链接](blog.csdn.net/…)", "**2024 · arXiv** — Title — [arXiv:…](…)") or a date and the work's own
    # name ("**2023 · RetFound-Lite** — note — [arXiv:…](…) · [GitHub](…)"); the line's links tell them apart (a name
    # the first link's host spells is the site and the title follows the dash; a name over an article's link names
    # the work); a blog line is no paper, and its "📄 原始论文：*Title* — [arXiv:…](…)" note is a paper of its own,
    # titled by the emphasis
    "dated-source-tag-blog-lines-with-original-paper-notes.md": [
        ("Radiograph Retrieval Meets Deep Features: A Decade Survey", {"arxiv": "1907.04412"}, None),
        ("Cross-Modal Retrieval of Radiology Reports and Images: A Survey", {"arxiv": "2203.11876"}, None),
        ("Content-Based Histopathology Retrieval with Learned Embeddings", {"arxiv": "2206.09931"}, None),
        ("Whole-Slide Image Search: A Survey of Recent Advances", {"arxiv": "2402.06617"}, None),
        ("RetFound-Lite", {"arxiv": "2308.05521"}, "github.com/example-lab/retfound-lite"),
        ("PathDINO", {"arxiv": "2405.13380"}, None),
    ],
    # a329oz: numbered-label-over-split-quoted-reference (Digital-AI-Finance/org-dashboard): "1. **ScreenLab
    # Framework** (2021)" / "   - Verhoeven, L. et al. "Title"" / "   - *Venue* 4, 211-220" / "   - DOI: [10.…](…)": a
    # numbered bold label (a nickname and its year) over one work's reference split into sub-bullets (byline and
    # quoted title, venue, one line of links) is one record titled by the quoted title, the DOI its own
    "numbered-label-over-split-quoted-reference.md": [
        ("An active learning pipeline for citation screening in clinical reviews",
         {"doi": "10.1038/s41746-021-00412-3"}, None),
        ("TriageNet - a web service for prioritising abstracts in evidence synthesis",
         {"doi": "10.1186/s13643-018-0811-6"}, None),
        ("Language models for title and abstract screening: promising but not yet reliable", {}, None),
        ("Can instruction-tuned models extract outcome data from randomised trials?", {"doi": "10.1002/jrsm.1802"}, None),
        ("Grounding evidence summaries in retrieved trial registries", {}, None),
        ("ScreenLab Toolkit", {"arxiv": "2304.05127"}, "github.com/example-lab/screenlab"),
        ("A reporting checklist for machine-assisted systematic reviews", {"doi": "10.1136/bmjebm-2023-112345"}, None),
    ],
    # a324ou: method-label-over-author-led-reference (rendeirolab/lab-manual manual/source/learning.md): "- Multiplex
    # imaging methods:" / "  - **IMC:** Giesen, C. et al. Title. Nat. Methods 11, 417–422 (2014), https://doi.org/…": a
    # colon-ended group over sub-bullets that each give a method's short name, a colon, then a whole reference opening
    # with its authors; each sub-bullet is the paper that introduced the method, titled by its reference, never fields
    # of the group (``blocks._named_method_reference``)
    "method-label-over-author-led-reference.md": [
        ("Iterative antibody stripping for highly multiplexed imaging of archival tumour sections",
         {"doi": "10.1073/pnas.2004119117"}, None),
        ("Subcellular protein maps of intact tissue by metal-tagged mass cytometry", {"doi": "10.1038/s41592-020-0811-4"},
         None),
        ("Ion beam imaging of lymph node architecture at single-cell resolution", {"doi": "10.1038/s41591-020-0851-z"},
         None),
        ("Cyclic hybridisation reveals spatial transcript gradients in developing kidney",
         {"doi": "10.1038/s41467-021-24715-3"}, None),
        ("Near-cellular spatial transcriptomics with barcoded bead arrays", {"doi": "10.1038/s41587-021-00830-1"}, None),
    ],
    # a324ou: medline-section-kicker-before-title (rendeirolab/lab-manual manual/source/learning.md): "Chen, K. H., … &
    # Zhuang, X. RNA imaging. Spatially resolved, highly multiplexed RNA profiling in single cells. Science 348, …
    # (2015)": a MEDLINE-style reference keeping the journal's section label (a kicker) before a Science title; a label
    # of three words or fewer followed by a sentence-case clause and then a venue and year of its own is no title
    # (``citation._after_section_kicker``); a long first sentence stays the title
    "medline-section-kicker-before-title.md": [
        ("Combinatorial barcoding resolves thousands of transcripts in intact tissue sections",
         {"doi": "10.1126/science.aad4021"}, None),
        ("Targeted base repair in primary human haematopoietic stem cells", {"doi": "10.1126/science.aag1207"}, None),
        ("Cryo-electron structure of a bacterial efflux pump in its resting state", {}, None),
        ("Iterative antibody stripping for highly multiplexed imaging of archival tumour sections",
         {"doi": "10.1073/pnas.2004119117"}, None),
    ],
    # a324ou: link-less-title-closing-written-identifier (rendeirolab/lab-manual manual/source/learning.md): "- Title
    # (2020), https:doi.org/10.1038/…": a link-less line closing on its identifier written as text (an address that
    # lost its slashes, a scheme-less "doi.org/…", "doi:", "DOI:", "arXiv:"); the identifier's text is cut from the
    # title and kept as prose (``ids.closing_identifier_text``, ``parse._closing_written_identifier``)
    "link-less-title-closing-written-identifier.md": [
        ("Genetic insights into the branching geometry of the developing lung", {"doi": "10.1038/s41586-021-03312-1"},
         None),
        ("Common variants shaping the trabecular structure of the adult heart", {"doi": "10.1038/s41586-020-2791-4"},
         None),
        ("Left ventricular curvature as a heritable trait in large imaging cohorts",
         {"doi": "10.1161/circulationaha.120.051734"}, None),
        ("Sex differences in abdominal organ volumes across the lifespan", {"doi": "10.1101/2023.03.12.532281"}, None),
        ("Self-supervised shape descriptors for kidney morphology in population imaging", {"arxiv": "2305.11842"}, None),
    ],
    # a327ox: table-bold-system-name-venue-or-byline-reference (robotlearning123/awesome-physical-ai-for-science):
    # "| **ORGANA** | … | [Cell Reports Phys Sci 2024](doi…) |", "| **Agent Laboratory** | … | Schmidgall et al. |":
    # a Reference cell that only gives a venue and year (however many words the journal's name has) or only the
    # first author's byline names no work; the bold System name titles the row
    "table-bold-system-name-venue-or-byline-reference.md": [
        ("CrystalBench", {"doi": "10.1038/s41586-023-01234-5"}, None),
        ("FlowChemist", {"doi": "10.1016/j.xcrp.2024.100123"}, None),
        ("PhotonLoop", {"doi": "10.1038/s44286-025-00345-6"}, None),
        ("EnzyBot", {"arxiv": "2507.01234"}, None),
        ("LabMind", {"arxiv": "2505.04321"}, None),
        ("ResearchForge", {}, None),
        ("HypoGen", {"doi": "10.1021/acs.jcim.5c00123"}, None),
    ],
    # a328oy: title-paragraph-over-venue-tag-links (ADC-Ackerman/Mamba-related-Papers-list): paragraphs written as
    # items, "Title (Venue Year) [[paper]](…)" on one line, except where a blank line split a record into its title
    # paragraph and a " (IEEE TMI 2025) [[paper]](…)" paragraph: the venue tag over role-labelled links takes its
    # title from the link-less one-line title paragraph just above it (the work was titled "(IEEE TMI 2025)")
    "title-paragraph-over-venue-tag-links.md": [
        ("Gated Scan Blocks for Volumetric Lesion Segmentation", {"doi": "10.1016/j.media.2025.103412"}, None),
        ("TriScan-UNet: Tri-directional State Space Scanning for Ultrasound Segmentation", {"arxiv": "2503.11842"},
         "github.com/example-lab/triscan-unet"),
        ("Selective Recurrence Meets Convolution: A Hybrid Backbone for Retinal Vessel Segmentation with Sparse "
         "Annotations", {"arxiv": "2504.20917"}, None),
        ("Long-Context Sequence Models for Whole-Slide Image Classification", {"arxiv": "2403.07715"}, None),
        ("OrbitMamba: Cross-Modal State Space Fusion for Orbital Tumour Grading",
         {"doi": "10.1007/978-3-031-72114-4_31"}, "github.com/example-lab/orbitmamba"),
        ("Spectral Token Mixing for Dermoscopy Classification", {"arxiv": "2507.01276"}, None),
    ],
    # own23: harvard-byline-month-year-then-title: "Dupont, M., Leroy, A., July 2020. Title. Journal 12, 33–40.": an
    # Elsevier-Harvard byline dated by month and year (a report's, a thesis's), the month first; the date closes the
    # byline as the year alone does, and an abbreviated month ("Dec. 2021") is no author's name
    "harvard-byline-month-year-then-title.md": [
        ("Liver segmentation with cascaded residual networks", {"doi": "10.3390/jimaging6070033"}, None),
        ("Federated training of chest radiograph classifiers across hospitals", {}, None),
        ("Uncertainty estimates for pulmonary nodule detection", {}, None),
        ("Graph priors for vessel tracking in fundus images", {"doi": "10.1016/j.media.2018.05.011"}, None),
    ],
    # own23: title-run-into-surname-et-al (rendeirolab/lab-manual): "- Title Gut et al. Science (2018)", "- Title,
    # Miotto et al., Scientific Reports (2016)": a reading list's short reference whose title runs into its first
    # author's "Surname et al." with no stop; the name (a particle with it) opens the byline, the rest is the source
    "title-run-into-surname-et-al.md": [
        ("Multiplexed protein maps of subcellular organization in cultured cells", {"doi": "10.1126/science.aar7042"},
         None),
        ("Clinically applicable segmentation of retinal layers in optical coherence tomography", {}, None),
        ("Patient representations learned from electronic records predict disease", {}, None),
        ("A deep count autoencoder for denoising single-cell transcriptomes", {}, "github.com/example-lab/dca"),
    ],
    # a335pf: sign-in-redirect-paper-links (Yunkun-Zhang/CITE): "[Title](https://idp.nature.com/authorize/casa?
    # redirect_uri=https://www.nature.com/articles/s41551-…&casa_token=…)": a link copied from behind an institutional
    # sign-in page carries the article's address in the login's redirect_uri; the link is to that address, and its
    # identifier counts
    "sign-in-redirect-paper-links.md": [
        ("A Foundation Model for Retinal Disease Screening from Fundus Photographs", {"doi": "10.1038/s41586-024-07712-x"},
         "github.com/example-lab/retinet"),
        ("A Vision-Language Model for Histopathology Trained on Teaching Slides", {"doi": "10.1038/s41591-024-03141-9"},
         "github.com/example-lab/pathclip"),
        ("Label-Efficient Chest Radiograph Interpretation via Self-Supervision", {"doi": "10.1016/j.media.2024.103188"},
         None),
        ("Echocardiogram Foundation Models for View Classification", {"arxiv": "2406.01234"},
         "github.com/example-lab/echofm"),
    ],
    # a333pd: glossary-term-dash-definition (infonality/awesome-llm-biomedicine): "## Glossary" / "- EHR - Electronic
    # Health Record — patient's digital medical record.": under a heading that calls its section a glossary
    # (abbreviations, acronyms, terminology, definitions, key terms), link-less "term - meaning" lines define terms,
    # never cite works, however title-like the gloss
    "glossary-term-dash-definition.md": [
        ("CardioBERT: pretraining a language model on cardiology discharge letters", {"arxiv": "2104.05512"}, None),
        ("Large language models for emergency triage notes", {"arxiv": "2309.11873"}, None),
        ("Retrieval-augmented summarisation of radiology reports", {"doi": "10.1038/s41591-024-02871-5"}, None),
    ],
    # a333pd: anthology-venue-index-link (infonality/awesome-llm-biomedicine): "- [BioNLP workshop tutorials (ACL)](
    # https://aclanthology.org/venues/bionlp/) - Biomedical NLP methods.": a digital library's index page of one venue,
    # event or author ("/venues/<name>/", "/events/<name>-<year>/", "/people/…") lists every paper of it, no one work;
    # the line names the venue, not a paper
    "anthology-venue-index-link.md": [
        ("Span-level negation cues in radiology reports", {"doi": "10.18653/v1/2023.bionlp-1.12"}, None),
        ("Entity linking for rare disease mentions", {"doi": "10.18653/v1/2022.emnlp-main.417"}, None),
        ("Clinical question answering over long notes", {"arxiv": "2310.04471"}, None),
    ],
    # a333pd: heading-record-venue-field-link (WangHuiNEU/Awesome-Biology-Agents): "#### 🕵️ RNA-Scope: Benchmarking …" /
    # "**Venue:** [NeurIPS 2025 AI for Science Workshop](openreview…)" / prose: a bold venue label (Venue, Journal,
    # Conference, Published in) before its colon gives where the heading's work appeared; its link's text is the
    # venue's name, never the title of a record of its own, so the heading titles the work
    "heading-record-venue-field-link.md": [
        ("RiboAgent: An LLM Agent for Automated RNA Structure Annotation", {}, None),
        ("Autonomous design of RNA aptamers with tool-using language models", {}, None),
        ("RNA-Bench: Benchmarking Language Models for RNA Function Prediction", {}, None),
        ("Mapping the splicing code with SpliceLM", {}, None),
        ("Decoding the RNA interactome by AptaGen", {"doi": "10.1101/2025.03.14.643210"}, None),
    ],
    # a332pc: reference-list-jumping-to-sections (facebookresearch/fastMRI LIST_OF_PAPERS.md): a publications page
    # opens with a numbered list of whole references, "1. Zbontar, J., … (2018). [Title](#title-slug). *arXiv
    # preprint arXiv:1811.08839*.", each title jumping to the work's section below ("## Title" / "[arXiv](…)
    # [Code](github…)"). All its links jump inside the page, but an item that opens with its authors and gives a year
    # cites a work, no contents line: it is read as a reference, folded into its section's entry where the page
    # gives one, and the work itself where it gives none
    "reference-list-jumping-to-sections.md": [
        ("Sparse-View CT Reconstruction with Learned Dual-Domain Priors", {"arxiv": "2104.05561"},
         "github.com/example-lab/dual-domain-ct"),
        ("A Multi-Site Benchmark for Accelerated Cardiac MRI", {"doi": "10.1148/ryai.210118"},
         "github.com/example-lab/cardiac-bench"),
        ("Uncertainty-Aware Undersampling Masks for Knee MRI", {"arxiv": "2207.04410"}, None),
        ("Motion-Robust Diffusion Posteriors for Free-Breathing Liver MRI", {"arxiv": "2306.11873"}, None),
        ("Reader Study of Deep-Learning Reconstructed Brain MRI at Half the Scan Time", {}, None),
    ],
    # a332pc: blog-subdomain-among-papers (jdiez/AIreadme radiomics.md): "- [How Large Language Models Transform
    # Radiology Today](https://blog.medicai.io/en/llm-radiology/)" among titles linked to PMC, Springer and arXiv: a
    # page on a site's "blog." (or "news.") host is a post, as a page under its "/blog/" folder is, however much its
    # title reads like an article's; the papers beside it do not make it one more
    "blog-subdomain-among-papers.md": [
        ("Radiomics in Practice: A Primer for Radiologists", {"pmcid": "PMC9911234"}, None),
        ("Harmonising CT Radiomics Across Scanners with Phantom-Based Calibration",
         {"doi": "10.1007/s00330-024-10987-2"}, None),
        ("Stability of Texture Features Under Contour Perturbation", {"arxiv": "2409.05512"}, None),
        ("Deep Features Versus Handcrafted Radiomics for Lung Nodule Malignancy", {"pmid": "38812345"}, None),
        ("Delta-Radiomics for Early Response Assessment in Rectal Cancer", {"doi": "10.1038/s41598-024-61234-5"}, None),
    ],
    # a334pe: tool-record-dash-labelled-publication-field (anuragraj/awesome-proteomics): "* MSFragger (2017)" /
    # "**Purpose** - …" / "**Publication** - 28394336" / "**Links** -" / "GitHub - https://github…": a tool's record
    # of hard-broken fields whose bold labels close with a dash; its "Publication" field cites the tool's own paper,
    # a whole reference (its title the paper's) or a bare number (the paper's PMID, the tool's name its title), so the
    # record is that paper's and its GitHub line its code, whatever the heading over it names ("Database search …")
    "tool-record-dash-labelled-publication-field.md": [
        ("SpecHound: fragment-indexed open search for tandem mass spectrometry", {"pmid": "25634521"}, None),
        ("PeptoRank", {"pmid": "31204417"}, "github.com/example-lab/peptorank"),
        ("GlycoSieve", {"pmid": "33876543"}, "github.com/example-lab/glycosieve"),
        ("TagWalker: sequence tags extend the search space of tandem mass spectrometry", {},
         "github.com/example-lab/tagwalker"),
    ],
    # a337ph: topic-caption-over-chinese-paper-name-field (cins-china/paper-reading, km1994/nlp_paper_study_qa): a
    # reading group's bullet is only a topic caption ("【关于IMP-GCN】研讨", "[【关于 MSN】 那些你不知道的事](notes)"), its
    # sub-bullets the paper's fields: "论文：Title" / "论文名称：Title", "论文地址：URL", "论文项目：github…"; the name
    # field titles the work (it was titled by the caption), the caption staying its short name
    "topic-caption-over-chinese-paper-name-field.md": [
        ("Sparse Structure Refinement for Noisy Graph Learning", {"arxiv": "2403.01187"}, None),
        ("Multiple Instance Pooling with Cross-Slide Attention for Pathology Grading",
         {"doi": "10.1016/j.media.2024.103122"}, "github.com/example-lab/cross-slide-mil"),
        ("Turn-aware Memory Selection for Multi-turn Response Ranking", {"arxiv": "2402.11873"},
         "github.com/example-lab/turn-memory"),
        ("Consistency Anchors for Semi-Supervised Organ Segmentation", {"arxiv": "2401.09342"}, None),
    ],
    # a330pa: venue-year-tag-paragraph-titles (rh20624/Awesome-IMU-Sensing): each paper its own paragraph,
    # "[IJCNN 2024] Title", "【IMWUT 2021】Title", "[Sensys 2021] [Title](doi…)", notes bulleted under only some: a
    # one-line paragraph that is a bracketed venue-and-year tag then a title (plain or linked) is an item even alone,
    # and a lenticular venue tag is read as the square one (not dropped as a label, taking the venue and year)
    "venue-year-tag-paragraph-titles.md": [
        ("Sensor Drift in Wrist-worn Activity Trackers: A Survey", {}, None),
        ("A Survey of Side Channels in Phone Motion Sensors", {"doi": "10.1145/3510123"}, None),
        ("A Review on Pipeline Design for Wearable Activity Recognition", {}, None),
        ("GyroBERT: Pretraining on Unlabelled Gyroscope Streams", {"doi": "10.1145/3485730.3485111"}, None),
        ("Benchmarking Contrastive Objectives for Wrist Accelerometry", {"arxiv": "2404.15999"}, None),
        ("mixSSL: Multi-device Self-Supervised Learning for Gait Phases", {}, None),
        ("Masked Reconstruction for Smartwatch Motion Signals", {}, None),
        ("FUSEN: Exploit Paired Modalities to Train a Single-Sensor Recognizer with Few Labels", {}, None),
    ],
    # a336pg: bold-title-venue-tag-over-html-badge-paragraph (kaist-silab/awesome-graph-pde): each record is a
    # paragraph "**Title**. ICML19." (a bold title closed only by a venue-and-year tag, no link), then a paragraph of
    # HTML badge links (<a href=arxiv><img alt="Arxiv"></a> … <a href=github><img alt="Github"></a>), a quoted
    # abstract and a <br>: the bold line opens the record, as a bold-only title line does, so each work is titled
    # by it and keeps its own code (the whole section was one record titled by the heading)
    "bold-title-venue-tag-over-html-badge-paragraph.md": [
        ("Adaptive Mesh Kernels for Learned Elliptic Solvers", {"arxiv": "1905.11873"}, "github.com/example-lab/mesh-kernels"),
        ("Sheaf Diffusion Operators", {"arxiv": "2007.14402"}, "github.com/example-lab/sheaf-diffusion"),
        ("Neural Multigrid Cycles for Parabolic Equations", {"arxiv": "2102.06617"},
         "github.com/example-lab/neural-multigrid"),
        ("Rollout-Stable Message Passing for Shallow Water Flows", {"arxiv": "2106.03318"},
         "github.com/example-lab/stable-rollouts"),
        ("Particle Graphs for Granular Media", {"arxiv": "2203.01957"}, None),
    ],
    # a331pb: book-of-abstracts-bold-title-italic-byline (MRsources/MRzero-Core): a conference's abstracts as
    # link-less paragraphs "**Title**\\" / "_Jane Doe_\\" / "Poster 5", the year only in the "### ESMRMB 2025" heading:
    # a bold title alone on its line over one italic byline (names, or one person's full name) is a work's record
    "book-of-abstracts-bold-title-italic-byline.md": [
        ("Differentiable spin echo simulation for sequence design in low-field MRI", {"doi": "10.1002/mrm.30412"},
         None),
        ("Learned variable flip angle trains for sharper 3D turbo spin echo", {}, None),
        ("Fast simulation of motion during spiral readouts", {}, None),
        ("Quantitative digital twins for protocol planning in the clinic", {}, None),
        ("Robust B1 mapping with phase graph models at ultra-high field", {}, None),
    ],
    # own23: abstract-page-among-linkless-references (MRsources/MRzero-Core): a section of link-less proceedings
    # records ("**Title.**\\" / "_Authors._\\" / "In: Proc. … ; 2022:2231.") where one record's venue line ends with the
    # address of its abstract's page on a society's archive: its link-less siblings, papers all, vouch for it as
    # they would if they were linked (it read as a web page)
    "abstract-page-among-linkless-references.md": [
        ("Learned refocusing trains for sharper 3D turbo spin echo at low field", {}, None),
        ("Phase graph simulation of off-resonance in spiral readouts", {}, None),
        ("A motion-robust snapshot readout for quantitative CEST imaging", {}, None),
        ("Variable flip angle optimisation with differentiable Bloch simulation", {}, None),
    ],
    # own23: html-list-items-with-bare-urls (SlavaInder/M202A_EMG_Based_Text_Entry): a Jekyll page's bibliography as
    # an HTML block, '<li>"Title" by A. Dwivedi, et. al.<br/>https://…</li>', the addresses bare text (no href): the
    # items are read as the list's entries, and an unquoted title closed by "by Name, et. al." loses its byline
    "html-list-items-with-bare-urls.md": [
        ("Decoding Finger Forces from High-Density Forearm EMG", {"pmcid": "PMC6612345"}, None),
        ("Transfer Learning for Wrist Gesture Classification Across Sessions", {"arxiv": "1902.04518"}, None),
        ("Low-cost armband sensing of static hand poses", {"doi": "10.3390/s19040871"}, None),
    ],
    # own23: table-code-cell-official-beside-port (chaofengc/Awesome-Image-Quality-Assessment): "| Code |" cells
    # holding "[Official](github…/a) / [Pytorch](github…/b)": the column's label is every link's, yet the link's own
    # text says which one is the authors'; the other is someone's port (related code)
    "table-code-cell-official-beside-port.md": [
        ("FundusQ", {"arxiv": "2206.01234"}, "github.com/example-lab/fundusq"),
        ("OCTScore", {"arxiv": "2104.05678"}, "github.com/example-lab/octscore"),
        ("RetiQA", {}, "github.com/example-lab/retiqa"),
        ("SlitNet", {"arxiv": "2301.09876"}, "github.com/example-lab/slitnet"),
    ],
    # a338pi: numbered-heading-over-bold-field-paragraph (ElyasAmri/fada-v2): a bibliography's records as
    # "### 5. Title (2023)" over one paragraph of hard-broken bold fields "**Authors**: …  " / "**Journal**: …  " /
    # "**DOI**: https://doi.org/…  " with no Title field: a link-less heading over one such paragraph, its first field
    # a bibliographic one and some field linking an article, is titled by the heading (not by the label "Authors")
    "numbered-heading-over-bold-field-paragraph.md": [
        ("Weakly Supervised Carotid Plaque Segmentation in Freehand Ultrasound Sweeps", {"arxiv": "2309.11472"}, None),
        ("Echogenicity grading of thyroid nodules with ordinal regression",
         {"doi": "10.1016/j.ultrasmedbio.2022.04.118", "pmid": "35712044"}, None),
        ("Speckle-aware augmentation for small liver ultrasound datasets", {"doi": "10.1186/s12880-024-01377-9"},
         "github.com/example-lab/speckle-augment"),
        ("Label-efficient fetal heart view detection", {"doi": "10.1038/s41598-023-47120-2"}, None),
        ("Review of deep learning for point-of-care ultrasound", {"doi": "10.3389/fmed.2024.1287301"}, None),
    ],
    # a339pj: bold-title-byline-dated-venue-author-copy (balbasty/lit): reference records "**Title** <br/>" / "Authors
    # <br/>" / "SIAM Review (2004) <br/>" / a written-out URL; a record whose one address is an author's own copy on
    # an unknown host (words alone in its path, ".ps.gz", ".html") is one more paper: its byline closed by "(year)" says it is a work's
    # record and its linked siblings, papers, say what the list records (it read as a website)
    "bold-title-byline-dated-venue-author-copy.md": [
        ("Fast Gridding of Radial Trajectories with Kaiser-Bessel Kernels", {"arxiv": "1104.3382"}, None),
        ("Accelerating Interpolation for Nonuniform Spectral Sampling", {}, None),
        ("Density Compensation for Spiral Acquisitions Revisited", {"doi": "10.1002/mrm.21622"}, None),
        ("Min-Max Kernels for Non-Cartesian Reconstruction", {"arxiv": "1307.5521"}, None),
        ("Coil Sensitivity Estimation without Calibration Scans", {}, None),
        ("Deep Priors for Undersampled Radial MRI", {"arxiv": "1609.04417"}, None),
    ],
    # a342pm: vancouver-marked-byline-then-linked-title (zhangtaolab/zhangtaolab.github.io): a lab's publication page
    # whose items are "Liao SY†, He Y†, …, Qi YP*, **Zhang T\***, Zhang Y*. [Title](publisher…). *Journal* 2026, 5:1–9":
    # the † (co-first) and * (corresponding) marks after the names are no part of them, so the lead is still the
    # byline and the link's text the title (the marks broke the byline, and the author list titled the work)
    "vancouver-marked-byline-then-linked-title.md": [
        ("Compact base editors for multiplex editing of rice promoters", {}, None),
        ("Centromere repositioning in a wild rice telomere-to-telomere assembly", {"doi": "10.1038/s41467-025-61234-5"},
         None),
        ("Off-target profiling of adenine base editors in tomato", {}, None),
        ("Machine learning guides for plant genome editing", {"doi": "10.1007/s42994-024-00155-1"}, None),
        ("Oligo probe design for chromosome painting in maize", {"doi": "10.3389/fpls.2024.654321"}, None),
    ],
    # a342pm: homepage-author-date-forthcoming-year-plus (ziqiaow/ziqiaow.github.io): a researcher's page lists works
    # "__Wang, Z.__, Roe, K. (2024+). Title.\n[[Paper]]() \n[[Software]](github…)": "(2024+)" is the year of a
    # work still to appear, read as the year closing the byline, so the title after it titles the work (the bold
    # self-name, or the whole citation, titled it and its code went to a repository record)
    "homepage-author-date-forthcoming-year-plus.md": [
        ("Family-Based Estimation of Transmitted and Non-Transmitted Polygenic Effects in Trio Studies", {},
         "github.com/example-lab/trio-pgs"),
        ("Sparse Mixture Models for Spatially Resolved Methylation Data", {}, "github.com/example-lab/spatial-mix"),
        ("A Composite Endpoint Test for Dose Trends in Benefit-Risk Assessment", {"doi": "10.1002/sim.9876"}, None),
        ("Mendelian Randomization of Circulating Proteins and Incident Hypertension",
         {"doi": "10.1101/2024.03.11.584512"}, "github.com/example-lab/mr-proteins"),
    ],
    # a341pl: bold-author-year-dash-italic-title-over-notes (AvinashAnalytics/explainable-mental-health-ai): a
    # literature review writes each work as a link-less paragraph "**Reece & Danforth (2017)** - *Title*" right
    # over a tight list of its notes ("- Dataset: …", "- Method: …", "- **Limitation:** …"): the bold author-year
    # lead and the dash head the notes as a bracketed tag does, so the line is one paper (its byline the bold
    # lead, its title the words after the dash), the notes its description, never entries of their own
    "bold-author-year-dash-italic-title-over-notes.md": [
        ("Forecasting Low Mood from Forum Posts", {}, None),
        ("Photos and Mood", {}, None),
        ("Saliency is Not Faithfulness", {}, None),
        ("NoiseTune: Removing Noise by Adding Noise", {}, None),
        ("A Shared Task on Early Risk Detection from Forum Histories", {}, None),
    ],
    # a344po: numbered-survey-long-or-digit-venue-tag (VMVLab/Medical_Embodied_AI_Paper_List): a survey's reference
    # list, "* [206][**Annual Review of Control, Robotics, and Autonomous Systems, 2021**] Title [paper](doi…)": after
    # the reference number the bold tag is the venue and year, even when the journal's full name runs past eight
    # words or the venue's name holds a digit ("[**ML4H, 2023**]"); the title is what follows the tag
    "numbered-survey-long-or-digit-venue-tag.md": [
        ("Autonomy levels for soft-tissue surgical robots", {"doi": "10.1146/annurev-bioeng-051822-101540"}, None),
        ("Kinematic foundation models for laparoscopic skill transfer", {}, None),
        ("Safe policy learning for tissue retraction", {}, None),
        ("Needle steering with learned tissue models", {"doi": "10.1109/tmrb.2024.3381234"}, None),
        ("SutureNet: Learning Bimanual Suturing from Surgical Video", {"arxiv": "2503.04417"}, None),
        ("Shared control in teleoperated endoscopy", {"doi": "10.4018/978-1-7998-5678-0.ch012"}, None),
    ],
    # a344po: placeholder-word-link-target (VMVLab/Medical_Embodied_AI_Paper_List): "* [278][**arXiv, 2019**] Title
    # [paper](XXX)": the survey left a placeholder word ("XXX", "xxxx", "TBD", "TODO") where each work's address goes;
    # such a destination is no address, the line is link-less and its dated tag makes it a cited work (it read as a
    # web page, a relative link named "XXX")
    "placeholder-word-link-target.md": [
        ("A benchmark for instrument keypoint tracking in robotic cholecystectomy", {}, None),
        ("Synthetic-to-real adaptation for endoscopic tool segmentation", {}, None),
        ("Multi-centre organ segmentation in laparoscopic video", {"doi": "10.1016/j.media.2023.102871"}, None),
        ("Stereo depth supervision from robot kinematics in endoscopy", {}, None),
        ("Phase anticipation under occlusion in laparoscopic hysterectomy", {}, None),
        ("TriSurg: Action Triplet Recognition with Temporal Graphs", {"arxiv": "2404.05518"}, None),
    ],
    # a345pp: journal-club-schedule-byline-link-then-title (alanrogers/eghop): a reading group's schedule lists each
    # reading as "* May 25 [Skov et al 2020][ref] Title as a plain sentence. Presenter: …": the link's text is only the
    # byline and year, the meeting's date (or nothing) before it; the sentence after the link is the title
    "journal-club-schedule-byline-link-then-title.md": [
        ("Archaic haplotypes shape immune gene diversity in island populations", {"doi": "10.1038/s41588-021-00811-3"},
         None),
        ("Fine-scale population structure across the Sahel from whole genomes", {}, None),
        ("40,000 years of admixture between coastal and inland foragers", {"doi": "10.1101/2022.04.11.487654"}, None),
        ("Sampling design for ancient DNA surveys of small islands", {"doi": "10.1371/journal.pone.0212345"}, None),
        ("Recombination maps from a single pair of genomes", {}, None),
    ],
    # a345pp: apa-references-and-others-byline (YannBourgeois/YannBourgeois.github.io): a page's "## References"
    # rendered by jekyll-scholar's APA, each link-less reference its own paragraph, a long byline truncated by BibTeX's
    # "& others (2020)." — read as "et al.", so the reference is one (it was folded into its neighbour)
    "apa-references-and-others-byline.md": [
        ("A shared benchmark of simulated island demographies", {}, None),
        ("Inferring sweep ages from haplotype length decay", {}, None),
        ("Sweep-CNN: convolutional detection of soft sweeps in pooled data", {}, None),
        ("Local ancestry inference in recently admixed cattle breeds", {}, None),
        ("Scalable coalescent simulation of sex chromosomes", {}, None),
        ("Recombination maps from two genomes", {}, None),
    ],
    # a343pn: korean-japanese-role-labelled-links (health-agent/Clarifytrial): Korean and Japanese link labels name
    # the link's role as "[Paper](…)" / "[Code](…)" do — "[논문](…)", "[JAMIA 논문](…)", "[저자 공개 코드](…)" (a
    # Korean label's head noun is its last word), "[論文](…)", "[コード](…)" — so a paper on a host with no
    # identifier is the line's paper (it read as a web page)
    "korean-japanese-role-labelled-links.md": [
        ("Retrieval-Augmented Summarization of Discharge Notes", {}, "github.com/example-lab/notesumm"),
        ("Triage Question Answering for Emergency Departments", {}, "github.com/example-lab/triageqa"),
        ("Dose Conversations with a Medication Agent", {}, None),
        ("Lesion Detection in Low-Dose Chest CT", {}, "github.com/example-lab/lesionscope"),
        ("Slice Interpolation for Thick-Section CT", {}, None),
    ],
    # a343pn: heading-cards-with-public-materials-field (health-agent/Clarifytrial): "### WardSense" over "- **한 일:**
    # …" / "- **공개 자료:** [논문](arxiv…), [공식 코드](github…)": a work's card under its name, the "public materials"
    # field ("공개 자료", a generic links field as "Links:" is) holding its role-labelled links; the heading names the
    # work, not the field's label, and a qualified role label ("[JCO … 논문](doi…)", "[arXiv v1](…)") is no title
    "heading-cards-with-public-materials-field.md": [
        ("WardSense", {"arxiv": "2403.11872"}, "github.com/example-lab/wardsense"),
        ("AskFirst", {}, "github.com/example-lab/askfirst"),
        ("TRIAD", {"doi": "10.1200/cci-24-00213"}, None),
        ("CareBench", {"arxiv": "2409.15520"}, None),
    ],
    # a343pn: research-plan-metrics-sections (health-agent/Clarifytrial): "## 3. 평가 지표" (evaluation metrics) /
    # "### 시스템 성능" / "- 후보 검색 Recall@k와 nDCG@k": a plan's metrics under a metrics heading (or a sub-heading of
    # one) are measures, not link-less references, however title-like their Latin abbreviations read
    "research-plan-metrics-sections.md": [
        ("Discharge Note Summarization with Retrieval", {"arxiv": "2402.01234"}, None),
        ("Cost-aware Test Ordering for Trial Assignment", {"arxiv": "2406.01122"}, None),
    ],
    # a340pk: reading-order-by-method-names (juhar1github/Awesome-causal-time-series-anomaly-detection): tables give
    # each work with its method's short name in a "Method" column, then "Recommended reading order" lists
    # "1. CIRCA and EasyRCA for causal root-cause analysis": a link-less line led by names the list already gives works
    # by, then a lower-case word, points back to those works and is no paper of its own
    "reading-order-by-method-names.md": [
        ("Lag-Aware Causal Graphs for Sensor Fault Localisation", {"arxiv": "2502.04417"}, "github.com/example-lab/lagcause"),
        ("Random Walks on Learned Causal Graphs for Root Cause Ranking", {"arxiv": "2406.11302"},
         "github.com/example-lab/rootwalk"),
        ("FlowRCA: A Library for Metric-Based Root Cause Analysis", {"arxiv": "2406.20815"},
         "github.com/example-lab/flowrca"),
        ("Detecting Mechanism Shifts in Multivariate Time Series", {"arxiv": "2303.07781"},
         "github.com/example-lab/mechshift"),
        ("GrangerScope: Gradient-Based Granger Discovery for Anomaly Scoring", {"arxiv": "2501.09876"}, None),
    ],
    # a340pk: emoji-bold-link-title-dash-surnames (CHAI-UK/Awesome-Time-Series-Causal-Discovery): "- 📄 **[Title —
    # Runge et al. (Nature Reviews Earth & Environment, 2023)](doi…)** — note": the link's text is the title, a spaced
    # dash, the authors' surnames and "(Venue, Year)"; the surnames leave the title, and they and the year make a
    # book's link to its publisher's page ("📖 **[Title — Pearl (2009)](bayes…/BOOK-2K/)**") a cited work too
    "emoji-bold-link-title-dash-surnames.md": [
        ("Causal Models for Bedside Monitoring (2nd ed.)", {}, None),
        ("Counterfactual Reasoning in Critical Care", {}, None),
        ("Lagged treatment effects in intensive care time series", {"doi": "10.1038/s41467-021-24310-7"}, None),
        ("A Survey of Causal Discovery for Vital-Sign Streams", {"arxiv": "2304.11872"},
         "github.com/example-lab/vitals-causal-survey"),
        ("Granger Tests for Irregularly Sampled Records", {"arxiv": "2209.05511"}, None),
    ],    # a351pv: title-heading-over-general-information-fields (MyrtoLimnios/covid19-biblio): each work is a card,
    # "## Title" / "### General information" / "**Authors** : …</br>" / "**Paper** : Available [here](…)</br>" /
    # "**Code available** : https://github…</br>" / "### Technical information": the fields paragraph under a part
    # label of the card is the record of the work its bare parent heading names (not a record titled "Authors")
    "title-heading-over-general-information-fields.md": [
        ("Household Contact Heterogeneity and Early Epidemic Growth in Dense Cities", {"arxiv": "2003.18244"},
         "github.com/example-lab/contact-heterogeneity"),
        ("A Lockdown Timing Problem under Hospital Capacity Limits", {}, None),
        ("Nowcasting Unreported Infections from Hospital Admissions", {"doi": "10.1101/2020.04.09.20059281"},
         "github.com/example-lab/admission-nowcast"),
        ("Spatial Spread of Respiratory Infections along Commuter Networks", {}, None),
    ],
    # own23: own-paper-announced-over-linked-title-and-byline (kexinhuang12345/ml-genomics-resources): "This repo
    # accompanies our survey paper:" / blank line / "[Title](arxiv…)." / "*Author One, Author Two, …*": the paragraph
    # that is the lone linked title with its authors' names under it is the paper the one before announces
    "own-paper-announced-over-linked-title-and-byline.md": [
        ("Deep Learning for Retinal Disease Screening: Tasks, Data and Open Problems", {"arxiv": "2203.04567"}, None),
        ("Vessel graph networks for retinal vessel segmentation", {"arxiv": "1905.01234"}, "github.com/example-lab/vgn"),
        ("Multi-scale attention for optic disc segmentation", {"doi": "10.1109/tmi.2021.3051234"}, None),
        ("Self-supervised grading of diabetic retinopathy", {"arxiv": "2107.06543"}, "github.com/example-lab/ssl-dr"),
    ],
    # a348ps: bold-author-year-key-over-reference (DiogoRibeiro7/genSurvPy): a bibliography page heads each work with
    # its author-year key in bold on a line of its own ("**Cox (1972)**"), then the APA reference in full or, for a
    # book, its italic title and publisher, and a "→ [page](../models/x.md)" cross-reference: the reference (or the
    # italic run) under the key is the work, a key-headed paragraph with no link is a record of its own, and a
    # relative link to the documentation's own page leaves it a paper
    "bold-author-year-key-over-reference.md": [
        ("Stratified Log-Rank Tests Under Delayed Treatment Effects", {}, None),
        ("Restricted Mean Survival Time for Non-Inferiority Margins", {"doi": "10.1111/biom.13041"}, None),
        ("Adaptive Designs for Confirmatory Trials", {}, None),
        ("Interval-Censored Event Times in Practice", {}, None),
        ("Competing Events in Clinical Follow-Up", {}, None),
    ],
    # a350pu: cjk-reader-note-before-title (liuzan-info/project-record): "readme文档完善，…适合学习 DAEM: Deep attributed …
    # https://…" — a Chinese reading list opens a work's plain line with the reader's note in CJK (full-width commas,
    # Latin words such as "graph", "readme", "star 11个" inside it), then whitespace, then the work's Latin title; the
    # note (more ideographs than Latin letters) is no part of the title, what follows its last ideograph is
    "cjk-reader-note-before-title.md": [
        ("PairSide: Multi-view embedding of drug pairs for adverse interaction prediction",
         {"doi": "10.1016/j.eswa.2023.120114"}, "github.com/example-lab/pairside"),
        ("ColdDDI: predicting interaction side effects for unseen drugs", {"doi": "10.1186/s13321-023-00711-2"},
         "github.com/example-lab/colddi"),
        ("Jointly learning synergy scores and adverse effects with heterogeneous graphs", {"arxiv": "2304.05512"},
         "github.com/example-lab/synergy-ae"),
        ("ToxExplain: Interpretable models for predicting drug-induced liver injury", {"pmid": "36612345"},
         "github.com/example-lab/toxexplain"),
        ("SignalBERT: Transformer pretraining on spontaneous adverse event reports", {"doi": "10.1093/jamia/ocad117"},
         None),
    ],
    # a349pt: pmid-field-records-then-pmid-recap-table (unknown/health-ai-bias-equity-litreview-id56870040542): a
    # literature review gives each work as a record of bold fields ("**PMID:** …", "**Title:** …", "**DOI:** …"),
    # then a summary table restating every work by its PMID and a short name ("| 1 | 37380750 | Algorithmic
    # fairness in AI for medicine | 2023 | … |"); the rule reads a table whose link-less rows (two or more, at least
    # half) each give only identifiers of one different entry outside it as a recap: each row is folded into that
    # entry (restated-reference), not a second work
    "pmid-field-records-then-pmid-recap-table.md": [
        ("Subgroup calibration of sepsis alerts across hospital sites",
         {"pmid": "38812207", "doi": "10.1097/ccm.0000000000006211"}, None),
        ("Label choice and under-referral in population health algorithms",
         {"pmid": "36651190", "doi": "10.1377/hlthaff.2022.01124"}, None),
        ("Auditing pulse oximetry error by skin tone in intensive care records",
         {"pmid": "35120458", "doi": "10.1007/s10916-022-01812-5"}, None),
    ],
    # a349pt: numbered-bold-arxiv-id-dash-quoted-title (unknown/arxiv-outcome-prediction-synthesis-id14825777044): a
    # research synthesis numbers its works, each item its arXiv id (with version) in bold, a spaced dash and the
    # quoted title alone ('1. **2101.03940v1** - "Title"'), over note bullets; the rule reads a bold label that is
    # wholly an arXiv id, set off by a colon or a spaced dash from a quoted title, as the work's identifier, and
    # the quoted title (the label blanked) as its title
    "numbered-bold-arxiv-id-dash-quoted-title.md": [
        ("Recurrent Forecasting of Ward Occupancy from Admission Streams", {"arxiv": "2203.04117"}, None),
        ("Attention Over Irregular Vital Sign Series for Deterioration Alerts", {"arxiv": "1909.08812"}, None),
        ("Subgroup Calibration Gaps in Inpatient Risk Scores", {"arxiv": "2106.11350"}, None),
        ("Label Bias from Uneven Testing in Emergency Triage Models", {"arxiv": "2311.02294"}, None),
    ],
    # a347pr: openalex-byline-over-bold-title-single-author (brainglobe/brainglobe.github.io): a docs page's
    # "Publications citing …" list exported from OpenAlex, each record "Authors (Year)␣␣" / "**Title**␣␣" / "*Venue*␣␣" /
    # "[DOI](https://doi.org/https://doi.org/…)"; a single author's line "Lucie Moreau (2024)" (one name, closed by
    # its bracketed year) is the byline as a list of names is, the bold line under it the title
    "openalex-byline-over-bold-title-single-author.md": [
        ("Whole-eye registration of optical coherence tomography volumes across visits",
         {"doi": "10.1038/s41467-025-51234-7"}, None),
        ("Sparse vessel graphs for longitudinal fundus photograph analysis", {"doi": "10.1016/j.media.2024.103311"}, None),
        ("A toolkit for annotating retinal layers in cleared tissue", {"doi": "10.1101/2024.06.21.598877"}, None),
        ("Label-free tracking of microglia in the living retina", {"doi": "10.7554/elife.91212.2"}, None),
        ("Curved light sheet imaging of whole cleared eyes at cellular resolution", {"doi": "10.1016/j.celrep.2023.113490"},
         None),
    ],
    # a347pr: cite-page-quoted-wrapped-references (DeepLabCut/DeepLabCut docs/citation.md): a docs page's "how to cite"
    # section sets each recommended reference apart as a quote, wrapped over its lines in a journal's style
    # ("> Okafor, B., … &" / "> Lindqvist, M. VesselCut: A deeper, …" / "> Conference on …, 112–128 (Springer, 2020).");
    # a link-less quote that is one whole reference opening with its authors is an item, as the same text unquoted is
    "cite-page-quoted-wrapped-references.md": [
        ("RetinaKit: markerless tracing of retinal vessels with deep learning", {}, None),
        ("VesselCut: A deeper, wider and faster vessel segmentation model", {}, None),
        ("Sparse residual learning for fundus images", {}, None),
    ],
    # a346pq: tool-heading-paper-then-link-fields (julietam/GenerativeAI_Medical_Images): "### MONAI" / "28. **Cardoso,
    # M. J., et al. (2022)**" / '"MONAI: …"' / "[arXiv:…](…)" then the paragraph "**Website**: [url](url)" /
    # "**GitHub**: [url](url)": a paragraph of link fields alone after the one work of its section gives that work's
    # links (its code); under a section of several works ("## Métricas") the fields stay apart
    "tool-heading-paper-then-link-fields.md": [
        ("ScanForge: An open toolkit for synthetic CT generation in radiotherapy", {"arxiv": "2305.14412"},
         "github.com/example-lab/scanforge"),
        ("tissuegen: a Python library of pretrained diffusion models for histology synthesis",
         {"doi": "10.1117/1.jmi.11.2.024501"}, "github.com/example-lab/tissuegen"),
        ("Fidelity Scores for Synthetic Radiographs", {"arxiv": "2207.03318"}, None),
        ("Privacy Audits of Generated Chest X-rays", {"doi": "10.1016/j.media.2021.102177"}, None),
    ],
    # a346pq: books-bold-byline-over-italic-title (julietam/GenerativeAI_Medical_Images): "## 📖 Libros" / "40.
    # **Goodfellow, I., Bengio, Y., & Courville, A. (2016)**" / "*Deep Learning*" / "MIT Press" / "URL: [url](url)": under
    # a heading of books, an item whose first line is only a bold byline and year and whose next line is only an italic
    # run cites a book: the italics are its title, the byline its authors (its papers quote their titles instead)
    "books-bold-byline-over-italic-title.md": [
        ("Contrast-aware Denoising for Low-Field MRI", {"arxiv": "2106.04417"}, None),
        ("Uncertainty Maps for Generated Mammograms", {"doi": "10.1016/j.media.2022.102511"}, None),
        ("Foundations of Medical Image Computing", {}, None),
        ("Generative Models for Clinical Data", {}, None),
    ],
    # a352pw: bold-name-quoted-title-year-card (siyaqi/Awesome-Hallu-Eval): each work is a link-less line
    # '**SCALE** - "SCALE: Evaluating …" (2024)' (or '**Full Title** (2023)') over a card of "- **Data**: …" /
    # "- **Model**: …" / "- **Method**: …" bullets; the quoted title (or the bold title) closed by its year heads
    # one record whose bullets are its notes, never entries of their own
    "bold-name-quoted-title-year-card.md": [
        ("VERITAS: Scoring Claim Support in Long Clinical Summaries", {}, None),
        ("Measuring Faithfulness of Radiology Report Generators with Small Judges", {}, None),
        ("TriageQA: A Benchmark for Answer Consistency in Emergency Questions", {}, None),
        ("Consistency Probes: Cheap Signals of Hallucinated Dosage Statements", {}, None),
    ],
    # a352pw: bold-name-dash-byline-code-only-rows (Samantha09/llm-safety-papers): a paper table's rows name each work
    # "| **AgentDojo** - Debenedetti et al. | NeurIPS 2024 | - | … | [GitHub](…) |": a bold short name, a dash and
    # the first author's byline, no paper link, only the code; the byline makes the row the paper's record (not a
    # benchmark's or a repository's) and its GitHub link the paper's own code
    "bold-name-dash-byline-code-only-rows.md": [
        ("TriageGuard", {"arxiv": "2403.11872"}, None),
        ("DoseBench", {}, "github.com/example-lab/dosebench"),
        ("WardRisk", {}, None),
        ("ChartJack", {}, "github.com/example-lab/chartjack"),
        ("Consent Bypass", {"arxiv": "2410.05531"}, "github.com/example-lab/consent-bypass"),
        ("MedGuardrails", {}, "github.com/example-lab/medguardrails"),
    ],
    # a352pw: silverchair-article-page-doi-headings (EdinburghNLP/awesome-hallucination-detection): a heading links
    # the work's Silverchair article page, "direct.mit.edu/tacl/article/doi/10.1162/tacl_a_00529/114373/FaithDial-…":
    # the DOI after "/article/doi/", then the platform's number and the title's slug, which are no part of it
    "silverchair-article-page-doi-headings.md": [
        ("WardTalk: A Faithful Benchmark for Bedside Information-Seeking Dialogue", {"doi": "10.1162/tacl_a_00612"}, None),
        ("Grounded Consultation Agents Hallucinate Less", {"arxiv": "2310.14872"}, None),
        ("Measuring Attribution in Clinical Question Answering", {"doi": "10.1162/coli_a_00498"}, None),
    ],
    # a353px: books-shop-link-byline-publisher-year (sherrylixuecheng/awesome-ai4chem): under "## Books [^](#…)", each
    # numbered item links the book's title to a shop ("[Title](amazon.com/…)") and writes its byline on the next line
    # as "R. J. Silbey, R. A. Alberty, & M. G. Bawendi. Wiley, 2004": names, a full stop, the publisher and the year
    # read as a book's reference, so the linked title is the cited work (it was a web page)
    "books-shop-link-byline-publisher-year.md": [
        ("Molecular simulation of soft proteins: a practical companion", {}, None),
        ("Free energy methods for the working chemist", {}, None),
        ("Sampling rare events in biomolecular systems", {}, None),
        ("Probabilistic learning for molecular scientists", {}, None),
        ("Equivariant potentials for solvated ligand binding", {"doi": "10.1021/acs.jctc.3c00917"}, None),
        ("Coarse-grained kinetics of cryptic pockets", {"arxiv": "2405.11873"}, "github.com/example-lab/cryptokin"),
    ],
    # a356qb: sources-bullet-recapping-listed-links (unknown/clinical-xai-governance-literature): a literature page
    # closes with "## Sources" and one bullet of '·'-separated links wrapped over several lines, each link the very
    # address a table row above gave its study; an item whose links all repeat listed works' paper links is a recap,
    # folded into those works (it was one paper merging their identifiers plus a paper per contradicting link)
    "sources-bullet-recapping-listed-links.md": [
        ("Continuous wrist-worn monitoring predicts sepsis onset on general wards",
         {"doi": "10.1101/2025.04.17.25325981"}, None),
        ("A recurrent model for deterioration alerts from sparse ward observations", {"arxiv": "2503.08817"}, None),
        ("Federated training of sepsis predictors across five hospitals", {"pmcid": "PMC11384207"}, None),
        ("Clinician trust in explained sepsis alerts — a mixed-methods study", {"doi": "10.2196/51873"}, None),
        ("Counterfactual explanations for bedside early-warning scores", {"arxiv": "2410.11253"}, None),
    ],
    # a357qc: abnt-references-uppercase-surnames (guiozores/diabetes-ML): Brazilian ABNT (NBR 6023) references,
    # "1. ALMALKI, Fahad; ALKHALED, Jaber. Title. _Journal_, v. 12, n. 3, p. 1-10, 2020. Disponível em: <url>. Acesso
    # em: …": surnames in capitals, a comma before the given names, semicolons between the names, "et al." or a full
    # stop closing the byline; the next sentence is the title (it was the first author's name)
    "abnt-references-uppercase-surnames.md": [
        ("Gradient Boosting for Early Detection of Gestational Diabetes: A Cohort Study", {"pmcid": "PMC9921734"}, None),
        ("Calibration of risk scores for diabetic retinopathy screening in primary care",
         {"doi": "10.1016/j.retrep.2021.04.007"}, None),
        ("Segmentação de lesões de pele com redes convolucionais leves", {"arxiv": "2007.04512"},
         "github.com/example-lab/pele-seg"),
        ("Redes neurais para triagem de retinopatia diabética", {"pmid": "33451207"}, None),
        ("Aprendizado de máquina aplicado à saúde pública", {"doi": "10.1007/978-3-030-44411-2"}, None),
        ("Modelos preditivos para internações hospitalares", {"doi": "10.5151/9788521213994-03"}, None),
    ],
    # a357qc: apa-references-lowered-second-initials (abrahamnunes/abrahamnunes.github.io): APA references exported
    # by a reference manager that sentence-cased each name's second initial, "Whitton, A. E., & Pizzagalli, D. a.
    # (2015). Title. Journal, 28(1), 7–12.": a lone small letter after a capital initial, before the APA year, is an
    # initial (the byline ended at it and "a" was the title)
    "apa-references-lowered-second-initials.md": [
        ("Reward prediction errors in remitted anhedonia: a probabilistic account", {"doi": "10.1016/j.jam.2016.02.011"},
         None),
        ("Learning rates under uncertainty in bipolar spectrum disorders", {"doi": "10.1186/2045-5380-7-88"}, None),
        ("Habit formation and goal-directed control in obsessive–compulsive disorder", {"doi": "10.1038/nrn3012"}, None),
        ("Oscillator models of mood cycling: fitting daily ratings", {"doi": "10.1371/journal.pone.0197723"}, None),
        ("A Perspective from Dynamical Systems on Relapse in Depression", {"doi": "10.3389/fpsyt.2020.00412"}, None),
    ],
    # a354pz: numbered-h1-paper-records-byline-doi-line (SocratesClub/Replicate-Google-flu-study): under the page's
    # title H1, each paper is an H1 numbered as a record ("# 1. Title") over its byline, a venue line, a bare article
    # URL or a written "DOI: 10.1126/…" / "PMID: …" line, and sub-sections of its parts ("#### Code availability",
    # "#### Data", "#### data & code"): the numbered H1s are the records (as "## " sections would be), a line that
    # only writes an identifier makes a link-less one a record, and a code part gives the record its code while a
    # data part is no paper of its own
    "numbered-h1-paper-records-byline-doi-line.md": [
        ("Forecasting dengue incidence from web search trends and weather reanalysis",
         {"doi": "10.1038/s41467-021-23511-3"}, None),
        ("The Limits of Nowcasting Respiratory Illness from Pharmacy Sales", {"doi": "10.1126/science.abf3920"}, None),
        ("Mobility-informed influenza nowcasting across US states with graph networks",
         {"doi": "10.1038/s41467-022-28476-9"}, "github.com/example-lab/flunet-states"),
        ("Wastewater surveillance of SARS-CoV-2 variants in a mid-sized city", {"pmid": "36476385"}, None),
    ],
    # a355qa: numbered-paper-heading-written-id-over-fields-and-notes (AvinashAnalytics/explainable-mental-health-ai):
    # a literature review's "### 4.1 Paper 1: Title (arXiv:2304.03347)" heading, link-less, writes its work's
    # identifier in brackets over "**Authors:**" / "**Venue:**" field lines, then notes (bold labels, numbered lists,
    # a table); the heading is that work's record, its identifier and fields its own, "Paper 1:" no part of its title
    "numbered-paper-heading-written-id-over-fields-and-notes.md": [
        ("Calibrated Attention Maps for Sepsis Onset Forecasting", {"arxiv": "2305.11482"}, None),
        ("Large Language Models at the ICU Bedside – A Scoping Review", {"arxiv": "2402.07719"}, None),
        ("Temporal Convolutions for Lactate Trajectory Prediction", {"doi": "10.1016/j.jbi.2022.104187"}, None),
    ],
    # a355qa: formula-symbol-legend-among-linkless-reviewed-works (AvinashAnalytics/explainable-mental-health-ai): a
    # literature review of link-less "**Authors (Year)** - *Title*" records explains a formula with a "**Where:**"
    # legend, "- $x'$: Baseline (zero embedding)"; a TeX symbol alone before the colon and a short gloss is a legend
    # line, never one more link-less title of the reading list
    "formula-symbol-legend-among-linkless-reviewed-works.md": [
        ("Path Integrals for Saliency in Clinical Text Classifiers", {}, None),
        ("Noise-Averaged Gradients for Stable Token Saliency", {}, None),
        ("Local Surrogates for Explaining Triage Classifiers", {}, None),
        ("Cooperative Game Values for Clinical Feature Attribution", {}, None),
        ("Faithfulness Tests by Token Deletion in Clinical NLP", {}, None),
        ("Plausibility Ratings of Saliency Maps by Psychiatrists", {}, None),
        ("Counterfactual Edits for Suicide Risk Classifiers", {}, None),
    ],
    # a355qa: our-approach-remarks-among-linkless-reviewed-works (AvinashAnalytics/explainable-mental-health-ai): a
    # review of link-less "**Authors (Year)** - *Title*" records sets its own project beside them under bold labels,
    # "**Our Approach vs. Counterfactuals:**" / "- Trade-off: Counterfactuals are actionable but less faithful"; the
    # lines under an "Our Implementation/Approach/Use" label are the writers' remarks, never more link-less titles
    "our-approach-remarks-among-linkless-reviewed-works.md": [
        ("Counterfactual Edits for Suicide Risk Classifiers", {}, None),
        ("Path Integrals for Saliency in Clinical Text Classifiers", {}, None),
        ("Local Surrogates for Explaining Triage Classifiers", {}, None),
        ("Cooperative Game Values for Clinical Feature Attribution", {}, None),
        ("Faithfulness Tests by Token Deletion in Clinical NLP", {}, None),
        ("Plausibility Ratings of Saliency Maps by Psychiatrists", {}, None),
    ],
    # a358qd: prose-paragraph-tutorial-link (Project-MONAI/MONAI docs/source/applications.md): a paragraph per method
    # links its paper, then "please check out the [multiple instance learning tutorial](github.com/…/tutorials/…)": a
    # label of several words whose head noun is tutorial, notebook, example, demo or walkthrough names a lesson on using
    # the method, not the paper's own code (an "[implementation](…)" beside it still is)
    "prose-paragraph-tutorial-link.md": [
        ("Cascaded Tumour Segmentation with Uncertainty Gates", {"arxiv": "2203.04518"}, None),
        ("Attention Pooling of Whole-Slide Image Patches for Weakly Supervised Classification", {"arxiv": "2108.11263"},
         None),
        ("Click-Guided Annotation of Cell Nuclei", {"doi": "10.1016/j.media.2022.102456"},
         "github.com/example-lab/click-nuclei"),
        ("Deformable Registration with Learned Smoothness Priors", {"arxiv": "2301.09917"}, None),
    ],
    # a358qd: work-title-heading-opens-with-contact (a351pv synthetic finding, a digest of works by heading): "## Contact
    # Heterogeneity and Early Epidemic Growth in Dense Cities" is a work's title, not the list's contact section; only
    # the word alone or with a few words about whom to reach ("## Contact Us", "## Contact the authors") is that section
    "work-title-heading-opens-with-contact.md": [
        ("Contact Heterogeneity and Early Epidemic Growth in Dense Cities", {"arxiv": "2003.18244"},
         "github.com/example-lab/contact-growth"),
        ("Contact Tracing Apps and the Timing of Quarantine", {"doi": "10.1371/journal.pcbi.1009013"}, None),
        ("Household Clustering of Respiratory Infections in Shared Housing", {"pmid": "33456789"}, None),
    ],
    # a360qf: note-link-to-article-table-or-figure (LizChai/Stress_Detection_FYP): reading notes under each paper,
    # one note linking a table or figure of that article ("[Comparison table](…/pmc/articles/PMC…/table/…)"): a
    # part of the article is not a work, though its address carries the article's PMCID
    "note-link-to-article-table-or-figure.md": [
        ("Ambulatory Stress Monitoring with Wrist-Worn Sensors in University Students", {"pmcid": "PMC7034512"}, None),
        ("Photoplethysmography Features for Mental Workload Estimation", {"pmcid": "PMC8415529"},
         "github.com/example-lab/ppg-workload"),
        ("Skin Conductance Peaks as Markers of Acute Stress", {"pmcid": "PMC6123981"}, None),
    ],
    # a359qe: dataset-name-bullet-over-publication-sub-bullet (ratulalahy/awsome_sci_med_attack): "## Datasets" /
    # "* [e-SNLI](github…): …" / "  * [Publication link](papers.nips.cc/…)": a name bullet linking its repository over
    # a sub-bullet labelled as the publication (on a scholarly host) is the paper, the repository its code; a paper
    # link on the name's own line, or no labelled publication, leaves the data set
    "dataset-name-bullet-over-publication-sub-bullet.md": [
        ("MedEntail", {}, "github.com/example-lab/med-entail"),
        ("RadPairs", {}, "github.com/example-lab/radpairs"),
        ("TriageQA", {}, "github.com/example-lab/triage-qa"),
    ],
    # own: apa-single-author-italic-book-titles (a textbook reading list): APA sets a book's title in italics after
    # the dated byline ("Moreau, L. P. A. (2021). *Title*. Publisher."); with one author, read as a byline before an
    # italic title, the initials were a second author and the publisher a name, and the book was no paper
    "apa-single-author-italic-book-titles.md": [
        ("Statistical Learning for Clinical Imaging", {}, None),
        ("Foundations of Biomedical Signal Processing", {}, None),
        ("Probabilistic Models of Disease Progression: An Introduction", {}, None),
        ("Deep Learning for Pathology Slides", {}, None),
        ("Calibrated risk scores from routine blood tests", {"doi": "10.1000/jci.2018.0123"}, None),
    ],
    # own: bold-title-br-byline-br-venue-lines: "**Title** <br/> Anna Kovacs, Bo Li, Chen Wu <br/> MICCAI (2021)": under a
    # bold title closed by an HTML break, each later break parts the byline from the venue (read as a space, the last
    # author ran into the venue, "Chen Wu MICCAI")
    "bold-title-br-byline-br-venue-lines.md": [
        ("Deep Learning for Retinal Vessel Segmentation", {}, "github.com/example-lab/retina-seg"),
        ("Self-supervised Pretraining of Chest X-ray Encoders", {}, "github.com/example-lab/cxr-ssl"),
        ("Graph Networks for Tumour Microenvironments", {"doi": "10.1038/s41467-023-00001-1"}, None),
        ("Uncertainty-aware Triage of Dermoscopy Images", {"arxiv": "2303.01234"}, None),
    ],
    # a364qj: question-title-question-subtitle (Guillermo-Hidalgo-Gadea/Seminar-ComputationalEthology): an APA
    # reference whose title is a question and whose subtitle is a second question ("What is behavior? No seriously,
    # what is it? [Preprint]. Venue."): a clause of a few words that a capital opens and its own "?" closes, right
    # after the title's "?", is still the title — a source never ends in a question mark
    "question-title-question-subtitle.md": [
        ("What is a gait? Can a camera really tell us?", {"doi": "10.1101/2021.03.11.434987"}, None),
        ("Who is the leader? Can trajectories alone reveal rank?", {"doi": "10.1038/s41592-020-0781-4"}, None),
        ("Does the mouse know? What does the camera see?", {"doi": "10.1016/j.cub.2019.06.021"},
         "github.com/example-lab/mouse-intent"),
        ("Is this grooming or scratching? Where do the labels come from?", {"doi": "10.1007/s10164-023-00781-2"},
         None),
    ],
    # a363qi: repo-line-quoted-paper-title-venue-tag (coderonion/awesome-snn): "- [name](github…) <img stars/> : gloss.
    # "Quoted Title". (**[arXiv 2021](arxiv…)**)" or '"Title". (ECCV 2022)': a repository's line that closes by quoting
    # its paper's title, then the paper's venue and year (linked or bracketed), is that paper, the repository its code
    "repo-line-quoted-paper-title-venue-tag.md": [
        ("Temporal Credit Assignment for Deep Spiking Networks with Adaptive Thresholds", {"arxiv": "2305.14121"},
         "github.com/example-lab/tempo-snn"),
        ("DendriteNet: Dendritic Computation Improves Sparse Spiking Classifiers", {},
         "github.com/example-lab/dendritenet"),
        ("Cortex-Sim, a flexible simulator of laminar cortical circuits", {"doi": "10.3389/fninf.2021.612345"},
         "github.com/example-lab/cortex-sim"),
        ("Event-Based Optical Flow with Recurrent Spiking Encoders", {}, "github.com/example-lab/spike-flow"),
    ],
    # a368qn: note-index-title-with-abbreviation-stop (M0rtzz/Paper-Notes): a 论文笔记 index, "**[Title](note.md)**"
    # then ":   one-line summary", each title linked to the reader's note; a title holding an abbreviation's stop
    # before a capital ("Dr. Assistant: …", "Faithfulness vs. Safety: …") is no second sentence, so it reads as a
    # paper's title and the noted titles are the index's papers
    "note-index-title-with-abbreviation-stop.md": [
        ("Dr. Segment: Conversational Lesion Delineation with Multimodal Agents", {}, None),
        ("Pathology vs. Radiology: Which Modality Predicts Immunotherapy Response Better?", {}, None),
        ("Sparse Vessel Graphs for Retinal Disease Grading", {}, None),
        ("Prof. Tutor: Curriculum Distillation for Ultrasound Report Generation", {}, None),
        ("Label-Efficient Cell Counting with Point Supervision", {}, None),
        ("Federated Tumor Segmentation across Twelve Hospitals", {}, None),
        ("Man vs. Machine: Reader Study of Mammography Triage Models", {}, None),
        ("Anatomy-Aware Diffusion Priors for Sparse-View CT Reconstruction", {}, None),
    ],
    # a369qo: reader-notes-abstract-conclusion-subsections (abhi18av/LJMU_Masters_Dissertation): a thesis's link-less
    # reading notes give each work's parts sub-headings ("## Abstract", "## Conclusion", "## FutureWork"); their
    # bullets retell that work (however title-like or full-stopped) and are no references
    "reader-notes-abstract-conclusion-subsections.md": [
        ("Lightweight detectors for parasite counting in thick blood smears", {"doi": "10.1186/s12936-022-04133-7"}, None),
        ("Cough audio embeddings for community tuberculosis triage", {"pmid": "37012345"}, None),
        ("Blind-sweep obstetric ultrasound read by a compact network", {}, None),
    ],
    # a362qh: nickname-heading-quoted-paper-label-over-field-bullets (melmbrain/AbAg_binding_prediction): a project's
    # reference notes file each work under a nickname heading ("### IgT5 - State-of-the-Art Antibody Model",
    # "### Focal Loss"), then '**Paper**: "Quoted Title"' over bullets of bold fields ("- **Journal**: …",
    # "- **DOI**: 10.…", "- **URL**: https://…", "- **Code**: https://github…"): the quoted value of the paper label
    # titles one record, the bullets are its fields (each field read as an entry of its own without an authors field)
    "nickname-heading-quoted-paper-label-over-field-bullets.md": [
        ("Ranking candidate T cell epitopes with contrastive peptide embeddings",
         {"doi": "10.1093/bioinformatics/btad512"}, "github.com/example-lab/peprank"),
        ("Benchmarking MHC class II presentation predictors on eluted ligand data",
         {"doi": "10.3389/fimmu.2022.874120"}, None),
        ("Label smoothing for noisy binding affinity labels", {"arxiv": "2106.04417"}, None),
        ("Repertoire-level embeddings of B cell receptor sequences", {"pmcid": "PMC10981234"}, None),
        ("The energetics of antibody-antigen recognition", {}, None),
    ],
    # a362qh: author-year-key-nickname-dash-note-summary (melmbrain/AbAg_binding_prediction): a closing summary
    # "1. **Kenlay et al. 2024 (IgT5)** - Our antibody model choice" names works listed above by their author-year
    # key and nickname, then a dash and the reader's note: a mention in passing, no reference; the key's year is
    # no part of a title ("2024 (IgT5) - Our antibody model choice" was read as a paper's title)
    "author-year-key-nickname-dash-note-summary.md": [
        ("Paratope prediction with equivariant graph networks", {"arxiv": "2310.04417"}, None),
        ("Antibody language models for developability screening", {"doi": "10.1093/bib/bbad310"}, None),
        ("Nanobody loop modelling with diffusion", {"doi": "10.1101/2024.02.11.579876"}, None),
    ],
    # a367qm: hugo-resource-link-quoted-citation (gumaerc-testorg/6.s897-spring-2019): MIT OpenCourseWare's Hugo export
    # of a readings table cites each work as 'Author. "{{% resource_link "<uuid>" "Title." %}}" *Journal* …'; the
    # inline shortcode is read as the text Hugo shows (its second argument), so the line is a quoted-title citation
    "hugo-resource-link-quoted-citation.md": [
        ("Early Warning of Renal Decline From Routine Laboratory Panels", {}, None),
        ("Recurrent Imputation for Irregularly Sampled Vital Signs", {"arxiv": "1903.04821"}, None),
        ("Calibrated Risk Scores for Sepsis Onset in the Emergency Department", {}, None),
        ("Counterfactual Treatment Policies From Observational Intensive Care Data", {}, None),
        ("Phenotype Discovery in Discharge Summaries With Weak Supervision", {}, None),
    ],
    # a367qm: classroom-invitation-under-lab-citation (aarmey/BE275): "- Lab: Implementation of [Shaffer et al.](paper)"
    # over "  - [Repository link](https://classroom.github.com/a/…)": a GitHub Classroom invitation is the homework's
    # starter repository, not the cited work's code; a real repository under the same label stays code
    "classroom-invitation-under-lab-citation.md": [
        ("Ferreira et al.", {"doi": "10.1016/j.cels.2021.04.007"}, None),
        ("Nakamura et al.", {"doi": "10.1038/s41592-020-0934-8"}, None),
        ("Okoye et al.", {"arxiv": "2104.05318"}, "github.com/example-lab/okoye-kinetics"),
    ],
    # a365qk: title-partly-linked-closed-by-year (Selaginella99/GWAS-p1): "The common biology of [cancer and
    # ageing](nature…), 2007", "[Cancer and ageing](nature…): convergent and divergent mechanisms, 2007": a prose reading
    # list links only some of a title's words; the words before the link (ending in "of", "into", a colon) and after
    # it (a colon and a subtitle, or lower-case words) up to the closing year are the rest of the title
    "title-partly-linked-closed-by-year.md": [
        ("Tumour suppression and ageing: shared pathways and trade-offs", {"doi": "10.1038/nrc2611"}, None),
        ("The shared biology of stem cells and ageing", {"doi": "10.1038/nrm2877"}, None),
        ("Proteostasis networks in the ageing cell", {"doi": "10.1038/nrm3073"}, None),
        ("Linking metabolic signalling into lifespan control", {"doi": "10.1038/nrg3188"}, None),
        ("Epigenetic clocks: what they measure and why", {}, None),
    ],
    # a366ql: paper-table-row-with-forge-venue (REAL-Lab-NU/Awesome-AI-Agents-Disease): "| Title | Venue | Date | Paper
    # Link | Project Page |" rows, one of them "| **dna-claude-analysis: …** | GitHub | 2025 | Not Available | [GitHub](…)
    # |": a venue cell naming a code forge ("GitHub", "GitLab") says the row is a repository filed among the papers;
    # its venue and date cells do not make it cite a paper
    "paper-table-row-with-forge-venue.md": [
        ("GenePanelAgent: Tool-Using Language Agents for Rare Variant Interpretation", {"arxiv": "2506.21437"}, None),
        ("Self-Verifying Agents for Pathway Enrichment Analysis", {"doi": "10.1038/s41592-025-02811-4"},
         "github.com/example-lab/pathway-agent"),
        ("Multi-Agent Debate for Mendelian Disease Diagnosis from Phenotype Notes", {"arxiv": "2507.04412"},
         "github.com/example-lab/mendel-debate"),
        ("Retrieval-Augmented Antimicrobial Stewardship with Clinical Guidelines", {"doi": "10.2196/71234"}, None),
    ],
    # a366ql: bold-venue-title-unfilled-paper-slot (BioRAILab/Awesome-Neuroscience-Agent-Reasoning): "* **Title (arXiv
    # 2024)** [[Paper]]" among "* **Title (TACL 2023)** [[Paper]](doi…)": the paper's slot written as the linked lines'
    # are, its address never filled in; the doubled slot is no part of the title, says the line is a paper, and the
    # venue in brackets closes the title as on the linked lines (a title quoting one word, "Can Agents "Wait"! …",
    # is one title, not a byline before a quoted title)
    "bold-venue-title-unfilled-paper-slot.md": [
        ("Case-Based Diagnostic Reasoning with Retrieval-Augmented Agents", {"arxiv": "2405.11234"},
         "github.com/example-lab/case-rag"),
        ("Temporal Reasoning over Longitudinal Health Records", {"arxiv": "2406.04512"}, None),
        ("Stepwise Verification of Clinical Chain-of-Thought", {"doi": "10.18653/v1/2024.emnlp-main.512"}, None),
        ("Differential Diagnosis Trees for Emergency Department Triage", {}, None),
        ("Can Agents \"Wait\"! Deferring Decisions under Diagnostic Uncertainty", {}, None),
        ("Multi-Agent Consensus for Rare Disease Diagnosis from Phenotype Notes", {}, None),
    ],
    # own: reference-headings-one-bare (BioinfoMachineLearning/FunBench paper_list.md): each work a heading that is its
    # whole APA reference, its summary folded under it; the first heading of a section with nothing under it is a
    # work too (a whole reference names no topic), not an empty section
    "reference-headings-one-bare.md": [
        ("Geometric attention for ligand pocket detection in predicted structures",
         {"doi": "10.1093/bioinformatics/btac101"}, None),
        ("Sequence-only residue contact scoring for peptide binding", {"doi": "10.1093/nar/gkab222"}, None),
        ("Graph learning on predicted structures for nucleic-acid-binding residues", {}, None),
        ("Hierarchical message passing for DNA-binding residue recognition", {"doi": "10.1093/bib/bbz130"}, None),
    ],
    # a373qu: table-vancouver-byline-et-al-short-title (labber1/Awesome-Medical-Agent): "| Venerito V, Lopalco G,
    # Iannone F, et al. Agentic AI in rheumatology. | 2026 | [10.1016/…](doi…) |": an NLM-style byline, its first
    # names then "et al.", before a short title in one cell; the "et al." closes the byline (it counts for the other
    # authors), so the cell is a reference whose title follows the byline, however short the cell is
    "table-vancouver-byline-et-al-short-title.md": [
        ("Agentic AI in nephrology", {"doi": "10.1016/j.kint.2026.01.004"}, None),
        ("A survey of clinical tool agents", {"doi": "10.3390/info16110912"}, None),
        ("Language agents for triage: a scoping review of evaluation methods", {"doi": "10.2196/70211"}, None),
        ("Agents in pathology", {"doi": "10.1038/s41746-024-01288-9"}, None),
    ],
    # a375qw: heading-label-bar-linked-title (extreme-assistant/survey-computer-vision-2021): "#### 综述二：自监督小样本检测｜
    # [Title](arxiv…)" / "#### 综述一：Attention | [Title](…)" / "#### 自监督特征学习(TPAMI2021) | [Title](…)": a heading
    # that opens with the writer's label for the work (number, topic, venue tag), a bar (or spaced dash), then the
    # linked title; the link's text is the title, the label and the bar no part of it
    "heading-label-bar-linked-title.md": [
        ("Foundation Models for Abdominal Organ Segmentation: A Review", {"arxiv": "2403.11872"},
         "github.com/example-lab/organ-seg-survey"),
        ("Vision Transformers in Medical Image Segmentation: A Survey", {"arxiv": "2402.09315"}, None),
        ("Deep Learning for Pulmonary Nodule Detection in CT: A Survey", {"arxiv": "2401.05528"}, None),
        ("Self-supervised Representation Learning for Medical Images: A Survey", {"arxiv": "2305.14402"}, None),
        ("Federated Learning for Clinical Imaging: An Overview of Privacy-Preserving Methods",
         {"arxiv": "2308.07761"}, None),
    ],
    # a375qw: sibling-index-navigation-line (M0rtzz/Paper-Notes, zhaoyang97/Paper-Notes): "📌 **同领域跨会议浏览：**
    # [📷 CVPR2025 (41)](../../CVPR2025/pathology/index.md) · …": a line whose links all climb to the documentation's
    # other index pages is the site's navigation, no work (read as a record, its bold label titled a paper)
    "sibling-index-navigation-line.md": [
        ("Gigapixel Slide Retrieval with Hierarchical Prototype Memory", {}, None),
        ("Stain-Invariant Multiple Instance Learning for Cancer Subtyping", {}, None),
        ("Cell Graph Transformers for Tumor Microenvironment Profiling", {}, None),
        ("Weakly Supervised Gland Segmentation from Slide-Level Labels", {}, None),
        ("Virtual Immunohistochemistry Staining with Conditional Diffusion", {}, None),
        ("Mitosis Counting under Scanner Shift via Test-Time Adaptation", {}, None),
        ("Report-Guided Slide Captioning for Computational Pathology", {}, None),
        ("Nuclei Instance Segmentation with Boundary-Aware Point Prompts", {}, None),
    ],
    # a371qs: reading-order-back-references-by-entry-number (vaani1127/capstone): a numbered APA bibliography closed by
    # a "Recommended Reading Order" whose items name an entry above by its byline, year and a word on it, then its
    # number, "1. Mandel et al. (2016) - SMART on FHIR basics (#1)": a line closed by "(#N)" points back to an
    # entry, it cites no new work (the byline and year made it a second paper titled by the reader's note)
    "reading-order-back-references-by-entry-number.md": [
        ("Mapping Laboratory Results to FHIR Observations with Terminology Servers",
         {"doi": "10.1016/j.jbi.2021.103791"}, None),
        ("Bulk FHIR Export for Population Health Analytics: A Feasibility Study", {"doi": "10.2196/21455"}, None),
        ("Consent Resources for Research Data Sharing across Hospital Networks",
         {"doi": "10.1055/s-0042-1751234"}, None),
        ("Auditing Access to Electronic Health Record APIs", {}, None),
    ],
    # a376qx: org-mode-reading-note-headings (abhi18av/LJMU_Masters_Dissertation): an org file's Markdown export heads
    # each paper's notes with its task keyword or checkbox cookie and citation key ("# STRT Chen2018 - Title", "# [-]
    # Key - Title", "# TODO Title"); the heading over note-part sub-headings ("## Notes", "## Abstract") or over one
    # identifier link is the paper, titled without status and key, and "Found the code <github…>" in its notes its code
    "org-mode-reading-note-headings.md": [
        ("Sparse attention models for sputum smear microscopy", {"pmid": "31456789"}, None),
        ("Graph kernels for predicting isoniazid resistance from variant calls", {},
         "github.com/example-lab/graph-kernel-inh"),
        ("Federated survival analysis of treatment outcomes in drug-resistant tuberculosis", {}, None),
        ("Active learning for labelling chest radiographs in low-resource clinics", {},
         "github.com/example-lab/active-cxr"),
        ("Transfer learning of protein language models for mycobacterial drug targets",
         {"doi": "10.1093/bioinformatics/btab512"}, None),
    ],
    # a377qy: lecture-bullet-over-reading-sub-bullets (aarmey/BE275): "- [Lecture 13: Hidden Markov Models](…/hmm.pdf)"
    # over "  - Reading: [Title](nature.com/articles/…)" / "  - 📖: [Title](…)" (or "- Session 5: Clustering" over
    # "  - Readings:" and its links): a bullet naming a course's meeting whose link is its slides is no work; each
    # labelled reading under it is a work of its own, titled by its link's text, not by the label or the lecture
    "lecture-bullet-over-reading-sub-bullets.md": [
        ("Points of Significance: Sampling distributions", {"doi": "10.1038/nmeth.4811"}, None),
        ("Markov chains explained", {"doi": "10.1038/s41592-021-0512-3"}, None),
        ("Profile hidden Markov models for protein families", {"doi": "10.1093/bioinformatics/btx612"}, None),
        ("Segmenting single-cell trajectories with latent state models", {"arxiv": "2107.04412"}, None),
        ("Benchmarking clustering methods for single-cell transcriptomes", {"doi": "10.1101/2022.03.14.484213"}, None),
        ("Consensus clustering of tumour subtypes", {"pmid": "31245678"}, None),
    ],
    # a370qr: author-date-byline-month-like-surname (plewis/plewis.github.io): "Fitch, W. M., and E. Markowitz. 1970.
    # Title. Journal 4: 579–593.", "Darwin, C. R. 1859. Origin of species …": a byline closed by its year is read
    # whatever its last surname, one that opens like a month ("Markowitz", "Novembre", "Mayer", "Decker") being a
    # name, not a month dating the work; and a classic's nineteenth-century year closes a byline as a modern one does
    "author-date-byline-month-like-surname.md": [
        ("A likelihood test for codon usage drift in vertebrate mitochondria", {}, None),
        ("Spatial ancestry gradients inferred from dense allele frequency surfaces", {"doi": "10.1093/molbev/msz141"},
         None),
        ("Rate shifts in the diversification of island land snails", {}, None),
        ("On the tendency of varieties to depart indefinitely from the original type", {}, None),
        ("Phylogenetic signal in the timing of flowering across an alpine gradient", {}, None),
        ("Ancestral state reconstruction under hidden rate classes", {}, None),
    ],
    # a370qr: author-date-byline-generational-suffix (plewis/plewis.github.io): "Blomberg, S. P., T. Garland Jr., and
    # A. R. Ives. 2003. Title. Evolution 57(4):717-745.": a given-first name inside the author list closed by a
    # generational suffix (Jr., Sr., III) before its comma is one name, and the byline goes on past it
    "author-date-byline-generational-suffix.md": [
        ("Estimating trait correlations on incompletely resolved phylogenies", {}, None),
        ("Independent contrasts for discrete characters under a threshold model", {"doi": "10.1093/sysbio/syt031"},
         None),
        ("Body size evolution in lineages of Caribbean anoles", {}, None),
        ("Phylogenetic generalized least squares with measurement error", {}, None),
    ],
    # a370qr: week-heading-reference-link-over-note (davidrasm/MolEpi): "### Week 1: Jan 10 - 14" / "[Volz, E. M., …
    # (2013). Viral phylodynamics. PLoS Computational Biology, 9(3), e1002947.][volz2013] <br>" / "\\* Provides …
    # <br>": a course's readings, each a paragraph whose first line is one link whose text is a whole reference and
    # whose next lines are a note; a week with one such reading is that reading's item, titled by its reference,
    # not a record titled by the week's heading
    "week-heading-reference-link-over-note.md": [
        ("Coalescent models for pathogen lineages", {"doi": "10.1371/journal.pcbi.1004211"}, None),
        ("Structured birth-death models of host-pathogen phylogenies", {"doi": "10.1093/molbev/mss052"}, None),
        ("Phylogeographic reconstruction of dengue spread across river basins",
         {"doi": "10.1534/genetics.118.300921"}, None),
        ("Transmission trees from within-host diversity", {"doi": "10.1093/ve/veaa012"}, None),
    ],
    # a370qr: apa-byline-ellipsis-then-consortium (davidrasm/MolEpi): "Wymant, C., …, de Cesare, M., ... and The
    # BEEHIVE Collaboration. (2018). PHYLOSCANNER: …": a byline cut short by an ellipsis and closed by a consortium
    # the joiner adds is an author list all the same, the consortium its last author
    "apa-byline-ellipsis-then-consortium.md": [
        ("LINEAGEMAP: inferring recombination breakpoints from deep pathogen sequencing", {}, None),
        ("Range shifts of alpine plants recorded in herbarium genomes", {"doi": "10.1111/mec.15712"}, None),
        ("Rate shifts in the diversification of island land snails", {"doi": "10.1080/10635150802304787"}, None),
    ],
    # a372qt: title-comma-given-name-byline-year (unknown-owner/molecule-paper-list, a 2017 drug-discovery reading
    # list): "* Title, Connor W. Coley, Luke Rogers, and Klavs F. Jensen, 2017", "* Title, Mark Woodward, Chelsea
    # Finn, (2017)", "* Title (Iain H. Moal, Rudi Agius and Paul A. Bates, 2011)": a link-less reference written title
    # first, then the authors' full names given name first, all parted by commas, then the year (bracketed, with the
    # venue's short name, or sharing one bracket with the names, perhaps followed by a reader's note); read from the
    # end (the year, then the comma pieces that are personal names), what is left is the title; a quoted abstract
    # under the line does not hide the reference
    "title-comma-given-name-byline-year.md": [
        ("Recurrent Generators for Focused Kinase Inhibitor Libraries", {}, None),
        ("Scaffold-Constrained Tree Search for de novo Design", {}, None),
        ("CypSite: Predicting Sites of Metabolism with Graph Networks", {}, None),
        ("Voxel Networks for Ligand Pocket Ranking", {}, None),
        ("Symmetry Functions for Learned Interatomic Potentials in Solvated Systems", {}, None),
        ("Coupled Multitask Regression with Nonlinear Task Relations", {}, None),
        ("Few-shot Activity Prediction with Episodic Memory", {}, None),
    ],
    # a374qv: local-paper-folder-file-without-extension (SVAIGBA/paper_list): ">#### Bioinformatics, 34(14): [Title](
    # ./paper/Bioinformatics-2018_Exploiting_and_assessing_…)" beside ">#### …: [Title](./paper/….pdf)": a relative link to
    # a file named after the title (four or more words joined by "_"/"-") in the list's own papers folder is its copy
    # of the article though the ".pdf" was dropped; a short name there ("./papers/supp-corpus-stats") stays other
    "local-paper-folder-file-without-extension.md": [
        ("Span-level contrastive pretraining for chemical mention detection", {}, None),
        ("Gazetteer-guided tagging of rare disease names in case reports", {}, None),
        ("Nested gene and protein mention recognition with boundary graphs", {}, None),
        ("Species mention normalisation across full-text articles", {}, None),
        ("A cell line tagger trained on weakly labelled abstracts", {}, None),
    ],
    # a374qv: proceedings-label-before-paper-link (SVAIGBA/paper_list): ">#### Proceedings of the fifth BioCreative
    # challenge evaluation workshop-2015: [Title](…)": a heading's label naming a proceedings (or a journal, a workshop)
    # in full is the venue however long, its year after a hyphen or a space; the link's text is the title
    "proceedings-label-before-paper-link.md": [
        ("Overview of the BioCreative VI variant normalisation track", {}, None),
        ("A shared task on anatomical entity mention detection", {"arxiv": "1312.4417"}, None),
        ("Temporal expression tagging in discharge summaries", {"doi": "10.18653/v1/w19-1907"}, None),
        ("Chemical patent passage detection with sparse features", {}, None),
    ],
    # a374qv: paper-notes-with-code-disclaimer-link (ESBigeard/paper_graph): a reading note under a paper's bullet
    # "[paper doesn't give code but open implementations are available](github.com/tianhan4/paper2vec)": a code link
    # whose text says the authors gave no code ("doesn't give code", "no official code") is a third party's port,
    # never the paper's own code; "[code available](github…)" and "code available https://github.com/…" stay own code
    "paper-notes-with-code-disclaimer-link.md": [
        ("CiteGraph: joint embeddings of citation contexts and paper abstracts", {"arxiv": "2103.04412"},
         "github.com/example-lab/citegraph"),
        ("Abstract2Vec: document vectors for biomedical paper similarity", {}, None),
        ("Context windows for local citation recommendation", {"doi": "10.1145/3340531.3412011"}, None),
        ("MeSH-aware sentence encoders for PubMed retrieval", {"arxiv": "2009.01187"},
         "github.com/example-lab/mesh-encoder"),
    ],
    # a374qv: corpus-tagged-link-under-papers-heading (ESBigeard/paper_graph): "* [DBLP + abstracts citation network
    # corpus](https://www.aminer.org/dblp_citation) **corpus**" under "### citation/paper recommendation": a link to an
    # unknown host's page whose only note tags it as data ("**corpus**", "*dataset*") is that data's page, not one more
    # paper the section's heading and siblings would make it
    "corpus-tagged-link-under-papers-heading.md": [
        ("Local Citation Recommendation: A Survey of Methods and Benchmarks", {"arxiv": "2106.03321"}, None),
        ("Author-aware citation recommendation for biomedical manuscripts", {}, None),
        ("Hybrid graph and text ranking for reference suggestion", {"doi": "10.1145/3366423.3380123"}, None),
        ("Recommending papers from reading histories in a citation manager", {}, None),
    ],
    # a384rf: resource-heading-site-quote-then-citation-line (slowkow/awesome-vdj): each database or tool under its own
    # heading ("### PIRD: Pan immune repertoire database", "### immuneSIM: Tunable Simulation of …"), its site or
    # repository URLs on lines of their own, a quoted blurb, then its paper's citation line "Author, A. et al. [Title.](
    # pubmed/doi) Venue vol, pages (year)": the section is that paper's record, titled by the citation's linked title
    # (under "Databases" too); a blurb naming a preprint in brackets ("(Weber et al., 2019 <doi:…>)") is no item
    "resource-heading-site-quote-then-citation-line.md": [
        ("A Public Atlas of Paired Heavy and Light Chain Sequences", {"pmid": "31234567"}, None),
        ("EPIC: an epitope pairing index catalogue for T cell receptors", {"doi": "10.1093/nar/gkab873"}, None),
        ("Lineage-aware clonotype grouping of single-cell immune receptor data",
         {"doi": "10.1038/s41592-022-01533-4"}, "github.com/example-lab/clonoscope"),
        ("repsim: configurable multi-feature simulation of receptor repertoires for benchmarking",
         {"pmid": "33456789"}, "github.com/example-lab/repsim"),
    ],
    # a383re: author-year-key-links-under-topic-lead-ins (solislemuslab/lab-dynamics): "1. Understanding …: [Degnan2005](…)",
    # "- from pseudolikelihood perspective: [SolisLemus2016](…), [SolisLemus2020](…)", "8. Understanding the julia
    # package PhyloNetworks:" / "- [Tutorial](…)" / "- [SolisLemus2017](…)": a link text that is a glued author-year key
    # names its own work: the lead-in before the colon is the topic it is read for, each keyed link on a line is a work
    # of its own, and a keyed sub-bullet under a link-less topic is no field of that topic
    "author-year-key-links-under-topic-lead-ins.md": [
        ("Okafor2006", {"doi": "10.1111/j.1558-5646.2006.tb01234.x"}, None),
        ("HartleyVance2018", {"doi": "10.1371/journal.pgen.1007412"}, None),
        ("HartleyVance2021a", {"arxiv": "2103.04417"}, None),
        ("Lindqvist2019", {}, None),
        ("vanDerBerg2015", {}, None),
        ("Mbeki2020", {}, None),
    ],
    # a381rc: taylor-francis-venue-volume-colon-issue (jmorapclc/koos_model): "Kuniki Imagawa & Kohei Shiomoto (2024)
    # Title, Computer Methods in …: Imaging & Visualization, 12:1, 2345823, DOI: 10.1080/…": Taylor & Francis closes an
    # unquoted author-date title with ", Journal, volume:issue, article number,"; the comma before the venue that
    # "volume:issue" and the article number (or pages) follow ends the title, the venue is no part of it
    "taylor-francis-venue-volume-colon-issue.md": [
        ("Uncertainty-aware triage of chest radiographs with calibrated ensembles",
         {"doi": "10.1080/21681163.2023.2187341"}, None),
        ("Federated segmentation of liver lesions across hospital networks", {"doi": "10.1080/03091902.2022.2093401"},
         None),
        ("Lightweight transformers for bedside ECG arrhythmia screening", {"doi": "10.1080/17434440.2024.2301177"},
         None),
        ("Label noise in dermoscopy datasets: an audit of five public collections",
         {"doi": "10.1080/10255842.2021.1898934"}, None),
        ("Calibrated ensembles for radiograph triage", {"doi": "10.1007/s10278-022-00601-4"}, None),
    ],
    # a379ra: harvard-available-at-locator (kimsjjkjn/PBPK_Propranolol): "Lee, H.B. and Blaufox, M.D., 1985. Blood
    # volume in the rat. *J Nucl Med*, 26(1), pp.72–76. Available at: https://pubmed…/3965655/ (Accessed 21 September
    # 2025).": Harvard's two-word locator label "Available at:" (or "Available online at:") ends a whole reference,
    # as IEEE's "Available:" does; the paragraph is a reference of its own, not a field of the one before it
    "harvard-available-at-locator.md": [
        ("Allometric scaling of hepatic clearance across five preclinical species", {"doi": "10.1124/dmd.113.055871"}, None),
        ("Plasma volume in the anaesthetised rabbit", {"pmid": "3806521"}, None),
        ("Estimation of hepatic extraction from isolated hepatocyte incubations", {"pmid": "8237057"}, None),
        ("A minimal physiologically based pharmacokinetic model for monoclonal antibodies in children",
         {"doi": "10.1002/psp4.12442"}, None),
        ("Renal handling of beta-blockers in the isolated perfused kidney", {"pmid": "11384859"}, None),
    ],
    # a379ra: series-part-numeral-title (kimsjjkjn/PBPK_Propranolol): "Evans, G.H., et al., 2025. The disposition of
    # propranolol. III. Decreased half-life and volume of distribution … *JPET*, …": a Roman numeral of two letters
    # or more after a title's stop numbers one part of a series of papers; the part's own title after it is the
    # title's, not the venue
    "series-part-numeral-title.md": [
        ("The disposition of metoprolol. II. Hepatic extraction and first-pass loss in the conscious dog",
         {"doi": "10.1016/s0022-3565(25)30211-4"}, None),
        ("The disposition of metoprolol. IV. Stereoselective binding to plasma proteins in man and rat",
         {"doi": "10.1016/s0022-3565(25)30588-x"}, None),
        ("Studies on tissue partitioning of weak bases. III. Lysosomal trapping in perfused rat lung",
         {"doi": "10.1124/dmd.112.047332"}, None),
        ("Population pharmacokinetics of propofol in obese adolescents", {"doi": "10.1111/bcp.13551"}, None),
    ],
    # a379ra: pubmed-byline-with-id-tail-under-bold-title (metrumresearchgroup/pbpk-qsp-mrgsolve): "- **Title**" /
    # "    - Kirouac DC, … NPJ Syst Biol Appl. 2017 Jun 2;3:14. PubMed PMID: 28649441" / "    - <https://…/pubmed/…>":
    # a byline sub-bullet closed by its written-out identifiers ("PubMed PMID:", "PubMed Central PMCID:", or a PMID
    # wrapped onto the next line) is the bold title's byline still; the identifiers are no part of names or venue
    "pubmed-byline-with-id-tail-under-bold-title.md": [
        ("Quantitative prediction of transporter-mediated hepatic uptake of statins using a scaled PBPK model",
         {"pmid": "25431112"}, None),
        ("Tumour growth inhibition under MEK blockade predicted with a semi-mechanistic systems model",
         {"pmid": "30083388"}, None),
        ("Global variance-based sensitivity analysis of a bone remodelling pharmacology model", {"pmid": "27299708"}, None),
        ("Induction and inhibition in one model: a rifampicin drug-drug interaction network",
         {"pmid": "30561855", "pmcid": "PMC6391582"}, None),
    ],
    # a380rb: sentence-case-bold-key-points (CmrxRecon/CMRx4DFlow2026): a challenge README's "## Motivation" bullets
    # open with a key point stated as a sentence in bold, its colon inside the bold ("**Current acceleration is still
    # not enough:** …", "**Key clinical pain point — scan time:** …"), then explain it; past 32 characters the lead
    # read as a bare title and the link-less lines counted as references. A sentence-case bold lead of four words or
    # more closing with its own colon is a label (BOLD_LABEL_FIELD), as a short "**Summary:**" is
    "sentence-case-bold-key-points.md": [
        ("A multi-centre k-space collection for accelerated flow imaging", {"doi": "10.1038/s41597-025-04411-7"}, None),
        ("Velocity-encoded raw data from twelve scanners: a benchmark for learned reconstruction",
         {"doi": "10.1148/ryai.250112"}, None),
        ("Results of the FlowRecon challenge 2026: where learned reconstruction stands",
         {"doi": "10.1016/j.media.2026.103702"}, None),
        ("Motion-robust flow reconstruction under free breathing: a challenge report",
         {"doi": "10.1109/tmi.2026.3412345"}, None),
        ("Divergence-free priors for undersampled velocity fields", {"doi": "10.1016/j.media.2024.103188"}, None),
        ("Phase-unwrapping networks for high-velocity encoding", {"doi": "10.1002/mrm.30244"}, None),
    ],
    # a380rb: numbered-challenge-task-bullets (CmrxRecon/CMRx4DFlow2026): "*   **Regular Task 1: Accurate
    # Reconstruction under High Acceleration** – To evaluate …": a challenge's tasks as bold bullets, each opening
    # with a part word and its number ("Task 1:", "Track 2 -", qualified by at most two plain words); such a line names
    # the task, never a work (headings.numbered_part_label). "SemEval-2017 Task 1: …" (a campaign's name) stays a title
    "numbered-challenge-task-bullets.md": [
        ("A multi-device retinal vessel atlas with expert annotations", {"doi": "10.1038/s41597-025-05123-9"}, None),
        ("Results of the RetinaSeg challenge 2026", {"doi": "10.1016/j.media.2026.103655"}, None),
        ("Topology-aware losses for thin vessel segmentation", {"doi": "10.1109/tmi.2024.3356789"}, None),
        ("Denoising priors for handheld fundus imaging", {"doi": "10.1016/j.media.2025.103341"}, None),
    ],
    # a382rd: bold-whole-references-over-note-bullets (RareMoluculeFoundry/UH2025Agent): an annotated bibliography
    # sets each whole reference in bold ('**Boycott KM, et al. (2013). "Title." *Journal* 14(10):681-691.**') over a
    # list of its short notes: the bold line is a work (no bold pseudo-heading naming a sub-topic), and the bullets
    # under it are its notes (no entries of their own, never "papers" titled by a note)
    "bold-whole-references-over-note-bullets.md": [
        ("Semantic similarity of phenotype profiles for ranking candidate syndromes", {}, None),
        ("Ontology-aware embeddings of clinical features", {}, None),
        ("Calibrating missense pathogenicity scores against curated clinical classifications", {}, None),
        ("Splice-aware deep models for noncoding variant interpretation", {}, None),
    ],
    # a385rg: repo-line-several-quoted-titles-venue-tags (coderonion/awesome-snn): "- [owner/name](github…) <img stars/>
    # : gloss. "Title A". (**[ICML 2021](mlr…)**). "Title B". (**[arXiv 2022](arxiv…)**)": a repository's line closing
    # on several quoted titles, each before its own venue-tag link, cites each as a paper of its own (its tag's
    # identifier), the repository the code of each; a data set's line closing on its paper's quoted title and venue
    # tag ("- [N-Kitchen40](site) : The … dataset. “Title". (**[Frontiers …, 2019](doi…)**)") cites that paper
    "repo-line-several-quoted-titles-venue-tags.md": [
        ("Recording Static Kitchen Scenes as Neuromorphic Event Streams with Microsaccades",
         {"doi": "10.3389/fnins.2019.00517"}, None),
        ("Threshold Balancing Without Retraining: Exact Conversion of Residual Networks to Spiking Networks", {},
         "github.com/example-lab/snn-convert"),
        ("Converting Vision Transformers to Spiking Networks via Calibrated Thresholds", {"arxiv": "2206.11873"},
         "github.com/example-lab/snn-convert"),
        ("Pyramid-like Spiking Neural Networks for Unsupervised Event Feature Learning", {},
         "github.com/example-lab/Spiking-Pyramid"),
        ("Spiking Pyramid Modules for Multi-layer Unsupervised Spiking Networks", {},
         "github.com/example-lab/Spiking-Pyramid"),
        ("Lightweight Spiking Optical Flow for Embedded Event Cameras", {}, "github.com/example-lab/spikeflow-lite"),
    ],
    # a385rg: table-dataset-column-links-dataset-papers (lujiaying/Awesome-HealthCare-KnowledgeBase): "| Name | Paper |
    # Baselines | Datasets |" whose Datasets cell links each data set's name to its paper ("[DBX15K](arxiv…pdf)"): the
    # rows are their papers; each data set so linked is a record of its own keeping its paper's identifier (OPTIONAL)
    "table-dataset-column-links-dataset-papers.md": [
        ("Aligning Clinical Knowledge Graphs with Ontology-Guided Embeddings", {"doi": "10.18653/v1/2021.emnlp-main.412"},
         "github.com/example-lab/medalign"),
        ("Entity Alignment Across Drug Knowledge Bases with Dangling Entities", {"arxiv": "2204.06611"},
         "github.com/example-lab/drugea"),
        ("Ontology Matching for Clinical Terminologies with Graph Neural Networks", {"doi": "10.1145/3447548.3467311"},
         None),
    ],
    # a378qz: paren-venue-month-status-tag-before-title (jingbo02/Awesome-Denovo-Peptide-Sequencing): "(PNAS 2017.07)
    # De novo peptide sequencing by deep learning [paper](…) [code](…)": a parenthesised venue tag whose year carries
    # its month (and day, "(bioRxiv 2023.08.30)") or a word or two of status after it ("(ICLR 2025 Under Review)") is
    # the work's venue and date, not part of its title
    "paren-venue-month-status-tag-before-title.md": [
        ("Peptide sequencing from fragment ladders with recurrent decoders", {"doi": "10.1073/pnas.1904411116"},
         "github.com/example-lab/LadderNovo"),
        ("Mass-aware beam search for open modification peptide identification", {}, None),
        ("Graph message passing over spectrum peaks for precursor-free sequencing",
         {"doi": "10.1038/s42256-023-00799-4"}, "github.com/example-lab/PeakGraph"),
        ("Scaling database-free peptide identification to billions of spectra", {"doi": "10.1101/2023.08.30.555123"},
         None),
        ("Retrieval-guided decoding of peptides from noisy spectra", {}, None),
        ("Bridging spectral library search and sequence generation", {"arxiv": "2410.05512"},
         "github.com/example-lab/BridgeNovo"),
    ],
    # a378qz: dated-tag-title-wrapped-before-label-link (jingbo02/Awesome-Denovo-Peptide-Sequencing): "(Analytica
    # Chimica Acta 2023.05) Algorithms for de-novo sequencing of peptides by tandem mass" / "spectrometry: A review
    # [paper](…)": a title after a dated venue tag, hard-wrapped before its role link, is one title; the wrap is
    # judged on the words past the tag, which alone read as a paper's title
    "dated-tag-title-wrapped-before-label-link.md": [
        ("Computational strategies for annotating metabolites from tandem mass spectrometry: A review", {}, None),
        ("Machine learning for retention time and collision cross section prediction in untargeted metabolomics",
         {"doi": "10.1016/j.trac.2022.116712"}, None),
        ("Fragmentation trees scored by learned edge weights for molecular formula ranking",
         {"doi": "10.1021/acs.analchem.1c00777"}, "github.com/example-lab/FragRank"),
        ("Contrastive spectrum and structure embeddings for candidate ranking in lipidomics",
         {"doi": "10.1093/bioinformatics/btae101"}, "github.com/example-lab/LipidCLR"),
    ],
    # a390rl: heading-record-quoted-role-address-lines (reading notes, e.g. a "论文和源码解读" note): "## Title" /
    # "> 论文链接： <https://arxiv…>" / "> 代码链接：<https://github…>": a quote under the heading that holds only the
    # work's labelled addresses, a role label and its address a line (or a paragraph), is the heading record's
    # links, as the same lines unquoted are; a quoted remark naming an address in passing stays a note
    "heading-record-quoted-role-address-lines.md": [
        ("Cascaded Boundary Attention for Volumetric Organ Segmentation", {"arxiv": "2307.11842"},
         "github.com/example-lab/CBA-Seg"),
        ("Uncertainty-Guided Mean Teacher for Semi-supervised Polyp Segmentation",
         {"doi": "10.1016/j.media.2023.102871"}, "github.com/example-lab/UG-MT"),
        ("Frequency-Aware Transformers for Low-Dose CT Denoising", {"arxiv": "2402.05517"}, None),
    ],
    # a388rj: book-byline-inside-link-text (raivivek/awesome-biology): "* [Molecular Biology of the Cell by *Bruce
    # Alberts*](garlandscience.com/product/isbn/…)": a book's title and its byline in one link, the authors in
    # italics after "by"; the line cites the book, titled without its byline ("[Cell Biology by The Numbers](…)",
    # no italics, is a site; a podcast's or an institute's line under "Podcasts" stays a page)
    "book-byline-inside-link-text.md": [
        ("Foundations of Cellular Architecture", {}, None),
        ("Membrane Dynamics in Living Systems", {}, None),
        ("Protein Folding Landscapes", {}, None),
        ("Stochastic Gene Networks: An Introduction", {"doi": "10.1007/978-3-540-41234-5"}, None),
        ("Regulatory Circuits in Bacteria", {}, None),
    ],
    # a391rm: note-over-bold-reference-paragraphs (zorazrw/awesome-tool-llm): "- Survey about agents that act in …" /
    # blank line / "  **Title** *Xi, Zhiheng, et al.* 2023.09 [[Preprint]](…)" (/ "  **Another Title** *…* …"): a
    # loose item whose first paragraph is a link-less note and each later paragraph a whole reference (bold title,
    # emphasised byline, links) is one work per reference paragraph, the note grouping them; the note is no title
    "note-over-bold-reference-paragraphs.md": [
        ("CalcCaller: Teaching Clinical Language Models to Call Risk Calculators", {}, None),
        ("Agents in the Electronic Health Record: A Survey of Tool-Using Models", {"arxiv": "2402.11873"}, None),
        ("ChartAlpaca: Generalized Tool Learning for Clinical Models with Simulated Cases", {"arxiv": "2306.07741"},
         None),
        ("DoseBench: A Benchmark for Medication Dosing Tool Use", {"doi": "10.1093/jamia/ocae117"},
         "github.com/example-lab/DoseBench"),
        ("Learning from Execution Feedback for Safer Order Entry Agents", {"arxiv": "2403.05512"}, None),
    ],
    # a389rk: books-heading-short-title-publisher-catalogue-page (tysoncung/awesome-biostatistics): "### Books" /
    # "- [Regression Modeling Strategies](link.springer.com/book/10.1007/978-…) - Frank Harrell's guide …": under a
    # heading of books, a line whose one link, its whole title, opens a publisher's page of one whole book (Springer's
    # book page, Wiley's catalogue page closed by "-p-" and the ISBN-13) is the book, however short its title; a
    # "[Publisher Link]" under a bold book name stays a page about it
    "books-heading-short-title-publisher-catalogue-page.md": [
        ('Flexible parametric models for relative survival', {'doi': '10.1002/sim.5468'}, None),
        ('Clinical Prediction Models', {'doi': '10.1007/978-3-030-16399-0'}, None),
        ('Biostatistics Essentials', {}, None),
        ('Analysis of Longitudinal Data in Clinical Trials', {}, None),
    ],
    # a389rk: journal-toc-current-and-lww-home-links (tysoncung/awesome-biostatistics): a "Journals" section links
    # each journal by its name to its publisher's page of it: Taylor & Francis's latest table of contents
    # ("tandfonline.com/toc/lbps20/current"), LWW's journal home or current issue ("journals.lww.com/epidem/pages/
    # default.aspx"); such a venue page names no one article, so the line is a website, not a paper
    "journal-toc-current-and-lww-home-links.md": [
        ('Adaptive enrichment designs for confirmatory trials', {'doi': '10.1080/10543406.2021.1895190'}, None),
        ('Target trial emulation with observational cohort data', {}, None),
    ],
    # a393ro: numbered-heading-over-linkless-bold-venue-year-stamp (ZhikunWu/RareDisease): "## 2. Title" /
    # "**Nature Medicine, 2023**" / prose / "[Nature Medicine 原文](…)" / "- a result": a reader's notes give each
    # paper a numbered heading, stamp its venue and year in bold on the line below (no link there) and link the
    # paper a paragraph later, or not at all; the heading titles the record, the stamp is its venue and year, the
    # bullets are notes (no record titled "Nature Medicine, 2023", none lost for want of a link)
    "numbered-heading-over-linkless-bold-venue-year-stamp.md": [
        ("Cohort-scale burden testing of splice-altering variants in undiagnosed families",
         {"doi": "10.1038/s41588-024-01777-3"}, None),
        ("Phenotype-weighted gene prioritisation across a national paediatric genome service",
         {"doi": "10.1038/s41591-023-02540-9"}, None),
        ("Long-read resolution of tandem repeat expansions in unsolved neuromuscular cases", {}, None),
        ("Trio-aware structural variant calling for consanguineous rare disease pedigrees", {"pmid": "35512345"}, None),
    ],
    # a387ri: code-span-venue-tag-after-title-stop (InfiniteNonsenseFear/Awesome-Neuromorphic-Autonomous-Driving):
    # "* Title. `Zurich Open Repository 18` [[Paper](doi…)]": the title closed by its stop, then the venue and a
    # two-digit year set as a code span before the links; the code span is a tag, no part of the title
    "code-span-venue-tag-after-title-stop.md": [
        ("Spiking lane boundary tracking from asynchronous event streams", {"doi": "10.1109/iv64158.2025.11012345"},
         None),
        ("Latency-aware fusion of event frames for pedestrian detection", {"doi": "10.5167/uzh-181234"}, None),
        ("Membrane-potential controllers for steering a small rover with spiking neurons",
         {"doi": "10.3389/fnbot.2023.1187654"}, None),
        ("Reward-modulated plasticity for end-to-end throttle control", {"doi": "10.65109/abcd1234"}, None),
        ("Spiking world models for quadruped footstep planning", {"arxiv": "2505.11223"},
         "github.com/example-lab/spike-footstep"),
    ],
    # a387ri: legend-mark-after-bold-paren-venue (haoran-zha/Awesome-Spiking-Neural-Networks-Hub): "- Title
    # (**IEEE TNN 2003**) 🧠. \[[paper](doi…)\]": a legend's pictograph marks (must-read, SOTA) between the
    # bracketed venue and the stop; the bracket still closes the title and gives the venue and year
    "legend-mark-after-bold-paren-venue.md": [
        ("A Two-Variable Reduction of Conductance-Based Cortical Neurons", {"doi": "10.1109/tnn.2006.880123"}, None),
        ("Gated Membrane Leaks for Trainable Spiking Units", {"arxiv": "2310.04567"}, "github.com/example-lab/gated-leak"),
        ("Dendritic Branch Time Constants for Multi-Timescale Learning", {"doi": "10.1038/s41467-024-41234-x"}, None),
        ("Heterogeneous Thresholds Make Spiking Networks Robust", {"doi": "10.1016/j.neunet.2021.04.012"}, None),
    ],
    # a386rh: repo-short-name-note-names-implemented-paper (derikon/awesome-human-motion): "+ [3dpose_gan](github…) -
    # The authors' implementation of Unsupervised Adversarial Learning of …", "+ [eccv18_mtvae](github…) - Tensorflow
    # Implementation of ECCV'18 paper: Title.", "+ [hmr](github…) - Title - CVPR 2018": a repository named by its
    # short name whose note names the paper it implements (after "implementation of", "paper:", 'paper "…"', 'Thesis
    # "…"', or as a title closed by its venue and year) is that paper, the repository its code (someone else's when
    # the note says re-implementation); a tool's note names no paper
    "repo-short-name-note-names-implemented-paper.md": [
        ("Weakly Supervised Lifting of Gait Keypoints from Monocular Video", {}, "github.com/example-lab/gaitpose_gan"),
        ("Stochastic Stride Synthesis for Clinical Gait", {}, "github.com/example-lab/stride_vae"),
        ("Recovering Joint Moments from Markerless Capture", {}, "github.com/example-lab/jointflow"),
        ("Classifying Pathological Gait with Hidden Markov Models", {}, "github.com/example-lab/gait-cls"),
        ("A Neural Framework for Musculoskeletal Motion Synthesis", {}, None),
    ],
    # a386rh: empty-link-target-address-as-text (derikon/awesome-human-motion): "The paper "Vid2Game: …" is available
    # here: [https://arxiv.org/abs/1904.08379]()": the address written as the link's text, its target left empty; the
    # text is where the link goes, so its identifier is the line's
    "empty-link-target-address-as-text.md": [
        ("Learning Bipedal Gait from Human Motion Capture", {"arxiv": "2103.04417"}, None),
        ("Markerless Motion Capture for Clinical Gait Assessment", {"doi": "10.1016/j.gaitpost.2021.04.015"}, None),
        ("Neuromuscular Simulation of Running at Scale", {"arxiv": "2207.11832"}, None),
    ],
    # a386rh: bold-resource-name-prose-over-emoji-link-row (modenaxe/awesome-biomechanics): "* **Visible Korean
    # Human**: similar to the Visible Human Project but on Korean cadavers. Segmentated …" / ":page_facing_up:
    # [paper](doi…) | :dvd: [dataset](…)", "* **fastMRI dataset** by Facebook AI and NYU (2019-2020). Data from …": a
    # resource's short bold name, then a colon and lower-case prose running past a sentence, or "by" its makers and
    # sentences; the name titles the line (a data set's), the prose is no paper's title
    "bold-resource-name-prose-over-emoji-link-row.md": [
        ("Principles of Human Locomotion Mechanics", {}, None),
        ("Musculoskeletal Modelling: Theory and Practice", {}, None),
    ],
    # a386rh: journal-careers-column-link (modenaxe/awesome-biomechanics): "* [How to review a paper](sciencemag.org/
    # careers/2016/09/…) from Science Magazine.": the journal's careers column is advice, no research article, as
    # its news pages are not
    "journal-careers-column-link.md": [
        ("Inverse Dynamics of the Lower Limb during Gait", {"doi": "10.1016/j.jbiomech.2015.03.022"}, None),
        ("Muscle Synergies in Pathological Walking", {"doi": "10.1152/jn.00481.2016"}, None),
    ],
    # a392rn: vancouver-byline-ieee-comma-venue (CmrxRecon/CMRx4DFlow2026, CmrxRecon/CMRxRecon2024): a challenge
    # README's references, a Vancouver byline ("Wang Z, Qian C, Guo D, et al." or seven names closed by a mere comma)
    # before a title closed IEEE's way by a comma: ", Radiology: Artificial Intelligence, 2025, 7(2): e240443", ", IEEE
    # Transactions on Medical Imaging, 42: 79-90, 2023", ", arXiv preprint arXiv:2402.15939, 2024"; the comma before
    # the venue (a colon in its name, the volume and pages before the year, a preprint server) closes the title
    "vancouver-byline-ieee-comma-venue.md": [
        ("KneeRecon2026: A Multicontrast, Multicoil k-Space Dataset Boosting Universal Learning for Accelerated Knee MRI",
         {"doi": "10.1148/ryai.250117"}, None),
        ("Unrolled Primal-Dual Networks with Learned Coil Sensitivities for Accelerated MRI",
         {"doi": "10.1109/TMI.2023.3301245"}, None),
        ("Calibration-free parallel imaging with implicit neural representations", {"doi": "10.1002/mrm.29655"}, None),
        ("Low-rank Tensor Networks for Free-breathing Dynamic Knee MRI", {"doi": "10.1109/TBME.2024.3361120"}, None),
        ("Motion-resolved Diffusion Priors for Undersampled Knee Imaging", {"arxiv": "2403.17226"}, None),
    ],
    # a392rn: bold-study-group-byline-paragraphs (a key-citations list, rare-disease genomics): paragraphs of NLM
    # references, each byline in bold ("**Okafor C, …, et al.**"), some signed by a study as its group author
    # ("**Deciphering Developmental Disorders Study.** Title. *Nature* 2017; …"); a name of two capitalised words or more
    # closed by "Study" and a stop is the author, the sentence after it the title
    "bold-study-group-byline-paragraphs.md": [
        ("De novo variants in synaptic genes across severe childhood epilepsies", {"doi": "10.1038/s41588-019-0467-8"},
         None),
        ("Prevalence and spectrum of de novo variants in paediatric epilepsies", {"doi": "10.1038/s41586-021-03561-9"},
         None),
        ("Recurrent splice-disrupting variants in intellectual disability genes", {"doi": "10.1016/j.ajhg.2020.08.012"},
         None),
        ("Burden and architecture of rare coding variation in autism", {"doi": "10.1016/j.cell.2021.12.021"},
         None),
    ],
    # a395rq: section-heading-over-one-note-bullet-reference (zorazrw/awesome-tool-llm): "## $\S3$ The basic tool use
    # paradigm" / "- Early works that set up …" / blank line / "  **Toolformer: Language Models Can …** *Schick, Timo,
    # et al.* 2024 [[Paper]](…)": a long section heading over one loose note bullet whose later paragraph is a whole
    # reference; the bold "Name: subtitle" title is no "label: value" link field, so the heading stays a topic (no
    # reading note titled by it) and the bullet's reference is the work
    "section-heading-over-one-note-bullet-reference.md": [
        ("CalcFormer: Clinical Language Models Can Teach Themselves to Call Calculators", {}, None),
        ("GuideRAG: Retrieving Clinical Practice Guidelines for Grounded Answers", {"arxiv": "2311.04217"}, None),
        ("DosePrompt: Few-Shot Prompting for Medication Dosing Tools", {"doi": "10.1093/jamia/ocae204"},
         "github.com/example-lab/DosePrompt"),
        ("OrderBench: Evaluating Order Entry Agents on Simulated Wards", {"arxiv": "2405.09931"},
         "github.com/example-lab/OrderBench"),
    ],
    # a395rq: book-label-google-books-volume (zorazrw/awesome-tool-llm): "**Animal tool behavior: …** *Shumaker, …*
    # 2011 [[Book](https://books.google.com/books?hl=en&…&id=Dx7slq__udwC&…)]": a cited book whose only link, labelled
    # "Book", opens Google Books' page of that one volume; the label names the page as the book's own record (paper
    # role), so the word "tool" in its title does not type the book a tool
    "book-label-google-books-volume.md": [
        ("Clinical tool use: the design and adoption of decision aids by physicians", {}, None),
        ("Tools of the Diagnostic Trade", {}, None),
        ("CalcCaller: Teaching Clinical Language Models to Call Risk Calculators", {}, None),
        ("Tool-Augmented Language Models in Medicine: A Survey", {"arxiv": "2402.11875"}, None),
    ],
}


# works a line cites in passing (a dataset's paper, say): neither required nor a false positive
OPTIONAL: dict[str, list[tuple[str, dict[str, str]]]] = {
    # a386rh: a data set's line citing its own paper by a "[paper](…)" link (its DOI a data journal's): either reading
    "bold-resource-name-prose-over-emoji-link-row.md": [("Gait Lab Archive", {"doi": "10.1038/s41597-020-0512-4"})],
    # a385rg: the data sets a table's Datasets column names, each linked to its paper (records of kind dataset)
    "table-dataset-column-links-dataset-papers.md": [
        ("DBX15K", {"arxiv": "1709.04512"}), ("DWX15K", {"arxiv": "1812.03341"}),
        ("DBX2.0", {"doi": "10.18653/v1/2021.acl-long.291"}),
    ],
    # a317on: a data set's record linked to an institutional repository under its versioned name, cited in passing
    "dataset-table-cite-column-paper-title.md": [("ORIGA-Lite database v2.14", {})],
    # a205kf: the data sets' own articles (the entries are the data sets, identified by these DOIs)
    "homepage-label-on-resource-landing-doi.md": [
        ("Ridgefield Resting-State EEG Cohort", {"doi": "10.1038/sdata.2019.217"}),
        ("Harbor Sleep Spindle Archive", {"doi": "10.1038/s41597-022-01388-9"}),
        ("Northvale Intracranial Memory Recordings", {"doi": "10.1016/j.neuron.2021.08.014"}),
    ],
    # a204ke: the toolkits' own articles, by their "[Paper]" links, and the works the notes mention in passing
    "note-links-the-data-it-mentions.md": [("WaveStore", {"doi": "10.1016/j.jneumeth.2020.108765"}),
                                           ("BeatKit", {"doi": "10.3389/fphys.2021.654321"}),
                                           ("PTB-XL", {"doi": "10.1038/s41597-020-0495-6"}),
                                           ("SHHS", {"doi": "10.1093/sleep/20.12.1077"}),
                                           ("HDF5", {"doi": "10.1109/hdf.2011.5678"}),
                                           ("MIT-BIH", {"doi": "10.1109/51.932724"})],
    # a198jy: the standards' articles, named by their parts, and the schema's own article
    "resource-note-enumerating-its-articles.md": [("Signal Data Layout (ECG)", {"doi": "10.1038/s41597-021-00911-2"}),
                                                  ("Signal Data Layout (EMG)", {"doi": "10.1038/s41597-022-01234-5"}),
                                                  ("Signal Data Layout (PPG)", {"doi": "10.1016/j.dib.2020.105811"}),
                                                  ("Wearable Exchange Format (sleep)", {"doi": "10.3389/fninf.2021.612345"}),
                                                  ("Wearable Exchange Format (gait)", {"doi": "10.3389/fninf.2022.734567"}),
                                                  ("Neural Event Schema", {"doi": "10.1016/j.jneumeth.2019.108432"}),
                                                  # a204ke: the works the notes mention in passing, papers of their own
                                                  ("HDF5", {"doi": "10.1109/hdf.2011.1234"}),
                                                  ("PTB-XL", {"doi": "10.1038/s41597-020-0495-6"})],
    # a181jh: the archives' own records cite their articles in their link rows
    "link-row-lines-under-heading.md": [("Harbor Sleep Archive", {"doi": "10.1111/jsr.13377"}),
                                        ("Northfield Apnea Cohort", {"doi": "10.5665/sleep.6120"})],
    # audit17: a book, tagged "[book,*]", with its PDF: not an article, not counted either way
    "kind-tag-bracketed-citation-bullets.md": [
        ("Brain-Computer Interfaces - Principles and Practice, Wolpaw & Wolpaw, 2012", {}),
    ],
    "table-badges-style.md": [
        ("What Disease does this Patient Have? A Large-scale Open Domain Question Answering Dataset from "
         "Medical Exams", {"arxiv": "2009.13081"}),
        ("PubMedQA: A Dataset for Biomedical Research Question Answering", {"doi": "10.18653/v1/d19-1259"}),
    ],
    "numbered-citation-style.md": [
        ("MIMIC-III, a freely accessible critical care database", {"doi": "10.1038/sdata.2016.35"}),
    ],
    "chinese-mixed-style.md": [("PromptCBLUE", {})],
    # a PDF of lecture notes: a paper by its link, a course by its words
    "linkless-titles-under-papers-heading.md": [("Lecture notes on sequence models", {})],
    "linkless-description-subbullets-under-tool-items.md": [("VesselKit", {"arxiv": "2301.11111"}), ("OptiSeg", {"doi": "10.1101/2022.05.05.490001"}), ("DrusenFinder", {"arxiv": "2302.22222"}), ("GlaucoScreen", {"arxiv": "2304.44444"})],
    "enumerated-clauses-under-reference-heading.md": [("CardioScan — Apical Views for Multi-structure Segmentation",
                                                       {"doi": "10.1109/tmi.2019.2900516"})],
    "dataset-doi-in-dataset-badge.md": [("GlandSeg", {"doi": "10.1016/j.media.2016.08.999"})],

    # 'Anonymous. 2022. "Title." In .': a paper, its title not read out of the reference yet (a known residual)
    "author-date-quoted-title.md": [("On Benchmarking Language Models for Antibody Design", {})],
    "version-labelled-paper-links.md": [("Deep Atlas Priors for the Whole Heart", {"arxiv": "2102.07745"})],
    "companion-piece-link-beside-paper-link.md": [("PLoS Comput Biol", {"doi": "10.1371/journal.pcbi.1009902"})],
    # audit25av: tools whose Documentation column links their paper
    "tool-table-documentation-paper-link.md": [("NoteSpan", {"arxiv": "2105.01001"}),
                                               ("OntoLink", {"doi": "10.1038/s41467-021-20001-1"}),
                                               ("cNLP Suite", {"pmid": "20811111"})],
    "model-table-data-and-benchmark-columns.md": [("ICU-Notes", {"doi": "10.1038/sdata.2018.99"})],
    # a148ia: the data's descriptor articles linked in a "Pretraining Data" column
    "model-table-pretraining-data-article-link.md": [("ICU-Notes", {"doi": "10.1038/sdata.2021.117"}),
                                                     ("Discharge Letters", {"doi": "10.1093/jamia/ocz119"})],
    "paper-linked-dataset-heading-over-notes.md": [("FundusGrade", {"arxiv": "1911.04401"}),
                                                   ("Additional info", {"arxiv": "2106.05502"}),
                                                   ("VesselTree", {"doi": "10.1109/tmi.2019.2911111"}),
                                                   ("OCT-Layers", {"arxiv": "1912.03303"})],
    "dataset-row-numbered-ref-links.md": [("CapnoSet ref 1", {"doi": "10.1109/tbme.2014.2240001"}),
                                          ("AgeWave ref 1", {"doi": "10.1088/0967-3334/38/2/222"}),
                                          ("AgeWave ref 2", {"doi": "10.1088/1361-6579/ab1234"}),
                                          ("Virtual Pulse Waves ref 1", {"doi": "10.1152/ajpheart.00111.2016"}),
                                          ("Virtual Pulse Waves ref 2", {"doi": "10.1016/j.jbiomech.2017.01.002"})],
    # audit17: the datasets' author-year citations may be read as works of their own, never as the heading's
    "author-year-label-links-under-heading.md": [("Manas et al 2019", {}), ("Manas et al 2021", {}),
                                                 ("Komati N. 2021", {}), ("Ji S. et al 2021", {})],
    # a101gf: the works a reading note points to next, cited in passing
    "reading-log-headings-after-linked-preamble.md": [
        ("Graph Priors for Drug Interaction Prediction. ACL 2019", {"doi": "10.18653/v1/w19-5001"}),
        ("退院サマリの匿名化について", {"pmid": "31234567"}),
    ],
    # a117gv: the benchmark rows whose paper cell is only an aside: a benchmark's own row, counted either way
    "table-bracketed-aside-paper-cell.md": [
        ("EchoVQA-2020 / 21", {}),
        ("RetinaBench", {}),
    ],
    # own: the project's own write-up, a PDF under its heading: a technical report, counted either way
    "pointer-link-wrapped-onto-next-line.md": [("Write-up", {})],
    "typed-bullet-url-lines.md": [("PMC5123456", {"pmcid": "PMC5123456"}), ("2104.05512", {"arxiv": "2104.05512"})],
    "bare-paper-url-spelling-its-title.md": [("10.1016/j.jad.2021.04.017", {"doi": "10.1016/j.jad.2021.04.017"})],
    # own: the table's short names of works the list notes in full below
    "paper-table-names-linked-to-reader-notes.md": [("ToxFormer", {}), ("HEPNet", {})],
    # a245lt: the datasets table's rows cite the papers listed above (their "Paper" links): repeats of listed works
    "dataset-table-rows-citing-listed-papers.md": [
        ("Referring Vessel Segmentation in Fundus Photographs", {}),
        ("Language-Guided Lesion Masks for Diabetic Retinopathy Grading", {}),
        ("Optic Disc Referring Segmentation with Anatomical Priors", {"doi": "10.1007/978-3-031-72114-4_12"})],
    # a262mk: the report's sources list restates the works its results table cites
    "linkless-plan-table-in-linked-benchmark.md": [
        ("Liver segmentation with cascaded networks", {"doi": "10.1038/s41598-024-55501-x"}),
        ("TumorFormer: transformers for kidney tumour segmentation", {"arxiv": "2311.04567"}),
        ("A multi-organ atlas for abdominal CT", {"pmcid": "PMC10987654"})],
    # a280nc: the title-less short citations of a "·" / ";" / "•" line, each named by its author-year label
    "short-author-venue-year-citations-dot-separated.md": [
        ("Moreira & Tanaka 1994", {}),
        ("Halvorsen et al. 1996", {}),
        ("Okafor 1961", {}),
        ("Lindqvist et al. 1972", {}),
        ("Obradović et al. 2004", {}),
        ("Castellanos & Weir 2008", {}),
    ],
}


def _norm(title: str) -> str:
    title = unicodedata.normalize("NFKC", title).casefold()
    return " ".join(re.sub(r"[\W_]+", " ", title).split())


def _same_work(title: str, ids: dict[str, str], record: dict) -> bool:
    found = {k: str(v).lower() for k, v in record["identifiers"].items() if v}
    if any(found.get(k) == v.lower() for k, v in ids.items()):
        return True
    a, b = _norm(title), _norm(record["title"] or "")
    return bool(a and b) and (fuzz.ratio(a, b) >= 90 or (len(b) >= 15 and b in a) or (len(a) >= 15 and a in b))


def _repo(url: str) -> str:
    return (canonical_repo(url) or url).lower().removeprefix("https://").removeprefix("http://").rstrip("/")


def score(name: str) -> dict[str, float]:
    records = [entry_record(e) for e in extract_file(DIALECTS / name).entries]
    papers = [r for r in records if r["kind"] == "paper"]
    expected, optional = EXPECTED[name], OPTIONAL.get(name, [])
    matched: dict[int, int] = {}  # expected index → record index
    extra = 0
    for i, r in enumerate(papers):
        hit = next((j for j, (t, ids, _) in enumerate(expected) if j not in matched and _same_work(t, ids, r)), None)
        if hit is not None:
            matched[hit] = i
        elif not any(_same_work(t, ids, r) for t, ids in optional):
            extra += 1
    tp = len(matched)
    want_pairs = {(j, c.lower()) for j, (_, _, c) in enumerate(expected) if c}
    got_pairs = set()
    for j, i in matched.items():
        got_pairs |= {(j, _repo(l["url"])) for l in papers[i]["links"] if l["role"] == "code"}
    unmatched_code = sum(1 for i, r in enumerate(papers) if i not in matched.values()
                         for l in r["links"] if l["role"] == "code")
    pair_tp = len(want_pairs & got_pairs)
    want_ids = {(k, v.lower()) for _, ids, _ in expected + [(t, i, None) for t, i in optional] for k, v in ids.items()}
    got_ids = {(k, str(v).lower()) for r in records for k, v in r["identifiers"].items() if v}
    titles_ok = sum(1 for j, i in matched.items() if fuzz.ratio(_norm(expected[j][0]), _norm(papers[i]["title"] or "")) >= 90)
    return {
        "title_accuracy": titles_ok / len(expected),
        "paper_f1": 2 * tp / (len(expected) + tp + extra),
        "pair_f1": 2 * pair_tp / (len(want_pairs) + len(got_pairs) + unmatched_code) if want_pairs else 1.0,
        "id_recall": len(want_ids & got_ids) / len(want_ids) if want_ids else 1.0,
    }


def test_every_expected_work_is_in_its_file():
    """The expectations are about these files: every title or identifier occurs in the text."""
    for name, works in EXPECTED.items():
        text = (DIALECTS / name).read_text(encoding="utf-8")
        for title, ids, code in works:
            head = " ".join(title.split(":")[0].split()[:4]).lower()  # a title may be wrapped over two items
            assert head in " ".join(text.lower().split()) or any(v in text.lower() for v in ids.values()), title
            if code:  # as written (owner/name after the host), but for typographic hyphens ("example‐lab")
                assert code.split("/", 1)[-1] in text.replace("\u2010", "-"), code


# Known misses (to fix in parse/classify/citation, then drop the mark), from the fifth audit:
# (audit17: "**BioLinkBERT**: BioLinkBERT: Pretraining …", "**Enzyme Transformer**: The enzyme transformer: …": a
# bold name the title repeats is dropped now — bold-name-colon-title-prefix.md passes its title test)
KNOWN_MISSES: set[str] = set()
# - ":star: **Title (ACM Computing Surveys)**": a venue in brackets without a year stays in the title (a
#   bracketed venue is told from "(Extended Abstract)" only by its year today).
KNOWN_TITLE_MISSES: set[str] = {  # a226la: emoji-marker-before-bold-title.md left it ("(ACM Computing Surveys)"
                                # closing the survey's bold title is now read as its venue)
                                # "VGG: Very Deep …" keeps a short name the list put before the title ("BERT: Pre-
                                # training of …" is the title itself: one cannot tell them apart)
                                "name-colon-title-under-group-bullet.md",
                                # audit26bf: "2018 Lawhern et al. <i>Title</i>" in a <summary> keeps the year and
                                # authors before the title (the papers, links and identifiers are right)
                                "details-summary-closed-fold-zh.md",
                                # a233lh: "[Imputation](slides/….pdf): [Title](doi…)" keeps the session's topic, the
                                # slides' text, before the reading's title (the paper, its kind and DOI are right)
                                "course-slides-pdf-beside-linked-readings.md",
                                # a367qm: "Lab: Implementation of [Shaffer et al.](…)" is titled by the lab's lead-in
                                # ("Lab: Implementation of"), not the linked author name (papers, DOIs, code are right)
                                "classroom-invitation-under-lab-citation.md"}


def _known(names: set[str], files=EXPECTED) -> list:
    return [pytest.param(n, marks=pytest.mark.xfail(strict=True, reason="known miss")) if n in names else n
            for n in sorted(files)]


@pytest.mark.parametrize("name", _known(KNOWN_MISSES))
def test_unseen_dialect_scores(name):
    s = score(name)
    assert s["paper_f1"] >= 0.95 and s["pair_f1"] >= 0.95 and s["id_recall"] >= 0.97, s


@pytest.mark.parametrize("name", _known(KNOWN_TITLE_MISSES))
def test_titles_are_the_titles(name):
    """A title must not carry its citation trailer (authors, venue, year) or its brackets."""
    assert score(name)["title_accuracy"] >= 0.9


# titles that must come out exactly (the fuzzy match above forgives a short trailer on a long title)
EXACT_TITLES: dict[str, list[str]] = {
    # a395rq: each work titled by the bullet's bold reference title, never by the section heading above it
    "section-heading-over-one-note-bullet-reference.md": [
        t for t, _, _ in EXPECTED["section-heading-over-one-note-bullet-reference.md"]],
    # a393ro: each record is titled by its numbered heading, never by the bold venue-and-year stamp under it
    "numbered-heading-over-linkless-bold-venue-year-stamp.md": [
        t for t, _, _ in EXPECTED["numbered-heading-over-linkless-bold-venue-year-stamp.md"]],
    # a386rh: each implemented paper titled by the note's title, never the repository's short name
    "repo-short-name-note-names-implemented-paper.md": [
        t for t, _, _ in EXPECTED["repo-short-name-note-names-implemented-paper.md"]],
    # a386rh: each data set titled by its bold name alone, not by the prose after it
    "bold-resource-name-prose-over-emoji-link-row.md": ["Visible Foot Atlas", "Knee Shape Atlas", "Gait Lab Archive"],
    # a392rn: each title without the venue an IEEE-like comma closes it with, nor the comma-closed byline before it
    "vancouver-byline-ieee-comma-venue.md": [t for t, _, _ in EXPECTED["vancouver-byline-ieee-comma-venue.md"]],
    # a384rf: each resource's record is titled by its paper's cited title, never by the heading's tagline
    "resource-heading-site-quote-then-citation-line.md": [
        t for t, _, _ in EXPECTED["resource-heading-site-quote-then-citation-line.md"]],
    # a379ra: a series' name, its part's Roman numeral and the part's own title, whole ("The disposition of
    # metoprolol. II. Hepatic extraction …"), no venue taken from after the numeral
    "series-part-numeral-title.md": [t for t, _, _ in EXPECTED["series-part-numeral-title.md"]],
    # a385rg: each quoted title is its own paper's title, never the repository's name nor two titles run together
    "repo-line-several-quoted-titles-venue-tags.md": [
        t for t, _, _ in EXPECTED["repo-line-several-quoted-titles-venue-tags.md"]],
    # a375qw: the linked title alone, without the heading's label ("综述二：…｜", "Attention | ", "(TPAMI2023) | ")
    "heading-label-bar-linked-title.md": [t for t, _, _ in EXPECTED["heading-label-bar-linked-title.md"]],
    # a376qx: an org reading note's heading titles its paper without its status word, cookie and citation key
    "org-mode-reading-note-headings.md": [t for t, _, _ in EXPECTED["org-mode-reading-note-headings.md"]],
    # a377qy: each reading titles its own work, never "Reading" nor the lecture over it
    "lecture-bullet-over-reading-sub-bullets.md": [
        t for t, _, _ in EXPECTED["lecture-bullet-over-reading-sub-bullets.md"]],
    # a370qr: the byline (its month-like surname, its suffixed name) is no part of the title
    "author-date-byline-month-like-surname.md": [t for t, _, _ in EXPECTED["author-date-byline-month-like-surname.md"]],
    "author-date-byline-generational-suffix.md": [
        t for t, _, _ in EXPECTED["author-date-byline-generational-suffix.md"]],
    "week-heading-reference-link-over-note.md": [
        t for t, _, _ in EXPECTED["week-heading-reference-link-over-note.md"]],
    "apa-byline-ellipsis-then-consortium.md": [t for t, _, _ in EXPECTED["apa-byline-ellipsis-then-consortium.md"]],
    "sources-bullet-recapping-listed-links.md": [t for t, _, _ in EXPECTED["sources-bullet-recapping-listed-links.md"]],
    # a354pz: each numbered H1 titles its paper, without its record number ("# 1. Title" → "Title")
    "numbered-h1-paper-records-byline-doi-line.md": [
        t for t, _, _ in EXPECTED["numbered-h1-paper-records-byline-doi-line.md"]],
    # a326ow: a wrapped reference's identifier tail ("31. PMID: …") leaves the reference its title, and is none itself
    "pubmed-citation-wrapped-at-day-number.md": [t for t, _, _ in EXPECTED["pubmed-citation-wrapped-at-day-number.md"]],
    # a324ou: a Science section kicker ("RNA imaging.") is no title; a written-out closing identifier is no part of one
    "medline-section-kicker-before-title.md": [t for t, _, _ in EXPECTED["medline-section-kicker-before-title.md"]],
    "link-less-title-closing-written-identifier.md": [
        t for t, _, _ in EXPECTED["link-less-title-closing-written-identifier.md"]],
    # a324ou: each method's reference titles its paper, never the group's name nor the method's short name
    "method-label-over-author-led-reference.md": [
        t for t, _, _ in EXPECTED["method-label-over-author-led-reference.md"]],
    # a327ox: neither the venue label ("Cell Reports Phys Sci 2024") nor the byline ("Okonkwo et al.") titles a row
    "table-bold-system-name-venue-or-byline-reference.md": [
        t for t, _, _ in EXPECTED["table-bold-system-name-venue-or-byline-reference.md"]],
    # a317on: the Cite column's paper title, not the data set's name, titles the row; a version number ends a name
    "dataset-table-cite-column-paper-title.md": [
        t for t, _, _ in EXPECTED["dataset-table-cite-column-paper-title.md"]] + ["ORIGA-Lite database v2.14"],
    # a316om: the heading (or the sheet's Title row) is the title, never "DOI" nor the DOI itself
    "heading-over-key-value-sheet.md": [t for t, _, _ in EXPECTED["heading-over-key-value-sheet.md"]],
    # a318oo: the sentence-case subtitle after "Name:" is part of the title, its glued closing year is not
    "name-linked-to-article-then-name-colon-sentence-case-title.md":
        [t for t, _, _ in EXPECTED["name-linked-to-article-then-name-colon-sentence-case-title.md"]],
    # a320oq: the author lead of a Paper cell ("Lindqvist et al., ", "Haddad, ", "Moreau & Tanaka, ", "Nature
    # Medicine, ") is no part of the title
    "author-led-paper-cells-with-summary-tally.md": [
        t for t, _, _ in EXPECTED["author-led-paper-cells-with-summary-tally.md"]],
    # a321or: a Harvard reference's question title keeps its subtitle; a short link text loses its "(Journal)"
    "harvard-question-title-subtitle.md": [t for t, _, _ in EXPECTED["harvard-question-title-subtitle.md"]],
    "link-label-bare-journal-paren-short-title.md": [
        t for t, _, _ in EXPECTED["link-label-bare-journal-paren-short-title.md"]],
    # a305ob: a short name before "– Surname et al." is the whole title, the byline is no part of it
    "short-name-dash-etal-byline-doi-field.md": [t for t, _, _ in EXPECTED["short-name-dash-etal-byline-doi-field.md"]],
    # a287nj: the tagged byline (venue, method name, authors) is no title; the quoted line under it is
    "venue-tagged-byline-over-quoted-title.md": [
        t for t, _, _ in EXPECTED["venue-tagged-byline-over-quoted-title.md"]],
    # a288nk: a numbered heading's bare pointer link ("[link](…)", "[url](…)") is no part of its italic title
    "numbered-heading-emphasised-title-pointer-link.md": [
        t for t, _, _ in EXPECTED["numbered-heading-emphasised-title-pointer-link.md"]],
    # a281nd: a paragraph's stacked tags are no part of its linked title
    "stacked-tag-paragraphs-under-notes.md": [t for t, _, _ in EXPECTED["stacked-tag-paragraphs-under-notes.md"]],
    # a278na: the gloss before an unquoted translated title ("最初发表于…网站（…）， ") is no part of the title
    "schemeless-doi-address-closing-reference.md": [
        t for t, _, _ in EXPECTED["schemeless-doi-address-closing-reference.md"]],
    # a277mz: a data set's name before its spaced dash and gloss is the title; a title's own dashed subtitle stays
    "resource-name-dash-gloss-over-venue-links.md": [
        t for t, _, _ in EXPECTED["resource-name-dash-gloss-over-venue-links.md"]],
    # a279nb: a short title linked to the reader's note is the paper's whole title
    "reader-note-short-title-beside-pdf-label.md": [
        t for t, _, _ in EXPECTED["reader-note-short-title-beside-pdf-label.md"]],
    # a274mw: the list's own survey introduced in a sentence is titled by its link's text, not by the sentence
    "intro-sentence-repository-for-linked-survey.md": [
        t for t, _, _ in EXPECTED["intro-sentence-repository-for-linked-survey.md"]],
    # a273mv: a run of short tags before a linked title is no title; the link's text is
    "stacked-tags-before-linked-title.md": [t for t, _, _ in EXPECTED["stacked-tags-before-linked-title.md"]],
    # a273mv: every tag of a stacked run of area tags ("[CLINICAL] [COG] [VISION] Title") is no part of the title
    "stacked-area-tags-before-plain-title.md": [t for t, _, _ in EXPECTED["stacked-area-tags-before-plain-title.md"]],
    # a275mx: the quoted title alone, not its byline, venue or year after the comma
    "quoted-title-comma-reference.md": [t for t, _, _ in EXPECTED["quoted-title-comma-reference.md"]],
    # a271mt: the method's name and the "Surname et al. Venue Year" byline after spaced dashes are no part of the title
    "link-title-dash-name-dash-etal-venue.md": [t for t, _, _ in EXPECTED["link-title-dash-name-dash-etal-venue.md"]],
    # a271mt: a note closed by ":" or ";" before an initialled byline is no part of the title
    "note-before-initialled-byline-reference.md": [
        t for t, _, _ in EXPECTED["note-before-initialled-byline-reference.md"]],
    # a257mf: ", CRYPTO'03" closing a link's text is the venue and year, not the title's
    "link-text-comma-venue-apostrophe-year.md": [
        t for t, _, _ in EXPECTED["link-text-comma-venue-apostrophe-year.md"]],
    # a247lv: a colon-closed title line and the line over the URL after session fields are the titles
    "meeting-notes-colon-title-over-url.md": [t for t, _, _ in EXPECTED["meeting-notes-colon-title-over-url.md"]],
    # a244ls: a book's italic title, not its author's name nor the remark after it
    "italic-book-title-dash-author.md": [t for t, _, _ in EXPECTED["italic-book-title-dash-author.md"]],
    # a202kc: a paper box's plain title keeps no closing topic tag ("[AI4H]")
    "acadhomepage-plain-title-paper-box.md": [
        t for t, _, _ in EXPECTED["acadhomepage-plain-title-paper-box.md"]],
    # a209kj: a paper callout's label ("Survey:", "Review:", "Preprint:") before its set-off title is no part of it
    "labelled-callout-set-off-title-in-entries.md": [
        t for t, _, _ in EXPECTED["labelled-callout-set-off-title-in-entries.md"]],
    # own (s18): "…, Nicolelis & Lebedev. 2017" closing a link text is no part of the title
    "link-text-closed-by-author-pair-stop-year.md": [
        t for t, _, _ in EXPECTED["link-text-closed-by-author-pair-stop-year.md"]],
    # own (s18): a closing note on the code's status is no part of the title
    "code-status-note-after-title.md": [t for t, _, _ in EXPECTED["code-status-note-after-title.md"]],
    # own (s18): a plain "Title:" label is no part of the title
    "plain-title-label-before-title.md": [t for t, _, _ in EXPECTED["plain-title-label-before-title.md"]],
    # own (s18): a closing venue-year-identifier bracket is no part of the title
    "title-venue-year-identifier-bracket.md": [
        t for t, _, _ in EXPECTED["title-venue-year-identifier-bracket.md"]],
    # a111gp: a daily digest's bracketed ordinal before a heading's linked title is no part of the title
    "bracketed-ordinal-before-linked-heading-title.md": [
        t for t, _, _ in EXPECTED["bracketed-ordinal-before-linked-heading-title.md"]],
    # a95fz: a short review title whose link text closes with its byline keeps the byline out
    "short-linked-title-closed-by-byline.md": [t for t, _, _ in EXPECTED["short-linked-title-closed-by-byline.md"]],
    # audit17: a one-author PubMed citation in a link's text is titled by its title, not the whole reference
    "pubmed-citation-one-author-link-text.md": [t for t, _, _ in EXPECTED["pubmed-citation-one-author-link-text.md"]],
    # audit17: an Obsidian index's citation key and block anchor after the italic title are no part of it
    "obsidian-italic-title-citekey-index.md": [t for t, _, _ in EXPECTED["obsidian-italic-title-citekey-index.md"]],
    # audit17: the sentence after a bold title, and "Preprint 2023.02" after one, are no part of it; nor is a bare URL
    # in a table's paper column a title
    "bold-title-then-description-sentence.md": [t for t, _, _ in EXPECTED["bold-title-then-description-sentence.md"]],
    "bold-title-venue-year-month.md": [t for t, _, _ in EXPECTED["bold-title-venue-year-month.md"]],
    "table-bare-url-paper-column.md": [t for t, _, _ in EXPECTED["table-bare-url-paper-column.md"]],
    # audit52: the middle-dotted byline under a task's title is no part of the title
    "task-title-over-middot-byline.md": [t for t, _, _ in EXPECTED["task-title-over-middot-byline.md"]],
    # audit17: "(ECCV 24') " before the title is a venue-and-year tag, never part of the title
    "paren-venue-year-trailing-apostrophe.md": [t for t, _, _ in EXPECTED["paren-venue-year-trailing-apostrophe.md"]],
    # audit17: "(Nature Medicine 2022)", "(Nature 2023 Review)" closing a paper link's text are its venue and year
    "paren-journal-name-year-closing-link-title.md": [
        t for t, _, _ in EXPECTED["paren-journal-name-year-closing-link-title.md"]],
    # audit17: the title after a group author ("wwPDB Consortium. Protein Data Bank: …"), not the group's name
    "group-author-reference.md": [t for t, _, _ in EXPECTED["group-author-reference.md"]],
    # audit17: "**Title** [2023]" / "**Title**[2022]": the square-bracketed year after the bold title goes
    "bold-title-square-bracket-year.md": [t for t, _, _ in EXPECTED["bold-title-square-bracket-year.md"]][:3],
    # audit39cj: a bold or emphasised bracket closing a table's title cell goes, a plain one inside the title stays
    "table-title-bold-venue-note-tag.md": [t for t, _, _ in EXPECTED["table-title-bold-venue-note-tag.md"]],
    # audit39cj: the byline under "**Title** <br>" in a table cell is no part of the title
    "table-bold-title-break-sub-byline.md": [t for t, _, _ in EXPECTED["table-bold-title-break-sub-byline.md"]],
    "apa-byline-wrapped-before-italic-title.md": [
        t for t, _, _ in EXPECTED["apa-byline-wrapped-before-italic-title.md"]],
    # audit17: the italic title after a full-name byline, not "Cynthia Rudin. Stop explaining …"
    "full-name-byline-italic-title.md": [t for t, _, _ in EXPECTED["full-name-byline-italic-title.md"]],
    # audit27cb: the quoted title after IEEE-style authors, not "A. Weller, \"Transparency: …"
    "ieee-quoted-title-before-id-link.md": [t for t, _, _ in EXPECTED["ieee-quoted-title-before-id-link.md"]],
    # audit26bb: a question closing a reference's title's first clause is no end of the title when a subtitle follows
    "reference-question-title-subtitle.md": [t for t, _, _ in EXPECTED["reference-question-title-subtitle.md"]],
    # audit23aj: "(**Artificial Intelligence (AIJ)**)" closing a title is its venue, nested bracket and all
    "bold-venue-tag-nested-parenthesis.md": [t for t, _, _ in EXPECTED["bold-venue-tag-nested-parenthesis.md"]],
    # audit17: the bracketed CJK translation after a Latin title, and a journal's full name after "**Title.**", go
    "latin-title-cjk-translation-parenthesis.md": [
        t for t, _, _ in EXPECTED["latin-title-cjk-translation-parenthesis.md"]],
    "bold-stop-title-long-venue-year.md": [t for t, _, _ in EXPECTED["bold-stop-title-long-venue-year.md"]],
    # audit28dd: a comma in the journal's name or before its year after "**Title.**" goes with the venue too
    "bold-stop-title-comma-venue-year.md": [t for t, _, _ in EXPECTED["bold-stop-title-comma-venue-year.md"]],
    # audit17: a CJK note closing an English title goes, an English bracket stays
    "cjk-note-after-english-title.md": [t for t, _, _ in EXPECTED["cjk-note-after-english-title.md"]],
    # audit17: zh-weekly-log-thoughts: a category shared by the log's papers closing a link-less title goes
    "zh-weekly-log-thoughts.md": [t for t, _, _ in EXPECTED["zh-weekly-log-thoughts.md"]],
    # audit17: ‘…’ around a Chicago reference's title are no part of it
    "chicago-single-quoted-numbered-references.md": [
        t for t, _, _ in EXPECTED["chicago-single-quoted-numbered-references.md"]],
    # audit17: "<br>" inside a table cell's title separates words ("in<br>Clinical" is "in Clinical")
    "br-wrapped-table-cell-titles.md": [t for t, _, _ in EXPECTED["br-wrapped-table-cell-titles.md"]],
    # audit26be: "**Title:** value<br>**Authors:** …" in a table cell: the title field's value, exactly
    "table-labelled-field-record-cells.md": [t for t, _, _ in EXPECTED["table-labelled-field-record-cells.md"]],
    # audit17: "[**SmiBERT**] SmiBERT: …": the bracketed name the title repeats goes, the title's own "Name:" stays
    "bracketed-name-paragraph-items-one-per-section.md": [
        t for t, _, _ in EXPECTED["bracketed-name-paragraph-items-one-per-section.md"][1:3]],
    # audit17: the record's number ("(1) ", "[3] ", "（4） ") is no part of its name
    "numbered-name-over-role-field-bullets.md": [t for t, _, _ in EXPECTED["numbered-name-over-role-field-bullets.md"]],
    # audit17: the repeated bold name goes, the title's own "Name:" head stays (the third, unrepeated name stays
    # too, as "VGG: Very Deep …" does: not pinned)
    "bold-name-repeated-before-title.md": [t for t, _, _ in EXPECTED["bold-name-repeated-before-title.md"][:2]],
    # audit17: "## [Cancer biology] Title" (a digest's subject tag) and "### Title [[PDF]](…)" (a role link): no part of it
    "digest-heading-labelled-link-fields.md": [t for t, _, _ in EXPECTED["digest-heading-labelled-link-fields.md"]],
    "linked-heading-over-note-bullets.md": [t for t, _, _ in EXPECTED["linked-heading-over-note-bullets.md"]],
    "bare-title-heading-records.md": [t for t, _, _ in EXPECTED["bare-title-heading-records.md"]],
    "unclosed-bold-name-stray-stars.md": [t for t, _, _ in EXPECTED["unclosed-bold-name-stray-stars.md"]],
    # "- Nat Genet. 2012 Mar;44(3):226-32.  " / "Title.  " / "Authors.": the journal line first is no title
    "unbulleted-citation-after-list.md": ["A fast imputation method for genome-wide association panels",
                                          "Fast k-mer counting for metagenomic binning"],
    "trailer-tags-style.md": [title for title, _, _ in EXPECTED["trailer-tags-style.md"]],
    # audit17: "46.[Title](…).<br>": the line's record number is no title, the link's text is
    "numbered-linked-title-lines-past-nine.md": [t for t, _, _ in EXPECTED["numbered-linked-title-lines-past-nine.md"]],
    # audit17: the bracketed byline closing a linked title goes ("(Okafor & Lindqvist)", "(Moreau et al.)")
    "linked-title-closing-author-parenthesis.md": [
        t for t, _, _ in EXPECTED["linked-title-closing-author-parenthesis.md"]],
    "bulletless-paragraphs-style.md": [
        "Explainable Prediction of Medical Codes from Clinical Text",
        "Cross-modal Memory Networks for Radiology Report Generation",
        "Towards Generalist Biomedical AI",
    ],
    "table-venue-code-style.md": [title for title, _, _ in EXPECTED["table-venue-code-style.md"]],
    "venue-link-first-style.md": [title for title, _, _ in EXPECTED["venue-link-first-style.md"]],
    "nested-fields-style.md": ["ChatDoctor", "PMC-LLaMA", "ChatMed"],
    "table-notes-style.md": [title for title, _, _ in EXPECTED["table-notes-style.md"]],
    "date-tag-bold-style.md": [title for title, _, _ in EXPECTED["date-tag-bold-style.md"]] + ["PULSE"],
    "html-rowspan-style.md": [title for title, _, _ in EXPECTED["html-rowspan-style.md"]],
    "page-title-site-suffixes.md": [title for title, _, _ in EXPECTED["page-title-site-suffixes.md"]],
    "venue-hyphen-year-tag-in-title.md": [title for title, _, _ in EXPECTED["venue-hyphen-year-tag-in-title.md"]],
    # "(IMWUT2023)" closing a bold title is its venue and year, not part of it
    "emoji-marker-before-bold-title.md": ["Contrastive Pre-training of IMU Encoders for Few-Label Activity Recognition",
                                          "Self-training Activity Recognizers with Unlabelled Smartwatch Data"],
    "version-labelled-paper-links.md": [title for title, _, _ in EXPECTED["version-labelled-paper-links.md"]],
    "blockquote-wrapped-heading-entries.md": [t for t, _, _ in EXPECTED["blockquote-wrapped-heading-entries.md"]],
    "venue-label-before-paper-link.md": [t for t, _, _ in EXPECTED["venue-label-before-paper-link.md"]],
    "bracketed-title-pii-article-url.md": [t for t, _, _ in EXPECTED["bracketed-title-pii-article-url.md"]],
    "chicago-quoted-link-title-paragraphs.md": [t for t, _, _ in EXPECTED["chicago-quoted-link-title-paragraphs.md"]],
    "arxiv-corr-comma-and-ampersand-junk.md": [t for t, _, _ in EXPECTED["arxiv-corr-comma-and-ampersand-junk.md"]],
    "nested-citation-under-linked-label.md": [t for t, _, _ in EXPECTED["nested-citation-under-linked-label.md"]],
    # audit17: the italic byline goes, whatever marked tag ("(***2017***)", "(***Unsupervised***)") sits beside it
    "emphasised-byline-beside-marked-tags.md": [t for t, _, _ in EXPECTED["emphasised-byline-beside-marked-tags.md"]],
    "anchored-apa-reference-paragraphs.md": [t for t, _, _ in EXPECTED["anchored-apa-reference-paragraphs.md"]],
    "vancouver-names-apa-year-bullets.md": [t for t, _, _ in EXPECTED["vancouver-names-apa-year-bullets.md"]],
    "ref-label-link-before-bold-title.md": [t for t, _, _ in EXPECTED["ref-label-link-before-bold-title.md"]],
    "numbered-reference-wrapped-in-title.md": [t for t, _, _ in EXPECTED["numbered-reference-wrapped-in-title.md"]],
    "plain-title-bullet-over-venue-link-subbullet.md": [
        t for t, _, _ in EXPECTED["plain-title-bullet-over-venue-link-subbullet.md"]],
    "wrapped-title-before-bare-url.md": [t for t, _, _ in EXPECTED["wrapped-title-before-bare-url.md"]],
    # audit17: the emphasised venue after a "<br/>" in a title cell is no part of the title
    "table-title-br-emphasised-venue.md": [t for t, _, _ in EXPECTED["table-title-br-emphasised-venue.md"]],
    "table-columns-style.md": [
        "Data-driven approach for creating synthetic electronic medical records",
        "A visual-language foundation model for computational pathology",
    ],
    # audit23ak: the bold name before " : gloss", the link's text after a "YEAR - Authors -" lead, the quoted title
    "bold-name-colon-gloss-over-badges.md": [t for t, _, _ in EXPECTED["bold-name-colon-gloss-over-badges.md"]],
    "year-dash-authors-dash-linked-title.md": [t for t, _, _ in EXPECTED["year-dash-authors-dash-linked-title.md"]],
    "quoted-title-announced-before-role-link.md": [
        t for t, _, _ in EXPECTED["quoted-title-announced-before-role-link.md"]],
    # audit25ay: a citation's year written as a sentence of its own ("… for scientific text. 2019. [paper](…)")
    # is no part of the title; the model's name over it is no title either
    "model-name-over-dated-citation-bullets.md": [
        t for t, _, _ in EXPECTED["model-name-over-dated-citation-bullets.md"]],
    # audit17: each work named in a cell of named works is titled by its name, not by the row's definition
    "table-cell-of-named-works.md": [t for t, _, _ in EXPECTED["table-cell-of-named-works.md"]],
    # audit27cc: the institutions after a comma-delimited venue and year are no part of the title
    "comma-venue-year-then-affiliation.md": [
        t for t, _, _ in EXPECTED["comma-venue-year-then-affiliation.md"]],
    # audit17: the title after a paper-label link and a dash is the paper's title, not the label
    "paper-label-link-dash-title.md": [t for t, _, _ in EXPECTED["paper-label-link-dash-title.md"]],
    # audit17: a row of bracketed fields is titled by its title field, not by the byline before it
    "bracket-field-byline-title-venue-rows.md": [t for t, _, _ in EXPECTED["bracket-field-byline-title-venue-rows.md"]],
    "title-line-paragraph-alone-under-venue-heading.md": [
        t for t, _, _ in EXPECTED["title-line-paragraph-alone-under-venue-heading.md"]],
    # audit17: the code-span record number and the authors are no part of the quoted title
    "code-span-number-before-quoted-citation.md": [
        t for t, _, _ in EXPECTED["code-span-number-before-quoted-citation.md"]],
    # audit17: the icon link to the curator's note names nothing; the title is the text after it
    "emoji-icon-note-link-before-title.md": [t for t, _, _ in EXPECTED["emoji-icon-note-link-before-title.md"]],
    # audit17: a row is titled by its model's name, not by its Key Paper link's byline ("Dunbar & Deane, …")
    "model-table-code-column-before-key-paper.md": [
        t for t, _, _ in EXPECTED["model-table-code-column-before-key-paper.md"]],
    # audit17: a link named by one author (or a short label) and a year takes the quoted title after its dash
    "single-author-year-link-quoted-title.md": [
        t for t, _, _ in EXPECTED["single-author-year-link-quoted-title.md"]],
    # audit17: the inline-code note lines under a link-less title are not appended to it
    "code-span-note-lines-under-unlinked-title.md": [
        t for t, _, _ in EXPECTED["code-span-note-lines-under-unlinked-title.md"]],
    # audit17: the bracketed venue and year that holds the code link is no part of the italic title
    "italic-title-venue-year-code-inside-bracket.md": [
        t for t, _, _ in EXPECTED["italic-title-venue-year-code-inside-bracket.md"]],
    # audit17: a closing "\\cite{key}" is no part of the title
    "tex-cite-key-reading-list.md": [t for t, _, _ in EXPECTED["tex-cite-key-reading-list.md"]],
    # audit17: the reference number and the bold venue tag before the title are no part of it
    "reference-number-before-bold-venue-tag.md": [t for t, _, _ in EXPECTED["reference-number-before-bold-venue-tag.md"]],
    # audit17: the topic subheading is not the title of the record under it
    "topic-subheading-over-title-line-bare-url.md": [
        t for t, _, _ in EXPECTED["topic-subheading-over-title-line-bare-url.md"]],
    # a98gc: the dataset's bold name before the dash is no part of the paper's title
    "table-bold-dataset-name-dash-paper-title.md": [
        t for t, _, _ in EXPECTED["table-bold-dataset-name-dash-paper-title.md"]],
    # audit17: emoji shortcodes around a heading's title, and a bracketed venue before an item's, are no part of it
    "emoji-shortcode-heading-lead.md": [t for t, _, _ in EXPECTED["emoji-shortcode-heading-lead.md"]],
    "bracket-venue-tag-short-title.md": [t for t, _, _ in EXPECTED["bracket-venue-tag-short-title.md"]],
    # audit17: a bold title wrapped over lines, then its authors: the whole bold text, not the authors after it
    "bold-title-wrapped-before-authors.md": [t for t, _, _ in EXPECTED["bold-title-wrapped-before-authors.md"]],
    # audit17: a bold lead-in naming the paper before its linked title is no part of the title
    "bold-lead-in-before-linked-survey-title.md": [
        t for t, _, _ in EXPECTED["bold-lead-in-before-linked-survey-title.md"]],
    # audit17: a bold nickname glued to its venue-year bracket ("**UMT(CVPR2021)** Title") is no part of the title
    "bold-nickname-venue-tag-before-title.md": [
        t for t, _, _ in EXPECTED["bold-nickname-venue-tag-before-title.md"]],
    # audit17: an empty-linked bold-title record is titled by its bold title, not with its authors
    "bold-title-empty-link-records.md": [t for t, _, _ in EXPECTED["bold-title-empty-link-records.md"]],
    # audit17: a bold record label ("**Paper 2.**") before a pasted reference is no title: the reference's title is
    "bold-numbered-paper-label-plain-reference.md": [
        t for t, _, _ in EXPECTED["bold-numbered-paper-label-plain-reference.md"]],
    # audit17: the authors' full names before a linked title are no part of it
    "author-names-before-linked-title-course-bibliography.md": [
        t for t, _, _ in EXPECTED["author-names-before-linked-title-course-bibliography.md"]],    # audit17: a schedule's padded date column is no title column: each row is titled by its paper's byline
    "reading-group-date-first-author-byline-table.md": [
        t for t, _, _ in EXPECTED["reading-group-date-first-author-byline-table.md"]],
    # a97gb: the read mark and hand-written number before a title ended by a colon over its bare URL are no part of it
    "read-mark-numbered-title-colon-url-lines.md": [
        t for t, _, _ in EXPECTED["read-mark-numbered-title-colon-url-lines.md"]],
    # a102gg: "Title. Preprint, 2025" and "…single-cell, single-spike resolution. NeurIPS 2024" keep no venue, and
    # the title's own comma clause
    "bold-name-colon-title-stop-venue-comma-year.md": [
        t for t, _, _ in EXPECTED["bold-name-colon-title-stop-venue-comma-year.md"]],
    # a107gl: a linked italic title closed by its stop, then a venue and a year inside the link: no part of it
    "linked-italic-title-stop-venue-year.md": [t for t, _, _ in EXPECTED["linked-italic-title-stop-venue-year.md"]],
    # a132hk: a title closed by its stop keeps no first author of the comma-separated byline after it
    "title-stop-comma-byline-stop-venue-year-links.md": [
        t for t, _, _ in EXPECTED["title-stop-comma-byline-stop-venue-year-links.md"]],
    # a145hx: the quoted title keeps neither the bold name before it nor the venue after it; a title wrapped before
    # its byline keeps its tail; a short linked name over a small-print note is the title, not the note
    "bold-name-colon-quoted-title-bold-venue.md": [
        t for t, _, _ in EXPECTED["bold-name-colon-quoted-title-bold-venue.md"]],
    "tagged-title-wrapped-over-emphasised-byline.md": [
        t for t, _, _ in EXPECTED["tagged-title-wrapped-over-emphasised-byline.md"]],
    "table-short-name-link-over-small-print-note.md": [
        t for t, _, _ in EXPECTED["table-short-name-link-over-small-print-note.md"]],
    # a164iq: the code-span month stamp ("`2022.11` Title") opens no title
    "code-span-month-stamp-before-title.md": [
        "Zero-shot scoring of missense variants with masked protein language models",
        "Alignment-free fitness landscapes from evolutionary sequence models",
        "Calibrated pathogenicity estimates for rare coding variants",
    ],
    # a168iu: a label in 【】 glued before the title ("【Endovis2017】2017 robotic …") is no part of the title
    "lenticular-bracket-label-before-title.md": [
        t for t, _, _ in EXPECTED["lenticular-bracket-label-before-title.md"]],
    # own: the italic run holds the whole title past its question mark
    "chicago-bibliography-group-author-journal-place-year.md": [
        "Handheld Echocardiography: The Stethoscope of the Future? A Comparison of Bedside Images to Standard "
        "Echocardiograms"],
    # a201kb: a lone linked title under a section heading is titled by its link, not by the heading
    "section-heading-over-lone-linked-title.md": [
        t for t, _, _ in EXPECTED["section-heading-over-lone-linked-title.md"]],
    # a208ki: the curator's tag before a linked year-and-venue label is no title; the text after its dash is
    "curator-tag-before-linked-year-venue-label.md": [
        t for t, _, _ in EXPECTED["curator-tag-before-linked-year-venue-label.md"]],
    # a226la: a venue in brackets with no year closing a family list's title is no part of it
    "framework-tagged-links-closing-venue-no-year.md": [
        t for t, _, _ in EXPECTED["framework-tagged-links-closing-venue-no-year.md"]],
    "notes-page-references-title-linked-to-repository.md": [
        t for t, _, _ in EXPECTED["notes-page-references-title-linked-to-repository.md"]],
    # a245lt: a dataset row citing a listed paper by its link takes that paper's title, not the dataset's name
    "dataset-table-rows-citing-listed-papers.md": [
        t for t, _, _ in EXPECTED["dataset-table-rows-citing-listed-papers.md"]],
    # a242lq: a cited sub-work is titled by its emphasis, not its lead-in and date tag nor its parent's title
    "starred-venue-tag-records-with-cited-sub-works.md": [
        t for t, _, _ in EXPECTED["starred-venue-tag-records-with-cited-sub-works.md"]],
    # a254mc: a footnote's "Surname, et al.," byline is no part of its short reference's title
    "footnote-surname-comma-et-al-short-references.md": [
        t for t, _, _ in EXPECTED["footnote-surname-comma-et-al-short-references.md"]],
    # a266mo: an MLA citation linked whole is titled by its quoted title, not its journal, volume and pages
    "mla-quoted-title-and-trailer-as-link-text.md": [
        t for t, _, _ in EXPECTED["mla-quoted-title-and-trailer-as-link-text.md"]],
    # a280nc: a line of short citations gives one work per citation, titled by its author-year label
    "short-author-venue-year-citations-dot-separated.md": [
        "Moreira & Tanaka 1994",
        "Halvorsen et al. 1996",
        "Okafor 1961",
        "Lindqvist et al. 1972",
        "Obradović et al. 2004",
        "Castellanos & Weir 2008",
    ],
    # a294nq: the bracket of venue, year and citation count is no part of the title
    "bold-title-venue-year-citation-count.md": [
        "Learning from skewed clinical labels", "Rare disease classification: open problems",
        "Balanced Bagging for Screening Cohorts", "MinorityBoost",
    ],
    # a294nq: the bracketed method name before the linked title is no part of it
    "paren-method-name-before-linked-title.md": [
        "Tail-Balanced Softmax for Dermoscopy Classification", "Shifting Head Features Toward Rare Pathologies",
    ],
    # a315ol: a byline nickname heading's note is no title; the paper field's titled link is
    "paper-code-field-label-and-nickname-headings.md": [
        t for t, _, _ in EXPECTED["paper-code-field-label-and-nickname-headings.md"]],
    # a319op: a worded venue tag ("[[IEEE Access](…)]") is no title, and a title wrapped over a soft break is whole
    "bracketed-worded-venue-link-tag.md": [t for t, _, _ in EXPECTED["bracketed-worded-venue-link-tag.md"]],
    # a314ok: a lowercase Vancouver byline is no title; the title is the sentence after it, as written
    "lowercase-vancouver-references-with-notes.md": [
        t for t, _, _ in EXPECTED["lowercase-vancouver-references-with-notes.md"]],
    # a322os: "### 4.5 OPERA (NeurIPS 2024): note" is titled by the name alone, neither bracket nor note
    "named-work-heading-venue-note-fields.md": [t for t, _, _ in EXPECTED["named-work-heading-venue-note-fields.md"]],
    # a325ov: a book's linked title is its title, the comma byline (names, date, edition) none of it
    "books-group-item-comma-byline-date-edition.md": [
        t for t, _, _ in EXPECTED["books-group-item-comma-byline-date-edition.md"]],
    # a323ot: a "year · name" tag gives the work's name or, when the link's host spells it, only where it was posted
    "dated-source-tag-blog-lines-with-original-paper-notes.md": [
        t for t, _, _ in EXPECTED["dated-source-tag-blog-lines-with-original-paper-notes.md"]],
    # a329oz: a numbered bold label over a split reference is titled by the quoted title, not the label nor "DOI"
    "numbered-label-over-split-quoted-reference.md": [
        t for t, _, _ in EXPECTED["numbered-label-over-split-quoted-reference.md"]],
    # a328oy: the split record is titled by its title paragraph, not by its "(IEEE TMI 2025)" tag
    "title-paragraph-over-venue-tag-links.md": [t for t, _, _ in EXPECTED["title-paragraph-over-venue-tag-links.md"]],
    # a357qc: an ABNT reference is titled by the sentence after its capitalised byline, never by its first author
    "abnt-references-uppercase-surnames.md": [t for t, _, _ in EXPECTED["abnt-references-uppercase-surnames.md"]],
    # a357qc: an APA reference with a lowered initial ("D. a.") is titled by its title, never by the letter
    "apa-references-lowered-second-initials.md": [
        t for t, _, _ in EXPECTED["apa-references-lowered-second-initials.md"]],
    # a355qa: the worded record number ("Paper 1:", "Article 3:") and the bracketed identifier are no part of a title
    "numbered-paper-heading-written-id-over-fields-and-notes.md": [
        t for t, _, _ in EXPECTED["numbered-paper-heading-written-id-over-fields-and-notes.md"]],
    # a358qd: the works whose heading opens with "Contact" keep their whole heading as the title
    "work-title-heading-opens-with-contact.md": [
        "Contact Heterogeneity and Early Epidemic Growth in Dense Cities",
        "Contact Tracing Apps and the Timing of Quarantine",
    ],
    # a365qk: a title linked only in part is the whole title, the words around the link with it
    "title-partly-linked-closed-by-year.md": [t for t, _, _ in EXPECTED["title-partly-linked-closed-by-year.md"]],
    # a383re: each work is titled by its own author-year key, never by the topic's lead-in before the colon
    "author-year-key-links-under-topic-lead-ins.md": ["Okafor2006", "HartleyVance2018", "HartleyVance2021a",
                                                      "Lindqvist2019", "vanDerBerg2015", "Mbeki2020"],
    # a381rc: a Taylor & Francis reference is titled without its ", Journal, 12:1, 2345823" tail
    "taylor-francis-venue-volume-colon-issue.md": [
        t for t, _, _ in EXPECTED["taylor-francis-venue-volume-colon-issue.md"]],
    # a387ri: a code-span venue tag after the title's stop, and a legend's marks after a bracketed venue, are no
    # part of a title
    "code-span-venue-tag-after-title-stop.md": [t for t, _, _ in EXPECTED["code-span-venue-tag-after-title-stop.md"]],
    "legend-mark-after-bold-paren-venue.md": [t for t, _, _ in EXPECTED["legend-mark-after-bold-paren-venue.md"]],
}


@pytest.mark.parametrize("name", _known(KNOWN_TITLE_MISSES - {"emoji-marker-before-bold-title.md"}, EXACT_TITLES))
def test_exact_titles(name):
    titles = {entry_record(e)["title"] for e in extract_file(DIALECTS / name).entries}
    missing = [t for t in EXACT_TITLES[name] if t not in titles]
    assert not missing, missing


def test_a_landing_doi_is_no_entry_identifier():
    """a205kf: "[Homepage](doi.org/10.15387/…) - [Paper](doi.org/10.1038/…)": the home page's DOI is the data set's
    landing record; the entry is identified by its article's DOI and no second record repeats the data set."""
    records = [entry_record(e) for e in extract_file(DIALECTS / "homepage-label-on-resource-landing-doi.md").entries]
    dois = [r["identifiers"]["doi"] for r in records]
    assert not any(d and d.startswith(("10.15387/", "10.18112/", "10.48324/")) for d in dois), dois
    titles = [r["title"] for r in records]
    assert len(titles) == len(set(titles)), titles


def test_a_link_word_is_never_a_venue():
    """"| [Link](…) |" in a table's link column names no venue (it once made a venue called "Link")."""
    venues = {entry_record(e)["venue"] for p in sorted(DIALECTS.glob("*.md")) for e in extract_file(p).entries}
    assert not {v for v in venues if v and v.casefold() in ("link", "links", "here", "pdf", "url")}
    assert "TMI" in venues  # "(TMI 2023)" closing a table title still gives its venue


def test_a_tab_indented_item_is_on_its_own_line():
    """pulldown-cmark starts a tab-indented item ("\\t- …") at the newline ending the line above; the entry's line
    is the item's own."""
    lines = [e.line for e in extract_file(DIALECTS / "tab-indented-nested-items.md").entries]
    assert lines == [5, 6, 7, 9, 10]


def test_a_translated_heading_opens_its_field_record():
    """"## 中文译名" / "**标题**：English title" / "**作者**：…": the record starts at its heading (graders match an
    entry by the line it starts on; it once started two lines below, at the title field)."""
    lines = [e.line for e in extract_file(DIALECTS / "translated-heading-field-record.md").entries if e.kind == "paper"]
    assert lines == [3, 13, 24]


def test_a_date_before_a_linked_citation_is_no_title(tmp_path):
    """"14 January, 2020 - [Imai N, Dorigatti I. Report 1: Title. London; 2020.](…)": the date stamps the item; the
    link's text is the reference (it was once the title "14 January, 2020")."""
    f = tmp_path / "dated.md"
    f.write_text("# Reading\n\n## Reports\n\n"
                 "- 14 January, 2020 - [Imai N, Dorigatti I, Cori A. Report 1: Estimating the potential total number of "
                 "novel coronavirus cases in Wuhan City. London; 2020.](https://www.example.ac.uk/report-1/)\n"
                 "- 2020-02-05: [Viral kinetics of an emerging coronavirus in two cohorts of patients]"
                 "(https://doi.org/10.1101/2020.02.05.20020001)\n", encoding="utf-8")
    titles = [e.title for e in extract_file(f).entries]
    assert not any(t.startswith(("14 January", "2020-02-05")) for t in titles), titles
    assert "Viral kinetics of an emerging coronavirus in two cohorts of patients" in titles


def test_an_address_without_a_dotted_domain_is_no_link(tmp_path):
    """"+ [Title]() <brCap@2022>": a typo'd tag the parser reads as an e-mail autolink is no address (the line was a
    website for its one "link"); a real address keeps its link."""
    f = tmp_path / "log.md"
    f.write_text("# Reading log\n\n+ [Fully convolutional networks for semantic segmentation]() <brCap@2022>\n"
                 "+ [Deep residual learning for image recognition]() <br>\n"
                 "+ Contact: <reader@example.org>\n", encoding="utf-8")
    entries = extract_file(f).entries
    assert [e.links for e in entries if e.title.startswith("Fully")] == [()]
    assert {e.kind for e in entries if e.title.startswith(("Fully", "Deep"))} == {"paper"}
    assert any(link.url.endswith("reader@example.org") for e in entries for link in e.links)


def test_a_jats_tag_is_no_link(tmp_path):
    """a329oz: "<jats:title>Abstract</jats:title><jats:p>…": CommonMark reads a JATS tag pasted from a metadata service
    as an autolink (scheme "jats:"); it addresses nothing, so no record links it, while "<doi:10.…>" and web
    autolinks stay links."""
    f = tmp_path / "pubs.md"
    f.write_text("# Publications\n\n### A shared benchmark for automated citation screening\n\n"
                 "<jats:title>Abstract</jats:title><jats:p>We release a benchmark of screening decisions.</jats:p>\n\n"
                 "DOI: <doi:10.1186/s13643-020-01234-5> and <https://example.org/benchmark>\n", encoding="utf-8")
    urls = [link.url for e in extract_file(f).entries for link in e.links]
    assert not any(u.startswith("jats:") for u in urls), urls
    assert "https://example.org/benchmark" in urls, urls
    assert any("10.1186/s13643-020-01234-5" in u for u in urls), urls


def test_a_fold_of_anchors_is_no_digest(tmp_path):
    """"<details open><summary>Browse the reading list</summary>" over a table of contents: no paper digest,
    no entry (a ``<summary>`` fold is a paper only when it, or the abstract under it, links somewhere)."""
    f = tmp_path / "toc.md"
    f.write_text("# Agents\n\n## Table of Contents\n\n<details open>\n<summary>Browse the reading list</summary>\n\n"
                 "- [Perception](#perception)\n- [Planning](#planning)\n\n</details>\n\n## Perception\n\n"
                 "- [Retinal agents that discover skills](https://arxiv.org/abs/2603.05860)\n", encoding="utf-8")
    entries = extract_file(f).entries
    assert [e.title for e in entries] == ["Retinal agents that discover skills"]


def test_a_venue_label_before_the_paper_link_is_its_venue_and_year():
    got = {e.title: (e.venue, e.year) for e in extract_file(DIALECTS / "venue-label-before-paper-link.md").entries}
    assert got["Contrastive Pretraining of Discharge Summary Encoders"] == ("EMNLP", 2021)
    assert got["Report-Guided Lesion Localisation in Chest Radiographs"] == ("MICCAI", 2021)
    assert got["LinkBERT: Pretraining Language Models with Document Links"] == (None, None)  # no venue of its own title
    assert got["Negation Scope Detection in Radiology Reports"] == ("ACL", 2020)


def test_a_closing_journal_tag_is_the_venue_not_a_byline():
    got = {e.title: (e.venue, e.year, e.authors)
           for e in extract_file(DIALECTS / "prose-description-closing-journal-tag.md").entries}
    assert got["Consent and Secondary Use of Hospital Records in Model Training"] == (
        "Journal of Hospital Ethics", 2025, ())
    assert got["Bias Mitigation for Readmission Models Across Regional Hospitals"] == ("npj Digital Medicine", 2026, ())


def test_a_dataset_table_with_a_paper_column_stays_datasets():
    """The guard of audit 27's "Paper column" rule: a dataset's own row, its paper named but not linked, is a dataset."""
    kinds = [e.kind for e in extract_file(DIALECTS / "dataset-table-paper-column-homepage.md").entries]
    assert kinds == ["dataset", "dataset"]


def test_a_pipe_cuts_a_venue_cell_not_a_title(tmp_path):
    """``Title | Venue, Year`` (a reading log's row without a table) loses its venue cell; a title with a pipe
    of its own before prose keeps it."""
    f = tmp_path / "log.md"
    f.write_text("# Log\n\n- Metabolic Heterogeneity in Human Lung Tumors | Cell, 2016\n"
                 "- Glutamine reliance in cell metabolism | Experimental & Molecular Medicine, 2020\n"
                 "- [Segment Anything in Medical Images | a foundation model for segmentation](https://arxiv.org/abs/2304.12306)\n",
                 encoding="utf-8")
    records = [entry_record(e) for e in extract_file(f).entries]
    assert [(r["title"], r["venue"], r["year"]) for r in records[:2]] == [
        ("Metabolic Heterogeneity in Human Lung Tumors", "Cell", 2016),
        ("Glutamine reliance in cell metabolism", "Experimental & Molecular Medicine", 2020)]
    assert records[2]["title"] == "Segment Anything in Medical Images | a foundation model for segmentation"


def test_a_lone_link_under_a_links_heading_is_titled_by_its_text(tmp_path):
    """``## 友情链接`` / ``## See also`` over one link: the link is an item of that section, titled by its
    text (not a record named "See also"); ``### BioBERT`` over ``[Paper](…)`` stays the heading's record."""
    f = tmp_path / "links.md"
    f.write_text("# X\n\n## 友情链接\n\n[awesome_Chinese_medical_NLP](https://github.com/GanjinZero/awesome_Chinese_medical_NLP)\n\n"
                 "## See also\n\n[Awesome Healthcare](https://github.com/kakoni/awesome-healthcare)\n\n"
                 "## Models\n\n### BioBERT\n\n[Paper](https://arxiv.org/abs/1901.08746)\n", encoding="utf-8")
    records = [entry_record(e) for e in extract_file(f).entries]
    assert [(r["title"], r["topic"][-1]) for r in records] == [
        ("awesome_Chinese_medical_NLP", "友情链接"), ("Awesome Healthcare", "See also"), ("BioBERT", "Models")]


def test_a_record_without_its_link_line_keeps_its_own_authors():
    """The link-less record's authors are its own italic line, and the record before it keeps its own."""
    records = {r["line"]: r for r in map(entry_record, extract_file(DIALECTS / "tagged-record-without-link-line.md").entries)}
    assert records[9]["authors"][0] == "Yuhao Zhang" and records[9]["end_line"] == 11
    assert (records[13]["authors"][:2], records[13]["venue"], records[13]["year"]) == (
        ["Hong-Yu Zhou", "Xiaoyu Chen"], "NMI", 2022)


def test_an_author_year_label_is_no_venue_label():
    """audit17: "[Manas et al 2021](…)" cites a work by its authors and year; "[MICCAI 2019](…)" labels a paper
    link by its venue. Only the second is a paper field of a record around it."""
    from medkg.classify import label_role

    assert label_role("MICCAI 2019") == "paper"
    for label in ("Manas et al 2021", "Ji S. et al 2021", "Komati N. 2021"):
        assert label_role(label) is None, label
    titles = [r["title"] for r in map(entry_record, extract_file(DIALECTS / "author-year-label-links-under-heading.md").entries)]
    assert "Data Sources" not in titles, titles


def test_a_software_row_is_its_tool_named_by_its_name_column():
    """audit17: "## Software" / "| [LungNet](github…) | … | [:computer_mouse:](doi…) |" under "Name | … |
    Validation/paper": the row is the tool, titled by its linked name (it was once the validating paper, untitled)."""
    rows = {e.line: entry_record(e) for e in extract_file(DIALECTS / "software-table-validation-paper-column.md").entries}
    assert [(rows[n]["kind"] != "paper", rows[n]["title"]) for n in (8, 9, 10)] == [
        (True, "LungNet"), (True, "AcmeAI (ChestNet)"), (True, "ScanAngel")]


def test_a_digest_record_reads_its_labelled_authors_and_venue():
    """twelfth session: "**Authors:** A, B" and "**Year:** 2025 | **Venue:** MICCAI 2025 | …" are the record's
    fields side by side: its authors (one name each) and venue, with or without a link under the heading."""
    records = {r["line"]: r for r in map(entry_record, extract_file(
        DIALECTS / "digest-heading-records-labelled-fields.md").entries)}
    assert (records[8]["authors"], records[8]["venue"], records[8]["year"]) == (
        ["Mara Lindqvist", "Tobias Hahn", "Ines Okafor"], "MICCAI", 2025)
    assert (records[18]["kind"], records[18]["authors"], records[18]["venue"][:5]) == (
        "paper", ["Kenji Arai", "Sofia Marques"], "IPCAI")
    assert (records[28]["authors"], records[28]["year"]) == ([], 2026)
    assert 38 not in records  # "## 4. Workflow Models" over the curator's prose


def test_a_title_by_its_authors_gives_them():
    """twelfth session: "Title by Lena Brandt,Omar Haddad,Yuki Tanaka et all. JMLR 2016": the names after "by" (and
    after the comma the trailer starts at) are the authors, "et all" a slip for "et al."."""
    records = {r["line"]: r for r in map(entry_record, extract_file(DIALECTS / "title-by-authors-venue-year.md").entries)}
    assert (records[5]["authors"], records[5]["venue"], records[5]["year"]) == (
        ["Lena Brandt", "Omar Haddad", "Yuki Tanaka"], "JMLR", 2016)
    assert records[8]["authors"] == ["Anna Kowalska", "Jonas Berg"]
    assert (records[10]["authors"], records[11]["authors"]) == ([], [])  # a title's own "by" and a phrase after it


def test_an_html_page_reads_its_heading_elements_as_topics_and_its_banner_names_as_no_entries():
    """audit51: the HTML page's "<h2>論文</h2>" names its records' topic as a Markdown heading would; the centred
    "<p>" of maintainers' names under the banner is a byline, no entries (the block is left as HTML)."""
    entries = extract_file(DIALECTS / "html-page-line-records.md").entries
    assert min(e.line for e in entries) == 10
    by_line = {e.line: e for e in entries}
    assert [h.text for h in by_line[13].topic][-1] == "論文"
    assert [h.text for h in by_line[10].topic][-1] == "主要な国際学会"


def test_a_citation_column_placeholder_gives_way_to_the_row_name(tmp_path):
    """A model zoo's "Citation" column titles its rows (audit a55el: "Representative citation"), yet a row still to
    be filled ("| U-net | xxx | … | xxx |") is named by its Model cell, not by the placeholder."""
    f = tmp_path / "zoo.md"
    f.write_text("# Model Zoo\n\n| Model | Task | Citation |\n| --- | --- | --- |\n"
                 "| U-net | xxx | xxx |\n| Dense-net | TODO | ? |\n", encoding="utf-8")
    assert [e.title for e in extract_file(f).entries] == ["U-net", "Dense-net"]


def test_byline_and_venue_sub_bullets_are_the_papers_fields():
    """"* Title [[paper]](…)" / "\\t* Names (Affiliation)" / "\\t* SIGMOD'08" (audit a54ek): the sub-bullets are the
    paper's byline and venue, no entries of their own (they were two link-less "other" entries per paper)."""
    entries = extract_file(DIALECTS / "byline-subbullet-with-affiliation.md").entries
    assert [e.line for e in entries] == [5, 8, 11, 14]
    first = entry_record(entries[0])
    assert first["authors"][-1] == "Jamie Taylor" and first["venue"] == "SIGMOD'08"


def test_italic_notes_under_a_linked_paper_are_no_entries():
    """audit52: "  - *OpenAI*" / "  - *SIGGRAPH 2023 Course*" under "- **Title** [[Paper]](arxiv…)": notes, not entries."""
    assert [e.line for e in extract_file(DIALECTS / "italic-notes-under-linked-paper.md").entries] == [5, 9]


def test_an_emphasised_journal_and_year_closing_a_review_line_is_its_venue():
    """a95fz: "[Museum of … (Moses & Pachter)](doi…) – note. *Nature Methods 2022*": the link's text is the title with
    its byline (no venue), the closing emphasis is the venue and year (once read as a third author)."""
    got = {e.title: (e.venue, e.year, e.authors)
           for e in extract_file(DIALECTS / "short-linked-title-closed-by-byline.md").entries}
    assert got["Atlas of tissue omics"] == ("Nature Methods", 2023, ("Okafor", "Lindqvist"))
    assert got["Cells in context"] == ("Cell", 2024, ("Moreau", "Tanaka", "Bell"))
def test_a_bold_name_over_its_summary_line_is_titled_by_the_name():
    """a99gd: "- **RadPair**  " / "  *Summary:* Contrastive image-report model …" under a course unit's heading: the
    bold name titles the entry, the summary is its note (not one run-on title "RadPair Summary: Contrastive …")."""
    by_line = {e.line: e for e in extract_file(DIALECTS / "course-unit-headings-over-bold-named-notes.md").entries}
    assert [by_line[n].title for n in (10, 13, 16, 23, 26, 29)] == [
        "RadPair", "SlideMind", "EchoBase", "TrajectoryLM", "VisitFormer", "LabClock"]
    assert 6 not in by_line and 19 not in by_line and all(by_line[n].kind != "paper" for n in (10, 23))


def test_a_pretraining_data_column_article_is_the_datas_own_paper():
    # a148ia (lavita-ai/medical-ai-atlas): "[MIMIC-III](nature.com/articles/sdata201635)" under "Pretraining Data"
    # is the data's paper, named by the link's text; the model's row neither takes its DOI nor is split in two
    records = [entry_record(e) for e in extract_file(DIALECTS / "model-table-pretraining-data-article-link.md").entries]
    papers = [(r["title"], r["identifiers"]["doi"] or r["identifiers"]["arxiv"]) for r in records if r["kind"] == "paper"]
    assert ("ICU-Notes", "10.1038/sdata.2021.117") in papers and ("Discharge Letters", "10.1093/jamia/ocz119") in papers
    assert [t for t, _ in papers].count("WardBERT") == 1
    assert next(r for r in records if r["title"] == "TriageLM")["identifiers"]["doi"] is None


def test_an_nlm_byline_keeps_its_group_author_and_a_bracketed_year_before_a_link_dates_the_work():
    """"Haddad O, …, Kovacs A; MealTrack Study Group. Title." names the group last; "Sci Data 9, 412 (2022).
    https://doi.org/…": the year in brackets before the link is the work's year."""
    got = {e.title[:20]: e for e in extract_file(DIALECTS / "dataset-name-labelled-vancouver-references.md").entries}
    assert got["Postprandial Glucose"].authors[-2:] == ("Kovacs A", "MealTrack Study Group")
    assert (got["Insulin pump logs fo"].year, got["Insulin pump logs fo"].venue) == (2022, "Sci Data")


def test_a_row_link_text_opening_with_its_title_is_no_venue():
    """"[Okafor (2021)](ojs…)" titled "Okafor", "[Title (COLING'20)](aclanthology…)": the link's text is the row's
    title and what dates it; the rest of it (the year, a bracketed venue) is read, the whole never taken for a venue."""
    ojs = {e.title: e for e in extract_file(DIALECTS / "ojs-dspace-article-links.md").entries}
    assert (ojs["Okafor"].venue, ojs["Okafor"].year) == (None, 2021)
    coling = {e.title: e for e in extract_file(DIALECTS / "venue-apostrophe-year-paren-in-link-text.md").entries}
    entry = coling["Entity alignment across bilingual medical graphs"]
    assert (entry.venue, entry.year) == ("COLING", 2020)


def test_a_journal_place_and_year_qualifier_is_the_venue_not_the_date():
    """"Acta Paediatrica (Oslo, Norway: 1992), 12 mars 2019": the bracket names the journal; the work is 2019's."""
    got = {e.title[:20]: e for e in
           extract_file(DIALECTS / "chicago-bibliography-group-author-journal-place-year.md").entries}
    assert (got["Handheld Lung Ultras"].venue, got["Handheld Lung Ultras"].year) == \
        ("Acta Paediatrica (Oslo, Norway: 1992)", 2019)
    assert got["Reading Errors in Fo"].authors[-1] == "Group of Investigators of SAMU 93"


def test_a_paper_box_byline_with_linked_names_gives_the_authors_not_links():
    """"Lena Brandt, …, [Tomas Ferreira](home page), [Lucie Moreau](home page)<sup>&dagger;</sup>." under the box's
    title: the names are the work's authors (the dagger no part of one), the home pages no links of the work."""
    got = {e.title[:7]: e for e in extract_file(DIALECTS / "paper-box-project-page-over-linked-byline.md").entries}
    assert got["Re-Rank"].authors == ("Lena Brandt", "Omar Haddad", "Yuki Tanaka", "Anna Kovacs", "Tomas Ferreira",
                                      "Lucie Moreau")
    assert [link.url for link in got["Re-Rank"].links] == ["https://example-lab.github.io/Re-Rank/"]
    assert [link.url for link in got["fMRI-LM"].links] == ["https://arxiv.org/abs/2511.21761"]


def test_a_journal_the_work_was_published_in_is_its_venue_not_its_author():
    """"… the review article *"Title"* published in *Chemical Reviews*. [[link]](doi…)": the emphasised journal after
    "in" is where the work appeared, not who wrote it."""
    got = extract_file(DIALECTS / "quoted-title-announced-before-role-link.md").entries[0]
    assert (got.authors, got.venue) == ((), "Chemical Reviews")


def test_a_data_set_a_note_mentions_gives_the_item_no_identifier():
    """a204ke: "- [Title](github…) - trained on [PTB-XL](doi A)", "… in [HDF5](doi A) containers. [Paper](doi B)": the
    data set or format a note links in passing is no identifier of the item's, which keeps its own; the mention is a
    record of its own."""
    records = [entry_record(e) for e in extract_file(DIALECTS / "note-links-the-data-it-mentions.md").entries]
    mentioned = {"10.1038/s41597-020-0495-6", "10.13026/kk0v-r952", "10.1093/sleep/20.12.1077",
                 "10.1109/hdf.2011.5678", "10.1109/51.932724"}
    # (each mentioned work is a record of its own, named by its link, its identifier kept)
    assert sorted((r["title"], r["identifiers"].get("doi")) for r in records if r["identifiers"].get("doi") in mentioned) \
        == sorted([("PTB-XL", "10.1038/s41597-020-0495-6"), ("Icentia11k", "10.13026/kk0v-r952"),
                   ("SHHS", "10.1093/sleep/20.12.1077"), ("HDF5", "10.1109/hdf.2011.5678"),
                   ("MIT-BIH", "10.1109/51.932724")])
    own = {r["title"]: r["identifiers"].get("doi") for r in records}
    assert own["WaveStore"] == "10.1016/j.jneumeth.2020.108765" and own["BeatKit"] == "10.3389/fphys.2021.654321"
    assert [r["title"] for r in records].count("Sleep Apnea Screening from Wrist Photoplethysmography") == 1


def test_a_numbered_or_glued_byline_beside_a_linked_title_is_its_authors():
    """a276my: "[1] Lindqvist, Maja, et al. [\"Title.\" Science …](…)" and "[Title](notes…) K.Moreau (2019)": the
    reference's number hid the byline before the link (no authors), and a glued initial made the name the venue."""
    got = {e.title: (e.authors, e.venue) for e in
           extract_file(DIALECTS / "numbered-byline-or-glued-initials-beside-linked-title.md").entries}
    assert got["RetinaAtlas"] == (("K.Moreau",), None)
    assert got["Sparse Vessel Graphs for Fundus Images"] == (("B.Okafor", "N.Haddad"), None)
    assert got["Diffusion scaffolding of metal-binding sites in small proteins"] == (("Lindqvist, Maja",), "Science")
    assert got["Learned rotamer energies for antibody loop packing"] == (("Tanaka, Yuki", "Omar Haddad"), "Nature")


def test_a_harvard_byline_dated_by_month_and_year_keeps_the_names_and_the_year():
    """"Moreau, L., Dec. 2021. Title. PhD thesis, …": the month's abbreviation closes no name of the byline and the
    year dates the work (it read "Dec" as a second author; "July 2020" as the title)."""
    got = {e.title[:12]: e for e in extract_file(DIALECTS / "harvard-byline-month-year-then-title.md").entries}
    assert (got["Uncertainty "].authors, got["Uncertainty "].year) == (("Moreau, L.",), 2021)
    assert (got["Liver segmen"].authors, got["Liver segmen"].year, got["Liver segmen"].venue) == \
        (("Dupont, M.", "Leroy, A."), 2020, "Journal of Imaging")


def test_a_title_run_into_its_first_authors_surname_et_al_gives_the_byline():
    """"Title De Fauw et al. Nature Medicine (2018)": the surname (its particle too) opens the byline and the journal
    is the venue; a capitalised word before the name ("Ludovico Mitchener et al.") is a given name, never split off."""
    got = {e.title[:12]: e for e in extract_file(DIALECTS / "title-run-into-surname-et-al.md").entries}
    assert (got["Clinically a"].authors, got["Clinically a"].venue, got["Clinically a"].year) == \
        (("De Fauw",), "Nature Medicine", 2018)
    assert (got["Multiplexed "].authors, got["Multiplexed "].venue) == (("Gut",), "Science")
    assert citation.stopped_before_et_al('"Kosmos." Ludovico Mitchener et al. arXiv 2025.') == \
        '"Kosmos." Ludovico Mitchener et al. arXiv 2025.'
    assert citation.stopped_before_et_al("A method proposed by Smith et al. Nature (2016)") == \
        "A method proposed by Smith et al. Nature (2016)"


def test_an_apa_book_by_one_author_keeps_its_initials_and_its_publisher():
    """"Moreau, L. P. A. (2021). *Title*. Cambridge University Press.": the initials after a lone surname are that
    author's given names, not a second author, and the publisher after the italic title is the venue, not a name."""
    got = extract_file(DIALECTS / "apa-single-author-italic-book-titles.md").entries
    assert [(e.authors, e.year, e.venue) for e in got[:3]] == [
        (("Moreau, L. P. A.",), 2021, "Cambridge University Press"), (("Okafor, N.",), 2019, "Springer"),
        (("Lindqvist, E. M.",), 2023, "MIT Press")]


def test_html_breaks_under_a_bold_title_part_its_byline_from_its_venue():
    """"**Title** <br/> Anna Kovacs, Bo Li, Chen Wu <br/> MICCAI (2021)": the last author is no part of the venue."""
    got = extract_file(DIALECTS / "bold-title-br-byline-br-venue-lines.md").entries
    assert [(e.authors[-1], e.venue) for e in got] == [
        ("Chen Wu", "MICCAI"), ("Eva Muller", "Medical Image Analysis"), ("George Hill", "Nature Communications"),
        ("Ines Braga", "IPMI")]
