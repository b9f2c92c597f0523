"""Hunt super-linear extraction: one-line (or many-line) hostile lists — a short unit repeated N times inside a
container a real list uses (a bullet, a link's text or address, a table column, a field line, a citation, HTML) —
extracted at two sizes; prints every case whose time grows much faster than its size, and every case that hangs
or raises.

Why: a regex or a walk that is quadratic (or worse) only shows on a long run of one character in one place, and
the hang guards in ``tests/test_hostile.py`` pin the cases found so far. A per-regex fuzz flags hundreds of
patterns that are only slow on text no list can feed them (most readers see collapsed spaces); this one times
the whole reader, so each line it prints is reachable from a file. Found with it: a 12-word link text that took
9 s (exponential), an Authors cell of 1,200 spaces that took 32 s, a lead closing on 1,000 " |" that raised
RecursionError.

    python benchmarks/fuzz_linear.py                    # every container, sizes 3,000 and 12,000 characters
    python benchmarks/fuzz_linear.py bullet,col-Authors # some containers
    FUZZ_SIZES=12000,48000 python benchmarks/fuzz_linear.py lines

Each container runs in a child process, restarted past a case that takes over ``FUZZ_TIMEOUT`` seconds (a
regex in C cannot be interrupted). Flags: time × 6 for size × 4 and over 0.3 s. A figure printer, never a test.
"""

from __future__ import annotations

import json
import os
import select
import subprocess
import sys
import tempfile
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src"
SIZES = [int(x) for x in os.environ.get("FUZZ_SIZES", "3000,12000").split(",")]
TIMEOUT = float(os.environ.get("FUZZ_TIMEOUT", "40"))

#: what a run of is hostile: spaces, punctuation, names, years, brackets, markup, CJK
UNITS = ["a", "A", " ", "a ", "A ", "Aa ", "Ab1 ", "Learning ", "a-b ", "x.y ", "A. B. ", "Ab, C. ", "x | ", "Ab (",
         "Ab: ", "1", "19", "2020 ", "(", ")", "[", "]", "*", "**", "-", " - ", ".", ". ", ", ", "A. ", "Ab, ",
         "Ab et al. ", "et al., ", ":", "'", '"', "“", "http://x.org/", "/", "_", "中", "中文", "，", "。", "（",
         "a-", "A.", "ab.", "Ab and ", "de ", "Abc, A., ", "[a](", "](", "`", "<a>", "<", "#", "|", " | ", "\t",
         "—", "…", "?", "!", "0.", "v1", "10.1/", "A1 ", "1 ", "12.3 ", "(2020) ", "Ab 2020 ", "中 ", "<br>", "&amp;",
         "\\", "~", "$", "@", "Ab. ", "J. ", "In ", "pp. ", "vol. ", "arXiv ", "doi:", "Code ", "[1] ", "(a) "]
#: units of whole lines, for the "lines" container (a section-level rule that is quadratic in items)
LINE_UNITS = ["- a\n", "a\n", "\n", "  - a\n", "1. a\n", "> a\n", "| a |\n", "#\n", "## a\n", "- [a](http://x.org/a)\n",
              "**a**\n", "<br>\n", "[a]: http://x\n", "- Smith J. Title of it. Nature 2020.\n",
              "- [T](https://arxiv.org/abs/2101.00001)\n", "### T\n[论文地址](https://arxiv.org/abs/2101.00001)\n",
              "- **T** [[Paper](https://doi.org/10.1/x)]\n", "    - a\n", "<div>\n", "</div>\n", "<table>\n",
              "<td>a</td>\n", "```\n", "---\n", "- a\n\n", "a  \n",
              "| [T](https://arxiv.org/abs/2101.00001) | [code](https://github.com/a/b) |\n"]
