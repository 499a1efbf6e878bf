//! The card's header (title, publication date, byline or site, length) and key sentences.

use super::{el, Element, Node, ViewOptions};
use crate::card::Card;

/// Title (or the card's label when the article has none) and the facts line.
pub fn header(card: &Card, o: &ViewOptions) -> Element {
    let title = card.meta.title.clone().unwrap_or_else(|| o.label("card").to_string());
    let mut facts = el("p").part("ac-facts");
    if let Some(p) = &card.meta.published {
        facts = facts.child(el("time").attr("datetime", p.clone()).text(o.date_iso(p))).text(" · ");
    }
    if let Some(by) = card.meta.byline.as_ref().or(card.meta.site.as_ref()) {
        facts = facts.child(el("span").class("ac-byline").text(by.clone())).text(" · ");
    }
    facts = facts.text(format!(
        "{} {} · {} {}",
        card.meta.words,
        o.label("words"),
        card.meta.reading_minutes,
        o.label("minRead")
    ));
    el("header").part("ac-header").child(el("h2").part("ac-title").attr("id", "ac-title").text(title)).child(facts)
}

/// The key sentences, in article order.
pub fn summary(card: &Card, o: &ViewOptions) -> Option<Element> {
    let items: Vec<Node> = card
        .summary
        .iter()
        .filter_map(|&i| card.sentences.get(i))
        .map(|s| el("li").class("ac-sentence").text(card.slice(s.start, s.end)).into())
        .collect();
    if items.is_empty() {
        return None;
    }
    Some(
        el("section")
            .part("ac-summary")
            .attr("aria-labelledby", "ac-summary-h")
            .child(el("h3").class("ac-heading").attr("id", "ac-summary-h").text(o.label("summary")))
            .child(el("ol").children(items)),
    )
}
