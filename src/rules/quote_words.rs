//! Small word lists that the quote attributor walks over: subjects, pronouns, clause openers.

/// Auxiliaries and adverbs between a subject and its reporting verb: `Stoltenberg has also
/// said`, `Russia previously claimed`.
#[rustfmt::skip]
pub const SUBJECT_SKIP: &str = lines![
    "again", "already", "also", "angrily", "are", "be", "been", "bluntly", "could", "did",
    "does", "earlier", "firmly", "flatly", "frankly", "further", "had", "has", "have", "is",
    "later", "may", "might", "never", "not", "often", "once", "openly", "previously",
    "privately", "publicly", "quickly", "recently", "repeatedly", "reportedly", "separately",
    "simply", "tersely", "then", "was", "were", "will", "would",
];

/// Subject pronouns that can name a speaker outside quotation marks (`I` and `we` never do).
#[rustfmt::skip]
pub const PRONOUNS: &str = lines![
    "he", "it", "she", "they",
];

/// Head nouns of a speaker who is described but not named: `a ministry spokesperson said`,
/// `officials said`, `the statement said`. Another noun before a cue is no speaker at all
/// (`the warning`, `the results`).
#[rustfmt::skip]
pub const SPEAKER_NOUNS: &str = lines![
    "administration", "adviser", "advisers", "agency", "aide", "aides", "analyst", "analysts",
    "army", "attorney", "authorities", "board", "campaign", "chief", "commander", "commanders",
    "committee", "company", "council", "court", "department", "diplomat", "diplomats", "doctor",
    "doctors", "embassy", "executive", "expert", "experts", "firm", "government", "group",
    "investigators", "judge", "lawmaker", "lawmakers", "lawyer", "lawyers", "leader", "leaders",
    "mayor", "military", "minister", "ministry", "newspaper", "office", "officer", "officers",
    "official", "officials", "organisers", "organizers", "parliament", "party", "police",
    "president", "prosecutor", "prosecutors", "regulator", "regulators", "report",
    "representative", "resident", "residents", "secretary", "source", "sources", "spokesman",
    "spokespeople", "spokesperson", "spokeswoman", "statement", "team", "union", "witness",
    "witnesses",
];

/// Words that end a subject when walking left from a reporting verb: `Kyiv, where he
/// said`, `after Putin said`. (`of` too: `Jens Stoltenberg of NATO` keeps its person.)
#[rustfmt::skip]
pub const NP_STOP: &str = lines![
    "after", "although", "and", "as", "because", "before", "but", "by", "for", "from", "if",
    "in", "into", "of", "on", "or", "since", "so", "than", "that", "though", "to", "under",
    "until", "upon", "when", "where", "whereas", "which", "while", "who", "whom", "whose",
    "why", "with", "without", "yet",
];

/// Words that open a reported clause right after a bare-clause cue: `said the alliance`,
/// `claimed it had`. Capitalised names and numbers open one too.
#[rustfmt::skip]
pub const CLAUSE_OPENERS: &str = lines![
    "a", "about", "all", "almost", "an", "any", "around", "both", "dozens", "each", "eight",
    "eleven", "every", "few", "five", "four", "he", "her", "his", "hundreds", "i", "it", "its",
    "many", "millions", "more", "most", "much", "my", "nearly", "neither", "nine", "no", "none",
    "nothing", "one", "only", "our", "roughly", "seven", "several", "she", "six", "so", "some",
    "such", "ten", "the", "their", "there", "these", "they", "this", "those", "thousands",
    "three", "twelve", "twenty", "two", "we", "what", "you", "your",
];

/// Prepositions of an adjunct between a cue and `that`: `said on Monday that`, `said in a
/// statement that`, `told reporters at a news conference that`.
#[rustfmt::skip]
pub const ADJUNCT_STARTS: &str = lines![
    "after", "at", "before", "during", "from", "in", "on", "outside", "via",
];

/// Openers of formulaic quotes that rank low on the card: `Thank you`, `Yes`, `No comment`.
#[rustfmt::skip]
pub const FORMULAIC: &str = lines![
    "congratulations", "goodbye", "hello", "no", "ok", "okay", "sure", "thank", "thanks", "yes",
];

/// Head nouns of a described organisation: `the company said`, `the union said`. Such a
/// definite description points back to an organisation named earlier.
#[rustfmt::skip]
pub const ORG_NOUNS: &str = lines![
    "administration", "agency", "alliance", "army", "association", "authority", "bank", "board",
    "campaign", "charity", "club", "coalition", "commission", "committee", "company",
    "corporation", "council", "court", "department", "embassy", "federation", "firm",
    "government", "group", "league", "lender", "maker", "manufacturer", "military", "ministry",
    "network", "newspaper", "office", "organisation", "organization", "parliament", "party",
    "police", "regulator", "retailer", "service", "team", "union", "university",
];

/// Finite auxiliaries and modals: one within a few words after a bare-clause cue shows that
/// a clause follows (`said hospitals had done`, `said tenants would be offered`).
#[rustfmt::skip]
pub const AUXILIARIES: &str = lines![
    "are", "can", "could", "did", "does", "had", "has", "have", "is", "may", "might", "must",
    "should", "was", "were", "will", "would",
];

/// Heads that speak for the organisation or person named before them: `a Kremlin
/// spokesman`, `China's foreign ministry`. Other speaker nouns after a name stay unnamed:
/// `Alberta officials`, `Israeli sources`.
#[rustfmt::skip]
pub const REPRESENTATIVES: &str = lines![
    "embassy", "ministry", "office", "representative", "spokesman", "spokespeople",
    "spokesperson", "spokeswoman", "statement",
];
