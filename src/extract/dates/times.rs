//! Clock times and parts of the day: `10:30 a.m.`, `3 p.m.`, `3pm`, `at 3 p.m. local time`,
//! `18:00 UTC`, `0800 GMT`, `noon`, `midnight`, `three o'clock`, `at 10:30`, `this
//! morning`, `last night`, and `morning` right after a day (`Friday morning`, joined to the
//! day by [`super::refine`]). The value takes the day when it is known
//! (`2023-02-13T15:00`); UTC and GMT add `Z`.

use super::toks::{has, Set, Toks};
use super::{Cand, Clock, From, Val};
use crate::card::TimexType;
use crate::doc::TokenKind;
use crate::rules::date_words::{DAY_PART_MODIFIERS, PARTS_OF_DAY};
use crate::rules::numbers::CARDINALS;
use crate::rules::time_units::Unit;

pub(crate) fn find(t: &Toks, out: &mut Vec<Cand>) {
    for i in t.anchors() {
        let found = clock(t, i).or_else(|| named_time(t, i)).or_else(|| part_of_day(t, i));
        out.extend(found);
    }
}

fn time(start: usize, end: usize, day: Option<Val>, clock: Clock) -> Cand {
    Cand::new(start, end, TimexType::Time, Val::Time { day: day.map(Box::new), clock })
}

/// `am`, `a.m.`, `PM`...: `Some(true)` for the afternoon.
fn meridiem(s: &str) -> Option<bool> {
    // the letters without the dots, read in place
    let mut letters = s.bytes().filter(|&b| b != b'.').map(|b| b.to_ascii_lowercase());
    match (letters.next(), letters.next(), letters.next()) {
        (Some(b'a'), Some(b'm'), None) => Some(false),
        (Some(b'p'), Some(b'm'), None) => Some(true),
        _ => None,
    }
}

/// `10:30` or `10` (and a glued meridiem, `10:30am`).
fn parse_clock(s: &str) -> Option<(u32, u32, Option<bool>)> {
    // "10.30am" (British): the dot is a colon when a meridiem follows
    let owned;
    let british = |k: usize| {
        s.get(k + 1..k + 3).is_some_and(|m| m.bytes().all(|b| b.is_ascii_digit()))
            && s.get(k + 3..).is_some_and(|rest| meridiem(rest).is_some())
    };
    let s = match s.find('.') {
        Some(k) if british(k) => {
            owned = format!("{}:{}", &s[..k], &s[k + 1..]);
            owned.as_str()
        }
        _ => s,
    };
    let digits_end = s.find(|c: char| !c.is_ascii_digit() && c != ':').unwrap_or(s.len());
    let (num, rest) = s.split_at(digits_end);
    let mer = if rest.is_empty() { None } else { Some(meridiem(rest)?) };
    let (h, m) = match num.split_once(':') {
        Some((h, m)) if m.len() == 2 && !h.is_empty() && h.len() <= 2 => (h.parse().ok()?, m.parse().ok()?),
        None if !num.is_empty() && num.len() <= 2 => (num.parse().ok()?, 0),
        _ => return None,
    };
    (h <= 24 && m <= 59).then_some((h, m, mer))
}

fn to_24h(h: u32, pm: Option<bool>) -> Option<u32> {
    match pm {
        None => Some(h),
        Some(_) if h == 0 || h > 12 => None,
        Some(true) => Some(if h == 12 { 12 } else { h + 12 }),
        Some(false) => Some(if h == 12 { 0 } else { h }),
    }
}

/// `10:30 a.m.`, `3 p.m. local time`, `18:00 UTC`, `0800 GMT`, `at 10:30`.
fn clock(t: &Toks, i: usize) -> Option<Cand> {
    let s = t.s(i);
    if !s.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let mut j = i + 1;
    let (mut h, m, mut pm) = if s.len() == 4 && t.kind(i) == Some(TokenKind::Number) && t.is_in(i + 1, &["gmt", "utc"])
    {
        // "0800 UTC"
        (s[..2].parse().ok()?, s[2..].parse().ok()?, None)
    } else if let (Some((h, m)), Some(pm)) = (s.split_once('.'), meridiem(t.s(i + 1))) {
        // "10.30 a.m."
        if m.len() != 2 || h.len() > 2 {
            return None;
        }
        (h.parse().ok()?, m.parse().ok()?, Some(pm))
    } else {
        parse_clock(s)?
    };
    if let Some(p) = meridiem(t.s(j)).filter(|p| pm.is_none() || pm == Some(*p)) {
        pm = Some(p);
        j += 1;
    }
    let zone = t.in_set(j, Set::TimeZones);
    let utc = zone && (t.is(j, "utc") || t.is(j, "gmt"));
    let colon = s.contains(':');
    let after_at = i >= 1 && t.is_in(i - 1, &["about", "after", "around", "at", "before", "by", "from", "until"]);
    if pm.is_none() && !zone && !(colon && after_at) {
        return None;
    }
    if pm.is_none() && !colon && !(s.len() == 4 && zone) {
        return None;
    }
    h = to_24h(h, pm)?;
    if m > 59 || h > 24 {
        return None;
    }
    let mut end = t.end(j - 1);
    // "at 10.30am." ends a sentence: the tokenizer kept the full stop
    let last = t.s(j - 1);
    if last.ends_with("m.") && !last.ends_with(".m.") {
        end -= 1;
    }
    if zone {
        end = t.end(j);
        j += 1;
    }
    if t.is(j, "local") && t.is(j + 1, "time") {
        end = t.end(j + 1);
    }
    Some(time(t.start(i), end, None, Clock::At { hour: h, minute: m, utc }))
}

