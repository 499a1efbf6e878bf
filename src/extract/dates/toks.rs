//! A read-only view of the tokens for the matchers: bounds-checked lookups, so that a
//! pattern may look a few tokens ahead or behind without ever indexing out of range.
//!
//! What the rule tables say of each token is found once, here ([`Facts`]): one search of
//! one merged index per token, so that a matcher asking `is this a month?` of any token,
//! as often as it likes, reads a field instead of searching a table.

use std::sync::OnceLock;

use crate::doc::{Token, TokenKind};
use crate::rules::time_units::Unit;
use crate::rules::{date_words as dw, months, numbers, time_units, weekdays};

pub(crate) struct Toks<'a> {
    pub text: &'a str,
    pub toks: &'a [Token],
    /// Each token's text, lowercase text and lowercase core (see [`Toks::core`]), sliced
    /// once here, with what the tables say of them.
    words: Vec<Word<'a>>,
    /// The tokens where an expression may start (see [`Toks::anchors`]).
    hot: Vec<usize>,
}

#[derive(Clone, Copy)]
struct Word<'a> {
    s: &'a str,
    l: &'a str,
    core: &'a str,
    core_lower: &'a str,
    core_end: usize,
    /// The facts of `l` (for the word sets) and of `core_lower` (for the values).
    of_l: Facts,
    of_core: Facts,
    /// Starts with an uppercase letter; holds a hyphen.
    cap: bool,
    hyphen: bool,
}

/// A word table the matchers ask about by membership: one bit of [`Facts::sets`].
#[derive(Clone, Copy)]
pub(crate) enum Set {
    DatePrepositions,
    NotYearBefore,
    QuantityWords,
    StreetWords,
    VagueCounts,
    DurationAdjectives,
    TimeZones,
    FutureMarkers,
    Approximators,
    PastMarkers,
    SpeechVerbs,
    /// The first word of a holiday (`new` of `New Year's Day`).
    HolidayStart,
    /// The first word of a vague reference (`the` of `the past`), a vague reference of one
    /// word (`now`), the second word of one of several (`past` of `the past`).
    VagueStart,
    VagueWhole,
    VagueSecond,
    /// A word an expression may start with: a key of the tables above, or of [`STARTERS`].
    Keyword,
}

/// The tables behind each [`Set`] but the last three, which [`index`] fills itself.
const SETS: [(Set, &[&str]); 11] = [
    (Set::DatePrepositions, dw::DATE_PREPOSITIONS),
    (Set::NotYearBefore, dw::NOT_YEAR_BEFORE),
    (Set::QuantityWords, dw::QUANTITY_WORDS),
    (Set::StreetWords, dw::STREET_WORDS),
    (Set::VagueCounts, numbers::VAGUE_COUNTS),
    (Set::DurationAdjectives, dw::DURATION_ADJECTIVES),
    (Set::TimeZones, dw::TIME_ZONES),
    (Set::FutureMarkers, dw::FUTURE_MARKERS),
    (Set::Approximators, dw::APPROXIMATORS),
    (Set::PastMarkers, dw::PAST_MARKERS),
    (Set::SpeechVerbs, dw::SPEECH_VERBS),
];

/// The function words an expression may begin on, besides the keys of the rule tables.
const STARTERS: &[&str] = &[
    "coming", "each", "early", "earlier", "every", "half", "in", "last", "late", "later", "mid", "midday", "midnight",
    "next", "noon", "past", "per", "q1", "q2", "q3", "q4", "recent", "that", "the", "this",
];

/// What the date tables say of one lowercase word: zero and `None` where they say nothing.
#[derive(Clone, Copy, Default)]
struct Facts {
    /// Bits of [`Set`].
    sets: u16,
    /// January = 1.
    month: u8,
    /// Monday = 1.
    weekday: u8,
    cardinal: u8,
    /// Index + 1 into [`dw::SEASONS`], [`dw::PARTS_OF_DAY`], [`dw::FREQUENCIES`].
    season: u8,
    part_of_day: u8,
    frequency: u8,
    relative_day: Option<i8>,
    unit: Option<Unit>,
}

/// Every word of the date tables with its facts, found by hashing.
struct Index {
    words: Vec<&'static str>,
    facts: Vec<Facts>,
    /// An open-addressing hash table: `k + 1` for `words[k]`, 0 for an empty slot.
    slots: Vec<u16>,
    /// The length of the longest word, and the bytes words start with (a bit each).
    longest: usize,
    first_bytes: [u64; 4],
}

/// Slots of the hash table: a power of two, about three times the words.
const SLOTS: usize = 1024;

/// The hash of a word, as a slot: of its length and four of its bytes (the first two, the
/// middle and the last), enough to tell the table's words apart; one multiplication.
fn slot_of(w: &[u8]) -> usize {
    let n = w.len();
    let key = u64::from_le_bytes([n as u8, w[0], w[n.min(2) - 1], w[n / 2], w[n - 1], 0, 0, 0]);
    (key.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 54) as usize % SLOTS
}

