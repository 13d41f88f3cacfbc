"""Ontology and SHACL terms derived from the relation declarations.

``ontologies/kg.ttl`` states what kg's graph means; it carries a hand-written
block for each of kg's own relations (``tests/test_ontology.py`` checks that the
blocks and ``kg/data/relations.toml`` agree both ways, and that the block
:func:`relation_graph` generates for each is in the file). A user's relations
(``kg build --relations FILE``) get the same block generated in the user's
namespace, so a store holds their terms too: :func:`ontology_graph`.

The SHACL signature shapes (which entity types each relation allows at each
end) are generated for every relation, kg's and a user's: :func:`signature_shapes`.

>>> from kg.relations import default_registry
>>> g = relation_graph(default_registry()["meets"])
>>> (default_registry()["meets"].predicate, RDF.type, OWL.SymmetricProperty) in g
True
"""
from __future__ import annotations

from functools import cache
from importlib import resources

from rdflib import OWL, RDF, RDFS, BNode, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection

from kg.relations import Registry, Relation, default_registry

KG = Namespace("https://w3id.org/kg-news/ns#")
SH = Namespace("http://www.w3.org/ns/shacl#")
KGSH = Namespace("https://w3id.org/kg-news/shapes#")
#: an entity type allows its sub-classes too (as the ontology says: a Country is a Place)
SUBTYPES = {"Place": ("Place", "Country", "Facility")}


def _words(name: str) -> str:
    """``AttendanceClaim`` -> ``attendance claim`` (a class's label from its local name)."""
    return "".join(" " + c.lower() if c.isupper() and i else c.lower() for i, c in enumerate(name))


def relation_graph(rel: Relation) -> Graph:
    """The OWL/RDFS block for one relation, in its own namespace.

    The fact class is an article's claim about the relation (``⊑ kg:Fact``), never
    a ``schema:Event``: a negated meeting is a claim, not a meeting. The property
    is the direct triple written for asserted facts (``⊑ kg:relatedTo``),
    ``owl:SymmetricProperty`` when the relation is symmetric.
    """
    g = Graph()
    g.bind("kg", KG)
    cls, prop = rel.fact_class, rel.predicate
    g.add((cls, RDF.type, OWL.Class))
    g.add((cls, RDFS.subClassOf, KG.Fact))
    g.add((cls, RDFS.label, Literal(_words(rel.fact_class_name), lang="en")))
    g.add((cls, RDFS.comment, Literal(f"An article's claim that the relation '{rel.label}' holds. {rel.comment}".strip(), lang="en")))
    g.add((prop, RDF.type, OWL.ObjectProperty))
    if rel.symmetric:
        g.add((prop, RDF.type, OWL.SymmetricProperty))
    g.add((prop, RDFS.subPropertyOf, KG.relatedTo))
    g.add((prop, RDFS.domain, KG.Entity))
    g.add((prop, RDFS.range, KG.Entity))
    g.add((prop, RDFS.label, Literal(rel.label, lang="en")))
    if rel.comment:
        g.add((prop, RDFS.comment, Literal(rel.comment, lang="en")))
    return g


@cache
def _kg_ttl() -> Graph:
    return Graph().parse(str(resources.files("kg").joinpath("ontologies", "kg.ttl")), format="turtle")


def ontology_graph(relations: Registry | None = None) -> Graph:
    """``kg.ttl`` plus the generated block of every relation outside kg's namespace.

    This is the graph a store keeps as its ontology (``store.load_ontology(graph)``),
    so queries that walk ``rdfs:subPropertyOf kg:relatedTo`` see a user's relations.
    """
    g = Graph()
    for prefix, ns in _kg_ttl().namespaces():
        g.bind(prefix, ns, override=True)
    g += _kg_ttl()
    for rel in relations or default_registry():
        if rel.namespace != str(KG):
            g += relation_graph(rel)
    return g


def _types(types: tuple[str, ...]) -> list[URIRef]:
    return [KG[t] for t in dict.fromkeys(s for t in types for s in SUBTYPES.get(t, (t,)))]


def _one_of_classes(g: Graph, node, types: tuple[str, ...]) -> None:
    """``node sh:or ([sh:class T1] [sh:class T2] ...)``: an extra (inferred) type never hurts."""
    alts = []
    for cls in _types(types):
        alt = BNode()
        g.add((alt, SH["class"], cls))
        alts.append(alt)
    head = BNode()
    Collection(g, head, alts)
    g.add((node, SH["or"], head))


def _list(g: Graph, items) -> BNode:
    head = BNode()
    Collection(g, head, list(items))
    return head


def signature_shapes(relations: Registry | None = None) -> Graph:
    """SHACL shapes for each relation: the entity types allowed at each end,
    on the direct triple and on the fact node, and the fact class that goes with
    the relation. Plus one shape saying a fact's relation is a declared one.
    """
    reg = relations or default_registry()
    g = Graph()
    g.bind("sh", SH)
    g.bind("kgsh", KGSH)
    g.bind("kg", KG)
    for rel in reg:
        msg = f"'{rel.name}' takes {'/'.join(rel.subject_types)} as subject and {'/'.join(rel.object_types)} as object."
        # the direct triple: subject and object types
        direct = KGSH[f"{rel.name}-direct"] if rel.namespace == str(KG) else URIRef(rel.namespace + rel.name + "-direct-shape")
        g.add((direct, RDF.type, SH.NodeShape))
        g.add((direct, SH.targetSubjectsOf, rel.predicate))
        g.add((direct, SH.message, Literal(msg)))
        _one_of_classes(g, direct, rel.subject_types)
        prop = BNode()
        g.add((direct, SH.property, prop))
        g.add((prop, SH.path, rel.predicate))
        g.add((prop, SH.message, Literal(msg)))
        _one_of_classes(g, prop, rel.object_types)
        # the fact node: its relation, and the types of its agent and object
        fact = KGSH[f"{rel.name}-fact"] if rel.namespace == str(KG) else URIRef(rel.namespace + rel.name + "-fact-shape")
        g.add((fact, RDF.type, SH.NodeShape))
        g.add((fact, SH.targetClass, rel.fact_class))
        for path, types, has in ((KG.relation, None, rel.predicate), (KG.agent, rel.subject_types, None), (KG.object, rel.object_types, None)):
            p = BNode()
            g.add((fact, SH.property, p))
            g.add((p, SH.path, path))
            g.add((p, SH.message, Literal(msg if types else f"a {rel.fact_class_name} fact has kg:relation {rel.predicate.n3()}")))
            if has is not None:
                g.add((p, SH.hasValue, has))
            else:
                _one_of_classes(g, p, types)
    # every fact: a declared relation and that relation's fact class among its types
    any_fact = KGSH["DeclaredRelationShape"]
    g.add((any_fact, RDF.type, SH.NodeShape))
    g.add((any_fact, SH.targetSubjectsOf, KG.relation))
    p = BNode()
    g.add((any_fact, SH.property, p))
    g.add((p, SH.path, KG.relation))
    g.add((p, SH["in"], _list(g, [r.predicate for r in reg])))
    g.add((p, SH.message, Literal(f"a fact's relation is a declared one ({', '.join(reg.names)})")))
    t = BNode()
    g.add((any_fact, SH.property, t))
    g.add((t, SH.path, RDF.type))
    qualified = BNode()
    g.add((t, SH.qualifiedValueShape, qualified))
    g.add((qualified, SH["in"], _list(g, [r.fact_class for r in reg])))
    g.add((t, SH.qualifiedMinCount, Literal(1)))
    g.add((t, SH.message, Literal("a fact is typed with its relation's fact class")))
    return g
