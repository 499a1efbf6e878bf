//! Settles the candidates: the longest of overlapping ones wins (`February 13, 2023` over
//! `February 13` and `2023`; on a tie, the matcher that runs first), then a clock time takes
//! the day beside it (`12:00 UTC Monday`, `3 p.m. on Monday`), and spans widen over the
//! modifiers TimeML keeps in the expression (`early 2009`, `the end of this year`,
//! `almost two years`) without changing the value.

use super::toks::{Set, Toks};
use super::{Cand, Clock, From, Val};
use crate::card::TimexType;
use crate::rules::time_units::Unit;

pub(crate) fn refine(t: &Toks, cands: Vec<Cand>) -> Vec<Cand> {
    let mut kept = remove_overlaps(cands);
    attach_days_to_times(t, &mut kept);
    for c in &mut kept {
        part_of_day_before(t, c);
        widen_over_modifiers(t, c);
    }
    // a widened span swallows a modifier that was a candidate of its own (`earlier` in
    // `earlier this year`): the wider one stays.
    let mut out: Vec<Cand> = Vec::with_capacity(kept.len());
    for c in kept {
        while out.last().is_some_and(|p| p.end > c.start && c.start <= p.start) {
            out.pop();
        }
        if out.last().is_some_and(|p| p.end > c.start) {
            continue;
        }
        out.push(c);
    }
    out
}

/// Keeps the longest candidates that do not overlap a longer one, in text order.
fn remove_overlaps(cands: Vec<Cand>) -> Vec<Cand> {
    let mut order: Vec<usize> = (0..cands.len()).filter(|&i| cands[i].end > cands[i].start).collect();
    crate::util::sort_by_key(&mut order, |&i| !((cands[i].end - cands[i].start) as u64)); // ties keep index order
    // A bit per byte of text: inside a kept candidate (each byte looked at about once per
    // candidate over it; candidates are a few words long).
    let mut taken: Vec<u64> = vec![0; cands.iter().map(|c| c.end).max().unwrap_or(0) / 64 + 1];
    let mut keep = vec![false; cands.len()];
    for i in order {
        let c = &cands[i];
        let clash = (c.start..c.end).any(|b| taken.get(b / 64).is_some_and(|w| w >> (b % 64) & 1 == 1));
        if !clash {
            for b in c.start..c.end {
                if let Some(w) = taken.get_mut(b / 64) {
                    *w |= 1 << (b % 64);
                }
            }
            keep[i] = true;
        }
    }
    let mut out: Vec<Cand> = cands.into_iter().zip(keep).filter_map(|(c, k)| k.then_some(c)).collect();
    crate::util::sort_by_key(&mut out, |c| c.start as u64);
    out
}

/// A day that a clock time may take: a calendar day, a named day, `yesterday`.
fn is_day(v: &Val) -> bool {
    matches!(v, Val::Day { .. } | Val::Yearly { .. } | Val::Weekday { .. } | Val::DayOfMonth(_))
        || matches!(v, Val::Shift { gran: Unit::Day, from: From::Reference | From::Narrative, .. })
}

/// The day a time may take from `v`: a day itself, or the day of a time (`Wednesday
/// afternoon` of `Wednesday afternoon at 3:15 p.m.`).
fn day_of(v: &Val) -> Option<&Val> {
    match v {
        Val::Time { day: Some(d), .. } => Some(d),
        v if is_day(v) => Some(v),
        _ => None,
    }
}

