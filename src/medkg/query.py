"""Named SPARQL queries: the ``queries/*.rq`` library, safe parameters, a deadline, result formats.

A shipped query is a plain ``.rq`` file any SPARQL tool can run, with a header comment::

    # name: papers-with-code
    # description: Papers listed as entries that link a code repository …
    # param: topic (optional) — text of the entry's heading …
    # param: min_lists (optional, integer) — at least this many lists (default 2)

Parameters are never pasted into the query text as raw user input. Each value becomes an RDF
term (``pyoxigraph.Literal``/``NamedNode``, which validate and escape it) and the terms are
joined to the query through a ``VALUES`` block placed at the start of every ``WHERE`` group
(the main query and each sub-select), so a parameter is a constant in every scope and a query
reads an unset optional parameter as an unbound variable (``FILTER(!BOUND(?topic) || …)``).
A threshold for ``HAVING`` is bound before grouping and grouped by, e.g.
``BIND(COALESCE(?min_lists, 2) AS ?at_least)`` … ``GROUP BY ?work ?at_least HAVING (COUNT(DISTINCT ?l) >= ?at_least)``
(an aggregate over the unset parameter, ``MIN(?min_lists)``, crashes Virtuoso 7.2's optimizer).
One mechanism for the embedded store and for remote endpoints: the same text runs on both.

pyoxigraph has no query timeout, so the query runs in a daemon worker thread (pyoxigraph
releases the GIL while it evaluates) and the caller stops waiting at the deadline: a timeout
is a ``QueryError``, never a partial or empty answer. The abandoned evaluation keeps a core
busy until it finishes or the process exits — acceptable for the CLI, worth knowing for a
long-lived process.
"""

from __future__ import annotations

import csv
import functools
import io
import json
import logging
import re
import threading
from collections.abc import Iterable, Mapping, Sequence
from contextlib import nullcontext
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

from medkg import vocab
from medkg.errors import QueryError

log = logging.getLogger(__name__)

PARAM_TYPES = ("string", "integer", "decimal", "iri")
FORMATS = ("table", "csv", "tsv", "json")
_XSD_STRING = vocab.XSD + "string"
_LANG_STRING = vocab.RDF + "langString"
_VAR_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
_HEADER = re.compile(r"#\s*(name|description|param)\s*:\s*(.*)\Z", re.IGNORECASE)
_PARAM = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)\s*(?:\(([^)]*)\))?\s*(?:(?:—|--|-|:)\s*(.*))?\Z")
_QUERY_START = re.compile(r"(?is)\s*(?:#[^\n]*\n\s*)*(PREFIX|BASE|SELECT|ASK|CONSTRUCT|DESCRIBE)\b")


# ----------------------------------------------------------------------------- the library
@dataclass(frozen=True, slots=True)
class QueryParam:
    name: str
    optional: bool = True
    type: str = "string"  # one of PARAM_TYPES
    description: str = ""


@dataclass(frozen=True, slots=True)
class NamedQuery:
    name: str
    description: str
    params: tuple[QueryParam, ...]
    text: str
    source: str  # file path, or "<inline>"
    declared: bool = True  # False for ad-hoc text without a header: any parameter is accepted

    def param(self, name: str) -> QueryParam | None:
        return next((p for p in self.params if p.name == name), None)


def parse_header(text: str, *, source: str = "<inline>") -> tuple[str | None, str, tuple[QueryParam, ...]]:
    """(name, description, params) from the leading ``#`` comment lines of a query."""
    name: str | None = None
    description: list[str] = []
    params: list[QueryParam] = []
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line:
            continue
        if not line.startswith("#"):
            break
        m = _HEADER.match(line)
        if not m:
            continue
        key, value = m.group(1).lower(), m.group(2).strip()
        if key == "name":
            name = value
        elif key == "description":
            description.append(value)
        else:
            params.append(_parse_param(value, source=source, line=lineno))
    return name, " ".join(description), tuple(params)


def _parse_param(value: str, *, source: str, line: int) -> QueryParam:
    m = _PARAM.match(value)
    if not m:
        raise QueryError(f"bad parameter declaration {value!r} (expected `name (optional, type) — text`)",
                         source=source, line=line)
    optional, type_ = False, "string"
    for flag in filter(None, (f.strip().lower() for f in (m.group(2) or "").split(","))):
        if flag == "optional":
            optional = True
        elif flag == "required":
            optional = False
        elif flag in PARAM_TYPES:
            type_ = flag
        else:
            raise QueryError(f"unknown parameter flag {flag!r} (use optional, required or one of "
                             f"{', '.join(PARAM_TYPES)})", source=source, line=line)
    return QueryParam(m.group(1), optional, type_, (m.group(3) or "").strip())


