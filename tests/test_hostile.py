"""Hostile list files through ``medkg extract`` and ``medkg build`` (the real CLI, in a subprocess).

Each file of the corpus (``tests/data/hostile/corpus.py``: binary, empty, UTF-16, GB18030,
Big5, Latin-1, BOM, NUL, CR-only, CRLF, a 20 MB line, 3,000 nested levels, 100,000 ``[``, a
200 kB URL, hostile URLs and HTML…) must give either a clean result — exit 0, the right text
for its encoding, a store that opens, parses as N-Quads and passes SHACL — or a one-line
``error:`` with exit code 1. Never a traceback, never an invalid store. Subprocess timeouts
are hang guards only (minutes, far above the seconds these take); memory is bounded by the
peak RSS of the child (``os.wait4``), which is not a timing assertion.
"""

from __future__ import annotations

import importlib.util
import json
import os
import signal
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
import pytest

from medkg import extract, ids, vocab
from medkg.errors import SourceError
from medkg.sources import read_source
from medkg.store import EmbeddedStore

REPO = Path(__file__).resolve().parent.parent
HOSTILE = REPO / "tests" / "data" / "hostile"
P = vocab.sparql_prefixes()

#: Hang guards (seconds): generous, only there so that a hang fails instead of blocking CI.
SMALL_TIMEOUT = 120
BIG_TIMEOUT = 600
#: Peak resident memory any hostile file may cost the CLI (the biggest input is 20 MB).
MAX_RSS_MB = 1500


def _load_corpus():
    spec = importlib.util.spec_from_file_location("hostile_corpus", HOSTILE / "corpus.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while building the class
    spec.loader.exec_module(module)
    return module


CORPUS = _load_corpus()
CASES = CORPUS.cases()
SMALL = [c for c in CASES if not c.big]


def _param(case):
    return pytest.param(case, id=case.name, marks=[pytest.mark.slow] if case.big else [])


# ----------------------------------------------------------------------------- running the CLI
@dataclass
class CliResult:
    returncode: int
    stdout: bytes
    stderr: str
    max_rss_mb: float

    @property
    def error_lines(self) -> list[str]:
        return [line for line in self.stderr.splitlines() if line.strip()]


def cli_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    env = {**os.environ, **(extra or {})}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO / "src"), env.get("PYTHONPATH")]))
    env.setdefault("COLUMNS", "200")
    return env


def cli_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "medkg.cli", *map(str, args)]


def run_cli(*args: str, cwd: Path | None = None, timeout: float = SMALL_TIMEOUT,
            env: dict[str, str] | None = None) -> CliResult:
    """Run ``medkg ARGS`` and measure the child's peak RSS; a hang past ``timeout`` fails the test.

    Output goes to temporary files, not pipes: a 20 MB JSONL must not deadlock on a full pipe.
    """
    import subprocess

    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(cli_command(*args), cwd=cwd, stdout=out, stderr=err, stdin=subprocess.DEVNULL,
                                env=cli_env(env))
        deadline = time.monotonic() + timeout
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() > deadline:
                proc.kill()
                os.wait4(proc.pid, 0)
                proc.returncode = -signal.SIGKILL
                pytest.fail(f"medkg {' '.join(map(str, args))} still running after {timeout} s (hang guard)")
            time.sleep(0.05)
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return CliResult(proc.returncode, out.read(), err.read().decode("utf-8", "replace"), usage.ru_maxrss / 1024)


def assert_one_line_error(r: CliResult, contains: str = "") -> None:
    assert r.returncode == 1, (r.returncode, r.stderr[-2000:])
    assert "Traceback" not in r.stderr, r.stderr[-4000:]
    assert len(r.error_lines) == 1, r.stderr[-2000:]
    assert r.error_lines[0].startswith("error: "), r.error_lines
    assert contains in r.error_lines[0], (contains, r.error_lines[0])


def assert_clean_exit(r: CliResult) -> None:
    assert "Traceback" not in r.stderr, r.stderr[-4000:]
    assert r.returncode == 0, (r.returncode, r.stderr[-2000:])


# ----------------------------------------------------------------------------- the files
_generated: dict[str, Path] = {}


