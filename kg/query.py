"""Named SPARQL queries: files in ``queries/``, values passed only as bindings.

Each ``queries/NAME.rq`` starts with comment lines: the first says what it
returns; a line ``# Bind: ?var (optional|required) - ...`` names the variables a
caller may bind.

Query shapes
------------
The queries are written for the embedded store, Oxigraph, whose planner orders joins by
the shape of each pattern and does not see the values bound to a query (they are
substituted when it runs), so the same plan serves a bound and an unbound variable.
On a store on disk a lookup from a known node costs about 10 us, a pass over one
predicate about 0.3 us a triple. Hence (``benchmarks/store_queries.py`` measures them):

* **Start from what is bound.** A name's entities come first, from an exact match of its
  key (``{ SELECT DISTINCT ?e ?name WHERE { ?e kg:key ?name } }``); a fact's class is a
  FILTER beside that first step (``?fact kg:agent ?e ; a ?class . FILTER (?class =
  kg:Hosting)``), because a pattern ``?fact a kg:Hosting`` would look smaller to the
  planner and it would read every hosting first.
* **Optional values per row.** ``OPTIONAL`` is joined by hash: it reads the optional
  triples of the whole store. A value a row may lack comes instead from a ``UNION`` whose
  other branch holds the rows without it (``{ ?fact kg:time ?time } UNION { ?fact kg:status
  ?s FILTER NOT EXISTS { ?fact kg:time ?any } }``): looked up from the row, one row either way.
  (A branch that always matches once, ``UNION { }``, needs a ``GROUP BY`` and ``SAMPLE``
  to make one row again, and a GROUP BY holds every row back until the last is found.)
* **Rows that stream, for answers that grow with the store.** Oxigraph gives rows as it
  finds them unless the query has ``ORDER BY`` or ``GROUP BY``, which compute the whole
  answer first, whatever the page asked for (it has no ordered index to serve an order
  from). The listings (``facts-by-relation``, ``facts-between``, the relations' queries
  without a name) have neither: a page of 100 rows costs 100 rows. Their ``# Order:``
  line says how :func:`run_query` sorts a whole answer (the same keys an ORDER BY would
  take, checked by a test); the pages of a longer answer come in the store's order, the
  same on every call while the store is unchanged: the plans read indexes in their order
  and use no hash join and no property path (with a path in both branches of a UNION,
  Oxigraph ran the branches in either order). A whole answer of a streaming query costs more
  that way (a lookup per row for each optional value, where a hash join reads a predicate
  once): when ``queries/whole/NAME.rq`` gives the grouped form (same rows, checked by a test),
  :func:`run_query` runs it for a whole answer (``kg query --limit 0``): 1.4-6 times faster.
* **Counts kept, not computed.** A count per entity, article or status is read from the
  store's counts (:mod:`kg.summary`, kept as articles are written), so those listings stream
  too (``entities-by-type``, ``facts-per-article``), and a label per entity is one lookup.
* **A bound value tested twice.** A test of a bound value inside a group
  (``{ VALUES ?class {...} FILTER (... ?type ...) }``) prunes before anything is read,
  because Oxigraph substitutes a bound value everywhere; the same test at the top keeps
  the answer right on a SPARQL server, which gets the values as a ``VALUES`` block at the
  top. Inside the group the variable is unbound there, so the inner test must let all
  through when it is: ``COALESCE(test, true)``, or ``COALESCE(?type, "") = "" || ...``
  (``tests/test_remote.py`` runs every named query on a server and in the embedded store).
* **Whole-store counts by hash.** Counting every fact joins one pass over each predicate
  by hash (a subquery is never looked up row by row), not a lookup per fact; an
  entity's label across articles (``MIN``) comes from one pass over the labels.
"""
from __future__ import annotations

import csv
import io
import itertools
import json
import re
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path

from kg.errors import QueryError, TermError
from kg.names import name_key
from rdflib import URIRef
from rdflib.term import Identifier

from kg.store import BaseStore, Results, parse_binding

