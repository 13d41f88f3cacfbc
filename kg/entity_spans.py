"""Entities read again by kg's components after the recogniser (:mod:`kg.place_names`, :mod:`kg.particle_names`):
each run of words a component found is shown the entities it overlaps, and the names made whole replace them in one
rewrite of the Doc's entities, however many there are."""
from __future__ import annotations

from collections.abc import Callable


def make_whole(doc, runs: list[tuple[int, int]], whole: Callable) -> None:
    """For each run ``(start, end)``, ``whole(start, end, pieces)`` (``pieces``: the entities overlapping the run) gives
    the span to make an entity, or None; every span given replaces the entities it overlaps."""
    if not runs:
        return
    at = {i: e for e in doc.ents for i in range(e.start, e.end)}
    made = [span for a, b in runs if (span := whole(a, b, {at[i] for i in range(a, b) if i in at})) is not None]
    if not made:
        return
    from spacy.util import filter_spans

    covered = {i for span in made for i in range(span.start, span.end)}
    kept = [e for e in doc.ents if not any(i in covered for i in range(e.start, e.end))]
    doc.ents = filter_spans(made + kept)
