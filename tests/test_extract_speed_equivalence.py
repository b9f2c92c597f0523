"""Extraction output is pinned: speed work on parse/classify/extract must not change a record.

``tests/data/extract_golden/seeds.jsonl`` holds every ``medkg extract`` record (the
``entry_record`` JSON contract, DESIGN §6) plus the list-level diagnostics of the five seed
lists and of the committed hostile files. It was written by the code *before* the extraction
speed work (commit f211cc8), then updated once for the one intended change of that work:
heading-block entry titles lose their section number (``#### 4.中文医学问答数据集`` →
``中文医学问答数据集``), and for the end-line fix of 2026-12-03 (an entry ends on its last line of text,
not on the blank line after it: 20 medical-nlp records) and Unicode composition on reading (hostile/controls.md:
combining marks composed, one info diagnostic), and for a712fh (hostile/urls.md: the text after an empty-text
link opening an item is its title, no longer its description). Any other difference is a regression.

Regenerate (only for an intended behaviour change, and say so in the commit):
``PYTHONPATH=src python tests/test_extract_speed_equivalence.py --write``
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from medkg.errors import SourceError
from medkg.extract import entry_record, extract_file

HERE = Path(__file__).resolve().parent
GOLDEN = HERE / "data" / "extract_golden" / "seeds.jsonl"
INPUTS = sorted((HERE.parent / "data" / "lists").glob("*.md")) + sorted((HERE / "data" / "hostile").glob("*.md"))


def _records(path: Path) -> list[dict]:
    name = f"{path.parent.name}/{path.name}"
    try:
        x = extract_file(path)
    except SourceError as exc:
        return [{"file": name, "error": str(exc).replace(str(path), name)}]  # no checkout path in the pin
    head = {"file": name, "list_diagnostics": [[d.line, d.code, d.message, d.severity] for d in x.diagnostics]}
    return [head] + [entry_record(e) for e in x.entries]


def _lines(path: Path) -> list[str]:
    return [json.dumps(r, ensure_ascii=False, sort_keys=True) for r in _records(path)]


def _golden() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    current = None
    for line in GOLDEN.read_text(encoding="utf-8").split("\n"):  # not splitlines: U+2028 is text
        if not line:
            continue
        rec = json.loads(line)
        if "file" in rec:
            current = rec["file"]
            out[current] = []
        out[current].append(line)
    return out


@pytest.fixture(scope="module")
def golden():
    return _golden()


@pytest.mark.parametrize("path", INPUTS, ids=lambda p: p.name)
def test_records_equal_golden(path, golden):
    name = f"{path.parent.name}/{path.name}"
    got = _lines(path)
    want = golden[name]
    assert len(got) == len(want), name
    for g, w in zip(got, want):
        assert g == w


def test_golden_covers_every_input(golden):
    assert sorted(golden) == sorted(f"{p.parent.name}/{p.name}" for p in INPUTS)


if __name__ == "__main__" and "--write" in sys.argv:
    GOLDEN.write_text("".join(line + "\n" for p in INPUTS for line in _lines(p)), encoding="utf-8")
