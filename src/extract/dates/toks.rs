//! A read-only view of the tokens for the matchers: bounds-checked lookups, so that a
//! pattern may look a few tokens ahead or behind without ever indexing out of range.

use std::sync::OnceLock;

use crate::doc::{Token, TokenKind};

pub(crate) struct Toks<'a> {
    pub text: &'a str,
    pub toks: &'a [Token],
    /// Each token's text, lowercase text and lowercase core (see [`Toks::core`]), sliced
    /// once here: the matchers ask for them many times per token.
    words: Vec<Word<'a>>,
    /// The tokens where an expression may start (see [`Toks::anchors`]).
    hot: Vec<bool>,
}

#[derive(Clone, Copy)]
struct Word<'a> {
    s: &'a str,
    l: &'a str,
    core: &'a str,
    core_lower: &'a str,
    core_end: usize,
}

/// Every word an expression may start with: the keys of the rule tables and the function
/// words the matchers begin on. Digits, hyphenated words and apostrophes are let through
/// apart.
fn keywords() -> &'static Keywords {
    static WORDS: OnceLock<Keywords> = OnceLock::new();
    WORDS.get_or_init(|| {
        use crate::rules::{date_words as dw, months, numbers, time_units, weekdays};
        let mut w: Vec<&'static str> = vec![
            "coming", "each", "early", "earlier", "every", "half", "in", "last", "late", "later", "mid", "midday",
            "midnight", "next", "noon", "past", "per", "q1", "q2", "q3", "q4", "recent", "that", "the", "this",
        ];
        w.extend(months::MONTHS.iter().map(|(k, _)| *k));
        w.extend(weekdays::WEEKDAYS.iter().map(|(k, _)| *k));
        w.extend(time_units::TIME_UNITS.iter().map(|(k, _)| *k));
        w.extend(numbers::CARDINALS.iter().map(|(k, _)| *k));
        w.extend(numbers::ORDINALS.iter().map(|(k, _)| *k));
        w.extend(numbers::VAGUE_COUNTS);
        w.extend(dw::RELATIVE_DAYS.iter().map(|(k, _)| *k));
        w.extend(dw::SEASONS.iter().map(|(k, _)| *k));
        w.extend(dw::PARTS_OF_DAY.iter().map(|(k, _)| *k));
        w.extend(dw::FREQUENCIES.iter().map(|(k, _)| *k));
        w.extend(dw::VAGUE_REFS.iter().map(|(k, _)| k.split(' ').next().unwrap_or(k)));
        w.extend(months::HOLIDAYS.iter().map(|(k, _)| k.split(' ').next().unwrap_or(k)));
        w.sort_unstable();
        w.dedup();
        // where the words of each first byte begin: a search looks only among its own
        let mut from = [0u32; 257];
        for b in 0..=256usize {
            from[b] = w.partition_point(|k| (k.as_bytes().first().copied().unwrap_or(0) as usize) < b) as u32;
        }
        Keywords { words: w, from }
    })
}

/// The keywords, sorted, with the index where the words of each first byte begin.
struct Keywords {
    words: Vec<&'static str>,
    from: [u32; 257],
}

fn is_keyword(k: &Keywords, w: &str) -> bool {
    let Some(&b) = w.as_bytes().first() else { return k.words.first() == Some(&"") };
    let (lo, hi) = (k.from[b as usize] as usize, k.from[b as usize + 1] as usize);
    k.words.get(lo..hi).is_some_and(|bucket| has(bucket, w))
}

impl<'a> Toks<'a> {
    /// `lower` is `text` in ASCII lowercase: the same byte offsets, so a token's span reads
    /// either.
    pub fn new(text: &'a str, lower: &'a str, toks: &'a [Token]) -> Self {
        let words = toks
            .iter()
            .map(|t| {
                let (a, b) = (t.span.start, t.span.end);
                let s = &text[a..b];
                let (core, core_end) = core_of(s, b);
                let l = &lower[a..b];
                Word { s, l, core, core_lower: &lower[core_end - core.len()..core_end], core_end }
            })
            .collect();
        let mut t = Toks { text, toks, words, hot: Vec::new() };
        let words = keywords();
        t.hot = t
            .words
            .iter()
            .map(|w| {
                let (l, core) = (w.l, w.core_lower);
                l.starts_with(|c: char| c.is_ascii_digit())
                    || l.bytes().any(|b| b == b'-' || b == b'\'') || l.contains('’')
                    || is_keyword(words, l)
                    || is_keyword(words, core)
                    // plural days: "Mondays"
                    || l.strip_suffix('s').is_some_and(|s| is_keyword(words, s))
            })
            .collect();
        t
    }

