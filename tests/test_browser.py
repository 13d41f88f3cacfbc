"""The HTML graph in a real headless Chromium, with every network request blocked."""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import ROOT
from kg.render import write_html
from kg.view import to_networkx

pytestmark = pytest.mark.browser
ARTIFACTS = ROOT / "tests" / "artifacts"
STARMER = "https://w3id.org/kg-news/id/person/keir-starmer"
COALITION = "https://w3id.org/kg-news/id/organization/coalition-of-the-willing"


def open_offline(browser, path: Path):
    """A page on a file:// URL; any other request is recorded and refused."""
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    problems, remote, dialogs = [], [], []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))

    def route(r):
        if r.request.url.startswith("file:"):
            r.continue_()
        else:
            remote.append(r.request.url)
            r.abort()

    page.route("**/*", route)
    page.goto(path.as_uri())
    page.wait_for_function("window.kgReady === true", timeout=30_000)
    return page, problems, remote, dialogs


def dom_point(page, node_id: str):
    """Where a node is drawn, in page coordinates."""
    box = page.locator("#kg-graph canvas").bounding_box()
    p = page.evaluate("id => network.canvasToDOM(network.getPositions([id])[id])", node_id)
    return box["x"] + p["x"], box["y"] + p["y"]


@pytest.mark.model
def test_seed_graph_in_chromium(browser, seed_build):
    g = to_networkx(seed_build["trig"])
    page, problems, remote, dialogs = open_offline(browser, seed_build["html"])
    try:
        assert problems == [] and remote == [] and dialogs == []
        # the page opens on the entities that have facts; the others are one click away
        connected = [n for n in g if g.degree(n)]
        assert sorted(page.evaluate("nodes.getIds()")) == sorted(connected)
        assert page.inner_text("#kg-note") == f"{g.number_of_nodes() - len(connected)} of {g.number_of_nodes()} entities have no fact and are not drawn."
        assert page.evaluate("edges.length") == g.number_of_edges()
        edge = page.evaluate(
            "([s, o]) => edges.get({filter: e => e.from === s && e.to === o && e.kgRelation === 'hosts'})", [STARMER, COALITION])
        assert len(edge) == 1 and edge[0]["kgStatus"] == "planned"
        assert "will host the coalition of the willing" in edge[0]["evidence"][0]["sentence"]

        # hovering a node shows its type and aliases
        page.mouse.move(*dom_point(page, STARMER))
        page.wait_for_selector("#kg-tooltip:not([hidden])", timeout=5_000)
        tip = page.inner_text("#kg-tooltip")
        assert "Keir Starmer (Person)" in tip and "Sir Keir" in tip

        # clicking the edge between Starmer and the coalition shows the evidence sentence
        (x1, y1), (x2, y2) = dom_point(page, STARMER), dom_point(page, COALITION)
        page.mouse.click((x1 + x2) / 2, (y1 + y2) / 2)
        page.wait_for_function("document.getElementById('kg-panel-title').textContent === 'Evidence'", timeout=5_000)
        panel = page.inner_text("#kg-panel-body")
        assert "Keir Starmer hosts coalition of the willing [planned]" in panel
        assert "will host the coalition of the willing on Sunday afternoon" in panel and "000_5d0745bbaa764d31" in panel
        # the search box finds an entity by an alias, selects it and shows its facts
        page.fill("#kg-search", "sir keir")
        page.press("#kg-search", "Enter")
        assert page.evaluate("network.getSelectedNodes()") == [STARMER]
        assert page.inner_text("#kg-panel-title") == "Keir Starmer"
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "seed-graph.png"))
    finally:
        page.close()


def test_article_markup_never_runs(browser, tmp_path):
    from test_render import IMG, injection_extraction

    from kg.store import open_store

    store = open_store(backend="memory")
    store.add(injection_extraction())
    store.flush()
    html = write_html(to_networkx(store), tmp_path / "inject.html", title="<script>window.__pwned = 3</script>")
    page, problems, remote, dialogs = open_offline(browser, html)
    try:
        assert page.evaluate("typeof window.__pwned") == "undefined"
        assert dialogs == [] and remote == [] and problems == []
        assert page.locator("#kg-graph img, #kg-panel img, #kg-tooltip img, header script").count() == 0
        assert page.inner_text("#kg-title") == "<script>window.__pwned = 3</script>"
        node = page.evaluate("nodes.get().find(n => n.kgType === 'Person' && n.label.includes('onerror')).id")
        page.mouse.click(*dom_point(page, node))
        page.wait_for_function("document.getElementById('kg-panel-body').textContent.includes('onerror')", timeout=5_000)
        assert IMG in page.inner_text("#kg-panel-body")
        assert page.evaluate("typeof window.__pwned") == "undefined"
    finally:
        page.close()


