//! Turns each candidate's [`Val`] into a TIMEX3 value, in text order.
//!
//! The reference date is the anchor (publication date) in the narrative. Inside quotation
//! marks it is the day the words were said, when the narrative tells it with a date right
//! after a verb of saying (`Stoltenberg said on February 13 that ...`, `Speaking to
//! reporters on February 13, ...`, `On February 11, Russia said ...`): the quote takes the
//! last such date of its own paragraph or the three before. A reported clause outside quotes
//! counts from the day its reporting clause names (`told reporters on Monday that results
//! would be known by Wednesday`, `On Monday, the mayor said ...`). `the following day`
//! counts from the last day the narrative named. Dates without a year take the year that puts them
//! closest to the reference date, unless the tense of the sentence points the other way and
//! the closest is well on the wrong side.

use super::toks::{has, Set, Toks};
use super::{Cand, Clock, Dir, From, Part, Val, YearSpec};
use crate::calendar::Date;
use crate::card::{DateMention, TimexType};
use crate::doc::{Document, Span};
use crate::rules::date_words::{
    DEADLINE_VERBS, IMPERATIVE_NEXT, IMPERATIVE_OPENERS, IMPERATIVE_VERBS, MONTH_RANGE_JOINERS, NOT_PAST_AFTER,
    PRESENT_STATE, PURPOSE_BEFORE_TO, SAME_SPEAKER_WORDS, SCHEDULE_NOT_AFTER, SCHEDULE_VERBS, SCHEDULE_VERBS_WITH,
};
use crate::rules::time_units::Unit;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Tense {
    None,
    Past,
    Future,
}

/// What a value is resolved against.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Ctx {
    /// The anchor, or the day a quote was said.
    pub reference: Option<Date>,
    /// The day the narrative last named, and the sentence where it did.
    pub narrative: Option<(Date, usize)>,
    /// The last date of any granularity the narrative named (`in 2009` is mid-2009), for
    /// shifts by months or years (`a year earlier`).
    pub narrative_any: Option<Date>,
    pub tense: Tense,
    pub sentence: usize,
    /// The first sentence whose named day a clock time without one takes: its own, or the
    /// one before when both are in the same paragraph (`... early Saturday. Crews arrived at
    /// 3:40 a.m.`).
    pub day_from: usize,
    /// The year the sentence names (`Last year`, `in 2019`), which bare months and seasons
    /// of the sentence take whatever the tense.
    pub year: Option<i32>,
}