@pytest.fixture(scope="module")
def big_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("hostile-big")


def case_path(case, big_dir: Path) -> Path:
    if not case.big:
        return HOSTILE / case.name
    if case.name not in _generated:
        p = big_dir / case.name
        p.write_bytes(case.make())
        _generated[case.name] = p
    return _generated[case.name]


def test_committed_files_are_the_corpus():
    """The committed files are exactly what ``corpus.py`` makes (regenerate, never hand-edit)."""
    names = {p.name for p in HOSTILE.iterdir() if p.is_file()} - {"corpus.py"}
    assert names == {c.name for c in SMALL}
    for c in SMALL:
        assert (HOSTILE / c.name).read_bytes() == c.make(), c.name
    assert all(len(c.make()) < 20_000 for c in SMALL)  # big inputs are generated at test time


def test_png_is_a_real_image():
    """The image sample is a complete PNG (CRCs right), not merely a PNG signature."""
    import struct
    import zlib

    data = CORPUS.tiny_png()
    pos, kinds = 8, []
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos:pos + 4])
        kind, body = data[pos + 4:pos + 8], data[pos + 8:pos + 8 + length]
        (crc,) = struct.unpack(">I", data[pos + 8 + length:pos + 12 + length])
        assert zlib.crc32(kind + body) & 0xFFFFFFFF == crc
        kinds.append(kind)
        pos += 12 + length
    assert kinds == [b"IHDR", b"IDAT", b"IEND"]


@pytest.mark.parametrize("case", SMALL, ids=lambda c: c.name)
def test_sources_reads_the_right_text(case):
    """In process: the decoded text is exactly right, or a SourceError with a clear message."""
    path = HOSTILE / case.name
    if case.outcome == "error":
        with pytest.raises(SourceError) as info:
            read_source(path)
        assert case.error_contains in str(info.value)
        assert "\n" not in str(info.value)
        return
    src = read_source(path)
    if case.decoded is not None:
        assert src.text == case.decoded
    assert "\x00" not in src.text and "\r" not in src.text


# ----------------------------------------------------------------------------- medkg extract
def _strings(record: dict) -> list[str]:
    out = [record["title"], record.get("description") or "", *record["topic"], *record["authors"]]
    for link in record["links"]:
        out += [link["url"], link["label"]]
    return out


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_extract_cli(case, big_dir, tmp_path):
    path = case_path(case, big_dir)
    r = run_cli("extract", path, cwd=tmp_path, timeout=BIG_TIMEOUT if case.big else SMALL_TIMEOUT)
    assert r.max_rss_mb < MAX_RSS_MB, f"peak RSS {r.max_rss_mb:.0f} MB"
    if case.outcome == "error":
        assert_one_line_error(r, case.error_contains)
        assert r.stdout == b""
        return
    assert_clean_exit(r)
    text = r.stdout.decode("utf-8")  # strict: the output is valid UTF-8
    lines = text.split("\n")  # JSONL is split on \n only (U+2028 may occur inside a record)
    assert lines[-1] == ""
    records = [json.loads(line) for line in lines[:-1]]
    assert len(records) >= case.min_entries
    slug = ids.slug(path.stem)
    n_lines = read_source(path).text.count("\n") + 1
    for rec in records:
        assert rec["source"] == slug
        assert 1 <= rec["line"] <= rec["end_line"] <= n_lines + 1
    titles = {rec["title"] for rec in records}
    missing = [t for t in case.titles if t not in titles]
    assert not missing, f"titles not extracted: {missing}"
    blob = "\n".join(s for rec in records for s in _strings(rec))
    assert not [t for t in case.texts if t not in blob]
    urls = {link["url"] for rec in records for link in rec["links"]}
    assert not [u for u in case.urls if u not in urls]


# ----------------------------------------------------------------------------- medkg build
def _list_graphs(st: EmbeddedStore) -> list[str]:
    return [g for g in st.named_graphs() if "/graph/list/" in g]


