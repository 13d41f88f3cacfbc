"""Named hooks: what a relation needs beyond its frames' slots.

A frame names a hook in ``relations.toml`` (``hook = "demand_content"``); the
engine calls it with the :class:`~kg.extract.frames.Reading` it made, and the
hook returns the reading (changed) or None to drop it. Hooks hold only what is
particular to one relation: the content and addressee of a demand, the guests
of a hosted event, "when they meet".
"""
from __future__ import annotations

from kg.extract import lexicon as lx
from kg.extract.arguments import Found, _no_doer, _relative, agent, is_passive, passive_subject_tokens, subject_tokens
from kg.extract.context import np_text
from kg.extract.coref import _quoted as quoted
from kg.extract.coref import sentence_starts
from kg.extract.frames import _occasion_doers, media_event, pobjs
from kg.extract.tokens import (child, event_of_member, event_of_part, first_conjunct, gathering_of, governor_of, infinitive,
                               lists_people, participle_host, pobj, the_meeting, which_after)

PARTY_TYPES = frozenset({"Person", "Organization", "Country"})
PLACE_TYPES = frozenset({"Country", "Place", "Facility"})


#: last words of names that are bodies as often as gatherings: one holds a congress, but hosts a body
BODY_HEADS = frozenset({"congress", "assembly", "convention", "council"})


def _held_names(args, r, objects, heads=lx.HELD_NAME_HEADS) -> None:
    """A name the recogniser called an organisation is an event when it is held or hosted: "Apple held its
    Worldwide Developers Conference", "will host a Capital Markets Day"."""
    for c, _ in r.objects:
        cl = args.clusters[c]
        if cl.type == "Organization" and cl.label.split() and cl.label.split()[-1].lower() in heads:
            cl.type = "Event"
            for t in objects:  # "held its 12th Ordinary Congress", the recogniser naming only "Congress"
                mods = [m for m in t.lefts if m.dep_ in {"amod", "compound", "nummod"} and m.i not in args.coref.token_cluster]
                if args.coref.token_cluster.get(t.i) == c and mods and all(m.text[:1].isupper() or m.text[:1].isdigit() for m in mods):
                    start = min(m.left_edge.i for m in mods)
                    args.also_called(c, start, t.i + 1, args.doc[start:t.i + 1].text)


def event_guests(args, rel, frame, tok, r):
    """"X hosted a summit of/with Y": the guests are hosted; else the event itself ("X hosted talks
    between Y and Z": the talks)."""
    # "will host a Capital Markets Day" (not "hosted the Pan-African National Congress": a body one receives)
    _held_names(args, r, [t for t in r.object_tokens if t is not None], lx.HELD_NAME_HEADS - BODY_HEADS)
    reduced = tok.dep_ == "acl" or tok.dep_ == "xcomp" and is_passive(tok)  # (or "is scheduled to be hosted by X")
    meeting = _meeting_of(r.object_tokens) if reduced else None
    if meeting is not None:
        # "a ministerial meeting of the Friends of Syria group co-hosted by X", "the meeting of the Border Committee,
        # hosted by X": X hosts the meeting, not the body; the people or countries "of" it stay guests ("The meeting of
        # A and B, hosted by X")
        r.object_tokens = [meeting]
        r.objects = [(args.event(meeting), 1.0), *((c, f) for c, f in args.typed(args.of(pobj(meeting, "of")), PARTY_TYPES)
                                                   if args.clusters[c].type != "Organization")]
    for target in r.object_tokens:
        if target is not None and target.lemma_.lower() in lx.ROUND_NOUNS and (talks := pobj(target, "of")) is not None \
                and talks.lemma_.lower() in lx.EVENT_NOUNS and not r.objects:
            target = talks  # "hosted a fresh round of negotiations between A and B": the negotiations
            r.objects = [(args.event(talks), 1.0)]
        if target is None or target.lemma_.lower() not in lx.EVENT_NOUNS:
            continue
        if args.coref.token_cluster.get(target.i) is not None and args.clusters[args.coref.token_cluster[target.i]].type != "Event":
            continue
        # (not the parties of talks "between" two others: "X hosted talks between Russia and Ukraine"
        # hosts the talks, which the two hold with each other)
        whose = pobj(target, "with") or _whose(target)
        guests = args.typed(args.of(whose), PARTY_TYPES) if target is not meeting else []
        if len(guests) == 1 and whose.head.lower_ == "of" and whose.lemma_.lower() not in lx.PERSON_ROLES \
                and not whose.conjuncts and args.clusters[guests[0][0]].type == "Organization":
            # "will host a meeting of the Forum Officials Committee": the body's own meeting, no guest (but "a meeting
            # of Hamas and Fatah" hosts both)
            guests = []
        if guests:  # (the event too, when the text says whose ministers meet: "a meeting of NATO defence ministers")
            ministers = whose.head.lower_ == "of" and whose.lemma_.lower() in lx.PERSON_ROLES
            r.objects = [o for o in r.objects if ministers or args.clusters[o[0]].type != "Event"] + guests
        # "X is hosting a dinner for Y" (or "in honour of Y"): X hosts the dinner and Y
        r.objects += _guests(args, target, tok)
    if any(args.clusters[c].type in PARTY_TYPES for c, _ in r.objects):
        r.objects += _meal_given(args, tok)
        # "X had hosted Y at a ministerial meeting": X hosts the meeting too (not "hosted Y at the summit": whose the
        # summit is, the sentence does not say)
        at = pobj(tok, "at")
        if at is not None and at.lemma_.lower() in lx.EVENT_NOUNS and at.lemma_.lower() not in lx.GATHERING_NOUNS - {"meeting"} \
                and at.tag_ == "NN":
            r.objects.append((args.event(at), 0.85))
        elif (held := _hosted_for(tok)) is not None:
            r.objects.append((args.event(held), 0.85))  # "X hosted A and B for a trilateral summit": X's summit
    elif not r.objects and (guests := child(tok, "dobj")) is not None and guests.tag_ == "NNS" \
            and guests.lemma_.lower() in lx.PERSON_ROLES | lx.DELEGATION_NOUNS \
            and not any(c.dep_ in {"poss", "compound"} for c in guests.children) \
            and (at := pobj(tok, "at") or pobj(guests, "at")) is not None and at.lemma_.lower() in lx.GATHERING_NOUNS \
            and at.tag_ == "NN":
        # "as he hosted leaders from across these islands at the British-Irish Council summit": guests no one names,
        # come for the gathering he hosts (not "hosted Macron's ministers at the summit")
        r.objects = [(args.event(at), 0.85)]
    return r


def _hosted_for(verb):
    """The gathering guests were hosted or welcomed for: "hosted A and B at the palace for a trilateral summit",
    "welcomed the leaders to Ilaro Court for a special meeting" (a gathering, not a meal, nor "for talks on ...",
    which are the meeting itself)."""
    held = pobj(verb, "for")
    if held is None or held.pos_ != "NOUN" or held.lemma_.lower() not in lx.GATHERING_NOUNS - {"talks", "negotiations"}:
        return None
    if held.lemma_.lower() == "meeting" and pobj(held, "of") is None and not any(
            c.dep_ in {"compound", "amod", "nmod", "poss"} and c.lower_ not in lx.PLAIN_MEETING_WORDS for c in held.lefts):
        return None  # "received him for a private meeting": the two met, no gathering was held
    return held


def _meeting_of(tokens):
    """The gathering of a body a reduced relative is about: the meeting itself, or the meeting its members are named
    "of" ("a meeting of the Friends of Syria group co-hosted by X"); not one "of" people of a kind ("a meeting of NATO
    defence ministers hosted by X" hosts NATO too)."""
    for t in tokens:
        if t is None:
            continue
        meeting = t if t.lemma_.lower() in lx.EVENT_NOUNS else event_of_member(t)
        if meeting is not None and meeting.pos_ == "NOUN" and meeting.lemma_.lower() in lx.EVENT_NOUNS - lx.TRIP_NOUNS \
                and (whose := pobj(meeting, "of")) is not None and whose.lemma_.lower() not in lx.PERSON_ROLES:
            return meeting
    return None


def _meal_given(args, verb) -> Found:
    """The meal a host gives the guests it receives: "X hosted the EU delegation for a working lunch", "X welcomed
    his counterparts with a dinner" (X hosts the lunch too; not "hosted Y for talks", talks being held together)."""
    meal = pobj(verb, "for", "with")
    if meal is None or meal.lemma_.lower() not in lx.MEAL_NOUNS - {"ceremony"} or meal.tag_ != "NN" \
            or not any(c.dep_ in {"det", "poss"} for c in meal.children):
        return []  # (not "hosted Y for dinner": what for, no meal named)
    return [(args.event(meal), 0.9)]


def _whose(noun):
    """The object of a noun's "of" phrase, unless it says for whom: not "a dinner in honour of Y" with "of Y" hung on
    the dinner."""
    return next((child(c, "pobj") for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                 and c.doc[c.i - 1].lower_ not in lx.ON_BEHALF_WORDS), None)


def _honoured(holder):
    """Whom "in honour of Y" on holder names, "of Y" hung on "honour" or, by the parser, on the holder itself."""
    honour = pobj(holder, "in")
    if honour is None or honour.lower_ not in {"honour", "honor"}:
        return None
    return pobj(honour, "of") or next((child(c, "pobj") for c in holder.children if c.dep_ == "prep" and c.lower_ == "of"
                                       and c.i == honour.i + 1), None)


def _guests(args, *holders):
    """Who an event is given for: "a dinner for Y", "a banquet in honour of Y" (on the event or its verb)."""
    for holder in holders:
        guest = pobj(holder, "for")
        if guest is None:  # "a dinner for visiting leaders", the adjective read as a verb
            prep = child(holder, "prep", text="for")
            visiting = child(prep, "pcomp") if prep is not None else None
            guest = child(visiting, "dobj") if visiting is not None and visiting.lower_ == "visiting" else None
        if guest is None:
            guest = _honoured(holder)
        if guest is not None:
            found = args.typed(args.of(guest), PARTY_TYPES)
            listed = (guest, *guest.conjuncts)
            if any(t.lemma_.lower() in {"delegation", "delegations"} and t.i not in args.coref.token_cluster for t in listed):
                # "a luncheon in honour of the Japanese delegation", "of his counterpart and the accompanying delegation":
                # guests no one names, not their country
                found = _countries_named(args, found, listed)
            return found
    return []


def hosted_meal(args, rel, frame, tok, r):
    """"a dinner given by X (for Y)", "X gave a banquet in honour of Y": X hosts the meal and Y."""
    meal = [t for t in r.object_tokens if t is not None and t.lemma_.lower() in lx.MEAL_NOUNS]
    if not meal:
        return None
    r.objects = [(args.event(meal[0]), 1.0), *_guests(args, tok, meal[0])]
    return r


def guests_at_event(args, rel, frame, tok, r):
    """"X hosted Y at a ministerial meeting": Y, whom X hosted, is at the event (named by an event noun)."""
    at, guest = pobj(tok, "at"), child(tok, "dobj")
    if (at is None or at.lemma_.lower() not in lx.EVENT_NOUNS) and (at := pobj(tok, "for")) is not None and (
            at.lemma_.lower() in lx.TALK_NOUNS | lx.TRIP_NOUNS | lx.MEAL_NOUNS or at.lower_ in lx.TALK_NOUNS
            or at.lemma_.lower() in {"meeting", "briefing", "audience", "consultation", "discussion"} | lx.GENERIC_EVENTS) \
            and gathering_of(at) is None:
        at = None  # "hosted Y for the annual summit", "welcomed Y to Halifax for a meeting of the Council of Atlantic
        # Premiers" (not "for talks", "for a private meeting", "for a briefing": the host's meeting with the guest;
        # nor "for dinner", "for a visit")
    if at is None or guest is None or at.lemma_.lower() not in lx.EVENT_NOUNS:
        return None
    guests = args.typed(args.of(guest), PARTY_TYPES)
    if not guests:
        return None
    r.subjects, r.objects, r.object_tokens = guests, [(args.event(at), 1.0)], [at]
    return r


def meal_guests(args, rel, frame, tok, r):
    """"X hosted a dinner for Y", "X gave a banquet in honour of Y": Y attends the meal."""
    meal = [t for t in r.object_tokens if t is not None and t.lemma_.lower() in lx.MEAL_NOUNS - {"ceremony", "party", "gala"}]
    if not meal:
        return None  # (not "a ceremony for Space Shuttle Atlantis": what a ceremony is for is not there)
    guests = args.typed(_guests(args, meal[0], tok), {"Person"})
    if not guests:
        return None
    r.subjects, r.objects = guests, [(args.event(meal[0]), 1.0)]
    r.confidence *= 0.9
    return r




def _indirect_talks(args, r):
    """The talks noun of a reading when they are indirect, else None."""
    talks = next((t for t in (args.doc[i] for i in (r.trigger.i, *r.anchors))
                  if t.lemma_.lower() in lx.TALK_NOUNS or t.lower_ in lx.TALK_NOUNS), None)
    return talks if talks is not None and any(c.dep_ in {"amod", "compound"} and c.lower_ in lx.INDIRECT_WORDS
                                              for c in talks.children) else None


def direct_talks(args, rel, frame, tok, r):
    """The reading, unless its talks are indirect: in "X held indirect talks with Y" a mediator carries the messages and
    the sides do not meet (they attend the talks: :func:`indirect_talks`)."""
    return None if _indirect_talks(args, r) is not None else r


#: what one attends with a partner (lemmas: "negotiations" is "negotiation")
PARTNERED = lx.MEETING_NOUNS | frozenset({"consultation", "session", "call", "dialogue"})


def _countries_named(args, found: Found, tokens) -> Found:
    """``found`` without the countries that no one of ``tokens`` names itself: not the countries of "his Pakistani and
    Afghan counterparts" or "Brazilian business leaders" (people no name says)."""
    named = {args.coref.token_cluster.get(t.i) for t in tokens}
    return [(c, f) for c, f in found if args.clusters[c].type != "Country" or c in named]


def partner_named(args, rel, frame, tok, r):
    """"X attended a meeting with Y", "X will join talks with Y": the partner the meeting's "with" phrase names (not
    "joined Y in calling for", nor "attended with Y", who came along)."""
    held = child(tok, "dobj")
    partner = pobj(held, "with") if held is not None and held.lemma_.lower() in PARTNERED else None
    if partner is None or not r.objects or r.group:
        return None
    if any(c.dep_ == "amod" and c.lower_ in lx.INDIRECT_WORDS for c in held.children):
        return None  # ("indirect talks with Y": a mediator carries the messages)
    r.objects = _countries_named(args, r.objects, (partner, *partner.conjuncts))
    r.subjects = _countries_named(args, r.subjects, subject_tokens(tok))
    return r if r.objects and r.subjects else None


def indirect_talks(args, rel, frame, tok, r):
    """"X held indirect talks with Y in Muscat", "X arrived in Doha for indirect negotiations with Y": X and Y attend
    the talks."""
    talks = _indirect_talks(args, r)
    if talks is None or not r.subjects and not r.group \
            or r.trigger.pos_ in {"VERB", "AUX"} and r.trigger.lemma_.lower() not in lx.INDIRECT_HOLDING:
        return None  # (not "Iran proposed (rejected) indirect talks with the US": no one holds them)
    r.subjects = list(dict.fromkeys(args.typed([*r.subjects, *r.objects, *r.group], PARTY_TYPES)))
    r.objects, r.object_tokens, r.group = [(args.event(talks), 1.0)], [talks], []
    return r


#: what can be called (convened): "called a meeting"
CONVENED = frozenset({"meeting", "conference", "summit", "session", "assembly", "congress", "convention"})


#: buildings an event is held outside of: "a rally outside parliament organised by X"
_SEATS = frozenset({"parliament", "embassy", "ministry", "building", "office", "headquarters"})


def organised_event(args, rel, frame, tok, r):
    """"X will hold a donor conference", "X called a shareholders meeting": X hosts the event.
    Not talks ("held talks with Y" is a meeting) and not an event held with someone."""
    events = []
    if len(r.subjects) >= 2 and tok.lemma_.lower() in {"hold", "have", "call", "schedule", "plan", "arrange"}:
        return None  # "U.S. and Japanese negotiators will hold meetings": they meet, nobody hosts
    if tok.dep_ == "acl" and is_passive(tok) and tok.head.dep_ == "pobj" and tok.head.head.lower_ in {"outside", "at", "in", "near"} \
            and tok.head.lemma_.lower() not in lx.EVENT_NOUNS \
            and (tok.head.pos_ == "PROPN" or tok.head.lemma_.lower() in lx.SITE_WORDS | lx.SITE_NOUNS | _SEATS) \
            and (event := tok.head.head.head).lemma_.lower() in lx.EVENT_NOUNS and event.pos_ == "NOUN":
        # "a rally outside Leinster House organised by the IFA": the parser hung the clause on the place
        r.object_tokens = [event]
        r.objects = [(args.event(event), 1.0)]
    for t in r.object_tokens:
        if t is None:
            continue
        if t.lower_ in SERIES and not any(c.lower_ in lx.YEARLY for c in t.lefts):
            return None  # (but "holds its annual meetings next week" is one event)
        lemma = t.lemma_.lower()
        # (and "will convene an online conference with provincial leaders": a gathering one calls has a host)
        convened = tok.lemma_.lower() in CONVENING and (lemma in lx.TALK_NOUNS or t.lower_ in lx.TALK_NOUNS) \
            or tok.lemma_.lower() in CONVENING - {"arrange"} and lemma in CONVENED
        if not convened and (lemma in lx.TALK_NOUNS or t.lower_ in lx.TALK_NOUNS or any(
                c.dep_ == "prep" and c.lower_ in {"with", "between"} for c in t.children)):
            return None  # (but "talks convened by the ICCO", "X organised talks between A and B" have a host)
        if tok.lemma_.lower() == "call" and lemma not in CONVENED:
            return None
        if any(c.lower_ in lx.MEDIA_WORDS for c in t.lefts):
            return None  # "held a news conference"
        if lemma in {"election", "elections", "referendum", "vote", "poll", "ballot", "primary"}:
            return None  # a country holds an election; nobody hosts it
        if lemma in lx.TRIP_NOUNS:
            return None  # "postponed her visit": the traveller hosts nothing
        events.append(t)
    if not events:
        return None
    # a name the recogniser called an organisation is an event when it is held: "Apple held its
    # Worldwide Developers Conference"
    _held_names(args, r, events)
    # the events themselves, and the guests of a meal or reception: "a reception held for him by X"
    r.objects = [(c, f) for c, f in r.objects if args.clusters[c].type == "Event"]
    for t in events:
        if t.lemma_.lower() in lx.MEAL_NOUNS:
            r.objects += _guests(args, t, tok)
    return r


#: verbs of bringing parties together, which give talks a host: "talks convened by X", "X organised talks"
CONVENING = frozenset({"convene", "organise", "organize", "sponsor", "arrange"})

#: plurals that name a series of events, not one: "chairs the ministers' meetings"
SERIES = frozenset({"meetings", "conferences", "summits", "sessions", "hearings", "briefings", "ceremonies", "events"})


def accompanied_at(args, rel, frame, tok, r):
    """"X was accompanied at the retreat by Y and Z", "Y accompanied X at the talks": everyone named
    was at the event."""
    at = pobjs(tok, "at")
    events = [(c, f) for t in at for c, f in (args.of(t, conjuncts=False) or (
        [(args.event(t), 1.0)] if t.lemma_.lower() in lx.EVENT_NOUNS else [])) if _is_event(args.clusters[c])]
    if not events:
        return None
    companions, led = _companions(args, tok, r, at)
    people = args.typed([*companions, *(x for t in led for x in args.of(t))], PARTY_TYPES)
    if not people:
        return None
    r.subjects = list(dict.fromkeys(people))
    r.objects = events
    r.object_tokens = at
    return r


def _companions(args, verb, r, nouns) -> tuple[Found, list]:
    """Who accompanied (found) and the tokens of who was accompanied, for "X was accompanied at the
    retreat by Y" ("by" may hang on the noun after the verb: ``nouns``) and "Y accompanied X"."""
    if is_passive(verb):
        by = agent(verb) or next((pobj(t, "by") for t in nouns if pobj(t, "by") is not None), None)
        return (args.of(by) if by is not None else []), passive_subject_tokens(verb)
    led = child(verb, "dobj")
    return r.subjects, [led] if led is not None else []


