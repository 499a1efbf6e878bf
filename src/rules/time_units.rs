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
