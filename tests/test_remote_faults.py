"""Misbehaving SPARQL servers, played by tiny local servers: one that trickles its
answer a byte at a time, one that refuses one graph (issue 10)."""
from __future__ import annotations

import json
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import StoreError
from kg.remote import SparqlStore


@pytest.fixture
def trickling_server():
    """Answers every request with a valid SPARQL JSON result, one byte every 0.3 s."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    listener.settimeout(0.2)
    stop = threading.Event()
    body = json.dumps({"head": {"vars": ["x"]}, "results": {"bindings": []}}).encode()
    answer = b"HTTP/1.1 200 OK\r\nContent-Type: application/sparql-results+json\r\nContent-Length: %d\r\n\r\n%s" % (len(body), body)

    def serve_one(conn: socket.socket) -> None:
        with conn:
            conn.settimeout(0.5)
            try:
                conn.recv(65536)
                for i in range(len(answer)):
                    if stop.wait(0.3):
                        return
                    conn.sendall(answer[i:i + 1])
            except OSError:
                return

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except OSError:
                continue
            threading.Thread(target=serve_one, args=(conn,), daemon=True).start()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    stop.set()
    thread.join(5)
    listener.close()


def test_a_trickling_server_meets_the_deadline(trickling_server):
    store = SparqlStore(trickling_server, timeout=5, deadline=1.5, retries=3)
    t0 = time.monotonic()
    with pytest.raises(StoreError, match=r"within 1\.5 s"):
        store.query("SELECT ?x WHERE { ?x ?p ?o }")
    assert time.monotonic() - t0 < 4  # no retries of a stalled request, no waiting for the whole answer


def test_kg_query_on_a_trickling_server_ends_with_one_line(trickling_server, monkeypatch):
    monkeypatch.setenv("KG_SPARQL_DEADLINE", "1")
    t0 = time.monotonic()
    result = CliRunner().invoke(app, ["query", "who-hosts-whom", "--endpoint", trickling_server])
    assert time.monotonic() - t0 < 5
    assert result.exit_code == 2, result.output
    assert "within 1 s" in result.output and "Traceback" not in result.output


class _PickyStore(BaseHTTPRequestHandler):
    """A Graph Store that refuses (400) any graph whose name holds 'bad' and keeps the others."""

    received: list[str] = []

    def do_PUT(self) -> None:
        graph = parse_qs(urlsplit(self.path).query)["graph"][0]
        self.rfile.read(int(self.headers.get("content-length", 0)))
        if "bad" in graph:
            self.send_response(400)
            self.end_headers()
            self.wfile.write(b"graph name too long")
            return
        self.received.append(graph)
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args) -> None:
        pass


@pytest.mark.model
def test_one_refused_graph_does_not_drop_the_remote_store(tmp_path, nlp):
    from kg.build import build

    server = ThreadingHTTPServer(("127.0.0.1", 0), _PickyStore)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        _PickyStore.received = []
        corpus = tmp_path / "a.jsonl"
        corpus.write_text("".join(json.dumps({"id": i, "text": f"Olaf Scholz met Emmanuel Macron in Paris ({i})."}) + "\n"
                                  for i in ("good-1", "bad-2", "good-3", "good-4")), encoding="utf-8")
        remote = SparqlStore(f"http://127.0.0.1:{server.server_address[1]}", batch=2)
        summary = build([corpus], sinks=[remote])
    finally:
        server.shutdown()
        server.server_close()
    articles = [g for g in _PickyStore.received if "/article/" in g]  # not the store's counts (kg.summary), which it cannot query
    assert [g.rsplit("/", 1)[-1] for g in articles] == ["good-1", "good-3", "good-4"]
    assert len(summary.errors) == 1 and "bad-2" in summary.errors[0] and "400" in summary.errors[0]
