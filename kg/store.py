"""Triple stores kg loads into, chosen by name from a small table.

* ``oxigraph`` — embedded, persistent pyoxigraph store on disk (the default);
* ``memory``   — in memory, nothing on disk (tests, notebooks);
* ``sparql``   — any SPARQL 1.1 server: Graph Store Protocol to write,
  SPARQL Protocol to read (see :mod:`kg.remote`).

Every article is its own named graph; loading it again replaces that graph and
touches nothing else. The store adds to each article graph it writes the time it wrote
it (``kg:loadedAt``, read by the named query ``changes-since``); graphs copied from the
store into an RDF file leave it out. The ontology sits in its own graph, so queries can use its
labels and class hierarchy. Queries see the union of all graphs as their default
graph; ``GRAPH ?g`` still reaches one article. Triples an RDF file holds outside any
named graph go to the graph named after the file, whichever loader reads it.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime, timezone
from importlib import resources
from pathlib import Path

from rdflib import XSD, BNode, Literal, URIRef

from kg.errors import QueryError, StoreError, TermError
from kg.model import Extraction
from kg.namespace import ID, KG, NS
from kg.output import ArticleGraph, nt_text
from kg.rdf import article_triples, nt, nt_line
from kg.iri import article_iri, check_iri, check_text, file_iri

ONTOLOGY_GRAPH = URIRef(NS.rstrip("#"))
#: the names of article graphs start so (:func:`kg.iri.article_iri`)
ARTICLE_GRAPHS = str(ID["article/"])
_LOADED_AT = f"<{KG.loadedAt}>"
#: every article graph the store holds that has no load time gets one: now (after a bulk load)
_STAMP_UNSTAMPED = """
PREFIX kg: <https://w3id.org/kg-news/ns#>
INSERT { GRAPH ?g { ?g kg:loadedAt ?now } }
WHERE { GRAPH ?g { ?g a kg:Article } FILTER NOT EXISTS { GRAPH ?g { ?g kg:loadedAt ?t } } BIND (NOW() AS ?now) }
"""


class GraphRejected(StoreError):
    """The store refused some graphs (each named in :attr:`problems`) and wrote the others:
    a build reports it and goes on writing to the store."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        super().__init__(problems[0] + more)
#: files kg load reads, by extension (pyoxigraph parses them)
LOAD_FORMATS = {".ttl": "turtle", ".nt": "nt", ".nq": "nquads", ".trig": "trig", ".jsonld": "json-ld",
                ".json": "json-ld", ".rdf": "xml", ".owl": "xml", ".xml": "xml", ".n3": "n3"}


def load_time(when: datetime | None = None) -> Literal:
    """``when`` (default: now) as the ``xsd:dateTime`` in UTC a store writes into each article
    graph it writes (``kg:loadedAt``), to the microsecond.

    >>> str(load_time(datetime(2025, 5, 12, 6, 30, tzinfo=timezone.utc)))
    '2025-05-12T06:30:00.000000Z'
    """
    when = (when or datetime.now(timezone.utc)).astimezone(timezone.utc)
    return Literal(when.strftime("%Y-%m-%dT%H:%M:%S.%fZ"), datatype=XSD.dateTime, normalize=False)


def stamped(name: URIRef, triples, when: Literal):
    """An article graph's triples with the time it is written into the store (``kg:loadedAt``)
    in place of any it had; another graph's triples as they are. Keeps an
    :class:`~kg.output.ArticleGraph` as text (never parsed again)."""
    if not str(name).startswith(ARTICLE_GRAPHS) or not triples:  # an empty graph: one removed
        return triples
    if isinstance(triples, ArticleGraph):
        text = triples.text
        if _LOADED_AT in text:
            text = "".join(line for line in text.splitlines(keepends=True) if not _is_load_time(line))
        return ArticleGraph(text=text + nt_line(name, KG.loadedAt, when))
    return [t for t in triples if t[1] != KG.loadedAt] + [(name, KG.loadedAt, when)]


def _is_load_time(line: str) -> bool:
    """Whether an N-Triples or N-Quads line states a load time (its predicate, not its text)."""
    parts = line.split(" ", 2)  # subjects (IRIs, blank nodes) hold no space
    return len(parts) > 2 and parts[1] == _LOADED_AT


@dataclass(frozen=True, slots=True)
class Results:
    """A SELECT result: variable names and rows of SPARQL-JSON-style term dicts (None when unbound)."""

    variables: list[str]
    rows: list[tuple[dict | None, ...]]
    #: the answer goes on after these rows (they are one page of it: see :func:`kg.query.run_query`)
    more: bool = False

    def values(self) -> list[tuple[str | None, ...]]:
        return [tuple(t["value"] if t else None for t in row) for row in self.rows]


