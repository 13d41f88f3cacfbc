"""Relation rules: who hosts, meets, demands of, visits and attends whom.

Each rule looks at one trigger token and yields :class:`Candidate` facts over
entity clusters. Arguments come from the dependency parse; coordination,
co-agents ("X, alongside Y, will host Z"), passives, nominal forms and pronouns
are followed.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from itertools import combinations

from kg.extract import lexicon as lx
from kg.extract.context import np_text
from kg.extract.coref import Cluster, Coreference, pronoun_antecedent
from kg.extract.mentions import Mention
from kg.extract.tokens import TokenIndex, child, pobj

#: entity types that can be met, hosted, visited or demanded
PARTY_TYPES = frozenset({"Person", "Organization", "Country"})
PLACE_TYPES = frozenset({"Country", "Place", "Facility"})


@dataclass(frozen=True, slots=True)
class Candidate:
    relation: str
    subject: int  # cluster index
    object: int
    trigger: int  # token index
    confidence: float
    anchors: tuple[int, ...] = ()  # tokens whose modifiers give time and place
    content: str | None = None


class Arguments:
    """Maps tokens to entity clusters, following coordination and pronouns."""

    def __init__(self, doc, coref: Coreference) -> None:
        self.doc = doc
        self.coref = coref
        #: tokens of datelines ("PARIS, France –"): where a story was filed, never an argument
        self.dateline = {t.i for span in doc.spans.get("kg_datelines", []) for t in span}

    @property
    def clusters(self) -> list[Cluster]:
        return self.coref.clusters

    def of(self, tok, *, conjuncts: bool = True) -> list[tuple[int, float]]:
        """Clusters a token stands for, with a confidence factor (pronouns cost a little)."""
        if tok is None:
            return []
        out = []
        for t in [tok, *(tok.conjuncts if conjuncts else ())]:
            named = next((a for a in t.children if a.dep_ == "appos" and a.i in self.coref.token_cluster and a.i not in self.dateline), None)
            c = self.coref.token_cluster.get(t.i) if t.i not in self.dateline else None
            if t.i in self.dateline and named is None:
                continue
            if c is not None:
                out.append((c, 1.0))
            elif named is not None:  # "the Japanese ambassador, Anami Koreshige"
                out.append((self.coref.token_cluster[named.i], 1.0))
            elif t.lower_ in lx.PRONOUNS_SINGULAR and t.pos_ == "PRON":
                ante = pronoun_antecedent(self.doc, t, self.coref)
                if ante is not None:
                    out.append((ante, 0.85))
        return list(dict.fromkeys(out))

    def within(self, tok, *, exclude: set[int] = frozenset()) -> list[tuple[int, float]]:
        """Clusters named anywhere inside tok's phrase (for demanded content)."""
        found = []
        for t in tok.subtree:
            c = self.coref.token_cluster.get(t.i)
            if c is not None and c not in exclude and (c, 1.0) not in found:
                found.append((c, 1.0))
        return found

    def event(self, tok) -> int:
        """The Event cluster a meeting-like noun stands for, made on first use.

        Definite mentions of the same kind of event ("the video call", "the video
        conference") are one event within an article.
        """
        c = self.coref.token_cluster.get(tok.i)
        if c is not None:
            return c
        mods = [t for t in tok.lefts if t.dep_ in {"compound", "amod", "nmod"} and t.ent_type_ not in {"DATE", "TIME"} and t.tag_ != "POS"]
        start = min([tok.i, *(m.left_edge.i for m in mods)])
        # keep only the contiguous modifiers next to the head: "video call", "Alaska summit"
        while start < tok.i and any(self.doc[i].ent_type_ in {"DATE", "TIME"} or self.doc[i].tag_ == "POS" for i in range(start, tok.i)):
            start += 1
        name = self.doc[start:tok.i + 1].text
        surface_start = min([tok.i, *(t.i for t in tok.lefts)])
        mention = Mention(surface_start, tok.i + 1, name, self.doc[surface_start:tok.i + 1].text, "Event", tok.i)
        kind = lx.EVENT_KINDS.get(tok.lower_)
        c = next((n for n, cl in enumerate(self.clusters) if cl.type == "Event" and kind
                  and any(lx.EVENT_KINDS.get(self.doc[m.head].lower_) == kind for m in cl.mentions)), None)
        if c is None:
            self.clusters.append(Cluster("Event"))
            c = len(self.clusters) - 1
        self.clusters[c].add(mention)
        for i in range(mention.start, mention.end):
            self.coref.token_cluster.setdefault(i, c)
        self.coref.token_cluster[tok.i] = c
        self.coref.mention_cluster[mention.start] = c
        return c

    def represented(self, tok) -> list[tuple[int, float]]:
        """"the African Union delegation", "a delegation from Israel": who it stands for."""
        if tok.lemma_.lower() not in lx.DELEGATION_NOUNS:
            return []
        found = []
        for c in tok.children:
            if c.dep_ in {"compound", "poss", "nmod"}:
                found += self.of(c)
            elif c.dep_ == "prep" and c.lower_ in {"of", "from"}:
                found += self.of(child(c, "pobj"))
        return [(c, 0.9 * f) for c, f in found]

    def after_and(self, tok) -> list[tuple[int, float]]:
        """The entity right after "X and", where X's mention ends at or after tok."""
        c = self.coref.token_cluster.get(tok.i)
        end = tok.i + 1
        while c is not None and end < len(self.doc) and self.coref.token_cluster.get(end) == c:
            end += 1
        if end + 1 < len(self.doc) and self.doc[end].lower_ == "and":
            nxt = self.coref.token_cluster.get(end + 1)
            if nxt is not None:
                return [(nxt, 0.9)]
        return []

    def typed(self, found: list[tuple[int, float]], types: frozenset[str]) -> list[tuple[int, float]]:
        return [(c, f) for c, f in found if self.clusters[c].type in types]


