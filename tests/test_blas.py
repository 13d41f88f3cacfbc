"""kg.blas: the pipeline's matrix products on numpy's OpenBLAS give every token the same annotations."""
from __future__ import annotations

import pytest

from conftest import SEEDS
from test_tables import SENTENCES, _annotations


def _ops(nlp) -> set[bool]:
    """use_blis of every layer of every model in the pipeline."""
    return {node.ops.use_blis for _, pipe in nlp.pipeline if hasattr(getattr(pipe, "model", None), "walk")
            for node in pipe.model.walk()}


@pytest.mark.model
def test_pipeline_multiplies_with_numpy(nlp):
    from kg.blas import FAST_BLAS, numpy_blas

    if numpy_blas() not in FAST_BLAS:
        pytest.skip(f"numpy is built with {numpy_blas()}: thinc's BLIS is kept")
    assert _ops(nlp) == {False}


@pytest.mark.model
def test_same_annotations_as_thinc_blis(nlp):
    from kg.nlp import load_pipeline

    blis = load_pipeline(numpy_blas=False)
    assert _ops(blis) == {True}
    texts = SENTENCES + [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    for text, e, g in zip(texts, blis.pipe(texts), nlp.pipe(texts)):
        assert _annotations(g) == _annotations(e), text[:80]


def test_another_blas_keeps_thinc_blis(monkeypatch):
    import spacy

    import kg.blas

    nlp = spacy.blank("en")
    nlp.add_pipe("tagger")
    monkeypatch.setattr(kg.blas, "numpy_blas", lambda: "mkl")
    assert not kg.blas.use_numpy_blas(nlp) and _ops(nlp) == {True}
    monkeypatch.setattr(kg.blas, "numpy_blas", lambda: "scipy-openblas")
    monkeypatch.setattr(kg.blas, "_one_thread", lambda: True)
    assert kg.blas.use_numpy_blas(nlp) and _ops(nlp) == {False}
