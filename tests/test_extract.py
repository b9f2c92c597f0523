"""Extraction on the real seed lists, checked against counts taken from the lists themselves.

How the expectations were counted: where a count can be read off the raw file independently of
the parser (lines carrying a ``[`code`]`` label, ``nature.com/articles/…`` links, link-less
bullets of a section), the test recounts it from the raw text with a plain string scan, so the
test fails if the parser loses or invents entries. Individual entries were checked by reading
the lists.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from medkg.blocks import lead_in_point
from medkg.extract import entry_record, extract_file
from medkg.headings import analyse_heading

LISTS = Path(__file__).resolve().parent.parent / "data" / "lists"


@pytest.fixture(scope="module")
def seeds():
    return {p.stem: extract_file(p) for p in sorted(LISTS.glob("*.md"))}


def _raw(name: str) -> list[str]:
    return (LISTS / f"{name}.md").read_text(encoding="utf-8").splitlines()


def test_every_seed_yields_entries_with_valid_lines(seeds):
    for name, x in seeds.items():
        n_lines = len(_raw(name))
        assert len(x.entries) > 50, name
        for e in x.entries:
            assert 1 <= e.line <= e.end_line <= n_lines, (name, e.line, e.end_line)
            assert e.kind in ("paper", "repository", "dataset", "model", "competition", "tool", "website", "other")


def test_an_entry_ends_on_a_line_of_its_own_text(seeds):
    """A list's range in the parser runs on over the blank lines after it: an entry's end line is its last
    line of text, never one of those (medical-nlp's sub-bulleted records ended on the blank line after them)."""
    for name, x in seeds.items():
        raw = _raw(name)
        for e in x.entries:
            assert raw[e.end_line - 1].strip(), (name, e.line, e.end_line)


def _same_fields(x) -> list[tuple]:
    return [(r["line"], r["end_line"], r["kind"], r["title"], r["identifiers"], r["links"], r["authors"], r["year"],
             r["venue"], r["topic"]) for r in map(entry_record, x.entries)]


@pytest.mark.parametrize("variant", ["crlf", "bom", "no-final-newline", "blank-lines-at-end", "nfd"])
def test_line_endings_a_bom_and_the_file_end_change_no_entry(seeds, tmp_path, variant):
    """The same list saved on Windows (CRLF), with a BOM, without its final newline or with blank lines after it
    gives the same entries, line for line (a metamorphic check: the last entry's end line followed the file end).
    So does the list with its accents decomposed (Unicode NFD, as macOS and PDF copies write them): "Avsec, Ž."
    with a combining caron was no author and its reference no citation."""
    for p in sorted(LISTS.glob("*.md")):
        raw = p.read_bytes()
        data = {"crlf": raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"),
                "bom": raw if raw.startswith(b"\xef\xbb\xbf") else b"\xef\xbb\xbf" + raw,
                "no-final-newline": raw.rstrip(b"\r\n"),
                "blank-lines-at-end": raw + b"\n\n\n",
                "nfd": unicodedata.normalize("NFD", raw.decode("utf-8")).encode("utf-8")}[variant]
        out = tmp_path / p.name
        out.write_bytes(data)
        assert _same_fields(extract_file(out)) == _same_fields(seeds[p.stem]), p.name


#: what awesome lists close with: the list's own BibTeX, how to contribute, a star chart, the licence
_CLOSING_SECTIONS = (b"\n\n## Citation\n\n```bibtex\n@article{doe2024,\n  title={A Survey of Things},\n  author={Doe, J.},\n"
                     b"  year={2024}\n}\n```\n\n## Contributing\n\nPull requests are welcome! Read the [guidelines]"
                     b"(CONTRIBUTING.md).\n\n## Star History\n\n[![Star History Chart](https://api.star-history.com/svg?"
                     b"repos=a/b&type=Date)](https://star-history.com/#a/b&Date)\n\n## License\n\n[MIT](LICENSE)\n")


_ITEM_LINE = re.compile(r"^\s{0,12}(?:[-*+]|\d{1,3}[.)])[ \t]+(?=\S)")


def _loose(text: str) -> str:
    """A blank line between each two list items that follow each other (a tight list made loose). Not before an
    item line indented four columns or more past the text of the last item read as one: a tight list reads it as a
    lazy continuation of that item's line ("1. **Tool**" / "        - Source code: …"), and after a blank line it
    would be an indented code block, other Markdown, not the same list made loose."""
    lines = text.split("\n")
    out: list[str] = []
    anchor = None  # the column the text of the last line read as an item starts at
    for i, line in enumerate(lines):
        item = _ITEM_LINE.match(line)
        spaced = line.expandtabs(4)
        lazy = item is not None and anchor is not None and len(spaced) - len(spaced.lstrip(" ")) >= anchor + 4
        if i and item is not None and not lazy and _ITEM_LINE.match(lines[i - 1]):
            out.append("")
        if item is None:
            anchor = None
        elif not lazy:
            anchor = len(item.group(0).expandtabs(4))
        out.append(line)
    return "\n".join(out)


def _no_break_spaces(text: str) -> str:
    """Every third space between two words a no-break space (U+00A0), outside lines holding HTML."""
    counter = iter(range(10**9))
    return "\n".join(line if "<" in line else re.sub(r"(?<=[a-z,]) (?=[A-Za-z])",
                                                      lambda m: "\u00a0" if next(counter) % 3 == 0 else " ", line)
                     for line in text.split("\n"))


def _plain_fields(x) -> list[tuple]:
    """The fields of each entry but its lines, spaces as plain spaces."""
    def flat(v):
        return " ".join(v.replace("\u00a0", " ").split()) if isinstance(v, str) else v
    return [(r["kind"], flat(r["title"]), r["identifiers"], [(link["url"], link["role"]) for link in r["links"]],
             [flat(a) for a in r["authors"]], r["year"]) for r in map(entry_record, x.entries)]


@pytest.mark.parametrize("variant", ["loose-lists", "no-break-spaces"])
def test_loose_lists_and_no_break_spaces_change_no_entry(tmp_path, variant):
    """A list whose items are set apart by blank lines (a loose list), or whose words are parted by no-break
    spaces here and there (text pasted from a web page), gives the same entries as the list itself (a
    metamorphic check over the seeds and every dialect file): a tool's item and its citation sub-bullet
    parted by a blank line lost the code pairing; a title with U+00A0 inside it took its byline's place."""
    dialects = Path(__file__).parent / "data" / "dialects"
    changed = []
    for p in sorted(LISTS.glob("*.md")) + sorted(dialects.glob("*.md")):
        text = p.read_text(encoding="utf-8")
        if variant == "loose-lists" and ("```" in text or "~~~" in text):
            continue  # (a fence may hold list-like lines that are no items)
        out = tmp_path / p.name
        out.write_text(_loose(text) if variant == "loose-lists" else _no_break_spaces(text), encoding="utf-8")
        if _plain_fields(extract_file(out)) != _plain_fields(extract_file(p)):
            changed.append(p.name)
    assert not changed


def test_a_lists_closing_sections_change_none_of_its_entries(tmp_path):
    """Appending "## Citation", "## Contributing", "## Star History" and "## License" to a list leaves every
    entry before them as it was (a metamorphic check over the seeds and every dialect file). Each used to tip a
    whole-page judgement: a page of "Title" / "=====" sections lost all its entries to a trailing "## License"
    (its H1s no longer the only level), a "### Code explanation" under the title became the page's tagline, and
    the citation's BibTeX record counted as one more link-less reference, turning notes into papers."""
    dialects = Path(__file__).parent / "data" / "dialects"
    changed = []
    for p in sorted(LISTS.glob("*.md")) + sorted(dialects.glob("*.md")):
        raw = p.read_bytes()
        out = tmp_path / p.name
        out.write_bytes(raw.rstrip(b"\r\n") + _CLOSING_SECTIONS)
        before = _same_fields(extract_file(p))
        after = _same_fields(extract_file(out))
        if after[:len(before)] != before:
            changed.append(p.name)
    assert not changed


def test_no_break_spaces_read_as_spaces(tmp_path):
    """Bylines and titles pasted from a web page keep its no-break spaces (U+00A0, or ``&nbsp;``): the names and
    the title read as with plain spaces, and the title keeps no invisible difference from the same title typed."""
    p = tmp_path / "nbsp.md"
    p.write_text("# Chest X-rays and clinical\u00a0reports analysis using DL\n\nCode used\u00a0for the papers:\n\n"
                 "> [_Clinically\u00a0Correct Report Generation\u00a0from Chest\u00a0X-rays using Templates_]"
                 "(https://arxiv.org/abs/2109.01234) \\\n> Pablo Pino, Denis Parra, Cecilia\u00a0Besa and Claudio Lagos \\\n"
                 "> [MLMI](https://sites.google.com/view/mlmi2021/home) at MICCAI 2021, oral presentation \\\n"
                 "> Links: [Pre-print](https://example.org/preprint.pdf), [video](https://example.org/video)\n\n"
                 "> [_Inspecting state of the art performance&nbsp;and NLP metrics_](https://arxiv.org/abs/2105.05678) \\\n"
                 "> Pablo Pino,&nbsp;Denis Parra \\\n> [LXAI](https://www.latinxinai.org/) at NeurIPS 2020\n",
                 encoding="utf-8")
    records = [entry_record(e) for e in extract_file(p).entries]
    assert [(r["title"], r["authors"]) for r in records] == [
        ("Clinically Correct Report Generation from Chest X-rays using Templates",
         ["Pablo Pino", "Denis Parra", "Cecilia Besa", "Claudio Lagos"]),
        ("Inspecting state of the art performance and NLP metrics", ["Pablo Pino", "Denis Parra"])]


def test_awesome_medical_research_code_labels(seeds):
    x = seeds["awesome-medical-research"]
    raw = _raw("awesome-medical-research")
    by_line = {e.line: e for e in x.entries}
    code_lines = [i + 1 for i, line in enumerate(raw) if "[`code`]" in line]
    assert len(code_lines) == 19
    for ln in code_lines:
        e = by_line[ln]
        assert e.kind == "paper", e.title
        assert [link.role for link in e.links if link.label == "code"] == ["code"] * raw[ln - 1].count("[`code`]")
    for e in x.entries:
        for link in e.links:
            if link.label in ("related code", "related"):
                assert link.role == "related_code", (e.line, link)
            if link.label == "code":
                assert link.role == "code"
    with_own_code = [e for e in x.entries if e.kind == "paper" and any(k.role == "code" for k in e.links)]
    assert len(with_own_code) == len(code_lines)
    related_only = [e for e in x.entries if e.kind == "paper" and any(k.role == "related_code" for k in e.links)
                    and not any(k.role == "code" for k in e.links)]
    raw_related_only = [line for line in raw if "[`related" in line and "[`code`]" not in line]
    # line 82 continues item 81 on a new line: the raw line count and the item count agree
    assert len(related_only) == len(raw_related_only) == 7
    task = next(e for e in x.entries if e.title == "Task-oriented Dialogue System for Automatic Diagnosis")
    assert task.venue == "ACL" and task.year == 2018
    assert [k.url for k in task.links if k.role == "code"] == ["https://github.com/LiuQL2/MedicalChatbot"]
    kpca = next(e for e in x.entries if e.title == "KNOWLEDGE-POWERED CONVERSATIONAL AGENTS")
    assert {k.role for k in kpca.links} == {"paper", "related_code"}


def test_awesome_medical_machine_learning(seeds):
    x = seeds["awesome-medical-machine-learning"]
    # nature.com article links give 10.1038 DOIs
    nature = [e for e in x.entries if e.links and "nature.com/articles/" in e.links[0].url]
    raw_nature = [line for line in _raw("awesome-medical-machine-learning") if "](https://www.nature.com/articles/" in line]
    assert len(nature) == len(raw_nature)
    for e in nature:
        art = e.links[0].url.rstrip("/").rsplit("/", 1)[-1]
        assert e.identifiers.doi == f"10.1038/{art}".lower(), e.title
    # the `github: [..](..)` line under a paper is that paper's code
    comp = next(e for e in x.entries if e.title.startswith("A comparison of automatic cell identification"))
    assert comp.kind == "paper"
    assert [k.url for k in comp.links if k.role == "code"] == ["https://github.com/tabdelaal/scRNAseq_Benchmark"]
    assert comp.identifiers.doi == "10.1186/s13059-019-1795-z"
    # duplicates are reported, not dropped
    dups = [e for e in x.entries if any(d.code == "duplicate-entry" for d in e.diagnostics)]
    titles = {e.title for e in dups}
    assert any(t.startswith("DeepImpute") for t in titles)
    assert any(t.startswith("Realistic in silico generation") for t in titles)
    # empty link `- []` reported
    assert any(d.code == "empty-link" for d in x.all_diagnostics)
    # headings nested in list items become topics of the entries under them
    gat = next(e for e in x.entries if e.title == "Graph attention networks")
    assert [h.text for h in gat.topic][-1] == "2.1.1 Software"


def test_deep_medicine_plain_citations(seeds):
    x = seeds["deep-medicine"]
    raw = _raw("deep-medicine")
    start = raw.index("## Reference & Publications & PPT")
    end = raw.index("## Dataset")
    section = [e for e in x.entries if start < e.line < end + 1]
    # every bullet of the section is one entry, wrapped lines included
    bullets = [i for i in range(start, end) if raw[i].startswith("- ")]
    assert len(section) == len(bullets)
    linkless_refs = [e for e in section if not e.links and e.kind == "paper"]
    assert len(linkless_refs) >= 85
    for e in linkless_refs:
        assert e.title and e.year and e.authors, (e.line, e.title)
    esteva = next(e for e in section if e.title == "A guide to deep learning in healthcare")
    assert esteva.identifiers.doi == "10.1038/s41591-018-0316-z"
    assert esteva.year == 2019 and esteva.authors[0] == "Esteva A"
    wrapped = next(e for e in section if e.title.startswith("On deep generative models"))
    assert (wrapped.line, wrapped.end_line) == (10, 11) and wrapped.year == 2011
    # dataset entries: `[Name](url): description ... Paper: URL`
    abide = next(e for e in x.entries if e.title == "ABIDE")
    assert abide.kind == "dataset"
    assert {k.role for k in abide.links} >= {"paper"} and abide.identifiers.pmid == "23774715"


def test_medical_nlp_labelled_sub_bullets(seeds):
    x = seeds["medical-nlp"]
    cmb = next(e for e in x.entries if e.title == "CMB")
    assert [k.url for k in cmb.links] == ["https://github.com/FreedomIntelligence/CMB"]
    assert ("来源", "各个临床医学工种各阶段考试；临床复杂病例问诊") in cmb.fields
    numbered = [e for e in x.entries if any(k.label == "论文地址" for k in e.links)]
    assert all(e.kind == "paper" for e in numbered)
    raw = "\n".join(_raw("medical-nlp"))
    assert len(numbered) == raw.count("论文地址")
    broken = [d for d in x.all_diagnostics if d.code == "broken-link"]
    assert broken and broken[0].line in range(143, 150)
    # the BibTeX block is not an entry
    assert not any("howpublished" in e.text for e in x.entries)


def test_chinese_medical_nlp_roles_despite_mojibake(seeds):
    x = seeds["chinese-medical-nlp"]
    labelled = [(k.label, k.role) for e in x.entries for k in e.links]
    paper = [r for lab, r in labelled if lab == "论文地址"]
    code = [r for lab, r in labelled if lab == "项目地址"]
    data = [r for lab, r in labelled if lab == "数据集地址"]
    assert len(paper) >= 20 and set(paper) == {"paper"}
    assert len(code) >= 8 and set(code) == {"code"}
    assert len(data) >= 3 and set(data) == {"dataset"}
    assert not any("\ufffd" in e.title for e in x.entries)


def test_bilingual_heading():
    h = analyse_heading("2.1 基因序列分析与预测 Gene sequence analysis and prediction", 4)
    assert (h.number, h.label_zh, h.label_en) == ("2.1", "基因序列分析与预测", "Gene sequence analysis and prediction")
    h = analyse_heading("2.6 Histopathology 组织病理学", 4)
    assert (h.number, h.label_zh, h.label_en) == ("2.6", "组织病理学", "Histopathology")
    h = analyse_heading("Dialog Systems", 2)
    assert (h.number, h.label_zh, h.label_en) == (None, None, "Dialog Systems")


def test_record_shape(seeds):
    rec = entry_record(seeds["awesome-medical-research"].entries[0])
    assert set(rec) >= {"source", "line", "end_line", "kind", "title", "topic", "identifiers", "links", "authors",
                        "year", "venue", "diagnostics"}
    assert set(rec["identifiers"]) == {"doi", "arxiv", "pmid", "pmcid"}
    json.dumps(rec, ensure_ascii=False)


def _cli(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "medkg.cli", *args], capture_output=True, timeout=120, input=stdin)


