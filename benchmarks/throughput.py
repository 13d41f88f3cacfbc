"""Issue 5's benchmark: kg build against raw spaCy on a large corpus, in one run.

    python benchmarks/throughput.py [--articles 10000] [--small 1000] [--batch 32] [--out benchmarks/out]

Measures, on the same machine in the same run: raw spaCy (nlp.pipe, same
pipeline and batch size), kg build to an N-Quads file and into the embedded
store, with 1 and 2 workers, and the peak resident memory of each run at the
small and the large corpus size. Prints a Markdown table and writes JSON.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
BIN = Path(sys.executable).parent


def _tree_rss_kib(root: int) -> int:
    """Resident memory of a process and all its descendants (worker processes included), KiB."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            with open(f"/proc/{entry}/statm") as f:
                rss[int(entry)] = int(f.read().split()[1]) * (os.sysconf("SC_PAGE_SIZE") // 1024)
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(entry))
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        total += rss.get(pid, 0)
        todo.extend(children.get(pid, []))
    return total


def run(cmd: list[str]) -> dict:
    """Wall time and peak resident memory (MiB) of one command, summed over its process tree
    (sampled every 0.2 s: worker processes are not children that wait4 would count)."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = 0
    while proc.poll() is None:
        peak = max(peak, _tree_rss_kib(proc.pid))
        time.sleep(0.2)
    seconds = time.perf_counter() - t0
    out, err = proc.communicate()
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed: {err[-2000:]}")
    return {"seconds": round(seconds, 2), "peak_mib": round(peak / 1024), "stdout": out.strip()}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--small", type=int, default=1_000)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--out", type=Path, default=HERE / "out")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    sys.path.insert(0, str(HERE))
    from corpus import write

    results = {"machine": f"{platform.node()} {platform.machine()} {os.cpu_count()} cores, Python {platform.python_version()}"}
    for n in (args.small, args.articles):
        corpus = args.out / f"corpus-{n}.jsonl"
        words = write(n, corpus)
        row = {"articles": n, "words": words}
        row["raw_spacy"] = run([str(BIN / "python"), str(HERE / "raw_spacy.py"), str(corpus), str(args.batch), "1"])
        kg = [str(BIN / "kg"), "build", str(corpus), "--batch-size", str(args.batch), "--no-html", "-q"]
        row["kg_file_w1"] = run(kg + ["-o", str(args.out / f"g-{n}-w1.nq"), "--no-store", "--workers", "1"])
        row["kg_file_w2"] = run(kg + ["-o", str(args.out / f"g-{n}-w2.nq"), "--no-store", "--workers", "2"])
        store = args.out / f"store-{n}"
        subprocess.run(["rm", "-rf", str(store)], check=True)
        row["kg_store_w2"] = run(kg + ["-o", str(args.out / f"g-{n}-s.nq"), "--store", str(store), "--workers", "2"])
        row["kg_rebuild_unchanged"] = run(kg + ["-o", str(args.out / f"g-{n}-s.nq"), "--store", str(store), "--workers", "2"])
        same = subprocess.run(["cmp", "-s", str(args.out / f"g-{n}-w1.nq"), str(args.out / f"g-{n}-w2.nq")]).returncode == 0
        row["workers_identical_output"] = same
        results[str(n)] = row
        print(json.dumps(row), flush=True)
    (args.out / "throughput.json").write_text(json.dumps(results, indent=1))

    big, small = results[str(args.articles)], results[str(args.small)]
    wps = lambda r, words: words / r["seconds"]  # noqa: E731
    w = big["words"]
    raw = big["raw_spacy"]["stdout"] and json.loads(big["raw_spacy"]["stdout"])["words_per_s"]
    print(f"\nmachine: {results['machine']}")
    print(f"corpus: {args.articles:,} articles, {w:,} words (and {args.small:,} articles for memory)\n")
    print("| run | seconds | words/s | ratio | peak MiB @%d | peak MiB @%d | memory ratio |" % (args.small, args.articles))
    print("|---|---|---|---|---|---|---|")
    for key, label in (("raw_spacy", "raw spaCy nlp.pipe, 1 process"),
                       ("kg_file_w1", "kg build -> .nq, --workers 1"), ("kg_file_w2", "kg build -> .nq, --workers 2"),
                       ("kg_store_w2", "kg build -> .nq + store, --workers 2"), ("kg_rebuild_unchanged", "kg build again, all unchanged")):
        r = big[key]
        print(f"| {label} | {r['seconds']} | {wps(r, w):,.0f} | {wps(r, w) / raw:.2f} | {small[key]['peak_mib']} | {r['peak_mib']} | {r['peak_mib'] / max(small[key]['peak_mib'], 1):.2f} |")
    print(f"\nspeed-up 2 workers / 1 worker: {big['kg_file_w1']['seconds'] / big['kg_file_w2']['seconds']:.2f}x; "
          f"identical output with 1 and 2 workers: {big['workers_identical_output']}")


if __name__ == "__main__":
    main()
