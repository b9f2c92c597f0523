"""A Crossref-shaped REST API on 127.0.0.1 for the enrichment tests (and the benchmark).

It speaks enough of https://api.crossref.org for habanero to be driven end to end:

* ``GET /works?filter=doi:A,doi:B&rows=N``  — the records of those DOIs (case-insensitive);
* ``GET /works?query.bibliographic=…&rows=N`` — a relevance-ranked search over every record;
  records carrying ``"_decoy_of": DOI`` are ranked just above that DOI whenever both appear,
  so the first hit is the namesake and the client has to validate to get it right;
* ``GET /works/{doi}`` — one record, or Crossref's plain-text 404.

Every answer carries ``X-Rate-Limit-Limit`` / ``X-Rate-Limit-Interval`` and
``X-Concurrency-Limit``; ``latency`` delays every answer. Each request is logged with its arrival time (monotonic clock),
and the server tracks how many requests were in flight at once, so tests can assert the
client's rate and concurrency from the outside.

Faults are injected per test with ``inject(kind, times=…, when=…)``: ``"429"`` (with
``Retry-After``, HTML body), ``"503"`` (HTML body), ``"slow"`` (answers after ``delay``
seconds, past the client's timeout), ``"truncated"`` (the connection closes half-way
through the body), ``"bad-json"`` (a complete body that is not JSON) and
``"wrong-type"`` (valid JSON with ``message.items`` of the wrong type).
"""

from __future__ import annotations

import json
import math
import re
import threading
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

DATA = Path(__file__).parent / "data" / "crossref"
REPO = Path(__file__).resolve().parent.parent
FAULT_KINDS = ("429", "503", "slow", "truncated", "bad-json", "wrong-type")


def load_records(*names: str) -> list[dict]:
    """Records from ``tests/data/crossref/{name}.json`` (default: true records and decoys)."""
    out: list[dict] = []
    for name in names or ("works", "decoys"):
        out.extend(json.loads((DATA / f"{name}.json").read_text(encoding="utf-8")))
    return out


def citation_cases() -> list[dict]:
    """The citation test set, each case with its ``citation`` text read from the seed list."""
    cases = json.loads((DATA / "citations.json").read_text(encoding="utf-8"))["cases"]
    lines = (REPO / "data" / "lists" / "deep-medicine.md").read_text(encoding="utf-8").splitlines()
    for case in cases:
        case["citation"] = bullet_text(lines, case["prefix"])
    return cases


def seed_dois() -> list[str]:
    """Every DOI the five seed lists state (a test-side scan; the library's own is ``medkg.ids``)."""
    found = set()
    for path in sorted((REPO / "data" / "lists").glob("*.md")):
        for raw in re.findall(r"10\.\d{4,9}/[^\s)\]>\"']+", path.read_text(encoding="utf-8")):
            doi = re.sub(r"(v\d+)?(\.full)?$", "", raw.rstrip(".,;")).removesuffix("/full").lower()
            found.add(doi)
    return sorted(found)


def bullet_text(lines: list[str], prefix: str) -> str:
    """The bullet starting with ``prefix``, wrapped continuation lines joined with spaces."""
    for i, line in enumerate(lines):
        body = line.lstrip("-* ").strip()
        if line.lstrip().startswith(("- ", "* ")) and body.startswith(prefix):
            parts = [body]
            for nxt in lines[i + 1:]:
                if not nxt.strip() or nxt.lstrip().startswith(("- ", "* ", "#")):
                    break
                parts.append(nxt.strip())
            return " ".join(parts)
    raise KeyError(f"no bullet starts with {prefix!r}")


def _tokens(text: str) -> list[str]:
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).casefold()
    return re.findall(r"\w+", text)


@dataclass
class Hit:
    t: float  # arrival, time.monotonic()
    path: str
    params: dict[str, list[str]]
    status: int = 0
    fault: str | None = None


@dataclass
class Fault:
    kind: str
    times: int
    when: str | None
    retry_after: float
    delay: float


