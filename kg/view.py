"""The graph as NetworkX, for analysis: a node per entity, an edge per fact.

Reads through SPARQL, so an rdflib graph, an RDF file and any kg store all give
the same view. Pure conversion here; files are written by :func:`export`.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path

from kg.errors import KGError
from kg.relations import Registry, default_registry
from kg.store import BaseStore, memory_store

#: every entity of kg's classes, each of its labels and classes, and how many graphs (articles)
#: give it that label with that class. Types and labels are made distinct before they are joined: over the union of the article
#: graphs, each is there once per article naming the entity, and joining them as they are made an
#: entity named in k articles k x k rows (7.0 s -> 2.5 s over the whole Reuters store)
ENTITIES = """
PREFIX kg:   <https://w3id.org/kg-news/ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?e ?label ?class (COUNT(?g) AS ?articles)
WHERE {
  { SELECT DISTINCT ?e ?class WHERE { ?e a ?class . VALUES ?class { kg:Person kg:Organization kg:Country kg:Place kg:Facility kg:Event } } }
  { SELECT DISTINCT ?e ?label WHERE { ?e rdfs:label ?label } }
  OPTIONAL { GRAPH ?g { ?e a ?class ; rdfs:label ?label } }
}
GROUP BY ?e ?label ?class
"""
#: every entity's other names (distinct before the join, as in ENTITIES)
ALIASES = """
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX kg:   <https://w3id.org/kg-news/ns#>
SELECT ?e ?alias WHERE {
  { SELECT DISTINCT ?e WHERE { ?e a ?class . VALUES ?class { kg:Person kg:Organization kg:Country kg:Place kg:Facility kg:Event } } }
  { SELECT DISTINCT ?e ?alias WHERE { ?e skos:altLabel ?alias } }
}
"""
MENTIONS = """
PREFIX kg:   <https://w3id.org/kg-news/ns#>
SELECT ?e (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m kg:mentionOf ?e } GROUP BY ?e
"""
SYMMETRIC = """
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX kg:  <https://w3id.org/kg-news/ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT DISTINCT ?p WHERE { ?p a owl:SymmetricProperty ; rdfs:subPropertyOf kg:relatedTo }
"""

FACTS = """
PREFIX kg:   <https://w3id.org/kg-news/ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?f ?s ?o ?r ?status ?confidence ?time ?place ?attribution ?content ?sentence ?begin ?end ?article ?published ?source
WHERE {
  GRAPH ?a {
    ?f kg:relation ?r ; kg:agent ?s ; kg:object ?o ; kg:status ?st ; kg:confidence ?confidence ; kg:evidence ?ev .
    ?ev kg:text ?sentence ; kg:beginIndex ?begin ; kg:endIndex ?end .
    ?a dcterms:identifier ?article .
    OPTIONAL { ?f kg:time ?time }
    OPTIONAL { ?f kg:place ?p . ?p rdfs:label ?place }
    OPTIONAL { ?f kg:attribution ?attribution }
    OPTIONAL { ?f kg:content ?content }
    OPTIONAL { ?a dcterms:issued ?published }
    OPTIONAL { ?a kg:source ?source }
  }
  BIND (LCASE(STRAFTER(STR(?st), "#")) AS ?status)
}
"""
#: each fact's consolidated fact across articles (kg.consolidate), and the merged events
CONSOLIDATED = """
PREFIX kg:   <https://w3id.org/kg-news/ns#>
SELECT ?f ?c ?sources ?articles WHERE { GRAPH <https://w3id.org/kg-news/id/graph/consolidated> {
  ?c kg:supportedBy ?f ; kg:sourceCount ?sources ; kg:articleCount ?articles } }
