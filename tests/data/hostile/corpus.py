"""The hostile-list corpus: what each file is and what medkg must make of it.

Why a corpus and not only random text: these are the concrete ways real lists (written by
strangers, fetched from the web, saved by old editors) go wrong. Each case is a file plus the
*expected outcome*: either a clean extraction (with text that must come out right, e.g. the
Chinese of a GB18030 file) or a one-line error with exit code 1.

Small files are committed next to this module (``python tests/data/hostile/corpus.py``
rewrites them; ``tests/test_hostile.py`` checks the committed bytes still equal these).
Big ones (a 20 MB line, 3,000 nested levels, 100,000 ``[``, a 200 kB URL…) are generated at
test time into a temporary directory so that the repository stays small.
"""

from __future__ import annotations

import codecs
import struct
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Case:
    """One hostile file.

    ``outcome`` is ``"ok"`` (exit 0, valid output) or ``"error"`` (exit 1, one line on stderr
    containing ``error_contains``). ``titles`` must each be the title of some extracted entry
    and ``texts`` must each occur somewhere in the extract output (titles, descriptions, topics,
    link URLs): that is how "the right text for the encoding" is checked. ``min_entries`` guards
    against a file read "cleanly" into nothing. ``urls``: link URLs that must be extracted.
    """

    name: str
    make: Callable[[], bytes]
    outcome: str = "ok"
    error_contains: str = ""
    titles: tuple[str, ...] = ()
    texts: tuple[str, ...] = ()
    urls: tuple[str, ...] = ()
    min_entries: int = 0
    big: bool = False  # generated at test time, never committed
    decoded: str | None = None  # the exact text ``sources`` must decode the bytes to
    note: str = ""
    extra: dict = field(default_factory=dict)


# ----------------------------------------------------------------------------- encodings
ZH = ("# 中文医学资源\n\n## 数据集\n\n"
      "- [医渡云结构化数据集](http://openkg.cn/dataset/yidu-s4k)：电子病历命名实体识别。\n"
      "- [中文医学问答](https://github.com/zhangsheng93/cMedQA2)：问答匹配。\n")
ZH_TW = ("# 醫學資源\n\n"
         "- [電子病歷資料集](http://example.org/emr)：命名實體識別與關係抽取。\n"
         "- [醫學問答語料](http://example.org/qa)：問答與對話。\n")
LATIN = ("# Ressources médicales\n\n"
         "- [Données cliniques](http://example.org/fr) : reconnaissance d'entités (São Paulo, Müller, Ångström).\n"
         "- [Réseau de neurones à convolution](http://example.org/cnn) : segmentation d'images.\n")
MIXED = ("# Awesome medical NLP 医学\n\n"
         "- [BioBERT](https://github.com/dmis-lab/biobert) — 生物医学预训练模型 (naïve → ≥ 0.9)\n"
         "- [Deep learning for ECG](https://arxiv.org/abs/1707.01836) — cardiologist-level\n")
ENGLISH = ("# Awesome list\n\n## Papers\n\n"
           "* Deep learning for chest X-rays [`paper`](https://arxiv.org/abs/1711.05225) "
           "[`code`](https://github.com/stanfordmlgroup/chexnet)\n"
           "* U-Net segmentation [`paper`](https://arxiv.org/abs/1505.04597)\n")


def tiny_png() -> bytes:
    """A real, valid 1×1 PNG (signature, IHDR, IDAT, IEND with correct CRCs)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)  # 1×1, 8-bit RGB
    idat = zlib.compress(b"\x00\xff\x00\x00")  # filter 0, one red pixel
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


# ----------------------------------------------------------------------------- hostile Markdown
URLS = """# Links that are not what they seem

## Odd destinations

