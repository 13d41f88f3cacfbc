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
        assert page.evaluate("nodes.length") == g.number_of_nodes()
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
