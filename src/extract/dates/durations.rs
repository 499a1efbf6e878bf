//! Durations: `three years` (`P3Y`), `18 months`, `a decade` (`P10Y`), `24 hours`
//! (`PT24H`), `two and a half years` (`P2.5Y`), `half an hour`, `several years` (`PXY`),
//! `12-year` and `one-year` (adjectives: `a 12-year low`), `decades-long`, `for months`
//! (`PXM`: TimeML tags `months`, not the preposition), `the past two weeks`, `the next six
//! months`, `the past decade`, `recent years`.
//!
//! `a second` is never a duration (an ordinal: `a second term`), nor `a quarter` (a share:
//! `about a quarter of its dealers`); ages (`five-year-old`) are left out.

use super::toks::{Set, Toks};
use super::{Cand, Val};
use crate::card::TimexType;
use crate::rules::numbers::CARDINALS;
use crate::rules::time_units::{Unit, COMPOUND_UNITS, TIME_UNITS};

/// How many units: a number (`2.5` kept as written), or unknown (`several`).
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Count<'a> {
    /// As TIMEX3 writes it: `3`, `2.5`, `X` (written out only for a value that is kept).
    pub text: CountText<'a>,
    /// The whole number, when it is one.
    pub n: Option<u32>,
    /// The count was `a`/`an`.
    pub article: bool,
}

/// A count's TIMEX3 text, kept unformatted while a pattern is still being tried.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum CountText<'a> {
    /// `3`
    Whole(u32),
    /// `2.5` for `two and a half`
    AndAHalf(u32),
    /// A decimal as written: `2.5`
    Written(&'a str),
    /// `X`
    Unknown,
}

impl CountText<'_> {
    pub(crate) fn value(&self) -> String {
        match self {
            CountText::Whole(n) => n.to_string(),
            CountText::AndAHalf(n) => format!("{n}.5"),
            CountText::Written(s) => s.to_string(),
            CountText::Unknown => "X".to_string(),
        }
    }
}

impl Count<'_> {
    fn of(n: u32) -> Self {
        Count { text: CountText::Whole(n), n: Some(n), article: false }
    }
}

/// A count starting at token `i`, and the index after it: `3`, `2.5`, `three`,
/// `twenty-five`, `a`, `several`, `a few`, `two and a half`.
pub(crate) fn count_at<'a>(t: &Toks<'a>, i: usize) -> Option<(Count<'a>, usize)> {
    let s = t.s(i);
    let (mut count, mut j) = if let Some(n) = t.num(i).filter(|&n| n < 100_000) {
        (Count::of(n), i + 1)
    } else if s.as_bytes().first().is_some_and(u8::is_ascii_digit)
        && s.contains('.')
        && s.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        && s.len() <= 6
    {
        (Count { text: CountText::Written(s), n: None, article: false }, i + 1)
    } else if let Some(n) = t.cardinal(i).filter(|_| t.core(i).1 == t.end(i)) {
        (Count { text: CountText::Whole(n), n: Some(n), article: t.is(i, "a") || t.is(i, "an") }, i + 1)
    } else if let Some((a, b)) = t.l(i).split_once('-') {
        // twenty-five
        let (a, b) = (crate::rules::lookup(CARDINALS, a)?, crate::rules::lookup(CARDINALS, b)?);
        if a < 20 || a % 10 != 0 || b >= 10 {
            return None;
        }
        (Count::of(a + b), i + 1)
    } else if t.in_set(i, Set::VagueCounts) {
        (Count { text: CountText::Unknown, n: None, article: false }, i + 1)
    } else {
        return None;
    };
    // "a few", "a couple of"
    if count.article && t.is(j, "few") {
        count = Count { text: CountText::Unknown, n: None, article: false };
        j += 1;
    } else if count.article && t.is(j, "couple") && t.is(j + 1, "of") {
        count = Count::of(2);
        j += 2;
    }
    // "two and a half"
    if let Some(n) = count.n.filter(|_| !count.article) {
        if t.is(j, "and") && t.is(j + 1, "a") && t.is(j + 2, "half") {
            count = Count { text: CountText::AndAHalf(n), n: None, article: false };
            j += 3;
        }
    }
    Some((count, j))
}

