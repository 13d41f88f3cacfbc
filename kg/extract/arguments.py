"""From a frame's argument token to the entities it stands for.

One place decides, for every relation alike, what a token in a subject or
object slot names: its own entity; each party of a coordination (appositions
inside coordinations included: "his counterpart, Samia Suluhu Hassan, and the AU
chairman, Moussa Faki"); the person or group a pronoun refers to; who a
delegation stands for; or a name the recogniser missed (a run of proper nouns,
"the Tokyo bourse").
"""
from __future__ import annotations

import re

from kg.extract import lexicon as lx
from kg.extract.coref import (Cluster, Coreference, antecedent, definite_at, expletive, first_name_gender,
                              resolve_role, sentence_starts, short_form_of)
from kg.extract.coref import flattened_pair as _flattened_pair
from kg.extract.mentions import Mention, after_clock, body_name_start, office_title_tokens, role_name
from kg.extract.tokens import (after_title_of_department, child, clause_host, dateline_tokens, event_apposition,
                               event_before_time, event_held_there, event_of_member, gathering_of,
                               governor_of, infinitive, lists_people, pobj, reported_aside, sides_listed, tense_break,
                               title_word, town_of_site)

#: one (cluster index, confidence factor) per entity an argument stands for
Found = list[tuple[int, float]]

#: links from a verb to its grammatical subject
SUBJECTS = lx.SUBJECTS
#: links along which a verb inherits the subject of its head ("expected to attend", "due to meet")
INHERITING = frozenset({"xcomp", "conj", "advcl", "acomp"})
#: nouns whose infinitive belongs to their owner: "plans to visit", "a decision to attend"
PLAN_NOUNS = frozenset({"plan", "decision", "intention", "offer", "bid", "attempt", "effort", "readiness", "willingness", "refusal", "promise", "proposal", "invitation", "chance", "opportunity"})
#: object control: "urged X to meet Y" (X is the subject of meet)
OBJECT_CONTROL = frozenset({"urge", "ask", "invite", "persuade", "press", "tell", "allow", "encourage", "request", "expect",
                            "order", "instruct", "direct", "require", "force", "compel"})


#: verbs of asking whose addressee is a prepositional object, and its prepositions
ADDRESSED_VERBS = {"call": ("on", "upon"), "appeal": ("to",), "plead": ("with",), "prevail": ("on", "upon"),
                   "impress": ("on", "upon"), "argue": ("with",)}

#: what a statement can do in its issuer's name: "the communique called on Y to ..."
SPEAKING_VERBS = frozenset({"call", "urge", "demand", "ask", "press", "appeal", "insist", "request", "recommend",
                            "invite", "welcome", "order", "require", "exhort"})

#: verbs whose object did what "for ...ing" says: "thanked Y for hosting", "criticised Y for visiting"
FOR_DOING = frozenset({"thank", "praise", "congratulate", "commend", "criticise", "criticize", "blame", "accuse",
                       "fault", "condemn", "applaud", "attack", "punish", "fine", "sue", "reward"})


def is_passive(verb) -> bool:
    return any(c.dep_ in lx.PASSIVE_SUBJECTS | {"auxpass"} for c in verb.children) or (
        verb.dep_ == "acl" and verb.tag_ == "VBN" and not _misread_past(verb)) or (  # reduced relative: "a summit hosted by X"
        # "At the talks in Kabul, hosted by X, Y said" (not "Asked by reporters ..., X said": X was asked)
        _participle_after_comma(verb) and any(c.dep_ == "agent" for c in verb.children)) or (
        # "At a working session, chaired by X and attended by Y, Z said", the parser hanging the fronted phrase
        # on the participle
        _fronted_event(verb) is not None and any(c.dep_ == "agent" for c in verb.children)) or (
        verb.dep_ == "conj" and verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children)
        and verb.head.tag_ == "VBN" and is_passive(verb.head)) or _participle_of_object(verb) is not None


def _participle_of_object(verb):
    """The event a participle after a comma describes when the parser coordinated it with the clause's verb: "X and Y
    held talks on Sunday, attended on the Velt side by Z" (the talks); else None."""
    if verb.dep_ != "conj" or not _participle(verb) or not any(c.dep_ == "agent" for c in verb.children) \
            or any(c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass"} for c in verb.children) \
            or verb.left_edge.i == 0 or verb.doc[verb.left_edge.i - 1].text != "," or verb.head.tag_ == "VBN":
        return None
    obj = child(verb.head, "dobj")
    return obj if obj is not None and obj.i < verb.i and obj.lemma_.lower() in lx.EVENT_NOUNS else None


def _fronted_event(verb):
    """The event noun of "At a working session ..., chaired by X" when the parser made the fronted phrase the
    participle's own."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBN":
        return None
    at = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"at", "during"} and c.i < verb.i), None)
    noun = child(at, "pobj") if at is not None else None
    return noun if noun is not None and noun.lemma_.lower() in lx.EVENT_NOUNS else None


def _participle_after_comma(verb) -> bool:
    """A past participle set off by a comma, after a fronted phrase ("At the meeting in Kabul, hosted by X, ...": it
    describes the phrase's noun, not the sentence's subject) or after the clause ("held talks at the House, attended
    on the Velt side by Z"; :func:`_participle`)."""
    return verb.dep_ == "advcl" and _participle(verb) and verb.left_edge.i > 1 \
        and verb.doc[verb.left_edge.i - 1].text == ","


def _participle(verb) -> bool:
    """A past participle, or a past tense with a "by" and no subject or auxiliary of its own (the tagger's misreading
    of a participle: "..., attended on the Velt side by Z")."""
    return verb.tag_ == "VBN" or verb.tag_ == "VBD" and any(c.dep_ == "agent" for c in verb.children) \
        and not any(c.dep_ in SUBJECTS | lx.PASSIVE_SUBJECTS | {"aux", "auxpass"} for c in verb.children)



def _misread_past(verb) -> bool:
    """"X, speaking at a plenary session, called on Beijing to ...": the sentence's past-tense verb, which the parser
    hung on the name as a reduced relative (the name is the root, no "by"), or on the last noun of the name's relative
    clause ("X, who joined the march from Hospital Road, called on Y to ...")."""
    head = verb.head
    if verb.i == 0 or verb.doc[verb.i - 1].text != "," or any(c.dep_ == "agent" or c.lower_ == "by" for c in verb.children):
        return False
    if head.dep_ == "ROOT" and head.pos_ == "PROPN" and head.ent_type_ in lx.NAME_LABELS:
        return True
    if verb.dep_ == "acl" and any(c.dep_ == "dobj" for c in verb.children) and any(
            c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in head.children):
        return True  # "The President of the Republic, X, received on Monday ... his counterpart": an object, so no passive
    # "X, who joined the march from Hospital Road, called on Y to ...": hung on the relative clause's last noun
    clause = next((a for a in head.ancestors if a.dep_ == "relcl"), None)
    return verb.dep_ == "acl" and clause is not None and head.i > clause.i and clause.head.pos_ == "PROPN" \
        and clause.head.ent_type_ in lx.NAME_LABELS and clause.head.dep_ == "ROOT"


def agent(verb):
    """The doer of a passive: "by X"."""
    for c in verb.children:
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by"):
            obj = child(c, "pobj")
            if obj is not None:
                return obj
            if verb.dep_ in {"advcl", "acl"} and c.i + 1 < len(verb.doc):
                # "At the talks, hosted by X, Y said": the parser made X the sentence's subject, Y its apposition
                subj = next((s for s in verb.doc[c.i + 1:c.i + 12] if s.dep_ in SUBJECTS and s.left_edge.i == c.i + 1), None)
                if subj is not None and _agent_read_as_subject(subj) is not None:
                    return subj
    if is_passive(verb):
        # "was received at the airport by X": the parser hung "by X" on the place
        for p in verb.children:
            where = child(p, "pobj") if p.dep_ == "prep" and p.lower_ in {"at", "in", "on"} else None
            if where is not None and where.ent_type_ not in {"GPE", "LOC", "FAC"} \
                    and where.lemma_.lower() not in lx.SITE_NOUNS | lx.EVENT_NOUNS | {"side"}:
                continue  # (not "welcomed in a video message by X"; but "endorsed at the hearing by X")
            by = next((c for c in where.children if c.dep_ == "prep" and c.lower_ == "by"), None) if where is not None else None
            if by is not None and (obj := child(by, "pobj")) is not None and obj.ent_type_ == "PERSON":
                return obj
    return None


def agents(verb) -> list:
    """Every doer of a passive: "attended by A and by B" (the second "by" a conjunct of the first), "attended on one
    side by A and on the other by B"."""
    first = agent(verb)
    if first is None:
        return []
    more = [o for c in verb.children if c.dep_ == "agent" for x in c.conjuncts
            if x.dep_ == "conj" and x.lower_ == "by" and (o := child(x, "pobj")) is not None]
    # "attended on the Kuwaiti side by A and on the Iraqi side by B": the second "by" inside the conjoined phrase, or a
    # second agent of the verb
    more += [o for c in verb.children if c.dep_ == "agent" and (o := child(c, "pobj")) is not None and o is not first]
    more += [o for c in verb.children if c.dep_ == "agent" for x in c.conjuncts
             if x.dep_ == "conj" and x.pos_ == "ADP" and x.lower_ != "by" and (side := child(x, "pobj")) is not None
             and (by := child(side, "prep", text="by")) is not None and (o := child(by, "pobj")) is not None]
    return [first, *more]


def _agent_read_as_subject(subj):
    """The apposition that is the real subject when ``subj`` is the agent of a fronted participle the
    parser left empty: "At the talks, hosted by X, Mr Y called on Z" (X is subj, "Mr Y" its apposition)."""
    doc = subj.doc
    by = subj.left_edge.i - 1
    if by < 1 or doc[by].lower_ != "by" or doc[by].dep_ != "agent" or child(doc[by], "pobj") is not None:
        return None
    participle = doc[by].head
    if participle.dep_ not in {"advcl", "acl"} or subj.head not in participle.ancestors:
        return None
    return next((a for a in subj.children if a.dep_ == "appos" and a.i > subj.i and a.ent_type_ == "PERSON"), None)


def _relative(tok, verb):
    """A relative pronoun stands for the noun its clause hangs on: "X, who met Y"; after a
    description of whose X is, X itself: "X, a top aide to leader Y, who visited ..."."""
    if verb.dep_ == "relcl" and tok.lemma_.lower() in {"government", "administration", "country"} \
            and any(c.dep_ == "poss" and c.lower_ == "whose" for c in tok.children) and verb.head.ent_type_ == "PERSON" \
            and not any(c.lower_ in {"former", "previous", "late", "old"} for c in tok.lefts):
        return verb.head  # "President X, whose government is hosting the summit": X's government, which X stands for
    if tok.tag_ in {"WP", "WDT"} or (tok.lower_ == "that" and verb.dep_ == "relcl"):
        if verb.dep_ != "relcl":
            before = verb.doc[tok.i - 2] if tok.i >= 2 and verb.doc[tok.i - 1].text == "," else None
            if tok.lower_ == "which" and verb.dep_ == "ROOT" and before is not None and before.pos_ == "NOUN" \
                    and before.lemma_.lower() in lx.EVENT_NOUNS and before.head.i < tok.i:
                return before  # "During the meeting, which was attended by Z, X said": the parser's root clause
            return None
        if tok.lower_ == "which" and verb.head.ent_type_ == "PERSON" and verb.head.dep_ == "pobj" \
                and verb.head.head.lower_ == "of":
            return verb.head.head.head  # "bills of Rep. X, which call for ...": "which" is never a person
        head = verb.head
        # (the last of them named in apposition: "A and the Faroese Prime Minister, B, who both flew in, were greeted")
        last = head.head if head.dep_ == "appos" and head.head.dep_ == "conj" and head.head.i < head.i else head
        first = last.head if last.dep_ == "conj" else None
        if tok.lower_ == "who" and first is not None and first.dep_ in lx.SUBJECTS | {"nsubjpass"} and head.i > first.i \
                and verb.i > head.i and verb.left_edge.i > 0 and verb.doc[verb.left_edge.i - 1].text == "," \
                and verb.right_edge.i + 1 < len(verb.doc) and verb.doc[verb.right_edge.i + 1].text == "," \
                and first.head.i > verb.right_edge.i:
            # "A and B, who accompanied the prime minister to Beijing, took part": the clause between the coordinated
            # subject and its verb tells of both
            return first
        return _described(head) if tok.lower_ in {"who", "whom"} else head
    return tok


def _described(noun):
    """The name an apposition describes, when ``noun`` sits inside that description's "to"/"of",
    or is the description ("Kathy Hochul, a Democrat who flew to Washington")."""
    if noun.dep_ == "appos" and noun.head.pos_ == "PROPN" and noun.ent_type_ in {"", "NORP"} \
            and any(d.dep_ == "det" and d.lower_ in {"a", "an"} for d in noun.children):
        return noun.head
    t = noun
    for _ in range(3):
        if t.dep_ == "conj":
            t = t.head
        elif t.dep_ == "pobj" and t.head.lower_ in {"to", "of"}:
            t = t.head.head
        else:
            break
        if t.dep_ == "appos" and t.pos_ == "NOUN" and t.head.pos_ == "PROPN":
            return t.head
    return noun


def _ordinal(noun) -> str | None:
    """The number an event's name gives it: "the 41st Meeting" -> "41st"."""
    return next((t.lower_ for t in noun.lefts if t.dep_ in {"amod", "nummod"} and lx.ORDINAL.fullmatch(t.lower_)), None)


def _counted(noun) -> set[str]:
    """The words that count or point at a plural noun: "the two leaders" -> {"the", "two"}."""
    return {c.lower_ for c in noun.children if c.dep_ in {"nummod", "det", "predet", "amod"}}


def _final_one(noun) -> bool:
    """"attending his last summit": his final one, the one going on (not "at their last summit": the one before)."""
    return any(c.dep_ == "poss" and c.lower_ in {"his", "her"} for c in noun.children) \
        and noun.dep_ == "dobj" and noun.head.tag_ == "VBG"


def _text_before(verb):
    """The letter or resolution a participle after a comma describes: the object of the verb it hangs on, or the
    noun it hangs on ("adopted a resolution calling on Y")."""
    text = verb.head if verb.dep_ == "acl" else child(verb.head, "dobj")
    if text is None or text.i > verb.i or text.pos_ != "NOUN" or text.lemma_.lower() not in lx.ISSUED_TEXTS:
        return None
    return text


def _emphatic(subj):
    """"X, himself a former union chief, met Y": the name before the reflexive, which the parser left as a
    modifier and made "himself" the subject."""
    if subj.lower_ not in {"himself", "herself", "itself", "themselves"} or subj.i < 2 or subj.doc[subj.i - 1].text != ",":
        return None
    name = subj.doc[subj.i - 2]
    return name if name.pos_ in {"PROPN", "NOUN"} and (name.ent_type_ or name.pos_ == "PROPN") else None


def subject_tokens(verb) -> list:
    """Grammatical subjects, inherited along xcomp/conj/advcl/acomp and from relative clauses."""
    found = [c for c in verb.children if c.dep_ in SUBJECTS]
    if len(found) > 1:  # "Santo Domingo.- President X received Y": the dateline read as a second subject (the names the
        # parser joined to it stay: "LIMA - Secretary X and Vice Premier Y opened talks")
        filed = dateline_tokens(verb.doc)
        found = [g for f in found for g in ([f] if f.i not in filed else [c for c in f.conjuncts if c.i not in filed])] or found
    found = [_agent_read_as_subject(f) or _emphatic(f) or f for f in found]
    if found:
        out = [t for t in (_relative(f, verb) for f in found) if t is not None]
        if verb.dep_ == "relcl" and any(f.tag_ in {"WP", "WDT"} for f in found):
            among = _among(verb.head)  # "X and Y were among the premiers who attended": X and Y did
            if among:
                return among
        return out
    if verb.dep_ == "ROOT":
        return _participle_doer(verb) or _subject_in_aside(verb) or _surface_subject(verb)
    if verb.dep_ == "advcl" and verb.tag_ in {"VBZ", "VBD", "VBP"} and verb.i > 0 \
            and (name := verb.doc[verb.i - 1]).dep_ == "compound" and name.head.i == verb.i and name.pos_ == "PROPN" \
            and any(c.dep_ == "mark" for c in verb.children):
        return [name]  # "before Ms Y leaves for Lima", the parser hanging the name on the verb as a compound
    if verb.dep_ in {"advcl", "acl"} and verb.tag_ == "VBG" and (text := _text_before(verb)) is not None:
        # "follows a letter from X, which holds 6%, calling on the board to ...": the letter's author calls
        author = pobj(text, "from", "by") or child(text, "poss")
        if author is not None:
            return [author]
    if verb.dep_ in {"xcomp", "advcl"} and infinitive(verb) \
            and verb.head.lemma_.lower() in ADDRESSED_VERBS:
        # "called on FIFA to open talks", "appealed to Y to", "pleaded with Y to": the one asked is to do it
        asked = pobj(verb.head, *ADDRESSED_VERBS[verb.head.lemma_.lower()], times=False)
        if asked is not None and asked.i < verb.i:
            return [asked]
    if verb.dep_ == "xcomp":
        obj = child(verb.head, "dobj")
        if obj is not None and verb.head.lemma_.lower() in OBJECT_CONTROL:
            return [obj]
        passive = [c for c in verb.head.children if c.dep_ in lx.PASSIVE_SUBJECTS]
        return [t for t in (_relative(p, verb.head) for p in passive) if t is not None] or subject_tokens(verb.head)
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > 0 and verb.doc[verb.left_edge.i - 1].text == "," \
            and verb.head.dep_ == "xcomp" and infinitive(verb.head) and verb.head.head.pos_ in {"VERB", "AUX"}:
        # "X urged Europe to build an army, telling delegates ...": X tells, not the one urged
        return subject_tokens(verb.head.head)
    if verb.dep_ == "acl" and infinitive(verb) and verb.head.lemma_.lower() == "invitation":
        # "Reagan's invitation to Gorbachev to visit the United States": the one invited goes; "conveyed an invitation
        # to visit Ankara": not whoever passes it on; "accepted an invitation to visit": the one who accepted
        invitation = verb.head
        giver = governor_of(invitation)  # ("together with an invitation")
        invited = pobj(invitation, "to", "for") or (pobj(giver, "to") or child(giver, "dative")
                                                    if giver.lemma_.lower() in lx.INVITATION_GIVING else None)
        if invited is not None and invited.i < verb.i:
            return [invited]
        if giver.lemma_.lower() in lx.INVITATION_TAKING | lx.INVITATION_DECLINING:
            return subject_tokens(giver)  # "accepted (declined) President Y's invitation to visit": the one who accepted
        if giver.lemma_.lower() in lx.INVITATION_GIVING or child(invitation, "poss") is not None:
            return []
    if verb.dep_ in INHERITING and verb.head.i != verb.i:
        if verb.head.ent_type_ in lx.NAME_LABELS and verb.head.pos_ in {"VERB", "AUX"}:
            return _surface_subject(verb)  # the "verb" it hangs on is a name the parser misread
        head = clause_host(verb) or verb.head
        fronted = _fronted_report(verb, head)
        if fronted is not None and (told := subject_tokens(fronted) or [c for c in fronted.children if c.dep_ in lx.PASSIVE_SUBJECTS]):
            return told  # "X is not scheduled to visit Y, a spokesman said, but will speak with Z": X speaks
        inherited = subject_tokens(head) or _participle_doer(verb)
        sayer = _reporting_verb(head) if verb.dep_ == "conj" else None
        if sayer is not None and sayer.i < head.i and (all(_no_doer(t) for t in inherited) or tense_break(verb)):
            # "X said the reports were true and urged Y to act": the parser hung the second verb on
            # the reported clause, whose subject is a thing; the one who said it urged (not when
            # the sayer comes after: "..., but will ask Y to attend, a spokesman said")
            return subject_tokens(sayer) or inherited
        if not inherited and verb.dep_ == "advcl" and _finite(verb):
            return _surface_subject(verb)
        return inherited
    if verb.dep_ == "acl" and verb.tag_ == "VB" and verb.head.dep_ in {"dobj", "pobj", "attr", "nsubj"} \
            and verb.head.lemma_.lower() in PLAN_NOUNS:
        # "gave up plans to visit Y", "his decision to attend": the planner's subject
        plan = verb.head
        owner = child(plan, "poss")
        if owner is not None:
            return [owner]
        governor = governor_of(plan)
        return subject_tokens(governor) if governor.i != plan.i else []
    if verb.dep_ in {"relcl", "acl"}:  # "leaders attending the summit"
        holder = verb.head
        if verb.dep_ == "acl" and (verb.tag_ == "VBD" or _misread_past(verb)) and verb.i > 0 \
                and verb.doc[verb.i - 1].text == "," \
                and (clause := next((a for a in holder.ancestors if a.dep_ == "relcl"), None)) is not None \
                and holder.i > clause.i:
            # "X, who addressed the crowd, called on Y": a past verb after a relative clause is the antecedent's
            # (the parser hung it on the clause's last noun)
            return [clause.head]
        if verb.dep_ == "acl" and (among := _among(holder)):
            # "X and Y were among those attending the summit", "... among representatives of 100
            # countries attending the gathering", "X is one of the few leaders attending": X did
            return among
        return [holder]
    if verb.dep_ == "pcomp" and verb.head.lower_ == "for" and verb.head.head.lemma_.lower() in FOR_DOING:
        # "Zelensky thanked Starmer for hosting the meeting": the one thanked did it
        obj = child(verb.head.head, "dobj")
        if obj is not None:
            return [obj]
    if verb.dep_ == "pcomp":  # "after meeting X": the subject of the clause the prep hangs on
        host = verb.head.head
        if host.i == verb.head.i:
            return []
        found = subject_tokens(host)
        sayer = _reporting_verb(host)
        if sayer is not None and sayer.i < host.i and found and all(t.dep_ == "expl" or t.lower_ == "it" and expletive(t) for t in found):
            # "X said that after meeting Y, it was clear ...": the one who said it met Y (a person; a
            # newspaper that reports it met no one)
            said = [t for t in subject_tokens(sayer) if t.ent_type_ == "PERSON" or t.lower_ in {"he", "she"}]
            return said or found
        return found
    return []


def _place_after(doc, i: int) -> str | None:
    """"in Bremen" right after token i, a place the parser hung elsewhere ("the Airbus site in Bremen",
    "called for reconstruction in Gaza to begin"): the preposition and the place's words, else None."""
    after = doc[i + 1] if i + 1 < len(doc) else None
    if after is None or after.dep_ != "prep" or after.lower_ not in {"in", "on", "for"}:
        return None
    place = child(after, "pobj")
    if place is None or place.ent_type_ not in {"GPE", "LOC"}:
        return None
    return f"{after.text} {doc[place.left_edge.i:place.i + 1].text}"


def _entity_text(tok) -> str:
    """The text of the named-entity span a token is in ("South Korean" for "Korean"), else the token's."""
    if not tok.ent_type_:
        return tok.text
    doc, start, end = tok.doc, tok.i, tok.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end].text


def _talking(verb) -> bool:
    """A verb (or the one it is the subject's part of) of meeting or talking: "are due to meet",
    "resumed talks", "negotiated"."""
    verbs = [verb]
    for _ in range(2):  # "are due to meet": through the adjective and its infinitive
        verbs += [c for v in verbs for c in v.children if c.dep_ in {"xcomp", "acomp"} and c not in verbs]
    return any(v.lemma_.lower() in {"meet", "negotiate", "talk", "bargain"} for v in verbs) or any(
        c.dep_ == "dobj" and c.lemma_.lower() in {"talk", "talks", "negotiation", "negotiations"} for v in verbs for c in v.children)


#: words for some of a list: "X is one of the leaders attending"
_ONE_OF = frozenset({"one", "two", "three", "some", "several", "each"})


def _among(holder) -> list:
    """The subjects of "X and Y were among <holder>" or "X is one of <holder>", climbing "of"-phrases
    ("among representatives of 100 countries"); [] when the holder is not in such a list."""
    for _ in range(3):
        if holder.dep_ != "pobj":
            break
        prep, up = holder.head, holder.head.head
        if prep.lower_ == "among" and up.pos_ in {"AUX", "VERB"}:
            return [c for c in up.children if c.dep_ in SUBJECTS]
        if prep.lower_ == "of" and up.lower_ in _ONE_OF and up.dep_ == "attr" and up.head.lemma_ == "be":
            return [c for c in up.head.children if c.dep_ in SUBJECTS]
        if prep.lower_ != "of" or up.pos_ not in {"NOUN", "PRON"}:
            break
        holder = up
    return []


def _fronted_report(verb, head):
    """The report put before its sayer ("X is not scheduled to visit Y, a spokesman said, but will speak with Z") whose
    subject the verb coordinated after the sayer takes: only when the sayer is a common noun ("a spokesman",
    "officials") and the verb has a modal of its own or is in the present ("but will speak", "but is expected to");
    not "X will go, Tom Reed said, and then flew", nor "..., the newspaper reported, and urged Y" (the sayer's)."""
    if verb.dep_ != "conj" or head.lemma_.lower() not in lx.REPORTING_VERBS or head.i >= verb.i:
        return None
    sayers = [c for c in head.children if c.dep_ in SUBJECTS]
    if not sayers or any(t.pos_ != "NOUN" for t in sayers):
        return None
    if not (any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children) or verb.tag_ in {"VBZ", "VBP"}):
        return None
    return next((c for c in head.children if c.dep_ == "ccomp" and c.i < head.i), None)


