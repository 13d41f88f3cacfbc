"""The README's notebook example runs as written (issue 11): it is extracted from the
README, not copied here, so the two cannot drift apart."""
from __future__ import annotations

import re

import pytest

from conftest import ROOT

MARK = "<!-- tested: tests/test_readme.py -->"


def readme_example() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert MARK in text, "the README lost its tested example"
    block = re.search(r"```python\n(.*?)```", text[text.index(MARK):], re.S)
    return block.group(1)


@pytest.mark.model
def test_the_readme_notebook_example_runs(tmp_path, monkeypatch, nlp, capsys):
    monkeypatch.chdir(tmp_path)
    exec(compile(readme_example(), "README.md", "exec"), {"__name__": "readme"})
    printed = capsys.readouterr().out
    assert "empty" in printed  # the skipped input is in the summary, not dropped
    assert (tmp_path / "kg-out" / "store").is_dir() and (tmp_path / "kg-out" / "graph.html").is_file()
