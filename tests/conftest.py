"""Shared fixtures: the real spaCy pipeline, the seed build, an Oxigraph server, Chromium."""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytest_plugins = ["pytester"]  # test_shared_required.py runs pytest on this conftest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = ROOT / "seeds"
CHROMIUM = Path("/usr/bin/chromium")


#: what every skip for missing ../shared data says; in CI such a skip fails the run instead
MISSING_SHARED = "is not beside this checkout"


def pytest_addoption(parser) -> None:
    parser.addoption("--require-shared", action="store_true",
                     help="fail (not skip) tests whose data in ../shared is missing; also KG_REQUIRE_SHARED=1 or CI set")


def shared_required(config) -> bool:
    """Whether a test may not skip for missing ../shared data: in CI, or when asked."""
    return bool(config.getoption("--require-shared") or os.environ.get("KG_REQUIRE_SHARED", "") not in ("", "0")
                or os.environ.get("CI"))


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """A skip for missing ../shared data is a failure when :func:`shared_required`: a CI run
    that silently left out the scorer or the corpora would pass without testing them."""
    outcome = yield
    report = outcome.get_result()
    if report.skipped and shared_required(item.config) and not hasattr(report, "wasxfail"):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        if MISSING_SHARED in reason:
            report.outcome = "failed"
            report.longrepr = f"{reason} (../shared is required here: CI, KG_REQUIRE_SHARED or --require-shared)"


def need_shared(*parts: str) -> Path:
    """``../shared`` (or a file in it), skipping the test when it is missing (failing it in CI)."""
    path = SHARED.joinpath(*parts) if parts else SHARED / "gold" / "seed-000.json"
    if not path.exists():
        where = "/".join(("../shared", *parts)) if parts else "../shared (gold file and scorer)"
        pytest.skip(f"{where} {MISSING_SHARED}")
    return SHARED


@pytest.fixture(scope="session")
def nlp():
    from kg.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def extract_text(nlp):
    """Parse and extract one text with the real pipeline."""
    from kg.extract import extract
    from kg.model import Article

    def run(text: str, article_id: str = "t", published: str | None = None):
        return extract(nlp(text), Article(id=article_id, text=text, published=published))

    return run


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory, nlp):
    """kg build seeds/ once: graph.trig, the store and the HTML, in a temporary folder."""
    from kg.build import build
    from kg.render import render_file
    from kg.store import open_store

    out = tmp_path_factory.mktemp("seed-build")
    store = open_store(out / "store")
    store.load_ontology()
    summary = build([SEEDS], output=out / "graph.trig", sinks=[store])
    render_file(out / "graph.trig", out / "graph.html")
    return {"dir": out, "trig": out / "graph.trig", "store": out / "store", "html": out / "graph.html", "summary": summary}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class OxigraphServer:
    """``oxigraph serve`` on 127.0.0.1, with a union default graph like kg's embedded store."""

    def __init__(self, data: Path) -> None:
        self.data = data
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc: subprocess.Popen | None = None

    def start(self) -> None:
        exe = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
        self.proc = subprocess.Popen([exe, "serve", "-l", str(self.data), "-b", f"127.0.0.1:{self.port}", "--union-default-graph"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2):
                    return
            except OSError:
                if self.proc.poll() is not None:
                    raise RuntimeError("oxigraph serve exited at start")
                time.sleep(0.05)
        raise RuntimeError("oxigraph serve did not start")

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)


@pytest.fixture
def oxigraph_server(tmp_path):
    server = OxigraphServer(tmp_path / "oxigraph-data")
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        if os.environ.get("CI"):
            pytest.fail("Debian's chromium is not installed (/usr/bin/chromium)")
        pytest.skip("Debian's chromium is not installed (/usr/bin/chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(
            executable_path=str(CHROMIUM),
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                  "--disable-sync", "--no-first-run", "--disable-quic"],
        )
        yield b
        b.close()