- [Spaces in the URL](<https://example.org/a path/with spaces.pdf>) angle-bracket destination with spaces
- [Quote in URL](https://example.org/q?x="y") double quote in the query
- [Single quote](https://example.org/it's-fine) apostrophe in the path
- [Angle brackets](https://example.org/p?a=<b>&c=>) angle brackets in the query
- [Wrapped destination](https://example.org/wrapped/
  continued) destination broken over two lines
- [Script link](javascript:alert(document.cookie)) a javascript: link
- [Upper-case script](JaVaScRiPt:alert(1)) mixed-case scheme
- [Mail the author](mailto:someone@example.org?subject=hi) a mailto: link
- [Relative link](../docs/README.md) a relative path
- [Root relative](/etc/passwd) a root-relative path
- [Data URL](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) a data: URL
- [File URL](file:///etc/passwd) a file: URL
- [Backslashes](https://example.org/a\\b\\c) backslashes
- [Braces and pipes](https://example.org/{x}|^`y`) braces, pipe, caret and backtick
- [Unicode host](https://例子.测试/路径?q=值) an internationalised URL
- [Empty]() an empty destination
- [](https://example.org/empty-text) empty link text
- [Tab\tin text](https://example.org/tab) a tab in the link text
- [Good paper](https://doi.org/10.1000/xyz123) DOI link that must survive
- Bare URL with junk https://example.org/bare"onmouseover=alert(1) in prose
"""

HTML = """# Titles with HTML <b>and</b> <script>alert("title")</script>

## Papers <img src=x onerror=alert(1)>

* <script>alert(1)</script> Segmentation with U-Net [`paper`](https://arxiv.org/abs/1505.04597) [`code`](https://github.com/zhixuhao/unet)
* "><svg onload=alert(2)> Attribute breaker [`paper`](https://example.org/p/2)
* <a href="javascript:alert(3)">click me</a> Inline anchor [`paper`](https://example.org/p/3)
* [<b>Bold</b> & "quoted" 'title'](https://example.org/p/4) - ampersand &amp; entities &lt;script&gt;
* ' onmouseover='alert(5)' x=' single quotes [`code`](https://github.com/evil/onmouseover)

<script>
document.write("raw HTML block")
</script>

<div onclick="alert(6)">

* An entry after a raw HTML block [paper](https://example.org/p/7)

</div>

<!-- a comment <script>alert(8)</script> -->

## {{ template }} ${injection} `backticks`

* Template looking title {{7*7}} ${7*7} [`paper`](https://example.org/p/9)
"""

CONTROLS = ("# Control characters\x01 and marks\n\n"
            "- [Bell\x07 and escape\x1b[31m red](https://example.org/c/1) vertical\x0btab and form\x0cfeed\n"
            "- [Right-to-left \u202etxt.exe\u202c override](https://example.org/c/2) \u200f\u200e marks\n"
            "- [Zero\u200bwidth\u200djoiner\ufeffbom](https://example.org/c/3) zero-width characters\n"
            "- [Line\u2028separator\u2029paragraph](https://example.org/c/4) JavaScript line terminators\n"
            "- [Combining \u0301\u0301\u0301 marks Z\u0351\u0352\u0353algo](https://example.org/c/5) combining marks\n"
            "- [Private use \ue000 and noncharacter \ufffe\uffff](https://example.org/c/6) odd code points\n"
            "- [Emoji 🧬🩺 and astral 𝕄𝕖𝕕](https://example.org/c/7) astral plane\n"
            "- [DEL\x7f and C1\x85\x9b](https://example.org/c/8) DEL and C1 controls\n")

UNBALANCED = """# Unbalanced [brackets (and `ticks

## Section ]]] ((( **bold

- [unclosed link text(https://example.org/u/1) and more
- [closed](https://example.org/u/2 unclosed destination
- url](https://example.org/u/3) a broken link the curator must hear about
- ```code that never ends
- *emphasis **nested _mixed ~~strike
- [a][b][c][d] reference-style links that are never defined
- [[nested [brackets] inside]](https://example.org/u/4) nested brackets
- (((( [x](https://example.org/u/5) )))) parentheses around a link
- <https://example.org/u/6> autolink <not-a-url> <mailto:x@y>
| table | without | end
| --- |
| a | b | c | d | e |
"""

XSS = """# Cross-site scripting through list text `<script>alert('list title')</script>`

## Papers `<img src=x onerror=alert('topic')>` &lt;script&gt;alert(0)&lt;/script&gt;

* `<img src=x onerror=alert(1)>` Code-span title [`paper`](https://arxiv.org/abs/1901.00001) [`code`](https://github.com/evil-lab/onerror-net)
* &lt;script&gt;alert(2)&lt;/script&gt; Entity title [`paper`](https://arxiv.org/abs/1901.00002) [`code`](javascript:alert(2))
* \\<svg onload=alert(3)\\> Backslash-escaped title [`paper`](https://arxiv.org/abs/1901.00003) [`code`](https://github.com/evil-lab/%22%3E%3Cscript%3E)
* `"></a><script>alert(4)</script>` Attribute breaker [`paper`](https://example.org/p/4?x="><script>alert(4)</script>) [`code`](data:text/html,<script>alert(4)</script>)
* `</script><script>alert(5)</script>` Script closer [`paper`](https://arxiv.org/abs/1901.00005) [`related code`](vbscript:msgbox(5))
* `{{DATA}} {{CSP}} ${alert(6)}` Template breaker [`paper`](https://arxiv.org/abs/1901.00006)
* `\u2028\u2029 line separators` JS breaker \u2028 [`paper`](https://arxiv.org/abs/1901.00007) [`code`](https://github.com/evil-lab/line-sep)
* `javascript:alert(8)` Scheme as text [`paper`](JAVASCRIPT:alert(8)) [`code`](//evil.example/protocol-relative)

## Datasets

* [`<iframe src=javascript:alert(9)>` dataset](https://example.org/data/9) - a dataset whose name is a frame
* [Mail dataset](mailto:x@example.org) - mailto as the only link
""".replace("\\u2028", "\u2028").replace("\\u2029", "\u2029")

TERMINAL = ("# Terminal escapes \x1b]0;pwned\x07 in the title\n\n"
            "## Clear screen \x1b[2J\x1b[H heading\n\n"
            "- [Red \x1b[31mtitle\x1b[0m](https://example.org/t/1) and \x1b[5mblink\n"
            "- [OSC 8 link](https://example.org/t/2) \x1b]8;;https://evil.example\x1b\\click\x1b]8;;\x1b\\\n"
            "- [Backspace\x08\x08 and bell\x07](https://example.org/t/3) carriage\rreturn\n")

TRAILING = "# No trailing newline\n\n- [Last entry](https://example.org/last) no newline at end"

INVALID_UTF8 = ("# Broken UTF-8 bytes in a mostly-UTF-8 list 医学\n\n"
                "- [Valid entry 医学影像](https://example.org/v/1) fine\n").encode("utf-8") + \
    b"- [Broken \xff\xfe bytes \xc3](https://example.org/v/2) lone bytes\n" + \
    "- [Another valid 病历](https://example.org/v/3) fine\n".encode("utf-8")


def _cases_small() -> list[Case]:
    return [
        Case("image.png", tiny_png, "error", "not a text file"),
        Case("image-renamed.md", tiny_png, "error", "not a text file", note="a PNG with a .md name"),
        Case("empty.md", lambda: b"", "error", "empty"),
        Case("blank.md", lambda: b" \n\r\n\t\n  \n", "error", "empty"),
        Case("only-nul.md", lambda: b"\x00" * 64, "error", ""),
        Case("binary-noise.md", lambda: bytes((i * 37 + 11) % 256 for i in range(4096)), "error", "not a text file"),
        Case("utf16le-bom.md", lambda: codecs.BOM_UTF16_LE + MIXED.encode("utf-16-le"), decoded=MIXED,
             titles=("BioBERT",), texts=("生物医学预训练模型", "naïve"), min_entries=2),
        Case("utf16be-bom.md", lambda: codecs.BOM_UTF16_BE + MIXED.encode("utf-16-be"), decoded=MIXED,
             titles=("BioBERT",), texts=("生物医学预训练模型",), min_entries=2),
        Case("utf16le-nobom.md", lambda: ENGLISH.encode("utf-16-le"), decoded=ENGLISH,
             titles=("Deep learning for chest X-rays",), min_entries=2),
        Case("gb18030.md", lambda: ZH.encode("gb18030"), decoded=ZH,
             titles=("医渡云结构化数据集", "中文医学问答"), texts=("数据集", "电子病历命名实体识别"), min_entries=2),
        Case("big5.md", lambda: ZH_TW.encode("big5"), decoded=ZH_TW,
             titles=("電子病歷資料集", "醫學問答語料"), texts=("命名實體識別",), min_entries=2),
        Case("latin1.md", lambda: LATIN.encode("latin-1"), decoded=LATIN,
             titles=("Données cliniques", "Réseau de neurones à convolution"), texts=("São Paulo",), min_entries=2),
        Case("utf8-bom.md", lambda: codecs.BOM_UTF8 + MIXED.encode("utf-8"), decoded=MIXED,
             titles=("BioBERT",), texts=("生物医学预训练模型",), min_entries=2),
        Case("nul-bytes.md", lambda: ENGLISH.encode("utf-8").replace(b"Deep", b"De\x00ep").replace(b"U-Net", b"U-\x00\x00Net"),
             decoded=ENGLISH, titles=("Deep learning for chest X-rays",), texts=("U-Net",), min_entries=2),
        Case("cr-only.md", lambda: ENGLISH.replace("\n", "\r").encode("utf-8"), decoded=ENGLISH,
             titles=("Deep learning for chest X-rays",), min_entries=2),
        Case("crlf.md", lambda: ENGLISH.replace("\n", "\r\n").encode("utf-8"), decoded=ENGLISH,
             titles=("Deep learning for chest X-rays",), min_entries=2),
        Case("mixed-line-ends.md", lambda: b"# Mixed\r\n\r\n- [One](https://example.org/1)\r- [Two](https://example.org/2)\n"
             b"- [Three](https://example.org/3)\r\n", titles=("One", "Two", "Three"), min_entries=3),
        Case("invalid-utf8.md", lambda: INVALID_UTF8, titles=("Valid entry 医学影像", "Another valid 病历"),
             min_entries=3),
        Case("urls.md", lambda: URLS.encode("utf-8"), min_entries=15,
             titles=("Good paper",), urls=("https://doi.org/10.1000/xyz123",)),
        Case("html-script.md", lambda: HTML.encode("utf-8"), min_entries=5,
             titles=("Segmentation with U-Net", "Attribute breaker", "An entry after a raw HTML block"),
             urls=("https://arxiv.org/abs/1505.04597", "https://example.org/p/2", "https://example.org/p/4",
                   "https://github.com/evil/onmouseover")),
        Case("controls.md", lambda: CONTROLS.encode("utf-8"), min_entries=8),
        Case("unbalanced.md", lambda: UNBALANCED.encode("utf-8"), min_entries=5,
             urls=("https://example.org/u/5",)),
        Case("xss.md", lambda: XSS.encode("utf-8"), min_entries=9,
             texts=("<img src=x onerror=alert(1)>", "<script>alert(2)</script>"),
             urls=("https://arxiv.org/abs/1901.00001",)),
        Case("terminal.md", lambda: TERMINAL.encode("utf-8"), min_entries=3, urls=("https://example.org/t/3",)),
        Case("no-trailing-newline.md", lambda: TRAILING.encode("utf-8"), titles=("Last entry",), min_entries=1),
    ]


# ----------------------------------------------------------------------------- big, generated
def _line_20mb() -> bytes:
    return b"# One huge line\n\n- [Huge](https://example.org/huge) " + b"word " * (4 * 1024 * 1024) + b"\n" \
        + b"- [After the huge line](https://example.org/after) still read\n"


def _nested_3000() -> bytes:
    # each level indented by 2 more spaces: a valid 3,000-level nested list (9 MB of indentation)
    lines = ["# Three thousand levels", ""]
    lines += ["  " * i + f"- level {i} [l{i}](https://example.org/n/{i})" for i in range(3000)]
    lines += ["", "- [Top level after](https://example.org/after) still read", ""]
    return "\n".join(lines).encode("utf-8")


def _nested_3000_compact() -> bytes:
    # 3,000 levels of `- - - …` on one line and 3,000 nested block quotes: deep trees in few bytes
    return ("# Compact nesting\n\n" + "- " * 3000 + "[deep](https://example.org/deep)\n\n"
            + "> " * 3000 + "[quoted](https://example.org/quoted)\n\n"
            + "- [After](https://example.org/after) still read\n").encode("utf-8")


def _brackets_100k() -> bytes:
    return b"# Brackets\n\n- [Before](https://example.org/before)\n- " + b"[" * 100_000 + b"\n" \
        + b"- [After](https://example.org/after)\n"


def _brackets_mixed_100k() -> bytes:
    return b"# Link openers\n\n- " + b"[a](" * 25_000 + b"\n- " + b"](" * 50_000 + b"\n- " + b"*_`<" * 25_000 \
        + b"\n- [After](https://example.org/after)\n"


def _url_200k() -> bytes:
    return b"# Long URL\n\n- [Long](https://example.org/" + b"a" * 200_000 + b") a 200 kB URL\n" \
        + b"- [Bare](x) https://example.org/" + b"b/" * 100_000 + b"\n" \
        + b"- [After](https://example.org/after)\n"


def _many_entries() -> bytes:
    rows = [f"- [Paper {i}](https://arxiv.org/abs/{1000 + i // 10000:04d}.{i % 10000:05d}) entry {i}" for i in range(20_000)]
    return ("# Twenty thousand entries\n\n## All\n\n" + "\n".join(rows) + "\n").encode("utf-8")


def _deep_headings() -> bytes:
    parts = ["# Root"]
    for i in range(5000):
        parts.append("#" * (2 + i % 5) + f" Heading {i} " + "x" * (i % 300))
        parts.append(f"- [Entry {i}](https://example.org/h/{i})")
    return ("\n".join(parts) + "\n").encode("utf-8")


def _cases_big() -> list[Case]:
    return [
        Case("line-20mb.md", _line_20mb, big=True, titles=("After the huge line",), min_entries=2),
        Case("nested-3000.md", _nested_3000, big=True, titles=("Top level after",), min_entries=2),
        Case("nested-3000-compact.md", _nested_3000_compact, big=True, titles=("After",), min_entries=1),
        Case("brackets-100k.md", _brackets_100k, big=True, titles=("Before", "After"), min_entries=2),
        Case("link-openers-100k.md", _brackets_mixed_100k, big=True, titles=("After",), min_entries=1),
        Case("url-200k.md", _url_200k, big=True, titles=("After",), min_entries=2),
        Case("entries-20k.md", _many_entries, big=True, titles=("Paper 0", "Paper 19999"), min_entries=20_000),
        Case("headings-5000.md", _deep_headings, big=True, titles=("Entry 0", "Entry 4999"), min_entries=5000),
    ]


def cases() -> list[Case]:
    return _cases_small() + _cases_big()


def committed() -> list[Case]:
    return [c for c in cases() if not c.big]


def write(target: Path = HERE, *, big: bool = False) -> list[Path]:
    """Write the committed files (and, with ``big=True``, the generated ones) into ``target``."""
    out = []
    for c in cases():
        if c.big and not big:
            continue
        p = target / c.name
        p.write_bytes(c.make())
        out.append(p)
    return out


if __name__ == "__main__":
    write()