impl Index {
    /// The facts of `w` (not empty), added if new.
    fn at(&mut self, w: &'static str) -> &mut Facts {
        let mut h = slot_of(w.as_bytes());
        loop {
            let k = self.slots[h] as usize;
            if k == 0 {
                self.words.push(w);
                self.facts.push(Facts::default());
                self.slots[h] = self.words.len() as u16;
                self.longest = self.longest.max(w.len());
                let b = w.as_bytes()[0];
                self.first_bytes[b as usize / 64] |= 1 << (b % 64);
                return &mut self.facts[self.words.len() - 1];
            }
            if self.words[k - 1] == w {
                return &mut self.facts[k - 1];
            }
            h = (h + 1) % SLOTS;
        }
    }
}

fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut ix =
            Index { words: Vec::new(), facts: Vec::new(), slots: vec![0; SLOTS], longest: 0, first_bytes: [0; 4] };
        let key = 1 << Set::Keyword as u16;
        for w in STARTERS {
            ix.at(w).sets |= key;
        }
        for (k, m) in months::MONTHS {
            ix.at(k).month = *m as u8;
        }
        for (k, d) in weekdays::WEEKDAYS {
            ix.at(k).weekday = *d as u8 + 1;
        }
        for (k, u) in time_units::TIME_UNITS {
            ix.at(k).unit = Some(*u);
        }
        for (k, n) in numbers::CARDINALS {
            ix.at(k).cardinal = *n as u8;
        }
        for (k, _) in numbers::ORDINALS {
            ix.at(k).sets |= key;
        }
        for (k, n) in dw::RELATIVE_DAYS {
            ix.at(k).relative_day = Some(*n as i8);
        }
        for (n, (k, _)) in dw::SEASONS.iter().enumerate() {
            ix.at(k).season = n as u8 + 1;
        }
        for (n, (k, _)) in dw::PARTS_OF_DAY.iter().enumerate() {
            ix.at(k).part_of_day = n as u8 + 1;
        }
        for (n, (k, _)) in dw::FREQUENCIES.iter().enumerate() {
            ix.at(k).frequency = n as u8 + 1;
        }
        for (k, _) in dw::VAGUE_REFS {
            let mut words = k.split(' ');
            ix.at(words.next().unwrap_or(k)).sets |= 1 << Set::VagueStart as u16;
            match words.next() {
                Some(second) => ix.at(second).sets |= 1 << Set::VagueSecond as u16,
                None => ix.at(k).sets |= 1 << Set::VagueWhole as u16,
            }
        }
        let holidays = months::HOLIDAYS.iter().map(|(k, _)| k).chain(months::MOVABLE_HOLIDAYS.iter().map(|(k, _)| k));
        for k in holidays {
            ix.at(k.split(' ').next().unwrap_or(k)).sets |= 1 << Set::HolidayStart as u16;
        }
        for (set, table) in SETS {
            for w in table {
                ix.at(w).sets |= 1 << set as u16;
            }
        }
        // a keyword: a word of the tables an expression may start with
        for f in ix.facts.iter_mut() {
            let starts = f.month | f.weekday | f.cardinal | f.season | f.part_of_day | f.frequency != 0
                || f.unit.is_some()
                || f.relative_day.is_some()
                || f.sets & (1 << Set::VagueCounts as u16 | 1 << Set::VagueStart as u16 | 1 << Set::HolidayStart as u16)
                    != 0;
            if starts {
                f.sets |= key;
            }
        }
        ix
    })
}

/// The facts of a lowercase word (all zero for a word of no table).
#[inline]
fn facts_of(ix: &Index, w: &str) -> Facts {
    let Some(&b) = w.as_bytes().first() else { return Facts::default() };
    if w.len() > ix.longest || ix.first_bytes[b as usize / 64] & 1 << (b % 64) == 0 {
        return Facts::default();
    }
    let mut h = slot_of(w.as_bytes());
    loop {
        let k = ix.slots[h] as usize;
        if k == 0 {
            return Facts::default();
        }
        if cmp_bytes(ix.words[k - 1], w).is_eq() {
            return ix.facts[k - 1];
        }
        h = (h + 1) % SLOTS;
    }
}

