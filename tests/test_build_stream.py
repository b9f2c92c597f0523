"""The build writes graphs as text (issue #8): what that text must be, and what the writes keep.

``rdf.render_list`` renders a list's graph straight to N-Triples lines instead of pyoxigraph
objects, the store bulk-loads the bytes, and a background thread writes list k while list k+1
is rendered. None of that may change what ends up in the store: the text is what Oxigraph itself
would print, a bad line fails before anything is replaced, a failed write stops the build, and
the alignment graph stays linear in the number of lists.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from medkg import pipeline, rdf, resolve, vocab
from medkg.errors import StoreError
from medkg.extract import extract_file
from medkg.model import Heading
from medkg.store import EmbeddedStore

LISTS = Path(__file__).resolve().parent.parent / "data" / "lists"
HOSTILE = Path(__file__).resolve().parent / "data" / "hostile"
P = vocab.sparql_prefixes()


def _rendered(paths: list[Path]) -> list[rdf.ListGraph]:
    xs = [extract_file(str(p)) for p in paths]
    resolved, works = resolve.resolve([x.entries for x in xs])
    return [rdf.render_list(x.source, rows, works, list_diagnostics=x.diagnostics, title=x.source.name)
            for x, rows in zip(xs, resolved)]


@pytest.fixture(scope="module")
def seed_texts() -> list[rdf.ListGraph]:
    return _rendered(sorted(LISTS.glob("*.md")))


def test_text_is_what_oxigraph_prints(seed_texts):
    """Every line parses strictly and reads exactly as ``str()`` of the parsed triple, once."""
    for text in seed_texts:
        lines = text.data.decode("utf-8").split("\n")[:-1]
        assert len(lines) == text.count > 100
        assert len(set(lines)) == len(lines)
        parsed = list(ox.parse(text.data, format=ox.RdfFormat.N_TRIPLES))
        assert [f"{t} ." for t in parsed] == lines


_RENDER_HASHES = """
import sys
from pathlib import Path
from medkg import rdf, resolve
from medkg.extract import extract_file
xs = [extract_file(str(p)) for p in sorted(Path(sys.argv[1]).glob("*.md"))]
resolved, works = resolve.resolve([x.entries for x in xs])
texts = [rdf.render_list(x.source, rows, works, list_diagnostics=x.diagnostics, title=x.source.name)
         for x, rows in zip(xs, resolved)]
topics = sorted(((x.source.name, h, iri) for x, t in zip(xs, texts) for h, iri in t.topics), key=lambda t: t[2])
for t in texts + [rdf.alignment_graph(topics)]:
    print(t.graph, t.count, t.sha256())