def is_passive(verb) -> bool:
    return any(c.dep_ in lx.PASSIVE_SUBJECTS | {"auxpass"} for c in verb.children)


def subject_tokens(verb) -> list:
    """Grammatical subjects, inherited along xcomp/conj/advcl and from relative clauses."""
    found = [c for c in verb.children if c.dep_ in lx.SUBJECTS]
    if found:
        return found
    if verb.dep_ == "xcomp":
        obj = child(verb.head, "dobj")  # object control: "urged X to meet Y"
        if obj is not None and verb.head.lemma_ in {"urge", "ask", "invite", "persuade", "press", "tell", "allow"}:
            return [obj]
        passive = [c for c in verb.head.children if c.dep_ in lx.PASSIVE_SUBJECTS]
        return passive or subject_tokens(verb.head)
    if verb.dep_ in lx.SUBJECT_INHERITING and verb.head is not verb:
        return subject_tokens(verb.head)
    if verb.dep_ in {"relcl", "acl"}:
        return [verb.head]
    if verb.dep_ == "pcomp":  # "after meeting X": the subject of the clause the prep hangs on
        return subject_tokens(verb.head.head) if verb.head.head is not verb.head else []
    return []


def coagents(verb) -> list:
    """"X, alongside Y and Z, will host" / "X together with Y hosted": Y and Z."""
    found = []
    for holder in [verb, *subject_tokens(verb)]:
        for c in holder.children:
            if c.dep_ != "prep":
                continue
            joint = c.lower_ == "with" and c.i > 0 and c.nbor(-1).lower_ in lx.COAGENT_ADVERBS
            if c.lower_ in lx.COAGENT_PREPS or joint:
                obj = child(c, "pobj")
                if obj is not None:
                    found.append(obj)
    return found


def _pairs(subjects, objects, relation, trigger, confidence, anchors, content=None) -> Iterator[Candidate]:
    for s, fs in subjects:
        for o, fo in objects:
            if s != o:
                yield Candidate(relation, s, o, trigger, round(confidence * fs * fo, 3), anchors, content)


def _subjects(args: Arguments, verb) -> list[tuple[int, float]]:
    found = []
    for tok in subject_tokens(verb):
        found += args.of(tok)
    return list(dict.fromkeys(found))