def ontology_files() -> list[Path]:
    base = resources.files("kg").joinpath("ontologies")
    return sorted(Path(str(p)) for p in base.iterdir() if p.name.endswith(".ttl"))


def _to_rdflib(term: dict):
    if term["type"] == "uri":
        return URIRef(term["value"])
    if term["type"] == "bnode":
        return BNode(term["value"])
    from rdflib import XSD

    datatype = term.get("datatype")
    if datatype == str(XSD.string):
        datatype = None
    return Literal(term["value"], lang=term.get("xml:lang"), datatype=URIRef(datatype) if datatype else None)


def as_term(value):
    """A value for a binding: rdflib terms stay as they are; other values become literals."""
    from rdflib.term import Identifier

    return value if isinstance(value, Identifier) else Literal(value)


def parse_binding(text: str):
    """``<iri>`` is an IRI; anything else a plain string literal.

    Raises:
        TermError: for ``<...>`` that is not a valid IRI, or text that is not valid Unicode.
    """
    if text.startswith("<") and text.endswith(">"):
        return URIRef(check_iri(text[1:-1]))
    return Literal(check_text(text))


class BaseStore:
    """What every back-end offers; subclasses fill in the storage."""

    name = "base"

    # writing -----------------------------------------------------------
    def replace_graphs(self, graphs: Mapping[URIRef, list[tuple]]) -> None:
        raise NotImplementedError

    def patch_graph(self, name: URIRef, remove: Iterable[URIRef], add: list[tuple]) -> None:
        """In the graph ``name``, remove every triple whose subject is in ``remove``, then add
        ``add``, as one change (:mod:`kg.consolidate` updates the nodes an article touches).
        Here by reading the graph and replacing it; back-ends that can, do it in place."""
        gone = set(remove)
        kept = [t for t in self.graph_triples(name) if t[0] not in gone]
        self.replace_graphs({name: list(dict.fromkeys(kept + list(add)))})

    def _patch_update(self, name: URIRef, remove: Iterable[URIRef], add: list[tuple]) -> str:
        """:meth:`patch_graph` as one SPARQL Update (every term checked by :func:`kg.rdf.nt`)."""
        g = nt(name)
        ops = [f"DELETE WHERE {{ GRAPH {g} {{ {nt(s)} ?p ?o }} }}" for s in dict.fromkeys(remove)]
        if add:
            ops.append(f"INSERT DATA {{ GRAPH {g} {{ {nt_text(add)} }} }}")
        return " ;\n".join(ops)

    def add(self, ex: Extraction) -> None:
        """Queue one article's graph (a build sink); written in batches."""
        self.add_triples(ex.article.id, article_triples(ex))

    def add_triples(self, article_id: str, triples: list[tuple]) -> None:
        self._pending[article_iri(article_id)] = triples
        if len(self._pending) >= self.batch:
            self.flush()

    #: the counts added up in memory until :meth:`close` (see :meth:`count_later`), else None
    _tally = None

    def count_later(self) -> bool:
        """For a first build: when the store holds no graph that is counted (only its own), keep
        its counts (:mod:`kg.summary`) in memory as graphs are written and write them once, when
        it closes, instead of reading each entity's count back at each write. Until then the
        counts are not whole (a build stopped half-way leaves them to be made whole by the next
        write, as for any store whose counts are not whole). Returns whether it does.

        Anything a tally cannot add up (a graph written twice, a graph refused) ends it: the
        counts are then made whole from the store at the next write, as before.
        """
        from kg.summary import SUMMARY_GRAPH, Tally

        if self.read_only or self._pending or self.has_counted_graph():
            return False
        self.replace_graphs({SUMMARY_GRAPH: []})
        self._tally = Tally()
        return True

    def has_counted_graph(self) -> bool:
        """Whether the store holds a graph its counts count (any but its own); here: assumed."""
        return True

    def _close_tally(self) -> None:
        """Write the counts added up since :meth:`count_later` (the node saying they are whole last)."""
        from kg.summary import SUMMARY_GRAPH

        tally, self._tally = self._tally, None
        if tally is None or not tally.graphs:
            return
        chunk: list[tuple] = []
        for t in tally.triples():
            chunk.append(t)
            if len(chunk) >= TALLY_CHUNK:
                self.patch_graph(SUMMARY_GRAPH, [], chunk)
                chunk = []
        self.patch_graph(SUMMARY_GRAPH, [], chunk)

    def _tallied(self, pending: Mapping[URIRef, list[tuple]], when) -> bool:
        """Write ``pending`` counted by the tally; False (and the tally dropped) when it cannot count them."""
        from kg.summary import OWN_GRAPHS, SUMMARY_GRAPH, counts_of

        tally = self._tally
        if any(tally.counted(str(name)) or str(name) in OWN_GRAPHS for name in pending):
            self._tally = None  # a graph written again: counted from the store from now on
            return False
        try:
            self.replace_graphs({name: stamped(name, triples, when) for name, triples in pending.items()})
        except GraphRejected:  # which were written is the store's to say: counted from it at the next write
            self._tally = None
            raise
        articles = tally.add({str(name): counts_of(str(name), triples) for name, triples in pending.items()})
        if articles:
            self.patch_graph(SUMMARY_GRAPH, [], articles)
        return True

    def flush(self) -> None:
        """Write the pending graphs; each article graph gets the time it is written (``kg:loadedAt``)."""
        if self._pending:
            pending, self._pending = self._pending, {}  # a failed write is reported once, not again on close
            when = load_time()
            if self._tally is not None and self._tallied(pending, when):
                return
            from kg.summary import OWN_GRAPHS, counts_of, read_counts, update_summary

            try:  # what the graphs it replaces add to the store's counts, taken off after writing them
                before = read_counts(self, pending)
            except StoreError:  # unknown: the write reports what is wrong; if it works, the counts are made whole
                before = None
            try:
                self.replace_graphs({name: stamped(name, triples, when) for name, triples in pending.items()})
            except GraphRejected:  # the others were written: counted all the same, as the store has them
                self._count(update_summary, before, lambda: read_counts(self, pending))
                raise
            self._count(update_summary, before, lambda: {str(name): counts_of(str(name), triples) for name, triples in pending.items()
                                                         if str(name) not in OWN_GRAPHS})

    def settle(self) -> None:
        """Have the back-end write to disk what it holds in memory of the writes so far (for a
        writer of many parts: Oxigraph's memtables); here: nothing to do."""

    def release_reads(self) -> None:
        """Give back the memory the back-end keeps from the reads so far (for a reader of a whole
        store, between its queries: :func:`kg.view.to_networkx`); here: nothing to do."""

    def _count(self, update, before, after) -> None:
        """Update the store's counts; a store that takes graphs but cannot answer a query (a bare
        Graph Store) keeps what it was given: its counts are marked not whole, so that the next
        write or ``kg consolidate`` that can makes them whole again."""
        from kg.summary import SUMMARY_GRAPH, WHOLE

        try:
            update(self, before, after())
        except StoreError:
            try:
                self.patch_graph(SUMMARY_GRAPH, [WHOLE], [])
            except StoreError:
                pass  # nothing to be done with a store that answers nothing: the write is what counts

    def remove_graphs(self, names: Iterable[URIRef]) -> None:
        """Remove graphs (articles) from the store, and what they added to its counts
        (:mod:`kg.summary`); then :func:`kg.consolidate.update_store` for the consolidation."""
        self.flush()
        for name in names:
            self._pending[URIRef(str(name))] = []
        self.flush()

    def has_graph(self, name: URIRef) -> bool:
        """Whether the store may hold the graph ``name`` (here: always; Oxigraph knows)."""
        return True

    def summary_node(self, node: URIRef) -> dict[str, str]:
        """What the store's summary says of one of its nodes (:mod:`kg.summary`): property IRI
        -> value, as text."""
        from kg.summary import NODE_QUERY

        return {p: o for p, o, _ in self.query(NODE_QUERY, {"n": node}).values()}

    def rebuild_summary(self) -> None:
        """The store's summary made again from all its graphs (:func:`kg.summary.rebuild_summary`)."""
        from kg.summary import rebuild_summary

        rebuild_summary(self)

    def close(self) -> None:
        self.flush()
        self._close_tally()

    def load_ontology(self, graph=None) -> None:
        """Put the ontology in its own graph (replacing it): ``graph``, an rdflib Graph, or
        kg's (:func:`kg.ontology.ontology_graph`; give it a user's registry for their terms)."""
        from kg.ontology import ontology_graph

        self.replace_graphs({ONTOLOGY_GRAPH: list(graph if graph is not None else ontology_graph())})

    def load_file(self, path: str | Path) -> int:
        """Load an RDF file: each named graph in it replaces the store's graph of that name;
        triples outside any named graph go to the graph named after the file
        (:func:`kg.iri.file_iri` of its stem), as :meth:`OxigraphStore.read_file` puts them.
        Returns graphs loaded."""
        from rdflib import Dataset

        path = Path(path)
        if not path.is_file():
            raise StoreError(f"{path}: no such file")
        fmt = LOAD_FORMATS.get(path.suffix.lower())
        if fmt is None:
            raise StoreError(f"{path}: unknown RDF format {path.suffix!r} (known: {', '.join(sorted(LOAD_FORMATS))})")
        ds = Dataset()
        try:
            ds.parse(path, format=fmt)
        except Exception as exc:  # rdflib raises many kinds; all mean "not this format"
            raise StoreError(f"{path}: not valid {fmt}: {str(exc).splitlines()[0][:200]}") from None
        graphs: dict[URIRef, list[tuple]] = {}
        for quad in ds.quads((None, None, None, None)):
            s, p, o, g = quad
            name = g.identifier if hasattr(g, "identifier") else g
            if name is None or str(name) == "urn:x-rdflib:default":
                name = file_iri(path.stem)
            graphs.setdefault(URIRef(str(name)), []).append((s, p, o))
        try:  # every term checked before anything is written: a bad file changes nothing
            for name, triples in graphs.items():
                nt(name)
                for triple in triples:
                    for term in triple:
                        nt(term)
        except TermError as exc:
            raise StoreError(f"{path}: {exc}") from None
        for name in graphs:
            self._pending[name] = graphs[name]
        self.flush()
        return len(graphs)

    # reading -----------------------------------------------------------
    def query(self, sparql: str, bindings: Mapping[str, object] | None = None) -> Results:
        raise NotImplementedError

    def query_rows(self, sparql: str, bindings: Mapping[str, object] | None = None) -> tuple[list[str], Iterator[tuple]]:
        """As :meth:`query`, the variables and an iterator of the rows. A store that can gives
        the rows as it finds them (Oxigraph: stop reading and the rest is never computed), so
        a caller that wants a page of a long answer pays for the page; others give the rows
        of the whole answer."""
        results = self.query(sparql, bindings)
        return results.variables, iter(results.rows)

    def count(self) -> int:
        """Triples in all named graphs together (the ontology's included)."""
        return int(self.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }").values()[0][0])

    def graph_triples(self, name: URIRef) -> list[tuple]:
        """The triples of one named graph, as rdflib terms."""
        q = "SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
        return [tuple(_to_rdflib(t) for t in row[:3]) for row in self.query(q, {"g": name}).rows]

    def graph_text(self, name: URIRef) -> str:
        """The triples of one named graph as N-Triples lines, for an RDF file: without the
        store's own ``kg:loadedAt`` (a file is the same whenever it is written)."""
        return nt_text([t for t in self.graph_triples(name) if t[1] != KG.loadedAt])

    def write_graphs(self, names: list[URIRef], file, fmt: str) -> None:
        """Write the named graphs to a text ``file`` as :func:`kg.output.graph_block` does (``nt``,
        ``nquads`` or ``trig``), for the file of a rebuild whose articles are unchanged."""
        from kg.output import graph_block

        for name in names:
            file.write(graph_block(name, self.graph_text(name), fmt))

    def heads(self) -> dict[str, set[tuple]]:
        """Article graph IRI -> what the graph says of the article itself, as (predicate, object)
        rdflib terms: its type, content hash, title, url and date (not the store's own load
        time). One query for every article."""
        q = "SELECT ?g ?p ?o WHERE { GRAPH ?g { ?g ?p ?o } FILTER (?p != <https://w3id.org/kg-news/ns#loadedAt>) }"
        out: dict[str, set[tuple]] = {}
        for g, p, o in self.query(q).rows:
            out.setdefault(g["value"], set()).add((_to_rdflib(p), _to_rdflib(o)))
        return out

    def people(self) -> list[str]:
        """Labels of every person in the store."""
        q = "SELECT DISTINCT ?l WHERE { ?p a <https://w3id.org/kg-news/ns#Person> ; <http://www.w3.org/2000/01/rdf-schema#label> ?l }"
        return [l for (l,) in self.query(q).values()]

    def fact_iris(self) -> set[str]:
        """The IRI of every fact node in the store's article graphs (one query)."""
        q = "SELECT ?f WHERE { ?f <https://w3id.org/kg-news/ns#relation> ?r }"
        return {f for (f,) in self.query(q).values()}

    def hashes(self) -> dict[str, str]:
        """Article graph IRI -> content hash of the text it was built from."""
        q = "SELECT ?g ?h WHERE { GRAPH ?g { ?g <https://w3id.org/kg-news/ns#contentHash> ?h } }"
        return {g: h for g, h in self.query(q).values()}

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        """Close the store, on an error too (its lock released); an error while closing after
        another one is not raised over it."""
        if exc[0] is None:
            self.close()
            return
        try:
            self.close()
        except Exception:  # noqa: BLE001 - the error that ended the block is the one to see
            pass