def _reporting_verb(clause):
    """The verb of saying a clause is reported by: "X said (that) ...", and "X told a press
    conference that ...", which the parser reads as a relative clause on the conference."""
    if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in lx.REPORTING_VERBS:
        return clause.head
    if clause.dep_ == "relcl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children) \
            and clause.head.dep_ in lx.OBJECTS and clause.head.head.lemma_.lower() in lx.REPORTING_VERBS:
        return clause.head.head
    return None


def _finite(verb) -> bool:
    return verb.tag_ in {"VBD", "VBZ", "VBP"} or any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


#: what may stand between a subject and its verb: "X also", "X last night", "X on Monday"
_BETWEEN = frozenset({"AUX", "ADV", "PART"})


def _no_doer(tok) -> bool:
    """A common noun for a thing, not for people or a body: "the reports", "the accord"."""
    lemma = tok.lemma_.lower()
    return tok.pos_ == "NOUN" and not tok.ent_type_ and lemma not in lx.DELEGATION_NOUNS | lx.ROLE_NOUNS \
        | lx.ORGANIZATION_NOUNS | lx.PERSON_ROLES | lx.COUNTRY_PLURALS | lx.COMPANY_NOUNS | lx.GOVERNMENT_NOUNS \
        and lemma not in lx.PERSON_NOUNS


def _in_subject(tok) -> bool:
    """Whether tok is its clause's subject or inside it: "the government had asked", "a spokesman for the government
    called on ..."."""
    t = tok
    while t.pos_ not in {"VERB", "AUX"} and t.head.i != t.i:
        if t.dep_ in SUBJECTS:
            return True
        t = t.head
    return t.dep_ in SUBJECTS


def _trip_to(tok) -> bool:
    """Whether tok is where a trip goes: "a visit to the country", "his official visit to the kingdom"."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lemma_.lower() in lx.TRIP_NOUNS


def _participle_doer(verb) -> list:
    """"Addressing the summit, the chairperson, X, called on Y" parsed with the participle as the
    root and the main clause's subject hung on it: the one the finite verb after the comma is said of."""
    if verb.tag_ != "VBG" or verb.i != verb.sent.start:
        return []

    def said_of(c) -> bool:
        return c.pos_ in {"NOUN", "PROPN"} and c.i > verb.i and any(p.is_punct for p in verb.doc[verb.i:c.i]) \
            and any(a.dep_ in {"acl", "relcl"} and a.tag_ in {"VBD", "VBZ", "VBP"} and a.i > c.i for a in c.children)

    if verb.dep_ == "advcl":  # the same with the noun as the root: "Addressing the summit, the chair, X, called"
        return [verb.head] if said_of(verb.head) else []
    return [c for c in verb.children if c.dep_ in {"npadvmod", "appos", "dobj"} and said_of(c)][:1]


def _subject_in_aside(verb) -> list:
    """"Xi, state broadcaster CCTV reported, urged Islamabad to ...": the subject the parser gave the aside."""
    aside = reported_aside(verb)
    return [child(aside[0], *SUBJECTS)] if aside is not None and aside[0].dep_ == "parataxis" else []


def _surface_subject(verb) -> list:
    """The parser lost a finite verb's subject: the name right before the verb, past adverbs,
    times and a common-noun conjunct ("After talks with Mr Ruto, Mr Ramaphosa said ...";
    "the governor X and other governors last night called on Y", where the parser took
    the first name for a verb)."""
    doc, start = verb.doc, verb.sent.start
    dated = next((t for t in doc[start:verb.i] if t.dep_ == "appos" and t.head.ent_type_ in {"DATE", "TIME"}
                  and t.head.i < t.i and t.pos_ == "PROPN" and t.ent_type_ in lx.NAME_LABELS), None)
    if dated is not None and not any(c.dep_ in lx.SUBJECTS for c in verb.children):
        return [dated]  # "Earlier on Tuesday, Lula, together with X, attended ...": the name hung on the date
    i = verb.i - 1
    while i >= start and (doc[i].pos_ in _BETWEEN or doc[i].ent_type_ in {"DATE", "TIME"}
                          or (doc[i].lower_ == "on" and doc[i + 1].ent_type_ == "DATE")):
        i -= 1
    if i > start and doc[i].text == "," and doc[i - 1].dep_ == "appos" and doc[i - 1].pos_ == "PROPN":
        i -= 1  # "The President of the Committee, Anna Lind, today concluded ...": the name that closes an apposition
    j = i
    while j >= start and doc[j].pos_ in {"NOUN", "ADJ"} and not doc[j].ent_type_:
        j -= 1
    if j < i and j >= start and doc[j].lower_ == "and":  # "X and other governors"
        i = j - 1
    if i >= start and doc[i].pos_ == "PROPN" and doc[i].ent_type_ in lx.NAME_LABELS:
        return [doc[i]]
    return []


def _phrase_of(whose) -> str:
    """The words of whose gathering it is, without clauses, appositions, other phrases or brackets: "the Group of
    Seven", "EU agriculture ministers", "Kenyan and Ugandan officials", "Kenya's National Security Council"."""
    doc = whose.doc
    name = next((e for e in doc.ents if e.start <= whose.i < e.end), None)  # ("the General Agreement on Tariffs and Trade")
    skip = {t.i for c in whose.subtree if c.i != whose.i and (c.dep_ in {"relcl", "acl", "appos", "punct", "advmod"}
                                                             or c.dep_ == "prep" and c.lower_ != "of") for t in c.subtree
            if name is None or not name.start <= t.i < name.end}
    inside = [i for i in range(whose.left_edge.i, whose.right_edge.i + 1) if doc[i].text == "("]
    for i in inside:  # "the Group of Seven (G-7) finance ministers": without the bracket
        skip |= set(range(i, next((j for j in range(i, whose.right_edge.i + 1) if doc[j].text == ")"), i) + 1))
    words = "".join(t.text_with_ws for t in whose.subtree if t.i not in skip and not (t.dep_ == "cc" and t.i == whose.right_edge.i))
    return " ".join(words.split())


def _held_before(verb):
    """The event held, for a participle after a comma that the parser hung on "held" or on the date after it: "The
    assembly will be held in Honiara, hosted by Y" (the assembly), "held its assembly on 18 April, hosted by Y"."""
    if verb.left_edge.i == 0 or verb.doc[verb.left_edge.i - 1].text != "," or not _participle(verb):
        return None
    head = verb.head
    if verb.dep_ == "acl" and head.ent_type_ in {"DATE", "TIME"} and head.dep_ == "pobj":
        head = head.head.head
    if verb.dep_ == "acl" and head.i == verb.head.i:
        return None
    if head.lemma_.lower() == "hold":
        held = child(head, *lx.PASSIVE_SUBJECTS) if is_passive(head) else child(head, "dobj")
    elif head.lemma_.lower() in {"take", "participate", "attend", "join"} and not is_passive(head):
        # "took part in the climate assembly in Y on Wednesday, hosted by Z", "attended the summit, hosted by Z"
        held = child(head, "dobj")
        if held is None or held.lower_ == "part":
            held = (pobj(held, "in") if held is not None else None) or pobj(head, "in")
    else:
        return None
    return held if held is not None and held.i < verb.i and held.lemma_.lower() in lx.EVENT_NOUNS else None


def passive_subject_tokens(verb) -> list:
    """What a passive verb is about: "Y was hosted", "Y, who was received", "a summit hosted"."""
    found = [c for c in verb.children if c.dep_ in lx.PASSIVE_SUBJECTS]
    if found:  # ("the forum on Thursday, which will be attended by Y": the forum, not its day; "a dinner at the
        # Guest House, which was attended by Y": the dinner, not the house)
        told = [event_before_time(t) for t in (_relative(f, verb) for f in found) if t is not None]
        if verb.lemma_.lower() == "attend" and any(f.tag_ == "WDT" for f in found):
            told = [event_held_there(t) for t in told]
        return told
    if verb.dep_ in {"acl", "advcl"} and (held := _held_before(verb)) is not None:
        return [held]  # "The assembly will be held in Honiara, hosted by Y", "held its assembly on 18 April, hosted by Y"
    if verb.dep_ in {"acl", "relcl"}:
        holder = verb.head
        if verb.dep_ == "acl" and not holder.ent_type_ and holder.pos_ == "NOUN" and holder.dep_ == "pobj" \
                and (meeting := event_of_member(holder)) is not None:
            return [meeting]  # "a meeting of the ministers hosted by X": the meeting was
        if verb.dep_ == "acl" and holder.dep_ == "pobj" and holder.head.lower_ in {"in", "at"} \
                and holder.head.head.pos_ == "NOUN" and holder.head.head.lemma_.lower() in lx.EVENT_NOUNS \
                and (holder.ent_type_ in {"FAC", "GPE", "LOC", "ORG"} or holder.lemma_.lower() in lx.SITE_NOUNS | lx.SITES_IN_TOWNS
                     | lx.ROOMS):
            return [holder.head.head]  # "a signing ceremony in the Great Hall hosted by X": the ceremony was, not the hall
        if verb.dep_ == "acl" and holder.dep_ == "pobj" and holder.head.lower_ in {"on", "about"} and not holder.ent_type_ \
                and holder.lemma_.lower() not in lx.EVENT_NOUNS and holder.head.head.pos_ == "NOUN" \
                and holder.head.head.lemma_.lower() in lx.EVENT_NOUNS:
            return [holder.head.head]  # "a conference on judicial independence organised by X": the conference was
        glossed = event_apposition(holder, verb.i) if holder.ent_type_ == "PERSON" else None
        if glossed is not None:
            return [glossed]  # "to co-chair, with Mr Y, a forum on Thursday, organised by Z": the forum was
        town = holder.ent_type_ in {"GPE", "LOC"} or any(c.dep_ == "relcl" and any(w.lower_ == "where" for w in c.lefts)
                                                         for c in holder.children)
        event = next((t for t in reversed(verb.doc[holder.i + 1:verb.i])
                      if t.pos_ == "NOUN" and t.lemma_.lower() in lx.EVENT_NOUNS), None) if town else None
        if event is not None:
            # "for Gaborone, where she will attend a summit ..., to be hosted by Y", the clause hung on the town: the
            # summit (a town is hosted by no one)
            return [event]
        return [holder]
    if verb.dep_ == "advcl" and verb.left_edge.i > 0 and verb.doc[verb.left_edge.i - 1].text == "," \
            and verb.left_edge.lower_ == "to" and (obj := child(verb.head, "dobj")) is not None \
            and obj.lemma_.lower() in lx.EVENT_NOUNS and obj.i < verb.i:
        return [obj]  # "to attend an emergency summit, to be hosted by Egypt on Tuesday": the summit is
    if (obj := _participle_of_object(verb)) is not None:
        return [obj]  # "X and Y held talks, attended on the Velt side by Z": the talks
    if verb.dep_ == "conj":  # "X attended the summit and was hosted for lunch by Y": X
        return passive_subject_tokens(verb.head) if is_passive(verb.head) else subject_tokens(verb.head)
    if verb.dep_ == "xcomp" and any(c.dep_ == "auxpass" for c in verb.children) \
            and verb.head.lemma_.lower() in lx.RAISING_VERBS and child(verb.head, "dobj") is None:
        # "The next meeting is scheduled (due, expected) to be hosted by Y": the raised subject of the verb above (not
        # "asked Y to be hosted by Z", "wants to be received by Z")
        raised = [c for c in verb.head.children if c.dep_ in lx.PASSIVE_SUBJECTS | {"nsubj"}]
        if raised:
            return raised
    if (fronted := _fronted_event(verb)) is not None and not found:
        return [fronted]
    if _participle_after_comma(verb):
        # "At the meeting in Kabul, hosted by X, Y said": the participle describes the fronted phrase's noun
        t = verb.doc[verb.left_edge.i - 2]
        for a in (t, *t.ancestors):
            if a.dep_ == "pobj" and a.head.dep_ == "prep" and a.head.head.i == verb.head.i and a.i < verb.i:
                if a.lemma_.lower() in lx.EVENT_NOUNS and a.ent_type_ not in {"DATE", "TIME"}:  # (not "on 21 March")
                    return [a]
                # "held its congress at the stadium, hosted by Y": the gathering held there
                held = child(verb.head, "dobj")
                return [held] if held is not None and held.lemma_.lower() in lx.EVENT_NOUNS and held.i < a.i else []
    return []


def coagents(verb) -> list:
    """"X, alongside Y and Z, will host" / "X together with Y hosted" / "X co-hosted it with Y": Y and Z; a traveller's
    companions too: "X flew to Perth with Minister Y", "X, accompanied by Y, arrived"."""
    found = []
    travels = verb.lemma_.lower() in lx.TRAVEL_WITH_VERBS
    subjects = subject_tokens(verb)
    if subjects and not any(c.dep_ in lx.SUBJECTS for c in verb.children) and subjects[0].i < verb.i:
        # a subject read off the surface ("Earlier on Tuesday, Lula, together with X, attended"): a "together
        # with" between it and the verb, wherever the parser hung it
        # (not one of another verb between: "The two toured the camp together with X, before holding a meeting")
        found += [o for w in verb.doc[subjects[0].i:verb.i] if w.lower_ == "with" and w.i > 0
                  and w.nbor(-1).lower_ in lx.COAGENT_ADVERBS and (o := child(w, "pobj")) is not None
                  and not any(t.pos_ == "VERB" for t in verb.doc[subjects[0].i:w.i])]
    for holder in [verb, *subjects]:
        for c in holder.children:
            if travels and c.dep_ in {"acl", "advcl"} and c.lemma_.lower() == "accompany" and is_passive(c):
                by = agent(c)
                found += [by] if by is not None else []
            if c.dep_ in {"prep", "advmod"} and c.lower_ in lx.COAGENT_ADVERBS and (w := child(c, "prep", text="with")) is not None:
                c = w  # "X attended the summit, along with Y": the parser hung "with" on "along"
            if c.dep_ != "prep":
                continue
            joint = c.lower_ == "with" and c.i > 0 and c.nbor(-1).lower_ in lx.COAGENT_ADVERBS
            obj = child(c, "pobj")
            if obj is not None and (c.lower_ in lx.COAGENT_PREPS or joint):
                found.append(obj)
            elif obj is not None and holder.i == verb.i and c.lower_ == "with" \
                    and (verb.lower_.startswith("co-") or verb.lemma_.lower() in {"cohost", "cochair", "cosponsor"}):
                found.append(obj)  # "X will co-host the conference with Y", "co-chaired the talks with Y"
            elif obj is not None and travels and holder.i == verb.i and c.lower_ == "with" \
                    and (obj.ent_type_ == "PERSON" or obj.pos_ == "PROPN" and not obj.ent_type_):
                found.append(obj)
    obj = child(verb, "dobj")
    if obj is not None:  # "X led the ceremony alongside Y", the parser hanging "alongside" on the object
        found += [o for c in obj.children if c.dep_ == "prep" and c.lower_ in lx.COAGENT_PREPS and (o := child(c, "pobj")) is not None]
    found += _as_did(verb)
    return found


def _as_did(verb) -> list:
    """"X flew in for the ceremony, as did Y": Y did the same (the clause "as" + "do" with a subject of its own)."""
    # (not "as did Uganda in 2019": another time, another occasion)
    return [s for c in verb.children if c.dep_ == "advcl" and c.lemma_ in {"do", "have", "will"} and c.i > verb.i
            and any(m.dep_ == "mark" and m.lower_ == "as" for m in c.children) and not any(x.dep_ == "neg" for x in c.children)
            and not any(t.ent_type_ == "DATE" and (lx.YEAR.fullmatch(t.text) or t.lower_ in lx.OTHER_TIME_WORDS)
                        for t in c.subtree)
            for s in c.children if s.dep_ in SUBJECTS and s.i > c.i]


def parties(tok) -> list:
    """tok and everyone coordinated with it, appositions inside the coordination included."""
    out, todo, seen = [], [tok], set()
    while todo:
        t = todo.pop(0)
        if t.i in seen:
            continue
        seen.add(t.i)
        out.append(t)
        # an apposition names a description ("his counterpart, Samia Suluhu Hassan"); after a
        # name it is more often a misparsed clause ("with Mr Ruto, Mr Ramaphosa said")
        # ("A and Dutch Climate and Green Growth Minister B": B, not the department the parser made A's conjunct)
        titled = {c.i: p for c in t.children if c.dep_ == "conj" and (p := _titled_after(c) or _named_after_role(t, c)) is not None}
        todo += [c for c in t.children if (c.dep_ == "conj" and not _role_of(t) or (c.dep_ == "appos" and (_listed(t, c) or sides_listed(t, c))))
                 and not _glossed(c) and not _described_as(c) and not _after_relative(t, c) and not _possessor(c)
                 and not _second_title(t, c)
                 and not _after_phrase(t, c) and not _party_district(c) and not (c.dep_ == "conj" and _clause_subject_after_agent(c))
                 and c.i not in titled] + list(titled.values())
        if t.ent_type_ == "PERSON":  # "A, president of X, and B, president of Y": B hung on A's office
            todo += [x for a in t.children if a.dep_ == "appos" and a.lemma_.lower() in lx.ROLE_NOUNS
                     for x in a.children if x.dep_ == "conj" and x.ent_type_ == "PERSON"]
        if t.i == tok.i or t.dep_ == "conj":
            todo += _names_hung_on_head(t) + _possessive_list(t) + _people_after_origin(t)
        if t.i == tok.i:
            todo += _possessive_list_before(t)
        if t.dep_ == "conj" and t.head.i not in seen and t.i == tok.i and not _clause_subject_after_agent(t) \
                and not any(c.dep_ == "relcl" for c in t.children):  # "A, B and C, who hosted the lunch": C
            todo += list(t.conjuncts)
        if t.i == tok.i and t.dep_ in lx.SUBJECTS | {"dobj", "pobj"} and (t.ent_type_ == "PERSON" or t.pos_ == "PROPN" and any(
                x.ent_type_ == "PERSON" for x in t.doc[max(t.left_edge.i, t.i - 3):t.i])):  # ("Ursula von der Leyen", "Leyen" a place)
            # (not followed further: the parser's conjunct of that name is a word of tok's own title,
            # "between A and Northern Ireland Chief Constable B")
            flat = [x for x in _flattened_pair(t) if x.i not in seen]
            out += flat
            seen.update(x.i for x in flat)
    whose = min((t.i for t in out if any(c.tag_ == "WP$" for c in t.children)), default=None)
    if whose is not None and any(t.i > whose for t in out):
        # "the maker X, whose chief executive, Y, travelled" parsed as one list of appositions:
        # what comes before "whose" owns the one who acted, who is named after it
        out = [t for t in out if t.i > whose]
    return [t for t in out if not _owner_named_after(t)]


def _owner_named_after(tok) -> bool:
    """"Tesla" and "owner" in "Tesla and X owner Elon Musk did not attend": what the person after
    them owns or does, not parties (the parser coordinated "Tesla" with the role noun)."""
    if tok.ent_type_ == "PERSON":
        return False  # (a person is owned by no one: "received A and B president C" lists two people)
    roles = [c for c in ((tok,) if tok.dep_ == "conj" else tok.children) if c.dep_ == "conj"
             and c.pos_ == "NOUN" and c.lemma_.lower() in lx.PERSON_ROLES | {"owner", "founder"}]
    head = tok.head if tok.dep_ == "conj" else tok
    return any(a.dep_ == "appos" and a.ent_type_ == "PERSON" and a.left_edge.i == r.right_edge.i + 1
               for r in roles for a in head.children)


_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})


def _possessor(tok) -> bool:
    """"Paraguay" in "Argentina's Javier Milei and Paraguay's Santiago Pena", when the parser made
    the possessor the conjunct: whose the next party is, not a party."""
    doc = tok.doc
    after = tok.right_edge.i + 1
    return any(c.dep_ == "case" and c.text in _POSSESSIVE for c in tok.children) \
        and after < len(doc) and doc[after].pos_ == "PROPN"


def _possessive_list(tok) -> list:
    """"Brazil's Lula, Argentina's Milei and Paraguay's Pena": a list of names each after its
    country's possessive, read off the words when the parser hung its members on one another.
    Only a list closed by "and" counts ("met Brazil's Lula, Argentina's President Milei said" is not)."""
    doc = tok.doc
    if not any(c.dep_ == "poss" and c.ent_type_ == "GPE" for left in tok.lefts for c in left.subtree):
        return []
    found, i, closed = [], tok.i + 1, False
    while not closed and i < len(doc) and doc[i].text in {",", "and"}:
        i += 1
        if doc[i - 1].text == "," and i < len(doc) and doc[i].text == "and":
            i += 1
        closed = doc[i - 1].text == "and"
        j = i
        while j < len(doc) and doc[j].pos_ == "PROPN":  # (the recogniser may not call the last one a place)
            j += 1
        if j == i or j + 1 >= len(doc) or doc[j].text not in _POSSESSIVE:
            return []
        k = j + 1
        while k < len(doc) and doc[k].pos_ == "PROPN":
            k += 1
        if k == j + 1:
            return []
        found.append(doc[k - 1])
        i = k
    return found if closed else []


def _possessive_list_before(tok) -> list:
    """"attended by Brazil's Lula and Argentina's Milei" parsed as "[Brazil's Lula and Argentina]'s Milei":
    the names before the last one, each after its country's possessive, read off the words leftwards.
    Only a list whose last two names an "and" joins counts, and only when it starts the phrase."""
    doc = tok.doc

    def run_before(i: int) -> int:  # the first index of the proper-noun run ending just before i
        while i > 0 and doc[i - 1].pos_ == "PROPN" and doc[i - 1].text not in _POSSESSIVE:
            i -= 1
        return i

    def owner_before(i: int) -> int | None:  # "Brazil's" ending just before i: where it starts
        if i < 2 or doc[i - 1].text not in _POSSESSIVE:
            return None
        start = run_before(i - 1)
        owner = doc[start:i - 1]
        return start if len(owner) and all(t.ent_type_ in {"GPE", "NORP"} for t in owner) else None

    if tok.pos_ != "PROPN" or tok.dep_ not in lx.SUBJECTS | {"dobj", "pobj", "conj"}:
        return []
    start = owner_before(run_before(tok.i))
    found, closed = [], False
    while start is not None and start > 0 and doc[start - 1].text in {",", "and"}:
        closed = closed or doc[start - 1].text == "and"
        end = start - 1 - (start >= 2 and doc[start - 1].text == "and" and doc[start - 2].text == ",")
        if end < 1 or doc[end - 1].pos_ != "PROPN":
            return []
        found.append(doc[end - 1])
        start = owner_before(run_before(end))
        if start is None:
            return []
    if not closed or start is None or not found or (start > 0 and doc[start - 1].pos_ == "PROPN"):
        return []
    return found


