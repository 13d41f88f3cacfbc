"""A small hand-made graph (two articles, no model needed) that the named queries are checked on."""
from __future__ import annotations

from kg.model import Article, Entity, Extraction, Fact, Span

TEXT_1 = "Anna Berg will host Carl Dahl in Oslo on Friday. Berg and Dahl met in Bergen. Dahl demanded the return of Tromso."
TEXT_2 = "Carl Dahl visited Oslo. Anna Berg did not attend the summit. Eva Fisk met Carl Dahl."


def _span(text: str, words: str) -> Span:
    start = text.index(words)
    return Span(start, start + len(words), words)


def _sent(text: str, n: int) -> Span:
    parts = text.split(". ")
    start = sum(len(p) + 2 for p in parts[:n])
    body = parts[n] if parts[n].endswith(".") else parts[n] + "."
    return Span(start, start + len(body), body)


def fixture_extractions() -> list[Extraction]:
    a1 = Article("fx-1", TEXT_1, title="Berg hosts Dahl", published="2024-05-01")
    e1 = (
        Entity("Anna Berg", "Person", ("Berg",), (_span(TEXT_1, "Anna Berg"), Span(49, 53, "Berg"))),
        Entity("Carl Dahl", "Person", ("Dahl",), (_span(TEXT_1, "Carl Dahl"),)),
        Entity("Oslo", "Place", (), (_span(TEXT_1, "Oslo"),)),
        Entity("Bergen", "Place", (), (_span(TEXT_1, "Bergen"),)),
        Entity("Tromso", "Place", (), (_span(TEXT_1, "Tromso"),)),
    )
    f1 = (
        Fact("hosts", 0, 1, "planned", _sent(TEXT_1, 0), _span(TEXT_1, "host"), 0.9, time="Friday", place=2),
        Fact("meets", 0, 1, "happened", _sent(TEXT_1, 1), _span(TEXT_1, "met"), 0.85, place=3),
        Fact("demands", 1, 4, "happened", _sent(TEXT_1, 2), _span(TEXT_1, "demanded"), 0.85, content="the return of Tromso"),
    )
    a2 = Article("fx-2", TEXT_2, title="Dahl in Oslo")
    e2 = (
        Entity("Carl Dahl", "Person", (), (_span(TEXT_2, "Carl Dahl"),)),
        Entity("Oslo", "Place", (), (_span(TEXT_2, "Oslo"),)),
        Entity("Anna Berg", "Person", (), (_span(TEXT_2, "Anna Berg"),)),
        Entity("summit", "Event", ("the summit",), (_span(TEXT_2, "summit"),)),
        Entity("Eva Fisk", "Person", (), (_span(TEXT_2, "Eva Fisk"),)),
    )
    f2 = (
        Fact("visits", 0, 1, "happened", _sent(TEXT_2, 0), _span(TEXT_2, "visited"), 0.9),
        Fact("attends", 2, 3, "negated", _sent(TEXT_2, 1), _span(TEXT_2, "attend"), 0.9),
        Fact("meets", 4, 0, "reported", _sent(TEXT_2, 2), _span(TEXT_2, "met"), 0.9, attribution="officials"),
    )
    return [Extraction(a1, e1, f1), Extraction(a2, e2, f2)]


#: bindings each named query is checked with (required variables must be given)
QUERY_BINDINGS = {
    "articles-mentioning": {"name": "dahl"},
    "co-participants": {},
    "connections": {"from": "Eva Fisk", "to": "Anna Berg"},
    "contradictions": {},  # these three read the consolidated graph: empty here (tests/test_consolidate.py has its own set)
    "corroboration": {},
    "lifecycle": {},
    "demands": {},
    "entities-by-type": {"type": "Person"},
    "entity": {"name": "Berg"},
    "evidence": {"subject": "Anna Berg", "object": "Carl Dahl"},
    "facts-by-status": {},
    "facts-by-relation": {"relation": "meets"},
    "facts-between": {"start": "2024-05-01", "end": "2024-05-07"},
    "changes-since": {"since": "2024-05-01"},  # every fact: the store loaded both articles just now
    "facts-per-article": {"article": "fx-1"},
    "meetings": {"name": "carl dahl"},
    "members": {},  # the fixture states no membership (tests/test_members.py has its own)
    "member-facts": {"name": "Carl Dahl"},
    "visits": {},
    "who-hosts-whom": {},
}


def load_fixture(store, extractions=None):
    """Put the fixture articles (or the given extractions) into ``store``; returns it."""
    for ex in extractions if extractions is not None else fixture_extractions():
        store.add(ex)
    store.flush()
    return store
