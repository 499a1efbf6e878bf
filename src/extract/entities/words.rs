//! What the entity finder knows about each token: is it capitalised, may its capital be a
//! mere sentence opener, what is its text without a possessive `'s`, and how the same word
//! is written elsewhere in the article.

use std::sync::OnceLock;

use crate::doc::{Document, Span, TokenKind};
use crate::rules::{common_words, names, organizations, places, titles};
use crate::util::{self, FastMap};

/// How a word is written across the article, counted once over all tokens.
#[derive(Clone, Copy, Default)]
pub(super) struct Usage {
    /// Written all lowercase (`western`, `speaking`).
    pub lower: u32,
    /// Written capitalised where a capital tells something (not opening a sentence).
    pub capital: u32,
}

/// What the lists say about a word, as bits (computed once per distinct word).
pub(super) mod flag {
    pub const NOT_NAME: u16 = 1;
    pub const TITLE: u16 = 1 << 1;
    pub const HONORIFIC: u16 = 1 << 2;
    pub const ORG_WORD: u16 = 1 << 3;
    pub const DEMONYM: u16 = 1 << 4;
    /// A one-word listed place: country, city or region.
    pub const PLACE: u16 = 1 << 5;
    pub const KNOWN_ORG: u16 = 1 << 6;
    /// The first word of a listed name of several words (`new` of `new york`).
    pub const MULTI_START: u16 = 1 << 7;
    pub const FIRST_NAME: u16 = 1 << 8;
    pub const PLACE_HEAD: u16 = 1 << 9;
    pub const ROLE_MODIFIER: u16 = 1 << 10;
    /// A plural for the members of a party (`Democrats`): no entity alone.
    pub const PARTY_MEMBER: u16 = 1 << 11;
    /// Staff of a sports club (`captain`, `boss`), after a town that is the club.
    pub const CLUB_STAFF: u16 = 1 << 12;
    /// A noun for a person that is no title (`neighbour`, `witness`).
    pub const PERSON_NOUN: u16 = 1 << 13;
    /// A word of a Romance institution's name (`instituto`, `nacional`): no person.
    pub const INSTITUTION: u16 = 1 << 14;
}

/// The shape of a token's text, as bits (computed once per distinct text).
mod shape {
    /// Opens with a lowercase letter.
    pub const LOWER: u8 = 1;
    /// Opens with a capital letter.
    pub const UPPER: u8 = 1 << 1;
    /// Opens with a letter.
    pub const ALPHA: u8 = 1 << 2;
    /// All capitals, at least two letters ([`super::is_all_caps`]).
    pub const ALL_CAPS: u8 = 1 << 3;
    /// The text without its possessive ending is all capitals (an acronym).
    pub const ACRONYM: u8 = 1 << 4;
    /// Capitalised, and no lowercase part after a hyphen (`Secretary-General`, not
    /// `German-made`).
    pub const CAPITALISED: u8 = 1 << 5;
    /// A word that headline case leaves in lowercase ([`super::is_small_word`]).
    pub const SMALL: u8 = 1 << 6;
}

/// The tokens of the document seen by the entity finder.
///
/// Each distinct token text is interned once, with its shape and the id of its normalised
/// key (lowercase, possessive and abbreviation dot removed); each key once, with its list
/// flags and usage counts; so that the per-token work is array reads (10 MB of text: no
/// list search per token).
pub(super) struct Words<'d> {
    pub doc: &'d Document,
    /// Per token: its capital may only open a sentence or quotation (`Speaking`, `But`), or
    /// the sentence is in headline case or all capitals.
    pub uncertain: Vec<bool>,
    /// Per token: its sentence is in headline case or all capitals.
    pub shouted: Vec<bool>,
    /// Per token: the id of its text (`u32::MAX` for punctuation).
    tid: Vec<u32>,
    /// Per text id: the id of its key and its [`shape`] bits.
    texts: Vec<(u32, u8)>,
    /// Whether the article gives a football score somewhere (computed on first use).
    match_report: std::cell::OnceCell<bool>,
    /// Per key id: the key, its list flags and how it is written across the article.
    keys: Vec<(Box<str>, u16, Usage)>,
}

