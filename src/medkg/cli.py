"""The ``medkg`` command line (DESIGN §6). Each command is a few lines over library functions.

Exit codes: 0 ok, 1 user error (one-line message, no traceback), 2 usage. Heavy libraries are
imported inside commands so that ``medkg --help`` stays fast.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from pathlib import Path
from typing import Optional

import typer

from medkg.errors import MedkgError

# rich_markup_mode=None: typer would otherwise import its rich help formatter (rich.markdown,
# markdown-it, pygments: ~0.12 s) on every --help and usage error; plain click help keeps
# `medkg --help` within its 0.3 s budget (issue #8). Commands still import rich for their tables.
app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False, rich_markup_mode=None,
                  help="Awesome lists of medical ML → an RDF knowledge graph (Oxigraph, SPARQL, Crossref).")
report_app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                         rich_markup_mode=None, help="Reports over the graph.")
app.add_typer(report_app, name="report")

StoreOpt = typer.Option(None, "--store", help="Store directory (default ./medkg-store, env MEDKG_STORE).")
EndpointOpt = typer.Option(None, "--endpoint", help="SPARQL 1.1 query endpoint URL instead of the embedded store.")


def _err(msg: str) -> None:
    typer.secho(f"error: {msg}", fg=typer.colors.RED, err=True)


def _console():
    from rich.console import Console

    return Console(stderr=True)


def _esc(value: object) -> str:
    """List-supplied text shown in rich output: no markup, no terminal control sequences."""
    from rich.markup import escape

    return escape(_plain(str(value)))


def _plain(text: str) -> str:
    return "".join(ch if ch.isprintable() or ch == " " else "\ufffd" for ch in text)


def _text(value: object):
    from rich.text import Text

    return Text(_plain(str(value)))


def _store_arg(store: Optional[Path]) -> Path:
    from medkg.store import default_store_path

    return store if store is not None else default_store_path()


# ----------------------------------------------------------------------------- extract / check
@app.command()
def extract(files: list[Path] = typer.Argument(..., help="Markdown lists or folders of them to parse; - reads stdin."),
            format: str = typer.Option("jsonl", "--format", "-f", help="jsonl | json | csv"),
            output: Optional[Path] = typer.Option(None, "-o", "--output", help="Write here instead of stdout.")):
    """Parse lists only: one JSON object per entry (no store, no network)."""
    from medkg.extract import entry_record, extract_file

    if format not in ("jsonl", "json", "csv"):
        raise typer.BadParameter("format must be jsonl, json or csv", param_hint="--format")
    from medkg.errors import SourceError
    from medkg.sources import list_files

    failed: list[str] = []
    files = list_files(files)

    def extracted():
        for f in files:  # one unreadable list does not hide the others; it is reported and exits 1
            try:
                x = extract_file(f)
            except SourceError as exc:
                if len(files) == 1:
                    raise
                failed.append(str(exc))
                _err(str(exc).splitlines()[0])
                continue
            yield from x.entries

    out = open(output, "w", encoding="utf-8", newline="") if output else sys.stdout
    try:
        recs = (entry_record(e) for e in extracted())
        if format == "jsonl":
            for r in recs:
                out.write(json.dumps(r, ensure_ascii=False) + "\n")
        elif format == "json":
            json.dump(list(recs), out, ensure_ascii=False, indent=1)
            out.write("\n")
        else:
            import csv

            w = csv.writer(out)
            w.writerow(["source", "line", "end_line", "kind", "title", "topic", "doi", "arxiv", "pmid", "pmcid",
                        "links", "authors", "year", "venue", "diagnostics"])
            for r in recs:
                ids_ = r["identifiers"]
                w.writerow([r["source"], r["line"], r["end_line"], r["kind"], r["title"], " > ".join(r["topic"]),
                            ids_["doi"] or "", ids_["arxiv"] or "", ids_["pmid"] or "", ids_["pmcid"] or "",
                            " ".join(f"{x['role']}:{x['url']}" for x in r["links"]), "; ".join(r["authors"]),
                            r["year"] or "", r["venue"] or "", " ".join(d["code"] for d in r["diagnostics"])])
    finally:
        if output:
            out.close()
    if failed:
        raise typer.Exit(1)


@app.command()
def check(files: list[Path] = typer.Argument(..., help="Lists or folders of them to check; - reads stdin."),
          all_: bool = typer.Option(False, "--all", help="Also show info-level notes (no-link, skipped TOC).")):
    """Curator diagnostics for lists: what is broken, duplicated or unreadable, with the line."""
    from rich.table import Table

    from medkg.errors import SourceError
    from medkg.extract import extract_file
    from medkg.sources import list_files

    console = _console()
    table = Table("list", "line", "code", "message", title="medkg check")
    problems = 0
    files = list_files(files)
    failed = 0
    for f in files:
        try:
            x = extract_file(f)
        except SourceError as exc:  # one unreadable list does not hide the others; it is reported and exits 1
            if len(files) == 1:
                raise
            failed += 1
            _err(str(exc).splitlines()[0])
            continue
        for d in x.all_diagnostics:
            if d.severity == "info" and not all_:
                continue
            problems += d.severity != "info"
            table.add_row(*(_text(v) for v in (x.source.name, str(d.line), d.code, d.message)))
        kinds: dict[str, int] = {}
        for e in x.entries:
            kinds[e.kind] = kinds.get(e.kind, 0) + 1
        console.print(f"{x.source.name}: {len(x.entries)} entries "
                      + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())), markup=False)
    from rich.console import Console

    Console().print(table)
    console.print(f"{problems} problem(s)" + (f", {failed} list(s) unreadable" if failed else ""))
    if failed:
        raise typer.Exit(1)


@app.command()
def repair(file: Path = typer.Argument(..., help="A list damaged by a Windows code page (mojibake)."),
           output: Optional[Path] = typer.Option(None, "-o", "--output", help="Write the repaired text here.")):
    """Recover text that was UTF-8 decoded as a Windows code page, including dropped bytes."""
    from medkg.mojibake import repair_file

    result = repair_file(file)
    if output:
        output.write_text(result.text, encoding="utf-8")
    else:
        sys.stdout.write(result.text)
    low = sum(1 for s in result.spans if s.confidence < 0.5)
    _console().print(f"{len(result.spans)} damaged span(s) repaired, {low} with low confidence")


# ----------------------------------------------------------------------------- build / enrich
@app.command()
def build(lists: Optional[list[Path]] = typer.Argument(None, help="Lists or folders (default: bundled data/lists)."),
          store: Optional[Path] = StoreOpt, endpoint: Optional[str] = EndpointOpt,
          update_endpoint: Optional[str] = typer.Option(None, "--update-endpoint"),
          graph_store: Optional[str] = typer.Option(None, "--graph-store"),
          offline: bool = typer.Option(False, "--offline", help="Enrich from the Crossref cache only."),
          no_enrich: bool = typer.Option(False, "--no-enrich", help="Skip Crossref enrichment."),
          mailto: Optional[str] = typer.Option(None, "--mailto", help="Contact e-mail for Crossref's polite pool "
                                                                       "(env MEDKG_MAILTO)."),
          crossref_url: Optional[str] = typer.Option(None, "--crossref-url", hidden=True),
          cache_dir: Optional[Path] = typer.Option(None, "--cache-dir"),
          prune: bool = typer.Option(False, "--prune", help="Drop lists from the store that are not named.")):
    """Build lists into the graph store (adds or replaces those lists), then enrich via Crossref."""
    from rich.progress import BarColumn, Progress, TaskID, TextColumn

    from medkg.pipeline import build as run_build

    console = _console()
    with Progress(TextColumn("{task.description}"), BarColumn(), TextColumn("{task.completed}/{task.total}"),
                  console=console, transient=True) as bar:
        tasks: dict[str, TaskID] = {}

        def progress(stage: str, i: int, n: int) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task(stage, total=n)
            bar.update(tasks[stage], completed=i, total=n)

        remote = {k: v for k, v in {"update_endpoint": update_endpoint, "graph_store": graph_store}.items() if v}
        rep = run_build(lists or None, store=store, endpoint=endpoint, enrich=not no_enrich, offline=offline,
                        mailto=mailto or os.environ.get("MEDKG_MAILTO"), crossref_url=crossref_url,
                        cache_dir=cache_dir, prune=prune, progress=progress, remote_options=remote)
    _print_build(console, rep)


def _print_build(console, rep) -> None:
    from rich.table import Table

    t = Table("list", "entries", "quads", "diagnostics", "written", title="medkg build")
    for r in rep.lists:
        t.add_row(*(_text(v) for v in (r.name, str(r.entries), str(r.quads), str(r.diagnostics),
                                     "yes" if r.written else "unchanged")))
    console.print(t)
    s = rep.stats
    keys = ["lists", "entries", "papers", "with_code", "repositories", "datasets", "topics", "dois", "quads",
            "diagnostics"]
    console.print("  ".join(f"{k.replace('_', ' ')}: {s.get(k, 0)}" for k in keys))
    for path, err in rep.skipped_sources:
        console.print(f"[yellow]skipped[/] {_esc(path)}: {_esc(err)}")
    for g in rep.pruned:
        console.print(f"pruned {g}", markup=False)
    if rep.leftovers:
        console.print(f"[yellow]note:[/] {len(rep.leftovers)} leftover bulk-load file(s) in the store from an "
                      "interrupted load (harmless; `medkg build` keeps the previous graphs)")
    if rep.enrichment_note:
        console.print(rep.enrichment_note, markup=False)
    console.print(f"store: {rep.store}", markup=False)


@app.command()
def enrich(store: Optional[Path] = StoreOpt, endpoint: Optional[str] = EndpointOpt,
           update_endpoint: Optional[str] = typer.Option(None, "--update-endpoint"),
           graph_store: Optional[str] = typer.Option(None, "--graph-store"),
           offline: bool = typer.Option(False, "--offline"), refresh: bool = typer.Option(False, "--refresh"),
           mailto: Optional[str] = typer.Option(None, "--mailto"),
           crossref_url: Optional[str] = typer.Option(None, "--crossref-url"),
           cache_dir: Optional[Path] = typer.Option(None, "--cache-dir")):
    """Enrich the papers in the store through Crossref (cached, rate-limited, validated)."""
    from medkg.enrichment import enrich_store

    remote = {k: v for k, v in {"update_endpoint": update_endpoint, "graph_store": graph_store}.items() if v}
    note = enrich_store(store=store, endpoint=endpoint, offline=offline, refresh=refresh,
                        mailto=mailto or os.environ.get("MEDKG_MAILTO"), crossref_url=crossref_url,
                        cache_dir=cache_dir, remote_options=remote)
    _console().print(note, markup=False)


# ----------------------------------------------------------------------------- export / validate
@app.command()
def export(format: str = typer.Option("nq", "--format", "-f", help="ttl|nt|nq|trig|jsonld|graphml|gexf|nodelink"),
           output: Optional[Path] = typer.Option(None, "-o", "--output"),
           store: Optional[Path] = StoreOpt, endpoint: Optional[str] = EndpointOpt):
    """Export the graph (RDF formats, or GraphML/GEXF/node-link JSON for Gephi and friends)."""
    if format in ("graphml", "gexf", "nodelink"):
        from medkg.viz import export_graph

        data = export_graph(store=store, endpoint=endpoint, fmt=format)
    else:
        from medkg import vocab
        from medkg.store import open_store

        st = open_store(_store_arg(store), endpoint=endpoint, read_only=True)
        try:
            data = st.dump("nq")
            quad_format = format in ("nq", "trig", "jsonld")
            if quad_format and vocab.reportDigest.encode() not in data:
                data = data if format == "nq" else st.dump(format)
            else:
                import pyoxigraph as ox

                from medkg.store import _rdf_format

                # the report digests are the build's cache of the report's answers, not data: left out
                quads = [q for q in ox.parse(data, format=ox.RdfFormat.N_QUADS) if q.predicate.value != vocab.reportDigest]
                if quad_format:
                    data = ox.serialize(quads, format=_rdf_format(format)) or b""
                else:  # triple formats: the union of the graphs
                    triples = {ox.Triple(q.subject, q.predicate, q.object) for q in quads}
                    data = ox.serialize(sorted(triples, key=str), format=_rdf_format(format)) or b""
        finally:
            st.close()
    if output:
        output.write_bytes(data)
    else:
        sys.stdout.buffer.write(data)


@app.command()
def validate(store: Optional[Path] = StoreOpt, endpoint: Optional[str] = EndpointOpt):
    """SHACL validation of the graph against ontology/shapes.ttl; exit 1 on violations."""
    from medkg.store import open_store
    from medkg.validate import format_report, validate as run_validate

    st = open_store(_store_arg(store), endpoint=endpoint, read_only=True)
    try:
        rep = run_validate(st)
    finally:
        st.close()
    typer.echo(format_report(rep))
    if not rep.conforms:
        raise typer.Exit(1)


@app.command()
def serve(store: Optional[Path] = StoreOpt,
          bind: Optional[str] = typer.Option(None, "--bind", help="HOST:PORT (default 127.0.0.1:7878)."),
          writable: bool = typer.Option(False, "--writable", help="Also accept SPARQL Update and Graph Store writes."),
          public: bool = typer.Option(False, "--public", help="Listen on all interfaces (no authentication!).")):
    """Serve the store as a SPARQL 1.1 endpoint (the Oxigraph server; read-only, loopback by default)."""
    from medkg.serve import describe, serve as run_serve

    def ready(server, warnings):
        for w in warnings:
            typer.secho(f"warning: {w}", fg=typer.colors.YELLOW, err=True)
        typer.echo("\n".join(describe(server)))

    run_serve(_store_arg(store), bind=bind, writable=writable, public=public, on_ready=ready)
    typer.echo("stopped", err=True)


# ----------------------------------------------------------------------------- viz / graph-stats
@app.command()
def viz(output: Path = typer.Option(Path("graph.html"), "-o", "--output"),
        store: Optional[Path] = StoreOpt, endpoint: Optional[str] = EndpointOpt,
        list_: Optional[list[str]] = typer.Option(None, "--list", help="Only this list (repeatable)."),
        topic: Optional[list[str]] = typer.Option(None, "--topic", help="Topics whose label contains this."),
        kind: Optional[str] = typer.Option(None, "--kind", help="Node types, e.g. paper,repository,topic."),
        max_nodes: int = typer.Option(5000, "--max-nodes", help="Keep the best-connected N nodes (0: all)."),
        neighbourhood: Optional[str] = typer.Option(None, "--neighbourhood", "--neighborhood", help="A node IRI."),
        depth: int = typer.Option(1, "--depth", help="Steps around --neighbourhood."),
        physics: bool = typer.Option(False, "--physics", help="Start with physics on (slow on big graphs).")):
    """Write an interactive graph page (offline, self-contained) for the graph or a part of it."""
    from medkg.viz import VizOptions, write_page

    opts = VizOptions(lists=tuple(list_ or ()), topics=tuple(topic or ()), max_nodes=max_nodes, depth=depth,
                      kinds=tuple(k.strip() for k in (kind or "").split(",") if k.strip()),
                      neighbourhood=neighbourhood, physics=physics)
    _console().print(write_page(output, store=store, endpoint=endpoint, options=opts).summary(), markup=False)


@report_app.command("graph-stats")
def graph_stats(store: Optional[Path] = StoreOpt, endpoint: Optional[str] = EndpointOpt,
                top: int = typer.Option(10, "--top", help="How many nodes and communities to list."),
                format: str = typer.Option("md", "--format", "-f", help="md | json"),
                output: Optional[Path] = typer.Option(None, "-o", "--output")):
    """Components, top nodes by degree and betweenness, Louvain communities, list overlap."""
    from medkg.graphstats import format_stats, graph_stats as compute
    from medkg.viz import read_graph

    text = format_stats(compute(read_graph(store, endpoint), top=top), format)
    if output:
        output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)


# ----------------------------------------------------------------------------- query / papers-with-code
@app.command()
def query(spec: Optional[str] = typer.Argument(None, metavar="NAME|FILE|'SPARQL'", help="Shipped query, .rq file or text."),
          list_queries: bool = typer.Option(False, "--list", help="Show the shipped queries and their parameters."),
          param: Optional[list[str]] = typer.Option(None, "--param", "-p", help="name=value (repeatable)."),
          format: str = typer.Option("table", "--format", "-f", help="table | csv | tsv | json"),
          output: Optional[Path] = typer.Option(None, "-o", "--output"),
          store: Optional[Path] = StoreOpt, endpoint: Optional[str] = EndpointOpt,
          timeout: Optional[float] = typer.Option(None, "--timeout", help="Seconds; running longer is an error.")):
    """Run a SPARQL query on the graph: a shipped one by name, a file, or SPARQL text."""
    from medkg import query as q

    if list_queries:
        from rich.console import Console

        return Console().print(q.describe_queries(q.list_queries()))
    if spec is None:
        raise q.QueryError("give a query name, a .rq file or SPARQL text (or --list)")
    result = q.run_query(spec, q.parse_param_args(param or []), store=store, endpoint=endpoint, timeout=timeout)
    q.write_result(result, format, output)


@report_app.command("papers-with-code")
def papers_with_code(format: str = typer.Option("md", "--format", "-f", help="md | html | csv"),
                     output: Optional[Path] = typer.Option(None, "-o", "--output"),
                     list_: Optional[str] = typer.Option(None, "--list", help="Only this list (its name)."),
                     topic: Optional[str] = typer.Option(None, "--topic", help="Only headings containing this text."),
                     store: Optional[Path] = StoreOpt, endpoint: Optional[str] = EndpointOpt):
    """Which papers have code: per list and heading, one row per paper, shared repositories, curator's to-do."""
    from medkg.report import FORMATS, papers_with_code as compute, render

    # checked before the report is computed (seconds on a large graph), not after
    if format not in FORMATS:
        raise MedkgError(f"unknown report format {format!r} (use one of {', '.join(FORMATS)})")
    if output is not None and not output.parent.is_dir():
        raise MedkgError(f"no such directory for the report: {output.parent}")
    text = render(compute(store=store, endpoint=endpoint, list_name=list_, topic=topic), format)
    output.write_text(text, encoding="utf-8", newline="") if output else sys.stdout.write(text)


