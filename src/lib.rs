//! # article-card
//!
//! Reads a news article and finds its key quotes (and who said them), the dates it
//! mentions (resolved to calendar dates), its people, organisations and places, and its key
//! sentences; then draws an interactive summary card (WebAssembly) or prints the card data.
//!
//! The pipeline, one direction only:
//! 1. [`input`] turns plain text or HTML into a [`doc::Document`]: text, paragraphs,
//!    sentences and tokens, all with byte offsets.
//! 2. [`extract`] finds entities and dates, then quotes (which use both), and the summary.
//! 3. [`card::Card::build`] assembles the card data and converts offsets to UTF-16.
//! 4. [`view`] turns the card into a node tree; a backend writes it as an HTML string or,
//!    in the browser, as DOM nodes (`web`).
//!
//! ```
//! use article_card::{analyze, Options};
//!
//! let card = analyze("date 2023-02-13\n\nThe alliance met in Brussels. It agreed.", &Options::default());
//! assert_eq!(card.meta.published.as_deref(), Some("2023-02-13"));
//! assert_eq!(card.sentences.len(), 2);
//! assert_eq!(card.slice(card.sentences[1].start, card.sentences[1].end), "It agreed.");
//! ```

// Article text is untrusted input: no unsafe code anywhere in the core.
#![forbid(unsafe_code)]

pub mod calendar;
pub mod card;
pub mod doc;
pub mod error;
pub mod extract;
pub mod input;
pub mod rules;
mod util;
pub mod view;
#[cfg(target_arch = "wasm32")]
pub mod web;

pub use card::Card;
pub use error::Error;
pub use input::InputKind;

use calendar::Date;

/// What `analyze` may be told. Every field has a sensible default.
#[derive(Clone, Debug)]
pub struct Options {
    /// How to read the input: sniff, plain text or HTML.
    pub input: InputKind,
    /// Anchor for relative dates when the article states no publication date.
    pub published: Option<Date>,
    /// At most this many quotes in the card (the best by score), all when `None`.
    pub max_quotes: Option<usize>,
    /// At most this many key sentences.
    pub max_sentences: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options { input: InputKind::Auto, published: None, max_quotes: None, max_sentences: 3 }
    }
}

/// Reads an article and returns its card data. Never fails: odd input gives fewer results.
pub fn analyze(input: &str, options: &Options) -> Card {
    let doc = input::read(input, options.input);
    analyze_document(doc, options)
}

/// Runs the extractors on a document already read (used by the host-page reader).
pub fn analyze_document(mut doc: doc::Document, options: &Options) -> Card {
    if doc.meta.lang.is_none() {
        doc.meta.lang = input::lang::detect(&doc).map(str::to_string);
    }
    let anchor = doc.meta.published.as_deref().and_then(Date::parse_ymd).or(options.published);
    let entities = extract::entities::find(&doc);
    let dates = extract::dates::find(&doc, anchor);
    let mut quotes = extract::quotes::find(&doc, &entities, &dates);
    if let Some(max) = options.max_quotes {
        keep_best(&mut quotes, max);
    }
    let summary = extract::summary::pick(&doc, options.max_sentences);
    let found = card::Extracted { summary, quotes, dates, entities };
    Card::build(doc, anchor.map(|d| d.to_string()), found)
}

/// Keeps the `max` best-scoring quotes, in article order.
fn keep_best(quotes: &mut Vec<card::Quote>, max: usize) {
    if quotes.len() <= max {
        return;
    }
    let order = util::order_by(quotes.len(), |i| !util::f32_key(quotes[i].score));
    let mut keep = vec![false; quotes.len()];
    for &i in &order[..max] {
        keep[i] = true;
    }
    let mut i = 0;
    quotes.retain(|_| {
        i += 1;
        keep[i - 1]
    });
}
