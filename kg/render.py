"""The interactive HTML graph: one self-contained file that works offline.

:func:`to_pyvis` turns the NetworkX view into a pyvis ``Network`` (nodes styled
by entity type, edges by relation and status; in a consolidated store, one line per
fact across articles, as wide as it has independent sources, its claims in time order
for the evidence panel); :func:`generate_html` makes the page from it; :func:`write_html` writes it. The page inlines vis-network (from
pyvis's package) and refers to nothing remote; a Content-Security-Policy forbids
any load from elsewhere. Article text travels as JSON data and is shown with
``textContent`` only, so it can never become markup or script.

Positions come from :func:`layout` (python-igraph's C layout when installed, seeded),
so a page opens at once and the same graph always looks the same. Entities with no
fact are left off the drawing until the reader asks for them (the page says so).
"""
from __future__ import annotations

import hashlib
import json
from importlib import resources
from pathlib import Path

from kg.relations import Registry, default_registry

TYPE_STYLE = {  # entity type -> (colour, vis shape); the legend is drawn from the same pairs
    "Person": ("#4e79a7", "dot"),
    "Organization": ("#f28e2b", "square"),
    "Country": ("#59a14f", "triangle"),
    "Place": ("#76b7b2", "triangleDown"),
    "Facility": ("#edc948", "diamond"),
    "Event": ("#b07aa1", "star"),
    "Entity": ("#9c9c9c", "dot"),
}
#: colours for relations the registry does not declare (a user's graph read without their file)
OTHER_COLORS = ("#e15759", "#76b7b2", "#edc948", "#ff9da7", "#9c755f", "#86bcb6", "#d4a6c8", "#8cd17d")
#: a fact's status is its line's dash pattern (vis ``dashes``; the legend draws the same pattern)
STATUS_DASHES = {"happened": False, "planned": [10, 6], "reported": [2, 5], "hypothetical": [6, 3, 2, 3], "negated": [4, 4]}
#: a negated fact is drawn grey whatever its relation, so no relation colour reads as "negated"
NEGATED_COLOR = "#8c8c8c"
STATUS_COLOR = "#555555"
#: edge labels (relation names) are drawn only up to this many facts; above, colour and tooltip say it
EDGE_LABEL_LIMIT = 150
#: a line's width by the number of independent sources behind it (kg.consolidate): 1, then wider, up to the last
SOURCE_WIDTHS = (1.5, 3.5, 5.5, 8.0)
#: layout units: the length of a fact's line, and the room kept around a group of entities
EDGE_LENGTH = 160.0
GAP = 140.0


