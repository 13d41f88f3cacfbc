"""A relation verb in the present read as a plural noun ("President Donald Trump hosts Carney"), read again as a verb.

Captions, timelines and summaries tell events in the present: "U.S. President Donald Trump hosts Carney at the
White House". After a run of proper nouns the small English model often reads "hosts" or "visits" as the last noun
of one long name ("... Trump hosts"), so the clause has no verb and its subject and object no act. Such a sentence,
left with no verb, where one of these words is read as a noun right after a name and before a name, a noun phrase,
a number or a pronoun, is read again with the word read through the ``NORM`` of another such verb the model reads as
a verb there ("receives"; "visits" for "receives" itself) (:mod:`kg.reread`). The new reading is kept only when the
word came out as a verb with a subject; its tag is then set to the present ("VBZ"), the text's tense.
"""
from __future__ import annotations

from kg.reread import Rereader, read_again

#: the most verbs of one article read again (each re-reading rewrites the whole Doc's arrays: see kg.reread)
MOST_VERBS = 60
#: relation verbs in the third person present
VERBS = frozenset({"hosts", "visits", "meets", "receives", "welcomes", "attends", "urges"})
#: the NORM a verb is read through the second time (measured on verbs after long names: "receives" is read as a
#: verb where "hosted", "met" and "welcomed" are not), and the one "receives" itself is read through
STAND_IN, STAND_IN_OF_STAND_IN = "receives", "visits"
#: what may follow the verb as the start of its object
OBJECT_STARTS = frozenset({"PROPN", "DET", "NUM", "PRON"})


class PresentVerbs(Rereader):
    """A component after the parser and the recogniser: see the module's docstring."""

    @staticmethod
    def misread(doc) -> list[int]:
        """The relation verbs in the present read as a noun right after a name, in a sentence left with no verb
        ("Donald Trump hosts Carney ..." read as one name; not "the Trump visits drew crowds")."""
        return [t.i for t in doc[1:-1]
                if t.lower_ in VERBS and t.pos_ in {"NOUN", "PROPN"} and t.sent.root.pos_ not in {"VERB", "AUX"}
                and doc[t.i - 1].pos_ == "PROPN" and doc[t.i - 1].ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}
                and doc[t.i + 1].pos_ in OBJECT_STARTS]

    def __call__(self, doc):
        verbs = self.misread(doc) if len(doc) > 2 else []
        for i in verbs[:MOST_VERBS]:
            sent = doc[i].sent
            undo = read_again(self.nlp, doc, sent.start, sent.end, {i: stand_in(doc[i])})
            if undo is None:
                continue
            if doc[i].pos_ != "VERB" or not any(c.dep_ in {"nsubj", "nsubjpass"} for c in doc[i].children):
                undo()  # (the new reading made no verb with a subject of it: the old one stays)
                continue
            as_present(doc[i])
        return doc


def stand_in(tok) -> str:
    """The ``NORM`` one of these verbs is read through the second time."""
    return STAND_IN_OF_STAND_IN if tok.lower_ == STAND_IN else STAND_IN


def read_through_stand_in(tok) -> bool:
    """Whether a token is one of these verbs read through its stand-in's ``NORM``."""
    return tok.lower_ in VERBS and tok.norm_ == stand_in(tok)


def as_present(tok) -> None:
    """A verb read through a stand-in's ``NORM`` given the text's present tense."""
    tok.tag_, tok.pos_ = "VBZ", "VERB"
    tok.set_morph("Number=Sing|Person=3|Tense=Pres|VerbForm=Fin")
