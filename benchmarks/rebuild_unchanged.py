"""Issue 12: what an unchanged rebuild costs at 10,000 articles, no model needed.

    python benchmarks/rebuild_unchanged.py [--articles 10000] [--graph benchmarks/out/graph.trig]

Fills an embedded store with N articles, each with a real article's graph body
(by default a synthetic one of about 100 triples, kg's shape, like a Reuters article),
then times :func:`kg.build.build` over the same inputs with the store's ``reuse``:
every article unchanged, the RDF file rewritten from the store. Process start and
the HTML page are not included (see throughput.py for whole processes).
"""
from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from rdflib import Literal, URIRef


def body(i: int) -> list[tuple]:
    ns = "https://w3id.org/kg-news/id/"
    out = []
    for k in range(25):  # 25 mentions of four triples each: about the size of a Reuters article's graph
        m = URIRef(f"{ns}mention/r-{i}/{k * 10}-{k * 10 + 7}")
        out += [(m, URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), URIRef("https://w3id.org/kg-news/ns#Mention")),
                (m, URIRef("https://w3id.org/kg-news/ns#mentionOf"), URIRef(f"{ns}person/p-{(i * 7 + k) % 5000}")),
                (m, URIRef("https://w3id.org/kg-news/ns#text"), Literal(f"Name {k} of article {i}")),
                (m, URIRef("http://www.w3.org/ns/prov#wasDerivedFrom"), URIRef(f"{ns}article/r-{i}"))]
    return out


def main() -> None:
    from kg.build import build, reuse_from
    from kg.model import Article, Extraction
    from kg.rdf import article_triples
    from kg.store import OxigraphStore

    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=10_000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        corpus = tmp / "a.jsonl"
        store = OxigraphStore(tmp / "store", batch=256)
        store.load_ontology()
        t0 = time.perf_counter()
        with corpus.open("w", encoding="utf-8") as f:
            for i in range(args.articles):
                article = Article(f"r-{i}", f"Text of article {i}.", title=f"Title {i}", published="1987-03-02")
                f.write(json.dumps({"id": article.id, "text": article.text, "title": article.title, "published": article.published}) + "\n")
                store.add_triples(article.id, article_triples(Extraction(article)) + body(i))
        store.close()
        fill = time.perf_counter() - t0
        t0 = time.perf_counter()
        store = OxigraphStore(tmp / "store")
        summary = build([corpus], output=tmp / "graph.trig", sinks=[store], reuse=reuse_from(store))
        rebuild = time.perf_counter() - t0
        size = (tmp / "graph.trig").stat().st_size
    assert summary.unchanged == args.articles and summary.articles == 0, summary
    print(f"{args.articles:,} articles: store filled in {fill:.1f} s; unchanged rebuild (store opened, every article "
          f"checked, {size / 1e6:.0f} MB TriG rewritten from the store) in {rebuild:.1f} s")


if __name__ == "__main__":
    main()