def assert_store_valid(store: Path) -> int:
    """The store opens, every quad parses back as N-Quads; returns the number of quads."""
    st = EmbeddedStore(store, read_only=True)
    try:
        data = st.dump("nq")
        quads = list(ox.parse(data, format=ox.RdfFormat.N_QUADS))
        assert len(quads) == data.count(b"\n")
        return len(quads)
    finally:
        st.close()


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_build_cli(case, big_dir, tmp_path):
    path = case_path(case, big_dir)
    store = tmp_path / "store"
    r = run_cli("build", path, "--store", store, "--no-enrich", cwd=tmp_path,
                timeout=BIG_TIMEOUT if case.big else SMALL_TIMEOUT)
    assert r.max_rss_mb < MAX_RSS_MB, f"peak RSS {r.max_rss_mb:.0f} MB"
    if case.outcome == "error":
        assert_one_line_error(r, case.error_contains)
        if store.exists():
            assert_store_valid(store)
            st = EmbeddedStore(store, read_only=True)
            assert _list_graphs(st) == []
            st.close()
        return
    assert_clean_exit(r)
    assert assert_store_valid(store) > 0
    st = EmbeddedStore(store, read_only=True)
    try:
        slug = ids.slug(path.stem)
        assert _list_graphs(st) == [vocab.list_graph(vocab.DEFAULT_BASE, slug)]
        rows = list(st.query(P + "SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m a mkg:Mention ; mkg:entryKind ?k . "
                                 "FILTER NOT EXISTS { ?m mkg:linkRole ?r } }"))
        assert int(rows[0]["n"].value) >= case.min_entries
        if not case.big:
            from medkg.validate import validate

            report = validate(st)
            assert report.conforms, report
    finally:
        st.close()


def test_build_whole_corpus_folder(tmp_path):
    """All committed files in one build: unreadable ones are skipped *and said*, the rest built;
    a second build writes nothing."""
    store = tmp_path / "store"
    r = run_cli("build", HOSTILE, "--store", store, "--no-enrich", cwd=tmp_path)
    assert_clean_exit(r)
    listed = [c for c in SMALL if Path(c.name).suffix == ".md"]
    for c in listed:
        if c.outcome == "error":
            assert f"skipped {HOSTILE / c.name}" in " ".join(r.stderr.split()), c.name
    st = EmbeddedStore(store, read_only=True)
    try:
        graphs = set(_list_graphs(st))
    finally:
        st.close()
    expected = {vocab.list_graph(vocab.DEFAULT_BASE, ids.slug(Path(c.name).stem)) for c in listed if c.outcome == "ok"}
    assert graphs == expected
    assert_store_valid(store)
    again = run_cli("build", HOSTILE, "--store", store, "--no-enrich", cwd=tmp_path)
    assert_clean_exit(again)
    assert again.stderr.count("unchanged") == len(expected)


# ----------------------------------------------------------------------------- bugs found here
def test_deep_nesting_is_not_lost_silently():
    """Regression (found here, fixed in parse): items nested past the depth limit were merged into
    their ancestor without a word."""
    from medkg.model import SourceText

    depth = 70
    text = "# Deep\n\n" + "".join(f"{'  ' * i}- level {i} [l{i}](https://example.org/n/{i})\n" for i in range(depth))
    x = extract.extract_source(SourceText("deep.md", "deep", text, "0" * 64, "utf-8", len(text)))
    assert len(x.entries) == depth or any(d.line > 1 for d in x.all_diagnostics if "nest" in d.message.lower()
                                          or "depth" in d.message.lower() or "deep" in d.code)


def _front_matter_bombs() -> list[tuple[str, bytes]]:
    """YAML front matter built to hurt a reader: aliases nine deep ("billion laughs", 9**9 references to
    one list when walked naively) and 20,000 nested flow lists (past Python's recursion limit in PyYAML)."""
    laughs = ["---", 'a: &a [' + ", ".join(['"lol"'] * 9) + "]"]
    for i, name in enumerate("bcdefghi"):
        laughs.append(f"{name}: &{name} [" + ", ".join([f"*{'abcdefghi'[i]}"] * 9) + "]")
    laughs += ["text: |-", "  - [Attention U-Net: Learning Where to Look for the Pancreas](https://arxiv.org/abs/1804.03999)",
               "---", "", "- [nnU-Net](https://github.com/MIC-DKFZ/nnUNet)", ""]
    deep = "---\nx: " + "[" * 20_000 + "]" * 20_000 + "\n---\n\n- [nnU-Net](https://github.com/MIC-DKFZ/nnUNet)\n"
    return [("alias bomb", "\n".join(laughs).encode()), ("20,000 nested lists", deep.encode())]


