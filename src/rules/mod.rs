//! Rules as data: word lists that the matchers build their patterns from. No logic here.
//!
//! Every table is lowercase, sorted and free of duplicates; `tests::tables_are_sorted`
//! checks it, so a matcher may binary-search any of them with [`contains`] or [`lookup`].
//!
//! The long lists (places, given names, common words: about 1,700 words) are packed as one
//! string, a word a line, searched with [`contains_line`]: a `&[&str]` costs 8 bytes of
//! pointer and length per word in the wasm, which compress badly (measured: packing saves
//! about 5 KB of gzipped wasm).

pub mod abbreviations;
pub mod common_words;
pub mod date_words;
pub mod entities;
pub mod html;
pub mod languages;
pub mod months;
pub mod names;
pub mod numbers;
pub mod organizations;
pub mod places;
pub mod quote_words;
pub mod speech_verbs;
pub mod time_units;
pub mod titles;
pub mod weekdays;

/// True when the sorted table holds `word` (compared in lowercase ASCII).
pub fn contains(table: &[&str], word: &str) -> bool {
    if word.bytes().any(|b| b.is_ascii_uppercase()) {
        let lower = word.to_ascii_lowercase();
        table.binary_search(&lower.as_str()).is_ok()
    } else {
        table.binary_search(&word).is_ok()
    }
}

/// True when the packed table (sorted lines, each ended by `\n`) holds `word` (compared in
/// lowercase ASCII). A binary search over bytes: each step backs up to a line start.
pub fn contains_line(table: &str, word: &str) -> bool {
    let lower;
    let word = if word.bytes().any(|b| b.is_ascii_uppercase()) {
        lower = word.to_ascii_lowercase();
        lower.as_str()
    } else {
        word
    };
    // Bytes, not chars: `mid` may fall inside a multi-byte letter (`björn`); lines compare
    // byte-wise exactly as `str` does.
    let (table, word) = (table.as_bytes(), word.as_bytes());
    let (mut lo, mut hi) = (0, table.len());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let start = table[..mid].iter().rposition(|&b| b == b'\n').map_or(0, |n| n + 1).max(lo);
        let end = table[start..].iter().position(|&b| b == b'\n').map_or(table.len(), |n| start + n);
        match table[start..end].cmp(word) {
            std::cmp::Ordering::Equal => return true,
            std::cmp::Ordering::Less => lo = end + 1,
            std::cmp::Ordering::Greater => hi = start,
        }
    }
    false
}

/// The value that the sorted table of pairs gives `word` (compared in lowercase ASCII).
pub fn lookup<T: Copy>(table: &[(&str, T)], word: &str) -> Option<T> {
    let find = |w: &str| table.binary_search_by(|(k, _)| (*k).cmp(w)).ok().map(|i| table[i].1);
    if word.bytes().any(|b| b.is_ascii_uppercase()) {
        find(&word.to_ascii_lowercase())
    } else {
        find(word)
    }
}