#: verbs by which the one accompanied went somewhere: "X arrived in Jakarta", "X flew to Hanoi"
WENT_VERBS = lx.VISIT_VERBS | lx.TRAVEL_VERBS | frozenset({"land", "head", "come", "reach"})


def companion_on_trip(args, rel, frame, tok, r):
    """"X was accompanied on the trip by Y": Y went where the trip took X (named on the trip noun,
    or where the article last said X went, within three sentences)."""
    trip = next((t for t in pobjs(tok, "on") if t.lemma_.lower() in lx.TRIP_NOUNS), None)
    if trip is None:
        return None
    companions, led = _companions(args, tok, r, [trip])
    travellers = {c for t in led for c, _ in args.of(t)}
    companions = [(c, f) for c, f in args.typed(companions, PARTY_TYPES) if c not in travellers]
    if not companions or not travellers:
        return None
    to = pobj(trip, "to")
    places = args.of(to) if to is not None else []
    if not places:
        for t in reversed(tok.doc[sentence_starts(tok.doc, tok, 3):tok.i]):
            if t.pos_ != "VERB" or t.lemma_.lower() not in WENT_VERBS:
                continue
            if not {c for s in subject_tokens(t) for c, _ in args.of(s)} & travellers:
                continue
            where = [child(t, "dobj")] if t.lemma_.lower() in lx.VISIT_VERBS else pobjs(t, "to") + pobjs(t, "in")
            places = [x for w in where if w is not None for x in args.of(w)]
            if places:
                break
    r.subjects = companions
    r.objects = args.typed(places, {"Country", "Place", "Facility"})
    return r if r.objects else None


#: people gathered at an event, whom a speaker there addresses ("told delegates"; not "told reporters")
GATHERED_AUDIENCE = frozenset({"delegate", "participant", "attendee"})


#: what one agrees or is set to do at an event: "X has agreed to speak", "Y is due to speak" (not "was asked to
#: speak", "had planned to speak": no telling whether they will)
_TO_SPEAK = frozenset({"agree", "due", "expect", "schedule", "set"})
#: verbs that undo what was agreed: "agreed to speak but withdrew"
_UNDOING = frozenset({"decline", "cancel", "withdraw", "refuse", "pull", "back"})


def _agreed_to_speak(verb) -> bool:
    """"X has agreed to speak", "Y is due to speak": speaking with no object, no one spoken to, no place or time
    elsewhere, as what one agreed or is set to do (at the event named just before; not "... but declined")."""
    head = verb.head
    return verb.lemma_.lower() == "speak" and infinitive(verb) and verb.dep_ in {"xcomp", "acomp"} \
        and head.lemma_.lower() in _TO_SPEAK and not any(c.dep_ in {"dobj", "prep", "advcl", "ccomp"} for c in verb.children) \
        and not any(c.dep_ == "conj" and c.lemma_.lower() in _UNDOING for c in (*head.children, *verb.children))


def _crowd_gathering(args, verb, crowd) -> int | None:
    """The rally, march or vigil named in verb's sentence or the one before, that "the crowd" stands at ("The rally
    filled the square. X told the crowd"); not "the crowd of protesters" outside a summit, nor a crowd at a match."""
    if pobj(crowd, "of") is not None or any(t.lower_ == "outside" for t in verb.sent):
        return None
    for t in reversed(verb.doc[sentence_starts(verb.doc, verb, 1):verb.i]):
        if t.pos_ == "NOUN" and t.dep_ != "compound" and t.lemma_.lower() in lx.CROWD_GATHERINGS:
            c = args.coref.token_cluster.get(t.i)
            return c if c is not None and _is_event(args.clusters[c]) else args.event(t)
        if t.pos_ == "NOUN" and (t.lemma_.lower() in lx.EVENT_NOUNS or t.lower_ in {"match", "game"}):
            return None  # the last gathering named is another kind: no telling
    return None


#: counts of people in a crowd: "hundreds of workers", "thousands of protesters"
_MANY = frozenset({"hundred", "hundreds", "thousand", "thousands", "dozen", "dozens", "score", "scores"})


def _a_crowd(tok) -> bool:
    """"Hundreds of workers", "thousands of supporters", "a crowd of farmers": many people in one place (not "dozens of
    reporters": the press is no crowd one addresses at a rally)."""
    of = pobj(tok, "of")
    return of is not None and of.tag_ == "NNS" and not of.ent_type_ and of.lemma_.lower() not in lx.MEDIA_WORDS | _PRESS \
        and (tok.lemma_.lower() in _MANY or tok.lemma_.lower() in lx.CROWD_WORDS) and tok.dep_ in {"dobj", "pobj"}


#: the press, whom one tells things anywhere
_PRESS = frozenset({"reporter", "journalist", "correspondent", "newsman", "photographer"})


def _gathering_next(args, verb) -> int | None:
    """The gathering the next sentence opens on, the crowd one spoke to: "X told hundreds of workers outside the plant
    on Friday ... The rally was organized by the union local." (a definite rally, march or protest as that sentence's
    subject)."""
    doc, end = verb.doc, verb.sent.end
    if end >= len(doc):
        return None
    nxt = doc[end].sent
    for t in nxt:
        # (a plain "the rally", not "the rally planned for Monday", "the protest against him"; told as held, not called off)
        if t.pos_ == "NOUN" and t.dep_ in {"nsubj", "nsubjpass"} and t.head.dep_ == "ROOT" \
                and t.lemma_.lower() in lx.CROWD_GATHERINGS and any(d.lower_ == "the" for d in t.children if d.dep_ == "det") \
                and not any(c.dep_ in {"acl", "relcl", "prep"} for c in t.children) \
                and not any(c.dep_ == "neg" for c in t.head.children) and t.head.lemma_.lower() not in lx.CANCEL_VERBS \
                and t.head.lemma_.lower() not in {"go", "proceed", "postpone", "call"}:
            c = args.coref.token_cluster.get(t.i)
            return c if c is not None and _is_event(args.clusters[c]) else args.event(t)
        if t.i > nxt.start + 6:
            return None
    return None


def event_nouns_only(args, rel, frame, tok, r):
    """Speaking at or pulling out of an event: only events count ("told a conference", not "told reporters")."""
    dobj = child(tok, "dobj")
    if tok.lemma_.lower() in {"open", "close", "inaugurate", "enter"} and dobj is not None \
            and dobj.lemma_.lower() not in lx.EVENT_NOUNS | lx.EVENT_PARTS and dobj.i not in args.coref.token_cluster:
        return None  # "opened its terminal at a ceremony": what was opened is no gathering one took part in
    if not r.object_tokens and not r.objects and _agreed_to_speak(tok):
        # "The union will hold a rally on Saturday. X and Y have agreed to speak."
        last = _last_event(args, tok, 1)
        if last is None:
            return None
        r.objects = [(last, 0.85)]
        return r
    if frame.require_object is False and not any(t is not None and (t.lemma_.lower() in lx.EVENT_NOUNS or any(
            _is_event(args.clusters[c]) for c, _ in args.of(t, conjuncts=False))) for t in r.object_tokens):
        # "a rally ..., where X is scheduled to speak"; "a Capital Markets Day ..., where X will present the strategy"
        where = _where_clause_event(tok)
        if where is None and not r.object_tokens:
            return None
        if where is not None:
            r.object_tokens = [where]
            r.objects = args.of(where) or [(args.event(where), 1.0)]
            if where.dep_ == "dobj" and where.head.lemma_.lower() in HOLDING_VERBS:
                # "Solvang will hold a capital markets day, where it will present its plans": the host is no guest
                holders = {c for t in subject_tokens(where.head) for c, _ in args.of(t)}
                r.subjects = [(c, f) for c, f in r.subjects if c not in holders]
    if not r.object_tokens and tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "with" \
            and tok.head.head.pos_ in {"VERB", "AUX"}:
        # "The meeting opened on Tuesday with a keynote by X": at the meeting that opened with it
        opened = next((s for s in tok.head.head.children if s.dep_ in lx.SUBJECTS and s.lemma_.lower() in lx.EVENT_NOUNS), None)
        if opened is not None:
            r.object_tokens = [opened]
            r.objects = [(c, f) for c, f in args.of(opened, conjuncts=False)] or [(args.event(opened), 1.0)]
    if not r.object_tokens and not r.objects and _keynote(tok) and tok.head.pos_ in {"VERB", "AUX", "ADP"}:
        # "the opening ceremony, where X delivered a keynote speech"; "X, who in his farewell address urged ..."
        where = _where_clause_event(tok.head) if tok.head.pos_ != "ADP" else None
        if where is not None:
            of = pobj(where, "of")  # "the opening ceremony of the summit": the summit, as for those who attended it
            r.object_tokens = [where]
            r.objects = args.of(where) or [(c, f) for c, f in (args.of(of, conjuncts=False) if of is not None else [])
                                           if _is_event(args.clusters[c])] or [(args.event(where), 1.0)]
        elif not _elsewhere(tok.head) and (main := _main_event(args, tok)) is not None:
            r.objects = [(main, 0.9)]  # "X, who gave the keynote address, said": at the gathering the article is about
    if not r.object_tokens:
        out = next((c for c in tok.children if c.lower_ == "out"), None)
        of = pobj(out, "of") if out is not None else None
        if of is not None:
            r.object_tokens = [of]
            r.objects = args.of(of)
            if not r.objects and of.lemma_.lower() in lx.EVENT_NOUNS:
                r.objects = [(args.event(of), 1.0)]
    # one event, not a series: "chairs EC farm ministers' meetings" is no attendance
    for t in list(r.object_tokens):  # "told delegates to a conference", "told colleagues at a ceremony"
        if t is not None and t.pos_ in {"NOUN", "PROPN"} and args.coref.token_cluster.get(t.i) is None:
            ev = pobj(t, "to", "at")
            if ev is not None:
                r.object_tokens.append(ev)
                r.objects += args.of(ev) or ([(args.event(ev), 1.0)] if ev.lemma_.lower() in lx.EVENT_NOUNS else [])
            elif t.lemma_.lower() in GATHERED_AUDIENCE and tok.lemma_.lower() in SPEAKING_TO | {"address"} \
                    and not r.objects and not _elsewhere(tok) and (main := _main_event(args, t)) is not None:
                r.objects.append((main, 0.9))  # "X told delegates that ...": the gathering the article is about
            elif t.lemma_.lower() in lx.CROWD_WORDS \
                    and tok.lemma_.lower() in SPEAKING_TO | {"address"} and not r.objects and not _elsewhere(tok) \
                    and any(d.dep_ == "det" and d.lower_ == "the" for d in t.children) \
                    and (gathered := _crowd_gathering(args, tok, t)) is not None:
                r.objects.append((gathered, 0.85))  # "The rally ... filled the street. X told the crowd": at the rally
            elif _a_crowd(t) and tok.lemma_.lower() in SPEAKING_TO | {"address"} and not r.objects \
                    and (gathered := _gathering_next(args, tok)) is not None:
                r.objects.append((gathered, 0.85))  # "X told thousands of farmers outside Y ... The rally was ..."
    for t in list(r.object_tokens):
        # "told the annual shareholders meeting turnover rose": the parser read the meeting as a
        # compound of the reported clause's subject
        ev = t.doc[t.i - 1] if t is not None and t.dep_ == "dobj" and t.i > 0 else None
        if ev is not None and ev.dep_ == "compound" and ev.head.i == t.i and ev.lemma_.lower() in lx.EVENT_NOUNS \
                and t.i + 1 < len(t.doc) and t.doc[t.i + 1].dep_ == "ccomp" and t.doc[t.i + 1].head.i == tok.i:
            r.object_tokens.append(ev)
            event = args.event(ev)
            r.objects = [(event, 1.0)]
            # the event's own adjectives, hung on the clause's subject: "the annual shareholders meeting"
            mods = [c.i for c in t.lefts if c.dep_ == "amod" and c.i < ev.i]
            if mods:
                args.also_called(event, min(mods), ev.i + 1, t.doc[min(mods):ev.i + 1].text)
    if tok.lemma_.lower() in SPEAKING_TO and _in_writing(tok):
        return None  # "told the conference in a letter": not there
    # a body is no event: "told Congress", "testified before a committee" name no gathering (GUIDELINES;
    # the shared gold reads "speaking to the bureau" as optional at most: "the bureau itself is an
    # organization, not an event")
    events = [(c, f) for c, f in r.objects if _is_event(args.clusters[c])
              and not any(t is not None and args.coref.token_cluster.get(t.i) == c and t.lower_ in SERIES for t in r.object_tokens)]
    if not events:
        # "will hold a rally, and X is expected to address it"
        events = [(e, 0.85) for t in r.object_tokens if _gathering_it(tok, t) and (e := _last_event(args, t, 1, make=False)) is not None]
    if not events:
        return None
    r.objects = events
    return r


#: what makes a speech one given at a gathering: "the keynote address", "her opening remarks"
KEYNOTE_WORDS = frozenset({"keynote", "opening", "closing", "inaugural", "farewell"})


def _keynote(noun) -> bool:
    """A speech that is part of a gathering's programme: "gave the keynote", "delivered the opening address"."""
    return noun.pos_ == "NOUN" and (noun.lemma_.lower() == "keynote" or noun.lemma_.lower() in {"address", "speech", "remarks"}
                                    and any(c.lower_ in KEYNOTE_WORDS for c in noun.lefts))


#: verbs whose "it" is a gathering when one was just named: "X is expected to address it", "Y will boycott it"
IT_EVENT_VERBS = frozenset({"address", "attend", "boycott", "skip", "chair", "co-chair", "open"})


def _gathering_it(verb, it) -> bool:
    """Whether "it" as the object of a verb of taking part may be a gathering: "X is expected to address it", not
    "address it in parliament" or "address it with the police" (an issue dealt with; but "address it in Bergen",
    "in person")."""
    if it is not None and it.lower_ == "it" and it.pos_ == "PRON" and it.dep_ == "nsubjpass" and is_passive(verb) \
            and verb.lemma_.lower() in {"chair", "co-chair"}:
        return True  # "Angola is hosting the summit. It will be co-chaired by X and Y" (not "It was opened": a building too)
    return it is not None and it.lower_ == "it" and it.pos_ == "PRON" and it.dep_ == "dobj" \
        and verb.lemma_.lower() in IT_EVENT_VERBS and not is_passive(verb) \
        and not any(c.dep_ == "prep" and c.i > it.i and (o := child(c, "pobj")) is not None
                    and (c.lower_ in {"with", "through", "by", "via"} or o.pos_ == "NOUN" and o.lower_ != "person"
                         and o.ent_type_ not in {"DATE", "TIME"}) for c in verb.children)


def _held_name(tok) -> bool:
    """The last word of a gathering's name, held or hosted: "a Capital Markets Day", "its Ordinary Congress"."""
    return tok.pos_ == "PROPN" and tok.lower_ in lx.HELD_NAME_HEADS and tok.dep_ == "dobj" \
        and tok.head.lemma_.lower() in HOLDING_VERBS


def _where_clause_event(verb):
    """The event noun a "where" (or "at which", "during which") clause hangs on: "a rally outside the hospital, where X is scheduled
    to speak" (through "is scheduled to", "will")."""
    clause = verb
    while clause.dep_ in {"xcomp", "ccomp", "acomp"} and clause.head.i != clause.i:  # (through "is due to")
        clause = clause.head
    # ("where", or "at which": "an Investor Day on April 15, at which X will present the plan")
    if clause.dep_ != "relcl" or not (any(c.lower_ == "where" for c in (*clause.children, *verb.children))
                                      or which_after(clause, "at", "during") or which_after(verb, "at", "during")):
        return None
    event = clause.head
    if event.ent_type_ in {"DATE", "TIME"}:
        # "a rally outside the hospital Monday evening, where ...", "a rally on Monday, where ...": the
        # clause hung on the time of the event that the verb holds
        held_by = governor_of(event)
        event = next((c for c in held_by.children if c.dep_ in {"dobj", "nsubj", "nsubjpass"}
                      and (c.lemma_.lower() in lx.EVENT_NOUNS or _held_name(c) or lx.corporate_day(c))), event)
    if _held_name(event) or lx.corporate_day(event):
        return event  # "will host a Capital Markets Day in London on 14 April, where ..."
    while event.dep_ == "pobj" and event.head.lower_ == "of" and event.head.head.pos_ in {"NOUN", "PROPN"} \
            and (event.pos_ == "PROPN" or event.head.head.lemma_.lower() in lx.EVENT_NOUNS):
        event = event.head.head  # "the opening ceremony of the Fourth Ministerial Meeting of the Forum, where ..."
    return event if event.pos_ == "NOUN" and event.lemma_.lower() in lx.EVENT_NOUNS else None


def for_event(args, rel, frame, tok, r):
    """"X flew to Brussels for the NATO summit": an event named or made definite (not "for talks
    with officials", "for a conference": the trip is the fact there, not which gathering; not "met Y
    for talks": that meeting is the talks)."""
    if tok.lemma_.lower() == "meet" and (child(tok, "dobj") is not None or pobj(tok, "with") is not None):
        return None
    if tok.lemma_.lower() == "join" and (obj := child(tok, "dobj")) is not None and obj.lemma_.lower() in {"force", "hand"}:
        return None  # "joined forces with Y for the summit": working together, not being there
    if "to" in frame.object and any(t is not None and t.pos_ != "PROPN" and not any(c.dep_ in {"det", "poss"} for c in t.children)
                                    for t in r.object_tokens):
        return None  # "wanted to go to conference with the House": a bill's procedure, no gathering one travels to
    r = event_nouns_only(args, rel, frame, tok, r)
    if r is None:
        return None
    for t in r.object_tokens:
        if t is not None and t.pos_ == "NOUN" and not _specified(t) and not any(
                c.dep_ in {"det", "poss"} and c.lower_ not in {"a", "an"} for c in t.children):
            r.objects = [(c, f) for c, f in r.objects if args.coref.token_cluster.get(t.i) != c
                         and not any(m.start <= t.i < m.end for m in args.clusters[c].mentions)]
    return r if r.objects else None


#: verbs and nouns of speaking to an audience: "told the conference", "remarks to the meeting"
SPEAKING_TO = frozenset({"tell", "address", "testify", "appear", "brief", "speak",
                         "remark", "remarks", "speech", "testimony", "statement", "presentation"})


#: ways of telling someone something without being there: "told Congress in a letter"
WRITTEN = frozenset({"letter", "message", "statement", "memo", "memorandum", "report", "note", "cable",
                     "telegram", "email", "e-mail", "writing", "submission"})


def _in_writing(verb) -> bool:
    return any(c.dep_ == "prep" and c.lower_ in {"in", "by", "through", "via", "over"}
               and (o := child(c, "pobj")) is not None and o.lemma_.lower() in WRITTEN for c in verb.children)


