"""Finding the mentions of entities in a parsed article.

A mention is a token range plus what kg knows about it: the name it gives, its
type, and for role descriptions ("the Ukrainian leader") the role and country.
Names come from spaCy's entity recogniser; group names ("the coalition of the
willing"), role descriptions and places in territorial phrases come from rules.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from spacy.tokens import Span

from kg.dates import MONTHS
from kg.extract import lexicon as lx
from kg.extract.tokens import (TokenIndex, after_title_of_department, child, dateline_tokens, named_place_of, pobj, ruler_title, title_word,
                               town_of_site)
from kg.gazetteer import Gazetteer
from kg.names import abbreviates, is_first_name


@dataclass(slots=True)
class Mention:
    start: int  # token index, inclusive
    end: int  # token index, exclusive
    name: str  # the name it gives, without title or leading "the"
    surface: str  # the words as written, title included
    type: str  # a kg entity type, or "Role" for a description still to resolve
    head: int  # token index of the syntactic head
    role: str | None = None  # "president", "prime minister", ...
    country: str | None = None  # country the role belongs to
    other_role: str | None = None  # a second title given with "and": "Crown Prince and Prime Minister X"




def _text(doc, start: int, end: int) -> str:
    return doc[start:end].text.strip()


def _strip_the(doc, start: int, end: int) -> int:
    while start < end - 1 and doc[start].lower_ in {"the", "a", "an"}:
        start += 1
    return start


def _town_at_site(tok, name: str, gaz: Gazetteer) -> bool:
    """A town GeoNames knows right after a site: "the factory at Kisumu"."""
    return town_of_site(tok) and gaz.is_town(name)


def _unknown_town_at_site(tok, name: str) -> bool:
    """One word the recogniser called a body once, in a site visited: "visited a school in Urubamba" (a
    town GeoNames may not know; not "the stand at Nissan", nor a body it names again)."""
    site = tok.doc[tok.head.i - 1] if tok.head.i > 0 else tok.head
    return town_of_site(tok) and tok.head.lower_ == "in" and site.dep_ == "dobj" \
        and site.head.lemma_.lower() in lx.VISIT_VERBS and tok.text.isalpha() and not tok.text.isupper() \
        and sum(e.text == name for e in tok.doc.ents if e.label_ == "ORG") == 1


def ner_person_elsewhere(doc, name: str) -> bool:
    """Whether the recogniser tagged this name, or a name ending in it, as a person elsewhere in the text."""
    return any(e.label_ == "PERSON" and (e.text == name or e.text.endswith(" " + name)) for e in doc.ents)


def _first_name(word: str) -> bool:
    """A first name of one gender (names.is_first_name also takes "Quang", "Da": too many place words)."""
    from kg.extract.coref import first_name_gender
    return first_name_gender(word) is not None


def _destination(tok) -> bool:
    """A single word after "travelled to", "arrived in", "left for" (never a person's first name)."""
    from kg.extract.coref import first_name_gender
    if first_name_gender(tok.text):
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ in {"to", "in", "into"}:
        noun = tok.head.head  # (one goes on a trip to a place, or on a site visit: "a site visit to Yarrabee")
        site_visit = noun.lemma_.lower() == "visit" and any(c.dep_ == "compound" and c.lower_ in {"site", "field", "study"}
                                                            for c in noun.lefts)
        if tok.head.lower_ == "to" and noun.pos_ == "NOUN" and (
                noun.lemma_.lower() in {"trip", "journey", "voyage", "stopover"} or site_visit):
            return True
        return noun.pos_ == "VERB" and noun.lemma_.lower() in lx.GOING_VERBS
    if tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.pos_ == "VERB" \
            and tok.head.head.lemma_.lower() in {"leave", "depart", "head"} \
            and not any(c.dep_ == "dobj" for c in tok.head.head.children):
        return True  # "before leaving for Kota Kinabalu", "departs for Y on Friday" (not "left a note for Y")
    if tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() == "tour":
        return True  # "toured Westmoreland" (one visits people, but tours places)
    return False


def _described_as_someone(tok) -> bool:
    """A name a clause about a person follows: "visited Harper, who is recovering from surgery"."""
    return any(c.dep_ == "relcl" and any(w.lower_ in {"who", "whom", "whose"} for w in c.children) for c in tok.children) \
        or tok.i + 2 < len(tok.doc) and tok.doc[tok.i + 1].text == "," and tok.doc[tok.i + 2].lower_ in {"who", "whose"}


def _visited_where(tok) -> bool:
    """What one visited and then did something "where": "visited Mater Dei on Wednesday, where he spoke to doctors"
    (a place, whatever the recogniser said; no one is visited "where")."""
    verb = tok.head
    if tok.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in lx.VISIT_VERBS:
        return False
    for w in tok.doc[tok.i + 1:tok.sent.end]:
        if w.lower_ == "where" and w.dep_ == "advmod":
            clause = w.head
            # (not "visited X on Monday, where they discussed the budget": a meeting with a person)
            return clause.dep_ in {"advcl", "relcl"} and (clause.head.i in {verb.i, tok.i} or tok.i < clause.head.i < w.i
                                                          and clause.head.ent_type_ in {"DATE", "TIME"}) \
                and not any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in {"they", "we"} for c in clause.children)
        if w.ent_type_ in {"GPE", "LOC", "FAC", "ORG", "PERSON"} or w.dep_ in {"nsubj", "dobj"}:
            return False  # (a place or name after it the clause may be about)
    return False


def _origin(tok) -> bool:
    """A single word after "flew in from", "by helicopter from" (a town, when one of that name is known)."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "from":
        return False
    verb = tok.head.head
    if verb.pos_ == "NOUN" and verb.dep_ == "pobj" and verb.head.lower_ == "by":
        verb = verb.head.head  # "flew in by helicopter from David"
    return verb.pos_ == "VERB" and verb.lemma_.lower() in lx.GOING_VERBS


#: words that name a storm: "Hurricane Melissa", "Tropical Storm Alberto"
_STORM_WORDS = frozenset({"hurricane", "typhoon", "cyclone"})


def _storm(doc, start: int, end: int) -> bool:
    """A storm's name: the storm word and one name ("Hurricane Melissa"), not a firm ("Hurricane Energy") nor
    a person ("Storm Large")."""
    words = list(doc[start:end])
    if words and words[0].lower_ in _STORM_WORDS:
        words = words[1:]
    elif not (start > 0 and (doc[start - 1].lower_ in _STORM_WORDS
                             or doc[start - 1].lower_ == "storm" and start > 1 and doc[start - 2].lower_ == "tropical")):
        return False
    return len(words) == 1 and words[0].lower_ not in lx.FIRM_NAME_ENDINGS | lx.COMPANY_NOUNS \
        and not (end < len(doc) and doc[end].lower_ in lx.FIRM_NAME_ENDINGS | lx.COMPANY_SUFFIXES)
#: last words of a body named after a person: "the President Biden Foundation"
_BODY_WORDS = frozenset({"foundation", "institute", "center", "centre", "library", "trust", "fund", "school", "university",
                         "college", "hospital", "award", "prize", "memorial", "airport", "bridge", "street", "avenue",
                         "lecture", "medal", "scholarship", "trophy"})


def _titled_person(doc, start: int, end: int, gaz: Gazetteer) -> bool:
    """A title and a two- or three-word name the recogniser tagged as a body or place ("The Taoiseach Micheál
    Martin"), not a body, event or place named after a title ("Governor General Awards", "Prince Edward Island")."""
    title, last = doc[start], doc[end - 1]
    if not 3 <= end - start <= 4 or title.lower_ not in lx.ROLE_NOUNS or not title.text[:1].isupper() \
            or title.dep_ != "compound" or gaz.is_region(_text(doc, start, end)) or gaz.is_city(_text(doc, start, end)):
        return False
    if last.tag_ == "NNPS" or last.lower_.rstrip("s") in lx.EVENT_NAME_HEADS | _BODY_WORDS \
            or last.lower_ in lx.FIRM_NAME_ENDINGS | lx.COMPANY_NOUNS | lx.SITE_NOUNS | lx.UNION_NAME_ENDINGS:
        return False
    return all(t.pos_ == "PROPN" and t.text[:1].isupper() and not t.text.isupper() and t.lower_ not in lx.ORGANIZATION_NOUNS
               and not gaz.country(t.text) and not gaz.is_city(t.text) for t in doc[start + 1:end])


#: verbs after which "at X" is where a guest is received
_RECEIVING = frozenset({"host", "receive", "welcome", "greet", "entertain", "meet"})


def _venue_of_event(doc, start: int, end: int) -> bool:
    """A name with no title after "at", on an event noun ("a welcoming ceremony at Dataran Perdana"),
    that starts with no first name and shares no word with a person named elsewhere."""
    from kg.extract.coref import first_name_gender
    root = doc[end - 1]
    holder = root.head.head
    # (or on a verb of receiving: "will be hosted by X at Rashtrapati Bhavan", "received Y at Dolmabahce")
    if root.dep_ != "pobj" or root.head.lower_ != "at" or not (
            holder.pos_ == "NOUN" and holder.lemma_.lower() in lx.EVENT_NOUNS
            or holder.pos_ == "VERB" and holder.lemma_.lower() in _RECEIVING):
        return False
    if start > 0 and (doc[start - 1].lower_ in lx.HONORIFICS | lx.TITLE_WORDS or doc[start - 1].lemma_.lower() in lx.PERSON_ROLES):
        return False
    if end < len(doc) and doc[end].tag_ == "POS":
        return False  # "a dinner at Jon Dahl's"
    return not first_name_gender(doc[start].text) and not _shares_a_person_word(doc, start, end)


def _shares_a_person_word(doc, start: int, end: int, own: int | None = None) -> bool:
    """Whether a name shares a word with a person the recogniser tagged elsewhere ("Jackson" after "Jesse Jackson");
    ``own`` is where the name's own entity starts."""
    words = {doc[i].lower_ for i in range(start, end)}
    own = start if own is None else own
    return any(e.label_ == "PERSON" and e.start != own and words & {t.lower_ for t in e} for e in doc.ents)


def role_name(token) -> str:
    """"Prime Minister" → "prime minister"; "foreign minister"; "leader"."""
    # ("the prime minister" in lower case: the tagger makes "prime" an adjective)
    words = [c.lower_ for c in token.lefts if c.dep_ in {"compound", "amod"} and c.lower_ in {"prime", "foreign", "defence", "defense", "finance", "vice", "deputy"}]
    name = " ".join([*words, token.lemma_.lower() if token.pos_ == "NOUN" else token.lower_])
    return lx.ROLE_ALIASES.get(name, name)


def _sides(name: str, gaz: Gazetteer) -> bool:
    """A hyphenated pair of sides: "U.S.-Japan", "EC-Japan", "Sino-Soviet" (one of them a country)."""
    parts = [p.strip() for p in name.replace(" - ", "-").split("-")]
    if len(parts) != 2 or not all(parts):
        return False
    country = [bool(gaz.country(p) or p.lower() in lx.COMBINING_FORMS) for p in parts]
    return any(country) and all(c or p.isupper() for c, p in zip(country, parts))


def _person_by_role(doc, start: int, end: int, gaz: Gazetteer) -> bool:
    """A two- or three-word name the recogniser called an organisation or place, right after a
    word for what a person does, with nothing in it that names a body or a place."""
    if not 2 <= end - start <= 3 or start == 0:
        return False
    words = doc[start:end]
    if any(t.pos_ != "PROPN" or not t.text[:1].isupper() or t.lower_ in lx.ORGANIZATION_NOUNS | lx.COMPANY_SUFFIXES
           or t.text.isupper() or gaz.country(t.text) or gaz.capital_of(t.text) for t in words):
        return False
    before = doc[start - 1]
    if before.lemma_.lower() in lx.PERSON_ROLES and before.pos_ == "NOUN" and before.head.i in range(start, end):
        return True
    # "The leader of the Constitutional Democratic Party, Noda Yoshihiko, urged": the role's apposition
    # ("The leader of the alliance, Green Future," names a body: a person's name has a given name in it)
    root = doc[end - 1]
    if before.text != "," or root.dep_ != "appos" or not any(is_first_name(t.text) for t in words):
        return False
    head = root.head  # (or hung on the body: "the leader of [the party, Noda Yoshihiko]")
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ == "NOUN":
        head = head.head.head
    return head.pos_ == "NOUN" and head.lemma_.lower() in lx.PERSON_ROLES


#: pronouns that only a person is
_PERSONAL_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers", "himself", "herself"})


def _person_by_name(doc, start: int, end: int, gaz: Gazetteer) -> bool:
    """A name the recogniser called a body that is a person's: a first name the name table knows
    ("Olaf Scholz"), each word capitalised, no company word, no place, and something else that says
    person: a title before it ("Chancellor"), or "he"/"she" within the next two sentences."""
    from kg.extract.coref import first_name_gender

    words = doc[start:end]
    # (a particle inside the name is lower case: "Luiz Inácio Lula da Silva")
    if not 2 <= len(words) <= (5 if _after_country_possessive(doc, start, gaz) else 3) or any(
            not (w.text[:1].isupper() and w.text[1:].replace("-", "").isalpha() and w.text[1:].islower())
            and not (w.lower_ in lx.NAME_PARTICLES and w.text.islower() and start < w.i < end - 1) for w in words):
        return False
    if first_name_gender(words[0].text) is None or gaz.is_city(words.text) or gaz.country(words.text) \
            or any(w.lower_ in lx.COMPANY_SUFFIXES or w.lemma_.lower() in lx.GROUP_NOUNS | lx.BODY_NOUNS for w in words):
        return False
    if start > 0 and (doc[start - 1].lower_ in lx.HONORIFICS or doc[start - 1].lemma_.lower() in lx.PERSON_ROLES) \
            or _after_country_possessive(doc, start, gaz):
        return True
    sent = doc[start].sent
    stop = sent.end
    for _ in range(2):
        if stop < len(doc):
            stop = doc[stop].sent.end
    return any(t.lower_ in _PERSONAL_PRONOUNS for t in doc[end:stop])


def _name_of_country(doc, start: int, end: int, gaz: Gazetteer) -> int | None:
    """Where a person's name ends when the recogniser ran it on into "of" and a country: "Yamandu Orsi of Uruguay"
    (a known first name, two or three capitalised words, no body's word: not "Bank of Japan", "Christian
    Democratic Union of Germany")."""
    from kg.extract.coref import first_name_gender

    of = next((i for i in range(start + 2, min(end - 1, start + 4)) if doc[i].lower_ == "of"), None)
    if of is None or not gaz.country(_text(doc, of + 1, end)):
        return None
    words = doc[start:of]
    listed = words.root
    while listed.dep_ in {"conj", "appos"} and listed.head.i < listed.i:
        listed = listed.head
    # (a first name the table knows, or a list of leaders: "Presidents A of Argentina, B of Paraguay and C of Uruguay")
    if first_name_gender(doc[start].text) is None and not any(
            c.dep_ == "compound" and c.tag_ == "NNS" and c.lemma_.lower() in lx.ROLE_NOUNS for c in listed.children):
        return None
    if not all(_plain_name_word(w) for w in words):
        return None
    return of


def _plain_name_word(w) -> bool:
    """A capitalised word of letters that is no company suffix, body, group or title word: one of a person's names."""
    return w.text[:1].isupper() and w.text[1:].replace("-", "").isalpha() and w.lower_ not in lx.COMPANY_SUFFIXES \
        and w.lemma_.lower() not in lx.GROUP_NOUNS | lx.BODY_NOUNS | lx.ORGANIZATION_NOUNS | lx.TITLE_WORDS


def _country_then_name(doc, start: int, end: int, gaz: Gazetteer) -> list[Mention]:
    """A title's country and the holder's name tagged as one: "President of Mongolia Ukhnaagiin Khurelsukh" (after
    "of" and a title word; the name two to four capitalised words with no body's word)."""
    if start < 2 or doc[start - 1].lower_ != "of" or doc[start - 2].lemma_.lower() not in lx.ROLE_NOUNS \
            or not doc[start - 2].text[:1].isupper():
        return []
    for cut in range(start + 1, min(end - 1, start + 4)):
        country = gaz.country(_text(doc, start, cut))
        name = doc[cut:end]
        if country and gaz.is_country_name(_text(doc, start, cut)) and 2 <= len(name) <= 4 and all(
                _plain_name_word(w) and not gaz.country(w.text) for w in name):
            role = role_name(doc[start - 2])
            return [Mention(start, cut, _text(doc, start, cut), _text(doc, start, cut), "Country", cut - 1),
                    Mention(cut, end, name.text, _text(doc, start - 2, end), "Person", end - 1, role, country)]
    return []


def _republic_then_name(doc, start: int, end: int) -> int | None:
    """The title word of "President of the Republic Kais Saied" when the recogniser tagged "the Republic Kais Saied"
    as one name (two to four capitalised words after "Republic"), or None."""
    if doc[start].lower_ != "republic" or start < 1 or doc[start - 1].lower_ != "the" \
            or (title := _title_before(doc, start, {"of"})) is None:
        return None
    name = doc[start + 1:end]
    if not 2 <= len(name) <= 4 or not all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.lower_ not in
                                          lx.ORGANIZATION_NOUNS | lx.FIRM_NAME_ENDINGS | lx.COMPANY_SUFFIXES for t in name):
        return None  # (not "the President of the Republic Bank Group")
    return title


