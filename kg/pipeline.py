"""Articles in, extractions out: spaCy's ``nlp.pipe`` in batches, in one or more processes.

Memory stays bounded: articles are read lazily and at most a few batches are in
flight at once, whatever the size of the corpus.
"""
from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import islice

from kg.inputs import Skipped
from kg.model import Article, Extraction

DEFAULT_BATCH = 32


def _batches(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def extract_batch(articles: list[Article], model: str | None = None, relations: str | None = None) -> list[Extraction]:
    """Parse and extract a batch in this process (the model and the relations are loaded once per process)."""
    from kg.extract import extract
    from kg.nlp import load_pipeline
    from kg.relations import registry_for

    nlp = load_pipeline(model)
    registry = registry_for(relations)
    docs = nlp.pipe((a.text for a in articles), batch_size=len(articles) or 1)
    return [_extract_one(extract, doc, article, registry) for doc, article in zip(docs, articles)]


def _extract_one(extract, doc, article: Article, registry) -> Extraction | Skipped:
    """One article's extraction; a rule that fails on it skips that article (named in one line), not
    the build: the others are extracted and stored all the same."""
    try:
        return extract(doc, article, relations=registry)
    except (RecursionError, ValueError, IndexError, KeyError, TypeError, AttributeError) as exc:
        return Skipped(article.source or article.id, f"extraction failed ({type(exc).__name__}); please report this article")


def _init_worker(model: str | None) -> None:
    from kg.nlp import load_pipeline

    load_pipeline(model)


def extract_all(
    items: Iterable[Article | Skipped],
    *,
    model: str | None = None,
    workers: int = 1,
    batch_size: int = DEFAULT_BATCH,
    on_skip: Callable[[Skipped], None] = lambda s: None,
    relations: str | None = None,
) -> Iterator[Extraction]:
    """Extractions in input order; skipped inputs go to ``on_skip`` as they are met.

    Args:
        items: articles (and skip records) as :func:`kg.inputs.read_articles` yields them.
        model: spaCy pipeline name or path (default: see :mod:`kg.nlp`).
        workers: processes to parse in; 1 parses in this process.
        batch_size: articles per ``nlp.pipe`` batch and per task.
        relations: a user's relation declaration file (see :mod:`kg.relations`), added to kg's own.
    """

    def articles() -> Iterator[Article]:
        for item in items:
            if isinstance(item, Skipped):
                on_skip(item)
            else:
                yield item

    def results(extractions: list[Extraction | Skipped]) -> Iterator[Extraction]:
        for ex in extractions:
            if isinstance(ex, Skipped):
                on_skip(ex)
            else:
                yield ex

    if workers <= 1:
        for batch in _batches(articles(), batch_size):
            yield from results(extract_batch(batch, model, relations))
        return

    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context("forkserver" if os.name == "posix" else "spawn")
    pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_init_worker, initargs=(model,))
    try:
        pending: deque = deque()
        for batch in _batches(articles(), batch_size):
            pending.append(pool.submit(extract_batch, batch, model, relations))
            if len(pending) >= 2 * workers:
                yield from results(pending.popleft().result())
        while pending:
            yield from results(pending.popleft().result())
    except BaseException:  # interrupted, terminated (see kg.cli) or closed early: no worker is left behind
        _stop(pool)
        raise
    pool.shutdown()


def _stop(pool) -> None:
    """Stop a process pool now: queued batches cancelled, running workers terminated.

    ``shutdown(wait=True)`` would wait for every running batch, and workers whose parent
    died without it wait for work forever (they hold their task queue open themselves).
    """
    processes = list((getattr(pool, "_processes", None) or {}).values())  # no public way to reach them
    pool.shutdown(wait=False, cancel_futures=True)
    for proc in processes:
        if proc.is_alive():
            proc.terminate()
    for proc in processes:
        proc.join(5)
