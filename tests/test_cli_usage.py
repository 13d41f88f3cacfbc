"""The kg command's own text: version, usage lines, query tables, what kg render says it drew. No model needed."""
from __future__ import annotations

import contextlib
import json

import networkx as nx
import pytest
from typer.testing import CliRunner

from kg.cli import app, page_summary
from kg.query import cut, format_results, header
from kg.store import Results


def rows(*values):
    """Result rows of plain literals (None: unbound)."""
    return [tuple(None if v is None else {"type": "literal", "value": v} for v in row) for row in values]


@pytest.fixture
def runner():
    return CliRunner()


def test_version(runner):
    from kg import __version__

    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.output == f"kg {__version__}\n"


@pytest.mark.parametrize("command, usage", [("build", "kg build [OPTIONS] INPUT..."), ("load", "kg load [OPTIONS] FILES..."),
                                            ("eval", "kg eval [OPTIONS] GOLD...")])
def test_usage_lines_read_as_usage(runner, command, usage):
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0 and result.output.splitlines()[0] == f"Usage: {usage}"
    assert "{" not in result.output.splitlines()[0] and "list[" not in result.output


def test_render_defaults_to_where_build_writes(runner):
    from kg.cli import DEFAULT_OUT

    result = runner.invoke(app, ["render", "--help"])
    assert "kg-out/graph.html" in " ".join(result.output.split())
    assert str(DEFAULT_OUT / "graph.html") == "kg-out/graph.html"


def test_table_headers_are_words_and_long_cells_end_in_an_ellipsis():
    sentence = "Starmer said he will host the coalition of the willing on Sunday afternoon at Downing Street in London."
    results = Results(["host", "statusLabel", "sentence"], rows(("Keir Starmer", "planned", sentence), ("Emmanuel Macron", None, "x")))
    text = format_results(results, "table")
    lines = text.splitlines()
    assert lines[0].split() == ["host", "status", "sentence"]
    assert set(lines[1].replace(" ", "")) == {"-"}
    cell = lines[2].split("planned", 1)[1].strip()
    assert cell.endswith("\u2026") and len(cell) <= 60 and sentence.startswith(cell[:-1])
    assert cell[:-1].split()[-1] in sentence.split()  # cut at a word, not inside one
    assert lines[-1] == "(2 rows)" and text.endswith("\n")


def test_table_shows_control_characters_escaped():
    text = format_results(Results(["label"], rows(("\x1b[31mred\x1b[0m",))), "table")
    assert "\x1b" not in text and "\\x1b[31mred" in text


def test_header_and_cut():
    assert header("statusLabel") == "status" and header("placeName") == "place name" and header("x") == "x"
    assert cut("short") == "short" and cut("a" * 80, 10) == "a" * 9 + "\u2026"


def test_page_summary_counts_what_the_page_draws():
    g = nx.MultiDiGraph()
    for i in range(10):
        g.add_node(i, label=str(i), type="Person", aliases=[], mentions=1)
    g.add_edge(0, 1, key="f1")
    g.add_edge(1, 2, key="f2")
    assert page_summary(g, None, False) == "10 entities, 2 facts; 7 without facts not drawn until asked (--all-entities draws them)"
    assert page_summary(g, 3, False) == "3 entities, 2 facts (the best-connected of 10 entities, 2 facts)"
    assert page_summary(g, None, True) == "10 entities, 2 facts"


def test_json_results_end_with_a_newline(runner, tmp_path, monkeypatch):
    import kg.query

    monkeypatch.setattr(kg.query, "run_query", lambda *a, **k: Results(["x"], rows(("1",))))
    (tmp_path / "store").mkdir()
    monkeypatch.setattr("kg.store.open_store", lambda *a, **k: contextlib.nullcontext(object()))  # kg query closes its store
    result = runner.invoke(app, ["query", "meetings", "--store", str(tmp_path / "store"), "-f", "json"])
    assert result.exit_code == 0, result.output
    assert result.output.endswith("}\n") and json.loads(result.output)["head"]["vars"] == ["x"]


def test_folders_read_txt_and_jsonl_and_say_what_they_ignored(tmp_path):
    from kg.inputs import Skipped, read_articles

    (tmp_path / "a.txt").write_text("Joe Biden visited Kyiv on Monday.")
    (tmp_path / "b.jsonl").write_text('{"id": "b1", "text": "Olaf Scholz met Emmanuel Macron."}\n')
    (tmp_path / "SOURCES.md").write_text("Sources: Reuters met the press.")
    (tmp_path / "notes.text").write_text("Nothing here.")
    items = list(read_articles([tmp_path]))
    articles = [i for i in items if not isinstance(i, Skipped)]
    skipped = [i for i in items if isinstance(i, Skipped)]
    assert sorted(a.id for a in articles) == ["a", "b1"]
    assert [str(s) for s in skipped] == [f"{tmp_path}: ignored 2 file(s) that are not .txt or .jsonl: SOURCES.md, notes.text"]
    # a file named on its own is read whatever its name
    assert [a.id for a in read_articles([tmp_path / "SOURCES.md"])] == ["SOURCES"]
