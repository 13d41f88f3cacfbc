"""Issue 13's benchmark: the name-bound named queries and ``connections`` at about 1M
triples, before and after, in one run on one store.

    python benchmarks/store_queries.py [--articles 2000] [--before 0e9fb16] [--repeats 5]

The store is built from store_load.py's generator (kg's record types, no model).
"Before" runs the query files as they were at git revision ``--before`` (read with
``git show``), bound as they were then (the plain name); "after" runs today's named
queries through :func:`kg.query.run_query`. Both run on the same in-memory store,
which holds today's triples (kg:key included; the old queries ignore them).
Times are medians of ``--repeats`` runs (the old ``connections`` runs once: it takes a minute).
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from store_load import synthetic  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def two_apart(exs):
    """Two people two asserted facts apart (and not one), by label."""
    from kg.model import ASSERTED

    adj = defaultdict(set)
    for ex in exs:
        for f in ex.facts:
            if f.status in ASSERTED:
                s, o = ex.entities[f.subject].label, ex.entities[f.object].label
                adj[s].add(o)
                adj[o].add(s)
    for a in sorted(adj):
        for x in sorted(adj[a]):
            for b in sorted(adj[x]):
                if b != a and b not in adj[a]:
                    return a, b
    raise SystemExit("no two entities two hops apart")


def timed(fn, repeats: int):
    times, n = [], 0
    for _ in range(repeats):
        t0 = time.perf_counter()
        n = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), n


def main() -> None:
    from kg.query import get_query, parse_query_file, run_query
    from kg.rdf import article_triples
    from kg.store import memory_store

    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--before", default="0e9fb16", help="git revision of the old query files")
    ap.add_argument("--repeats", type=int, default=5)
    args = ap.parse_args()

    exs = list(synthetic(args.articles))
    store = memory_store()
    store.load_ontology()
    t0 = time.perf_counter()
    for ex in exs:
        store.add(ex)
    store.flush()
    triples = store.count()
    print(f"{args.articles} synthetic articles, {triples:,} triples in the store, loaded in {time.perf_counter() - t0:.1f} s")

    person = exs[0].entities[0].label
    a, b = two_apart(exs)
    cases = [
        ("entity", {"name": person}),
        ("articles-mentioning", {"name": person}),
        ("visits", {"name": person}),
        ("evidence", {"subject": exs[0].entities[exs[0].facts[0].subject].label,
                      "object": exs[0].entities[exs[0].facts[0].object].label}),
        ("connections", {"from": a, "to": b}),
    ]
    print("\n| query (binding) | before s (rows) | after s (rows) | before / after |")
    print("|---|---|---|---|")
    for name, binding in cases:
        text = subprocess.run(["git", "show", f"{args.before}:kg/queries/{name}.rq"], cwd=ROOT, check=True,
                              capture_output=True, text=True).stdout
        old = parse_query_file(name, text)
        before, n_before = timed(lambda: len(store.query(old.text, binding).rows), 1 if name == "connections" else args.repeats)
        after, n_after = timed(lambda: len(run_query(store, get_query(name), binding).rows), args.repeats)
        shown = ", ".join(f"{k}={v}" for k, v in binding.items())
        print(f"| {name} ({shown}) | {before:.3f} ({n_before}) | {after:.4f} ({n_after}) | {before / after:.0f}x |", flush=True)
    # the other spellings of the same name, which the old queries did not find
    last = person.split()[1]
    for spelling in (person.lower(), f"Mr {person}", f"Mr. {last}"):
        t, n = timed(lambda: len(run_query(store, get_query("entity"), {"name": spelling}).rows), args.repeats)
        print(f"| entity (name={spelling}), after only | | {t:.4f} ({n}) | |")


if __name__ == "__main__":
    main()
