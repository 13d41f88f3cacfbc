"""Any SPARQL 1.1 server as a kg store: Graph Store HTTP Protocol to write (PUT
replaces an article's graph), SPARQL 1.1 Protocol to query.

URLs differ between servers; the defaults follow Oxigraph (``/query`` and
``/store`` under the base URL) and each can be set apart. Given an update URL
and no graph-store URL, kg writes with SPARQL Update instead (``DROP SILENT
GRAPH`` and ``INSERT DATA`` in one request), for servers without the Graph Store
Protocol:

=========  ==========================  ===============================  ==================================
server     query                       update                           graph store
=========  ==========================  ===============================  ==================================
Oxigraph   BASE/query                  BASE/update                      BASE/store
Fuseki     BASE/DATASET/query          BASE/DATASET/update              BASE/DATASET/data
GraphDB    BASE/repositories/R         BASE/repositories/R/statements   BASE/repositories/R/rdf-graphs/service
Virtuoso   BASE/sparql                 BASE/sparql                      BASE/sparql-graph-crud-auth
=========  ==========================  ===============================  ==================================

Credentials come from options or ``KG_SPARQL_USER`` / ``KG_SPARQL_PASSWORD`` and
are never printed: messages show URLs without them.

Every request has an overall deadline (``deadline``, or ``KG_SPARQL_DEADLINE``
seconds; 300 by default), answer included, whatever the server's pace.
"""
from __future__ import annotations

import os
import re
import threading
import time
from collections.abc import Mapping
from urllib.parse import urlsplit, urlunsplit

from rdflib import URIRef

from kg.errors import QueryError, StoreError, TermError
from kg.output import nt_text
from kg.rdf import nt
from kg.store import BaseStore, GraphRejected, Results, as_term

RETRY_STATUSES = frozenset({500, 502, 503, 504})
#: answers to a write that refuse that one graph (too large, a name too long, ...), not the server itself
GRAPH_STATUSES = frozenset({400, 413, 414, 422})


