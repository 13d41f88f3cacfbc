"""The frame engine: one way of applying every relation's frames to a parse.

A frame (declared in ``kg/data/relations.toml``) says which words express a
relation and where its arguments sit. The engine finds the doers and the
objects the same way for every relation and every frame:

- verb frames: active ("X hosts Y"), passive ("Y was hosted by X"), reduced
  relative clauses ("a conference hosted by X"), relative clauses ("X, who met
  Y"), subjects inherited along xcomp/conj ("X is due to meet Y", "X arrived
  and met Y"), object control ("urged X to meet Y") and co-agents ("X,
  alongside Y, will host Z");
- support frames: a light verb and a noun ("hold talks with", "take part in");
- noun frames: possessors, "by" phrases and noun modifiers as doers ("X's
  visit to Y", "a visit by X", "the Reagan-Gorbachev summit"), and the doer of
  the clause a noun phrase hangs on ("after talks with Y, X said");
- every argument through :class:`~kg.extract.arguments.Arguments`
  (coordination, appositions, pronouns, delegations, unnamed proper nouns);
- entity types checked against the relation's signature.

What a relation needs beyond that is a named hook in :mod:`kg.extract.hooks`.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from itertools import combinations

from kg.extract import lexicon as lx
from kg.extract.arguments import (Arguments, Found, agent, agents, coagents, department_before_name, is_passive, passive_subject_tokens,
                                   subject_tokens)
from kg.extract.mentions import Mention
from kg.extract.tokens import (TokenIndex, child, event_apposition, event_before_time, event_of_part, first_conjunct,
                               governor_of, guests_arrival, late_object, own_part, pobj, the_meeting, which_after)
from kg.relations import Frame, Registry, Relation

#: prepositions whose noun phrase is an occasion of the clause it hangs on: "after talks with Y, X said"
#: adjectives a frame may name: "X was present at Y", "Absent from the meeting will be X"
ADJECTIVE_TRIGGERS = frozenset({"present", "absent", "due"})
#: "a round of talks", "a series of meetings": the noun that says what is held
PORTION_NOUNS = frozenset({"round", "series", "session", "set", "day", "week", "cycle", "hour", "minute", "month", "year"})
OCCASION_PREPS = frozenset({"after", "following", "during", "before", "at", "since", "upon", "on", "ahead", "in", "for", "amid", "from"})


@dataclass(frozen=True, slots=True)
class Candidate:
    relation: str
    subject: int  # cluster index
    object: int
    trigger: int  # token index
    confidence: float
    anchors: tuple[int, ...] = ()  # tokens whose modifiers give time and place
    content: str | None = None
    negated: bool = False  # the frame itself says it did not happen
    planned: bool = False  # the frame itself says it is still to happen


@dataclass(slots=True)
class Reading:
    """What one frame read off one trigger, before pairs are made (hooks may change it)."""

    trigger: object  # the token whose context gives the status
    subjects: Found = field(default_factory=list)
    objects: Found = field(default_factory=list)
    object_tokens: list = field(default_factory=list)
    group: Found = field(default_factory=list)  # symmetric relations: every pair of these
    anchors: tuple[int, ...] = ()
    content: str | None = None
    confidence: float = 0.8
    #: the phrase names a partner kg could not resolve ("talk to government officials"): the
    #: doers did not meet each other
    open_partner: bool = False


def _many(args: Arguments, tokens) -> Found:
    out: Found = []
    for t in tokens:
        out += args.of(t) or args.represented(t)
    return list(dict.fromkeys(out))


def _slot(args: Arguments, head, slot: str) -> tuple[list, Found, Found]:
    """(tokens, entities, group) a slot of ``head`` holds."""
    if slot == "dobj":
        t = child(head, "dobj")
        clause = head
        # "a demonstration, which X is due to address", "a meeting, which Y offered to host" (the parser giving
        # "which" to "offered"): the relative clause the infinitive is part of
        while clause.dep_ in {"xcomp", "acomp"} and clause.head.i != clause.i and clause.head.pos_ in {"VERB", "AUX", "ADJ"} \
                and (t is None or t.lower_ == "which"):
            clause = clause.head
            t = t if t is not None else next((w for w in clause.children if w.dep_ in {"dobj", "dep"} and w.lower_ == "which"), None)
        if clause.dep_ != "relcl":
            clause, t = head, child(head, "dobj")
        if t is not None and t.lower_ in {"which", "that"} and (
                clause.dep_ == "relcl" or head.dep_ == "acl" and head.head.i < t.i < head.i and head.head.pos_ == "NOUN"):
            # ("a rally that the union organized", the parser calling the clause a participle's)
            t = event_before_time(clause.head)  # "the summit, which X attended": the noun the clause hangs on
            if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in lx.EVENT_NOUNS \
                    and head.lemma_.lower() in lx.GATHERING_RELATIVE_VERBS \
                    and t.lemma_.lower() not in lx.EVENT_NOUNS:
                t = t.head.head  # "the meeting of the Executive Committee, which X attended": the meeting
            if t.lower_ in {"first", "second", "third", "last", "latest", "largest", "biggest"}:
                t = _described_before_comma(t)  # "the 48th Consultative Meeting, the first that Japan has hosted"
        elif t is not None and t.tag_ == "WDT" and head.dep_ == "conj" and head.head.dep_ == "relcl":
            t = head.head.head  # "a meeting to which X was invited but which she did not attend"
        elif t is not None and t.tag_ == "WDT" and t.i > 1 and head.doc[t.i - 1].text == ",":
            # "will host a banquet at the palace tonight, which X will also attend", the parser making the
            # relative clause a clause of its own: the event named last before it
            t = next((x for x in reversed(head.doc[head.sent.start:t.i]) if x.pos_ == "NOUN"
                      and x.lemma_.lower() in lx.EVENT_NOUNS), t)
        later = next((c for c in head.children if c.dep_ in {"dobj", "dep"} and c.i > t.i), None) if t is not None else None
        if later is not None and later.ent_type_ == "PERSON" and later.left_edge.i == t.right_edge.i + 1:
            t = later  # "met IAM District 751 President Jon Holden": the body is the title's, the person is met
        if t is None and head.dep_ == "relcl" and head.head.i < head.i and head.head.lemma_.lower() in lx.EVENT_NOUNS \
                and head.lemma_.lower() in lx.GATHERING_RELATIVE_VERBS | lx.RECEIVING_VERBS | {"organise", "organize", "hold"} \
                and any(c.dep_ in lx.SUBJECTS for c in head.children) \
                and not any(c.tag_ in {"WDT", "WP", "WRB"} or c.dep_ == "prep" and child(c, "pobj") is None for c in head.children):
            t = event_before_time(head.head)  # "a consultation the Ministry will host": a relative clause with no "which"
        if t is None:  # "X told the conference the ...": a noun the parser made the indirect object
            t = next((c for c in head.children if c.dep_ == "dative" and c.pos_ in {"NOUN", "PROPN"}), None)
        if t is None:  # "received on Tuesday at the palace the President of X, Y"
            t = late_object(head)
        if t is None and head.lemma_.lower() in lx.RECEIVING_VERBS:
            t = _partner_of_next_verb(head)  # "X received and held talks with Y": Y was received
        if t is None:  # "to co-chair, with Mr Y, a business forum": the event the parser made Y's apposition
            t = next((a for h in ((head, head.head) if head.dep_ == "xcomp" else (head,))
                      for p in h.children if p.dep_ == "prep" and p.lower_ == "with"
                      for o in p.children if o.dep_ == "pobj" if (a := event_apposition(o)) is not None), None)
        if t is not None and (whole := _summit_of_heads(t)) is not None:
            # "hosted the Mercosur heads of state summit": the summit, the parser having made "heads" the object
            c = args.event(whole)
            start = next(i for i in range(t.left_edge.i, whole.i) if head.doc[i].pos_ != "DET")
            words = head.doc[start:whole.i + 1].text
            if words not in args.clusters[c].names:  # its name as the text gives it, not "state summit"
                args.clusters[c].add(Mention(start, whole.i + 1, words, words, "Event", whole.i))
            return [whole], [(c, 1.0)], []
        if t is not None and t.i not in args.coref.token_cluster and pobj(t, "of") is None \
                and (named := event_of_part(t)) is not None:
            t = named  # "will not attend the economic forum opening in Sfax": the forum
        if t is not None and t.lemma_.lower() in lx.EVENT_PARTS and t.i not in args.coref.token_cluster:
            whole = pobj(t, "of")  # "attended the opening of the talks": the talks
            if whole is not None and ((found := _many(args, [whole])) or whole.lemma_.lower() in lx.EVENT_NOUNS):
                for c, _ in found:  # "the opening of the Tashkent Investment Forum": a gathering, the recogniser's ORG
                    cl = args.clusters[c]
                    if cl.type == "Organization" and cl.label.split()[-1].lower() in lx.HELD_NAME_HEADS - {"congress", "assembly", "council"}:
                        cl.type = "Event"
                return [whole], found, []
            # (else the part itself, of a body that holds it: "chaired an emergency session of the cabinet")
        if t is None:
            return [], [], []
        # "included President A, President B and C": a list the parser made two objects (only after "include":
        # elsewhere a second object is often the speaker, "X will meet Y, the president's spokesman, Z, said")
        listed = [t, *(c for c in head.children if c.dep_ == "dobj" and c.i > t.i and c.left_edge.i > 0
                       and c.doc[c.left_edge.i - 1].text == "," and c.doc[c.left_edge.i - 1].head.i in {head.i, t.i})] \
            if head.lemma_.lower() == "include" else [t]
        return listed, _many(args, listed), []
    if slot == "poss":
        t = child(head, "poss")
        return ([t], args.of(t), []) if t is not None else ([], [], [])
    if slot == "compound_place":  # "a Washington visit": a place modifying the noun is where it goes
        toks = [c for c in head.lefts if c.dep_ in {"compound", "nmod"}]
        found = [(c, f) for t in toks for c, f in args.of(t, conjuncts=False)
                 if args.clusters[c].type in {"Country", "Place", "Facility"}]
        if not found and args.gaz is not None:  # "her Soviet trip", "his Chinese tour": the country
            for t in head.lefts:
                country = args.gaz.country(t.text) if t.dep_ == "amod" and t.ent_type_ == "NORP" else None
                if country:
                    toks.append(t)
                    found.append((args.country_cluster(country), 0.9))
        return (toks, found, []) if found else ([], [], [])
    if slot == "demonym":  # "the Chinese demand", "French calls for": the country
        toks = [t for t in head.lefts if t.dep_ == "amod" and t.ent_type_ == "NORP"]
        found = args.typed([x for t in toks for x in args.demonym(t)], {"Country"})
        return (toks, found, []) if found else ([], [], [])
    if slot == "compound":  # "the Reagan-Gorbachev summit": names already known, never a guess
        toks = [c for c in head.lefts if c.dep_ in {"compound", "amod", "nmod"}]
        sides = args.pair(head)  # "U.S.-Japan talks", "Sino-Soviet talks": the two sides
        if sides:
            return toks, [], sides
        found: Found = []
        owner = child(head, "poss")
        for t in toks:
            c = args.coref.token_cluster.get(t.i)
            if c is not None and args.clusters[c].type not in {"Facility", "Place", "Event"}:
                if owner is not None and args.clusters[c].label.split()[-1].lower() in lx.BODY_NOUNS:
                    return [], [], []  # "the IMF's Interim Committee meeting": the owner's body meeting, not a pair
                found.append((c, 1.0))  # (not "a private Oval Office meeting": a room is where, not who)
        return toks, list(dict.fromkeys(found)), []
    if slot == "between":
        prep = child(head, "prep", text="between")
        if prep is None:
            return [], [], []
        obj = child(prep, "pobj")
        if obj is not None and obj.pos_ == "NOUN" and obj.tag_ == "NNS" and obj.i not in args.coref.token_cluster \
                and len(obj.conjuncts) >= 2:
            return [prep], [], []  # "talks between banks and Mexico, Chile and Venezuela": each with its banks
        # the coordinated parties, not every name inside them ("Algeria's ENOF and Spain's Almaden")
        group = _many(args, [obj]) if obj is not None else []
        if obj is not None:  # "between Unite and the company at the conciliation service Acas": Acas names
            # the service (the parser made it a third party); a name right after a common noun is that noun's
            glued = {c for t in obj.conjuncts if t.i > 0 and t.nbor(-1).pos_ == "NOUN" and t.nbor(-1).dep_ != "conj"
                     for c, _ in args.of(t, conjuncts=False)}
            group = [(c, f) for c, f in group if c not in glued]
        if len(group) < 2:
            # (not a title's department: "between Foreign Trade Minister X and ...")
            # (nor a place or time phrase inside: "talks between A and B resume in Bern", "resume" read as a noun)
            placed = {t.i for p in prep.subtree if p.dep_ == "prep" and p.i != prep.i
                      and p.lower_ in {"in", "at", "on", "near", "during", "after", "before"} for t in p.subtree}
            group = [(c, f) for c, f in args.within(prep, clauses=False)
                     if not any(args.coref.token_cluster.get(t.i) == c and department_before_name(t) for t in prep.subtree)
                     and not any(args.coref.token_cluster.get(i) == c for i in placed)]
        if len(group) == 1:  # the parser lost the coordination: "X and Y" read off the text
            group += args.after_and(prep.right_edge)
        return [prep], [], group
    if slot == "addressee":
        return [], [], []  # filled by the relation's hook
    if slot == "self":  # the trigger noun is the object itself: "At the summit, X said"
        return [head], args.of(head, conjuncts=False), []
    if slot == "of_group":  # "a meeting of LME members and ICCH representatives": two or more parties met
        if any(c.dep_ == "amod" and (c.lower_ == "joint" or c.lower_ in lx.YEARLY) for c in head.lefts):
            return [], [], []  # "the joint annual meetings of the IMF and World Bank": theirs, not with each other
        of = child(head, "prep", text="of")
        obj = child(of, "pobj") if of is not None else None
        group = args.typed(_many(args, [obj]), {"Person", "Organization", "Country"}) if obj is not None else []
        return ([of], [], group) if len(group) >= 2 else ([], [], [])
    # "to the border town of Rafah", "into the airport of Golfito": the town named after "of"
    toks = [(pobj(t, "of") if t.lemma_.lower() in lx.TOWN_OF_NOUNS and t.i not in args.coref.token_cluster
             and pobj(t, "of") is not None else t) for t in pobjs(head, slot) or _relative_pobjs(head, slot)]
    return (toks, _many(args, toks), []) if toks else ([], [], [])


def _described_before_comma(word):
    """The event an ordinal after a comma describes: "the 48th Consultative Meeting (ATCM), the first that Japan has
    hosted since 1994" (the meeting), whichever way the parser hung "the first"."""
    doc = word.doc
    j = word.left_edge.i - 1
    if j < 1 or doc[j].text != ",":
        return word
    j -= 1
    if doc[j].text == ")":  # past an acronym in brackets
        while j > 0 and doc[j].text != "(":
            j -= 1
        j -= 1
    noun = doc[j] if j >= 0 else word
    return noun if noun.lemma_.lower() in lx.EVENT_NOUNS or noun.lower_ in lx.HELD_NAME_HEADS else word


