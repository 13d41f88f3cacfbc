"""Issue 3's benchmark: about 1M triples into the embedded store and into rdflib's
in-memory graph, then three named queries on each, with times and ratios.

    python benchmarks/store_load.py [--articles 2600]

The graph is generated from kg's own record types (no model needed): each
synthetic article has people, places and facts like a real one, so the triples
have kg's real shape. rdflib answers the queries through its own SPARQL engine.
"""
from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

from kg.model import Article, Entity, Extraction, Fact, Span

FIRST = ["Anna", "Carl", "Eva", "Jon", "Mia", "Ola", "Per", "Ida", "Lars", "Nina", "Tor", "Siri"]
LAST = ["Berg", "Dahl", "Fisk", "Holm", "Lund", "Moe", "Nes", "Rud", "Strand", "Vik", "Aas", "Lie"]
PLACES = ["Oslo", "Bergen", "Paris", "Berlin", "Rome", "Madrid", "Kyiv", "Warsaw", "Vienna", "Prague"]
RELATIONS = ["hosts", "meets", "demands", "visits", "attends"]
STATUSES = ["planned", "happened", "reported", "negated", "hypothetical"]


def synthetic(n: int, seed: int = 1):
    rnd = random.Random(seed)
    for a in range(n):
        text = " ".join(f"Sentence {i} of article {a} about people meeting." for i in range(40))
        people = [f"{rnd.choice(FIRST)} {rnd.choice(LAST)} {rnd.randrange(400)}" for _ in range(12)]
        ents = [Entity(p, "Person", (p.split()[1],), tuple(Span(i * 10, i * 10 + 8, text[i * 10:i * 10 + 8]) for i in range(3))) for p in people]
        ents += [Entity(p, "Place", (), (Span(0, 8, text[:8]),)) for p in rnd.sample(PLACES, 4)]
        facts = []
        for k in range(25):
            s, o = rnd.sample(range(12), 2)
            start = (k % 40) * 40
            sent = Span(start, start + 39, text[start:start + 39])
            facts.append(Fact(rnd.choice(RELATIONS), s, o, rnd.choice(STATUSES), sent, Span(start, start + 8, text[start:start + 8]),
                              0.85, time="Friday" if k % 3 == 0 else None, place=12 + k % 4))
        yield Extraction(Article(f"syn-{a}", text, title=f"Article {a}"), tuple(ents), tuple(facts))


def main() -> None:
    from rdflib import Dataset

    from kg.query import get_query, run_query
    from kg.rdf import add_article, article_triples, new_dataset
    from kg.store import OxigraphStore

    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=2600)
    args = ap.parse_args()
    exs = list(synthetic(args.articles))
    triples = sum(len(article_triples(ex)) for ex in exs)
    print(f"{args.articles} synthetic articles, {triples:,} triples")

    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        store = OxigraphStore(Path(tmp) / "store", batch=256)
        for ex in exs:
            store.add(ex)
        store.close()
        ox_load = time.perf_counter() - t0
        store = OxigraphStore(Path(tmp) / "store")

        t0 = time.perf_counter()
        ds: Dataset = new_dataset()
        for ex in exs:
            add_article(ds, ex)
        rdflib_load = time.perf_counter() - t0

        queries = [("who-hosts-whom", {"name": "Anna Berg 7"}), ("facts-by-status", {}), ("entities-by-type", {"type": "Place"})]
        rows = []
        for name, binding in queries:
            q = get_query(name)
            t0 = time.perf_counter()
            n_ox = len(run_query(store, q, binding).rows)
            ox_q = time.perf_counter() - t0
            init = {k: __import__("rdflib").Literal(v) for k, v in binding.items()}
            t0 = time.perf_counter()
            n_rdf = len(list(ds.query(q.text, initBindings=init)))
            rdf_q = time.perf_counter() - t0
            rows.append((name, n_ox, n_rdf, ox_q, rdf_q))

    print("\n| step | Oxigraph (embedded, on disk) s | rdflib in memory s | rdflib / Oxigraph |")
    print("|---|---|---|---|")
    print(f"| load {triples:,} triples (per-article transactions) | {ox_load:.1f} | {rdflib_load:.1f} | {rdflib_load / ox_load:.1f}x |")
    for name, n_ox, n_rdf, ox_q, rdf_q in rows:
        print(f"| query {name} ({n_ox} rows; rdflib {n_rdf}) | {ox_q:.3f} | {rdf_q:.3f} | {rdf_q / ox_q:.0f}x |")


if __name__ == "__main__":
    main()