pub(crate) fn resolve(doc: &Document, t: &Toks, cands: Vec<Cand>, anchor: Option<Date>) -> Vec<DateMention> {
    let quotes = quote_regions(doc);
    let quote_at = |pos: usize| {
        let i = quotes.partition_point(|q| q.end <= pos);
        quotes.get(i).filter(|q| q.start <= pos).copied()
    };
    let in_quote = |pos: usize| quote_at(pos).is_some();
    let mut values: Vec<Option<String>> = vec![None; cands.len()];
    // the tense marker of each token, found once (0: not yet looked at)
    let mut markers = vec![0u8; doc.tokens.len()];
    // Pass 1: the narrative, in order; it names the days that quotes were said.
    let mut narrative: Option<(Date, usize)> = None;
    let mut narrative_any: Option<Date> = None;
    // the token before the day the narrative last named (`from` of `from Monday night`)
    let mut range_open: Option<usize> = None;
    // (paragraph, byte, date, the speaker's word: `pistorius`, `he`, `spokesman`)
    let mut said_on: Vec<(usize, usize, Date, &str)> = Vec::new();
    // (sentence, byte, day) of a reported clause outside quotes and the day it was said:
    // `said on Monday that ...`
    let mut reported: Option<(usize, usize, Date)> = None;
    // (sentence, candidate) of each year that opens its sentence: `Last year, ...`, `In 2019,
    // ...`; a year further on is as often another time (`in February, ... since its launch
    // in 2003`, `in March, ... the highest since 1983`)
    let years: Vec<(usize, usize)> = cands
        .iter()
        .enumerate()
        .filter(|(_, c)| explicit_year(&c.val, anchor).is_some())
        .filter_map(|(k, c)| Some((opening_sentence(doc, t, c)?, k)))
        .collect();
    let year_of = |c: &Cand, sentence: usize, reference: Option<Date>| {
        if !takes_sentence_year(&c.val) {
            return None;
        }
        let i = years.partition_point(|y| y.0 < sentence);
        let y = years.get(i).filter(|y| y.0 == sentence && cands[y.1].start < c.start)?;
        explicit_year(&cands[y.1].val, reference)
    };
    // the year written after a month or season, its own or its range's
    let trailing = trailing_years(doc, t, &cands);
    let own_year = |k: usize, reference: Option<Date>| {
        let (y, back) = trailing[k]?;
        Some(named_year(&cands[y].val, reference)? - back)
    };
    for (k, c) in cands.iter().enumerate() {
        if in_quote(c.start) {
            continue;
        }
        let sentence = doc.sentence_at(c.start).unwrap_or(0);
        let tense = if needs_tense(&c.val) { tense(doc, t, c, None, &mut markers) } else { Tense::None };
        let day_from = if matches!(c.val, Val::Time { day: None, .. }) {
            // a date later in its own sentence is its day sooner than one before
            let dated_later = cands[k + 1..]
                .iter()
                .take_while(|n| doc.sentence_at(n.start) == Some(sentence))
                .any(|n| n.kind == TimexType::Date);
            day_from(doc, c, sentence, narrative.map(|(_, s)| s), || {
                !dated_later && self::tense(doc, t, c, None, &mut markers) == Tense::Past
            })
        } else {
            sentence
        };
        let year = own_year(k, anchor).or_else(|| year_of(c, sentence, anchor));
        // "from Monday night until Wednesday afternoon": the end of a range follows its start
        let range_start = narrative
            .filter(|(_, s)| *s == sentence && ends_range(t, range_open, doc.token_index_at(c.start), &c.val))
            .map(|(d, _)| d);
        // "told reporters on Monday that results would be known by Wednesday": the reported
        // clause counts from the day it was said
        let base = reported.filter(|&(s, from, _)| s == sentence && c.start >= from).map_or(anchor, |r| Some(r.2));
        let (reference, tense) = range_start.map_or((base, tense), |d| (Some(d), Tense::Future));
        let ctx = Ctx { reference, narrative, narrative_any, tense, sentence, day_from, year };
        let value = value_of(&c.val, &ctx);
        if c.kind == TimexType::Date {
            if let Some(d) = approximate_date(&value) {
                narrative_any = Some(d);
            }
        }
        // a day, or the day of a time (`Monday night`)
        let day = match c.kind {
            TimexType::Date => Date::parse_ymd(&value),
            TimexType::Time if value.as_bytes().get(10) == Some(&b'T') => Date::parse_ymd(&value[..10]),
            _ => None,
        };
        if let Some(day) = day {
            narrative = Some((day, sentence));
            range_open = doc.token_index_at(c.start).checked_sub(1);
            if let Some(verb) = speech_verb_of_date(doc, t, c) {
                said_on.push((doc.paragraph_at(c.start).unwrap_or(0), c.start, day, subject(t, verb)));
                // the clause after `said on Monday that`, or after `said` of `On Monday, X said`
                let after = doc.token_index_at(c.end);
                if verb > after {
                    reported = Some((sentence, t.end(verb), day));
                } else if t.is(after, "that") {
                    reported = Some((sentence, t.end(after), day));
                }
            }
        }
        values[k] = Some(value);
    }
    // Pass 2: inside quotes, against the day the words were said.
    let mut other_speaker: Option<(usize, usize, bool)> = None; // (paragraph, said_on index, answer)
    for (k, c) in cands.iter().enumerate() {
        if values[k].is_some() {
            continue;
        }
        let sentence = doc.sentence_at(c.start).unwrap_or(0);
        let paragraph = doc.paragraph_at(c.start).unwrap_or(0);
        // the last date of saying before the quote (its paragraph or the three before, unless
        // its own paragraph gives the words to someone else), or the first after it in its
        // own paragraph (`"...," he said on Monday.`)
        let next = said_on.partition_point(|s| s.1 < c.start);
        let before = next.checked_sub(1).filter(|&j| {
            let (p, _, _, speaker) = said_on[j];
            paragraph - p <= 3
                && (p == paragraph || {
                    let answer = match other_speaker {
                        Some((op, oj, a)) if op == paragraph && oj == j => a,
                        _ => {
                            let a = names_other_speaker(doc, t, paragraph, speaker, &in_quote);
                            other_speaker = Some((paragraph, j, a));
                            a
                        }
                    };
                    !answer
                })
        });
        let before = before.map(|j| said_on[j]);
        let after = said_on.get(next).copied().filter(|(p, _, _, _)| *p == paragraph);
        let spoken = match (before, after) {
            (Some(b), Some(a)) if b.0 != paragraph || a.1 - c.start < c.start - b.1 => Some(a.2),
            (Some(b), _) => Some(b.2),
            (None, a) => a.map(|a| a.2),
        };
        let reference = spoken.or(anchor);
        let ctx = Ctx {
            reference,
            narrative: reference.map(|d| (d, sentence)),
            narrative_any: reference,
            tense: if needs_tense(&c.val) { tense(doc, t, c, quote_at(c.start), &mut markers) } else { Tense::None },
            sentence,
            day_from: sentence,
            year: own_year(k, reference).or_else(|| year_of(c, sentence, reference)),
        };
        values[k] = Some(value_of(&c.val, &ctx));
    }
    cands
        .into_iter()
        .zip(values)
        .map(|(c, v)| DateMention {
            text: doc.text[c.start..c.end].to_string(),
            start: c.start,
            end: c.end,
            kind: c.kind,
            value: v.unwrap_or_default(),
            sentence: doc.sentence_at(c.start).unwrap_or(0),
        })
        .collect()
}

/// Whether the named day `val` (at token `first`) ends a range whose start the narrative
/// just named after the token `open`: `from Monday to Friday`, `from Monday night until
/// Wednesday afternoon`, `between Tuesday and Thursday`.
fn ends_range(t: &Toks, open: Option<usize>, first: usize, val: &Val) -> bool {
    let weekday = match val {
        Val::Time { day: Some(d), .. } => matches!(**d, Val::Weekday { dir: Dir::Auto, .. }),
        v => matches!(v, Val::Weekday { dir: Dir::Auto, .. }),
    };
    let (Some(open), Some(prev)) = (open, first.checked_sub(1)) else { return false };
    weekday
        && (t.is(open, "from") && t.is_in(prev, &["through", "till", "to", "until"])
            || t.is(open, "between") && t.is(prev, "and"))
}

/// The first sentence whose named day the clock time `c` (in `sentence`) takes: the one
/// before when it is in the same paragraph. When the time's sentence opens its paragraph and
/// is in the past tense and names no date after it (`past`), the sentence `named` that last named a day, if it is at
/// most two sentences back and in one of the two paragraphs before (`Police were called
/// early Sunday ...` then a paragraph `Officers arrived at 2:15 a.m. ...`); else its own.
fn day_from(doc: &Document, c: &Cand, sentence: usize, named: Option<usize>, past: impl FnOnce() -> bool) -> usize {
    let paragraph_of = |s: usize| doc.sentences.get(s).and_then(|s| doc.paragraph_at(s.span.start));
    let here = doc.paragraph_at(c.start);
    match sentence.checked_sub(1) {
        Some(prev) if paragraph_of(prev) == here => prev,
        _ => match (named, here) {
            (Some(s), Some(p))
                if s < sentence && sentence - s <= 2 && paragraph_of(s).is_some_and(|q| q + 2 >= p) && past() =>
            {
                s
            }
            _ => sentence,
        },
    }
}

