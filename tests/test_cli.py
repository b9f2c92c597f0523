"""CLI contract details that no single library module owns: what is checked before work starts."""

from __future__ import annotations

import subprocess
import sys

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
