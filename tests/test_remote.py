"""A real Oxigraph server (``oxigraph serve`` on 127.0.0.1) as a remote store."""
from __future__ import annotations

import pytest
from typer.testing import CliRunner

from conftest import SEEDS
from fixture_graph import fixture_extractions, load_fixture
from kg.cli import app
from kg.errors import StoreError
from kg.query import get_query, run_query
from kg.remote import SparqlStore, redact

pytestmark = pytest.mark.server


def test_build_query_and_reload_through_the_protocols(oxigraph_server, nlp):
    from kg.build import build

    remote = SparqlStore(oxigraph_server.url)
    remote.load_ontology()
    build([SEEDS], sinks=[remote])
    remote = SparqlStore(oxigraph_server.url)
    hosts = {row[0] for row in run_query(remote, get_query("who-hosts-whom")).values()}
    assert hosts == {"Keir Starmer", "Emmanuel Macron", "Friedrich Merz"}
    meetings = run_query(remote, get_query("meetings"), {"name": "Zelensky"}).values()
    # meets is symmetric: written in IRI order (donald-trump before volodymyr-zelensky), whoever the article names first
    assert [(m[0], m[1], m[4]) for m in meetings] == [("Donald Trump", "Volodymyr Zelensky", "Oval Office")]
    count = remote.count()
    build([SEEDS], sinks=[remote])  # the same article again: its graph is replaced, not added to
    assert SparqlStore(oxigraph_server.url).count() == count


def test_cli_load_twice_keeps_the_count(oxigraph_server, tmp_path):
    from kg.output import GraphWriter

    path = tmp_path / "fixture.trig"
    with GraphWriter(path) as w:
        for ex in fixture_extractions():
            w.add(ex)
    runner = CliRunner()
    first = runner.invoke(app, ["load", str(path), "--endpoint", oxigraph_server.url])
    assert first.exit_code == 0, first.output
    count = SparqlStore(oxigraph_server.url).count()
    second = runner.invoke(app, ["load", str(path), "--endpoint", oxigraph_server.url])
    assert second.exit_code == 0 and SparqlStore(oxigraph_server.url).count() == count
    out = runner.invoke(app, ["query", "facts-per-article", "--endpoint", oxigraph_server.url, "-b", "article=fx-2", "-f", "csv"])
    assert out.exit_code == 0 and out.output.count("fx-2") == 3  # three relations; the bound value is not echoed as a column


def test_hostile_values_stay_values_on_the_server(oxigraph_server):
    store = SparqlStore(oxigraph_server.url)
    load_fixture(store)
    before = store.count()
    rows = run_query(store, get_query("meetings"), {"name": '"} ; DROP ALL ; { "x\\'}).rows
    assert rows == [] and store.count() == before


def test_server_stopped_mid_load_then_a_rerun_completes(oxigraph_server):
    exs = fixture_extractions()
    store = SparqlStore(oxigraph_server.url, retries=1, backoff=0.05)
    store.add(exs[0])
    store.flush()
    oxigraph_server.stop()
    store.add(exs[1])
    with pytest.raises(StoreError) as err:
        store.flush()
    message = str(err.value)
    assert f"cannot reach http://127.0.0.1:{oxigraph_server.port}/store" in message and "after 2 tries" in message
    assert "\n" not in message
    oxigraph_server.start()
    load_fixture(SparqlStore(oxigraph_server.url), exs)
    fresh = {row for row in SparqlStore(oxigraph_server.url).query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }").values()}
    assert len({g for (g,) in fresh if "/article/" in g}) == 2  # and the store's counts (kg.summary)


def test_client_errors_are_clear_and_not_retried(oxigraph_server):
    store = SparqlStore(oxigraph_server.url, gsp_url=oxigraph_server.url + "/no-such-service", retries=5, backoff=5)
    store.add(fixture_extractions()[0])
    with pytest.raises(StoreError, match=r"answered 404"):
        store.flush()  # a retried 4xx would take 5 + 10 + ... seconds