def _relative_pobjs(head, prep: str) -> list:
    """"an event ..., at which X is due to speak": the relative "at which" the parser hung on the clause's
    "is", read for the verb under it (through "due to", "expected to", "will")."""
    clause = head
    while clause.dep_ in {"xcomp", "acomp"} and clause.head.i != clause.i:
        clause = clause.head
    if clause is head or clause.dep_ != "relcl":
        return []
    which = which_after(clause, prep)
    return [_host_of_event(_antecedent_of_relative(which))] if which is not None else []


def _host_of_event(noun):
    """"an event hosted by the Institute, at which X is due to speak": the event, the parser having hung the
    clause on the host named last."""
    if noun.lemma_.lower() in lx.EVENT_NOUNS or noun.dep_ != "pobj" or noun.head.dep_ != "agent":
        return noun
    participle = noun.head.head
    if participle.dep_ == "acl" and participle.head.lemma_.lower() in lx.EVENT_NOUNS:
        return participle.head
    return noun


def _summit_of_heads(t):
    """The event noun of "heads of state summit", "leaders' summit" misparsed as "heads (of state summit)"."""
    if t.lemma_.lower() not in {"head", "leader"} or t.tag_ != "NNS":
        return None
    whole = pobj(t, "of")
    if whole is None or whole.lemma_.lower() not in lx.GATHERING_NOUNS or whole.i != t.i + 3 \
            or t.doc[t.i + 2].lower_ not in {"state", "government"}:
        return None
    return whole