#[cfg(test)]
mod tests {
    /// The keys of a table of pairs, for the sortedness check.
    fn keys<T>(table: &'static [(&'static str, T)]) -> &'static [&'static str] {
        Box::leak(table.iter().map(|(k, _)| *k).collect::<Vec<_>>().into_boxed_slice())
    }

    /// The lines of a packed table, for the sortedness check.
    fn lines(table: &'static str) -> &'static [&'static str] {
        assert!(table.is_empty() || table.ends_with('\n'), "a packed table ends with a newline");
        Box::leak(table.lines().collect::<Vec<_>>().into_boxed_slice())
    }

    /// Every table of this module, by name. A new table is added here too.
    pub(crate) fn all_tables() -> Vec<(&'static str, &'static [&'static str])> {
        use super::*;
        vec![
            ("abbreviations::TITLES", abbreviations::TITLES),
            ("abbreviations::AMBIGUOUS", abbreviations::AMBIGUOUS),
            ("abbreviations::STARTERS", abbreviations::STARTERS),
            ("common_words::NOT_NAMES", lines(common_words::NOT_NAMES)),
            ("html::NEVER_TEXT_TAGS", html::NEVER_TEXT_TAGS),
            ("html::CHROME_TAGS", html::CHROME_TAGS),
            ("html::BLOCK_TAGS", html::BLOCK_TAGS),
            ("html::VOID_TAGS", html::VOID_TAGS),
            ("html::RAW_TEXT_TAGS", html::RAW_TEXT_TAGS),
            ("html::CLOSES_P_TAGS", html::CLOSES_P_TAGS),
            ("html::KEPT_ATTRIBUTES", html::KEPT_ATTRIBUTES),
            ("html::BOILERPLATE_WORDS", html::BOILERPLATE_WORDS),
            ("html::BOILERPLATE_ROLES", html::BOILERPLATE_ROLES),
            ("html::BOILERPLATE_LINES", html::BOILERPLATE_LINES),
            ("html::RELATED_HEADINGS", html::RELATED_HEADINGS),
            ("html::TIMESTAMP_OPENERS", html::TIMESTAMP_OPENERS),
            ("html::DATE_META_NAMES", html::DATE_META_NAMES),
            ("html::BYLINE_WORDS", html::BYLINE_WORDS),
            ("organizations::ORG_WORDS", organizations::ORG_WORDS),
            ("organizations::KNOWN_ORGS", organizations::KNOWN_ORGS),
            ("places::COUNTRIES", lines(places::COUNTRIES)),
            ("places::DEMONYMS", lines(places::DEMONYMS)),
            ("places::CITIES", lines(places::CITIES)),
            ("places::REGIONS", lines(places::REGIONS)),
            ("places::PLACE_NOUNS", lines(places::PLACE_NOUNS)),
            ("places::PLACE_HEADS", lines(places::PLACE_HEADS)),
            ("names::FIRST_NAMES", lines(names::FIRST_NAMES)),
            ("languages::EN", languages::EN),
            ("languages::FR", languages::FR),
            ("languages::DE", languages::DE),
            ("languages::ES", languages::ES),
            ("languages::IT", languages::IT),
            ("languages::PT", languages::PT),
            ("languages::NL", languages::NL),
            ("titles::TITLES", titles::TITLES),
            ("titles::HONORIFICS", titles::HONORIFICS),
            ("titles::ROLE_MODIFIERS", titles::ROLE_MODIFIERS),
            ("months::MONTHS", keys(months::MONTHS)),
            ("months::AMBIGUOUS_MONTHS", months::AMBIGUOUS_MONTHS),
            ("months::HOLIDAYS", keys(months::HOLIDAYS)),
            ("months::NAME_LIKE_MONTHS", months::NAME_LIKE_MONTHS),
            ("weekdays::WEEKDAYS", keys(weekdays::WEEKDAYS)),
            ("numbers::CARDINALS", keys(numbers::CARDINALS)),
            ("numbers::VAGUE_COUNTS", numbers::VAGUE_COUNTS),
            ("numbers::ORDINALS", keys(numbers::ORDINALS)),
            ("time_units::TIME_UNITS", keys(time_units::TIME_UNITS)),
            ("date_words::RELATIVE_DAYS", keys(date_words::RELATIVE_DAYS)),
            ("date_words::VAGUE_REFS", keys(date_words::VAGUE_REFS)),
            ("date_words::DURATION_ADJECTIVES", date_words::DURATION_ADJECTIVES),
            ("date_words::QUANTITY_WORDS", date_words::QUANTITY_WORDS),
            ("date_words::SEASONS", keys(date_words::SEASONS)),
            ("date_words::PARTS_OF_DAY", keys(date_words::PARTS_OF_DAY)),
            ("date_words::FREQUENCIES", keys(date_words::FREQUENCIES)),
            ("date_words::DATE_PREPOSITIONS", date_words::DATE_PREPOSITIONS),
            ("date_words::NOT_YEAR_BEFORE", date_words::NOT_YEAR_BEFORE),
            ("date_words::STREET_WORDS", date_words::STREET_WORDS),
            ("date_words::TIME_ZONES", date_words::TIME_ZONES),
            ("date_words::APPROXIMATORS", date_words::APPROXIMATORS),
            ("date_words::FUTURE_MARKERS", date_words::FUTURE_MARKERS),
            ("date_words::PAST_MARKERS", date_words::PAST_MARKERS),
            ("date_words::SPEECH_VERBS", date_words::SPEECH_VERBS),
            ("quote_words::SUBJECT_SKIP", quote_words::SUBJECT_SKIP),
            ("quote_words::PRONOUNS", quote_words::PRONOUNS),
            ("quote_words::SPEAKER_NOUNS", quote_words::SPEAKER_NOUNS),
            ("quote_words::NP_STOP", quote_words::NP_STOP),
            ("quote_words::CLAUSE_OPENERS", quote_words::CLAUSE_OPENERS),
            ("quote_words::ADJUNCT_STARTS", quote_words::ADJUNCT_STARTS),
            ("quote_words::FORMULAIC", quote_words::FORMULAIC),
            ("quote_words::ORG_NOUNS", quote_words::ORG_NOUNS),
            ("quote_words::AUXILIARIES", quote_words::AUXILIARIES),
            ("quote_words::REPRESENTATIVES", quote_words::REPRESENTATIVES),
            ("speech_verbs::CUES", speech_verbs::CUES),
            ("speech_verbs::BARE_CLAUSE", speech_verbs::BARE_CLAUSE),
            ("speech_verbs::PHRASES", speech_verbs::PHRASES),
            ("speech_verbs::NAMING", speech_verbs::NAMING),
        ]
    }

    #[test]
    fn packed_tables_are_searched_exactly() {
        let table = "alpha\nbeta gamma\nbjörn\ndelta\nzeta\nélan\nörjan\n";
        for w in ["alpha", "beta gamma", "delta", "zeta", "ZETA", "björn", "élan", "örjan"] {
            assert!(super::contains_line(table, w), "{w}");
        }
        for w in ["", "alph", "alphaa", "beta", "gamma", "omega", "a", "zz", "\n", "bj", "björ", "é", "ö", "ü"] {
            assert!(!super::contains_line(table, w), "{w:?}");
        }
        assert!(!super::contains_line("", "x"));
        // every word of every packed table is found, from any starting point of the search
        for (name, table) in [("names", super::names::FIRST_NAMES), ("places", super::places::CITIES)] {
            for w in table.lines() {
                assert!(super::contains_line(table, w), "{name}: {w}");
            }
        }
        for (name, table) in all_tables() {
            assert!(table.iter().all(|w| !w.is_empty() && w.trim() == *w), "{name}: an empty or padded entry");
        }
    }

    /// The entity table is case-sensitive (`Eacute`, `eacute`): sorted, not lowercase.
    #[test]
    fn entity_names_are_sorted() {
        for w in super::entities::ENTITIES.windows(2) {
            assert!(w[0].0 < w[1].0, "entities::ENTITIES: {:?} must come before {:?}", w[1].0, w[0].0);
        }
    }

    #[test]
    fn tables_are_sorted() {
        for (name, table) in all_tables() {
            for w in table.windows(2) {
                assert!(w[0] < w[1], "{name}: {:?} must come before {:?} (sorted, no duplicates)", w[1], w[0]);
            }
            for w in table {
                assert_eq!(*w, w.to_lowercase(), "{name}: {w:?} must be lowercase");
            }
        }
    }

    #[test]
    fn lookup_ignores_ascii_case() {
        assert_eq!(super::lookup(super::months::MONTHS, "February"), Some(2));
        assert_eq!(super::lookup(super::months::MONTHS, "Febr"), None);
    }
}
