"""Case- and mark-blind keys of short texts: titles, names, link texts.

Why: several stages ask whether two spellings are one title or one name ("{fastMRI}: An Open Dataset…" and
"fastMRI: An open dataset…", "[PointTransformer]" and "Point Transformer"), and each had written the same fold
inline; one definition keeps them comparing alike.
"""

from __future__ import annotations


def words(text: str) -> list[str]:
    """The runs of letters and digits of ``text``, case-folded: "GL-MCM v2" → ``["gl", "mcm", "v2"]``."""
    return "".join(ch if ch.isalnum() else " " for ch in text.casefold()).split()


def alnum_key(text: str) -> str:
    """``text``'s letters and digits, case-folded, with nothing between them: spacing, hyphens, brackets and marks
    aside, two spellings of one title share it."""
    return "".join(ch for ch in text.casefold() if ch.isalnum())
