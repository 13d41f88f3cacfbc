"""A spaCy Doc built by hand, for rule tests that must not depend on the parser."""
from __future__ import annotations

import spacy
from spacy.tokens import Doc


def blank_vocab():
    return spacy.blank("en").vocab


def hand_doc(vocab, rows, ents=()):
    """rows: (word, lemma, pos, tag, dep, head-index); ents: (start, end, label)."""
    words = [r[0] for r in rows]
    iob = ["O"] * len(words)
    for start, end, label in ents:
        iob[start] = f"B-{label}"
        for i in range(start + 1, end):
            iob[i] = f"I-{label}"
    return Doc(vocab, words=words, lemmas=[r[1] for r in rows], pos=[r[2] for r in rows], tags=[r[3] for r in rows],
               deps=[r[4] for r in rows], heads=[r[5] for r in rows], ents=iob)