def pobjs(head, prep: str) -> list:
    """Objects of every ``prep`` on head, conjoined prepositions included: "with Y, and with Z"."""
    out = []
    for c in head.children:
        # "and with Z" is often attached as a conjunct of the verb
        if c.dep_ in {"prep", "agent", "conj", "dative"} and c.lower_ == prep and c.pos_ == "ADP":
            for p in [c, *(x for x in c.conjuncts if x.dep_ == "conj" and x.lower_ == prep)]:
                obj = child(p, "pobj")
                if obj is not None and not own_part(obj) and not _in_attendance(obj):
                    out.append(_antecedent_of_relative(obj))
        # "her first trip as IOC president to Italy": the parser hangs "to Italy" on the role
        if not out and c.dep_ == "prep" and c.lower_ == "as" and head.pos_ == "NOUN" and prep != "as":
            role = child(c, "pobj")
            if role is not None and role.pos_ == "NOUN":
                out += [_antecedent_of_relative(child(p, "pobj")) for p in role.children
                        if p.dep_ == "prep" and p.lower_ == prep and child(p, "pobj") is not None]
    return out


def _in_attendance(obj) -> bool:
    """"held a meeting with Cabinet ministers in attendance": people present, no party met."""
    end = obj.right_edge.i + 1
    return "in attendance" in {obj.doc[end - 2:end].text.lower(), obj.doc[end:end + 2].text.lower()}


def _antecedent_of_relative(tok):
    """"a meeting ..., in which X will join": "which" is the meeting."""
    if tok.tag_ == "WDT" or tok.lower_ in {"which", "whom"}:
        for anc in tok.ancestors:
            if anc.dep_ == "relcl":
                return event_before_time(anc.head)
    return tok


#: slots that name no preposition (no phrase to look for elsewhere)
STRUCTURAL_SLOTS = frozenset({"dobj", "poss", "compound", "compound_place", "demonym", "between", "addressee", "of_group", "self"})


def _read_objects(args: Arguments, frame: Frame, head, r: Reading, *, fallback=None) -> None:
    """Add what each object slot of ``head`` holds to the reading (a prepositional slot empty on
    ``head`` is read on ``fallback``, when given)."""
    for slot in frame.object:
        toks, found, group = _slot(args, head, slot)
        if not toks and fallback is not None and slot not in STRUCTURAL_SLOTS:
            toks, found, group = _slot(args, fallback, slot)
        r.object_tokens += toks
        r.objects += found
        r.group += group


