//! Sets (TIMEX3 SET): `every Monday` (`XXXX-WXX-1`), `on Mondays`, `every day`, `every two
//! weeks`, `each year`, `daily`, `weekly`, `annually`, `annual`, and the `a year` of
//! `15 a year` / `twice a week` / `per month`.

use super::durations::{count_at, duration_value, unit_at};
use super::toks::Toks;
use super::{Cand, Val};
use crate::card::TimexType;
use crate::rules::weekdays::WEEKDAYS;

pub(crate) fn find(t: &Toks, out: &mut Vec<Cand>) {
    for i in t.anchors() {
        let found =
            every(t, i).or_else(|| frequency_word(t, i)).or_else(|| per_unit(t, i)).or_else(|| plural_weekday(t, i));
        out.extend(found);
    }
}

fn set(start: usize, end: usize, value: String) -> Cand {
    Cand::new(start, end, TimexType::Set, Val::Lit(value))
}

/// `every Monday`, `every day`, `every two weeks`, `every other day`, `each year`,
/// `every morning`.
fn every(t: &Toks, i: usize) -> Option<Cand> {
    if !t.is(i, "every") && !t.is(i, "each") {
        return None;
    }
    let j = i + 1;
    if let Some(w) = t.weekday(j) {
        return Some(set(t.start(i), t.core(j).1, format!("XXXX-WXX-{}", w + 1)));
    }
    if let Some(code) = t.part_of_day(j) {
        return Some(set(t.start(i), t.core(j).1, format!("XXXX-XX-XXT{code}")));
    }
    let (count, k) = if t.is(j, "other") {
        ("2".to_string(), j + 1)
    } else {
        match count_at(t, j) {
            Some((c, k)) if !c.article && c.n.is_some() => (c.text.value(), k),
            _ => ("1".to_string(), j),
        }
    };
    let unit = unit_at(t, k)?;
    Some(set(t.start(i), t.end(k), duration_value(&count, unit)))
}

/// `daily`, `weekly`, `annually`, `annual`; not inside a name (`China Daily`, `The Weekly
/// Standard`).
fn frequency_word(t: &Toks, i: usize) -> Option<Cand> {
    let value = t.frequency(i)?;
    if t.cap(i) && (i > 0 && t.cap(i - 1) || t.cap(i + 1)) {
        return None;
    }
    (t.core(i).1 == t.end(i)).then(|| set(t.start(i), t.end(i), value.to_string()))
}

/// `a year` in `15 a year`, `$28 an hour`, `$300 million in fuel a year`, `twice a week`,
/// `three times a month`; `per year`. Not `take a year` (no amount before it) nor `a year
/// after` (a duration that places something).
fn per_unit(t: &Toks, i: usize) -> Option<Cand> {
    if !(t.is(i, "a") || t.is(i, "an") || t.is(i, "per")) || i == 0 {
        return None;
    }
    let unit = unit_at(t, i + 1).filter(|_| !t.s(i + 1).ends_with('s'))?;
    // "about a quarter, of its dealers": a share
    if unit == crate::rules::time_units::Unit::Quarter && !t.is(i, "per") {
        return None;
    }
    if t.is_in(i + 2, &["after", "ago", "before", "earlier", "later"]) {
        return None;
    }
    let p = i - 1;
    // an amount shortly before: "15 a year", "400,000 plus units a year"
    let amount = (1..=4)
        .take_while(|&d| d <= i && !matches!(t.s(i - d), "." | ";" | "!" | "?"))
        .any(|d| t.kind(i - d) == Some(crate::doc::TokenKind::Number));
    let before_ok = t.is(i, "per") || amount || t.is_in(p, &["once", "times", "twice"]);
    before_ok.then(|| set(t.start(i), t.end(i + 1), duration_value("1", unit)))
}

/// `on Mondays`.
fn plural_weekday(t: &Toks, i: usize) -> Option<Cand> {
    if !t.cap(i) {
        return None;
    }
    let single = t.s(i).strip_suffix('s')?;
    let w = crate::rules::lookup(WEEKDAYS, single)?;
    Some(set(t.start(i), t.end(i), format!("XXXX-WXX-{}", w + 1)))
}

#[cfg(test)]
mod tests {
    use super::super::testing::one;
    use crate::card::TimexType;

    #[test]
    fn sets() {
        let a = "2023-02-13";
        for (text, span, value) in [
            ("Markets open every Monday.", "every Monday", "XXXX-WXX-1"),
            ("Reports come out daily.", "daily", "P1D"),
            ("It is held annually.", "annually", "P1Y"),
            ("They build 15 a year.", "a year", "P1Y"),
            ("Buses run every two weeks.", "every two weeks", "P2W"),
            ("Shops close on Sundays.", "Sundays", "XXXX-WXX-7"),
        ] {
            assert_eq!(one(text, a), (span.to_string(), TimexType::Set, value.to_string()), "{text}");
        }
    }
}
