"""Extraction quality on hand-audited real lists: paper F1, paper→own-code pair F1, identifier recall (issue #2).

Not a speed benchmark: it prints the quality figures the audit rounds report. The audited texts and their truth are
not committed (other people's READMEs); an audit round saves them outside the repository, e.g.
``/tmp/audit/<round>/lists/<stem>.md`` and ``/tmp/audit/<round>/truth/<stem>.json``, and scores them with

    MEDKG_SRC=src python benchmarks/audit_score.py TRUTH_DIR LIST_DIR [--verbose] [--only STEM] [--json OUT]

``MEDKG_SRC`` picks the code under test (another worktree's ``src`` scores the same lists with other code: the
session's starting code gives "first reading" figures). ``--verbose`` lists every missed and extra paper, wrong
title, missed or wrong code pair and missed identifier.

TRUTH_DIR/<stem>.json = {"papers": [{"title": str, "ids": {"doi"|"arxiv"|"pmid"|"pmcid": str}, "code": "github.com/o/n" | null}],
                         "optional": [{"title": str, "ids": {...}}]}
LIST_DIR/<stem>.md = the list as fetched (never edited).
Metrics are those of tests/test_unseen_dialects.py: paper F1, paper->own-code pair F1, identifier recall, title accuracy.
"""
import json
import os
import re
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, os.environ.get("MEDKG_SRC", str(Path(__file__).resolve().parent.parent / "src")))
from rapidfuzz import fuzz  # noqa: E402

from medkg.extract import entry_record, extract_file  # noqa: E402
from medkg.ids import canonical_repo  # noqa: E402

try:  # a model's repository on Hugging Face, named as host/owner/name too ("…/Prism/tree/main" is ".../prism")
    from medkg.ids import huggingface_repo  # noqa: E402
except ImportError:  # older code under test
    def huggingface_repo(url):
        return None


def _norm(title):
    title = unicodedata.normalize("NFKC", title or "").casefold()
    return " ".join(re.sub(r"[\W_]+", " ", title).split())


def _same_work(title, ids, record):
    found = {k: str(v).lower() for k, v in record["identifiers"].items() if v}
    if any(found.get(k) == str(v).lower() for k, v in (ids or {}).items() if v):
        return True
    a, b = _norm(title), _norm(record["title"] or "")
    return bool(a and b) and (fuzz.ratio(a, b) >= 90 or (len(b) >= 15 and b in a) or (len(a) >= 15 and a in b))


def _repo(url):
    repo = canonical_repo(url) or huggingface_repo(url) or url
    return repo.lower().removeprefix("https://").removeprefix("http://").rstrip("/")


