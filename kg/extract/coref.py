"""Merging the mentions of one article into entities.

Rules, in order: the same name; a shorter person name inside a longer one
("Keir" in "Keir Starmer"); country aliases ("US", "America"); acronyms;
appositions ("X, the alliance which..."); role descriptions, resolved from roles
the article itself gives ("French president Emmanuel Macron" then "the French
president") or else from the office-holder table, restricted to people the
article names.
"""
from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass, field, replace

from kg.extract import lexicon as lx
from kg.extract.mentions import HEAD_OF_STATE, Mention, department_end
from kg.extract.tokens import TokenIndex, child, dateline_tokens, guests_arrival, named_place_of, pobj, sides_listed
from kg.gazetteer import Gazetteer
from kg.names import abbreviates, first_names, initials, plain

TYPE_PRIORITY = ("Country", "Facility", "Place", "Organization", "Event", "Person")
#: prepositions of being somewhere: a name after one is a place, not a body's short name
LOCATIVE_PREPS = frozenset({"in", "at", "to", "from", "near", "across", "around", "on"})


@lru_cache(maxsize=16384)
def norm(text: str) -> str:
    """A name as coreference compares it: kg's one normaliser (:func:`kg.names.plain`: case,
    accents, punctuation), without a leading "the"; titles are handled by the rules themselves."""
    words = plain(text).split()
    return " ".join(words[1:] if len(words) > 1 and words[0] == "the" else words)


@dataclass
class Cluster:
    type: str
    mentions: list[Mention] = field(default_factory=list)
    names: list[str] = field(default_factory=list)  # proper names given
    roles: set[tuple[str, str | None]] = field(default_factory=set)
    canonical: str | None = None  # a table name that wins over the article's

    @property
    def label(self) -> str:
        if self.canonical:
            return self.canonical
        if not self.names:
            return self.mentions[0].name
        if self.type == "Person":
            return max(self.names, key=lambda n: (len(n.split()), -self.names.index(n)))
        counts = {n: self.names.count(n) for n in self.names}
        # a dateline's capitals ("BREMEN, Germany —") give way to the name as the text writes it
        cased = {n.casefold() for n in counts if not n.isupper()}
        counts = {n: k for n, k in counts.items() if not (n.isupper() and n.casefold() in cased)} or counts
        if self.type == "Organization":  # the full name, not a short form of it: "Endata Inc", not "Endata"
            # (nor the acronym it defines: "the Eastgate Tenants' Alliance (ETA)", then "ETA" twice)
            counts = {n: k for n, k in counts.items() if not (n.isupper() and any(
                w != n and _acronym(w) == n for w in counts))} or counts
            words = {n: norm(n).split() for n in counts}
            counts = {n: k for n, k in counts.items() if not any(_shortens(words[n], w) or _head_of(words[n], w)
                                                                  for w in words.values())} or counts
        if self.type == "Event":
            # "the 40th ... Governors' Meeting", then "the Meeting" twice: the name, not its capitalised head noun
            counts = {n: k for n, k in counts.items() if len(n.split()) > 1 or not n[:1].isupper() or not any(
                w.endswith(" " + n) and any(x[:1].isupper() for x in w.split()[:-1]) for w in counts)} or counts
        return max(counts, key=lambda n: (counts[n], len(n)))

    def add(self, m: Mention, *, named: bool = True) -> None:
        self.mentions.append(m)
        if named and m.type != "Role":
            self.names.append(m.name)
        if m.role:
            self.roles.add((m.role, m.country))
        if m.other_role:
            self.roles.add((m.other_role, m.country))


@dataclass
class Coreference:
    clusters: list[Cluster]
    token_cluster: dict[int, int]  # token index -> cluster index
    mention_cluster: dict[int, int]  # mention start token -> cluster index
    issuer_words: frozenset[int] | None = None  # where a first-person text names who "we" is (read once)


@lru_cache(maxsize=16384)
def _person_tokens(name: str) -> tuple[str, ...]:
    """A person's name words without titles or a suffix: "Robert F. Kennedy Jr." → robert f. kennedy."""
    return tuple(t for t in norm(name).split() if t not in lx.HONORIFICS and t.strip(",") not in lx.NAME_SUFFIXES)


#: first words that name no organisation on their own: "National" of "National Westminster Bank"
_GENERIC_FIRST = frozenset({"national", "american", "united", "new", "first", "general", "international", "federal",
                            "royal", "state", "central", "european", "british", "north", "south", "east", "west",
                            "great", "world", "union", "bank", "council", "ministry", "department", "office"})


def _shortens(short: list[str], full: list[str]) -> bool:
    """Whether ``short`` (words) is a short form of the name ``full``: the name without its company
    suffix ("endata" of "endata inc") or its first words ("greyhound" of "greyhound lines inc")."""
    if not short or len(full) <= len(short):
        return False
    core = list(full)
    while len(core) > 1 and core[-1] in _SUFFIXES:
        core.pop()
    return core == short or (full[:len(short)] == short and short[0] not in _GENERIC_FIRST)


def _head_of(short: list[str], full: list[str]) -> bool:
    """"Community" of "European Community", "Commission" of "Commission of the European Communities":
    a body's head noun alone, which names it only after its full name."""
    return len(short) == 1 < len(full) and short[0] in lx.ORGANIZATION_NOUNS and short[0] in full


def short_form_of(name: str, definite: bool, clusters: list[Cluster], at: int | None = None) -> int | None:
    """The one organisation named before in full that a short form stands for: "Endata" for
    "Endata Inc", "Greyhound" for "Greyhound Lines Inc", "the Bank" for "the World Bank". Of gatherings
    whose names differ only in their year ("the 2026 General Assembly", "the 2027 General Assembly"), "the
    Assembly" at token ``at`` is the only one named before it."""
    short = norm(name).split()
    if not short or name.isupper():  # an acronym is matched by its letters, not as a short form
        return None
    found = set()
    for c, cl in enumerate(clusters):
        if cl.type != "Organization":
            continue
        for full_name in cl.names:
            if "," in full_name and _glued_to_surname(full_name, _surnames(clusters)):
                continue
            full = norm(full_name).split()
            # the name's head noun: "group" of "inter governmental group on indonesia"
            cut = next((k for k, w in enumerate(full) if w in {"of", "on", "for", "in"} and k > 0), len(full))
            if _shortens(short, full) or (definite and len(short) < len(full) and full[max(0, cut - len(short)):cut] == short
                                          and short[-1] in lx.ORGANIZATION_NOUNS
                                          and (len(short) == 1 or not re.search(r"\b[A-Z]{2,}\s+(and|&)\s", full_name))):
                # (not "the World Bank" of "IMF and World Bank", two bodies; but "the Development Bank" of
                # "the Eastern Trade and Development Bank")
                # "the Bank" and "the Supervisory Office" of "the Federal Banking Supervisory Office"
                found.add(c)
    if at is not None and short[-1] in lx.GATHERING_NAMES:
        # "the Congress" is a gathering named before it, not one the article names only later ("will lead a delegation
        # to the IVF Congress")
        found = {c for c in found if any(m.start < at for m in clusters[c].mentions)}
    if len(found) > 1 and at is not None and len({_without_year(n) for c in found for n in clusters[c].names}) == 1:
        before = [c for c in found if any(m.start < at for m in clusters[c].mentions)]
        return before[0] if len(before) == 1 else None  # (not when both were named before it)
    return next(iter(found)) if len(found) == 1 else None


