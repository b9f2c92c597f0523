"""Deterministic generator of realistic awesome lists at N entries (benchmark input).

Why synthetic rather than multiplied seeds: copying the five seed lists a thousand times with
rewritten URLs gives one dialect mix and no realistic overlap (every copy would share or not
share *all* works). Scale questions — how resolution behaves when 30 % of the papers recur
across lists under different URLs, how the store copes with a million mentions — need the
overlap and the mix under control. So every dialect the parser supports is rendered here from
one model of "works" (papers with DOIs / arXiv / PMIDs / PMCIDs or only a URL, repositories,
datasets, tools), and lists sample those works:

* bullets ``[Name](url): desc. Paper: URL; Code: URL`` (dataset lists);
* ``* Title [`VENUE 2018`](paper) [`code`](repo) [`related code`](repo)``;
* ``- [Title](publisher url) Authors. Journal 20, 389–403 (2019). https://doi.org/…`` with the
  citation sometimes on the next line and ``github: [x](repo)`` continuation lines;
* plain-text citations without any link, wrapped over two lines;
* name bullets with labelled sub-bullets ``地址：URL`` / ``来源：…`` / ``简介：…`` and star badges;
* ``### heading`` blocks with prose and ``[论文地址](..)`` ``[项目地址](..)`` ``[数据集地址](..)``;
* ``**Title**`` / ``*authors*`` / ``[2021] [MICCAI]`` / ``[[Paper](..)] [[Code](..)]`` paragraph blocks;
* GFM tables ``| Title | Venue | Year | Paper | Code | Dataset |``;
* numbered lists ``1. 中文标题  论文地址：URL`` and ``1. Title   [论文地址 ](url)``;
* resource bullets ``- [owner/name](https://github.com/…) - description``;
* bilingual, numbered headings (``## 2.1 基因序列分析 Gene sequence analysis``), a table of contents.

Overlap: a work index space is shared by all lists. A fraction of every list's entries
(``--shared``) draws from a pool of popular works (Zipf-like: a few works are in many lists)
and cites them through a different URL form per list (doi.org vs publisher page, arXiv abs vs
pdf), so resolution has real merging to do; the rest are works of that list alone.

Determinism: every work is a pure function of (seed, index) and every list of (seed, list
number, N), so the same arguments give the same bytes, and lists can be written one at a time
(the generator holds one list in memory, never the corpus).

    python benchmarks/generate.py --entries 100000 --out benchmarks/out/lists-100k [--check]
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

# ----------------------------------------------------------------------------- vocabularies
# Benchmark data only: these words shape realistic text, no library code sees them as rules.
_SYL = ("ra", "me", "di", "no", "ke", "lu", "sa", "vi", "to", "ne", "po", "ga", "ri", "mo", "ze", "ta",
        "bi", "lo", "ca", "fe", "xi", "du", "ha", "pe", "si", "ko", "mu", "ve", "jo", "ny")
_METHODS = ("Net", "Former", "GAN", "BERT", "Seg", "Det", "Diff", "GNN", "VAE", "LM")
_VERBS = ("Learning", "Predicting", "Segmenting", "Detecting", "Classifying", "Generating", "Modelling",
          "Quantifying", "Localising", "Estimating", "Explaining", "Ranking")
_ADJ = ("multi-scale", "self-supervised", "weakly supervised", "federated", "uncertainty-aware", "interpretable",
        "contrastive", "graph-based", "few-shot", "longitudinal", "multimodal", "causal", "robust", "sparse")
_NOUNS = ("representations", "lesions", "biomarkers", "tumours", "nodules", "variants", "phenotypes",
          "radiology reports", "clinical notes", "cell types", "gene expression", "drug interactions",
          "survival curves", "vessel trees", "sleep stages", "arrhythmias")
_MODALITY = ("chest X-rays", "brain MRI", "whole-slide images", "electronic health records", "CT scans",
             "retinal fundus photographs", "single-cell RNA-seq", "ECG signals", "dermoscopy images",
             "ultrasound video", "genomic sequences", "PubMed abstracts", "Chinese medical dialogues")
_SURNAMES = ("Zhou", "Wang", "Li", "Smith", "Müller", "García", "Kim", "Nguyen", "Rossi", "Kowalski", "Chen",
             "Eraslan", "Avsec", "Johnson", "Tanaka", "Silva", "Dubois", "Andersen", "Ivanova", "Okafor")
_INITIALS = "ABCDEFGHJKLMNPRSTVWYZ"
_JOURNALS = (("Nat Genet", "Nature genetics"), ("Nat Med", "Nature medicine"), ("Radiology", "Radiology"),
             ("Med Image Anal", "Medical image analysis"), ("Bioinformatics", "Bioinformatics"),
             ("NPJ Digit Med", "NPJ digital medicine"), ("IEEE TMI", "IEEE transactions on medical imaging"),
             ("JAMIA", "Journal of the American Medical Informatics Association"),
             ("Nat Commun", "Nature communications"), ("PLOS Comput Biol", "PLOS computational biology"))
_CONFS = ("MICCAI", "ACL", "EMNLP", "NAACL", "NeurIPS", "ICLR", "ICML", "CVPR", "AAAI", "IJCAI", "MIDL", "ISBI")
_PUBLISHERS = (("10.1038", "https://www.nature.com/articles/s{a}-0{b}-{c}"),
               ("10.1016", ""), ("10.1093", ""),
               ("10.1371", ""), ("10.1109", ""),
               ("10.1186", "https://link.springer.com/article/10.1186/s{a}-0{b}-{c}"))
_DS_NOUNS = ("Chest X-ray", "Brain Tumour", "Skin Lesion", "Retina", "ECG", "ICU", "Pathology", "Clinical Notes",
             "Medical QA", "Drug Review", "Sleep", "Knee MRI", "Covid CT", "Dental Panoramic")
_DS_HOSTS = ("https://physionet.org/content/{slug}/1.0.{n}/", "https://zenodo.org/record/{n}",
             "https://www.kaggle.com/datasets/{slug}-{n}", "https://figshare.com/articles/dataset/{slug}/{n}",
             "http://openkg.cn/dataset/{slug}-{n}", "https://tianchi.aliyun.com/dataset/{n}")
_TOPICS = (("基因序列分析", "Gene sequence analysis"), ("医学影像", "Medical imaging"), ("单细胞", "Single-Cell"),
           ("电子病历", "Electronic health records"), ("医学问答", "Medical question answering"),
           ("药物发现", "Drug discovery"), ("病理图像", "Computational pathology"), ("医疗对话", "Medical dialogue"),
           ("知识图谱", "Knowledge graphs"), ("命名实体识别", "Named entity recognition"),
           ("预训练模型", "Pre-trained models"), ("数据集", "Datasets"), ("开源工具", "Open-source tools"),
           ("评测比赛", "Competitions"), ("蛋白质结构", "Protein structure"), ("放射报告生成", "Report generation"))
_SUBTASKS = ("", "segmentation", "classification", "detection", "report generation", "benchmarks")
_ZH_PHRASES = ("基于深度学习的", "面向临床的", "多模态", "大规模", "可解释的", "中文", "自监督", "跨语言")
_ZH_NOUNS = ("医学影像分割方法", "电子病历信息抽取", "医疗问答系统", "疾病预测模型", "医学知识图谱构建",
             "药物相互作用预测", "病理切片分类", "医学对话生成")
_ZH_DESC = ("这是一个面向医疗领域的开源项目，提供了预训练模型和评测脚本。", "包含来自临床的真实数据，覆盖多个科室。",
            "该数据集由医院发布，需注册后下载。", "轻量级的医学大模型，支持中英文。",
            "本次比赛提供脱敏后的医疗文本数据，任务为实体识别与关系抽取。")
_EN_DESC = ("A curated collection of annotated studies for benchmarking.", "Requires registration.",
            "Includes clinical, genomic and imaging data from thousands of patients.",
            "Open-source implementation with pretrained weights.", "Widely used as a baseline in the field.")

#: share of paper entries that repeat a paper already in the same list
DUPLICATE_RATE = 0.01
DIALECTS = ("venue_code", "linked_citation", "plain_citation", "dataset_bullet", "field_bullets",
            "heading_blocks", "bold_blocks", "table", "numbered", "resource_bullet")


# ----------------------------------------------------------------------------- works
def _rng(*parts: object) -> random.Random:
    digest = hashlib.blake2b(repr(parts).encode(), digest_size=8).digest()
    return random.Random(int.from_bytes(digest, "big"))


def _name(i: int) -> str:
    """A pronounceable model name unique to ``i`` (base-30 syllables): keeps titles distinct."""
    out = []
    i += 30 * 30  # at least three syllables
    while i:
        i, r = divmod(i, len(_SYL))
        out.append(_SYL[r])
    return "".join(out).capitalize()


def _owner(r: random.Random) -> str:
    """A GitHub owner name (ASCII only, as GitHub requires)."""
    return unicodedata.normalize("NFKD", r.choice(_SURNAMES)).encode("ascii", "ignore").decode().lower()


@dataclass(frozen=True, slots=True)
class Paper:
    index: int
    title: str
    zh_title: str
    authors: tuple[str, ...]
    year: int
    journal: tuple[str, str] | None
    conf: str | None
    doi: str | None
    arxiv: str | None
    pmid: str | None
    pmcid: str | None
    publisher_url: str | None
    repo: str | None
    related_repo: str | None
    dataset: int | None

    def urls(self) -> list[str]:
        """Every URL form a list may use for this paper (lists differ in which one they pick)."""
        out = []
        if self.publisher_url:
            out.append(self.publisher_url)
        if self.doi:
            out.append(f"https://doi.org/{self.doi}")
        if self.arxiv:
            out += [f"https://arxiv.org/abs/{self.arxiv}", f"https://arxiv.org/pdf/{self.arxiv}.pdf"]
        if self.pmcid:
            out.append(f"https://www.ncbi.nlm.nih.gov/pmc/articles/{self.pmcid}/")
        if self.pmid:
            out.append(f"https://pubmed.ncbi.nlm.nih.gov/{self.pmid}/")
        if not out:
            out.append(f"https://openreview.net/forum?id={_name(self.index)}X{self.index % 977}")
        return out


def paper(seed: int, i: int, n_datasets: int) -> Paper:
    r = _rng(seed, "paper", i)
    name = _name(i) + r.choice(_METHODS)
    title = f"{name}: {r.choice(_VERBS)} {r.choice(_ADJ)} {r.choice(_NOUNS)} from {r.choice(_MODALITY)}"
    zh_title = f"{name}：{r.choice(_ZH_PHRASES)}{r.choice(_ZH_NOUNS)}"
    authors = tuple(f"{r.choice(_SURNAMES)}, {r.choice(_INITIALS)}." for _ in range(r.randint(1, 5)))
    year = r.randint(2012, 2024)
    journal = r.choice(_JOURNALS) if r.random() < 0.5 else None
    conf = None if journal else r.choice(_CONFS)
    doi = arxiv = pmid = pmcid = publisher_url = None
    scheme = r.random()
    if scheme < 0.40:
        prefix, pattern = r.choice(_PUBLISHERS)
        # Nature/BMC article ids look like s41586-020-1969-6: journal, year, number, check digit
        a, b, c = 41000 + i // 10_000, r.randint(10, 24), f"{i % 10_000:04d}-{i % 7}"
        if prefix in ("10.1038", "10.1186"):
            doi = f"{prefix}/s{a}-0{b}-{c}"
        elif prefix == "10.1371":
            doi = f"{prefix}/journal.pcbi.{i:07d}"
            publisher_url = f"https://journals.plos.org/ploscompbiol/article?id={doi}"
        else:
            doi = f"{prefix}/j.bench.{year}.{i:07d}"
        if pattern:
            publisher_url = pattern.format(a=a, b=b, c=c)
        if r.random() < 0.3:
            pmid = str(30_000_000 + i)
    elif scheme < 0.75:
        slot, number = i % 120, i // 120  # (year, month) slot and number: unique up to 12M papers
        year = 2015 + slot // 12  # five-digit arXiv numbers exist since 2015
        arxiv = f"{year % 100:02d}{slot % 12 + 1:02d}.{number % 100_000:05d}"
    elif scheme < 0.82:
        pmid = str(30_000_000 + i)
    elif scheme < 0.88:
        pmcid = f"PMC{5_000_000 + i}"
    else:
        publisher_url = f"https://proceedings.mlr.press/v{r.randint(100, 250)}/{name.lower()}{year}a.html"
    repo = f"{_owner(r)}-lab{i % 997}/{name}" if r.random() < 0.6 else None
    related = f"community{i % 613}/{name}-pytorch" if repo and r.random() < 0.15 else None
    dataset = r.randrange(n_datasets) if n_datasets and r.random() < 0.15 else None
    return Paper(i, title, zh_title, authors, year, journal, conf, doi, arxiv, pmid, pmcid, publisher_url,
                 repo, related, dataset)


@dataclass(frozen=True, slots=True)
class Dataset:
    index: int
    name: str
    url: str
    description: str
    paper_url: str | None


def dataset(seed: int, d: int) -> Dataset:
    r = _rng(seed, "dataset", d)
    noun = r.choice(_DS_NOUNS)
    name = f"{_name(d + 7)} {noun} Dataset"
    slug = "-".join(name.lower().split())
    url = r.choice(_DS_HOSTS).format(slug=slug, n=1000 + d)
    paper_url = f"https://pubmed.ncbi.nlm.nih.gov/{20_000_000 + d}/" if r.random() < 0.4 else None
    return Dataset(d, name, url, r.choice(_EN_DESC), paper_url)


@dataclass(frozen=True, slots=True)
class Tool:
    index: int
    name: str
    repo: str | None
    url: str
    description: str
    zh_description: str


def tool(seed: int, t: int) -> Tool:
    r = _rng(seed, "tool", t)
    name = _name(t + 31) + r.choice(("Kit", "Lab", "Hub", "Flow", "Med", "Bio", "GPT"))
    repo = f"{_owner(r)}{t % 89}/{name}" if r.random() < 0.75 else None
    url = f"https://github.com/{repo}" if repo else f"https://{name.lower()}.example.org/"
    if repo is None and r.random() < 0.3:
        url = f"https://huggingface.co/{name.lower()}/{name}-7B"
    return Tool(t, name, repo, url, r.choice(_EN_DESC), r.choice(_ZH_DESC))


# ----------------------------------------------------------------------------- corpus layout
@dataclass(frozen=True, slots=True)
class Plan:
    """Sizes of the work spaces for a corpus of ``entries`` entries in lists of ``per_list``."""

    entries: int
    per_list: int
    seed: int
    shared: float  # fraction of a list's entries drawn from the shared pool

    @property
    def n_lists(self) -> int:
        return max(1, -(-self.entries // self.per_list))

    @property
    def n_shared_papers(self) -> int:
        return max(50, self.entries // 20)

    @property
    def n_datasets(self) -> int:
        return max(20, self.entries // 25)

    @property
    def n_tools(self) -> int:
        return max(20, self.entries // 8)

    def list_size(self, k: int) -> int:
        base, extra = divmod(self.entries, self.n_lists)
        return base + (1 if k < extra else 0)


class _ListWriter:
    """Renders one list: sections of one dialect each, under bilingual numbered headings."""

    def __init__(self, plan: Plan, k: int):
        self.plan = plan
        self.k = k
        self.r = _rng(plan.seed, "list", k, plan.entries)
        self.lines: list[str] = []
        self.count = 0
        # papers of this list alone live after the shared ones, in a range unique to the list
        self.local_base = plan.n_shared_papers + k * (plan.per_list + 1)
        self.local_next = 0
        self.url_form = self.r.randrange(4)  # which URL form of a shared paper this list prefers
        self.used: set[tuple[str, int]] = set()  # works already in this list: curators rarely repeat
        self.seen_papers: list[int] = []

    # -- drawing works
    def _draw(self, kind: str, pool: int, skew: float) -> int | None:
        """A work of the shared pool not yet in this list (Zipf-like: low indices are popular)."""
        for _ in range(4):
            i = int(pool * (self.r.random() ** skew))
            if (kind, i) not in self.used:
                self.used.add((kind, i))
                return i
        return None

    def next_paper(self) -> Paper:
        p = self.plan
        i = None
        if self.seen_papers and self.r.random() < DUPLICATE_RATE:
            i = self.r.choice(self.seen_papers)  # the same paper listed twice (a real curator slip)
        elif self.r.random() < p.shared:
            i = self._draw("paper", p.n_shared_papers, 2.5)
        if i is None:
            i = self.local_base + self.local_next
            self.local_next += 1
        self.seen_papers.append(i)
        return paper(p.seed, i, p.n_datasets)

    def paper_url(self, w: Paper) -> str:
        urls = w.urls()
        return urls[(self.url_form + w.index) % len(urls)] if self.url_form else urls[0]

    def next_dataset(self) -> Dataset:
        d = self._draw("dataset", self.plan.n_datasets, 1.5)
        return dataset(self.plan.seed, d if d is not None else int(self.plan.n_datasets * self.r.random()))

    def next_tool(self) -> Tool:
        t = self._draw("tool", self.plan.n_tools, 1.0)
        return tool(self.plan.seed, t if t is not None else int(self.plan.n_tools * self.r.random()))

    # -- writing
    def emit(self, *lines: str) -> None:
        self.lines.extend(lines)

    def render(self) -> str:
        size = self.plan.list_size(self.k)
        r = self.r
        title = f"Awesome {_name(self.k + 101)} Medical ML"
        self.emit(f"# {title}", "", "A curated list of papers, code and datasets for medical machine learning.",
                  "收集生物、基因、医学人工智能相关资料", "")
        # blocks of one dialect each, grouped ~3 to a top-level topic (## bilingual heading),
        # each block under its own ### sub-topic: headings are not repeated inside a list
        blocks: list[tuple[str, int]] = []
        left = size
        while left > 0:
            n = min(left, r.randint(15, 60))
            dialect = r.choice(DIALECTS)
            if dialect == "heading_blocks":
                n = min(n, 25)
            blocks.append((dialect, n))
            left -= n
        topics = list(_TOPICS)
        r.shuffle(topics)
        form = r.randrange(4)  # a list keeps one heading style
        n_top = max(1, -(-len(blocks) // 3))
        tops = [self._heading_text(i + 1, topics[i % len(topics)], form, i // len(topics)) for i in range(n_top)]
        self.emit("## Contents", "")
        for heading in tops:
            anchor = "-".join(heading.lower().replace(".", "").split())
            self.emit(f"- [{heading}](#{anchor})")
        self.emit("")
        subs = [f"{m}" + (f" {q}" if q else "") for m in _MODALITY for q in _SUBTASKS]
        r.shuffle(subs)
        for t, heading in enumerate(tops):
            self._section(heading, 2)
            for j, (dialect, n) in enumerate(blocks[3 * t:3 * t + 3]):
                sub = subs[(3 * t + j) % len(subs)]
                label = f"{t + 1}.{j + 1} {sub[0].upper()}{sub[1:]}" if form < 2 else sub[0].upper() + sub[1:]
                getattr(self, "_" + dialect)(label, n)
                self.emit("")
        self.emit("## License", "", "CC0. Contributions welcome: open a pull request.", "")
        return "\n".join(self.lines)

    @staticmethod
    def _heading_text(number: int, topic: tuple[str, str], form: int, part: int) -> str:
        zh, en = topic
        suffix = f" ({part + 1})" if part else ""
        if form == 0:
            return f"{number}. {zh} {en}{suffix}"
        if form == 1:
            return f"{number} {zh} {en}{suffix}"
        if form == 2:
            return en + suffix
        return zh + suffix

    def _section(self, heading: str, level: int = 3) -> None:
        self.emit("#" * level + " " + heading, "")

    def _maybe_subsection(self, i: int, n: int) -> None:
        """Long sections get ``###`` sub-headings (nested topics) every ~20 entries."""
        if i and i % 20 == 0 and n - i > 5:
            self.emit("", f"#### {self.r.choice(_SUBTASKS) or 'Other'} ({i // 20})", "")

    # -- dialects (each writes exactly ``n`` entries)
    def _venue_code(self, heading: str, n: int) -> None:
        self._section(heading)
        for i in range(n):
            self._maybe_subsection(i, n)
            w = self.next_paper()
            venue = f"{w.conf or w.journal[0]} {w.year}"  # type: ignore[index]
            line = f"* {w.title} [`{venue}`]({self.paper_url(w)})"
            if w.repo:
                line += f" [`code`](https://github.com/{w.repo})"
            if w.related_repo:
                line += f" [`related code`](https://github.com/{w.related_repo})"
            self.emit(line, " ")
            self.count += 1

    def _authors_short(self, w: Paper) -> str:
        if len(w.authors) > 3:
            return ", ".join(w.authors[:3]) + " et al."
        return ", ".join(w.authors)

    def _linked_citation(self, heading: str, n: int) -> None:
        self._section(heading)
        for i in range(n):
            self._maybe_subsection(i, n)
            w = self.next_paper()
            venue = f"{w.journal[0]} {self.r.randint(1, 60)}, {self.r.randint(1, 900)}–{self.r.randint(901, 999)}" \
                if w.journal else f"{w.conf} {w.year}"
            cite = f"{self._authors_short(w)} {venue} ({w.year})."
            if w.doi:
                cite += f" https://doi.org/{w.doi}"
            head = f"- [{w.title}]({self.paper_url(w)})"
            if self.r.random() < 0.3:
                self.emit(head, cite)  # the citation continues on the next line
            else:
                self.emit(f"{head} {cite}")
            if w.repo and self.r.random() < 0.5:
                self.emit(f"  github: [{w.repo}](https://github.com/{w.repo})")
            self.count += 1

    def _plain_citation(self, heading: str, n: int) -> None:
        self._section(heading)
        for i in range(n):
            self._maybe_subsection(i, n)
            w = self.next_paper()
            first = w.authors[0].replace(".", "").split(", ")
            who = f"{first[0]}, {first[1]}., et al." if len(w.authors) > 1 else f"{first[0]}, {first[1]}."
            venue = w.journal[1] if w.journal else f"Proceedings of {w.conf}"
            text = f'- {who} "{w.title}." {venue} {self.r.randint(1, 40)}.{self.r.randint(1, 12)} ({w.year}): ' \
                   f"{self.r.randint(1, 900)}-{self.r.randint(901, 1999)}."
            if len(text) > 90:  # wrapped over two lines, the second at column 0
                cut = text.rfind(" ", 0, 90)
                self.emit(text[:cut], text[cut + 1:])
            else:
                self.emit(text)
            self.count += 1

    def _dataset_bullet(self, heading: str, n: int) -> None:
        self._section(heading)
        for i in range(n):
            self._maybe_subsection(i, n)
            d = self.next_dataset()
            line = f"- [{d.name}]({d.url}): {d.description}"
            if d.paper_url:
                line += f" Paper: {d.paper_url}"
            if self.r.random() < 0.2:
                line += f"; Information: https://{_name(d.index).lower()}.example.org/about"
            self.emit(line)
            self.count += 1

    def _field_bullets(self, heading: str, n: int) -> None:
        self._section(heading)
        for i in range(n):
            self._maybe_subsection(i, n)
            if self.r.random() < 0.7:
                t = self.next_tool()
                self.emit(f"* {t.name}" + ("：" if self.r.random() < 0.3 else ""), "")
                self.emit(f"  * 地址：{t.url}")
                if t.repo:
                    self.emit(f"    ![](https://img.shields.io/github/stars/{t.repo})")
                if self.r.random() < 0.4:
                    self.emit(f"  * 来源：{self.r.choice(_CONFS)} {self.r.randint(2018, 2024)}")
                self.emit(f"  * 简介：{t.zh_description}", "")
            else:
                w = self.next_paper()
                self.emit(f"* {w.title}", "")
                self.emit(f"  * 论文地址：{self.paper_url(w)}")
                if w.repo:
                    self.emit(f"  * 代码：https://github.com/{w.repo}")
                self.emit(f"  * 简介：{self.r.choice(_ZH_DESC)}", "")
            self.count += 1

    def _heading_blocks(self, heading: str, n: int) -> None:
        self._section(heading)
        for i in range(n):
            if self.r.random() < 0.5:
                d = self.next_dataset()
                self.emit(f"#### {i + 1}.{d.name}", "", "数据集描述：", "", f">{self.r.choice(_ZH_DESC)}", "",
                          f"[数据集地址]({d.url})", "")
                if d.paper_url:
                    self.emit(f"[论文地址]({d.paper_url})", "")
            else:
                w = self.next_paper()
                self.emit(f"#### {i + 1}.{w.zh_title}", "", f"数据说明: {self.r.choice(_ZH_DESC)}", "")
                if w.repo:
                    self.emit(f"[项目地址](https://github.com/{w.repo})", "")
                self.emit(f"[论文地址]({self.paper_url(w)})", "")
            self.count += 1

    def _bold_blocks(self, heading: str, n: int) -> None:
        self._section(heading)
        for _ in range(n):
            w = self.next_paper()
            venue = w.conf or w.journal[0]  # type: ignore[index]
            links = f"[[Paper]({self.paper_url(w)})]"
            if w.repo:
                links += f" [[Code](https://github.com/{w.repo})]"
            self.emit(f"**{w.title}**", f"*{', '.join(a.split(', ')[1] + ' ' + a.split(', ')[0] for a in w.authors)}*",
                      f"[{w.year}] [{venue.split()[0]}]", links, "")
            self.count += 1

    def _table(self, heading: str, n: int) -> None:
        self._section(heading)
        self.emit("| Title | Venue | Year | Paper | Code | Dataset |", "|---|---|---|---|---|---|")
        for _ in range(n):
            w = self.next_paper()
            venue = w.conf or w.journal[0]  # type: ignore[index]
            code = f"[PyTorch](https://github.com/{w.repo})" if w.repo else ""
            ds = ""
            if w.dataset is not None:
                d = dataset(self.plan.seed, w.dataset)
                ds = f"[{d.name.split()[0]}]({d.url})"
            label = "arXiv" if w.arxiv else "Paper"
            self.emit(f"| {w.title} | {venue} | {w.year} | [{label}]({self.paper_url(w)}) | {code} | {ds} |")
            self.count += 1

    def _numbered(self, heading: str, n: int) -> None:
        self._section(heading)
        zh = self.r.random() < 0.5
        for i in range(n):
            w = self.next_paper()
            if zh:
                self.emit(f"{i + 1}. {w.zh_title}  论文地址：{self.paper_url(w)}", "")
            else:
                self.emit(f"{i + 1}. {w.title}   [论文地址 ]({self.paper_url(w)}) ")
            self.count += 1

    def _resource_bullet(self, heading: str, n: int) -> None:
        self._section(heading)
        for i in range(n):
            self._maybe_subsection(i, n)
            t = self.next_tool()
            label = t.repo or t.name
            self.emit(f"- [{label}]({t.url}) - {t.description}")
            self.count += 1