def test_cli_extract_jsonl():
    r = _cli("extract", str(LISTS / "awesome-medical-research.md"), "--format", "jsonl")
    assert r.returncode == 0, r.stderr
    rows = [json.loads(line) for line in r.stdout.decode().splitlines()]
    assert len(rows) == len(extract_file(LISTS / "awesome-medical-research.md").entries)


@pytest.mark.parametrize("content", [b"", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8])
def test_cli_bad_input_is_one_line_exit_1(tmp_path, content):
    f = tmp_path / "bad.md"
    f.write_bytes(content)
    r = _cli("extract", str(f))
    assert r.returncode == 1
    err = r.stderr.decode().strip()
    assert err.count("\n") == 0 and "Traceback" not in err


@pytest.mark.parametrize("args, says", [
    (("extract", "--bogus"), "No such option"),  # usage errors: click's message, exit 2
    (("extract", "x.md", "--format", "xml"), "--format"),
    (("no-such-command",), "No such command"),
])
def test_cli_usage_error_is_a_message_and_exit_2(args, says):
    r = _cli(*args)
    err = r.stderr.decode()
    assert r.returncode == 2, err
    assert says in err and "Traceback" not in err


def test_cli_missing_file():
    r = _cli("extract", "/nonexistent/list.md")
    assert r.returncode == 1 and "Traceback" not in r.stderr.decode()


