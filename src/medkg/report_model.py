"""The papers-with-code report's data: what ``report`` computes and the renderers show.

Plain frozen dataclasses (and the few numbers derived from them), so that computing the report
(``report``) and rendering it (``report_render`` for Markdown and CSV, ``report_html`` for HTML)
meet only here. Their texts are as the graph gives them: escaping is each renderer's job. ``safe_url`` is the one
rule every side shares: which addresses may be links at all (compute picks each paper's landing page
with it, the renderers link only what it allows).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_UNSAFE_IN_URL = re.compile(r'[\s\x00-\x1f\x7f<>"`\\]')
_HTTP_URL = re.compile(r"https?://(?:[^/?#@]*@)?[^/?#@:]+(?::\d{1,5})?(?:[/?#]|\Z)", re.IGNORECASE)


def safe_url(url: str) -> str | None:
    """``url`` if it is an absolute http(s) URL fit to be a link target, else None.

    ``javascript:``, ``data:``, relative and malformed URLs are shown as text, never linked.
    """
    if not url or len(url) > 2000 or _UNSAFE_IN_URL.search(url) or not _HTTP_URL.match(url):
        return None
    return url


@dataclass(frozen=True, slots=True)
class Coverage:
    papers: int
    official: int
    related_only: int

    @property
    def without(self) -> int:
        return self.papers - self.official - self.related_only

    @property
    def with_code(self) -> int:
        return self.official + self.related_only

    @property
    def pct_with_code(self) -> float:
        """Share of papers with any code link (official or related), in percent."""
        return 100.0 * self.with_code / self.papers if self.papers else 0.0

    @property
    def pct_official(self) -> float:
        return 100.0 * self.official / self.papers if self.papers else 0.0


@dataclass(frozen=True, slots=True)
class Row:
    """A group of papers (a list, a heading) and its coverage."""

    key: str  # list name, or topic IRI
    list_name: str
    label: str  # list title, or the heading path "A › B › C"
    coverage: Coverage
    depth: int = 0


@dataclass(frozen=True, slots=True)
class PaperRow:
    paper: str  # work IRI
    title: str
    year: str
    venue: str
    dois: tuple[str, ...]
    arxiv: tuple[str, ...]
    link: str  # best landing page: doi.org, arXiv, or a URL a list gave ("" if none)
    code_official: tuple[str, ...]  # repository URLs
    code_related: tuple[str, ...]
    lists: tuple[str, ...]
    mentions: tuple[tuple[str, int], ...]  # (list, line)

    @property
    def status(self) -> str:
        return "official" if self.code_official else "related" if self.code_related else "none"


@dataclass(frozen=True, slots=True)
class SharedRepo:
    repo: str  # repository URL
    papers: tuple[tuple[str, str, str], ...]  # (paper IRI, title, "official" | "related")


@dataclass(frozen=True, slots=True)
class TodoItem:
    list_name: str
    topic: str  # heading path
    lines: tuple[int, ...]
    title: str  # as the list writes it
    paper: str
    code_elsewhere: tuple[str, ...]  # repositories other lists link for this paper


@dataclass(frozen=True, slots=True)
class PapersWithCodeReport:
    lists: tuple[str, ...]  # every list in the store
    list_filter: str | None
    topic_filter: str | None
    total: Coverage
    by_list: tuple[Row, ...]
    by_topic: tuple[Row, ...]  # every heading that holds papers directly, in document order
    by_top_topic: tuple[Row, ...]  # rolled up to each list's top-level headings (for the chart)
    papers: tuple[PaperRow, ...]
    shared_repos: tuple[SharedRepo, ...]
    todo: tuple[TodoItem, ...]
    cited_only: int = 0  # papers only cited by other entries (not counted above)
