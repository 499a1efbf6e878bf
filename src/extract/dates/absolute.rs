//! Dates in digits and years: `2023-02-13`, `13/02/2023` and `2/13/2023` (only where the
//! order is unambiguous), `in 2022`, `mid-2011`, `since '82`, `the 1990s` (`199`),
//! `the 1800s` (`18`), `the 21st century` (`20`).
//!
//! A four-digit number is a year unless its neighbours make it a quantity, a model or an
//! address: `2,000 troops` (one token with a comma), `won 1999 votes` (a plural noun after
//! it), `$2023`, `No. 1999`, `1234 Main St.`, `555 1234`.

use super::month_day::{month_word, year_number};
use super::toks::{Set, Toks};
use super::{Cand, Val};
use crate::calendar::Date;
use crate::doc::TokenKind;
use crate::rules::numbers::ORDINALS;

pub(crate) fn find(t: &Toks, out: &mut Vec<Cand>) {
    for i in t.anchors() {
        let found = iso_date(t, i)
            .or_else(|| slash_date(t, i))
            .or_else(|| year(t, i))
            .or_else(|| prefixed_year(t, i))
            .or_else(|| short_year(t, i))
            .or_else(|| decade(t, i))
            .or_else(|| century(t, i));
        out.extend(found);
    }
}

/// `2023-02-13`, one token.
fn iso_date(t: &Toks, i: usize) -> Option<Cand> {
    let s = t.s(i);
    let b = s.as_bytes();
    if b.len() != 10 || t.kind(i) != Some(TokenKind::Word) {
        return None;
    }
    let d = Date::parse_ymd(s)?;
    Some(Cand::date(t.start(i), t.end(i), Val::Day { year: Some(d.year), month: d.month, day: d.day }))
}

/// `13/02/2023`, `2/13/2023`, `7/8/07` when the day is over 12 or both parts agree.
fn slash_date(t: &Toks, i: usize) -> Option<Cand> {
    let (a, b, y) = (t.num(i)?, t.num(i + 2)?, t.digits(i + 4)?);
    if t.s(i + 1) != "/" || t.s(i + 3) != "/" || !(1..=4).all(|k| t.glued(i + k)) {
        return None;
    }
    if t.s(i + 5) == "/" && t.glued(i + 5) {
        return None;
    }
    let year: i32 = match y.len() {
        4 => y.parse().ok()?,
        2 => {
            let n: i32 = y.parse().ok()?;
            if n < 50 {
                2000 + n
            } else {
                1900 + n
            }
        }
        _ => return None,
    };
    let (month, day) = match (a, b) {
        (a, b) if a > 12 && b <= 12 => (b, a),
        (a, b) if b > 12 && a <= 12 => (a, b),
        (a, b) if a == b => (a, b),
        _ => return None,
    };
    Date::new(year, month, day)?;
    Some(Cand::date(t.start(i), t.end(i + 4), Val::Day { year: Some(year), month, day }))
}

/// A bare year: `in 2022`, `the 1991 agreement`, `WWDC 2005`.
fn year(t: &Toks, i: usize) -> Option<Cand> {
    let y = year_number(t, i)?;
    if t.kind(i) != Some(TokenKind::Number) {
        return None;
    }
    let prev = i.checked_sub(1);
    let trigger = prev.is_some_and(|p| t.in_set(p, Set::DatePrepositions));
    if let Some(p) = prev {
        // "$2023", "No. 1999", "flight 2011", "555 1234", "3.2023"
        let before = if t.s(p) == "." && p >= 1 { p - 1 } else { p };
        if t.in_set(before, Set::NotYearBefore) || t.kind(p) == Some(TokenKind::Number) {
            return None;
        }
        if matches!(t.s(p), "." | ":" | "/" | "-" | "+") && t.glued(i) {
            return None;
        }
    }
    let next = t.s(i + 1);
    if matches!(next, "%" | ":" | "/") || t.kind(i + 1) == Some(TokenKind::Number) || t.in_set(i + 1, Set::QuantityWords) {
        return None;
    }
    // "1234 Main St."
    if t.cap(i + 1) && (t.in_set(i + 2, Set::StreetWords) || t.in_set(i + 1, Set::StreetWords)) {
        return None;
    }
    // inside a name: "Russell 2000 Index", "Windows 2000 Server" (but "WWDC 2005" stands)
    let named = |k: usize| t.cap(k) && month_word(t, k).is_none() && !t.in_set(k, Set::DatePrepositions);
    if i >= 1 && named(i - 1) && named(i + 1) && t.text[t.end(i - 1)..t.start(i + 1)].trim() == t.s(i) {
        return None;
    }
    // "1999 votes", "2000 troops": a plural noun after the number, without "in", "since"...
    let plural_noun = next.len() > 3
        && next.ends_with('s')
        && !next.ends_with("ss")
        && next.chars().next().is_some_and(char::is_lowercase);
    if plural_noun && !trigger {
        return None;
    }
    Some(Cand::date(t.start(i), t.end(i), Val::Lit(format!("{y:04}"))))
}

