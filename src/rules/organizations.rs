//! Organisations: the head words and suffixes that make a capitalised phrase an
//! organisation (`Defence Ministry`, `Apple Inc.`), well-known acronyms and one-word names,
//! and the common nouns that may stand for one named before (`the alliance` for NATO).

/// Words that make the capitalised phrase holding them an organisation: `Security Council`,
/// `Ministry of Defence`, `Labour Party`, `Acme Corp.`.
#[rustfmt::skip] // a word list: one long paragraph, not a column
pub const ORG_WORDS: &str = lines![
    "academy", "administration", "aerospace", "afc", "ag", "agency", "airline", "airlines", "airport authority",
    "airways", "albion", "alliance", "analytics", "army", "assembly", "associates", "association", "athletic",
    "atletico", "atlético", "authority", "aviation", "bancorp", "bank", "biosciences", "biotech", "board", "borussia",
    "brands", "brigade", "bureau", "cabinet", "capital", "caucus", "center", "centers", "centre", "centres", "charity",
    "chemicals", "church", "clinic", "club", "co", "coalition", "college", "command", "commission", "committee",
    "commons", "communications", "community", "company", "conference", "congress", "conservatives", "corp",
    "corporation", "council", "court", "democrats", "department", "deportivo", "dinamo", "directorate", "division",
    "dynamics", "dynamo", "economics", "electric", "electronics", "energy", "enterprises", "entertainment", "exchange",
    "fc", "federation", "financial", "foods", "force", "forces", "forum", "foundation", "front", "fund", "gazette",
    "gmbh", "government", "greens", "group", "guard", "health", "herald", "holdings", "hospice", "hospital", "hotspur",
    "house", "inc", "industries", "institute", "institution", "insurance", "investments", "journal", "laboratories",
    "laboratory", "labs", "league", "liberals", "library", "llc", "logistics", "ltd", "management", "media", "mining",
    "ministry", "moors", "motors", "movement", "museum", "nations", "navy", "network", "networks", "news", "newspaper",
    "observatory", "office", "olympique", "orchestra", "organisation", "organization", "parliament", "partners",
    "partnership", "party", "petroleum", "pharma", "pharmaceuticals", "plc", "police", "post", "power", "press",
    "program", "programme", "racing", "railways", "rangers", "real", "records", "regiment", "republicans", "reserve",
    "robotics", "rovers", "school", "securities", "semiconductor", "semiconductors", "senate", "service", "services",
    "socialists", "society", "software", "solutions", "sport", "sporting", "studios", "systems", "technologies",
    "telecom", "telekom", "theater", "theatre", "therapeutics", "times", "tribunal", "tribune", "trust", "union",
    "united", "university", "ventures", "wanderers", "watch", "water", "works",
];

/// Organisations often named by one word or an acronym: `NATO`, `Reuters`, `Kremlin`.
#[rustfmt::skip] // a word list: one long paragraph, not a column
pub const KNOWN_ORGS: &str = lines![
    "afp", "amazon", "amnesty international", "ap", "apple", "asean", "bbc", "boeing", "brics", "bundesliga", "cbc",
    "cia", "cnn", "deutsche bahn", "deutsche bank", "deutsche börse", "deutsche telekom", "downing", "downing street",
    "ecb", "eredivisie", "eu", "european commission", "european union", "fbi", "fifa", "g20", "g7", "gazprom", "google",
    "greenpeace", "hamas", "hezbollah", "house", "human rights watch", "iaea", "icc", "imf", "interpol", "isis",
    "kremlin", "la liga", "labour", "liga f", "ligue 1", "meta", "microsoft", "mlb", "mls", "nasa", "nasdaq", "nato",
    "nba", "nfl", "nhl", "nhs", "nwsl", "nyse", "oecd", "opec", "osce", "pentagon", "red cross", "reuters", "serie a",
    "snp", "taliban", "tesla", "tories", "u.n.", "uber", "un", "unesco", "unicef", "united nations", "white house",
    "who", "wnba", "world bank", "world health organization", "wto",
];

/// Plurals for the members of a party, which name people rather than the party when they
/// stand alone (`Republicans on the committee`), like adjectives of places: no entity. In a
/// longer name they still make an organisation (`Social Democrats`).
#[rustfmt::skip] // a word list: one long paragraph, not a column
pub const PARTY_MEMBERS: &str = lines!["democrats", "republicans"];

/// Staff of a sports club written right after a town's name: `Woking captain Sam Trent`
/// makes `Woking` the club.
#[rustfmt::skip] // a word list: one long paragraph, not a column
pub const CLUB_STAFF: &str = lines![
    "boss", "captain", "coach", "defender", "forward", "goalkeeper", "manager", "midfielder", "striker", "winger",
];

/// Common nouns that may stand for an organisation named before, with the organisation
/// they point to (lowercase): `the alliance` is NATO when NATO is the only alliance named.
pub const ORG_ANAPHORS: &[(&str, &str)] = &[("alliance", "nato"), ("bloc", "eu"), ("bloc", "european union")];