/// The sentence that `c` opens, alone or after `In` or `During`.
fn opening_sentence(doc: &Document, t: &Toks, c: &Cand) -> Option<usize> {
    let sentence = doc.sentence_at(c.start)?;
    let first = doc.token_index_at(doc.sentences[sentence].span.start);
    let at = doc.token_index_at(c.start);
    (at == first || (at == first + 1 && t.is_in(first, &["during", "in"]))).then_some(sentence)
}

/// Whether `val` leaves its year to the sentence when the sentence names one: a bare month
/// or season (`in March`, `in spring`), a part `of the year` (`In 2019, ... in the second half
/// of the year`), not `last March` nor a day.
fn takes_sentence_year(val: &Val) -> bool {
    matches!(
        val,
        Val::Month { year: None, dir: Dir::Auto, .. }
            | Val::Part { year: YearSpec::Implied(Dir::Auto), part: Part::Season(_) }
            | Val::Part { year: YearSpec::TheYear, .. }
    )
}

/// For each candidate that leaves its year to the sentence ([`takes_sentence_year`]), the
/// candidate naming its year when one follows it at once (`September last year`, `October of
/// next year`) or follows the month it is joined to (`between June and September last year`,
/// `from March to May 2024`), with the years to take off (`from December to February
/// last year`: December of the year before).
fn trailing_years(doc: &Document, t: &Toks, cands: &[Cand]) -> Vec<Option<(usize, i32)>> {
    let mut out: Vec<Option<(usize, i32)>> = vec![None; cands.len()];
    for k in (0..cands.len().saturating_sub(1)).rev() {
        let (c, next) = (&cands[k], &cands[k + 1]);
        if !takes_sentence_year(&c.val) {
            continue;
        }
        let after = doc.token_index_at(c.end);
        let at = doc.token_index_at(next.start);
        let year_word =
            matches!(next.val, Val::Shift { from: From::Reference, unit: Unit::Year, gran: Unit::Year, .. })
                || explicit_year(&next.val, None).is_some();
        if year_word && (at == after || at == after + 1 && t.is(after, "of")) {
            out[k] = Some((k + 1, 0));
        } else if at == after + 1 && t.is_in(after, MONTH_RANGE_JOINERS) {
            let wrap = match (&c.val, &next.val) {
                (Val::Month { month: a, .. }, Val::Month { month: b, .. }) => (a > b) as i32,
                _ => 0,
            };
            out[k] = match next.val {
                Val::Month { year: Some(_), .. } => Some((k + 1, wrap)),
                _ => out[k + 1].map(|(y, back)| (y, back + wrap)),
            };
        }
    }
    out
}

/// The year a year expression or a month of a known year names.
fn named_year(val: &Val, reference: Option<Date>) -> Option<i32> {
    match val {
        Val::Month { year: Some(y), .. } => Some(*y),
        v => explicit_year(v, reference),
    }
}

/// The year a year expression names: `2019`, `last year` (against `reference`).
fn explicit_year(val: &Val, reference: Option<Date>) -> Option<i32> {
    match val {
        Val::Lit(s) if s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit()) => s.parse().ok(),
        Val::Shift { from: From::Reference, n, unit: Unit::Year, gran: Unit::Year } => reference.map(|r| r.year + n),
        _ => None,
    }
}

/// A date standing for a value of year or month granularity: `2009` is 2009-07-01,
/// `2009-03` is 2009-03-15, `2009-03-02` itself.
fn approximate_date(value: &str) -> Option<Date> {
    let b = value.as_bytes();
    if b.len() < 4 || !b[..4].iter().all(u8::is_ascii_digit) {
        return None;
    }
    let year: i32 = value[..4].parse().ok()?;
    let month = value.get(5..7).filter(|m| b[4] == b'-' && m.bytes().all(|c| c.is_ascii_digit()));
    match (b.len(), month) {
        (10, Some(_)) => Date::parse_ymd(value),
        (_, Some(m)) => Date::new(year, m.parse().ok()?, 15),
        (4, _) => Date::new(year, 7, 1),
        // 2005-Q4, 2022-SU, 2023-W07: the year is what counts
        (_, None) if b[4] == b'-' => Date::new(year, 7, 1),
        _ => None,
    }
}

/// The spans between quotation marks, paragraph by paragraph: `“...”`, `"..."`, `«...»`.
/// An unclosed quote runs to the end of its paragraph.
pub(crate) fn quote_regions(doc: &Document) -> Vec<Span> {
    let mut out = Vec::new();
    for p in &doc.paragraphs {
        let Some(text) = doc.text.get(p.start..p.end) else { continue };
        let mut open: Option<usize> = None;
        let marks = mark_bytes(text.as_bytes());
        for (i, ch) in marks.filter_map(|i| Some((i, text.get(i..)?.chars().next()?))) {
            let at = p.start + i;
            match (ch, open) {
                ('“' | '«' | '„', None) | ('"', None) => open = Some(at + ch.len_utf8()),
                ('”' | '»' | '"', Some(s)) => {
                    out.push(Span::new(s, at));
                    open = None;
                }
                _ => {}
            }
        }
        if let Some(s) = open {
            out.push(Span::new(s, p.end));
        }
    }
    out
}

/// Where a quotation mark may start: every one starts with `"` or the byte 0xC2 or 0xE2,
/// which never continue a character. Eight bytes of plain ASCII without `"` are passed over
/// at once (most of a text).
fn mark_bytes(b: &[u8]) -> impl Iterator<Item = usize> + '_ {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    b.chunks(8).enumerate().flat_map(|(n, chunk)| {
        let w = <[u8; 8]>::try_from(chunk).map_or(HIGH, u64::from_le_bytes);
        let q = w ^ (ONES * b'"' as u64);
        // no byte of 0x80 or more, no byte equal to `"`
        let plain = w & HIGH == 0 && q.wrapping_sub(ONES) & !q & HIGH == 0;
        let rest = if plain { &[][..] } else { chunk };
        rest.iter().enumerate().filter(|(_, b)| matches!(b, b'"' | 0xC2 | 0xE2)).map(move |(i, _)| n * 8 + i)
    })
}

