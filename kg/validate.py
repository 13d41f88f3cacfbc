"""SHACL validation of kg output against ``ontologies/kg-shapes.ttl`` (pyshacl)."""
from __future__ import annotations

from importlib import resources


def shapes_graph():
    from rdflib import Graph

    return Graph().parse(str(resources.files("kg").joinpath("ontologies", "kg-shapes.ttl")), format="turtle")


def validate(graph) -> tuple[bool, str]:
    """(conforms, report text) for an rdflib Graph or Dataset (all graphs together)."""
    import pyshacl
    from rdflib import Graph

    data = Graph()
    for s, p, o, *_ in (graph.quads((None, None, None, None)) if hasattr(graph, "quads") else graph):
        data.add((s, p, o))
    conforms, _, text = pyshacl.validate(data, shacl_graph=shapes_graph(), advanced=True, allow_warnings=False)
    return bool(conforms), str(text)
