"""Which lists' entries a code change moves: extract the same files with two source trees and print the records
that differ (kind, title, identifiers, links and roles, authors, year, venue).

Why: every parser rule is a guess about how lists are written; a new rule is kept only when every entry it
changes, on the seeds, the dialect files and the audited lists, changes for the better. Run it before each commit
that touches extraction, with the old code in a worktree:

    git worktree add --detach /tmp/base HEAD
    python benchmarks/record_diff.py /tmp/base/src src [MORE_FILES_OR_DIRS …]

Without extra arguments it reads ``data/lists/*.md`` and ``tests/data/dialects/*.md``; directories given are read
for ``*.md`` (e.g. ``/tmp/audit/*/lists``). Each side runs in its own process (the two trees are both ``medkg``).
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
#: characters of a record shown (MEDKG_RECORD_WIDTH widens it when two records differ past it)
WIDTH = int(__import__("os").environ.get("MEDKG_RECORD_WIDTH", "230"))

#: what one process prints for each file: its records, or the error it raised
_DUMP = r"""
import json, sys
sys.path.insert(0, sys.argv[1])
from medkg.extract import entry_record, extract_file
out = {}
for f in sys.argv[3:]:
    try:
        recs = [entry_record(e) for e in extract_file(f).entries]
        out[f] = [[r["line"], r["kind"], r["title"], sorted((k, v) for k, v in r["identifiers"].items() if v),
                   [[l["url"], l["role"]] for l in r["links"]], r.get("authors"), r.get("year"), r.get("venue")]
                  for r in recs]
    except Exception as e:
        out[f] = f"ERROR {type(e).__name__}: {e}"
json.dump(out, open(sys.argv[2], "w"))
"""


def _files(args: list[str]) -> list[str]:
    found: list[Path] = []
    for a in args or [str(REPO / "data" / "lists"), str(REPO / "tests" / "data" / "dialects")]:
        p = Path(a)
        found.extend(sorted(p.glob("*.md")) if p.is_dir() else [p])
    return [str(p) for p in found]


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__)
        return 2
    old_src, new_src, files = argv[0], argv[1], _files(argv[2:])
    with tempfile.TemporaryDirectory() as tmp:
        outs = [str(Path(tmp) / "old.json"), str(Path(tmp) / "new.json")]
        procs = [subprocess.Popen([sys.executable, "-c", _DUMP, src, out, *files])
                 for src, out in zip((old_src, new_src), outs)]
        if any(p.wait() != 0 for p in procs):
            print("extraction process failed", file=sys.stderr)
            return 1
        old, new = (json.loads(Path(o).read_text()) for o in outs)
    changed = 0
    for f in files:
        a, b = old.get(f), new.get(f)
        if a == b:
            continue
        changed += 1
        if isinstance(a, str) or isinstance(b, str):
            print(f"CHANGED {f}: {str(a)[:100]} -> {str(b)[:100]}")
            continue
        sa, sb = {json.dumps(r, ensure_ascii=False) for r in a}, {json.dumps(r, ensure_ascii=False) for r in b}
        print(f"CHANGED {f}: -{len(sa - sb)} +{len(sb - sa)}")
        for r in sorted(sa - sb)[:8]:
            print("   -", r[:WIDTH])
        for r in sorted(sb - sa)[:8]:
            print("   +", r[:WIDTH])
    print(f"{changed} of {len(files)} files changed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
