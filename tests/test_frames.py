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
    ("speaking at a named meeting the recogniser calls an organisation",
     "Lindqvist told the Baltic Fisheries Association annual conference that quotas would fall.",
     {("Lindqvist", "attends", "Baltic Fisheries Association annual conference", "happened")}, set()),
    ("a speech delivered at an event",
     "Priya Rao delivered the keynote speech at the World Economic Forum in Davos.",
     {("Priya Rao", "attends", "World Economic Forum", "happened")}, set()),
    ("travel for an event: the traveller attends it and visits the place",
     "Gordon Brown flew to Brussels for the NATO summit.",
     {("Gordon Brown", "attends", "NATO summit", "happened"), ("Gordon Brown", "visits", "Brussels", "happened")}, set()),
    ("a stay with a purpose is a visit",
     "Ivan Petrov is in Turku for a conference on algebra.",
     {("Ivan Petrov", "visits", "Turku", "happened")}, set()),
    ("a stay on a leg of a tour, in a relative clause",
     "Goria spoke after meeting Ortiz, who is in Lisbon on the third leg of a tour.",
     {("Ortiz", "visits", "Lisbon", "happened")}, set()),
    ("being somewhere is no visit", "Ivan Petrov is in Turku.", set(), {("Ivan Petrov", "visits", "Turku")}),
    ("an arrival for a visit is no attendance", "Klaus Wendt arrived in Lima for a four-day visit.",
     {("Klaus Wendt", "visits", "Lima", "happened")}, {("Klaus Wendt", "attends", "visit")}),
    ("leading a delegation to talks, future", "Jane Jones will lead the British delegation to the climate talks in Bonn.",
     {("Jane Jones", "attends", "climate talks", "planned")}, set()),
    ("a competition won", "Max Verstappen won the Monaco Grand Prix on Sunday.",
     {("Max Verstappen", "attends", "Monaco Grand Prix", "happened")}, set()),
    ("a medal won at a named games", "Carl Lewis won gold in the 100 metres at the Seoul Olympics.",
     {("Carl Lewis", "attends", "Seoul Olympics", "happened")}, set()),
    ("an election won is no attendance", "Maria Lopez won the presidential election in May.", set(),
     {("Maria Lopez", "attends", "presidential election")}),
    ("a team named by its country competing", "The Japanese team competed in the Robot Olympiad in Seoul.",
     {("Japan", "attends", "Robot Olympiad", "happened")}, set()),
    ("the named members of an unnamed group", "Delegates from ten countries, including Ghana and Nigeria, attended the meeting in Accra.",
     {("Ghana", "attends", "meeting", "happened"), ("Nigeria", "attends", "meeting", "happened")}, set()),
    ("a named person among an unnamed crowd", "Thousands of people, including actor Tom Berenger, joined the protest outside the embassy.",
     {("Tom Berenger", "attends", "protest", "happened")}, set()),
    ("a visit as the occasion of an occasion",
     "Klaus Wendt, in a speech on the first day of an official visit to Peru, said debtors share responsibility.",
     {("Klaus Wendt", "visits", "Peru", "happened")}, set()),
    ("talks measured in hours, in a relative clause",
     "Margaret Lindqvist was joined for the signing by President Kallas, who had six hours of talks with her yesterday.",
     {("Kallas", "meets", "Lindqvist", "happened")}, set()),
    ("an apposition list after a described addressee",
     "Naidoo also urged the country's two biggest unions, the National Union of Miners and the Transport Workers Union, to end the strike.",
     {("Naidoo", "demands", "National Union of Miners", "happened"), ("Naidoo", "demands", "Transport Workers Union", "happened")}, set()),
    ("visiting a person is meeting them", "Jamil Costa had visited Yasser Arafat in April, along with nine other deputies.",
     {("Jamil Costa", "meets", "Yasser Arafat", "happened")}, set()),
    ("two named parties discussing together", "Brazil and South Korea also discussed energy cooperation agreements.",
     {("Brazil", "meets", "South Korea", "happened")}, set()),
    ("parties discussing with a third did not meet each other", "Brazil and Chile discussed trade with Japan.",
     {("Brazil", "meets", "Japan", "happened")}, {("Brazil", "meets", "Chile")}),
    ("the leader of a group does what the group does",
     "A delegation led by Foreign Minister Ana Ruiz arrived in Havana on Monday.",
     {("Ana Ruiz", "visits", "Havana", "happened")}, set()),
    ("counterparts named by a demonym", "U.S. officials held grain talks with Soviet counterparts earlier this week.",
     {("United States", "meets", "Soviet Union", "happened")}, set()),
    ("the guest of a reception held by someone",
     "Richard Wendt spoke at a reception held for him by President Raul Gomez.",
     {("Raul Gomez", "hosts", "Richard Wendt", "happened"), ("Richard Wendt", "attends", "reception", "happened")}, set()),
    ("holding a person is no hosting", "Police held the suspect Raul Gomez for questioning.", set(),
     {("Police", "hosts", "Raul Gomez")}),
    ("a trip for talks with unnamed officials names no event to attend",
     "Michael Smith flies to Brussels today for talks with EC officials.",
     {("Michael Smith", "visits", "Brussels", None)}, {("Michael Smith", "attends", "talks")}),
    ("insisting that a government must act", "The European Community continued to insist that the Japanese government must boost imports.",
     {("European Community", "demands", "Japan", "happened")}, set()),
    ("'they' for the side a plural subject speaks for",
     "Airbus officials said last week that they were continuing talks on possible collaboration with McDonnell Douglas.",
     {("Airbus", "meets", "McDonnell Douglas", None)}, set()),
    ("an event held under someone's auspices", "The meeting was held under the auspices of the Latin American Economic System.",
     {("Latin American Economic System", "hosts", "meeting", "happened")}, set()),
    ("sent somewhere, passive", "Maria Lund was eventually sent to a retreat in Sydney.",
     {("Maria Lund", "visits", "Sydney", "happened")}, set()),
    ("the sender of troops goes nowhere", "The Danish government sent troops to Sydney.", set(),
     {("Danish government", "visits", "Sydney"), ("Denmark", "visits", "Sydney")}),
    ("back from a place", "Frank Rack got in touch after he returned from Antarctica.",
     {("Frank Rack", "visits", "Antarctica", "happened")}, set()),
    ("a body one speaks to is no event (GUIDELINES: attends takes an event; the shared gold makes it optional at most)",
     "James Baker told a House appropriations subcommittee the request would meet shortfalls.", set(),
     {("James Baker", "attends", "House appropriations subcommittee")}),
    ("telling Congress is not attending a congress", "Paul Volcker has repeatedly told Congress that rates would fall.", set(),
     {("Paul Volcker", "attends", "Congress")}),
    ("a party congress is a gathering", "Mikhail Gorbachev told the party congress that reform would go on.",
     {("Mikhail Gorbachev", "attends", "party congress", "happened")}, set()),
    ("telling a conference in a letter is not being there", "Ana Ruiz told the climate conference in a letter that she would not come.", set(),
     {("Ana Ruiz", "attends", "climate conference")}),
    ("an adjective that names a body", "Energy Secretary John Herrington urged Congressional approval of the price cap.",
     {("John Herrington", "demands", "Congress", "happened")}, set()),
    ("a surname the recogniser left untagged is the person, for the pronoun after it",
     "Montalvo contacted former members of the church, who helped him get in touch with Devocht. "
     "He traveled to Florida to meet with Devocht, who had told Montalvo he would help him.",
     {("Montalvo", "visits", "Florida", "happened"), ("Montalvo", "meets", "Devocht", "happened")},
     {("Devocht", "visits", "Florida")}),
    ("phoning someone is no demand",
     "After calling the Acme organization by phone to speak with his mother, Dan Ortiz was put through to a lawyer.",
     set(), {("Dan Ortiz", "demands", "Acme organization")}),
    ("a speech with its doer before it", "Weber, in a speech on the first day of an official visit to Chile, said debts are shared.",
     {("Weber", "visits", "Chile", "happened")}, set()),
    ("demands presented to someone", "Acme said that Borg presented the demands to Henk Vermeer, a top aide to the minister.",
     {("Borg", "demands", "Henk Vermeer", None)}, set()),
    ("opening a meeting", "Opening the meeting, Finance Minister Omar Haddad said the agreements link the two economies.",
     {("Omar Haddad", "attends", "meeting", "happened")}, set()),
    ("a meeting that included someone", "A high-level meeting last week which included Agriculture Secretary Richard Lang and other senior officials failed.",
     {("Richard Lang", "attends", "high-level meeting", "happened")}, set()),
    ("an exhibit's content does not attend it", "The exhibit at the museum includes Polaroids of actor Dennis Hopper.", set(),
     {("Dennis Hopper", "attends", "exhibit")}),
    ("acting in a definite meeting", "Leaders of the American Soybean Association offered loan options to Secretary Lang in last week's meeting.",
     {("American Soybean Association", "attends", "meeting", "happened")}, set()),
    ("due somewhere on a day", "Foreign Minister Ana Ruiz is due in Tokyo on Monday for talks.",
     {("Ana Ruiz", "visits", "Tokyo", "planned")}, set()),
    ("a payment due somewhere is no visit", "The bonds are due in London on Monday.", set(), {("bonds", "visits", "London")}),
    ("a stay ahead", "Ana Ruiz will be in Tokyo next week.", {("Ana Ruiz", "visits", "Tokyo", "planned")}, set()),
    ("come to a place", "Ana Ruiz came to Tokyo last month to discuss trade.", {("Ana Ruiz", "visits", "Tokyo", "happened")}, set()),
    ("a stay as the occasion of a meeting", "During his stay in Tokyo, Mark Levin met Prime Minister Ken Sato.",
     {("Mark Levin", "visits", "Tokyo", "happened"), ("Mark Levin", "meets", "Ken Sato", "happened")}, set()),
    ("days spent somewhere", "Mark Levin spent three days in Tokyo.", {("Mark Levin", "visits", "Tokyo", "happened")}, set()),
    ("money spent somewhere is no visit", "Acme spent five million dollars in Tokyo.", set(), {("Acme", "visits", "Tokyo")}),
    ("leading a mission somewhere", "Commerce Secretary Mark Levin will lead a trade mission to China in May.",
     {("Mark Levin", "visits", "China", "planned")}, set()),
    ("flying into a place", "Mark Levin flew into Tokyo on Sunday.", {("Mark Levin", "visits", "Tokyo", "happened")}, set()),
    ("a tour that takes someone somewhere", "Mark Levin is on a tour of Asia that will take him to Japan and China.",
     {("Mark Levin", "visits", "Japan", "planned"), ("Mark Levin", "visits", "China", "planned")}, set()),
    ("a conversation is a meeting", "President Joe Biden spoke with Chinese President Xi Jinping on Tuesday.",
     {("Joe Biden", "meets", "Xi Jinping", "happened")}, set()),
    ("speaking to a news outlet is an interview", "Ana Ruiz spoke to Reuters in an interview.", set(),
     {("Ana Ruiz", "meets", "Reuters")}),
    ("a phone call", "Biden called Xi Jinping on Tuesday to discuss trade.", {("Biden", "meets", "Xi Jinping", "happened")}, set()),
    ("calling someone names is no call", "The senator Ana Ruiz called Ken Sato a liar.", set(), {("Ana Ruiz", "meets", "Ken Sato")}),
    ("seeing someone on a day", "Ana Ruiz will see President Ken Sato on Monday.", {("Ana Ruiz", "meets", "Ken Sato", "planned")}, set()),
    ("seeing someone as something is no meeting", "Ken Sato sees Ana Ruiz as a rival.", set(), {("Ken Sato", "meets", "Ana Ruiz")}),
    ("greeted, passive", "Ana Ruiz was greeted by Ken Sato at the airport.", {("Ana Ruiz", "meets", "Ken Sato", "happened")}, set()),
    ("sitting down with someone", "Ana Ruiz sat down with Ken Sato for two hours.", {("Ana Ruiz", "meets", "Ken Sato", "happened")}, set()),
    ("a visit at someone's invitation", "Ana Ruiz is visiting Japan at the invitation of Prime Minister Ken Sato.",
     {("Ken Sato", "hosts", "Ana Ruiz", "happened"), ("Ana Ruiz", "visits", "Japan", "happened")}, set()),
    ("the guest of someone", "Ana Ruiz will be the guest of Emperor Akihito at a state banquet.",
     {("Emperor Akihito", "hosts", "Ana Ruiz", "planned")}, set()),
    ("being host to an event", "Tokyo will be host to the annual meeting of the Asian Development Bank.",
     {("Tokyo", "hosts", "annual meeting", "planned")}, set()),
    ("representing a country at an event", "Foreign Minister Ana Ruiz represented Chile at the summit in Lima.",
     {("Ana Ruiz", "attends", "summit", "happened"), ("Chile", "attends", "summit", "happened")}, set()),
    ("leading a delegation to the talks named just before",
     "Informal trade talks will open in Geneva on Monday. France will send four officials. "
     "Cabinet chief Bernard Pruneau will lead the French delegation.",
     {("Bernard Pruneau", "attends", "Informal trade talks", "planned")}, set()),
    ("heading for a place", "Economy Minister Juan Sourrouille was heading for Washington for talks with creditor banks.",
     {("Juan Sourrouille", "visits", "Washington", None)}, set()),
    ("sending an official somewhere", "Yeutter said Japan would be sending a senior official from its trade ministry to Washington next week.",
     {("Japan", "visits", "Washington", "planned")}, set()),
    ("a title split from its holder's name", "Senior vice president of finance Daniel Miglio told the annual meeting that costs rose.",
     {("Daniel Miglio", "attends", "annual meeting", "happened")}, set()),
    ("the president of a country named by office alone is that office's holder, not the country",
     "The president of France told the annual meeting that costs rose.",
     {("President of France", "attends", "annual meeting", "happened")}, set()),
    ("a former president is not the office's holder", "The former president of France told the annual meeting that costs rose.",
     set(), {("President of France", "attends", "annual meeting")}),
    ("attending for others, the event named just before",
     "The summit was held in Cusco. Foreign ministers attended for Argentina, Ecuador and Uruguay.",
     {("Argentina", "attends", "summit", "happened"), ("Uruguay", "attends", "summit", "happened")}, set()),
    ("attending with no event named anywhere", "Maria Lund also attended.", set(), {("Maria Lund", "attends", "Maria Lund")}),
    ("the place a visited area lies near", "Maria Lund visited the damaged area of the storm near Bhubaneshwar in 2012.",
     {("Maria Lund", "visits", "Bhubaneshwar", "happened")}, set()),
    ("telling a conference parsed as an indirect object",
     "In addition, Beall told the conference the greatest competitive threat is in defense electronics.",
     {("Beall", "attends", "conference", "happened")}, set()),
    ("a title with an 'of' phrase before its holder's name",
     "Knoll also had talks with chairman of the executive committee Shepard Broad on the purchase.",
     {("Knoll", "meets", "Shepard Broad", "happened")}, set()),
    ("in a place, visiting someone", "According to the police report, Ken King was in Fort Lauderdale visiting his brother.",
     {("Ken King", "visits", "Fort Lauderdale", None)}, set()),
    ("testifying at the hearing named just before",
     "A House subcommittee hearing on farm policy was held on Tuesday. Robbin Johnson, vice president of Cargill, Inc., "
     "testified in favor of decoupling.",
     {("Robbin Johnson", "attends", "House subcommittee hearing", "happened")}, set()),
    ("parties of a group that matters in any talks did not meet", "Chile and Peru said they would be a force in any future trade talks.",
     set(), {("Chile", "meets", "Peru")}),
    ("co-sponsors of an event both host it",
     "Acme Corp said it and its subsidiary, Acme Japan Ltd, will sponsor a major seminar at Tokyo University on March 12.",
     {("Acme Corp", "hosts", "major seminar", "planned"), ("Acme Japan Ltd", "hosts", "major seminar", "planned")}, set()),
    ("welcoming a guest somewhere", "Prime Minister Keir Starmer welcomed President Volodymyr Zelensky to Downing Street on Saturday.",
     {("Keir Starmer", "hosts", "Volodymyr Zelensky", "happened"), ("Volodymyr Zelensky", "visits", "Downing Street", "happened")}, set()),
    ("welcoming a decision hosts nobody", "Keir Starmer welcomed the decision by the European Union.", set(),
     {("Keir Starmer", "hosts", "European Union")}),
    ("meeting on the sidelines of a summit", "Joe Biden and Xi Jinping met on the sidelines of the APEC summit in Lima.",
     {("Joe Biden", "meets", "Xi Jinping", "happened"), ("Joe Biden", "attends", "APEC summit", "happened"),
      ("Xi Jinping", "attends", "APEC summit", "happened")}, set()),
    ("thanked for hosting: the one thanked hosted", "Volodymyr Zelensky thanked Keir Starmer for hosting the meeting.",
     {("Keir Starmer", "hosts", "meeting", "happened")}, {("Volodymyr Zelensky", "hosts", "meeting")}),
    ("a name the recogniser took for a nationality", "Albanese will host Indonesian President Prabowo Subianto in Canberra next week.",
     {("Albanese", "hosts", "Prabowo Subianto", "planned")}, set()),
    ("the two sides of hyphenated talks", "The U.S.-Japan talks on semiconductors resumed in Washington on Monday.",
     {("United States", "meets", "Japan", "happened")}, set()),
    ("a combining form of a country name", "The Sino-Soviet talks ended without agreement.",
     {("China", "meets", "Soviet Union", "happened")}, set()),
    ("an acronym as one side", "EC-Japan trade talks ended in Brussels.", {("EC", "meets", "Japan", "happened")}, set()),
    ("a hyphenated pair is no name", "The U.S.-Japan trade dispute worsened.", set(), {("U.S.-Japan", "meets", "Japan")}),
    ("a monarch's title makes the name a person's", "Cyril Ramaphosa hosted a state banquet in honour of King Charles.",
     {("Cyril Ramaphosa", "hosts", "Charles", "happened")}, set()),
    ("postponing one's own visit hosts nothing", "Eva Fisk postponed her visit to Tromso on Wednesday.",
     {("Eva Fisk", "visits", "Tromso", "negated")}, {("Eva Fisk", "hosts", "visit")}),
    ("a visit with no place named goes where the article is (not the visitor's own country)",
     "Japan and the United States are at odds over chips. Treasury Secretary James Baker cancelled a trip to "
     "Australia because of the visit this week by Japanese Prime Minister Yasuhiro Nakasone. The United States "
     "wants Japan to act. U.S. officials said so.",
     {("Yasuhiro Nakasone", "visits", "United States", None), ("James Baker", "visits", "Australia", "negated")},
     {("Yasuhiro Nakasone", "visits", "Japan")}),
    ("a visit with no place named and no country known for the visitor goes nowhere",
     "Maria Lund praised the visit by Ken Sato. Chile and Peru signed the accord.", set(),
     {("Ken Sato", "visits", "Chile"), ("Ken Sato", "visits", "Peru")}),
    ("a visiting leader is where the article is",
     "China wants more trade. Chinese leader Deng Xiaoping told visiting Japanese Prime Minister Yasuhiro Nakasone "
     "that China was ready. China and Japan signed an accord.",
     {("Yasuhiro Nakasone", "visits", "China", None)}, {("Yasuhiro Nakasone", "visits", "Japan")}),
    ("'the government' of the country the article is about",
     "Bolivia's miners went on strike. Juan Lechin leads the miners of Bolivia. Lechin urged the government to raise wages.",
     {("Juan Lechin", "demands", "Bolivia", "happened")}, set()),
    ("'the government' when no country clearly leads is nobody", "Chile and Peru met. Lechin urged the government to raise wages.",
     set(), {("Lechin", "demands", "Chile"), ("Lechin", "demands", "Peru")}),
    ("a meeting of a body also answers to the body's meeting",
     "Saudi Oil Minister Hisham Nazer said at a meeting of OPEC ministers that prices would rise.",
     {("Hisham Nazer", "attends", "OPEC ministers meeting", "happened")}, set()),
    ("newswire's present with 'today' is still to come", "Ana Ruiz meets Ken Sato today.",
     {("Ana Ruiz", "meets", "Ken Sato", "planned")}, set()),
    ("a noun's present-tense verb with a day is still to come",
     "Premier Ana Ruiz sets off Thursday on a difficult trip to Lima.",
     {("Ana Ruiz", "visits", "Lima", "planned")}, set()),
    ("a noun in a 'when' clause of present tense with a day is still to come",
     "Officials have said the first request when Premier Ana Ruiz arrives for talks with Ken Sato on Friday would be lower tariffs.",
     {("Ana Ruiz", "meets", "Ken Sato", "planned")}, set()),
    ("talks 'scheduled for' a day are still to come",
     "Two sessions of talks between Ana Ruiz and Ken Sato, scheduled for Monday, follow a row over fish quotas.",
     {("Ana Ruiz", "meets", "Ken Sato", "planned")}, set()),
    ("a past tense with 'today' happened", "Ana Ruiz met Ken Sato today.", {("Ana Ruiz", "meets", "Ken Sato", "happened")}, set()),
    ("gathering for a summit", "Leaders of the G7 gathered in Hiroshima for their annual summit.",
     {("G7", "attends", "annual summit", "happened")}, set()),
    # false friends
    ("false friend: meet a target", "The company failed to meet the target set by Germany.", set(),
     {("company", "meets", "Germany")}),
    ("false friend: met with criticism", "The plan met with criticism from Germany.", set(),
     {("plan", "meets", "Germany")}),
    ("false friend: market demand", "Demand for German cars rose in China.", set(),
     {("China", "demands", "Germany")}),
    ("a possessive in a fronted 'ahead of' phrase is the main clause's subject",
     "Chilean President Gabriel Boric praised the plan. Ahead of his visit to Lima, Brazilian Foreign Minister Mauro Vieira spoke with Boric by phone.",
     {("Mauro Vieira", "visits", "Lima", "planned"), ("Mauro Vieira", "meets", "Boric", "happened")},
     {("Gabriel Boric", "visits", "Lima")}),
    ("among the leaders at a named event",
     "Dutch Prime Minister Dick Schoof was among the leaders at the Baltic Sea summit in Riga. Schoof was among the leaders who criticised the plan.",
     {("Dick Schoof", "attends", "Baltic Sea summit", "happened")}, set()),
    ("a list of partners hung on the talks, not on the generic partner",
     "President Sergio Mattarella will hold talks with party leaders, including the Northern League and the Democratic Party.",
     {("Sergio Mattarella", "meets", "Northern League", "planned"), ("Sergio Mattarella", "meets", "Democratic Party", "planned")}, set()),
    ("a time phrase with talks hung on the verb's object",
     "Vietnam announced plans for new tariff cuts shortly before trade talks with Canberra.",
     {("Vietnam", "meets", "Australia", None)}, set()),
    ("a short form of a company named in full before, as the subject",
     "Halvor Marine Inc said Ostberg Shipping Services ended the charter. Halvor said Ostberg Shipping asked it to return two vessels.",
     {("Ostberg Shipping Services", "demands", "Halvor Marine Inc", "happened")},
     {("Ostberg Shipping Services", "demands", "Ostberg Shipping Services")}),
    ("'the Bank' after the bank's full name",
     "The Asian Development Bank said it would lend more to Thailand. The Thai government was discussing the report with the Bank on Monday.",
     {("Thailand", "meets", "Asian Development Bank", None)}, set()),
    ("a relative clause after a description of whose aide someone is",
     "The company presented its demands to Ines Varga, a senior aide to Moldovan leader Petru Lungu, who visited Romania last week.",
     {("Ines Varga", "visits", "Romania", None)}, {("Petru Lungu", "visits", "Romania")}),

    ("a demand as the pressure a clause acted under",
     "Under pressure from the European Commission, Portugal agreed to cut its deficit.",
     {("European Commission", "demands", "Portugal", None)}, set()),
    ("a demand as the request a clause acted on",
     "At the request of Norway, the Nordic Council postponed the vote.",
     {("Norway", "demands", "Nordic Council", None)}, set()),
    ("no demander, no demand: pressure and market demand",
     "Under pressure, Portugal agreed to cut its deficit. Rising demand from India pushed coal prices higher.",
     set(), {("India", "demands", "Portugal")}),
    ("a body demands through the resolution it passed",
     "The Chilean Senate on Tuesday approved a resolution urging President Gabriel Boric to veto the bill.",
     {("Chilean Senate", "demands", "Gabriel Boric", "happened")}, set()),
    ("a person's name the recogniser cut short and mistyped after what the person does",
     "Indonesian coffee exporter Dharyono Kertosastro spoke on Monday. He urged the Indonesian government to do more for traders.",
     {("Dharyono Kertosastro", "demands", "Indonesia", "happened")}, set()),

    ("a visit one flew back from",
     "The agency said Sheikh Hamad was in Doha after flying back from a private visit to Madrid.",
     {("Hamad", "visits", "Madrid", None)}, set()),
    ("a trip named by a demonym",
     "Prime Minister Jacinda Ardern wants to build on her Chinese trip.",
     {("Jacinda Ardern", "visits", "China", None)}, set()),
    ("a visiting official whose country is in the title, not a role kg knows",
     "Thai Commerce Minister Somchai Wong met exporters on Monday. Thailand wants more exports, and Thailand will cut tariffs. "
     "Somchai told visiting U.S. Trade Representative Jan Novak that Thailand may buy more aircraft.",
     {("Jan Novak", "visits", "Thailand", None)}, {("Jan Novak", "visits", "United States")}),

    ("talks between two parties hung on the verb",
     "Talks have been under way between Spain and Morocco since March.",
     {("Spain", "meets", "Morocco", None)}, set()),
    ("a 'with' partner of the talks hung on the clause's verb",
     "Rutte and Hoekstra gave their views at closed-door talks yesterday with Speaker Mike Johnson.",
     {("Rutte", "meets", "Mike Johnson", "happened"), ("Hoekstra", "meets", "Mike Johnson", "happened")}, set()),
    ("two parties agreeing at a meeting met; elected at one, not",
     "At a meeting in Rome last month, Italy and Tunisia agreed to cooperate on migration. "
     "At a meeting of shareholders, Anna Berg and Lars Holm were elected directors.",
     {("Italy", "meets", "Tunisia", "happened")}, {("Anna Berg", "meets", "Lars Holm")}),

    ("attending a part of the event named before",
     "Business leaders gathered for the Tabuk investment conference on Monday. Finance Minister Khalid Rahman will attend the first day.",
     {("Khalid Rahman", "attends", "Tabuk investment conference", "planned")}, set()),

    ("'the full committee' is the committee named before",
     "The Senate Finance Committee met on Monday. Aides will draft a plan for the full committee, which holds its first drafting meeting Thursday.",
     {("Senate Finance Committee", "hosts", "first drafting meeting", "planned")}, set()),
    ("'the bloc' is the union named before",
     "The African Union said on Monday that it wants a ceasefire. The bloc will open talks with Sudan.",
     {("African Union", "meets", "Sudan", "planned")}, set()),

    ("a statement speaks for whoever issued it",
     "Leaders of the G7 met in Hiroshima. In a final statement, they called on China to press Russia. The statement also urged Iran to stop.",
     {("G7", "demands", "Iran", "happened")}, set()),
    ("a name the recogniser cut before 'on ...' runs on to the acronym that defines it",
     "Donors met in Paris under the Consultative Group on Kenya (CGK) on Monday. The Group urged Kenya to cut spending.",
     {("Consultative Group on Kenya", "demands", "Kenya", "happened")}, set()),

    ("a yearly gathering held as one event; a series chaired is none",
     "The Asian Development Bank holds its annual meetings in Manila next week. The minister chairs the ministers' meetings.",
     {("Asian Development Bank", "hosts", "annual meetings", "planned")}, {("minister", "hosts", "meetings")}),
    ("a held name the recogniser called an organisation is an event",
     "Siemens held its Industrial Automation Conference in Munich.",
     {("Siemens", "hosts", "Industrial Automation Conference", "happened")}, set()),

    ("a role split from its holder's name by 'of ORG,'",
     "Co-founder of Spotify, Daniel Ek, personally met with Ines Varga on Monday.",
     {("Daniel Ek", "meets", "Ines Varga", "happened")}, set()),

    ("the perfect of 'be' with 'to' is a trip, or an event attended",
     "Erdogan has been to Moscow twice this year. Mr Ruto has been to the African Union summit in Addis Ababa. Ruto has been to blame for the delay.",
     {("Erdogan", "visits", "Moscow", "happened"), ("Ruto", "attends", "African Union summit", "happened")}, set()),
    ("an event phrase the parser hung on the verb's object",
     "German Chancellor Olaf Scholz announced the plan at the G20 summit in Rome.",
     {("Olaf Scholz", "attends", "G20 summit", "happened")}, set()),

    ("an occasion noun takes the mood of the verb it hangs on",
     "Heineken said it would propose a resolution at the annual meeting in May. Nordbrau Corp could propose a motion at the annual Brewers summit in Oslo.",
     {("Heineken", "attends", "annual meeting", "planned"), ("Nordbrau Corp", "attends", "Brewers summit", "hypothetical")}, set()),

    ("a phrasal verb of arrival needs its particle",
     "Chancellor Olaf Scholz touched down in Beijing early on Friday. The minister touched on the issue in Beijing.",
     {("Olaf Scholz", "visits", "Beijing", "happened")}, {("minister", "visits", "Beijing")}),

    ("a part of an event stands for the event",
     "Kenyan President William Ruto attended the closing session of the African Union summit.",
     {("William Ruto", "attends", "African Union summit", "happened")}, {("William Ruto", "attends", "closing session")}),
    ("talks convened or organised by a third party have a host",
     "Norway organised peace talks between Colombia and the FARC in Oslo. Norway held talks with Chile.",
     {("Norway", "hosts", "peace talks", "happened"), ("Colombia", "meets", "FARC", "happened")},
     {("Norway", "hosts", "talks with Chile")}),

    ("among those attending an event",
     "Canadian Prime Minister Justin Trudeau and Australian Prime Minister Anthony Albanese were among those attending the Commonwealth summit.",
     {("Justin Trudeau", "attends", "Commonwealth summit", "happened"), ("Anthony Albanese", "attends", "Commonwealth summit", "happened")}, set()),

    ("pleading with and imploring someone to act are demands; pleading guilty is not",
     "Secretary-General Ines Varga pleaded with Serbia to allow the monitors in. Archbishop Petru Lungu implored Moldova to free the prisoners. "
     "The lawyer pleaded guilty on behalf of Nordbrau Corp.",
     {("Ines Varga", "demands", "Serbia", "happened"), ("Petru Lungu", "demands", "Moldova", "happened")},
     {("lawyer", "demands", "Nordbrau Corp")}),

    ("where one is on one's way to; crossing into a country",
     "On her way to Kyiv, Baerbock stopped in Warsaw. Prime Minister Kishida crossed into Ukraine from Poland by train. "
     "The index crossed into negative territory.",
     {("Baerbock", "visits", "Kyiv", None), ("Baerbock", "visits", "Warsaw", None), ("Kishida", "visits", "Ukraine", "happened")}, set()),

    ("someone else's visit is no visit of the speaker's",
     "French engineer Andre Morel spoke at the site in Britain. Britain and Britain's tunnel were discussed. "
     "Morel told reporters during a visit by French parliamentarians to the construction site.",
     set(), {("Andre Morel", "visits", "United Kingdom")}),
    ("a letter that was sent is not its sender's voice",
     "Coastal Corp attacked its rival. The letter sent to all Coastal stockholders in Texas accused the rival's owner of greed.",
     set(), {("Coastal Corp", "visits", "Texas")}),

    # demanded things, offices, lists of people at an event (session of 2026-11-29, third)
    ("a thing demanded of nobody is the object, known by its whole phrase", "Senator Maria Lund called for a ceasefire in Gaza.",
     {("Maria Lund", "demands", "a ceasefire in Gaza", "happened")}, set()),
    ("a body the demanded thing is made of is", "Senator Maria Lund called for an overhaul of NATO and the OSCE.",
     {("Maria Lund", "demands", "NATO", "happened"), ("Maria Lund", "demands", "OSCE", "happened")}, set()),
    ("two cities the recogniser tagged as one name", "Russia demanded Kharkiv and Odesa.",
     {("Russia", "demands", "Kharkiv", "happened"), ("Russia", "demands", "Odesa", "happened")}, set()),
    ("a country's name with 'and' in it stays one", "The minister, Ida Berg, visited Bosnia and Herzegovina last week.",
     {("Ida Berg", "visits", "Bosnia and Herzegovina", "happened")}, set()),
    ("a reduced relative on the body a meeting is of", "The plans were discussed at a working dinner of the envoys hosted by Ida Berg.",
     {("Ida Berg", "hosts", "working dinner", "happened")}, set()),
    ("an office nobody is named for, in the passive", "The forum was attended by the Kenyan president.",
     {("President of Kenya", "attends", "forum", "happened")}, set()),
    ("people seen arriving, listed after the meeting they came to",
     "The finance ministers began a meeting at the Treasury on Monday. Officials seen arriving included Finance Minister Ida Berg and central bank governor Jon Dahl.",
     {("Ida Berg", "attends", "meeting", "happened"), ("Jon Dahl", "attends", "meeting", "happened")}, set()),
    ("those attending an event, listed", "Those attending the conference included Finance Minister Ida Berg and Jon Dahl.",
     {("Ida Berg", "attends", "conference", "happened"), ("Jon Dahl", "attends", "conference", "happened")}, set()),
    ("people listed with no event to be at", "Officials in the ministry included Ida Berg and Jon Dahl.",
     set(), {("Ida Berg", "attends", "ministry")}),
    ("a nationality adjective on a demand noun", "Despite Norwegian calls for Sweden to join the pact, Stockholm stayed out.",
     {("Norway", "demands", "Sweden", "happened")}, set()),
    ("ready to host is an offer, not a hosting", "The mediator Ida Berg said she remained ready to host further talks.",
     {("Ida Berg", "hosts", "talks", "hypothetical")}, set()),
    ("willing to meet is an offer, not a meeting", "Health Secretary Jon Dahl said he remained willing to meet Dr Ida Berg at any time.",
     {("Jon Dahl", "meets", "Ida Berg", "hypothetical")}, set()),
    ("the one called on to act does it, if at all", "The Ostby Group on Tuesday called on the Lund Group to open negotiations.",
     {("Ostby Group", "demands", "Lund Group", "happened"), ("Lund Group", "attends", "negotiations", "hypothetical")},
     {("Ostby Group", "attends", "negotiations")}),
    ("a withdrawal from a place is the thing demanded",
     "The rebel leader Ida Berg is demanding a full withdrawal of foreign forces from the Vostok region.",
     {("Ida Berg", "demands", "a full withdrawal of foreign forces", "happened")}, set()),
    ("the capital of a region is not the country's", "Olaf Scholz arrived in Germany. He then flew to the Bavarian capital.",
     set(), {("Olaf Scholz", "visits", "Berlin")}),
    ("a name by its first word, for someone given a title", "Indonesian President Prabowo Subianto attended the summit. Prabowo will fly on to Brussels.",
     {("Prabowo Subianto", "visits", "Brussels", "planned")}, set()),
    ("a particle inside a name", "Ida Berg will fly to Brussels to meet European Commission President Ursula von der Leyen.",
     {("Ida Berg", "meets", "Ursula von der Leyen", "planned")}, set()),
    ("a ceremony with a name of its own is not the event named last",
     "Leaders urged the junta to hold elections. Norway became a member at the opening ceremony, which was attended by Premier Li Qiang.",
     {("Li Qiang", "attends", "opening ceremony", "happened")}, {("Li Qiang", "attends", "elections")}),
    ("talks on the sidelines of a summit: both sides were at the summit",
     "Kenyan President William Ruto held talks with Abiy Ahmed on the sidelines of the G20 summit.",
     {("William Ruto", "attends", "G20 summit", "happened"), ("Abiy Ahmed", "attends", "G20 summit", "happened")}, set()),
    ("'we' in a quote is its speaker, telling of their own act",
     "“We are calling on the Lund Group to come back to the table,” said Ida Berg, the union's general secretary.",
     {("Ida Berg", "demands", "Lund Group", "happened")}, set()),
    ("'we' in a quote with 'he said' after it", "Union president Jon Dahl spoke on Monday. “We are asking the Lund Group to sit down with us,” he said.",
     {("Jon Dahl", "demands", "Lund Group", "happened")}, set()),
    ("'we' outside quotes is nobody kg can name", "We visited Paris last year, the report said.", set(), {("report", "visits", "Paris")}),
    ("someone sent in another's place attends what the other skipped",
     "Leaders met at the summit on Monday. President Ida Berg skipped the summit, sending Prime Minister Jon Dahl in her place.",
     {("Ida Berg", "attends", "summit", "negated"), ("Jon Dahl", "attends", "summit", "happened")}, set()),
    ("someone sent to an event attends it", "Norway sent Foreign Minister Jon Dahl to the climate summit.",
     {("Jon Dahl", "attends", "climate summit", "happened")}, set()),
    ("someone sent to a place attends nothing", "The company sent Jon Dahl to Paris.", set(), {("Jon Dahl", "attends", "Paris")}),
    ("co-hosted, a word the tokenizer would cut", "The Oslo Forum was co-hosted by Norway and Qatar.",
     {("Norway", "hosts", "Oslo Forum", "happened"), ("Qatar", "hosts", "Oslo Forum", "happened")}, set()),
    ("hosted after another verb of the same subject",
     "Ida Berg arrived in Oslo, where she attended the forum and was hosted for lunch at the palace by King Harald.",
     {("Harald", "hosts", "Ida Berg", "happened")}, set()),
    ("laying on a dinner is hosting it", "Ethiopia laid on a state dinner for the visiting leaders on Saturday.",
     {("Ethiopia", "hosts", "state dinner", "happened")}, set()),
    ("a year in a named event's name", "Saudi Arabia will stage the 2027 Asian Cup.",
     {("Saudi Arabia", "hosts", "2027 Asian Cup", "planned")}, set()),
    ("a body's leadership stands for the body", "UEFA president Jon Dahl is due to meet FIFPRO's leadership in Nyon next month.",
     {("Jon Dahl", "meets", "FIFPRO", "planned")}, set()),
    ("a country's team arriving is the country's visit", "The Israeli delegation arrived in the Qatari capital on Monday.",
     {("Israel", "visits", "Doha", "happened")}, set()),
    ("a guest of honour at an event, the 'at' on the verb", "Ida Berg will travel to Oslo, where she will be guest of honour at the Oslo Festival.",
     {("Ida Berg", "attends", "Oslo Festival", "planned")}, set()),
    ("'the mission' is the mission named before, and whom it stands for",
     "A staff mission of the International Monetary Fund arrived in Nairobi on Monday. The mission will hold meetings with Finance Minister Jon Dahl.",
     {("International Monetary Fund", "meets", "Jon Dahl", "planned")}, set()),
    ("'the government' of the country whose towns the article names",
     "In Kisumu, the Lakeside Traders Forum called on the government to cut fuel prices. The forum met in Kisumu and Eldoret "
     "on Monday, and its leader Oskar Berg spoke in Nakuru.",
     {("Lakeside Traders Forum", "demands", "Kenya", "happened")}, set()),
    ("'the government' that asks is not the country of the towns named",
     "Norway imposed sanctions on Fiji on Monday. Oskar Berg said the government had asked its envoy Karl Dahl to "
     "return from Suva. Talks in Suva failed. Fiji and Norway have long been allies.",
     set(), {("Fiji", "demands", "Karl Dahl")}),
    ("'the government' when the towns named lie in two countries is nobody",
     "The Lakeside Traders Forum called on the government to cut fuel prices. The forum met in Kisumu and Kampala.",
     set(), {("Lakeside Traders Forum", "demands", "Kenya"), ("Lakeside Traders Forum", "demands", "Uganda")}),
    ("a visit 'to the country' is to the dateline's country, not the visitor's own",
     "ABU DHABI, 14 January (WAM) -- President Karl Dahl today received Anna Lind, Prime Minister of Norway, who is on "
     "an official visit to the country.",
     {("Anna Lind", "visits", "United Arab Emirates", "happened")}, {("Anna Lind", "visits", "Norway")}),
    ("a visit 'to the country' is not to the country a title names in two words",
     "ABU DHABI, 14 January (WAM) -- President Karl Dahl today received Anna Lind, Prime Minister of the Italian "
     "Republic, who is on an official visit to the country.",
     {("Anna Lind", "visits", "United Arab Emirates", "happened")}, {("Anna Lind", "visits", "Italy")}),
    ("no visit 'to the country' by the host whom 'his' may seem to mean",
     "Doha, January 20 (QNA) - The Amir Karl Dahl received this morning President Anna Lind, on the occasion of his "
     "official visit to the country.",
     {("Karl Dahl", "hosts", "Anna Lind", "happened")}, {("Karl Dahl", "visits", "Qatar")}),
    ("a visit 'to the country' is to the country the trip went to",
     "Tomas Brenn flew to Kenya on Monday with Karl Dahl. The visit to the country was his first.",
     {("Tomas Brenn", "visits", "Kenya", "happened")}, set()),
    ("a dateline before a title and the name in apposition: the name is the subject",
     "Geneva (ICRC) – The President of the International Committee of the Red Cross (ICRC), Anna Lind, today concluded "
     "a four-day visit to Sudan, during which she met Prime Minister Karl Dahl.",
     {("Anna Lind", "visits", "Sudan", "happened"), ("Anna Lind", "meets", "Karl Dahl", "happened")}, set()),
    ("a town and a date as the dateline: the name after it is the subject",
     "Colombo/London, 20 February 2026 - The Secretary General of the Nordic Rights League, Anna Lind, today concluded a "
     "five-day visit to Sri Lanka.",
     {("Anna Lind", "visits", "Sri Lanka", "happened")}, {("Colombo/London", "visits", "Sri Lanka")}),
    ("'received and held talks with Y': Y was received",
     "President Karl Dahl received and held talks this morning at the Guest House with Foreign Minister Anna Lind.",
     {("Karl Dahl", "hosts", "Anna Lind", "happened"), ("Karl Dahl", "meets", "Anna Lind", "happened")}, set()),
    ("'received and met Y': Y was received", "President Karl Dahl received and met Foreign Minister Anna Lind.",
     {("Karl Dahl", "hosts", "Anna Lind", "happened")}, set()),
    ("'received and read' a thing: no guest", "President Karl Dahl received and read the report of Anna Lind.",
     set(), {("Karl Dahl", "hosts", "Anna Lind")}),
    ("talks 'with Y' hung on the place of the talks", "Karl Dahl held talks in Oslo with Foreign Minister Anna Lind.",
     {("Karl Dahl", "meets", "Anna Lind", "happened")}, set()),
    ("expected in a town for an event: there for it",
     "Karl Dahl and Anna Lind are expected in Basseterre next week for the annual summit of the Nordic Council.",
     {("Karl Dahl", "attends", "annual summit", "planned"), ("Anna Lind", "attends", "annual summit", "planned"),
      ("Karl Dahl", "visits", "Basseterre", "planned")}, set()),
    ("expected to act for a body: no attendance", "Karl Dahl is expected to speak for the Nordic Council.",
     set(), {("Karl Dahl", "attends", "Nordic Council")}),
    ("officers of a body stand for it", "Karl Dahl met officers of the Nordic Regiment at their base.",
     {("Karl Dahl", "meets", "Nordic Regiment", "happened")}, set()),
    ("an event's organisers hung on the topic of the event",
     "On Tuesday, Anna Lind opened a conference on judicial independence organised by the Nordic Council.",
     {("Nordic Council", "hosts", "conference", "happened"), ("Anna Lind", "attends", "conference", "happened")}, set()),
    ("a first name the parser hung on the next name word is part of the name",
     "Minister of Industries Hanna Katrín Friðriksson will not take part in the talks. Karl Dahl met Tomas Brenn.",
     {("=Hanna Katrín Friðriksson", "attends", "talks", "negated")}, set()),
    ("a title before a spouse's name is no part of it, nor the spouse someone else",
     "President William Ruto led the service alongside First Lady Rachel Ruto. Ruto later met Karl Dahl.",
     set(), {("Karl Dahl", "meets", "Rachel Ruto")}),
    ("a body's office the article filled before with a name, told again in fewer words",
     "The President of the Nordic Regional Council, Anna Lind, today received Karl Dahl at the palace.\n\n"
     "The President of the Nordic Regional Council called on Tomas Brenn to publish the report.",
     {("Anna Lind", "demands", "Tomas Brenn", "happened")}, set()),
    ("a body's office never filled with a name is no one",
     "The President of the Nordic Regional Council called on Tomas Brenn to publish the report.",
     set(), {("Anna Lind", "demands", "Tomas Brenn")}),
    ("a place named before 'island' is where one goes", "Anna Lind will travel to Terceira island on Saturday.",
     {("Anna Lind", "visits", "Terceira", "planned")}, set()),
    ("an air base is a site, not a person one meets",
     "Anna Lind will travel to Kosice, where she will visit the Lajes Air Base accompanied by the Minister of "
     "Defence, Karl Dahl.",
     {("Anna Lind", "visits", "Lajes Air Base", "planned"), ("Karl Dahl", "visits", "Lajes Air Base", "planned")},
     {("Lajes Air Base", "meets", "Anna Lind"), ("Karl Dahl", "visits", "Kosice")}),
    ("what a demand asks 'that X host' is asked for, not done",
     "The Nordic Council demanded that the Ministry of Agriculture host a forum.",
     {("Nordic Council", "demands", "Ministry of Agriculture", "happened"),
      ("Ministry of Agriculture", "hosts", "forum", "hypothetical")}, set()),
    ("what a request asks 'that X meet Y' is asked for", "The Nordic Council asked that Anna Lind meet Karl Dahl.",
     {("Anna Lind", "meets", "Karl Dahl", "hypothetical")}, set()),
    ("a recommendation 'that X should visit Y' is asked for",
     "The committee recommended that Anna Lind should visit Oslo.",
     {("Anna Lind", "visits", "Oslo", "hypothetical")}, set()),
    ("a clause hung on the demanded one keeps its own mood",
     "Karl Dahl demanded that the Democrats return by Monday, while Anna Lind said she would ask the Supreme Court to act.",
     {("Anna Lind", "demands", "Supreme Court", "planned")}, set()),
    ("expected somewhere 'for the weekend': no event attended", "Karl Dahl is expected in Oslo for the weekend.",
     {("Karl Dahl", "visits", "Oslo", "planned")}, {("Karl Dahl", "attends", "weekend")}),
    ("'accompanied by' hung on the object of a verb that is no visit: no companion's trip",
     "Anna Lind visited Oslo and welcomed the delegation accompanied by Karl Dahl.",
     {("Anna Lind", "visits", "Oslo", "happened")}, {("Karl Dahl", "visits", "Oslo")}),
    ("a person's name with initials after it stays a person's", "Maria da Silva (MS) met Karl Dahl in Oslo.",
     {("Maria da Silva", "meets", "Karl Dahl", "happened")}, set()),
    ("a present with a plural subject under 'suggest' is told, not asked for",
     "Reports suggest that Anna Lind and Karl Dahl meet regularly in Oslo.",
     {("Anna Lind", "meets", "Karl Dahl", "reported")}, set()),
    ("a former holder of a body's office is not its holder told again",
     "The former President of the Nordic Regional Council, Anna Lind, received Karl Dahl. The President of the Nordic "
     "Regional Council called on Tomas Brenn to act.",
     set(), {("Anna Lind", "demands", "Tomas Brenn")}),
    ("a visit 'to the country' is not to a country fled from",
     "ABU DHABI, 14 January (WAM) -- Anna Lind, who fled Syria in 2015, spoke during a visit to the country.",
     set(), {("Anna Lind", "visits", "Syria")}),
    ("'the government' inside the asker's own phrase is not voted for by the towns",
     "Norway imposed sanctions on Fiji on Monday. A spokesman for the government called on its envoy Karl Dahl to "
     "return from Suva. Talks in Suva failed.",
     set(), {("Fiji", "demands", "Karl Dahl")}),
    ("'by' inside a body's name stays", "Anna Lind visited the Centre for Research by Design on Monday.",
     {("Anna Lind", "visits", "=Centre for Research by Design", "happened")}, set()),
    ("'the government' of the capital a dateline names",
     "NAIROBI: A mission of the International Monetary Fund arrived on Monday to begin talks with the government on the budget.",
     {("International Monetary Fund", "meets", "Kenya", "happened")}, set()),
    ("a crown prince's title is not his name", "Ida Berg held talks with Crown Prince Mohammed bin Salman in Riyadh.",
     {("Ida Berg", "meets", "Mohammed bin Salman", "happened")}, {("Ida Berg", "meets", "Crown Prince")}),
    ("seeking what a party has is asking it", "The Lund Group has been seeking Norway's technical support.",
     {("Lund Group", "demands", "Norway", "happened")}, set()),
    ("seeking from a party", "The Lund Group sought assurances from Statoil that the deal stands.",
     {("Lund Group", "demands", "Statoil", "happened")}, set()),
    ("seeking control of a company asks nothing of it", "The Lund Group has no plans to seek control of Statoil.",
     set(), {("Lund Group", "demands", "Statoil")}),
    ("seeking support for efforts about someone else asks nothing of them",
     "Finance Minister Ida Berg is on a tour to seek support for her efforts to solve Norway's debt problems.",
     set(), {("Ida Berg", "demands", "Norway")}),
    ("two countries' presidents in one phrase", "Although the Bolivian and Colombian presidents attended the summit, nothing was signed.",
     {("President of Bolivia", "attends", "summit", "happened"), ("President of Colombia", "attends", "summit", "happened")}, set()),
    ("the presidents of two countries", "The presidents of Chile and Peru met in Lima.",
     {("President of Chile", "meets", "President of Peru", "happened")}, set()),
    ("'they' after two countries' presidents", "Although the Bolivian and Colombian presidents attended the summit, they did not attend the signing ceremony.",
     {("President of Bolivia", "attends", "signing ceremony", "negated"), ("President of Colombia", "attends", "signing ceremony", "negated")}, set()),
    ("there was a dinner with someone", "There will be a lunch with Ida Berg and Jon Dahl at noon.",
     {("Ida Berg", "attends", "lunch", "planned"), ("Jon Dahl", "attends", "lunch", "planned")}, set()),
    ("there was a meeting with nobody named", "There was a meeting with no agenda.", set(), {("agenda", "attends", "meeting")}),
    ("'both sides' are not what the subject's own relative clause names",
     "Senator Ida Berg, who chairs the Senate Commerce Committee, called on both sides to reach a deal.",
     set(), {("Ida Berg", "demands", "Senate Commerce Committee")}),
    ("one of the leaders attending is attending", "The prime minister, Jon Dahl, is one of the few G20 leaders attending the summit.",
     {("Jon Dahl", "attends", "summit", "happened")}, {("G20", "attends", "summit")}),
    ("testifying with no event named is at no election", "Voters discussed the election. Ida Berg is expected to testify later this month.",
     set(), {("Ida Berg", "attends", "election")}),
    ("a plural noun's possessive names the event", "The first ministers' meeting was hosted by Premier Ida Berg.",
     {("Ida Berg", "hosts", "first ministers' meeting", "happened")}, set()),
    ("abbreviated titles are not names", "Gov. Ida Berg of New York met with Chief Executive Officer Jon Dahl.",
     {("Ida Berg", "meets", "Jon Dahl", "happened")}, set()),
    ("a surname after a name with a suffix", "Health Secretary Robert F. Kennedy Jr. spoke on Monday. Kennedy is due to visit Oslo next week.",
     {("Robert F. Kennedy Jr.", "visits", "Oslo", "planned")}, set()),
    ("'the country' is the country named just before", "Pope Leo XIV arrived in Norway on Thursday and urged the country to act as a bridge.",
     {("Leo XIV", "demands", "Norway", "happened")}, set()),
    ("laying a wreath at a site is visiting it", "President Ida Berg laid a wreath at the Narvik War Memorial on Monday.",
     {("Ida Berg", "visits", "Narvik War Memorial", "happened")}, set()),
    ("neither ... nor is not attending", "Neither President Ida Berg nor Chancellor Jon Dahl is attending the summit.",
     {("Ida Berg", "attends", "summit", "negated"), ("Jon Dahl", "attends", "summit", "negated")}, set()),
    ("staying away from an event", "Ida Berg stayed away from the summit.", {("Ida Berg", "attends", "summit", "negated")}, set()),
    ("staying away from the event named before", "The climate summit opened in Baku. President Ida Berg stayed away after a row.",
     {("Ida Berg", "attends", "climate summit", "negated")}, set()),
    ("people among representatives attending", "Premier Ida Berg and Chancellor Jon Dahl were among representatives of 100 countries attending the summit.",
     {("Ida Berg", "attends", "summit", "happened"), ("Jon Dahl", "attends", "summit", "happened")}, set()),
    ("people among those who attended", "Premier Ida Berg and Premier Jon Dahl were among the premiers who attended the meeting.",
     {("Ida Berg", "attends", "meeting", "happened"), ("Jon Dahl", "attends", "meeting", "happened")}, set()),
    ("a relative clause on a description of a name", "The meeting was requested by Ida Berg, a Democrat who flew to Washington on Wednesday.",
     {("Ida Berg", "visits", "Washington", "happened")}, set()),
    ("touring the wreckage of a named site", "President Ida Berg toured the wreckage of the Oresund Bridge on Friday.",
     {("Ida Berg", "visits", "Oresund Bridge", "happened")}, set()),
    ("testifying in a trial", "Chief Executive Ida Berg testified on Tuesday in the commission's antitrust trial.",
     {("Ida Berg", "attends", "antitrust trial", "happened")}, set()),
    ("'both sides' are the two the text coordinated", "Lund Air and the IAM union failed to agree. Senator Ida Berg called on both sides to reach a deal.",
     {("Ida Berg", "demands", "Lund Air", "happened"), ("Ida Berg", "demands", "IAM union", "happened")}, set()),
    ("'both sides' with no pair named before is nobody", "The BMA met Health Secretary Jon Dahl. The Patients Association called on both sides to return to talks.",
     set(), {("Patients Association", "demands", "Jon Dahl")}),
    ("a name after 'a' is a description, not a party", "Ida Berg met Representative Jon Dahl, the House leader and a fellow New Yorker, at the Capitol.",
     {("Ida Berg", "meets", "Jon Dahl", "happened")}, {("Ida Berg", "meets", "New Yorker")}),
    ("a room in a meeting's name is no party", "Ida Berg met with President Jon Dahl on Wednesday, a private Oval Office meeting.",
     set(), {("Ida Berg", "meets", "Oval Office")}),
    ("travelling together is no meeting", "King Harald and Queen Sonja began a three-day state visit to Japan on Tuesday.",
     {("Harald", "visits", "Japan", "happened"), ("Sonja", "visits", "Japan", "happened")}, {("Harald", "meets", "Sonja")}),
    ("the town named after 'of'", "Ida Berg travelled to the border town of Rafah on Wednesday.",
     {("Ida Berg", "visits", "Rafah", "happened")}, set()),
    ("the sidelines of the General Assembly", "Ida Berg spoke on the sidelines of the UN General Assembly.",
     {("Ida Berg", "attends", "UN General Assembly", "happened")}, set()),
    ("telling an assembly is no attending", "Ida Berg told the assembly that costs rose.", set(), {("Ida Berg", "attends", "assembly")}),
    ("a name the recogniser ran on to 'of'", "Marshall Goldman of Harvard met Ida Berg in Oslo.",
     {("Marshall Goldman", "meets", "Ida Berg", "happened")}, {("Marshall Goldman of", "meets", "Ida Berg")}),
    ("a meeting that opened someone's visit is theirs", "Secretary Ida Berg arrived on Monday. The meeting with Jon Dahl opened a 12-day visit to Japan by Berg.",
     {("Ida Berg", "meets", "Jon Dahl", "happened")}, set()),
    ("a demand named in a phrase was made already, whatever the clause plans",
     "As to Danish urgings for Finland to cut tariffs, Helsinki will explain its plans on Friday.",
     {("Denmark", "demands", "Finland", "happened")}, set()),
    ("a pronoun from an earlier sentence is its last subject, whatever is known of genders",
     "Mr Lund said the budget was ready. Premier Orvik Talsen chaired a cabinet meeting. He is due to travel to Chile, where President Jon Dahl will host him.",
     {("Orvik Talsen", "visits", "Chile", "planned"), ("Jon Dahl", "hosts", "Orvik Talsen", "planned")},
     {("Lund", "visits", "Chile")}),
    ("a pronoun from an earlier sentence is its main clause's subject, not a name inside a reported clause",
     "Budget Director Jon Dahl said the Berg administration would not raise taxes. \"There will be no tax rises,\" he told a luncheon of the Oslo Chamber of Commerce.",
     {("Jon Dahl", "attends", "luncheon", "happened")}, {("Berg", "attends", "luncheon")}),
    ("a firm's short name the recogniser took for a place",
     "Norvela Therapeutics Inc. shares jumped. Norvela executives travelled to Basel last month to meet Novartis.",
     {("Norvela Therapeutics", "visits", "Basel", "happened")}, set()),
    ("'the pontiff' is the pope the article named",
     "Pope Leo XIV began his trip on Thursday. The pontiff was received by President Jon Dahl at the palace for a private meeting.",
     {("Jon Dahl", "hosts", "Leo XIV", "happened"), ("Jon Dahl", "meets", "Leo XIV", "happened")}, set()),
    ("last year's summit is another summit", "Chile hosted the 34th Andean summit in Santiago. Peru hosted last year's summit in Lima.",
     {("Chile", "hosts", "34th Andean summit", "happened"), ("Peru", "hosts", "last year's summit", "happened")},
     {("Peru", "hosts", "34th Andean summit")}),
    ("a bare noun after a named event with that head", "Delegates met at the World Health Assembly in Geneva. Vice Premier Ida Berg addressed the assembly on Monday.",
     {("Ida Berg", "attends", "World Health Assembly", "happened")}, set()),
    ("a pronoun the writer glossed with a name in brackets",
     "Ida Berg said Finance Secretary Jon Dahl had given in. \"He (Dahl) will fly to Oslo on Monday,\" she said.",
     {("Jon Dahl", "visits", "Oslo", None)}, {("Ida Berg", "visits", "Oslo")}),
    ("a body named by what it is, and 'the panel' for it later",
     "Chile's 12-bank advisory committee voiced concern over the freeze. Ida Berg, the central bank's debt chief, met the full panel on Tuesday.",
     {("Ida Berg", "meets", "12-bank advisory committee", "happened")}, set()),
    ("a bare 'the committee' with no body described before is nobody", "Ida Berg met the committee on Tuesday.",
     set(), {("Ida Berg", "meets", "committee")}),
    ("a verb the parser hung on the reported clause is the sayer's",
     "Senator Ida Berg said the reports were true and urged swift parliamentary action to rescue the fund.",
     {("Ida Berg", "demands", "Parliament", "happened")}, {("reports", "demands", "Parliament")}),
    ("the same with a request of a body to act", "The Nordic Council says the accord broke trade rules and is requesting a WTO dispute panel to rule on it.",
     {("Nordic Council", "demands", "WTO dispute panel", None)}, set()),
    ("people urged to act are addressees, not things demanded", "Minister Jon Dahl urged doctors not to walk out.",
     set(), {("Jon Dahl", "demands", "doctors")}),
    ("'the site' is the site named before", "A ship struck the Oresund Bridge in March. Ida Berg, who visited the site last week, said the channel would reopen.",
     {("Ida Berg", "visits", "Oresund Bridge", "happened")}, set()),
    ("'the site of' something names its own", "A ship struck the Oresund Bridge in March. Ida Berg visited the site of the fire at the Lund plant.",
     set(), {("Ida Berg", "visits", "Oresund Bridge")}),
    ("a name glossed as a site is a site", "President Ida Berg laid a wreath at Kadriorg, the mausoleum of the country's founder Jaan Tamm.",
     {("Ida Berg", "visits", "Kadriorg", "happened")}, set()),
    ("a quote of two sentences is said where it closes",
     "Union president Ida Berg said players were ignored. \u201cWe are asking the Nordic League to sit down with us. That is not much,\u201d she said.",
     {("Ida Berg", "demands", "Nordic League", None)}, set()),
    ("'the mine' is the mine named before", "Premier Ida Berg toured the firm's Kevin Mills mine on Monday. Ms Berg, who flew to the mine with Minister Jon Dahl, met workers.",
     {("Jon Dahl", "visits", "Kevin Mills mine", "happened")}, set()),
    ("a head of state calls elections, he does not demand them",
     "The Nordic President, Jon Dahl, announced he would dissolve parliament and call for new elections. Opposition leader Ida Berg called for early elections in March.",
     {("Ida Berg", "demands", "early elections", "happened")}, {("Jon Dahl", "demands", "new elections")}),
    ("'also present were' people at the event named before",
     "Ministers were present at the state lunch: Ida Berg (Finance) and Jon Dahl (Trade). Also present were Tove Lie and Per Moe.",
     {("Ida Berg", "attends", "lunch", "happened"), ("Tove Lie", "attends", "lunch", "happened")}, {("Finance", "attends", "lunch")}),
    ("presenting a plan is no presence", "The summit opened in Oslo. Ida Berg will present a plan to the creditors.",
     set(), {("Ida Berg", "attends", "summit")}),
    ("'their' in a clause that joins two is those two", "Ida Berg and Tove Lie signed the accord. President Jon Dahl met Lars Moe on Sunday for their first talks since the row.",
     {("Jon Dahl", "meets", "Lars Moe", "happened")}, {("Ida Berg", "meets", "Tove Lie"), ("Jon Dahl", "attends", "talks")}),
    ("a trip called off, read off the verb", "The COP29 summit opened in Baku, Azerbaijan on Monday. Azerbaijan hosts it. France's environment minister Agnes Lund has cancelled her trip.",
     {("Agnes Lund", "visits", "Azerbaijan", "negated")}, set()),
    ("'his German counterpart' is a person, not the country",
     "Prime Minister Ida Berg hosted Chancellor Jon Dahl in Oslo. Berg welcomed her German counterpart with military honours.",
     {("Ida Berg", "hosts", "Jon Dahl", "happened")}, {("Ida Berg", "hosts", "Germany")}),
    ("a name goes on after a particle the recogniser ended it with",
     "European Commission President Ursula von der Leyen met Ida Berg in Oslo.",
     {("Ursula von der Leyen", "meets", "Ida Berg", "happened")}, set()),
    ("two titled subjects the parser ran into one name",
     "European Commission President Ursula von der Leyen and European Council President Antonio Costa met Chinese President Xi Jinping in Beijing on Thursday.",
     {("Ursula von der Leyen", "meets", "Xi Jinping", "happened"), ("Antonio Costa", "meets", "Xi Jinping", "happened")}, set()),
    ("a liveblog's time stamp is no party", "17:30 CEST \u2014 Spain's Pedro Sanchez has arrived in The Hague.",
     {("Pedro Sanchez", "visits", "Hague", "happened")}, {("CEST", "visits", "Hague")}),
    ("a name inside a time phrase the parser made one noun", "Ida Berg is due to sit down with Jon Dahl tomorrow morning.",
     {("Ida Berg", "meets", "Jon Dahl", "planned")}, set()),
    ("telling a regulator is a filing, not a sitting", "Lund Capital told the Securities and Exchange Commission it raised its stake in Norva Inc to 9 pct.",
     set(), {("Lund Capital", "attends", "Securities and Exchange Commission")}),
    ("a past verb after a reported modal clause is the sayer's, and not negated by it",
     "Ida Berg said Norway would not accept the plan and called on Sweden to act.",
     {("Ida Berg", "demands", "Sweden", "happened")}, {("Norway", "demands", "Sweden")}),
    ("a name glossed as a conference is an event", "Premier Ida Berg delivered the opening address at the Lofoten Dialogue, Norway's flagship policy conference.",
     {("Ida Berg", "attends", "Lofoten Dialogue", "happened")}, set()),
    ("the summit's host", "The Nordic summit opened in Oslo. Secretary General Ida Berg, the summit's host, said she was confident.",
     {("Ida Berg", "hosts", "Nordic summit", "happened")}, set()),
    ("a site named after a place no gazetteer knows", "Mayor Ida Berg toured the Santa Giulia ice hockey arena on Monday.",
     {("Ida Berg", "visits", "Santa Giulia ice hockey arena", "happened")}, set()),
    ("a body's owning organisation is part of its name", "Before the summit, the European Parliament's trade committee called on the Commission to keep its tariffs.",
     {("European Parliament trade committee", "demands", "Commission", "happened")}, set()),
    ("'the two' who discussed are the two named in the sentence", "Jon Dahl was received by Ida Berg at the palace in Oslo on Monday, where the two discussed trade.",
     {("Ida Berg", "hosts", "Jon Dahl", "happened"), ("Ida Berg", "meets", "Jon Dahl", "happened")}, set()),
    ("'the two' with three named is nobody", "Ida Berg met Jon Dahl and Tove Lie in Oslo, where the two discussed trade.",
     set(), {("Jon Dahl", "meets", "Tove Lie")}),
    ("names after a relative clause's object are that object's, not more of the subject's side",
     "Health Secretary Jon Dahl, who met the union's committee co-chairs, Dr Ida Berg and Dr Tove Lie, at the ministry on Thursday, said a strike was unjustified.",
     {("Jon Dahl", "meets", "Ida Berg", "happened"), ("Jon Dahl", "meets", "Tove Lie", "happened")}, {("Ida Berg", "meets", "Tove Lie")}),
    ("a coordination after a relative clause still coordinates", "Ida Berg, who arrived on Sunday, and Jon Dahl met in Oslo.",
     {("Ida Berg", "meets", "Jon Dahl", "happened")}, set()),
    ("a body the recogniser took for a place, with its country branch", "Protesters gathered, and the Sikh Federation UK called on the Government to raise the case.",
     {("Sikh Federation UK", "demands", "Government", "happened")}, {("United Kingdom", "demands", "Government")}),
    ("a visit whose place the travel verb names has no other destination",
     "Indian Prime Minister Jon Dahl arrived in London on Wednesday for a two-day visit. Britain and India signed a deal. The UK economy grew.",
     {("Jon Dahl", "visits", "London", "happened")}, {("Jon Dahl", "visits", "United Kingdom")}),
    ("a first name given to both sexes rules no one out for 'he'",
     "Chief Executive Kelly Lund said costs rose. He has not met union leader Jon Dahl since the strike began, a spokesperson said.",
     {("Kelly Lund", "meets", "Jon Dahl", "negated")}, set()),
    ("a kind of gathering is no event attended", "The plan calls for raising Norway's presence in international trade fairs.",
     set(), {("Norway", "attends", "trade fairs")}),
    ("competition as an economic force is no event", "Sweden warned Norway to open its markets to outside competition.",
     set(), {("Norway", "attends", "competition")}),
    ("a budget's figure is no demanded thing", "Jon Dahl said the assembly would pass a budget resolution calling for 22 billion dlrs of new revenues.",
     set(), {("assembly", "demands", "22 billion dlrs")}),
    ("an embassy is a post, not a trip", "Norway withdrew four diplomats from its diplomatic mission in Tehran. The IMF mission to Chile arrived on Monday.",
     {("IMF", "visits", "Chile", "happened")}, {("Norway", "visits", "Tehran")}),
    ("a body's name with 'and' inside, cut at the 'and' by the recogniser",
     "President Ida Berg attended a closed-door session of the AU Peace and Security Council on Friday.",
     {("Ida Berg", "attends", "AU Peace and Security Council", "happened")}, set()),
    ("'X said it would' is X, whoever was named before", "Lundgas pumps crude in the region. In a statement, the rebel group FNL said it would demand a levy on every barrel.",
     set(), {("Lundgas", "demands", "levy")}),
    ("speaking to a club is not", "Ida Berg spoke to the World Affairs Council in Philadelphia.", set(), {("Ida Berg", "attends", "World Affairs Council")}),
    ("hosting someone for talks is meeting them", "Ida Berg will host Jon Dahl for talks in Oslo next week.",
     {("Ida Berg", "hosts", "Jon Dahl", "planned"), ("Ida Berg", "meets", "Jon Dahl", "planned")}, set()),
    ("hosting someone for lunch is not said to be a meeting", "Ida Berg was hosted for lunch by Jon Dahl.",
     {("Jon Dahl", "hosts", "Ida Berg", "happened")}, {("Ida Berg", "meets", "Jon Dahl")}),
    ("a bare 'the summit' after a named one, read by whichever frame comes first",
     "Leaders met on the sidelines of the Nordic Council summit on Monday. Addressing the summit on its first day, the outgoing chair, Ida Berg, called on Oslo to act.",
     {("Ida Berg", "attends", "Nordic Council summit", "happened")}, set()),
    ("a body by the noun the article described it with", "Ferry crews at Lundline, the Baltic operator, will strike. Ida Berg met the operator on Tuesday.",
     {("Ida Berg", "meets", "Lundline", "happened")}, set()),
    ("'the company' is a firm the article described as one", "Villagers want zinc miner Norrgruva Resources to stop blasting. Ida Berg urged the company to halt work.",
     {("Ida Berg", "demands", "Norrgruva Resources", "happened")}, set()),
    ("a thing named after a body is not that body", "Ida Berg opened an Andy Warhol exhibit. Jon Dahl attended the exhibit.",
     set(), {("Jon Dahl", "attends", "Andy Warhol")}),
    ("a traveller's companion travels too", "Ida Berg flew to Trondheim with Fisheries Minister Jon Dahl on Monday.",
     {("Ida Berg", "visits", "Trondheim", "happened"), ("Jon Dahl", "visits", "Trondheim", "happened")}, set()),
    ("accompanied by", "Ida Berg, accompanied by Jon Dahl, visited Oslo.",
     {("Jon Dahl", "visits", "Oslo", "happened")}, set()),
    ("a site's name the recogniser took for a person", "Premier Ida Berg toured the firm's Kevin Mills plant on Wednesday.",
     {("Ida Berg", "visits", "Kevin Mills plant", "happened")}, set()),
    ("host of a named event, apposition and 'named as'",
     "Norway, host of the 2031 Nordic Games, said it was ready. FIFA named Chile as host of the 2035 World Cup.",
     {("Norway", "hosts", "2031 Nordic Games", None), ("Chile", "hosts", "2035 World Cup", None)}, set()),
    ("'a host of' is a quantity", "Ida Berg faces a host of problems at the summit.", set(), {("Ida Berg", "hosts", "problems")}),
    ("taking part, with the event named before in the sentence",
     "President Jon Dahl skipped the summit, while President Ida Berg took part by video link.",
     {("Ida Berg", "attends", "summit", "happened"), ("Jon Dahl", "attends", "summit", "negated")}, set()),
    ("an event held through someone's efforts or at their invitation or initiative",
     "The First Oslo Summit was held in Norway through the efforts of President Jon Dahl. "
     "The Nordic Forum was held in Bergen at the invitation of Prime Minister Ida Berg. "
     "The Arctic summit was convened at Sweden's initiative.",
     {("Jon Dahl", "hosts", "First Oslo Summit", "happened"), ("Ida Berg", "hosts", "Nordic Forum", "happened"),
      ("Sweden", "hosts", "summit", "happened")}, set()),
    ("talks brought about at someone's initiative are not their event",
     "The talks took place at the initiative of Ida Berg.", set(), {("Ida Berg", "hosts", "talks")}),
    ("an invitation hung on an event noun names the guest's host, not the event's",
     "Jon Dahl will be guest of honour at the country's independence celebrations at the invitation of President Ida Berg.",
     set(), {("Ida Berg", "hosts", "celebrations")}),
    ("a finite verb coordinated with an infinitive inside a charge belongs to the one who charges",
     "The Nordic Fishers Union charges the contract breached trade rules by allowing Oslo to set prices "
     "and is requesting a WTO dispute panel be set up to review it.",
     {("Nordic Fishers Union", "demands", "WTO", "happened")}, {("Oslo", "demands", "WTO")}),
    ("an infinitive the parser hung on the verb before the asking one",
     "Chancellor Jon Dahl used his first foreign trip to press the European Commission to loosen the rules.",
     {("Jon Dahl", "demands", "European Commission", "happened")}, set()),
    ("a trip's destination hung on the traveller's role",
     "Ida Berg made her first official trip as IOC president to Italy on Tuesday.",
     {("Ida Berg", "visits", "Italy", "happened")}, set()),
    ("accompanied at an event: everyone named was there",
     "Prime Minister Jon Dahl met Ida Berg at the Norway-Sweden Leaders' Retreat in Oslo. "
     "Mr Dahl was accompanied at the retreat by Foreign Minister Eva Lund. "
     "Anna Holm accompanied Ida Berg at the Nordic Summit.",
     {("Jon Dahl", "attends", "Leaders' Retreat", "happened"), ("Eva Lund", "attends", "Leaders' Retreat", "happened"),
      ("Anna Holm", "attends", "Nordic Summit", "happened"), ("Ida Berg", "attends", "Nordic Summit", "happened")}, set()),
    ("a tensed verb coordinated with an infinitive: subject and status from the tensed clause",
     "Jon Dahl said Norway was pressing Sweden to stop its subsidies and was talking with Swedish officials.",
     {("Norway", "meets", "Sweden", "reported"), ("Norway", "demands", "Sweden", "reported")}, set()),
    ("told a press conference that ... and called on: the sayer calls",
     "Ida Berg told a news conference that Norway would not accept the new quota and called on Stockholm to rethink its plans.",
     {("Ida Berg", "demands", "Sweden", "happened")}, {("Norway", "demands", "Sweden")}),
    ("an asked infinitive read as a purpose clause of the asking verb",
     "Premier Jon Dahl also used his first trip abroad to press the Nordic Council to loosen the bloc's fishing rules for small boats.",
     {("Jon Dahl", "demands", "Nordic Council", "happened")}, set()),
    ("a clause told by reports is reported; denied reports are negated",
     "There were reports that Jon Dahl met Ida Berg in Oslo. Officials denied reports that Eva Lund would visit Bergen.",
     {("Jon Dahl", "meets", "Ida Berg", "reported"), ("Eva Lund", "visits", "Bergen", "negated")}, set()),
    ("pressing and pushing for a thing demand it",
     "Kestrel Capital has pushed for board changes at Fjordline. Jon Dahl pressed for a ceasefire. Dealers were pressed for time.",
     {("Kestrel Capital", "demands", "board changes", "happened"), ("Jon Dahl", "demands", "ceasefire", "happened")},
     {("Dealers", "demands", "time")}),
    ("both sides are the sides of the talks put between two parties, not the last two names",
     "Doctors will strike after talks between the Medical Guild and the Health Secretary, Jon Dahl, ended without agreement. "
     "Mr Dahl, who met the guild's co-chairs, Dr Ida Berg and Dr Eva Lund, on Thursday, said a strike was unjustified. "
     "The Patients Union called on both sides to return to negotiations.",
     {("Patients Union", "demands", "Medical Guild", "happened"), ("Patients Union", "demands", "Jon Dahl", "happened"),
      ("Jon Dahl", "meets", "Medical Guild", "happened")},
     {("Patients Union", "demands", "Ida Berg"), ("Patients Union", "demands", "Eva Lund")}),
    ("a past clause keeps its tense under a future one",
     "Jon Dahl, who met Ida Berg yesterday, will attend the Nordic summit.",
     {("Jon Dahl", "meets", "Ida Berg", "happened"), ("Jon Dahl", "attends", "Nordic summit", "planned")}, set()),
    ("'the prime minister' in lower case is the prime minister the article named",
     "Prime Minister Ida Berg spoke on Friday. The prime minister will fly to Hanoi on Sunday.",
     {("Ida Berg", "visits", "Hanoi", "planned")}, set()),
    ("a firm's name the recogniser took for a person's is no 'she'",
     "Prime Minister Ida Berg arrived in Lisbon on Friday. Kiriyama Metals said its president had joined the delegation. "
     "The prime minister is due to fly on to Hanoi, where she will be hosted by Prime Minister Jon Dahl.",
     {("Jon Dahl", "hosts", "Ida Berg", "planned")}, {("Jon Dahl", "hosts", "Kiriyama Metals")}),
    ("a delegation or side led by someone: they attend the talks named before",
     "Russia and Ukraine held talks in Istanbul on Monday. The Russian delegation was led by presidential aide "
     "Jon Dahl, while the Ukrainian side was headed by Defense Minister Ida Berg.",
     {("Jon Dahl", "attends", "talks", "happened"), ("Ida Berg", "attends", "talks", "happened")}, set()),
    ("accompanied on the trip: the companion went where the trip went",
     "Prime Minister Ida Berg arrived in Jakarta on Friday. Berg was accompanied on the trip by Trade Minister Jon Dahl. "
     "Minister Eva Lund accompanied Anna Holm on her visit to Kenya.",
     {("Jon Dahl", "visits", "Jakarta", "happened"), ("Eva Lund", "visits", "Kenya", "happened")}, set()),
    ("the first round of talks is the talks", "Jon Dahl attended the first round of talks in Oslo.",
     {("Jon Dahl", "attends", "talks", "happened")}, set()),
    ("'the governor', 'the commissioner', 'the president' are the ones the article titled so",
     "Gov. Ida Berg of Vermont met with President Jon Dahl on Wednesday. An official said the president had asked "
     "the governor to allow the pipeline. EU Energy Commissioner Eva Lund flew to Oslo, where Fjordgas hosted the commissioner.",
     {("Jon Dahl", "demands", "Ida Berg", None), ("Fjordgas", "hosts", "Eva Lund", None)}, set()),
    ("'the company' is a firm by its name's last word",
     "The Trade Commission sued Meta Platforms in 2020 and has demanded that the company divest both apps.",
     {("Trade Commission", "demands", "Meta Platforms", "happened")}, set()),
    ("'the company' is the firm described with a noun for firms, even read as in apposition",
     "Nordic hydrogen developer Solvang Hydrogen opened a terminal. The company hosted Ida Berg on a tour of the site.",
     {("Solvang Hydrogen", "hosts", "Ida Berg", "happened")}, set()),
    ("speaking to reporters at an event coordinated with a body's name",
     "Speaking to reporters at the Nordic Fund and World Bank annual meeting, Jon Dahl said that he felt positive.",
     {("Jon Dahl", "attends", "annual meeting", "happened")}, set()),
    ("a bare plural is too vague to be what is demanded, unless its complement says what",
     "The Nordic Party called for policies supporting growth. Jon Dahl called for curbs on imports. "
     "Ida Berg called for new elections.",
     {("Jon Dahl", "demands", "curbs", "happened"), ("Ida Berg", "demands", "new elections", "happened")},
     {("Nordic Party", "demands", "policies")}),
    ("telling a named person words the article quotes is a conversation; not in a letter, not to an outlet",
     "\"We have come to seek open markets,\" Senator Jon Dahl told Prime Minister Ida Berg. "
     "Eva Lund told Anna Holm in a letter that \"the deal is dead\". "
     "\"It is over,\" Per Olsen told Reuters.",
     {("Jon Dahl", "meets", "Ida Berg", "happened")},
     {("Eva Lund", "meets", "Anna Holm"), ("Olsen", "meets", "Reuters")}),
    ("a palace's name the recogniser took for a person's is not one of 'the two'",
     "Ida Berg arrived in Rome. Berg was received by Italian Premier Giorgia Meloni at Palazzo Chigi in Rome on Monday evening, "
     "where the two discussed security arrangements.",
     {("Giorgia Meloni", "meets", "Ida Berg", "happened")}, {("Giorgia Meloni", "meets", "Palazzo Chigi")}),
    ("a role with its name in apposition is that name, not the office-holder named before",
     "US President Donald Trump spoke with Ishiba. The leader of the Constitutional Democratic Party, Noda Yoshihiko, "
     "urged Ishiba to convene an emergency meeting.",
     {("Noda Yoshihiko", "demands", "Ishiba", "happened")}, {("Donald Trump", "demands", "Ishiba")}),
    ("a venue's name the parser coordinated with the parties of talks is no party",
     "Drivers walked out after talks between Unite and Westbrook Transit at the conciliation service Acas ended.",
     {("Westbrook Transit", "meets", "Unite", None)}, {("Acas", "meets", "Unite"), ("Acas", "meets", "Westbrook Transit")}),
    ("'the King' is the king the article named; a one-word destination the recogniser took for a person is a place",
     "King Charles III will host Jon Dahl at Windsor. Later on Thursday Mr Dahl travelled to Sandringham, "
     "where he was received by the King.",
     {("Charles III", "hosts", "Jon Dahl", "happened"), ("Jon Dahl", "visits", "Sandringham", "happened")}, set()),
    ("a body's name the recogniser cut in pieces is the whole span its acronym's initials cover",
     "The Antarctic and Southern Ocean Coalition (ASOC), which attends the talks as an observer, has called on Beijing to drop its objection.",
     {("Antarctic and Southern Ocean Coalition", "demands", "China", "happened")}, set()),
    ("'the union' is a union by the workers its name gathers",
     "Fjordair has resumed talks with the International Association of Machinists. The union, which represents "
     "33,000 workers, has demanded a 40% wage increase.",
     {("International Association of Machinists", "demands", "wage increase", "happened")}, set()),
    ("'it' after an unnamed sayer is that sayer, never a news agency named before",
     "Officials told Reuters the loan request is for 100 mln dlrs. The government has said it will ask for another loan "
     "from the World Bank.",
     set(), {("Reuters", "demands", "World Bank")}),
    ("the joint or annual meetings of two bodies are theirs, not a meeting between them",
     "Delegates arrived for the joint annual meetings of the Nordic Fund and the World Bank. "
     "A meeting of LME members and ICCH representatives was held on Monday.",
     {("ICCH", "meets", "LME", "happened")}, {("Nordic Fund", "meets", "World Bank")}),
    ("going to court is taking a dispute there, not a trip",
     "Jon Dahl said Norway would go to the International Court of Justice over the dispute. Ida Berg went to Oslo.",
     {("Ida Berg", "visits", "Oslo", "happened")}, {("Norway", "visits", "International Court of Justice")}),
    ("argued that: the reported fact is attributed", "Jon Dahl argued that Ida Berg had met Putin.",
     {("Ida Berg", "meets", "Putin", "reported")}, set()),
    ("a request coordinated with a reported statement of what something is: the sayer asked, not negated",
     'Speaking after the summit, Ida Berg said Norway was "not the problem" and urged Jon Dahl to "talk to his own people."',
     {("Ida Berg", "demands", "Jon Dahl", "happened")}, {("Norway", "demands", "Jon Dahl")}),
    ("'the first visit by a <country> chief executive': whoever held the post, not the country",
     "Hong Kong leader Jon Dahl arrived in Astana on Monday, in the first visit by a Hong Kong chief executive to Central Asia.",
     {("Jon Dahl", "visits", "Astana", "happened")}, {("Hong Kong", "visits", "Central Asia")}),
    ("a one-word building name before a site noun is no person, so 'the two' are the two people",
     "Lee was received by President Jon Dahl at the Akorda presidential palace, where the two discussed trade.",
     {("Jon Dahl", "hosts", "Lee", "happened"), ("Jon Dahl", "meets", "Lee", "happened")}, set()),
    ("a body's name listing what it gathers, cut at a comma by the recogniser",
     "In a parallel move the Nordic Bread, Cake and Confectionery Alliance has written to Finance Minister Jon Dahl urging him "
     "to oppose the levy.",
     {("Nordic Bread, Cake and Confectionery Alliance", "demands", "Jon Dahl", "happened")}, set()),
    ("'the Group of 24': the number is part of the name",
     "Ministers from the Group of 24 developing countries called for a new attitude on the part of the banks.",
     {("Group of 24", "demands", "new attitude", "happened")}, set()),
    ("'the Community', 'the secretariat', 'the alliance', 'managers of' stand for the body named",
     "Talks between the European Community and Norway resumed. Diplomats said the Community wants a deal. "
     "Ida Berg said the Nordic Council secretariat would convene a meeting of foreign ministers in Arusha. "
     "NATO leaders gathered in Oslo. Jon Dahl has called on the alliance to deal with Spain. "
     "Eva Lund met managers of the World Bank on Monday.",
     {("Nordic Council", "hosts", "meeting", "planned"), ("Jon Dahl", "demands", "NATO", "happened"),
      ("Eva Lund", "meets", "World Bank", "happened")}, set()),
    ("'not present', 'not due to': the copula's negation is the fact's; 'likely to' is planned",
     "Finance Minister Jon Dahl was not present at yesterday's meeting. Ida Berg is not due to attend the summit. "
     "Eva Lund is likely to attend the summit.",
     {("Jon Dahl", "attends", "meeting", "negated"), ("Ida Berg", "attends", "summit", "negated"),
      ("Eva Lund", "attends", "summit", "planned")}, set()),
    ("a country or body sending a mission visits; a person proposing to send missions does not",
     "Senator Jon Dahl had proposed sending missions to Mexico and Kenya. Norway will send a trade mission to Chile. "
     "Ida Berg will lead a trade mission to Peru.",
     {("Norway", "visits", "Chile", "planned"), ("Ida Berg", "visits", "Peru", "planned")},
     {("Jon Dahl", "visits", "Mexico"), ("Jon Dahl", "visits", "Kenya")}),
    ("meeting someone to demand a thing: the one met is asked",
     "Negotiators from the Alliance of Small Island States (AOSIS) will meet conference president Jon Dahl later today "
     "to demand a dedicated fund.",
     {("Alliance of Small Island States", "demands", "Jon Dahl", "planned"),
      ("Alliance of Small Island States", "meets", "Jon Dahl", "planned")}, set()),
    ("a body and a number before a titled name: the person is met, not the body",
     "Chief Executive Ida Berg said the firm would cut jobs. She has not met IAM District 751 President Jon Holden in person "
     "since the strike began. Eva Lund met managers of the sovereign wealth fund Samruk-Kazyna in the afternoon.",
     {("Ida Berg", "meets", "Jon Holden", "negated"), ("Eva Lund", "meets", "Samruk-Kazyna", "happened")},
     {("Ida Berg", "meets", "IAM District")}),
    ("a body's own committee meeting is no meeting between the body and its committee",
     "Jon Dahl will leave for Washington on Monday to attend the International Monetary Fund's Interim Committee meeting.",
     {("Jon Dahl", "attends", "Interim Committee meeting", "planned")}, {("International Monetary Fund", "meets", "Interim Committee")}),
    ("one ordered to appear is asked to, and has not yet",
     "The court ordered the former officer, Jon Dahl, to appear at the hearing.",
     {("Jon Dahl", "attends", "hearing", "hypothetical")}, set()),
    ("proposing that someone meet: planned, not held",
     "Ida Berg proposed that she meet Jon Dahl in Oslo.", {("Ida Berg", "meets", "Jon Dahl", "planned")}, set()),
    ("a past act coordinated with a reported clause in the simple present is the sayer's; a shared auxiliary is not",
     "Ida Berg said Norway is ready and asked Sweden for help. Acme Corp said Nordbank has declared the company in default "
     "and demanded repayment of its debt. Nordic engineering union Metall Norge will hold nationwide warning strikes on "
     "March 9, to press demands for a 35-hour week and a five pct wage increase.",
     {("Ida Berg", "demands", "Sweden", "happened"), ("Nordbank", "demands", "repayment", "reported"),
      ("Metall Norge", "demands", "35-hour week", "planned")}, {("Acme Corp", "demands", "repayment")}),
    ("'his government' is the country of his title; 'his agency', 'his company' the body of his title",
     "Brazilian President Jon Dahl said his government would meet the IMF next week. World Bank President Eva Lund "
     "said her agency plans to send a mission to Chile. Ida Berg, chairman of Nordvik Energy, said her company would "
     "meet Statoil soon.",
     {("Brazil", "meets", "IMF", "planned"), ("World Bank", "visits", "Chile", "planned"),
      ("Nordvik Energy", "meets", "Statoil", "planned")}, set()),
    ("touring a site in a place visits the place",
     "Ida Berg visited a refinery near Rotterdam on Friday.", {("Ida Berg", "visits", "Rotterdam", "happened")}, set()),
    ("talks asked for are not held", "Ida Berg pressed for talks with Jon Dahl.",
     {("Ida Berg", "meets", "Jon Dahl", "hypothetical")}, set()),
    ("a contract calling for no sacrifices asks nothing; an indefinite body is no named doer",
     "Nordvik Foods said the new contract called for no sacrifices from workers. A Texas state court ordered Acme Oil to "
     "post a bond.", set(), {("Nordvik Foods", "demands", "sacrifices"), ("Texas state court", "demands", "Acme Oil")}),
    ("a dinner for visiting leaders: the host hosts them, and they are at the dinner",
     "Ida Berg hosted a dinner for visiting Nordic leaders, including Jon Dahl and Eva Lund.",
     {("Ida Berg", "hosts", "Jon Dahl", "happened"), ("Ida Berg", "hosts", "Eva Lund", "happened"),
      ("Jon Dahl", "attends", "dinner", "happened"), ("Eva Lund", "attends", "dinner", "happened")}, set()),
    ("'President X's government' is X's country",
     "Ida Berg urged Kenyan President Jon Dahl's government to release the detainees.",
     {("Ida Berg", "demands", "Kenya", "happened")}, set()),
    ("co-hosting with someone: both host; consulting with two parties joins neither to the other",
     "Ida Berg will co-host the conference with Jon Dahl in Geneva. The Nordic Council might consult with Chile and Peru.",
     {("Ida Berg", "hosts", "conference", "planned"), ("Jon Dahl", "hosts", "conference", "planned")},
     {("Chile", "meets", "Peru")}),
    ("'no plans to meet' is negated; 'plans to meet', 'her decision to visit' planned",
     "Ida Berg has no plans to meet Jon Dahl. Eva Lund has plans to meet Anna Holm. Jon Dahl announced his decision "
     "to visit Moscow.",
     {("Ida Berg", "meets", "Jon Dahl", "negated"), ("Eva Lund", "meets", "Anna Holm", "planned"),
      ("Jon Dahl", "visits", "Moscow", "planned")}, set()),
    ("'Norway's biggest bank said it ...': 'it' is that unnamed bank, not the country; 'the company' is the firm",
     "Norway's biggest bank said it would withhold support from the board at next month's annual meeting. "
     "Acme Corp reported higher profits. The company said it would meet Statoil next week.",
     {("Acme Corp", "meets", "Statoil", "planned")}, {("Norway", "attends", "annual meeting")}),
    ("inside a quote, 'his' is someone the speaker talks about, not the speaker",
     "Prime Minister Jon Dahl will visit Oslo next week. Trade Representative Erik Lund said he hoped the visit would "
     "be productive but \"I don't see any way to resolve this dispute before or during his visit to Bergen.\"",
     {("Jon Dahl", "visits", "Bergen", None)}, {("Erik Lund", "visits", "Bergen")}),
    ("'with X as host': X hosts the event held", "The next retreat will be held in Bergen later this year, with Mr Jon Dahl as host.",
     {("Jon Dahl", "hosts", "retreat", "planned")}, set()),
    ("counterparts leading the talks together meet", "Jon Dahl and his counterpart Ida Berg will lead the talks.",
     {("Jon Dahl", "meets", "Ida Berg", "planned")}, set()),
    ("a portfolio in brackets after a minister's name is no one present",
     "Some Nordic ministers were present at the event: Jon Dahl (Economy), Eva Lund (Science and Technology), "
     "Ida Berg (Exterior Relations), Anna Holm (Mines and Energy).",
     {("Ida Berg", "attends", "event", "happened"), ("Anna Holm", "attends", "event", "happened")},
     {("Exterior Relations", "attends", "event")}),
    ("hosting talks between two others hosts the talks; the two meet",
     "Norway on Monday hosted the second round of direct talks between Chile and Peru in Oslo.",
     {("Norway", "hosts", "direct talks", "happened"), ("Chile", "meets", "Peru", "happened")},
     {("Norway", "hosts", "Chile"), ("Norway", "hosts", "Peru")}),
    ("a list of names each after its country's possessive, the parser's hung on one another",
     "The plenary session was also attended by Brazil's Ida Berg, Argentina's Jon Dahl and Paraguay's Eva Lund.",
     {("Ida Berg", "attends", "plenary session", "happened"), ("Jon Dahl", "attends", "plenary session", "happened"),
      ("Eva Lund", "attends", "plenary session", "happened")},
     {("Paraguay", "attends", "plenary session"), ("Argentina", "attends", "plenary session")}),
    ("a possessive list after a titled first member, with 'among others'",
     "The summit was attended in person by Rwanda's President Ida Berg, Uganda's Jon Dahl and South Africa's Erik Lund, among others.",
     {("Ida Berg", "attends", "summit", "happened"), ("Jon Dahl", "attends", "summit", "happened"),
      ("Erik Lund", "attends", "summit", "happened")},
     {("South Africa", "attends", "summit"), ("Uganda", "attends", "summit")}),
    ("a possessive list needs its closing 'and': a reporting clause after a comma is no member",
     "Jon Dahl met Brazil's Ida Berg, Argentina's President Eva Lund said.",
     {("Jon Dahl", "meets", "Ida Berg", "happened")}, {("Jon Dahl", "meets", "Eva Lund")}),
    ("a relative clause inside what is demanded names no one asked",
     "Jon Dahl called for a more balanced relationship between Norway and the European Union, with which Oslo runs a trade surplus.",
     {("Jon Dahl", "demands", "Norway", "happened"), ("Jon Dahl", "demands", "European Union", "happened")},
     {("Jon Dahl", "demands", "Oslo")}),
    ("'they' in an adverbial clause: the ones the main clause acts on",
     "Ida Berg welcomed Jon Dahl and Erik Lund as they arrived in Baghdad on Saturday.",
     {("Ida Berg", "hosts", "Jon Dahl", "happened"), ("Jon Dahl", "visits", "Baghdad", "happened"),
      ("Erik Lund", "visits", "Baghdad", "happened")}, {("Ida Berg", "visits", "Baghdad")}),
    ("an infinitive with its own subject under 'expect' is still ahead",
     "Analysts expect Ida Berg to meet Jon Dahl next week.",
     {("Ida Berg", "meets", "Jon Dahl", "planned")}, set()),
    ("a request expected of someone is planned",
     "Diplomats expect the Norwegian government to ask the World Bank to provide most of the money.",
     {("Norway", "demands", "World Bank", "planned")}, set()),
    ("told someone a that-clause with a bare verb the parser hung on 'told': no demand",
     "Jon Dahl told Reuters on his return from the donors' conference that the aid would enable the railway to buy spares, overhaul 800 wagons and replace sleepers.",
     set(), {("Jon Dahl", "demands", "Reuters")}),
    ("'said in its request': the body's own request, not one made of it",
     "The United States cut its quota for the Norwegian Textile Federation. The federation said in its request that many exporters were operating without profit.",
     set(), {("United States", "demands", "Norwegian Textile Federation")}),
    ("a request for proposals or for a right names no one who must act",
     "The Energy Department issued a request for proposals to buy the Snettisham Hydroelectric project. "
     "Acme Corp has requested the right to buy 90,909 shares from Beta Inc chairman Jon Dahl.",
     set(), {("Energy Department", "demands", "Snettisham Hydroelectric"), ("Acme Corp", "demands", "Beta Inc")}),
    ("a pronoun with a bracketed name is that name alone; 'among themselves' adds no one",
     "OPEC and Saudi Arabia agreed a price on Monday. They (the Gulf Cooperation Council) meet very often among themselves.",
     set(), {("Gulf Cooperation Council", "meets", "OPEC"), ("Saudi Arabia", "meets", "OPEC")}),
    ("'the company called X' names it, no telephone call",
     "Acme Inc said on Monday it is my contention that the company called Beta is not vigilant.",
     set(), {("Acme Inc", "meets", "Beta")}),
    ("an acronym the wire spells as a word, defined in brackets, is the body named before it",
     "Traders expect prices to stay steady through June, when the next Organization of Petroleum Exporting Countries' (Opec) meeting is scheduled to take place.",
     set(), {("Organization of Petroleum Exporting Countries", "meets", "Opec")}),
    ("a surname coordinated with a full name ending in it is another person",
     "President Dahl will visit Oslo in June. Dahl and Eva Dahl will be in Oslo as the guests of the King.",
     {("President Dahl", "visits", "Oslo", "planned")}, {("Eva Dahl", "visits", "Oslo")}),
    ("a present tense with 'this evening' is ahead",
     "Jon Dahl, who travels to Italy this evening, said it was unclear.",
     {("Jon Dahl", "visits", "Italy", "planned")}, set()),
    ("heading a delegation to a commission is leading it, no trip to the commission",
     "Jon Dahl and Erik Lund are heading their respective delegations to the joint commission on economic cooperation.",
     set(), {("Jon Dahl", "visits", "joint commission")}),
    ("a newspaper the recogniser called an event is told, not attended",
     "\"Our plans were to finalize the merger tonight,\" Acme spokesman Jon Dahl told the Atlanta Constitution late last night.",
     set(), {("Jon Dahl", "attends", "Atlanta Constitution")}),
    ("a delegation and whoever heads it are one side of the talks",
     "The agreement was reached in Paris today in talks between a Yugoslav delegation headed by Finance Minister Jon Dahl and 16 Western creditor countries.",
     set(), {("Jon Dahl", "meets", "Yugoslavia")}),
    ("an old name of a country is that country",
     "Acme Mining has urged Surinam to change its bauxite policies, and called on Zaire to lower its copper taxes.",
     {("Acme Mining", "demands", "Suriname", "happened"), ("Acme Mining", "demands", "Democratic Republic of the Congo", "happened")}, set()),
    ("'each of them' is the ones 'them' refers to",
     "Ida Berg and Eva Lund signed the accord after Jon Dahl held separate talks with each of them.",
     {("Jon Dahl", "meets", "Ida Berg", "happened"), ("Jon Dahl", "meets", "Eva Lund", "happened")}, set()),
    ("a visitor shown around a site is hosted, actively and passively",
     "Erik Lund showed Jon Dahl around the Oslo plant on Monday. Ida Berg was shown the operation by Mr Holm.",
     {("Erik Lund", "hosts", "Jon Dahl", "happened"), ("Holm", "hosts", "Ida Berg", "happened")}, set()),
    ("showing someone a thing that is no site hosts no one",
     "Erik Lund showed Jon Dahl a letter from the board. The minister Ida Berg was shown a report by Anna Holm.",
     set(), {("Erik Lund", "hosts", "Jon Dahl"), ("Anna Holm", "hosts", "Ida Berg")}),
    ("a board whose company is not named on it stands for no one",
     "Acme Corp said on Monday its board had urged rejection of Beta Inc's offer.",
     set(), {("Acme Corp", "demands", "Beta Inc")}),
    ("'A and B owner NAME': the companies describe the person, who is the party",
     "Acme and Beta owner Jon Dahl did not attend the summit.",
     {("Jon Dahl", "attends", "summit", "negated")}, {("Acme", "attends", "summit"), ("Beta", "attends", "summit")}),
    ("a government named by a country's whole adjective phrase is that country's",
     "The West German government had come under pressure from the United States to stimulate its economy. "
     "Jon Dahl urged the South Korean government to act, and asked the Japanese Government to follow.",
     {("United States", "demands", "West Germany", "happened"), ("Jon Dahl", "demands", "South Korea", "happened"),
      ("Jon Dahl", "demands", "Japan", "happened")},
     set()),
    ("an outlet that speaks with someone interviews them",
     "Wikinews spoke with Jon Dahl, president of the Nordic Magic Circle, about the state of magic.",
     set(), {("Jon Dahl", "meets", "Wikinews")}),
    ("a title whose 'of' phrase the parser ran into the name is the person, not the country",
     "The communique was issued after two days of talks between Guinean natural resources minister Jon Dahl and Nigerian minister of mines and power Erik Lund.",
     {("Jon Dahl", "meets", "Erik Lund", "happened")}, {("Jon Dahl", "meets", "Nigeria"), ("Erik Lund", "meets", "Nigeria")}),
    ("expletive 'it' ('it's clear that ...') stands for no one",
     "Jon Dahl spoke to the Acme Institute. Dahl also said that after meeting Japanese special envoy Erik Lund, it's clear that Japan intends to act.",
     set(), {("Acme Institute", "meets", "Erik Lund")}),
    ("'it' before 'is likely to' is the one it refers to",
     "Acme Corp met Beta on Monday. It is likely to meet Gamma Corp again.",
     {("Acme Corp", "meets", "Gamma Corp", "planned")}, set()),
    ("an acronym and a body's name the recogniser ran together are two bodies",
     "The IMF and World Bank urged Zambia to cut spending. The Securities and Exchange Commission met Procter and Gamble.",
     {("IMF", "demands", "Zambia", "happened"), ("World Bank", "demands", "Zambia", "happened"),
      ("Securities and Exchange Commission", "meets", "Procter and Gamble", "happened")}, set()),
    ("names inside an infinitive in what is requested are what the act is about, not whom it asks",
     "The council was responding to Ida Berg's request for measures to reduce Norway's trade surpluses with the U.S. and Europe. "
     "A U.S. judge denied Acme Inc's request to halt Beta Laboratories' planned supply of tests.",
     set(), {("Ida Berg", "demands", "United States"), ("Acme Inc", "demands", "Beta Laboratories")}),
    ("coming to a market is a listing, not a trip",
     "Wickes came to the Unlisted Securities Market in January. Jon Dahl came to London on Monday.",
     {("Jon Dahl", "visits", "London", "happened")}, {("Wickes", "visits", "Unlisted Securities Market")}),
    ("a relative pronoun as the object is the noun its clause hangs on",
     "The summit, which Erik Lund attended on Monday, ended. The forum, which Jon Dahl addressed on Tuesday, closed.",
     {("Erik Lund", "attends", "summit", "happened"), ("Jon Dahl", "attends", "forum", "happened")}, set()),
    ("rejoining talks is attending them; skipping a meeting is not",
     "Mr Dahl, who skipped Wednesday's meeting at the Elysee in protest, is expected to rejoin the talks on Friday.",
     {("Dahl", "attends", "talks", "planned"), ("Dahl", "attends", "meeting", "negated")}, set()),
    ("a site named after a place with lower-case words before its noun ('the X industrial park')",
     "Jon Dahl will tour the Morowali industrial park on Saturday.",
     {("Jon Dahl", "visits", "Morowali industrial park", "planned")}, set()),
    ("'the two companies', 'the two blocs': the last two bodies named",
     "Acme Corp said it agreed to buy Beta Inc for 50 mln dlrs. The two companies held talks last week. "
     "The Nordic Council and the Baltic Assembly met in Riga. The two blocs urged Norway to act.",
     {("Acme Corp", "meets", "Beta Inc", "happened"), ("Nordic Council", "demands", "Norway", "happened"),
      ("Baltic Assembly", "demands", "Norway", "happened")}, set()),
    ("a currency after a number is an amount, not a body 'the two groups' could mean",
     "Acme Group said Beta Holdings Inc has agreed to issue it 6.15 mln shares of one U.S. Cent par-value. "
     "The two groups have also begun exploratory talks on a merger.",
     {("Beta Holdings Inc", "meets", "Acme Group", None)}, {("Beta Holdings Inc", "meets", "U.S. Cent")}),
    ("'A and B said the two companies would ...': the two who said it",
     "Acme Corp and Beta Inc said the two companies would meet again next week.",
     {("Acme Corp", "meets", "Beta Inc", "planned")}, set()),
    ("a company's board stands for the company",
     "Shareholders of Brightmoor Logistics met on Monday. Acme Capital has called on Brightmoor's board to reopen merger talks.",
     {("Acme Capital", "demands", "Brightmoor Logistics", "happened")}, set()),
    ("'whose' chief and name parsed as appositions of the firm",
     "Among them was the shipping group Nordvik Lines, whose chief executive, Ida Berg, travelled on to Bergen on Friday.",
     {("Ida Berg", "visits", "Bergen", "happened")}, {("Nordvik Lines", "visits", "Bergen")}),
    ("a place after the venue is no party",
     "President Jon Dahl on Monday met the leadership of the Nordic Transport Union at the Government House, Tromsø, to end the strike.",
     {("Jon Dahl", "meets", "Nordic Transport Union", "happened")}, {("Jon Dahl", "meets", "Government House")}),
    ("'A of X and B of Y' with B parsed onto X",
     "Jon Dahl met Eva Holm of Sweden and Erik Lund of Denmark in Oslo on Monday.",
     {("Jon Dahl", "meets", "Eva Holm", "happened"), ("Jon Dahl", "meets", "Erik Lund", "happened")},
     {("Jon Dahl", "meets", "Sweden"), ("Jon Dahl", "meets", "Denmark")}),
    ("a trip with no place named, in a story filed from elsewhere",
     "OSLO (NTB) - Finnish President Erik Lund, on his first foreign trip since taking office, told a business forum that trade must grow.\n"
     "Sweden signed a deal with Denmark. Sweden will host the next forum, Sweden's premier said.",
     {("Erik Lund", "attends", "business forum", "happened")}, {("Erik Lund", "visits", "Sweden")}),
    ("a trip with no place named goes to the city the story is filed from",
     "OSLO (NTB) - Leaders gathered in Oslo on Monday.\nNorway hosts the summit. Norway's premier spoke. "
     "Sweden's minister Ida Berg has cancelled her trip after a row with Oslo.",
     {("Ida Berg", "visits", "Oslo", "negated")}, {("Ida Berg", "visits", "Norway")}),
    ("an arrival with no place named, in a story filed from a city it names",
     "BERGEN - Leaders met in Bergen on Sunday.\nIda Berg, who flew in from Oslo after talks there, met Jon Dahl on Monday.",
     {("Ida Berg", "visits", "Bergen", "happened"), ("Ida Berg", "meets", "Jon Dahl", "happened")}, set()),
    ("'told the annual meeting turnover rose': the meeting read as a compound of the reported subject",
     "Ida Berg told the annual shareholders meeting turnover rose to two billion crowns.",
     {("Ida Berg", "attends", "shareholders meeting", "happened")}, set()),
    ("a country's army is a party of its own",
     "Ida Berg called on Norway's army and the Coastal Defence League to agree to a ceasefire.",
     {("Ida Berg", "demands", "Norway's army", "happened"), ("Ida Berg", "demands", "Coastal Defence League", "happened")},
     set()),
    ("a name run after a country's short name is the name",
     "President Ida Berg is going to the U.S. Capitol to urge senators to back the bill.",
     {("Ida Berg", "visits", "U.S. Capitol", "happened")}, {("Ida Berg", "visits", "United States")}),
    ("invited to an event, passive and active",
     "Ida Berg was invited to the dinner but will not attend the main session. Jon Dahl has invited Eva Holm to the summit in Oslo.",
     {("Ida Berg", "attends", "dinner", "planned"), ("Ida Berg", "attends", "main session", "negated"),
      ("Eva Holm", "attends", "summit", "planned")}, {("Jon Dahl", "attends", "summit")}),
    ("talks between a group and a list: the listed do not meet each other",
     "Berg based her forecast on progress in talks between banks and Norway, Sweden, and Finland.",
     set(), {("Norway", "meets", "Sweden"), ("Sweden", "meets", "Finland"), ("Norway", "meets", "Finland")}),
    ("a title's department inside 'between' is no party",
     "The accord was agreed during talks between Foreign Trade Minister Ida Berg and Jon Dahl.",
     {("Ida Berg", "meets", "Jon Dahl", "happened")}, {("Foreign Trade", "meets", "Ida Berg")}),
    ("an airline flying to a place opens a route",
     "Nordic Airlines Inc said it will fly twice a week to Tromso from May.",
     set(), {("Nordic Airlines", "visits", "Tromso")}),
    ("'as a guest of X'",
     "Ida Berg stayed in Oslo as a guest of Jon Dahl.",
     {("Jon Dahl", "hosts", "Ida Berg", "happened")}, set()),
    ("an acronym before a body's full name is not its acronym",
     "Ida Berg announced a plan to boost investment in AI on Monday.\n"
     "Amnesty International called for a ban on facial recognition in public spaces.",
     {("Amnesty International", "demands", "ban", "happened")}, set()),
    ("a name with a run of particles the recogniser cut",
     "Ida Berg will fly on to Brussels to meet Commission President Anna von der Holm before travelling to Paris.",
     {("Ida Berg", "meets", "Anna von der Holm", "planned")}, set()),
    ("'Mr A and B's President C' parsed as one name",
     "At the palace Dr Berg received guests including Mr Dahl and Norway's President Erik Lund.",
     {("Berg", "hosts", "Dahl", "happened"), ("Berg", "hosts", "Erik Lund", "happened")}, set()),
    ("laying a wreath at a site",
     "Ida Berg will lay a wreath at the Tomb of the Unknown Soldier on Friday.",
     {("Ida Berg", "visits", "Tomb of the Unknown Soldier", "planned")}, set()),
    ("a title's department parsed as the conjunct",
     "Eva Holm is set to visit Washington for negotiations with Treasury Secretary Ida Berg and Commerce Secretary Jon Dahl.",
     {("Eva Holm", "meets", "Ida Berg", "planned"), ("Eva Holm", "meets", "Jon Dahl", "planned")}, set()),
    ("a congress in lower case is a gathering, Congress the legislature",
     "Ida Berg addressed last year's congress. Jon Dahl told Congress the plan would work.",
     {("Ida Berg", "attends", "last year's congress", "happened")}, {("Jon Dahl", "attends", "Congress")}),
    ("a one-word 'person' that says 'it' of itself is a body",
     "Nordline rejected the offer on Monday. Osmond said it remained ready to host further talks.",
     {("Osmond", "hosts", "further talks", "hypothetical")}, {("Nordline", "hosts", "further talks")}),
    ("a body's chief parsed inside the body's 'of' phrase",
     "Delegates protested outside, and Assembly of Northern Nations National Chief Ida Berg called on Jon Dahl to resign.",
     {("Ida Berg", "demands", "Jon Dahl", "happened")}, {("Assembly of Northern Nations", "demands", "Jon Dahl")}),
    ("'this year' is not the gathering of last year named just before",
     "Eva Holm, who addressed last year's summit, will not attend this year.",
     {("Eva Holm", "attends", "last year's summit", "happened")}, set()),
    ("'after meeting Y' in a reported clause whose own subject is an expletive 'it'",
     "Jon Dahl also said that after meeting the special envoy Erik Lund, it was clear that Japan intends to act.",
     {("Jon Dahl", "meets", "Erik Lund", "happened")}, set()),
    ("a two-word demonym before the people a country sent",
     "After talks with South Korean leaders, Ida Berg called the plan an important step.",
     {("Ida Berg", "meets", "South Korea", "happened")}, set()),
    ("a list of the people pressing, hung on what they press for",
     "Ida Berg also met Senate leaders pressing for a tough trade bill, including Senator Jon Dahl, an Ohio Republican.",
     {("Ida Berg", "meets", "Senate", "happened")}, {("Senate", "demands", "Jon Dahl"), ("Senate", "demands", "Ohio")}),
    ("'visiting' before a titled name, parsed as a clause of its own",
     "TOKYO, April 3 - Japan's rice policy is extreme protectionism, visiting U.S. Agriculture Secretary Jon Dahl told a press conference.",
     {("Jon Dahl", "visits", "Japan", "happened")}, set()),
    ("a visit 'here', in a story filed from a capital",
     "TOKYO, April 3 - U.S. House majority leader Jon Dahl yesterday predicted during a visit here that the bill will pass.",
     {("Jon Dahl", "visits", "Japan", "happened")}, set()),
    ("the ministers of three sides listed after the first",
     "Ida Berg held talks with the U.S., Japanese and European Community trade ministers.",
     {("Ida Berg", "meets", "United States", "happened"), ("Ida Berg", "meets", "Japan", "happened"),
      ("Ida Berg", "meets", "European Community", "happened")}, set()),
    ("a courtesy call: 'call on' a person with nothing asked",
     "During his stay, Jon Dahl is scheduled to call on Prime Minister Ida Berg and President Erik Lund.",
     {("Jon Dahl", "meets", "Ida Berg", "planned"), ("Jon Dahl", "meets", "Erik Lund", "planned")},
     {("Jon Dahl", "demands", "Ida Berg"), ("Jon Dahl", "demands", "Erik Lund")}),
    ("'call on' a person to do something is a demand, not a call",
     "Ida Berg called on Jon Dahl to resign.",
     {("Ida Berg", "demands", "Jon Dahl", "happened")}, {("Ida Berg", "meets", "Jon Dahl")}),
    ("'in attendance included' a list the parser made two objects",
     "The Nordic Peace Summit opened on Monday. Leaders in attendance included Swedish Prime Minister Ida Berg, "
     "Danish Prime Minister Jon Dahl and Finnish President Erik Lund.",
     {("Ida Berg", "attends", "Nordic Peace Summit", "happened"), ("Jon Dahl", "attends", "Nordic Peace Summit", "happened"),
      ("Erik Lund", "attends", "Nordic Peace Summit", "happened")}, set()),
    ("a country represented at the gathering named before, in a clause of its own after a negated one",
     "Ida Berg did not attend the council meeting, and Norway was represented by the space agency chief executive Jon Dahl.",
     {("Ida Berg", "attends", "council meeting", "negated"), ("Norway", "attends", "council meeting", "happened"),
      ("Jon Dahl", "attends", "council meeting", "happened")}, set()),
    ("represented by a law firm is no attendance",
     "The court held a status conference on Monday. Nordline is represented by Berg Dahl & Lund.",
     set(), {("Nordline", "attends", "status conference")}),
    ("a list of countries the parser hung on the second name",
     "The regional meeting opens on Monday. He said Egypt, Zambia, Uganda and Mali would be represented.",
     {("Egypt", "attends", "regional meeting", "planned"), ("Zambia", "attends", "regional meeting", "planned"),
      ("Mali", "attends", "regional meeting", "planned")}, set()),
    ("a plan that only unnamed sources tell of is reported",
     "Ida Berg is also expected to meet Jon Dahl, diplomatic sources said.",
     {("Ida Berg", "meets", "Jon Dahl", "reported")}, set()),
    ("a plan a named diplomat tells of stays planned",
     "Ida Berg will visit Oslo on Friday, veteran diplomat Jon Dahl said.",
     {("Ida Berg", "visits", "Oslo", "planned")}, set()),
    ("'call on' a person with something asked for, or no plan, is no courtesy call",
     "Senator Ida Berg called on President Jon Dahl for restraint. Erik Lund called on Prime Minister Eva Holm and "
     "demanded her resignation.",
     set(), {("Ida Berg", "meets", "Jon Dahl"), ("Erik Lund", "meets", "Eva Holm")}),
    ("represented in court, or holding a post, is no attendance",
     "The arbitration hearing began on Monday. Nordline was represented by attorney Jon Dahl. "
     "The conference ended on Friday. Norway is represented by Ambassador Ida Berg.",
     set(), {("Nordline", "attends", "hearing"), ("Norway", "attends", "conference"), ("Jon Dahl", "attends", "hearing")}),
    ("'both sides' far back only for two who were to talk",
     "Rebels seized the town on Monday. Germany and France condemned the attack. The fighting displaced thousands. "
     "Aid groups warned of hunger. The army vowed to retake the town. Senator Ida Berg called on both sides to stop.",
     set(), {("Ida Berg", "demands", "Germany"), ("Ida Berg", "demands", "France")}),
    ("a second object after a comma is the speaker, not a list",
     "Ida Berg will meet Jon Dahl on Friday, the president's spokesman, Erik Lund, said.",
     {("Ida Berg", "meets", "Jon Dahl", "planned")}, {("Ida Berg", "meets", "Erik Lund")}),
    ("a department with an 'and' in it before a title and a name",
     "The ceremony was attended by EU Energy Commissioner Jon Dahl and Dutch Climate and Green Growth Minister Ida Berg.",
     {("Jon Dahl", "attends", "ceremony", None), ("Ida Berg", "attends", "ceremony", None)},
     {("Dutch Climate", "attends", "ceremony")}),
    ("a possessor in a fronted phrase is who the pronoun is",
     "President Jon Dahl spoke on Monday. After Erik Lund's arrival in Oslo, he met Chancellor Ida Berg.",
     {("Erik Lund", "meets", "Ida Berg", "happened")}, {("Jon Dahl", "meets", "Ida Berg")}),
    ("a named man who is the main subject over a surname alone",
     "President Jon Dahl said Oduya had resigned and that he would fly to Lagos on Friday to pick a successor.",
     {("Jon Dahl", "visits", "Lagos", "planned")}, {("Oduya", "visits", "Lagos")}),
    ("a courtesy call at a place",
     "Foreign Minister Ida Berg is expected to call on King Harald at the palace during her stay.",
     {("Ida Berg", "meets", "Harald", "planned")}, {("Ida Berg", "demands", "Harald")}),
    ("a briefing for aid agencies is hosted",
     "The Norwegian foreign ministry held a briefing for aid agencies in Oslo on Monday.",
     {("foreign ministry", "hosts", "briefing", "happened")}, set()),
    ("'the minister' after a plural 'ministers'",
     "Finance Minister Jon Dahl arrived in Oslo on Monday for talks with other finance ministers. "
     "The minister met Chancellor Ida Berg on Tuesday.",
     {("Jon Dahl", "meets", "Ida Berg", "happened")}, set()),
    ("opening a day of an event is attending it",
     "President Jon Dahl opened the second day of the Arctic summit in Oslo.",
     {("Jon Dahl", "attends", "Arctic summit", "happened")}, set()),
    ("a department with 'and' in it, conjoined to a name",
     "In Hong Kong, Jon Dahl will hold meetings on April 27 with Governor Erik Lund and Trade and Industry Secretary Eva Holm.",
     {("Jon Dahl", "meets", "Erik Lund", "planned"), ("Jon Dahl", "meets", "Eva Holm", "planned")},
     {("Jon Dahl", "meets", "Trade and Industry")}),
    ("a title and a name with a weekday after it",
     "The moves followed a meeting between Ida Berg, Finance Minister Erik Lund and U.S. Treasury Secretary Jon Dahl Monday in Frankfurt.",
     {("Ida Berg", "meets", "Jon Dahl", "happened")}, {("Ida Berg", "meets", "Jon Dahl Monday")}),
    ("a person before 'and' and a titled name is no department",
     "Yesterday, Ida Berg held talks with Vice President Jon Dahl, Secretary of State Erik Lund and Commerce Secretary Eva Holm.",
     {("Ida Berg", "meets", "Jon Dahl", "happened"), ("Ida Berg", "meets", "Erik Lund", "happened"),
      ("Ida Berg", "meets", "Eva Holm", "happened")}, set()),
    ("opening a building at a ceremony is no attendance",
     "Nordline said it had opened its first terminal in Rotterdam, at a ceremony attended by Commissioner Jon Dahl. "
     "Ida Berg opened the summit on Monday.",
     {("Jon Dahl", "attends", "ceremony", None), ("Ida Berg", "attends", "summit", "happened")},
     {("Nordline", "attends", "ceremony")}),
    ("a crime alleged is no demand",
     "Jon Dahl arrived. He is the first public official to be indicted for demanding money from Nordline Corp.",
     set(), {("Jon Dahl", "demands", "Nordline")}),
    ("unnamed sources somewhere",
     "Diplomatic sources in Bonn said Ida Berg would leave early tomorrow for Zurich after meeting Jon Dahl this evening.",
     {("Ida Berg", "meets", "Jon Dahl", "reported"), ("Ida Berg", "visits", "Zurich", "reported")}, set()),
    ("a briefing for the media is no hosted event",
     "Nordline held a briefing for the media on Monday.",
     set(), {("Nordline", "hosts", "briefing")}),
    ("a name compounded with a hyphen keeps the name",
     "Ida Berg met Jon Dahl-led officials on Monday.",
     set(), {("Ida Berg", "meets", "Jon Dahl-led")}),
    ("'the minister' after another minister was described is not the one named before",
     "Finance Minister Ida Berg spoke on Monday. A minister from Sweden will visit Oslo. The minister will meet Jon Dahl.",
     set(), {("Ida Berg", "meets", "Jon Dahl")}),
    ("a would-be first is no fact",
     "Ida Berg would be the first leader to visit Oslo since the war.",
     set(), {("Ida Berg", "visits", "Oslo")}),
    ("a dateline ending in a colon is not the subject",
     "CEBU, Philippines: ASEAN foreign ministers on Thursday pressed Myanmar to halt air strikes.",
     {("ASEAN", "demands", "Myanmar", "happened")}, {("CEBU", "demands", "Myanmar")}),
    ("a hyphenated given name the tokenizer cut",
     "Ida Berg is scheduled to meet Prime Minister Kim Min-seok on Tuesday.",
     {("Ida Berg", "meets", "Kim Min-seok", "planned")}, set()),
    ("the party's leader named in an apposition hung on the party",
     "The leader of the Nordic Democratic Party, Jon Dahl, urged Ida Berg to call an emergency meeting.",
     {("Jon Dahl", "demands", "Ida Berg", "happened")}, {("=Nordic Democratic Party", "demands", "Ida Berg")}),
    ("praying at a named site is being there",
     "Jon Dahl will pray at the tomb of Saint Charbel. He will then pray in silence at the site of the 2020 port explosion.",
     {("Jon Dahl", "visits", "tomb of Saint Charbel", "planned"),
      ("Jon Dahl", "visits", "site of the 2020 port explosion", "planned")}, set()),
    ("a firm's site toured",
     "Jon Dahl and Ida Berg toured the Airbus Defence and Space site in Bremen, where the modules are assembled.",
     {("Jon Dahl", "visits", "Airbus Defence and Space site", "happened"),
      ("Ida Berg", "visits", "Airbus Defence and Space site", "happened")}, set()),
    ("a speaker at the event a 'where' clause hangs on",
     "Nordline will hold a rally outside the hospital Monday evening, where Ida Berg is scheduled to speak.",
     {("Nordline", "hosts", "rally", "planned"), ("Ida Berg", "attends", "rally", "planned")}, set()),
    ("a briefing given for guests is hosted; one for reporters is not",
     "OCHA will host a briefing for donors in Geneva on 5 February. UNICEF held a briefing for reporters on Monday.",
     {("OCHA", "hosts", "briefing", "planned")}, {("UNICEF", "hosts", "briefing")}),
    ("a past tense the parser hung on the name, after a participle",
     "Jon Dahl, speaking at a plenary session, called on Beijing to halt the drills.",
     {("Jon Dahl", "demands", "China", "happened"), ("Jon Dahl", "attends", "plenary session", "happened")}, set()),
    ("stopping something somewhere is no stop there",
     "Jon Dahl called on Beijing to stop its coercive actions in the South China Sea. Ida Berg stopped in Rome on Monday.",
     {("Jon Dahl", "demands", "China", "happened"), ("Ida Berg", "visits", "Rome", "happened")},
     {("China", "visits", "South China Sea")}),
    ("the first leader to be hosted: the leader is the subject of 'is'",
     "Jon Dahl, who arrived in Oslo on Sunday, is the first foreign leader to be hosted by Ida Berg since she took office.",
     {("Ida Berg", "hosts", "Jon Dahl", "happened")}, set()),
    ("a subject pronoun after a fronted phrase naming someone else",
     "World Bank President Jon Dahl arrived in Jakarta on Saturday. Speaking to reporters after talks with "
     "President Erik Lund, he said he expected reforms.",
     {("Jon Dahl", "meets", "Erik Lund", "happened")}, set()),
    ("a country's regulators at a meeting",
     "The meeting will also be attended by regulators from Australia, Britain and Singapore.",
     {("Australia", "attends", "meeting", "planned"), ("Singapore", "attends", "meeting", "planned")}, set()),
    ("'both sides' of a dispute named paragraphs before",
     "Nordline and the Transport Workers Union are due to meet again on Tuesday. The union wants a 9% rise. "
     "Nordline offered 4%. Shares fell 2%. The strike costs $1 million a day. Analysts were cautious. "
     "Senator Ida Berg called on both sides to reach a deal.",
     {("Ida Berg", "demands", "Nordline", "happened"), ("Ida Berg", "demands", "Transport Workers Union", "happened")}, set()),
    ("'the minister' after a titled minister",
     "Finance Minister Ida Berg returned today. The minister attended a meeting of the Group of Seven (G-7) in Washington.",
     {("Ida Berg", "attends", "meeting", "happened")}, set()),
    # the gathering an article is about, for whatever refers to it without naming it
    ("absence paragraphs after the gathering was named: the article's gathering, not a nearer one",
     "Ida Berg told the G20 summit in Oslo that Norway would cut emissions. She is one of the few leaders at the "
     "summit. Jon Dahl met Ida Berg on Monday. Eva Lund called on Sweden to act. Sweden had asked for a delay. "
     "Neither Erik Lund nor Anna Holm is attending.",
     {("Erik Lund", "attends", "G20 summit", "negated"), ("Anna Holm", "attends", "G20 summit", "negated")}, set()),
    ("barred from attending: negated",
     "The G20 summit opened in Oslo on Monday. Ida Berg was again barred from attending.",
     {("Ida Berg", "attends", "G20 summit", "negated")}, set()),
    ("declining an invitation to an event: negated attendance",
     "The Nordic summit opened in Oslo on Monday. Norway declined an invitation to the summit.",
     {("Norway", "attends", "Nordic summit", "negated")}, set()),
    ("accepting an invitation to an event: planned attendance",
     "Ida Berg has accepted an invitation to the Nordic summit in Oslo.",
     {("Ida Berg", "attends", "Nordic summit", "planned")}, set()),
    ("his first summit is the summit, not a 'first summit'",
     "Ida Berg attended her first Nordic summit on Sunday. Jon Dahl skipped the summit.",
     {("Ida Berg", "attends", "Nordic summit", "happened"), ("Jon Dahl", "attends", "Nordic summit", "negated")}, set()),
    ("a legislator's party and district are no party to the fact",
     "The G20 summit opened in Oslo on Monday. State Rep. Dana Whitcomb, R-Harlan Falls, did not attend.",
     set(), {("Harlan Falls", "attends", "G20 summit")}),
    ("talks on the sidelines of a summit: both parties were there",
     "The G20 summit opened in Rome on Saturday. On the sidelines of the summit, Ida Berg held talks with Jon Dahl.",
     {("Ida Berg", "attends", "G20 summit", "happened"), ("Jon Dahl", "attends", "G20 summit", "happened"),
      ("Ida Berg", "meets", "Jon Dahl", "happened")}, set()),
    ("bare 'on the sidelines': of the gathering the article is about",
     "The G20 summit opened in Rome on Saturday. Ida Berg met Eva Lund on the sidelines.",
     {("Ida Berg", "attends", "G20 summit", "happened"), ("Eva Lund", "attends", "G20 summit", "happened")}, set()),
    ("left on the sidelines is no presence",
     "The G20 summit opened in Rome on Saturday. Ida Berg was left on the sidelines.",
     set(), {("Ida Berg", "attends", "G20 summit")}),
    ("a plenary session is a sitting of the gathering the article is about",
     "The G20 summit opened in Oslo on Friday. Ida Berg was received by Eva Lund before the plenary session, "
     "which was also attended by Jon Dahl and Erik Lund.",
     {("Jon Dahl", "attends", "G20 summit", "happened"), ("Erik Lund", "attends", "G20 summit", "happened")},
     {("Jon Dahl", "attends", "plenary session")}),
    ("a session with a date of its own is another meeting",
     "Finance officials will hold talks with France on April 17 in Tokyo, after a first session in May last year.",
     set(), {("Finance officials", "attends", "Tokyo")}),
    ("an occasion at the gathering is not the gathering",
     "Leaders arrived for the G20 summit in Oslo. Ida Berg was invited to the dinner but will not attend the main "
     "session on Wednesday.",
     {("Ida Berg", "attends", "dinner", "planned")}, set()),
    ("telling delegates at the gathering the article is about",
     "The G20 summit opened in Oslo on Sunday. Trade minister Jon Dahl is due to address delegates on Tuesday.",
     {("Jon Dahl", "attends", "G20 summit", "planned")}, set()),
    ("a participle after an object-control infinitive is the urger's",
     "Leaders arrived in Munich for the Munich Security Conference. Ida Berg urged Europe to build its own army, "
     "telling delegates that the old days were over.",
     {("Ida Berg", "attends", "Munich Security Conference", "happened")},
     {("Europe", "attends", "Munich Security Conference")}),
    ("'did not' does not reach a past verb coordinated with it",
     "The G20 summit opened on Monday. Ida Berg did not travel to Oslo and joined the meetings by video link.",
     {("Ida Berg", "visits", "Oslo", "negated"), ("Ida Berg", "attends", "meetings", "happened")}, set()),
    ("a relative clause coordinated with another: which she did not attend",
     "Officials met in Oslo, at a meeting to which Nordic Union president Ida Berg had been invited but which "
     "she did not attend.",
     {("Ida Berg", "attends", "meeting", "negated")}, set()),

    ("a fronted phrase's participle: the host of the meeting is no party to what the subject does",
     "At the meeting in Kabul, hosted by foreign minister Jon Dahl, Erik Lund called on Norway to act.",
     {("Jon Dahl", "hosts", "meeting", "happened"), ("Erik Lund", "attends", "meeting", "happened"),
      ("Erik Lund", "demands", "Norway", "happened")},
     {("Jon Dahl", "demands", "Norway"), ("Erik Lund", "hosts", "meeting")}),
    ("asked by reporters after a speech: the speech is the one asked's",
     "Asked by reporters after a speech before the Nordic Fitness Foundation banquet what levels had been set, "
     "Jon Dahl replied that he never discussed them.",
     {("Jon Dahl", "attends", "Nordic Fitness Foundation banquet", "happened")}, set()),
    ("walking out of talks: they were talking, and were there",
     "The Nordic Doctors Union on Monday walked out of talks with the Ministry of Health.",
     {("Nordic Doctors Union", "meets", "Ministry of Health", "happened"),
      ("Nordic Doctors Union", "attends", "talks", "happened")}, set()),
    ("walking out of a house is no event",
     "Ida Berg walked out of the house in Oslo.",
     set(), {("Ida Berg", "attends", "house")}),

    ("'the two leaders' are not the spokesperson who told of them",
     "Ida Berg held talks with Nordic Party chief Jon Dahl in Oslo. During the talks, Ida Berg asked the Nordic "
     "leader to back the plan, presidential spokesperson Eva Lund told a briefing. The two leaders later attended a "
     "state dinner.",
     {("Ida Berg", "attends", "state dinner", "happened"), ("Jon Dahl", "attends", "state dinner", "happened")},
     {("Eva Lund", "attends", "state dinner")}),
    ("'the assembly' after the named assembly, past next year's",
     "Member states adopted the agreement at the World Health Assembly. The director called for a deal before next "
     "year's assembly. Vice Premier Jon Dahl addressed the assembly on Monday.",
     {("Jon Dahl", "attends", "World Health Assembly", "happened")}, set()),
    ("'the summit' after next week's named summit",
     "Dealers said Japan might come under pressure at next week's Venice summit. Ida Berg is due to attend the summit.",
     {("Ida Berg", "attends", "Venice summit", "planned")}, set()),

    ("received at an office in a city: the guest came to the city",
     "Turkish President Ida Berg received Syrian President Jon Dahl at the Dolmabahce Presidential Office in "
     "Istanbul on Saturday.",
     {("Ida Berg", "hosts", "Jon Dahl", "happened"), ("Jon Dahl", "visits", "Istanbul", "happened")},
     {("Ida Berg", "visits", "Istanbul")}),
    ("hosted at a banquet in a hall: no journey to the hall",
     "Premier Ida Berg hosted Jon Dahl at a banquet in the Great Hall of the People.",
     {("Ida Berg", "hosts", "Jon Dahl", "happened")}, {("Jon Dahl", "visits", "Great Hall of the People")}),
    ("receiving an award is no guest",
     "Ida Berg received the award in Oslo.", set(), {("Ida Berg", "visits", "Oslo")}),
    ("welcoming delegates to a meeting is hosting it",
     "The University of Calder Bay this week welcomed delegates from 14 institutions to the annual meeting of the "
     "Polar Data Council.",
     {("University of Calder Bay", "hosts", "annual meeting", "happened")}, set()),
    ("a gathering that opened with someone's speech",
     "The Nordic summit opened in Oslo with a speech by Ida Berg.",
     {("Ida Berg", "attends", "Nordic summit", "happened")}, set()),
    ("a numbered congress is a gathering, not a legislature",
     "World Athletics President Jon Dahl opened the federation's 55th Congress in Tokyo on Thursday.",
     {("Jon Dahl", "attends", "55th Congress", "happened")}, set()),
    ("a relative clause the parser made a clause of its own: which X will also attend",
     "The Sultan is scheduled to host a state banquet in honour of the visiting president at the palace tonight, "
     "which Ida Berg will also attend.",
     {("Ida Berg", "attends", "state banquet", "planned")}, set()),
    ("both leaders, one of them the one who said it",
     "Ida Berg spoke to Jon Dahl by phone. Ida Berg said she hoped to see Jon Dahl again at the G7 summit in June, "
     "which both leaders are expected to attend.",
     {("Ida Berg", "attends", "G7 summit", "planned"), ("Jon Dahl", "attends", "G7 summit", "planned")}, set()),

    ("'the three leaders': the three coordinated before, companions included",
     "Ida Berg, together with President Jon Dahl and President Erik Lund, attended the opening of the Nordic summit. "
     "Eva Lund later hosted a banquet for the three leaders.",
     {("Eva Lund", "hosts", "Ida Berg", "happened"), ("Eva Lund", "hosts", "Jon Dahl", "happened"),
      ("Eva Lund", "hosts", "Erik Lund", "happened")}, set()),
    ("an indefinite number of nations is no group named before",
     "Delegates from Norway, Sweden, Finland and five other nations will take part in the Nordic strategy session.",
     {("Norway", "attends", "Nordic strategy session", "planned")}, set()),
    ("a relative clause on the last of a list is about the last",
     "Ida Berg met Jon Dahl and Erik Lund, who had flown to Oslo on Monday.",
     {("Erik Lund", "visits", "Oslo", "happened")}, {("Jon Dahl", "visits", "Oslo")}),

    ("'the crown prince', 'the prince': the prince the article named",
     "Crown Prince Erik Lund was thanked for his country's help. The prince met Vice President Jon Dahl on Monday. "
     "Jon Dahl said he had asked the crown prince to lift a ban on exports.",
     {("Erik Lund", "meets", "Jon Dahl", "happened"), ("Jon Dahl", "demands", "Erik Lund", "happened")}, set()),

    # found by an independent review of this session's change: what it must not do
    ("the sayer is none of 'the two leaders' it tells of",
     "Tomas Kelb met Ana Lund in Oslo on Monday. Mira Saar said she believed the two leaders would meet again in Bergen.",
     {("Tomas Kelb", "meets", "Ana Lund", "planned")}, {("Mira Saar", "meets", "Ana Lund")}),
    ("declining an invitation, then attending after all",
     "Tomas Kelb initially declined an invitation to the Arctic Council summit, but attended after all.",
     {("Tomas Kelb", "attends", "Arctic Council summit", "happened")}, set()),
    ("a cancelled trip is still negated",
     "Ida Berg has cancelled her trip to Oslo.", {("Ida Berg", "visits", "Oslo", "negated")}, set()),
    ("on the sidelines elsewhere is not at the article's summit",
     "The Arctic Council summit will be held in Bergen in June. On Monday, in Rome, Tomas Kelb met Ana Lund on the "
     "sidelines.",
     {("Tomas Kelb", "meets", "Ana Lund", "happened")}, {("Tomas Kelb", "attends", "Arctic Council summit")}),
    ("told delegates at another conference: that conference only",
     "The Arctic Council summit opened in Tromso on Monday. Foreign Minister Tomas Kelb told delegates at a "
     "fisheries conference in Bergen that quotas would fall.",
     {("Tomas Kelb", "attends", "fisheries conference", "happened")}, {("Tomas Kelb", "attends", "Arctic Council summit")}),
    ("not meeting on the sidelines tells no presence",
     "The Pacific Rim summit opened in Lima on Monday. Tomas Kelb did not meet Ana Lund on the sidelines.",
     set(), {("Tomas Kelb", "attends", "Pacific Rim summit")}),
    ("attending to matters at home is no attendance",
     "The Arctic Council summit opened in Tromso on Monday. Fish quotas fell. A new fund was set up. Prices rose. "
     "Boats stayed in port. Ana Lund said she was attending to urgent matters at home.",
     set(), {("Ana Lund", "attends", "Arctic Council summit")}),
    ("received into hospital is no visit", "Tomas Kelb was received into hospital in Oslo.", set(),
     {("Tomas Kelb", "visits", "Oslo")}),
    ("a numbered legislature is no gathering", "Tomas Kelb told the 118th Congress that the budget was sound.", set(),
     {("Tomas Kelb", "attends", "118th Congress")}),

    # tenth session
    ("companions of a traveller, in the sentence after the trip",
     "Prime Minister Ida Berg flew to Riyadh on Monday. She was accompanied by Foreign Minister Jon Dahl and "
     "Finance Minister Erik Lund.",
     {("Jon Dahl", "visits", "Riyadh", "happened"), ("Erik Lund", "visits", "Riyadh", "happened")}, set()),
    ("companions of a traveller, in a relative clause",
     "Ida Berg, who arrived at Tromso Airport on Thursday night, was accompanied by Chancellor Jon Dahl.",
     {("Jon Dahl", "visits", "Tromso Airport", "happened")}, set()),
    ("companions of a trip that did not happen go nowhere",
     "Ida Berg did not travel to Oslo. She was accompanied by Jon Dahl.", set(), {("Jon Dahl", "visits", "Oslo")}),
    ("a reception told as a meeting in the next sentence",
     "President Ida Berg received Prime Minister Jon Dahl at the palace in Oslo on Saturday. The closed-door meeting "
     "lasted two hours.",
     {("Ida Berg", "hosts", "Jon Dahl", "happened"), ("Ida Berg", "meets", "Jon Dahl", "happened")}, set()),
    ("a reception followed by another body's meeting: the two met at the reception, not at the board's meeting",
     "Ida Berg received Jon Dahl in Oslo. The meeting of the central bank board followed.",
     {("Ida Berg", "hosts", "Jon Dahl", "happened"), ("Ida Berg", "meets", "Jon Dahl", "happened")},
     {("Ida Berg", "attends", "meeting"), ("Jon Dahl", "attends", "meeting")}),
    ("a body's acronym and a lower-case title before a name in a list",
     "The meeting was attended by Defence Minister Jon Dahl and Arctic Intelligence Service (AIS) chief Erik Lund, "
     "as well as Foreign Minister Ana Lund.",
     {("Erik Lund", "attends", "meeting", "happened"), ("Ana Lund", "attends", "meeting", "happened")},
     {("Arctic Intelligence Service", "attends", "meeting")}),
    ("a title with its department after it, in a list",
     "Deputy Premier Jon Dahl and Minister for Foreign Affairs Helen Marsh took part in the plenary session.",
     {("Helen Marsh", "attends", "plenary session", "happened")}, {("Affairs", "attends", "plenary session")}),
    ("his host: who received him",
     "President Ida Berg received Prime Minister Jon Dahl in Oslo on Friday. During the meeting, Dahl asked his host "
     "to open the market further.",
     {("Jon Dahl", "demands", "Ida Berg", "happened")}, set()),
    ("the two countries: the countries of the two leaders",
     "Norwegian Crown Prince Erik Lund received Swedish President Ida Berg in Oslo on Monday. In a joint statement, "
     "the two countries called for an end to the blockade.",
     {("Norway", "demands", "end", "happened"), ("Sweden", "demands", "end", "happened")}, set()),
    ("a second title given with 'and'",
     "Norwegian Crown Prince and Prime Minister Erik Lund received Ida Berg. Berg held talks with the crown prince.",
     {("Ida Berg", "meets", "Erik Lund", "happened")}, set()),
    ("a summit to be hosted, after a comma",
     "Ida Berg is expected to attend an emergency summit on fisheries, to be hosted by Norway on Tuesday.",
     {("Norway", "hosts", "emergency summit", "planned")}, set()),
    ("insisted that ... with the bare verb: a demand",
     "Premier Ida Berg insisted that Norway scrap the emissions cap.", {("Ida Berg", "demands", "Norway", "happened")},
     set()),
    ("insisted that ... was: a claim, no demand",
     "Premier Ida Berg insisted that Norway was right.", set(), {("Ida Berg", "demands", "Norway")}),
    ("the kingdom: the country whose capital the trip went to",
     "Prime Minister Jon Dahl arrived in Oslo on Monday. He urged the kingdom to expedite the investment package.",
     {("Jon Dahl", "demands", "Norway", "happened")}, set()),
    ("the federal government: the country the article is about",
     "Prime Minister Jon Dahl met Canada's provincial premiers in Halifax to discuss Canada's trade barriers. Premier Ida Berg urged the federal "
     "government to match the province's spending.",
     {("Ida Berg", "demands", "Canada", "happened")}, set()),
    ("a name after a ceremony's 'at' is where it was held",
     "Jon Dahl was accorded an official welcoming ceremony at Taman Budiman before the two leaders held talks. "
     "Ida Berg attended.",
     set(), {("Jon Dahl", "meets", "Taman Budiman")}),
    ("represented at the summit by a minister: both take part",
     "The Arctic Council summit opened in Tromso on Thursday. Norway was represented at the summit by Foreign "
     "Minister Ida Berg.",
     {("Norway", "attends", "Arctic Council summit", "happened"), ("Ida Berg", "attends", "Arctic Council summit", "happened")},
     set()),
    ("a leader who stayed away and was represented: the one sent attends",
     "Leaders gathered in Tromso on Saturday for the Arctic Council summit. President Jon Dahl did not travel to "
     "Tromso and was represented by Foreign Minister Ida Berg.",
     {("Ida Berg", "attends", "Arctic Council summit", "happened"), ("Jon Dahl", "visits", "Tromso", "negated")},
     {("Jon Dahl", "attends", "Arctic Council summit")}),
    ("'along with' another attendee",
     "Jon Dahl attended the summit, along with President Ida Berg.",
     {("Ida Berg", "attends", "summit", "happened")}, set()),
    ("a heads of state summit, the parser making 'heads' the object",
     "President Ida Berg hosted the Nordic heads of state summit in Tromso on Saturday.",
     {("Ida Berg", "hosts", "Nordic heads of state summit", "happened")}, set()),
    ("the next summit is another one",
     "Ida Berg hosted the summit in Tromso on Saturday. Jon Dahl said Norway would host the next summit in Bergen.",
     {("Norway", "hosts", "next summit", "planned")}, {("Norway", "hosts", "summit in Tromso")}),
    ("welcomed by someone named: a host",
     "Bishop Ida Berg was welcomed by the mayor of Oslo, Jon Dahl, at the town hall.",
     {("Jon Dahl", "hosts", "Ida Berg", "happened")}, set()),
    ("a plan welcomed is no guest", "The plan was welcomed by Jon Dahl.", set(), {("Jon Dahl", "hosts", "plan")}),
    ("a meeting of a body's ministers: the meeting is hosted",
     "Norway will host a meeting of NATO defence ministers in June.",
     {("Norway", "hosts", "meeting", "planned")}, set()),
    ("the Taoiseach's title is no part of his name",
     "The Taoiseach Micheál Martin has hosted the British prime minister Keir Starmer in Cork.",
     {("Micheál Martin", "hosts", "Keir Starmer", "happened")}, set()),
    ("'the meeting' is the one the text brought in last, not an earlier one",
     "Norway held its position before the recent Arctic Council meeting. Commenting on a fishing nations' meeting in "
     "Tromso last weekend, Jon Dahl said the talks went well. \"In the meeting we agreed to cooperate,\" Dahl said.",
     {("Jon Dahl", "attends", "fishing nations' meeting", "happened")}, {("Jon Dahl", "attends", "Arctic Council meeting")}),
    ("an event told later as new is not the one a definite phrase named before",
     "Ida Berg called on the Arctic Council to approve the pact at its January meeting. Jon Dahl, who held a bilateral "
     "meeting with Erik Lund on Friday, said the pact was ready.",
     {("Jon Dahl", "meets", "Erik Lund", "happened")}, {("Arctic Council", "attends", "bilateral meeting")}),
    # found by the independent review of this change
    ("'or been received' stays under the 'never'",
     "President Jon Dahl has never travelled to Kyiv or been received by President Ida Berg.",
     {("Ida Berg", "hosts", "Jon Dahl", "negated")}, set()),
    ("'could fly and be received': both hypothetical",
     "President Jon Dahl could fly to Oslo next month and be received by King Erik Lund.",
     {("Erik Lund", "hosts", "Jon Dahl", "hypothetical")}, set()),
    ("the kingdom is the one travelled to, not a capital named otherwise",
     "Senator Ida Berg flew to Amman from Washington. She urged the kingdom to accept more refugees.",
     {("Ida Berg", "demands", "Jordan", "happened")}, {("Ida Berg", "demands", "United States")}),
    ("the kingdom of heaven is no country",
     "President Jon Dahl flew to Paris on Monday. He urged the kingdom of heaven to come.", set(),
     {("Jon Dahl", "demands", "France")}),
    ("a companion of last year's trip did not come on next week's",
     "President Jon Dahl will fly to Riyadh next week. Last year he was accompanied by Senator Ida Berg.", set(),
     {("Ida Berg", "visits", "Riyadh")}),
    ("a companion comes on the main trip, not on one named in passing",
     "President Jon Dahl flew to Oslo on Monday, his first trip since he visited Kyiv in 2019. This time he was "
     "accompanied by Senator Ida Berg.",
     {("Ida Berg", "visits", "Oslo", "happened")}, {("Ida Berg", "visits", "Kyiv")}),
    ("the host who escorts a guest is no traveller",
     "President Jon Dahl arrived in Lagos on Monday, where he was greeted by Governor Erik Lund. He was accompanied "
     "by the governor throughout the visit.", set(), {("Erik Lund", "visits", "Lagos")}),
    ("'the two countries' after three leaders: unclear",
     "French President Jon Dahl met German Chancellor Ida Berg and Italian Prime Minister Erik Lund in Rome. The two "
     "countries called for a ceasefire.", set(), {("Italy", "demands", "ceasefire"), ("Germany", "demands", "ceasefire")}),
    ("'the coming summit' is the summit named before",
     "Chile will host the Pacific Forum summit in November. Prime Minister Ida Berg confirmed she will attend the "
     "coming summit.", {("Ida Berg", "attends", "Pacific Forum summit", "planned")}, set()),
    ("a firm named after a storm word is a firm",
     "Prime Minister Ida Berg met the board of Hurricane Energy in London.",
     {("Ida Berg", "meets", "Hurricane Energy", "happened")}, set()),
    ("awards named after a title are no person",
     "President Jon Dahl attended the Governor General Awards in Ottawa.",
     {("Jon Dahl", "attends", "Governor General Awards", "happened")}, set()),
    ("welcomed to a club is joining, no hosting",
     "Striker Jon Dahl was welcomed to the club by manager Erik Lund on Monday.", set(), {("Erik Lund", "hosts", "Jon Dahl")}),
    ("her host: who received her last, in the passive too",
     "President Jon Dahl received Senator Ida Berg on Monday. On Tuesday, Berg was received by King Erik Lund in "
     "Riyadh. Berg urged her host to free the activists.",
     {("Ida Berg", "demands", "Erik Lund", "happened")}, {("Ida Berg", "demands", "Jon Dahl")}),
    ("'the British side' is the country",
     "British Prime Minister Jon Dahl met Ida Berg in Cork. Sources said Ms Berg had pressed the British side to drop "
     "the remaining provisions.", {("Ida Berg", "demands", "United Kingdom", "reported")}, set()),
    ("a past verb after a relative clause is the antecedent's, wherever the parser hung it",
     "Party president Ida Berg, who addressed the crowd, called on Norway to set a date for a referendum.",
     {("Ida Berg", "demands", "Norway", "happened")}, set()),
    ("a storm is no traveller",
     "Prime Minister Jon Dahl returned to Tarnby, the parish hardest hit by Hurricane Edda, with Ida Berg. "
     "The two leaders toured the harbour town of Vik.",
     {("Jon Dahl", "visits", "Vik", "happened"), ("Ida Berg", "visits", "Vik", "happened")},
     {("Hurricane Edda", "visits", "Vik")}),
    # -- constructions of the twelfth session (fresh news batch 8, and the dev misses of batches 1-7)
    ("a list of names each after its country's possessive, parsed as one",
     "The summit was attended by Norway's Ida Berg and Sweden's Jon Dahl.",
     {("Ida Berg", "attends", "summit", "happened"), ("Jon Dahl", "attends", "summit", "happened")}, set()),
    ("a long name after a country's possessive, next to a person",
     "Xi met Brazil's Luiz Inácio Lula da Silva and Argentina's Javier Milei on Monday.",
     {("Luiz Inácio Lula da Silva", "meets", "Xi", "happened"), ("Javier Milei", "meets", "Xi", "happened")}, set()),
    ("a relative clause on an event's time, as object",
     "Ida Berg will not attend a business forum in Oslo on Saturday, which Jon Dahl will address in her place.",
     {("Ida Berg", "attends", "business forum", "negated"), ("Jon Dahl", "attends", "business forum", "planned")}, set()),
    ("'at which' hung on the clause's 'is', read for the verb under 'due to'",
     "The programme includes an event hosted by the Norden Institute, at which Ida Berg is due to speak.",
     {("Ida Berg", "attends", "event", "planned")}, set()),
    ("an indefinite event told by who hosts it, and the partner met there",
     "Organisers said Ida Berg would meet Jon Dahl at a conference hosted by the Norden Federation.",
     {("Ida Berg", "attends", "conference", None), ("Jon Dahl", "attends", "conference", None)}, set()),
    ("an indefinite event with no more said is no attendance",
     "Ida Berg met Jon Dahl at a conference on Monday.",
     {("Ida Berg", "meets", "Jon Dahl", "happened")}, {("Ida Berg", "attends", "conference")}),
    ("a keynote given at the gathering the article is about",
     "The Norden Dialogue opened in Oslo on Friday. Ida Berg, who gave the keynote address on the opening night, "
     "said Europe must act.",
     {("Ida Berg", "attends", "Norden Dialogue", "happened")}, set()),
    ("a keynote in a 'where' clause on a ceremony",
     "Jon Dahl attended the opening ceremony of the Norden Forum, where Ida Berg delivered a keynote speech.",
     {("Ida Berg", "attends", "Norden Forum", "happened")}, set()),
    ("a farewell address in a 'who' clause is the clause's subject's",
     "The Norden summit opened on Monday. Ida Berg took over the chair from Jon Dahl, who in his farewell address "
     "urged members to act.",
     {("Jon Dahl", "attends", "Norden summit", "happened")}, {("Ida Berg", "attends", "Norden summit")}),
    ("a speech given elsewhere is no attendance of the gathering",
     "The Norden summit opened on Sunday. Jon Dahl gave a speech in Bergen on Monday.",
     set(), {("Jon Dahl", "attends", "Norden summit")}),
    ("an organisation's own dialogue is no event",
     "The Institute for Strategic Dialogue said it had met the ministry.",
     set(), set()),
    ("two titled names read as one run of compounds",
     "Council President Ida Berg and Commission President Ursula von der Leyen arrived in Oslo on Sunday.",
     {("Ida Berg", "visits", "Oslo", "happened"), ("Ursula von der Leyen", "visits", "Oslo", "happened")}, set()),
    ("a name with particles coordinated with another",
     "Jon Dahl and Ursula von der Leyen arrived in Oslo on Sunday. On Monday, they will be hosted by President Ida Berg.",
     {("Jon Dahl", "visits", "Oslo", "happened"), ("Ida Berg", "hosts", "Jon Dahl", "planned"),
      ("Ida Berg", "hosts", "Ursula von der Leyen", "planned")}, set()),
    ("two guests each after a body and a lower-case title",
     "Prime Minister Ida Berg received FNBA president Jon Dahl and JLA president Erik Lund at the palace on Tuesday.",
     {("Ida Berg", "hosts", "Jon Dahl", "happened"), ("Ida Berg", "hosts", "Erik Lund", "happened")}, set()),
    ("a town no gazetteer knows, where one goes",
     "Deputy Prime Minister Ida Berg is scheduled to travel to Quang Ngai on Monday.",
     {("Ida Berg", "visits", "Quang Ngai", "planned")}, set()),
    ("two agents of a passive",
     "The lunch was attended by members of the Norden Council and by State Sen. Jon Dahl.",
     {("Jon Dahl", "attends", "lunch", "happened")}, set()),
    ("places of the communes visited, the parser hanging 'in' on the verb",
     "Prime Minister Ida Berg on Sunday visited flood-hit communes in Hue and Da Nang.",
     {("Ida Berg", "visits", "Hue", "happened"), ("Ida Berg", "visits", "Da Nang", "happened")}, set()),
    ("a school a shelter is at",
     "Ida Berg inspected a dyke and visited an evacuation shelter at Phu Vang Secondary School.",
     {("Ida Berg", "visits", "Phu Vang Secondary School", "happened")}, set()),
    ("a modal after 'but' is not under the first verb's 'not'",
     "The Norden Workers Union did not join the strike but will hold its own rally in Bergen on Saturday.",
     {("Norden Workers Union", "hosts", "rally", "planned")}, set()),
    ("'it' for the rally just named",
     "The Norden Nurses Union will hold a rally on Saturday, and its general secretary, Ida Berg, is expected to address it.",
     {("Ida Berg", "attends", "rally", "planned")}, set()),
    ("'it' of another verb is no gathering",
     "The Norden Forum met in Oslo. Ida Berg said a crisis would bring it about quickly.",
     set(), {("Ida Berg", "attends", "Norden Forum")}),
    ("a convened conference with others is hosted",
     "Ida Berg will convene an online conference with leaders of 12 provinces on Tuesday.",
     {("Ida Berg", "hosts", "online conference", "planned")}, set()),
    ("companions of a trip told in a participle opening the sentence",
     "Arriving in Bergen by helicopter, Ida Berg inspected a breached dyke. She was accompanied by Minister Jon Dahl.",
     {("Jon Dahl", "visits", "Bergen", "happened")}, set()),
    ("a fronted event with its chair and attendee",
     "At a working session in the afternoon, chaired by Ida Berg and attended by party chief Jon Dahl, "
     "the Bergen council asked the government to act.",
     {("Ida Berg", "attends", "working session", "happened"), ("Jon Dahl", "attends", "working session", "happened")}, set()),
    ("'the two leaders' are the pair coordinated, not the last two named",
     "Ida Berg and Jon Dahl arrived in Oslo on Sunday to meet Prime Minister Erik Lund. "
     "The two leaders were received at the airport by Minister Eva Holm.",
     {("Eva Holm", "hosts", "Ida Berg", "happened"), ("Eva Holm", "hosts", "Jon Dahl", "happened")},
     {("Eva Holm", "hosts", "Erik Lund")}),
    ("a name after 'at' on a verb of receiving is a place",
     "On Monday, Jon Dahl will be hosted by President Ida Berg at Rashtrapati Bhavan, where she will give a banquet "
     "in his honour.",
     {("Ida Berg", "hosts", "Jon Dahl", "planned"), ("Ida Berg", "hosts", "banquet", "planned")}, set()),
    ("'as did' another",
     "Jon Dahl flew in for the ceremony, as did former president Ida Berg.",
     {("Ida Berg", "attends", "ceremony", "happened")}, set()),
    ("'as he did' names no one else",
     "Jon Dahl attended the summit, as he did last year.",
     {("Jon Dahl", "attends", "summit", "happened")}, set()),
    ("leading a ceremony alongside another",
     "President Ida Berg led the ceremony alongside Deputy President Jon Dahl.",
     {("Ida Berg", "attends", "ceremony", "happened"), ("Jon Dahl", "attends", "ceremony", "happened")}, set()),
    ("leading a market rally is no gathering",
     "Oil stocks led the rally on Wall Street.",
     set(), set()),
    ("'the visiting leaders' are those the article told came",
     "Ida Berg and Jon Dahl arrived in Oslo on Sunday. Prime Minister Erik Lund will host a lunch for the visiting "
     "leaders on Tuesday.",
     {("Erik Lund", "hosts", "Ida Berg", "planned"), ("Erik Lund", "hosts", "Jon Dahl", "planned")}, set()),
    ("'the ceremony' is the funeral the article is about",
     "Mourners packed the stadium on Friday for the state funeral of Jon Dahl. Erik Lund flew in for the ceremony.",
     {("Erik Lund", "attends", "state funeral", "happened")}, set()),
    ("the doer's own office telling of it",
     "President Ida Berg received Erik Lund at State House, a presidential spokesman said.",
     {("Ida Berg", "hosts", "Erik Lund", "happened")}, set()),
    ("officials telling of it",
     "President Ida Berg received Erik Lund at State House, officials said.",
     {("Ida Berg", "hosts", "Erik Lund", "reported")}, set()),
    ("a firm by its legal form hosting a capital markets day, and who presents there",
     "Nordvik Renewables ASA said it will host a Capital Markets Day in London on 14 April, where Chief Executive "
     "Officer Ida Berg and Chief Financial Officer Jon Dahl will present the strategy.",
     {("Nordvik Renewables ASA", "hosts", "Capital Markets Day", "planned"),
      ("Ida Berg", "attends", "Capital Markets Day", "planned"), ("Jon Dahl", "attends", "Capital Markets Day", "planned")},
     set()),
    ("a congress held at a venue, hosted by another body, opened and addressed",
     "The Nordic Canoe Union held its 12th Ordinary Congress on 21 March at the Bergen Whitewater Stadium, hosted by "
     "the Bergen Paddle Federation. The Congress was opened by Union President Ida Berg and addressed by Jon Dahl.",
     {("Bergen Paddle Federation", "hosts", "Congress", "happened"), ("Ida Berg", "attends", "Congress", "happened"),
      ("Jon Dahl", "attends", "Congress", "happened")}, set()),
    ("a legislature told something is no gathering",
     "Ida Berg told Congress the plan would work.",
     set(), {("Ida Berg", "attends", "Congress")}),
    ("an emphatic reflexive the parser made the subject",
     "Labor Minister Ida Berg, herself a former union chief, met Jon Dahl and other union leaders on Tuesday.",
     {("Ida Berg", "meets", "Jon Dahl", "happened")}, set()),
    ("a letter's author calls on someone, in a participle after the letter",
     "The announcement follows a letter from Nordvik Partners, which holds 6% of the shares, calling on the Board "
     "of Directors to explore a sale.",
     {("Nordvik Partners", "demands", "Board of Directors", "happened")}, set()),
    ("'expected in' a city is a planned visit",
     "Prime Minister Ida Berg is expected in Kingston on Friday, where she will be hosted by Jon Dahl.",
     {("Ida Berg", "visits", "Kingston", "planned"), ("Jon Dahl", "hosts", "Ida Berg", "planned")}, set()),
    ("'expected in' with no one coming",
     "Growth is expected in Asia next year, and Ida Berg is expected to meet Jon Dahl in Oslo.",
     {("Ida Berg", "meets", "Jon Dahl", "planned")}, {("Ida Berg", "visits", "Oslo")}),
    ("a host bringing 'his guest' somewhere: both go",
     "Prime Minister Erik Lund has hosted President Jon Dahl in Bergen. Mr Lund then brought his guest to the "
     "Nordhavn Terminal to see the site of a planned hub.",
     {("Erik Lund", "visits", "Nordhavn Terminal", "happened"), ("Jon Dahl", "visits", "Nordhavn Terminal", "happened")},
     set()),
    ("taking a case to court is no trip",
     "Ida Berg took the case to the Supreme Court of Norway.",
     set(), {("Ida Berg", "visits", "Supreme Court of Norway")}),
    # -- what an independent review of these found wrong, now right
    ("'the ceremony' after a signing ceremony is that ceremony, not the summit",
     "Leaders arrived for the EU summit in Brussels on Thursday. The summit will discuss Ukraine. Most of them attended "
     "a signing ceremony at the Berlaymont, but Prime Minister Jon Dahl skipped the ceremony.",
     {("Jon Dahl", "attends", "signing ceremony", "negated")}, {("Jon Dahl", "attends", "EU summit")}),
    ("'the two leaders' are the pair just named, not an earlier coordinated pair",
     "President Ida Berg and President Eva Holm met in Oslo on Monday. The two leaders agreed to reopen the border. "
     "On Tuesday, President Erik Lund met President Jon Dahl in Bergen. The two leaders will travel to Tromso on Friday.",
     {("Erik Lund", "visits", "Tromso", "planned"), ("Jon Dahl", "visits", "Tromso", "planned")},
     {("Ida Berg", "visits", "Tromso"), ("Eva Holm", "visits", "Tromso")}),
    ("'the two leaders' are not the two who said so",
     "Erik Lund and Eva Holm, both opposition lawmakers, said President Ida Berg had hosted President Jon Dahl. "
     "The two leaders will travel to Tromso on Friday.",
     {("Ida Berg", "visits", "Tromso", "planned"), ("Jon Dahl", "visits", "Tromso", "planned")},
     {("Erik Lund", "visits", "Tromso")}),
    ("a body hosted stays a body",
     "President Ida Berg hosted the Pan-Nordic National Congress at the palace on Monday. The Pan-Nordic National "
     "Congress later met with President Jon Dahl.",
     {("Jon Dahl", "meets", "Pan-Nordic National Congress", "happened")}, set()),
    ("'the visiting leaders' are not those who came to office, will travel, or went elsewhere",
     "Senator Eva Holm, who came to office in 2021, criticised the plan. Prime Minister Erik Lund will travel to Paris "
     "next month. Foreign Minister Kari Strand flew to Kampala on Monday. Prime Minister Jon Dahl arrived in Nairobi on "
     "Tuesday. In Nairobi, President Ida Berg hosted a lunch for the visiting leaders.",
     {("Ida Berg", "hosts", "Jon Dahl", "happened")},
     {("Ida Berg", "hosts", "Eva Holm"), ("Ida Berg", "hosts", "Erik Lund"), ("Ida Berg", "hosts", "Kari Strand")}),
    ("a person whose name is also a city's stays a person",
     "Hoang Mai met Senator Eva Holm in Hanoi on Monday.",
     {("Hoang Mai", "meets", "Eva Holm", "happened")}, set()),
    ("'address it in parliament' is an issue, not the rally",
     "Union leaders said they would hold a rally on Friday. Transport Minister Jon Dahl said he would address it in "
     "parliament.",
     set(), {("Jon Dahl", "attends", "rally")}),
    ("'as did Y in 2019' is another occasion",
     "Norway hosted the Nordic summit on Monday, as did Sweden in 2019.",
     {("Norway", "hosts", "Nordic summit", "happened")}, {("Sweden", "hosts", "Nordic summit")}),
    ("'their last summit' is the one before",
     "The Nordic summit opened in Oslo on Monday. The summit will focus on trade. At their last summit, in Bergen, "
     "the leaders were joined by President Jon Dahl.",
     set(), {("Jon Dahl", "attends", "Nordic summit")}),
    ("'his office said' of a woman's meeting is someone else's report",
     "Senator Erik Lund welcomed the deal. Foreign Minister Lena Varga met envoy Eva Holm in Oslo on Monday, his "
     "office said.",
     {("Lena Varga", "meets", "Eva Holm", "reported")}, set()),
    ("companions of a visit to a site",
     "Chancellor Ida Berg visited the Tower of London on Monday. She was accompanied by Minister Jon Dahl.",
     {("Jon Dahl", "visits", "Tower of London", "happened")}, set()),
    ("visiting troops somewhere is a visit there",
     "Mr Jon Dahl visited troops in Mali on Monday.",
     {("Jon Dahl", "visits", "Mali", "happened")}, set()),
    ("a capital markets day held, and who sets out a plan there",
     "Nordvik Group will host a capital markets day in London on June 12, where Ida Berg is due to set out a plan "
     "to cut costs.",
     {("Nordvik Group", "hosts", "capital markets day", "planned"), ("Ida Berg", "attends", "capital markets day", "planned")},
     set()),
    ("the host presenting at its own capital markets day is no guest",
     "Nordvik Hydrogen will hold a capital markets day in London on Oct. 14, where it is expected to present plans.",
     {("Nordvik Hydrogen", "hosts", "capital markets day", "planned")}, {("Nordvik Hydrogen", "attends", "capital markets day")}),
    ("a good day in the market is no gathering",
     "Nordvik shares rose on Monday, the best day for investors in a month.",
     set(), set()),
    ("'the first that X has hosted' after a named meeting",
     "Diplomats gathered in Bergen this week for the 12th Nordic Treaty Consultative Meeting (NTCM), the first that "
     "Norway has hosted since 1994.",
     {("Norway", "hosts", "Nordic Treaty Consultative Meeting", "happened")}, set()),
    ("'the company' after a firm's spokesperson said something",
     "Nordvik Capital has called on Sakura Electric to sell a unit. Nordvik Capital said Sakura had not replied. "
     "A Sakura Electric spokesperson said the company valued dialogue. The company will hold an investor day in Tokyo on March "
     "12, where Ken Mori is due to present a plan.",
     {("Sakura Electric", "hosts", "investor day", "planned")}, {("Nordvik Capital", "hosts", "investor day")}),
    ("a news agency after a name is the teller, not part of the name",
     "Prime Minister Jon Dahl will visit Oslo. Ambassador Ida Berg made the recommendation at a meeting with Dahl, "
     "Kyodo News Service said.",
     {("Ida Berg", "meets", "Jon Dahl", "reported")}, set()),
    ("'due back' home is no visit",
     "Norwegian Finance Minister Jon Dahl left Paris today for London and is due back in Norway on Monday.",
     set(), {("Jon Dahl", "visits", "Norway")}),
    ("the one sent for talks holds them",
     "President Ida Berg announced she is sending Foreign Minister Jon Dahl to Moscow for talks with Foreign Minister "
     "Erik Lund next month.",
     {("Jon Dahl", "meets", "Erik Lund", None)}, {("Ida Berg", "meets", "Erik Lund")}),
    # -- what a second independent review found wrong, now right
    ("a city the recogniser took for a person, visited",
     "President Ida Berg will visit Vila Velha on Monday.",
     {("Ida Berg", "visits", "Vila Velha", "planned")}, {("Ida Berg", "meets", "Vila Velha")}),
    ("'the visiting leaders' who arrived in the country of the host's city",
     "Prime Minister Eva Holm and Chancellor Jon Dahl arrived in Kenya on Monday. In Nairobi, President Ida Berg "
     "hosted a dinner for the visiting leaders.",
     {("Ida Berg", "hosts", "Eva Holm", "happened"), ("Ida Berg", "hosts", "Jon Dahl", "happened")}, set()),
    ("'as did Y on Monday' is the same occasion",
     "President Ida Berg flew in for the Baltic Summit, as did Chancellor Jon Dahl on Monday.",
     {("Jon Dahl", "attends", "Baltic Summit", "happened")}, set()),
    ("sending someone after talks: the sender talked",
     "President Ida Berg sent Foreign Minister Jon Dahl to Moscow after talks with Erik Lund.",
     {("Ida Berg", "meets", "Erik Lund", "happened")}, {("Jon Dahl", "meets", "Erik Lund")}),
    ("'due back' in a town for more talks is a return visit",
     "Chancellor Ida Berg is due back in Tarnow next month for a second round of talks with Mayor Jon Dahl.",
     {("Ida Berg", "visits", "Tarnow", "planned")}, set()),
    ("'address it in' a place is the rally",
     "The Nordic Party will hold a rally in Bergen on Sunday. Party leader Jon Dahl will address it in Bergen.",
     {("Jon Dahl", "attends", "rally", "planned")}, set()),
    ("'the two leaders' coordinated two sentences before, one of them named since",
     "President Ida Berg and Prime Minister Jon Dahl flew to Lisvar on Sunday. They were greeted by Foreign Minister "
     "Eva Holm. The two leaders then met King Erik Lund.",
     {("Ida Berg", "meets", "Erik Lund", "happened"), ("Jon Dahl", "meets", "Erik Lund", "happened")},
     {("Eva Holm", "meets", "Erik Lund")}),
    ("'is known to have visited' is stated, not hearsay",
     "Minister Jon Dahl is known to have visited Lagos often.",
     {("Jon Dahl", "visits", "Lagos", "happened")}, set()),
    ("present tense with a weekday the parser hung on the name",
     "On Friday Pope Leo travels to Bergen.",
     {("Leo", "visits", "Bergen", "planned")}, set()),
    ("a meal the host gives the guest it hosts",
     "Premier Tomas Brekke hosted the Nordvik delegation for a working lunch.",
     {("Tomas Brekke", "hosts", "working lunch", "happened")}, set()),
    ("a meal guests are welcomed with",
     "Governor Ilse Varga welcomed her counterparts at the harbour on Monday evening with a dinner of local fish.",
     {("Ilse Varga", "hosts", "dinner", "happened")}, set()),
    ("hosted for lunch: what for, no meal named",
     "Chancellor Ilse Varga hosted Petru Lungu for lunch at her residence.",
     {("Ilse Varga", "hosts", "Petru Lungu", "happened")}, {("Ilse Varga", "hosts", "lunch")}),
    ("welcoming a decision with a party is no hosting",
     "Mayor Ilse Varga welcomed the decision with a party.",
     set(), {("Ilse Varga", "hosts", "party")}),
    ("a name hung on the verb after a description of its bearer",
     "Bishop Helen Marsh was welcomed by the vicar, Samuel Okoro, and joined volunteers at the hall.",
     {("Samuel Okoro", "hosts", "Helen Marsh", "happened")}, set()),
    ("a name after a title the recogniser took for a body",
     "Bishop Helen Marsh was welcomed by the Vicar of Tarnby Bridge, the Revd Samuel Okoro, and joined volunteers.",
     {("Samuel Okoro", "hosts", "Helen Marsh", "happened")}, set()),
    ("a description of many is no name's",
     "Maren Holt met the families, Samuel Okoro said.",
     set(), {("Maren Holt", "meets", "Samuel Okoro")}),
    ("sat down with others for a meeting",
     "Prime Minister Tomas Brekke sat down with the country's 13 governors in Tarnby on Tuesday for a first ministers' meeting.",
     {("Tomas Brekke", "attends", "first ministers' meeting", "happened")}, set()),
    ("a call paid on someone on a day, nothing asked",
     "President Tomas Brekke arrived in Oslo on Monday. Foreign Minister Ida Berg called on President Brekke earlier in the day.",
     {("Ida Berg", "meets", "Tomas Brekke", "happened")}, {("Ida Berg", "demands", "Tomas Brekke")}),
    ("called on someone to act is a demand",
     "Foreign Minister Ida Berg called on President Tomas Brekke on Tuesday to resign.",
     {("Ida Berg", "demands", "Tomas Brekke", "happened")}, {("Ida Berg", "meets", "Tomas Brekke")}),
    ("speaking at an event",
     "Governor Peter Lanko stayed away from the talks. Speaking at a fundraiser in Maralo, the governor said the county was waiting.",
     {("Peter Lanko", "attends", "fundraiser", "happened")}, set()),
    ("joined others for an event",
     "President Jon Mahaga yesterday joined thousands of mourners in Daruo for the burial of the former president.",
     {("Jon Mahaga", "attends", "burial", "happened")}, set()),
    ("among those at an event",
     "The funeral of the former president was held in Daruo on Monday. Former President Ida Lanko was among the mourners, "
     "but Jon Mahaga did not attend.",
     {("Ida Lanko", "attends", "funeral", "happened"), ("Jon Mahaga", "attends", "funeral", "negated")}, set()),
    ("among the guests at an event named on the noun",
     "Among the guests at the state banquet were Ida Lanko and Jon Mahaga.",
     {("Ida Lanko", "attends", "state banquet", "happened"), ("Jon Mahaga", "attends", "state banquet", "happened")}, set()),
    ("among people who are no attenders",
     "The funeral was held on Monday. Ida Lanko was among the critics of the plan.",
     set(), {("Ida Lanko", "attends", "funeral")}),
    ("a body's name with 'and' and a plural's possessive",
     "Talks between the Hospitality and Services Workers' Union and Tarnby Motors collapsed on Tuesday.",
     {("Hospitality and Services Workers' Union", "meets", "Tarnby Motors", "happened")}, set()),
    ("the city named last, as 'the border city'",
     "Truck drivers blocked the highways around Bergen for six days. Minister Ana Rojas flew to the border city on Monday.",
     {("Ana Rojas", "visits", "Bergen", "happened")}, set()),
    ("'the association' of a body named 'X Association of Y'",
     "The Northern Association of Cargo Hauliers lifted the blockade. Its president said the association would hold "
     "a national assembly in Bergen on October 20.",
     {("Northern Association of Cargo Hauliers", "hosts", "national assembly", "planned")}, set()),
    ("a titled surname the recogniser took for a nationality",
     "Prime Minister Anthony Albanese hosted the president. Mr Albanese told reporters afterwards that he had urged "
     "Jakarta to keep its fishing fleet out of the waters.",
     {("Anthony Albanese", "demands", "Indonesia", "happened")}, set()),
    ("'we' in a quote opened after a colon, two sentences in",
     "Branch secretary Kerry Olsen said: \"We went in with a fair offer. We call on Tarnby Terminals to put a guarantee in writing.\"",
     {("Kerry Olsen", "demands", "Tarnby Terminals", "happened")}, set()),
    ("a call paid at the end of a paragraph",
     "President Tomas Brekke arrived in Oslo on Monday.\n\nForeign Minister Ida Berg called on President Brekke earlier in the "
     "day.\n\nThe talks went on.",
     {("Ida Berg", "meets", "Tomas Brekke", "happened")}, {("Ida Berg", "demands", "Tomas Brekke")}),
    ("agreed to speak at the event named just before",
     "The branch will hold a rally outside the port gates on Saturday. Cllr Dena Pruitt and the local MP, Tom Hadley, have "
     "both agreed to speak.",
     {("Dena Pruitt", "attends", "rally", "planned"), ("Tom Hadley", "attends", "rally", "planned")}, set()),
    ("speaking to someone is no attendance",
     "The union held a meeting on Monday. Ida Berg agreed to speak to reporters.",
     set(), {("Ida Berg", "attends", "meeting")}),
    ("a department named 'of A and B'",
     "President Tomas Brekke said he had ordered the Department of Public Works and Highways to inspect every dike.",
     {("Tomas Brekke", "demands", "Department of Public Works and Highways", "happened")}, set()),
    ("an Indian title written with a full stop",
     "President of India Smt. Droupadi Murmu will host a banquet in honour of the visiting dignitary this evening.",
     {("Droupadi Murmu", "hosts", "banquet", "planned")}, set()),
    ("a city the recogniser called a body, as where one travels",
     "A delegation of the Committee on Foreign Affairs will travel to Chișinău in April, where it will meet Prime Minister "
     "Tomas Brekke.",
     {("Committee on Foreign Affairs", "meets", "Tomas Brekke", "planned")}, {("Tomas Brekke", "meets", "Chișinău")}),
    ("a site in a town",
     "President Tomas Brekke flew to Tarnby on Monday. The President toured an evacuation center in Liloan and later visited "
     "a flooded subdivision in Talisay City.",
     {("Tomas Brekke", "visits", "Liloan", "happened"), ("Tomas Brekke", "visits", "Talisay City", "happened")}, set()),
    ("a name after a description and a title the recogniser took into the name",
     "On arrival on Tuesday, President Tomas Brekke was received by the Minister of State for External Affairs, Shri Kirti "
     "Vardhan Singh.",
     {("Kirti Vardhan Singh", "hosts", "Tomas Brekke", "happened")}, set()),
    ("a seat of a body stands for the body",
     "The EU's trade chief met Norway's fisheries minister Kari Lunde. Lunde urged Brussels to reopen the quota talks.",
     {("Kari Lunde", "demands", "EU", "happened")}, {("Kari Lunde", "demands", "Belgium")}),
    ("the two heads of state",
     "President Jon Dahl received President Ida Berg in Oslo on Wednesday for the 11th session of the Tarnby Commission. "
     "The two heads of state co-chaired the session.",
     {("Jon Dahl", "attends", "11th session", "happened"), ("Ida Berg", "attends", "11th session", "happened")}, set()),
    ("both governments: a country named and one told by its leader's title",
     "Nigerian President Bola Tinubu told the session that traders in South Africa had been attacked. The Tarnby union, "
     "meanwhile, called on both governments to scrap visa requirements.",
     {("Tarnby union", "demands", "Nigeria", "happened"), ("Tarnby union", "demands", "South Africa", "happened")}, set()),
    ("hosted a guest at an event",
     "Minister Ida Berg had hosted Jon Dahl at a ministerial meeting on Tuesday.",
     {("Ida Berg", "hosts", "ministerial meeting", "happened"), ("Jon Dahl", "attends", "ministerial meeting", "happened")},
     set()),
    ("hosted a guest at a place is no event",
     "Ida Berg received Jon Dahl at the palace.",
     {("Ida Berg", "hosts", "Jon Dahl", "happened")}, {("Jon Dahl", "attends", "palace")}),
    ("talks called for between two are asked of them",
     "Ida Berg called for talks between Serbia and Kosovo.",
     {("Ida Berg", "demands", "Serbia", "happened"), ("Ida Berg", "demands", "Kosovo", "happened")}, set()),
    ("a meeting in apposition describes no person",
     "Governor Ida Berg met with President Jon Dahl at the palace on Wednesday, a private Oval Room meeting that her aides "
     "said covered the budget.",
     {("Ida Berg", "meets", "Jon Dahl", "happened")}, {("Ida Berg", "meets", "Oval Room")}),
    ("a member's title after the name",
     "Tom Hale MP flew to Leeds on Monday.",
     {("Tom Hale", "visits", "Leeds", "happened")}, set()),
    ("a plural name opening a sentence",
     "Teamsters called on Norsk Steel to pay the arrears.",
     {("Teamsters", "demands", "Norsk Steel", "happened")}, set()),
    ("asked to speak but declined is no attendance",
     "The Nordic Energy Summit opened on Monday. Karl Weber was asked to speak but declined.",
     set(), {("Karl Weber", "attends", "Nordic Energy Summit")}),
    ("agreed to speak but withdrew is no attendance",
     "The Nordic Energy Summit opens on Monday. Karl Weber agreed to speak but later withdrew.",
     set(), {("Karl Weber", "attends", "Nordic Energy Summit")}),
    ("called on someone again is a demand",
     "Erik Sand again called on President Malik Sow on Tuesday.",
     {("Erik Sand", "demands", "Malik Sow", "happened")}, {("Erik Sand", "meets", "Malik Sow")}),
    ("called on someone, what for told next",
     "Erik Sand called on President Malik Sow on Tuesday. He urged him to release the prisoners.",
     {("Erik Sand", "demands", "Malik Sow", "happened")}, {("Erik Sand", "meets", "Malik Sow")}),
    ("one of a crowd named after it is no host",
     "Ida Berg was welcomed by the crowd, Karl Weber among them.",
     set(), {("Karl Weber", "hosts", "Ida Berg")}),
    ("another city than the one named before",
     "Karl Weber was born in Lviv. Ida Berg travelled to the neighbouring city on Monday.",
     set(), {("Ida Berg", "visits", "Lviv")}),
    ("Brussels in news of Belgium is Belgium",
     "Belgian Prime Minister Karl Weber spoke with Congo's president on Monday. Brussels later called on Kinshasa to "
     "release the prisoners.",
     {("Belgium", "demands", "Congo", "happened")}, {("European Union", "demands", "Congo")}),
    ("'the association' is the one whose name ends in it, before one named 'Association of'",
     "The Nordic Pilots Association said the Association of Tarnby Nations should act. The association called on "
     "Karl Weber to resign.",
     {("Nordic Pilots Association", "demands", "Karl Weber", "happened")}, set()),
    ("joined forces with someone for an event is no attendance",
     "Karl Weber joined forces with Ida Berg for the Nordic Energy Summit.",
     set(), {("Karl Weber", "attends", "Nordic Energy Summit")}),
    ("a dateline in title case with an agency in brackets",
     "Bogor, West Java (ANTARA) - President Tomas Brekke received President Ida Berg at the palace on Tuesday.",
     {("Tomas Brekke", "hosts", "Ida Berg", "happened")}, {("Bogor", "hosts", "Ida Berg"), ("West Java", "hosts", "Ida Berg")}),
    ("a dateline with a wire agency in title case",
     "Oslo (Reuters) - Ida Berg met Jon Dahl.",
     {("Ida Berg", "meets", "Jon Dahl", "happened")}, {("Jon Dahl", "meets", "Oslo")}),
    ("the two Heads of State, capitalised",
     "President Tomas Brekke welcomed his counterpart Jon Dahl at State House. In a joint communique, the two Heads of "
     "State called on the Tarnby Development Community to speed up the deployment of a regional force.",
     {("Tomas Brekke", "demands", "Tarnby Development Community", "happened"),
      ("Jon Dahl", "demands", "Tarnby Development Community", "happened")}, {("Heads of State", "demands", "Tarnby")}),
    ("'the High Commissioner' of a title with a 'for' phrase",
     "UN High Commissioner for Refugees Tomas Brekke arrived in Chad on Monday. The High Commissioner called on the army "
     "and the Rapid Support Forces to allow safe passage.",
     {("Tomas Brekke", "demands", "Rapid Support Forces", "happened")}, set()),
    ("an event organised, the clause hung on the place it was outside",
     "Several thousand farmers took part in a rally outside Leinster House organised by the Tarnby Farmers' Association.",
     {("Tarnby Farmers' Association", "hosts", "rally", "happened")}, {("Tarnby Farmers' Association", "hosts", "Leinster House")}),
    ("a party's code in brackets after a name at a line's start is no dateline",
     "Ida Berg (MP) - met Lars Koski on Monday.",
     {("Ida Berg", "meets", "Lars Koski", "happened")}, set()),
    ("an event organised, the clause hung on another event it was outside",
     "Activists staged a protest outside the summit organised by the G7.",
     {("G7", "hosts", "summit", "happened")}, {("G7", "hosts", "protest")}),
    ("'she' of a woman not named is no man's",
     "Tom Byrne said his wife had been detained in Minsk. She later flew to London.",
     set(), {("Tom Byrne", "visits", "London")}),
    ("leaders listed with their countries after a plural title",
     "Presidents Tomas Brekke of Norway, Ilse Varga of Hungary and Yarandu Osti of Uruguay attended the summit.",
     {("Yarandu Osti", "attends", "summit", "happened"), ("Ilse Varga", "attends", "summit", "happened")},
     {("Yarandu Osti of Uruguay", "attends", "summit")}),
    ("a title with a 'for' phrase before the name, as the subject",
     "UN High Commissioner for Refugees Tomas Brekke has concluded a three-day mission to Chad.",
     {("Tomas Brekke", "visits", "Chad", "happened")}, set()),
    ("who accompanied someone to a place went there",
     "Finance Minister Ida Berg, who accompanied the prime minister to Beijing, took part in the session.",
     {("Ida Berg", "visits", "Beijing", "happened")}, set()),
    ("accompanying, negated",
     "Ida Berg will not accompany the King to Kenya.",
     {("Ida Berg", "visits", "Kenya", "negated")}, set()),
    ("going into talks",
     "President Tomas Brekke went into talks with President Jon Dahl on Monday.",
     {("Tomas Brekke", "meets", "Jon Dahl", "happened")}, set()),
    ("going into hospital is no meeting",
     "President Tomas Brekke went into hospital with President Jon Dahl at his side.",
     set(), {("Tomas Brekke", "meets", "Jon Dahl")}),
    ("a report set off by commas inside the clause it reports",
     "President Tomas Brekke, state broadcaster NRK reported, urged Oslo to bring the perpetrators to justice.",
     {("Tomas Brekke", "demands", "Oslo", "reported")}, {("NRK", "demands", "Oslo")}),
    ("a site in a town no gazetteer knows, visited by its noun",
     "The Senate Agriculture Committee undertook a fact-finding visit to the factory at Tarnby.",
     {("Senate Agriculture Committee", "visits", "Tarnby", "happened")}, set()),
    ("a site in a town, visited by the verb: the site",
     "Ida Berg paid a visit to the refugee camp near Goma.",
     {("Ida Berg", "visits", "=refugee camp", "happened")}, set()),
    ("a report set off by commas, parsed as a relative clause of a description",
     "Prime Minister Ida Berg, state broadcaster Tarnby Radio reported, urged Oslo to bring the perpetrators to justice.",
     {("Ida Berg", "demands", "Oslo", "reported")}, set()),
    ("a second title of the one named after both",
     "Tarnby's Deputy Prime Minister and Minister of Foreign Affairs, Jon Dahl, arrived in Apia on Tuesday.",
     {("Jon Dahl", "visits", "Apia", "happened")}, {("Tarnby", "visits", "Apia")}),
    ("two titles, two names",
     "The President and the Prime Minister, Ida Berg and Jon Dahl, arrived in Apia on Tuesday.",
     {("Ida Berg", "visits", "Apia", "happened"), ("Jon Dahl", "visits", "Apia", "happened")}, set()),
    ("an invitation passed on is the invited one's to take up",
     "Jon Dahl conveyed a message from President Ida Berg together with an invitation to visit Oslo next year.",
     set(), {("Jon Dahl", "visits", "Oslo")}),
    ("an invitation accepted is a visit ahead",
     "President Tomas Brekke accepted an invitation to visit Oslo next year.",
     {("Tomas Brekke", "visits", "Oslo", "planned")}, set()),
    ("'their arrival' after a welcome is the guests'",
     "President Tomas Brekke, who had welcomed the EU leaders on their arrival in Samarkand, held talks with Ida Berg.",
     {("Tomas Brekke", "meets", "Ida Berg", "happened")}, {("Tomas Brekke", "visits", "Samarkand")}),
    ("'their arrival' of guests named after a welcome",
     "President Tomas Brekke welcomed Ida Berg and Jon Dahl on their arrival in Samarkand.",
     {("Ida Berg", "visits", "Samarkand", "happened"), ("Jon Dahl", "visits", "Samarkand", "happened"),
      ("Tomas Brekke", "hosts", "Ida Berg", "happened")}, {("Tomas Brekke", "visits", "Samarkand")}),
    ("a ruler's style of address before the name",
     "His Highness the Amir Sheikh Tamim bin Hamad Al Thani received HE Tomas Brekke on Tuesday.",
     {("Tamim bin Hamad Al Thani", "hosts", "Tomas Brekke", "happened")}, {("Highness", "hosts", "Tomas Brekke")}),
    ("one title word is still a mention (only a style of address, or titles alone, are none)",
     "The Rt Revd Helen Ashworth, Bishop of Carrowmere, visited the parish. Later the Bishop called on the Environment "
     "Agency to publish a timetable.",
     {("Bishop", "demands", "Environment Agency", "happened")}, set()),
    ("an invitation to someone named is theirs to take up",
     "The spokesman noted President Ida Berg's invitation to Premier Jon Dahl to visit Oslo was still on the table.",
     {("Jon Dahl", "visits", "Oslo", "planned")}, {("Ida Berg", "visits", "Oslo")}),
    ("a courtesy call paid on someone, the name after 'Hon.'",
     "On Wednesday Ida Berg paid a courtesy call on the Prime Minister, Hon. Jon Dahl, at the Government Building.",
     {("Ida Berg", "meets", "Jon Dahl", "happened")}, set()),
    ("a call on someone to act is no meeting",
     "Ida Berg made a call on Jon Dahl to resign.",
     set(), {("Ida Berg", "meets", "Jon Dahl")}),
    ("a resolution calling on one body and urging another",
     "The Tarnby Rowing Confederation adopted a resolution calling on the Oslo Rowing League to double its grants and "
     "urging the Pacific Games Council to restore rowing.",
     {("Tarnby Rowing Confederation", "demands", "Oslo Rowing League", "happened"),
      ("Tarnby Rowing Confederation", "demands", "Pacific Games Council", "happened")},
     {("Oslo Rowing League", "demands", "Pacific Games Council")}),
    ("an event held somewhere, hosted by another",
     "The 2027 General Assembly will be held in Honiara, hosted by the Tarnby Rowing Association.",
     {("Tarnby Rowing Association", "hosts", "2027 General Assembly", "planned")}, set()),
    ("an event held on a date, hosted by another; events of two years are two",
     "The Tarnby Rowing Confederation held its 2026 General Assembly in Oslo on 18 April, hosted by the Oslo Rowing "
     "Federation. The 2027 General Assembly will be held in Honiara.",
     {("Oslo Rowing Federation", "hosts", "2026 General Assembly", "happened")},
     {("Oslo Rowing Federation", "hosts", "2027 General Assembly")}),
    ("a session of a body that is no entity is the session",
     "Ida Berg chaired an emergency session of the cabinet on Monday.",
     {("Ida Berg", "attends", "emergency session", "happened")}, set()),
    ("'their arrival' of the ones who met reporters is theirs",
     "Premier Kalo Venn and President Lira Oster met reporters on their arrival in Nairobi.",
     {("Kalo Venn", "visits", "Nairobi", "happened"), ("Lira Oster", "visits", "Nairobi", "happened")}, set()),
    ("'their visit' of a body that met people is its own",
     "The Norwegian Red Cross met aid workers during their visit to Nairobi.",
     {("Norwegian Red Cross", "visits", "Nairobi", "happened")}, set()),
    ("a title's 'for' phrase with no department in capitals names no one",
     "The envoy for talks with Premier Kalo Venn visited Nairobi on Monday.",
     set(), {("Kalo Venn", "visits", "Nairobi")}),
    ("a title's 'of' phrase naming whose government names no one",
     "The ambassador for the government of Premier Kalo Venn visited Nairobi on Monday.",
     set(), {("Kalo Venn", "visits", "Nairobi")}),
    ("a firm after 'the factory at' is no town",
     "Siemens said its profits rose. Premier Kalo Venn visited the factory at Siemens on Monday.",
     set(), {("Kalo Venn", "visits", "Siemens")}),
    ("an invitation accepted from someone named",
     "Premier Kalo Venn accepted President Lira Oster's invitation to visit Kenya next month.",
     {("Kalo Venn", "visits", "Kenya", "planned")}, {("Lira Oster", "visits", "Kenya")}),
    ("an invitation declined",
     "President Lira Oster declined an invitation to visit Kenya.",
     {("Lira Oster", "visits", "Kenya", "negated")}, set()),
    ("an invitation not accepted",
     "President Lira Oster has not accepted an invitation to visit Kenya.",
     {("Lira Oster", "visits", "Kenya", "negated")}, set()),
    ("a call made on someone is a demand, not a visit paid",
     "President Lira Oster made a call on Prime Minister Dorin Kastell and urged him to resign.",
     set(), {("Lira Oster", "meets", "Dorin Kastell")}),
    ("a ruler's title that is also a first name",
     "Amir Daloush met Premier Kalo Venn in Nairobi.",
     {("Amir Daloush", "meets", "Kalo Venn", "happened")}, set()),
    ("a report in a relative clause of its own reports no more than its own object",
     "President Lira Oster, whose visit state media reported, urged Kenya to free the journalists.",
     {("Lira Oster", "demands", "Kenya", "happened")}, set()),
    ("a dateline with a date before the agency",
     "Praia, 04 Jul 2025 (Lusa) - The President of the Republic, Tomas Brekke, arrived in Praia on Friday for a visit "
     "to Cape Verde.",
     {("Tomas Brekke", "visits", "Cabo Verde", "happened")}, {("Praia", "visits", "Praia")}),
    ("a trip for a meeting said to be whose",
     "Ida Berg flew to Brussels for a meeting of NATO foreign ministers.",
     {("Ida Berg", "attends", "meeting", "happened"), ("Ida Berg", "visits", "Brussels", "happened")}, set()),
    ("due somewhere for a meeting",
     "Ida Berg is due in Brussels for a meeting of European Union foreign ministers.",
     {("Ida Berg", "attends", "meeting", "planned")}, set()),
    ("a trip for an unspecified meeting names no gathering",
     "Ida Berg flew to Brussels for a meeting of officials.",
     {("Ida Berg", "visits", "Brussels", "happened")}, {("Ida Berg", "attends", "meeting")}),
    ("a banquet offered by its host",
     "The leaders attended a state banquet offered by President Tomas Brekke in honour of the foreign guests.",
     {("Tomas Brekke", "hosts", "state banquet", "happened")}, set()),
    ("talks offered are no meal hosted",
     "The rebels offered talks to the government of Tarnby.",
     set(), {("rebels", "hosts", "talks")}),
    ("a country's authorities are its government",
     "Tomas Brekke said the Cape Verdean authorities had asked Lisbon to speed up visas.",
     {("Cabo Verde", "demands", "Portugal", "reported")}, set()),
    ("two meetings of different bodies are two events",
     "Ida Berg will travel to Brussels for a meeting of EU agriculture ministers. Tomas Brekke was in Belfast for a "
     "meeting of the North-South Ministerial Council.",
     {("Ida Berg", "attends", "meeting of EU agriculture ministers", "planned"),
      ("Tomas Brekke", "attends", "meeting of the North-South Ministerial Council", "happened")},
     {("Tomas Brekke", "attends", "meeting of EU agriculture ministers")}),
    ("a courtesy call made is a visit paid, not a demand",
     "Lena Fisk made a courtesy call on Prime Minister Olaf Brenn on Monday.",
     {("Lena Fisk", "meets", "Olaf Brenn", "happened")}, {("Lena Fisk", "demands", "Olaf Brenn")}),
    ("'their arrival' after one host met the guests",
     "President Tomas Varga met Olaf Brenn and Ida Senk on their arrival in Nairobi.",
     {("Olaf Brenn", "visits", "Nairobi", "happened"), ("Ida Senk", "visits", "Nairobi", "happened")},
     {("Tomas Varga", "visits", "Nairobi")}),
    ("a dinner in honour of someone is no gathering of theirs",
     "Olaf Brenn gave a dinner in honour of Tomas Varga and Ida Senk.",
     {("Olaf Brenn", "hosts", "dinner", "happened")}, {("Olaf Brenn", "hosts", "dinner of Tomas Varga")}),
    ("a meeting of a body not named is another meeting",
     "Olaf Brenn attended a meeting of EU agriculture ministers on Monday. Later he attended a meeting of the board.",
     {("Olaf Brenn", "attends", "meeting of EU agriculture ministers", "happened")}, set()),
    ("'the Amir' before a one-word name",
     "Olaf Brenn met the Amir Hamad in Doha.",
     {("Olaf Brenn", "meets", "Hamad", "happened")}, set()),
    ("an invitation from someone named, declined",
     "Olaf Brenn declined President Tomas Varga's invitation to visit Nairobi.",
     {("Olaf Brenn", "visits", "Nairobi", "negated")}, {("Tomas Varga", "visits", "Nairobi")}),
    ("a country's port authorities are no government",
     "The Kenyan port authorities asked Olaf Brenn to pay the fees.",
     set(), {("Kenya", "demands", "Olaf Brenn")}),
    ("an age before an agency's name is no dateline",
     "Ida Berg, 45 (Lusa) - met Tomas Varga in Nairobi on Friday.",
     {("Ida Berg", "meets", "Tomas Varga", "happened")}, set()),
    ("'the Prince and Princess of Wales': no name starts with 'and'",
     "The couple were greeted in London by the Prince and Princess of Wales, who accompanied them to Windsor.",
     {("Princess of Wales", "visits", "Windsor", "happened")}, {("and Princess of Wales", "visits", "Windsor")}),

    ("delegates at a body's congress pass its resolution",
     "The Tarnby Rowing Confederation concluded its 41st Ordinary Congress in Oslo on Saturday. Delegates adopted a "
     "resolution calling on the Nordic Rowing League to restore a regatta and urging national committees to fund clubs.",
     {("Tarnby Rowing Confederation", "demands", "Nordic Rowing League", "happened")}, set()),
    ("the congress a body held passes its resolution",
     "The Varna Canoe Union held its 12th Ordinary Congress in Penrith on Friday. The Congress also adopted a "
     "resolution calling on the Oslo Canoe League to allocate two quota places.",
     {("Varna Canoe Union", "demands", "Oslo Canoe League", "happened")}, set()),
    ("delegates from a country pass no body's resolution",
     "The Varna Canoe Union held its 12th Ordinary Congress in Penrith on Friday. Delegates from Fiji adopted a "
     "resolution calling on the Oslo Canoe League to allocate two quota places.",
     set(), {("Varna Canoe Union", "demands", "Oslo Canoe League")}),
    ("'the Assembly' between assemblies of two years is the one named before it",
     "The Tarnby Badminton Confederation held its 2026 General Assembly in Oslo on Saturday. The Assembly was opened "
     "by Jon Dahl. The 2027 General Assembly will be held in Honiara.",
     {("Jon Dahl", "attends", "2026 General Assembly", "happened")}, {("Jon Dahl", "attends", "2027 General Assembly")}),
    ("a country's minister, an honorific and the name after a comma",
     "The Tarnby Badminton Confederation held its General Assembly in Oslo on Saturday. The Assembly was opened by "
     "Norway's Minister for Sport, Hon. Ida Berg, and was also addressed by Jon Dahl.",
     {("Ida Berg", "attends", "General Assembly", "happened"), ("Jon Dahl", "attends", "General Assembly", "happened")},
     {("Norway", "attends", "General Assembly")}),
    ("a title of a body with its acronym in brackets, the name after a comma",
     "The Varna Canoe Union held its 12th Congress in Penrith on Friday. The Congress was opened by Union President Kalo "
     "Venn and addressed by the Secretary General of the Nordic Canoe Federation (NCF), Lira Oster, who travelled "
     "from Lausanne.",
     {("Kalo Venn", "attends", "Congress", "happened"), ("Lira Oster", "attends", "Congress", "happened")}, set()),
    ("a passive receiving whose 'by' the parser hung on the place",
     "Premier Kalo Venn arrived in Oslo on Sunday afternoon for a two-day official visit, the first by a Tarnish head "
     "of government in more than a decade, and was received at Gardermoen Airport by Foreign Affairs Adviser Jon Dahl.",
     {("Jon Dahl", "hosts", "Kalo Venn", "happened"), ("Kalo Venn", "visits", "Oslo", "happened")}, set()),
    ("'his guest' welcomed: the one the article told arrived",
     "Premier Kalo Venn arrived in Oslo on Sunday. Chief Adviser Jon Dahl later welcomed his guest at the State Guest "
     "House.",
     {("Jon Dahl", "hosts", "Kalo Venn", "happened")}, {("Jon Dahl", "hosts", "Jon Dahl")}),
    ("a title ending in 'Adviser' is no part of the name",
     "National Security Adviser Jon Dahl met Ida Berg in Vienna.",
     {("Jon Dahl", "meets", "Ida Berg", "happened")}, {("National Security Adviser Jon Dahl", "meets", "Ida Berg")}),
    ("'for his part' is no thing demanded",
     "The Tarnish leader Kalo Venn, for his part, called for a faster conclusion of a trade agreement.",
     {("Kalo Venn", "demands", "faster conclusion", "happened")}, {("Kalo Venn", "demands", "part")}),
    ("going home is no visit",
     "Malaysian Prime Minister Anwar Ibrahim arrived in Dhaka on Sunday. On Monday, Anwar is scheduled to meet "
     "business leaders before leaving for Kuala Lumpur.",
     {("Anwar Ibrahim", "visits", "Dhaka", "happened")}, {("Anwar Ibrahim", "visits", "Kuala Lumpur")}),
    ("a party's titled chairwoman after its acronym is no party",
     "Tarnish Union (TU) Chairwoman Ida Berg, who has called for the resumption of dialogue, met Jon Dahl.",
     {("Ida Berg", "demands", "resumption", "happened")}, {("Tarnish Union", "demands", "resumption")}),
    ("a dateline with an agency and no dash",
     "Taipei, Aug. 30 (CNA) President Ida Berg on Saturday received Senator Jon Dahl at the Presidential Office.",
     {("Ida Berg", "hosts", "Jon Dahl", "happened")}, {("Taipei", "hosts", "Jon Dahl")}),
    ("'the Congress' beside a body named Congress is no party's congress",
     "The U.S. Congress is debating new sanctions. The Tarnish Party held its 20th National Congress in Oslo last "
     "month. On Tuesday, the Congress passed a bill calling on Norland to free activists.",
     set(), {("Tarnish Party", "demands", "Norland")}),
    ("delegates at other talks pass no union's declaration",
     "The Tarnish Workers Union held its 12th Ordinary Congress in Suva in May. At the UN climate talks in Bonn on "
     "Tuesday, delegates adopted a declaration calling on Norland to cut emissions.",
     set(), {("Tarnish Workers Union", "demands", "Norland")}),
    ("delegates after two bodies' congresses are neither's",
     "The Tarnish Workers Union held its 12th Ordinary Congress in Suva. The Varna Teachers Union held its annual "
     "congress in Nadi. Delegates adopted a resolution calling on Norland to act.",
     set(), {("Tarnish Workers Union", "demands", "Norland"), ("Varna Teachers Union", "demands", "Norland")}),
    ("'the Congress' after two congresses named before is neither year's",
     "The Tarnish Workers Union held its 2026 Congress in Suva. The 2027 Congress will be held in Apia. Ida Berg "
     "attended the Congress.",
     set(), {("Ida Berg", "attends", "2027 Congress")}),
    ("a former officeholder going to his country visits it",
     "Former Malaysian Prime Minister Adam Rusli, now a UN envoy, flew to Kuala Lumpur to meet Prime Minister Lim Boon.",
     {("Adam Rusli", "visits", "Kuala Lumpur", "happened")}, set()),
    ("an exiled opposition leader flying home visits",
     "Exiled Belarusian opposition leader Olga Marko flew to Minsk on Monday.",
     {("Olga Marko", "visits", "Minsk", "happened")}, set()),
    ("a president visiting his capital in so many words visits it",
     "Kenya's President Daniel Otieno visited Nairobi on Monday.",
     {("Daniel Otieno", "visits", "Nairobi", "happened")}, set()),
    ("'his guest' described in apposition is no arrival guessed",
     "Ida Berg arrived in Rome on Monday. Jon Dahl welcomed his guest, the Japanese envoy.",
     set(), {("Jon Dahl", "hosts", "Ida Berg")}),
    ("'the three heads of government' after a host and two guests, and 'they' after them",
     "Latvian Prime Minister Ida Berg hosted her Estonian and Lithuanian counterparts, Kalo Venn and Lira Oster, in "
     "Riga on Friday. The three heads of government discussed air defence. In a joint statement, they called on the "
     "European Commission to earmark funding.",
     {("Ida Berg", "demands", "European Commission", "happened"), ("Kalo Venn", "demands", "European Commission", "happened"),
      ("Lira Oster", "demands", "European Commission", "happened")}, set()),
    ("the places named before a region noun",
     "President Jon Dahl is expected to visit the Kandy and Nuwara Eliya districts on Wednesday. Minister Ida Berg "
     "visited the Mopti region on Saturday.",
     {("Jon Dahl", "visits", "Kandy", "planned"), ("Ida Berg", "visits", "Mopti", "happened")}, set()),
    ("a day in brackets after the weekday is no emoticon",
     "President Ida Berg received Chile's president-elect, Jon Dahl, at the palace this Thursday (8) for a working "
     "meeting that lasted nearly two hours.",
     {("Ida Berg", "hosts", "Jon Dahl", "happened"), ("Ida Berg", "meets", "Jon Dahl", "happened")}, set()),
    ("'the three foreign ministers' after a host and two leaders are other people",
     "Latvian Prime Minister Ida Berg hosted Estonian Prime Minister Kalo Venn and Lithuanian Prime Minister Lira "
     "Oster in Riga on Friday. On Saturday, the three foreign ministers met in Vilnius.",
     {("Ida Berg", "hosts", "Kalo Venn", "happened")}, {("Kalo Venn", "meets", "Lira Oster")}),
    ("an envoy for a country travelling there visits it",
     "US Tarnland envoy Jon Dahl arrived in Tarnby on Monday. The UN's Libya envoy, Ida Berg, flew to Tripoli.",
     {("Ida Berg", "visits", "Tripoli", "happened")}, set()),
    ("one stop of a tour of one's own country is a visit",
     "Italian Prime Minister Lia Conti travelled to Rome, Milan and Naples last week.",
     {("Lia Conti", "visits", "Rome", "happened"), ("Lia Conti", "visits", "Naples", "happened")}, set()),
    ("a resolution delegates did not adopt is no demand",
     "The Varna Canoe Union held its 12th Ordinary Congress in Penrith on Friday. Delegates did not adopt a "
     "resolution calling on the Oslo Canoe League to act.",
     set(), {("Varna Canoe Union", "demands", "Oslo Canoe League")}),
    ("delegates after two congresses, one opened with no name, are neither body's",
     "The Varna Canoe Union held its 12th Ordinary Congress in Penrith on Friday. The Oslo Rowing League opened its "
     "congress in Bergen on Saturday. Delegates adopted a resolution calling on Norland to act.",
     set(), {("Varna Canoe Union", "demands", "Norland")}),
    ("a welcome in a video message receives no one",
     "Ida Berg was welcomed in a video message by Jon Dahl.",
     set(), {("Jon Dahl", "hosts", "Ida Berg")}),
    ("'his guest' described in a relative clause is no arrival guessed",
     "Jon Dahl's chief of staff, Tom Reeve, arrived at the Elysee Palace early on Monday. Jon Dahl welcomed his "
     "guest, who flew in from Rome, an hour later.",
     set(), {("Jon Dahl", "hosts", "Tom Reeve")}),
    ("a tête-à-tête is a meeting",
     "Jon Dahl and Ida Berg held a tête-à-tête on Monday. Kalo Venn and Lira Oster went into a tete-a-tete.",
     {("Jon Dahl", "meets", "Ida Berg", "happened"), ("Kalo Venn", "meets", "Lira Oster", "happened")}, set()),
    ("'the two leaders' after a host welcomed his counterpart in the same sentence",
     "Mozambican President Kalo Venn arrived in Oslo and was received at the airport by Vice President Lira Oster. "
     "President Jon Dahl later welcomed his Mozambican counterpart at State House before the two leaders went into talks.",
     {("Jon Dahl", "hosts", "Kalo Venn", "happened"), ("Jon Dahl", "meets", "Kalo Venn", "happened")},
     {("Lira Oster", "meets", "Jon Dahl")}),
    ("'his guest' welcomed at a building in the town the guest arrived in",
     "Ida Berg arrived in Paris on Monday. Jon Dahl welcomed his guest at the Elysee Palace.",
     {("Jon Dahl", "hosts", "Ida Berg", "happened")}, set()),
    ("a resolution a body did not adopt, or may adopt, calls on no one yet",
     "The Varna Canoe Union did not adopt a resolution calling on the Oslo Canoe League to act. The Tarnby Rowing "
     "Federation may adopt a resolution calling on the Nordic Rowing League to act.",
     {("Varna Canoe Union", "demands", "Oslo Canoe League", "negated"),
      ("Tarnby Rowing Federation", "demands", "Nordic Rowing League", "hypothetical")}, set()),
    ("'the two' after two people named in the same sentence",
     "Tom Reeve was received by Ida Berg at the palace, where the two discussed trade.",
     {("Tom Reeve", "meets", "Ida Berg", "happened")}, set()),
    ("welcomed at an airport: the guest landed there (a palace received at is only where they met)",
     "Kalo Venn arrived in Oslo on Monday and was welcomed at Tarnby International Airport by Jon Dahl. Jon Dahl "
     "received Ida Berg at the Varna Palace on Tuesday.",
     {("Kalo Venn", "visits", "Tarnby International Airport", "happened"), ("Jon Dahl", "hosts", "Ida Berg", "happened")},
     {("Ida Berg", "visits", "Varna Palace")}),
    ("'it' after a dateline is the company that said it, not the dateline's country",
     "PERTH, Australia -- Varna Minerals Limited today announced that it will host a Capital Markets Day in Sydney "
     "on 14 April.",
     {("Varna Minerals Limited", "hosts", "Capital Markets Day", "planned")}, {("Australia", "hosts", "Capital Markets Day")}),
    ("a participle hung on the body whose meeting it is: the meeting is hosted",
     "Ida Berg attended a ministerial meeting of the Friends of Norland group co-hosted by Denmark and Finland.",
     {("Denmark", "hosts", "ministerial meeting", "happened"), ("Finland", "hosts", "ministerial meeting", "happened")},
     {("Denmark", "hosts", "Friends of Norland")}),
    ("a congress's resolution asks for the body that held the congress",
     "The Nordic Canoe Racing Federation held its 14th Ordinary Congress in Oslo on 29 August. In a resolution adopted "
     "unanimously, the Congress asked the Baltic Games Council to confirm the sprint events.",
     {("Nordic Canoe Racing Federation", "demands", "Baltic Games Council", "happened")},
     {("Ordinary Congress", "demands", "Baltic Games Council")}),
    ("a tour's companions are not at the meeting held after it",
     "President Ida Berg toured the site together with Tom Reeve, before holding a meeting with Jon Dahl.",
     {("Ida Berg", "meets", "Jon Dahl", "happened")}, {("Tom Reeve", "meets", "Jon Dahl")}),
    ("'the government of X' is X's, not the host country's",
     "The State of Norway on Monday hosted a fresh round of negotiations between the government of Ghana and the "
     "Volta Liberation Front.",
     {("Norway", "hosts", "negotiations", "happened"), ("Ghana", "meets", "Volta Liberation Front", "happened")},
     {("Norway", "meets", "Volta Liberation Front")}),
    ("a title's country and the holder's name tagged as one",
     "President of Mongolia Batu Erdene received Foreign Minister Kenji Oda at the State Palace.",
     {("Batu Erdene", "hosts", "Kenji Oda", "happened")}, set()),
    ("'at which' officers will present: they attend the company's day",
     "Varna Minerals will host a Capital Markets Day in Sydney on 14 April, at which Managing Director and CEO Ida "
     "Berg and Chief Financial Officer Tom Reeve will present the strategy.",
     {("Ida Berg", "attends", "Capital Markets Day", "planned"), ("Tom Reeve", "attends", "Capital Markets Day", "planned")},
     {("CEO", "attends", "Capital Markets Day")}),
    ("travelling to a gathering in a town: at the gathering, a visit to the town",
     "Ida Berg will travel to the UN climate conference in Bonn. Tom Reeve will lead a delegation to the world trade "
     "conference in Geneva.",
     {("Ida Berg", "attends", "UN climate conference", "planned"), ("Ida Berg", "visits", "Bonn", "planned"),
      ("Tom Reeve", "visits", "Geneva", "planned")}, {("Ida Berg", "visits", "UN climate conference")}),
    ("'the Congress' is the one named before it, not one named later",
     "The Nordic Canoe Racing Federation held its 14th Ordinary Congress in Oslo on 29 August. The Congress was "
     "opened by Norway's Minister of Sport, Hon. Ida Berg. Ida Berg will lead a delegation to the IVF Congress in "
     "Rome in November.",
     {("Ida Berg", "attends", "Ordinary Congress", "happened")}, set()),
    ("'the two' with other parties named in the sentence is no pair of the people",
     "President Ivo Sand and Foreign Minister Lena Dorn said Kenya and Uganda had agreed a truce and the two would "
     "meet in Arusha next week.",
     set(), {("Ivo Sand", "meets", "Lena Dorn")}),
    ("a congress with its own owner is not the one held before",
     "The Velorian Socialist Party held its 9th Congress in Osk. The Federation's Congress urged Prime Minister Lena "
     "Dorn to resign.",
     set(), {("Velorian Socialist Party", "demands", "Lena Dorn")}),
    ("a welcome at an airport that did not happen, or on leaving, is no visit to it",
     "President Ivo Sand was not welcomed at Kotoka International Airport by Foreign Minister Lena Dorn. Foreign "
     "Minister Tom Reeve greeted President Ida Berg at Tarnby International Airport as she left for Lima.",
     set(), {("Ivo Sand", "visits", "Kotoka International Airport"), ("Ida Berg", "visits", "Tarnby International Airport")}),
    ("a gathering's town hung on the verb",
     "Ida Berg flew to the European Union summit in Brussels.",
     {("Ida Berg", "attends", "European Union summit", "happened"), ("Ida Berg", "visits", "Brussels", "happened")}, set()),
    ("a letter asking is a demand of its addressee",
     "The Tarnby Workers Union has also written to Transport Minister Claire Dufresne asking her to appoint an inquiry. "
     "Ida Berg did not write to Tom Reeve asking for help.",
     {("Tarnby Workers Union", "demands", "Claire Dufresne", "happened"), ("Ida Berg", "demands", "Tom Reeve", "negated")},
     set()),
    ("'the government of President X' is the country X leads",
     "Colombian President Gustavo Reyes spoke on Monday. The Tarnby Drivers Union demanded that the government of "
     "President Gustavo Reyes freeze the price of diesel.",
     {("Tarnby Drivers Union", "demands", "Colombia", "happened")}, set()),
    ("'we' in a bulletin written in the first person is the body that issues it",
     "Sisters and brothers, this week the Tarnby Bus Workers' Union negotiating committee met Varna Transit management."
     "\n\nWe have now asked the Provincial Mediation Service to appoint a mediator, and we call on Transport Minister "
     "Celia Roundtree to act.\n\nOn Saturday we will hold a rally outside City Hall.",
     {("Tarnby Bus Workers' Union", "demands", "Provincial Mediation Service", "happened"),
      ("Tarnby Bus Workers' Union", "demands", "Celia Roundtree", "happened"),
      ("Tarnby Bus Workers' Union", "hosts", "rally", "planned")}, set()),
    ("'is scheduled to be hosted by X': the raised subject is hosted",
     "The next regular border committee meeting is scheduled to be hosted by Norway in December.",
     {("Norway", "hosts", "next regular border committee meeting", "planned")}, set()),
    ("leading a site visit to a place is a visit",
     "Ms Ida Berg will also lead a site visit to Yarrabee for analysts on 16 April.",
     {("Ida Berg", "visits", "Yarrabee", "planned")}, set()),
    ("guests hosted or welcomed for a gathering: the host's gathering",
     "President Ida Berg hosted Tom Reeve and Jon Dahl at the palace on Sunday for a trilateral summit on trade. Prime "
     "Minister Lira Oster welcomed Kalo Venn to Varna House for a special meeting on visas.",
     {("Ida Berg", "hosts", "trilateral summit", "happened"), ("Ida Berg", "hosts", "Tom Reeve", "happened"),
      ("Lira Oster", "hosts", "special meeting", "happened"), ("Lira Oster", "hosts", "Kalo Venn", "happened")}, set()),
    ("a relative clause between a coordinated subject and its verb tells of both",
     "Finance Minister Tom Vale and Planning Minister Ida Berg, who accompanied the prime minister to Beijing, took "
     "part in the session. Jon Dahl met Kalo Venn and Lira Oster, who had flown to Oslo.",
     {("Tom Vale", "visits", "Beijing", "happened"), ("Ida Berg", "visits", "Beijing", "happened"),
      ("Lira Oster", "visits", "Oslo", "happened")}, {("Kalo Venn", "visits", "Oslo")}),
    ("'during the meeting' the two named just before met",
     "Jon Dahl flew to Oslo on Monday. During the meeting, Jon Dahl and Ida Berg reviewed relations.",
     {("Jon Dahl", "meets", "Ida Berg", "happened")}, set()),
    ("'the two' after two people, with a body only named along the way",
     "President Ida Berg was received by King Jon Dahl on the sidelines of the Nordic Council meeting, where the two "
     "discussed trade.",
     {("Ida Berg", "meets", "Jon Dahl", "happened")}, set()),
    ("a reduced relative's meeting of two people: the meeting and both guests are hosted",
     "The meeting of President Ida Berg and Prime Minister Tom Reeve, hosted by King Jon Dahl, lasted two hours.",
     {("Jon Dahl", "hosts", "meeting", "happened"), ("Jon Dahl", "hosts", "Ida Berg", "happened"),
      ("Jon Dahl", "hosts", "Tom Reeve", "happened")}, set()),
    ("the next meeting of a body scheduled to be hosted: the meeting",
     "The next meeting of the Nordic Council is scheduled to be hosted by Finland in May.",
     {("Finland", "hosts", "next meeting of the Nordic Council", "planned")}, set()),
    ("attended on one side by A and on the other by B: both attend",
     "Ida Berg held official talks with Tom Reeve. The talks were attended on the Norlandic side by Foreign Minister "
     "Jon Dahl and on the Varnan side by Foreign Minister Kalo Venn.",
     {("Jon Dahl", "attends", "official talks", "happened"), ("Kalo Venn", "attends", "official talks", "happened")},
     set()),
    ("a small country's capital is a place one leaves for",
     "Mr Tom Reeve leaves for Nuku'alofa on Thursday. Ida Berg flew to Valletta on Monday.",
     {("Tom Reeve", "visits", "Nuku'alofa", "planned"), ("Ida Berg", "visits", "Valletta", "happened")}, set()),
    ("'the Japanese minister' is the Japanese foreign minister named before",
     "Japanese Foreign Minister Ken Arai arrived in Oslo on Monday. The Japanese minister also visited Bergen.",
     {("Ken Arai", "visits", "Bergen", "happened")}, set()),
    ("a title's country at the end of its phrase: 'Minister for Foreign Affairs of Japan X'",
     "President Ida Berg received Minister for Foreign Affairs of Japan Ken Arai on Monday. The Japanese minister later "
     "visited Bergen.",
     {("Ken Arai", "visits", "Bergen", "happened")}, set()),
    ("'the Chinese minister' is not the Japanese one",
     "Japanese Foreign Minister Ken Arai met Chinese Foreign Minister Li Wen in Tokyo. The Chinese minister later "
     "visited Osaka.",
     {("Li Wen", "visits", "Osaka", "happened")}, {("Ken Arai", "visits", "Osaka")}),
    ("flew in for a fresh round of talks with Y: a meeting",
     "Prime Minister Tom Reeve flew into Bergen for a fresh round of talks with the Norlandic Workers Union.",
     {("Tom Reeve", "meets", "Norlandic Workers Union", "happened"), ("Tom Reeve", "visits", "Bergen", "happened")},
     set()),
    ("after a series of meetings with Y, X said: a meeting",
     "After a series of meetings with Tom Reeve, Ida Berg said the deal was close.",
     {("Ida Berg", "meets", "Tom Reeve", "happened")}, set()),
    ("a dinner in honour of Y at a place: the dinner, its guest, and the guest at it",
     "Ida Berg hosted a dinner in honour of Tom Reeve at the ministry.",
     {("Ida Berg", "hosts", "dinner", "happened"), ("Ida Berg", "hosts", "Tom Reeve", "happened"),
      ("Tom Reeve", "attends", "dinner", "happened")}, set()),
    ("indirect talks: both sides attend them, and do not meet",
     "The Tarnby Drivers Association held indirect talks with Halden Freight on Monday.",
     {("Tarnby Drivers Association", "attends", "indirect talks", "happened"),
      ("Halden Freight", "attends", "indirect talks", "happened")},
     {("Tarnby Drivers Association", "meets", "Halden Freight")}),
    ("travelled for indirect negotiations with Y: both attend them",
     "Ida Berg arrived in Oslo on Sunday for a new round of indirect negotiations with Tom Reeve.",
     {("Ida Berg", "attends", "indirect negotiations", "happened"), ("Tom Reeve", "attends", "indirect negotiations", "happened"),
      ("Ida Berg", "visits", "Oslo", "happened")},
     {("Ida Berg", "meets", "Tom Reeve")}),
    ("unable to attend: negated",
     "Tom Reeve was unable to attend the summit in Oslo.",
     {("Tom Reeve", "attends", "summit", "negated")}, set()),
    ("a visit by someone the text does not name is not the clause subject's",
     "Spanish King Jon Dahl received Mexican President Ida Berg on Tuesday in the first official visit by a Mexican "
     "head of state to Spain in eight years.",
     {("Jon Dahl", "hosts", "Ida Berg", "happened")}, {("Jon Dahl", "visits", "Spain")}),
    ("'Prime Minister X of Thailand' ... 'the Thai leader'",
     "Prime Minister Ken Arai of Thailand will arrive in Oslo on Thursday. The Thai leader will be received by King "
     "Jon Dahl.",
     {("Jon Dahl", "hosts", "Ken Arai", "planned")}, {("Jon Dahl", "hosts", "Thailand")}),
    ("'the French leader' is no leader of another or an unknown country",
     "Prime Minister Ken Arai met officials in Phnom Penh on Tuesday. The French leader later flew to Vientiane.",
     set(), {("Ken Arai", "visits", "Vientiane")}),
    ("'the Japanese minister' is no minister of another country",
     "Korean Foreign Minister Hwan Dosik met Philippine officials in Manila on Monday. The Japanese minister will visit "
     "Hanoi next week.",
     set(), {("Hwan Dosik", "visits", "Hanoi")}),
    ("indirect talks someone proposes or rejects are held by no one",
     "Iran proposed indirect talks with the United States through Oman. Iraq rejected indirect talks with Kuwait.",
     set(), {("United States", "attends", "indirect talks"), ("Iraq", "attends", "indirect talks"),
             ("Kuwait", "attends", "indirect talks")}),
    ("a named speaker's report fronted: the next verb is the speaker's",
     "Ana Vell will visit Kestrel, Tom Reed told reporters, and then flew to Tarvo himself.",
     {("Tom Reed", "visits", "Tarvo", "happened")}, {("Ana Vell", "visits", "Tarvo")}),
    ("both delegations of another gathering told since the talks",
     "Talks between Kestrel and Tarvo collapsed in May. In October, the Arvelian Football Federation held its congress "
     "in Oslo. Mayor Ivo Rask welcomed both delegations.",
     set(), {("Ivo Rask", "hosts", "Kestrel"), ("Ivo Rask", "hosts", "Tarvo")}),
    ("a market's demand met is no one's request",
     "Tarvo Steel said it could not meet the demand for steel from Kestrel Motors. Tarvo Steel met Kestrel Motors' "
     "demand for steel.",
     set(), {("Kestrel Motors", "demands", "Tarvo Steel")}),
    ("a verb after 'a spokesman said, but' is the report's subject's",
     "Chancellor Jon Dahl arrived in Oslo on Monday. Jon Dahl is not scheduled to visit Bergen, a government spokesman "
     "said, but will speak by phone with Prime Minister Ida Berg before returning home.",
     {("Jon Dahl", "meets", "Ida Berg", "planned"), ("Jon Dahl", "visits", "Bergen", "negated")}, set()),
    ("a demand told by its answer: rejected, accepted, given in to",
     "Halden Freight rejected IG Metall's demand for a 10% rise. Norsk Rail gave in to the Tarnby Drivers "
     "Association's demands on Monday.",
     {("IG Metall", "demands", "Halden Freight", "happened"),
      ("Tarnby Drivers Association", "demands", "Norsk Rail", "happened")}, set()),
    ("demands no one is named as making are no one's",
     "Halden Freight said it would never give in to demands to withdraw the offer.",
     set(), {("Halden Freight", "demands", "offer")}),
    ("joined by video link: at the event named before",
     "The summit opened in Arusha on Monday. Varnan President Tom Reeve joined by video link.",
     {("Tom Reeve", "attends", "summit", "happened")}, set()),
    ("joined by train is travel, not taking part",
     "The summit opened in Arusha on Monday. Tom Reeve joined by train from Nairobi.",
     set(), {("Tom Reeve", "attends", "summit")}),
    ("welcomed both delegations: the two sides of the talks named before",
     "Talks between the Tarnby Drivers Association and Halden Freight resumed in Oslo on Monday. Mediator Ida Berg "
     "welcomed both delegations on the first day.",
     {("Ida Berg", "hosts", "Tarnby Drivers Association", "happened"), ("Ida Berg", "hosts", "Halden Freight", "happened")},
     set()),
    ("a place phrase inside 'talks between' is no party",
     "Talks between Armenia and Azerbaijan resume on Monday in Bern.",
     {("Armenia", "meets", "Azerbaijan", None)}, {("Armenia", "meets", "Bern"), ("Azerbaijan", "meets", "Bern")}),
    ("a natural place's name the recogniser took for a person, and 'the marsh' after it",
     "Campaigners have camped on Thornbury Marsh since February. Judge Ida Berg, who visited the marsh with lawyers "
     "last week, ordered them to leave.",
     {("Ida Berg", "visits", "Thornbury Marsh", "happened")}, {("Ida Berg", "meets", "Thornbury Marsh")}),
    ("a surname that is a landform stays a person",
     "Ida Berg met John Hill on Monday.",
     {("Ida Berg", "meets", "John Hill", "happened")}, set()),
    ("a site where a wreath is laid or homage paid",
     "President Ida Berg laid a wreath at Raj Ghat on Tuesday. On Wednesday she paid homage at Varna Ghat.",
     {("Ida Berg", "visits", "Raj Ghat", "happened"), ("Ida Berg", "visits", "Varna Ghat", "happened")},
     {("Ida Berg", "meets", "Raj Ghat")}),
    ("tribute paid at a news conference is no visit",
     "President Ida Berg paid tribute to the victims at a news conference in Oslo.",
     set(), {("Ida Berg", "visits", "news conference")}),
    ("facilities in a town: a visit to the town",
     "Tom Reeve is expected to tour the dry port facilities in Mutare today.",
     {("Tom Reeve", "visits", "Mutare", "planned")}, set()),
    ("a country the recogniser called a product",
     "President Tom Reeve invited Ida Berg to visit Cyprus.",
     {("Ida Berg", "visits", "Cyprus", "planned")}, set()),
    ("a visitor is not the leader of the country he visits",
     "President Ardo Velsen flew to France on Monday. The French president received him at the palace in Paris.",
     {("Ardo Velsen", "visits", "France", "happened")}, set()),
    ("a governor 'of Georgia' is no Georgian leader",
     "Governor Dale Hurst of Georgia flew to Tbilisi on Monday. The Georgian president hosted him at the palace.",
     {("Dale Hurst", "visits", "Tbilisi", "happened")}, set()),
    ("a fronted report, then a verb of the sayer's tense: the sayer's",
     "Senator Mark Dell will visit Chile next week, the newspaper reported, and urged Norway to send aid.",
     set(), {("Mark Dell", "demands", "Norway")}),
    ("both delegations, after a summit told in passing",
     "Talks between Norway and Chile opened in Oslo on Monday. The talks were the first since the summit in Rome. "
     "Mayor Ina Berg welcomed both delegations.",
     {("Ina Berg", "hosts", "Norway", "happened"), ("Ina Berg", "hosts", "Chile", "happened")}, set()),
    ("a call ignored by no one kg knows keeps what was asked",
     "The Security Council's call for a ceasefire was ignored by the rebels.",
     {("Security Council", "demands", "ceasefire", "happened")}, set()),
    ("a town one flies in from and the airport of a town are places, not people",
     "President Tom Reeve, who flew into the airport of Golfito by helicopter from David, urged Costa Rica to share "
     "data. He said he would ask the World Bank to finance it.",
     {("Tom Reeve", "visits", "Golfito", "happened"), ("Tom Reeve", "demands", "World Bank", "planned")},
     {("David", "demands", "World Bank")}),
    ("'the two heads of state' are not the vice president who met the guest",
     "President Ida Berg arrived in Harare and was received at the airport by Vice President Jon Dahl. President Tom "
     "Reeve later welcomed his guest at State House. In a joint communique, the two Heads of State called for the "
     "removal of sanctions.",
     {("Ida Berg", "demands", "removal", "happened"), ("Tom Reeve", "demands", "removal", "happened")},
     {("Jon Dahl", "demands", "removal")}),
    ("'it arrived' after a sentence about a thing is the thing, no party",
     "Norland has imported 12,000 tonnes of sugar from Cuba. The imported sugar was needed because two refineries have "
     "shut down. It arrived in the provincial capital of Tarvik today.",
     set(), {("Norland", "visits", "Tarvik")}),
    ("tribute paid to people at a company is no visit, and the company stays a body",
     "Union leader Tomas Velk paid tribute to the staff at Kestrel Motors. He met Kestrel Motors on Tuesday to discuss pay.",
     {("Tomas Velk", "meets", "Kestrel Motors", "happened")}, {("Tomas Velk", "visits", "Kestrel Motors")}),
    ("'the two leaders' may be a vice president and a president when no one else is named",
     "Vice President Ana Velt of Chile arrived in Lima on Monday. President Tomas Velk of Peru welcomed her at the "
     "palace, and the two leaders held talks on trade.",
     {("Ana Velt", "meets", "Tomas Velk", "happened")}, set()),
    ("'Finance Minister X of Chile' ... 'the Chilean finance minister'",
     "Finance Minister Ana Velt of Chile arrived in Lima on Monday. The Chilean finance minister later flew to Cusco.",
     {("Ana Velt", "visits", "Cusco", "happened")}, set()),
    ("a person whose surname is a landform, met, stays a person",
     "Kim Ro met campaigner Chidi Forest in Lima on Monday.",
     {("Kim Ro", "meets", "Chidi Forest", "happened")}, set()),
    ("'It arrived' after a team from a body: the body",
     "The team from Velt Holdings was delayed by fog. It arrived in Lima on Friday and met Kim Ro.",
     {("Velt Holdings", "visits", "Lima", "happened")}, set()),
    ("proximity talks between two countries hosted by a third",
     "Oman hosted proximity talks between Iran and the United States in Muscat.",
     {("Oman", "hosts", "proximity talks", "happened"), ("Iran", "attends", "proximity talks", "happened"),
      ("United States", "attends", "proximity talks", "happened")},
     {("Iran", "meets", "United States")}),
    ("a city the recogniser took for a person is where a body travels; 'the Mayor of X, Y'",
     "The Tarnby Committee travelled to Manchester, where Members met the Mayor of Greater Manchester, Ida Berg.",
     {("Tarnby Committee", "visits", "Manchester", "happened")}, set()),
    ("a rally 'that' a union organised, the parser calling the clause a participle's",
     "Kim Ro spoke at a rally that the Tarnby Union organized outside the building.",
     {("Tarnby Union", "hosts", "rally", "happened"), ("Kim Ro", "attends", "rally", "happened")}, set()),
    ("'the union' after an education association",
     "The Velt Falls Education Association walked out on Monday. Superintendent Tom Reeve urged the union to return "
     "to the table.",
     {("Tom Reeve", "demands", "Velt Falls Education Association", "happened")}, set()),
    ("a dateline with the agency after the date: 'Town, Nov. 12, GNA -'",
     "Tarrawong, Nov. 12, GNA – President Kim Ro on Wednesday received Velt's Vice President, Tomas Lund, at the "
     "Jubilee House.",
     {("Kim Ro", "hosts", "Tomas Lund", "happened")}, {("GNA", "hosts", "Tomas Lund")}),
    ("'called on President Y at' a place: a call paid, not a demand",
     "Kim Ro also called on President Tomas Lund at the presidential palace.",
     {("Kim Ro", "meets", "Tomas Lund", "happened")}, {("Kim Ro", "demands", "Tomas Lund")}),
    ("'called on Y at' a place 'to' do something is a demand",
     "Kim Ro called on President Tomas Lund at the palace to release the prisoners.",
     {("Kim Ro", "demands", "Tomas Lund", "happened")}, {("Kim Ro", "meets", "Tomas Lund")}),
    ("'the two leaders' are the guest and the national leader, not a poet in a mausoleum's name nor a chief minister",
     "Iranian President Tomas Lund arrived in Lahore and was received by Prime Minister Kim Ro and Punjab Chief "
     "Minister Ida Berg. Lund then drove to the mausoleum of Allama Jon Dahl, where he laid a wreath and offered "
     "Fateha. On Sunday, the two leaders held talks.",
     {("Tomas Lund", "meets", "Kim Ro", "happened"), ("Tomas Lund", "visits", "mausoleum of Allama Jon Dahl", "happened")},
     {("Tomas Lund", "meets", "Ida Berg"), ("Jon Dahl", "meets", "Fateha")}),
    ("'the two leaders' after a leader received a local guest are those two, not two national leaders before",
     "Prime Minister Tomas Ferrand phoned President Omar Delcour of Alvania on Sunday. On Monday Ferrand received "
     "opposition leader Lena Fisk at his office. The two leaders held talks on the budget.",
     {("Tomas Ferrand", "meets", "Lena Fisk", "happened")}, {("Omar Delcour", "meets", "Lena Fisk")}),
    ("'called on Y at a news conference ... to resign' stays a demand",
     "Lena Fisk called on President Omar Delcour at a news conference in Pelham to resign.",
     {("Lena Fisk", "demands", "Omar Delcour", "happened")}, {("Lena Fisk", "meets", "Omar Delcour")}),
    ("'called on Y at' a body's meeting is an appeal, not a call paid",
     "Speaking in Pelham, Lena Fisk called on President Omar Delcour at the Human Rights Council.",
     {("Lena Fisk", "demands", "Omar Delcour", "happened")}, {("Lena Fisk", "meets", "Omar Delcour")}),
    ("'called on Y at' a place, a clause on the place after it: still a call paid",
     "Kim Ro also called on President Tomas Lund at the Aiwan-e-Sadr, where the President hosted a luncheon.",
     {("Kim Ro", "meets", "Tomas Lund", "happened")}, {("Kim Ro", "demands", "Tomas Lund")}),
    ("the Governor of a central bank keeps the bank a body",
     "The Governor of the Federal Reserve, Linda Marsh, spoke on Monday. Senator Dana Pike met the Federal Reserve on "
     "Tuesday and urged the Federal Reserve to cut rates.",
     {("Dana Pike", "meets", "Federal Reserve", "happened"), ("Dana Pike", "demands", "Federal Reserve", "happened")},
     set()),
    ("'the union' is a body named a union before an education association",
     "Kestria joined the Velmoran Union in 2004. The Kestrian Education Association backed the move. The union hosted "
     "a summit in Pelham on Monday.",
     {("Velmoran Union", "hosts", "summit", "happened")}, {("Kestrian Education Association", "hosts", "summit")}),
    ("an ordinal in an apposition does not split the numbered summit",
     "President Omar Delcour attended the 12th Velmora Summit in Pelham, the 3rd held in Kestria. Prime Minister Lena "
     "Fisk also attended the 12th Summit.",
     {("Omar Delcour", "attends", "Velmora Summit", "happened"), ("Lena Fisk", "attends", "Velmora Summit", "happened")},
     set()),
    ("'during a meeting', two coordinated subjects met",
     "During a meeting in the Mayor's conference room, Mayor Ida Berg and Mayor Kim Ro signed a renewed friendship "
     "agreement.",
     {("Ida Berg", "meets", "Kim Ro", "happened")}, set()),
    ("'during a meeting with staff', the two subjects are not said to meet each other",
     "During a meeting with staff, Ida Berg and Kim Ro announced cuts.", set(), {("Ida Berg", "meets", "Kim Ro")}),
    ("'invited to the opening, was unable to attend': the opening, not a conference room",
     "Mayor Ida Berg welcomed a delegation to City Hall for the opening of the Sister City Week. During a meeting in "
     "the Mayor's conference room, Mayor Ida Berg and Mayor Kim Ro signed an agreement. Governor Tom Reeve, who had "
     "been invited to the opening, was unable to attend.",
     {("Tom Reeve", "attends", "opening", "negated")}, {("Tom Reeve", "attends", "conference")}),
    ("to co-chair, with Y, a forum organised by Z",
     "Mrs Kim Ro is scheduled to co-chair, with Mr Tomas Lund, a Velt-Tarnby business forum on Thursday, organised "
     "by the Velt Economic Council and Confindustria.",
     {("Kim Ro", "attends", "business forum", "planned"), ("Velt Economic Council", "hosts", "business forum", None)},
     set()),
    ("a body's name with two sides is no pair of parties to its summit",
     "Kim Ro attended the British-Irish Council summit in Stirling.",
     {("Kim Ro", "attends", "British-Irish Council summit", "happened")}, {("United Kingdom", "meets", "Ireland")}),
    ("hosting unnamed leaders at a summit is hosting the summit",
     "First Minister Kim Ro called on the government to act, as he hosted leaders from across these islands at the "
     "Velt Council summit in Stirling yesterday.",
     {("Kim Ro", "hosts", "Velt Council summit", "happened")}, set()),
    ("'the twice-yearly gathering' is the summit told of",
     "Kim Ro hosted the Velt Council summit in Stirling on Monday. Ida Berg and Tom Reeve were among those who arrived "
     "at Stirling Castle for the twice-yearly gathering.",
     {("Ida Berg", "attends", "Velt Council summit", "happened")}, set()),
    ("'would not call the House back': no call",
     "Speaker Tom Reeve hosted Ida Berg on Monday. The House Velt Caucus met on Tuesday. Reeve said he would not call "
     "the House back early.",
     set(), {("Tom Reeve", "meets", "House")}),
    ("a past verb the parser hung on a relative clause's last place name is the name's",
     "Premier Tom Reeve said his government would not negotiate. Ida Berg, who joined the march from Hospital Road, "
     "called on the Premier to stop hiding behind the commission.",
     {("Ida Berg", "demands", "Tom Reeve", "happened"), ("Ida Berg", "attends", "march", "happened")}, set()),
    ("'told the crowd' after a rally: at the rally",
     "The rally filled Dunmere Square. Ida Berg told the crowd that the strike would go on.",
     {("Ida Berg", "attends", "rally", "happened")}, set()),
    ("'told the crowd' with no gathering named: nothing",
     "Ida Berg told the crowd that the strike would go on.", set(), {("Ida Berg", "attends", "crowd")}),
    ("'the march was led by X': X was at the march",
     "On Saturday, more than 300 tenants joined a march to City Hall. The march was led by Rosa Delgado, who handed "
     "a petition to Councillor Ian Mercer.",
     {("Rosa Delgado", "attends", "march", "happened")}, set()),
    ("'the union led a march': the body stages the march",
     "Thousands of teachers struck on Monday. The Velt Teachers' Union led a march from Dunmere Square to the "
     "Interior Ministry to demand higher pay.",
     {("Velt Teachers' Union", "hosts", "march", "happened")}, {("Velt Teachers' Union", "attends", "march")}),
    ("'X led a march' by a person: X was at it, staging it is not said",
     "Union chief Ida Berg led a march to City Hall on Saturday.",
     {("Ida Berg", "attends", "march", "happened")}, {("Ida Berg", "hosts", "march")}),
    ("'the union will lead a rally': a planned staging",
     "The Kessler Nurses' Union will lead a rally outside Parliament on Friday, its secretary said.",
     {("Kessler Nurses' Union", "hosts", "rally", "planned")}, set()),
    ("'the alliance led the talks' is no staging of a gathering",
     "The Velt Alliance led the talks with Kestrel Properties on Monday.",
     set(), {("Velt Alliance", "hosts", "talks")}),
    ("a site the recogniser took for a person, with a title in its name: a facility",
     "Prime Minister Kim Ro arrived in Velmont on Sunday. He later visited the Sheikh Arvo Grand Mosque, where he "
     "laid a wreath.",
     {("Kim Ro", "visits", "Sheikh Arvo Grand Mosque", "happened")}, {("Sheikh Arvo Grand Mosque", "meets", "Kim Ro")}),
    ("offices listed after a name are no bodies at the meeting",
     "The meeting was attended by Kim Ro, Deputy Ruler of Velmont and National Security Adviser, and Dr Ida Berg, "
     "Minister of Industry and Advanced Technology.",
     {("Kim Ro", "attends", "meeting", "happened")},
     {("National Security Adviser", "attends", "meeting"), ("Advanced Technology", "attends", "meeting"),
      ("Ruler of Velmont", "attends", "meeting")}),
    ("'officials of both sides' next to a name: the article is read, not skipped",
     "Minister Kim Ro held talks with Secretary Ida Berg. The two ministers co-chaired the meeting, which was also "
     "attended by Secretary Jan Holt and senior officials of both sides.",
     {("Kim Ro", "meets", "Ida Berg", "happened"), ("Jan Holt", "attends", "meeting", "happened")}, set()),
    ("a thing demanded is also known by its words without the article",
     "Kim Ro called for an immediate end to the fighting in Velmont.",
     {("Kim Ro", "demands", "immediate end to the fighting in Velmont", "happened")}, set()),
    ("a name going on with 'bin' that the recogniser cut in two: one person",
     "Velmont Football Union President Shaikh Arvo bin Kalev Al Rasmi welcomed Kim Ro to Union House on Thursday. "
     "The two Presidents held a bilateral meeting.",
     {("Arvo bin Kalev Al Rasmi", "hosts", "Kim Ro", "happened"), ("Arvo bin Kalev Al Rasmi", "meets", "Kim Ro", "happened")},
     {("Kim Ro", "meets", "Kim Ro")}),
    ("a dateline in title case ending in a colon is where the story was filed, no host",
     "Kuala Lumpur, Malaysia: Union President Ida Berg welcomed Kim Ro to Union House on Thursday.",
     {("Ida Berg", "hosts", "Kim Ro", "happened")}, {("Kuala Lumpur", "hosts", "Kim Ro")}),
    ("'issued a strike notice to A and B, demanding ...': A and B are asked",
     "The Velt Doctors Union has issued a 14-day strike notice to the Council of Mayors and the Ministry of Health, "
     "demanding the immediate posting of 1,200 interns and payment of arrears owed to doctors in at least 20 counties.",
     {("Velt Doctors Union", "demands", "Council of Mayors", "happened"),
      ("Velt Doctors Union", "demands", "Ministry of Health", "happened")}, set()),
    ("'sent a letter to its members, demanding ...': no party asked, the thing demanded",
     "The Velt Doctors Union sent a letter to its members on Monday, demanding the release of Kim Ro.",
     {("Velt Doctors Union", "demands", "Kim Ro", "happened")}, set()),
    ("'had written to Y three times since January asking for a meeting': a request of Y",
     "The Velt Doctors Union (VDU) called a strike. Secretary general Ida Berg said the union had written to Health "
     "Secretary Jan Holt three times since January asking for a meeting, without a response.",
     {("Velt Doctors Union", "demands", "Jan Holt", None)}, set()),
    ("'PM X' is the prime minister, even where the recogniser calls it a body",
     "Prime Minister Arvo Lind welcomed Prime Minister Kim Ro. PM Ro will attend a banquet to be hosted by PM Lind "
     "and his spouse in the evening.",
     {("Arvo Lind", "hosts", "banquet", "planned"), ("Kim Ro", "attends", "banquet", "planned")}, set()),
    ("a name ending in 'City' is a place, not a person sharing words with one",
     "President Ida Berg paid tribute to President Ho Chi Minh. She will travel to Ho Chi Minh City on Friday.",
     {("Ida Berg", "visits", "Ho Chi Minh City", "planned")}, set()),
    ("'paid tribute to X at his mausoleum': X's mausoleum is visited",
     "Prime Minister Kim Ro laid a wreath at the Monument to National Heroes and Martyrs and paid tribute to President "
     "Arvo Lind at his mausoleum.",
     {("Kim Ro", "visits", "Monument to National Heroes and Martyrs", "happened"),
      ("Kim Ro", "visits", "Arvo Lind Mausoleum", "happened")}, {("Arvo Lind", "visits", "Arvo Lind Mausoleum")}),
    ("'a session at which X and Y are due to give evidence': both to attend",
     "The committee will hold an evidence session on Wednesday, at which chief executive Kim Ro and the Secretary of "
     "State, Ida Berg MP, are due to give evidence.",
     {("Kim Ro", "attends", "evidence session", "planned"), ("Ida Berg", "attends", "evidence session", "planned")},
     set()),
    ("'no evidence of fraud at the summit' is nobody's testimony",
     "Police found no evidence of fraud at the summit in Velmont.", set(), {("Police", "attends", "summit")}),
    ("'met with A and with B ... asked both parties': A and B are asked",
     "Mayor Ida Berg met separately with the Velt Tenants Coalition and with Northline Homes on March 20, and has asked "
     "both parties to agree on a community benefits agreement before the hearing.",
     {("Ida Berg", "demands", "Velt Tenants Coalition", "happened"), ("Ida Berg", "demands", "Northline Homes", "happened")},
     set()),
    ("'welcomed a delegation from Y to Z': Y is hosted",
     "Mayor Helen Archer welcomed a delegation from Kestrel Coast University to Northmere on Tuesday.",
     {("Helen Archer", "hosts", "Kestrel Coast University", "happened")}, set()),
    ("'welcomed the delegation's proposal': approval, no guest",
     "Mayor Helen Archer welcomed the Kestrel delegation's proposal for a summit.",
     set(), {("Helen Archer", "hosts", "Kestrel")}),
    ("'the visiting minister' is the one who came, not the last minister named",
     "Trade Secretary Kim Ro arrived in Delhi on Tuesday for a three-day visit. Minister Ida Berg held talks with him. "
     "The Velt Chamber of Commerce hosted a dinner for the visiting minister on Tuesday evening.",
     {("Kim Ro", "attends", "dinner", "happened")}, {("Ida Berg", "attends", "dinner")}),
    ("'X called on PM Y later in the day, officials said': a courtesy call, reported",
     "Kim Ro called on Prime Minister Jan Holt later in the day, officials said.",
     {("Kim Ro", "meets", "Jan Holt", "reported")}, {("Kim Ro", "demands", "Jan Holt")}),
    ("'X called on PM Y to resign, officials said': a demand",
     "Kim Ro called on Prime Minister Jan Holt to resign, officials said.",
     {("Kim Ro", "demands", "Jan Holt", "reported")}, {("Kim Ro", "meets", "Jan Holt")}),
    ("'a ceremony in the Great Hall hosted by X': the ceremony is hosted, not the hall",
     "The two leaders later took part in a signing ceremony in the Great Hall hosted by Professor Sunil Mehra.",
     {("Sunil Mehra", "hosts", "signing ceremony", "happened")}, set()),
    ("'did not travel and sent X in her place': X took part in the meeting told before",
     "Jan Holt chaired the special meeting on Monday. Prime Minister Ida Berg did not travel to Bridgetown and sent "
     "Foreign Minister Kim Ro in her place.",
     {("Kim Ro", "attends", "special meeting", "happened")}, {("Ida Berg", "attends", "special meeting")}),
    ("'will not attend, sending her deputy X in her place': X is to attend",
     "The summit opened on Monday. Ida Berg will not attend, sending her deputy, Kim Ro, in her place.",
     {("Kim Ro", "attends", "summit", "planned"), ("Ida Berg", "attends", "summit", "negated")}, set()),
    ("'sent X in his place' after a thing demanded, with no gathering named: nothing",
     "We went in demanding a 6 per cent increase. Their chief executive, Tom Lund, did not even turn up and sent the "
     "director of operations, Alana Whit, in his place.",
     set(), {("Alana Whit", "attends", "increase")}),
    ("'sent X to Geneva' is no stand-in at anything",
     "The summit opened on Monday. The ministry sent Kim Ro to Geneva.", set(), {("Kim Ro", "attends", "summit")}),
    ("'the committee recommends that Y publish its report': a demand on Y",
     "The Velt Committee recommends that the Ministry of Agriculture publish its report.",
     {("Velt Committee", "demands", "Ministry of Agriculture", "happened")}, set()),
    ("'will recommend that Y be allowed to continue': nobody is asked",
     "The sources said the government will likely recommend that Velmont Oil be allowed to continue as the operator.",
     set(), {("government", "demands", "Velmont Oil")}),
    ("'analysts recommended buying the shares': no demand",
     "Analysts at Velmont Securities recommended buying Acme shares.", set(), {("Velmont Securities", "demands", "Acme")}),
    ("'hosted by the Pro-Vice-Chancellor for Global Engagement, Professor X': X, past the portfolio",
     "Vice-Chancellor Helen Archer welcomed the guests. The two leaders took part in a signing ceremony hosted by the "
     "Pro-Vice-Chancellor for Global Engagement, Professor Sunil Mehra.",
     {("Sunil Mehra", "hosts", "signing ceremony", "happened")},
     {("Helen Archer", "hosts", "signing ceremony"), ("Global Engagement", "hosts", "signing ceremony")}),
    ("'arrived in the capital' in a story filed from a capital: that capital, not the country named last",
     "ABU DHABI: President Kim Ro received Prime Minister Ida Berg of Greece on Monday. Ro accepted an invitation to "
     "visit Greece.\n\nBerg arrived in the capital on Sunday evening.",
     {("Ida Berg", "visits", "Abu Dhabi", "happened")}, {("Ida Berg", "visits", "Athens")}),
    ("'Committee members' after the Velt Transport Committee: its members, the committee",
     "The Velt Transport Committee will hold a hearing on Wednesday. The hearing follows a visit by Committee members "
     "to Heathrow on 2 March.",
     {("Velt Transport Committee", "visits", "Heathrow", "happened")}, set()),
    ("'the meeting of the Executive Committee, which the FIFA President attended': the meeting, the FIFA president",
     "Velt FA President Kim Ro welcomed FIFA President Ida Berg to Velt House on Thursday, ahead of the meeting of the "
     "Velt Executive Committee, which the FIFA President attended as a special guest.",
     {("Ida Berg", "attends", "meeting", "happened")}, {("Kim Ro", "attends", "meeting")}),
    ("'ahead of the summit, which X will attend': planned by its own tense",
     "Kim Ro met Ida Berg ahead of the summit, which Berg will attend.",
     {("Ida Berg", "attends", "summit", "planned")}, set()),
    ("'paid tribute to X at his mausoleum' is X's, not the visitor's",
     "President Tom Baxter paid tribute to President Omar Vesk at his mausoleum.",
     {("Tom Baxter", "visits", "Omar Vesk Mausoleum", "happened")}, {("Tom Baxter", "visits", "Tom Baxter Mausoleum")}),
    ("'visited his family grave' names no site",
     "Prime Minister Kenji Arata visited his family grave on Sunday.", set(),
     {("Kenji Arata", "visits", "Kenji Arata Grave")}),
    ("'led the rally in tech shares' is a market, no gathering hosted",
     "Orion Capital led the rally in tech shares on Wednesday.", set(), {("Orion Capital", "hosts", "rally")}),
    ("'the Monument to National Heroes and Tom Baxter laid ...': the name stops before the person",
     "Ana Ruiz laid wreaths at the Monument to National Heroes and Tom Baxter laid flowers at the cathedral.",
     {("Ana Ruiz", "visits", "Monument to National Heroes", "happened")},
     {("Ana Ruiz", "visits", "Monument to National Heroes and Tom Baxter")}),
    ("'the visiting trade minister, Li Wen' is Li Wen, not the last arrival",
     "Tom Baxter arrived in Lima on Monday. On Tuesday Ana Ruiz hosted a dinner for the visiting trade minister, Li Wen.",
     {("Li Wen", "attends", "dinner", "happened")}, {("Tom Baxter", "attends", "dinner")}),
    ("'the Tom Baxter Centre' is a body that can ask",
     "The Tom Baxter Centre urged Zambia to release the activists.",
     {("Tom Baxter Centre", "demands", "Zambia", "happened")}, set()),
    ("'skipped the vote and sent X in her place': no gathering to stand in at",
     "The summit opened on Monday. Ana Ruiz skipped the vote in parliament and sent her deputy, Tom Baxter, in her place.",
     set(), {("Tom Baxter", "attends", "summit")}),
    ("'dropped the striker and sent X in his place' is no stand-in",
     "The talks resumed on Monday. Coach Ana Ruiz dropped the striker and sent Tom Baxter in his place.",
     set(), {("Tom Baxter", "attends", "talks")}),
    ("'welcomed members from Y into its ranks' is no hosting",
     "The Velt Party welcomed members from the Green Alliance into its ranks after the split.",
     set(), {("Velt Party", "hosts", "Green Alliance")}),
    ("'welcomed a new board member from Y' is a hire",
     "Orion Capital welcomed a new board member from Delta Bank.", set(), {("Orion Capital", "hosts", "Delta Bank")}),
    ("'Chairman of Delta Bank and Orion Capital': two bodies stay",
     "Tom Baxter, Chairman of Delta Bank and Orion Capital, met Ana Ruiz on Monday.",
     {("Tom Baxter", "meets", "Ana Ruiz", "happened")}, set()),
    ("'agreed to recommend a nominee for election to the board' asks nobody",
     "Kim Ro agreed to recommend a second Velmont nominee for election to the Acme board.",
     set(), {("Kim Ro", "demands", "Acme")}),
    ("a union local is named by its number: 'UAW Local 140'",
     "The rally was organized by UAW Local 140 on Friday.",
     {("UAW Local 140", "hosts", "rally", "happened")}, set()),
    ("a release in the present with 'we' twice: 'we' is the body that issues it",
     "The Velt Tenants' Alliance (VTA) today calls on Kestrel Properties to withdraw the rent notices.\n\n"
     "We urge the council to act, and we ask the Minister of Housing, Ida Berg, to meet tenants during her visit.",
     {("Velt Tenants' Alliance", "demands", "Ida Berg", "happened")}, set()),
    ("a speaker's 'we' in a present-tense story is not the first sentence's subject",
     "Velmont Rail Company faces a strike today as the Kessler Transit Workers Union walks out. Union chief Ida Berg "
     "said we have asked Rail chief Jan Holt to meet us, but we have had no reply.",
     set(), {("Velmont Rail Company", "demands", "Jan Holt"), ("Velmont Rail Company", "meets", "Jan Holt")}),
    ("'the two leaders' after an untitled ruler the guest went to see: the guest and him",
     "President Jan Holt of Kessler hosted Prime Minister Tove Rask on Monday. On Tuesday, Rask flew to Velmont to "
     "see Ivo Marek, who has ruled Velmont since 2019. The two leaders held talks on gas supplies.",
     {("Tove Rask", "meets", "Ivo Marek", "happened")}, {("Jan Holt", "meets", "Tove Rask")}),
    ("'the two leaders' after an untitled host and guest: those two",
     "President Ivo Marek called snap elections on Monday, and Prime Minister Tove Rask backed the decision. On "
     "Tuesday Karel Osk hosted Pia Lund at his farm. The two leaders held talks on a joint list.",
     {("Karel Osk", "meets", "Pia Lund", "happened")}, {("Ivo Marek", "meets", "Tove Rask")}),
    ("'during a meeting', a man and his wife signing do not meet each other",
     "During a meeting in Velmont, President Ivo Marek and his wife Ana Marek signed the guest book of Mayor Jan Holt.",
     set(), {("Ivo Marek", "meets", "Ana Marek")}),
    ("'during a meeting', two protesters shouting do not meet each other",
     "During a meeting in Velmont, protesters Ivo Marek and Tove Rask shouted slogans at Mayor Jan Holt.",
     set(), {("Ivo Marek", "meets", "Tove Rask")}),
    ("'the crowd of protesters' outside a summit is not at the summit",
     "Karel Osk attended the peace summit in Varna on Monday. Outside the venue, activist Leo Brand told the crowd of "
     "protesters that the leaders had failed.",
     set(), {("Leo Brand", "attends", "peace summit")}),
    ("'told the crowd' at a football match is not at the summit before",
     "Karel Osk attended the peace summit in Varna on Monday. That evening he went to a football match, where he told "
     "the crowd that peace was near.",
     {("Karel Osk", "attends", "peace summit", "happened")}, set()),
    ("'the annual gathering next year' is another edition",
     "Prime Minister Tove Rask attended the Northern Council summit in Kessler on Friday. She will host the annual "
     "gathering next year in Velmont.",
     set(), {("Tove Rask", "hosts", "Northern Council summit")}),
    ("a market's opening is no event",
     "Stocks rose at the opening on Friday. Trader Jan Holt was unable to attend.", set(), {("Jan Holt", "attends", "opening")}),
    ("'invited to the opening' of a festival named before: the festival",
     "The Kessler Arts Festival began on Friday. Mayor Ida Berg, who had been invited to the opening, attended with "
     "her husband.",
     {("Ida Berg", "attends", "Kessler Arts Festival", "happened")}, set()),
    ("'X and his delegation, which included A, were welcomed by Y before the two leaders went into talks': X and Y",
     "Mr Kim Ro and his delegation, which included Attorney-General Ida Berg, were welcomed at the airport by "
     "President Tomas Lund with a ceremony before the two leaders went into talks.",
     {("Kim Ro", "meets", "Tomas Lund", "happened")}, {("Ida Berg", "meets", "Tomas Lund")}),
    ("a leader's call after talks with another leader is not a demand on that leader",
     "Kim Ro met Ida Berg in Lima on Monday. Kim Ro called for a ceasefire.",
     {("Kim Ro", "demands", "ceasefire", "happened")}, {("Kim Ro", "demands", "Ida Berg")}),
    ("a body plans a gathering: it hosts it, still to come",
     "The Kelso Workers Union plans a second rally outside the Marlow headquarters next Friday.",
     {("Kelso Workers Union", "hosts", "second rally", "planned")}, set()),
    ("planning a meeting with someone is no hosting",
     "Orla Bank is planning talks with Brix Capital next week.",
     set(), {("Orla Bank", "hosts", "talks")}),
    ("a speaker to a crowd the next sentence calls the rally",
     "Union leader Mara Kent told hundreds of workers outside the plant on Friday that the union would fight. "
     "The rally was organized by Local 12.",
     {("Mara Kent", "attends", "rally", "happened"), ("Local 12", "hosts", "rally", "happened")}, set()),
    ("a crowd with no gathering named after it is no attendance",
     "Union leader Mara Kent told hundreds of workers on Friday that the union would fight. "
     "The company said the plant would stay open.",
     set(), {("Mara Kent", "attends", "plant")}),
    ("the company: a firm whose chief executive the article named",
     "Tom Fain demanded that Stellantis drop its plans. Gov. Dana Price, who toured the plant with Stellantis CEO "
     "Antonio Filosa, said she had urged the company to keep the line in Warren.",
     {("Dana Price", "demands", "Stellantis", None)}, set()),
    ("a guest's delegation welcomed to a university's grounds visits it",
     "Vice-Chancellor Ada Vose welcomed a delegation from Kestrel University, led by its President, Professor Tom "
     "Reed, to the University of Northmere on Tuesday.",
     {("Ada Vose", "hosts", "Kestrel University", "happened"), ("Tom Reed", "visits", "University of Northmere", "happened")},
     set()),
    ("welcomed to an alliance is joining it, no visit",
     "Mr Stoltenberg welcomed Finland to NATO.",
     set(), {("Finland", "visits", "NATO")}),
    ("a site named by its head before 'of'",
     "President Tom Reed laid a wreath at the National Pantheon of the Heroes.",
     {("Tom Reed", "visits", "National Pantheon of the Heroes", "happened")}, set()),
    ("the opening of a forum the recogniser called a body",
     "Ms Dara Quill attended the opening of the Tashkent International Investment Forum.",
     {("Dara Quill", "attends", "Tashkent International Investment Forum", "happened")}, set()),
    ("a relative clause on a coordinated passive subject tells of both",
     "Premier Tom Reed and Prime Minister Dara Quill, who flew into Copenhagen on Sunday, were greeted by Ada Vose.",
     {("Tom Reed", "visits", "Copenhagen", "happened"), ("Dara Quill", "visits", "Copenhagen", "happened"),
      ("Ada Vose", "hosts", "Tom Reed", "happened")}, set()),
    ("a guest hosted for a gathering is at it",
     "Prime Minister Ada Vose hosted President Tom Reed at the palace on Monday for the annual summit.",
     {("Tom Reed", "attends", "annual summit", "happened"), ("Ada Vose", "hosts", "annual summit", "happened")}, set()),
    ("a guest hosted for a private meeting meets the host; the meeting names no gathering of theirs",
     "President Ada Vose received Pope Leo at the palace for a private meeting on Monday.",
     set(), {("Leo", "attends", "private meeting")}),
    ("a guest hosted for talks meets the host; the talks name no gathering of theirs",
     "Prime Minister Ada Vose hosted President Tom Reed for talks on Monday.",
     {("Ada Vose", "meets", "Tom Reed", "happened")}, {("Tom Reed", "attends", "talks")}),
    ("an indefinite gathering is a new one, not the one of the same kind named before",
     "Ada Vose called on the EU to hold the first intergovernmental conference with Velt before the end of the year. "
     "On Friday, Tom Reed will address a conference on judicial reform organised by the EU Delegation.",
     {("EU Delegation", "hosts", "conference", "planned")},
     {("EU Delegation", "hosts", "first intergovernmental conference"), ("Tom Reed", "attends", "first intergovernmental conference")}),
    ("asking to meet someone is a demand on them; the meeting is only asked for",
     "The Velt Teachers Union had asked to meet with President Tom Reed, but he refused.",
     {("Velt Teachers Union", "demands", "Tom Reed", "happened"), ("Velt Teachers Union", "meets", "Tom Reed", "hypothetical")},
     set()),
    ("whose government hosts: the leader stands for it",
     "Leaders are arriving in Abuja for the summit. President Bola Tinubu, whose government is hosting the summit, "
     "greeted President Julius Maada Bio on the red carpet.",
     {("Bola Tinubu", "hosts", "summit", "happened")}, set()),
    ("'the sides' after a reception: the host and the guest",
     "President Tom Reed today received a delegation of the Velt Bank led by its President Ada Vose. During the meeting, "
     "the sides discussed the bank's portfolio.",
     {("Tom Reed", "meets", "Ada Vose", "happened")}, {("Velt Bank", "meets", "Ada Vose")}),
    ("'we' in a body officer's quote is the body",
     'The Velt Teachers Union (VTU) met on Monday. VTU secretary general Mara Kent said: "We have written to Minister '
     'Tom Reed asking for a meeting."',
     {("Velt Teachers Union", "demands", "Tom Reed", "happened")}, {("Mara Kent", "demands", "Tom Reed")}),
    ("'we' in a minister's quote stays the minister (a portfolio is no body one speaks for)",
     'Argentina will seek new deadlines, Industry and Foreign Trade Secretary Roberto Lavagna told reporters. "We are '
     'going to insist on the application of contingency clauses," he said.',
     {("Roberto Lavagna", "demands", "application", "planned")}, set()),
    ("coordinated subjects who met someone else did not meet each other",
     "Tom Reed and Ada Vose met their counterparts in Lima.",
     set(), {("Tom Reed", "meets", "Ada Vose")}),
    ("coordinated subjects met on a day the parser made an object",
     "Tom Reed and Ada Vose met the following day in Lima.",
     {("Tom Reed", "meets", "Ada Vose", "happened")}, set()),
    ("coordinated subjects who discussed a topic met each other",
     "Tom Reed and Ada Vose discussed trade on Monday.",
     {("Tom Reed", "meets", "Ada Vose", "happened")}, set()),
    ("a meeting a relative clause says who offered to host it",
     "Tom Reed will travel to Panama City in April for a follow-up meeting, which Ada Vose offered to host.",
     {("Tom Reed", "attends", "follow-up meeting", "planned"), ("Ada Vose", "hosts", "follow-up meeting", "hypothetical")},
     set()),
    ("a meeting a relative clause calls off has no one holding it",
     "Tom Reed flew to Lima for a meeting, which was later called off.",
     {("Tom Reed", "visits", "Lima", "happened")}, {("Tom Reed", "attends", "meeting")}),
    ("a gathering named before a relative clause the speakers are due to address",
     "The union will hold a demonstration on Thursday, which Tom Reed and Ada Vose are due to address.",
     {("Tom Reed", "attends", "demonstration", "planned"), ("Ada Vose", "attends", "demonstration", "planned")}, set()),
    ("talks attended on one side by named ministers",
     "Tom Reed and Dara Quill held talks on Sunday, attended on the Velt side by Foreign Minister Ada Vose and Interior "
     "Minister Mo Lind.",
     {("Ada Vose", "attends", "talks", "happened"), ("Mo Lind", "attends", "talks", "happened")}, set()),
    ("a body's name listing its fields with 'and', cut by the recogniser",
     "The Portfolio Committee on Mineral and Petroleum Resources has called on the Department of Mineral and Petroleum "
     "Resources to produce a full plan.",
     {("Portfolio Committee on Mineral and Petroleum Resources", "demands", "Department of Mineral and Petroleum Resources",
       "happened")}, set()),
    ("a visit after which a clause's phrase the parser hung on its object",
     "The Portfolio Committee on Trade has called on the Department of Trade to produce, within 14 days, a full plan for "
     "the mines in the area, following an oversight visit to Klerksdorp and Stilfontein yesterday.",
     {("Portfolio Committee on Trade", "visits", "Klerksdorp", "happened"),
      ("Portfolio Committee on Trade", "visits", "Stilfontein", "happened")}, set()),
    ("'the committee' for a committee named 'on' its field",
     "The Portfolio Committee on Trade met on Monday. The committee met representatives of the National Union of "
     "Mineworkers.",
     {("Portfolio Committee on Trade", "meets", "National Union of Mineworkers", "happened")}, set()),
    ("a body named 'Church of' is no site",
     "The Church of England called on Tom Reed to resign.",
     {("Church of England", "demands", "Tom Reed", "happened")}, set()),
    ("an ambassador's own 'to' is no visit",
     "Ada Vose welcomed Tom Reed, the Dravian ambassador to France, at the palace.",
     {("Ada Vose", "hosts", "Tom Reed", "happened")}, {("Tom Reed", "visits", "France")}),
    ("welcomed to a university as its president is no visit",
     "The board of Harvard University welcomed Tom Reed to Harvard University as its new president.",
     set(), {("Tom Reed", "visits", "Harvard University")}),
    ("a rally the next sentence calls off is no attendance",
     "Tom Reed told hundreds of workers on Friday that the plant would close. The rally planned for Monday was cancelled.",
     set(), {("Tom Reed", "attends", "rally")}),
    ("reporters are no crowd at a gathering",
     "Tom Reed told dozens of reporters on Friday that the plant would close. The march went ahead without him.",
     set(), {("Tom Reed", "attends", "march")}),
    ("confirming another's presence is no attendance",
     "Tom Reed attended the summit in Lima. Ada Vose confirmed his presence in a statement.",
     {("Tom Reed", "attends", "summit", "happened")}, {("Ada Vose", "attends", "summit")}),
    ("not confirming one's attendance tells nothing",
     "President Tom Reed will host the summit in July. Dara Quill has not confirmed her attendance.",
     set(), {("Dara Quill", "attends", "summit")}),
    ("'the sides' after a reception of two guests: no guest meets the other",
     "Tom Reed received Ada Vose and Olan Varga on Monday. During the meeting, the sides discussed trade.",
     {("Tom Reed", "hosts", "Ada Vose", "happened")}, {("Ada Vose", "meets", "Olan Varga")}),
    ("a former government's hosting is no host of the leader's now",
     "Tom Reed, whose former government had hosted the talks, criticised Ada Vose.",
     set(), {("Tom Reed", "hosts", "talks")}),
    ("a former officer's 'we' is no longer the body's",
     'Former Brix Capital director Ada Vose joined the Green Party in May. "We call on Tom Reed to resign," Ada Vose '
     'told reporters.',
     {("Ada Vose", "demands", "Tom Reed", "happened")}, {("Brix Capital", "demands", "Tom Reed")}),
    ("a meeting one is asked to take part in is only asked for",
     "Prime Minister Tom Reed asked Canberra to take part in a trilateral meeting with the joint venture partners, "
     "Velt Energy and Dravia Gas, before the end of the year.",
     {("Tom Reed", "demands", "Australia", "happened"), ("Velt Energy", "meets", "Australia", "hypothetical")}, set()),
    ("a company's named investor day hosted in a city is no guest there",
     "Velt Hydrogen ASA will host its Capital Markets Day in Oslo on 14 October, where Chief Executive Officer Tone "
     "Solhaug will present the strategy.",
     {("Velt Hydrogen ASA", "hosts", "Capital Markets Day", "planned")}, {("Capital Markets Day", "visits", "Oslo")}),
    ("a country and its office-holder tagged as one name after the office's 'of'",
     "President of the Kyrgyz Republic Ada Vosova received Tom Reed on Wednesday.",
     {("Ada Vosova", "hosts", "Tom Reed", "happened")}, set()),
    ("'the parties' after a reception: the host and the guest",
     "President Tom Reed today received Ada Vose, President of the Velt Bank. During the meeting, the parties discussed "
     "the bank's portfolio.",
     {("Tom Reed", "meets", "Ada Vose", "happened")}, set()),
    ("confirming one's attendance at the gathering named before",
     "President Tom Reed will host the bloc's summit in Asuncion in July. President Dara Quill confirmed her "
     "attendance, while Ada Vose has not yet confirmed whether she will travel.",
     {("Dara Quill", "attends", "summit", "planned")}, {("Ada Vose", "attends", "summit")}),
    ("the guest after the place received at, in French word order",
     "President Tom Reed received on Tuesday at the Kadri Palace the Prime Minister of Belmoria, Ada Vose, who arrived "
     "in Valmora on a working visit.",
     {("Tom Reed", "hosts", "Ada Vose", "happened")}, {("Kadri Palace", "hosts", "Ada Vose")}),
    ("the guest after a place in a town",
     "The President of the Republic, Mr. Tom Reed, received on Wednesday at the Presidential Palace in Valmora the "
     "Prime Minister of the Republic of Belmoria, Mr. Ada Vose, who is on a two-day working visit to Korvia.",
     {("Tom Reed", "hosts", "Ada Vose", "happened"), ("Ada Vose", "visits", "Korvia", "happened")}, set()),
    ("the guest after the place received at, as 'his counterpart, NAME'",
     "The President of the Republic, Tom Reed, received on Monday at the Presidential Palace in Cidade Alta his "
     "Belmorian counterpart, Ada Vose, who arrived on Sunday for a working visit to Korvia.",
     {("Tom Reed", "hosts", "Ada Vose", "happened")}, {("Tom Reed", "visits", "Presidential Palace")}),
    ("'the two' opening the sentence after a reception: the host and the guest",
     "Tom Reed received Ada Vose on Tuesday. The two discussed flights and security.",
     {("Tom Reed", "meets", "Ada Vose", "happened")}, set()),
    ("'the two' after a reception of three: no telling which two",
     "Tom Reed received Ada Vose and Dara Quill on Tuesday. The two discussed flights and security.",
     set(), {("Ada Vose", "meets", "Dara Quill")}),
    ("an office in apposition to each name is no party of its own",
     "Tom Reed, Prime Minister of the Kingdom of Cambodia, welcomed Ada Vose, Prime Minister of the Republic of "
     "Singapore, at the Peace Palace this morning, at the start of her official visit to Cambodia.",
     {("Tom Reed", "hosts", "Ada Vose", "happened"), ("Ada Vose", "visits", "Cambodia", "happened")},
     {("=Cambodia", "hosts", "Ada Vose"), ("Tom Reed", "hosts", "=Singapore"), ("=Singapore", "visits", "Cambodia")}),
    ("a dateline vouched for by an agency kg does not know",
     "Vientiane, November 20 (KPL) -- Prime Minister Tom Reed hosted an official welcoming ceremony this morning for "
     "Prime Minister Ada Vose of Thailand, who is on an official visit to Laos.",
     {("Tom Reed", "hosts", "Ada Vose", "happened")}, {("Vientiane", "hosts", "Ada Vose")}),
    ("an office-holder the recogniser left untagged after the office's country",
     "Prime Minister Tom Reed hosted a ceremony this morning for Prime Minister of the Kingdom of Thailand Ada Vose, "
     "who is on an official visit to Laos.",
     {("Tom Reed", "hosts", "Ada Vose", "happened")}, {("Tom Reed", "hosts", "=Thailand")}),
    ("'which was attended by' hung on the place of the meal: the meal",
     "Later in the evening, Tom Reed hosted a dinner in honour of the visiting dignitary at the State Guest House in "
     "Koinadhara, which was attended by Governor Ivo Sand and several ministers.",
     {("Tom Reed", "hosts", "dinner", "happened"), ("Ivo Sand", "attends", "dinner", "happened")},
     {("Ivo Sand", "attends", "State Guest House")}),
    ("a meeting held with people in attendance: they are not the party met",
     "Tom Reed held a meeting with Ada Vose on Monday, with Cabinet ministers in attendance.",
     {("Tom Reed", "meets", "Ada Vose", "happened")}, {("Tom Reed", "meets", "Cabinet")}),
    ("an office in apposition with no article, resolved later by the country's adjective",
     "Tom Reed, Prime Minister of the Kingdom of Cambodia, warmly welcomed Ada Vose, Prime Minister of the Republic of "
     "Singapore, at the Peace Palace this morning, at the start of the Singaporean leader's first official visit to "
     "Cambodia.",
     {("Ada Vose", "visits", "Cambodia", "happened")}, {("=Singapore", "visits", "Cambodia")}),
    ("a national office with its department before the name, resolved by the country's adjective",
     "Georgian Prime Minister Tom Reed met Hungarian Minister of Foreign Affairs and Trade Peter Kovacs in Tbilisi on "
     "Thursday, on the second day of the Hungarian minister's visit to Georgia. The Hungarian minister is due to "
     "travel to Batumi on Friday.",
     {("Peter Kovacs", "visits", "Georgia", "happened"), ("Peter Kovacs", "visits", "Batumi", "planned")},
     {("Hungary", "visits", "Georgia")}),
    ("'the two leaders' opening the sentence after a reception told in a relative clause",
     "Prime Minister Ada Vose arrived in Nuuk on Monday for her first official visit to Greenland, where she was "
     "received by Premier Jon Dahl at the Greenlandic government's residence for official guests. The two leaders held "
     "talks on fisheries cooperation.",
     {("Ada Vose", "meets", "Jon Dahl", "happened"), ("Jon Dahl", "hosts", "Ada Vose", "happened")},
     {("Jon Dahl", "meets", "Greenlandic")}),
    ("attending (joining) a meeting with someone is meeting them",
     "Ada Vose and Dara Quill will join a tripartite meeting with Tom Reed in Rabat on Tuesday.",
     {("Ada Vose", "meets", "Tom Reed", "planned"), ("Dara Quill", "meets", "Tom Reed", "planned"),
      ("Dara Quill", "attends", "tripartite meeting", "planned")}, {("Ada Vose", "meets", "Dara Quill")}),
    ("a meeting with counterparts no name says: no country met",
     "Ada Vose arrived in Valmora from Kabul, where she had attended a trilateral meeting with her Pakistani and "
     "Afghan counterparts.",
     {("Ada Vose", "attends", "trilateral meeting", "happened")}, {("Ada Vose", "meets", "Pakistan")}),
    ("a portfolio run on into its holder's name: the person, no body",
     "Minister for Bougainville Affairs Manasseh Makiba, who attended the meeting together with Chief Secretary to "
     "Government Ivan Pomaleu, said the talks went well.",
     {("Manasseh Makiba", "attends", "meeting", "happened")},
     {("=Bougainville Affairs Manasseh Makiba", "attends", "meeting")}),
    ("'the governments of A, B and C': each country asked",
     "The Kelso Farmers Union today called on the governments of Kazakhstan, Uzbekistan and Kyrgyzstan to agree an "
     "emergency increase in releases.",
     {("Kelso Farmers Union", "demands", "Kazakhstan", "happened"), ("Kelso Farmers Union", "demands", "Uzbekistan", "happened"),
      ("Kelso Farmers Union", "demands", "Kyrgyzstan", "happened")}, set()),
    ("a country the tagger cut at its hyphen, then 'both governments'",
     "Australia and Timor-Leste signed a deal on Monday. The Kelso Farmers Union called on both governments to publish "
     "the terms.",
     {("Kelso Farmers Union", "demands", "Timor-Leste", "happened"), ("Kelso Farmers Union", "demands", "Australia", "happened")},
     set()),
    ("hosting a body's meeting: the meeting, the body no guest",
     "Tom Reed said the Forum Secretariat would host a meeting of the Forum Officials Committee in Suva in August.",
     {("Forum Secretariat", "hosts", "meeting of the Forum Officials Committee", "planned")},
     {("Forum Secretariat", "hosts", "=Forum Officials Committee")}),
    ("'the Omani official': the one person with an office of that country (no monarch)",
     "Sultan Dara Quill of Oman sent a message. Oman's Deputy Prime Minister Tom Reed arrived in Kuwait on Tuesday. The "
     "Omani official is scheduled to leave Kuwait on Wednesday for Manama.",
     {("Tom Reed", "visits", "Manama", "planned")}, {("=Oman", "visits", "Manama")}),
    ("'the Taoiseach' is Ireland's prime minister, never another country's named later",
     "The Taoiseach has called on the British government to set out a timeline for its legacy legislation. He raised "
     "the issue with Prime Minister Tom Reed of the United Kingdom in a phone call.",
     {("Prime Minister of Ireland", "demands", "United Kingdom", "happened")}, {("Tom Reed", "demands", "United Kingdom")}),
    ("'President of the Republic NAME' tagged as one body, then 'the Head of State'",
     "President of the Republic Kais Saied received Tom Reed on Tuesday. The Head of State reiterated his support and "
     "urged the United Nations to respect the will of the people.",
     {("Kais Saied", "hosts", "Tom Reed", "happened"), ("Kais Saied", "demands", "United Nations", "happened")},
     {("=State", "demands", "United Nations")}),
    ("'the Head of State' is no bank's president",
     "President of Kyrgyzstan Ada Vosova received Bank President Tom Reed on Tuesday. The Head of State asked the bank "
     "to speed up its projects.",
     {("Ada Vosova", "demands", "Bank", "happened")}, {("Tom Reed", "demands", "Bank")}),
    ("a meal in honour of a country's delegation: the country is no guest",
     "Minister Ada Vose later hosted a luncheon in honour of the Japanese delegation at the State Guest House.",
     {("Ada Vose", "hosts", "luncheon", "happened")}, {("Ada Vose", "hosts", "Japan")}),
    ("'the visiting Head of State': the one who arrived, told in a relative clause",
     "Ada Vose, who arrived at the airport on Sunday, was received by Vice President Ivo Sand. A state banquet hosted "
     "by Tom Reed in honour of the visiting Head of State on Monday evening was attended by Prime Minister Dara Quill.",
     {("Tom Reed", "hosts", "Ada Vose", "happened")}, {("Tom Reed", "hosts", "Head of State")}),
    ("a hyphenated surname the tagger cut off the given names",
     "President Tom Reed later hosted a state luncheon in honour of his guest, which was attended by the Vice "
     "President, Professor Jane Naana Opoku-Agyemang, and the Speaker of Parliament, Mr Alban Bagbin.",
     {("Jane Naana Opoku-Agyemang", "attends", "state luncheon", "happened")},
     {("=Opoku-Agyemang", "attends", "state luncheon")}),
    ("a bare 'the President' right after a president named close before it",
     "Belmorian President Ada Vose arrived in Valmora on Saturday. Vose also called on President Tom Reed at the "
     "palace, where the President hosted a luncheon in honour of the visiting dignitary.",
     {("Tom Reed", "hosts", "luncheon", "happened")}, {("Ada Vose", "hosts", "luncheon")}),
    ("'the Israeli official' after 'a senior Israeli official': that one, not the minister named before",
     "Israeli Prime Minister Tom Reed spoke by phone with Ada Vose on Monday. Separately, a senior Israeli official "
     "travelled to Cairo. The Israeli official met Egyptian intelligence chief Dara Quill.",
     set(), {("Tom Reed", "meets", "Dara Quill")}),
    ("hosting a meeting of two bodies hosts both",
     "Egypt hosted a meeting of Hamas and Fatah in Cairo on Monday.",
     {("Egypt", "hosts", "Hamas", "happened"), ("Egypt", "hosts", "Fatah", "happened")}, set()),
    ("a body's name after a portfolio word is no person's",
     "Tom Reed met Chairman of the Cooperation Council Ada Vose.",
     set(), {("Council Ada Vose", "meets", "Tom Reed")}),
    ("'of the Republic' before a body's name makes no president",
     "The President of the Republic Bank Group met Tom Reed on Monday.",
     set(), {("=Bank Group", "meets", "Tom Reed")}),
    ("joining negotiations with someone is meeting them",
     "Tom Reed joined negotiations with Ada Vose in Geneva on Monday.",
     {("Tom Reed", "meets", "Ada Vose", "happened")}, set()),
    ("a country's word in a body's office makes its holder that country's official",
     "Tom Reed received on Tuesday the President of the Libyan Presidential Council, Ada Vose, at the palace. The "
     "Libyan official is scheduled to leave Tunis on Wednesday for Algiers.",
     {("Tom Reed", "hosts", "Ada Vose", "happened"), ("Ada Vose", "visits", "Algiers", "planned")}, set()),
    ("a portfolio of several fields run on into its holder's name",
     "Ada Vose held talks with Minister of Foreign Affairs, Migration and Belmorians Abroad Tom Reed, who had welcomed "
     "the Korvian guest at the airport.",
     {("Ada Vose", "meets", "Tom Reed", "happened")}, {("=Abroad Tom Reed", "meets", "Ada Vose")}),
    ("a person received by another met them",
     "Prime Minister Ada Vose was received by President Tom Reed at the Office of the President on Tuesday.",
     {("Tom Reed", "hosts", "Ada Vose", "happened"), ("Tom Reed", "meets", "Ada Vose", "happened")}, set()),
    ("a reception at the airport, or one still to come, is no meeting told",
     "Ada Vose was received at the airport by Tom Reed on Tuesday. She is expected to be received by President Dara "
     "Quill on Friday.",
     {("Tom Reed", "hosts", "Ada Vose", "happened"), ("Dara Quill", "hosts", "Ada Vose", "planned")},
     {("Tom Reed", "meets", "Ada Vose"), ("Dara Quill", "meets", "Ada Vose")}),
    ("'visiting the country' is never the visitor's own: the country the story was filed from",
     "KUWAIT, Feb 10 (KUNA) -- Crown Prince Ada Vose received at Bayan Palace on Tuesday Oman's Deputy Prime Minister "
     "Tom Reed, who is visiting the country at the head of a high-level delegation.",
     {("Tom Reed", "visits", "Kuwait", "happened")}, {("Tom Reed", "visits", "Oman")}),
    ("a meal in honour of a guest and the delegation with them: the guest, no country",
     "Tom Reed, Prime Minister of the Kingdom of Cambodia, welcomed Ada Vose, Prime Minister of the Republic of "
     "Singapore, at the Peace Palace. Tom Reed then hosted an official luncheon in honour of his Singaporean "
     "counterpart and the accompanying delegation.",
     {("Tom Reed", "hosts", "official luncheon", "happened"), ("Tom Reed", "hosts", "Ada Vose", "happened")},
     {("Tom Reed", "hosts", "=Singapore")}),
    ("a city whose first word is also a given name, travelled to",
     "Tom Reed is due to travel to Siem Reap tomorrow, where he will tour the temple complex, before flying home.",
     {("Tom Reed", "visits", "Siem Reap", "planned")}, set()),
    ("a body's name of two fields joined by 'and', its first tagged apart",
     "Tom Reed is scheduled to visit the Marine and Freshwater Research Institute in Hafnarfjordur tomorrow.",
     {("Tom Reed", "visits", "Marine and Freshwater Research Institute", "planned")},
     {("Tom Reed", "visits", "=Freshwater Research Institute")}),
    ("a secretariat is a body, whatever the tagger called it",
     "President Tom Reed called on the SADC Secretariat to speed up the operationalisation of the force.",
     {("Tom Reed", "demands", "SADC Secretariat", "happened")}, set()),
    ("a coordination hung on the first name's office: each person of it",
     "Rafael Louzan, president of the Royal Spanish Football Federation, and Pedro Proenca, president of the "
     "Portuguese Football Federation, will join a tripartite meeting in Rabat on Tuesday.",
     {("Rafael Louzan", "attends", "tripartite meeting", "planned"),
      ("Pedro Proenca", "attends", "tripartite meeting", "planned")}, set()),
    ("a body's office named before its holder, resolved by its words later",
     "The President of the Commission of the Union of Northern States (UNS), Ada Vose, met Tom Reed. The Commission "
     "President urged the Belmorian government to pay its arrears.",
     {("Ada Vose", "meets", "Tom Reed", "happened"), ("Ada Vose", "demands", "Belmorian government", "happened")},
     {("Tom Reed", "demands", "Belmorian government")}),
    ("a meeting's relative clause read as the sentence: the clause after it tells who met",
     "During the meeting, which was also attended by Foreign Minister Ivo Sand, President Tom Reed and Prime Minister "
     "Ada Vose discussed trade.",
     {("Tom Reed", "attends", "meeting", "happened"), ("Ada Vose", "attends", "meeting", "happened"),
      ("Ivo Sand", "attends", "meeting", "happened")},
     {("Ivo Sand", "meets", "Tom Reed")}),
    ("an event's opening named by a compound: the event itself, not the one before",
     "Ada Vose held talks with Tom Reed on Monday. She will not attend the Korvian-Belmorian economic forum opening in "
     "Valmora on Thursday, which will be attended by the Belmorian Minister of Trade, Ivo Sand.",
     {("Ada Vose", "attends", "economic forum", "negated"), ("Ivo Sand", "attends", "economic forum", "planned")},
     {("Ada Vose", "attends", "talks")}),
    ("the sides of talks others attend attend them too",
     "President Tom Reed held official talks with Prime Minister Ada Vose on Monday. The talks were attended by "
     "Foreign Minister Ivo Sand.",
     {("Tom Reed", "attends", "official talks", "happened"), ("Ada Vose", "attends", "official talks", "happened"),
      ("Ivo Sand", "attends", "official talks", "happened"), ("Tom Reed", "meets", "Ada Vose", "happened")}, set()),
    ("talks no one else is said to attend are only the meeting",
     "President Tom Reed held official talks with Prime Minister Ada Vose on Monday. The talks lasted two hours.",
     {("Tom Reed", "meets", "Ada Vose", "happened")},
     {("Tom Reed", "attends", "talks"), ("Ada Vose", "attends", "talks")}),
    ("a dialogue whose name says the sides is not their talks with each other",
     "Korvia and Belmoria held the Korvia-Belmoria strategic dialogue on Monday. The dialogue was attended by "
     "Foreign Minister Ivo Sand.",
     {("Ivo Sand", "attends", "dialogue", "happened")},
     {("Korvia", "attends", "dialogue"), ("Belmoria", "attends", "dialogue")}),
    ("denied talks give no attendance",
     "President Tom Reed did not hold talks with Prime Minister Ada Vose. The talks were attended by Ivo Sand.",
     set(), {("Tom Reed", "attends", "talks"), ("Ada Vose", "attends", "talks")}),
    ("the number standing for two named before, as the subject of held",
     "President Tom Reed received Prime Minister Ada Vose at the palace, where the two held delegation-level talks. "
     "Finance Minister Ivo Sand took part in the session.",
     {("Tom Reed", "attends", "=delegation-level talks", "happened"), ("Ada Vose", "attends", "=delegation-level talks", "happened"),
      ("Ivo Sand", "attends", "=delegation-level talks", "happened"), ("Tom Reed", "meets", "Ada Vose", "happened")}, set()),
    ("a style before the subject, with another joined to the holder",
     "Crown Prince Tom Reed welcomed President Ada Vose to Vasby. Later, HRH the Crown Prince and the Korvian President "
     "held official talks on trade.",
     {("Tom Reed", "meets", "Ada Vose", "happened")}, set()),
    ("other talks coreference joined to the sides' talks give the sides no attendance",
     "President Tom Reed held talks with Prime Minister Ada Vose on Monday. Talks between Korvia and Belmoria, attended "
     "by Foreign Minister Ivo Sand, ended on Friday.",
     {("Tom Reed", "meets", "Ada Vose", "happened")},
     {("Tom Reed", "attends", "talks"), ("Ada Vose", "attends", "talks")}),
    ("someone who only may attend the talks gives the sides no attendance",
     "President Tom Reed held talks with Prime Minister Ada Vose on Monday. Foreign Minister Ivo Sand may attend the "
     "talks.",
     {("Tom Reed", "meets", "Ada Vose", "happened")},
     {("Tom Reed", "attends", "talks"), ("Ada Vose", "attends", "talks")}),
    ("a round of talks attended by others",
     "President Tom Reed held a first round of talks with Prime Minister Ada Vose on Monday. The talks were attended by "
     "Foreign Minister Ivo Sand.",
     {("Tom Reed", "attends", "talks", "happened"), ("Ada Vose", "attends", "talks", "happened")}, set()),
    ("an unnamed site visited, named by the nouns before it",
     "On Thursday, Tom Reed visited a solar power plant near Vasby. Ada Vose will tour the protest camp on Friday.",
     {("Tom Reed", "visits", "=solar power plant", "happened"), ("Ada Vose", "visits", "=protest camp", "planned")},
     set()),
    ("a site with only an adjective, one's own home, or several sites, is no site entity",
     "Tom Reed visited a new school in Vasby. Ada Vose visited her family home. Ivo Sand toured electronics factories.",
     set(), {("Tom Reed", "visits", "new school"), ("Ada Vose", "visits", "family home"),
             ("Ivo Sand", "visits", "electronics factories")}),
    ("a country of several words the recogniser called a person, and its government by all its words",
     "Papua New Guinea will host Australia in Port Moresby. The Papua New Guinea government will meet the Autonomous "
     "Bougainville Government in Buka.",
     {("=Papua New Guinea", "hosts", "Australia", "planned"),
      ("=Papua New Guinea", "meets", "Autonomous Bougainville Government", "planned")},
     {("=Guinea", "meets", "Autonomous Bougainville Government")}),
    ("'the Premiers' after three or more premiers named: each of them",
     "Premier Tom Reed welcomed Premier Tim Blake of Nova Scotia, Premier Susan Ward of New Brunswick and Premier Rob "
     "Hale of Prince Edward Island to Halifax. The Premiers called on the Government of Canada to commit funding.",
     {("Tom Reed", "demands", "Government of Canada", "happened"), ("Rob Hale", "demands", "Government of Canada", "happened"),
      ("Susan Ward", "demands", "Government of Canada", "happened")},
     {("Premiers", "demands", "Government of Canada")}),
    ("'the leaders' meeting among themselves gives no one's meeting of another",
     "Prime Minister Ada Vose hosted President Tom Reed, President Ivo Sand and President Lena Toft in Tokyo. The "
     "leaders met for two hours. President Karl Berg welcomed President Ole Lind. The leaders called for peace.",
     {("Ada Vose", "hosts", "Lena Toft", "happened")},
     {("Tom Reed", "meets", "Ivo Sand"), ("Ivo Sand", "meets", "Lena Toft")}),
    ("an emperor's title is no part of his name",
     "President Tom Reed was received in audience by Emperor Karl Berg at the Imperial Palace on Friday.",
     {("=Karl Berg", "hosts", "Tom Reed", "happened")}, set()),
    ("guests welcomed for a meeting of a body attend it; a private meeting is only the host's with the guest",
     "Premier Tom Reed today welcomed Premier Tim Blake to Halifax for a meeting of the Council of Atlantic Premiers. "
     "On Friday, Ada Vose hosted Ivo Sand for a private meeting.",
     {("Tim Blake", "attends", "meeting of the Council of Atlantic Premiers", "happened"),
      ("Ada Vose", "meets", "Ivo Sand", "happened")},
     {("Ivo Sand", "attends", "private meeting")}),
    ("meeting someone for talks attended by others",
     "On Friday, Tom Reed met Lena Toft for talks. The talks were attended by Karl Berg.",
     {("Tom Reed", "attends", "talks", "happened"), ("Lena Toft", "attends", "talks", "happened")}, set()),
    ("a participle tagged a past tense after the talks: its 'by' attends, not the sentence's subject",
     "President Tom Reed received Prime Minister Ada Vose on Saturday. On Sunday, the two leaders held delegation-level "
     "talks at the Presidential House, attended on the Korvian side by Deputy Prime Minister Ivo Sand and Interior "
     "Minister Lena Toft.",
     {("Ivo Sand", "attends", "talks", "happened"), ("Lena Toft", "attends", "talks", "happened"),
      ("Tom Reed", "attends", "talks", "happened")},
     {("Ivo Sand", "meets", "Tom Reed")}),
    ("a town whose name ends in 's', cut off by the tokenizer as a possessive",
     "Premier Tom Reed welcomed Premier Ada Vose to St. John's on Monday.",
     {("Tom Reed", "hosts", "Ada Vose", "happened"), ("Ada Vose", "visits", "=St. John's", "happened")}, set()),
    ("a list of titled people each 'of' a place the recogniser left untagged",
     "Premier Tom Reed welcomed Premier Tim Blake of Nova Scotia, Premier Susan Ward of New Brunswick and Premier Rob "
     "Hale of Prince Edward Island to Halifax.",
     {("Tom Reed", "hosts", "Tim Blake", "happened"), ("Tom Reed", "hosts", "Susan Ward", "happened"),
      ("Tom Reed", "hosts", "Rob Hale", "happened"), ("Rob Hale", "visits", "Halifax", "happened")}, set()),
    ("a body's name the recogniser ended at a plural possessive",
     "The Korvian Workers' Center called on the National Assembly to repeal the decree.",
     {("=Korvian Workers' Center", "demands", "National Assembly", "happened")}, set()),
    ("a congress named with its year is a gathering, opened and addressed by those at it",
     "The Andean Chess Union held its 2026 Congress in Cusco on Saturday. The Congress was opened by President Ada Vose "
     "and addressed by Chairman Tom Reed. Ivo Sand told Congress the plan was sound.",
     {("Ada Vose", "attends", "2026 Congress", "happened"), ("Tom Reed", "attends", "2026 Congress", "happened")},
     {("Ivo Sand", "attends", "2026 Congress")}),
    ("a gathering held or opened 'with delegates from' bodies and countries: they take part",
     "The Korvian Chess Union held its annual congress in Lima on Saturday, hosted by the Peruvian Chess Federation, "
     "with delegates from Bolivia, Chile and Ecuador. The regional conference opened in Quito on Monday with "
     "representatives of Peru and Colombia. The ministry held talks with delegates from Brazil.",
     {("Bolivia", "attends", "annual congress", "happened"), ("Ecuador", "attends", "annual congress", "happened"),
      ("Peru", "attends", "regional conference", "happened"), ("Colombia", "attends", "regional conference", "happened")},
     {("Brazil", "attends", "talks"), ("Peruvian Chess Federation", "attends", "annual congress")}),
    ("what one visited and then did something 'where' is a place; a person by first name stays a person",
     "Opposition leader Tom Reed visited Mater Vilna on Wednesday morning, where he spoke to doctors. "
     "Ada Vose visited Maribel Sand on Monday, where they discussed the budget.",
     {("Tom Reed", "visits", "Mater Vilna", "happened")},
     {("Tom Reed", "meets", "Mater Vilna"), ("Ada Vose", "visits", "Maribel Sand")}),
    ("talks that are the subject of an 'after' clause are those of the main clause's doer",
     "The Korvian Doctors Union ordered doctors to stop all clinics from Monday, after talks with the Health Ministry "
     "broke down. When talks with the Finance Ministry resume, the union will decide.",
     {("Korvian Doctors Union", "meets", "Health Ministry", "happened")}, set()),
    ("a 'City.-' dateline is no part of the title after it, nor anyone who acts",
     "Santo Domingo.- President Tom Reed received Prime Minister Ada Vose at the National Palace on Monday.",
     {("Tom Reed", "hosts", "Ada Vose", "happened")}, {("Santo", "hosts", "Ada Vose")}),
    ("an unnamed site visited in a town: the town is visited too; companions of a 'where' clause only at that stop",
     "President Tom Reed toured an evacuation center in Liloan and later visited a flooded subdivision in Talisay City, "
     "where he was accompanied by Secretary Ada Vose. Ivo Sand visited a factory in Urubamba on Sunday. "
     "Lena Toft and Karl Berg will visit a school chess programme in the mountain town of Tarrowby.",
     {("Tom Reed", "visits", "Liloan", "happened"), ("Ada Vose", "visits", "Talisay City", "happened"),
      ("Ivo Sand", "visits", "Urubamba", "happened"), ("Karl Berg", "visits", "Tarrowby", "planned")},
     {("Ada Vose", "visits", "Liloan")}),
    ("a name the parser hung on the verb of a 'before' clause as a compound is its subject",
     "Ms Sorling and Ms Quispe will visit a school in the town of Urubamba before Ms Sorling leaves for Lima.",
     {("Sorling", "visits", "Lima", "planned"), ("Quispe", "visits", "Urubamba", "planned")},
     {("Quispe", "visits", "Lima")}),
    ("a summit with words of its own is not one named only later; a leaders' summit named by a body is its own",
     "Leaders of the Korvian Union and the Vantarian League meet in Luanda on Monday for their seventh summit. Angola "
     "is hosting the summit. Tom Reed is expected to fly in from Johannesburg, where he is hosting the G20 leaders' summit.",
     {("Angola", "hosts", "=summit", "happened"), ("Tom Reed", "hosts", "G20 leaders' summit", "planned")},
     {("Angola", "hosts", "G20"), ("Tom Reed", "hosts", "seventh")}),
    ("the Lao side: Laos's people, by the demonym its government uses",
     "Prime Minister Tom Reed urged the Lao authorities to step up joint action against scam centres.",
     {("Tom Reed", "demands", "=Laos", "happened")}, set()),
    ("a town GeoNames knows, visited, is a place, not a person met",
     "Tom Reed met the governor on Monday. The Prime Minister said he would visit Arawa in April.",
     {("Tom Reed", "visits", "Arawa", "planned")}, {("Tom Reed", "meets", "Arawa")}),
    ("talks a visit is 'for' are the visitor's",
     "Ada Vose, on a visit to Brussels for talks with European Council President Tom Reed, says a referendum will follow.",
     {("Ada Vose", "meets", "Tom Reed", "happened"), ("Ada Vose", "visits", "Brussels", "happened")}, set()),
    ("'the foreign ministers of A and B, X and Y': the names are the holders, no office stands for them",
     "The foreign ministers of Armenia and Azerbaijan, Ararat Karapetyan and Elnur Bayramov, are due to meet in Abu Dhabi "
     "on Friday.",
     {("Ararat Karapetyan", "meets", "Elnur Bayramov", "planned")},
     {("Foreign Minister of Armenia", "meets", "Elnur Bayramov"), ("=Armenia", "meets", "Azerbaijan"),
      ("Ararat Karapetyan", "meets", "=Armenia")}),
    ("'Rt Hon' before a name after two titles: the person, not the country of the titles",
     "New Zealand's Deputy Prime Minister and Minister of Foreign Affairs, Rt Hon Walter Pike, arrived in Nuku'alofa on "
     "Tuesday for a two-day visit to Tonga.",
     {("=Walter Pike", "visits", "Tonga", "happened")}, {("=New Zealand", "visits", "Tonga")}),
    ("'received his counterpart Y in Z': the counterpart came to Z (the parser making the name a second object)",
     "Foreign Minister Tom Reed received his Omani counterpart Ivo Sand in Tehran on Sunday. President Ada Vose "
     "hosted Lena Toft's delegation in Lima.",
     {("Ivo Sand", "visits", "Tehran", "happened"), ("Tom Reed", "hosts", "Ivo Sand", "happened")},
     {("Tom Reed", "visits", "Tehran"), ("Lena Toft", "visits", "Lima")}),
    ("a body's name ending in a noun the recogniser called a person, after a plural possessive; a firm by its trade",
     "Drivers at Vantaria Coaches will stage a walkout after the Harbour Workers' Guild's talks with the company broke "
     "down on Tuesday.",
     {("=Harbour Workers' Guild", "meets", "=Vantaria Coaches", "happened")}, {("=Guild", "meets", "Vantaria Coaches")}),
    ("a member's title before an untagged name is no part of it; 'he said he had asked': his own act",
     "Local MP Dominic Tarrow visited Vilna Community Hospital on Friday. He said he had asked the Westmarch Care Board "
     "to publish its review. He said Ada Vose had asked the board to resign.",
     {("=Dominic Tarrow", "visits", "Vilna Community Hospital", "happened"),
      ("=Dominic Tarrow", "demands", "Westmarch Care Board", "happened"),
      ("Ada Vose", "demands", "Westmarch Care Board", "reported")}, set()),
    ("'It will be co-chaired by X and Y' after a gathering is named: they take part in it",
     "Angola is hosting the summit. It will be co-chaired by Angolan President Tom Reed and Council President Ada Vose.",
     {("Tom Reed", "attends", "summit", "planned"), ("Ada Vose", "attends", "summit", "planned")}, set()),
    ("'took part in a gathering in a town on a day, hosted by Z': Z hosts the gathering",
     "Pupils from Fernside Primary School took part in the regional schools' climate assembly in Kestlow on Wednesday, "
     "hosted by Kestlow College.",
     {("Kestlow College", "hosts", "climate assembly", "happened")}, {("Kestlow College", "hosts", "Pupils")}),
    ("a place one flew to whose first word is a company suffix is a place, not a short form of a body named after it",
     "Prime Minister Tom Reed flew to Sa Kaeo on Friday. The prime minister met representatives of the Sa Kaeo Border "
     "Villagers' Network.",
     {("Tom Reed", "visits", "=Sa Kaeo", "happened"), ("Tom Reed", "meets", "Border Villagers' Network", "happened")},
     {("Tom Reed", "visits", "Border Villagers")}),
    ("talks a side is ready (or offers) to host are offered, not held",
     "Oman was ready to host a new round of indirect talks between Iran and Korvia if both sides agreed. Norway has "
     "offered to host talks between Tom Reed and Ada Vose.",
     {("Iran", "attends", "talks", "hypothetical"), ("Tom Reed", "meets", "Ada Vose", "hypothetical")}, set()),
    ("near misses of the session's rules (a review): no delegates, a building opened, a bystander after talks, a person "
     "visited, a claim",
     "The conference opened in Quito on Monday with no delegates from Chile or Peru. Korvia will host the summit at the "
     "Lima Convention Centre in May. It was opened by President Tom Reed in 2019. The World Bank suspended its loans "
     "after talks with the IMF collapsed. Ada Vose met the governor. She later visited Harper, who is recovering from "
     "surgery. Ivo Sand visited Brisco Tamm on Wednesday, where they discussed the budget. Lena Toft met reporters on "
     "Friday. She claimed she had met Karl Berg in Lima.",
     {("Lena Toft", "meets", "Karl Berg", "reported")},
     {("Chile", "attends", "conference"), ("Tom Reed", "attends", "summit"), ("World Bank", "meets", "IMF"),
      ("Ada Vose", "visits", "Harper"), ("Ivo Sand", "visits", "Brisco Tamm")}),
    ("a summit introduced, then named, then told again is one; a dateline subject keeps the names joined to it",
     "Leaders of Chile and Peru will gather in Lima on Monday for their annual summit. The Pacific Rim Summit will focus "
     "on trade. Tom Reed will attend the summit.\n\nLIMA, Sept 14 - U.S. Treasury Secretary Ivo Sand and Chinese Vice "
     "Premier He Lanfeng opened a fresh round of trade talks in Lima on Sunday.",
     {("Chile", "attends", "Pacific Rim Summit", "planned"), ("Tom Reed", "attends", "Pacific Rim Summit", "planned"),
      ("Ivo Sand", "attends", "trade talks", "happened")}, set()),
    ("what one denies having done did not happen (but 'did not deny' says nothing against it)",
     "Tom Reed spoke to reporters on Friday. He denied that he had met Ada Vose in Lima. Ivo Sand did not deny that he "
     "had met Lena Toft.",
     {("Tom Reed", "meets", "Ada Vose", "negated"), ("Ivo Sand", "meets", "Lena Toft", "happened")}, set()),
    ("'the two sides' after a reception are the host and the guest; 'HH' before a title is no body",
     "Emir Tom Reed received President Ada Vose on Monday. HH the Emir welcomed his guest. During the meeting, the two "
     "sides held official talks on energy. The talks were attended by Foreign Minister Ivo Sand.",
     {("Tom Reed", "attends", "official talks", "happened"), ("Ada Vose", "attends", "official talks", "happened")},
     {("=HH", "hosts", "Ada Vose")}),
    ("a petition handed over 'calling on' Y: the one who handed it demands",
     "The Korvia Farmers Union handed Prime Minister Tom Reed a petition calling on the Vantaria Grain Board to pay "
     "compensation.",
     {("Korvia Farmers Union", "demands", "Vantaria Grain Board", "happened")},
     {("Tom Reed", "demands", "Vantaria Grain Board")}),
    ("a town the recogniser took for a product, flown to",
     "Minister Ilsa Varga will fly to Auki on Friday.",
     {("Ilsa Varga", "visits", "Auki", "planned")}, set()),
    ("the leader of the opposition titled before the name",
     "Pat Conroy also met Leader of the Opposition Matthew Wale on Tuesday.",
     {("Pat Conroy", "meets", "=Matthew Wale", "happened")}, {("Pat Conroy", "meets", "=Opposition Matthew Wale")}),
    ("a gathering's name the recogniser ran on into its town",
     "Premier Anna Lind said she would attend the Western Premiers' Conference in Winnipeg in May.",
     {("Anna Lind", "attends", "=Western Premiers' Conference", "planned")},
     {("Anna Lind", "attends", "=Western Premiers' Conference in Winnipeg")}),
    ("a body named after two countries, the first tagged apart",
     "Premier Anna Lind met the UK India Business Council on Monday.",
     {("Anna Lind", "meets", "=UK India Business Council", "happened")},
     {("Anna Lind", "meets", "=India Business Council")}),
    ("returned from a gathering in a town: attended it and had been there",
     "Mayor Anna Lind returned last week from the C40 World Mayors Summit in Rio de Janeiro.",
     {("Anna Lind", "attends", "C40 World Mayors Summit", "happened"), ("Anna Lind", "visits", "Rio de Janeiro", "happened")},
     set()),
    ("returned from a trip: no gathering attended",
     "Mayor Anna Lind returned on Monday from an official visit to Taipei.",
     set(), {("Anna Lind", "attends", "visit")}),
    ("a titled guest received at a palace in a town, the place hung on the guest's name",
     "Chief Minister Lia Finocchiaro has hosted Indonesia's Agriculture Minister Andi Amran Sulaiman at Parliament "
     "House in Darwin.",
     {("Lia Finocchiaro", "hosts", "Andi Amran Sulaiman", "happened"),
      ("Andi Amran Sulaiman", "visits", "Darwin", "happened")}, {("=Indonesia", "visits", "Darwin")}),
    ("hosted for a visit and talks: host and guest meet",
     "Premier Anna Lind is due to host Jamaica's Prime Minister Andrew Holness in Nassau on Thursday for a one-day "
     "working visit and talks on regional security.",
     {("Anna Lind", "meets", "Andrew Holness", "planned")}, set()),
    ("a place one is in, named like a body's first words, is no short name of the body",
     "Mr Tomas Brenn, who spent Monday in Grand Bahama, met officials of the Grand Bahama Port Authority in Freeport.",
     {("Tomas Brenn", "meets", "=Grand Bahama Port Authority", "happened")}, {("Tomas Brenn", "meets", "=Grand Bahama")}),
    ("the Government and an acronym tagged as one name",
     "The Episcopal Conference of Ecuador called on both the Government and CONAIE to refrain from violence.",
     {("Episcopal Conference of Ecuador", "demands", "=CONAIE", "happened")},
     {("Episcopal Conference of Ecuador", "demands", "=Government and CONAIE")}),
    ("not yet returned from a gathering: still there, no fact",
     "Anna Lind has not yet returned from the NATO summit in Vilnius.",
     set(), {("Anna Lind", "attends", "NATO summit"), ("Anna Lind", "visits", "Vilnius")}),
    ("returned a thing from a gathering: gave it back",
     "Anna Lind returned the draft from the NATO summit in Vilnius to her aides.",
     set(), {("Anna Lind", "attends", "NATO summit")}),
    ("Sayyid, a style before an Omani name",
     "Premier Anna Lind met Sayyid Badr Al Busaidi in Muscat on Monday.",
     {("Anna Lind", "meets", "=Badr Al Busaidi", "happened")}, set()),
    ("a capital's body asks its own country's government, not the one the article names most",
     "Premier Anna Lind met Australia's Pat Conroy. Australia will fund the port. Australia and its aid were praised. "
     "Meanwhile, the Honiara City Council has called on the national government to release the remaining funds.",
     {("Honiara City Council", "demands", "Solomon Islands", "happened")},
     {("Honiara City Council", "demands", "Australia")}),
    ("a gathering a relative clause with no 'which' says someone hosts",
     "Premier Anna Lind attended a summit the Kenyan government hosted in Nairobi.",
     {("Kenya", "hosts", "summit", "happened"), ("Anna Lind", "attends", "summit", "happened")}, set()),
    ("a meeting a relative clause with no 'which' says was presented as something: nobody attends",
     "Portuguese Prime Minister Luis Montenegro received Chilean President Gabriel Boric in Lisbon on Friday, a meeting "
     "both governments presented as a fresh start.",
     {("Luis Montenegro", "hosts", "Gabriel Boric", "happened")}, {("Portugal", "attends", "meeting"), ("Chile", "attends", "meeting")}),
    ("a monarch's name with its number, untagged, after a royal title",
     "On 19 April, President Tom Reed and the Executive Board were received by His Majesty King Tupou VI at the Royal "
     "Palace.",
     {("=King Tupou VI", "hosts", "Tom Reed", "happened"), ("Tom Reed", "meets", "=King Tupou VI", "happened")}, set()),
    ("a war's number is no monarch's",
     "Veterans of World War I met Premier Anna Lind in Vienna.",
     set(), {("=World War I", "meets", "Anna Lind")}),
    ("a country's name with 'and' in it is one country",
     "Antigua and Barbuda will host the summit in March.",
     {("=Antigua and Barbuda", "hosts", "summit", "planned")}, {("=Antigua", "hosts", "summit"), ("=Barbuda", "hosts", "summit")}),
    ("a body named after a country with 'and' in it keeps its whole name",
     "Meanwhile, the Trinidad and Tobago Union of Nurses has called on the Ministry of Health to pay outstanding allowances.",
     {("=Trinidad and Tobago Union of Nurses", "demands", "Ministry of Health", "happened")}, set()),
    ("the guest's visit on the day a host receives the guest (active)",
     "Prime Minister Anna Lind received Tomas Brenn on Monday, on the second day of a visit to Mauritius.",
     {("Tomas Brenn", "visits", "Mauritius", "happened"), ("Anna Lind", "hosts", "Tomas Brenn", "happened")},
     {("Anna Lind", "visits", "Mauritius")}),
    ("the guest's visit on the day a host receives the guest (passive)",
     "Tomas Brenn was welcomed at the airport by Prime Minister Anna Lind at the start of a two-day visit to Mauritius.",
     {("Tomas Brenn", "visits", "Mauritius", "happened")}, {("Anna Lind", "visits", "Mauritius")}),
    ("a town after 'leaving for', misread as a person",
     "Tomas Brenn will meet the community this morning before leaving for Kota Kinabalu.",
     {("Tomas Brenn", "visits", "Kota Kinabalu", "planned")}, set()),
    ("a courtesy call as a step of a visit, in a gerund after 'before'",
     "Oskar Berg went to the Grand Serail, where he met Prime Minister Anna Lind, before calling on Speaker Tomas Brenn in "
     "Ain al-Tineh.",
     {("Oskar Berg", "meets", "Tomas Brenn", "happened")}, {("Oskar Berg", "demands", "Tomas Brenn")}),
    ("a member's letters after the name the parser made the head",
     "Mr Tomas Corrin MHK called on the Council of Ministers to publish the terms. Mr Corrin MHK also met Anna Lind.",
     {("=Tomas Corrin", "demands", "Council of Ministers", "happened"), ("=Tomas Corrin", "meets", "Anna Lind", "happened")},
     set()),
    ("a holder's name the recogniser ran into the portfolio over a comma",
     "Penny Wong met the Minister of Maritime Economy, Edem Kokou Tengue, on Tuesday.",
     {("Penny Wong", "meets", "=Edem Kokou Tengue", "happened")}, {("Penny Wong", "meets", "=Maritime Economy, Edem")}),
    ("companions in a participle on the traveller's own verb, with no comma",
     "Anna Lind arrived in Taipei on Monday accompanied by Foreign Minister Tomas Brenn and Minister of Industry Karl Dahl.",
     {("Tomas Brenn", "visits", "Taipei", "happened"), ("Karl Dahl", "visits", "Taipei", "happened")}, set()),
    ("a title's country named in two words, the parser hanging it elsewhere",
     "Solomon Islands Prime Minister Jeremiah Manele arrived on Monday. He urged his government to act.",
     {("Jeremiah Manele", "demands", "Solomon Islands", "happened")}, set()),
    ("a title's people named in two words, no one's name",
     "Sri Lankan President Anura Kumara Dissanayake arrived on Monday. He urged his government to act.",
     {("Anura Kumara Dissanayake", "demands", "Sri Lanka", "happened")}, set()),
    ("'a visit to the city' is not to the city in the visitor's own title",
     "Bogota, 12 November 2025. The Mayor of Bogota, Anna Lind, received this Wednesday at the Palacio Lievano the Mayor "
     "of Madrid, Tomas Brenn, who is on an official visit to the city to sign an agreement.",
     {("Tomas Brenn", "visits", "Bogota", "happened")}, {("Tomas Brenn", "visits", "Madrid")}),
    ("the name right after a long dateline the parser made the subject",
     "ABU DHABI, 14th January, 2026 (WAM) -- Sheikh Mohamed bin Zayed Al Nahyan, President of the UAE, today received "
     "Giorgia Meloni, Prime Minister of the Italian Republic, at Qasr Al Watan.",
     {("Mohamed bin Zayed Al Nahyan", "hosts", "Giorgia Meloni", "happened")}, {("Abu Dhabi", "hosts", "Giorgia Meloni")}),
    ("money received in a counted amount is no guest",
     "Senegal received about 155 mln European Currency Units between 1975 and 1984.",
     set(), {("Senegal", "hosts", "European Currency Units")}),
    ("an event to be hosted, the clause hung on the town it is held in",
     "Anna Lind will leave Antananarivo on Thursday for Gaborone, where she will take part in an extraordinary summit of "
     "the Southern African Development Community, to be hosted by President Tomas Brenn.",
     {("Tomas Brenn", "hosts", "summit", "planned")}, {("Tomas Brenn", "hosts", "Gaborone"), ("Tomas Brenn", "hosts", "Botswana")}),
    ("'a visit to the city': the town in the host's title is the city",
     "The Mayor of Bogota, Anna Lind, received Tomas Brenn, who is on an official visit to the city.",
     {("Tomas Brenn", "visits", "Bogota", "happened")}, set()),
    ("'left a note for' names no destination",
     "Tomas Brenn left a note for Anna Lind in the Oval Office.",
     set(), {("Tomas Brenn", "visits", "Anna Lind")}),
    ("a country's post abroad asks no government of its own",
     "The Chinese Embassy in Nairobi called on the government to act.",
     set(), {("Chinese Embassy", "demands", "China")}),
    ("people received in a number are guests",
     "President Anna Lind received two Chinese ministers at State House.",
     {("Anna Lind", "hosts", "China", "happened")}, set()),
    ("a party's member letters name no one",
     "The Labour MP met Anna Lind on Monday.",
     set(), {("Labour", "meets", "Anna Lind")}),
    ("a companion goes with the participle's own trip, not a trip of a clause of time",
     "Anna Lind left Oslo on Monday accompanied by Karl Dahl, a day after she had visited Rome.",
     set(), {("Karl Dahl", "visits", "Rome")}),
    ("'the government' a body named after its country addresses",
     "The Malta Nurses Guild called on the government to publish the costings.",
     {("Malta Nurses Guild", "demands", "Malta", "happened")}, set()),
]


def _facts(nlp, text):
    ex = extract(nlp(text), Article("t", text))
    e = ex.entities

    def names(i):
        return {e[i].label, *e[i].aliases}

    return [(names(f.subject), f.relation, names(f.object), f.status) for f in ex.facts]


def _has(facts, subject, relation, obj, status=None):
    def named(names, name):  # "=Name": that exact name, not a longer one holding it ("The leader of the Name")
        return name[1:] in names if name.startswith("=") else any(name in n for n in names)

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


def test_surface_subject_behind_a_misread_name():
    """A finite verb whose subject the parser lost: the parser took the first name of
    "NAME and other governors last night called on Y" for a verb; the name before it is the subject."""
    from hand_docs import blank_vocab, hand_doc
    from spacy.tokens import Span

    from kg.extract.arguments import subject_tokens

    doc = hand_doc(blank_vocab(), [
        ("Governor", "governor", "PROPN", "NNP", "compound", 1),
        ("Ines", "Ines", "VERB", "VBD", "ROOT", 1),
        ("Varga", "Varga", "PROPN", "NNP", "dobj", 1),
        ("and", "and", "CCONJ", "CC", "cc", 2),
        ("other", "other", "ADJ", "JJ", "amod", 5),
        ("governors", "governor", "NOUN", "NNS", "conj", 2),
        ("last", "last", "ADJ", "JJ", "amod", 7),
        ("night", "night", "NOUN", "NN", "npadvmod", 1),
        ("called", "call", "VERB", "VBD", "advcl", 1),
        ("on", "on", "ADP", "IN", "prep", 8),
        ("Petru", "Petru", "PROPN", "NNP", "compound", 11),
        ("Lungu", "Lungu", "PROPN", "NNP", "pobj", 9),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])
    doc.ents = [Span(doc, 1, 3, "PERSON"), Span(doc, 6, 8, "TIME"), Span(doc, 10, 12, "PERSON")]
    called = doc[8]
    assert [t.text for t in subject_tokens(called)] == ["Varga"]


@pytest.mark.parametrize("text", [
    "Senator Maria Lund called for a ceasefire in Gaza.",
    "The rebel leader Ida Berg is demanding a full withdrawal of foreign forces from the Vostok region.",
    "The Teamsters union called for the release of prisoners held in Gaza.",
])
def test_where_a_demanded_thing_is_is_not_demanded(nlp, text):
    """A place a demanded thing is in or leaves is no object of the demand ("a ceasefire in Gaza")."""
    ex = extract(nlp(text), Article("t", text))
    assert ex.facts, "the demand itself is found"
    assert all(ex.entities[f.object].type not in {"Place", "Country"} for f in ex.facts if f.relation == "demands")


@pytest.mark.parametrize("text,things", [
    ("The union IG Metall has demanded a 40 pct wage increase over four years and the restoration of a pension.",
     {"a 40 pct wage increase over four years", "the restoration of a pension"}),
    ("The Arab League called for an immediate ceasefire in Gaza and for international funding of the plan.",
     {"an immediate ceasefire in Gaza"}),
])
def test_things_demanded_each_by_its_phrase(nlp, text, things):
    """Each thing of a list is its own object, named by its phrase without what is coordinated after it."""
    ex = extract(nlp(text), Article("t", text))
    found = {a for f in ex.facts if f.relation == "demands" for a in ex.entities[f.object].aliases}
    assert things <= found


@pytest.mark.parametrize("text", [
    "Borden Inc called for redemption on March 23 of all its outstanding debentures.",
    "The association backs bills of Senator Ida Berg, which call for a marketing loan.",
    "Shin-Etsu put potential demand for the product at two tonnes a month.",
])
def test_calls_that_demand_nothing(nlp, text):
    """Finance's "call for redemption", a bill's terms and market demand are no demands."""
    ex = extract(nlp(text), Article("t", text))
    assert not [f for f in ex.facts if f.relation == "demands"]


def test_a_bare_event_noun_joins_the_named_one_before(nlp):
    """"the Nordic Council summit ... Addressing the summit": one event, named by its name, even when
    the frame on the bare noun is read before the one on the named noun."""
    text = ("Leaders met on the sidelines of the Nordic Council summit on Monday. Addressing the summit on its "
            "first day, the outgoing chair, Ida Berg, called on Oslo to act.")
    ex = extract(nlp(text), Article("t", text))
    assert [e.label for e in ex.entities if e.type == "Event"] == ["Nordic Council summit"]


def test_a_title_word_before_a_name_is_not_part_of_it(nlp):
    text = "U.S. Delegate Jon Dahl attended the annual meeting."
    ex = extract(nlp(text), Article("t", text))
    assert [e.label for e in ex.entities if e.type == "Person"] == ["Jon Dahl"]


def test_a_bare_head_noun_is_the_body_named_in_full(nlp):
    """"the Community" after "the European Community" is that body, not a body called "Community"."""
    text = "Talks between the European Community and Norway resumed. Diplomats said the Community wants a deal with Oslo."
    ex = extract(nlp(text), Article("t", text))
    assert "Community" not in [e.label for e in ex.entities]
    assert "Community" in next(e.aliases for e in ex.entities if e.label == "European Community")


def test_a_wire_agency_told_is_not_part_of_the_name_after_it(nlp):
    """"sources told Reuters Taiwan and the U.S. have been holding talks": the recogniser's "Reuters
    Taiwan" is the agency told and the country that talks."""
    text = "Western trade sources told Reuters Taiwan and the U.S. have been holding talks on the currency issue."
    ex = extract(nlp(text), Article("t", text))
    assert {"Taiwan", "United States"} <= {e.label for e in ex.entities}
    assert not [e for e in ex.entities if "Reuters" in e.label]


def test_a_title_ends_a_body_before_a_persons_name(nlp):
    text = "EC Commissioners Willy de Clercq and Frans Andriessen will meet Japanese officials."
    ex = extract(nlp(text), Article("t", text))
    assert {"Willy de Clercq", "Frans Andriessen"} <= {e.label for e in ex.entities if e.type == "Person"}


def test_two_people_the_recogniser_ran_together(nlp):
    """A person's name has no "and" in it: "Landes and Schwartz" tagged as one person is two."""
    from spacy.tokens import Span
    text = "Analysts said Landes and Schwartz asked the board to delay the vote."
    doc = nlp(text)
    doc.ents = [Span(doc, 2, 5, label="PERSON")]  # the recogniser's run over "Landes and Schwartz"
    ex = extract(doc, Article("t", text))
    assert {"Landes", "Schwartz"} <= {e.label for e in ex.entities if e.type == "Person"}
    assert not [e for e in ex.entities if " and " in e.label]


@pytest.mark.parametrize("text, name", [
    ("Earlier today the Securities and Exchange Commisssion ordered Dixons to extend its offer.",
     "Securities and Exchange Commisssion"),
    ("The company said Jones and Vining Inc agreed to buy the unit.", "Jones and Vining Inc"),
])
def test_a_bodys_name_the_recogniser_ran_on_or_cut(nlp, text, name):
    """A body's name run on into its verb keeps its words; a firm named after its founders keeps both."""
    ex = extract(nlp(text), Article("t", text))
    assert name in {e.label for e in ex.entities if e.type == "Organization"}


def test_a_titles_department_is_no_party(nlp):
    """"talks with Treasury Secretary A and Commerce Secretary B", "Commerce" parsed as A's conjunct."""
    text = "Eva Holm is set to visit Washington for negotiations with Treasury Secretary Ida Berg and Commerce Secretary Jon Dahl."
    ex = extract(nlp(text), Article("t", text))
    e = ex.entities
    assert {e[f.object].label for f in ex.facts if f.relation == "meets"} | {e[f.subject].label for f in ex.facts if f.relation == "meets"} \
        == {"Eva Holm", "Ida Berg", "Jon Dahl"}


def test_a_hyphenated_name_the_parser_cut_in_two_is_one(nlp):
    """"King Willem-Alexander hosted ...": the parser made "Willem" and "Alexander" two subjects."""
    text = "King Willem-Alexander hosted a dinner on Monday."
    ex = extract(nlp(text), Article("t", text))
    e = ex.entities
    assert {(e[f.subject].label, f.relation) for f in ex.facts} == {("Willem-Alexander", "hosts")}


@pytest.mark.parametrize("text, name, absent", [
    ("Minister for Aviation Ida Berg said traffic would grow.", "Ida Berg", "Aviation Ida Berg"),
    ("KLM is negotiating with British and Commonwealth Shipping Plc for a stake.",
     "British and Commonwealth Shipping Plc", "Commonwealth Shipping Plc"),
    ("The minister attended a meeting of the Group of Seven (G-7) in Washington.", "Group of Seven", "Group of Seven (G-7"),
    ("Nordland Medical Practitioners, Pharmacists and Dentists Union (NMPDU) officials met Ida Berg. NMPDU said talks failed.",
     "Nordland Medical Practitioners, Pharmacists and Dentists Union", "Dentists Union"),
    ("Ida Berg did not visit Cortina d'Ampezzo on Monday.", "Cortina d'Ampezzo", "d'Ampezzo"),
    ("Ida Berg is also expected to meet Chief of Army Staff Field Marshal Jon Dahl, diplomats said.", "Jon Dahl",
     "Marshal Jon Dahl"),
    ("The Taoiseach Micheál Martin has hosted the British prime minister Keir Starmer in Cork.", "Micheál Martin",
     "Taoiseach Micheál Martin"),
    ("Ida Berg met Minister for Foreign Affairs Helen Marsh.", "Helen Marsh", "Affairs Helen Marsh"),
    ("Ida Berg was welcomed by the Revd Samuel Adeyemi.", "Samuel Adeyemi", "Revd Samuel Adeyemi"),
    ("The Premier of Prince Edward Island, Ida Berg, will host the meeting.", "Prince Edward Island", "Edward Island"),
])
def test_names_the_recogniser_cut_wrongly(nlp, text, name, absent):
    """A title's department is not part of the name after it; a firm's name may start with a people's
    adjective before "and"; a name the recogniser cut inside its acronym's brackets ends before them."""
    entities = extract(nlp(text), Article("t", text)).entities
    labels = {e.label for e in entities}
    assert name in labels | {a for e in entities for a in e.aliases} and absent not in labels


def test_a_body_named_in_full_and_then_by_its_last_words(nlp):
    """"the Federal Banking Supervisory Office" inside a title, then "the Supervisory Office": one body."""
    text = ("West German rules must change, Federal Banking Supervisory Office President Ida Berg said. "
            "The rules are the subject of talks between the Supervisory Office and the Bundesbank.")
    ex = extract(nlp(text), Article("t", text))
    e = ex.entities
    assert "Supervisory Office" not in {x.label for x in e}
    assert {(e[f.subject].label, e[f.object].label) for f in ex.facts if f.relation == "meets"} \
        <= {("Federal Banking Supervisory Office", "Bundesbank"), ("Bundesbank", "Federal Banking Supervisory Office")}


def test_a_datelines_capitals_give_way_to_the_name_as_written(nlp):
    text = "BREMEN, Germany — Ida Berg toured the plant in Bremen on Monday."
    assert "Bremen" in {e.label for e in extract(nlp(text), Article("t", text)).entities}


def test_a_place_hung_on_the_verb_is_still_in_the_things_words(nlp):
    """"called for reconstruction in Gaza to begin", the parser hanging "in Gaza" on "called"."""
    text = "In his speech, Jon Dahl called for reconstruction in Gaza to begin without delay."
    ex = extract(nlp(text), Article("t", text))
    thing = next(e for e in ex.entities if e.label == "reconstruction")
    assert "reconstruction in Gaza" in thing.aliases + thing.wordings


def test_an_annual_meeting_told_keeps_its_adjective(nlp):
    """"told the annual shareholders meeting turnover rose", "annual" hung by the parser on "turnover"."""
    text = "Acme chairman Jon Dahl told the annual shareholders meeting turnover rose to 21 billion marks."
    ex = extract(nlp(text), Article("t", text))
    meeting = next(e for e in ex.entities if e.type == "Event")
    assert "annual shareholders meeting" in meeting.aliases + meeting.wordings



def test_a_name_the_recogniser_ran_into_the_dateline():
    """"BERGEN, Ind. - Nordvik Battery Systems chief executive X toured ...", the recogniser tagging
    "Ind. - Nordvik Battery Systems" as one body: the body is named after the dateline."""
    from hand_docs import blank_vocab, hand_doc
    from kg.extract.mentions import find_mentions
    from kg.gazetteer import Gazetteer
    from spacy.tokens import Span
    doc = hand_doc(blank_vocab(), [
        ("BERGEN", "Bergen", "PROPN", "NNP", "npadvmod", 11), (",", ",", "PUNCT", ",", "punct", 0),
        ("Ind.", "Ind.", "PROPN", "NNP", "compound", 6), ("-", "-", "PUNCT", "HYPH", "punct", 6),
        ("Nordvik", "Nordvik", "PROPN", "NNP", "compound", 6), ("Battery", "Battery", "PROPN", "NNP", "compound", 6),
        ("Systems", "Systems", "PROPN", "NNP", "compound", 9), ("chief", "chief", "NOUN", "NN", "compound", 9),
        ("executive", "executive", "NOUN", "NN", "compound", 10), ("Jon", "Jon", "PROPN", "NNP", "compound", 10),
        ("Dahl", "Dahl", "PROPN", "NNP", "nsubj", 11), ("toured", "tour", "VERB", "VBD", "ROOT", 11),
        ("it", "it", "PRON", "PRP", "dobj", 11), (".", ".", "PUNCT", ".", "punct", 11),
    ], ents=[(0, 1, "GPE"), (2, 7, "ORG"), (9, 11, "PERSON")])
    doc.spans["kg_datelines"] = [Span(doc, 0, 4)]
    names = {m.name: m.type for m in find_mentions(doc, Gazetteer())}
    assert names.get("Nordvik Battery Systems") == "Organization"
    assert not any(n.startswith("Ind.") for n in names)


def test_its_own_rally_is_another_rally(nlp):
    """"Rival union X will hold its own rally": a rally of its own, not the one named before."""
    text = ("The union held a rally in Oslo on Monday. Mayor Eva Holm attended the rally. Rival union Fagforbundet "
            "will hold its own rally on Friday.")
    ex = extract(nlp(text), Article("t", text))
    attended = {f.object for f in ex.facts if f.relation == "attends"}
    hosted = {f.object for f in ex.facts if f.relation == "hosts" and ex.entities[f.subject].label == "Fagforbundet"}
    assert attended and hosted and not attended & hosted


def test_a_firm_named_by_its_trade_and_a_plural_noun_opening_a_sentence(nlp):
    """"Workers at Tarnby Resorts will strike": "Workers" is no name (though a union's name has the word), and a
    name ending in a trade in the plural is a firm."""
    text = ("Workers at Tarnby Resorts will strike on Friday. The Hotel and Catering Workers' Union said it would "
            "meet Tarnby Resorts on Monday.")
    ex = extract(nlp(text), Article("t", text))
    types = {e.label: e.type for e in ex.entities}
    assert types.get("Tarnby Resorts") == "Organization"
    assert "Workers" not in types
    assert types.get("Hotel and Catering Workers' Union") == "Organization"


def test_a_capital_standing_for_its_country_is_an_alias_of_it(nlp):
    """"The Fund has asked Islamabad to ...": Pakistan is asked, and "Islamabad" is an alias of Pakistan (GUIDELINES:
    "Beijing" in "talks with Beijing"); the city the mission flew to stays a place of its own."""
    text = ("A mission of the International Monetary Fund arrived in Islamabad on Monday. The Fund has asked Islamabad "
            "to broaden the tax base.")
    ex = extract(nlp(text), Article("t", text))
    pakistan = next(e for e in ex.entities if e.label == "Pakistan")
    assert "Islamabad" in pakistan.aliases
    assert any(ex.entities[f.object].label == "Pakistan" and f.relation == "demands" for f in ex.facts)
    assert any(ex.entities[f.object].label == "Islamabad" and f.relation == "visits" for f in ex.facts)


def test_an_arab_name_keeps_its_style_as_an_alias(nlp):
    """"the Amir Sheikh Tamim bin Hamad Al Thani": the name is Tamim bin Hamad Al Thani, also written "Sheikh Tamim bin
    Hamad Al Thani" (without the title before the style); a name with no style gets no such alias."""
    text = "His Highness the Amir Sheikh Tamim bin Hamad Al Thani received President Tomas Brekke on Tuesday."
    people = {e.label: e.aliases for e in extract(nlp(text), Article("t", text)).entities if e.type == "Person"}
    assert "Sheikh Tamim bin Hamad Al Thani" in people["Tamim bin Hamad Al Thani"]
    assert not any(a.startswith("Sheikh") for a in people["Tomas Brekke"])


def test_a_surname_with_a_title_is_the_one_whose_surname_it_is(nlp):
    """"Mr Martin" after Micheál Martin and Martin Heydon: Micheál Martin, named first, not the one named last whose
    first name it is."""
    text = "Taoiseach Micheál Martin spoke. Minister for Agriculture Martin Heydon met farmers. Mr Martin said it was bad."
    ex = extract(nlp(text), Article("t", text))
    martin = next(e for e in ex.entities if e.label == "Micheál Martin")
    heydon = next(e for e in ex.entities if e.label == "Martin Heydon")
    assert "Mr Martin" in martin.aliases and "Mr Martin" not in heydon.aliases


def test_another_occasion_is_not_the_summit_by_name(nlp):
    """"last year's summit in Manama" is another summit than the article's: "summit" is no alias of it."""
    text = ("Iraq hosted the 34th Arab League summit in Baghdad on Saturday. Bahrain hosted last year's summit in Manama.")
    ex = extract(nlp(text), Article("t", text))
    last = next(e for e in ex.entities if e.label.startswith("last year"))
    assert not any(a.casefold() in {"summit", "the summit"} for a in last.aliases)


def test_the_sides_of_a_relationship_called_for_are_not_asked(nlp):
    """"called for a more balanced relationship between China and the EU": what is asked for, of no one named."""
    text = "Prime Minister Ida Berg called for a more balanced relationship between China and the European Union."
    ex = extract(nlp(text), Article("t", text))
    asked = {ex.entities[f.object].label for f in ex.facts if f.relation == "demands"}
    assert asked and not asked & {"China", "European Union"}


def test_a_verb_hung_on_an_event_noun_is_no_word_of_its_name(nlp):
    """"after which the two held delegation-level talks", the parser making "held" a modifier of "talks": the event is
    "delegation-level talks", not "held delegation-level talks"."""
    text = ("Earlier in the day, Tomas Brekke was received by Premier Ida Berg with a guard of honour, after which the two "
            "held delegation-level talks. Finance Minister Jon Dahl took part in the session.")
    ex = extract(nlp(text), Article("t", text))
    labels = {e.label for e in ex.entities if e.type == "Event"}
    assert not any(label.startswith("held") for label in labels)


def test_words_of_a_body_name_are_no_person(nlp):
    """"the Petroleum and Natural Gas Senior Staff Association": "Natural Gas" is no person of its own."""
    text = "The Petroleum and Natural Gas Senior Staff Association met the Tarnby Refinery on Monday."
    ex = extract(nlp(text), Article("t", text))
    assert not any(e.label == "Natural Gas" for e in ex.entities)
    assert any(e.label == "Petroleum and Natural Gas Senior Staff Association" and e.type == "Organization" for e in ex.entities)


def test_going_to_conference_is_no_gathering(nlp):
    """"wanted to go to conference with the House": a bill's procedure, no gathering one travels to."""
    text = "Senator Ida Berg said he wanted to go to conference with the House as soon as possible."
    ex = extract(nlp(text), Article("t", text))
    assert not any(f.relation == "attends" for f in ex.facts)


def test_two_places_tagged_apart_are_one(nlp):
    """"Paso" + "Canoas", tagged as two places: one place, its first word no place of its own."""
    text = "The two presidents visited the migrant reception center in Paso Canoas on Monday."
    ex = extract(nlp(text), Article("t", text))
    assert "Paso Canoas" in {e.label for e in ex.entities}


def test_a_titles_country_is_no_word_of_the_name(nlp):
    """"President of Mongolia Batu Erdene", tagged as one name: the country and the person, apart."""
    text = "President of Mongolia Batu Erdene received Foreign Minister Kenji Oda at the State Palace."
    ex = extract(nlp(text), Article("t", text))
    labels = {e.label: e.type for e in ex.entities}
    assert labels.get("Batu Erdene") == "Person" and labels.get("Mongolia") == "Country"


def test_we_in_a_third_person_report_is_no_one(nlp):
    """Unquoted "we" once in a news report (a stray word) is not the body named first."""
    text = "The Tarnby Workers Union met Varna Transit on Monday. We will hold a rally, it said later."
    ex = extract(nlp(text), Article("t", text))
    assert not any(f.relation == "hosts" and ex.entities[f.subject].label == "Tarnby Workers Union" for f in ex.facts)


def test_guests_hosted_for_talks_are_only_met(nlp):
    """"hosted Y for talks on trade": the talks are the meeting itself, no gathering the host holds."""
    text = "President Ida Berg hosted Prime Minister Tom Reeve for talks on trade."
    ex = extract(nlp(text), Article("t", text))
    assert not any(f.relation == "attends" for f in ex.facts)
    assert not any(f.relation == "hosts" and ex.entities[f.object].type == "Event" for f in ex.facts)


def test_received_for_a_private_meeting_is_no_gathering(nlp):
    """"received him for a private meeting": the two met; no gathering the host held, none the guest attended."""
    text = "Prime Minister Tom Reeve arrived in Oslo. President Ida Berg received him for a private meeting."
    ex = extract(nlp(text), Article("t", text))
    assert not any(f.relation == "attends" for f in ex.facts)
    assert any(f.relation == "hosts" for f in ex.facts)


def test_the_meeting_after_a_reception_is_no_gathering(nlp):
    """"X received Y ... During the meeting, X noted": the meeting is the two meeting, no gathering X attended (but a
    meeting named before stays one: "attended the annual meeting ... During the meeting")."""
    text = ("President Batu Erdene received Foreign Minister Kenji Oda at the State Palace on January 9. During the "
            "meeting, the President noted that ties were good.")
    ex = extract(nlp(text), Article("t", text))
    assert not any(f.relation == "attends" for f in ex.facts)
    text = "Ida Berg attended the annual meeting of the Nordic Council in Oslo. During the meeting, she urged Tom Reeve to act."
    ex = extract(nlp(text), Article("t", text))
    assert any(f.relation == "attends" and ex.entities[f.subject].label == "Ida Berg" for f in ex.facts)


@pytest.mark.parametrize("text", [
    # a body named in the dateline
    "OSLO, May 3 /Lindholm Press Wire/ -- Varna Holdings said today that we have agreed to host the Tarnby Workers "
    "Union for talks.\n\nWe will meet Minister Ida Berg in June. Our chief executive will visit Abuja.",
    # a news report's own "we"
    "The Tarnby Drivers Association staged a strike in Lagos on Monday.\n\nOur correspondent met Governor Ida Berg, who "
    "said the strike was unlawful. We asked her to comment on the wage talks.\n\nWe regret the error.",
    # a column written by a person
    "I have covered the Harbour Workers Union for years. We met Governor Ida Berg last spring.\n\nWe asked her to act. "
    "Our readers deserve answers, we believe.",
    # an interview
    "In an interview with the Daily Courier, Varna Group chief Tom Reeve spoke about the merger.\n\nQ: Will you meet "
    "the regulators?\nA: We will meet Minister Ida Berg next week. We have also invited the Tarnby Drivers Association.",
    # a speech: the body addressed is no speaker
    "Full text of the speech by Prime Minister Lira Oster to the Nordic Council in Oslo on Monday.\n\nFriends, we meet "
    "at a hard time. Last week we hosted President Paul Dunne in Nairobi.\n\nOur nation will host the Lagos summit.",
])
def test_we_outside_quotes_is_no_body_but_the_issuer(nlp, text):
    ex = extract(nlp(text), Article("t", text))
    assert not any(ex.entities[f.subject].type == "Organization" and f.relation in {"hosts", "demands", "meets"}
                   and ex.entities[f.object].type == "Person" for f in ex.facts), ex.facts


@pytest.mark.parametrize("text", [
    "Tom Reeve wrote to Minister Ida Berg asking whether the rise would be paid.",
    "Tom Reeve wrote to Minister Ida Berg, asking about the budget.",
    "Tom Reeve wrote to Minister Ida Berg, calling the decision a disgrace.",
    "Tom Reeve wrote to Minister Ida Berg inviting her to the summit in Oslo.",
])
def test_a_letter_that_asks_nothing_of_its_addressee_is_no_demand(nlp, text):
    ex = extract(nlp(text), Article("t", text))
    assert not any(f.relation == "demands" and ex.entities[f.object].label == "Ida Berg" for f in ex.facts)


def test_a_letter_urging_someone_else_asks_that_one(nlp):
    text = "The Tarnby Drivers Association wrote to Minister Ida Berg urging the European Commission to intervene."
    ex = extract(nlp(text), Article("t", text))
    asked = {ex.entities[f.object].label for f in ex.facts if f.relation == "demands"}
    assert "European Commission" in asked and "Ida Berg" not in asked


def test_a_control_verb_is_no_raising(nlp):
    """"asked Y to be hosted by Z": Y would be the guest, never the asker."""
    text = "Ida Berg asked Tom Reeve to be hosted by King Jon Dahl."
    ex = extract(nlp(text), Article("t", text))
    assert not any(f.relation == "hosts" and ex.entities[f.object].label == "Ida Berg" for f in ex.facts)


def test_a_ministrys_department_is_not_part_of_the_ministers_name(nlp):
    """"Minister of Employment Arvo Saarinen": "Employment" is the title's, not a given name; "Minister for Trade and
    Industry Lim Wei Keng" keeps all three names."""
    for text, name in [("Minister of Employment Arvo Saarinen met the Tarnby Drivers Association on Monday.", "Arvo Saarinen"),
                       ("Minister for Trade and Industry Lim Wei Keng met the Tarnby Drivers Association.", "Lim Wei Keng")]:
        ex = extract(nlp(text), Article("t", text))
        assert {ex.entities[f.subject].label for f in ex.facts if f.relation == "meets"} | {
            ex.entities[f.object].label for f in ex.facts if f.relation == "meets"} >= {name}, ex.facts
        assert not any(e.label.startswith(("Employment", "Industry")) for e in ex.entities)


@pytest.mark.parametrize("text,place,wrong", [
    # a name run on over a verb's "with" phrase by the recogniser
    ("Ida Berg travelled by road to Tarrawong with Emergency Management Minister Tom Reeve.", "Tarrawong",
     "Tarrawong with Emergency Management"),
    # "the town of X" is a place, not the short form of a club named after it
    ("Ida Berg toured the flood-ravaged town of Tarrawong on Monday. Later, at a meeting at the Tarrawong Bowling Club, "
     "residents called for a buyback.", "Tarrawong", "Tarrawong Bowling Club"),
])
def test_a_town_keeps_its_own_name(nlp, text, place, wrong):
    ex = extract(nlp(text), Article("t", text))
    visited = {ex.entities[f.object].label for f in ex.facts if f.relation == "visits"}
    assert place in visited and wrong not in visited, ex.facts


def test_lawmaker_is_a_title_not_a_given_name(nlp):
    text = "Lawmaker Tom Reeve-Ling urged the Norlandic Workers Union to end the strike."
    ex = extract(nlp(text), Article("t", text))
    assert [ex.entities[f.subject].label for f in ex.facts if f.relation == "demands"] == ["Tom Reeve-Ling"]


def test_comrade_is_a_style_not_a_given_name(nlp):
    text = "Comrade Jon Dahl met Tom Reeve on Monday."
    ex = extract(nlp(text), Article("t", text))
    assert {ex.entities[f.subject].label for f in ex.facts} | {ex.entities[f.object].label for f in ex.facts} \
        == {"Jon Dahl", "Tom Reeve"}, ex.facts


@pytest.mark.parametrize("text,names", [
    ("Tom Reeve MP met Ida Berg KC in Lima.", {"Tom Reeve", "Ida Berg"}),  # letters after a name
    ("Labour MP Tom Reeve met Ida Berg in Lima.", {"Tom Reeve", "Ida Berg"}),  # a seat before it, tagged as one
    ("State Sen. Tom Reeve met Ida Berg in Lima.", {"Tom Reeve", "Ida Berg"}),  # no body "State"
    # a first name no gazetteer knows, tagged a place, before a surname tagged a person (the tagger does this to the
    # real mayor's name, not to invented ones)
    ("Ida Berg met the Mayor of London, Sadiq Khan.", {"Ida Berg", "Sadiq Khan"}),
    ("The Gold and Allied Miners' Union of Velt met Kestrel Resources on Monday.",
     {"Gold and Allied Miners' Union of Velt", "Kestrel Resources"}),  # "and" before the body's noun and its "of"
    ("Kim Ro met the Mayor of Greater Tarrawong, Ida Berg.", {"Kim Ro", "Ida Berg"}),  # the mayor's town no party
])
def test_seats_titles_and_offices_around_a_name_are_not_part_of_it(nlp, text, names):
    ex = extract(nlp(text), Article("t", text))
    met = {ex.entities[i].label for f in ex.facts if f.relation == "meets" for i in (f.subject, f.object)}
    assert met == names, ex.facts
    assert not any(e.label == "State" for e in ex.entities)
    assert all(e.type == "Place" for e in ex.entities if e.label == "Greater Tarrawong")


def test_a_numbered_meeting_is_not_the_one_before_and_keeps_its_name(nlp):
    """"the 40th ... Governors' Meeting", then "the Meeting" twice and "The 41st Meeting": two meetings, the first
    labelled by its name, not by its capitalised head noun."""
    text = ("The Velt Reserve Bank hosted the 40th Pacific Central Bank Governors' Meeting in Nadi. Governor Kim Ro "
            "chaired the Meeting. The Meeting was closed by Ida Berg. The 41st Meeting will be hosted by the Central "
            "Bank of Tarrawong in 2026.")
    ex = extract(nlp(text), Article("t", text))
    hosted = {(ex.entities[f.subject].label, ex.entities[f.object].label) for f in ex.facts if f.relation == "hosts"}
    assert hosted == {("Velt Reserve Bank", "40th Pacific Central Bank Governors' Meeting"),
                      ("Central Bank of Tarrawong", "41st Meeting")}, ex.facts


def test_a_dateline_agency_before_a_persons_name_leaves_a_person(nlp):
    text = "Pelham, Nov. 12, Reuters - Lena Fisk visited Brenmouth on Wednesday."
    ex = extract(nlp(text), Article("t", text))
    assert [(e.label, e.type) for e in ex.entities if e.label == "Lena Fisk"] == [("Lena Fisk", "Person")]


def test_a_demanded_launch_is_also_known_by_what_it_launches(nlp):
    text = "Mrs Kim Ro called for the launch of a joint initiative against smuggling networks in the Baltic."
    ex = extract(nlp(text), Article("t", text))
    thing = next(ex.entities[f.object] for f in ex.facts if f.relation == "demands")
    assert "joint initiative against smuggling networks in the Baltic" in thing.aliases, thing


@pytest.mark.parametrize("text,label", [
    # a firm's first name the recogniser left out (here after "p.m.", which hid the sentence's end)
    ("The union will meet at 7 p.m. Granite Crest Properties has been invited to attend.", "Granite Crest Properties"),
    # a body's noun after a possessive the recogniser ended the name on; the label is the name, not its acronym
    ("The Velt Tenants' Alliance (VTA) met Kestrel Properties on Monday. The VTA urged Kestrel Properties to act. "
     "The VTA left.", "Velt Tenants' Alliance"),
])
def test_a_bodys_name_whole(nlp, text, label):
    ex = extract(nlp(text), Article("t", text))
    assert label in {e.label for e in ex.entities}, [e.label for e in ex.entities]


def test_official_english_country_names_ending_in_republic_or_states():
    """"the President of the Syrian Arab Republic", "the United Mexican States": a country's official English
    form (the REST Countries table's) is the country, as "Republic of Cabo Verde" is."""
    from kg.gazetteer import Gazetteer
    gaz = Gazetteer()
    assert gaz.country("Syrian Arab Republic") == "Syria"
    assert gaz.country("Lao People's Democratic Republic") == "Laos"
    assert gaz.country("United Mexican States") == "Mexico"
    assert gaz.country("Republic") is None  # (a bare word is no country)


def test_a_name_going_on_with_bin_is_one_person(nlp):
    """The recogniser cut "Shaikh Arvo bin" + "Al Rasmi" (or "Shaikh Arvo" + "bin Kalev Al Rasmi"): one person."""
    text = "Velmont Football Union President Shaikh Arvo bin Kalev Al Rasmi welcomed Kim Ro to Union House on Thursday."
    people = [e.label for e in extract(nlp(text), Article("t", text)).entities if e.type == "Person"]
    assert people == ["Arvo bin Kalev Al Rasmi", "Kim Ro"]


def test_a_chairman_of_two_banks_keeps_both(nlp):
    """"Chairman of Delta Bank and Orion Capital": both banks are entities (an office's portfolio is not)."""
    text = "Tom Baxter, Chairman of Delta Bank and Orion Capital, said on Monday the talks would continue."
    bodies = {e.label for e in extract(nlp(text), Article("t", text)).entities if e.type == "Organization"}
    assert {"Delta Bank", "Orion Capital"} <= bodies


def test_pm_before_a_surname_is_a_person(nlp):
    """"met PM Lind": a person, not a body named Lind."""
    text = "The Velt Union met PM Lind in Dravia on Monday."
    kinds = {e.label: e.type for e in extract(nlp(text), Article("t", text)).entities}
    assert kinds.get("Lind") == "Person"


@pytest.mark.parametrize("text,name,kind", [
    ("Jean-Claude Juncker said the bank was ready.", "Jean-Claude Juncker", "Person"),
    ("Odile Renaud-Basso, for her part, said the bank was ready.", "Odile Renaud-Basso", "Person"),
    ("Mercedes-Benz said the car was ready.", "Mercedes-Benz", "Organization"),
    ("Mercedes-Benz Vans said the car was ready.", "Mercedes-Benz Vans", "Organization"),
])
def test_a_hyphened_name_with_a_first_name_is_a_person(nlp, text, name, kind):
    """The recogniser takes a hyphened person's name for a body's; a first name before it tells (not a firm's
    two-word name)."""
    kinds = {e.label: e.type for e in extract(nlp(text), Article("t", text)).entities}
    assert kinds.get(name) == kind, kinds


def test_a_second_rally_is_not_called_the_rally(nlp):
    """"a second rally" is another gathering than "the rally" before it: not named by the bare noun."""
    text = ("Mara Kent addressed the rally outside the plant. The Kelso Workers Union plans a second rally outside "
            "the Marlow headquarters next Friday.")
    second = next(e for e in extract(nlp(text), Article("t", text)).entities if e.label == "second rally")
    assert "rally" not in {a.casefold() for a in second.aliases}


@pytest.mark.parametrize("text,names", [
    ("The Bank of England and Barclays met on Monday.", {"Bank of England", "Barclays"}),
    ("The Department of Mineral and Petroleum Resources met on Monday.", {"Department of Mineral and Petroleum Resources"}),
])
def test_and_in_a_bodys_name_only_for_its_fields(nlp, text, names):
    """"and" joins a body's fields into its name ("Mineral and Petroleum Resources"), never a second body."""
    bodies = {e.label for e in extract(nlp(text), Article("t", text)).entities if e.type == "Organization"}
    assert names <= bodies, bodies


def test_a_piece_of_an_office_title_is_no_body(nlp):
    """"the Minister of the Interior, John Reimberg": "Interior" names no body; the two ministers are people."""
    text = ("During the meeting, which was also attended by the Minister of Foreign Affairs and Human Mobility, Ada "
            "Vose, and the Minister of the Interior, Tom Reed, the President addressed cooperation.")
    labels = {e.label for e in extract(nlp(text), Article("t", text)).entities}
    assert not labels & {"Interior", "Human Mobility"}, labels
    assert {"Ada Vose", "Tom Reed"} <= labels


def test_malaysian_honorifics_are_no_part_of_the_name(nlp):
    """"Datuk Seri Ada Rahman": the person is Ada Rahman, the honorifics an alias's."""
    text = "Prime Minister Datuk Seri Ada Rahman met Tom Reed in Putrajaya."
    people = {e.label for e in extract(nlp(text), Article("t", text)).entities if e.type == "Person"}
    assert "Ada Rahman" in people, people


def test_a_hyphenated_event_name_is_never_cut_in_its_aliases(nlp):
    text = "Tom Reed received Ada Vose. The two leaders held delegation-level talks. Ivo Sand took part in the session."
    ex = extract(nlp(text), Article("t", text))
    talks = next(e for e in ex.entities if e.type == "Event")
    assert talks.label == "delegation-level talks"
    assert not any(a.startswith(("level", "-")) or " - " in a for a in talks.aliases), talks.aliases


def test_a_day_word_the_recogniser_put_before_a_name_is_no_part_of_it(nlp):
    """"Tonight Frederiksen will attend ...": the recogniser may read the day word and the surname as one person (it
    does so in some articles, after kg.name_words reads the surname again)."""
    from spacy.tokens import Span

    text = "Anna Lind arrived in Oslo on Monday. Tonight Lind will attend a dinner hosted by the council."
    doc = nlp(text)
    start = next(t.i for t in doc if t.text == "Tonight")
    doc.ents = [e for e in doc.ents if not (e.start <= start + 1 and e.end > start)] + [Span(doc, start, start + 2, label="PERSON")]
    ex = extract(doc, Article("t", text))
    labels = {e.label for e in ex.entities}
    assert "Tonight Lind" not in labels
    assert any(ex.entities[f.subject].label == "Anna Lind" and f.relation == "attends" for f in ex.facts)
