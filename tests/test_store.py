"""The embedded store and the SPARQL layer: named queries, bindings, reloads, crash safety."""
from __future__ import annotations

import dataclasses
import json
import os
import re
import signal
import subprocess
import sys
import textwrap

import pytest
from rdflib import URIRef

from conftest import ROOT, need_shared
from fixture_graph import QUERY_BINDINGS, fixture_extractions, load_fixture
from kg.errors import QueryError, StoreError
from kg.query import format_results, get_query, named_queries, run_query
from kg.store import open_store

EXPECTED = ROOT / "tests" / "expected"


def _norm(value):
    if value is None:
        return None
    try:
        return round(float(value), 6)
    except ValueError:
        return value


@pytest.fixture(params=["oxigraph", "memory"])
def fixture_store(request, tmp_path):
    store = open_store(tmp_path / "store", backend="oxigraph") if request.param == "oxigraph" else open_store(backend="memory")
    store.load_ontology()
    return load_fixture(store)


def test_at_least_ten_named_queries_each_with_a_header():
    queries = named_queries()
    assert len(queries) >= 10
    for q in queries.values():
        assert q.description and "PREFIX" in q.text, q.name
        assert set(QUERY_BINDINGS[q.name]) >= set(q.required)


@pytest.mark.parametrize("name", sorted(QUERY_BINDINGS))
def test_named_query_gives_its_expected_result(fixture_store, name):
    expected = json.loads((EXPECTED / f"{name}.json").read_text())
    result = run_query(fixture_store, get_query(name), QUERY_BINDINGS[name])
    assert result.variables == expected["variables"]
    got = [[_norm(v) for v in row] for row in result.values()]
    want = [[_norm(v) for v in row] for row in expected["rows"]]
    assert got == want


def test_values_are_bindings_never_query_text(fixture_store):
    before = fixture_store.count()
    hostile = 'x" } ; DROP ALL ; { "\' <http://evil/> \\u0022'
    result = run_query(fixture_store, get_query("meetings"), {"name": hostile})
    assert result.rows == []
    assert fixture_store.count() == before
    # the same query still answers afterwards
    assert len(run_query(fixture_store, get_query("meetings"), {"name": "Eva Fisk"}).rows) == 1


def test_unknown_query_and_variable_and_bad_sparql(fixture_store, tmp_path):
    with pytest.raises(QueryError, match=r"no query named 'who-host'.*known: .*who-hosts-whom"):
        get_query("who-host")
    with pytest.raises(QueryError, match=r"no variable 'nmae'.*allowed: name"):
        run_query(fixture_store, get_query("meetings"), {"nmae": "x"})
    with pytest.raises(QueryError, match="needs --bind name"):
        run_query(fixture_store, get_query("entity"))
    bad = tmp_path / "bad.rq"
    bad.write_text("SELECT ?x WHERE {\n  ?x ?y \n}\n")
    with pytest.raises(QueryError, match="bad SPARQL"):
        run_query(fixture_store, get_query(str(bad)))


def test_union_default_graph_and_one_graph(fixture_store):
    q = "SELECT (COUNT(DISTINCT ?f) AS ?n) WHERE { ?f <https://w3id.org/kg-news/ns#relation> ?r }"
    assert fixture_store.query(q).values() == [("6",)]
    q = "SELECT (COUNT(DISTINCT ?f) AS ?n) ?g WHERE { GRAPH ?g { ?f <https://w3id.org/kg-news/ns#relation> ?r } } GROUP BY ?g"
    assert fixture_store.query(q, {"g": URIRef("https://w3id.org/kg-news/id/article/fx-2")}).values()[0][0] == "3"


def test_reloading_an_article_replaces_its_graph_only(tmp_path):
    store = open_store(tmp_path / "s")
    store.load_ontology()
    exs = fixture_extractions()
    load_fixture(store, exs)
    total = store.count()
    store.add(exs[0])
    store.flush()
    store.load_ontology()
    assert store.count() == total
    from dataclasses import replace

    store.add(replace(exs[0], facts=exs[0].facts[:1]))
    store.flush()
    assert store.count() < total
    q = "SELECT (COUNT(*) AS ?n) ?g WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
    assert store.query(q, {"g": URIRef("https://w3id.org/kg-news/id/article/fx-2")}).values()[0][0] != "0"


