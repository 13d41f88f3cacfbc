"""Plain records passed between kg's stages.

They hold strings, ints and character offsets only, never spaCy objects, so they
can cross process boundaries and outlive the Doc they came from.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from kg.relations import ENTITY_TYPES, default_registry

#: kg's own relation names, from ``kg/data/relations.toml`` (a user's too: ``kg.relations.registry_for``)
RELATIONS = default_registry().names
STATUSES = ("planned", "happened", "reported", "negated", "hypothetical")
#: statuses that yield a direct ``subject kg:REL object`` triple
ASSERTED = frozenset({"planned", "happened", "reported"})


@dataclass(frozen=True, slots=True)
class Article:
    """One news article as read from disk or given by a caller."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None  # ISO date, YYYY-MM-DD
    source: str | None = None  # file (and line) it came from
    publisher: str | None = None  # who published it: a JSONL record's "source" field (kg.rdf.source_name)


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of an article's text: ``text == article.text[start:end]``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Entity:
    """One real-world thing named in an article, with every way it was named."""

    label: str
    type: str  # one of ENTITY_TYPES
    aliases: tuple[str, ...] = ()
    mentions: tuple[Span, ...] = ()
    same_as: tuple[str, ...] = ()  # IRIs of the same thing elsewhere (GeoNames for countries and places)
    # the article's own words for an unnamed thing, article and complements included ("a meeting of the
    # government's economic task force", "a forum hosted by the council"): found by search, not shown
    wordings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Fact:
    """One relation instance with its evidence.

    ``subject`` and ``object`` index into the article's entity tuple.
    """

    relation: str  # a relation name of the registry in use (kg's: RELATIONS)
    subject: int
    object: int
    status: str  # one of STATUSES
    sentence: Span
    trigger: Span
    confidence: float
    time: str | None = None
    place: int | None = None
    attribution: str | None = None
    content: str | None = None  # what is demanded, as written


@dataclass(frozen=True, slots=True)
class Membership:
    """An article's statement that an entity belongs to a group ("BRICS members Brazil and
    India"), with its evidence. ``group`` and ``member`` index into the article's entity tuple."""

    group: int
    member: int
    sentence: Span
    trigger: Span  # the word that says so: "members", "member", "led"
    confidence: float


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything kg extracted from one article."""

    article: Article
    entities: tuple[Entity, ...] = ()
    facts: tuple[Fact, ...] = field(default=())
    members: tuple[Membership, ...] = ()

    def count(self, relation: str) -> int:
        return sum(f.relation == relation for f in self.facts)
