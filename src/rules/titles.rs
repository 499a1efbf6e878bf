//! Words that make a role before or beside a person's name: `President`, `spokesman`,
//! `Secretary-General`; honorifics (`Mr.`) that mark a person without being a role; and
//! modifiers that may stand inside a role (`former`, `deputy`, `foreign`).

/// Titles and occupations that, written before a name, make the words up to them a role:
/// `Russian President Vladimir Putin`, `Kremlin spokesman Dmitry Peskov`.
#[rustfmt::skip] // a word list: one long paragraph, not a column
pub const TITLES: &str = lines![
    "accountant", "activist", "actor", "actress", "actuary", "adm", "administrator", "admiral", "adviser", "advisor",
    "agronomist", "aide", "alderman", "alderperson", "alderwoman", "ambassador", "analyst", "anthropologist",
    "archaeologist", "archbishop", "architect", "artist", "assemblyman", "assemblywoman", "astronaut", "astronomer",
    "athlete", "attorney", "attorney-general", "auditor", "author", "ayatollah", "banker", "baron", "baroness",
    "barrister", "bartender", "beekeeper", "biologist", "bishop", "boss", "brig", "brigadier", "broker", "campaigner",
    "capt", "captain", "cardinal", "cardiologist", "caregiver", "carer", "cashier", "ceo", "cfo", "chair", "chairman",
    "chairperson", "chairwoman", "champion", "chancellor", "chef", "chemist", "chief", "clerk", "climatologist",
    "cmdr", "co-chair", "co-founder", "co-leader", "coach", "col", "colonel", "columnist", "commander", "commentator",
    "commissioner", "composer", "congressman", "congresswoman", "constable", "consul", "consultant", "coo", "coroner",
    "correspondent", "councillor", "councilman", "councilmember", "councilor", "councilwoman", "counsellor",
    "counselor", "cpl", "cricketer", "criminologist", "cto", "curator", "cyclist", "czar", "dean", "defender",
    "delegate", "demographer", "dentist", "deputy", "det", "detective", "dietitian", "diplomat", "director",
    "director-general", "doctor", "driver", "duchess", "duke", "earl", "ecologist", "economist", "editor",
    "electrician", "emir", "engineer", "entomologist", "entrepreneur", "envoy", "epidemiologist", "executive",
    "farmer", "filmmaker", "firefighter", "fisherman", "footballer", "forecaster", "forward", "founder", "frontman",
    "gen", "general", "geneticist", "geologist", "glaciologist", "goalkeeper", "gov", "governor", "grower", "hawker",
    "head", "headmaster", "headmistress", "headteacher", "herder", "herdsman", "historian", "housekeeper",
    "hydrologist", "imam", "immunologist", "insp", "inspector", "instructor", "investigator", "investor", "janitor",
    "jockey", "journalist", "judge", "justice", "king", "laborer", "labourer", "landlord", "lawmaker", "lawyer",
    "leader", "lecturer", "lieutenant", "lobbyist", "logger", "lt", "magistrate", "maj", "major", "manager",
    "marshal", "mathematician", "mayor", "mechanic", "mediator", "medic", "meteorologist", "midfielder", "midwife",
    "miner", "minister", "monarch", "musician", "nanny", "negotiator", "neurologist", "novelist", "nurse",
    "nutritionist", "oceanographer", "officer", "official", "oncologist", "organiser", "organizer", "ornithologist",
    "owner", "paediatrician", "paramedic", "partner", "pastor", "pathologist", "patriarch", "pediatrician",
    "pharmacist", "photographer", "physician", "physicist", "physiotherapist", "pilot", "planner", "planter",
    "playmaker", "playwright", "plumber", "pm", "poet", "pollster", "pope", "premier", "pres", "president",
    "president-elect", "prime", "prince", "princess", "prof", "professor", "prosecutor", "psychiatrist",
    "psychologist", "pundit", "queen", "rabbi", "radiologist", "rancher", "referee", "rep", "reporter",
    "representative", "researcher", "rev", "reverend", "scholar", "scientist", "secretary", "secretary-general",
    "seismologist", "selectman", "selectwoman", "seller", "sen", "senator", "sergeant", "sgt", "sheikh", "sheriff",
    "shopkeeper", "singer", "sociologist", "soldier", "solicitor", "specialist", "spokesman", "spokesperson",
    "spokeswoman", "sprinter", "statistician", "strategist", "striker", "substitute", "sultan", "superintendent",
    "supervisor", "supt", "surgeon", "swimmer", "tailor", "teacher", "therapist", "toxicologist", "trader", "trainer",
    "treasurer", "trooper", "trustee", "umpire", "vendor", "veterinarian", "vice-chancellor", "vice-president",
    "virologist", "volcanologist", "waiter", "waitress", "warden", "welder", "winemaker", "winger", "writer",
    "zoologist",
];

/// Honorifics: they mark the next capitalised words as a person but are not a role
/// (`Mr. Putin`, `Dr. Tedros`).
#[rustfmt::skip] // a word list: one long paragraph, not a column
pub const HONORIFICS: &str =
    lines!["dame", "dr", "lady", "lord", "madam", "messrs", "miss", "mme", "mr", "mrs", "ms", "sir"];

/// Lowercase words that may stand inside a role before its title word: `former foreign
/// minister`, `deputy prime minister`, `top military commander`.
#[rustfmt::skip] // a word list: one long paragraph, not a column
pub const ROLE_MODIFIERS: &str = lines![
    "acting", "agriculture", "antitrust", "assistant", "associate", "budget", "campaign", "chief", "climate",
    "commercial", "communications", "competition", "culture", "defence", "defense", "deputy", "digital", "economy",
    "education", "energy", "environment", "executive", "finance", "first", "foreign", "former", "general", "health",
    "housing", "immigration", "intelligence", "interim", "interior", "justice", "labor", "labour", "lead", "legal",
    "longtime", "managing", "medical", "military", "mission", "national", "opposition", "parliamentary", "police",
    "political", "press", "project", "regional", "security", "senior", "shadow", "sports", "state", "technical",
    "then", "top", "trade", "transport", "treasury", "veteran", "vice",
];

/// Nouns for people by what they are or do in a story, not by office: `neighbour`,
/// `resident`, `witness`. Written before a name they are its role (`Neighbour Tamika
/// Ross`, `said commuter Ali Khan`); as an appositive they make the name a person (`Ana
/// Ruiz, a resident of the block,`). Not titles: `residents at Bondi` names no organisation.
#[rustfmt::skip] // a word list: one long paragraph, not a column
pub const PERSON_NOUNS: &str = lines![
    "bystander", "commuter", "customer", "demonstrator", "evacuee", "eyewitness", "homeowner", "migrant", "motorist",
    "mourner", "neighbor", "neighbour", "onlooker", "parishioner", "passenger", "pedestrian", "pensioner", "protester",
    "protestor", "refugee", "resident", "retiree", "shopper", "spectator", "student", "survivor", "tenant", "tourist",
    "villager", "visitor", "volunteer", "voter", "witness", "worshipper",
];
