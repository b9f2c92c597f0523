"""SHACL validation of a built graph against ``ontology/shapes.ttl`` (``medkg validate``).

Why the union: queries see the union of the named graphs, and facts about one work come
from several list graphs and the Crossref graph, so that is what the shapes must hold for.
The store is read through ``GraphStore.dump("nq")`` — the one read path every store
(embedded or remote) offers — parsed with Oxigraph's fast parser and poured into one
rdflib graph with the graph names dropped. Staging graphs (leftovers of a killed build,
cleaned by the next build) are left out: they are not part of the published graph.

The shipped ontology is added to the data graph, because SHACL's ``sh:targetClass`` and
``sh:class`` follow ``rdfs:subClassOf`` triples *in the data graph*: that is what lets one
shape about ``mkg:Work`` reach every Paper, Repository and Model without running an RDFS
reasoner (which would cost more than the validation itself and add nothing we need).

``conforms`` is about ``sh:Violation`` only: warnings and infos (a paper with two DOIs, a URL
kept as a literal) are reported but do not fail the build.
"""

from __future__ import annotations

import logging
import time
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from medkg import vocab
from medkg.errors import MedkgError, StoreError

log = logging.getLogger(__name__)

SHAPES_FILE = "shapes.ttl"
ONTOLOGY_FILE = "medkg.ttl"
SEVERITIES = ("Violation", "Warning", "Info")


@dataclass(frozen=True, slots=True)
class Violation:
    """One SHACL validation result, with terms as strings (IRIs unbracketed, literals as text)."""

    focus: str
    path: str | None
    message: str
    severity: str  # "Violation" | "Warning" | "Info"
    value: str | None = None
    shape: str | None = None  # the source shape's IRI; None when it is a blank node
    constraint: str | None = None  # e.g. "sh:MinCountConstraintComponent"


@dataclass(frozen=True, slots=True)
class ValidationReport:
    conforms: bool  # True when there is no result of severity Violation
    violations: tuple[Violation, ...]  # every result, Violations first
    counts: dict[str, int] = field(default_factory=dict)  # severity → number of results
    triples: int = 0  # size of the validated data graph (ontology included)
    graphs: tuple[str, ...] = ()  # named graphs validated
    skipped_graphs: tuple[str, ...] = ()  # staging graphs left out
    seconds: float = 0.0  # wall time of load + validation, for the report only

    def by_severity(self, severity: str) -> list[Violation]:
        return [v for v in self.violations if v.severity == severity]


# ----------------------------------------------------------------------------- entry points
def validate(store, *, shapes_path: str | Path | None = None, ontology_path: str | Path | None = None) -> ValidationReport:
    """Validate the union of ``store``'s named graphs (and default graph) against the shapes."""
    started = time.perf_counter()
    data = store.dump("nq")
    return _validate_nquads(data, shapes_path, ontology_path, started)


def validate_nquads(data: bytes, *, shapes_path: str | Path | None = None,
                    ontology_path: str | Path | None = None) -> ValidationReport:
    """Validate N-Quads (or N-Triples) bytes, e.g. an export, as one union graph."""
    return _validate_nquads(data, shapes_path, ontology_path, time.perf_counter())


def _validate_nquads(data: bytes, shapes_path, ontology_path, started: float) -> ValidationReport:
    import pyoxigraph as ox

    shapes = _load_shapes(Path(shapes_path) if shapes_path else _shipped(SHAPES_FILE))
    ontology = Path(ontology_path) if ontology_path else _shipped(ONTOLOGY_FILE)
    try:
        quads = ox.parse(input=data, format=ox.RdfFormat.N_QUADS)
        graph, graphs, skipped = _union_graph(quads)
    except SyntaxError as exc:
        raise StoreError(f"the store's N-Quads could not be parsed for validation: {exc}") from None
    _add_turtle(graph, ontology)
    if skipped:
        log.warning("left out %d staging graph(s) of an interrupted build: %s", len(skipped), ", ".join(skipped))
    log.info("validating %d triples from %d graphs", len(graph), len(graphs))
    return _run(graph, shapes, graphs=tuple(graphs), skipped=tuple(skipped), started=started)


