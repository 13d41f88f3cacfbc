"""Token look-ups shared by the extraction rules.

:class:`TokenIndex` finds candidate tokens fast, from spaCy's arrays instead of a
Python loop per rule (each ``for tok in doc`` builds a Token object for every
word); :func:`child` and :func:`pobj` walk one step down the parse.
"""
from __future__ import annotations

from collections.abc import Iterable

from kg.extract import lexicon as lx


class TokenIndex:
    """Token positions by lower-cased lemma, part of speech and dependency label."""

    def __init__(self, doc) -> None:
        import numpy as np
        from spacy.attrs import DEP, LEMMA, POS

        self.doc = doc
        self._np = np
        strings = doc.vocab.strings
        rows = doc.to_array([LEMMA, POS, DEP]) if len(doc) else np.zeros((0, 3), dtype="uint64")
        self._columns = {}
        for n, lower in ((0, True), (1, False), (2, False)):
            unique, inverse = np.unique(rows[:, n], return_inverse=True)
            names = [strings[int(u)].lower() if lower else strings[int(u)] for u in unique]
            self._columns[n] = (names, inverse.reshape(-1))

    def _positions(self, column: int) -> dict[str, list[int]]:
        """Token positions by value of one column, built once per column."""
        cache = self.__dict__.setdefault("_by_value", {})
        if column not in cache:
            names, inverse = self._columns[column]
            order = self._np.argsort(inverse, kind="stable")
            counts = self._np.bincount(inverse, minlength=len(names)) if len(inverse) else []
            table, at = {}, 0
            for k, name in enumerate(names):
                n = int(counts[k]) if len(inverse) else 0
                table.setdefault(name, []).extend(int(i) for i in order[at:at + n])
                at += n
            cache[column] = table
        return cache[column]

    def _find(self, column: int, words: Iterable[str]):
        table = self._positions(column)
        found = sorted(i for w in set(words) for i in table.get(w, ()))
        return [self.doc[i] for i in found]

    def lemmas(self, words: Iterable[str]):
        """Tokens whose lower-cased lemma is one of ``words``, in text order."""
        return self._find(0, words)

    def pos(self, tag: str):
        return self._find(1, (tag,))

    def dep(self, label: str):
        return self._find(2, (label,))


def dateline_tokens(doc) -> set[int]:
    """The tokens of the article's datelines ("PARIS, France -"): where a story was filed, never an argument."""
    return {t.i for span in doc.spans.get("kg_datelines", []) for t in span}


def named_place_of(tok) -> bool:
    """Whether tok is the name after "the town (city, port, airport ...) of": "the flood-ravaged town of Tarrawong",
    "the airport of Golfito" (a place, whatever the recogniser said)."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN" \
        and tok.head.head.lemma_.lower() in lx.TOWN_OF_NOUNS


def the_meeting(tok, *preps: str, dets: tuple[str, ...] = ("the",)) -> bool:
    """Whether tok is a bare "the meeting" (or one of ``dets`` "meeting") after one of ``preps``: "During the meeting,
    X said"."""
    return tok.lower_ == "meeting" and [d.lower_ for d in tok.lefts] in [[d] for d in dets] and tok.head.lower_ in preps


def event_apposition(noun, before: int | None = None):
    """An event noun the parser made ``noun``'s apposition (before token ``before``, if given): "to co-chair, with Mr Y,
    a business forum" (the forum, hung on Y)."""
    return next((a for a in noun.children if a.dep_ == "appos" and a.pos_ == "NOUN" and a.lemma_.lower() in lx.EVENT_NOUNS
                 and (before is None or a.i < before)), None)


def event_before_time(noun):
    """The event a relative clause is about when the parser hung it on the event's time: "a forum in Jakarta on
    Saturday, which X will address", "will not attend the forum opening in Sfax on Thursday, which will be attended
    by Y" (the event the verb holding the time has as object, or the event named in its part)."""
    if noun.ent_type_ not in {"DATE", "TIME"}:
        return noun
    for c in governor_of(noun).children:
        if c.dep_ in {"dobj", "nsubj", "nsubjpass"}:
            if c.lemma_.lower() in lx.EVENT_NOUNS:
                return c
            if (named := event_of_part(c)) is not None:
                return named
    return noun


def event_of_part(part):
    """The event a part of it names by a compound: "the economic forum opening" (the forum), or None."""
    if part.lemma_.lower() not in lx.EVENT_PARTS:
        return None
    return next((x for x in part.children if x.dep_ == "compound" and x.lemma_.lower() in lx.EVENT_NOUNS), None)