def implicit_destination(args, rel, frame, tok, r):
    """"the visit this week by Japanese Prime Minister Nakasone" with no place named: newswire
    leaves out the place it reports from. The visitor's own country is known (from their title);
    the destination is the country the article names most often after it, when one clearly does."""
    if tok.pos_ == "VERB":  # "Deng told visiting Secretary of State Shultz ...": the visitor
        if tok.lower_ != "visiting":
            return None
        if tok.dep_ == "amod":
            visitors = args.of(tok.head, conjuncts=False)
        elif (obj := child(tok, "dobj")) is not None:  # "told visiting Japanese Prime Minister Nakasone" parsed as visiting + object
            if obj.left_edge.i != tok.i + 1:
                return None
            visitors = args.of(obj, conjuncts=False)
        else:  # "..., visiting U.S. Agriculture Secretary X told a press conference" parsed as a clause of its own
            named = _titled_name_after(args, tok)
            if named is None:
                return None
            visitors = [(named, 1.0)]
    else:
        if tok.pos_ != "NOUN" or any(c.dep_ == "prep" and c.lower_ in {"to", "in", "of", "at"} and
                                     (o := child(c, "pobj")) is not None and o.pos_ == "PROPN" for c in tok.children):
            return None  # a place is named (the explicit frames read it)
        if any(c.dep_ in {"compound", "nmod", "amod"} and c.ent_type_ in {"GPE", "LOC", "FAC"} for c in tok.lefts):
            return None  # "a Washington visit"
        if not r.subjects and any(c.dep_ in {"prep", "agent"} and c.lower_ in {"by", "of", "to"} for c in tok.children):
            return None  # "during a visit by French parliamentarians to the site": someone else's visit
        verb = tok.head.head if tok.dep_ == "pobj" else None
        if verb is not None and verb.pos_ == "VERB" and any(
                c.dep_ == "prep" and c.lower_ in {"in", "to", "at"} and (o := child(c, "pobj")) is not None
                and o.ent_type_ in {"GPE", "LOC", "FAC"} for c in verb.children):
            return None  # "arrived in London for a two-day visit": the place is named, on the verb
        visitors = r.subjects or _occasion_doers(args, tok)
    people = [c for c, _ in visitors if args.clusters[c].type == "Person"]
    if len(people) != 1:
        return None
    own = {country for _, country in args.clusters[people[0]].roles if country} or _title_country(args, people[0])
    if tok.pos_ == "NOUN" and any(c.dep_ == "advmod" and c.lower_ == "here" for c in tok.children):
        # "predicted during a visit here": the place the story is filed from (not the visitor's own country)
        here = _filed_place(args)
        capital = args.gaz.capital_of(args.filed_from) if args.filed_from and args.gaz is not None else None
        if capital in own:
            return None
        if here is None and capital:
            here = args.country_cluster(capital)
        if here is not None:
            r.subjects, r.objects = [(people[0], 0.9)], [(here, 0.8)]
            return r
    if not own:
        return None
    where = args.main_country(exclude=own)
    filed = args.filed_from
    if where is None and filed and args.gaz is not None and (home := args.gaz.capital_of(filed)) and home not in own:
        where = args.country_cluster(home)  # "TOKYO - ... visiting U.S. Secretary X told": the capital's country
    if where is None:
        return None
    if filed and args.gaz is not None and not args.gaz.within(filed, args.clusters[where].label):
        return None  # the story is filed from elsewhere ("PARIS (AFP) - ... on his first foreign trip")
    named = _filed_place(args)  # "BAKU - ... cancelled her trip": Baku, when the article names it
    if named is not None:
        where = named
    r.subjects = [(people[0], 0.9)]
    r.objects = [(where, 0.75)]
    return r


def _titled_name_after(args, tok) -> int | None:
    """The person named right after tok, past a title: "visiting U.S. Agriculture Secretary X"."""
    for t in args.doc[tok.i + 1:tok.i + 8]:
        c = args.coref.token_cluster.get(t.i)
        if c is not None and args.clusters[c].type == "Person":
            return c
        if t.pos_ not in {"PROPN", "NOUN", "ADJ"} or t.ent_type_ in {"PERSON", "ORG"}:
            return None
    return None


def not_back(args, rel, frame, tok, r):
    """"X is due in Tokyo on Monday", not "X is due back in Nigeria on Monday" (going home is no visit; but "due back
    in Tarnow for more talks" is a return visit)."""
    if any(c.lower_ == "home" and c.dep_ in {"advmod", "prt"} for c in tok.children):
        return None
    if any(c.lower_ == "back" and c.dep_ in {"advmod", "prt"} for c in tok.children):
        own = {k for s, _ in r.subjects for _, k in args.clusters[s].roles if k}
        r.objects = [(c, f) for c, f in r.objects if args.clusters[c].label not in own]
        return r if r.objects else None
    return r


def expected_in(args, rel, frame, tok, r):
    """"X is expected in Kingston on Friday": the one expected is to come to the place (not "is expected to
    meet Y in Z", nor "growth is expected in Asia")."""
    if not is_passive(tok) or any(c.dep_ in {"xcomp", "ccomp"} for c in tok.children):
        return None
    where = pobj(tok, "in")
    guests = [(c, f) for t in passive_subject_tokens(tok) for c, f in args.of(t) if args.clusters[c].type == "Person"]
    if where is None or not guests:
        return None
    r.subjects, r.objects, r.object_tokens = guests, args.typed(args.of(where), {"Country", "Place"}), [where]
    return r if r.objects else None


def expected_for(args, rel, frame, tok, r):
    """"X and Y are expected in Basseterre next week for the CARICOM summit": the ones expected are to be at the
    event (not "is expected to speak for the group", nor "a decision is expected for Monday")."""
    if not is_passive(tok) or any(c.dep_ in {"xcomp", "ccomp"} for c in tok.children):
        return None
    event = pobj(tok, "for")
    r.subjects = [(c, f) for t in passive_subject_tokens(tok) for c, f in args.of(t)
                  if args.clusters[c].type in {"Person", "Organization", "Country"}]
    if event is None or not r.subjects or event.lemma_.lower() not in lx.EVENT_NOUNS and event.ent_type_ != "EVENT":
        return None  # (not "expected in Oslo for the weekend", "for the first time")
    r.object_tokens, r.objects = [event], args.of(event) or ([(e, 1.0)] if (e := args.event(event)) is not None else [])
    return for_event(args, rel, frame, tok, r)


def arrived_where_filed(args, rel, frame, tok, r):
    """"X, who flew in from Jeddah, held talks", "X arrived on Monday" with no place named, in a story
    filed from Rio that names Rio: X came to Rio (newswire leaves out the place it reports from)."""
    if tok.lemma_.lower() == "fly" and not any(c.dep_ in {"prt", "advmod"} and c.lower_ == "in" for c in tok.children):
        return None  # "flew in", not "flew over the city"
    if any(c.dep_ in {"prep", "advmod", "prt"} and c.lower_ in {"in", "at", "to", "into", "here", "there", "home", "back", "on"}
           and not (c.lower_ == "in" and c.dep_ in {"prt", "advmod"}) and not (c.lower_ == "on" and c.dep_ == "prep")
           for c in tok.children):
        return None  # a place is named, or another one ("flew back", "arrived home")
    where = _filed_place(args)
    if where is None:
        return None
    r.objects = [(where, 0.8)]
    return r if r.subjects else None


def _filed_place(args) -> int | None:
    """The city the story is filed from, when the article names it outside its dateline too."""
    filed = args.filed_from.casefold()
    return next((n for n, cl in enumerate(args.clusters) if filed and cl.type == "Place" and cl.label.casefold() == filed
                 and any(m.start not in args.dateline for m in cl.mentions)), None)


def _title_country(args, person: int) -> set[str]:
    """The country in the words right before a person's name: "U.S. Trade Representative X",
    "Japanese special envoy Y"."""
    found = set()
    for m in args.clusters[person].mentions:
        i = m.head - 1
        while i >= 0 and m.start - i <= 5 and args.doc[i].pos_ in {"PROPN", "ADJ", "NOUN"}:
            c = args.coref.token_cluster.get(i)
            if c is not None and c != person and args.clusters[c].type != "Country":
                break
            country = args.clusters[c].label if c is not None and c != person else (
                args.gaz.country(args.doc[i].text) if args.gaz is not None else None)
            if country:
                found.add(country)
                break
            i -= 1
    return found


#: nouns for one's taking part: "confirmed his attendance"
TAKING_PART_NOUNS = frozenset({"attendance", "participation", "presence"})


#: verbs of seeing someone that a request names: "asked to meet Y", "sought to see Y"
MEETING_VERBS = frozenset({"meet", "see", "talk"})


def asked_to_meet(args, rel, frame, tok, r):
    """"The union has asked to meet Y", "X sought to talk to Y": a request with no addressee but the one to be met, a
    demand on Y (the meeting is only asked for)."""
    if tok.lemma_.lower() not in lx.SEEKING_VERBS or is_passive(tok) or child(tok, "dobj") is not None:
        return None
    meet = next((c for c in tok.children if c.dep_ == "xcomp" and c.lemma_.lower() in MEETING_VERBS and infinitive(c)), None)
    if meet is None:
        return None
    whom = child(meet, "dobj") or pobj(meet, "with", "to")
    if whom is None:
        return None
    r.objects = [(c, f) for c, f in args.typed(args.of(whom), PARTY_TYPES) if c not in {s for s, _ in r.subjects}]
    r.object_tokens = [whom]
    return r if r.objects else None


def confirmed_attendance(args, rel, frame, tok, r):
    """"X confirmed his attendance", "Y has confirmed her participation in the summit": X will be at the gathering named
    in it, else at the one named just before."""
    noun = child(tok, "dobj")
    if noun is None or noun.lemma_.lower() not in TAKING_PART_NOUNS or is_passive(tok) \
            or any(c.dep_ == "neg" for c in tok.children):
        return None  # (not "has not confirmed her attendance": not yet known)
    own = child(noun, "poss")
    if own is None or own.pos_ != "PRON" or own.lower_ not in {"his", "her", "their", "its"} \
            or own.lower_ in {"his", "her"} and any(m.dep_ in {"nsubj"} and m.lower_ in {"he", "she"}
                                                      and (m.lower_ == "he") != (own.lower_ == "his") for m in tok.children):
        return None  # one's own attendance ("X confirmed his presence": his, whoever X is, may be another's)
    if args.coref.token_cluster.get(own.i) is not None and {args.coref.token_cluster[own.i]} - {c for c, _ in r.subjects}:
        return None  # "Y confirmed his presence": another's
    at = pobj(noun, "at", "in") or pobj(tok, "at", "in")
    event = _event_at(args, at) if at is not None else _last_event(args, tok, 2)
    if event is None:
        return None
    r.objects, r.object_tokens = [(event, 1.0)], [at] if at is not None else []
    return r


def attended_last_event(args, rel, frame, tok, r):
    """"X also attended", "Foreign ministers attended for Argentina and Peru": with no object, the
    event the article named just before; "for" names whom the attenders stood for."""
    if tok.lemma_.lower() == "present" and tok.pos_ != "ADJ":
        return None  # "to present a plan to creditors" is no presence
    dobj = child(tok, "dobj")
    if dobj is not None and dobj.lower_ == "part" and tok.lemma_.lower() == "take":
        if pobj(dobj, "in") is not None or pobj(tok, "in") is not None:
            return None  # "took part in Y" names its own
        dobj = None  # "X took part by video link": in the event named just before
    if dobj is not None and not (dobj.lemma_.lower() in lx.EVENT_PARTS and pobj(dobj, "of") is None
                                 and dobj.i not in args.coref.token_cluster and event_of_part(dobj) is None):
        return None  # (but "will attend the first day", "attended the opening": of the event before; not "the forum
        # opening", which names its own)
    if any(c.dep_ == "prep" and c.lower_ not in {"for"} for c in tok.children
           if child(c, "pobj") is not None and child(c, "pobj").lemma_.lower() in lx.EVENT_NOUNS):
        return None
    if tok.lemma_.lower() == "testify" and any(c.dep_ == "prep" and c.lower_ in {"before", "to", "at"} for c in tok.children):
        return None  # "testified before the committee" names its own
    away = next((c for c in tok.children if c.lower_ == "away"), None)
    named = pobj(away, "from") if away is not None else None  # "stayed away from the summit"
    if named is not None:
        event = _event_at(args, named)
    else:
        event = _event_of(args, tok, tok)
    if event is None:
        return None
    if any(c.ent_type_ == "DATE" and c.dep_ == "npadvmod" and any(w.lower_ == "this" for w in c.subtree) for c in tok.children) \
            and args.clusters[event].label.split()[0].casefold() in lx.OTHER_TIME_WORDS:
        return None  # "X, who addressed last year's congress, will not attend this year": another one
    r.subjects = list(dict.fromkeys(r.subjects + [x for o in pobjs(tok, "for") for x in args.of(o)]))
    r.objects = [(event, 1.0)]
    return r if r.subjects else None


#: nouns for a part of a place: "the flood-hit areas of Pakistan"
AREA_NOUNS = frozenset({"area", "areas", "region", "regions", "site", "sites", "zone", "zones", "district", "districts", "crossing",
                        "town", "towns", "village", "villages", "city", "cities", "camp", "camps", "border", "province",
                        "provinces", "headquarters", "outskirts", "coast", "island", "islands", "capital", "scene",
                        "wreckage", "ruins", "remains", "grounds", "commune", "communes", "community", "communities",
                        "farm", "farms", "neighbourhood", "neighbourhoods", "neighborhood", "neighborhoods", "shelter",
                        "shelters", "school", "schools", "hospital", "hospitals", "settlement", "settlements", "suburb",
                        "suburbs", "county", "counties", "municipality", "municipalities", "parish", "parishes",
                        "center", "centre", "centers", "centres", "subdivision", "subdivisions", "estate", "estates",
                        # people one travels to see where they are: "visited flood victims in Hue"
                        "victim", "victims", "survivor", "survivors", "evacuee", "evacuees", "troops", "soldiers",
                        "refugees", "residents", "families", "troop", "soldier", "refugee", "resident", "family"})


#: bodies whose name names a place one can go to: "Phu Vang Secondary School", "Mater Hospital"
INSTITUTION_SITES = frozenset({"school", "hospital", "university", "college", "academy", "centre", "center", "clinic"})


def _places_at(args, where) -> Found:
    """The places a phrase names, a school or hospital among them ("a shelter at Phu Vang Secondary School")."""
    return [(x, f * 0.9) for x, f in args.of(where) if args.clusters[x].type in PLACE_TYPES
            or args.clusters[x].type == "Organization" and args.clusters[x].label.split()[-1].casefold() in INSTITUTION_SITES]


def _named_regions(args, area) -> Found:
    """The places named before a region noun ("the Kandy and Nuwara Eliya districts"): each a place the text or the
    gazetteer knows; a name the recogniser mistyped, named there only, becomes the place it is."""
    found: Found = []
    mods = [m for m in area.children if m.dep_ in {"compound", "nmod"} and m.pos_ == "PROPN"]
    listed = [*mods, *(c for m in mods for c in m.conjuncts if c.dep_ == "conj" and c.pos_ == "PROPN")]
    unknown = []
    for m in listed:
        start = min([m.i, *(x.i for x in m.lefts if x.dep_ == "compound" and x.pos_ == "PROPN")])
        name = args.doc[start:m.i + 1].text
        c = args.coref.token_cluster.get(m.i)
        if c is not None and args.clusters[c].type in PLACE_TYPES:
            found.append((c, 0.9))
        elif args.gaz is not None and (args.gaz.is_city(name) or args.gaz.is_region(name)):
            found += _as_place(args, c, start, m.i, name)
        else:
            unknown.append((c, start, m.i, name))
    if found:  # "the Kandy and Nuwara Eliya districts": a name listed with a known place is one too
        for c, start, end, name in unknown:
            found += _as_place(args, c, start, end, name)
    return found


def _as_place(args, c: int | None, start: int, end: int, name: str) -> Found:
    """A name as a place: the cluster the recogniser mistyped, named there only ("Kandy" tagged a person), or a new one."""
    if c is not None and len(args.clusters[c].mentions) == 1 and args.clusters[c].type in {"Person", "Organization"}:
        args.clusters[c].type = "Place"
    elif c is None:
        c = args._new(start, end + 1, name, "Place", end)
    return [(c, 0.9)] if args.clusters[c].type == "Place" else []


def _town_it_is_in(args, noun, preps: tuple[str, ...], weight: float) -> Found:
    """The towns and countries a thing visited lies in: "a garment factory in Y", "a school programme in the town of Y"."""
    where = pobj(noun, *preps)
    if where is not None and where.lemma_.lower() in lx.TOWN_OF_NOUNS and pobj(where, "of") is not None:
        where = pobj(where, "of")
    return [(x, f * weight) for x, f in (args.of(where) if where is not None else [])
            if args.clusters[x].type in {"Place", "Country"}]


def place_of_area(args, rel, frame, tok, r):
    """"X visited the damaged areas near Y", "X toured the Hyundai plant in Ulsan": Y, the named place
    the visited area or site lies in or near."""
    obj = child(tok, "dobj") if not is_passive(tok) else None
    own = args.coref.token_cluster.get(obj.i) if obj is not None else None
    unnamed = own is not None and args.clusters[own].type == "Facility" and args.clusters[own].label[:1].islower()
    if obj is None or own is not None and not unnamed:
        return None  # a named site is the visit's own (but "a garment factory in Y", unnamed: Y is visited too)
    if obj.lemma_.lower() not in AREA_NOUNS | lx.SITE_NOUNS:
        # "will visit a school programme in the town of Y", "toured a housing project in Y": the town it is in
        if obj.pos_ != "NOUN" or any(c.dep_ == "poss" for c in obj.children):
            return None
        r.objects = _town_it_is_in(args, obj, ("in",), 1.0)
        return r if r.objects else None
    if unnamed:  # (the town or country it is in, not a named site it is part of: "the terminal at the Port of Y")
        r.objects = _town_it_is_in(args, obj, ("in", "near"), 0.9)
        return r if r.objects else None
    where = next((o for c in obj.children if c.dep_ == "prep" and c.lower_ in {"in", "near", "around", "outside", "at"}
                  and (o := child(c, "pobj")) is not None), None)
    if where is not None and where.lemma_.lower() in lx.TOWN_OF_NOUNS and pobj(where, "of") is not None:
        where = pobj(where, "of")  # "a school in the town of Y": Y
    if where is None and obj.lemma_.lower() in lx.REGION_NOUNS and (named := _named_regions(args, obj)):
        r.objects = named  # "visited the Kandy district", "the Kandy and Nuwara Eliya districts"
        return r
    if where is None and not any(c.dep_ == "prep" and c.lower_ == "of" for c in obj.children):
        # "visited flood-hit communes in Hue and Da Nang", the parser hanging "in" on the verb
        where = next((o for c in tok.children if c.dep_ == "prep" and c.lower_ in {"in", "at"} and c.i == obj.right_edge.i + 1
                      and (o := child(c, "pobj")) is not None), None)
        if where is None:
            return None
        r.objects = _places_at(args, where)
        return r if r.objects else None
    named = _places_at(args, where) if where is not None else []
    if len(named) > 1 or named and where.head.lower_ == "at":
        # "communes in Hue and Da Nang": each place listed; "a shelter at Phu Vang Secondary School": the school
        r.objects = named
        return r
    places = [(x, f * 0.9) for x, f in args.within(obj, clauses=False) if args.clusters[x].type in PLACE_TYPES
              and x != args.coref.token_cluster.get(obj.i)]
    r.objects = places[:1]  # the nearest: "the area of the storm near Y"
    return r if places else None


#: gatherings one leads by taking part: "led the ceremony", "will lead the talks"
LED_GATHERINGS = frozenset({"ceremony", "funeral", "prayers", "prayer", "talks", "negotiations", "meeting", "session",
                            "summit", "conference", "mass", "procession", "vigil", "commemoration", "memorial", "celebration",
                            "celebrations", "parade", "march"})


def joined_remotely(args, rel, frame, tok, r):
    """"X joined by video link", "X joined virtually" (no object): X took part in the event named just before."""
    if child(tok, "dobj") is not None or pobj(tok, "in") is not None:
        return None  # "joined the session by video link", "joined in the talks" name their own
    remote = any(c.dep_ in {"prep", "agent"} and c.lower_ in {"by", "via", "through", "over"} and (o := child(c, "pobj")) is not None
                 and o.lower_ in lx.REMOTE_MEANS for c in tok.children) \
        or any(c.dep_ == "advmod" and c.lower_ in lx.REMOTE_ADVERBS for c in tok.children)
    return attended_last_event(args, rel, frame, tok, r) if remote else None


def sent_in_place(args, rel, frame, tok, r):
    """"X did not attend and sent her deputy, Y, in her place", "sending Y in his place": Y took part in the event X
    stayed away from (the one the clause before names, else the one named last)."""
    stand_in = next((p for p in tok.children if p.dep_ == "prep" and p.lower_ == "in" and (o := child(p, "pobj")) is not None
                     and o.lemma_.lower() == "place" and any(c.dep_ == "poss" for c in o.children)), None)
    sent = [(c, f) for c, f in r.objects if args.clusters[c].type == "Person"]
    if stand_in is None or not sent:
        return None
    r.subjects = sent
    away = tok.head if tok.dep_ in {"conj", "advcl"} and tok.head.pos_ in {"VERB", "AUX"} else None
    if away is None or away.lemma_.lower() not in lx.STAYING_AWAY:
        return None  # (not "dropped the striker and sent X in his place")
    named = None
    where = child(away, "dobj") or pobj(away, "to", "at", "for", "before")
    if where is not None:  # "did not turn up to the fourth round", "did not attend the summit"
        named = _event_at(args, where)
        if named is None and where.pos_ == "PROPN":
            named = next((c for c, _ in args.of(where, conjuncts=False) if args.clusters[c].type == "Organization"), None)
        if named is None and away.lemma_.lower() not in lx.TRAVEL_VERBS | {"come"}:
            return None  # "skipped the vote in parliament": no gathering one stands in at (but "did not travel to X")
    event = named if named is not None else _event_of(args, tok, tok)
    if event is None or named is None and args.clusters[event].label.split()[-1].casefold() not in lx.EVENT_NOUNS:
        return None  # (a gathering, not a thing demanded before: "a 6 per cent increase", "a forensic audit")
    r.objects, r.object_tokens = [(event, 0.9)], [stand_in]
    return r


