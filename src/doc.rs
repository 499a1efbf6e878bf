//! The article as the extractors see it: one text, its paragraphs, sentences and tokens.
//!
//! Every position inside the core is a byte offset into [`Document::text`], end exclusive.
//! The card converts them once, at the edge, to the UTF-16 offsets that JavaScript uses.

use serde::Serialize;

/// A byte range into [`Document::text`], end exclusive.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, serde::Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }
    pub const fn len(&self) -> usize {
        self.end - self.start
    }
    pub const fn is_empty(&self) -> bool {
        self.end <= self.start
    }
    /// True when the two ranges share at least one byte.
    pub const fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
    /// True when `other` lies wholly inside `self`.
    pub const fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

impl From<std::ops::Range<usize>> for Span {
    fn from(r: std::ops::Range<usize>) -> Self {
        Span::new(r.start, r.end)
    }
}

/// A sentence: its span and the index of the paragraph holding it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sentence {
    pub span: Span,
    pub paragraph: usize,
}

/// What kind of token a [`Token`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (and digits or marks) with inner apostrophes, hyphens or the dots of
    /// abbreviations: `Ukraine's`, `Secretary-General`, `U.S.`, `F-16`, `2s` in `Leopard 2s`.
    Word,
    /// Digits with inner `,`, `.` or `:` between digits: `2023`, `1,500`, `3.5`, `10:30`.
    Number,
    /// Any other single non-space character: punctuation, quotation marks, symbols.
    Punct,
}

/// A word, number or punctuation mark of the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    pub kind: TokenKind,
}

/// Metadata of the article, from header lines (plain text) or the page (HTML).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Meta {
    pub title: Option<String>,
    /// `YYYY-MM-DD`, as stated by the article itself.
    pub published: Option<String>,
    pub byline: Option<String>,
    pub site: Option<String>,
    pub url: Option<String>,
    pub lang: Option<String>,
}

/// The article body with its structure. Built by [`crate::input`].
#[derive(Clone, Debug, Default)]
pub struct Document {
    pub text: String,
    pub paragraphs: Vec<Span>,
    pub sentences: Vec<Sentence>,
    pub tokens: Vec<Token>,
    pub meta: Meta,
}

impl Document {
    /// Builds a document from a body text and its paragraph spans: splits sentences and
    /// tokens. Paragraph spans must be sorted, non-overlapping and on char boundaries.
    pub fn new(text: String, paragraphs: Vec<Span>, meta: Meta) -> Self {
        let tokens = tokenize(&text);
        let sentences = crate::input::sentences::split(&text, &paragraphs, &tokens);
        Document { text, paragraphs, sentences, tokens, meta }
    }

    /// The text of a span.
    pub fn slice(&self, span: Span) -> &str {
        &self.text[span.start..span.end]
    }

    /// Index of the sentence holding byte `pos`, if any (binary search).
    pub fn sentence_at(&self, pos: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.span.end <= pos);
        (i < self.sentences.len() && self.sentences[i].span.start <= pos).then_some(i)
    }

    /// Index of the paragraph holding byte `pos`, if any (binary search).
    pub fn paragraph_at(&self, pos: usize) -> Option<usize> {
        let i = self.paragraphs.partition_point(|p| p.end <= pos);
        (i < self.paragraphs.len() && self.paragraphs[i].start <= pos).then_some(i)
    }

    /// The tokens that lie inside `span` (binary search; a slice of [`Document::tokens`]).
    pub fn tokens_in(&self, span: Span) -> &[Token] {
        let a = self.tokens.partition_point(|t| t.span.start < span.start);
        let b = self.tokens.partition_point(|t| t.span.end <= span.end);
        if a <= b {
            &self.tokens[a..b]
        } else {
            &[]
        }
    }

    /// Index of the first token starting at or after byte `pos`.
    pub fn token_index_at(&self, pos: usize) -> usize {
        self.tokens.partition_point(|t| t.span.start < pos)
    }

    /// Number of words (word and number tokens).
    pub fn word_count(&self) -> usize {
        self.tokens.iter().filter(|t| t.kind != TokenKind::Punct).count()
    }
}