def _travelled_to(doc, m: Mention) -> bool:
    """A name where someone went ("travelled to Marlow Junction"), no word of it a body's or a site's."""
    head = doc[m.head]
    return head.dep_ == "pobj" and head.head.lower_ in {"to", "into"} and head.head.head.pos_ == "VERB" \
        and head.head.head.lemma_.lower() in lx.GOING_VERBS \
        and all(t.text[:1].isupper() and t.lower_ not in lx.ORGANIZATION_NOUNS | lx.SITE_NOUNS for t in doc[m.start:m.end]) \
        and doc[m.end - 1].lower_ not in lx.COMPANY_SUFFIXES  # (not "the Centre for Social Evolution", "Tarn SA"; but "Sa Kaeo")


def _without_year(name: str) -> str:
    """A name without its years: "2026 general assembly" is "general assembly"."""
    return " ".join(w for w in norm(name).split() if not lx.YEAR.fullmatch(w))


_SUFFIXES = lx.COMPANY_SUFFIXES | {"company", "corporation", "limited"}


def _surnames(clusters: list[Cluster]) -> set[str]:
    return {_person_tokens(n)[-1] for cl in clusters if cl.type == "Person" for n in cl.names if len(_person_tokens(n)) >= 2}


def _glued_to_surname(name: str, surnames: set[str]) -> bool:
    """A recogniser's run of a person's surname, a comma and a name: "Nakasone, Kyodo News Service"."""
    head = _person_tokens(name.split(",", 1)[0])
    return "," in name and len(head) == 1 and head[0] in surnames


def definite_at(doc, start: int) -> bool:
    """Whether a name at ``start`` is preceded (or begun) by "the"."""
    return doc[start].lower_ == "the" or (start > 0 and doc[start - 1].lower_ == "the")


def _kin_surnames(doc, people: list[Mention]) -> list[list[str]]:
    """Surnames that name someone else than the full name they end: "Reagan and Nancy Reagan"
    (a surname coordinated with a full name ending in it is another person of that name)."""
    full = {m.end - 1: _person_tokens(m.name) for m in people if len(_person_tokens(m.name)) >= 2}
    kin = []
    for m in people:
        tokens = _person_tokens(m.name)
        if len(tokens) != 1:
            continue
        head = doc[m.end - 1]
        linked = [t.i for t in (*head.conjuncts, head.head) if t.i != head.i]
        if any(full.get(i, [None])[-1] == tokens[0] for i in linked):
            kin.append(tokens)
    return kin


def _acronym(name: str) -> str:
    return initials(name.split())