@dataclass
class CrossrefStub:
    records: list[dict] = field(default_factory=load_records)
    rate_limit: int = 50
    concurrency_limit: int = 5
    latency: float = 0.0  # seconds every answer takes, so that concurrent requests overlap

    def __post_init__(self) -> None:
        self.hits: list[Hit] = []
        self.faults: list[Fault] = []
        self._lock = threading.Lock()
        self._in_flight = 0
        self.max_in_flight = 0
        self._by_doi = {r["DOI"].lower(): r for r in self.records}
        self._docs = {r["DOI"].lower(): Counter(_tokens(self._text(r))) for r in self.records}
        df: Counter[str] = Counter()
        for doc in self._docs.values():
            df.update(doc.keys())
        n = len(self._docs)
        self._idf = {t: math.log((n + 1) / (c + 0.5)) for t, c in df.items()}
        self._server: ThreadingHTTPServer | None = None

    @staticmethod
    def _text(r: dict) -> str:
        """The searchable text of a record; tolerant, since tests serve records with odd types."""
        def strings(value: object) -> list[str]:
            return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []

        authors = r.get("author") if isinstance(r.get("author"), list) else []
        names = " ".join(f"{a.get('given', '')} {a.get('family', '')}" for a in authors if isinstance(a, dict))
        try:
            year = str(r["issued"]["date-parts"][0][0])
        except (KeyError, IndexError, TypeError):
            year = ""
        return " ".join([*strings(r.get("title")), names, *strings(r.get("container-title")),
                         *strings(r.get("short-container-title")), year, str(r.get("volume", "")),
                         str(r.get("page", ""))])

    # -- lifecycle --------------------------------------------------------------------------
    def start(self) -> CrossrefStub:
        stub = self

        class Handler(_Handler):
            server_stub = stub

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, daemon=True, name="crossref-stub").start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> CrossrefStub:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        assert self._server is not None, "start() the stub first"
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    # -- control and observation --------------------------------------------------------------
    def inject(self, kind: str, *, times: int = 1, when: str | None = None, retry_after: float = 0.2,
               delay: float = 1.5) -> None:
        """Fault the next ``times`` requests whose path+query contains ``when`` (any if ``None``)."""
        if kind not in FAULT_KINDS:
            raise ValueError(f"unknown fault {kind!r}")
        with self._lock:
            self.faults.append(Fault(kind, times, when, retry_after, delay))

    def reset(self) -> None:
        with self._lock:
            self.hits.clear()
            self.faults.clear()
            self.max_in_flight = 0
        self.latency = 0.0

    def requests(self, contains: str = "") -> list[Hit]:
        with self._lock:
            return [h for h in self.hits if contains in h.path + "?" + "&".join(h.params)]

    def max_in_window(self, interval: float = 1.0) -> int:
        """Most requests that arrived within any window of ``interval`` seconds."""
        times = sorted(h.t for h in self.requests())
        best, lo = 0, 0
        for hi, t in enumerate(times):
            while t - times[lo] >= interval:
                lo += 1
            best = max(best, hi - lo + 1)
        return best

    def _take_fault(self, target: str) -> Fault | None:
        with self._lock:
            for fault in self.faults:
                if fault.times > 0 and (fault.when is None or fault.when in target):
                    fault.times -= 1
                    return fault
        return None

    def _enter(self, hit: Hit) -> None:
        with self._lock:
            self.hits.append(hit)
            self._in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self._in_flight)

    def _leave(self) -> None:
        with self._lock:
            self._in_flight -= 1

    # -- answers ----------------------------------------------------------------------------
    def _public(self, r: dict, score: float | None = None) -> dict:
        out = {k: v for k, v in r.items() if not k.startswith("_")}
        if score is not None:
            out["score"] = round(score, 3)
        return out

    def answer(self, path: str, params: dict[str, list[str]]) -> tuple[int, object]:
        path = unquote(path).rstrip("/")
        if path.startswith("/works/"):
            record = self._by_doi.get(path[len("/works/"):].lower())
            if record is None:
                return 404, "Resource not found."
            return 200, {"status": "ok", "message-type": "work", "message-version": "1.0.0", "message": self._public(record)}
        if path != "/works":
            return 404, "Resource not found."
        rows = int(params.get("rows", ["20"])[0])
        if "filter" in params:
            wanted = [f.split(":", 1)[1].lower() for f in params["filter"][0].split(",") if f.startswith("doi:")]
            items = [self._public(self._by_doi[d]) for d in dict.fromkeys(wanted) if d in self._by_doi][:rows]
            return 200, self._list(items, len(items), rows)
        if "query.bibliographic" in params:
            ranked = self.search(params["query.bibliographic"][0])
            return 200, self._list([self._public(self._by_doi[d], s) for d, s in ranked[:rows]], len(ranked), rows)
        return 400, {"status": "failed", "message-type": "validation-failure",
                     "message": [{"type": "parameter-not-allowed", "message": "unsupported query"}]}

    def search(self, query: str) -> list[tuple[str, float]]:
        """(doi, score) best first; decoys just above the record they imitate."""
        q = set(_tokens(query))
        scores = {d: sum(self._idf[t] for t in q & doc.keys()) for d, doc in self._docs.items()}
        scores = {d: s for d, s in scores.items() if s > 0}
        for d in list(scores):
            target = self._by_doi[d].get("_decoy_of")
            if target in scores:
                scores[d] = scores[target] + 1.0
        return sorted(scores.items(), key=lambda ds: (-ds[1], ds[0]))

    @staticmethod
    def _list(items: list[dict], total: int, rows: int) -> dict:
        return {"status": "ok", "message-type": "work-list", "message-version": "1.0.0",
                "message": {"facets": {}, "total-results": total, "items": items, "items-per-page": rows,
                            "query": {"start-index": 0, "search-terms": None}}}


