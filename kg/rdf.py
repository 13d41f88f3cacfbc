"""Records to RDF on kg's ontology: one named graph per article.

Each asserted fact appears twice: as a direct triple (``subject kg:hosts object``)
and as a Fact node carrying status, time, place, confidence, attribution and a
text-span node for its evidence. Negated and hypothetical facts are Fact nodes only.
A membership ("BRICS members Brazil and India") is a direct triple ``group kg:member member``
and a ``kg:Membership`` statement (rdf:subject, rdf:predicate, rdf:object) with its evidence.
Relation IRIs, fact classes and symmetry come from a relation :class:`~kg.relations.Registry`
(kg's own by default; a user's relations get their IRIs in the user's namespace). A
symmetric relation is written in one canonical direction, subject IRI before object
IRI, on the direct triple and the fact node alike, so the same meeting reads the same
whichever article names its parties first.
"""
from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from collections.abc import Iterable
from pathlib import Path, PurePath
from urllib.parse import urlsplit

from rdflib import RDF, RDFS, XSD, BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, SDO, SKOS

from kg.dates import resolve as resolve_time
from kg.errors import KGError, TermError
from kg.iri import (article_iri, check_bnode, check_iri, check_language, check_text, entity_iri, fact_iri,
                    membership_iri, span_iri)
from kg.model import ASSERTED, Article, Extraction, Span
from kg.names import entity_keys
from kg.namespace import ENTITY_CLASS, KG, STATUS
from kg.relations import Registry, default_registry

Triple = tuple[URIRef, URIRef, object]
PREFIXES = {"kg": KG._NS, "schema": SDO, "prov": PROV, "skos": SKOS, "dcterms": DCTERMS}


#: the ``:LINE`` kg.inputs puts after a JSONL file's name in ``Article.source``
_LINE = re.compile(r":\d+$")
_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


#: 8,192 entries, not 65,536: LRU hit rates on 3,000 Reuters articles barely move (nt 0.909 -> 0.88, plain 0.908 -> 0.90,
#: name_key 0.604 -> 0.59) and a full cache of 65,536 held about 25 MiB, filled over the first 5,000-15,000 articles
@lru_cache(maxsize=8192)
def nt(term) -> str:
    """A term in N-Triples syntax (one line, always; rdflib's ``n3()`` may use \"\"\"long\"\"\" strings).

    Every IRI, datatype, language tag and blank node label is checked first, so the
    text is one term whatever a parsed file held (rdflib accepts ``>`` and spaces in
    IRIs): it can go into N-Triples or a SPARQL Update as it is.

    Raises:
        TermError: naming the term that is not valid.
    """
    if isinstance(term, URIRef):
        return f"<{check_iri(term)}>"
    if isinstance(term, Literal):
        text = check_text(str(term)).translate(_ESCAPES)
        if term.language:
            return f'"{text}"@{check_language(term.language)}'
        if term.datatype and term.datatype != XSD.string:
            return f'"{text}"^^<{check_iri(term.datatype)}>'
        return f'"{text}"'
    if isinstance(term, BNode):
        return f"_:{check_bnode(term)}"
    raise TermError(f"not an RDF term: {str(term)[:80]!r}")


def nt_line(s, p, o, graph=None) -> str:
    return f"{nt(s)} {nt(p)} {nt(o)} {nt(graph)} .\n" if graph is not None else f"{nt(s)} {nt(p)} {nt(o)} .\n"