def resolve(doc, mentions: list[Mention], gaz: Gazetteer, *, date: str | None = None, index: TokenIndex | None = None) -> Coreference:
    clusters: list[Cluster] = []
    of: dict[int, int] = {}  # id(mention) -> cluster

    def join(m: Mention, c: int, *, named: bool = True) -> None:
        clusters[c].add(m, named=named)
        of[id(m)] = c

    def new(m: Mention, type_: str) -> int:
        clusters.append(Cluster(type_))
        join(m, len(clusters) - 1)
        return len(clusters) - 1

    # 0. a short form of an organisation's name the recogniser took for a person: "Educational
    # Testing" after "Educational Testing Services"
    full_people = {_person_tokens(m.name)[-1] for m in mentions if m.type == "Person" and len(_person_tokens(m.name)) >= 2}
    # (not a recogniser's run of a person's surname and a name: "Nakasone, Kyodo News Service")
    org_names = [norm(m.name).split() for m in mentions if m.type == "Organization"
                 and not _glued_to_surname(m.name, full_people)]

    def shortens_org(name: str) -> bool:
        return any(_shortens(norm(name).split(), o) for o in org_names)

    for k, m in enumerate(mentions):
        if m.type == "Person" and shortens_org(m.name):
            mentions[k] = replace(m, type="Organization")
    named = [m for m in mentions if m.type != "Role"]
    # 1. people: longer names first, so "Trump" finds "Donald Trump" wherever it stands
    people = sorted((m for m in named if m.type == "Person"), key=lambda m: (-len(_person_tokens(m.name)), m.start))
    kin = _kin_surnames(doc, people)
    for m in people:
        tokens = _person_tokens(m.name)
        exact = [c for c, cl in enumerate(clusters) if cl.type == "Person" and any(_person_tokens(n) == tokens for n in cl.names)]
        within = exact if tokens in kin else exact or [c for c, cl in enumerate(clusters) if cl.type == "Person" and any(set(tokens) <= set(_person_tokens(n)) for n in cl.names)]
        if len(within) > 1 and len(tokens) == 1:
            # "Mr Martin" with Micheál Martin and Martin Heydon named: the one whose surname it is
            within = [c for c in within if any(_person_tokens(n)[-1:] == tokens for n in clusters[c].names)] or within
        if len(within) > 1:  # "Trump" with two Trumps: the one named last before it
            before = [(max((x.start for x in clusters[c].mentions if x.start < m.start), default=-1), c) for c in within]
            best = max(before)
            within = [best[1]] if best[0] >= 0 else []
        if within:
            join(m, within[0])
        else:
            new(m, "Person")
    # 1b. a lone word the recogniser typed otherwise that is a named person's surname: "Okafor" (ORG)
    surnames: dict[str, set[int]] = {}
    for c, cl in enumerate(clusters):
        for n in cl.names:
            tokens = _person_tokens(n)
            if len(tokens) >= 2:
                surnames.setdefault(tokens[-1], set()).add(c)
    fullnames: dict[str, set[int]] = {}
    for c, cl in enumerate(clusters):
        for n in cl.names:
            fullnames.setdefault(norm(n), set()).add(c)
    singles = {norm(n): c for c, cl in enumerate(clusters) for n in cl.names if len(_person_tokens(n)) == 1}
    firsts = _first_names(clusters)  # "Prabowo"
    for m in [m for m in named if m.type in {"Organization", "Place"}]:
        # the same words the recogniser called a person elsewhere: "Paul Okafor" (ORG) and (PERSON),
        # "Devocht" (ORG) where "Devocht" is a person elsewhere
        owners = fullnames.get(norm(m.name), set()) or (_ending(norm(m.name).split(), clusters) if " " not in m.name else set()) \
            if m.end - m.start > 1 else (  # ("Al-Sharaa", three tokens, the surname of "Ahmed al-Sharaa")
            surnames.get(norm(m.name), set()) or ({singles[norm(m.name)]} if norm(m.name) in singles else set())
            or (firsts.get(norm(m.name), set()) if not gaz.is_city(m.name) else set()))  # "Prabowo" (ORG or GPE)
        if len(owners) == 1 and not gaz.country(m.name) and not gaz.capital_of(m.name) \
                and not (m.type == "Organization" and shortens_org(m.name)):  # "Taft" of "Taft Broadcasting Co"
            join(m, next(iter(owners)))
    named = [m for m in named if id(m) not in of or m.type == "Person"]
    # 2. everything else named: by normalised name, country aliases and acronyms
    keys: dict[str, int] = {}
    for m in sorted((m for m in named if m.type != "Person"), key=lambda m: (-len(m.name), m.start)):
        key = gaz.country(m.name) or norm(m.name)
        c = keys.get(key.casefold())
        if c is None and m.name.isupper() and len(m.name) >= 2:
            # (an acronym before the body's full name is its acronym only if it too names a body: "investment
            # in AI" early on is no "Amnesty International" named later)
            c = next((keys[k] for k in keys if clusters[keys[k]].type == "Organization" and _acronym(clusters[keys[k]].label) == m.name
                      and (m.type == "Organization" or min(x.start for x in clusters[keys[k]].mentions) < m.start)), None)
        if c is None and m.name.isupper() and len(m.name) >= 3 and m.start > 1 and doc[m.start - 1].text == "(":
            # "Kenya Medical Practitioners, Pharmacists and Dentists Union (KMPDU)": the name right before the
            # bracket, whose initials hold the acronym's letters in order
            before = next((keys[k] for k in keys if clusters[keys[k]].type == "Organization" and any(
                x.end == m.start - 1 for x in clusters[keys[k]].mentions)), None)
            if before is not None and abbreviates(m.name, _acronym(clusters[before].label)):
                c = before
                keys.setdefault(key.casefold(), c)  # the acronym, once defined, names the body again
        if c is None and len(m.name) >= 3 and " " not in m.name and m.start > 0 and doc[m.start - 1].text == "(":
            # "the Organization of Petroleum Exporting Countries (Opec)": an acronym the wire spells as a word
            c = next((keys[k] for k in keys if clusters[keys[k]].type == "Organization"
                      and _acronym(clusters[keys[k]].label).casefold() == m.name.casefold()), None)
        travelled = c is None and m.type in {"Organization", "Place"} \
            and (_travelled_to(doc, m) or named_place_of(doc[m.head]))
        if travelled and m.type == "Organization":
            m = replace(m, type="Place")  # "travelled to Marlow Junction", the recogniser calling it a body
        if c is None and m.type == "Organization" and not m.name.isupper():
            # ("the Committee", and "Committee members": the capitalised head noun before the people it has)
            members_of = m.end - m.start == 1 and m.end < len(doc) and doc[m.end].tag_ == "NNS" \
                and doc[m.end].lemma_.lower() in {"member", "official", "staff", "delegate", "representative", "leader"}
            c = short_form_of(m.name, definite_at(doc, m.start) or members_of, clusters, m.start)
        elif c is None and m.type == "Place" and not m.name.isupper() and not gaz.is_city(m.name) and not gaz.country(m.name) \
                and not travelled and not (doc[m.head].dep_ == "pobj" and doc[m.head].head.lower_ in LOCATIVE_PREPS):
            # (nor "spent Monday in Grand Bahama" near "the Grand Bahama Port Authority": a place one is in)
            # (not "travelled to Marlow Junction" before "the Marlow Junction Residents' Action Group": a place)
            # "Aurelia executives" after "Aurelia Therapeutics Inc.": a firm's short name the
            # recogniser took for a place no gazetteer knows
            c = short_form_of(m.name, False, clusters)
            if c is not None:
                m = replace(m, type="Organization")
        if c is None:
            c = new(m, m.type)
            keys[key.casefold()] = c
        else:
            join(m, c)
            if TYPE_PRIORITY.index(m.type) < TYPE_PRIORITY.index(clusters[c].type):
                clusters[c].type = m.type
        if gaz.is_country_name(m.name):
            clusters[c].canonical = gaz.country(m.name)
    # 3. appositions: "X, the alliance which ...", "Volodymyr Zelensky, the Ukrainian president"
    by_head = {m.head: m for m in mentions}
    descriptions: list[Mention] = []
    dateline = dateline_tokens(doc)
    for tok in (index or TokenIndex(doc)).dep("appos"):
        a, b = by_head.get(tok.head.i), by_head.get(tok.i)
        if a is None and b is None or tok.head.i in dateline and tok.i not in dateline:
            continue  # (not "CEBU, Philippines: ASEAN foreign ministers", the subject hung on the dateline)
        if tok.i in dateline and tok.head.i in dateline and b is None:
            continue  # (nor "KUWAIT, Feb 10 (KUNA) --": the agency that filed it describes no place)
        if b is None and (tok.pos_ == "NOUN" or tok.pos_ == "PROPN" and tok.text.islower()) and a is not None and id(a) in of \
                and not sides_listed(tok.head, tok) and not any(m.start <= tok.i < m.end for m in named) \
                and not (tok.lemma_.lower() in lx.EVENT_NOUNS and clusters[of[id(a)]].type != "Event"):
            # (not "X met Y on Wednesday, a private Oval Office meeting that ...": a meeting describes no person)
            # "the alliance" (not "the U.S., Japanese and EC trade ministers": the ministers of the sides listed)
            if tok.lemma_.lower() in lx.SITE_NOUNS and clusters[of[id(a)]].type in {"Organization", "Person"}:
                clusters[of[id(a)]].type = "Facility"  # "Anitkabir, the mausoleum of ...": a site
            elif tok.lemma_.lower() in lx.PLACE_OF_NOUNS and clusters[of[id(a)]].type in {"Organization", "Person"} \
                    and len(clusters[of[id(a)]].mentions) == 1 and not clusters[of[id(a)]].roles \
                    and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
                clusters[of[id(a)]].type = "Place"  # "St Elizabeth, the parish hardest hit": a place
            start = min([tok.i, *(c.i for c in tok.lefts if c.dep_ in {"det", "amod", "compound"})])
            desc = Mention(start, tok.i + 1, doc[start:tok.i + 1].text, doc[start:tok.i + 1].text, clusters[of[id(a)]].type, tok.i)
            join(desc, of[id(a)], named=False)
            descriptions.append(desc)
        elif a is not None and b is not None:
            named_side, role_side = (a, b) if b.type == "Role" else (b, a)
            if named_side.type in {"Facility", "Place"} and tok.left_edge.i > 0 and doc[tok.left_edge.i - 1].text != ",":
                continue  # "received at the palace the Prime Minister of X": the guest, not the palace's name
            if role_side.type == "Role" and id(named_side) in of:
                join(role_side, of[id(named_side)], named=False)
    # 3b. "the President of Brazil, Luiz Inácio Lula da Silva": a role right before ", NAME"
    # (an apposition the parser missed) is that person
    by_start = {m.start: m for m in mentions if m.type == "Person"}
    for m in (m for m in mentions if m.type == "Role" and id(m) not in of):
        if m.end < len(doc):
            # "the President of Brazil, Lula", "the President of Vietnam Mr. Tran Duc Luong"
            at = m.end
            if doc[at].lower_ in {"for", "of"}:  # "the Pro-Vice-Chancellor for Global Engagement, Professor X": past the portfolio
                j = department_end(doc, at + 1)  # (through "of the Economic Community of Central African States (ECCAS)")
                at = j if j < len(doc) and doc[j].text == "," and j > at + 1 else at
            at = at + 1 if at < len(doc) and doc[at].text == "," else at
            while at < len(doc) and doc[at].lower_ in lx.PERSONAL_TITLES | {"professor", "prof", "prof."} \
                    and at + 1 not in {x.start for x in mentions if x.type != "Person"}:
                at += 1  # ("the President of Vietnam Mr. X", "the Pro-Vice-Chancellor, Professor X")
            nxt = by_start.get(at)
            if nxt is not None and id(nxt) in of:
                join(m, of[id(nxt)], named=False)
    # 4. role descriptions: from roles the article gives, else from the office table
    roles = [m for m in mentions if m.type == "Role" and id(m) not in of]
    # where each bare office word stands (not "other finance ministers"), read once for all the descriptions
    words = {m.role for m in roles if m.role}
    at: dict[str, list[int]] = {}
    for t in (doc if words else ()):
        if t.lower_ in words:
            at.setdefault(t.lower_, []).append(t.i)
    for m in roles:
        offices = tuple(i for i in at.get(m.role or "", ()) if i < m.start)
        c = resolve_role(m, clusters, gaz, date, offices=offices)
        if c is not None:
            join(m, c, named=False)
    token_cluster: dict[int, int] = {}
    mention_cluster: dict[int, int] = {}
    for m in [*mentions, *descriptions]:
        if id(m) in of:
            mention_cluster[m.start] = of[id(m)]
            for i in range(m.start, m.end):
                token_cluster.setdefault(i, of[id(m)])
            token_cluster[m.head] = of[id(m)]
    _untagged_surnames(doc, clusters, token_cluster, mention_cluster, index or TokenIndex(doc))
    return Coreference(clusters, token_cluster, mention_cluster)


