"""The one name normaliser: how kg compares names, everywhere.

A *key* is a name with case, accents, a leading "the", titles and honorifics
("Mr", "President", "Sir"), punctuation and extra whitespace taken away. The
graph stores a ``kg:key`` literal for every label and alias of an entity (and a
person's surname), and a bound name is turned into its key once, so a lookup is
an exact, indexed match instead of a scan of every label.

Import-light on purpose (standard library only): extraction, evaluation, the
view and the queries can all share it.

>>> name_key("Mr. Macron"), name_key("  the  Élysée  Palace "), name_key("President Emmanuel Macron")
('macron', 'elysee palace', 'emmanuel macron')
>>> sorted(entity_keys("Emmanuel Macron", ["Mr Macron"], person=True))
['emmanuel macron', 'macron']
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

#: words that stand before a name and are not part of it (one word or two); keys, so lower case, no dots
TITLES = frozenset({
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "madam", "madame",
    "monsieur", "herr", "frau", "president", "vice president", "prime minister", "chancellor", "minister",
    "foreign minister", "defence minister", "defense minister", "secretary", "secretary of state", "senator", "sen",
    "rep", "representative", "congressman", "congresswoman", "governor", "gov", "mayor", "king", "queen", "prince",
    "princess", "pope", "general", "gen", "admiral", "colonel", "col", "captain", "capt", "judge", "justice",
    "ambassador", "premier", "sheikh", "emir", "ayatollah", "rev", "reverend", "father", "st", "saint",
})
#: words after a surname that are not the surname ("Jr", "III")
SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "junior", "senior"})
_LONGEST_TITLE = max(len(t.split()) for t in TITLES)
_APOSTROPHES = re.compile(r"[\u2019\u2018'`\u00b4]")
_DOTS = re.compile(r"(?<=\w)\.(?=\w\.)|(?<=\b\w)\.")  # "U.S." -> "US" (dots inside initialisms)
_PUNCT = re.compile(r"[^\w\s]|_")


#: 8,192 entries, not 65,536: LRU hit rates on 3,000 Reuters articles barely move (nt 0.909 -> 0.88, plain 0.908 -> 0.90,
#: name_key 0.604 -> 0.59) and a full cache of 65,536 held about 25 MiB, filled over the first 5,000-15,000 articles
@lru_cache(maxsize=8192)
def plain(text: str) -> str:
    """Case, accents, apostrophes and punctuation away, whitespace collapsed; words kept.

    >>> plain("  L'Élysée, U.S.-led  ")
    'lelysee us led'
    """
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = _APOSTROPHES.sub("", text)
    text = _DOTS.sub("", text)
    return " ".join(_PUNCT.sub(" ", text).split())


@lru_cache(maxsize=8192)
def name_key(text: str) -> str:
    """The key a name is stored and looked up by.

    Titles are taken away only while a name is left ("the President" keys as
    "president", "President Macron" as "macron").

    >>> [name_key(n) for n in ("Macron", "macron", "Mr Macron", "MR. MACRON", "The Coalition of the Willing")]
    ['macron', 'macron', 'macron', 'macron', 'coalition of the willing']
    >>> name_key("the Prime Minister"), name_key("Prime Minister Keir Starmer"), name_key("Sir Keir Starmer")
    ('prime minister', 'keir starmer', 'keir starmer')
    """
    words = plain(text).split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    stripped = True
    while stripped:
        stripped = False
        for n in range(min(_LONGEST_TITLE, len(words) - 1), 0, -1):
            if " ".join(words[:n]) in TITLES:
                words = words[n:]
                stripped = True
                break
    return " ".join(words) or " ".join(text.casefold().split())  # a name of punctuation only keeps itself


def surname_key(name: str) -> str | None:
    """A person's surname as a key: the last word with a letter in it, suffixes skipped.

    >>> surname_key("Martin Luther King Jr."), surname_key("Macron"), surname_key("Anna Berg 7")
    ('king', None, 'berg')
    """
    words = [w for w in name_key(name).split() if w not in SUFFIXES and any(c.isalpha() for c in w)]
    return words[-1] if len(words) > 1 else None


def entity_keys(label: str, aliases: Iterable[str] = (), *, person: bool = False) -> set[str]:
    """Every key an entity is found by: its label's, each alias's, and a person's surname."""
    names = [label, *aliases]
    keys = {name_key(n) for n in names}
    if person:
        keys |= {s for s in map(surname_key, names) if s}
    keys.discard("")
    return keys


@lru_cache(maxsize=1)
def first_names():
    """gender-guesser's table of 40,000 first names, case-insensitive (``.get_gender(word)``:
    "male", "female", "mostly_…", "andy" or "unknown"), loaded once."""
    import gender_guesser.detector as gd

    return gd.Detector(case_sensitive=False)


def initials(words) -> str:
    """The initials of a name's capitalised words, accents dropped and upper-cased: "Central Única dos Trabalhadores"
    -> "CUT"."""
    return "".join(plain(w[0]).upper() for w in words if w[:1].isupper())


def abbreviates(acronym: str, initials: str) -> bool:
    """Whether an acronym stands for a name with these initials, loosely: the same first and last letter,
    the others in order among the initials ("KMPDU" of "Kenya Medical Practitioners, Pharmacists and
    Dentists Union", initials "KMPPDU")."""
    letters = iter(initials)
    return len(acronym) >= 3 and acronym[:1] == initials[:1] and acronym[-1:] == initials[-1:] \
        and all(ch in letters for ch in acronym)


def is_first_name(word: str) -> bool:
    """A first name gender-guesser's table of 40,000 names knows ("Donald", "Roger", "Kim")."""
    return len(word) > 1 and word[:1].isupper() and first_names().get_gender(word) != "unknown"