def test_linear_on_pathological_input():
    from medkg.model import SourceText
    from medkg.parse import parse

    deep = "".join("  " * i + "- x\n" for i in range(3000))
    brackets = "[" * 100_000
    for text in (deep, brackets, "- [a](http://x.org/" + "a" * 200_000 + ")\n"):
        entries, _ = parse(SourceText("t", "t", text, "", "utf-8", len(text)))
        assert entries is not None
    assert re is not None


def test_an_item_opening_with_a_numbered_list_is_read(tmp_path):
    """``- 3. Title``: a bullet whose content is an ordered list (pyromark gives that list its start number as
    attributes) is read like any item; the task-list check crashed on it once (a regression caught by fuzzing)."""
    from medkg.extract import extract_file

    f = tmp_path / "numbered-in-bullets.md"
    f.write_text("- 3. Deep Residual Learning for Image Recognition\n- 1) Attention Is All You Need\n"
                 "* [x] 2. Densely Connected Convolutional Networks\n", encoding="utf-8")
    titles = [e.title for e in extract_file(f).entries]
    assert titles[:2] == ["Deep Residual Learning for Image Recognition", "Attention Is All You Need"]
    assert len(titles) == 3


def test_deeply_nested_directive_fences_do_not_recurse(tmp_path):
    """MyST directive fences (```` ````{note} ````) are read as Markdown by parsing their body again; a hostile file
    of 1,200 fences nested in each other must not recurse that deep (RecursionError once): beyond a few levels
    a fence stays a code block."""
    from medkg.extract import extract_file

    n = 1200
    f = tmp_path / "nested-fences.md"
    f.write_text("".join("`" * (n - i + 3) + "{note}\n" for i in range(n))
                 + "- [A paper title here](https://arxiv.org/abs/2101.00001)\n"
                 + "".join("`" * (i + 3) + "\n" for i in range(n)), encoding="utf-8")
    extract_file(f)  # no exception
    g = tmp_path / "shallow-fences.md"
    g.write_text("````{note}\n```{tip}\n- [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385)\n"
                 "```\n````\n", encoding="utf-8")
    assert [e.identifiers.arxiv for e in extract_file(g).entries] == ["1512.03385"]


def test_an_indented_code_block_beside_a_directive_fence(tmp_path):
    """An indented code block's attributes are a string, a fenced one's a dict: the directive check read both as
    dicts once and crashed on every indented code block."""
    from medkg.extract import extract_file

    f = tmp_path / "indented.md"
    f.write_text("# Papers\n\n    pip install something\n\n"
                 "- [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385)\n", encoding="utf-8")
    assert [e.identifiers.arxiv for e in extract_file(f).entries] == ["1512.03385"]


def test_an_emphasised_byline_names_each_author_without_et_al(tmp_path):
    """"*Thomas J Stoll and Ross K Maddox*" under a bold title is two authors, "*Jian Zhou & Olga G. Troyanskaya*"
    too, and "*Shuailei Zhang et al.*" one (the "et al." is no one's name); an emphasised venue joined by "and"
    ("*Machine Learning and Knowledge Extraction*") is not split into two people (gokceneraslan/awesome-deepbio,
    iroblesrazzaq/awesome-eeg-fm)."""
    p = tmp_path / "l.md"
    p.write_text("# L\n\n## Papers\n\n"
                 "**A Deep Network Predicting Continuous Human EEG From Sound**\n*Thomas J Stoll and Ross K Maddox*\n"
                 "[paper](https://arxiv.org/abs/2609.20595)\n\n"
                 "**Predicting Effects of Noncoding Variants With Deep Learning**\n*Jian Zhou & Olga G. Troyanskaya*\n"
                 "[paper](https://doi.org/10.1038/nmeth.3547)\n\n"
                 "- **EEG-PRIME: Prototype-Aligned Representation Learning for EEG Decoding**  \n"
                 "  [paper](https://arxiv.org/abs/2608.13072) · *Shuailei Zhang et al.* (arXiv 2026) · "
                 "[code](https://github.com/ZhangShuailei/EEG-PRIME)\n", encoding="utf-8")
    got = {e.title: e.authors for e in extract_file(p).entries}
    assert got["A Deep Network Predicting Continuous Human EEG From Sound"] == ("Thomas J Stoll", "Ross K Maddox")
    assert got["Predicting Effects of Noncoding Variants With Deep Learning"] == ("Jian Zhou", "Olga G. Troyanskaya")
    assert got["EEG-PRIME: Prototype-Aligned Representation Learning for EEG Decoding"] == ("Shuailei Zhang",)


