""""The two held talks" read again with the number as the verb's subject (kg.number_subjects). Our own
sentences."""
from __future__ import annotations

import pytest

from kg.extract import extract
from kg.model import Article
from kg.number_subjects import NumberSubjects


def _facts(nlp, text):
    ex = extract(nlp(text), Article("n1", text))
    e = ex.entities
    return {(e[f.subject].label, f.relation, e[f.object].label) for f in ex.facts}


def _first_reading(nlp, text):
    """The model's own reading of text, without the component."""
    with nlp.select_pipes(disable=["kg_number_subjects"]):
        return nlp(text)


MISREAD = [
    "Premier Ida Lund received Jon Dahl in Vasby. The two held delegation-level talks.",
    "Premier Ida Lund received Jon Dahl at her office, where the two held talks on trade.",
]
#: "the pair" read as the adverb of a verb read as an adjective
PAIR_MISREAD = [
    "Premier Anna Lind hosted Tomas Brenn in Ostrava. The pair held talks on trade.",
    "Premier Anna Lind hosted Tomas Brenn in Ostrava, with the pair holding talks on trade.",
]


@pytest.mark.parametrize("text", MISREAD)
def test_the_number_is_the_subject_of_the_verb_after_it(nlp, text):
    assert NumberSubjects.misread(_first_reading(nlp, text))  # the model's misreading, found
    doc = nlp(text)
    two = next(t for t in doc if t.lower_ == "two")
    held = doc[two.i + 1]
    assert two.dep_ == "nsubj" and two.head.i == held.i and held.pos_ == "VERB"
    assert two.tag_ == "CD" and two.pos_ == "NUM"  # still a number for kg's readers
    facts = _facts(nlp, text)
    assert ("Ida Lund", "meets", "Jon Dahl") in facts or ("Jon Dahl", "meets", "Ida Lund") in facts


@pytest.mark.parametrize("text", PAIR_MISREAD)
def test_the_pair_is_the_subject_of_the_verb_after_it(nlp, text):
    assert NumberSubjects.misread(_first_reading(nlp, text))  # the model's misreading, found
    doc = nlp(text)
    pair = next(t for t in doc if t.lower_ == "pair")
    assert pair.dep_ == "nsubj" and doc[pair.i + 1].pos_ == "VERB" and pair.tag_ == "NN"
    facts = _facts(nlp, text)
    assert ("Anna Lind", "meets", "Tomas Brenn") in facts or ("Tomas Brenn", "meets", "Anna Lind") in facts


@pytest.mark.parametrize("text", [
    "The two leaders held talks on trade.",  # read right
    "The pair discussed trade and energy on Monday.",  # read right
    "The two invited leaders met President Tom Reed in Vasby on Monday.",  # an adjective of the subject
    "Police held the two detained journalists for a week.",
    "The two armed men were arrested on Monday.",
])
def test_a_sentence_the_model_reads_right_is_not_read_again(nlp, text):
    assert NumberSubjects.misread(_first_reading(nlp, text)) == []


def test_a_participle_adjective_keeps_its_reading_and_its_facts(nlp):
    text = "The two invited leaders, Ivo Sand and Lena Toft, met President Tom Reed in Vasby on Monday."
    assert {("Ivo Sand", "meets", "Tom Reed"), ("Lena Toft", "meets", "Tom Reed")} <= _facts(nlp, text)
