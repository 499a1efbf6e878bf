//! What the entity finder knows about each token: is it capitalised, may its capital be a
//! mere sentence opener, what is its text without a possessive `'s`, and how the same word
//! is written elsewhere in the article.

use std::collections::HashMap;

use crate::doc::{Document, Span, TokenKind};
use crate::rules::{self, common_words, organizations, places, titles};

/// How a word is written across the article, counted once over all tokens.
#[derive(Clone, Copy, Default)]
pub(super) struct Usage {
    /// Written all lowercase (`western`, `speaking`).
    pub lower: u32,
    /// Written capitalised where a capital tells something (not opening a sentence).
    pub capital: u32,
}

/// The tokens of the document seen by the entity finder.
pub(super) struct Words<'d> {
    pub doc: &'d Document,
    /// Per token: its capital may only open a sentence or quotation (`Speaking`, `But`), or
    /// the sentence is in headline case or all capitals.
    pub uncertain: Vec<bool>,
    /// Per lowercase word: how it is written across the article.
    pub usage: HashMap<String, Usage>,
}

impl<'d> Words<'d> {
    pub fn new(doc: &'d Document) -> Self {
        let mut usage: HashMap<String, Usage> = HashMap::new();
        for t in doc.tokens.iter().filter(|t| t.kind == TokenKind::Word) {
            let w = doc.slice(t.span);
            if w.starts_with(char::is_lowercase) {
                usage.entry(w.to_lowercase()).or_default().lower += 1;
            }
        }
        let mut uncertain = vec![false; doc.tokens.len()];
        for s in &doc.sentences {
            let first = doc.token_index_at(s.span.start);
            let last = doc.token_index_at(s.span.end).min(doc.tokens.len()).max(first);
            let shouting = is_shouting(doc, &doc.tokens[first..last], &usage);
            let mut opener = true;
            for (k, t) in doc.tokens[first..last].iter().enumerate() {
                let w = doc.slice(t.span);
                if t.kind == TokenKind::Word || t.kind == TokenKind::Number {
                    uncertain[first + k] = shouting || opener;
                    opener = false;
                } else if is_opening_mark(w) || matches!(w, ":" | "—" | "–" | "(" | "[") {
                    // A quotation or clause opens: its first word is capitalised anyway.
                    opener = true;
                }
            }
        }
        for (i, t) in doc.tokens.iter().enumerate() {
            let w = doc.slice(t.span);
            if t.kind == TokenKind::Word && starts_upper(w) && !uncertain[i] && !is_all_caps(w) {
                usage.entry(w.to_lowercase()).or_default().capital += 1;
            }
        }
        Words { doc, uncertain, usage }
    }

    pub fn len(&self) -> usize {
        self.doc.tokens.len()
    }

    /// The text of token `i`.
    pub fn text(&self, i: usize) -> &'d str {
        self.doc.slice(self.doc.tokens[i].span)
    }

    /// The span of token `i` without a possessive ending: `Ukraine's` → `Ukraine`.
    pub fn core(&self, i: usize) -> Span {
        let span = self.doc.tokens[i].span;
        let w = self.text(i);
        let cut = if w.len() > 3 && (w.ends_with("'s") || w.ends_with("'S")) {
            2
        } else if w.len() > 5 && w.ends_with("’s") {
            4
        } else {
            0
        };
        Span::new(span.start, span.end - cut)
    }

    /// The word of token `i` without possessive ending or final dot, lowercased.
    pub fn key(&self, i: usize) -> String {
        let w = self.doc.slice(self.core(i));
        // "Gen." → "gen", but "U.S." keeps its dots.
        let w = match w.strip_suffix('.') {
            Some(stem) if !stem.is_empty() && !stem.contains('.') => stem,
            _ => w,
        };
        w.to_lowercase()
    }

    pub fn is_possessive(&self, i: usize) -> bool {
        self.core(i) != self.doc.tokens[i].span
    }

    pub fn is_word(&self, i: usize) -> bool {
        self.doc.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word)
    }

    /// True when token `i` is exactly `s` (ASCII case-insensitive).
    pub fn is(&self, i: usize, s: &str) -> bool {
        i < self.len() && self.text(i).eq_ignore_ascii_case(s)
    }

    /// True when tokens `a` and `b` (`a < b`) touch with nothing but spaces between them
    /// inside one paragraph.
    pub fn adjacent(&self, a: usize, b: usize) -> bool {
        let (x, y) = (self.doc.tokens[a].span.end, self.doc.tokens[b].span.start);
        self.doc.text.get(x..y).is_some_and(|gap| !gap.contains('\n'))
    }

    /// A capitalised word that could be part of a name: `Putin`, `Secretary-General`,
    /// `NATO`, `U.S.`; not `German-made` (a capital before a lowercase compound part).
    pub fn is_capitalised(&self, i: usize) -> bool {
        if !self.is_word(i) {
            return false;
        }
        let w = self.text(i);
        starts_upper(w) && w.split(['-', '‐', '‑']).skip(1).all(|part| !part.starts_with(char::is_lowercase))
    }

    /// A capitalised word whose capital can be trusted as a name part: either it is not
    /// in an opening position, or the word is known (a place, organisation or title, or a
    /// word the article capitalises elsewhere), or it opens a run of capitals and is never
    /// written in lowercase in the article (`Vladimir Putin said`, not `Speaking Putin`).
    pub fn is_name_word(&self, i: usize) -> bool {
        if !self.is_capitalised(i) {
            return false;
        }
        let key = self.key(i);
        if rules::contains(common_words::NOT_NAMES, &key) && !self.is_acronym(i) {
            return false;
        }
        if !self.uncertain[i] {
            return true;
        }
        if is_known_word(&key) {
            return true;
        }
        // An acronym opening a sentence that is not shouted: "UEFA president ...".
        if self.is_acronym(i) && !(i + 1 < self.len() && self.uncertain[i + 1]) {
            return true;
        }
        let usage = self.usage.get(&key).copied().unwrap_or_default();
        if usage.capital > 0 {
            return true;
        }
        let looks_common = usage.lower > 0 || key.ends_with("ing") || key.ends_with("ly") || key.ends_with("ed");
        // "Vladimir Putin said", "Okafor said": an opener never seen in lowercase, before
        // another capital or a verb of saying.
        !looks_common
            && self.next_word(i).is_some_and(|n| {
                (self.is_capitalised(n) && !self.uncertain_shouting(n)) || is_say_verb(&self.text(n).to_lowercase())
            })
    }

    /// True for a token in a headline-case or all-caps sentence that is not its first word.
    fn uncertain_shouting(&self, i: usize) -> bool {
        self.uncertain[i] && i > 0 && self.uncertain[i - 1]
    }

    /// The next token when it is a word adjacent to `i`.
    pub fn next_word(&self, i: usize) -> Option<usize> {
        let n = i + 1;
        (n < self.len() && self.is_word(n) && self.adjacent(i, n)).then_some(n)
    }

    /// All capitals, at least two letters: `NATO`, `EU`, `U.N.`.
    pub fn is_acronym(&self, i: usize) -> bool {
        is_all_caps(self.doc.slice(self.core(i)))
    }
}

