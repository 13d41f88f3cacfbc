"""From a parsed spaCy Doc to plain records: entities and facts with evidence.

This package is the only part of kg that touches spaCy objects.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import replace

from kg.extract import lexicon as lx
from kg.extract.context import place_of, status_of, time_of
from kg.extract.coref import gender, norm, resolve
from kg.extract.mentions import find_mentions, own_words
from kg.extract.arguments import Arguments, subject_tokens
from kg.extract.companions import add_companions
from kg.extract.frames import candidates
from kg.extract.members import with_members
from kg.extract.tokens import TokenIndex
from kg.gazetteer import gazetteer
from kg.model import Article, Entity, Extraction, Fact, Span
from kg.relations import Registry, default_registry

__all__ = ["extract"]


def extract(doc, article: Article, *, relations: Registry | None = None) -> Extraction:
    """Entities and facts of one article, from its parsed Doc.

    Args:
        doc: the spaCy Doc of ``article.text``.
        article: the article the Doc was made from.
        relations: the relations to find (kg's own by default; see :mod:`kg.relations`).

    Returns:
        An :class:`~kg.model.Extraction` holding only strings, ints and offsets.
    """
    gaz = gazetteer()
    index = TokenIndex(doc)
    mentions = find_mentions(doc, gaz, index)
    coref = resolve(doc, mentions, gaz, date=article.published, index=index)
    relations = relations or default_registry()
    args = Arguments(doc, coref, gaz)
    found = list(candidates(args, index, relations))

    best: dict[tuple, Fact] = {}
    triggers: dict[tuple, list[int]] = {}  # the triggers that read each fact, the kept reading's first
    # every candidate is made before this loop, so the clusters no longer change
    place_types = {c for c, cl in enumerate(coref.clusters) if cl.type in {"Place", "Country", "Facility"}}
    for cand in found:
        trigger = doc[cand.trigger]
        ctx = status_of(trigger)
        if cand.negated or (cand.planned and ctx.status in {"happened", "reported"}):
            # "pulled out of the talks" did not happen; "invited Y for talks" is still to happen
            from kg.extract.context import Context

            ctx = Context("negated" if cand.negated else "planned", ctx.attribution, (*ctx.cues, trigger.lemma_))
        if ctx.status == "reported" and (_own_word(ctx.attribution, coref.clusters, (cand.subject, cand.object))
                                         or _own_office(ctx.attribution, coref.clusters[cand.subject])
                                         and _clause_doer(trigger, coref) == cand.subject
                                         or _first_person(trigger)
                                         or _pronoun_reporter(trigger, ctx.attribution, args) in {cand.subject, cand.object}):
            # a party telling of its own act states it: "X met Y on Monday, X said" happened
            from kg.extract.context import Context

            ctx = Context("happened", ctx.attribution, ctx.cues)
        anchors = [doc[i] for i in cand.anchors]
        subject, obj = cand.subject, cand.object
        if relations.symmetric(cand.relation) and obj < subject:
            subject, obj = obj, subject
        sent = trigger.sent
        text = sent.text.rstrip()
        fact = Fact(
            relation=cand.relation, subject=subject, object=obj, status=ctx.status,
            sentence=Span(sent.start_char, sent.start_char + len(text), text),
            trigger=Span(trigger.idx, trigger.idx + len(trigger.text), trigger.text),
            confidence=cand.confidence, time=time_of(anchors),
            place=place_of(anchors, coref.token_cluster, place_types, {subject, obj}),
            attribution=ctx.attribution, content=cand.content,
        )
        key = (fact.relation, subject, obj, fact.sentence.start)
        other = best.get(key)
        read_by = triggers.setdefault(key, [])
        kept, told = trigger, doc[read_by[0]] if read_by else None
        if other is not None and other.confidence >= fact.confidence:
            fact, other = other, fact
            kept, told = told, kept
        if other is not None:  # two frames read the same fact: keep the surer one, with all it was told
            status = fact.status
            if "negated" in {fact.status, other.status} and fact.status != other.status:
                negating, stated = (kept, told) if fact.status == "negated" else (told, kept)
                # ("cancelled a trip to Y": the frame that reads the cancelling says how it stands; but "declined
                # an invitation to the summit, but attended after all": the attending verb says it)
                status = "negated" if _negation_reaches(negating, stated) else (
                    other.status if fact.status == "negated" else fact.status)
            fact = replace(fact, status=status, time=fact.time or other.time,
                           place=fact.place if fact.place is not None else other.place,
                           content=fact.content or other.content)
        best[key] = fact
        read_by[:] = [kept.i, *(i for i in dict.fromkeys([*read_by, trigger.i]) if i != kept.i)]

    add_companions(doc, args, best)  # "He was accompanied by A and B": they came too
    if {"meets", "hosts"} <= set(relations.names):
        _receptions_met(doc, coref.clusters, best)  # "X received Y at the palace": the two met

    # a host who also "attends" its own event by a looser reading ("told the talks it convened", "met Y on the
    # sidelines" of the summit it co-hosts) only hosts it; chairing or attending it in so many words stays
    hosted = {(f.subject, f.object) for f in best.values() if f.relation == "hosts" and f.status in {"happened", "reported"}}
    for key in [k for k, f in best.items() if f.relation == "attends" and (f.subject, f.object) in hosted
                and not {doc[i].lemma_.lower() for i in triggers[k]} & lx.PRESENCE_WORDS]:
        del best[key]

    if {"meets", "attends"} <= set(relations.names):
        _principals_attend(doc, coref, best, triggers)  # "X held official talks with Y. The talks were attended by Z"

    # going home is no visit: "the Malaysian prime minister ... before leaving for Kuala Lumpur"
    # (a journey there, not "visited Nairobi" in so many words; not a former office or an exile's)
    # (not one stop of several: "travelled to Rome, Milan and Naples")
    stops = Counter(f.trigger.start for f in best.values() if f.relation == "visits")
    for key in [k for k, f in best.items() if f.relation == "visits" and f.status != "negated" and stops[f.trigger.start] == 1
                and (trigger := doc.char_span(f.trigger.start, f.trigger.end)) is not None
                and trigger.root.lemma_.lower() not in lx.VISIT_VERBS | lx.VISIT_NOUNS
                and _is_home(doc, coref.clusters[f.subject], coref.clusters[f.object], gaz)]:
        del best[key]

    # keep only clusters something points at or that were named; renumber densely
    used = sorted(range(len(coref.clusters)), key=lambda c: min((m.start for m in coref.clusters[c].mentions), default=0))
    index = {c: n for n, c in enumerate(used)}
    entities = tuple(_entity(doc, coref.clusters[c], gaz) for c in used)
    facts = tuple(
        sorted(
            (_renumber(f, index) for f in best.values()),
            key=lambda f: (f.sentence.start, f.trigger.start, f.relation, f.subject, f.object),
        )
    )
    return with_members(Extraction(article=article, entities=entities, facts=facts), doc, coref, index, gaz)


#: verbs of receiving a visitor that say the two sat down together ("welcomed", "greeted" may be at an airport door;
#: "hosted" is mostly a meal given for many)
RECEPTION_VERBS = frozenset({"receive"})


def _receptions_met(doc, clusters, best: dict) -> None:
    """A person received by another met them: "X received Y at the palace", "Y was received by X" give X meets Y
    (at the reception's sentence and status, a little less sure), unless the reception was at an airport, is only
    planned (gold annotators keep "is expected to be received by" a host's plan) or the two are told to meet anyway."""
    met = {frozenset((f.subject, f.object)) for f in best.values() if f.relation == "meets"}
    for f in list(best.values()):
        if f.relation != "hosts" or f.status not in {"happened", "reported"} or clusters[f.subject].type != "Person" \
                or clusters[f.object].type != "Person" or frozenset((f.subject, f.object)) in met:
            continue
        trigger = doc.char_span(f.trigger.start, f.trigger.end)
        if trigger is None or trigger.root.lemma_.lower() not in RECEPTION_VERBS:
            continue
        if _at_airfield(trigger.root) or f.place is not None and any(
                w in lx.AIRFIELDS for w in clusters[f.place].label.casefold().split()):
            continue  # ("was received at Nur Khan Airbase by X", "arrived at the airport, where he was received by Y": a
            # greeting on arrival)
        a, b = sorted((f.subject, f.object))
        best[("meets", a, b, f.sentence.start)] = replace(f, relation="meets", subject=a, object=b,
                                                         confidence=f.confidence * 0.9)
        met.add(frozenset((a, b)))


#: what two sides hold together and others can be at: "held official talks", "a tete-a-tete", "the session"
#: (not a "meeting" or "summit", mostly one of a larger gathering's: "held a separate meeting with Y")
SITTINGS = (lx.TALK_NOUNS | lx.MEETING_NOUNS | {"session", "round"}) - {"call", "summit", "meeting"}


def _sitting(doc, coref, tok) -> tuple[int, int] | None:
    """(event cluster, noun) of the talks a meeting was read off at a trigger: "held official talks with Y" (the
    verb's object), "held a first round of talks with Y", "met Y for talks", "talks between X and Y", "a tete-a-tete
    with Y" (the noun itself), "the session of talks between"."""
    # (the noun itself only with the sides after it: not "the Mongolia-Japan strategic dialogue", whose name says them)
    if tok.pos_ in {"VERB", "AUX"}:
        nouns = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
        nouns += [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "for" for o in p.children if o.dep_ == "pobj"]
        nouns += [o for n in nouns for p in n.children if p.dep_ == "prep" and p.lower_ == "of"
                  for o in p.children if o.dep_ == "pobj"]  # ("a round of talks": the talks too)
    else:
        nouns = [tok] if any(c.dep_ == "prep" and c.lower_ in {"with", "between"} for c in tok.children) else []
    if nouns and nouns[0].dep_ == "pobj" and nouns[0].head.lower_ == "of" and nouns[0].head.head.lemma_.lower() in SITTINGS:
        nouns.insert(0, nouns[0].head.head)  # "the session of talks between the two ministers": the session
    for noun in nouns:
        if noun.lemma_.lower() in SITTINGS or noun.lower_ in SITTINGS:
            c = coref.token_cluster.get(noun.i)
            # (talks this meeting first tells of: not "the talks" of a round others were said to attend before)
            if c is not None and coref.clusters[c].type == "Event" \
                    and min(m.start for m in coref.clusters[c].mentions) >= noun.left_edge.i:
                return c, noun.i
    return None


#: words by which a mention of talks tells of other talks than the ones just told: "the next round", "earlier talks"
_OTHER_TALKS = lx.OTHER_OCCASION_WORDS | lx.OTHER_YEAR_WORDS | lx.REPEAT_OCCASION_WORDS | {"earlier", "previous", "another"}


def _back_to(doc, coref, talks: int, sentence_start: int, told: int) -> bool:
    """Whether a sentence speaks of the talks told at token ``told`` by that word, or by a mention that points back
    at them ("The talks were attended by", "took part in the session"; not "Talks between A and B, attended by Z",
    "the talks with B on Tuesday", "earlier talks", whatever coreference made of them)."""
    sent = doc.char_span(sentence_start, sentence_start + 1, alignment_mode="expand")
    if sent is None:
        return False
    sent = sent[0].sent
    # (the cluster's mentions there, and event nouns read as the talks when the attending was: "took part in the session")
    heads = [doc[m.head] for m in coref.clusters[talks].mentions if sent.start <= m.head < sent.end] + [
        t for t in sent if t.lemma_.lower() in lx.EVENT_NOUNS and coref.token_cluster.get(t.i) in {None, talks}]
    for head in heads:
        if head.i == told:
            return True
        words = {c.lower_ for c in head.children}
        if words & {"the", "these", "those", "this"} and not words & _OTHER_TALKS and not any(
                c.dep_ == "prep" and c.lower_ in {"with", "between", "among"} or c.ent_type_ in {"DATE", "TIME"}
                or c.dep_ == "prep" and any(t.ent_type_ in {"DATE", "TIME"} for t in c.subtree) for c in head.children):
            return True
    return False


def _principals_attend(doc, coref, best: dict, triggers: dict) -> None:
    """The two sides of talks others are said to attend attend them too: "X held official talks with Y. The talks
    were attended by Z" gives X and Y attends the talks (gold's principals of "official talks", modern6), at the
    meeting's sentence and status. Only someone said to attend these talks in so many words counts, by a mention that
    points back at them, at the meeting's own time (happened or reported with a meeting that took place, planned with
    one to come); talks no one else attends are only the meeting (no event of their own there), and a side that
    hosts them only hosts them. ``triggers`` holds the words each fact was read at."""
    past = {"happened", "reported"}
    hosted = {(f.subject, f.object) for f in best.values() if f.relation == "hosts"}
    for key, f in list(best.items()):
        if f.relation != "meets" or f.status not in past | {"planned"}:
            continue
        # (any word that read the meeting: "was received by Y, after which the two held talks" is kept at "received")
        found = next(filter(None, (_sitting(doc, coref, doc[i]) for i in triggers.get(key, ()))), None)
        if found is None:
            continue
        talks, told = found
        if not any(a.relation == "attends" and a.object == talks and a.subject not in {f.subject, f.object}
                   and (a.status in past if f.status in past else a.status == "planned")
                   and _back_to(doc, coref, talks, a.sentence.start, told) for a in best.values()):
            continue
        for side in (f.subject, f.object):
            new = ("attends", side, talks, f.sentence.start)
            if (side, talks) not in hosted and new not in best:
                best[new] = replace(f, relation="attends", subject=side, object=talks, confidence=f.confidence * 0.85,
                                    place=None)


def _at_airfield(verb) -> bool:
    """Whether a verb happens at an airport or on arrival: "received at the airport by Y", "the airport, where he was
    received", "arrived in Lahore and was received by Y"."""
    if verb.dep_ == "conj" and verb.head.lemma_.lower() in lx.ARRIVING_VERBS and verb.head.i < verb.i:
        return True
    at = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "at" for o in p.children if o.dep_ == "pobj"]
    if any(w.lower_ in lx.AIRFIELDS for o in at for w in o.subtree):
        return True
    where = any(c.lower_ == "where" for c in verb.children)
    return where and verb.dep_ == "relcl" and any(w.lower_ in lx.AIRFIELDS for w in verb.head.subtree if w.i < verb.i)


def _first_person(trigger) -> bool:
    """A speaker telling of their own act: ""We are asking FIFA to ...," he said"."""
    return any(t.lower_ in lx.PRONOUNS_FIRST | lx.PRONOUNS_WE for t in subject_tokens(trigger))


#: who speaks for someone: "his office", "a presidential spokesman", "the ministry"
_SPEAKERS = frozenset({"office", "spokesman", "spokeswoman", "spokesperson", "spokespeople", "aide", "aides",
                       "press office", "press service", "ministry", "presidency", "secretariat"})


def _clause_doer(trigger, coref) -> int | None:
    """Who the clause a trigger is in tells of: "his office said Lawson had welcomed the outcome of a meeting
    between A and B" is about Lawson, not A (whose office it is not)."""
    verb = trigger if trigger.pos_ in {"VERB", "AUX"} else next((a for a in trigger.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    while verb is not None and verb.dep_ in {"xcomp", "conj"} and verb.head.i != verb.i:
        verb = verb.head
    doers = subject_tokens(verb) if verb is not None else []
    return coref.token_cluster.get(doers[0].i) if doers else None


def _own_office(attribution: str | None, subject) -> bool:
    """Whether who reports a fact speaks for its doer (GUIDELINES' own-spokesman rule): "X received Y, his office
    said", "..., a presidential spokesman said" of a president, "..., the ministry said" of a minister."""
    if not attribution or subject.type != "Person":
        return False
    words = norm(attribution).split()
    if words and words[0] in {"a", "an", "the"}:
        words = words[1:]
    if len(words) < 1 or " ".join(words[-2:]) not in _SPEAKERS and words[-1] not in _SPEAKERS:
        return False
    owner = words[:-1] if " ".join(words[-2:]) not in _SPEAKERS else words[:-2]
    roles = {r for r, _ in subject.roles}
    if owner in (["his"], ["her"]):  # (whose office "his" is: a woman's is "her office")
        return gender(subject) in {None, "male" if owner == ["his"] else "female"}
    if owner == ["presidential"] or words == ["presidency"]:
        return any("president" in r.split() for r in roles)
    if not owner and words[-1] == "ministry":
        return any("minister" in r.split() for r in roles)
    return False


def _pronoun_reporter(trigger, attribution: str | None, args: Arguments) -> int | None:
    """Who "he" or "she" is when the one who said so is a pronoun: "X visited the hospital. He said he had asked Y to
    publish its review" (X, telling of X's own act)."""
    if not attribution or attribution.casefold() not in {"he", "she"}:
        return None
    verb = next((v for v in trigger.ancestors if v.lemma_.lower() in lx.REPORTING_VERBS and v.pos_ == "VERB"), None)
    if verb is None or verb.lemma_.lower() not in {"say", "tell", "add", "confirm", "announce", "report", "write"}:
        return None  # (not "he claimed", "he alleged": a claim stays reported)
    said = next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ == attribution.casefold()), None)
    found = [c for c, _ in args.of(said)] if said is not None else []
    return found[0] if len(found) == 1 else None


def _own_word(attribution: str | None, clusters, parties) -> bool:
    """Whether who reports a fact is one of its parties (by any of the names the article gives it)."""
    if not attribution:
        return False
    said = norm(attribution)
    for c in parties:
        names = {norm(n) for n in clusters[c].names} | {norm(m.surface) for m in clusters[c].mentions} | {norm(clusters[c].label)}
        if said in names or any(said.endswith(" " + n) for n in names if n):
            return True
    return False


#: the links from a trigger up to the word that negates it, when that word negates the thing it names
_NEGATED_PHRASE = frozenset({"dobj", "pobj", "prep", "compound", "amod", "nsubjpass", "pcomp", "xcomp", "acl", "poss",
                             "nmod", "attr", "agent"})


def _negation_reaches(negating, stated) -> bool:
    """Whether a negating reading's trigger governs another reading's trigger through the phrase it negates
    ("cancelled her trip to Y": the trip is cancelled), or the other is no verb of its own ("the summit")."""
    if stated.i == negating.i or stated.pos_ not in {"VERB", "AUX"}:
        return True
    tok = stated
    while tok.i != tok.head.i and tok.dep_ in _NEGATED_PHRASE:
        tok = tok.head
        if tok.i == negating.i:
            return True
    return False


def _bare_role(text: str) -> bool:
    """"president", "the prime minister": an office, not a name for anyone outside the sentence it was
    resolved in (no alias; "the Russian leader", "the Prime Minister" as the article capitalises it stay)."""
    words = text.split()
    if words and words[0] == "the":
        words = words[1:]
    return bool(words) and all(w.islower() and w in lx.ROLE_NOUNS | {"prime"} for w in words)


def _renumber(f: Fact, index: dict[int, int]) -> Fact:
    from dataclasses import replace

    return replace(f, subject=index[f.subject], object=index[f.object], place=index[f.place] if f.place is not None else None)


def _with_unit(doc, m) -> str | None:
    """"Nsanje district": a place's name with the unit after it, which the recogniser left out of the name."""
    after = doc[m.end] if m.end < len(doc) else None
    if after is None or after.lower_ not in lx.REGION_NOUNS or after.dep_ in {"compound", "amod"} | lx.SUBJECTS:
        return None
    return f"{m.name} {after.text}"


def _styled_name(surface: str) -> str | None:
    """The name with the style that goes with it in Arab names, without the titles before it: "Sheikh Tamim bin Hamad Al
    Thani" of "Amir Sheikh Tamim bin Hamad Al Thani" (a name the article also writes so), else None."""
    words = surface.split()
    at = max((i for i, w in enumerate(words) if w.casefold() in lx.NAME_STYLES), default=0)
    return " ".join(words[at:]) if 0 < at < len(words) - 1 else None


def _is_home(doc, traveller, place, gaz) -> bool:
    """Whether place is the country a person holds office in, or its capital, as the article tells it
    ("Malaysian Prime Minister X": Malaysia, Kuala Lumpur; not "Former Malaysian Prime Minister X", "exiled
    Belarusian opposition leader Y")."""
    home = {country for role, country in traveller.roles if country and not set(role.split()) & lx.ENVOY_ROLES} \
        if traveller.type == "Person" else set()  # (not "the UN's Libya envoy": a country one is sent to)
    if not home or any(w.lower_ in lx.NOT_IN_OFFICE for m in traveller.mentions for w in doc[max(0, m.start - 4):m.end]):
        return False
    if place.type == "Country":
        return gaz.country(place.label) in home
    return place.type == "Place" and gaz.capital_of(place.label) in home


def _entity(doc, cluster, gaz) -> Entity:
    label = cluster.label
    geonames = gaz.geonames(label, cluster.type)
    seen = {label.casefold()}
    aliases = []
    # another occasion than the article's ("last year's summit", "the next summit") is not "the summit" by name
    other = cluster.type == "Event" and label.split()[0].casefold().removesuffix("'s") in lx.OTHER_YEAR_WORDS | lx.OTHER_OCCASION_WORDS \
        | lx.REPEAT_OCCASION_WORDS
    for m in sorted(cluster.mentions, key=lambda m: m.start):
        for text in filter(None, (m.surface, m.name, _styled_name(m.surface) if cluster.type == "Person" else None,
                                  _with_unit(doc, m) if cluster.type == "Place" else None)):
            if other and len(norm(text).split()) == 1:
                continue
            if text and text.casefold() not in seen and not _bare_role(text):
                seen.add(text.casefold())
                aliases.append(text)
    spans = tuple(
        Span(doc[m.start].idx, doc[m.end - 1].idx + len(doc[m.end - 1].text), doc[m.start:m.end].text)
        for m in sorted(cluster.mentions, key=lambda m: m.start)
    )
    wordings = []
    if cluster.type == "Event":  # an unnamed event is found by the article's own words for it too
        known = {norm(n) for n in (label, *aliases)}
        names = " ".join((label, *aliases)).casefold()
        for head in sorted({m.head for m in cluster.mentions}):
            if any(t.pos_ != "DET" and t.text[:1].isupper() and not t.is_sent_start and t.text.casefold() not in names
                   for left in doc[head].lefts for t in left.subtree):
                continue  # a bare "Summit" of "A Second SACN Summit" joined to the summit: that one's words are not its
            for said in own_words(doc, head):
                # (also without its indefinite article: "a conference on judicial reform" is the conference on it)
                article, _, rest = said.partition(" ")
                for words in filter(None, (said, rest if article.casefold() in {"a", "an"} else None)):
                    if norm(words) not in known:
                        known.add(norm(words))
                        wordings.append(words)
    return Entity(label=label, type=cluster.type, aliases=tuple(aliases), mentions=spans,
                  same_as=(geonames,) if geonames else (), wordings=tuple(wordings))
