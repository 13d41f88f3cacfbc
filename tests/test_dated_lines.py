"""A timeline entry's date, before a spaced dash, read apart from its clause (kg.dated_lines). Our own sentences."""
from __future__ import annotations

import pytest

from kg.dated_lines import DatedLines
from kg.extract import extract
from kg.model import Article


def _facts(nlp, text):
    ex = extract(nlp(text), Article("d1", text))
    e = ex.entities
    return {(e[f.subject].label, f.relation, e[f.object].label, f.status, f.time) for f in ex.facts}


def test_the_clause_after_a_dated_dash_keeps_its_verb_and_the_date_is_its_time(nlp):
    text = "Lee Jae-myung spoke.\n\nAugust 25, 2025 - Lee Jae-myung meets Donald Trump at the White House."
    with nlp.select_pipes(disable=["kg_dated_lines"]):
        assert not {f[:2] for f in _facts(nlp, text)} & {("Lee Jae-myung", "meets"), ("Donald Trump", "meets")}
    doc = nlp(text)
    meets = next(t for t in doc if t.lower_ == "meets")
    assert meets.pos_ == "VERB" and meets.dep_ == "ROOT"
    august, year = (next(t for t in doc if t.text == w) for w in ("August", "2025"))
    dash = next(t for t in doc if t.text == "-" and t.whitespace_)  # (not the hyphen of "Jae-myung")
    assert august.head.i == meets.i and august.dep_ == "npadvmod"  # the date hangs off the verb
    assert year.head.i == meets.i and dash.head.i == meets.i and dash.dep_ == "punct"  # (the model hung them on a name)
    assert [e.text for e in doc.ents if e.label_ == "DATE"][0] == "August 25, 2025"
    facts = _facts(nlp, text)
    assert any(f[:2] == ("Lee Jae-myung", "meets") and f[2] == "Donald Trump" and f[3] == "happened"
               and f[4] and "August 25" in str(f[4]) or f[:3] == ("Donald Trump", "meets", "Lee Jae-myung")
               for f in facts), facts


def test_a_surname_and_a_present_verb_after_the_dash_are_read_right_too(nlp):
    text = "Mark Carney spoke.\n\nOct. 7 - Donald Trump hosts Carney at the White House."
    assert ("Donald Trump", "hosts", "Mark Carney") in {f[:3] for f in _facts(nlp, text)}


@pytest.mark.parametrize("text", [
    "Ida Lund - the premier - met Jon Dahl.",  # a dash after a name, not a date
    "On Monday - a holiday - Ida Lund met Jon Dahl.",  # not at the line's start
    "March 3 -Ida Lund met Jon Dahl.",  # no space after the dash
    "2025 - in brief.",  # too short a clause
])
def test_lines_that_open_with_no_date_and_dash_are_left_alone(nlp, text):
    assert all(DatedLines.dash_after_date(sent) is None for sent in nlp(text).sents)


def test_a_dated_line_is_found_after_a_line_break(nlp):
    doc = nlp("Ida Lund spoke.\n\nMonday, March 3 - Ida Lund meets Jon Dahl in Vasby.")
    dashes = [DatedLines.dash_after_date(sent) for sent in doc.sents]
    assert [doc[i].text for i in dashes if i is not None] == ["-"]


def test_a_surname_the_clause_alone_misreads_is_read_as_a_name(nlp):
    text = ("Azerbaijani President Ilham Aliyev and Foreign Minister Jeyhun Bayramov spoke in Baku.\n\n"
            "December 4, 2025 - Bayramov attends the OSCE Ministerial Council in Vienna.\n\n"
            "February 2026 - Aliyev repeats his demand that Armenia change its constitution before the treaty is signed.")
    demands = {f[:3] for f in _facts(nlp, text) if f[1] == "demands"}
    assert ("Ilham Aliyev", "demands", "Armenia") in demands and ("Jeyhun Bayramov", "demands", "Armenia") not in demands


def test_a_long_chronology_is_read_again_only_up_to_the_bound(nlp, monkeypatch):
    """Each re-reading rewrites the whole Doc's arrays, so only the first MOST_LINES dated lines are read again."""
    import kg.dated_lines as dated

    read = []
    monkeypatch.setattr(dated, "MOST_LINES", 2)
    monkeypatch.setattr(dated.DatedLines, "_read_apart", lambda self, doc, dash: read.append(dash))
    nlp("\n\n".join(f"March {d}, 2026 - Premier Anna Lind meets Tomas Brenn in Vienna." for d in (3, 4, 5, 6)))
    assert len(read) == 2