# --- hosts --------------------------------------------------------------------
def hosts(args: Arguments, tok) -> Iterator[Candidate]:
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in lx.HOST_VERBS:
        return
    if is_passive(tok) or tok.dep_ == "acl":
        # passive: "Y was hosted by X"; participle: "a summit hosted by X"
        hosts_ = args.of(pobj(tok, "by"))
        target = child(tok, *lx.PASSIVE_SUBJECTS) or (tok.head if tok.dep_ == "acl" else None)
        conf = 0.85
    else:
        # active: "X hosts Y"; "X, alongside Y and Z, will host W"
        hosts_ = _subjects(args, tok)
        for co in coagents(tok):
            hosts_ += args.of(co)
        target = child(tok, "dobj")
        conf = 0.9
    if target is None:
        return
    guests = args.typed(args.of(target) or args.represented(target), PARTY_TYPES | {"Event"})
    anchors = (tok.i, target.i)
    if not guests and target.lemma_.lower() in lx.EVENT_NOUNS:
        # "X hosted a summit of/with Y": the guests; else the event itself
        guests = args.typed(args.of(pobj(target, "of", "with", "between", "for")), PARTY_TYPES)
        if not guests:
            guests = [(args.event(target), 1.0)]
    yield from _pairs(hosts_, guests, "hosts", tok.i, conf, anchors)


# --- meets --------------------------------------------------------------------
def _clause_parties(args: Arguments, verb) -> list[tuple[int, float]]:
    """Everyone a clause names as subject or object: the antecedents of "they"."""
    found = _subjects(args, verb)
    for c in verb.children:
        if c.dep_ in lx.OBJECTS | {"dative"}:
            found += args.of(c)
        elif c.dep_ == "prep":
            found += args.of(child(c, "pobj"))
    return args.typed(list(dict.fromkeys(found)), PARTY_TYPES)


def _symmetric(participants, trigger, confidence, anchors) -> Iterator[Candidate]:
    for (a, fa), (b, fb) in combinations(participants, 2):
        if a != b:
            yield Candidate("meets", a, b, trigger, round(confidence * fa * fb, 3), anchors)


def meets(args: Arguments, tok) -> Iterator[Candidate]:
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB" and lemma in lx.MEET_VERBS:
        subjects = args.typed(_subjects(args, tok), PARTY_TYPES)
        if any(t.lower_ in lx.PRONOUNS_PLURAL for t in subject_tokens(tok)) and tok.dep_ == "advcl":
            # "X will speak to Y when they meet": they = the parties of the governing clause
            parties = _clause_parties(args, tok.head)
            if len(parties) >= 2:
                yield from _symmetric([(c, f * 0.9) for c, f in parties], tok.i, 0.85, (tok.i,))
            return
        obj = child(tok, "dobj")
        others = args.typed(args.of(obj) or args.represented(obj), PARTY_TYPES) if obj is not None else []
        others += args.typed(args.of(pobj(tok, "with")), PARTY_TYPES)
        if obj is not None and not others:
            return  # false friend: "meet the target", "meet demand"
        if others:
            yield from _pairs(subjects, others, "meets", tok.i, 0.9, (tok.i,))
        elif len(subjects) >= 2:  # "X and Y met"
            yield from _symmetric(subjects, tok.i, 0.85, (tok.i,))
        return
    if tok.pos_ == "VERB" and lemma in lx.SUPPORT_VERBS:
        # "X held talks with Y"
        noun = child(tok, "dobj")
        if noun is None or noun.lemma_.lower() not in lx.MEETING_NOUNS | {"talk"}:
            return
        others = args.typed(args.of(pobj(noun, "with") or pobj(tok, "with")), PARTY_TYPES)
        yield from _pairs(args.typed(_subjects(args, tok), PARTY_TYPES), others, "meets", tok.i, 0.85, (tok.i, noun.i))
        return
    if tok.pos_ in {"NOUN", "PROPN"} and (tok.lower_ in lx.MEETING_NOUNS or lemma in lx.MEETING_NOUNS):
        if tok.dep_ == "dobj" and tok.head.lemma_.lower() in lx.SUPPORT_VERBS:
            return  # handled with its verb
        between = child(tok, "prep", text="between")
        if between is not None:  # "a summit between X and Y": everyone the phrase names
            parties = args.typed(args.within(between), PARTY_TYPES)
            if len(parties) == 1:  # the parser lost the coordination: "X and Y" read off the text
                parties += args.typed(args.after_and(between.right_edge), PARTY_TYPES)
            yield from _symmetric(parties, tok.i, 0.8, (tok.i,))
            return
        owner, other = child(tok, "poss"), pobj(tok, "with")
        if owner is not None and other is not None:  # "X's meeting with Y"
            yield from _pairs(args.typed(args.of(owner), PARTY_TYPES), args.typed(args.of(other), PARTY_TYPES), "meets", tok.i, 0.8, (tok.i,))


