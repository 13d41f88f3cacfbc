"""Counts the store keeps as it is written, so that listings read counted values.

A count over the whole store (an entity's mentions in every article, the facts of each status)
is a GROUP BY, and Oxigraph computes the whole of a GROUP BY before giving its first row: at
10 million triples, seconds for the first page of ``entities-by-type``. So the store keeps the
counts in a graph of their own, :data:`SUMMARY_GRAPH`, and the named queries read them:

* an **entity summary** (``kg:EntitySummary``) per entity and class (an entity typed ``Place``
  in one article and ``Country`` in another has two): its least label (``skos:prefLabel``), its
  mentions (``kg:mentionCount``) and the articles naming it (``kg:namingArticles``);
* an **article summary** (``kg:ArticleSummary``) per article and relation: its facts
  (``kg:factCount``);
* a **status summary** (``kg:StatusSummary``) per relation and status: the store's facts.

They are sums over graphs, so the store keeps them by difference: :meth:`kg.store.BaseStore.flush`
reads what each graph it replaces added to the counts before writing it (:func:`read_counts`,
graph by graph: indexed; nothing for a new graph), counts what it writes from the triples
themselves (:func:`counts_of`), and :func:`update_summary` adds the difference, in one change. Removing an article (:meth:`kg.store.BaseStore.remove_graphs`) is writing it empty.
Only a least label that an article took away is looked for again in every article naming the entity.
Every node's IRI is made from what it counts, so an update replaces a node by its subject.
A first build (a store with no counted graph yet) adds the counts up in memory instead, in a
:class:`Tally`, and writes them once (:meth:`kg.store.BaseStore.count_later`).

The graphs counted are every graph but the store's own (the ontology, the consolidation, this
one). :func:`rebuild_summary` counts them all again (``kg consolidate`` runs it, and a bulk load
that does not go through ``flush``); a store without a whole summary (``kg:StoreSummary``: one
made before kg kept counts, one with nothing to count, or one a write could not count) gets one
at its next write. Either way, the summary is the same.

>>> from kg.store import open_store
>>> from kg.model import Article, Entity, Extraction, Span
>>> with open_store("memory") as store:
...     store.add(Extraction(Article("a1", "Anna Berg spoke."), (Entity("Anna Berg", "Person", (), (Span(0, 9, "Anna Berg"),)),), ()))
...     store.flush()
...     [(c.split("#")[1], label, n, a) for _, c, label, n, a in summary_rows(store)]
[('Person', 'Anna Berg', 1, 1)]
"""
from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from rdflib import RDF, XSD, Literal, URIRef
from rdflib.namespace import SKOS

from kg.namespace import ENTITY_CLASS, ID, KG, NS

#: the named graph of the store's counts
SUMMARY_GRAPH = ID["graph/summary"]
#: the node saying the summary counts every graph of the store
WHOLE = ID["summary/store"]
#: graphs the store makes itself, never counted: the ontology, the consolidation, the counts
OWN_GRAPHS = frozenset({NS.rstrip("#"), str(ID["graph/consolidated"]), str(SUMMARY_GRAPH)})
#: how many triples one write adds at most (a rebuild writes in parts)
WRITE_CHUNK = 50_000

_PREFIXES = """
PREFIX kg:      <https://w3id.org/kg-news/ns#>
PREFIX rdfs:    <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos:    <http://www.w3.org/2004/02/skos/core#>
PREFIX dcterms: <http://purl.org/dc/terms/>
"""
_CLASSES = ", ".join(f"<{c}>" for c in ENTITY_CLASS.values())
#: the entities one graph types as one of kg's classes: their least label and their mentions there
#: (bind ?g; unbound, every graph's)
ENTITY_COUNTS = _PREFIXES + """SELECT ?e ?class (MIN(?l) AS ?label) (COUNT(DISTINCT ?m) AS ?mentions) ?g WHERE {
  GRAPH ?g { ?e a ?class ; rdfs:label ?l . { ?m kg:mentionOf ?e } UNION { } } FILTER (?class IN (""" + _CLASSES + """))
} GROUP BY ?e ?class ?g"""
#: one entity's labels as one class, in every graph (bind ?e ?class)
LABELS = _PREFIXES + "SELECT ?g ?l ?e ?class WHERE { GRAPH ?g { ?e a ?class ; rdfs:label ?l } }"
#: the facts of one graph by relation and status (bind ?g; unbound, every graph's)
FACT_COUNTS = _PREFIXES + """SELECT ?g ?r ?st (COUNT(DISTINCT ?f) AS ?n) WHERE {
  GRAPH ?g { ?f kg:relation ?r . { ?f kg:status ?st } UNION { ?f kg:relation ?r FILTER NOT EXISTS { ?f kg:status ?any } } }
} GROUP BY ?g ?r ?st"""
#: the graphs that state their own identifier: articles' (bind ?g; unbound, every article's)
IDENTIFIED = _PREFIXES + "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?g dcterms:identifier ?id } }"
#: the store's facts by relation and status, as counted
TOTALS = _PREFIXES + """SELECT ?r ?st ?count WHERE { GRAPH <https://w3id.org/kg-news/id/graph/summary> {
  ?n a kg:StatusSummary ; kg:countedRelation ?r ; kg:countedStatus ?st ; kg:factCount ?count } }"""
