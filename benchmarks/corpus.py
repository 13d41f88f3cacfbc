"""Make a large news-like corpus from the Wikinews articles in ../shared (not copied here).

Each copy of an article gets its own id and a rotated paragraph order, and keeps
whole paragraphs up to about 500 words, so texts differ (no two share a content
hash) while staying real news prose; 10,000 articles make just over 3 million words.

    python benchmarks/corpus.py N OUT.jsonl
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

SOURCE = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "wikinews" / "wikinews-en.jsonl"


def articles(n: int, source: Path = SOURCE, max_words: int = 500):
    base = [json.loads(line) for line in source.read_text(encoding="utf-8").splitlines() if line.strip()]
    for i in range(n):
        a = base[i % len(base)]
        paragraphs = [p for p in a["text"].split("\n\n") if p.strip()]
        turn = (i // len(base)) % max(len(paragraphs), 1)
        kept, count = [], 0
        for p in paragraphs[turn:] + paragraphs[:turn]:  # whole paragraphs, about max_words in all
            if kept and count + len(p.split()) > max_words:
                break
            kept.append(p)
            count += len(p.split())
        text = "\n\n".join(kept)
        yield {"id": f"{a['id']}-{i}", "title": a.get("title"), "published": a.get("published"), "text": text}


def write(n: int, out: Path) -> int:
    words = 0
    with out.open("w", encoding="utf-8") as f:
        for record in articles(n):
            words += len(record["text"].split())
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    return words


if __name__ == "__main__":
    n, out = int(sys.argv[1]), Path(sys.argv[2])
    print(f"{n} articles, {write(n, out):,} words -> {out}")