@pytest.mark.parametrize("what,data", _front_matter_bombs(), ids=["alias-bomb", "deep-nesting"])
def test_hostile_front_matter_is_read_in_bounded_time(tmp_path, what, data):
    """Regression (found here, fixed in mdtree: the front-matter walk followed every alias, 9**9 visits; deep
    nesting crashed PyYAML with RecursionError). Hang guard, not a speed test: the list below is still read."""
    r = _extract_within(tmp_path, data, 45, what)
    assert r.returncode == 0, r.stderr.decode()[-500:]
    titles = [json.loads(line)["title"] for line in r.stdout.decode().splitlines() if line.strip()]
    assert "nnU-Net" in titles


@pytest.mark.parametrize("item", [
    "<script>alert(1)</script> Segmentation with U-Net [`paper`](https://arxiv.org/abs/1505.04597)",
    "<details><summary>More</summary> [Other](https://example.org/y)",
])
def test_html_block_item_is_not_dropped_silently(item):
    """Regression (found here, fixed in parse): an item whose content is a raw HTML block was dropped."""
    from medkg.model import SourceText

    text = f"# T\n\n- {item}\n- [Fine](https://example.org/z)\n"
    x = extract.extract_source(SourceText("h.md", "h", text, "0" * 64, "utf-8", len(text)))
    assert [e.title for e in x.entries if e.line == 4] == ["Fine"]
    assert any(e.line == 3 for e in x.entries) or any(d.line == 3 for d in x.all_diagnostics)


def _extract_within(tmp_path, data: bytes, seconds: int, what: str):
    """``medkg extract`` of ``data`` as a process, failed if it runs past ``seconds`` (a hang guard, not a
    speed test: the inputs are sized so that the code before each fix takes minutes)."""
    import subprocess

    path = tmp_path / "hostile.md"
    path.write_bytes(data)
    try:
        return subprocess.run(cli_command("extract", path), cwd=tmp_path, capture_output=True, env=cli_env(),
                              timeout=seconds)
    except subprocess.TimeoutExpired:
        pytest.fail(f"extract of {what} did not finish within the {seconds} s hang guard")


def test_unbalanced_brackets_are_linear(tmp_path):
    """Regression (found here, fixed in parse: titles were trimmed in quadratic time, 100,000 `[` took
    ~9 s and 300,000 minutes). Hang guard, not a speed test: linear work on 300 kB takes seconds."""
    r = _extract_within(tmp_path, b"# B\n\n- " + b"[" * 300_000 + b"\n- [After](https://example.org/after)\n", 45,
                        "300,000 `[`")
    assert r.returncode == 0


@pytest.mark.slow
def test_a_section_of_many_bare_names_is_linear(tmp_path):
    """Regression (found by a scaling probe, fixed in extract: ``_bare_names_among_resources`` counted a section's
    linked siblings once per bare name, so one section of 32,000 linked names took 39 s and the time per line grew
    with the section). Hang guard, not a speed test: 50,000 such lines take about ten seconds now, minutes before."""
    body = b"".join(b"- [Paper %d](https://arxiv.org/abs/2101.%05d)\n" % (i, i) for i in range(50_000))
    r = _extract_within(tmp_path, b"# Papers\n\n" + body, 75, "one section of 50,000 linked names")
    assert r.returncode == 0 and r.stdout.count(b"\n") == 50_000


