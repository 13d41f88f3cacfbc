"""Word lists and dependency-label sets the extraction rules are built from.

Kept as named constants so a rule reads as grammar, not as string soup.
"""
from __future__ import annotations

import re

#: a stock ticker in newswire markup ("<XYZ.N>", "CADB.L"): never a name
TICKER = re.compile(r"[A-Z0-9]{1,6}\.[A-Z]{1,3}")
#: a year as a word: "the 2034 World Cup", "the 2019 summit"
YEAR = re.compile(r"(19|20)\d\d")

# --- dependency labels (spaCy's English ClearNLP-style scheme) -------------
SUBJECTS = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECTS = frozenset({"nsubjpass", "csubjpass"})
OBJECTS = frozenset({"dobj", "obj"})
#: links along which a verb inherits the subject of its head ("expected to attend")
SUBJECT_INHERITING = frozenset({"xcomp", "conj", "advcl"})

# --- entity mentions ---------------------------------------------------------
NER_TYPES = {  # spaCy label -> kg type (Country is decided by the country table)
    "PERSON": "Person",
    "ORG": "Organization",
    "GPE": "Place",
    "LOC": "Place",
    "FAC": "Facility",
    "EVENT": "Event",
}
#: recogniser labels a name of an event may come with ("the Monaco Grand Prix" is often LAW)
EVENT_NAME_LABELS = frozenset({"ORG", "FAC", "LAW", "WORK_OF_ART", "PRODUCT", "EVENT"})
#: last words that make a name an event's: "the Asia-Pacific Economic Summit", "the Robot Olympiad"
#: (not "Congress", "Convention" or "Forum": those name bodies and treaties as often)
EVENT_NAME_HEADS = frozenset({
    "summit", "olympics", "games", "olympiad", "championship", "championships", "tournament",
    "festival", "expo", "exposition", "fair", "prix", "symposium", "ceremony", "marathon", "cup", "talks", "retreat",
    "meeting", "meetings", "dialogue",
})
#: combining forms of country names: "Sino-Soviet talks", "Anglo-Irish summit"
COMBINING_FORMS = {"sino": "China", "anglo": "United Kingdom", "franco": "France", "russo": "Russia", "indo": "India",
                   "italo": "Italy", "greco": "Greece", "turco": "Turkey", "hispano": "Spain", "luso": "Portugal",
                   "nippo": "Japan", "austro": "Austria", "belgo": "Belgium", "swiss": "Switzerland"}
#: adjectives that name a body ("urged Congressional approval": Congress)
BODY_ADJECTIVES = {"congressional": "Congress", "parliamentary": "Parliament"}
#: words of a style of address, never a name or a role by themselves: "His Highness", "Her Majesty"
STYLES = frozenset({"highness", "excellency", "excellencies", "majesty", "eminence", "holiness", "hrh", "h.e."})
#: styles written in capitals, matched as written ("HE X": His Excellency; "he" is the pronoun): "HE", "HH"
CAPITAL_STYLES = frozenset({"HE", "HH"})
#: a premier's title, abbreviated: the name after it is a person's ("PM Chinh", "CM Maryam Nawaz")
PREMIER_ABBREVIATIONS = frozenset({"pm", "cm"})
HONORIFICS = frozenset({
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "sir", "dame", "lord",
    "lady", "prof", "prof.", "professor", "rev", "rev.", "gen", "gen.", "general",
    "president", "premier", "chancellor", "minister", "senator", "sen.", "rep.",
    "governor", "king", "queen", "prince", "princess", "emperor", "empress", "pope", "sheikh", "sayyid", "ambassador",
    "chief", "constable", "inspector", "superintendent", "commissioner", "judge", "justice", "mayor", "bishop",
    "archbishop", "cardinal", "vice", "deputy", "foreign", "colonel", "captain", "admiral", "gov", "gov.",
    "lt", "lt.", "sgt", "sgt.", "cpl", "rev.", "fr", "fr.", "revd", "reverend", "rt", "vicar", "rabbi", "imam",
    "shri", "smt", "smt.", "shrimati", "cllr", "cllr.", "councillor", "councilor", "hon", "hon.", "honourable", "honorable",
    "sheikha", "shaikh", "shaikha", "comrade", "cde", "cde.",
    # Malaysian and Bruneian honorifics before a name: "Datuk Seri Anwar Ibrahim", "Dato' Seri X", "Haji Y"
    "datuk", "dato", "dato'", "datin", "seri", "haji", "hajah",
}) | STYLES | PREMIER_ABBREVIATIONS
#: styles that Arab names are written with, kept as a name's alias: "Sheikh Tamim bin Hamad Al Thani"
NAME_STYLES = frozenset({"sheikh", "sheikha", "shaikh", "shaikha"})
#: rulers' titles that are also first names: a title after "the" or before another title ("His Highness the Amir
#: Sheikh X"), a name otherwise ("Amir Daloush", "Sultan Berkhan")
RULER_TITLES = frozenset({"amir", "emir", "sultan"})
#: words of an office title the recogniser may glue to a name: "Trade Representative Michael Smith"
#: a firm's officers by their initials, which the recogniser takes for bodies: "Managing Director and CEO X"
OFFICER_ACRONYMS = frozenset({"ceo", "cfo", "coo", "cto"})
TITLE_WORDS = OFFICER_ACRONYMS | frozenset({
    "representative", "secretary", "minister", "trade", "deputy", "vice", "under", "assistant", "finance",
    "treasury", "state", "agriculture", "commerce", "defense", "defence", "interior", "economy", "energy",
    "chairman", "chairwoman", "chair", "executive", "director", "governor", "spokesman", "spokeswoman",
    "u.s.", "us", "federal", "reserve", "attorney", "congressman", "congresswoman", "rep", "rep.", "leader",
    "speaker", "house", "majority", "minority", "whip", "senior", "acting", "former", "delegate",
    "mines", "oil", "petroleum", "industry", "labour", "labor", "health", "justice", "transport", "communications",
    "home", "finance", "planning", "information", "education", "environment", "fisheries", "tourism",
    "managing", "chief", "general", "associate", "principal", "permanent", "undersecretary", "under-secretary", "crown", "officer", "marshal", "field",
    "affairs", "taoiseach", "tánaiste", "tanaiste", "adviser", "advisor", "lawmaker", "legislator",
    # a firm's officers: "Chief Financial Officer X", "Chief Operating Officer Y"
    "financial", "operating", "technology", "commercial", "marketing", "investment", "legal",
})
#: titles only a person carries
PERSONAL_TITLES = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "sir", "dame", "lord", "lady",
                             "shri", "smt", "smt.", "shrimati"})
#: a style of address that makes the name after it a person's: "Rt Hon Winston Peters" (not "Hon", also a name)
ADDRESS_STYLES = frozenset({"rt", "rt."})
#: titles of monarchs and religious leaders that make the name after them a person's: "King Charles"
ROYAL_TITLES = RULER_TITLES | frozenset({"king", "queen", "prince", "princess", "emperor", "empress", "pope", "sheikh", "shaikh",
                          "sultan", "ayatollah"})
#: head nouns of a description that can stand for a person holding an office
ROLE_NOUNS = frozenset({
    "leader", "president", "premier", "chancellor", "minister", "king", "queen", "prince", "princess",
    "secretary", "monarch", "head", "ruler", "pm", "pope", "pontiff",
    "governor", "commissioner", "mayor", "senator", "ambassador", "envoy", "chairman", "chairwoman", "gov.", "gov",
    "taoiseach", "tánaiste", "tanaiste",
}) | RULER_TITLES
#: offices whose holders a bare plural stands for ("the leaders", "the Premiers"), with the offices each takes in
#: (a premier's office is kept as "prime minister"; "leader" is any national leader's: LEADER_ROLES)
GROUP_ROLES = {"leader": frozenset(), "premier": frozenset({"premier", "prime minister"})}


