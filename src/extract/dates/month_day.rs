//! Month names with a day or a year, or alone: `February 13, 2023`, `Feb. 13`,
//! `13 February 2023`, `the 13th of February`, `Monday, Feb. 13`, `February 2023`,
//! `in February`, `last March`, `mid-February`, `the 13th` (a day of an implied month), and
//! holidays (`Christmas`, `New Year's Day`, `Easter`, `Thanksgiving`).
//!
//! `May` and `March` alone are months only after a word such as `in`, `since` or `last`
//! (`Theresa May said`, `troops march`); abbreviations (`Feb.`, `Mar`) only before a day or
//! a year; `April` or `June` before a capitalised word (`April Ryan`) needs such a word too.

use super::toks::{Set, Toks};
use super::{Cand, Dir, Val};
use crate::rules::months::{
    AMBIGUOUS_MONTHS, HOLIDAYS, MONTHS, MOVABLE_HOLIDAYS, NAME_LIKE_MONTHS, NOT_HOLIDAY_BEFORE,
};

pub(crate) fn find(t: &Toks, out: &mut Vec<Cand>) {
    for i in t.anchors() {
        if let Some(c) = month_at(t, i) {
            out.push(c);
        } else if let Some(c) = mid_month(t, i) {
            out.push(c);
        } else if let Some(c) = day_of_implied_month(t, i) {
            out.push(c);
        } else if let Some(c) = holiday(t, i) {
            out.push(c);
        }
    }
}

/// `Christmas`, `Christmas Eve`, `New Year's Day`, `Easter`, `Thanksgiving`: a day of an
/// implied year, or of the year written right after it (`Easter 2024`), capitalised, not
/// part of a name (`Christmas Island`).
fn holiday(t: &Toks, i: usize) -> Option<Cand> {
    if !t.cap(i) {
        return None;
    }
    let fixed = longest(t, i, HOLIDAYS);
    let movable = longest(t, i, MOVABLE_HOLIDAYS);
    let after = match (fixed, movable) {
        (Some((a, _)), Some((b, _))) => a.max(b),
        (Some((a, _)), None) | (None, Some((a, _))) => a,
        (None, None) => return None,
    };
    if t.is_in(after, NOT_HOLIDAY_BEFORE) {
        return None;
    }
    // a year right after it is the holiday's own: `Easter 2024`, `Christmas 2023`
    let year = year_number(t, after);
    let val = match (fixed, movable) {
        (Some((a, _)), Some((b, day))) if b > a => Val::Yearly { year, day },
        (None, Some((_, day))) => Val::Yearly { year, day },
        (Some((_, (month, day))), _) => Val::Day { year, month, day },
        (None, None) => return None,
    };
    let last = if year.is_some() { after } else { after - 1 };
    Some(Cand::date(t.start(i), t.end(last), val))
}

/// The longest phrase of the sorted `table` that the words from token `i` spell, with the
/// token after it.
fn longest<T: Copy>(t: &Toks, i: usize, table: &[(&str, T)]) -> Option<(usize, T)> {
    let first = t.l(i);
    let from = table.partition_point(|(p, _)| *p < first);
    let mut best: Option<(usize, T)> = None;
    for (phrase, v) in table[from..].iter().take_while(|(p, _)| p.starts_with(first)) {
        let mut k = i;
        if phrase.split(' ').all(|w| {
            let ok = t.is(k, w);
            k += 1;
            ok
        }) && best.map_or(true, |(e, _)| k > e)
        {
            best = Some((k, *v));
        }
    }
    best
}

/// The month named by token `i` (capitalised), and whether it is an abbreviation.
pub(crate) fn month_word(t: &Toks, i: usize) -> Option<(u32, bool)> {
    if !t.cap(i) {
        return None;
    }
    let m = t.month(i)?;
    let s = t.core(i).0;
    let abbreviated = s.len() <= 4
        && !s.eq_ignore_ascii_case("may")
        && !s.eq_ignore_ascii_case("june")
        && !s.eq_ignore_ascii_case("july");
    Some((m, abbreviated))
}