def test_results_formats(fixture_store):
    r = run_query(fixture_store, get_query("who-hosts-whom"))
    assert format_results(r, "csv").splitlines()[1].startswith("Anna Berg,Carl Dahl,planned,Friday,Oslo,")
    assert format_results(r, "tsv").splitlines()[0].split("\t")[:2] == ["host", "guest"]
    data = json.loads(format_results(r, "json"))
    assert data["results"]["bindings"][0]["host"] == {"type": "literal", "value": "Anna Berg"}
    assert "(1 row)" in format_results(r, "table")


def test_unknown_backend_lists_known_ones():
    with pytest.raises(StoreError, match="known: oxigraph, memory, sparql"):
        open_store("x", backend="fuseki")


@pytest.mark.model
@pytest.mark.slow
def test_a_build_killed_halfway_leaves_whole_articles(tmp_path):
    corpus = need_shared("corpora", "wikinews", "wikinews-en.jsonl") / "corpora" / "wikinews" / "wikinews-en.jsonl"
    lines = corpus.read_text(encoding="utf-8").splitlines()[:30]
    articles = tmp_path / "a.jsonl"
    articles.write_text("\n".join(lines) + "\n", encoding="utf-8")
    script = textwrap.dedent(f"""
        import sys
        from kg.build import build
        from kg.store import OxigraphStore
        store = OxigraphStore({str(tmp_path / 'killed')!r}, batch=2)
        def told(ex):
            print(ex.article.id, flush=True)
        build([{str(articles)!r}], sinks=[store], on_article=told, batch_size=2)
        print("DONE", flush=True)
    """)
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True, cwd=ROOT)
    seen = 0
    for _ in proc.stdout:
        seen += 1
        if seen >= 9:
            os.kill(proc.pid, signal.SIGKILL)
            break
    proc.wait(30)
    assert seen >= 9 and proc.returncode == -signal.SIGKILL

    from kg.build import build

    killed = open_store(tmp_path / "killed")
    build([articles], sinks=[open_store(tmp_path / "full")])  # closed by the build
    full = open_store(tmp_path / "full")
    q = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?g a <https://w3id.org/kg-news/ns#Article> } }"
    graphs = [URIRef(g) for (g,) in killed.query(q).values()]
    assert 1 <= len(graphs) < 30
    loaded = URIRef("https://w3id.org/kg-news/ns#loadedAt")  # when each store wrote it: differs
    for g in graphs:
        assert {t for t in killed.graph_triples(g) if t[1] != loaded} == {t for t in full.graph_triples(g) if t[1] != loaded}, g


def test_kg_query_reads_a_store_a_build_holds_open(tmp_path):
    from typer.testing import CliRunner

    from kg.cli import app

    writing = open_store(tmp_path / "store")  # holds the store's lock, as a running build does
    writing.load_ontology()
    load_fixture(writing)
    writing.flush()
    result = CliRunner().invoke(app, ["query", "entities-by-type", "-b", "type=Person", "--store", str(tmp_path / "store"), "-f", "csv"])
    assert result.exit_code == 0, result.output
    assert "Anna Berg" in result.output
    writing.close()


@pytest.mark.parametrize("contents", [{}, {"notes.txt": "my notes"}])
def test_kg_query_refuses_a_folder_that_is_not_a_store_and_writes_nothing(tmp_path, contents):
    from typer.testing import CliRunner

    from kg.cli import app

    folder = tmp_path / "docs"
    folder.mkdir()
    for name, text in contents.items():
        (folder / name).write_text(text)
    result = CliRunner().invoke(app, ["query", "entities-by-type", "--store", str(folder)])
    assert result.exit_code == 2
    assert "not a kg store" in result.output and "Traceback" not in result.output
    assert sorted(p.name for p in folder.iterdir()) == sorted(contents)
    if contents:  # nor does a build write a database among other files
        with pytest.raises(StoreError, match="not a kg store"):
            open_store(folder)
        assert sorted(p.name for p in folder.iterdir()) == sorted(contents)


