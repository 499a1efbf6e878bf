//! Organisations: the head words and suffixes that make a capitalised phrase an
//! organisation (`Defence Ministry`, `Apple Inc.`), well-known acronyms and one-word names,
//! and the common nouns that may stand for one named before (`the alliance` for NATO).

/// Words that make the capitalised phrase holding them an organisation: `Security Council`,
/// `Ministry of Defence`, `Labour Party`, `Acme Corp.`.
#[rustfmt::skip] // a word list: one long paragraph, not a column
pub const ORG_WORDS: &[&str] = &[
    "academy", "agency", "airline", "airlines", "airways", "alliance", "army", "assembly", "association", "authority",
    "bank", "board", "brigade", "bureau", "cabinet", "caucus", "center", "centre", "church", "club", "co",
    "coalition", "college", "command", "commission", "committee", "company", "conference", "congress", "corp",
    "corporation", "council", "court", "department", "directorate", "federation", "force", "forces", "foundation",
    "front", "fund", "group", "guard", "holdings", "hospital", "inc", "institute", "institution", "league", "llc",
    "ltd", "media", "ministry", "motors", "movement", "navy", "network", "office", "organisation", "organization",
    "parliament", "partners", "party", "plc", "police", "press", "program", "programme", "regiment", "school",
    "senate", "service", "services", "society", "tribunal", "trust", "union", "university", "watch",
];

/// Organisations often named by one word or an acronym: `NATO`, `Reuters`, `Kremlin`.
#[rustfmt::skip] // a word list: one long paragraph, not a column
pub const KNOWN_ORGS: &[&str] = &[
    "afp", "amazon", "ap", "apple", "asean", "bbc", "boeing", "brics", "cbc", "cia", "cnn", "ecb", "eu", "fbi",
    "fifa", "g20", "g7", "gazprom", "google", "hamas", "hezbollah", "iaea", "icc", "imf", "interpol", "isis",
    "kremlin", "meta", "microsoft", "nasa", "nato", "nhs", "oecd", "opec", "osce", "pentagon", "reuters", "taliban",
    "tesla", "u.n.", "un", "unesco", "unicef", "who", "wto",
];

/// Common nouns that may stand for an organisation named before, with the organisation
/// they point to (lowercase): `the alliance` is NATO when NATO is the only alliance named.
pub const ORG_ANAPHORS: &[(&str, &str)] = &[("alliance", "nato"), ("bloc", "eu"), ("bloc", "european union")];
