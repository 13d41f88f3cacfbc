"""Trust (issue 10): hostile files and bindings stay data, distinct inputs stay distinct,
nothing is silently lost, and bad input is one line, never a traceback. Embedded store;
the same attacks against a real server are in test_security_remote.py."""
from __future__ import annotations

import json

import pytest
from rdflib import URIRef
from typer.testing import CliRunner

from fixture_graph import fixture_extractions, load_fixture
from kg.cli import app
from kg.errors import QueryError, StoreError
from kg.query import get_query, run_query
from kg.store import open_store

ONTOLOGY = "https://w3id.org/kg-news/ns"  # a graph every store holds, so a load replaces it by update
DROP = 'x:t> . } } ; DROP ALL ; INSERT DATA { GRAPH <x:g> { <x:s> <x:p> "pwned"^^<x:t'


def _u(text: str) -> str:
    """Every character but letters, digits and ':' as a \\uXXXX escape (what TriG allows in IRIs)."""
    return "".join(ch if ch.isalnum() or ch == ":" else f"\\u{ord(ch):04X}" for ch in text)


def hostile_files(tmp_path):
    """Crafted files: a JSON-LD literal type and TriG IRI escapes, as in the issue, and a bad graph name."""
    jsonld = tmp_path / "evil.jsonld"
    jsonld.write_text(json.dumps({"@id": ONTOLOGY, "@graph": [{"@id": "x:s", "x:p": {"@value": "v", "@type": DROP}}]}))
    trig = tmp_path / "evil.trig"
    trig.write_text(f"<{ONTOLOGY}> {{ <x:s> <x:p> <{_u(DROP[:-1] + 'x:o')}> . }}\n")
    graph = tmp_path / "graph.trig"  # a graph name no store holds yet (written as data, not as an update)
    graph.write_text(f"<{_u('x:g> { } } ; DROP ALL ; #')}> {{ <x:s> <x:p> <x:o> . }}\n")
    return [jsonld, trig, graph]


@pytest.fixture
def store(tmp_path):
    s = open_store(tmp_path / "store")
    s.load_ontology()
    load_fixture(s)
    return s


def _graphs(store) -> dict[str, int]:
    q = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
    return {g: int(n) for g, n in store.query(q).values()}


# 1. a crafted RDF file is refused, never run as SPARQL Update -----------------------------

def test_crafted_rdf_files_cannot_inject_sparql_update(store, tmp_path):
    before = _graphs(store)
    for path in hostile_files(tmp_path):
        with pytest.raises(StoreError) as err:
            store.load_file(path)
        message = str(err.value)
        assert str(path) in message and "\n" not in message, message
        assert "not a valid" in message, message
        assert _graphs(store) == before, path


def test_cli_load_of_a_crafted_file_is_one_line_and_changes_nothing(tmp_path):
    target = tmp_path / "store"
    s = open_store(target)
    s.load_ontology()
    load_fixture(s)
    before = _graphs(s)
    s.close()
    runner = CliRunner()
    for path in hostile_files(tmp_path):
        result = runner.invoke(app, ["load", str(path), "--store", str(target)])
        assert result.exit_code == 1, result.output
        skipped = [line for line in result.output.splitlines() if line.startswith("kg: skipped")]
        assert len(skipped) == 1 and str(path) in skipped[0], result.output
        assert "Traceback" not in result.output
    assert _graphs(open_store(target)) == before


def test_a_file_name_cannot_inject_either(store, tmp_path):
    path = tmp_path / "a> } ; DROP ALL ; #.nt"
    path.write_text("<x:s> <x:p> <x:o> .\n")
    store.load_file(path)
    store.load_file(path)  # the second time the graph exists: replaced by update
    assert _graphs(store)[ONTOLOGY] > 1


# 2. bindings are validated terms ---------------------------------------------------------

def test_a_bad_iri_binding_is_one_clear_error_on_the_embedded_store(store):
    for value in ["<a b>", "<x:a>) (UNDEF) } #>", "<rel>"]:
        with pytest.raises(QueryError, match=r"name.*not a valid IRI"):
            run_query(store, get_query("meetings"), {"name": value})
    store.close()
    result = CliRunner().invoke(app, ["query", "meetings", "-b", "name=<a b>", "--store", str(store.path)])
    assert result.exit_code == 2 and "Traceback" not in result.output, result.output
    assert "--bind name" in result.output and "not a valid IRI" in result.output


# 3. a server that misbehaves: redirects and non-SPARQL answers are errors, not success ------

class _Odd:
    """A local HTTP server that redirects every write and answers queries with an HTML page."""

    def __init__(self) -> None:
        import http.server
        import threading

        class Handler(http.server.BaseHTTPRequestHandler):
            def _answer(self):
                self.rfile.read(int(self.headers.get("content-length") or 0))
                if self.path.startswith("/query"):
                    body = b"<html><body>login</body></html>"
                    self.send_response(200)
                    self.send_header("content-type", "text/html")
                else:
                    body = b""
                    self.send_response(301)
                    self.send_header("location", "http://elsewhere.example/store")
                self.send_header("content-length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_PUT = do_POST = do_GET = _answer

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def odd_server():
    server = _Odd()
    yield server
    server.close()


def test_a_redirect_from_the_graph_store_is_not_success(odd_server):
    from kg.remote import SparqlStore

    store = SparqlStore(odd_server.url, retries=0)
    store.add(fixture_extractions()[0])
    with pytest.raises(StoreError, match=r"answered 301, a redirect to http://elsewhere.example/store"):
        store.flush()


def test_an_answer_that_is_not_sparql_json_is_one_clear_error(odd_server):
    from kg.remote import SparqlStore

    with pytest.raises(StoreError, match=r"answered 200 with text/html, not SPARQL JSON results"):
        SparqlStore(odd_server.url, retries=0).count()
    result = CliRunner().invoke(app, ["query", "meetings", "--endpoint", odd_server.url])
    assert result.exit_code == 2 and "not SPARQL JSON results" in result.output, result.output


@pytest.mark.parametrize("url", ["http://127.0.0.1:99999", "http://[::1", "ftp://example.org", "http://"])
def test_bad_endpoint_urls_are_one_line(url):
    result = CliRunner().invoke(app, ["query", "meetings", "--endpoint", url])
    assert result.exit_code == 2 and result.output.startswith("kg: error: --endpoint"), result.output
    assert result.output.count("\n") == 1 and "Traceback" not in result.output
