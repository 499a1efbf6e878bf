//! How "key" a quote is, in 0..1: whole direct quotes by named speakers first, informative
//! over formulaic, fragments last, and no two near-duplicates at the top.

use crate::card::{Quote, QuoteKind};
use crate::rules::{contains, quote_words};
use crate::util;

/// Only this many of the best quotes are compared for near-duplicates (keeps it linear).
const TOP: usize = 12;

/// Scores every quote in place.
pub fn rank(quotes: &mut [Quote]) {
    for q in quotes.iter_mut() {
        q.score = base(q);
    }
    // Near-duplicates: a quote that repeats a better one (same words) drops to half.
    let order = crate::util::order_by(quotes.len(), |i| !crate::util::f32_key(quotes[i].score));
    let mut kept: Vec<Vec<String>> = Vec::new();
    for &i in order.iter().take(TOP * 2) {
        let words = bag(&quotes[i].text);
        if kept.iter().any(|k| overlap(k, &words) >= 0.6) {
            quotes[i].score = round(quotes[i].score * 0.5);
        } else if kept.len() < TOP {
            kept.push(words);
        }
    }
}

fn base(q: &Quote) -> f32 {
    // one look at the words: how many, how many informative after the first, the first
    let (mut n, mut informative, mut first) = (0usize, 0usize, "");
    for w in q.text.split_whitespace() {
        if n == 0 {
            first = w;
        } else if w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) {
            informative += 1;
        }
        n += 1;
    }
    let mut s = match (q.kind, q.partial) {
        (QuoteKind::Direct, false) => 0.55,
        (QuoteKind::Indirect, _) => 0.35,
        (QuoteKind::Direct, true) => 0.15,
    };
    if q.speaker.is_some() {
        s += 0.2;
    } else {
        s -= 0.1;
    }
    // Length: a sentence or two reads best on a card.
    s += match n {
        0..=3 => -0.05,
        4..=7 => 0.03,
        8..=45 => 0.1,
        _ => 0.05,
    };
    // Informative: numbers and names beyond the first word, few function words.
    s += (informative as f32 * 0.02).min(0.08);
    let first = first.trim_matches(|c: char| !c.is_alphanumeric());
    if !q.partial && contains(quote_words::FORMULAIC, first) {
        s -= 0.2;
    }
    round(s.clamp(0.0, 1.0))
}

fn round(x: f32) -> f32 {
    (x * 1000.0).round() / 1000.0
}

/// The lowercase content words of a text, sorted and unique.
fn bag(text: &str) -> Vec<String> {
    let w: Vec<String> =
        text.split(|c: char| !c.is_alphanumeric()).filter(|w| w.len() > 3).map(util::lowercase).collect();
    let order = util::merge_order(w.len(), &mut |i, j| w[i] <= w[j]);
    let mut w: Vec<Option<String>> = w.into_iter().map(Some).collect();
    let mut bag: Vec<String> = Vec::with_capacity(w.len());
    for word in order.into_iter().filter_map(|i| w.get_mut(i).and_then(Option::take)) {
        if bag.last() != Some(&word) {
            bag.push(word);
        }
    }
    bag
}

/// Share of the smaller bag found in the other.
fn overlap(a: &[String], b: &[String]) -> f32 {
    let small = a.len().min(b.len());
    if small == 0 {
        return 0.0;
    }
    let common = a.iter().filter(|w| b.binary_search(w).is_ok()).count();
    common as f32 / small as f32
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(text: &str, speaker: Option<&str>, partial: bool, kind: QuoteKind) -> Quote {
        Quote { kind, text: text.into(), speaker: speaker.map(Into::into), partial, ..Quote::default() }
    }

    #[test]
    fn whole_named_quotes_rank_first() {
        let mut qs = vec![
            q("no sign whatsoever", Some("Jens Stoltenberg"), true, QuoteKind::Direct),
            q(
                "We see how they are sending more troops, more weapons, more capabilities.",
                Some("Jens Stoltenberg"),
                false,
                QuoteKind::Direct,
            ),
            q("the offensive has begun", Some("Jens Stoltenberg"), false, QuoteKind::Indirect),
            q("Thank you very much.", Some("Jens Stoltenberg"), false, QuoteKind::Direct),
            q(
                "We see how they are sending more troops and more weapons.",
                Some("Jens Stoltenberg"),
                false,
                QuoteKind::Direct,
            ),
        ];
        rank(&mut qs);
        assert!(qs[1].score > qs[2].score && qs[2].score > qs[0].score);
        assert!(qs[3].score < qs[1].score);
        assert!(qs[4].score < qs[2].score, "near-duplicate drops: {}", qs[4].score);
    }
}
