"""Entities read again by kg's components after the recogniser (:mod:`kg.place_names`, :mod:`kg.particle_names`):
where each token's entity is, and one rewrite of the Doc's entities for all the names made whole."""
from __future__ import annotations


def entity_at(doc) -> dict:
    """Token index -> the entity span holding that token."""
    return {i: e for e in doc.ents for i in range(e.start, e.end)}


def replace_entities(doc, made: list) -> None:
    """Make the spans ``made`` entities of ``doc``, in place of every entity they overlap (one pass, however many)."""
    if not made:
        return
    from spacy.util import filter_spans

    covered = {i for span in made for i in range(span.start, span.end)}
    kept = [e for e in doc.ents if not any(i in covered for i in range(e.start, e.end))]
    doc.ents = filter_spans(list(made) + kept)
