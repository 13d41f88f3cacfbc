"""One sentence of a parsed Doc read again by the pipeline with some words read through another word's ``NORM``.

The small English model sees a token only through one embedding of its ``NORM``, prefix, suffix and shape, so a
word it mostly met in another use can derail a whole sentence's parse. kg's re-reading components
(:mod:`kg.name_words`, :mod:`kg.number_subjects`) find such sentences and read them again with the word read as
one the model knows in the right use; the new annotations replace the old. The words, and so kg's names and
offsets, are unchanged.
"""
from __future__ import annotations

from collections.abc import Callable


class Rereader:
    """A pipeline component that finds misread sentences and reads them again (:func:`read_again`); it is never run
    inside a re-reading."""

    rereads = True

    def __init__(self, nlp, name: str) -> None:
        self.nlp = nlp
        self.name = name


def rereads(proc) -> bool:
    """Whether a pipeline component is one of kg's re-readers (never run inside a re-reading)."""
    return getattr(proc, "rereads", False)


def read_again(nlp, doc, start: int, end: int, norms: dict[int, str]) -> Callable[[], None] | None:
    """Parse tokens ``start:end`` of ``doc`` (one sentence) again with the token at each index of ``norms`` read
    through that ``NORM`` (and the words an earlier re-reading changed still read so), and put the new annotations
    in their place; the rest of the article stays as it was.

    Returns:
        A function that puts the sentence's old annotations and words' ``NORM`` back, or None when the sentence
        was left as it is (a name running into it or on out of it).
    """
    from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, NORM, POS, TAG
    from spacy.tokens import Doc

    if end < len(doc) and doc[end].ent_iob_ == "I" or doc[start].ent_iob_ == "I":
        return None  # a name running on into the next sentence, or in from the one before: left as it is
    attrs = [TAG, POS, MORPH, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE]
    old = doc[start:end].to_array(attrs + [NORM])
    words = doc[start:end]
    again = Doc(doc.vocab, words=[t.text for t in words], spaces=[bool(t.whitespace_) for t in words])
    for i, norm in norms.items():
        doc[i].norm_ = norm  # (kept, so that another component's reading of the sentence reads it so too)
    for t in words:
        again[t.i - start].norm_ = t.norm_
    for _, proc in nlp.pipeline:
        if not rereads(proc):
            again = proc(again)
    _put(doc, start, attrs, again.to_array(attrs))

    def undo() -> None:
        _put(doc, start, attrs + [NORM], old)

    return undo


def _put(doc, start: int, attrs: list, rows) -> None:
    """Annotations ``rows`` (one row a token, HEAD relative) in place from token ``start`` on."""
    whole = doc.to_array(attrs)
    whole[start:start + len(rows)] = rows
    doc.from_array(attrs, whole)


def rehang(doc, moves) -> None:
    """Give tokens new heads in one write: ``moves`` are (token index, head index, dependency label). The words, tags
    and names stay; spaCy sets the sentences again from the new tree."""
    from spacy.attrs import DEP, HEAD

    rows = doc.to_array([HEAD, DEP]).view("int64")  # HEAD relative to the token (signed: a head may come before)
    for i, head, dep in moves:
        rows[i] = (head - i, doc.vocab.strings[dep])
    doc.from_array([HEAD, DEP], rows.view("uint64"))
