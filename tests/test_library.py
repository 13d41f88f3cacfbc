"""The library does what kg build does (issue 11): one build for the CLI and notebooks,
the same IRIs from build_dataset, skipped inputs returned, entities counted once."""
from __future__ import annotations

import warnings

import pytest
from typer.testing import CliRunner

pytestmark = pytest.mark.model

FIRST = "Emmanuel Macron met Olaf Scholz in Berlin on Monday.\n"
SECOND = "Macron visited Kyiv on Tuesday. Scholz met Joe Biden in Berlin.\n"


@pytest.fixture
def articles(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(FIRST)
    (folder / "b.txt").write_text(SECOND)
    (folder / "empty.txt").write_text("")
    return folder


def test_build_all_builds_incrementally_and_returns_what_it_skipped(articles, tmp_path, nlp):
    from kg.build import build_all
    from kg.query import get_query, run_query
    from kg.store import open_store

    out = tmp_path / "out"
    first = build_all([articles], output=out / "graph.trig", store=out / "store", html=out / "graph.html")
    assert (first.articles, first.unchanged) == (2, 0)
    assert [s.source.rsplit("/", 1)[-1] for s in first.skipped] == ["empty.txt"] and first.partial
    assert {"graph", "store", "consolidated", "html"} <= set(first.outputs) and (out / "graph.html").is_file()

    (articles / "b.txt").write_text(SECOND + "Joe Biden met Olaf Scholz in Paris on Friday.\n")
    again = build_all([articles], output=out / "graph.trig", store=out / "store")
    assert (again.articles, again.unchanged) == (1, 1)  # only the changed article was parsed again
    with open_store(out / "store", read_only=True) as store:
        rows = run_query(store, get_query("meetings"), {"name": "Joe Biden"}).values()
    assert any("Paris" in " ".join(v or "" for v in row) for row in rows), rows


def test_build_all_reports_a_store_it_cannot_open_and_builds_the_rest(articles, tmp_path, nlp):
    from kg.build import build_all

    taken = tmp_path / "file"
    taken.write_text("not a store")
    summary = build_all([articles / "a.txt"], output=tmp_path / "g.trig", store=taken)
    assert summary.store_error and "file" in summary.store_error and summary.partial
    assert summary.articles == 1 and (tmp_path / "g.trig").is_file() and "store" not in summary.outputs


def test_the_cli_build_is_a_thin_layer_over_build_all(monkeypatch, tmp_path):
    import kg.build
    from kg.build import BuildSummary
    from kg.cli import app
    from kg.inputs import Skipped

    calls = []

    def fake(inputs, **options):
        calls.append((inputs, options))
        options["on_skip"](Skipped("x.txt", "empty"))
        return BuildSummary(articles=3, skipped=[Skipped("x.txt", "empty")])

    monkeypatch.setattr(kg.build, "build_all", fake)
    (tmp_path / "x.txt").write_text("")
    result = CliRunner().invoke(app, ["build", str(tmp_path / "x.txt"), "-o", str(tmp_path / "g.trig"), "--no-html"])
    assert result.exit_code == 1 and "kg: skipped x.txt" in result.output and "built 3 article(s)" in result.output
    (inputs, options), = calls
    assert options["store"] == tmp_path / "store" and options["html"] is None and options["consolidate"] is True


def test_entities_are_counted_once_across_articles(articles, tmp_path, nlp):
    from kg.build import build
    from kg.view import to_networkx

    built = []
    summary = build([articles / "a.txt", articles / "b.txt"], output=tmp_path / "g.trig", on_article=built.append)
    nodes = to_networkx(tmp_path / "g.trig").number_of_nodes()  # what kg analyze counts
    assert summary.entities == nodes == len(summary.entity_digests)
    assert summary.entities < sum(len(ex.entities) for ex in built)  # Berlin and Olaf Scholz are in both articles


def test_build_dataset_gives_the_iris_kg_build_gives(nlp):
    from kg.build import build_dataset

    ds = build_dataset({"a1": FIRST, "a2": "Macron visited Kyiv on Tuesday."})
    people = {str(s).rsplit("/", 1)[-1] for s in ds.subjects() if "/person/" in str(s)}
    assert "emmanuel-macron" in people and "macron" not in people  # 'Macron' alone joins the full name


def test_build_dataset_never_drops_a_bad_input_silently(articles, nlp):
    from kg.build import SkippedInputWarning, build_dataset

    with pytest.warns(SkippedInputWarning, match="empty.txt"):
        build_dataset([articles])
    told = []
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        build_dataset([articles], on_skip=told.append)
    assert [s.source.rsplit("/", 1)[-1] for s in told] == ["empty.txt"]
