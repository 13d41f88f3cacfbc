"""One IRI per person across articles: a surname alone ("Mr Trump") becomes the full
name ("Donald Trump") when exactly one known person carries that surname.

Known people are those named in full earlier in the build (or already in the
store), and the office-holders of ``kg/data/offices.tsv`` in office on the
article's date (any date when the article has none). The article's own words
stay as aliases. Runs in the main process, in input order, so the result does
not depend on the number of workers.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace

from kg.gazetteer import gazetteer
from kg.model import Entity, Extraction


def _surname(name: str) -> str:
    return name.split()[-1].casefold() if name.split() else ""


class PersonRegistry:
    """Full names seen so far, by surname."""

    def __init__(self, known: Iterable[str] = ()) -> None:
        self._by_surname: dict[str, set[str]] = defaultdict(set)
        for name in known:
            self.learn(name)

    def learn(self, name: str) -> None:
        if len(name.split()) >= 2:
            self._by_surname[_surname(name)].add(name)

    def full_name(self, name: str, date: str | None) -> str | None:
        if len(name.split()) != 1:
            return None
        key = name.casefold()
        seen = self._by_surname.get(key, set())
        holders = {o.holder for o in gazetteer().offices if _surname(o.holder) == key and (date is None or o.held_on(date))}
        candidates = seen | holders
        return next(iter(candidates)) if len(candidates) == 1 else None

    def apply(self, ex: Extraction) -> Extraction:
        """The extraction with surname-only people renamed; then learn its full names."""
        entities = list(ex.entities)
        changed = False
        for n, e in enumerate(entities):
            if e.type != "Person":
                continue
            full = self.full_name(e.label, ex.article.published)
            if full and full != e.label:
                aliases = tuple(dict.fromkeys([e.label, *e.aliases]))
                entities[n] = replace(e, label=full, aliases=aliases)
                changed = True
        for e in entities:
            if e.type == "Person":
                self.learn(e.label)
        return replace(ex, entities=tuple(entities)) if changed else ex
