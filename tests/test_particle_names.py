"""Names joined by a Romance particle read as one name (kg.particle_names). Invented people; real bodies only where
the model's cut needs them."""
from __future__ import annotations

import pytest

from kg.particle_names import ParticleNames


def _ents(nlp, text, *, joined=True):
    if joined:
        return [(e.text, e.label_) for e in nlp(text).ents]
    with nlp.select_pipes(disable=["kg_particle_names"]):
        return [(e.text, e.label_) for e in nlp(text).ents]


@pytest.mark.parametrize("text,name,label", [
    ("The Ordem dos Advogados do Brasil urged Congress to vote.", "Ordem dos Advogados do Brasil", "ORG"),
    ("Jose Maria dos Santos met the minister.", "Jose Maria dos Santos", "PERSON"),
    # the acronym of its initials makes the run a body's name, whatever the recogniser made of its pieces
    ("A delegation of the Central Única dos Trabalhadores (CUT) met the minister.", "Central Única dos Trabalhadores", "ORG"),
])
def test_a_name_cut_at_its_particle_is_one_entity(nlp, text, name, label):
    assert (name, label) not in _ents(nlp, text, joined=False)  # the recogniser cuts it
    assert (name, label) in _ents(nlp, text)


@pytest.mark.parametrize("text", [
    "President Luiz Inacio Lula da Silva met Charles de Gaulle in Rio de Janeiro.",  # kept whole by the recogniser
    "The Partido dos Trabalhadores called on the government to act.",  # no piece found: no kind to give it
    "Anna Lind met Tomas Brenn in Oslo.",
])
def test_names_the_recogniser_kept_or_never_found_are_left_as_they_are(nlp, text):
    assert _ents(nlp, text) == _ents(nlp, text, joined=False)


def test_a_joined_name_keeps_words_before_its_first_piece_out(nlp):
    doc = nlp.make_doc("Yesterday President Ana de Souza spoke.")
    assert [doc[a:b].text for a, b in ParticleNames().runs(doc)] == ["Yesterday President Ana de Souza"]
    assert ("President", "PERSON") not in _ents(nlp, "President Ana de Souza spoke to the nation on Monday.")


def test_an_acronym_with_an_accented_initial_names_the_body_it_defines(nlp):
    from kg.extract import extract
    from kg.model import Article

    text = "The Central Única dos Trabalhadores (CUT) met Anna Lind. CUT urged Lind to act."
    ex = extract(nlp(text), Article("t", text))
    [body] = [e for e in ex.entities if e.label == "Central Única dos Trabalhadores"]
    assert "CUT" in body.aliases


def test_a_long_hostile_run_is_read_once(nlp):
    doc = nlp.make_doc("Ab de " * 5000 + "Cd")
    assert ParticleNames().runs(doc) == [(0, len(doc))]


@pytest.mark.parametrize("text,fact", [
    ("The Ordem dos Advogados do Brasil urged Congress to vote.", ("Ordem dos Advogados do Brasil", "demands", "Congress")),
    ("Jose Maria dos Santos met Anna Lind.", ("Jose Maria dos Santos", "meets", "Anna Lind")),
])
def test_a_joined_name_is_the_party_of_its_fact(nlp, text, fact):
    from kg.extract import extract
    from kg.model import Article

    ex = extract(nlp(text), Article("t", text))
    e = ex.entities
    assert fact in {(e[f.subject].label, f.relation, e[f.object].label) for f in ex.facts}


def test_a_run_with_a_date_in_it_is_left_as_the_recogniser_read_it(nlp):
    text = "Former President Jose dos Santos Monday met Anna Lind."
    assert not any("Monday" in name and label in {"PERSON", "ORG"} for name, label in _ents(nlp, text))