def _event_objects(args: Arguments, rel: Relation, frame: Frame, tokens) -> Found:
    """An unnamed meeting-like noun in an object slot becomes an Event ("attended the summit")."""
    types = frame.object_types or rel.object_types
    if "Event" not in types:
        return []
    return [(args.event(t), 1.0) for t in tokens
            if t is not None and (t.lemma_.lower() in lx.EVENT_NOUNS and t.ent_type_ not in {"DATE", "TIME"}  # "in March" is a month
                                  or lx.corporate_day(t))  # "will hold a capital markets day"
            and args.coref.token_cluster.get(t.i) is None and not media_event(t) and not _generic_event(t)]


def _generic_event(tok) -> bool:
    """A kind of gathering, not one: "presence in international trade fairs", "open its markets to
    outside competition" (a plural or a bare abstract noun with no article, owner or name)."""
    bare = not any(c.dep_ in {"det", "poss", "nummod"} or c.pos_ == "PROPN" or c.ent_type_ for c in tok.lefts)
    return bare and (tok.tag_ == "NNS" and tok.lower_ not in lx.PLURAL_EVENTS or tok.lemma_.lower() in lx.ABSTRACT_EVENT_NOUNS)


def media_event(tok) -> bool:
    """"a news conference", "a press briefing", "a briefing": talking to the press, not an event
    anyone attends or hosts in kg's sense (GUIDELINES: unnamed press conferences are optional at most)."""
    if tok.lemma_.lower() == "briefing":  # (but "a briefing for donors" is given for guests)
        audience = pobj(tok, "for")
        return audience is None or {audience.lower_, audience.lemma_.lower()} & lx.PRESS_AUDIENCES \
            or any(c.lower_ in lx.MEDIA_WORDS for c in audience.lefts)
    return any(c.dep_ in {"compound", "amod", "nmod"} and c.lower_ in lx.MEDIA_WORDS for c in tok.lefts)


def _false_friend(rel: Relation, trigger, tokens) -> bool:
    bad = rel.false_objects(trigger.lemma_.lower()) | rel.false_objects(trigger.lower_)
    return any(t is not None and (t.lemma_.lower() in bad or t.lower_ in bad) for t in tokens)


@cache
def _support_verbs(rel: Relation) -> frozenset[str]:
    return frozenset(v for f in rel.frames for v in f.verbs)


#: hooks that read nothing but the frame's own prepositional slots
SLOT_ONLY_HOOKS = frozenset({None, "there_for", "for_event", "back_from", "time_spent", "event_nouns_only", "travelled", "intransitive"})


@cache
def _prepositions_only(frame: Frame) -> bool:
    """A verb frame whose objects all sit in prepositional phrases, and that needs one."""
    return bool(frame.object) and frame.require_object and frame.hook in SLOT_ONLY_HOOKS \
        and all(s not in STRUCTURAL_SLOTS for s in frame.object)


def read_verb(args: Arguments, rel: Relation, frame: Frame, tok) -> Reading | None:
    if tok.pos_ in {"ADJ", "NOUN"} and tok.dep_ in {"acomp", "amod", "ROOT", "nsubj"} and tok.lower_ in ADJECTIVE_TRIGGERS:
        return _read_adjective(args, rel, frame, tok)  # "X was present at Y", "X, present at Y, said"
    if tok.pos_ != "VERB" and not (tok.pos_ == "AUX" and tok.dep_ not in {"aux", "auxpass"}) \
            and not (tok.pos_ == "NOUN" and tok.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)):
        return None  # ("Among the crowd were X"; "are due to address", the tagger calling the infinitive a noun)
    passive = is_passive(tok)
    if not passive and _prepositions_only(frame):
        # a frame read off prepositions ("come to Y", "be in Y for Z") has nothing to read without them
        dobj = child(tok, "dobj")
        holders = [tok, dobj] if dobj is not None else [tok]
        if not any(c.lower_ in frame.object and c.dep_ in {"prep", "agent", "conj", "dative"}
                   for h in holders for c in h.children):
            return None
    r = Reading(tok, anchors=(tok.i,), confidence=frame.confidence)
    if passive:
        if not frame.passive:
            return None
        # passive: "Y was hosted by X"; reduced relative: "a summit hosted by X"
        r.subjects = _many(args, agents(tok))
        r.object_tokens = passive_subject_tokens(tok)
        r.objects = _many(args, r.object_tokens)
        r.confidence *= 0.95
    else:
        # active: "X hosts Y"; "X, alongside Y and Z, will host W"
        r.subjects = _many(args, subject_tokens(tok)) + [x for c in coagents(tok) for x in args.of(c)]
        # "negotiating a loan with the committee": a phrase may hang on the verb's object
        _read_objects(args, frame, tok, r, fallback=child(tok, "dobj"))
    if _false_friend(rel, tok, r.object_tokens):
        return None
    if frame.reverse:  # "the meeting involved delegates from A and B": A and B attend the meeting
        subject_toks = subject_tokens(tok)
        r.subjects, r.objects = r.objects, _many(args, subject_toks)
        r.objects += _event_objects(args, rel, frame, subject_toks)
        r.anchors = (tok.i, *(t.i for t in subject_toks[:1]))
        return r
    r.objects += _event_objects(args, rel, frame, r.object_tokens)
    r.anchors = (tok.i, *(t.i for t in r.object_tokens[:1] if t is not None))
    return r


def _read_adjective(args: Arguments, rel: Relation, frame: Frame, tok) -> Reading | None:
    r = Reading(tok, anchors=(tok.i,), confidence=frame.confidence * 0.9)
    holder = tok.head
    if tok.dep_ == "nsubj":  # inverted: "Absent from the meeting will be X"
        r.subjects = _many(args, [c for c in holder.children if c.dep_ in {"attr", "acomp"}])
    else:
        r.subjects = _many(args, subject_tokens(holder) if tok.dep_ == "acomp" else [holder])
        if not r.subjects and tok.dep_ == "acomp" and tok.i < holder.i:  # inverted: "Also present were X and Y"
            r.subjects = _many(args, [c for c in holder.children if c.dep_ == "attr" and c.i > holder.i])
    for slot in frame.object:
        if slot in STRUCTURAL_SLOTS:
            continue
        toks, found, _ = _slot(args, tok, slot)
        r.object_tokens += toks
        r.objects += found
    r.objects += _event_objects(args, rel, frame, r.object_tokens)
    return r if r.object_tokens or not frame.require_object else None


