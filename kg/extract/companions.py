"""Who travelled with a traveller: "X arrived in Riyadh. He was accompanied by A, B and C" — A, B and C
came to Riyadh too.

The travel facts are read first (frames); this pass copies a traveller's visits of the same or the
sentence before to the people the text says accompanied them, with the accompanying sentence as
evidence. A visit the text denies is not copied, nor one the companions' sentence sets elsewhere.
"""
from __future__ import annotations

from dataclasses import replace

from kg.extract.arguments import Arguments, agent, is_passive, passive_subject_tokens
from kg.extract.coref import sentence_starts
from kg.model import Fact, Span

#: who can travel with someone
_TRAVELLERS = frozenset({"Person", "Organization"})


def _companions(args: Arguments, verb) -> tuple[list[int], list[int]]:
    """(travellers, companions) of "X was accompanied by A and B" / "X, accompanied by A, ..."."""
    by = agent(verb)
    if by is None:
        return [], []
    companions = [c for c, _ in args.of(by) if args.clusters[c].type in _TRAVELLERS]
    travellers = [c for t in passive_subject_tokens(verb) for c, _ in args.of(t, conjuncts=False)
                  if args.clusters[c].type in _TRAVELLERS]
    return travellers, [c for c in companions if c not in travellers]


def add_companions(doc, args: Arguments, facts: dict[tuple, Fact]) -> None:
    """Add to ``facts`` (keyed as extract keys them) the visits of each traveller's companions."""
    for verb in doc:
        if verb.lemma_.lower() != "accompany" or verb.tag_ != "VBN" or not is_passive(verb):
            continue
        if any(c.dep_ == "prep" and c.lower_ in {"to", "in", "on"} for c in verb.children):
            continue  # "accompanied by A to Oslo": the frames read where they went
        travellers, companions = _companions(args, verb)
        if not travellers or not companions:
            continue
        sent = verb.sent
        first = doc[sentence_starts(doc, verb, 1)].sent.start_char
        trips = [f for f in facts.values() if f.relation == "visits" and f.subject in travellers and f.status != "negated"]
        # the trips told in the same sentence ("X, who arrived in Y, was accompanied by"), else in the one before
        # ("X flew to Y. He was accompanied by ...")
        trips = [f for f in trips if f.sentence.start == sent.start_char] \
            or [f for f in trips if first <= f.sentence.start < sent.start_char]
        text = sent.text.rstrip()
        for trip in trips:
            for c in companions:
                key = ("visits", c, trip.object, sent.start_char)
                if key in facts:
                    continue
                facts[key] = replace(trip, subject=c, confidence=trip.confidence * 0.85,
                                     sentence=Span(sent.start_char, sent.start_char + len(text), text),
                                     trigger=Span(verb.idx, verb.idx + len(verb.text), verb.text))