# --- demands ------------------------------------------------------------------
_OBJECT_CONTROL = frozenset({"urge", "press", "pressure", "ask", "order"})


def demands(args: Arguments, tok) -> Iterator[Candidate]:
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB" and lemma in lx.DEMAND_VERBS:
        subjects = _subjects(args, tok)
        if not subjects:
            return
        exclude = {c for c, _ in subjects}
        xcomp, ccomp, dobj = child(tok, "xcomp"), child(tok, "ccomp"), child(tok, "dobj")
        addressee, content, conf = None, None, 0.85
        if lemma == "demand":
            # "X demanded Y", "X demanded that Y ...", "X demanded of Y ..."
            addressee = pobj(tok, "of", "from")
            content = dobj or ccomp
            if addressee is None and ccomp is not None:
                addressee = child(ccomp, "nsubj")
        elif lemma == "insist":
            # "X insisted on Y"; "X insisted that Y must ...": a demand only with must/should
            on = pobj(tok, "on", "upon")
            if on is not None:
                content = on
            elif ccomp is not None and any(c.dep_ == "aux" and c.lower_ in {"must", "should"} for c in ccomp.children):
                content, conf = ccomp, 0.7
        elif lemma in _OBJECT_CONTROL:
            # "X urged Y to ...", "X pressed Y for ..."
            if dobj is not None and (xcomp is not None or pobj(tok, "for") is not None or child(dobj, "xcomp") is not None):
                addressee = dobj
                content = xcomp or pobj(tok, "for") or child(dobj, "xcomp")
                conf = 0.85 if lemma in {"urge", "press", "pressure"} else 0.75
            elif lemma in {"urge", "press"} and pobj(tok, "for") is not None:
                content, conf = pobj(tok, "for"), 0.75
        elif lemma == "call":
            # "X called on Y to ...", "X called for Y"
            addressee = pobj(tok, "on", "upon")
            content = xcomp if addressee is not None else pobj(tok, "for")
            if content is None and addressee is None:
                return
            conf = 0.8
        if content is None and addressee is None:
            return
        text = np_text(content) if content is not None else None
        if addressee is not None:
            objects = args.typed(args.of(addressee), PARTY_TYPES)
        else:
            objects = args.typed(args.within(content, exclude=exclude), PARTY_TYPES | PLACE_TYPES)
        yield from _pairs(subjects, objects, "demands", tok.i, conf, (tok.i,), text)
        return
    if tok.pos_ == "NOUN" and lemma in lx.DEMAND_NOUNS:
        # "X's demand for Y" / "a demand by X that ...": only with a named demander
        owner = child(tok, "poss") or pobj(tok, "by", "from")
        if owner is None:
            return  # "demand for oil"
        subjects = args.typed(args.of(owner), PARTY_TYPES)
        content = pobj(tok, "for") or child(tok, "acl", "ccomp")
        addressee = pobj(tok, "on", "to")
        if content is None and addressee is None:
            return
        exclude = {c for c, _ in subjects}
        objects = args.typed(args.of(addressee), PARTY_TYPES) if addressee is not None else \
            args.typed(args.within(content, exclude=exclude), PARTY_TYPES | PLACE_TYPES)
        yield from _pairs(subjects, objects, "demands", tok.i, 0.7, (tok.i,), np_text(content) if content is not None else None)


