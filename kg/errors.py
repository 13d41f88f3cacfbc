"""Errors raised by kg's library functions. Only the CLI prints or exits."""
from __future__ import annotations


class KGError(Exception):
    """Base class of every error kg raises on purpose."""


class InputError(KGError):
    """An input file or record cannot be read as a news article."""


class TermError(KGError):
    """An RDF term is not valid: an IRI, language tag, blank node label or literal text."""


class QueryError(KGError):
    """A SPARQL query is unknown, malformed, or was given a bad binding."""


class OutputError(KGError):
    """An output file could not be written (bad folder, full disk)."""


class StoreError(KGError):
    """A triple store could not be opened, reached or written."""


class ModelError(KGError):
    """No usable spaCy pipeline could be loaded."""
