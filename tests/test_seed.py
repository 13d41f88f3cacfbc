"""End to end on the seed article: the shared scorer, SHACL, isomorphic rebuilds."""
from __future__ import annotations

import importlib.util

import pytest
from rdflib import Dataset, Literal, URIRef
from rdflib.compare import graph_diff, to_isomorphic
from rdflib.namespace import DCTERMS, RDFS

from conftest import SEEDS, need_shared
from kg.namespace import KG

pytestmark = pytest.mark.model


def _load(path):
    ds = Dataset(default_union=True)
    ds.parse(path, format="trig")
    return ds


def test_seed_scores_with_the_shared_scorer(seed_build):
    shared = need_shared()
    spec = importlib.util.spec_from_file_location("score", shared / "eval" / "score.py")
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    import json

    gold = json.loads((shared / "gold" / "seed-000.json").read_text())
    result = score.score(gold, score.load([str(seed_build["trig"])]))
    assert result["f1"] >= 0.9, result
    assert not result["split_entities"] and not result["merged_nodes"], result
    assert not result["missing_entities"], result["missing_entities"]


def test_each_article_is_a_named_graph_with_its_id(seed_build):
    ds = _load(seed_build["trig"])
    names = {g.identifier for g in ds.graphs() if len(g)}
    [article] = [n for n in names if "/article/" in str(n)]
    graph = ds.graph(article)
    assert (article, DCTERMS.identifier, Literal("000_5d0745bbaa764d31")) in graph
    assert seed_build["summary"].articles == 1


def test_only_entities_carry_labels(seed_build):
    ds = _load(seed_build["trig"])
    for s in set(ds.subjects(RDFS.label, None)):
        assert (s, KG.text, None) not in ds, s
    spans = set(ds.subjects(KG.text, None))
    assert spans and not any((s, RDFS.label, None) in ds for s in spans)


def test_output_passes_the_shacl_shapes(seed_build):
    from kg.validate import validate

    conforms, report = validate(_load(seed_build["trig"]))
    assert conforms, report


def test_shapes_reject_a_broken_fact(seed_build):
    from kg.validate import validate

    ds = _load(seed_build["trig"])
    fact = next(ds.subjects(KG.relation, KG.hosts))
    g = next(g for g in ds.graphs() if (fact, KG.relation, KG.hosts) in g)
    g.remove((fact, KG.confidence, None))
    g.add((fact, KG.confidence, Literal(7)))
    agent = next(g.objects(fact, KG.agent))
    g.remove((agent, KG.hosts, None))  # an asserted fact without its direct triple
    conforms, report = validate(ds)
    assert not conforms
    assert "direct triple" in report and "confidence" in report


def test_building_twice_gives_isomorphic_graphs(tmp_path, nlp):
    from kg.build import build

    build([SEEDS], output=tmp_path / "a.nq")
    build([SEEDS], output=tmp_path / "b.nq")
    a, b = Dataset(), Dataset()
    a.parse(tmp_path / "a.nq", format="nquads")
    b.parse(tmp_path / "b.nq", format="nquads")
    names = {g.identifier for g in a.graphs() if len(g)} | {g.identifier for g in b.graphs() if len(g)}
    assert len(names) == 1
    for name in names:
        ia, ib = to_isomorphic(a.graph(name)), to_isomorphic(b.graph(name))
        if ia != ib:
            _, only_a, only_b = graph_diff(ia, ib)
            pytest.fail(f"{name}: only in first: {sorted(only_a)[:5]}\nonly in second: {sorted(only_b)[:5]}")


@pytest.mark.parametrize("suffix,fmt", [(".ttl", "turtle"), (".nt", "nt"), (".jsonld", "json-ld"), (".nq", "nquads"), (".trig", "trig")])
def test_every_output_format_parses_back_with_the_same_facts(tmp_path, nlp, suffix, fmt):
    from kg.build import build

    out = tmp_path / f"seed{suffix}"
    build([SEEDS], output=out)
    ds = Dataset(default_union=True)
    ds.parse(out, format=fmt)
    hosts = {(str(s).rsplit("/", 1)[-1], str(o).rsplit("/", 1)[-1]) for s, _, o in ds.triples((None, KG.hosts, None))}
    assert hosts == {("keir-starmer", "coalition-of-the-willing"), ("emmanuel-macron", "coalition-of-the-willing"),
                     ("friedrich-merz", "coalition-of-the-willing")}


def test_same_entity_gets_the_same_iri_across_articles(tmp_path, nlp):
    from kg.build import build

    (tmp_path / "one.txt").write_text("Emmanuel Macron met Olaf Scholz in Berlin.")
    (tmp_path / "two.txt").write_text("Mr Macron hosted Pedro Sanchez. French president Emmanuel Macron spoke.")
    build([tmp_path], output=tmp_path / "out.trig")
    ds = _load(tmp_path / "out.trig")
    macron = URIRef("https://w3id.org/kg-news/id/person/emmanuel-macron")
    graphs = [g.identifier for g in ds.graphs() if (macron, RDFS.label, None) in g]
    assert len(graphs) == 2