def group_role(word: str) -> str | None:
    """The office a plural names whose holders it stands for: "premiers" -> "premier"; else None."""
    office = word.removesuffix("s")
    return office if word.endswith("s") and office in GROUP_ROLES else None


#: role words that can fill any head-of-state/government office
GENERIC_ROLES = frozenset({"leader", "head", "ruler"})
#: offices that name their country, as (the office, the country): "the Taoiseach" is Ireland's prime minister
NATIONAL_OFFICES = {"taoiseach": ("prime minister", "Ireland"), "tánaiste": ("deputy prime minister", "Ireland"),
                    "tanaiste": ("deputy prime minister", "Ireland")}
ROLE_COUNTRIES = {word: country for word, (_, country) in NATIONAL_OFFICES.items()}
ROLE_ALIASES = {"premier": "prime minister", "pm": "prime minister", "pontiff": "pope", "gov.": "governor", "gov": "governor",
                **{word: office for word, (office, _) in NATIONAL_OFFICES.items()}}
#: nouns for something said, made before anything the sentence goes on to plan: "despite calls for"
SAID_NOUNS = frozenset({"demand", "call", "request", "appeal", "urging", "plea", "insistence", "ultimatum",
                        "pressure", "urgings", "demands", "calls"})
#: nouns of a trip or a part of one: a trip is travel, not a gathering, and two who make one
#: together do not meet each other ("the King and Queen began a state visit")
TRIP_NOUNS = frozenset({"visit", "tour", "trip", "leg", "mission", "stop", "stopover", "journey", "stage", "swing",
                        "stay", "voyage"})
#: "on the sidelines of the summit": at the summit
SIDELINES = frozenset({"sideline", "sidelines", "margin", "margins", "fringe", "fringes"})
#: words that make a plural name some of a group's members, not the group: "some Unionists"
SOME_OF = frozenset({"some", "many", "several", "few", "most", "other", "hardline", "dissident", "rebel"})
#: what may follow a surname in a person's name: "Robert F. Kennedy Jr."
NAME_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
#: nouns for sites and buildings: an apposition can say a name is one ("Anitkabir, the mausoleum of ..."),
#: and a name ending in one is one, whatever the recogniser called it ("the Francis Scott Key Bridge")
SITE_NOUNS = frozenset({"mausoleum", "tomb", "memorial", "monument", "shrine", "palace", "museum", "cathedral", "mosque",
                        "church", "temple", "synagogue", "basilica", "castle", "fortress", "stadium", "arena", "plant",
                        "factory", "refinery", "mine", "port", "harbour", "harbor", "airport", "airbase", "hospital",
                        "residence", "estate", "cemetery", "camp", "base", "bridge", "dam", "tower", "hotel", "abbey",
                        "park", "terminal", "facility", "pantheon", "cenotaph"})
#: sites named by a monument's head before "of": "the National Pantheon of the Heroes", "the Palace of Westminster"
MONUMENT_NOUNS = frozenset({"pantheon", "mausoleum", "tomb", "memorial", "monument", "cenotaph", "shrine", "palace",
                            "cemetery", "basilica", "cathedral", "mosque"})
#: where the dead lie, named after whose they are: "paid tribute to X at his mausoleum"
RESTING_PLACES = frozenset({"mausoleum", "tomb", "grave", "shrine"})
#: site nouns no surname ends in: a name the recogniser took for a person's that ends in one is a site
#: ("the Sheikh Zayed Grand Mosque"; not "Ryan Park", "Shirley Temple", "Frank Church")
NEVER_SURNAME_SITES = SITE_NOUNS - frozenset({"church", "temple", "park", "port", "harbour", "harbor", "mine", "plant",
                                              "factory", "residence", "estate", "camp", "base", "bridge", "dam", "tower",
                                              "hotel", "facility"})
#: sites named by two words no surname ends in: "the Lajes Air Base", "the Kori Power Plant"
TWO_WORD_SITES = frozenset({"air base", "naval base", "army base", "military base", "power plant", "power station"})
#: a name ending in these is a body's, not a person's ("the Tom Baxter Centre", "the Marine Science Centre")
NEVER_SURNAME_BODIES = frozenset({"centre", "center", "institute", "foundation"})
#: rooms and halls an event is held in: "a ceremony in the Great Hall hosted by X"
ROOMS = frozenset({"hall", "room", "chamber", "palace", "house"})
#: where a crowd goes: "led a march to the Zocalo", "from the Angel", "outside parliament"
CROWD_ROUTE_PREPS = frozenset({"outside", "to", "through", "from", "near", "towards", "toward", "past", "along", "around"})
#: public places a crowd gathers in: "led a rally in the square"
PUBLIC_PLACES = frozenset({"square", "street", "streets", "park", "city", "capital", "centre", "center", "town"})
#: verbs of staying away that one sends a stand-in for: "did not attend (travel, turn up) and sent X in her place"
STAYING_AWAY = frozenset({"attend", "travel", "go", "come", "turn", "make", "join", "skip", "miss", "appear", "fly", "be"})
#: a paper a demand is served in: "issued a strike notice to Y, demanding ...", "sent an ultimatum to Y, calling for ..."
SERVED_PAPERS = frozenset({"notice", "ultimatum", "letter", "petition", "memorandum", "memo", "list"})
#: who may be welcomed "from" a body as its guests ("welcomed a delegation from Y"; not "a board member from Y")
VISITING_PARTIES = frozenset({"delegation", "delegations", "team", "mission", "envoy", "envoys"})
#: verbs of attending a gathering a relative clause on "the meeting of X" tells: "the meeting of the committee, which
#: Y attended"
GATHERING_RELATIVE_VERBS = frozenset({"attend", "join", "address", "skip", "boycott"})
#: where a visitor lands and is met: "was welcomed at Kotoka International Airport", "at Waterkloof Air Force Base"
AIRFIELDS = frozenset({"airport", "airbase", "airfield", "aerodrome", "base"})
#: places in a town besides SITE_NOUNS: "an evacuation centre in Liloan", "the site at Chemelil"
SITES_IN_TOWNS = frozenset({"site", "centre", "center", "school", "clinic", "shelter", "depot", "yard", "mill", "warehouse"})
#: "the site", "the scene": the site (a Facility) the article named last
SITE_WORDS = frozenset({"site", "scene"})
#: nouns of a place named after "of": "the border town of Rafah", "the port city of Odesa"
PLACE_OF_NOUNS = frozenset({"town", "city", "village", "region", "province", "district", "port", "island", "state",
                            "capital", "enclave", "territory", "republic", "kingdom", "emirate", "parish", "county"})
#: offices one person holds at a time in a country: "the President of Chile" is somebody
#: what a head of state or government calls rather than demands: "call for new elections"
ELECTION_NOUNS = frozenset({"election", "elections", "poll", "polls", "vote", "referendum"})
ELECTION_CALLERS = frozenset({"president", "prime minister", "chancellor", "king", "queen", "monarch", "governor", "premier"})
#: who speaks for a country: "the two countries" after two of them are named
LEADER_ROLES = frozenset({"president", "prime minister", "chancellor", "king", "queen", "monarch", "premier", "prince",
                          "emir", "sultan", "foreign minister"})
