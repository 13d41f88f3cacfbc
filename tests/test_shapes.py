"""Each SHACL shape rejects the broken graph it is there for; kg's output passes, before and after inference."""
from __future__ import annotations

import pytest
from rdflib import RDF, RDFS, Graph, Literal, URIRef

from fixture_graph import fixture_extractions
from kg.iri import article_iri
from kg.namespace import ID, KG
from kg.rdf import to_dataset
from kg.validate import validate

BERG, DAHL, FISK = ID["person/anna-berg"], ID["person/carl-dahl"], ID["person/eva-fisk"]
OSLO, SUMMIT = ID["place/oslo"], ID["event/fx-2/summit"]


@pytest.fixture
def graphs() -> dict[str, Graph]:
    """The fixture's two article graphs, each a plain Graph to break."""
    ds = to_dataset(fixture_extractions())
    return {aid: _copy(ds.graph(article_iri(aid))) for aid in ("fx-1", "fx-2")}


def _copy(g) -> Graph:
    out = Graph()
    for t in g:
        out.add(t)
    return out


def _fact(g: Graph, relation: URIRef) -> URIRef:
    return next(g.subjects(KG.relation, relation))


def test_the_fixture_passes(graphs):
    for g in graphs.values():
        conforms, report = validate(g)
        assert conforms, report


def test_a_dataset_is_validated_one_article_at_a_time():
    """fx-1 says Berg and Dahl met; were fx-2 to say they did not, both articles are right."""
    ds = to_dataset(fixture_extractions())
    conforms, report = validate(ds)
    assert conforms, report


def test_signature_of_a_direct_triple(graphs):
    g = graphs["fx-1"]
    g.add((BERG, KG.hosts, ID["place/tromso"]))  # hosts takes a person, organisation, country or event as object
    conforms, report = validate(g)
    assert not conforms and "'hosts' takes" in report


def test_signature_of_a_fact_node(graphs):
    g = graphs["fx-2"]
    fact = _fact(g, KG.visits)
    g.remove((fact, KG.agent, None))
    g.add((fact, KG.agent, SUMMIT))  # an event does not visit
    conforms, report = validate(g)
    assert not conforms and "'visits' takes" in report


def test_a_fact_class_goes_with_its_relation(graphs):
    g = graphs["fx-1"]
    fact = _fact(g, KG.meets)
    g.remove((fact, RDF.type, KG.Meeting))
    g.add((fact, RDF.type, KG.Hosting))
    conforms, report = validate(g)
    assert not conforms and "Hosting fact has kg:relation" in report
    g.remove((fact, RDF.type, KG.Hosting))  # no fact class at all (other types may stay: prov:Entity)
    g.add((fact, RDF.type, URIRef("http://www.w3.org/ns/prov#Entity")))
    conforms, report = validate(g)
    assert not conforms and "typed with its relation's fact class" in report


def test_an_undeclared_relation(graphs):
    g = graphs["fx-1"]
    fact = _fact(g, KG.demands)
    g.remove((fact, KG.relation, KG.demands))
    g.add((fact, KG.relation, URIRef("https://example.org/my#sanctions")))
    conforms, report = validate(g)
    assert not conforms and "declared one" in report


def test_exactly_one_label_per_entity(graphs):
    g = graphs["fx-1"]
    g.add((DAHL, RDFS.label, Literal("Karl Dahl")))
    conforms, report = validate(g)
    assert not conforms and "exactly one rdfs:label" in report


def test_a_negated_fact_has_no_direct_triple(graphs):
    g = graphs["fx-2"]
    g.add((BERG, KG.attends, SUMMIT))  # fx-2: "Anna Berg did not attend the summit"
    conforms, report = validate(g)
    assert not conforms and "negated or hypothetical fact has no direct triple" in report


def test_an_asserted_fact_has_its_direct_triple(graphs):
    g = graphs["fx-1"]
    g.remove((BERG, KG.hosts, DAHL))
    conforms, report = validate(g)
    assert not conforms and "must have its direct triple" in report


def test_shapes_hold_after_owl_rl_inference(graphs):
    """Inference adds superclass types (kg:Fact, prov:Entity, schema:Person), super-property
    values (kg:evidence is a prov:wasDerivedFrom) and the other direction of meets: the
    targets still find their nodes and no constraint counts what inference added."""
    import owlrl

    from kg.ontology import ontology_graph

    for aid, g in graphs.items():
        g += ontology_graph()
        owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(g)
        assert (next(g.subjects(KG.relation, KG.visits if aid == "fx-2" else KG.hosts)), RDF.type, KG.Fact) in g
        conforms, report = validate(g)
        assert conforms, report


def test_a_user_relation_gets_its_signature_shapes():
    from dataclasses import replace

    from kg.relations import default_registry
    from test_derived import SANCTIONS, sanctions_extraction

    reg = default_registry().extended(SANCTIONS)
    ds = to_dataset([sanctions_extraction()], reg)
    conforms, report = validate(ds, reg)
    assert conforms, report
    ex = sanctions_extraction()
    wrong = replace(ex, facts=(replace(ex.facts[0], object=2),))  # sanctions on a place: not allowed
    conforms, report = validate(to_dataset([wrong], reg), reg)
    assert not conforms and "'sanctions' takes" in report
    conforms, report = validate(ds)  # without the user's registry, the relation is not a declared one
    assert not conforms and "declared one" in report
