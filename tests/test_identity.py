"""One IRI per person across articles (kg.identity), without the model."""
from __future__ import annotations

from kg.identity import PersonRegistry
from kg.model import Article, Entity, Extraction


def _ex(article_id: str, *labels: str, published: str | None = None) -> Extraction:
    return Extraction(Article(article_id, "x", published=published), tuple(Entity(l, "Person", (f"Mr {l}",)) for l in labels))


def test_surname_joins_the_one_full_name_seen_before():
    reg = PersonRegistry()
    reg.apply(_ex("a", "Anna Lindqvist"))
    [e] = reg.apply(_ex("b", "Lindqvist")).entities
    assert e.label == "Anna Lindqvist" and e.aliases == ("Lindqvist", "Mr Lindqvist")


def test_two_people_with_one_surname_stay_apart():
    reg = PersonRegistry(["Anna Lindqvist", "Per Lindqvist"])
    assert reg.apply(_ex("b", "Lindqvist")).entities[0].label == "Lindqvist"


def test_office_holders_by_the_article_date():
    reg = PersonRegistry()
    assert reg.apply(_ex("c", "Putin", published="2015-03-01")).entities[0].label == "Vladimir Putin"
    # Merkel was chancellor until 2021-12-08; an article of 1990 does not get her from the table
    assert reg.apply(_ex("d", "Merkel", published="1990-01-01")).entities[0].label == "Merkel"
    assert reg.apply(_ex("e", "Merkel", published="2010-01-01")).entities[0].label == "Angela Merkel"