def body_led_march(args, rel, frame, tok, r):
    """"The union led a march from the Angel to the Zocalo": a body that leads a march, rally or protest stages it."""
    obj = child(tok, "dobj")
    if obj is None or obj.lemma_.lower() not in lx.CROWD_GATHERINGS:
        return None
    if not any(p.dep_ == "prep" and (p.lower_ in lx.CROWD_ROUTE_PREPS or p.lower_ in {"in", "at", "on"} and (
            (o := child(p, "pobj")) is not None and (o.ent_type_ in {"GPE", "LOC", "FAC"} or o.lemma_.lower() in lx.PUBLIC_PLACES)))
            for p in (*obj.children, *tok.children)):
        return None  # a crowd somewhere ("led a march to the Zocalo"), not "led the rally in tech shares", "leading the protest"
    r.subjects = [(c, f) for c, f in r.subjects if args.clusters[c].type == "Organization"]
    r.objects = r.objects or [(c, f) for c, f in args.of(obj, conjuncts=False) if _is_event(args.clusters[c])] \
        or [(args.event(obj), 1.0)]
    return r if r.subjects else None


def led_gathering(args, rel, frame, tok, r):
    """"X led the funeral ceremony alongside Y": X (and Y) took part in it; "The march was led by X": X did."""
    obj = child(tok, "dobj") if not is_passive(tok) else child(tok, *lx.PASSIVE_SUBJECTS)
    if obj is None or obj.lemma_.lower() not in LED_GATHERINGS or obj.lower_ in SERIES:
        return None
    bodies_stage = obj.lemma_.lower() in lx.CROWD_GATHERINGS  # (a body that leads a march stages it: body_led_march)
    if bodies_stage and not is_passive(tok):
        r.subjects = [(c, f) for c, f in r.subjects if args.clusters[c].type != "Organization"]
        if not r.subjects:
            return None
    if is_passive(tok):
        leader = agent(tok)
        r.subjects = args.of(leader) if leader is not None else []
        r.object_tokens = [obj]
        r.objects = [(c, f) for c, f in args.of(obj, conjuncts=False) if _is_event(args.clusters[c])] \
            or [(args.event(obj), 1.0)]
        return r if r.subjects else None
    return event_nouns_only(args, rel, frame, tok, r)


def led_delegation(args, rel, frame, tok, r):
    """"X will lead the delegation to the talks"; with no event named, the event the article named
    just before ("Talks open in Geneva on Monday. ... X will lead the French delegation", "The
    Russian delegation was led by X, while the Ukrainian side was headed by Y")."""
    if r.object_tokens:
        return event_nouns_only(args, rel, frame, tok, r)
    noun = child(tok, "dobj") or (child(tok, *lx.PASSIVE_SUBJECTS) if is_passive(tok) else None)  # "was led by X"
    event = _event_of(args, noun, tok) if noun is not None else None
    if event is None:
        return None
    r.objects = [(event, 1.0)]
    r.confidence *= 0.85
    return r


def _tokens_of(args, cluster: int, phrase) -> list:
    """The links from a cluster's first token inside a phrase up to the phrase's head."""
    tok = next((t for t in phrase.subtree if args.coref.token_cluster.get(t.i) == cluster), None)
    if tok is None:
        return []
    out = []
    while tok.i != phrase.i and tok.head.i != tok.i:
        out.append(tok.head)
        tok = tok.head
    return out


#: who represents a party in court, not at a gathering
LEGAL_COUNSEL = frozenset({"lawyer", "attorney", "counsel", "solicitor", "barrister", "partner", "advocate", "firm"})
#: who represents a country as a standing post ("Norway is represented by Ambassador X")
STANDING_POSTS = frozenset({"ambassador", "envoy", "consul", "representative", "embassy"})


def _sides(args, found: Found) -> Found:
    """The countries and bodies among those a representative stands for."""
    return [(c, f) for c, f in found if args.clusters[c].type in {"Country", "Organization"}]


def represented_at(args, rel, frame, tok, r):
    """"X represented Chile at the summit": X and Chile take part; "Myanmar was represented by its
    permanent secretary", with no event named, at the one the article named last."""
    if pobj(tok, "at") is None:
        if not is_passive(tok) or pobj(tok, "in", "on") is not None:
            return None  # (not "represented in parliament", "represented on the board")
        by = agent(tok)
        if by is not None and not (by.ent_type_ == "PERSON" or by.lemma_.lower() in lx.PERSON_ROLES | lx.DELEGATION_NOUNS):
            return None  # sent someone, not "represented by Wachtell Lipton" (a law firm) or "by the union"
        described = [by, *(c for c in by.children if c.dep_ in {"compound", "appos"})] if by is not None else []
        if any(w.lemma_.lower() in LEGAL_COUNSEL for w in described):
            return None  # "represented by attorney X", "by X, a partner at Berg & Lund": in court
        if any(c.dep_ == "auxpass" and c.tag_ in {"VBZ", "VBP"} for c in tok.children) \
                and any(w.lemma_.lower() in STANDING_POSTS for w in described):
            return None  # "Norway is represented by Ambassador X": a post held, not a gathering attended
        represented = [x for t in passive_subject_tokens(tok) for x in args.of(t)]  # (also "did not go and was represented")
        sides = _sides(args, represented)
        # the one sent, when named ("by UK Space Agency chief executive X"), not "its foreign ministry"
        sent = [] if by is None else [(c, f) for c, f in args.of(by) if args.clusters[c].type == "Person"
                                      and not any(a.dep_ == "prep" for a in _tokens_of(args, c, by))]
        # (a leader represented by a minister: the minister went, "Ruto ... was represented by X")
        if not sides and not (sent and any(args.clusters[c].type == "Person" for c, _ in represented)):
            return None
        event = _event_of(args, tok, tok)
        if event is None:
            return None
        r.subjects = list(dict.fromkeys(sides + sent))
        r.objects = [(event, 0.9)]
        return r
    if is_passive(tok):  # "Norway was represented at the summit by Foreign Minister X": both take part
        at = pobj(tok, "at")
        by = agent(tok) or pobj(at, "by")  # ("at the summit by X": the parser may hang "by" on the summit)
        r.subjects = _sides(args, [x for t in passive_subject_tokens(tok) for x in args.of(t)]) \
            + ([(c, f) for c, f in args.of(by) if args.clusters[c].type == "Person"] if by is not None else [])
        r.objects = [(c, f) for c, f in args.of(at, conjuncts=False) if args.clusters[c].type == "Event"] or (
            [(args.event(at), 0.9)] if at.lemma_.lower() in lx.EVENT_NOUNS else [])
        return r if r.subjects and r.objects else None
    r = event_nouns_only(args, rel, frame, tok, r)
    if r is None:
        return None
    r.subjects = list(dict.fromkeys(r.subjects + args.of(child(tok, "dobj"))))
    return r


#: words that make a congress or convention a gathering: "the party congress", "the annual convention"
CONVENTIONS = frozenset({"party", "annual", "world", "international", "national", "founding", "extraordinary", "general",
                         "democratic", "republican", "communist", "biennial", "special"})


def _is_event(cluster) -> bool:
    """An Event, or a name the recogniser called an organisation that names a meeting:
    "the Australian Petroleum Exploration Association annual conference" (not a news conference)."""
    words = cluster.label.casefold().split()
    if any(w in lx.MEDIA_WORDS for w in words[-3:-1]):
        return False
    last = words[-1] if words else ""
    if last in lx.TRIP_NOUNS:
        return False  # "arrived for a four-day visit": a visit is travel, not a gathering
    # (any name the article gave it may say so: "its 12th Ordinary Congress ... The Congress")
    named = [n.casefold().split() for n in [*cluster.names, *(m.name for m in cluster.mentions)]]
    if last in {"congress", "convention", "assembly"} and not any(
            w in CONVENTIONS or lx.ORDINAL.fullmatch(w) and int(w[:-2]) < 100 or lx.YEAR.fullmatch(w)
            for ws in [words, *named] for w in ws[:-1]) \
            and (last != "congress" or cluster.label.split()[-1][:1].isupper()):
        return False  # "told Congress", "the assembly": the legislature (but "last year's congress" is a party's)
    return cluster.type == "Event" or (cluster.type == "Organization" and last in lx.EVENT_NOUNS)


#: what one does on the sidelines of a gathering one is at ("was left on the sidelines" is no presence)
SIDELINE_DOINGS = frozenset({"meet", "hold", "have", "say", "tell", "speak", "sign", "agree", "talk", "discuss", "confer"})


def _event_at(args, noun) -> int | None:
    """The event a noun names: the gathering kg knows it as, else one made of an event noun ("the summit")."""
    found = next((c for c, _ in args.of(noun, conjuncts=False) if _is_event(args.clusters[c])), None)
    return found if found is not None else (args.event(noun) if noun.lemma_.lower() in lx.EVENT_NOUNS else None)


def _specified(noun) -> bool:
    """An indefinite event noun the sentence says which one of: "a roundtable hosted by the federation", "a service
    held in the churchyard", "a summit organised by X" (a participle with its doer or place), "a meeting of EU foreign
    ministers" (whose gathering it is)."""
    return any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in HOLDING_VERBS
               and any(x.dep_ in {"agent", "prep"} for x in c.children) for c in noun.children) \
        or gathering_of(noun) is not None or any(_held_in_relative(c) for c in noun.children if c.dep_ == "relcl")


def _held_in_relative(clause) -> bool:
    """A relative clause that says who holds the noun: "a follow-up meeting, which Y offered to host" ("which" the
    object of the holding verb or of the verb it is the infinitive of; not "which was later called off")."""
    verbs = [clause, *(x for x in clause.children if x.dep_ == "xcomp")]
    return any(v.lemma_.lower() in HOLDING_VERBS - {"call"} and not is_passive(v)
               and any(w.dep_ == "dobj" and w.lower_ in {"which", "that"} for x in (clause, v) for w in x.children)
               for v in verbs)


#: verbs that say who put on an event or where: "hosted by", "held in", "organised by"
HOLDING_VERBS = frozenset({"host", "hold", "organise", "organize", "convene", "chair", "sponsor", "stage", "co-host",
                           "cohost", "co-chair", "call"})


