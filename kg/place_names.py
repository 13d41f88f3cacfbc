"""Country and capital names with a joining word, read as one name: "Antigua and Barbuda", "Port of Spain".

The small English model's recogniser cuts such names at their joining word: "Antigua and Barbuda will
host the summit" gives two people, "Antigua" and "Barbuda", who host it; "Trinidad and Tobago" a place
and a body; "Port of Spain" a place "Port" and the country Spain. This component, after the recogniser,
looks at each joining word ("and", "of", "the", "de", "&") for the longest run of words around it
that is a country's name or a capital in kg's gazetteer (:mod:`kg.gazetteer`: pycountry, GeoNames,
countryinfo), and makes that run one GPE entity in place of the entities it overlaps (or, when the
recogniser cut a body's name there, "the Trinidad and Tobago Union of Nurses", or left a body's name after it
unread, "the Turks and Caicos Islands Regiment", the body's name whole).
Words, offsets and the parse are unchanged.
"""
from __future__ import annotations

from collections.abc import Callable

from kg.entity_spans import make_whole
from kg.extract.lexicon import ORGANIZATION_NOUNS

#: words that join the parts of a place's name
JOINING = frozenset({"and", "&", "of", "the", "de", "da", "du"})
#: at most this many words on either side of a joining word
MOST_WORDS = 4


class PlaceNames:
    """A component after the recogniser (and the components that read sentences again): see the module's
    docstring. ``names`` are the normalised names (``key``) of countries and capitals that hold a joining word."""

    def __init__(self, names: frozenset[str], key: Callable[[str], str]) -> None:
        self.names = names
        self.key = key
        self.first_words = frozenset(n.split()[0] for n in names)  # (only runs that start like one are looked up)

    def runs(self, doc) -> list[tuple[int, int]]:
        """(start, end) of the place names with a joining word, longest first where two overlap."""
        found = []
        for tok in doc:
            if tok.lower_ not in JOINING or tok.i == 0 or not doc[tok.i - 1].text[:1].isupper():
                continue
            best = None
            for start in range(max(tok.i - MOST_WORDS, 0), tok.i):
                if not doc[start].text[:1].isupper() or self.key(doc[start].text) not in self.first_words \
                        or any(t.is_sent_start for t in doc[start + 1:tok.i + 1]):
                    continue
                for end in range(min(tok.i + MOST_WORDS + 1, len(doc)), tok.i + 1, -1):
                    if not doc[end - 1].text[:1].isupper() or any(t.is_sent_start for t in doc[tok.i + 1:end]):
                        continue
                    if (best is None or end - start > best[1] - best[0]) and self.key(doc[start:end].text) in self.names:
                        best = (start, end)
            if best is not None:
                found.append(best)
        kept: list[tuple[int, int]] = []
        for start, end in sorted(set(found), key=lambda r: (r[0] - r[1], r[0])):
            if all(end <= a or start >= b for a, b in kept):
                kept.append((start, end))
        return sorted(kept)

    def __call__(self, doc):
        make_whole(doc, self.runs(doc) if len(doc) else [], lambda a, b, pieces: self.whole(doc, a, b, pieces))
        return doc

    @staticmethod
    def whole(doc, a: int, b: int, pieces):
        """The entity the place name ``doc[a:b]`` makes, given the recogniser's entities over it, or None."""
        from spacy.tokens import Span

        if any(e.start < a or e.start <= a and e.end >= b and e.end - e.start > b - a for e in pieces):
            return None  # inside a longer name already ("the Republic of Trinidad and Tobago")
        longer = [e for e in pieces if e.end > b]
        # the front of a body's name the recogniser cut there: "the Antigua and Barbuda Union of Teachers" read as
        # "Barbuda Union of Teachers" (the name made whole), else the place alone
        if longer:
            return Span(doc, a, max(e.end for e in longer), label=longer[0].label_)
        # or a body's name the recogniser did not see at all: "the Turks and Caicos Islands Regiment"
        end = b
        while end < len(doc) and end - b < 4 and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() \
                and not doc[end].ent_type_ and not doc[end].is_sent_start:
            end += 1
        body = next((e for e in range(end, b, -1) if doc[e - 1].lower_ in ORGANIZATION_NOUNS), None)
        return Span(doc, a, body, label="ORG") if body is not None else Span(doc, a, b, label="GPE")


def gazetteer_place_names() -> PlaceNames:
    """The component with the names of countries (not demonyms) and capitals in kg's gazetteer that hold a joining
    word."""
    from kg.gazetteer import gazetteer

    g = gazetteer()
    return PlaceNames(g.names_joined_by(JOINING), g.key)
