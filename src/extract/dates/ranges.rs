//! The two ends of a range, each its own date: `Feb. 13-14` (one token `13-14`),
//! `Feb. 13–14, 2023`, `13-14 February`, `2019-2021`. Ranges written with words
//! (`from 2019 to 2021`, `between May 2 and May 5`) need nothing here: each end is matched
//! by its own family. Scores (`3-1`) never follow a month, so they stay out.

use super::month_day::{day_number, month_word, year_number};
use super::toks::Toks;
use super::{Cand, Dir, Val};
use crate::calendar::Date;
use crate::rules::months::MONTHS;

pub(crate) fn find(t: &Toks, out: &mut Vec<Cand>) {
    for i in t.anchors() {
        if t.month(i).is_some() {
            month_then_days(t, i, out);
        }
        // the others are written as one token with a hyphen
        if t.hyphen(i) {
            days_then_month(t, i, out);
            year_range(t, i, out);
            month_range(t, i, out);
        }
    }
}

/// Splits `13-14` into its two numbers and where the second starts (bytes from the start).
fn split_pair(s: &str) -> Option<(&str, &str, usize)> {
    let k = s.find('-')?;
    let (a, b) = (&s[..k], &s[k + 1..]);
    Some((a, b, k + 1))
}

fn valid(year: Option<i32>, month: u32, day: u32) -> bool {
    Date::new(year.unwrap_or(2000), month, day).is_some()
}

/// `Feb. 13-14`, `February 13–14, 2023`, `Feb. 13 to 14`.
fn month_then_days(t: &Toks, i: usize, out: &mut Vec<Cand>) {
    let Some((month, abbreviated)) = month_word(t, i) else { return };
    let mut j = i + 1;
    if abbreviated && t.s(j) == "." {
        j += 1;
    }
    // the two days and the spans of their digits
    let (d1, d2, first_end, second) = if let Some((a, b, off)) = split_pair(t.s(j)) {
        let (Some(d1), Some(d2)) = (day_number(a), day_number(b)) else { return };
        (d1, d2, t.start(j) + a.len(), (t.start(j) + off, t.end(j)))
    } else {
        let (Some(d1), Some(d2)) = (day_number(t.s(j)), day_number(t.s(j + 2))) else { return };
        if !matches!(t.s(j + 1), "–" | "—" | "-") && !t.is(j + 1, "to") && !t.is(j + 1, "through") {
            return;
        }
        let (first_end, second) = (t.end(j), (t.start(j + 2), t.end(j + 2)));
        j += 2;
        (d1, d2, first_end, second)
    };
    if d2 <= d1 {
        return;
    }
    let k = if t.s(j + 1) == "," { j + 2 } else { j + 1 };
    let year = year_number(t, k);
    let second_end = if year.is_some() { t.end(k) } else { second.1 };
    if !valid(year, month, d1) || !valid(year, month, d2) {
        return;
    }
    out.push(Cand::date(t.start(i), first_end, Val::Day { year, month, day: d1 }));
    out.push(Cand::date(second.0, second_end, Val::Day { year, month, day: d2 }));
}

/// `13-14 February 2023`.
fn days_then_month(t: &Toks, i: usize, out: &mut Vec<Cand>) {
    let Some((a, b, off)) = split_pair(t.s(i)) else { return };
    let (Some(d1), Some(d2)) = (day_number(a), day_number(b)) else { return };
    let Some((month, _)) = month_word(t, i + 1) else { return };
    if d2 <= d1 {
        return;
    }
    let year = year_number(t, i + 2);
    let end = if year.is_some() { t.end(i + 2) } else { t.core(i + 1).1 };
    if !valid(year, month, d1) || !valid(year, month, d2) {
        return;
    }
    out.push(Cand::date(t.start(i), t.start(i) + a.len(), Val::Day { year, month, day: d1 }));
    out.push(Cand::date(t.start(i) + off, end, Val::Day { year, month, day: d2 }));
}

/// `January-March`, `Jan-March 2023`: two months in one token.
fn month_range(t: &Toks, i: usize, out: &mut Vec<Cand>) {
    let Some((a, b, off)) = split_pair(t.s(i)) else { return };
    let capital = |s: &str| s.chars().next().is_some_and(char::is_uppercase);
    if !capital(a) || !capital(b) || a.len() < 3 || b.len() < 3 {
        return;
    }
    let (Some(m1), Some(m2)) = (crate::rules::lookup(MONTHS, a), crate::rules::lookup(MONTHS, b)) else { return };
    let year = year_number(t, i + 1);
    let end = if year.is_some() { t.end(i + 1) } else { t.end(i) };
    out.push(Cand::date(t.start(i), t.start(i) + a.len(), Val::Month { year, month: m1, dir: Dir::Auto }));
    out.push(Cand::date(t.start(i) + off, end, Val::Month { year, month: m2, dir: Dir::Auto }));
}

/// `2019-2021`, `2019-21`: two years in one token.
fn year_range(t: &Toks, i: usize, out: &mut Vec<Cand>) {
    let Some((a, b, off)) = split_pair(t.s(i)) else { return };
    if a.len() != 4 || !(b.len() == 4 || b.len() == 2) || !a.bytes().chain(b.bytes()).all(|c| c.is_ascii_digit()) {
        return;
    }
    let (Ok(y1), Ok(mut y2)) = (a.parse::<i32>(), b.parse::<i32>()) else { return };
    if b.len() == 2 {
        y2 += y1 / 100 * 100;
    }
    if !(1000..3000).contains(&y1) || y2 <= y1 || y2 - y1 > 100 {
        return;
    }
    out.push(Cand::date(t.start(i), t.start(i) + 4, Val::Lit(y1.to_string())));
    out.push(Cand::date(t.start(i) + off, t.end(i), Val::Lit(y2.to_string())));
}

#[cfg(test)]
mod tests {
    use super::super::testing::{found, pairs};

    #[test]
    fn each_end_is_a_date() {
        let a = "2023-02-10";
        assert_eq!(
            pairs(&found("Talks on Feb. 13-14 in Brussels.", a)),
            [("Feb. 13", "2023-02-13"), ("14", "2023-02-14")]
        );
        assert_eq!(
            pairs(&found("Talks on 13-14 February 2023.", a)),
            [("13", "2023-02-13"), ("14 February 2023", "2023-02-14")]
        );
        assert_eq!(pairs(&found("Output fell in 2019-2021.", a)), [("2019", "2019"), ("2021", "2021")]);
        assert_eq!(pairs(&found("It ran from 2019 to 2021.", a)), [("2019", "2019"), ("2021", "2021")]);
        assert!(found("They won 3-1 on the night.", a).is_empty());
    }
}
