"""The interactive HTML graph: one self-contained file that works offline.

:func:`to_pyvis` turns the NetworkX view into a pyvis ``Network`` (nodes styled
by entity type, edges by relation and status); :func:`generate_html` makes the
page from it; :func:`write_html` writes it. The page inlines vis-network (from
pyvis's package) and refers to nothing remote; a Content-Security-Policy forbids
any load from elsewhere. Article text travels as JSON data and is shown with
``textContent`` only, so it can never become markup or script.
"""
from __future__ import annotations

import hashlib
import json
from importlib import resources
from pathlib import Path

from kg.relations import Registry, default_registry

TYPE_STYLE = {  # entity type -> (colour, vis shape)
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
STATUS_DASHES = {"happened": False, "planned": [10, 6], "reported": [2, 5], "hypothetical": [6, 3, 2, 3], "negated": [4, 4]}
STATUS_CSS = {"happened": "solid", "planned": "dashed", "reported": "dotted", "hypothetical": "dashed", "negated": "dashed"}
#: above this many nodes, positions are computed in Python and physics is off
PHYSICS_LIMIT = 300


def _layout(g) -> dict:
    import networkx as nx

    simple = nx.Graph(g.to_undirected())
    n = simple.number_of_nodes()
    if n <= 2000:
        pos = nx.spring_layout(simple, seed=7, iterations=40)
    else:  # spring layouts grow quadratically; a spectral layout stays fast
        pos = nx.spectral_layout(simple) if simple.number_of_edges() else nx.circular_layout(simple)
        import random

        rnd = random.Random(7)
        pos = {k: (x + rnd.uniform(-0.02, 0.02), y + rnd.uniform(-0.02, 0.02)) for k, (x, y) in pos.items()}
    scale = 40 * max(n, 1) ** 0.5
    return {k: (float(x) * scale, float(y) * scale) for k, (x, y) in pos.items()}


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


def to_pyvis(g, *, physics: bool | None = None, relations: Registry | None = None):
    """A pyvis ``Network`` of the NetworkX view. Pure: writes nothing.

    Edge colours come from the relation declarations (``relations``, default kg's);
    a symmetric relation is drawn without an arrow. The relation key for the page
    is kept on the network as ``net.kg_relations``.
    """
    reg = relations or default_registry()
    from pyvis.network import Network

    net = Network(directed=True, cdn_resources="in_line")
    physics = g.number_of_nodes() <= PHYSICS_LIMIT if physics is None else physics
    pos = {} if physics else _layout(g)
    for n, d in sorted(g.nodes(data=True)):
        color, shape = TYPE_STYLE.get(d["type"], TYPE_STYLE["Entity"])
        extra = {"x": pos[n][0], "y": pos[n][1], "physics": False} if n in pos else {}
        net.add_node(n, label=d["label"], color=color, shape=shape, size=10 + min(d["mentions"], 20),
                     kgType=d["type"], aliases=list(d["aliases"]), mentions=d["mentions"], **extra)
    for s, o, key, d in sorted(g.edges(keys=True, data=True), key=lambda e: e[2]):
        symmetric = bool(d.get("symmetric")) or reg.symmetric(d["relation"])
        color = "#b03030" if d["status"] == "negated" else relation_color(d["relation"], reg)
        net.add_edge(s, o, id=key, label=d["relation"], color=color, dashes=STATUS_DASHES.get(d["status"], False),
                     arrows="" if symmetric else "to",
                     kgRelation=d["relation"], kgStatus=d["status"], kgTime=d.get("time"), kgPlace=d.get("place"),
                     kgConfidence=d["confidence"], kgAttribution=d.get("attribution"), kgContent=d.get("content"),
                     evidence=d["evidence"])
    net.options = {
        "physics": {"enabled": physics, "solver": "forceAtlas2Based",
                    "stabilization": {"enabled": physics, "iterations": 150, "fit": True}},
        "interaction": {"hover": True, "tooltipDelay": 100, "hideEdgesOnDrag": g.number_of_edges() > 2000},
        "edges": {"smooth": {"enabled": physics, "type": "dynamic"}, "font": {"size": 10, "align": "middle"}},
        "nodes": {"font": {"size": 12}},
        "layout": {"improvedLayout": physics and g.number_of_nodes() <= 100},
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


def generate_html(net, *, title: str = "kg graph", note: str = "") -> str:
    """The page for a pyvis ``Network``, as a string, with everything inlined."""
    data = {
        "title": title,
        "note": note,
        "nodes": net.nodes,
        "edges": net.edges,
        "options": net.options,
        "legend": {
            "types": [{"name": t, "color": c, "shape": s} for t, (c, s) in TYPE_STYLE.items() if t != "Entity"],
            "relations": getattr(net, "kg_relations", []),  # set by to_pyvis
            "statuses": [{"name": s, "style": STATUS_CSS[s], "color": "#b03030" if s == "negated" else "#555"} for s in STATUS_DASHES],
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
        "<header><h1 id=\"kg-title\"></h1><span id=\"kg-note\"></span></header>\n"
        "<div id=\"kg-legend\" aria-label=\"legend\"></div>\n<div id=\"kg-graph\"></div>\n"
        "<aside id=\"kg-panel\"><h2 id=\"kg-panel-title\">Evidence</h2>"
        "<div id=\"kg-panel-body\"><p>Click an edge to see the sentences behind it, or a node for its facts.</p></div></aside>\n"
        "<div id=\"kg-tooltip\" hidden></div>\n"
        f"<script type=\"application/json\" id=\"kg-data\">{payload}</script>\n"
        f"<script nonce=\"{nonce}\">\n{vis_js}\n</script>\n"
        f"<script nonce=\"{nonce}\">\n{app_js}\n</script>\n"
        "</body>\n</html>\n"
    )


def write_html(g, path: str | Path, *, title: str = "kg graph", max_nodes: int | None = None, physics: bool | None = None,
               relations: Registry | None = None) -> Path:
    """Render the NetworkX view to one HTML file (atomically)."""
    from kg.atomic import write_text

    h, note = reduce(g, max_nodes)
    return write_text(path, generate_html(to_pyvis(h, physics=physics, relations=relations), title=title, note=note))


def render_file(source, path: str | Path, *, relations: Registry | None = None, **options) -> Path:
    """The HTML graph of an RDF file or store (``relations``: the registry it was built with)."""
    from kg.view import to_networkx

    return write_html(to_networkx(source, relations), path, relations=relations, **options)