def read_support(args: Arguments, rel: Relation, frame: Frame, tok) -> Reading | None:
    """"X held talks with Y", "X took part in Y", "talks were held with Y"."""
    if tok.pos_ not in {"VERB", "AUX"} or not _phrasal_ok(frame.verbs, tok):
        return None
    passive = is_passive(tok)
    noun = (child(tok, *lx.PASSIVE_SUBJECTS) if passive else None) or child(tok, "dobj") or (
        child(tok, "attr") if tok.lemma_ == "be" else None) or _phrasal_object(frame.verbs, tok)
    if noun is not None and noun.lemma_.lower() in PORTION_NOUNS:  # "completed another round of talks"
        noun = pobj(noun, "of") or noun
    if noun is not None and noun.lemma_.lower() not in frame.lemmas and noun.lower_ not in frame.lemmas:
        # "have candid and frank discussions": the noun may be a conjunct the tagger split off
        noun = next((c for c in noun.conjuncts if c.lemma_.lower() in frame.lemmas or c.lower_ in frame.lemmas), noun)
    if noun is None or (noun.lemma_.lower() not in frame.lemmas and noun.lower_ not in frame.lemmas):
        return None
    r = Reading(tok, anchors=(tok.i, noun.i), confidence=frame.confidence)
    if passive:
        r.subjects = _many(args, agents(tok))
    else:
        r.subjects = _many(args, subject_tokens(tok)) + [x for c in coagents(tok) for x in args.of(c)]
    r.subjects += args.of(child(noun, "poss"))
    for slot in frame.object:
        for head in (noun, tok, *_misattached(noun), *(_places_of(tok) if slot == "with" else ())):
            toks, found, group = _slot(args, head, slot)
            toks = [t for t in toks if t not in r.object_tokens]
            if toks:
                r.object_tokens += toks
                r.objects += found
                r.group += group
        # "and with Z" hanging on the verb as well as "with Y" on the noun
        if slot not in STRUCTURAL_SLOTS:
            extra = [t for t in pobjs(tok, slot) if t not in r.object_tokens]
            if r.object_tokens:
                # "with A, and B" where B was hung on the verb as its conjunct
                last = max(t.i for t in r.object_tokens)
                extra += [c for c in tok.children if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"} and c.i > last]
            r.object_tokens += extra
            r.objects += _many(args, extra)
    if _false_friend(rel, noun, r.object_tokens):
        return None
    r.objects += _event_objects(args, rel, frame, r.object_tokens)
    return r


def _entries(verbs, tok) -> list[list[str]]:
    """The frame's verbs that are tok's, split into verb and particle: ["go", "into"], ["hold"]."""
    lemma = tok.lemma_.lower()
    return [e for e in (v.split() for v in verbs) if e[0] == lemma]


def _phrasal_object(verbs, tok):
    """The noun of a support verb whose particle is a preposition: "the two leaders went into talks"."""
    preps = {e[1] for e in _entries(verbs, tok) if len(e) == 2}
    return next((o for p in tok.children if p.dep_ == "prep" and p.lower_ in preps
                 for o in p.children if o.dep_ == "pobj"), None)


def _phrasal_ok(verbs, tok) -> bool:
    """A support verb may be phrasal ("call off"): its particle must be there."""
    entries = _entries(verbs, tok)
    if not entries or any(len(e) == 1 for e in entries):
        return True
    return any(c.lower_ == e[1] for e in entries for c in tok.children)


def _misattached(noun) -> list:
    """Nouns a prepositional phrase of ``noun`` may have been hung on by mistake:
    "talks on trade with Japan" parsed as trade-with-Japan."""
    found = [child(p, "pobj") for p in noun.children if p.dep_ == "prep" and p.lower_ in {"on", "about", "over"}
             and child(p, "pobj") is not None]
    # and down the chain of its phrases: "talks on joint ownership of its plants in the valley with Y"
    frontier = list(found)
    for _ in range(4):
        frontier = [o for n in frontier for p in n.children if p.dep_ == "prep" and p.lower_ in {"of", "in", "on", "for", "at"}
                    for o in [child(p, "pobj")] if o is not None and o.pos_ in {"NOUN", "PROPN"}]
        found += frontier
    return found


def _partner_of_next_verb(verb):
    """The one a verb shares with the verb joined right after it by "and", which names them: "X received and met Y",
    "X received and held talks this morning at the palace with Y" (a person: not "received and read the report")."""
    nxt = verb.doc[verb.i + 2] if verb.i + 2 < len(verb.doc) and verb.doc[verb.i + 1].lower_ == "and" else None
    if nxt is None or nxt.dep_ != "conj" or nxt.head.i != verb.i or nxt.pos_ != "VERB":
        return None
    obj = child(nxt, "dobj")
    if obj is not None and obj.lemma_.lower() in lx.EVENT_NOUNS:
        obj = next((o for h in (obj, nxt, *_places_of(nxt)) if (o := pobj(h, "with")) is not None), None)
    return obj if obj is not None and obj.ent_type_ == "PERSON" else None


def _places_of(verb) -> list:
    """The places after a verb that a later phrase of it may have been hung on: "held talks this morning at the Guest
    House with Y" (Y the partner, not the house's)."""
    return [o for p in verb.children if p.dep_ == "prep" and p.lower_ in {"at", "in"} and p.i > verb.i
            for o in [child(p, "pobj")] if o is not None and o.pos_ in {"NOUN", "PROPN"}]


#: what parties do together at a meeting: "at a meeting in Paris, A and B agreed to ..."
AGREEING = frozenset({"agree", "decide", "sign", "approve", "pledge", "reach", "settle", "resolve", "endorse",
                      "adopt", "discuss", "negotiate", "conclude", "initial"})

#: nouns a noun phrase of an occasion may hang on: "on the first day of a visit to Y", "in a
#: speech on the last leg of his tour"
OCCASION_FRAMES = frozenset({"day", "leg", "stage", "part", "start", "end", "beginning", "eve", "course", "first",
                             "last", "stop", "sidelines", "margins", "occasion", "opening", "close", "speech",
                             "address", "remarks", "interview", "statement", "visit", "tour", "trip"})


#: what a side of talks does when they end or fail: "X ordered a strike after talks with Y broke down"
SIDE_ACTIONS = frozenset({"order", "call", "stage", "strike", "walk", "declare", "announce", "threaten", "vow", "launch",
                          "resume", "begin", "start", "hold", "plan", "decide", "agree", "sign", "reject", "accept"})


def _occasion_doers(args: Arguments, noun) -> Found:
    """The doer of the clause a noun phrase is the occasion of: "after talks with Y, X said";
    "X, in a speech on the first day of a visit to Y, said"; "X flew in for a fresh round of talks with Y"."""
    trip = noun.lemma_.lower() in lx.TRIP_NOUNS
    for _ in range(3):  # climb "of"-phrases and occasions on occasions to the clause
        if noun.dep_ == "pobj" and (noun.head.lower_ in {"of", "on", "during", "at", "in"}
                                    or noun.head.lower_ == "for" and noun.head.head.lemma_.lower() in lx.TRIP_NOUNS) \
                and noun.head.head.pos_ == "NOUN" and (noun.head.head.lemma_.lower() in OCCASION_FRAMES
                                                       or noun.head.lower_ == "of" and noun.head.head.lower_ in lx.ROUND_NOUNS) \
                and args.coref.token_cluster.get(noun.head.head.i) is None \
                and not any(c.dep_ == "poss" for c in noun.head.head.children):
            noun = noun.head.head
    noun = first_conjunct(noun)  # "at the IMF and World Bank annual meeting"
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ == "out" \
            and noun.head.head.head.lemma_.lower() in {"walk", "storm"}:
        walked = noun.head.head.head  # "X walked out of talks with Y": X and Y were talking
        return [(c, f * 0.9) for c, f in _many(args, subject_tokens(walked))]
    if noun.dep_ == "nsubj" and noun.head.dep_ == "advcl" and noun.head.pos_ == "VERB" and any(
            c.dep_ == "mark" and c.lower_ in {"after", "before", "when", "once", "until"} for c in noun.head.children):
        # "X ordered a strike after talks with Y broke down": the talks' clause is the occasion of X's
        verb = noun.head.head
        while verb.dep_ == "xcomp" and verb.head.pos_ in {"VERB", "AUX"}:
            verb = verb.head  # "X ordered doctors to stop work after talks with Y broke down"
        if verb.pos_ not in {"VERB", "AUX"} or verb.lemma_.lower() not in SIDE_ACTIONS:
            return []  # (not "the World Bank suspended its loans after talks with the IMF collapsed": a bystander's act)
        doers = args.of(agent(verb)) if is_passive(verb) else _many(args, subject_tokens(verb))
        return [(c, f * 0.85) for c, f in doers]
    if noun.dep_ != "pobj" or noun.head.lower_ not in OCCASION_PREPS:
        return []
    prep = noun.head
    verb = prep.head
    if verb.pos_ == "NOUN" and verb.lemma_.lower() in AUDIENCE_NOUNS and verb.dep_ in {"pobj", "dobj"} and prep.lower_ in {"at", "during"}:
        # "Speaking to reporters at the meeting, X said", "X told delegates at the summit": X was there
        verb = governor_of(verb)
    if verb.lower_ in {"ahead", "prior"} or verb.dep_ == "prep":  # "ahead of talks", "prior to talks"
        verb = verb.head
    if verb.pos_ == "ADV" and verb.lower_ in {"back", "home", "away"}:  # "flying back from a visit to Y"
        verb = verb.head
    if verb.pos_ == "NOUN" and verb.dep_ == "dobj" and prep.lower_ in {"before", "after", "ahead", "following", "during", "at"} \
            and args.coref.token_cluster.get(verb.i) is None:
        verb = verb.head  # the time phrase hung on the object: "X announced plans shortly before talks with Y"
    elif verb.pos_ == "NOUN" and verb.dep_ == "pobj" and prep.lower_ in {"after", "following", "before"} \
            and args.coref.token_cluster.get(verb.i) is None:
        verb = governor_of(verb)  # "X called on Y to produce, within 14 days, a plan ..., following a visit to Z"
    partners: Found = []
    if noun.lemma_.lower() in lx.SIDELINES and verb.pos_ == "NOUN" and verb.dep_ == "dobj" \
            and verb.lemma_.lower() in lx.EVENT_NOUNS:
        # "X held talks with Y on the sidelines of the summit": both were at the summit
        partner = pobj(verb, "with")
        partners = [(c, f * 0.9) for c, f in _many(args, [partner])] if partner is not None else []
        verb = verb.head
    elif noun.lemma_.lower() in lx.SIDELINES and verb.pos_ == "VERB":
        # "On the sidelines of the summit, X held talks with Y", "... X met Y": both were at the summit
        talks = child(verb, "dobj")
        partner = (pobj(talks, "with") if talks is not None and talks.lemma_.lower() in lx.EVENT_NOUNS else None) or (
            (child(verb, "dobj") or pobj(verb, "with")) if verb.lemma_.lower() == "meet" else None)
        partners = _partners(args, partner)
    elif prep.lower_ in {"at", "during"} and verb.pos_ == "VERB" and verb.lemma_.lower() == "meet" \
            and not any(c.dep_ == "neg" for c in verb.children):
        # "X will meet Y at a conference hosted by Z": both will be there
        partner = child(verb, "dobj") or pobj(verb, "with")
        partners = _partners(args, partner)
    if verb.pos_ == "PROPN" or verb.pos_ == "NOUN" and args.coref.token_cluster.get(verb.i) is not None:
        return [(c, f * 0.9) for c, f in args.of(verb, conjuncts=False)]  # "X, on a visit to Y, said"
    if verb.pos_ not in {"VERB", "AUX"}:
        return []
    if verb.lemma_.lower() in {"send", "dispatch"} and not is_passive(verb) and prep.lower_ == "for" \
            and (sent := child(verb, "dobj")) is not None and any(args.clusters[c].type == "Person" for c, _ in args.of(sent)):
        # "Reagan is sending Shultz to Moscow for talks with Shevardnadze": the one sent holds the talks
        return [(c, f * 0.9) for c, f in args.of(sent)] + partners
    verb = _main_clause_after_relative(verb, prep)
    if verb.lemma_.lower() in lx.RECEIVING_VERBS | {"greet"} and trip:
        # "X received Y on the second day of a visit to Z", "Y was welcomed by X at the start of a visit to Z": the
        # guest's visit, not the host's
        guests = passive_subject_tokens(verb) if is_passive(verb) else [child(verb, "dobj")]
        return [(c, f * 0.9) for c, f in _many(args, [g for g in guests if g is not None])] + partners
    doers = args.of(agent(verb)) if is_passive(verb) else _many(args, subject_tokens(verb))
    return [(c, f * 0.9) for c, f in doers] + partners


def _main_clause_after_relative(verb, prep):
    """"During the meeting, which was also attended by Z, X and Y discussed ...": the parser hanging the occasion on
    the relative clause it read as the sentence (its subject "which") and the real clause on it as a conjunct."""
    if prep.i > verb.i or verb.dep_ == "relcl" or not any(
            c.dep_ in lx.SUBJECTS | lx.PASSIVE_SUBJECTS and c.tag_ in {"WDT", "WP"} for c in verb.children):
        return verb
    return next((c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"
                 and any(x.dep_ in lx.SUBJECTS for x in c.children)), verb)


#: people spoken to at an event: "Speaking to reporters at the summit, X said"
AUDIENCE_NOUNS = frozenset({"reporter", "journalist", "correspondent", "delegate", "audience", "crowd", "supporter",
                            "participant", "attendee", "guest", "colleague"})

#: verbs by which a meeting marks a part of a trip: "the meeting with Kato opened a visit to Japan by Lyng"
TRIP_MARKING = frozenset({"open", "begin", "start", "launch", "kick", "mark", "conclude", "end", "close", "wrap", "cap", "crown"})


def _partners(args: Arguments, partner) -> Found:
    """The parties a "with"/object phrase names, for the other side of talks held at a gathering."""
    return [(c, f * 0.9) for c, f in _many(args, [partner]) if args.clusters[c].type in {"Person", "Organization", "Country"}] \
        if partner is not None else []


def _traveller(args: Arguments, noun) -> Found:
    """Whose trip a meeting opens or closes is who met: "The meeting with Kato opened a 12-day visit
    to Japan by Lyng" (Lyng met Kato)."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lemma_.lower() not in TRIP_MARKING:
        return []
    trip = child(verb, "dobj")
    if trip is None or trip.lemma_.lower() not in lx.TRIP_NOUNS:
        return []
    who = pobj(trip, "by") or child(trip, "poss") or pobj(verb, "by")  # (the parser may hang "by X" on the verb)
    return [(c, f * 0.9) for c, f in args.of(who)] if who is not None else []


def _doer_told(noun) -> bool:
    """A noun that says whose it is even when kg cannot tell who that is: "the first visit by a Mexican head of state
    to Spain" is no visit of the clause's subject (not "a visit by road")."""
    by = pobj(noun, "by")
    return by is not None and (by.pos_ == "PROPN" or any(c.dep_ == "det" for c in by.children))


def read_noun(args: Arguments, rel: Relation, frame: Frame, tok) -> Reading | None:
    if tok.pos_ not in {"NOUN", "PROPN"}:
        return None
    r = Reading(tok, anchors=(tok.i,), confidence=frame.confidence)
    for slot in frame.subject:
        if slot == "compound" and tok.pos_ == "PROPN":
            continue  # part of an event's name: "the SACN Summit" names no party
        _, found, group = _slot(args, tok, slot)
        r.subjects += found
        r.group += group  # "U.S.-Japan talks": both sides
    if not r.subjects and frame.subject:
        r.subjects = _traveller(args, tok)
    _read_objects(args, frame, tok, r)
    if not r.objects and not r.group and rel.symmetric:
        _read_from_verb(args, frame, tok, r)
    if _false_friend(rel, tok, r.object_tokens):
        return None
    # a noun modifier that is the object itself is no doer: "the Moscow visit"
    objects = {c for c, _ in r.objects}
    r.subjects = [(c, f) for c, f in dict.fromkeys(r.subjects) if c not in objects]
    r.objects += _event_objects(args, rel, frame, r.object_tokens)
    verbs = _support_verbs(rel) | set(frame.verbs)
    if tok.dep_ in {"dobj", "nsubjpass"} and tok.head.lemma_.lower() in verbs:
        # "X paid a visit to Y": the verb's subject is the doer, the verb's context the status
        head = tok.head
        doers = args.of(agent(head)) if is_passive(head) else _many(args, subject_tokens(head))
        r.subjects = r.subjects or doers
        r.trigger = head
        r.anchors = (head.i, tok.i)
        for slot in frame.object:  # "pay a visit to Y" with "to Y" on the verb
            if not r.objects and slot not in STRUCTURAL_SLOTS:
                toks, found, _ = _slot(args, head, slot)
                r.object_tokens += toks
                r.objects += found
    elif not r.subjects and (r.objects or r.group) and not any(guests_arrival(c) for c in tok.children) \
            and not ("by" in frame.subject and _doer_told(tok)):
        r.subjects = _occasion_doers(args, tok)
    elif not r.subjects and rel.symmetric and tok.dep_ == "pobj" \
            and (tok.lower_ in {"talks", "negotiations"} and tok.head.lower_ in {"during", "after", "following", "in"}
                 or the_meeting(tok, "during")
                 or the_meeting(tok, "during", dets=("a", "their"))
                 and not any(c.dep_ == "prep" and c.lower_ in {"with", "between", "of"} for c in tok.children)
                 and tok.head.head.lemma_.lower() in AGREEING | {"sign", "initial", "seal"}
                 and not any(c.dep_ == "poss" and c.tag_ == "PRP$" for s in subject_tokens(tok.head.head)
                             for x in (s, *s.conjuncts) for c in x.children)  # (not "A and his wife B signed")
                 or tok.lower_ in {"talks", "meeting", "negotiations"} and tok.head.lower_ == "at"
                 and tok.head.head.lemma_.lower() in AGREEING) \
            and not any(c.lower_ in {"any", "no", "every", "such", "future", "possible"} for c in tok.lefts):
        # "X said she and Y had set targets during talks today": the clause's coordinated subjects met
        doers = _occasion_doers(args, tok)
        # "at a meeting, A and B agreed": two parties met; six at a meeting are its participants
        if len(doers) >= 2 and (tok.head.lower_ != "at" or len(doers) == 2):
            r.group = doers
    return r


def _read_from_verb(args: Arguments, frame: Frame, tok, r: Reading) -> None:
    """A partner phrase the parser hung on the verb, not on the meeting noun: "talks have been under
    way between X and Y", "X gave his views at talks yesterday with Y"."""
    if tok.dep_ in {"nsubj", "nsubjpass"}:
        holder = tok.head
    elif tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.lower_ in {"at", "during", "in"}:
        holder = tok.head.head
    else:
        return
    if holder.pos_ not in {"VERB", "AUX"}:
        return
    for slot in ("between", "with"):
        if slot not in frame.object:
            continue
        prep = next((c for c in holder.children if c.dep_ == "prep" and c.lower_ == slot and c.i > tok.i), None)
        if prep is None:
            continue
        toks, found, group = _slot(args, holder, slot)
        r.object_tokens += toks
        r.objects += found
        r.group += group


#: nouns of a time a meeting took, which the parser may make an object: "met the following day", "met a second time"
_TIME_NOUNS = frozenset({"day", "time", "week", "morning", "afternoon", "evening", "night", "month", "year", "hour"})


def _partner_named(r: Reading) -> None:
    """Mark a reading whose "with"/"to" phrase names someone kg does not know as a party."""
    heads = [r.trigger, *(t for t in r.object_tokens if t is not None)]
    obj = child(r.trigger, "dobj") if r.trigger.pos_ in {"VERB", "AUX"} and r.trigger.lemma_.lower() in {"meet", "see"} else None
    if obj is not None and obj.pos_ in {"NOUN", "PROPN", "PRON"} and obj.lemma_.lower() not in lx.EVENT_NOUNS \
            and obj.lower_ not in lx.TALK_NOUNS | {"other", "each", "one", "another", "themselves"} \
            and not obj.ent_type_ in {"DATE", "TIME", "ORDINAL", "CARDINAL"} and obj.lemma_.lower() not in _TIME_NOUNS \
            and not any(c.lower_ in {"each", "one"} for c in obj.children):
        r.open_partner = True  # "U.S. and EC business leaders met their Japanese colleagues": not each other
    for h in heads:
        for c in h.children:
            if c.dep_ in {"prep", "dative"} and c.lower_ in {"with", "to"}:
                obj = child(c, "pobj")
                if obj is not None and obj.pos_ in {"NOUN", "PROPN", "PRON"}:
                    r.open_partner = True


def _read(kind):
    reader = {"verb": read_verb, "support": read_support, "noun": read_noun}[kind]

    def read(args, rel, frame, tok):
        r = reader(args, rel, frame, tok)
        if r is not None and rel.symmetric and not r.objects:
            # a partner phrase that names nobody kg knows ("negotiations with creditor banks")
            r.open_partner = any(t is not None and t.dep_ == "pobj" for t in r.object_tokens)
            if not r.open_partner:
                _partner_named(r)
        return r

    return read


READERS = {kind: _read(kind) for kind in ("verb", "support", "noun")}


def _own_country(args: Arguments, a: int, b: int) -> bool:
    """A person and the country their title names ("Nigerian minister X" and Nigeria): one side of
    any talks, never two."""
    for person, country in ((a, b), (b, a)):
        p, c = args.clusters[person], args.clusters[country]
        if p.type != "Person" or c.type != "Country":
            continue
        if any(named == c.label for _, named in p.roles):
            return True
        # "Nigerian minister of mines and power X": the demonym in the title before the name
        for m in p.mentions:
            i = m.start - 1
            while i >= max(0, m.start - 10) and args.doc[i].lower_ not in {",", "and", "between", "with", ";", "by"}:
                if args.coref.token_cluster.get(i) == country:
                    return True
                i -= 1
    return False


def pairs(rel: Relation, frame: Frame, args: Arguments, r: Reading) -> Iterator[Candidate]:
    """Typed (subject, object) pairs of a reading; symmetric groups give every pair."""
    subjects = args.typed(r.subjects, frame.subject_types or rel.subject_types)
    objects = args.typed(r.objects, frame.object_types or rel.object_types)
    seen = set()

    def make(s, fs, o, fo):
        key = (min(s, o), max(s, o)) if rel.symmetric else (s, o)
        if s == o or key in seen or frozenset((s, o)) in args.same_side or rel.symmetric and _own_country(args, s, o):
            return None
        seen.add(key)
        return Candidate(rel.name, s, o, r.trigger.i, round(r.confidence * fs * fo, 3), r.anchors, r.content,
                         frame.negates, frame.plans)

    for s, fs in subjects:
        for o, fo in objects:
            c = make(s, fs, o, fo)
            if c:
                yield c
    if rel.symmetric:
        group = args.typed(list(dict.fromkeys(r.group)), rel.subject_types)
        if not group and not objects and not r.open_partner and (frame.kind != "verb" or not frame.require_object) \
                and not any(args.doc[i].lemma_.lower() in lx.TRIP_NOUNS for i in (r.trigger.i, *r.anchors)):
            # "X and Y met", "X and Y held talks" (not "X and Y negotiated with creditors", nor "the
            # King and Queen began a state visit to Japan": travelling together is no meeting)
            group = subjects
        if len(group) >= 2:
            for (a, fa), (b, fb) in combinations(group, 2):
                c = make(a, fa * 0.95, b, fb)
                if c:
                    yield c


def candidates(args: Arguments, index: TokenIndex, registry: Registry) -> Iterator[Candidate]:
    """Every candidate fact in the document: each frame of each relation on the tokens that can trigger it."""
    from kg.extract.hooks import HOOKS
    from kg.relations import RelationError

    unknown = [f.hook for rel in registry for f in rel.frames if f.hook and f.hook not in HOOKS]
    if unknown:
        raise RelationError(f"unknown hook {unknown[0]!r} (known: {', '.join(HOOKS)})")
    for rel in registry:
        for frame in rel.frames:
            words = {v.split()[0] for v in (frame.verbs if frame.kind == "support" else frame.lemmas)}
            for tok in index.lemmas(words):
                if frame.kind == "verb" and not _phrasal_ok(frame.lemmas, tok):
                    continue  # a phrasal verb needs its particle: "touch down in Y"
                r = READERS[frame.kind](args, rel, frame, tok)
                if r is not None and frame.hook:
                    r = HOOKS[frame.hook](args, rel, frame, tok, r)
                if r is not None:
                    yield from pairs(rel, frame, args, r)
