"""The ontology file is the source of truth for every term kg writes."""
from __future__ import annotations

import sys
import subprocess

from rdflib import OWL, RDF, RDFS, Graph, URIRef

from kg.namespace import KG, NS
from kg.store import ontology_files


def _ontology() -> Graph:
    g = Graph()
    for f in ontology_files():
        g.parse(f, format="turtle")
    return g


def test_every_python_term_is_declared_in_the_ontology():
    g = _ontology()
    declared = {s for s in g.subjects(RDF.type, None) if str(s).startswith(NS)}
    used = {URIRef(NS + name) for name in KG.__annotations__}
    assert used - declared == set()
    assert declared - used == set(), "terms in the ontology missing from kg.namespace.KG"


def test_a_typo_is_an_error():
    import pytest

    with pytest.raises(AttributeError):
        KG.hostz  # noqa: B018


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