def test_a_read_only_store_refuses_writes(tmp_path):
    store = open_store(tmp_path / "store")
    store.load_ontology()
    store.close()
    reader = open_store(tmp_path / "store", read_only=True)
    assert reader.count() > 0
    with pytest.raises(StoreError, match="read-only"):
        reader.load_ontology()


@pytest.mark.parametrize("copies", [1, 60])  # 60: 120 articles, copied from one dump of the store
@pytest.mark.parametrize("suffix", [".trig", ".nq", ".nt"])
def test_an_unchanged_rebuild_copies_each_graph_from_the_store_as_it_is(tmp_path, suffix, copies):
    from dataclasses import replace

    from rdflib import Dataset
    from rdflib.compare import isomorphic

    from kg.build import build, reuse_from
    from kg.rdf import to_dataset

    # the source as the JSONL reader gives it (a changed source rebuilds an article)
    exs = [replace(ex, article=replace(ex.article, id=f"{ex.article.id}-{n}", publisher="Fixture Wire"))
           for n in range(copies) for ex in fixture_extractions()]
    store = open_store(tmp_path / "store")
    store.load_ontology()
    for ex in exs:
        store.add(ex)
    store.flush()
    corpus = tmp_path / "a.jsonl"
    corpus.write_text("".join(json.dumps({"id": ex.article.id, "text": ex.article.text, "title": ex.article.title,
                                          "published": ex.article.published, "source": ex.article.publisher}) + "\n"
                              for ex in exs), encoding="utf-8")
    out = tmp_path / f"graph{suffix}"
    summary = build([corpus], output=out, reuse=reuse_from(store))  # every article unchanged: no model loaded
    assert summary.unchanged == len(exs) and summary.articles == 0
    if suffix == ".nt":  # no graphs: the union
        from rdflib import Graph

        written = Graph().parse(out, format="nt")
        expected = Graph()
        for t in to_dataset(exs).quads((None, None, None, None)):
            expected.add(t[:3])
        assert isomorphic(written, expected)
        return
    written = Dataset()
    written.parse(out, format="trig" if suffix == ".trig" else "nquads")
    expected = to_dataset(exs)
    assert {str(g.identifier) for g in written.graphs() if len(g)} == {str(g.identifier) for g in expected.graphs() if len(g)}
    for ex in exs:
        name = URIRef(f"https://w3id.org/kg-news/id/article/{ex.article.id}")
        assert isomorphic(written.graph(name), expected.graph(name)), name


def test_unchanged_articles_from_a_store_that_failed_are_one_error_and_no_temporary_file(tmp_path):
    from dataclasses import replace

    from kg.build import build, reuse_from

    exs = [replace(ex, article=replace(ex.article, publisher="Fixture Wire")) for ex in fixture_extractions()]
    store = open_store(tmp_path / "store")
    store.load_ontology()
    for ex in exs:
        store.add(ex)
    store.flush()
    corpus = tmp_path / "a.jsonl"
    corpus.write_text("".join(json.dumps({"id": ex.article.id, "text": ex.article.text, "title": ex.article.title,
                                          "published": ex.article.published, "source": ex.article.publisher}) + "\n"
                              for ex in exs), encoding="utf-8")
    reuse = reuse_from(store)
    store.close()  # as a store that failed during the build is
    summary = build([corpus], output=tmp_path / "graph.trig", reuse=reuse)
    assert summary.unchanged == 2 and len(summary.errors) == 1 and "graph.trig" in summary.errors[0]
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".graph.trig")] == []


def test_open_store_memory_is_the_memory_backend_not_a_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with open_store("memory") as store:
        store.load_ontology()
        assert store.count() > 0 and store.path is None
    assert not (tmp_path / "memory").exists()


def test_run_query_keeps_an_rdflib_term_as_it_is(fixture_store, tmp_path):
    from rdflib import Literal

    people = "SELECT ?e WHERE { ?e a <https://w3id.org/kg-news/ns#Person> }"
    someone = URIRef(fixture_store.query(people).values()[0][0])
    rq = tmp_path / "labels.rq"
    rq.write_text("SELECT ?e ?label WHERE { ?e <http://www.w3.org/2000/01/rdf-schema#label> ?label }\n")
    rows = run_query(fixture_store, get_query(str(rq)), {"e": someone}).values()
    assert rows  # bound as an IRI, not as a literal holding its text
    label = rows[0][0]
    by_label = run_query(fixture_store, get_query(str(rq)), {"label": Literal(label)}).values()
    assert (str(someone),) in by_label