/// A day of the month written `13`, `13th`, `1st`.
pub(crate) fn day_number(s: &str) -> Option<u32> {
    let digits = s.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &s[digits.len()..];
    if digits.is_empty() || digits.len() > 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    if !suffix.is_empty() && !["st", "nd", "rd", "th"].iter().any(|x| suffix.eq_ignore_ascii_case(x)) {
        return None;
    }
    let d: u32 = digits.parse().ok()?;
    (1..=31).contains(&d).then_some(d)
}

/// A year of four digits, 1000 to 2999.
pub(crate) fn year_number(t: &Toks, i: usize) -> Option<i32> {
    let s = t.digits(i)?;
    let y: i32 = s.parse().ok()?;
    (s.len() == 4 && (1000..3000).contains(&y)).then_some(y)
}

fn month_at(t: &Toks, i: usize) -> Option<Cand> {
    let (month, abbreviated) = month_word(t, i)?;
    // the dot of an abbreviation belongs to the expression: "Feb. 13"
    let mut j = i + 1;
    let mut end = t.core(i).1;
    if abbreviated && t.s(j) == "." && t.glued(j) {
        end = t.end(j);
        j += 1;
    }
    let (mut start, mut year) = (t.start(i), None);
    let mut day = None;
    // month first: "February 13", "Feb. 13, 2023", "February 13th"
    if let Some(d) = day_number(t.s(j)).filter(|_| t.s(j + 1) != ":") {
        day = Some(d);
        end = t.end(j);
        j += 1;
        let k = if t.s(j) == "," { j + 1 } else { j };
        if let Some(y) = year_number(t, k) {
            year = Some(y);
            end = t.end(k);
        }
    } else if i >= 1 && day_number(t.s(i - 1)).is_some() && t.kind(i - 1) != Some(crate::doc::TokenKind::Punct) {
        // day first: "13 February 2023"
        day = day_number(t.s(i - 1));
        start = t.start(i - 1);
        if let Some(y) = year_number(t, j) {
            year = Some(y);
            end = t.end(j);
        }
    } else if i >= 3 && t.is(i - 1, "of") && day_number(t.s(i - 2)).is_some() && t.is(i - 3, "the") {
        // "the 13th of February"
        day = day_number(t.s(i - 2));
        start = t.start(i - 3);
        if let Some(y) = year_number(t, j) {
            year = Some(y);
            end = t.end(j);
        }
    } else if let Some(y) = year_number(t, j).or_else(|| if t.is(j, "of") { year_number(t, j + 1) } else { None }) {
        // "February 2023", "February of 2023"
        let k = if t.is(j, "of") { j + 1 } else { j };
        return Some(Cand::date(t.start(i), t.end(k), Val::Month { year: Some(y), month, dir: Dir::Auto }));
    }
    if let Some(day) = day {
        crate::calendar::Date::new(year.unwrap_or(2000), month, day)?;
        // a weekday before: "Monday, Feb. 13"
        let first = t.toks.partition_point(|k| k.span.start < start);
        if first >= 1 {
            let w = if t.s(first - 1) == "," && first >= 2 { first - 2 } else { first - 1 };
            let same_line = !t.text[t.end(w)..start].contains('\n');
            if t.cap(w) && t.weekday(w).is_some() && t.core(w).1 == t.end(w) && same_line {
                start = t.start(w);
            }
        }
        return Some(Cand::date(start, end, Val::Day { year, month, day }));
    }
    // the month alone
    if abbreviated {
        return None;
    }
    let prev = i.checked_sub(1);
    let dir = match prev.map(|p| t.l(p)) {
        Some("last") => Dir::Last,
        Some("next") => Dir::Next,
        Some("this") => Dir::This,
        _ => Dir::Auto,
    };
    let after_trigger = prev.is_some_and(|p| t.in_set(p, Set::DatePrepositions) && !t.is(p, "and") && !t.is(p, "or"))
        || prev.is_some_and(|p| {
            p >= 1 && (t.is(p, "and") || t.is(p, "or") || t.is(p, "to")) && month_word(t, p - 1).is_some()
        });
    let lower = t.core_lower(i);
    if crate::rules::contains(AMBIGUOUS_MONTHS, lower) && !after_trigger {
        return None;
    }
    if crate::rules::contains(NAME_LIKE_MONTHS, lower) && t.cap(i + 1) && !after_trigger {
        return None;
    }
    let start = if dir != Dir::Auto { t.start(i - 1) } else { t.start(i) };
    Some(Cand::date(start, t.core(i).1, Val::Month { year: None, month, dir }))
}