/// True for words of the entity lists: places, organisations, titles, honorifics.
pub(super) fn is_known_word(key: &str) -> bool {
    rules::contains(places::COUNTRIES, key)
        || rules::contains(places::CITIES, key)
        || rules::contains(places::REGIONS, key)
        || rules::contains(organizations::KNOWN_ORGS, key)
        || rules::contains(titles::TITLES, key)
        || rules::contains(titles::HONORIFICS, key)
}

/// Verbs of saying that follow a speaker's name: `Smith said`.
pub(super) fn is_say_verb(w: &str) -> bool {
    matches!(
        w,
        "said"
            | "says"
            | "told"
            | "added"
            | "argued"
            | "wrote"
            | "stated"
            | "explained"
            | "noted"
            | "insisted"
            | "warned"
            | "claimed"
            | "announced"
            | "replied"
            | "recalled"
            | "acknowledged"
            | "conceded"
    )
}

pub(super) fn starts_upper(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// At least two letters and no lowercase letter: `NATO`, `U.S.`, `BRUSSELS`.
pub(super) fn is_all_caps(w: &str) -> bool {
    w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !w.chars().any(char::is_lowercase)
}

/// True for a headline-case or all-caps sentence, whose capitals tell nothing: most of its
/// words are capitalised and at least two of them are common words (`Markets Slide As
/// Investors Fret`), or nearly all are in capitals (`BREAKING NEWS FROM KYIV`). A sentence
/// full of names (`The North Atlantic Treaty Organization (NATO) met.`) is not.
fn is_shouting(doc: &Document, toks: &[crate::doc::Token], usage: &HashMap<String, Usage>) -> bool {
    let (mut words, mut caps, mut all_caps, mut common_caps) = (0usize, 0usize, 0usize, 0usize);
    for (k, t) in toks.iter().enumerate().filter(|(_, t)| t.kind == TokenKind::Word) {
        let w = doc.slice(t.span);
        if !w.starts_with(char::is_alphabetic) || is_small_word(w) {
            continue;
        }
        words += 1;
        if starts_upper(w) {
            caps += 1;
            all_caps += usize::from(is_all_caps(w));
            let lower = w.to_lowercase();
            let common =
                rules::contains(common_words::NOT_NAMES, &lower) || usage.get(&lower).is_some_and(|u| u.lower > 0);
            common_caps += usize::from(k > 0 && common);
        }
    }
    (words >= 3 && all_caps * 10 >= words * 8) || (words >= 4 && caps * 10 >= words * 7 && common_caps >= 2)
}

/// Words that headline case leaves in lowercase: `of`, `the`, `in`.
fn is_small_word(w: &str) -> bool {
    matches!(w, "a" | "an" | "and" | "as" | "at" | "by" | "for" | "in" | "of" | "on" | "or" | "the" | "to" | "vs")
}

pub(super) fn is_opening_mark(w: &str) -> bool {
    matches!(w, "\"" | "“" | "‘" | "'" | "«" | "„")
}