def _title_before(doc, start: int, preps=frozenset({"for", "of", "to"})) -> int | None:
    """The title word of "Minister for", "Chief Secretary to (the)", "Prime Minister of (the)" right before ``start``
    (a capitalised role noun, then one of ``preps``, then maybe "the"), or None."""
    at = start - 1
    if at > 0 and doc[at].lower_ == "the":
        at -= 1
    if at < 1 or doc[at].lower_ not in preps or doc[at - 1].lemma_.lower() not in lx.ROLE_NOUNS \
            or not doc[at - 1].text[:1].isupper():
        return None
    return at - 1


def _title_before_portfolio_list(doc, start: int) -> int | None:
    """The title word of a portfolio listed in several fields before ``start``: "Minister of Foreign Affairs, Migration
    and Tunisians Abroad" (capitalised words, commas and "and" back to "Minister of"), or None."""
    for k in range(start - 2, max(0, start - 12), -1):
        if doc[k + 1].lower_ in {"of", "for"} and doc[k].lemma_.lower() in lx.ROLE_NOUNS and doc[k].text[:1].isupper():
            between = doc[k + 2:start]
            ok = all(t.text[:1].isupper() and t.pos_ in {"PROPN", "NOUN", "ADJ"} or t.text == "," or t.lower_ in {"and", "the"}
                     for t in between)
            return k if ok else None
    return None


def _name_after_portfolio_comma(doc, start: int, end: int) -> tuple[int, int] | None:
    """(start, end) of the holder's name in a span the recogniser tagged after "Minister of" that runs on from the
    portfolio, over a comma, into the first words of the name: "Maritime Economy, Edem" of "the Minister of Maritime
    Economy, Edem Kokou Tengue" (the name two to four capitalised words, the rest of them after the span); else None.
    The caller checked the title."""
    comma = next((t.i for t in doc[start + 1:end - 1] if t.text == ","), None)
    if comma is None or doc[comma - 1].lower_ not in lx.PORTFOLIO_WORDS:
        return None
    last = end
    while last < len(doc) and doc[last].pos_ == "PROPN" and doc[last].text[:1].isupper() and not doc[last].ent_type_:
        last += 1
    return (comma + 1, last) if _holders_name(doc[comma + 1:last]) else None


def _holders_name(name) -> bool:
    """Whether the words after a portfolio can be its holder's name: two to four capitalised proper nouns, none a
    portfolio's field or a body's noun."""
    return 2 <= len(name) <= 4 and all(t.pos_ == "PROPN" and t.text[:1].isupper()
                                       and t.lower_ not in lx.PORTFOLIO_WORDS | lx.ORGANIZATION_NOUNS for t in name)


def _portfolio_then_name(doc, start: int, end: int) -> int | None:
    """Where the holder's name starts in a span the recogniser tagged after "Minister for (of, to)" that runs on from
    the portfolio into the name: "Bougainville Affairs Manasseh Makiba", "Government Ivan Pomaleu" (the portfolio's
    last word one of a portfolio's fields, then two to four capitalised words). The caller checked the title."""
    if doc[start].lower_ in lx.PORTFOLIO_WORDS and _holders_name(doc[start + 1:end]):
        return start + 1  # "... and Tunisians Abroad" + "Abroad Mohamed Ali Nafti": the field the recogniser took in
    for k in range(end - 2, start, -1):  # the portfolio's last word nearest the name ("Cooperation Council X": no name)
        if doc[k - 1].lower_ in lx.PORTFOLIO_WORDS:
            return k if _holders_name(doc[k:end]) else None
    return None


def _untagged_holder_after(doc, start: int, end: int, gaz: Gazetteer) -> Mention | None:
    """The office-holder named right after a title's country the recogniser tagged alone: "Prime Minister of the
    Kingdom of Thailand Anutin Charnvirakul," (two to four capitalised words no recogniser tagged, then a comma or the
    sentence's end)."""
    office = _title_before(doc, start, {"of"})
    if office is None or not gaz.country(_text(doc, start, end)):
        return None
    stop = end
    while stop < len(doc) and stop - end < 4 and doc[stop].ent_iob_ == "O" and doc[stop].pos_ == "PROPN" \
            and _plain_name_word(doc[stop]) and not gaz.country(doc[stop].text):
        stop += 1
    if not 2 <= stop - end <= 4 or stop < len(doc) and doc[stop].text not in {",", ".", ";"}:
        return None
    title = min([office, *(t.i for t in doc[office].lefts if t.dep_ == "compound")])  # ("Prime Minister")
    return Mention(end, stop, _text(doc, end, stop), _text(doc, title, stop), "Person", stop - 1,
                   role_name(doc[office]), gaz.country(_text(doc, start, end)))


def _title_with_phrase_before(doc, start: int):
    """The title word of "High Commissioner for Refugees", "Minister of Foreign Affairs" right before a name at
    ``start`` (a capitalised role noun whose department, after "for" or "of", runs up to the name), or None."""
    for k in range(start - 2, max(-1, start - 10), -1):
        title = doc[k]
        if title.text[:1].isupper() and title.lemma_.lower() in lx.ROLE_NOUNS and doc[k + 1].lower_ in {"for", "of"}:
            return title if after_title_of_department(title) == start else None
    return None


def _listed_with_leaders(doc, start: int, end: int, gaz: Gazetteer) -> bool:
    """A name after a country's possessive in a list of such names whose next or previous member the
    recogniser called a person: "Brazil's Luiz Inácio Lula da Silva and Argentina's Javier Milei"."""
    if gaz.is_city(_text(doc, start, end)) or gaz.is_region(_text(doc, start, end)) or gaz.country(_text(doc, start, end)):
        return False
    people = [e for e in doc.ents if e.label_ == "PERSON"]
    after = end + (end < len(doc) and doc[end].text == ",") + (end + 1 < len(doc) and doc[end + 1].text == "and")
    if after < len(doc) and doc[after].text == "and":
        after += 1
    if after > end and any(e.start > after and _after_country_possessive(doc, e.start, gaz)
                           and all(t.pos_ == "PROPN" or t.text in {"'s", "’s"} for t in doc[after:e.start]) for e in people):
        return True
    owner = start - 2
    while owner > 0 and doc[owner - 1].pos_ == "PROPN":
        owner -= 1
    before = owner - 1 - (owner >= 2 and doc[owner - 1].text == "and" and doc[owner - 2].text == ",")
    return owner > start - 5 and before > 0 and doc[owner - 1].text in {",", "and"} \
        and any(e.end == before for e in people)


def _after_country_possessive(doc, start: int, gaz: Gazetteer) -> bool:
    """A name right after a country's possessive: "Paraguay's Santiago Pena", "South Africa's ..."."""
    if start < 2 or doc[start - 1].text not in {"'s", "’s"}:
        return False
    first = start - 1
    while first > 0 and doc[first - 1].pos_ == "PROPN" and start - 1 - first < 3:
        first -= 1
    return bool(gaz.country(doc[first:start - 1].text))


def _place_prefixes_body(doc, place, body) -> bool:
    """Whether a country or town the recogniser tagged is the first words of the body tagged right after it: "the UK
    India Business Council" tagged "UK" + "India Business Council" ("the", the place, then a body's name ending in a
    body's noun; not "Britain's India Business Council", nor "in Kenya Red Cross workers")."""
    return place.label_ == "GPE" and body.label_ == "ORG" and place.end == body.start and place.start > 0 \
        and doc[place.start - 1].lower_ == "the" and place[-1].tag_ != "POS" and body[0].lower_ != "the" \
        and body[-1].text[:1].isupper() and body[-1].lemma_.lower() in lx.ORGANIZATION_NOUNS


def _gathering_in_place(doc, start: int, end: int, gaz: Gazetteer) -> int | None:
    """The "in" of a gathering's name the recogniser ran on into where it is held: "the Western Premiers' Conference
    in Winnipeg" (a gathering's noun before "in", a town, region or country after it), or None."""
    for k in range(start + 2, end - 1):
        if doc[k].lower_ == "in" and doc[k - 1].lower_ in lx.GATHERING_NOUNS and doc[k - 1].text[:1].isupper():
            where = _text(doc, k + 1, end)
            return k if gaz.is_city(where) or gaz.is_country_name(where) or gaz.is_region(where) else None
    return None


def _defined_acronym_end(doc, start: int, end: int) -> int:
    """"the Inter Governmental Group on Indonesia (IGGI)": a name the recogniser cut before
    "on/of/for ..." runs on to the acronym that defines it, when the acronym's letters are the
    initials of the whole name."""
    i = end
    if i >= len(doc) or doc[i].lower_ not in {"on", "of", "for", "in"}:
        return end
    j = i + 1
    while j < len(doc) and (doc[j].pos_ == "PROPN" or doc[j].lower_ in {"and", "the", "of", "on", "for", "in", "&"}) \
            and doc[j].text != "(" and j - i < 8:
        j += 1
    if j + 2 >= len(doc) or doc[j].text != "(" or doc[j + 2].text != ")" or not doc[j + 1].text.isupper():
        return end
    initials = "".join(t.text[0] for t in doc[start:j] if t.text[:1].isupper())
    return j if initials == doc[j + 1].text else end


def _listed_name_end(doc, start: int, end: int) -> int:
    """"the British Biscuit, Cake, Chocolate and Confectionery Alliance": a body's name that lists
    what it gathers, which the recogniser cut at the first comma, runs on over capitalised words,
    commas and "and" to the body's noun; else ``end``."""
    if end >= len(doc) or doc[end].text != "," or doc[end - 1].ent_type_ == "GPE":
        return end  # (not "the U.S., Japanese and European Community trade ministers": three sides)
    definite = doc[start].lower_ == "the" or start and doc[start - 1].lower_ == "the"
    j, words = end, 0
    while j < len(doc) and j - end < 12:
        tok = doc[j]
        if tok.text in {",", "&"} or tok.lower_ == "and":
            j += 1
            continue
        if not (tok.text[:1].isupper() and tok.pos_ in {"PROPN", "NOUN", "ADJ"}):
            return end
        words += 1
        j += 1
        if tok.lower_ in lx.ORGANIZATION_NOUNS:
            break
    else:
        return end
    if not definite:  # "Kenya Medical Practitioners, Pharmacists and Dentists Union (KMPDU)": its acronym vouches for it
        initials = "".join(t.text[0] for t in doc[start:j] if t.text[:1].isupper())
        acronym = doc[j + 1].text if j + 2 < len(doc) and doc[j].text == "(" and doc[j + 2].text == ")" else ""
        if not (acronym.isupper() and abbreviates(acronym, initials)):
            return end
    return j if words >= 2 and doc[j - 2].lower_ != "," and any(t.lower_ == "and" for t in doc[end:j]) else end


#: bodies named "X of A and B": "the Department of Public Works and Highways"
_OF_BODIES = frozenset({"department", "ministry", "office", "bureau", "secretariat", "agency", "institute", "commission"})


def _department_and_end(doc, start: int, end: int) -> int:
    """"the Department of Public Works and Highways", the recogniser stopping before "and": the name runs on over
    "and" and the capitalised words after it, up to a lower-case word; else ``end``."""
    if end + 1 >= len(doc) or doc[end].lower_ not in {"and", "&"} or doc[start].lower_ not in _OF_BODIES \
            or start + 1 >= end or doc[start + 1].lower_ != "of":
        return end
    j = end + 1
    while j < len(doc) and doc[j].text[:1].isupper() and doc[j].pos_ in {"PROPN", "NOUN"} \
            and doc[j].ent_type_ not in {"GPE", "PERSON", "NORP", "DATE"} and doc[j].ent_iob_ != "B":
        j += 1
    return j if j > end + 1 and (j == len(doc) or not doc[j].text[:1].isupper()) else end


def _place_kind(name: str, gaz: Gazetteer) -> str | None:
    return "Country" if gaz.is_country_name(name) else "Place" if gaz.is_city(name) else None


def _names_site(tok, person_words: set[str]) -> bool:
    """One capitalised word the parser hung on a site noun after "the" ("the Akorda presidential
    palace", "the Ciragan palace"), and no word of a person's full name in the article."""
    site = tok.head
    return tok.dep_ in {"compound", "nmod"} and site.pos_ == "NOUN" and site.lemma_.lower() in lx.SITE_NOUNS \
        and site.text.islower() and any(c.dep_ == "det" and c.lower_ == "the" for c in site.children) \
        and tok.lower_ not in person_words


def _two_places(doc, start: int, end: int, gaz: Gazetteer) -> list[Mention]:
    """Two places the recogniser tagged as one name: "Kharkiv and Odesa" (both known to the
    gazetteer; "Trinidad and Tobago" is one country and never gets here)."""
    for i in range(start + 1, end - 1):
        if doc[i].lower_ != "and":
            continue
        left, right = _text(doc, start, i), _text(doc, i + 1, end)
        kinds = _place_kind(left, gaz), _place_kind(right, gaz)
        if all(kinds):
            return [Mention(start, i, left, left, kinds[0], i - 1), Mention(i + 1, end, right, right, kinds[1], end - 1)]
    return []


#: title nouns that end a body's words before a person's name: "EC Commissioners Willy de Clercq"
_TITLE_HEADS = frozenset({"commissioner", "minister", "secretary", "chairman", "chairwoman", "president", "governor",
                          "director", "ambassador", "spokesman", "spokeswoman", "senator", "chancellor", "speaker",
                          "superintendent"})


