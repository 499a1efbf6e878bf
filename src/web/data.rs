//! Card data (SPEC §3) read back from a JavaScript object, so `render` can draw a card
//! computed elsewhere (`analyze`, or the CLI's JSON on a server) without analysing again.
//!
//! Read field by field with `Reflect` rather than through serde's `Deserialize`: that
//! would bring serde's deserializer and float formatting into the wasm (about 45 KB).
//! Tolerant like the extractors: a missing or mistyped field reads as empty, and offsets
//! out of range only make shorter slices (`Card::slice` clamps).

use js_sys::{Array, Reflect};
use wasm_bindgen::JsValue;

use crate::card::*;
use crate::doc::Span;

fn get(v: &JsValue, key: &str) -> JsValue {
    Reflect::get(v, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

fn string(v: &JsValue, key: &str) -> Option<String> {
    get(v, key).as_string()
}

fn number(v: &JsValue, key: &str) -> usize {
    get(v, key).as_f64().filter(|n| n.is_finite() && *n >= 0.0).map_or(0, |n| n as usize)
}

fn list(v: &JsValue, key: &str) -> Vec<JsValue> {
    let a = get(v, key);
    if Array::is_array(&a) {
        Array::from(&a).iter().collect()
    } else {
        Vec::new()
    }
}

fn span(v: &JsValue) -> Span {
    Span { start: number(v, "start"), end: number(v, "end") }
}

fn spans(v: &JsValue, key: &str) -> Vec<Span> {
    list(v, key).iter().map(span).collect()
}

/// True when `v` looks like card data rather than an article: an object with `text` and `meta`.
pub fn is_card(v: &JsValue) -> bool {
    v.is_object() && get(v, "text").is_string() && get(v, "meta").is_object()
}

/// The card in `v` (see [`is_card`]).
// `..Default::default()` everywhere: fields teammates add later read as their default.
#[allow(clippy::needless_update)]
pub fn read(v: &JsValue) -> Card {
    let meta = get(v, "meta");
    let mut card = Card {
        meta: CardMeta {
            title: string(&meta, "title"),
            published: string(&meta, "published"),
            byline: string(&meta, "byline"),
            site: string(&meta, "site"),
            lang: string(&meta, "lang"),
            words: number(&meta, "words"),
            reading_minutes: number(&meta, "readingMinutes"),
            ..Default::default()
        },
        text: string(v, "text").unwrap_or_default(),
        sentences: list(v, "sentences")
            .iter()
            .map(|s| SentenceRef {
                start: number(s, "start"),
                end: number(s, "end"),
                paragraph: number(s, "paragraph"),
                ..Default::default()
            })
            .collect(),
        summary: list(v, "summary").iter().filter_map(|n| n.as_f64()).map(|n| n as usize).collect(),
        quotes: list(v, "quotes")
            .iter()
            .map(|q| Quote {
                kind: if string(q, "kind").as_deref() == Some("indirect") {
                    QuoteKind::Indirect
                } else {
                    QuoteKind::Direct
                },
                text: string(q, "text").unwrap_or_default(),
                start: number(q, "start"),
                end: number(q, "end"),
                spans: spans(q, "spans"),
                speaker: string(q, "speaker"),
                speaker_mention: Some(get(q, "speakerMention")).filter(JsValue::is_object).map(|s| span(&s)),
                role: string(q, "role"),
                cue: string(q, "cue"),
                date: string(q, "date"),
                partial: get(q, "partial").is_truthy(),
                sentence: number(q, "sentence"),
                score: get(q, "score").as_f64().unwrap_or(0.0) as f32,
                ..Default::default()
            })
            .collect(),
        dates: list(v, "dates")
            .iter()
            .map(|d| DateMention {
                text: string(d, "text").unwrap_or_default(),
                start: number(d, "start"),
                end: number(d, "end"),
                kind: match string(d, "type").as_deref() {
                    Some("TIME") => TimexType::Time,
                    Some("DURATION") => TimexType::Duration,
                    Some("SET") => TimexType::Set,
                    _ => TimexType::Date,
                },
                value: string(d, "value").unwrap_or_default(),
                sentence: number(d, "sentence"),
                ..Default::default()
            })
            .collect(),
        entities: list(v, "entities")
            .iter()
            .map(|e| Entity {
                name: string(e, "name").unwrap_or_default(),
                kind: match string(e, "kind").as_deref() {
                    Some("person") => EntityKind::Person,
                    Some("organization") => EntityKind::Organization,
                    Some("place") => EntityKind::Place,
                    _ => EntityKind::Other,
                },
                role: string(e, "role"),
                mentions: spans(e, "mentions"),
                ..Default::default()
            })
            .collect(),
        ..Card::default()
    };
    card.reindex();
    card
}