impl<'d> Words<'d> {
    pub fn new(doc: &'d Document) -> Self {
        let mut by_text: FastMap<&'d str, u32> = FastMap::default();
        let mut by_key: FastMap<String, usize> = FastMap::default();
        let mut texts: Vec<(u32, u8)> = Vec::new();
        let mut keys: Vec<(Box<str>, u16, Usage)> = Vec::new();
        let mut tid = vec![u32::MAX; doc.tokens.len()];
        for (i, t) in doc.tokens.iter().enumerate() {
            if t.kind == TokenKind::Punct {
                continue;
            }
            let text = doc.slice(t.span);
            let id = *by_text.entry(text).or_insert_with(|| {
                let core = doc.slice(core_span(doc, i));
                let key = normalise(core);
                let kid = *by_key.entry(key.clone()).or_insert_with(|| {
                    keys.push((key.into_boxed_str(), 0, Usage::default()));
                    keys.len() - 1
                });
                texts.push((kid as u32, shape_of(text, core)));
                texts.len() as u32 - 1
            });
            tid[i] = id;
            if t.kind == TokenKind::Word && texts[id as usize].1 & shape::LOWER != 0 {
                keys[texts[id as usize].0 as usize].2.lower += 1;
            }
        }
        for k in &mut keys {
            k.1 = flags_of(&k.0);
        }
        let match_report = std::cell::OnceCell::new();
        let mut w = Words { doc, uncertain: Vec::new(), shouted: Vec::new(), tid, texts, keys, match_report };
        let mut uncertain = vec![false; doc.tokens.len()];
        let mut shouted = vec![false; doc.tokens.len()];
        for s in &doc.sentences {
            let first = doc.token_index_at(s.span.start);
            let last = doc.token_index_at(s.span.end).min(doc.tokens.len()).max(first);
            let shouting = w.is_shouting(first..last);
            let mut opener = true;
            for (k, t) in doc.tokens[first..last].iter().enumerate() {
                shouted[first + k] = shouting;
                if t.kind == TokenKind::Word || t.kind == TokenKind::Number {
                    uncertain[first + k] = shouting || opener;
                    opener = false;
                } else {
                    let p = doc.slice(t.span);
                    if is_opening_mark(p) || matches!(p, ":" | "—" | "–" | "(" | "[") {
                        // A quotation or clause opens: its first word is capitalised anyway.
                        opener = true;
                    }
                }
            }
        }
        for (i, t) in doc.tokens.iter().enumerate() {
            let telling = w.shape(i) & (shape::UPPER | shape::ALL_CAPS) == shape::UPPER;
            if t.kind == TokenKind::Word && telling && !uncertain[i] {
                let k = w.texts[w.tid[i] as usize].0;
                w.keys[k as usize].2.capital += 1;
            }
        }
        w.uncertain = uncertain;
        w.shouted = shouted;
        w
    }

    /// The [`shape`] bits of token `i` (none for punctuation).
    fn shape(&self, i: usize) -> u8 {
        self.tid.get(i).and_then(|&t| self.texts.get(t as usize)).map_or(0, |e| e.1)
    }

    /// The key entry of token `i`.
    fn entry(&self, i: usize) -> Option<&(Box<str>, u16, Usage)> {
        let &(k, _) = self.texts.get(*self.tid.get(i)? as usize)?;
        self.keys.get(k as usize)
    }

    /// True for a headline-case or all-caps sentence, whose capitals tell nothing: most of
    /// its words are capitalised and at least two of them are common words (`Markets Slide
    /// As Investors Fret`), or nearly all are in capitals (`BREAKING NEWS FROM KYIV`). A
    /// sentence full of names (`The North Atlantic Treaty Organization (NATO) met.`) is not.
    fn is_shouting(&self, toks: std::ops::Range<usize>) -> bool {
        let (mut words, mut caps, mut all_caps, mut common_caps) = (0usize, 0usize, 0usize, 0usize);
        let first = toks.start;
        for i in toks.filter(|&i| self.doc.tokens[i].kind == TokenKind::Word) {
            let shape = self.shape(i);
            if shape & shape::ALPHA == 0 || shape & shape::SMALL != 0 {
                continue;
            }
            words += 1;
            if shape & shape::UPPER != 0 {
                caps += 1;
                all_caps += usize::from(shape & shape::ALL_CAPS != 0);
                let common = self.entry(i).is_some_and(|e| e.1 & flag::NOT_NAME != 0 || e.2.lower > 0);
                common_caps += usize::from(i > first && common);
            }
        }
        (words >= 3 && all_caps * 10 >= words * 8) || (words >= 4 && caps * 10 >= words * 7 && common_caps >= 2)
    }

    /// The list flags of token `i` (none for punctuation).
    pub fn flags(&self, i: usize) -> u16 {
        self.entry(i).map_or(0, |e| e.1)
    }

    /// True when token `i` has the list flag `f`.
    pub fn has(&self, i: usize, f: u16) -> bool {
        self.flags(i) & f != 0
    }

