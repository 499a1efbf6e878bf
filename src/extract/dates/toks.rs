//! A read-only view of the tokens for the matchers: bounds-checked lookups, so that a
//! pattern may look a few tokens ahead or behind without ever indexing out of range.

use crate::doc::{Token, TokenKind};
use crate::rules;

pub(crate) struct Toks<'a> {
    pub text: &'a str,
    pub toks: &'a [Token],
}

impl<'a> Toks<'a> {
    pub fn len(&self) -> usize {
        self.toks.len()
    }

    /// The text of token `i`, or `""` past either end.
    pub fn s(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |t| &self.text[t.span.start..t.span.end])
    }

    pub fn start(&self, i: usize) -> usize {
        self.toks.get(i).map_or(self.text.len(), |t| t.span.start)
    }

    pub fn end(&self, i: usize) -> usize {
        self.toks.get(i).map_or(self.text.len(), |t| t.span.end)
    }

    pub fn kind(&self, i: usize) -> Option<TokenKind> {
        self.toks.get(i).map(|t| t.kind)
    }

    /// Token `i` is the word `w` (ASCII case ignored).
    pub fn is(&self, i: usize, w: &str) -> bool {
        self.s(i).eq_ignore_ascii_case(w)
    }

    /// Token `i` is in the sorted lowercase table.
    pub fn is_in(&self, i: usize, table: &[&str]) -> bool {
        let s = self.s(i);
        !s.is_empty() && rules::contains(table, s)
    }

    /// Token `i` starts with an uppercase letter.
    pub fn cap(&self, i: usize) -> bool {
        self.s(i).chars().next().is_some_and(char::is_uppercase)
    }

    /// Token `i` follows token `i - 1` with no space between.
    pub fn glued(&self, i: usize) -> bool {
        i > 0 && i < self.len() && self.end(i - 1) == self.start(i)
    }

    /// Token `i` as a plain digit string (no `,` `.` `:`), at most 9 digits.
    pub fn digits(&self, i: usize) -> Option<&'a str> {
        let s = self.s(i);
        (!s.is_empty() && s.len() <= 9 && s.bytes().all(|b| b.is_ascii_digit())).then_some(s)
    }

    /// Token `i` as a plain number.
    pub fn num(&self, i: usize) -> Option<u32> {
        self.digits(i).and_then(|s| s.parse().ok())
    }

    /// Token `i` without a possessive ending, and where that core ends: `Monday's` is
    /// `Monday`, `year’s` is `year`.
    pub fn core(&self, i: usize) -> (&'a str, usize) {
        let s = self.s(i);
        for suffix in ["'s", "’s", "'", "’"] {
            if let Some(c) = s.strip_suffix(suffix) {
                if !c.is_empty() && (suffix.len() > 1 || c.ends_with('s')) {
                    return (c, self.end(i) - suffix.len());
                }
            }
        }
        (s, self.end(i))
    }

    /// The sorted table's value for token `i` without a possessive ending.
    pub fn lookup<T: Copy>(&self, i: usize, table: &[(&str, T)]) -> Option<T> {
        let (c, _) = self.core(i);
        if c.is_empty() {
            return None;
        }
        rules::lookup(table, c)
    }
}
