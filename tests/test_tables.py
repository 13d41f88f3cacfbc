"""kg.tables gives every token the annotations spaCy's own attribute ruler and lemmatizer give."""
from __future__ import annotations

import pytest

from conftest import SEEDS

pytestmark = pytest.mark.model

#: sentences for the rarer rules: contractions, two-token rules, spaces, pronoun objects,
#: auxiliaries, "there is", determiners standing alone, kg's hyphenated verbs
SENTENCES = [
    "Ain't nobody gonna stop us, y'all. Let's go! C'mon, nothin' doin'.",
    "I don't know whether it is true; they aren't sure, and he's not coming.",
    "There is a summit in Paris. There were talks, and there's more to come.",
    "She told me she saw you and it with them.  \n\n  That was all, said those who did.",
    "Japan co-hosted the meeting, which Germany co-organised and France co-sponsors.",
    "Have you had lunch? He has, and he does what he did. They do have to go.",
    "Which one? This. \t Whatever happens,   he will have been told.",
    "",
    "   ",
]


def _annotations(doc) -> list[tuple]:
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_, t.is_sent_start)
            for t in doc]


def test_tables_replace_the_ruler_and_the_lemmatizer(nlp):
    assert "kg_attribute_table" in nlp.pipe_names and "kg_cached_lemmas" in nlp.pipe_names
    assert "attribute_ruler" not in nlp.pipe_names and "lemmatizer" not in nlp.pipe_names


def test_same_annotations_as_spacy_own_components(nlp):
    from kg.nlp import load_pipeline

    spacy_own = load_pipeline(tables=False)
    assert "attribute_ruler" in spacy_own.pipe_names and "lemmatizer" in spacy_own.pipe_names
    texts = SENTENCES + [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    texts += texts[:3]  # a second time: from the tables' memory this time
    expected = [_annotations(d) for d in spacy_own.pipe(texts)]
    got = [_annotations(d) for d in nlp.pipe(texts)]
    for text, e, g in zip(texts, expected, got):
        assert g == e, text[:80]


def test_a_rule_on_another_attribute_keeps_spacy_ruler():
    import spacy

    from kg.tables import UntabledRules, attribute_table

    ruler = spacy.blank("en").add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "paris"}]], {"POS": "PROPN"})
    attribute_table(ruler)  # a form: tabled
    ruler.add([[{"SHAPE": "Xxxxx"}]], {"POS": "PROPN"})
    with pytest.raises(UntabledRules, match="SHAPE"):
        attribute_table(ruler)
