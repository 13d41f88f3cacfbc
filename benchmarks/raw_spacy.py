"""Raw spaCy speed on a corpus: nlp.pipe with kg's pipeline and batch size, nothing else.

The pipeline keeps spaCy's own attribute ruler and lemmatizer (``tables=False``) and thinc's
own matrix products (BLIS, ``numpy_blas=False``): kg's look-up tables for them (:mod:`kg.tables`)
and its products on numpy's OpenBLAS (:mod:`kg.blas`) are part of what ``kg build`` is measured
on, not of the baseline.

    python benchmarks/raw_spacy.py CORPUS.jsonl [BATCH] [N_PROCESS]
"""
from __future__ import annotations

import json
import sys
import time

from kg.nlp import load_pipeline


def main() -> None:
    path, batch = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 32
    n_process = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    nlp = load_pipeline(tables=False, numpy_blas=False)
    texts = (json.loads(line)["text"] for line in open(path, encoding="utf-8"))
    words = docs = 0
    t0 = time.perf_counter()
    for doc in nlp.pipe(texts, batch_size=batch, n_process=n_process):
        docs += 1
        words += len(doc.text.split())
    seconds = time.perf_counter() - t0
    print(json.dumps({"docs": docs, "words": words, "seconds": round(seconds, 2), "words_per_s": round(words / seconds)}))


if __name__ == "__main__":
    main()
