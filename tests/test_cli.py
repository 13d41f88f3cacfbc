"""The kg command as a user runs it: build, rebuild, skip bad input, query, render, analyze."""
from __future__ import annotations

import shutil

import pytest
from typer.testing import CliRunner

from conftest import SEEDS
from kg.cli import app

pytestmark = pytest.mark.model


@pytest.fixture
def runner():
    return CliRunner()


def test_build_with_bad_inputs_builds_the_rest_and_says_so(runner, tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    shutil.copy(next(SEEDS.glob("*.txt")), inputs / "seed.txt")
    (inputs / "empty.txt").write_text("")
    (inputs / "bad.txt").write_bytes(b"\xff\xfe\x00\x00garbage\x00")
    (inputs / "batch.jsonl").write_text('{"id": "j1", "text": "Joe Biden visited Kyiv on Monday."}\n{oops\n')
    out = tmp_path / "out"
    result = runner.invoke(app, ["build", str(inputs), "-o", str(out / "g.trig"), "--workers", "1"])
    assert result.exit_code == 1, result.output
    lines = result.output.splitlines()
    assert any(l.startswith("kg: skipped ") and "empty.txt" in l for l in lines)
    assert any("bad.txt" in l and "binary" in l for l in lines)
    assert any("batch.jsonl:2" in l for l in lines)
    assert "built 2 article(s)" in result.output and "3 skipped" in result.output
    assert (out / "g.trig").is_file() and (out / "g.html").is_file() and (out / "store").is_dir()

    again = runner.invoke(app, ["build", str(inputs / "seed.txt"), "-o", str(out / "g.trig"), "--workers", "1"])
    assert again.exit_code == 0 and "1 unchanged" in again.output, again.output
    q = runner.invoke(app, ["query", "who-hosts-whom", "--store", str(out / "store"), "-f", "csv"])
    assert q.exit_code == 0 and len(q.output.splitlines()) == 4 and q.output.count(",coalition of the willing,") == 3
    visits = runner.invoke(app, ["query", "visits", "--store", str(out / "store"), "-b", "name=Joe Biden", "-f", "tsv"])
    assert "Joe Biden\tvisits\tKyiv\thappened\tMonday" in visits.output


def test_query_errors_are_one_line(runner, tmp_path):
    bad = tmp_path / "bad.rq"
    bad.write_text("SELECT * WHERE { ?s ?p }")
    from kg.store import open_store

    with open_store(tmp_path / "store") as store:  # a real (empty) kg store: any other folder is refused
        store.load_ontology()
    result = runner.invoke(app, ["query", str(bad), "--store", str(tmp_path / "store")])
    assert result.exit_code == 2 and result.output.startswith("kg: error: bad SPARQL: error at 1:")
    assert "Traceback" not in result.output
    result = runner.invoke(app, ["query", "meetings", "--store", str(tmp_path / "none")])
    assert result.exit_code == 2 and "no store at" in result.output
    listing = runner.invoke(app, ["query", "--list"])
    assert listing.exit_code == 0 and "who-hosts-whom" in listing.output and "connections" in listing.output


def test_render_and_analyze(runner, seed_build, tmp_path):
    out = tmp_path / "focus.html"
    result = runner.invoke(app, ["render", str(seed_build["trig"]), "-o", str(out), "--focus", "Trump", "--relations", "meets"])
    assert result.exit_code == 0 and "3 entities, 3 facts" in result.output and out.is_file()
    result = runner.invoke(app, ["analyze", str(seed_build["trig"]), "--path", "Emmanuel Macron", "Sir Keir", "--export", str(tmp_path / "g.gexf")])
    assert result.exit_code == 0 and "coalition of the willing" in result.output and (tmp_path / "g.gexf").is_file()
