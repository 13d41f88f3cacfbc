"""``kg build --dask``: extraction on a Dask cluster, one N-Quads shard per partition.

The inputs are cut into partitions on the client without parsing them (JSONL files
by line ranges, folders by lists of files). Each partition is one task in two steps:

1. **extract** (on a worker, whose spaCy pipeline a :class:`LoadPipeline` worker plugin
   loaded once): read the partition, skip articles unchanged since the store's last
   build, parse and extract. The extractions stay in the worker's memory; only the
   articles' ids and their people's names travel to the client.
2. **reduce** (on the client, in input order): the cross-article person registry
   (:class:`kg.identity.PersonRegistry`) runs on those names exactly as a one-machine
   build runs it, so a surname alone gets the same full name, hence the same IRI;
   duplicate ids are dropped as :func:`kg.inputs.read_articles` drops them.
3. **write** (on the worker holding the extractions): apply the reduce's renames, make
   the triples (:func:`kg.rdf.article_triples`) and write the partition's N-Quads shard
   atomically (temporary file, then rename): a task that fails or a worker that dies
   leaves no half-written shard, and Dask runs the task again (extracting again when
   the worker and its memory are gone).

The client then loads the shards: Oxigraph's bulk loader for the embedded store (each
article keeps its own named graph; a rebuilt article's old graph is dropped first),
one POST per shard for a SPARQL server, and the RDF file from the shards' text.

``dask[distributed]`` is an optional extra (``pip install 'kg-news[dask]'``), imported
only here, inside the functions that need it.
"""
from __future__ import annotations

import io
import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from kg.errors import KGError
from kg.inputs import MAX_CHARS, Skipped
from kg.model import Article, Entity, Extraction
from kg.pipeline import DEFAULT_BATCH

#: articles per task when not given: big enough that a task's overhead is small next to
#: its parsing (about 1 s per 30 articles on one core), small enough to spread the work
DEFAULT_PARTITION = 250
#: at least this many tasks per worker when the input is small, so that all are busy
TASKS_PER_WORKER = 4
#: times Dask runs a task again after it raised (a dead worker's tasks are re-run anyway)
RETRIES = 2
SHARD_SUFFIX = ".nq"


class ClusterError(KGError):
    """No Dask cluster could be started or reached, or dask is not installed."""


@dataclass(frozen=True, slots=True)
class Partition:
    """One task's share of the inputs: a byte range of a JSONL file, or text files.

    ``first_line`` is the number :func:`kg.inputs.read_jsonl` gives the range's first
    line, so skip messages and sources name the same line as a one-machine build.
    """

    index: int
    path: str | None = None  # a JSONL file
    start: int = 0
    end: int = 0
    first_line: int = 1
    files: tuple[tuple[str, str | None], ...] = ()  # (text file, folder it was found in)

    @property
    def shard(self) -> str:
        return f"part-{self.index:06d}{SHARD_SUFFIX}"


def partitions(inputs: Iterable[str | Path], *, size: int = DEFAULT_PARTITION) -> tuple[list[Partition], list[Skipped]]:
    """Cut the inputs into partitions of about ``size`` lines or files, in input order.

    Only line ends are read (no JSON is parsed), so this is quick on the client.

    >>> parts, skipped = partitions(["no-such-file.jsonl"]); parts, [s.reason for s in skipped]
    ([], ['no such file or folder'])
    """
    from kg.inputs import JSONL_SUFFIXES, _expand

    parts: list[Partition] = []
    skipped: list[Skipped] = []
    files: list[tuple[str, str | None]] = []

    def flush_files() -> None:
        while files:
            parts.append(Partition(len(parts), files=tuple(files[:size])))
            del files[:size]

    for item in _expand(inputs):
        if isinstance(item, Skipped):
            skipped.append(item)
            continue
        path, root = item
        if path.suffix.lower() not in JSONL_SUFFIXES:
            files.append((str(path), str(root) if root is not None else None))
            if len(files) >= size:
                flush_files()
            continue
        flush_files()
        try:
            ranges = list(_line_ranges(path, size))
        except OSError as exc:
            skipped.append(Skipped(str(path), f"cannot read: {exc.strerror or exc}"))
            continue
        base = len(parts)
        parts.extend(Partition(base + n, str(path), a, b, first) for n, (a, b, first) in enumerate(ranges))
    flush_files()
    return parts, skipped


