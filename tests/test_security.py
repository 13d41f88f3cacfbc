"""Trust (issue 10): hostile files and bindings stay data, distinct inputs stay distinct,
nothing is silently lost, and bad input is one line, never a traceback. Embedded store;
the same attacks against a real server are in test_security_remote.py."""
from __future__ import annotations

import json

import pytest
from rdflib import URIRef
from typer.testing import CliRunner

from fixture_graph import fixture_extractions, load_fixture
from kg.cli import app
from kg.errors import QueryError, StoreError
from kg.query import get_query, run_query
from kg.store import open_store

ONTOLOGY = "https://w3id.org/kg-news/ns"  # a graph every store holds, so a load replaces it by update
DROP = 'x:t> . } } ; DROP ALL ; INSERT DATA { GRAPH <x:g> { <x:s> <x:p> "pwned"^^<x:t'


def _u(text: str) -> str:
    """Every character but letters, digits and ':' as a \\uXXXX escape (what TriG allows in IRIs)."""
    return "".join(ch if ch.isalnum() or ch == ":" else f"\\u{ord(ch):04X}" for ch in text)


def hostile_files(tmp_path):
    """Crafted files: a JSON-LD literal type and TriG IRI escapes, as in the issue, and a bad graph name."""
    jsonld = tmp_path / "evil.jsonld"
    jsonld.write_text(json.dumps({"@id": ONTOLOGY, "@graph": [{"@id": "x:s", "x:p": {"@value": "v", "@type": DROP}}]}))
    trig = tmp_path / "evil.trig"
    trig.write_text(f"<{ONTOLOGY}> {{ <x:s> <x:p> <{_u(DROP[:-1] + 'x:o')}> . }}\n")
    graph = tmp_path / "graph.trig"  # a graph name no store holds yet (written as data, not as an update)
    graph.write_text(f"<{_u('x:g> { } } ; DROP ALL ; #')}> {{ <x:s> <x:p> <x:o> . }}\n")
    return [jsonld, trig, graph]


@pytest.fixture
def store(tmp_path):
    s = open_store(tmp_path / "store")
    s.load_ontology()
    load_fixture(s)
    return s


def _graphs(store) -> dict[str, int]:
    q = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
    return {g: int(n) for g, n in store.query(q).values()}


# 1. a crafted RDF file is refused, never run as SPARQL Update -----------------------------

def test_crafted_rdf_files_cannot_inject_sparql_update(store, tmp_path):
    before = _graphs(store)
    for path in hostile_files(tmp_path):
        with pytest.raises(StoreError) as err:
            store.load_file(path)
        message = str(err.value)
        assert str(path) in message and "\n" not in message, message
        assert "not a valid" in message, message
        assert _graphs(store) == before, path


def test_cli_load_of_a_crafted_file_is_one_line_and_changes_nothing(tmp_path):
    target = tmp_path / "store"
    s = open_store(target)
    s.load_ontology()
    load_fixture(s)
    before = _graphs(s)
    s.close()
    runner = CliRunner()
    for path in hostile_files(tmp_path):
        result = runner.invoke(app, ["load", str(path), "--store", str(target)])
        assert result.exit_code == 1, result.output
        skipped = [line for line in result.output.splitlines() if line.startswith("kg: skipped")]
        assert len(skipped) == 1 and str(path) in skipped[0], result.output
        assert "Traceback" not in result.output
    assert _graphs(open_store(target)) == before


def test_a_file_name_cannot_inject_either(store, tmp_path):
    path = tmp_path / "a> } ; DROP ALL ; #.nt"
    path.write_text("<x:s> <x:p> <x:o> .\n")
    store.load_file(path)
    store.load_file(path)  # the second time the graph exists: replaced by update
    assert _graphs(store)[ONTOLOGY] > 1


# 2. bindings are validated terms ---------------------------------------------------------

def test_a_bad_iri_binding_is_one_clear_error_on_the_embedded_store(store):
    for value in ["<a b>", "<x:a>) (UNDEF) } #>", "<rel>"]:
        with pytest.raises(QueryError, match=r"name.*not a valid IRI"):
            run_query(store, get_query("meetings"), {"name": value})
    store.close()
    result = CliRunner().invoke(app, ["query", "meetings", "-b", "name=<a b>", "--store", str(store.path)])
    assert result.exit_code == 2 and "Traceback" not in result.output, result.output
    assert "--bind name" in result.output and "not a valid IRI" in result.output


# 3. a server that misbehaves: redirects and non-SPARQL answers are errors, not success ------