def at_event(args, rel, frame, tok, r):
    """"At the Copenhagen conference, X said", "X said during the summit": X attends it."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in lx.SIDELINES \
            and tok.head.head.dep_ == "pobj" and tok.head.head.head.lower_ in {"on", "at"}:
        tok = tok.head.head  # "met on the sidelines of the G20 summit": at the summit
        if any(c.dep_ == "neg" for c in tok.head.head.children):
            return None  # "X did not meet Y on the sidelines of the summit": nobody's presence is told
        r.confidence *= 0.95
        if not r.subjects:
            r.subjects = _occasion_doers(args, tok)
    elif tok.lemma_.lower() in lx.SIDELINES:
        # "On the sidelines, X held talks with Y": of the gathering the article is about
        verb = tok.head.head
        main = _main_event(args, tok) if tok.dep_ == "pobj" and tok.head.lower_ in {"on", "at"} \
            and pobj(tok, "of") is None and verb.lemma_.lower() in SIDELINE_DOINGS \
            and not any(c.dep_ == "neg" for c in verb.children) and not _elsewhere(verb) else None
        if main is None:
            return None
        r.objects = [(main, 0.9)]
        if not r.subjects:
            r.subjects = _occasion_doers(args, tok)
    first = first_conjunct(tok)  # "at the IMF and World Bank annual meeting": the meeting hangs on "IMF"
    if first.dep_ != "pobj" or first.head.lower_ not in {"at", "during", "in", "on"} or tok.lower_ in SERIES:
        return None
    if first.head.lower_ == "on" and tok.lemma_.lower() not in lx.SIDELINES:
        return None
    if first.head.lower_ == "in" and not any(c.dep_ in {"det", "poss"} and c.lower_ not in {"a", "an"} for c in first.children):
        return None  # "in talks" says no more than that talks go on; "in last week's meeting" names one
    if any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in tok.children) and not _specified(tok):
        return None  # "at a meeting" says too little about which (but "at a roundtable hosted by X" says)
    events = [(c, f) for c, f in r.objects if _is_event(args.clusters[c])]
    # ("X received Y at the palace. During the meeting, X noted ...": the meeting is the reception told before, the
    # two of them meeting; no gathering of its own named before it)
    events = [(c, f) for c, f in events if not _bare_meeting_here(args, c, tok)]
    if not events or not r.subjects:
        return None
    r.objects = events
    r.confidence *= 0.85
    return r


def _bare_meeting_here(args, c: int, tok) -> bool:
    """Whether an event is only "during (at) the meeting", first named at tok, after a reception or meeting told by a
    verb: the meeting of the two, no gathering of its own."""
    cluster = args.clusters[c]
    told = args.doc[sentence_starts(args.doc, tok, 2):tok.i]  # (a reception told just before: "X received Y ...")
    return the_meeting(tok, "during", "at") \
        and any(t.pos_ == "VERB" and t.lemma_.lower() in lx.RECEIVING_VERBS | {"greet", "meet"} for t in told) \
        and {n.casefold() for n in [*cluster.names, *(m.name for m in cluster.mentions)]} <= {"meeting", "the meeting"} \
        and not any(m.head < tok.i for m in cluster.mentions)


#: events made of the people at them ("the meeting included X"; not "the exhibit included Polaroids")
GATHERINGS = lx.GATHERING_NOUNS | frozenset({"talk", "session", "negotiation", "seminar", "workshop", "dinner", "lunch",
                                             "luncheon", "reception", "ceremony", "funeral", "call", "consultation",
                                             "consultations"})
#: people who take part in an event: "the delegates include X"
PARTICIPANT_NOUNS = frozenset({"delegate", "guest", "speaker", "participant", "attendee", "panelist", "panellist",
                               "visitor", "celebrity", "star", "attender", "invitee", "competitor", "team"})


#: what people described as at an event do there: "officials seen arriving", "those attending"
ATTENDING_VERBS = frozenset({"attend", "arrive", "present", "join", "gather", "assemble", "take"})


def participants_include(args, rel, frame, tok, r):
    """"The delegates include X", "Guests at the expo included X and Y": X attends the event the
    participants are at, or the event the article named last."""
    subj = next((c for c in tok.children if c.dep_ in lx.SUBJECTS), None)
    subj = _relative(subj, tok) if subj is not None else None  # "a meeting which included X"
    described = []  # verbs that say what the subject did there
    if subj is None and tok.dep_ == "conj" and tok.head.tag_ in {"VBD", "VBN"}:
        # "Officials seen arriving included X", parsed as "Officials seen" and "included X"
        subj = next((c for c in tok.head.children if c.dep_ in lx.SUBJECTS), None)
        described = [tok.head, *(x for x in tok.head.children if x.dep_ in {"xcomp", "ccomp", "oprd"})]
    if subj is not None and subj.lemma_.lower() in GATHERINGS and subj.lower_ not in SERIES and r.objects:
        # "the meeting included X": X took part in it
        r.subjects, r.objects = r.objects, [(args.event(subj), 1.0)]
        r.confidence *= 0.9
        return r
    if subj is None:
        return None
    holder = subj
    if subj.lemma_.lower() not in PARTICIPANT_NOUNS:
        # "Officials seen arriving included X", "Those attending included X", "Leaders at the summit
        # included X": people described as being at the event
        if subj.lemma_.lower() not in lx.PERSON_ROLES | {"those", "people"} or subj.tag_ not in {"NNS", "DT"}:
            return None
        described += [v for c in subj.children if c.dep_ in {"acl", "relcl"}
                      for v in (c, *(x for x in c.children if x.dep_ in {"xcomp", "ccomp", "oprd"}))]
        holder = next((v for v in described if v.lemma_.lower() in ATTENDING_VERBS), None)
        if holder is None and pobj(subj, "at") is not None and pobj(subj, "at").lemma_.lower() in lx.EVENT_NOUNS:
            holder = subj
        if holder is None and pobj(subj, "in") is not None and pobj(subj, "in").lemma_.lower() in {"attendance", "presence"}:
            holder = subj  # "Leaders in attendance included X"
        if holder is None:
            return None
    event = _event_of(args, holder, tok)
    if event is None or not r.objects:
        return None
    r.subjects, r.objects = r.objects, [(event, 1.0)]
    r.confidence *= 0.9
    return r


def sent_to_event(args, rel, frame, tok, r):
    """"X skipped the summit, sending Y in his place", "Beijing sent Vice Premier Y to the summit":
    Y attends the summit (X's own absence is another fact)."""
    envoy = child(tok, "dobj")
    if envoy is None:
        return None
    where = pobj(tok, "to")
    if where is None or not (where.lemma_.lower() in lx.EVENT_NOUNS or where.i in args.coref.token_cluster):
        instead = any(c.dep_ == "prep" and c.lower_ == "in" and (pobj(c.head, "in") or c).lemma_.lower() in {"place", "stead"}
                      for c in tok.children) or any(c.lower_ == "instead" for c in tok.children)
        where = child(tok.head, "dobj") if instead and tok.dep_ in {"advcl", "conj", "xcomp"} else None
    if where is None:
        return None
    events = [(c, f) for c, f in args.of(where, conjuncts=False) if _is_event(args.clusters[c])]
    if not events and where.lemma_.lower() in lx.EVENT_NOUNS:
        events = [(args.event(where), 1.0)]
    sent = [(c, f) for c, f in args.of(envoy) if args.clusters[c].type in {"Person", "Organization", "Country"}]
    if not events or not sent:
        return None
    r.subjects, r.objects = sent, events
    r.object_tokens = [where]
    return r


def existential_with(args, rel, frame, tok, r):
    """"There was a dinner with the Brazilian and Korean presidents", "There will be a lunch with X":
    those it was with attend it."""
    be = tok.head
    if tok.dep_ not in {"attr", "nsubj"} or be.lemma_ != "be" or not any(c.dep_ == "expl" for c in be.children):
        return None
    if not r.objects:
        return None
    r.subjects, r.objects = r.objects, [(args.event(tok), 1.0)]
    return r


#: who a gathering is held "with": people sent by the bodies and countries they come from
SENT_PEOPLE = frozenset({"delegate", "delegation", "representative", "participant", "envoy"})
#: verbs after which an event happens or is held, with whom it was: "held its congress ... with delegates from A"
HAPPENING_VERBS = frozenset({"open", "begin", "start", "close", "end", "conclude", "convene", "take"})


def delegates_with(args, rel, frame, tok, r):
    """"X held its congress in Y with delegates from A, B and C", "the conference opened on Monday with
    representatives of A and B": the bodies and countries those sent come from take part in the gathering."""
    sent = next((o for h in (tok, child(tok, "dobj")) if h is not None for c in h.children
                 if c.dep_ == "prep" and c.lower_ == "with" and (o := child(c, "pobj")) is not None), None)
    if sent is None or sent.lemma_.lower() not in SENT_PEOPLE or sent.tag_ != "NNS" \
            or any(c.dep_ in {"acl", "relcl"} for c in sent.children) \
            or any(c.lower_ in {"no", "few", "fewer", "due", "expected", "absent", "missing"} for c in sent.subtree):
        return None  # ("with delegates attending": the verb's own; "with no delegates from A", "with delegates due")
    lemma = tok.lemma_.lower()  # ("take" only as "take place": the frame's phrasal lemma)
    holder = tok.head if tok.dep_ in {"advcl", "conj"} and is_passive(tok) else tok  # "held X ..., hosted by Y, with"
    if holder.lemma_.lower() in HOLDING_VERBS and not is_passive(holder):
        gathering = child(holder, "dobj")
    elif lemma in HAPPENING_VERBS or is_passive(holder):
        gathering = next((c for c in holder.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    else:
        return None
    if gathering is None or gathering.lemma_.lower() in lx.TALK_NOUNS | lx.MEAL_NOUNS:
        return None  # ("held talks with delegates from A": a meeting with them, read as such)
    event = next((c for c, _ in args.of(gathering, conjuncts=False) if _is_event(args.clusters[c])), None)
    if event is None and gathering.i not in args.coref.token_cluster and gathering.lemma_.lower() in lx.EVENT_NOUNS \
            and not media_event(gathering):
        event = args.event(gathering)
    parties = args.typed(args.represented(sent), {"Organization", "Country"})
    if event is None or not parties:
        return None
    r.subjects, r.objects, r.object_tokens = parties, [(event, 1.0)], [gathering]
    r.anchors = (tok.i, gathering.i)
    return r


def among_participants(args, rel, frame, tok, r):
    """"Among the crowd were X and Y", "X was among the guests at the gala", "X was a VIP guest
    at the fair": X attends it."""
    group = pobj(tok, "among")
    holder = None
    if group is None:  # "X was a guest at Y", "X will be guest of honour at Y" (the "at" on the verb)
        group = next((c for c in tok.children if c.dep_ == "attr" and c.lemma_.lower() in PARTICIPANT_NOUNS), None)
        if group is None:
            return None
        holder = group if pobj(group, "at", "to") is not None else tok if pobj(tok, "at") is not None else None
        if holder is None:
            return None
    lemma = group.lemma_.lower()
    if lemma not in PARTICIPANT_NOUNS | CROWD_NOUNS and (lemma not in lx.PERSON_ROLES or pobj(group, "at") is None):
        return None  # "X was among the leaders at the summit": a role only with the event named on it
    names = [c for c in tok.children if c.dep_ in {"nsubj", "attr"} and c.i != group.i]
    attendees = [x for c in names for x in args.of(c)]
    event = _event_of(args, holder if holder is not None else group, tok)
    if event is None or not attendees:
        return None
    r.subjects, r.objects = attendees, [(event, 1.0)]
    r.confidence *= 0.9
    return r


#: a crowd at an event: "among the crowd were X"
CROWD_NOUNS = frozenset({"crowd", "audience", "spectators", "protesters", "demonstrators", "mourners", "fans", "people"})


def _opening_told(tok) -> bool:
    """"the opening" after "the opening of the 30th Sister City Week": a ceremony the article told of, the opening of
    something named that the recogniser did not call an event (a bare "the opening" is no event by itself)."""
    return any(t.lower_ == tok.lower_ and t.i < tok.i and (o := pobj(t, "of")) is not None and o.pos_ == "PROPN"
               and o.ent_type_ != "EVENT" for t in tok.doc[:tok.i])


#: events no one attends in person, which "the event named last" never is
NOT_GATHERINGS = frozenset({"election", "elections", "vote", "referendum", "poll", "polls", "war", "strike", "strikes",
                            "crisis", "campaign", "primary", "primaries"})


def _last_event(args, tok, back: int, *, make: bool = True) -> int | None:
    """The gathering named last before tok, within ``back`` sentences before its own: one kg knows, or one made of an
    event noun (``make``; else an event noun kg made nothing of ends the search: no telling)."""
    for t in reversed(tok.doc[sentence_starts(tok.doc, tok, back):tok.i]):
        if t.lemma_.lower() in NOT_GATHERINGS:
            continue  # nobody is at an election or a strike the way one is at a meeting
        c = args.coref.token_cluster.get(t.i)
        if c is not None and _is_event(args.clusters[c]):
            return c
        if t.pos_ == "NOUN" and (t.lemma_.lower() in lx.EVENT_NOUNS or t.lower_ in lx.OPENINGS and _opening_told(t)) \
                and t.lower_ not in SERIES \
                and t.dep_ != "compound" and not any(w.lower_ in lx.MEDIA_WORDS for w in t.lefts):
            # (not "the Mayor's conference room"; "had been invited to the opening, was unable to attend": the opening)
            return args.event(t) if make else None
    return None


def _event_of(args, holder, tok):
    """The event people are at: named in "at"/"of" on ``holder``, else the one named last."""
    if holder.pos_ in {"VERB", "AUX"}:  # "those attending the summit", "officials arriving at the talks"
        place = child(holder, "dobj") or pobj(holder, "at", "in", "for", "to")
        place = place if place is not None and place.lemma_.lower() in lx.EVENT_NOUNS | {"meeting"} or (
            place is not None and place.ent_type_ in {"EVENT", "ORG"}) else None
    else:
        place = pobj(holder, "at", "to", "for") or (pobj(holder, "of") if holder.lemma_.lower() not in {"guest"} else None)
    event = None
    if place is not None:  # "guests at Fan Expo", whatever the recogniser called it
        found = [c for c, _ in args.of(place, conjuncts=False) if args.clusters[c].type in {"Event", "Organization"}]
        event = found[0] if found else (args.event(place) if place.lemma_.lower() in lx.EVENT_NOUNS else None)
    if event is None:  # the event named last, within the three sentences before
        event = _last_event(args, tok, 3)
    if event is None and not _elsewhere(tok) and pobj(tok, "to") is None:
        # "Neither X nor Y is attending", paragraphs after the summit: the article's gathering (not "attending to
        # matters at home", not "attended in 2019", not "in Rome")
        event = _main_event(args, tok)
    return event


def _elsewhere(verb) -> bool:
    """Whether a clause says it happened at another place or time than the article's gathering: "in Rome",
    "in 2019", "last year"."""
    for c in [*verb.children, *(x for a in verb.children if a.dep_ == "advcl" for x in a.children)]:
        # (also on a participle hung on it: "Speaking in Oslo on Monday, X told delegates")
        o = child(c, "pobj") if c.dep_ == "prep" and c.lower_ in {"in", "at"} else None
        if o is not None and (o.ent_type_ in {"GPE", "LOC"} or lx.YEAR.fullmatch(o.text)):
            return True
        if c.ent_type_ == "DATE" and any(w.lower_ in lx.OTHER_TIME_WORDS for w in c.subtree):
            return True
    return False


def _main_event(args, tok) -> int | None:
    """The gathering the article is about, as far as it has gone (see :meth:`Arguments.main_event`)."""
    return args.main_event(tok, _is_event)


def invitation(args, rel, frame, tok, r):
    """"X invited Y for talks in Bonn", "X invited Y to Moscow": only an invitation to an event
    or to a place X stands for is hosting ("invited bids" is not)."""
    to = pobj(tok, "for", "to")
    if to is None:
        return None
    if to.lemma_.lower() in lx.EVENT_NOUNS:
        return r
    places = args.typed(args.of(to), {"Country", "Place", "Facility"})
    return r if places else None


def invited_to_event(args, rel, frame, tok, r):
    """"Y was invited to the dinner", "X invited Y to the summit": the one invited takes part, not the
    one who invites (who hosts: the hosting frame reads that)."""
    if is_passive(tok):
        invited = [x for t in passive_subject_tokens(tok) for x in args.of(t)]
    else:
        obj = child(tok, "dobj")
        invited = args.of(obj) if obj is not None else []
    to = pobj(tok, "to")
    if to is None:
        return None
    events = [(c, f) for c, f in args.of(to) if _is_event(args.clusters[c])]
    if not events and to.lemma_.lower() in lx.EVENT_NOUNS:
        events = [(args.event(to), 1.0)]
    r.subjects = args.typed(invited, PARTY_TYPES)
    r.objects = events
    r.object_tokens = [to]
    return r if r.subjects and r.objects else None


def invited_for_talks(args, rel, frame, tok, r):
    """"X invited Y for talks", "X invited Y to a meeting", "X will host Y for talks": X and Y are to
    meet (a guest invited to a meal meets the host; one hosted for lunch may eat with others)."""
    to = pobj(tok, "for", "to")
    meals = {"lunch", "dinner"} if tok.lemma_.lower() == "invite" else set()
    # ("will host Y for a working visit and talks on security": talks among what Y comes for)
    if to is None or not any(t.lemma_.lower() in lx.TALK_NOUNS | {"meeting", "summit"} | meals for t in (to, *to.conjuncts)):
        return r if tok.lemma_.lower() != "invite" and _meeting_told_next(tok) else None
    return r


def _meeting_told_next(tok) -> bool:
    """"X received Y at the palace. The closed-door meeting lasted two hours": the next sentence opens
    on "the meeting" or "the talks", with nobody else named in that phrase: the reception was a meeting."""
    end = tok.sent.end
    while end < len(tok.doc) and tok.doc[end].is_space:
        end += 1
    if end >= len(tok.doc):
        return False
    nxt = tok.doc[end].sent
    subj = next((t for t in nxt if t.dep_ in {"nsubj", "nsubjpass"} and t.head.dep_ == "ROOT"
                 or t.dep_ in {"nsubj", "nsubjpass"} and t.head.head.dep_ == "ROOT" and t.head.dep_ == "ccomp"), None)
    return subj is not None and subj.lemma_.lower() in lx.TALK_NOUNS | {"meeting"} and subj.i - nxt.start <= 4 \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children) \
        and not any(c.dep_ in {"prep", "poss"} for c in subj.children) and subj.tag_ in {"NN", "NNS"}


#: trips that "take" someone somewhere: "the visit will take the President to Ottawa"
TAKING_TRIPS = frozenset({"visit", "trip", "tour", "journey", "mission"})


def trip_takes(args, rel, frame, tok, r):
    """"The visit will take the President to Ottawa": the traveller is the object, the trip the subject.
    "X brought his guest to the port", "X took Y to the site": a host taking a visitor along, both go."""
    subj = next((c for c in tok.children if c.dep_ in lx.SUBJECTS), None)
    subj = _relative(subj, tok) if subj is not None else None  # "a tour that will take him to Japan"
    guest = child(tok, "dobj")
    if tok.lemma_.lower() in {"take", "bring"} and not is_passive(tok) and guest is not None \
            and (subj is None or subj.lemma_.lower() not in TAKING_TRIPS):
        guests = [(c, f) for c, f in args.of(guest) if args.clusters[c].type == "Person"]
        hosts = [(c, f) for c, f in r.subjects if args.clusters[c].type == "Person"]
        if not guests or not hosts:
            return None
        r.subjects = hosts + guests
        r.confidence *= 0.9
        return r
    if subj is None or subj.lemma_.lower() not in TAKING_TRIPS:
        return None
    traveller = child(tok, "dobj")
    r.subjects = args.of(traveller) if traveller is not None else []
    return r if r.subjects else None


def there_for(args, rel, frame, tok, r):
    """"X is in Rome on the last leg of a tour", "X is in Turku for a conference", "X is in Lima
    to sign the accord": a stay with a purpose is a visit (being somewhere is not)."""
    if any(c.dep_ == "acomp" and c.lower_ in {"due", "expected", "scheduled"} for c in tok.children):
        return r  # "X is due in Tokyo on Monday"
    if any(c.dep_ == "aux" and c.lower_ in {"will", "'ll"} for c in tok.children) and any(
            c.ent_type_ in {"DATE", "TIME"} for c in tok.subtree):
        return r  # "X will be in Tokyo next week"
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "for":
            o = child(c, "pobj")
            if o is not None and (o.lemma_.lower() in lx.EVENT_NOUNS or _is_named_event(args, o)):
                return r
        if c.dep_ == "prep" and c.lower_ == "on":
            o = child(c, "pobj")
            if o is not None and o.lemma_.lower() in lx.TRIP_NOUNS:
                return r
        if c.dep_ in {"xcomp", "advcl"} and c.pos_ == "VERB" and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children):
            return r
        if c.dep_ in {"xcomp", "advcl"} and c.lemma_.lower() in {"visit", "tour", "attend"}:
            return r  # "X was in Fort Lauderdale visiting his brother"
    return None


def _is_named_event(args, tok) -> bool:
    c = args.coref.token_cluster.get(tok.i)
    return c is not None and _is_event(args.clusters[c])


#: spans of time one spends somewhere: "spent three days in Tokyo"
DURATIONS = frozenset({"day", "days", "night", "nights", "week", "weeks", "weekend", "hour", "hours", "month", "months",
                       "morning", "afternoon", "evening", "time", "holiday", "holidays", "vacation"})


def time_spent(args, rel, frame, tok, r):
    """"X spent three days in Tokyo": a stay (not "spent $5 million in Tokyo")."""
    obj = child(tok, "dobj")
    return r if obj is not None and obj.lower_ in DURATIONS else None


def back_from(args, rel, frame, tok, r):
    """"X returned from Antarctica", "X flew back from Y": X had been there (not "X returned
    from holiday": only places fill the slot)."""
    if tok.lemma_.lower() in {"come", "fly", "travel"} and not any(c.lower_ == "back" for c in tok.children):
        return None
    if any(c.dep_ in {"neg", "dobj"} for c in tok.children):
        return None  # "has not yet returned from the summit": still there; "returned the draft from Y": gave it back
    if rel.name == "attends" and any(t is not None and t.lemma_.lower() in lx.TRIP_NOUNS for t in r.object_tokens):
        return None  # "returned from an official visit to Taipei": a trip is no gathering one attended
    if rel.name == "visits":
        _gathering_towns(args, r)  # "returned from the C40 summit in Rio de Janeiro": X had been where it was held
    return r


def sent_there(args, rel, frame, tok, r):
    """"X was sent to Sydney": the one sent travels there (passive only: in "Y sent troops to Z"
    the sender stays home)."""
    if not is_passive(tok):
        return None
    r.subjects = [x for t in subject_tokens(tok) + [c for c in tok.children if c.dep_ in lx.PASSIVE_SUBJECTS]
                  for x in args.of(t)]
    r.subjects = list(dict.fromkeys(r.subjects))
    r.objects = []
    for t in [pobj(tok, "to")]:
        if t is not None:
            r.object_tokens = [t]
            r.objects = args.of(t) or args.within(t, clauses=False)
    return r if r.subjects and r.objects else None


def at_invitation(args, rel, frame, tok, r):
    """"Y is visiting Japan at the invitation of X": X hosts whoever does what the invitation is
    the occasion of (a visit, a trip, an arrival, talks)."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in {"at", "on", "upon"}:
        return None
    guests = _occasion_doers(args, tok)
    r.objects = args.typed(guests, PARTY_TYPES)
    if not r.objects and tok.head.head.pos_ in {"VERB", "AUX"}:
        return under_auspices(args, rel, frame, tok, r)  # "the summit was held at the invitation of X"
    return r if r.objects and r.subjects else None


def guest_of(args, rel, frame, tok, r):
    """"Y will be the guest of X", "Y, a guest of X, spoke": X hosts Y."""
    if tok.dep_ == "attr":
        holder = tok.head
        r.objects = [x for t in subject_tokens(holder) for x in args.of(t)]
    elif tok.dep_ == "appos":
        r.objects = args.of(tok.head, conjuncts=False)
    elif tok.dep_ == "pobj" and tok.head.lower_ == "as" and tok.head.head.pos_ in {"VERB", "AUX"}:
        # "Y is staying there overnight as the King's guest", "Y attended as a guest of X"
        r.objects = [x for t in subject_tokens(tok.head.head) for x in args.of(t)]
    else:
        return None
    r.objects = args.typed(r.objects, PARTY_TYPES)
    return r if r.objects and r.subjects else None


def host_of(args, rel, frame, tok, r):
    """"X, host of the 2030 Games", "X was named host of the summit", "X will be host of the final",
    "confirmed X as host of the World Cup": X hosts the event (not "a host of problems": no event)."""
    if tok.dep_ == "appos":
        holders = [tok.head]
    elif tok.dep_ == "attr":
        holders = subject_tokens(tok.head)
    elif tok.dep_ == "oprd" or tok.dep_ == "pobj" and tok.head.lower_ == "as" and tok.head.head.pos_ in {"VERB", "AUX"}:
        verb = tok.head if tok.dep_ == "oprd" else tok.head.head
        named = child(verb, "dobj", "oprd") if tok.dep_ == "pobj" else None
        if named is not None:  # "FIFA confirmed X as host of"
            holders = [named]
        elif is_passive(verb):  # "X was named (as) host of": X
            holders = passive_subject_tokens(verb)
        else:  # "X will act as host of"
            holders = subject_tokens(verb)
    else:
        return None
    r.subjects = args.typed([x for t in holders for x in args.of(t)], PARTY_TYPES | PLACE_TYPES)
    return r if r.subjects and r.objects else None


#: the preposition that puts an event under someone's name, by the noun after it: "held under the
#: auspices of X", "convened at the initiative of X", "held in Brazil through the efforts of X"
SPONSOR_PREPS = {"initiative": {"at", "on", "upon"}, "effort": {"through"}, "invitation": {"at", "on", "upon"}}


def _held_event(args, holder) -> int | None:
    """The event a clause or noun phrase is about: "(the summit) was held under ...", "a conference under ..."."""
    if holder.pos_ in {"VERB", "AUX"}:  # "was held under ...": the held event
        for t in [*(c for c in holder.children if c.dep_ in lx.PASSIVE_SUBJECTS | lx.SUBJECTS),
                  *([holder.head] if holder.dep_ in {"acl", "relcl"} else [])]:
            found = [c for c, _ in args.of(t, conjuncts=False) if _is_event(args.clusters[c])]
            if found:
                return found[0]
            if t.lemma_.lower() in lx.EVENT_NOUNS:
                return args.event(t)
        return None
    if holder.lemma_.lower() in lx.EVENT_NOUNS:  # "a conference under the auspices of X"
        found = [c for c, _ in args.of(holder, conjuncts=False) if _is_event(args.clusters[c])]
        return found[0] if found else args.event(holder)
    return None


def with_as_host(args, rel, frame, tok, r):
    """"The next retreat will be held in Singapore, with Mr Wong as host": Wong hosts the retreat."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "as":
        return None
    named = tok.head.head
    with_ = named.head
    if named.dep_ != "pobj" or with_.lower_ != "with" or with_.head.pos_ not in {"VERB", "AUX"}:
        return None
    event = _held_event(args, with_.head)
    hosts = args.typed(args.of(named), PARTY_TYPES)
    if event is None or not hosts:
        return None
    r.subjects, r.objects = hosts, [(event, 1.0)]
    r.anchors = (with_.head.i, tok.i)
    return r


def under_auspices(args, rel, frame, tok, r):
    """"The meeting was held under the auspices of X", "the summit was held at the initiative of X",
    "... held in Brazil through the efforts of X": X hosts the event the clause is about (not talks
    or negotiations X brought about: those are the parties' meeting, not X's event)."""
    prep = tok.head
    lemma = tok.lemma_.lower()
    if tok.dep_ != "pobj" or prep.lower_ not in SPONSOR_PREPS.get(lemma, {"under"}):
        return None
    holder = prep.head
    event = _held_event(args, holder)
    if event is None:
        return None
    if lemma in SPONSOR_PREPS and args.clusters[event].label.casefold().split()[-1] in lx.MEETING_NOUNS - {"summit", "meeting"}:
        return None  # "talks were held at the initiative of X"
    r.objects = [(event, 1.0)]
    r.anchors = (holder.i, tok.i)
    return r


def _outlet(cluster) -> bool:
    return cluster.type == "Organization" and any(w in lx.OUTLET_WORDS for w in cluster.label.casefold().split())


def _interview(tok) -> bool:
    return any(t.lemma_.lower() in {"interview", "reporter", "journalist", "correspondent"} for t in tok.sent)


#: what one is welcomed into as a member, not as a guest: "welcomed to the club by its manager"
JOINED_BODIES = frozenset({"club", "team", "party", "fold", "family", "ranks", "squad", "side", "board", "cabinet",
                           "government", "company", "firm", "group", "union", "church", "community", "order"})


#: bodies named for the grounds they stand on: one welcomed "to the University of Northmere" came to its campus (not
#: "welcomed Finland to NATO": a member joining)
PREMISES = frozenset({"university", "college", "school", "hospital", "institute", "academy", "museum", "library"})


def _premises(label: str) -> bool:
    """Whether a body is named for its grounds: "the University of Northmere", "Kestrel Coast Hospital"."""
    words = label.split(" of ")[0].split()
    return bool(words) and words[-1].casefold() in PREMISES


def welcomed_guest(args, rel, frame, tok, r):
    """"X welcomed Y to Downing Street", "X welcomed President Y": X hosts Y (a party, not "welcomed
    the decision"); for visits, Y goes to the place X welcomed them to."""
    obj = child(tok, "dobj")
    if is_passive(tok) and rel.name == "hosts":
        # "Bishop X was welcomed by the vicar, Y": a person welcomed by someone named (not "the plan was welcomed",
        # nor one welcomed back, into a party or to a club: a member joining, no guest)
        into, to = pobj(tok, "into"), pobj(tok, "to")
        if any(c.lower_ == "back" for c in tok.children) or into is not None \
                or to is not None and to.pos_ == "NOUN" and to.lemma_.lower() in JOINED_BODIES:
            return None
        guests = [(c, f) for c, f in r.objects if args.clusters[c].type == "Person"]
        r.subjects = [(c, f) for c, f in r.subjects if args.clusters[c].type in {"Person", "Organization", "Country"}]
        r.objects = guests
        if {c for c, _ in guests} & {c for c, _ in r.subjects}:
            return None  # "He was greeted by Lee and Kim", "he" read as Lee: who was welcomed is unclear
        return r if guests and r.subjects else None
    if obj is None or is_passive(tok):
        return None
    guests = args.typed(args.of(obj), PARTY_TYPES)
    if rel.name == "visits":
        # (the parser may hang "to the University" on the guests: "welcomed a delegation from X, led by Y, to Z")
        # (not a role's own "to": "Y, the Dravian ambassador to France", "an adviser to the University")
        to = pobj(tok, "to") or next((child(p, "pobj") for p in obj.subtree if p.dep_ == "prep" and p.lower_ == "to"
                                      and p.head.dep_ not in {"relcl", "advcl", "xcomp"} and child(p, "pobj") is not None
                                      and child(p, "pobj").pos_ == "PROPN" and p.i > p.head.i + 1
                                      and p.doc[p.i - 1].text == ","), None)
        # (a body's grounds, but not one joined as staff: "welcomed Y to Harvard University as its new president")
        staff = pobj(tok, "as") is not None or any(c.dep_ == "relcl" for c in (to.children if to is not None else ()))
        places = [(c, f) for c, f in (args.of(to) if to is not None else []) if args.clusters[c].type in PLACE_TYPES
                  or args.clusters[c].type == "Organization" and _premises(args.clusters[c].label) and not staff]
        r.subjects, r.objects, r.object_tokens = guests, places, [to] if to is not None else []
        return r if guests and places else None
    place = pobj(tok, "to", "at", "in")
    # (the parser may hang "to the meeting" on "from 14 institutions")
    to_event = place if place is not None and place.lemma_.lower() in lx.EVENT_NOUNS else next(
        (child(p, "pobj") for p in tok.subtree if p.dep_ == "prep" and p.lower_ == "to" and p.head.dep_ in {"pobj", "prep"}
         and child(p, "pobj") is not None and child(p, "pobj").lemma_.lower() in lx.EVENT_NOUNS), None)
    if rel.name == "hosts" and to_event is not None and obj.lemma_.lower() in PARTICIPANT_NOUNS | {"leader", "minister", "official"} \
            and obj.tag_ in {"NNS", "NNPS"}:
        place = to_event
        # "The university welcomed delegates from 14 institutions to the annual meeting": it hosts the meeting
        r.objects, r.object_tokens = [(_event_at(args, place), 0.9)], [place]
        return r
    meal = _meal_given(args, tok) if rel.name == "hosts" and (guests or obj.lemma_.lower() in PARTICIPANT_NOUNS | lx.DELEGATION_NOUNS) else []
    if meal:  # "X welcomed his counterparts with a dinner": X hosts the dinner (and the people it names: "X welcomed
        # Japan with a dinner" may be approval, as below)
        r.objects = [*((c, f) for c, f in guests if args.clusters[c].type == "Person" or place is not None), *meal]
        return r
    if place is None and not any(args.clusters[c].type == "Person" for c, _ in guests) \
            and not (obj.lemma_.lower() in {"side", "delegation"} and obj.tag_ == "NNS") \
            and not (obj.lower_ in lx.VISITING_PARTIES and pobj(obj, "from") is not None and pobj(tok, "into") is None):
        return None  # "X welcomed Japan": approval more often than a guest (but "welcomed both delegations", "welcomed
        # a delegation from Y")
    r.objects = guests
    if guests and rel.name == "hosts" and (held := _hosted_for(tok)) is not None:
        r.objects.append((args.event(held), 0.85))  # "welcomed the leaders to Ilaro Court for a special meeting"
    return r if guests else None


def counted_guests(args, rel, frame, tok, r):
    """"X received Y at the palace", not "Senegal received about 155 mln European Currency Units": what one receives
    in an amount (a sum, millions of) is money or goods, no guest."""
    obj = child(tok, "dobj") if not is_passive(tok) else None
    if obj is not None and any(c.ent_type_ in {"MONEY", "QUANTITY", "PERCENT"} or c.lower_ in lx.AMOUNT_WORDS
                               for c in obj.lefts):
        return None  # (but "received the 27 EU leaders", "two Chinese ministers": people counted)
    return r


def received_in(args, rel, frame, tok, r):
    """"X received Y at the palace in Istanbul", "Y was hosted by X in Ankara", "Y was welcomed at Kotoka
    International Airport by X": the guest came to the city (named after "in", on the verb or on the place received
    at), or to the airport received at; the host stays where it was."""
    if pobj(tok, "into") is not None:
        return None  # "was received into hospital in Oslo"
    if is_passive(tok):
        guests = [x for t in passive_subject_tokens(tok) for x in args.of(t)]
    else:
        obj = child(tok, "dobj")
        guests = [x for d in tok.children if d.dep_ == "dobj" for x in args.of(d)]  # ("his counterpart Y": two objects)
        if obj is not None and (owner := child(obj, "poss")) is not None \
                and obj.lemma_.lower() in lx.DELEGATION_NOUNS - {"counterpart"}:
            # "hosted X's delegation in Oslo": the delegation came, not X (but "his counterpart" came, and so did
            # "Indonesia's Agriculture Minister Y")
            owners = {c for c, _ in args.of(owner)}
            guests = [(c, f) for c, f in guests if c not in owners]
    # (a name a gathering goes by is no guest, whatever the recogniser called it: "will host its Capital Markets Day in
    # Oslo")
    guests = [(c, f) for c, f in guests if args.clusters[c].type == "Person"
              and args.clusters[c].label.split()[-1].casefold() not in lx.HELD_NAME_HEADS]
    where = pobj(tok, "in")
    at = pobj(tok, "at")
    if where is None and at is not None and at.lemma_.lower() not in lx.EVENT_NOUNS:
        where = pobj(at, "in")  # "at the Dolmabahce office in Istanbul" (not "at a banquet in the Great Hall")
        if where is None and at.lemma_.lower() in lx.AIRFIELDS and args.typed(args.of(at), {"Facility", "Place"}) \
                and not any(c.dep_ == "neg" or c.dep_ == "advcl" and c.lemma_.lower() in {"leave", "depart"}
                            for c in tok.children):  # (not "was not welcomed at ...", "greeted Y at ... as he left")
            where = at  # "was welcomed at Hosea Kutako International Airport by X": the guest landed there (a palace
            # one is received at is only where the meeting was)
    if where is None and not is_passive(tok):
        # "received Y in Oslo", the parser hanging "in Oslo" on Y (or on the name after "his counterpart", a second object)
        # (or "at the palace in Oslo" on Y's name after a title: "hosted Indonesia's Minister X at Parliament House in Y")
        where = next((w for d in tok.children if d.dep_ == "dobj" for x in (d, *(a for a in d.children if a.dep_ == "appos"))
                      if (w := pobj(x, "in") or _in_of_place_at(x)) is not None), None)
    places = args.typed(args.of(where), PLACE_TYPES) if where is not None else []
    if not guests or not places:
        return None
    r.subjects, r.objects, r.object_tokens = guests, places, [where]
    r.confidence *= 0.95
    return r


def _in_of_place_at(tok):
    """The town of "at the palace in Oslo" hanging on ``tok`` (not "at a banquet in the Great Hall"), else None."""
    at = pobj(tok, "at")
    return pobj(at, "in") if at is not None and at.lemma_.lower() not in lx.EVENT_NOUNS else None


#: what a host shows a visitor: "was shown the operation by X", "showed Y the plant"
SHOWN_SITES = lx.SITE_NOUNS | AREA_NOUNS | frozenset({
    "operation", "operations", "plant", "facility", "facilities", "factory", "works", "premises", "mine", "terminal",
    "site", "project", "base", "farm", "port", "ship", "installation", "installations", "laboratory", "lab"})


def showed_around(args, rel, frame, tok, r):
    """"X showed Y around the plant", "Y was shown the operation by X": X receives a visitor (not
    "showed Y a letter", "the figures showed a rise")."""
    around = any(c.lower_ in {"around", "round"} and c.dep_ in {"prt", "prep", "advmod"} for c in tok.children)
    if is_passive(tok):
        guest = child(tok, *lx.PASSIVE_SUBJECTS)
        shown = child(tok, "dobj")
        host = agent(tok) or (pobj(shown, "by") if shown is not None else None)  # (the parser may hang "by X" on the site)
    else:
        dative, dobj = child(tok, "dative"), child(tok, "dobj")
        guest, shown = (dative, dobj) if dative is not None else (dobj, None)
        host = None
    if guest is None or not (around or shown is not None and shown.lemma_.lower() in SHOWN_SITES):
        return None
    r.objects = args.typed(args.of(guest), PARTY_TYPES)
    if host is not None:
        r.subjects = args.of(host)
    r.object_tokens = [guest]
    return r if r.objects and r.subjects else None


def told_visitor(args, rel, frame, tok, r):
    """"X told visiting Secretary of State Y ...": the one told is a visitor, there in person; and a
    named person told something in words the article quotes ("'We have come to ...,' X told Prime
    Minister Y"): a conversation (not in a letter, not through a spokesman)."""
    obj = child(tok, "dobj")
    if obj is None:
        return None
    if any(w.lower_ == "visiting" for w in obj.subtree if w.i < obj.i):
        return r
    quoted = any(c.dep_ in {"ccomp", "parataxis"} and _quoted_clause(c) for c in tok.children)
    if not quoted or obj.pos_ != "PROPN" or obj.lower_ in lx.OUTLET_WORDS or _in_writing(tok) or is_passive(tok):
        return None  # (not "told Reuters"; a person only: the frame's object type)
    return r


def _quoted_clause(clause) -> bool:
    """A clause inside quotation marks: the words said."""
    doc = clause.doc
    before = doc[max(0, clause.left_edge.i - 1)]
    after = doc[min(len(doc) - 1, clause.right_edge.i + 1)]
    return any(t.text in {'"', "“", "”", "'"} for t in (doc[clause.left_edge.i], before, after, doc[clause.right_edge.i]))


def conversation(args, rel, frame, tok, r):
    """"X spoke with Y", "X spoke to Y by telephone": a conversation with a named party (a person
    when "to": "spoke to the conference" is attendance), not an interview with a news outlet."""
    if _interview(tok):
        return None
    to = {t.i for t in pobjs(tok, "to")}
    if any(_outlet(args.clusters[c]) for c, _ in r.subjects):
        return None  # "Wikinews spoke with X about ...": an interview
    r.objects = [(c, f) for c, f in r.objects if not _outlet(args.clusters[c]) and (
        args.clusters[c].type == "Person" or not any(args.coref.token_cluster.get(i) == c for i in to))]
    return r if r.objects else None


def phone_call(args, rel, frame, tok, r):
    """"X called Y on Tuesday": a telephone call; not "called on Y to", "called for Y", "called Y a
    liar", "called Y's bluff"."""
    obj = child(tok, "dobj")
    if obj is None or any(c.dep_ in {"oprd", "attr", "ccomp"} for c in tok.children) or any(
            c.dep_ == "prep" and c.lower_ in {"on", "upon", "for", "off", "in"}
            and not any(o.ent_type_ in {"DATE", "TIME"} for o in c.children) for c in tok.children) or any(
            c.dep_ in {"prt"} for c in tok.children) or child(obj, "case") is not None:
        return None
    if obj.pos_ != "PROPN" or _interview(tok):
        return None
    if obj.lower_ in lx.LEGISLATURE_WORDS:
        return None  # "would not call the House back early": recalling a chamber, no call
    subj = child(tok, "nsubj")
    if subj is not None and subj.pos_ == "NOUN" and subj.i == tok.i - 1:
        return None  # "the company called TRW": named, not telephoned
    r.objects = [(c, f) for c, f in r.objects if not _outlet(args.clusters[c])]
    return r if r.objects else None


def intransitive(args, rel, frame, tok, r):
    """"X stopped in Y", "X landed at Y": going there, not stopping or landing something ("called on
    Beijing to stop its actions in the South China Sea", "landed a contract in Oslo")."""
    return None if child(tok, "dobj") is not None else r


def courtesy_call(args, rel, frame, tok, r):
    """"X is scheduled to call on Prime Minister Y", "X will call on Y": a visit on the programme; not
    "called on Y to resign", "called on Y for restraint" or "called on Y and demanded ...", which ask Y
    for something."""
    asked = next((o for c in tok.children if c.dep_ == "prep" and c.lower_ in {"on", "upon"} and c.i == tok.i + 1
                  for o in [child(c, "pobj")] if o is not None and o.ent_type_ not in {"DATE", "TIME"}), None)
    particle = next((c for c in tok.children if c.lower_ in {"on", "upon"} and c.i == tok.i + 1 and child(c, "pobj") is None), None)
    if asked is None and particle is not None:  # "call on" + the one called on, parsed as its object
        asked = child(tok, "dobj")
    elif asked is not None and child(tok, "dobj") is not None:
        return None
    if asked is None or any(c.dep_ in {"xcomp", "ccomp", "advcl"} for c in (*tok.children, *asked.children)) \
            or any(c.dep_ == "prep" and c.lower_ in {"for", "over", "about", "regarding", "to", "with"}
                   for c in (*tok.children, *asked.children) if c.i > asked.i) \
            or any(t.lower_ == "to" and t.dep_ == "aux" for t in tok.doc[asked.i:asked.sent.end]):
        return None  # (not "called on Y for restraint", "called on Y over the weekend")
    if any(c.dep_ == "conj" and c.pos_ == "VERB" for c in tok.children):
        return None  # "called on Y and demanded his resignation"
    # a visit on the programme: "is scheduled to call on Y", "will call on Y" (a bare "called on Y" is
    # mostly a demand whose content the text gives elsewhere, or a quote: "We call on President Y"), or one
    # paid on a day and nothing more said: "X called on President Y earlier in the day."
    planned = tok.dep_ == "xcomp" or any(c.dep_ == "aux" and c.lower_ in {"will", "would", "shall", "'ll"} for c in tok.children)
    # a step of a visit: "X met Y, before calling on Speaker Z in Ain al-Tineh"
    step = tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.head.lower_ in {"before", "after"}
    return r if planned or step or _call_paid(args, tok, asked) else None


def _call_of_a_kind(noun) -> bool:
    """"a courtesy call", "a phone call": a visit or a telephone call, not an appeal."""
    return any(c.dep_ in {"amod", "compound"} and c.lower_ in lx.CALL_KINDS for c in noun.lefts)


def call_paid_on(args, rel, frame, tok, r):
    """"X paid a courtesy call on Y", "X made a courtesy call on Y": a visit paid, unless the call asks Y to do
    something ("paid a call on Y to urge ...", "a call on Y for restraint"; a bare "made a call on Y" is a demand)."""
    noun = child(tok, "dobj")
    if noun is None or tok.lemma_.lower() != "pay" and not _call_of_a_kind(noun):
        return None
    said = [*noun.children, *tok.children, *(t for o in r.object_tokens for t in o.children)]
    if any(t.dep_ in {"xcomp", "acl", "advcl", "ccomp"} and infinitive(t) or t.dep_ == "prep" and t.lower_ == "for" for t in said):
        return None  # (the call asks for something)
    return r if r.objects else None


#: where a call is paid: "called on Y at his residence"
_CALLED_AT = frozenset({"residence", "hotel", "home", "office", "palace", "house", "headquarters", "embassy", "residency"})
#: verbs that ask for something, in the sentence after a call: "He urged him to ..."
_ASKING = frozenset({"urge", "ask", "press", "demand", "request", "appeal", "insist"})
#: words that tell when, in a clause about a call paid: "earlier in the day"
_WHEN_WORDS = frozenset({"earlier", "later", "today", "yesterday", "afterwards", "day", "morning", "afternoon", "evening"})


def _call_paid(args, verb, asked) -> bool:
    """"X called on President Y earlier in the day.", "X called on President Y at the presidency.": a call paid on
    someone, the clause ending in its time or place, nothing asked for (not "called on Y to resign", "called on Y on
    Monday for restraint", "We call on Y.")."""
    if quoted(verb.doc, verb) or not args.typed(args.of(asked, conjuncts=False), {"Person"}):
        return False
    if any(c.dep_ == "advmod" and c.lower_ not in _WHEN_WORDS | {"also"} for c in verb.children) \
            or any(c.dep_ == "conj" and c.pos_ == "VERB" for c in verb.children):
        return False  # (not "again called on Y", "called on Y in vain", "called on Y and urged him to ...")
    nxt = verb.doc[verb.sent.end:verb.sent.end + 40]
    if nxt and any(t.lemma_.lower() in _ASKING for t in nxt[0].sent):
        return False  # "X called on Y on Tuesday. He urged him to release the prisoners."
    if any(c.dep_ not in {"compound", "det", "amod", "punct", "appos", "nmod"} for c in asked.children):
        return False
    after = [c for c in verb.children if c.i > asked.i]
    if verb.dep_ == "ccomp" and verb.head.i > verb.i and verb.head.lemma_.lower() in {"say", "report", "add", "confirm"} \
            and (not after or after[-1].text != ".") and verb.doc[verb.right_edge.i + 1].text == "," \
            and verb.doc[verb.sent.end - 1].text == ".":
        after = [*after, verb.doc[verb.sent.end - 1]]  # "X called on Y later in the day, officials said."
    if not after or after[-1].dep_ != "punct" or after[-1].text != "." \
            or not all(t.is_space for t in verb.doc[after[-1].i + 1:verb.sent.end]):
        return False
    placed = False
    for c in after[:-1]:
        words = [w for w in c.subtree if w.pos_ not in {"ADP", "DET"}]
        if words and all(w.ent_type_ in {"DATE", "TIME"} or w.lower_ in _WHEN_WORDS for w in words):
            placed = True  # "earlier in the day", "on Tuesday"
        elif c.dep_ == "prep" and c.lower_ in {"at", "in"} and (o := child(c, "pobj")) is not None \
                and not any(t.pos_ in {"VERB", "AUX"} and infinitive(t) for t in c.subtree) \
                and (o.ent_type_ in {"GPE", "FAC", "LOC"} or o.lemma_.lower() in _CALLED_AT
                     or c.lower_ == "at" and any(w.dep_ == "pobj" and w.pos_ == "PROPN"
                                                 and w.ent_type_ in {"", "FAC", "LOC", "GPE"} for w in c.children)):
            # "at his residence", "at the Aiwan-e-Sadr" (not "in vain", "in parliament", "at a news conference in Pelham
            # to resign", "at the Human Rights Council")
            placed = placed or c.lower_ == "at"
        else:
            return False
    return placed




def seeing(args, rel, frame, tok, r):
    """"X will see President Y on Monday", "X greeted Y", "X sat down with Y": seeing someone on a
    day or somewhere, greeting them, sitting down with them (not "X sees Y as a rival")."""
    lemma = tok.lemma_.lower()
    if lemma == "sit":
        return r if any(c.lower_ == "down" for c in tok.children) and pobj(tok, "with") is not None else None
    if lemma == "see":
        if any(c.dep_ == "prep" and c.lower_ == "as" for c in tok.children) or any(
                c.dep_ in {"ccomp", "xcomp", "oprd"} for c in tok.children):
            return None
        when = any(c.ent_type_ in {"DATE", "TIME"} for c in tok.children) or any(
            c.dep_ == "prep" and c.lower_ in {"on", "at", "in", "during"} and (o := child(c, "pobj")) is not None
            and o.ent_type_ in {"DATE", "TIME", "GPE", "FAC", "LOC"} for c in tok.children)
        return r if when else None
    return r


def named_parties(args, rel, frame, tok, r):
    """"Brazil and South Korea discussed energy": only parties named right there (not "the two
    sides", not pronouns), and no partner phrase ("X and Y discussed trade with Z")."""
    holders = [tok, *(c for c in tok.children if c.dep_ in lx.OBJECTS)]
    if any(c.dep_ == "prep" and c.lower_ in {"with", "between"} for h in holders for c in h.children):
        return None
    named = [(c, f) for c, f in r.subjects if f >= 1.0]
    if len(named) < 2:
        named = _the_two_subject(args, tok)
    if len(named) < 2:
        return None
    r.subjects = named
    return r


def _the_two_subject(args, tok) -> list:
    """"X was received by Y at the palace, where the two discussed trade": "the two" as the verb's subject."""
    subj = next((c for c in tok.children if c.dep_ in lx.SUBJECTS), None)
    return args.plural(subj) if subj is not None and subj.lower_ == "two" else []


def meal_together(args, rel, frame, tok, r):
    """"X had lunch with Y": X and Y attend the lunch (the event, named by its place when given)."""
    noun = next((t for t in r.object_tokens if t is not None and t.lemma_.lower() in lx.MEAL_NOUNS), None)
    if noun is None:
        return None
    guests = args.typed(args.of(pobj(noun, "with") or pobj(tok, "with")), PARTY_TYPES)
    r.subjects = list(dict.fromkeys(r.subjects + guests))
    r.objects = [(args.event(noun), 1.0)]
    return r


def when_they_meet(args, rel, frame, tok, r):
    """"X will speak to Y when they meet": they = the parties of the governing clause."""
    subj = subject_tokens(tok)
    if tok.dep_ != "advcl" or not any(t.lower_ in lx.PRONOUNS_PLURAL for t in subj):
        return r
    head = tok.head
    found = args.of(subject_tokens(head)[0]) if subject_tokens(head) else []
    for c in head.children:
        if c.dep_ in lx.OBJECTS | {"dative"}:
            found += args.of(c)
        elif c.dep_ == "prep":
            found += args.of(child(c, "pobj"))
    r.subjects, r.objects = [], []
    r.group = [(c, f * 0.9) for c, f in dict.fromkeys(found)]
    r.confidence = 0.85
    return r


# --- demands ------------------------------------------------------------------
#: "X called on Y to", "X demanded of Y", "X appealed to Y to"
ADDRESSEE_PREPS = {"demand": ("of", "from"), "seek": ("from",), "call": ("on", "upon"), "appeal": ("to",), "request": ("of", "from"),
                   "insist": (), "press": ("on",), "plead": ("with",), "recommend": ("to",)}
#: "X called for Z", "X insisted on Z", "X pressed for Z"
CONTENT_PREPS = {"call": ("for",), "appeal": ("for",), "press": ("for", "on"), "push": ("for",), "ask": ("for",),
                 "lobby": ("for",), "urge": ("for",), "insist": ("on", "upon"), "pressure": ("for",), "demand": (),
                 "request": ()}
#: verbs whose object is the addressee when an infinitive follows: "urged Y to", "asked Y to"
OBJECT_CONTROL = frozenset({"urge", "press", "pressure", "ask", "order", "require", "request", "exhort", "push", "lobby", "call", "appeal", "demand", "tell", "instruct", "direct", "implore", "beg", "entreat"})
#: verbs whose direct object is what is demanded: "demanded a recount", "urged restraint"
CONTENT_OBJECT = frozenset({"demand", "request", "urge", "seek"})
#: verbs that need an infinitive or a content phrase to be a demand at all ("ordered 20 aircraft" is not)
NEEDS_CLAUSE = frozenset({"order", "require", "ask", "push", "lobby", "pressure", "press", "tell", "instruct", "direct",
                          "implore", "beg", "entreat", "plead"})


def _infinitive_subject(tok):
    """"for Serbia to recognise Kosovo": Serbia, the one who must act."""
    for c in tok.children:
        if c.dep_ in {"advcl", "xcomp", "ccomp", "acl"} and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children):
            subj = child(c, "nsubj")
            if subj is not None:
                return subj, c
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if tok.pos_ == "NOUN" and nxt is not None and nxt.lower_ == "for" and nxt.dep_ == "mark":
        # "U.S. urgings for Japan to act": the clause the parser hung elsewhere starts right after the noun
        subj = child(nxt.head, "nsubj")
        if subj is not None and subj.i == nxt.i + 1 or (subj is not None and subj.i in {t.i for t in tok.doc[nxt.i + 1].subtree}):
            return subj, nxt.head
    return None, None