/// Token `i` may start a count: digits, a number word, `a`/`an`, `several`...
pub(crate) fn may_start_count(t: &Toks, i: usize) -> bool {
    let s = t.l(i);
    s.as_bytes().first().is_some_and(u8::is_ascii_digit)
        || t.cardinal(i).is_some()
        || t.in_set(i, Set::VagueCounts)
        || t.hyphen(i) && s.split_once('-').is_some_and(|(a, _)| crate::rules::lookup(CARDINALS, a).is_some())
}

/// The unit named by token `i` (singular or plural).
pub(crate) fn unit_at(t: &Toks, i: usize) -> Option<Unit> {
    t.unit(i).filter(|_| t.core(i).1 == t.end(i))
}

/// The TIMEX3 duration of `count` units: `P3Y`, `PT24H`, `P10Y` for a decade, `PXM`.
pub(crate) fn duration_value(count: &str, unit: Unit) -> String {
    let scaled = |zeros: usize| crate::util::scaled_count(count, zeros);
    match unit {
        Unit::Second => format!("PT{count}S"),
        Unit::Minute => format!("PT{count}M"),
        Unit::Hour => format!("PT{count}H"),
        Unit::Day => format!("P{count}D"),
        Unit::Week => format!("P{count}W"),
        Unit::Month => format!("P{count}M"),
        Unit::Quarter => format!("P{count}Q"),
        Unit::Year => format!("P{count}Y"),
        Unit::Decade if count == "X" => "PXDE".into(),
        Unit::Decade => format!("P{}Y", scaled(1)),
        Unit::Century if count == "X" => "PXCE".into(),
        Unit::Century => format!("P{}Y", scaled(2)),
    }
}

pub(crate) fn find(t: &Toks, out: &mut Vec<Cand>) {
    for i in t.anchors() {
        let counted = may_start_count(t, i);
        let found = the_past_n_units(t, i)
            .or_else(|| if counted { count_units(t, i) } else { None })
            .or_else(|| if counted { first_of_two_counts(t, i) } else { None })
            .or_else(|| half_a_unit(t, i))
            .or_else(|| hyphenated(t, i))
            .or_else(|| bare_plural(t, i));
        out.extend(found);
    }
}

fn duration(start: usize, end: usize, value: String) -> Cand {
    Cand::new(start, end, TimexType::Duration, Val::Lit(value))
}

/// `three years`, `a decade`, `two consecutive quarters`, `a year and a half`.
fn count_units(t: &Toks, i: usize) -> Option<Cand> {
    let (count, mut j) = count_at(t, i)?;
    if t.in_set(j, Set::DurationAdjectives) {
        j += 1;
    }
    let unit = unit_at(t, j)?;
    // "a second term", "a quarter of", "three quarters of its value": not time
    let of_a_whole = t.is(j + 1, "of") && t.is_in(j + 2, &["a", "an", "her", "his", "its", "the", "their"]);
    if count.article && matches!(unit, Unit::Second | Unit::Quarter) || unit == Unit::Quarter && of_a_whole {
        return None;
    }
    // ages: "five years old"
    if t.is(j + 1, "old") || t.s(j + 1).starts_with("-old") {
        return None;
    }
    let mut text = count.text.value();
    let mut end = t.end(j);
    if count.n == Some(1) && t.is(j + 1, "and") && t.is(j + 2, "a") && t.is(j + 3, "half") {
        text = "1.5".into();
        end = t.end(j + 3);
    } else if let Some((value, end)) = compound(t, &count, unit, j + 1) {
        return Some(duration(t.start(i), end, value));
    }
    Some(duration(t.start(i), end, duration_value(&text, unit)))
}

/// The rest of a compound duration after `N unit` (token `k` on): `[and] M smaller-unit`,
/// both counts whole numbers: `three hours and 12 minutes` (`PT3H12M`), `2 hours 40
/// minutes`. Gives the whole value and the end of the second part.
fn compound(t: &Toks, first: &Count, unit: Unit, k: usize) -> Option<(String, usize)> {
    let k = if t.is(k, "and") { k + 1 } else { k };
    let (second, m) = count_at(t, k).filter(|(c, _)| !c.article && c.n.is_some())?;
    let (n1, n2) = (first.n?, second.n?);
    let small = unit_at(t, m)?;
    let (_, _, sep) = COMPOUND_UNITS.iter().find(|&&(a, b, _)| a == unit && b == small)?;
    let head = duration_value(&n1.to_string(), unit);
    let tail = duration_value(&n2.to_string(), small);
    // `PT3H` + `PT12M` -> `PT3H12M`; `P1D` + `PT5H` -> `P1DT5H`.
    let tail = tail.trim_start_matches('P').trim_start_matches('T');
    Some((format!("{head}{sep}{tail}"), t.end(m)))
}

