//! Month names and their abbreviations, with the month number (January = 1), and holidays.

use crate::calendar::Yearly;

/// Full names and the abbreviations news copy uses (`Feb.`, `Sept.`). An abbreviation counts
/// only before a day or a year (`Feb. 13`, `Mar 2023`), never alone (`Mar`, `Jan` are names).
pub const MONTHS: &[(&str, u32)] = &[
    ("apr", 4),
    ("april", 4),
    ("aug", 8),
    ("august", 8),
    ("dec", 12),
    ("december", 12),
    ("feb", 2),
    ("february", 2),
    ("jan", 1),
    ("january", 1),
    ("jul", 7),
    ("july", 7),
    ("jun", 6),
    ("june", 6),
    ("mar", 3),
    ("march", 3),
    ("may", 5),
    ("nov", 11),
    ("november", 11),
    ("oct", 10),
    ("october", 10),
    ("sep", 9),
    ("sept", 9),
    ("september", 9),
];

/// Holidays on a fixed day, as (month, day); phrases are matched word by word, and the
/// possessive is part of the name (`New Year's Day`).
pub const HOLIDAYS: &[(&str, (u32, u32))] = &[
    ("boxing day", (12, 26)),
    ("christmas", (12, 25)),
    ("christmas day", (12, 25)),
    ("christmas eve", (12, 24)),
    ("halloween", (10, 31)),
    ("new year's day", (1, 1)),
    ("new year's eve", (12, 31)),
    ("new year’s day", (1, 1)),
    ("new year’s eve", (12, 31)),
    ("valentine's day", (2, 14)),
    ("valentine’s day", (2, 14)),
];

/// Holidays that move from year to year (US dates for the US holidays), as a day relative to
/// Easter Sunday or the nth weekday of a month (Monday = 0; nth -1 is the last), plus days.
/// Matched like [`HOLIDAYS`], token by token: a lone apostrophe or dot is a token of its own.
pub const MOVABLE_HOLIDAYS: &[(&str, Yearly)] = &[
    ("ash wednesday", Yearly::Easter(-46)),
    ("black friday", nth(11, 3, 4, 1)),
    ("easter", Yearly::Easter(0)),
    ("easter monday", Yearly::Easter(1)),
    ("easter sunday", Yearly::Easter(0)),
    ("father's day", nth(6, 6, 3, 0)),
    ("father’s day", nth(6, 6, 3, 0)),
    ("good friday", Yearly::Easter(-2)),
    ("labor day", nth(9, 0, 1, 0)),
    ("martin luther king day", nth(1, 0, 3, 0)),
    ("martin luther king jr . day", nth(1, 0, 3, 0)),
    ("martin luther king jr day", nth(1, 0, 3, 0)),
    ("memorial day", nth(5, 0, -1, 0)),
    ("mlk day", nth(1, 0, 3, 0)),
    ("mother's day", nth(5, 6, 2, 0)),
    ("mother’s day", nth(5, 6, 2, 0)),
    ("presidents ' day", nth(2, 0, 3, 0)),
    ("presidents day", nth(2, 0, 3, 0)),
    ("presidents ’ day", nth(2, 0, 3, 0)),
    ("thanksgiving", nth(11, 3, 4, 0)),
    ("thanksgiving day", nth(11, 3, 4, 0)),
];

const fn nth(month: u8, weekday: u8, nth: i8, plus: i8) -> Yearly {
    Yearly::Nth { month, weekday, nth, plus }
}

/// Words after a holiday's name that make it a name, not a day: `Christmas Island`, the
/// `Good Friday Agreement`, the `Easter Rising`.
pub const NOT_HOLIDAY_BEFORE: &[&str] = &["accord", "agreement", "island", "islands", "rising"];

/// Month names that are also common words (`May` the name or verb, `march` the verb or noun):
/// alone they are a month only after a word such as `in`, `since`, `last` or `early`.
pub const AMBIGUOUS_MONTHS: &[&str] = &["march", "may"];

/// Names that are first names as often as months (`April Ryan`, `June Carter`): alone and
/// before a capitalised word they need a word such as `in` before them.
pub const NAME_LIKE_MONTHS: &[&str] = &["april", "august", "june"];
