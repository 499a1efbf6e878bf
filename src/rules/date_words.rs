//! Words of temporal expressions other than numbers, months, weekdays and units: relative
//! days, vague references, seasons, parts of the day, frequencies, and the context words
//! that tell a date from a quantity or a name.

/// Days relative to the reference date: `yesterday` is one day before it.
pub const RELATIVE_DAYS: &[(&str, i32)] = &[("today", 0), ("tomorrow", 1), ("tonight", 0), ("yesterday", -1)];

/// Vague references (TIMEX3 value). Phrases of several words are matched word by word.
/// TimeML leaves the preposition out (`in the past` is tagged `the past`).
pub const VAGUE_REFS: &[(&str, &str)] = &[
    ("a later date", "FUTURE_REF"),
    ("a later time", "FUTURE_REF"),
    ("at present", "PRESENT_REF"),
    ("currently", "PRESENT_REF"),
    ("earlier", "PAST_REF"),
    ("lately", "PAST_REF"),
    ("later", "FUTURE_REF"),
    ("more recently", "PAST_REF"),
    ("most recently", "PAST_REF"),
    ("now", "PRESENT_REF"),
    ("nowadays", "PRESENT_REF"),
    ("recent", "PAST_REF"),
    ("recently", "PAST_REF"),
    ("right now", "PRESENT_REF"),
    ("so far", "PRESENT_REF"),
    ("soon", "FUTURE_REF"),
    ("the future", "FUTURE_REF"),
    ("the long run", "FUTURE_REF"),
    ("the long term", "FUTURE_REF"),
    ("the near future", "FUTURE_REF"),
    ("the near term", "FUTURE_REF"),
    ("the past", "PAST_REF"),
    ("the short term", "FUTURE_REF"),
    ("the time being", "PRESENT_REF"),
    ("these days", "PRESENT_REF"),
    ("very recently", "PAST_REF"),
    ("very soon", "FUTURE_REF"),
];

/// Words between a count and its unit that keep it a duration: `two consecutive quarters`,
/// `the past five trading days`.
pub const DURATION_ADJECTIVES: &[&str] = &[
    "additional",
    "business",
    "calendar",
    "consecutive",
    "extra",
    "full",
    "more",
    "straight",
    "successive",
    "trading",
    "working",
];

/// Words after a number that make it a quantity, not a year: `2000 million`, `1999 km`.
pub const QUANTITY_WORDS: &[&str] = &[
    "billion", "feet", "ft", "hundred", "kg", "km", "lb", "m", "meters", "metres", "miles", "million", "mph", "per",
    "percent", "thousand", "tonnes", "tons", "trillion", "yards",
];

/// Seasons, as TIMEX3 codes.
pub const SEASONS: &[(&str, &str)] =
    &[("autumn", "FA"), ("fall", "FA"), ("spring", "SP"), ("summer", "SU"), ("winter", "WI")];

/// Parts of the day, as TIMEX3 codes (`this morning` is `2023-02-13TMO`).
pub const PARTS_OF_DAY: &[(&str, &str)] =
    &[("afternoon", "AF"), ("evening", "EV"), ("morning", "MO"), ("night", "NI"), ("overnight", "NI")];

/// Words before a part of the day that keep it one (`Tuesday late evening`, `Monday
/// mid-afternoon`).
pub const DAY_PART_MODIFIERS: &[&str] = &["early", "late", "mid"];

/// Frequencies written as one word (TIMEX3 SET values).
pub const FREQUENCIES: &[(&str, &str)] = &[
    ("annual", "P1Y"),
    ("annually", "P1Y"),
    ("biannual", "P6M"),
    ("biennial", "P2Y"),
    ("daily", "P1D"),
    ("fortnightly", "P2W"),
    ("hourly", "PT1H"),
    ("monthly", "P1M"),
    ("nightly", "P1D"),
    ("quarterly", "P3M"),
    ("weekly", "P1W"),
    ("yearly", "P1Y"),
];

/// Words before a bare year, `May` or `March` that make them a date: `in 2022`, `since May`.
pub const DATE_PREPOSITIONS: &[&str] = &[
    "after",
    "and",
    "around",
    "before",
    "between",
    "by",
    "during",
    "early",
    "from",
    "in",
    "last",
    "late",
    "mid",
    "next",
    "of",
    "or",
    "since",
    "this",
    "through",
    "throughout",
    "till",
    "to",
    "until",
];

/// Words before a number that make it a quantity, a model or an address, not a year:
/// `No. 1999`, `flight 2011`, `Windows 2000`, `$2023`.
pub const NOT_YEAR_BEFORE: &[&str] =
    &["#", "$", "flight", "iphone", "local", "model", "no", "number", "room", "route", "version", "windows", "£", "€"];