_ARXIV = "https://arxiv.org/abs/2101.00001"
CONTAINERS = {
    "bullet": "- {X}",
    "bullet-link": f"- [{{X}}]({_ARXIV})",
    "link-then-text": f"- [Title of a work]({_ARXIV}) {{X}} [code](https://github.com/a/b)",
    "cell": "| Paper | Code |\n|---|---|\n| {X} | [code](https://github.com/a/b) |",
    "heading": f"## {{X}}\n\n- [Paper title here]({_ARXIV})",
    "para": "{X}",
    "numbered": "1. {X} [paper](https://doi.org/10.1000/xyz)",
    "bold": f"- **{{X}}** [paper]({_ARXIV})",
    "citation": "- Smith J, Doe A. {X}. Nature 2020;1:1-9.",
    "html": f'<table><tr><td>{{X}}</td><td><a href="{_ARXIV}">paper</a></td></tr></table>',
    "subbullet": f"- [Title of a work]({_ARXIV})\n  - {{X}}",
    "url": "- [Title of a work](https://example.org/{X}) [code](https://github.com/a/b)",
    "arxiv-url": "- [Title of a work](https://arxiv.org/abs/{X})",
    "href": '<a href="https://example.org/{X}">Title of a work</a>',
    "refdef": "- [Title of a work][r]\n\n[r]: https://example.org/{X}",
    "paren": f"- Title of a work ({{X}}) [paper]({_ARXIV})",
    "quote": f"> {{X}} [paper]({_ARXIV})",
    "field": f"- [Title of a work]({_ARXIV})\n  Code: {{X}}",
    "zh-field": "- 论文地址：{X}",
    "italic": f"- *{{X}}* [paper]({_ARXIV})",
    "col-title-first": f"| Title | Link |\n|---|---|\n| Deep{{X}}things | [paper]({_ARXIV}) |",
    "sub-authors": f"- [Deep learning for things]({_ARXIV})\n  - Authors: Smith{{X}}x",
    "sub-venue": f"- [Deep learning for things]({_ARXIV})\n  - Venue: Nature{{X}}x",
    "bold-fields": f"### Deep learning for things\n\n**Authors:** Smith{{X}}x\n**Venue:** Nature 2020\n\n- [PDF]({_ARXIV})",
    "vancouver": "1. Smith J, Doe A{X}. Deep learning for things. Nature. 2020;1:1-9. doi:10.1000/xyz",
    "apa": "- Smith, J.{X} (2020). Deep learning for things. *Nature*, 1, 1-9.",
    "bib": "- Smith J et al.{X} Deep learning for things. *Nature* 2020. [[paper]](https://doi.org/10.1000/xyz)",
    "heading-field": f"## Deep{{X}}things\n\n论文地址：{_ARXIV}",
    "details": f"<details><summary>{{X}}</summary>\n\n- [T]({_ARXIV})\n</details>",
    "html-p": f'<p>{{X}} <a href="{_ARXIV}">paper</a></p>',
    "html-br": f'<a href="{_ARXIV}">Title of a work</a><br>{{X}}<br>',
    "code-span": f"- `{{X}}` [paper]({_ARXIV})",
    "zh-heading": f"### {{X}}\n[论文地址]({_ARXIV})\n[项目地址](https://github.com/a/b)",
    "desc-dash": f"- [Title of a work]({_ARXIV}) - {{X}}",
    "desc-colon": f"- **Name**: {{X}} [[paper]]({_ARXIV}) [[code]](https://github.com/a/b)",
    "two-lines": "- Deep learning for things.{X}\n  Smith J. Nature 2020.",
    "lines": "{X}",
}
for _column in ("Authors", "Venue", "Year", "Date", "Title", "Code", "Notes", "Keywords", "Journal", "Conference",
                "Dataset", "作者", "年份", "代码", "期刊", "Institution", "Method", "Task"):
    CONTAINERS[f"col-{_column}"] = (f"| Paper | {_column} |\n|---|---|\n| [Deep learning for things]({_ARXIV}) | "
                                    "Smith{X}x |")

#: the child: extracts each case at each size and prints its times (its parent kills it past a hang)
_CHILD = r"""
import json, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from medkg.extract import extract_file
template, units, start, sizes, path = json.loads(sys.argv[2])
path = Path(path)
def once(text):
    path.write_bytes(("# L\n\n" + text + "\n").encode())
    t = time.perf_counter()
    extract_file(path)
    return time.perf_counter() - t
once("- [a](https://arxiv.org/abs/2101.00001)")
for i in range(start, len(units)):
    print("START", i, flush=True)
    print("END", i, json.dumps([once(template.replace("{X}", units[i] * max(1, n // len(units[i])))) for n in sizes]),
          flush=True)
"""


def run_container(name: str, template: str, workdir: Path) -> list[str]:
    """Every unit in ``template``; the flagged cases as lines."""
    units = LINE_UNITS if name == "lines" else UNITS
    flagged, i = [], 0
    while i < len(units):
        args = json.dumps([template, units, i, SIZES, str(workdir / "case.md")])
        child = subprocess.Popen([sys.executable, "-c", _CHILD, str(SRC), args], stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, text=True)
        current = i
        while True:
            ready, _, _ = select.select([child.stdout], [], [], TIMEOUT)
            if not ready:
                child.kill()
                child.wait()
                flagged.append(f"HANG  {name:16s} {units[current]!r} (over {TIMEOUT:.0f} s)")
                i = current + 1
                break
            line = child.stdout.readline()
            if not line:
                child.wait()
                if child.returncode:
                    err = child.stderr.read().strip().splitlines()
                    flagged.append(f"ERROR {name:16s} {units[current]!r}: {err[-1] if err else child.returncode}")
                    i = current + 1
                else:
                    i = len(units)
                break
            kind, index, *rest = line.split(" ", 2)
            current = int(index)
            if kind == "END":
                times = json.loads(rest[0])
                growth = SIZES[-1] / SIZES[0]
                if times[-1] > 0.3 and times[-1] > 1.5 * growth * times[0]:
                    flagged.append(f"SLOW  {name:16s} {units[current]!r} "
                                   + " -> ".join(f"{t:.3f}" for t in times) + f" s at {SIZES} characters")
        child.stdout.close()
        child.stderr.close()
    return flagged


def main() -> None:
    chosen = sys.argv[1].split(",") if len(sys.argv) > 1 else list(CONTAINERS)
    unknown = [c for c in chosen if c not in CONTAINERS]
    if unknown:
        sys.exit(f"unknown container(s): {', '.join(unknown)} (known: {', '.join(CONTAINERS)})")
    flagged: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for name in chosen:
            found = run_container(name, CONTAINERS[name], Path(tmp))
            flagged += found
            print(f"{name:16s} {len(found)} flagged", *found, sep="\n  " if found else " ", flush=True)
    print(f"{len(flagged)} flagged of {len(chosen)} containers at sizes {SIZES}")


if __name__ == "__main__":
    main()
