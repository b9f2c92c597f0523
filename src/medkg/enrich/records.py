"""Crossref JSON → ``CrossrefRecord`` (pure).

Crossref's JSON is read defensively. A field of the wrong type is dropped (and said so),
never trusted, because one odd record in a search result must not take a build down;
a response whose *envelope* is wrong is refused as a whole (``MalformedResponse``) so
that the client retries it instead of caching it.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from medkg.enrich.model import Author, CrossrefRecord, clean_doi

log = logging.getLogger(__name__)


class MalformedResponse(ValueError):
    """A response that is JSON but not a Crossref answer (wrong envelope, wrong types)."""


# Lone surrogates (JSON "\ud800" escapes) cannot be encoded as UTF-8: they would break the cache
# write and the RDF literal. C0/C1 controls other than whitespace have no place in bibliographic text.
_UNWRITABLE = re.compile("[\ud800-\udfff]")
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def scrub(value: Any) -> Any:
    """``value`` (parsed JSON) with every string made writable: lone surrogates → U+FFFD, controls dropped."""
    if isinstance(value, str):
        if _UNWRITABLE.search(value):
            value = _UNWRITABLE.sub("\ufffd", value)
        return _CONTROLS.sub("", value) if _CONTROLS.search(value) else value
    if isinstance(value, list):
        return [scrub(v) for v in value]
    if isinstance(value, dict):
        return {scrub(k): scrub(v) for k, v in value.items()}
    return value


def works_items(body: Any) -> list[dict[str, Any]]:
    """The ``items`` of a ``/works`` list answer; refuses anything not shaped like one."""
    message = _message(body, "work-list")
    items = message.get("items")
    if not isinstance(items, list):
        raise MalformedResponse(f"message.items is {type(items).__name__}, expected a list")
    for item in items:
        if not isinstance(item, dict) or not isinstance(item.get("DOI"), str):
            raise MalformedResponse("an item is not an object with a string DOI")
    return items


def work_item(body: Any) -> dict[str, Any]:
    """The record of a ``/works/{doi}`` answer."""
    message = _message(body, "work")
    if not isinstance(message.get("DOI"), str):
        raise MalformedResponse("message.DOI is missing or not a string")
    return message


def _message(body: Any, message_type: str) -> dict[str, Any]:
    if not isinstance(body, dict):
        raise MalformedResponse(f"body is {type(body).__name__}, expected an object")
    if body.get("status") != "ok":
        raise MalformedResponse(f"status is {body.get('status')!r}, expected 'ok'")
    if body.get("message-type") not in (message_type, None):
        raise MalformedResponse(f"message-type is {body.get('message-type')!r}, expected {message_type!r}")
    message = body.get("message")
    if not isinstance(message, dict):
        raise MalformedResponse(f"message is {type(message).__name__}, expected an object")
    return message


def record_from_item(item: dict[str, Any]) -> tuple[CrossrefRecord | None, list[str]]:
    """A ``CrossrefRecord`` and the list of fields that were dropped for having the wrong type.

    Returns ``(None, problems)`` when the item has no usable DOI.
    """
    problems: list[str] = []
    doi = clean_doi(item.get("DOI"))
    if doi is None:
        return None, [f"DOI {item.get('DOI')!r} is not a DOI"]

    def text_list(name: str) -> str | None:
        value = item.get(name)
        if value is None:
            return None
        if isinstance(value, str):  # seen in the wild: a bare string instead of a list
            return _clean(value)
        if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
            return _clean(value[0])
        if isinstance(value, list) and not value:
            return None
        problems.append(name)
        return None

    def text(name: str) -> str | None:
        value = item.get(name)
        if value is None:
            return None
        if isinstance(value, (str, int)) and not isinstance(value, bool):
            return _clean(str(value))
        problems.append(name)
        return None

    count = item.get("is-referenced-by-count")
    if count is not None and (isinstance(count, bool) or not isinstance(count, int) or count < 0):
        problems.append("is-referenced-by-count")
        count = None
    score = item.get("score")
    if score is not None and (isinstance(score, bool) or not isinstance(score, (int, float))):
        problems.append("score")
        score = None

    issued = _date_parts(item.get("issued"), "issued", problems)
    other = []
    for name in ("published-print", "published-online", "published", "posted"):
        parts = _date_parts(item.get(name), name, problems)
        if parts:
            other.append(parts[0])
    if not issued and other:
        issued = (min(other),)

    url = item.get("URL")
    if url is not None and not (isinstance(url, str) and url.startswith(("http://", "https://"))):
        problems.append("URL")
        url = None

    has_preprint, is_preprint_of = _relations(item.get("relation"), problems)
    record = CrossrefRecord(
        doi=doi,
        title=text_list("title"),
        subtitle=text_list("subtitle"),
        authors=_authors(item.get("author"), problems),
        container_title=text_list("container-title"),
        short_container_title=text_list("short-container-title"),
        issued=issued,
        other_years=tuple(sorted(set(other))),
        type=text("type"),
        citation_count=count,
        has_preprint=has_preprint,
        is_preprint_of=is_preprint_of,
        url=url,
        volume=text("volume"),
        issue=text("issue"),
        page=text("page"),
        score=float(score) if score is not None else None,
    )
    if problems:
        log.warning("Crossref record %s: dropped fields of the wrong type: %s", doi, ", ".join(problems))
    return record, problems


def _clean(value: str) -> str | None:
    value = " ".join(value.split())
    return value or None


def _date_parts(value: Any, name: str, problems: list[str]) -> tuple[int, ...]:
    if value is None:
        return ()
    try:
        parts = value["date-parts"][0]
        if parts is None or parts == [None]:
            return ()
        out = tuple(int(p) for p in parts[:3] if not isinstance(p, bool))
    except (TypeError, KeyError, IndexError, ValueError):
        problems.append(name)
        return ()
    if not out or not 1000 <= out[0] <= 2999 or len(out) != len(parts[:3]):
        problems.append(name)
        return ()
    if len(out) >= 2 and not 1 <= out[1] <= 12:
        return out[:1]
    if len(out) == 3 and not 1 <= out[2] <= 31:
        return out[:2]
    return out


def _authors(value: Any, problems: list[str]) -> tuple[Author, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        problems.append("author")
        return ()
    out = []
    for raw in value:
        if not isinstance(raw, dict):
            problems.append("author")
            continue
        fields = {}
        for key in ("given", "family", "name", "sequence", "ORCID"):
            v = raw.get(key)
            if v is not None and not isinstance(v, str):
                problems.append(f"author.{key}")
                v = None
            fields[key] = _clean(v) if v else None
        orcid = normalise_orcid(fields["ORCID"]) if fields["ORCID"] else None
        if fields["ORCID"] and orcid is None:
            problems.append("author.ORCID")
        if not (fields["family"] or fields["name"]):
            continue
        out.append(Author(fields["given"], fields["family"], fields["name"], orcid, fields["sequence"]))
    return tuple(out)


def normalise_orcid(value: str) -> str | None:
    """``0000-0002-1694-233X`` from a bare or ``orcid.org`` URL form, if the ISO 7064 check digit holds."""
    bare = value.strip()
    for prefix in ("https://orcid.org/", "http://orcid.org/", "orcid.org/"):
        if bare.lower().startswith(prefix):
            bare = bare[len(prefix):]
            break
    groups = bare.split("-")
    if len(groups) != 4 or any(len(g) != 4 for g in groups):
        return None
    chars = "".join(groups).upper()
    if not all(c in "0123456789" for c in chars[:-1]) or chars[-1] not in "0123456789X":
        return None
    total = 0
    for c in chars[:-1]:
        total = (total + int(c)) * 2
    check = (12 - total % 11) % 11
    return bare.upper() if chars[-1] == ("X" if check == 10 else str(check)) else None


def _relations(value: Any, problems: list[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    if value is None:
        return (), ()
    if not isinstance(value, dict):
        problems.append("relation")
        return (), ()
    found: dict[str, list[str]] = {"has-preprint": [], "is-preprint-of": []}
    for name, bucket in found.items():
        entries = value.get(name, [])
        if not isinstance(entries, list):
            problems.append(f"relation.{name}")
            continue
        for entry in entries:
            if not isinstance(entry, dict) or entry.get("id-type") != "doi":
                continue
            doi = clean_doi(entry.get("id"))
            if doi:
                bucket.append(doi)
    return tuple(sorted(set(found["has-preprint"]))), tuple(sorted(set(found["is-preprint-of"])))
