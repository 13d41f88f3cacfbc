"""An unnamed event's own words (kg.extract.mentions.own_words): the article's phrase for it, kept as
a hidden label so a search in those words finds it, while the graph shows the short label.

The sentences are our own, none taken from a corpus article.
"""
from __future__ import annotations

import pytest
from rdflib import Literal
from rdflib.namespace import SKOS

from kg.extract import extract
from kg.extract.mentions import own_words
from kg.model import Article
from kg.rdf import article_triples


def _events(nlp, text):
    ex = extract(nlp(text), Article("w1", text))
    return ex, [e for e in ex.entities if e.type == "Event"]


@pytest.mark.parametrize("text, noun, expected", [
    # a reduced relative belongs to it
    ("Ida Berg will attend a trade forum hosted by the Nordic Export Council.", "forum",
     ["a trade forum", "a trade forum hosted by the Nordic Export Council"]),
    # each complement in turn, and the first noun of a complement alone
    ("The secretariat will convene a meeting of finance ministers in Tromsø next month.", "meeting",
     ["a meeting", "a meeting of finance ministers", "a meeting of finance ministers in Tromsø"]),
    # a possessive and its own modifier are part of it
    ("Next year's conference will be held in Bergen.", "conference", ["Next year's conference"]),
    # a relative clause after a comma is not
    ("She spoke at a dinner for the visiting delegates, which Jon Dahl hosted.", "dinner",
     ["a dinner", "a dinner for the visiting delegates"]),
])
def test_own_words_of_a_noun(nlp, text, noun, expected):
    doc = nlp(text)
    head = next(t.i for t in doc if t.text == noun)
    assert own_words(doc, head) == expected


def test_nothing_before_a_comma_inside_the_modifiers(nlp):
    doc = nlp("Eva Lund, the chair, opened the talks.")
    head = next(t.i for t in doc if t.text == "talks")
    assert own_words(doc, head) == ["the talks"]


def test_an_unnamed_event_keeps_its_words_as_hidden_labels(nlp):
    text = "Anna Holm will attend a business forum hosted by the Baltic Trade Council on Friday."
    ex, events = _events(nlp, text)
    (forum,) = events
    assert forum.label == "business forum"
    assert "a business forum hosted by the Baltic Trade Council" in forum.wordings
    triples = article_triples(ex)
    hidden = {str(o) for _, p, o in triples if p == SKOS.hiddenLabel}
    assert "a business forum hosted by the Baltic Trade Council" in hidden
    # shown labels are unchanged: the page and the tables show the short name
    assert Literal("a business forum hosted by the Baltic Trade Council") not in {o for _, p, o in triples if p == SKOS.altLabel}


def test_named_people_and_bodies_get_no_hidden_labels(nlp):
    ex, _ = _events(nlp, "Erik Lund met the Nordic Export Council in Oslo.")
    assert all(not e.wordings for e in ex.entities)