_VAR = re.compile(r"\?(\w+)")
#: one key of an ``# Order:`` line: ``?v``, ``DESC(?v)``, ``COALESCE(?a, ?b)``, ``DESC(COALESCE(?a, ?b))``
_ORDER_KEY = re.compile(r"(?i)(?:(DESC|ASC)\()?((?:COALESCE\([^)]*\))|\?\w+)\)?")
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
    #: variables that take a name: bound as its key (:func:`kg.names.name_key`), matched against ``kg:key``
    keys: tuple[str, ...] = ()
    #: ``(from, to)`` when the query is one step of a path search between two bound names (``# Search:``)
    search: tuple[str, str] | None = None
    #: how kg sorts a whole answer (``# Order:``): ``(variables, descending)`` keys, the first bound
    #: of the variables deciding (see :func:`run_query`)
    order: tuple[tuple[tuple[str, ...], bool], ...] = ()
    #: the text that gives a whole answer faster, for a query that streams (``queries/whole/NAME.rq``:
    #: GROUP BY and hash joins, which compute everything before the first row): same rows
    whole: str | None = None

    @property
    def variables(self) -> tuple[str, ...]:
        return self.required + self.optional


def parse_query_file(name: str, text: str) -> NamedQuery:
    comments = [line[1:].strip() for line in text.splitlines() if line.startswith("#")]
    description = comments[0] if comments else ""
    optional: list[str] = []
    required: list[str] = []
    keys: list[str] = []
    search = None
    order: list[tuple[tuple[str, ...], bool]] = []
    for line in comments:
        head = line.split(" - ", 1)[0]
        if line.lower().startswith("order:"):
            order = [(tuple(_VAR.findall(m.group(2))), (m.group(1) or "").upper() == "DESC")
                     for m in _ORDER_KEY.finditer(head.split(":", 1)[1])]
            continue
        if line.lower().startswith("bind:"):
            names = _VAR.findall(head)
            (required if "required" in head else optional).extend(names)
            if "name key" in head:
                keys.extend(names)
        elif line.lower().startswith("search:") and len(_VAR.findall(head)) == 2:
            search = tuple(_VAR.findall(head))
    return NamedQuery(name, text, description, tuple(optional), tuple(required), tuple(keys), search, tuple(order))


def named_queries() -> dict[str, NamedQuery]:
    """The library of named queries shipped with kg, by name."""
    base = resources.files("kg").joinpath("queries")
    wholes = base.joinpath("whole")
    found = {}
    for entry in sorted(base.iterdir(), key=lambda p: p.name):
        if entry.name.endswith(".rq"):
            name = entry.name[:-3]
            whole = wholes.joinpath(entry.name)
            found[name] = replace(parse_query_file(name, entry.read_text(encoding="utf-8")),
                                  whole=whole.read_text(encoding="utf-8") if whole.is_file() else None)
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


def projected(text: str) -> tuple[str, ...] | None:
    """The variables a SELECT query returns, in the order they first appear (``SELECT *``: all
    of them); None for another kind of query, or text rdflib's parser does not read.

    >>> projected("SELECT ?a (MIN(?l) AS ?b) WHERE { ?a <http://x/p> ?l } GROUP BY ?a")
    ('a', 'b')
    """
    from rdflib.plugins.sparql import prepareQuery

    try:
        algebra = prepareQuery(text).algebra
    except Exception:  # the store reports the syntax error, with line and column
        return None
    if algebra.name != "SelectQuery":
        return None
    names = {str(v) for v in algebra.get("PV") or ()}
    return tuple(v for v in dict.fromkeys(_VAR.findall(text)) if v in names)