@pytest.mark.slow
def test_two_thousand_entities_draw(browser, tmp_path):
    import networkx as nx

    g = nx.MultiDiGraph()
    for i in range(2000):
        g.add_node(f"n{i}", label=f"E{i}", type="Person", aliases=[], mentions=1)
    for i in range(1, 2000):
        g.add_edge(f"n{i}", f"n{i // 5}", key=f"f{i}", relation="meets", status="planned", confidence=0.8, time=None,
                   place=None, attribution=None, content=None, evidence=[{"sentence": "s", "article": "a", "begin": 0, "end": 1}])
    page, problems, remote, _ = open_offline(browser, write_html(g, tmp_path / "big.html"))
    try:
        assert problems == [] and remote == []
        assert page.evaluate("nodes.length") == 2000 and page.evaluate("edges.length") == 1999
    finally:
        page.close()


def legend_and_drawing(page) -> tuple[dict, dict]:
    """What the legend shows and what the DataSets draw, per entity type and per relation."""
    legend = page.evaluate("""() => ({
        types: Array.from(document.querySelectorAll('.kg-legend-type')).map(r => ({
            name: r.dataset.type, shape: r.dataset.shape, color: r.dataset.color,
            svg: r.querySelector('svg > *').tagName, fill: r.querySelector('svg > *').getAttribute('fill'),
            points: r.querySelector('svg > *').getAttribute('points')})),
        relations: Array.from(document.querySelectorAll('.kg-legend-relation')).map(r => ({
            name: r.dataset.relation, stroke: r.querySelector('line').getAttribute('stroke')})),
        statuses: Array.from(document.querySelectorAll('.kg-legend-status')).map(r => ({
            name: r.dataset.status, stroke: r.querySelector('line').getAttribute('stroke'),
            dashes: JSON.parse(r.dataset.dashes)})),
    })""")
    drawn = page.evaluate("""() => ({
        types: nodes.get().map(n => ({type: n.kgType, shape: n.shape, color: n.color})),
        edges: edges.get().map(e => ({relation: e.kgRelation, status: e.kgStatus, color: e.color, dashes: e.dashes || []})),
    })""")
    return legend, drawn


def check_legend(legend: dict, drawn: dict) -> None:
    by_type = {t["name"]: t for t in legend["types"]}
    for node in drawn["types"]:
        row = by_type[node["type"]]
        assert (row["shape"], row["color"], row["fill"]) == (node["shape"], node["color"], node["color"]), node
    # each shape has its own outline in the legend: a triangle is not a square, a star not a diamond
    outlines = {(t["svg"], t["points"]) for t in legend["types"]}
    assert len(outlines) == len({t["shape"] for t in legend["types"]})
    up, down = by_type["Country"]["points"], by_type["Place"]["points"]
    assert up.startswith("7,1 ") and down.endswith(" 7,13")  # apex up for triangle, down for triangleDown
    relations = {r["name"]: r["stroke"] for r in legend["relations"]}
    statuses = {r["name"]: r for r in legend["statuses"]}
    for edge in drawn["edges"]:
        expected = statuses["negated"]["stroke"] if edge["status"] == "negated" else relations[edge["relation"]]
        assert edge["color"] == expected, edge
        assert statuses[edge["status"]]["dashes"] == edge["dashes"], edge