/// `noon`, `midday`, `midnight`, `three o'clock`.
fn named_time(t: &Toks, i: usize) -> Option<Cand> {
    let (hour, start) = match t.l(i) {
        "noon" | "midday" => (12, i),
        "midnight" => (0, i),
        "o'clock" | "o’clock" if i >= 1 => {
            let h = t.num(i - 1).or_else(|| crate::rules::lookup(CARDINALS, t.s(i - 1)).filter(|h| *h > 1))?;
            ((1..=12).contains(&h).then_some(h)?, i - 1)
        }
        _ => return None,
    };
    Some(time(t.start(start), t.end(i), None, Clock::At { hour, minute: 0, utc: false }))
}

/// `this morning`, `last night`, `tonight` (in [`super::relative`]); `morning` after a
/// day word (`Friday morning`, `yesterday afternoon`, `Tuesday late evening`, `Monday
/// mid-afternoon`), left for refine to join.
fn part_of_day(t: &Toks, i: usize) -> Option<Cand> {
    // "mid-afternoon", "late-night": the part of the day it names
    let code = t.part_of_day(i).or_else(|| {
        if !t.hyphen(i) {
            return None;
        }
        let (_, rest) = t.l(i).split_once('-').filter(|(head, _)| has(DAY_PART_MODIFIERS, head))?;
        crate::rules::lookup(PARTS_OF_DAY, rest)
    })?;
    let end = t.core(i).1;
    // "late evening" after a day: the modifier joins the part of the day
    let (start, p) = match i.checked_sub(1) {
        Some(m) if m > 0 && t.is_in(m, DAY_PART_MODIFIERS) && (t.weekday(m - 1).is_some() || t.relative_day(m - 1).is_some()) => {
            (t.start(m), m - 1)
        }
        Some(p) => (t.start(i), p),
        None => return None,
    };
    let day = |n| Some(Val::Shift { from: From::Reference, n, unit: Unit::Day, gran: Unit::Day });
    if t.is(p, "this") {
        return Some(time(t.start(p), end, day(0), Clock::PartOfDay(code)));
    }
    if t.is(p, "last") && code == "NI" {
        return Some(time(t.start(p), end, day(-1), Clock::PartOfDay(code)));
    }
    let (word, word_end) = t.core(p);
    let after_day =
        word_end == t.end(p) && (t.weekday(p).is_some() && t.cap(p) || t.relative_day(p).is_some());
    let _ = word;
    after_day.then(|| time(start, end, None, Clock::PartOfDay(code)))
}

#[cfg(test)]
mod tests {
    use super::super::testing::{found, pairs};

    #[test]
    fn clock_times_take_the_day() {
        let a = "2023-02-13";
        for (text, span, value) in [
            ("They met at 10:30 a.m. in Kyiv.", "10:30 a.m.", "2023-02-13T10:30"),
            ("They meet at 3 p.m. local time.", "3 p.m. local time", "2023-02-13T15:00"),
            ("Trading closed at 18:00 UTC.", "18:00 UTC", "2023-02-13T18:00Z"),
            ("The bells rang at noon.", "noon", "2023-02-13T12:00"),
            ("It landed at 3pm.", "3pm", "2023-02-13T15:00"),
            ("Apple announced it this morning.", "this morning", "2023-02-13TMO"),
            ("It filed at 12:00 UTC Monday.", "12:00 UTC Monday", "2023-02-13T12:00Z"),
            ("GM spoke Thursday night.", "Thursday night", "2023-02-09TNI"),
        ] {
            assert_eq!(pairs(&found(text, a)), [(span, value)], "{text}");
        }
        let f = found("They will meet on February 14 at 3 p.m.", a);
        assert_eq!(pairs(&f), [("February 14", "2023-02-14"), ("3 p.m.", "2023-02-14T15:00")]);
        let f = found("The meeting starts at 9 a.m. on February 20.", a);
        assert_eq!(pairs(&f), [("9 a.m.", "2023-02-20T09:00"), ("February 20", "2023-02-20")]);
    }

    #[test]
    fn not_times() {
        assert!(found("The score was 3-1 after 90 minutes of 2 halves.", "2023-02-13")
            .iter()
            .all(|(_, v)| !v.contains(':')));
    }
}