    /// The indexes of the tokens where an expression may start: every matcher begins on a
    /// number, a hyphenated word, an apostrophe or a word of [`keywords`], so the rest (most
    /// of a text) is skipped once for all.
    pub fn anchors(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.toks.len()).filter(|&i| self.hot[i])
    }

    pub fn len(&self) -> usize {
        self.toks.len()
    }

    /// The text of token `i`, or `""` past either end.
    pub fn s(&self, i: usize) -> &'a str {
        self.words.get(i).map_or("", |w| w.s)
    }

    /// The text of token `i` in ASCII lowercase, or `""` past either end.
    pub fn l(&self, i: usize) -> &'a str {
        self.words.get(i).map_or("", |w| w.l)
    }

    pub fn start(&self, i: usize) -> usize {
        self.toks.get(i).map_or(self.text.len(), |t| t.span.start)
    }

    pub fn end(&self, i: usize) -> usize {
        self.toks.get(i).map_or(self.text.len(), |t| t.span.end)
    }

    pub fn kind(&self, i: usize) -> Option<TokenKind> {
        self.toks.get(i).map(|t| t.kind)
    }

    /// Token `i` is the word `w`, given in lowercase (the token's case is ignored).
    pub fn is(&self, i: usize, w: &str) -> bool {
        cmp_bytes(self.l(i), w).is_eq()
    }

    /// Token `i` is in the sorted lowercase table.
    pub fn is_in(&self, i: usize, table: &[&str]) -> bool {
        let s = self.l(i);
        !s.is_empty() && has(table, s)
    }

    /// Token `i` starts with an uppercase letter.
    pub fn cap(&self, i: usize) -> bool {
        self.s(i).chars().next().is_some_and(char::is_uppercase)
    }

    /// Token `i` follows token `i - 1` with no space between.
    pub fn glued(&self, i: usize) -> bool {
        i > 0 && i < self.len() && self.end(i - 1) == self.start(i)
    }

    /// Token `i` as a plain digit string (no `,` `.` `:`), at most 9 digits.
    pub fn digits(&self, i: usize) -> Option<&'a str> {
        let s = self.s(i);
        (!s.is_empty() && s.len() <= 9 && s.bytes().all(|b| b.is_ascii_digit())).then_some(s)
    }

    /// Token `i` as a plain number.
    pub fn num(&self, i: usize) -> Option<u32> {
        self.digits(i).and_then(|s| s.parse().ok())
    }

    /// Token `i` without a possessive ending, and where that core ends: `Monday's` is
    /// `Monday`, `year’s` is `year`.
    pub fn core(&self, i: usize) -> (&'a str, usize) {
        self.words.get(i).map_or(("", self.text.len()), |w| (w.core, w.core_end))
    }

    /// Token `i` in lowercase without a possessive ending (see [`Toks::core`]).
    pub fn core_lower(&self, i: usize) -> &'a str {
        self.words.get(i).map_or("", |w| w.core_lower)
    }

    /// The sorted table's value for token `i` without a possessive ending.
    pub fn lookup<T: Copy>(&self, i: usize, table: &[(&str, T)]) -> Option<T> {
        let c = self.core_lower(i);
        if c.is_empty() {
            return None;
        }
        table.binary_search_by(|(k, _)| cmp_bytes(k, c)).ok().map(|k| table[k].1)
    }
}

/// `s` (a token ending at byte `end`) without a possessive ending, and where that core ends.
fn core_of(s: &str, end: usize) -> (&str, usize) {
    // every ending below ends in `s`, `'` or the last byte of `’`
    if !matches!(s.as_bytes().last(), Some(b's' | b'\'' | 0x99)) {
        return (s, end);
    }
    for suffix in ["'s", "’s", "'", "’"] {
        if let Some(c) = s.strip_suffix(suffix) {
            if !c.is_empty() && (suffix.len() > 1 || c.ends_with('s')) {
                return (c, end - suffix.len());
            }
        }
    }
    (s, end)
}

/// The sorted table holds `w` (exactly: both sides already lowercase).
pub(crate) fn has(table: &[&str], w: &str) -> bool {
    table.binary_search_by(|k| cmp_bytes(k, w)).is_ok()
}

/// The order of `str`, byte by byte, written out so that it inlines: table words are short,
/// and most comparisons end on the first byte (a call to `memcmp` costs more than the words).
#[inline]
fn cmp_bytes(a: &str, b: &str) -> std::cmp::Ordering {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    for (x, y) in a.iter().zip(b) {
        if x != y {
            return x.cmp(y);
        }
    }
    a.len().cmp(&b.len())
}
