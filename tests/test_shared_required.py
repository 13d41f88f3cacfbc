"""Tests that need ../shared skip when it is missing on a developer's machine, and fail in CI
(CI set, KG_REQUIRE_SHARED=1 or --require-shared), so a CI run cannot pass without them."""
from __future__ import annotations

import pytest

from conftest import ROOT

NEEDS_SHARED = """
import pytest

def test_needs_the_corpus():
    pytest.skip("../shared/corpora/none.jsonl is not beside this checkout")

def test_skips_for_another_reason():
    pytest.skip("no GPU here")
"""


@pytest.fixture
def run(pytester, monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.delenv("KG_REQUIRE_SHARED", raising=False)
    pytester.makeconftest((ROOT / "tests" / "conftest.py").read_text(encoding="utf-8").replace('pytest_plugins = ["pytester"]', ""))
    pytester.makepyfile(test_it=NEEDS_SHARED)
    return lambda *args: pytester.runpytest_inprocess("-p", "no:cacheprovider", *args)


def test_a_missing_shared_skips_on_a_developers_machine(run):
    run().assert_outcomes(skipped=2)


@pytest.mark.parametrize("how", ["--require-shared", "KG_REQUIRE_SHARED=1", "CI=true"])
def test_a_missing_shared_fails_in_ci(run, monkeypatch, how):
    if "=" in how:
        monkeypatch.setenv(*how.split("="))
        result = run()
    else:
        result = run(how)
    result.assert_outcomes(failed=1, skipped=1)  # the other skip stays a skip
    result.stdout.fnmatch_lines(["*../shared/corpora/none.jsonl is not beside this checkout*required here*"])