/// `mid-2011`, `early-2009`: one token.
fn prefixed_year(t: &Toks, i: usize) -> Option<Cand> {
    if !t.hyphen(i) {
        return None;
    }
    let (head, rest) = t.s(i).split_once('-')?;
    if !["mid", "early", "late"].iter().any(|h| head.eq_ignore_ascii_case(h)) {
        return None;
    }
    // "mid-1990s": the decade
    if let Some(d) =
        rest.strip_suffix('s').filter(|d| d.len() == 4 && d.ends_with('0') && d.bytes().all(|b| b.is_ascii_digit()))
    {
        return Some(Cand::date(t.start(i), t.end(i), Val::Lit(d[..3].to_string())));
    }
    let y: i32 = rest.parse().ok().filter(|_| rest.len() == 4 && rest.bytes().all(|b| b.is_ascii_digit()))?;
    Some(Cand::date(t.start(i), t.end(i), Val::Lit(format!("{y:04}"))))
}

/// `since '82`: an apostrophe, two digits, after a word such as `since` or `in`.
fn short_year(t: &Toks, i: usize) -> Option<Cand> {
    if !matches!(t.s(i), "'" | "’") || !t.glued(i + 1) || i == 0 || !t.in_set(i - 1, Set::DatePrepositions) {
        return None;
    }
    let d = t.digits(i + 1).filter(|d| d.len() == 2)?;
    let n: i32 = d.parse().ok()?;
    let y = if n < 30 { 2000 + n } else { 1900 + n };
    Some(Cand::date(t.start(i), t.end(i + 1), Val::Lit(y.to_string())))
}

/// `the 1990s` (`199`), `the ’90s`, `the 1800s` (the century, `18`).
fn decade(t: &Toks, i: usize) -> Option<Cand> {
    let s = t.s(i);
    if !s.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let digits = s.strip_suffix("'s").or_else(|| s.strip_suffix("’s")).or_else(|| s.strip_suffix('s'))?;
    if !digits.bytes().all(|b| b.is_ascii_digit()) || !digits.ends_with('0') {
        return None;
    }
    let (value, start) = match digits.len() {
        4 if digits.ends_with("00") => (digits[..2].to_string(), t.start(i)),
        4 => (digits[..3].to_string(), t.start(i)),
        2 => {
            let apostrophe = i >= 1 && matches!(t.s(i - 1), "'" | "’") && t.glued(i);
            let the = i >= 1 && (t.is(i - 1, "the") || t.in_set(i - 1, Set::DatePrepositions));
            if !apostrophe && !the {
                return None;
            }
            let n: u32 = digits.parse().ok()?;
            let century = if n <= 20 { "20" } else { "19" };
            (format!("{century}{}", &digits[..1]), if apostrophe { t.start(i - 1) } else { t.start(i) })
        }
        _ => return None,
    };
    Some(Cand::date(start, t.end(i), Val::Lit(value)))
}

/// `the 21st century`, `the nineteenth century`, `20th-century`.
fn century(t: &Toks, i: usize) -> Option<Cand> {
    let s = t.s(i);
    let (ord, end) = if let Some(head) = s.strip_suffix("-century") {
        (head, t.end(i))
    } else if t.is(i + 1, "century") {
        (s, t.end(i + 1))
    } else {
        return None;
    };
    let n = crate::rules::lookup(ORDINALS, ord).or_else(|| {
        let digits = ord.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        (digits.len() < ord.len()).then(|| digits.parse().ok()).flatten()
    })?;
    if !(1..=30).contains(&n) {
        return None;
    }
    let start = if i >= 1 && t.is(i - 1, "the") { t.start(i - 1) } else { t.start(i) };
    Some(Cand::date(start, end, Val::Lit(format!("{:02}", n - 1))))
}

#[cfg(test)]
mod tests {
    use super::super::testing::{found, pairs};

    #[test]
    fn numeric_dates() {
        let a = "2023-02-13";
        assert_eq!(pairs(&found("Filed 2023-02-13 in court.", a)), [("2023-02-13", "2023-02-13")]);
        assert_eq!(pairs(&found("Filed 13/02/2023 in court.", a)), [("13/02/2023", "2023-02-13")]);
        assert_eq!(pairs(&found("Filed 2/13/2023 in court.", a)), [("2/13/2023", "2023-02-13")]);
        assert!(found("Filed 2/3/2023 in court.", a).is_empty());
    }

    #[test]
    fn years_and_not_years() {
        let a = "2023-02-13";
        assert_eq!(pairs(&found("It began in 2022.", a)), [("2022", "2022")]);
        assert_eq!(pairs(&found("Prices fell in the 1990s.", a)), [("1990s", "199")]);
        assert_eq!(pairs(&found("Rock of the ’90s.", a)), [("’90s", "199")]);
        assert_eq!(pairs(&found("A relic of the 21st century.", a)), [("the 21st century", "20")]);
        assert_eq!(pairs(&found("Lowest level since '82.", a)), [("'82", "1982")]);
        for text in [
            "The 2,000 troops arrived.",
            "She won 1999 votes.",
            "They live at 1234 Main St. in Ottawa.",
            "Call 555 1234 for details.",
            "It cost $2023.",
            "Germany sent Leopard 2s and F-16 jets running Windows 10.",
        ] {
            assert!(found(text, a).is_empty(), "{text}: {:?}", found(text, a));
        }
    }
}
