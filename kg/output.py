"""Writing RDF files: N-Quads, N-Triples and TriG stream per article; Turtle and
JSON-LD are written at the end from the merged graph. Files appear atomically."""
from __future__ import annotations

from pathlib import Path

from kg.atomic import AtomicFile
from kg.errors import KGError, OutputError
from kg.model import Extraction
from kg.iri import article_iri
from kg.rdf import article_triples, format_for, new_dataset, nt, nt_line

STREAMING = frozenset({"nquads", "nt", "trig"})


class ArticleGraph:
    """One article's triples, with their N-Triples text made once for every sink
    (the RDF file and the store both take the text; neither re-serialises the triples).

    Made from triples (a fresh build) or from N-Triples text (an unchanged article read
    back from the store); the other form is derived when first asked for.

    >>> g = ArticleGraph(text='<x:a> <x:b> "c" .\\n'); len(g.triples)
    1
    """

    __slots__ = ("_triples", "_text")

    def __init__(self, triples: list[tuple] | None = None, *, text: str | None = None) -> None:
        self._triples, self._text = triples, text

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = "".join(nt_line(s, p, o) for s, p, o in self._triples)
        return self._text

    @property
    def triples(self) -> list[tuple]:
        if self._triples is None:
            from rdflib import Graph

            self._triples = list(Graph().parse(data=self._text, format="nt"))
        return self._triples

    def __iter__(self):
        return iter(self.triples)

    def __len__(self) -> int:
        return len(self.triples)


class StoredGraph:
    """An article's graph left in a store as it is (an unchanged article): the writer copies it
    from the store when it closes, all such graphs in one pass (see :meth:`kg.store.BaseStore.write_graphs`)."""

    __slots__ = ("name", "store")

    def __init__(self, name, store) -> None:
        self.name, self.store = name, store

    @property
    def triples(self) -> list[tuple]:
        return ArticleGraph(text=self.store.graph_text(self.name)).triples

    def __iter__(self):
        return iter(self.triples)


def graph_block(name, text: str, fmt: str) -> str:
    """One graph's N-Triples ``text`` as it goes into a streamed file of format ``fmt``."""
    if fmt == "nt":
        return text
    if fmt == "nquads":  # each line with the graph before its final ' .'; split at \n only (U+2028 is not escaped)
        suffix = f" {nt(name)} .\n"
        return "".join(line[:-2] + suffix for line in text.split("\n") if line)
    return f"{nt(name)} {{\n{text}}}\n"  # TriG: one block of N-Triples lines, no serialiser run


def nt_text(triples) -> str:
    """N-Triples lines of an :class:`ArticleGraph` or a list of triples."""
    return triples.text if isinstance(triples, ArticleGraph) else "".join(nt_line(s, p, o) for s, p, o in triples)


class GraphWriter:
    """``with GraphWriter(path) as w: w.add(extraction)``; the file is complete on exit."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.format = format_for(str(self.path))
        self._out = AtomicFile(self.path)
        self._file = self._out.file
        self._dataset = None if self.format in STREAMING else new_dataset()
        self._stored: list[StoredGraph] = []

    def add(self, ex: Extraction) -> None:
        self.add_triples(ex.article.id, article_triples(ex))

    def add_triples(self, article_id: str, triples) -> None:
        """One article's graph, as :func:`kg.rdf.article_triples` makes it (or an :class:`ArticleGraph`).

        Raises:
            OutputError: when the file cannot be written (full disk), or a term is not valid.
        """
        try:
            self._add(article_id, triples)
        except OSError as exc:
            raise OutputError(f"cannot write {self.path}: {exc.strerror or exc}") from None

    def _add(self, article_id: str, triples) -> None:
        name = article_iri(article_id)
        if isinstance(triples, StoredGraph) and self.format in STREAMING:
            self._stored.append(triples)  # copied in bulk on close
        elif self.format in STREAMING:
            # N-Triples lines, in a TriG block per article: rdflib's TriG serialiser was
            # a fifth of a whole build's time, as much as the parser's share of the NLP
            self._file.write(graph_block(name, nt_text(triples), self.format))
        else:
            graph = self._dataset.graph(name)
            for t in triples:
                graph.add(t)

    def __enter__(self) -> GraphWriter:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.close()
        else:
            self.abort()

    def close(self) -> None:
        try:
            if self._stored:
                stores: dict[int, tuple] = {}
                for g in self._stored:
                    stores.setdefault(id(g.store), (g.store, []))[1].append(g.name)
                for store, names in stores.values():
                    store.write_graphs(names, self._file, self.format)
            if self._dataset is not None:  # Turtle has no named graphs: it gets the union
                self._file.write(self._dataset.serialize(format=self.format))
        except OSError as exc:
            self._out.abort()
            raise OutputError(f"cannot write {self.path}: {exc.strerror or exc}") from None
        except KGError as exc:  # the store holding the unchanged articles failed
            self._out.abort()
            raise OutputError(f"cannot write {self.path}: {exc}") from None
        except BaseException:
            self._out.abort()
            raise
        self._out.commit()

    def abort(self) -> None:
        self._out.abort()
