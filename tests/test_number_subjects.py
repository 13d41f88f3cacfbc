""""The two held talks" read again with the number as the verb's subject (kg.number_subjects). Our own
sentences."""
from __future__ import annotations

import pytest

from kg.extract import extract
from kg.model import Article


def _facts(nlp, text):
    ex = extract(nlp(text), Article("n1", text))
    e = ex.entities
    return {(e[f.subject].label, f.relation, e[f.object].label) for f in ex.facts}


@pytest.mark.parametrize("text", [
    "Premier Ida Lund received Jon Dahl in Vasby. The two held delegation-level talks.",
    "Premier Ida Lund received Jon Dahl at her office, where the two held talks on trade.",
    "Premier Ida Lund received Jon Dahl with a guard of honour, after which the two held bilateral talks.",
])
def test_the_number_is_the_subject_of_the_verb_after_it(nlp, text):
    doc = nlp(text)
    two = next(t for t in doc if t.lower_ == "two")
    held = doc[two.i + 1]
    assert two.dep_ == "nsubj" and two.head.i == held.i and held.pos_ == "VERB"
    assert two.tag_ == "CD" and two.pos_ == "NUM"  # still a number for kg's readers
    assert ("Ida Lund", "meets", "Jon Dahl") in _facts(nlp, text) or ("Jon Dahl", "meets", "Ida Lund") in _facts(nlp, text)


def test_the_words_and_offsets_stay_those_of_the_text(nlp):
    text = "Premier Ida Lund received Jon Dahl.\n\nThe two held talks on trade."
    doc = nlp(text)
    assert doc.text == text and [t.idx for t in doc] == [t.idx for t in nlp.make_doc(text)]


@pytest.mark.parametrize("text", [
    "The two leaders held talks on trade.",  # read right: left alone
    "The two discussed regional security and trade.",
    "Together the two had revenues of about 50 million dollars.",
])
def test_a_sentence_the_model_reads_right_is_not_read_again(nlp, text):
    from kg.number_subjects import NumberSubjects

    assert NumberSubjects.misread(nlp(text)) == []
