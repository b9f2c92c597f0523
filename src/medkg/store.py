"""The graph store: an on-disk Oxigraph store (default) or a remote SPARQL 1.1 endpoint.

Both sit behind one small interface (``GraphStore``) so ``build``, ``query``, ``report``,
``viz`` and ``export`` never care where the graph lives.

Crash safety of the embedded store (facts measured here: ``bulk_load`` is atomic — a killed
load leaves no quads; a single SPARQL Update runs in one transaction):

* a list seen for the first time is bulk-loaded straight into its graph (fast path);
* a list that changed is replaced by one SPARQL update (``DROP`` + ``INSERT DATA``): one
  transaction, so readers see the old graph or the new one, never both and never half;
* only a huge changed graph (> ``TRANSACTIONAL_REPLACE_MAX`` quads) is bulk-loaded into a staging
  graph and then ``MOVE``d over the old one in one transaction — killed before the move, the old
  graph is intact and the staging graph is dropped by the next build.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, Protocol

from medkg import vocab
from medkg.errors import StoreError

log = logging.getLogger(__name__)

DEFAULT_STORE = "medkg-store"
#: graphs up to this many quads are replaced in a single update transaction
TRANSACTIONAL_REPLACE_MAX = 500_000


def default_store_path() -> Path:
    return Path(os.environ.get("MEDKG_STORE") or DEFAULT_STORE)


def nquads_bytes(quads: Iterable) -> bytes:
    """Serialise quads to N-Quads (one per line, in the given order)."""
    return "".join(f"{q} .\n" for q in quads).encode("utf-8")


class GraphStore(Protocol):
    """What the rest of medkg needs from a store."""

    def replace_graph(self, graph: str, quads: Sequence) -> None: ...
    def drop_graph(self, graph: str) -> None: ...
    def named_graphs(self) -> list[str]: ...
    def query(self, sparql: str, *, substitutions: dict | None = None, timeout: float | None = None): ...
    def update(self, sparql: str) -> None: ...
    def dump(self, fmt: str, graph: str | None = None) -> bytes: ...
    def close(self) -> None: ...


class EmbeddedStore:
    """An on-disk pyoxigraph store (or an in-memory one with ``path=None``)."""

    def __init__(self, path: str | Path | None, *, read_only: bool = False, create: bool = True):
        import pyoxigraph as ox

        self.path = Path(path) if path is not None else None
        self.read_only = read_only
        try:
            if self.path is None:
                self._store = ox.Store()
            elif read_only:
                if not self.path.exists():
                    raise StoreError(f"no store at {self.path} (run `medkg build` first, or pass --store)")
                self._store = ox.Store.read_only(str(self.path))
            else:
                if not create and not self.path.exists():
                    raise StoreError(f"no store at {self.path} (run `medkg build` first, or pass --store)")
                self.path.mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(str(self.path))
        except OSError as exc:
            msg = str(exc)
            if "lock" in msg.lower() or "LOCK" in msg:
                raise StoreError(f"the store at {self.path} is in use by another process "
                                 "(a running `medkg serve` or build?); stop it, or query it through "
                                 "--endpoint", source=str(self.path)) from None
            raise StoreError(f"cannot open the store at {self.path}: {msg.splitlines()[0] if msg else exc!r}") from None
        self.leftovers = self._find_leftovers()

    def _find_leftovers(self) -> list[str]:
        if self.path is None or not self.path.is_dir():
            return []
        return sorted(p.name for p in self.path.glob("bulk-*.sst"))

    @property
    def raw(self):
        """The pyoxigraph store, for callers that need its full API (queries with options)."""
        return self._store

    # -- writes
    def replace_graph(self, graph: str, quads: Sequence) -> None:
        """Atomically make ``graph`` hold exactly the triples of ``quads`` (their graph names are ignored)."""
        data = "".join(f"{q.subject} {q.predicate} {q.object} .\n" for q in quads).encode("utf-8")
        self.replace_graph_ntriples(graph, data, len(quads))

    def replace_graph_ntriples(self, graph: str, data: bytes, count: int) -> None:
        """Atomically make ``graph`` hold exactly the ``count`` N-Triples lines of ``data``.

        The text goes to Oxigraph as it is (no Python term objects): its loader parses and
        validates every line, so invalid text fails here, before anything is replaced.
        """
        import pyoxigraph as ox

        g = ox.NamedNode(graph)
        try:
            if not self._store.contains_named_graph(g):
                if data:
                    self._store.bulk_load(input=data, format=ox.RdfFormat.N_TRIPLES, to_graph=g)
                self._store.add_graph(g)
                return
            if count <= TRANSACTIONAL_REPLACE_MAX:
                # one update = one transaction: readers see the old graph or the new one, never both
                self._store.update(f"DROP SILENT GRAPH <{graph}> ; CREATE SILENT GRAPH <{graph}> ; "
                                   f"INSERT DATA {{ GRAPH <{graph}> {{\n{data.decode('utf-8')}}} }}")
                return
            # very large graphs: bulk-load a staging copy, then move it in one transaction (a kill in
            # between leaves the staging graph, dropped by the next build, and the old graph intact)
            staging = graph.replace("/graph/list/", "/graph/staging/", 1)
            if staging == graph:
                staging = graph + "#staging"
            sg = ox.NamedNode(staging)
            self._store.remove_graph(sg) if self._store.contains_named_graph(sg) else None
            if data:
                # N-Quads naming the staging graph: " .\n" only ends a line (literals escape line
                # breaks), so the graph name goes before every line end
                staged = data.replace(b" .\n", f" <{staging}> .\n".encode())
                self._store.bulk_load(input=staged, format=ox.RdfFormat.N_QUADS)
            self._store.update(f"DROP SILENT GRAPH <{graph}> ; MOVE SILENT GRAPH <{staging}> TO GRAPH <{graph}> ; "
                               f"CREATE SILENT GRAPH <{graph}> ; DROP SILENT GRAPH <{staging}>")
        except (OSError, SyntaxError, ValueError) as exc:
            raise StoreError(f"writing graph <{graph}> failed: {exc}") from None

    def drop_graph(self, graph: str) -> None:
        self._store.update(f"DROP SILENT GRAPH <{graph}>")

    def drop_staging(self, base: str) -> list[str]:
        """Remove staging graphs left by a killed build."""
        prefix = f"{base}graph/staging/"
        dropped = [g for g in self.named_graphs() if g.startswith(prefix) or g.endswith("#staging")]
        for g in dropped:
            self.drop_graph(g)
        return dropped

    def update(self, sparql: str) -> None:
        try:
            self._store.update(sparql)
        except (OSError, SyntaxError, ValueError) as exc:
            raise StoreError(f"update failed: {exc}") from None

    # -- reads
    def named_graphs(self) -> list[str]:
        return sorted(g.value for g in self._store.named_graphs())

    def query(self, sparql: str, *, substitutions: dict | None = None, timeout: float | None = None):
        kwargs: dict[str, Any] = {"use_default_graph_as_union": True}
        if substitutions:
            kwargs["substitutions"] = substitutions
        return self._store.query(sparql, **kwargs)

    def count_quads(self) -> int:
        """Quads in named graphs (what ``COUNT(*)`` over ``GRAPH ?g`` gives), without a SPARQL scan."""
        import pyoxigraph as ox

        default = sum(1 for _ in self._store.quads_for_pattern(None, None, None, ox.DefaultGraph()))
        # __len__ called by name: the handle may be a wrapping proxy (the crash-safety tests wrap it)
        return self._store.__len__() - default

    def dump(self, fmt: str, graph: str | None = None) -> bytes:
        import pyoxigraph as ox

        fmt_obj = _rdf_format(fmt)
        try:
            if graph is not None:
                return self._store.dump(format=fmt_obj, from_graph=ox.NamedNode(graph)) or b""
            return self._store.dump(format=fmt_obj) or b""
        except ValueError as exc:  # a triple format for a whole dataset, say
            raise StoreError(f"cannot export as {fmt}: {exc}") from None

    def flush(self) -> None:
        if not self.read_only and self.path is not None:
            self._store.flush()

    def close(self) -> None:
        if not self.read_only and self.path is not None:
            try:
                self._store.flush()
            except OSError:
                pass
        self._store = None  # type: ignore[assignment]


def _rdf_format(fmt: str):
    import pyoxigraph as ox

    table = {"nq": ox.RdfFormat.N_QUADS, "nquads": ox.RdfFormat.N_QUADS, "nt": ox.RdfFormat.N_TRIPLES,
             "ttl": ox.RdfFormat.TURTLE, "turtle": ox.RdfFormat.TURTLE, "trig": ox.RdfFormat.TRIG,
             "jsonld": ox.RdfFormat.JSON_LD, "rdf": ox.RdfFormat.RDF_XML, "xml": ox.RdfFormat.RDF_XML}
    try:
        return table[fmt]
    except KeyError:
        raise StoreError(f"unknown RDF format {fmt!r} (use one of {', '.join(sorted(table))})") from None


def open_store(store: str | Path | None = None, *, endpoint: str | None = None, read_only: bool = False,
               create: bool = True, **remote_options) -> GraphStore:
    """The store the user asked for: ``--endpoint URL`` (remote) or ``--store DIR`` (embedded)."""
    if endpoint:
        from medkg.remote import RemoteStore

        return RemoteStore(endpoint, **remote_options)
    return EmbeddedStore(store if store is not None else default_store_path(), read_only=read_only, create=create)


def meta_get(store: GraphStore, base: str) -> dict[str, dict[str, str]]:
    """Per list graph: the content hash, medkg version and source path of the last build, and
    ``digest``: the start of its report digest (which says its format), when it has one — not the
    whole text, which would hold every list's digest in memory at once."""
    meta = vocab.meta_graph(base)
    q = (f"SELECT ?g ?p ?o WHERE {{ GRAPH <{meta}> {{ ?g ?p ?v }} "
         f"BIND(IF(?p = <{vocab.reportDigest}>, SUBSTR(STR(?v), 1, 32), ?v) AS ?o) }}")
    out: dict[str, dict[str, str]] = {}
    names = {vocab.contentSha256: "sha", vocab.medkgVersion: "version", vocab.sourcePath: "path",
             vocab.sha256: "source_sha", vocab.reportDigest: "digest"}
    for row in store.query(q):
        key = names.get(row["p"].value)
        if key:
            out.setdefault(row["g"].value, {})[key] = row["o"].value
    return out