def _line_ranges(path: Path, size: int) -> Iterator[tuple[int, int, int]]:
    """(start byte, end byte, number of the first line) of runs of ``size`` lines."""
    from kg.inputs import _lines

    start = offset = lines = 0
    number = 1  # read_jsonl's number of the next line (a lone CR starts a line too)
    first = 1
    with path.open("rb") as handle:
        for raw in handle:
            offset += len(raw)
            lines += 1
            number += sum(1 for _ in _lines((raw,))) if b"\r" in raw else 1
            if lines >= size:
                yield start, offset, first
                start, first, lines = offset, number, 0
    if lines:
        yield start, offset, first


class _Slice:
    """A byte range of a JSONL file that :func:`kg.inputs.read_jsonl` reads as if it were the file."""

    def __init__(self, path: str, start: int, end: int) -> None:
        self.path, self.start, self.end = path, start, end

    def open(self, mode: str = "rb"):
        with open(self.path, "rb") as f:
            f.seek(self.start)
            return io.BytesIO(f.read(self.end - self.start))

    @property
    def suffix(self) -> str:
        return Path(self.path).suffix

    def __str__(self) -> str:
        return self.path


def read_partition(part: Partition, *, max_chars: int = MAX_CHARS) -> Iterator[Article | Skipped]:
    """The partition's articles (and skip records), as :func:`kg.inputs.read_articles` reads them
    (except duplicate ids across partitions: the client's reduce step drops those)."""
    from kg.inputs import read_jsonl, read_text_file

    if part.path is None:
        for name, root in part.files:
            yield read_text_file(Path(name), max_chars=max_chars, root=Path(root) if root is not None else None)
        return
    shift = part.first_line - 1

    def renumbered(where: str | None) -> str | None:
        head, sep, number = (where or "").rpartition(":")
        return f"{head}:{int(number) + shift}" if sep and head == part.path and number.isdigit() else where

    for record in read_jsonl(_Slice(part.path, part.start, part.end), max_chars=max_chars):
        if isinstance(record, Skipped):
            yield Skipped(renumbered(record.source), record.reason)
        else:
            yield replace(record, source=renumbered(record.source))


# -- on the workers ------------------------------------------------------------

def _plugin_class():
    from distributed.diagnostics.plugin import WorkerPlugin

    class LoadPipeline(WorkerPlugin):
        """Load the spaCy pipeline and the relations once per worker, when it starts."""

        name = "kg-load-pipeline"

        def __init__(self, model: str | None, relations: str | None) -> None:
            self.model, self.relations = model, relations

        def setup(self, worker) -> None:
            from kg.nlp import load_pipeline
            from kg.relations import registry_for

            load_pipeline(self.model)
            registry_for(self.relations)

    return LoadPipeline


class _Heads:
    """What :func:`kg.build.reuse_from` needs of a store: its articles' heads, sent to the workers."""

    def __init__(self, heads: dict) -> None:
        self._heads = heads

    def heads(self) -> dict:
        return self._heads


@dataclass
class Extracted:
    """A partition after step 1, kept on the worker: every record in order, and the extractions.

    ``order`` holds ``("skip", Skipped)``, ``("same", id, source)`` (unchanged since the
    store's build) and ``("new", id, source)`` for each extracted article, in input order.
    """

    order: list[tuple]
    extractions: list[Extraction]