def test_legend_shapes_and_colours_are_the_drawn_ones(browser, tmp_path):
    from test_render import injection_extraction, news_like

    g = news_like(40, 5)
    kinds = ["Person", "Organization", "Country", "Place", "Facility", "Event"]
    for i, n in enumerate(g):
        g.nodes[n]["type"] = kinds[i % len(kinds)]
    statuses = ["happened", "planned", "reported", "hypothetical", "negated"]
    relations = ["hosts", "meets", "demands", "visits", "attends"]
    for i, (s, o, k, d) in enumerate(sorted(g.edges(keys=True, data=True))):
        d["status"], d["relation"] = statuses[i % 5], relations[(i // 5) % 5]
    page, problems, remote, _ = open_offline(browser, write_html(g, tmp_path / "legend.html"))
    try:
        assert problems == [] and remote == []
        legend, drawn = legend_and_drawing(page)
        assert {t["type"] for t in drawn["types"]} == set(kinds)
        assert {e["status"] for e in drawn["edges"]} == set(statuses)
        check_legend(legend, drawn)
    finally:
        page.close()


def test_corpus_page_opens_on_the_connected_entities(browser, tmp_path):
    """Like the Wikinews build: 1,450 entities without facts around 60 with facts."""
    from test_render import news_like

    g = news_like(60, 1450)
    page, problems, remote, _ = open_offline(browser, write_html(g, tmp_path / "corpus.html"))
    try:
        assert problems == [] and remote == []
        shown = page.evaluate("nodes.get().map(n => n.kgFacts)")
        assert len(shown) == 60 and all(shown)
        assert page.inner_text("#kg-note") == "1,450 of 1,510 entities have no fact and are not drawn."
        # the view is fitted to what is drawn: every connected entity is on screen
        box = page.locator("#kg-graph canvas").bounding_box()
        for node in ("n0", "n59"):
            x, y = dom_point(page, node)
            assert box["x"] <= x <= box["x"] + box["width"] and box["y"] <= y <= box["y"] + box["height"]
        # the search finds an entity without facts by its alias, and draws it
        page.fill("#kg-search", "e-1200")
        page.press("#kg-search", "Enter")
        assert page.evaluate("network.getSelectedNodes()") == ["n1200"] and page.evaluate("nodes.length") == 61
        # the control shows them all, and hides them again
        page.check("#kg-isolated")
        assert page.evaluate("nodes.length") == 1510 and page.inner_text("#kg-note") == ""
        page.uncheck("#kg-isolated")
        assert page.evaluate("nodes.length") == 60
    finally:
        page.close()


def test_lone_entities_drawn_from_the_start_when_asked(browser, tmp_path):
    from test_render import news_like

    page, problems, _, _ = open_offline(browser, write_html(news_like(10, 20), tmp_path / "all.html", isolated=True))
    try:
        assert problems == [] and page.evaluate("nodes.length") == 30
        assert page.is_checked("#kg-isolated") and page.inner_text("#kg-note") == ""
    finally:
        page.close()


def test_wide_lines_for_corroborated_facts_and_their_claims_as_a_time_line(browser, tmp_path):
    from test_consolidate import scenario

    from kg.consolidate import consolidate_store
    from kg.store import open_store

    s = open_store(tmp_path / "store")
    s.load_ontology()
    for ex in scenario():
        s.add(ex)
    s.flush()
    consolidate_store(s)
    berg, dahl = "https://w3id.org/kg-news/id/person/anna-berg", "https://w3id.org/kg-news/id/person/carl-dahl"
    page, problems, remote, _ = open_offline(browser, write_html(to_networkx(s), tmp_path / "across.html"))
    try:
        assert problems == [] and remote == []
        widths = page.evaluate("edges.get().map(e => [e.kgRelation, e.kgSources, e.width])")
        assert ["meets", 3, 5.5] in widths and all(w == 1.5 for _, n, w in widths if n == 1)
        legend = page.evaluate("[...document.querySelectorAll('.kg-legend-sources')].map(r => r.getAttribute('data-width'))")
        assert legend == ["1.5", "3.5", "5.5", "8"]
        # the wide line's panel (the pair's first line, drawn straight): its claims in time order,
        # with their dates, statuses and sources
        (x1, y1), (x2, y2) = dom_point(page, berg), dom_point(page, dahl)
        page.mouse.click((x1 + x2) / 2, (y1 + y2) / 2)
        page.wait_for_function("document.getElementById('kg-panel-body').textContent.includes('3 source(s)')", timeout=5_000)
        panel = page.inner_text("#kg-panel-body")
        dates = [panel.index(d) for d in ("2025-05-05 · planned · bbc.co.uk", "2025-05-09 · happened · edition.cnn.com",
                                          "2025-05-10 · happened · reuters.com")]
        assert dates == sorted(dates) and "Anna Berg will meet Carl Dahl on Friday." in panel
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "across-articles.png"))
    finally:
        page.close()
