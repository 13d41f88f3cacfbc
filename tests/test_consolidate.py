"""Across articles: consolidated facts, corroboration, lifecycle and contradictions (kg.consolidate).

The articles are written for these tests, one claim each, built by hand (no model):
the statuses are the ones kg's extractor gives such sentences (checked with the real
pipeline: "... was called off." comes out *negated*, "The meeting ... was postponed."
*planned*, still to come; the cue words then say which). A postponed claim is kept
*planned* here so that its weekday points forward, as the announcement's does.
"""
from __future__ import annotations

import json
import sys

import pytest
from rdflib import Graph, Literal
from rdflib.compare import isomorphic

from conftest import ROOT
from kg.consolidate import CONSOLIDATED_GRAPH, Claim, consolidate, consolidate_store, group_claims, read_claims
from kg.model import Article, Entity, Extraction, Fact, Span
from kg.namespace import KG
from kg.query import get_query, run_query
from kg.store import open_store

EXPECTED = ROOT / "tests" / "expected" / "consolidated"
SOURCES = {"bbc": "https://www.bbc.co.uk/news/", "cnn": "https://edition.cnn.com/", "reuters": "https://www.reuters.com/",
           "ap": "https://apnews.com/"}


def article(ident: str, source: str | None, published: str, text: str, subject: tuple[str, str], obj: tuple[str, str],
            relation: str, status: str, trigger: str, time: str | None = None) -> Extraction:
    """One article of one sentence claiming one fact; entities as (label, type)."""
    def span(words: str) -> Span:
        start = text.index(words)
        return Span(start, start + len(words), words)

    url = SOURCES[source] + ident if source else None
    ents = tuple(Entity(label, kind, (), (span(label.split()[-1]),)) for label, kind in (subject, obj))
    fact = Fact(relation, 0, 1, status, Span(0, len(text), text), span(trigger), 0.9, time=time)
    return Extraction(Article(ident, text, title=ident, url=url, published=published), ents, (fact,))


BERG, DAHL, FISK = ("Anna Berg", "Person"), ("Carl Dahl", "Person"), ("Eva Fisk", "Person")
OSLO, BERGEN, TROMSO = ("Oslo", "Place"), ("Bergen", "Place"), ("Tromso", "Place")


def scenario() -> list[Extraction]:
    return [
        # a meeting announced on Monday for Friday, reported held by two more sources (one undated, parties reversed)
        article("m1", "bbc", "2025-05-05", "Anna Berg will meet Carl Dahl on Friday.", BERG, DAHL, "meets", "planned", "meet", "on Friday"),
        article("m2", "cnn", "2025-05-09", "Anna Berg met Carl Dahl on Friday.", BERG, DAHL, "meets", "happened", "met", "on Friday"),
        article("m3", "reuters", "2025-05-10", "Carl Dahl and Anna Berg met.", DAHL, BERG, "meets", "happened", "met"),
        # the same pair meets again a month later: another fact
        article("m4", "bbc", "2025-06-13", "Anna Berg met Carl Dahl on June 12.", BERG, DAHL, "meets", "happened", "met", "June 12"),
        # a visit announced, then called off
        article("v1", "bbc", "2025-05-05", "Carl Dahl will visit Oslo next week.", DAHL, OSLO, "visits", "planned", "visit", "next week"),
        article("v2", "ap", "2025-05-08", "Carl Dahl's visit to Oslo next week was called off.", DAHL, OSLO, "visits", "negated", "visit", "next week"),
        # a visit announced, then postponed
        article("v3", "bbc", "2025-05-05", "Eva Fisk will visit Tromso on Wednesday.", FISK, TROMSO, "visits", "planned", "visit", "on Wednesday"),
        article("v4", "cnn", "2025-05-06", "Eva Fisk postponed her visit to Tromso on Wednesday.", FISK, TROMSO, "visits", "planned", "visit", "on Wednesday"),
        # two sources disagree: a visit on Monday happened, and did not
        article("c1", "bbc", "2025-05-06", "Eva Fisk visited Bergen on Monday.", FISK, BERGEN, "visits", "happened", "visited", "on Monday"),
        article("c2", "cnn", "2025-05-06", "Eva Fisk did not visit Bergen on Monday.", FISK, BERGEN, "visits", "negated", "visit", "on Monday"),
        # planned and never heard of again: its day has passed (overdue); one still to come (pending)
        article("p1", "reuters", "2025-05-05", "Anna Berg will visit Tromso on Tuesday.", BERG, TROMSO, "visits", "planned", "visit", "on Tuesday"),
        article("p2", "reuters", "2025-06-13", "Anna Berg will host Eva Fisk in July.", BERG, FISK, "hosts", "planned", "host", "in July"),
    ]


@pytest.fixture
def store(tmp_path):
    s = open_store(tmp_path / "store")
    s.load_ontology()
    for ex in scenario():
        s.add(ex)
    s.flush()
    consolidate_store(s)
    return s


def _facts(store):
    return {(f.relation.rsplit("#", 1)[-1], f.subject.rsplit("/", 1)[-1], f.object.rsplit("/", 1)[-1], f.start): f
            for f in consolidate(read_claims(store))}


def test_an_announced_meeting_held_and_reported_by_three_sources_is_one_fact(store):
    facts = _facts(store)
    held = facts[("meets", "anna-berg", "carl-dahl", "2025-05-09")]
    assert (held.articles, held.sources, held.statuses) == (3, 3, ("planned", "happened", "happened"))
    assert held.lifecycle == "held" and not held.contradicted
    assert (held.first_seen, held.last_seen) == ("2025-05-05", "2025-05-10")


def test_the_same_pair_a_month_later_is_another_fact(store):
    later = _facts(store)[("meets", "anna-berg", "carl-dahl", "2025-06-12")]
    assert later.articles == 1 and later.statuses == ("happened",) and later.lifecycle is None
    assert len([k for k in _facts(store) if k[0] == "meets"]) == 2