def load_query_file(path: str | Path) -> NamedQuery:
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise QueryError(f"cannot read query file: {exc}", source=str(p)) from None
    name, description, params = parse_header(text, source=str(p))
    has_header = name is not None or bool(params)
    return NamedQuery(name or p.stem, description, params, text, str(p), declared=has_header)


def queries_dir() -> Path:
    from medkg.resources import queries_dir as shipped

    return shipped()


def list_queries(directory: str | Path | None = None) -> list[NamedQuery]:
    """The shipped queries (or those of ``directory``), sorted by name."""
    folder = Path(directory) if directory is not None else queries_dir()
    return sorted((load_query_file(p) for p in folder.glob("*.rq")), key=lambda q: q.name)


def resolve_query(spec: str, directory: str | Path | None = None) -> NamedQuery:
    """``NAME`` of a shipped query, a ``FILE`` path, or SPARQL text."""
    if not spec or not spec.strip():
        raise QueryError("empty query")
    if "\n" not in spec and len(spec) < 200:
        try:
            folder = Path(directory) if directory is not None else queries_dir()
        except FileNotFoundError:
            folder = None
        if folder is not None and _VAR_NAME.match(spec.replace("-", "_")) and (folder / f"{spec}.rq").is_file():
            return load_query_file(folder / f"{spec}.rq")
        path = Path(spec)
        if path.is_file():
            return load_query_file(path)
    if _QUERY_START.match(spec):
        name, description, params = parse_header(spec)
        return NamedQuery(name or "<inline>", description, params, spec, "<inline>",
                          declared=name is not None or bool(params))
    if spec.endswith((".rq", ".sparql")):
        raise QueryError(f"no such query file: {spec}")
    import difflib

    names = [q.name for q in list_queries(directory)] if directory is not None or _has_queries() else []
    close = difflib.get_close_matches(spec, names, n=3)
    hint = f" (did you mean {', '.join(close)}?)" if close else " (see `medkg query --list`)"
    raise QueryError(f"unknown query {spec!r}: not a shipped query name, a file or SPARQL text{hint}")


def _has_queries() -> bool:
    try:
        queries_dir()
    except FileNotFoundError:
        return False
    return True


# ----------------------------------------------------------------------------- parameters
def parse_param_args(args: Iterable[str]) -> dict[str, str]:
    """``["topic=Gene", "list=deep-medicine"]`` → dict; ``k=v`` with a valid variable name."""
    out: dict[str, str] = {}
    for arg in args:
        key, sep, value = arg.partition("=")
        key = key.strip().lstrip("?$")
        if not sep or not _VAR_NAME.match(key):
            raise QueryError(f"bad --param {arg!r}: expected name=value with a SPARQL variable name")
        if key in out:
            raise QueryError(f"--param {key} given twice")
        out[key] = value
    return out


def to_term(value: object, type_: str = "string"):
    """A user's value as a validated RDF term: the only way a value reaches a query."""
    import pyoxigraph as ox

    if isinstance(value, (ox.NamedNode, ox.Literal, ox.BlankNode)):
        return value
    text = str(value)
    try:
        if type_ == "iri":
            return ox.NamedNode(text[1:-1] if text.startswith("<") and text.endswith(">") else text)
        if type_ == "integer":
            return ox.Literal(str(int(text.strip())), datatype=ox.NamedNode(vocab.XSD + "integer"))
        if type_ == "decimal":
            return ox.Literal(str(Decimal(text.strip())), datatype=ox.NamedNode(vocab.XSD + "decimal"))
    except (ValueError, InvalidOperation) as exc:
        raise QueryError(f"{text!r} is not a valid {type_}: {exc}") from None
    return ox.Literal(text)


def _undeclared_term(value: object):
    """Ad-hoc queries declare no types: ``<…>`` is an IRI, anything else a plain string."""
    text = str(value)
    if len(text) > 2 and text.startswith("<") and text.endswith(">"):
        return to_term(text, "iri")
    return to_term(value, "string")