def decimal_text(value: float) -> str:
    """Three decimals at most, in the shortest form ("0.9", "1"), as triple stores print them,
    so a graph read back from a store is the same graph, term for term."""
    return f"{value:.3f}".rstrip("0").rstrip(".") or "0"


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def source_name(article: Article) -> str | None:
    """Who the article comes from, for counting independent sources (:mod:`kg.consolidate`),
    the first of:

    1. the ``source`` field of its JSONL record (``Article.publisher``), as written;
    2. the host of its url, without ``www.``;
    3. for a text file found in a folder given to the build, the first folder inside it
       (``bbc`` for ``corpus/bbc/2024/a.txt`` read from ``corpus``: its id is ``bbc/2024/a``);
    4. else the name of the folder the file lies in, as the path was given (``reuters`` for
       ``corpora/reuters/all.jsonl``; none for ``all.jsonl`` in the current folder).

    None when none is known. Where the corpus lies on disk beyond that one folder's name does
    not count, so moving it changes no graph.

    >>> source_name(Article("a", "t", url="https://www.reuters.com/x", publisher="AP")), source_name(Article("a", "t", url="https://www.reuters.com/x"))
    ('AP', 'reuters.com')
    >>> source_name(Article("bbc/2024/b", "t", source="corpus/bbc/2024/b.txt")), source_name(Article("b", "t", source="corpus/bbc/b.txt"))
    ('bbc', 'bbc')
    >>> source_name(Article("c", "t", source="feeds/ap.jsonl:12")), source_name(Article("d", "t", source="d.txt")), source_name(Article("e", "t"))
    ('feeds', None, None)
    """
    if article.publisher:
        return article.publisher
    if article.url:
        host = urlsplit(article.url).hostname
        if host:
            return host.removeprefix("www.")
    if not article.source:
        return None
    jsonl = _LINE.search(article.source)
    if not jsonl and "/" in article.id:
        return article.id.split("/", 1)[0] or None
    folder = PurePath(article.source[:jsonl.start()] if jsonl else article.source).parent.name
    return folder if folder not in {"", ".."} else None


def _span(triples: list, node: URIRef, span: Span, article: URIRef, cls: URIRef) -> None:
    triples += [
        (node, RDF.type, cls),
        (node, KG.text, Literal(span.text)),
        (node, KG.beginIndex, Literal(span.start)),
        (node, KG.endIndex, Literal(span.end)),
        (node, PROV.wasDerivedFrom, article),
    ]


@lru_cache(maxsize=16)
def _relation_terms(reg: Registry) -> dict[str, tuple[URIRef, URIRef, bool]]:
    """Relation name -> (fact class, property, symmetric), made once per registry."""
    return {r.name: (r.fact_class, r.predicate, r.symmetric) for r in reg}


