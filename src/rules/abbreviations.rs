//! Abbreviations that end in a dot without ending the sentence, for the sentence splitter.

/// Titles and other abbreviations that are always followed by more of the same sentence:
/// `Mr. Putin`, `Gen. Milley`, `St. Louis`, `vs. Spain`.
#[rustfmt::skip]
pub const TITLES: &str = lines![
    "adm", "ald", "apr", "assn", "atty", "aug", "ave", "bldg", "blvd", "brig", "capt", "cf", "cmdr", "col", "comdr",
    "con", "cpl", "dec", "dept", "det", "dist", "dr", "e.g", "eg", "feb", "fig", "fr", "ft", "gen", "gov", "hon",
    "i.e", "ie", "insp", "jan", "jul", "jun", "lt", "maj", "messrs", "mme", "mr", "mrs", "ms", "msgr", "mt",
    "nov", "oct", "ofc", "op", "pfc", "pp", "pres", "prof", "pvt", "rep", "reps", "rev", "sen", "sens", "sep",
    "sept", "sgt", "st", "supt", "v", "vol", "vs",
];

/// Abbreviations that may end a sentence: after them a sentence ends only when the next
/// word is one of [`STARTERS`] (`at Apple Inc. The company said`, but `Apple Inc. Chief`).
/// US states in AP style are here too: `PASADENA, Calif. (AP) -` goes on.
#[rustfmt::skip]
pub const AMBIGUOUS: &str = lines![
    "a.m", "ala", "ariz", "ark", "bros", "calif", "co", "colo", "conn", "corp", "d.c", "del",
    "esq", "etc", "fla", "ga", "ill", "inc", "ind", "jr", "kan", "ky", "la", "ltd", "mass",
    "md", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "p.m", "pa", "plc",
    "sr", "tenn", "u.k", "u.n", "u.s", "u.s.a", "va", "vt", "wash", "wis", "wyo",
];

/// Words that often open a sentence, lowercased: after an ambiguous abbreviation, one of
/// these with a capital letter starts a new sentence.
#[rustfmt::skip]
pub const STARTERS: &str = lines![
    "a", "after", "all", "also", "an", "and", "as", "at", "but", "by", "during", "everyone",
    "for", "he", "her", "his", "however", "i", "if", "in", "it", "its", "many", "meanwhile",
    "most", "no", "nobody", "none", "nothing", "officials", "on", "one", "our", "police",
    "she", "since", "so", "some", "that", "the", "their", "then", "there", "these", "they", "this",
    "those", "though", "to", "under", "we", "what", "when", "while", "with", "yet", "you",
];
