"""Writing RDF files: N-Quads, N-Triples and TriG stream per article; Turtle and
JSON-LD are written at the end from the merged graph. Files appear atomically."""
from __future__ import annotations

from pathlib import Path

from kg.atomic import AtomicFile
from kg.errors import OutputError
from kg.model import Extraction
from kg.iri import article_iri
from kg.rdf import article_triples, format_for, new_dataset, nt_line

STREAMING = frozenset({"nquads", "nt", "trig"})


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

    def add_triples(self, article_id: str, triples: list[tuple]) -> None:
        """One article's graph, as :func:`kg.rdf.article_triples` makes it.

        Raises:
            OutputError: when the file cannot be written (full disk), or a term is not valid.
        """
        try:
            self._add(article_id, triples)
        except OSError as exc:
            raise OutputError(f"cannot write {self.path}: {exc.strerror or exc}") from None

    def _add(self, article_id: str, triples: list[tuple]) -> None:
        name = article_iri(article_id)
        if self.format in {"nquads", "nt"}:
            graph = name if self.format == "nquads" else None
            self._file.writelines(nt_line(s, p, o, graph) for s, p, o in triples)
            return
        target = new_dataset() if self.format == "trig" else self._dataset
        graph = target.graph(name)
        for t in triples:
            graph.add(t)
        if self.format == "trig":  # one block per article, so TriG streams too
            self._file.write(target.serialize(format="trig") + "\n")

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
