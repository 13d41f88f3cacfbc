"""A surname that is also an English word, alone after the person was named in full, is read again as a
name (kg.name_words). Our own sentences; the surnames are words the model reads as common words."""
from __future__ import annotations

import pytest

from kg.extract import extract
from kg.model import Article


def _facts(nlp, text):
    ex = extract(nlp(text), Article("n1", text))
    e = ex.entities
    return {(e[f.subject].label, f.relation, e[f.object].label) for f in ex.facts}


@pytest.mark.parametrize("text, fact", [
    ("President Ida Trump spoke on Sunday. Trump hosted Jon Dahl for dinner at her residence in November.",
     ("Ida Trump", "hosts", "Jon Dahl")),
    ("President Ida Trump spoke on Sunday. Trump leaves on Monday for Tokyo, before travelling to Seoul.",
     ("Ida Trump", "visits", "Tokyo")),
])
def test_a_lone_surname_read_as_a_word_is_read_again_as_a_name(nlp, text, fact):
    assert fact in _facts(nlp, text)


def test_the_words_and_offsets_stay_those_of_the_text(nlp):
    text = "President Ida Trump spoke on Sunday.\n\nTrump hosted Jon Dahl for dinner."
    doc = nlp(text)
    assert doc.text == text
    lone = doc[[t.text for t in doc].index("Trump", 3)]
    assert lone.idx == text.index("Trump hosted") and lone.ent_type_ == "PERSON" and lone.dep_ == "nsubj"
    assert [s.text for s in doc.spans["kg_datelines"]] == []


def test_a_word_nobody_is_named_by_is_left_alone(nlp):
    # "trump" the verb, with no person of that name in the article
    doc = nlp("Security concerns trump everything else, the minister said.")
    assert doc[2].pos_ == "VERB"


def test_only_misread_words_are_read_again(nlp):
    from kg.name_words import NameWords
    from kg.names import is_first_name

    reader = NameWords(nlp, "kg_name_words", is_first_name, frozenset({"will", "may"}))
    doc = nlp("President Ida Trump spoke on Sunday. Trump hosted Jon Dahl for dinner in Oslo.")
    assert reader.misread(doc) == []  # the pipeline already read it again: a proper noun now
    assert is_first_name("Ida") and not is_first_name("Trump") and not is_first_name("x")


def test_a_surname_the_recogniser_found_but_the_parser_hung_on_its_object_is_read_again(nlp):
    """"Trump hosted Zuckerberg ...", Trump tagged a person but parsed as a noun modifier of the object."""
    from spacy.tokens import Doc

    from kg.name_words import NameWords
    from kg.names import is_first_name

    words = ["President", "Ida", "Trump", "spoke", ".", "Trump", "hosted", "Jon", "Dahl", "."]
    heads = [2, 2, 3, 3, 3, 8, 8, 8, 8, 8]
    pos = ["PROPN", "PROPN", "PROPN", "VERB", "PUNCT", "NOUN", "VERB", "PROPN", "PROPN", "PUNCT"]
    misparsed = ["compound", "compound", "nsubj", "ROOT", "punct", "nmod", "amod", "compound", "ROOT", "punct"]
    ents = ["O", "B-PERSON", "I-PERSON", "O", "O", "B-PERSON", "O", "B-PERSON", "I-PERSON", "O"]
    reader = NameWords(nlp, "kg_name_words", is_first_name, frozenset())
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=misparsed, pos=pos, ents=ents)
    assert reader.misread(doc) == [5]
    parsed = [*misparsed[:5], "nsubj", "ROOT", "compound", "dobj", "punct"]
    doc = Doc(nlp.vocab, words=words, heads=[2, 2, 3, 3, 3, 6, 6, 8, 6, 6], deps=parsed, pos=pos, ents=ents)
    assert reader.misread(doc) == []  # a subject already: nothing to read again