def meta_set(store: GraphStore, base: str, graph: str, *, sha: str, version: str, path: str, source_sha: str,
             digest: str = "") -> None:
    """A list graph's bookkeeping, written after the graph itself; ``digest`` its report digest
    (``rdf.report_digest``), which must describe the graph as it now is (see ``meta_forget_digest``)."""
    meta = vocab.meta_graph(base)

    def lit(s: str) -> str:
        return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r") + '"'

    store.update(
        f"DELETE WHERE {{ GRAPH <{meta}> {{ <{graph}> ?p ?o }} }} ;"
        f"INSERT DATA {{ GRAPH <{meta}> {{ <{graph}> <{vocab.contentSha256}> {lit(sha)} ; "
        f"<{vocab.medkgVersion}> {lit(version)} ; <{vocab.sourcePath}> {lit(path)} ; "
        + (f"<{vocab.reportDigest}> {lit(digest)} ; " if digest else "")
        + f"<{vocab.sha256}> {lit(source_sha)} }} }}")


def meta_forget_digest(store: GraphStore, base: str, graph: str) -> None:
    """Drop a list graph's report digest before the graph is rewritten: a build killed between
    writing the graph and its bookkeeping must leave no digest describing the old graph (the
    report then asks the store itself). The rest of the bookkeeping stays, so the old graph is
    still known and is rewritten by the next build."""
    meta = vocab.meta_graph(base)
    store.update(f"DELETE WHERE {{ GRAPH <{meta}> {{ <{graph}> <{vocab.reportDigest}> ?d }} }}")


def meta_delete(store: GraphStore, base: str, graph: str) -> None:
    meta = vocab.meta_graph(base)
    store.update(f"DELETE WHERE {{ GRAPH <{meta}> {{ <{graph}> ?p ?o }} }}")
