"""The knowledge graph built from the seeds: merging, provenance, determinism, crash safety."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest

from medkg import vocab
from medkg.model import Entry, Identifiers
from medkg.pipeline import build
from medkg.resolve import normalize_title, resolve
from medkg.store import EmbeddedStore

LISTS = Path(__file__).resolve().parent.parent / "data" / "lists"
P = vocab.sparql_prefixes()


@pytest.fixture(scope="module")
def seed_store(tmp_path_factory):
    path = tmp_path_factory.mktemp("store") / "s"
    report = build([LISTS], store=path, enrich=False)
    st = EmbeddedStore(path, read_only=True)
    yield st, report, path
    st.close()


def _rows(st, q):
    return [[t.value if t is not None else None for t in row] for row in st.query(P + q)]


def _lists_of(st, where: str) -> set[str]:
    rows = _rows(st, f"SELECT DISTINCT ?w ?l WHERE {{ {where} ?m schema:item ?w ; mkg:inList ?l }}")
    works = {r[0] for r in rows}
    assert len(works) == 1, works
    return {r[1].rsplit("/", 1)[-1] for r in rows}


def test_summary(seed_store):
    st, report, _ = seed_store
    assert len(report.lists) == 5 and all(r.written for r in report.lists)
    s = report.stats
    assert s["lists"] == 5 and s["papers"] > 200 and s["repositories"] > 50 and s["dois"] > 50


def test_nature_doi_merges_three_lists(seed_store):
    st, _, _ = seed_store
    lists = _lists_of(st, '?w prism:doi "10.1038/s41591-018-0316-z" .')
    assert lists == {"deep-medicine", "medical-nlp", "chinese-medical-nlp"}


def test_doi_and_plain_citation_merge(seed_store):
    st, _, _ = seed_store
    lists = _lists_of(st, '?w prism:doi "10.1038/s41576-019-0122-6" .')
    assert lists == {"awesome-medical-machine-learning", "deep-medicine"}


def test_pubmedqa_one_paper_three_lists(seed_store):
    st, _, _ = seed_store
    lists = _lists_of(st, '?w mkg:arxivId "1909.06146" .')
    assert lists == {"deep-medicine", "medical-nlp", "chinese-medical-nlp"}


def test_official_and_related_code(seed_store):
    st, _, _ = seed_store
    rows = _rows(st, """SELECT ?t ?r ?rel WHERE { ?p a mkg:Paper ; dcterms:title ?t ; ?rel ?r .
        VALUES ?rel { mkg:hasOfficialCode mkg:hasRelatedCode } }""")
    pairs = {(t, r.split("/id/repository/")[-1], rel.rsplit("#", 1)[-1]) for t, r, rel in rows}
    assert ("Task-oriented Dialogue System for Automatic Diagnosis", "github.com/liuql2/medicalchatbot",
            "hasOfficialCode") in pairs
    assert ("KNOWLEDGE-POWERED CONVERSATIONAL AGENTS", "github.com/getstoryline/awesome-bots", "hasRelatedCode") in pairs
    assert not any(t == "KNOWLEDGE-POWERED CONVERSATIONAL AGENTS" and rel == "hasOfficialCode" for t, _, rel in pairs)
    assert ("A comparison of automatic cell identification methods for single-cell RNA sequencing data",
            "github.com/tabdelaal/scrnaseq_benchmark", "hasOfficialCode") in pairs


def test_mentions_carry_line_and_topic(seed_store):
    st, _, _ = seed_store
    rows = _rows(st, """SELECT ?line ?label WHERE { ?m mkg:inList ?l ; mkg:line ?line ; schema:item ?w ;
        dcterms:subject ?t . ?t skos:prefLabel ?label . ?w prism:doi "10.1186/s13059-019-1795-z" .
        FILTER(LANG(?label) = "en") }""")
    assert ["101", "Single-Cell"] in rows  # line 101 of awesome-medical-machine-learning.md
    zh = _rows(st, 'SELECT ?x WHERE { ?t a skos:Concept ; skos:prefLabel ?x . FILTER(LANG(?x) = "zh") }')
    assert ["单细胞"] in zh


def test_topic_close_match_across_lists(seed_store):
    st, _, _ = seed_store
    rows = _rows(st, "SELECT ?a ?b WHERE { ?a skos:closeMatch ?b }")
    assert rows, "similar topics of different lists are aligned"


def test_doi_is_a_node(seed_store):
    st, _, _ = seed_store
    rows = _rows(st, "SELECT ?d WHERE { ?p schema:sameAs ?d . ?d a mkg:DOI }")
    assert any(r[0] == "https://doi.org/10.1038/s41591-018-0316-z" for r in rows)


def test_two_builds_identical(tmp_path, seed_store):
    _, _, path = seed_store
    other = tmp_path / "again"
    build([LISTS], store=other, enrich=False)
    a = EmbeddedStore(path, read_only=True)
    b = EmbeddedStore(other, read_only=True)
    try:
        def norm(st):
            lines = st.dump("nq").decode().splitlines()
            return sorted(line for line in lines if "/graph/meta>" not in line)
        assert norm(a) == norm(b)
    finally:
        a.close()
        b.close()


def test_rebuild_unchanged_is_skipped(tmp_path):
    store = tmp_path / "s"
    build([LISTS / "awesome-medical-research.md"], store=store, enrich=False)
    again = build([LISTS / "awesome-medical-research.md"], store=store, enrich=False)
    assert [r.written for r in again.lists] == [False]


def _entry(title: str, **ids) -> Entry:
    return Entry(source="t", line=1, end_line=1, topic=(), text=title, title=title, kind="paper",
                 identifiers=Identifiers(**ids))


def test_near_miss_titles_not_merged():
    a = _entry("Deep learning for computational biology")
    b = _entry("Deep learning in computational biology")
    c = _entry("Deep Learning for Computational Biology.")
    d = _entry("Deep learning: new computational modelling techniques for genomics", doi="10.1038/x1")
    e = _entry("Deep learning: new computational modelling techniques for genomics", doi="10.1038/x2")
    resolved, _ = resolve([[a, b, c, d, e]])
    ids_ = [r.work for r in resolved[0]]
    assert ids_[0] == ids_[2] and ids_[0] != ids_[1]
    assert ids_[3] != ids_[4]  # same title, different DOIs: two papers


def test_dashes_do_not_split():
    assert normalize_title("deep learning–based sequence model X") == normalize_title("Deep learning-based sequence model x") \
        == normalize_title("deep learning−based sequence model X")


def test_no_invalid_iri(tmp_path):
    hostile = tmp_path / "hostile.md"
    hostile.write_text("# h\n\n## Papers\n- [a b](http://x.org/a b) x\n- [q](http://x.org/\"<>) y\n"
                       "- [j](javascript:alert(1)) z\n- [r](../relative/path.md) w\n", encoding="utf-8")
    store = tmp_path / "s"
    build([hostile], store=store, enrich=False)
    st = EmbeddedStore(store, read_only=True)
    try:
        data = st.dump("nq")
        assert list(ox.parse(data, format=ox.RdfFormat.N_QUADS))
        diags = _rows(st, 'SELECT ?c WHERE { ?d mkg:code ?c }')
        assert ["invalid-url"] in diags
    finally:
        st.close()


def test_sigkill_during_build_keeps_previous_graphs(tmp_path):
    """Kill a rebuild at several points; the store opens with the earlier graphs complete."""
    store = tmp_path / "s"
    lst = tmp_path / "lists"
    lst.mkdir()
    for p in LISTS.glob("*.md"):
        (lst / p.name).write_bytes(p.read_bytes())
    build([lst], store=store, enrich=False)
    before = EmbeddedStore(store, read_only=True)
    ref = sorted(before.dump("nq").decode().splitlines())
    before.close()
    # change every list so that the rebuild has to replace every graph
    for p in lst.glob("*.md"):
        p.write_bytes(p.read_bytes() + b"\n- [new entry](https://example.org/new)\n")
    code = ("import sys; from medkg.pipeline import build; "
            f"build([{str(lst)!r}], store={str(store)!r}, enrich=False)")
    for delay in (0.3, 0.8, 1.5):
        proc = subprocess.Popen([sys.executable, "-c", code], env={**os.environ})
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        st = EmbeddedStore(store, read_only=True)
        graphs = [g for g in st.named_graphs() if "/graph/list/" in g]
        assert len(graphs) == 5
        for g in graphs:
            n = len(st.dump("nq", graph=g))
            assert n > 1000, g
        st.close()
    rep = build([lst], store=store, enrich=False)
    assert len(rep.lists) == 5
    st = EmbeddedStore(store, read_only=True)
    assert not [g for g in st.named_graphs() if "/graph/staging/" in g]
    after = st.dump("nq").decode()
    st.close()
    assert "https://example.org/new" in after and ref


def test_cli_validate_exit_codes(tmp_path):
    """`medkg validate`: 0 on the seed graph, 1 once a mention has lost its item."""
    store = tmp_path / "s"
    build([LISTS / "awesome-medical-research.md"], store=store, enrich=False)
    ok = subprocess.run([sys.executable, "-m", "medkg.cli", "validate", "--store", str(store)],
                        capture_output=True, timeout=300)
    assert ok.returncode == 0, ok.stdout[-2000:]
    st = EmbeddedStore(store)
    st.update(f"DELETE WHERE {{ GRAPH ?g {{ <{vocab.DEFAULT_BASE}id/mention/awesome-medical-research/25> "
              f"<{vocab.item}> ?w }} }}")
    st.close()
    bad = subprocess.run([sys.executable, "-m", "medkg.cli", "validate", "--store", str(store)],
                         capture_output=True, timeout=300)
    assert bad.returncode == 1
    assert b"mention/awesome-medical-research/25" in bad.stdout