def list_name(k: int) -> str:
    return f"bench-list-{k:05d}"


def iter_lists(entries: int, *, per_list: int = 1000, seed: int = 0, shared: float = 0.3
               ) -> Iterator[tuple[str, str, int]]:
    """(name, Markdown text, entries written) for each list of the corpus, one at a time."""
    plan = Plan(entries, per_list, seed, shared)
    for k in range(plan.n_lists):
        w = _ListWriter(plan, k)
        text = w.render()
        yield list_name(k), text + "\n", w.count


def generate(out_dir: str | Path, entries: int, *, per_list: int = 1000, seed: int = 0,
             shared: float = 0.3) -> list[Path]:
    """Write the corpus as ``out_dir/bench-list-NNNNN.md``; returns the paths (reuses a complete one)."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    stamp = out / ".complete"
    key = f"entries={entries} per_list={per_list} seed={seed} shared={shared} v=5"
    if stamp.is_file() and stamp.read_text() == key:
        return sorted(out.glob("bench-list-*.md"))
    for old in out.glob("bench-list-*.md"):
        old.unlink()
    paths = []
    for name, text, _ in iter_lists(entries, per_list=per_list, seed=seed, shared=shared):
        p = out / f"{name}.md"
        p.write_text(text, encoding="utf-8")
        paths.append(p)
    stamp.write_text(key)
    return paths


def check(paths: list[Path]) -> dict[str, object]:
    """Parse the generated lists with medkg: entries found, kinds, link roles, diagnostics."""
    from collections import Counter

    from medkg.extract import extract_file

    kinds: Counter[str] = Counter()
    roles: Counter[str] = Counter()
    diags: Counter[str] = Counter()
    ids: Counter[str] = Counter()
    n = 0
    for p in paths:
        x = extract_file(p)
        n += len(x.entries)
        for e in x.entries:
            kinds[e.kind] += 1
            roles.update(link.role for link in e.links)
            diags.update(d.code for d in e.diagnostics)
            ids.update(k for k, v in e.identifiers.as_dict().items() if v)
    return {"entries": n, "kinds": dict(kinds), "roles": dict(roles), "identifiers": dict(ids),
            "diagnostics": dict(diags)}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--entries", type=int, default=10_000)
    ap.add_argument("--per-list", type=int, default=1000, help="entries per list (default 1000)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--shared", type=float, default=0.3, help="fraction of entries drawn from the shared pool")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--check", action="store_true", help="parse the result and print what medkg finds")
    args = ap.parse_args(argv)
    paths = generate(args.out, args.entries, per_list=args.per_list, seed=args.seed, shared=args.shared)
    size = sum(p.stat().st_size for p in paths)
    print(f"{len(paths)} lists, {size / 1e6:.1f} MB in {args.out}")
    if args.check:
        sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
        import json

        print(json.dumps(check(paths), indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