def event_held_there(tok):
    """The event a relative "which was attended by" is about when the parser hung it on the event's place or guests:
    "hosted a dinner at the State Guest House in Koinadhara, which was attended by X", "a luncheon in honour of the
    guest and his delegation, which was attended by Y" (the dinner, the luncheon); else tok."""
    if tok.lemma_.lower() in lx.EVENT_NOUNS or tok.ent_type_ == "EVENT":
        return tok
    t = tok
    for _ in range(5):  # (a few phrases deep: "at the State Guest House in Koinadhara" under "in honour of the guest")
        while t.dep_ == "conj":
            t = t.head
        if t.dep_ != "pobj" or t.head.lower_ not in {"at", "in", "of", "for"}:
            return tok
        held = t.head.head
        if held.pos_ == "NOUN" and held.lemma_.lower() in lx.EVENT_NOUNS:
            return held
        if held.pos_ in {"VERB", "AUX"}:
            obj = child(held, "dobj")
            return obj if obj is not None and obj.lemma_.lower() in lx.EVENT_NOUNS and obj.i < tok.i else tok
        t = held
    return tok


def late_object(verb):
    """The object a verb's place phrase swallowed: "received on Wednesday at the palace in Nouakchott the Prime
    Minister of Senegal, Mr Sonko" (wire English that keeps French word order), the parser making the title an
    apposition of the place with no comma between them."""
    for p in verb.children:
        if p.dep_ != "prep" or p.lower_ not in {"at", "in"} or p.i < verb.i:
            continue
        for t in p.subtree:
            first = t.doc[t.left_edge.i]
            if t.dep_ == "appos" and t.head.dep_ == "pobj" and t.pos_ in {"PROPN", "NOUN"} \
                    and first.lower_ in {"the", "his", "her", "their"} \
                    and first.i > 0 and first.nbor(-1).text != "," and t.head.left_edge.i <= first.nbor(-1).i:
                return t
    return None


def child(tok, *deps: str, text: str | None = None):
    """The first child of tok with one of ``deps`` (and, if given, that lower-cased text)."""
    return next((c for c in tok.children if c.dep_ in deps and (text is None or c.lower_ == text)), None)


def pobj(tok, *preps: str, times: bool = True):
    """The object of the first of ``preps`` attached to tok: ``pobj(verb, "with")``; with
    ``times=False`` a date or time is no object ("called on Tuesday on FIFA to ...": FIFA)."""
    for c in tok.children:
        if c.dep_ in {"prep", "agent", "dative"} and c.lower_ in preps:  # spaCy calls some "for"/"to" dative
            obj = child(c, "pobj")
            if obj is not None and (times or obj.ent_type_ not in {"DATE", "TIME"}) and not own_part(obj):
                return obj
    return None


def own_part(obj) -> bool:
    """"for his part", "for its part": a turn of phrase, no object of the verb it hangs on."""
    return obj.lower_ == "part" and any(x.dep_ == "poss" and x.tag_ == "PRP$" for x in obj.children)


def first_conjunct(tok):
    """The first of the nouns tok is coordinated with, where the phrase hangs: "the IMF and World Bank
    annual meeting" parsed as "IMF" + conjunct "meeting"."""
    while tok.dep_ == "conj" and tok.head.i != tok.i and tok.head.pos_ in {"NOUN", "PROPN"}:
        tok = tok.head
    return tok


def tense_break(verb) -> bool:
    """"X said Norway would not accept Y and called on Sweden to ...": a past verb with no auxiliary
    of its own coordinated with a reported clause's modal one tells of the sayer, not of that clause.
    So does one coordinated with a reported clause in the simple present ("X said Norway is ready and
    asked Sweden for help"; not "has declared ... and demanded", which may share the auxiliary), and
    a request coordinated with a reported statement of what something is ("X said Norway was 'not
    the problem' and urged Y to talk": X urged, and the "not" is the statement's)."""
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return False
    head = verb.head
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children):
        return True
    if head.tag_ == "VB" and any(c.dep_ == "aux" and c.lemma_ == "do" for c in head.children):
        return True  # "X did not travel to Y and joined the talks by video": "did" is not the past verb's

    if head.dep_ == "ccomp" and head.tag_ in {"VBZ", "VBP"} and not any(c.dep_ in {"aux", "auxpass"} for c in head.children):
        return True  # "X said Norway is ready and asked Sweden for help": a past act beside a present report
    return verb.lemma_.lower() in lx.ASKING_VERBS and head.lemma_ == "be" and head.dep_ == "ccomp" \
        and any(c.dep_ in {"attr", "acomp"} for c in head.children)