def article_triples(ex: Extraction, relations: Registry | None = None) -> list[Triple]:
    """All triples of one article's graph, in a stable order.

    Args:
        ex: what was extracted from the article.
        relations: the relations its facts name (default: kg's own).

    Raises:
        KGError: for a fact whose relation the registry does not declare.
    """
    terms = _relation_terms(relations or default_registry())
    art = ex.article
    a = article_iri(art.id)
    t: list[Triple] = [
        (a, RDF.type, KG.Article),
        (a, DCTERMS.identifier, Literal(art.id)),
        (a, KG.contentHash, Literal(content_hash(art.text))),
    ]
    if art.title:
        t.append((a, DCTERMS.title, Literal(art.title)))
    if art.url:
        t.append((a, SDO.url, Literal(art.url, datatype=XSD.anyURI)))
    if art.published:
        t.append((a, DCTERMS.issued, Literal(art.published, datatype=XSD.date)))
    source = source_name(art)
    if source:
        t.append((a, KG.source, Literal(source)))

    iris = [entity_iri(e.type, e.label, article_id=art.id) for e in ex.entities]
    for iri, e in zip(iris, ex.entities):
        t += [(iri, RDF.type, ENTITY_CLASS[e.type]), (iri, RDFS.label, Literal(e.label))]
        t += [(iri, SKOS.altLabel, Literal(alias)) for alias in e.aliases]
        t += [(iri, SKOS.hiddenLabel, Literal(words)) for words in e.wordings]  # searchable, never displayed
        # the names it is found by, normalised once here (kg.names): a lookup binds a key and matches exactly
        names = (*e.aliases, *e.wordings)
        t += [(iri, KG.key, Literal(k)) for k in sorted(entity_keys(e.label, names, person=e.type == "Person"))]
        t += [(iri, SDO.sameAs, URIRef(other)) for other in e.same_as]  # GeoNames for countries and places
        t.append((iri, SDO.subjectOf, a))
        for m in e.mentions:
            node = span_iri(art.id, "mention", m.start, m.end)
            _span(t, node, m, a, KG.Mention)
            t.append((node, KG.mentionOf, iri))

    for f in ex.facts:
        if f.relation not in terms:
            raise KGError(f"article {art.id}: no relation named {f.relation!r} (known: {', '.join(terms)})")
        fact_class, predicate, symmetric = terms[f.relation]
        s, o = iris[f.subject], iris[f.object]
        if symmetric and str(o) < str(s):
            s, o = o, s
        node = fact_iri(art.id, f.relation, s, o, f.sentence.start, f.trigger.start)
        ev = span_iri(art.id, "sentence", f.sentence.start, f.sentence.end)
        t += [
            (node, RDF.type, fact_class),
            (node, KG.relation, predicate),
            (node, KG.agent, s),
            (node, KG.object, o),
            (node, KG.status, STATUS[f.status]),
            (node, KG.confidence, Literal(decimal_text(f.confidence), datatype=XSD.decimal)),
            (node, KG.trigger, Literal(f.trigger.text)),
            (node, KG.evidence, ev),
            (node, PROV.wasDerivedFrom, a),
        ]
        _span(t, ev, f.sentence, a, KG.TextSpan)
        if f.time:
            t.append((node, KG.time, Literal(f.time)))
            period = resolve_time(f.time, art.published, f.status)  # the words stay in kg:time
            if period is not None:
                start, end = period
                if start == end:
                    t.append((node, KG.date, Literal(start, datatype=XSD.date)))
                t += [(node, KG.startDate, Literal(start, datatype=XSD.date)),
                      (node, KG.endDate, Literal(end, datatype=XSD.date))]
        if f.place is not None:
            t.append((node, KG.place, iris[f.place]))
        if f.attribution:
            t.append((node, KG.attribution, Literal(f.attribution)))
        if f.content:
            t.append((node, KG.content, Literal(f.content)))
        if f.status in ASSERTED:
            t.append((s, predicate, o))

    for m in ex.members:  # "BRICS members Brazil and India": the direct triple, and the statement with its evidence
        group, member = iris[m.group], iris[m.member]
        node = membership_iri(art.id, group, member, m.sentence.start, m.trigger.start)
        ev = span_iri(art.id, "sentence", m.sentence.start, m.sentence.end)
        t += [
            (node, RDF.type, KG.Membership),
            (node, RDF.subject, group),
            (node, RDF.predicate, KG.member),
            (node, RDF.object, member),
            (node, KG.confidence, Literal(decimal_text(m.confidence), datatype=XSD.decimal)),
            (node, KG.trigger, Literal(m.trigger.text)),
            (node, KG.evidence, ev),
            (node, PROV.wasDerivedFrom, a),
            (group, KG.member, member),
        ]
        _span(t, ev, m.sentence, a, KG.TextSpan)
    return list(dict.fromkeys(t))


def new_dataset() -> Dataset:
    ds = Dataset(default_union=True)
    for prefix, ns in PREFIXES.items():
        ds.bind(prefix, ns)
    return ds


def add_article(ds: Dataset, ex: Extraction, relations: Registry | None = None) -> Graph:
    """Put one article's triples into its own named graph of ``ds`` (replacing it)."""
    name = article_iri(ex.article.id)
    ds.remove_graph(name)
    graph = ds.graph(name)
    for triple in article_triples(ex, relations):
        graph.add(triple)
    return graph


def to_dataset(extractions: Iterable[Extraction], relations: Registry | None = None) -> Dataset:
    """A dataset with one named graph per article. Pure: writes nothing."""
    ds = new_dataset()
    for ex in extractions:
        add_article(ds, ex, relations)
    return ds


FORMATS = {".ttl": "turtle", ".nt": "nt", ".nq": "nquads", ".trig": "trig", ".jsonld": "json-ld", ".json": "json-ld"}
QUAD_FORMATS = frozenset({"nquads", "trig", "json-ld"})


def format_for(path: str) -> str:
    """The rdflib format name for an output file, by its extension."""
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise KGError(f"unknown output format {suffix or path!r} (known: {', '.join(sorted(FORMATS))})")
    return FORMATS[suffix]