/// `mid-February`, `early-March`: one token.
fn mid_month(t: &Toks, i: usize) -> Option<Cand> {
    if !t.hyphen(i) {
        return None;
    }
    let (head, rest) = t.s(i).split_once('-')?;
    if !["mid", "early", "late"].iter().any(|h| head.eq_ignore_ascii_case(h)) {
        return None;
    }
    if !rest.chars().next().is_some_and(char::is_uppercase) || rest.len() < 3 {
        return None;
    }
    let month = crate::rules::lookup(MONTHS, rest)?;
    let full = ["may", "june", "july"].iter().any(|m| rest.eq_ignore_ascii_case(m)) || rest.len() > 4;
    if !full {
        return None;
    }
    Some(Cand::date(t.start(i), t.end(i), Val::Month { year: None, month, dir: Dir::Auto }))
}

/// `the 13th` alone: a day of the month the narrative is in. Not `the 13th century` or
/// `the 21st floor`: a lowercase word after it rules it out.
fn day_of_implied_month(t: &Toks, i: usize) -> Option<Cand> {
    if !t.is(i, "the") {
        return None;
    }
    let s = t.s(i + 1);
    if !s.ends_with(|c: char| c.is_ascii_alphabetic()) {
        return None;
    }
    let d = day_number(s)?;
    let next = t.s(i + 2);
    let lowercase_word = next.chars().next().is_some_and(char::is_lowercase);
    let connective =
        ["and", "as", "at", "before", "in", "on", "to", "until", "when"].iter().any(|w| next.eq_ignore_ascii_case(w));
    if (lowercase_word && !connective) || month_word(t, i + 2).is_some() || t.is(i + 2, "of") {
        return None;
    }
    Some(Cand::date(t.start(i), t.end(i + 1), Val::DayOfMonth(d)))
}

#[cfg(test)]
mod tests {
    use super::super::testing::{found, pairs};

    #[test]
    fn full_dates_in_news_formats() {
        let a = "2023-02-13";
        for (text, want) in [
            ("It happened on February 13, 2023, in Kyiv.", "February 13, 2023"),
            ("It happened on Feb. 13, 2023.", "Feb. 13, 2023"),
            ("It happened on 13 February 2023.", "13 February 2023"),
            ("It happened on Monday, Feb. 13, in Kyiv.", "Monday, Feb. 13"),
            ("It happened on the 13th of February.", "the 13th of February"),
        ] {
            let f = found(text, a);
            assert_eq!(f.len(), 1, "{text}: {f:?}");
            assert_eq!(f[0].0, want);
            assert!(f[0].1 == "2023-02-13", "{text}: {f:?}");
        }
    }

    #[test]
    fn months_alone_and_ambiguous_names() {
        let a = "2023-02-13";
        assert_eq!(pairs(&found("The offensive is expected in February.", a)), [("February", "2023-02")]);
        assert_eq!(pairs(&found("Prices rose last March.", a)), [("last March", "2022-03")]);
        assert_eq!(pairs(&found("The vote is due in May.", a)), [("May", "2023-05")]);
        assert!(found("Theresa May said the troops may march on Sunday.", a).iter().all(|(t, _)| t != "May"));
        assert!(found("Protesters March through the city.", a).is_empty());
        assert!(found("April Ryan asked a question.", a).is_empty());
        assert_eq!(pairs(&found("Talks resume in mid-March.", a)), [("mid-March", "2023-03")]);
        assert_eq!(pairs(&found("It was set for February 2024.", a)), [("February 2024", "2024-02")]);
        assert!(found("Mar and Jan were there.", a).is_empty());
    }

    #[test]
    fn day_of_the_month_alone() {
        assert_eq!(pairs(&found("The vote was held on the 13th.", "2023-02-20")), [("the 13th", "2023-02-13")]);
        assert!(found("He lives on the 21st floor.", "2023-02-20").is_empty());
        assert_eq!(pairs(&found("Built in the 13th century.", "2023-02-20")), [("the 13th century", "12")]);
    }
}