def test_a_visit_called_off_is_cancelled_and_one_postponed_is_postponed(store):
    facts = _facts(store)
    assert facts[("visits", "carl-dahl", "oslo", "2025-05-12")].lifecycle == "cancelled"
    assert facts[("visits", "eva-fisk", "tromso", "2025-05-07")].lifecycle == "postponed"


def test_planned_facts_with_nothing_after_are_overdue_or_pending(store):
    facts = _facts(store)  # judged as of the latest article, 2025-06-13
    assert facts[("visits", "anna-berg", "tromso", "2025-05-06")].lifecycle == "overdue"
    assert facts[("hosts", "anna-berg", "eva-fisk", "2025-07-01")].lifecycle == "pending"


def test_a_contradiction_between_two_sources_is_flagged_and_both_claims_kept(store):
    facts = _facts(store)
    both = facts[("visits", "eva-fisk", "bergen", "2025-05-05")]
    assert both.contradicted and both.statuses == ("happened", "negated") and both.sources == 2
    assert [f for f in facts.values() if f.contradicted] == [both]


def test_symmetric_relations_are_one_fact_whichever_party_comes_first():
    def claim(fact, s, o, relation="https://w3id.org/kg-news/ns#meets"):
        return Claim(fact, relation, s, o, "happened", fact, "2025-05-01", fact, "2025-05-01", "2025-05-01")
    met = consolidate([claim("a", "x:1", "x:2"), claim("b", "x:2", "x:1")])
    assert len(met) == 1 and met[0].sources == 2
    hosts = "https://w3id.org/kg-news/ns#hosts"  # not symmetric: who hosts whom matters
    assert len(consolidate([claim("a", "x:1", "x:2", hosts), claim("b", "x:2", "x:1", hosts)])) == 2


def test_a_wide_window_over_two_facts_joins_neither():
    def claim(fact, start, end):
        return Claim(fact, "r", "a", "b", "happened", fact, end, None, start, end)
    groups = group_claims([claim("x", "2025-05-02", "2025-05-02"), claim("y", "2025-05-28", "2025-05-28"),
                           claim("wide", "2025-05-01", "2025-05-31"), claim("week", "2025-05-26", "2025-06-01")])
    assert [(w, [c.fact for c in cs]) for w, cs in groups] == [
        (("2025-05-01", "2025-05-31"), ["wide"]), (("2025-05-02", "2025-05-02"), ["x"]), (("2025-05-28", "2025-05-28"), ["y", "week"])]


def test_an_undated_report_long_after_the_window_is_not_that_fact():
    planned = Claim("p", "r", "a", "b", "planned", "p", "2025-05-01", "s1", "2025-05-09", "2025-05-09")
    late = Claim("h", "r", "a", "b", "happened", "h", "2025-08-01", "s2")
    assert len(consolidate([planned, late])) == 2


def test_consolidating_twice_gives_the_same_graph(store):
    first = Graph()
    for t in store.graph_triples(CONSOLIDATED_GRAPH):
        first.add(t)
    consolidate_store(store)
    again = Graph()
    for t in store.graph_triples(CONSOLIDATED_GRAPH):
        again.add(t)
    assert len(first) > 0 and isomorphic(first, again)
    assert set(first) == set(again)  # same IRIs too


def test_the_consolidated_graph_is_rebuilt_from_the_article_graphs(store):
    """Replacing an article changes the consolidated fact it supports on the next run."""
    s = store
    s.add(article("m3", "reuters", "2025-05-10", "Carl Dahl and Anna Berg did not meet.", DAHL, BERG, "meets", "negated", "meet"))
    s.flush()
    consolidate_store(s)
    held = _facts(s)[("meets", "anna-berg", "carl-dahl", "2025-05-09")]
    assert held.statuses == ("planned", "happened", "negated") and held.lifecycle == "disputed" and held.contradicted


def test_every_consolidated_fact_carries_its_counts_and_claims(store):
    g = Graph()
    for t in store.graph_triples(CONSOLIDATED_GRAPH):
        g.add(t)
    nodes = set(g.subjects(predicate=None, object=KG.ConsolidatedFact))
    assert len(nodes) == 7  # the twelve claims are seven facts
    for n in nodes:
        assert g.value(n, KG.articleCount) is not None and g.value(n, KG.sourceCount) is not None
        assert list(g.objects(n, KG.supportedBy))
    assert (None, KG.contradicted, Literal(True)) in g


def test_consolidated_graph_passes_its_shapes(store):
    from pyshacl import validate

    from kg.store import ontology_files

    shapes = Graph()
    for f in ontology_files():
        shapes.parse(f, format="turtle")
    data = Graph()
    for t in store.graph_triples(CONSOLIDATED_GRAPH):
        data.add(t)
    ok, _, report = validate(data, shacl_graph=shapes, ont_graph=None, inference="none")
    assert ok, report


def test_articles_record_their_source_for_counting():
    from kg.rdf import article_triples

    ex = scenario()[0]
    assert (None, KG.source, Literal("bbc.co.uk")) in {(None, p, o) for _, p, o in article_triples(ex)}


def test_a_source_is_the_record_s_source_field_else_the_url_s_host_else_the_file_s_folder(tmp_path):
    """The issue's order: a JSONL record's "source" (kept on the article, in RDF), else the host of
    its url, else the folder the file lies in; text files in a corpus folder by the folder inside it."""
    from kg.inputs import read_articles
    from kg.rdf import article_triples

    wire = tmp_path / "wire"
    wire.mkdir()
    lines = [{"id": "w1", "text": "Anna Berg met Carl Dahl.", "source": "Nordic Wire", "url": "https://www.bbc.co.uk/n/1"},
             {"id": "w2", "text": "Anna Berg met Carl Dahl.", "url": "https://www.bbc.co.uk/n/2"},
             {"id": "w3", "text": "Anna Berg met Carl Dahl."},
             {"id": "w4", "text": "Anna Berg met Carl Dahl.", "source": {"id": "ap", "name": "AP"}}]
    (wire / "feed.jsonl").write_text("\n".join(json.dumps(r) for r in lines) + "\n")
    (tmp_path / "corpus" / "tv" / "2025").mkdir(parents=True)
    (tmp_path / "corpus" / "tv" / "2025" / "t1.txt").write_text("Anna Berg met Carl Dahl.")
    articles = list(read_articles([wire / "feed.jsonl", tmp_path / "corpus"]))

    def source(a):
        return {o for s, p, o in article_triples(Extraction(a)) if p == KG.source}

    assert [source(a) for a in articles] == [{Literal("Nordic Wire")}, {Literal("bbc.co.uk")}, {Literal("wire")},
                                             {Literal("AP")}, {Literal("tv")}]


