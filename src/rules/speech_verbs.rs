//! Reporting verbs and phrases: the cue lexicon that tells the quote extractor who speaks.
//!
//! Base forms that are mostly nouns in news copy (`note`, `post`, `comment`, `reply`,
//! `tweet`, `vow`) are left out; their inflected forms stay (`noted`, `tweeted`, `vowed`).

/// Every inflected form of a verb that reports speech or writing: `said`, `says`,
/// `told`, `warned`, `tweeted`, `testified` ... (a form ending in `-ing` attributes only
/// as a participle: `he said, adding that ...`).
#[rustfmt::skip]
pub const CUES: &str = lines![
    "acknowledge", "acknowledged", "acknowledges", "acknowledging", "add", "added", "adding",
    "adds", "admit", "admits", "admitted", "admitting", "affirm", "affirmed", "affirming",
    "affirms", "allege", "alleged", "alleges", "alleging", "announce", "announced", "announces",
    "announcing", "argue", "argued", "argues", "arguing", "ask", "asked", "asking", "asks",
    "assert", "asserted", "asserting", "asserts", "assure", "assured", "assures", "assuring",
    "boasted", "boasting", "boasts", "cautioned", "cautioning", "cautions", "claimed",
    "claiming", "claims", "commented", "commenting", "comments", "complain", "complained",
    "complaining", "complains", "concede", "conceded", "concedes", "conceding", "concluded",
    "concluding", "confirm", "confirmed", "confirming", "confirms", "contend", "contended",
    "contending", "contends", "countered", "declare", "declared", "declares", "declaring",
    "denied", "denies", "deny", "denying", "disclose", "disclosed", "discloses", "disclosing",
    "emphasise", "emphasised", "emphasises", "emphasising", "emphasize", "emphasized",
    "emphasizes", "emphasizing", "exclaim", "exclaimed", "exclaiming", "exclaims", "explain",
    "explained", "explaining", "explains", "forecast", "forecasting", "forecasts", "inform",
    "informed", "informing", "informs", "insist", "insisted", "insisting", "insists", "joked",
    "jokes", "joking", "lamented", "lamenting", "laments", "maintain", "maintained",
    "maintaining", "maintains", "mentioned", "mentioning", "mentions", "mused", "muses",
    "musing", "muttered", "muttering", "mutters", "noted", "notes", "noting", "observed",
    "observes", "observing", "plead", "pleaded", "pleading", "pleads", "pledged", "pledges",
    "pledging", "posted", "predict", "predicted", "predicting", "predicts", "proclaim",
    "proclaimed", "proclaiming", "proclaims", "promised", "promises", "quipped", "quipping",
    "quips", "reaffirm", "reaffirmed", "reaffirming", "reaffirms", "recalled", "recalling",
    "recalls", "recounted", "recounting", "recounts", "reiterate", "reiterated", "reiterates",
    "reiterating", "remarked", "remarking", "remarks", "remind", "reminded", "reminding",
    "reminds", "replied", "replies", "replying", "respond", "responded", "responding",
    "responds", "retorted", "retorting", "retorts", "reveal", "revealed", "revealing",
    "reveals", "said", "say", "saying", "says", "screamed", "screaming", "screams", "shouted",
    "shouting", "shouts", "sighed", "sighing", "sighs", "stated", "states", "stating", "stress",
    "stressed", "stresses", "stressing", "suggest", "suggested", "suggesting", "suggests",
    "tell", "telling", "tells", "testified", "testifies", "testify", "testifying", "told",
    "tweeted", "tweeting", "tweets", "underline", "underlined", "underlines", "underlining",
    "underscore", "underscored", "underscores", "underscoring", "urge", "urged", "urges",
    "urging", "vowed", "vowing", "vows", "warn", "warned", "warns", "whispered", "whispering",
    "whispers", "write", "writes", "wrote", "yelled", "yelling", "yells",
];

/// Forms that take a reported clause without `that`: `Stoltenberg said the alliance saw ...`,
/// `Russia claimed it had ...`. The other cues need `that` to report a clause.
#[rustfmt::skip]
pub const BARE_CLAUSE: &str = lines![
    "acknowledged", "admits", "admitted", "argue", "argued", "argues", "claimed", "claims",
    "conceded", "insist", "insisted", "insists", "noted", "predicted", "said", "say", "saying",
    "says", "stressed", "tell", "tells", "told", "warned", "warns", "writes", "wrote",
];

/// Two-word cues, written with one space: `according to X`, `called on them to ...`.
#[rustfmt::skip]
pub const PHRASES: &[&str] = &[
    "according to", "called for", "called on", "calling for", "calling on", "calls for",
    "calls on", "made clear", "makes clear", "pointed out", "points out", "went on",
];

/// Verbs that put words in quotation marks into someone's mouth without reporting a
/// clause: `Hamas called the proposal “a non-starter”`. They attribute fragments only.
#[rustfmt::skip]
pub const NAMING: &str = lines![
    "branded", "brands", "called", "calls", "described", "describes", "dubbed", "labeled",
    "labelled", "termed",
];