/// The `60` of `between 60 and 90 days`, `two to three weeks`, `six or seven years`.
fn first_of_two_counts(t: &Toks, i: usize) -> Option<Cand> {
    let (count, j) = count_at(t, i)?;
    if count.article || !t.is_in(j, &["and", "or", "to"]) {
        return None;
    }
    let (second, k) = count_at(t, j + 1)?;
    if second.article {
        return None;
    }
    let unit = unit_at(t, k)?;
    Some(duration(t.start(i), t.end(j - 1), duration_value(&count.text.value(), unit)))
}

/// `half an hour` (`PT30M`), `half a century` (`P50Y`).
fn half_a_unit(t: &Toks, i: usize) -> Option<Cand> {
    if !t.is(i, "half") || !(t.is(i + 1, "a") || t.is(i + 1, "an")) {
        return None;
    }
    let unit = unit_at(t, i + 2)?;
    let value = match unit {
        Unit::Hour => "PT30M".to_string(),
        Unit::Minute => "PT30S".to_string(),
        Unit::Day => "PT12H".to_string(),
        Unit::Year => "P6M".to_string(),
        u => duration_value("0.5", u),
    };
    Some(duration(t.start(i), t.end(i + 2), value))
}

/// One token: `12-year`, `one-year`, `24-hour`, `single-day`, `decades-long`, `year-long`.
fn hyphenated(t: &Toks, i: usize) -> Option<Cand> {
    if !t.hyphen(i) {
        return None;
    }
    let s = t.s(i);
    let parts: Vec<&str> = s.split('-').collect();
    if parts.iter().any(|p| p.eq_ignore_ascii_case("old")) || parts.len() > 4 {
        return None;
    }
    let mut k = parts.len() - 1;
    if parts[k].eq_ignore_ascii_case("long") && k >= 1 {
        k -= 1;
    }
    let unit = crate::rules::lookup(TIME_UNITS, parts[k])?;
    let count = &parts[..k];
    let text = match count {
        [] => {
            let plural = parts[k].ends_with('s');
            if !plural && k + 1 == parts.len() {
                return None; // "year" alone is not hyphenated
            }
            if plural {
                "X".to_string()
            } else {
                "1".to_string()
            }
        }
        [n] if n.bytes().all(|b| b.is_ascii_digit()) && n.len() <= 4 => n.to_string(),
        [n] if n.eq_ignore_ascii_case("multi") => "X".to_string(),
        [n] => crate::rules::lookup(CARDINALS, n).filter(|_| !n.eq_ignore_ascii_case("a"))?.to_string(),
        [a, b] => {
            let (a, b) = (crate::rules::lookup(CARDINALS, a)?, crate::rules::lookup(CARDINALS, b)?);
            if a < 20 || a % 10 != 0 || b >= 10 {
                return None;
            }
            (a + b).to_string()
        }
        _ => return None,
    };
    if matches!(unit, Unit::Second | Unit::Quarter) && text == "1" {
        return None;
    }
    Some(duration(t.start(i), t.end(i), duration_value(&text, unit)))
}

/// `for months`, `in years`, `over decades`, `within minutes`: a plural unit without a
/// count after such a word (the word stays out of the span).
fn bare_plural(t: &Toks, i: usize) -> Option<Cand> {
    let unit = unit_at(t, i)?;
    let s = t.s(i);
    if !s.ends_with('s') || i == 0 || matches!(unit, Unit::Second | Unit::Quarter) {
        return None;
    }
    // "in minutes", "in just minutes"
    let p = if i >= 2 && t.is_in(i - 1, &["just", "mere", "only"]) { i - 2 } else { i - 1 };
    if !t.is_in(p, &["after", "for", "in", "over", "than", "within"]) {
        return None;
    }
    if t.is(i + 1, "of") || t.is(i + 1, "old") || (unit == Unit::Hour && t.is(p, "after")) {
        return None;
    }
    Some(duration(t.start(i), t.end(i), duration_value("X", unit)))
}