#: nouns for a person of a country's side, whom the article named with an office of that country: "the Omani official",
#: "the Libyan guest" (not "envoy", "diplomat": mostly someone the article leaves unnamed)
NATIONAL_PERSON_NOUNS = frozenset({"official", "guest", "visitor", "dignitary"})
#: the offices "the Head of State" stands for, and those of them that are a monarch's
HEAD_OF_STATE_ROLES = frozenset({"president", "king", "queen", "monarch", "emir", "amir", "sultan"})
MONARCH_ROLES = HEAD_OF_STATE_ROLES - {"president"}
SINGLE_HOLDER_ROLES = frozenset({
    "president", "prime minister", "chancellor", "king", "queen", "monarch", "emir", "sultan",
    "foreign minister", "finance minister", "defence minister", "defense minister", "vice president",
})
#: words before a role that make it someone other than the office's holder today
NOT_SITTING = frozenset({"former", "late", "then", "ex", "next", "future", "previous", "past", "outgoing", "incoming"})
#: collective nouns that, with an "of" complement or a proper-noun modifier, name a group
GROUP_NOUNS = frozenset({
    "coalition", "alliance", "bloc", "union", "federation", "league", "council",
    "committee", "commission", "caucus", "consortium", "cartel", "axis", "group",
    "contact", "quartet", "junta",
})
#: nouns naming a meeting-like event
EVENT_NOUNS = frozenset({
    "summit", "meeting", "talks", "talk", "call", "conference", "videoconference",
    "teleconference", "negotiation", "negotiations", "session", "forum", "ceremony",
    "gathering", "visit", "dialogue", "congress", "convention", "rally", "funeral",
    "inauguration", "games", "olympics", "election", "parade", "festival",
    "event", "reception", "dinner", "lunch", "luncheon", "banquet", "breakfast", "protest", "fair",
    "celebration", "exhibition", "march", "demonstration", "concert", "symposium", "seminar", "workshop",
    "meetings", "conferences", "summits", "hearing", "briefing", "expo", "exposition", "convention",
    "competition", "contest", "tournament", "exhibit", "championship", "championships", "olympiad", "marathon",
    "trial", "vigil", "commemoration", "assembly", "retreat", "roundtable", "plenary", "webinar",
    "consultation", "consultations", "fundraiser", "burial", "sitting", "tête-à-tête", "tete-a-tete",
})
#: event nouns that refer to the same kind of event when coreferent
EVENT_KINDS = {
    "call": "call", "conference": "call", "videoconference": "call",
    "teleconference": "call", "summit": "summit", "meeting": "meeting",
    "talks": "talks", "talk": "talks", "negotiation": "talks", "negotiations": "talks",
}
#: groups that stand for whoever sent them: "the Chinese delegation"
DELEGATION_NOUNS = frozenset({
    "delegation", "delegations", "team", "envoy", "envoys", "negotiator", "negotiators", "representative",
    "representatives", "mission", "official", "officials", "delegate", "delegates", "diplomat", "diplomats",
    "head", "heads", "emissary", "emissaries", "spokesman", "spokeswoman", "spokesperson",
    "leader", "leaders", "minister", "ministers", "executive", "executives", "ally", "allies", "partners",
    "member", "members", "counterpart", "counterparts", "leadership", "elders", "secretariat", "managers", "management", "board",
    "regulator", "regulators", "side", "officers",
})
#: people of a firm: "German executives" are of German firms, not of Germany
COMPANY_PEOPLE = frozenset({"executive", "manager", "management", "board"})
#: standing bodies named by what they do: "the bank advisory committee", "the steering committee"
BODY_NOUNS = frozenset({"committee", "panel", "council", "commission", "board", "union", "syndicate", "subcommittee"})
#: gatherings a crowd stands at ("The rally filled the square. X told the crowd")
CROWD_GATHERINGS = frozenset({"rally", "march", "protest", "demonstration", "vigil", "festival", "concert", "parade",
                              "picket", "sit-in", "funeral", "commemoration"})
#: who "the crowd" of such a gathering is: "X told the crowd (the protesters)"
CROWD_WORDS = frozenset({"crowd", "protester", "demonstrator", "marcher", "mourner"})
#: a ceremony that starts or ends something, an event of its own: "invited to the opening"
OPENINGS = frozenset({"opening", "closing"})
#: nouns for bringing a thing about, whose "of" names the thing: "the launch of a joint initiative"
SETTING_UP_NOUNS = frozenset({"launch", "creation", "establishment", "setting", "formation", "introduction", "adoption",
                              "implementation", "resumption", "start", "opening", "convening", "holding"})
#: chambers one calls (back, into session), never telephones: "call the House back"
LEGISLATURE_WORDS = frozenset({"house", "parliament", "congress", "senate", "assembly", "legislature", "chamber", "diet",
                               "knesset", "duma", "bundestag", "lok", "dail", "dáil"})
#: offices whose "of" may name a place: "the Mayor of X", "the Governor of Bali" (not "the Governor of the Federal Reserve")
LOCAL_OFFICES = frozenset({"mayor", "governor"})
#: "control of X", "annexation of X": X is a place
TERRITORY_NOUNS = frozenset({
    "control", "territory", "annexation", "occupation", "capture", "withdrawal",
    "region", "regions", "sovereignty", "province", "city", "cities", "town", "return",
})
PRONOUNS_SINGULAR = frozenset({"he", "she", "him", "her", "his"})
PRONOUNS_MALE = frozenset({"he", "him", "his", "himself"})
PRONOUNS_FEMALE = frozenset({"she", "her", "hers", "herself"})
#: pronouns that stand for an organisation or a country: "the union said it would meet"
PRONOUNS_NEUTER = frozenset({"it", "its"})
PRONOUNS_PLURAL = frozenset({"they", "them", "their"})
#: first person singular, inside a quote: the speaker
PRONOUNS_FIRST = frozenset({"i", "me", "my"})
#: first person plural, inside a quote: the speaker, speaking for their side ("We are calling on X ...," said Y)
PRONOUNS_WE = frozenset({"we", "us", "our"})
PRONOUNS_ALL = PRONOUNS_FIRST | PRONOUNS_WE | PRONOUNS_SINGULAR | PRONOUNS_MALE | PRONOUNS_FEMALE | PRONOUNS_NEUTER | PRONOUNS_PLURAL
#: members of a party, named in the plural for the party: "the Christian Democrats"
PARTY_MEMBERS = frozenset({"democrats", "republicans", "socialists", "communists", "conservatives", "liberals",
                           "greens", "tories", "labourites", "nationalists", "federalists", "separatists"})
#: public bodies a person's "his"/"her" can point back to: "his agency" (the World Bank he heads)
PUBLIC_BODIES = frozenset({"agency", "ministry", "department", "organisation", "organization", "government", "administration", "institution", "fund"})
#: nouns for a country's government: "the Indonesian government" is Indonesia
GOVERNMENT_NOUNS = frozenset({"government", "administration", "authorities", "regime", "cabinet"})
#: a person's own body: "his agency", "her company" (the body named in the person's title)
OWN_BODY_NOUNS = frozenset({"company", "firm", "agency", "office", "bank", "group", "ministry", "department",
                            "exchange", "organisation", "organization", "union", "party", "fund", "commission"})
