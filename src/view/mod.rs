//! The card as a tree of nodes, built from [`Card`] alone; backends write the tree.
//!
//! [`html`] writes it as an escaped HTML string (the CLI's `--format html`); `dom` (in the
//! browser) builds it with `create_element`, `set_attribute` and text nodes. Nothing here
//! knows about either: article text is only ever a [`Node::Text`] or an attribute value.
//!
//! One module per part of the card: [`card`] assembles [`header`], the key sentences, the
//! [`tabs`] holding [`quotes`], [`timeline`] and [`entities`], and the [`article`] view.
//! [`action`] names what a control does (`data-action`), for the view and the event handler.

pub mod action;
pub mod article;
pub mod card;
#[cfg(target_arch = "wasm32")]
pub mod dom;
pub mod entities;
pub mod format;
pub mod header;
pub mod html;
pub mod quotes;
pub mod tabs;
pub mod timeline;

pub use card::card;
pub use format::format_date;

/// The card's style sheet, shared by both backends: `style.css` without its comments and
/// layout whitespace, done at compile time (the wasm carries about 2 KB less).
pub const STYLE: &str = match std::str::from_utf8(&MINIFIED_CSS) {
    Ok(css) => css,
    Err(_) => panic!("style.css is UTF-8"),
};

const SOURCE_CSS: &[u8] = include_bytes!("style.css");
const MINIFIED_CSS: [u8; minify_css(SOURCE_CSS, &mut [])] = {
    let mut out = [0u8; minify_css(SOURCE_CSS, &mut [])];
    minify_css(SOURCE_CSS, &mut out);
    out
};

/// Writes `css` without comments, with each run of whitespace as one space, and none next to
/// `{ } ; ,` or after `:` (never before it: `a :hover` is not `a:hover`); quoted strings stay
/// as they are. Returns the length; writes only when `out` is long enough (the first call
/// measures).
const fn minify_css(css: &[u8], out: &mut [u8]) -> usize {
    const fn tight(b: u8) -> bool {
        matches!(b, b'{' | b'}' | b';' | b',')
    }
    let (mut i, mut n) = (0, 0);
    let mut last = b'{'; // as if after a block start: no leading space
    let mut space = false;
    let mut quote = 0u8;
    while i < css.len() {
        let b = css[i];
        if quote == 0 && b == b'/' && i + 1 < css.len() && css[i + 1] == b'*' {
            i += 2;
            while i + 1 < css.len() && !(css[i] == b'*' && css[i + 1] == b'/') {
                i += 1;
            }
            i += 2;
            space = true;
            continue;
        }
        if quote == 0 && matches!(b, b' ' | b'\n' | b'\t' | b'\r') {
            space = true;
            i += 1;
            continue;
        }
        if space && !tight(last) && last != b':' && !tight(b) {
            if n < out.len() {
                out[n] = b' ';
            }
            n += 1;
        }
        space = false;
        if n < out.len() {
            out[n] = b;
        }
        n += 1;
        if quote != 0 && b == b'\\' && i + 1 < css.len() {
            i += 1;
            if n < out.len() {
                out[n] = css[i];
            }
            n += 1;
        } else if quote != 0 && b == quote {
            quote = 0;
        } else if quote == 0 && (b == b'"' || b == b'\'') {
            quote = b;
        }
        last = b;
        i += 1;
    }
    n
}

/// A node of the view tree.
#[derive(Clone, Debug, PartialEq)]
pub enum Node {
    Element(Element),
    Text(String),
}

/// An element: a tag from the code, attributes, children. Boxed, so that the builders
/// below, which take and return it by value, move one pointer instead of seven words.
#[derive(Clone, Debug, PartialEq)]
pub struct Element(Box<ElementData>);

