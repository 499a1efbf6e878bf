//! Dates relative to the reference date or to the narrative: `today`, `yesterday`,
//! `tomorrow`, `the day before yesterday`, `this week` / `last week` / `next month` /
//! `this year` / `last quarter` / `this weekend`, `two days ago`, `a year ago`,
//! `three days later`, `a year earlier`, `the following day`, `the next day`, `the day`,
//! `that day`, `the previous year`, `the end of the year`, quarters and halves
//! (`the third quarter`, `the first quarter of 2009`, `third-quarter`, `Q3`), seasons
//! (`last summer`, `the summer of 2022`, `spring`), and `in three weeks` when the sentence
//! looks forward (`will return in three weeks`).

use super::durations::{count_at, unit_at};
use super::toks::{Set, Toks};
use super::{Cand, Clock, Dir, From, Part, Val, YearSpec};
use crate::card::TimexType;
use crate::rules::numbers::ORDINALS;
use crate::rules::time_units::Unit;

pub(crate) fn find(t: &Toks, out: &mut Vec<Cand>) {
    for i in t.anchors() {
        let counted = super::durations::may_start_count(t, i);
        let found = day_word(t, i)
            .or_else(|| this_last_next(t, i))
            .or_else(|| if counted { ago_later(t, i) } else { None })
            .or_else(|| units_ago(t, i))
            .or_else(|| narrative_day(t, i))
            .or_else(|| edge_of_period(t, i))
            .or_else(|| quarter(t, i))
            .or_else(|| season(t, i))
            .or_else(|| in_n_units(t, i));
        out.extend(found);
    }
}

fn shift(from: From, n: i32, unit: Unit, gran: Unit) -> Val {
    Val::Shift { from, n, unit, gran }
}

/// The granularity a shift of `unit` is written at: `a week ago` is a day, `three months
/// ago` a month, `a decade ago` a year.
fn gran_of(unit: Unit) -> Unit {
    match unit {
        Unit::Second | Unit::Minute | Unit::Hour | Unit::Day | Unit::Week => Unit::Day,
        Unit::Month => Unit::Month,
        Unit::Quarter => Unit::Quarter,
        Unit::Year | Unit::Decade | Unit::Century => Unit::Year,
    }
}

/// `today`, `yesterday`, `tomorrow`, `tonight`, `the day before yesterday`.
fn day_word(t: &Toks, i: usize) -> Option<Cand> {
    let n = t.relative_day(i)?;
    let end = t.core(i).1;
    if t.core(i).0.eq_ignore_ascii_case("tonight") {
        let val = Val::Time {
            day: Some(Box::new(shift(From::Reference, 0, Unit::Day, Unit::Day))),
            clock: Clock::PartOfDay("NI"),
        };
        return Some(Cand::new(t.start(i), end, TimexType::Time, val));
    }
    // "the day before yesterday", "the day after tomorrow"
    if i >= 3 && t.is(i - 3, "the") && t.is(i - 2, "day") {
        let extra = if t.is(i - 1, "before") && n == -1 {
            Some(-2)
        } else if t.is(i - 1, "after") && n == 1 {
            Some(2)
        } else {
            None
        };
        if let Some(n) = extra {
            return Some(Cand::date(t.start(i - 3), end, shift(From::Reference, n, Unit::Day, Unit::Day)));
        }
    }
    Some(Cand::date(t.start(i), end, shift(From::Reference, n, Unit::Day, Unit::Day)))
}

/// `this week`, `last month`, `next year`, `this decade`, `last quarter`, `this weekend`,
/// `the weekend`. Not `the last year` (a duration).
fn this_last_next(t: &Toks, i: usize) -> Option<Cand> {
    let n = match t.l(i) {
        "this" | "the" => 0,
        "last" | "past" => -1,
        "next" | "coming" => 1,
        _ => return None,
    };
    if i >= 1 && t.is(i - 1, "the") && n != 0 {
        return None;
    }
    let (word, end) = t.core(i + 1);
    if word.eq_ignore_ascii_case("weekend") {
        return Some(Cand::date(t.start(i), end, Val::Weekend(n)));
    }
    if t.is(i, "the") || t.is(i, "past") || t.is(i, "coming") {
        return None;
    }
    let unit = unit_at(t, i + 1)
        .filter(|_| end == t.end(i + 1) || !word.ends_with('s'))
        .or_else(|| crate::rules::lookup(crate::rules::time_units::TIME_UNITS, word))?;
    if word.ends_with('s') || matches!(unit, Unit::Second | Unit::Minute | Unit::Hour | Unit::Day) {
        return None;
    }
    let gran = unit;
    Some(Cand::date(t.start(i), end, shift(From::Reference, n, unit, gran)))
}

