//! Dates as the reader sees them: TIMEX3 values read back into calendar terms, formatted
//! for the locale (through [`ViewOptions::formatter`], `Intl` in the browser) or in English.

use super::ViewOptions;
use crate::calendar::Date;

const MONTHS_SHORT: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/// `2023-02-13` as `13 Feb 2023`; anything else as it is.
pub fn format_date(iso: &str) -> String {
    match Date::parse_ymd(iso) {
        Some(d) => format!("{} {} {}", d.day, MONTHS_SHORT[d.month as usize - 1], d.year),
        None => iso.to_string(),
    }
}

/// A TIMEX3 value that names a stretch of the calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum When {
    Day(Date),
    /// `2023-02-13T10:30`: the day, hours and minutes.
    DayTime(Date, u32, u32),
    Month(i32, u32),
    /// ISO week: `2023-W07`.
    Week(i32, u32),
    /// `2023-Q1`.
    Quarter(i32, u32),
    Year(i32),
}

fn num(s: &str) -> Option<u32> {
    (!s.is_empty() && s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse().ok())?
}

impl When {
    /// Reads `2023-02-13`, `2023-02-13T10:30`, `2023-02`, `2023-W07`, `2023-Q1`, `2023`;
    /// `None` for durations, sets, `PRESENT_REF`, `XXXX-02-11` and anything unknown.
    pub fn parse(value: &str) -> Option<When> {
        let (date, time) = match value.split_once('T') {
            Some((d, t)) => (d, Some(t)),
            None => (value, None),
        };
        let parts: Vec<&str> = date.split('-').collect();
        if parts[0].len() != 4 {
            return None;
        }
        let year = num(parts[0])? as i32;
        let when = match parts.as_slice() {
            [_] => When::Year(year),
            [_, w] if w.starts_with('W') => When::Week(year, num(&w[1..]).filter(|w| (1..=53).contains(w))?),
            [_, q] if q.starts_with('Q') => When::Quarter(year, num(&q[1..]).filter(|q| (1..=4).contains(q))?),
            [_, m] if m.len() == 2 => When::Month(year, num(m).filter(|m| (1..=12).contains(m))?),
            [_, m, d] if m.len() == 2 && d.len() == 2 => Date::new(year, num(m)?, num(d)?).map(When::Day)?,
            _ => return None,
        };
        match (when, time) {
            (w, None) => Some(w),
            (When::Day(d), Some(t)) => {
                let (h, m) = t.split_once(':')?;
                let (h, m) = (num(h).filter(|h| *h < 24)?, num(m.get(..2)?).filter(|m| *m < 60)?);
                Some(When::DayTime(d, h, m))
            }
            _ => None,
        }
    }

    /// A day to place it on a time axis: the day itself, or the middle of the stretch.
    pub fn axis_day(self) -> Option<i64> {
        let d = match self {
            When::Day(d) | When::DayTime(d, ..) => d,
            When::Month(y, m) => Date::new(y, m, 15)?,
            When::Week(y, w) => {
                // Thursday of ISO week 1 is the first Thursday of the year.
                let jan4 = Date::new(y, 1, 4)?;
                jan4.add_days(3 - jan4.weekday() as i64 + 7 * (w as i64 - 1))?
            }
            When::Quarter(y, q) => Date::new(y, q * 3 - 1, 15)?,
            When::Year(y) => Date::new(y, 7, 1)?,
        };
        Some(d.to_days())
    }

    /// True for a single day (the axis draws it as a dot).
    pub fn is_day(self) -> bool {
        matches!(self, When::Day(_) | When::DayTime(..))
    }
}

impl ViewOptions {
    /// A day, or a whole month when `day` is `None`, for the reader's locale.
    pub fn date_parts(&self, year: i32, month: u32, day: Option<u32>) -> String {
        if let (Some(f), Some(locale)) = (self.formatter, self.locale.as_deref()) {
            if let Some(s) = f(locale, year, month, day) {
                return s;
            }
        }
        let m = MONTHS_SHORT[(month as usize).clamp(1, 12) - 1];
        match day {
            Some(d) => format!("{d} {m} {year}"),
            None => format!("{m} {year}"),
        }
    }

    /// A calendar date for the reader.
    pub fn date(&self, d: Date) -> String {
        self.date_parts(d.year, d.month, Some(d.day))
    }

    /// `YYYY-MM-DD` for the reader; anything else as it is.
    pub fn date_iso(&self, iso: &str) -> String {
        match Date::parse_ymd(iso) {
            Some(d) => self.date(d),
            None => iso.to_string(),
        }
    }

    /// A resolved TIMEX3 value for the reader.
    pub fn when(&self, w: When) -> String {
        match w {
            When::Day(d) => self.date(d),
            When::DayTime(d, h, m) => format!("{}, {h:02}:{m:02}", self.date(d)),
            When::Month(y, m) => self.date_parts(y, m, None),
            When::Week(y, w) => format!("{y}-W{w:02}"),
            When::Quarter(y, q) => format!("Q{q} {y}"),
            When::Year(y) => y.to_string(),
        }
    }

    /// How a relative day stands to the publication date: `the day after publication`.
    pub fn relative(&self, day: Date, published: Date) -> String {
        let n = day.to_days() - published.to_days();
        match n {
            0 => self.label("sameDay").to_string(),
            1 => self.label("dayAfter").to_string(),
            -1 => self.label("dayBefore").to_string(),
            n if n > 0 => self.label_n("daysAfter", n),
            n => self.label_n("daysBefore", -n),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_timex_values() {
        let d = |y, m, dd| Date::new(y, m, dd).unwrap();
        assert_eq!(When::parse("2023-02-11"), Some(When::Day(d(2023, 2, 11))));
        assert_eq!(When::parse("2023-02-13T10:30"), Some(When::DayTime(d(2023, 2, 13), 10, 30)));
        assert_eq!(When::parse("2023-02"), Some(When::Month(2023, 2)));
        assert_eq!(When::parse("2023-W07"), Some(When::Week(2023, 7)));
        assert_eq!(When::parse("2023-Q1"), Some(When::Quarter(2023, 1)));
        assert_eq!(When::parse("2023"), Some(When::Year(2023)));
        for v in
            ["P3M", "PXM", "PRESENT_REF", "XXXX-02-11", "2023-02-30", "2023-13", "", "-", "2023-W99", "2023-02-13T"]
        {
            assert_eq!(When::parse(v), None, "{v}");
        }
        // ISO week 7 of 2023 runs Mon 13 to Sun 19 February; its Thursday is the 16th.
        assert_eq!(When::Week(2023, 7).axis_day(), Some(d(2023, 2, 16).to_days()));
    }

    #[test]
    fn formats_in_english_without_a_formatter() {
        let o = ViewOptions { locale: Some("fr".into()), ..Default::default() };
        assert_eq!(o.when(When::parse("2023-02-13").unwrap()), "13 Feb 2023");
        assert_eq!(o.when(When::parse("2023-02").unwrap()), "Feb 2023");
        let pubd = Date::new(2023, 2, 13).unwrap();
        assert_eq!(o.relative(Date::new(2023, 2, 14).unwrap(), pubd), "the day after publication");
        assert_eq!(o.relative(Date::new(2023, 2, 10).unwrap(), pubd), "3 days before publication");
        let f: super::super::DateFormatter = |loc, y, m, d| Some(format!("{loc}:{y}/{m}/{d:?}"));
        let o = ViewOptions { formatter: Some(f), ..o };
        assert_eq!(o.date_iso("2023-02-13"), "fr:2023/2/Some(13)");
    }
}
