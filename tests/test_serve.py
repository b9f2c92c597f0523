"""`medkg serve`: the real Oxigraph server over a built store, as standard clients see it.

The CLI runs as a subprocess on a free 127.0.0.1 port; every process started here is stopped
by a finalizer. The only network traffic is to 127.0.0.1.
"""

from __future__ import annotations

import os
import queue
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from medkg import pipeline
from medkg.errors import StoreError
from medkg.serve import OxigraphServer, choose_bind, find_oxigraph, is_loopback, parse_bind, serve, urls_for
from medkg.store import EmbeddedStore

ROOT = Path(__file__).resolve().parents[1]
PAPERS = ("SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE "
          "{ ?p a <https://w3id.org/medkg/ontology#Paper> }")
BOUNDED = 30  # seconds: every wait in this file is bounded


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def env() -> dict:
    e = dict(os.environ)
    e["PYTHONPATH"] = str(ROOT / "src") + os.pathsep + e.get("PYTHONPATH", "")
    return e


@pytest.fixture(scope="module")
def built_store(tmp_path_factory):
    path = tmp_path_factory.mktemp("serve") / "store"
    pipeline.build(lists=[ROOT / "data" / "lists"], store=path, enrich=False)
    st = EmbeddedStore(path, read_only=True)
    papers = int(next(iter(st.query(PAPERS)))["n"].value)
    st.close()
    return path, papers


