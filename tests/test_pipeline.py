"""kg.pipeline: a batch's tok2vec embeds its articles in groups of bounded length, with the same annotations."""
from __future__ import annotations

import doctest

import pytest

from conftest import SEEDS
from test_tables import SENTENCES, _annotations


def test_char_groups_keep_order_and_budget():
    import kg.pipeline
    from kg.pipeline import char_groups

    texts = ["a" * n for n in (5, 1, 7, 3, 3, 12, 2, 2, 2)]
    sizes = char_groups(texts, 8)
    assert sizes == [2, 1, 2, 1, 3]  # 5+1; 7; 3+3; 12 alone (longer than the budget); 2+2+2
    assert sum(sizes) == len(texts) and char_groups([], 8) == []
    start = 0
    for n in sizes:
        group = texts[start:start + n]
        assert n == 1 or sum(map(len, group)) <= 8
        start += n
    assert doctest.testmod(kg.pipeline).failed == 0


def _texts() -> list[str]:
    """The rare-rule sentences, the seed articles whole and each of their lines alone."""
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    return SENTENCES + seeds + [line for s in seeds for line in s.splitlines() if line.strip()]


@pytest.mark.model
def test_groups_give_the_same_annotations(nlp, monkeypatch):
    import kg.pipeline
    from kg.pipeline import char_groups, component_batches

    texts = _texts()
    monkeypatch.setattr(kg.pipeline, "EMBED_CHARS", 300)  # many groups, some of one long text
    cfg = component_batches(nlp, texts)
    assert set(cfg) == {"tok2vec", "ner"}
    assert len(char_groups(texts, 300)) > 5
    grouped = [_annotations(d) for d in nlp.pipe(texts, batch_size=len(texts), component_cfg=cfg)]
    whole = [_annotations(d) for d in nlp.pipe(texts, batch_size=len(texts))]
    assert grouped == whole


@pytest.mark.model
def test_groups_bound_the_embedding_memory(nlp, monkeypatch):
    """tok2vec's memory for a batch follows its longest group, not the batch's whole text."""
    import tracemalloc

    import kg.pipeline
    from kg.pipeline import component_batches

    monkeypatch.setattr(kg.pipeline, "EMBED_CHARS", 4000)
    texts = _texts() * 6
    assert sum(map(len, texts)) > 8 * 4000
    peaks = []
    for cfg in (None, component_batches(nlp, texts)):
        tracemalloc.start()
        for _ in nlp.pipe(texts, batch_size=len(texts), component_cfg=cfg):
            pass
        peaks.append(tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()
    whole, grouped = peaks
    assert grouped < whole / 2, (whole, grouped)


@pytest.mark.model
def test_memory_zones_keep_the_extractions_and_not_the_new_words(monkeypatch):
    """Past ZONE_AFTER articles a batch is parsed in spaCy's memory zone: the same extractions (lemmas
    included, worked out in the zone or before it), and the vocabulary does not keep its new words."""
    import kg.pipeline
    from kg.model import Article
    from kg.nlp import load_pipeline
    from kg.pipeline import extract_batch

    nlp = load_pipeline()  # the one extract_batch parses with (an earlier build may have released the fixture's)
    articles = [Article(id=f"a{n}", text=t) for n, t in enumerate(_texts()) if t.strip()]
    monkeypatch.setattr(kg.pipeline, "_parsed", {})
    monkeypatch.setattr(kg.pipeline, "ZONE_AFTER", 10**9)
    plain = extract_batch(articles)
    monkeypatch.setattr(kg.pipeline, "ZONE_AFTER", 0)
    zoned = [extract_batch(articles), extract_batch(articles)]  # the second from the lemmas kept before
    assert zoned == [plain, plain]
    strings = len(nlp.vocab.strings)
    new = [Article(id="new", text="Qzxv Wrobbleton met Plinkerdoo officials in Vrexholm on Tuesday.")]
    assert extract_batch(new)[0].entities
    assert len(nlp.vocab.strings) == strings and "Vrexholm" not in nlp.vocab.strings
    lemmas = nlp.get_pipe("kg_cached_lemmas")
    assert lemmas._zone is None and all(v in nlp.vocab.strings for v in lemmas._lemmas.values())


def _installed_model() -> str:
    import importlib.util

    from kg.nlp import DEFAULT_MODELS

    return next(m for m in DEFAULT_MODELS if importlib.util.find_spec(m) is not None)


@pytest.mark.model
def test_release_frees_the_pipeline_and_a_later_parse_loads_it_again():
    """kg.pipeline.release drops the model: nothing of kg's (the extraction's caches, the zone count)
    keeps it alive once articles were parsed and extracted with it, and a parse after it gives the
    same extractions from a pipeline loaded again. (By its package name: not the session's cached
    default, which the ``nlp`` fixture holds.)"""
    import gc
    import weakref

    import kg.pipeline
    from kg.model import Article
    from kg.nlp import load_pipeline
    from kg.pipeline import extract_batch, release

    name = _installed_model()
    articles = [Article(id=f"a{n}", text=t) for n, t in enumerate(_texts()) if t.strip()]
    first = extract_batch(articles, name)
    model = weakref.ref(load_pipeline(name))
    assert kg.pipeline._parsed[name] == len(articles)
    release()
    gc.collect()
    assert model() is None, gc.get_referrers(model())
    assert load_pipeline.cache_info().currsize == 0 and kg.pipeline._parsed == {}
    assert extract_batch(articles, name) == first
    assert model() is None and kg.pipeline._parsed == {name: len(articles)}


@pytest.mark.model
def test_kg_build_drops_the_model_before_the_store_closes_and_writes_the_same(tmp_path, monkeypatch):
    """The command (its process exits after) drops the model once the articles are parsed, before the
    store is closed, consolidated and drawn; a library build keeps it for the next. Both write the
    same RDF file, store and page."""
    from typer.testing import CliRunner

    import kg.store
    from kg.build import build_all
    from kg.cli import app
    from kg.nlp import load_pipeline
    from kg.store import open_store

    loaded_at_close = []
    close = kg.store.OxigraphStore.close
    monkeypatch.setattr(kg.store.OxigraphStore, "close",
                        lambda self: (loaded_at_close.append(load_pipeline.cache_info().currsize), close(self))[1])
    kept = tmp_path / "kept"
    build_all([SEEDS], output=kept / "graph.trig", store=kept / "store", html=kept / "graph.html", workers=1)
    assert load_pipeline.cache_info().currsize > 0 and loaded_at_close[0] > 0
    loaded_at_close.clear()
    cli = tmp_path / "cli"
    result = CliRunner().invoke(app, ["build", str(SEEDS), "-o", str(cli / "graph.trig"), "--workers", "1", "-q"])
    assert result.exit_code == 0, result.output
    assert load_pipeline.cache_info().currsize == 0 and loaded_at_close and set(loaded_at_close) == {0}
    for name in ("graph.trig", "graph.html"):
        assert (cli / name).read_bytes() == (kept / name).read_bytes(), name
    dumps = []
    for where in (kept, cli):
        with open_store(where / "store", read_only=True) as store:
            dumps.append(sorted(row for row in store.query("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }").values()
                                if not row[1].endswith("#loadedAt")))  # when each article was written
    assert dumps[0] == dumps[1] and dumps[0]