#: one node of the summary (bind ?n)
NODE_QUERY = _PREFIXES + "SELECT ?p ?o ?n WHERE { GRAPH <https://w3id.org/kg-news/id/graph/summary> { ?n ?p ?o } }"
#: the entity summaries, for tests and the doctest above
SUMMARY_ROWS = _PREFIXES + """SELECT ?e ?class ?label ?mentions ?articles WHERE { GRAPH <https://w3id.org/kg-news/id/graph/summary> {
  ?n a kg:EntitySummary ; kg:summaryOf ?e ; kg:countedClass ?class ; skos:prefLabel ?label ; kg:mentionCount ?mentions ;
     kg:namingArticles ?articles } }"""


@dataclass
class Counts:
    """What one graph adds to the store's counts."""

    #: (entity, class) -> (least label, mentions) in this graph
    entities: dict[tuple[str, str], tuple[str, int]] = field(default_factory=dict)
    #: (relation, status or None) -> facts
    facts: Counter = field(default_factory=Counter)
    #: whether the graph states its own identifier (an article's does)
    named: bool = False


def _node(kind: str, *parts: str) -> URIRef:
    digest = hashlib.sha1("\n".join(parts).encode("utf-8")).hexdigest()[:20]
    return ID[f"summary/{kind}/{digest}"]


def _int(n: int) -> Literal:
    return Literal(n, datatype=XSD.integer)


def entity_node(entity: str, cls: str) -> URIRef:
    """The IRI of the summary of ``entity`` as ``cls``."""
    return _node("entity", entity, cls)


def _entity_triples(entity: str, cls: str, label: str, mentions: int, articles: int) -> list[tuple]:
    n = entity_node(entity, cls)
    return [(n, RDF.type, KG.EntitySummary), (n, KG.summaryOf, URIRef(entity)), (n, KG.countedClass, URIRef(cls)),
            (n, SKOS.prefLabel, Literal(label)), (n, KG.mentionCount, _int(mentions)), (n, KG.namingArticles, _int(articles))]


def _article_triples(graph: str, counts: Counts) -> list[tuple]:
    """An article's facts per relation, when it is an article (it states its identifier)."""
    if not counts.named:
        return []
    per_relation: Counter = Counter()
    for (r, _), n in counts.facts.items():
        per_relation[r] += n
    t: list[tuple] = []
    for r, n in sorted(per_relation.items()):
        node = _node("article", graph, r)
        t += [(node, RDF.type, KG.ArticleSummary), (node, KG.summaryOf, URIRef(graph)), (node, KG.countedRelation, URIRef(r)),
              (node, KG.factCount, _int(n))]
    return t


def _total_triples(totals: Iterable[tuple[tuple[str, str], int]]) -> list[tuple]:
    t: list[tuple] = []
    for (r, st), n in sorted(totals):
        if n > 0:
            node = _node("status", r, st)
            t += [(node, RDF.type, KG.StatusSummary), (node, KG.countedRelation, URIRef(r)), (node, KG.countedStatus, URIRef(st)),
                  (node, KG.factCount, _int(n))]
    return t


def read_counts(store, graphs: Iterable) -> dict[str, Counts]:
    """What each of ``graphs`` adds to the store's counts now (nothing, for a graph the store
    does not hold): three indexed queries a graph."""
    out: dict[str, Counts] = {}
    for g in dict.fromkeys(str(g) for g in graphs):
        if g in OWN_GRAPHS or not store.has_graph(URIRef(g)):
            continue
        bound = {"g": URIRef(g)}
        c = out[g] = Counts()
        for e, cls, label, mentions, _ in store.query(ENTITY_COUNTS, bound).values():
            c.entities[(e, cls)] = (label, int(mentions))
        for _, r, st, n in store.query(FACT_COUNTS, bound).values():
            c.facts[(r, st)] += int(n)
        c.named = bool(c.facts) and bool(store.query(IDENTIFIED, bound).rows)
    return out


_TYPE, _LABEL = str(RDF.type), "http://www.w3.org/2000/01/rdf-schema#label"
_MENTION_OF, _RELATION, _STATUS = str(KG.mentionOf), str(KG.relation), str(KG.status)
_IDENTIFIER = "http://purl.org/dc/terms/identifier"
_KINDS = frozenset(str(c) for c in ENTITY_CLASS.values())