#: prepositions that say where a demanded thing is, not what or whom it is about:
#: "a ceasefire in Gaza", "a withdrawal of forces from the Gaza Strip" (but "sanctions on Russia",
#: "action against Japan" and "an overhaul of NATO" name what it is about)
LOCATING_PREPS = frozenset({"in", "across", "throughout", "inside", "within", "at", "near", "into",
                            "toward", "towards", "around"})
#: nouns of leaving, after which "from" says where from ("a withdrawal from Gaza"); elsewhere
#: "from" names who is asked ("a response from Taft Broadcasting")
LEAVING_NOUNS = frozenset({"withdrawal", "pullout", "pull-out", "departure", "exit", "removal", "evacuation",
                           "expulsion", "retreat", "release"})


def _located(tok, content) -> bool:
    """Whether tok hangs in a locating phrase of the demanded content ("a ceasefire in Gaza":
    Gaza is where, not what is demanded); "an overhaul of NATO" names what is."""
    for a in (tok, *tok.ancestors):
        if a.i == content.i:
            return False
        if a.dep_ == "prep" and not a.ent_type_ and (a.lower_ in LOCATING_PREPS or a.lower_ == "from" and any(
                h.lemma_.lower() in LEAVING_NOUNS for h in (a.head, *a.head.ancestors) if h.i >= content.i)):
            return True
    return False


