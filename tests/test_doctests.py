"""The runnable examples in docstrings stay true."""
from __future__ import annotations

import doctest

import kg.iri


def test_iri_examples():
    result = doctest.testmod(kg.iri)
    assert result.attempted >= 2 and result.failed == 0