def bind(query: NamedQuery, params: Mapping[str, object] | None = None) -> str:
    """The query text with its parameters joined in through ``VALUES`` blocks.

    Unknown names, missing required parameters and values of the wrong type are errors.
    """
    params = dict(params or {})
    terms: dict[str, object] = {}
    if query.declared:
        known = {p.name for p in query.params}
        unknown = sorted(set(params) - known)
        if unknown:
            takes = ", ".join(sorted(known)) or "no parameters"
            raise QueryError(f"query {query.name!r} has no parameter {', '.join(unknown)} (it takes: {takes})")
        for p in query.params:
            if p.name in params and params[p.name] is not None:
                terms[p.name] = to_term(params[p.name], p.type)
            elif not p.optional:
                raise QueryError(f"query {query.name!r} needs --param {p.name}=… ({p.description or p.type})")
    else:
        terms = {k: _undeclared_term(v) for k, v in params.items() if v is not None}
    text = with_default_prefixes(query.text)
    if not terms:
        return text
    tokens = list(_tokens(text))
    used = {t.value[1:] for t in tokens if t.kind == "var"}
    missing = sorted(set(terms) - used)
    if missing:
        raise QueryError(f"parameter {', '.join(missing)} is not used by query {query.name!r}")
    spots = _where_groups(tokens)
    names = sorted(terms)
    block = f" VALUES ({' '.join('?' + n for n in names)}) {{ ({' '.join(str(terms[n]) for n in names)}) }} "
    if spots == [_SHORT_CONSTRUCT]:
        # ``CONSTRUCT WHERE { … }``: the group is also the template, where VALUES may not stand;
        # the grammar's trailing ValuesClause binds the whole query instead (newline: a final comment).
        return text + "\n" + block
    if not spots:
        raise QueryError(f"query {query.name!r} has no WHERE group to bind parameters into")
    out, last = [], 0
    for pos in spots:
        out.append(text[last:pos])
        out.append(block)
        last = pos
    out.append(text[last:])
    return "".join(out)


def with_default_prefixes(text: str) -> str:
    """Prepend the medkg namespaces the query uses without declaring (never redeclares one)."""
    declared = {m.group(1) for m in re.finditer(r"(?i)\bPREFIX\s+([A-Za-z][\w.-]*|)\s*:", text)}
    missing = [(p, ns) for p, ns in vocab.PREFIXES.items() if p not in declared and f"{p}:" in text]
    if not missing:
        return text
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in missing) + text


# ----------------------------------------------------------------------------- a small SPARQL lexer
@dataclass(frozen=True, slots=True)
class _Tok:
    kind: str  # "kw" (a bare name), "var", "punct", "other"
    value: str
    start: int
    end: int


@functools.cache
def _lex() -> re.Pattern:
    """The SPARQL lexer, compiled on first use: its wide Unicode classes take ~40 ms to compile,
    which every ``medkg`` command would pay at import (issue #8: ≤ 0.3 s of CLI overhead)."""
    return re.compile(_LEX_PATTERN, re.VERBOSE | re.DOTALL)


_LEX_PATTERN = r"""
    (?P<ws>\s+)
  | (?P<comment>\#[^\n]*)
  | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
              |'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<var>[?$][A-Za-z0-9_\u00B7\u00C0-\uFFFF\U00010000-\U000EFFFF]+)
  | (?P<name>[A-Za-z_\u00C0-\uFFFF\U00010000-\U000EFFFF][\w\u00B7\u00C0-\uFFFF\U00010000-\U000EFFFF.-]*
             (?::[\w\u00B7\u00C0-\uFFFF\U00010000-\U000EFFFF.:%-]*)?|:[\w.:%-]*)
  | (?P<punct>[{}()])
  | (?P<other>.)
"""


def _tokens(text: str) -> Iterable[_Tok]:
    """The tokens of a query, strings, IRIs, comments and white space left out.

    ``FILTER(?a<?b&&?c>0)``: SPARQL's IRI token also matches ``<?b&&?c>``; a ``<`` right after an operand (a
    variable, a number, a closing parenthesis) that opens an "IRI" starting with a variable is the comparison
    it reads as, so ``?b`` stays a variable to bind (real IRIs do not start with ``?`` or ``$``)."""
    lex = _lex()
    pos, n = 0, len(text)
    operand = False  # the last significant token ends an expression operand
    while pos < n:
        m = lex.match(text, pos)
        assert m is not None  # the last alternative matches any character
        kind = m.lastgroup
        assert kind is not None  # every alternative of the pattern is a named group
        value = m.group(0)
        if kind == "iri" and operand and value[1:2] in ("?", "$"):
            yield _Tok("other", "<", pos, pos + 1)
            pos, operand = pos + 1, False
            continue
        pos = m.end()
        if kind in ("ws", "comment"):
            continue
        operand = kind == "var" or value == ")" or (kind == "other" and value.isdigit())
        if kind in ("string", "iri"):
            continue
        if kind == "name":
            kind = "kw" if ":" not in value else "other"
        yield _Tok(kind, value, m.start(), m.end())


