//! The quotes panel: speaker filter chips, the fragments toggle, and the quotes best first,
//! each with speaker, role and date, "show in article" and "copy" buttons.

use super::tabs::{Panel, Tab};
use super::{action, count, el, empty, Element, Node, ViewOptions, ViewState};
use crate::card::{Card, Quote, QuoteKind};
use crate::util::FastMap;

/// The speakers of the quotes with how many each has, most quoted first (ties in order of
/// first appearance); unattributed quotes count under `""`.
pub fn speakers(card: &Card) -> Vec<(&str, usize)> {
    let mut out: Vec<(&str, usize)> = Vec::new();
    let mut seen: FastMap<&str, usize> = FastMap::default(); // linear however many speakers
    for q in &card.quotes {
        let name = q.speaker.as_deref().unwrap_or("");
        match seen.get(name) {
            Some(&k) => out[k].1 += 1,
            None => {
                seen.insert(name, out.len());
                out.push((name, 1));
            }
        }
    }
    // Most quoted first; ties keep their first appearance.
    super::order_by(out.len(), |i| u64::MAX - out[i].1 as u64).into_iter().map(|i| out[i]).collect()
}

/// Indexes of the quotes, best score first (ties in article order).
pub fn order(card: &Card) -> Vec<usize> {
    // Scores as ordered integers (bits of a non-negative float sort like the float).
    super::order_by(card.quotes.len(), |i| u64::MAX - card.quotes[i].score.max(0.0).to_bits() as u64)
}

/// Whether a quote shows under the reader's filter and fragments choice.
pub fn visible(partial: bool, speaker: &str, state: &ViewState) -> bool {
    (!partial || state.fragments) && state.speaker.as_deref().map_or(true, |s| s == speaker)
}

/// The quoted words without the comma that led into the cue: `"... control Ukraine,"
/// Stoltenberg said` shows and copies as `“... control Ukraine”`.
fn words(q: &Quote) -> &str {
    q.text.trim().trim_end_matches([',', ';', ':']).trim_end()
}

/// The quote as copied: `“…” — Jens Stoltenberg, NATO Secretary-General, 13 Feb 2023`.
pub fn attribution(q: &Quote, o: &ViewOptions) -> String {
    let words = words(q);
    // Reported speech is not the speaker's words: no quotation marks.
    let mut s = match q.kind {
        QuoteKind::Direct => format!("\u{201c}{words}\u{201d}"),
        QuoteKind::Indirect => words.to_string(),
    };
    let parts: Vec<String> =
        [q.speaker.clone(), q.role.clone(), q.date.as_deref().map(|d| o.date_iso(d))].into_iter().flatten().collect();
    if !parts.is_empty() {
        s.push_str(" \u{2014} ");
        s.push_str(&parts.join(", "));
    }
    s
}

/// The quotes panel.
pub fn panel(card: &Card, o: &ViewOptions, state: &ViewState) -> Panel {
    let speakers = speakers(card);
    let mut body: Vec<Node> = Vec::new();
    if card.quotes.is_empty() {
        body.push(empty(o.label("noQuotes")).into());
        return Panel { tab: Tab::Quotes, count: 0, body };
    }
    if o.interactive {
        body.push(controls(card, &speakers, o, state).into());
    }
    let keys: FastMap<&str, usize> = speakers.iter().enumerate().map(|(k, (n, _))| (*n, k)).collect();
    let mut list = el("ol").part("ac-quotes").attr("aria-label", o.label("quotes"));
    for i in order(card) {
        let q = &card.quotes[i];
        let name = q.speaker.as_deref().unwrap_or("");
        let key = keys.get(name).copied().unwrap_or(0);
        let hidden = o.interactive && !visible(q.partial, name, state);
        list = list.child(quote(i, q, key, hidden, o));
    }
    body.push(list.into());
    Panel { tab: Tab::Quotes, count: card.quotes.len(), body }
}

