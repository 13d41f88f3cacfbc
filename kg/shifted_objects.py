"""A guest named after the place of the welcome ("X received at State House the Prime Minister of Y, Z"): made the
verb's object again.

State media and agency wires put a long object last, after where and when: "President X on Monday received at State
House in Banjul the Prime Minister of Senegal, Y"; "The Amir received at the Amiri Diwan office this morning His
Excellency Y". The small English model reads such a shifted object as an apposition of the place, a second object
of "at", an adverb of the verb, or the root of a sentence of its own, and the welcome is left without a guest. So
for a verb of receiving someone ("receive", "welcome", "greet", "host") with no object of its own and a place after
"at" or "in", a name of someone (a person, or an office's title) that comes after that place and hangs off it in one
of those ways becomes the verb's object, and a name set off by a comma right after it ("..., Y") its apposition;
with no place, a name of someone right after the time of the welcome, read as an adverb of the verb ("received this
morning President Y"), becomes its object.
Only the tree changes: the words, tags and names are the model's.
"""
from __future__ import annotations

from kg.extract import lexicon as lx
from kg.reread import rehang

#: verbs of receiving a guest, whose object the wires put last
RECEIVING = frozenset({"receive", "welcome", "greet", "host"})
#: the prepositions of the place a guest is received at
PLACES = frozenset({"at", "in"})
#: how the model hangs a shifted object off the verb or off the place
SHIFTED_DEPS = frozenset({"npadvmod", "appos", "dep", "attr", "oprd", "pobj"})
#: recogniser labels of names that are no guest (a time, a number)
NO_GUEST_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"})


class ShiftedObjects:
    """A component after the parser and the recogniser: see the module's docstring."""

    def __init__(self, nlp, name: str) -> None:
        self.nlp = nlp
        self.name = name

    @staticmethod
    def shifted(doc) -> list[tuple[int, int, str]]:
        """The new (token, head, dependency) of each token a welcome's shifted guest moves: the guest to the verb as
        its object, a name in apposition to it, the title words and the date the model cut off or hung on it."""
        moves = []
        for verb in doc:
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in RECEIVING or any(
                    c.dep_ in {"dobj", "nsubjpass", "auxpass", "ccomp", "xcomp"} for c in verb.children):
                continue
            place = next((p for p in verb.children if p.dep_ == "prep" and p.lower_ in PLACES and p.i > verb.i
                          and any(c.dep_ == "pobj" for c in p.children)), None)
            if place is None:
                timed = _guest_after_time(doc, verb)
                moves += [(timed.i, verb.i, "dobj")] if timed is not None else []
                continue
            where = next(c for c in place.children if c.dep_ == "pobj")
            guest, more = _guest_after(doc, verb, place, where)
            if guest is None:
                continue
            apposed = [t.i for t in (*place.children, *verb.children, *where.children)
                       if t.i > guest.i and t.dep_ in SHIFTED_DEPS and _named(t) and doc[t.i - 1].text == ","
                       and t.head.i != guest.i and not any(w.text in {";", "."} for w in doc[guest.i:t.i])]
            moves += [(guest.i, verb.i, "dobj"), *((i, guest.i, "appos") for i in apposed[:1]), *more]
        return moves

    def __call__(self, doc):
        if len(doc) >= 5 and doc.has_annotation("DEP") and (moves := self.shifted(doc)):
            rehang(doc, moves)
        return doc


def _named(tok) -> bool:
    """A proper noun that may name a guest: not a time or a number."""
    return tok.pos_ == "PROPN" and tok.ent_type_ not in NO_GUEST_LABELS and tok.text[:1].isupper()


def _their_peer(tok) -> bool:
    """A holder's peer named by the possessor's title and then by name: "his Mozambican counterpart, Y"."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in {"counterpart", "guest"} \
        and tok.left_edge.lower_ in {"his", "her", "their"} and any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in tok.children)


def _someone(tok) -> bool:
    """Whether a shifted phrase names a person or an office-holder ("the Prime Minister of Y", "His Excellency Y"),
    not a thing or a group ("the Africa Cup of Nations trophy", "the Vienna Boys Choir")."""
    return any(t.ent_type_ == "PERSON" or t.lemma_.lower() in lx.ROLE_NOUNS or t.lower_ in lx.HONORIFICS
               for t in tok.subtree)


def _guest_after(doc, verb, place, where):
    """The shifted object, and the moves of the words the model cut off it or hung on it: a name after the place,
    hanging off the verb, the preposition or the place; a name the model made the object of "on" with the day
    before it ("on Sunday Jordan's Minister ... Y"); or the root of a sentence the model began in the middle of the
    line (after a lone title it made a sentence of too: "... on Tuesday Sayyid | Shihab bin Tarik")."""
    after = where.right_edge.i if where.right_edge.i > where.i else where.i
    for tok in (*verb.children, *place.children, *where.children):
        if tok.i > where.i and tok.dep_ in SHIFTED_DEPS and tok is not where and (_named(tok) or _their_peer(tok)) \
                and _starts_noun_phrase(tok, where) and _someone(tok):
            return tok, []
    for on in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "on" and c.i > where.i):
        named = next((c for c in on.children if c.dep_ == "pobj" and _named(c)), None)
        day = doc[on.i + 1]
        if named is not None and day.i < named.i and day.ent_type_ == "DATE" and day.dep_ == "compound" \
                and day.left_edge.i == day.i == day.right_edge.i and any(t.ent_type_ == "PERSON" for t in named.subtree):
            return named, [(day.i, on.i, "pobj")]
    sent, cut = verb.sent, []
    while sent.end < len(doc) and sent[-1].is_alpha and "\n" not in sent[-1].whitespace_ and len(cut) < 2:
        sent = doc[sent.end].sent  # the model began a new sentence inside the line
        root = sent.root
        if not (_named(root) and root.i > after and sent[0].pos_ in {"PRON", "DET", "PROPN"}
                and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in root.children) and root.pos_ != "VERB"):
            return None, []
        if root.ent_type_ == "PERSON" or len(sent) > 2 and _someone(root):
            return root, [(i, root.i, "compound") for i in cut]
        cut.append(root.i)  # a lone title word ("Sayyid"): the name follows
    return None, []


def _guest_after_time(doc, verb):
    """A guest named right after the time of the welcome, which the model made an adverb of the verb: "The Amir
    received this morning President Y"."""
    for tok in verb.children:
        if tok.i > verb.i and tok.dep_ == "npadvmod" and _named(tok) and _someone(tok) \
                and tok.left_edge.i > verb.i + 1 and all(t.ent_type_ in {"DATE", "TIME"} for t in doc[verb.i + 1:tok.left_edge.i]):
            return tok
    return None


def _starts_noun_phrase(tok, where) -> bool:
    """Whether a name's phrase opens with "the", a possessive or a title after the place's own words ("... in Banjul
    the Prime Minister of Y"), not a name inside the place's own phrase ("at State House in Banjul")."""
    first = tok.left_edge
    return first.i > where.i and (first.lower_ in {"the", "his", "her", "their"} or first.pos_ == "PROPN")
