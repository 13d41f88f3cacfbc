"""What surrounds a relation's trigger: its status, attribution, time and place."""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract import lexicon as lx
from kg.extract.tokens import child, clause_host, governor_of, infinitive, lists_people, pobj, reported_aside, tense_break, tensed

#: links followed upwards from a trigger to the clauses that govern it
_UP = frozenset({"xcomp", "acomp", "ccomp", "advcl", "conj", "relcl", "acl", "pcomp", "prep", "pobj",
                 "dobj", "nsubj", "nsubjpass", "attr", "appos", "compound", "poss", "npadvmod", "parataxis", "oprd", "dative", "agent", "advmod"})
#: links that stay inside the trigger's own clause (negation and modality apply along them)
_OWN_CLAUSE = frozenset({"xcomp", "conj", "prep", "pobj", "dobj", "nsubj", "nsubjpass", "compound", "poss", "attr", "pcomp", "agent", "acomp"})


@dataclass(frozen=True, slots=True)
class Context:
    status: str
    attribution: str | None = None
    cues: tuple[str, ...] = ()


def governing_chain(tok, limit: int = 12) -> list[tuple[object, str]]:
    """``[(token, dep-by-which-we-arrived), ...]`` from the trigger up to the root."""
    chain = [(tok, "")]
    while tok.dep_ in _UP and tok.head.i != tok.i and len(chain) < limit:
        head = clause_host(tok) or tok.head  # "was pressing Y to stop ... and was talking with Z"
        chain.append((head, tok.dep_))
        tok = head
    return chain


def np_text(tok) -> str:
    """A noun phrase's words without its relative clauses and appositions."""
    skip: set[int] = set()
    for t in tok.subtree:
        if t.i != tok.i and t.dep_ in {"relcl", "acl", "appos"} or lists_people(t):
            skip.update(x.i for x in t.subtree)  # (and a list of people: "a trade bill, including Senator X")
    return " ".join(t.text for t in tok.subtree if t.i not in skip and t.dep_ != "punct")


def reporter(verb) -> str | None:
    """Who does the reporting: "sources cited by several news outlets", "Other outlets"."""
    subj = child(verb, *lx.SUBJECTS) or pobj(verb, "by")
    if subj is None:
        return None
    if subj.tag_ in {"WDT", "WP"} and verb.dep_ == "relcl":  # "sources which claimed"
        subj = verb.head
    text = np_text(subj)
    if subj.dep_ in lx.OBJECTS and subj.head.lemma_ in lx.REPORTING_VERBS:  # "outlets have cited sources"
        outer = child(subj.head, *lx.SUBJECTS)
        if outer is not None:
            text = f"{text} {subj.head.text} by {np_text(outer)}"
    return text


def _own_subject(verb) -> bool:
    """A coordinated clause with a subject of its own: "X did not attend, and Y was represented by Z"."""
    return verb.pos_ in {"VERB", "AUX"} and any(c.dep_ in lx.SUBJECTS | lx.PASSIVE_SUBJECTS for c in verb.children)


def _own_finite_auxiliary(verb, head) -> bool:
    """"did not travel ... and was represented by X": a verb joined by "and"/"but" with a finite auxiliary of
    its own is not under the first verb's "not" (but "has never travelled or been received", "would not go
    and be seen" are: no finite auxiliary, or "or")."""
    joiner = next((c for c in head.children if c.dep_ == "cc" and head.i < c.i < verb.i), None)
    return joiner is not None and joiner.lower_ in {"and", "but"} and any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ in {"VBD", "VBZ", "VBP", "MD"} for c in verb.children)


