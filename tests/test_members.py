"""Groups and their members (kg.extract.members): each construction on sentences written for it.

The first tests build a spaCy Doc by hand (no model: the parse is fixed, so the rule alone
is tested); the cases after them parse real sentences with the small English pipeline.
The sentences are our own, none taken from a corpus article.
"""
from __future__ import annotations

import pytest
from rdflib import RDF, Graph, Literal

from hand_docs import blank_vocab, hand_doc

from kg.extract import extract
from kg.model import Article, Entity, Extraction, Membership, Span
from kg.namespace import KG


@pytest.fixture(scope="module")
def vocab():
    return blank_vocab()


def members_of(ex: Extraction) -> set[tuple[str, str]]:
    e = ex.entities
    return {(e[m.group].label, e[m.member].label) for m in ex.members}


def test_hand_built_group_before_a_member_noun_and_a_list(vocab):
    # "OPEC members Iraq and Libya objected ."
    doc = hand_doc(vocab, [
        ("OPEC", "OPEC", "PROPN", "NNP", "compound", 1),
        ("members", "member", "NOUN", "NNS", "nsubj", 5),
        ("Iraq", "Iraq", "PROPN", "NNP", "appos", 1),
        ("and", "and", "CCONJ", "CC", "cc", 2),
        ("Libya", "Libya", "PROPN", "NNP", "conj", 2),
        ("objected", "object", "VERB", "VBD", "ROOT", 5),
        (".", ".", "PUNCT", ".", "punct", 5),
    ], ents=[(0, 1, "ORG"), (2, 3, "GPE"), (4, 5, "GPE")])
    ex = extract(doc, Article("m1", doc.text))
    assert members_of(ex) == {("OPEC", "Iraq"), ("OPEC", "Libya")}
    m = ex.members[0]
    assert doc.text[m.sentence.start:m.sentence.end] == m.sentence.text and m.trigger.text == "members"
    assert doc.text[m.trigger.start:m.trigger.end] == "members"


def test_hand_built_apposition_and_a_negated_copula(vocab):
    # "Norway , a member of NATO , objected . Spain is not a member of NATO ."
    doc = hand_doc(vocab, [
        ("Norway", "Norway", "PROPN", "NNP", "nsubj", 7),
        (",", ",", "PUNCT", ",", "punct", 0),
        ("a", "a", "DET", "DT", "det", 3),
        ("member", "member", "NOUN", "NN", "appos", 0),
        ("of", "of", "ADP", "IN", "prep", 3),
        ("NATO", "NATO", "PROPN", "NNP", "pobj", 4),
        (",", ",", "PUNCT", ",", "punct", 0),
        ("objected", "object", "VERB", "VBD", "ROOT", 7),
        (".", ".", "PUNCT", ".", "punct", 7),
        ("Spain", "Spain", "PROPN", "NNP", "nsubj", 10),
        ("is", "be", "AUX", "VBZ", "ROOT", 10),
        ("not", "not", "PART", "RB", "neg", 10),
        ("a", "a", "DET", "DT", "det", 13),
        ("member", "member", "NOUN", "NN", "attr", 10),
        ("of", "of", "ADP", "IN", "prep", 13),
        ("NATO", "NATO", "PROPN", "NNP", "pobj", 14),
        (".", ".", "PUNCT", ".", "punct", 10),
    ], ents=[(0, 1, "GPE"), (5, 6, "ORG"), (9, 10, "GPE"), (15, 16, "ORG")])
    ex = extract(doc, Article("m2", doc.text))
    assert members_of(ex) == {("NATO", "Norway")}


def test_hand_built_coalition_led_by_its_members(vocab):
    # "A coalition of 30 countries led by Chile and Peru objected ." -- a group no mention names
    doc = hand_doc(vocab, [
        ("A", "a", "DET", "DT", "det", 1),
        ("coalition", "coalition", "NOUN", "NN", "nsubj", 10),
        ("of", "of", "ADP", "IN", "prep", 1),
        ("30", "30", "NUM", "CD", "nummod", 4),
        ("countries", "country", "NOUN", "NNS", "pobj", 2),
        ("led", "lead", "VERB", "VBN", "acl", 4),
        ("by", "by", "ADP", "IN", "agent", 5),
        ("Chile", "Chile", "PROPN", "NNP", "pobj", 6),
        ("and", "and", "CCONJ", "CC", "cc", 7),
        ("Peru", "Peru", "PROPN", "NNP", "conj", 7),
        ("objected", "object", "VERB", "VBD", "ROOT", 10),
        (".", ".", "PUNCT", ".", "punct", 10),
    ], ents=[(3, 4, "CARDINAL"), (7, 8, "GPE"), (9, 10, "GPE")])
    ex = extract(doc, Article("m3", doc.text))
    assert members_of(ex) == {("coalition of 30 countries", "Chile"), ("coalition of 30 countries", "Peru")}
    group = next(e for e in ex.entities if e.label == "coalition of 30 countries")
    assert group.type == "Organization" and [m.text for m in group.mentions] == ["coalition of 30 countries"]


