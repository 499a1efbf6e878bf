//! Words that make a role before or beside a person's name: `President`, `spokesman`,
//! `Secretary-General`; honorifics (`Mr.`) that mark a person without being a role; and
//! modifiers that may stand inside a role (`former`, `deputy`, `foreign`).

/// Titles and occupations that, written before a name, make the words up to them a role:
/// `Russian President Vladimir Putin`, `Kremlin spokesman Dmitry Peskov`.
#[rustfmt::skip] // a word list: one long paragraph, not a column
pub const TITLES: &[&str] = &[
    "activist", "actor", "actress", "adm", "administrator", "admiral", "adviser", "advisor", "alderman",
    "alderperson", "alderwoman", "ambassador", "analyst", "archbishop", "assemblyman", "assemblywoman", "astronaut",
    "attorney", "attorney-general", "author", "ayatollah", "baron", "baroness", "bishop", "boss", "brig", "brigadier",
    "campaigner", "capt", "captain", "cardinal", "ceo", "cfo", "chair", "chairman", "chairperson", "chairwoman",
    "champion", "chancellor", "chief", "cmdr", "co-chair", "co-founder", "co-leader", "coach", "col", "colonel",
    "commander", "commissioner", "congressman", "congresswoman", "constable", "consul", "consultant", "coo",
    "coroner", "correspondent", "councillor", "councilman", "councilmember", "councilor", "councilwoman", "cpl",
    "cto", "czar", "dean", "defender", "delegate", "deputy", "det", "detective", "diplomat", "director",
    "director-general", "doctor", "duchess", "duke", "earl", "economist", "editor", "emir", "envoy", "executive",
    "firefighter", "forward", "founder", "frontman", "gen", "general", "goalkeeper", "gov", "governor", "head",
    "historian", "imam", "insp", "inspector", "investor", "journalist", "judge", "justice", "king", "lawmaker",
    "lawyer", "leader", "lecturer", "lieutenant", "lt", "magistrate", "maj", "major", "manager", "marshal", "mayor",
    "midfielder", "minister", "monarch", "negotiator", "novelist", "nurse", "officer", "official", "organiser",
    "organizer", "owner", "paramedic", "partner", "pastor", "patriarch", "physicist", "pilot", "playmaker", "pm",
    "pope", "premier", "pres", "president", "president-elect", "prime", "prince", "princess", "prof", "professor",
    "prosecutor", "queen", "rabbi", "rep", "reporter", "representative", "researcher", "rev", "reverend", "scientist",
    "secretary", "secretary-general", "selectman", "selectwoman", "sen", "senator", "sergeant", "sgt", "sheikh",
    "sheriff", "singer", "soldier", "spokesman", "spokesperson", "spokeswoman", "strategist", "striker", "substitute",
    "sultan", "superintendent", "supt", "surgeon", "teacher", "treasurer", "trooper", "trustee", "vice-chancellor",
    "vice-president", "winger", "writer",
];

/// Honorifics: they mark the next capitalised words as a person but are not a role
/// (`Mr. Putin`, `Dr. Tedros`).
#[rustfmt::skip] // a word list: one long paragraph, not a column
pub const HONORIFICS: &[&str] =
    &["dame", "dr", "lady", "lord", "madam", "messrs", "miss", "mme", "mr", "mrs", "ms", "sir"];

/// Lowercase words that may stand inside a role before its title word: `former foreign
/// minister`, `deputy prime minister`, `top military commander`.
#[rustfmt::skip] // a word list: one long paragraph, not a column
pub const ROLE_MODIFIERS: &[&str] = &[
    "acting", "agriculture", "antitrust", "assistant", "associate", "budget", "campaign", "chief", "climate",
    "commercial", "communications", "competition", "culture", "defence", "defense", "deputy", "digital", "economy",
    "education", "energy", "environment", "executive", "finance", "first", "foreign", "former", "general", "health",
    "housing", "immigration", "intelligence", "interim", "interior", "justice", "labor", "labour", "lead", "legal",
    "longtime", "managing", "medical", "military", "mission", "national", "opposition", "parliamentary", "police",
    "political", "press", "project", "regional", "security", "senior", "shadow", "sports", "state", "technical",
    "then", "top", "trade", "transport", "treasury", "veteran", "vice",
];
