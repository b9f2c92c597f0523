"""Plain data passed between the stages (read → parse → classify/identify → resolve → rdf).

Frozen dataclasses only: a stage returns new values (``dataclasses.replace``), it never
mutates what an earlier stage produced. Nothing here imports another medkg module.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from operator import attrgetter

#: Link roles (DESIGN §2).
ROLES = ("paper", "code", "related_code", "dataset", "other")
#: Entry kinds (DESIGN §2).
KINDS = ("paper", "repository", "dataset", "model", "competition", "tool", "website", "other")


def _pickled_by_constructor(cls):
    """Pickle ``cls`` as ``cls(*values)``, its fields read by one C ``attrgetter``.

    A large corpus's entries cross process boundaries (extraction workers) and are kept pickled
    until their list is rendered (``pipeline``). The frozen, slotted dataclass's own pickling
    goes through ``__getstate__``/``__setstate__`` written in Python, which call ``fields()`` for
    every object. Measured on the 10k generated corpus (ten lists, compressed as the build keeps
    them): unpickling 0.49–0.84 s → 0.22–0.24 s, pickling 0.35–0.47 s → 0.20–0.24 s, the same
    objects back, the pickles no larger.
    """
    get = attrgetter(*(f.name for f in fields(cls)))
    cls.__reduce__ = lambda self: (cls, get(self))  # every class here has two fields or more
    return cls


@_pickled_by_constructor
@dataclass(frozen=True, slots=True)
class Diagnostic:
    """An input problem: reported, never fatal, never silent."""

    source: str
    line: int
    code: str  # e.g. "mojibake-repaired", "empty-link", "broken-link", "duplicate-entry", "no-link"
    message: str
    severity: str = "warning"  # "info" | "warning" | "error"


@_pickled_by_constructor
@dataclass(frozen=True, slots=True)
class SourceText:
    """One list as decoded text, with the facts about its bytes (from ``sources``)."""

    path: str  # as given by the user
    name: str  # slug used in IRIs and graph names, e.g. "deep-medicine"
    text: str  # decoded (and, where possible, repaired) text, newlines normalised to \n
    sha256: str  # of the raw bytes
    encoding: str  # detected encoding, e.g. "utf-8", "utf-8-sig", "gb18030"
    size: int  # raw byte size
    diagnostics: tuple[Diagnostic, ...] = ()


@_pickled_by_constructor
@dataclass(frozen=True, slots=True)
class Link:
    url: str
    label: str = ""  # what says what the link is: the field label ("code", "项目地址", "Paper:"),
    #                  a table column header, or else the link text
    role: str = "other"  # one of ROLES, set by classify
    line: int = 0
    text: str = ""  # the visible link text (may equal label)
    cited: bool = False  # a numbered reference's mark ("[3]"): ``text`` is the work its definition's hover text names

    def with_role(self, role: str) -> "Link":
        """This link given another role, every other field kept (one constructor call: it runs on hot paths, where
        ``dataclasses.replace`` costs several times more)."""
        return Link(self.url, self.label, role, self.line, self.text, self.cited)


@_pickled_by_constructor
@dataclass(frozen=True, slots=True)
class Identifiers:
    doi: str | None = None  # lower-case, no resolver prefix
    arxiv: str | None = None  # no version suffix
    pmid: str | None = None
    pmcid: str | None = None  # "PMC1234567"

    def as_dict(self) -> dict[str, str | None]:
        return {"doi": self.doi, "arxiv": self.arxiv, "pmid": self.pmid, "pmcid": self.pmcid}

    def any(self) -> bool:
        return bool(self.doi or self.arxiv or self.pmid or self.pmcid)

    def as_tuple(self) -> tuple[str | None, str | None, str | None, str | None]:
        """(doi, arxiv, pmid, pmcid): ``dataclasses.astuple`` deep-copies each field, 20 times slower in the hot path."""
        return (self.doi, self.arxiv, self.pmid, self.pmcid)


@_pickled_by_constructor
@dataclass(frozen=True, slots=True)
class Heading:
    """A heading of the list as a topic: ``2.1 基因序列分析与预测 Gene sequence analysis``."""

    text: str
    level: int
    number: str | None = None  # "2.1"
    label_zh: str | None = None
    label_en: str | None = None


@_pickled_by_constructor
@dataclass(frozen=True, slots=True)
class Entry:
    """One item of a list as written (bullet, table row, heading block, paragraph block)."""

    source: str  # list name (slug)
    line: int  # 1-based first line
    end_line: int
    topic: tuple[Heading, ...]
    text: str  # raw source text of the item
    title: str
    links: tuple[Link, ...] = ()
    kind: str = "other"  # one of KINDS, set by classify
    identifiers: Identifiers = field(default_factory=Identifiers)
    authors: tuple[str, ...] = ()
    year: int | None = None
    venue: str | None = None
    description: str = ""  # remaining prose after the title (citation trailer, summary, 简介…)
    fields: tuple[tuple[str, str], ...] = ()  # labelled values as written: ("来源", "CBLUE"), ("year", "2020")
    diagnostics: tuple[Diagnostic, ...] = ()

    @property
    def topic_labels(self) -> list[str]:
        return [h.text for h in self.topic]
