//! Proleptic Gregorian calendar arithmetic on plain dates: no clock, no time zones.

use std::fmt;

/// A calendar date. Always valid once constructed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl Date {
    /// The date, if it exists (`2023-02-30` does not). Years 1 to 9999.
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        ((1..=9999).contains(&year) && (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month))
            .then_some(Date { year, month, day })
    }

    /// Parses exactly `YYYY-MM-DD`.
    pub fn parse_ymd(s: &str) -> Option<Date> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let num = |r: std::ops::Range<usize>| -> Option<u32> {
            let part = &s[r];
            part.bytes().all(|c| c.is_ascii_digit()).then(|| part.parse().ok())?
        };
        Date::new(num(0..4)? as i32, num(5..7)?, num(8..10)?)
    }

    /// Days since 1970-01-01 (negative before).
    pub fn to_days(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = self.year as i64 - (self.month <= 2) as i64;
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = self.month as i64;
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + self.day as i64 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146097 + doe - 719468
    }

    /// The date `days` days after 1970-01-01, if within years 1 to 9999.
    pub fn from_days(days: i64) -> Option<Date> {
        let z = days + 719468;
        let era = z.div_euclid(146097);
        let doe = z - era * 146097;
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = yoe + era * 400 + (month <= 2) as i64;
        Date::new(i32::try_from(year).ok()?, month, day)
    }

    /// The date `n` days later (earlier when negative), if within range.
    pub fn add_days(self, n: i64) -> Option<Date> {
        Date::from_days(self.to_days().checked_add(n)?)
    }

    /// The same day `n` months later (earlier when negative), clamped to the month's last
    /// day (`2023-01-31` plus one month is `2023-02-28`), if within range.
    pub fn add_months(self, n: i64) -> Option<Date> {
        let total = (self.year as i64 * 12 + self.month as i64 - 1).checked_add(n)?;
        let year = i32::try_from(total.div_euclid(12)).ok()?;
        let month = total.rem_euclid(12) as u32 + 1;
        if !(1..=9999).contains(&year) {
            return None;
        }
        Date::new(year, month, self.day.min(days_in_month(year, month)))
    }

    /// Day of the week, Monday = 0 ... Sunday = 6.
    pub fn weekday(self) -> u32 {
        (self.to_days() + 3).rem_euclid(7) as u32
    }

    /// ISO 8601 week-numbering year and week (1 to 53).
    pub fn iso_week(self) -> (i32, u32) {
        let thursday = self.add_days(3 - self.weekday() as i64).unwrap_or(self);
        let jan1 = Date { year: thursday.year, month: 1, day: 1 };
        let week = ((thursday.to_days() - jan1.to_days()) / 7 + 1) as u32;
        (thursday.year, week)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// A day that moves from year to year: some days from Easter Sunday, or the `nth` given
/// weekday of a month (`nth` < 0 counts from the end: -1 is the last), plus `plus` days.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Yearly {
    Easter(i16),
    Nth { month: u8, weekday: u8, nth: i8, plus: i8 },
}

impl Yearly {
    /// The day in `year`, if it exists.
    pub fn in_year(self, year: i32) -> Option<Date> {
        match self {
            Yearly::Easter(plus) => easter(year)?.add_days(plus as i64),
            Yearly::Nth { month, weekday, nth, plus } => {
                let month = month as u32;
                let d = if nth > 0 {
                    let first = Date::new(year, month, 1)?;
                    first.add_days((weekday as i64 - first.weekday() as i64).rem_euclid(7) + 7 * (nth as i64 - 1))?
                } else {
                    let last = Date::new(year, month, days_in_month(year, month))?;
                    last.add_days(-(last.weekday() as i64 - weekday as i64).rem_euclid(7) - 7 * (-nth as i64 - 1))?
                };
                (d.month == month).then_some(d)?.add_days(plus as i64)
            }
        }
    }
}

