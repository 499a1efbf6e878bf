//! Units of time, singular and plural, for durations and relative dates.

/// A unit of time, from the smallest.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
}

/// Pairs of units a compound duration may join, larger first, with the TIMEX3 text that
/// goes between the two parts (`T` where the second part is a time of day's unit):
/// `three hours and 12 minutes` is `PT3H12M`, `two years and six months` `P2Y6M`, `a day
/// and five hours` `P1DT5H`.
pub const COMPOUND_UNITS: &[(Unit, Unit, &str)] = &[
    (Unit::Year, Unit::Month, ""),
    (Unit::Day, Unit::Hour, "T"),
    (Unit::Hour, Unit::Minute, ""),
    (Unit::Minute, Unit::Second, ""),
];

pub const TIME_UNITS: &[(&str, Unit)] = &[
    ("centuries", Unit::Century),
    ("century", Unit::Century),
    ("day", Unit::Day),
    ("days", Unit::Day),
    ("decade", Unit::Decade),
    ("decades", Unit::Decade),
    ("hour", Unit::Hour),
    ("hours", Unit::Hour),
    ("hr", Unit::Hour),
    ("hrs", Unit::Hour),
    ("min", Unit::Minute),
    ("mins", Unit::Minute),
    ("minute", Unit::Minute),
    ("minutes", Unit::Minute),
    ("month", Unit::Month),
    ("months", Unit::Month),
    ("quarter", Unit::Quarter),
    ("quarters", Unit::Quarter),
    ("second", Unit::Second),
    ("seconds", Unit::Second),
    ("week", Unit::Week),
    ("weeks", Unit::Week),
    ("year", Unit::Year),
    ("years", Unit::Year),
];