#: "the pair", "the two leaders", "both sides": the last two parties named
PAIR_WORDS = frozenset({"pair", "duo"})
PAIR_NOUNS = frozenset({"leader", "side", "man", "woman", "president", "minister", "country", "nation", "government",
                        "party", "sides", "leaders", "men", "women", "presidents", "ministers", "countries", "nations",
                        "governments", "parties", "officials", "chancellor", "premier", "head", "heads", "delegation",
                        "delegations"})
#: the bodies "the two" of these stands for: "the two companies", "the two blocs"
BODY_PLURALS = frozenset({"company", "companies", "firm", "firms", "bloc", "blocs", "group", "groups", "union", "unions",
                          "bank", "banks", "organisation", "organisations", "organization", "organizations", "exchange",
                          "exchanges", "airline", "airlines", "carmaker", "carmakers"})
PERSON_PLURALS = frozenset({"leader", "man", "woman", "president", "minister", "leaders", "men", "women", "presidents", "ministers", "chancellor", "premier", "pair", "duo", "head", "heads"})
#: organisations a definite noun may stand for: "the exchange" after "the Tokyo Stock Exchange"
DEFINITE_ORGS = frozenset({
    "exchange", "bourse", "union", "bank", "committee", "council", "commission", "ministry", "agency", "board",
    "party", "company", "firm", "corporation", "concern", "alliance", "organisation", "organization",
    "federation", "association", "group", "fund", "court", "parliament", "senate", "airline", "cartel",
    "agency", "organisation", "institution", "government", "panel", "bloc",
})
#: a definite noun that names a body by another word for its kind: "the panel" (the committee),
#: "the bloc" (the union, the community)
DEFINITE_SYNONYMS = {
    "panel": frozenset({"committee", "commission", "board", "panel"}),
    "bloc": frozenset({"union", "community", "alliance", "association", "organisation", "organization", "bloc"}),
    "cartel": frozenset({"opec", "cartel", "organisation", "organization"}),
    "alliance": frozenset({"alliance", "nato", "pact"}),
    # "the union": a union by the workers its name says it gathers ("International Association of Machinists")
    "union": frozenset({"union", "workers", "machinists", "teamsters", "brotherhood", "guild", "employees", "drivers",
                       "nurses", "teachers", "doctors", "pilots", "miners", "dockers", "firefighters", "physicians"}),
}
#: the last words of a union's name that says whom it gathers: "the Oregon Nurses Association"
UNION_NAME_ENDINGS = frozenset({"association", "federation", "congress", "organisation", "organization", "alliance"})
#: fields whose association is a union when the article calls it one: "the Harlow Falls Education Association" ...
#: "the union" (only with one of the endings above: never "the Ministry of Education")
UNION_FIELDS = frozenset({"education", "educators", "teaching"})
#: adjectives that leave "the committee" the committee named before: "the full committee"
DEFINITE_ADJECTIVES = frozenset({"full", "whole", "entire", "same"})
#: "news conference", "press briefing": talking to the press
MEDIA_WORDS = frozenset({"news", "press", "media"})
#: words that make a compound of a name after a hyphen ("Minder-led", "Hovde-era", "Paris-based"), unlike
#: the second part of a given name ("Min-seok")
NAME_COMPOUND_WORDS = frozenset({
    "led", "era", "backed", "based", "style", "owned", "run", "born", "like", "type", "linked", "made", "funded",
    "controlled", "elect", "designate", "appointed", "friendly", "free", "related", "sponsored", "allied", "aligned",
    "inspired", "esque", "ish", "wing", "camp", "side", "faction", "bloc", "years", "time", "proof", "class",
})
#: who a press briefing is for: "a briefing for reporters", "for the media" (lemmatised "medium")
PRESS_AUDIENCES = MEDIA_WORDS | frozenset({"medium", "reporter", "reporters", "journalist", "journalists", "correspondent",
                                           "correspondents"})
#: words in the names of news outlets: speaking to one is an interview, not a meeting
OUTLET_WORDS = frozenset({"news", "press", "media", "times", "post", "journal", "reuters", "television", "tv", "radio",
                          "broadcasting", "newspaper", "agency", "magazine", "daily", "herald", "tribune", "gazette",
                          "telegraph", "guardian", "bbc", "cnn", "abc", "nbc", "cbs", "fox", "network", "channel",
                          "wikinews", "associated", "afp", "xinhua", "kyodo", "interfax", "tass", "bloomberg"})
#: nouns for public bodies that are no organisation word elsewhere: "the conciliation service Acas"
SERVICE_NOUNS = frozenset({"service", "regulator", "watchdog", "authority", "inspectorate", "ombudsman", "tribunal"})
#: last words of newspapers' names that are no outlet word elsewhere: "the Atlanta Constitution"
NEWSPAPER_TITLES = frozenset({"constitution", "chronicle", "inquirer", "examiner", "courier", "observer", "dispatch",
                              "globe", "enquirer", "gleaner", "standard", "nation", "statesman", "mail", "star"})
#: news agencies a newswire sentence tells things to: "told Reuters"
WIRE_AGENCIES = frozenset({"reuters", "afp", "xinhua", "kyodo", "interfax", "tass", "bloomberg", "bernama", "yonhap", "anadolu"})
#: news agencies whose name in brackets ends a dateline written in title case ("Bogor, West Java (ANTARA) -")
DATELINE_AGENCIES = WIRE_AGENCIES | frozenset({
    "ap", "antara", "pti", "ani", "ians", "efe", "ansa", "dpa", "upi", "aap", "tt", "ntb", "ritzau", "belga", "anp", "apa",
    "ctk", "pap", "mti", "hina", "wafa", "spa", "wam", "kuna", "qna", "irna", "mena", "sana", "pna", "vna", "cna", "bss",
    "app", "ips", "lusa", "agi", "adnkronos", "sputnik", "ria", "ukrinform", "unian", "bta", "agerpres", "petra", "jiji",
    "yna", "gna", "nan", "kna", "tap", "aps", "map", "bna", "ona", "tanjug", "fena", "stt",
})
#: date words that belong to an event's name: "the annual meeting"
EVENT_ADJECTIVES = frozenset({"annual", "semi-annual", "semiannual", "biennial", "monthly", "weekly", "quarterly", "yearly"})
#: words that make a mission a post abroad, not a trip: "its diplomatic mission in Tehran"
POST_ADJECTIVES = frozenset({"diplomatic", "permanent", "consular", "resident", "standing"})
#: units of an amount: "calling for 22 billion dlrs" names a figure, not a thing demanded
AMOUNT_UNITS = frozenset({"dlr", "dlrs", "dollar", "dollars", "euro", "euros", "yen", "pound", "pounds", "franc", "francs",
                          "mark", "marks", "lire", "lira", "rupee", "rupees", "yuan", "pct", "percent", "billion", "million",
                          "tonne", "tonnes", "ton", "tons", "barrel", "barrels", "cent", "cents"})