def test_a_user_query_binds_only_what_it_selects(fixture_store, tmp_path):
    rq = tmp_path / "mine.rq"
    rq.write_text("SELECT ?label WHERE { ?e <http://www.w3.org/2000/01/rdf-schema#label> ?label }\n")
    with pytest.raises(QueryError) as info:
        run_query(fixture_store, get_query(str(rq)), {"e": "<https://w3id.org/kg-news/id/person/x>"})
    message = str(info.value)
    assert message == "query 'mine' cannot bind 'e': only variables in its SELECT can be bound (can be bound: label)"
    assert "projection" not in message


def test_both_file_loaders_put_default_graph_triples_in_the_same_graphs(tmp_path):
    from kg.store import OxigraphStore

    (tmp_path / "plain.ttl").write_text("<http://ex.org/a> <http://ex.org/p> \"x\" .\n")
    (tmp_path / "mixed.trig").write_text("<http://ex.org/b> <http://ex.org/p> \"y\" .\n"
                                         "<http://ex.org/g> { <http://ex.org/c> <http://ex.org/p> \"z\" . }\n")
    every = "SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }"
    loaded, read = open_store("memory"), OxigraphStore(None)
    for name in ("plain.ttl", "mixed.trig"):
        loaded.load_file(tmp_path / name)
        read.read_file(tmp_path / name)
    assert sorted(loaded.query(every).values()) == sorted(read.query(every).values())
    assert len(read.query(every).values()) == 3  # nothing left outside a named graph


def test_a_store_closes_and_unlocks_on_error(tmp_path):
    with pytest.raises(RuntimeError):
        with open_store(tmp_path / "s") as store:
            store.load_ontology()
            raise RuntimeError("boom")
    with open_store(tmp_path / "s") as again:  # the lock went with the error
        assert again.count() > 0


@pytest.mark.parametrize("command", [["query", "meetings", "-b", "name=Eva Fisk"], ["render", "-o", "PAGE"], ["analyze"]])
def test_kg_query_render_and_analyze_close_their_store(tmp_path, monkeypatch, command):
    from typer.testing import CliRunner

    import kg.store
    from kg.cli import app

    with open_store(tmp_path / "store") as store:
        store.load_ontology()
        load_fixture(store)
    opened = []
    real = kg.store.open_store

    def recording(*args, **options):
        opened.append(real(*args, **options))
        return opened[-1]

    monkeypatch.setattr(kg.store, "open_store", recording)
    args = [str(tmp_path / "page.html") if a == "PAGE" else a for a in command]
    result = CliRunner().invoke(app, [*args, "--store", str(tmp_path / "store")])
    assert result.exit_code == 0, result.output
    assert opened and all(s._store is None for s in opened)  # closed: its lock and files released


def test_a_user_query_keeps_its_columns(fixture_store, tmp_path):
    rq = tmp_path / "labels.rq"
    rq.write_text("SELECT ?e ?label WHERE { ?e <http://www.w3.org/2000/01/rdf-schema#label> ?label } LIMIT 2\n")
    assert run_query(fixture_store, get_query(str(rq))).variables == ["e", "label"]
    assert run_query(fixture_store, get_query(str(rq)), {"label": "Eva Fisk"}).variables == ["e"]


def test_a_changed_source_rebuilds_the_article(tmp_path):
    """An article's source (the JSONL record's "source") is part of what it says of itself."""
    from dataclasses import replace

    from kg.build import reuse_from

    ex = fixture_extractions()[0]
    store = open_store(tmp_path / "store")
    store.add(replace(ex, article=replace(ex.article, publisher="Fixture Wire")))
    store.flush()
    reuse = reuse_from(store)
    assert reuse(replace(ex.article, publisher="Fixture Wire")) is not None
    assert reuse(replace(ex.article, publisher="Other Wire")) is None and reuse(ex.article) is None


ALL_TIME = {"start": "1900-01-01", "end": "2100-12-31"}