#: what one seeks without asking anyone for it: "sought control of AMI", "seek re-election"
SOUGHT_NOT_ASKED = frozenset({"talk", "meeting", "election", "re-election", "office", "asylum", "control", "stake",
                              "majority", "seat", "nomination", "buyer", "partner", "bid", "bidder", "damages"})


#: what one asks for from whoever will give it, naming no one who must act: "a request for
#: proposals to buy the project", "requested the right to buy shares from X"
SOLICITED = frozenset({"proposal", "bid", "offer", "tender", "quote", "quotation", "right", "option", "permission"})


#: verbs whose object alone is no demand made of anyone: "pushed for", "lobbied for", "asked for"
#: stay demands only with an addressee
NOT_THINGS = frozenset({"ask", "seek", "order", "require", "request", "tell", "direct"})
#: nouns too vague to stand for what is demanded
VAGUE_THINGS = frozenset({"thing", "something", "anything", "more", "lot", "answer", "answers", "comment", "response",
                          "explanation", "information", "details", "detail", "help",
                          # finance, where "call for" is no demand: "called for redemption of its debentures"
                          "redemption", "tender", "tenders", "delivery", "earnings", "product", "products", "price", "prices",
                          "issue", "offering", "dividend", "payment", "time"})
#: subjects that "call for" something by their terms, not by asking: "bills which call for a marketing loan"
DOCUMENT_NOUNS = frozenset({"bill", "forecast", "plan", "law", "budget", "proposal", "legislation", "measure", "scheme",
                            "contract", "agreement", "accord", "deal", "treaty", "rule", "regulation", "projection",
                            "estimate", "schedule", "formula", "program", "programme", "draft", "version", "package",
                            # and what calls for something by its nature: "problems with Brazil's debt call for ..."
                            "problem", "situation", "crisis", "circumstance", "condition", "report", "study", "survey",
                            "analysis", "analyst", "economist"})


def _document_subject(verb) -> bool:
    """Whether what "calls for" something is a document or a plan, not a party."""
    # (subject_tokens has already read a relative pronoun as the noun it stands for)
    return verb.pos_ in {"VERB", "AUX"} and any(s.lemma_.lower() in DOCUMENT_NOUNS for s in subject_tokens(verb))


def _owned_inside(content) -> bool:
    """Whether what is sought belongs to a party, by "of" or a possessive, outside any clause inside
    it: "the opening of Japan's markets", not "support for his efforts to solve Brazil's debt"."""
    clauses = {x.i for t in content.subtree if t.i != content.i and t.dep_ in {"relcl", "acl", "advcl", "ccomp"}
               for x in t.subtree}
    return any(t.i not in clauses and (t.dep_ == "poss" and t.pos_ == "PROPN"
                                       or t.dep_ == "pobj" and t.head.lower_ == "of" and t.pos_ == "PROPN")
               for t in content.subtree)


def _thing_urged(args, dobj) -> bool:
    """"urged swift congressional action to ...": the object is a thing urged, not someone asked."""
    return dobj.tag_ == "NN" and _no_doer(dobj) and dobj.i not in args.coref.token_cluster \
        and not any(d.dep_ in {"det", "poss"} for d in dobj.children)


def _amount(tok) -> bool:
    """A figure, not a thing demanded: "a resolution calling for 22 billion dlrs of new revenues"."""
    return tok.ent_type_ in {"MONEY", "QUANTITY", "PERCENT", "CARDINAL"} or tok.lemma_.lower() in lx.AMOUNT_UNITS


def _calls_elections(cluster) -> bool:
    """A head of state or government, who may call elections: known by a role the article gave
    them ("the Portuguese President, Jorge Sampaio") or as an office ("President of Portugal")."""
    roles = {role for role, _ in cluster.roles}
    label = cluster.canonical or ""
    return bool(roles & lx.ELECTION_CALLERS) or any(label.casefold().startswith(f"{r} of ") for r in lx.ELECTION_CALLERS)


#: verbs of accusing someone of an act: "indicted for demanding money", "charged with ordering ..."
ACCUSING_VERBS = frozenset({"indict", "charge", "accuse", "convict", "sue", "prosecute"})


def _mandative(clause) -> bool:
    """A that-clause that asks for an act: "that Y must/should go", or the bare verb of the subjunctive
    ("insisted that Ottawa scrap the cap", "that the results be respected"); not "insisted that it was"."""
    aux = [c for c in clause.children if c.dep_ in {"aux", "auxpass"}]
    if any(c.lower_ in {"must", "should"} for c in aux):
        return True
    return any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children) and (
        clause.tag_ == "VB" and not aux or clause.tag_ == "VBN" and [c.lower_ for c in aux] == ["be"])


def wrote_asking(args, rel, frame, tok, r):
    """"X wrote to Y asking for an urgent meeting", "X has written to Y asking her to appoint a commission": a request
    of Y (the letter's asking told by a participle; "wrote to Y about the plan" asks nothing)."""
    to = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "to"), None)
    if to is None:
        return None
    # (or hung on a time phrase before it: "written to Y three times since January asking for a meeting")
    timed = [g for p in tok.children if p.dep_ == "prep" and p.lower_ in {"since", "in", "on", "last", "this"} for g in p.children]
    asking = next((c for c in (*tok.children, *to.children, *timed) if c.dep_ in {"advcl", "pcomp", "xcomp"} and c.tag_ == "VBG"
                   and c.lemma_.lower() in lx.LETTER_ASKING), None)
    if asking is None:
        return None
    own = child(asking, "dobj")
    if own is not None and own.pos_ != "PRON" and own.lemma_.lower() not in {"side", "party"} \
            and args.typed(args.of(own), PARTY_TYPES):  # ("urging both sides"; "urging an increase" is what is asked)
        return None  # "wrote to Y urging the Commission to intervene": the Commission is asked, not Y
    calling = asking.lemma_.lower() == "call"
    if child(asking, "xcomp") is None and (own is None or child(own, "xcomp") is None) and pobj(asking, "for") is None \
            and not (calling and pobj(asking, "on", "upon") is not None) \
            and (calling or own is None or own.pos_ != "NOUN"):  # ("urging an increase": the thing asked)
        return None  # "asking whether ...", "asking about the budget", "calling the decision a disgrace": no act asked
    # (the parser may make the addressee the participle's subject: "written to Minister X asking for ...")
    addressee = child(to, "pobj") or next((c for c in asking.children if c.dep_ in lx.SUBJECTS), None)
    found = args.typed(args.of(addressee), PARTY_TYPES) if addressee is not None else []
    if not found or not r.subjects:
        return None
    r.objects, r.object_tokens = found, [addressee]
    return r


def _answerer(noun):
    """Who answers a demand the noun names, and so was asked: the subject of "Y rejected X's demand", the agent of
    "X's demand was rejected by Y", the subject of "Y gave in to X's demands" (the demand must say whose it is)."""
    if not any(c.dep_ in {"poss", "compound"} or c.dep_ == "prep" and c.lower_ == "by" for c in noun.children):
        return None  # (not "the demand for steel from Kestrel": buyers)
    verb = noun.head
    if verb.lemma_.lower() in lx.MARKET_ANSWERING and noun.lemma_.lower() == "demand" and pobj(noun, "for") is not None:
        return None  # "could not meet Kestrel's demand for steel": a market, no one asked
    if noun.dep_ == "dobj" and verb.lemma_.lower() in lx.DEMAND_ANSWERING:
        found = subject_tokens(verb)
        return found[0] if found else None
    if noun.dep_ in lx.PASSIVE_SUBJECTS and verb.lemma_.lower() in lx.DEMAND_ANSWERING:
        return agent(verb)
    if noun.dep_ == "pobj" and verb.lower_ == "to" and verb.head.lemma_.lower() in lx.DEMAND_YIELDING:
        found = subject_tokens(verb.head)
        return found[0] if found else None
    return None


def demand_content(args, rel, frame, tok, r):
    """Who is asked (the addressee) and what for, for verbs and nouns of demanding."""
    lemma = tok.lemma_.lower()
    addressee = content = None
    if lemma == "call" and tok.pos_ == "NOUN" and _call_of_a_kind(tok):
        return None  # "a courtesy call on Y", "a phone call to Y": a visit or a call, not a demand
    if tok.dep_ == "pcomp" and tok.head.dep_ == "prep" and tok.head.lower_ in {"for", "of", "with"} \
            and tok.head.head.lemma_.lower() in ACCUSING_VERBS:
        return None  # "indicted for demanding money from X": a crime alleged, not a demand made
    if lemma == "call" and frame.kind == "verb" and (on := pobj(tok, "on", "upon")) is not None and _call_paid(args, tok, on):
        return None  # "X called on President Y earlier in the day": a visit, nothing asked
    gatherings = [c for c, _ in r.subjects if _named_gathering(args.clusters[c])]
    if gatherings and frame.kind == "verb" and not is_passive(tok) and (said := subject_tokens(tok)) \
            and child(said[0], "poss") is None:  # (not "the Federation's Congress urged": its own)
        # "X held its 14th Ordinary Congress ... the Congress asked Y to": the body that held it asks (a legislature
        # named "Congress", held by no one, asks for itself)
        if holders := _gathering_holder(args, said[0], gatherings):
            r.subjects = [(c, f) for c, f in r.subjects if c not in gatherings] + holders
    if frame.kind == "noun":
        content = pobj(tok, "for", "on", "upon") or child(tok, "acl", "ccomp")
        addressee = pobj(tok, "on", "to", "of")
        if addressee is None and tok.dep_ == "dobj" and tok.head.lemma_.lower() in frame.verbs:
            addressee = pobj(tok.head, "to", "on")  # "presented the demands to Y"
        subj, clause = _infinitive_subject(tok)
        if subj is not None:  # "X's demand for Serbia to recognise Kosovo"
            addressee, content = subj, clause
        if addressee is None and (answerer := _answerer(tok)) is not None and args.typed(args.of(answerer), PARTY_TYPES):
            addressee = answerer  # "Y rejected X's demand for a rise", "Y bowed to X's demands": X asked Y (not "the
            # rebels", no one kg knows: then what was asked for)
        if content is not None and child(content, "xcomp") is not None and content.pos_ in {"PROPN", "NOUN"}:
            addressee, content = content, child(content, "xcomp")  # "a call for Y to ..." parsed as for-Y + xcomp
        if not r.subjects or (content is None and addressee is None):
            return None  # "demand for oil": no demander, no demand
        if addressee is None and not any(c.dep_ in {"poss", "compound"} or c.dep_ == "prep" and content not in c.children
                                         for c in tok.children) and any(c.dep_ == "amod" and c.ent_type_ == "NORP" for c in tok.lefts):
            return None  # "North American demand for the shares": a market, not a demander
        if lemma == "call" and content is None and addressee is None:
            return None
    else:
        xcomp, ccomp, dobj = child(tok, "xcomp"), child(tok, "ccomp"), child(tok, "dobj")
        if xcomp is not None and xcomp.pos_ in {"VERB", "AUX"} and not infinitive(xcomp) \
                and (dobj is None or xcomp.left_edge.i != dobj.right_edge.i + 1 or xcomp.tag_ not in {"VB", "VBP"}):
            # "told Reuters that the aid would enable ..., overhaul 800 wagons": a bare verb away from
            # the one asked is no act asked for (but "urged the administration offer ...")
            xcomp = None
        if xcomp is None and dobj is not None:
            xcomp = _stray_infinitive(tok, dobj)
        if lemma == "recommend" and ccomp is None:
            return None  # only "recommends that Y ...": "recommend a nominee", "a proposal it would recommend to Congress"
        passive = is_passive(tok)
        if passive:  # "Y was urged by X to ...", "Y has been called on to ..."
            r.subjects = args.of(agent(tok))
            target = child(tok, *lx.PASSIVE_SUBJECTS)
            if lemma in OBJECT_CONTROL and xcomp is not None and target is not None:
                addressee, content = target, xcomp
            else:
                return None
        else:
            prep_addressee = pobj(tok, *ADDRESSEE_PREPS.get(lemma, ()), times=False)
            prep_content = pobj(tok, *CONTENT_PREPS.get(lemma, ()), times=False)  # (not "for the fourth year running")
            subj, clause = _infinitive_subject(tok)
            if prep_addressee is not None:
                addressee = prep_addressee
                # "pleaded with Y to allow ...": the infinitive the parser made an adverbial clause
                to_clause = next((c for c in tok.children if c.dep_ == "advcl" and c.i > prep_addressee.i
                                  and infinitive(c)), None)
                content = xcomp or child(prep_addressee, "xcomp") or to_clause or prep_content or dobj
            elif subj is not None:  # "called for Y to resign"
                addressee, content = subj, clause
            elif lemma == "call" and dobj is not None and (xcomp is not None or child(dobj, "xcomp") is not None) and any(
                    c.lower_ in {"on", "upon"} and c.i == tok.i + 1 and child(c, "pobj") is None for c in tok.children):
                # "We call on Ardley Terminals to put ...": the one called on parsed as the verb's object
                addressee, content = dobj, xcomp or child(dobj, "xcomp")
            elif lemma in OBJECT_CONTROL and dobj is not None and lemma != "call" and (xcomp is not None or child(dobj, "xcomp") is not None or prep_content is not None) \
                    and not (lemma in CONTENT_OBJECT and _thing_urged(args, dobj)):
                addressee, content = dobj, xcomp or child(dobj, "xcomp") or prep_content
            elif prep_content is not None:
                content = prep_content
                if child(prep_content, "xcomp") is not None and prep_content.pos_ in {"PROPN", "NOUN"}:
                    addressee, content = prep_content, child(prep_content, "xcomp")
            elif lemma == "demand":
                content = dobj or ccomp
                if content is ccomp and ccomp is not None:
                    addressee = child(ccomp, "nsubj")
            elif lemma == "insist" and ccomp is not None and _mandative(ccomp):
                content, r.confidence = ccomp, 0.7  # "insisted that Y must ...", "insisted that Y scrap ...": Y must act
                addressee = child(ccomp, "nsubj")
            elif lemma in CONTENT_OBJECT and dobj is not None:
                content = dobj
            elif lemma == "recommend" and ccomp is not None and any(c.dep_ == "auxpass" for c in ccomp.children):
                return None  # "will recommend that X be allowed to continue": what is to be done, by no one named
            elif lemma in {"request", "urge", "ask", "press", "insist", "recommend"} and ccomp is not None \
                    and (lemma != "insist" or _mandative(ccomp)) \
                    and any(m.dep_ == "mark" and m.lower_ == "that" for m in ccomp.children) or (lemma == "request" and ccomp is not None):
                # "X urged that Congress begin ...": the subject of the that-clause must act
                content, addressee = ccomp, child(ccomp, "nsubj")
        if addressee is None and content is not None and tok.dep_ in {"advcl", "xcomp"} and tok.head.lemma_ == "meet" \
                and infinitive(tok):
            # "will meet COP29 president X later today to demand a fund": the one met is asked
            addressee = child(tok.head, "dobj") or pobj(tok.head, "with")
        if addressee is None and tok.dep_ == "advcl" and tok.tag_ == "VBG" and (served := _served_on(tok)) is not None \
                and {c for c, _ in args.typed(args.of(served), PARTY_TYPES)} - {c for c, _ in r.subjects}:  # (not "its members")
            addressee = served  # "issued a strike notice to A and B, demanding the posting of interns": A and B are asked
        if content is None and addressee is None:
            return None
        if addressee is None and any(c.dep_ == "det" and c.lower_ == "no" for c in content.children):
            return None  # "the contract called for no sacrifices": nothing is asked
        if lemma in NEEDS_CLAUSE and content is None:
            return None
        if lemma == "seek" and (content is None or content.dep_ != "dobj"
                                or content.lemma_.lower() in lx.EVENT_NOUNS | SOUGHT_NOT_ASKED
                                or addressee is None and not _owned_inside(content)):
            return None  # "sought the opening of Japan's markets"; not "sought talks with Y", "sought a buyer for its unit"
        if lemma == "call" and content is None and courtesy_call(args, rel, frame, tok, r) is not None:
            return None  # "he is to call on President X": a visit on the programme, nothing asked
        if lemma in {"ask", "call", "order", "require"}:
            r.confidence = min(r.confidence, 0.75 if lemma != "call" else 0.8)
    if content is not None and addressee is None and content.lemma_.lower() in lx.ELECTION_NOUNS \
            and r.subjects and all(_calls_elections(args.clusters[c]) for c, _ in r.subjects):
        return None  # "the President decided to call for new elections": he calls them, he does not demand
    if addressee is None and content is not None and content.lemma_.lower() in SOLICITED:
        return None  # "issued a request for proposals to buy X", "requested the right to buy shares from X"
    r.content = np_text(content) if content is not None else None
    exclude = {c for c, _ in r.subjects}
    if addressee is not None:
        r.objects = args.typed(args.of(addressee) or args.represented(addressee), PARTY_TYPES)
    else:
        # bodies named in what is demanded, near its head: "an overhaul of NATO and the OSCE",
        # not "a meeting of holders of its Swiss franc notes"
        # (a preposition inside a name does not count: "the General Agreement on Tariffs and Trade")
        # (not inside a clause that is itself what is asked: "Acme's request to halt Beta's supply"
        # asks someone unnamed; Beta is what the act is done to)
        near = [] if content.dep_ == "acl" and infinitive(content) else [
            t for t in content.subtree
            if sum(1 for a in t.ancestors if a.dep_ == "prep" and not a.ent_type_ and content in a.ancestors) <= 1
            and not _located(t, content) and not _in_relative(t, content) and not _people_listed(t, content)
            and not any(a.dep_ == "prep" and a.lower_ == "between" and a.head.lemma_.lower() not in lx.EVENT_NOUNS
                        and content in a.ancestors for a in t.ancestors)]
        # (nor the sides of "a more balanced relationship between China and the EU"; but "talks between A and B": they
        # are to talk)
        within = args.within(content, exclude=exclude, clauses=lemma != "seek")  # "support for efforts to solve Y's debt"
        r.objects = [(c, f) for c, f in args.typed(within, PARTY_TYPES | PLACE_TYPES | {"Event"})
                     if any(args.coref.token_cluster.get(t.i) == c for t in near)]
        if not r.objects:  # "urged swift congressional action": the body that is to act
            r.objects = [(args.body_of_adjective(a), 0.85) for t in (content, *content.conjuncts) for a in t.children
                         if a.dep_ == "amod" and a.lower_ in lx.BODY_ADJECTIVES and a.text.islower()]
        if not r.objects and lemma == "demand" and content.dep_ == "dobj" and content.lemma_.lower() in lx.EVENT_NOUNS:  # "demanded the meeting"
            r.objects = [(args.event(content), 1.0)]
        if not r.objects and content.pos_ == "NOUN" and content.dep_ in {"dobj", "pobj"} and lemma not in NOT_THINGS \
                and not (lemma == "call" and (content.dep_ == "dobj" or child(tok, "dobj") is not None)) \
                and not (frame.kind == "noun" and lemma in {"demand", "demands"} and not _pressed(frame, tok)) \
                and not _document_subject(tok) \
                and content.lemma_.lower() not in VAGUE_THINGS and not any(d.lower_ in {"this", "that", "it"} for d in content.lefts) \
                and not _amount(content):
            # GUIDELINES: with no addressee, what is demanded ("called for a ceasefire"), each of a list
            r.objects = [(args.thing(t), 0.9) for t in (content, *content.conjuncts)
                         if t.pos_ == "NOUN" and t.lemma_.lower() not in VAGUE_THINGS and not _bare_plural(t)]
    r.object_tokens = [t for t in (addressee, content) if t is not None]
    return r