def _ending(words: list[str], clusters: list[Cluster]) -> set[int]:
    """The people whose longer name ends with these words: a hyphenated surname ("al sharaa")."""
    return {c for c, cl in enumerate(clusters) if cl.type == "Person" for n in cl.names
            if len(t := _person_tokens(n)) > len(words) and list(t[-len(words):]) == words}


def _first_names(clusters: list[Cluster]) -> dict[str, set[int]]:
    """The first of a person's names, by which Indonesian and Brazilian news call them ("Prabowo"),
    for people the article gives a title or role ("President Prabowo Subianto")."""
    out: dict[str, set[int]] = {}
    for c, cl in enumerate(clusters):
        if cl.type == "Person" and (cl.roles or any(norm(m.surface) != norm(m.name) for m in cl.mentions)):
            for n in cl.names:
                tokens = _person_tokens(n)
                if len(tokens) >= 2:
                    out.setdefault(tokens[0], set()).add(c)
    return out


def _untagged_surnames(doc, clusters: list[Cluster], token_cluster: dict[int, int], mention_cluster: dict[int, int],
                       index: TokenIndex) -> None:
    """A named person's surname where the recogniser tagged nothing ("Montalvo contacted ...")
    is that person, so that pronouns and subjects after it find them."""
    owners: dict[str, set[int]] = {}
    for c, cl in enumerate(clusters):
        if cl.type != "Person":
            continue
        for n in cl.names:
            tokens = _person_tokens(n)
            if tokens:
                owners.setdefault(tokens[-1], set()).add(c)
    for first, found in _first_names(clusters).items():  # "Prabowo", when it is no one's surname
        if first not in owners:
            owners[first] = found
    if not owners:
        return
    for t in index.pos("PROPN"):
        titled = t.i > 0 and doc[t.i - 1].lower_ in lx.PERSONAL_TITLES  # "Mr Albanese", the recogniser saying NORP
        if t.i in token_cluster or t.ent_type_ not in {"", "WORK_OF_ART", "PRODUCT", "LAW"} and not (titled and t.ent_type_ == "NORP") \
                or not t.text[:1].isupper() or norm(t.text) not in owners:
            continue
        # a lone word, not part of a longer name: "Montalvo", not "Montalvo Street"
        if any(x.i != t.i and x.pos_ == "PROPN" and x.dep_ == "compound" and x.lower_ not in lx.PERSONAL_TITLES
               for x in t.children) or (
                t.dep_ == "compound" and t.head.pos_ in {"PROPN", "NOUN"}):
            continue
        found = owners.get(norm(t.text), set())
        org = short_form_of(t.text, False, clusters)
        if org is not None:  # "Taft said it would ..." of "Taft Broadcasting Co", not of "Dudley Taft"
            found, kind = {org}, "Organization"
        else:
            kind = "Person"
        if len(found) == 1:
            c = next(iter(found))
            clusters[c].add(Mention(t.i, t.i + 1, t.text, t.text, kind, t.i), named=False)
            token_cluster[t.i] = c
            mention_cluster[t.i] = c


#: words that make a title another office than its head noun: "prime minister" is not "the minister"
_OTHER_OFFICE = frozenset({"prime", "vice", "deputy", "assistant", "under", "junior", "state", "former", "chief",
                           "first", "acting", "shadow", "general"})


def resolve_role(m: Mention, clusters: list[Cluster], gaz: Gazetteer, date: str | None, *,
                 offices: tuple[int, ...] = ()) -> int | None:
    """The person a role description stands for; ``offices`` are where the text used the bare office's
    word before ``m`` ("a minister from Sweden"): after one of them, "the minister" may be that one."""
    def fits(role: str, country: str | None) -> bool:
        return (m.role == role or m.role in lx.GENERIC_ROLES) and (m.country is None or m.country == country)

    def head_of(c: int, role: str, country: str | None) -> bool:
        # "Finance Minister X" ... "the minister" (not the prime minister, nor a deputy, nor "the permanent
        # secretary"), when no other minister was described since X was last named; "Japanese Foreign Minister X"
        # ... "the Japanese minister", the country's word and the office's last word alone (X's country said)
        last = max((x.start for x in clusters[c].mentions if x.start < m.start), default=-1)
        bare = norm(m.surface) == m.role and m.country is None
        national = m.country is not None and country == m.country \
            and len(norm(m.surface).split()) == len(m.role.split()) + 1
        return bool(m.role) and role.endswith(" " + m.role) and not set(role.split()[:-1]) & _OTHER_OFFICE \
            and (bare or national) and not any(last < i < m.start for i in offices)

    people = [c for c, cl in enumerate(clusters) if cl.type == "Person" and any(x.start < m.start for x in cl.mentions)]
    people = people or [c for c, cl in enumerate(clusters) if cl.type == "Person"]
    if "opposition" in norm(m.surface).split():
        # "the veteran opposition leader" is no one the article gave a government's office ("President X")
        people = [c for c in people if not any(r in lx.LEADER_ROLES for r, _ in clusters[c].roles)
                  or any("opposition" in norm(x.surface).split() for x in clusters[c].mentions)]
    if m.role == HEAD_OF_STATE:
        # "the Head of State": the one head of a state named before ("President of the Republic X", "President of
        # Kyrgyzstan Y"; not a bank's president, whose office no country or republic names)
        heads = [c for c in people if any(r in lx.HEAD_OF_STATE_ROLES and (k or any(
            "republic" in norm(x.surface).split() for x in clusters[c].mentions)) for r, k in clusters[c].roles)]
        return heads[0] if len(heads) == 1 else None
    # the article's own words: "French president Emmanuel Macron" ... "the French president"
    learned = [c for c in people if any(fits(r, k) for r, k in clusters[c].roles)] \
        or [c for c in people if any(head_of(c, r, k) for r, k in clusters[c].roles)]
    quals = set(norm(m.surface).split()) - set((m.role or "").split()) - {"the"}

    def worded(c: int) -> bool:
        return any(quals <= set(norm(x.surface).split()) for x in clusters[c].mentions)

    if len(learned) > 1:  # "FIFA President X" and "AFC President Y" ... "the FIFA President": the one with those words
        learned = [c for c in learned if worded(c)] if quals else learned
    if quals and m.role and not any(worded(c) for c in learned):
        # "the President of the Commission of ECCAS, X" ... "the Commission President": the one whose office the
        # article worded so (a body's office, no title of the president's own)
        owners = [c for c in people if any(quals | set(m.role.split()) <= set(norm(x.surface).split())
                                           for x in clusters[c].mentions)]
        if len(owners) == 1:
            return owners[0]
    if len(learned) > 1 and norm(m.surface) == m.role:
        # a bare "the President" right after "called on President Y at the palace, where": the holder named last, when
        # the text named that one close before it (within a sentence's length) and after every other
        def titled(x) -> bool:  # a mention with the office in its words: "President Y"
            return x.start < m.start and m.role in norm(x.surface)

        last = sorted(((max(x.start for x in clusters[c].mentions if titled(x)), c) for c in learned
                       if any(titled(x) for x in clusters[c].mentions)), reverse=True)
        if last and m.start - last[0][0] <= 30 and (len(last) == 1 or last[0][0] - last[1][0] >= 5):
            return last[0][1]
    if len(learned) == 1:
        return learned[0]
    # the office table, restricted to people this article names
    holders = gaz.holders(m.role or "", m.country)
    named = {c for c in people for o in holders if _same_person(clusters[c], o.holder)}
    if date:
        dated = {c for c in named for o in holders if o.held_on(date) and _same_person(clusters[c], o.holder)}
        named = dated or named
    if len(named) == 1:
        return named.pop()
    if len(named) > 1 and not date:
        # an undated article: the most recent holder among the people it names (news is about now)
        latest = {c: max(o.start for o in holders if _same_person(clusters[c], o.holder)) for c in named}
        best = max(latest.values())
        top = [c for c, start in latest.items() if start == best]
        if len(top) == 1:
            return top[0]
    # an explicit country and a date: the table alone may name the holder
    if m.country and date and not named:
        current = {o.holder for o in gaz.holders(m.role or "", m.country, date)}
        if len(current) == 1:
            clusters.append(Cluster("Person", canonical=current.pop()))
            return len(clusters) - 1
    # nobody the article or the table names: the office itself stands for its holder,
    # "the President of Chile", one entity however often the article says it
    # (not when a name follows close behind: "Qatar's Prime Minister and Foreign Minister Sheikh X")
    named_next = any(cl.type == "Person" and any(m.end <= x.start <= m.end + 4 for x in cl.mentions) for cl in clusters)
    if m.country and m.role in lx.SINGLE_HOLDER_ROLES and not named_next \
            and not any(w in lx.NOT_SITTING for w in re.split(r"[\s-]+", m.surface.lower())):
        title = f"{m.role.title()} of {m.country}"
        same = next((c for c, cl in enumerate(clusters) if cl.type == "Person" and cl.canonical == title), None)
        if same is not None:
            return same
        clusters.append(Cluster("Person", canonical=title))
        return len(clusters) - 1
    return None


