"""Trust (issue 10) against a real ``oxigraph serve``: crafted files and bindings stay data."""
from __future__ import annotations

import socket
import threading

import pytest
from typer.testing import CliRunner

from fixture_graph import load_fixture
from kg.cli import app
from kg.errors import QueryError, StoreError
from kg.query import get_query, run_query
from kg.remote import SparqlStore
from test_security import hostile_files

pytestmark = pytest.mark.server


def _loaded(server) -> SparqlStore:
    store = SparqlStore(server.url)
    store.load_ontology()
    load_fixture(store)
    return store


@pytest.mark.parametrize("via", ["update", "gsp"])
def test_crafted_rdf_files_cannot_inject_sparql_update_on_a_server(oxigraph_server, tmp_path, via):
    before = _loaded(oxigraph_server).count()
    extra = ["--update-url", oxigraph_server.url + "/update"] if via == "update" else []
    runner = CliRunner()
    for path in hostile_files(tmp_path):
        result = runner.invoke(app, ["load", str(path), "--endpoint", oxigraph_server.url, *extra])
        assert result.exit_code == 1, result.output
        skipped = [line for line in result.output.splitlines() if line.startswith("kg: skipped")]
        assert len(skipped) == 1 and str(path) in skipped[0] and "not a valid" in skipped[0], result.output
        assert SparqlStore(oxigraph_server.url).count() == before, path


class _Listener:
    """A port that records whether anything connected to it (a SERVICE call-out)."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(5)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.called = False
        self._stop = False
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.called = True
            conn.close()

    def close(self) -> None:
        self._stop = True
        self._thread.join(2)
        self.sock.close()


def test_bindings_cannot_inject_on_a_server(oxigraph_server):
    store = _loaded(oxigraph_server)
    listener = _Listener()
    try:
        hostile = [
            "<x:a>) (UNDEF) } #>",  # would end the VALUES block and drop the name filter
            f"<x:a>) }} SERVICE <http://127.0.0.1:{listener.port}/leak> {{ ?q ?w ?e }} #>",
        ]
        for value in hostile:
            with pytest.raises(QueryError, match="not a valid IRI"):
                run_query(store, get_query("meetings"), {"name": value})
            result = CliRunner().invoke(app, ["query", "meetings", "--endpoint", oxigraph_server.url, "-b", f"name={value}"])
            assert result.exit_code == 2 and "not a valid IRI" in result.output and "Traceback" not in result.output, result.output
        # as plain strings they are values: no rows, no call-out
        for value in [v[1:-1] for v in hostile]:
            assert run_query(store, get_query("meetings"), {"name": value}).rows == []
        assert not listener.called
    finally:
        listener.close()


# 3, 4. what is given is used, and the password never printed ------------------------------

def test_query_and_gsp_urls_without_endpoint_reach_the_server(oxigraph_server, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("KG_SPARQL_ENDPOINT", raising=False)
    path = tmp_path / "one.nt"
    path.write_text("<x:s> <x:p> <x:o> .\n")
    url = oxigraph_server.url
    result = CliRunner().invoke(app, ["load", str(path), "--query-url", url + "/query", "--gsp-url", url + "/store"])
    assert result.exit_code == 0, result.output
    assert SparqlStore(url).count() > 1 and not (tmp_path / "kg-out").exists()
    # a server URL to read from but none to write to is an error, not a silent local build
    result = CliRunner().invoke(app, ["load", str(path), "--query-url", url + "/query"])
    assert result.exit_code == 2 and "no URL to write to" in result.output, result.output
    assert not (tmp_path / "kg-out").exists()


def test_the_password_in_an_endpoint_url_is_not_printed(oxigraph_server, tmp_path):
    path = tmp_path / "one.nt"
    path.write_text("<x:s> <x:p> <x:o> .\n")
    url = oxigraph_server.url.replace("http://", "http://admin:s3cr3tPW@")
    result = CliRunner().invoke(app, ["load", str(path), "--endpoint", url])
    assert result.exit_code == 0, result.output
    assert "s3cr3tPW" not in result.output and "admin" not in result.output
    assert f"store {oxigraph_server.url}:" in result.output
