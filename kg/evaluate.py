"""``kg eval``: precision and recall of kg's facts against a gold file.

Gold files are JSON Lines, one small article a line::

    {"id": "meet-with", "text": "A met with B on Monday.",
     "facts": [["A", "meets", "B", "happened"]]}

A fact is ``[subject, relation, object, status]`` with an optional fifth item
``"optional"`` (neither rewarded nor punished); ``"*"`` matches any entity.
Names match an entity's label or any alias, case-insensitively, ignoring a
leading "the". A symmetric relation (``meets``; the registry says which) matches
either way round. The seed-style JSON used by
``shared/eval/score.py`` (a ``document`` path with ``relations``) is read too.
"""
from __future__ import annotations

import json
from functools import lru_cache
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import InputError
from kg.model import ASSERTED, RELATIONS, STATUSES, Article, Extraction
from kg.relations import Registry, default_registry


@dataclass(frozen=True, slots=True)
class GoldFact:
    subject: str
    relation: str
    object: str
    status: str | None
    optional: bool = False
    alternatives: tuple[str, ...] = ()  # other objects that count (seed-style "also_accept")


@dataclass(frozen=True, slots=True)
class GoldItem:
    id: str
    text: str
    facts: tuple[GoldFact, ...]
    #: normalised gold name -> every normalised name that stands for the same entity
    aliases: dict[str, frozenset[str]] = field(default_factory=dict)
    #: score relations on facts with a direct triple only, as the reference scorer
    #: (shared/eval/score.py) reads a graph: negated and hypothetical facts have none
    asserted_only: bool = False


def _norm(text: str) -> str:
    """Names as the shared reference scorer (shared/eval/score.py) compares them: case, curly
    apostrophes, whitespace and a leading "the" only. Deliberately stricter than kg's own
    lookup key (:func:`kg.names.name_key`, which also drops titles and punctuation), so that
    ``kg eval`` reports the same figures as the reference scorer."""
    text = str(text).replace("\u2019", "'").replace("\u2018", "'").lower()
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(r"^the ", "", text)