def _titled_person_start(doc, start: int, end: int) -> int:
    """Where the person's name starts in a run the recogniser called a body but that ends in a title
    and a name of two to four capitalised words ("EC Commissioners Willy de Clercq", "Superintendent Gregory Ames");
    else 0."""
    for i in range(end - 3, start - 1, -1):
        if doc[i].lower_.rstrip("s") in _TITLE_HEADS and doc[i].text[:1].isupper():
            name = doc[i + 1:end]
            hyphened = {t.i for t in name if t.text == "-" and not doc[t.i - 1].whitespace_ and not t.whitespace_}
            hyphened |= {j + 1 for j in hyphened}  # "Woo Won-shik": a given name the tokenizer cut at its hyphen
            if 2 <= len(name) - len(hyphened) <= 4 and name[0].text[:1].isupper() \
                    and (name[-1].text[:1].isupper() or name[-1].i in hyphened) and all(
                    (t.pos_ == "PROPN" and t.text[:1].isupper() or t.lower_ in lx.NAME_PARTICLES or t.i in hyphened)
                    and t.lower_ not in lx.ORGANIZATION_NOUNS for t in name) \
                    and not (i == start and any(t.lower_ in lx.HONORIFICS | lx.TITLE_WORDS for t in name)):
                return i + 1  # (a title first only before a name: not "Governor General Awards")
            return 0
    return 0


def _two_people(doc, start: int, end: int) -> list[Mention]:
    """Two people the recogniser tagged as one name: "Landes and Schwartz", "Jon Dahl and Eva
    Lund" (a person's name has no "and" in it; each side a capitalised name)."""
    for i in range(start + 1, end - 1):
        if doc[i].lower_ != "and" or doc[i - 1].text == "&":
            continue
        first = start
        while first < i - 1 and (doc[first].lemma_.lower() in lx.PERSON_ROLES | lx.TITLE_WORDS | lx.HONORIFICS
                                 or doc[first].lower_.rstrip("s") in lx.PERSON_ROLES | lx.TITLE_WORDS):
            first += 1  # "Analysts Landes and Schwartz"
        sides = [(first, i), (i + 1, end)]
        if all(all(t.text[:1].isupper() and t.pos_ == "PROPN" for t in doc[a:b]) for a, b in sides):
            return [Mention(a, b, _text(doc, a, b), _text(doc, a, b),
                            "Organization" if b - a > 1 and doc[b - 1].lower_ in lx.FIRM_NAME_ENDINGS else "Person", b - 1)
                    for a, b in sides]
    return []


def _two_bodies(doc, start: int, end: int) -> list[Mention]:
    """Two bodies the recogniser tagged as one name: "the IMF and World Bank", "the Government and CONAIE" (an acronym
    on one side, a name ending in a body's noun or "Government" on the other; not "Procter and Gamble", "Securities
    and Exchange Commission")."""
    for i in range(start + 1, end - 1):
        if doc[i].lower_ != "and":
            continue
        sides = [(start, i), (i + 1, end)]
        acronym = [b - a == 1 and doc[a].text.isupper() and len(doc[a].text) >= 2 for a, b in sides]
        body = [b - a > 1 and doc[b - 1].text[:1].isupper() and doc[b - 1].lower_ in lx.ORGANIZATION_NOUNS
                or b - a == 1 and doc[a].text[:1].isupper() and doc[a].lower_ in lx.GOVERNMENT_NOUNS for a, b in sides]
        if all(a or b for a, b in zip(acronym, body)) and any(acronym):
            return [Mention(a, b, _text(doc, a, b), _text(doc, a, b), "Organization", b - 1) for a, b in sides]
    return []


def _country_then_holder(doc, start: int, end: int, gaz: Gazetteer) -> list[Mention]:
    """A country and its office-holder the recogniser tagged as one name after an office's "of": "President of the Kyrgyz
    Republic Sadyr Japarov" (the country, then the person); else []."""
    if start < 2 or not (doc[start - 1].lower_ == "of" or doc[start - 1].lower_ == "the" and doc[start - 2].lower_ == "of"):
        return []
    of = start - 1 if doc[start - 1].lower_ == "of" else start - 2
    if of < 1 or doc[of - 1].lower_ not in lx.ROLE_NOUNS | PORTFOLIO_OFFICES:
        return []
    for k in range(end - 2, start, -1):
        holder = doc[k:end]
        if gaz.country(_text(doc, start, k)) and 2 <= len(holder) <= 3 and all(
                t.pos_ == "PROPN" and t.text[:1].isupper() and t.text[1:].islower()
                and t.lower_ not in lx.ORGANIZATION_NOUNS | lx.FIRM_NAME_ENDINGS for t in holder):
            return [Mention(start, k, _text(doc, start, k), _text(doc, start, k), "Country", k - 1),
                    Mention(k, end, _text(doc, k, end), _text(doc, k, end), "Person", end - 1)]
    return []


def _body_named(doc, start: int, end: int, gaz: Gazetteer) -> bool:
    """A name of several words with a body's noun in it that is no country or city: "Sikh Federation"."""
    name = _text(doc, start, end)
    return end - start > 1 and not gaz.is_country_name(name) and not gaz.is_city(name) \
        and any(t.text[:1].isupper() and t.lower_ in lx.ORGANIZATION_NOUNS for t in doc[start:end])


def _site_after(doc, end: int) -> int:
    """The end of "<name> ice hockey arena": lower-case words the name's last token modifies up to a
    site noun, or 0."""
    head = doc[end - 1].head.i
    if doc[end - 1].dep_ not in {"compound", "amod"} or not end <= head < end + 4 or doc[head].lower_ not in lx.SITE_NOUNS \
            or not all(t.text.islower() for t in doc[end:head + 1]):
        return 0
    return head + 1


def _acronym_start(doc, start: int, end: int) -> int:
    """"the Antarctic and Southern Ocean Coalition (ASOC)": a name the recogniser cut at its start
    (or tagged in pieces) begins where the initials of the acronym that defines it begin."""
    if end + 2 >= len(doc) or doc[end].text != "(" or doc[end + 2].text != ")":
        return start
    acronym = doc[end + 1].text
    if not (acronym.isupper() and acronym.isalpha() and 2 <= len(acronym) <= 8):
        return start
    letters = ""
    for j in range(end - 1, max(-1, end - 12), -1):
        t = doc[j]
        if t.lower_ in {"and", "of", "for", "on", "the", "&", "-"} and j < end - 1:
            continue
        if not t.text[:1].isupper():
            return start
        letters = t.text[0] + letters
        if letters == acronym:
            return min(start, j)
        if not acronym.endswith(letters):
            return start
    return start


def _name_before_and(doc, start: int, end: int) -> int:
    """The start of a body's name with "and" inside that the recogniser cut at the "and": "Post and"
    + "Telecommunications Ministry", "the AU Peace and" + "Security Council"."""
    firm = doc[end - 1].lower_.strip(".") in lx.COMPANY_SUFFIXES
    of = next((i for i in range(start + 1, end - 1) if doc[i].lower_ == "of"), end)
    # (the body's noun may come before its "of": "the Gold and" + "Allied Mineworkers' Union of Zimbabwe")
    if not (doc[of - 1].lower_ in lx.ORGANIZATION_NOUNS or firm) or start < 2 or doc[start - 1].lower_ != "and":
        return start
    j = start - 2
    # a firm named after its founders: "Jones and" + "Vining Inc", the first surname tagged as a person
    surname = firm and doc[j].ent_type_ == "PERSON" and doc[j].ent_iob_ == "B" and (j + 1 == len(doc) or doc[j + 1].ent_iob_ != "I") \
        and (j == 0 or doc[j - 1].ent_type_ != "PERSON")
    # a firm whose name starts with a people's adjective: "British and" + "Commonwealth Shipping Plc"
    adjective = firm and doc[j].ent_type_ == "NORP" and doc[j].ent_iob_ == "B" and doc[j].text[:1].isupper() \
        and (j == 0 or not doc[j - 1].text[:1].isupper() and doc[j - 1].lower_ not in {"between", "and", ","})
    if adjective:
        return j
    if (doc[j].ent_type_ and not surname) or not (doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper()):
        return start  # (not "IBM and Trade Ministry")
    if surname:
        return j
    while j > 0 and doc[j - 1].pos_ == "PROPN" and doc[j - 1].text[:1].isupper() and doc[j - 1].ent_type_ in {"", "ORG"}:
        j -= 1
    return j


def _name_word_before(doc, start: int, end: int) -> bool:
    """Whether the word before a name the recogniser tagged from ``start`` to ``end`` is one more word of it: a
    capitalised proper noun the parser made a compound of the name, untagged, no title or role."""
    if start == 0:
        return False
    w = doc[start - 1]
    return w.pos_ == "PROPN" and w.dep_ == "compound" and start <= w.head.i < end and w.text[:1].isupper() \
        and not w.ent_type_ and w.lower_ not in lx.HONORIFICS | lx.TITLE_WORDS and w.lemma_.lower() not in lx.ROLE_NOUNS


def _name_syllable(tok) -> bool:
    """The part of a hyphenated given name after the hyphen ("seok" of "Min-seok"), not an English word
    that makes a compound of the name ("Minder-led", "Hovde-era", "Paris-based")."""
    return tok.lower_ not in lx.NAME_COMPOUND_WORDS and tok.pos_ not in {"VERB", "ADJ"} \
        and not tok.lower_.endswith(("ed", "ly", "ist", "ism", "ite"))  # (not "-ing": "Xi Jin-ping")


def _apposition_noun(doc, end: int) -> str:
    """The head noun of a description right after a name: "Anitkabir, the mausoleum of ..."
    (mausoleum), "the Raisina Dialogue, India's flagship geopolitics conference" (conference)."""
    if end + 2 >= len(doc) or doc[end].text != ",":
        return ""
    j = end + 1
    if doc[j].lower_ == "the":
        j += 1
    elif doc[j].pos_ == "PROPN" and j + 1 < len(doc) and doc[j + 1].tag_ == "POS":
        j += 2  # "India's"
    else:
        return ""
    while j < len(doc) - 1 and doc[j].dep_ in {"amod", "compound"} and doc[j].pos_ in {"ADJ", "NOUN", "PROPN"}:
        j += 1
    return doc[j].lower_ if j < len(doc) else ""


#: what follows a noun and still belongs to the article's words for it: complements, reduced relatives
_OWN_WORDS_DEPS = {"prep", "acl", "amod", "nummod", "compound", "npadvmod", "quantmod", "nmod"}
#: punctuation that ends a noun's own words ("an event hosted by the institute, at which ...")
_OWN_WORDS_STOP = {",", ";", ":", "(", ")", "\u2014", "\u2013", "--"}


def _dated(tok) -> bool:
    """A time phrase ("next month", "on Friday"): when a thing happens is not part of its name."""
    if tok.dep_ == "prep":
        return any(t.dep_ == "pobj" and t.ent_type_ in {"DATE", "TIME"} for t in tok.children)
    return tok.dep_ in {"npadvmod", "nmod", "compound"} and tok.head.pos_ != "PROPN" and tok.ent_type_ in {"DATE", "TIME"} \
        and tok.i > tok.head.i


def own_words(doc, head: int, limit: int = 20) -> list[str]:
    """The article's words for what a noun names, from its first word (article included) to the end of
    each complement in turn: "a meeting", "a meeting of foreign ministers", "a meeting of foreign
    ministers in Arusha"; "Next year's meeting"; "an event hosted by the institute". A relative clause,
    an apposition, a conjunct and whatever follows a comma or a bracket are not part of them.

    kg keeps these as hidden labels of an unnamed event: a reader searching for the event in the
    article's own words finds it; the graph still shows its short label.
    """
    tok = doc[head]
    start = min([tok.i, *(t.left_edge.i for t in tok.lefts if t.dep_ not in {"cc", "conj", "punct", "appos"})])
    while start < tok.i and doc[start].is_punct and doc[start].text not in {'"', "\u201c", "'"}:
        start += 1
    if any(doc[j].text in _OWN_WORDS_STOP for j in range(start, tok.i)):
        return []
    ends = [tok.i]
    for right in tok.rights:
        if right.dep_ not in _OWN_WORDS_DEPS or _dated(right):
            break
        end = right.right_edge.i
        inner = next((t for t in right.children if t.dep_ == "pobj"), None) if right.dep_ == "prep" else None
        if inner is not None and inner.i < end and inner.i > ends[-1]:
            ends.append(inner.i)  # "a meeting of foreign ministers" (in Arusha)
        clauses = [t.left_edge.i for t in right.subtree if t.dep_ in {"relcl", "appos", "advcl"}]
        # without a time phrase inside it too ("a forum hosted by the council" of "... on Friday"; but
        # "on the four-day week" the recogniser may call a date is a topic: both are kept)
        for t in right.subtree:
            if t.i != right.i and _dated(t) and ends[-1] < t.left_edge.i - 1 < min(clauses, default=len(doc)):
                ends.append(t.left_edge.i - 1)
        stops = [j for j in range(right.left_edge.i, end + 1) if doc[j].text in _OWN_WORDS_STOP]
        cut = min(clauses + stops, default=None)
        if cut is not None:
            end = cut - 1
        while end > tok.i and (doc[end].is_punct or doc[end].pos_ in {"CCONJ", "ADP", "DET"}):
            end -= 1
        if end > ends[-1]:
            ends.append(end)
        if cut is not None or end - start >= limit:
            break
    return [doc[start:end + 1].text for end in ends if end - start < limit]


def office_title_tokens(doc) -> set[int]:
    """The tokens of every span the recogniser called a body that is an office's title (:func:`office_title`): no name
    of anything, whole or in part."""
    return {i for e in doc.ents if e.label_ == "ORG" and office_title(doc, e) for i in range(e.start, e.end)}


def office_title(doc, ent) -> bool:
    """Whether a span the recogniser called a body is an office's title, or a piece of one, its holder named after it:
    "the Minister of Foreign Affairs, Marc Ati", "Interior" of "the Minister of the Interior, John Reimberg"."""
    role_first = ent[0].lower_ in lx.ROLE_NOUNS or ent[0].lower_ == "the" and len(ent) > 2 and ent[1].lower_ in lx.ROLE_NOUNS
    if role_first and any(t.lower_ == "of" for t in ent[:4]) and ent.end + 1 < len(doc) and doc[ent.end].text == "," \
            and doc[ent.end + 1].ent_type_ == "PERSON":
        return True
    return _portfolio_of_title(doc, ent.start, ent.end)


def _portfolio_of_title(doc, start: int, end: int) -> bool:
    """A name the recogniser cut out of an office's title, the holder named after it: "Interior" of "the Minister of
    the Interior, John Reimberg", "Human Mobility" of "the Minister of Foreign Affairs and Human Mobility, Gabriela
    Sommerfeld"."""
    if end + 1 >= len(doc) or doc[end].text != "," or doc[end + 1].ent_type_ != "PERSON" and not (
            doc[end + 1].lower_ in lx.PERSONAL_TITLES and end + 2 < len(doc) and doc[end + 2].ent_type_ == "PERSON"):
        return False
    before = doc[max(0, start - 8):start]
    office = [t for t in before if t.lower_ in lx.ROLE_NOUNS | PORTFOLIO_OFFICES and t.text[:1].isupper()]
    return bool(office) and all(t.text[:1].isupper() or t.lower_ in {"of", "the", "and", "for"}
                                for t in doc[office[-1].i:start])