def test_sources_counted_by_the_source_field_of_records_from_one_feed(tmp_path):
    """Three outlets in one JSONL file with no urls are three sources; records without the field, one."""
    from kg.inputs import read_articles

    s = open_store(tmp_path / "store")
    text = "Anna Berg met Carl Dahl on Friday."
    records = [{"id": f"r{n}", "text": text, "published": "2025-05-10", **({"source": name} if name else {})}
               for n, name in enumerate(["Nordic Wire", "Fjord Post", "Nordic Wire", None, None])]
    (tmp_path / "feed.jsonl").write_text("\n".join(json.dumps(r) for r in records) + "\n")
    for a in read_articles([tmp_path / "feed.jsonl"]):
        s.add(Extraction(a, (Entity(*BERG, (), (Span(0, 9, "Anna Berg"),)), Entity(*DAHL, (), (Span(14, 23, "Carl Dahl"),))),
                         (Fact("meets", 0, 1, "happened", Span(0, len(text), text), Span(10, 13, "met"), 0.9, time="on Friday"),)))
    s.flush()
    [fact] = consolidate(read_claims(s))
    # two named outlets, and the file's folder for the two records that name none; the same
    # sentence sent twice by one source is one story sent again: five articles count as three
    assert (fact.sources, len({c.article for c in fact.claims}), fact.articles) == (3, 5, 3)


@pytest.mark.parametrize("name", ["corroboration", "lifecycle", "contradictions"])
def test_named_query_on_the_multi_article_set(store, name):
    bindings = {"min": "2"} if name == "corroboration" else {}
    result = run_query(store, get_query(name), bindings)
    expected = json.loads((EXPECTED / f"{name}.json").read_text())
    assert result.variables == expected["variables"]
    assert [list(r) for r in result.values()] == expected["rows"]


def test_consolidate_imports_no_spacy():
    import subprocess

    code = "import sys, kg.consolidate; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_kg_consolidate_command(tmp_path):
    from typer.testing import CliRunner

    from kg.cli import app

    s = open_store(tmp_path / "store")
    s.load_ontology()
    for ex in scenario():
        s.add(ex)
    s.close()
    runner = CliRunner()
    done = runner.invoke(app, ["consolidate", "--store", str(tmp_path / "store")])
    assert done.exit_code == 0, done.output
    assert "consolidated 12 claims into 7 facts" in done.output and "1 contradicted" in done.output
    assert "1 held" in done.output and "1 overdue" in done.output
    later = runner.invoke(app, ["consolidate", "--store", str(tmp_path / "store"), "--as-of", "2025-08-15"])
    assert later.exit_code == 0 and "2 overdue" in later.output, later.output  # July has passed too
    bad = runner.invoke(app, ["consolidate", "--store", str(tmp_path / "store"), "--as-of", "soon"])
    assert bad.exit_code != 0 and "not a date" in bad.output
    missing = runner.invoke(app, ["consolidate", "--store", str(tmp_path / "nothing")])
    assert missing.exit_code != 0 and "no store" in missing.output


def test_postponed_until_a_date_names_the_new_window_and_the_first_announcement_does_not_decide():
    def claim(fact, pub, sentence, status="planned"):
        return Claim(fact, "r", "a", "b", status, fact, pub, fact, "2025-05-20", "2025-05-20", sentence)
    moved = claim("a", "2025-05-01", "The talks, postponed from May 2, will be held on May 20.")
    assert consolidate([moved])[0].lifecycle == "pending"
    assert consolidate([moved, claim("b", "2025-05-03", "The talks were postponed until June.")])[0].lifecycle == "pending"
    assert consolidate([moved, claim("b", "2025-05-03", "The talks were postponed again.")])[0].lifecycle == "postponed"


def test_docstring_examples():
    import doctest

    import kg.consolidate

    result = doctest.testmod(kg.consolidate)
    assert result.attempted >= 5 and result.failed == 0


# ------------------------------------------------------------------ one event across articles

def event_article(ident: str, source: str, published: str, text: str, event: str, parties: tuple[str, ...],
                  status: str, trigger: str, time: str | None = None, place: str | None = None,
                  aliases: tuple[str, ...] = ()) -> Extraction:
    """One article in which each party attends one event (an entity of the article), at a place and time."""
    def span(words: str) -> Span:
        start = text.index(words)
        return Span(start, start + len(words), words)

    ents = [Entity(event, "Event", aliases, (span(event.split()[-1]),))]
    ents += [Entity(p, "Person", (), (span(p.split()[-1]),)) for p in parties]
    if place:
        ents.append(Entity(place, "Country" if place == "Norway" else "Place", (), (span(place),)))
    facts = tuple(Fact("attends", n, 0, status, Span(0, len(text), text), span(trigger), 0.9, time=time,
                       place=len(ents) - 1 if place else None) for n in range(1, len(parties) + 1))
    return Extraction(Article(ident, text, title=ident, url=SOURCES[source] + ident, published=published), tuple(ents), facts)


BOTH = ("Anna Berg", "Carl Dahl")