/// What an [`Element`] holds.
#[derive(Clone, Debug, PartialEq)]
pub struct ElementData {
    pub tag: &'static str,
    pub attrs: Vec<(&'static str, String)>,
    pub children: Vec<Node>,
}

impl std::ops::Deref for Element {
    type Target = ElementData;
    fn deref(&self) -> &ElementData {
        &self.0
    }
}

impl std::ops::DerefMut for Element {
    fn deref_mut(&mut self) -> &mut ElementData {
        &mut self.0
    }
}

// The builders are called from hundreds of places: kept out of line (`inline(never)`) and
// non-generic underneath, they cost a call each instead of a copy of their body.
impl Element {
    pub fn attr(self, name: &'static str, value: impl Into<String>) -> Self {
        self.attr_string(name, value.into())
    }
    #[inline(never)]
    fn attr_string(mut self, name: &'static str, value: String) -> Self {
        self.attrs.push((name, value));
        self
    }
    /// Adds the attribute when `value` is `Some`.
    pub fn attr_opt(self, name: &'static str, value: Option<impl Into<String>>) -> Self {
        match value {
            Some(v) => self.attr(name, v),
            None => self,
        }
    }
    /// Adds a boolean attribute (`hidden`, ...) when `on`.
    #[inline(never)]
    pub fn flag(self, name: &'static str, on: bool) -> Self {
        if on {
            self.attr_string(name, String::new())
        } else {
            self
        }
    }
    #[inline(never)]
    pub fn class(self, value: &'static str) -> Self {
        self.attr_string("class", value.to_string())
    }
    /// `class` and `part` together: the class styles it, the part lets the page theme it.
    #[inline(never)]
    pub fn part(self, name: &'static str) -> Self {
        self.attr_string("class", name.to_string()).attr_string("part", name[3..].to_string())
    }
    pub fn child(self, node: impl Into<Node>) -> Self {
        self.child_node(node.into())
    }
    #[inline(never)]
    fn child_node(mut self, node: Node) -> Self {
        self.children.push(node);
        self
    }
    pub fn child_opt(self, node: Option<impl Into<Node>>) -> Self {
        match node {
            Some(n) => self.child(n),
            None => self,
        }
    }
    pub fn children(mut self, nodes: impl IntoIterator<Item = Node>) -> Self {
        self.children.extend(nodes);
        self
    }
    pub fn text(self, text: impl Into<String>) -> Self {
        self.child_node(Node::Text(text.into()))
    }
    /// The value of an attribute (first one when repeated).
    pub fn get(&self, name: &str) -> Option<&str> {
        self.attrs.iter().find(|(n, _)| *n == name).map(|(_, v)| v.as_str())
    }
}

impl From<Element> for Node {
    fn from(e: Element) -> Node {
        Node::Element(e)
    }
}

impl Node {
    /// The text of this node and its descendants, as `textContent` would give it.
    pub fn text_content(&self) -> String {
        let mut out = String::new();
        self.collect_text(&mut out);
        out
    }
    fn collect_text(&self, out: &mut String) {
        match self {
            Node::Text(t) => out.push_str(t),
            Node::Element(e) => e.children.iter().for_each(|c| c.collect_text(out)),
        }
    }
    /// Every element of the subtree, depth first (for tests and lookups).
    pub fn elements(&self) -> Vec<&Element> {
        let mut out = Vec::new();
        let mut stack = vec![self];
        while let Some(n) = stack.pop() {
            if let Node::Element(e) = n {
                out.push(e);
                stack.extend(e.children.iter().rev());
            }
        }
        out
    }
}

/// A new element.
#[inline(never)]
pub fn el(tag: &'static str) -> Element {
    Element(Box::new(ElementData { tag, attrs: Vec::new(), children: Vec::new() }))
}

/// The parts of the card a publisher can choose with `options.sections`.
pub const SECTIONS: &[&str] = &["summary", "quotes", "timeline", "entities", "article"];

/// Every UI string, by name, with its English default; `options.labels` overrides them.
/// `{n}` stands for a number.
pub const LABELS: &[(&str, &str)] = &[
    ("all", "All"),
    ("article", "Article text"),
    ("axis", "Dates on a time axis"),
    ("card", "Article summary"),
    ("copied", "Copied to the clipboard"),
    ("copy", "Copy"),
    ("copyFailed", "Could not copy: select the text and copy it yourself"),
    ("dayAfter", "the day after publication"),
    ("dayBefore", "the day before publication"),
    ("daysAfter", "{n} days after publication"),
    ("daysBefore", "{n} days before publication"),
    ("entities", "People & places"),
    ("filter", "Filter quotes by speaker"),
    ("fragment", "fragment"),
    ("fragments", "Show fragments"),
    ("minRead", "min read"),
    ("noDates", "No dates found in this article."),
    ("noEntities", "No people, organisations or places found."),
    ("noQuotes", "No quotes found in this article."),
    ("organizations", "Organisations"),
    ("other", "Other"),
    ("otherTimes", "Other time expressions"),
    ("people", "People"),
    ("places", "Places"),
    ("published", "Published"),
    ("quotes", "Quotes"),
    ("reported", "reported"),
    ("sameDay", "the day of publication"),
    ("sections", "Card sections"),
    ("show", "Show in article"),
    ("summary", "Key points"),
    ("timeline", "Timeline"),
    ("unattributed", "Unattributed"),
    ("words", "words"),
];

/// Formats a calendar date for a locale (`Intl` in the browser): `(locale, year, month,
/// day)`, the day `None` for a whole month. `None` falls back to English.
pub type DateFormatter = fn(&str, i32, u32, Option<u32>) -> Option<String>;

/// How the card is drawn: everything here is presentation, not analysis.
#[derive(Clone, Debug, Default)]
pub struct ViewOptions {
    /// `auto`, `light` or `dark`.
    pub theme: Theme,
    /// BCP 47 locale for dates in the card (the browser formats them with `Intl`).
    pub locale: Option<String>,
    /// Overrides of [`LABELS`], by name.
    pub labels: Vec<(String, String)>,
    /// Which of [`SECTIONS`] to show; all when `None`.
    pub sections: Option<Vec<String>>,
    /// True in the browser: tabs, buttons and filters. False for the static HTML card,
    /// which shows every section under a heading and needs no script.
    pub interactive: bool,
    /// Formats dates for `locale`; English when absent or when it declines.
    pub formatter: Option<DateFormatter>,
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

