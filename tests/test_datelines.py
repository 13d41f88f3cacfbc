"""Datelines (kg.nlp.LineBreaks): where a story was filed, found at the start of a line and never
read as a party. Checked on spaCy's blank English tokenizer: the rule reads words, not the model."""
from __future__ import annotations

import pytest
import spacy

from kg.nlp import LineBreaks


@pytest.fixture(scope="module")
def blank():
    return spacy.blank("en")


@pytest.mark.parametrize("text, dateline", [
    ("PARIS, France \u2013 Emmanuel Macron met Olaf Scholz.", "PARIS, France \u2013"),
    ("OSLO (NTB) - Ida Berg met Jon Dahl.", "OSLO (NTB) -"),  # an agency in brackets
    ("LIMA, Dec 6 (EFE).- Ida Berg met Jon Dahl.", "LIMA, Dec 6 (EFE).-"),  # a date, and ".-"
    ("SAO TOME \u2014 Ida Berg met Jon Dahl.", "SAO TOME \u2014"),
    ("TROMSO, March 3 - The council said.", "TROMSO, March 3 -"),
    ("ISLAMABAD: Talks began on Monday.", "ISLAMABAD:"),
    ("OSLO, 3 March 2026 - Nordvik ASA said.", "OSLO, 3 March 2026 -"),  # day before month
    ("PORT-AU-PRINCE, Haiti - Ida Berg arrived.", "PORT-AU-PRINCE, Haiti -"),  # hyphens inside the place's name
    ("MUSCAT, January 20 (ONA) --- Ida Berg arrived.", "MUSCAT, January 20 (ONA) ---"),  # a three-hyphen dash
    # an agency kg does not know, vouched for by the date before it
    ("Vientiane, November 20 (KPL) -- Ida Berg hosted Jon Dahl.", "Vientiane, November 20 (KPL) --"),
    # a town kg knows in title case, then a spaced dash and the story
    ("Port-Louis \u2013 The British minister was received by Ida Berg.", "Port-Louis \u2013"),
    ("Nairobi - President Ida Berg received Jon Dahl.", "Nairobi -"),
    ("Vaduz/Vienna - Prime Minister Ida Berg met Jon Dahl.", "Vaduz/Vienna -"),  # where each side is
    ("ABU DHABI, 14th January, 2026 (WAM) -- Ida Berg received Jon Dahl.", "ABU DHABI, 14th January, 2026 (WAM) --"),
    # a town kg knows in title case, a date with its month and a dash (towns joined by a slash too)
    ("Asmara, 12 February 2026 - President Ida Berg received Jon Dahl.", "Asmara, 12 February 2026 -"),
    ("Colombo/London, 20 February 2026 - Ida Berg ended a visit.", "Colombo/London, 20 February 2026 -"),
    ("Ponta Delgada, 6 March 2026 - The President received Jon Dahl.", "Ponta Delgada, 6 March 2026 -"),  # a year
])
def test_a_dateline_is_marked(blank, text, dateline):
    doc = LineBreaks(1)(blank.make_doc(text))
    assert [s.text for s in doc.spans["kg_datelines"]] == [dateline]


@pytest.mark.parametrize("text", [
    "US President Ida Berg - who met Jon Dahl - said so.",  # a title in capitals, then words that are not
    "NATO 2024 - a year of change.",
    "Zhang: I visited the area.",  # a speaker in an interview
    "The council met - briefly - on Monday.",
    "IG-Metall, Western Europe's largest union, is demanding more.",  # a hyphen inside a name
    "Ida Berg (MP) - who met Jon Dahl - said so.",  # a bracket with no date before it names no agency
    "On March 3 (UN) - talks began.",  # a date and a bracket, but no town first
    "Monday, March 3 (EST) - Ida Berg met Jon Dahl.",
    "Ida Berg - who met Jon Dahl - said so.",  # a name in title case before a spaced dash, no town
    "Nairobi - based firms are growing.",  # a town and a dash, the story's first word not capitalised
    "Ida Berg, 12 May 2026 - Ida Berg met Jon Dahl.",  # a person's name and a date
    "Berg, 12 May - Ida Berg met Jon Dahl.",  # a surname and a date with no year: no town kg knows
    "Oslo/Berg - Ida Berg met Jon Dahl.",  # one side no town kg knows
    "Asmara, 12 and 13 - Ida Berg met Jon Dahl.",  # numbers with no month
])
def test_a_sentence_is_no_dateline(blank, text):
    doc = LineBreaks(1)(blank.make_doc(text))
    assert list(doc.spans["kg_datelines"]) == []


def test_the_agency_of_a_dateline_is_no_name_of_the_place(nlp):
    """"KUWAIT, Feb 10 (KUNA) --": the agency that filed the story is no alias of the place."""
    from kg.extract import extract
    from kg.model import Article

    text = "KUWAIT, Feb 10 (KUNA) -- Crown Prince Tom Reed received Ada Vose at Bayan Palace on Tuesday."
    kuwait = next(e for e in extract(nlp(text), Article("t", text)).entities if e.label == "Kuwait")
    assert "KUNA" not in kuwait.aliases
