"""The one place kg mints IRIs: valid for any text, stable across runs and articles.

>>> str(entity_iri("Person", "Sir Keir Starmer"))
'https://w3id.org/kg-news/id/person/sir-keir-starmer'
>>> str(entity_iri("Country", "Côte d’Ivoire"))
'https://w3id.org/kg-news/id/place/cote-d-ivoire'
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import quote

from rdflib import URIRef

from kg.namespace import ID

#: entity types that share an IRI space, so "Georgia" the Place and the Country meet
FAMILY = {"Person": "person", "Organization": "organization", "Country": "place", "Place": "place", "Facility": "place", "Event": "event"}


def slug(text: str, *, limit: int = 80) -> str:
    """Casefold, strip accents, hyphenate; non-Latin letters are kept and percent-encoded."""
    folded = unicodedata.normalize("NFKD", text.replace("\u2019", "'"))
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch)).casefold()
    folded = re.sub(r"[^\w]+", "-", folded).strip("-_")[:limit].strip("-_")
    if not folded:  # nothing but punctuation or symbols
        folded = "x" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]
    return quote(folded, safe="-_")


def _digest(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:16]


def article_iri(article_id: str) -> URIRef:
    """Also the name of the article's graph."""
    return ID[f"article/{quote(article_id, safe='-_.~')}"]


def entity_iri(type_: str, label: str, *, article_id: str | None = None) -> URIRef:
    """People, organisations and places are shared across articles; events are not."""
    family = FAMILY[type_]
    if family == "event" and article_id is not None:
        return ID[f"event/{quote(article_id, safe='-_.~')}/{slug(label)}"]
    return ID[f"{family}/{slug(label)}"]


def fact_iri(article_id: str, relation: str, subject: URIRef, obj: URIRef, start: int, end: int) -> URIRef:
    return ID[f"fact/{quote(article_id, safe='-_.~')}/{relation}-{_digest(subject, obj, start, end)}"]


def span_iri(article_id: str, kind: str, start: int, end: int) -> URIRef:
    return ID[f"{kind}/{quote(article_id, safe='-_.~')}/{start}-{end}"]