def event_scenario() -> list[Extraction]:
    return [
        # announced on Monday for Friday, then reported held by another source under another name: one event
        event_article("e1", "bbc", "2025-08-11", "Anna Berg and Carl Dahl will attend the Oslo summit on Friday.",
                      "Oslo summit", BOTH, "planned", "attend", "on Friday", "Oslo", ("the Oslo summit",)),
        event_article("e2", "cnn", "2025-08-16", "Carl Dahl and Anna Berg attended Friday's meeting in Oslo.",
                      "meeting", BOTH, "happened", "attended", "Friday", "Oslo", ("Friday's meeting", "Oslo meeting")),
        # the same day, the same pair, a summit with another name (and elsewhere): another event
        event_article("e3", "reuters", "2025-08-14", "Anna Berg and Carl Dahl will attend the Arctic Council summit in Reykjavik on Friday.",
                      "Arctic Council summit", BOTH, "planned", "attend", "on Friday", "Reykjavik"),
        # the same pair at a summit in Oslo a month later: another event
        event_article("e4", "ap", "2025-09-20", "Anna Berg and Carl Dahl attended a summit in Oslo on Friday.",
                      "summit", BOTH, "happened", "attended", "on Friday", "Oslo"),
        # the same day and place, someone else: another event
        event_article("e5", "ap", "2025-08-16", "Eva Fisk attended the summit in Oslo on Friday.",
                      "summit", ("Eva Fisk",), "happened", "attended", "on Friday", "Oslo"),
        # the same pair, the same day, in another city: another event
        event_article("e6", "ap", "2025-08-17", "Anna Berg and Carl Dahl attended a meeting in Bergen on Friday.",
                      "meeting", BOTH, "happened", "attended", "on Friday", "Bergen"),
        # a third source names only the country: Oslo lies in it, so it is the same event
        event_article("e7", "reuters", "2025-08-15", "Anna Berg and Carl Dahl are attending a summit in Norway today.",
                      "summit", BOTH, "happened", "attending", "today", "Norway"),
    ]


@pytest.fixture
def event_store(tmp_path):
    s = open_store(tmp_path / "events")
    s.load_ontology()
    for ex in event_scenario():
        s.add(ex)
    s.flush()
    consolidate_store(s)
    return s


def test_one_event_across_articles_when_name_parties_place_and_time_agree(event_store):
    from kg.consolidate import merge_events, read_events

    [merged] = merge_events(read_events(event_store))
    assert sorted(e.article.rsplit("/", 1)[-1] for e in merged.events) == ["e1", "e2", "e7"]
    assert merged.label == "Oslo summit" or merged.label in {"meeting", "summit"}
    facts = {(f.subject.rsplit("/", 1)[-1], f.object): f for f in consolidate(read_claims(event_store), events=[merged])}
    held = facts[("anna-berg", str(merged.iri))]
    assert (held.articles, held.sources, held.statuses, held.lifecycle) == (3, 3, ("planned", "happened", "happened"), "held")


def test_events_stay_apart_when_name_parties_place_or_time_differ(event_store):
    from kg.consolidate import merge_events, read_events

    [merged] = merge_events(read_events(event_store))
    alone = {e.article.rsplit("/", 1)[-1] for e in read_events(event_store)} - {e.article.rsplit("/", 1)[-1] for e in merged.events}
    assert alone == {"e3", "e4", "e5", "e6"}  # another name, another month, other parties, another city
    facts = consolidate(read_claims(event_store), events=[merged])
    assert len([f for f in facts if f.subject.endswith("anna-berg")]) == 4  # the merged event, and e3, e4, e6 apart


def test_the_merged_event_is_one_iri_in_the_consolidated_graph(event_store):
    from rdflib import OWL, RDF as R

    g = Graph()
    for t in event_store.graph_triples(CONSOLIDATED_GRAPH):
        g.add(t)
    [event] = list(g.subjects(R.type, KG.Event))
    same = {str(o).split("/")[-2] for o in g.objects(event, OWL.sameAs)}
    assert same == {"e1", "e2", "e7"}
    # the consolidated fact is about it, and the named query shows its name
    assert (None, None, event) in g
    rows = run_query(event_store, get_query("corroboration"), {"min": "3"}).values()
    assert {(r[0], r[1], r[2]) for r in rows} == {("Anna Berg", "attends", "Oslo summit"), ("Carl Dahl", "attends", "Oslo summit")}
    # found by any of its names
    assert run_query(event_store, get_query("lifecycle"), {"name": "Friday's meeting"}).values()


def test_an_event_agreeing_with_two_merged_events_joins_neither():
    from kg.consolidate import EventMention, merge_events

    parties = frozenset({"p/a", "p/b"})
    def ev(iri, day, name="summit", places=frozenset()):
        return EventMention(iri, iri, day, (name,), parties, places, day, day)
    first = [ev("x1", "2025-05-02", "Oslo summit"), ev("x2", "2025-05-02", "Oslo summit")]
    second = [ev("y1", "2025-05-03", "Bergen summit"), ev("y2", "2025-05-03", "Bergen summit")]
    wide = EventMention("z", "z", "2025-05-04", ("summit",), parties, frozenset(), "2025-05-01", "2025-05-05")
    merged = merge_events([*first, *second, wide], within=lambda a, b: False)
    assert sorted(sorted(e.iri for e in m.events) for m in merged) == [["x1", "x2"], ["y1", "y2"]]


def test_consolidated_events_pass_their_shapes(event_store):
    from pyshacl import validate

    from kg.store import ontology_files

    shapes = Graph()
    for f in ontology_files():
        shapes.parse(f, format="turtle")
    data = Graph()
    for t in event_store.graph_triples(CONSOLIDATED_GRAPH):
        data.add(t)
    ok, _, report = validate(data, shacl_graph=shapes, ont_graph=None, inference="none")
    assert ok, report


# ------------------------------------------------------------------ incremental update

def _graph_set(store) -> set:
    return set(store.graph_triples(CONSOLIDATED_GRAPH))


def _same_as_a_full_run(store, changed: list[str]):
    """update_store after a change gives the graph a full consolidation gives."""
    from kg.consolidate import update_store
    from kg.iri import article_iri

    done = update_store(store, [article_iri(a) for a in changed])
    updated = _graph_set(store)
    full = consolidate_store(store)
    whole = _graph_set(store)
    assert updated == whole, (f"only after the update: {sorted(map(str, updated - whole))[:6]}\n"
                              f"only after a full run: {sorted(map(str, whole - updated))[:6]}")
    assert (done.facts, done.corroborated, done.contradictions, done.lifecycles) == (
        full.facts, full.corroborated, full.contradictions, full.lifecycles)
    return done


