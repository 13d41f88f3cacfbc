"""The runnable examples in docstrings stay true."""
from __future__ import annotations

import doctest

import kg.iri


def test_iri_examples():
    result = doctest.testmod(kg.iri)
    assert result.attempted >= 2 and result.failed == 0


def test_relation_derived_examples():
    import kg.ontology
    import kg.view

    for module in (kg.ontology, kg.view):
        result = doctest.testmod(module)
        assert result.attempted >= 1 and result.failed == 0, module.__name__


def test_source_and_place_examples():
    import kg.gazetteer
    import kg.rdf

    for module in (kg.rdf, kg.gazetteer):
        result = doctest.testmod(module)
        assert result.attempted >= 1 and result.failed == 0, module.__name__
