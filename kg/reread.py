"""One sentence of a parsed Doc read again by the pipeline with some words read through another word's ``NORM``.

The small English model sees a token only through one embedding of its ``NORM``, prefix, suffix and shape, so a
word it mostly met in another use can derail a whole sentence's parse. kg's re-reading components
(:mod:`kg.name_words`, :mod:`kg.number_subjects`) find such sentences and read them again with the word read as
one the model knows in the right use; the new annotations replace the old. The words, and so kg's names and
offsets, are unchanged.
"""
from __future__ import annotations

#: the components that read sentences again: never run inside a re-reading
REREADERS = frozenset({"kg_name_words", "kg_number_subjects"})


def read_again(nlp, doc, start: int, end: int, norms: dict[int, str]) -> None:
    """Parse tokens ``start:end`` of ``doc`` (one sentence) again with the token at each index of ``norms`` read
    through that ``NORM`` (and the words an earlier re-reading changed still read so), and put the new annotations
    in their place; the rest of the article stays as it was."""
    from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, TAG
    from spacy.tokens import Doc

    if end < len(doc) and doc[end].ent_iob_ == "I":
        return  # a name running on into the next sentence: left as it is
    words = doc[start:end]
    again = Doc(doc.vocab, words=[t.text for t in words], spaces=[bool(t.whitespace_) for t in words])
    for i, norm in norms.items():
        doc[i].norm_ = norm  # (kept, so that another component's reading of the sentence reads it so too)
    for t in words:
        again[t.i - start].norm_ = t.norm_
    for name, proc in nlp.pipeline:
        if name not in REREADERS:
            again = proc(again)
    attrs = [TAG, POS, MORPH, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE]
    rows = doc.to_array(attrs)
    rows[start:end] = again.to_array(attrs)
    doc.from_array(attrs, rows)