def _shipped(name: str) -> Path:
    from medkg.resources import ontology_dir

    try:
        return ontology_dir() / name
    except FileNotFoundError as exc:
        raise MedkgError(str(exc)) from None


# ----------------------------------------------------------------------------- loading
def _is_staging(graph_iri: str) -> bool:
    # vocab.staging_graph names them {base}graph/staging/{slug}; the store falls back to "#staging"
    return "/graph/staging/" in graph_iri or graph_iri.endswith("#staging")


def _union_graph(quads: Iterable) -> tuple[Any, list[str], list[str]]:
    """pyoxigraph quads → one rdflib Graph (graph names dropped), minus staging graphs."""
    import pyoxigraph as ox
    import rdflib

    graph = rdflib.Graph()
    convert = _TermConverter()
    graphs: set[str] = set()
    skipped: set[str] = set()
    add = graph.add
    for q in quads:
        g = q.graph_name
        if isinstance(g, ox.NamedNode):
            if _is_staging(g.value):
                skipped.add(g.value)
                continue
            graphs.add(g.value)
        add((convert(q.subject), convert(q.predicate), convert(q.object)))
    return graph, sorted(graphs), sorted(skipped)


class _TermConverter:
    """pyoxigraph terms → rdflib terms, memoised (predicates and classes repeat a lot)."""

    def __init__(self) -> None:
        import rdflib

        self._rdflib = rdflib
        self._iris: dict[str, object] = {}
        self._xsd_string = vocab.XSD + "string"

    def __call__(self, term):
        import pyoxigraph as ox

        rdflib = self._rdflib
        if isinstance(term, ox.NamedNode):
            iri = term.value
            node = self._iris.get(iri)
            if node is None:
                node = self._iris[iri] = rdflib.URIRef(iri)
            return node
        if isinstance(term, ox.BlankNode):
            return rdflib.BNode(term.value)
        if isinstance(term, ox.Literal):
            if term.language:
                return rdflib.Literal(term.value, lang=term.language)
            dt = term.datatype.value
            if dt == self._xsd_string:
                return rdflib.Literal(term.value)
            return rdflib.Literal(term.value, datatype=self(term.datatype))
        raise StoreError(f"unsupported RDF term in the store: {term!r} (RDF-star triples are not validated)")


def _add_turtle(graph, path: Path) -> None:
    import pyoxigraph as ox

    convert = _TermConverter()
    try:
        for t in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE):
            graph.add((convert(t.subject), convert(t.predicate), convert(t.object)))
    except (OSError, SyntaxError) as exc:
        raise MedkgError(f"cannot read {path}: {exc}") from None


def _load_shapes(path: Path):
    import rdflib

    try:
        return rdflib.Graph().parse(str(path), format="turtle")
    except (OSError, SyntaxError, ValueError) as exc:  # rdflib raises BadSyntax (a SyntaxError)
        raise MedkgError(f"cannot read the shapes {path}: {exc}") from None


# ----------------------------------------------------------------------------- running
def _run(graph, shapes, *, graphs: tuple[str, ...], skipped: tuple[str, ...], started: float) -> ValidationReport:
    import pyshacl

    triples = len(graph)
    _conforms, results, _text = pyshacl.validate(
        graph, shacl_graph=shapes, inference="none", abort_on_first=False,
        allow_warnings=True, allow_infos=True, inplace=True, advanced=False, meta_shacl=False,
    )
    violations = sorted(_results(results), key=lambda v: (SEVERITIES.index(v.severity) if v.severity in SEVERITIES
                                                          else len(SEVERITIES), v.message, v.focus, v.path or ""))
    counts = Counter(v.severity for v in violations)
    return ValidationReport(
        conforms=counts.get("Violation", 0) == 0,
        violations=tuple(violations),
        counts={s: counts.get(s, 0) for s in SEVERITIES},
        triples=triples,
        graphs=graphs,
        skipped_graphs=skipped,
        seconds=time.perf_counter() - started,
    )