def test_a_linked_title_then_two_names_joined_by_an_ampersand_names_both_authors():
    """A course's numbered references (audit a646ct, a protein language modelling course): "[Title](…) Jingmin Zhu &
    Xiaogang Weng", two authors joined by "&" alone, no comma nor year; before, only bylines with a comma were read
    and these works had no authors. A note of two single-word topics ("Docking & Scoring") names no one, and the
    authors of a three-name byline with a comma are read as before."""
    p = Path(__file__).parent / "data" / "dialects" / "numbered-linked-title-ampersand-byline.md"
    got = {e.title: e.authors for e in extract_file(p).entries}
    assert got["Sparse attention maps recover residue contacts in protein language models"] == (
        "Lukas Haberl", "Sofia Marchetti")
    assert got["Learning thermostability from deep mutational scans"] == ("Noor Haddad", "Pieter Janssens")
    assert got["Phylogeny-aware pretraining of viral proteomes"] == ("Amara Obi", "Kwame Mensah")
    assert got["Antibody humanness scoring with masked language models"] == (
        "Hana Takeda", "Oliver Grant", "Beatriz Lopes")
    assert got["Rigid docking benchmarks for peptide binders"] == ()
    assert got["Structure tokens for inverse folding"] == ()


def test_an_annotated_bibliography_dates_its_byline_then_italicises_the_title(tmp_path):
    """A project's reading list (audit a40cm, a MIMIC-IV analysis plan): "Weiskopf NG, Weng C (2013), *Title*, JAMIA
    20(1) — https://doi.org/… — free: yes — note". The italic run after the dated byline is the title, whatever words
    it ends with ("… in clinical research" reads like a journal's name); before, the title was the whole reference
    and the italic title became the entry's one author."""
    p = tmp_path / "l.md"
    p.write_text("# Reading list\n\n## 1. Data quality\n\n"
                 "- Weiskopf NG, Weng C (2013), *Methods and dimensions of electronic health record data quality "
                 "assessment: enabling reuse for clinical research*, JAMIA 20(1) — https://doi.org/10.1136/amiajnl-2011-000681"
                 " — free: yes — the five DQ dimensions.\n"
                 "- Nagin DS, Odgers CL (2010), *Group-based trajectory modeling in clinical research*, Annual Review of "
                 "Clinical Psychology 6 — https://doi.org/10.1146/annurev.clinpsy.121208.131413 — free: no — latent classes.\n"
                 "- Johnson AEW, Bulgarelli L, Shen L, et al. (2023), *MIMIC-IV, a freely accessible electronic health "
                 "record dataset*, Scientific Data 10:1 — https://doi.org/10.1038/s41597-022-01899-x — free: yes\n",
                 encoding="utf-8")
    got = [(e.title, e.authors, e.year, e.venue) for e in extract_file(p).entries]
    assert got == [
        ("Methods and dimensions of electronic health record data quality assessment: enabling reuse for clinical "
         "research", ("Weiskopf NG", "Weng C"), 2013, "JAMIA"),
        ("Group-based trajectory modeling in clinical research", ("Nagin DS", "Odgers CL"), 2010,
         "Annual Review of Clinical Psychology"),
        ("MIMIC-IV, a freely accessible electronic health record dataset", ("Johnson AEW", "Bulgarelli L", "Shen L"),
         2023, "Scientific Data"),
    ]


def test_a_program_name_linked_to_its_repository_over_its_papers_reference(tmp_path):
    """GreenCUBIC/BioGRID-PPI: "3. **[DPPI](github…)**" / "Hashemifar S, … Predicting protein-protein interactions
    through sequence-based deep learning. Bioinformatics. 2018 …": the reference under a program's repository is its
    paper's, though the title never says the program's name; the entry is that paper, the repository its code."""
    p = tmp_path / "l.md"
    p.write_text("### Models used for binary protein interaction prediction\n"
                 "3. **[DPPI](https://github.com/hashemifar/DPPI)**  \n"
                 "Hashemifar S, Neyshabur B, Khan AA, Xu J. Predicting protein-protein interactions through "
                 "sequence-based deep learning. Bioinformatics. 2018 Sep 1;34(17):i802-i810. doi: "
                 "10.1093/bioinformatics/bty573. PMID: 30423091.  \n"
                 "e.g.  \nth dppi.lua -train dataTrain -test dataTest -device 1\n", encoding="utf-8")
    (e,) = extract_file(p).entries
    assert (e.kind, e.title, e.year) == ("paper", "Predicting protein-protein interactions through sequence-based "
                                         "deep learning", 2018)
    assert [link.role for link in e.links] == ["code"]


def _records_of(tmp_path, text: str) -> list[dict]:
    """The entry records of a small list written to a file."""
    p = tmp_path / "list.md"
    p.write_text(text, encoding="utf-8")
    return [entry_record(e) for e in extract_file(p).entries]


def test_a_lone_emphasised_journal_is_the_venue_not_an_author(tmp_path):
    """A course bibliography's "Karl W. Broman & Kara H. Woo (2018) [Title](…), *The American Statistician*, …"
    and a catalogue's "[Title](doi…) *Nat Methods*" gave the journal as the work's only author. A lone emphasised
    run naming a journal, and no person, is the venue; an emphasised person's name stays the author."""
    records = _records_of(tmp_path, "# Readings\n\n"
                 "- [Using Big Data to Emulate a Target Trial](https://example.edu/hernan.pdf), "
                 "*American Journal of Epidemiology*, DOI: [10.1093/aje/kwv254](https://doi.org/10.1093/aje/kwv254)\n"
                 "- [Benchmarking single-cell integration methods](https://doi.org/10.1038/s41592-021-01336-8) "
                 "*Nat Methods*\n"
                 "- [Deep learning for cell counting](https://doi.org/10.1038/s41592-019-0001-1) *Thorsten Falk*\n")
    assert [(r["authors"], r["venue"]) for r in records] == [
        ([], "American Journal of Epidemiology"), ([], "Nat Methods"), (["Thorsten Falk"], None)]


def test_a_link_text_keeps_the_bracket_its_abbreviation_closes(tmp_path):
    """SaeedShurrab/awesome-self-supervised-learning-in-medical-imaging: "**[Computer in Biology and Medicine
    (CBM)]()**" was titled "… (CBM", and seed links labelled "Lung Image Database Consortium (LIDC": stripping a
    link text's wrapping brackets took the ")" its own "(" opens. A wrapping "[paper]" or "(code)" still goes."""
    records = _records_of(tmp_path, "# Venues\n\n- **[Computer in Biology and Medicine (CBM)]()**\n"
                          "- [Lung Image Database Consortium (LIDC)](https://wiki.cancerimagingarchive.net/x/rgAe) "
                          "[(code)](https://github.com/example-lab/lidc-tools)\n")
    assert records[0]["title"] == "Computer in Biology and Medicine (CBM)"
    assert [link["label"] for link in records[1]["links"]] == ["Lung Image Database Consortium (LIDC)", "code"]


def test_no_author_or_venue_keeps_a_line_break_or_a_doubled_space():
    """"**Physics-informed …**" / "*Ana Costa, Ben Miller, Chen⏎Wei*": a byline wrapped over source lines gave the
    author "Chen\\nWei"; a venue "Pattern\\nRecognition". A name or a venue is one run of single-spaced words, whatever
    the source's wrapping. Checked on every dialect file."""
    dialects = sorted((Path(__file__).parent / "data" / "dialects").glob("*.md"))
    assert len(dialects) > 800
    bad = [(p.name, e.line, value) for p in dialects for e in extract_file(p).entries
           for value in (*e.authors, e.venue or "") if "\n" in value or "  " in value]
    assert bad == []