def status_of(trigger) -> Context:
    """planned, happened, reported, negated or hypothetical, with the words that said so.

    Priority: negated > hypothetical > planned > reported > happened.
    """
    chain = governing_chain(trigger)
    negated = hypothetical = planned = False
    attribution = None
    cues: list[str] = []
    own = True  # still inside the trigger's own clause
    denied = True  # a "not" above still reaches the trigger
    nominal = trigger.pos_ in {"NOUN", "PROPN"}
    # a demand named in a phrase ("despite French calls for ...", "as to U.S. urgings for ...") was
    # made already, whatever the clause around it will do
    said_already = nominal and trigger.dep_ == "pobj" and trigger.lemma_.lower() in lx.SAID_NOUNS
    first_verb = None
    reported = False  # above a reporting verb, a present tense is the reporter's, not the fact's
    for n, (tok, arrived) in enumerate(chain):
        if n == 0 and not nominal and tok.lemma_ in lx.CANCEL_VERBS and any(
                c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in lx.TRIP_NOUNS | lx.EVENT_NOUNS for c in tok.children):
            negated = True  # a trip read off the verb that calls it off: "has cancelled her trip"
            cues.append(tok.lemma_)
        if n == 1 and nominal and arrived in {"dobj", "nsubjpass"} and tok.pos_ == "VERB":
            # "called off his visit", "the meeting was postponed": the event's own fate
            off = any(c.lower_ == "off" for c in tok.children)
            if tok.lemma_ in lx.CANCEL_VERBS or (off and tok.lemma_ == "call"):
                negated = True
                cues.append(tok.lemma_)
            elif tok.lemma_ in lx.POSTPONE_VERBS or (off and tok.lemma_ == "put"):
                planned = True
                cues.append(tok.lemma_)
        to_clause = n == 1 and arrived == "advcl" and not nominal and infinitive(chain[0][0])  # "called on Y to open talks"
        if n and (arrived not in _OWN_CLAUSE or nominal or arrived == "conj" and (
                tense_break(chain[n - 1][0]) or _own_subject(chain[n - 1][0]))) and not to_clause:
            own = False  # a noun's governing verb does not negate it: "refused to meet X during her trip"
        if n and arrived == "conj" and _own_finite_auxiliary(chain[n - 1][0], tok):
            denied = False  # "did not travel ... and was represented by X": the second verb's own polarity
        children = list(tok.children)
        deps = {c.dep_ for c in children}
        if not own and nominal and n and arrived == "xcomp" and tok.lemma_ in lx.REQUEST_VERBS \
                and any(c.dep_ == "dobj" for c in children) \
                and not any(t.lower_ in {"during", "after", "before", "since", "following", "on", "ahead", "at", "while"}
                            or t.lower_ == "for" and t.i > 0 and t.doc[t.i - 1].lower_ == "time"
                            or any(m.dep_ == "mark" and m.lower_ in {"after", "before", "since", "while"} for m in t.children)
                            for t, _ in chain[:n]):
            # "asked Canberra to take part in a meeting with Y": the meeting is asked for (not "urged Serbia to act during
            # her visit to Belgrade", "told the party to draft a package in time for his visit", "ordered doctors to stop
            # work after talks with Y broke down": the occasion)
            hypothetical = True
            cues.append(tok.lemma_)
        if n and arrived == "ccomp" and tok.lemma_ in (lx.ASKING_VERBS | lx.PROPOSING_VERBS) - {"tell"} \
                and tok.pos_ == "VERB" and _subjunctive(chain[n - 1][0]) \
                and all(d in _OWN_CLAUSE - {"conj"} for _, d in chain[1:n]):
            # "demanded that the Ministry host a forum", "recommends that X meet Y": asked for, not done (the trigger
            # in that clause itself, not in one hung on it: "demanded that they return, while Y said he would ask")
            hypothetical = True
            cues.append(tok.lemma_)
        if n and arrived == "ccomp" and tok.lemma_ == "deny" and tok.pos_ == "VERB" and not negated \
                and not any(c.dep_ == "neg" for c in children):
            negated = True  # "He denied that he had met Y": what is denied did not happen, as far as the text goes
            cues.append("deny")
        if not own and nominal and n and arrived == "xcomp" and (tok.lower_ in lx.READINESS_WORDS or tok.lemma_ == "offer") \
                and not said_already and (trigger.lemma_.lower() in lx.TALK_NOUNS or trigger.lower_ in lx.TALK_NOUNS):
            # "Muscat was ready to host a new round of talks between X and Y": talks offered, not held
            hypothetical = True
            cues.append(tok.lower_)
        if own:
            if denied and ("neg" in deps or any(c.lower_ in {"never", "no"} and c.dep_ in {"advmod", "det", "neg"}
                                                for c in children)):
                negated = True
                cues.append("not")
            if any(c.dep_ in lx.SUBJECTS and any(d.lower_ == "neither" for d in c.children) for c in children):
                negated = True  # "Neither X nor Y is attending"
                cues.append("neither")
            if n and arrived in {"xcomp", "advcl"} and tok.lemma_ in lx.REQUEST_VERBS and any(
                    c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ in {"on", "upon", "to", "with"} for c in children) \
                    and (arrived == "xcomp" or to_clause):
                # "Thune urged Trump to negotiate with Congress": asked for, not done
                hypothetical = True
                cues.append(tok.lemma_)
            elif n == 1 and arrived == "xcomp" and tok.lemma_ in lx.SEEKING_VERBS and infinitive(chain[0][0]):
                hypothetical = True  # "the union has asked to meet Y", "X sought to meet Y": asked for, not held
                cues.append(tok.lemma_)
            if n and arrived == "xcomp" and (tok.lower_ in lx.READINESS_WORDS or tok.lemma_ == "offer"):
                # "said it remained ready to host further talks": offered, not done
                hypothetical = True
                cues.append(tok.lower_)
            if n and arrived == "xcomp" and (tok.lemma_ in lx.NEGATING_VERBS or tok.lower_ == "unable"):
                negated = True  # "declined to attend", "was unable to join the visit"
                cues.append(tok.lemma_)
            if tok.lower_ == "without" and arrived == "pcomp":
                negated = True
                cues.append("without")
            if tok.lower_ == "from" and arrived == "pcomp" and tok.head.lemma_.lower() in lx.PREVENTING_VERBS:
                negated = True  # "was barred from attending", "kept them from meeting"
                cues.append(tok.head.lemma_.lower())
            if any(c.dep_ == "mark" and c.lower_ in lx.CONDITIONAL_MARKS for c in children):
                hypothetical = True
                cues.append("if")
            modal = next((c.lower_ for c in children if c.dep_ == "aux" and c.lower_ in lx.HYPOTHETICAL_AUX), None)
            if modal and not (modal in {"would", "should"} and _reported_clause(chain[n:])):
                hypothetical = True
                cues.append(modal)
            elif modal:
                planned = True
                cues.append(modal)
        past = first_verb is not None and first_verb.i != tok.i and first_verb.tag_ == "VBD" \
            and not any(c.dep_ == "aux" for c in first_verb.children)
        if any(c.dep_ in {"aux", "auxpass"} and c.lower_ in lx.FUTURE_AUX for c in children) and not (
                n and said_already) and not past:  # (not "X, who met Y yesterday, will attend Z")
            planned = True
            cues.append("will")
        if not own and nominal and trigger.dep_ == "pobj" and first_verb is None and tok.pos_ in {"VERB", "AUX"}:
            # the verb an occasion noun hangs on sets its mood: "X said it would propose a resolution
            # at the annual meeting" (the future of then), "X would speak at the summit if invited"
            modal = next((c.lower_ for c in children if c.dep_ == "aux" and c.lower_ in lx.HYPOTHETICAL_AUX), None)
            if modal in {"would", "should"} and _reported_clause(chain[n:]):
                planned = True
                cues.append(modal)
            elif modal or any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in lx.CONDITIONAL_MARKS
                                                           for m in c.children) for c in children):
                hypothetical = True
                cues.append(modal or "if")
        if n == 0 and tok.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in children) \
                and any(t.lower_ in lx.FUTURE_TIME_WORDS for c in children if c.dep_ in {"npadvmod", "advmod", "prep", "tmod"}
                        for t in c.subtree):
            planned = True  # "X is hosting a dinner tonight", "Y is visiting Paris next week"
            cues.append("is ...ing + future time")
        if tok.pos_ in {"VERB", "AUX"} and first_verb is None:
            first_verb = tok  # the verb the trigger is (or, for a noun, hangs on)
            if tok.tag_ in {"VBZ", "VBP"} and tok.lemma_ not in {"be", "have"} and not reported \
                    and any(t.ent_type_ == "DATE" and (t.lower_ in lx.WEEKDAYS or t.lower_ in lx.FUTURE_TIME_WORDS
                                                       or t.lower_ == "today")
                            or t.ent_type_ == "TIME" and (t.lower_ == "tonight" or t.lower_ in lx.DAY_PARTS
                                                          and t.i > 0 and t.doc[t.i - 1].lower_ == "this")
                            for c in children if c.dep_ in {"npadvmod", "prep", "tmod"} for t in _time_words(c)) \
                    and not any(t.lower_ in {"last", "yesterday", "every", "each", "ago"} for c in children for t in c.subtree):
                # newswire's present for a dated future: "X leaves for Jakarta on Wednesday", "flies today";
                # for a noun, the present verb it hangs on: "sets out Wednesday on a mission to Y",
                # "when he arrives for talks with Y on Wednesday"
                planned = True
                cues.append("present + day")
        if n == 0 and tok.lemma_ == "be" and (due := next((c for c in children if c.dep_ == "acomp"
                                                            and c.lower_ in lx.PLANNED_PARTICIPLES), None)) is not None:
            planned = True  # "X is due in Brussels for a meeting of EU ministers"
            cues.append(due.lower_)
        if n and arrived == "xcomp" and tok.lemma_ == "be":  # "X and Y are to travel to Z"
            planned = True
            cues.append("be to")
        if n == 0 and tok.lemma_ in lx.PLANNING_SUPPORT:  # "X plans a trip to Y", "X scheduled a meeting"
            planned = True
            cues.append(tok.lemma_)
        if n == 2 and nominal and chain[1][0].lower_ == "for" and arrived == "prep" \
                and tok.lemma_ in lx.ASKING_VERBS:
            hypothetical = True  # "called for talks with Y", "asked for consultations with Tokyo": asked for, not held
            cues.append(tok.lemma_)
        if n == 1 and arrived == "acl" and not nominal and tok.lemma_.lower() in lx.PLAN_AHEAD_NOUNS \
                and chain[0][0].tag_ == "VB":
            # "X has plans to meet Y" is ahead; "X has no plans to meet Y" is not to be, nor an invitation declined or
            # not accepted ("declined an invitation to visit Y", "has not accepted an invitation to visit Y")
            governor = governor_of(tok)
            if any(c.dep_ == "det" and c.lower_ == "no" for c in children) or tok.lemma_.lower() == "invitation" and (
                    governor.lemma_.lower() in lx.INVITATION_DECLINING
                    or any(c.dep_ == "neg" for c in governor.children) and governor.lemma_.lower() in lx.INVITATION_TAKING):
                negated = True
                cues.append("no " + tok.lower_)
            else:
                planned = True
                cues.append(tok.lower_)
        if n and arrived == "ccomp" and tok.lemma_ in {"propose", "suggest"} and chain[n - 1][0].tag_ in {"VB", "VBP"}:
            planned = True  # "X proposed that the two meet": a meeting proposed, not held
            cues.append(tok.lemma_)
        if n and arrived == "xcomp" and (tok.lemma_ in lx.PLAN_VERBS or tok.lower_ in lx.PLAN_FORMS or tok.lower_ in {"about", "due", "set", "likely", "poised"}):
            planned = True
            cues.append(tok.lemma_)
        if n and arrived == "ccomp" and tok.lemma_ in lx.PLAN_VERBS and tok.pos_ == "VERB" \
                and infinitive(chain[n - 1][0]):
            planned = True  # "analysts expect X to meet Y": an infinitive with its own subject, still ahead
            cues.append(tok.lemma_)
        if tok.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in lx.PLANNED_MODIFIERS for c in children):
            planned = True
            cues.append("upcoming")
        if tok.pos_ == "NOUN" and first_verb is None and any(c.dep_ == "acl" and c.lower_ in lx.PLANNED_PARTICIPLES for c in children):
            planned = True  # "talks between X and Y, scheduled for Thursday", "a visit set for May"
            cues.append("scheduled")
        if arrived == "pobj" and tok.dep_ == "prep" and f"{tok.head.lower_} {tok.lower_}" in lx.PLANNED_PREPS \
                and not (not nominal and trigger.dep_ == "relcl" and trigger.tag_ == "VBD"):
            # (not a relative clause with its own past: "ahead of the meeting, which X attended")
            planned = True
            cues.append("ahead of")
        if arrived == "prep" and tok.lower_ == "before" and n == 2:
            planned = True
        if n == 2 and chain[1][1] == "pcomp" and chain[1][0].lower_ == "before" and tok.tag_ in {"VBZ", "VBP"} \
                and not any(c.dep_ == "aux" for c in children):
            planned = True  # "X leaves on Monday for Tokyo ... before travelling to Seoul": the travel is ahead too
            cues.append("before")
        if n and arrived == "ccomp" and tok.lemma_ in lx.REPORTING_VERBS and tok.pos_ == "VERB" and attribution is None:
            passive = any(c.dep_ == "auxpass" for c in children)  # "it was reported that"
            who = reporter(tok)
            if who or passive:
                attribution = who or "unnamed source"
                cues.append(tok.lemma_)
        if n == 1 and arrived == "xcomp" and tok.lemma_ in _HEARSAY_PASSIVES and attribution is None \
                and any(c.dep_ == "auxpass" for c in children):
            # "the Saudi side was said by officials to have asked ...", "X is understood to have met Y"
            by = next((o for c in children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"), None)
            attribution = np_text(by) if by is not None else "unnamed source"
            cues.append(tok.lemma_)
        if tok.pos_ in {"VERB", "AUX"} and attribution is None and (aside := reported_aside(tok)) is not None:
            attribution = np_text(aside[1])  # "Xi, state broadcaster CCTV reported, urged ...": reported by CCTV
            cues.append(aside[0].lemma_)
        if any(c.dep_ == "prep" and c.lower_ == "according" for c in children) and attribution is None:
            acc = next(c for c in children if c.dep_ == "prep" and c.lower_ == "according")
            pobj = next((t for t in acc.subtree if t.dep_ == "pobj"), None)
            attribution = np_text(pobj) if pobj is not None else "unnamed source"
            cues.append("according to")
        if n and arrived == "acl" and tok.pos_ == "NOUN" and tok.lemma_.lower() in lx.REPORT_NOUNS \
                and tensed(chain[n - 1][0]) and attribution is None:
            # "There were reports that X met Y": attributed to the reports; "officials denied
            # reports that X would visit Y": denied
            attribution = np_text(tok)
            cues.append(tok.lemma_)
            if tok.dep_ in lx.OBJECTS and tok.head.lemma_.lower() in lx.DENYING_VERBS:
                negated = True
                cues.append(tok.head.lemma_)
        if arrived == "ccomp" and tok.lemma_ in lx.REPORTING_VERBS:
            own = False
            reported = True
    if negated:
        status = "negated"
    elif hypothetical:
        status = "hypothetical"
    elif planned and not _anonymous(attribution):
        status = "planned"  # (a plan only unnamed sources tell of is reported: "is expected to meet X, diplomatic sources said")
    elif attribution:
        status = "reported"
    else:
        status = "happened"
    return Context(status, attribution, tuple(cues))


#: passives that pass on hearsay: "was said to have asked", "is understood to have met", "is reported to have"
_HEARSAY_PASSIVES = frozenset({"say", "report", "understand", "believe", "rumour", "rumor", "think", "allege"})

#: words for sources that are not named: "diplomatic sources", "people familiar with the plans"
_ANONYMOUS = frozenset({"source", "sources", "diplomat", "diplomats", "insider", "insiders", "unnamed", "familiar", "reports"})


def _anonymous(attribution: str | None) -> bool:
    """"diplomatic sources", "Foreign Ministry sources", "Diplomats", "people familiar with the matter",
    "unnamed source"; not "veteran diplomat Paul Minder" or "the Energy Sources Ministry" (by the head word)."""
    if not attribution:
        return False
    words = attribution.lower().split()
    head = next((k for k, w in enumerate(words) if w in {"in", "at", "from", "with", "of", "close", "near", "to"}), len(words))
    # (the head word, before "in Bonn", "close to the talks": not "diplomat Paul Minder")
    return head > 0 and words[head - 1] in _ANONYMOUS or "familiar" in words


def _reported_clause(chain) -> bool:
    """Inside what someone says or expects: "said he would meet", "it is expected that X would"."""
    return any(arrived == "ccomp" and tok.lemma_ in lx.REPORTING_VERBS | lx.PLAN_VERBS for tok, arrived in chain[1:])


def _run(doc, i: int, types: frozenset[str]) -> str:
    """The contiguous run of DATE/TIME tokens around token i: "Sunday afternoon"."""
    start = end = i
    while start > 0 and doc[start - 1].ent_type_ in types and doc[start - 1].tag_ != "POS":
        start -= 1
    while end + 1 < len(doc) and doc[end + 1].ent_type_ in types and doc[end + 1].tag_ != "POS":
        end += 1
    return doc[start:end + 1].text


_TIME = frozenset({"DATE", "TIME"})
#: how long something lasts, which is no time of it: "a four-day visit", "a 48-hour stay"
_DURATION = re.compile(r"(?:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|few) ?- ?)?"
                       r"(?:day|week|month|year|hour|night)s?(?: ?- ?long)?", re.IGNORECASE)
_TIME_DEPS = frozenset({"npadvmod", "tmod", "poss", "compound", "nmod"})


def local_tokens(tok, depth: int = 3):
    """Tokens attached to tok within a few links, not entering other clauses."""
    frontier = [(tok, 0)]
    while frontier:
        t, d = frontier.pop()
        yield t
        if d < depth:
            frontier.extend((c, d + 1) for c in t.children if c.dep_ not in {"relcl", "ccomp", "advcl", "acl", "conj", "appos"})


def time_of(anchors) -> str | None:
    """A date or time stated for the trigger ("on Friday", "Friday's summit").

    A noun trigger with no time of its own takes one attached directly to the
    verb its phrase hangs on: "ahead of X's visit ... on Monday".
    """
    for anchor in anchors:
        for t in local_tokens(anchor):
            if t.ent_type_ in _TIME and (t.dep_ in _TIME_DEPS or t.head.dep_ == "prep" or t.dep_ == "pobj") \
                    and not _DURATION.fullmatch(run := _run(t.doc, t.i, _TIME)):
                return run
    first = anchors[0] if anchors else None
    if first is not None and first.pos_ in {"NOUN", "PROPN"}:
        verb = next((tok for tok, _ in governing_chain(first)[1:] if tok.pos_ in {"VERB", "AUX"}), None)
        if verb is not None:
            for c in verb.children:
                obj = child(c, "pobj") if c.dep_ == "prep" else (c if c.dep_ in {"npadvmod", "tmod"} else None)
                if obj is not None and obj.ent_type_ in _TIME:
                    return _run(obj.doc, obj.i, _TIME)
    return None



def place_of(anchors, token_cluster: dict[int, int], place_clusters: set[int], exclude: set[int]) -> int | None:
    """A place stated for the trigger: "in Anchorage", "the Alaska summit"."""
    for anchor in anchors:
        for t in local_tokens(anchor, depth=4):
            c = token_cluster.get(t.i)
            if c is None or c not in place_clusters or c in exclude:
                continue
            if t.dep_ == "pobj" and t.head.lower_ in {"in", "at"} or t.dep_ == "compound" and t.head.i == anchor.i:
                return c
    return None


def _subjunctive(verb) -> bool:
    """A clause's verb in the base form with no auxiliary, or with "should": "that X host", "that X should meet" (the
    tagger often calls the base form a present: "that the Ministry host")."""
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if any(s.tag_ == "PRP" for s in subjects):
        return False  # ("proposed that she meet Y", "we call on Y": one's own plan or words, not asked of another)
    # (a present with a plural subject is no base form: "suggest that A and B meet regularly")
    plural = any(s.tag_ in {"NNS", "NNPS"} or any(x.dep_ == "conj" for x in s.children) for s in subjects)
    return (verb.tag_ == "VB" or verb.tag_ == "VBP" and not plural) and verb.lower_ == verb.lemma_.lower() and not auxes \
        or any(c.lower_ == "should" for c in auxes)


def _time_words(phrase) -> list:
    """The words of a time phrase; for a preposition the parser left without its object ("On Friday
    Pope Leo travels", "Friday" read as part of the name), the word after it too."""
    words = list(phrase.subtree)
    if phrase.dep_ == "prep" and len(words) == 1 and phrase.i + 1 < len(phrase.doc):
        words.append(phrase.doc[phrase.i + 1])
    return words