#: event nouns whose plural names one event: "talks", "negotiations", "the Games"
PLURAL_EVENTS = frozenset({"talks", "negotiations", "consultations", "discussions", "games", "olympics", "championships", "hearings"})
#: event nouns that, bare, name an activity and not a gathering: "open markets to competition"
ABSTRACT_EVENT_NOUNS = frozenset({"competition", "trade", "business", "commerce"})
#: nouns of a time of day or a span: "tomorrow morning", "next week"
TIME_NOUNS = frozenset({"morning", "afternoon", "evening", "night", "day", "week", "weekend", "month", "year", "noon"})
#: particles inside people's names, after which the name goes on: "von der Leyen", "bin Salman"
NAME_PARTICLES = frozenset({"von", "van", "der", "den", "de", "da", "di", "del", "della", "du", "le", "la", "bin", "ibn", "al", "el", "ben", "dos", "das"})
#: name particles, and more of those that join the parts of a Portuguese, Spanish, French or Italian name ("Ordem dos
#: Advogados do Brasil")
ROMANCE_PARTICLES = NAME_PARTICLES | frozenset({"do", "des", "delle", "degli"})
#: words that put an event before the article's own: "last year's summit" (not "next week's summit": the coming one)
#: nouns for many people at once: "the crowd, X among them" names one of them, not the crowd
COLLECTIVE_NOUNS = frozenset({"crowd", "family", "group", "team", "public", "audience", "people", "staff", "delegation",
                              "embassy", "congregation", "committee", "press", "media", "panel", "board", "council"})
#: words of an amount before a noun: "155 mln European Currency Units", "two billion dollars"
AMOUNT_WORDS = frozenset({"mln", "bln", "billion", "million", "thousand", "trillion", "pct", "percent"})
#: words of a country's posts abroad, which ask no government of their own: "the Chinese Embassy in Nairobi"
FOREIGN_POSTS = frozenset({"embassy", "consulate", "consulate-general", "legation", "delegation"})
#: words for the day itself that open a sentence before a name: "Tonight Frederiksen will attend ..."
DAY_WORDS = frozenset({"today", "tonight", "tomorrow", "yesterday"})
#: members of a parliament or assembly, which name no one by themselves: "the local MP, X"
MEMBER_TITLES = frozenset({"mp", "mps", "mep", "meps", "mpp", "msp", "mla", "mca", "mcas", "mhk", "mhks"})
#: letters after a name for a seat or a rank, not part of the name: "Ruth Cadbury MP", "Jane Doe KC" (matched as written)
POST_NOMINALS = frozenset({"MS", "TD", "MPs", "MEPs", "QC", "KC", "OBE", "MBE", "CBE", "KBE", "DBE",
                           "MNA", "MHA", "MLC", "MHR"}) \
    | frozenset(t.upper() for t in MEMBER_TITLES)
#: words that describe a city or town named before ("flew to the border city"), not another one
CITY_DESCRIPTIONS = frozenset({
    "border", "port", "coastal", "southern", "northern", "eastern", "western", "central", "northeastern", "northwestern",
    "southeastern", "southwestern", "frontline", "front-line", "industrial", "historic", "ancient", "holy", "besieged",
    "embattled", "devastated", "flooded", "seaside", "mountain", "riverside", "desert", "garrison", "market", "mining",
    "university", "provincial", "northernmost", "southernmost", "island", "beleaguered",
})
#: cities that stand for a body seated there rather than for their country's government ("Brussels pressed London
#: to ..."), with the body's names
SEATS_OF_BODIES = {"brussels": ("European Union", "EU")}
OTHER_TIME_WORDS = frozenset({"last", "previous", "past", "prior", "former"})
#: words that make "X year's" another year than the article's: "last year's summit", "next year's meeting"
OTHER_YEAR_WORDS = OTHER_TIME_WORDS | frozenset({"next", "coming", "following"})
#: adjectives that make an event another one than the one named before: "the next summit", "the previous meeting"
OTHER_OCCASION_WORDS = frozenset({"next", "previous", "last", "following", "past", "prior", "earlier", "subsequent"})
#: words that make an event one more of its kind: "a second rally" is not "the rally" held before it
REPEAT_OCCASION_WORDS = frozenset({"second", "third", "fourth", "another"})
#: event nouns that, made definite, refer to the event named last: "present at the event"
GENERIC_EVENTS = frozenset({"event", "occasion", "gathering", "function", "ceremony", "session"})
COUNTRY_PLURALS = frozenset({"country", "countries", "nation", "nations", "government", "governments", "state", "states"})
#: titles that tell a person's gender (for "he"/"she")
MALE_TITLES = RULER_TITLES | frozenset({"mr", "mr.", "sir", "lord", "king", "prince", "sheikh", "shaikh", "pope", "monsieur", "herr", "signor",
                                        "senor"})
FEMALE_TITLES = frozenset({"mrs", "mrs.", "ms", "ms.", "miss", "dame", "lady", "queen", "princess", "madame", "frau", "signora", "senora"})
#: head nouns of an organisation named by a common noun with a proper modifier: "the Tokyo bourse"
ORGANIZATION_NOUNS = frozenset({
    "exchange", "bourse", "bank", "union", "council", "party", "ministry", "commission", "committee",
    "government", "company", "corporation", "corp", "firm", "group", "agency", "authority", "board",
    "federation", "association", "alliance", "bloc", "cartel", "community", "organisation", "organization",
    "parliament", "assembly", "congress", "senate", "court", "army", "navy", "police", "office",
    "department", "administration", "cabinet", "regime", "junta", "opposition", "movement", "front",
    "conference", "league", "institute", "fund", "coalition", "consortium", "utility", "airline",
    "cooperative", "co-operative", "embassy", "secretariat", "magazine", "newspaper", "panel", "subcommittee", "syndicate", "guild", "network", "broadcaster", "legislature", "chamber", "regiment",
})
#: nouns that describe a firm, so that "the company" may be it: "iron ore miner X", "X, the Solent operator"
COMPANY_NOUNS = frozenset({
    "company", "firm", "operator", "miner", "carrier", "airline", "manufacturer", "producer", "developer",
    "retailer", "lender", "insurer", "conglomerate", "supplier", "startup", "start-up", "publisher",
    "broadcaster", "utility", "refiner", "shipper", "builder", "contractor", "group", "giant", "concern",
    "corporation", "bank", "distributor", "exporter", "importer", "owner", "provider", "platform",
})
COMPANY_SUFFIXES = frozenset({"inc", "inc.", "corp", "corp.", "co", "co.", "ltd", "ltd.", "plc", "ag", "sa", "nv", "bv", "llc", "holdings", "group", "airlines", "bancorp", "industries", "technologies",
                              # the legal forms of other countries' firms: "Halvard Renewables ASA", "Nokia Oyj"
                              "asa", "ab", "oyj", "spa", "s.p.a.", "gmbh", "kgaa", "se", "a/s", "pte", "bhd", "tbk", "s.a."})

#: last words of a firm's name the recogniser may take for a person's: "Kiriyama Metals", "Strand Hill Partners"
FIRM_NAME_ENDINGS = COMPANY_SUFFIXES | frozenset({
    "metals", "motors", "foods", "airways", "mining", "chemicals", "pharmaceuticals", "logistics", "shipping",
    "energy", "capital", "partners", "systems", "electronics", "resources", "minerals", "petroleum", "telecom",
    "therapeutics", "labs", "laboratories", "solutions", "ventures", "investments", "securities", "insurance",
    "financial", "brands", "materials", "pharma", "biotech", "hydrogen", "steelworks", "aerospace", "automotive",
    "textiles", "properties", "platforms", "airline", "corporation", "company", "motor", "steel", "transit",
    "transport", "railways", "ferries", "electric", "chemical", "semiconductor", "robotics", "automation",
    "renewables", "software", "networks", "biosciences", "hotels", "resorts", "terminals", "coaches", "buses"})

#: first words of a building's name the recogniser may take for a person's: "Palazzo Chigi", "Palais Schaumburg"
BUILDING_FIRST_WORDS = frozenset({"palazzo", "palais", "palacio", "palácio", "schloss", "château", "chateau", "castello",
                                  "casa", "villa", "hotel", "fort"})

