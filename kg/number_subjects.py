""""The two held talks": a number standing for people, read as the number of the noun after the verb.

The small English model reads "where the two held talks on trade" and "The two discussed accommodation and
security" as one noun phrase ("the two held talks", with "held" an adjective), leaving the sentence with no
verb and the two with no act. A number after "the" that stands alone for people the article named before is
mostly "they" to the model's eye; so a sentence where such a number is read as the count of a noun with a past
verb between them is read again with the number read through the ``NORM`` of "they" (:mod:`kg.reread`). "The
two held talks" then has "two" for subject and "talks" for object; "the two leaders held talks", which the
model reads right, is left alone.
"""
from __future__ import annotations

from kg.reread import read_again

#: numbers that stand alone for the people named before: "the two", "the three"
NUMBERS = frozenset({"two", "three", "four"})
#: the pronoun the number is read as
STAND_IN = "they"


class NumberSubjects:
    """A component after the parser: see the module's docstring."""

    def __init__(self, nlp, name: str) -> None:
        self.nlp = nlp
        self.name = name

    @staticmethod
    def misread(doc) -> list[int]:
        """The numbers after "the" read as the count of a noun with a past verb read as its adjective between
        ("the two held talks")."""
        found = []
        for t in doc[1:-1]:
            verb = doc[t.i + 1]
            if t.lower_ in NUMBERS and doc[t.i - 1].lower_ == "the" and t.dep_ == "nummod" \
                    and verb.dep_ == "amod" and verb.tag_ in {"VBD", "VBN", "JJ"} and verb.head.i == t.head.i \
                    and verb.lower_.endswith(("ed", "held", "had", "met", "took", "made", "gave"))\
                    and t.head.i > verb.i:
                found.append(t.i)
        return found

    def __call__(self, doc):
        numbers = self.misread(doc) if len(doc) > 2 else []
        tags = {i: (doc[i].tag_, doc[i].pos_) for i in numbers}
        for sent in sorted({doc[i].sent for i in numbers}, key=lambda sent: sent.start):
            read_again(self.nlp, doc, sent.start, sent.end, {i: STAND_IN for i in numbers if sent.start <= i < sent.end})
        for i, (tag, pos) in tags.items():  # the number is still a number, now the verb's subject
            doc[i].tag_, doc[i].pos_ = tag, pos
        return doc
