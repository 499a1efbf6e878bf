//! Key sentences: an extractive summary, in article order.
//!
//! News puts the most important first, so position carries most of the weight; centrality
//! picks, among the early sentences, those that share most words with the rest of the
//! article. All in linear time: each sentence is compared with the document's term counts
//! (a centroid), never with every other sentence.
//!
//! 1. Each sentence becomes a set of content terms (lowercase, no function words, plural
//!    `s` dropped).
//! 2. A term weighs `ln(1 + sentences holding it − 1)`: a term of one sentence links it to
//!    nothing. A sentence's centrality is the sum of its terms' weights over `√terms`,
//!    scaled to the best sentence.
//! 3. Score = position prior `1 / (1 + i / 3)` blended with centrality, times penalties for
//!    a sentence that opens with a pronoun or connective (`He`, `But`, `This`), opens with
//!    a quotation, or is very short.
//! 4. Greedy choice by score, skipping a sentence whose terms mostly repeat one already
//!    chosen (filled up by score if too few remain); returned in article order.

use std::hash::Hasher;

use crate::doc::{Document, Span, TokenKind};
use crate::rules::{self, common_words};
use crate::util::{self, FastHasher, FastMap};

/// Weight of the position prior against centrality.
const POSITION_WEIGHT: f32 = 0.6;
/// A sentence sharing more than this share of its terms with a chosen one is skipped.
const MAX_OVERLAP: f32 = 0.6;

/// Picks at most `max` key sentences, as sentence indexes in article order.
pub fn pick(doc: &Document, max: usize) -> Vec<usize> {
    let n = doc.sentences.len();
    if max == 0 || n == 0 {
        return Vec::new();
    }
    if n <= max {
        return (0..n).collect();
    }
    let terms = Terms::of(doc);
    let mut holding = vec![0u32; terms.distinct]; // per term id: sentences holding it
    for &t in &terms.ids {
        holding[t as usize] += 1;
    }
    let weight: Vec<f32> = holding.iter().map(|&k| (k as f32).ln()).collect(); // ln(1 + (k - 1))
    let centrality: Vec<f32> = (0..n)
        .map(|i| {
            let ts = terms.of_sentence(i);
            // summed in term order, as the scores have always been
            let sum: f32 = ts.iter().map(|&t| weight[t as usize]).sum();
            if ts.is_empty() {
                0.0
            } else {
                sum / (ts.len() as f32).sqrt()
            }
        })
        .collect();
    let best = centrality.iter().copied().fold(0.0f32, f32::max).max(f32::MIN_POSITIVE);
    let score = |i: usize| {
        let position = 1.0 / (1.0 + i as f32 / 3.0);
        let score = POSITION_WEIGHT * position + (1.0 - POSITION_WEIGHT) * centrality[i] / best;
        score * penalty(&terms, i)
    };
    let scores: Vec<f32> = (0..n).map(score).collect();
    let order = crate::util::order_by(n, |i| !crate::util::f32_key(scores[i])); // ties keep index order
    let mut chosen: Vec<usize> = Vec::with_capacity(max);
    for &i in &order {
        if chosen.len() == max {
            break;
        }
        if chosen.iter().all(|&c| overlap(terms.of_sentence(i), terms.of_sentence(c)) <= MAX_OVERLAP) {
            chosen.push(i);
        }
    }
    // An article of near-repeats still gives `max` sentences: fill up by score.
    for &i in &order {
        if chosen.len() == max {
            break;
        }
        if !chosen.contains(&i) {
            chosen.push(i);
        }
    }
    crate::util::sort_by_key(&mut chosen, |&i| i as u64);
    chosen
}

/// Per sentence, its distinct content terms as sorted ids (ids in order of first use), all
/// in one array; and what the penalty needs of each sentence's opening.
struct Terms {
    /// The term ids of sentence `i` are `ids[starts[i]..starts[i + 1]]`.
    ids: Vec<u32>,
    starts: Vec<usize>,
    /// Number of distinct terms.
    distinct: usize,
    /// Per sentence: its first word is dangling (`He`, `But`); it opens with a quotation mark.
    dangling: Vec<bool>,
    quoted: Vec<bool>,
}

