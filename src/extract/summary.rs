//! Key sentences: an extractive summary, in article order.

use crate::doc::Document;

/// Picks at most `max` key sentences, as sentence indexes in article order.
pub fn pick(doc: &Document, max: usize) -> Vec<usize> {
    (0..doc.sentences.len().min(max)).collect()
}
