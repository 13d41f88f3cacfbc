"""kg's vocabulary as a Python namespace; the ontology file is the source of truth.

``tests/test_ontology.py`` checks that every term here is declared in
``ontologies/kg.ttl``, and ``_fail = True`` makes a typo (``KG.hostz``) an error.
"""
from __future__ import annotations

from rdflib import URIRef
from rdflib.namespace import DefinedNamespace, Namespace

NS = "https://w3id.org/kg-news/ns#"
#: base of the IRIs kg mints for entities, articles, facts and spans
ID = Namespace("https://w3id.org/kg-news/id/")


class KG(DefinedNamespace):
    _NS = Namespace(NS)
    _fail = True

    # classes
    Entity: URIRef
    Person: URIRef
    Organization: URIRef
    Place: URIRef
    Country: URIRef
    Facility: URIRef
    Event: URIRef
    Fact: URIRef
    Hosting: URIRef
    Meeting: URIRef
    Demand: URIRef
    Visit: URIRef
    Attendance: URIRef
    Status: URIRef
    StatusScheme: URIRef
    Article: URIRef
    TextSpan: URIRef
    Mention: URIRef
    # status concepts
    Planned: URIRef
    Happened: URIRef
    Reported: URIRef
    Negated: URIRef
    Hypothetical: URIRef
    # direct relations
    relatedTo: URIRef
    hosts: URIRef
    meets: URIRef
    demands: URIRef
    visits: URIRef
    attends: URIRef
    # fact, span and article properties
    relation: URIRef
    participant: URIRef
    agent: URIRef
    object: URIRef
    place: URIRef
    time: URIRef
    status: URIRef
    confidence: URIRef
    attribution: URIRef
    content: URIRef
    trigger: URIRef
    evidence: URIRef
    text: URIRef
    beginIndex: URIRef
    endIndex: URIRef
    mentionOf: URIRef
    contentHash: URIRef


FACT_CLASS = {"hosts": KG.Hosting, "meets": KG.Meeting, "demands": KG.Demand, "visits": KG.Visit, "attends": KG.Attendance}
RELATION = {"hosts": KG.hosts, "meets": KG.meets, "demands": KG.demands, "visits": KG.visits, "attends": KG.attends}
STATUS = {"planned": KG.Planned, "happened": KG.Happened, "reported": KG.Reported, "negated": KG.Negated, "hypothetical": KG.Hypothetical}
ENTITY_CLASS = {
    "Person": KG.Person, "Organization": KG.Organization, "Country": KG.Country,
    "Place": KG.Place, "Facility": KG.Facility, "Event": KG.Event,
}