#: what may follow "and" inside a firm's name: "Warburg and Co Ltd", "Smith and Sons"
NAME_ENDINGS = frozenset({"co", "company", "cos", "ltd", "sons", "son", "partners", "associates", "inc", "plc", "corp", "brothers", "bros"})
#: words that are never a name by themselves, even when capitalised
NOT_NAMES = HONORIFICS | ROLE_NOUNS | frozenset({
    "prime", "foreign", "state", "secretary", "i", "we", "you", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may",
    "june", "july", "august", "september", "october", "november", "december", "reuters", "ap",
    "afp", "today", "yesterday", "tomorrow", "god", "internet", "web", "north", "south", "east", "west",
    "first", "second", "third", "fourth", "fifth", "last", "next", "new", "old", "annual", "national",
    "major", "majors", "act", "bill", "law", "accord", "treaty", "pact", "agreement", "resolution", "amendment",
})

# --- relation triggers -------------------------------------------------------
HOST_VERBS = frozenset({"host", "co-host", "cohost"})
#: words that make a call a visit or a telephone call, not an appeal: "a courtesy call", "a phone call"
CALL_KINDS = frozenset({"courtesy", "phone", "telephone", "video", "conference", "farewell", "condolence", "social"})
#: words before "authorities" that make them some office's, not a country's government: "the Kenyan port authorities"
OFFICE_AUTHORITIES = frozenset({"local", "port", "tax", "health", "customs", "airport", "aviation", "regional", "municipal"})
#: words before "of" that say for whom, not whose: "in honour of X", "on behalf of Y"
ON_BEHALF_WORDS = frozenset({"honour", "honor", "behalf", "memory"})
#: verbs by which a host greets guests ("welcomed the leaders on their arrival": the guests' arrival)
GREETING_VERBS = frozenset({"welcome", "greet", "receive", "meet"})
MEET_VERBS = frozenset({"meet"})
#: "X held talks with Y", "X had a meeting with Y"
SUPPORT_VERBS = frozenset({"hold", "have", "conduct", "begin", "start", "open"})
MEETING_NOUNS = frozenset({"meeting", "talks", "talk", "summit", "negotiation", "negotiations", "discussion", "discussions",
                           "tête-à-tête", "tete-a-tete", "encounter"})
DEMAND_VERBS = frozenset({"demand", "insist", "urge", "press", "pressure", "call", "ask", "order", "require"})
DEMAND_NOUNS = frozenset({"demand", "ultimatum", "call"})
VISIT_VERBS = frozenset({"visit", "tour"})
TRAVEL_VERBS = frozenset({"travel", "fly", "arrive", "go"})
#: verbs of going somewhere, whose "to"/"in" object is a place: "travelled to Sandringham", "arrived in Adre"
GOING_VERBS = TRAVEL_VERBS | frozenset({"head", "journey", "drive", "sail", "return", "land"})
#: verbs of receiving a visitor: "X welcomed (received, hosted) Y"
RECEIVING_VERBS = frozenset({"host", "receive", "welcome"})
VISIT_NOUNS = frozenset({"visit", "trip", "tour", "journey", "arrival"})
ATTEND_VERBS = frozenset({"attend"})
ATTEND_PHRASES = frozenset({"participate", "take", "join"})  # participate in / take part in / join the call
#: co-agents: "X, alongside Y and Z, will host W"
COAGENT_PREPS = frozenset({"alongside"})
COAGENT_ADVERBS = frozenset({"together", "along", "jointly"})  # "together with Y"
#: travel verbs whose "with Y" is a companion who travels too: "X flew to Perth with Minister Y"
TRAVEL_WITH_VERBS = frozenset({"travel", "fly", "go", "come", "head", "arrive", "journey", "return", "sail", "drive", "visit", "tour"})

# --- status cues ---------------------------------------------------------------
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
HYPOTHETICAL_AUX = frozenset({"would", "could", "might", "may", "should"})
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether"})
#: verbs whose infinitive complement has not happened yet ("plans to meet")
PLAN_VERBS = frozenset({
    "plan", "expect", "schedule", "prepare", "intend", "set", "due", "aim", "hope",
    "want", "agree", "propose", "seek", "arrange", "go", "offer", "promise", "wish",
    "invite", "try", "attempt", "decide", "consider",
})


def inflections(verbs) -> frozenset[str]:
    """Every regular inflected form of some verbs: the tagger's lemma is not always right ("hopes" -> "hop")."""
    out = set(verbs)
    for v in verbs:
        stem = v[:-1] if v.endswith("e") else v
        out |= {v + "s", v + "es", v + "d", v + "ed", stem + "ed", stem + "ing", v + "ing"}
    return frozenset(out)


PLAN_FORMS = inflections(PLAN_VERBS)
#: support verbs that make their noun a plan: "plans a trip", "scheduled a meeting"
PLANNING_SUPPORT = frozenset({"plan", "schedule", "arrange", "prepare"})
#: verbs that call off an event named by their object: "cancelled the summit", "scrapped his trip"
CANCEL_VERBS = frozenset({"cancel", "scrap", "abandon", "axe", "scrub", "shelve"})
#: "55th", "13th", "1st": a numbered sitting ("the federation's 55th Congress" is a gathering, not a legislature)
ORDINAL = re.compile(r"\d+(st|nd|rd|th)")
#: "the three leaders", "all four ministers": how many parties a plural stands for (two: see PAIR_NOUNS)
GROUP_SIZES = {"three": 3, "four": 4, "five": 5, "six": 6}
#: people who speak or work for a leader and are none ("the two leaders" are not the spokesperson who told of them)
AIDE_ROLES = frozenset({"spokesperson", "spokesman", "spokeswoman", "aide", "adviser", "advisor", "official",
                        "correspondent", "reporter", "analyst"})
#: words that put someone at an event in so many words ("attended", "chaired", "took part")
PRESENCE_WORDS = frozenset({"attend", "chair", "co-chair", "preside", "take", "participate", "join", "present", "attendance",
                            "address"})
#: meals and receptions someone gives: "a dinner given by the mayor"
MEAL_NOUNS = frozenset({"dinner", "lunch", "luncheon", "banquet", "reception", "breakfast", "party", "feast", "gala", "ceremony"})
#: gatherings an article can be about ("the summit", "the G20 summit")
GATHERING_NOUNS = frozenset({"summit", "conference", "meeting", "talks", "forum", "congress", "convention", "assembly",
                             "dialogue", "retreat", "symposium", "negotiations", "gathering", "funeral"})
#: a sitting of a gathering ("a plenary session"), and the words that say which sitting
SESSION_NOUNS = frozenset({"session", "sessions", "plenary"})
SESSION_KINDS = frozenset({"plenary", "opening", "closing", "main", "formal", "inaugural", "full", "working",
                           "morning", "afternoon", "evening", "leaders", "ministerial"})
