"""Write the encoded sample files next to this script: ``python tests/data/encodings/generate.py``.

Each sample is (file name, raw bytes, expected decoded text or None when reading must
fail). ``tests/test_sources.py`` checks that the committed files still equal these bytes
and that ``medkg.sources`` decodes them to the expected text.
"""

from __future__ import annotations

import codecs
from pathlib import Path

HERE = Path(__file__).resolve().parent

ZH_SIMPLIFIED = "# 中文医学自然语言处理资源\n\n- [医渡云结构化数据集](http://openkg.cn/dataset/yidu-s4k)：电子病历命名实体识别。\n- 论文地址：https://arxiv.org/abs/2106.08087\n"
ZH_TRADITIONAL = "# 醫學自然語言處理資源\n\n- [電子病歷資料集](http://example.org/emr)：命名實體識別與關係抽取。\n"
JA = "# 医療自然言語処理のリソース\n\n- [電子カルテのデータセット](http://example.org/ja)：固有表現抽出。\n"
LATIN = "# Ressources médicales\n\n- [Données cliniques](http://example.org/fr) : reconnaissance d'entités nommées (São Paulo, Müller, Ångström).\n"
WINDOWS = "# A “curated” list – résumé\n\n- [Café dataset](http://example.org/cafe) — naïve Bayes, 5 €, ±2 ‰.\n"
MIXED = "# Awesome medical NLP 医学\n\n- [BioBERT](https://github.com/dmis-lab/biobert) — 生物医学预训练模型 (naïve → ≥ 0.9)\n"
ENGLISH = "# Awesome list\n\n* [Paper](https://arxiv.org/abs/1234.5678) [`code`](https://github.com/a/b)\n"

PNG_HEADER = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00\x1f\xf3\xffa"


def samples() -> list[tuple[str, bytes, str | None]]:
    return [
        ("utf8.md", MIXED.encode("utf-8"), MIXED),
        ("utf8-bom.md", codecs.BOM_UTF8 + MIXED.encode("utf-8"), MIXED),
        ("utf16le-bom.md", codecs.BOM_UTF16_LE + MIXED.encode("utf-16-le"), MIXED),
        ("utf16be-bom.md", codecs.BOM_UTF16_BE + MIXED.encode("utf-16-be"), MIXED),
        ("utf16le-nobom.md", ENGLISH.encode("utf-16-le"), ENGLISH),
        ("utf16be-nobom.md", ENGLISH.encode("utf-16-be"), ENGLISH),
        ("utf32le-bom.md", codecs.BOM_UTF32_LE + MIXED.encode("utf-32-le"), MIXED),
        ("gb18030.md", ZH_SIMPLIFIED.encode("gb18030"), ZH_SIMPLIFIED),
        ("gbk-short.md", "论文地址：数据集\n".encode("gbk"), "论文地址：数据集\n"),
        ("big5.md", ZH_TRADITIONAL.encode("big5"), ZH_TRADITIONAL),
        ("big5-short.md", "# 醫學自然語言處理資源\n".encode("big5"), "# 醫學自然語言處理資源\n"),
        ("shift-jis.md", JA.encode("shift_jis"), JA),
        ("latin1.md", LATIN.encode("latin-1"), LATIN),
        ("cp1252.md", WINDOWS.encode("cp1252"), WINDOWS),
        ("crlf.md", ENGLISH.replace("\n", "\r\n").encode("utf-8"), ENGLISH),
        ("cr-only.md", ENGLISH.replace("\n", "\r").encode("utf-8"), ENGLISH),
        ("nul-bytes.md", ENGLISH.encode("utf-8").replace(b"Paper", b"Pa\x00per"), ENGLISH),
        ("png-header.png", PNG_HEADER, None),
        ("empty.md", b"", None),
        ("blank.md", b"  \n\r\n\t\n", None),
        ("control-bytes.bin", bytes(range(0, 32)) * 8 + b"text", None),
    ]


def write(target: Path = HERE) -> None:
    for name, data, _ in samples():
        (target / name).write_bytes(data)


if __name__ == "__main__":
    write()