@pytest.mark.slow
def test_a_page_of_many_html_cards_is_linear(tmp_path):
    """Regression (found by a scaling probe, fixed in mdtree: rejoining a raw-HTML card grid that blank lines broke
    found each block by a scan of its parent, so a page of 16,000 cards took 12 s and the time per card grew with
    the page). Hang guard, not a speed test: 60,000 cards take 15–20 s on a 2-core machine (65 s in the 36th
    session, when a badge box test scanned its parent for every HTML block: quadratic again). (Cards
    without the grid's outer row, each its own HTML block, are what made the scans long; they give no entry.)"""
    card = ('<div><h5><a href="https://example.org/%d.pdf">%d. Title of paper %d</a></h5>\n\n'
            '    <p>Ana Souza, Li Wei</p>\n    </div>\n')
    body = "".join(card % (i, i, i) for i in range(60_000)).encode()
    r = _extract_within(tmp_path, b"# Accepted papers\n\n" + body, 75, "a page of 60,000 HTML cards")
    assert r.returncode == 0


@pytest.mark.parametrize("item", [
    # classify: the "PyTorch (porter)" label test backtracked over the whole label (16,000 characters 1.6 s)
    b"- Title of a paper [[PyTorch" + b" -" * 100_000 + b"](https://github.com/a/b)]",
    # ids: a bioRxiv "early" path's id backtracked digit by digit (8,000 digits 0.1 s, quadratic)
    b"- Title of a paper [pdf](https://www.biorxiv.org/content/biorxiv/early/2023/07/12/" + b"1" * 200_000
    + b".1.pdf) [[code]](https://github.com/a/b)",
    # the five below: helper-33's audit of every regex (timings before the fix, regex alone)
    # extract._PAREN_VENUE cut one bracketed word into up to six pieces every way (80 letters: 36 s)
    b"- [Deep learning for things (" + b"a" * 100 + b")](https://arxiv.org/abs/2101.00001)",
    # inline._YEAR_TRAILER on a numbered reference's lead with a long space run (32,000 spaces: 14 s)
    b"1. Smith J, Doe A. Deep learning for" + b" " * 150_000 + b"things. Nature 2020;1:1-9.",
    # inline._ETAL_TRAILER on an item's lead (32,000 spaces: 4.5 s)
    b"- Deep learning for things, Smith" + b" " * 150_000 + b"J et al [paper](https://example.org/p)",
    # tables._LABEL_PIECES on a cell's only link text (32,000 spaces: 4.1 s)
    b"| Paper | Year |\n|---|---|\n| [Deep" + b" " * 150_000 + b"learning](https://example.org/x) | 2020 |",
    # extract._PAREN_ETAL and its neighbours on a raw cell title (32,000 spaces: 11 s)
    b"| Paper | Year |\n|---|---|\n| [*" + b" " * 150_000 + b"*](https://arxiv.org/abs/2101.00002) | 2021 |",
    # inline._INVERTED_INITIALS_BYLINE after a short bold title: "and" read both as the names' joint and as a
    # surname's particle backtracked exponentially in the names (26 of them: 25 s)
    b"- **Interpretable Learning** *" + b", and ".join([b"Ab, A."] * 40) + b" !* [paper](https://example.org/p)",
    # blocks._CLIP_SOURCE_LINE / _CLIP_GLUED_ABSTRACT on a file of clipped pages: "From", a space run, no address
    # (two space runs either side of an optional "<": 50,000 spaces took 9.7 s)
    b"From" + b" " * 150_000 + b"x\n\nA Clipped Work About Things" + b" " * 150_000 + b"x\n\n"
    + b"From <https://arxiv.org/abs/2101.00003>\n\nAnother Clipped Work About Things\n\n"
    + b"From <https://arxiv.org/abs/2101.00004>",
    # inline._cut_year_trailer peeled a lead's closing separators one by one, recursively: 1,000 " | " raised
    # RecursionError (a traceback, exit 1), and each peel searched the whole lead again (quadratic)
    b"- Title of a paper" + b" |" * 100_000,
    # extract._stamped_year searched all the note before each year for "updated"/"accessed" (12,000 characters of
    # "2020 " took 3.6 s, quadratic)
    b"- [Title of a paper](https://arxiv.org/abs/2101.00005) " + b"2020 " * 40_000 + b"[code](https://github.com/a/b)",
    # blocks._ET_AL_CLOSE on an Authors cell: "\s*,?\s*" split a space run every way from every space (1,200
    # spaces: 32 s, cubic)
    b"| Title | Authors |\n|---|---|\n| [Deep learning for things](https://arxiv.org/abs/2101.00006) | Smith"
    + b" " * 150_000 + b"x |",
    # citation._ET_AL_END / _OTHERS_END and extract._AND_SEPARATOR on an "Authors:" sub-bullet's space run (12,000
    # spaces: 4.7 s, quadratic: each tried from every space of the run)
    b"- [Deep learning for things](https://arxiv.org/abs/2101.00007)\n  - Authors: Smith" + b" " * 150_000 + b"x",
], ids=["code-label", "biorxiv-early-path", "paren-venue-word", "year-trailer-spaces", "etal-trailer-spaces",
        "cell-label-spaces", "cell-raw-title-spaces", "inverted-initials-and-joints", "clip-trailer-spaces",
        "closing-separators", "many-year-stamps", "authors-cell-spaces",
        "authors-field-spaces"])
