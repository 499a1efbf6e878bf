//! Rules as data: word lists that the matchers build their patterns from, and the one lookup
//! that reads them.
//!
//! Every table is lowercase, sorted and free of duplicates; `tests::tables_are_sorted`
//! checks it. A matcher asks a table through [`contains`], [`contains_line`] or [`lookup`],
//! which hash the word against an index built from the table on first use.
//!
//! The long lists (places, given names, common words: about 1,700 words) are packed as one
//! string, a word a line, read with [`contains_line`]: a `&[&str]` costs 8 bytes of
//! pointer and length per word in the wasm, which compress badly (measured: packing saves
//! about 5 KB of gzipped wasm). Shorter lists are written as lists, `lines!["a", "b"]`, and
//! packed the same way at compile time (`"a\nb\n"`); [`contains`] takes either kind.

/// A packed table written as a list: `lines!["a", "b"]` is `"a\nb\n"`.
macro_rules! lines {
    ($($w:literal),* $(,)?) => {
        concat!($($w, "\n"),*)
    };
}

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

/// A table of words: a list, or packed lines (see [`contains_line`]).
pub trait Table: Copy {
    /// True when the table holds `word` (compared in lowercase ASCII).
    fn holds(self, word: &str) -> bool;
}

impl Table for &'static [&'static str] {
    fn holds(self, word: &str) -> bool {
        !self.is_empty() && position((self.as_ptr() as usize, self.len(), 1), &mut self.iter().copied(), word).is_some()
    }
}

impl Table for &'static str {
    fn holds(self, word: &str) -> bool {
        contains_line(self, word)
    }
}

/// True when the table (a list or packed lines) holds `word` (compared in lowercase ASCII).
pub fn contains(table: impl Table, word: &str) -> bool {
    table.holds(word)
}

/// True when the packed table (lines, each ended by `\n`) holds `word` (compared in
/// lowercase ASCII).
pub fn contains_line(table: &'static str, word: &str) -> bool {
    !table.is_empty() && position((table.as_ptr() as usize, table.len(), 0), &mut table.lines(), word).is_some()
}

/// The value that the table of pairs gives `word` (compared in lowercase ASCII).
pub fn lookup<T: Copy>(table: &'static [(&'static str, T)], word: &str) -> Option<T> {
    let id = (table.as_ptr() as usize, table.len(), 2 + std::mem::size_of::<(&str, T)>());
    let i = if table.is_empty() { None } else { position(id, &mut table.iter().map(|p| p.0), word) }?;
    Some(table[i].1)
}

/// The position of `word` in the table that `id` names (its address, length and layout), through
/// that table's hash index, built from `words` (the table's words in order) on first use.
///
/// A table is `'static`, so its address and length name its contents for the life of the
/// program: the index is built once (per thread) and a lookup costs one hash of the word,
/// without allocating. Each table is lowercase and free of duplicates (`tests`), so the first
/// entry equal to the word in ASCII case is the one.
fn position(id: (usize, usize, usize), words: &mut dyn Iterator<Item = &'static str>, word: &str) -> Option<usize> {
    thread_local! {
        static INDEXES: std::cell::RefCell<crate::util::FastMap<(usize, usize, usize), Index>> =
            Default::default();
    }
    INDEXES.with(|indexes| indexes.borrow_mut().entry(id).or_insert_with(|| Index::new(words.collect())).find(word))
}

/// An open-addressing hash index over the words of one table.
struct Index {
    words: Vec<&'static str>,
    /// Per slot: a word's position plus one, 0 for an empty slot; a power of two at least
    /// twice the number of words.
    slots: Vec<u32>,
}

impl Index {
    fn new(words: Vec<&'static str>) -> Self {
        let mut slots = vec![0; (words.len() * 2).next_power_of_two()];
        let mask = slots.len() - 1;
        for (n, w) in words.iter().enumerate() {
            let mut i = hash(w) as usize & mask;
            while slots[i] != 0 {
                i = (i + 1) & mask;
            }
            slots[i] = n as u32 + 1;
        }
        Index { words, slots }
    }

