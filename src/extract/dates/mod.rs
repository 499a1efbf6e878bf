//! Temporal expressions (TimeML TIMEX3), resolved against the publication date.
//!
//! Three stages, each linear in the number of tokens:
//! 1. **Matchers** propose candidates over the tokens (starting only on the tokens that
//!    [`toks::Toks::anchors`] lets through), each a byte span with a TIMEX3 type
//!    and a [`Val`]: what the words say, with the known and the implied parts kept apart
//!    (`February 11` is a day whose year is implied). One file per family of patterns; they
//!    run in this order, which matters only when two propose the very same span (the
//!    earlier wins: `a year` of `15 a year` is a set before it is a duration):
//!    - [`month_day`]: month names with a day or year (`Feb. 13, 2023`, `13 February`,
//!      `Monday, Feb. 13`, `in February`, `last March`, `the 13th`), fixed-day holidays
//!      (`Christmas`, `New Year's Day`);
//!    - [`absolute`]: numeric dates and years (`2023-02-13`, `13/02/2023`, `in 2022`,
//!      `the 1990s`, `the 21st century`);
//!    - [`ranges`]: the two ends of `Feb. 13-14`, `2019-2021` and `January-March`,
//!      written as one token;
//!    - [`weekday`]: `Monday`, `last Friday`, `next Tuesday`;
//!    - [`relative`]: `yesterday`, `last week`, `two days ago`, `the following day`,
//!      `the third quarter`, `last summer`, `earlier this year`;
//!    - [`times`]: `10:30 a.m.`, `noon`, `18:00 UTC`, `this morning`;
//!    - [`sets`]: `every Monday`, `daily`, `15 a year`;
//!    - [`durations`]: `three years`, `for months`, `24-hour`, `the past two weeks`;
//!    - [`vague`]: `now`, `recently`, `the past`, `soon`.
//! 2. [`refine`] keeps the longest of overlapping candidates, then joins a clock time to
//!    the day beside it (`Monday at 3 p.m.`) and widens spans over modifiers
//!    (`early 2009`, `the end of this year`).
//! 3. [`resolve`] turns each [`Val`] into a TIMEX3 value in text order: against the anchor
//!    in the narrative, against the date the narrative last set for `the following day`,
//!    and inside quotation marks against when the words were said.

mod absolute;
mod durations;
mod month_day;
mod ranges;
mod refine;
mod relative;
mod resolve;
mod sets;
mod times;
mod toks;
mod vague;
mod weekday;

use crate::calendar::Date;
use crate::card::{DateMention, TimexType};
use crate::doc::Document;
use crate::rules::time_units::Unit;
use toks::Toks;

/// Which way a date without a year, or a named day, is looked for from the reference date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Dir {
    /// By the tense of the sentence, else the closest (`on Monday`, `February 11`).
    Auto,
    /// Strictly before (`last Friday`, `last March`).
    Last,
    /// Strictly after (`next Friday`, `this coming Monday`).
    Next,
    /// In the current week, month or year (`this Friday`, `this summer`).
    This,
}

/// Where a shift counts from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum From {
    /// The publication date, or inside a quote the day it was said: `two days ago`.
    Reference,
    /// The day the narrative last set: `the following day`, `a year earlier`.
    Narrative,
}

/// A part of a year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Part {
    /// TIMEX3 season code: `SP`, `SU`, `FA`, `WI`.
    Season(&'static str),
    Quarter(u32),
    Half(u32),
}

/// The year of a month, season or quarter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum YearSpec {
    Known(i32),
    /// Relative to the reference year: `this` 0, `last` -1, `next` 1.
    Rel(i32),
    /// Not said: found from the reference date and the tense.
    Implied(Dir),
    /// `of the year` (`the second half of the year`): the reference year, but in the past
    /// tense the year before when the part has not ended yet, and in the future the year
    /// after when it has.
    TheYear,
}

/// A clock time or a part of the day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Clock {
    /// Hours and minutes, and whether it is UTC/GMT (`Z`).
    At { hour: u32, minute: u32, utc: bool },
    /// TIMEX3 part-of-day code: `MO`, `AF`, `EV`, `NI`.
    PartOfDay(&'static str),
}

/// What an expression says, before it is resolved against a reference date.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Val {
    /// A value fully known from the words: `2023`, `199`, `P3M`, `PRESENT_REF`, `XXXX-WXX-1`.
    Lit(String),
    /// A day; `year` is `None` when implied (`February 11`).
    Day { year: Option<i32>, month: u32, day: u32 },
    /// A day that moves from year to year (`Easter`); `year` is `None` when implied.
    Yearly { year: Option<i32>, day: crate::calendar::Yearly },
    /// A month; `year` is `None` when implied (`in February`, `last March`).
    Month { year: Option<i32>, month: u32, dir: Dir },
    /// A day of an implied month: `the 13th`.
    DayOfMonth(u32),
    /// A named day, Monday = 0.
    Weekday { weekday: u32, dir: Dir },
    /// `n` units from a date, written at granularity `gran`: `last week` is
    /// `{Reference, -1, Week, Week}`, `a week ago` `{Reference, -1, Week, Day}`.
    Shift { from: From, n: i32, unit: Unit, gran: Unit },
    /// A weekend, `n` weeks from the reference week.
    Weekend(i32),
    /// A season, quarter or half of a year.
    Part { year: YearSpec, part: Part },
    /// A time of day, on the day `day` (resolved first) or else the day the context gives.
    Time { day: Option<Box<Val>>, clock: Clock },
}

