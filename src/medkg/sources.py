"""Read a list from disk: bytes → text, mojibake repair, fingerprint.

This is the only stage that touches the file system on the way in. Everything a user can
get wrong here (missing file, directory, binary or empty file, undecodable bytes) becomes
a one-line :class:`~medkg.errors.SourceError`; everything that is merely odd (a BOM, NUL
bytes, CR line ends, text that went through a Windows code page) becomes a
:class:`~medkg.model.Diagnostic` and the text is read anyway.

Decoding order, most certain first: byte-order marks; UTF-16 without BOM (NUL bytes at
every other position); strict UTF-8; UTF-8 with a few bad bytes; then legacy encodings
(charset-normalizer's guesses, each checked for plausibility because it is often wrong
on short input); and finally Windows-1252, which decodes anything.
"""

from __future__ import annotations

import codecs
import hashlib
import logging
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from medkg.errors import SourceError
from medkg.ids import slug
from medkg.model import Diagnostic, SourceText

logger = logging.getLogger(__name__)

MOJIBAKE_CODE = "mojibake-repaired"

#: what a folder of lists holds: these files are read, anything else in it is not a list
LIST_SUFFIXES = (".md", ".markdown", ".txt", ".mdown", ".mkd")
#: the path that names standard input (``curl … | medkg extract -``)
STDIN = "-"

#: File signatures of formats that are certainly not a Markdown list.
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive (or an Office document)"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"\x7fELF", "executable"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"\x00asm", "WebAssembly module"),
)
#: Byte-order marks, longest first (the UTF-32-LE mark begins with the UTF-16-LE one).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
)
#: Control characters that do occur in text files (tab, newlines, form feed, ESC of ANSI colour).
_TEXT_CONTROLS = frozenset("\t\n\r\f\v\x1b")
#: The other C0 controls and DEL: their share tells binary from text.
_BAD_CONTROLS = tuple(ch for ch in map(chr, [*range(0x20), 0x7F]) if ch not in _TEXT_CONTROLS)
_BAD_CONTROL_RE = re.compile("[" + "".join(_BAD_CONTROLS) + "]")
#: Legacy multi-byte encodings we try when charset-normalizer has no plausible answer.
_CJK_ENCODINGS = ("gb18030", "big5", "shift_jis", "euc_kr")
#: At most this share of bad UTF-8 sequences still counts as "UTF-8 with a few broken bytes".
_MAX_BAD_UTF8 = 0.002


@dataclass(frozen=True, slots=True)
class DecodedText:
    """Text decoded from bytes, before any mojibake repair.

    ``encoding`` is the name a user would recognise ("utf-8", "utf-8-sig", "utf-16-le",
    "gb18030", "cp1252"…).
    """

    text: str
    encoding: str
    diagnostics: tuple[Diagnostic, ...] = ()


# --------------------------------------------------------------------------- public API


def list_files(items: Iterable[str | Path]) -> list[Path]:
    """Files and folders as the lists they name: a folder stands for its list files (``LIST_SUFFIXES``,
    sorted, not recursive), anything else for itself (checked when it is read, so that a missing
    file is reported with the others). A folder without a list in it is an error, not nothing."""
    out: list[Path] = []
    for item in items:
        p = Path(item)
        if str(item) != STDIN and p.is_dir():
            found = sorted(x for x in p.iterdir() if x.is_file() and x.suffix.lower() in LIST_SUFFIXES)
            if not found:
                raise SourceError(f"no list in this folder (looked for {', '.join(LIST_SUFFIXES)})", source=str(p))
            out.extend(found)
        else:
            out.append(p)
    return out


def read_source(path: str | Path, *, name: str | None = None) -> SourceText:
    """Read one list: decode it, repair mojibake, fingerprint the raw bytes.

    ``name`` (the slug used in IRIs and graph names) defaults to a slug of the file stem;
    a given name is slugged too, so it can never carry ``/`` or ``..`` into an IRI.
    ``-`` reads standard input (named ``stdin``).
    Raises :class:`SourceError` for a missing, unreadable, empty or binary file.
    """
    p = Path(path)
    stdin = str(path) == STDIN
    data = _read_stdin() if stdin else _read_bytes(p)
    source = "<stdin>" if stdin else str(path)
    if stdin and name is None:
        name = "stdin"
    decoded = decode_bytes(data, source=source)
    text, repairs = repair_text(decoded.text, source=source)
    return SourceText(
        path=source,
        name=slug(name if name is not None else p.stem),
        text=text,
        sha256=hashlib.sha256(data).hexdigest(),
        encoding=decoded.encoding,
        size=len(data),
        diagnostics=decoded.diagnostics + repairs,
    )


