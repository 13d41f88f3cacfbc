"""Issue 4's benchmark: HTML render time and size for 500 and 5,000 entities, and the
time Debian's Chromium takes to draw them (physics off above 300 entities).

    python benchmarks/render_size.py
"""
from __future__ import annotations

import random
import tempfile
import time
from pathlib import Path

import networkx as nx

from kg.render import write_html


def graph(n: int, seed: int = 3):
    rnd = random.Random(seed)
    g = nx.MultiDiGraph()
    types = ["Person", "Person", "Organization", "Country", "Place", "Event"]
    for i in range(n):
        g.add_node(f"e{i}", label=f"Entity {i}", type=rnd.choice(types), aliases=[f"E{i}"], mentions=rnd.randint(1, 9))
    for k in range(int(n * 1.5)):
        a, b = rnd.sample(range(n), 2)
        g.add_edge(f"e{a}", f"e{b}", key=f"f{k}", relation=rnd.choice(["hosts", "meets", "demands", "visits", "attends"]),
                   status=rnd.choice(["planned", "happened", "reported"]), confidence=0.8, time=None, place=None,
                   attribution=None, content=None, evidence=[{"sentence": f"Sentence {k}.", "article": "a", "begin": 0, "end": 12}])
    return g


def main() -> None:
    from playwright.sync_api import sync_playwright

    print("| entities | facts | render s (Python) | HTML MB | Chromium draw s |")
    print("|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium",
                                    args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        for n in (500, 5000):
            g = graph(n)
            t0 = time.perf_counter()
            path = write_html(g, Path(tmp) / f"g{n}.html")
            render = time.perf_counter() - t0
            page = browser.new_page()
            t0 = time.perf_counter()
            page.goto(path.as_uri())
            page.wait_for_function("window.kgReady === true", timeout=120_000)
            draw = time.perf_counter() - t0
            page.close()
            print(f"| {n:,} | {g.number_of_edges():,} | {render:.2f} | {path.stat().st_size / 1e6:.2f} | {draw:.2f} |")
        browser.close()


if __name__ == "__main__":
    main()