class _Odd:
    """A local HTTP server that redirects every write and answers queries with an HTML page."""

    def __init__(self) -> None:
        import http.server
        import threading

        class Handler(http.server.BaseHTTPRequestHandler):
            def _answer(self):
                self.rfile.read(int(self.headers.get("content-length") or 0))
                if self.path.startswith("/query"):
                    body = b"<html><body>login</body></html>"
                    self.send_response(200)
                    self.send_header("content-type", "text/html")
                else:
                    body = b""
                    self.send_response(301)
                    self.send_header("location", "http://elsewhere.example/store")
                self.send_header("content-length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_PUT = do_POST = do_GET = _answer

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def odd_server():
    server = _Odd()
    yield server
    server.close()


def test_a_redirect_from_the_graph_store_is_not_success(odd_server):
    from kg.remote import SparqlStore

    store = SparqlStore(odd_server.url, retries=0)
    store.add(fixture_extractions()[0])
    with pytest.raises(StoreError, match=r"answered 301, a redirect to http://elsewhere.example/store"):
        store.flush()


def test_an_answer_that_is_not_sparql_json_is_one_clear_error(odd_server):
    from kg.remote import SparqlStore

    with pytest.raises(StoreError, match=r"answered 200 with text/html, not SPARQL JSON results"):
        SparqlStore(odd_server.url, retries=0).count()
    result = CliRunner().invoke(app, ["query", "meetings", "--endpoint", odd_server.url])
    assert result.exit_code == 2 and "not SPARQL JSON results" in result.output, result.output


@pytest.mark.parametrize("url", ["http://127.0.0.1:99999", "http://[::1", "ftp://example.org", "http://"])
def test_bad_endpoint_urls_are_one_line(url):
    result = CliRunner().invoke(app, ["query", "meetings", "--endpoint", url])
    assert result.exit_code == 2 and result.output.startswith("kg: error: --endpoint"), result.output
    assert result.output.count("\n") == 1 and "Traceback" not in result.output


# 3. distinct inputs stay distinct; nothing replaced with less -------------------------------

def test_same_file_name_in_two_folders_and_names_that_differ_only_in_punctuation(tmp_path):
    from kg.inputs import read_articles
    from kg.iri import article_iri

    for folder in ("A", "B"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "report.txt").write_text(f"Report from {folder}.")
    (tmp_path / "a b.txt").write_text("One.")
    (tmp_path / "a?b.txt").write_text("Two.")
    (tmp_path / "..txt").write_text("Three.")
    items = list(read_articles([tmp_path]))
    ids = [a.id for a in items]
    assert sorted(ids) == [".", "A/report", "B/report", "a b", "a?b"], items
    iris = {str(article_iri(i)) for i in ids}
    assert len(iris) == 5 and not any(iri.endswith(("/.", "/..")) for iri in iris)


def test_a_build_of_nothing_keeps_the_existing_output(tmp_path):
    out = tmp_path / "graph.trig"
    out.write_text("<x:s> <x:p> <x:o> .\n")
    html = tmp_path / "graph.html"
    html.write_text("<html>old</html>")
    result = CliRunner().invoke(app, ["build", str(tmp_path / "nothere.txt"), "-o", str(out), "--no-store", "--workers", "1"])
    assert result.exit_code == 1, result.output
    assert out.read_text() == "<x:s> <x:p> <x:o> .\n" and html.read_text() == "<html>old</html>"
    assert "not written: no article was built" in result.output
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".graph")]  # no temporary file left


def test_output_problems_are_one_line(tmp_path):
    (tmp_path / "file").write_text("x")
    (tmp_path / "a.txt").write_text("Mr Smith met Ms Jones in Paris.")
    runner = CliRunner()
    result = runner.invoke(app, ["build", str(tmp_path / "a.txt"), "-o", str(tmp_path / "file" / "g.trig"), "--no-store", "--no-html", "-q"])
    assert result.exit_code == 2 and "cannot write" in result.output and "Traceback" not in result.output, result.output
    out = tmp_path / "g.trig"
    result = runner.invoke(app, ["build", str(tmp_path / "a.txt"), "-o", str(out), "--html", str(out), "--no-store"])
    assert result.exit_code == 2 and "--html" in result.output, result.output
    for option in (["--batch-size", "0"], ["--max-nodes", "-1"]):
        command = "build" if option[0] == "--batch-size" else "render"
        result = runner.invoke(app, [command, str(tmp_path / "a.txt"), *option])
        assert result.exit_code == 2 and "Invalid value" in result.output, result.output