def _served_on(tok):
    """Whom a paper the clause's verb issued was addressed to, when a participle tells what it asks: "X has issued a
    14-day strike notice to A and B, demanding ..." (A, with B as its conjunct), or None."""
    head = tok.head
    paper = child(head, "dobj")
    if head.pos_ not in {"VERB", "AUX"} or paper is None or paper.lemma_.lower() not in lx.SERVED_PAPERS or paper.i > tok.i:
        return None
    return pobj(paper, "to", times=False) or pobj(head, "to", times=False)


def _people_listed(tok, content) -> bool:
    """Whether tok is in a list of people hung on what is demanded: "pressing for a trade bill,
    including Congressman X, a Missouri Democrat" lists the ones pressing, not anything asked for."""
    return any(lists_people(a) for a in (tok, *tok.ancestors) if content in a.ancestors)


def _in_relative(tok, content) -> bool:
    """Whether tok is in a clause inside what is demanded: a relative clause ("a more balanced
    relationship with the EU, with which Beijing runs a surplus") or an infinitive ("a request for
    measures to reduce surpluses with the U.S.", "a request to halt Abbott's supply"): what the
    clause is about is not what is asked for."""
    for a in (tok, *tok.ancestors):
        if a.i == content.i:
            return False
        if a.dep_ == "relcl" or a.dep_ in {"acl", "advcl"} and infinitive(a):
            return True
    return False


def _pressed(frame, tok) -> bool:
    """"pressed home demands for the 35-hour week", "renewed its demand for a ceasefire": a demand
    someone makes, not a market's ("demand for oil")."""
    return tok.dep_ == "dobj" and tok.head.lemma_.lower() in frame.verbs and child(tok.head, "prt") is None


def _bare_plural(tok) -> bool:
    """"pressing for reforms", "called for policies supporting growth": a kind of thing, too vague to
    be what is demanded (not "called for new elections", "urged economic reforms", "curbs on imports")."""
    return tok.tag_ == "NNS" and not any(c.dep_ in {"det", "poss", "nummod", "amod", "compound", "nmod"} for c in tok.lefts) \
        and not any(c.dep_ == "prep" and c.lower_ in {"of", "on", "against"} for c in tok.children)  # "curbs on imports"


def _stray_infinitive(verb, dobj):
    """"used the trip to press the Commission to loosen the rules": the parser hung "to loosen" on
    "used", or made it a purpose clause of "press"; an infinitive right after the asked object, on
    the asking verb or on its own head, is what is asked."""
    after = dobj.doc[dobj.right_edge.i + 1] if dobj.right_edge.i + 1 < len(dobj.doc) else None
    if after is None or after.lower_ != "to" or after.dep_ != "aux":
        return None
    clause = after.head
    if clause.pos_ == "VERB" and clause.dep_ in {"xcomp", "advcl"} and (
            clause.head == verb  # "pressed the Commission to loosen the rules" read as a purpose clause
            or clause.head == verb.head and verb.dep_ in {"xcomp", "advcl"}):
        return clause
    return None


#: prepositions of a pressure or request that a clause acted under: "under pressure from X, Y ..."
PRESSED_PREPS = frozenset({"under", "despite", "amid", "at", "in"})


def pressed_clause(args, rel, frame, tok, r):
    """"Under pressure from X, Y agreed", "at the urging of X, Y dropped the plan": X demands of Y
    (the subject of the clause the phrase modifies)."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in PRESSED_PREPS or not r.subjects:
        return None
    if tok.head.lower_ == "at" and tok.lemma_.lower() not in {"urging", "request", "behest", "insistence"}:
        return None
    if tok.head.lower_ == "in" and (tok.lemma_.lower() not in {"request", "response"}
                                    or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children)):
        return None  # ("The federation said in its request that ...": its own request, not one made of it)
    verb = tok.head.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    addressee = subject_tokens(verb)
    found = [x for t in addressee for x in args.of(t)]
    r.objects = args.typed(found, PARTY_TYPES)
    if not r.objects:
        return None
    r.object_tokens = addressee
    r.content = np_text(verb)
    return r




def document_demands(args, rel, frame, tok, r):
    """"The Senate passed a resolution calling on Y to ...", "X issued a statement urging Y to ...":
    the body that passed or issued the text demands (and for the participle coordinated with the first: "... calling
    on Y to double its grants and urging Z to ...")."""
    verb = participle_host(tok) or tok
    if verb.dep_ != "acl" or verb.head.lemma_.lower() not in lx.ISSUED_TEXTS or verb.tag_ != "VBG" or tok.tag_ != "VBG":
        return None
    doc_noun = verb.head
    issuer = doc_noun.head if doc_noun.dep_ in {"dobj", "nsubjpass"} else None
    if issuer is None or issuer.lemma_.lower() not in lx.ISSUING_VERBS:
        return None
    issuers = [agent(issuer)] if is_passive(issuer) else subject_tokens(issuer)
    subjects = [x for t in issuers if t is not None for x in args.of(t)]
    undecided = any(c.dep_ == "neg" or c.dep_ == "aux" and c.tag_ == "MD" for c in issuer.children)
    if all(_gathering(args, c) for c, _ in subjects) and len(issuers) == 1 and issuers[0] is not None \
            and doc_noun.lemma_.lower() not in lx.LAWS and not undecided:
        # (a gathering adopts resolutions; "the Congress passed a bill" is a legislature's; not "did not adopt")
        subjects = _gathering_holder(args, issuers[0], [c for c, _ in subjects]) or subjects
    if not subjects or all(args.clusters[c].type == "Event" for c, _ in subjects):
        return None
    r.subjects = subjects
    if undecided:
        r.trigger = issuer  # "did not adopt (may adopt) a resolution calling on Y": the adopting says how it stands
    return demand_content(args, rel, frame, tok, r)


def _gathering(args, c: int) -> bool:
    """An event, or a gathering's bare name the recogniser took for a body ("The Congress"), when no body of the
    article is named with it ("the U.S. Congress")."""
    cluster = args.clusters[c]
    word = cluster.label.casefold()
    return cluster.type == "Event" or cluster.type == "Organization" and word in lx.GATHERING_NAMES and not any(
        n != c and cl.type == "Organization" and cl.label.casefold().endswith(" " + word) for n, cl in enumerate(args.clusters))


def _named_gathering(cluster) -> bool:
    """An event, or a body's name ending in a gathering's word ("the 41st Ordinary Congress", tagged a body)."""
    return cluster.type == "Event" or cluster.type == "Organization" and cluster.label.split()[-1].casefold() in lx.GATHERING_NAMES


def _gathering_holder(args, subject, gatherings: list[int]) -> Found:
    """The body whose gathering passed a text: "The Congress adopted a resolution", "Delegates adopted a
    resolution" are the union that "held its congress" (the one gathering a body was told to hold in the five
    sentences before; "Delegates" bare, opening its sentence: not "At the talks in Bonn, delegates ...")."""
    first = sentence_starts(args.doc, subject, 5)
    if not gatherings:
        if subject.lemma_.lower() not in {"delegate", "participant", "member"} or subject.tag_ != "NNS" \
                or subject.i != subject.sent.start or subject.head.dep_ != "ROOT" \
                or any(c.dep_ in {"prep", "det", "amod", "compound", "poss", "nummod"} for c in subject.children):
            return []  # bare "Delegates", not "delegates from Fiji", "some delegates", "where delegates ..."
    elif (before := args._named_before(subject, None)) is not None and before.i >= first:
        gatherings = [*gatherings, args.event(before)]  # "the Congress" the recogniser made a body of its own
    held: dict[int, set[int]] = {}  # each gathering a body held, and who held it
    for t in args.doc[first:subject.i]:
        g = args.coref.token_cluster.get(t.i)
        if g is not None and (own := child(t, "poss")) is not None and own.tag_ != "PRP$" and _gathering(args, g):
            held.setdefault(g, set()).update(c for c, _ in args.of(own) if args.clusters[c].type == "Organization")
        if t.lemma_.lower() not in lx.GATHERING_HOLDING_VERBS or t.pos_ != "VERB" or is_passive(t):
            continue
        bodies = {c for x in subject_tokens(t) for c, _ in args.of(x) if args.clusters[c].type == "Organization"}
        for o in t.children:  # "PARC held (concluded) its 41st Ordinary Congress"
            if o.dep_ != "dobj":
                continue
            g = args.coref.token_cluster.get(o.i)
            if g is None and o.lower_ in lx.HELD_NAME_HEADS:
                held.setdefault(-1 - o.i, set()).update(bodies)  # "opened its congress", no name made of it: one more
            elif g is not None and (g in gatherings or not gatherings and o.lower_ in lx.HELD_NAME_HEADS
                                    and _named_gathering(args.clusters[g])):
                held.setdefault(g, set()).update(bodies)
    held = {g: who for g, who in held.items() if who}
    return [(next(iter(who)), 0.9) for who in held.values() if len(who) == 1] if len(held) == 1 else []


def _site_town(site):
    """The place of "in"/"near"/"at" Y after a site ("the factory at Chemelil", "camps near Goma"), hung on the
    site or, right after it, on a word before it."""
    doc = site.doc
    for c in [*site.children, *([doc[site.right_edge.i + 1]] if site.right_edge.i + 1 < len(doc) else [])]:
        if c.dep_ == "prep" and c.lower_ in {"in", "near", "at"} and (c.head == site or c.head.i < site.i) \
                and (o := child(c, "pobj")) is not None:
            return o
    return None


def a_trip(args, rel, frame, tok, r):
    """A journey, not a post: "its diplomatic mission in Tehran", "its missions in the United
    States" are embassies, where nobody travels. A trip to a site no name was given goes to the town
    it is in: "a fact-finding visit to the factory at Chemelil"."""
    if tok.lemma_.lower() == "mission" and (tok.tag_ == "NNS" or any(c.lower_ in lx.POST_ADJECTIVES for c in tok.lefts)):
        return None
    if not r.objects:
        r.objects = [p for t in r.object_tokens if t.lemma_.lower() in AREA_NOUNS | lx.SITE_NOUNS
                     and args.coref.token_cluster.get(t.i) is None and (where := _site_town(t)) is not None
                     for p in _places_at(args, where)]
    return r


def on_the_way(args, rel, frame, tok, r):
    """"on his way to India", "en route to Y": the traveller goes there (not "a way to peace")."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in {"on", "en"} or not r.objects:
        return None
    if not r.subjects:
        r.subjects = _occasion_doers(args, tok)
    return r if r.subjects else None


def travelled(args, rel, frame, tok, r):
    """"X headed to Y" goes there; "X headed a delegation to the joint commission" leads it (the
    frame of leading a delegation reads that)."""
    if tok.lemma_.lower() == "head" and child(tok, "dobj") is not None:
        return None
    # an airline that "will fly to Guam" opens a route: no one travels
    r.subjects = [(c, f) for c, f in r.subjects if not (args.clusters[c].type == "Organization" and any(
        w in AIRLINE_WORDS for w in args.clusters[c].label.casefold().split()))]
    if not r.subjects:
        return None
    if tok.lemma_.lower() in {"come", "go"}:
        # "Wickes came to the Unlisted Securities Market": a listing, not a trip
        r.objects = [(c, f) for c, f in r.objects if not (args.clusters[c].type == "Organization" and any(
            w in MARKET_WORDS for w in args.clusters[c].label.casefold().split()))]
    _gathering_towns(args, r)
    return r if r.objects else None


def _gathering_towns(args, r) -> None:
    """"travelled to the UN climate conference in Bonn": a gathering is no place; the town it is held in is."""
    gatherings = {c for c, _ in r.objects if _is_event(args.clusters[c])}
    r.objects = [(c, f) for c, f in r.objects if c not in gatherings]
    # (a gathering kg knows, or one an event noun names: "flew to the summit in Oslo")
    r.objects += [p for t in r.object_tokens if t is not None and (
                      any(c in gatherings for c, _ in args.of(t, conjuncts=False))
                      or not args.of(t, conjuncts=False) and t.pos_ == "NOUN" and t.lemma_.lower() in lx.EVENT_NOUNS - lx.TRIP_NOUNS)
                  and (where := pobj(t, "in") or pobj(r.trigger, "in")) is not None for p in _places_at(args, where)]


def led_mission(args, rel, frame, tok, r):
    """"X will lead a delegation to Y": X goes there; to the gathering's town when Y is a gathering ("to the IVF
    Congress in Rarotonga"), and to no body."""
    _gathering_towns(args, r)
    r.objects = [(c, f) for c, f in r.objects if args.clusters[c].type in PLACE_TYPES]
    return r if r.objects else None


#: words of an airline's name: its flights to a place are a route, not a trip
AIRLINE_WORDS = frozenset({"airlines", "airline", "airways", "air", "aviation"})
#: words of a market one's shares come to: "came to the Unlisted Securities Market"
MARKET_WORDS = frozenset({"market", "exchange", "bourse"})


def been_to(args, rel, frame, tok, r):
    """"X has been to Moscow": the perfect of "be" with "to" is a trip there (or an event attended)."""
    if tok.lower_ != "been" or not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in tok.children):
        return None
    return r if r.objects and r.subjects else None


#: who is among those at an event: "X was among the mourners", "among the guests"
ATTENDER_NOUNS = PARTICIPANT_NOUNS | frozenset({"mourner", "spectator", "dignitary", "worshipper", "celebrant", "pallbearer"})


def among_attenders(args, rel, frame, tok, r):
    """"X was among the mourners", "Among the guests at the dinner were A and B": X is at the event (named on the
    noun, else the one named just before, else the article's gathering)."""
    among = pobj(tok, "among")
    if among is None or among.tag_ != "NNS" or among.lemma_.lower() not in ATTENDER_NOUNS:
        return None
    event = _event_of(args, among, tok)
    if event is None:
        return None
    r.objects, r.object_tokens = [(event, 1.0)], [among]
    return r if r.subjects else None


HOOKS = {
    "sent_in_place": sent_in_place,
    "body_led_march": body_led_march,
    "joined_remotely": joined_remotely,
    "direct_talks": direct_talks,
    "indirect_talks": indirect_talks,
    "among_attenders": among_attenders,
    "guests_at_event": guests_at_event,
    "showed_around": showed_around,
    "travelled": travelled,
    "been_to": been_to,
    "on_the_way": on_the_way,
    "a_trip": a_trip,
    "pressed_clause": pressed_clause,
    "document_demands": document_demands,
    "organised_event": organised_event,
    "event_nouns_only": event_nouns_only,
    "at_event": at_event,
    "wrote_asking": wrote_asking,
    "led_mission": led_mission,
    "invitation": invitation,
    "invited_to_event": invited_to_event,
    "meal_together": meal_together,
    "trip_takes": trip_takes,
    "there_for": there_for,
    "back_from": back_from,
    "conversation": conversation,
    "told_visitor": told_visitor,
    "welcomed_guest": welcomed_guest,
    "partner_named": partner_named,
    "received_in": received_in,
    "counted_guests": counted_guests,
    "phone_call": phone_call,
    "call_paid_on": call_paid_on,
    "courtesy_call": courtesy_call,
    "intransitive": intransitive,
    "seeing": seeing,
    "time_spent": time_spent,
    "sent_there": sent_there,
    "under_auspices": under_auspices,
    "accompanied_at": accompanied_at,
    "companion_on_trip": companion_on_trip,
    "at_invitation": at_invitation,
    "led_delegation": led_delegation,
    "led_gathering": led_gathering,
    "expected_in": expected_in,
    "expected_for": expected_for,
    "not_back": not_back,
    "attended_last_event": attended_last_event,
    "confirmed_attendance": confirmed_attendance,
    "asked_to_meet": asked_to_meet,
    "implicit_destination": implicit_destination,
    "arrived_where_filed": arrived_where_filed,
    "place_of_area": place_of_area,
    "represented_at": represented_at,
    "guest_of": guest_of,
    "host_of": host_of,
    "for_event": for_event,
    "named_parties": named_parties,
    "invited_for_talks": invited_for_talks,
    "participants_include": participants_include,
    "sent_to_event": sent_to_event,
    "existential_with": existential_with,
    "delegates_with": delegates_with,
    "among_participants": among_participants,
    "event_guests": event_guests,
    "hosted_meal": hosted_meal,
    "with_as_host": with_as_host,
    "meal_guests": meal_guests,
    "when_they_meet": when_they_meet,
    "demand_content": demand_content,
}