impl Terms {
    /// Each distinct token text is turned into a term once (no allocation per token); the
    /// sentences' tokens are found in one pass.
    fn of(doc: &Document) -> Terms {
        let mut by_text = TextTable::new(&doc.text, doc.tokens.len());
        let mut ids: FastMap<String, u32> = FastMap::default();
        let mut w = String::new();
        let n = doc.sentences.len();
        let mut out = Terms {
            ids: Vec::with_capacity(doc.tokens.len() / 2),
            starts: Vec::with_capacity(n + 1),
            distinct: 0,
            dangling: Vec::with_capacity(n),
            quoted: Vec::with_capacity(n),
        };
        // last_in[t]: 1 + the last sentence that took term t (drops repeats within one)
        let mut last_in: Vec<u32> = Vec::new();
        let mut t = 0;
        for (si, s) in doc.sentences.iter().enumerate() {
            // the tokens inside the span, as `Document::tokens_in` has them
            while t < doc.tokens.len() && doc.tokens[t].span.start < s.span.start {
                t += 1;
            }
            let first = t;
            while t < doc.tokens.len() && doc.tokens[t].span.end <= s.span.end {
                t += 1;
            }
            let toks = &doc.tokens[first..t];
            let first_word = toks.iter().find(|t| t.kind == TokenKind::Word).map(|t| doc.slice(t.span));
            out.dangling.push(first_word.is_some_and(is_dangling));
            out.quoted.push(toks.first().is_some_and(|t| matches!(doc.slice(t.span), "\"" | "“" | "‘" | "'" | "«")));
            let from = out.ids.len();
            out.starts.push(from);
            for tok in toks.iter().filter(|t| t.kind != TokenKind::Punct) {
                let id = by_text.term(tok.span, |text| {
                    // a term's string is allocated once, when first met
                    term(text, &mut w).then(|| match ids.get(w.as_str()) {
                        Some(&id) => id,
                        None => {
                            let id = ids.len() as u32;
                            ids.insert(w.clone(), id);
                            id
                        }
                    })
                });
                let Some(id) = id else { continue };
                if id as usize >= last_in.len() {
                    last_in.resize(id as usize + 1, 0);
                }
                if last_in[id as usize] != si as u32 + 1 {
                    last_in[id as usize] = si as u32 + 1;
                    out.ids.push(id);
                }
            }
            sort_ids(&mut out.ids[from..]);
        }
        out.starts.push(out.ids.len());
        out.distinct = ids.len();
        out
    }

    fn of_sentence(&self, i: usize) -> &[u32] {
        &self.ids[self.starts[i]..self.starts[i + 1]]
    }
}