/// Street words after a number that make it an address: `1234 Main St.`
pub const STREET_WORDS: &[&str] = &[
    "ave",
    "avenue",
    "blvd",
    "boulevard",
    "court",
    "ct",
    "dr",
    "drive",
    "highway",
    "lane",
    "ln",
    "pl",
    "place",
    "rd",
    "road",
    "st",
    "street",
    "way",
];

/// Time zones written after a clock time (`18:00 UTC`); `Z` is added for UTC and GMT.
pub const TIME_ZONES: &[&str] = &[
    "bst", "cdt", "cest", "cet", "cst", "edt", "eet", "est", "et", "gmt", "ist", "jst", "mdt", "msk", "mst", "pdt",
    "pst", "pt", "utc",
];

/// Words before a count of time units that keep TimeML's extent (`almost two years`,
/// `over a decade`), with no change to the value.
pub const APPROXIMATORS: &[&str] = &["about", "almost", "approximately", "around", "nearly", "over", "roughly"];

/// Words that put a clause in the future (`will meet on March 2`): modals (`could start
/// cutting rates in June`; `may` only in lowercase, `May` is the month), `'ll` and `'d`
/// (matched as endings: `we'll`, `he'd`), plans and expectations, also in the past tense
/// (`economists expected the first cut in June`, `forecast a second move in September`), and
/// wishes (`he wanted a government in place by Easter`).
pub const FUTURE_MARKERS: &[&str] = &[
    "'d",
    "'ll",
    "aims",
    "anticipate",
    "anticipated",
    "anticipates",
    "could",
    "due",
    "expect",
    "expected",
    "expects",
    "forecast",
    "forecasts",
    "going",
    "hoped",
    "hopes",
    "intended",
    "intends",
    "may",
    "might",
    "next",
    "plan",
    "planned",
    "plans",
    "predict",
    "predicted",
    "predicts",
    "scheduled",
    "shall",
    "should",
    "slated",
    "upcoming",
    "wanted",
    "wants",
    "will",
    "would",
    "’d",
    "’ll",
];

/// Verbs of fixtures and schedules in the present tense, which put a named day ahead
/// (`Arsenal face Chelsea on Saturday`, `Leeds host Burnley on Sunday`, `ministers meet on
/// Thursday`). Only these: a present tense in past narrative (`On Saturday, police say, the
/// man ...`) or in a headline (`Storm hits coast on Sunday`) tells nothing. (`start` is
/// left out: as often a noun, `a fresh start on Monday`.)
pub const SCHEDULE_VERBS: &[&str] = &[
    "begin",
    "begins",
    "entertain",
    "entertains",
    "face",
    "faces",
    "host",
    "hosts",
    "meet",
    "meets",
    "open",
    "opens",
    "play",
    "plays",
    "resume",
    "resumes",
    "starts",
    "visit",
    "visits",
    "welcome",
    "welcomes",
];

/// Verbs of schedules that need their particle (`the team travel to Madrid`, `United take
/// on Villa`, `the game kicks off at 7:30 p.m.`): alone they are too often other words.
pub const SCHEDULE_VERBS_WITH: &[(&str, &str)] = &[
    ("head", "to"),
    ("heads", "to"),
    ("kick", "off"),
    ("kicks", "off"),
    ("take", "on"),
    ("takes", "on"),
    ("travel", "to"),
    ("travels", "to"),
];

/// Words right before a verb of [`SCHEDULE_VERBS`] that make it no scheduled event: a noun
/// after a determiner or a possessive (`his visit on Monday`), a negation or a past (`did
/// not play on Saturday`), an adjective after `be` or `stay` (`was open on Sunday`, `stayed
/// open`), an infinitive (`refused to play`: the words before it tell the tense).
pub const SCHEDULE_NOT_AFTER: &[&str] = &[
    "a", "am", "an", "are", "be", "been", "did", "didn't", "didn’t", "her", "his", "is", "its", "kept", "my", "never",
    "not", "our", "remain", "remained", "remains", "stay", "stayed", "stays", "that", "the", "their", "this", "to",
    "was", "were", "your",
];

/// Words right before a verb of [`PAST_MARKERS`] that make it no past: a passive (`will be
/// held`, `is held`), a state (`remains closed`), a modal (`will hit`), an infinitive (`to hit`). The words before tell
/// the tense instead.
pub const NOT_PAST_AFTER: &[&str] = &[
    "am", "are", "be", "been", "being", "can", "could", "is", "may", "might", "must", "remain", "remains", "shall",
    "should", "stay", "stays", "to", "will", "would",
];

/// Verbs of a present state: before `until` they put its end ahead (`is closed until
/// Wednesday`, `will stay shut until Saturday`, `has kept markets closed until Friday`), as a
/// past verb puts it behind (`stayed closed until Wednesday`).
pub const PRESENT_STATE: &[&str] = &["am", "are", "has", "have", "is", "remain", "remains", "stay", "stays"];