def test_pages_of_an_answer_make_the_whole_answer(fixture_store):
    query = get_query("facts-between")
    whole = run_query(fixture_store, query, ALL_TIME)
    assert len(whole.rows) >= 3 and not whole.more
    pages, offset = [], 0
    while True:
        page = run_query(fixture_store, query, ALL_TIME, limit=2, offset=offset)
        assert len(page.rows) <= 2 and page.variables == whole.variables
        pages += page.rows
        offset += 2
        if not page.more:
            break
    assert offset < len(whole.rows) + 2  # the last page said so, not an empty one after it
    assert sorted(map(json.dumps, pages)) == sorted(map(json.dumps, whole.rows))
    # a page holding the whole answer is the whole answer, sorted as it is
    assert run_query(fixture_store, query, ALL_TIME, limit=len(whole.rows)) == whole
    assert run_query(fixture_store, query, ALL_TIME, limit=len(whole.rows) - 1).more
    assert run_query(fixture_store, query, ALL_TIME, offset=len(whole.rows), limit=5).rows == []
    with pytest.raises(QueryError, match="limit and offset"):
        run_query(fixture_store, query, ALL_TIME, limit=-1)


def test_an_unbound_name_pages_each_fact_once(fixture_store):
    """An unbound ?name takes each key of an entity in turn: a page counts each answer once."""
    whole = run_query(fixture_store, get_query("meetings"), {})
    first = run_query(fixture_store, get_query("meetings"), {}, limit=1)
    rest = run_query(fixture_store, get_query("meetings"), {}, limit=10, offset=1)
    assert len(whole.rows) == 2 and first.more and not rest.more
    assert sorted(map(json.dumps, first.rows + rest.rows)) == sorted(map(json.dumps, whole.rows))


def test_the_order_line_sorts_as_order_by_would(fixture_store):
    """A query that streams says how kg sorts its whole answer (``# Order:``): the same order as
    the line given to the store as an ORDER BY clause."""
    ordered = [q for q in named_queries().values() if q.order]
    assert {"facts-by-relation", "facts-between", "who-hosts-whom", "meetings", "demands", "visits"} <= {q.name for q in ordered}
    for q in ordered:
        code = "\n".join(l for l in q.text.splitlines() if not l.lstrip().startswith("#"))
        assert not re.search(r"^(ORDER|GROUP) BY", code, re.M), q.name  # nothing that holds the rows back
        line = next(l for l in q.text.splitlines() if l.startswith("# Order:")).split(":", 1)[1]
        with_order_by = dataclasses.replace(q, text=q.text + "ORDER BY" + line + "\n", order=())
        bindings = [QUERY_BINDINGS[q.name], ALL_TIME] if q.name == "facts-between" else [QUERY_BINDINGS[q.name], {}]
        for binding in bindings:
            if set(q.required) <= set(binding):
                assert run_query(fixture_store, q, binding) == run_query(fixture_store, with_order_by, binding), (q.name, binding)


def test_kg_query_shows_a_page_and_says_how_to_see_more(tmp_path):
    from typer.testing import CliRunner

    from kg.cli import app

    with open_store(tmp_path / "store") as store:
        store.load_ontology()
        load_fixture(store)
    base = ["query", "facts-between", "--store", str(tmp_path / "store"), "-b", "start=1900-01-01", "-b", "end=2100-12-31"]
    runner = CliRunner()
    whole = runner.invoke(app, [*base, "-f", "csv", "--limit", "0"])
    assert whole.exit_code == 0 and whole.stderr == "", whole.output
    n = len(whole.stdout.splitlines()) - 1
    assert n >= 3
    page = runner.invoke(app, [*base, "-f", "csv", "--limit", "2"])
    assert page.exit_code == 0 and len(page.stdout.splitlines()) == 3
    assert page.stderr == "kg: showing the first 2 rows; more follow: --limit 0 for all, --offset 2 for the next 2\n"
    table = runner.invoke(app, [*base, "--limit", "1", "--offset", "1"])
    assert table.stdout.rstrip().endswith("(1 row, more not shown)")
    assert table.stderr == "kg: showing row 2; more follow: --limit 0 for all, --offset 2 for the next 1\n"
    last = runner.invoke(app, [*base, "-f", "json", "--limit", "2", "--offset", str(n - 1)])
    assert last.exit_code == 0 and last.stderr == "" and len(json.loads(last.stdout)["results"]["bindings"]) == 1
    default = runner.invoke(app, base)  # 100 rows unless told: the fixture's answer is all of it
    assert default.stdout.rstrip().endswith(f"({n} rows)") and default.stderr == ""
    bad = runner.invoke(app, [*base, "--limit", "-1"])
    assert bad.exit_code == 2


