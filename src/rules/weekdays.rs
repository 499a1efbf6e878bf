//! Day names, Monday = 0 ... Sunday = 6 (as [`crate::calendar::Date::weekday`]).

/// Full names only: the short forms (`Sun`, `Wed`, `Sat`) are words or names in running text.
pub const WEEKDAYS: &[(&str, u32)] =
    &[("friday", 4), ("monday", 0), ("saturday", 5), ("sunday", 6), ("thursday", 3), ("tuesday", 1), ("wednesday", 2)];
