"""Reading articles from .txt files, folders of them, and .jsonl files.

Every problem with one input becomes a :class:`Skipped` record naming the file
(and line); the other inputs are still read.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.model import Article

#: spaCy's own default ``nlp.max_length``; longer texts are refused, not truncated
MAX_CHARS = 1_000_000
TEXT_SUFFIXES = (".txt", ".text", ".md")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
#: what a folder's articles are (a file named on its own is read whatever its name)
FOLDER_SUFFIXES = (".txt", *JSONL_SUFFIXES)
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
#: an HTML tag as a browser reads it: a known element name, then attributes or the end of the tag
#: (``<P.W. Stephens>`` and ``<Asbestec Industries Inc>`` in newswire text are company markup, not tags)
_TAG_NAMES = r"html|head|body|title|meta|link|div|p|span|a|br|script|style|table|tr|td|ul|li|h[1-6]"
_ATTRS = r"""(?:\s+[a-z_:][-a-z0-9_:.]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'<>=`]+))?)*\s*/?>"""
_HTML_OPEN = re.compile(rf"<(?:{_TAG_NAMES}){_ATTRS}", re.I)
_HTML_CLOSE = re.compile(rf"</(?:{_TAG_NAMES})\s*>", re.I)
_HTML_PAGE = re.compile(r"<!doctype\s+html\b|<html[\s>]|<head>|<body[\s>]", re.I)


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input that was not built, and why (one line)."""

    source: str
    reason: str

    def __str__(self) -> str:
        """One line, whatever the file name holds (newlines, terminal escapes)."""
        return _CONTROL.sub(lambda m: repr(m.group())[1:-1], f"{self.source}: {self.reason}")


def check_text(text: str, *, max_chars: int = MAX_CHARS) -> str | None:
    """Why ``text`` cannot be built as an article, or None when it can."""
    if not text.strip():
        return "empty: no text to read"
    if "\x00" in text:
        return "binary data (NUL bytes), not text"
    surrogate = _SURROGATE.search(text)
    if surrogate:  # from a JSON \ud800 escape: it cannot be written as UTF-8
        return f"a lone surrogate U+{ord(surrogate.group()):04X} at character {surrogate.start():,}, not valid Unicode"
    controls = sum(1 for ch in text[:10_000] if ord(ch) < 32 and ch not in "\t\n\r\f")
    if controls > 0.01 * min(len(text), 10_000):
        return "binary data (control characters), not text"
    if len(text) > max_chars:
        return f"{len(text):,} characters is over the limit of {max_chars:,} (raise it with --max-chars)"
    if looks_like_html(text):
        return "looks like an HTML page; give kg the article's plain text"
    return None


def looks_like_html(text: str) -> bool:
    """An HTML page or fragment: a doctype, ``<html>``, ``<head>`` or ``<body>`` near the start, or
    tags that close (``</p>``) among others. Newswire markup of names in angle brackets
    (``<Asbestec Industries Inc> said ...``, ``<P.W. Stephens>``) is text: it never closes.

    >>> looks_like_html("<Asbestec Industries Inc> said it will buy <P.W. Stephens>.")
    False
    >>> looks_like_html("<div><p>Talks began.</p><p>They ended.</p></div>")
    True
    """
    head = text[:20_000]
    if _HTML_PAGE.search(head.lstrip()[:2000]):
        return True
    closing = len(_HTML_CLOSE.findall(head))
    if not closing:
        return False
    return bool(_HTML_OPEN.match(head.lstrip())) or closing + len(_HTML_OPEN.findall(head)) >= 3


def decode(data: bytes) -> str:
    """Decode UTF-8 (with or without BOM); raise ValueError with the byte offset."""
    head = data[:8192]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) and not head.startswith(b"\xff\xfe\x00\x00") or (
            len(head) >= 16 and (head[1::2].count(0) > 0.4 * len(head) // 2 or head[0::2].count(0) > 0.4 * len(head) // 2)
            and head.count(0) < 0.6 * len(head)):
        raise ValueError("UTF-16 text, not UTF-8: save it as UTF-8")
    if b"\x00" in head:
        raise ValueError("binary data (NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValueError(f"not UTF-8 text (bad byte 0x{data[exc.start]:02x} at offset {exc.start})") from None


#: longest article id accepted: ids become IRIs, and servers refuse very long ones
MAX_ID = 1000


def article_id(path: Path, root: Path | None = None) -> str:
    """The id of an article file: its path inside the folder it was found in (``A/report``
    for ``corpus/A/report.txt`` when ``corpus`` was given), else its name, without the suffix.

    Nothing is replaced or dropped, so distinct files get distinct ids (``a b`` and ``a?b``);
    :func:`kg.iri.article_iri` percent-encodes what an IRI cannot hold.

    >>> article_id(Path("corpus/A/report.txt"), Path("corpus")), article_id(Path("x/a b.txt"))
    ('A/report', 'a b')
    """
    inside = path.relative_to(root) if root is not None else Path(path.name)
    return "/".join(inside.with_suffix("").parts) or "article"


def read_text_file(path: Path, *, max_chars: int = MAX_CHARS, root: Path | None = None) -> Article | Skipped:
    try:
        size = path.stat().st_size
        if size > 4 * max_chars + 4:  # cannot fit even as 4-byte characters
            return Skipped(str(path), f"{size:,} bytes is over the limit of {max_chars:,} characters (raise it with --max-chars)")
        text = decode(path.read_bytes())
    except ValueError as exc:
        return Skipped(str(path), str(exc))
    except OSError as exc:
        return Skipped(str(path), f"cannot read: {exc.strerror or exc}")
    problem = check_text(text, max_chars=max_chars)
    if problem:
        return Skipped(str(path), problem)
    return Article(id=article_id(path, root), text=text, source=str(path))


def read_jsonl(path: Path, *, max_chars: int = MAX_CHARS) -> Iterator[Article | Skipped]:
    """One article per line: ``{"id", "text"}`` and optional title, url, published and source
    (who published it, for counting independent sources: :func:`kg.rdf.source_name`)."""
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield Skipped(str(path), f"cannot read: {exc.strerror or exc}")
        return
    with handle:
        for number, raw in enumerate(_lines(handle), start=1):
            where = f"{path}:{number}"
            if not raw.strip():
                continue
            try:
                record = json.loads(decode(raw))
            except ValueError as exc:
                yield Skipped(where, f"not a JSON object ({str(exc).splitlines()[0]})")
                continue
            except RecursionError:
                yield Skipped(where, "not a JSON object (nested too deep)")
                continue
            if not isinstance(record, dict):
                yield Skipped(where, "not a JSON object")
                continue
            text, ident = record.get("text"), record.get("id")
            if not isinstance(text, str):
                yield Skipped(where, 'no "text" string')
                continue
            if ident is None or not str(ident).strip():
                yield Skipped(where, 'no "id"')
                continue
            problem = check_text(text, max_chars=max_chars)
            if problem:
                yield Skipped(where, problem)
                continue
            ident = str(ident).strip()
            title, url = _optional_str(record.get("title")), _optional_str(record.get("url"))
            published = _optional_str(record.get("published") or record.get("date"))
            published = published[:10] if published else None
            publisher = record.get("source")
            if isinstance(publisher, dict):  # NewsAPI's {"id": "bbc-news", "name": "BBC News"}
                publisher = publisher.get("name") or publisher.get("id")
            publisher = _optional_str(publisher)
            problem = _check_fields(ident, title, url, publisher, published)
            if problem:
                yield Skipped(where, problem)
                continue
            yield Article(id=ident, text=text, title=title, url=url, published=published, source=where, publisher=publisher)


def _lines(handle) -> Iterator[bytes]:
    """Lines ended by LF, CRLF or a lone CR (JSON cannot hold a raw CR, so splitting there is safe)."""
    for raw in handle:
        body = raw.rstrip(b"\r\n")
        if b"\r" in body:
            yield from body.split(b"\r")
        else:
            yield raw


def _check_fields(ident: str, *others: str | None) -> str | None:
    """Why an article's id, title, url, source or date (the last) cannot be used, or None."""
    if len(ident) > MAX_ID:
        return f"an id of {len(ident):,} characters is over the limit of {MAX_ID:,}"
    for value in (ident, *others):
        if value and _SURROGATE.search(value):
            return "a lone surrogate (such as \\ud800) in the id, title, url, source or date: not valid Unicode"
    published = others[-1]
    if published:
        import datetime

        try:
            if not _DATE.fullmatch(published):
                raise ValueError
            datetime.date.fromisoformat(published)
        except ValueError:
            return f"published date {published!r} is not a date (YYYY-MM-DD)"
    return None


def _optional_str(value: object) -> str | None:
    return str(value).strip() or None if value is not None else None


def expand(paths: Iterable[str | Path]) -> Iterator[Path | Skipped]:
    """Files named directly, and the article files inside named folders (sorted)."""
    for item in _expand(paths):
        yield item if isinstance(item, Skipped) else item[0]


def _expand(paths: Iterable[str | Path]) -> Iterator[tuple[Path, Path | None] | Skipped]:
    """As :func:`expand`, each file with the folder it was found in (None when named directly)."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file())
            found = [p for p in files if p.suffix.lower() in FOLDER_SUFFIXES]
            other = [p for p in files if p.suffix.lower() not in FOLDER_SUFFIXES]
            if not found:
                yield Skipped(str(path), "folder holds no .txt or .jsonl files")
            elif other:  # a folder's README or notes are no article: say so, in one line
                names = ", ".join(str(p.relative_to(path)) for p in other[:5]) + (f" and {len(other) - 5} more" if len(other) > 5 else "")
                yield Skipped(str(path), f"ignored {len(other)} file(s) that are not .txt or .jsonl: {names}")
            yield from ((p, path) for p in found)
        elif path.is_file():
            yield path, None
        else:
            yield Skipped(str(path), "no such file or folder")


def count_articles(paths: Iterable[str | Path]) -> int:
    """How many articles the inputs hold, roughly (JSONL lines, text files), for a progress bar."""
    total = 0
    for item in expand(paths):
        if isinstance(item, Path):
            if item.suffix.lower() in JSONL_SUFFIXES:
                try:
                    with item.open("rb") as f:
                        total += sum(1 for line in f if line.strip())
                except OSError:
                    pass  # read_articles says why, in one line
            else:
                total += 1
    return total


def read_articles(paths: Iterable[str | Path], *, max_chars: int = MAX_CHARS) -> Iterator[Article | Skipped]:
    """Stream articles (or the reasons they were skipped) from files and folders."""
    seen: dict[str, str] = {}
    for item in _expand(paths):
        if isinstance(item, Skipped):
            yield item
            continue
        item, root = item
        records = read_jsonl(item, max_chars=max_chars) if item.suffix.lower() in JSONL_SUFFIXES else [read_text_file(item, max_chars=max_chars, root=root)]
        for record in records:
            if isinstance(record, Article):
                if record.id in seen:
                    record = Skipped(record.source or record.id, f"duplicate article id {record.id!r} (first in {seen[record.id]})")
                else:
                    seen[record.id] = record.source or record.id
            yield record