def decode_file(path: str | Path) -> DecodedText:
    """Read and decode a file without repairing it (``medkg repair`` starts from this)."""
    return decode_bytes(_read_bytes(Path(path)), source=str(path))


def decode_bytes(data: bytes, *, source: str) -> DecodedText:
    """Bytes → text with newlines normalised to ``\\n`` and NUL bytes removed.

    Raises :class:`SourceError` when ``data`` is empty or is not text at all.
    """
    if not data.strip():
        raise SourceError("file is empty", source=source)
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise SourceError(f"not a text file ({kind})", source=source)
    diagnostics: list[Diagnostic] = []
    text, encoding = _decode(data, source, diagnostics)
    share = _control_share(text)
    if share > 0.05:
        raise SourceError(f"not a text file ({share:.0%} control bytes)", source=source)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        count = text.count("\x00")
        text = text.replace("\x00", "")
        diagnostics.append(Diagnostic(source, line, "nul-bytes", f"removed {count} NUL byte(s)"))
    if not text.strip():
        raise SourceError("file contains no text", source=source)
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        text = _composed(text, source, diagnostics)
    return DecodedText(text, encoding, tuple(diagnostics))


def _composed(text: str, source: str, diagnostics: list[Diagnostic]) -> str:
    """The text in Unicode's composed form (NFC), with one info diagnostic at the first line that changed.

    Why: a list saved on macOS or pasted from a PDF writes "Gómez" as "Go" + a combining accent; every rule
    that reads names, titles and words letter by letter then sees a mark that is no letter ("Avsec, Ž." was
    no author, the reference no citation, and a mojibake page no longer looked like one). Composing is
    canonical equivalence: the same text, lines and all, in the form the rules expect."""
    composed = unicodedata.normalize("NFC", text)
    old_lines, new_lines = text.split("\n"), composed.split("\n")
    first = next((i for i, (a, b) in enumerate(zip(old_lines, new_lines)) if a != b), 0) + 1
    changed = sum(1 for a, b in zip(old_lines, new_lines) if a != b)
    diagnostics.append(Diagnostic(source, first, "unicode-composed",
                                  f"composed decomposed characters (Unicode NFC) on {changed} line(s)", "info"))
    return composed


def repair_text(text: str, *, source: str) -> tuple[str, tuple[Diagnostic, ...]]:
    """Undo mojibake (UTF-8 read through a Windows code page); healthy text is returned as is.

    Lossless damage is repaired with ftfy; when bytes were lost, :mod:`medkg.mojibake`
    restores them with a language model. One diagnostic per repaired line says what was
    done and how sure we are.
    """
    from medkg import mojibake  # lazy: the language model is only needed for damaged text

    chosen = mojibake.choose_codepage(text)
    if chosen is None:
        return text, ()
    codepage, stats = chosen[0], chosen[1]
    if stats.gaps == 0:
        import ftfy

        fixed = ftfy.fix_encoding(text)
        if fixed != text and not mojibake.detect_mojibake(fixed):
            return fixed, tuple(_lossless_diagnostics(text, fixed, source, codepage))
    result = mojibake.repair(text, chosen=chosen)
    return result.text, tuple(_repair_diagnostics(text, result, source))


# --------------------------------------------------------------------------- decoding


#: Larger inputs are refused: an awesome list is kilobytes, a 1 GiB "list" is a mistake
#: (or ``/dev/zero``), and reading it whole would exhaust memory. ``MEDKG_MAX_LIST_BYTES`` overrides.
MAX_LIST_BYTES = 1 << 30


def _max_list_bytes() -> int:
    import os

    return int(os.environ.get("MEDKG_MAX_LIST_BYTES") or MAX_LIST_BYTES)


def _read_stdin() -> bytes:
    """Standard input, up to the size limit (a pipe has no size to check before reading)."""
    import sys

    limit = _max_list_bytes()
    data = sys.stdin.buffer.read(limit + 1)
    if len(data) > limit:
        raise SourceError(f"input too large (more than {limit} bytes, see MEDKG_MAX_LIST_BYTES)", source="<stdin>")
    return data


#: ``https://host/x.md`` after ``Path()`` made it ``https:/host/x.md``
_LOOKS_LIKE_URL = re.compile(r"(?i)(?:https?|ftp):/+[^/]")


def _unfolded_url(folded: str) -> str:
    """The URL as the user typed it (``https:/host`` → ``https://host``), for the error message."""
    scheme, _, rest = folded.partition(":")
    return f"{scheme}://{rest.lstrip('/')}"