    /// How the word of token `i` is written across the article.
    pub fn usage(&self, i: usize) -> Usage {
        self.entry(i).map_or(Usage::default(), |e| e.2)
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
        core_span(self.doc, i)
    }

    /// The word of token `i` without possessive ending or final dot, lowercased; the text
    /// itself for punctuation.
    pub fn key(&self, i: usize) -> &str {
        match self.entry(i) {
            Some(e) => &e.0,
            None => self.doc.tokens.get(i).map_or("", |t| self.doc.slice(t.span)),
        }
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
        self.is_word(i) && self.shape(i) & shape::CAPITALISED != 0
    }

    /// A capitalised word whose capital can be trusted as a name part: either it is not
    /// in an opening position, or the word is known (a place, organisation or title, or a
    /// word the article capitalises elsewhere), or it opens a run of capitals and is never
    /// written in lowercase in the article (`Vladimir Putin said`, not `Speaking Putin`).
    pub fn is_name_word(&self, i: usize) -> bool {
        if !self.is_capitalised(i) {
            return false;
        }
        let flags = self.flags(i);
        if flags & flag::NOT_NAME != 0 && !self.is_acronym(i) {
            return false;
        }
        if !self.uncertain[i] {
            return true;
        }
        if flags & KNOWN != 0 {
            return true;
        }
        let usage = self.usage(i);
        if self.shouted[i] {
            // Headline case or capitals: only words the article writes with a telling
            // capital elsewhere.
            return usage.capital > 0;
        }
        // An acronym opening a sentence: "UEFA president ...", or a CamelCase name:
        // "DoorDash reported".
        if self.is_acronym(i) || super::chunks::is_camel_case(self.text(i)) {
            return true;
        }
        let key = self.key(i);
        if usage.capital > 0 {
            return true;
        }
        // (Not by its ending when capitalised after a hyphen: `Mei-Ling`.)
        let ending = !key.contains('-') && (key.ends_with("ing") || key.ends_with("ly") || key.ends_with("ed"));
        // "Blessing Nwachukwu, the founder of ...": a given name ending like a participle,
        // before a surname and a person's appositive.
        let role_follows =
            || self.next_word(i).is_some_and(|n| self.is_capitalised(n) && super::roles::appositive_head(self, n + 1));
        let looks_common = usage.lower > 0 || (ending && !role_follows());
        // "Vladimir Putin said", "Okafor said": an opener never seen in lowercase, before
        // another capital or a verb of saying.
        // "Transport Secretary Mark Harper" opening a sentence: a word before a title.
        if self.next_word(i).is_some_and(|n| self.is_capitalised(n) && self.has(n, flag::TITLE)) {
            return true;
        }
        // "Woking captain Sam Trent said": a club before its staff and a name (not
        // "Former captain Sam Trent").
        if flags & flag::ROLE_MODIFIER == 0
            && self.next_word(i).is_some_and(|n| {
                self.has(n, flag::CLUB_STAFF) && self.next_word(n).is_some_and(|m| self.is_capitalised(m))
            })
        {
            return true;
        }
        // "Spotify, the Swedish company,", "Okafor, who ...": an opener with an appositive.
        let appositive = self.is(i + 1, ",")
            && i + 2 < self.len()
            && matches!(self.key(i + 2), "which" | "who" | "whose" | "the" | "a" | "an");
        // "Rafael van der Vaart scored": a capital after surname particles.
        let mut n = i + 1;
        while n < self.len() && n < i + 4 && self.is_word(n) && super::chunks::is_particle(self.text(n)) {
            n += 1;
        }
        let particled = n > i + 1 && n < self.len() && self.adjacent(n - 1, n) && self.is_capitalised(n);
        !looks_common
            && (appositive
                || particled
                || self
                    .next_word(i)
                    .is_some_and(|n| self.is_capitalised(n) || is_say_verb(&util::lowercase(self.text(n)))))
    }

    /// The next token when it is a word adjacent to `i`.
    pub fn next_word(&self, i: usize) -> Option<usize> {
        let n = i + 1;
        (n < self.len() && self.is_word(n) && self.adjacent(i, n)).then_some(n)
    }

    /// True when the article gives a football score (`2-1`) somewhere: a match report,
    /// where a town's name may stand for its club.
    pub fn is_match_report(&self) -> bool {
        *self.match_report.get_or_init(|| {
            self.doc
                .tokens
                .iter()
                .any(|t| t.kind != TokenKind::Punct && super::chunks::is_score(self.doc.slice(t.span)))
        })
    }

    /// All capitals, at least two letters: `NATO`, `EU`, `U.N.`.
    pub fn is_acronym(&self, i: usize) -> bool {
        self.shape(i) & shape::ACRONYM != 0
    }
}

