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

/// Classes of a byte in [`BYTE_CLASS`]: an ASCII digit, an ASCII letter, ASCII whitespace
/// (as [`char::is_whitespace`] has it), the start or inside of a non-ASCII character, an
/// ASCII character that may join the runs of a word (`'`, `-`, `.`) or of a number (`.`,
/// `,`, `:`).
const DIGIT: u8 = 1;
const LETTER: u8 = 2;
const SPACE: u8 = 4;
const NON_ASCII: u8 = 8;
const JOINS_WORD: u8 = 16;
const JOINS_NUMBER: u8 = 32;

/// The class of every byte value, so that ASCII text is tokenized without decoding chars.
static BYTE_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        t[i] = match b {
            b'0'..=b'9' => DIGIT,
            b'a'..=b'z' | b'A'..=b'Z' => LETTER,
            b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | b' ' => SPACE,
            0x80..=0xff => NON_ASCII,
            b'\'' | b'-' => JOINS_WORD,
            b'.' => JOINS_WORD | JOINS_NUMBER,
            b',' | b':' => JOINS_NUMBER,
            _ => 0,
        };
        i += 1;
    }
    t
};

/// Splits text into tokens, in one pass.
///
/// `"U.S."` is one word, `"Ukraine's"` one word, `"$1.5"` is `$` then `1.5`,
/// `"10:30"` one number, `"don't"` one word, `"’90s"` is `’` then `90s`.
///
/// ASCII bytes are classified by table; only non-ASCII characters are decoded.
pub fn tokenize(text: &str) -> Vec<Token> {
    let b = text.as_bytes();
    let mut out = Vec::with_capacity(text.len() / 5);
    let mut i = 0;
    while i < b.len() {
        let class = BYTE_CLASS[b[i] as usize];
        if class == SPACE {
            i += 1;
            continue;
        }
        if class & (DIGIT | LETTER) == 0 {
            let c = char_at(text, i);
            let w = c.len_utf8();
            // General Punctuation (dashes, curly quotes, bullets) is neither space nor
            // alphanumeric: no Unicode tables for the commonest non-ASCII characters.
            let punct = ('\u{2010}'..='\u{2027}').contains(&c) || !(c.is_whitespace() || c.is_alphanumeric());
            if punct {
                out.push(Token { span: Span::new(i, i + w), kind: TokenKind::Punct });
            }
            if punct || c.is_whitespace() {
                i += w;
                continue;
            }
        }
        // Most words are a run of ASCII letters or digits followed by a space or by
        // punctuation that joins nothing to it; the rest take the general path.
        let mut end = i + ascii_alphanumerics(&b[i..]);
        let number = class == DIGIT && !b[i..end].iter().any(u8::is_ascii_alphabetic);
        let after = b.get(end).map_or(0, |&x| BYTE_CLASS[x as usize]);
        let joiners = NON_ASCII | JOINS_WORD | if number { JOINS_NUMBER } else { 0 };
        let number = if class & (DIGIT | LETTER) == 0 || after & joiners != 0 {
            let (e, number) = word_end(text, i);
            end = e;
            number
        } else {
            number
        };
        let kind = if number { TokenKind::Number } else { TokenKind::Word };
        out.push(Token { span: Span::new(i, end), kind });
        // a space after the word is skipped here rather than by another round
        i = if b.get(end).is_some_and(|&x| BYTE_CLASS[x as usize] == SPACE) { end + 1 } else { end };
    }
    out
}

/// The end of the word or number that starts at byte `start` (an alphanumeric), and whether
/// it is a number: ASCII digits with only `.`, `,` or `:` joining them.
fn word_end(text: &str, start: usize) -> (usize, bool) {
    let b = text.as_bytes();
    let mut letters = BYTE_CLASS[b[start] as usize] != DIGIT;
    let mut j = start;
    loop {
        // take a run of alphanumerics
        loop {
            let run = ascii_alphanumerics(&b[j..]);
            if !letters && b[j..j + run].iter().any(u8::is_ascii_alphabetic) {
                letters = true;
            }
            j += run;
            if j < b.len() && b[j] >= 0x80 {
                let d = char_at(text, j);
                if d.is_alphanumeric() || is_combining(d) {
                    letters = true;
                    j += d.len_utf8();
                    continue;
                }
            }
            break;
        }
        if j >= b.len() || BYTE_CLASS[b[j] as usize] & (JOINS_WORD | JOINS_NUMBER | NON_ASCII) == 0 || !joins(text, j, !letters) {
            break;
        }
        if !matches!(b[j], b'.' | b',' | b':') {
            letters = true;
        }
        j += char_at(text, j).len_utf8();
    }
    // the final dot of an abbreviation made of single letters: "U.S." "a.m."
    if j < b.len() && b[j] == b'.' && letters && b[start..j].contains(&b'.') {
        j += 1;
    }
    (j, !letters)
}

/// Length of the run of ASCII letters and digits that starts `b`.
fn ascii_alphanumerics(b: &[u8]) -> usize {
    b.iter().position(|&x| BYTE_CLASS[x as usize] & (DIGIT | LETTER) == 0).unwrap_or(b.len())
}

/// True when the character at byte `j`, right after an alphanumeric, is an inner joiner
/// that continues the token: an apostrophe or hyphen before an alphanumeric, a decimal
/// point or thousands separator between digits, an abbreviation dot ("U.S", "a.m").
/// ASCII digits are single bytes, so digit tests look at bytes.
fn joins(text: &str, j: usize, all_digits: bool) -> bool {
    let b = text.as_bytes();
    let next_digit = || b.get(j + 1).is_some_and(u8::is_ascii_digit);
    let next = |at: usize| text[at..].chars().next();
    match b[j] {
        b',' | b':' => all_digits && next_digit() && b[j - 1].is_ascii_digit(),
        b'.' if all_digits => next_digit(),
        // the letter before the dot is alphabetic when its run is one letter long
        b'.' => single_letter_run(text, j) && next(j + 1).is_some_and(char::is_alphabetic),
        b'\'' | b'-' => next(j + 1).is_some_and(char::is_alphanumeric),
        x if x < 0x80 => false,
        _ => {
            let d = char_at(text, j);
            matches!(d, '’' | '‐' | '‑') && next(j + d.len_utf8()).is_some_and(char::is_alphanumeric)
        }
    }
}

/// The char that starts at byte `i` (which must be a char boundary).
fn char_at(text: &str, i: usize) -> char {
    match text.as_bytes().get(i) {
        Some(&x) if x < 0x80 => x as char,
        _ => text[i..].chars().next().unwrap_or('\0'),
    }
}

fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x200D | 0xFE0F)
}

/// True when the alphabetic run ending at byte `dot` is one letter long ("U" in "U.S").
fn single_letter_run(text: &str, dot: usize) -> bool {
    let b = text.as_bytes();
    if dot >= 2 && b[dot - 1] < 0x80 && b[dot - 2] < 0x80 {
        return b[dot - 1].is_ascii_alphabetic() && !b[dot - 2].is_ascii_alphanumeric();
    }
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