def test_hand_built_one_name_in_parentheses_is_no_list_of_members(vocab):
    # "Andean Pact member countries ( CAN ) agreed ." -- the parentheses give another name, not members
    doc = hand_doc(vocab, [
        ("Andean", "Andean", "PROPN", "NNP", "compound", 1),
        ("Pact", "Pact", "PROPN", "NNP", "compound", 3),
        ("member", "member", "NOUN", "NN", "compound", 3),
        ("countries", "country", "NOUN", "NNS", "nsubj", 7),
        ("(", "(", "PUNCT", "-LRB-", "punct", 3),
        ("CAN", "CAN", "PROPN", "NNP", "appos", 3),
        (")", ")", "PUNCT", "-RRB-", "punct", 3),
        ("agreed", "agree", "VERB", "VBD", "ROOT", 7),
        (".", ".", "PUNCT", ".", "punct", 7),
    ], ents=[(0, 2, "ORG"), (5, 6, "ORG")])
    assert extract(doc, Article("m4", doc.text)).members == ()


# ------------------------------------------------------------------ the real pipeline

CASES = [
    # (construction, sentence, expected (group, member) pairs, pairs that must not be there)
    ("a group's nations listed in parentheses, a group the recogniser does not name",
     "The G7 nations (Canada, Italy and Japan) will discuss tariffs in Rome.",
     {("G7", "Canada"), ("G7", "Italy"), ("G7", "Japan")}, {("G7", "Rome")}),
    ("a group named by a number the recogniser does not take for a name, its countries after a dash",
     "The Group of Five industrial countries -- Canada, Italy and Japan -- will gather in May.",
     {("Group of Five", "Canada"), ("Group of Five", "Italy"), ("Group of Five", "Japan")}, set()),
    ("group name, member noun, then a list",
     "BRICS members Brazil, India and South Africa backed the plan.",
     {("BRICS", "Brazil"), ("BRICS", "India"), ("BRICS", "South Africa")}, set()),
    ("a coalition described by its size and led by two countries",
     "A coalition of 12 nations led by Denmark and Estonia will patrol the strait.",
     {("coalition of 12 nations", "Denmark"), ("coalition of 12 nations", "Estonia")}, set()),
    ("apposition: X, a member of Y",
     "Portugal, a member of NATO, asked for a vote.",
     {("NATO", "Portugal")}, set()),
    ("possessive: Y's members X and Z",
     "NATO's members Latvia and Lithuania requested more aircraft.",
     {("NATO", "Latvia"), ("NATO", "Lithuania")}, set()),
    ("coordinated subjects described together: X and Z, both members of Y",
     "Nigeria and Algeria, both members of OPEC, kept output steady.",
     {("OPEC", "Nigeria"), ("OPEC", "Algeria")}, set()),
    ("copula: X is a member of Y, and not of another",
     "Norway is a member of NATO but not of the European Union.",
     {("NATO", "Norway")}, {("European Union", "Norway")}),
    ("members of Y such as X and Z",
     "Members of ASEAN such as Laos and Cambodia voted against it.",
     {("ASEAN", "Laos"), ("ASEAN", "Cambodia")}, set()),
    ("member states with an including-list",
     "The European Union member states, including Austria and Belgium, approved the budget.",
     {("European Union", "Austria"), ("European Union", "Belgium")}, set()),
    ("a person belonging to a party",
     "Maria Lopez, a member of the Green Party, resigned on Friday.",
     {("Green Party", "Maria Lopez")}, set()),
    ("not members: a country's allies, non-members, a former member, a wish to join",
     "U.S. allies Japan and Australia agreed. Non-OPEC countries Mexico and Oman cut output. "
     "Greece, a former member of the committee, left. Turkey, which wants to become a member of the European Union, "
     "protested. Mexico, not an OPEC member, raised its output.",
     set(), {("OPEC", "Mexico"), ("European Union", "Turkey")}),
]


@pytest.mark.model
@pytest.mark.parametrize("construction, text, expected, absent", CASES, ids=[c[0] for c in CASES])
def test_construction(extract_text, construction, text, expected, absent):
    ex = extract_text(text)
    found = members_of(ex)
    assert expected <= found, f"{construction}: missing {expected - found}"
    assert not (found & absent), f"{construction}: wrong {found & absent}"
    if not expected:
        assert found == set(), f"{construction}: wrong {found}"
    for m in ex.members:  # evidence as facts carry it: the sentence and the cue word, by offsets
        assert text[m.sentence.start:m.sentence.end] == m.sentence.text
        assert text[m.trigger.start:m.trigger.end] == m.trigger.text and m.sentence.start <= m.trigger.start < m.sentence.end