    /// The UI string for `name` with `{n}` replaced by `n`.
    pub fn label_n(&self, name: &str, n: i64) -> String {
        self.label(name).replace("{n}", &n.to_string())
    }

    /// True when the section is to be shown.
    pub fn shows(&self, section: &str) -> bool {
        self.sections.as_ref().map_or(true, |s| s.iter().any(|x| x == section))
    }
}

/// What the reader has chosen in the card; kept across `update` where it still applies.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ViewState {
    /// The open tab (when the card has tabs).
    pub tab: Option<tabs::Tab>,
    /// Show only the quotes of this speaker (canonical name; `""` for unattributed).
    pub speaker: Option<String>,
    /// Show fragments (partial quotes) too.
    pub fragments: bool,
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

/// `0..n` ordered by `key` (ties by index), through the crate's one sort ([`crate::util`]).
pub(crate) fn order_by(n: usize, key: impl Fn(usize) -> u64) -> Vec<usize> {
    crate::util::order_by(n, key)
}

/// A count badge: `<span class="ac-count">5</span>`.
pub(crate) fn count(n: usize) -> Element {
    el("span").class("ac-count").text(n.to_string())
}

/// A paragraph saying a section is empty.
pub(crate) fn empty(text: &str) -> Element {
    el("p").class("ac-empty").text(text)
}

#[cfg(test)]
mod css_tests {
    #[test]
    fn minified_css_keeps_rules_strings_and_descendant_pseudo_classes() {
        let css = b"/* c */ .a :hover , .b>p { color : red ;  content: \"x ,  y\" }\n@media (x) {\n  .c { margin: 0 auto; }\n}";
        let mut out = [0u8; 128];
        let n = super::minify_css(css, &mut out);
        assert_eq!(std::str::from_utf8(&out[..n]).unwrap(), ".a :hover,.b>p{color :red;content:\"x ,  y\"}@media (x){.c{margin:0 auto;}}");
        assert!(super::STYLE.len() < super::SOURCE_CSS.len() * 9 / 10 && super::STYLE.contains(":host{"));
    }
}

#[cfg(test)]
pub(crate) mod fixture {
    //! A hand-written card with quotes, dates and entities (shaped like the seed's).
    use crate::card::*;
    use crate::doc::Span;