#: triples of a first build's counts written at a time when the store closes (rdflib terms, their
#: text and Oxigraph's parse of it are held together: 50,000 at a time made the peak memory of a
#: whole-Reuters build, 200 MiB over the build's own)
TALLY_CHUNK = 5_000
#: triples written before RocksDB writes its memtables to disk (and at close): every batch of 64
#: articles made as many small files to write and merge (a fifth of the store's time on Reuters);
#: 25,000 triples are about 256 Reuters articles, whose memtables are about 40 MiB. Counted over
#: every write, not articles only: the counts a first build writes as the store closes (200,000
#: triples at 15,547 Reuters articles) held 220 MiB of memtables when they were written at once
MEMTABLE_TRIPLES = 25_000


class OxigraphStore(BaseStore):
    """Embedded pyoxigraph store; on disk when given a path."""

    name = "oxigraph"

    def __init__(self, path: str | Path | None = None, *, batch: int = 64, read_only: bool = False) -> None:
        """Open (or create) the store at ``path``; in memory without one.

        Args:
            read_only: open an existing kg store for reading only: it works while a build
                holds the store's lock, and never creates anything.

        Raises:
            StoreError: when the store cannot be opened; for a folder that is not a kg store
                (read-only, or a folder already holding other files), nothing is written in it.
        """
        import pyoxigraph as ox

        self._ox = ox
        self.path = Path(path) if path is not None else None
        self.read_only = read_only
        if self.path is not None and (read_only or self.path.is_dir() and any(self.path.iterdir())):
            _check_store_folder(self.path)
        try:
            if self.path is None:
                self._store = ox.Store()
            elif read_only:
                self._store = ox.Store.read_only(str(self.path))
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(str(self.path))
        except OSError as exc:
            raise StoreError(f"cannot open the store at {self.path}: {exc}") from None
        if read_only and not self._store.contains_named_graph(ox.NamedNode(str(ONTOLOGY_GRAPH))):
            raise StoreError(f"{self.path} is an Oxigraph database but not a kg store (no kg ontology graph in it)")
        self.batch = batch
        self._pending: dict[URIRef, list[tuple]] = {}
        self._unflushed = 0  # triples written since RocksDB last wrote its memtables to disk

    def _term(self, t):
        ox = self._ox
        if isinstance(t, URIRef):
            return ox.NamedNode(str(t))
        if isinstance(t, BNode):
            return ox.BlankNode(str(t))
        if t.language:
            return ox.Literal(str(t), language=t.language)
        if t.datatype:
            return ox.Literal(str(t), datatype=ox.NamedNode(str(t.datatype)))
        return ox.Literal(str(t))

    def replace_graphs(self, graphs: Mapping[URIRef, list[tuple]]) -> None:
        """New graphs added in one transaction (parsed by Oxigraph from their N-Triples text);
        existing ones replaced in one more (a crash leaves each graph old or new, never half)."""
        ox = self._ox
        if self.read_only:
            raise StoreError(f"the store at {self.path} was opened read-only")
        fresh, existing = [], []
        for name in graphs:
            (existing if self._store.contains_named_graph(ox.NamedNode(str(name))) else fresh).append(name)
        try:
            if fresh:  # one transaction for them all, parsed by Oxigraph from the text the RDF file got too
                data = "".join(line[:-2] + f" {nt(name)} .\n" for name in fresh for line in nt_text(graphs[name]).split("\n") if line)
                self._store.load(data.encode("utf-8"), format=ox.RdfFormat.N_QUADS)
                self._wrote(data.count("\n"))
            if existing:  # one update is one transaction: the old graphs go and the new ones come together
                texts = {name: nt_text(graphs[name]) for name in existing}
                self._store.update(" ;\n".join(f"DROP SILENT GRAPH {nt(name)} ; INSERT DATA {{ GRAPH {nt(name)} {{ {text} }} }}"
                                               for name, text in texts.items()))
                self._wrote(sum(text.count("\n") for text in texts.values()))
        except OSError as exc:
            raise StoreError(f"cannot write to the store at {self.path}: {exc}") from None
        except (TermError, ValueError, SyntaxError) as exc:  # pyoxigraph checks terms too
            raise StoreError(f"cannot write to the store at {self.path}: {exc}") from None

    def patch_graph(self, name: URIRef, remove: Iterable[URIRef], add: list[tuple]) -> None:
        """As :meth:`BaseStore.patch_graph`, in place, in one transaction (only adding: parsed
        by Oxigraph as N-Quads, faster than the same triples in an update)."""
        if self.read_only:
            raise StoreError(f"the store at {self.path} was opened read-only")
        remove = list(remove)
        if not remove and add:
            g = nt(name)
            data = "".join(line[:-2] + f" {g} .\n" for line in nt_text(add).split("\n") if line)
            try:
                self._store.load(data.encode("utf-8"), format=self._ox.RdfFormat.N_QUADS)
                self._wrote(len(add))
            except OSError as exc:
                raise StoreError(f"cannot write to the store at {self.path}: {exc}") from None
            except (TermError, ValueError, SyntaxError) as exc:
                raise StoreError(f"cannot write to the store at {self.path}: {exc}") from None
            return
        update = self._patch_update(name, remove, add)
        if not update:
            return
        try:
            self._store.update(update)
        except OSError as exc:
            raise StoreError(f"cannot write to the store at {self.path}: {exc}") from None
        except (TermError, ValueError, SyntaxError) as exc:
            raise StoreError(f"cannot write to the store at {self.path}: {exc}") from None

    def query(self, sparql: str, bindings: Mapping[str, object] | None = None) -> Results:
        names, rows = self.query_rows(sparql, bindings)
        return Results(names, list(rows))

    def query_rows(self, sparql: str, bindings: Mapping[str, object] | None = None) -> tuple[list[str], Iterator[tuple]]:
        """As :meth:`BaseStore.query_rows`: the rows as Oxigraph's evaluation gives them, lazily
        (a query without ORDER BY or GROUP BY computes only the rows read)."""
        ox = self._ox
        try:
            subs = {ox.Variable(k): self._term(as_term(v)) for k, v in (bindings or {}).items()}
        except ValueError as exc:  # pyoxigraph refuses a bad IRI or language tag
            raise QueryError(f"bad value to bind: {exc}") from None
        try:
            result = self._store.query(sparql, substitutions=subs or None, use_default_graph_as_union=True)
        except SyntaxError as exc:
            raise QueryError(f"bad SPARQL: {exc}") from None
        except (RuntimeError, ValueError) as exc:
            raise QueryError(str(exc)) from None
        if isinstance(result, bool):
            return ["result"], iter([({"type": "literal", "value": str(result).lower()},)])
        if not hasattr(result, "variables"):
            raise QueryError("only SELECT and ASK queries are supported here (use kg load to write)")
        names = [v.value for v in result.variables]

        def rows() -> Iterator[tuple]:
            try:
                for sol in result:
                    yield tuple(_ox_json(sol[v]) for v in names)
            except (RuntimeError, ValueError, OSError) as exc:  # an error met while evaluating
                raise QueryError(str(exc)) from None

        return names, rows()

    def has_graph(self, name: URIRef) -> bool:
        return self._store.contains_named_graph(self._ox.NamedNode(str(name)))

    def has_counted_graph(self) -> bool:
        """As :meth:`BaseStore.has_counted_graph`, from Oxigraph's list of graphs."""
        from kg.summary import OWN_GRAPHS

        return any(g.value not in OWN_GRAPHS for g in self._store.named_graphs())

    def summary_node(self, node: URIRef) -> dict[str, str]:
        """As :meth:`BaseStore.summary_node`, from Oxigraph's index (no query to parse and plan)."""
        from kg.summary import SUMMARY_GRAPH

        ox = self._ox
        return {q.predicate.value: q.object.value
                for q in self._store.quads_for_pattern(ox.NamedNode(str(node)), None, None, ox.NamedNode(str(SUMMARY_GRAPH)))}

    def write_graphs(self, names: list[URIRef], file, fmt: str) -> None:
        """As :meth:`BaseStore.write_graphs`; for many graphs, one N-Quads dump of the store by
        Oxigraph's own serialiser, streamed and filtered (a graph at a time took 10 us a triple)."""
        if self._store is None:
            raise StoreError(f"the store at {self.path} was closed (it failed): its unchanged articles cannot be copied")
        wanted = {f"<{n}>".encode("utf-8") for n in names}
        in_default = next(iter(self._store.quads_for_pattern(None, None, None, self._ox.DefaultGraph())), None)
        if in_default is not None or len(names) < 100 or 4 * len(names) < sum(1 for _ in self._store.named_graphs()):
            return super().write_graphs(names, file, fmt)  # few of the store's graphs: one at a time
        sink = _QuadFilter(wanted, file, fmt)
        self._store.dump(sink, format=self._ox.RdfFormat.N_QUADS)
        sink.close()

    def graph_text(self, name: URIRef) -> str:
        """The triples of one named graph as N-Triples lines, straight from Oxigraph's index
        (without the store's own ``kg:loadedAt``, as :meth:`BaseStore.graph_text`)."""
        return "".join(f"{q.subject} {q.predicate} {q.object} .\n"
                       for q in self._store.quads_for_pattern(None, None, None, self._ox.NamedNode(str(name)))
                       if q.predicate.value != str(KG.loadedAt))

    def stamp_loaded(self) -> None:
        """Give every article graph without a load time one (now): for graphs written by a bulk
        load (:func:`kg.distributed.load_shards`), which does not go through :meth:`flush`."""
        if self.read_only:
            raise StoreError(f"the store at {self.path} was opened read-only")
        try:
            self._store.update(_STAMP_UNSTAMPED)
        except OSError as exc:
            raise StoreError(f"cannot write to the store at {self.path}: {exc}") from None

    def settle(self) -> None:
        """As :meth:`BaseStore.settle`: RocksDB's memtables written to disk now."""
        if self.path is not None and self._store is not None and not self.read_only:
            self._store.flush()
            self._unflushed = 0

    def release_reads(self) -> None:
        """As :meth:`BaseStore.release_reads`: a store on disk is opened again (a writer's writes so far
        written first), and the pages freed handed back to the system
        (:func:`kg.memory.release_free_memory`). Oxigraph keeps what a query read of RocksDB's files for
        as long as the store is open, and nothing bounds it: on the whole Reuters store (544 MB) the
        page's view kept 53, 25 and 46 MiB after its three scans of every article graph, one on top of
        the other, and the consolidation 71 MiB of reading every claim and event under what it wrote.
        (A writer lets its folder's lock go for that moment, so no read of it may be unfinished: a
        query's rows not all read hold the old store, and its lock. A store opened read-only beside
        the writer instead failed: the writer's compaction removed files it was reading.)

        Raises:
            StoreError: when the store cannot be opened again (this store is then closed).
        """
        if self.path is None or self._store is None:
            return
        from kg.memory import release_free_memory

        if not self.read_only:
            self.flush()
            self._store.flush()
        self._store = None  # first: the old one's memory goes before the new one is opened
        try:
            self._store = self._ox.Store.read_only(str(self.path)) if self.read_only else self._ox.Store(str(self.path))
        except OSError as exc:
            raise StoreError(f"cannot open the store at {self.path} again: {exc}") from None
        release_free_memory()

    def _wrote(self, triples: int) -> None:
        """Count triples written; every :data:`MEMTABLE_TRIPLES`, have RocksDB write its memtables to
        disk: without that, a long build's memory grew with the store (2.1x from 1,000 to 10,000
        articles); with it, it stays flat."""
        self._unflushed += triples
        if self.path is not None and self._unflushed >= MEMTABLE_TRIPLES:
            self._store.flush()
            self._unflushed = 0

    def read_file(self, path: str | Path, *, summarise: bool = True) -> None:
        """Add an RDF file, parsed once by Oxigraph (for reading a file into a fresh store; to
        replace graphs in a store that has them, :meth:`load_file`).

        Default-graph triples are put where :meth:`load_file` puts them: in the graph named
        after the file (:func:`kg.iri.file_iri` of its stem), so both loaders give the same
        graphs; named graphs are kept. The store's summary is made again afterwards, unless not
        ``summarise`` (a reader that runs none of the named queries that read it).

        Raises:
            StoreError: naming the file, for an unknown format or a syntax error.
        """
        ox = self._ox
        path = Path(path)
        fmt = ox.RdfFormat.from_extension(path.suffix.lstrip(".").lower()) if path.suffix else None
        if fmt is None:
            raise StoreError(f"{path}: unknown RDF format {path.suffix!r} (known: {', '.join(sorted(LOAD_FORMATS))})")
        graph = ox.NamedNode(str(file_iri(path.stem)))
        try:
            if not fmt.supports_datasets:
                self._store.load(path=str(path), format=fmt, to_graph=graph)
            else:
                self._store.load(path=str(path), format=fmt)
                stray = [ox.Quad(q.subject, q.predicate, q.object, graph)
                         for q in self._store.quads_for_pattern(None, None, None, ox.DefaultGraph())]
                if stray:  # kg's own files have none: every article is a named graph
                    self._store.extend(stray)
                    self._store.clear_graph(ox.DefaultGraph())
        except (SyntaxError, ValueError, OSError) as exc:
            raise StoreError(f"{path}: cannot read: {str(exc).splitlines()[0][:200]}") from None
        if summarise:
            self.rebuild_summary()

    def close(self) -> None:
        """Write what is pending and release the store (its folder lock goes with it)."""
        if self._store is None:
            return
        try:
            if not self.read_only:
                self.flush()
                self._close_tally()
                if self.path is not None:
                    self._store.flush()
        finally:
            self._store = None  # released even when the last write failed


