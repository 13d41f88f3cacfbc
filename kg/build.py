"""``kg build``: articles to an RDF file (and, with the store and view stages, more).

Also the notebook entry point: :func:`build_dataset` turns strings or files into
an rdflib Dataset in one call.
"""
from __future__ import annotations

import hashlib
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
    URIRef("https://w3id.org/kg-news/ns#source"),
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
    #: why the store could not be opened (the other outputs were built without it), else None
    store_error: str | None = None
    #: the entities counted in :attr:`entities`, each by :func:`entity_digest` of its IRI: an entity
    #: in two articles counts once (the IRIs themselves took 3 times the memory)
    entity_digests: set[int] = field(default_factory=set, repr=False)
    #: the ids of the articles built (not those unchanged), for updating the consolidation
    built: list[str] = field(default_factory=list, repr=False)
    #: facts the store holds after the build that it did not hold before (by fact IRI: a fact
    #: of a rebuilt article that was there before is not new); None when no store was built
    new_facts: int | None = None

    @property
    def partial(self) -> bool:
        """Whether something was left out: skipped inputs, a failed store or sink."""
        return bool(self.skipped or self.errors or self.store_error)

    def add(self, ex: Extraction) -> None:
        from kg.iri import entity_iri

        self.articles += 1
        self.built.append(ex.article.id)
        for e in ex.entities:  # distinct IRIs, as the graph holds them (kg analyze counts the same)
            key = entity_digest(str(entity_iri(e.type, e.label, article_id=ex.article.id)))
            if key not in self.entity_digests:
                self.entity_digests.add(key)
                self.entities += 1
        self.words += len(ex.article.text.split())
        self.facts.update(f.relation for f in ex.facts)
        self.statuses.update(f.status for f in ex.facts)


