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
from datetime import date, timedelta
from pathlib import Path

from kg.model import Article, Entity, Extraction, Fact, Span

FIRST = ["Anna", "Carl", "Eva", "Jon", "Mia", "Ola", "Per", "Ida", "Lars", "Nina", "Tor", "Siri"]
LAST = ["Berg", "Dahl", "Fisk", "Holm", "Lund", "Moe", "Nes", "Rud", "Strand", "Vik", "Aas", "Lie"]
PLACES = ["Oslo", "Bergen", "Paris", "Berlin", "Rome", "Madrid", "Kyiv", "Warsaw", "Vienna", "Prague"]
RELATIONS = ["hosts", "meets", "demands", "visits", "attends"]
STATUSES = ["planned", "happened", "reported", "negated", "hypothetical"]
#: the time words a third of the facts carry (kg.dates resolves them against the article's date)
TIMES = ["Friday", "on Monday", "next week", "last month", "in April", "May 20"]
SOURCES = ["reuters.com", "apnews.com", "bbc.co.uk", "afp.com"]
#: articles a day, like a wire feed: a week holds as many articles at 1M triples as at 10M
PER_DAY = 20
FIRST_DAY = date(2024, 1, 1)


def synthetic(n: int, seed: int = 1):
    """``n`` articles of kg's shape: 12 people, 4 places, an event and 25 facts each (two of them
    about the event), a third of the facts with a time; published ``PER_DAY`` a day from 2024-01-01."""
    rnd = random.Random(seed)
    for a in range(n):
        text = " ".join(f"Sentence {i} of article {a} about people meeting." for i in range(40))
        people = [f"{rnd.choice(FIRST)} {rnd.choice(LAST)} {rnd.randrange(400)}" for _ in range(12)]
        ents = [Entity(p, "Person", (p.split()[1],), tuple(Span(i * 10, i * 10 + 8, text[i * 10:i * 10 + 8]) for i in range(3))) for p in people]
        ents += [Entity(p, "Place", (), (Span(0, 8, text[:8]),)) for p in rnd.sample(PLACES, 4)]
        ents.append(Entity(f"Summit {rnd.randrange(200)}", "Event", (), (Span(9, 17, text[9:17]),)))
        facts = []
        for k in range(25):
            s, o = rnd.sample(range(12), 2)
            relation = rnd.choice(RELATIONS)
            if k < 2:  # the event: someone hosts or attends it
                relation, o = ("hosts", "attends")[k], 16
            start = (k % 40) * 40
            sent = Span(start, start + 39, text[start:start + 39])
            facts.append(Fact(relation, s, o, rnd.choice(STATUSES), sent, Span(start, start + 8, text[start:start + 8]),
                              0.85, time=rnd.choice(TIMES) if k % 3 == 0 else None, place=12 + k % 4))
        day = (FIRST_DAY + timedelta(days=a // PER_DAY)).isoformat()
        yield Extraction(Article(f"syn-{a}", text, title=f"Article {a}", url=f"https://{SOURCES[a % 4]}/syn-{a}",
                                 published=day), tuple(ents), tuple(facts))


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