def test_long_link_parts_are_linear(tmp_path, item):
    """Regressions found here (quadratic regexes over a link's label or address; 200,000 characters would
    take minutes). Hang guard only, not a speed test."""
    r = _extract_within(tmp_path, b"# L\n\n" + item + b"\n", 45, "a 150,000-200,000-character link part")
    assert r.returncode == 0 and r.stdout.count(b"\n") >= 1


_TABLE = b'<table><tr><td><a href="https://e.org/x">t</a></td></tr></table>'
_CELL = b'<td colspan=100 rowspan=100><a href="https://e.org/x">x</a></td>'


@pytest.mark.parametrize("body", [
    # the rest are helper-40's fuzzing (times before the fix; CLI on 2 shared cores). html.parser (3.11)
    # rescans the rest of an HTML block for every construct it cannot close:
    _TABLE + b"<a x" * 40_000,  # 80 kB took 35 s, exponent 2: this 160 kB, minutes
    _TABLE + b"<!-- a>" * 100_000,  # 180 kB took 6.5 s, exponent 2: this 700 kB, about 100 s
    _TABLE + b"<!-- x" * 40_000,  # 240 kB: past 60 s
    b"- <div>" + _TABLE + b"<a x" * 30_000,  # inside an item: 40 kB took 12.9 s; this 120 kB, about 2 min
    # an HTML table: 1,000 cells of colspan and rowspan 100 over 2,000 short rows (158 s, 3.3 GB), and one
    # wide row over many one-cell rows (ragged: quadratic column scans)
    b"<table><tr>" + _CELL * 1_000 + b"</tr>" + b"<tr><td>y</td></tr>" * 2_000 + b"</table>",
    b"<table><tr>" + b'<td><a href="https://e.org/x">x</a></td>' * 20_000 + b"</tr>"
    + b"<tr><td>y</td></tr>" * 20_000 + b"</table>",  # 480 kB took 14 s, exponent 2: this 1.2 MB, minutes
    # 64,000 autolinks / 80,000 bare URLs on one line: each checked against every link (minutes, 10 s)
    b"-  " + b"<https://e.org/x> " * 64_000,
    b"- " + b"https://e.org/x " * 240_000,  # 80,000 took 10 s, exponent up to 2.5: this many, minutes
    # a "Code:" field line of 40,000 links: every link's text replaced in the whole value (13 s)
    b"- [Paper title](https://arxiv.org/abs/2101.00001)\n  - Code: "
    + b" ".join(b"[t%d](https://e.org/%d)" % (i, i) for i in range(120_000)),  # 40,000: 13 s; this, 2 min
    # one 800 kB line of mojibake: every gap scanned for every chunk (29 s)
    b"- " + "Été café — “quoted” ".encode().decode("cp1252", errors="replace").encode() * 60_000,  # 800 kB: 29 s
    # an HTML page's line-record block (mdtree._expand_html_line_records): a "<br" then 200,000 spaces took 35 s
    b"<h2>T</h2>\n<a href=x>t</a><br" + b" " * 600_000 + b"x\n" + b'<a href="https://a.b">Title words here</a><br>\n' * 3,
    # a paper box's title element left unclosed on a long line (mdtree._TEXT_ELEMENT_LINE): 32 kB took 3.5 s
    b'<div class="paper-title">T</div>\n<div class="paper-title">' + b"a" * 400_000 + b"\n",
    # regroup.lazy_linked_lines copied the list's text up to each line opening with a link (240,000 lines: 23 s)
    b"- a note\n" + b"[a](https://e.org/x) b\n" * 500_000,
], ids=["unclosed-starttags", "unclosed-comments-closed-later", "unclosed-comments", "item-unclosed-starttags",
        "html-colspan-rowspan", "html-ragged-rows", "autolinks-one-line", "bare-urls-one-line",
        "field-line-many-links", "mojibake-long-line", "html-line-record-break-spaces", "paper-box-unclosed-title",
        "lazy-linked-lines"])