/// `years ago`, `weeks ago`: the past, with no count.
fn units_ago(t: &Toks, i: usize) -> Option<Cand> {
    unit_at(t, i).filter(|_| t.s(i).ends_with('s') && t.is(i + 1, "ago"))?;
    if i > 0 && super::durations::may_start_count(t, i - 1) {
        return None;
    }
    Some(Cand::date(t.start(i), t.end(i + 1), Val::Lit("PAST_REF".into())))
}

/// `two days ago` (from the reference), `three days later`, `a year earlier` (from the
/// narrative), each written at the granularity of its unit: `a week later` is an ISO week,
/// `a month earlier` a month, `a year earlier` a year (`a week ago` stays a day). Without a
/// number of units, `years ago` is just the past.
fn ago_later(t: &Toks, i: usize) -> Option<Cand> {
    let (count, j) = count_at(t, i)?;
    let unit = unit_at(t, j)?;
    let (from, sign) = match t.l(j + 1) {
        "ago" => (From::Reference, -1),
        "earlier" => (From::Narrative, -1),
        "later" => (From::Narrative, 1),
        _ => return None,
    };
    if t.is(j + 2, "than") {
        return None;
    }
    let val = match count.n {
        // "a week earlier", told from a date the narrative set, is that week (`2024-W27`);
        // "a week ago" a day
        Some(n) if from == From::Narrative && unit == Unit::Week => shift(from, sign * n as i32, unit, Unit::Week),
        Some(n) => shift(from, sign * n as i32, unit, gran_of(unit)),
        None if sign < 0 => Val::Lit("PAST_REF".into()),
        None => Val::Lit("FUTURE_REF".into()),
    };
    Some(Cand::date(t.start(i), t.end(j + 1), val))
}

/// `the following day`, `the next day`, `the previous day`, `the day before`, `the same
/// day`, `that day`, `the day`, `the previous year`, `that year`.
fn narrative_day(t: &Toks, i: usize) -> Option<Cand> {
    let first = t.l(i);
    if first != "the" && first != "that" {
        return None;
    }
    let (n, k) = match t.l(i + 1) {
        "following" | "next" if first == "the" => (1, i + 2),
        "previous" | "preceding" if first == "the" => (-1, i + 2),
        "same" | "entire" | "whole" => (0, i + 2),
        _ => (0, i + 1),
    };
    let (word, end) = (t.core_lower(k), t.core(k).1);
    // "the year previous"
    if word == "year" && t.is(k + 1, "previous") && k == i + 1 {
        return Some(Cand::date(t.start(i), t.end(k + 1), shift(From::Narrative, -1, Unit::Year, Unit::Year)));
    }
    let unit = match word {
        "day" => Unit::Day,
        "year" if k > i + 1 || first == "that" => Unit::Year,
        "week" if k > i + 1 || first == "that" => Unit::Week,
        "month" if k > i + 1 || first == "that" => Unit::Month,
        _ => return None,
    };
    // "the day before", "the day after": one day off the narrative, unless a clause follows
    if unit == Unit::Day && k == i + 1 && (t.is(k + 1, "before") || t.is(k + 1, "after")) {
        let n = if t.is(k + 1, "before") { -1 } else { 1 };
        let ends_clause = !t.s(k + 2).chars().next().is_some_and(char::is_alphanumeric);
        if ends_clause {
            return Some(Cand::date(t.start(i), t.end(k + 1), shift(From::Narrative, n, unit, unit)));
        }
    }
    Some(Cand::date(t.start(i), end, shift(From::Narrative, n, unit, unit)))
}

/// `the end of the year`, `the beginning of the month`: the current period.
fn edge_of_period(t: &Toks, i: usize) -> Option<Cand> {
    if !t.is(i, "the")
        || !t.is_in(i + 1, &["beginning", "end", "middle", "remainder", "rest", "start"])
        || !t.is(i + 2, "of")
    {
        return None;
    }
    if !t.is(i + 3, "the") {
        return None;
    }
    let (word, end) = (t.core_lower(i + 4), t.core(i + 4).1);
    let unit = match word {
        "year" => Unit::Year,
        "month" => Unit::Month,
        "week" => Unit::Week,
        "day" => return Some(Cand::date(t.start(i), end, shift(From::Narrative, 0, Unit::Day, Unit::Day))),
        _ => return None,
    };
    Some(Cand::date(t.start(i), end, shift(From::Reference, 0, unit, unit)))
}