class _Handler(BaseHTTPRequestHandler):
    server_stub: CrossrefStub

    def log_message(self, *args: object) -> None:  # keep test output clean
        pass

    def do_GET(self) -> None:  # noqa: N802 (http.server API)
        stub = self.server_stub
        url = urlsplit(self.path)
        params = parse_qs(url.query)
        hit = Hit(time.monotonic(), url.path, params)
        stub._enter(hit)
        left = False
        try:
            if stub.latency:
                time.sleep(stub.latency)
            fault = stub._take_fault(unquote(self.path))
            hit.fault = fault.kind if fault else None
            status, body = stub.answer(url.path, params)
            if fault is not None and fault.kind == "slow":
                stub._leave()  # the client has given up on it: no longer in flight for it
                left = True
                time.sleep(fault.delay)
            if fault is not None and fault.kind in ("429", "503"):
                status = int(fault.kind)
                html = f"<html><body><h1>{status}</h1>Please slow down.</body></html>".encode()
                headers = {"Content-Type": "text/html"}
                if status == 429:
                    headers["Retry-After"] = f"{fault.retry_after:g}"
                hit.status = status
                if not left:
                    stub._leave()
                    left = True
                self._send(status, html, headers)
                return
            if fault is not None and fault.kind == "wrong-type" and isinstance(body, dict):
                body = dict(body, message={**body["message"], "items": {"oops": "not a list"}}) \
                    if body.get("message-type") == "work-list" else dict(body, message=["not", "an", "object"])
            if isinstance(body, str):
                payload, ctype = body.encode(), "text/plain"
            else:
                payload, ctype = json.dumps(body).encode(), "application/json;charset=utf-8"
            if fault is not None and fault.kind == "bad-json":
                payload = payload[: len(payload) // 2]
            hit.status = status
            if not left:
                stub._leave()
                left = True
            if fault is not None and fault.kind == "truncated":
                self._send(status, payload[: len(payload) // 2], {"Content-Type": ctype}, length=len(payload))
                self.close_connection = True
                return
            self._send(status, payload, {"Content-Type": ctype})
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client timed out and left; nothing to answer
        finally:
            if not left:
                stub._leave()

    def _send(self, status: int, payload: bytes, headers: dict[str, str], length: int | None = None) -> None:
        stub = self.server_stub
        self.send_response(status)
        for k, v in headers.items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(length if length is not None else len(payload)))
        self.send_header("X-Rate-Limit-Limit", str(stub.rate_limit))
        self.send_header("X-Rate-Limit-Interval", "1s")
        self.send_header("X-Concurrency-Limit", str(stub.concurrency_limit))
        self.end_headers()
        self.wfile.write(payload)
        self.wfile.flush()
