"""Names joined by a Romance particle, read as one name: "Ordem dos Advogados do Brasil", "Jose Maria dos Santos".

The small English model's recogniser cuts names in Portuguese, Spanish, French or Italian at their lowercase
particles ("de", "dos", "del", "des" ...): "the Ordem dos Advogados do Brasil" gives two bodies and a person,
"Jose Maria dos Santos" two people. This component, after
the recogniser, joins a run of capitalised words linked by such particles into one entity when at least one
of its pieces is a body or a person the recogniser found and every piece it found lies whole inside the run (from
the first piece to the last): a body if any piece is one, else a person if any piece is one; a run followed by the
acronym of its initials in brackets ("the Central Única dos Trabalhadores (CUT)") is a body's name, whole. Words, offsets and the
parse are unchanged.
"""
from __future__ import annotations

from kg.entity_spans import make_whole
from kg.extract.lexicon import ROMANCE_PARTICLES

#: the recogniser's labels a joined name takes, in order of precedence
JOINED_LABELS = ("ORG", "PERSON")
#: the labels of the pieces a name may be joined from
NAME_LABELS = frozenset({"ORG", "PERSON", "GPE", "LOC", "FAC", "NORP"})


def _capitalised(tok) -> bool:
    return tok.text[:1].isupper() and tok.is_alpha


class ParticleNames:
    """A component after the recogniser: see the module's docstring."""

    def runs(self, doc) -> list[tuple[int, int]]:
        """(start, end) of the runs of capitalised words joined by particles (at least one particle)."""
        found, i = [], 0
        while i < len(doc):
            if not _capitalised(doc[i]):
                i += 1
                continue
            start, end, joined = i, i + 1, False
            while end < len(doc):
                if _capitalised(doc[end]) and not doc[end].is_sent_start:
                    end += 1
                    continue
                # one particle or "de la", then a capitalised word
                gap = 2 if doc[end].text in {"de", "del"} and end + 1 < len(doc) and doc[end + 1].text == "la" else 1
                if doc[end].text in ROMANCE_PARTICLES and end + gap < len(doc) and _capitalised(doc[end + gap]) \
                        and not any(t.is_sent_start for t in doc[end:end + gap + 1]):
                    end += gap + 1
                    joined = True
                    continue
                break
            if joined:
                found.append((start, end))
            i = end
        return found

    def __call__(self, doc):
        make_whole(doc, self.runs(doc) if len(doc) else [], lambda a, b, pieces: self.whole(doc, a, b, pieces))
        return doc

    @staticmethod
    def whole(doc, a: int, b: int, pieces):
        """The entity the run ``doc[a:b]`` makes, given the recogniser's entities over it, or None."""
        from spacy.tokens import Span

        def first(e) -> int:  # (a piece's own "the": "the Central Única")
            return e.start + 1 if doc[e.start].lower_ == "the" and e.start + 1 >= a else e.start

        own = a + 1 if doc[a].lower_ == "the" else a  # (a run at a sentence's start: "The Central Única ...")
        # (never a person's name with initials after it: "Maria da Silva (MS)")
        defined = _defined_by_acronym(doc, own, b) and not any(e.label_ == "PERSON" for e in pieces)
        if not (pieces or defined) or any(first(e) < a or e.end > b or e.label_ not in NAME_LABELS for e in pieces):
            return None  # nothing the recogniser found there, a longer name around it, or a date ("dos Santos Monday")
        if defined:  # the whole run, a body's name
            return Span(doc, own, b, label="ORG")
        start = min(first(e) for e in pieces)  # (words before the first piece found stay out: "President", "The")
        end = max(e.end for e in pieces)  # (and words after the last: the run ends with a piece the recogniser found)
        covered = {i for e in pieces for i in range(e.start, e.end)}
        if not any(doc[i].text in ROMANCE_PARTICLES and i not in covered for i in range(start, end)):
            return None  # the recogniser kept the particles inside its names ("Luiz Inácio Lula da Silva")
        label = next((lab for lab in JOINED_LABELS if any(e.label_ == lab for e in pieces)), None)
        return Span(doc, start, end, label=label) if label is not None else None


def _defined_by_acronym(doc, a: int, b: int) -> bool:
    """Whether the run ``doc[a:b]`` is followed by the acronym of its capitalised words' initials in brackets: "the
    Central Única dos Trabalhadores (CUT)", a body's name whatever the recogniser made of its pieces."""
    from kg.names import initials

    if b + 2 >= len(doc) or doc[b].text != "(" or doc[b + 2].text != ")":
        return False
    letters = initials(t.text for t in doc[a:b] if _capitalised(t))
    return len(letters) >= 2 and doc[b + 1].text == letters