def read_gold(path: str | Path) -> list[GoldItem]:
    """Read a gold file (JSON Lines of items, or one seed-style JSON document)."""
    path = Path(path)
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read gold file ({exc})") from None
    if path.suffix == ".json":
        return [_seed_style(path, json.loads(raw))]
    items = []
    for number, line in enumerate(raw.splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            facts = tuple(
                GoldFact(f[0], f[1], f[2], f[3] if len(f) > 3 else None, len(f) > 4 and f[4] == "optional")
                for f in record.get("facts", [])
            )
            items.append(GoldItem(str(record["id"]), record["text"], facts))
        except (ValueError, KeyError, IndexError, TypeError, AttributeError, RecursionError) as exc:
            # AttributeError: a line that is a JSON array or string, not an object
            raise InputError(f"{path}:{number}: not a gold item ({type(exc).__name__}: {str(exc)[:200]})") from None
    return items


def _corpus_text(path: Path, corpus: str, doc: str) -> str | None:
    """The text of record ``doc`` in a JSON Lines corpus named relative to a folder above the gold file."""
    for base in (path.resolve().parent, *path.resolve().parents, Path.cwd()):
        for candidate in (base / corpus, base / "shared" / corpus):
            if candidate.is_file():
                return _record_text(candidate, doc)
    return None


@lru_cache(maxsize=4)
def _corpus_index(corpus: Path) -> dict[str, str]:
    texts = {}
    with open(corpus, encoding="utf-8") as f:
        for line in f:
            try:
                record = json.loads(line)
                texts[str(record["id"])] = record["text"]
            except (ValueError, KeyError, TypeError):
                continue
    return texts


def _record_text(corpus: Path, doc: str) -> str | None:
    return _corpus_index(corpus).get(doc)


def _seed_style(path: Path, gold: dict) -> GoldItem:
    doc = Path(gold["document"])
    text = _corpus_text(path, gold["corpus"], gold["document"]) if gold.get("corpus") else None
    for base in (() if text is not None else (Path.cwd(), path.parent, path.parent.parent)):
        if (base / doc).is_file():
            text = (base / doc).read_text(encoding="utf-8")
            break
    if text is None:
        where = f"in corpus {gold['corpus']}" if gold.get("corpus") else "next to the gold file or here"
        raise InputError(f"{path}: document {doc} not found {where}")
    aliases = {e["label"]: [e["label"], *e.get("aliases", [])] for e in gold.get("entities", [])}
    facts = [GoldFact(r["subject"], r["relation"], r["object"], r.get("status"), alternatives=tuple(r.get("also_accept", [])))
             for r in gold["relations"]]
    facts += [GoldFact(r["subject"], r["relation"], r["object"], None, True) for r in gold.get("optional_relations", [])]
    # an entity named by label in the gold file matches any of its gold aliases
    return GoldItem(doc.stem, text, tuple(facts), {_norm(k): frozenset(map(_norm, v)) for k, v in aliases.items()},
                    asserted_only=True)


@dataclass
class Score:
    gold: Counter = field(default_factory=Counter)
    found: Counter = field(default_factory=Counter)  # gold facts found
    predicted: Counter = field(default_factory=Counter)  # predicted facts, not optional
    correct: Counter = field(default_factory=Counter)  # predicted facts matching gold
    misses: list[str] = field(default_factory=list)
    false: list[str] = field(default_factory=list)

    def row(self, key: str) -> tuple[int, int, float, float, float]:
        p = self.correct[key] / self.predicted[key] if self.predicted[key] else 1.0
        r = self.found[key] / self.gold[key] if self.gold[key] else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return self.gold[key], self.predicted[key], p, r, f


@dataclass
class Evaluation:
    relations: Score
    statuses: Score
    items: int


def _names(ex: Extraction, index: int) -> set[str]:
    e = ex.entities[index]
    return {_norm(e.label), *(_norm(a) for a in (*e.aliases, *e.wordings))}


def _matches(ex: Extraction, fact, gold: GoldFact, *, status: bool, aliases: dict, symmetric: bool) -> bool:
    if fact.relation != gold.relation or (status and gold.status and fact.status != gold.status):
        return False

    def ok(index: int, name: str) -> bool:
        return name == "*" or bool(_names(ex, index) & aliases.get(_norm(name), {_norm(name)}))

    pairs = [(fact.subject, fact.object)] + ([(fact.object, fact.subject)] if symmetric else [])
    objects = (gold.object, *gold.alternatives)
    return any(ok(s, gold.subject) and any(ok(o, x) for x in objects) for s, o in pairs)


def evaluate(items: list[GoldItem], extractions: Iterable[Extraction], relations: Registry | None = None) -> Evaluation:
    """Score extractions (in the same order as items) against the gold items.

    Relations are scored on subject, relation and object; statuses only over the
    facts whose relation and arguments are right, so a false fact counts once.
    ``relations`` (default kg's) says which relations are symmetric.
    """
    reg = relations or default_registry()
    rel, stat = Score(), Score()
    for item, ex in zip(items, extractions):
        def matches(f, g, status=False):
            return _matches(ex, f, g, status=status, aliases=item.aliases, symmetric=reg.symmetric(f.relation))

        # seed-style files are scored as the reference scorer reads the graph: direct triples only
        facts = [f for f in ex.facts if f.status in ASSERTED] if item.asserted_only else list(ex.facts)
        for gold in (g for g in item.facts if not g.optional):
            rel.gold[gold.relation] += 1
            if any(matches(f, gold) for f in facts):
                rel.found[gold.relation] += 1
            else:
                rel.misses.append(f"{item.id}: {gold.subject} {gold.relation} {gold.object} ({gold.status})")
            if gold.status:
                stat.gold[gold.status] += 1
                stat.found[gold.status] += any(matches(f, gold, status=True) for f in ex.facts)
        for f in facts:
            hits = [g for g in item.facts if matches(f, g)]
            if hits and all(g.optional for g in hits):
                continue
            rel.predicted[f.relation] += 1
            if not hits:
                e = ex.entities
                rel.false.append(f"{item.id}: {e[f.subject].label} {f.relation} {e[f.object].label} ({f.status})")
                continue
            rel.correct[f.relation] += 1
            stat.predicted[f.status] += 1
            stat.correct[f.status] += any(matches(f, g, status=True) for g in hits)
    return Evaluation(rel, stat, len(items))


def _gold_files(paths: Iterable[str | Path]) -> list[Path]:
    """The gold files named, a folder standing for its ``*.json`` and ``*.jsonl`` files (a folder's
    README and ``texts.jsonl`` of article texts are not gold)."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            found = sorted(f for f in p.iterdir() if f.suffix in {".json", ".jsonl"} and f.name != "texts.jsonl")
            if not found:
                raise InputError(f"{p}: no gold files (*.json, *.jsonl) in this folder")
            out += found
        else:
            out.append(p)
    return out


def run(paths: Iterable[str | Path], *, model: str | None = None) -> Evaluation:
    """Read gold files (or folders of them), build their texts with kg, and score the result."""
    from kg.pipeline import extract_all

    items = [item for path in _gold_files(paths) for item in read_gold(path)]
    extractions = list(extract_all((Article(id=i.id, text=i.text) for i in items), model=model))
    return evaluate(items, extractions)


def table(ev: Evaluation) -> list[tuple[str, ...]]:
    """Rows for printing: a header, then a row per relation and per status, then totals."""
    rows = [("", "gold", "predicted", "precision", "recall", "F1")]
    for title, score, keys in (("relation", ev.relations, RELATIONS), ("status", ev.statuses, STATUSES)):
        for key in keys:
            g, p, pr, rc, f = score.row(key)
            if g or p:
                rows.append((f"{title} {key}", str(g), str(p), f"{pr:.3f}", f"{rc:.3f}", f"{f:.3f}"))
    total = Score(
        gold=Counter({"all": sum(ev.relations.gold.values())}), found=Counter({"all": sum(ev.relations.found.values())}),
        predicted=Counter({"all": sum(ev.relations.predicted.values())}), correct=Counter({"all": sum(ev.relations.correct.values())}),
    )
    g, p, pr, rc, f = total.row("all")
    rows.append(("all relations", str(g), str(p), f"{pr:.3f}", f"{rc:.3f}", f"{f:.3f}"))
    return rows