def redact(url: str) -> str:
    """A URL fit to print: no user name or password."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.port:
        host += f":{parts.port}"
    return urlunsplit((parts.scheme, host, parts.path, "", ""))


def check_url(url: str, option: str = "URL") -> str:
    """``url`` if it is an http(s) URL with a host and a valid port.

    Raises:
        StoreError: naming the option and what is wrong (the URL shown without credentials).
    """
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a port out of range
    except ValueError as exc:
        raise StoreError(f"{option} {_shown_url(url)}: not a valid URL ({exc})") from None
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise StoreError(f"{option} {_shown_url(url)}: not an http(s) URL with a host")
    return url


def _shown_url(url: str) -> str:
    """A URL that may not even parse, fit to print: no credentials, one line."""
    if "@" in url:
        scheme, sep, rest = url.partition("://")
        url = scheme + sep + rest.rsplit("@", 1)[1]
    return repr(url[:200])


class SparqlStore(BaseStore):
    name = "sparql"

    def __init__(
        self,
        endpoint: str | None = None,
        *,
        query_url: str | None = None,
        update_url: str | None = None,
        gsp_url: str | None = None,
        user: str | None = None,
        password: str | None = None,
        batch: int = 16,
        retries: int = 3,
        backoff: float = 0.5,
        timeout: float = 30.0,
        deadline: float = 300.0,
    ) -> None:
        import httpx

        env = os.environ.get
        base = (endpoint or env("KG_SPARQL_ENDPOINT") or "").rstrip("/")
        query_url = query_url or env("KG_SPARQL_QUERY_URL")
        update_url = update_url or env("KG_SPARQL_UPDATE_URL")
        gsp_url = gsp_url or env("KG_SPARQL_GSP_URL")
        if not (base or query_url or update_url or gsp_url):
            raise StoreError("no SPARQL endpoint given (--endpoint URL or KG_SPARQL_ENDPOINT)")
        for option, url in (("--endpoint", base), ("--query-url", query_url), ("--update-url", update_url), ("--gsp-url", gsp_url)):
            if url:
                check_url(url, option)
        #: without a base URL, only the URLs given are known: a missing one is an error when needed
        self.query_url = query_url or (f"{base}/query" if base else None)
        #: with an update URL and no graph-store URL, graphs are written by SPARQL Update
        self.update_url = update_url if update_url and not gsp_url else None
        self.gsp_url = gsp_url or (f"{base}/store" if base else None)
        #: where the store is, fit to print (no credentials)
        self.label = redact(base or self.query_url or self.gsp_url or self.update_url)
        user = user or env("KG_SPARQL_USER")
        password = password or env("KG_SPARQL_PASSWORD")
        self._auth = (user, password or "") if user else None
        self._timeout = timeout
        self._client = httpx.Client(auth=self._auth, timeout=timeout)
        self._httpx = httpx
        self.batch, self.retries, self.backoff = batch, retries, backoff
        #: seconds one request may take in all, answer included: httpx's timeout counts from the
        #: last byte, so a server sending one byte every few seconds would otherwise never time out
        self.deadline = deadline
        if env("KG_SPARQL_DEADLINE"):
            try:
                self.deadline = float(env("KG_SPARQL_DEADLINE"))
            except ValueError:
                raise StoreError(f"KG_SPARQL_DEADLINE {env('KG_SPARQL_DEADLINE')[:40]!r}: not a number of seconds") from None
        self._pending: dict[URIRef, list[tuple]] = {}

    def _send(self, method: str, url: str, **kwargs):
        """One request, retried with exponential back-off on 5xx and connection errors."""
        httpx = self._httpx
        delay = self.backoff
        for attempt in range(self.retries + 1):
            try:
                response = self._request(method, url, **kwargs)
            except _DeadlineExceeded as exc:  # not retried: a server this slow would be as slow again
                raise StoreError(f"{redact(url)} sent {exc}: a server too slow or stalled") from None
            except httpx.TransportError as exc:
                problem = f"cannot reach {redact(url)} ({type(exc).__name__})"
            else:
                if response.status_code < 300:
                    return response
                if response.status_code < 400:  # a redirect: what was sent was not stored or answered
                    where = response.headers.get("location", "")
                    raise StoreError(f"{redact(url)} answered {response.status_code}, a redirect"
                                     + (f" to {redact(where)}" if where else "") + ": give the URL it names")
                text = " ".join(response.text.split())[:300]
                problem = f"{redact(url)} answered {response.status_code}: {text}"
                if response.status_code in GRAPH_STATUSES and method == "PUT" or (
                        response.status_code in GRAPH_STATUSES and url == self.update_url):
                    raise _Refused(problem)
                if response.status_code not in RETRY_STATUSES:
                    raise StoreError(problem)
            if attempt < self.retries:
                time.sleep(delay)
                delay *= 2
        raise StoreError(f"{problem} (after {self.retries + 1} tries)")

    def _request(self, method: str, url: str, **kwargs):
        """``client.request`` within :attr:`deadline` seconds in all (answer read whole).

        The request runs in a helper thread; past the deadline it is abandoned with its
        connection (a new client serves the next request) and httpx's ``ReadTimeout`` raised.
        """
        httpx = self._httpx
        client, box, done = self._client, {}, threading.Event()

        def run() -> None:
            try:
                box["response"] = client.request(method, url, **kwargs)
            except BaseException as exc:  # handed to the caller's thread
                box["error"] = exc
            finally:
                done.set()

        threading.Thread(target=run, name="kg-sparql-request", daemon=True).start()
        if not done.wait(self.deadline):
            self._client = httpx.Client(auth=self._auth, timeout=self._timeout)
            raise _DeadlineExceeded(f"no whole answer within {self.deadline:g} s")
        if "error" in box:
            raise box["error"]
        return box["response"]

    def replace_graphs(self, graphs: Mapping[URIRef, list[tuple]]) -> None:
        """Each graph in its own request; a graph the server refuses (400, 413, 414, 422) is
        reported after the others are written (:class:`GraphRejected`), not taken as the server failing."""
        if not (self.update_url or self.gsp_url):
            raise StoreError("no URL to write to: give --endpoint, --gsp-url or --update-url")
        rejected: list[str] = []
        for name, triples in graphs.items():
            body = nt_text(triples)
            try:
                if self.update_url:  # one update request: the server applies it as one transaction
                    update = f"DROP SILENT GRAPH {nt(name)} ;\nINSERT DATA {{ GRAPH {nt(name)} {{\n{body}}} }}"
                    self._send("POST", self.update_url, data={"update": update})
                else:  # Graph Store Protocol: PUT replaces the graph
                    self._send("PUT", self.gsp_url, params={"graph": str(name)}, content=body.encode("utf-8"),
                               headers={"Content-Type": "application/n-triples"})
            except _Refused as exc:
                rejected.append(f"graph {str(name)[:200]}: {exc}")
        if rejected:
            raise GraphRejected(rejected)

    def patch_graph(self, name: URIRef, remove, add: list[tuple]) -> None:
        """As :meth:`kg.store.BaseStore.patch_graph`: one SPARQL Update request with an update
        URL (one transaction on the server); else the graph is read and put back whole."""
        if not self.update_url:
            return super().patch_graph(name, remove, add)
        update = self._patch_update(name, remove, add)
        if update:
            self._send("POST", self.update_url, data={"update": update})

    def query(self, sparql: str, bindings: Mapping[str, object] | None = None) -> Results:
        if not self.query_url:
            raise StoreError("no SPARQL query URL: give --endpoint or --query-url")
        if bindings:
            sparql = with_values(sparql, bindings)
        try:
            response = self._send("POST", self.query_url, data={"query": sparql},
                                  headers={"Accept": "application/sparql-results+json"})
        except StoreError as exc:
            if " 400:" in str(exc):
                raise QueryError(f"bad SPARQL: {str(exc).split(' 400: ', 1)[1]}") from None
            raise
        try:
            data = response.json()
            if "boolean" in data:
                return Results(["result"], [({"type": "literal", "value": str(data["boolean"]).lower()},)])
            names = list(data["head"]["vars"])
            rows = [tuple(_plain(b.get(n)) for n in names) for b in data["results"]["bindings"]]
        except (ValueError, KeyError, TypeError, AttributeError):
            kind = response.headers.get("content-type", "no content type")
            raise StoreError(f"{redact(self.query_url)} answered {response.status_code} with {kind}, "
                             "not SPARQL JSON results: is it the query URL?") from None
        return Results(names, rows)

    def close(self) -> None:
        try:
            self.flush()
        finally:
            self._client.close()


class _DeadlineExceeded(Exception):
    pass


class _Refused(StoreError):
    """The server refused one write (one graph), not every write."""


_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)


def with_values(sparql: str, bindings: Mapping[str, object]) -> str:
    """The SPARQL Protocol has no parameters: values travel as an inline VALUES block,
    each an escaped RDF term, at the start of the WHERE clause (so filters see them)."""
    names = list(bindings)
    for name in names:
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            raise QueryError(f"not a variable name: {name[:80]!r}")
    try:  # each value one checked term (nt refuses an IRI with '>' or spaces), so it cannot end the block
        terms = [nt(as_term(v)) for v in bindings.values()]
    except TermError as exc:
        raise QueryError(f"bad value to bind: {exc}") from None
    block = f" VALUES ({' '.join('?' + n for n in names)}) {{ ({' '.join(terms)}) }} "
    match = _WHERE.search(re.sub(r"#[^\n<>]*", lambda m: " " * len(m.group()), sparql))
    if match is None:
        raise QueryError("a query given values must have a WHERE { ... } clause")
    return sparql[: match.end()] + block + sparql[match.end():]


def _plain(term: dict | None) -> dict | None:
    if term and term.get("type") == "typed-literal":
        term = {**term, "type": "literal"}
    if term and term.get("datatype") == "http://www.w3.org/2001/XMLSchema#string":
        term = {k: v for k, v in term.items() if k != "datatype"}
    return term