def _read_bytes(p: Path) -> bytes:
    limit = _max_list_bytes()
    try:
        if p.exists() and not p.is_dir() and not p.is_file():
            raise SourceError("not a regular file (a device or a pipe?)", source=str(p))
        size = p.stat().st_size if p.exists() else 0
        if size > limit:
            raise SourceError(f"file too large ({size} bytes; limit {limit}, see MEDKG_MAX_LIST_BYTES)", source=str(p))
        return p.read_bytes()
    except FileNotFoundError:
        if _LOOKS_LIKE_URL.match(str(p)):  # the shell handed us a URL; Path() has already folded its "//"
            raise SourceError("no such file: medkg reads local files, so download the list first "
                              "(e.g. curl -LO <raw URL>)", source=_unfolded_url(str(p))) from None
        raise SourceError("no such file", source=str(p)) from None
    except IsADirectoryError:
        raise SourceError("is a directory, not a file", source=str(p)) from None
    except PermissionError:
        raise SourceError("permission denied", source=str(p)) from None
    except OSError as exc:
        raise SourceError(f"cannot read file: {exc.strerror or exc}", source=str(p)) from None


def _decode(data: bytes, source: str, diagnostics: list[Diagnostic]) -> tuple[str, str]:
    for bom, name, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), name
            except UnicodeDecodeError as exc:
                text = data.decode(codec, errors="replace")
                diagnostics.append(_bad_bytes(source, text, exc, name))
                return text, name
    utf16 = _sniff_utf16(data)
    if utf16:
        try:
            return data.decode(utf16), utf16
        except UnicodeDecodeError as exc:
            logger.debug("%s: NUL pattern of %s but not decodable as such", source, utf16)
            if len(data) % 2:  # a UTF-16 file cut after an odd byte: its text, the stray byte replaced
                text = data.decode(utf16, errors="replace")
                diagnostics.append(_bad_bytes(source, text, exc, utf16))
                return text, utf16
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        first_error = exc
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    multibyte = sum(1 for ch in text if ord(ch) >= 0x80) - bad
    if bad <= max(4, _MAX_BAD_UTF8 * len(text)) and multibyte > 2 * bad:
        diagnostics.append(_bad_bytes(source, text, first_error, "utf-8"))
        return text, "utf-8"
    legacy = _decode_legacy(data)
    if legacy is not None:
        return legacy
    # Windows-1252 with the five undefined bytes passed through: decodes anything.
    return "".join(_CP1252_SLOPPY[b] for b in data), "cp1252"


_CP1252_SLOPPY = tuple(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in range(256))


def _bad_bytes(source: str, text: str, exc: UnicodeDecodeError, encoding: str) -> Diagnostic:
    line = text.count("\n", 0, min(exc.start, len(text))) + 1
    count = text.count("\ufffd")
    return Diagnostic(source, line, "invalid-bytes", f"{count} byte sequence(s) invalid in {encoding} replaced by U+FFFD")


