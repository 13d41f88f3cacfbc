"""SIGTERM stops a build as Ctrl-C does: no worker or forkserver left, no temporary file (issue 10)."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import ROOT, SHARED


def _descendants(root: int) -> set[int]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    parent = int(f.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(parent, []).append(int(entry))
    found, todo = set(), [root]
    while todo:
        for child in children.get(todo.pop(), []):
            found.add(child)
            todo.append(child)
    return found


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.model
@pytest.mark.slow
def test_sigterm_leaves_no_worker_and_no_temporary_file(tmp_path):
    corpus = SHARED / "corpora" / "reuters" / "reuters-21578.jsonl"
    if not corpus.is_file():
        pytest.skip("the Reuters corpus is not beside this checkout")
    articles = tmp_path / "a.jsonl"
    with corpus.open(encoding="utf-8") as f:
        articles.write_text("".join(next(f) for _ in range(400)), encoding="utf-8")
    out = tmp_path / "out"
    proc = subprocess.Popen([sys.executable, "-m", "kg", "build", str(articles), "-o", str(out / "graph.trig"),
                             "--workers", "2", "-q", "--no-html"], cwd=ROOT, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    seen: set[int] = set()
    while time.monotonic() < deadline:  # the forkserver and both workers are up, the file is being written
        seen |= _descendants(proc.pid)
        if len(seen) >= 3 and list(out.glob(".graph.trig.*")) and proc.poll() is None:
            break
        time.sleep(0.2)
    else:
        proc.kill()
        pytest.fail("the build did not start its workers")
    time.sleep(2)  # well into a batch
    seen |= _descendants(proc.pid)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 143 and "kg: terminated" in err and "Traceback" not in err, err
    end = time.monotonic() + 15
    while time.monotonic() < end and any(_alive(pid) for pid in seen):
        time.sleep(0.2)
    assert not [pid for pid in seen if _alive(pid)], "processes left behind"
    assert not list(out.glob(".graph.trig.*")), "temporary file left behind"
    assert not (out / "graph.trig").exists()  # nothing replaced with a half file