def test_descriptions_that_are_only_marks_are_left_out(tmp_path):
    """What was left of a line once its links were taken ("]" after "[[Code](…)] [[Docs](…)]", ", )" after
    "(paper, code)", ")" after a bare URL in brackets) was shown as the entry's description. A description without a
    letter or digit is left out; one with a year in brackets or a word stays."""
    records = _records_of(tmp_path, "# Models\n\n"
                 "- BiomedCLIP ([paper](https://arxiv.org/abs/2303.00915), [code](https://github.com/example-lab/bclip))\n"
                 "- [[Code](https://github.com/example-lab/cine-viewer)] [[Docs](https://example-lab.github.io/cine)]\n"
                 "- [Conv Nets: A Modular Perspective](http://colah.github.io/posts/conv/) (2014)\n"
                 "- [Med3D](https://github.com/example-lab/med3d) Transfer learning backbones for 3D images\n")
    assert [r["description"] for r in records] == ["", "", "(2014)", "Transfer learning backbones for 3D images"]
    for seed in sorted(LISTS.glob("*.md")):  # and no seed entry has one
        assert not [e.line for e in extract_file(seed).entries
                    if e.description and not any(ch.isalnum() for ch in e.description)], seed.name


def test_a_glued_venue_year_after_the_link_dates_the_paper():
    """"- [Title](pdf…) ICML2020 ccf-A", "- [Title](arxiv…) NeurIPS2019": a venue's acronym with its year glued on
    after the paper's link, alone or before a rank or track tag, gave the paper no venue and no year ("ICML 2020"
    spaced gave both). An acronym the venue words do not know ("JBHI2021") and a glued tag before prose stay unread."""
    dialect = Path(__file__).parent / "data" / "dialects" / "linked-title-then-glued-venue-year-rank-tag.md"
    assert [(r["venue"], r["year"]) for r in map(entry_record, extract_file(dialect).entries)
            if r["kind"] == "paper"] == [
        ("ICML", 2021), ("NeurIPS", 2020), ("MICCAI", 2019), ("AAAI", 2022), (None, None), (None, None)]


def test_a_venue_link_with_a_bracketed_year_is_the_venue_and_the_year():
    """"[bioRxiv (2023)](doi…) | [code](…)" under a bold title and its byline gave the venue "bioRxiv (2023" (the
    link's text cut at its closing bracket), "[Patterns 4.4 (2023)](…)" gave "Patterns 4.4 (2023". The bracketed year
    and the volume, issue or article number before it are no part of the venue; the year dates the work when nothing
    else on its lines does. An arXiv id dated so names no venue; a venue link with no year keeps its whole text."""
    dialect = Path(__file__).parent / "data" / "dialects" / "bold-title-byline-over-venue-link-with-bracketed-year.md"
    assert [(r["venue"], r["year"]) for r in map(entry_record, extract_file(dialect).entries)
            if r["kind"] == "paper"] == [
        ("bioRxiv", 2024), ("Patterns", 2023), ("npj Comput Chem", 2022), ("ICLR", 2023), ("Bioinformatics", 2022),
        (None, 2023), ("Cell Systems", 2023)]


def test_an_emphasised_preprint_server_and_year_is_the_venue_not_an_author(tmp_path):
    """"Title. *arXiv 2023*. [[paper]](…)" gave "arXiv 2023" as the work's only author: a journal and its year were
    read as the venue, a preprint server (lower-case first) was not."""
    records = _records_of(tmp_path, "# Papers\n\n"
                 "- MedAlpaca: Open Medical Conversational Models. *arXiv 2023*. [[paper]](https://arxiv.org/abs/2304.08247)\n"
                 "- Clinical Camel: An Expert-Level Medical Model. *medRxiv preprint, 2024*. "
                 "[[paper]](https://www.medrxiv.org/content/10.1101/2024.03.11.24304155v1)\n"
                 "- Deep Retinal Grading. *Ana Souza*. [[paper]](https://arxiv.org/abs/2101.00001)\n")
    assert [(r["authors"], r["venue"], r["year"]) for r in records] == [
        ([], "arXiv", 2023), ([], "medRxiv preprint", 2024), (["Ana Souza"], None, None)]


def test_a_resource_line_is_named_by_its_bold_name_not_its_gloss(tmp_path):
    """"- **MONAI**：基于PyTorch的医学影像深度学习框架 [GitHub](…)" was a repository named by the whole sentence. A tool's,
    repository's or data set's line that opens with its bold name, a colon and a gloss is named by the bold name;
    the gloss is its description. A paper's bold lead and its gloss stay its title (the list names the work so)."""
    records = _records_of(tmp_path, "# 医学影像开源工具\n\n## 工具\n\n"
                 "- **MONAI**：基于PyTorch的医学影像深度学习框架 [GitHub](https://github.com/Project-MONAI/MONAI)\n"
                 "- **FETAL_PLANES_DB**: Common maternal-fetal ultrasound images. [Zenodo](https://zenodo.org/record/3904280)\n"
                 "\n## 论文\n\n"
                 "- **nnU-Net**：自适应的医学图像分割框架 [论文](https://doi.org/10.1038/s41592-020-01008-z) "
                 "[代码](https://github.com/MIC-DKFZ/nnUNet)\n")
    assert [(r["kind"], r["title"], r["description"]) for r in records] == [
        ("repository", "MONAI", "基于PyTorch的医学影像深度学习框架"),
        ("dataset", "FETAL_PLANES_DB", "Common maternal-fetal ultrasound images."),
        ("paper", "nnU-Net：自适应的医学图像分割框架", "")]


def test_a_date_stamp_set_off_on_the_line_dates_the_paper(tmp_path):
    """A year in brackets after a linked title, or a date stamp a bot writes before it, is the paper's year; a
    year loose in a sentence, a range, two different years, an access date or a title's own number is not."""
    lines = {
        "[Vessel maps from fundus photographs one](https://arxiv.org/abs/2012.01231) (2020)": 2020,
        "[Vessel maps from fundus photographs two](https://arxiv.org/abs/2512.01232) `2025-12-10`": 2025,
        "2025-12-10 [Vessel maps from fundus photographs three](https://arxiv.org/abs/2512.01233)": 2025,
        "[2024.05] [Vessel maps from fundus photographs four](https://arxiv.org/abs/2405.01234)": 2024,
        "[Vessel maps from fundus photographs five](https://arxiv.org/abs/2012.01235) - 2020/12/10": 2020,
        "Vessel maps from fundus photographs six (2019) [paper](https://arxiv.org/abs/1912.01236)": 2019,
        "[Vessel maps from fundus photographs eight](https://arxiv.org/abs/2012.01238) - cohort 2010-2015": None,
        "[Vessel maps from fundus photographs nine](https://arxiv.org/abs/2012.01239) `2019` `2021`": None,
        "[Vessel maps from fundus photographs ten](https://arxiv.org/abs/2012.01240) (accessed 2023-05-01)": None,
        "2019 Novel Coronavirus Myocarditis Case Series [[paper]](https://arxiv.org/pdf/2002.50505.pdf)": None,
        "**1909.08812v1** - \"Attention Over Irregular Vital Sign Series for Deterioration Alerts\"": None,
    }
    path = tmp_path / "dated.md"
    path.write_text("# Papers\n\n" + "".join(f"- {line}\n" for line in lines), encoding="utf-8")
    records = [entry_record(e) for e in extract_file(path).entries]
    assert [r["kind"] for r in records] == ["paper"] * len(lines)
    assert [r["year"] for r in records] == list(lines.values())