class Cli:
    """``medkg serve`` in its own process group (as a shell runs it), its output read in a thread."""

    def __init__(self, *args: str):
        self.proc = subprocess.Popen([sys.executable, "-m", "medkg.cli", "serve", *args], env=env(),
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                     start_new_session=True)
        self.lines: queue.Queue = queue.Queue()
        self.stderr = ""
        threading.Thread(target=self._pump, daemon=True).start()

    def _pump(self):
        for line in self.proc.stdout:
            self.lines.put(line.rstrip("\n"))
        self.lines.put(None)

    def read_until(self, marker: str) -> list[str]:
        out, deadline = [], time.monotonic() + BOUNDED
        while time.monotonic() < deadline:
            try:
                line = self.lines.get(timeout=0.5)
            except queue.Empty:
                continue
            if line is None:
                break
            out.append(line)
            if marker in line:
                return out
        self.stop()
        raise AssertionError(f"no {marker!r} from medkg serve; stdout={out}, stderr={self.stderr}")

    def interrupt(self) -> int:
        """Ctrl-C in a terminal: SIGINT to the whole foreground process group."""
        os.killpg(self.proc.pid, signal.SIGINT)
        return self.wait()

    def wait(self) -> int:
        try:
            code = self.proc.wait(BOUNDED)
        finally:
            self.stderr = self.proc.stderr.read() if self.proc.poll() is not None else self.stderr
        return code

    def stop(self):
        """Kill the whole group: also an Oxigraph child that outlived a broken ``medkg serve``."""
        try:
            os.killpg(self.proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self.proc.wait(BOUNDED)


@pytest.fixture
def cli(request):
    started = []

    def start(*args):
        c = Cli(*args)
        started.append(c)
        return c

    request.addfinalizer(lambda: [c.stop() for c in started])
    return start


def answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(urllib.request.Request(url, data=b"ASK {}", headers={
                "Content-Type": "application/sparql-query"}), timeout=2):
            return True
    except (urllib.error.URLError, OSError):
        return False


def test_serve_answers_curl_and_sparqlwrapper_and_refuses_updates(built_store, cli):
    store, papers = built_store
    port = free_port()
    server = cli("--store", str(store), "--bind", f"127.0.0.1:{port}")
    out = server.read_until("Ctrl-C")
    query_url = f"http://127.0.0.1:{port}/query"
    assert any(query_url in line and "read-only" in line for line in out)

    # the printed curl example, pasted as is
    curl_line = next(line.strip() for line in out if line.strip().startswith("curl "))
    if shutil.which("curl"):
        done = subprocess.run(["sh", "-c", curl_line], capture_output=True, text=True, timeout=BOUNDED)
        rows = done.stdout.strip().splitlines()
        assert done.returncode == 0 and rows[0].strip() == "paper,title" and len(rows) == 6
        assert all(r.startswith("https://w3id.org/medkg/id/paper/") for r in rows[1:])

    from SPARQLWrapper import JSON, POST, SPARQLWrapper
    from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

    client = SPARQLWrapper(query_url)
    client.setQuery(PAPERS)  # no GRAPH: the endpoint's default graph is the union of the lists
    client.setReturnFormat(JSON)
    result = client.queryAndConvert()
    assert int(result["results"]["bindings"][0]["n"]["value"]) == papers > 200

    updater = SPARQLWrapper(query_url, updateEndpoint=f"http://127.0.0.1:{port}/update")
    updater.setMethod(POST)
    updater.setQuery("INSERT DATA { GRAPH <urn:x> { <urn:a> <urn:b> <urn:c> } }")
    with pytest.raises((SPARQLWrapperException, urllib.error.HTTPError)) as refused:
        updater.query()
    assert "403" in str(refused.value) or "read-only" in str(refused.value)
    put = urllib.request.Request(f"http://127.0.0.1:{port}/store?graph=urn:x", data=b"<urn:a> <urn:b> <urn:c> .",
                                 method="PUT", headers={"Content-Type": "application/n-triples"})
    with pytest.raises(urllib.error.HTTPError) as refused_put:
        urllib.request.urlopen(put, timeout=BOUNDED)
    assert refused_put.value.code == 403
    assert int(client.queryAndConvert()["results"]["bindings"][0]["n"]["value"]) == papers

    assert server.interrupt() == 0  # Ctrl-C stops it cleanly
    assert "stopped" in server.stderr and "Traceback" not in server.stderr
    assert not answers(query_url)  # and the Oxigraph child went with it


def test_sigterm_stops_the_server_too(built_store, cli):
    store, _ = built_store
    port = free_port()
    server = cli("--store", str(store), "--bind", f"127.0.0.1:{port}")
    server.read_until("Ctrl-C")
    server.proc.send_signal(signal.SIGTERM)  # the medkg process only, not its child
    assert server.wait() == 0
    assert not answers(f"http://127.0.0.1:{port}/query")


def test_writable_serve_accepts_updates(tmp_path, cli):
    port = free_port()
    server = cli("--store", str(tmp_path / "fresh"), "--bind", f"127.0.0.1:{port}", "--writable")
    out = server.read_until("Ctrl-C")
    assert any("read-write" in line for line in out)
    from medkg.remote import RemoteStore

    rs = RemoteStore(f"http://127.0.0.1:{port}/query")
    rs.update("INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> <urn:c> } }")
    assert [r["s"].value for r in rs.query("SELECT ?s WHERE { ?s ?p ?o }")] == ["urn:a"]
    assert server.interrupt() == 0


def test_a_store_written_by_another_process_gets_a_clear_message(built_store, tmp_path):
    store, _ = built_store
    held = tmp_path / "held"
    shutil.copytree(store, held)
    holder = subprocess.Popen([sys.executable, "-c", "import sys, pyoxigraph; s = pyoxigraph.Store(sys.argv[1]); "
                               "print('open', flush=True); sys.stdin.read()", str(held)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        for writable in (False, True):
            with pytest.raises(StoreError, match="in use by another process"):
                serve(held, bind=f"127.0.0.1:{free_port()}", writable=writable, ready_timeout=BOUNDED)
    finally:
        holder.stdin.close()
        holder.wait(BOUNDED)
    # released: it serves now
    with OxigraphServer(held, bind=f"127.0.0.1:{free_port()}") as server:
        assert answers(server.urls.query)


def test_cli_reports_problems_in_one_line(tmp_path, cli):
    missing = cli("--store", str(tmp_path / "nothing-here"), "--bind", f"127.0.0.1:{free_port()}")
    assert missing.wait() == 1
    assert missing.stderr.strip().startswith("error: no store at") and "Traceback" not in missing.stderr
    (tmp_path / "empty").mkdir()
    empty = cli("--store", str(tmp_path / "empty"), "--bind", f"127.0.0.1:{free_port()}")
    assert empty.wait() == 1 and "holds no Oxigraph store" in empty.stderr
    bad = cli("--store", str(tmp_path), "--bind", "0.0.0.0:7878", "--writable")
    assert bad.wait() == 1 and "--public" in bad.stderr


def test_a_port_in_use_is_explained(built_store):
    store, _ = built_store
    port = free_port()
    with OxigraphServer(store, bind=f"127.0.0.1:{port}"):
        with pytest.raises(StoreError, match="already in use"):
            OxigraphServer(store, bind=f"127.0.0.1:{port}").start(ready_timeout=BOUNDED)


@pytest.mark.parametrize("bind, public, writable, expected, warns", [
    (None, False, False, "127.0.0.1:7878", False),
    (None, False, True, "127.0.0.1:7878", False),
    ("localhost:9000", False, True, "localhost:9000", False),
    ("[::1]:9000", False, True, "[::1]:9000", False),
    ("9000", False, False, "127.0.0.1:9000", False),
    (None, True, False, "0.0.0.0:7878", True),
    ("0.0.0.0:9000", False, False, "0.0.0.0:9000", True),  # an explicit address is "told otherwise"
    ("192.168.1.5:9000", True, True, "192.168.1.5:9000", True),
    ("[::]:9000", False, False, "[::]:9000", True),
])
def test_bind_is_loopback_unless_told(bind, public, writable, expected, warns):
    chosen, warnings = choose_bind(bind, public=public, writable=writable)
    assert chosen == expected
    assert bool(warnings) == warns
    if warns and writable:
        assert "WRITABLE" in warnings[0]


@pytest.mark.parametrize("bind", ["0.0.0.0:7878", "10.0.0.2:80", "example.org:7878"])
def test_a_writable_public_endpoint_needs_public(bind):
    with pytest.raises(StoreError, match="--public"):
        choose_bind(bind, public=False, writable=True)


@pytest.mark.parametrize("bind", ["", "host:", "host:port", ":0", "h:70000", "::1:80", "[::1]80"])
def test_bad_bind_values(bind):
    with pytest.raises(StoreError):
        parse_bind(bind)


def test_loopback_and_urls():
    assert is_loopback("127.0.0.2") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("example.org")
    assert urls_for("0.0.0.0:9000").query == "http://127.0.0.1:9000/query"
    assert urls_for("[::]:9000").store == "http://[::1]:9000/store"


def test_the_oxigraph_binary_is_found_and_runs():
    version = subprocess.run([find_oxigraph(), "--version"], capture_output=True, text=True, timeout=BOUNDED)
    assert version.returncode == 0 and version.stdout.lower().startswith("oxigraph")