def _results(results) -> Iterable[Violation]:
    from rdflib import RDF, BNode, Literal, Namespace

    SH = Namespace(vocab.SH)
    for r in results.subjects(RDF.type, SH.ValidationResult):
        severity = results.value(r, SH.resultSeverity)
        messages = sorted(str(m) for m in results.objects(r, SH.resultMessage))
        shape = results.value(r, SH.sourceShape)
        value = results.value(r, SH.value)
        constraint = results.value(r, SH.sourceConstraintComponent)
        path = results.value(r, SH.resultPath)
        yield Violation(
            focus=_show(results.value(r, SH.focusNode)),
            path=_show_path(results, path) if path is not None else None,
            message=messages[0] if messages else _show(constraint),
            severity=str(severity).rsplit("#", 1)[-1] if severity is not None else "Violation",
            value=(str(value) if isinstance(value, Literal) else _show(value)) if value is not None else None,
            shape=None if shape is None or isinstance(shape, BNode) else str(shape),
            constraint=compact(str(constraint)) if constraint is not None else None,
        )


def _show(term) -> str:
    return "" if term is None else str(term)


def _show_path(results, path) -> str:
    from rdflib import RDF, BNode, Namespace

    SH = Namespace(vocab.SH)
    if not isinstance(path, BNode):
        return compact(str(path))
    inverse = results.value(path, SH.inversePath)
    if inverse is not None:
        return "^" + _show_path(results, inverse)
    alternatives = results.value(path, SH.alternativePath)
    if alternatives is not None:
        return "(" + "|".join(_show_path(results, p) for p in results.items(alternatives)) + ")"
    if results.value(path, RDF.first) is not None:  # a sequence path is an RDF list
        return "/".join(_show_path(results, p) for p in results.items(path))
    return "(complex path)"


_COMPACT = sorted(({**vocab.PREFIXES, "sh": vocab.SH}).items(), key=lambda kv: -len(kv[1]))


def compact(iri: str) -> str:
    """``http://schema.org/item`` → ``schema:item`` for the prefixes medkg uses."""
    for prefix, ns in _COMPACT:
        if iri.startswith(ns) and len(iri) > len(ns):
            return f"{prefix}:{iri[len(ns):]}"
    return iri


# ----------------------------------------------------------------------------- reporting
def format_report(report: ValidationReport, *, max_examples: int = 5) -> str:
    """A readable report: a summary line, then one block per (severity, path, message) with
    how many nodes fail it and up to ``max_examples`` of them — thousands of identical
    results would hide the one different problem."""
    c = report.counts
    head = (f"{'conforms' if report.conforms else 'does NOT conform'}: "
            f"{c.get('Violation', 0)} violation(s), {c.get('Warning', 0)} warning(s), {c.get('Info', 0)} info(s) "
            f"in {report.triples} triples from {len(report.graphs)} graph(s) ({report.seconds:.1f} s)")
    lines = [head]
    if not report.graphs:
        lines.append("the store holds no graphs: nothing was validated (run `medkg build` first)")
    if report.skipped_graphs:
        lines.append(f"left out {len(report.skipped_graphs)} staging graph(s) of an interrupted build "
                     "(the next `medkg build` removes them)")
    groups: dict[tuple[str, str, str], list[Violation]] = defaultdict(list)
    for v in report.violations:
        groups[(v.severity, v.path or "", v.message)].append(v)
    order = sorted(groups, key=lambda k: (SEVERITIES.index(k[0]) if k[0] in SEVERITIES else 9, -len(groups[k]), k))
    for key in order:
        severity, path, message = key
        items = groups[key]
        where = f" [{path}]" if path else ""
        lines.append(f"\n{severity}{where}: {message} — {len(items)} node(s)")
        for v in items[:max_examples]:
            shown = f"  - {v.focus}"
            if v.value is not None and v.value != v.focus:
                val = v.value if len(v.value) <= 80 else v.value[:77] + "..."
                shown += f"  (value: {val!r})"
            lines.append(shown)
        if len(items) > max_examples:
            lines.append(f"  … and {len(items) - max_examples} more")
    return "\n".join(lines)


__all__ = ["validate", "validate_nquads", "format_report", "ValidationReport", "Violation", "compact"]
