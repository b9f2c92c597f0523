"""Error hierarchy. Every error carries the context a user needs to act on it.

The CLI turns a ``MedkgError`` into a one-line message and exit code 1; anything
else is a bug and keeps its traceback.
"""

from __future__ import annotations


class MedkgError(Exception):
    """Base class: a problem the user can fix (bad input, unreachable server…)."""

    def __init__(self, message: str, *, source: str | None = None, line: int | None = None, **context: object):
        self.message = message
        self.source = source
        self.line = line
        self.context = context
        super().__init__(message)

    def __str__(self) -> str:
        where = ""
        if self.source:
            where = f"{self.source}:{self.line}: " if self.line else f"{self.source}: "
        extra = "".join(f" ({k}={v})" for k, v in self.context.items() if v is not None)
        return f"{where}{self.message}{extra}"


class SourceError(MedkgError):
    """A list could not be read: missing, binary, empty, undecodable, or nested past the reader's recursion."""


class ParseError(MedkgError):
    """A list could not be parsed at all (individual entry problems are Diagnostics)."""


class StoreError(MedkgError):
    """The store could not be opened, written or queried (locked, corrupt, server error)."""

    http_status: int | None = None  # a SPARQL server's HTTP status, when it answered with an error


class EnrichError(MedkgError):
    """Crossref enrichment failed in a way that stops it (not per-item failures)."""


class QueryError(MedkgError):
    """A SPARQL query is unknown, malformed, timed out or got bad parameters."""