def run_query(store: BaseStore, query: NamedQuery, bindings: Mapping[str, object] | None = None, *,
              limit: int | None = None, offset: int = 0) -> Results:
    """Run a query with values bound to its declared variables; all its rows, or a page of them.

    A value is a string (``<iri>`` for an IRI, else a literal; a name for a variable the
    query looks names up with) or an rdflib term (``URIRef``, ``Literal``), bound as it is.
    A query without ``# Bind:`` lines (a user's file) can have the variables in its SELECT bound.

    Paging: with ``limit``, at most that many rows after the first ``offset``; the result's
    ``more`` says whether the answer goes on. On the embedded store only the rows of the page
    (and one more, to know) are computed when the query has no ORDER BY or GROUP BY: the
    named queries whose answers grow with the store are written so, and say in an ``# Order:``
    line how kg sorts their rows instead. kg sorts a whole answer (no ``limit``, or all of it
    within one); the pages of a longer one come in the store's order, the same from one call
    to the next while the store does not change.

    >>> from kg.store import open_store
    >>> with open_store("memory") as store:
    ...     store.load_ontology()
    ...     page = run_query(store, get_query("entities-by-type"), limit=5)
    >>> len(page.rows), page.more
    (0, False)

    Raises:
        QueryError: for a variable the query does not declare, a missing required
            one, a negative limit or offset, or a query the store cannot parse (with
            line and column).
    """
    if (limit is not None and limit < 0) or offset < 0:
        raise QueryError(f"limit and offset are counts of rows, 0 or more (got limit={limit}, offset={offset})")
    bindings = dict(bindings or {})
    declared = query.variables or tuple(dict.fromkeys(_VAR.findall(query.text)))
    unknown = [k for k in bindings if k not in declared]
    if unknown:
        raise QueryError(f"query {query.name!r} has no variable {unknown[0]!r} to bind (allowed: {', '.join(declared) or 'none'})")
    if not query.variables and bindings:  # a user's file without Bind: lines: what its SELECT projects
        selected = projected(query.text)
        outside = [k for k in bindings if selected is not None and k not in selected]
        if outside:
            raise QueryError(f"query {query.name!r} cannot bind {outside[0]!r}: only variables in its SELECT can be bound"
                             f" (can be bound: {', '.join(selected) or 'none'})")
    missing = [v for v in query.required if v not in bindings]
    if missing:
        raise QueryError(f"query {query.name!r} needs --bind {missing[0]}=VALUE")
    values = {}
    for key, value in list(bindings.items()):
        if isinstance(value, Identifier):  # an rdflib URIRef or Literal from Python keeps its kind
            values[key] = value
            continue
        if key in query.keys and isinstance(value, str) and not value.startswith("<"):
            value = name_key(value)  # a name is looked up by its key, normalised as the graph's were
        if isinstance(value, str) and not value and key in query.optional:
            continue  # an empty optional value (a name, an article id) filters nothing
        try:
            values[key] = parse_binding(value) if isinstance(value, str) else value
        except TermError as exc:
            raise QueryError(f"--bind {key}: {exc}") from None
    if query.search is not None:
        found = _path_results(store, query, values)
        variables, rows = found.variables, iter(found.rows)
        inputs: Iterable[str] = ()
    else:
        text = query.whole if limit is None and query.whole else query.text  # a whole answer: the grouped form
        variables, rows = store.query_rows(text, values)
        inputs = query.variables or tuple(values)  # a user's file: only the variables it was given values for
    distinct = re.search(r"^\s*SELECT\s+DISTINCT\b", query.text if limit is not None or not query.whole else query.whole, re.I | re.M) is not None
    keep = [i for i, v in enumerate(variables) if v not in set(inputs)]
    rows = _columns(rows, keep, distinct and len(keep) < len(variables))
    variables = [variables[i] for i in keep]
    if limit is None:
        return Results(variables, _sorted(list(rows), variables, query.order))
    page = list(itertools.islice(rows, offset, offset + limit + 1))
    more = len(page) > limit
    page = page[:limit]
    if not more and not offset:  # the whole answer
        page = _sorted(page, variables, query.order)
    return Results(variables, page, more)


def _columns(rows: Iterator[tuple], keep: list[int], distinct: bool) -> Iterator[tuple]:
    """The rows without the columns of the query's input variables: a bound value is not an
    answer (Oxigraph substitutes only projected variables, so the text keeps them). For a
    DISTINCT query, each row once: an unbound name took each of an entity's keys in turn."""
    seen: set[str] = set()
    for row in rows:
        row = tuple(row[i] for i in keep)
        if distinct:
            mark = json.dumps(row, sort_keys=True)
            if mark in seen:
                continue
            seen.add(mark)
        yield row


