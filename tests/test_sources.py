"""Reading lists: encodings, newlines, NUL bytes, bad input, mojibake repair, names."""

from __future__ import annotations

import hashlib
import importlib.util
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from medkg.errors import SourceError
from medkg.sources import MOJIBAKE_CODE, decode_bytes, read_source, repair_text

ROOT = Path(__file__).resolve().parent.parent
LISTS = ROOT / "data" / "lists"
HEALTHY_SEEDS = ["awesome-medical-machine-learning", "deep-medicine", "awesome-medical-research", "medical-nlp"]
ENCODINGS = Path(__file__).resolve().parent / "data" / "encodings"


def _load_generator():
    spec = importlib.util.spec_from_file_location("encoding_samples", ENCODINGS / "generate.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


SAMPLES = _load_generator().samples()
READABLE = [(name, expected) for name, _, expected in SAMPLES if expected is not None]
UNREADABLE = [name for name, _, expected in SAMPLES if expected is None]


@pytest.mark.parametrize(("name", "data"), [(n, d) for n, d, _ in SAMPLES])
def test_committed_sample_files_match_the_generator(name, data):
    assert (ENCODINGS / name).read_bytes() == data, f"regenerate with python {ENCODINGS / 'generate.py'}"


@pytest.mark.parametrize(("name", "expected"), READABLE)
def test_sample_decodes_to_the_original_text(name, expected):
    src = read_source(ENCODINGS / name)
    assert src.text == expected
    assert src.size == (ENCODINGS / name).stat().st_size


@pytest.mark.parametrize(
    ("name", "encoding"),
    [
        ("utf8.md", "utf-8"),
        ("utf8-bom.md", "utf-8-sig"),
        ("utf16le-bom.md", "utf-16-le"),
        ("utf16be-bom.md", "utf-16-be"),
        ("utf16le-nobom.md", "utf-16-le"),
        ("utf16be-nobom.md", "utf-16-be"),
        ("utf32le-bom.md", "utf-32-le"),
        ("gb18030.md", "gb18030"),
        ("big5.md", "big5"),
        ("big5-short.md", "big5"),
        ("cp1252.md", "cp1252"),
    ],
)
def test_detected_encoding_is_reported(name, encoding):
    assert read_source(ENCODINGS / name).encoding == encoding


@pytest.mark.parametrize("name", UNREADABLE)
def test_binary_or_empty_input_is_a_one_line_source_error(name):
    with pytest.raises(SourceError) as info:
        read_source(ENCODINGS / name)
    message = str(info.value)
    assert "\n" not in message and name in message


def test_png_error_says_what_the_file_is():
    with pytest.raises(SourceError, match="PNG"):
        read_source(ENCODINGS / "png-header.png")


def test_nul_bytes_are_stripped_with_a_diagnostic():
    src = read_source(ENCODINGS / "nul-bytes.md")
    assert "\x00" not in src.text
    assert [(d.code, d.line) for d in src.diagnostics] == [("nul-bytes", 3)]


def test_decomposed_accents_are_composed_with_an_info_diagnostic():
    """"Gómez" written as "Go" + U+0301 (macOS, PDF copies) reads as the composed text, lines kept, and the
    curator is told where; composed text and plain ASCII pass through untouched, with no diagnostic."""
    raw = "# Papers\n\n- Go\u0301mez-Bombarelli, R. et al. Title. ACS Cent. Sci. (2018)\n- Avsec, Z\u030c.\n".encode()
    out = decode_bytes(raw, source="t")
    assert out.text == "# Papers\n\n- Gómez-Bombarelli, R. et al. Title. ACS Cent. Sci. (2018)\n- Avsec, Ž.\n"
    assert [(d.code, d.line, d.severity) for d in out.diagnostics] == [("unicode-composed", 3, "info")]
    assert "2 line(s)" in out.diagnostics[0].message
    composed = "# Gómez\n".encode()
    assert decode_bytes(composed, source="t").diagnostics == ()


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        (b"a\r\nb\r\n", "a\nb\n"),
        (b"a\rb\r", "a\nb\n"),
        (b"a\r\n\rb\n", "a\n\nb\n"),
        (b"a\n\r\nb", "a\n\nb"),
    ],
)
def test_newlines_are_normalised(raw, text):
    assert decode_bytes(raw, source="t").text == text


def test_a_few_invalid_utf8_bytes_do_not_turn_chinese_into_mojibake():
    good = ("医学自然语言处理 " * 40).encode("utf-8")
    data = good[:30] + b"\xff" + good[30:]
    decoded = decode_bytes(data, source="t")
    assert decoded.encoding == "utf-8"
    assert 1 <= decoded.text.count("\ufffd") <= 3 and "医学自然语言处理" in decoded.text
    assert [d.code for d in decoded.diagnostics] == ["invalid-bytes"]