/// The year after `of`: `of 2009`, `of this year`, `of last year`, `of next year`, `of the
/// year`.
fn of_year(t: &Toks, i: usize) -> Option<(YearSpec, usize)> {
    if !t.is(i, "of") {
        return None;
    }
    if let Some(y) = super::month_day::year_number(t, i + 1) {
        return Some((YearSpec::Known(y), t.end(i + 1)));
    }
    let year = match t.l(i + 1) {
        "this" => YearSpec::Rel(0),
        "last" => YearSpec::Rel(-1),
        "next" => YearSpec::Rel(1),
        "the" => YearSpec::TheYear,
        _ => return None,
    };
    // "of the year's profits": the possessive stays out
    (t.core_lower(i + 2) == "year").then(|| (year, t.core(i + 2).1))
}

/// `the third quarter [of 2009 | of this year]`, `the final quarter`, `the last quarter`
/// (the one before), `third-quarter`, `Q3 [2023]`, `the first half of 2023`.
fn quarter(t: &Toks, i: usize) -> Option<Cand> {
    let s = t.s(i);
    // "Q3", "Q3 2023"
    if s.len() == 2 && s.starts_with('Q') {
        let q = s[1..].parse::<u32>().ok().filter(|q| (1..=4).contains(q))?;
        let year = super::month_day::year_number(t, i + 1);
        let end = if year.is_some() { t.end(i + 1) } else { t.end(i) };
        let year = year.map_or(YearSpec::Implied(Dir::Auto), YearSpec::Known);
        return Some(Cand::date(t.start(i), end, Val::Part { year, part: Part::Quarter(q) }));
    }
    // "third-quarter"
    if let Some(head) = s.strip_suffix("-quarter") {
        let q = crate::rules::lookup(ORDINALS, head).filter(|q| (1..=4).contains(q))?;
        // "fourth-quarter 2006 growth"
        let (year, end) = match super::month_day::year_number(t, i + 1) {
            Some(y) => (YearSpec::Known(y), t.end(i + 1)),
            None => (YearSpec::Implied(Dir::Auto), t.end(i)),
        };
        return Some(Cand::date(t.start(i), end, Val::Part { year, part: Part::Quarter(q) }));
    }
    if !t.is(i, "the") {
        return None;
    }
    let ord = t.l(i + 1);
    let which = t.l(i + 2);
    let is_half = which == "half";
    if which != "quarter" && !is_half {
        return None;
    }
    let of = of_year(t, i + 3);
    if ord == "last" && of.is_none() && !is_half {
        return Some(Cand::date(t.start(i), t.end(i + 2), shift(From::Reference, -1, Unit::Quarter, Unit::Quarter)));
    }
    let n = match ord {
        "final" | "last" if !is_half => 4,
        "final" | "last" => 2,
        o => crate::rules::lookup(ORDINALS, o)
            .or_else(|| super::month_day::day_number(o).filter(|_| o.ends_with(|c: char| c.is_ascii_alphabetic())))?,
    };
    let (year, end) = of.unwrap_or((YearSpec::Implied(Dir::Auto), t.end(i + 2)));
    if is_half {
        // "the second half" alone is as often a match as a year: only with its year
        if !(1..=2).contains(&n) || of.is_none() {
            return None;
        }
        return Some(Cand::date(t.start(i), end, Val::Part { year, part: Part::Half(n) }));
    }
    if !(1..=4).contains(&n) {
        return None;
    }
    Some(Cand::date(t.start(i), end, Val::Part { year, part: Part::Quarter(n) }))
}