def _hyphened_person(doc, start: int, end: int) -> bool:
    """A person's name with a hyphen in it: "Jean-Claude Juncker" (two first names, then a surname) or "Odile
    Renaud-Basso" (a first name, then a hyphened surname); not a firm's ("Mercedes-Benz Vans")."""
    words = [t.text for t in doc[start:end]]
    if len(words) != 4 or doc[start + 1].tag_ != "HYPH" and doc[start + 2].tag_ != "HYPH" \
            or any(t.whitespace_ for t in doc[start:end][1:3] if t.tag_ == "HYPH") \
            or not all(w.tag_ == "HYPH" or w.text[:1].isupper() and w.text[1:].islower()
                       and w.lower_ not in lx.ORGANIZATION_NOUNS | lx.FIRM_NAME_ENDINGS for w in doc[start:end]):
        return False
    if doc[start + 1].tag_ == "HYPH":  # "Jean-Claude Juncker": both halves first names
        return _first_name(words[0]) and is_first_name(words[2]) and not is_first_name(words[3])
    return _first_name(words[0])  # "Odile Renaud-Basso"


def _fields_after_and(doc, start: int, end: int) -> int:
    """The end of a body's name that goes on past the recogniser's span with "and" and more of the fields it is named
    for: "the Portfolio Committee" + "on Mineral and Petroleum Resources", "the Department of Mineral and" + "Petroleum
    Resources" (not "the Bank of England and Barclays": a second body); a dangling "and" is no part of a name. (Where
    the recogniser stopped before an untagged "and ...", :func:`_department_and_end` has run the name on already.)"""
    e = end - 1 if end - 1 > start and doc[end - 1].lower_ == "and" else end
    j = e
    if j + 1 < len(doc) and doc[j].lower_ in {"on", "of", "for"} and doc[e - 1].lower_ in lx.ORGANIZATION_NOUNS:
        j += 1  # "the Portfolio Committee" + "on Mineral ..."
        while j < len(doc) and j - e <= 4 and doc[j].text[:1].isupper() and doc[j].is_alpha:
            j += 1
        if j == e + 1:
            return e
    if not any(doc[k].lower_ in {"of", "on", "for"} for k in range(start + 1, j)) or j + 1 >= len(doc) or doc[j].lower_ != "and":
        return e
    k = j + 1
    while k < len(doc) and k - j <= 3 and doc[k].text[:1].isupper() and doc[k].is_alpha:
        k += 1
    tail = doc[j + 1:k]
    if not tail or tail[-1].lower_ not in lx.PORTFOLIO_WORDS \
            or any(t.lower_ in lx.ORGANIZATION_NOUNS - lx.PORTFOLIO_WORDS or t.ent_type_ in {"PERSON", "GPE"} for t in tail):
        return e
    return k


