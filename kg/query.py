"""Named SPARQL queries: files in ``queries/``, values passed only as bindings.

Each ``queries/NAME.rq`` starts with comment lines: the first says what it
returns; a line ``# Bind: ?var (optional|required) - ...`` names the variables a
caller may bind.
"""
from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from kg.errors import QueryError, TermError
from kg.store import BaseStore, Results, parse_binding

_VAR = re.compile(r"\?(\w+)")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def _visible(value: str) -> str:
    return _CONTROL.sub(lambda m: repr(m.group())[1:-1], value)


@dataclass(frozen=True, slots=True)
class NamedQuery:
    name: str
    text: str
    description: str
    optional: tuple[str, ...]
    required: tuple[str, ...]

    @property
    def variables(self) -> tuple[str, ...]:
        return self.required + self.optional


def parse_query_file(name: str, text: str) -> NamedQuery:
    comments = [line[1:].strip() for line in text.splitlines() if line.startswith("#")]
    description = comments[0] if comments else ""
    optional: list[str] = []
    required: list[str] = []
    for line in comments:
        if line.lower().startswith("bind:"):
            names = _VAR.findall(line.split("-", 1)[0] if " - " in line else line)
            (required if "required" in line else optional).extend(names)
    return NamedQuery(name, text, description, tuple(optional), tuple(required))


def named_queries() -> dict[str, NamedQuery]:
    """The library of named queries shipped with kg, by name."""
    base = resources.files("kg").joinpath("queries")
    found = {}
    for entry in sorted(base.iterdir(), key=lambda p: p.name):
        if entry.name.endswith(".rq"):
            name = entry.name[:-3]
            found[name] = parse_query_file(name, entry.read_text(encoding="utf-8"))
    return found


def get_query(name_or_path: str | Path) -> NamedQuery:
    """A named query, or a ``.rq`` file given by path.

    Raises:
        QueryError: naming the known queries when there is no such query.
    """
    path = Path(name_or_path)
    if path.suffix == ".rq" and path.is_file():
        try:
            return parse_query_file(path.stem, path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            raise QueryError(f"{path}: cannot read ({exc})") from None
    known = named_queries()
    if str(name_or_path) not in known:
        raise QueryError(f"no query named {str(name_or_path)!r} (known: {', '.join(known)})")
    return known[str(name_or_path)]


def run_query(store: BaseStore, query: NamedQuery, bindings: Mapping[str, str] | None = None) -> Results:
    """Run a query with values bound to its declared variables.

    Raises:
        QueryError: for a variable the query does not declare, a missing required
            one, or a query the store cannot parse (with line and column).
    """
    bindings = dict(bindings or {})
    declared = query.variables or tuple(dict.fromkeys(_VAR.findall(query.text)))
    unknown = [k for k in bindings if k not in declared]
    if unknown:
        raise QueryError(f"query {query.name!r} has no variable {unknown[0]!r} to bind (allowed: {', '.join(declared) or 'none'})")
    missing = [v for v in query.required if v not in bindings]
    if missing:
        raise QueryError(f"query {query.name!r} needs --bind {missing[0]}=VALUE")
    values = {}
    for key, value in bindings.items():
        try:
            values[key] = parse_binding(value) if isinstance(value, str) else value
        except TermError as exc:
            raise QueryError(f"--bind {key}: {exc}") from None
    return store.query(query.text, values)


def format_results(results: Results, fmt: str = "table") -> str:
    """Results as csv, tsv, json (SPARQL 1.1 JSON results) or a plain-text table."""
    if fmt == "json":
        bindings = [{v: t for v, t in zip(results.variables, row) if t is not None} for row in results.rows]
        return json.dumps({"head": {"vars": results.variables}, "results": {"bindings": bindings}}, indent=1, ensure_ascii=False)
    if fmt in {"csv", "tsv"}:
        out = io.StringIO()
        writer = csv.writer(out, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(results.variables)
        writer.writerows(["" if v is None else v for v in row] for row in results.values())
        return out.getvalue()
    if fmt != "table":
        raise QueryError(f"unknown result format {fmt!r} (known: table, csv, tsv, json)")
    # a table is for a terminal: control characters from article text (ANSI escapes) are shown, not run
    rows = [results.variables] + [["" if v is None else _visible(v) for v in row] for row in results.values()]
    widths = [min(60, max(len(r[i]) for r in rows)) for i in range(len(results.variables))]
    lines = ["  ".join(c[:60].ljust(w) for c, w in zip(row, widths)).rstrip() for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines) + f"\n({len(rows) - 1} row{'s' if len(rows) != 2 else ''})\n"