def test_update_after_a_replaced_article_rewrites_only_what_it_touches(store):
    store.add(article("m3", "reuters", "2025-05-10", "Carl Dahl and Anna Berg did not meet.", DAHL, BERG, "meets", "negated", "meet"))
    store.flush()
    done = _same_as_a_full_run(store, ["m3"])
    # the pair's two meetings (one statement, two windows) are rewritten; five other facts are not
    assert done.updated == 2 and done.facts == 7 and done.contradictions == 2
    held = _facts(store)[("meets", "anna-berg", "carl-dahl", "2025-05-09")]
    assert held.lifecycle == "disputed"


def test_update_after_a_new_article_and_a_new_latest_date(store):
    """A later article moves the day planned facts are judged against: July's hosting becomes overdue."""
    store.add(article("n1", "ap", "2025-08-15", "Eva Fisk met Carl Dahl on August 14.", FISK, DAHL, "meets", "happened", "met", "August 14"))
    store.flush()
    done = _same_as_a_full_run(store, ["n1"])
    assert done.lifecycles["overdue"] == 2 and done.updated == 2  # the new meeting, and July's hosting


def test_update_after_an_article_is_removed(store):
    from kg.iri import article_iri

    store.replace_graphs({article_iri("m2"): []})  # m2 gone: its claim no longer supports the held meeting
    done = _same_as_a_full_run(store, ["m2"])
    held = _facts(store)[("meets", "anna-berg", "carl-dahl", "2025-05-09")]
    assert held.articles == 2 and done.updated >= 1


def test_update_when_an_article_joins_a_merged_event(tmp_path):
    s = open_store(tmp_path / "events")
    s.load_ontology()
    scenario = event_scenario()
    for ex in scenario[:-1]:  # e7, the third report of the Oslo summit, comes later
        s.add(ex)
    s.flush()
    consolidate_store(s)
    s.add(scenario[-1])
    s.flush()
    done = _same_as_a_full_run(s, ["e7"])
    assert done.events == 1 and done.updated == 2  # each party's attendance of the merged event
    # an article with no event leaves the merged events as they are (they are not read again)
    s.add(article("n1", "ap", "2025-08-18", "Anna Berg met Carl Dahl on Monday.", BERG, DAHL, "meets", "happened", "met", "on Monday"))
    s.flush()
    done = _same_as_a_full_run(s, ["n1"])
    assert done.events == 1 and done.updated == 1


def test_update_of_a_store_never_consolidated_makes_it_whole(tmp_path):
    from kg.consolidate import update_store
    from kg.iri import article_iri

    s = open_store(tmp_path / "store")
    for ex in scenario():
        s.add(ex)
    s.flush()
    done = update_store(s, [article_iri("m1")])
    assert done.facts == 7 and done.updated is None


def test_a_consolidation_written_in_parts_is_the_graph_written_at_once(store, monkeypatch):
    import kg.consolidate

    whole = _graph_set(store)
    monkeypatch.setattr(kg.consolidate, "WRITE_PART", 7)  # the scenario's graph in many parts
    consolidate_store(store)
    assert _graph_set(store) == whole and len(whole) > 7


def test_a_consolidation_stopped_before_its_day_is_made_whole_by_the_next_update(store, monkeypatch):
    """Its parts are written one transaction each, the day judged against (kg:asOf) last: a
    graph without it is no consolidation, so an update (here of no article) makes it whole."""
    import kg.consolidate
    from kg.consolidate import update_store

    whole = _graph_set(store)
    monkeypatch.setattr(kg.consolidate, "WRITE_PART", 7)
    written = []
    real = store.patch_graph

    def stop_before_the_day(name, remove, add):
        if written and any(t[1] == KG.asOf for t in add):
            raise KeyboardInterrupt  # the build stopped here
        written.append(len(add))
        real(name, remove, add)

    monkeypatch.setattr(store, "patch_graph", stop_before_the_day)
    with pytest.raises(KeyboardInterrupt):
        consolidate_store(store)
    monkeypatch.setattr(store, "patch_graph", real)
    assert len(written) > 1 and _graph_set(store) == {t for t in whole if t[1] != KG.asOf}
    done = update_store(store, [])
    assert done.updated is None and _graph_set(store) == whole


@pytest.mark.model
def test_a_build_of_a_changed_article_updates_the_consolidation(tmp_path, monkeypatch):
    """kg build into a store that has a consolidation updates it for the articles built; the
    result is what a whole consolidation gives. A build with --no-consolidate drops it."""
    import kg.consolidate
    from kg.build import build_all

    feed = tmp_path / "feed.jsonl"
    lines = [{"id": "a", "text": "Anna Berg will meet Carl Dahl in Oslo on Friday.", "published": "2025-05-05", "source": "Nordic Wire"},
             {"id": "b", "text": "Anna Berg met Carl Dahl in Oslo on Friday.", "published": "2025-05-10", "source": "Fjord Post"}]
    feed.write_text("".join(json.dumps(r) + "\n" for r in lines))
    build_all([feed], store=tmp_path / "store")
    whole = []
    monkeypatch.setattr(kg.consolidate, "consolidate_store", lambda *a, **k: whole.append(1) or pytest.fail("made whole"))
    lines.append({"id": "c", "text": "Carl Dahl and Anna Berg met in Oslo on Friday.", "published": "2025-05-11", "source": "Bay Times"})
    feed.write_text("".join(json.dumps(r) + "\n" for r in lines))
    again = build_all([feed], store=tmp_path / "store")
    assert (again.articles, again.unchanged) == (1, 2) and "consolidated" in again.outputs and not whole
    monkeypatch.undo()
    with open_store(tmp_path / "store") as s:
        updated = _graph_set(s)
        [met] = [f for f in consolidate(read_claims(s)) if f.relation.endswith("meets")]
        assert (met.articles, met.sources, met.lifecycle) == (3, 3, "held")
        consolidate_store(s)
        assert _graph_set(s) == updated
    lines[2]["text"] = "Carl Dahl and Anna Berg met in Bergen on Friday."
    feed.write_text("".join(json.dumps(r) + "\n" for r in lines))
    build_all([feed], store=tmp_path / "store", consolidate=False)
    with open_store(tmp_path / "store") as s:
        assert _graph_set(s) == set()