@pytest.mark.model
def test_a_name_the_recogniser_calls_a_place_is_an_organisation_when_it_has_members(extract_text):
    ex = extract_text("BRICS members Brazil and India backed the plan.")
    assert {e.label: e.type for e in ex.entities}.get("BRICS") == "Organization"


# ------------------------------------------------------------------ RDF, shapes, query

def group_extraction() -> Extraction:
    """Members of a group in two sentences, and a fact about the group (made by hand: no model)."""
    text = "Borduria hosted the Nordic Council on Monday. Council members Norway and Iceland sent ministers."
    def span(words: str, after: int = 0) -> Span:
        start = text.index(words, after)
        return Span(start, start + len(words), words)
    from kg.model import Fact

    first, second = span("Borduria hosted the Nordic Council on Monday."), span("Council members Norway and Iceland sent ministers.")
    entities = (
        Entity("Borduria", "Country", (), (span("Borduria"),)),
        Entity("Nordic Council", "Organization", ("Council",), (span("Nordic Council"), span("Council", 40))),
        Entity("Norway", "Country", (), (span("Norway"),)),
        Entity("Iceland", "Country", (), (span("Iceland"),)),
    )
    facts = (Fact("hosts", 0, 1, "happened", first, span("hosted"), 0.9, time="on Monday"),)
    members = (Membership(1, 2, second, span("members"), 0.9), Membership(1, 3, second, span("members"), 0.9))
    return Extraction(Article("g-1", text, title="Council meets", published="2025-03-04"), entities, facts, members)


def test_memberships_are_direct_triples_and_statements_with_evidence():
    from kg.iri import entity_iri
    from kg.rdf import article_triples

    g = Graph()
    for t in article_triples(group_extraction()):
        g.add(t)
    council, norway = entity_iri("Organization", "Nordic Council"), entity_iri("Country", "Norway")
    assert (council, KG.member, norway) in g
    [node] = [n for n in g.subjects(RDF.object, norway) if (n, RDF.type, KG.Membership) in g]
    assert g.value(node, RDF.subject) == council and g.value(node, RDF.predicate) == KG.member
    ev = g.value(node, KG.evidence)
    text = group_extraction().article.text
    begin, end = int(g.value(ev, KG.beginIndex)), int(g.value(ev, KG.endIndex))
    assert text[begin:end] == str(g.value(ev, KG.text)) and g.value(node, KG.trigger) == Literal("members")


def test_membership_shapes_pass_and_reject_a_statement_without_its_triple():
    from kg.iri import entity_iri
    from kg.rdf import article_triples
    from kg.validate import validate

    g = Graph()
    for t in article_triples(group_extraction()):
        g.add(t)
    ok, report = validate(g)
    assert ok, report
    g.remove((entity_iri("Organization", "Nordic Council"), KG.member, entity_iri("Country", "Iceland")))
    ok, report = validate(g)
    assert not ok and "direct triple (group kg:member member)" in report


@pytest.mark.parametrize("backend", ["oxigraph", "memory"])
def test_members_query_and_a_fact_about_the_group_asked_about_its_members(tmp_path, backend):
    from kg.query import get_query, run_query
    from kg.store import open_store

    store = open_store(tmp_path / "store", backend="oxigraph") if backend == "oxigraph" else open_store(backend="memory")
    store.load_ontology()
    store.add(group_extraction())
    store.flush()
    rows = run_query(store, get_query("members"), {"group": "the Nordic Council"}).values()
    assert [r[:3] for r in rows] == [("Nordic Council", "Iceland", "Country"), ("Nordic Council", "Norway", "Country")]
    assert all(r[3].startswith("Council members") and r[4] == "g-1" for r in rows)
    assert [r[:2] for r in run_query(store, get_query("members"), {"member": "iceland"}).values()] == [("Nordic Council", "Iceland")]
    # the fact "Borduria hosted the Nordic Council", asked about the council's members
    facts = run_query(store, get_query("member-facts"), {"name": "Norway"})
    assert facts.variables == ["member", "group", "part", "relation", "other", "status", "time", "sentence", "article"]
    assert [r[:7] for r in facts.values()] == [("Norway", "Nordic Council", "object", "hosts", "Borduria", "happened", "on Monday")]
    assert run_query(store, get_query("member-facts"), {"name": "Borduria"}).rows == []  # no group of Borduria's