@pytest.mark.model
def test_a_changed_title_or_date_rebuilds_the_article(tmp_path):
    def build(title, published):
        src = tmp_path / "a.jsonl"
        src.write_text(json.dumps({"id": "a1", "text": "Mr Smith met Ms Jones in Paris.", "title": title, "published": published}) + "\n")
        result = CliRunner().invoke(app, ["build", str(src), "-o", str(tmp_path / "g.nq"), "--no-html", "--workers", "1", "-q"])
        assert result.exit_code == 0, result.output
        s = open_store(tmp_path / "store")
        try:
            q = "SELECT ?t ?d WHERE { ?a <http://purl.org/dc/terms/title> ?t ; <http://purl.org/dc/terms/issued> ?d }"
            return s.query(q).values()
        finally:
            s.close()

    assert build("Old", "2024-01-01") == [("Old", "2024-01-01")]
    assert build("New", "2024-01-01") == [("New", "2024-01-01")]
    assert build("New", "2024-02-02") == [("New", "2024-02-02")]


# 5. bad input is one line, never a traceback --------------------------------------------------

def test_hostile_jsonl_lines_are_each_one_line(tmp_path):
    from kg.inputs import Skipped, read_articles

    src = tmp_path / "x.jsonl"
    lines = [
        "[" * 100_000 + "]" * 100_000,
        '{"id": "s", "text": "Lone \\ud800 surrogate."}',
        '{"id": "t\\ud800", "text": "Fine text."}',
        json.dumps({"id": "long", "text": "Fine.", "title": "x"}).replace('"long"', '"' + "i" * 10_000 + '"'),
        json.dumps({"id": "d", "text": "Fine.", "published": "not a date"}),
        json.dumps({"id": "ok", "text": "Mr Smith met Ms Jones."}),
    ]
    src.write_bytes(("\n".join(lines) + "\n").encode("utf-8"))
    items = list(read_articles([src]))
    reasons = [str(i) for i in items if isinstance(i, Skipped)]
    assert len(reasons) == 5 and all("\n" not in r for r in reasons), reasons
    assert "nested too deep" in reasons[0] and "surrogate" in reasons[1] and "surrogate" in reasons[2]
    assert "over the limit of 1,000" in reasons[3] and "not a date" in reasons[4]
    assert [i.id for i in items if not isinstance(i, Skipped)] == ["ok"]
    cr = tmp_path / "cr.jsonl"
    cr.write_bytes(b'{"id": "1", "text": "One."}\r{"id": "2", "text": "Two."}\r')
    assert [i.id for i in read_articles([cr])] == ["1", "2"]


def test_utf16_is_named_and_odd_file_names_stay_one_line(tmp_path):
    from kg.inputs import read_articles

    (tmp_path / "u16.txt").write_bytes("Mr Smith met Ms Jones.".encode("utf-16"))
    (tmp_path / "u16be.txt").write_bytes("Mr Smith met Ms Jones.".encode("utf-16-be"))
    (tmp_path / "new\nline\x1b[31m.txt").write_text("")
    items = {i.source.rsplit("/", 1)[-1]: str(i) for i in read_articles([tmp_path])}
    assert "UTF-16" in items["u16.txt"] and "UTF-16" in items["u16be.txt"], items
    [odd] = [v for k, v in items.items() if k.startswith("new")]
    assert "\n" not in odd and "\x1b" not in odd and "new\\nline\\x1b[31m.txt" in odd


# availability: line breaks are linear in the number of lines -------------------------------

def test_line_breaks_are_linear_in_the_number_of_lines():
    import time

    import spacy

    from kg.nlp import LineBreaks

    nlp = spacy.blank("en")
    text = "\n".join(f"LONDON, England – Line {i} says Mr Smith." for i in range(20_000))
    doc = nlp.make_doc(text)
    started = time.perf_counter()
    LineBreaks(1)(doc)
    assert time.perf_counter() - started < 2.0  # before: over a minute (a Doc scan per line)
    assert sum(1 for t in doc if t.is_sent_start) == 20_000 and len(doc.spans["kg_datelines"]) == 20_000


# property: random Unicode never breaks the graph ----------------------------------------------

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_text = st.text(max_size=24)
_name = st.text(min_size=1, max_size=24)


