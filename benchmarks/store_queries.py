"""Issue 13's benchmark: every named query, with its typical binding, on the embedded store
(Oxigraph on disk) at about 1M and 10M triples; the store's size on disk and load time.

    python benchmarks/store_queries.py [--articles 1180 11800] [--repeats 5] [--dir /tmp/kg-store-queries]
    python benchmarks/store_queries.py --table [--dir ...]          # the table again, from the saved results
    python benchmarks/store_queries.py --before 0e9fb16 [--articles 2000]   # old query files against today's

The store is built from store_load.py's generator (kg's record types, no model: 20 articles a
day, each with 12 people, 4 places, an event and 25 facts). It is loaded as two builds: all
but the last day's articles, then the last day's (``changes-since`` asks for the second), as
``kg build`` loads it (:meth:`kg.store.BaseStore.add`, one transaction per 256 articles), then
consolidated (:func:`kg.consolidate.consolidate_store`), then opened read-only as ``kg query``
opens it; a store built without the counts kg keeps (:mod:`kg.summary`, by an older kg) gets them
first, timed. Each query runs ``--repeats`` times (median) as ``kg query`` runs it: the first ``--limit``
rows (kg query's default, 100); when the answer goes on, its whole (``--limit 0``) once too.
"Listing" rows are the unbound forms,
whose answers grow with the store, run ``--listing-repeats`` times. Results are saved per size
in ``--dir`` as JSON, so the sizes can run one at a time; the table is printed from all of them.

``--before REV`` is the comparison of the issue's first part: the query files as they were at
git revision REV (read with ``git show``) against today's, on one in-memory store.
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from store_load import FIRST_DAY, PER_DAY, synthetic  # noqa: E402

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


def timed(fn, repeats: int) -> tuple[float, int]:
    times, n = [], 0
    for _ in range(repeats):
        t0 = time.perf_counter()
        n = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), n


def cases(n: int, since: str) -> list[tuple[str, dict, str]]:
    """(query, binding, kind) for a store of the generator's first ``n`` articles."""
    head = list(synthetic(min(n, 200)))
    ex = head[0]
    person = ex.entities[0].label
    fact = ex.facts[0]
    a, b = two_apart(head)
    middle = FIRST_DAY + timedelta(days=(n // PER_DAY) // 2)
    monday = middle - timedelta(days=middle.weekday())
    week = {"start": monday.isoformat(), "end": (monday + timedelta(days=6)).isoformat()}
    event = next(e.label for e in ex.entities if e.type == "Event")
    return [
        ("entity", {"name": person}, "typical"),
        ("articles-mentioning", {"name": person}, "typical"),
        ("who-hosts-whom", {"name": person}, "typical"),
        ("meetings", {"name": person}, "typical"),
        ("demands", {"name": person}, "typical"),
        ("visits", {"name": person}, "typical"),
        ("evidence", {"subject": ex.entities[fact.subject].label, "object": ex.entities[fact.object].label}, "typical"),
        ("connections", {"from": a, "to": b}, "typical"),
        ("co-participants", {"event": event}, "typical"),
        ("facts-per-article", {"article": f"syn-{n // 2}"}, "typical"),
        ("entities-by-type", {"type": "Event"}, "typical"),
        ("facts-by-status", {"status": "planned"}, "typical"),
        ("facts-by-relation", {"relation": "meets"}, "typical"),
        ("corroboration", {"min": "2"}, "typical"),
        ("lifecycle", {"name": person}, "typical"),
        ("contradictions", {"name": person}, "typical"),
        ("facts-between", week, "typical"),
        ("changes-since", {"since": since}, "typical"),
        # the unbound forms: every fact, entity or count of the store
        ("who-hosts-whom", {}, "listing"),
        ("facts-by-status", {}, "listing"),
        ("entities-by-type", {"type": "Person"}, "listing"),
        ("facts-per-article", {}, "listing"),
    ]


def disk_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def build_store(path: Path, n: int) -> dict:
    """The generator's first ``n`` articles into an embedded store at ``path``, as two builds."""
    import shutil

    from kg.consolidate import consolidate_store
    from kg.store import OxigraphStore, load_time

    shutil.rmtree(path, ignore_errors=True)
    t0 = time.perf_counter()
    store = OxigraphStore(path, batch=256)
    store.load_ontology()
    articles = synthetic(n)
    for _ in range(n - PER_DAY):
        store.add(next(articles))
    store.close()
    since = str(load_time())  # between the two builds: changes-since asks for the second
    store = OxigraphStore(path, batch=256)
    for ex in articles:
        store.add(ex)
    store.close()
    load = time.perf_counter() - t0
    t0 = time.perf_counter()
    with OxigraphStore(path) as store:
        done = consolidate_store(store)
    consolidate = time.perf_counter() - t0
    return {"articles": n, "load_s": load, "consolidate_s": consolidate, "consolidated_facts": done.facts, "since": since}


def counts(path: Path) -> dict:
    """A store built before kg kept counts (kg.summary) gets them, timed: what an existing store
    pays once, at its first write or kg consolidate."""
    from kg.store import OxigraphStore
    from kg.summary import WHOLE, rebuild_summary

    with OxigraphStore(path, read_only=True) as store:
        if store.summary_node(WHOLE):
            return {}
    t0 = time.perf_counter()
    with OxigraphStore(path) as store:
        triples = rebuild_summary(store)
    seconds = time.perf_counter() - t0
    print(f"counted the store {path} (kg.summary): {triples:,} triples in {seconds:.0f} s", flush=True)
    return {"summary_s": seconds, "summary_triples": triples}


def measure(args, n: int) -> dict:
    from kg.query import get_query, run_query
    from kg.store import OxigraphStore

    path = Path(args.dir) / f"store-{n}"
    meta_file = Path(args.dir) / f"store-{n}.json"
    if args.reuse and meta_file.is_file() and path.is_dir():
        meta = json.loads(meta_file.read_text())
    else:
        print(f"building the store of {n} articles in {path} ...", flush=True)
        meta = build_store(path, n)
    meta.update(counts(path))
    store = OxigraphStore(path, read_only=True)
    meta["triples"] = store.count()
    meta["disk_bytes"] = disk_size(path)
    print(f"{n} articles: {meta['triples']:,} triples, {meta['disk_bytes'] / 2**20:.0f} MiB on disk, "
          f"loaded in {meta['load_s']:.0f} s, consolidated in {meta['consolidate_s']:.0f} s", flush=True)
    results = []
    limit = args.limit or None
    for name, binding, kind in cases(n, meta["since"]):
        repeats = args.repeats if kind == "typical" else args.listing_repeats
        q = get_query(name)
        run_query(store, q, binding, limit=limit)  # once to warm the caches, as a user's second query
        page = run_query(store, q, binding, limit=limit)
        seconds, rows = timed(lambda: len(run_query(store, q, binding, limit=limit).rows), repeats)
        result = {"query": name, "binding": binding, "kind": kind, "ms": seconds * 1000, "rows": rows, "repeats": repeats,
                  "limit": limit, "more": page.more}
        if page.more:  # the whole answer too (--limit 0), once
            all_s, all_rows = timed(lambda: len(run_query(store, q, binding).rows), 1)
            result.update(all_ms=all_s * 1000, all_rows=all_rows)
        results.append(result)
        whole = f"  (all {result['all_rows']} rows: {result['all_ms']:.1f} ms)" if page.more else ""
        print(f"  {name:20} {kind:8} {seconds * 1000:9.1f} ms {rows:7} rows{whole}  {binding}", flush=True)
    store.close()
    meta["results"] = results
    meta_file.write_text(json.dumps(meta, indent=1))
    return meta


def table(directory: Path) -> None:
    runs = sorted((json.loads(p.read_text()) for p in directory.glob("store-*.json")), key=lambda m: m["articles"])
    runs = [r for r in runs if "results" in r]
    if not runs:
        raise SystemExit(f"no results in {directory}")
    sizes = [f"{r['triples'] / 1e6:.1f} M" for r in runs]
    limit = runs[0]["results"][0].get("limit")
    page = f"first {limit} rows" if limit else "all rows"
    print("\n| query | binding | " + " | ".join(f"ms at {s}, {page} (rows)" for s in sizes)
          + " | " + " | ".join(f"ms at {s}, all rows (rows)" for s in sizes) + " |")
    print("|---|---|" + "---|" * (2 * len(runs)))
    first = runs[0]["results"]
    for i, case in enumerate(first):
        bindings = [", ".join(f"{k}={v}" for k, v in r["results"][i]["binding"].items()) or "(none)" for r in runs]
        shown = bindings[0] if len(set(bindings)) == 1 else "; ".join(f"{b} at {s}" for b, s in zip(bindings, sizes))
        if case["kind"] == "listing":
            shown += " — listing"
        cells = []
        for r in runs:
            c = r["results"][i]
            cells.append(f"{c['ms']:.1f} ({c['rows']})")
        for r in runs:  # the whole answer, where the page was not all of it
            c = r["results"][i]
            cells.append(f"{c['all_ms']:.1f} ({c['all_rows']})" if c.get("more") else "= page")
        print(f"| {case['query']} | {shown} | " + " | ".join(cells) + " |")
    print("\n| store | articles | triples | size on disk | load | consolidation |")
    print("|---|---|---|---|---|---|")
    for s, r in zip(sizes, runs):
        print(f"| {s} | {r['articles']:,} | {r['triples']:,} | {r['disk_bytes'] / 2**20:,.0f} MiB | {r['load_s']:.0f} s | {r['consolidate_s']:.0f} s |")


def before_after(args) -> None:
    """The query files at git revision ``args.before`` against today's, on one in-memory store."""
    from kg.query import get_query, parse_query_file, run_query
    from kg.store import memory_store

    n = args.articles[0]
    exs = list(synthetic(n))
    store = memory_store()
    store.load_ontology()
    for ex in exs:
        store.add(ex)
    store.flush()
    print(f"{n} synthetic articles, {store.count():,} triples in memory")
    person = exs[0].entities[0].label
    a, b = two_apart(exs)
    print("\n| query (binding) | before s (rows) | after s (rows) | before / after |")
    print("|---|---|---|---|")
    for name, binding in [("entity", {"name": person}), ("articles-mentioning", {"name": person}), ("visits", {"name": person}),
                          ("connections", {"from": a, "to": b})]:
        text = subprocess.run(["git", "show", f"{args.before}:kg/queries/{name}.rq"], cwd=ROOT, check=True,
                              capture_output=True, text=True).stdout
        old = parse_query_file(name, text)
        before, n_before = timed(lambda: len(store.query(old.text, binding).rows), 1)
        after, n_after = timed(lambda: len(run_query(store, get_query(name), binding).rows), args.repeats)
        shown = ", ".join(f"{k}={v}" for k, v in binding.items())
        print(f"| {name} ({shown}) | {before:.3f} ({n_before}) | {after:.4f} ({n_after}) | {before / after:.0f}x |", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, nargs="+", default=[1180, 11800], help="store sizes, in articles (1180: about 1M triples)")
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--listing-repeats", type=int, default=1)
    ap.add_argument("--limit", type=int, default=None,
                    help="rows a query returns (a page), as kg query's --limit; default kg query's own, 0 for all")
    ap.add_argument("--dir", default="/tmp/kg-store-queries", help="where the stores and results are kept")
    ap.add_argument("--reuse", action="store_true", help="query the stores already built in --dir")
    ap.add_argument("--table", action="store_true", help="print the table of the results saved in --dir")
    ap.add_argument("--before", help="git revision of old query files to compare with (in memory)")
    args = ap.parse_args()
    if args.limit is None:
        from kg.cli import DEFAULT_LIMIT

        args.limit = DEFAULT_LIMIT
    if args.before:
        return before_after(args)
    Path(args.dir).mkdir(parents=True, exist_ok=True)
    if not args.table:
        for n in args.articles:
            measure(args, n)
    table(Path(args.dir))


if __name__ == "__main__":
    main()
