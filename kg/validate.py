"""SHACL validation of kg output (pyshacl): the shapes of ``ontologies/kg-shapes.ttl``
plus the per-relation signature shapes generated from the relation declarations."""
from __future__ import annotations

from importlib import resources


def shapes_graph(relations=None):
    """kg's shapes and the signature shapes of ``relations`` (a Registry; default kg's own)."""
    from rdflib import Graph

    from kg.ontology import signature_shapes

    g = Graph().parse(str(resources.files("kg").joinpath("ontologies", "kg-shapes.ttl")), format="turtle")
    g += signature_shapes(relations)
    return g


def validate(graph, relations=None) -> tuple[bool, str]:
    """(conforms, report text) for an rdflib Graph or Dataset.

    A Dataset is validated one named graph (one article) at a time: an article's
    graph holds everything its shapes look at, and two articles may rightly differ
    (one says a meeting happened, another that it did not).

    Args:
        graph: an rdflib Graph, or a Dataset of article graphs.
        relations: the relation Registry the graph was built with (default: kg's own).
    """
    import pyshacl
    from rdflib import Graph

    shapes = shapes_graph(relations)
    if hasattr(graph, "graphs"):
        parts = [(g.identifier, g) for g in graph.graphs() if len(g)]
    else:
        parts = [(None, graph)]
    conforms, texts = True, []
    for name, part in parts:
        data = Graph()
        for triple in part:
            data.add(triple)
        ok, _, text = pyshacl.validate(data, shacl_graph=shapes, advanced=True, allow_warnings=False)
        if not ok:
            conforms = False
            texts.append(f"graph {name}:\n{text}" if name is not None else str(text))
    return conforms, "\n".join(texts) if texts else "Conforms: True"
