"""Names joined by a Romance particle, read as one name: "Central Única dos Trabalhadores", "Ordem dos Advogados do Brasil".

The small English model's recogniser cuts names in Portuguese, Spanish, French or Italian at their lowercase
particles ("de", "dos", "del", "des" ...): "the Central Única dos Trabalhadores" gives a place "Central Única"
and a body "Trabalhadores"; "the Ordem dos Advogados do Brasil" two bodies and a person. This component, after
the recogniser, joins a run of capitalised words linked by such particles into one entity when at least one
of its pieces is a body or a person the recogniser found and every piece it found lies whole inside the run:
a body if any piece is one, else a person if any piece is one. Words, offsets and the parse are unchanged.
"""
from __future__ import annotations

#: the lowercase words that join the parts of a Romance name
PARTICLES = frozenset({"de", "da", "do", "dos", "das", "del", "des", "du", "di", "della", "delle", "degli", "la"})
#: the recogniser's labels a joined name takes, in order of precedence
JOINED_LABELS = ("ORG", "PERSON")


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
                if doc[end].text in PARTICLES and end + gap < len(doc) and _capitalised(doc[end + gap]) \
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
        from spacy.tokens import Span

        runs = self.runs(doc) if len(doc) else []
        if not runs:
            return doc
        ents = list(doc.ents)
        for a, b in runs:
            inside = [e for e in ents if e.start < b and e.end > a]
            if not inside or any(e.start < a or e.end > b for e in inside):
                continue  # nothing the recogniser found there, or a longer name around it
            start = min(e.start for e in inside)  # (words before the first piece found stay out: "President", "The")
            covered = {i for e in inside for i in range(e.start, e.end)}
            if not any(doc[i].text in PARTICLES and i not in covered for i in range(start, b)):
                continue  # the recogniser kept the particles inside its names ("Luiz Inácio Lula da Silva")
            label = next((lab for lab in JOINED_LABELS if any(e.label_ == lab for e in inside)), None)
            if label is None:
                continue
            ents = [e for e in ents if e.end <= a or e.start >= b] + [Span(doc, start, b, label=label)]
        doc.ents = sorted(ents, key=lambda e: e.start)
        return doc
