"""Across articles: one consolidated fact per statement and time window, its corroboration and lifecycle.

Each article's graph holds its own claims (fact nodes). :func:`consolidate` groups the
claims of every article that are *the same fact* and describes each group in one
``kg:ConsolidatedFact`` node, written to its own named graph (:data:`CONSOLIDATED_GRAPH`),
replaced whole on each run: the consolidation is always rebuilt from the article graphs,
so running it twice gives the same graph, and the article graphs stay replaceable.

When two claims are the same fact (:func:`group_claims`):

1. Same relation and the same two entities (a symmetric relation's entities in either
   order: they are put in IRI order, as :mod:`kg.rdf` writes them).
2. Dated claims (``kg:startDate``/``kg:endDate``) are taken narrowest window first. A
   claim whose window overlaps the window of exactly one group joins it, and the group's
   window narrows to the overlap ("next week" and "on Friday" of that week are one
   meeting, on the Friday). A claim that overlaps no group starts one: two meetings of
   the same pair a month apart stay two facts. A claim that overlaps several groups
   ("this month" over two dated meetings) is ambiguous: it joins none and stands as its
   own fact with its own window.
3. A claim with no stated time is about the window its article's date and its status imply
   (:func:`assumed_window`): what happened (or is reported), the :data:`FOLLOW_UP_DAYS` days
   up to its article; a plan (or a hypothetical), the :data:`PLAN_HORIZON_DAYS` days from it
   (:data:`LONG_HORIZON_DAYS` for a summit or a conference, planned further ahead);
   a negated claim both. It joins a dated group whose window overlaps that one: a plan (or a
   negated claim) the earliest such group not yet over when it was published, any other claim
   the latest (a meeting reported as held after it was announced for that window). Else it
   joins the claims with no stated time whose window overlaps its own, the group's window
   narrowing to the overlap (so a chain of reports a week apart cannot drift over months),
   or starts such a group: two undated claims of one pair published months apart are two
   facts. Such a fact's window is *assumed* (``kg:windowAssumed``): an undated plan with
   nothing after it is overdue once its horizon is over. A claim of an article with no date
   joins the only dated group when there is one; otherwise those claims form one fact with
   no window.

What each consolidated fact carries: its claims (``kg:supportedBy``), the number of
articles and of distinct sources (``kg:source`` of the article, else its url's host;
articles of no known source count as one source together), first and last seen (the
articles' ``dcterms:issued``), the statuses in publication order, and:

* **re-sends** (:func:`resends`): a claim of another article of the same source whose
  evidence sentence has nearly the same words as an earlier claim's (word-set Jaccard
  :data:`RESEND_SIMILARITY` or more) is the story sent again, not a second report: it stays
  a supporting claim, but counts once in the article count and the statuses, and decides
  no lifecycle (a same-day re-send of an announcement is not a later report).

* **lifecycle** (:func:`lifecycle`), when some claim is planned: the other claims not
  published before the first planned one decide. One that happened (or is reported) makes it
  *held*; one the extraction found negated whose sentence says it was called off or
  cancelled (:data:`CANCEL_CUES`), or negated with no cue, *cancelled*; a negated or planned
  one whose sentence says postponed, delayed or put off (:data:`POSTPONE_CUES`), *postponed*;
  both held and cancelled/postponed, *disputed*. Cue words elsewhere in the sentence of a claim
  that happened ("met to discuss cancelling the tariffs") decide nothing.
  With none of these, a window that ended before ``as_of`` makes it *overdue*, else it
  is *pending*. A claim that happened or is reported says the fact took place only when it
  was published once the fact's window had begun (a reported one, after the first day of a
  window no claim states: :func:`took_place`); one published before is still about the future
  and decides nothing (it does not make a plan either: its time words are often a deadline,
  "requested a reply by March 12"). A pending or overdue plan about
  an event is *held* when the same event is reported to have taken place under another
  statement, any relation and party (:func:`held_events`).
* **contradicted**: some claims say it happened and others, from a different source,
  that it did not (negated, called off, postponed). Flagged, never resolved: all the
  claims stay.

**One event across articles** (:func:`merge_events`). Each article has its own event
entities ("the Alaska summit" in one, "Friday's meeting in Anchorage" in another). Two
events of different articles are the same event when all of these agree:

* *name*: their kinds are one family (:data:`EVENT_KINDS`: a summit, a meeting and talks
  are meetings; calls; conferences), and the words that tell them apart, once kind words,
  days and parties are left out, are not disjoint, unless they only name the events' places
  ("G7 summit" and "NATO summit" are two events; "Alaska summit" and "meeting" may be one,
  and "Alaska summit" and "Anchorage meeting" too, when the places agree);
* *participants*: the parties of their asserted facts share two (one when either has only
  one), and each has one at least;
* *place*: where their facts take place is the same, or one lies in the other
  ("Anchorage" in "Alaska", :meth:`kg.gazetteer.Gazetteer.within`), or either is unstated;
* *time*: their dated windows overlap; an event with no dated fact is taken to be within
  :data:`FOLLOW_UP_DAYS` days of its article's date; an event with neither agrees with none.

Events are taken in publication order; one joins a merged event when it agrees with every
event already in it (and comes from another article); agreeing with two, it joins neither.
A merged event is one IRI in the consolidated graph, a ``kg:Event`` with ``owl:sameAs`` to
each article's event; consolidated facts about any of them are about it.

Nothing here imports spaCy: the cue words are read from the evidence sentences already
in the store.

>>> c = [Claim("f1", "r", "a", "b", "planned", "x/1", "2025-05-01", "s1", "2025-05-09", "2025-05-09"),
...      Claim("f2", "r", "a", "b", "happened", "x/2", "2025-05-10", "s2", None, None)]
>>> [(f.articles, f.sources, f.statuses, f.lifecycle) for f in consolidate(c)]
[(2, 2, ('planned', 'happened'), 'held')]
"""
from __future__ import annotations

import hashlib
import re
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from datetime import date, timedelta
from urllib.parse import urlsplit

from rdflib import OWL, RDF, RDFS, XSD, Literal, URIRef
from rdflib.namespace import PROV, SKOS

from kg.names import entity_keys, name_key
from kg.namespace import ID, KG, LIFECYCLE
from kg.relations import Registry, default_registry

#: the named graph the consolidated facts live in (replaced whole on each run)
CONSOLIDATED_GRAPH = ID["graph/consolidated"]
#: how long before its article an undated "it happened" claim may lie: its assumed window is the
#: FOLLOW_UP_DAYS days up to its article's date (and a report of a dated fact up to that long after it)
FOLLOW_UP_DAYS = 14
#: how long after its article an undated plan may lie: its assumed window is the PLAN_HORIZON_DAYS
#: days from its article's date; with nothing later, by then it is overdue
PLAN_HORIZON_DAYS = 30
#: how long after its article an undated plan for a summit or a conference may lie: they are announced
#: weeks or months ahead (a June summit in an April article), a meeting, talks or a visit with no day
#: named mostly within the month
LONG_HORIZON_DAYS = 90
#: the words, in a claim's trigger or in the name of the event it is about, of occasions planned far ahead
LONG_PLANNED = frozenset({"summit", "summits", "conference", "conferences", "congress", "convention", "symposium",
                          "forum", "assembly"})
#: the IRIs of events: an article's own (kg.iri) and those merged across articles (merge_events)
EVENT_IRIS = (str(ID["event/"]), str(ID["consolidated/event/"]))
#: how alike two sentences of one source must be to be one story sent again (word-set Jaccard)
RESEND_SIMILARITY = 0.8
#: statuses that say a fact took place
TOOK_PLACE = frozenset({"happened", "reported"})
#: statuses whose undated claims point forward from their article's date
FORWARD = frozenset({"planned", "hypothetical"})
#: words in a claim's sentence saying the planned thing will not happen
CANCEL_CUES = re.compile(r"\b(?:call(?:s|ed|ing)?(?:\s+\w+){0,4}\s+off|cancel(?:s|led|ed|ling|ing|lation)?|"
                         r"scrap(?:s|ped|ping)?|abandon(?:s|ed|ing)?|axed)\b", re.I)
