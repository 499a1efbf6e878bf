//! Turning what the publisher gives us into a [`Document`]: plain text or HTML.

pub mod html;
pub mod lang;
pub mod sentences;
pub mod text;

use crate::doc::Document;

/// How to read the input string.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum InputKind {
    /// Sniff: HTML when the input looks like markup, plain text otherwise.
    #[default]
    Auto,
    Text,
    Html,
}

impl InputKind {
    /// Parses `auto`, `text` or `html`.
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "auto" => Some(InputKind::Auto),
            "text" => Some(InputKind::Text),
            "html" => Some(InputKind::Html),
            _ => None,
        }
    }
}

/// Reads the input as the given kind into a document.
pub fn read(input: &str, kind: InputKind) -> Document {
    let html = match kind {
        InputKind::Auto => html::looks_like_html(input),
        InputKind::Text => false,
        InputKind::Html => true,
    };
    if html {
        html::read(input)
    } else {
        text::read(input)
    }
}