/// `the past two weeks`, `the next six months`, `the past decade`, `the last few days`,
/// `the past five trading days`, `recent years`.
fn the_past_n_units(t: &Toks, i: usize) -> Option<Cand> {
    let (first, j) =
        if t.is(i, "the") && t.is_in(i + 1, &["coming", "first", "following", "last", "next", "past", "previous"]) {
            (i, i + 2)
        } else if t.is(i, "recent") && i >= 1 && t.is(i - 1, "in") {
            (i, i + 1)
        } else {
            return None;
        };
    let (count, mut k) = match count_at(t, j) {
        Some((c, k)) if !c.article => (c.text.value(), k),
        _ => ("1".to_string(), j),
    };
    if t.in_set(k, Set::DurationAdjectives) {
        k += 1;
    }
    let unit = unit_at(t, k)?;
    // "the last week of March", "the first year of his term": a part of something else
    let determiner = ["her", "his", "its", "that", "the", "their", "this"];
    if t.is(k + 1, "of") && (super::month_day::month_word(t, k + 2).is_some() || t.is_in(k + 2, &determiner)) {
        return None;
    }
    let plural = t.s(k).ends_with('s');
    let count = if t.is(i, "recent") || (plural && count == "1") { "X".to_string() } else { count };
    if matches!(unit, Unit::Second) {
        return None;
    }
    Some(duration(t.start(first), t.end(k), duration_value(&count, unit)))
}

#[cfg(test)]
mod tests {
    use super::super::testing::{found, one, pairs};
    use crate::card::TimexType;

    #[test]
    fn durations_of_every_shape() {
        let a = "2023-02-13";
        for (text, span, value) in [
            ("It lasted three years.", "three years", "P3Y"),
            ("It took a decade.", "a decade", "P10Y"),
            ("It took 24 hours.", "24 hours", "PT24H"),
            ("Fighting went on for months.", "months", "PXM"),
            ("It is almost two and a half years late.", "almost two and a half years", "P2.5Y"),
            ("Prices rose over the past two weeks.", "the past two weeks", "P2W"),
            ("Cuts come over the next six months.", "the next six months", "P6M"),
            ("Stocks hit a 12-year low.", "12-year", "P12Y"),
            ("The one-year anniversary is near.", "one-year", "P1Y"),
            ("A decades-long dispute ended.", "decades-long", "PXDE"),
            ("Wait half an hour.", "half an hour", "PT30M"),
            ("After two consecutive quarters of decline.", "two consecutive quarters", "P2Q"),
            ("It has fallen in recent years.", "recent years", "PXY"),
            ("The match lasted three hours and 12 minutes.", "three hours and 12 minutes", "PT3H12M"),
            ("The final took 2 hours 40 minutes.", "2 hours 40 minutes", "PT2H40M"),
            ("He served two years and six months.", "two years and six months", "P2Y6M"),
            ("The search lasted a day and five hours.", "a day and five hours", "P1DT5H"),
            ("She ran it in 3 minutes 59 seconds.", "3 minutes 59 seconds", "PT3M59S"),
        ] {
            assert_eq!(one(text, a), (span.to_string(), TimexType::Duration, value.to_string()), "{text}");
        }
    }

    #[test]
    fn not_durations() {
        let a = "2023-02-13";
        for text in ["He won a second term.", "About a quarter of dealers closed.", "A five-year-old boy was hurt."] {
            assert!(found(text, a).is_empty(), "{text}: {:?}", pairs(&found(text, a)));
        }
        // Two durations side by side that are no compound: each stands alone.
        for (text, values) in [
            ("It took two hours and several minutes.", vec!["PT2H", "PTXM"]),
            ("Six months and two years passed.", vec!["P6M", "P2Y"]),
        ] {
            let got: Vec<String> = found(text, a).into_iter().map(|(_, value)| value).collect();
            assert_eq!(got, values, "{text}");
        }
    }
}