_NUMERIC = {f"http://www.w3.org/2001/XMLSchema#{t}" for t in
            ("integer", "decimal", "double", "float", "int", "long", "short", "nonNegativeInteger", "positiveInteger")}


def _sort_value(term: dict | None) -> tuple:
    """A value's place in an ``# Order:`` sort, as SPARQL's ORDER BY places it: unbound
    first, numbers by value, other terms by their text (code point order)."""
    if term is None:
        return (0, 0.0, "")
    if term.get("datatype") in _NUMERIC:
        try:
            return (1, float(term["value"]), "")
        except ValueError:
            pass
    return (2, 0.0, term["value"])


def _sorted(rows: list[tuple], variables: list[str], order: tuple[tuple[tuple[str, ...], bool], ...]) -> list[tuple]:
    """``rows`` in the order an ``# Order:`` line gives (stable: ties keep the store's order)."""
    for names, descending in reversed(order):
        cols = [variables.index(n) for n in names if n in variables]
        if not cols:
            continue
        rows.sort(key=lambda r: _sort_value(next((r[c] for c in cols if r[c] is not None), None)), reverse=descending)
    return rows


ENTITIES_NAMED = """
PREFIX kg:   <https://w3id.org/kg-news/ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?e (MIN(?l) AS ?label) ?name WHERE { ?e kg:key ?name ; rdfs:label ?l } GROUP BY ?e ?name
"""


def shortest_paths(neighbours: Callable[[Hashable], Iterable[Hashable]], sources: Iterable[Hashable],
                   targets: Iterable[Hashable], *, max_hops: int = 3, limit: int = 20) -> list[list]:
    """The shortest paths (lists of nodes) of at most ``max_hops`` steps from any source to any target.

    A breadth-first search from both ends at once, each round growing the smaller
    frontier by one step, so it asks ``neighbours`` about the nodes within about half
    the distance of either end, never about the whole graph: the cost does not grow
    with the store, only with the degrees near the two ends.

    Args:
        neighbours: the nodes one step from a node (any direction); called once per node.
        sources, targets: where paths start and end.
        max_hops: the longest path searched.
        limit: at most this many paths.

    >>> edges = {"a": ["b", "c"], "b": ["a", "d"], "c": ["a", "d"], "d": ["b", "c", "e"], "e": ["d"]}
    >>> sorted(shortest_paths(edges.get, ["a"], ["d"])), shortest_paths(edges.get, ["a"], ["e"], max_hops=2)
    ([['a', 'b', 'd'], ['a', 'c', 'd']], [])
    """
    sides = []
    for ends in (list(dict.fromkeys(sources)), list(dict.fromkeys(targets))):
        sides.append({"depth": 0, "dist": {n: 0 for n in ends}, "parents": {n: [] for n in ends}, "frontier": ends})
    fwd, bwd = sides
    meet = [n for n in fwd["frontier"] if n in bwd["dist"]]
    while not meet and fwd["frontier"] and bwd["frontier"] and fwd["depth"] + bwd["depth"] < max_hops:
        side, other = (fwd, bwd) if len(fwd["frontier"]) <= len(bwd["frontier"]) else (bwd, fwd)
        dist, parents, depth = side["dist"], side["parents"], side["depth"] + 1
        grown = []
        for node in side["frontier"]:
            for nb in neighbours(node) or ():
                if nb not in dist:
                    dist[nb], parents[nb] = depth, [node]
                    grown.append(nb)
                elif dist[nb] == depth and node not in parents[nb]:
                    parents[nb].append(node)
        side["depth"], side["frontier"] = depth, grown
        meet = [n for n in grown if n in other["dist"]]
        if meet:  # the shortest meet, seen from the side that just grew
            best = min(other["dist"][n] for n in meet)
            meet = [n for n in meet if other["dist"][n] == best]

    def walks(parents: dict, node) -> Iterable[list]:
        if not parents[node]:
            yield [node]
        for p in parents[node]:
            for w in walks(parents, p):
                yield [*w, node]

    out: list[list] = []
    for m in meet:
        for head in walks(fwd["parents"], m):
            for tail in walks(bwd["parents"], m):
                out.append(head + tail[::-1][1:])
                if len(out) >= limit:
                    return out
    return out