def _normal(name: str) -> str:
    """A name up to case, accents and word separators: what kg means by 'the same name'."""
    import re
    import unicodedata

    folded = unicodedata.normalize("NFKD", name.replace("\u2019", "'"))
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch)).casefold()
    return re.sub(r"[\s\-'.,_]+", " ", folded).strip()


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ident=_name, title=st.none() | _text, published=st.none() | st.dates().map(str),
       labels=st.lists(_name, min_size=2, max_size=4, unique=True), words=_text,
       types=st.lists(st.sampled_from(["Person", "Organization", "Country", "Place", "Event"]), min_size=4, max_size=4))
def test_random_unicode_never_breaks_the_graph(ident, title, published, labels, words, types):
    import pyoxigraph as ox

    from kg.errors import KGError
    from kg.iri import article_iri, entity_iri
    from kg.model import Article, Entity, Extraction, Fact, Span
    from kg.rdf import article_triples, nt_line
    from kg.summary import SUMMARY_GRAPH

    text = f"{words} {' '.join(labels)}."
    entities = tuple(Entity(label, kind, (label.upper(),), (Span(0, len(label), label),)) for label, kind in zip(labels, types))
    fact = Fact("meets", 0, 1, "happened", Span(0, len(text), text), Span(0, 1, text[:1]), 0.5, time=title, attribution=words)
    ex = Extraction(Article(ident, text, title=title, published=published, url=title), entities, (fact,))
    unicode_ok = not any(0xD800 <= ord(ch) <= 0xDFFF for ch in ident + text + (title or ""))
    try:
        triples = article_triples(ex)
        data = "".join(nt_line(s, p, o) for s, p, o in triples)
    except KGError:
        assert not unicode_ok  # only text that is not valid Unicode is refused (a KGError, one line)
        return
    assert unicode_ok
    parsed = list(ox.parse(data.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES))  # a valid RDF file
    assert len(parsed) == len(set(triples))

    store = open_store(backend="memory")
    load_fixture(store)
    before = _graphs(store)
    store.add(ex)
    store.flush()
    after = _graphs(store)
    own = str(article_iri(ident))
    counts = str(SUMMARY_GRAPH)  # the store's counts (kg.summary) change with any article: checked in test_summary
    assert {g: n for g, n in after.items() if g not in (own, counts)} == {g: n for g, n in before.items() if g not in (own, counts)}
    assert after[own] == len(set(triples)) + 1  # and the time the store wrote it (kg:loadedAt)
    for a in labels:  # distinct names, distinct IRIs
        for b in labels:
            if _normal(a) != _normal(b):
                assert entity_iri("Person", a) != entity_iri("Person", b), (a, b)


@settings(max_examples=300, deadline=None)
@given(value=st.text(max_size=30), lang=st.text(max_size=8))
def test_a_term_is_refused_or_written_as_exactly_itself(value, lang):
    import pyoxigraph as ox
    from rdflib import Literal

    from kg.errors import TermError
    from kg.rdf import nt

    for term in (URIRef(value), URIRef("x:" + value), Literal("v", datatype=URIRef("x:" + value))):
        try:
            written = nt(term)
        except TermError:
            continue
        [quad] = ox.parse(f"<x:s> <x:p> {written} .".encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)
        back = quad.object.value if isinstance(term, URIRef) else quad.object.datatype.value
        assert back == (str(term) if isinstance(term, URIRef) else str(term.datatype))
    try:
        written = nt(Literal(value, lang=lang))
    except (TermError, ValueError):  # rdflib refuses some tags itself
        return
    [quad] = ox.parse(f"<x:s> <x:p> {written} .".encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)
    assert quad.object.value == value


def test_eval_on_a_json_array_line_is_one_line(tmp_path):
    from kg.errors import InputError
    from kg.evaluate import read_gold

    gold = tmp_path / "g.jsonl"
    gold.write_text('[1, 2, 3]\n')
    with pytest.raises(InputError, match=r"g.jsonl:1: not a gold item"):
        read_gold(gold)


def test_terminal_escapes_in_results_are_shown_not_run():
    from kg.query import format_results
    from kg.store import Results

    table = format_results(Results(["name"], [({"type": "literal", "value": "Eve\x1b[2J\x1b]0;pwn\x07"},)]), "table")
    assert "\x1b" not in table and "\x07" not in table and "Eve\\x1b[2J" in table


def test_load_of_a_missing_file_says_so(tmp_path):
    result = CliRunner().invoke(app, ["load", str(tmp_path / "gone.nt"), "--store", str(tmp_path / "s")])
    assert result.exit_code == 1 and f"kg: skipped {tmp_path / 'gone.nt'}: no such file" in result.output, result.output
