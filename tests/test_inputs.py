"""Bad input gets a one-line reason naming the file (and line); good input still builds."""
from __future__ import annotations

import json

from kg.inputs import Skipped, read_articles
from kg.model import Article


def _read(paths, **kw):
    return list(read_articles(paths, **kw))


def test_good_text_file_keeps_exact_text(tmp_path):
    f = tmp_path / "a1.txt"
    f.write_text("\nLine one.\nLine two.\n", encoding="utf-8")
    [a] = _read([f])
    assert isinstance(a, Article) and a.id == "a1" and a.text == "\nLine one.\nLine two.\n"


def test_each_bad_file_is_skipped_with_a_reason_and_the_rest_read(tmp_path):
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR" * 20)
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 au lait in M\xfcnchen.".encode("latin-1"))
    (tmp_path / "page.txt").write_text("<!DOCTYPE html><html><head><title>x</title></head><body><p>Hi</p></body></html>")
    (tmp_path / "huge.txt").write_text("word " * 1_100_000)
    (tmp_path / "good.txt").write_text("Olaf Scholz met Emmanuel Macron in Paris.")
    items = _read([tmp_path])
    skipped = {item.source.rsplit("/", 1)[-1]: item.reason for item in items if isinstance(item, Skipped)}
    built = [item.id for item in items if isinstance(item, Article)]
    assert built == ["good"]
    assert skipped["empty.txt"].startswith("empty")
    assert "binary" in skipped["binary.txt"]
    assert "not UTF-8" in skipped["latin1.txt"] and "0xe9" in skipped["latin1.txt"]
    assert "HTML" in skipped["page.txt"]
    assert "over the limit" in skipped["huge.txt"]
    for item in items:
        if isinstance(item, Skipped):
            assert "\n" not in str(item) and str(item).startswith(str(tmp_path))


def test_jsonl_reports_the_bad_line_and_reads_the_others(tmp_path):
    f = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"id": "ok-1", "text": "Joe Biden visited Kyiv.", "title": "T", "published": "2023-02-20T10:00:00Z"}),
        "{not json",
        json.dumps({"id": "no-text"}),
        json.dumps({"text": "no id here"}),
        json.dumps(["a", "list"]),
        json.dumps({"id": "ok-2", "text": "Xi Jinping visited Paris."}),
    ]
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = _read([f])
    good = [i for i in items if isinstance(i, Article)]
    bad = {i.source: i.reason for i in items if isinstance(i, Skipped)}
    assert [a.id for a in good] == ["ok-1", "ok-2"]
    assert good[0].published == "2023-02-20" and good[0].title == "T"
    assert set(bad) == {f"{f}:2", f"{f}:3", f"{f}:4", f"{f}:5"}
    assert "not a JSON object" in bad[f"{f}:2"] and '"text"' in bad[f"{f}:3"] and '"id"' in bad[f"{f}:4"]


def test_missing_path_and_duplicate_ids(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "same.txt").write_text("One text.")
    (tmp_path / "b" / "same.txt").write_text("Another text.")
    items = _read([tmp_path / "nope.txt", tmp_path])
    assert isinstance(items[0], Skipped) and "no such file" in items[0].reason
    # found in a folder, a file's id is its path inside it: the two are distinct articles
    assert [i.id for i in items[1:]] == ["a/same", "b/same"]
    # named directly, both are 'same': the second is refused, never silently merged
    items = _read([tmp_path / "a" / "same.txt", tmp_path / "b" / "same.txt"])
    assert isinstance(items[1], Skipped) and "duplicate article id 'same'" in items[1].reason


def test_utf8_bom_is_dropped(tmp_path):
    f = tmp_path / "bom.txt"
    f.write_bytes("\ufeffHello there, Paris.".encode("utf-8"))
    [a] = _read([f])
    assert a.text == "Hello there, Paris."


def test_newswire_company_markup_is_text_and_html_pages_are_not(tmp_path):
    # Reuters marks company names in angle brackets (reuters-1679 starts like this): text, not HTML
    reuters = ("<Asbestec Industries Inc> said it signed a letter of intent to buy asbestos abatement "
               "contractor <P.W. Stephens> for three mln dlrs in cash. <P Stephens Corp> and <Div Ltd> agreed.")
    pages = {
        "doctype": "<!DOCTYPE html><html><head><title>x</title></head><body><p>Hi</p></body></html>",
        "bare-html": "  <HTML>\n<TITLE>Talks</TITLE>\nMacron met Scholz.",
        "body": "<body class='news'>Macron met Scholz in Paris.</body>",
        "fragment": '<div class="story"><p>Macron met Scholz.</p><p>They talked.</p></div>',
        "one-paragraph": "<p>Macron met Scholz in Paris.</p>",
        "later": "Menu\nHome\n" + "<p>Macron met Scholz.</p>\n" * 3,
    }
    (tmp_path / "reuters.txt").write_text(reuters, encoding="utf-8")
    for name, page in pages.items():
        (tmp_path / f"{name}.txt").write_text(page, encoding="utf-8")
    items = _read([tmp_path])
    built = [item.id for item in items if isinstance(item, Article)]
    skipped = {item.source.rsplit("/", 1)[-1][:-4]: item.reason for item in items if isinstance(item, Skipped)}
    assert built == ["reuters"]
    assert set(skipped) == set(pages) and all("HTML" in why for why in skipped.values())


def test_an_article_a_rule_fails_on_is_skipped_by_name_and_the_others_built(monkeypatch):
    """A bug in one extraction rule (here: a runaway recursion) costs that article, named in one
    line, not the build."""
    import kg.extract
    from kg.pipeline import extract_all

    real = kg.extract.extract

    def flaky(doc, article, **kw):
        if article.id == "bad":
            raise RecursionError("maximum recursion depth exceeded")
        return real(doc, article, **kw)

    monkeypatch.setattr(kg.extract, "extract", flaky)
    skipped: list[Skipped] = []
    arts = [Article("a", "Jon Dahl met Ida Berg in Oslo."), Article("bad", "Anything.", source="in.jsonl:2"),
            Article("c", "Eva Lund visited Bergen.")]
    out = list(extract_all(arts, on_skip=skipped.append))
    assert [ex.article.id for ex in out] == ["a", "c"]
    assert [s.source for s in skipped] == ["in.jsonl:2"]
    assert "extraction failed (RecursionError)" in str(skipped[0]) and "\n" not in str(skipped[0])
    assert out[0].facts and out[1].facts
