"""Writing RDF files: N-Quads, N-Triples and TriG stream per article; Turtle and
JSON-LD are written at the end from the merged graph. Files appear atomically."""
from __future__ import annotations

from pathlib import Path

from kg.atomic import AtomicFile
from kg.errors import OutputError
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
        if self.format == "nt":
            self._file.write(nt_text(triples))
        elif self.format == "nquads":  # each N-Triples line with the graph before its final ' .'
            suffix = f" {nt(name)} .\n"  # split at \n only: N-Triples escapes it, not U+2028 and the like
            self._file.writelines(line[:-2] + suffix for line in nt_text(triples).split("\n") if line)
        elif self.format == "trig":
            # one block of N-Triples lines per article: valid TriG, streamed, and no serialiser run
            # (rdflib's TriG serialiser was a fifth of a whole build's time, as much as the NLP's parser)
            self._file.write(f"{nt(name)} {{\n{nt_text(triples)}}}\n")
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
        if self._dataset is not None:  # Turtle has no named graphs: it gets the union
            try:
                self._file.write(self._dataset.serialize(format=self.format))
            except OSError as exc:
                self._out.abort()
                raise OutputError(f"cannot write {self.path}: {exc.strerror or exc}") from None
        self._out.commit()

    def abort(self) -> None:
        self._out.abort()
