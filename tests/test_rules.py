"""Each extraction rule on small sentences.

The first tests build a spaCy Doc by hand (no model: the parse is fixed, so the
rule alone is tested); the rest parse real sentences with the small English
pipeline, one construction each.
"""
from __future__ import annotations

import pytest

from hand_docs import blank_vocab, hand_doc

from kg.extract import extract
from kg.model import Article


@pytest.fixture(scope="module")
def vocab():
    return blank_vocab()


def facts_of(ex):
    e = ex.entities
    return {(e[f.subject].label, f.relation, e[f.object].label, f.status) for f in ex.facts}


def test_hand_built_negated_future_meeting_has_no_direct_fact(vocab):
    # "Vladimir Putin will not meet Volodymyr Zelensky ."
    doc = hand_doc(vocab, [
        ("Vladimir", "Vladimir", "PROPN", "NNP", "compound", 1),
        ("Putin", "Putin", "PROPN", "NNP", "nsubj", 4),
        ("will", "will", "AUX", "MD", "aux", 4),
        ("not", "not", "PART", "RB", "neg", 4),
        ("meet", "meet", "VERB", "VB", "ROOT", 4),
        ("Volodymyr", "Volodymyr", "PROPN", "NNP", "compound", 6),
        ("Zelensky", "Zelensky", "PROPN", "NNP", "dobj", 4),
        (".", ".", "PUNCT", ".", "punct", 4),
    ], ents=[(0, 2, "PERSON"), (5, 7, "PERSON")])
    ex = extract(doc, Article("h1", doc.text))
    assert facts_of(ex) == {("Vladimir Putin", "meets", "Volodymyr Zelensky", "negated")}


def test_hand_built_coagents_and_passive(vocab):
    # "Norway , alongside Sweden , will host the summit ." -> two hosts of one event
    doc = hand_doc(vocab, [
        ("Norway", "Norway", "PROPN", "NNP", "nsubj", 6),
        (",", ",", "PUNCT", ",", "punct", 0),
        ("alongside", "alongside", "ADP", "IN", "prep", 6),
        ("Sweden", "Sweden", "PROPN", "NNP", "pobj", 2),
        (",", ",", "PUNCT", ",", "punct", 6),
        ("will", "will", "AUX", "MD", "aux", 6),
        ("host", "host", "VERB", "VB", "ROOT", 6),
        ("the", "the", "DET", "DT", "det", 8),
        ("summit", "summit", "NOUN", "NN", "dobj", 6),
        (".", ".", "PUNCT", ".", "punct", 6),
    ], ents=[(0, 1, "GPE"), (3, 4, "GPE")])
    ex = extract(doc, Article("h2", doc.text))
    assert facts_of(ex) == {("Norway", "hosts", "summit", "planned"), ("Sweden", "hosts", "summit", "planned")}
    assert {e.type for e in ex.entities} == {"Country", "Event"}


def test_hand_built_false_friend_meet_the_target(vocab):
    # "Germany met the target ." : the object is no entity, so nobody is met
    doc = hand_doc(vocab, [
        ("Germany", "Germany", "PROPN", "NNP", "nsubj", 1),
        ("met", "meet", "VERB", "VBD", "ROOT", 1),
        ("the", "the", "DET", "DT", "det", 3),
        ("target", "target", "NOUN", "NN", "dobj", 1),
        (".", ".", "PUNCT", ".", "punct", 1),
    ], ents=[(0, 1, "GPE")])
    assert extract(doc, Article("h3", doc.text)).facts == ()


