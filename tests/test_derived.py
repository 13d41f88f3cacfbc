"""What a relation is comes from its declaration: kg's in kg/data/relations.toml, a
user's in their own file (here tests/relations/sanctions.toml). RDF, ontology,
queries, the NetworkX view and the HTML page all follow it; the reasoner agrees."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from rdflib import RDF, Graph, URIRef

from conftest import SEEDS
from fixture_graph import fixture_extractions
from kg.model import Article, Entity, Extraction, Fact, Span
from kg.namespace import KG
from kg.rdf import article_triples, to_dataset
from kg.relations import default_registry

SANCTIONS = Path(__file__).parent / "relations" / "sanctions.toml"
MY = "https://example.org/my#"
SCHEMA_EVENT = URIRef("https://schema.org/Event")


def _span(text: str, words: str) -> Span:
    start = text.index(words)
    return Span(start, start + len(words), words)


def sanctions_extraction() -> Extraction:
    """What the frames of sanctions.toml find in a small text (made by hand: no model needed)."""
    text = "The European Union imposed sanctions on Belarus. Belarus was not sanctioned by Japan."
    first, second = _span(text, text.split(". ")[0] + "."), _span(text, text.split(". ")[1])
    entities = (
        Entity("European Union", "Organization", ("EU",), (_span(text, "European Union"),)),
        Entity("Belarus", "Country", (), (_span(text, "Belarus"),)),
        Entity("Minsk", "Place", (), ()),
        Entity("Japan", "Country", (), (_span(text, "Japan"),)),
    )
    facts = (
        Fact("sanctions", 0, 1, "happened", first, _span(text, "sanctions"), 0.85),
        Fact("sanctions", 3, 1, "negated", second, _span(text, "sanctioned"), 0.85),
    )
    return Extraction(Article("sx-1", text, title="EU sanctions Belarus"), entities, facts)


# --------------------------------------------------------------- derived, not copied
def test_relation_lists_are_the_registry():
    from kg import model, namespace, render

    reg = default_registry()
    assert model.RELATIONS == reg.names
    assert namespace.RELATION == {r.name: r.predicate for r in reg}
    assert namespace.FACT_CLASS == {r.name: r.fact_class for r in reg}
    assert all(KG[r.name] == r.predicate and KG[r.fact_class_name] == r.fact_class for r in reg)
    assert [x["name"] for x in render.relation_legend(__import__("networkx").MultiDiGraph(), reg)] == list(reg.names)
    assert {x["name"]: x["color"] for x in render.relation_legend(__import__("networkx").MultiDiGraph())} == {r.name: r.color for r in reg}


def test_no_module_downstream_lists_the_relations():
    """A relation added to relations.toml needs no edit here: no module or query names all five."""
    root = Path(__file__).resolve().parents[1] / "kg"
    files = [root / f for f in ("model.py", "namespace.py", "rdf.py", "render.py", "view.py", "evaluate.py", "store.py", "ontology.py", "validate.py")]
    files += [*(root / "queries").glob("*.rq"), *(root / "web").glob("*.js")]
    for f in files:
        text = f.read_text(encoding="utf-8")
        named = {r for r in default_registry().names if re.search(rf"\b{r}\b", text)}
        assert len(named) < 3, f"{f.name} lists relations by name: {sorted(named)}"
    shapes = (root / "ontologies" / "kg-shapes.ttl").read_text(encoding="utf-8")
    assert not re.search(r"kg:(hosts|meets|demands|visits|attends)\b|kg:(Hosting|Meeting|Visit|Attendance)\b", shapes)


# --------------------------------------------------------------- symmetric relations: one direction
def test_the_same_meeting_is_written_the_same_way_from_either_article():
    def article(aid: str, text: str, first: str, second: str) -> Extraction:
        ents = (Entity(first, "Person", (), (_span(text, first),)), Entity(second, "Person", (), (_span(text, second),)))
        fact = Fact("meets", 0, 1, "happened", Span(0, len(text), text), _span(text, "met"), 0.9)
        return Extraction(Article(aid, text), ents, (fact,))

    a = article("a", "Eva Fisk met Carl Dahl.", "Eva Fisk", "Carl Dahl")
    b = article("b", "Carl Dahl met Eva Fisk.", "Carl Dahl", "Eva Fisk")

    def claims(ex):
        t = article_triples(ex)
        direct = {(s, o) for s, p, o in t if p == KG.meets}
        fact = next(s for s, p, _ in t if p == KG.relation)
        nodes = {(next(o for s, p, o in t if s == fact and p == KG.agent), next(o for s, p, o in t if s == fact and p == KG.object))}
        return direct, nodes

    assert claims(a) == claims(b)
    direct, nodes = claims(a)
    (s, o), = direct
    assert str(s) < str(o) and nodes == direct  # subject IRI first, on the triple and the fact node alike


def test_directed_relations_keep_their_direction():
    ex = fixture_extractions()[0]  # "Anna Berg will host Carl Dahl", "Dahl demanded ... Tromso"
    t = article_triples(ex)
    assert (URIRef("https://w3id.org/kg-news/id/person/carl-dahl"), KG.demands, URIRef("https://w3id.org/kg-news/id/place/tromso")) in t


# --------------------------------------------------------------- a user's relation, end to end after extraction
def test_a_user_relation_in_the_rdf_the_query_the_view_and_the_page(tmp_path):
    from kg.ontology import ontology_graph
    from kg.query import get_query, run_query
    from kg.render import generate_html, to_pyvis
    from kg.store import open_store
    from kg.view import to_networkx

    reg = default_registry().extended(SANCTIONS)
    ex = sanctions_extraction()
    triples = article_triples(ex, reg)
    sanctions, sanctioning = URIRef(MY + "sanctions"), URIRef(MY + "Sanctioning")
    assert (URIRef("https://w3id.org/kg-news/id/organization/european-union"), sanctions,
            URIRef("https://w3id.org/kg-news/id/place/belarus")) in triples
    assert sum(1 for t in triples if t[1] == RDF.type and t[2] == sanctioning) == 2
    assert sum(1 for t in triples if t[1] == sanctions) == 1  # the negated one has no direct triple

    store = open_store(backend="memory")
    store.load_ontology(ontology_graph(reg))
    store.add_triples(ex.article.id, triples)
    store.flush()
    for name in ("sanctions", f"<{MY}sanctions>"):
        rows = run_query(store, get_query("facts-by-relation"), {"relation": name}).values()
        assert [(r[0], r[1], r[2]) for r in rows] == [("European Union", "Belarus", "happened"), ("Japan", "Belarus", "negated")], name
    # connections walks the relations the ontology declares, the user's included
    paths = run_query(store, get_query("connections"), {"from": "EU", "to": "Belarus"}).values()
    assert paths and paths[0][0] == "1"

    g = to_networkx(store)  # no registry given: the relation's name is read from its IRI
    assert sorted((d["relation"], d["status"]) for *_, d in g.edges(data=True)) == [("sanctions", "happened"), ("sanctions", "negated")]
    page = generate_html(to_pyvis(g, relations=reg))
    data = json.loads(re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S).group(1))
    legend = {r["name"]: r for r in data["legend"]["relations"]}
    assert legend["sanctions"] == {"name": "sanctions", "color": "#9c27b0", "symmetric": False, "count": 2}
    assert legend["meets"]["symmetric"] and legend["hosts"]["count"] == 0
    assert {e["color"] for e in data["edges"] if e["kgStatus"] == "happened"} == {"#9c27b0"}
    # read without the user's file, the page still keys the relation found in the graph
    legend = {r["name"]: r for r in json.loads(re.search(r'id="kg-data">(.*?)</script>', generate_html(to_pyvis(g)), re.S).group(1))["legend"]["relations"]}
    assert legend["sanctions"]["count"] == 2


def test_symmetric_edges_have_no_arrow():
    from kg.render import to_pyvis
    from kg.store import open_store
    from kg.view import to_networkx
    from fixture_graph import load_fixture

    store = open_store(backend="memory")
    store.load_ontology()
    net = to_pyvis(to_networkx(load_fixture(store)))
    arrows = {(e["kgRelation"], e["arrows"]) for e in net.edges}
    assert ("meets", "") in arrows and ("hosts", "to") in arrows


# --------------------------------------------------------------- what a reasoner makes of the graph
def _closure(triples) -> Graph:
    import owlrl

    from kg.ontology import ontology_graph

    g = Graph()
    for t in triples:
        g.add(t[:3])
    g += ontology_graph()
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(g)
    return g


def _check_reasoning(g: Graph) -> None:
    claims = [f for f in g.subjects(KG.status, None) if set(g.objects(f, KG.status)) & {KG.Negated, KG.Hypothetical}]
    for f in claims:
        assert (f, RDF.type, SCHEMA_EVENT) not in g, f"a negated or hypothetical fact became an event: {f}"
        assert (f, RDF.type, KG.Fact) in g
    facts = set(g.subjects(KG.relation, None))
    assert facts and not any((f, RDF.type, SCHEMA_EVENT) in g for f in facts)  # no fact at all is an event
    meets = list(g.subject_objects(KG.meets))
    assert meets and all((o, KG.meets, s) in g for s, o in meets)


def test_owl_rl_on_the_fixture():
    g = _closure(t for ex in fixture_extractions() for t in article_triples(ex))
    _check_reasoning(g)
    assert any(True for f in g.subjects(KG.status, KG.Negated))  # "Anna Berg did not attend the summit"
    assert (URIRef("https://w3id.org/kg-news/id/event/fx-2/summit"), RDF.type, SCHEMA_EVENT) in g  # the summit is one


@pytest.mark.model
def test_owl_rl_on_the_seed():
    from kg.build import build_dataset

    ds = build_dataset(sorted(SEEDS.glob("*.txt")))
    _check_reasoning(_closure(ds.quads((None, None, None, None))))


def test_tribute_words_agree_with_the_frames_that_read_them():
    """The support frames of laying a wreath and paying homage and the words that make a name after "at" a site
    (lexicon.TRIBUTE_NOUNS) name the same things."""
    from kg.extract import lexicon as lx

    nouns = {n for f in default_registry()["visits"].frames if f.kind == "support" and set(f.verbs) & {"lay", "pay"}
             for n in f.lemmas}
    assert nouns and {n.removesuffix("s") for n in nouns} <= lx.TRIBUTE_NOUNS
