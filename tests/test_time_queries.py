"""Time you can query (issue 13): the load time a store records per article graph, the named
queries facts-between and changes-since, and how many facts a build added."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from rdflib import Literal, URIRef

from fixture_graph import fixture_extractions, load_fixture
from kg.consolidate import FOLLOW_UP_DAYS
from kg.model import Article, Entity, Extraction, Fact, Span
from kg.namespace import KG
from kg.query import get_query, run_query
from kg.rdf import article_triples
from kg.store import open_store

LOADED = KG.loadedAt
DATETIME = URIRef("http://www.w3.org/2001/XMLSchema#dateTime")
FX1, FX2 = (URIRef(f"https://w3id.org/kg-news/id/article/fx-{n}") for n in (1, 2))


def _rows(store, name: str, **bindings) -> list[tuple]:
    return run_query(store, get_query(name), bindings).values()


# ------------------------------------------------------------------ the load time of each graph
def test_the_store_stamps_each_article_graph_it_writes_and_keeps_the_stamp_out_of_files(tmp_path):
    store = open_store(tmp_path / "s")
    store.load_ontology()
    exs = fixture_extractions()
    load_fixture(store, exs)
    first = {g: store.query("SELECT ?t ?g WHERE { GRAPH ?g { ?g <%s> ?t } }" % LOADED, {"g": g}).values() for g in (FX1, FX2)}
    assert all(len(rows) == 1 for rows in first.values()), first  # one load time per article graph
    store.add(exs[0])  # written again: a new time, still one
    store.flush()
    again = store.query("SELECT ?t ?g WHERE { GRAPH ?g { ?g <%s> ?t } }" % LOADED, {"g": FX1}).values()
    assert len(again) == 1 and again[0][0] > first[FX1][0][0]
    assert f"<{LOADED}>" not in store.graph_text(FX1)  # what an RDF file gets: the article's own triples
    assert {p for p, _ in store.heads()[str(FX1)]} == {p for s, p, _ in article_triples(exs[0]) if s == FX1}


# ------------------------------------------------------------------ changes-since
def _loaded_at(store, times: dict[URIRef, str]) -> None:
    """Give the fixture's article graphs these load times (written as they are, not stamped now)."""
    for ex in fixture_extractions():
        name = URIRef(f"https://w3id.org/kg-news/id/article/{ex.article.id}")
        store.replace_graphs({name: [*article_triples(ex), (name, LOADED, Literal(times[name], datatype=DATETIME))]})


@pytest.mark.parametrize(("since", "articles"), [
    ("2024-05-01", {"fx-1", "fx-2"}),        # fx-1 published that day, fx-2 loaded later
    ("2024-05-02", {"fx-2"}),                # fx-1: published and loaded before
    ("2024-06-01T12:00:00Z", {"fx-2"}),      # loaded at that very time
    ("2024-06-01T12:00:01", set()),          # a time without a zone is UTC: a second later, nothing
    ("2024-06-01T13:30:00+02:00", {"fx-2"}),  # 11:30 UTC
])
def test_changes_since_takes_articles_published_or_loaded_since(since, articles):
    store = open_store("memory")
    store.load_ontology()
    _loaded_at(store, {FX1: "2024-05-01T08:00:00Z", FX2: "2024-06-01T12:00:00Z"})  # fx-2 has no published date
    rows = _rows(store, "changes-since", since=since)
    assert {row[0] for row in rows} == articles
    if articles:
        assert len(rows) == 3 * len(articles)  # every fact of those articles, once


@pytest.mark.model
def test_changes_since_between_two_builds_returns_only_the_second_builds_facts(tmp_path, nlp):
    from kg.build import build_all
    from kg.store import load_time

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Emmanuel Macron met Olaf Scholz in Berlin on Monday.\n")
    out = tmp_path / "out"
    first = build_all([folder], store=out / "store", consolidate=False)
    between = str(load_time())
    (folder / "b.txt").write_text("Joe Biden met Justin Trudeau in Paris on Friday.\n")
    second = build_all([folder], store=out / "store", consolidate=False)
    assert (second.articles, second.unchanged) == (1, 1)
    assert (first.new_facts, second.new_facts) == (1, 1)  # the unchanged article's fact was there before
    with open_store(out / "store", read_only=True) as store:
        rows = _rows(store, "changes-since", since=between)
        everything = _rows(store, "changes-since", since="2000-01-01")
    assert [(r[0], r[2], r[4]) for r in rows] == [("b", "Joe Biden", "Justin Trudeau")]
    assert {r[0] for r in everything} == {"a", "b"}