# --- visits -------------------------------------------------------------------
def visits(args: Arguments, tok) -> Iterator[Candidate]:
    lemma = tok.lemma_.lower()
    targets = PLACE_TYPES | {"Organization", "Person"}
    if tok.pos_ == "VERB" and lemma in lx.VISIT_VERBS:
        if is_passive(tok):
            visitors, places = args.of(pobj(tok, "by")), args.of(child(tok, *lx.PASSIVE_SUBJECTS))
        else:
            visitors, places = _subjects(args, tok), args.of(child(tok, "dobj"))
        yield from _pairs(args.typed(visitors, PARTY_TYPES), args.typed(places, targets), "visits", tok.i, 0.9, (tok.i,))
    elif tok.pos_ == "VERB" and lemma in lx.TRAVEL_VERBS:
        # "X travelled to Y", "X arrived in Y"
        dest = pobj(tok, "to") if lemma != "arrive" else pobj(tok, "in", "at")
        places = args.typed(args.of(dest), PLACE_TYPES)
        yield from _pairs(args.typed(_subjects(args, tok), {"Person", "Organization"}), places, "visits", tok.i, 0.7, (tok.i,))
    elif tok.pos_ == "NOUN" and lemma in lx.VISIT_NOUNS:
        # "X's visit to Y", "a visit by X to Y", "X paid a visit to Y"
        owner = child(tok, "poss") or pobj(tok, "by", "of")
        visitors = args.of(owner) if owner is not None else []
        if not visitors and tok.dep_ == "dobj" and tok.head.lemma_ in {"pay", "make"}:
            visitors = _subjects(args, tok.head)
        dest = pobj(tok, "to") or (pobj(tok.head, "to") if tok.dep_ == "dobj" else None)
        places = args.typed(args.of(dest), targets)
        yield from _pairs(args.typed(visitors, PARTY_TYPES), places, "visits", tok.i, 0.8, (tok.i,))


# --- attends ------------------------------------------------------------------
def attends(args: Arguments, tok) -> Iterator[Candidate]:
    lemma = tok.lemma_.lower()
    if tok.pos_ != "VERB":
        return
    target, conf = None, 0.9
    if lemma in lx.ATTEND_VERBS:
        target = child(tok, *lx.PASSIVE_SUBJECTS) if is_passive(tok) else child(tok, "dobj")
    elif lemma == "participate":
        target, conf = pobj(tok, "in"), 0.85
    elif lemma == "take" and (part := child(tok, "dobj")) is not None and part.lower_ == "part":
        target, conf = pobj(tok, "in") or pobj(part, "in"), 0.85
    elif lemma == "join":
        obj = child(tok, "dobj")
        if obj is not None and obj.lemma_.lower() in lx.EVENT_NOUNS:
            target, conf = obj, 0.75
    if target is None:
        return
    attendees = args.of(pobj(tok, "by")) if is_passive(tok) else _subjects(args, tok)
    events = args.typed(args.of(target), {"Event", "Organization"})
    if not events and target.lemma_.lower() in lx.EVENT_NOUNS:
        events = [(args.event(target), 1.0)]
    yield from _pairs(args.typed(attendees, PARTY_TYPES), events, "attends", tok.i, conf, (tok.i, target.i))


#: each rule with the lemmas that can trigger it
RULES = (
    (hosts, lx.HOST_VERBS),
    (meets, lx.MEET_VERBS | lx.SUPPORT_VERBS | lx.MEETING_NOUNS),
    (demands, lx.DEMAND_VERBS | lx.DEMAND_NOUNS),
    (visits, lx.VISIT_VERBS | lx.TRAVEL_VERBS | lx.VISIT_NOUNS),
    (attends, lx.ATTEND_VERBS | lx.ATTEND_PHRASES),
)


def candidates(args: Arguments, index: TokenIndex) -> Iterator[Candidate]:
    """Every candidate fact in the document: each rule on the tokens that can trigger it."""
    for rule, lemmas in RULES:
        for tok in index.lemmas(lemmas):
            yield from rule(args, tok)
