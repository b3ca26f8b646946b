"""A local web server for the `add` tests: 127.0.0.1, a random port, routes the test can change while it runs."""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=lambda: {"Content-Type": "text/html; charset=utf-8"})
    delay: float = 0.0            # seconds before anything is sent
    length: bool = True           # send Content-Length (False: the body ends when the connection closes)


Route = Reply | Callable[[], Reply]


@dataclass
class Server:
    base: str
    routes: dict[str, Route]
    hits: Counter[str]
    user_agents: list[str]


@contextmanager
def serve(routes: dict[str, Route]) -> Iterator[Server]:
    hits: Counter[str] = Counter()
    agents: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (the standard library's name)
            path = self.path.split("?", 1)[0]  # routes are paths; a query (tracking parameters) is ignored
            hits[path] += 1
            agents.append(self.headers.get("User-Agent", ""))
            route = routes.get(path)
            reply = (route() if callable(route) else route) if route is not None else Reply(404, b"not found")
            if reply.delay:
                time.sleep(reply.delay)
            try:
                self.send_response(reply.status)
                for name, value in reply.headers.items():
                    self.send_header(name, value)
                if reply.length:
                    self.send_header("Content-Length", str(len(reply.body)))
                self.end_headers()
                self.wfile.write(reply.body)
            except (BrokenPipeError, ConnectionResetError):  # the client gave up (timeout, size limit): expected
                pass

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield Server(f"http://127.0.0.1:{server.server_address[1]}", routes, hits, agents)
    finally:
        server.shutdown()
        server.server_close()