/// `last summer`, `this winter`, `the summer of 2022`, `summer 2022`, `in spring`.
/// `fall` only with `this`, `last`, `next` or a year (`the fall of the regime` is not).
fn season(t: &Toks, i: usize) -> Option<Cand> {
    let code = t.season(i)?;
    let end = t.core(i).1;
    let is_fall = t.core(i).0.eq_ignore_ascii_case("fall");
    if let Some(y) = super::month_day::year_number(t, i + 1) {
        return Some(Cand::date(
            t.start(i),
            t.end(i + 1),
            Val::Part { year: YearSpec::Known(y), part: Part::Season(code) },
        ));
    }
    let prev = i.checked_sub(1);
    let dir = match prev.map(|p| t.l(p)) {
        Some("last") => Some(Dir::Last),
        Some("next") => Some(Dir::Next),
        Some("this") => Some(Dir::This),
        _ => None,
    };
    if let Some(dir) = dir {
        return Some(Cand::date(
            t.start(i - 1),
            end,
            Val::Part { year: YearSpec::Implied(dir), part: Part::Season(code) },
        ));
    }
    if let Some((year, end)) = of_year(t, i + 1) {
        let start = if prev.is_some_and(|p| t.is(p, "the")) { t.start(i - 1) } else { t.start(i) };
        return Some(Cand::date(start, end, Val::Part { year, part: Part::Season(code) }));
    }
    if is_fall {
        return None;
    }
    // "summer", "winter" and "autumn" are seasons wherever they stand; "spring" needs "in"
    let always = !t.core(i).0.eq_ignore_ascii_case("spring");
    let Some(p) = prev else {
        return always.then(|| {
            Cand::date(t.start(i), end, Val::Part { year: YearSpec::Implied(Dir::Auto), part: Part::Season(code) })
        });
    };
    let start = if t.is(p, "the") && p >= 1 && t.is_in(p - 1, &["by", "during", "in", "since", "until"]) {
        t.start(p)
    } else if t.is_in(p, &["by", "during", "early", "in", "late", "since", "until"]) || always {
        t.start(i)
    } else {
        return None;
    };
    Some(Cand::date(start, end, Val::Part { year: YearSpec::Implied(Dir::Auto), part: Part::Season(code) }))
}

/// `in three weeks` when a future marker comes shortly before (`will return in three
/// weeks`): a date that many units after the reference; the preposition stays out.
fn in_n_units(t: &Toks, i: usize) -> Option<Cand> {
    if !t.is(i, "in") {
        return None;
    }
    let (count, j) = count_at(t, i + 1)?;
    let n = count.n?;
    let unit = unit_at(t, j)?;
    if matches!(unit, Unit::Second | Unit::Minute | Unit::Hour) {
        return None;
    }
    let lo = i.saturating_sub(6);
    if !(lo..i).any(|k| t.in_set(k, Set::FutureMarkers) || t.s(k).ends_with("'ll") || t.s(k).ends_with("’ll")) {
        return None;
    }
    Some(Cand::date(t.start(i + 1), t.end(j), shift(From::Reference, n as i32, unit, gran_of(unit))))
}

#[cfg(test)]
mod tests {
    use super::super::testing::{found, pairs};

    #[test]
    fn relative_to_the_reference() {
        let a = "2023-02-13";
        for (text, span, value) in [
            ("It happened yesterday.", "yesterday", "2023-02-12"),
            ("It happened the day before yesterday.", "the day before yesterday", "2023-02-11"),
            ("It happened last week.", "last week", "2023-W06"),
            ("It happens next month.", "next month", "2023-03"),
            ("It grew this year.", "this year", "2023"),
            ("It happened two days ago.", "two days ago", "2023-02-11"),
            ("It happened a year ago.", "a year ago", "2022"),
            ("Profits fell in the third quarter.", "the third quarter", "2022-Q3"),
            ("Profits will rise in the third quarter.", "the third quarter", "2023-Q3"),
            ("It rained last summer.", "last summer", "2022-SU"),
            ("Sales rose earlier this year.", "earlier this year", "2023"),
            ("Profits fell in the first quarter of 2009.", "the first quarter of 2009", "2009-Q1"),
            ("They will return in three weeks.", "three weeks", "2023-03-06"),
            ("Talks end at the end of the year.", "the end of the year", "2023"),
        ] {
            assert_eq!(pairs(&found(text, a)), [(span, value)], "{text}");
        }
    }

    #[test]
    fn shifts_from_the_narrative_keep_the_granularity_of_their_unit() {
        // 2024-07-03 is in ISO week 27
        let f = found("It struck on July 3, 2024. A week later, a month later and a year earlier.", "2024-07-20");
        assert_eq!(
            pairs(&f),
            [
                ("July 3, 2024", "2024-07-03"),
                ("A week later", "2024-W28"),
                ("a month later", "2024-08"),
                ("a year earlier", "2023")
            ]
        );
        // from the reference, a week ago is a day
        assert_eq!(pairs(&found("It struck a week ago.", "2024-07-20")), [("a week ago", "2024-07-13")]);
    }

    #[test]
    fn relative_to_the_narrative() {
        let f = found("Troops arrived on March 3, 2022. They left the following day.", "2023-02-13");
        assert_eq!(pairs(&f), [("March 3, 2022", "2022-03-03"), ("the following day", "2022-03-04")]);
        let f = found("It opened in 2009. A year earlier, it had closed.", "2023-02-13");
        assert_eq!(pairs(&f), [("2009", "2009"), ("A year earlier", "2008")]);
    }
}
