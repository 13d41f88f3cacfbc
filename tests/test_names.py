"""Issue 13: one name normaliser (kg.names) behind kg:key, name-bound queries, the
path search shared by the named query and the view, and kg:time resolved to dates."""
from __future__ import annotations

import subprocess
import sys

import pytest
from rdflib import Literal, URIRef

from fixture_graph import fixture_extractions, load_fixture
from kg import view
from kg.dates import resolve
from kg.names import entity_keys, name_key
from kg.namespace import KG
from kg.query import get_query, run_query, shortest_paths
from kg.rdf import article_triples
from kg.store import open_store

BERG = "https://w3id.org/kg-news/id/person/anna-berg"


@pytest.fixture(scope="module")
def store():
    s = open_store(backend="memory")
    s.load_ontology()
    return load_fixture(s)


def test_every_spelling_has_the_same_key():
    spellings = ["Macron", "macron", "Mr Macron", "Mr. Macron", "MR MACRON", "President Macron", " Macron. "]
    assert {name_key(s) for s in spellings} == {"macron"}
    assert name_key("the Élysée") == name_key("Elysee") == "elysee"
    assert name_key("the Prime Minister") == "prime minister"  # a title alone stays a name
    # a person is found by the surname of their full name, an organisation is not
    assert "macron" in entity_keys("Emmanuel Macron", person=True)
    assert entity_keys("United Nations") == {"united nations"}


def test_names_is_import_light():
    code = "import sys, kg.names, kg.dates; assert not {'spacy', 'rdflib'} & set(sys.modules), sorted(sys.modules)"
    subprocess.run([sys.executable, "-c", code], check=True)


def test_graph_carries_a_key_per_label_alias_and_surname():
    triples = article_triples(fixture_extractions()[0])
    keys = {str(o) for s, p, o in triples if s == URIRef(BERG) and p == KG.key}
    assert keys == {"anna berg", "berg"}


@pytest.mark.parametrize("name", ["Anna Berg", "anna berg", "ANNA  BERG", "Berg", "Mrs Berg", "Ms. Anna Berg"])
def test_entity_found_by_any_alias_case_and_title(store, name):
    rows = run_query(store, get_query("entity"), {"name": name})
    assert {r[0] for r in rows.values()} == {BERG}
    assert "name" not in rows.variables  # the bound value is not an answer column
    assert run_query(store, get_query("articles-mentioning"), {"name": name}).values()[0][0] in {"fx-1", "fx-2"}
    assert view.find(view.to_networkx(store), name) == BERG


def test_optional_name_filters_and_unbound_lists_each_fact_once(store):
    q = get_query("meetings")
    assert len(run_query(store, q, {"name": "Mr Dahl"}).rows) == 2
    assert len(run_query(store, q, {"name": "Fisk"}).rows) == 1
    everything = run_query(store, q).values()
    assert len(everything) == len(set(everything)) == 2 and run_query(store, q, {"name": ""}).values() == everything


def test_shortest_paths_search_both_ends_and_stop_at_the_bound():
    asked = []
    line = {i: [i - 1, i + 1] for i in range(1, 100)}

    def neighbours(n):
        asked.append(n)
        return line.get(n, [])

    assert shortest_paths(neighbours, [10], [13]) == [[10, 11, 12, 13]]
    assert len(asked) <= 4  # only the nodes near the two ends were expanded
    assert shortest_paths(neighbours, [10], [20], max_hops=3) == []


def test_named_query_and_view_find_the_same_paths(store):
    rows = run_query(store, get_query("connections"), {"from": "Mr Fisk", "to": "berg"}).values()
    assert rows == [("2", "Eva Fisk ~ Carl Dahl ~ Anna Berg",
                     "Carl Dahl meets Eva Fisk (reported); Anna Berg hosts Carl Dahl (planned)")]
    [path] = view.connections(view.to_networkx(store), "Mr Fisk", "berg")
    assert " ~ ".join([path[0]["from"], path[0]["to"], "Anna Berg"]) == rows[0][1]
    # Anna Berg's attendance of the summit is negated: no connection, in either
    assert run_query(store, get_query("connections"), {"from": "Anna Berg", "to": "the summit"}).values() == []
    assert view.connections(view.to_networkx(store), "Anna Berg", "the summit") == []