def _after_relative(head, other) -> bool:
    """"X, who met the co-chairs, A and B, said": names right after a relative clause on the name
    (a comma between, no "and") name the clause's object, not more of the name's side (but "X, who
    arrived on Sunday, and Y met" coordinates)."""
    doc = head.doc
    return any(r.dep_ in {"relcl", "acl"} and r.i < other.i and other.left_edge.i == r.right_edge.i + 2
               and doc[r.right_edge.i + 1].text == "," for r in head.children)


def _names_hung_on_head(tok) -> list:
    """The names of "the co-chairs" in "X, who met the co-chairs, A and B, said", which the parser
    hung on X: those right after tok's phrase."""
    verb = tok.head
    if tok.pos_ != "NOUN" or tok.dep_ not in {"dobj", "pobj"} or verb.dep_ not in {"relcl", "acl"} \
            or tok.i in {c.i for c in tok.children if c.dep_ == "appos"}:
        return []
    after = tok.right_edge.i + 2  # past the comma
    return [a for a in verb.head.children if a.dep_ in {"appos", "conj"} and a.left_edge.i == after and a.pos_ == "PROPN"]


def _people_after_origin(tok) -> list:
    """"A of Sweden and B of Denmark" parsed with B coordinated to Sweden: a person coordinated
    with the country or body a person is "of" is the next person of the list."""
    if tok.ent_type_ != "PERSON" and not (tok.pos_ == "PROPN" and tok.dep_ in {"dobj", "pobj", "nsubj", "conj"}):
        return []
    origins = [o for p in tok.children if p.dep_ == "prep" and p.lower_ in {"of", "from"} for o in p.children
               if o.dep_ == "pobj" and (o.ent_type_ in {"GPE", "NORP", "ORG"} or o.pos_ == "PROPN" and not o.ent_type_)]
    # (a proper noun the recogniser left untagged too: "Premier B of New Brunswick and Premier C of ...")
    # (a full name: "Union of Rationalist Atheists and Agnostics" lists no person)
    return [c for o in origins for c in o.conjuncts if c.i > o.i and c.ent_type_ == "PERSON"
            and any(w.dep_ == "compound" and w.ent_type_ == "PERSON" for w in c.lefts)]


#: the kinds of site one visits or tours, named by the words before them ("a solar power plant", "the protest camp")
VISITED_SITES = lx.SITE_NOUNS | lx.SITE_WORDS | frozenset({"centre", "center", "project", "school", "clinic", "farm",
                                                           "warehouse", "depot", "laboratory", "campus", "yard", "works"})


def _visited(tok) -> bool:
    """Whether a noun is what someone visits or tours: "visited the camp", "toured a plant", "a visit to the site",
    "a tour of the mine"."""
    if tok.dep_ == "dobj":
        return tok.head.lemma_.lower() in lx.VISIT_VERBS
    return tok.dep_ == "pobj" and (tok.head.lower_ == "to" and tok.head.head.lemma_.lower() in {"visit", "trip"}
                                   or tok.head.lower_ == "of" and tok.head.head.lemma_.lower() == "tour")


def _hyphened(tok) -> bool:
    """Whether a token is part of a hyphenated word: the hyphen, or a word written right against one."""
    doc = tok.doc
    return tok.text == "-" or tok.i > 0 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_ \
        or tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-" and not tok.whitespace_


def _joined(tokens) -> str:
    """Tokens as words: as the text writes them where they follow each other, else with a space between."""
    out = ""
    for n, t in enumerate(tokens):
        if n:
            before = tokens[n - 1]
            out += before.whitespace_ if t.i == before.i + 1 else " "
        out += t.text
    return out.strip()


def _places_on(noun, preps, labels):
    """(preposition, name) of each named place a phrase on ``noun`` puts it in: "the rally at Fort Hood"."""
    for p in noun.children:
        where = child(p, "pobj") if p.dep_ == "prep" and p.lower_ in preps else None
        if where is not None and where.ent_type_ in labels:
            words = [t.text for t in where.subtree if t.ent_type_ and t.dep_ != "det"]
            if words:
                yield p.lower_, " ".join(words)


def _described_as(tok) -> bool:
    """A name after "a": a description, not a party ("the House leader and a fellow New Yorker")."""
    return tok.pos_ == "PROPN" and any(d.dep_ == "det" and d.lower_ in {"a", "an"} for d in tok.children)


def _second_title(title, other) -> bool:
    """"New Zealand's Deputy Prime Minister and Minister of Foreign Affairs, Winston Peters": the second title
    is the same person's, named once after both (not "the President and the Prime Minister, X and Y")."""
    names = [a for a in title.children if a.dep_ == "appos" and a.i > other.i and (
        a.ent_type_ == "PERSON" or a.pos_ == "PROPN" and any(t.lower_ in lx.ADDRESS_STYLES for t in a.lefts))]  # ("Rt Hon X")
    return title.lemma_.lower() in lx.ROLE_NOUNS and other.lemma_.lower() in lx.ROLE_NOUNS and other.dep_ == "conj" \
        and not any(t.ent_type_ == "PERSON" for t in other.subtree) \
        and len(names) == 1 and not any(c.dep_ == "conj" for c in names[0].children)


def _role_of(tok) -> bool:
    """A description of whose it is, with no "and": "Y, a top aide to Surinam leader Z" (the
    parser's conjunct Z is whose aide Y is, not another party)."""
    return tok.pos_ == "NOUN" and tok.dep_ == "appos" and not any(c.dep_ == "cc" for c in tok.children) \
        and any(c.dep_ == "prep" and c.lower_ in {"to", "of"} for c in tok.children)


def _glossed(tok) -> bool:
    """A parenthesised gloss, not a party: "Eduardo Campos (Science and Technology)"; nor the
    end of a firm's name read as a coordination: "S.G. Warburg and Co Ltd"."""
    doc = tok.doc
    if tok.dep_ == "conj" and all(t.lower_.strip(".") in lx.NAME_ENDINGS for t in tok.subtree if not t.is_punct):
        return True
    first = next((t.i for t in tok.subtree if not t.is_punct), tok.i)  # (the bracket may be the phrase's own child)
    return any(i > 0 and doc[i - 1].text == "(" for i in {tok.i, tok.left_edge.i, first})


def _holder_of(title) -> set[int]:
    """The tokens that stand for whoever holds the office of ``title`` ("the Mayor of Madrid, X": the title word and X,
    its apposition; "Mayor X": the name it is a compound of)."""
    doc, after = title.doc, title.right_edge.i + 1
    named = set()
    if after + 1 < len(doc) and doc[after].text == "," and doc[after + 1].ent_type_ == "PERSON":
        end = after + 2  # (the name right after the title's comma, wherever the parser hung it)
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        named = set(range(after + 1, end))
    return {title.i, *(a.i for a in title.children if a.dep_ == "appos")} | named \
        | ({title.head.i} if title.dep_ == "compound" else set())


def _visiting(tok) -> bool:
    """"the visiting leaders (minister, dignitary)": a person's role or guest noun with "visiting"."""
    return tok.lemma_.lower() in lx.PERSON_ROLES | lx.ROLE_NOUNS | {"head", "dignitary", "guest"} \
        and any(c.dep_ == "amod" and c.lower_ == "visiting" for c in tok.children)


def _tribute_to(place):
    """Whom the tribute, homage or respects paid at ``place`` is to: "paid tribute to X at his mausoleum", or None."""
    verb = place.head.head if place.dep_ == "pobj" else None
    if verb is None:
        return None
    for noun in (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in lx.TRIBUTE_NOUNS):
        to = pobj(noun, "to") or pobj(verb, "to")
        if to is not None:
            return to
    return None


def _filed_from(doc, dateline: set[int]) -> str:
    """The words of a dateline's place, up to its region, agency or dash."""
    words = []
    for i in sorted(dateline):
        if doc[i].text in {",", "(", ":"} or doc[i].text[-1] in "-\u2013\u2014":
            break
        words.append(doc[i].text)
    return " ".join(words)


#: a country's forces: "Sudan's army", "the Israeli military"
MILITARY_NOUNS = frozenset({"army", "military", "navy", "junta"})


def _hyphen_joins(doc, i: int) -> bool:
    """Whether the token at i is a hyphen joining two capitalised proper nouns with no space ("Willem-Alexander")."""
    return 0 < i < len(doc) - 1 and doc[i].tag_ == "HYPH" and not doc[i].whitespace_ and not doc[i - 1].whitespace_ \
        and doc[i - 1].pos_ == "PROPN" and doc[i + 1].pos_ == "PROPN" and doc[i - 1].text[:1].isupper() and doc[i + 1].text[:1].isupper()


def department_before_name(tok) -> bool:
    """A name that is the department of the title before a person's name: "Foreign Trade" of "Foreign
    Trade Minister Michel Noir", "Commerce" of "Commerce Secretary X" (the person is the party; the
    parser may make it a conjunct: "A and Commerce Secretary B")."""
    return _titled_after(tok) is not None


def _named_after_role(head, role):
    """The person named after a role noun the parser coordinated with ``head``, the name hung on ``head``
    as an apposition: "received FNSEA president A and JA president B" (B, not "president")."""
    if role.pos_ != "NOUN" or role.lemma_.lower() not in lx.PERSON_ROLES | lx.ROLE_NOUNS:
        return None
    return next((a for a in head.children if a.dep_ == "appos" and a.ent_type_ == "PERSON"
                 and a.left_edge.i == role.right_edge.i + 1), None)


def _titled_after(tok):
    """The person named after a department and title that start at tok, or None (see department_before_name)."""
    doc = tok.doc
    if tok.ent_type_ == "PERSON" or not tok.text[:1].isupper():
        return None  # (a person is no department: "A, Secretary of State B and Commerce Secretary C")
    j = tok.i + 1
    # (a department may have an "and" in it: "Dutch Climate and Green Growth Minister X", "Trade and Industry Secretary Y")
    while j < len(doc) and (doc[j].pos_ == "PROPN" and doc[j].ent_type_ != "PERSON" and doc[j].lower_ not in lx.TITLE_WORDS
                            and doc[j].text[:1].isupper()
                            or doc[j].lower_ in {"and", "&"} and j + 1 < len(doc) and doc[j + 1].pos_ == "PROPN"
                            and doc[j + 1].text[:1].isupper() and doc[j + 1].ent_type_ not in {"PERSON", "GPE"}
                            and doc[j + 1].lemma_.lower() not in lx.ROLE_NOUNS
                            and doc[j + 1].lower_ not in {"prime", "vice", "deputy", "acting", "former", "chief"}):
        j += 1
    if j + 2 < len(doc) and doc[j].text == "(" and doc[j + 2].text == ")" and doc[j + 1].text.isupper():
        j += 3  # "National Intelligence Organization (MIT) chief Ibrahim Kalin": the acronym in brackets
    k = j
    # (a title the wire writes in lower case after a body: "MIT chief X", "IMF head Y")
    while k < len(doc) and (doc[k].lower_ in lx.TITLE_WORDS and doc[k].text[:1].isupper()
                            or doc[k].lower_ in {"chief", "head", "boss", "chair", "chairman", "chairwoman"}):
        k += 1
    if not (k > j and k < len(doc) and doc[k].ent_type_ == "PERSON"):
        k = after_title_of_department(tok)
        if k is None:
            return None
    while k + 1 < len(doc) and doc[k + 1].ent_iob_ == "I":
        k += 1
    return doc[k]


def _destination_of_trip(tok) -> bool:
    """Where a trip goes: "flew to Amman", "arrived in Riyadh", "visited Doha"."""
    if tok.dep_ == "pobj" and tok.head.lower_ in {"to", "in"}:
        verb = tok.head.head
    elif tok.dep_ == "dobj":
        verb = tok.head
    else:
        return False
    return verb.pos_ == "VERB" and verb.lemma_.lower() in lx.TRAVEL_WITH_VERBS | {"visit", "reach"}


#: honorifics without their full stop, as a title before a name may be written either way ("Revd", "Rev.")
_HONORIFIC_WORDS = frozenset(h.rstrip(".") for h in lx.HONORIFICS)


def _after_phrase(head, appos) -> bool:
    """An apposition the parser hung on a name across that name's own prepositional phrase: it names
    the phrase's object ("the TUC at the Presidential Villa, Abuja": Abuja is where the villa is)."""
    return appos.dep_ == "appos" and (appos.ent_type_ in {"GPE", "LOC", "FAC"} or appos.ent_iob_ == "I") \
        and any(p.dep_ == "prep" and p.lower_ in {"at", "in", "near", "outside"} and head.i < p.i < appos.i for p in head.children)


def _listed(head, appos) -> bool:
    """Whether an apposition names the same party or the next one of a list.

    After a description it gives the name ("his counterpart, Samia Suluhu Hassan").
    After a name it is either a list ("A (Economy), B (Energy), C") or a misparsed
    clause ("with Mr Ruto, Mr Ramaphosa said"): only a list goes on after it. A
    parenthesis is a gloss ("Eduardo Campos (Science and Technology)"), not a party.
    """
    doc = appos.doc
    first = appos.left_edge.i
    if first > 0 and "(" in {doc[first - 1].text, doc[appos.i - 1].text}:
        return False
    if head.pos_ != "PROPN" or not head.ent_type_:
        return True  # a description, even one the tagger capitalised: "its vice Chairman, Dudley Taft"
    if head.ent_type_ == "PERSON" and appos.lemma_.lower() in lx.ROLE_NOUNS \
            and not any(t.ent_type_ == "PERSON" for t in appos.subtree) \
            and not any(c.dep_ == "conj" and c.right_edge.pos_ == "PROPN" and c.right_edge.ent_type_ not in {"GPE", "LOC", "NORP"}
                        for c in appos.children):
        return False  # "welcomed X, Prime Minister of the Republic of Singapore, at ...": X's office, not a party (but
        # "A, Minister of Foreign Affairs, and Minister of Investment B": the list goes on through it)
    after = appos.right_edge.i + 1
    if appos.ent_type_ == head.ent_type_ == "GPE" and any(c.dep_ == "conj" for c in appos.children):
        return True  # "Egypt, Zambia, Djibouti and Mali would be represented": a list of countries, the rest hung on the second
    if any(c.dep_ == "conj" for c in appos.children) and all(
            (o := pobj(x, "of")) is not None and o.ent_type_ == "GPE" for x in (head, appos)):
        return True  # "Presidents A of Norway, B of Hungary and C of Uruguay": each with a country, the rest hung on the second
    return after >= len(doc) or doc[after].text in {",", ";", "and", "(", ")", "."}


def _clause_subject_after_agent(tok) -> bool:
    """"At the meeting, hosted by X, Y called on Z": the parser made Y a conjunct of the agent X of a
    fronted participle; Y is the subject of the verb right after it, and X no party to that."""
    doc = tok.doc
    first = tok.left_edge.i
    holder = tok.head
    while holder.dep_ == "conj":
        holder = holder.head
    return first > 0 and doc[first - 1].text == "," and holder.dep_ == "pobj" and holder.head.dep_ == "agent" \
        and holder.head.head.dep_ == "advcl" and tok.right_edge.i + 1 < len(doc) \
        and doc[tok.right_edge.i + 1].pos_ in {"VERB", "AUX"}


def _party_district(appos) -> bool:
    """An American legislator's party and district: "State Rep. X, R-Harlan Falls," (a label, not a party
    to what X does)."""
    doc, first = appos.doc, appos.left_edge.i
    return doc[first].text in {"R", "D", "I"} and first + 1 < len(doc) and doc[first + 1].text == "-"


def _indefinite(tok) -> bool:
    """"a Texas state court", "any chief executive": one of a kind, not a particular one."""
    return any(c.dep_ == "det" and c.lower_ in lx.INDEFINITE_DETS for c in tok.children)


def _any_holder(tok) -> bool:
    """"the first visit by a Hong Kong chief executive to Central Asia": whoever held the post,
    not the body or country it is of."""
    if not _indefinite(tok) or tok.dep_ != "pobj":
        return False
    noun = tok.head.head
    return noun.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in {"first", "last", "only"} for c in noun.children)


def _company_noun(noun: str) -> bool:
    """A noun that describes a firm: "miner", "operator", "carmaker", "lender"."""
    return noun in lx.COMPANY_NOUNS or noun.endswith("maker")


def _body_noun(noun: str) -> bool:
    """A noun for an organisation or a firm: "union", "bourse", "operator"."""
    return noun in lx.ORGANIZATION_NOUNS or _company_noun(noun)


def _told_elsewhere(noun) -> bool:
    """Whether an event noun is told of in a "where" clause about another place: "flew in from Johannesburg, where he
    is hosting the G20 summit"."""
    verb = noun.head
    while verb.dep_ in {"xcomp", "conj"} and verb.head.i != verb.i:
        verb = verb.head
    return noun.dep_ in {"dobj", "nsubjpass", "nsubj"} and verb.dep_ == "relcl" \
        and any(c.dep_ == "advmod" and c.lower_ == "where" for c in verb.children) and verb.head.ent_type_ in {"GPE", "LOC"}


def _names_event(modifier) -> bool:
    """A modifier that names an event its own: "the ICO meeting", "the African Union summit"."""
    return modifier.pos_ == "PROPN" or modifier.ent_type_ in {"ORG", "GPE", "NORP"}