def governor_of(noun):
    """The word a noun hangs on, past the preposition it is the object of: "gave up plans", "together with an
    invitation" (conveyed), "in the meeting" (the verb)."""
    return noun.head.head if noun.dep_ == "pobj" else noun.head


def finite_host(verb):
    """"X charges the deal broke the rules by allowing Y to set prices and is requesting Z": a
    finite verb the parser coordinated with an infinitive ("to set") belongs to the nearest finite
    clause above it ("broke"), not to the infinitive's subject."""
    if verb.dep_ != "conj" or not infinitive(verb.head):
        return None
    if not tensed(verb):
        return None
    return next((a for a in verb.head.ancestors if a.pos_ in {"VERB", "AUX"} and tensed(a)), None)


def participle_host(verb):
    """"a resolution calling on Y to double its grants and urging Z to ...": a participle the parser coordinated with
    the infinitive under another participle goes with that participle ("urging" with "calling"), or None."""
    if verb.dep_ != "conj" or verb.tag_ != "VBG" or tensed(verb) or not infinitive(verb.head) or verb.head.dep_ != "xcomp":
        return None
    above = verb.head.head
    return above if above.tag_ == "VBG" and above.i < verb.head.i else None


def clause_host(verb):
    """The clause a coordinated verb belongs to, when the parser hung it on an infinitive (see finite_host and
    participle_host), or None."""
    return finite_host(verb) or participle_host(verb)


def infinitive(verb) -> bool:
    """A verb marked with "to": "to meet", "to halt"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def tensed(verb) -> bool:
    """A verb with a tense of its own: "said", "is requesting", "was pressing", "will ask"."""
    return verb.tag_ in {"VBD", "VBZ", "VBP"} or any(c.dep_ in {"aux", "auxpass"} and c.tag_ in {"VBD", "VBZ", "VBP", "MD"}
                                                     for c in verb.children)


def lists_people(prep) -> bool:
    """A preposition that lists people: "..., including Senator X" (the parser may hang it on a thing:
    "pressing for a trade bill, including Congressman X")."""
    return prep.dep_ == "prep" and prep.lower_ in {"including", "among"} and any(
        o.dep_ == "pobj" and o.ent_type_ == "PERSON" for o in prep.children)


def sides_listed(name, appos) -> bool:
    """"the U.S., Japanese and EC trade ministers" parsed as the U.S. with an apposition: the ministers
    of the other sides, listed after the first."""
    return name.ent_type_ == "GPE" and appos.tag_ == "NNS" and appos.lemma_.lower() in lx.DELEGATION_NOUNS \
        and any(x.dep_ in {"amod", "compound", "nmod"} and x.ent_type_ in {"NORP", "GPE", "ORG"} and x.i > name.i
                for x in appos.lefts)


def after_title_of_department(tok) -> int | None:
    """Where the name starts after a title with its department after it: "Minister for Foreign Affairs Helen
    McEntee", "Secretary of State for Health Ida Berg" (tok is the title word)."""
    doc = tok.doc
    if tok.lower_ not in lx.TITLE_WORDS and tok.lemma_.lower() not in lx.ROLE_NOUNS:
        return None
    j = tok.i + 1
    seen_department = False
    while j < len(doc) and j - tok.i <= 8:
        if doc[j].lower_ in {"for", "of", "the", "and", "&"}:
            j += 1
        elif doc[j].pos_ == "PROPN" and doc[j].ent_type_ != "PERSON" and doc[j].text[:1].isupper():
            seen_department = True
            j += 1
        else:
            break
    return j if seen_department and j < len(doc) and doc[j].ent_type_ == "PERSON" and doc[j].ent_iob_ == "B" else None