def _path_results(store: BaseStore, query: NamedQuery, values: Mapping[str, object]) -> Results:
    """Run a ``# Search:`` query: a breadth-first search whose step is the query, bound to ``?x``."""
    start, end = query.search
    names: dict[str, str] = {}
    ends = []
    for var in (start, end):
        value = values[var]
        if isinstance(value, URIRef):  # an entity given by IRI
            found = [(str(value), str(value).rsplit("/", 1)[-1])]
        else:
            found = [row[:2] for row in store.query(ENTITIES_NAMED, {"name": value}).values()]
        names.update({e: label for e, label in found})
        ends.append([e for e, _ in found])
    hops: dict[tuple[str, str], tuple] = {}

    def neighbours(x: str) -> list[str]:
        out = []
        for row in store.query(query.text, {"x": URIRef(x)}).values():
            y, label, relation, status, sentence, forward = row[:6]
            names.setdefault(y, label)
            out.append(y)
            a, b = (x, y) if forward == "true" else (y, x)
            hops.setdefault((x, y), (a, b, relation, status, sentence))
        return out

    rows = []
    for path in shortest_paths(neighbours, ends[0], ends[1]):
        facts = []
        for x, y in zip(path, path[1:]):
            a, b, relation, status, _ = hops.get((x, y)) or hops[(y, x)]
            facts.append(f"{names[a]} {relation.rsplit('#', 1)[-1].rsplit('/', 1)[-1]} {names[b]} ({status})")
        rows.append((str(len(path) - 1), " ~ ".join(names[n] for n in path), "; ".join(facts)))
    rows.sort(key=lambda r: (int(r[0]), r[1], r[2]))
    lit = lambda v: {"type": "literal", "value": v}  # noqa: E731
    return Results(["length", "path", "facts"], [tuple(map(lit, r)) for r in rows])


#: the widest a table cell gets before it is cut (at a word, with "…")
CELL_WIDTH = 60


def header(variable: str) -> str:
    """A column header for a query variable: words, not code (``statusLabel`` is "status").

    >>> header("statusLabel"), header("placeName"), header("article_id")
    ('status', 'place name', 'article id')
    """
    if variable.endswith("Label") and len(variable) > 5:
        variable = variable[:-5]
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", variable).replace("_", " ").lower()


def cut(text: str, width: int = CELL_WIDTH) -> str:
    """``text`` in at most ``width`` characters: cut at a word when it can be, marked with "…".

    >>> cut("the coalition of the willing", 16), cut("Zelensky", 16), cut("Antidisestablishmentarianism", 10)
    ('the coalition…', 'Zelensky', 'Antidises…')
    """
    if len(text) <= width:
        return text
    head = text[: width - 1]
    space = head.rfind(" ")
    if space >= width // 2:
        head = head[:space]
    return head.rstrip(" ,;:") + "\u2026"


def format_results(results: Results, fmt: str = "table") -> str:
    """Results as csv, tsv, json (SPARQL 1.1 JSON results; these keep every character and the
    variable names) or a plain-text table for a terminal: word headers (:func:`header`), long
    cells cut at a word with "…" (:func:`cut`), control characters from article text shown
    escaped, never run."""
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
    rows = [[header(v) for v in results.variables]]
    rows += [[cut(_visible(v or "")) for v in row] for row in results.values()]
    widths = [max(len(r[i]) for r in rows) for i in range(len(results.variables))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip() for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    n = len(rows) - 1
    more = ", more not shown" if results.more else ""
    return "\n".join(lines) + f"\n({n} row{'' if n == 1 else 's'}{more})\n"