def test_a_dating_verb_is_no_venue(tmp_path):
    """"- Published: 2024/03/05" dated the paper and named "Published" its venue; a sentence holding a year named
    itself the venue ("trained on scans"). The venue after the verb stays ("published in Radiology 2019"), and so
    does a venue written in lowercase ("nature method 2015")."""
    lines = {
        "[Polyp maps one](https://arxiv.org/abs/2403.01237) - Published: 2024/03/05": (2024, None),
        "[Polyp maps two](https://arxiv.org/abs/2403.01238) - Released 2024": (2024, None),
        "[Polyp maps three](https://arxiv.org/abs/2403.01239) - published in Radiology 2019": (2019, "Radiology"),
        "[Polyp maps four](https://arxiv.org/abs/2403.01231) - trained on scans from 2019": (None, None),
        "[Polyp maps five](https://www.ncbi.nlm.nih.gov/pubmed/26301843), nature method 2015": (2015, "nature method"),
    }
    path = tmp_path / "dated.md"
    path.write_text("# Papers\n\n" + "".join(f"- {line}\n" for line in lines), encoding="utf-8")
    records = [entry_record(e) for e in extract_file(path).entries]
    assert [(r["year"], r["venue"]) for r in records] == list(lines.values())


@pytest.mark.parametrize("line, title, year", [
    # a607bg: a full-width comma before the italic byline parts them as "," does
    ("1. Warm-Starting Lesion Detectors from Natural Image Backbones， *Ilse Marchetti et al, Arxiv.* "
     "[pdf](https://arxiv.org/pdf/2103.04417.pdf)", "Warm-Starting Lesion Detectors from Natural Image Backbones", None),
    ("1. How Much Pretraining Helps Small Ultrasound Cohorts，*Tomasz Wielgosz et al, Nature Medicine.* "
     "[pdf](https://arxiv.org/pdf/2103.04418.pdf)", "How Much Pretraining Helps Small Ultrasound Cohorts", None),
    # a bracketed year and a topic tag after a comma, before the byline, dates the work
    ("1. Contour-Guided Synthesis of Contrast-Enhanced CT (***2017, image synthesis***&#x1F31E;), *Hana Okafor et al, "
     "MICCAI.* [pdf](https://arxiv.org/pdf/1705.01234.pdf)", "Contour-Guided Synthesis of Contrast-Enhanced CT", 2017),
    # a title's own year range stays
    ("1. Mortality Trends in Pediatric Imaging Referrals (1990–2015), *Agnes Fairweather et al, Radiology.* "
     "[pdf](https://arxiv.org/pdf/1809.01234.pdf)", "Mortality Trends in Pediatric Imaging Referrals (1990–2015)", None),
])
def test_a607bg_title_before_an_emphasised_byline(tmp_path, line, title, year):
    (record,) = [r for r in _records_of(tmp_path, "# Notes\n\n" + line + "\n") if r["kind"] == "paper"]
    assert record["title"] == title
    if year is not None:
        assert record["year"] == year


@pytest.mark.parametrize("text", [
    # a622bv: a bullet's note names a work in passing; the work is listed again below
    "# Papers\n\n- [Continuous-Time Attention for Sparse ICU Vital Signs](https://arxiv.org/abs/2106.04512) - "
    "Extending the input decay of [DecayNet](https://arxiv.org/abs/1711.04521) to continuous time, we propose an "
    "attention model that reads each observation at its own time stamp.\n\n## Baselines\n\n"
    "- [DecayNet](https://arxiv.org/abs/1711.04521) - a baseline.\n",
    # a622bv: the same in a numbered heading record's abstract field
    "# 文献\n\n## 1. [2021]Continuous-Time Attention for Sparse ICU Vital Signs\n"
    "[URL](https://arxiv.org/abs/2106.04512)  \n**Abstract**: Vital signs in the intensive care unit are sampled "
    "irregularly. Extending the input decay of [DecayNet](https://arxiv.org/abs/1711.04521) to continuous time, we "
    "propose an attention model that reads each observation at its own time stamp.  \n\n# 基线\n\n"
    "- [DecayNet](https://arxiv.org/abs/1711.04521) — 基线\n",
])
def test_a_work_named_in_passing_and_listed_again_keeps_its_name(tmp_path, text):
    """A work an item's note mentions by a short-name link is no listing of that item: its later listing (and its
    split-off record) keeps its own name, never the mentioning item's title (extract._own_paper_addresses)."""
    path = tmp_path / "list.md"
    path.write_text(text, encoding="utf-8")
    records = [entry_record(e) for e in extract_file(path).entries]
    by_arxiv = {}
    for r in records:
        if r["identifiers"]["arxiv"]:
            by_arxiv.setdefault(r["identifiers"]["arxiv"], set()).add(r["title"])
    assert by_arxiv["2106.04512"] == {"Continuous-Time Attention for Sparse ICU Vital Signs"}
    assert by_arxiv["1711.04521"] == {"DecayNet"}


# a633cg: a venue field's "Venue YEAR (aside)": a preprint's aside dates only the preprint; anything else is no aside
@pytest.mark.parametrize("value,expected", [
    ("ICLR 2024 (arXiv 2023)", ("ICLR", 2024)),
    ("Nature Methods 2024 (bioRxiv 2023)", ("Nature Methods", 2024)),
    ("AAAI 2024 (arXiv preprint 2023)", ("AAAI", 2024)),
    ("Genome Biology, 2024 (bioRxiv, 2023)", ("Genome Biology", 2024)),
    ("Cell 2023 (preprint)", ("Cell", 2023)),
    ("MICCAI 2024 (Oral)", None),
    ("NeurIPS 2023 (Spotlight)", None),
    ("ICLR 2024", None),
    ("Nature 2023 (15)", None),
    ("(arXiv 2023)", None),
])
def test_venue_year_aside(value, expected):
    from medkg.extract import _venue_year_aside
    assert _venue_year_aside(value) == expected


def test_venue_year_aside_is_linear():
    import time
    from medkg.extract import _venue_year_aside
    for hostile in ("ICLR " * 5000 + "2024 (", "A" + " " * 20000 + "2024 (arXiv", "ICLR 2024 (" + "(" * 20000,
                    "a b" * 7000 + " 2024 (arXiv 2023)"):
        start = time.perf_counter()
        _venue_year_aside(hostile)
        assert time.perf_counter() - start < 0.05


DIALECTS = Path(__file__).resolve().parent / "data" / "dialects"


def test_a_maker_or_remark_sub_bullet_notes_the_linked_paper():
    """a627ca: "* Title [[Paper]](arxiv…)" / "  * Example Research Asia" (or "  * A good overview for clinicians.
    Worth reading first."): a link-less sub-bullet naming who made the work, or the reader's remark, under an item
    linking its article was an "other" entry of its own; it is the paper's description. A title-like sub-bullet
    and a note under a blog's bullet stay entries."""
    records = [entry_record(e) for e in
               extract_file(DIALECTS / "paper-bullets-with-affiliation-and-remark-subbullets.md").entries]
    others = {r["title"] for r in records if r["kind"] == "other"}
    assert others == {"ExampleCorp", "Segmentation of Cardiac MRI with Federated Priors"}
    described = {r["title"]: r["description"] for r in records if r["kind"] == "paper"}
    assert "Worth reading first" in described["Federated Learning for Rare Disease Registries"]
    assert "Example Research Asia" in described["FedWear: Transfer Learning Across Wearable Cohorts"]


def test_a_drive_file_under_a_talks_heading_is_the_talks_deck():
    """a627ca: "## Talks" / "#### 2023" / "* **2023-10** [Title](drive.google.com/file/d/…/view)": a talk linked to
    its deck on a drive was a data set (the drive's host), one linked to a Dropbox PDF a paper; both are talks,
    web material like the recordings beside them."""
    records = [entry_record(e) for e in
               extract_file(DIALECTS / "publications-page-talks-shared-deck.md").entries]
    kinds = {r["title"]: r["kind"] for r in records}
    assert kinds["Federated Learning Beyond the Hype in Radiology"] == "website"
    assert kinds["Privacy Attacks on Medical Federations"] == "website"
    assert kinds["Tools for Cross-Institution Model Training"] == "website"
    assert sum(r["kind"] == "paper" for r in records) == 5


