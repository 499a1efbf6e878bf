//! Organisations: the head words and suffixes that make a capitalised phrase an
//! organisation (`Defence Ministry`, `Apple Inc.`), well-known acronyms and one-word names,
//! and the common nouns that may stand for one named before (`the alliance` for NATO).

/// Words that make the capitalised phrase holding them an organisation: `Security Council`,
/// `Ministry of Defence`, `Labour Party`, `Acme Corp.`.
#[rustfmt::skip] // a word list: one long paragraph, not a column
pub const ORG_WORDS: &[&str] = &[
    "academy", "administration", "afc", "agency", "airline", "airlines", "airport authority", "airways", "albion",
    "alliance", "army", "assembly", "associates", "association", "athletic", "authority", "aviation", "bancorp", "bank",
    "board", "brands", "brigade", "bureau", "cabinet", "capital", "caucus", "center", "centers", "centre", "centres",
    "charity", "church", "clinic", "club", "co", "coalition", "college", "command", "commission", "committee",
    "commons", "communications", "community", "company", "conference", "congress", "conservatives", "corp",
    "corporation", "council", "court", "democrats", "department", "directorate", "division", "economics", "electric",
    "energy", "enterprises", "fc", "federation", "financial", "foods", "force", "forces", "forum", "foundation",
    "front", "fund", "gazette", "government", "greens", "group", "guard", "health", "herald", "holdings", "hospice",
    "hospital", "hotspur", "house", "inc", "industries", "institute", "institution", "insurance", "journal",
    "laboratories", "laboratory", "labs", "league", "liberals", "library", "llc", "ltd", "management", "media",
    "ministry", "moors", "motors", "movement", "museum", "nations", "navy", "network", "news", "newspaper",
    "observatory", "office", "orchestra", "organisation", "organization", "parliament", "partners", "partnership",
    "party", "pharma", "pharmaceuticals", "plc", "police", "post", "power", "press", "program", "programme", "railways",
    "rangers", "records", "regiment", "republicans", "reserve", "rovers", "school", "senate", "service", "services",
    "socialists", "society", "sport", "studios", "systems", "technologies", "telecom", "theater", "theatre",
    "therapeutics", "times", "tribunal", "tribune", "trust", "union", "united", "university", "ventures", "wanderers",
    "watch", "works",
];

/// Organisations often named by one word or an acronym: `NATO`, `Reuters`, `Kremlin`.
#[rustfmt::skip] // a word list: one long paragraph, not a column
pub const KNOWN_ORGS: &[&str] = &[
    "afp", "amazon", "amnesty international", "ap", "apple", "asean", "bbc", "boeing", "brics", "cbc", "cia", "cnn",
    "downing", "downing street", "ecb", "eu", "european commission", "european union", "fbi", "fifa",
    "g20", "g7", "gazprom", "google", "greenpeace", "hamas", "hezbollah", "house", "human rights watch", "iaea",
    "icc", "imf", "interpol", "isis", "kremlin", "labour", "meta", "microsoft", "nasa", "nato", "nhs", "oecd", "opec",
    "osce", "pentagon", "red cross", "reuters", "snp", "street", "taliban", "tesla", "tories", "u.n.",
    "un", "unesco", "unicef", "united nations", "white", "white house", "who", "world bank",
    "world health organization", "wto",
];

/// Plurals for the members of a party, which name people rather than the party when they
/// stand alone (`Republicans on the committee`), like adjectives of places: no entity. In a
/// longer name they still make an organisation (`Social Democrats`).
#[rustfmt::skip] // a word list: one long paragraph, not a column
pub const PARTY_MEMBERS: &[&str] = &["democrats", "republicans"];

/// Staff of a sports club written right after a town's name: `Woking captain Sam Trent`
/// makes `Woking` the club.
#[rustfmt::skip] // a word list: one long paragraph, not a column
pub const CLUB_STAFF: &[&str] = &[
    "boss", "captain", "coach", "defender", "forward", "goalkeeper", "manager", "midfielder", "striker", "winger",
];

/// Common nouns that may stand for an organisation named before, with the organisation
/// they point to (lowercase): `the alliance` is NATO when NATO is the only alliance named.
pub const ORG_ANAPHORS: &[(&str, &str)] = &[("alliance", "nato"), ("bloc", "eu"), ("bloc", "european union")];

/// Organisation words that name no body by themselves: `the Office`, `the Department`. Alone
/// they stand for an organisation named before whose name ends in them, or for nothing.
#[rustfmt::skip] // a word list: one long paragraph, not a column
pub const GENERIC_HEADS: &[&str] = &[
    "administration", "agency", "association", "authority", "board", "bureau", "center", "centre", "clinic",
    "college", "commission", "committee", "community", "company", "corporation", "council", "department", "directorate",
    "division", "foundation", "fund", "government", "group", "holdings", "hospital", "institute", "management",
    "ministry", "office", "school", "service", "services", "society", "trust", "university",
];

/// Organisation words after which `of` and a few capitalised words are the rest of the
/// name: `Division of Industrial Compliance`, `Museum of Modern Art`, `Office of Attorney
/// General` (not `Party of`: a party `of` someone names its leader).
#[rustfmt::skip] // a word list: one long paragraph, not a column
pub const OF_HEADS: &[&str] = &[
    "academy", "administration", "agency", "association", "authority", "board", "bureau", "center", "centre",
    "college", "commission", "council", "court", "department", "directorate", "division", "federation", "institute",
    "ministry", "museum", "office", "school", "society", "union", "university",
];

/// Words whose possessive opens an organisation's name before an organisation word:
/// `Children's Hospital`, `Women's Institute` (titles do too: `Sheriff's Office`).
#[rustfmt::skip] // a word list: one long paragraph, not a column
pub const POSSESSIVE_HEADS: &[&str] = &["children", "men", "ombudsman", "people", "women"];

/// Organisation words after which `of` and a title name an office, not a person: `Office of
/// Attorney General`, `Division of State Fire Marshal`, `Office of the Inspector General`.
#[rustfmt::skip] // a word list: one long paragraph, not a column
pub const OFFICE_HEADS: &[&str] = &["division", "office"];

/// Last words of the name of an event, which is no entity: `Eldoret City Marathon`,
/// `Australian Open`, `Edinburgh Festival` (the places in it are not mentions either).
#[rustfmt::skip] // a word list: one long paragraph, not a column
pub const EVENT_HEADS: &[&str] = &[
    "championship", "championships", "festival", "marathon", "olympics", "open", "tournament",
];