_SHORT_CONSTRUCT = -1  # the only "spot" of a ``CONSTRUCT WHERE { … }`` query (no sub-selects possible)


def _where_groups(tokens: Sequence[_Tok]) -> list[int]:
    """Offsets just after the ``{`` that opens each query pattern (main query and sub-selects)."""
    spots: list[int] = []
    paren = 0
    pending: int | None = None  # paren depth at which the next "{" opens a WHERE group
    template = False  # the next "{" is a CONSTRUCT template, not a pattern
    previous, in_from = "", False  # the last token that is not part of a FROM (NAMED) clause
    for t in tokens:
        word = t.value.upper() if t.kind == "kw" else t.value
        if word == "WHERE" and previous == "CONSTRUCT":
            return [_SHORT_CONSTRUCT]
        if word in ("FROM", "NAMED"):
            in_from = True
        elif in_from and t.kind == "other":
            in_from = False  # FROM ex:g (FROM <g> is skipped by the lexer)
        else:
            previous, in_from = word, False
        v = t.value.upper() if t.kind == "kw" else t.value
        if t.kind == "punct":
            if v == "(":
                paren += 1
            elif v == ")":
                paren -= 1
            elif v == "{" and pending is not None and paren == pending:
                if template:
                    template = False  # skip the template; its WHERE comes next
                    pending = None
                else:
                    spots.append(t.end)
                    pending = None
        elif t.kind == "kw":
            if v in ("SELECT", "ASK", "DESCRIBE"):
                pending, template = paren, False
            elif v == "CONSTRUCT":
                pending, template = paren, True
            elif v == "WHERE":
                pending, template = paren, False
    return spots


# ----------------------------------------------------------------------------- running
@dataclass(frozen=True, slots=True)
class QueryResult:
    """A materialised answer: ``kind`` is "select", "ask" or "graph" (CONSTRUCT/DESCRIBE)."""

    kind: str
    variables: tuple[str, ...] = ()
    rows: tuple[tuple[object, ...], ...] = ()  # pyoxigraph terms or None (unbound)
    boolean: bool | None = None


def run(store, query: NamedQuery | str, params: Mapping[str, object] | None = None, *,
        timeout: float | None = None) -> QueryResult:
    """Bind, run on ``store`` (anything with ``.query``) and materialise, within ``timeout`` s."""
    if isinstance(query, str):
        query = resolve_query(query)
    text = bind(query, params)
    try:
        return _with_deadline(lambda: _materialise(store.query(text, timeout=timeout)), timeout, query)
    except SyntaxError as exc:
        raise _syntax_error(query, text, exc, tuple(params or ())) from None
    except OSError as exc:
        raise QueryError(f"query {query.name!r} failed: {exc}") from None


def run_query(spec: str, params: Mapping[str, object] | None = None, *, store: str | Path | None = None,
              endpoint: str | None = None, timeout: float | None = None,
              directory: str | Path | None = None) -> QueryResult:
    """Open the store read-only, run ``spec`` (name, file or SPARQL text), close the store."""
    from medkg.store import open_store

    query = resolve_query(spec, directory)
    st = open_store(store, endpoint=endpoint, read_only=True)
    try:
        return run(st, query, params, timeout=timeout)
    finally:
        st.close()


def _with_deadline(fn, timeout: float | None, query: NamedQuery):
    if timeout is None or timeout <= 0:
        return fn()
    box: dict[str, object] = {}
    done = threading.Event()

    def work() -> None:
        try:
            box["value"] = fn()
        except BaseException as exc:  # handed to the waiting thread and re-raised there
            box["error"] = exc
        finally:
            done.set()

    threading.Thread(target=work, name=f"medkg-query-{query.name}", daemon=True).start()
    if not done.wait(timeout):
        log.info("query %s abandoned after %s s; its evaluation continues in the background", query.name, timeout)
        raise QueryError(f"query {query.name!r} timed out after {timeout:g} s (no partial answer is given; "
                         "raise --timeout or narrow the query)")
    if "error" in box:
        raise box["error"]  # type: ignore[misc]
    return box["value"]