"""
MERGED_EVENTS = """
PREFIX owl: <http://www.w3.org/2002/07/owl#>
SELECT ?ce ?e WHERE { GRAPH <https://w3id.org/kg-news/id/graph/consolidated> { ?ce owl:sameAs ?e } }
"""


def as_store(source) -> BaseStore:
    """A store over ``source``: a store, an rdflib Graph/Dataset, or an RDF file."""
    if isinstance(source, BaseStore):
        return source
    if isinstance(source, (str, Path)):
        if not Path(source).is_file():
            raise KGError(f"no RDF file at {source}")
        store = memory_store()
        store.read_file(source, summarise=False)  # the view reads no counts
        return store
    return memory_store(source)


def relation_name(iri: str, relations: Registry | None = None) -> str:
    """A relation's name from its property IRI: the registry's name, else the IRI's local name.

    >>> relation_name("https://w3id.org/kg-news/ns#meets"), relation_name("https://example.org/terms/sanctions")
    ('meets', 'sanctions')
    """
    rel = (relations or default_registry()).by_property(iri)
    if rel is not None:
        return rel.name
    return iri.rsplit("#", 1)[-1] if "#" in iri else iri.rstrip("/").rsplit("/", 1)[-1]


def _values(store, sparql: str) -> Iterator[tuple[str | None, ...]]:
    """A query's rows as plain values, read as the store gives them: not held whole as term dicts
    first (on the whole Reuters store the page's view peaked 165 MiB over the store it read). Once
    read, what the store kept of the read is given back (:meth:`kg.store.BaseStore.release_reads`):
    each query reads every article graph, and the next need not start on top of it."""
    _, rows = store.query_rows(sparql)
    for row in rows:
        yield tuple(t["value"] if t else None for t in row)
    del rows
    store.release_reads()


def _most(counts: Counter) -> str:
    """The value counted most; on a tie the least in code point order.

    >>> _most(Counter({"NEW YORK": 2, "New York": 521})), _most(Counter({"Inc.": 1, "Inc": 1}))
    ('New York', 'Inc')
    """
    return min(counts, key=lambda v: (-counts[v], v))


def to_networkx(source, relations: Registry | None = None):
    """A ``networkx.MultiDiGraph`` of the kg graph in ``source``.

    Nodes are entity IRIs with ``label``, ``type``, ``aliases`` (list) and
    ``mentions``, added in IRI order. An entity's label is the one most of its articles give it
    (the graphs stating it), on a tie the least in code point order (as the store's counts
    choose, :mod:`kg.summary`); its other labels are aliases. Its type is chosen the same way
    (a place one article calls a facility); edges are facts (key: the fact IRI) with ``relation`` (its
    name), ``symmetric``, ``status``, ``confidence``, ``time``, ``place``,
    ``attribution``, ``content``, ``evidence`` (a list of ``{sentence,
    article, begin, end}``), its article's ``published`` date and ``source``, and,
    when the store is consolidated (:mod:`kg.consolidate`), the ``consolidated`` fact
    it supports with that fact's ``sources`` and ``articles`` counts (else None). The
    events of several articles merged into one are one node, the merged event. A relation
    is symmetric when the registry or the store's ontology (``owl:SymmetricProperty``)
    says so; one the registry does not declare (a user's, read without their file)
    keeps its IRI's local name.
    """
    reg = relations or default_registry()
    import networkx as nx

    store = as_store(source)
    g = nx.MultiDiGraph()
    aliases: dict[str, list[str]] = defaultdict(list)
    for e, alias in _values(store, ALIASES):
        aliases[e].append(alias)
    mentions = {e: int(n) for e, n in _values(store, MENTIONS)}
    symmetric = {p for (p,) in _values(store, SYMMETRIC)}
    merged = {e: ce for ce, e in _values(store, MERGED_EVENTS)}  # an article's event -> the merged one
    consolidated = {f: (c, int(n), int(a)) for f, c, n, a in _values(store, CONSOLIDATED)}
    labels: dict[str, Counter] = defaultdict(Counter)
    classes: dict[str, Counter] = defaultdict(Counter)
    for e, label, cls, articles in _values(store, ENTITIES):
        if e not in merged:  # drawn as the merged event, which has its names
            labels[e][label] += int(articles)
            classes[e][cls] += int(articles)
    for e in sorted(labels):  # one label per entity: the most articles', the others become aliases
        label = _most(labels[e])
        g.add_node(e, label=label, type=_most(classes[e]).rsplit("#", 1)[-1], mentions=mentions.get(e, 0),
                   aliases=sorted((set(aliases.get(e, [])) | set(labels[e])) - {label}))
    facts: dict[str, dict] = {}
    for row in _values(store, FACTS):
        f, s, o, r, status, conf, time, place, attribution, content, sentence, begin, end, article, published, source = row
        c, sources, articles = consolidated.get(f, (None, None, None))
        fact = facts.setdefault(f, {
            "s": merged.get(s, s), "o": merged.get(o, o), "relation": relation_name(r, reg),
            "symmetric": r in symmetric or reg.symmetric(relation_name(r, reg)),
            "status": status, "confidence": float(conf),
            "time": time, "place": place, "attribution": attribution, "content": content, "evidence": [],
            "published": published[:10] if published else None, "source": source,
            "consolidated": c, "sources": sources, "articles": articles,
        })
        ev = {"sentence": sentence, "article": article, "begin": int(begin), "end": int(end)}
        if ev not in fact["evidence"]:
            fact["evidence"].append(ev)
    for f, data in sorted(facts.items()):
        s, o = data.pop("s"), data.pop("o")
        for n in (s, o):
            if n not in g:  # an entity without a type we know: keep the edge, mark the node
                g.add_node(n, label=n.rsplit("/", 1)[-1], type="Entity", aliases=[], mentions=0)
        g.add_edge(s, o, key=f, **data)
    return g


def find(g, name: str) -> str:
    """The node ``name`` names: by label or alias, else by a person's surname, compared as
    :func:`kg.names.name_key` keys (any case, accents, "the" and titles ignored).

    Raises:
        KGError: when no entity or several have that name.
    """
    from kg.names import name_key, surname_key

    key = name_key(name)
    hits = [n for n, d in g.nodes(data=True) if key in {name_key(x) for x in (d["label"], *d["aliases"])}]
    if not hits:  # "Macron" for Emmanuel Macron, as kg:key finds him in the store
        hits = [n for n, d in g.nodes(data=True) if d["type"] == "Person"
                and key in {surname_key(x) for x in (d["label"], *d["aliases"])}]
    if len(hits) == 1:
        return hits[0]
    if not hits:
        raise KGError(f"no entity named {name!r} in the graph")
    raise KGError(f"{name!r} names {len(hits)} entities: " + ", ".join(sorted(g.nodes[h]["label"] for h in hits)))


def central(g, top: int = 10) -> list[dict]:
    """The most central entities: degree and PageRank (on the undirected fact graph)."""
    import networkx as nx

    if g.number_of_nodes() == 0:
        return []
    simple = nx.Graph(g.to_undirected())
    rank = nx.pagerank(simple) if simple.number_of_edges() else {n: 1 / len(simple) for n in simple}
    rows = [{"entity": n, "label": g.nodes[n]["label"], "type": g.nodes[n]["type"], "degree": g.degree(n), "pagerank": round(rank[n], 5)}
            for n in g.nodes]
    return sorted(rows, key=lambda r: (-r["pagerank"], -r["degree"], r["label"]))[:top]


def connections(g, a: str, b: str, *, limit: int = 5, cutoff: int = 4) -> list[list[dict]]:
    """Shortest ways from entity a to entity b (names or IRIs), each a list of facts.

    The same search as the ``connections`` named query (:func:`kg.query.shortest_paths`,
    over asserted facts: planned, happened, reported), walked in this view.
    """
    from kg.model import ASSERTED
    from kg.query import shortest_paths

    src = a if a in g else find(g, a)
    dst = b if b in g else find(g, b)

    def asserted(x, y):
        return sorted((k, d) for k, d in (g.get_edge_data(x, y) or {}).items() if d["status"] in ASSERTED)

    def neighbours(n):
        return [m for m in {*g.successors(n), *g.predecessors(n)} if m != n and (asserted(n, m) or asserted(m, n))]

    out = []
    for path in sorted(shortest_paths(neighbours, [src], [dst], max_hops=cutoff, limit=limit)):
        hops = []
        for x, y in zip(path, path[1:]):
            forward = asserted(x, y)
            a, b, (key, data) = (x, y, forward[0]) if forward else (y, x, asserted(y, x)[0])
            if data.get("symmetric"):  # "X meets Y" says "Y meets X": read it the way the path goes
                a, b = x, y
            hops.append({"from": g.nodes[a]["label"], "to": g.nodes[b]["label"], "relation": data["relation"],
                         "status": data["status"], "fact": key, "sentence": data["evidence"][0]["sentence"]})
        out.append(hops)
    return out


def communities(g) -> list[list[str]]:
    """Groups of entities more tied to each other than to the rest (greedy modularity)."""
    from networkx.algorithms.community import greedy_modularity_communities
    import networkx as nx

    simple = nx.Graph(g.to_undirected())
    simple.remove_nodes_from([n for n in list(simple) if simple.degree(n) == 0])
    if simple.number_of_edges() == 0:
        return []
    groups = greedy_modularity_communities(simple)
    return [sorted(g.nodes[n]["label"] for n in group) for group in groups]


def flat(g):
    """A copy whose attributes are all strings or numbers (GraphML and GEXF need that)."""
    import json

    h = g.__class__()
    for n, d in g.nodes(data=True):
        h.add_node(n, **{k: "; ".join(v) if isinstance(v, list) else v for k, v in d.items() if v is not None})
    for s, o, k, d in g.edges(keys=True, data=True):
        attrs = {key: v for key, v in d.items() if v is not None and key != "evidence"}
        attrs["evidence"] = json.dumps(d.get("evidence", []), ensure_ascii=False)
        h.add_edge(s, o, key=k, **attrs)
    return h


def export(g, path: str | Path) -> Path:
    """Write the view as GraphML (.graphml) or GEXF (.gexf), for Gephi and friends."""
    import networkx as nx

    path = Path(path)
    writers = {".graphml": nx.write_graphml, ".gexf": nx.write_gexf}
    if path.suffix not in writers:
        raise KGError(f"unknown graph format {path.suffix!r} (known: .graphml, .gexf)")
    path.parent.mkdir(parents=True, exist_ok=True)
    writers[path.suffix](flat(g), path)
    return path


def subgraph(g, *, relations: Iterable[str] | None = None, focus: str | None = None, hops: int = 1, min_degree: int = 0):
    """The part of the view a user asked for: some relations, around one entity, well-connected nodes."""
    import networkx as nx

    h = g.copy()
    if relations:
        wanted = set(relations)
        h.remove_edges_from([(s, o, k) for s, o, k, d in h.edges(keys=True, data=True) if d["relation"] not in wanted])
    if focus:
        center = find(h, focus)
        near = nx.single_source_shortest_path_length(h.to_undirected(as_view=True), center, cutoff=hops)
        h = h.subgraph(near).copy()
    if relations or focus:
        h.remove_nodes_from([n for n in list(h) if h.degree(n) == 0 and n != (find(h, focus) if focus else None)])
    if min_degree:
        h.remove_nodes_from([n for n in list(h) if h.degree(n) < min_degree])
    return h