def _sniff_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: ASCII-heavy text has a NUL in every other byte."""
    if len(data) < 4:
        return None
    data = data[:len(data) - len(data) % 2]  # a file cut after an odd byte is still UTF-16
    even = data[0::2].count(0) / (len(data) // 2)
    odd = data[1::2].count(0) / (len(data) // 2)
    if odd > 0.3 and even < 0.05:
        return "utf-16-le"
    if even > 0.3 and odd < 0.05:
        return "utf-16-be"
    return None


def _decode_legacy(data: bytes) -> tuple[str, str] | None:
    """A legacy encoding that decodes ``data`` strictly *and* gives plausible text."""
    tried: list[str] = []
    try:
        from charset_normalizer import from_bytes

        guesses = [m.encoding for m in from_bytes(data)]
    except (ImportError, LookupError, ValueError) as exc:  # a broken optional dependency
        logger.debug("charset-normalizer failed: %s", exc)
        guesses = []
    best: tuple[float, str, str] | None = None
    for enc in [*guesses, *_CJK_ENCODINGS]:
        norm = codecs.lookup(enc).name
        if norm in tried or norm.startswith(("utf-16", "utf-32", "utf-8")):
            continue
        tried.append(norm)
        try:
            text = data.decode(norm)
        except (UnicodeDecodeError, LookupError):
            continue
        score = _plausibility(text, norm)
        if score is not None and (best is None or score > best[0]):
            best = (score, text, norm)
    if best is None:
        return None
    return best[1], _display_name(best[2])


def _display_name(codec: str) -> str:
    return {"iso8859-1": "latin-1", "shift_jis": "shift-jis", "euc_kr": "euc-kr"}.get(codec, codec)


_CJK_CODECS = frozenset({"gb18030", "gbk", "gb2312", "big5", "big5hkscs", "cp950", "shift_jis", "cp932", "euc_jp", "euc_kr", "cp949"})


def _plausibility(text: str, codec: str) -> float | None:
    """How much ``text`` looks like real text in the script of ``codec`` (None: not at all).

    CJK readings: misdecoded bytes land on rare characters, so the share of characters
    from the common tier of the codec's own standard (GB2312 level 1, Big5 level 1, kana
    and JIS level 1, Hangul syllables) decides. Single-byte readings: only non-Latin
    scripts (Cyrillic, Greek…) are accepted, and only when their letters form words of
    their own — Latin text misread as cp1251 puts lone Cyrillic letters inside ASCII
    words. Latin code pages are refused: charset-normalizer mixes them up on short input
    and cp1252, the fallback, is the better bet.
    """
    wide = [i for i, ch in enumerate(text) if ord(ch) >= 0x80]
    if not wide or _control_share(text) > 0.001:
        return None
    if codec in _CJK_CODECS:
        share = sum(1 for i in wide if _is_common(text[i], codec)) / len(wide)
        return share if share >= 0.6 else None
    letters = [i for i in wide if text[i].isalpha() and not unicodedata.name(text[i], "LATIN").startswith("LATIN")]
    if len(letters) < 0.8 * len(wide):
        return None

    def ascii_letter(k: int) -> bool:
        return 0 <= k < len(text) and text[k].isascii() and text[k].isalpha()

    mixed = sum(1 for i in letters if ascii_letter(i - 1) or ascii_letter(i + 1))
    return 0.5 if mixed <= 0.05 * len(letters) else None


def _is_common(ch: str, codec: str) -> bool:
    o = ord(ch)
    if 0x3000 <= o <= 0x303F or 0xFF00 <= o <= 0xFFEF or 0x2010 <= o <= 0x2027:
        return True  # CJK and full-width punctuation, quotes, dashes
    try:
        if codec in ("gb18030", "gbk", "gb2312"):
            b = ch.encode("gb2312")
            return len(b) == 2 and 0xB0 <= b[0] <= 0xD7
        if codec in ("big5", "big5hkscs", "cp950"):
            b = ch.encode("big5")
            return len(b) == 2 and (0xA4 <= b[0] <= 0xC6)
        if codec in ("shift_jis", "cp932", "euc_jp"):
            if 0x3040 <= o <= 0x30FF:
                return True
            b = ch.encode("shift_jis")
            return len(b) == 2 and 0x88 <= b[0] <= 0x98
        if codec in ("euc_kr", "cp949"):
            return 0xAC00 <= o <= 0xD7A3
    except UnicodeEncodeError:
        return False
    return False


def _control_share(text: str) -> float:
    if not text:
        return 0.0
    # C1 controls (0x80–0x9F) are left out: text that went through Latin-1 is full of them.
    # One str.count per control character (a C scan each) rather than a Python loop per character.
    if _BAD_CONTROL_RE.search(text) is None:  # the usual case: one scan
        return 0.0
    bad = sum(text.count(ch) for ch in _BAD_CONTROLS)
    return bad / len(text)


# --------------------------------------------------------------------------- diagnostics


def _lossless_diagnostics(before: str, after: str, source: str, codepage: str):
    old, new = before.split("\n"), after.split("\n")
    if len(old) != len(new):  # ftfy never joins lines, but do not pretend to know where
        yield Diagnostic(source, 1, MOJIBAKE_CODE, f"repaired mojibake (UTF-8 read as {codepage}); confidence 1.00", "info")
        return
    for lineno, (a, b) in enumerate(zip(old, new), start=1):
        if a != b:
            yield Diagnostic(
                source, lineno, MOJIBAKE_CODE, f"repaired mojibake (UTF-8 read as {codepage}), lossless; confidence 1.00", "info"
            )


def _repair_diagnostics(before: str, result, source: str):
    by_line: dict[int, list] = {}
    for span in result.spans:
        by_line.setdefault(span.line, []).append(span)
    for lineno in result.changed_lines:
        spans = by_line.get(lineno, [])
        if not spans:
            yield Diagnostic(
                source, lineno, MOJIBAKE_CODE, f"repaired mojibake (UTF-8 read as {result.codepage}), lossless; confidence 1.00", "info"
            )
            continue
        confidence = min(s.confidence for s in spans)
        restored = " ".join(f"{s.chosen}({s.confidence:.2f})" for s in spans[:12])
        more = f" … {len(spans) - 12} more" if len(spans) > 12 else ""
        yield Diagnostic(
            source,
            lineno,
            MOJIBAKE_CODE,
            f"restored {len(spans)} character(s) whose bytes were lost to {result.codepage} mojibake; "
            f"confidence {confidence:.2f}: {restored}{more}",
            "warning" if confidence < 0.5 else "info",
        )