"""


def test_text_is_the_same_bytes_in_every_process():
    """The incremental build skips a list whose text hash is unchanged, so the text must not depend
    on anything a process varies: string hashing (set and dict order of strings) differs per
    process unless PYTHONHASHSEED is fixed. Two processes with different seeds render the seeds
    and the alignment graph to identical bytes."""
    def hashes(seed: str) -> list[str]:
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = subprocess.run([sys.executable, "-c", _RENDER_HASHES, str(LISTS)], env=env, check=True,
                             capture_output=True, text=True).stdout.splitlines()
        assert len(out) == len(list(LISTS.glob("*.md"))) + 1
        return out

    assert hashes("1") == hashes("2")


def test_hostile_lists_render_valid_text():
    paths = sorted(HOSTILE.glob("*.md"))
    if not paths:
        pytest.skip("no hostile lists")
    for p in paths:
        try:
            texts = _rendered([p])
        except Exception as exc:  # a source the reader refuses is not this test's business
            if exc.__class__.__name__ == "SourceError":
                continue
            raise
        for text in texts:
            parsed = list(ox.parse(text.data, format=ox.RdfFormat.N_TRIPLES))
            assert [f"{t} ." for t in parsed] == text.data.decode("utf-8").split("\n")[:-1], p.name


@pytest.mark.parametrize("s", ["plain", 'q"uote', "back\\slash", "line\nbreak\r\t\b\f", "nul\x00 us\x1f del\x7f",
                               "\u2028 sep \ufffe\uffff", "中文 text", "x" * (rdf.MAX_LITERAL + 5)])
@pytest.mark.parametrize("lang", [None, "zh"])
def test_literal_escaping_matches_oxigraph(s, lang):
    cut = s if len(s) <= rdf.MAX_LITERAL else s[:rdf.MAX_LITERAL] + "…"
    assert rdf.lit(s, lang) == str(ox.Literal(cut, language=lang) if lang else ox.Literal(cut))


def test_list_quads_are_the_text_parsed(seed_texts):
    text = seed_texts[0]
    x = extract_file(str(sorted(LISTS.glob("*.md"))[0]))
    resolved, works = resolve.resolve([extract_file(str(p)).entries for p in sorted(LISTS.glob("*.md"))])
    quads = rdf.list_quads(x.source, resolved[0], works, list_diagnostics=x.diagnostics, title=x.source.name)
    assert len(quads) == text.count
    assert all(q.graph_name == ox.NamedNode(text.graph) for q in quads)


# ----------------------------------------------------------------------------- alignment
def _topics(n_lists: int, per_list: list[str]) -> list[tuple[str, Heading, str]]:
    out = []
    for i in range(n_lists):
        for j, label in enumerate(per_list):
            out.append((f"l{i:03d}", Heading(label, 2), f"https://w3id.org/medkg/id/topic/l{i:03d}/{j:04d}"))
    return out


def _pairs(text: rdf.GraphText) -> set[tuple[str, str]]:
    return {(t.subject.value, t.object.value) for t in ox.parse(text.data, format=ox.RdfFormat.N_TRIPLES)}


def test_alignment_is_linear_and_connected():
    """100 lists sharing 3 labels (one twice in each list): O(topics) links, every group connected."""
    labels = ["Deep Learning", "Single-Cell", "Natural language processing", "Single-Cell"]
    topics = _topics(100, labels)
    text = rdf.alignment_graph(topics)
    pairs = _pairs(text)
    assert text.count <= 2 * len(topics)  # pairwise would be ~100·99 per label
    assert all((b, a) in pairs for a, b in pairs)  # symmetric
    slug = {iri: s for s, _, iri in topics}
    assert all(slug[a] != slug[b] for a, b in pairs)  # only across lists
    linked = {a for a, _ in pairs}
    assert linked == {iri for _, _, iri in topics}  # every topic of a shared label has a match
    # connected per label: a walk from one topic reaches every topic with that label
    for label in ("Deep Learning", "Single-Cell"):
        members = {iri for _, h, iri in topics if h.text == label}
        seen, todo = set(), [min(members)]
        while todo:
            a = todo.pop()
            if a not in seen:
                seen.add(a)
                todo.extend(b for x, b in pairs if x == a and b in members)
        assert seen == members, label


def test_alignment_ignores_labels_of_one_list_and_meets_near_labels():
    topics = [("a", Heading("Radiology", 2), "https://x/t/a/1"), ("a", Heading("Radiology", 3), "https://x/t/a/2"),
              ("b", Heading("single cell", 2), "https://x/t/b/1"), ("c", Heading("single-cell rna", 2), "https://x/t/c/1")]
    pairs = _pairs(rdf.alignment_graph(topics))
    assert ("https://x/t/a/1", "https://x/t/a/2") not in pairs
    assert ("https://x/t/b/1", "https://x/t/c/1") in pairs or not _near("single cell", "single cell rna")


def _near(a: str, b: str) -> bool:
    from rapidfuzz import fuzz

    return fuzz.ratio(a, b) >= 92


def test_alignment_is_deterministic():
    topics = _topics(7, ["Deep Learning", "Genomics", "Deep-learning"])
    assert rdf.alignment_graph(topics).data == rdf.alignment_graph(list(reversed(topics))).data


# ----------------------------------------------------------------------------- store
G = "https://w3id.org/medkg/graph/list/t"
GOOD = b'<https://x/s> <https://x/p> "one" .\n<https://x/s> <https://x/p> "two" .\n'


@pytest.mark.parametrize("limit", [10, -1], ids=["transaction", "staging"])
def test_replace_graph_text_replaces_exactly(tmp_path, monkeypatch, limit):
    from medkg import store as store_mod

    monkeypatch.setattr(store_mod, "TRANSACTIONAL_REPLACE_MAX", limit)
    st = EmbeddedStore(tmp_path / "s")
    st.replace_graph_ntriples(G, GOOD, 2)  # first time: bulk load
    st.replace_graph_ntriples(G, b'<https://x/s> <https://x/p> "three" .\n', 1)
    rows = [r["o"].value for r in st.query(f"SELECT ?o WHERE {{ GRAPH <{G}> {{ ?s ?p ?o }} }}")]
    assert rows == ["three"]
    assert st.named_graphs() == [G]  # no staging graph left
    st.close()


@pytest.mark.parametrize("fresh", [True, False])
def test_invalid_text_fails_before_replacing(tmp_path, fresh):
    st = EmbeddedStore(tmp_path / "s")
    if not fresh:
        st.replace_graph_ntriples(G, GOOD, 2)
    with pytest.raises(StoreError):
        st.replace_graph_ntriples(G, GOOD + b'<https://x/s> <https://x/p q> "bad iri" .\n', 3)
    n = len(list(st.query(f"SELECT * WHERE {{ GRAPH <{G}> {{ ?s ?p ?o }} }}")))
    assert n == (0 if fresh else 2)
    st.close()


def test_replace_graph_with_quads_still_works(tmp_path):
    st = EmbeddedStore(tmp_path / "s")
    g = ox.NamedNode(G)
    quads = [ox.Quad(ox.NamedNode("https://x/s"), ox.NamedNode("https://x/p"), ox.Literal('a "b"\n'), g),
             ox.Quad(ox.BlankNode("b1"), ox.NamedNode("https://x/p"), ox.Literal("c", language="en"), g)]
    st.replace_graph(G, quads)
    got = {(str(r["p"]), str(r["o"])) for r in st.query(f"SELECT ?p ?o WHERE {{ GRAPH <{G}> {{ ?s ?p ?o }} }}")}
    assert got == {("<https://x/p>", '"a \\"b\\"\\n"'), ("<https://x/p>", '"c"@en')}
    st.close()


# ----------------------------------------------------------------------------- build
def test_failed_background_write_stops_the_build(tmp_path, monkeypatch):
    """A write failing in the writer thread surfaces as the build's error; earlier lists are whole."""
    calls = []
    real = EmbeddedStore.replace_graph_ntriples

    def failing(self, graph, data, count):
        calls.append(graph)
        if len(calls) == 2:
            raise StoreError("disk full (test)")
        return real(self, graph, data, count)

    monkeypatch.setattr(EmbeddedStore, "replace_graph_ntriples", failing)
    with pytest.raises(StoreError, match="disk full"):
        pipeline.build([LISTS], store=tmp_path / "s", enrich=False)
    monkeypatch.undo()
    st = EmbeddedStore(tmp_path / "s", read_only=True)
    graphs = {g for g in st.named_graphs() if "/graph/list/" in g}
    meta = {r["g"].value for r in st.query(f"SELECT DISTINCT ?g WHERE {{ GRAPH <{vocab.meta_graph(vocab.DEFAULT_BASE)}> "
                                           "{ ?g ?p ?o } }")}
    failed = calls[1]
    assert calls[0] in graphs and failed not in graphs
    assert meta == graphs  # every list in the store is whole and recorded; the failed one has no meta entry
    # the build stops at the failure: at most the writes already in flight beside it were made
    assert len(calls) <= 1 + pipeline.WRITES_IN_FLIGHT and graphs <= set(calls)
    st.close()


