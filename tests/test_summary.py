"""The store's counts (kg.summary): kept by difference as articles are written, replaced and
removed, always the counts a whole rebuild gives, and what the counting queries computed before
they read them."""
from __future__ import annotations

import dataclasses

import pytest
from rdflib import URIRef

from fixture_graph import fixture_extractions, load_fixture
from kg.iri import article_iri
from kg.model import Article, Entity, Extraction, Fact, Span
from kg.query import get_query, run_query
from kg.store import open_store
from kg.summary import SUMMARY_GRAPH, WHOLE, rebuild_summary, summary_rows

PERSON = "https://w3id.org/kg-news/ns#Person"
#: the counting queries as they were before they read the store's counts (GROUP BY over the
#: article graphs): the oracle the counted answers are compared with
ENTITIES_GROUPED = """PREFIX kg: <https://w3id.org/kg-news/ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?kind (MIN(?l) AS ?label) (COUNT(DISTINCT ?m) AS ?mentions) (COUNT(DISTINCT ?a) AS ?articles) ?entity WHERE {
  VALUES (?class ?kind) { (kg:Person "Person") (kg:Organization "Organization") (kg:Country "Country")
                          (kg:Place "Place") (kg:Facility "Facility") (kg:Event "Event") }
  GRAPH ?a { ?entity a ?class ; rdfs:label ?l . { ?m kg:mentionOf ?entity } UNION { } }
  FILTER (?a != <https://w3id.org/kg-news/id/graph/consolidated>)
} GROUP BY ?kind ?entity ORDER BY ?kind DESC(?mentions) ?label ?entity"""
STATUS_GROUPED = """PREFIX kg: <https://w3id.org/kg-news/ns#>
SELECT (LCASE(STRAFTER(STR(?st), "#")) AS ?statusLabel) (REPLACE(STR(?r), "^.*[#/]", "") AS ?relation) (COUNT(DISTINCT ?fact) AS ?facts)
WHERE { ?fact kg:status ?st ; kg:relation ?r } GROUP BY ?st ?r ORDER BY ?statusLabel ?relation"""
ARTICLES_GROUPED = """PREFIX kg: <https://w3id.org/kg-news/ns#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?id (SAMPLE(?t) AS ?title) ?relation (COUNT(DISTINCT ?fact) AS ?facts) WHERE {
  GRAPH ?g { ?g dcterms:identifier ?article . ?fact kg:relation ?r . OPTIONAL { ?g dcterms:title ?t } }
  BIND (STR(?article) AS ?id) BIND (STRAFTER(STR(?r), "#") AS ?relation)
} GROUP BY ?id ?relation ?article ORDER BY ?id ?relation"""


@pytest.fixture(params=["oxigraph", "memory"])
def store(request, tmp_path):
    s = open_store(tmp_path / "store", backend="oxigraph") if request.param == "oxigraph" else open_store(backend="memory")
    s.load_ontology()
    load_fixture(s)
    yield s
    s.close()


def _counted_as_rebuilt(store) -> None:
    """The counts kept so far are the counts of a whole rebuild, triple for triple; and the
    named queries answer what the GROUP BY forms compute from the article graphs."""
    kept = set(store.graph_triples(SUMMARY_GRAPH))
    rebuild_summary(store)
    assert set(store.graph_triples(SUMMARY_GRAPH)) == kept
    assert run_query(store, get_query("entities-by-type")).values() == store.query(ENTITIES_GROUPED).values()
    assert run_query(store, get_query("facts-by-status")).values() == store.query(STATUS_GROUPED).values()
    assert run_query(store, get_query("facts-per-article")).values() == store.query(ARTICLES_GROUPED).values()


def _article(ident: str, text: str, names: list[tuple[str, str]], facts=()) -> Extraction:
    entities = tuple(Entity(label, kind, (), (Span(text.index(label), text.index(label) + len(label), label),)) for label, kind in names)
    return Extraction(Article(ident, text, published="2024-05-03"), entities, tuple(facts))


def test_counts_after_a_load_are_a_rebuild(store):
    _counted_as_rebuilt(store)
    rows = {(e.rsplit("/", 1)[1], c.rsplit("#", 1)[1]): (label, n, a) for e, c, label, n, a in summary_rows(store)}
    assert rows[("carl-dahl", "Person")] == ("Carl Dahl", 2, 2)
    assert rows[("anna-berg", "Person")] == ("Anna Berg", 3, 2)  # "Anna Berg" and "Berg" in fx-1, once in fx-2


def test_an_article_written_again_changed_or_unchanged(store):
    exs = fixture_extractions()
    before = set(store.graph_triples(SUMMARY_GRAPH))
    store.add(exs[0])  # the same again: the same counts
    store.flush()
    assert set(store.graph_triples(SUMMARY_GRAPH)) == before
    # fx-1 again with one fact and without Tromso: counts go down, Tromso is no longer counted
    one = dataclasses.replace(exs[0], entities=exs[0].entities[:4], facts=exs[0].facts[:1])
    store.add(one)
    store.flush()
    assert not [r for r in summary_rows(store) if r[2] == "Tromso"]
    assert run_query(store, get_query("facts-per-article"), {"article": "fx-1"}).values() == [("fx-1", "Berg hosts Dahl", "hosts", "1")]
    _counted_as_rebuilt(store)


