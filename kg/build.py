"""``kg build``: articles to an RDF file (and, with the store and view stages, more).

Also the notebook entry point: :func:`build_dataset` turns strings or files into
an rdflib Dataset in one call.
"""
from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import URIRef

from kg.identity import PersonRegistry
from kg.inputs import MAX_CHARS, Skipped, read_articles
from kg.model import Article, Extraction
from kg.pipeline import DEFAULT_BATCH, extract_all
from kg.rdf import article_triples

#: what a changed article may change besides its text (kept in its graph by kg.rdf)
_ARTICLE_FIELDS = frozenset({
    URIRef("http://purl.org/dc/terms/title"), URIRef("https://schema.org/url"), URIRef("http://purl.org/dc/terms/issued"),
})


@dataclass
class BuildSummary:
    """What a build did: counts for the closing summary, and what was skipped."""

    articles: int = 0
    entities: int = 0
    facts: Counter = field(default_factory=Counter)
    statuses: Counter = field(default_factory=Counter)
    words: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    unchanged: int = 0
    errors: list[str] = field(default_factory=list)  # sinks that failed and were dropped
    seconds: float = 0.0
    outputs: dict[str, str] = field(default_factory=dict)

    def add(self, ex: Extraction) -> None:
        self.articles += 1
        self.entities += len(ex.entities)
        self.words += len(ex.article.text.split())
        self.facts.update(f.relation for f in ex.facts)
        self.statuses.update(f.status for f in ex.facts)


def build(
    inputs: Iterable[str | Path],
    *,
    output: str | Path | None = None,
    sinks: Iterable = (),
    model: str | None = None,
    workers: int = 1,
    batch_size: int = DEFAULT_BATCH,
    max_chars: int = MAX_CHARS,
    reuse: Callable[[Article], list | None] | None = None,
    on_skip: Callable[[Skipped], None] = lambda s: None,
    on_article: Callable[[Extraction], None] = lambda ex: None,
    known_people: Iterable[str] = (),
    relations: str | Path | None = None,
) -> BuildSummary:
    """Build the graph of every article in ``inputs``.

    Args:
        inputs: .txt/.jsonl files and folders.
        output: RDF file to write (format from its extension); None writes none.
        sinks: more consumers with ``add_triples(article_id, triples)`` and ``close()``
            (a store, ...); each article's triples are made once for all of them.
        reuse: for an article that needs no rebuild (unchanged since the last build),
            returns the triples it already has; they go to the output file as they are.
        on_skip: told about each input that could not be read.
        on_article: told about each article once built (for progress bars).
        known_people: full names already known (from the store), so that a surname
            alone in a new article joins the same person (see :mod:`kg.identity`).
        relations: a relation declaration file adding the user's relations to kg's own
            (see :mod:`kg.relations`); their terms are in the file's namespace.

    Returns:
        A :class:`BuildSummary`.
    """
    from kg.output import ArticleGraph, GraphWriter

    from kg.relations import registry_for

    relations = str(relations) if relations else None
    registry = registry_for(relations)  # a malformed file fails here, before any work
    summary = BuildSummary()
    started = time.perf_counter()

    def skipped(s: Skipped) -> None:
        summary.skipped.append(s)
        on_skip(s)

    def wanted(items):
        for item in items:
            if reuse is not None and isinstance(item, Article):
                kept = reuse(item)
                if kept is not None:
                    summary.unchanged += 1
                    if writer is not None:
                        writer.add_triples(item.id, kept)
                    continue
            yield item

    consumers = list(sinks)
    writer = GraphWriter(output) if output is not None else None
    if writer is not None:
        consumers.insert(0, writer)
        summary.outputs["graph"] = str(output)
    people = PersonRegistry(known_people)
    try:
        items = wanted(read_articles(inputs, max_chars=max_chars))
        for ex in extract_all(items, model=model, workers=workers, batch_size=batch_size, on_skip=skipped, relations=relations):
            ex = people.apply(ex)
            triples = ArticleGraph(article_triples(ex, registry))  # once, and its text once, for every sink
            for consumer in list(consumers):
                _feed(consumer, consumer.add_triples, (ex.article.id, triples), consumers, summary)
            summary.add(ex)
            on_article(ex)
    except BaseException:
        for consumer in consumers:
            getattr(consumer, "abort", consumer.close)()
        raise
    if writer is not None and writer in consumers:
        written = summary.articles + summary.unchanged
        if written == 0:  # never replace a file with an empty one: keep what is there
            consumers.remove(writer)
            writer.abort()
            summary.outputs["graph"] = f"{output} not written: no article was built"
        else:
            summary.outputs["graph"] = f"{output} ({written} article(s): these inputs only)"
    for consumer in list(consumers):
        _feed(consumer, consumer.close, None, consumers, summary)
    summary.seconds = time.perf_counter() - started
    return summary


