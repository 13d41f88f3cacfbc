"""Country and capital names with a joining word read as one name (kg.place_names). Real place names (the
gazetteer's), invented people and bodies."""
from __future__ import annotations

import pytest

from kg.place_names import gazetteer_place_names


def _ents(nlp, text):
    return [(e.text, e.label_) for e in nlp(text).ents]


@pytest.mark.parametrize("text,name", [
    ("Antigua and Barbuda will host the summit.", "Antigua and Barbuda"),
    ("The Prime Minister of Trinidad and Tobago arrived on Monday.", "Trinidad and Tobago"),
    ("Anna Lind travelled to Saint Vincent and the Grenadines on Monday.", "Saint Vincent and the Grenadines"),
    ("Tomas Brenn flew to Port of Spain on Friday.", "Port of Spain"),
])
def test_a_place_name_with_a_joining_word_is_one_entity(nlp, text, name):
    with nlp.select_pipes(disable=["kg_place_names"]):
        assert (name, "GPE") not in _ents(nlp, text)  # the recogniser cuts it
    assert (name, "GPE") in _ents(nlp, text)


def test_a_body_named_after_such_a_place_keeps_its_whole_name(nlp):
    text = "Meanwhile, the Trinidad and Tobago Union of Nurses has called on the ministry to act."
    ents = _ents(nlp, text)
    assert ("Trinidad and Tobago Union of Nurses", "ORG") in ents
    assert not any(label == "GPE" for _, label in ents)


def test_st_before_a_name_is_saint():
    from kg.gazetteer import gazetteer

    g = gazetteer()
    assert g.country("St Kitts and Nevis") == g.country("Saint Kitts and Nevis") == "Saint Kitts and Nevis"
    assert g.country("St. Lucia") == "Saint Lucia"
    assert g.key("Main St") == "main st"  # a street's "St" after its name stays


def test_a_body_named_after_such_a_place_the_recogniser_left_unread_is_made_whole(nlp):
    text = "Mr Tomas Brenn met officers of the Turks and Caicos Islands Regiment at their base."
    with nlp.select_pipes(disable=["kg_place_names"]):
        assert ("Turks and Caicos Islands Regiment", "ORG") not in _ents(nlp, text)
    ents = _ents(nlp, text)
    assert ("Turks and Caicos Islands Regiment", "ORG") in ents
    assert not any(label == "GPE" for _, label in ents)


@pytest.mark.parametrize("text", [
    "The Minister of Finance and Economy met the Governor of the Bank of England.",
    "Anna Lind and Tomas Brenn met in Oslo.",
    "France and Germany signed the deal.",
])
def test_names_that_are_no_one_place_are_left_as_they_are(nlp, text):
    with nlp.select_pipes(disable=["kg_place_names"]):
        before = _ents(nlp, text)
    assert _ents(nlp, text) == before


def test_the_names_looked_up_are_countries_and_capitals_not_demonyms():
    names = gazetteer_place_names().names
    assert {"bosnia and herzegovina", "port of spain", "antigua and barbuda"} <= names
    assert not {"bosnian", "france and germany", "the gambia"} & names


def test_a_long_run_of_joined_capitalised_words_is_read_and_left_alone(nlp):
    """Each joining word is looked at with at most four words on either side, and only runs that start like a known
    name are looked up (its cost is linear in the run: see benchmarks/README.md); a hostile run of them names no
    place, and many names in one article are made entities in one pass."""
    component = gazetteer_place_names()
    doc = nlp.make_doc("Ab and " * 4000 + "Antigua and Barbuda")
    assert [doc[a:b].text for a, b in component.runs(doc)] == ["Antigua and Barbuda"]
    text = "Antigua and Barbuda met Trinidad and Tobago. " * 200
    ents = [(e.text, e.label_) for e in nlp(text).ents]
    assert ents.count(("Antigua and Barbuda", "GPE")) == 200 and ents.count(("Trinidad and Tobago", "GPE")) == 200