# a635ci: a title (a heading, a line) closed by "(YEAR)" over only bare addresses: the year dates the work
@pytest.mark.parametrize("title, texts, expected", [
    ("Hippocampus Analysis by Combination of 3D DenseNet and Shapes for Alzheimer's Disease Diagnosis (2018)",
     ["https://sci-hub.example/10.1109/jbhi.2018.2882392"],
     ("Hippocampus Analysis by Combination of 3D DenseNet and Shapes for Alzheimer's Disease Diagnosis", 2018)),
    ("Graph Attention over Brain Regions for MCI Progression (2021)", ["https://arxiv.org/abs/2108.04417"],
     ("Graph Attention over Brain Regions for MCI Progression", 2021)),
    ("Graph Attention over Brain Regions (2021)", ["paper"], None),  # a link with its own text: not this rule's
    ("BrainNet (2021)", ["https://arxiv.org/abs/2108.04417"], None),  # a short name keeps its date (``_paren_year``)
    ("Smith J. Graph attention over regions (2021)", ["https://arxiv.org/abs/2108.04417"], None),  # a reference
])
def test_dated_title_over_bare_address(title, texts, expected):
    from medkg.extract import _dated_title_over_bare_address
    from medkg.model import Link
    links = [Link(url=t if t.startswith("http") else "https://arxiv.org/abs/2108.04417", text=t) for t in texts]
    assert _dated_title_over_bare_address(title, links) == expected


@pytest.mark.parametrize("url, placeholder", [
    ("NA", True), ("na", True), ("N/A", True), ("n/a", True), ("None", True), ("TBD", True), ("XXX", True),
    ("NA.md", False), ("nas/index.md", False), ("none/README.md", False), ("https://example.org/na", False),
    ("notes/n/a.md", False), ("nature", False),
])
def test_a_not_available_word_is_no_link_destination(url, placeholder):
    """A link whose destination is "NA", "N/A" or "None" is the curator's "not available" mark, as "TBD" is, never a
    relative address (inline._placeholder_word): "|[Dataset](NA)|[Paper](nature…)|" in a collections table."""
    from medkg import inline
    assert inline._placeholder_destination(url) is placeholder


def test_a_numbered_run_of_bare_links_glued_to_their_numbers_is_a_list():
    """a645cs: "#### 损失函数、激活函数、评估指标" / "1.https://blog…" / "2.https://arxiv…": each numbered line is an
    entry of its own link, the heading their topic (no record titled by it); a paper title over its numbered paper
    and code lines stays one record."""
    path = Path(__file__).parent / "data" / "dialects" / "meeting-notes-glued-number-url-runs.md"
    records = [entry_record(e) for e in extract_file(path).entries]
    assert not any(r["title"] in ("损失函数、激活函数、评估指标", "网络结构") for r in records)
    under = [r for r in records if r["topic"] and r["topic"][-1] == "损失函数、激活函数、评估指标"]
    assert [(r["kind"], len(r["links"])) for r in under] == [("website", 1), ("paper", 1), ("website", 1), ("paper", 1)]
    assert [r["identifiers"]["arxiv"] for r in under if r["kind"] == "paper"] == ["2106.01877", "2109.05521"]
    assert len([r for r in records if r["topic"] and r["topic"][-1] == "网络结构"]) == 3
    unet = next(r for r in records if r["title"] == "Uncertainty-Aware Mean Teacher for Pancreas Segmentation")
    assert [link["role"] for link in unet["links"]] == ["paper", "code"]


@pytest.mark.parametrize("lead, announced", [
    # a654db: the words before an intro's lone titled link that say the list follows that work's scheme
    ("As for the classifications of approach, content, and format, we follow the settings in ", True),
    ("For the grouping by task, we follow the taxonomy proposed in ", True),
    ("This list adopts the categories of ", True),
    ("The categories follow ", True),
    ("This collection is based on ", True),
    ("The list of works is adapted from the ", True),
    # near misses: following a guide, following an account, a fork, a schema that is no scheme word, a word ending
    # in "in" ("within"), the scheme words with no verb of following
    ("please follow the guide in ", False),
    ("follow us on ", False),
    ("The list started as a fork of ", False),
    ("the annotation follows the schema of ", False),
    ("we use the settings within ", False),
    ("Our settings differ from those in ", False),
])
def test_a_lead_in_naming_the_scheme_a_list_follows_announces_its_work(lead, announced):
    from medkg.blocks import _announces_link
    assert _announces_link(lead) is announced


def test_an_intro_crediting_the_review_its_taxonomy_follows_cites_that_review():
    """a654db: "… we follow the taxonomy proposed in [*Title*](arxiv…)" in a dataset list's intro: the review is a
    work (its arXiv id recorded); the links the next paragraph follows (a guide, an account, a forked list) are not."""
    path = Path(__file__).parent / "data" / "dialects" / "intro-follows-review-scheme-dataset-sections.md"
    records = [entry_record(e) for e in extract_file(path).entries]
    review = [r for r in records if r["identifiers"].get("arxiv") == "2203.04417"]
    assert [(r["kind"], r["title"]) for r in review] == [
        ("paper", "Clinical Machine Reading: A Systematic Survey of Corpora and Tasks")]
    urls = {link["url"] for r in records for link in r["links"]}
    assert not urls & {"CONTRIBUTING.md", "https://mastodon.social/@example-lab",
                       "https://github.com/example-lab/awesome-clinical-nlp"}


@pytest.mark.parametrize("lead, link_text, dangles", [
    # a664dl: a sentence left hanging on a preposition, an article or a pointing verb runs into the named link
    ("Our taxonomy was inspired by ", "A Survey of Large Language Models in Medicine", True),
    ("Similar to ", "BYOL", True),
    ("Clone and build the ", "SAM repository", True),
    ("For evaluation we recommend ", "Large language models encode clinical knowledge", True),
    ("The thresholds are those of the ", "NEWS2: Outcomes After Five Years", True),
    # near misses: one word only, a lower-case tail of a title, a venue, a link label, a lead that ends as titles do
    ("See ", "A Survey of Large Language Models in Medicine", False),
    ("The common biology of ", "cancer and ageing", False),
    ("Our results were published in ", "Nature Medicine", False),
    ("Calibration of Early Warning Models Across ", "PDF", False),
    ("Deep Learning for Ward Deterioration ", "Early Warning Models", False),
])
def test_a_lead_left_dangling_before_a_named_link_is_no_title(lead, link_text, dangles):
    from medkg.inline import lead_dangles_into_link
    assert lead_dangles_into_link(lead, link_text) is dangles


def test_prose_paragraphs_citing_different_works_are_one_record_each():
    """a664dl: "## Notes" / a paragraph citing [Title A](arxiv…) / a paragraph citing [Title B](doi…): two papers, each
    with its own identifier (no record holds both); one work linked its arXiv and its DOI ways stays one record."""
    path = Path(__file__).parent / "data" / "dialects" / "notes-prose-paragraphs-citing-different-works.md"
    records = [entry_record(e) for e in extract_file(path).entries]
    by_id = {v: r["title"] for r in records for v in r["identifiers"].values() if v}
    assert by_id["2305.14872"] == "Temporal Convolutions for Early Sepsis Prediction on General Wards"
    assert by_id["10.1016/j.jbi.2022.104211"] == "Sepsis-3 Onset Labelling from Routine Ward Data: A Validation Study"
    assert by_id["2402.09133"] == by_id["10.1093/jamia/ocad145"] == "Lightweight Recurrent Early Warning for Adult Wards"
    assert by_id["2311.02458"] == by_id["10.2196/48812"]