def _same_person(cluster: Cluster, holder: str) -> bool:
    full = set(_person_tokens(holder))
    return any(set(_person_tokens(n)) <= full and _person_tokens(n)[-1:] == _person_tokens(holder)[-1:]
               or _person_tokens(n) == _person_tokens(holder) for n in cluster.names)


def gender(cluster: Cluster) -> str | None:
    """"male", "female" or None for a person: from a title ("Mrs", "Sir") or the first name."""
    for m in cluster.mentions:
        first = m.surface.split()[0].casefold() if m.surface.split() else ""
        if first in lx.MALE_TITLES:
            return "male"
        if first in lx.FEMALE_TITLES:
            return "female"
    for name in cluster.names:
        words = name.split()
        if len(words) >= 2:
            g = first_name_gender(words[0])
            if g:
                return g
    return None


def sentence_starts(doc, tok, back: int) -> int:
    """Start of the sentence ``back`` sentences before tok's."""
    start = tok.sent.start
    for _ in range(back):
        if start == 0:
            break
        start = doc[start - 1].sent.start
    return start


def _thing_before(doc, tok, coref: Coreference) -> bool:
    """Whether the sentence before tok's is about a thing: its main subject a common noun that names no body
    ("The imported sugar was needed because ...")."""
    if tok.sent.start == 0:
        return False
    root = doc[tok.sent.start - 1].sent.root
    subject = next((c for c in root.children if c.dep_ in lx.SUBJECTS | lx.PASSIVE_SUBJECTS), None)
    return subject is not None and subject.pos_ == "NOUN" and subject.i not in coref.token_cluster \
        and subject.lemma_.lower() not in lx.GOVERNMENT_NOUNS | lx.ORGANIZATION_NOUNS | lx.DEFINITE_ORGS \
        and subject.lemma_.lower() not in lx.PERSON_ROLES | lx.DELEGATION_NOUNS | lx.TRIP_NOUNS | lx.TRAVELLING_GROUPS \
        and not any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in {"of", "from"} for c in subject.children)