    /// `needle`'s UTF-16 span in `text` (the fixture text is ASCII but for one `’`).
    pub fn find(text: &str, needle: &str) -> Span {
        let b = text.find(needle).expect(needle);
        let u = |x: usize| text[..x].encode_utf16().count();
        Span { start: u(b), end: u(b + needle.len()) }
    }

    pub fn card() -> Card {
        let text = "NATO Secretary-General Jens Stoltenberg said on February 13 that an offensive had begun.\n\n\
\"What we see is President Putin still wanting to control Ukraine,\" Stoltenberg said. Russia’s forces saw \"no sign whatsoever\" of peace.\n\n\
Ministers meet in Brussels tomorrow, and talks may last three months."
            .to_string();
        let t = text.as_str();
        let sent = |a: &str, p: usize| {
            let s = find(t, a);
            SentenceRef { start: s.start, end: s.end, paragraph: p }
        };
        let q1 = "What we see is President Putin still wanting to control Ukraine,";
        let q2 = "no sign whatsoever";
        let stol = find(t, "Jens Stoltenberg");
        let quote = |needle: &str, partial: bool, speaker: Option<&str>, score: f32, sentence: usize| {
            let s = find(t, needle);
            Quote {
                kind: QuoteKind::Direct,
                text: needle.to_string(),
                start: s.start,
                end: s.end,
                spans: vec![s],
                speaker: speaker.map(String::from),
                speaker_mention: speaker.map(|_| find(t, "Stoltenberg said")),
                role: speaker.map(|_| "NATO Secretary-General".to_string()),
                cue: Some("said".into()),
                date: speaker.map(|_| "2023-02-13".to_string()),
                partial,
                sentence,
                score,
            }
        };
        let date = |needle: &str, kind: TimexType, value: &str, sentence: usize| {
            let s = find(t, needle);
            DateMention { text: needle.into(), start: s.start, end: s.end, kind, value: value.into(), sentence }
        };
        let ent = |name: &str, kind: EntityKind, role: Option<&str>, m: Vec<Span>| Entity {
            name: name.into(),
            kind,
            role: role.map(String::from),
            mentions: m,
        };
        Card {
            meta: CardMeta {
                title: Some("Stoltenberg: <offensive> has begun".into()),
                published: Some("2023-02-13".into()),
                byline: Some("By A. Reporter".into()),
                site: None,
                lang: Some("en".into()),
                words: 52,
                reading_minutes: 1,
            },
            sentences: vec![
                sent("NATO Secretary-General Jens Stoltenberg said on February 13 that an offensive had begun.", 0),
                sent("\"What we see is President Putin still wanting to control Ukraine,\" Stoltenberg said.", 1),
                sent("Russia’s forces saw \"no sign whatsoever\" of peace.", 1),
                sent("Ministers meet in Brussels tomorrow, and talks may last three months.", 2),
            ],
            summary: vec![0, 1],
            quotes: vec![quote(q2, true, None, 0.2, 2), quote(q1, false, Some("Jens Stoltenberg"), 0.9, 1)],
            dates: vec![
                date("February 13", TimexType::Date, "2023-02-13", 0),
                date("tomorrow", TimexType::Date, "2023-02-14", 3),
                date("three months", TimexType::Duration, "P3M", 3),
            ],
            entities: vec![
                ent("Jens Stoltenberg", EntityKind::Person, Some("NATO Secretary-General"), vec![stol]),
                ent("NATO", EntityKind::Organization, None, vec![find(t, "NATO")]),
                ent("Ukraine", EntityKind::Place, None, vec![find(t, "Ukraine")]),
                ent("Brussels", EntityKind::Place, None, vec![find(t, "Brussels")]),
            ],
            index: Utf16Index::new(t),
            text,
        }
    }
}