@pytest.mark.parametrize("gone", ["e1", "e2", "e3", "e5", "e7"])
def test_update_when_an_article_of_an_event_goes_and_comes_back(tmp_path, gone):
    """Only the events connected to the changed article are merged again; the result is a whole run's."""
    from kg.iri import article_iri

    s = open_store(tmp_path / "events")
    s.load_ontology()
    scenario = {ex.article.id: ex for ex in event_scenario()}
    for ex in scenario.values():
        s.add(ex)
    s.flush()
    consolidate_store(s)
    s.replace_graphs({article_iri(gone): []})
    _same_as_a_full_run(s, [gone])
    s.add(scenario[gone])
    s.flush()
    done = _same_as_a_full_run(s, [gone])
    assert done.events == 1


def test_cue_words_about_something_else_decide_nothing():
    # a meeting that happened "to discuss cancelling the tariffs" was not called off; a planned
    # claim only postpones, a negated one cancels
    def claim(status, sentence):
        return Claim("f", "r", "a", "b", status, "2025-05-05", "2025-05-05", None, None, None, sentence)

    assert claim("happened", "Anna Berg met Carl Dahl to discuss cancelling the tariffs.").outcome == "happened"
    assert claim("planned", "Anna Berg will meet Carl Dahl to discuss scrapping the tariffs.").outcome is None
    assert claim("planned", "The meeting was postponed.").outcome == "postponed"
    assert claim("negated", "The meeting was called off.").outcome == "cancelled"
    assert claim("negated", "Anna Berg did not meet Carl Dahl.").outcome == "negated"


# ------------------------------------------------------------------ the independent check's systematic errors
# (gold/precision/corroboration-check.md): future read as past, undated claims pooled over months,
# undated plans never overdue, wire re-sends counted as more reports. Each set is written for its rule.

def _undated(ident, source, published, text, subject, obj, relation, status, trigger):
    return article(ident, source, published, text, subject, obj, relation, status, trigger)


def test_a_plan_for_a_weekday_is_the_coming_one_and_a_time_already_over_is_no_window(tmp_path):
    """'sets off Wednesday' in a Monday article is that week's Wednesday, where the later report puts it;
    a plan whose words name a time already over ("last month") states no window of its own."""
    s = open_store(tmp_path / "store")
    for ex in [
        article("w1", "bbc", "2025-05-05", "Anna Berg sets off Wednesday on a trip to Oslo.", BERG, OSLO, "visits", "planned", "trip", "Wednesday"),
        article("w2", "ap", "2025-05-08", "Anna Berg arrived in Oslo on Wednesday.", BERG, OSLO, "visits", "happened", "arrived", "on Wednesday"),
        article("w3", "bbc", "2025-05-05", "Carl Dahl will visit Bergen, as agreed last month.", DAHL, BERGEN, "visits", "planned", "visit", "last month"),
    ]:
        s.add(ex)
    s.flush()
    facts = _facts(s)
    trip = facts[("visits", "anna-berg", "oslo", "2025-05-07")]
    assert (trip.articles, trip.lifecycle, trip.assumed) == (2, "held", False)
    [bergen] = [f for k, f in facts.items() if k[2] == "bergen"]
    assert bergen.assumed and (bergen.start, bergen.end) == ("2025-05-05", "2025-06-04")  # not April


def test_undated_claims_of_one_pair_months_apart_are_two_facts():
    """No stated time: each claim is about the days around its article, and only claims whose windows
    overlap are one fact (a window narrows to the overlap, so a chain of reports cannot drift)."""
    def claim(fact, published, status="happened"):
        return Claim(fact, "r", "a", "b", status, fact, published, "wire", sentence=f"A pressed B ({fact}).")
    facts = consolidate([claim("mar1", "2025-03-03"), claim("mar2", "2025-03-10"), claim("sep", "2025-09-22"),
                         claim("mar3", "2025-03-20")])
    assert [(f.start, f.end, [c.fact for c in f.claims], f.assumed) for f in facts] == [
        ("2025-02-24", "2025-03-03", ["mar1", "mar2"], True),   # the overlap of the two windows
        ("2025-03-06", "2025-03-20", ["mar3"], True),           # overlaps mar2's window, not the narrowed one
        ("2025-09-08", "2025-09-22", ["sep"], True)]
    assert len({f.iri for f in facts}) == 3


def test_an_undated_plan_is_overdue_after_its_horizon_and_held_by_a_report_within_it():
    from kg.consolidate import PLAN_HORIZON_DAYS

    plan = Claim("p", "r", "a", "b", "planned", "p", "2025-03-03", "bbc", sentence="A will ask B for help.")
    [alone] = consolidate([plan], as_of="2025-03-20")
    assert alone.lifecycle == "pending" and alone.end == "2025-04-02" and PLAN_HORIZON_DAYS == 30
    assert consolidate([plan], as_of="2025-04-03")[0].lifecycle == "overdue"
    done = Claim("h", "r", "a", "b", "happened", "h", "2025-03-14", "ap", sentence="A asked B for help.")
    [held] = consolidate([plan, done], as_of="2025-09-01")
    assert held.lifecycle == "held" and held.articles == 2
    late = Claim("h", "r", "a", "b", "happened", "h", "2025-06-14", "ap", sentence="A asked B for help.")
    assert [f.lifecycle for f in consolidate([plan, late], as_of="2025-09-01")] == ["overdue", None]