def antecedent(doc, tok, coref: Coreference, *, back: int = 2, quotes: bool = True) -> list[int]:
    """What a pronoun refers to: the nearest fitting entity before it, subjects first.

    "he"/"she" a person of that gender (or unknown); "it"/"its" an organisation
    or country; "they"/"their" the parties of the nearest coordinated subject
    ("X and Y met. They agreed ..."). Looks back into the previous two sentences.
    """
    word = tok.lower_
    if word in lx.PRONOUNS_FIRST:
        return _speaker(doc, tok, coref)
    if word in lx.PRONOUNS_WE:
        if not _quoted(doc, tok):
            return _issuer(doc, coref)
        found = _speaker(doc, tok, coref)
        body = _speakers_body(doc, coref, found[0]) if found and coref.clusters[found[0]].type == "Person" else None
        if body is not None:
            return [body]  # "KFN coordinator X said: 'We have written to ...'": the network, for which X speaks
        # a spokesman's "we" is the body they speak for, which the quote does not name
        return [] if found and _spokesperson(doc, coref.clusters[found[0]]) else found
    if word in lx.PRONOUNS_PLURAL:
        return _plural_antecedent(doc, tok, coref, back)
    if word == "it" and expletive(tok):
        return []  # "it's clear that ...": no one
    if word in lx.PRONOUNS_NEUTER:
        types = {"Organization", "Country"}
        wanted = None
    elif word in lx.PRONOUNS_MALE | lx.PRONOUNS_FEMALE:
        types = {"Person"}
        wanted = "male" if word in lx.PRONOUNS_MALE else "female"
    else:
        return []
    sent_start = tok.sent.start
    # (a dateline's place is where the story was filed, no one a pronoun stands for: "PERTH, Australia -- X said it")
    dateline = dateline_tokens(doc)
    if word in lx.PRONOUNS_NEUTER and tok.dep_ in lx.SUBJECTS and tok.head.dep_ == "ccomp" \
            and tok.head.head.lemma_.lower() in lx.REPORTING_VERBS:
        # "The ELN said it would demand a tax": "it" is the sayer, whoever else was named before
        sayer = next((c for c in tok.head.head.children if c.dep_ in lx.SUBJECTS and c.i < tok.i), None)
        while sayer is not None and sayer.i in dateline:
            # "PERTH, Australia -- Halcrest Minerals said it ...": the parser hung the sayer on the dateline
            sayer = next((a for a in sayer.children if a.dep_ == "appos"), None)
        c = coref.token_cluster.get(sayer.i) if sayer is not None else None
        if c is not None and coref.clusters[c].type == "Person" and len(coref.clusters[c].label.split()) == 1 \
                and gender(coref.clusters[c]) is None and word == "it" and not coref.clusters[c].roles \
                and all(m.surface == m.name for m in coref.clusters[c].mentions):
            # "Acas said it remained ready to host talks": a one-word name the recogniser took for a
            # person, that says "it" of itself, is a body
            coref.clusters[c].type = "Organization"
        if c is not None and coref.clusters[c].type in types:
            return [c]
        if c is None and sayer is not None and sayer.pos_ == "PROPN" and not lx.TICKER.fullmatch(sayer.text):
            return []  # a name the recogniser missed, not something named sentences before (nor "<CADB.L>")
        if c is None and sayer is not None and sayer.pos_ == "NOUN" and (
                sayer.lemma_.lower() in lx.GOVERNMENT_NOUNS or any(m.tag_ == "JJS" for m in sayer.lefts)
                and any(m.dep_ == "poss" and m.pos_ == "PROPN" for m in sayer.lefts)):
            # "The government has said it will ask ...", "West Germany's biggest bank said it would ...":
            # that body, whoever it is, not the last name
            return []
    if tok.i + 2 < len(doc) and doc[tok.i + 1].text == "(" and coref.token_cluster.get(tok.i + 2) is not None \
            and coref.clusters[coref.token_cluster[tok.i + 2]].type in types:
        return [coref.token_cluster[tok.i + 2]]  # "He (Ongpin) wants ...": the writer said whom
    if word == "it" and tok.i == sent_start and tok.dep_ in lx.SUBJECTS \
            and tok.head.lemma_.lower() in lx.GOING_VERBS | {"reach"} and _thing_before(doc, tok, coref):
        return []  # "The imported sugar was needed ... It arrived in Ujungpandang today": the thing, no party
    ahead = _cataphora(tok, coref, types, wanted)
    if ahead is not None:
        return [ahead]
    own = _relative_owner(tok, coref, types, wanted)
    if own is not None:
        return [own]
    first = sentence_starts(doc, tok, back)
    own_subject = _clause_subject(tok, coref)
    # inside a quote, "he"/"his" is someone the speaker talks about, never the speaker ("I don't see a
    # way to resolve this before his visit," X said)
    # (not the sayer of a quote whose closing mark the wire left out: '"This is complex, he told reporters')
    sayer = tok.dep_ in lx.SUBJECTS and tok.head.lemma_.lower() in lx.REPORTING_VERBS
    speaker = set(_speaker(doc, tok, coref)) if quotes and wanted and not sayer and _quoted(doc, tok) else set()
    candidates = []
    for i in range(tok.i - 1, first - 1, -1):
        c = coref.token_cluster.get(i)
        if c is None or coref.clusters[c].type not in types or c == own_subject or c in speaker or i in dateline:
            continue
        if word in lx.PRONOUNS_NEUTER and coref.clusters[c].label.casefold() in lx.OUTLET_WORDS:
            continue  # "They told Reuters ... it will ask": a news agency is not what "it" refers to
        g = gender(coref.clusters[c]) if wanted else None
        if wanted and g not in {wanted, None}:
            continue
        t = doc[i]
        is_subject = t.dep_ in lx.SUBJECTS | lx.PASSIVE_SUBJECTS or (t.dep_ in {"compound", "appos"} and t.head.dep_ in lx.SUBJECTS)
        candidates.append((i >= sent_start, is_subject, i, c, g == wanted and wanted is not None, is_subject and _main_subject(t)))
    if tok.dep_ in lx.SUBJECTS:
        # "After talks with Suharto, he said": the object of a phrase put before the pronoun's own verb
        # is not who the subject is (the one the text was about before is)
        fronted = {x.i for c in tok.head.children if c.i < tok.i and c.dep_ in {"advcl", "prep", "npadvmod"}
                   for x in c.subtree}
        candidates = [x for x in candidates if not (x[0] and x[2] in fronted and not x[1] and doc[x[2]].dep_ != "poss")]
        # (but "After Varga's arrival in Oslo, he met ...": the possessor is who the phrase is about)
    if not candidates:
        return []
    same = [x for x in candidates if x[0]]
    pool = same or candidates
    # in its own sentence, a person whose gender is known to fit wins over one whose gender is
    # unknown: "Xi refused to meet Pelosi during her trip"; from an earlier sentence the last
    # subject does ("Mr Ali said ... Premier Sharif chaired a meeting. He is due to ...")
    if same:
        pool = [x for x in pool if x[4]] or pool
    else:  # the subject of a main clause, not of a clause inside it ("X said the Reagan administration ...")
        pool = [x for x in pool if x[5]] or pool
    # in its own sentence a pronoun refers to a subject before it, not to the object: "X told Y he ..."
    pool = [x for x in pool if x[1]] or pool
    subjects = [x for x in pool if x[1]]
    return [max(subjects or pool, key=lambda x: x[2])[3]]


def _main_subject(t) -> bool:
    """A subject (or a name inside one) of its sentence's main verb or of a verb coordinated with it."""
    subj = t.head if t.dep_ in {"compound", "appos"} else t
    verb = subj.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT"


def _relative_owner(tok, coref: Coreference, types, wanted) -> int | None:
    """"X, who in his farewell address urged ...": a possessive inside a "who" clause is the clause's own
    subject, the one the clause hangs on."""
    if tok.tag_ != "PRP$":
        return None
    clause = next((a for a in tok.ancestors if a.dep_ == "relcl"), None)
    if clause is None or not any(c.dep_ in lx.SUBJECTS and c.lower_ == "who" for c in clause.children):
        return None
    c = coref.token_cluster.get(clause.head.i)
    if c is None or coref.clusters[c].type not in types or (wanted and gender(coref.clusters[c]) not in {wanted, None}):
        return None
    return c


def _clause_subject(tok, coref: Coreference) -> int | None:
    """An object pronoun is not its own clause's subject: in "X asked it to stop", "it" is not X."""
    if tok.dep_ in {"dobj", "dative"}:
        verb = tok.head
    elif tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ == "VERB":
        verb = tok.head.head
    else:
        return None
    subj = next((c for c in verb.children if c.dep_ in lx.SUBJECTS), None)
    return coref.token_cluster.get(subj.i) if subj is not None else None


def _cataphora(tok, coref: Coreference, types, wanted) -> int | None:
    """"Asked if he planned to visit, Okafor said ...": a pronoun in a clause fronted before
    the main clause refers to that clause's subject."""
    root = tok.sent.root
    subj = next((c for c in root.children if c.dep_ in lx.SUBJECTS and c.i > tok.i), None)
    if subj is None or subj.i not in coref.token_cluster:
        return None
    fronted = next((c for c in root.children if c.i < subj.i and c.dep_ in {"advcl", "prep", "npadvmod", "ccomp", "advmod"}
                    and c.left_edge.i <= tok.i <= c.right_edge.i), None)
    if fronted is None:
        return None
    c = coref.token_cluster[subj.i]
    cl = coref.clusters[c]
    if cl.type not in types or (wanted and gender(cl) not in {wanted, None}):
        return None
    return c


_OPENING_QUOTES = frozenset({"\u201c", "\u00ab"})
_CLOSING_QUOTES = frozenset({"\u201d", "\u00bb"})


