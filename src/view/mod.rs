//! The card as a tree of nodes, built from [`Card`] alone; backends write the tree.
//!
//! [`html`] writes it as an escaped HTML string (the CLI's `--format html`); `dom` (in the
//! browser) builds it with `create_element`, `set_attribute` and text nodes. Nothing here
//! knows about either: article text is only ever a [`Node::Text`] or an attribute value.

#[cfg(target_arch = "wasm32")]
pub mod dom;
pub mod html;

use crate::card::Card;

/// The card's style sheet, shared by both backends.
pub const STYLE: &str = include_str!("style.css");

/// A node of the view tree.
#[derive(Clone, Debug, PartialEq)]
pub enum Node {
    Element(Element),
    Text(String),
}

/// An element: a tag from the code, attributes, children.
#[derive(Clone, Debug, PartialEq)]
pub struct Element {
    pub tag: &'static str,
    pub attrs: Vec<(&'static str, String)>,
    pub children: Vec<Node>,
}

impl Element {
    pub fn attr(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.attrs.push((name, value.into()));
        self
    }
    pub fn class(self, value: &'static str) -> Self {
        self.attr("class", value)
    }
    pub fn child(mut self, node: impl Into<Node>) -> Self {
        self.children.push(node.into());
        self
    }
    pub fn children(mut self, nodes: impl IntoIterator<Item = Node>) -> Self {
        self.children.extend(nodes);
        self
    }
    pub fn text(self, text: impl Into<String>) -> Self {
        self.child(Node::Text(text.into()))
    }
}

impl From<Element> for Node {
    fn from(e: Element) -> Node {
        Node::Element(e)
    }
}

/// A new element.
pub fn el(tag: &'static str) -> Element {
    Element { tag, attrs: Vec::new(), children: Vec::new() }
}

/// The parts of the card a publisher can choose with `options.sections`.
pub const SECTIONS: &[&str] = &["summary", "quotes", "timeline", "entities"];

/// Every UI string, by name, with its English default; `options.labels` overrides them.
pub const LABELS: &[(&str, &str)] = &[
    ("card", "Article summary"),
    ("entities", "People & places"),
    ("minRead", "min read"),
    ("quotes", "Quotes"),
    ("summary", "Key points"),
    ("timeline", "Timeline"),
    ("words", "words"),
];

/// How the card is drawn: everything here is presentation, not analysis.
#[derive(Clone, Debug, Default)]
pub struct ViewOptions {
    /// `auto`, `light` or `dark`.
    pub theme: Theme,
    /// BCP 47 locale for dates in the card (the browser formats them with `Intl`).
    pub locale: Option<String>,
    /// Overrides of [`LABELS`], by name.
    pub labels: Vec<(String, String)>,
    /// Which of [`SECTIONS`] to show, in this order; all when `None`.
    pub sections: Option<Vec<String>>,
}

impl ViewOptions {
    /// The UI string for `name`: the override, else the default.
    pub fn label<'a>(&'a self, name: &str) -> &'a str {
        self.labels
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .or_else(|| LABELS.iter().find(|(k, _)| *k == name).map(|(_, v)| *v))
            .unwrap_or("")
    }

    /// True when the section is to be shown.
    pub fn shows(&self, section: &str) -> bool {
        self.sections.as_ref().is_none_or(|s| s.iter().any(|x| x == section))
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub fn parse(s: &str) -> Option<Theme> {
        match s {
            "auto" => Some(Theme::Auto),
            "light" => Some(Theme::Light),
            "dark" => Some(Theme::Dark),
            _ => None,
        }
    }
    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

const MONTHS_SHORT: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/// `2023-02-13` as `13 Feb 2023`; anything else as it is.
pub fn format_date(iso: &str) -> String {
    match crate::calendar::Date::parse_ymd(iso) {
        Some(d) => format!("{} {} {}", d.day, MONTHS_SHORT[d.month as usize - 1], d.year),
        None => iso.to_string(),
    }
}

/// The card's view tree.
pub fn card(card: &Card, options: &ViewOptions) -> Element {
    let mut header = el("header").class("ac-header").attr("part", "header");
    if let Some(title) = &card.meta.title {
        header = header.child(el("h2").class("ac-title").attr("part", "title").text(title.clone()));
    }
    let mut facts = el("p").class("ac-facts").attr("part", "facts");
    if let Some(p) = &card.meta.published {
        facts = facts.child(el("time").attr("datetime", p.clone()).text(format_date(p))).text(" · ");
    }
    if let Some(by) = card.meta.byline.as_ref().or(card.meta.site.as_ref()) {
        facts = facts.child(el("span").class("ac-byline").text(by.clone())).text(" · ");
    }
    facts = facts.text(format!(
        "{} {} · {} {}",
        card.meta.words,
        options.label("words"),
        card.meta.reading_minutes,
        options.label("minRead")
    ));
    header = header.child(facts);

    let sentences = card
        .summary
        .iter()
        .filter_map(|&i| card.sentences.get(i))
        .map(|s| Node::from(el("li").class("ac-sentence").text(card.slice(s.start, s.end))));
    let mut root = el("article")
        .class("ac-card")
        .attr("part", "card")
        .attr("data-theme", options.theme.as_str())
        .attr("aria-label", options.label("card"))
        .child(header);
    if !options.shows("summary") {
        return root;
    }
    let summary = el("section")
        .class("ac-summary")
        .attr("part", "summary")
        .attr("aria-labelledby", "ac-summary-h")
        .child(el("h3").attr("id", "ac-summary-h").text(options.label("summary")))
        .child(el("ol").children(sentences));
    root = root.child(summary);
    root
}