def test_build_then_rebuild_writes_nothing_and_counts_the_same(tmp_path):
    first = pipeline.build([LISTS], store=tmp_path / "s", enrich=False)
    again = pipeline.build([LISTS], store=tmp_path / "s", enrich=False)
    assert all(r.written for r in first.lists) and not any(r.written for r in again.lists)
    assert [r.quads for r in first.lists] == [r.quads for r in again.lists]
    assert first.stats == again.stats and first.stats["quads"] > 0
    # the summary's counts against independent ones: the extractor's entries, and papers with
    # official code counted in Python from the store's plain triples
    assert first.stats["entries"] == sum(r.entries for r in first.lists)
    st = EmbeddedStore(tmp_path / "s", read_only=True)
    papers = {str(q.subject) for q in st.raw.quads_for_pattern(None, ox.NamedNode(vocab.type_), ox.NamedNode(vocab.Paper))}
    coded = {str(q.subject) for q in st.raw.quads_for_pattern(None, ox.NamedNode(vocab.hasOfficialCode), None)}
    st.close()
    assert first.stats["papers"] == len(papers) and first.stats["with_code"] == len(papers & coded) > 20


def test_packed_lists_in_worker_processes_build_the_same_store(tmp_path, monkeypatch):
    """A large corpus (here: any, by lowering the bar) keeps entries packed: the store is identical."""
    plain = pipeline.build([LISTS], store=tmp_path / "plain", enrich=False)
    monkeypatch.setattr(pipeline, "LARGE_CORPUS_BYTES", 0)
    extracted = pipeline.extract_all(sorted(LISTS.glob("*.md")))
    assert all(x._packed and x._extraction is None for x in extracted)
    x = extracted[0].extraction()
    assert len(x.entries) == extracted[0].entries and x.source.name == extracted[0].name
    packed = pipeline.build([LISTS], store=tmp_path / "packed", enrich=False)
    assert plain.stats == packed.stats and [r.quads for r in plain.lists] == [r.quads for r in packed.lists]
    dumps = []
    for name in ("plain", "packed"):
        st = EmbeddedStore(tmp_path / name, read_only=True)
        dumps.append(sorted(st.dump("nq").splitlines()))
        st.close()
    assert dumps[0] == dumps[1]


