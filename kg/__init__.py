"""kg: English news articles to an RDF knowledge graph.

The main entry points, imported on first use so that ``import kg`` stays fast::

    import kg
    ds = kg.build_dataset({"a1": "Emmanuel Macron met Olaf Scholz in Berlin."})
    summary = kg.build_all(["articles/"], output="kg-out/graph.trig", store="kg-out/store")
    store = kg.open_store("kg-out/store")
    g = kg.to_networkx(store)
"""
from __future__ import annotations

__version__ = "0.1.0"

_LAZY = {
    "build_all": "kg.build",
    "build_dataset": "kg.build",
    "extract_texts": "kg.build",
    "open_store": "kg.store",
    "get_query": "kg.query",
    "run_query": "kg.query",
    "to_networkx": "kg.view",
    "write_html": "kg.render",
}
__all__ = sorted(_LAZY)


def __getattr__(name: str):
    if name in _LAZY:
        from importlib import import_module

        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