def test_a_removed_article_takes_its_counts_away(store):
    store.remove_graphs([article_iri("fx-2")])
    assert not [r for r in summary_rows(store) if r[2] in ("Eva Fisk", "summit")]
    dahl = [r for r in summary_rows(store) if r[2] == "Carl Dahl"]
    assert [(n, a) for *_, n, a in dahl] == [(1, 1)]
    assert not run_query(store, get_query("facts-per-article"), {"article": "fx-2"}).rows
    _counted_as_rebuilt(store)


def test_the_least_label_is_found_again_when_its_article_goes(store):
    """Two articles name one place two ways (the IRI is the same): the least label is counted;
    when its article goes, the other label is found in the article that is left."""
    store.add(_article("p1", "They met in OSLO.", [("OSLO", "Place")]))
    store.flush()
    assert [r[2] for r in summary_rows(store) if r[0].endswith("/oslo")] == ["OSLO"]  # "OSLO" < "Oslo"
    store.remove_graphs([article_iri("p1")])
    assert [r[2:] for r in summary_rows(store) if r[0].endswith("/oslo")] == [("Oslo", 2, 2)]
    _counted_as_rebuilt(store)


def test_one_entity_counted_per_class_its_articles_give_it(store):
    store.add(_article("c1", "Oslo said so.", [("Oslo", "Country")]))  # the same IRI as the place
    store.flush()
    kinds = sorted(c.rsplit("#", 1)[1] for e, c, *_ in summary_rows(store) if e.endswith("/oslo"))
    assert kinds == ["Country", "Place"]
    _counted_as_rebuilt(store)


def test_a_store_without_counts_gets_them_whole_at_its_next_write(store):
    """A store made before kg kept counts (no summary graph) is counted whole when next written."""
    store.replace_graphs({SUMMARY_GRAPH: []})
    assert not run_query(store, get_query("entities-by-type")).rows
    store.add(_article("n1", "Eva Fisk spoke.", [("Eva Fisk", "Person")]))
    store.flush()
    assert [r[2:] for r in summary_rows(store) if r[2] == "Eva Fisk"] == [("Eva Fisk", 2, 2)]
    _counted_as_rebuilt(store)


def test_consolidation_makes_the_counts_again(store):
    from kg.consolidate import consolidate_store

    store.replace_graphs({SUMMARY_GRAPH: [(URIRef("https://example.org/stray"), URIRef("https://example.org/p"), URIRef("https://example.org/o"))]})
    consolidate_store(store)
    _counted_as_rebuilt(store)
    assert len(run_query(store, get_query("entities-by-type")).rows) == 7


def test_consolidation_without_recount_keeps_the_counts_kept(store):
    """A build kept the counts whole as it wrote: its consolidation leaves them as they are."""
    from kg.consolidate import consolidate_store

    kept = set(store.graph_triples(SUMMARY_GRAPH))
    consolidate_store(store, recount=False)
    assert set(store.graph_triples(SUMMARY_GRAPH)) == kept
    _counted_as_rebuilt(store)


@pytest.mark.parametrize("again", [False, True])
def test_counts_of_a_first_build_added_up_in_memory_are_a_rebuild(tmp_path, again):
    """A first build's counts, added up as it writes (count_later) and written when the store
    closes, are those a rebuild gives; a graph written twice ends the tally, and the counts are
    then made whole from the store."""
    store = open_store(tmp_path / "store", batch=2)
    store.load_ontology()
    assert store.count_later()
    extractions = fixture_extractions()
    for ex in extractions + extractions[:1] if again else extractions:
        store.add(ex)
    store.flush()
    assert (store._tally is None) == again
    store.close()
    with open_store(tmp_path / "store") as reopened:
        assert reopened.summary_node(WHOLE)
        _counted_as_rebuilt(reopened)
        assert not reopened.count_later()  # it holds counted graphs now


def test_statuses_counted_by_difference(store):
    store.add(_article("s1", "Anna Berg met Eva Fisk.", [("Anna Berg", "Person"), ("Eva Fisk", "Person")],
                       [Fact("meets", 0, 1, "planned", Span(0, 23, "Anna Berg met Eva Fisk."), Span(10, 13, "met"), 0.9)]))
    store.flush()
    planned = {r: n for _, r, n in run_query(store, get_query("facts-by-status"), {"status": "planned"}).values()}
    assert planned == {"hosts": "1", "meets": "1"}
    store.remove_graphs([article_iri("s1"), article_iri("fx-1")])
    assert run_query(store, get_query("facts-by-status"), {"status": "planned"}).values() == []
    _counted_as_rebuilt(store)


def test_counts_read_from_the_triples_are_the_counts_read_from_the_store(tmp_path):
    """flush counts the graphs it writes from their triples (rdflib terms, or an article's
    N-Triples text, as kg build gives them), not by asking the store: the same counts."""
    from kg.output import ArticleGraph, nt_text
    from kg.rdf import article_triples
    from kg.summary import counts_of, read_counts

    s = open_store(tmp_path / "store")
    load_fixture(s)
    for ex in fixture_extractions():
        g = str(article_iri(ex.article.id))
        triples = article_triples(ex)
        stored = read_counts(s, [g])[g]
        assert counts_of(g, triples) == stored == counts_of(g, ArticleGraph(text=nt_text(triples)))
        assert stored.entities and stored.facts and stored.named
    s.close()