#: words in a claim's sentence saying it was moved to a later time ("postponed until May 3" names the new
#: time: that claim is about the new window, not a postponement of it)
POSTPONE_CUES = re.compile(r"\b(?:postpon\w*(?!\s+(?:until|till|to)\b)|delay(?:s|ed|ing)?|put(?:s|ting)?\s+off|push(?:es|ed|ing)?\s+back|"
                           r"reschedul\w*|defer(?:s|red|ring)?)\b", re.I)

#: event words by family: events of one family may be one event ("the summit", "Friday's meeting")
EVENT_KINDS = {
    "summit": "meeting", "meeting": "meeting", "meetings": "meeting", "talks": "meeting", "talk": "meeting",
    "negotiation": "meeting", "negotiations": "meeting", "call": "call", "videoconference": "call",
    "teleconference": "call", "conference": "conference", "forum": "conference", "congress": "conference",
    "convention": "conference", "symposium": "conference",
}
#: words of an event's name that do not tell one event from another ("Friday's meeting", "the annual summit")
EVENT_NOISE = frozenset(
    "the a an of in at on with and for to s next last this first second third annual weekend week today "
    "tomorrow yesterday planned upcoming latest new two three day days phone video monday tuesday wednesday "
    "thursday friday saturday sunday january february march april may june july august september october "
    "november december".split())
#: the parties two events share to be one: two, or one when either has only one
SHARED_PARTIES = 2

_STATUS_NAMES = {"Planned": "planned", "Happened": "happened", "Reported": "reported", "Negated": "negated",
                 "Hypothetical": "hypothetical"}

CLAIMS_QUERY = """
PREFIX kg:      <https://w3id.org/kg-news/ns#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX schema:  <https://schema.org/>
PREFIX rdfs:    <http://www.w3.org/2000/01/rdf-schema#>
# Every fact of every article graph, with what consolidation needs of it and of its article.
# One GRAPH block, its OPTIONALs inside (on Reuters, 15,547 articles: 0.2 s; with an OPTIONAL
# GRAPH block each and "?article a kg:Article", 0.57 s). A graph with facts is an article's.
# Every fact has a trigger (kg.rdf): as an OPTIONAL, Oxigraph's plan made a statement's claims
# 50 times slower (28 ms against 0.6 ms on Reuters).
SELECT ?fact ?relation ?subject ?object ?status ?article ?issued ?source ?url ?start ?end ?sentence ?trigger ?eventName WHERE {
  GRAPH ?article {
    ?fact kg:relation ?relation ; kg:agent ?subject ; kg:object ?object ; kg:status ?status ; kg:trigger ?trigger .
    OPTIONAL { ?fact kg:evidence ?evidence . ?evidence kg:text ?sentence }
    OPTIONAL { ?object a kg:Event ; rdfs:label ?eventName }
    OPTIONAL { ?fact kg:startDate ?start ; kg:endDate ?end }
    OPTIONAL { ?article dcterms:issued ?issued }
    OPTIONAL { ?article kg:source ?source }
    OPTIONAL { ?article schema:url ?url }
  }
}
"""


@dataclass(frozen=True, slots=True)
class Claim:
    """One article's fact, as consolidation reads it (IRIs as strings, dates as ISO strings)."""

    fact: str
    relation: str
    subject: str
    object: str
    status: str  # planned, happened, reported, negated, hypothetical
    article: str
    published: str | None = None
    source: str | None = None
    start: str | None = None
    end: str | None = None
    sentence: str = ""
    trigger: str = ""  # the word that expresses the relation ("attend", "summit")
    event: str = ""  # the name of the event it is about, when its object is one

    @property
    def horizon(self) -> int:
        """Days an undated plan of this claim may lie after its article: :data:`LONG_HORIZON_DAYS`
        for a summit or a conference (its trigger or its event's name says so), else
        :data:`PLAN_HORIZON_DAYS`."""
        words = _WORDS.findall(f"{self.trigger} {self.event}".lower())
        return LONG_HORIZON_DAYS if LONG_PLANNED.intersection(words) else PLAN_HORIZON_DAYS

    @property
    def outcome(self) -> str | None:
        """What the claim says became of the fact: ``happened`` (happened or reported);
        ``postponed`` for a negated or planned claim whose sentence says so; ``cancelled`` for a
        negated one whose sentence says so, else ``negated``; None (planned, hypothetical). Cue
        words never overrule the extraction: in "officials met to discuss cancelling the
        tariffs" the meeting happened and nothing was called off."""
        if self.status in TOOK_PLACE:
            return "happened"
        if self.status in {"negated", "planned"} and POSTPONE_CUES.search(self.sentence):
            return "postponed"  # "the meeting was postponed" is still to come: planned
        if self.status != "negated":
            return None
        if CANCEL_CUES.search(self.sentence):
            return "cancelled"
        return "negated"


@dataclass(frozen=True, slots=True)
class ConsolidatedFact:
    """The claims of all articles that are one fact, and what they say together."""

    iri: URIRef
    relation: str
    subject: str
    object: str
    start: str | None
    end: str | None
    claims: tuple[Claim, ...]  # in publication order, undated articles last
    lifecycle: str | None
    contradicted: bool
    assumed: bool = False  # no claim states a time: the window is assumed from the articles' dates
    resent: frozenset[str] = frozenset()  # claims (fact IRIs) that repeat an earlier claim: see resends()

    @property
    def reports(self) -> tuple[Claim, ...]:
        """The claims that are not a story sent again (:func:`resends`)."""
        return tuple(c for c in self.claims if c.fact not in self.resent)

    @property
    def articles(self) -> int:
        """Articles behind the fact, a story sent again counted once."""
        return len({c.article for c in self.reports})

    @property
    def sources(self) -> int:
        return len({c.source for c in self.claims})

    @property
    def statuses(self) -> tuple[str, ...]:
        return tuple(c.status for c in self.reports)

    @property
    def first_seen(self) -> str | None:
        return min((c.published for c in self.claims if c.published), default=None)

    @property
    def last_seen(self) -> str | None:
        return max((c.published for c in self.claims if c.published), default=None)


@dataclass
class ConsolidationSummary:
    """What a consolidation run did."""

    claims: int = 0
    facts: int = 0
    corroborated: int = 0  # facts from two sources or more
    contradictions: int = 0
    lifecycles: Counter = field(default_factory=Counter)
    events: int = 0  # events of several articles merged into one
    updated: int | None = None  # consolidated facts rewritten by update_store (None: the whole graph was)
    seconds: float = 0.0


#: the claims of one statement (bind ?relation ?subject ?object): the fact is found in the union
#: default graph first (an indexed lookup: 1-4 ms on Reuters, against 30-50 ms with the GRAPH
#: block first), so the store (or server) must have its default graph be the union, as kg's does
STATEMENT_CLAIMS_QUERY = CLAIMS_QUERY.replace("""  GRAPH ?article {
    ?fact kg:relation ?relation ;""", """  ?fact kg:object ?object ; kg:agent ?subject ; kg:relation ?relation .
  GRAPH ?article {
    ?fact kg:relation ?relation ;""")
assert STATEMENT_CLAIMS_QUERY != CLAIMS_QUERY
#: the claims about one entity, an event (bind ?object): as :data:`STATEMENT_CLAIMS_QUERY`, the union default graph first
OBJECT_CLAIMS_QUERY = CLAIMS_QUERY.replace("""  GRAPH ?article {
    ?fact kg:relation ?relation ;""", """  ?fact kg:object ?object .
  GRAPH ?article {
    ?fact kg:relation ?relation ;""")
assert OBJECT_CLAIMS_QUERY != CLAIMS_QUERY