@pytest.mark.slow
def test_fuzzed_inputs_stay_linear(tmp_path, body):
    """Hang guard only, not a speed test: each input is sized so that the quadratic code before its fix
    takes minutes (measured at a smaller size, times above) and the linear code seconds."""
    r = _extract_within(tmp_path, b"# T\n\n## S\n\n" + body + b"\n", 60, "a fuzzed input")
    assert r.returncode == 0 and b"Traceback" not in r.stderr, r.stderr[-2000:]


@pytest.mark.parametrize("text, title", [
    # html.parser raised AssertionError on a "<![" it cannot name: a traceback, exit 1
    ('# T\n\n<table><tr><td><a href="https://e.org/x">Title of the work</a></td></tr></table><![ x\n', "Title of the work"),
    # a headerless HTML table with a short row: IndexError on the missing header of the title column
    ('<table>\n<tr><td>9/10/19</td><td>Pruning</td><td><a href="https://arxiv.org/abs/1905.13678">Learning Sparse '
     'Networks Using Targeted Dropout</a></td><td>Aidan N. Gomez, Ivan Zhang</td></tr>\n<td>Mixup</td>\n</tr>\n',
     "Learning Sparse Networks Using Targeted Dropout"),
    # (ninth session's fuzzing) a read-mark task whose only link is the reader's note, in a section with no
    # link-less task: KeyError on that section's task counts
    ("# Notes\n\n## Reading\n- [ ] Attention Is All You Need\n\n## Related work\n- [x] Gulshan, V., Peng, L., "
     "Coram, M., Development and validation of a deep learning algorithm\n<https://github.com/reader-kim/paper_study/"
     "blob/master/Attention-Gated_Networks.md>\n- Deep Residual Learning for Image Recognition\n",
     "Deep Residual Learning for Image Recognition"),
    # (twelfth session) a span that is a digit to str.isdigit but not to int(): "²" raised ValueError in the
    # table reader, which dropped the whole table without a word
    ('# T\n\n<table>\n<tr><th>Title</th><th>Code</th></tr>\n<tr><td colspan="²"><a href="https://arxiv.org/abs/'
     '2101.01234">Segmenting tumours with few labels</a></td><td><a href="https://github.com/a/b">code</a></td></tr>\n'
     '</table>\n', "Segmenting tumours with few labels"),
])
def test_fuzzed_html_that_crashed_is_read(text, title):
    from medkg.model import SourceText

    x = extract.extract_source(SourceText("h.md", "h", text, "0" * 64, "utf-8", len(text)))
    assert title in [e.title for e in x.entries]


def test_utf16_cut_after_an_odd_byte_is_read_with_a_diagnostic(tmp_path):
    """UTF-16LE without a BOM, cut after an odd byte, was refused as "not a text file (50% control bytes)"."""
    data = "# Papers\n\n- [Deep learning for sepsis](https://arxiv.org/abs/2101.00001)\n".encode("utf-16-le")
    path = tmp_path / "cut.md"
    path.write_bytes(data + b"\x41")
    x = extract.extract_file(path)
    assert [e.title for e in x.entries] == ["Deep learning for sepsis"]
    assert any(d.code == "invalid-bytes" for d in x.all_diagnostics) or any(
        "utf-16" in d.message.lower() for d in x.all_diagnostics)


