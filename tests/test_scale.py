"""Streaming builds: the same output with 1 and 2 workers; unchanged articles skipped."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from conftest import SHARED
from kg.cli import app

pytestmark = [pytest.mark.model, pytest.mark.slow]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    source = SHARED / "corpora" / "wikinews" / "wikinews-en.jsonl"
    if not source.is_file():
        pytest.skip("the wikinews corpus is not beside this checkout")
    path = tmp_path_factory.mktemp("corpus") / "twelve.jsonl"
    lines = source.read_text(encoding="utf-8").splitlines()[:12]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_two_workers_give_the_same_graph_as_one(corpus, tmp_path):
    runner = CliRunner()
    for workers in ("1", "2"):
        result = runner.invoke(app, ["build", str(corpus), "-o", str(tmp_path / f"w{workers}.nq"), "--no-store",
                                     "--no-html", "-q", "--workers", workers, "--batch-size", "4"])
        assert result.exit_code == 0, result.output
    one, two = (tmp_path / "w1.nq").read_bytes(), (tmp_path / "w2.nq").read_bytes()
    assert one == two and len(one) > 10_000


def test_unchanged_rebuild_skips_every_article_and_a_changed_one_is_rebuilt(corpus, tmp_path):
    runner = CliRunner()
    args = ["build", str(corpus), "-o", str(tmp_path / "g.nq"), "--store", str(tmp_path / "store"), "--no-html", "--workers", "1"]
    first = runner.invoke(app, args)
    assert first.exit_code == 0 and "built 12 article(s)" in first.output
    before = (tmp_path / "g.nq").read_text(encoding="utf-8")
    second = runner.invoke(app, args)
    assert second.exit_code == 0 and "built 0 article(s)" in second.output and "12 unchanged" in second.output
    assert sorted(before.splitlines()) == sorted((tmp_path / "g.nq").read_text(encoding="utf-8").splitlines())

    records = [json.loads(l) for l in corpus.read_text(encoding="utf-8").splitlines()]
    records[3]["text"] += "\n\nEmmanuel Macron met Olaf Scholz in Berlin on Friday."
    changed = tmp_path / "changed.jsonl"
    changed.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    third = runner.invoke(app, ["build", str(changed), *args[2:]])
    assert third.exit_code == 0 and "built 1 article(s)" in third.output and "11 unchanged" in third.output
    meetings = runner.invoke(app, ["query", "meetings", "--store", str(tmp_path / "store"), "-b", "name=Olaf Scholz", "-f", "csv"])
    assert "Emmanuel Macron,Olaf Scholz" in meetings.output or "Olaf Scholz,Emmanuel Macron" in meetings.output