def test_a_page_is_the_same_page_on_every_call(tmp_path):
    """Pages of a longer answer come in the store's order: the same rows on every call (on disk,
    where the plans of the streaming queries read indexes in their order)."""
    with open_store(tmp_path / "store") as store:
        store.load_ontology()
        load_fixture(store)
        for q in (q for q in named_queries().values() if q.order):
            binding = ALL_TIME if q.name == "facts-between" else {"relation": "meets"} if q.required else {}
            first = run_query(store, q, binding, limit=1, offset=1)
            assert all(run_query(store, q, binding, limit=1, offset=1) == first for _ in range(10)), q.name


def test_a_whole_answer_from_the_grouped_form_is_the_streamed_one(fixture_store):
    """A streaming query's whole answer comes from its grouped form (queries/whole/NAME.rq), which
    reads the store in a few passes: the same rows, in the order of the query's Order line."""
    wholes = [q for q in named_queries().values() if q.whole]
    assert {"facts-by-relation", "facts-between", "who-hosts-whom", "meetings", "demands", "visits"} <= {q.name for q in wholes}
    for q in wholes:
        streamed = dataclasses.replace(q, whole=None)
        bindings = [QUERY_BINDINGS[q.name], ALL_TIME] if q.name == "facts-between" else [QUERY_BINDINGS[q.name], {}]
        for binding in bindings:
            if not set(q.required) <= set(binding):
                continue
            grouped, pages = run_query(fixture_store, q, binding), run_query(fixture_store, streamed, binding)
            assert grouped.variables == pages.variables, q.name
            assert sorted(map(json.dumps, grouped.rows)) == sorted(map(json.dumps, pages.rows)), (q.name, binding)
            cols = [grouped.variables.index(v) for names, _ in q.order for v in names if v in grouped.variables]
            assert [[row[c] for c in cols] for row in grouped.values()] == [[row[c] for c in cols] for row in pages.values()]


class _CountingFlushes:
    """A pyoxigraph Store that counts its memtable flushes (the Rust object takes no new attributes)."""

    def __init__(self, store) -> None:
        self._inner, self.flushes = store, 0

    def flush(self) -> None:
        self.flushes += 1
        self._inner.flush()

    def __getattr__(self, name):
        return getattr(self._inner, name)


def test_counts_written_at_close_do_not_pile_up_in_memtables(tmp_path, monkeypatch):
    """A first build writes its counts as the store closes (200,000 triples at 15,547 Reuters
    articles): RocksDB writes its memtables to disk every MEMTABLE_TRIPLES of them, not only at the
    end (which held 220 MiB of memtables)."""
    import kg.store
    from kg.summary import SUMMARY_GRAPH, Tally

    monkeypatch.setattr(kg.store, "MEMTABLE_TRIPLES", 5_000)
    store = open_store(tmp_path / "store")
    store.load_ontology()
    tally = Tally()
    for i in range(3_000):  # six triples each
        tally.entities[(f"https://w3id.org/kg-news/id/organization/c-{i}", "https://w3id.org/kg-news/ns#Organization")] = [f"C {i}", 1, 1]
    tally.graphs.add(hash("https://w3id.org/kg-news/id/article/a"))
    store._tally = tally
    store._store = counting = _CountingFlushes(store._store)
    store.close()
    counting._inner = None  # the database released, as close() released it
    assert counting.flushes >= 18_000 // 5_000
    with open_store(tmp_path / "store", read_only=True) as again:
        n = again.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{SUMMARY_GRAPH}> {{ ?s ?p ?o }} }}").values()[0][0]
    assert int(n) == 18_001  # and the node saying the counts are whole