/// Organisation words that name no body by themselves: `the Office`, `the Department`. Alone
/// they stand for an organisation named before whose name ends in them, or for nothing.
#[rustfmt::skip] // a word list: one long paragraph, not a column
pub const GENERIC_HEADS: &str = lines![
    "administration", "agency", "analytics", "association", "atletico", "atlético", "authority", "board", "borussia",
    "bureau", "center", "centre", "chemicals", "clinic", "college", "commission", "committee", "community", "company",
    "corporation", "council", "department", "deportivo", "dinamo", "directorate", "division", "dynamo", "electronics",
    "entertainment", "exchange", "foundation", "fund", "government", "group", "holdings", "hospital", "institute",
    "investments", "logistics", "management", "mining", "ministry", "networks", "office", "olympique", "racing", "real",
    "school", "securities", "service", "services", "society", "software", "solutions", "sporting", "trust",
    "university", "water",
];

/// Organisation words after which `of` and a few capitalised words are the rest of the
/// name: `Division of Industrial Compliance`, `Museum of Modern Art`, `Office of Attorney
/// General` (not `Party of`: a party `of` someone names its leader).
#[rustfmt::skip] // a word list: one long paragraph, not a column
pub const OF_HEADS: &str = lines![
    "academy", "administration", "agency", "association", "authority", "board", "bureau", "center", "centre",
    "college", "commission", "council", "court", "department", "directorate", "division", "federation", "institute",
    "ministry", "museum", "office", "school", "society", "union", "university",
];

/// Words whose possessive opens an organisation's name before an organisation word:
/// `Children's Hospital`, `Women's Institute` (titles do too: `Sheriff's Office`).
#[rustfmt::skip] // a word list: one long paragraph, not a column
pub const POSSESSIVE_HEADS: &str = lines!["children", "men", "ombudsman", "people", "women"];

/// Organisation words after which `of` and a title name an office, not a person: `Office of
/// Attorney General`, `Division of State Fire Marshal`, `Office of the Inspector General`.
#[rustfmt::skip] // a word list: one long paragraph, not a column
pub const OFFICE_HEADS: &str = lines!["division", "office"];

/// Last words of the name of an event, which is no entity: `Eldoret City Marathon`,
/// `Australian Open`, `Edinburgh Festival` (the places in it are not mentions either).
#[rustfmt::skip] // a word list: one long paragraph, not a column
pub const EVENT_HEADS: &str = lines![
    "championship", "championships", "festival", "marathon", "olympics", "open", "tournament",
];

/// Words before `of` that make the name after it a company: `shares of Lyft`, `a stake of`,
/// `the owner of`.
#[rustfmt::skip] // a word list: one long paragraph, not a column
pub const BEFORE_OF: &str = lines![
    "acquisition", "ceo", "owner", "owners", "parent", "shareholders", "shares", "stake", "stock", "subsidiary",
    "takeover",
];

/// Words before `in` that make the name after it a company, not a place: `a stake in
/// DoorDash`, `invested in Lyft`.
#[rustfmt::skip] // a word list: one long paragraph, not a column
pub const BEFORE_IN: &str = lines![
    "holding", "invested", "investing", "investment", "investments", "shares", "stake", "stakes",
];

/// Verbs of owning and buying right before a name, which make it a company: `owns Uber
/// Eats`, `agreed to buy Harbourline Systems`.
#[rustfmt::skip] // a word list: one long paragraph, not a column
pub const BUYING: &str = lines![
    "acquire", "acquired", "acquires", "acquiring", "bought", "buy", "buying", "buys", "owned", "owns",
];

/// What a company has or reports, after its possessive or `reported`: `Palisade's
/// revenue`, `DoorDash reported revenue`.
#[rustfmt::skip] // a word list: one long paragraph, not a column
pub const COMPANY_FIGURES: &str = lines![
    "earnings", "profit", "profits", "revenue", "revenues", "sales", "shareholders", "shares", "stock", "valuation",
];

/// What a company does, after `X, which`: `Uber, which owns Uber Eats`.
#[rustfmt::skip] // a word list: one long paragraph, not a column
pub const COMPANY_DOINGS: &str = lines![
    "builds", "develops", "employs", "makes", "manufactures", "operates", "owns", "posted", "reported", "runs",
    "sells", "supplies",
];

/// Competitions named like organisations, which are events and no entity: `Champions
/// League` (not the `Premier League`, a body that runs one).
#[rustfmt::skip] // a word list: one long paragraph, not a column
pub const COMPETITIONS: &str = lines![
    "champions league", "conference league", "europa conference league", "europa league", "fa cup", "nations league",
    "world cup",
];

/// Words before a town's name in a match report that make it a club: `face leaders
/// Barcelona`, `host Levante`, `against Sevilla` (and [`BEFORE_CLUB_PAIRS`]). Read only in
/// an article with a football score.
#[rustfmt::skip] // a word list: one long paragraph, not a column
pub const BEFORE_CLUB: &str = lines![
    "against", "beat", "beating", "face", "faced", "faces", "facing", "host", "hosted", "hosting", "hosts", "play",
    "plays",
];

/// Pairs of words before a town's name in a match report that make it a club: `draw with
/// Villarreal`, `lost to Betis`, `away at Getafe`, `win over Celta`.
#[rustfmt::skip] // a word list: one long paragraph, not a column
pub const BEFORE_CLUB_PAIRS: &str = lines![
    "away at", "away to", "defeat by", "defeat to", "draw with", "drew with", "lost to", "victory over", "win against",
    "win over",
];

/// Words that may stand between a cue and a club: `face leaders Barcelona`.
#[rustfmt::skip] // a word list: one long paragraph, not a column
pub const CLUB_EPITHETS: &str = lines!["champions", "holders", "hosts", "leaders", "neighbours", "rivals"];
