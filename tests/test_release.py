"""What a long build lets go of once done with it (issue 12): the store's reads, between the whole-store
queries of the consolidation and the page (kg.store.BaseStore.release_reads). Nothing read or written
changes; real pyoxigraph stores on disk."""
from __future__ import annotations

import shutil

import pytest
from rdflib import URIRef

pytestmark = pytest.mark.model  # the seed build


def _view(g):
    return (sorted(g.nodes(data=True)), sorted((s, o, k, sorted(d.items(), key=str)) for s, o, k, d in g.edges(keys=True, data=True)))


@pytest.fixture
def consolidated(seed_build, tmp_path):
    from kg.consolidate import consolidate_store
    from kg.store import open_store

    path = tmp_path / "store"
    shutil.copytree(seed_build["store"], path)
    with open_store(path) as store:
        consolidate_store(store)
    return path


def test_the_view_is_the_same_when_the_store_lets_each_read_go(consolidated, monkeypatch):
    from kg.store import OxigraphStore, open_store
    from kg.view import to_networkx

    with open_store(consolidated, read_only=True) as store:
        first = store._store
        released = _view(to_networkx(store))
        assert store._store is not first  # opened again between the queries
    monkeypatch.setattr(OxigraphStore, "release_reads", lambda self: None)
    with open_store(consolidated, read_only=True) as store:
        kept = _view(to_networkx(store))
    assert released == kept and released[0] and released[1]
    assert any(dict(d).get("consolidated") for *_, d in released[1])


def test_the_consolidation_is_the_same_when_the_writer_lets_its_reads_go(seed_build, tmp_path, monkeypatch):
    from kg.consolidate import CONSOLIDATED_GRAPH, consolidate_store
    from kg.store import OxigraphStore, open_store

    graphs = []
    for name in ("released", "kept"):
        path = tmp_path / name
        shutil.copytree(seed_build["store"], path)
        if name == "kept":
            monkeypatch.setattr(OxigraphStore, "release_reads", lambda self: None)
        with open_store(path) as store:
            done = consolidate_store(store)
        with open_store(path, read_only=True) as store:
            graphs.append((sorted(tuple(map(str, t)) for t in store.graph_triples(CONSOLIDATED_GRAPH)), done.facts, done.claims))
    assert graphs[0] == graphs[1] and graphs[0][0]


def test_a_writer_opened_again_keeps_what_it_was_given_and_writes_on(tmp_path):
    from kg.store import open_store

    graph = URIRef("https://example.org/g")
    triple = (URIRef("https://example.org/a"), URIRef("https://example.org/p"), URIRef("https://example.org/b"))
    with open_store(tmp_path / "s") as store:
        store.load_ontology()
        store.add_triples("one", [triple])  # pending, not yet written
        store.release_reads()
        assert not store._pending
        assert store.has_graph(URIRef("https://w3id.org/kg-news/id/article/one"))
        store.patch_graph(graph, [], [triple])
    with open_store(tmp_path / "s", read_only=True) as store:
        assert list(store.graph_triples(graph)) == [triple]
        store.release_reads()
        assert store.has_graph(URIRef("https://w3id.org/kg-news/id/article/one"))
