"""Who travelled with a traveller: "X arrived in Riyadh. He was accompanied by A, B and C" — A, B and C
came to Riyadh too.

The travel facts are read first (frames); this pass copies a traveller's visits of the same sentence, or
else of the main clause of the sentence before, to the people the text says accompanied them, with the
accompanying sentence as evidence. Not a visit the text denies, nor one of another time ("will fly to Y.
Last year he was accompanied by Z"; a future trip and a past companion), nor to a host who escorted the
guest ("greeted by Governor Z ... accompanied by the governor").
"""
from __future__ import annotations

from dataclasses import replace

from kg.extract import lexicon as lx
from kg.extract.arguments import Arguments, agent, is_passive, passive_subject_tokens, subject_tokens
from kg.extract.coref import sentence_starts
from kg.model import Fact, Span

#: who can travel with someone (a firm's representatives are at most implied)
_TRAVELLERS = frozenset({"Person"})
_AHEAD = frozenset({"planned", "hypothetical"})


def _companions(args: Arguments, verb) -> tuple[list[int], list[int]]:
    """(travellers, companions) of "X was accompanied by A and B" / "X, accompanied by A, ..."."""
    by = agent(verb)
    if by is None:
        return [], []
    companions = [c for c, _ in args.of(by) if args.clusters[c].type in _TRAVELLERS]
    # ("X arrived in Y accompanied by A": the participle on the traveller's own verb; "X will visit the base
    # accompanied by A": hung on the place visited)
    told = subject_tokens(_verb_of(verb)) if _on_the_place(verb) else \
        passive_subject_tokens(verb) if is_passive(verb) else subject_tokens(verb.head)
    travellers = [c for t in told for c, _ in args.of(t, conjuncts=False) if args.clusters[c].type in _TRAVELLERS]
    return travellers, [c for c in companions if c not in travellers]


def _on_the_place(verb) -> bool:
    """Whether "accompanied by" was hung on the object of the traveller's verb: "will visit the Lajes Air Base
    accompanied by the Minister" (the parser's reduced relative of the base)."""
    return verb.dep_ == "acl" and verb.head.dep_ == "dobj" and verb.head.ent_type_ != "PERSON" \
        and verb.head.head.pos_ == "VERB" and verb.head.head.lemma_.lower() in lx.VISIT_VERBS and verb.head.i < verb.i


def _verb_of(verb):
    """The traveller's verb a companions' participle goes with."""
    return verb.head.head if _on_the_place(verb) else verb.head


def _main_clause(doc, fact: Fact) -> bool:
    """Whether a fact was read off its sentence's main clause or the subject's relative clause ("The premier, who
    flew to Riyadh, was received"), not a clause of time or reason ("since he visited Kyiv in 2019")."""
    span = doc.char_span(fact.trigger.start, fact.trigger.end, alignment_mode="expand")
    tok = span.root if span is not None else None
    # (a participle opening the sentence is the main clause's own trip: "Arriving in Hue by helicopter, X inspected ...")
    return tok is not None and not any(t.dep_ in {"pcomp", "pobj"} or t.dep_ == "advcl" and (
        t.tag_ != "VBG" or any(c.dep_ in {"mark", "advmod"} for c in t.children)) for t in [tok, *tok.ancestors])


def add_companions(doc, args: Arguments, facts: dict[tuple, Fact]) -> None:
    """Add to ``facts`` (keyed as extract keys them) the visits of each traveller's companions."""
    for verb in doc:
        if verb.lemma_.lower() != "accompany" or verb.tag_ != "VBN" or not (
                is_passive(verb) or verb.dep_ == "advcl" and verb.head.pos_ == "VERB" and agent(verb) is not None):
            continue
        if any(c.dep_ == "prep" and c.lower_ in {"to", "in", "on"} for c in verb.children):
            continue  # "accompanied by A to Oslo": the frames read where they went
        travellers, companions = _companions(args, verb)
        hosts = {f.subject for f in facts.values() if f.relation == "hosts" and f.object in travellers}
        companions = [c for c in companions if c not in hosts]
        if not travellers or not companions:
            continue
        sent = verb.sent
        first = doc[sentence_starts(doc, verb, 1)].sent.start_char
        ahead = any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ == "to") for c in verb.children)
        # ("will travel to Y, accompanied by A": the participle goes with the main clause's trips, whatever their time;
        # not a trip of a clause of time, "a day after she had visited Rome")
        on_place, own_verb = _on_the_place(verb), _verb_of(verb).idx
        along = not is_passive(verb) or on_place
        # (or the trip of the very verb the participle hangs on: "..., where she will visit Z accompanied by A")
        trips = [f for f in facts.values() if f.relation == "visits" and f.subject in travellers
                 and f.status != "negated" and ((f.status in _AHEAD) == ahead if not along
                                                else _main_clause(doc, f) or f.trigger.start == own_verb)]
        # the trips told in the same sentence ("X, who arrived in Y, was accompanied by"), else in the main clause
        # of the one before ("X flew to Y. He was accompanied by ..."; not "since he visited Z in 2019", nor when the
        # companions' sentence gives a time of its own: "Last year he was accompanied by ...")
        dated = any(t.ent_type_ in {"DATE", "TIME"} for t in verb.subtree if t.i < verb.i) or any(
            c.dep_ in {"npadvmod", "prep"} and any(t.ent_type_ in {"DATE", "TIME"} for t in c.subtree) for c in verb.children)
        # (from the sentence before, the towns and countries of the trip, not each site the traveller stopped at)
        before = [f for f in trips if not dated and first <= f.sentence.start < sent.start_char and _main_clause(doc, f)]
        trips = [f for f in trips if f.sentence.start == sent.start_char] or [
            f for f in before if args.clusters[f.object].type in {"Place", "Country"}] or before
        if on_place:  # (the place the participle hangs on, not the rest of the trip)
            trips = [f for f in trips if f.trigger.start == own_verb]
        where = next((c for c in verb.children if c.dep_ == "advmod" and c.lower_ == "where"), None)
        if where is not None and verb.dep_ in {"relcl", "advcl"}:
            # "toured a camp in Y and later visited Z, where he was accompanied by A": A came to Z only
            head = verb.head
            while head.ent_type_ in {"DATE", "TIME"} and head.dep_ == "pobj":
                head = head.head.head  # "flew to Y on Friday, where ...": the trip the time is of
            there, via = args.coref.token_cluster.get(head.i), head.idx
            stop = [f for f in trips if f.object == there or f.trigger.start == via and there is None]
            trips = stop or trips  # (a stop kg made nothing of, "went straight to the port, where ...": the trip's towns)
        text = sent.text.rstrip()
        for trip in trips:
            for c in companions:
                key = ("visits", c, trip.object, sent.start_char)
                if key in facts:
                    continue
                facts[key] = replace(trip, subject=c, confidence=trip.confidence * 0.85,
                                     sentence=Span(sent.start_char, sent.start_char + len(text), text),
                                     trigger=Span(verb.idx, verb.idx + len(verb.text), verb.text))