def _quoted(doc, tok) -> bool:
    """Whether tok stands inside quotation marks opened in its own paragraph."""
    text = doc.text
    start = text.rfind("\n", 0, tok.idx) + 1
    before = text[start:tok.idx]
    curly = sum(before.count(q) for q in _OPENING_QUOTES) - sum(before.count(q) for q in _CLOSING_QUOTES)
    return curly > 0 or before.count('"') % 2 == 1


def _issuer(doc, coref: Coreference) -> list[int]:
    """Who "we" is outside quotes, in a text written in the first person by a body (a union's bulletin to its members,
    a company's release): the body its first sentence is about (see :func:`_issuer_words`)."""
    if coref.issuer_words is None:
        coref.issuer_words = _issuer_words(doc)
    inside = coref.issuer_words
    if not inside:
        return []
    # (read off the clusters' mentions: the token map may still be filling while mentions are merged)
    spans = sorted((m.start, m.end, c) for c, cl in enumerate(coref.clusters) if cl.type == "Organization"
                   for m in cl.mentions if m.start in inside)
    if not spans:
        return []
    _, end, c = spans[0]
    # one body, or several named in one another ("the X Union negotiating committee"), not two side by side
    return [c] if all(s < end or k == c for s, _, k in spans) else []  # (its acronym after it is still it)


def _issuer_words(doc) -> frozenset[int]:
    """The words that may name who "we" is outside quotes: a text in the first person ("we" or "our" at least three
    times outside quotes, in two paragraphs or more; or twice, as main clauses' subjects, when its first sentence is in
    the present) names its issuer in its first sentence outside the dateline, as
    that sentence's subject or the sender of "an update from X". None in a text a person writes ("I"), an interview
    ("Q:"), or a news report's own "we" ("our correspondent")."""
    we = [t for t in doc if t.lower_ in lx.PRONOUNS_WE and not _quoted(doc, t)]
    dateline = dateline_tokens(doc)
    first = next((s for s in doc.sents if any(t.i not in dateline and not t.is_punct for t in s)), None)
    # (or twice, in a release that opens in the present: "The Alliance today calls on X ... We urge Y")
    # (each "we" the subject of its sentence's main verb: not a speaker's "said we have asked")
    release = first is not None and first.root.tag_ in {"VBZ", "VBP"} \
        and sum(1 for t in we if t.dep_ in lx.SUBJECTS and (t.head.dep_ == "ROOT" or t.head.dep_ == "conj"
                                                            and t.head.head.dep_ == "ROOT")) >= 2
    if not release and (len(we) < 3 or len({doc.text.count("\n", 0, t.idx) for t in we}) < 2):
        return frozenset()
    if any(t.lower_ in lx.PRONOUNS_FIRST and not _quoted(doc, t) for t in doc) \
            or any(line.lstrip()[:2] in {"Q:", "Q.", "A:"} for line in doc.text.split("\n")) \
            or any(t.lower_ in lx.PRESS_AUDIENCES | {"editor", "editors"} and t.i > 0 and doc[t.i - 1].lower_ == "our"
                   for t in doc):
        return frozenset()
    if first is None:
        return frozenset()
    about = [t for c in first.root.children if c.dep_ in lx.SUBJECTS for t in c.subtree]
    about += [w for t in first if t.dep_ == "pobj" and t.head.lower_ == "from"
              and t.head.head.lemma_.lower() in lx.ISSUED_TEXTS | {"update", "message", "bulletin"} for w in t.subtree]
    return frozenset(t.i for t in about if t.i not in dateline)


_SPOKES = frozenset({"spokesman", "spokeswoman", "spokesperson"})


def _officer(tok) -> bool:
    """A word for a body's officer: "coordinator", "secretary general" (not a minister's "Trade Secretary")."""
    after = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return tok.lemma_.lower() in lx.BODY_OFFICERS or tok.lower_ == "secretary" and after is not None \
        and after.lower_ in {"general", "-", "generals"}


def _named_body(tok, coref: Coreference) -> int | None:
    """The organisation a capitalised word names by its short name or acronym ("KFN" of the Kilifi Fisherfolk Network
    (KFN)), where the recogniser tagged nothing."""
    if not tok.text[:1].isupper() or tok.pos_ not in {"PROPN", "NOUN"}:
        return None
    return next((c for c, cl in enumerate(coref.clusters) if cl.type == "Organization"
                 and any(tok.text == n or tok.text == _acronym(n) for n in [*cl.names, *(m.name for m in cl.mentions)])), None)


def _speakers_body(doc, coref: Coreference, person: int) -> int | None:
    """The organisation a person speaks for as one of its officers, as the article names them: "KFN coordinator X",
    "Union president X", "Chair of the Committee, X"; else None."""
    for m in coref.clusters[person].mentions:
        before = doc[max(0, m.start - 6):m.start]
        if not any(_officer(t) for t in before) or any(t.lower_ in {"former", "ex", "outgoing", "erstwhile"} for t in before):
            continue  # (not "Former Brix Capital director X": no longer its voice)
        officer = max(t.i for t in before if _officer(t))
        # "KFN coordinator X": the body's name right before the office; "Chair of the Committee, X": after it
        near = [*range(max(doc[m.start].sent.start, officer - 4), officer), *range(officer + 1, m.start)]
        bodies = [(i, c) for i in near
                  if (c := coref.token_cluster[i] if i in coref.token_cluster else _named_body(doc[i], coref)) is not None
                  and coref.clusters[c].type == "Organization" and c != person]
        if bodies and not any(doc[i].is_punct and doc[i].text != "," or doc[i].pos_ in {"VERB", "AUX"}
                              for i in range(bodies[-1][0], m.start)):
            return bodies[-1][1]
    return None


def _spokesperson(doc, cluster: Cluster) -> bool:
    """Whether the article calls this person a spokesman ("spokesman Rich Hall", "Jo Lee, a spokeswoman")."""
    for m in cluster.mentions:
        after = doc[m.end:min(len(doc), m.end + 4)]
        near = [*doc[max(0, m.start - 2):m.start], *(after if len(after) and after[0].text == "," else [])]
        if any(t.lemma_.lower() in _SPOKES for t in near):
            return True
    return False


def _speaker(doc, tok, coref: Coreference) -> list[int]:
    """"I will take part ...," X told reporters: "I" is X, the subject of the reporting verb;
    in an interview's answer ("Zhang: I visited ..."), the person whose name opens the paragraph;
    a quote of several sentences is said where it closes (""We are asking ... That is not much," he said"),
    or where it opens after a colon ('X said: "We went in with an offer. We call on Y ..."')."""
    sentences = [tok.sent]
    closing = _quote_end(doc, tok)
    if closing is not None and closing.sent.start != tok.sent.start:
        sentences.append(closing.sent)
    opening = _quote_start(doc, tok)
    if opening is not None and opening.sent.start != tok.sent.start:
        sentences.append(opening.sent)
    for sent in sentences:
        for t in sent:
            if t.lemma_.lower() in lx.REPORTING_VERBS and t.pos_ == "VERB" and not (t.i <= tok.i and tok in t.subtree and t.dep_ == "ccomp"):
                for s in t.children:
                    if s.dep_ not in lx.SUBJECTS or s.lower_ in lx.PRONOUNS_FIRST | lx.PRONOUNS_WE:
                        continue
                    if s.i in coref.token_cluster:
                        c = coref.token_cluster[s.i]
                        if coref.clusters[c].type == "Person":
                            return [c]
                    elif s.lower_ in lx.PRONOUNS_MALE | lx.PRONOUNS_FEMALE:  # "...," he said
                        return antecedent(doc, s, coref, quotes=False)  # (its own quote check would come back here)
    if tok.lower_ in {"i", "me", "my", "myself"}:
        answer = _answer_speaker(doc, tok, coref)
        if answer is not None:
            return [answer]
    return []