# ----------------------------------------------------------------------------- main
def main() -> None:
    logging.basicConfig(level=os.environ.get("MEDKG_LOG", "WARNING").upper(),
                        format="%(levelname)s %(name)s: %(message)s")
    try:
        rc = app(standalone_mode=False)  # without standalone mode, click returns Exit codes
        if isinstance(rc, int) and rc:
            sys.exit(rc)
    except MedkgError as exc:
        _err(str(exc).splitlines()[0] if str(exc) else type(exc).__name__)
        sys.exit(1)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except typer.Abort:
        _err("aborted")
        sys.exit(1)
    except KeyboardInterrupt:
        _err("interrupted")
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)
    except Exception as exc:
        # click's own errors (usage: exit 2, others: 1). Matched by their interface, not their
        # class: typer ≥ 0.26 ships a private copy of click (typer._click) whose exceptions are
        # not the installed click's, and older typer raises click's.
        show, code = getattr(exc, "show", None), getattr(exc, "exit_code", None)
        if callable(show) and isinstance(code, int):
            show()
            sys.exit(code)
        if isinstance(exc, (FileNotFoundError, IsADirectoryError, PermissionError)):
            _err(f"{exc.strerror or 'cannot read'}: {exc.filename}")
            sys.exit(1)
        raise


if __name__ == "__main__":
    main()