def ner_mentions(doc, gaz: Gazetteer) -> Iterator[Mention]:
    """Names found by spaCy's recogniser, with titles and pre-posed roles attached."""
    taken = -1  # last token used by a person name extended over the next entity
    # surnames of people named in full: "Jackson" after "Jesse Jackson" stays a person
    surnames = {next((t.text for t in reversed(e) if t.lower_ not in lx.NAME_SUFFIXES and t.text != ","), e[-1].text)
                for e in doc.ents if e.label_ == "PERSON" and len(e) > 1}
    person_words = {t.lower_ for e in doc.ents if e.label_ == "PERSON" and len(e) > 1 for t in e}
    bodies = {e.text for e in doc.ents if e.label_ == "ORG"}
    filed_from = dateline_tokens(doc)  # ("Santo Domingo.- President X": the dateline is no part of his title)
    places_named = {e.text for e in doc.ents if e.label_ in {"GPE", "LOC", "FAC"} or named_place_of(e.root)}
    # "the UK India Business Council", tagged as a country and a body: one body named after its country
    prefixed = {body.start: place.start for place, body in zip(doc.ents, doc.ents[1:]) if _place_prefixes_body(doc, place, body)}
    prefixes = set(prefixed.values())
    for ent in doc.ents:
        if ent.start in prefixes:
            continue  # (the country's name is the body's first words)
        if len(ent) > 1 and ent.label_ in {"PERSON", "ORG"} and ent[0].lower_ in lx.DAY_WORDS:
            ent = Span(doc, ent.start + 1, ent.end, label=ent.label_)  # "Tonight Frederiksen will attend": the time is no name
        kind = lx.NER_TYPES.get(ent.label_)
        if kind is None and ent.label_ in lx.THING_LABELS and gaz.is_country_name(ent.text):
            kind = "Place"  # "to visit Cyprus", the recogniser calling it a product: the country it names
        elif ent.label_ == "PERSON" and len(ent) > 1 and gaz.is_country_name(_text(doc, _strip_the(doc, ent.start, ent.end), ent.end)):
            kind = "Place"  # "Papua New Guinea and Australia will meet", the recogniser calling it a person
        if ent.label_ in lx.EVENT_NAME_LABELS and ent[-1].lemma_.lower() in lx.EVENT_NAME_HEADS and len(ent) > 1 \
                and not any(t.lower_ in _BODY_WORDS | {"for"} for t in ent[:-1]):  # (not "Institute for Strategic Dialogue")
            kind = "Event"  # a named event, whatever the recogniser called it
        elif kind == "Event" and ent[-1].lower_ in lx.OUTLET_WORDS | lx.NEWSPAPER_TITLES:
            kind = "Organization"  # "told the Atlanta Constitution": a newspaper, not an event
        if ent.label_ == "NORP" and len(ent) > 1 and ent.root.lower_ in lx.PARTY_MEMBERS and not gaz.country(ent.text):
            kind = "Organization"  # a political group named in the plural: "the Christian Democrats"
        elif ent.label_ == "NORP" and ent.text in bodies and not gaz.country(ent.text):
            kind = "Organization"  # "Unite officials" where the article names the union Unite elsewhere
        if kind == "Organization" and ent.root.tag_ in {"NNPS", "NNS"} and any(
                c.dep_ in {"det", "amod"} and c.lower_ in lx.SOME_OF
                for c in ent.root.children):
            continue  # "some Unionists": members of a group, not the group
        if kind is None or ent.start <= taken:
            continue
        if ent.label_ == "PERSON" and gaz.country(ent.text) and not gaz.is_country_name(ent.text) and ent.end < len(doc) \
                and doc[ent.end].lemma_.lower() in lx.ROLE_NOUNS | lx.TITLE_WORDS:
            continue  # "Sri Lankan President X": the title's people, no one's name
        if len(ent) == 1 and ent[0].lower_ in lx.OFFICER_ACRONYMS and ent.end < len(doc) and doc[ent.end].ent_type_ == "PERSON":
            continue  # "CEO Fiona Tasker": a title, no body
        if len(ent) == 1 and ent.text in lx.CAPITAL_STYLES:
            continue  # "HH the Amir welcomed his guest": a style of address (His Highness), no body
        if len(ent) == 1 and ent[0].lower_ in lx.TITLE_WORDS and ent.end < len(doc) and ent.label_ == "ORG" \
                and doc[ent.end].lower_ in lx.HONORIFICS and doc[ent.end].text[:1].isupper():
            continue  # "State Sen. Marcus Bell": the first word of a title, no body
        if ent.text.casefold() == "state" and ent.start >= 2 and doc[ent.start - 1].lower_ == "of" \
                and doc[ent.start - 2].lower_ == "head":
            continue  # "the Head of State": an office, no body
        if kind == "Organization" and _title_in_apposition(doc, ent):
            continue  # "Sheikh X, Deputy Ruler of Abu Dhabi and National Security Adviser": his offices, no bodies
        if kind == "Organization" and office_title(doc, ent):
            continue  # "the Minister of Foreign Affairs, Marc Ati", "the Minister of the Interior, Y": a title, no body
        if ent.root.tag_ in {"NNS", "NNPS"} and ent.root.i == ent.start and (
                ent.root.lemma_.lower() in lx.ROLE_NOUNS or ent.root.lower_.removesuffix("s") in lx.ROLE_NOUNS):
            continue  # "the two Heads of State", "Foreign Ministers": holders of an office, no body's name
        if kind == "Facility" and ent[-1].lower_ in lx.FIRM_NAME_ENDINGS and ent[-1].lower_.endswith("s"):
            kind = "Organization"  # "Azure Bay Hotels": a firm by its trade (not "the Hilton Hotel")
        start = prefixed.get(ent.start, _strip_the(doc, ent.start, ent.end))
        end = ent.end
        while end - 1 > start and doc[end - 1].text in {",", ";", ":"}:
            end -= 1  # "the Council of Ministers," tagged with the comma after it
        if kind in {"Organization", "Facility"} and start >= 3 and doc[start - 1].lower_ == "and" \
                and doc[start - 3].lower_ == "the" and doc[start - 2].text[:1].isupper() \
                and doc[start - 2].pos_ in {"PROPN", "ADJ", "NOUN"} and doc[start - 2].ent_type_ in {"", "NORP"} \
                and not doc[start - 2].text.isupper() and not gaz.country(doc[start - 2].text):  # (not "the IMF and World Bank")
            start -= 2  # "the Marine and Freshwater Research Institute": one body's name, its first field tagged apart
        if kind == "Person" and end + 2 < len(doc) and doc[end + 1].text == "-" and not doc[end].whitespace_ \
                and not doc[end + 1].whitespace_ and doc[end].text[:1].isupper() and doc[end + 2].text[:1].isupper() \
                and doc[end].pos_ == "PROPN" and doc[end].lower_ not in lx.ORGANIZATION_NOUNS \
                and (end + 3 == len(doc) or not (doc[end + 3].text[:1].isupper() and doc[end + 3].pos_ == "PROPN")):
            end, taken = end + 3, max(taken, end + 2)  # "Jane Naana" + "Opoku-Agyemang": a hyphenated surname tagged apart
        if kind == "Place" and start == ent.start and start > 0 and (w := doc[start - 1]).dep_ == "compound" \
                and w.head.i in range(start, end) and w.pos_ == "PROPN" and not w.ent_type_ and w.is_title \
                and w.lower_ not in lx.ROLE_NOUNS | lx.HONORIFICS | lx.ORGANIZATION_NOUNS | lx.FIRM_NAME_ENDINGS \
                and _text(doc, start - 1, end) in places_named:
            start -= 1  # "in Paso Canoas", the recogniser tagging "Canoas" only here but the whole name elsewhere
        if kind in {"Place", "Country"} and end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
                and not doc[end].whitespace_ and doc[end + 1].text[:1].isupper() and gaz.country(_text(doc, start, end + 2)):
            end, taken = end + 2, max(taken, end + 1)  # "Timor-Leste", "Guinea-Bissau": a country the tagger cut at its hyphen
        if kind == "Organization" and (more := _fields_after_and(doc, start, end)) != end:
            end, taken = more, max(taken, more - 1)  # "the Portfolio Committee" + "on Mineral and Petroleum Resources"
        comma = next((i for i in range(start + 1, end - 1) if doc[i].text == ","), None)
        if comma is not None and any(t.lower_ in lx.OUTLET_WORDS for t in doc[comma + 1:end]):
            # "a meeting with Nakasone, Kyodo News Service said", tagged as one: the name, not the agency that told
            end = comma
            kind = "Person" if ner_person_elsewhere(doc, doc[start:end].text) else kind
        if comma is not None and kind == "Organization" and 2 <= end - comma - 1 <= 4 \
                and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in doc[comma + 1:end]) \
                and (root := doc[end - 1]).dep_ == "appos" and (not start <= root.head.i < comma or root.head.i == start
                                                                 and doc[start].lower_ in lx.ROLE_NOUNS | {"chair"}) \
                and not any(t.lower_ in lx.ORGANIZATION_NOUNS | lx.FIRM_NAME_ENDINGS for t in doc[comma + 1:end]):
            # "Togo's President of the Council, Faure Gnassingbé", tagged as one: the name after the title's comma
            start, kind = comma + 1, "Person"
        cut = next((span.end for span in doc.spans.get("kg_datelines", []) if span.start <= start < span.end < end), None)
        if cut is not None:
            start = _strip_the(doc, cut, end)  # "RENWICK, Ind. - Tessaron Battery Systems", tagged as one: the name after
            # the dateline ("Pelham, Nov. 12, Reuters - Lena Fisk", tagged a body: a person's name after it)
            if kind == "Organization" and 2 <= end - start <= 3 and _first_name(doc[start].text) \
                    and all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.text[1:].islower() for t in doc[start:end]):
                kind = "Person"
        if kind == "Organization" and _hyphened_person(doc, start, end):
            kind = "Person"  # "Jean-Claude Juncker", "Odile Renaud-Basso": the recogniser takes a hyphened name for a body's
        # "travelled to Tarrawong with Emergency Management Minister X", tagged as one: the name ends before a phrase
        # the parser hangs on a verb outside it
        # (only prepositions no body's name is made with: "the China Council for the Promotion of ..." stays whole)
        # (or a common noun outside it: "a visit by the head of the Government of the Republic to the Autonomous
        # Region"; "submit the law to the Assembly of the Republic by June": "by June" the verb's)
        end = next((i for i in range(start + 1, end) if doc[i].dep_ in {"prep", "agent"}
                    and (doc[i].lower_ in {"with", "to", "from", "into"}
                         or doc[i].lower_ == "by" and any(t.ent_type_ in {"DATE", "TIME"} or t.lower_ in lx.WEEKDAYS
                                                          or t.lower_.rstrip(".") in MONTHS for t in doc[i].children))
                    and not start <= doc[i].head.i < end and doc[i].head.pos_ in {"VERB", "AUX", "NOUN"}), end)
        if kind == "Place" and end < len(doc) and doc[end].text[:2] in {"d'", "d’"} and doc[end].ent_iob_ == "B" \
                and len(doc[end].text) > 3 and doc[end].text[2].isupper():
            end += 1  # "Cortina" + "d'Ampezzo" (tagged a person): one place
            taken = end - 1
        if ent.label_ == "GPE" and end - start == 1 and end < len(doc) and doc[end].ent_iob_ == "B" \
                and doc[end].ent_type_ == "GPE" and doc[start].dep_ == "compound" and doc[start].head.i >= end \
                and not _place_kind(doc[start].text, gaz) and not gaz.is_region(doc[start].text):
            # "Paso" + "Canoas", tagged as two places: one, its first word no place of its own
            end = next(e.end for e in doc.ents if e.start == end)
            taken = end - 1
        bracket = next((i for i in range(start, end) if doc[i].text == "("), None)
        if bracket is not None and bracket > start and not any(doc[i].text == ")" for i in range(bracket, end)):
            end = bracket  # "the Group of Seven (G-7": the name, without the acronym cut at its bracket
        if end - start > 1 and doc[start].lower_ in lx.WIRE_AGENCIES and _place_kind(_text(doc, start + 1, end), gaz):
            start += 1  # "sources told Reuters Taiwan and the U.S. have held talks": the agency told, Taiwan talked
            kind = _place_kind(_text(doc, start, end), gaz)
        if start > 0 and doc[start - 1].text[:1].isupper() and (gaz.is_region(_text(doc, start - 1, end))
                                                             or gaz.is_city(_text(doc, start - 1, end))):
            start, kind = start - 1, "Place"  # "Prince" + "Edward Island": a province, the title word its own
        if (kind == "Event" or kind == "Organization" and doc[end - 1].lower_ in lx.EVENT_NOUNS | lx.EVENT_NAME_HEADS) \
                and start > 0 and lx.YEAR.fullmatch(doc[start - 1].text) and doc[start - 1].dep_ in {"nummod", "compound", "amod"}:
            start -= 1  # "the 2034 World Cup", "the 2027 General Assembly", the year tagged as a date of its own
        # a lower-case adjective or determiner the recogniser took in: "the next Organization of ..."
        while kind != "Person" and start < end - 1 and doc[start].pos_ in {"ADJ", "DET"} and doc[start].text.islower() \
                and not lx.ORDINAL.fullmatch(doc[start].text):  # ("the 55th Congress" keeps its number)
            start += 1
        # newswire markup around company names: "<MAI Plc>"
        while start < end and doc[start].text in {"<", ">"}:
            start += 1
        while end > start and doc[end - 1].text in {"<", ">"}:
            end -= 1
        # "coffee exporter Dharyono" (GPE) + "Kertosastro": a person's name, cut short and mistyped
        if kind in {"Place", "Organization"} and end - start == 1 and end < len(doc) and doc[start].dep_ == "compound" \
                and doc[start].head.i == end and doc[end].pos_ == "PROPN" and not doc[end].ent_type_ \
                and doc[end].text[:1].isupper() and doc[end].text[1:].islower() \
                and start > 0 and doc[start - 1].pos_ == "NOUN" and doc[start - 1].lemma_.lower() in lx.PERSON_ROLES \
                and not gaz.country(doc[start].text) and not gaz.capital_of(doc[start].text):
            kind, end = "Person", end + 1
            taken = end - 1
        # "Sadiq" (GPE) + "Khan" (PERSON): a first name the recogniser took for a place no gazetteer knows
        if kind == "Place" and end - start == 1 and end < len(doc) and doc[start].dep_ == "compound" \
                and doc[end].ent_iob_ == "B" and doc[end].ent_type_ == "PERSON" \
                and doc[start].text[:1].isupper() and doc[start].text[1:].islower() \
                and (name_end := next(e.end for e in doc.ents if e.start == end)) > doc[start].head.i >= end \
                and not (gaz.country(doc[start].text) or gaz.is_city(doc[start].text) or gaz.is_region(doc[start].text)
                         or gaz.is_town(doc[start].text)):
            kind, end = "Person", name_end
            taken = end - 1
        # "Ursula von der" + "Leyen": a name whose compound chain goes on past the entity
        while kind == "Person" and end < len(doc) and doc[end - 1].dep_ == "compound" \
                and end <= doc[end - 1].head.i < end + 3 and all(
                    t.pos_ == "PROPN" and t.lower_ not in lx.TITLE_WORDS | lx.HONORIFICS and t.lemma_.lower() not in lx.PERSON_ROLES
                    and t.ent_type_ not in {"DATE", "TIME"} for t in doc[end:doc[end - 1].head.i + 1]):
            end = doc[end - 1].head.i + 1  # "Ursula von" + "der Leyen"
            taken = end - 1
        # "Kim Min" + "-seok": a hyphenated given name the tokenizer cut, the rest left out of the name
        if kind == "Person" and end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
                and not doc[end].whitespace_ and doc[end + 1].text.isalpha() and doc[end + 1].text.islower() \
                and doc[end + 1].ent_type_ in {"", "PERSON"} and _name_syllable(doc[end + 1]):
            end += 2
            taken = end - 1
        # "Ursula von der" + "Leyen" (tagged a place): a name never ends in a particle
        while kind == "Person" and end < len(doc) and doc[end - 1].lower_ in lx.NAME_PARTICLES \
                and (doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper()
                     or doc[end].text in lx.NAME_PARTICLES and end + 1 < len(doc) and doc[end + 1].text[:1].isupper()):
            end += 1  # ("Ursula von" + "der" + "Leyen": a run of particles, the last outside every name)
            taken = end - 1
        if kind in {"Organization", "Facility"} and doc[end - 1].lower_ in lx.SITE_NOUNS and doc[end - 1].text[:1].isupper() \
                and end + 2 < len(doc) and doc[end].lower_ in {"to", "of"} \
                and (nxt := doc[end + 2] if doc[end + 1].lower_ == "the" else doc[end + 1]).text[:1].isupper() \
                and nxt.pos_ == "PROPN" and nxt.ent_type_ not in {"GPE", "PERSON", "DATE"} and nxt.tag_ != "VB" \
                and not _title_case(ent.sent):
            # "the Monument to National Heroes and Martyrs", "the Tomb of the Unknown Soldier": the name goes on (not
            # past "and" into another name: "... and Tom Baxter laid", "... and Velt Palace")
            last = end + 1
            while last + 1 < len(doc) and (doc[last + 1].text[:1].isupper() and doc[last + 1].pos_ == "PROPN"
                                           and (doc[last + 1].ent_type_ not in {"PERSON", "GPE"} or doc[last + 1].ent_iob_ == "I")
                                           or doc[last + 1].lower_ in {"the", "of"} and last + 2 < len(doc)
                                           and doc[last + 2].text[:1].isupper() and doc[last + 2].pos_ == "PROPN"
                                           or doc[last + 1].lower_ == "and" and _one_more_word(doc, last + 2)):
                last += 2 if doc[last + 1].lower_ == "and" else 1
            kind, end, taken = "Facility", last + 1, last
        if kind == "Organization" and doc[end - 1].text in {"Local", "Lodge", "Branch"} and end < len(doc) \
                and doc[end].text.isdigit():
            end, taken = end + 1, end  # "UAW Local 140", "Teamsters Local 727": a union local is named by its number
        if kind == "Organization" and 2 <= end - start <= 4 and doc[start].lower_ in _TITLES_BEFORE_NAMES \
                and all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.lower_ not in lx.ORGANIZATION_NOUNS | lx.TITLE_WORDS
                        | lx.FIRM_NAME_ENDINGS | lx.SITE_NOUNS | lx.COMPANY_SUFFIXES for t in doc[start + 1:end]):
            kind = "Person"  # "hosted by PM Chinh", tagged a body: a title and a name are a person
        # "Shaikh Salman" + "bin Ebrahim Al Khalifa" (tagged two people): a name goes on with "bin", "bint", "ibn"
        while kind == "Person" and end + 1 < len(doc) and doc[end].text in {"bin", "bint", "ibn", "binti"} \
                and doc[end + 1].pos_ == "PROPN" and doc[end + 1].text[:1].isupper():
            end += 2
            while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() \
                    and doc[end].ent_type_ in {"", "PERSON"} and doc[end].lower_ not in lx.TITLE_WORDS:
                end += 1
            taken = end - 1
        # "Smt. Droupadi" + "Murmu" (tagged a body): a personal title before the name's first words makes it a person's
        if kind in {"Organization", "Place"} and end - start == 1 and start > 1:
            first = start
            while first > 0 and doc[first - 1].pos_ == "PROPN" and doc[first - 1].dep_ == "compound" \
                    and start <= doc[first - 1].head.i < end and not doc[first - 1].ent_type_ \
                    and doc[first - 1].lower_ not in lx.HONORIFICS and doc[first - 1].text[:1].isupper():
                first -= 1
            if first < start and first > 0 and doc[first - 1].lower_ in lx.PERSONAL_TITLES:
                kind, start = "Person", first
        # "Samia Suluhu" + "Hassan": given names the recogniser left out, compounds of the name (not the department
        # of "Minister of Employment Arto Satonen", nor "National Security Adviser" before "Jake Sullivan")
        while kind == "Person" and _name_word_before(doc, start, end) \
                and not (start > 1 and doc[start - 2].lower_ in {"of", "for", "and", "&"}
                         and _title_with_phrase_before(doc, start) is not None):
            start -= 1
        # "Granite" + "Crest Properties": a firm's first name the recogniser left out, a compound of the name
        if kind == "Organization" and doc[end - 1].lower_ in lx.FIRM_NAME_ENDINGS | lx.COMPANY_SUFFIXES:
            while _name_word_before(doc, start, end) and not gaz.country(doc[start - 1].text):
                start -= 1
        body = kind in {"Place", "Country"} and _body_named(doc, start, end, gaz)
        if body:
            kind = "Organization"  # "the Sikh Federation UK": a body, whatever the recogniser thought
            if end < len(doc) and doc[end].ent_type_ == "GPE" and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i == end \
                    and (end + 1 == len(doc) or doc[end + 1].ent_iob_ != "I"):
                end += 1  # its country branch is part of its name: "Sikh Federation UK"
                taken = end - 1
        if kind in {"Place", "Country", "Organization"} and not body and not gaz.is_country_name(_text(doc, start, end)):
            parts = _two_places(doc, start, end, gaz)
            if parts:  # "Kharkiv and Odesa" tagged as one place
                yield from parts
                continue
        if kind == "Organization" and (named := _titled_person_start(doc, start, end)):
            kind, start = "Person", named  # "EC Commissioners Willy de Clercq": a titled person, not a body
        if kind in {"Organization", "Place", "Country", "Person"} and (split := _country_then_name(doc, start, end, gaz)):
            yield from split  # "President of Mongolia Ukhnaagiin Khurelsukh", the country and name tagged as one
            continue
        if kind in {"Organization", "Person"} and (held := _republic_then_name(doc, start, end)) is not None:
            # "President of the Republic Kais Saied" tagged as one body: the president
            yield Mention(start + 1, end, _text(doc, start + 1, end), _text(doc, held, end), "Person", end - 1,
                          role_name(doc[held]))
            continue
        title = _title_before(doc, start) if kind in {"Organization", "Person"} else None
        if title is None and kind in {"Organization", "Person"}:
            title = _title_before_portfolio_list(doc, start)
        if title is not None and (named := _portfolio_then_name(doc, start, end)) is not None:
            # "Minister for Bougainville Affairs Manasseh Makiba" tagged as one: the holder, not a body
            yield Mention(named, end, _text(doc, named, end), _text(doc, title, end), "Person", end - 1,
                          role_name(doc[title]) if doc[title].lemma_.lower() in lx.ROLE_NOUNS else None)
            continue
        if title is not None and kind == "Organization" and (named := _name_after_portfolio_comma(doc, start, end)) is not None:
            # "the Minister of Maritime Economy, Edem Kokou Tengue" tagged "Maritime Economy, Edem": the holder
            first, last = named
            yield Mention(first, last, _text(doc, first, last), _text(doc, title, last), "Person", last - 1,
                          role_name(doc[title]) if doc[title].lemma_.lower() in lx.ROLE_NOUNS else None)
            taken = max(taken, last - 1)
            continue
        if kind in {"Place", "Country"} and (holder := _untagged_holder_after(doc, start, end, gaz)) is not None:
            yield holder  # "Prime Minister of the Kingdom of Thailand Anutin Charnvirakul", the name left untagged
            taken = max(taken, holder.end - 1)
        if kind in {"Organization", "Person"} and (cut := _name_of_country(doc, start, end, gaz)):
            kind, end = "Person", cut  # "Presidents A of Argentina and Yamandu Orsi of Uruguay", tagged as one
        if kind == "Person" and (split := _two_people(doc, start, end)):
            yield from split  # "Landes and Schwartz" tagged as one person
            continue
        if kind == "Organization" and (split := _two_bodies(doc, start, end)):
            yield from split  # "the IMF and World Bank" tagged as one body
            continue
        if kind == "Organization" and (split := _country_then_holder(doc, start, end, gaz)):
            yield from split  # "President of the Kyrgyz Republic Sadyr Japarov" tagged as one body
            continue
        if kind == "Organization" and (run_on := _department_and_end(doc, start, end)) > end:
            end, taken = run_on, max(taken, run_on - 1)  # "the Department of Public Works and Highways"
        if kind in {"Organization", "Place", "Country", "Person"}:
            listed = _listed_name_end(doc, start, end)
            if listed > end:  # "the British Biscuit, Cake, Chocolate and Confectionery Alliance"
                kind, end, taken = "Organization", listed, listed - 1
        if kind == "Organization" and end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].like_num \
                and doc[end - 1].lower_ in lx.ORGANIZATION_NOUNS and doc[end - 1].text[:1].isupper():
            end += 2  # "the Group of 24 developing countries": the number is part of the body's name
            taken = max(taken, end - 1)
        if kind == "Organization":
            end = _defined_acronym_end(doc, start, end)
            taken = max(taken, end - 1)
            start = _name_before_and(doc, start, end)
        if kind == "Organization" and doc[end - 1].tag_ == "POS" and end < len(doc) and doc[end].pos_ == "PROPN" \
                and doc[end].text[:1].isupper() and doc[end].lemma_.lower() in lx.ORGANIZATION_NOUNS \
                and not doc[end].ent_type_:
            end += 1  # "the Eastgate Tenants'" + "Alliance": the body's noun after the possessive is its name's
            taken = max(taken, end - 1)
        while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].lower_ in {"of", "and", "the", "to", "for"}
                               and not doc[end - 2].text.endswith("-")):
            end -= 1  # (and a preposition the recogniser ran on to: "Marshall Goldman of")
        if kind in {"Organization", "Event", "Facility"} and (held_in := _gathering_in_place(doc, start, end, gaz)):
            place_kind = "Country" if gaz.is_country_name(_text(doc, held_in + 1, end)) else "Place"
            yield Mention(held_in + 1, end, _text(doc, held_in + 1, end), _text(doc, held_in + 1, end), place_kind, end - 1)
            kind, end, taken = "Event", held_in, max(taken, end - 1)  # "the Western Premiers' Conference in Winnipeg"
        # "Conservative MP Kemi Badenoch", tagged as one: the name starts after the seat
        seat = max((i for i in range(start, end - 1) if doc[i].text in lx.POST_NOMINALS), default=None) \
            if kind == "Person" else None
        if seat is not None:
            start = seat + 1
        # honorifics and titles inside the entity: "Mr Trump", "Trade Representative Michael Smith"
        titled_from = start
        while kind == "Person" and start < end - 1 and (title_word(doc, start) or doc[start].lower_ in lx.TITLE_WORDS):
            start += 1
        if all(title_word(doc, w.i) for w in doc[titled_from:end]) \
                and any(w.lower_ in lx.STYLES or ruler_title(doc, w.i) for w in doc[titled_from:end]) \
                and (end - titled_from > 1 or doc[titled_from].lower_ in lx.STYLES):
            continue  # "His Highness", "the Amir Sheikh" before the name: a style, no name (but "the Bishop", "Lord King" are)
        if kind == "Person" and end - start >= 3 and start >= 2 and doc[start - 1].lower_ in {"for", "of"} \
                and doc[start - 2].lemma_.lower() in lx.ROLE_NOUNS and doc[start - 2].text[:1].isupper() \
                and not is_first_name(doc[start].text) and (doc[start - 1].lower_ == "for" or doc[start].lower_ in lx.TITLE_WORDS):
            start += 1  # "Minister for Aviation Michael Spicer": the department is the title's, not the name's
        name = _text(doc, start, end)
        if kind == "Person" and end - start >= 2 and doc[end - 1].text in lx.POST_NOMINALS:
            name = _text(doc, start, end - 1)  # "Ruth Cadbury MP": the seat is not part of the name
        if not name or not any(ch.isalpha() for ch in name) or not any(ch.isupper() for ch in name):
            continue  # a name has a capital letter; "cts" is not one
        if kind == "Organization" and doc[end - 1].lower_ in lx.AMOUNT_UNITS and start > 0 and doc[start - 1].like_num:
            continue  # "shares of one U.S. Cent par-value": an amount, not a body
        if end - start == 1 and (doc[start].lower_ in lx.ROLE_NOUNS | lx.ROYAL_TITLES
                                 or lx.group_role(doc[start].lower_)) \
                and start > 0 and doc[start - 1].lower_ == "the":
            continue  # "received by the King", "the Premiers called on": a role (resolved to who holds it), not a name
        if kind == "Organization" and end - start > 1 and doc[end - 1].lemma_.lower() in lx.GOVERNMENT_NOUNS \
                and (country := gaz.country(_text(doc, start, end - 1))):
            kind, name = "Country", country  # "the Japanese Government": the country (GUIDELINES)
        if end - start == 1 and doc[start].pos_ == "ADJ" and kind == "Organization":
            if doc[start].lower_ not in lx.BODY_ADJECTIVES:
                continue  # an adjective is no name ("Federal")
            name = lx.BODY_ADJECTIVES[doc[start].lower_]  # "Congressional approval": Congress
        # (not a particle between two words of a name the tagger read as a verb: "Ordem dos Advogados do Brasil")
        verb = next((i for i in range(start, end) if doc[i].pos_ in {"VERB", "AUX"} and doc[i].text.islower()
                     and not (doc[i].lower_ in lx.ROMANCE_PARTICLES and start < i < end - 1 and doc[i + 1].text[:1].isupper())), None)
        if verb is not None:
            # a stretch of sentence, not a name: "Okafor told Trade and Industry"; but a body's name the
            # recogniser ran on into its verb keeps its words: "the Securities and Exchange Commisssion ordered Dixons"
            if kind != "Organization" or sum(1 for t in doc[start:verb] if t.text[:1].isupper()) < 2 \
                    or not doc[verb - 1].text[:1].isupper():
                continue
            end = verb
            name = _text(doc, start, end)
        if lx.TICKER.fullmatch(name):
            continue  # a stock ticker in newswire markup: "<XYZ.N>"
        if kind != "Person" and _sides(name, gaz):
            continue  # "U.S.-Japan", "EC-Japan" (talks): two sides, not a name
        if kind != "Person" and gaz.country(name) and not gaz.is_country_name(name):
            continue  # a demonym tagged as a place: "Ukrainian"
        if kind != "Person" and (start > 0 and (doc[start - 1].lower_ in lx.PERSONAL_TITLES | lx.ROYAL_TITLES
                                                or doc[start - 1].text in lx.CAPITAL_STYLES)
                                 or (doc[start].lower_ in lx.PERSONAL_TITLES | lx.ROYAL_TITLES | lx.ADDRESS_STYLES
                                     or doc[start].text in lx.CAPITAL_STYLES)
                                 and end - start > 1) \
                and not gaz.is_region(name) and not gaz.is_city(name):  # (not "Prince Edward Island")
            kind = "Person"  # "Mr Vohor", whatever the recogniser thought
            while start < end - 1 and (title_word(doc, start) and doc[start + 1].lower_ != "of"
                                       or doc[start].lower_ in {"and", "&"}):
                start += 1  # ("the Prince and Princess of Wales": no name starts with "and" or "of")
            name = _text(doc, start, end)
        if kind == "Person" and end - start > 1 and doc[start].lower_ in lx.BUILDING_FIRST_WORDS and doc[start].text[:1].isupper() \
                and not (start > 0 and doc[start - 1].lower_ in lx.HONORIFICS):
            kind = "Facility"  # "Palazzo Chigi", "Palais Schaumburg": a building the recogniser took for a person
        if kind in {"Person", "Organization"} and _storm(doc, start, end):
            kind = "Event"  # "Hurricane Melissa", "Typhoon Haiyan": a storm, not a person
        if kind == "Person" and _venue_of_event(doc, start, end):
            kind = "Facility"  # "a welcoming ceremony at Dataran Perdana": where an event is held, not a person
        if kind == "Person" and end - start == 1 and doc[start].text.isupper() and len(doc[start]) >= 3 \
                and doc[start].text in bodies:
            kind = "Organization"  # "KMPDU said", an acronym the recogniser took for a person, a body elsewhere
        if kind == "Person" and end - start == 1 and _names_site(doc[start], person_words):
            kind = "Facility"  # "the Akorda presidential palace": a building's name, not a person's
        if kind == "Person" and end - start == 1 and start > 0 and doc[start - 1].pos_ == "NOUN" \
                and doc[start - 1].lemma_.lower() in lx.ORGANIZATION_NOUNS | lx.COMPANY_NOUNS | lx.SERVICE_NOUNS \
                and doc[start - 1].text.islower() and doc[start].lower_ not in person_words:
            kind = "Organization"  # "the conciliation service Acas", "the regulator Ofcom": a body named after what it is
        if kind == "Person" and end - start > 1 and doc[end - 1].lower_ in lx.FIRM_NAME_ENDINGS \
                and doc[end - 1].text[:1].isupper() and not (start > 0 and doc[start - 1].lower_ in lx.HONORIFICS):
            kind = "Organization"  # "Kiriyama Metals", "Greyfell Partners": a firm the recogniser took for a person
        if (kind == "Person" or kind == "Organization" and doc[end - 1].lower_ in lx.SITE_NOUNS | lx.MONUMENT_WORDS) \
                and _tribute_site(ent.root):
            kind = "Facility"  # "paid homage at Varna Ghat", the recogniser calling it a body (not "at the United Nations")
        if kind in {"Person", "Organization", "Facility"} and end - start > 1 and doc[end - 1].text[:1].isupper() \
                and doc[end - 1].lower_ in lx.LANDFORMS and not _first_name(doc[start].text) and _where_one_goes(ent.root) \
                and not (start > 0 and doc[start - 1].lower_ in lx.HONORIFICS) \
                and not any(e.label_ == "ORG" and e.text.startswith(_text(doc, start, end) + " ") for e in doc.ents):
            # "Thornbury Marsh", "Lake Kivu" read as a person or a building: a place (not "John Hill", nor "Kestrel Bay"
            # of "Kestrel Bay Capital")
            kind = "Place"
        if kind in {"Organization", "Place"} and _titled_person(doc, start, end, gaz):
            kind, start = "Person", start + 1  # "The Taoiseach Micheál Martin", tagged as a body: a titled person
            name = _text(doc, start, end)
        if kind in {"Organization", "Place"} and _person_by_role(doc, start, end, gaz):
            kind = "Person"  # "coffee exporter Dharyono Kertosastro", "Planning chief Ivan Petrov"
        elif kind == "Organization" and _person_by_name(doc, start, end, gaz) \
                or kind in {"Place", "Facility"} and _after_country_possessive(doc, start, gaz) \
                and (_person_by_name(doc, start, end, gaz) or _listed_with_leaders(doc, start, end, gaz)):
            kind = "Person"  # "Olaf Scholz spoke ... He later ...", tagged as a body; "Paraguay's Santiago Pena"
        surface_start = start
        role = country = other_role = None
        if kind == "Person":
            # "Mr", "Sir", "President", "French president", "Prime Minister" before the name
            while surface_start > 0:
                prev = doc[surface_start - 1]
                is_role = prev.lemma_.lower() in lx.ROLE_NOUNS and prev.dep_ == "compound"
                if not (is_role or prev.lower_ in lx.HONORIFICS and prev.pos_ in {"PROPN", "NOUN"}):
                    break
                surface_start = prev.i
                if is_role:
                    role = role_name(prev)
                    country = country or lx.ROLE_COUNTRIES.get(prev.lower_)
                    for mod in prev.lefts:  # ("New Zealand Prime Minister", "Sri Lankan President": the words of the modifier)
                        country = country or gaz.country(mod.text) or gaz.country(_text(doc, mod.left_edge.i, mod.i + 1))
                    surface_start = min([prev.i, *(m.left_edge.i for m in prev.lefts if m.i < prev.i and m.ent_type_ != "DATE"
                                                       and m.i not in filed_from
                                                       and not any(x.is_punct or x.ent_type_ == "DATE" for x in m.subtree))])
            j = surface_start
            while role and j > 0 and (prev := doc[j - 1]).dep_ in {"compound", "amod"} \
                    and prev.head.i in range(start, end) and (prev.ent_type_ == "NORP" or prev.lower_ in {"crown", "vice", "deputy"}):
                j = prev.i  # "Saudi Crown Prince X": the title's country, which the parser hung on the name
                country = country or (gaz.country(prev.text) if prev.ent_type_ == "NORP" else None)
            if role and country is None:  # "Solomon Islands Prime Minister X", the parser hanging the country elsewhere
                country = next((gaz.country(words) for n in (4, 3, 2, 1)
                                if surface_start - n >= doc[surface_start].sent.start
                                and all(t.is_alpha and t.text[:1].isupper() for t in doc[surface_start - n:surface_start])
                                and gaz.is_country_name(words := _text(doc, surface_start - n, surface_start))), None)
            if role is None and (titled := _title_with_phrase_before(doc, start)) is not None:
                role = role_name(titled)  # "UN High Commissioner for Refugees Barham Salih" ... "the High Commissioner"
                # "Minister for Foreign Affairs of Japan Toshimitsu Motegi": the country the phrase ends with
                of = max((t.i for t in doc[titled.i + 1:start] if t.lower_ == "of"), default=None)
                country = gaz.country(_text(doc, of + 1, start)) if of is not None and of + 1 < start else None
                first = min([titled.i, *(t.i for t in titled.lefts if t.dep_ == "compound")])  # ("Deputy Prime Minister")
                demonym = next((t for t in doc[max(0, first - 1):titled.i] if t.ent_type_ == "NORP"), None)
                if country is None and demonym is not None:
                    country = gaz.country(demonym.text)  # "Hungarian Minister of Foreign Affairs and Trade X"
                elif country is None and first > 1 and doc[first - 1].tag_ == "POS":
                    country = gaz.country(doc[first - 2].text)  # "Oman's Deputy Prime Minister for Defence Affairs X"
            if role and (role in lx.LEADER_ROLES or role.endswith("minister") or role in {"vice president", "crown prince"}) \
                    and country is None and end + 1 < len(doc) and doc[end].lower_ == "of":
                # "King Fahd of Saudi Arabia", "President Kassym-Jomart Tokayev of Kazakhstan": the title's country, the
                # whole "of" phrase (not "of the Chile Football Federation"; not a governor's or mayor's "of Georgia")
                country = next((k for j in range(end + 2, min(end + 6, len(doc)) + 1)
                                if (j == len(doc) or doc[j].pos_ != "PROPN" and doc[j].tag_ != "POS")
                                and (k := gaz.country(_text(doc, end + 1, j)))), None)
            if role and surface_start >= 2 and doc[surface_start - 1].lower_ == "and" \
                    and doc[surface_start - 2].lemma_.lower() in lx.ROLE_NOUNS and doc[surface_start - 2].text[:1].isupper():
                other_role = role_name(doc[surface_start - 2])  # "Saudi Crown Prince and Prime Minister Mohammed bin Salman"
                country = country or next((k for t in doc[surface_start - 2].lefts if t.ent_type_ == "NORP"
                                           and (k := gaz.country(t.text))), None)
        elif kind == "Place" and gaz.is_country_name(name):
            kind = "Country"
        if kind == "Person" and end - start >= 2 and doc[end - 1].text == "City":
            kind = "Place"  # "Ho Chi Minh City", "Quezon City": no one's name ends in "City"
        elif kind == "Person" and end - start == 1 and surface_start == start and name not in surnames \
                and (gaz.is_city(name) or gaz.is_country_name(name) or _destination(doc[start])
                     or _origin(doc[start]) and gaz.is_town(name) or named_place_of(doc[start])
                     or _town_at_site(doc[start], name, gaz) or _visited_where(doc[start])
                     or doc[start].dep_ == "dobj" and doc[start].head.lemma_.lower() in lx.VISIT_VERBS and gaz.is_town(name)
                     and not _described_as_someone(doc[start])):
            # "visited Kyiv": a city GeoNames knows, not a person; "travelled to Sandringham": where one goes
            kind = "Country" if gaz.is_country_name(name) else "Place"
        elif kind == "Person" and 2 <= end - start <= 3 and surface_start == start and name not in surnames \
                and (not _first_name(doc[start].text) or gaz.is_city(name) and _destination(doc[end - 1])) \
                and (_destination(doc[end - 1]) or _visited_where(doc[end - 1]) or gaz.is_city(name) and (
                    _coordinated_with_place(ent.root, gaz) or ent.root.dep_ == "pobj" and ent.root.head.lower_ in {"in", "to", "near"}
                    or ent.root.dep_ == "dobj" and ent.root.head.lemma_.lower() in {"visit", "tour"})) \
                and not (start > 0 and doc[start - 1].lower_ in lx.HONORIFICS) and not _shares_a_person_word(doc, start, end, ent.start):
            # "is to travel to Quang Ngai": where one goes; "communes in Hue and Da Nang": a city GeoNames knows
            kind = "Place"
        elif kind == "Organization" and gaz.is_country_name(name):
            kind = "Country"
        elif kind in {"Person", "Organization"} and surface_start == start and _place_of_office(ent.root, gaz):
            kind = "Place"  # "the Mayor of Greater Tarrawong, Ida Berg", the recogniser saying ORG: the place she runs
        elif kind == "Organization" and end - start == 1 and (gaz.is_city(name) and _destination(ent.root)
                                                              or _town_at_site(ent.root, name, gaz)
                                                              or _unknown_town_at_site(ent.root, name)):
            kind = "Place"  # "will travel to Chisinau", "the factory at Kisumu", the recogniser saying ORG: a place GeoNames knows
        elif kind == "Person" and end - start > 1 and doc[end - 1].lower_ in lx.NEVER_SURNAME_BODIES:
            kind = "Organization"  # "the Tom Baxter Centre urged ...": a body named after someone
        elif (kind in {"Organization", "Event", "Place"} and end - start > 1 and doc[end - 1].lower_ in lx.SITE_NOUNS
              or kind == "Person" and end - start > 1 and doc[end - 1].lower_ in lx.NEVER_SURNAME_SITES):
            if kind == "Person" and surface_start < start and doc[surface_start].pos_ == "PROPN":
                start, name = surface_start, _text(doc, surface_start, end)  # (a title in a site's name is the name's)
            kind = "Facility"  # "the Francis Scott Key Bridge", "the Bayerischer Hof hotel", "the Sheikh Zayed Grand Mosque"
        elif kind in {"Organization", "Event", "Place"} and any(
                doc[k].lower_ == "of" and doc[k - 1].lower_ in lx.MONUMENT_NOUNS and doc[k - 1].text[:1].isupper()
                for k in range(start + 1, end - 1)):
            # "the National Pantheon of the Heroes", "the Mausoleum of Ho Chi Minh": a monument by its head (not "the
            # Church of England", "the Port of Rotterdam": bodies)
            kind = "Facility"
        elif kind in {"Organization", "Place", "Facility"} and (glossed := _apposition_noun(doc, end)) in lx.SITE_NOUNS:
            kind = "Facility"  # "a wreath at Anitkabir, the mausoleum of ...", "Yad Vashem, the Holocaust memorial"
        elif kind in {"Organization", "Place", "Facility"} and glossed in lx.EVENT_NOUNS | lx.EVENT_NAME_HEADS:
            kind = "Event"  # "the Raisina Dialogue, India's flagship geopolitics conference"
        elif kind == "Place" and not gaz.is_city(name) and not gaz.country(name) and (site := _site_after(doc, end)):
            kind, end = "Facility", site  # "the Santa Giulia ice hockey arena": a site named after a place no gazetteer knows
            taken = max(taken, end - 1)
            name = _text(doc, start, end)
        elif kind == "Person" and surface_start == start and role is None and end < len(doc) and doc[end].lower_ in lx.SITE_NOUNS \
                and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i == end and name not in surnames:
            kind, end = "Facility", end + 1  # "the company's Mulga Creek mine": a site's name the recogniser took for a person
            taken = max(taken, end - 1)
            name = _text(doc, start, end)
        yield Mention(start, end, name, _text(doc, surface_start, end), kind, ent.root.i, role, country, other_role)


