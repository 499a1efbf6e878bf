//! The card data of SPEC §3: what `analyze` returns and every backend draws.
//!
//! Extractors fill these types with byte offsets into the text; [`Card::build`] converts
//! every offset once, at the edge, to the UTF-16 code units that SPEC §3 promises, so that
//! JavaScript's `card.text.slice(start, end)` returns the span.

use serde::Serialize;

use crate::doc::{Document, Span};

/// The whole card.
#[derive(Clone, Debug, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Card {
    pub meta: CardMeta,
    /// The article body as analysed; every offset points here.
    pub text: String,
    pub sentences: Vec<SentenceRef>,
    /// Key sentences, as indexes into `sentences`, in article order.
    pub summary: Vec<usize>,
    pub quotes: Vec<Quote>,
    pub dates: Vec<DateMention>,
    pub entities: Vec<Entity>,
    /// Maps UTF-16 offsets back to the text, for the renderers.
    #[serde(skip)]
    pub index: Utf16Index,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CardMeta {
    pub title: Option<String>,
    /// The document creation time used as the anchor, `YYYY-MM-DD`.
    pub published: Option<String>,
    pub byline: Option<String>,
    pub site: Option<String>,
    /// BCP 47, e.g. `en`.
    pub lang: Option<String>,
    pub words: usize,
    pub reading_minutes: usize,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct SentenceRef {
    pub start: usize,
    pub end: usize,
    pub paragraph: usize,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// In quotation marks.
    #[default]
    Direct,
    /// Reported speech: `X said that ...`.
    Indirect,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Quote {
    pub kind: QuoteKind,
    /// The quoted words without the quotation marks (spans joined by a space).
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// More than one for a quote split by "he said".
    pub spans: Vec<Span>,
    /// Canonical full name, or null when nobody is named.
    pub speaker: Option<String>,
    pub speaker_mention: Option<Span>,
    pub role: Option<String>,
    pub cue: Option<String>,
    /// When it was said, `YYYY-MM-DD`, where the text tells.
    pub date: Option<String>,
    /// A fragment inside a sentence (scare quote, phrase).
    pub partial: bool,
    pub sentence: usize,
    #[serde(serialize_with = "score_as_decimal")]
    pub score: f32,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub enum TimexType {
    #[default]
    #[serde(rename = "DATE")]
    Date,
    #[serde(rename = "TIME")]
    Time,
    #[serde(rename = "DURATION")]
    Duration,
    #[serde(rename = "SET")]
    Set,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct DateMention {
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// TimeML TIMEX3 type.
    #[serde(rename = "type")]
    pub kind: TimexType,
    /// TimeML TIMEX3 value: `2023-02-11`, `2023-W07`, `P3M`, `PRESENT_REF`, `XXXX-02-11` ...
    pub value: String,
    pub sentence: usize,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    Person,
    Organization,
    Place,
    #[default]
    Other,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Entity {
    pub name: String,
    pub kind: EntityKind,
    pub role: Option<String>,
    pub mentions: Vec<Span>,
}

/// Writes a score as the nearest three-decimal `f64`, so that JavaScript sees `0.63`, not
/// the `0.6299999952316284` that widening the `f32` gives.
fn score_as_decimal<S: serde::Serializer>(score: &f32, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_f64((f64::from(*score) * 1000.0).round() / 1000.0)
}

/// The card data as compact JSON text (SPEC §3), written without serde: the wasm hands it
/// to JavaScript's `JSON.parse`, which is smaller and faster than building the objects
/// field by field through the boundary. Gives the same data as the `Serialize` derives
/// (a test checks every golden article against `serde_json`).
pub trait ToJson {
    fn write_json(&self, out: &mut String);

    fn to_json(&self) -> String {
        let mut out = String::new();
        self.write_json(&mut out);
        out
    }
}

/// Writes `{"key":value,...}` from `(key, writer)` pairs. The keys are the field names of
/// SPEC §3, plain ASCII words that need no escaping.
fn object(out: &mut String, fields: &[(&str, &dyn ToJson)]) {
    let mut sep = "{\"";
    for (key, value) in fields {
        out.push_str(sep);
        out.push_str(key);
        out.push_str("\":");
        value.write_json(out);
        sep = ",\"";
    }
    out.push_str(if fields.is_empty() { "{}" } else { "}" });
}

impl ToJson for str {
    fn write_json(&self, out: &mut String) {
        out.push('"');
        let mut from = 0;
        for (i, b) in self.bytes().enumerate() {
            let escape = match b {
                b'"' => "\\\"",
                b'\\' => "\\\\",
                b'\n' => "\\n",
                b'\r' => "\\r",
                b'\t' => "\\t",
                0..=0x1f => "",
                _ => continue,
            };
            out.push_str(&self[from..i]);
            from = i + 1;
            if escape.is_empty() {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.push_str("\\u00");
                out.push(HEX[usize::from(b >> 4)] as char);
                out.push(HEX[usize::from(b & 15)] as char);
            } else {
                out.push_str(escape);
            }
        }
        out.push_str(&self[from..]);
        out.push('"');
    }
}

impl ToJson for &str {
    fn write_json(&self, out: &mut String) {
        (**self).write_json(out)
    }
}

impl ToJson for String {
    fn write_json(&self, out: &mut String) {
        self.as_str().write_json(out)
    }
}

impl ToJson for usize {
    fn write_json(&self, out: &mut String) {
        let mut digits = [0u8; 20];
        let (mut n, mut i) = (*self, digits.len());
        loop {
            i -= 1;
            digits[i] = b'0' + (n % 10) as u8;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        out.push_str(std::str::from_utf8(&digits[i..]).unwrap_or_default());
    }
}

impl ToJson for bool {
    fn write_json(&self, out: &mut String) {
        out.push_str(if *self { "true" } else { "false" })
    }
}

impl<T: ToJson> ToJson for Option<T> {
    fn write_json(&self, out: &mut String) {
        match self {
            Some(v) => v.write_json(out),
            None => out.push_str("null"),
        }
    }
}

impl<T: ToJson> ToJson for [T] {
    fn write_json(&self, out: &mut String) {
        out.push('[');
        for (i, v) in self.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            v.write_json(out);
        }
        out.push(']');
    }
}

impl<T: ToJson> ToJson for Vec<T> {
    fn write_json(&self, out: &mut String) {
        self.as_slice().write_json(out)
    }
}

/// A score as its nearest three-decimal number (see [`score_as_decimal`]): `0.63`, `1.0`,
/// and `null` for a non-finite one, as serde_json writes it.
struct Score(f32);

impl ToJson for Score {
    fn write_json(&self, out: &mut String) {
        let thousandths = (f64::from(self.0) * 1000.0).round();
        if !thousandths.is_finite() || thousandths.abs() >= 9.0e15 {
            out.push_str("null");
            return;
        }
        if thousandths.is_sign_negative() {
            out.push('-');
        }
        let k = thousandths.abs() as usize;
        (k / 1000).write_json(out);
        out.push('.');
        let mut frac = k % 1000;
        let mut width = 3;
        while width > 1 && frac % 10 == 0 {
            frac /= 10;
            width -= 1;
        }
        for p in (0..width).rev() {
            out.push((b'0' + (frac / 10usize.pow(p) % 10) as u8) as char);
        }
    }
}

impl ToJson for Span {
    fn write_json(&self, out: &mut String) {
        object(out, &[("start", &self.start), ("end", &self.end)])
    }
}

impl ToJson for CardMeta {
    fn write_json(&self, out: &mut String) {
        object(
            out,
            &[
                ("title", &self.title),
                ("published", &self.published),
                ("byline", &self.byline),
                ("site", &self.site),
                ("lang", &self.lang),
                ("words", &self.words),
                ("readingMinutes", &self.reading_minutes),
            ],
        )
    }
}

impl ToJson for SentenceRef {
    fn write_json(&self, out: &mut String) {
        object(out, &[("start", &self.start), ("end", &self.end), ("paragraph", &self.paragraph)])
    }
}

impl ToJson for Quote {
    fn write_json(&self, out: &mut String) {
        let kind = match self.kind {
            QuoteKind::Direct => "direct",
            QuoteKind::Indirect => "indirect",
        };
        object(
            out,
            &[
                ("kind", &kind),
                ("text", &self.text),
                ("start", &self.start),
                ("end", &self.end),
                ("spans", &self.spans),
                ("speaker", &self.speaker),
                ("speakerMention", &self.speaker_mention),
                ("role", &self.role),
                ("cue", &self.cue),
                ("date", &self.date),
                ("partial", &self.partial),
                ("sentence", &self.sentence),
                ("score", &Score(self.score)),
            ],
        )
    }
}

impl TimexType {
    /// The TIMEX3 type's name, as in the card data.
    pub fn name(self) -> &'static str {
        match self {
            TimexType::Date => "DATE",
            TimexType::Time => "TIME",
            TimexType::Duration => "DURATION",
            TimexType::Set => "SET",
        }
    }
}

impl ToJson for DateMention {
    fn write_json(&self, out: &mut String) {
        object(
            out,
            &[
                ("text", &self.text),
                ("start", &self.start),
                ("end", &self.end),
                ("type", &self.kind.name()),
                ("value", &self.value),
                ("sentence", &self.sentence),
            ],
        )
    }
}

impl EntityKind {
    /// The kind's name, as in the card data.
    pub fn name(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Organization => "organization",
            EntityKind::Place => "place",
            EntityKind::Other => "other",
        }
    }
}

impl ToJson for Entity {
    fn write_json(&self, out: &mut String) {
        let kind = self.kind.name();
        object(out, &[("name", &self.name), ("kind", &kind), ("role", &self.role), ("mentions", &self.mentions)])
    }
}

impl ToJson for Card {
    fn write_json(&self, out: &mut String) {
        out.reserve(self.text.len() + 64 * (self.sentences.len() + self.quotes.len() + self.dates.len()));
        object(
            out,
            &[
                ("meta", &self.meta),
                ("text", &self.text),
                ("sentences", &self.sentences),
                ("summary", &self.summary),
                ("quotes", &self.quotes),
                ("dates", &self.dates),
                ("entities", &self.entities),
            ],
        )
    }
}

/// What the extractors found, in byte offsets, before [`Card::build`].
#[derive(Clone, Debug, Default)]
pub struct Extracted {
    pub summary: Vec<usize>,
    pub quotes: Vec<Quote>,
    pub dates: Vec<DateMention>,
    pub entities: Vec<Entity>,
}

/// Average adult silent reading speed for news, in words a minute.
const WORDS_PER_MINUTE: usize = 230;

impl Card {
    /// Assembles the card and converts every offset from bytes to UTF-16 code units.
    pub fn build(doc: Document, published: Option<String>, found: Extracted) -> Card {
        let words = doc.word_count();
        let Document { text, sentences, meta, .. } = doc;
        let mut card = Card {
            meta: CardMeta {
                title: meta.title,
                published,
                byline: meta.byline,
                site: meta.site,
                lang: meta.lang,
                words,
                reading_minutes: if words == 0 { 0 } else { words.div_ceil(WORDS_PER_MINUTE).max(1) },
            },
            sentences: sentences
                .iter()
                .map(|s| SentenceRef { start: s.span.start, end: s.span.end, paragraph: s.paragraph })
                .collect(),
            summary: found.summary,
            quotes: found.quotes,
            dates: found.dates,
            entities: found.entities,
            index: Utf16Index::new(&text),
            text,
        };
        let (index, text) = (std::mem::take(&mut card.index), std::mem::take(&mut card.text));
        card.for_each_offset(|o| *o = index.to_utf16(&text, *o));
        (card.index, card.text) = (index, text);
        card
    }

    /// Visits every offset of the card, once each.
    fn for_each_offset(&mut self, mut f: impl FnMut(&mut usize)) {
        let span = |s: &mut Span, f: &mut dyn FnMut(&mut usize)| {
            f(&mut s.start);
            f(&mut s.end);
        };
        for s in &mut self.sentences {
            f(&mut s.start);
            f(&mut s.end);
        }
        for q in &mut self.quotes {
            f(&mut q.start);
            f(&mut q.end);
            for s in &mut q.spans {
                span(s, &mut f);
            }
            if let Some(s) = &mut q.speaker_mention {
                span(s, &mut f);
            }
        }
        for d in &mut self.dates {
            f(&mut d.start);
            f(&mut d.end);
        }
        for e in &mut self.entities {
            for s in &mut e.mentions {
                span(s, &mut f);
            }
        }
    }

    /// Rebuilds the offset index of a card read back from its JSON (SPEC §3).
    pub fn reindex(&mut self) {
        self.index = Utf16Index::new(&self.text);
    }

    /// The text between two UTF-16 offsets of this card (empty if out of range).
    pub fn slice(&self, start: usize, end: usize) -> &str {
        let (a, b) = (self.index.to_byte(&self.text, start), self.index.to_byte(&self.text, end));
        self.text.get(a..b.max(a)).unwrap_or("")
    }
}

/// Converts between byte offsets and UTF-16 offsets of one text in O(1) amortised time a
/// lookup: the UTF-16 length of every [`Utf16Index::STEP`]-byte prefix, then a short count.
///
/// Counting is by bytes, not characters: every byte that starts a character adds one UTF-16
/// unit, and a four-byte character's first byte adds a second (its surrogate pair). So the
/// UTF-16 length of any prefix is a sum over its bytes, and a checkpoint may fall inside a
/// character.
#[derive(Clone, Debug, Default)]
pub struct Utf16Index {
    /// UTF-16 length of `text[..k * STEP]` (counted by bytes as above), for every `k`.
    checkpoints: Vec<usize>,
    ascii: bool,
}

/// UTF-16 units that `b` adds to a text it is part of (see [`Utf16Index`]).
fn units_of(b: u8) -> usize {
    usize::from((b as i8) >= -0x40) + usize::from(b >= 0xF0)
}

impl Utf16Index {
    const STEP: usize = 64;

    pub fn new(text: &str) -> Self {
        if text.is_ascii() {
            return Utf16Index { checkpoints: Vec::new(), ascii: true };
        }
        let mut checkpoints = Vec::with_capacity(text.len() / Self::STEP + 1);
        let mut u16s = 0;
        checkpoints.push(0);
        for chunk in text.as_bytes().chunks(Self::STEP) {
            u16s += chunk.iter().map(|&b| units_of(b)).sum::<usize>();
            checkpoints.push(u16s);
        }
        Utf16Index { checkpoints, ascii: false }
    }

    /// The UTF-16 offset of byte offset `byte` (a char boundary).
    pub fn to_utf16(&self, text: &str, byte: usize) -> usize {
        let byte = byte.min(text.len());
        if self.ascii {
            return byte;
        }
        let k = byte / Self::STEP;
        let Some(&u0) = self.checkpoints.get(k) else {
            return 0;
        };
        u0 + text.as_bytes()[k * Self::STEP..byte].iter().map(|&b| units_of(b)).sum::<usize>()
    }

    /// The byte offset of UTF-16 offset `unit` in `text` (rounded down to a char).
    pub fn to_byte(&self, text: &str, unit: usize) -> usize {
        if self.ascii {
            return unit.min(text.len());
        }
        let k = self.checkpoints.partition_point(|&u| u <= unit).saturating_sub(1);
        let Some(&(mut u)) = self.checkpoints.get(k) else {
            return 0;
        };
        let bytes = text.as_bytes();
        let mut b = k * Self::STEP;
        loop {
            // Past the rest of a character the checkpoint fell inside (already counted).
            while bytes.get(b).is_some_and(|&x| (x as i8) < -0x40) {
                b += 1;
            }
            let Some(&x) = bytes.get(b) else {
                return text.len();
            };
            if u + units_of(x) > unit {
                return b;
            }
            u += units_of(x);
            b += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_round_trip() {
        let text = "a€😀b".repeat(40);
        let ix = Utf16Index::new(&text);
        let mut u = 0;
        for (b, c) in text.char_indices() {
            assert_eq!(ix.to_utf16(&text, b), u);
            assert_eq!(ix.to_byte(&text, u), b);
            u += c.len_utf16();
        }
        assert_eq!(ix.to_utf16(&text, text.len()), u);
        assert_eq!(ix.to_byte(&text, u + 5), text.len());
        // A UTF-16 offset inside a surrogate pair rounds down to the character's start.
        let pair = text.find('😀').unwrap();
        let at = ix.to_utf16(&text, pair);
        assert_eq!(ix.to_byte(&text, at + 1), pair);
        // Checkpoints fall inside characters for every alignment of the text.
        for pad in 0..4 {
            let text = format!("{}{}", "x".repeat(pad), "é😀中".repeat(50));
            let ix = Utf16Index::new(&text);
            for (b, _) in text.char_indices() {
                let u = text[..b].encode_utf16().count();
                assert_eq!((ix.to_utf16(&text, b), ix.to_byte(&text, u)), (u, b));
            }
        }
    }

    #[test]
    fn json_text_and_scores() {
        let mut s = String::new();
        "a\"b\\c\n\u{1}é".write_json(&mut s);
        assert_eq!(s, r#""a\"b\\c\n\u0001é""#);
        let score = |x: f32| Score(x).to_json();
        assert_eq!(score(0.63), "0.63");
        assert_eq!(score(1.0), "1.0");
        assert_eq!(score(0.0), "0.0");
        assert_eq!(score(0.1234), "0.123");
        assert_eq!(score(12.25), "12.25");
        assert_eq!(score(-0.5), "-0.5");
        assert_eq!(score(f32::NAN), "null");
        assert_eq!(1234567usize.to_json(), "1234567");
    }
}
