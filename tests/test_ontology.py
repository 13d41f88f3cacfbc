"""The ontology file is the source of truth for every term kg writes."""
from __future__ import annotations

import sys
import subprocess

from pathlib import Path

import pytest
from rdflib import OWL, RDF, RDFS, Graph, Literal, URIRef

from kg.namespace import KG, NS
from kg.store import ontology_files

SANCTIONS = Path(__file__).parent / "relations" / "sanctions.toml"


def _ontology() -> Graph:
    g = Graph()
    for f in ontology_files():
        g.parse(f, format="turtle")
    return g


def test_every_python_term_is_declared_in_the_ontology():
    g = _ontology()
    declared = {s for s in g.subjects(RDF.type, None) if str(s).startswith(NS)}
    used = {URIRef(NS + name) for name in [*KG.__annotations__, *KG._extras]}  # _extras: the relations, from relations.toml
    assert used - declared == set()
    assert declared - used == set(), "terms in the ontology missing from kg.namespace.KG"


def test_a_typo_is_an_error():
    import pytest

    with pytest.raises(AttributeError):
        KG.hostz  # noqa: B018


def test_relations_toml_and_kg_ttl_agree_both_ways():
    """Each declared relation has its fact class and property in kg.ttl (the block
    kg.ontology generates, literals aside), and kg.ttl declares no other relation."""
    from kg.ontology import relation_graph
    from kg.relations import default_registry

    g = _ontology()
    reg = default_registry()
    for rel in reg:
        assert (rel.fact_class, RDFS.subClassOf, KG.Fact) in g, f"{rel.name}: no fact class {rel.fact_class} in kg.ttl"
        assert (rel.predicate, RDFS.subPropertyOf, KG.relatedTo) in g, f"{rel.name}: no property {rel.predicate} in kg.ttl"
        assert ((rel.predicate, RDF.type, OWL.SymmetricProperty) in g) == rel.symmetric, rel.name
        missing = [t for t in relation_graph(rel) if not isinstance(t[2], Literal) and t not in g]
        assert missing == [], f"{rel.name}: kg.ttl lacks {missing}"
        assert (rel.fact_class, RDFS.label, None) in g and (rel.predicate, RDFS.label, None) in g, rel.name
    properties = set(g.subjects(RDFS.subPropertyOf, KG.relatedTo))
    classes = set(g.subjects(RDFS.subClassOf, KG.Fact))
    assert properties == {r.predicate for r in reg}, "kg.ttl declares a relation relations.toml does not"
    assert classes == {r.fact_class for r in reg}, "kg.ttl declares a fact class relations.toml does not"


def test_a_user_relation_gets_its_terms_in_its_own_namespace():
    from kg.ontology import ontology_graph
    from kg.relations import default_registry

    reg = default_registry().extended(SANCTIONS)
    rel = reg["sanctions"]
    assert str(rel.predicate) == "https://example.org/my#sanctions"
    g = ontology_graph(reg)
    assert (rel.predicate, RDFS.subPropertyOf, KG.relatedTo) in g and (rel.fact_class, RDFS.subClassOf, KG.Fact) in g
    assert (rel.predicate, RDF.type, OWL.ObjectProperty) in g and (rel.predicate, RDF.type, OWL.SymmetricProperty) not in g
    assert (rel.predicate, RDFS.label, Literal("sanctions", lang="en")) in g
    assert len(g) > len(ontology_graph())  # kg.ttl is in it too


def test_modelling_slips_stay_fixed():
    """A fact is a claim (prov:Entity), never a schema:Event; the review's other slips stay gone."""
    g = _ontology()
    SDO = "https://schema.org/"
    for cls in g.transitive_subjects(RDFS.subClassOf, KG.Fact):
        assert (cls, RDFS.subClassOf, URIRef(SDO + "Event")) not in g, cls
        assert not any(str(o).startswith(SDO) for o in g.objects(cls, RDFS.subClassOf)), cls
    assert (KG.Event, RDFS.subClassOf, URIRef(SDO + "Event")) in g  # the summit, an entity, is an event
    assert not list(g.triples((KG.attends, OWL.inverseOf, None)))
    assert not list(g.triples((None, RDFS.range, OWL.ObjectProperty)))
    assert (KG.Facility, RDFS.subClassOf, URIRef(SDO + "CivicStructure")) not in g
    assert not list(g.triples((URIRef(NS + "participant"), None, None)))


def test_alignment_and_symmetry():
    g = _ontology()
    SDO, PROV, SKOS = "https://schema.org/", "http://www.w3.org/ns/prov#", "http://www.w3.org/2004/02/skos/core#"
    assert (KG.meets, RDF.type, OWL.SymmetricProperty) in g
    assert (KG.Person, RDFS.subClassOf, URIRef(SDO + "Person")) in g
    assert (KG.Fact, RDFS.subClassOf, URIRef(PROV + "Entity")) in g
    assert (KG.Status, RDFS.subClassOf, URIRef(SKOS + "Concept")) in g
    for cls in (KG.Hosting, KG.Meeting, KG.Demand, KG.Visit, KG.Attendance):
        assert (cls, RDFS.subClassOf, KG.Fact) in g and (cls, RDFS.label, None) in g
    for term in set(g.subjects(RDF.type, OWL.Class)) | set(g.subjects(RDF.type, OWL.ObjectProperty)):
        assert (term, RDFS.label, None) in g, term


def test_ontology_and_queries_ship_inside_the_package():
    from importlib import resources

    base = resources.files("kg")
    assert base.joinpath("ontologies", "kg.ttl").is_file() and base.joinpath("ontologies", "kg-shapes.ttl").is_file()
    assert len([p for p in base.joinpath("queries").iterdir() if p.name.endswith(".rq")]) >= 10


def test_later_stages_do_not_import_spacy():
    code = "import sys, kg.rdf, kg.store, kg.query, kg.view, kg.render, kg.remote, kg.cli; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_iris_are_valid_and_stable_for_any_text():
    from hypothesis import given, settings
    from hypothesis import strategies as st
    from rdflib.term import _is_valid_uri

    from kg.iri import entity_iri, slug

    @settings(max_examples=300, deadline=None)
    @given(st.text(min_size=0, max_size=60))
    def check(text):
        iri = entity_iri("Person", text)
        assert _is_valid_uri(str(iri)) and " " not in str(iri)
        assert iri == entity_iri("Person", text)
        assert slug(text) == slug(text.upper()) or not text.isascii()

    check()
