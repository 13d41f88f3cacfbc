"""Issues 5 and 12: kg build against raw spaCy on a large corpus, whole processes, in one run.

    python benchmarks/throughput.py --corpus reuters [--small 1000] [--together] [--only-w1]
    python benchmarks/throughput.py --corpus synthetic [--articles 10000] [--small 1000]

Corpora: ``reuters`` is the whole of ../shared/corpora/reuters/reuters-21578.jsonl
(15,547 articles, read there, never copied); ``synthetic`` is made by corpus.py
from the Wikinews articles. The small size is the corpus's first N articles (for
peak memory). Measured on the same machine in the same run: raw spaCy (nlp.pipe,
same pipeline and batch size, 1 process, model load included), the default
``kg build`` (RDF file + embedded store + HTML page) with 1 and 2 workers, an
unchanged rebuild of that store, and ``kg build`` to a file only with 2 workers.
Peak memory is summed over each process tree; CPU time is the process's and its waited-for
children's (RocksDB's threads included), less sensitive than wall time to a shared machine. ``--together`` runs raw spaCy and
``kg build --workers 1`` side by side (one core each, the same load on both).
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
    return run_many([cmd])[0]


def run_many(cmds: list[list[str]]) -> list[dict]:
    """Commands started together; for each, its wall time and peak tree memory."""
    t0 = time.perf_counter()
    procs = [subprocess.Popen(c, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for c in cmds]
    peaks, ends, cpus = [0] * len(procs), [None] * len(procs), [0.0] * len(procs)
    while any(e is None for e in ends):
        for i, proc in enumerate(procs):
            if ends[i] is None:
                pid, status, usage = os.wait4(proc.pid, os.WNOHANG)  # CPU time: the process and the children it waited for
                if pid == 0:
                    peaks[i] = max(peaks[i], _tree_rss_kib(proc.pid))
                else:
                    ends[i] = time.perf_counter() - t0
                    cpus[i] = usage.ru_utime + usage.ru_stime
                    proc.returncode = os.waitstatus_to_exitcode(status)
        time.sleep(0.2)
    out = []
    for cmd, proc, seconds, peak, cpu in zip(cmds, procs, ends, peaks, cpus):
        stdout, err = proc.communicate()
        if proc.returncode not in (0, 1):  # 1: some inputs skipped, the rest built
            raise SystemExit(f"{' '.join(cmd)} failed: {err[-2000:]}")
        out.append({"seconds": round(seconds, 2), "cpu_seconds": round(cpu, 2), "peak_mib": round(peak / 1024),
                    "stdout": stdout.strip(), "exit": proc.returncode})
    return out


REUTERS = HERE.parents[1] / "shared" / "corpora" / "reuters" / "reuters-21578.jsonl"
RUNS = (("raw_spacy", "raw spaCy nlp.pipe, 1 process"),
        ("kg_default_w1", "kg build (file + store + HTML), --workers 1"),
        ("kg_default_w2", "kg build (file + store + HTML), --workers 2"),
        ("kg_rebuild_unchanged", "kg build again, all unchanged, --workers 2"),
        ("kg_file_w2", "kg build -> .trig only, --workers 2"))


def measure(corpus: Path, n: int, words: int, args) -> dict:
    out = args.out / f"run-{n}"
    subprocess.run(["rm", "-rf", str(out)], check=True)
    out.mkdir(parents=True)
    row = {"articles": n, "words": words}
    raw = [str(BIN / "python"), str(HERE / "raw_spacy.py"), str(corpus), str(args.batch), "1"]
    kg = [str(BIN / "kg"), "build", str(corpus), "--batch-size", str(args.batch), "-q"]
    w1 = kg + ["-o", str(out / "w1" / "graph.trig"), "--workers", "1"]
    if args.together:
        row["raw_spacy"], row["kg_default_w1"] = run_many([raw, w1])
    else:
        row["raw_spacy"] = run(raw)
        row["kg_default_w1"] = run(w1)
    if args.only_w1:
        return row
    row["kg_default_w2"] = run(kg + ["-o", str(out / "w2" / "graph.trig"), "--workers", "2"])
    row["kg_rebuild_unchanged"] = run(kg + ["-o", str(out / "w2" / "graph.trig"), "--workers", "2"])
    if not args.no_file_only:
        row["kg_file_w2"] = run(kg + ["-o", str(out / "file.trig"), "--no-store", "--no-html", "--workers", "2"])
    return row


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", choices=["reuters", "synthetic"], default="reuters")
    ap.add_argument("--articles", type=int, default=10_000, help="synthetic corpus size")
    ap.add_argument("--small", type=int, default=1_000)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--together", action="store_true", help="raw spaCy and kg --workers 1 side by side")
    ap.add_argument("--no-file-only", action="store_true", help="skip the file-only run")
    ap.add_argument("--only-w1", action="store_true", help="raw spaCy and kg --workers 1 only (no --workers 2, no rebuild)")
    ap.add_argument("--out", type=Path, default=HERE / "out")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    sys.path.insert(0, str(HERE))
    from corpus import write

    results = {"machine": f"{platform.node()} {platform.machine()} {os.cpu_count()} cores, Python {platform.python_version()}",
               "corpus": args.corpus}
    sizes = []
    if args.corpus == "reuters":
        lines = [line for line in REUTERS.read_text(encoding="utf-8").splitlines() if line.strip()]
        for n in (args.small, len(lines)):
            corpus = args.out / f"reuters-{n}.jsonl"
            if n == len(lines):
                corpus = REUTERS
            else:
                corpus.write_text("\n".join(lines[:n]) + "\n", encoding="utf-8")
            words = sum(len(json.loads(line)["text"].split()) for line in lines[:n])
            sizes.append((corpus, n, words))
    else:
        for n in (args.small, args.articles):
            corpus = args.out / f"corpus-{n}.jsonl"
            sizes.append((corpus, n, write(n, corpus)))
    for corpus, n, words in sizes:
        row = measure(corpus, n, words, args)
        results[str(n)] = row
        print(json.dumps(row), flush=True)
    (args.out / f"throughput-{args.corpus}.json").write_text(json.dumps(results, indent=1))

    (_, small, _), (_, big_n, w) = sizes
    big, small_row = results[str(big_n)], results[str(small)]
    raw_s = big["raw_spacy"]["seconds"]
    print(f"\nmachine: {results['machine']}")
    print(f"corpus: {args.corpus}, {big_n:,} articles, {w:,} words (and its first {small:,} articles for memory)"
          + (" ; raw spaCy and --workers 1 run side by side" if args.together else "") + "\n")
    raw_cpu = big["raw_spacy"]["cpu_seconds"]
    print(f"| run | seconds | words/s | vs raw spaCy | CPU s | vs raw (CPU) | peak MiB @{small:,} | peak MiB @{big_n:,} | memory ratio |")
    print("|---|---|---|---|---|---|---|---|---|")
    for key, label in RUNS:
        if key not in big:
            continue
        r = big[key]
        print(f"| {label} | {r['seconds']} | {w / r['seconds']:,.0f} | {raw_s / r['seconds']:.2f} | {r['cpu_seconds']} "
              f"| {raw_cpu / r['cpu_seconds']:.2f} | {small_row[key]['peak_mib']} "
              f"| {r['peak_mib']} | {r['peak_mib'] / max(small_row[key]['peak_mib'], 1):.2f} |")
    s_raw, s_w1 = small_row["raw_spacy"], small_row["kg_default_w1"]
    print(f"\nfirst {small:,} articles: raw {s_raw['seconds']} s ({s_raw['cpu_seconds']} s CPU), kg --workers 1 "
          f"{s_w1['seconds']} s ({s_w1['cpu_seconds']} s CPU): {s_raw['seconds'] / s_w1['seconds']:.2f}x wall, "
          f"{s_raw['cpu_seconds'] / s_w1['cpu_seconds']:.2f}x CPU")
    if "kg_default_w2" not in big:
        return
    first = big["kg_default_w2"]["seconds"]
    print(f"\nunchanged rebuild / first build (--workers 2): {big['kg_rebuild_unchanged']['seconds'] / first:.1%}")


if __name__ == "__main__":
    main()
