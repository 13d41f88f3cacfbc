"""Issue 14: consolidating a whole store across articles, and updating it after one changed article.

    kg build ../shared/corpora/reuters/reuters-21578.jsonl -o reuters.nq --store reuters-store --no-html --no-consolidate
    python benchmarks/consolidate_update.py --store reuters-store [--changes 20] [--check 5] [--seed 14]

Works on a copy of the store (the one given is left as it is). Times, in this process:

1. :func:`kg.consolidate.consolidate_store`, the whole consolidation, three times (the first
   also loads GeoNames' cities, for comparing event places);
2. :func:`kg.consolidate.update_store` after one changed article, ``--changes`` times: an
   article with facts, picked at random, has one fact's status changed in its graph (planned
   becomes happened, anything else negated: the change a corrected article makes), the graph
   is replaced in the store, and the update is timed. The first ``--check`` updates are
   compared with a whole consolidation of the same store, triple for triple.

Process start, the model and the article's own extraction are not included (kg build's cost
for an unchanged corpus is in rebuild_unchanged.py and throughput.py).
"""
from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from rdflib import URIRef

KG = "https://w3id.org/kg-news/ns#"
ARTICLES_WITH_EVENTS = """
PREFIX kg: <https://w3id.org/kg-news/ns#>
SELECT DISTINCT ?article WHERE { GRAPH ?article { ?e a kg:Event } }
"""
ARTICLES_WITH_FACTS = """
PREFIX kg: <https://w3id.org/kg-news/ns#>
SELECT DISTINCT ?article WHERE { GRAPH ?article { ?f kg:relation ?r } } ORDER BY ?article
"""


def changed(triples: list[tuple], rng: random.Random) -> list[tuple]:
    """The graph with one fact's status changed."""
    facts = sorted({s for s, p, o in triples if str(p) == KG + "status"})
    fact = rng.choice(facts)
    out = []
    for s, p, o in triples:
        if s == fact and str(p) == KG + "status":
            o = URIRef(KG + ("Happened" if str(o) == KG + "Planned" else "Negated"))
        out.append((s, p, o))
    return out


def main() -> None:
    from kg.consolidate import CONSOLIDATED_GRAPH, consolidate_store, update_store
    from kg.store import OxigraphStore

    ap = argparse.ArgumentParser()
    ap.add_argument("--store", required=True, type=Path, help="a store kg build made (not changed: a copy is used)")
    ap.add_argument("--changes", type=int, default=20)
    ap.add_argument("--check", type=int, default=5, help="compare this many updates with a whole consolidation")
    ap.add_argument("--seed", type=int, default=14)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "store"
        shutil.copytree(args.store, copy)
        store = OxigraphStore(copy)
        articles = len(store.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?g a <https://w3id.org/kg-news/ns#Article> } }").rows)
        triples = store.count()
        whole = []
        for _ in range(3):
            t0 = time.perf_counter()
            done = consolidate_store(store)
            whole.append(time.perf_counter() - t0)
        print(f"store: {articles:,} articles, {triples:,} triples")
        print(f"whole consolidation: {done.claims:,} claims -> {done.facts:,} facts, {done.events} merged events, "
              f"{done.corroborated} from 2+ sources, {done.contradictions} contradicted, {dict(done.lifecycles)}")
        print(f"  seconds: first {whole[0]:.2f} (loads GeoNames), then {whole[1]:.2f}, {whole[2]:.2f}")

        with_facts = [row[0] for row in store.query(ARTICLES_WITH_FACTS).values()]
        with_events = {row[0] for row in store.query(ARTICLES_WITH_EVENTS).values()}
        updates, rewritten, checked, by_kind = [], [], 0, {True: [], False: []}
        for n in range(args.changes):
            article = URIRef(rng.choice(with_facts))
            store.replace_graphs({article: changed(store.graph_triples(article), rng)})
            t0 = time.perf_counter()
            done = update_store(store, [article])
            updates.append(time.perf_counter() - t0)
            by_kind[str(article) in with_events].append(updates[-1])
            rewritten.append(done.updated)
            if n < args.check:
                after = set(store.graph_triples(CONSOLIDATED_GRAPH))
                consolidate_store(store)
                same = after == set(store.graph_triples(CONSOLIDATED_GRAPH))
                checked += same
                if not same:
                    print(f"  update {n} ({article}) differs from a whole consolidation")
        print(f"update after one changed article ({args.changes} articles, seed {args.seed}): "
              f"median {statistics.median(updates):.3f} s, min {min(updates):.3f}, max {max(updates):.3f}; "
              f"consolidated facts rewritten per update: median {statistics.median(rewritten)}, max {max(rewritten)}")
        for events, times in sorted(by_kind.items()):
            if times:
                print(f"  articles {'with' if events else 'without'} events ({len(times)}): median {statistics.median(times):.3f} s, "
                      f"max {max(times):.3f}" + (" (the events connected to the article's are merged again)" if events else ""))
        print(f"  the same graph as a whole consolidation: {checked} of {min(args.check, args.changes)} checked")
        print(f"  load average while measuring: {' '.join(f'{x:.1f}' for x in os.getloadavg())} ({os.cpu_count()} cores)")
        store.close()


if __name__ == "__main__":
    main()
