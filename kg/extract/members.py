"""Groups and their members: "BRICS members Brazil and India", "Norway, a member of NATO".

An article often says who belongs to a group in passing. Each construction below gives
``group kg:member member`` with its evidence (sentence, cue word), as facts carry theirs:

* a group before a member noun, then a list: "OPEC members Iraq and Libya", "the G7
  nations (Canada, Japan, ...)", "NATO's members Poland and Estonia", "Fellow OPEC
  member Venezuela", "EU member states such as Malta";
* members of a group, then a list: "members of ASEAN such as Vietnam and Laos";
* a member noun in apposition or after a copula: "Norway, a member of NATO",
  "Ecuador and Gabon, both members of OPEC", "Kuwait, one of the members of OPEC",
  "Iceland is a member of NATO", "Norway, a NATO member";
* a coalition led by its members: "a coalition of 30 countries led by Britain and France",
  "the alliance led by Ruritania".

Not a membership: a negated or hypothetical one ("is not a member", "wants to become a
member"), a former or prospective one ("former member", "non-OPEC countries", "candidate
member"), and a group that is a country ("U.S. allies Japan and Korea" are allies).

A group the recogniser did not name ("G7", "the Group of Seven", "a coalition of 30
countries") becomes an organisation of the article; a name it called a place that has
members ("BRICS") is an organisation. :func:`with_members` adds both to an
:class:`~kg.model.Extraction`; :func:`find_members` is the generator of what it adds.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace

from kg.extract import lexicon as lx
from kg.extract.tokens import child, pobj
from kg.model import Entity, Extraction, Membership, Span

#: nouns that, with a group named before them, stand for its members ("OPEC members", "G7 nations")
MEMBER_HEADS = frozenset({
    "member", "nation", "country", "state", "government", "economy", "power", "ally", "partner",
    "signatory",
})
#: nouns naming the members themselves, whatever names the group: only these take "X, a member of Y"
MEMBER_NOUNS = frozenset({"member", "signatory"})
#: words between a group's name and its member noun that say nothing of membership ("Fellow", "founding")
FILLERS = frozenset({"fellow", "founding", "full", "other", "leading", "major", "key", "main", "core",
                     "industrial", "industrialised", "industrialized", "rich", "big", "biggest", "largest"})
#: a member noun with one of these modifiers is no current membership
NOT_MEMBERS = frozenset({"former", "ex", "prospective", "would-be", "candidate", "aspiring", "potential",
                         "future", "non", "observer", "associate-candidate", "new-candidate"})
#: a member noun with one of these, or "not" just before it, is no membership: "not an OPEC member"
NEGATIONS = frozenset({"not", "no", "never", "n't"})
#: words that open a list of members after the member noun
LIST_OPENERS = frozenset({"including", "like", "namely", "notably", "especially"})
#: verbs linking a subject to "a member of Y"
COPULAS = frozenset({"be", "remain"})
#: modals and negation that make "X is a member" not a statement of membership
NOT_STATED = frozenset({"not", "n't", "never", "no", "would", "could", "may", "might", "should", "will", "to"})
#: head words that make a name the recogniser missed a group's name ("the Group of Seven", "the Paris Club")
GROUP_WORDS = lx.GROUP_NOUNS | {"club", "community", "organisation", "organization", "association", "pact", "forum"}
#: entity types a group may be, and a member
GROUP_TYPES = frozenset({"Organization", "Place"})  # a place with members is a mistyped group (see with_members)
MEMBER_TYPES = frozenset({"Country", "Organization", "Person", "Place"})
#: recogniser labels a missed group name cannot carry
NOT_GROUP_LABELS = frozenset({"GPE", "NORP", "LOC", "PERSON", "DATE", "TIME", "MONEY", "PERCENT"})


@dataclass(frozen=True, slots=True)
class Found:
    """One membership as the rules find it: clusters of the article's coreference, or the
    words of a group no mention names (``new_group``)."""

    group: int | None
    member: int
    sentence: Span
    trigger: Span
    confidence: float
    new_group: Span | None = None


def find_members(doc, coref, gaz=None) -> Iterator[Found]:
    """The memberships the rules of the module docstring find in a parsed Doc.

    Args:
        doc: the article's spaCy Doc.
        coref: its :class:`~kg.extract.coref.Coreference` (clusters and the token -> cluster map).
        gaz: the gazetteer, to tell a country from a group the recogniser missed (kg's by default).

    Yields:
        :class:`Found` records, each once per sentence, group and member.
    """
    if gaz is None:
        from kg.gazetteer import gazetteer

        gaz = gazetteer()
    seen: set[tuple] = set()
    for tok in doc:
        lemma = tok.lemma_.lower()
        if lemma in MEMBER_HEADS and tok.pos_ in {"NOUN", "PROPN"}:
            found = _member_noun(doc, tok, coref, gaz)
        elif lemma == "lead" and tok.tag_ == "VBN":
            found = _led_by(doc, tok, coref)
        else:
            continue
        for f in found:
            key = (f.group, f.new_group and f.new_group.text.casefold(), f.member, f.sentence.start)
            if key not in seen:
                seen.add(key)
                yield f


def with_members(ex: Extraction, doc, coref, renumber: dict[int, int], gaz=None) -> Extraction:
    """``ex`` with the memberships of ``doc`` (:func:`find_members`): groups no mention named
    are added as organisations, and a place that has members becomes an organisation.

    Args:
        ex: the article's extraction, its entities numbered by ``renumber``.
        doc, coref, gaz: as for :func:`find_members`.
        renumber: coreference cluster -> index in ``ex.entities``.
    """
    entities = list(ex.entities)
    keys = {(e.type, e.label.casefold()): n for n, e in enumerate(entities)}
    best: dict[tuple[int, int, int], Membership] = {}
    for f in find_members(doc, coref, gaz):
        member = renumber.get(f.member)
        if f.group is not None:
            group = renumber.get(f.group)
        else:  # a group named only here: one organisation per name in the article
            label = f.new_group.text
            group = keys.get(("Organization", label.casefold()))
            if group is None:
                group = keys[("Organization", label.casefold())] = len(entities)
                entities.append(Entity(label, "Organization", (), (f.new_group,)))
            elif f.new_group not in entities[group].mentions:
                entities[group] = replace(entities[group], mentions=(*entities[group].mentions, f.new_group))
        if group is None or member is None or group == member:
            continue
        if entities[group].type == "Place":
            entities[group] = replace(entities[group], type="Organization")
        m = Membership(group, member, f.sentence, f.trigger, f.confidence)
        key = (group, member, f.sentence.start)
        if key not in best or best[key].confidence < m.confidence:
            best[key] = m
    if not best:
        return ex
    members = tuple(sorted(best.values(), key=lambda m: (m.sentence.start, m.trigger.start, m.group, m.member)))
    return replace(ex, entities=tuple(entities), members=members)


# ------------------------------------------------------------------ the rules

def _span(doc, start: int, end: int) -> Span:
    return Span(doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text), doc[start:end].text)


def _sentence(tok) -> Span:
    sent = tok.sent
    text = sent.text.rstrip()
    return Span(sent.start_char, sent.start_char + len(text), text)


def _cluster(coref, i: int, types) -> int | None:
    c = coref.token_cluster.get(i)
    return c if c is not None and coref.clusters[c].type in types else None


def _is_group(coref, c: int) -> bool:
    """An organisation, or a place named like a group ("BRICS", "Mercosur" typed as places are not)."""
    cl = coref.clusters[c]
    return cl.type == "Organization" or cl.type == "Place" and any(w.isupper() and len(w) > 1 for w in cl.label.split())


def _not_current(doc, tok) -> bool:
    """"former member", "non-OPEC countries", "candidate member", "not an OPEC member",
    "no member of": no membership stated."""
    words = {c.lower_ for c in tok.children if c.dep_ in {"amod", "compound", "nmod", "advmod", "neg", "det"}}
    before = {doc[i].lower_ for i in range(max(0, tok.i - 3), tok.i)}
    return bool(words & (NOT_MEMBERS | NEGATIONS) or before & {"non", "not", "never", "n't"}
                or any(w.startswith("non-") for w in before))


def _member_noun(doc, tok, coref, gaz) -> list[Found]:
    """Every construction around a member noun or a group's member head ("members", "nations")."""
    if _not_current(doc, tok):
        return []
    groups: list[int | Span] = []
    # "members of ASEAN", "a member of NATO and the EU"
    of = pobj(tok, "of")
    after = tok.i + 1
    if of is not None:
        # "a member of the EU and the Commonwealth", the second group parsed as the noun's conjunct
        for part in [of, *of.conjuncts, *(c for c in tok.conjuncts if c.pos_ == "PROPN")]:
            c = _cluster(coref, part.i, GROUP_TYPES)
            if c is not None and _is_group(coref, c):
                groups.append(c)
        if groups:  # the list, if any, comes after the group's name: "members of ASEAN such as Laos"
            after = max(_name_end(part) for part in [of, *of.conjuncts])
    # "NATO's members", "OPEC member", "the G7 nations", "EU member states"
    if not groups:
        before = _group_before(doc, tok, coref, gaz)
        if before is not None:
            groups.append(before)
    if not groups:
        return []
    # "member states", "member countries": the list comes after the second head
    while after < len(doc) and doc[after].lemma_.lower() in MEMBER_HEADS and doc[after].pos_ == "NOUN":
        after += 1
    members = _listed(doc, after, coref)
    # "X, a member of Y", "X is a member of Y": only member nouns ("X, a NATO ally" is left alone)
    if tok.lemma_.lower() in MEMBER_NOUNS:
        members += [m for m in _described(tok, coref) if m not in members]
    confidence = 0.9 if tok.lemma_.lower() in MEMBER_NOUNS else 0.8
    sentence, trigger = _sentence(tok), _span(doc, tok.i, tok.i + 1)
    out = []
    for g in groups:
        for m in members:
            if g == m:
                continue
            if isinstance(g, Span):
                out.append(Found(None, m, sentence, trigger, confidence, new_group=g))
            else:
                out.append(Found(g, m, sentence, trigger, confidence))
    return out


def _name_end(tok) -> int:
    """The token after a noun and its modifiers, its own complements left out ("ASEAN" in
    "ASEAN such as Laos", "the European Union" in "the European Union, which ...")."""
    inner = [tok, *(t for c in tok.children if c.dep_ not in {"prep", "relcl", "acl", "appos", "punct", "cc", "conj"}
                    for t in c.subtree)]
    return max(t.i for t in inner) + 1


def _group_before(doc, tok, coref, gaz) -> int | Span | None:
    """The group named just before a member head: a mention ("OPEC member", "NATO's members"),
    or proper nouns no mention covers that name a group ("G7 nations", "Group of Seven
    industrial nations"). None when what comes before is not a group ("U.S. allies")."""
    j = tok.i - 1
    while j >= 0:
        word = doc[j]
        c = coref.token_cluster.get(j)
        if c is not None:
            if not _is_group(coref, c):
                return None
            start = min(m.start for m in coref.clusters[c].mentions if m.start <= j < m.end) \
                if any(m.start <= j < m.end for m in coref.clusters[c].mentions) else j
            if {doc[i].lower_ for i in range(max(0, start - 2), start)} & {"non", "non-"}:
                return None  # "non-OPEC countries"
            return c
        if word.pos_ == "PROPN" or word.pos_ == "NUM" and word.text[:1].isupper():  # "G7", "the Group of Five"
            return _missed_name(doc, j, gaz)
        if word.tag_ == "POS" or word.text in {"-", "'"} or word.lower_ in FILLERS or word.pos_ in {"ADJ", "NUM"} \
                or word.lemma_.lower() in MEMBER_HEADS and word.pos_ == "NOUN":
            j -= 1
            continue
        return None
    return None


def _missed_name(doc, end: int, gaz) -> Span | None:
    """Proper nouns ending at ``end`` that name a group: an acronym or a name with a digit
    ("G7", "BRICS"), or words around a group noun ("the Group of Seven")."""
    start = end
    while start > 0 and (doc[start - 1].pos_ in {"PROPN", "NUM"} and doc[start - 1].text[:1].isupper()
                         or doc[start - 1].lower_ == "of" and start > 1 and doc[start - 2].pos_ == "PROPN"):
        start -= 1
    words = doc[start:end + 1]
    if any(t.ent_type_ in NOT_GROUP_LABELS for t in words) or gaz.country(words.text):
        return None
    acronym = any((w.text.isupper() and len(w.text) > 1) or any(ch.isdigit() for ch in w.text) for w in words)
    named = any(w.lower_ in GROUP_WORDS for w in words) and len(words) > 1
    if not (acronym or named) or any(w.lower_ in lx.HONORIFICS for w in words):
        return None
    return _span(doc, start, end + 1)


def _listed(doc, i: int, coref) -> list[int]:
    """The entities listed from token ``i``: "Brazil, India and China", "(Canada, Japan ...)",
    ": Peru and Chile", "such as Laos", ", including Peru and Chile". A list opened by a bare
    comma or a parenthesis needs two entities ("NATO members, Britain said" is no list, and
    "the member countries (UMOA)" gives the group's short name)."""
    n = len(doc)
    opener = None
    if i < n and doc[i].text in {"(", ":", "--", "—", "–", ","}:
        opener, i = doc[i].text, i + 1
    if i + 1 < n and doc[i].lower_ == "such" and doc[i + 1].lower_ == "as":
        opener, i = "such as", i + 2
    elif i < n and doc[i].lower_ in LIST_OPENERS:
        opener, i = doc[i].lower_, i + 1
    items: list[int] = []
    while i < n:
        while i < n and doc[i].lower_ in {"the", "a"}:
            i += 1
        c = _cluster(coref, i, MEMBER_TYPES)
        if c is None:
            break
        if c not in items:
            items.append(c)
        while i < n and coref.token_cluster.get(i) == c:
            i += 1
        comma = i < n and doc[i].text == ","
        i += comma
        if i + 2 < n and [t.lower_ for t in doc[i:i + 3]] == ["as", "well", "as"]:
            i += 3
        elif i < n and doc[i].lower_ == "and":
            i += 1
        elif not comma:
            break
    if opener == "(" and not (i < n and doc[i].text in {")", "..."} or i >= 1 and doc[i - 1].text in {")", "..."}):
        return []  # "(" with no ")" after the names: not a list of members
    if opener in {",", "("} and len(items) < 2:
        return []  # "NATO members, Britain said"; "the zone's member countries (UMOA)" names the group again
    return items


def _described(tok, coref) -> list[int]:
    """Who a member noun describes: "X, a member of Y" (apposition), "X and Z, both members",
    "X, one of the members of Y", "X is a member of Y", "X, which is a member of Y"."""
    anchor = tok
    # "one of the members of Y": the apposition is "one"
    if tok.dep_ == "pobj" and tok.head.lower_ in {"of", "among"} and tok.head.head.pos_ in {"NUM", "PRON", "ADJ"}:
        anchor = tok.head.head
    if anchor.dep_ == "appos":
        head = anchor.head
    elif anchor.dep_ in {"attr", "oprd"}:
        verb = anchor.head
        said = {c.lower_ for c in verb.children if c.dep_ in {"neg", "aux", "advmod"}} | {c.lower_ for c in anchor.children if c.dep_ in {"neg", "det"}}
        if verb.lemma_.lower() not in COPULAS and not (verb.lemma_.lower() == "become" and verb.tag_ in {"VBD", "VBN", "VBZ"}):
            return []
        if said & NOT_STATED or verb.dep_ in {"xcomp", "ccomp", "advcl"} and verb.lemma_.lower() == "become":
            return []
        head = child(verb, *lx.SUBJECTS)
        if head is None:
            return []
        if head.lower_ in {"which", "who", "that"} and verb.dep_ == "relcl":
            head = verb.head
    else:
        return []
    out = []
    for part in [head, *head.conjuncts]:
        c = _cluster(coref, part.i, MEMBER_TYPES)
        if c is not None and c not in out:
            out.append(c)
    return out


def _led_by(doc, tok, coref) -> list[Found]:
    """"a coalition of 30 countries led by Britain and France": the leaders are members."""
    agent = next((c for c in tok.children if c.dep_ == "agent"), None)
    if tok.dep_ != "acl" or agent is None:
        return []
    obj = child(agent, "pobj")
    head = tok.head
    # the group noun, or its "of" complement ("a coalition of 30 countries led by ...")
    if head.lemma_.lower() not in lx.GROUP_NOUNS and head.dep_ == "pobj" and head.head.lower_ == "of":
        head = head.head.head
    if obj is None or head.lemma_.lower() not in lx.GROUP_NOUNS:
        return []
    group = _cluster(coref, head.i, GROUP_TYPES)
    new_group = None
    if group is None:  # a group described, not named: "a coalition of 30 countries" (a bare "the alliance" is left alone)
        complement = pobj(head, "of")
        if complement is None or complement.i > tok.i:
            return []
        start = min([head.i, *(t.i for c in head.lefts if c.dep_ in {"amod", "compound", "nmod"} for t in c.subtree)])
        new_group = _span(doc, start, complement.i + 1)
    sentence, trigger = _sentence(tok), _span(doc, tok.i, tok.i + 1)
    out = []
    for part in [obj, *obj.conjuncts]:
        c = _cluster(coref, part.i, {"Country", "Organization"})
        if c is not None and c != group:
            out.append(Found(group, c, sentence, trigger, 0.75, new_group=new_group))
    return out