# a669dq: a reading-status word closing a title in brackets is no part of it; other closing brackets stay
@pytest.mark.parametrize("title, cut", [
    ("Learning Confidence for Out-of-Distribution Detection [`READ`]", "Learning Confidence for Out-of-Distribution Detection"),
    ("Convolutional Visual Prompt for Robust Perception ['UNREAD']", "Convolutional Visual Prompt for Robust Perception"),
    ("Test-Time Entropy Minimisation for Ultrasound (TODO)", "Test-Time Entropy Minimisation for Ultrasound"),
    ("Deep Ensembles Meet Dermoscopy [Read]", "Deep Ensembles Meet Dermoscopy"),
    ("Reading Group [TODO]", None),  # too short to be a title without its tag
    ("Deep Ensembles Meet Dermoscopy [MICCAI 2021]", None),
    ("Uncertainty in Deep Learning (Thesis)", None),
    ("Deep Ensembles Meet Dermoscopy", None),
])
def test_a669dq_closing_status_tag(title, cut):
    from medkg.inline import cut_closing_status_tag

    assert cut_closing_status_tag(title) == cut
# a676dx: a label that spells the initials of a linked title's words is the work's acronym
@pytest.mark.parametrize("label, text, spells", [
    ("VDM", "Variational Diffusion Models", True),
    ("SBGM", "Score-Based Generative Models", True),
    ("SGM", "Score-Based Generative Models", True),
    ("GANI", "Generative Adversarial Networks for Imaging", True),
    ("GAN", "Generative Adversarial Vocoders", False),
    ("Tool", "Tiny Open Objects Library", False),
    ("V", "Variational", False),
])
def test_spells_initials(label, text, spells):
    from medkg.extract import _spells_initials
    assert _spells_initials(label, text) is spells


# a680eb: the in-text author-year citation that is a statement's whole trailer (extract._in_text_citation): the
# first author's surname and the year, or None when the trailer is anything else
@pytest.mark.parametrize("trailer, expected", [
    ("(Bouvard 2017)", ("bouvard", 2017)),
    ("(Haddad et al., 2021)", ("haddad", 2021)),
    ("(Lim & Natarajan, 2024)", ("lim", 2024)),
    ("(-172.39 kcal/mol, Lim 2024)", ("lim", 2024)),
    ("(Okafor and Lindqvist 2023a)", ("okafor", 2023)),
    ("(see Table 2)", None),
    ("(Lim 2024) and later work", None),
    ("Nature 2019", None),
    ("(" + "a, " * 5000 + "Lim 2024)", None),  # a long run before the name: no match, and no backtracking
])
def test_in_text_citation_trailer(trailer, expected):
    from medkg.extract import _in_text_citation
    assert _in_text_citation(trailer) == expected


def test_statement_citing_a_listed_work_by_author_year_is_no_paper(tmp_path):
    """A link-less finding closed by "(Haddad 2021)" cites the work the list gives in full, by that first author and
    year; one closed by an author-year the list gives no full work for stays as it reads."""
    f = tmp_path / "spec.md"
    f.write_text("# Spec\n\n## Literature\n\n"
                 "- **Haddad R, et al.** \"A small molecule blocks ferroportin internalisation.\" *Blood* 138:310, 2021."
                 " DOI: 10.1182/blood.2021011187\n"
                 "- **Okafor T, et al.** \"Conformational states of ferroportin.\" *bioRxiv* 2023.05.11, 2023."
                 " DOI: 10.1101/2023.05.11.540212\n"
                 "- **Ruiz P.** \"A survey of divalent metal selectivity.\" *NSMB*, 2023. DOI: 10.1038/s41594-022-00911-4\n\n"
                 "## Findings\n\n"
                 "1. KX-17 keeps ferroportin at the membrane without changing its expression (Haddad 2021)\n"
                 "2. Hepcidin binding closes the outward-open cavity of the transporter (Okafor et al., 2023)\n",
                 encoding="utf-8")
    kinds = {r["title"]: r["kind"] for r in map(entry_record, extract_file(f).entries)}
    assert kinds["KX-17 keeps ferroportin at the membrane without changing its expression"] == "other"
    assert kinds["Hepcidin binding closes the outward-open cavity of the transporter"] == "other"
    assert kinds["A small molecule blocks ferroportin internalisation"] == "paper"


# own39: a link-less item that is one sentence-case lead-in ending in a colon introduces points, no references; a
# lead-in saying works follow, a title-case label, a short label or a question is not such a lead-in
@pytest.mark.parametrize("text, expected", [
    ("These steps are performed over the entire database:", True),
    ("Ideally, data should be in a tidy format:", True),
    ("However, this is an iterative process:", True),
    ("The following papers are a good start:", False),
    ("Recent work on this problem includes:", False),
    ("Deep Learning for Medical Imaging:", False),
    ("Key readings:", False),
    ("Before you start, read these two", False),
    ("What should count as a foundation model?", False),
])
def test_lead_in_point(text, expected):
    assert lead_in_point(text) is expected


# a703ey: a section record titled by its labelled reference ("**Citation**: Okafor, N., et al. (2024). "Title."
# *Nature Methods*, …") takes that reference's byline, year and journal, not the italic journal as its byline and
# "Citation: <authors>" as its venue (extract._own_reference_field)
@pytest.mark.parametrize("title, authors, year, venue", [
    ("Self-supervised morphological profiling of cell painting assays at scale", ["Okafor, N."], 2024,
     "Nature Methods"),
    ("Channel attention for multiplexed fluorescence microscopy", ["Lindqvist, A. M.", "Haddad, R."], 2023,
     "Bioinformatics"),
    ("Learning phenotypes from weak compound labels", ["Varga, K.", "Moreau, P.", "Ito, S."], 2022,
     "arXiv preprint"),
])
def test_citation_field_record_takes_the_reference_byline(title, authors, year, venue):
    path = Path(__file__).parent / "data" / "dialects" / "section-records-citation-field-byline-venue.md"
    records = {r["title"]: r for r in map(entry_record, extract_file(path).entries)}
    record = records[title]
    assert (record["authors"], record["year"], record["venue"]) == (authors, year, venue)
# a700ev: a title line's bracketed note (impact factor, venue tag, status) between the title and its author line
@pytest.mark.parametrize("title, authors", [
    ("Graph priors for kinase selectivity prediction", ["Lina Okoye", "Ravi Menon", "Sofia Brandt"]),
    ("Diffusion editing of peptide binders", ["Ravi Menon", "Hugo Lindqvist", "Mei Tanaka"]),
    ("Retrieval-augmented toxicity screening", ["Tomas Reyes", "Ravi Menon"]),
    ("Contrastive fingerprints for scaffold hopping", ["Aisha Bello", "Ravi Menon", "Jonas Berg"]),
    ("Learning assay noise from replicate plates", ["Min Cho", "Ravi Menon", "Lena Park"]),
])
def test_byline_read_past_title_line_bracketed_note(title, authors):
    path = Path(__file__).parent / "data" / "dialects" / "title-bracketed-note-then-byline-line.md"
    records = {r["title"]: r for r in map(entry_record, extract_file(path).entries)}
    assert records[title]["authors"] == authors


# a740gj: a bracketed tag "[<venue>'<yy>]" before a title linked to a page names a venue by its acronym (each word
# upper-case or with two capitals or more); a plain word's tag names none (extract._acronym_venue_name)
@pytest.mark.parametrize("name, expected", [
    ("TMC", True), ("MobiCom", True), ("ToN", True), ("ACM CSUR", True), ("EuroSys", True), ("INFOCOM", True),
    ("Demo", False), ("Talk", False), ("Release", False), ("v2", False), ("A", False), ("ACM CSUR IEEE TMC", False),
])
def test_acronym_venue_name(name, expected):
    from medkg.extract import _acronym_venue_name
    assert _acronym_venue_name(name) is expected