class _QuadFilter:
    """A binary sink for ``Store.dump`` in N-Quads: keeps the quads of the wanted graphs and
    writes them to a text file as N-Triples, N-Quads, or TriG blocks (one per run of a graph)."""

    def __init__(self, wanted: set[bytes], file, fmt: str) -> None:
        self.wanted, self.file, self.fmt = wanted, file, fmt
        self.rest = b""
        self.graph: bytes | None = None

    def write(self, data: bytes) -> int:
        lines = (self.rest + bytes(data)).split(b"\n")
        self.rest = lines.pop()
        out = []
        for line in lines:
            if not line.endswith(b" ."):
                continue
            triple, _, graph = line[:-2].rpartition(b" ")  # the graph is an IRI: it holds no space
            if graph not in self.wanted or triple.split(b" ", 2)[1:2] == [_LOADED_AT.encode()]:
                continue  # another graph, or the store's own load time
            if self.fmt == "nquads":
                out.append(line + b"\n")
                continue
            if self.fmt == "trig" and graph != self.graph:
                out.append((b"}\n" if self.graph is not None else b"") + graph + b" {\n")
                self.graph = graph
            out.append(triple + b" .\n")
        if out:
            self.file.write(b"".join(out).decode("utf-8"))
        return len(data)

    def flush(self) -> None:
        pass

    def close(self) -> None:
        if self.fmt == "trig" and self.graph is not None:
            self.file.write("}\n")
            self.graph = None