def counts_of(graph: str, triples) -> Counts:
    """What a graph about to be written adds to the counts, from its triples (rdflib terms, or
    an :class:`~kg.output.ArticleGraph`'s N-Triples text): what :func:`read_counts` reads of it
    once written, without asking the store."""
    types: dict[str, set[str]] = defaultdict(set)
    labels: dict[str, list[str]] = defaultdict(list)
    mentions: dict[str, set[str]] = defaultdict(set)
    relations: dict[str, set[str]] = defaultdict(set)
    statuses: dict[str, set[str]] = defaultdict(set)
    named = False
    for s, p, o in _plain(triples):
        if p == _TYPE and o in _KINDS:
            types[s].add(o)
        elif p == _LABEL:
            labels[s].append(o)
        elif p == _MENTION_OF:
            mentions[o].add(s)
        elif p == _RELATION:
            relations[s].add(o)
        elif p == _STATUS:
            statuses[s].add(o)
        elif p == _IDENTIFIER and s == graph:
            named = True
    c = Counts()
    for e, kinds in types.items():
        if labels.get(e):
            for cls in kinds:
                c.entities[(e, cls)] = (min(labels[e]), len(mentions.get(e, ())))
    for f, rs in relations.items():
        for r in rs:
            for st in statuses.get(f) or (None,):
                c.facts[(r, st)] += 1
    c.named = named and bool(c.facts)
    return c


def _plain(triples) -> Iterator[tuple[str, str, str]]:
    text = getattr(triples, "text", None)
    if text is not None:  # an article's graph as N-Triples text: read by Oxigraph's parser
        import pyoxigraph as ox

        for t in ox.parse(text.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES):
            yield t.subject.value, t.predicate.value, t.object.value
        return
    for s, p, o in triples:
        yield str(s), str(p), str(o)


def update_summary(store, before: dict[str, Counts] | None, after: dict[str, Counts]) -> None:
    """Add to :data:`SUMMARY_GRAPH` the difference between what graphs added to the counts
    ``before`` they were written (replaced or removed) and ``after`` (both :func:`read_counts`),
    in one change. A store whose summary is not whole, or ``before`` None (not known), gets one
    whole (:func:`rebuild_summary`)."""
    graphs = list(dict.fromkeys([*(before or {}), *after]))
    if not graphs and before is not None:
        return
    if before is None or not store.summary_node(WHOLE):
        rebuild_summary(store)
        return
    remove: set[URIRef] = set()
    add: list[tuple] = []
    # entities: mentions and articles by difference; the least label of those that gained one
    change: dict[tuple[str, str], list] = {}  # key -> [mentions, articles, labels gained, label lost]
    for g in graphs:
        old, new = before.get(g, Counts()), after.get(g, Counts())
        for key in old.entities.keys() | new.entities.keys():
            c = change.setdefault(key, [0, 0, set(), set()])
            if key in old.entities:
                c[0] -= old.entities[key][1]
                c[1] -= 1
            if key in new.entities:
                c[0] += new.entities[key][1]
                c[1] += 1
                c[2].add(new.entities[key][0])
            if key in old.entities and (key not in new.entities or new.entities[key][0] != old.entities[key][0]):
                c[3].add(old.entities[key][0])
        remove.update(_node("article", g, r) for r, _ in old.facts)
        add += _article_triples(g, new)
    for (e, cls), (dm, da, gained, lost) in change.items():
        node = entity_node(e, cls)
        now = store.summary_node(node)
        label = now.get(str(SKOS.prefLabel))
        mentions = int(now.get(str(KG.mentionCount), 0)) + dm
        articles = int(now.get(str(KG.namingArticles), 0)) + da
        if not (dm or da or label in lost or label is None or any(x < label for x in gained)):
            continue  # an article written again as it was
        remove.add(node)
        if articles <= 0:
            continue
        if label in lost:  # the article that gave the least label took it away: look again, everywhere
            label = min((l for g, l, _, _ in store.query(LABELS, {"e": URIRef(e), "class": URIRef(cls)}).values()
                         if g not in OWN_GRAPHS), default=None)
        else:
            label = min([*gained, *([label] if label is not None else [])])
        add += _entity_triples(e, cls, label, mentions, articles)
    # facts by relation and status: by difference
    delta: Counter = Counter()
    for g in graphs:
        delta.update({k: n for k, n in after.get(g, Counts()).facts.items() if k[1] is not None})
        delta.subtract({k: n for k, n in before.get(g, Counts()).facts.items() if k[1] is not None})
    delta = Counter({k: n for k, n in delta.items() if n})
    if delta:
        totals = Counter({(r, st): int(n) for r, st, n in store.query(TOTALS).values()})
        totals.update(delta)
        remove.update(_node("status", *key) for key in delta)
        add += _total_triples((k, totals[k]) for k in delta)
    if remove or add:
        store.patch_graph(SUMMARY_GRAPH, sorted(remove), add)