EVENT_NAMES_QUERY = """
PREFIX kg:      <https://w3id.org/kg-news/ns#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX rdfs:    <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos:    <http://www.w3.org/2004/02/skos/core#>
# Every event of every article graph, with its names and its article's date.
SELECT ?event ?label ?alias ?article ?issued WHERE {
  GRAPH ?article {
    ?event a kg:Event ; rdfs:label ?label .
    ?article a kg:Article .  # not the merged events of the consolidated graph
    OPTIONAL { ?event skos:altLabel ?alias }
    OPTIONAL { ?article dcterms:issued ?issued }
  }
}
"""
EVENT_FACTS_QUERY = """
PREFIX kg:      <https://w3id.org/kg-news/ns#>
PREFIX rdfs:    <http://www.w3.org/2000/01/rdf-schema#>
# The parties, places and dates of the asserted facts about every event of every article graph.
SELECT ?event ?party ?place ?placeLabel ?start ?end ?article WHERE {
  GRAPH ?article {
    ?fact kg:object ?event ; kg:agent ?party ; kg:status ?status .
    ?event a kg:Event .
    FILTER (?status IN (kg:Planned, kg:Happened, kg:Reported))
    OPTIONAL { ?fact kg:place ?place . ?place rdfs:label ?placeLabel }
    OPTIONAL { ?fact kg:startDate ?start ; kg:endDate ?end }
  }
}
"""


@dataclass(frozen=True)
class EventMention:
    """One article's event entity, as merging reads it (IRIs as strings, dates as ISO strings).
    What merging derives from it (kind, window, words) is worked out once (no slots: cached)."""

    iri: str
    article: str
    published: str | None
    names: tuple[str, ...]  # its label first, then its other names
    parties: frozenset[str] = frozenset()  # who attends, hosts, ... it (asserted facts)
    places: frozenset[tuple[str, str]] = frozenset()  # (IRI, label) of where those facts take place
    start: str | None = None  # the dated window of those facts (first start, last end)
    end: str | None = None

    @cached_property
    def kind(self) -> str | None:
        """The event's family (:data:`EVENT_KINDS`), from the last word of a name that has one."""
        for name in self.names:
            words = name_key(name).split()
            for word in reversed(words):
                if word in EVENT_KINDS:
                    return EVENT_KINDS[word]
        return None

    @cached_property
    def window(self) -> tuple[str, str] | None:
        """Its dated window; else its article's date, give or take :data:`FOLLOW_UP_DAYS`; else None."""
        if self.start and self.end:
            return self.start, self.end
        if self.published:
            day = date.fromisoformat(self.published)
            return (str(day - timedelta(days=FOLLOW_UP_DAYS)), str(day + timedelta(days=FOLLOW_UP_DAYS)))
        return None

    @cached_property
    def qualifiers(self) -> frozenset[str]:
        """The words of its names that tell it from other events of its kind: not kind words,
        days, or the names of its parties (those are compared as such)."""
        parties = {w for iri in self.parties for w in _slug_words(iri)}
        words = {w for name in self.names for w in name_key(name).split()}
        return frozenset(w for w in words if w not in EVENT_KINDS and not _noise(w) and w not in parties)

    @cached_property
    def place_words(self) -> frozenset[str]:
        """The words of its places' names ("alaska"): a name made of them says where, not which."""
        return frozenset(w for iri, label in self.places for w in (*name_key(label).split(), *_slug_words(iri)))


def _noise(word: str) -> bool:
    """A word of :data:`EVENT_NOISE`, possessive too ("fridays" from "Friday's")."""
    return word in EVENT_NOISE or word.endswith("s") and word[:-1] in EVENT_NOISE


def _slug_words(iri: str) -> list[str]:
    return iri.rstrip("/").rsplit("/", 1)[-1].split("-")


@dataclass(frozen=True, slots=True)
class ConsolidatedEvent:
    """Events of several articles that are one event (:func:`merge_events`)."""

    iri: URIRef
    events: tuple[EventMention, ...]  # in publication order

    @property
    def label(self) -> str:
        """The name most of its articles give it (the longest of those)."""
        counts = Counter(e.names[0] for e in self.events)
        return max(counts, key=lambda n: (counts[n], len(n), n))

    @property
    def names(self) -> list[str]:
        return list(dict.fromkeys(n for e in self.events for n in e.names))


def same_event(a: EventMention, b: EventMention, *, within=None) -> bool:
    """Whether two events of different articles are one event, by the rules in the module docstring.

    Args:
        within: ``within(inner, outer)`` for place names (default: :meth:`kg.gazetteer.Gazetteer.within`).

    >>> summit = EventMention("e/1", "a1", "2025-08-13", ("Alaska summit",), frozenset({"p/trump", "p/putin"}),
    ...                       frozenset({("x/alaska", "Alaska")}), "2025-08-15", "2025-08-15")
    >>> meeting = EventMention("e/2", "a2", "2025-08-16", ("meeting", "Friday's meeting"), frozenset({"p/putin", "p/trump"}),
    ...                        frozenset({("x/anchorage", "Anchorage")}), "2025-08-15", "2025-08-15")
    >>> same_event(summit, meeting), same_event(summit, EventMention("e/3", "a3", "2025-08-16", ("NATO summit",), meeting.parties))
    (True, False)
    """
    if a.article == b.article or a.kind is None or a.kind != b.kind:
        return False
    wa, wb = a.window, b.window
    if wa is None or wb is None or not _overlap(wa, wb):
        return False
    shared = len(a.parties & b.parties)
    if not a.parties or not b.parties or shared < min(SHARED_PARTIES, len(a.parties), len(b.parties)):
        return False
    qa, qb = a.qualifiers, b.qualifiers
    if qa and qb and not qa & qb and (qa - a.place_words or qb - b.place_words):
        return False  # "G7 summit" and "NATO summit"; "Alaska summit" and "Anchorage meeting" say where, not which
    if a.places and b.places:
        if within is None:
            from kg.gazetteer import gazetteer

            within = gazetteer().within
        if not any(pa == pb or within(la, lb) or within(lb, la) for pa, la in a.places for pb, lb in b.places):
            return False
    return True


def merge_events(events: Iterable[EventMention], *, within=None) -> list[ConsolidatedEvent]:
    """The events of several articles that are one event: each merged event holds two or more.

    Events are taken in publication order (then by IRI); one joins the merged event whose every
    event it agrees with (:func:`same_event`) and none of whose events is from its own article;
    agreeing with two merged events, it joins neither.
    """
    if within is None:
        from kg.gazetteer import gazetteer

        within = lru_cache(maxsize=None)(gazetteer().within)
    clusters: list[list[EventMention]] = []
    by_party: dict[str, list[int]] = defaultdict(list)  # only clusters sharing a party can agree
    for e in sorted(events, key=lambda e: (e.published is None, e.published or "", e.iri)):
        if e.kind is None or not e.parties or e.window is None:
            continue
        near = sorted({n for party in e.parties for n in by_party.get(party, ())})
        hits = [n for n in near if all(same_event(e, other, within=within) for other in clusters[n])]
        if len(hits) == 1:
            clusters[hits[0]].append(e)
            n = hits[0]
        elif not hits:
            clusters.append([e])
            n = len(clusters) - 1
        else:
            continue  # agrees with two merged events: joins neither
        for party in e.parties:
            if n not in by_party[party]:
                by_party[party].append(n)
    out = []
    for c in clusters:
        if len(c) > 1:
            out.append(ConsolidatedEvent(ID[f"consolidated/event/{_digest(c[0].iri)}"], tuple(c)))
    return out