def _materialise(result) -> QueryResult:
    if isinstance(result, bool) or type(result).__name__ == "QueryBoolean":
        return QueryResult("ask", boolean=bool(result))
    variables = getattr(result, "variables", None)
    if variables is not None:
        names = tuple(getattr(v, "value", str(v).lstrip("?")) for v in variables)
        rows = tuple(tuple(sol[i] for i in range(len(names))) for sol in result)
        return QueryResult("select", names, rows)
    rows = tuple((t.subject, t.predicate, t.object) for t in result)
    return QueryResult("graph", ("subject", "predicate", "object"), rows)


def _syntax_error(query: NamedQuery, bound_text: str, exc: SyntaxError, names: tuple[str, ...] = ()) -> QueryError:
    """Line and column in the user's own text (our PREFIX and VALUES additions shift them). A text that
    parses alone but not once bound assigns a bound parameter itself (``BIND(… AS ?x)`` with ``--param
    x=…``): the VALUES block puts ``?x`` in scope first, which SPARQL refuses — the user's to change."""
    import pyoxigraph as ox

    try:
        # parsing is all that is wanted: it happens in the call (an ASK answer is not iterable)
        ox.Store().query(query.text, prefixes=dict(vocab.PREFIXES))
    except SyntaxError as original:
        return _located(query, str(original))
    assigned = [n for n in names if re.search(rf"(?i)\bAS\s*[?$]{re.escape(n)}(?![\w\u00b7-])", query.text)]
    if assigned:
        return QueryError(f"parameter {assigned[0]!r} cannot be bound: the query {query.name!r} assigns "
                          f"?{assigned[0]} itself (… AS ?{assigned[0]}); rename the parameter or the variable")
    log.error("binding produced an invalid query: %s\n%s", exc, bound_text)
    return QueryError(f"internal error: binding the parameters of {query.name!r} gave an invalid query ({exc})")


def _located(query: NamedQuery, message: str) -> QueryError:
    m = re.search(r"(\d+):(\d+)", message)
    detail = re.sub(r"^error at [\d:.-]+:\s*", "", message).strip().splitlines()[0] if message.strip() else ""
    if "Prefix not found" in message:
        undefined = _undeclared_prefixes(query.text)
        detail = (f"undefined prefix {', '.join(p + ':' for p in undefined)}" if undefined
                  else "undefined prefix") + " (declare it with PREFIX)"
    elif len(detail) > 160:
        detail = detail[:157] + "…"
    where = _where(query)
    if not m:
        return QueryError(f"{where}syntax error: {detail}")
    line, col = int(m.group(1)), int(m.group(2))
    lines = query.text.splitlines()
    near = ""
    if 1 <= line <= len(lines):
        snippet = lines[line - 1][max(col - 1, 0):max(col - 1, 0) + 30].strip()
        near = f" near {snippet!r}" if snippet else " (end of line)"
    return QueryError(f"{where}syntax error at line {line}, column {col}{near}: {detail}")


def _where(query: NamedQuery) -> str:
    return "" if query.source == "<inline>" else f"{query.source}: "


def _undeclared_prefixes(text: str) -> list[str]:
    declared = {m.group(1) for m in re.finditer(r"(?i)\bPREFIX\s+([A-Za-z][\w.-]*|)\s*:", text)}
    used = {t.value.split(":", 1)[0] for t in _tokens(text) if t.kind == "other" and ":" in t.value}
    return sorted(used - declared - set(vocab.PREFIXES))


# ----------------------------------------------------------------------------- formats
def term_text(term) -> str:
    """A term as plain text (SPARQL CSV): IRI, lexical form, ``_:id``; "" for unbound."""
    if term is None:
        return ""
    kind = type(term).__name__
    if kind == "BlankNode":
        return f"_:{term.value}"
    if kind == "Triple":
        return f"<< {term_text(term.subject)} {term_text(term.predicate)} {term_text(term.object)} >>"
    return term.value


def term_json(term) -> dict:
    kind = type(term).__name__
    if kind == "NamedNode":
        return {"type": "uri", "value": term.value}
    if kind == "BlankNode":
        return {"type": "bnode", "value": term.value}
    if kind == "Triple":
        return {"type": "triple", "value": {"subject": term_json(term.subject),
                                            "predicate": term_json(term.predicate),
                                            "object": term_json(term.object)}}
    out = {"type": "literal", "value": term.value}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype is not None and term.datatype.value not in (_XSD_STRING, _LANG_STRING):
        out["datatype"] = term.datatype.value
    return out


