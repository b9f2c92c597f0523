"""Crossref and SPARQL servers that misbehave in ways the stub does not: each case once failed
(traceback, hang, or lost/poisoned data) and must now degrade with a diagnostic, in bounded time."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from crossref_server import load_records

from medkg.enrich import EnrichConfig, EnrichTarget, enrich
from medkg.enrich.cache import ResponseCache, doi_key
from medkg.errors import StoreError

RECORD = load_records("works")[0]
DOI = RECORD["DOI"].lower()
TARGET = EnrichTarget("https://w3id.org/medkg/id/paper/test/1", doi=DOI, title=RECORD["title"][0])


def envelope(items: list) -> dict:
    return {"status": "ok", "message-type": "work-list", "message": {"items": items, "total-results": len(items)}}


@pytest.fixture
def server() -> Iterator[Callable[[Callable], str]]:
    servers: list[ThreadingHTTPServer] = []

    def start(handle: Callable[[BaseHTTPRequestHandler], None]) -> str:
        class H(BaseHTTPRequestHandler):
            def log_message(self, *a: object) -> None:
                pass

            def do_GET(self) -> None:  # noqa: N802
                try:
                    handle(self)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            do_POST = do_GET  # noqa: N815

        srv = ThreadingHTTPServer(("127.0.0.1", 0), H)
        srv.daemon_threads = True
        threading.Thread(target=srv.serve_forever, daemon=True).start()
        servers.append(srv)
        return f"http://127.0.0.1:{srv.server_address[1]}"

    yield start
    for srv in servers:
        srv.shutdown()
        srv.server_close()


def send(h: BaseHTTPRequestHandler, status: int, body: bytes, ctype: str = "application/json",
         headers: dict[str, str] | None = None) -> None:
    h.send_response(status)
    h.send_header("Content-Type", ctype)
    h.send_header("Content-Length", str(len(body)))
    for k, v in (headers or {}).items():
        h.send_header(k, v)
    h.end_headers()
    h.wfile.write(body)


def config(url: str, cache: Path, **kw: object) -> EnrichConfig:
    base = dict(base_url=url, cache_dir=cache, max_rps=50, max_concurrency=2, timeout=5.0, backoff_base=0.05,
                backoff_cap=0.2)
    base.update(kw)
    return EnrichConfig(**base)  # type: ignore[arg-type]


def test_lone_surrogates_and_controls_in_titles_are_scrubbed(server, tmp_path: Path) -> None:
    # JSON "\ud800" is valid JSON but no UTF-8: it broke the cache write with a traceback
    bad = dict(RECORD, title=["Visualizing\u0000 and \u001bUnderstanding Convolutional Networks \ud800"])
    body = json.dumps(envelope([bad])).encode()  # ensure_ascii: the surrogate travels as an escape
    url = server(lambda h: send(h, 200, body))
    report = enrich([TARGET], config(url, tmp_path))
    (result,) = report.results
    assert result.record.title == "Visualizing and Understanding Convolutional Networks \ufffd"
    assert ResponseCache(tmp_path).get(doi_key(url, DOI)) is not None


@pytest.mark.parametrize("limit,interval", [("1", "3600s"), ("1", "infs"), ("1e-300", "1s")])
def test_rate_limit_headers_cannot_stall_or_crash_the_run(server, tmp_path: Path, limit, interval) -> None:
    calls = []

    def handle(h: BaseHTTPRequestHandler) -> None:
        calls.append(1)
        if len(calls) == 1:
            send(h, 429, b"slow down", "text/plain",
                 {"X-Rate-Limit-Limit": limit, "X-Rate-Limit-Interval": interval, "Retry-After": "0"})
        else:
            send(h, 200, json.dumps(envelope([RECORD])).encode())

    url = server(handle)
    t = time.monotonic()
    report = enrich([TARGET], config(url, tmp_path))
    assert time.monotonic() - t < 20
    assert [r.record.doi for r in report.results] == [DOI]


def test_a_retry_after_far_ahead_gives_up_instead_of_waiting(server, tmp_path: Path) -> None:
    url = server(lambda h: send(h, 429, b"no", "text/plain", {"Retry-After": "99999999"}))
    t = time.monotonic()
    report = enrich([TARGET], config(url, tmp_path))
    assert time.monotonic() - t < 10
    assert not report.results and report.given_up and "retry after" in report.given_up[0].error


def test_records_for_dois_not_asked_for_are_not_cached_as_unknown(server, tmp_path: Path) -> None:
    other = dict(RECORD, DOI="10.9999/somebody-else")
    url = server(lambda h: send(h, 200, json.dumps(envelope([other])).encode()))
    report = enrich([TARGET], config(url, tmp_path))
    assert not report.results and report.given_up
    assert ResponseCache(tmp_path).get(doi_key(url, DOI)) is None  # the next run asks again


def test_a_failed_refresh_keeps_what_the_cache_knew(server, tmp_path: Path) -> None:
    state = {"down": False}

    def handle(h: BaseHTTPRequestHandler) -> None:
        if state["down"]:
            send(h, 503, b"<html>down</html>", "text/html")
        else:
            send(h, 200, json.dumps(envelope([RECORD])).encode())

    url = server(handle)
    assert enrich([TARGET], config(url, tmp_path)).results
    state["down"] = True
    report = enrich([TARGET], config(url, tmp_path, refresh=True, max_retries=1))
    assert [r.record.doi for r in report.results] == [DOI]


def test_a_truncated_sparql_json_answer_is_a_store_error(server) -> None:
    from medkg.remote import RemoteStore

    body = b'{"head":{"vars":["s"]},"results":{"bindings":[{"s":{"type":"uri","value":"http://x/a"}},{"s":{"ty'

    def handle(h: BaseHTTPRequestHandler) -> None:
        h.rfile.read(int(h.headers.get("Content-Length") or 0))
        send(h, 200, body, "application/sparql-results+json", {"Server": "Oxigraph/0.5"})

    store = RemoteStore(server(handle) + "/query", graph_store="none")
    with pytest.raises(StoreError, match="unreadable answer"):
        store.named_graphs()


def test_a_server_dribbling_its_answer_times_out(server) -> None:
    from medkg.remote import RemoteStore

    def handle(h: BaseHTTPRequestHandler) -> None:
        h.rfile.read(int(h.headers.get("Content-Length") or 0))
        body = b'{"head":{"vars":["s"]},"results":{"bindings":[]}}'
        h.send_response(200)
        h.send_header("Content-Type", "application/sparql-results+json")
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        for b in body:
            h.wfile.write(bytes([b]))
            h.wfile.flush()
            time.sleep(0.5)

    store = RemoteStore(server(handle) + "/query", graph_store="none", timeout=2)
    t = time.monotonic()
    with pytest.raises(StoreError, match="did not answer within"):
        store.named_graphs()
    assert time.monotonic() - t < 6
