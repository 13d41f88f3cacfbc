"""kg eval on the repository's own gold sentences, and its scoring logic."""
from __future__ import annotations

import json

import pytest

from conftest import ROOT
from kg.evaluate import GoldFact, GoldItem, evaluate, read_gold, table
from kg.model import Article, Entity, Extraction, Fact, Span

GOLD = ROOT / "gold" / "sentences.jsonl"


def test_gold_set_is_large_and_varied():
    items = read_gold(GOLD)
    assert len(items) >= 60
    relations = {f.relation for i in items for f in i.facts}
    statuses = {f.status for i in items for f in i.facts}
    assert relations == {"hosts", "meets", "demands", "visits", "attends"}
    assert statuses >= {"planned", "happened", "reported", "negated", "hypothetical"}
    assert sum(1 for i in items if not i.facts) >= 5  # false friends and sentences with no relation


def _ex(facts, labels):
    span = Span(0, 5, "x y z")
    ents = tuple(Entity(l, "Person", aliases=(f"Mr {l.split()[-1]}",)) for l in labels)
    return Extraction(Article("a", "x y z"), ents, tuple(
        Fact(rel, s, o, st, span, span, 0.9) for s, rel, o, st in facts))


def test_scoring_counts_symmetry_aliases_and_optional_facts():
    item = GoldItem("a", "x", (
        GoldFact("Mr Smith", "meets", "Ann Jones", "happened"),
        GoldFact("Ann Jones", "hosts", "Bob Brown", "planned"),
        GoldFact("Bob Brown", "visits", "*", None, optional=True),
    ))
    ex = _ex([(1, "meets", 0, "happened"), (1, "hosts", 2, "happened"), (2, "visits", 0, "happened"), (0, "demands", 1, "happened")],
             ["John Smith", "Ann Jones", "Bob Brown"])
    ev = evaluate([item], [ex])
    assert ev.relations.row("meets")[2:4] == (1.0, 1.0)
    assert ev.relations.row("hosts")[2:4] == (1.0, 1.0)  # relation right, status wrong
    assert ev.statuses.row("planned")[3] == 0.0
    assert ev.relations.predicted["visits"] == 0  # optional: not counted
    assert ev.relations.row("demands")[2] == 0.0 and ev.relations.false == ["a: John Smith demands Ann Jones (happened)"]


@pytest.mark.model
def test_own_gold_set_precision_and_recall():
    from kg.evaluate import run

    ev = run([GOLD])
    rows = {r[0]: r for r in table(ev)}
    overall = rows["all relations"]
    assert float(overall[3]) >= 0.9 and float(overall[4]) >= 0.8, overall
    for rel in ("hosts", "meets", "demands", "visits", "attends"):
        _, gold, pred, p, r, _ = rows[f"relation {rel}"]
        assert float(p) >= 0.85 and float(r) >= 0.75, rows[f"relation {rel}"]


@pytest.mark.model
def test_cli_eval_prints_a_table(tmp_path):
    from typer.testing import CliRunner

    from kg.cli import app

    gold = tmp_path / "mine.jsonl"
    gold.write_text(json.dumps({"id": "x", "text": "Joe Biden met Xi Jinping in Bali.",
                                "facts": [["Joe Biden", "meets", "Xi Jinping", "happened"]]}) + "\n")
    result = CliRunner().invoke(app, ["eval", str(gold), "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    assert scores["relation meets"]["precision"] == 1.0 and scores["status happened"]["recall"] == 1.0


@pytest.mark.model
def test_seed_style_gold_files_are_read(monkeypatch):
    from conftest import need_shared
    from kg.evaluate import run

    shared = need_shared()
    monkeypatch.chdir(ROOT)  # the gold file names its document relative to the project
    ev = run([shared / "gold" / "seed-000.json"])
    assert sum(ev.relations.gold.values()) == 9  # "also_accept" objects are alternatives, not extra facts
    assert sum(ev.relations.found.values()) >= 8


@pytest.mark.model
def test_a_folder_of_gold_files_and_its_texts(tmp_path):
    """A folder stands for its gold files; its texts.jsonl (a corpus the files name) is not gold."""
    from kg.errors import InputError
    from kg.evaluate import run

    folder = tmp_path / "gold" / "mine"
    folder.mkdir(parents=True)
    (folder / "texts.jsonl").write_text(json.dumps({"id": "m-1", "text": "Ida Berg met Jon Dahl in Oslo on Monday."}) + "\n")
    (folder / "m-1.json").write_text(json.dumps({
        "document": "m-1", "corpus": "gold/mine/texts.jsonl",
        "entities": [{"label": "Ida Berg", "type": "Person"}, {"label": "Jon Dahl", "type": "Person"}],
        "relations": [{"subject": "Ida Berg", "relation": "meets", "object": "Jon Dahl", "status": "happened"}]}))
    ev = run([folder])
    assert ev.items == 1 and sum(ev.relations.found.values()) == 1
    with pytest.raises(InputError, match="no gold files"):
        run([tmp_path / "gold"])