#: words that open a paragraph with a colon without naming a speaker: "Note:", "Update:"
NOT_SPEAKERS = frozenset({"note", "update", "source", "sources", "correction", "editor", "q", "a", "question", "answer",
                          "photo", "video", "see", "related", "background", "summary", "warning", "disclaimer"})


_SPEAKER_LABEL = re.compile(r"(?:^|\n)[ \t]*([A-Z][\w.'-]*(?:[ \t]+[A-Z][\w.'-]*){0,2})[ \t]*:", re.UNICODE)


def speaker_mentions(doc, covered: set[int], gaz: Gazetteer) -> Iterator[Mention]:
    """The speaker who opens an interview answer: "Zhang: I visited ..." (a name of one to three
    capitalised words before a colon at the start of a paragraph, when nothing else names it)."""
    for m in _SPEAKER_LABEL.finditer(doc.text):
        span = doc.char_span(m.start(1), m.end(1), alignment_mode="strict")
        if span is None or not 1 <= len(span) <= 3 or any(i in covered for i in range(span.start, span.end)):
            continue
        if not all(w.text[:1].isupper() and w.is_alpha and w.pos_ in {"PROPN", "NOUN"} for w in span):
            continue
        if span[0].lower_ in NOT_SPEAKERS or gaz.country(span.text) or gaz.is_city(span.text):
            continue
        yield Mention(span.start, span.end, span.text, span.text, "Person", span.end - 1)