def serialize(result: QueryResult, fmt: str) -> str:
    """``csv`` | ``tsv`` | ``json`` (the SPARQL 1.1 results formats); ``table`` is :func:`to_table`."""
    if fmt == "json":
        if result.kind == "ask":
            return json.dumps({"head": {}, "boolean": result.boolean}) + "\n"
        bindings = [{v: term_json(t) for v, t in zip(result.variables, row) if t is not None} for row in result.rows]
        return json.dumps({"head": {"vars": list(result.variables)}, "results": {"bindings": bindings}},
                          ensure_ascii=False, indent=1) + "\n"
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\r\n")
        if result.kind == "ask":
            w.writerow(["boolean"])
            w.writerow(["true" if result.boolean else "false"])
        else:
            w.writerow(result.variables)
            w.writerows([term_text(t) for t in row] for row in result.rows)
        return buf.getvalue()
    if fmt == "tsv":
        if result.kind == "ask":
            return "?boolean\n" + ("true" if result.boolean else "false") + "\n"
        lines = ["\t".join("?" + v for v in result.variables)]
        lines.extend("\t".join("" if t is None else str(t) for t in row) for row in result.rows)
        return "\n".join(lines) + "\n"
    raise QueryError(f"unknown format {fmt!r} (use one of {', '.join(FORMATS)})")


def compact(term) -> str:
    """Display form for tables: known namespaces as prefixes, literals as their text."""
    if term is None:
        return ""
    if type(term).__name__ == "NamedNode":
        for prefix, ns in vocab.PREFIXES.items():
            if term.value.startswith(ns) and len(term.value) > len(ns):
                return f"{prefix}:{term.value[len(ns):]}"
    return term_text(term)


def to_table(result: QueryResult, *, title: str | None = None):
    """A ``rich`` table of the result (markup in values is shown as text, never interpreted)."""
    from rich.table import Table
    from rich.text import Text

    table = Table(title=title, show_lines=False)
    if result.kind == "ask":
        table.add_column("boolean")
        table.add_row("true" if result.boolean else "false")
        return table
    for v in result.variables:
        table.add_column(v, overflow="fold")
    for row in result.rows:
        table.add_row(*(Text(_printable(compact(t))) for t in row))
    return table


def _printable(text: str) -> str:
    """List text on a terminal: control characters (ESC sequences…) shown as U+FFFD, never sent."""
    return "".join(ch if ch.isprintable() or ch in " \t" else "\ufffd" for ch in text)


def write_result(result: QueryResult, fmt: str, output: str | Path | None = None) -> None:
    """Print ``result`` to stdout (a rich table for ``table``) or write it to ``output``."""
    import sys

    if fmt not in FORMATS:
        raise QueryError(f"unknown format {fmt!r} (use one of {', '.join(FORMATS)})")
    if fmt == "table":
        from rich.console import Console

        with open(output, "w", encoding="utf-8") if output else nullcontext(sys.stdout) as out:
            Console(file=out, width=None if not output else 200).print(to_table(result))
            if result.kind != "ask":
                Console(file=sys.stderr).print(f"{len(result.rows)} row(s)", markup=False)
        return
    text = serialize(result, fmt)
    if output:
        Path(output).write_text(text, encoding="utf-8", newline="")
    else:
        sys.stdout.write(text)


def describe_queries(queries: Sequence[NamedQuery]):
    """The ``medkg query --list`` table."""
    from rich.table import Table
    from rich.text import Text

    table = Table(title="medkg queries", show_lines=True)
    table.add_column("name", no_wrap=True)
    table.add_column("parameters")
    table.add_column("description")
    for q in queries:
        params = "\n".join(f"{p.name}{'' if p.optional else ' (required)'}{'' if p.type == 'string' else f' [{p.type}]'}"
                           f"{': ' + p.description if p.description else ''}" for p in q.params)
        table.add_row(Text(q.name), Text(params or "—"), Text(q.description))
    return table


__all__ = ["NamedQuery", "QueryError", "QueryParam", "QueryResult", "bind", "describe_queries", "list_queries",
           "load_query_file", "parse_header", "parse_param_args", "resolve_query", "run", "run_query",
           "serialize", "to_table", "to_term", "with_default_prefixes", "write_result"]