/// Whether [`value_of`] reads the tense for `val`: only values that leave a year or a
/// direction to the context do.
fn needs_tense(val: &Val) -> bool {
    match val {
        Val::Day { year, .. } | Val::Month { year, .. } | Val::Yearly { year, .. } => year.is_none(),
        Val::Weekday { .. } | Val::Weekend(_) => true,
        Val::Part { year, .. } => matches!(year, YearSpec::Implied(_) | YearSpec::TheYear),
        Val::Time { day: Some(v), .. } => needs_tense(v),
        _ => false,
    }
}

/// The tense of the clause around the candidate: the nearest marker before it within the
/// sentence (up to ten words back: the verb usually comes first, `lost money in the third
/// quarter`), else a request (`Come back on Friday`: [`request`]), else the nearest marker
/// within six words after it. Inside the quotation `quote`, only its own words count (not
/// the `she said` after it). `memo` keeps each token's marker once found, so that close
/// candidates do not look at the same words again.
fn tense(doc: &Document, t: &Toks, c: &Cand, quote: Option<Span>, memo: &mut [u8]) -> Tense {
    let Some(s) = doc.sentence_at(c.start).map(|i| doc.sentences[i].span) else { return Tense::None };
    let first = doc.token_index_at(c.start);
    let after = doc.token_index_at(c.end);
    let (mut lo, mut hi) = (doc.token_index_at(s.start), doc.token_index_at(s.end));
    if let Some(q) = quote {
        lo = lo.max(doc.token_index_at(q.start));
        hi = hi.min(doc.token_index_at(q.end));
    }
    // "wanted the budget passed by Christmas": a wish's or an expectation's deadline lies
    // ahead, whatever participle stands between (within the clause, ten words back)
    if first > lo && t.is(first - 1, "by") && deadline(t, lo, first - 1) {
        return Tense::Future;
    }
    // an appointment: "The deadline is Friday", "A vigil is 7 p.m. Friday", "Services are at
    // 11 a.m. Saturday"
    let copula = |k: usize| k >= lo && t.is_in(k, &["are", "is"]);
    let skip = first > lo && t.is_in(first - 1, &["at", "for", "on"]);
    if first > lo && (first - 1).checked_sub(skip as usize).is_some_and(copula) {
        return Tense::Future;
    }
    let mut marker = |i: usize| {
        let m = match memo.get(i) {
            Some(&m) if m != 0 => m,
            _ => {
                let m = match marker(t, i) {
                    None => 1,
                    Some(Tense::Past) => 2,
                    Some(_) => 3,
                };
                if let Some(slot) = memo.get_mut(i) {
                    *slot = m;
                }
                m
            }
        };
        match m {
            2 => Some(Tense::Past),
            3 => Some(Tense::Future),
            _ => None,
        }
    };
    // "until Friday", "till March": the end of a wait lies ahead ("will stay closed until",
    // "is closed until", "has kept markets closed until"), unless the verb before it is past
    // ("stayed closed until Wednesday", "was held until Friday"): the nearest future marker,
    // present state or irregular past (not after `has`) decides, else any past in `-ed`
    if first > lo && t.is_in(first - 1, &["till", "until"]) {
        let mut weak_past = false;
        for k in (lo..first - 1).rev().take(10) {
            if t.is_in(k, PRESENT_STATE) {
                return Tense::Future;
            }
            match marker(k) {
                Some(Tense::Past) if t.in_set(k, Set::PastMarkers) && !(k > 0 && t.is_in(k - 1, PRESENT_STATE)) => {
                    return Tense::Past
                }
                Some(Tense::Past) => weak_past = true,
                Some(m) => return m,
                None => {}
            }
        }
        return if weak_past { Tense::Past } else { Tense::Future };
    }
    let back = (1..=10).filter(|d| first >= lo + d).find_map(|d| marker(first - d));
    let back = back.or_else(|| (lo < first && request(t, lo)).then_some(Tense::Future));
    back.or_else(|| (after..hi.min(after + 6)).find_map(&mut marker)).unwrap_or(Tense::None)
}

/// A verb of [`DEADLINE_VERBS`] stands within ten words before token `by` (not before `lo`),
/// with no comma, semicolon or `but` between.
fn deadline(t: &Toks, lo: usize, by: usize) -> bool {
    (1..=10)
        .take_while(|&d| by >= lo + d && !matches!(t.s(by - d), "," | ";") && !t.is(by - d, "but"))
        .any(|d| t.is_in(by - d, DEADLINE_VERBS))
}

/// The clause starting at token `i` is a request, which looks ahead: a capitalised verb of
/// [`IMPERATIVE_VERBS`] followed by a word of [`IMPERATIVE_NEXT`] (`Ask me again`, `Come
/// back`, `Call the helpline`), or a word of [`IMPERATIVE_OPENERS`] (`Please`, `Don't`).
fn request(t: &Toks, i: usize) -> bool {
    t.cap(i) && (t.is_in(i, IMPERATIVE_OPENERS) || t.is_in(i, IMPERATIVE_VERBS) && t.is_in(i + 1, IMPERATIVE_NEXT))
}

