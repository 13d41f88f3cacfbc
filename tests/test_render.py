"""The HTML graph as a file: offline, data not markup, large graphs reduced or laid out in Python."""
from __future__ import annotations

import json
import re

import networkx as nx
import pytest

from kg.model import Article, Entity, Extraction, Fact, Span
from kg.render import generate_html, reduce, to_pyvis, write_html
from kg.view import to_networkx

HOSTILE = '<script>window.__pwned = 1</script>'
IMG = '<img src=x onerror="window.__pwned = 2">'


def injection_extraction() -> Extraction:
    """An article whose entity names and sentences carry markup and quotes."""
    text = f'Mr "Evil" {IMG} met O\'Brien {HOSTILE} in Paris. href=javascript:alert(1) </script><b>bold</b>'
    sent = Span(0, len(text), text)
    ents = (
        Entity(f'"Evil" {IMG}', "Person", (f"Mr \"Evil\" {IMG}",), (Span(3, 10, text[3:10]),)),
        Entity(f"O'Brien {HOSTILE}", "Person", ("href=javascript:alert(1)",), (Span(0, 3, text[0:3]),)),
        Entity("Paris", "Place", (), (Span(0, 3, text[0:3]),)),
    )
    facts = (Fact("meets", 0, 1, "happened", sent, Span(0, 3, text[:3]), 0.9, place=2, attribution='"quoted" <i>source</i>'),)
    return Extraction(Article("inject", text, title=HOSTILE), ents, facts)


@pytest.fixture(scope="module")
def injection_graph():
    from kg.store import open_store

    store = open_store(backend="memory")
    store.add(injection_extraction())
    store.flush()
    return to_networkx(store)


def test_page_refers_to_nothing_remote(injection_graph):
    html = generate_html(to_pyvis(injection_graph))
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html)
    assert not re.search(r"cdnjs|jsdelivr|unpkg|googleapis|bootstrap", html)
    assert "Content-Security-Policy" in html and "default-src 'none'" in html


def test_article_text_is_data_not_markup(injection_graph):
    html = generate_html(to_pyvis(injection_graph), title=HOSTILE)
    body = html.split('<script type="application/json" id="kg-data">', 1)[1].split("</script>", 1)[0]
    assert "<" not in body and ">" not in body  # the JSON block cannot be closed from inside
    data = json.loads(body)
    assert HOSTILE in data["title"]
    assert any(IMG in n["label"] for n in data["nodes"])
    assert all("title" not in n for n in data["nodes"] + data["edges"])  # pyvis renders some titles as HTML
    # nothing from the article appears outside the JSON block
    outside = html.replace(body, "")
    assert "__pwned" not in outside


def test_large_graph_is_laid_out_in_python_and_renders(tmp_path):
    g = nx.MultiDiGraph()
    for i in range(5000):
        g.add_node(f"n{i}", label=f"Entity {i}", type="Person" if i % 3 else "Place", aliases=[], mentions=1)
    for i in range(1, 5000):
        g.add_edge(f"n{i}", f"n{i // 7}", key=f"f{i}", relation="meets", status="happened", confidence=0.9,
                   time=None, place=None, attribution=None, content=None, evidence=[{"sentence": "s", "article": "a", "begin": 0, "end": 1}])
    net = to_pyvis(g)
    assert net.options["physics"]["enabled"] is False
    assert all("x" in n and "y" in n for n in net.nodes)
    page = write_html(g, tmp_path / "big.html")
    assert page.stat().st_size < 10_000_000
    small, note = reduce(g, 500)
    assert small.number_of_nodes() == 500 and "500 best-connected of 5,000" in note


def test_small_graph_uses_bounded_physics(injection_graph):
    options = to_pyvis(injection_graph).options
    assert options["physics"]["enabled"] and options["physics"]["stabilization"]["iterations"] <= 200
