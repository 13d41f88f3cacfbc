"""The model's attribute rules and lemmas, applied by table look-up.

spaCy's ``attribute_ruler`` tries each of its ~200 patterns at every token, and its
``lemmatizer`` runs Python code for every token: on Reuters news the two took 18 % of
``en_core_web_sm``'s time. :class:`AttributeTable` and :class:`CachedLemmas` stand in for them
in kg's pipeline with the rules and tables of the loaded model itself, and give every token
the same annotations (``tests/test_tables.py`` compares every attribute with spaCy's own
components). Rules of a kind never seen before (a pattern on another attribute) are left to
spaCy: :func:`attribute_table` refuses them.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

#: the token attributes a rule of the table may test; any other keeps spaCy's own ruler
TESTED = frozenset({"TAG", "LOWER", "DEP", "IS_SPACE"})
#: a word standing for every word that no rule names (no rule's LOWER test can tell them apart)
NEUTRAL = "kg-neutral-word"
#: lemmas kept by :class:`CachedLemmas` before it starts again (about 250 bytes each)
MEMO_LIMIT = 20_000


class AttributeTable:
    """What spaCy's ``AttributeRuler`` does, with the single-token rules decided once per kind of token.

    A single-token rule can only see a token's tag, dependency, whether it is a space and
    its lower-case form; and the forms a rule names are few. So the rules a token matches
    are worked out once for each (tag, named form or any other, dependency, space) with
    spaCy's own ``Matcher`` on a one-token Doc, and kept. Rules of several tokens run through
    a ``Matcher`` of their own. The rules' attributes are then set in spaCy's order (the
    rule added last wins), in one array write per Doc.
    """

    def __init__(self, ruler, lowers: frozenset[int], regex: re.Pattern | None) -> None:
        from spacy.matcher import Matcher

        self.vocab = ruler.vocab
        self.attrs = ruler.attrs
        self.indices = ruler.indices
        self.lowers = lowers
        self.regex = regex
        self.single = Matcher(self.vocab)
        self.multi = Matcher(self.vocab)
        for n, rule in enumerate(ruler.patterns):
            for pattern in rule["patterns"]:
                (self.single if len(pattern) == 1 else self.multi).add(str(n), [pattern])
        self.has_multi = len(self.multi) > 0
        self._rules: dict[tuple, dict[int, int]] = {}

    def __call__(self, doc):
        from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, POS, TAG
        from spacy.tokens._retokenize import set_token_attrs

        if not len(doc):
            return doc
        strings = self.vocab.strings
        lowers, regex, rules = self.lowers, self.regex, self._rules
        extra: dict[int, list[int]] = {}
        if self.has_multi:
            for match_id, start, end in self.multi(doc, allow_missing=True):
                n = int(strings[match_id])
                at = (start if self.indices[n] >= 0 else end) + self.indices[n]
                extra.setdefault(at, []).append(n)
        out = doc.to_array([POS, MORPH, LEMMA])
        others = []
        for i, (tag, lower, dep, space) in enumerate(doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist()):
            named = space or lower in lowers or (regex is not None and regex.search(strings[lower]) is not None)
            key = (tag, lower if named else 0, dep, space)
            attrs = rules.get(key)
            if attrs is None:
                attrs = rules[key] = self._merge(self._matches(doc[i].text if named else NEUTRAL, tag, dep))
            if i in extra:
                attrs = self._merge(sorted(set(self._matches(doc[i].text if named else NEUTRAL, tag, dep)) | set(extra[i])))
            for attr, value in attrs.items():
                if attr == POS:
                    out[i, 0] = value
                elif attr == MORPH:
                    out[i, 1] = value
                elif attr == LEMMA:
                    out[i, 2] = value
                else:
                    others.append((i, attr, value))
        doc.from_array([POS, MORPH, LEMMA], out)
        for i, attr, value in others:
            set_token_attrs(doc[i], {attr: value})
        return doc

    def _matches(self, word: str, tag: int, dep: int) -> list[int]:
        """The single-token rules (by number, in order) that a token with this form, tag and dependency matches."""
        from spacy.tokens import Doc

        one = Doc(self.vocab, words=[word], spaces=[False])
        one[0].tag = tag
        one[0].dep = dep
        return sorted({int(self.vocab.strings[m]) for m, _, _ in self.single(one, allow_missing=True)})

    def _merge(self, numbers: list[int]) -> dict[int, int]:
        """The attributes the rules set, in spaCy's order: a later rule's value replaces an earlier one's."""
        merged: dict[int, int] = {}
        for n in numbers:
            merged.update(self.attrs[n])
        return merged