fn marker(t: &Toks, i: usize) -> Option<Tense> {
    let w = t.s(i);
    // every marker starts with a letter, but for the endings `'ll` and `'d`: most tokens
    // (numbers, punctuation) leave here
    if !(w.as_bytes().first().is_some_and(u8::is_ascii_alphabetic) || w.ends_with("ll") || w.ends_with('d')) {
        return None;
    }
    // "set to reopen", "is set for 9 a.m. Monday"
    let set_to = t.is(i, "set") && t.is_in(i + 1, &["for", "to"]);
    // "he'd announce", "we'll see"; "May" with a capital is the month, not the modal
    let contracted = ["'ll", "’ll", "'d", "’d"].iter().any(|e| w.ends_with(e));
    if (t.in_set(i, Set::FutureMarkers) && w != "May") || contracted || set_to || purpose(t, i) || scheduled(t, i) {
        return Some(Tense::Future);
    }
    // a participle after a form of "be" is no past tense ("should be completed in October",
    // "will be held at 10 a.m. Saturday"), nor a base form after a modal ("will hit")
    let lower_ed = || w.len() >= 5 && w.ends_with("ed") && w.bytes().all(|b| b.is_ascii_lowercase());
    let not_past = || i > 0 && t.is_in(i - 1, NOT_PAST_AFTER);
    ((t.in_set(i, Set::PastMarkers) || lower_ed()) && !not_past()).then_some(Tense::Past)
}

/// Token `i` is a verb of a fixture or a schedule in the present tense, in lowercase and
/// not after a word of [`SCHEDULE_NOT_AFTER`]: `Leeds host Burnley`, `the team travel to
/// Madrid`, but not `his visit`, `did not play`.
fn scheduled(t: &Toks, i: usize) -> bool {
    let w = t.s(i);
    let verb = t.is_in(i, SCHEDULE_VERBS)
        || crate::rules::lookup(SCHEDULE_VERBS_WITH, t.l(i)).is_some_and(|particle| t.is(i + 1, particle));
    let after_noun_word = || {
        i > 0 && {
            let before = t.l(i - 1);
            has(SCHEDULE_NOT_AFTER, before) || before.ends_with("'s") || before.ends_with("’s")
        }
    };
    verb && w.bytes().all(|b| b.is_ascii_lowercase()) && !after_noun_word()
}

/// Token `i` is the `to` of a purpose, `to` and a verb a few words after a word of
/// [`PURPOSE_BEFORE_TO`]: `urged hospitals to stock vaccines`, `in order to finish`.
fn purpose(t: &Toks, i: usize) -> bool {
    let next = t.s(i + 1);
    t.is(i, "to")
        && !next.is_empty()
        && next.bytes().all(|b| b.is_ascii_lowercase())
        && !t.is_in(i + 1, &["a", "an", "the"])
        && (1..=6).any(|d| i >= d && t.is_in(i - d, PURPOSE_BEFORE_TO))
}

/// Whether paragraph `p` gives its words (outside quotes) to a speaker other than `speaker`
/// by a verb of saying with a subject that is neither a pronoun nor `speaker` itself
/// (`Poland's prime minister told reporters`, but not `he said`, `Pistorius said`).
fn names_other_speaker(doc: &Document, t: &Toks, p: usize, speaker: &str, in_quote: &impl Fn(usize) -> bool) -> bool {
    let Some(span) = doc.paragraphs.get(p) else { return false };
    let (lo, hi) = (doc.token_index_at(span.start), doc.token_index_at(span.end));
    (lo..hi).any(|i| {
        t.in_set(i, Set::SpeechVerbs) && !in_quote(t.start(i)) && {
            let who = subject(t, i);
            !who.is_empty() && who != speaker && !has(SAME_SPEAKER_WORDS, who)
        }
    })
}

/// The word naming who speaks by the verb of saying `i`: the word before it (`Pistorius
/// said`, `he said`, `Scholz, told`), else the word after it (`said Jones`, `said the
/// minister`), in lowercase; empty if none.
fn subject<'a>(t: &Toks<'a>, i: usize) -> &'a str {
    let word = |k: usize| t.s(k).as_bytes().first().is_some_and(u8::is_ascii_alphabetic);
    if i >= 1 && word(i - 1) {
        return t.l(i - 1);
    }
    if i >= 2 && t.s(i - 1) == "," && word(i - 2) {
        return t.l(i - 2);
    }
    let k = if t.is_in(i + 1, &["a", "an", "the"]) { i + 2 } else { i + 1 };
    if word(k) {
        t.l(k)
    } else {
        ""
    }
}

/// The verb of saying of a date that says when something was said: `said on February 13`,
/// `Speaking to reporters on February 13`, `told reporters Monday`, `On February 11, Russia
/// said`.
fn speech_verb_of_date(doc: &Document, t: &Toks, c: &Cand) -> Option<usize> {
    let first = doc.token_index_at(c.start);
    let word = |i: usize| doc.tokens.get(i).map_or("", |t| &doc.text[t.span.start..t.span.end]);
    let speech = |i: usize| t.in_set(i, Set::SpeechVerbs);
    // "... said on DATE", "... told reporters on DATE", "said DATE"
    let before = if first > 0 && word(first - 1).eq_ignore_ascii_case("on") { first - 1 } else { first };
    if let Some(d) =
        (1..=4).find(|&d| before >= d && speech(before - d) && (1..d).all(|e| is_plain_word(word(before - e))))
    {
        return Some(before - d);
    }
    // "On DATE, Russia said ..." at the start of a sentence
    let sentence_start =
        doc.sentence_at(c.start).map_or(usize::MAX, |i| doc.token_index_at(doc.sentences[i].span.start));
    let starts = sentence_start == first || (sentence_start + 1 == first && word(first - 1).eq_ignore_ascii_case("on"));
    let after = doc.token_index_at(c.end);
    if !(starts && word(after) == ",") {
        return None;
    }
    (1..=6).find(|&d| speech(after + d) && (1..d).all(|e| is_plain_word(word(after + e)))).map(|d| after + d)
}

/// A word that may stand between a verb of saying and its date (`told reporters on`), not a
/// clause boundary (`that`, a comma).
fn is_plain_word(w: &str) -> bool {
    !w.is_empty() && !w.eq_ignore_ascii_case("that") && w.chars().next().is_some_and(char::is_alphanumeric)
}

