"""kg build --dask (kg.distributed): partitions read as the whole input is, the same graph as one
machine, and a worker killed mid-run costs nothing but time."""
from __future__ import annotations

import json
import os
import signal
import threading
import time
from pathlib import Path

import pytest

from kg.distributed import partitions, read_partition
from kg.inputs import read_articles

WIKINEWS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "wikinews" / "wikinews-en.jsonl"


def corpus(path: Path, n: int) -> Path:
    """``n`` Wikinews articles; past the corpus's end, the same ones again under new ids
    (so surnames alone in the copies meet full names learned from the first pass)."""
    if not WIKINEWS.is_file():
        pytest.skip("../shared/corpora/wikinews is not beside this checkout")
    rows = [json.loads(line) for line in WIKINEWS.open(encoding="utf-8") if line.strip()]
    with path.open("w", encoding="utf-8") as f:
        for k in range(n):
            row = dict(rows[k % len(rows)])
            if k >= len(rows):
                row["id"] = f"{row['id']}-copy{k // len(rows)}"
            f.write(json.dumps(row) + "\n")
    return path


def test_partitions_read_what_the_whole_input_reads(tmp_path):
    """Line ranges and file lists together give the records read_articles gives, with the same line numbers."""
    lines = [json.dumps({"id": f"a{n}", "text": f"Text {n}."}) for n in range(7)]
    lines[2] = "not json"
    lines[4] = json.dumps({"id": "a4", "text": "four"}) + "\r" + json.dumps({"id": "a4b", "text": "lone CR"})
    (tmp_path / "feed.jsonl").write_text("\n".join(lines) + "\n\n", encoding="utf-8")
    folder = tmp_path / "texts"
    folder.mkdir()
    for n in range(5):
        (folder / f"t{n}.txt").write_text(f"Story {n}.", encoding="utf-8")
    inputs = [tmp_path / "feed.jsonl", folder, tmp_path / "missing.txt"]
    for size in (1, 2, 3, 100):
        parts, skipped = partitions(inputs, size=size)
        got = [r for p in parts for r in read_partition(p)] + skipped
        whole = list(read_articles(inputs))
        assert sorted(map(repr, got)) == sorted(map(repr, whole)), size
        assert [p.index for p in parts] == list(range(len(parts)))


def test_a_malformed_local_cluster_is_refused(tmp_path):
    from typer.testing import CliRunner

    from kg.cli import app

    result = CliRunner().invoke(app, ["build", str(tmp_path), "--dask", "local:none", "--no-store", "--no-html", "-q"])
    assert result.exit_code == 2
    assert "local:N" in result.output


def _graphs(path: Path) -> dict:
    from rdflib import Dataset

    ds = Dataset()
    ds.parse(path, format="nquads")
    return {str(g.identifier): g for g in ds.graphs() if len(g)}


def assert_isomorphic_datasets(expected: Path, actual: Path) -> None:
    """Graph by graph, naming the articles whose graphs differ and the first triples that do."""
    from rdflib.compare import graph_diff, isomorphic, to_isomorphic

    a, b = _graphs(expected), _graphs(actual)
    assert set(a) == set(b), f"only one machine: {sorted(set(a) - set(b))[:5]}; only Dask: {sorted(set(b) - set(a))[:5]}"
    differ = [name for name in a if not isomorphic(a[name], b[name])]
    if differ:
        _, only_a, only_b = graph_diff(to_isomorphic(a[differ[0]]), to_isomorphic(b[differ[0]]))
        pytest.fail(f"{len(differ)} graph(s) differ, first {differ[0]}:\n only one machine: {sorted(only_a)[:5]}\n only Dask: {sorted(only_b)[:5]}")


@pytest.mark.slow
@pytest.mark.model
def test_dask_local_2_gives_the_graph_of_one_worker(tmp_path):
    """200 articles: --dask local:2 and --workers 1 give isomorphic datasets, in the RDF file and
    in the store the shards were bulk-loaded into (one named graph per article kept)."""
    from kg.build import build
    from kg.distributed import build_on_dask
    from kg.store import open_store

    source = corpus(tmp_path / "200.jsonl", 200)
    one_store, dask_store = open_store(tmp_path / "one-store"), open_store(tmp_path / "dask-store")
    for store in (one_store, dask_store):
        store.load_ontology()
    one = build([source], output=tmp_path / "one.nq", sinks=[one_store], workers=1)
    dask = build_on_dask([source], cluster="local:2", output=tmp_path / "dask.nq", sinks=[dask_store])
    assert one.articles == dask.articles == 200
    assert (one.entities, one.facts, one.statuses) == (dask.entities, dask.facts, dask.statuses)
    assert_isomorphic_datasets(tmp_path / "one.nq", tmp_path / "dask.nq")
    with open_store(tmp_path / "one-store", read_only=True) as a, open_store(tmp_path / "dask-store", read_only=True) as b:
        assert a.heads() == b.heads()
        assert a.count() == b.count()
    assert len(list((tmp_path / "shards").glob("part-*.nq"))) >= 2


@pytest.mark.slow
@pytest.mark.model
def test_a_worker_killed_mid_run_still_builds_every_article_once(tmp_path):
    """The test kills a worker process while tasks run: Dask runs its tasks again elsewhere,
    every article ends in the graph once, and no half-written shard is left."""
    from distributed import Client, LocalCluster

    from kg.distributed import build_on_dask

    source = corpus(tmp_path / "60.jsonl", 60)
    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0")
    client = Client(cluster)
    box: dict = {}

    def run() -> None:
        try:
            box["summary"] = build_on_dask([source], cluster=client, output=tmp_path / "graph.nq", partition_size=5)
        except BaseException as exc:  # handed to the test's thread
            box["error"] = exc

    try:
        thread = threading.Thread(target=run)
        thread.start()
        deadline = time.monotonic() + 120
        while not any(client.processing().values()) and time.monotonic() < deadline:
            time.sleep(0.2)
        time.sleep(3)  # the pipeline loaded, tasks under way
        pids = client.run(os.getpid)
        victim = sorted(pids.values())[0]
        os.kill(victim, signal.SIGKILL)
        thread.join(600)
        assert not thread.is_alive()
        assert "error" not in box, box.get("error")
        assert victim not in client.run(os.getpid).values()  # the kill did happen
    finally:
        client.close()
        cluster.close()
    summary = box["summary"]
    assert summary.articles == 60 and not summary.skipped
    lines = (tmp_path / "graph.nq").read_text(encoding="utf-8").splitlines()
    graphs = {line.rsplit(" ", 2)[1] for line in lines}
    assert len(_graphs(tmp_path / "graph.nq")) == 60 == len(graphs)
    shards = tmp_path / "shards"
    assert not [p.name for p in shards.iterdir() if p.name.startswith(".")]  # no temporary file left
    per_shard = [{line.rsplit(" ", 2)[1] for line in p.read_text(encoding="utf-8").splitlines()} for p in sorted(shards.glob("*.nq"))]
    assert sum(map(len, per_shard)) == 60  # each article in one shard only