    fn find(&self, word: &str) -> Option<usize> {
        let mask = self.slots.len() - 1;
        let mut i = hash(word) as usize & mask;
        loop {
            let n = self.slots[i].checked_sub(1)? as usize;
            if self.words[n].eq_ignore_ascii_case(word) {
                return Some(n);
            }
            i = (i + 1) & mask;
        }
    }
}

/// A hash of the word in lowercase ASCII, eight bytes at a time.
fn hash(word: &str) -> u64 {
    use std::hash::Hasher;
    let mut h = crate::util::FastHasher::default();
    h.write_usize(word.len());
    for chunk in word.as_bytes().chunks(8) {
        let mut bytes = [0; 8];
        bytes[..chunk.len()].copy_from_slice(chunk);
        h.write_u64(ascii_lowercase(u64::from_le_bytes(bytes)));
    }
    h.finish()
}

/// Eight bytes with `A`..`Z` made lowercase, all at once: a byte's high bit marks where
/// its low seven bits plus an offset pass `A` and not `Z` (a byte of 0x80 or more is left as is).
fn ascii_lowercase(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let low7 = x & 0x7f * ONES;
    let from_a = low7 + (0x80 - u64::from(b'A')) * ONES;
    let past_z = low7 + (0x80 - u64::from(b'Z') - 1) * ONES;
    x | (from_a & !past_z & !x & 0x80 * ONES) >> 2
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
            ("abbreviations::TITLES", lines(abbreviations::TITLES)),
            ("abbreviations::AMBIGUOUS", lines(abbreviations::AMBIGUOUS)),
            ("abbreviations::STARTERS", lines(abbreviations::STARTERS)),
            ("common_words::NOT_NAMES", lines(common_words::NOT_NAMES)),
            ("html::NEVER_TEXT_TAGS", lines(html::NEVER_TEXT_TAGS)),
            ("html::CHROME_TAGS", lines(html::CHROME_TAGS)),
            ("html::BLOCK_TAGS", lines(html::BLOCK_TAGS)),
            ("html::VOID_TAGS", lines(html::VOID_TAGS)),
            ("html::RAW_TEXT_TAGS", html::RAW_TEXT_TAGS),
            ("html::CLOSES_P_TAGS", lines(html::CLOSES_P_TAGS)),
            ("html::KEPT_ATTRIBUTES", html::KEPT_ATTRIBUTES),
            ("html::BOILERPLATE_WORDS", lines(html::BOILERPLATE_WORDS)),
            ("html::BOILERPLATE_ROLES", lines(html::BOILERPLATE_ROLES)),
            ("html::BOILERPLATE_LINES", lines(html::BOILERPLATE_LINES)),
            ("html::RELATED_HEADINGS", lines(html::RELATED_HEADINGS)),
            ("html::TIMESTAMP_OPENERS", html::TIMESTAMP_OPENERS),
            ("html::DATE_META_NAMES", html::DATE_META_NAMES),
            ("html::BYLINE_WORDS", lines(html::BYLINE_WORDS)),
            ("organizations::ORG_WORDS", lines(organizations::ORG_WORDS)),
            ("organizations::KNOWN_ORGS", lines(organizations::KNOWN_ORGS)),
            ("organizations::GENERIC_HEADS", lines(organizations::GENERIC_HEADS)),
            ("organizations::OF_HEADS", lines(organizations::OF_HEADS)),
            ("organizations::POSSESSIVE_HEADS", lines(organizations::POSSESSIVE_HEADS)),
            ("organizations::OFFICE_HEADS", lines(organizations::OFFICE_HEADS)),
            ("organizations::EVENT_HEADS", lines(organizations::EVENT_HEADS)),
            ("organizations::BEFORE_OF", lines(organizations::BEFORE_OF)),
            ("organizations::BEFORE_IN", lines(organizations::BEFORE_IN)),
            ("organizations::BUYING", lines(organizations::BUYING)),
            ("organizations::COMPANY_FIGURES", lines(organizations::COMPANY_FIGURES)),
            ("organizations::COMPANY_DOINGS", lines(organizations::COMPANY_DOINGS)),
            ("organizations::COMPETITIONS", lines(organizations::COMPETITIONS)),
            ("organizations::BEFORE_CLUB", lines(organizations::BEFORE_CLUB)),
            ("organizations::BEFORE_CLUB_PAIRS", lines(organizations::BEFORE_CLUB_PAIRS)),
            ("organizations::CLUB_EPITHETS", lines(organizations::CLUB_EPITHETS)),
            ("places::COUNTRIES", lines(places::COUNTRIES)),
            ("places::DEMONYMS", lines(places::DEMONYMS)),
            ("places::CITIES", lines(places::CITIES)),
            ("places::REGIONS", lines(places::REGIONS)),
            ("places::PLACE_NOUNS", lines(places::PLACE_NOUNS)),
            ("places::AP_STATES", keys(places::AP_STATES)),
            ("places::PLACE_HEADS", lines(places::PLACE_HEADS)),
            ("places::BEFORE_OF", lines(places::BEFORE_OF)),
            ("places::BEFORE_TO", lines(places::BEFORE_TO)),
            ("places::BEFORE_FROM", lines(places::BEFORE_FROM)),
            ("names::FIRST_NAMES", lines(names::FIRST_NAMES)),
            ("names::FIRMS", lines(names::FIRMS)),
            ("names::INSTITUTION_WORDS", lines(names::INSTITUTION_WORDS)),
            ("languages::EN", languages::EN),
            ("languages::FR", languages::FR),
            ("languages::DE", languages::DE),
            ("languages::ES", languages::ES),
            ("languages::IT", languages::IT),
            ("languages::PT", languages::PT),
            ("languages::NL", languages::NL),
            ("titles::TITLES", lines(titles::TITLES)),
            ("titles::HONORIFICS", lines(titles::HONORIFICS)),
            ("titles::ROLE_MODIFIERS", lines(titles::ROLE_MODIFIERS)),
            ("titles::PERSON_NOUNS", lines(titles::PERSON_NOUNS)),
            ("months::MONTHS", keys(months::MONTHS)),
            ("months::AMBIGUOUS_MONTHS", months::AMBIGUOUS_MONTHS),
            ("months::HOLIDAYS", keys(months::HOLIDAYS)),
            ("months::MOVABLE_HOLIDAYS", keys(months::MOVABLE_HOLIDAYS)),
            ("months::NOT_HOLIDAY_BEFORE", months::NOT_HOLIDAY_BEFORE),
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
            ("date_words::DAY_PART_MODIFIERS", date_words::DAY_PART_MODIFIERS),
            ("date_words::FREQUENCIES", keys(date_words::FREQUENCIES)),
            ("date_words::DATE_PREPOSITIONS", date_words::DATE_PREPOSITIONS),
            ("date_words::NOT_YEAR_BEFORE", date_words::NOT_YEAR_BEFORE),
            ("date_words::STREET_WORDS", date_words::STREET_WORDS),
            ("date_words::TIME_ZONES", date_words::TIME_ZONES),
            ("date_words::APPROXIMATORS", date_words::APPROXIMATORS),
            ("date_words::FUTURE_MARKERS", date_words::FUTURE_MARKERS),
            ("date_words::PAST_MARKERS", date_words::PAST_MARKERS),
            ("date_words::PURPOSE_BEFORE_TO", date_words::PURPOSE_BEFORE_TO),
            ("date_words::SCHEDULE_VERBS", date_words::SCHEDULE_VERBS),
            ("date_words::SCHEDULE_VERBS_WITH", keys(date_words::SCHEDULE_VERBS_WITH)),
            ("date_words::SCHEDULE_NOT_AFTER", date_words::SCHEDULE_NOT_AFTER),
            ("date_words::NOT_PAST_AFTER", date_words::NOT_PAST_AFTER),
            ("date_words::IMPERATIVE_VERBS", date_words::IMPERATIVE_VERBS),
            ("date_words::IMPERATIVE_NEXT", date_words::IMPERATIVE_NEXT),
            ("date_words::IMPERATIVE_OPENERS", date_words::IMPERATIVE_OPENERS),
            ("date_words::SAME_SPEAKER_WORDS", date_words::SAME_SPEAKER_WORDS),
            ("date_words::SPEECH_VERBS", date_words::SPEECH_VERBS),
            ("quote_words::SUBJECT_SKIP", lines(quote_words::SUBJECT_SKIP)),
            ("quote_words::PRONOUNS", lines(quote_words::PRONOUNS)),
            ("quote_words::SPEAKER_NOUNS", lines(quote_words::SPEAKER_NOUNS)),
            ("quote_words::NP_STOP", lines(quote_words::NP_STOP)),
            ("quote_words::CLAUSE_OPENERS", lines(quote_words::CLAUSE_OPENERS)),
            ("quote_words::ADJUNCT_STARTS", lines(quote_words::ADJUNCT_STARTS)),
            ("quote_words::FORMULAIC", lines(quote_words::FORMULAIC)),
            ("quote_words::ORG_NOUNS", lines(quote_words::ORG_NOUNS)),
            ("quote_words::AUXILIARIES", lines(quote_words::AUXILIARIES)),
            ("quote_words::REPRESENTATIVES", lines(quote_words::REPRESENTATIVES)),
            ("speech_verbs::CUES", lines(speech_verbs::CUES)),
            ("speech_verbs::BARE_CLAUSE", lines(speech_verbs::BARE_CLAUSE)),
            ("speech_verbs::PHRASES", speech_verbs::PHRASES),
            ("speech_verbs::NAMING", lines(speech_verbs::NAMING)),
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

    /// Every word of every table is found, in any ASCII case; a word with one letter more or
    /// less is found only when the table holds it too.
    #[test]
    fn every_table_finds_its_words() {
        for (name, table) in all_tables() {
            for w in table {
                assert!(super::contains(table, w), "{name}: {w}");
                assert!(super::contains(table, &w.to_ascii_uppercase()), "{name}: {w}");
                let shorter = &w[..w.char_indices().last().map_or(0, |(i, _)| i)];
                for other in [format!("{w}x"), shorter.to_string()] {
                    assert_eq!(super::contains(table, &other), table.contains(&other.as_str()), "{name}: {other}");
                }
            }
        }
        for (k, (w, n)) in super::numbers::CARDINALS.iter().enumerate() {
            assert_eq!(super::lookup(super::numbers::CARDINALS, w), Some(*n), "{k}: {w}");
        }
        assert!(!super::contains(&[] as &[&str], "x"));
        assert_eq!(super::lookup::<u8>(&[], "x"), None);
    }

    #[test]
    fn ascii_lowercase_of_eight_bytes() {
        for b in 0..=255u8 {
            let x = u64::from_le_bytes([b, b'Q', 0xc3, b, b'@', b'[', b'z', b]);
            let want = u64::from_le_bytes([b.to_ascii_lowercase(), b'q', 0xc3, b.to_ascii_lowercase(), b'@', b'[', b'z', b.to_ascii_lowercase()]);
            assert_eq!(super::ascii_lowercase(x), want, "{b}");
        }
    }

    #[test]
    fn lookup_ignores_ascii_case() {
        assert_eq!(super::lookup(super::months::MONTHS, "February"), Some(2));
        assert_eq!(super::lookup(super::months::MONTHS, "Febr"), None);
    }
}