@pytest.mark.parametrize("url", ["https://github.com/evil", "https://github.com/evil-lab/%22%3E%3Cscript%3E"])
def test_code_link_that_is_not_a_repository_keeps_the_graph_valid(tmp_path, url):
    """Regression (found here, fixed in rdf): a `code` link to a GitHub user page or an invalid
    repository path became an mkg:Repository without schema:codeRepository — a SHACL violation."""
    from medkg.pipeline import build
    from medkg.validate import validate

    lst = tmp_path / "r.md"
    lst.write_text(f"# T\n\n- Paper one [`paper`](https://arxiv.org/abs/1901.00003) [`code`]({url})\n", encoding="utf-8")
    build([lst], store=tmp_path / "s", enrich=False)
    st = EmbeddedStore(tmp_path / "s", read_only=True)
    try:
        report = validate(st)
    finally:
        st.close()
    assert report.conforms, report.violations


# ----------------------------------------------------------------------------- paths that are not lists
@pytest.mark.parametrize("args,contains", [
    (("extract", "/nonexistent/list.md"), "no such file"),
    # a URL is not fetched; the error says so and shows the URL as typed, not as Path() folded it
    (("extract", "https://example.org/awesome/README.md"),
     "https://example.org/awesome/README.md: no such file: medkg reads local files, so download the list first"),
    (("extract", "."), "no list in this folder"),  # cwd is an empty tmp_path (a folder of lists is read)
    (("extract", HOSTILE / "gb18030.md", HOSTILE / "image.png"), "image.png: not a text file"),
    (("build", "/nonexistent/list.md", "--store", "store", "--no-enrich"), "no such file"),
])
def test_paths_that_are_not_lists(tmp_path, args, contains):
    r = run_cli(*args, cwd=tmp_path)
    assert_one_line_error(r, contains)


def test_build_skips_an_unreadable_list_and_says_so(tmp_path):
    r = run_cli("build", HOSTILE / "gb18030.md", "/nonexistent/list.md", HOSTILE / "image-renamed.md",
                "--store", tmp_path / "s", "--no-enrich", cwd=tmp_path)
    assert_clean_exit(r)
    said = " ".join(r.stderr.split())
    assert "skipped /nonexistent/list.md: /nonexistent/list.md: no such file" in said
    assert "image-renamed.md: not a text file (PNG image)" in said
    st = EmbeddedStore(tmp_path / "s", read_only=True)
    try:
        assert _list_graphs(st) == [vocab.list_graph(vocab.DEFAULT_BASE, "gb18030")]
    finally:
        st.close()


def test_a_list_past_the_recursion_limit_is_an_unreadable_list(tmp_path, monkeypatch):
    """A reader that recursed past Python's limit on some list (``_cut_year_trailer`` did, on a lead closing on
    1,000 " |") must not end ``medkg extract`` with a traceback: the list is reported as unreadable, by name, and
    the others are still read. The recursion is forced here (no known input still recurses so)."""
    from typer.testing import CliRunner

    from medkg.cli import app

    bad, good = tmp_path / "bad.md", tmp_path / "good.md"
    bad.write_text("# A\n\n- [Deep learning for things](https://arxiv.org/abs/2101.00001)\n", encoding="utf-8")
    good.write_text("# B\n\n- [Another work on things](https://arxiv.org/abs/2101.00002)\n", encoding="utf-8")
    real = extract.parse.parse_titled

    def recursing(source):
        if source.path.endswith("bad.md"):
            raise RecursionError("maximum recursion depth exceeded")
        return real(source)

    monkeypatch.setattr(extract.parse, "parse_titled", recursing)
    with pytest.raises(SourceError, match="nested too deeply") as info:
        extract.extract_file(bad)
    assert info.value.source == str(bad)
    r = CliRunner().invoke(app, ["extract", str(bad), str(good)])
    assert r.exit_code == 1
    records = [json.loads(line) for line in r.stdout.splitlines() if line.startswith("{")]
    assert [rec["identifiers"]["arxiv"] for rec in records] == ["2101.00002"]
    assert "bad.md: the list is nested too deeply to read" in r.output