class Arguments:
    """Maps argument tokens to entity clusters, the same way for every relation."""

    def __init__(self, doc, coref: Coreference, gaz=None) -> None:
        self.doc = doc
        self.coref = coref
        self.gaz = gaz
        #: tokens of datelines ("PARIS, France –"): where a story was filed, never an argument
        self.dateline = dateline_tokens(doc)
        #: the place the article's first dateline names ("RIO DE JANEIRO" of "RIO DE JANEIRO, Brazil (AFP) -"), or ""
        self.filed_from = _filed_from(doc, self.dateline)
        self._surnames: dict[str, set[int]] | None = None
        self._asking: set[int] = set()  # pronouns being resolved by sent_people (which may come back to them)
        self._plurals_read: set[int] = set()  # plural nouns being resolved (against re-entry)
        self._welcomes_read: set[int] = set()  # welcoming verbs being read for "the two leaders" (against re-entry)
        self._gatherings_made = 0  # main_event has made the events named before this token
        self._names_seen: set[str] | None = None
        # (clusters, tokens resolved) when the descriptions were read, and what they were
        self._described_at: tuple[int, int] | None = None
        self._described: list[tuple[int, int, str]] = []
        #: pairs of entities on one side: a group and whoever leads it ("a delegation headed by X")
        self.same_side: set[frozenset[int]] = set()

    @property
    def clusters(self) -> list[Cluster]:
        return self.coref.clusters

    def of(self, tok, *, conjuncts: bool = True) -> Found:
        """Clusters a token stands for, with a confidence factor (pronouns and guesses cost a little)."""
        if tok is None:
            return []
        out: Found = []
        deferred: Found = []
        for t in (parties(tok) if conjuncts else [tok]):
            if t.i in self.dateline:
                # "PARIS, France – Emmanuel Macron met ...": the parser may make the dateline the
                # subject and the name its apposition
                # ("CEBU, Philippines: ASEAN foreign ministers pressed ...": the ministers stand for ASEAN)
                named = [x for a in t.children if a.dep_ == "appos" and a.i not in self.dateline
                         for x in ([(self.coref.token_cluster[a.i], 1.0)] if a.i in self.coref.token_cluster else self.represented(a))]
                if not named:
                    # "ABU DHABI, 14th January, 2026 (WAM) -- Sheikh X, President of the UAE, today received Y": the name
                    # right after the dateline, which the parser hung somewhere inside it
                    after = t.i + 1
                    while after in self.dateline:  # (the end of the dateline holding t, not of the article's last one)
                        after += 1
                    first = self.doc[after] if after < len(self.doc) else None
                    while first is not None and first.i + 1 < len(self.doc) and first.i not in self.coref.token_cluster \
                            and (first.lower_ in lx.HONORIFICS or first.lemma_.lower() in lx.ROLE_NOUNS):
                        first = self.doc[first.i + 1]  # ("Sheikh", "President")
                    c = self.coref.token_cluster.get(first.i) if first is not None else None
                    if c is not None and first.i in {x.i for x in t.subtree} and first.sent.start == t.sent.start \
                            and self.clusters[c].type in {"Person", "Organization", "Country"}:
                        named = [(c, 1.0)]
                out += named
                continue
            c = self.coref.token_cluster.get(t.i)
            if c is None and t.text in lx.POST_NOMINALS and t.i > 0 and (name := self.doc[t.i - 1]).head.i == t.i \
                    and name.dep_ == "compound" and name.pos_ == "PROPN":
                # "Mr Corrin MHK also met ...": the parser's head is the seat's letters (a person's name before them;
                # not "the Labour MP", whose party is no one)
                out += [(k, f) for k, f in self.of(name, conjuncts=False) if self.clusters[k].type == "Person"]
                continue
            if c is None and t.pos_ == "NOUN" and t.lemma_.lower() in lx.REGION_NOUNS and (named := [
                    (k, 0.9) for m in t.lefts if m.dep_ == "compound" and (k := self.coref.token_cluster.get(m.i)) is not None
                    and self.clusters[k].type in {"Place", "Country"}]):
                out += named[:1]  # "will travel to Terceira island", "in the Kandy district": the place named
                continue
            if c is None and t.lower_ in lx.STATE_TITLES \
                    and (of := pobj(t, "of")) is not None and (k := self.coref.token_cluster.get(of.i)) is not None \
                    and self.clusters[k].type == "Country":
                out += [(k, 1.0)]  # "The State of Qatar hosted ...": the country
                continue
            if c is None and t.tag_ == "NNS" and t.lemma_.lower() in lx.GOVERNMENT_NOUNS and (of := pobj(t, "of")) is not None \
                    and (states := [(k, f) for k, f in self.of(of) if self.clusters[k].type == "Country"]):
                out += states  # "the governments of Kazakhstan, Uzbekistan and Kyrgyzstan": each country
                continue
            if c is None and t.lower_ in lx.HONORIFICS and (named := [a for a in t.children
                                                                     if a.dep_ == "appos" and a.i in self.coref.token_cluster
                                                                     and self.clusters[self.coref.token_cluster[a.i]].type == "Person"]):
                # "His Highness the Amir Sheikh X received ...", "HRH the Crown Prince and the Syrian President held
                # talks": the parser making the holder the style's apposition (with whoever is joined to it)
                out += self.of(named[0]) if conjuncts else [(self.coref.token_cluster[named[0].i], 1.0)]
                continue
            if c is None and t.pos_ in {"NOUN", "PROPN"} and t.lemma_.lower() in lx.ROLE_NOUNS \
                    and (titled := self._titled_in_phrase(t, strict=t.pos_ == "PROPN")):
                out += titled  # "Nigerian minister of mines and power X": X, not Nigeria; "UN High Commissioner for Refugees X"
                continue
            if c is not None and t.pos_ == "PROPN" and self.clusters[c].type == "Organization" \
                    and any(w.lower_ in lx.TITLE_WORDS and w.ent_type_ != "PERSON" for w in self.doc[t.i + 1:t.right_edge.i]) \
                    and (titled := self._titled_in_phrase(t)):
                out += titled  # "Assembly of First Nations National Chief X called on ...": X, the body's chief
                continue
            if c is None and t.pos_ == "NOUN" and t.dep_ == "attr" and t.head.lemma_ == "be" \
                    and t.lemma_.lower() in lx.PERSON_ROLES | {"person", "one"} and not any(
                    x.dep_ == "prep" and x.lower_ == "of" for x in t.children) \
                    and any(a.dep_ in {"acl", "relcl"} and infinitive(a) for a in t.children) \
                    and not any(x.dep_ in {"neg", "mark"} or x.dep_ == "aux" and x.tag_ == "MD" for x in t.head.children) \
                    and (said := [x for x in t.head.children if x.dep_ in SUBJECTS]):
                # "X is the first foreign leader to be hosted by Y": the leader is X (named, not a pronoun:
                # resolving one may come back here)
                named = [c for x in said for c in ([self.coref.token_cluster[x.i]] if x.i in self.coref.token_cluster
                                                   else antecedent(self.doc, x, self.coref) if x.pos_ == "PRON" else [])]
                if named:
                    out += [(c, 1.0) for c in named]
                    continue
            if (c is None or self.clusters[c].type in {"Organization", "Facility"}) and (named := self._named_after_comma(t)) is not None:
                out.append((named, 0.95))  # "was welcomed by the vicar, Samuel Adeyemi", the name hung on the verb
                continue
            if c is None and t.pos_ == "NOUN" and (named := self._name_inside(t)) is not None:
                out.append((named, 1.0))
                continue
            if t.tag_ in {"NN", "NNP"} and (guest := self.visitor(t)) is not None:  # ("the visiting Head of State")
                out.append((guest, 0.95))  # "hosted a dinner for the visiting minister": the one who came, not the last minister
                continue
            if (national := self.national_person(t)) is not None:
                out.append((national, 0.85))  # "the Omani official" after "Oman's Deputy Prime Minister X": X
                continue
            if (holders := self.office_holders(t)):  # (before any name the recogniser made of "Korean Presidents")
                out += holders
            elif c is not None:
                out.append((c, 1.0))
            elif t.lower_ in {"each", "all"} and t.pos_ == "PRON" and (them := pobj(t, "of")) is not None \
                    and them.lower_ in lx.PRONOUNS_PLURAL:
                out += [(a, 0.85) for a in antecedent(self.doc, them, self.coref)]  # "talks with each of them"
            elif t.lower_ in lx.PRONOUNS_ALL and t.pos_ == "PRON" or t.tag_ == "PRP$":
                glossed = [self.coref.token_cluster[c.i] for c in t.children if c.dep_ == "appos" and c.i in self.coref.token_cluster]
                if glossed:  # "They (the GCC) meet ...", "He (Dahl) will fly ...": the writer said whom
                    out += [(c, 1.0) for c in glossed]
                    continue
                found = [(a, 0.85) for a in antecedent(self.doc, t, self.coref)]
                if not found and t.lower_ in lx.PRONOUNS_PLURAL and t.dep_ in lx.SUBJECTS:
                    found = self._counted_subject_before(t)  # "The three heads of government met ... they called on"
                if not found and t.lower_ in lx.PRONOUNS_PLURAL:
                    # "the Bolivian and Colombian presidents attended ..., but they did not ..."
                    holders = next((h for x in reversed(self.doc[t.sent.start:t.i]) if (h := self.office_holders(x))), [])
                    found = holders or self.sent_people(t)  # "Airbus officials said they were continuing talks"
                out += found
            elif (own := self.owned(t)):
                out += own  # "his government", "his agency"
            elif t.lemma_.lower() == "counterpart" and t.tag_ == "NN":
                out += self.counterpart(t)  # a person, never the country of "his German counterpart"
            elif t.lower_ in {"host", "hosts"} and t.pos_ == "NOUN" and (hosts := self.host_of(t)):
                out += hosts  # "X asked his host to ...": who received X
            elif t.lower_ in {"guest", "guests"} and t.pos_ == "NOUN" and (guests := self.guest_of(t)):
                out += guests  # "X brought his guest to the port": whom X received
            elif (visitors := self.visitors(t)):
                out += visitors  # "hosted a lunch for the visiting leaders": those the article had come
            elif (pair := self.plural(t)):
                out += pair
            elif (sent := self.represented(t)):  # "... and representatives from A and B"
                if any(c.dep_ == "appos" for c in t.children):
                    deferred += sent  # "Brazilian ministers: A, B, C" names the ministers themselves
                else:
                    out += sent
            elif (issuer := self.issuer(t)) is not None:  # "the communique called on Y": who issued it
                out.append((issuer, 0.8))
            elif (known := self.surname(t)) is not None:
                out.append((known, 0.9))
            elif (members := self.including(t)):
                out += members
            elif (titled := self.title_of(t)) is not None:
                out.append((titled, 0.95))
            elif (named := self.definite(t)) is not None:
                out.append((named, 0.85))
            elif (body := self.described_body(t)) is not None:
                out.append((body, 0.8))
            elif (city := self.capital(t)) is not None:
                out.append((city, 0.85))
            elif t.dep_ != "appos":
                guessed = self.unnamed(t)
                if guessed is not None:
                    out.append((guessed, 0.8))
                elif lx.TICKER.fullmatch(t.text) or t.text in {"<", ">"} or (
                        0 < t.i < len(self.doc) - 1 and self.doc[t.i - 1].text == "<" and self.doc[t.i + 1].text == ">"):
                    # "Acme Corp <ACME.N>": the firm the ticker (or its markup) follows
                    named = [self.coref.token_cluster[x.i] for c in t.lefts for x in c.subtree if x.i in self.coref.token_cluster]
                    out += [(c, 1.0) for c in dict.fromkeys(named)]
        if not out:
            out = deferred
        if conjuncts:
            leaders = self.led_by(tok)
            # "a Yugoslav delegation headed by X": X and the delegation's side are one party
            self.same_side.update(frozenset((c, x)) for x, _ in leaders for c, _ in out)
            out += leaders
        return list(dict.fromkeys(out))

    def _named_after_comma(self, tok) -> int | None:
        """The person named right after ", " in apposition to tok, or hung elsewhere by the parser: "met the
        vicar, Samuel Adeyemi, at ...", "welcomed by the Vicar of Carrow Bridge, the Revd Y" (a description of one
        person with "the" or "his"/"her"; not the subject of a clause of its own: "met the families, Y said"; the parser
        may make the name a second object of the verb: "paid a courtesy call on the Prime Minister, Hon. Y")."""
        if tok.tag_ not in {"NN", "NNP"} or not (tok.text.islower() or tok.lower_ in lx.HONORIFICS | lx.ROLE_NOUNS) \
                or not any(c.dep_ == "det" and c.lower_ == "the" or c.dep_ == "poss" and c.tag_ == "PRP$"
                           or c.dep_ == "poss" and c.tag_ == "NNP" and any(x.dep_ == "case" for x in c.children)
                           for c in tok.children):
            return None  # (a body's or country's own: "Tonga's Minister for Sport, Hon. Y")
        at = tok.right_edge.i + 1
        while at < len(self.doc) and self.doc[at].text == ")":
            at += 1  # "the Secretary General of the International Canoe Federation (ICF), Y"
        if self.doc[at - 1].text == "," and at - 1 > tok.i:
            at -= 1  # (the comma hung on tok)
        if (own := self.coref.token_cluster.get(tok.i)) is not None:
            # a title the recogniser took for a body's name: "the Vicar of Carrow Bridge, the Revd Y"
            if tok.text.islower() or not any(m.start <= tok.i < m.end and m.start >= tok.i - 1 for m in self.clusters[own].mentions):
                return None
            at = next(m.end for m in self.clusters[own].mentions if m.start <= tok.i < m.end)
        if at + 1 >= len(self.doc) or self.doc[at].text != ",":
            return None
        at += 1
        if self.doc[at].lower_ == "the" and at + 1 < len(self.doc):
            at += 1  # "the Revd Y"
        while at + 1 < len(self.doc) and self.doc[at].lower_.rstrip(".") in _HONORIFIC_WORDS \
                and self.doc[at + 1].text[:1].isupper() and at not in self.coref.mention_cluster:
            at += 1  # "the Revd Y", "Shri Y"
        c = self.coref.mention_cluster.get(at)
        if c is None or self.clusters[c].type != "Person":
            return None
        end = at
        while end + 1 < len(self.doc) and self.coref.token_cluster.get(end + 1) == c:
            end += 1
        name = self.doc[at:end + 1].root
        second_object = name.dep_ == "dobj" and any(c.dep_ == "dobj" and c.i < tok.i for c in name.head.children)
        if name.dep_ not in {"npadvmod", "appos", "dep"} and not second_object or tok.lemma_.lower() in lx.COLLECTIVE_NOUNS \
                or end + 1 < len(self.doc) and self.doc[end + 1].text not in {",", ".", ";"}:
            return None  # (not "welcomed by the crowd, Karl Weber among them")
        return c

    def _titled_in_phrase(self, tok, *, strict: bool = False) -> Found:
        """The person a title's own "of" or "for" phrase ends in, the parser having hung the name inside it:
        "minister of mines and power Bunu Sheriff Musa", "High Commissioner for Refugees Barham Salih" (a
        department first: not "the spokesman for President X"). After "for", or with ``strict`` (a title the tagger
        made a proper noun), only a department in capitals comes before the name: not "the envoy for talks with X"."""
        prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in {"of", "for"}), None)
        if prep is None or prep.i + 1 >= len(self.doc) or self.doc[prep.i + 1].ent_type_ == "PERSON" \
                or self.doc[prep.i + 1].lower_ in lx.PERSONAL_TITLES | lx.ROLE_NOUNS | {"prime"}:
            return []
        people = [x for x in prep.subtree if x.ent_type_ in {"PERSON", ""} and x.pos_ == "PROPN" and x.dep_ != "compound"
                  and x.i in self.coref.token_cluster and self.clusters[self.coref.token_cluster[x.i]].type == "Person"]
        if not people or people[-1].i != prep.right_edge.i:
            return []
        start = min(m.start for m in self.clusters[self.coref.token_cluster[people[-1].i]].mentions
                    if m.start <= people[-1].i < m.end)
        if (prep.lower_ == "for" or strict) and not all(
                t.text[:1].isupper() and t.pos_ == "PROPN" or t.lower_ in {"and", "&", "of", "the"} for t in self.doc[prep.i + 1:start]):
            return []  # the name right after a department in capitals ("for Refugees X"), not "the envoy for talks with X"
        return [(self.coref.token_cluster[people[-1].i], 1.0)]

    def owned(self, tok) -> Found:
        """"his government": the country of the person "his" refers to ("Brazilian President X");
        "his agency", "her company": the body named in that person's title ("World Bank President
        X", "X, chairman of Y")."""
        lemma = tok.lemma_.lower()
        if tok.pos_ != "NOUN" or lemma not in lx.GOVERNMENT_NOUNS | lx.OWN_BODY_NOUNS or tok.tag_ != "NN":
            return []
        poss = child(tok, "poss")
        if poss is None:
            return []
        if poss.lower_ in {"his", "her"}:
            people = [c for c in antecedent(self.doc, poss, self.coref) if self.clusters[c].type == "Person"]
        else:  # "urged President X's government to ..."
            named = self.coref.token_cluster.get(poss.i)
            people = [named] if named is not None and self.clusters[named].type == "Person" else []
        if len(people) != 1:
            return []
        if lemma in lx.GOVERNMENT_NOUNS:
            countries = {country for _, country in self.clusters[people[0]].roles if country}
            return [(self.country_cluster(countries.pop()), 0.85)] if len(countries) == 1 else []
        bodies = set()
        for m in self.clusters[people[0]].mentions:
            head = self.doc[m.head]
            titled = [x for x in self.doc[max(m.start - 6, head.left_edge.i):m.start + 1] if x.dep_ == "compound"]
            of = [o for a in head.children if a.dep_ == "appos" for o in [pobj(a, "of", "at")] if o is not None]
            for x in titled + of:
                c = self.coref.token_cluster.get(x.i)
                if c is not None and self.clusters[c].type == "Organization":
                    bodies.add(c)
        return [(bodies.pop(), 0.85)] if len(bodies) == 1 else []

    def sent_people(self, tok) -> Found:
        """"they" for the side a plural subject before it speaks for: "Airbus officials said that
        they ...", "U.S. negotiators arrived. They met ..." (this sentence or the one before)."""
        if tok.i in self._asking:
            return []  # ("leaders of the exchanges and their regulators": "their" asked about again while resolving it)
        self._asking.add(tok.i)
        try:
            start = tok.sent.start
            first = self.doc[start - 1].sent.start if start > 0 else 0
            for i in range(tok.i - 1, first - 1, -1):
                t = self.doc[i]
                if t.tag_ == "NNS" and t.dep_ in lx.SUBJECTS | lx.PASSIVE_SUBJECTS and (
                        t.lemma_.lower() in lx.DELEGATION_NOUNS or t.lower_ in lx.DELEGATION_NOUNS):
                    found = self.represented(t)
                    if found:
                        return [(c, f * 0.85) for c, f in found]
            return []
        finally:
            self._asking.discard(tok.i)

    def _home_of_asker(self, tok) -> int | None:
        """The country whose capital (or name, or people) names the body that addresses "the government" in tok's
        clause: "the Honiara City Council called on the national government" is the Solomon Islands' (a town's body
        asks its own country's government, whichever country the article names most), else None."""
        verb = next((a for a in tok.ancestors if a.pos_ in {"VERB", "AUX"}), None)
        if verb is None or self.gaz is None:
            return None
        # (the body as named there, not read through pronouns: reading them here would read them out of turn)
        askers = [c for s in subject_tokens(verb) if (c := self.coref.token_cluster.get(s.i)) is not None]
        for c in askers:
            cl = self.clusters[c]
            words = cl.label.split()
            if cl.type != "Organization" or len(words) < 2 or " in " in f" {cl.label} " \
                    or {w.casefold() for w in words} & lx.FOREIGN_POSTS or "high commission" in cl.label.casefold():
                continue  # (not "the Chinese Embassy", "the American Chamber of Commerce in Shanghai": bodies abroad)
            # (a capital, a country or its people among the name's words before its last, the body's noun:
            # "the Honiara City Council", "the Malta Medical Association", "the Irish Farmers' Association")
            country = next((k for n in (3, 2, 1) for i in range(len(words) - n)
                            if (k := self.gaz.capital_of(" ".join(words[i:i + n]))
                                or self.gaz.country(" ".join(words[i:i + n])))), None)
            if country:
                return self.country_cluster(country)
        return None

    def _country_of_places(self) -> str | None:
        """The country the article's places lie in, when one clearly leads: each mention of a country, and of a city
        whose country GeoNames tells (its capital, or a town of one country only), counts for that country
        ("In Castries, the opposition called on the government": Saint Lucia's; "Iqaluit ... Ottawa": Canada's)."""
        votes: dict[str, int] = {}
        for cl in self.clusters:
            if cl.type == "Country":
                votes[cl.label] = votes.get(cl.label, 0) + len(cl.mentions)
            elif cl.type == "Place" and self.gaz is not None:
                country = self.gaz.capital_of(cl.label) or self.gaz.city_country(cl.label)
                if country:
                    votes[country] = votes.get(country, 0) + len(cl.mentions)
        ranked = sorted(votes.values(), reverse=True)
        if not ranked or ranked[0] < 2 or len(ranked) > 1 and ranked[1] * 2 > ranked[0]:
            return None
        return max(votes, key=votes.__getitem__)

    def main_country(self, exclude: set[str] | frozenset[str] = frozenset()) -> int | None:
        """The country the article names most often (other than those in ``exclude``), when one
        clearly leads (named twice at least, twice as often as the next)."""
        counts = sorted(((len(cl.mentions), n) for n, cl in enumerate(self.clusters)
                         if cl.type == "Country" and cl.label not in exclude), reverse=True)
        if not counts or counts[0][0] < 2 or len(counts) > 1 and counts[1][0] * 2 > counts[0][0]:
            return None
        return counts[0][1]

    def led_by(self, tok) -> Found:
        """Who leads a group that acts: "a delegation led by X arrived", "the Commissioners, headed
        by X, will visit": X does what the group does."""
        found: Found = []
        for t in parties(tok):
            for c in t.children:
                if c.dep_ == "acl" and c.lemma_.lower() in {"lead", "head"} and c.tag_ == "VBN":
                    by = agent(c)
                    if by is not None:
                        found += [(x, f * 0.9) for x, f in self.of(by, conjuncts=True)]
        return found

    def _proper(self, tok) -> bool:
        """A proper noun, or a capitalised word the tagger called a noun at the start of a sentence
        but a proper noun or a name elsewhere in the article ("Okafor hopes to meet ...")."""
        if tok.pos_ == "PROPN":
            return True
        if tok.pos_ != "NOUN" or not tok.text[:1].isupper() or tok.tag_ == "NNS" and tok.lower_ == tok.lemma_ + "s":
            return False  # (not "Workers at three plants ...", a word of "the Services Workers' Union" elsewhere)
        if self._names_seen is None:
            self._names_seen = {t.text for t in self.doc if t.pos_ == "PROPN" or t.ent_type_ in {"PERSON", "ORG", "GPE"}}
        return tok.text in self._names_seen

    def surname(self, tok) -> int | None:
        """A capitalised word the tagger missed that is the surname of a person the article
        names ("Okafor hopes to meet ..." after "Paul Okafor")."""
        if not tok.text[:1].isupper() or tok.pos_ not in {"NOUN", "PROPN", "ADJ"} or len(tok.text) < 3:
            return None
        if self._surnames is None:
            self._surnames = {}
            for n, cl in enumerate(self.clusters):
                if cl.type == "Person":
                    for name in cl.names:
                        words = name.split()
                        if len(words) >= 2:
                            self._surnames.setdefault(words[-1], set()).add(n)
        found = self._surnames.get(tok.text, set())
        return next(iter(found)) if len(found) == 1 else None

    def definite(self, tok) -> int | None:
        """"the exchange", "the union", "the company": the organisation of that kind the article
        named last before it ("the New York Stock Exchange" ... "the exchange")."""
        lemma = tok.lemma_.lower()
        if tok.pos_ == "PROPN" and tok.tag_ == "NNP" and tok.text[:1].isupper() and lemma in lx.DEFINITE_ORGS | {"community"} \
                and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
                and not any(c.dep_ in {"compound", "amod", "nmod"} for c in tok.lefts):
            # newswire capitalises the short form: "the Fund" (the IMF), "the Community" (the EC)
            for i in range(tok.i - 1, max(-1, tok.i - 600), -1):
                c = self.coref.token_cluster.get(i)
                if c is not None and self.clusters[c].type == "Organization" and any(
                        n.split() and n.split()[-1].casefold() == lemma for n in [self.clusters[c].label, *self.clusters[c].names]):
                    return c
            return None
        if lemma in lx.RESTING_PLACES and tok.pos_ == "NOUN" and (his := child(tok, "poss")) is not None \
                and his.lower_ in {"his", "her"} and (honoured := _tribute_to(tok)) is not None \
                and (buried := [c for c, _ in self.of(honoured, conjuncts=False) if self.clusters[c].type == "Person"]):
            # "paid tribute to President X at his mausoleum": X's mausoleum, a site (GUIDELINES: sites are places)
            # (the one the tribute is to, not the pronoun's first reading: "visited his family grave" names none)
            return self.resting_place(tok, his, buried[0])
        if lemma in VISITED_SITES and tok.tag_ == "NN" and _visited(tok) \
                and any(c.dep_ == "compound" and c.ent_type_ not in {"DATE", "TIME", "CARDINAL", "ORDINAL"}
                        for c in tok.lefts) \
                and not any(c.dep_ == "poss" for c in tok.lefts) and pobj(tok, "of") is None:
            # (not "her family home", "Lamborghini's production plant", "the construction site of the terminal")
            # "visited a solar power plant near X", "toured the mill site", "a visit to the protest camp": the site
            # itself (GUIDELINES: sites are places), named by its own words
            return self.site(tok, None)
        # "the exchange", "its bank", "his agency"
        # "its committee" is the body's own; "his agency" names a public body he heads, but "his
        # company" is often the speaker's firm, not the one named before
        owner = [c for c in tok.children if c.dep_ == "poss" and c.tag_ == "PRP$"
                 and (c.lower_ == "its" or lemma in lx.PUBLIC_BODIES)]
        if tok.pos_ != "NOUN" or tok.tag_ != "NN" or not (owner or any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)):
            return None
        if lemma in lx.SITE_WORDS | {"campus"} and any(
                c.dep_ in {"compound", "nmod"} and c.ent_type_ in {"ORG", "FAC"} for c in tok.lefts):
            return self.site(tok, None)  # "the Airbus Defence and Space site in Bremen": the firm's site
        if any(c.dep_ in {"amod", "compound", "nmod"} and c.lower_ not in lx.DEFINITE_ADJECTIVES
               or (c.dep_ == "poss" and c.tag_ != "PRP$") for c in tok.lefts):
            return None
        if lemma in lx.SITE_WORDS | lx.SITE_NOUNS and (whose := pobj(tok, "of")) is not None \
                and (whose.pos_ == "PROPN" and whose.text[:1].isupper() or lemma in lx.SITE_WORDS and whose.pos_ == "NOUN"):
            return self.site(tok, whose)  # "the tomb of Saint Charbel", "the site of the 2020 port explosion"
        if lemma in lx.SITE_WORDS | lx.SITE_NOUNS | lx.LANDFORMS and pobj(tok, "of") is None:
            # "visited the site last week": the site named last; "flew to the mine": the mine named last; "visited the
            # marsh": the marsh named last ("Thornbury Marsh")
            kinds = {"Facility", "Place"} if lemma in lx.LANDFORMS else {"Facility"}
            site = next((c for i in range(tok.i - 1, max(-1, tok.i - 300), -1)
                         if (c := self.coref.token_cluster.get(i)) is not None and self.clusters[c].type in kinds
                         and (lemma in lx.SITE_WORDS or self.clusters[c].label.split()[-1].casefold() == lemma)), None)
            if site is not None or lemma in lx.SITE_WORDS:
                return site
        described = self._described_as(tok, lemma)
        if described is not None:  # "Harbourline, the Solent operator ... the operator"; "the RMT union ... the union"
            return described
        if lemma not in lx.DEFINITE_ORGS:
            return None
        heads = lx.DEFINITE_SYNONYMS.get(lemma, frozenset({lemma}))
        suffixes = lx.FIRM_NAME_ENDINGS if lemma in {"company", "firm", "concern", "corporation"} else set()
        if suffixes:
            # "the company" in business news is the article's own company: the one named most often
            # (a firm by its name's ending, or by how the article describes it: "iron ore miner X")
            described = self._descriptions(tok.i)
            firms = [(len(cl.mentions), -min(m.start for m in cl.mentions), n) for n, cl in enumerate(self.clusters)
                     if cl.type == "Organization" and any(m.start < tok.i for m in cl.mentions)
                     and ({x.split()[-1].casefold().strip(".,") for x in [cl.label, *cl.names] if x.split()} & suffixes
                          or any(_company_noun(d) for d in described.get(n, ())))]
            if firms:
                # the firm the sentence, or the one before, is about ("A Sakuragawa spokesperson said ... The company will
                # hold an investor day"), else the one named most
                told = self._subject_firm(tok, {n for _, _, n in firms})
                return told if told is not None else max(firms)[2]
        best = None
        # the noun must be the head of one of its names: "the exchange" is the New York Stock Exchange, never the
        # Securities and Exchange Commission; a name's last word first, then the head before its "of" ("the Colombian
        # Association of Cargo Transporters" ... "the association")
        passes = [(False, frozenset()), (True, frozenset())]
        if lemma == "union":  # an education association, only when no body named for a union or its workers came before
            passes.append((False, lx.UNION_FIELDS))
        for of_heads, fields in passes:
            for i in range(tok.i - 1, max(-1, tok.i - 400), -1):
                c = self.coref.token_cluster.get(i)
                if c is None or self.clusters[c].type != "Organization":
                    continue
                names = {self.clusters[c].label, *self.clusters[c].names}
                last = {n.split()[-1].casefold().strip(".,") for n in names if n.split()}
                if of_heads:
                    # ("the Colombian Association of Cargo Transporters", "the Portfolio Committee on Trade")
                    heads_of = (re.split(r" (?:of|on|for) ", n, maxsplit=1)[0] for n in names if re.search(r" (?:of|on|for) ", n))
                    last = {h.split()[-1].casefold() for h in heads_of if h.split()}
                # ("the union": also a body named for the workers it gathers, "the Oregon Nurses Association")
                gathers = lemma == "union" and last & lx.UNION_NAME_ENDINGS and {
                    w.casefold().strip(".,") for n in names for w in n.split()} & (heads | fields)
                if last & heads or (suffixes and last & suffixes) or gathers:
                    best = c
                    break
            if best is not None:
                break
        if best is None and lemma in lx.BODY_NOUNS | set(lx.DEFINITE_SYNONYMS):
            best = self._described_before(tok, heads)
        return best

    def _subject_firm(self, tok, firms: set[int]) -> int | None:
        """A firm whose spokesperson or officer is the subject of the main clause of tok's sentence before tok, or else
        of the sentence before: "An Acme spokesperson said ... The company will hold an investor day" (not a firm
        that is itself the subject: "Acme said it was buying Beta ... Beta had profits of ... the company")."""
        sent = tok.sent
        for span in (self.doc[sent.start:tok.i], self.doc[sentence_starts(self.doc, tok, 1):sent.start]):
            for t in span:
                if t.dep_ not in lx.SUBJECTS or t.head.dep_ not in {"ROOT", "conj"} or t.pos_ != "NOUN" \
                        or t.lemma_.lower() not in lx.SPOKES_NOUNS:
                    continue
                for w in t.subtree:
                    # (by the cluster, or by a word of its name: "A Sakuragawa spokesperson" for Sakuragawa Electric)
                    c = self.coref.token_cluster.get(w.i)
                    if c not in firms and w.pos_ == "PROPN":
                        c = next((f for f in sorted(firms) if w.text in self.clusters[f].label.split()), None)
                    if c in firms and (w.i == t.i or w.head.i == t.i):
                        return c
        return None

    def _descriptions(self, before: int) -> dict[int, set[str]]:
        """The common nouns the article describes each organisation with before token ``before``:
        "Harbourline, the Solent operator" (operator), "the RMT union" (union), "iron ore miner
        Redgum Resources" (miner), "the conciliation service Acas" (service). Read once for the
        whole text, again only when entities were made since."""
        state = (len(self.clusters), len(self.coref.token_cluster))
        if self._described_at != state:
            self._described, self._described_at = list(self._read_descriptions()), state
        found: dict[int, set[str]] = {}
        for start, c, noun in self._described:
            if start < before:
                found.setdefault(c, set()).add(noun)
        return found

    def _read_descriptions(self):
        """(start of the name, organisation, noun) for each description of a named organisation."""
        i = 0
        while i < len(self.doc):
            c = self.coref.token_cluster.get(i)
            if c is None or self.clusters[c].type != "Organization":
                i += 1
                continue
            end = i
            while end < len(self.doc) and self.coref.token_cluster.get(end) == c:
                end += 1
            nouns = [a for a in self.doc[i:end].root.children if a.dep_ == "appos" and a.pos_ == "NOUN"]
            if i > 0 and self.doc[i - 1].dep_ in {"compound", "appos", "nmod"}:
                nouns.append(self.doc[i - 1])  # "iron ore miner Redgum Resources"
            root = self.doc[i:end].root
            if root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.i == i - 1:
                nouns.append(root.head)  # "hydrogen developer Solvang Hydrogen", the name read as in apposition
            if end < len(self.doc) and self.doc[end - 1].dep_ == "compound" and self.doc[end - 1].head.i == end \
                    and _body_noun(self.doc[end].lemma_.lower()):
                nouns.append(self.doc[end])  # "the RMT union" (not "an Andy Warhol exhibit")
            for a in nouns:
                if a.pos_ == "NOUN" and a.text.islower():
                    yield i, c, a.lemma_.lower()
            if end + 1 < len(self.doc) and (self.doc[end].lower_ in lx.FIRM_OFFICERS or self.doc[end].lower_ == "chief"
                                            and self.doc[end + 1].lower_ in {"executive", "financial", "operating"}):
                yield i, c, "company"  # "Stellantis CEO Antonio Filosa": a firm's chief executive
            i = end

    def _described_as(self, tok, lemma: str) -> int | None:
        """The organisation named last that the article described with this noun ("the operator")."""
        if lemma in lx.GOVERNMENT_NOUNS or lemma in lx.ROLE_NOUNS or lemma in lx.EVENT_NOUNS:
            return None
        described = [c for c, nouns in self._descriptions(tok.i).items() if lemma in nouns]
        if not described:
            return None
        last = {c: max(i for i, x in self.coref.token_cluster.items() if x == c and i < tok.i) for c in described}
        return max(last, key=last.get)

    def described_body(self, tok) -> int | None:
        """A body named by what it is, with an owner or "the": "Brazil's 14-bank advisory committee",
        "its bank advisory committee", "the party's central committee" (an organisation, named by
        its words without the owner; not "the committee", not "a committee", not "committees")."""
        if tok.tag_ != "NN" or tok.lemma_.lower() not in lx.BODY_NOUNS or tok.i in self.coref.token_cluster:
            return None
        if not any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ == "the" for c in tok.lefts) \
                or any(c.dep_ != "poss" and (c.pos_ == "PROPN" or c.ent_type_) for c in tok.lefts):
            return None  # (a name's own words are for unnamed(): "the House Ways and Means trade subcommittee")
        start = tok.i
        for c in reversed(list(tok.lefts)):  # the modifiers right before the head: "14-bank advisory"
            if c.dep_ not in {"compound", "amod", "nmod", "nummod"} or c.right_edge.i != start - 1 \
                    or c.lower_ in lx.DEFINITE_ADJECTIVES \
                    or not all(w.text.islower() or w.text[:1].isdigit() or w.text == "-" for w in c.subtree):
                break
            start = c.left_edge.i
        if start == tok.i:
            return None
        name = self.doc[start:tok.i + 1].text
        owner = next((c for c in tok.lefts if c.dep_ == "poss" and c.ent_type_ == "ORG"), None)
        if owner is not None:  # "the European Parliament's trade committee": the parliament's own
            start = owner.left_edge.i + (self.doc[owner.left_edge.i].dep_ == "det")
            name = f"{self.doc[start:owner.i + 1].text} {name}"
        return self._new(start, tok.i + 1, name, "Organization", tok.i)

    def body_of_adjective(self, tok) -> int:
        """"congressional" (action): Congress, the body the adjective stands for."""
        return self._new(tok.i, tok.i + 1, lx.BODY_ADJECTIVES[tok.lower_], "Organization", tok.i)

    def _described_before(self, tok, heads) -> int | None:
        """"the full panel" after "Brazil's 14-bank advisory committee", which no frame read before."""
        for i in range(tok.i - 1, max(-1, tok.i - 400), -1):
            t = self.doc[i]
            if t.lemma_.lower() in heads and t.i != tok.i and (c := self.described_body(t)) is not None:
                return c
        return None

    def _country_before(self, tok, first: int, *, capitals: bool = False) -> int | None:
        """The country named last before tok, from token ``first`` on (or whose capital was, with ``capitals``); for
        "visiting the country", not a visitor's own ("Oman's Deputy Prime Minister X, who is visiting the country": the
        country the story was filed from)."""
        trip = _trip_to(tok)
        visited = tok.head.lemma_.lower() in lx.VISIT_VERBS and tok.dep_ == "dobj" or trip
        titles: set[int] = set()
        for i in range(tok.i - 1, first - 1, -1):
            c = self.coref.token_cluster.get(i)
            if c is not None and self.clusters[c].type == "Country":
                if visited and (c in titles or self.doc[i].dep_ == "poss" and self.doc[i].head.lemma_.lower() in lx.ROLE_NOUNS
                                or self.doc[i].dep_ == "pobj" and self.doc[i].head.lower_ == "of"
                                and self.doc[i].head.head.lemma_.lower() in lx.ROLE_NOUNS):
                    # (a title's country: the visitor's own, "Norway's Prime Minister", "Prime Minister of the Italian
                    # Republic", each word of its name)
                    titles.add(c)
                    continue
                if trip and not (self.doc[i].dep_ == "pobj" and self.doc[i].head.lower_ in {"to", "in", "into"}
                                 and self.doc[i].head.head.lemma_.lower() not in {"flee", "escape", "leave"}):
                    continue  # (the country a trip went to or is in, not "who fled Syria in 2015")
                return c
            if capitals and c is not None and self.clusters[c].type == "Place" and self.gaz is not None \
                    and _destination_of_trip(self.doc[i]) and (country := self.gaz.capital_of(self.clusters[c].label)):
                return self.country_cluster(country)  # (the capital travelled to: not "from Washington", "In Washington")
        if visited and self.filed_from and self.gaz is not None:
            home = self.gaz.country(self.filed_from) or self.gaz.capital_of(self.filed_from)
            if home and trip and self._home_trip(tok.head.head, home):
                return None  # (no one visits their own country: "the Amir received Y on his visit to the country")
            return self.country_cluster(home) if home else None
        return None

    def _home_trip(self, trip, country: str) -> bool:
        """Whether whoever makes a trip to ``country`` is at home there: its owner ("his visit") or the subject of the
        clause it is in ("who is on an official visit") holds an office of that country, or receives someone in
        the sentence (a host, whom "his visit" cannot be about)."""
        owner = child(trip, "poss")
        if owner is None and trip.dep_ == "pobj" and trip.head.head.pos_ in {"VERB", "AUX"}:
            owner = next(iter(subject_tokens(trip.head.head)), None)
        travellers = {c for c, _ in self.of(owner, conjuncts=False)} if owner is not None else set()
        hosts = {c for v in trip.sent if v.pos_ == "VERB" and v.lemma_.lower() in lx.RECEIVING_VERBS
                 for s in subject_tokens(v) for c, _ in self.of(s, conjuncts=False)}
        return bool(travellers & hosts) or any(k == country for c in travellers for _, k in self.clusters[c].roles)

    def capital(self, tok) -> int | None:
        """"the Swedish capital", "Sweden's capital", "the capital" (of the country named last): the city; "the
        border city", "the port town": the city or town named last, within the three sentences before."""
        if tok.lower_ in {"city", "town"} and tok.pos_ == "NOUN" and self.gaz is not None:
            return self._city_named_before(tok)
        if tok.lower_ != "capital" or tok.pos_ != "NOUN" or self.gaz is None:
            return None
        for a in tok.children:  # "the Kazakh capital, Astana": the city as the article names it
            c = self.coref.token_cluster.get(a.i) if a.dep_ == "appos" else None
            if c is not None and self.clusters[c].type == "Place":
                return c
        country = None
        for c in tok.lefts:
            if c.dep_ in {"amod", "poss", "compound", "nmod"}:
                country = country or self.gaz.country(c.text)
        of = next((p for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"), None)
        if country is None and of is not None:
            country = self.gaz.country(" ".join(t.text for t in of.subtree if t.dep_ != "prep"))
        other = any(c.dep_ in {"amod", "poss", "compound", "nmod"} and c.text[:1].isupper() for c in tok.lefts)
        if country is None and not other and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            # (not "the Bavarian capital": the capital of a region the gazetteer does not know as a country)
            # a capital the story is filed from ("ABU DHABI: ... arrived in the capital"), else the country named last
            c = None if (country := self.gaz.capital_of(self.filed_from) if self.filed_from else None) \
                else self._country_before(tok, max(0, tok.i - 300))
            country = country or (self.clusters[c].label if c is not None else None)
        city = self.gaz.capital(country) if country else None
        if not city:
            return None
        return self._new(tok.i, tok.i + 1, city, "Place", tok.i)

    def _city_named_before(self, tok) -> int | None:
        """"flew to the border city": the city named last (only "the", lower-case words and no "of" phrase: not "the
        city of Kherson", "the Ukrainian city", "a city")."""
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) or any(c.dep_ == "prep" for c in tok.children) \
                or any(c.dep_ != "det" and (c.lower_ not in lx.CITY_DESCRIPTIONS and not c.lower_.endswith(("-hit", "-stricken"))
                                            or c.ent_type_) for c in tok.lefts):
            return None  # (not "the capital city", "the neighbouring city", "the rival city": another one)
        for i in range(tok.i - 1, sentence_starts(self.doc, tok, 3) - 1, -1):
            c = self.coref.token_cluster.get(i)
            t = self.doc[i]
            if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in lx.ROLE_NOUNS \
                    and _holder_of(t.head.head) & {a.i for a in tok.ancestors}:
                continue  # the town in the visitor's own title: "the Mayor of Madrid, X, who is on a visit to the city"
            if c is not None and self.clusters[c].type != "Person" and self.gaz.is_city(self.clusters[c].label) \
                    and not self.gaz.country(self.clusters[c].label):
                return c  # (the recogniser may have called it a body: "around Bergen")
        return None

    def unnamed(self, tok) -> int | None:
        """A name the recogniser missed, made an entity on first use.

        A run of capitalised proper nouns ("Vantaria", "Belmoor Holdings") or a
        common organisation noun with a proper-noun modifier ("the Tokyo bourse",
        "the Nasdaq exchange").
        """
        if after_clock(self.doc, tok.i):
            return None  # "17:30 CEST —": a time zone
        if "_title_words" not in self.__dict__:  # ("the Minister of the Interior, Y")
            self._title_words = office_title_tokens(self.doc)
        if tok.i in self._title_words:
            return None  # a piece of an office's title names no body
        norp_name = tok.ent_type_ == "NORP" and (tok.tag_ == "NNP" or tok.lower_ in lx.PARTY_MEMBERS) and self.gaz is not None and not self.gaz.country(tok.text) \
            and tok.dep_ in lx.SUBJECTS | lx.OBJECTS | {"pobj"} \
            and not any(d.dep_ == "det" and d.lower_ in {"a", "an"} for d in tok.children)  # "Albanese will host ...": no demonym kg knows (not "a fellow New Yorker")
        if self._proper(tok) and tok.text[:1].isupper() and tok.lower_ not in lx.NOT_NAMES | lx.MEMBER_TITLES \
                and tok.text not in lx.CAPITAL_STYLES \
                and (tok.ent_type_ in {"", "PERSON", "ORG", "GPE", "LOC", "FAC"} or norp_name) \
                and tok.lemma_.lower() not in lx.ROLE_NOUNS | lx.DELEGATION_NOUNS | lx.TITLE_WORDS:
            words = [t for t in tok.lefts if t.dep_ == "compound" and t.pos_ == "PROPN" and t.text[:1].isupper()]
            start = min([tok.i, *(w.i for w in words)])
            titled = False
            while start < tok.i and title_word(self.doc, start):
                titled = titled or self.doc[start].lower_ in lx.PERSONAL_TITLES | lx.PREMIER_ABBREVIATIONS \
                    or self.doc[start].text in lx.CAPITAL_STYLES
                start += 1  # "Mr Ruto", "HE Prabowo Subianto" (His Excellency): a person
            if any(self.doc[i].ent_type_ in {"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY"}
                   or self.doc[i].lower_ in lx.NOT_NAMES for i in range(start, tok.i + 1)):
                return None
            if any(self.doc[i].pos_ != "PROPN" and not (self.doc[i].tag_ == "HYPH" and not self.doc[i].whitespace_
                                                         and not self.doc[i - 1].whitespace_) for i in range(start, tok.i + 1)):
                start = tok.i
            # a name the parser cut at its hyphen into two ("King Willem-Alexander hosted": two subjects)
            end, first = tok.i + 1, start
            while start >= 2 and _hyphen_joins(self.doc, start - 1):
                start -= 2
            while end + 1 < len(self.doc) and _hyphen_joins(self.doc, end):
                end += 2
            joined = [i for i in [*range(start, first), *range(tok.i + 1, end)] if i in self.coref.token_cluster]
            if joined:  # the other half was made an entity first
                return self.coref.token_cluster[joined[0]]
            if start == tok.i and end == tok.i + 1:
                # "the Hospitality and Services Workers' Union", the parser hanging the words before on "Workers'"
                start = body_name_start(self.doc, start, end, self.coref.token_cluster)
            name = self.doc[start:end].text  # (with its hyphens: "Samruk-Kazyna")
            if lx.TICKER.fullmatch(name) or tok.i > 0 and self.doc[tok.i - 1].text == "<":
                return None  # newswire markup: "<ACME.N>" is a ticker, "<Acme Industries>" is tagged by the recogniser
            words = self.doc[start:end]
            if tok.tag_ == "NNPS" and (tok.lemma_.lower() in lx.ORGANIZATION_NOUNS | lx.DELEGATION_NOUNS
                                       or tok.lower_.rstrip("s") in lx.ORGANIZATION_NOUNS | lx.DELEGATION_NOUNS):
                return None  # "U.N. Missions": several bodies, not a name
            if tok.tag_ in {"NNPS", "NNS"} and any(c.dep_ in {"det", "amod"} and c.lower_ in lx.SOME_OF
                                                   for c in tok.children):
                return None  # "some Unionists": members of a group, not the group
            if len(words) > 1 and words[-1].lemma_.lower() in lx.ORGANIZATION_NOUNS and self.gaz is not None \
                    and (all(self.gaz.country(w.text) for w in words[:-1]) or self.gaz.country(words[:-1].text)):
                return None  # "U.S. Group", "Japanese Government": a country and a common noun, not a name
            if len(words) == 1 and not titled and tok.lemma_.lower() in lx.EVENT_NAME_HEADS - lx.ORGANIZATION_NOUNS:
                return self.event(tok)  # "The Meeting was opened by ...", capitalised: the meeting told of, an event
            kind = "Person" if titled else self._guess_type(name, self.doc[start:end])
            return self._new(start, end, name, kind, end - 1)
        if tok.pos_ == "NOUN" and (tok.lemma_.lower() in lx.GOVERNMENT_NOUNS or tok.lower_ in lx.GOVERNMENT_NOUNS) \
                and self.gaz is not None and not (tok.lower_ == "authorities" and any(
                    m.dep_ == "compound" and m.pos_ == "NOUN" or m.dep_ == "amod" and m.lower_ in lx.OFFICE_AUTHORITIES
                    for m in tok.lefts)):  # ("authorities": its lemma is "authority"; not "the Kenyan port authorities")
            # "the Indonesian government", "the Soviet authorities": the country (GUIDELINES)
            mods = [m for m in tok.lefts if m.dep_ in {"amod", "compound", "nmod", "poss"}]
            # the modifier's whole phrase first: "the West German government" is West Germany's,
            # "the South Korean government" South Korea's
            # (all the words before the noun first: "the Papua New Guinea government" is not New Guinea's)
            whole = [self.doc[min(m.left_edge.i for m in mods):tok.i].text] if mods else []
            runs = whole + [self.doc[m.left_edge.i:m.i + 1].text for m in mods] + [" ".join(m.text for m in mods)] \
                + [m.text for m in mods]
            for run in runs:
                country = self.gaz.country(run)
                if country:
                    c = self.country_cluster(country)
                    start = min(x.i for x in tok.lefts if x.dep_ != "det") if any(x.dep_ != "det" for x in tok.lefts) else tok.i
                    self.clusters[c].add(Mention(start, tok.i + 1, self.doc[start:tok.i + 1].text,
                                                 self.doc[start:tok.i + 1].text, "Country", tok.i), named=False)
                    return c
            if tok.tag_ == "NN" and [x.lower_ for x in tok.lefts if x.lower_ not in {"federal", "national", "central"}] == ["the"]:
                # "urged the (federal) government to ...": the government of the country the article is about,
                # else of the capital its dateline names ("ISLAMABAD: ... talks with the government"); but "the
                # government of the Democratic Republic of the Congo" is that country's
                of = pobj(tok, "of")
                named = self.coref.token_cluster.get(of.i) if of is not None else None
                c = named if named is not None and self.clusters[named].type == "Country" else None
                if named is not None and self.clusters[named].type == "Person":
                    # "the government of President Gustavo Petro": the country he leads
                    countries = {k for r, k in self.clusters[named].roles if k and r in lx.LEADER_ROLES}
                    c = self.country_cluster(countries.pop()) if len(countries) == 1 else None
                c = c if c is not None else self._home_of_asker(tok)
                c = c if c is not None else self.main_country()
                if c is None and self.gaz is not None:
                    country = self.gaz.capital_of(self.filed_from) if self.filed_from else None
                    # (the places vote for the one asked, not for the one who asks: "the government had asked its
                    # envoy to return from Suva" is not Fiji's)
                    country = country or (self._country_of_places() if not _in_subject(tok) else None)
                    c = self.country_cluster(country) if country else None
                if c is not None:
                    self.clusters[c].add(Mention(tok.i, tok.i + 1, tok.text, tok.text, "Country", tok.i), named=False)
                    return c
        if tok.lower_ in {"country", "kingdom", "emirate", "sultanate"} and [x.lower_ for x in tok.lefts] == ["the"] \
                and (tok.dep_ in lx.OBJECTS or _trip_to(tok)) and not any(c.dep_ == "prep" for c in tok.rights):
            # (not "the kingdom of heaven")
            # "arrived in Turkey ... and urged the country to act": the country named last, in this
            # sentence or the one before ("flew to Riyadh ... urged the kingdom": the capital's country)
            c = self._country_before(tok, sentence_starts(self.doc, tok, 1)) if tok.lower_ == "country" \
                else self._country_before(tok, sentence_starts(self.doc, tok, 2), capitals=True)
            if c is not None:
                self.clusters[c].add(Mention(tok.i, tok.i + 1, tok.text, tok.text, "Country", tok.i), named=False)
                self.coref.token_cluster[tok.i] = c
            return c
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in MILITARY_NOUNS and self.gaz is not None:
            # "Sudan's army", "the Sudanese army": a country's forces are a party of their own (not the country)
            owner = next((m for m in tok.lefts if m.dep_ in {"poss", "amod", "compound"} and self.gaz.country(m.text)), None)
            if owner is not None:
                start = owner.left_edge.i if owner.dep_ == "poss" else owner.i
                return self._new(start, tok.i + 1, self.doc[start:tok.i + 1].text, "Organization", tok.i)
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in lx.ORGANIZATION_NOUNS and tok.tag_ != "NNS" \
                and not (tok.dep_ in lx.SUBJECTS and tok.head.dep_ not in {"ccomp", "xcomp"} and _indefinite(tok)):
            # (a plural is a generic group: "London and New York authorities", "Japanese banks"; so is
            # an indefinite doer: "a Texas state court ordered ..."; not "requested a WTO dispute panel")
            mods = [t for t in tok.lefts if t.dep_ in {"compound", "amod", "nmod"}
                    and (t.pos_ == "PROPN" or t.ent_type_ in {"GPE", "ORG", "NORP", "LOC"}) and t.text[:1].isupper()]
            if not mods and tok.lemma_.lower() in lx.BODY_NOUNS:
                # "its bank advisory committee", "the steering committee": a standing body named by what it does
                mods = [t for t in tok.lefts if t.dep_ in {"compound", "amod"} and t.pos_ in {"NOUN", "ADJ", "PROPN"}]
                if not any(t.dep_ == "compound" and t.pos_ in {"NOUN", "PROPN"} for t in mods):
                    return None
            if not mods:
                return None
            start = min(t.left_edge.i for t in mods)
            while start < tok.i and self.doc[start].tag_ in {"POS", "DT"}:
                start += 1
            if any(self.doc[i].tag_ == "POS" for i in range(start, tok.i)):
                return None
            name = self.doc[start:tok.i + 1].text
            return self._new(start, tok.i + 1, name, "Organization", tok.i)
        return None

    def _guess_type(self, name: str, span) -> str:
        gaz = self.gaz
        if gaz is not None and gaz.is_country_name(name):
            return "Country"
        if gaz is not None and gaz.is_city(name) or len(span) == 1 and town_of_site(span[0]):
            return "Place"  # (or the town a site is in: "the factory at Chemelil")
        last = span[-1].lower_
        if last in lx.ORGANIZATION_NOUNS or last in lx.COMPANY_SUFFIXES:
            return "Organization"
        if 2 <= len(span) <= 4 and first_name_gender(span[0].text):
            return "Person"
        return "Organization"

    def _new(self, start: int, end: int, name: str, kind: str, head: int) -> int:
        key = name.casefold()
        c = next((n for n, cl in enumerate(self.clusters) if any(x.casefold() == key for x in cl.names)), None)
        if c is None and kind != "Person":  # "Endata said ..." after "Endata Inc"
            c = short_form_of(name, definite_at(self.doc, start), self.clusters)
        mention = Mention(start, end, name, name, kind, head)
        if c is None:
            self.clusters.append(Cluster(kind))
            c = len(self.clusters) - 1
        self.clusters[c].add(mention)
        for i in range(start, end):
            self.coref.token_cluster.setdefault(i, c)
        self.coref.mention_cluster.setdefault(start, c)
        return c

    def within(self, tok, *, exclude: set[int] = frozenset(), clauses: bool = True) -> Found:
        """Clusters named anywhere inside tok's phrase (for demanded content); with
        ``clauses=False``, not inside its relative clauses and participles."""
        skip: set[int] = set()
        if not clauses:
            for t in tok.subtree:
                if t.i != tok.i and t.dep_ in {"relcl", "acl", "advcl"}:
                    skip.update(x.i for x in t.subtree)
        found: Found = []
        for t in tok.subtree:
            if t.i in skip:
                continue
            c = self.coref.token_cluster.get(t.i)
            if c is not None and c not in exclude and (c, 1.0) not in found:
                found.append((c, 1.0))
        return found

    def thing(self, tok) -> int:
        """What is demanded when nobody is asked for it ("called for an immediate ceasefire in Gaza"):
        an Event entity named by the noun and the words before it ("immediate ceasefire"), also
        known by the whole phrase the text gives it, not its conjuncts or clauses."""
        c = self.coref.token_cluster.get(tok.i)
        if c is not None:
            return c
        start = min([tok.i, *(t.left_edge.i for t in tok.lefts if t.dep_ in {"amod", "compound", "nmod", "nummod", "quantmod"})])
        while start < tok.i and (self.doc[start].pos_ in {"DET", "PUNCT"} or self.doc[start].tag_ == "POS"):
            start += 1
        name = self.doc[start:tok.i + 1].text
        cut = {x.i for t in tok.children if t.dep_ in {"conj", "cc", "relcl", "acl", "appos", "advcl"} or lists_people(t)
               for x in t.subtree}
        # and what is coordinated further in ("a ceasefire in Gaza and for funding ..."), but not adjectives
        # ("in Gaza and for funding": a preposition's conjunct; "on pathogen access and benefit-sharing" stays)
        deep = [t for t in tok.subtree if t.i != tok.i and t.dep_ == "conj" and (t.pos_ == "ADP" or t.head.pos_ == "ADP")]
        cut |= {x.i for t in deep for x in t.subtree}
        cut |= {t.i for t in tok.subtree if t.dep_ == "cc" and any(d.head.i == t.head.i for d in deep)}
        cut.discard(tok.i)
        kept = [t.i for t in tok.subtree if t.i not in cut]
        first, last = min(kept), max(kept)
        while last > tok.i and self.doc[last].is_punct:
            last -= 1
        surface = self.doc[first:last + 1].text
        bare = first  # and without its article: "an immediate end to the fighting" is "immediate end to the fighting"
        while bare < tok.i and self.doc[bare].pos_ == "DET" and self.doc[bare].lower_ in {"a", "an", "the"}:
            bare += 1
        variants = {surface, self.doc[bare:last + 1].text}
        of = child(tok, "prep", text="of")  # "the withdrawal of foreign forces" (without "from Congolese territory")
        if of is not None and of.right_edge.i < last:
            variants.update({self.doc[first:of.right_edge.i + 1].text, self.doc[bare:of.right_edge.i + 1].text})
        whole = child(of, "pobj") if of is not None else None
        if whole is not None and whole.i < whole.right_edge.i and all(
                c.dep_ in {"prep", "acl", "relcl"} for c in whole.rights):
            # "the lifting of all remaining sanctions on his country" is also "the lifting of all remaining sanctions"
            variants.add(self.doc[first:whole.i + 1].text)
        if whole is not None and tok.lemma_.lower() in lx.SETTING_UP_NOUNS:
            # "called for the launch of a joint initiative against ...": also the initiative itself
            inner = next(i for i in range(whole.left_edge.i, whole.i + 1) if self.doc[i].pos_ != "DET")
            variants.add(self.doc[inner:last + 1].text)
        for _, place in _places_on(tok, {"in", "on", "at", "for"}, {"GPE", "LOC", "FAC", "ORG", "NORP"}):
            variants.add(f"{place} {tok.text}")  # "a ceasefire in Gaza" is also "the Gaza ceasefire"
        if (place := _place_after(self.doc, last)) is not None:
            # "called for reconstruction in Gaza to begin", "in Gaza" hung on the verb: still the thing's words
            variants.update({f"{surface} {place}", f"{place.split(maxsplit=1)[1]} {tok.text}"})
        self.clusters.append(Cluster("Event"))
        c = len(self.clusters) - 1
        self.clusters[c].add(Mention(start, tok.i + 1, name, name, "Event", tok.i))
        for v in sorted(variants - {name}):
            self.also_called(c, first, last + 1, v)
        for i in range(start, tok.i + 1):
            self.coref.token_cluster.setdefault(i, c)
        self.coref.mention_cluster[start] = c
        return c

    def also_called(self, c: int, start: int, end: int, words: str) -> None:
        """Other words the text names cluster ``c`` by (kept as its own words, not as a name), once."""
        cluster = self.clusters[c]
        if words not in {m.name for m in cluster.mentions}:
            cluster.add(Mention(start, end, words, words, cluster.type, end - 1), named=False)

    def site(self, tok, whose) -> int:
        """A place the article names by what it is and whose it is, made on first use: "the tomb of
        Saint Charbel", "the site of the 2020 port explosion" (a Facility; GUIDELINES: sites are places)."""
        c = self.coref.token_cluster.get(tok.i)
        if c is not None:
            return c
        start = min([tok.i, *(t.left_edge.i for t in tok.lefts if t.dep_ in {"amod", "compound", "nmod"})])
        if whose is None:
            end = tok.i
        else:  # (without a clause or an apposition on its name: "the mausoleum of X, where he laid a wreath")
            aside = {x.i for t in whose.subtree if t.i > whose.i and t.dep_ in {"relcl", "acl", "appos"} for x in t.subtree}
            end = max(t.i for t in whose.subtree if t.i <= whose.i or t.i not in aside and t.dep_ != "punct")
            while end > whose.i and (self.doc[end].is_punct or self.doc[end].i in aside):
                end -= 1
        name = self.doc[start:end + 1].text
        c = next((n for n, cl in enumerate(self.clusters) if cl.type == "Facility" and any(x.casefold() == name.casefold() for x in cl.names)), None)
        if c is None:
            self.clusters.append(Cluster("Facility"))
            c = len(self.clusters) - 1
        self.clusters[c].add(Mention(start, end + 1, name, name, "Facility", tok.i))
        if (place := _place_after(self.doc, end)) is not None:  # "the Airbus site in Bremen"
            self.also_called(c, start, end + 1, f"{name} {place}")
        self.coref.token_cluster[tok.i] = c
        return c

    def resting_place(self, tok, his, person: int) -> int:
        """The tomb (mausoleum, grave) of a person told by a pronoun: "at his mausoleum" after "paid tribute to
        President X" is the "X Mausoleum", also called "mausoleum of X" and "his mausoleum"."""
        who = self.clusters[person].label
        name = f"{who} {tok.text[:1].upper()}{tok.text[1:]}"
        c = next((n for n, cl in enumerate(self.clusters) if cl.type == "Facility" and name.casefold() in
                  {x.casefold() for x in cl.names}), None)
        if c is None:
            self.clusters.append(Cluster("Facility"))
            c = len(self.clusters) - 1
            self.clusters[c].add(Mention(tok.i, tok.i + 1, name, name, "Facility", tok.i))
        self.also_called(c, his.i, tok.i + 1, f"{tok.text} of {who}")
        self.also_called(c, his.i, tok.i + 1, self.doc[his.i:tok.i + 1].text)
        self.coref.token_cluster[tok.i] = c
        return c

    def _make_gatherings(self, tok) -> None:
        """Events are made on first use: make those named before tok (each token looked at once per article)."""
        for t in self.doc[self._gatherings_made:tok.i]:
            # (not a noun that only describes another: see _last_event)
            if t.pos_ == "NOUN" and t.lower_ in lx.GATHERING_NOUNS and t.i not in self.coref.token_cluster \
                    and t.dep_ != "compound" and (
                    any(c.dep_ in {"compound", "amod"} and c.pos_ == "PROPN" for c in t.lefts)
                    or any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)):
                self._gatherings_made = max(self._gatherings_made, t.i + 1)  # (event() may come back here)
                self.event(t)
        self._gatherings_made = max(self._gatherings_made, tok.i)

    def main_event(self, tok, accept=lambda cluster: cluster.type == "Event") -> int | None:
        """The gathering the article is about, as far as it has gone: the event it has named most often
        before ``tok`` (at least twice, or once by a proper name), the earliest of a tie."""
        self._make_gatherings(tok)
        best, event_heads = None, lx.EVENT_NOUNS | lx.EVENT_NAME_HEADS
        for n, cl in enumerate(self.clusters):
            if not accept(cl):
                continue
            before = [m for m in cl.mentions if m.start < tok.i]
            starts = {m.start for m in before}
            if not starts or cl.label.split()[0].casefold() in lx.OTHER_TIME_WORDS | lx.OTHER_OCCASION_WORDS \
                    or cl.label.split()[-1].casefold() in lx.MEAL_NOUNS:
                continue  # ("last year's summit" is another one; a dinner is an occasion at it, not it)
            if not any(self.doc[m.head].lower_ in event_heads for m in before):
                continue  # a thing demanded ("a permanent ceasefire"), however often named, is no gathering
            proper = any(self.doc[i].pos_ == "PROPN" for m in before for i in range(m.start, m.end))
            if len(starts) < 2 and not proper:
                continue
            key = (len(starts), -min(starts))
            if best is None or key > best[0]:
                best = (key, n)
        return best[1] if best is not None else None

    def event(self, tok) -> int:
        """The Event cluster a meeting-like noun stands for, made on first use.

        Definite mentions of the same kind of event ("the video call", "the video
        conference") are one event within an article.
        """
        c = self.coref.token_cluster.get(tok.i)
        if c is not None:
            return c
        # (a plural noun's possessive describes the event: "the first ministers' meeting", "a leaders' summit")
        mods = [t for t in tok.lefts if (t.dep_ in {"compound", "amod", "nmod"}
                                         or t.dep_ == "poss" and t.tag_ in {"NNS", "NNPS"})
                and t.tag_ != "POS" and (t.ent_type_ not in {"DATE", "TIME"} or t.lower_ in lx.EVENT_ADJECTIVES or lx.corporate_day(tok))]
        # (a clause the parser hung on the noun is no part of its name: "after which the two held delegation-level talks";
        # but "a specially convened meeting", "renewed negotiations" keep their words)
        verb = max((t.i for t in tok.lefts if t.pos_ in {"VERB", "AUX"} and t.tag_ in {"VBD", "VBN", "VBZ", "VBP"}),
                   default=None) if any(t.dep_ == "prep" for t in tok.lefts) else None
        mods = [m for m in mods if (verb is None or m.i > verb) and not any(c.dep_ in lx.SUBJECTS for c in m.children)]
        # (a verb with its own subject is a clause, however the parser hung it: "Kim Ro held" + "talks attended by")
        start = min([tok.i, *(m.left_edge.i for m in mods)])
        # keep only the contiguous modifiers next to the head: "video call", "Alaska summit", "IADB annual meeting"
        while start < tok.i and not lx.corporate_day(tok) and any((self.doc[i].ent_type_ in {"DATE", "TIME"} and self.doc[i].lower_ not in lx.EVENT_ADJECTIVES)
                                    or self.doc[i].tag_ == "POS" and self.doc[i - 1].tag_ not in {"NNS", "NNPS"}
                                    for i in range(start, tok.i)):
            start += 1
        while start < tok.i and (self.doc[start].is_punct or self.doc[start].pos_ == "DET"):
            start += 1
        if any(c.dep_ == "poss" and c.lower_ in {"his", "her", "their", "its"} for c in tok.children):
            # "his first Brics summit" is the Brics summit, his first; "its own rally" a rally
            skipped = lx.PERSONAL_ORDINALS | {"own"} if any(c.lower_ != "its" for c in tok.children if c.dep_ == "poss") \
                else {"own"}
            skipped |= {"last"} if _final_one(tok) else set()
            while start < tok.i and self.doc[start].lower_ in skipped:
                start += 1
        # "last year's summit", "the 2019 summit": another one than the summit of the article (but
        # "last week's meeting" is mostly the article's own, reported after it)
        dated = next((t for t in tok.lefts if t.ent_type_ == "DATE" and t.dep_ in {"poss", "npadvmod", "compound", "nmod", "amod", "nummod"}
                      and (any(w.lower_ in lx.OTHER_YEAR_WORDS for w in t.subtree)
                           and any(w.lemma_.lower() == "year" for w in t.subtree)
                           or any(lx.YEAR.fullmatch(w.text) for w in t.subtree))), None)
        if dated is not None:
            start = min(start, dated.left_edge.i)
        name = base = self.doc[start:tok.i + 1].text
        new = self._new_event(tok)
        if new and (whose := gathering_of(tok)) is not None:
            # "a meeting of EU agriculture ministers", "a meeting of the North-South Ministerial Council": two meetings
            name = f"{name} of {_phrase_of(whose)}"
        surface_start = min([tok.i, *(t.i for t in tok.lefts)])
        while surface_start > 0 and _hyphened(self.doc[surface_start]) and surface_start > tok.left_edge.i:
            surface_start -= 1  # "delegation-level talks", not "level talks"
        mention = Mention(surface_start, tok.i + 1, name, self.doc[surface_start:tok.i + 1].text, "Event", tok.i)
        kind = lx.EVENT_KINDS.get(tok.lower_)
        if new or dated is not None:
            kind = None  # "a meeting", "the next summit" are new events, not the one named before
        elif tok.lower_ in lx.GENERIC_EVENTS and any(d.dep_ == "det" and d.lower_ in {"the", "this", "that"} for d in tok.children) \
                and not any(d.dep_ in {"compound", "amod", "nmod"} and d.lower_ not in lx.EVENT_ADJECTIVES
                            for d in tok.lefts) \
                and not (any(d.lower_ in lx.EVENT_ADJECTIVES for d in tok.lefts) and any(
                    t.ent_type_ == "DATE" and (t.lower_ == "year" or lx.YEAR.fullmatch(t.text)) for t in tok.sent)):
            # ("the opening ceremony" names its own; "the twice-yearly gathering" is the one told of, but not "will host
            # the annual gathering next year")
            # "the event", "the gathering": the event the article has named most so far, the last of them
            # ("skipped the gathering" after the summit named three times and a dinner once is the summit)
            # a ceremony named before, nearest first ("attended a signing ceremony ... skipped the ceremony"), else the
            # gathering the article is about, when it is clear
            same = next((t for t in reversed(self.doc[sentence_starts(self.doc, tok, 3):tok.i])
                         if t.lower_ == tok.lower_ and t.pos_ == "NOUN" and t.i != tok.i), None)
            main = self.event(same) if same is not None else self.main_event(tok)
            if main is not None:
                self.coref.token_cluster[tok.i] = main
                return main
            last = max(((len({m.start for m in cl.mentions if m.start < tok.i}), max(m.start for m in cl.mentions if m.start < tok.i), n)
                        for n, cl in enumerate(self.clusters)
                        if cl.type == "Event" and any(m.start < tok.i for m in cl.mentions)), default=None)
            last = (last[1], last[2]) if last is not None else None
            if last is not None:
                self.coref.token_cluster[tok.i] = last[1]
                return last[1]
        own_name = any(_names_event(m) for m in mods)
        if tok.lower_ in lx.SESSION_NOUNS and not own_name and pobj(tok, "of") is None \
                and all(m.lower_ in lx.SESSION_KINDS for m in mods):
            # "speaking at a plenary session", "the opening session": a part of the gathering the article is about
            main = self.main_event(tok)
            if main is not None:
                self.coref.token_cluster[tok.i] = main
                return main
        if own_name:
            kind = None  # "the ICO executive board meeting" names its own event; only a bare "the meeting" refers back
        named = self._named_before(tok, kind) if dated is None and not own_name else None
        if named is None and dated is None and not own_name and kind:
            named = self._said_before(tok, kind)  # "a producers' meeting in Managua ... In the meeting, we agreed"
        if named is not None:
            # "the AU summit ... Addressing the summit": the one named before, whichever frame reads first
            c = self.event(named)
        else:
            # a mention before it, or one after it that is no new event of its own: "the conference on a new
            # rubber pact ... The INRA renegotiation conference" are one, but "at its January meeting" is not "a
            # bilateral meeting" told after it; of several, the one named last before it ("the recent ICO
            # meeting ... a producers' meeting in Managua ... In the meeting, we agreed": the producers' meeting)
            numbered = _ordinal(tok)

            elsewhere = _told_elsewhere(tok)

            def joins(cl) -> bool:
                before = any(m.start < tok.i for m in cl.mentions)
                if numbered and any(lx.ORDINAL.fullmatch(w.casefold()) and w.casefold() != numbered
                                    for n in cl.names + [m.name for m in cl.mentions]
                                    if n.split()[-1].casefold() == tok.lower_ for w in n.split()):
                    return False  # "the 41st Meeting" after "the 40th ... Meeting": the next one
                if new and before:
                    return False  # "the first intergovernmental conference ... a conference on judicial reform": another
                if (elsewhere or not before and all(_told_elsewhere(self.doc[m.head]) for m in cl.mentions)) \
                        and not any(x.casefold() == name.casefold() for x in cl.names + [m.name for m in cl.mentions]):
                    return False  # "their seventh summit ... from Johannesburg, where he is hosting the G20 summit": another
                return before or not any(self._new_event(self.doc[m.head]) for m in cl.mentions)

            # "its own rally": another one; "a meeting of the board" after "a meeting of EU ministers": another one
            own = any(d.lower_ == "own" and d.dep_ == "amod" for d in tok.lefts) or new and pobj(tok, "of") is not None
            c = None if own else max(((max((m.start for m in cl.mentions if m.start < tok.i), default=-1), n)
                                      for n, cl in enumerate(self.clusters)
                     if cl.type == "Event" and joins(cl) and
                     (kind and any(lx.EVENT_KINDS.get(self.doc[m.head].lower_) == kind for m in cl.mentions)
                      or any(x.casefold() == name.casefold() for x in cl.names + [m.name for m in cl.mentions]))),
                    default=(None, None))[1]
        if c is None:
            self.clusters.append(Cluster("Event"))
            c = len(self.clusters) - 1
        self.clusters[c].add(mention, named=named is None)  # "the summit" does not rename the AU summit
        # other ways the same words name it: without a parenthesis ("IADB annual meeting"), the head's nearest words
        words = [t for t in self.doc[start:tok.i + 1]]
        inside = {t.i for t in words for p in [t] if any(self.doc[j].text == "(" for j in range(start, t.i)) and
                  not any(self.doc[j].text == ")" for j in range(start, t.i))}
        # "last month's failed ICO talks": also "ICO talks" (the name's nouns, not its adjectives)
        # (words the text writes joined stay joined, and a hyphenated word is never cut: "delegation-level talks", not
        # "- level talks")
        core = _joined([t for t in words if t.i not in inside and (t.pos_ in {"PROPN", "NOUN"} or t.i == tok.i or _hyphened(t))])
        last = len(words) - 3
        while 0 < last < len(words) and _hyphened(words[last]):
            last -= 1
        variants = {_joined([t for t in words if t.i not in inside and t.text not in "()"]),
                    _joined([t for t in words[max(0, last):] if t.text not in "()"]),
                    core,
                    tok.text}  # "the meeting": what the article calls it once it is known
        for prep, place in _places_on(tok, {"at", "in", "on"}, {"GPE", "LOC", "FAC", "ORG"}):
            # "the rally at Fort Hood" is also "the Fort Hood rally"; "ICO talks in London"
            variants.update({f"{place} {base}", f"{core} {prep} {place}"})
            if prep in {"in", "at"}:  # "a producers' meeting in Managua" is also "the Managua meeting"
                variants.add(f"{place} {tok.text}")
        for p in tok.children:
            whose = child(p, "pobj") if p.dep_ == "prep" and p.lower_ == "of" else None
            if whose is not None:  # "a meeting of OPEC ministers" is also "the OPEC ministers meeting"
                # (without a bracketed acronym after it: "the General Border Committee (GBC)")
                aside = {x.i for t in whose.children if t.dep_ == "appos" and t.i > whose.i for x in t.subtree}
                words = [t for t in whose.subtree if t.dep_ not in {"det", "punct"} and t.dep_ not in {"relcl", "acl"}
                         and t.i not in aside]
                # a name running on past its head counts whole: "a meeting of the Group of Five"
                if 0 < len(words) <= 5 and (all(t.i <= whose.i for t in words) or all(t.ent_type_ for t in words)):
                    text = "".join(t.text_with_ws for t in words).strip()  # "government's", not "government 's"
                    # ("the extraordinary meeting of the General Border Committee" is also "the General Border
                    # Committee meeting")
                    variants.update({f"{base} of {text}", f"{text} {base}", f"{text} {tok.text}"})
        if tok.dep_ == "conj" and tok.head.pos_ == "PROPN" and tok.head.dep_ == "pobj":
            # "at the IMF and World Bank annual meeting": the meeting of both bodies
            first = next((t for t in tok.head.subtree if t.dep_ != "det"), tok.head)
            if first.i < start:
                variants.add(self.doc[first.i:tok.i + 1].text)
        for p in tok.children:
            # the article's own words for it, complement and all: "the funeral of Yasser Arafat", "a meeting
            # of the government's economic task force", "a special committee meeting into the future of GATT"
            obj = child(p, "pobj") if p.dep_ == "prep" and p.lower_ in {"of", "into"} and p.i == tok.i + 1 else None
            if obj is not None and obj.ent_type_ not in {"DATE", "TIME"} \
                    and not any(t.dep_ in {"relcl", "acl", "appos"} for t in p.subtree) and p.right_edge.i - start < 12:
                variants.add(self.doc[start:p.right_edge.i + 1].text)
        for v in variants - {name}:
            if v.strip():
                self.also_called(c, mention.start, mention.end, v)
        for i in range(mention.start, mention.end):
            self.coref.token_cluster.setdefault(i, c)
        self.coref.token_cluster[tok.i] = c
        self.coref.mention_cluster[mention.start] = c
        return c

    @staticmethod
    def _new_event(head) -> bool:
        """An event noun that brings in one of its own: "a bilateral meeting", "a coffee producers' meeting",
        "the next retreat"."""
        describer = [d for c in head.children if c.dep_ == "poss" and c.tag_ == "NNS" for d in c.children]
        # ("attending his last AU summit before leaving office": his final one, the one going on; not "at their last
        # summit, in Kigali": the one before)
        personal = _final_one(head)
        if any(d.lower_ == "own" and d.dep_ == "amod" for d in head.lefts):
            return True  # "will hold its own rally": not the one told before
        return any(d.dep_ == "det" and d.lower_ in {"a", "an", "another"} for d in [*head.children, *describer]) \
            or any(d.dep_ == "amod" and d.lower_ in lx.OTHER_OCCASION_WORDS and not (personal and d.lower_ == "last")
                   for d in head.lefts)

    def _said_before(self, tok, kind: str):
        """For a bare "the meeting", the nearest noun of that kind of event before it in the five sentences
        before when the text brought that one in there ("a coffee producers' meeting in Managua ... In the
        meeting"), wherever frames read it first; not one dated or another ("last year's meeting", "the next
        meeting")."""
        if [d.lower_ for d in tok.lefts] != ["the"]:
            return None
        for t in reversed(self.doc[sentence_starts(self.doc, tok, 5):tok.i]):
            named = self.coref.token_cluster.get(t.i)
            if t.pos_ == "NOUN" and t.text.islower() and lx.EVENT_KINDS.get(t.lower_) == kind and t.dep_ != "compound" \
                    and (named is None or self.clusters[named].type == "Event"):  # (not "the U.N. Conference on Trade")
                if any(m.ent_type_ == "DATE" or m.lower_ in lx.OTHER_OCCASION_WORDS for m in t.lefts):
                    return None
                # only an event the text brought in there ("a ... meeting"); a definite one has its own antecedent
                return t if self._new_event(t) else None
        return None

    def _named_before(self, tok, kind: str | None):
        """The nearest event of this kind (or with this head noun) a name made its own earlier in the
        text ("the African Union summit", "the World Health Assembly"), for a bare "the summit", "the
        assembly" after it; None when a bare one or none came before."""
        if not any(d.dep_ == "det" and d.lower_ in {"the", "this", "that"} for d in tok.children) \
                or any(d.dep_ in {"amod", "compound", "nmod", "poss"} and d.lower_ not in lx.DEFINITE_ADJECTIVES for d in tok.lefts):
            return None
        for j in range(tok.i - 1, -1, -1):
            t = self.doc[j]
            same = lx.EVENT_KINDS.get(t.lower_) == kind if kind else t.lower_ == tok.lower_
            if not same or any(d.dep_ == "det" and d.lower_ in {"a", "an", "another"} for d in t.children):
                continue
            if any(_names_event(m) for m in t.lefts if m.dep_ in {"compound", "amod", "nmod", "poss"}):
                return t
            if any(m.ent_type_ == "DATE" and any(w.lower_ in lx.OTHER_YEAR_WORDS for w in m.subtree)
                   for m in t.lefts):
                continue  # "before next year's assembly": another one, past which the name may lie
            return None
        return None

    def _name_inside(self, noun) -> int | None:
        """The name a common noun's phrase gives itself: in apposition ("The leader of the party, Noda
        Yoshihiko,", "his Polish counterpart, Tomasz Siemoniak"), or hung on a time phrase the parser
        made one noun of ("sit down with Trump tomorrow morning")."""
        for a in noun.children:
            c = self.coref.token_cluster.get(a.i)
            if a.dep_ == "appos" and a.pos_ == "PROPN" and c is not None and self.clusters[c].type in {"Person", "Organization"}:
                return c
        if noun.ent_type_ in {"DATE", "TIME"} or noun.lemma_.lower() in lx.TIME_NOUNS \
                and any(x.ent_type_ in {"DATE", "TIME"} for x in noun.lefts):
            return next((self.coref.token_cluster[x.i] for x in noun.lefts if x.dep_ == "compound"
                         and x.ent_type_ not in {"DATE", "TIME"} and x.i in self.coref.token_cluster), None)
        return None

    def national_person(self, tok) -> int | None:
        """"The Omani official", "the Libyan official": the one person named before with an office of that country
        ("Oman's Deputy Prime Minister X", "Libyan Foreign Minister Y"), when there is exactly one."""
        if tok.tag_ != "NN" or tok.lemma_.lower() not in lx.NATIONAL_PERSON_NOUNS or self.gaz is None \
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return None
        if any(t.lemma_.lower() == tok.lemma_.lower() and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in t.children)
               for t in self.doc[:tok.i]):
            return None  # ("a senior Israeli official travelled to Cairo. The Israeli official met ...": that one)
        country = next((k for c in tok.children if c.dep_ in {"amod", "compound"} and c.ent_type_ == "NORP"
                        and (k := self.gaz.country(c.text))), None)
        if country is None:
            return None
        # (a monarch is no one's "official": "Sultan X of Oman" beside "Oman's Deputy Prime Minister Y")
        people = {c for c, cl in enumerate(self.clusters) if cl.type == "Person"
                  and any(k == country and r not in lx.MONARCH_ROLES for r, k in cl.roles)
                  and any(m.start < tok.i for m in cl.mentions)}
        return people.pop() if len(people) == 1 else None

    def counterpart(self, tok) -> Found:
        """"his German counterpart": the person of that country the article named ("German Chancellor
        Friedrich Merz"), else the one titled person named in the sentences before who is not the
        clause's own subject; nobody when that is not clear."""
        named = self.coref.mention_cluster.get(tok.i + 1)
        if named is not None and self.clusters[named].type == "Person":
            return [(named, 0.9)]  # "his Malaysian counterpart Anwar Ibrahim", the name not set off by a comma
        country = next((self.gaz.country(c.text) for c in tok.lefts if c.dep_ in {"amod", "compound"} and self.gaz is not None
                        and self.gaz.country(c.text)), None)
        verb = next((a for a in tok.ancestors if a.pos_ in {"VERB", "AUX"}), None)
        # (never through another "counterpart": "his counterpart ... and her counterpart" would loop)
        own = {x for s in (subject_tokens(verb) if verb is not None else [])
               if s.i != tok.i and s.lemma_.lower() != "counterpart" for x, _ in self.of(s, conjuncts=False)}
        people = [c for c, cl in enumerate(self.clusters) if cl.type == "Person" and c not in own
                  and any(m.start < tok.i for m in cl.mentions)]
        if country:
            same = [c for c in people if any(k == country for _, k in self.clusters[c].roles)]
            if len(same) == 1:
                return [(same[0], 0.85)]
        first = sentence_starts(self.doc, tok, 3)
        recent = [c for c in people if self.clusters[c].roles
                  and any(first <= m.start < tok.i for m in self.clusters[c].mentions)
                  and not (country and any(k and k != country for _, k in self.clusters[c].roles))]
        return [(recent[0], 0.8)] if len(recent) == 1 else []

    def host_of(self, tok) -> Found:
        """"his host", "her hosts": who last hosted, received or welcomed the possessor, in the three sentences
        before tok ("X received Y ... Y asked his host", "Y was received by X ... Y urged her host")."""
        return self._received(tok, guest_wanted=False)

    def guest_of(self, tok) -> Found:
        """"his guest", "her guests": whom the possessor last hosted, received or welcomed, in the three sentences
        before tok ("X has hosted Y in Cork ... X brought his guest to the port"); else the one the article told
        arrived just before ("Y arrived in Dhaka ... X welcomed his guest")."""
        return self._received(tok, guest_wanted=True)

    def _received(self, tok, *, guest_wanted: bool) -> Found:
        owner = next((c for c in tok.children if c.dep_ == "poss" and c.tag_ == "PRP$"), None)
        if owner is None:
            return []
        owners = {c for c in antecedent(self.doc, owner, self.coref)}
        first = sentence_starts(self.doc, tok, 3)
        for verb in reversed(self.doc[first:tok.i]):
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in lx.RECEIVING_VERBS:
                continue
            # "X received Y", or "Y was received by X"
            guest, host = (passive_subject_tokens(verb), [agent(verb)]) if is_passive(verb) else ([child(verb, "dobj")],
                                                                                               subject_tokens(verb))
            known, wanted = (host, guest) if guest_wanted else (guest, host)
            if any(g is not None and g.i == tok.i for g in (*known, *wanted)):
                continue  # "X welcomed his guest": the verb tok is the object of says nothing of whom tok is
            if not owners & {c for g in known if g is not None for c, _ in self.of(g, conjuncts=False)}:
                continue
            found = [(c, 0.85) for s in wanted if s is not None for c, _ in self.of(s, conjuncts=not guest_wanted)
                     if self.clusters[c].type in {"Person", "Country", "Organization"} and c not in owners]
            if found:
                return found
        if guest_wanted and not any(c.dep_ in {"appos", "relcl", "acl"} for c in tok.children):
            # "X arrived in Dhaka ... Y later welcomed his guest": the one the article told came, just before (no one
            # else arriving there, the host among them)
            came = list(dict.fromkeys(c for c, _ in self._arrivals(tok, sentence_starts(self.doc, tok, 1))))
            if came and not set(came) & owners and (len(came) == 1 or tok.tag_ == "NNS"):
                return [(c, 0.8) for c in came]
        return []

    def represented(self, tok, depth: int = 0) -> Found:
        """Who people sent or speaking for someone stand for: "the African Union delegation",
        "a delegation from Israel", "U.S. and Japanese negotiators", "officials of MITI",
        "25 delegations including representatives of GATT and the EC"."""
        if tok is None or depth > 2:
            return []
        found: Found = []
        for t in parties(tok):
            if t.lemma_.lower() not in lx.DELEGATION_NOUNS and t.lower_ not in lx.DELEGATION_NOUNS:
                continue
            if _any_holder(t):
                continue
            if t.lemma_.lower() == "board" and not any(
                    c.dep_ in {"compound", "poss"} and c.pos_ == "PROPN" or c.dep_ == "prep" and c.lower_ == "of"
                    and (o := child(c, "pobj")) is not None and o.pos_ == "PROPN" for c in t.children):
                continue  # a board stands for its company only when the company is named on it: "Brightmoor's board"
            allies = t.lemma_.lower() in {"ally", "partner"}
            for c in t.children:
                if allies and (c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of"):
                    continue  # "Greece's NATO allies", "the NATO allies of Greece" are NATO, not Greece
                if c.dep_ in {"compound", "poss", "nmod", "amod"}:
                    for part in parties(c):  # "U.S. and Japanese negotiators"
                        if t.lemma_.lower() in lx.COMPANY_PEOPLE and part.ent_type_ == "NORP" and self.gaz is not None \
                                and self.gaz.country(part.text):
                            continue  # "German robotics executives": of German firms, not of Germany
                        found += self.of(part, conjuncts=False) or self.demonym(part)
                elif c.dep_ == "prep" and c.lower_ in {"of", "from", "for"}:
                    for obj in [child(c, "pobj")]:
                        if obj is not None and t.tag_ == "NN" and any(
                                a.dep_ == "appos" and a.i in self.coref.token_cluster
                                and self.clusters[self.coref.token_cluster[a.i]].type == "Person" for a in obj.children):
                            continue  # "the leader of the party, X,": X, whom the parser hung on the party
                        if obj is not None:
                            found += self.of(obj) or self.represented(obj, depth + 1)
                elif c.dep_ == "prep" and c.lower_ in {"including", "among"}:
                    obj = child(c, "pobj")
                    if obj is not None:
                        found += self.of(obj) or self.represented(obj, depth + 1)
            if not found and depth == 0 and t.tag_ == "NN" and [x.lower_ for x in t.lefts] == ["the"]:
                # "The mission will hold meetings ...": the mission named before ("a staff mission of the IMF")
                earlier = next((x for x in reversed(self.doc[max(0, t.sent.start - 400):t.sent.start])
                                if x.lemma_.lower() == t.lemma_.lower() and x.pos_ == "NOUN"), None)
                if earlier is not None:
                    found += self.represented(earlier, depth + 1)
            if t.dep_ == "dobj" and not any(c.dep_ == "prep" for c in t.children):
                # "involved delegates from A and B" with "from" hung on the verb
                for p in t.head.children:
                    if p.dep_ == "prep" and p.lower_ in {"from", "of"} and p.i > t.i:
                        found += self.of(child(p, "pobj"))
        return [(c, 0.9 * f) for c, f in dict.fromkeys(found)]

    def issuer(self, tok) -> int | None:
        """Who speaks through a statement that is the subject of a clause: "the G7's communique",
        "the EU statement", "a statement issued by X", "a statement issued after a meeting of X",
        else whoever the article said issued a statement just before ("X said in a statement")."""
        if tok.dep_ not in lx.SUBJECTS or tok.pos_ != "NOUN" or tok.lemma_.lower() not in lx.ISSUED_TEXTS \
                or tok.head.lemma_.lower() not in SPEAKING_VERBS:
            return None  # (a letter that was sent, or that accused someone, is no party)
        for c in tok.children:
            if c.dep_ in {"poss", "compound", "nmod"} and c.i in self.coref.token_cluster:
                found = self.coref.token_cluster[c.i]
                if self.clusters[found].type in {"Organization", "Country", "Person"}:
                    return found
        # the text's first mention in the article: "a statement issued after a meeting of X"
        for t in self.doc[:tok.i + 1]:
            if t.lemma_.lower() != tok.lemma_.lower() or t.pos_ != "NOUN":
                continue
            for acl in (c for c in t.children if c.dep_ == "acl" and c.lemma_.lower() in lx.ISSUING_VERBS):
                by = agent(acl)
                if by is not None and by.i in self.coref.token_cluster:
                    return self.coref.token_cluster[by.i]
                for p in acl.children:
                    o = child(p, "pobj") if p.dep_ == "prep" and p.lower_ in {"after", "at", "following"} else None
                    whose = pobj(o, "of") if o is not None and o.lemma_.lower() in lx.EVENT_NOUNS else None
                    if whose is not None and whose.i in self.coref.token_cluster:
                        return self.coref.token_cluster[whose.i]
            # "X said in a statement", "X issued a statement": its subject
            head = t.head.head if t.dep_ == "pobj" else t.head if t.dep_ == "dobj" else None
            if head is not None and head.pos_ == "VERB" and head.i < tok.i:
                subj = next((c for c in head.children if c.dep_ in lx.SUBJECTS and c.lemma_.lower() not in lx.ISSUED_TEXTS), None)
                found = [c for c, _ in self.of(subj, conjuncts=False)] if subj is not None else []
                if found:
                    return found[0]
        return None

    def title_of(self, tok) -> int | None:
        """A title the parser split from its holder's name: "vice president of finance Daniel
        Miglio" (the person named at the end of the "of" phrase, not "the president of France")."""
        if tok.lemma_.lower() not in lx.TITLE_WORDS | lx.PERSON_ROLES:
            return None
        o = pobj(tok, "of")
        for t in ([o, *(a for a in o.children if a.dep_ == "appos")] if o is not None else []):
            c = self.coref.token_cluster.get(t.i)  # "chairman of the executive committee Shepard Broad"
            if c is not None and self.clusters[c].type == "Person":
                return c
        return None

    def including(self, tok) -> Found:
        """The named ones of a group: "ten countries, including Ghana and Nigeria", "thousands of
        people, among them Tom Berenger", "unions such as the NUM"."""
        if tok.pos_ not in {"NOUN", "NUM", "PRON"} or tok.i in self.coref.token_cluster:
            return []
        holders = [tok, *(o for o in [pobj(tok, "of")] if o is not None)]
        if tok.dep_ == "pobj" and tok.head.dep_ == "prep":
            # "talks with party leaders, including X": the list hung on the phrase's head
            holders.append(tok.head.head)
        found: Found = []
        for h in holders:
            for c in h.children:
                if c.dep_ != "prep" or (h.i != tok.i and c.i < tok.i):
                    continue
                if c.lower_ in {"including", "among", "notably", "like"} or (
                        c.lower_ == "as" and any(x.lower_ == "such" for x in c.children)):
                    obj = child(c, "pobj")
                    if obj is not None:
                        found += [(x, f * 0.9) for x, f in self.of(obj)]
        return list(dict.fromkeys(found))

    def pair(self, noun) -> Found:
        """The sides a hyphenated modifier names: "U.S.-Japan talks", "EC-Japan trade talks",
        "Sino-Soviet talks" (every side must be a country, a demonym or an entity the article names)."""
        start = noun.i  # the words right before the noun, however the parser hung them
        while start > 0 and (self.doc[start - 1].pos_ in {"PROPN", "ADJ", "NOUN"} or self.doc[start - 1].text == "-") \
                and noun.i - start < 6:
            start -= 1
        if start == noun.i:
            return []
        words = self.doc[start:noun.i].text.replace(" - ", "-").replace("- ", "-").replace(" -", "-").split()
        # (the sides of a body's name are no parties to its summit: "the British-Irish Council summit"; but a joint
        # committee's meeting is the two sides': "the next U.S.-Japan yen-dollar committee meeting")
        body = next((k for k in range(len(words)) if words[k].lower() in lx.ORGANIZATION_NOUNS and words[k][:1].isupper()),
                    None)
        if body is not None:
            words = words[body + 1:]
        for word in words:
            parts = [p for p in word.split("-") if p]
            if len(parts) < 2:
                continue
            found: Found = []
            for part in parts:
                c = self._side(part)
                if c is None:
                    break
                found.append((c, 0.9))
            else:
                return list(dict.fromkeys(found)) if len(set(found)) >= 2 else []
        return []

    def _side(self, part: str) -> int | None:
        country = lx.COMBINING_FORMS.get(part.lower()) or (self.gaz.country(part) if self.gaz is not None else None)
        if country and self.gaz is not None:
            return self.country_cluster(self.gaz.country(country) or country)
        key = part.casefold()
        known = next((n for n, cl in enumerate(self.clusters) if cl.type in {"Organization", "Country", "Person"}
                      and any(x.casefold() == key for x in cl.names)), None)
        if known is None and part.isupper() and 2 <= len(part) <= 5 and part.isalpha():
            self.clusters.append(Cluster("Organization", canonical=part))  # "EC-Japan talks": the EC
            known = len(self.clusters) - 1
        return known

    def demonym(self, tok) -> Found:
        """"Japanese" (negotiators), "U.S. and Japanese" (officials): the countries, made on first use."""
        out: Found = []
        for t in [tok]:
            if self.gaz is None or t.ent_type_ not in {"NORP", "GPE", ""} or not t.text[:1].isupper():
                continue
            country = self.gaz.country(_entity_text(t)) or self.gaz.country(t.text)  # "South Korean"
            if country:
                c = self.coref.token_cluster.get(t.i)
                out.append((self.country_cluster(country) if c is None else c, 0.9))
        return out

    def after_and(self, tok) -> Found:
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

    def typed(self, found: Found, types) -> Found:
        """Only entities of the allowed types; a capital stands for its country's government
        where a place cannot fill the slot ("Washington pressed Tokyo to ...")."""
        out: Found = []
        for c, f in found:
            cl = self.clusters[c]
            if cl.type in types:
                out.append((c, f))
            elif cl.type == "Place" and "Organization" in types and cl.label.casefold() in lx.SEATS_OF_BODIES \
                    and (body := self.seated_body(cl)) is not None:
                out.append((body, f * 0.9))  # "Brussels pressed London to ...": the EU
            elif cl.type == "Place" and "Country" in types and self.gaz is not None:
                country = self.gaz.capital_of(cl.label)
                if country:
                    out.append((self.country(country, cl), f * 0.9))
        return list(dict.fromkeys(out))

    def seated_body(self, seat: Cluster) -> int | None:
        """The body a city stands for (lexicon.SEATS_OF_BODIES) when the article names that body and not the city's
        country ("Brussels pressed London" in news of the EU; not "Belgium ... Brussels asked Kinshasa"), with the
        city's mentions as aliases; else None."""
        names = lx.SEATS_OF_BODIES[seat.label.casefold()]
        c = next((n for n, cl in enumerate(self.clusters) if cl.type == "Organization"
                  and {x.casefold() for x in [cl.label, *cl.names]} & {x.casefold() for x in names}), None)
        country = self.gaz.capital_of(seat.label) if self.gaz is not None else None
        if c is None or country and any(cl.type == "Country" and cl.label == country for cl in self.clusters) \
                or country and self.gaz is not None and any(t.ent_type_ == "NORP" and self.gaz.country(t.text) == country
                                                            for t in self.doc):
            return None
        for m in seat.mentions:
            if m not in self.clusters[c].mentions:
                self.clusters[c].add(m, named=False)
        return c

    def country_cluster(self, name: str) -> int:
        """The cluster of the country named ``name`` (its table name), made on first use."""
        c = next((n for n, cl in enumerate(self.clusters) if cl.type == "Country" and cl.label == name), None)
        if c is None:
            self.clusters.append(Cluster("Country", canonical=name))
            c = len(self.clusters) - 1
        return c

    def country(self, name: str, capital: Cluster) -> int:
        """The cluster of a country (made on first use), with its capital's mentions as aliases (GUIDELINES: "Beijing"
        in "talks with Beijing")."""
        c = self.country_cluster(name)
        for m in capital.mentions:
            if m not in self.clusters[c].mentions:
                self.clusters[c].add(m, named=False)
        return c

    def office_holders(self, tok) -> Found:
        """"the Bolivian and Colombian presidents", "the presidents of Chile and Peru": each
        country's holder of the office, as the article or the office table names them."""
        if tok.tag_ not in {"NNS", "NNPS"} or self.gaz is None or (
                tok.lemma_.lower() not in lx.ROLE_NOUNS and tok.lower_[:-1] not in lx.ROLE_NOUNS):
            return []
        sides = [t for m in tok.lefts if m.dep_ == "amod" and m.ent_type_ == "NORP" for t in (m, *m.conjuncts)]
        of = pobj(tok, "of")
        if of is not None:
            sides += [of, *of.conjuncts]
        def named(t):  # "South Korean", "Brazilian"
            words = [w.text for w in t.lefts if w.dep_ in {"amod", "compound"} and w.text[:1].isupper()] + [t.text]
            return self.gaz.country(" ".join(words)) or self.gaz.country(t.text)

        countries = list(dict.fromkeys(c for c in (named(t) for t in sides) if c))
        if len(countries) < 2:
            return []
        named_after = next((c for c in tok.children if c.dep_ in {"appos", "conj"} and c.i > tok.i and c.ent_type_ == "PERSON"
                            and c.doc[c.left_edge.i - 1].text == ","), None)
        if named_after is not None:  # "The foreign ministers of A and B, X and Y, are due to meet": the names are the holders
            return [(c, 0.9) for t in (named_after, *named_after.conjuncts)
                    if (c := self.coref.token_cluster.get(t.i)) is not None and self.clusters[c].type == "Person"]
        role = role_name(tok)
        if role.endswith("s") and role[:-1].split()[-1] in lx.ROLE_NOUNS:
            role = role[:-1]  # "Presidents", a proper noun the lemmatizer left plural
        if role not in lx.SINGLE_HOLDER_ROLES:
            return []  # "French and Soviet foreign trade ministers": many hold such an office
        found: Found = []
        for country in countries:
            m = Mention(tok.i, tok.i + 1, tok.text, tok.text, "Role", tok.i, role, country)
            c = resolve_role(m, self.clusters, self.gaz, None)
            if c is not None:
                found.append((c, 0.85))
        return found

    def _talks_between(self, tok, types, exclude: set[int], since: int | None = None) -> Found:
        """The two parties of the last "talks between X and Y" (any event noun) before tok, from token ``since`` on."""
        for t in reversed(self.doc[since or 0:tok.i]):
            if t.dep_ != "prep" or t.lower_ != "between" or t.head.lemma_.lower() not in lx.EVENT_NOUNS:
                continue
            first = child(t, "pobj")
            second = next((c for c in first.children if c.dep_ == "conj"), None) if first is not None else None
            pair = self._pair_of(first, second, types, exclude) if second is not None else []
            if pair:
                return pair
        return []

    @staticmethod
    def _other_gathering(t) -> bool:
        """A gathering other than talks between two sides, told as held or opening: "held its congress", "the summit
        opened" (not one told in passing: "the first since the summit in Rome")."""
        return t.pos_ in {"NOUN", "PROPN"} and t.lemma_.lower() in lx.GATHERING_NOUNS - lx.TALK_NOUNS \
            and not any(p.lower_ == "between" for p in t.children) \
            and (t.dep_ in {"nsubj", "nsubjpass"} or t.dep_ == "dobj" and t.head.lemma_.lower() in lx.GATHERING_HOLDING_VERBS)

    def _pair_of(self, a, b, types, exclude: set[int]) -> Found:
        """The two parties tokens a and b name, when both are of ``types``, distinct and not excluded."""
        pair = [next((c for c, _ in self.of(x, conjuncts=False)), None) for x in (a, b)]
        if all(c is not None and c not in exclude and self.clusters[c].type in types for c in pair) and pair[0] != pair[1]:
            return [(c, 0.8) for c in pair]
        return []

    def _last_pair(self, tok, types, exclude: set[int], back: int = 3, talking: bool = False) -> Found:
        """The last two parties coordinated with each other before tok, within ``back`` sentences
        (``talking``: only two who are the subject of meeting or talking, "X and Y are due to meet")."""
        for t in reversed(self.doc[sentence_starts(self.doc, tok, back):tok.i]):
            if talking and not (t.dep_ == "conj" and t.head.dep_ in lx.SUBJECTS and _talking(t.head.head)):
                continue
            if t.dep_ == "conj" and t.pos_ == "ADP" and t.head.pos_ == "ADP" and t.lower_ == t.head.lower_:
                # "met separately with A and with B": the two the prepositions name
                ends = (child(t.head, "pobj"), child(t, "pobj"))
                pair = self._pair_of(*ends, types, exclude) if None not in ends else []
            else:
                pair = self._pair_of(t.head, t, types, exclude) if t.dep_ == "conj" else []
            if pair:
                return pair
        return []

    def _coordinated_nouns(self, tok) -> bool:
        """Whether two nouns were coordinated as a subject within the three sentences before tok
        ("the army and the RSF rebels kept fighting"): the sides, named or not, are nearer than any pair before."""
        return any(t.dep_ == "conj" and t.head.dep_ in lx.SUBJECTS and t.pos_ in {"NOUN", "PROPN"}
                   for t in self.doc[sentence_starts(self.doc, tok, 3):tok.i])

    def _last_group(self, tok, size: int, types, back: int = 3) -> Found:
        """"the three leaders": the last coordination of exactly that many parties of ``types`` within the
        three sentences before tok ("X, together with Y and Z, attended ..." counts its companions)."""
        for t in reversed(self.doc[sentence_starts(self.doc, tok, back):tok.i]):
            companions = coagents(t.head) if t.dep_ in lx.SUBJECTS else []
            # ("President A and Commission President B arrived", parsed as one run of compounds ending in B)
            flat = _flattened_pair(t) if t.dep_ in lx.SUBJECTS and t.pos_ == "PROPN" and not t.conjuncts else []
            if t.dep_ == "conj" or not (t.conjuncts or companions or flat):
                continue
            members = [t, *t.conjuncts, *flat, *(c for a in companions for c in (a, *a.conjuncts))]
            if any(m.tag_ == "NNS" and m.lemma_.lower() in lx.PAIR_NOUNS for m in members):
                continue  # a group of groups ("the three leaders and the two ministers") is no list of parties
            found = list(dict.fromkeys(c for m in members for c, _ in self.of(m, conjuncts=False)
                                       if self.clusters[c].type in types))
            if len(found) == size:
                return [(c, 0.8) for c in found]
        return []

    def _welcomed_by(self, tok, types, first: int | None = None) -> Found:
        """"X and his delegation were welcomed at the airport by President Y before the two leaders went into talks":
        the one welcomed and the one who welcomed, earlier in tok's sentence (or from token ``first``), one person
        each."""
        for t in self.doc[tok.sent.start if first is None else first:tok.i]:
            host = agent(t) if t.pos_ == "VERB" and t.lemma_.lower() in lx.RECEIVING_VERBS and is_passive(t) else None
            if host is None:
                continue
            welcomed = passive_subject_tokens(t)
            hosts = [c for c, _ in self.of(host) if self.clusters[c].type in types]
            guests = [c for x in welcomed for c, _ in self.of(x, conjuncts=False)
                      if self.clusters[c].type in types and c not in hosts]  # (not "X and his delegation, which included")
            named_too = [cj for x in welcomed for cj in x.conjuncts
                         if (k := self.coref.token_cluster.get(cj.i)) is not None and self.clusters[k].type == "Person"]
            if len(hosts) == 1 and len(guests) == 1 and not named_too:  # (not "A and B were welcomed by C")
                return [(guests[0], 0.8), (hosts[0], 0.8)]
        return []

    def _welcomed_described(self, tok, types) -> Found:
        """"X welcomed his Mozambican counterpart at State House before the two leaders went into talks": the host and
        the guest of a welcome earlier in tok's sentence when the guest is only described (no name the last two names
        before tok would find)."""
        for t, hosted, guest in self._welcomes(tok.sent.start, tok.i):
            if guest.i in self.coref.token_cluster or guest.tag_ != "NN":
                continue  # (one guest, described: "his Mozambican counterpart", "his guest")
            if t.i in self._welcomes_read:
                continue  # (reading this welcome led back here)
            self._welcomes_read.add(t.i)
            try:
                hosts = [c for x in hosted for c, _ in self.of(x) if self.clusters[c].type in types]
                guests = [c for c, _ in self.of(guest) if self.clusters[c].type in types and c not in hosts]
            finally:
                self._welcomes_read.discard(t.i)
            if len(hosts) == 1 and len(guests) == 1:
                return [(hosts[0], 0.8), (guests[0], 0.8)]
        return []

    def _counted_subject_before(self, tok) -> Found:
        """The parties a counted group of three or more stands for ("the three heads of government") when it is the
        last subject before tok in tok's sentence or the two before it."""
        for t in reversed(self.doc[sentence_starts(self.doc, tok, 2):tok.i]):
            if t.dep_ in lx.SUBJECTS and t.pos_ in {"NOUN", "PROPN", "PRON"}:
                counted = t.tag_ in {"NNS", "NNPS"} and _counted(t) & set(lx.GROUP_SIZES)
                return self.plural(t) if counted else []
        return []

    def _host_and_guests(self, tok, size: int, types, back: int = 3) -> Found:
        """"X hosted her Estonian and Lithuanian counterparts, A and B ... The three heads of government": the host and
        the guests of the last receiving in the three (``back``) sentences before tok, when they are that many."""
        for _, hosted, guests in self._welcomes(sentence_starts(self.doc, tok, back), tok.i, backwards=True):
            found = list(dict.fromkeys(c for x in [*hosted, guests] for c, _ in self.of(x) if self.clusters[c].type in types))
            return [(c, 0.8) for c in found] if len(found) == size else []
        return []

    def _welcomes(self, first: int, end: int, *, backwards: bool = False):
        """The active receivings between tokens ``first`` and ``end`` ("X welcomed (received, hosted) Y"), as (the verb,
        its subject tokens, its object), in text order or from the last."""
        span = self.doc[first:end]
        for t in (reversed(span) if backwards else span):
            if t.pos_ == "VERB" and t.lemma_.lower() in lx.RECEIVING_VERBS and not is_passive(t) \
                    and (guest := child(t, "dobj")) is not None:
                yield t, subject_tokens(t), guest

    def _tells_of_itself_and(self, verb, tok) -> bool:
        """"X said he hoped to see Y at the summit, which both leaders will attend": the reported clause has the
        sayer ("he") and one other person named before tok, the two being the pair (not "X said she believed the
        two leaders would meet", where the leaders are others)."""
        for c in verb.children:
            if c.dep_ != "ccomp":
                continue
            words = [w for w in c.subtree if w.i < tok.i]
            if any(w.lower_ in {"he", "she"} and w.dep_ in lx.SUBJECTS for w in words) and any(
                    (k := self.coref.token_cluster.get(w.i)) is not None and self.clusters[k].type == "Person"
                    and w.pos_ == "PROPN" for w in words):
                return True
        return False

    def visitors(self, tok) -> Found:
        """"the visiting leaders", "the visiting heads of state": the people the article told came (arrived, flew in,
        travelled, visited) before tok, not those told not to."""
        return self._arrivals(tok) if tok.tag_ == "NNS" and _visiting(tok) else []

    def visitor(self, tok) -> int | None:
        """"the visiting minister": the one person the article told came before tok, if only one did (not "the
        visiting Chinese trade minister", "the visiting minister, Li Wen": the words say which)."""
        if not _visiting(tok) or any(c.dep_ == "appos" or c.ent_type_ in {"NORP", "GPE"} or c.dep_ == "amod" and c.lower_ != "visiting"
                                     for c in tok.children):
            return None
        came = {c for c, _ in self._arrivals(tok) if self.clusters[c].type == "Person"}
        return came.pop() if len(came) == 1 else None

    def _arrivals(self, tok, first: int = 0) -> Found:
        """The people the article told came (arrived, flew in, travelled, visited) before tok (from token ``first``),
        there."""
        # where the visitors are: the place named in tok's own sentence, if any ("In Nairobi, X hosted ...")
        here = {c for t in tok.sent if t.ent_type_ in {"GPE", "LOC", "FAC"} and (c := self.coref.token_cluster.get(t.i)) is not None
                and self.clusters[c].type in {"Place", "Country"}}  # (not a building: it lies in a town one came to)
        found: Found = []
        for v in self.doc[first:tok.i]:
            if v.pos_ != "VERB" or v.lemma_.lower() not in lx.ARRIVING_VERBS or any(c.dep_ == "neg" for c in v.children) \
                    or any(c.dep_ == "aux" and c.tag_ == "MD" for c in v.children) or v.tag_ == "VB":
                continue  # (came, come, are visiting; not "will travel")
            to = pobj(v, "to", "in", "into") or (child(v, "dobj") if v.lemma_.lower() == "visit" else None)
            if to is not None and to.pos_ == "NOUN" and to.lemma_.lower() in {"office", "power", "terms", "agreement", "conclusion"}:
                continue  # "came to office", "came to power"
            where = {c for c, _ in self.of(to, conjuncts=False)} if to is not None else set()
            if here and where and not where & here and all(self.clusters[c].type != "Country" for c in where | here):
                continue  # "flew to Kampala" is no visit to Nairobi (but "arrived in Kenya" is, "in Nairobi")
            for s in subject_tokens(v):
                if s.tag_ == "WP" and v.dep_ == "relcl":
                    s = v.head  # "Boko, who arrived at the airport on Sunday": Boko
                if s.pos_ != "PRON":
                    found += [(c, 0.8) for c, _ in self.of(s) if self.clusters[c].type == "Person"]
            for a in _as_did(v):
                found += [(c, 0.8) for c, _ in self.of(a) if self.clusters[c].type == "Person"]
        return list(dict.fromkeys(found))

    def plural(self, tok) -> Found:
        """"the two leaders", "the pair", "both sides": the last two parties named before tok."""
        if tok.i in self._plurals_read:  # ("officials of both sides" coordinated with a name: no going round)
            return []
        self._plurals_read.add(tok.i)
        try:
            return self._plural(tok)
        finally:
            self._plurals_read.discard(tok.i)

    def _plural(self, tok) -> Found:
        word, lemma = tok.lower_, tok.lemma_.lower()
        if tok.tag_ == "NNPS" and word.removesuffix("s") in lx.PAIR_NOUNS:
            lemma = word.removesuffix("s")  # "the two Heads of State", capitalised
        nums = _counted(tok)
        if word == "two" and tok.pos_ == "NUM" and "the" in nums and tok.dep_ in lx.SUBJECTS:
            if not self._opens_sentence(tok):
                return self._the_two_here(tok)
            # "Y was received by X at the palace. The two discussed ...": the sentence before told a reception of one
            # person by another
            return self._host_and_guests(tok, 2, {"Person"}, back=1) \
                or self._welcomed_by(tok, {"Person"}, first=sentence_starts(self.doc, tok, 1))
        types = {"Person"} if lemma in lx.PERSON_PLURALS else {"Country"} if lemma in lx.COUNTRY_PLURALS \
            else {"Organization"} if lemma in lx.BODY_PLURALS else {"Person", "Organization", "Country"}
        size = next((lx.GROUP_SIZES[n] for n in nums if n in lx.GROUP_SIZES), None)
        if size is not None and lemma in lx.PAIR_NOUNS and tok.tag_ in {"NNS", "NNPS"} \
                and nums & {"the", "these", "those", "all"}:  # (not "delegates from A, B and five other nations")
            bare = not any(c.dep_ in {"amod", "compound", "nmod", "poss"} for c in tok.children)  # (not "the three foreign
            # ministers")
            if size == 2 and lemma in lx.ROLE_NOUNS and (met := self._welcomed_by(tok, types)):
                return met  # "X was welcomed by Y before the two leaders went into talks"
            return self._last_group(tok, size, types) or (self._host_and_guests(tok, size, types) if bare else [])
        if nums == {"the"} and (office := lx.group_role(word)) and tok.dep_ in lx.SUBJECTS \
                and not any(c.dep_ in {"amod", "compound", "nmod", "poss", "prep", "relcl", "acl", "appos"} for c in tok.children):
            # "the Premiers called on Ottawa", "the leaders were received by the Emperor": every holder of that office
            # the article named before, when it named three or more (two are "the two leaders")
            if tok.head.lemma_.lower() in {"meet", "hold", "have", "talk", "discuss", "gather", "convene", "confer"}:
                return []  # ("the premiers met in Halifax": among themselves, which gives no one's meeting of another)
            holders = self._holders_before(tok, office)
            return [(c, 0.8) for c in holders] if len(holders) >= 3 else []
        the_sides = word in {"sides", "parties"} and nums == {"the"}  # "the sides discussed", "the parties discussed"
        if not (word in lx.PAIR_WORDS or (nums & {"two", "both"} and lemma in lx.PAIR_NOUNS | lx.BODY_PLURALS)
                or (word == "both" and tok.pos_ == "PRON") or the_sides):
            return []
        # whoever reports about "the two men" is not one of them: "X said the two men discussed ..."
        # (unless the sayer tells of itself: "X said he hoped to see Y at the summit, which both leaders will attend")
        reporters = {self.coref.token_cluster.get(x.i) for a in tok.ancestors if a.lemma_.lower() in lx.REPORTING_VERBS
                     and not self._tells_of_itself_and(a, tok)
                     for s in a.children if s.dep_ in lx.SUBJECTS for x in (s, *s.conjuncts)}
        sayers = [c for c in reporters if c is not None and self.clusters[c].type in types]
        if len(sayers) == 2 and len(reporters) == 2:
            return [(x, 0.8) for x in sayers]  # "Acme and Beta said the two companies would meet": the two who said it
        # nor is whoever, or whatever the subject's own phrase names, asks "both sides" to act:
        # "X, who chairs the committee, called on both sides to ..."
        verb = next((a for a in tok.ancestors if a.pos_ in {"VERB", "AUX"}), None)
        subjects = subject_tokens(verb) if verb is not None else []
        own = {self.coref.token_cluster.get(t.i) for s in subjects
               if s.i < tok.i for r in s.children if r.dep_ in {"relcl", "acl", "appos", "compound", "nmod"} for t in r.subtree}
        # (but "Greece and Turkey's NATO allies called on both countries": the countries are theirs)
        for s in subjects:
            j = s.i - 1  # the name's own words, however the parser hung them: "U.S. Senator X"
            while j >= max(0, s.i - 5) and self.doc[j].pos_ == "PROPN":
                own.add(self.coref.token_cluster.get(j))
                j -= 1
        # and not the ones who ask: "Halvorsen urged both sides" after "Halvorsen and Solberg will meet"
        own |= {self.coref.token_cluster.get(t.i) for t in subjects} if lemma in lx.SIDE_NOUNS else set()
        seen: list[int] = [c for c in reporters | own if c is not None]
        if lemma in lx.SIDE_NOUNS:
            # "both sides", "both parties": the sides of the talks the article put "between" two
            # parties, or else the two the text coordinated last ("X and Y failed to agree"), never
            # just the last two names
            # (a dispute's two sides may have been named paragraphs before, as the ones who talk: "Boeing
            # and the union are due to meet again" ... "Senator X called on both sides to reach a deal")
            since = sentence_starts(self.doc, tok, 2) if lemma == "delegation" else None  # (delegations: of talks just told)
            if since is not None and any(self._other_gathering(t) for t in self.doc[since:tok.i]):
                return []  # the delegations to another gathering
            if the_sides or nums & {"two"} and lemma == "side":
                # "X received Y ... During the meeting, the (two) sides discussed": the host and the guest (or the guests'
                # leader: "received a delegation of the bank led by its President Z"); never two guests
                received = self._host_and_guests(tok, 2, types) or self._host_and_guests(tok, 2, {"Person"})
                if received or the_sides:
                    return received
            near = self._talks_between(tok, types, set(seen), since) or self._last_pair(tok, types, set(seen))
            if near or any(c.dep_ == "prep" for c in tok.children) or self._coordinated_nouns(tok):
                return near  # (not "both sides in the Sudan conflict"; not past "the army and the rebels" just before)
            return self._last_pair(tok, types, set(seen), back=12, talking=True)
        skip = len(seen)
        first = sentence_starts(self.doc, tok, 3)
        if lemma in lx.BODY_PLURALS and (pair := self._last_pair(tok, types, set(seen))):
            return pair  # "the two blocs" after "the EAC and SADC held a joint summit": the two coordinated
        leaders = lemma in lx.ROLE_NOUNS  # "the two leaders", "both presidents": not their spokespeople
        if leaders and (met := self._welcomed_described(tok, types) or self._welcomed_by(tok, types)):
            return met
        if leaders and nums & {"two"} and self._opens_sentence(tok) \
                and (met := self._welcomed_by(tok, types, first=sentence_starts(self.doc, tok, 1))):
            return met  # "..., where she was received by Premier Y. The two leaders held talks": the two of the reception
        base = list(seen)

        def last_pair(skip_deputies: bool, leaders_only: bool) -> tuple[Found, list[int]]:
            """The last two parties named before tok, and every one passed on the way."""
            seen = list(base)
            for i in range(tok.i - 1, first - 1, -1):
                c = self.coref.token_cluster.get(i)
                if leaders_only and c is not None and self.clusters[c].type == "Person" and not self._leader(c):
                    continue
                if leaders and c is not None and any(w.lower_ in lx.AIDE_ROLES and m.start <= w.head.i < m.end and w.dep_ == "compound"
                                                     for m in self.clusters[c].mentions
                                                     for w in self.doc[max(0, m.start - 2):m.start + 1]):
                    continue  # "presidential spokesperson X": none of the leaders
                # "received by Vice President X" before "the two heads of state": the deputy is neither, when two
                # others are named (but "Vice President A met President B. The two leaders": they are the two)
                if skip_deputies and leaders and c is not None and self.clusters[c].roles \
                        and all(r.split()[0] in {"vice", "deputy"} for r, _ in self.clusters[c].roles):
                    continue
                if c is not None and self.clusters[c].type in types and c not in seen:
                    seen.append(c)
                    if len(seen) - skip == 2:
                        return [(x, 0.8) for x in seen[skip:]], seen
            return [], seen

        last, seen = last_pair(True, False)
        if leaders and not last:
            last, seen = last_pair(False, False)
        only_leaders = False
        if leaders and last and all(self.clusters[c].type == "Person" and not self.clusters[c].roles
                                    and not any(self.doc[m.head].dep_ in lx.SUBJECTS for m in self.clusters[c].mentions)
                                    for c, _ in last):
            # the last two named are no one's actors, untitled ("drove to the mausoleum of poet C, where he offered D"):
            # the two national leaders named last ("received by Prime Minister A and Punjab Chief Minister B"), if any
            national, by_office = last_pair(True, True)
            if national:
                last, seen, only_leaders = national, by_office, True
        if leaders and last:
            # a pair coordinated in this sentence or the one before that one of the last two named belongs to: "A and
            # B arrived on Sunday ... to hold the summit with C. The two leaders were received" (A and B, not B and C);
            # or else "the two leaders" as first told, paragraphs before, when one of them is named last again
            group = [(c, f) for c, f in self._last_group(tok, 2, types, back=2) if c not in seen[:skip]]
            before = next((t for t in reversed(self.doc[:tok.i]) if t.lower_ == tok.lower_ and t.tag_ == tok.tag_
                           and _counted(t) & {"two", "both"}), None)
            told = [(c, f) for c, f in self._last_group(before, 2, types, back=2) if c not in seen[:skip]] if before is not None else []
            named = {c for c, _ in last}
            for pair in (group, told):
                if len(pair) == 2 and self._alike(pair) and len({c for c, _ in pair} & named) == 1 \
                        and not (only_leaders and any(not self._leader(c) for c, _ in pair
                                                      if self.clusters[c].type == "Person")):
                    return pair  # (the pair the leaders' pass found, against a coordinated national and local one)
        if last:
            return last
        if types == {"Country"} and nums & {"two", "both"}:
            # (one country named and the other only by its leader's title: "Nigerian President X ... in South Africa")
            return self._leaders_countries(tok, first, set(seen[:skip]), named=seen[skip:])
        return []

    def _opens_sentence(self, tok) -> bool:
        """Whether nothing kg knows is named in tok's sentence before tok's phrase ("The two leaders held talks")."""
        return not any(self.coref.token_cluster.get(i) is not None for i in range(tok.sent.start, tok.left_edge.i))

    def _the_two_here(self, tok) -> Found:
        """"X was received by Y at the palace, where the two discussed trade": "the two" when the two people it stands
        for are the only people named in this very sentence before it, and no two bodies or countries there are
        subjects or coordinated ("A and B said Kenya and Uganda had agreed ... and the two would meet"); a body only
        named along the way is none ("received by Y at the Nordic Council, where the two")."""
        seen = [(i, c) for i in range(tok.sent.start, tok.i) if (c := self.coref.token_cluster.get(i)) is not None]
        people = list(dict.fromkeys(c for _, c in seen if self.clusters[c].type == "Person"))
        others = {c for i, c in seen if self.clusters[c].type in {"Organization", "Country"}
                  and self.doc[i].dep_ in {"nsubj", "nsubjpass", "conj"}}
        return [(c, 0.9) for c in people] if len(people) == 2 and len(others) < 2 else []

    def _holders_before(self, tok, lemma: str) -> list[int]:
        """The people named before tok who hold the office a plural noun says: national leaders for "leaders", premiers
        for "premiers"."""
        found: list[int] = []
        for i in range(tok.i):
            c = self.coref.token_cluster.get(i)
            if c is None or c in found or self.clusters[c].type != "Person":
                continue
            roles = {r for r, _ in self.clusters[c].roles}
            if roles & lx.GROUP_ROLES[lemma] if lx.GROUP_ROLES[lemma] else self._leader(c):
                found.append(c)
        return found

    def _leader(self, c: int) -> bool:
        """Whether cluster c holds a national leader's office (president, prime minister, king ...)."""
        return bool({r for r, _ in self.clusters[c].roles} & lx.LEADER_ROLES)

    def _alike(self, pair: Found) -> bool:
        """Two named alike: both with a title or both without ("President Lee and first lady Kim" are no "two leaders")."""
        return len({bool(self.clusters[c].roles) for c, _ in pair if self.clusters[c].type == "Person"}) <= 1

    def _leaders_countries(self, tok, first: int, seen: set[int], named: list[int] | None = None) -> Found:
        """"Saudi Crown Prince X received Lebanese President Y ... the two countries called for": with no two
        countries named, the countries of the leaders named with their country (with the one country ``named``, if
        any), when there are two."""
        found: list[str] = [self.clusters[c].label for c in named or []]
        people: set[int] = set()
        for i in range(tok.i - 1, first - 1, -1):
            c = self.coref.token_cluster.get(i)
            if c is None or c in people or self.clusters[c].type != "Person":
                continue
            people.add(c)
            countries = {k for r, k in self.clusters[c].roles if k and r in lx.LEADER_ROLES}
            if len(countries) == 1 and (k := next(iter(countries))) not in found:
                found.append(k)
        # (exactly two: after three leaders named, or a third who called them, which two is unclear)
        clusters = [self.country_cluster(k) for k in found] if len(found) == 2 else []
        return [(c, 0.7) for c in clusters if c not in seen] if len(clusters) == 2 else []