#: words that count an event in someone's life, not in the event's name: "his first Brics summit"
PERSONAL_ORDINALS = frozenset({"first", "second", "third", "fourth", "fifth", "maiden"})
#: verbs that keep someone from doing a thing: "was barred from attending"
PREVENTING_VERBS = frozenset({"bar", "ban", "prevent", "stop", "block", "exclude", "prohibit", "keep", "forbid", "preclude"})
#: verbs that move an event to later: "the meeting was postponed"
POSTPONE_VERBS = frozenset({"postpone", "delay", "defer", "reschedule", "adjourn"})
#: determiners of one of a kind, not a particular one: "a Texas state court", "the first visit by a chief executive"
INDEFINITE_DETS = frozenset({"a", "an", "another", "any"})
#: nouns whose infinitive is an act ahead, unless negated: "has (no) plans to meet", "her decision to visit"
PLAN_AHEAD_NOUNS = frozenset({"plan", "intention", "decision", "invitation"})
#: verbs by which one passes on an invitation that is someone else's to take up: "conveyed an invitation to visit"
INVITATION_GIVING = frozenset({"convey", "extend", "deliver", "hand", "send", "issue", "pass", "renew", "repeat", "make", "carry"})
#: verbs by which the one invited takes an invitation: "accepted Y's invitation to visit"
INVITATION_TAKING = frozenset({"accept", "receive", "take", "welcome", "get", "have", "hold"})
#: verbs by which one turns an invitation down: "declined an invitation to visit"
INVITATION_DECLINING = frozenset({"decline", "reject", "refuse", "turn", "spurn", "snub", "rebuff"})
#: verbs that ask someone to do what their complement says ("urged X to meet Y")
REQUEST_VERBS = frozenset({"urge", "ask", "press", "call", "request", "encourage", "tell", "pressure", "push", "exhort", "implore", "beg",
                           "order", "instruct", "direct", "force", "compel", "require"})
#: verbs that put forward what someone else should do: "recommends that the Ministry convene a forum"
PROPOSING_VERBS = frozenset({"recommend", "propose", "suggest", "insist"})
#: every verb of asking or demanding: "asked for talks", "said Norway was ready and urged Y"
ASKING_VERBS = REQUEST_VERBS | DEMAND_VERBS | frozenset({"appeal", "lobby"})
#: what a letter does when it asks, as a participle after "wrote to Y": "asking for a meeting", "urging her to act"
LETTER_ASKING = frozenset({"ask", "urge", "request", "call", "press", "demand", "implore"})
#: verbs whose subject belongs to the passive after them: "the meeting is scheduled to be hosted by X"
RAISING_VERBS = frozenset({"schedule", "expect", "set", "slate", "plan", "due"})
#: words of a meeting held with someone, not a gathering held for them: "hosted Y for a private (second, working)
#: meeting"
PLAIN_MEETING_WORDS = frozenset({"private", "bilateral", "closed-door", "one-on-one", "brief", "separate", "short",
                                 "courtesy", "personal", "informal", "face-to-face", "first", "second", "third", "another",
                                 "new", "further", "official", "working", "follow-up"})
#: titles of a country in "the State of Qatar", "the Kingdom of Saudi Arabia"
STATE_TITLES = frozenset({"state", "kingdom", "sultanate", "emirate", "principality", "republic", "federation"})
#: adjectives of being disposed to do something, which is not doing it: "remained willing to meet them"
READINESS_WORDS = frozenset({"willing", "ready", "prepared", "eager", "keen", "happy", "open", "available", "unwilling"})
#: verbs that negate their complement ("refused to meet")
NEGATING_VERBS = frozenset({"refuse", "decline", "reject", "fail", "cancel", "deny", "rule", "avoid"})
#: common nouns for people that may do what a verb says ("the workers", "lawmakers")
PERSON_NOUNS = frozenset({
    "people", "person", "worker", "farmer", "banker", "student", "protester", "demonstrator", "resident",
    "troop", "soldier", "police", "investor", "trader", "analyst", "voter", "citizen", "staff", "employee",
    "crew", "activist", "lawmaker", "legislator", "senator", "opponent", "rebel", "group", "side", "party",
    "family", "man", "woman", "child", "user", "customer", "creditor", "lender", "producer", "exporter",
    "importer", "buyer", "seller", "owner", "shareholder", "negotiator", "union", "they",
})
REPORTING_VERBS = frozenset({
    "say", "claim", "report", "allege", "tell", "state", "cite", "suggest", "announce",
    "reveal", "add", "write", "insist", "believe", "confirm", "indicate", "quote",
    "charge", "argue", "contend", "assert", "maintain", "complain", "acknowledge", "admit", "stress", "note",
})
#: nouns for what is said or rumoured, whose clause tells of it: "reports that X met Y"
REPORT_NOUNS = frozenset({"report", "rumour", "rumor", "speculation", "claim", "allegation", "suggestion", "story"})
#: verbs that deny such a report: "denied reports that X would visit Y"
DENYING_VERBS = frozenset({"deny", "dismiss", "reject", "refute", "rebut", "dispute", "discount", "scotch", "quash"})
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
#: time words that put a present progressive in the future: "is hosting a dinner tonight"
FUTURE_TIME_WORDS = frozenset({"tonight", "tomorrow", "next", "later", "upcoming", "soon", "coming"})
#: parts of today that "this" puts ahead of a present tense: "travels to Italy this evening"
DAY_PARTS = frozenset({"morning", "afternoon", "evening"})
PLANNED_MODIFIERS = frozenset({"upcoming", "planned", "future", "next", "forthcoming", "proposed", "scheduled", "expected"})
#: participles after an event noun that make it a plan: "talks scheduled for Friday", "a visit set for May"
PLANNED_PARTICIPLES = frozenset({"scheduled", "planned", "set", "due", "expected", "proposed", "slated", "arranged"})
PLANNED_PREPS = ("ahead of", "before", "in advance of")

#: words for a yearly gathering held as one event: "its annual meetings", "the spring meetings"
YEARLY = frozenset({"annual", "semi-annual", "semiannual", "yearly", "spring", "autumn", "fall"})

#: a part of an event one may attend or host: "the opening of the talks", "the first day"
EVENT_PARTS = frozenset({"day", "session", "opening", "closing", "start", "end", "part", "rest", "sessions", "round", "rounds",
                         "days", "ceremony"})

#: nouns for what a person does, right before a name ("coffee exporter X") or as a group someone is
#: among at an event ("among the leaders at the summit")
PERSON_ROLES = ROLE_NOUNS | frozenset({
    "chairman", "chairwoman", "spokesman", "spokeswoman", "director", "chief", "official", "economist",
    "analyst", "exporter", "governor", "mayor", "senator", "ambassador", "envoy", "negotiator", "adviser",
    "advisor", "aide", "lawyer", "executive", "manager", "commissioner", "general", "colonel", "judge",
    "banker", "trader", "dealer", "activist", "author", "founder", "owner", "candidate", "delegate",
    "dignitary", "politician", "diplomat", "representative"})
#: recogniser labels of names a clause's subject can be
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
#: texts a body passes, issues or speaks through: "the communique called on Y", "a resolution urging Y"
ISSUED_TEXTS = frozenset({"statement", "communique", "communiqué", "declaration", "resolution", "report", "letter",
                          "decree", "ruling", "memorandum", "memo", "note", "proclamation", "motion", "bill",
                          "petition", "amendment"})
#: verbs of passing or issuing such a text
ISSUING_VERBS = frozenset({"pass", "approve", "adopt", "issue", "send", "sign", "publish", "release", "launch",
                           "unveil", "introduce", "file", "submit", "endorse", "back", "vote", "hand", "deliver", "present"})
