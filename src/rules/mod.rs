//! Rules as data: word lists that the matchers build their patterns from. No logic here.
//!
//! Every table is lowercase, sorted and free of duplicates; `tests::tables_are_sorted`
//! checks it, so a matcher may binary-search any of them with [`contains`].

pub mod abbreviations;
pub mod common_words;
pub mod names;
pub mod organizations;
pub mod places;
pub mod titles;

/// True when the sorted table holds `word` (compared in lowercase ASCII).
pub fn contains(table: &[&str], word: &str) -> bool {
    if word.bytes().any(|b| b.is_ascii_uppercase()) {
        let lower = word.to_ascii_lowercase();
        table.binary_search(&lower.as_str()).is_ok()
    } else {
        table.binary_search(&word).is_ok()
    }
}

#[cfg(test)]
mod tests {
    /// Every table of this module, by name. A new table is added here too.
    pub(crate) fn all_tables() -> Vec<(&'static str, &'static [&'static str])> {
        use super::*;
        vec![
            ("abbreviations::TITLES", abbreviations::TITLES),
            ("abbreviations::AMBIGUOUS", abbreviations::AMBIGUOUS),
            ("abbreviations::STARTERS", abbreviations::STARTERS),
            ("common_words::NOT_NAMES", common_words::NOT_NAMES),
            ("organizations::ORG_WORDS", organizations::ORG_WORDS),
            ("organizations::KNOWN_ORGS", organizations::KNOWN_ORGS),
            ("places::COUNTRIES", places::COUNTRIES),
            ("places::DEMONYMS", places::DEMONYMS),
            ("places::CITIES", places::CITIES),
            ("places::REGIONS", places::REGIONS),
            ("places::PLACE_NOUNS", places::PLACE_NOUNS),
            ("places::PLACE_HEADS", places::PLACE_HEADS),
            ("names::FIRST_NAMES", names::FIRST_NAMES),
            ("titles::TITLES", titles::TITLES),
            ("titles::HONORIFICS", titles::HONORIFICS),
            ("titles::ROLE_MODIFIERS", titles::ROLE_MODIFIERS),
        ]
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
}