def _component_layout(g, nodes: list[str]) -> dict[str, tuple[float, float]]:
    """Seeded positions of one connected group, scaled so that a typical fact line is EDGE_LENGTH long.

    python-igraph's Fruchterman-Reingold (C) when it is installed, else NetworkX's
    spring layout; both seeded, so the same graph gets the same picture.
    """
    if len(nodes) == 1:
        return {nodes[0]: (0.0, 0.0)}
    if len(nodes) == 2:  # far enough apart for both labels and the fact's own
        room = 3.5 * sum(len(g.nodes[n].get("label", "")) for n in nodes) + 60
        return {nodes[0]: (0.0, 0.0), nodes[1]: (max(EDGE_LENGTH, room), 0.0)}
    index = {n: i for i, n in enumerate(nodes)}
    pairs = sorted({(min(index[s], index[o]), max(index[s], index[o])) for s, o in g.subgraph(nodes).edges() if s != o})
    try:
        import igraph
    except ImportError:
        import networkx as nx

        simple = nx.Graph(pairs)
        spring = nx.spring_layout(simple, seed=7, iterations=50)
        xy = [tuple(spring[i]) for i in range(len(nodes))]
    else:
        import random

        ig = igraph.Graph(n=len(nodes), edges=pairs)
        igraph.set_random_number_generator(random.Random(7))
        try:
            xy = [tuple(p) for p in ig.layout_fruchterman_reingold(niter=500, grid="auto" if len(nodes) > 1000 else "nogrid")]
        finally:
            igraph.set_random_number_generator(random)
    lengths = sorted(((xy[a][0] - xy[b][0]) ** 2 + (xy[a][1] - xy[b][1]) ** 2) ** 0.5 for a, b in pairs)
    unit = lengths[len(lengths) // 2] or 1.0
    k = EDGE_LENGTH / unit
    return {n: (xy[i][0] * k, xy[i][1] * k) for n, i in index.items()}


def layout(g) -> dict[str, tuple[float, float]]:
    """Positions for every entity: each connected group laid out on its own, then the groups
    packed in rows, biggest first; entities without any fact come last, on a grid below.

    Deterministic: the same graph gives the same positions.
    """
    import networkx as nx

    label = lambda n: (g.nodes[n].get("label", ""), n)  # noqa: E731
    groups = [sorted(c, key=label) for c in nx.weakly_connected_components(g) if len(c) > 1]
    groups.sort(key=lambda c: (-len(c), label(c[0])))
    lone = sorted((n for n in g if g.degree(n) == 0), key=lambda n: (-g.nodes[n].get("mentions", 0), *label(n)))
    boxes = []
    for nodes in groups:
        pos = _component_layout(g, nodes)
        half = {n: 3.5 * len(g.nodes[n].get("label", "")) for n in nodes}  # half a label's width (12px font)
        xs = [p[0] - half[n] for n, p in pos.items()] + [p[0] + half[n] for n, p in pos.items()]
        ys = [p[1] for p in pos.values()]
        boxes.append(({n: (x - min(xs), y - min(ys)) for n, (x, y) in pos.items()}, max(xs) - min(xs), max(ys) - min(ys)))
    area = sum((w + GAP) * (h + GAP) for _, w, h in boxes)  # the page is wider than high: aim at 3:2
    width = max([(area * 1.5) ** 0.5, *(w + GAP for _, w, _ in boxes), 6 * GAP])
    out: dict[str, tuple[float, float]] = {}
    x = y = row = 0.0
    for pos, w, h in boxes:  # shelf packing: left to right, a new row when the width is used
        if x and x + w > width:
            x, y, row = 0.0, y + row + GAP, 0.0
        out.update({n: (x + px, y + py) for n, (px, py) in pos.items()})
        x, row = x + w + GAP, max(row, h)
    y += row + (GAP if boxes else 0.0)
    per_row = max(1, int(width // GAP), int((len(lone) * 1.5 / 0.6) ** 0.5))
    for i, n in enumerate(lone):
        out[n] = ((i % per_row) * GAP, y + (i // per_row) * GAP * 0.6)
    return out


def reduce(g, max_nodes: int | None):
    """Keep the ``max_nodes`` best-connected entities; returns (graph, note for the page)."""
    if not max_nodes or g.number_of_nodes() <= max_nodes:
        return g, ""
    keep = sorted(g.nodes, key=lambda n: (-g.degree(n), g.nodes[n]["label"]))[:max_nodes]
    h = g.subgraph(keep).copy()
    note = (f"Showing the {max_nodes:,} best-connected of {g.number_of_nodes():,} entities "
            f"({g.number_of_edges() - h.number_of_edges():,} of {g.number_of_edges():,} facts left out).")
    return h, note


def relation_color(name: str, relations: Registry | None = None) -> str:
    """A relation's edge colour: its declared ``color``, else a stable one picked by name."""
    reg = relations or default_registry()
    if name in reg:
        return reg[name].color
    return OTHER_COLORS[int(hashlib.sha256(name.encode("utf-8")).hexdigest(), 16) % len(OTHER_COLORS)]


def relation_legend(g, relations: Registry | None = None) -> list[dict]:
    """The relation key of the page: every declared relation, then any other found in the graph.

    Each entry: ``name``, ``color``, ``symmetric`` (drawn without an arrow) and ``count`` (its facts in ``g``).
    """
    reg = relations or default_registry()
    counts: dict[str, int] = {}
    symmetric: dict[str, bool] = {r.name: r.symmetric for r in reg}
    for *_, d in g.edges(data=True):
        counts[d["relation"]] = counts.get(d["relation"], 0) + 1
        symmetric.setdefault(d["relation"], bool(d.get("symmetric")))
    names = [*reg.names, *sorted(n for n in counts if n not in reg)]
    return [{"name": n, "color": relation_color(n, reg), "symmetric": symmetric[n], "count": counts.get(n, 0)} for n in names]


def source_width(sources: int | None) -> float:
    """The width of a line standing for a fact that ``sources`` independent sources tell."""
    return SOURCE_WIDTHS[min(max(sources or 1, 1), len(SOURCE_WIDTHS)) - 1]


def lines(g) -> list[tuple[str, str, str, list[dict]]]:
    """What the page draws: one line per consolidated fact across articles (its claims
    between the same two entities, in time order), else one per fact. Each is
    ``(from, to, id, [fact data ...])``, the id its consolidated fact's IRI or its fact's."""
    groups: dict[tuple, list] = {}
    for s, o, key, d in sorted(g.edges(keys=True, data=True), key=lambda e: e[2]):
        group = (s, o, d["consolidated"]) if d.get("consolidated") else (s, o, key)
        groups.setdefault(group, []).append((key, d))
    out = []
    for (s, o, ident), claims in groups.items():
        claims.sort(key=lambda kd: (kd[1].get("published") is None, kd[1].get("published") or "", kd[0]))
        out.append((s, o, ident, [d for _, d in claims]))
    return sorted(out, key=lambda x: x[2])


def _bends(drawn) -> dict[str, dict]:
    """Curves for lines that share their two entities, so that each line can be seen and clicked.

    The first line of a pair is straight; the others bend to alternate sides, further each time.
    """
    pairs: dict[tuple[str, str], list[tuple[str, bool]]] = {}
    for s, o, key, *_ in drawn:
        pairs.setdefault((min(s, o), max(s, o)), []).append((key, s > o))
    out = {}
    for facts in pairs.values():
        for i, (key, reverse) in enumerate(sorted(facts)[1:], 1):
            clockwise = (i % 2 == 1) != reverse  # the side as seen from the pair's first entity
            out[key] = {"enabled": True, "type": "curvedCW" if clockwise else "curvedCCW", "roundness": 0.25 * ((i + 1) // 2)}
    return out


def to_pyvis(g, *, physics: bool = False, relations: Registry | None = None):
    """A pyvis ``Network`` of the NetworkX view. Pure: writes nothing.

    Every entity gets a seeded position (:func:`layout`), so the page opens at once
    and looks the same on every load; ``physics=True`` lets vis move them from there.
    Each node carries ``kgFacts`` (its number of facts): the page leaves out those
    with none until asked. Edge colours come from the relation declarations
    (``relations``, default kg's); a symmetric relation is drawn without an arrow; a
    negated fact is grey. The relation key for the page is kept on the network as
    ``net.kg_relations``.
    """
    reg = relations or default_registry()
    from pyvis.network import Network

    net = Network(directed=True, cdn_resources="in_line")
    pos = layout(g)
    labelled_edges = g.number_of_edges() <= EDGE_LABEL_LIMIT
    for n, d in sorted(g.nodes(data=True)):
        color, shape = TYPE_STYLE.get(d["type"], TYPE_STYLE["Entity"])
        net.add_node(n, label=d["label"], color=color, shape=shape, size=10 + min(d["mentions"], 20),
                     x=round(pos[n][0], 1), y=round(pos[n][1], 1),
                     kgType=d["type"], aliases=list(d["aliases"]), mentions=d["mentions"], kgFacts=g.degree(n))
    drawn = lines(g)
    bends = _bends(drawn)
    for s, o, key, claims in drawn:
        d = claims[-1]  # the latest claim's status, time and place stand for the line
        symmetric = bool(d.get("symmetric")) or reg.symmetric(d["relation"])
        negated = d["status"] == "negated"
        color = NEGATED_COLOR if negated else relation_color(d["relation"], reg)
        label = {"label": ("not " if negated else "") + d["relation"]} if labelled_edges else {}
        # the claims behind the line, in time order: the evidence panel's time line
        timeline = [{"date": c.get("published"), "status": c["status"], "source": c.get("source"), "article": ev["article"],
                     "sentence": ev["sentence"]} for c in claims for ev in c["evidence"]]
        net.add_edge(s, o, id=key, color=color, dashes=STATUS_DASHES.get(d["status"], False),
                     arrows="" if symmetric else "to", smooth=bends.get(key, False), width=source_width(d.get("sources")), **label,
                     kgRelation=d["relation"], kgStatus=d["status"], kgTime=d.get("time"), kgPlace=d.get("place"),
                     kgConfidence=d["confidence"], kgAttribution=d.get("attribution"), kgContent=d.get("content"),
                     kgSources=d.get("sources"), kgArticles=d.get("articles"), kgClaims=len(claims),
                     evidence=[ev for c in claims for ev in c["evidence"]], timeline=timeline)
    net.options = {
        "physics": {"enabled": physics, "solver": "forceAtlas2Based",
                    "stabilization": {"enabled": physics, "iterations": 150, "fit": True}},
        "interaction": {"hover": True, "tooltipDelay": 100, "hideEdgesOnDrag": g.number_of_edges() > 2000},
        # labels stay horizontal: vis-network 9.1 draws a rotated label of a level edge a second time, at the origin
        "edges": {"smooth": False, "font": {"size": 10, "align": "horizontal"}},
        # a white halo keeps a label readable where a fact's line crosses it
        "nodes": {"font": {"size": 12, "strokeWidth": 4, "strokeColor": "#ffffff"}},
        "layout": {"improvedLayout": False},
    }
    net.kg_relations = relation_legend(g, reg)
    return net


def _script_json(data: object) -> str:
    """JSON that is safe inside <script>: no '<', '>', '&' or line separators as such."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    for ch, esc in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(ch, esc)
    return text


def _asset(package: str, *parts: str) -> str:
    return resources.files(package).joinpath(*parts).read_text(encoding="utf-8")


def generate_html(net, *, title: str = "kg graph", note: str = "", isolated: bool = False) -> str:
    """The page for a pyvis ``Network``, as a string, with everything inlined.

    Entities without any fact (``kgFacts`` 0) are in the page's data but not drawn
    unless ``isolated`` is true; the page says how many and has a control to show them.
    """
    data = {
        "title": title,
        "note": note,
        "showIsolated": isolated,
        "nodes": net.nodes,
        "edges": net.edges,
        "options": net.options,
        "legend": {
            "types": [{"name": t, "color": c, "shape": s} for t, (c, s) in TYPE_STYLE.items()
                      if t != "Entity" or any(n.get("kgType") == "Entity" for n in net.nodes)],
            "relations": getattr(net, "kg_relations", []),  # set by to_pyvis
            "statuses": [{"name": s, "dashes": d or [], "color": NEGATED_COLOR if s == "negated" else STATUS_COLOR}
                         for s, d in STATUS_DASHES.items()],
            # line widths by independent sources, when some line stands for a consolidated fact
            "sources": [{"sources": n, "width": w} for n, w in enumerate(SOURCE_WIDTHS, 1)]
            if any(e.get("kgSources") for e in net.edges) else [],
        },
    }
    payload = _script_json(data)
    vis_js = _asset("pyvis", "lib", "vis-9.1.2", "vis-network.min.js")
    vis_css = _asset("pyvis", "lib", "vis-9.1.2", "vis-network.css")
    app_js = _asset("kg", "web", "app.js")
    page_css = _asset("kg", "web", "page.css")
    nonce = hashlib.sha256(payload.encode("utf-8")).hexdigest()[:24]
    csp = f"default-src 'none'; script-src 'nonce-{nonce}'; style-src 'unsafe-inline'; img-src data:; font-src data:"
    for js in (vis_js, app_js):
        if "</script" in js.lower():
            raise ValueError("an inlined script contains '</script'")
    return (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<meta http-equiv=\"Content-Security-Policy\" content=\"{csp}\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        "<title>kg graph</title>\n"
        f"<style>\n{vis_css}\n{page_css}\n</style>\n</head>\n<body>\n"
        "<header><h1 id=\"kg-title\"></h1>"
        "<input id=\"kg-search\" type=\"search\" list=\"kg-names\" placeholder=\"Find an entity by any of its names\" "
        "aria-label=\"find an entity\" autocomplete=\"off\"><datalist id=\"kg-names\"></datalist>"
        "<label id=\"kg-isolated-control\" hidden><input id=\"kg-isolated\" type=\"checkbox\"> "
        "<span id=\"kg-isolated-text\"></span></label>"
        "<span id=\"kg-note\"></span></header>\n"
        "<div id=\"kg-graph\"></div>\n"
        "<aside id=\"kg-panel\"><div id=\"kg-legend\" aria-label=\"legend\"></div><h2 id=\"kg-panel-title\">Evidence</h2>"
        "<div id=\"kg-panel-body\"><p>Click an edge to see the sentences behind it, or a node for its facts.</p></div></aside>\n"
        "<div id=\"kg-tooltip\" hidden></div>\n"
        f"<script type=\"application/json\" id=\"kg-data\">{payload}</script>\n"
        f"<script nonce=\"{nonce}\">\n{vis_js}\n</script>\n"
        f"<script nonce=\"{nonce}\">\n{app_js}\n</script>\n"
        "</body>\n</html>\n"
    )


def write_html(g, path: str | Path, *, title: str = "kg graph", max_nodes: int | None = None, physics: bool = False,
               relations: Registry | None = None, isolated: bool = False) -> Path:
    """Render the NetworkX view to one HTML file (atomically).

    Args:
        g: the view (:func:`kg.view.to_networkx`).
        path: the HTML file to write.
        max_nodes: keep only this many best-connected entities (the page says what was left out).
        isolated: draw the entities that have no fact from the start (else the page offers them).
    """
    from kg.atomic import write_text

    h, note = reduce(g, max_nodes)
    return write_text(path, generate_html(to_pyvis(h, physics=physics, relations=relations), title=title, note=note,
                                          isolated=isolated))


def render_file(source, path: str | Path, *, relations: Registry | None = None, **options) -> Path:
    """The HTML graph of an RDF file or store (``relations``: the registry it was built with)."""
    from kg.view import to_networkx

    return write_html(to_networkx(source, relations), path, relations=relations, **options)
