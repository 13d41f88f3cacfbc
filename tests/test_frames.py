"""The frame engine on one construction per sentence, parsed by the real pipeline.

Each case names the construction it covers. The sentences are our own, written
for the construction (none is taken from an evaluation article); the expected
facts are what a careful reader takes from them (see shared/gold/GUIDELINES.md).
``expected`` must all be found; ``absent`` must not be.
"""
from __future__ import annotations

import pytest

from kg.extract import extract
from kg.model import Article

pytestmark = pytest.mark.model

CASES = [
    # (construction, sentence, expected facts, facts that must not be there)
    ("coordination after an apposition",
     "Mr Ruto held talks with his Tanzanian counterpart, Samia Suluhu Hassan, and the AU chairman, Moussa Faki.",
     {("Ruto", "meets", "Samia Suluhu Hassan", "happened"), ("Ruto", "meets", "Moussa Faki", "happened")},
     {("Samia Suluhu Hassan", "meets", "Moussa Faki")}),
    ("pronoun subject from the previous sentence",
     "Angela Merkel praised the deal. She is due to meet President Lula on Friday.",
     {("Angela Merkel", "meets", "Lula", "planned")}, set()),
    ("nominal talks as the occasion of a clause",
     "After talks with Mr Ruto, Mr Ramaphosa said the deal was close.",
     {("Ramaphosa", "meets", "Ruto", "happened")}, set()),
    ("noun demand with a for-infinitive",
     "The European Union's demand for Serbia to recognise Kosovo angered many in Belgrade.",
     {("European Union", "demands", "Serbia", "happened")}, set()),
    ("support verb and noun, future",
     "The European Union will open accession talks with Ukraine.",
     {("European Union", "meets", "Ukraine", "planned")}, set()),
    ("reduced relative clause with a passive agent",
     "A donor conference hosted by Norway's foreign minister, Espen Barth Eide, raised two billion dollars.",
     {("Espen Barth Eide", "hosts", "donor conference", "happened")}, set()),
    ("organisations named by a common noun and a proper modifier",
     "The Nasdaq exchange has met with the Tokyo bourse.",
     {("Nasdaq exchange", "meets", "Tokyo bourse", "happened")}, set()),
    ("names no model knows, as subject and object",
     "Vantaria will be hosting Belmoor next week.",
     {("Vantaria", "hosts", "Belmoor", "planned")}, set()),
    ("travel verb",
     "Prime Minister Mark Carney flew to Nairobi on Friday.",
     {("Mark Carney", "visits", "Nairobi", "happened")}, set()),
    ("two parties as coordinated subjects of a support verb",
     "Vietnam and Thailand completed another round of talks on Saturday.",
     {("Vietnam", "meets", "Thailand", "happened")}, set()),
    ("demand for something done to bodies named in the content",
     "Senator Maria Lopez called for an overhaul of NATO and the OSCE.",
     {("Maria Lopez", "demands", "NATO", "happened"), ("Maria Lopez", "demands", "OSCE", "happened")}, set()),
    ("passive attendance by representatives of coordinated countries",
     "The forum was attended by heads of state from Ghana, Kenya and Senegal.",
     {("Ghana", "attends", "forum", "happened"), ("Kenya", "attends", "forum", "happened"),
      ("Senegal", "attends", "forum", "happened")},
     {("Ghana", "meets", "Kenya")}),
    ("a negating frame: pulling out of an event",
     "Italian trade minister Lucia Ferri pulled out of the WTO talks.",
     {("Lucia Ferri", "attends", "WTO talks", "negated")}, set()),
    ("hosting a meal for a guest",
     "Mayor Anna Lindqvist is hosting a dinner tonight for Governor Paul Okafor.",
     {("Anna Lindqvist", "hosts", "dinner", "planned"),
      ("Anna Lindqvist", "hosts", "Paul Okafor", "planned")}, set()),
    ("passive visit",
     "Kyiv was visited by Olaf Scholz in June.",
     {("Olaf Scholz", "visits", "Kyiv", "happened")}, set()),
    ("negation",
     "Vladimir Putin did not attend the summit in Johannesburg.",
     {("Vladimir Putin", "attends", "summit", "negated")}, set()),
    ("reported speech",
     "Sources said Emmanuel Macron met Olaf Scholz in Berlin.",
     {("Emmanuel Macron", "meets", "Olaf Scholz", "reported")}, set()),
    ("a capital standing for its government, object control",
     "Washington pressed Tokyo to open its markets.",
     {("United States", "demands", "Japan", "happened")}, set()),
    ("demonyms in a coordination of negotiators",
     "French and German negotiators will hold talks next week.",
     {("France", "meets", "Germany", "planned")}, set()),
    ("conjoined prepositional objects",
     "Susan Collins has had conversations with Chuck Schumer and with Mike Johnson.",
     {("Susan Collins", "meets", "Chuck Schumer", "happened"), ("Susan Collins", "meets", "Mike Johnson", "happened")},
     set()),
    ("gender-aware possessive pronoun",
     "Xi Jinping refused to meet Nancy Pelosi during her trip to Asia.",
     {("Nancy Pelosi", "visits", "Asia", "happened"), ("Xi Jinping", "meets", "Nancy Pelosi", "negated")},
     {("Xi Jinping", "visits", "Asia")}),
    ("speaking at an event is attending it",
     "Justin Trudeau told delegates to a fisheries conference that progress was slow.",
     {("Justin Trudeau", "attends", "fisheries conference", "happened")}, set()),
    ("'I' in a quote is the speaker",
     "\"I will take part in the negotiations,\" union leader Carla Mendes told reporters.",
     {("Carla Mendes", "attends", "negotiations", "planned")}, set()),
    ("cancelling an event one hosts",
     "Governor Kathy Hochul cancelled a reception for party donors on Tuesday.",
     {("Kathy Hochul", "hosts", "reception", "negated")}, set()),
    ("a definite noun standing for the organisation named before",
     "The New York Stock Exchange changed its rules. Regulators asked the exchange to tighten them.",
     set(), {("Regulators", "demands", "New York Stock Exchange")}),
    ("a tour of coordinated places",
     "Trade envoy Lisa Berg is on a one-week tour of Seoul, Manila and Hanoi.",
     {("Lisa Berg", "visits", "Manila", "happened"), ("Lisa Berg", "visits", "Hanoi", "happened")}, set()),
    ("a place modifying a visit noun, by-phrase doer",
     "The dispute may linger until a Paris visit next month by Canadian Prime Minister Mark Carney.",
     {("Mark Carney", "visits", "Paris", None)}, set()),
    ("a support verb that plans",
     "Trade Representative Jamieson Greer plans a June trip to India.",
     {("Jamieson Greer", "visits", "India", "planned")}, set()),
    ("the capital resolved from the country named before",
     "Angela Merkel praised Kenya. Her first stop in the capital was the parliament.",
     {("Angela Merkel", "visits", "Nairobi", "happened")}, set()),
    ("the capital resolved from a demonym",
     "Ewa Nowak, visiting the Danish capital to give a lecture, announced a bond sale.",
     {("Ewa Nowak", "visits", "Copenhagen", "happened")}, set()),
    ("a speech to an event",
     "In a speech to the annual meeting, Karin Holm said orders were rising.",
     {("Karin Holm", "attends", "annual meeting", "happened")}, set()),
    ("at an event, the clause's subject",
     "At the Oslo energy conference, Greta Lund said the pipeline would open next year.",
     {("Greta Lund", "attends", "conference", "happened")}, set()),
    ("an event that involved delegates of countries (reverse frame)",
     "The conference involved delegates from Norway, Chile and Korea.",
     {("Norway", "attends", "conference", "happened"), ("Chile", "attends", "conference", "happened")}, set()),
    ("absent from an event (negating adjective)",
     "Absent from Friday's meeting will be Senator Maria Costa.",
     {("Maria Costa", "attends", "meeting", "negated")}, set()),
    ("participants include X: the event named before",
     "The informal WTO talks opened in Geneva on Monday. The delegates include trade minister Piyush Goyal.",
     {("Piyush Goyal", "attends", "WTO talks", "happened")}, set()),
    ("among the crowd were X and Y",
     "The rally at Fort Hood drew thousands on Sunday. Among the crowd were actors Tom Hanks and Meryl Streep.",
     {("Tom Hanks", "attends", "rally", "happened"), ("Meryl Streep", "attends", "Fort Hood rally", "happened")},
     set()),
    ("a news conference is no event",
     "Chairman Jan Berglund told a news conference that profits would rise.", set(),
     {("Jan Berglund", "attends", "news conference")}),
    ("a telephone call is a meeting",
     "Chancellor Olaf Scholz telephoned President Biden on Friday.",
     {("Olaf Scholz", "meets", "Biden", "happened")}, set()),
    ("play host to",
     "Japan will play host to the Group of Seven summit.",
     {("Japan", "hosts", "Group of Seven summit", "planned")}, set()),
    ("a phrasal support verb that negates",
     "Joe Biden called off his visit to Poland.",
     {("Joe Biden", "visits", "Poland", "negated")}, set()),
    ("a postponed meeting is still to come",
     "The meeting between Joe Biden and Xi Jinping was postponed.",
     {("Joe Biden", "meets", "Xi Jinping", "planned")}, set()),
    ("a cancelled summit did not happen",
     "The summit between Joe Biden and Xi Jinping was called off.",
     {("Joe Biden", "meets", "Xi Jinping", "negated")}, set()),
    ("an alliance's allies, and 'both countries'",
     "The NATO allies of Spain and Portugal on Monday called on both countries to end the dispute.",
     {("NATO", "demands", "Spain", "happened"), ("NATO", "demands", "Portugal", "happened")},
     {("Spain", "demands", "Portugal")}),
    ("a government stands for its country",
     "Budi Santoso said sales fell. He urged the Malaysian government to cut taxes.",
     {("Budi Santoso", "demands", "Malaysia", "happened")}, set()),
    ("an invitation for talks: hosting and meeting to come",
     "German Chancellor Olaf Scholz has invited the European Commission for talks in Berlin next month.",
     {("Olaf Scholz", "hosts", "European Commission", "planned"), ("Olaf Scholz", "meets", "European Commission", "planned")},
     set()),
    ("an invitation that is no hosting", "The ministry invited bids from Japan and Korea.", set(),
     {("ministry", "hosts", "Japan")}),
    ("a trip takes the traveller there",
     "Emmanuel Macron arrived on Tuesday. The official visit will take the French President to Quebec and to Montreal.",
     {("Emmanuel Macron", "visits", "Quebec", "planned"), ("Emmanuel Macron", "visits", "Montreal", "planned")}, set()),
    ("lunch together: both attend, and they meet",
     "Narendra Modi had lunch today with Anthony Albanese.",
     {("Narendra Modi", "attends", "lunch", "happened"), ("Anthony Albanese", "attends", "lunch", "happened"),
      ("Narendra Modi", "meets", "Anthony Albanese", "happened")}, set()),
    ("a dinner for a guest (dative 'for'), present progressive with a future time",
     "Mayor Anna Lindqvist is hosting a dinner tonight for Governor Paul Okafor.",
     {("Anna Lindqvist", "hosts", "Paul Okafor", "planned")}, set()),
    ("a guest at an event",
     "Maya Patel was a VIP guest at the Toronto Science Fair this weekend.",
     {("Maya Patel", "attends", "Toronto Science Fair", "happened")}, set()),
    ("'are to travel' is planned; an organisation as destination",
     "On Wednesday, Maya Patel and her father are to travel to the United Nations.",
     {("Maya Patel", "visits", "United Nations", "planned")}, set()),
    ("doers who talk to someone unnamed did not meet each other",
     "Ana Ruiz and Pedro Gil flew to Tokyo to talk to government officials.", set(),
     {("Ana Ruiz", "meets", "Pedro Gil")}),
    ("an election is held, not hosted", "Brazil is due to hold a general election next year.", set(),
     {("Brazil", "hosts", "general election")}),
    ("a ticker in newswire markup stands for the firm before it",
     "A delegation from Boeing Co <BA.N> will visit the Danish parliament on Monday.",
     {("Boeing Co", "visits", "Danish parliament", "planned")}, {("BA.N", "visits", "Danish parliament")}),
    ("asked to meet is not meeting",
     "Senate leader John Thune urged President Trump to negotiate with Congress.",
     {("John Thune", "demands", "Trump", "happened"), ("Trump", "meets", "Congress", "hypothetical")}, set()),
    ("coordinated doers negotiating with an unnamed partner did not meet each other",
     "Peru, Chile, Uruguay and others are also pursuing separate negotiations with creditor banks.", set(),
     {("Peru", "meets", "Chile"), ("Chile", "meets", "Uruguay")}),
    ("newswire's present tense with a day is planned",
     "Australian trade minister Don Farrell leaves for Vietnam on Wednesday.",
     {("Don Farrell", "visits", "Vietnam", "planned")}, set()),
    ("a party telling of its own act states it",
     "Acme Corp said it held talks with Borg Inc on Monday.",
     {("Acme Corp", "meets", "Borg Inc", "happened")}, set()),
    ("a third party telling of it reports it",
     "Reuters said Acme Corp held talks with Borg Inc on Monday.",
     {("Acme Corp", "meets", "Borg Inc", "reported")}, set()),
    # false friends
    ("false friend: meet a target", "The company failed to meet the target set by Germany.", set(),
     {("company", "meets", "Germany")}),
    ("false friend: met with criticism", "The plan met with criticism from Germany.", set(),
     {("plan", "meets", "Germany")}),
    ("false friend: market demand", "Demand for German cars rose in China.", set(),
     {("China", "demands", "Germany")}),
]


@pytest.fixture(scope="module")
def nlp():
    from kg.nlp import load_pipeline

    return load_pipeline()


def _facts(nlp, text):
    ex = extract(nlp(text), Article("t", text))
    e = ex.entities

    def names(i):
        return {e[i].label, *e[i].aliases}

    return [(names(f.subject), f.relation, names(f.object), f.status) for f in ex.facts]


def _has(facts, subject, relation, obj, status=None):
    def named(names, name):
        return any(name in n for n in names)

    return any(relation == r and status in (None, st) and (
        named(s, subject) and named(o, obj) or relation == "meets" and named(s, obj) and named(o, subject))
        for s, r, o, st in facts)


@pytest.mark.parametrize("construction,text,expected,absent", CASES, ids=[c[0] for c in CASES])
def test_construction(nlp, construction, text, expected, absent):
    facts = _facts(nlp, text)
    for s, r, o, status in expected:
        assert _has(facts, s, r, o, status), f"{construction}: missing {s} {r} {o} ({status}); found {facts}"
    for s, r, o in absent:
        assert not _has(facts, s, r, o), f"{construction}: unexpected {s} {r} {o}; found {facts}"
