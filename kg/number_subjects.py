""""The two held talks": a number standing for people, read as the number of the noun after the verb.

The small English model reads "where the two held talks on trade" and "The two held delegation-level talks" as
one noun phrase ("the two held talks", with "held" an adjective), leaving the clause with no verb and the two with
no act; "the pair held talks" and "with the pair holding talks" likewise. To the model's eye a number after "the" with a past verb after it is mostly "they"; so a sentence where
such a number is read as the count of a noun with a past verb between them, the noun standing where the clause's
verb should be (the sentence's root, a relative or adverbial clause), is read again with the number read through
the ``NORM`` of "they" (:mod:`kg.reread`). The new reading is kept only when the number came out as the subject of
the verb after it. "The two leaders held talks", which the model reads right, and "the two invited leaders met
Y", where the participle is an adjective of a noun that is the clause's subject, are left alone.
"""
from __future__ import annotations

from kg.reread import Rereader, read_again

#: numbers that stand alone for the people named before: "the two", "the three"
NUMBERS = frozenset({"two", "three", "four"})
#: nouns for two people that the model reads the same way: "the pair held talks" as one noun phrase
PAIRS = frozenset({"pair", "duo"})
#: the pronoun the number is read as
STAND_IN = "they"
#: where a noun stands that the parser made of a clause: the clause's own place
CLAUSE_PLACES = frozenset({"ROOT", "relcl", "ccomp", "advcl", "dep"})
#: past forms that end in no "-ed"
IRREGULAR_PASTS = ("held", "had", "met", "took", "made", "gave", "sat", "spoke", "went")


class NumberSubjects(Rereader):
    """A component after the parser: see the module's docstring."""

    @staticmethod
    def misread(doc) -> list[int]:
        """The numbers after "the" read as the count of a noun in a clause's place, with a past verb read as its
        adjective between them ("the two held talks"), and "the pair" read as that verb's adverb ("the pair held
        talks", "with the pair holding talks")."""
        found = []
        for t in doc[1:-1]:
            verb, noun = doc[t.i + 1], t.head
            if t.lower_ in NUMBERS and doc[t.i - 1].lower_ == "the" and t.dep_ == "nummod" \
                    and verb.dep_ == "amod" and verb.tag_ in {"VBD", "VBN", "JJ"} and verb.head.i == noun.i > verb.i \
                    and verb.lower_.endswith(("ed", *IRREGULAR_PASTS)) \
                    and (noun.dep_ in CLAUSE_PLACES or noun.dep_ == "conj" and noun.head.pos_ in {"VERB", "AUX"}):
                found.append(t.i)
            elif t.lower_ in PAIRS and doc[t.i - 1].lower_ == "the" and t.head.i == verb.i and verb.dep_ == "amod" \
                    and verb.tag_ in {"VBD", "VBN", "VBG", "JJ"} and verb.lower_.endswith(("ed", "ing", *IRREGULAR_PASTS)) \
                    and verb.head.i > verb.i and (verb.head.dep_ in CLAUSE_PLACES or verb.head.dep_ == "pobj"
                                                  and verb.head.head.lower_ == "with"):
                found.append(t.i)  # "the pair held talks", "with the pair holding talks"
        return found

    def __call__(self, doc):
        numbers = self.misread(doc) if len(doc) > 2 else []
        for sent in sorted({doc[i].sent for i in numbers}, key=lambda sent: sent.start):
            here = [i for i in numbers if sent.start <= i < sent.end]
            kept = {i: (doc[i].tag_, doc[i].pos_, str(doc[i].morph)) for i in here}
            undo = read_again(self.nlp, doc, sent.start, sent.end, {i: STAND_IN for i in here})
            if undo is None:
                continue
            if not all(doc[i].dep_ == "nsubj" and doc[i].head.i == i + 1 and doc[i + 1].pos_ in {"VERB", "AUX"}
                       for i in here):
                undo()  # (the new reading did not make the number the verb's subject: the old one stays)
                continue
            for i, (tag, pos, morph) in kept.items():  # the number is still a number, now the verb's subject
                doc[i].tag_, doc[i].pos_ = tag, pos
                doc[i].set_morph(morph or None)
        return doc