def extract_partition(part: Partition, model: str | None, relations: str | None, batch_size: int,
                      max_chars: int, heads: dict | None) -> Extracted:
    """Step 1 on a worker: read, skip unchanged articles, parse and extract."""
    from kg.build import reuse_from
    from kg.pipeline import _batches, extract_batch

    reuse = reuse_from(_Heads(heads)) if heads else None
    order: list[tuple] = []
    articles: list[Article] = []
    for record in read_partition(part, max_chars=max_chars):
        if isinstance(record, Skipped):
            order.append(("skip", record))
        elif reuse is not None and reuse(record) is not None:
            order.append(("same", record.id, record.source))
        else:
            order.append(("new", record.id, record.source))
            articles.append(record)
    results = iter([ex for batch in _batches(articles, batch_size) for ex in extract_batch(batch, model, relations)])
    extractions: list[Extraction] = []
    for n, entry in enumerate(order):
        if entry[0] == "new":
            ex = next(results)
            if isinstance(ex, Skipped):  # a rule failed on this article: skipped, named, the others go on
                order[n] = ("skip", ex)
            else:
                extractions.append(ex)
    return Extracted(order, extractions)


@dataclass(frozen=True)
class People:
    """What the client needs of a partition for the reduce step: ids and people, no text."""

    order: list[tuple]
    people: list[tuple[str | None, tuple[tuple[int, Entity], ...]]]  # per extraction: date, (index, person)


def people_of(extracted: Extracted) -> People:
    """On the worker: the order of the records and each extraction's people (without mentions)."""
    people = [(ex.article.published, tuple((n, replace(e, mentions=())) for n, e in enumerate(ex.entities) if e.type == "Person"))
              for ex in extracted.extractions]
    return People(extracted.order, people)


@dataclass(frozen=True)
class Decisions:
    """The reduce step's word on a partition: extractions to drop (duplicate ids) and people renamed."""

    drop: frozenset[int] = frozenset()
    renamed: dict[int, dict[int, Entity]] = field(default_factory=dict)  # extraction -> entity index -> entity


@dataclass
class Shard:
    """A written shard: its file, its articles in order with their line counts, and their counts."""

    path: str
    articles: list[tuple[str, int]]
    summary: object  # a kg.build.BuildSummary of the shard's articles
    bytes: int = 0


def write_shard(extracted: Extracted, decisions: Decisions, path: str, relations: str | None) -> Shard:
    """Step 3 on a worker: the partition's N-Quads, renamed as the reduce step said, written atomically."""
    from kg.atomic import AtomicFile
    from kg.build import BuildSummary
    from kg.iri import article_iri
    from kg.output import graph_block, nt_text
    from kg.rdf import article_triples
    from kg.relations import registry_for

    registry = registry_for(relations)
    summary = BuildSummary()
    articles: list[tuple[str, int]] = []
    out = AtomicFile(path)
    try:
        for n, ex in enumerate(extracted.extractions):
            if n in decisions.drop:
                continue
            if n in decisions.renamed:
                entities = list(ex.entities)
                for k, person in decisions.renamed[n].items():
                    entities[k] = replace(person, mentions=entities[k].mentions)
                ex = replace(ex, entities=tuple(entities))
            text = nt_text(article_triples(ex, registry))
            out.file.write(graph_block(article_iri(ex.article.id), text, "nquads"))
            articles.append((ex.article.id, text.count("\n")))
            summary.add(ex)
    except BaseException:
        out.abort()
        raise
    out.commit()
    return Shard(path, articles, summary, os.path.getsize(path))


# -- on the client ------------------------------------------------------------