def _quote_start(doc, tok):
    """The opening quotation mark of the quote tok stands in, when a colon or comma comes right before it
    ('X said: "...'), else None (same paragraph)."""
    text = doc.text
    start = text.rfind("\n", 0, tok.idx) + 1
    before = text[start:tok.idx]
    marks = [i for i in (before.rfind(q) for q in (*_OPENING_QUOTES, '"')) if i >= 0]
    if not marks or not before[:max(marks)].rstrip().endswith((":", ",")):
        return None
    span = doc.char_span(start + max(marks), start + max(marks) + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _quote_end(doc, tok):
    """The token right after the quotation mark that closes the quote tok stands in (same paragraph)."""
    text = doc.text
    end = text.find("\n", tok.idx)
    end = len(text) if end < 0 else end
    marks = [i for i in (text.find(q, tok.idx, end) for q in (*_CLOSING_QUOTES, '"')) if i >= 0]
    if not marks:
        return None
    span = doc.char_span(min(marks) + 1, end, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _answer_speaker(doc, tok, coref: Coreference) -> int | None:
    """The person named before the colon that opens tok's paragraph: "Zhang: I visited ..."."""
    text = doc.text
    start = text.rfind("\n", 0, tok.idx) + 1
    colon = text.find(":", start, tok.idx)
    if colon < 0 or colon - start > 40:
        return None
    for t in doc.char_span(start, colon, alignment_mode="expand") or ():
        c = coref.token_cluster.get(t.i)
        if c is not None and coref.clusters[c].type == "Person":
            return c
    name = text[start:colon].strip()
    if not name or not name[0].isupper():
        return None
    # a name the recogniser missed there: one person of the article whose name holds it ("Zhang")
    people = [c for c, cl in enumerate(coref.clusters) if cl.type == "Person"
              and (name == cl.label or name in cl.label.split())]
    return people[0] if len(people) == 1 else None


def expletive(tok) -> bool:
    """"it" that stands for a clause after it: "it's clear that X", "it was agreed that" (not "it is
    likely to meet X", where "it" is the one who meets)."""
    head = tok.head
    if tok.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    clause = [c for c in head.children if c.dep_ == "ccomp" and c.i > tok.i]
    if head.lemma_ == "be":  # (not "it is likely to meet X": an infinitive has "it" as its doer)
        said = [c for c in head.children if c.dep_ in {"acomp", "attr"}]
        return bool(said) and bool(clause or any(c.dep_ == "ccomp" for s in said for c in s.children))
    return tok.dep_ == "nsubjpass" and any(any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children) for c in clause)


def flattened_pair(tok) -> list:
    """"President A and Council President B met X" parsed as one run of compounds ending in B:
    the person named before the "and" inside B's own phrase."""
    lefts = [t for t in tok.subtree if t.i < tok.i]
    cc = next((t for t in reversed(lefts) if t.dep_ == "cc" and t.lower_ in {"and", "&"}), None)
    own = tok.i  # where tok's own name starts: "Ursula von der Leyen", its first word a conjunct of the parser's
    while own > 0 and (tok.doc[own - 1].pos_ == "PROPN" or tok.doc[own - 1].lower_ in lx.NAME_PARTICLES) \
            and tok.doc[own - 1].ent_type_ in {"PERSON", ""} and tok.doc[own - 1].lower_ not in {"and", "&"}:
        own -= 1
    if cc is None or any(t.dep_ == "conj" for t in lefts if cc.i < t.i < own and t.ent_type_ == "PERSON"):
        return []
    # (or a name after a personal title the recogniser took for a body: "guests including Mr Ruto and ...")
    before = [t for t in lefts if t.i < cc.i and (t.ent_type_ == "PERSON" or t.pos_ == "PROPN" and t.dep_ in {"nmod", "compound"}
                                                  and any(c.lower_ in lx.PERSONAL_TITLES for c in t.lefts))]
    return before[-1:]


def _plural_antecedent(doc, tok, coref: Coreference, back: int) -> list[int]:
    # "X met Y ... for their first talks": the two the clause's verb joins
    verb = next((a for a in tok.ancestors if a.pos_ in {"VERB", "AUX"}), None) if tok.tag_ == "PRP$" else None
    if verb is not None and guests_arrival(tok) and (guest := child(verb, "dobj")) is not None and guest.i < tok.i \
            and (guest.tag_ in {"NNS", "NNPS"} or guest.conjuncts or flattened_pair(guest)):
        # "welcomed the EU leaders on their arrival": the guests' arrival, whoever welcomed them
        guests = [guest, *guest.conjuncts] if guest.conjuncts or guest.tag_ in {"NNS", "NNPS"} else [guest, *flattened_pair(guest)]
        return list(dict.fromkeys(coref.token_cluster[g.i] for g in guests if g.i in coref.token_cluster))
    if verb is not None:
        subj = next((c for c in verb.children if c.dep_ in lx.SUBJECTS), None)
        obj = child(verb, "dobj") or pobj(verb, "with")
        pair = [coref.token_cluster.get(x.i) for x in (subj, obj) if x is not None and x.i < tok.i]
        if len(pair) == 2 and None not in pair and pair[0] != pair[1] \
                and all(coref.clusters[c].type in {"Person", "Organization", "Country"} for c in pair):
            return pair
    if tok.dep_ in lx.SUBJECTS and tok.head.dep_ == "advcl" and (obj := child(tok.head.head, "dobj")) is not None \
            and obj.i < tok.i:
        # "X welcomed A and B as they arrived": the ones the main clause acts on
        found = list(dict.fromkeys(coref.token_cluster[g.i] for g in (obj, *obj.conjuncts) if g.i in coref.token_cluster))
        if len(found) >= 2:
            return found
    first = sentence_starts(doc, tok, back)
    for i in range(tok.i - 1, first - 1, -1):
        t = doc[i]
        if t.dep_ not in lx.SUBJECTS | lx.PASSIVE_SUBJECTS:
            continue
        group = [t, *t.conjuncts]
        if not t.conjuncts and t.pos_ == "PROPN":
            group += flattened_pair(t)  # "Antonio Costa and Ursula von der Leyen arrived", read as one name
        found = list(dict.fromkeys(coref.token_cluster[g.i] for g in group if g.i in coref.token_cluster))
        if len(found) >= 2:
            return found
    return []


def pronoun_antecedent(doc, tok, coref: Coreference) -> int | None:
    """The one entity a singular pronoun refers to (see :func:`antecedent`)."""
    found = antecedent(doc, tok, coref)
    return found[0] if len(found) == 1 else None


@lru_cache(maxsize=8192)
def first_name_gender(word: str) -> str | None:
    """"male"/"female" for a known first name (gender-guesser's table of 40,000 names); a name
    given to both ("Kelly", "Robin": "mostly" one) tells nothing, so it rules no one out."""
    if not word[:1].isupper() or len(word) < 2:
        return None
    g = first_names().get_gender(word)
    return {"male": "male", "female": "female"}.get(g)