# --- parsed sentences, one construction each ---------------------------------------------------
CASES = [
    # (construction, text, expected facts as (subject, relation, object, status))
    ("active past", "Olaf Scholz hosted Donald Tusk in Berlin.", {("Olaf Scholz", "hosts", "Donald Tusk", "happened"),
                                                                 ("Donald Tusk", "visits", "Berlin", "happened")}),
    ("passive", "Donald Tusk was hosted by Olaf Scholz.", {("Olaf Scholz", "hosts", "Donald Tusk", "happened")}),
    ("coordinated subject", "Emmanuel Macron and Olaf Scholz met in Paris.", {("Emmanuel Macron", "meets", "Olaf Scholz", "happened")}),
    ("meet with", "Antony Blinken met with Wang Yi on Friday.", {("Antony Blinken", "meets", "Wang Yi", "happened")}),
    ("nominal between", "The summit between Joe Biden and Xi Jinping ended early.", {("Joe Biden", "meets", "Xi Jinping", "happened")}),
    ("held talks with", "Narendra Modi held talks with Anthony Albanese.", {("Narendra Modi", "meets", "Anthony Albanese", "happened")}),
    ("future", "Joe Biden will visit Poland.", {("Joe Biden", "visits", "Poland", "planned")}),
    ("expected to", "Cyril Ramaphosa is expected to attend the summit.", {("Cyril Ramaphosa", "attends", "summit", "planned")}),
    ("negation", "Vladimir Putin did not attend the summit.", {("Vladimir Putin", "attends", "summit", "negated")}),
    ("hypothetical", "If Kim Jong Un visits Seoul, talks may resume.", {("Kim Jong Un", "visits", "Seoul", "hypothetical")}),
    ("reported speech", "Officials said that Joe Biden met Benjamin Netanyahu.", {("Joe Biden", "meets", "Benjamin Netanyahu", "reported")}),
    ("nominal visit", "Narendra Modi's visit to Moscow began on Monday.", {("Narendra Modi", "visits", "Moscow", "happened")}),
    ("urge addressee", "Antonio Guterres urged Israel to open the crossings.", {("Antonio Guterres", "demands", "Israel", "happened")}),
    ("demand content", "Serbia demanded the return of Kosovo.", {("Serbia", "demands", "Kosovo", "happened")}),
    ("call on", "NATO called on Russia to withdraw.", {("NATO", "demands", "Russia", "happened")}),
    ("dateline", "PARIS, France – Emmanuel Macron met Olaf Scholz on Monday.", {("Emmanuel Macron", "meets", "Olaf Scholz", "happened")}),
    ("expected that ... would", "It is expected that Joe Biden would meet Xi Jinping in Lima.", {("Joe Biden", "meets", "Xi Jinping", "planned")}),
    ("conditional would", "Joe Biden would meet Xi Jinping if China agreed.", {("Joe Biden", "meets", "Xi Jinping", "hypothetical")}),
    ("false friend: host of", "The mayor faces a host of problems in Chicago.", set()),
    ("false friend: demand for", "Demand for oil in China fell sharply.", set()),
    ("false friend: meet demand", "Factories in Germany cannot meet demand.", set()),
]


@pytest.mark.model
@pytest.mark.parametrize("construction,text,expected", CASES, ids=[c[0] for c in CASES])
def test_construction(extract_text, construction, text, expected):
    assert facts_of(extract_text(text)) == expected


@pytest.mark.model
def test_pronoun_and_plural_they(extract_text):
    ex = extract_text("Justin Trudeau arrived in Ottawa. He will speak to Joe Biden when they meet on Monday.")
    found = facts_of(ex)
    assert ("Justin Trudeau", "meets", "Joe Biden", "planned") in found or ("Joe Biden", "meets", "Justin Trudeau", "planned") in found
    meeting = next(f for f in ex.facts if f.relation == "meets")
    assert meeting.time == "Monday"


@pytest.mark.model
@pytest.mark.parametrize("text,time", [
    ("Anna Lind began a four-day visit to Sudan on Monday.", "Monday"),
    ("Karl Dahl today ended a two-week tour of Kenya.", "today"),
    ("Oskar Berg is on a three-day-long visit to Oslo.", None),
    ("Anna Lind began a week-long visit to Sudan in mid-year.", "mid-year"),
])
def test_how_long_a_visit_lasts_is_no_time_of_it(extract_text, text, time):
    [visit] = [f for f in extract_text(text).facts if f.relation == "visits"]
    assert visit.time == time


