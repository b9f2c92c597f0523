"""``medkg serve``: the store as a SPARQL 1.1 endpoint, served by the real Oxigraph server.

We do not write an HTTP server: the ``oxigraph`` PyPI package ships Oxigraph's own binary
(SPARQL 1.1 Protocol at ``/query`` and ``/update``, Graph Store Protocol at ``/store``, and a
YASGUI page at ``/`` that needs no CDN). This module finds that binary, starts it on the store
with safe defaults — read-only, loopback only, queries on the union of the lists' graphs
like ``medkg query`` — waits until it answers, and stops it cleanly.

Safety rules: a non-loopback address is used only when asked for (``--public`` or an explicit
``--bind``), with a warning; a *writable* non-loopback endpoint additionally needs
``public=True`` (Oxigraph has no authentication). A store that another process is writing is
refused with a clear message instead of Oxigraph's backtrace (and, read-only, instead of the
undefined behaviour Oxigraph documents for that case).
"""

from __future__ import annotations

import errno
import ipaddress
import logging
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, cast

from medkg import vocab
from medkg.errors import StoreError

log = logging.getLogger(__name__)

DEFAULT_PORT = 7878
DEFAULT_BIND = f"127.0.0.1:{DEFAULT_PORT}"
PUBLIC_HOST = "0.0.0.0"
READY_TIMEOUT = 30.0
STOP_GRACE = 5.0


def find_oxigraph() -> str:
    """Path of the ``oxigraph`` server binary from the ``oxigraph`` PyPI package."""
    found = shutil.which("oxigraph")
    if found:
        return found
    candidates = [Path(sys.executable).with_name("oxigraph"), Path(sys.executable).with_name("oxigraph.exe")]
    try:
        from importlib.metadata import PackageNotFoundError, distribution

        dist = distribution("oxigraph")
        candidates += [Path(cast(Path, dist.locate_file(f))) for f in (dist.files or []) if Path(str(f)).stem == "oxigraph"]
    except PackageNotFoundError:
        pass
    for path in candidates:
        if path.is_file() and os.access(path, os.X_OK):
            return str(path.resolve())
    raise StoreError("the Oxigraph server binary is not installed: `pip install oxigraph` (the CLI package, "
                     "not only pyoxigraph)")


def parse_bind(bind: str) -> tuple[str, int]:
    """``host:port`` (``[v6]:port``, or a bare port) → (host, port)."""
    text = bind.strip()
    if text.isascii() and text.isdigit():
        host, port_text = "127.0.0.1", text
    elif text.startswith("["):
        host, sep, port_text = text[1:].partition("]:")
        if not sep:
            raise StoreError(f"--bind {bind!r}: write an IPv6 address as [ADDR]:PORT")
    else:
        host, sep, port_text = text.rpartition(":")
        if not sep or ":" in host:
            raise StoreError(f"--bind {bind!r}: expected HOST:PORT, e.g. {DEFAULT_BIND}")
    if not (port_text.isascii() and port_text.isdigit()) or not 0 < int(port_text) < 65536:
        raise StoreError(f"--bind {bind!r}: the port must be a number from 1 to 65535")
    return host or "127.0.0.1", int(port_text)