/// Verbs that open a request (`Ask me again on Saturday night`, `Come back on Friday`, `Call
/// us on Monday`): a sentence or a quote that starts with one, followed by a word of
/// [`IMPERATIVE_NEXT`], looks ahead. The next word keeps the nouns out (`Call records from
/// Friday`, `Watch parties on Saturday`).
pub const IMPERATIVE_VERBS: &[&str] = &[
    "ask", "bring", "call", "check", "come", "contact", "email", "get", "give", "go", "join", "keep", "meet", "phone",
    "ring", "see", "send", "stay", "talk", "tell", "text", "tune", "visit", "vote", "wait", "watch", "write",
];

/// Words after a verb of [`IMPERATIVE_VERBS`] that make it a request: objects, particles,
/// determiners (`Ask me`, `Come back`, `Tune in`, `Watch this space`, `Bring your tickets`).
pub const IMPERATIVE_NEXT: &[&str] = &[
    "again", "along", "back", "by", "down", "early", "her", "him", "in", "it", "me", "on", "our", "out", "over",
    "that", "the", "them", "this", "those", "to", "up", "us", "you", "your",
];

/// Words that open a request on their own: `Please bring ...`, `Don't ...`, `Let's meet ...`.
pub const IMPERATIVE_OPENERS: &[&str] = &["don't", "don’t", "let", "let's", "let’s", "please"];

/// Words that make a `to <verb>` a few words after them a purpose, which lies ahead even when
/// the sentence is in the past: `urged hospitals to stock vaccines before the summer`,
/// `called on ministries to prepare`, `in order to finish by June`, `aimed to open in May`.
pub const PURPOSE_BEFORE_TO: &[&str] = &[
    "agreed",
    "aim",
    "aimed",
    "aiming",
    "aims",
    "ask",
    "asked",
    "asking",
    "asks",
    "call",
    "called",
    "calling",
    "calls",
    "decided",
    "expect",
    "expected",
    "expects",
    "hope",
    "hoped",
    "hopes",
    "intend",
    "intended",
    "intends",
    "order",
    "ordered",
    "orders",
    "plan",
    "planned",
    "planning",
    "plans",
    "pledge",
    "pledged",
    "pledges",
    "prepare",
    "prepared",
    "preparing",
    "promise",
    "promised",
    "promises",
    "ready",
    "seek",
    "seeking",
    "seeks",
    "sought",
    "urge",
    "urged",
    "urges",
    "urging",
    "vow",
    "vowed",
    "vows",
    "want",
    "wanted",
    "wants",
];

/// Verbs of wishing and expecting whose deadline `by` a date lies ahead even in the past
/// tense and past a participle: `wanted the budget passed by Christmas`, `hoped to have the
/// bridge finished by June`, `expects a decision by Friday`.
pub const DEADLINE_VERBS: &[&str] = &[
    "aim",
    "aimed",
    "aims",
    "anticipate",
    "anticipated",
    "anticipates",
    "expect",
    "expected",
    "expecting",
    "expects",
    "hope",
    "hoped",
    "hopes",
    "hoping",
    "intend",
    "intended",
    "intends",
    "plan",
    "planned",
    "planning",
    "plans",
    "want",
    "wanted",
    "wanting",
    "wants",
    "wish",
    "wished",
    "wishes",
];

/// Words joining two months or seasons that share the year written after the second:
/// `between June and September last year`, `from March to May last year`, `August or
/// September of this year`.
pub const MONTH_RANGE_JOINERS: &[&str] = &["and", "or", "through", "till", "to", "until"];

/// Words next to a verb of saying that name no new speaker: pronouns and adverbs (`he
/// said`, `she also told`, `said later`); a quote so attributed keeps the day of saying of
/// the speaker before it.
pub const SAME_SPEAKER_WORDS: &[&str] = &["again", "also", "he", "i", "it", "later", "she", "then", "they", "we"];

/// Words that put a sentence in the past, besides verbs ending in `-ed` (`said on December 28`).
pub const PAST_MARKERS: &[&str] = &[
    "ago", "began", "bought", "brought", "built", "came", "caught", "did", "drew", "drove", "earlier", "fell", "flew",
    "fought", "found", "gave", "got", "grew", "had", "heard", "held", "hit", "kept", "knew", "last", "led", "left",
    "lost", "made", "meant", "met", "paid", "ran", "rose", "said", "sank", "saw", "sent", "shot", "sold", "spent",
    "spoke", "stood", "struck", "swore", "taught", "thought", "threw", "told", "took", "was", "went", "were", "won",
    "wore", "wrote",
];

/// Verbs of saying: a date right after them (`said on February 13`, `Speaking to reporters
/// on February 13`) is when the words that follow were said.
pub const SPEECH_VERBS: &[&str] = &[
    "added",
    "announced",
    "argued",
    "claimed",
    "confirmed",
    "declared",
    "explained",
    "insisted",
    "noted",
    "said",
    "says",
    "speaking",
    "spoke",
    "stated",
    "stressed",
    "tells",
    "testified",
    "told",
    "warned",
    "wrote",
];