/// The TIMEX3 value of `val` in context.
pub(crate) fn value_of(val: &Val, ctx: &Ctx) -> String {
    let r = ctx.reference;
    match val {
        Val::Lit(s) => s.clone(),
        Val::Day { year: Some(y), month, day } => format!("{y:04}-{month:02}-{day:02}"),
        Val::Day { year: None, month, day } => match r {
            None => format!("XXXX-{month:02}-{day:02}"),
            Some(r) => {
                let at = |y: i32| Date::new(y, *month, (*day).min(crate::calendar::days_in_month(y, *month)));
                let y = choose_year(
                    r.year,
                    r.to_days(),
                    |y| at(y).map_or(i64::MAX / 4, Date::to_days),
                    Dir::Auto,
                    ctx.tense,
                    30,
                );
                format!("{y:04}-{month:02}-{day:02}")
            }
        },
        Val::Yearly { year, day } => {
            let y = match (year, r) {
                (Some(y), _) => *y,
                (None, None) => return "XXXX-XX-XX".into(),
                (None, Some(r)) => {
                    let at = |y: i32| day.in_year(y).map_or(i64::MAX / 4, Date::to_days);
                    choose_year(r.year, r.to_days(), at, Dir::Auto, ctx.tense, 30)
                }
            };
            day.in_year(y).map_or_else(|| "XXXX-XX-XX".into(), |d| d.to_string())
        }
        Val::Month { year: Some(y), month, .. } => format!("{y:04}-{month:02}"),
        Val::Month { year: None, month, dir } => match (r, ctx.year) {
            (_, Some(y)) => format!("{y:04}-{month:02}"),
            (None, _) => format!("XXXX-{month:02}"),
            (Some(r), _) => {
                let cur = r.year as i64 * 12 + r.month as i64;
                let y = choose_year(r.year, cur, |y| y as i64 * 12 + *month as i64, *dir, ctx.tense, 1);
                format!("{y:04}-{month:02}")
            }
        },
        Val::DayOfMonth(d) => {
            let base = ctx.narrative.map(|(n, _)| n).or(r);
            match base.and_then(|b| Date::new(b.year, b.month, *d)) {
                Some(day) => day.to_string(),
                None => format!("XXXX-XX-{d:02}"),
            }
        }
        Val::Weekday { weekday, dir } => match r {
            None => format!("XXXX-WXX-{}", weekday + 1),
            Some(r) => weekday_near(r, *weekday, *dir, ctx.tense).map_or_else(String::new, |d| d.to_string()),
        },
        Val::Shift { from, n, unit, gran } => {
            let base = match from {
                From::Reference => r,
                From::Narrative if *unit >= Unit::Month => ctx.narrative_any.or(r),
                From::Narrative => ctx.narrative.map(|(d, _)| d).or(r),
            };
            match base.and_then(|b| shift(b, *n, *unit)) {
                Some(d) => format_at(d, *gran),
                None => unknown_at(*gran).to_string(),
            }
        }
        Val::Weekend(n) => match r.and_then(|r| {
            // "the weekend" said on a Monday to Thursday is the one just gone, unless the
            // sentence looks forward
            let gone = *n == 0 && r.weekday() < 4 && ctx.tense != Tense::Future;
            r.add_days(7 * *n as i64 - if gone { 7 } else { 0 })
        }) {
            Some(d) => {
                let (y, w) = d.iso_week();
                format!("{y:04}-W{w:02}-WE")
            }
            None => "XXXX-WXX-WE".to_string(),
        },
        Val::Part { year, part } => {
            let (code, slot, per_year) = match *part {
                Part::Season(code) => (code.to_string(), season_start(code) as i64, 12),
                Part::Quarter(q) => (format!("Q{q}"), q as i64, 4),
                Part::Half(h) => (format!("H{h}"), h as i64, 2),
            };
            let y = match (year, r) {
                (YearSpec::Implied(_) | YearSpec::TheYear, _) if ctx.year.is_some() => ctx.year,
                (YearSpec::Known(y), _) => Some(*y),
                (YearSpec::Rel(n), Some(r)) => Some(r.year + n),
                (YearSpec::TheYear, Some(r)) => {
                    // the last month of the part: a season runs three months from its start
                    let last = match *part {
                        Part::Season(code) => season_start(code) + 2,
                        Part::Quarter(q) => 3 * q,
                        Part::Half(h) => 6 * h,
                    };
                    Some(match ctx.tense {
                        Tense::Past if last >= r.month => r.year - 1,
                        Tense::Future if last < r.month => r.year + 1,
                        _ => r.year,
                    })
                }
                (YearSpec::Implied(dir), Some(r)) => {
                    let cur = r.year as i64 * per_year
                        + match per_year {
                            12 => r.month as i64,
                            4 => (r.month as i64 - 1) / 3 + 1,
                            _ => (r.month as i64 - 1) / 6 + 1,
                        };
                    Some(choose_year(r.year, cur, |y| y as i64 * per_year + slot, *dir, ctx.tense, 0))
                }
                _ => None,
            };
            match y {
                Some(y) => format!("{y:04}-{code}"),
                None => format!("XXXX-{code}"),
            }
        }
        Val::Time { day, clock } => {
            let day = match day {
                Some(v) => value_of(v, ctx),
                None => match (ctx.narrative, r) {
                    (Some((d, s)), _) if (ctx.day_from..=ctx.sentence).contains(&s) => d.to_string(),
                    (_, Some(r)) => r.to_string(),
                    _ => "XXXX-XX-XX".to_string(),
                },
            };
            match clock {
                Clock::At { hour, minute, utc } => {
                    format!("{day}T{hour:02}:{minute:02}{}", if *utc { "Z" } else { "" })
                }
                Clock::PartOfDay(code) => format!("{day}T{code}"),
            }
        }
    }
}