def is_loopback(host: str) -> bool:
    if host.lower() in ("localhost", "localhost.localdomain", "ip6-localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def choose_bind(bind: str | None, *, public: bool, writable: bool) -> tuple[str, list[str]]:
    """The address to listen on, and the warnings to show (DESIGN §5: loopback unless told)."""
    if bind is None:
        bind = f"{PUBLIC_HOST}:{DEFAULT_PORT}" if public else DEFAULT_BIND
    host, port = parse_bind(bind)
    warnings: list[str] = []
    if not is_loopback(host):
        if writable and not public:
            raise StoreError(f"refusing a writable endpoint on non-loopback address {host}: anyone who can reach it "
                             "could change the graph (Oxigraph has no authentication); add --public if you mean it")
        warnings.append(f"listening on {host}, reachable from other machines; the endpoint has no authentication"
                        + (" and is WRITABLE" if writable else ""))
    return _format_bind(host, port), warnings


def _format_bind(host: str, port: int) -> str:
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


@dataclass(frozen=True)
class Urls:
    """Where a running server answers (a wildcard bind is reached through loopback)."""

    base: str

    @property
    def query(self) -> str:
        return f"{self.base}/query"

    @property
    def update(self) -> str:
        return f"{self.base}/update"

    @property
    def store(self) -> str:
        return f"{self.base}/store"


def urls_for(bind: str) -> Urls:
    host, port = parse_bind(bind)
    if host in ("0.0.0.0", ""):
        host = "127.0.0.1"
    elif host == "::":
        host = "::1"
    return Urls(f"http://{_format_bind(host, port)}")


def store_held_by_writer(location: Path) -> bool:
    """True when another process holds the store's RocksDB ``LOCK`` (a build, a writable serve).

    POSIX record locks are per process and closing *any* descriptor of the file drops them, so
    never call this in a process that has the store open itself.
    """
    lock = location / "LOCK"
    if not lock.is_file():
        return False
    try:
        import fcntl
    except ImportError:  # not POSIX: let Oxigraph report it
        return False
    try:
        fd = os.open(lock, os.O_RDWR)
    except OSError:
        return False
    try:
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        return exc.errno in (errno.EACCES, errno.EAGAIN)
    else:
        fcntl.lockf(fd, fcntl.LOCK_UN)
        return False
    finally:
        os.close(fd)


def port_in_use(bind: str) -> bool:
    """True when something already listens on ``bind`` (SO_REUSEADDR: a TIME_WAIT port is free)."""
    host, port = parse_bind(bind)
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror:
        return False  # let Oxigraph say what is wrong with the address
    family, _, _, _, address = infos[0]
    with socket.socket(family, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(address)
        except OSError as exc:
            return exc.errno == errno.EADDRINUSE
    return False


def server_command(binary: str, location: Path, bind: str, *, writable: bool, union_default_graph: bool = True,
                   timeout_s: int | None = None) -> list[str]:
    cmd = [binary, "serve" if writable else "serve-read-only", "--location", str(location), "--bind", bind]
    if union_default_graph:
        cmd.append("--union-default-graph")
    if timeout_s:
        cmd += ["--timeout-s", str(int(timeout_s))]
    return cmd


def _explain_failure(output: str, location: Path | None, bind: str) -> str:
    low = output.lower()
    if "lock" in low:
        return (f"the store at {location} is in use by another process (a running `medkg build` or "
                "`medkg serve --writable`?); stop it first")
    if "current: no such file" in low:  # RocksDB's manifest pointer: the directory holds no store
        return f"no store at {location} (the directory holds no Oxigraph store; run `medkg build` first)"
    if "address already in use" in low or "os error 98" in low:
        return f"{bind} is already in use (another `medkg serve`?); pick another port with --bind 127.0.0.1:PORT"
    if "cannot assign requested address" in low or "os error 99" in low:
        return f"cannot listen on {bind}: that address does not belong to this machine"
    if "permission denied" in low:
        return f"permission denied for {bind} or {location}"
    first = next((line.strip() for line in output.splitlines() if line.strip()), "no message")
    return f"the Oxigraph server stopped: {first}"


class OxigraphServer:
    """A running ``oxigraph serve``/``serve-read-only`` process (context manager)."""

    def __init__(self, location: str | Path | None, *, bind: str = DEFAULT_BIND, writable: bool = False,
                 binary: str | None = None, union_default_graph: bool = True, timeout_s: int | None = None):
        self.location = Path(location) if location is not None else None
        self.bind = bind
        self.writable = writable
        self.urls = urls_for(bind)
        self._binary = binary
        self._union = union_default_graph
        self._timeout_s = timeout_s
        self.process: subprocess.Popen | None = None
        self._log: IO[bytes] | None = None

    def command(self) -> list[str]:
        if self.location is None:
            raise StoreError("a store directory is needed")
        return server_command(self._binary or find_oxigraph(), self.location, self.bind, writable=self.writable,
                              union_default_graph=self._union, timeout_s=self._timeout_s)

    def start(self, ready_timeout: float = READY_TIMEOUT) -> OxigraphServer:
        """Start the server and return once it answers a query (bounded wait)."""
        loc = self.location
        if loc is None or (not self.writable and not loc.is_dir()):
            raise StoreError(f"no store at {loc} (run `medkg build` first, or pass --store)")
        if store_held_by_writer(loc):
            raise StoreError(_explain_failure("lock", loc, self.bind))
        if port_in_use(self.bind):  # else the ready probe could be answered by the other server
            raise StoreError(_explain_failure("address already in use", loc, self.bind))
        cmd = self.command()
        self._log = tempfile.TemporaryFile()
        log.info("starting %s", " ".join(cmd))
        self.process = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=self._log, stderr=subprocess.STDOUT)
        try:
            self._wait_ready(ready_timeout)
        except BaseException:
            self.stop()
            raise
        return self

    def _wait_ready(self, ready_timeout: float) -> None:
        deadline = time.monotonic() + ready_timeout
        probe = urllib.request.Request(self.urls.query, data=b"ASK {}", method="POST",
                                       headers={"Content-Type": "application/sparql-query",
                                                "Accept": "application/sparql-results+json"})
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        delay = 0.05
        assert self.process is not None  # only start() calls this, right after it made the process
        while True:
            if self.process.poll() is not None:
                raise StoreError(_explain_failure(self.output(), self.location, self.bind))
            try:
                with opener.open(probe, timeout=2) as resp:
                    if resp.status == 200 and self.process.poll() is None:
                        return
            except (urllib.error.URLError, OSError):
                pass
            if time.monotonic() > deadline:
                raise StoreError(f"the Oxigraph server did not answer on {self.urls.query} within {ready_timeout:g} s")
            time.sleep(delay)
            delay = min(delay * 2, 0.5)

    def output(self) -> str:
        """What the server printed so far (its error message when it failed to start)."""
        if self._log is None:
            return ""
        self._log.seek(0)
        return self._log.read().decode("utf-8", "replace")

    def wait(self) -> int:
        return self.process.wait() if self.process else 0

    def stop(self, grace: float = STOP_GRACE) -> int | None:
        """SIGTERM, then SIGKILL after ``grace`` s; always reaps the process.

        Not SIGINT: a server started from a background job or under nohup inherits an ignored
        SIGINT. Oxigraph commits each write in a transaction, so SIGTERM loses nothing.
        """
        proc, self.process = self.process, None
        code = None
        if proc is not None:
            for action in (proc.terminate, proc.kill):
                if proc.poll() is not None:
                    break
                action()
                try:
                    proc.wait(grace)
                except subprocess.TimeoutExpired:
                    continue
            code = proc.wait()
        if self._log is not None:
            self._log.close()
            self._log = None
        return code

    def __enter__(self) -> OxigraphServer:
        return self.start() if self.process is None else self

    def __exit__(self, *exc) -> None:
        self.stop()


def curl_example(query_url: str) -> str:
    """A ready-to-paste command that lists a few papers (quoted for POSIX shells)."""
    query = f"SELECT ?paper ?title WHERE {{ ?paper a <{vocab.Paper}> ; <{vocab.title}> ?title }} LIMIT 5"
    return f"curl -s {query_url} -H 'Accept: text/csv' --data-urlencode 'query={query}'"


def describe(server: OxigraphServer) -> list[str]:
    """The lines ``medkg serve`` shows once the endpoint answers."""
    mode = "read-write" if server.writable else "read-only"
    return [
        f"SPARQL endpoint: {server.urls.query}  ({mode}; default graph = union of all graphs)",
        f"Browser (YASGUI): {server.urls.base}/",
        f"Graph Store:      {server.urls.store}" + ("" if server.writable else "  (GET only)"),
        f"Store:            {server.location}",
        "Try:",
        f"  {curl_example(server.urls.query)}",
        "Press Ctrl-C to stop.",
    ]


def serve(location: str | Path, *, bind: str | None = None, writable: bool = False, public: bool = False,
          on_ready: Callable[[OxigraphServer, list[str]], None] | None = None,
          ready_timeout: float = READY_TIMEOUT) -> int:
    """Serve the store until interrupted (Ctrl-C or SIGTERM) → 0, or the server dies → StoreError.

    Blocks; SIGTERM is turned into a clean stop only when called from the main thread.
    """
    chosen, warnings = choose_bind(bind, public=public, writable=writable)
    for w in warnings:
        log.info("%s", w)
    server = OxigraphServer(location, bind=chosen, writable=writable)
    previous = _on_sigterm_raise_interrupt()
    try:
        server.start(ready_timeout)
        if on_ready:
            on_ready(server, warnings)
        code = server.wait()
        if code in (-signal.SIGINT, -signal.SIGTERM):  # Ctrl-C reached the server before us
            return 0
        raise StoreError(_explain_failure(server.output(), server.location, chosen) + f" (exit code {code})")
    except KeyboardInterrupt:
        return 0
    finally:
        server.stop()
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


def _on_sigterm_raise_interrupt():
    def handler(signum, frame):
        raise KeyboardInterrupt

    try:
        return signal.signal(signal.SIGTERM, handler)
    except ValueError:  # not the main thread
        return None


__all__ = ["OxigraphServer", "Urls", "choose_bind", "curl_example", "describe", "find_oxigraph", "is_loopback",
           "parse_bind", "serve", "server_command", "store_held_by_writer", "urls_for"]
