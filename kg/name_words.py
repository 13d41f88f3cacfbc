"""A person's surname the model read as a common word ("Trump leaves on Monday"), read again as a name.

The small English model reads "Trump leaves on Monday for Tokyo" as the verb "trump" with the object
"leaves", and "Trump hosted Zuckerberg" as one noun phrase: in the text it learned from, such words
are far more often common words than names. Its parser and recogniser see a token only through
one embedding of its ``NORM``, prefix, suffix and shape. So when the recogniser found a person in
full ("President Donald Trump", a first name the first-name table knows or a title before it) and
the same surname stands alone elsewhere in the article read as something else than a proper noun,
that sentence is parsed again with the surname read through the ``NORM`` of a surname the model
knows as one, and its new annotations replace the old. The words, and so kg's names and offsets,
are unchanged. (A surname the recogniser did tag as a person but the parser did not make a subject,
"Trump hosted Zuckerberg" read as one noun phrase, is read again the same way.)
"""
from __future__ import annotations

from kg.reread import Rereader, read_again

#: the NORM a surname is read with the second time: a surname the model learned as a name
STAND_IN = "bush"
#: titles right before a name that make it a person's in full ("Mr Cook", "Premier Roger Cook")
TITLES = frozenset({
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "president", "premier",
    "chancellor", "senator", "sen.", "governor", "gov.", "minister", "secretary", "mayor",
})


class NameWords(Rereader):
    """A component after the recogniser: see the module's docstring."""

    def __init__(self, nlp, name: str, is_first_name, stop) -> None:
        super().__init__(nlp, name)
        self.is_first_name = is_first_name  # str -> bool: a first name the first-name table knows
        self.stop = stop  # function words ("will", "may"): a surname that is one is left as it is

    def misread(self, doc) -> list[int]:
        """Tokens of a surname the article gives in full elsewhere, read as no proper noun (and, when the
        recogniser still called it a person, not parsed as a subject: "Trump hosted Zuckerberg" read as
        one noun phrase)."""
        names = set()
        for ent in doc.ents:
            if ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].is_title and (
                    self.is_first_name(ent[0].text) or ent.start > 0 and doc[ent.start - 1].lower_ in TITLES):
                names.add(ent[-1].text)
        if not names:
            return []
        return [t.i for t in doc if t.text in names and t.pos_ != "PROPN" and (t.ent_type_ != "PERSON" or t.dep_ != "nsubj")
                and t.lower_ not in self.stop]

    def __call__(self, doc):
        lone = self.misread(doc) if len(doc) else []
        for sent in sorted({doc[i].sent for i in lone}, key=lambda sent: sent.start):
            read_again(self.nlp, doc, sent.start, sent.end, {i: STAND_IN for i in lone if sent.start <= i < sent.end})
        return doc