def test_the_build_summary_says_how_many_facts_are_new():
    from rich.console import Console

    from kg.build import BuildSummary
    from kg.cli import _print_summary

    console = Console(record=True, width=200)
    _print_summary(console, BuildSummary(articles=2, new_facts=3))
    assert "; 3 new in the store" in console.export_text()
    console = Console(record=True, width=200)
    _print_summary(console, BuildSummary(articles=2))  # no store: nothing said
    assert "new in the store" not in console.export_text()


# ------------------------------------------------------------------ facts-between
MONDAY = "2025-05-05"


def _article(published: str | None, facts: list[tuple[str, str, str | None]], ident: str = "b") -> Extraction:
    """An article naming Eva Fisk and Carl Dahl, one sentence per fact: (relation, status, time words)."""
    sentences = [f"Fact {n} about Eva Fisk and Carl Dahl." for n in range(len(facts))]
    text = " ".join(sentences)
    ents = (Entity("Eva Fisk", "Person", (), (Span(14, 22, "Eva Fisk"),)), Entity("Carl Dahl", "Person", (), (Span(27, 36, "Carl Dahl"),)))
    made, start = [], 0
    for (relation, status, time), sentence in zip(facts, sentences):
        made.append(Fact(relation, 0, 1, status, Span(start, start + len(sentence), sentence), Span(start, start + 4, "Fact"), 0.9, time=time))
        start += len(sentence) + 1
    return Extraction(Article(ident, text, published=published), ents, tuple(made))


@pytest.fixture
def dated_store():
    store = open_store("memory")
    store.load_ontology()
    store.add(_article(MONDAY, [
        ("meets", "planned", "next week"),     # 2025-05-12 .. 2025-05-18
        ("visits", "happened", None),          # on or before Monday 5 May
        ("hosts", "planned", None),            # on or after Monday 5 May
        ("attends", "happened", "on Friday"),  # 2025-05-02, the Friday before
    ]))
    store.add(_article(None, [("meets", "happened", None)], ident="undated"))  # no date at all: never in a period
    store.flush()
    return store


def _between(store, start: str, end: str, **more) -> set[str]:
    return {row[3] for row in _rows(store, "facts-between", start=start, end=end, **more)}


def test_facts_between_overlaps_dated_facts_and_places_the_others_by_status(dated_store):
    assert _between(dated_store, "2025-05-12", "2025-05-18") == {"meets", "hosts"}
    assert _between(dated_store, "2025-04-28", "2025-05-04") == {"attends", "visits"}
    assert _between(dated_store, MONDAY, MONDAY) == {"visits", "hosts"}  # the article's own day: both sides
    assert _between(dated_store, "2025-05-16", "2025-05-16", days="0") == {"meets"}
    rows = _rows(dated_store, "facts-between", start="2025-05-12", end="2025-05-18")
    assert [(r[0], r[1], r[3], r[6]) for r in rows] == [(None, None, "hosts", None), ("2025-05-12", "2025-05-18", "meets", "next week")]
    assert all(r[7] == MONDAY for r in rows)  # the article's date, where an undated fact is placed from


def test_an_undated_fact_is_at_most_the_follow_up_window_from_its_article(dated_store):
    monday = date.fromisoformat(MONDAY)
    edge, beyond = (monday - timedelta(days=FOLLOW_UP_DAYS)).isoformat(), (monday - timedelta(days=FOLLOW_UP_DAYS + 1)).isoformat()
    assert _between(dated_store, edge, edge) == {"visits"}
    assert _between(dated_store, beyond, beyond) == set()
    after = (monday + timedelta(days=FOLLOW_UP_DAYS)).isoformat()
    assert _between(dated_store, after, after) == {"hosts"}
    assert _between(dated_store, beyond, beyond, days=str(FOLLOW_UP_DAYS + 1)) == {"visits"}
