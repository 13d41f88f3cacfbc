"""A user adds a relation from a file, without touching kg's code.

``tests/data/sanctions.toml`` declares "sanctions" with a verb, a support-verb
and a noun frame in the user's own namespace; the facts must reach the RDF, a
named query, the NetworkX view and the HTML legend.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import URIRef

from kg.relations import RelationError, default_registry, parse, registry_for

SANCTIONS = Path(__file__).parent / "relations" / "sanctions.toml"
NS = "https://example.org/my#"
TEXT = (
    "The European Union imposed sanctions on Russia on Monday.\n"
    "Iran was sanctioned by the United States in 2018.\n"
    "Canada's sanctions against Belarus took effect last week.\n"
    "The council sanctioned the budget plan.\n"
)


def test_registry_adds_user_relation_in_its_namespace():
    reg = registry_for(str(SANCTIONS))
    assert reg.names[:5] == default_registry().names
    rel = reg["sanctions"]
    assert str(rel.predicate) == NS + "sanctions" and str(rel.fact_class) == NS + "Sanctioning"
    assert not rel.symmetric and len(rel.frames) == 3


def test_malformed_declarations_are_refused_with_the_reason(tmp_path):
    with pytest.raises(RelationError, match="namespace"):
        parse("[x]\nframes = [{kind = 'verb', lemmas = ['x']}]\n", default_namespace=None)
    with pytest.raises(RelationError, match="frame kind"):
        parse("[x]\nframes = [{kind = 'adverb', lemmas = ['x']}]\n")
    with pytest.raises(RelationError, match="unknown entity type"):
        parse("[x]\nsubject = ['Planet']\nframes = [{kind = 'verb', lemmas = ['x']}]\n")
    with pytest.raises(RelationError, match="already declared"):
        clash = SANCTIONS.read_text(encoding="utf-8").replace("[sanctions]", "[meets]").replace("sanctions.", "meets.")
        path = tmp_path / "clash.toml"
        path.write_text(clash, encoding="utf-8")
        default_registry().extended(path)


@pytest.fixture(scope="module")
def sanctions_dataset():
    from kg.build import build_dataset

    return build_dataset({"s1": TEXT}, relations=SANCTIONS)


@pytest.mark.model
def test_user_relation_facts_in_rdf(sanctions_dataset):
    from rdflib.namespace import RDFS

    ds = sanctions_dataset
    label = {s: str(o) for s, _, o in ds.triples((None, RDFS.label, None))}
    found = {(label[s], label[o]) for s, _, o in ds.triples((None, URIRef(NS + "sanctions"), None))}
    # active support verb, passive verb, possessive noun; "sanctioned the budget plan" is approval, no party
    assert found == {("European Union", "Russia"), ("United States", "Iran"), ("Canada", "Belarus")}


@pytest.mark.model
def test_user_relation_in_named_query_view_and_legend(sanctions_dataset, tmp_path):
    from kg.query import get_query, run_query
    from kg.render import relation_legend
    from kg.store import open_store
    from kg.view import to_networkx

    store = open_store(None, backend="memory")
    from kg.ontology import ontology_graph

    store.load_ontology(ontology_graph(registry_for(str(SANCTIONS))))
    for g in sanctions_dataset.graphs():
        if len(g) and str(g.identifier).startswith("https://w3id.org/kg-news/id/article/"):
            store.add_triples(str(g.identifier).rsplit("/", 1)[-1], list(g))
    store.flush() if hasattr(store, "flush") else None
    rows = run_query(store, get_query("facts-by-relation"), {"relation": "sanctions"}).values()
    assert len(rows) == 3
    g = to_networkx(store, registry_for(str(SANCTIONS)))
    assert sum(d.get("relation") == "sanctions" for *_, d in g.edges(data=True)) == 3
    legend = relation_legend(g, registry_for(str(SANCTIONS)))
    assert any(item.get("relation", item.get("name")) == "sanctions" for item in legend)