def reported_aside(verb):
    """The report set off by commas before a verb, as (the reporting verb, who reports), or None: "Xi, state
    broadcaster CCTV reported, urged Islamabad to ...", which the parser reads as "reported" with two subjects (Xi
    and CCTV), or as a relative clause of Xi or of "state broadcaster" in apposition to Xi."""
    doc = verb.doc
    for aside in verb.children:
        subjects = [c for c in aside.children if c.dep_ in lx.SUBJECTS]
        if aside.dep_ == "parataxis" and aside.i < verb.i and aside.lemma_.lower() in lx.REPORTING_VERBS \
                and len(subjects) == 2 and subjects[1].left_edge.i > 0 \
                and doc[subjects[1].left_edge.i - 1].text == "," and doc[aside.i + 1].text == ",":
            return aside, subjects[1]
    for subject in (c for c in verb.children if c.dep_ in lx.SUBJECTS):
        # (the relative clause hung on the subject itself, or on a description in apposition to it)
        for described in [subject, *(a for a in subject.children if a.dep_ == "appos" and a.pos_ == "NOUN")]:
            aside = next((r for r in described.children if r.dep_ == "relcl" and r.lemma_.lower() in lx.REPORTING_VERBS
                          and r.i + 1 < verb.i and doc[r.i + 1].text == ","), None)
            reporter = next((c for c in aside.children if c.dep_ in lx.SUBJECTS and c.tag_ not in {"WP", "WDT"}), None) \
                if aside is not None else None
            if reporter is not None and not any(c.dep_ == "dobj" for c in aside.children) \
                    and not any(t.tag_ in {"WP", "WP$", "WDT"} for t in aside.subtree):  # (not "X, whose visit media reported,")
                return aside, reporter
    return None


def town_of_site(tok) -> bool:
    """Whether tok is the object of "in"/"at"/"near" right after a site noun: "the factory at Chemelil", "a camp near
    Goma" (the parser may hang the preposition on the verb or the trip noun)."""
    site = tok.doc[tok.head.i - 1] if tok.head.i > 0 else tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ in {"in", "at", "near"} and site.pos_ == "NOUN" \
        and site.lemma_.lower() in lx.SITE_NOUNS | lx.SITES_IN_TOWNS


def guests_arrival(their) -> bool:
    """"X welcomed the EU leaders on their arrival in Y": "their" is the guests', not the host's (one subject, not
    coordinated, who cannot be "their"; not "A and B greeted the crowds on their arrival")."""
    if their.lower_ != "their" or their.dep_ != "poss" or their.head.lemma_.lower() != "arrival" or their.head.dep_ != "pobj":
        return False
    verb = their.head.head.head
    subjects = [c for c in verb.children if c.dep_ in lx.SUBJECTS]
    return verb.lemma_.lower() in lx.GREETING_VERBS and any(c.dep_ == "dobj" for c in verb.children) \
        and len(subjects) == 1 and not subjects[0].conjuncts and subjects[0].tag_ not in {"NNS", "NNPS"} \
        and subjects[0].lower_ not in {"they", "we"}


def gathering_of(noun):
    """Whose gathering an event noun says it is: "a meeting of EU foreign ministers", "a session of the Council" (a
    name, or people of a kind named); the "of" phrase's head, or None."""
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
               and c.doc[c.i - 1].lower_ not in lx.ON_BEHALF_WORDS), None)  # (not "in honour of X")
    o = child(of, "pobj") if of is not None else None
    if o is None or not (o.pos_ == "PROPN" or o.tag_ == "NNS" and any(
            m.dep_ in {"compound", "amod", "nmod"} and (m.pos_ == "PROPN" or m.ent_type_) for m in o.lefts)):
        return None
    return o


def event_of_member(tok):
    """The event noun whose "of" phrase tok is, through appositions and coordination: "a meeting of the ministers",
    "a meeting of the Friends of Syria group" (the gathering, where a participle hung on its members is about it)."""
    while tok.dep_ in {"appos", "conj"}:
        tok = tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in lx.EVENT_NOUNS:
        return tok.head.head
    return None


def which_after(tok, *preps: str):
    """The relative "which" after one of ``preps`` on tok: "an Investor Day, at which X will present"."""
    return next((o for c in tok.children if c.dep_ == "prep" and c.lower_ in preps
                 and (o := child(c, "pobj")) is not None and (o.tag_ == "WDT" or o.lower_ == "which")), None)


def ruler_title(doc, i: int) -> bool:
    """"the Amir", "Amir Sheikh X", "Emir Tamim bin Hamad": a ruler's title, not the first name it can also be ("Amir
    Daloush"): after "the", before another title, or before a name with "bin"/"bint"."""
    return doc[i].lower_ in lx.RULER_TITLES and (
        i > 0 and doc[i - 1].lower_ == "the" or i + 1 < len(doc) and doc[i + 1].lower_ in lx.HONORIFICS
        or any(t.lower_ in {"bin", "bint", "ibn"} for t in doc[i + 2:i + 4]))


def title_word(doc, i: int) -> bool:
    """A word of address before a name: "Mr", "Sheikh", "HE" (His Excellency, in capitals), "the Amir"."""
    return doc[i].lower_ in lx.HONORIFICS or doc[i].text in lx.CAPITAL_STYLES or ruler_title(doc, i)
