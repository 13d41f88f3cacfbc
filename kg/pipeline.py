"""Articles in, extractions out: spaCy's ``nlp.pipe`` in batches, in one or more processes.

Memory stays bounded: articles are read lazily and at most a few batches are in
flight at once, whatever the size of the corpus.
"""
from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import nullcontext
from itertools import islice

from kg.inputs import Skipped
from kg.model import Article, Extraction

DEFAULT_BATCH = 32
#: characters of text spaCy's ``tok2vec`` embeds in one call: thinc keeps every layer's output of a
#: call alive until it ends (2.8 KiB a character: 134 MiB for a batch of 32 Reuters articles of
#: 47,686 characters), so a batch's peak followed its total length and the longest batches, late in a
#: corpus, set a build's peak. In groups of at most this many characters (a longer article alone) the
#: peak is about the same for every batch: 55-70 MiB less for the long ones, the same annotations.
EMBED_CHARS = 20_000
#: documents the recogniser takes at once: it parses them sorted by length in sub-batches of a quarter
#: of this (its own tok2vec's memory, as above, for the 4 longest articles of a batch, not the 8 longest)
NER_BATCH = 16
#: articles a process parses before it parses each batch in spaCy's memory zone (``nlp.memory_zone()``):
#: the words of the first ones (most of a corpus's running words) stay in the vocabulary, with their
#: lexemes, strings and tokenizer cache entries; a word first met later is dropped after its batch, so the
#: vocabulary stops growing (about 380 bytes a new word; Reuters brings 50,000 after its first 1,000
#: articles). Not from the start: inside a zone spaCy caches no tokenization and keeps no new lexeme
#: (a zone for every batch from the first cost 6 % more CPU; after the first 1,000 articles, 0.7 %).
ZONE_AFTER = 1_000
#: articles this process has parsed, by model (for :data:`ZONE_AFTER`)
_parsed: dict[str | None, int] = {}


def release() -> None:
    """Drop this process's spaCy pipelines and what their parses left, and hand the freed pages back
    to the operating system (:func:`kg.memory.release_free_memory`): for a process that parses no
    more before a long step of its own (``kg build`` consolidating the store and drawing the page:
    the model, its vocabulary and its caches are about 150 MiB of a build's memory, and those steps'
    peak was on top of them). A later parse loads the model again."""
    import gc

    from kg.memory import release_free_memory
    from kg.nlp import load_pipeline

    load_pipeline.cache_clear()
    _parsed.clear()  # a pipeline loaded again starts with its own vocabulary: zoned after its own first articles
    gc.collect()
    release_free_memory()


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
    texts = [a.text for a in articles]
    zoned = _parsed.get(model, 0) >= ZONE_AFTER
    _parsed[model] = _parsed.get(model, 0) + len(texts)
    with nlp.memory_zone() if zoned else nullcontext():  # the Docs live inside it: extracted before it ends
        docs = nlp.pipe(texts, batch_size=len(texts) or 1, component_cfg=component_batches(nlp, texts))
        return [_extract_one(extract, doc, article, registry) for doc, article in zip(docs, articles)]


def char_groups(texts: list[str], budget: int) -> list[int]:
    """How many texts each group takes when ``texts`` are cut, in order, into groups of at most
    ``budget`` characters (a longer text is a group of its own).

    >>> char_groups(["aaaa", "bb", "ccc", "dddddddd", "e"], 6)
    [2, 1, 1, 1]
    """
    sizes: list[int] = []
    count = chars = 0
    for text in texts:
        if count and chars + len(text) > budget:
            sizes.append(count)
            count = chars = 0
        count += 1
        chars += len(text)
    if count:
        sizes.append(count)
    return sizes


def component_batches(nlp, texts: list[str]) -> dict[str, dict]:
    """``nlp.pipe``'s ``component_cfg`` for one batch of ``texts``: each spaCy ``Tok2Vec`` is given
    them in groups of at most :data:`EMBED_CHARS` characters (spaCy's ``minibatch`` takes a sequence
    of sizes), the recogniser :data:`NER_BATCH` documents at a time; the other components the whole batch."""
    from spacy.pipeline import EntityRecognizer, Tok2Vec

    sizes = char_groups(texts, EMBED_CHARS)
    cfg: dict[str, dict] = {}
    for name, proc in nlp.pipeline:
        if isinstance(proc, Tok2Vec):
            cfg[name] = {"batch_size": iter([*sizes, 1])}  # one more: minibatch asks once past the end
        elif isinstance(proc, EntityRecognizer):
            cfg[name] = {"batch_size": min(NER_BATCH, len(texts) or 1)}
    return cfg


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
