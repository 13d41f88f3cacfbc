"""Issue 15: ``--dask local:2`` against ``--workers 2`` on the same articles, in one run.

    python benchmarks/dask_vs_workers.py [--limit 2000] [--partition 250]

The first LIMIT articles of ../shared/corpora/reuters/reuters-21578.jsonl (copied to
a temporary file, so both builds read the same bytes), built twice on this machine,
each to an N-Quads file and a fresh embedded store:

- ``kg.build.build(workers=2)``: the one-machine path (a process pool of 2);
- ``kg.distributed.build_on_dask`` on a ``LocalCluster`` of 2 worker processes
  (one thread each): its extraction time, the shards' count and size, the time
  Oxigraph's bulk loader took on them, and each worker's peak resident memory.

Prints one JSON object: wall-clock seconds of both builds and their ratio (the
issue's target is an overhead of at most 10 %), and the figures above, plus words
per second per worker (for sizing a backfill: docs/dask.md).
"""
from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

REUTERS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "reuters" / "reuters-21578.jsonl"


def _peak_rss_mib() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    from distributed import Client, LocalCluster

    from kg.build import build
    from kg.distributed import build_on_dask
    from kg.store import open_store

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=2000)
    parser.add_argument("--partition", type=int, default=None, help="articles per Dask task [default: kg's]")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="kg-dask-bench-") as tmp:
        tmp = Path(tmp)
        source = tmp / "reuters.jsonl"
        with REUTERS.open(encoding="utf-8") as f, source.open("w", encoding="utf-8") as out:
            for n, line in zip(range(args.limit), f):
                out.write(line)

        store = open_store(tmp / "one-store")
        store.load_ontology()
        t = time.perf_counter()
        one = build([source], output=tmp / "one.nq", sinks=[store], workers=2)
        one_s = time.perf_counter() - t

        cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0")
        client = Client(cluster)
        try:
            store = open_store(tmp / "dask-store")
            store.load_ontology()
            t = time.perf_counter()
            dask = build_on_dask([source], cluster=client, output=tmp / "dask.nq", sinks=[store],
                                 shards=tmp / "shards", partition_size=args.partition)
            dask_s = time.perf_counter() - t
            memory = client.run(_peak_rss_mib)
        finally:
            client.close()
            cluster.close()
        shards = sorted((tmp / "shards").glob("part-*.nq"))

        # the load alone, again, into a fresh store: Oxigraph's bulk loader on the shards
        from kg.distributed import Shard, load_shards

        fresh = open_store(tmp / "load-store")
        t = time.perf_counter()
        load_shards(fresh, [Shard(str(p), [("x", 1)], None) for p in shards])
        fresh.close()
        load_s = time.perf_counter() - t
        quads = sum(1 for p in shards for _ in p.open("rb"))
        shard_mb = sum(p.stat().st_size for p in shards) / 1e6

    figures = {
        "articles": dask.articles,
        "words": dask.words,
        "workers_2_s": round(one_s, 1),
        "dask_local_2_s": round(dask_s, 1),
        "dask_over_workers": round(dask_s / one_s, 3),
        "dask": dask.outputs.get("dask"),
        "shards": len(shards),
        "shard_mb": round(shard_mb, 1),
        "quads": quads,
        "bulk_load_s": round(load_s, 2),
        "bulk_load_quads_per_s": round(quads / load_s) if load_s else None,
        "worker_peak_rss_mib": {k.rsplit(":", 1)[-1]: round(v) for k, v in memory.items()},
        "words_per_s_per_worker": round(dask.words / dask_s / 2),
        "same_counts": (one.articles, one.entities, one.facts) == (dask.articles, dask.entities, dask.facts),
    }
    print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