/// The year, among the reference year and its two neighbours, that places a yearly slot
/// (a day, month, quarter...) as `dir` asks; for [`Dir::Auto`], the closest, unless the
/// tense points the other way and the closest lies more than `slack` slots on the wrong side.
fn choose_year(ry: i32, cur: i64, idx: impl Fn(i32) -> i64, dir: Dir, tense: Tense, slack: i64) -> i32 {
    let years = [ry - 1, ry, ry + 1];
    let last_before =
        |strict: bool| years.iter().rev().copied().find(|&y| if strict { idx(y) < cur } else { idx(y) <= cur });
    let first_after = |strict: bool| years.iter().copied().find(|&y| if strict { idx(y) > cur } else { idx(y) >= cur });
    match dir {
        Dir::This => ry,
        Dir::Last => last_before(true).unwrap_or(ry - 1),
        Dir::Next => first_after(true).unwrap_or(ry + 1),
        Dir::Auto => {
            let closest = years.iter().copied().min_by_key(|&y| ((idx(y) - cur).abs(), y)).unwrap_or(ry);
            let off = idx(closest) - cur;
            match tense {
                Tense::Past if off > slack => last_before(false).unwrap_or(closest),
                Tense::Future if -off > slack => first_after(false).unwrap_or(closest),
                _ => closest,
            }
        }
    }
}

/// The named day nearest the reference as `dir` and the tense say: by default the most
/// recent on or before it (`on Monday`), in the future tense the first on or after it.
fn weekday_near(r: Date, weekday: u32, dir: Dir, tense: Tense) -> Option<Date> {
    let back = (r.weekday() as i64 - weekday as i64).rem_euclid(7);
    let ahead = (weekday as i64 - r.weekday() as i64).rem_euclid(7);
    let n = match dir {
        Dir::Last => -(if back == 0 { 7 } else { back }),
        Dir::Next => {
            if ahead == 0 {
                7
            } else {
                ahead
            }
        }
        Dir::This => weekday as i64 - r.weekday() as i64,
        Dir::Auto if tense == Tense::Future => ahead,
        Dir::Auto => -back,
    };
    r.add_days(n)
}

fn shift(d: Date, n: i32, unit: Unit) -> Option<Date> {
    let n = n as i64;
    match unit {
        Unit::Second | Unit::Minute | Unit::Hour => Some(d),
        Unit::Day => d.add_days(n),
        Unit::Week => d.add_days(7 * n),
        Unit::Month => d.add_months(n),
        Unit::Quarter => d.add_months(3 * n),
        Unit::Year => d.add_months(12 * n),
        Unit::Decade => d.add_months(120 * n),
        Unit::Century => d.add_months(1200 * n),
    }
}

/// A date written at a granularity: `2023-02-13`, `2023-W07`, `2023-02`, `2023-Q1`, `2023`,
/// `202` (the decade), `20` (the century).
pub(crate) fn format_at(d: Date, gran: Unit) -> String {
    match gran {
        Unit::Second | Unit::Minute | Unit::Hour | Unit::Day => d.to_string(),
        Unit::Week => {
            let (y, w) = d.iso_week();
            format!("{y:04}-W{w:02}")
        }
        Unit::Month => format!("{:04}-{:02}", d.year, d.month),
        Unit::Quarter => format!("{:04}-Q{}", d.year, (d.month - 1) / 3 + 1),
        Unit::Year => format!("{:04}", d.year),
        Unit::Decade => format!("{:03}", d.year / 10),
        Unit::Century => format!("{:02}", d.year / 100),
    }
}

fn unknown_at(gran: Unit) -> &'static str {
    match gran {
        Unit::Second | Unit::Minute | Unit::Hour | Unit::Day => "XXXX-XX-XX",
        Unit::Week => "XXXX-WXX",
        Unit::Month => "XXXX-XX",
        Unit::Quarter => "XXXX-QX",
        Unit::Year => "XXXX",
        Unit::Decade => "XXX",
        Unit::Century => "XX",
    }
}

