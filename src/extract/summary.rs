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

use std::collections::HashMap;

use crate::doc::{Document, TokenKind};
use crate::rules::{self, common_words};

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
    let terms = sentence_terms(doc);
    let mut holding: Vec<u32> = Vec::new(); // per term id: sentences holding it
    for ts in &terms {
        for &t in ts {
            if t as usize >= holding.len() {
                holding.resize(t as usize + 1, 0);
            }
            holding[t as usize] += 1;
        }
    }
    let centrality: Vec<f32> = terms
        .iter()
        .map(|ts| {
            let sum: f32 = ts.iter().map(|&t| (holding[t as usize] as f32).ln()).sum(); // ln(1 + (k - 1))
            if ts.is_empty() {
                0.0
            } else {
                sum / (ts.len() as f32).sqrt()
            }
        })
        .collect();
    let best = centrality.iter().copied().fold(0.0f32, f32::max).max(f32::MIN_POSITIVE);
    let mut order: Vec<(f32, usize)> = (0..n)
        .map(|i| {
            let position = 1.0 / (1.0 + i as f32 / 3.0);
            let score = POSITION_WEIGHT * position + (1.0 - POSITION_WEIGHT) * centrality[i] / best;
            (score * penalty(doc, i, terms[i].len()), i)
        })
        .collect();
    crate::util::sort_by_key(&mut order, |p| !crate::util::f32_key(p.0)); // ties keep index order
    let mut chosen: Vec<usize> = Vec::with_capacity(max);
    for &(_, i) in &order {
        if chosen.len() == max {
            break;
        }
        if chosen.iter().all(|&c| overlap(&terms[i], &terms[c]) <= MAX_OVERLAP) {
            chosen.push(i);
        }
    }
    // An article of near-repeats still gives `max` sentences: fill up by score.
    for &(_, i) in &order {
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

/// Multiplier below 1 for sentences that read badly out of context or say little.
fn penalty(doc: &Document, i: usize, terms: usize) -> f32 {
    let span = doc.sentences[i].span;
    let toks = doc.tokens_in(span);
    let mut p = 1.0;
    let first_word = toks.iter().find(|t| t.kind == TokenKind::Word).map(|t| doc.slice(t.span).to_lowercase());
    if first_word.as_deref().is_some_and(is_dangling) {
        p *= 0.5;
    }
    if toks.first().is_some_and(|t| matches!(doc.slice(t.span), "\"" | "“" | "‘" | "'" | "«")) {
        p *= 0.7;
    }
    if terms < 4 {
        p *= 0.5;
    }
    p
}

/// Words that, opening a sentence, point back to something the summary may not hold:
/// `He said`, `But`, `This puts`, `Meanwhile`.
fn is_dangling(w: &str) -> bool {
    matches!(
        w,
        "also"
            | "and"
            | "but"
            | "he"
            | "her"
            | "his"
            | "however"
            | "it"
            | "its"
            | "meanwhile"
            | "she"
            | "so"
            | "still"
            | "that"
            | "their"
            | "these"
            | "they"
            | "this"
            | "those"
            | "yet"
    )
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

/// Per sentence, its distinct content terms as sorted ids. Each distinct token text is
/// turned into a term once (no allocation per token).
fn sentence_terms(doc: &Document) -> Vec<Vec<u32>> {
    let mut by_text: HashMap<&str, Option<u32>> = HashMap::new();
    let mut ids: HashMap<String, u32> = HashMap::new();
    doc.sentences
        .iter()
        .map(|s| {
            let mut ts: Vec<u32> = doc
                .tokens_in(s.span)
                .iter()
                .filter(|t| t.kind != TokenKind::Punct)
                .filter_map(|t| {
                    let text = doc.slice(t.span);
                    *by_text.entry(text).or_insert_with(|| {
                        term(text).map(|w| {
                            let next = ids.len() as u32;
                            *ids.entry(w).or_insert(next)
                        })
                    })
                })
                .collect();
            crate::util::sort_by_key(&mut ts, |&t| t as u64);
            ts.dedup();
            ts
        })
        .collect()
}

/// The content term of a word: lowercase, possessive and plural `s` dropped; `None` for
/// function words, verbs of saying and one-letter words.
fn term(word: &str) -> Option<String> {
    let mut w = word.to_lowercase();
    for suffix in ["'s", "’s"] {
        if w.ends_with(suffix) {
            w.truncate(w.len() - suffix.len());
        }
    }
    if w.chars().count() < 2 || rules::contains_line(common_words::NOT_NAMES, &w) || is_reporting(&w) {
        return None;
    }
    if w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") {
        w.pop();
    }
    Some(w)
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