def _digest(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()[:20]


def _values(store, query: str, bindings: dict | None = None) -> Iterator[tuple[str | None, ...]]:
    """A query's rows as values (None when unbound), read as the store gives them (Oxigraph:
    as it finds them), never held all at once as :meth:`kg.store.BaseStore.query` holds them."""
    _, rows = store.query_rows(query, bindings)
    return (tuple(t["value"] if t else None for t in row) for row in rows)


def read_events(store, article: str | None = None) -> list[EventMention]:
    """Every article's events from a store (two queries), or one article's."""
    rows: dict[str, dict] = {}
    bindings = {"article": URIRef(article)} if article is not None else None
    for event, label, alias, article, issued in _values(store, EVENT_NAMES_QUERY, bindings):
        e = rows.setdefault(event, {"article": article, "published": issued[:10] if issued else None, "names": [label],
                                    "parties": set(), "places": set(), "starts": [], "ends": []})
        if alias and alias not in e["names"]:
            e["names"].append(alias)
    for event, party, place, place_label, start, end, _ in _values(store, EVENT_FACTS_QUERY, bindings):
        e = rows.get(event)
        if e is None:
            continue
        if party:
            e["parties"].add(party)
        if place:
            e["places"].add((place, place_label or ""))
        if start and end:
            e["starts"].append(start[:10])
            e["ends"].append(end[:10])
    return [EventMention(iri, e["article"], e["published"], (e["names"][0], *sorted(e["names"][1:])), frozenset(e["parties"]),
                         frozenset(e["places"]), min(e["starts"], default=None), max(e["ends"], default=None))
            for iri, e in sorted(rows.items())]


#: the events a party takes part in, and their articles (bind ?party): the union default graph first
PARTY_EVENTS_QUERY = """
PREFIX kg: <https://w3id.org/kg-news/ns#>
SELECT DISTINCT ?event ?article ?party WHERE {
  ?fact kg:agent ?party ; kg:object ?event .
  GRAPH ?article { ?fact kg:agent ?party ; kg:object ?event . ?event a kg:Event }
}
"""


def event_neighbourhood(store, articles: Iterable[str], *, parties: Iterable[str] = (),
                        also: Iterable[str] = ()) -> list[EventMention]:
    """The events whose merging can change when ``articles`` changed: every event connected,
    through events that agree (:func:`same_event`), to the articles' events now or before.

    Merging is decided within such a connected group alone (an event joins only a merged
    event whose every event agrees with it, and is held back only by merged events it agrees
    with), so merging these again gives, for them, what merging every event of the store
    would give. The articles' events before the change are known only by their ``parties``
    (from the consolidated facts about them): every event of those parties is taken in, and
    every event of the articles in ``also`` (those of the merged events they were part of).
    """
    profiles: dict[str, EventMention] = {}
    read: set[str] = set()

    def of_article(article: str) -> list[EventMention]:
        if article not in read:
            read.add(article)
            for e in read_events(store, article):
                profiles[e.iri] = e
        return [e for e in profiles.values() if e.article == article]

    by_party: dict[str, set[tuple[str, str]]] = {}

    def of_party(party: str) -> list[EventMention]:
        if party not in by_party:
            by_party[party] = {(e, a) for e, a, _ in store.query(PARTY_EVENTS_QUERY, {"party": URIRef(party)}).values()}
            for _, a in by_party[party]:
                of_article(a)
        return [profiles[e] for e, _ in by_party[party] if e in profiles]

    frontier = [e for a in dict.fromkeys(map(str, [*articles, *also])) for e in of_article(a)]
    for party in set(parties):
        frontier += of_party(party)
    seen: dict[str, EventMention] = {}
    while frontier:
        e = frontier.pop()
        if e.iri in seen:
            continue
        seen[e.iri] = e
        for party in e.parties:
            frontier += [c for c in of_party(party) if c.iri not in seen and same_event(e, c)]
    return sorted(seen.values(), key=lambda e: e.iri)


def event_triples(events: Iterable[ConsolidatedEvent]) -> list[tuple]:
    """The triples of the merged events: each a ``kg:Event`` with one label, the other names,
    their keys, ``owl:sameAs`` each article's event, derived from those articles."""
    t: list[tuple] = []
    for ce in events:
        label = ce.label
        t += [(ce.iri, RDF.type, KG.Event), (ce.iri, RDFS.label, Literal(label))]
        t += [(ce.iri, SKOS.altLabel, Literal(n)) for n in ce.names if n != label]
        t += [(ce.iri, KG.key, Literal(k)) for k in sorted(entity_keys(label, [n for n in ce.names if n != label]))]
        t += [(ce.iri, OWL.sameAs, URIRef(e.iri)) for e in ce.events]
        t += [(ce.iri, PROV.wasDerivedFrom, URIRef(e.article)) for e in ce.events]
    return list(dict.fromkeys(t))


def _order(c: Claim) -> tuple:
    return (c.published is None, c.published or "", c.article, c.fact)


def _overlap(a: tuple[str, str], b: tuple[str, str]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def _days(start: str, end: str) -> int:
    return (date.fromisoformat(end) - date.fromisoformat(start)).days


def assumed_window(c: Claim) -> tuple[str, str] | None:
    """The window a claim with no stated time is taken to be about, from its article's date and
    its status: what happened (or is reported), the :data:`FOLLOW_UP_DAYS` days up to the
    article; a plan (or a hypothetical), the :data:`PLAN_HORIZON_DAYS` days from it (a summit or
    a conference, :data:`LONG_HORIZON_DAYS`: :attr:`Claim.horizon`); a negated claim either ("did
    not meet", "will not attend"). None for an article with no date.

    >>> assumed_window(Claim("f", "r", "a", "b", "planned", "x", "2025-05-01"))
    ('2025-05-01', '2025-05-31')
    >>> assumed_window(Claim("f", "r", "a", "b", "planned", "x", "2025-05-01", trigger="attend", event="the Venice summit"))
    ('2025-05-01', '2025-07-30')
    >>> assumed_window(Claim("f", "r", "a", "b", "happened", "x", "2025-05-15"))
    ('2025-05-01', '2025-05-15')
    """
    if not c.published:
        return None
    day = date.fromisoformat(c.published[:10])
    before = day - timedelta(days=FOLLOW_UP_DAYS) if c.status not in FORWARD else day
    after = day + timedelta(days=c.horizon) if c.status in FORWARD or c.status == "negated" else day
    return before.isoformat(), after.isoformat()


def group_claims(claims: Sequence[Claim]) -> list[tuple[tuple[str, str] | None, list[Claim]]]:
    """The claims of one statement (relation, subject, object) split into facts by time:
    (window or None, claims) pairs, by the rules in the module docstring. :func:`assumed` tells
    which windows no claim states.

    >>> mk = lambda f, start, status="happened", pub=None: Claim(f, "r", "a", "b", status, f, pub or start, None, start, start)
    >>> [(w, [c.fact for c in cs]) for w, cs in group_claims([mk("x", "2025-05-02"), mk("y", "2025-06-02"), mk("z", None, pub="2025-06-03")])]
    [(('2025-05-02', '2025-05-02'), ['x']), (('2025-06-02', '2025-06-02'), ['y', 'z'])]
    >>> [(w, [c.fact for c in cs]) for w, cs in group_claims([mk("p", None, "planned", "2025-03-02"), mk("q", None, pub="2025-09-20")])]
    [(('2025-03-02', '2025-04-01'), ['p']), (('2025-09-06', '2025-09-20'), ['q'])]
    """
    dated = sorted((c for c in claims if c.start and c.end),
                   key=lambda c: (_days(c.start, c.end), c.start, *_order(c)))
    groups: list[list] = []  # [window, claims]
    ambiguous: dict[tuple[str, str], list[Claim]] = {}
    for c in dated:
        window = (c.start, c.end)
        hits = [g for g in groups if _overlap(g[0], window)]
        if len(hits) == 1:
            g = hits[0]
            g[0] = (max(g[0][0], window[0]), min(g[0][1], window[1]))
            g[1].append(c)
        elif not hits:
            groups.append([window, [c]])
        else:  # overlaps two facts or more: it cannot say which
            ambiguous.setdefault(window, []).append(c)
    undated: list[Claim] = []  # of articles with no date either
    implied: list[list] = []  # [window, claims] of claims with no stated time, by the windows assumed for them
    for c in sorted((c for c in claims if not (c.start and c.end)), key=_order):
        window = assumed_window(c)
        if window is None:
            (groups[0][1] if len(groups) == 1 else undated).append(c)
            continue
        hits = [g for g in groups if _overlap(g[0], window)]
        if hits:  # a stated window: a plan the first not yet over, a report the latest begun by then
            ahead = [g for g in hits if g[0][1] >= c.published]
            target = (min(ahead, key=lambda g: g[0]) if ahead and (c.status in FORWARD or c.status == "negated")
                      else max(hits, key=lambda g: g[0]))
            target[1].append(c)
            continue
        near = [g for g in implied if _overlap(g[0], window)]
        if near:  # the latest begun: its window narrows to the overlap, so a chain of claims cannot drift
            g = max(near, key=lambda g: g[0])
            g[0] = (max(g[0][0], window[0]), min(g[0][1], window[1]))
            g[1].append(c)
        else:
            implied.append([window, [c]])
    out = [(tuple(g[0]), g[1]) for g in groups + implied] + list(ambiguous.items())
    if undated:
        out.append((None, undated))
    return [(w, sorted(cs, key=_order)) for w, cs in sorted(out, key=lambda x: (x[0] is None, x[0] or ("", "")))]


def assumed(claims: Sequence[Claim]) -> bool:
    """Whether no claim of a fact states its time: its window is the one assumed from its articles' dates."""
    return not any(c.start and c.end for c in claims)


_WORDS = re.compile(r"\w+")


def resends(claims: Sequence[Claim]) -> frozenset[str]:
    """The claims (fact IRIs) that repeat an earlier claim of the same fact: another article of
    the same source whose evidence sentence has nearly the same words (word-set Jaccard at least
    :data:`RESEND_SIMILARITY`). A wire service sends a story again with a line changed; the copy
    is not a second report, so it counts once in ``kg:articleCount``, ``kg:statusHistory`` and
    the lifecycle (it is still a ``kg:supportedBy`` claim).

    >>> mk = lambda f, src, s: Claim(f, "r", "a", "b", "happened", f, "2025-05-01", src, None, None, s)
    >>> sorted(resends([mk("a", "w", "Berg met Dahl in Oslo to discuss fish quotas, officials said."),
    ...                 mk("b", "w", "Berg met Dahl in Oslo to discuss fish quotas, officials said on Monday."),
    ...                 mk("c", "x", "Berg met Dahl in Oslo to discuss fish quotas, officials said.")]))
    ['b']
    """
    ordered = sorted(claims, key=_order)
    words = [frozenset(_WORDS.findall(c.sentence.lower())) for c in ordered]
    out = set()
    for i, c in enumerate(ordered):
        for j in range(i):
            a, b = words[i], words[j]
            if (a and b and ordered[j].article != c.article and ordered[j].source == c.source
                    and len(a & b) >= RESEND_SIMILARITY * len(a | b)):
                out.add(c.fact)
                break
    return frozenset(out)


def took_place(c: Claim, window: tuple[str, str] | None, assumed: bool = False) -> bool:
    """Whether a claim says its fact took place: it happened or is reported (attributed), and it was
    published once the fact's window had begun. A claim published before then is about what is still
    to come, whatever its tense or attribution says ("in time for his visit next week, officials
    said"; "talks on Friday" read as happened in a Wednesday article). For a window no claim states
    (``assumed``), a *reported* claim must be published after its first day: what someone is said to
    say, with no day named, on the day an undated plan was announced is that announcement's news
    ("would leave Monday to attend, officials said"), not its fulfilment; attribution is no tense.

    >>> mk = lambda status, pub: Claim("f", "r", "a", "b", status, "x", pub)
    >>> took_place(mk("reported", "2025-05-07"), ("2025-05-09", "2025-05-09")), took_place(mk("reported", "2025-05-09"), ("2025-05-09", "2025-05-09"))
    (False, True)
    >>> took_place(mk("reported", "2025-05-01"), ("2025-05-01", "2025-05-01"), assumed=True), took_place(mk("happened", "2025-05-01"), ("2025-05-01", "2025-05-01"), assumed=True)
    (False, True)
    >>> took_place(mk("planned", "2025-05-10"), None)
    False
    """
    if c.outcome != "happened":
        return False
    if window is None or c.published is None:
        return True
    return c.published > window[0] if assumed and c.status == "reported" else c.published >= window[0]


def lifecycle(claims: Sequence[Claim], end: str | None, as_of: str | None, *, start: str | None = None,
              assumed: bool = False) -> str | None:
    """What became of a planned fact (None when no claim is planned), by the claims in
    publication order: see the module docstring. ``start`` and ``end`` are the fact's window
    (``assumed`` when no claim states it): a claim published before it began does not say it
    took place (:func:`took_place`).

    >>> mk = lambda status, pub, sentence="": Claim(pub, "r", "a", "b", status, pub, pub, None, None, None, sentence)
    >>> lifecycle([mk("planned", "2025-05-01"), mk("happened", "2025-05-09")], "2025-05-09", "2025-05-09")
    'held'
    >>> lifecycle([mk("planned", "2025-05-01"), mk("reported", "2025-05-03")], "2025-05-09", "2025-06-01", start="2025-05-09")
    'overdue'
    >>> lifecycle([mk("planned", "2025-05-01"), mk("planned", "2025-05-03", "The visit was postponed.")], None, None)
    'postponed'
    >>> lifecycle([mk("planned", "2025-05-01")], "2025-05-09", "2025-06-01"), lifecycle([mk("planned", "2025-05-01")], None, "2025-06-01")
    ('overdue', 'pending')
    """
    ordered = sorted(claims, key=_order)
    window = (start or end, end) if end is not None else None
    announced = [c for c in ordered if c.status == "planned"]
    if not announced:
        return None
    first = announced[0].published
    # the announcement's own words do not decide ("the talks, postponed from May, will be held on ...")
    later = [c for c in ordered if c is not announced[0] and (first is None or c.published is None or c.published >= first)]
    outcomes = [c.outcome if c.outcome != "happened" or took_place(c, window, assumed) else None for c in later]
    outcomes = [o for o in outcomes if o]
    took = "happened" in outcomes
    stopped = [o for o in outcomes if o != "happened"]
    if took and stopped:
        return "disputed"
    if took:
        return "held"
    if stopped:
        return "postponed" if stopped[-1] == "postponed" else "cancelled"
    if end is not None and as_of is not None and end < as_of:
        return "overdue"
    return "pending"


def contradicted(claims: Sequence[Claim]) -> bool:
    """Whether one source says the fact happened and a different one that it did not
    (negated, called off, postponed). Claims of no known source are one source.

    >>> mk = lambda status, source: Claim(source, "r", "a", "b", status, source, None, source)
    >>> contradicted([mk("happened", "s1"), mk("negated", "s2")]), contradicted([mk("happened", "s1"), mk("negated", "s1")])
    (True, False)
    """
    took = {c.source for c in claims if c.outcome == "happened"}
    denied = {c.source for c in claims if c.outcome in {"negated", "cancelled", "postponed"}}
    return bool(took and denied and (len(took | denied) > 1))


def _iri(*parts: str) -> URIRef:
    """A consolidated fact's IRI: a digest of its statement and window, so a rebuild gives the same IRI."""
    key = "\x1f".join(parts)
    digest = hashlib.sha1(key.encode("utf-8", "surrogatepass")).hexdigest()[:20]
    return ID[f"consolidated/{digest}"]


def consolidate(claims: Iterable[Claim], *, as_of: str | None = None, relations: Registry | None = None,
                events: Iterable[ConsolidatedEvent] | Mapping[str, str] = ()) -> list[ConsolidatedFact]:
    """The consolidated facts of a set of claims. Pure: reads and writes nothing.

    Args:
        claims: every article's facts (:func:`read_claims` reads them from a store).
        as_of: the day planned facts are judged overdue against (ISO date); by default
            the latest publication date among the claims (what the articles know).
        relations: which relations are symmetric (default: kg's own).
        events: merged events (:func:`merge_events`), or article event IRI -> merged event
            IRI: a claim about any of an event's articles' events is about the merged event.

    Returns:
        Consolidated facts, ordered by relation, subject, object and window.
    """
    claims = list(claims)
    if as_of is None:
        as_of = max((c.published for c in claims if c.published), default=None)
    by_statement = statements(claims, relations=relations, events=events)
    out = []
    seen: set[URIRef] = set()
    for (relation, s, o), group in sorted(by_statement.items()):
        for window, members in group_claims(group):
            end = window[1] if window else None
            guess = ("assumed",) if window and assumed(members) else ()
            iri = _iri(relation, s, o, *(window or ("", "")), *guess)
            if iri in seen:  # an ambiguous claim's window can be a group's too
                iri = _iri(relation, s, o, *(window or ("", "")), *guess, members[0].fact)
            seen.add(iri)
            resent = resends(members)
            out.append(ConsolidatedFact(
                iri=iri, relation=relation, subject=s, object=o,
                start=window[0] if window else None, end=end, claims=tuple(members),
                lifecycle=lifecycle([c for c in members if c.fact not in resent], end, as_of,
                                    start=window[0] if window else None, assumed=bool(guess)),
                contradicted=contradicted(members), assumed=bool(guess), resent=resent))
    return held_events(out)


def is_event(iri: str) -> bool:
    """Whether an IRI is an event's: an article's (``kg.iri``) or a merged one (:func:`merge_events`)."""
    return iri.startswith(EVENT_IRIS)


def held_events(facts: Sequence[ConsolidatedFact]) -> list[ConsolidatedFact]:
    """The facts with each plan about an event made *held* when the event is reported to have taken
    place under another statement: a claim of any other fact about the same event (merged across
    articles), whatever its relation or subject, that took place by its own fact's window and by the
    plan's (:func:`took_place`), published after the plan's day (the plan's own article, or its
    day's news, saying someone "called a meeting for January 27" does not say it was held). "OPEC
    will host a meeting in June" is held by "ministers attended the OPEC meeting", once the two
    articles' meetings are one event. Only *pending* or *overdue* plans change: a plan called off
    or postponed stays so.

    >>> mk = lambda f, rel, s, status, pub: Claim(f, rel, s, "https://w3id.org/kg-news/id/event/a/summit", status, f, pub)
    >>> [f.lifecycle for f in consolidate([mk("p", "hosts", "x/oslo", "planned", "2025-05-01"),
    ...                                    mk("h", "attends", "x/berg", "happened", "2025-05-20")], as_of="2025-07-01")]
    [None, 'held']
    """
    took: dict[str, list[tuple[str, Claim]]] = defaultdict(list)  # event -> (fact, claim that says it took place)
    for f in facts:
        if is_event(f.object):
            window = (f.start, f.end) if f.start is not None else None
            took[f.object] += [(str(f.iri), c) for c in f.reports if took_place(c, window, f.assumed)]
    out = []
    for f in facts:
        if f.lifecycle in {"pending", "overdue"} and took.get(f.object):
            window = (f.start, f.end) if f.start is not None else None
            first = min((c for c in f.reports if c.status == "planned"), key=_order).published
            if any(iri != str(f.iri) and (first is None or c.published is None or c.published > first)
                   and took_place(c, window, f.assumed) for iri, c in took[f.object]):
                f = replace(f, lifecycle="held")
        out.append(f)
    return out


def statements(claims: Iterable[Claim], *, relations: Registry | None = None,
               events: Iterable[ConsolidatedEvent] | Mapping[str, str] = ()) -> dict[tuple[str, str, str], list[Claim]]:
    """Claims by the statement (relation, subject, object) they make: a symmetric relation's
    entities in IRI order, an article's event replaced by the merged event it is part of
    (``events``: the merged events, or article event IRI -> merged event IRI)."""
    reg = relations or default_registry()
    symmetric = {str(r.predicate) for r in reg if r.symmetric}
    merged = dict(events) if isinstance(events, Mapping) else {e.iri: str(ce.iri) for ce in events for e in ce.events}
    by_statement: dict[tuple[str, str, str], list[Claim]] = defaultdict(list)
    for c in claims:
        s, o = merged.get(c.subject, c.subject), merged.get(c.object, c.object)
        if c.relation in symmetric and o < s:
            s, o = o, s
        by_statement[(c.relation, s, o)].append(c)
    return by_statement


def consolidated_triples(facts: Iterable[ConsolidatedFact]) -> list[tuple]:
    """The triples of the consolidated graph, in a stable order."""
    t: list[tuple] = []
    for f in facts:
        n = f.iri
        t += [
            (n, RDF.type, KG.ConsolidatedFact),
            (n, RDF.subject, URIRef(f.subject)),
            (n, RDF.predicate, URIRef(f.relation)),
            (n, RDF.object, URIRef(f.object)),
            (n, KG.articleCount, Literal(f.articles)),
            (n, KG.sourceCount, Literal(f.sources)),
            (n, KG.statusHistory, Literal(" ".join(f.statuses))),
        ]
        t += [(n, KG.supportedBy, URIRef(c.fact)) for c in f.claims]
        t += [(n, PROV.wasDerivedFrom, URIRef(a)) for a in dict.fromkeys(c.article for c in f.claims)]  # found by article
        if f.start is not None:
            t += [(n, KG.windowStart, Literal(f.start, datatype=XSD.date)), (n, KG.windowEnd, Literal(f.end, datatype=XSD.date))]
        if f.assumed:
            t.append((n, KG.windowAssumed, Literal(True)))
        if f.first_seen is not None:
            t += [(n, KG.firstSeen, Literal(f.first_seen, datatype=XSD.date)), (n, KG.lastSeen, Literal(f.last_seen, datatype=XSD.date))]
        if f.lifecycle is not None:
            t.append((n, KG.lifecycle, LIFECYCLE[f.lifecycle]))
        if f.contradicted:
            t.append((n, KG.contradicted, Literal(True)))
    return list(dict.fromkeys(t))


def _host(url: str | None) -> str | None:
    host = urlsplit(url).hostname if url else None
    return host.removeprefix("www.") if host else None


def read_claims(store, bindings: dict | None = None, *, query: str = CLAIMS_QUERY) -> list[Claim]:
    """Every article's facts from a store (one query); an article without ``kg:source``
    (built before kg wrote it) is known by its url's host.

    Args:
        bindings: values for the query's variables, to read some claims only (``{"article": iri}``;
            ``{"relation": r, "subject": s, "object": o}`` with :data:`STATEMENT_CLAIMS_QUERY`).
        query: :data:`CLAIMS_QUERY` (every claim, or an article's), or :data:`STATEMENT_CLAIMS_QUERY`.
    """
    claims: dict[str, Claim] = {}
    for row in _values(store, query, bindings):
        fact, relation, s, o, status, article, issued, source, url, start, end, sentence, trigger, event = row
        if fact in claims:
            continue
        claims[fact] = Claim(fact, relation, s, o, _STATUS_NAMES.get(status.rsplit("#", 1)[-1], status.rsplit("#", 1)[-1].lower()),
                             article, issued[:10] if issued else None, source or _host(url),
                             start[:10] if start else None, end[:10] if end else None, sentence or "", trigger or "", event or "")
    return list(claims.values())


def consolidate_store(store, *, as_of: str | None = None, relations: Registry | None = None,
                      recount: bool = True) -> ConsolidationSummary:
    """Consolidate every article graph of ``store`` into :data:`CONSOLIDATED_GRAPH`, replacing it.

    Args:
        store: a :class:`kg.store.BaseStore` (any back-end).
        as_of: the day planned facts are judged overdue against (ISO date); by default the
            latest article's date in the store.
        relations: as for :func:`consolidate`.
        recount: make the store's counts (:mod:`kg.summary`) again from all its graphs too,
            which mends them whatever happened to them. False leaves them as they are: for a
            build that kept them whole as it wrote (at 15,547 Reuters articles, counting again
            was a GROUP BY over every graph, held whole in memory).

    Returns:
        A :class:`ConsolidationSummary`.

    Raises:
        StoreError: when the store cannot be read or written.
    """
    started = time.perf_counter()
    claims = read_claims(store)
    events = merge_events(read_events(store))
    as_of = as_of or latest_article(store)
    store.release_reads()  # every claim and event read: what the reads kept goes before the writes
    facts = consolidate(claims, as_of=as_of, relations=relations, events=events)
    _write_consolidation(store, consolidated_triples(facts) + event_triples(events), as_of)
    if recount:
        store.rebuild_summary()  # the store's counts made again too (kg.summary): kg consolidate mends both
    store.flush()
    return ConsolidationSummary(
        claims=len(claims), facts=len(facts), corroborated=sum(f.sources > 1 for f in facts),
        contradictions=sum(f.contradicted for f in facts),
        lifecycles=Counter(f.lifecycle for f in facts if f.lifecycle), events=len(events),
        seconds=time.perf_counter() - started)


# ------------------------------------------------------------------ incremental update

_PREFIXES = """
PREFIX kg:      <https://w3id.org/kg-news/ns#>
PREFIX rdf:     <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX owl:     <http://www.w3.org/2002/07/owl#>
PREFIX prov:    <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
"""
#: whether the store holds a consolidation: one that says which day it was judged against (written
#: last, see :func:`_write_consolidation`), or, when no article has a date, one with a fact
ANY_QUERY = _PREFIXES + """SELECT ?c WHERE { GRAPH <https://w3id.org/kg-news/id/graph/consolidated> {
  { ?c kg:asOf ?d } UNION { ?c a kg:ConsolidatedFact FILTER NOT EXISTS { GRAPH ?a { ?a dcterms:issued ?issued } } } } } LIMIT 1"""
#: the latest publication date of any article
LATEST_QUERY = _PREFIXES + "SELECT (MAX(?d) AS ?latest) WHERE { GRAPH ?a { ?a a kg:Article ; dcterms:issued ?d } }"
#: the day the consolidation judged lifecycles against
AS_OF_QUERY = _PREFIXES + """SELECT ?d WHERE { GRAPH <https://w3id.org/kg-news/id/graph/consolidated> {
  <https://w3id.org/kg-news/id/graph/consolidated> kg:asOf ?d } }"""
#: an article's date (bind ?article)
ISSUED_QUERY = _PREFIXES + "SELECT ?d ?article WHERE { GRAPH ?article { ?article dcterms:issued ?d } }"
#: an article of a date (bind ?d)
DATED_QUERY = _PREFIXES + "SELECT ?a ?d WHERE { GRAPH ?a { ?a dcterms:issued ?d } } LIMIT 1"
#: whether an article has an event (bind ?article)
HAS_EVENT_QUERY = _PREFIXES + "SELECT ?e ?article WHERE { GRAPH ?article { ?e a kg:Event } } LIMIT 1"
#: consolidated facts derived from an article (bind ?article)
DERIVED_QUERY = _PREFIXES + """SELECT ?c ?s ?p ?o ?article WHERE { GRAPH <https://w3id.org/kg-news/id/graph/consolidated> {
  ?c prov:wasDerivedFrom ?article ; a kg:ConsolidatedFact ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o } }"""
#: consolidated facts about an entity (bind ?e)
ABOUT_QUERY = _PREFIXES + """SELECT ?c ?s ?p ?o ?e WHERE { GRAPH <https://w3id.org/kg-news/id/graph/consolidated> {
  { ?c rdf:subject ?e } UNION { ?c rdf:object ?e } ?c a kg:ConsolidatedFact ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o } }"""
#: consolidated facts of a statement (bind ?s ?p ?o)
STATEMENT_QUERY = _PREFIXES + """SELECT ?c ?s ?p ?o WHERE { GRAPH <https://w3id.org/kg-news/id/graph/consolidated> {
  ?c rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; a kg:ConsolidatedFact } }"""
#: planned facts nothing became of: their lifecycle depends on the day they are judged against
UNDECIDED_QUERY = _PREFIXES + """SELECT ?c ?s ?p ?o ?lc ?end WHERE { GRAPH <https://w3id.org/kg-news/id/graph/consolidated> {
  VALUES ?lc { kg:Pending kg:Overdue } ?c kg:lifecycle ?lc ; kg:windowEnd ?end ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o } }"""
#: the merged events' triples
EVENT_NODES_QUERY = _PREFIXES + """SELECT ?ce ?p ?o WHERE { GRAPH <https://w3id.org/kg-news/id/graph/consolidated> {
  ?ce a kg:Event ; ?p ?o } }"""
#: what the summary counts
TOTALS_QUERY = _PREFIXES + """SELECT ?lc (COUNT(?c) AS ?facts) (SUM(IF(?sources > 1, 1, 0)) AS ?corroborated)
  (SUM(IF(BOUND(?contradicted), 1, 0)) AS ?contradictions) WHERE { GRAPH <https://w3id.org/kg-news/id/graph/consolidated> {
  ?c a kg:ConsolidatedFact ; kg:sourceCount ?sources .
  OPTIONAL { ?c kg:lifecycle ?lc } OPTIONAL { ?c kg:contradicted ?contradicted } } } GROUP BY ?lc"""


#: a consolidation of more triples than this is written in parts of this many (see
#: :func:`_write_consolidation`)
WRITE_PART = 5_000


def _write_consolidation(store, triples: list[tuple], as_of: str | None) -> None:
    """Replace :data:`CONSOLIDATED_GRAPH` with ``triples`` and the day they were judged against.

    A large graph is written in parts of :data:`WRITE_PART` triples, each its own transaction,
    the store's memory written to disk after each (:meth:`kg.store.BaseStore.settle`), and its
    ``kg:asOf`` last: until that is written, :data:`ANY_QUERY` finds no consolidation, so that
    one stopped half-way is made whole by the next build. (The 36,896 triples of the whole
    Reuters store's consolidation: in one transaction, 162 MiB over the RSS before them at the
    peak; in parts, 48 MiB.) Without a day (no article has a date) it is written in one transaction.
    """
    marker = _as_of_triples(as_of)
    if not marker or len(triples) <= WRITE_PART:
        store.replace_graphs({CONSOLIDATED_GRAPH: triples + marker})
        return
    store.replace_graphs({CONSOLIDATED_GRAPH: []})
    for start in range(0, len(triples), WRITE_PART):
        store.patch_graph(CONSOLIDATED_GRAPH, [], triples[start:start + WRITE_PART])
        store.settle()
    store.patch_graph(CONSOLIDATED_GRAPH, [], marker)


def latest_article(store) -> str | None:
    """The latest publication date of the store's articles (ISO), or None."""
    rows = store.query(LATEST_QUERY).values()
    return rows[0][0][:10] if rows and rows[0][0] else None


def _as_of_triples(as_of: str | None) -> list[tuple]:
    return [(CONSOLIDATED_GRAPH, KG.asOf, Literal(as_of, datatype=XSD.date))] if as_of else []


def _latest_after(store, articles: list[URIRef]) -> str | None:
    """:func:`latest_article` after ``articles`` changed, without reading every article's date
    when the consolidation's own (``kg:asOf``) tells: a changed article as late or later is the
    latest; else the day the consolidation knew, while some article still has that date."""
    known = store.query(AS_OF_QUERY).values()
    known = known[0][0][:10] if known and known[0][0] else None
    dates = [row[0][:10] for a in articles for row in store.query(ISSUED_QUERY, {"article": a}).values() if row[0]]
    if known and dates and max(dates) >= known:
        return max(dates)
    if known and store.query(DATED_QUERY, {"d": Literal(known, datatype=XSD.date)}).rows:
        return known
    return latest_article(store)


def update_store(store, articles: Iterable[str], *, as_of: str | None = None,
                 relations: Registry | None = None) -> ConsolidationSummary:
    """Update :data:`CONSOLIDATED_GRAPH` after ``articles`` were added, replaced or removed:
    only the consolidated facts and merged events they touch are read, recomputed and
    written (in one change). The result is the graph :func:`consolidate_store` would write.

    What is touched: the consolidated facts derived from the articles (before) and the
    statements of their facts (after); the merged events whose articles' events changed
    (every article's events are read and merged again: a cheap query) and the facts about
    them; every statement about an event one of those is about (:func:`held_events` reads
    them together); and planned facts whose *pending* or *overdue* flips with the day judged
    against.
    Each touched statement is consolidated again from all its claims, in every article.

    Args:
        store: a :class:`kg.store.BaseStore` holding a consolidation (else it is made whole); a
            SPARQL server must have its default graph be the union of the graphs, as for the
            named queries.
        articles: the article IRIs (``kg.iri.article_iri(id)``) that changed.
        as_of, relations: as for :func:`consolidate_store`.

    Returns:
        A :class:`ConsolidationSummary` of the whole consolidated graph, with
        :attr:`ConsolidationSummary.updated` the number of consolidated facts rewritten.
    """
    started = time.perf_counter()
    articles = [URIRef(a) for a in dict.fromkeys(str(a) for a in articles)]
    if not store.query(ANY_QUERY).rows:  # nothing consolidated yet: all of it
        return consolidate_store(store, as_of=as_of, relations=relations)
    reg = relations or default_registry()
    symmetric = {str(r.predicate) for r in reg if r.symmetric}
    judged = store.query(AS_OF_QUERY).values()  # the day the lifecycles in the graph were judged against
    judged = judged[0][0][:10] if judged and judged[0][0] else None
    as_of = as_of or _latest_after(store, articles)

    # the consolidated facts derived from the articles
    touched: dict[str, tuple[str, str, str]] = {}
    for a in articles:
        for c, s_, p, o, _ in store.query(DERIVED_QUERY, {"article": a}).values():
            touched[c] = (p, s_, o)

    # merged events: the old ones from the graph; again from every article's events when the
    # articles had or have events (an article's events are all that its own facts describe)
    old_nodes: dict[str, set[tuple]] = defaultdict(set)
    for ce, p, o in store.query(EVENT_NODES_QUERY).rows:
        old_nodes[ce["value"]].add((p["value"], o["value"]))
    old_members = {ce: {o for p, o in ts if p == str(OWL.sameAs)} for ce, ts in old_nodes.items()}
    old_parties = {x for _, s_, o in touched.values() for x, y in ((s_, o), (o, s_)) if is_event(y)}
    new_triples: list[tuple] = []
    new_members = dict(old_members)
    changed_events: set[str] = set()
    if old_parties or any(store.query(HAS_EVENT_QUERY, {"article": a}).rows for a in articles):
        # the articles had or have events: merge again the events connected to them, before and now
        was_in = {ce for ce, ts in old_nodes.items() for a in articles if (str(PROV.wasDerivedFrom), str(a)) in ts}
        also = {o for ce in was_in for p, o in old_nodes[ce] if p == str(PROV.wasDerivedFrom)}
        near = event_neighbourhood(store, articles, parties=old_parties, also=also)
        local = merge_events(near)
        near_iris = {e.iri for e in near}
        before = {ce for ce, members in old_members.items() if members & near_iris or ce in was_in}
        new_members = {ce: m for ce, m in old_members.items() if ce not in before}
        new_members.update({str(ce.iri): {e.iri for e in ce.events} for ce in local})
        new_triples = event_triples(local)
        new_nodes: dict[str, set[tuple]] = defaultdict(set)
        for s_, p, o in new_triples:
            new_nodes[str(s_)].add((str(p), str(o)))
        changed_events = {ce for ce in before | new_nodes.keys() if old_nodes.get(ce) != new_nodes.get(ce)}
    events = {e: ce for ce, members in new_members.items() for e in members}  # article event -> merged event
    moved = {e for ce in changed_events for e in old_members.get(ce, set()) | new_members.get(ce, set())}

    # the consolidated facts about changed merged events, and those whose lifecycle flips
    for e in changed_events | moved:
        for c, s_, p, o, _ in store.query(ABOUT_QUERY, {"e": URIRef(e)}).values():
            touched[c] = (p, s_, o)
    # (only when that day moves: judged against the same day, no pending or overdue can flip)
    for c, s_, p, o, lc, end in (store.query(UNDECIDED_QUERY).values() if as_of != judged else ()):
        if as_of is not None and (end[:10] < as_of) != lc.endswith("#Overdue"):
            touched[c] = (p, s_, o)

    # the statements to consolidate again, in the new events' terms, and all their claims
    def raw(iri: str, members: dict[str, set[str]]) -> set[str]:
        return members.get(iri) or {iri}

    found: dict[str, Claim] = {}
    for a in articles:
        found.update((c.fact, c) for c in read_claims(store, {"article": a}))
    for r, s_, o in set(touched.values()):
        found.update((c.fact, c) for c in _claims_between(store, r, raw(s_, old_members), raw(o, old_members), r in symmetric))
    wanted = set(statements(found.values(), relations=reg, events=events))
    # a plan about an event is held by a report of it under another statement (held_events): every
    # statement about the events of these statements, before and now, is consolidated again too
    about = {o for _, _, o in [*touched.values(), *wanted] if is_event(o)}
    raws = {r for e in about for r in raw(e, old_members) | raw(e, new_members)}
    for e in sorted(raws):
        wanted.update(statements(read_claims(store, {"object": URIRef(e)}, query=OBJECT_CLAIMS_QUERY),
                                 relations=reg, events=events))
    claims: dict[str, Claim] = {}
    for r, s_, o in wanted:
        claims.update((c.fact, c) for c in _claims_between(store, r, raw(s_, new_members), raw(o, new_members), r in symmetric))
    facts = consolidate(claims.values(), as_of=as_of, relations=reg, events=events)
    facts = [f for f in facts if (f.relation, f.subject, f.object) in wanted]

    # out with the old nodes of these statements, in with the new, in one change
    remove = set(touched)
    for r, s_, o in wanted:
        remove.update(row[0] for row in store.query(STATEMENT_QUERY, {"s": URIRef(s_), "p": URIRef(r), "o": URIRef(o)}).values())
    remove.update(changed_events)
    remove.add(str(CONSOLIDATED_GRAPH))  # its kg:asOf, written again
    add = consolidated_triples(facts) + [t for t in new_triples if str(t[0]) in changed_events] + _as_of_triples(as_of)
    store.patch_graph(CONSOLIDATED_GRAPH, [URIRef(n) for n in sorted(remove)], add)
    store.flush()
    summary = _totals(store)
    summary.claims, summary.updated, summary.events = len(claims), len(facts), len(new_members)
    summary.seconds = time.perf_counter() - started
    return summary


def _claims_between(store, relation: str, subjects: set[str], objects: set[str], symmetric: bool) -> list[Claim]:
    """The claims of one relation between any of ``subjects`` and any of ``objects`` (either way
    for a symmetric relation), one indexed query per pair."""
    out: list[Claim] = []
    for s in sorted(subjects):
        for o in sorted(objects):
            for a, b in ([(s, o), (o, s)] if symmetric and s != o else [(s, o)]):
                out += read_claims(store, {"relation": URIRef(relation), "subject": URIRef(a), "object": URIRef(b)},
                                   query=STATEMENT_CLAIMS_QUERY)
    return out


def _totals(store) -> ConsolidationSummary:
    """The counts of the whole consolidated graph, read from it."""
    summary = ConsolidationSummary()
    for lc, facts, corroborated, contradictions in store.query(TOTALS_QUERY).values():
        summary.facts += int(facts)
        summary.corroborated += int(corroborated or 0)
        summary.contradictions += int(contradictions or 0)
        if lc:
            summary.lifecycles[lc.rsplit("#", 1)[-1].lower()] += int(facts)
    return summary