def _check_store_folder(path: Path) -> None:
    """Raise StoreError unless ``path`` holds an Oxigraph (RocksDB) database."""
    if not path.exists():
        raise StoreError(f"no store at {path} (run kg build first, or give --store or --endpoint)")
    if not path.is_dir():
        raise StoreError(f"{path} is a file, not a kg store folder")
    if not (path / "CURRENT").is_file():
        raise StoreError(f"{path} is not a kg store (no Oxigraph database in it): give the folder kg build made"
                         " (kg-out/store by default), or an empty or new folder to build into")


def _ox_json(term) -> dict | None:
    if term is None:
        return None
    kind = type(term).__name__
    if kind == "NamedNode":
        return {"type": "uri", "value": term.value}
    if kind == "BlankNode":
        return {"type": "bnode", "value": term.value}
    out = {"type": "literal", "value": term.value}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype and term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
        out["datatype"] = term.datatype.value
    return out


def memory_store(graph=None) -> OxigraphStore:
    """An in-memory store (Oxigraph's engine), optionally holding an rdflib Graph or Dataset.

    rdflib stays kg's graph model; queries run on Oxigraph because rdflib's own
    SPARQL engine took minutes for the three-hop ``connections`` query that
    Oxigraph answers in milliseconds (measured on the test fixture graph).
    """
    store = OxigraphStore(None)
    if graph is not None:
        data = graph.serialize(format="nquads" if hasattr(graph, "graphs") else "nt")
        fmt = store._ox.RdfFormat.N_QUADS if hasattr(graph, "graphs") else store._ox.RdfFormat.N_TRIPLES
        store._store.load(data.encode("utf-8") if isinstance(data, str) else data, format=fmt)
        store.rebuild_summary()
    return store


def open_store(spec: str | Path | None = None, *, backend: str | None = None, **options) -> BaseStore:
    """Open a store by back-end name: ``oxigraph`` (path), ``memory``, ``sparql`` (URL).

    With no back-end, a back-end's name alone opens that back-end (``open_store("memory")``
    is an in-memory store, not a folder ``./memory``; a folder of that name that exists is
    still opened as a store), an http(s) URL means ``sparql``, anything else ``oxigraph``.

    >>> with open_store("memory") as store:
    ...     store.load_ontology(); store.count() > 0
    True

    Raises:
        StoreError: for an unknown back-end (the message lists the known ones).
    """
    from kg.remote import SparqlStore

    backends = {"oxigraph": OxigraphStore, "memory": memory_store, "sparql": SparqlStore}
    if backend is None and isinstance(spec, str) and spec in backends and not Path(spec).exists():
        backend, spec = spec, None  # open_store("memory"): the back-end by name, not a folder named so
    if backend is None:
        backend = "sparql" if str(spec or "").startswith(("http://", "https://")) else "oxigraph"
    if backend not in backends:
        raise StoreError(f"no store back-end named {backend!r} (known: {', '.join(backends)})")
    if backend == "memory":
        return memory_store()
    return backends[backend](spec, **options)