/// The month a season starts: spring in March ... winter in December.
fn season_start(code: &str) -> u32 {
    match code {
        "SP" => 3,
        "SU" => 6,
        "FA" => 9,
        _ => 12,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mark_bytes_finds_what_a_byte_by_byte_look_finds() {
        for text in ["", "\"", "plain text, eight+ bytes long \"quoted\" here", "«a» “b” „c“ é日本 \"", "abcdefg\""]
        {
            let slow: Vec<usize> =
                text.bytes().enumerate().filter(|(_, b)| matches!(b, b'"' | 0xC2 | 0xE2)).map(|(i, _)| i).collect();
            assert_eq!(mark_bytes(text.as_bytes()).collect::<Vec<_>>(), slow, "{text:?}");
        }
    }

    fn ctx(anchor: &str, tense: Tense) -> Ctx {
        Ctx {
            reference: Date::parse_ymd(anchor),
            narrative: None,
            narrative_any: None,
            tense,
            sentence: 0,
            day_from: 0,
            year: None,
        }
    }

    #[test]
    fn month_day_takes_the_closest_year_unless_the_tense_disagrees() {
        let day = |m, d| Val::Day { year: None, month: m, day: d };
        assert_eq!(value_of(&day(12, 28), &ctx("2023-02-13", Tense::Past)), "2022-12-28");
        assert_eq!(value_of(&day(3, 2), &ctx("2023-02-13", Tense::Future)), "2023-03-02");
        assert_eq!(value_of(&day(9, 1), &ctx("2023-02-13", Tense::Future)), "2023-09-01");
        assert_eq!(value_of(&day(9, 1), &ctx("2023-02-13", Tense::Past)), "2022-09-01");
        // close dates stay put whatever the tense
        assert_eq!(value_of(&day(2, 24), &ctx("2023-02-13", Tense::Past)), "2023-02-24");
        assert_eq!(value_of(&day(2, 11), &ctx("", Tense::Past)), "XXXX-02-11");
    }

    #[test]
    fn weekdays_look_back_unless_the_future_is_meant() {
        let wd = |w, dir| Val::Weekday { weekday: w, dir };
        // 2023-02-13 is a Monday
        assert_eq!(value_of(&wd(4, Dir::Auto), &ctx("2023-02-13", Tense::None)), "2023-02-10");
        assert_eq!(value_of(&wd(0, Dir::Auto), &ctx("2023-02-13", Tense::Past)), "2023-02-13");
        assert_eq!(value_of(&wd(2, Dir::Auto), &ctx("2023-02-13", Tense::Future)), "2023-02-15");
        assert_eq!(value_of(&wd(0, Dir::Last), &ctx("2023-02-13", Tense::None)), "2023-02-06");
        assert_eq!(value_of(&wd(0, Dir::Next), &ctx("2023-02-13", Tense::None)), "2023-02-20");
    }

    #[test]
    fn parts_of_years_follow_the_tense() {
        let q3 = Val::Part { year: YearSpec::Implied(Dir::Auto), part: Part::Quarter(3) };
        assert_eq!(value_of(&q3, &ctx("2023-02-13", Tense::Past)), "2022-Q3");
        assert_eq!(value_of(&q3, &ctx("2023-02-13", Tense::Future)), "2023-Q3");
        let summer = Val::Part { year: YearSpec::Implied(Dir::Last), part: Part::Season("SU") };
        assert_eq!(value_of(&summer, &ctx("2023-02-13", Tense::None)), "2022-SU");
        let march = Val::Month { year: None, month: 3, dir: Dir::Last };
        assert_eq!(value_of(&march, &ctx("2023-02-13", Tense::None)), "2022-03");
        // "of the year": this year, unless a past part is still to end or a future one is over
        let h = |n| Val::Part { year: YearSpec::TheYear, part: Part::Half(n) };
        assert_eq!(value_of(&h(2), &ctx("2026-03-03", Tense::None)), "2026-H2");
        assert_eq!(value_of(&h(2), &ctx("2026-03-03", Tense::Future)), "2026-H2");
        assert_eq!(value_of(&h(2), &ctx("2026-03-03", Tense::Past)), "2025-H2");
        assert_eq!(value_of(&h(1), &ctx("2026-08-03", Tense::Past)), "2026-H1");
        assert_eq!(value_of(&h(1), &ctx("2026-08-03", Tense::Future)), "2027-H1");
    }

    #[test]
    fn the_weekend_just_gone_or_ahead() {
        // 2023-02-13 is a Monday; 2023-02-17 a Friday
        assert_eq!(value_of(&Val::Weekend(0), &ctx("2023-02-13", Tense::Past)), "2023-W06-WE");
        assert_eq!(value_of(&Val::Weekend(0), &ctx("2023-02-13", Tense::Future)), "2023-W07-WE");
        assert_eq!(value_of(&Val::Weekend(0), &ctx("2023-02-17", Tense::None)), "2023-W07-WE");
        assert_eq!(value_of(&Val::Weekend(-1), &ctx("2023-02-17", Tense::None)), "2023-W06-WE");
    }

    #[test]
    fn shifts_write_their_granularity() {
        let sh = |n, unit, gran| Val::Shift { from: From::Reference, n, unit, gran };
        assert_eq!(value_of(&sh(-1, Unit::Week, Unit::Week), &ctx("2023-02-13", Tense::None)), "2023-W06");
        assert_eq!(value_of(&sh(1, Unit::Month, Unit::Month), &ctx("2023-02-13", Tense::None)), "2023-03");
        assert_eq!(value_of(&sh(-2, Unit::Day, Unit::Day), &ctx("2023-02-13", Tense::None)), "2023-02-11");
        assert_eq!(value_of(&sh(0, Unit::Decade, Unit::Decade), &ctx("2023-02-13", Tense::None)), "202");
        assert_eq!(value_of(&sh(-1, Unit::Day, Unit::Day), &ctx("", Tense::None)), "XXXX-XX-XX");
    }
}

#[cfg(test)]
mod quote_tests {
    use super::super::testing::{doc, found, pairs};

    #[test]
    fn quotes_resolve_against_the_day_they_were_said() {
        // published on the 20th; the words were said on the 13th
        let text = "Stoltenberg said on February 13 that aid would rise. \"We meet tomorrow,\" he said.";
        let f = found(text, "2023-02-20");
        assert_eq!(pairs(&f), [("February 13", "2023-02-13"), ("tomorrow", "2023-02-14")]);
        // without a date of saying, the anchor
        let f = found("\"We meet tomorrow,\" he said.", "2023-02-20");
        assert_eq!(pairs(&f), [("tomorrow", "2023-02-21")]);
        // "On DATE, X said": the date of saying comes first
        let f = found("On February 11, Russia said: \"The strike ends today.\"", "2023-02-20");
        assert_eq!(pairs(&f), [("February 11", "2023-02-11"), ("today", "2023-02-11")]);
    }

    #[test]
    fn the_clause_verb_outweighs_the_reporting_verb() {
        // anchor in March: a modal or an expectation looks forward past "said"
        let f = found("He said policymakers could start cutting rates in June.", "2024-03-15");
        assert_eq!(pairs(&f), [("June", "2024-06")]);
        let f = found("Economists expected the first cut in June.", "2024-03-15");
        assert_eq!(pairs(&f), [("June", "2024-06")]);
        // past narration still looks back, and the month May is no modal
        let f = found("Inflation peaked in June.", "2024-03-15");
        assert_eq!(pairs(&f), [("June", "2023-06")]);
        let f = found("Prices fell in May and June.", "2024-03-15");
        assert_eq!(pairs(&f), [("May", "2023-05"), ("June", "2023-06")]);
    }

    #[test]
    fn no_anchor_keeps_what_is_known() {
        let d = doc("It struck on February 11 and again on Friday, two days ago, in 2022.");
        let values: Vec<String> = super::super::find(&d, None).into_iter().map(|m| m.value).collect();
        assert_eq!(values, ["XXXX-02-11", "XXXX-WXX-5", "XXXX-XX-XX", "2022"]);
    }
}