/// Sorts a sentence's term ids: insertion sort for the usual few dozen, the crate's shared
/// sort beyond (a sentence of thousands of distinct words stays `n log n`).
fn sort_ids(ids: &mut [u32]) {
    if ids.len() > 32 {
        crate::util::sort(ids);
        return;
    }
    for k in 1..ids.len() {
        let mut j = k;
        while j > 0 && ids[j - 1] > ids[j] {
            ids.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// Each distinct token text and the term it gave: open addressing over the text's own
/// bytes, so that the lookup every word pays costs one hash and one short comparison.
struct TextTable<'a> {
    str: &'a str,
    text: &'a [u8],
    /// A power of two, at most half full. `hash == 0`: empty.
    slots: Vec<Slot>,
    used: usize,
}

#[derive(Clone, Copy, Default)]
struct Slot {
    hash: u64,
    /// The text as a number when under eight bytes long.
    short: u64,
    start: usize,
    end: usize,
    term: Option<u32>,
}

impl<'a> TextTable<'a> {
    /// A table sized for about one distinct text in eight tokens.
    fn new(str: &'a str, tokens: usize) -> Self {
        let size = (tokens / 8).next_power_of_two().max(256);
        TextTable { str, text: str.as_bytes(), slots: vec![Slot::default(); size], used: 0 }
    }

    /// The term of the text of `span`, made by `make` the first time that text is seen.
    fn term(&mut self, span: Span, make: impl FnOnce(&'a str) -> Option<u32>) -> Option<u32> {
        let (hash, short) = self.hash(span);
        let hash = hash | 1 << 63;
        let mask = self.slots.len() - 1;
        let mut i = hash as usize & mask;
        loop {
            let slot = self.slots[i];
            if slot.hash == 0 {
                break;
            }
            if slot.hash == hash && slot.end - slot.start == span.len() {
                // a short word is its eight-byte load: one comparison
                let same = match short {
                    Some(word) => slot.short == word,
                    None => self.text[slot.start..slot.end] == self.text[span.start..span.end],
                };
                if same {
                    return slot.term;
                }
            }
            i = (i + 1) & mask;
        }
        let term = make(&self.str[span.start..span.end]);
        self.slots[i] = Slot { hash, short: short.unwrap_or(0), start: span.start, end: span.end, term };
        self.used += 1;
        if self.used * 2 > self.slots.len() {
            self.grow();
        }
        term
    }

    /// The [`FastHasher`] hash of the span's text, and a text under eight bytes as one number: the
    /// eight bytes from its start (the text goes on after it), masked to its length.
    fn hash(&self, span: Span) -> (u64, Option<u64>) {
        let len = span.len();
        match self.text.get(span.start..span.start + 8) {
            Some(eight) if len < 8 => {
                let mut word = [0u8; 8];
                word.copy_from_slice(eight);
                let word = u64::from_le_bytes(word) & ((1 << (8 * len)) - 1);
                let mut h = FastHasher::default();
                h.write_u64(word ^ (len as u64) << 56);
                (h.finish(), Some(word))
            }
            _ => {
                let mut h = FastHasher::default();
                h.write(&self.text[span.start..span.end]);
                (h.finish(), None)
            }
        }
    }

    fn grow(&mut self) {
        let bigger = vec![Slot::default(); self.slots.len() * 2];
        let old = std::mem::replace(&mut self.slots, bigger);
        let mask = self.slots.len() - 1;
        for slot in old.into_iter().filter(|s| s.hash != 0) {
            let mut i = slot.hash as usize & mask;
            while self.slots[i].hash != 0 {
                i = (i + 1) & mask;
            }
            self.slots[i] = slot;
        }
    }
}

/// Multiplier below 1 for sentences that read badly out of context or say little.
fn penalty(terms: &Terms, i: usize) -> f32 {
    let mut p = 1.0;
    if terms.dangling[i] {
        p *= 0.5;
    }
    if terms.quoted[i] {
        p *= 0.7;
    }
    if terms.of_sentence(i).len() < 4 {
        p *= 0.5;
    }
    p
}

/// Words that, opening a sentence, point back to something the summary may not hold:
/// `He said`, `But`, `This puts`, `Meanwhile`.
fn is_dangling(word: &str) -> bool {
    // ASCII words, compared without a lowercase copy: no other letter lowercases into
    // theirs (the Kelvin sign becomes `k`, in none of them).
    [
        "also", "and", "but", "he", "her", "his", "however", "it", "its", "meanwhile", "she", "so", "still", "that",
        "their", "these", "they", "this", "those", "yet",
    ]
    .iter()
    .any(|w| w.eq_ignore_ascii_case(word))
}

/// Share of the smaller term set found in the other (both sorted).
fn overlap(a: &[u32], b: &[u32]) -> f32 {
    let (small, large) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if small.is_empty() {
        return 0.0;
    }
    let shared = small.iter().filter(|t| large.binary_search(t).is_ok()).count();
    shared as f32 / small.len() as f32
}

/// The content term of a word, written into `w`: lowercase, possessive and plural `s`
/// dropped. False for function words, verbs of saying and one-letter words.
fn term(word: &str, w: &mut String) -> bool {
    w.clear();
    if word.is_ascii() {
        // the same as `to_lowercase` for ASCII, without the Unicode tables
        w.push_str(word);
        w.make_ascii_lowercase();
    } else {
        w.push_str(&util::lowercase(word));
    }
    for suffix in ["'s", "’s"] {
        if w.ends_with(suffix) {
            w.truncate(w.len() - suffix.len());
        }
    }
    if w.chars().count() < 2 || rules::contains_line(common_words::NOT_NAMES, w) || is_reporting(w) {
        return false;
    }
    if w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") {
        w.pop();
    }
    true
}

fn is_reporting(w: &str) -> bool {
    matches!(w, "said" | "says" | "say" | "told" | "added" | "according" | "would" | "could" | "should" | "also")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(text: &str) -> Document {
        crate::input::read(text, crate::input::InputKind::Text)
    }

    #[test]
    fn few_sentences_are_all_kept_and_zero_gives_none() {
        let d = doc("One sentence here. Two sentences here.");
        assert_eq!(pick(&d, 3), [0, 1]);
        assert!(pick(&d, 0).is_empty());
        assert!(pick(&doc(""), 3).is_empty());
    }

    #[test]
    fn lead_and_central_sentences_win_in_article_order() {
        let d = doc("Floods killed 40 people in the river valley on Monday, officials said.\n\n\
             The weather was warm last week.\n\n\
             A cat sat on a mat somewhere.\n\n\
             Rescuers searched the flooded valley for missing people as the river rose.\n\n\
             Some shops closed early.\n\n\
             Officials said the floods in the valley were the worst in decades and more people were missing.");
        let got = pick(&d, 3);
        assert_eq!(got.len(), 3);
        assert_eq!(got[0], 0, "the lead stays");
        assert!(got.windows(2).all(|w| w[0] < w[1]), "article order");
        assert!(!got.contains(&2), "an unrelated sentence is not key: {got:?}");
    }

    #[test]
    fn dangling_openers_lose_to_plain_sentences() {
        let d = doc("The council approved the new budget for schools on Tuesday.\n\n\
             He said the budget for schools was approved.\n\n\
             The budget for schools adds teachers in every district.\n\n\
             Other matters waited.");
        assert_eq!(pick(&d, 2), [0, 2]);
    }

    #[test]
    fn near_duplicates_are_skipped() {
        let d = doc("Prices of wheat rose sharply in Europe this week.\n\n\
             Prices of wheat rose sharply in Europe this week, traders said.\n\n\
             Farmers in Europe blamed the drought for the poor wheat harvest.");
        assert_eq!(pick(&d, 2), [0, 2]);
    }

    #[test]
    fn large_input_gives_a_full_summary() {
        let text: String = (0..20_000)
            .map(|i| format!("The river rose near town {i}. Officials counted {i} missing people in place {i}.\n\n"))
            .collect();
        let d = doc(&text);
        assert_eq!(pick(&d, 3).len(), 3);
    }
}