/// A proposed expression: a byte span of the text with its type and value.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Cand {
    pub start: usize,
    pub end: usize,
    pub kind: TimexType,
    pub val: Val,
}

impl Cand {
    pub fn new(start: usize, end: usize, kind: TimexType, val: Val) -> Self {
        Cand { start, end, kind, val }
    }
    pub fn date(start: usize, end: usize, val: Val) -> Self {
        Cand::new(start, end, TimexType::Date, val)
    }
}

/// Finds every temporal expression, in text order. `anchor` is the publication date, when
/// known; without it, values keep only what the text says (`XXXX-02-11`).
pub fn find(doc: &Document, anchor: Option<Date>) -> Vec<DateMention> {
    let lower = doc.text.to_ascii_lowercase();
    let t = Toks::new(&doc.text, &lower, &doc.tokens);
    let mut cands = Vec::new();
    month_day::find(&t, &mut cands);
    absolute::find(&t, &mut cands);
    ranges::find(&t, &mut cands);
    weekday::find(&t, &mut cands);
    relative::find(&t, &mut cands);
    times::find(&t, &mut cands);
    sets::find(&t, &mut cands);
    durations::find(&t, &mut cands);
    vague::find(&t, &mut cands);
    let cands = refine::refine(&t, cands);
    resolve::resolve(doc, &t, cands, anchor)
}

#[cfg(test)]
pub(crate) mod testing {
    //! Tiny builders for the matcher tests.
    use super::*;
    use crate::doc::{Meta, Span};

    /// A one-paragraph document.
    pub fn doc(text: &str) -> Document {
        Document::new(text.to_string(), vec![Span::new(0, text.len())], Meta::default())
    }

    /// `(text, value)` of every mention, resolved against `anchor` (`YYYY-MM-DD`).
    pub fn found(text: &str, anchor: &str) -> Vec<(String, String)> {
        find(&doc(text), Date::parse_ymd(anchor)).into_iter().map(|m| (m.text, m.value)).collect()
    }

    /// The one mention of `text` (panics with the list otherwise), as `(text, type, value)`.
    pub fn one(text: &str, anchor: &str) -> (String, TimexType, String) {
        let all = find(&doc(text), Date::parse_ymd(anchor));
        assert_eq!(all.len(), 1, "{text:?} gave {all:?}");
        let m = all.into_iter().next().unwrap();
        (m.text, m.kind, m.value)
    }

    /// The `(text, value)` pairs as string slices, for `assert_eq!`.
    pub fn pairs(v: &[(String, String)]) -> Vec<(&str, &str)> {
        v.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect()
    }
}

#[cfg(test)]
mod robustness {
    use super::testing::doc;
    use crate::calendar::Date;

    /// Random strings of tricky fragments (multi-byte letters against digits, lone dots,
    /// hyphens and apostrophes, unclosed quotes, truncated patterns) never panic, and every
    /// span found is a slice of the text on char boundaries, in order.
    #[test]
    fn odd_input_never_panics() {
        let parts = [
            "Feb.",
            "13",
            "-",
            "–",
            "14",
            "2023",
            "’",
            "'",
            "90s",
            "mid-",
            "é",
            "日本",
            "10.3é",
            "10.30am.",
            "a.m.",
            "p.m",
            "the",
            "13th",
            "of",
            "May",
            "March",
            "\"",
            "“",
            "”",
            "said",
            "on",
            "Monday",
            "last",
            "next",
            "ago",
            "Q",
            "Q3",
            "/",
            "2/",
            "13/02/",
            "0800",
            "UTC",
            "noon",
            "o'clock",
            "every",
            "a",
            "year",
            "half",
            "an",
            "hour",
            "and",
            "twenty-",
            "-year",
            "century",
            "21st",
            "earlier",
            "this",
            "\n\n",
            ".",
            ",",
            " ",
            "  ",
            "Christmas",
            "New",
            "Year's",
            "January-",
            "-March",
            "1990s-",
            "Boxing",
            "😀",
        ];
        let mut seed: u64 = 0x2545F4914F6CDD1D;
        for round in 0..400 {
            let mut text = String::new();
            for _ in 0..(5 + round % 40) {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                text.push_str(parts[(seed % parts.len() as u64) as usize]);
                if seed % 3 == 0 {
                    text.push(' ');
                }
            }
            for anchor in
                [None, Date::parse_ymd("2023-02-13"), Date::parse_ymd("0001-01-01"), Date::parse_ymd("9999-12-31")]
            {
                let found = super::find(&doc(&text), anchor);
                let mut last = 0;
                for m in found {
                    assert!(m.start >= last && m.start < m.end, "{text:?}: {m:?}");
                    assert_eq!(text.get(m.start..m.end), Some(m.text.as_str()));
                    last = m.end;
                }
            }
        }
    }
}