def test_a_story_sent_again_counts_once():
    """The same source, nearly the same sentence, another article: one report. Another source's
    identical sentence is a second report. A re-send of the announcement decides no lifecycle."""
    text = "Anna Berg will meet Carl Dahl in Oslo on Friday, after talks planned for May were delayed."
    def claim(fact, source, published, sentence, status="planned"):
        return Claim(fact, "r", "a", "b", status, fact, published, source, "2025-06-06", "2025-06-06", sentence)
    first = claim("a1", "wire", "2025-06-02", text)
    again = claim("a2", "wire", "2025-06-02", text.replace("Friday,", "Friday, officials said,"))
    other = claim("b1", "post", "2025-06-03", text)
    [fact] = consolidate([first, again, other], as_of="2025-06-04")
    assert (len(fact.claims), fact.articles, fact.sources, fact.statuses) == (3, 2, 2, ("planned", "planned"))
    assert fact.resent == {"a2"}
    # the announcement's own words do not decide ("delayed" above), and neither do they sent again
    assert consolidate([first, again], as_of="2025-06-04")[0].lifecycle == "pending"
    different = claim("a3", "wire", "2025-06-04", "Anna Berg and Carl Dahl will hold talks in Oslo on Friday.")
    assert consolidate([first, different], as_of="2025-06-04")[0].articles == 2


def test_update_equals_a_whole_run_with_assumed_windows_and_resends(tmp_path):
    """An undated plan, its re-send, an undated report months later: adding, replacing and removing
    articles keeps the update equal to a whole consolidation, and the plan's horizon flips with a
    new latest date."""
    from kg.iri import article_iri

    s = open_store(tmp_path / "store")
    s.load_ontology()
    for ex in [
        _undated("u1", "reuters", "2025-03-03", "Anna Berg will visit Oslo to discuss the new fishing rules with port officials.", BERG, OSLO, "visits", "planned", "visit"),
        _undated("u2", "reuters", "2025-03-03", "Anna Berg will visit Oslo to discuss the new fishing rules with port officials, aides said.", BERG, OSLO, "visits", "planned", "visit"),
        _undated("u3", "bbc", "2025-03-20", "Eva Fisk visited Bergen.", FISK, BERGEN, "visits", "happened", "visited"),
    ]:
        s.add(ex)
    s.flush()
    consolidate_store(s)
    [plan] = [f for f in consolidate(read_claims(s)) if f.object.endswith("oslo")]
    assert (plan.articles, plan.lifecycle) == (1, "pending")
    s.add(_undated("u4", "bbc", "2025-07-01", "Anna Berg visited Oslo.", BERG, OSLO, "visits", "happened", "visited"))
    s.flush()
    done = _same_as_a_full_run(s, ["u4"])
    assert done.lifecycles["overdue"] == 1 and done.facts == 3  # the March plan is past its horizon; July is another fact
    s.add(_undated("u4", "bbc", "2025-03-25", "Anna Berg visited Oslo.", BERG, OSLO, "visits", "happened", "visited"))
    s.flush()
    done = _same_as_a_full_run(s, ["u4"])
    assert done.lifecycles == {"held": 1} and done.facts == 2
    s.replace_graphs({article_iri("u1"): []})
    done = _same_as_a_full_run(s, ["u1"])
    [plan] = [f for f in consolidate(read_claims(s)) if f.object.endswith("oslo")]
    assert plan.articles == 2 and plan.lifecycle == "held"  # the re-send now stands for the announcement


# ------------------------------------------------------------------ the third check's causes (issue 14):
# a report that is still about the future, and a plan fulfilled under another statement

def test_a_report_published_before_the_window_begins_does_not_hold_the_plan():
    """An attributed claim ("aides said") or one tagged happened whose time words name a day still
    ahead says nothing about whether the thing took place; one published on or after that day does."""
    def claim(fact, status, published, sentence, start="2025-05-09"):
        return Claim(fact, "r", "a", "b", status, fact, published, fact, start, start, sentence)
    plan = claim("p", "planned", "2025-05-05", "Anna Berg will visit Oslo on Friday.")
    aides = claim("r", "reported", "2025-05-07", "Anna Berg's visit to Oslo on Friday will focus on fish, aides said.")
    talks = claim("t", "happened", "2025-05-08", "Anna Berg's talks in Oslo on Friday are about fish quotas.")
    [fact] = consolidate([plan, aides, talks], as_of="2025-06-01")
    assert fact.lifecycle == "overdue" and fact.articles == 3
    after = claim("a", "reported", "2025-05-10", "Anna Berg visited Oslo on Friday, officials said.")
    assert consolidate([plan, aides, after], as_of="2025-06-01")[0].lifecycle == "held"
    # with no plan at all, a claim dated ahead of its article makes none: its day is often a deadline
    # ("requested a reply by Friday"), and the request was made
    assert consolidate([talks], as_of="2025-06-01")[0].lifecycle is None
    # an undated attributed claim of the very day an undated plan was announced is that day's news, not its outcome
    same_day = [claim("p", "planned", "2025-05-05", "Anna Berg will visit Oslo.", None),
                claim("r", "reported", "2025-05-05", "Anna Berg is visiting Oslo, aides said.", None)]
    assert consolidate(same_day, as_of="2025-05-05")[0].lifecycle == "pending"
    assert consolidate([*same_day[:1], claim("r", "reported", "2025-05-06", "Anna Berg visited Oslo, aides said.", None)],
                       as_of="2025-05-06")[0].lifecycle == "held"
    # a plain past tense of that day is the extraction's word that it took place
    assert consolidate([*same_day[:1], claim("h", "happened", "2025-05-05", "Anna Berg visited Oslo.", None)],
                       as_of="2025-05-05")[0].lifecycle == "held"


def story(ident: str, source: str, published: str, text: str, event: str, facts: list[tuple],
          place: str | None = None) -> Extraction:
    """One article about one event (an entity of the article): facts as (relation, party, status,
    trigger, time); the parties are people, the event the object of each fact."""
    def span(words: str) -> Span:
        start = text.index(words)
        return Span(start, start + len(words), words)

    parties = list(dict.fromkeys(f[1] for f in facts))
    ents = [Entity(event, "Event", (), (span(event.split()[-1]),))]
    ents += [Entity(p, "Person", (), (span(p.split()[-1]),)) for p in parties]
    if place:
        ents.append(Entity(place, "Place", (), (span(place),)))
    out = tuple(Fact(relation, 1 + parties.index(party), 0, status, Span(0, len(text), text), span(trigger), 0.9,
                     time=time, place=len(ents) - 1 if place else None)
                for relation, party, status, trigger, time in facts)
    return Extraction(Article(ident, text, title=ident, url=SOURCES[source] + ident, published=published), tuple(ents), out)