class UntabledRules(ValueError):
    """A rule tests something :class:`AttributeTable` does not read: spaCy's own ruler stays."""


def attribute_table(ruler) -> AttributeTable:
    """An :class:`AttributeTable` for a spaCy ``AttributeRuler``.

    Raises:
        UntabledRules: when a rule tests something else than the attributes in :data:`TESTED`
            (or a LOWER test other than a form, IN, NOT_IN or REGEX).
    """
    lowers: set[str] = set()
    regexes: list[str] = []
    for rule in ruler.patterns:
        for pattern in rule["patterns"]:
            for token in pattern:
                for key, value in token.items():
                    key = key.upper()
                    if key not in TESTED:
                        raise UntabledRules(f"a rule tests {key} (the table reads {', '.join(sorted(TESTED))})")
                    if key != "LOWER":
                        continue
                    if isinstance(value, str):
                        lowers.add(value)
                    elif isinstance(value, dict) and set(value) <= {"IN", "NOT_IN", "REGEX"}:
                        lowers.update(value.get("IN", ()))
                        lowers.update(value.get("NOT_IN", ()))
                        if "REGEX" in value:
                            regexes.append(value["REGEX"])
                    else:
                        raise UntabledRules(f"a rule tests LOWER with {value!r} (the table reads a form, IN, NOT_IN, REGEX)")
    regex = re.compile("|".join(f"(?:{r})" for r in regexes)) if regexes else None
    if NEUTRAL in lowers or (regex is not None and regex.search(NEUTRAL)):
        raise UntabledRules(f"a rule names the form {NEUTRAL!r}, which the table uses for any form no rule names")
    strings = ruler.vocab.strings
    return AttributeTable(ruler, frozenset(strings.add(w) for w in lowers), regex)


class CachedLemmas:
    """What spaCy's ``Lemmatizer`` does, each lemma worked out once per (form, part of speech, morphology).

    The rule lemmatizer's answer depends on nothing else (and the tables of the model), but it
    keeps only some of its answers and is called once per token. Here each answer is kept
    (at most :data:`MEMO_LIMIT` of them, then they are made anew: memory stays bounded on any
    corpus) and the lemmas are written in one array per Doc. The model's lists of known words
    (``lemma_index``, up to 57,000 words, which the lemmatizer only asks "is this word in it")
    become sets: each new word took a scan of them for each of its possible endings.

    In spaCy's memory zone (``nlp.memory_zone()``, which enters :meth:`memory_zone`) a lemma's
    string may be one the zone frees: the lemmas worked out inside it are forgotten when it ends.
    """

    def __init__(self, lemmatizer) -> None:
        self.lemmatizer = lemmatizer
        self.vocab = lemmatizer.vocab
        self._lemmas: dict[tuple[int, int, int], int] = {}
        #: inside a memory zone, the keys of the lemmas worked out in it; else None
        self._zone: list[tuple[int, int, int]] | None = None
        if lemmatizer.lookups.has_table("lemma_index"):
            index = lemmatizer.lookups.get_table("lemma_index")
            for pos, words in list(index.items()):
                if isinstance(words, list):
                    index[pos] = frozenset(words)

    def __call__(self, doc):
        from spacy.attrs import LEMMA, MORPH, ORTH, POS

        if not len(doc):
            return doc
        memo, lemmatize, add, zone = self._lemmas, self.lemmatizer.lemmatize, self.vocab.strings.add, self._zone
        overwrite = self.lemmatizer.overwrite
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = rows[:, 3:4].copy()
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if overwrite or lemma == 0:
                key = (orth, pos, morph)
                value = memo.get(key)
                if value is None:
                    if zone is not None:  # forgotten as the zone ends: the memory stays bounded
                        zone.append(key)
                    elif len(memo) >= MEMO_LIMIT:
                        memo.clear()
                    value = memo[key] = add(lemmatize(doc[i])[0])
                lemmas[i, 0] = value
        doc.from_array([LEMMA], lemmas)
        return doc

    @contextmanager
    def memory_zone(self, mem=None) -> Iterator[None]:
        """Forget, as the zone ends, the lemmas worked out inside it (spaCy calls this for a pipeline's
        components in :meth:`spacy.language.Language.memory_zone`)."""
        self._zone = []
        try:
            yield
        finally:
            for key in self._zone:
                self._lemmas.pop(key, None)
            self._zone = None
