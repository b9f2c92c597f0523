"""Checks on medkg's own source that no linter here makes.

The parser's rule modules hold hundreds of module-level patterns written over many sessions; a name bound twice at
module level means every function that reads it at run time gets the later binding, while uses at import time got
the earlier one. That happened (``extract._SHORT_NAME``: a one-word tool-name pattern silently replaced by a
three-word one), so the source is scanned for it.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import medkg

SRC = Path(medkg.__file__).parent


def _module_level_bindings(tree: ast.Module) -> list[tuple[str, int]]:
    """(name, line) for every name a module's top-level statements bind: assignments, functions and classes."""
    bound: list[tuple[str, int]] = []
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            bound.append((node.name, node.lineno))
        elif isinstance(node, ast.Assign):
            bound += [(t.id, node.lineno) for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            bound.append((node.target.id, node.lineno))
    return bound


def test_the_scan_sees_a_rebound_name():
    tree = ast.parse("A = 1\ndef f():\n    return A\nA = 2\nclass A: pass\n")
    assert [name for name, _ in _module_level_bindings(tree)] == ["A", "f", "A", "A"]


def test_no_module_binds_a_name_twice():
    twice = []
    for path in sorted(SRC.rglob("*.py")):
        seen: dict[str, int] = {}
        for name, line in _module_level_bindings(ast.parse(path.read_text(encoding="utf-8"))):
            if name in seen and name != "__all__":
                twice.append(f"{path.relative_to(SRC)}: {name} at lines {seen[name]} and {line}")
            seen.setdefault(name, line)
    assert not twice, "\n".join(twice)


#: an audit round's name ("a728fx", "a392rn"): the letter a, three digits, two letters, a word of its own
_ROUND_NAME = re.compile(r"\ba[0-9]{3}[a-z]{2}\b")


def test_the_round_name_scan_sees_one():
    assert _ROUND_NAME.findall("# a728fx: a rule (a392rn); not a1234ab nor aa728fx") == ["a728fx", "a392rn"]


def test_no_audit_round_names_in_the_source():
    """A comment says what a rule is, not which audit round found it: the round's name means nothing to a reader of
    the code (the rounds are recorded in benchmarks/HISTORY.md and in the dialect files' EXPECTED comments)."""
    found = [f"{path.relative_to(SRC)}:{n}: {m}" for path in sorted(SRC.rglob("*.py"))
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             for m in _ROUND_NAME.findall(line)]
    assert not found, "\n".join(found)