/// Splits text into tokens, in one pass.
///
/// `"U.S."` is one word, `"Ukraine's"` one word, `"$1.5"` is `$` then `1.5`,
/// `"10:30"` one number, `"don't"` one word, `"’90s"` is `’` then `90s`.
pub fn tokenize(text: &str) -> Vec<Token> {
    let b = text.as_bytes();
    let mut out = Vec::with_capacity(text.len() / 5);
    let mut i = 0;
    while i < b.len() {
        let c = char_at(text, i);
        let w = c.len_utf8();
        if c.is_whitespace() {
            i += w;
            continue;
        }
        if c.is_alphanumeric() {
            let start = i;
            let mut all_digits = true;
            let mut j = i;
            loop {
                // take a run of alphanumerics
                while j < b.len() {
                    let d = char_at(text, j);
                    if d.is_alphanumeric() || is_combining(d) {
                        all_digits &= d.is_ascii_digit();
                        j += d.len_utf8();
                    } else {
                        break;
                    }
                }
                if j >= b.len() {
                    break;
                }
                // an inner joiner followed by an alphanumeric continues the token
                let d = char_at(text, j);
                let next = text[j + d.len_utf8()..].chars().next();
                let prev = text[..j].chars().next_back();
                let joins = match (d, next) {
                    (_, None) => false,
                    ('\'' | '’' | '-' | '‐' | '‑', Some(n)) => n.is_alphanumeric(),
                    ('.', Some(n)) if all_digits => n.is_ascii_digit(),
                    // abbreviation dots: a single letter, a dot, a letter ("U.S", "a.m")
                    ('.', Some(n)) => {
                        n.is_alphabetic() && prev.is_some_and(|p| p.is_alphabetic()) && single_letter_run(text, j)
                    }
                    (',' | ':', Some(n)) if all_digits => {
                        n.is_ascii_digit() && prev.is_some_and(|p| p.is_ascii_digit())
                    }
                    _ => false,
                };
                if !joins {
                    break;
                }
                if !matches!(d, '.' | ',' | ':') {
                    all_digits = false;
                }
                j += d.len_utf8();
            }
            // the final dot of an abbreviation made of single letters: "U.S." "a.m."
            if j < b.len() && b[j] == b'.' && text[start..j].contains('.') && !all_digits {
                j += 1;
            }
            let kind = if all_digits { TokenKind::Number } else { TokenKind::Word };
            out.push(Token { span: Span::new(start, j), kind });
            i = j;
            continue;
        }
        out.push(Token { span: Span::new(i, i + w), kind: TokenKind::Punct });
        i += w;
    }
    out
}

/// The char that starts at byte `i` (which must be a char boundary).
fn char_at(text: &str, i: usize) -> char {
    text[i..].chars().next().unwrap_or('\0')
}

fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x200D | 0xFE0F)
}

/// True when the alphabetic run ending at byte `dot` is one letter long ("U" in "U.S").
fn single_letter_run(text: &str, dot: usize) -> bool {
    let mut it = text[..dot].chars().rev();
    match (it.next(), it.next()) {
        (Some(a), None) => a.is_alphabetic(),
        (Some(a), Some(b)) => a.is_alphabetic() && !b.is_alphanumeric(),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<&str> {
        tokenize(s).iter().map(|t| &s[t.span.start..t.span.end]).collect()
    }

    #[test]
    fn tokens_keep_inner_joiners() {
        assert_eq!(words("Ukraine's U.S.-led F-16 jets"), ["Ukraine's", "U.S.", "-", "led", "F-16", "jets"]);
        assert_eq!(
            words("$1.5 billion, 1,500 troops at 10:30."),
            ["$", "1.5", "billion", ",", "1,500", "troops", "at", "10:30", "."]
        );
        assert_eq!(words("“Go,” he said."), ["“", "Go", ",", "”", "he", "said", "."]);
        assert_eq!(words("the U.S. and a.m. end"), ["the", "U.S.", "and", "a.m.", "end"]);
        assert_eq!(words("Mr. Putin"), ["Mr", ".", "Putin"]);
        assert_eq!(words("’90s rock ’n’ roll"), ["’", "90s", "rock", "’", "n", "’", "roll"]);
    }

    #[test]
    fn lookups_by_position() {
        let d = Document::new("One two. Three.\u{0}".into(), vec![Span::new(0, 15)], Meta::default());
        assert_eq!(d.sentence_at(0), Some(0));
        assert_eq!(d.sentence_at(10), Some(1));
        assert_eq!(d.paragraph_at(16), None);
        assert_eq!(d.tokens_in(Span::new(0, 8)).len(), 3);
        assert_eq!(d.word_count(), 3);
    }
}
