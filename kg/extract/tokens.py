"""Token look-ups shared by the extraction rules.

:class:`TokenIndex` finds candidate tokens fast, from spaCy's arrays instead of a
Python loop per rule (each ``for tok in doc`` builds a Token object for every
word); :func:`child` and :func:`pobj` walk one step down the parse.
"""
from __future__ import annotations

from collections.abc import Iterable


class TokenIndex:
    """Token positions by lower-cased lemma, part of speech and dependency label."""

    def __init__(self, doc) -> None:
        import numpy as np
        from spacy.attrs import DEP, LEMMA, POS

        self.doc = doc
        self._np = np
        strings = doc.vocab.strings
        rows = doc.to_array([LEMMA, POS, DEP]) if len(doc) else np.zeros((0, 3), dtype="uint64")
        self._columns = {}
        for n, lower in ((0, True), (1, False), (2, False)):
            unique, inverse = np.unique(rows[:, n], return_inverse=True)
            names = [strings[int(u)].lower() if lower else strings[int(u)] for u in unique]
            self._columns[n] = (names, inverse.reshape(-1))

    def _find(self, column: int, words: Iterable[str]):
        names, inverse = self._columns[column]
        wanted = {w for w in words}
        keys = [k for k, name in enumerate(names) if name in wanted]
        if not keys:
            return []
        return [self.doc[int(i)] for i in self._np.nonzero(self._np.isin(inverse, keys))[0]]

    def lemmas(self, words: Iterable[str]):
        """Tokens whose lower-cased lemma is one of ``words``, in text order."""
        return self._find(0, words)

    def pos(self, tag: str):
        return self._find(1, (tag,))

    def dep(self, label: str):
        return self._find(2, (label,))


def child(tok, *deps: str, text: str | None = None):
    """The first child of tok with one of ``deps`` (and, if given, that lower-cased text)."""
    return next((c for c in tok.children if c.dep_ in deps and (text is None or c.lower_ == text)), None)


def pobj(tok, *preps: str):
    """The object of the first of ``preps`` attached to tok: ``pobj(verb, "with")``."""
    for c in tok.children:
        if c.dep_ in {"prep", "agent"} and c.lower_ in preps:
            obj = child(c, "pobj")
            if obj is not None:
                return obj
    return None