/// Words of the entity lists: places, organisations, titles, honorifics.
const KNOWN: u16 = flag::PLACE | flag::KNOWN_ORG | flag::TITLE | flag::HONORIFIC;

/// The list flags of a lowercase word or name (`new york` too): one hash lookup in a
/// lexicon of every entity list, built once from the rules tables.
pub(super) fn flags_of(key: &str) -> u16 {
    // (Values are u32 like the other maps of words here: one copy of the map code.)
    static LEXICON: OnceLock<FastMap<&'static str, u32>> = OnceLock::new();
    let lexicon = LEXICON.get_or_init(|| {
        let packed: [(&'static str, u16); 17] = [
            (common_words::NOT_NAMES, flag::NOT_NAME),
            (places::DEMONYMS, flag::DEMONYM),
            (places::COUNTRIES, flag::PLACE),
            (places::CITIES, flag::PLACE),
            (places::REGIONS, flag::PLACE),
            (names::FIRST_NAMES, flag::FIRST_NAME),
            (places::PLACE_HEADS, flag::PLACE_HEAD),
            (names::FIRMS, flag::KNOWN_ORG),
            (names::INSTITUTION_WORDS, flag::INSTITUTION),
            (titles::TITLES, flag::TITLE),
            (titles::HONORIFICS, flag::HONORIFIC),
            (titles::ROLE_MODIFIERS, flag::ROLE_MODIFIER),
            (titles::PERSON_NOUNS, flag::PERSON_NOUN),
            (organizations::ORG_WORDS, flag::ORG_WORD),
            (organizations::KNOWN_ORGS, flag::KNOWN_ORG),
            (organizations::PARTY_MEMBERS, flag::PARTY_MEMBER),
            (organizations::CLUB_STAFF, flag::CLUB_STAFF),
        ];
        let mut lexicon = FastMap::default();
        let mut add = |w: &'static str, f: u16| {
            *lexicon.entry(w).or_default() |= u32::from(f);
            // The first word of a listed name of several words (`new` of `new york`).
            if let Some((first, _)) = w.split_once(' ').filter(|_| f & (flag::PLACE | flag::KNOWN_ORG) != 0) {
                *lexicon.entry(first).or_default() |= u32::from(flag::MULTI_START);
            }
        };
        for (table, f) in packed {
            for w in table.lines() {
                add(w, f);
            }
        }
        lexicon
    });
    lexicon.get(key).map_or(0, |&f| f as u16)
}

/// The [`shape`] bits of a word or number `text`, `core` being the text without its
/// possessive ending.
fn shape_of(text: &str, core: &str) -> u8 {
    let first = text.chars().next();
    let upper = starts_upper(text);
    // "Secretary-General", not "German-made"
    let capitalised = upper && text.split(['-', '‐', '‑']).skip(1).all(|part| !part.starts_with(char::is_lowercase));
    let bits = [
        (first.is_some_and(char::is_lowercase), shape::LOWER),
        (upper, shape::UPPER),
        (first.is_some_and(char::is_alphabetic), shape::ALPHA),
        (is_all_caps(text), shape::ALL_CAPS),
        (is_all_caps(core), shape::ACRONYM),
        (capitalised, shape::CAPITALISED),
        (is_small_word(text), shape::SMALL),
    ];
    bits.iter().filter(|(on, _)| *on).fold(0, |acc, (_, bit)| acc | bit)
}

/// The span of token `i` without a possessive ending: `Ukraine's` → `Ukraine`.
fn core_span(doc: &Document, i: usize) -> Span {
    let span = doc.tokens[i].span;
    let w = doc.slice(span);
    let cut = if w.len() > 3 && (w.ends_with("'s") || w.ends_with("'S")) {
        2
    } else if w.len() > 5 && w.ends_with("’s") {
        4
    } else {
        0
    };
    Span::new(span.start, span.end - cut)
}

/// Lowercase, final abbreviation dot removed: `Gen.` → `gen`, but `U.S.` keeps its dots.
fn normalise(w: &str) -> String {
    let w = match w.strip_suffix('.') {
        Some(stem) if !stem.is_empty() && !stem.contains('.') => stem,
        _ => w,
    };
    util::lowercase(w)
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

/// Words that headline case leaves in lowercase: `of`, `the`, `in`.
fn is_small_word(w: &str) -> bool {
    matches!(w, "a" | "an" | "and" | "as" | "at" | "by" | "for" | "in" | "of" | "on" | "or" | "the" | "to" | "vs")
}

pub(super) fn is_opening_mark(w: &str) -> bool {
    matches!(w, "\"" | "“" | "‘" | "'" | "«" | "„")
}