def reuse_from(store) -> Callable[[Article], list | None]:
    """For :func:`build`'s ``reuse``: an article's graph from ``store`` when neither its text
    nor its title, url or date changed since it was built there; else None (rebuild it).

    What each stored article says of itself is read in one query at the start; unchanged
    articles' graphs are copied into the RDF file when it closes, by the store itself
    (:meth:`kg.store.BaseStore.write_graphs`), never read back as rdflib terms.
    """
    from kg.iri import article_iri
    from kg.output import StoredGraph

    known = store.heads()

    def reuse(article: Article):
        name = article_iri(article.id)
        stored = known.get(str(name))
        if stored is None:
            return None
        head = {(p, o) for s, p, o in article_triples(Extraction(article)) if s == name}  # what the article says of itself
        predicates = {p for p, _ in head} | _ARTICLE_FIELDS
        if {(p, o) for p, o in stored if p in predicates} != head:
            return None
        return StoredGraph(name, store)  # copied from the store with the others when the file closes

    return reuse


def _feed(consumer, method, arg, consumers: list, summary: BuildSummary) -> None:
    """Call a sink; a store that fails (unreachable, full) is reported and dropped, and
    the build goes on with the other outputs. What the store already holds stays."""
    from kg.errors import OutputError, StoreError
    from kg.store import GraphRejected

    try:
        method(*arg) if arg is not None else method()
    except GraphRejected as exc:  # some graphs refused, the others written: the store stays
        summary.errors.extend(exc.problems)
    except (StoreError, OutputError) as exc:
        summary.errors.append(str(exc))
        consumers.remove(consumer)
        if isinstance(exc, OutputError):
            consumer.abort()


def extract_texts(texts: Mapping[str, str] | Iterable[str], *, model: str | None = None,
                  relations: str | Path | None = None) -> list[Extraction]:
    """Extract from strings: a mapping of id to text, or texts (ids ``text-1``, ...)."""
    items = texts.items() if isinstance(texts, Mapping) else ((f"text-{n}", t) for n, t in enumerate(texts, 1))
    return list(extract_all((Article(id=i, text=t) for i, t in items), model=model,
                            relations=str(relations) if relations else None))


def build_dataset(source: Mapping[str, str] | Iterable[str | Path], *, model: str | None = None,
                  relations: str | Path | None = None):
    """An rdflib Dataset from texts or files, in one call (for notebooks).

    ``source`` is a mapping of article id to text, a list of files and folders
    (when every item names an existing path), or else a list of texts.

    >>> ds = build_dataset({"a1": "Mr Smith met Ms Jones in Paris on Monday."})  # doctest: +SKIP
    >>> from kg.namespace import KG; len(list(ds.triples((None, KG.meets, None))))  # doctest: +SKIP
    1
    """
    from kg.rdf import to_dataset
    from kg.relations import registry_for

    path = str(relations) if relations else None
    registry = registry_for(path)
    if isinstance(source, Mapping):
        return to_dataset(extract_texts(source, model=model, relations=path), registry)
    items = list(source)
    if items and all(isinstance(x, Path) or Path(str(x)).exists() for x in items):
        return to_dataset(extract_all(read_articles(items), model=model, relations=path), registry)
    return to_dataset(extract_texts(items, model=model, relations=path), registry)