/// Western (Gregorian) Easter Sunday: the anonymous Gregorian computus.
pub fn easter(year: i32) -> Option<Date> {
    let (a, b, c) = (year % 19, year / 100, year % 100);
    let (d, e) = (b / 4, b % 4);
    let g = (8 * b + 13) / 25;
    let h = (19 * a + b - d - g + 15) % 30;
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 19 * l) / 433;
    let month = (h + l - 7 * m + 90) / 25;
    let day = (h + l - 7 * m + 33 * month + 19) % 32;
    Date::new(year, month as u32, day as u32)
}

pub fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_and_validate() {
        assert_eq!(Date::parse_ymd("2023-02-13"), Date::new(2023, 2, 13));
        assert_eq!(Date::parse_ymd("2023-02-30"), None);
        assert_eq!(Date::parse_ymd("2024-02-29").map(|d| d.to_string()).as_deref(), Some("2024-02-29"));
        assert_eq!(Date::parse_ymd("2023-2-13"), None);
        assert_eq!(Date::parse_ymd("+023-02-13"), None);
    }

    #[test]
    fn arithmetic() {
        let d = Date::new(2023, 2, 13).unwrap();
        assert_eq!(d.weekday(), 0); // a Monday
        assert_eq!(d.add_days(1).unwrap().to_string(), "2023-02-14");
        assert_eq!(d.add_days(-44).unwrap().to_string(), "2022-12-31");
        assert_eq!(d.iso_week(), (2023, 7));
        assert_eq!(Date::new(2021, 1, 1).unwrap().iso_week(), (2020, 53));
        assert_eq!(Date::new(1970, 1, 1).unwrap().to_days(), 0);
        assert_eq!(Date::new(9999, 12, 31).unwrap().add_days(1), None);
        let jan31 = Date::new(2023, 1, 31).unwrap();
        assert_eq!(jan31.add_months(1).unwrap().to_string(), "2023-02-28");
        assert_eq!(jan31.add_months(-2).unwrap().to_string(), "2022-11-30");
        assert_eq!(Date::new(2024, 2, 29).unwrap().add_months(12).unwrap().to_string(), "2025-02-28");
        assert_eq!(jan31.add_months(i64::MAX), None);
    }

    #[test]
    fn movable_days() {
        let on = |y: Yearly, year| y.in_year(year).map(|d| d.to_string());
        for (year, day) in [(2000, "2000-04-23"), (2019, "2019-04-21"), (2024, "2024-03-31"), (2025, "2025-04-20"), (2026, "2026-04-05"), (2038, "2038-04-25"), (2285, "2285-03-22")] {
            assert_eq!(on(Yearly::Easter(0), year).as_deref(), Some(day));
        }
        assert_eq!(on(Yearly::Easter(-46), 2025).as_deref(), Some("2025-03-05")); // Ash Wednesday
        let thanksgiving = Yearly::Nth { month: 11, weekday: 3, nth: 4, plus: 0 };
        assert_eq!(on(thanksgiving, 2025).as_deref(), Some("2025-11-27"));
        assert_eq!(on(thanksgiving, 2024).as_deref(), Some("2024-11-28"));
        assert_eq!(on(Yearly::Nth { month: 11, weekday: 3, nth: 4, plus: 1 }, 2025).as_deref(), Some("2025-11-28"));
        let memorial = Yearly::Nth { month: 5, weekday: 0, nth: -1, plus: 0 };
        assert_eq!(on(memorial, 2025).as_deref(), Some("2025-05-26"));
        assert_eq!(on(memorial, 2021).as_deref(), Some("2021-05-31"));
        assert_eq!(on(Yearly::Nth { month: 9, weekday: 0, nth: 1, plus: 0 }, 2025).as_deref(), Some("2025-09-01"));
        assert_eq!(on(Yearly::Nth { month: 2, weekday: 0, nth: 5, plus: 0 }, 2025), None);
    }
}