@pytest.mark.model
def test_a_bodys_name_ends_before_a_phrase_of_the_verb_or_noun_outside_it(extract_text):
    ex = extract_text("Anna Lind called on the Government of the Republic to submit the law to the Assembly of the "
                      "Republic by June. It was the start of a visit by the head of the Government of the Republic to the "
                      "Autonomous Region.")
    labels = {e.label for e in ex.entities}
    assert {"Government of the Republic", "Assembly of the Republic"} <= labels
    assert not any(" by " in label or " to the " in label for label in labels)


@pytest.mark.model
def test_an_opposition_leader_is_no_one_with_a_governments_office(extract_text):
    # (a real president's name: the model's reading that gave him the alias needs it)
    ex = extract_text("Thousands attended the funeral of former prime minister Tomas Brenn. President William Ruto led "
                      "the service, and a friend of the veteran opposition leader spoke.")
    [ruto] = [e for e in ex.entities if e.label == "William Ruto"]
    assert not any("opposition" in a for a in ruto.aliases)


@pytest.mark.model
def test_names_titles_and_roles_merge_into_one_entity(extract_text):
    ex = extract_text(
        "French president Emmanuel Macron arrived in Berlin. Mr Macron met Olaf Scholz. "
        "Later the French president left for Rome."
    )
    macron = [e for e in ex.entities if e.label == "Emmanuel Macron"]
    assert len(macron) == 1
    assert {"Mr Macron", "the French president"} <= set(macron[0].aliases)


@pytest.mark.model
def test_role_description_resolved_from_the_office_table_only_to_named_people(extract_text):
    text = "Sir Keir Starmer spoke in London. The Prime Minister will host Mark Rutte on Friday."
    ex = extract_text(text)
    assert ("Keir Starmer", "hosts", "Mark Rutte", "planned") in facts_of(ex)
    # with no named holder in the article, the bare role resolves to nobody
    assert extract_text("The Prime Minister will host Mark Rutte on Friday.").facts == ()


@pytest.mark.model
def test_evidence_offsets_point_into_the_article(extract_text):
    text = "\nAfter lunch, Xi Jinping met Lula in Brasilia on Tuesday.\n"
    ex = extract_text(text)
    [f] = ex.facts
    assert text[f.sentence.start:f.sentence.end] == f.sentence.text
    assert text[f.trigger.start:f.trigger.end] == "met"
    assert f.time == "Tuesday" and ex.entities[f.place].label == "Brasilia"
    for e in ex.entities:
        for m in e.mentions:
            assert text[m.start:m.end] == m.text


def test_first_person_in_an_interview_answer_is_the_person_named_before_the_colon(nlp):
    # an interview's answer opens with the speaker's name, which the recogniser may miss there
    text = "Zhang Wei is a professor in Shanghai.\n\nZhang: I visited Odisha last week."
    facts = facts_of(extract(nlp(text), Article("t", text)))
    assert ("Zhang Wei", "visits", "Odisha", "happened") in facts


def test_first_person_after_an_interviewer_label_is_nobody(nlp):
    # "Wikinews:" is the interviewer (no person of the article): "I" stays unresolved
    text = "Zhang Wei is a professor in Shanghai.\n\nWikinews: Last week I visited Odisha."
    facts = facts_of(extract(nlp(text), Article("t", text)))
    assert not any(f[0] == "Zhang Wei" and f[1] == "visits" for f in facts)


def test_the_name_that_opens_an_interview_answer_is_a_speaker(nlp):
    # the recogniser tags nothing in "Zhang:"; the paragraph's "I" is that person, and "Note:" names nobody
    text = "Meteorologists explain the storm.\n\nZhang: I visited the damaged area near Bhubaneshwar in 2012.\n\nNote: Edited."
    ex = extract(nlp(text), Article("t", text))
    assert ("Zhang", "visits", "Bhubaneshwar", "happened") in facts_of(ex)
    assert not any(e.label == "Note" for e in ex.entities)