/// `12:00 UTC Monday` and `Friday morning` become one TIME; `3 p.m. on Monday` and
/// `Monday at 3 p.m.` keep two spans, the time taking the day's value. A part of the day
/// after a clock time with its day adds nothing but its words (`8 p.m. Wednesday evening`).
fn attach_days_to_times(t: &Toks, cands: &mut Vec<Cand>) {
    let between = |a: &Cand, b: &Cand| t.text.get(a.end..b.start).unwrap_or("x").trim().to_ascii_lowercase();
    let mut out: Vec<Cand> = Vec::with_capacity(cands.len());
    for b in std::mem::take(cands) {
        let Some(a) = out.last_mut() else {
            out.push(b);
            continue;
        };
        let gap = if b.start - a.end <= 8 { between(a, &b) } else { "x".to_string() };
        let time_first = a.kind == TimexType::Time && matches!(a.val, Val::Time { day: None, .. }) && is_day(&b.val);
        let day_first = b.kind == TimexType::Time && matches!(b.val, Val::Time { day: None, .. }) && is_day(&a.val);
        let clock_with_day = matches!(a.val, Val::Time { day: Some(_), clock: Clock::At { .. } });
        if clock_with_day && gap.is_empty() && matches!(b.val, Val::Time { day: None, clock: Clock::PartOfDay(_) }) {
            a.end = b.end;
            continue;
        }
        if (time_first || day_first) && gap.is_empty() {
            let (day, time) = if time_first { (b.val.clone(), a.val.clone()) } else { (a.val.clone(), b.val.clone()) };
            let Val::Time { clock, .. } = time else { unreachable!() };
            *a = Cand::new(a.start, b.end, TimexType::Time, Val::Time { day: Some(Box::new(day)), clock });
            continue;
        }
        let mut b = b;
        if time_first && matches!(gap.as_str(), "on" | ",") {
            a.val = match std::mem::replace(&mut a.val, Val::Lit(String::new())) {
                Val::Time { clock, .. } => Val::Time { day: Some(Box::new(b.val.clone())), clock },
                v => v,
            };
        } else if matches!(gap.as_str(), "at" | ",") && matches!(b.val, Val::Time { day: None, .. }) {
            if let (Some(d), Val::Time { day, .. }) = (day_of(&a.val), &mut b.val) {
                *day = Some(Box::new(d.clone()));
            }
        }
        out.push(b);
    }
    *cands = out;
}

/// `the morning of Tuesday`, `the night of March 3`: a day after `the <part of day> of`
/// becomes that part of it, one TIME.
fn part_of_day_before(t: &Toks, c: &mut Cand) {
    let first = t.toks.partition_point(|k| k.span.start < c.start);
    if c.kind != TimexType::Date || !is_day(&c.val) || first < 3 || !t.is(first - 1, "of") || !t.is(first - 3, "the") {
        return;
    }
    let Some(code) = t.part_of_day(first - 2) else { return };
    let day = std::mem::replace(&mut c.val, Val::Lit(String::new()));
    *c = Cand::new(t.start(first - 3), c.end, TimexType::Time, Val::Time { day: Some(Box::new(day)), clock: Clock::PartOfDay(code) });
}

/// Widens a span leftwards over `early`, `late`, `mid`, `the end of`, `earlier`, `later`
/// (dates) or `almost`, `over`, `nearly` (durations).
fn widen_over_modifiers(t: &Toks, c: &mut Cand) {
    let first = t.toks.partition_point(|k| k.span.start < c.start);
    if first == 0 || first > t.len() {
        return;
    }
    let i = first - 1;
    match c.kind {
        TimexType::Date => {
            // "early 2009", "late March"; "earlier this year"
            let early =
                t.is_in(i, &["early", "late", "mid"]) && !matches!(c.val, Val::Weekday { .. } | Val::Day { .. });
            let earlier = t.is_in(i, &["earlier", "later"]) && matches!(c.val, Val::Shift { n: 0, .. });
            if early || earlier {
                c.start = t.start(i);
            } else if t.is(i, "of") && i >= 2 && t.is(i - 2, "the") {
                let edge = ["beginning", "close", "end", "middle", "remainder", "rest", "start", "turn"];
                if t.is_in(i - 1, &edge) {
                    c.start = t.start(i - 2);
                }
            }
        }
        // `almost two years`, but not `over` in `over the past decade`
        TimexType::Duration if t.in_set(i, Set::Approximators) && !t.is(first, "the") => c.start = t.start(i),
        _ => {}
    }
}
