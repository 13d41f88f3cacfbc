"""A timeline entry ("August 8, 2025 - Trump hosts Aliyev and Pashinyan"): the date before the dash read apart.

Timelines and chronologies give one dated event a line, the date first and a dash before the clause. The small
English model reads the date, the dash and the clause as one phrase: "2025 - Trump hosts" becomes a date running on
into a noun "hosts", and the clause loses its verb. So a line that opens with a date and a spaced dash is read again
from the word after the dash on, as a sentence of its own (:mod:`kg.reread`); the date then hangs off the clause's
root (its verb, when the clause has one) as its time ("npadvmod"), the dash as punctuation; a surname the clause
alone reads as a common word is read as a name, as :mod:`kg.name_words` does, and a verb in the present read as a
noun as a verb, as :mod:`kg.present_verbs` does. The words, and so kg's names and offsets, are unchanged.
"""
from __future__ import annotations

from kg.dates import MONTHS  # (month names and their short forms: "Aug. 8 -", "8 August 2025 -")
from kg.name_words import STAND_IN
from kg.present_verbs import PresentVerbs, as_present, read_through_stand_in, stand_in
from kg.reread import Rereader, read_again, rehang

#: the dashes a timeline entry puts between its date and its clause
DASHES = frozenset({"-", "\u2013", "\u2014", "--"})
#: the most dated lines of one article read again: each re-reading rewrites the whole Doc's arrays (kg.reread), so a
#: chronology of thousands of lines would cost its length squared; a timeline in the news has a few dozen
MOST_LINES = 60
#: the longest date prefix looked at, in tokens ("Monday , August 8 , 2025 -")
LONGEST_DATE = 8


class DatedLines(Rereader):
    """A component after the parser: see the module's docstring."""

    @staticmethod
    def dash_after_date(sent) -> int | None:
        """The index of the dash after a date that opens the sentence at a line's start, if there is one."""
        doc = sent.doc
        if sent.start > 0 and "\n" not in doc[sent.start - 1].text + doc[sent.start - 1].whitespace_:
            return None
        dated = False
        for tok in sent[:LONGEST_DATE]:
            if tok.text in DASHES and tok.i > sent.start and doc[tok.i - 1].whitespace_ and tok.whitespace_:
                clause = [t for t in doc[tok.i + 1:sent.end] if not t.is_punct and not t.is_space]
                return tok.i if dated and len(clause) >= 3 else None  # a clause, not "2025 - in brief"
            word = tok.lower_.rstrip(".")
            if word in MONTHS or tok.like_num and len(tok) == 4 and tok.text.isdigit():
                dated = True
            elif not (tok.like_num or tok.text in {",", "."} or tok.ent_type_ == "DATE"):
                return None
        return None

    def __call__(self, doc):
        if len(doc) < 5 or not doc.has_annotation("DEP"):
            return doc
        dashes = [i for i in (self.dash_after_date(sent) for sent in list(doc.sents)) if i is not None]
        for dash in dashes[:MOST_LINES]:
            self._read_apart(doc, dash)
        return doc

    def _read_apart(self, doc, dash: int) -> None:
        from spacy.tokens import Span

        start, end = doc[dash].sent.start, doc[dash].sent.end
        if end < len(doc) and doc[end].ent_iob_ == "I":
            return  # a name running on into the next sentence: left as it is (kg.reread would not read it again)
        # the date no longer runs on past the dash into the clause
        doc.ents = [Span(doc, e.start, e.end if e.start > dash else min(e.end, dash), label=e.label) for e in doc.ents
                    if e.start < dash or e.start > dash + 1]
        if read_again(self.nlp, doc, dash + 1, end, {}) is None:
            return
        # a surname the clause alone now reads as a common word, a verb in the present as a noun: read again so
        norms = {i: stand_in(doc[i]) for i in PresentVerbs.misread(doc) if dash < i < end}
        if "kg_name_words" in self.nlp.pipe_names:
            norms |= {i: STAND_IN for i in self.nlp.get_pipe("kg_name_words").misread(doc) if dash < i < end}
        if norms:
            read_again(self.nlp, doc, dash + 1, end, norms)
        for tok in doc[dash + 1:end]:
            if read_through_stand_in(tok) and tok.pos_ == "VERB":
                as_present(tok)
        root = next((t.i for t in doc[dash + 1:end] if t.head.i == t.i), None)
        if root is None:
            return
        # the prefix's own heads (the words hung outside it, or roots of their own): now the verb's
        rehang(doc, [(i, root, "punct" if i == dash else "npadvmod") for i in range(start, dash + 1)
                     if not start <= doc[i].head.i <= dash or doc[i].head.i == i])