@pytest.mark.parametrize("phrase, published, status, expected", [
    ("on Friday", "2025-05-05", "happened", ("2025-05-02", "2025-05-02")),  # Monday article, past: the Friday before
    ("on Friday", "2025-05-05", "planned", ("2025-05-09", "2025-05-09")),   # planned: the Friday after
    ("Sunday afternoon", "2025-05-07", "reported", ("2025-05-04", "2025-05-04")),
    ("on Monday", "2025-05-05", "planned", ("2025-05-05", "2025-05-05")),   # the publication day itself
    ("next Monday", "2025-05-05", "planned", ("2025-05-12", "2025-05-12")),
    ("next week", "2025-05-07", "planned", ("2025-05-12", "2025-05-18")),
    ("next month", "2025-12-10", "planned", ("2026-01-01", "2026-01-31")),
    ("last month", "2025-03-10", "happened", ("2025-02-01", "2025-02-28")),
    ("in April", "2025-05-05", "happened", ("2025-04-01", "2025-04-30")),
    ("in April", "2025-05-05", "planned", ("2026-04-01", "2026-04-30")),
    ("April 20", "2025-05-05", "happened", ("2025-04-20", "2025-04-20")),
    ("20 April 2024", None, "happened", ("2024-04-20", "2024-04-20")),
    ("2024-04-20", None, "planned", ("2024-04-20", "2024-04-20")),
    ("on Friday", None, "happened", None),  # relative words need the article's date
    ("soon", "2025-05-05", "planned", None),
    # a plan is never for a time already over; time words ahead are kept whatever the status
    ("last week", "2025-05-07", "planned", None),
    ("on 2 March 2025", "2025-05-05", "planned", None),
    ("tomorrow", "2025-05-05", "reported", ("2025-05-06", "2025-05-06")),
    ("this week", "2025-05-10", "planned", ("2025-05-05", "2025-05-11")),  # Saturday: not over yet
    ("this week", "2025-05-11", "planned", ("2025-05-12", "2025-05-18")),  # Sunday: newswire's coming week
    ("later this week", "2025-05-11", "planned", ("2025-05-12", "2025-05-18")),
    ("this week", "2025-05-11", "happened", ("2025-05-05", "2025-05-11")),
    # a part of a period, a range of days, a day and its length, a phrase cut at "and"
    ("the end of April", "2025-03-30", "planned", ("2025-04-01", "2025-04-30")),
    ("the end of the month", "2025-04-13", "planned", ("2025-04-01", "2025-04-30")),
    ("April 14-27", "2025-03-12", "planned", ("2025-04-14", "2025-04-27")),
    ("April 29 to May 5", "2025-03-31", "planned", ("2025-04-29", "2025-05-05")),
    ("December 30 to January 2", "2025-12-01", "planned", ("2025-12-30", "2026-01-02")),
    ("April 29 for a week", "2025-03-26", "planned", ("2025-04-29", "2025-04-29")),
    ("June 29 and", "2025-05-20", "planned", ("2025-06-29", "2025-06-29")),
    ("June 29 and 30", "2025-05-20", "planned", ("2025-06-29", "2025-06-30")),
    # a date without a year in a claim not read as planned: back, unless ahead is much nearer
    ("April 29", "2025-03-26", "reported", ("2025-04-29", "2025-04-29")),
    ("April 29 to May 5", "2025-03-31", "happened", ("2025-04-29", "2025-05-05")),
    ("in December", "2025-03-10", "happened", ("2024-12-01", "2024-12-31")),
    ("October 20", "2025-05-05", "happened", ("2024-10-20", "2024-10-20")),
])
def test_dates_resolved_against_publication(phrase, published, status, expected):
    assert resolve(phrase, published, status) == expected


def test_facts_get_dates_and_keep_their_words():
    triples = article_triples(fixture_extractions()[0])  # published Wednesday 2024-05-01: "will host ... on Friday"
    hosting = next(s for s, p, o in triples if p == KG.time)
    dated = {p: o for s, p, o in triples if s == hosting}
    assert dated[KG.time] == Literal("Friday")
    assert dated[KG.date] == dated[KG.startDate] == dated[KG.endDate] == Literal("2024-05-03", datatype=URIRef("http://www.w3.org/2001/XMLSchema#date"))


@pytest.mark.server
def test_keys_and_paths_on_a_sparql_server(oxigraph_server):
    from kg.remote import SparqlStore

    remote = SparqlStore(oxigraph_server.url)
    remote.load_ontology()
    load_fixture(remote)
    assert {r[0] for r in run_query(remote, get_query("entity"), {"name": "Mrs Berg"}).values()} == {BERG}
    assert len(run_query(remote, get_query("meetings"), {"name": "Mr Dahl"}).rows) == 2
    assert run_query(remote, get_query("connections"), {"from": "Mr Fisk", "to": "berg"}).values()[0][:2] == (
        "2", "Eva Fisk ~ Carl Dahl ~ Anna Berg")
