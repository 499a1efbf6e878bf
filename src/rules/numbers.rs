//! Numbers written as words, for durations and ordinals (`three years`, `the third quarter`).

/// Cardinals. `a`/`an` count as one (`a decade`, `an hour`); compounds such as
/// `twenty-five` are split at the hyphen by the matcher.
pub const CARDINALS: &[(&str, u32)] = &[
    ("a", 1),
    ("an", 1),
    ("eight", 8),
    ("eighteen", 18),
    ("eighty", 80),
    ("eleven", 11),
    ("fifteen", 15),
    ("fifty", 50),
    ("five", 5),
    ("forty", 40),
    ("four", 4),
    ("fourteen", 14),
    ("hundred", 100),
    ("nine", 9),
    ("nineteen", 19),
    ("ninety", 90),
    ("one", 1),
    ("seven", 7),
    ("seventeen", 17),
    ("seventy", 70),
    ("single", 1),
    ("six", 6),
    ("sixteen", 16),
    ("sixty", 60),
    ("ten", 10),
    ("thirteen", 13),
    ("thirty", 30),
    ("three", 3),
    ("twelve", 12),
    ("twenty", 20),
    ("two", 2),
];

/// Words for an unknown count: `several years`, `a few days`, `many months` (value `PXY`...).
pub const VAGUE_COUNTS: &[&str] = &["countless", "few", "many", "multiple", "numerous", "several", "some"];

/// Ordinals, for quarters, halves, centuries and weeks (`the third quarter`, `the 21st`
/// century is written with digits and parsed by the matcher).
pub const ORDINALS: &[(&str, u32)] = &[
    ("eighteenth", 18),
    ("eighth", 8),
    ("eleventh", 11),
    ("fifteenth", 15),
    ("fifth", 5),
    ("first", 1),
    ("fourteenth", 14),
    ("fourth", 4),
    ("nineteenth", 19),
    ("ninth", 9),
    ("second", 2),
    ("seventeenth", 17),
    ("seventh", 7),
    ("sixteenth", 16),
    ("sixth", 6),
    ("tenth", 10),
    ("third", 3),
    ("thirteenth", 13),
    ("twelfth", 12),
    ("twentieth", 20),
];