def follow_up_scenario() -> list[Extraction]:
    return [
        # announced: Eva Fisk hosts the Oslo fisheries meeting, Anna Berg and Carl Dahl to attend (no day named)
        story("s1", "bbc", "2025-08-04", "Eva Fisk will host the fisheries meeting in Oslo, which Anna Berg and Carl Dahl will attend.",
              "fisheries meeting", [("hosts", "Eva Fisk", "planned", "host", None), ("attends", "Anna Berg", "planned", "attend", None),
                                   ("attends", "Carl Dahl", "planned", "attend", None)], "Oslo"),
        # reported held by another source, by the guests only: the host's plan is held through the one event
        story("s2", "cnn", "2025-08-16", "Anna Berg and Carl Dahl attended the fisheries meeting in Oslo.",
              "fisheries meeting", [("attends", "Anna Berg", "happened", "attended", None), ("attends", "Carl Dahl", "happened", "attended", None)],
              "Oslo"),
        # another summit of the same host in another city, never reported: stays overdue
        story("s3", "ap", "2025-08-04", "Eva Fisk will host the whaling meeting in Bergen.",
              "whaling meeting", [("hosts", "Eva Fisk", "planned", "host", None)], "Bergen"),
    ]


def _event_store(tmp_path, extractions):
    s = open_store(tmp_path / "events")
    s.load_ontology()
    for ex in extractions:
        s.add(ex)
    s.flush()
    consolidate_store(s, as_of="2025-10-01")
    return s


def _lifecycles(store):
    from kg.consolidate import merge_events, read_events

    facts = consolidate(read_claims(store), as_of="2025-10-01", events=merge_events(read_events(store)))
    return {(f.relation.rsplit("#", 1)[-1], f.subject.rsplit("/", 1)[-1], f.object.rsplit("/", 1)[-1]): f.lifecycle
            for f in facts if f.lifecycle}


def test_a_plan_about_an_event_is_held_when_the_event_is_reported_under_another_statement(tmp_path):
    s = _event_store(tmp_path, follow_up_scenario())
    lifecycles = _lifecycles(s)
    assert sorted(lifecycles.values()) == ["held", "held", "held", "overdue"]
    assert [k for k, v in lifecycles.items() if v == "overdue"] == [("hosts", "eva-fisk", "whaling-meeting")]
    # without the report, the host's plan is overdue: it was the report of the guests that held it
    alone = _lifecycles(_event_store(tmp_path / "alone", follow_up_scenario()[::2]))
    assert sorted(alone.values()) == ["overdue"] * 4


def test_a_report_of_the_event_before_the_plan_does_not_hold_it(tmp_path):
    """The same event reported held in an article published before the plan is no follow-up."""
    early = story("s0", "ap", "2025-08-03", "Anna Berg and Carl Dahl attended the fisheries meeting in Oslo.",
                  "fisheries meeting", [("attends", "Anna Berg", "happened", "attended", None),
                                       ("attends", "Carl Dahl", "happened", "attended", None)], "Oslo")
    lifecycles = _lifecycles(_event_store(tmp_path, [follow_up_scenario()[0], early]))
    assert {k[:2]: v for k, v in lifecycles.items()}[("hosts", "eva-fisk")] == "overdue"


def test_update_equals_a_whole_run_when_a_report_holds_a_plan_under_another_statement(tmp_path):
    from kg.iri import article_iri

    s = _event_store(tmp_path, follow_up_scenario()[::2])
    s.add(follow_up_scenario()[1])
    s.flush()
    done = _same_as_a_full_run(s, ["s2"])
    assert done.lifecycles["held"] == 3 and done.events == 1
    s.replace_graphs({article_iri("s2"): []})
    done = _same_as_a_full_run(s, ["s2"])
    assert done.lifecycles == {"pending": 4}  # judged as of the latest article now, 2025-08-04


def test_an_undated_plan_for_a_summit_or_a_conference_has_a_longer_horizon():
    """Summits and conferences are announced weeks ahead: with no day named, such a plan is overdue
    after LONG_HORIZON_DAYS, a meeting or a visit after PLAN_HORIZON_DAYS; a report within the longer
    horizon is the same fact."""
    from kg.consolidate import LONG_HORIZON_DAYS

    def claim(fact, status, published, trigger, event=""):
        return Claim(fact, "r", "a", "b", status, fact, published, "wire", trigger=trigger, event=event,
                     sentence=f"Anna Berg ({fact}) {trigger} {event}.")
    summit = claim("s", "planned", "2025-03-03", "attend", "Arctic summit")
    visit = claim("v", "planned", "2025-03-03", "visit")
    assert [f.lifecycle for f in consolidate([summit], as_of="2025-04-20")] == ["pending"]
    assert [f.lifecycle for f in consolidate([visit], as_of="2025-04-20")] == ["overdue"]
    assert [f.lifecycle for f in consolidate([summit], as_of="2025-06-02")] == ["overdue"] and LONG_HORIZON_DAYS == 90
    held = claim("h", "happened", "2025-05-10", "attended", "Arctic summit")
    assert [f.lifecycle for f in consolidate([summit, held], as_of="2025-09-01")] == ["held"]
    assert [f.lifecycle for f in consolidate([claim("t", "planned", "2025-03-03", "summit")], as_of="2025-04-20")] == ["pending"]


def test_a_report_of_the_plan_s_own_day_under_another_statement_does_not_hold_it(tmp_path):
    """In the announcing article, "the host called the meeting" (happened) says nothing of the meeting held."""
    same = story("s1", "bbc", "2025-08-04", "Eva Fisk called the fisheries meeting in Oslo, which Anna Berg will attend.",
                 "fisheries meeting", [("hosts", "Eva Fisk", "happened", "called", None), ("attends", "Anna Berg", "planned", "attend", None)],
                 "Oslo")
    assert _lifecycles(_event_store(tmp_path, [same])) == {("attends", "anna-berg", "fisheries-meeting"): "overdue"}
