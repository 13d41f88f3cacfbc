"""kg's vocabulary as a Python namespace; the ontology file is the source of truth.

``tests/test_ontology.py`` checks that every term here is declared in
``ontologies/kg.ttl`` and the other way round, and ``_fail = True`` makes a typo
(``KG.hostz``) an error. The relation terms (``KG.hosts``, ``KG.Hosting``) are not
listed here: they come from the relation declarations (``kg/data/relations.toml``).
"""
from __future__ import annotations

from rdflib import URIRef
from rdflib.namespace import DefinedNamespace, Namespace

from kg.relations import KG_NS, default_registry

NS = KG_NS
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
    Status: URIRef
    StatusScheme: URIRef
    Article: URIRef
    TextSpan: URIRef
    Mention: URIRef
    ConsolidatedFact: URIRef
    Membership: URIRef
    Lifecycle: URIRef
    LifecycleScheme: URIRef
    # status concepts
    Planned: URIRef
    Happened: URIRef
    Reported: URIRef
    Negated: URIRef
    Hypothetical: URIRef
    # lifecycle concepts (what became of a planned fact, kg.consolidate)
    Held: URIRef
    Cancelled: URIRef
    Postponed: URIRef
    Overdue: URIRef
    Pending: URIRef
    Disputed: URIRef
    # the super-property of every relation
    relatedTo: URIRef
    # fact, span and article properties
    relation: URIRef
    agent: URIRef
    object: URIRef
    place: URIRef
    time: URIRef
    date: URIRef
    startDate: URIRef
    endDate: URIRef
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
    key: URIRef
    source: URIRef
    loadedAt: URIRef
    # groups and their members (kg.extract.members)
    member: URIRef
    # consolidated facts across articles (kg.consolidate)
    supportedBy: URIRef
    windowStart: URIRef
    windowEnd: URIRef
    articleCount: URIRef
    sourceCount: URIRef
    firstSeen: URIRef
    lastSeen: URIRef
    statusHistory: URIRef
    lifecycle: URIRef
    contradicted: URIRef
    windowAssumed: URIRef
    asOf: URIRef
    # the store's counts (kg.summary)
    EntitySummary: URIRef
    ArticleSummary: URIRef
    StoreSummary: URIRef
    StatusSummary: URIRef
    summaryOf: URIRef
    countedClass: URIRef
    countedRelation: URIRef
    countedStatus: URIRef
    factCount: URIRef
    mentionCount: URIRef
    namingArticles: URIRef

    #: each of kg's relations (``KG.hosts``) and its fact class (``KG.Hosting``), from relations.toml
    _extras = [t for r in default_registry() if r.namespace == NS for t in (r.name, r.fact_class_name)]


#: relation name -> fact class and direct property, for kg's relations (a user's: ``Registry``)
FACT_CLASS = {r.name: r.fact_class for r in default_registry()}
RELATION = {r.name: r.predicate for r in default_registry()}
LIFECYCLE = {"held": KG.Held, "cancelled": KG.Cancelled, "postponed": KG.Postponed, "overdue": KG.Overdue,
             "pending": KG.Pending, "disputed": KG.Disputed}
STATUS = {"planned": KG.Planned, "happened": KG.Happened, "reported": KG.Reported, "negated": KG.Negated, "hypothetical": KG.Hypothetical}
ENTITY_CLASS = {
    "Person": KG.Person, "Organization": KG.Organization, "Country": KG.Country,
    "Place": KG.Place, "Facility": KG.Facility, "Event": KG.Event,
}