#: what a body does with its own gathering: "PARC held (opened, concluded) its 41st Congress"
GATHERING_HOLDING_VERBS = frozenset({"hold", "convene", "organise", "organize", "open", "conclude", "close", "stage", "host"})
#: texts a legislature passes, not a gathering: "the Congress passed a bill calling on Y"
LAWS = frozenset({"bill", "law", "act", "amendment", "budget", "legislation", "measure"})
#: offices held for or in another country: "the US Ukraine envoy", "the British ambassador to Kenya"
ENVOY_ROLES = frozenset({"envoy", "ambassador", "commissioner", "representative", "consul", "emissary", "delegate"})
#: words before an office that say its holder no longer holds it, or never held the state's: "former", "exiled"
NOT_IN_OFFICE = NOT_SITTING | frozenset({"exiled", "opposition"})
#: names of a body's gatherings the recogniser may take for a body ("the 41st Ordinary Congress")
GATHERING_NAMES = GATHERING_NOUNS & frozenset({"congress", "assembly", "conference", "convention"})
#: nouns of a region named by the word before them: "the Kandy district", "the Mopti region"
REGION_NOUNS = frozenset({"district", "region", "province", "county", "municipality", "island"})
#: last words of a name that make it an event when someone holds it ("held its Build conference")
HELD_NAME_HEADS = EVENT_NAME_HEADS | frozenset({"conference", "forum", "convention", "congress", "meeting",
                                                "meetings", "assembly", "show", "week", "day"})  # "a Capital Markets Day"
#: verbs that tell someone came: "the visiting leaders" are those who did
ARRIVING_VERBS = frozenset({"arrive", "fly", "travel", "visit", "land", "come", "jet"})
#: words that make a "day" a company's gathering: "a capital markets day", "its investor day"
CORPORATE_DAY_WORDS = frozenset({"investor", "investors", "markets", "analyst", "analysts", "shareholder", "shareholders"})


def corporate_day(tok) -> bool:
    """"a capital markets day", "an investor day": a gathering a company holds, not a date."""
    return tok.lemma_.lower() == "day" and tok.pos_ == "NOUN" and any(
        c.dep_ == "compound" and c.lower_ in CORPORATE_DAY_WORDS for c in tok.lefts)
#: who speaks for a body: "a Sakuragawa spokesperson", "an Acme official"
SPOKES_NOUNS = frozenset({"spokesperson", "spokesman", "spokeswoman", "official", "executive", "representative"})

#: talks the sides hold through a go-between: "indirect talks", "proximity talks"
INDIRECT_WORDS = frozenset({"indirect", "proximity"})
#: verbs by which indirect talks are held or taken part in
INDIRECT_HOLDING = frozenset({"go", "hold", "have", "conduct", "begin", "start", "open", "resume", "continue", "wrap",
                              "conclude", "end", "complete", "launch", "enter", "pursue", "schedule", "arrange", "lead",
                              "host", "attend", "join"})
#: how one takes part from afar: "joined by video link", "joined via videoconference", "joined virtually"
REMOTE_MEANS = frozenset({"link", "video", "videolink", "video-link", "videoconference", "teleconference", "zoom",
                          "telephone", "phone", "satellite"})
#: what the one asked does with a demand: "rejected (met, bowed to) the union's demands"
DEMAND_ANSWERING = frozenset({"reject", "refuse", "dismiss", "accept", "meet", "grant", "ignore", "resist", "rebuff",
                              "spurn", "heed", "satisfy", "concede", "fulfil", "fulfill"})
#: what is done to a market's demand as well as to a request: "met the demand for steel"
MARKET_ANSWERING = frozenset({"meet", "satisfy", "fulfil", "fulfill"})
#: giving way to a demand: "bowed (gave in, agreed) to the union's demands"
DEMAND_YIELDING = frozenset({"bow", "yield", "give", "accede", "agree", "cave", "succumb", "respond"})
#: last words of a natural place's name: "Thornbury Marsh", "the Rift Valley"
LANDFORMS = frozenset({"marsh", "marshes", "lake", "valley", "island", "islands", "bay", "hill", "hills", "forest", "river",
                       "beach", "creek", "mountain", "mountains", "desert", "coast", "peninsula", "wetland", "wetlands",
                       "reef", "glacier", "gorge", "canyon", "delta", "plateau", "lagoon", "estuary", "moor", "heath"})
#: what is laid or paid at a site one visits: "laid a wreath at", "paid homage at"
TRIBUTE_NOUNS = frozenset({"wreath", "flower", "bouquet", "homage", "tribute", "respect"})
#: last words of a monument's name besides SITE_NOUNS: "Raj Ghat", "Tiananmen Square"
MONUMENT_WORDS = frozenset({"ghat", "square", "gate", "cenotaph", "wall"})
#: nouns for a company of people that travels: "the team", "the crew" ("The team was delayed ... It arrived")
TRAVELLING_GROUPS = frozenset({"team", "crew", "squad", "orchestra", "band", "choir", "troupe", "group", "party",
                                   "convoy", "caravan", "mission", "contingent", "entourage"})
#: talks are held together, not hosted: "X and Y held talks" is a meeting
TALK_NOUNS = frozenset({"talk", "talks", "negotiation", "negotiations", "discussion", "discussions", "consultation",
                        "consultations", "dialogue", "conversation", "call"})
#: the sides of talks a plural names: "both sides", "both parties", "the two delegations"
SIDE_NOUNS = frozenset({"side", "party", "delegation"})
#: how one takes part from afar, said by an adverb: "joined virtually"
REMOTE_ADVERBS = frozenset({"virtually", "remotely", "online"})
#: nouns a town is named after with "of": PLACE_OF_NOUNS and airports ("the airport of Golfito"; not "the base of")
TOWN_OF_NOUNS = PLACE_OF_NOUNS | (AIRFIELDS - {"base"})
#: recogniser labels for things, under which a country's name is still the country ("to visit Cyprus" as a PRODUCT)
THING_LABELS = frozenset({"PRODUCT", "WORK_OF_ART", "LAW", "LANGUAGE"})
#: the portions of talks that are the talks themselves: "a fresh round of talks with Y", "hosted a round of negotiations"
ROUND_NOUNS = frozenset({"round", "series"})

#: the fields a ministry, department or committee is named for, which a name may list with "and": "the Portfolio
#: Committee on Mineral and Petroleum Resources", "the Department of Health and Social Care"
PORTFOLIO_WORDS = frozenset({
    "affairs", "agriculture", "care", "commerce", "communications", "culture", "defence", "defense", "development",
    "economy", "education", "employment", "energy", "enterprise", "environment", "finance", "fisheries", "forestry",
    "health", "highways", "housing", "industry", "industries", "infrastructure", "innovation", "integration", "investment",
    "justice", "labour", "labor", "lands", "livestock", "minerals", "mining", "oceans", "planning", "reconstruction",
    "relations", "research", "resources", "science", "security", "services", "sport", "sports", "technology",
    "tourism", "trade", "transport", "water", "welfare", "works", "youth", "implementation", "government", "abroad",
    "coordination", "interior", "migration", "mobility", "cooperation", "opposition",
})

#: verbs of asking to do something oneself, with no one asked but whom it is about: "the union has asked to meet Y"
SEEKING_VERBS = frozenset({"ask", "request", "seek"})
#: a body's officers, whose "we" is the body's: "KFN coordinator X", "Chair of the Committee, Y"
BODY_OFFICERS = frozenset({"chair", "chairman", "chairwoman", "chairperson", "president", "coordinator", "convenor",
                           "convener", "leader", "head", "director", "spokesman", "spokeswoman", "spokesperson",
                           "organiser", "organizer", "founder", "executive", "treasurer"})
#: a firm's officers, after its name: "Stellantis CEO Antonio Filosa"
FIRM_OFFICERS = frozenset({"ceo", "cfo", "coo"})
