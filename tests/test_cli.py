"""CLI contract details that no single library module owns: what is checked before work starts."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest


def _cli(*args: str, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "medkg.cli", *args], capture_output=True, timeout=120, cwd=cwd)


@pytest.mark.parametrize("args, says", [
    (("--format", "pdf"), "unknown report format 'pdf'"),
    (("-o", "no-such-dir/report.md"), "no such directory"),
])
def test_report_options_are_checked_before_the_store_is_read(tmp_path, args, says):
    """A wrong option must not cost the whole report first (seconds on a large graph): it is the
    error even where there is no store to read at all."""
    r = _cli("report", "papers-with-code", "--store", str(tmp_path / "no-store"), *args, cwd=tmp_path)
    err = r.stderr.decode()
    assert r.returncode == 1 and says in err, err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert not list(tmp_path.iterdir())  # nothing written


@pytest.mark.parametrize("fmt", ["nq", "trig", "ttl"])
def test_export_leaves_out_the_report_digests_and_nothing_else(seed_store_path, tmp_path, fmt):
    """The meta graph's report digests are the build's cache of the report, not data: an export has
    every other quad (the build's hashes too) and none of them."""
    import pyoxigraph as ox

    from medkg import vocab

    out = tmp_path / f"g.{fmt}"
    r = _cli("export", "--format", fmt, "--store", str(seed_store_path), "-o", str(out))
    assert r.returncode == 0, r.stderr.decode()
    rdf_format = {"nq": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG, "ttl": ox.RdfFormat.TURTLE}[fmt]
    exported = list(ox.parse(out.read_bytes(), format=rdf_format))
    st = ox.Store.read_only(str(seed_store_path))
    everything = list(st)
    assert any(q.predicate.value == vocab.reportDigest for q in everything)
    assert not any(q.predicate.value == vocab.reportDigest for q in exported)
    assert any(q.predicate.value == vocab.contentSha256 for q in exported)
    if fmt == "ttl":
        assert len(exported) == len({(q.subject, q.predicate, q.object) for q in everything
                                     if q.predicate.value != vocab.reportDigest})
    else:
        assert len(exported) == len(everything) - sum(q.predicate.value == vocab.reportDigest for q in everything)


def test_python_dash_m_medkg_is_the_medkg_command(tmp_path):
    """Where pip's scripts folder is not on PATH, ``python -m medkg`` is the same command: the same
    records, and the same one-line error with exit 1."""
    seed = Path(__file__).resolve().parents[1] / "data" / "lists" / "awesome-medical-research.md"
    via_m = subprocess.run([sys.executable, "-m", "medkg", "extract", str(seed), "--format", "jsonl"],
                           capture_output=True, timeout=120)
    via_cli = _cli("extract", str(seed), "--format", "jsonl")
    assert via_m.returncode == 0 and via_m.stdout == via_cli.stdout and via_m.stdout.count(b"\n") > 50
    missing = subprocess.run([sys.executable, "-m", "medkg", "extract", str(tmp_path / "nope.md")],
                             capture_output=True, timeout=120)
    assert missing.returncode == 1 and missing.stderr.count(b"\n") == 1 and b"Traceback" not in missing.stderr


def test_extract_reads_stdin_folders_and_keeps_going_past_an_unreadable_list(tmp_path):
    """``curl … | medkg extract -`` reads the pipe; a folder stands for its lists (as in ``build``);
    one unreadable list among several is a one-line error and exit 1, the others are still read."""
    import json

    from medkg.resources import bundled_lists_dir

    text = "# Reading\n\n- [U-Net](https://arxiv.org/abs/1505.04597v1) [code](https://github.com/a/unet)\n"
    r = subprocess.run([sys.executable, "-m", "medkg", "extract", "-"], input=text.encode(), capture_output=True,
                       timeout=120)
    assert r.returncode == 0, r.stderr.decode()
    (rec,) = [json.loads(x) for x in r.stdout.decode().splitlines()]
    assert (rec["source"], rec["line"], rec["kind"], rec["identifiers"]["arxiv"]) == ("stdin", 3, "paper", "1505.04597")

    folder = bundled_lists_dir()
    by_folder = _cli("extract", str(folder))
    by_files = _cli("extract", *sorted(str(p) for p in folder.glob("*.md")))
    assert by_folder.returncode == 0 and by_folder.stdout == by_files.stdout and by_files.stdout.count(b"\n") > 500

    (tmp_path / "notes.bin").write_bytes(b"")  # no list suffix: not read from a folder
    r = _cli("extract", str(tmp_path))
    assert r.returncode == 1 and r.stderr.decode().count("\n") == 1 and "no list in this folder" in r.stderr.decode()

    (tmp_path / "good.md").write_text(text, encoding="utf-8")
    for command in ("extract", "check"):
        r = _cli(command, str(tmp_path / "missing.md"), str(tmp_path / "good.md"))
        err = r.stderr.decode()
        errors = [line for line in err.splitlines() if line.startswith("error:")]
        assert r.returncode == 1 and len(errors) == 1 and "missing.md: no such file" in errors[0], err
        assert "Traceback" not in err and (b"U-Net" in r.stdout or "good: 1 entries" in err)