class _Reducer:
    """The person registry and the duplicate check, run over partitions in input order."""

    def __init__(self, known_people: Iterable[str]) -> None:
        from kg.identity import PersonRegistry

        self.people = PersonRegistry(known_people)
        self.seen: dict[str, str] = {}

    def __call__(self, part: People) -> tuple[Decisions, list[Skipped], list[str], int]:
        """Decisions for the partition, its skip records, its unchanged ids, and its new articles."""
        drop, renamed, skipped, unchanged = set(), {}, [], []
        n = -1
        for record in part.order:
            kind = record[0]
            if kind == "skip":
                skipped.append(record[1])
                continue
            n += kind == "new"
            ident, source = record[1], record[2]
            if ident in self.seen:  # the message kg.inputs.read_articles gives
                skipped.append(Skipped(source or ident, f"duplicate article id {ident!r} (first in {self.seen[ident]})"))
                if kind == "new":
                    drop.add(n)
                continue
            self.seen[ident] = source or ident
            if kind == "same":
                unchanged.append(ident)
                continue
            published, people = part.people[n]
            stub = Extraction(Article(ident, "", published=published), tuple(e for _, e in people))
            after = self.people.apply(stub)  # the one-machine rule, in the same order
            changed = {k: e for (k, before), e in zip(people, after.entities) if e != before}
            if changed:
                renamed[n] = changed
        built = sum(1 for r in part.order if r[0] == "new") - len(drop)
        return Decisions(frozenset(drop), renamed), skipped, unchanged, built


def connect(address: str):
    """A Dask client: ``local`` or ``local:N`` starts a LocalCluster of N worker processes
    (one thread each; N defaults to the number of cores); anything else is a scheduler address.

    Returns:
        (client, cluster or None); close both when done.

    Raises:
        ClusterError: dask is not installed, the address is malformed, or no scheduler answers.
    """
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise ClusterError("--dask needs dask.distributed: pip install 'kg-news[dask]'") from None
    import logging

    if address == "local" or address.startswith("local:"):
        count = address.partition(":")[2]
        if count and not (count.isdigit() and int(count) > 0):
            raise ClusterError(f"--dask {address!r}: the number of workers must be a whole number over 0 (local, local:N, or a scheduler address such as tcp://host:8786)")
        n = int(count) if count else (os.cpu_count() or 1)
        cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=":0",
                               silence_logs=logging.ERROR)
        return Client(cluster), cluster
    try:
        return Client(address, timeout="20s"), None
    except (OSError, TimeoutError, ValueError) as exc:
        raise ClusterError(f"no Dask scheduler at {address} ({str(exc).splitlines()[0][:200]}); known forms: local, local:N, tcp://host:8786") from None