def score(truth, list_path, verbose=False):
    records = [entry_record(e) for e in extract_file(list_path).entries]
    papers = [r for r in records if r["kind"] == "paper"]
    expected = [(p["title"], {k: v for k, v in (p.get("ids") or {}).items() if v}, (p.get("code") or None))
                for p in truth.get("papers", [])]
    optional = [(p["title"], {k: v for k, v in (p.get("ids") or {}).items() if v}) for p in truth.get("optional", [])]
    matched = {}
    # matching in passes, strongest evidence first: a shared identifier, then a near-equal title, then containment
    def by_id(t, ids, r):
        found = {k: str(v).lower() for k, v in r["identifiers"].items() if v}
        return any(found.get(k) == str(v).lower() for k, v in (ids or {}).items() if v)
    def by_ratio(t, ids, r):
        a, b = _norm(t), _norm(r["title"] or "")
        return bool(a and b) and fuzz.ratio(a, b) >= 90
    def by_id_and_title(t, ids, r):
        # (first: where a data set's row cites the same paper as the paper's own row, by its identifier, the paper's
        # own record, titled as the truth titles it, is the match; the row's is then matched by identifier or is
        # optional)
        return by_id(t, ids, r) and by_ratio(t, ids, r)
    taken = set()
    for test in (by_id_and_title, by_id, by_ratio, lambda t, ids, r: _same_work(t, ids, r)):
        for i, r in enumerate(papers):
            if i in taken:
                continue
            hit = next((j for j, (t, ids, _) in enumerate(expected) if j not in matched and test(t, ids, r)), None)
            if hit is not None:
                matched[hit] = i
                taken.add(i)
    extras = [r for i, r in enumerate(papers) if i not in taken
              and not any(_same_work(t, ids, r) for t, ids in optional)]
    tp = len(matched)
    want_pairs = {(j, _repo(c)) for j, (_, _, c) in enumerate(expected) if c}
    got_pairs = set()
    for j, i in matched.items():
        got_pairs |= {(j, _repo(l["url"])) for l in papers[i]["links"] if l["role"] == "code"}
    # (a record matching an optional work is neither right nor wrong, its code neither: a work repeated in another
    # section, a work cited in passing)
    extra_ids = {id(r) for r in extras}
    unmatched_code = [(r["title"], l["url"]) for i, r in enumerate(papers) if i not in matched.values()
                      and id(r) in extra_ids for l in r["links"] if l["role"] == "code"]
    pair_tp = len(want_pairs & got_pairs)
    want_ids = {(k, str(v).lower()) for _, ids, _ in expected + [(t, i, None) for t, i in optional] for k, v in ids.items()}
    got_ids = {(k, str(v).lower()) for r in records for k, v in r["identifiers"].items() if v}
    titles_ok = sum(1 for j, i in matched.items()
                    if fuzz.ratio(_norm(expected[j][0]), _norm(papers[i]["title"] or "")) >= 90)
    n = len(expected)
    s = {
        "n": n, "got": len(papers),
        "paper_f1": (2 * tp / (n + tp + len(extras))) if (n or extras) else 1.0,
        "pair_f1": 2 * pair_tp / (len(want_pairs) + len(got_pairs) + len(unmatched_code)) if want_pairs else (
            0.0 if got_pairs or unmatched_code else 1.0),
        "id_recall": len(want_ids & got_ids) / len(want_ids) if want_ids else 1.0,
        "titles": (titles_ok / n) if n else 1.0,
    }
    if verbose:
        print("  MISSED papers:")
        for j, (t, ids, c) in enumerate(expected):
            if j not in matched:
                print(f"    - {t!r} {ids} code={c}")
        print("  EXTRA papers (not in truth):")
        for r in extras:
            print(f"    + L{r['line']} {r['title']!r} {dict((k, v) for k, v in r['identifiers'].items() if v)}")
        print("  WRONG titles:")
        for j, i in matched.items():
            if fuzz.ratio(_norm(expected[j][0]), _norm(papers[i]["title"] or "")) < 90:
                print(f"    ~ want {expected[j][0]!r}\n      got  L{papers[i]['line']} {papers[i]['title']!r}")
        print("  MISSED code pairs:", sorted(want_pairs - got_pairs))
        print("  WRONG code pairs:", sorted(got_pairs - want_pairs), "unmatched-paper code:", unmatched_code[:10])
        print("  MISSED ids:", sorted(want_ids - got_ids))
    return s


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    verbose = "--verbose" in argv
    only = argv[argv.index("--only") + 1] if "--only" in argv else None
    out = argv[argv.index("--json") + 1] if "--json" in argv else None
    if only:
        args = [a for a in args if a != only]
    if out:
        args = [a for a in args if a != out]
    truth_dir, list_dir = Path(args[0]), Path(args[1])
    results = {}
    for tf in sorted(truth_dir.glob("*.json")):
        stem = tf.stem
        if only and stem != only:
            continue
        lp = list_dir / f"{stem}.md"
        if not lp.exists():
            print(f"{stem}: list missing", file=sys.stderr)
            continue
        if verbose:
            print(f"== {stem}")
        s = score(json.loads(tf.read_text(encoding="utf-8")), lp, verbose)
        results[stem] = s
        ok = s["paper_f1"] >= 0.95 and s["pair_f1"] >= 0.95 and s["id_recall"] >= 0.97
        print(f"{'ok ' if ok else 'LOW'} P={s['paper_f1']:.2f} C={s['pair_f1']:.2f} I={s['id_recall']:.2f} "
              f"T={s['titles']:.2f} n={s['n']} got={s['got']}  {stem}")
    if results:
        k = len(results)
        mean = {m: sum(r[m] for r in results.values()) / k for m in ("paper_f1", "pair_f1", "id_recall")}
        n_ok = sum(1 for r in results.values() if r["paper_f1"] >= 0.95 and r["pair_f1"] >= 0.95 and r["id_recall"] >= 0.97)
        print(f"TOTAL {n_ok}/{k} ok; means P={mean['paper_f1']:.3f} C={mean['pair_f1']:.3f} I={mean['id_recall']:.3f}")
    if out:
        Path(out).write_text(json.dumps(results, indent=1))


if __name__ == "__main__":
    main(sys.argv[1:])