def entity_digest(iri: str) -> int:
    """A 64-bit digest of an entity IRI, the same in every process (for counting distinct
    entities across worker shards; two of 100,000 entities share one with odds of 1 in 3 billion).

    >>> entity_digest("https://w3id.org/kg-news/id/person/anna-berg") == entity_digest("https://w3id.org/kg-news/id/person/anna-berg")
    True
    """
    return int.from_bytes(hashlib.blake2b(iri.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "little")


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
    keep_model: bool = True,
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
        keep_model: False drops the spaCy pipeline once the articles are parsed, before the
            sinks close (:func:`kg.pipeline.release`: about 150 MiB less for what follows; a
            later build in this process loads it again).

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
    if not keep_model:
        from kg.pipeline import release

        release()
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


#: the HTML page :func:`build_all` writes keeps at most this many entities, the best-connected
HTML_MAX_NODES = 2000
#: a build of more new or changed articles than this consolidates the store whole, not by update
#: (an update reads each article's claims with its own queries)
INCREMENTAL_MAX = 200


def build_all(
    inputs: Iterable[str | Path],
    *,
    output: str | Path | None = None,
    store: str | Path | None = None,
    backend: str | None = None,
    store_options: Mapping[str, object] | None = None,
    html: str | Path | None = None,
    force: bool = False,
    consolidate: bool = True,
    model: str | None = None,
    workers: int = 1,
    batch_size: int = DEFAULT_BATCH,
    max_chars: int = MAX_CHARS,
    relations: str | Path | None = None,
    dask: str | None = None,
    on_skip: Callable[[Skipped], None] = lambda s: None,
    on_article: Callable[[object], None] = lambda ex: None,
    on_dashboard: Callable[[str], None] = lambda link: None,
    keep_model: bool = True,
) -> BuildSummary:
    """What ``kg build`` does, for a notebook too: the RDF file, the store (incrementally:
    articles unchanged since the last build into it are kept, not parsed again), the
    store's consolidation across articles, and the HTML page.

    Args:
        inputs: .txt/.jsonl files and folders.
        output: RDF file to write (format from its extension); None writes none.
        store: the store to build into: a folder (embedded Oxigraph) or a server URL, opened
            with :func:`kg.store.open_store` (``backend`` and ``store_options`` go to it);
            None builds no store. A store that cannot be opened is reported in
            :attr:`BuildSummary.store_error` and the other outputs are built without it.
        html: the HTML page to write (at most :data:`HTML_MAX_NODES` entities); None writes none.
        force: rebuild articles the store already holds unchanged.
        consolidate: consolidate the store's facts across articles afterwards (:mod:`kg.consolidate`):
            updated for the articles built when they are few (:func:`kg.consolidate.update_store`),
            else, or with ``force``, made whole. Without it, a consolidation the build makes out of
            date is dropped (the next one is made whole).
        dask: extract on a Dask cluster (see :func:`kg.distributed.build_on_dask`).
        on_skip: told about each input that could not be read (they are in the summary too).
        on_article: told about each article once built (for progress bars).
        on_dashboard: with ``dask``, told the Dask dashboard's address.
        keep_model: False drops the spaCy pipeline once the articles are parsed, so that closing
            the store, the consolidation and the page do not add their peaks to the model's
            memory (``kg build`` does: its process exits anyway); True keeps it loaded for the
            next build in this process (a notebook's).
        Others: as :func:`build`.

    Returns:
        A :class:`BuildSummary`: counts, skipped inputs, store errors and what was written where.

    Raises:
        KGError: for an error that stops the build (a malformed relations file, ``html`` that
            is the ``output`` too, an unreachable cluster, ...).

    >>> s = build_all(["articles/"], output="kg-out/graph.trig", store="kg-out/store")  # doctest: +SKIP
    >>> s.articles, s.unchanged, [str(x) for x in s.skipped]  # doctest: +SKIP
    (2, 0, [])
    """
    from kg.errors import KGError
    from kg.relations import registry_for
    from kg.store import open_store

    if output is not None and html is not None and Path(html).resolve() == Path(output).resolve():
        raise KGError(f"the HTML page {html} is the RDF output too: give the page another name")
    try:
        registry = registry_for(str(relations) if relations else None)  # a malformed file fails here, before any work
    except OSError as exc:
        raise KGError(str(exc)) from None
    options = dict(store_options or {})
    target = reuse = None
    facts_before: set[str] = set()
    known_people: list[str] = []
    store_error = None
    if store is not None or backend is not None:
        try:
            from kg.ontology import ontology_graph

            target = open_store(store, backend=backend, **options)
            try:
                target.load_ontology(ontology_graph(registry))
                known_people = target.people()
                facts_before = target.fact_iris()  # to count the new ones after the build
                target.count_later()  # a first build: the store's counts added up as it goes, written at the end
                if not force:
                    reuse = reuse_from(target)
            except BaseException:
                target.close()
                raise
        except KGError as exc:  # the store cannot be opened: build the other outputs all the same
            target, store_error = None, str(exc)
    sinks = [target] if target is not None else []
    if dask:
        from kg.distributed import build_on_dask

        summary = build_on_dask(
            inputs, cluster=dask, output=output, sinks=sinks, model=model, batch_size=batch_size,
            max_chars=max_chars, reuse=target if reuse is not None else None, known_people=known_people,
            relations=relations, on_skip=on_skip, on_article=on_article, on_dashboard=on_dashboard)
    else:
        summary = build(
            inputs, output=output, sinks=sinks, model=model, workers=workers, batch_size=batch_size,
            max_chars=max_chars, reuse=reuse, known_people=known_people, relations=relations,
            on_skip=on_skip, on_article=on_article, keep_model=keep_model)
    summary.store_error = store_error
    stored = target is not None and not summary.errors
    if stored:
        summary.outputs["store"] = str(getattr(target, "label", store))
        with open_store(store, backend=backend, **options) as again:
            summary.new_facts = len(again.fact_iris() - facts_before)
            if consolidate:
                from kg.consolidate import consolidate_store, update_store
                from kg.iri import article_iri

                if force or len(summary.built) != summary.articles or summary.articles > INCREMENTAL_MAX:
                    from kg.summary import WHOLE

                    # the counts were kept as the articles were written: made again only if not whole
                    done = consolidate_store(again, relations=registry, recount=not again.summary_node(WHOLE))
                else:  # only what the new and changed articles touch (made whole if there is none yet)
                    done = update_store(again, [article_iri(a) for a in summary.built], relations=registry)
                summary.outputs["consolidated"] = (f"{done.facts} facts across articles ({done.corroborated} from 2+ sources, "
                                                   f"{done.contradictions} contradicted)")
            elif summary.articles:  # out of date now: dropped, so that the next consolidation is made whole
                from kg.consolidate import CONSOLIDATED_GRAPH

                again.replace_graphs({CONSOLIDATED_GRAPH: []})
                summary.outputs["consolidated"] = "none (out of date, dropped: run kg consolidate)"
        from kg.memory import release_free_memory

        release_free_memory()  # what the store and the consolidation freed, before the page reads the store again
    if html is not None and summary.articles + summary.unchanged:  # no article: keep the page there
        from kg.render import render_file

        if stored and target.name == "oxigraph" and getattr(target, "path", None) is not None:  # faster than re-parsing the file
            with open_store(store, read_only=True) as source:
                render_file(source, html, max_nodes=HTML_MAX_NODES)
        elif output is not None:
            render_file(output, html, max_nodes=HTML_MAX_NODES)
        elif stored:
            with open_store(store, backend=backend, **options) as source:
                render_file(source, html, max_nodes=HTML_MAX_NODES)
        else:
            raise KGError("an HTML page needs the RDF output or a store to draw")
        summary.outputs["html"] = str(html)
    return summary


def reuse_from(store) -> Callable[[Article], list | None]:
    """For :func:`build`'s ``reuse``: an article's graph from ``store`` when neither its text
    nor its title, url, date or source changed since it was built there; else None (rebuild it).

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


class SkippedInputWarning(UserWarning):
    """An input :func:`build_dataset` could not read (when it is given no ``on_skip``)."""


def _warn_skipped(s: Skipped) -> None:
    import warnings

    warnings.warn(f"kg: skipped {s}", SkippedInputWarning, stacklevel=4)


def extract_texts(texts: Mapping[str, str] | Iterable[str], *, model: str | None = None,
                  relations: str | Path | None = None) -> list[Extraction]:
    """Extract from strings: a mapping of id to text, or texts (ids ``text-1``, ...)."""
    items = texts.items() if isinstance(texts, Mapping) else ((f"text-{n}", t) for n, t in enumerate(texts, 1))
    return list(extract_all((Article(id=i, text=t) for i, t in items), model=model,
                            relations=str(relations) if relations else None))


def build_dataset(source: Mapping[str, str] | Iterable[str | Path], *, model: str | None = None,
                  relations: str | Path | None = None, known_people: Iterable[str] = (),
                  on_skip: Callable[[Skipped], None] = _warn_skipped):
    """An rdflib Dataset from texts or files, in one call (for notebooks).

    ``source`` is a mapping of article id to text, a list of files and folders
    (when every item names an existing path), or else a list of texts. People get the
    IRIs ``kg build`` gives them: a surname alone joins the full name met in an earlier
    article (or in ``known_people``; see :mod:`kg.identity`). Inputs that cannot be read
    go to ``on_skip``: by default a :class:`SkippedInputWarning` each.

    >>> ds = build_dataset({"a1": "Mr Smith met Ms Jones in Paris on Monday."})  # doctest: +SKIP
    >>> from kg.namespace import KG; len(list(ds.triples((None, KG.meets, None))))  # doctest: +SKIP
    1
    """
    from kg.rdf import to_dataset
    from kg.relations import registry_for

    path = str(relations) if relations else None
    registry = registry_for(path)
    people = PersonRegistry(known_people)  # the cross-article registry of kg build, in input order
    if isinstance(source, Mapping):
        extractions = extract_texts(source, model=model, relations=path)
    else:
        items = list(source)
        if items and all(isinstance(x, Path) or Path(str(x)).exists() for x in items):
            extractions = extract_all(read_articles(items), model=model, relations=path, on_skip=on_skip)
        else:
            extractions = extract_texts(items, model=model, relations=path)
    return to_dataset((people.apply(ex) for ex in extractions), registry)