def group_mentions(doc, covered: set[int], index: TokenIndex) -> Iterator[Mention]:
    """"the coalition of the willing": a collective noun with a definite "of" complement."""
    for tok in index.lemmas(lx.GROUP_NOUNS):
        if tok.i in covered or tok.pos_ != "NOUN":
            continue
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            continue
        complement = pobj(tok, "of")
        if complement is None:
            continue
        definite = child(complement, "det", text="the") is not None
        if not (definite or complement.pos_ in {"PROPN", "NUM"}):
            continue
        start = _contiguous_start(tok)
        end = max(t.i for t in complement.subtree if t.dep_ not in {"relcl", "acl", "punct"}) + 1
        name_start = _strip_the(doc, start, end)
        yield Mention(name_start, end, _text(doc, name_start, end), _text(doc, start, end), "Organization", tok.i)


def _contiguous_start(tok) -> int:
    """First token of the modifiers directly before tok: "the Ukrainian", "Ukraine's"."""
    allowed: set[int] = set()
    for c in tok.lefts:
        if c.dep_ in {"det", "compound", "poss", "nmod"} or c.dep_ == "amod" and c.pos_ in {"ADJ", "PROPN"}:
            allowed.update(t.i for t in c.subtree)
    start = tok.i
    while start - 1 in allowed:
        start -= 1
    return start


#: the role of "the Head of State" (see :func:`kg.extract.coref.resolve_role`)
HEAD_OF_STATE = "head of state"


def department_end(doc, i: int) -> int:
    """Where an office's department or body that starts at token i ends: past capitalised words, "of", "the", "and"
    and brackets ("of the Economic Community of Central African States (ECCAS)")."""
    while i < len(doc) and (doc[i].text[:1].isupper() and doc[i].pos_ in {"PROPN", "ADJ"}  # ("the Libyan Presidential Council")
                            or doc[i].lower_ in {"of", "the", "and", "(", ")"}):
        i += 1
    return i


def _named_after_body(doc, tok) -> int | None:
    """"the President of the Commission of the Economic Community of Central African States (ECCAS), Ezéchiel
    Nibigira": the body's office, filled by the person named right after it (where its comma is)."""
    j = department_end(doc, tok.i + 1)
    if j + 1 >= len(doc) or doc[j].text != ",":
        return None
    comma = j
    j += 1
    while j < len(doc) - 1 and doc[j].lower_ in lx.PERSONAL_TITLES:
        j += 1
    return comma if doc[j].ent_type_ == "PERSON" else None


def _office_filled_before(doc, tok, earlier) -> int | None:
    """The end of a body's office ("the President of the Regional Government") when the article named its holder
    before with the same words and more ("The President of the Regional Government of the Azores, X"), else None;
    ``earlier``: the role words before tok."""
    end = department_end(doc, tok.i + 1)
    words = [t.lower_ for t in doc[tok.i:end]]
    for other in earlier:
        if other.lower_ == words[0] and [t.lower_ for t in doc[other.i:other.i + len(words)]] == words \
                and _named_after_body(doc, other) is not None and not any(w.lower_ in lx.NOT_SITTING for w in other.lefts):
            return end
    return None