def test_rendering_leaves_no_reference_cycles():
    """The build holds the cyclic collector (pipeline), so a list's rendering must leave nothing only
    the collector could free: a cycle through the renderer's closures kept every N-Triples line of
    every list alive until the build's end (+390 MB at 100k entries)."""
    import gc

    xs = [extract_file(str(p)) for p in sorted(LISTS.glob("*.md"))]
    resolved, works = resolve.resolve([x.entries for x in xs])
    gc.collect()
    gc.disable()
    try:
        for x, rows in zip(xs, resolved):
            rdf.render_list(x.source, rows, works, list_diagnostics=x.diagnostics, title=x.source.name)
        left = gc.collect()
    finally:
        gc.enable()
    assert left == 0


def test_the_build_holds_the_collector_but_not_around_crossref(tmp_path, monkeypatch):
    """Extraction, resolution and writing run with the cyclic collector held (their objects are
    long-lived and acyclic); enrichment's HTTP client makes cycles, so the collector runs there; and the
    build leaves it as it found it."""
    import gc

    from medkg import enrichment

    seen: dict[str, bool] = {}
    real_render, real_enrich = rdf.render_list, enrichment.run_enrichment

    def render(*args, **kwargs):
        seen["render"] = gc.isenabled()
        return real_render(*args, **kwargs)

    def enrich(*args, **kwargs):
        seen["enrich"] = gc.isenabled()
        return real_enrich(*args, **kwargs)

    monkeypatch.setattr(rdf, "render_list", render)
    monkeypatch.setattr(enrichment, "run_enrichment", enrich)
    assert gc.isenabled()
    pipeline.build([LISTS / "awesome-medical-research.md"], store=tmp_path / "s", enrich=True, offline=True,
                   cache_dir=tmp_path / "cache")
    assert seen == {"render": False, "enrich": True} and gc.isenabled()