def test_missing_file_and_directory_are_source_errors(tmp_path):
    with pytest.raises(SourceError, match="no such file"):
        read_source(tmp_path / "nope.md")
    with pytest.raises(SourceError, match="directory"):
        read_source(tmp_path)


@pytest.mark.parametrize("seed", HEALTHY_SEEDS)
def test_healthy_seeds_come_back_byte_identical(seed):
    path = LISTS / f"{seed}.md"
    raw = path.read_bytes()
    src = read_source(path)
    assert src.text.encode("utf-8") == raw
    assert src.encoding == "utf-8"
    assert src.diagnostics == ()
    assert src.sha256 == hashlib.sha256(raw).hexdigest()
    assert src.name == seed


def test_chinese_seed_is_repaired_and_fingerprinted_on_raw_bytes():
    path = LISTS / "chinese-medical-nlp.md"
    src = read_source(path)
    assert src.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert "\ufffd" not in src.text
    assert "[论文地址](" in src.text and "[项目地址](" in src.text and "[数据集地址](" in src.text
    assert src.diagnostics and {d.code for d in src.diagnostics} == {MOJIBAKE_CODE}
    lines = src.text.split("\n")
    for d in src.diagnostics:
        assert "confidence" in d.message
        assert 1 <= d.line <= len(lines)
    # the line of the first heading block label is reported
    first_label = next(i for i, line in enumerate(lines, start=1) if "[论文地址](" in line)
    assert first_label in {d.line for d in src.diagnostics}


def test_lossless_mojibake_is_repaired_by_ftfy_with_one_diagnostic_per_line():
    clean = "# 医学资源\n\nplain English line\n- [论文地址](https://arxiv.org/abs/1)\n"
    damaged = _sloppy_cp1252(clean)
    text, diags = repair_text(damaged, source="t")
    assert text == clean
    assert [d.line for d in diags] == [1, 4]
    assert all(d.code == MOJIBAKE_CODE and "lossless" in d.message for d in diags)


def test_latin1_mojibake_file_full_of_c1_controls_is_text_and_repaired(tmp_path):
    clean = "# 中文医学资源\n\n- [论文地址](https://arxiv.org/abs/2106.08087)：数据集与评测\n"
    path = tmp_path / "latin1-mojibake.md"
    path.write_bytes(clean.encode("utf-8").decode("latin-1").encode("utf-8"))
    src = read_source(path)
    assert src.text == clean
    assert {d.code for d in src.diagnostics} == {MOJIBAKE_CODE}


def _sloppy_cp1252(text: str) -> str:
    out = []
    for b in text.encode("utf-8"):
        try:
            out.append(bytes([b]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(b))
    return "".join(out)


@pytest.mark.parametrize(
    "text",
    [
        "plain English, nothing to see\n",
        "中文医学自然语言处理，评测数据集与论文等相关资源。\n",
        "Café, naïve, São Paulo, Ångström — déjà vu.\n",
        "In Latin-1 the bytes of é read as Ã© — and Ã© again, as a curiosity.\n",
    ],
)
def test_healthy_text_is_not_repaired(text):
    assert repair_text(text, source="t") == (text, ())


@pytest.mark.parametrize(
    ("stem", "slug"),
    [
        ("deep-medicine", "deep-medicine"),
        ("Awesome Medical_Research", "awesome-medical-research"),
        ("../../etc/passwd", "etc-passwd"),
        ("Ångström list", "angstrom-list"),
        ("--x--", "x"),
    ],
)
def test_name_is_a_safe_slug(tmp_path, stem, slug):
    path = tmp_path / "list.md"
    path.write_text("# x\n", encoding="utf-8")
    assert read_source(path, name=stem).name == slug


def test_name_of_a_non_latin_stem_is_never_empty(tmp_path):
    path = tmp_path / "中文列表.md"
    path.write_text("# x\n", encoding="utf-8")
    name = read_source(path).name
    assert name and name.strip("-") == name
    assert set(name) <= set("abcdefghijklmnopqrstuvwxyz0123456789-")
    other = tmp_path / "英文列表.md"
    other.write_text("# x\n", encoding="utf-8")
    assert read_source(other).name != name


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400))
def test_any_bytes_give_clean_text_or_a_source_error(data):
    try:
        decoded = decode_bytes(data, source="fuzz")
    except SourceError as exc:
        assert "\n" not in str(exc)
        return
    assert "\r" not in decoded.text and "\x00" not in decoded.text
    assert decoded.text.strip()


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.sampled_from(list("abc 中文\nÃ©åæçèäïâ€™“”ğ¸­¼š–") + ["\u00a0"]), max_size=200))
def test_repair_never_fails_and_keeps_line_count(text):
    repaired, diagnostics = repair_text(text, source="fuzz")
    assert repaired.count("\n") == text.count("\n")
    assert all(d.code == MOJIBAKE_CODE for d in diagnostics)