def test_credentials_never_appear_in_messages(tmp_path):
    assert redact("http://alice:s3cret@127.0.0.1:9/store?x=1") == "http://127.0.0.1:9/store"
    store = SparqlStore("http://127.0.0.1:9", user="alice", password="s3cret", retries=0)
    store.add(fixture_extractions()[0])
    with pytest.raises(StoreError) as err:
        store.flush()
    assert "s3cret" not in str(err.value) and "cannot reach" in str(err.value)
    result = CliRunner().invoke(app, ["query", "meetings", "--endpoint", "http://127.0.0.1:9", "--password", "s3cret"])
    assert result.exit_code == 2 and "s3cret" not in result.output and "cannot reach" in result.output


@pytest.mark.model
def test_build_goes_on_when_the_server_is_down(oxigraph_server, tmp_path):
    oxigraph_server.stop()
    result = CliRunner().invoke(app, ["build", str(SEEDS), "-o", str(tmp_path / "g.trig"), "--endpoint", oxigraph_server.url,
                                      "--no-html", "--workers", "1"])
    assert result.exit_code == 1, result.output
    assert f"cannot reach http://127.0.0.1:{oxigraph_server.port}" in result.output
    assert "built 1 article(s)" in result.output and (tmp_path / "g.trig").is_file()


def test_writing_with_sparql_update_instead_of_the_graph_store(oxigraph_server):
    exs = fixture_extractions()
    store = SparqlStore(oxigraph_server.url, update_url=oxigraph_server.url + "/update")
    assert store.update_url
    load_fixture(store, exs)
    count = store.count()
    store.add(exs[0])
    store.flush()
    assert store.count() == count and len(run_query(store, get_query("who-hosts-whom")).rows) == 1


@pytest.mark.parametrize("protocol", ["gsp", "update"])
def test_consolidation_and_its_update_on_the_server(oxigraph_server, protocol):
    """kg consolidate on a SPARQL server, then an update after a replaced article: in place with
    SPARQL Update, by reading and putting back the consolidated graph with the Graph Store Protocol."""
    from test_consolidate import BERG, DAHL, article, scenario

    from kg.consolidate import CONSOLIDATED_GRAPH, consolidate_store, update_store
    from kg.iri import article_iri

    options = {"update_url": oxigraph_server.url + "/update"} if protocol == "update" else {}
    store = SparqlStore(oxigraph_server.url, **options)
    for ex in scenario():
        store.add(ex)
    store.flush()
    assert consolidate_store(store).facts == 7
    store.add(article("m3", "reuters", "2025-05-10", "Carl Dahl and Anna Berg did not meet.", DAHL, BERG, "meets", "negated", "meet"))
    store.flush()
    done = update_store(store, [article_iri("m3")])
    updated = set(store.graph_triples(CONSOLIDATED_GRAPH))
    assert (done.updated, done.facts, done.contradictions) == (2, 7, 2)
    consolidate_store(store)
    assert set(store.graph_triples(CONSOLIDATED_GRAPH)) == updated


def test_every_named_query_answers_on_a_server_as_in_the_embedded_store(oxigraph_server):
    """The server gets bound values as a VALUES block at the top, where the tests a query makes
    inside its groups (for Oxigraph, which substitutes them everywhere) do not see them: the
    answers must be the same all the same."""
    from fixture_graph import QUERY_BINDINGS
    from kg.store import open_store

    local = open_store(backend="memory")
    remote = SparqlStore(oxigraph_server.url)
    for store in (local, remote):
        store.load_ontology()
        load_fixture(store)
    more = [("facts-by-status", {"status": "happened"}), ("entities-by-type", {"type": "place"}),
            ("facts-by-relation", {"relation": "<https://w3id.org/kg-news/ns#hosts>"}),
            ("facts-between", {"start": "2024-04-20", "end": "2024-04-25"}), ("facts-between", {"start": "2024-05-03", "end": "2024-05-03", "days": "0"}),
            ("changes-since", {"since": "2999-01-01"}), ("who-hosts-whom", {"name": "Carl Dahl"})]
    for name, binding in [*QUERY_BINDINGS.items(), *more]:
        want = run_query(local, get_query(name), binding)
        got = run_query(remote, get_query(name), binding)
        assert (got.variables, got.values()) == (want.variables, want.values()), (name, binding)
        # the fixture holds no consolidation and no memberships: those may answer nothing, the same way
        assert name in {"contradictions", "corroboration", "lifecycle", "members", "member-facts"} \
            or binding.get("since") == "2999-01-01" or want.rows, (name, binding)
