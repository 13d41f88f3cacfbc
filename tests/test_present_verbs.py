"""A relation verb in the present read as a noun after a long name, read again as a verb (kg.present_verbs).
Our own sentences."""
from __future__ import annotations

import pytest

from kg.extract import extract
from kg.model import Article
from kg.present_verbs import PresentVerbs


def _facts(nlp, text):
    ex = extract(nlp(text), Article("p1", text))
    e = ex.entities
    return {(e[f.subject].label, f.relation, e[f.object].label, f.status) for f in ex.facts}


def _first_reading(nlp, text):
    """The model's own reading of text, without kg's re-readers of this kind."""
    with nlp.select_pipes(disable=["kg_present_verbs", "kg_dated_lines"]):
        return nlp(text)


def test_a_verb_read_into_a_name_is_read_as_a_verb_in_the_present(nlp):
    text = "Mark Carney spoke. U.S. President Donald Trump hosts Carney at the White House for a working lunch."
    assert PresentVerbs.misread(_first_reading(nlp, text))  # the model's misreading, found
    doc = nlp(text)
    hosts = next(t for t in doc if t.lower_ == "hosts")
    assert hosts.pos_ == "VERB" and hosts.tag_ == "VBZ" and hosts.text == "hosts"  # the text's own tense and word
    assert any(c.dep_ == "nsubj" and c.text == "Trump" for c in hosts.children)
    assert ("Donald Trump", "hosts", "Mark Carney", "happened") in _facts(nlp, text)


@pytest.mark.parametrize("text", [
    "Premier Ida Lund hosts Jon Dahl in Vasby.",  # read right
    "The Trump visits drew large crowds in Vasby.",  # a noun: the sentence has its verb
    "President Tom Reed said the Lund visits were useful.",
])
def test_a_sentence_with_its_verb_is_not_read_again(nlp, text):
    assert PresentVerbs.misread(_first_reading(nlp, text)) == []