def build_on_dask(
    inputs: Iterable[str | Path],
    *,
    cluster,
    output: str | Path | None = None,
    sinks: Iterable = (),
    shards: str | Path | None = None,
    model: str | None = None,
    batch_size: int = DEFAULT_BATCH,
    partition_size: int | None = None,
    max_chars: int = MAX_CHARS,
    reuse=None,
    known_people: Iterable[str] = (),
    relations: str | Path | None = None,
    on_skip: Callable[[Skipped], None] = lambda s: None,
    on_article: Callable[[str], None] = lambda ident: None,
    on_dashboard: Callable[[str], None] = lambda link: None,
):
    """Build the graph of every article in ``inputs`` on a Dask cluster: the same graph as
    :func:`kg.build.build`, the articles extracted by the cluster's workers.

    Args:
        cluster: a scheduler address, ``local`` or ``local:N`` (see :func:`connect`), or a
            ``distributed.Client`` already connected (left open).
        shards: folder for the partitions' N-Quads shards; the workers write there and the
            client reads, so on a real cluster it is on a file system they share.
            [default: ``shards`` beside ``output``, else a temporary folder]
        partition_size: lines or files per task [default: :data:`DEFAULT_PARTITION`, fewer
            for small inputs so each worker gets :data:`TASKS_PER_WORKER` tasks].
        reuse: the store the build writes to, to keep articles unchanged since its last
            build (their graphs stay in it; the RDF file copies them from it); None rebuilds all.
        on_article: told each built article's id as its extraction task completes (progress).
        on_dashboard: told the Dask dashboard's address once connected.
        Others: as :func:`kg.build.build`.

    Returns:
        A :class:`kg.build.BuildSummary`; ``outputs["dask"]`` says how many tasks and shards,
        and how long extraction and loading took.

    Raises:
        ClusterError: when no cluster can be reached.
    """
    import tempfile

    from kg.build import BuildSummary
    from kg.relations import registry_for

    relations = str(relations) if relations else None
    registry_for(relations)  # a malformed file fails here, before any work
    summary = BuildSummary()
    started = time.perf_counter()
    own = not hasattr(cluster, "submit")
    client, local = connect(cluster) if own else (cluster, None)
    temporary = None
    try:
        if shards is None:
            if output is not None:
                shards = Path(output).parent / "shards"
            else:
                temporary = tempfile.TemporaryDirectory(prefix="kg-shards-")
                shards = temporary.name
        shards = Path(shards).resolve()
        shards.mkdir(parents=True, exist_ok=True)
        for old in shards.glob("part-*" + SHARD_SUFFIX):  # a previous run's: not this run's partitions
            old.unlink()
        on_dashboard(client.dashboard_link)
        workers = max(1, sum(client.nthreads().values()))
        inputs = list(inputs)
        if partition_size is None:
            from kg.inputs import count_articles

            partition_size = max(1, min(DEFAULT_PARTITION, -(-count_articles(inputs) // (TASKS_PER_WORKER * workers))))
        parts, skipped = partitions(inputs, size=partition_size)
        for s in skipped:
            summary.skipped.append(s)
            on_skip(s)
        shard_list, unchanged, extract_seconds = _run(
            client, parts, shards, summary, model=model, relations=relations, batch_size=batch_size,
            max_chars=max_chars, heads=reuse.heads() if reuse is not None else None,
            known_people=known_people, on_skip=on_skip, on_article=on_article)
        loaded = time.perf_counter()
        _load(shard_list, unchanged, output, list(sinks), reuse, summary)
        load_seconds = time.perf_counter() - loaded
        for tmp in shards.glob(".part-*"):  # left by a worker killed while writing: never a shard
            tmp.unlink(missing_ok=True)
        size = sum(s.bytes for s in shard_list)
        summary.outputs["dask"] = (f"{len(parts)} task(s) on {workers} worker(s), {len(shard_list)} shard(s) "
                                   f"({size / 1e6:.1f} MB) in {shards}; extraction {extract_seconds:.1f} s, loading {load_seconds:.1f} s")
    finally:
        if own:
            client.close()
            if local is not None:
                local.close()
        if temporary is not None:
            temporary.cleanup()
    summary.seconds = time.perf_counter() - started
    return summary


def _run(client, parts: list[Partition], shards: Path, summary, *, model, relations, batch_size, max_chars,
         heads, known_people, on_skip, on_article) -> tuple[list[Shard], list[str], float]:
    """Submit every partition, reduce their people in input order as they complete, and write
    each shard as soon as the partitions before it are reduced. Returns the shards in order."""
    from distributed import as_completed

    started = time.perf_counter()
    client.register_plugin(_plugin_class()(model, relations))
    heads_future = client.scatter([heads], broadcast=True)[0] if heads else None  # sent once to each worker
    extracted = [client.submit(extract_partition, p, model, relations, batch_size, max_chars, heads_future,
                               retries=RETRIES, pure=False, key=f"kg-extract-{p.index}-{os.urandom(4).hex()}")
                 for p in parts]
    people = {client.submit(people_of, f, retries=RETRIES, pure=False): n for n, f in enumerate(extracted)}
    reduce = _Reducer(known_people)
    ready: dict[int, People] = {}
    written: list = []
    unchanged: list[str] = []
    nxt = 0
    for future in as_completed(list(people)):
        n = people[future]
        ready[n] = future.result()
        for record in ready[n].order:
            if record[0] == "new":
                on_article(record[1])
        while nxt in ready:  # the registry runs in input order, as on one machine
            decisions, skipped, same, _ = reduce(ready.pop(nxt))
            for s in skipped:
                summary.skipped.append(s)
                on_skip(s)
            unchanged += same
            path = str(shards / parts[nxt].shard)
            written.append(client.submit(write_shard, extracted[nxt], decisions, path, relations,
                                         retries=RETRIES, pure=False, priority=10))
            nxt += 1
    results: list[Shard] = client.gather(written)
    del extracted, written
    for shard in results:
        summary.articles += shard.summary.articles
        summary.entity_digests |= shard.summary.entity_digests  # an entity in two shards counts once
        summary.entities = len(summary.entity_digests)
        summary.words += shard.summary.words
        summary.facts.update(shard.summary.facts)
        summary.statuses.update(shard.summary.statuses)
    summary.unchanged += len(unchanged)
    return results, unchanged, time.perf_counter() - started


def shard_graphs(shard: Shard) -> Iterator[tuple[str, str]]:
    """(article id, its N-Triples text) for each article of a shard, in order."""
    from kg.iri import article_iri
    from kg.rdf import nt

    with open(shard.path, encoding="utf-8", newline="\n") as f:
        for ident, count in shard.articles:
            cut = len(f" {nt(article_iri(ident))} .\n")
            yield ident, "".join(f.readline()[:-cut] + " .\n" for _ in range(count))


def _load(shards: list[Shard], unchanged: list[str], output, sinks: list, reuse, summary) -> None:
    """The RDF file from the shards' text, and every sink from the shards themselves."""
    from kg.errors import OutputError, StoreError
    from kg.iri import article_iri
    from kg.output import ArticleGraph, GraphWriter, StoredGraph

    rebuilt = [article_iri(ident) for s in shards for ident, _ in s.articles]
    if output is not None:
        written = summary.articles + summary.unchanged
        if written == 0:
            summary.outputs["graph"] = f"{output} not written: no article was built"
        else:
            try:
                with GraphWriter(output) as writer:
                    for shard in shards:
                        for ident, text in shard_graphs(shard):
                            writer.add_triples(ident, ArticleGraph(text=text))
                    for ident in unchanged:
                        writer.add_triples(ident, StoredGraph(article_iri(ident), reuse))
                summary.outputs["graph"] = f"{output} ({written} article(s): these inputs only)"
            except OutputError as exc:
                summary.errors.append(str(exc))
    for sink in sinks:
        try:
            old = sink.heads()  # a rebuilt article's graph replaces the old one, as on one machine
            load_shards(sink, shards, replace=[g for g in rebuilt if str(g) in old])
            sink.close()
        except (StoreError, OutputError) as exc:
            summary.errors.append(str(exc))


def load_shards(sink, shards: list[Shard], *, replace: list = ()) -> None:
    """Put the shards' graphs into a store: ``replace`` names graphs there to drop first
    (rebuilt articles). Oxigraph's bulk loader for the embedded store; one POST of each
    shard for a SPARQL server with a Graph Store Protocol URL; else graph by graph."""
    from kg.output import ArticleGraph
    from kg.store import OxigraphStore

    if replace:
        sink.replace_graphs({name: [] for name in replace})
    raw = getattr(sink, "_store", None)
    if isinstance(sink, OxigraphStore) and raw is not None and not sink.read_only:
        import pyoxigraph as ox

        from kg.errors import StoreError

        for shard in shards:
            if shard.articles:
                try:
                    raw.bulk_load(path=shard.path, format=ox.RdfFormat.N_QUADS)
                except (OSError, SyntaxError, ValueError) as exc:
                    raise StoreError(f"cannot load {shard.path} into the store at {sink.path}: {exc}") from None
        sink.stamp_loaded()  # the bulk loader bypasses the store's flush, which stamps each graph
        sink.rebuild_summary()  # and counts them (kg.summary)
        if sink.path is not None:
            raw.flush()
        return
    gsp = getattr(sink, "gsp_url", None)
    if gsp and not getattr(sink, "update_url", None) and hasattr(sink, "_send"):
        for shard in shards:
            if shard.articles:
                with open(shard.path, "rb") as f:
                    sink._send("POST", gsp, content=f.read(), headers={"Content-Type": "application/n-quads"})
        sink.rebuild_summary()
        return
    for shard in shards:
        for ident, text in shard_graphs(shard):
            sink.add_triples(ident, ArticleGraph(text=text))