class Tally:
    """The counts of a store that held no counted graph, added up in memory as graphs are written
    (:meth:`kg.store.BaseStore.count_later`), for a first build: each flush writes its articles'
    summaries (they depend on the article alone) and nothing is read back; the entity and status
    summaries are written once, at the end (:meth:`triples`). The same counts as
    :func:`update_summary` keeps, or :func:`rebuild_summary` makes.

    (Reading each entity's summary back at every flush filled Oxigraph's block cache as the store
    grew: on Reuters the build's memory grew by 20 MiB every 1,000 articles.)
    """

    def __init__(self) -> None:
        #: (entity, class) -> [least label, mentions, articles naming it]; each class's IRI is
        #: one string (:attr:`classes`), not one per entity
        self.entities: dict[tuple[str, str], list] = {}
        self.classes: dict[str, str] = {}
        self.totals: Counter = Counter()
        #: the graphs counted, by the hash of their names (a graph written twice cannot be added up
        #: here; two names with one hash only end the tally early: the counts are then read back)
        self.graphs: set[int] = set()

    def counted(self, graph: str) -> bool:
        """Whether ``graph`` may have been counted here already."""
        return hash(graph) in self.graphs

    def add(self, counts: dict[str, Counts]) -> list[tuple]:
        """Add what the graphs ``counts`` add; returns their article summaries, to write now."""
        add: list[tuple] = []
        for g, c in counts.items():
            self.graphs.add(hash(g))
            for key, (label, mentions) in c.entities.items():
                e = self.entities.get(key)
                if e is None:
                    key = (key[0], self.classes.setdefault(key[1], key[1]))
                    self.entities[key] = [label, mentions, 1]
                else:
                    e[0] = min(e[0], label)
                    e[1] += mentions
                    e[2] += 1
            self.totals.update({k: n for k, n in c.facts.items() if k[1] is not None})
            add += _article_triples(g, c)
        return add

    def triples(self) -> Iterator[tuple]:
        """The entity and status summaries, then the node saying the counts are whole."""
        for (e, cls), (label, mentions, articles) in self.entities.items():
            yield from _entity_triples(e, cls, label, mentions, articles)
        yield from _total_triples(self.totals.items())
        yield (WHOLE, RDF.type, KG.StoreSummary)


def summary_triples(store) -> Iterator[tuple]:
    """Every triple of the summary of ``store``'s graphs, counted whole (a few aggregate passes)."""
    entities: dict[tuple[str, str], list] = {}
    for e, cls, label, mentions, g in store.query(ENTITY_COUNTS).values():
        if g in OWN_GRAPHS:
            continue
        c = entities.setdefault((e, cls), [label, 0, 0])
        c[0] = min(c[0], label)
        c[1] += int(mentions)
        c[2] += 1
    for (e, cls), (label, mentions, articles) in entities.items():
        yield from _entity_triples(e, cls, label, mentions, articles)
    del entities
    named = {g for (g,) in store.query(IDENTIFIED).values()}
    graphs: dict[str, Counts] = defaultdict(Counts)
    for g, r, st, n in store.query(FACT_COUNTS).values():
        if g not in OWN_GRAPHS:
            graphs[g].facts[(r, st)] += int(n)
            graphs[g].named = g in named
    totals: Counter = Counter()
    for g, counts in graphs.items():
        yield from _article_triples(g, counts)
        totals.update({k: n for k, n in counts.facts.items() if k[1] is not None})
    yield from _total_triples(totals.items())


def rebuild_summary(store) -> int:
    """Replace :data:`SUMMARY_GRAPH` with the counts of all the store's graphs, written in parts of
    :data:`WRITE_CHUNK` triples (the node saying it is whole comes last). Returns its triples."""
    store.replace_graphs({SUMMARY_GRAPH: []})
    n, chunk = 0, []
    for t in summary_triples(store):
        chunk.append(t)
        if len(chunk) >= WRITE_CHUNK:
            store.patch_graph(SUMMARY_GRAPH, [], chunk)
            n, chunk = n + len(chunk), []
    if n or chunk:  # nothing counted, no graph (and the next write counts again: it costs nothing then)
        store.patch_graph(SUMMARY_GRAPH, [], chunk + [(WHOLE, RDF.type, KG.StoreSummary)])
    return n + len(chunk)


def summary_rows(store) -> list[tuple[str, str, str, int, int]]:
    """The entity summaries: (entity, class, label, mentions, articles), sorted."""
    return sorted((e, c, l, int(m), int(a)) for e, c, l, m, a in store.query(SUMMARY_ROWS).values())