def role_mentions(doc, covered: set[int], gaz: Gazetteer, index: TokenIndex) -> Iterator[Mention]:
    """Definite singular role descriptions: "the Russian president", "Ukraine's leader"."""
    before: dict[str, list] = {}  # the role words read so far, by their lower-cased text
    for tok in index.lemmas(lx.ROLE_NOUNS):
        filled = before.setdefault(tok.lower_, [])
        filled.append(tok)
        if tok.i in covered or tok.tag_ not in {"NN", "NNP"}:
            continue
        if tok.dep_ == "compound":
            continue  # "president Emmanuel Macron": handled with the name
        lefts = list(tok.lefts)
        definite = any(c.dep_ == "det" and c.lower_ == "the" for c in lefts)
        owner = next((c for c in lefts if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        # "X, Prime Minister of the Republic of Singapore, ...": an office in apposition to a name needs no article
        titled = tok.dep_ == "appos" and tok.head.ent_type_ == "PERSON" and tok.text[:1].isupper() and tok.i > tok.head.i
        if not (definite or owner is not None or titled):
            continue
        country = None
        for mod in lefts:
            if mod.dep_ in {"amod", "compound", "poss", "nmod"}:
                country = country or gaz.country(mod.text) or gaz.country(" ".join(t.text for t in mod.subtree if t.tag_ != "POS"))
        end = tok.i + 1
        of_country = pobj(tok, "of")  # "the president of France"
        state = pobj(of_country, "of") if of_country is not None and of_country.lower_ in lx.STATE_TITLES else None
        if state is not None and gaz.country(state.text):  # "of the Republic of Singapore"
            country = country or gaz.country(state.text)
            end = state.i + 1
        elif of_country is not None and gaz.country(of_country.text):
            country = country or gaz.country(of_country.text)
            end = of_country.i + 1
        elif of_country is not None and tok.lower_ == "head" and of_country.lower_ == "state" and definite \
                and not any(c.lower_ == "visiting" for c in lefts):  # ("the visiting Head of State": the guest)
            # "the Head of State", "the Head of our state": the country's head of state, resolved as such
            end = of_country.i + 1
            start = _contiguous_start(tok)
            yield Mention(start, end, _text(doc, start, end), _text(doc, start, end), "Role", tok.i, HEAD_OF_STATE)
            continue
        elif of_country is not None and of_country.ent_type_ == "ORG":
            if (comma := _named_after_body(doc, tok)) is not None:
                # the body's office, with the body in its wording ("the President of the Commission", never
                # the president a later "the President" means), for the name after it; a country's word in the
                # body's name makes its holder that country's ("of the Libyan Presidential Council": "the Libyan
                # official" later)
                start = _contiguous_start(tok)
                state = next((k for t in doc[tok.i + 1:comma] if t.text[:1].isupper() and (k := gaz.country(t.text))), None)
                yield Mention(start, tok.i + 1, _text(doc, start, comma), _text(doc, start, comma), "Role", tok.i,
                              f"{role_name(tok)} of a body", state)
            elif definite and (told := _office_filled_before(doc, tok, filled[:-1])) is not None:
                # "The President of the Regional Government called on ...": the office the article filled with a name
                # before, in those words ("The President of the Regional Government of the Azores, X, received ...")
                start = _contiguous_start(tok)
                yield Mention(start, told, _text(doc, start, told), _text(doc, start, told), "Role", tok.i,
                              f"{role_name(tok)} of a body", None)
            continue  # "the leader of the Constitutional Democratic Party": a body's, not an office the article filled
        country = country or lx.ROLE_COUNTRIES.get(tok.lower_)  # "the Taoiseach": Ireland's
        if owner is not None and country is None:
            continue  # "Trump's leader"? not a role we can place
        start = _contiguous_start(tok)
        yield Mention(start, end, _text(doc, start, end), _text(doc, start, end), "Role", tok.i, role_name(tok), country)


def territory_mentions(doc, covered: set[int], index: TokenIndex) -> Iterator[Mention]:
    """Proper nouns the recogniser missed in "control of X and Y" and the like: places."""
    for noun in index.lemmas(lx.TERRITORY_NOUNS):
        tok = pobj(noun, "of")
        if tok is None:
            continue
        for part in [tok, *tok.conjuncts]:
            if part.pos_ != "PROPN" or part.i in covered:
                continue
            start = min([part.i, *(c.i for c in part.lefts if c.dep_ == "compound" and c.pos_ == "PROPN")])
            yield Mention(start, part.i + 1, _text(doc, start, part.i + 1), _text(doc, start, part.i + 1), "Place", part.i)


_NOT_NAMES = lx.HONORIFICS | lx.ROLE_NOUNS | {"prime", "foreign", "state", "secretary"}


def _coordinated_with_place(tok, gaz: Gazetteer | None = None) -> bool:
    """Whether a conjunct of tok is a place the recogniser tagged ("Donetsk and Luhansk"), or a city
    GeoNames knows whatever the recogniser called it ("Hue and Da Nang")."""
    partners = [c for c in tok.children if c.dep_ == "conj"] + ([tok.head] if tok.dep_ == "conj" else [])
    return any(p.ent_type_ in {"GPE", "LOC"} or gaz is not None and gaz.is_city(
        " ".join(w.text for w in sorted([p, *(c for c in p.lefts if c.dep_ == "compound" and c.pos_ == "PROPN")], key=lambda w: w.i)))
        for p in partners)


#: last words of a name that is a scheme, a text or a thing, never a person's: "the Belt and Road Initiative"
_NOT_PERSON_ENDINGS = frozenset({"initiative", "programme", "program", "plan", "project", "agreement", "treaty", "accord",
                                 "act", "bill", "law", "strategy", "corridor", "highway", "road", "bridge", "dam", "pipeline"})


def _where_one_goes(tok) -> bool:
    """A name in a place's position: after "in", "on", "at", "to", "near" ..., or the object of "visit" or "tour"
    ("camped on Thornbury Marsh", "visited Thornbury Marsh"; not "met campaigner Chidi Forest")."""
    return tok.dep_ == "pobj" and tok.head.lower_ in {"in", "on", "at", "to", "into", "near", "across", "over", "around",
                                                       "from", "along", "of"} \
        or tok.dep_ == "dobj" and tok.head.lemma_.lower() in lx.VISIT_VERBS | {"inspect"}


def _tribute_site(tok) -> bool:
    """A name where a wreath is laid, homage paid or prayers said: "laid a wreath at Raj Ghat", "paid homage at Raj
    Ghat", "prayed at X" (the "at" on the wreath or the verb; not "paid tribute to the workers at Corvane Industries",
    where the workers are)."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "at":
        return False
    holder = tok.head.head
    if holder.lemma_.lower() == "lay":
        return any(c.dep_ == "dobj" and c.lemma_.lower() in lx.TRIBUTE_NOUNS for c in holder.children)  # (not "laid off")
    return holder.lemma_.lower() in lx.TRIBUTE_NOUNS or holder.lemma_.lower() == "pray" \
        or holder.lemma_.lower() == "pay" and any(c.lemma_.lower() in lx.TRIBUTE_NOUNS for c in holder.children)


def _place_of_office(tok, gaz: Gazetteer) -> bool:
    """The place a local office is over: "the Mayor of Greater Manchester"; "the Governor of Bali" only when the
    recogniser or the gazetteer says it is a place (not "the Governor of the Federal Reserve", "of Bank Negara")."""
    office = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None
    if office is None or office.lemma_.lower() not in lx.LOCAL_OFFICES \
            or any(w.lemma_.lower() in lx.ORGANIZATION_NOUNS for w in tok.subtree):
        return False
    if office.lemma_.lower() == "mayor":
        return True
    words = [w for w in tok.subtree if w.pos_ != "DET"]
    name = " ".join(w.text for w in words)
    return any(w.ent_type_ in {"GPE", "LOC"} for w in words) or gaz.is_region(name) or gaz.is_city(name) \
        or bool(gaz.country(name))


def proper_noun_mentions(doc, covered: set[int], gaz: Gazetteer, index: TokenIndex) -> Iterator[Mention]:
    """Names the recogniser missed: a run of proper nouns as subject, object or conjunct.

    Two to four capitalised words make a person ("Xi Jinping"); a country name is a
    country; anything else is left alone, as its type cannot be told.
    """
    for tok in index.pos("PROPN"):
        if tok.i in covered or tok.dep_ not in {"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos"}:
            continue
        words = _compound_run(tok)
        if words[-1].i - words[0].i + 1 != len(words) or any(w.i in covered for w in words) \
                or any(w.ent_type_ for w in words) and not (all(w.ent_type_ in lx.THING_LABELS for w in words)
                                                           and tok.dep_ == "pobj" and _destination(tok) and _bare(tok)):
            continue  # (a name the recogniser took for a product is where one goes, after "fly to")
        titled = words
        while len(words) > 2 and words[0].lower_ in lx.TITLE_WORDS | lx.HONORIFICS | lx.MEMBER_TITLES:
            words = words[1:]  # "Field Marshal Asim Munir", "Local MP Ida Berg": the title is no part of the name
        if any(w.lower_ in _NOT_NAMES or not w.text[:1].isupper() for w in titled) and words == titled \
                or any(w.lower_ in _NOT_NAMES | lx.TITLE_WORDS or w.lemma_.lower() in lx.ROLE_NOUNS
                       or not w.text[:1].isupper() for w in words) \
                or words[-1].lower_ in lx.WEEKDAYS:
            continue  # (not "Deputy Finance Ministers", nor "Baker Monday")
        name = " ".join(w.text for w in words)
        if gaz.is_country_name(name):
            kind = "Country"
        elif len(words) >= 2 and words[-1].lower_ in lx.EVENT_NAME_HEADS:
            kind = "Event"  # "the 2027 Asian Cup", "the Gulf Cup"
        elif len(words) >= 2 and words[-1].lower_ in lx.FIRM_NAME_ENDINGS and words[-1].text[:1].isupper():
            kind = "Organization"  # "Halvard Renewables ASA", "Azure Bay Hotels": a firm by its legal form or trade
        elif len(words) >= 2 and words[-1].lemma_.lower() in lx.ORGANIZATION_NOUNS:
            kind = "Organization"  # "Tarnby Union": a body by its noun, never a person
        elif len(words) >= 2 and words[-1].lower_ in _NOT_PERSON_ENDINGS:
            continue  # "Road Initiative" (of "the Belt and Road Initiative"): a scheme or a text, no one
        elif _tribute_site(tok):
            kind = "Facility"  # "laid a wreath at Raj Ghat", "paid homage at Raj Ghat": a site
        elif len(words) >= 3 and f"{words[-2].lower_} {words[-1].lower_}" in lx.TWO_WORD_SITES:
            kind = "Facility"  # "the Lajes Air Base"
        elif len(words) >= 2 and words[-1].lower_ in lx.NEVER_SURNAME_SITES:
            kind, words = "Facility", titled  # "the Sheikh Arvo Grand Mosque": a site, its title part of its name
            name = " ".join(w.text for w in words)
        elif len(words) >= 2 and words[-1].lower_ in lx.NEVER_SURNAME_BODIES:
            kind = "Organization"  # "the Marine Science Centre": a body
        elif _place_of_office(tok, gaz):
            kind = "Place"  # "the Mayor of Greater Manchester, Andy Burnham": the place the mayor runs, no one
        elif tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.lemma_.lower() in lx.PERSON_ROLES | lx.ROLE_NOUNS:
            continue  # "the Pro-Vice-Chancellor for Global Engagement": an office's portfolio, no one
        elif _destination(tok) and tok.dep_ == "pobj" and _bare(tok) and not _inside_body_name(tok):
            kind = "Place"  # "is expected to fly to Auki", a town no table knows: where one goes is a place
        elif 2 <= len(words) <= 4 and all(w.text[1:].islower() or w is words[-1] and _REGNAL.fullmatch(w.text)
                                          and doc[words[0].i - 1].lower_ in lx.ROYAL_TITLES for w in words) \
                and not any(gaz.country(w.text) and not gaz.is_country_name(w.text) for w in words) \
                and not _inside_body_name(tok):
            kind = "Person"  # (not "Asian Games": a nationality is no one's name)
        elif _coordinated_with_place(tok, gaz) and gaz.is_city(name):
            kind = "Place"  # "demanded Donetsk and Luhansk", the recogniser tagging only the second
        else:
            continue
        start = words[0].i
        if kind == "Event" and start > 0 and doc[start - 1].like_num and len(doc[start - 1].text) == 4 \
                and doc[start - 1].text.isdigit() and doc[start - 1].head.i == tok.i:
            start -= 1  # the year is part of the name: "the 2027 Asian Cup"
            name = _text(doc, start, tok.i + 1)
        while kind == "Event" and start >= 2 and doc[start - 1].text == "-" and doc[start - 2].pos_ == "PROPN" \
                and doc[start - 2].text[:1].isupper() and doc[start - 2].i not in covered and not doc[start - 2].ent_type_:
            start -= 2  # a name joined by a hyphen: "the Shangri-La Dialogue"
            name = _text(doc, start, tok.i + 1)
        # (a person's title stays in the words as written: "King Tupou VI", "Field Marshal Asim Munir")
        first = next((w.i for w in titled if w.lower_ not in lx.STYLES), start)  # (not "His Majesty")
        surface = _text(doc, first, tok.i + 1) if kind == "Person" else name
        yield Mention(start, tok.i + 1, name, surface, kind, tok.i)


def _compound_run(tok) -> list:
    """A proper noun with the proper nouns before it that the parser made its compounds, and a first name hung on one
    of those ("Hanna" of "Hanna Katrín Friðriksson", hung on "Katrín"; not "First" of "First Lady X"), in the order of
    the text."""
    words = [tok, *(c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN")]
    frontier = words[1:]
    while frontier:
        t = frontier.pop()
        for c in t.lefts:
            if c.dep_ == "compound" and c.pos_ == "PROPN" and _first_name(c.text):
                words.append(c)
                frontier.append(c)
    return sorted(words, key=lambda t: t.i)


def _bare(tok) -> bool:
    """A name with no article or owner before it, as a town's is: "fly to Auki" (not "head the delegation to the
    Council's Thirteenth Ministerial")."""
    return not any(c.dep_ in {"det", "poss"} for c in tok.children)


_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}")
#: a monarch's number after the name, after a royal title: "King Tupou VI", "Sultan Ibrahim IV" (not "World War I")
_REGNAL = re.compile(r"X{0,2}(?:IX|IV|V?I{1,3}|V)")


def _inside_body_name(tok) -> bool:
    """Words of a longer body's name: "Natural Gas" of "the Petroleum and Natural Gas Senior Staff Association"."""
    while tok.dep_ in {"conj", "nmod", "compound"} and tok.head.pos_ == "PROPN":
        tok = tok.head
        if tok.lower_ in lx.ORGANIZATION_NOUNS and tok.text[:1].isupper():
            return True
    return False


def after_clock(doc, i: int) -> bool:
    """Whether token i follows a clock time: the time zone of a liveblog's stamp ("17:30 CEST")."""
    return i > 0 and bool(_CLOCK.fullmatch(doc[i - 1].text))


def find_mentions(doc, gaz: Gazetteer, index: TokenIndex | None = None) -> list[Mention]:
    """Every mention in the document, in text order, none overlapping."""
    index = index or TokenIndex(doc)
    mentions = list(ner_mentions(doc, gaz))
    # a lone surname the tagger called a person inside "control of X and Y" is a place
    for m in mentions:
        tok = doc[m.head]
        first = tok.head if tok.dep_ == "conj" else tok
        territorial = first.dep_ == "pobj" and first.head.lower_ == "of" and first.head.head.lemma_.lower() in lx.TERRITORY_NOUNS
        if m.type == "Person" and m.end - m.start == 1 and m.surface == m.name and territorial:
            m.type = "Place"
    made_whole = [m for m in mentions if _name_cut_at_possessive(doc, m, gaz)]
    # (the piece a name made whole took in: "Guild" of "the Transport Workers' Guild", tagged a person)
    mentions = [m for m in mentions if not any(o is not m and o.start <= m.start and m.end <= o.end for o in made_whole)]
    # a liveblog's time stamp is no name: "17:30 CEST — Spain's Pedro Sanchez has arrived"
    clock = {i for i in range(1, len(doc)) if after_clock(doc, i)}
    mentions = [m for m in mentions if m.start not in clock]
    covered = {i for m in mentions for i in range(m.start, m.end)} | {i for i in clock if doc[i].text.isupper()}
    covered |= office_title_tokens(doc)  # (no finder takes a piece of an office's title for a name)
    finders = (
        lambda: speaker_mentions(doc, covered, gaz),
        lambda: group_mentions(doc, covered, index), lambda: role_mentions(doc, covered, gaz, index),
        lambda: territory_mentions(doc, covered, index), lambda: proper_noun_mentions(doc, covered, gaz, index),
        lambda: body_name_mentions(doc, covered, index),
    )
    for finder in finders:
        for m in finder():
            # a role description may contain its owner: "Ukraine's leader"
            span = [m.head] if m.type == "Role" else range(m.start, m.end)
            if not any(i in covered for i in span):
                mentions.append(m)
                covered.update(range(m.start, m.end))
    mentions = [_with_words_before(doc, m, covered) for m in mentions]
    return _defined_by_acronym(doc, sorted(mentions, key=lambda m: m.start))


def _name_cut_at_possessive(doc, m: Mention, gaz: Gazetteer) -> bool:
    """A name the tokenizer or the recogniser cut at a possessive, made whole (and whether it was): a town whose name
    ends in "'s" ("St. John's", a GeoNames town), a body's name ended at a plural possessive ("the Bolivian Workers'
    Center")."""
    end = m.end
    if m.type == "Place" and end < len(doc) and doc[end].lower_ in {"'s", "’s"} \
            and gaz.is_city(_text(doc, m.start, end + 1)) and not gaz.is_city(m.name):
        end += 1
    owner = next((t for t in reversed(doc[m.start:m.end]) if t.tag_ != "POS"), None)
    body = owner.head if owner is not None and owner.dep_ == "poss" and owner.tag_ == "NNPS" else None
    if m.type == "Organization" and body is not None and 0 <= body.i - end < 4 and body.tag_ == "NNP" \
            and (not body.ent_type_ or body.ent_type_ == "PERSON" and body.lower_ in lx.ORGANIZATION_NOUNS) \
            and all(t.tag_ == "POS" or t.tag_ == "NNP" and t.text[:1].isupper() for t in doc[end:body.i + 1]):
        # ("the Transport Workers' Guild's talks", the recogniser calling "Guild" a person)
        end, m.head = body.i + 1, body.i
    if end == m.end:
        return False
    m.end, m.surface, m.name = end, _text(doc, m.start, end), _text(doc, _strip_the(doc, m.start, end), end)
    return True


def body_name_mentions(doc, covered: set[int], index: TokenIndex) -> Iterator[Mention]:
    """Bodies' names the recogniser missed whose parse breaks the run of proper nouns: "the Hospitality and Services
    Workers' Union" (a capitalised organisation noun last, the words before it by body_name_start)."""
    for tok in index.pos("PROPN"):
        if tok.i in covered or tok.ent_type_ not in {"", "ORG"} or not tok.text[:1].isupper() \
                or tok.lemma_.lower() not in lx.ORGANIZATION_NOUNS or tok.tag_ != "NNP":
            continue
        start = body_name_start(doc, tok.i, tok.i + 1, covered)
        if start < tok.i - 1 and any(doc[i].lower_ in {"and", "&"} or doc[i].tag_ == "POS" for i in range(start, tok.i)):
            name = _text(doc, start, tok.i + 1)
            yield Mention(start, tok.i + 1, name, name, "Organization", tok.i)


def _with_words_before(doc, m: Mention, covered: set[int]) -> Mention:
    """An organisation's mention with the words of its name before it that the recogniser left out."""
    if m.type != "Organization":
        return m
    start = body_name_start(doc, m.start, m.end, covered)
    if start == m.start:
        return m
    name = _text(doc, start, m.end)
    return replace(m, start=start, name=name, surface=name)


def body_name_start(doc, start: int, end: int, taken) -> int:
    """Where a body's name begins when the recogniser or parser left out words before its last: "the Hospitality
    and Services Workers' Union", found as "Union" (capitalised words, a plural's possessive, "and" between
    capitalised words; no other name, no token in ``taken``, no "the")."""
    if doc[end - 1].lemma_.lower() not in lx.ORGANIZATION_NOUNS:
        return start
    first = start
    while first > 0:
        prev = doc[first - 1]
        if prev.i in taken or prev.ent_type_ in {"GPE", "PERSON", "NORP", "DATE"}:
            break
        if prev.text in {"'", "\u2019"} and prev.tag_ == "POS" and first >= 2 and doc[first - 2].tag_ == "NNPS":
            first -= 1  # "Workers'"
        elif prev.lower_ in {"and", "&"} and first >= 2 and doc[first - 2].pos_ == "PROPN" and doc[first - 2].text[:1].isupper() \
                and doc[first - 2].ent_type_ not in {"GPE", "PERSON", "NORP"}:
            first -= 1
        elif prev.pos_ == "PROPN" and prev.text[:1].isupper() and prev.lower_ not in lx.WEEKDAYS:
            first -= 1
        else:
            break
    while first < start and (doc[first].lower_ in {"and", "&"} or doc[first].tag_ == "POS"):
        first += 1
    return first


def _defined_by_acronym(doc, mentions: list[Mention]) -> list[Mention]:
    """"the Antarctic and Southern Ocean Coalition (ASOC)", tagged as "Antarctic" + "Ocean Coalition":
    one body's name, from where the initials of the acronym that defines it begin."""
    for m in list(mentions):
        if m.type not in {"Organization", "Person", "Place"} or m not in mentions:
            continue
        start = _acronym_start(doc, m.start, m.end)
        if start < m.start:
            mentions = [x for x in mentions if x is m or x.end <= start or x.start >= m.end]
            m.start = start
            m.name = m.surface = _text(doc, start, m.end)
            m.type = "Organization"
    return sorted(mentions, key=lambda m: m.start)


def _title_case(sent) -> bool:
    """Whether a sentence is a headline in title case: most of its words capitalised and no full stop."""
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    return len(words) >= 3 and sum(t.text[:1].isupper() for t in words) >= 0.8 * len(words) \
        and not any(t.text in {".", "!", "?"} for t in sent[-2:])


def _one_more_word(doc, i: int) -> bool:
    """Whether one capitalised word (no name of its own) ends a name after "and": "... Heroes and Martyrs"."""
    return i < len(doc) and doc[i].text[:1].isupper() and doc[i].pos_ in {"PROPN", "NOUN"} \
        and (doc[i].ent_type_ not in {"PERSON", "GPE", "ORG", "FAC"} or doc[i].ent_iob_ == "I") \
        and not (i + 1 < len(doc) and doc[i + 1].text[:1].isupper() and doc[i + 1].pos_ == "PROPN")


#: titles that, before a name, make a span the recogniser called a body a person ("PM Chinh"; not "General Electric")
_TITLES_BEFORE_NAMES = frozenset({"pm", "cm", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "president", "premier",
                                  "chancellor", "senator", "sen.", "mayor", "sheikh", "shaikh"})


#: offices that hold a portfolio: "Minister of Industry and Advanced Technology"
PORTFOLIO_OFFICES = frozenset({"minister", "secretary", "commissioner", "adviser", "advisor"})


def _title_in_apposition(doc, ent) -> bool:
    """Whether a span the recogniser called a body is an office a person named before holds, in a list after
    the name: "X, Deputy Ruler of Abu Dhabi and National Security Adviser", "Y, Minister of Industry and
    Advanced Technology" (the second half of the portfolio)."""
    root = ent.root
    if root.tag_ not in {"NN", "NNP"} or not any(t.ent_type_ == "PERSON" for t in doc[ent.sent.start:ent.start]):
        return False
    before = ent.start - 1
    while before >= 0 and doc[before].lower_ in lx.TITLE_WORDS and doc[before].text[:1].isupper():
        before -= 1  # ("Deputy Ruler of ...": the recogniser left "Deputy" out)
    if before < 0 or doc[before].text not in {",", ";", "and"}:
        return False
    if root.lemma_.lower() in lx.PERSON_ROLES:
        return True  # "Ruler of Dubai", "National Security Adviser" (not "the White House": a title's word, no office)
    # "Minister of Industry and Advanced Technology": the portfolio's second half
    head = root.head if root.dep_ == "conj" else None
    if head is None or doc[ent.start - 1].lower_ != "and" or doc[ent.start - 2].text == ",":
        return False
    if any(t.lower_ in lx.ORGANIZATION_NOUNS | lx.FIRM_NAME_ENDINGS | lx.COMPANY_SUFFIXES for t in ent):
        return False  # ("Chairman of Delta Bank and Orion Capital": two bodies)
    if head.lemma_.lower() in PORTFOLIO_OFFICES:  # (the parser joining the second half to the office itself)
        return any(c.dep_ == "prep" and c.lower_ in {"of", "for"} and c.i < ent.start for c in head.children)
    return head.dep_ == "pobj" and head.head.lower_ in {"of", "for"} and head.head.head.lemma_.lower() in PORTFOLIO_OFFICES