/// The speaker chips and the fragments toggle.
fn controls(card: &Card, speakers: &[(&str, usize)], o: &ViewOptions, state: &ViewState) -> Element {
    let pressed = |on: bool| if on { "true" } else { "false" };
    let chip = |label: &str, n: usize, arg: String, on: bool| {
        el("button")
            .part("ac-chip")
            .attr("type", "button")
            .attr("aria-pressed", pressed(on))
            .attr(action::ATTR, action::SPEAKER)
            .attr(action::ARG, arg)
            .text(label.to_string())
            .text(" ")
            .child(count(n))
    };
    let mut chips = el("div").class("ac-chips").attr("role", "group").attr("aria-label", o.label("filter"));
    if speakers.len() > 1 {
        chips = chips.child(chip(o.label("all"), card.quotes.len(), String::new(), state.speaker.is_none()));
        for (i, (name, n)) in speakers.iter().enumerate() {
            let label = if name.is_empty() { o.label("unattributed") } else { name };
            chips = chips.child(chip(label, *n, i.to_string(), state.speaker.as_deref() == Some(*name)));
        }
    }
    let fragments = card.quotes.iter().filter(|q| q.partial).count();
    if fragments > 0 {
        chips = chips.child(
            el("button")
                .part("ac-toggle")
                .attr("type", "button")
                .attr("aria-pressed", pressed(state.fragments))
                .attr(action::ATTR, action::FRAGMENTS)
                .text(o.label("fragments"))
                .text(" ")
                .child(count(fragments)),
        );
    }
    chips
}

/// One quote: the words, who said them, and its buttons.
fn quote(i: usize, q: &Quote, speaker_key: usize, hidden: bool, o: &ViewOptions) -> Element {
    let mut cite = el("p").class("ac-attribution");
    match &q.speaker {
        Some(name) => cite = cite.child(el("span").part("ac-speaker").text(name.clone())),
        None => cite = cite.child(el("span").part("ac-speaker").text(o.label("unattributed"))),
    }
    if let Some(role) = &q.role {
        cite = cite.text(", ").child(el("span").class("ac-role").text(role.clone()));
    }
    if let Some(d) = &q.date {
        cite = cite.text(" · ").child(el("time").attr("datetime", d.clone()).text(o.date_iso(d)));
    }
    if q.partial {
        cite = cite.text(" ").child(el("span").class("ac-badge").text(o.label("fragment")));
    } else if q.kind == QuoteKind::Indirect {
        cite = cite.text(" ").child(el("span").class("ac-badge").text(o.label("reported")));
    }
    let mut item = el("li")
        .part("ac-quote")
        .attr("data-index", i.to_string())
        .attr("data-speaker", speaker_key.to_string())
        .attr("data-kind", if q.kind == QuoteKind::Indirect { "indirect" } else { "direct" })
        .flag("data-partial", q.partial)
        .flag("hidden", hidden)
        .child(el("blockquote").class("ac-quote-text").text(words(q)))
        .child(cite);
    if o.interactive {
        let button = |name: &'static str, label: &str| {
            el("button")
                .class("ac-button")
                .attr("type", "button")
                .attr(action::ATTR, name)
                .attr(action::ARG, i.to_string())
                .text(label.to_string())
        };
        item = item.child(
            el("div")
                .class("ac-actions")
                .child(button(action::QUOTE, o.label("show")))
                .child(button(action::COPY, o.label("copy"))),
        );
    }
    item
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view::fixture;

    #[test]
    fn best_first_with_fragments_hidden_until_asked() {
        let card = fixture::card();
        let o = ViewOptions { interactive: true, ..Default::default() };
        let p = panel(&card, &o, &ViewState::default());
        assert_eq!(p.count, 2);
        let list = Node::from(el("div").children(p.body));
        let items: Vec<&Element> = list.elements().into_iter().filter(|e| e.get("class") == Some("ac-quote")).collect();
        assert_eq!(items[0].get("data-index"), Some("1"), "the best quote first");
        assert!(items[0].get("hidden").is_none());
        assert!(items[1].get("hidden").is_some(), "the fragment starts hidden");
        let text = list.text_content();
        assert!(text.contains("Jens Stoltenberg, NATO Secretary-General · 13 Feb 2023"), "{text}");
        assert!(text.contains("Show fragments 1"), "{text}");
        assert!(text.contains("All 2") && text.contains("Unattributed 1"), "{text}");
        let shown =
            panel(&card, &o, &ViewState { fragments: true, speaker: Some(String::new()), ..Default::default() });
        let list = Node::from(el("div").children(shown.body));
        let hidden: Vec<bool> = list
            .elements()
            .into_iter()
            .filter(|e| e.get("class") == Some("ac-quote"))
            .map(|e| e.get("hidden").is_some())
            .collect();
        assert_eq!(hidden, [true, false], "only the unattributed fragment");
    }

    #[test]
    fn attribution_line() {
        let card = fixture::card();
        let o = ViewOptions::default();
        assert_eq!(
            attribution(&card.quotes[1], &o),
            "\u{201c}What we see is President Putin still wanting to control Ukraine\u{201d} \u{2014} Jens Stoltenberg, NATO Secretary-General, 13 Feb 2023"
        );
        assert_eq!(attribution(&card.quotes[0], &o), "\u{201c}no sign whatsoever\u{201d}");
    }
}
