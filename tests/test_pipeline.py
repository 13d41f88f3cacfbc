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
def test_memory_zones_keep_the_extractions_and_not_the_new_words(nlp, monkeypatch):
    """Past ZONE_AFTER articles a batch is parsed in spaCy's memory zone: the same extractions (lemmas
    included, worked out in the zone or before it), and the vocabulary does not keep its new words."""
    import kg.pipeline
    from kg.model import Article
    from kg.pipeline import extract_batch

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