impl<'a> Toks<'a> {
    /// `lower` is `text` in ASCII lowercase: the same byte offsets, so a token's span reads
    /// either.
    pub fn new(text: &'a str, lower: &'a str, toks: &'a [Token]) -> Self {
        let ix = index();
        let key = 1 << Set::Keyword as u16;
        let mut hot = Vec::new();
        let words = toks
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let (a, b) = (t.span.start, t.span.end);
                let s = &text[a..b];
                let (core, core_end) = core_of(s, b);
                let l = &lower[a..b];
                let core_lower = if core.len() == l.len() { l } else { &l[..core.len()] };
                let of_l = facts_of(ix, l);
                let of_core = if core_lower.len() == l.len() { of_l } else { facts_of(ix, core_lower) };
                // every matcher begins on a number, a hyphenated word, an apostrophe or a
                // keyword (or a plural one: "Mondays")
                // one look at the bytes; 0x99 ends `’` (and other letters), rarely searched
                let (mut hyphen, mut quote) = (false, false);
                for &b in l.as_bytes() {
                    hyphen |= b == b'-';
                    quote |= b == b'\'' || b == 0x99;
                }
                let apostrophe = quote && (l.contains('\'') || l.contains('’'));
                let starts = l.as_bytes().first().is_some_and(u8::is_ascii_digit)
                    || hyphen
                    || apostrophe
                    || (of_l.sets | of_core.sets) & key != 0
                    || l.as_bytes().last() == Some(&b's') && facts_of(ix, &l[..l.len() - 1]).sets & key != 0;
                // ASCII decides without decoding a char
                let cap = match s.as_bytes().first() {
                    Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
                    _ => s.chars().next().is_some_and(char::is_uppercase),
                };
                if starts {
                    hot.push(i);
                }
                Word { s, l, core, core_lower, core_end, of_l, of_core, cap, hyphen }
            })
            .collect();
        Toks { text, toks, words, hot }
    }

    /// The indexes of the tokens where an expression may start: every matcher begins on a
    /// number, a hyphenated word, an apostrophe or a keyword, so the rest (most of a text)
    /// is skipped once for all.
    pub fn anchors(&self) -> impl Iterator<Item = usize> + '_ {
        self.hot.iter().copied()
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

    /// Token `i` (in lowercase) is in the word set.
    pub fn in_set(&self, i: usize, set: Set) -> bool {
        self.of_l(i).sets & 1 << set as u16 != 0
    }

    /// Token `i` starts with an uppercase letter.
    pub fn cap(&self, i: usize) -> bool {
        self.words.get(i).is_some_and(|w| w.cap)
    }

    /// Token `i` holds a hyphen.
    pub fn hyphen(&self, i: usize) -> bool {
        self.words.get(i).is_some_and(|w| w.hyphen)
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

    fn of_l(&self, i: usize) -> Facts {
        self.words.get(i).map_or(Facts::default(), |w| w.of_l)
    }

    /// The facts of token `i` without a possessive ending: the values below read these.
    fn of_core(&self, i: usize) -> Facts {
        self.words.get(i).map_or(Facts::default(), |w| w.of_core)
    }

    /// The month ([`months::MONTHS`]) token `i` names, without a possessive ending.
    pub fn month(&self, i: usize) -> Option<u32> {
        let m = self.of_core(i).month;
        (m != 0).then_some(m as u32)
    }

    /// The weekday ([`weekdays::WEEKDAYS`]), Monday = 0.
    pub fn weekday(&self, i: usize) -> Option<u32> {
        let d = self.of_core(i).weekday;
        (d != 0).then(|| d as u32 - 1)
    }

    /// The number ([`numbers::CARDINALS`]).
    pub fn cardinal(&self, i: usize) -> Option<u32> {
        let n = self.of_core(i).cardinal;
        (n != 0).then_some(n as u32)
    }

    /// The unit of time ([`time_units::TIME_UNITS`]).
    pub fn unit(&self, i: usize) -> Option<Unit> {
        self.of_core(i).unit
    }

    /// The shift in days ([`dw::RELATIVE_DAYS`]).
    pub fn relative_day(&self, i: usize) -> Option<i32> {
        self.of_core(i).relative_day.map(i32::from)
    }

    /// The season's code ([`dw::SEASONS`]).
    pub fn season(&self, i: usize) -> Option<&'static str> {
        code(dw::SEASONS, self.of_core(i).season)
    }

    /// The part of the day's code ([`dw::PARTS_OF_DAY`]).
    pub fn part_of_day(&self, i: usize) -> Option<&'static str> {
        code(dw::PARTS_OF_DAY, self.of_core(i).part_of_day)
    }

    /// The frequency's value ([`dw::FREQUENCIES`]).
    pub fn frequency(&self, i: usize) -> Option<&'static str> {
        code(dw::FREQUENCIES, self.of_core(i).frequency)
    }
}

/// The value of entry `n - 1` of the table, for `n` > 0.
fn code(table: &[(&str, &'static str)], n: u8) -> Option<&'static str> {
    (n as usize).checked_sub(1).and_then(|k| table.get(k)).map(|(_, v)| *v)
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

#[cfg(test)]
mod tests {
    /// The fixed-size table stays at most half full, so a probe always meets an empty slot
    /// (a full table would make every lookup of an unknown word loop for ever).
    #[test]
    fn the_word_index_stays_half_empty() {
        let ix = super::index();
        assert!(ix.words.len() * 2 <= super::SLOTS, "{} date words for {} slots", ix.words.len(), super::SLOTS);
    }
}
