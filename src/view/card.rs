//! The whole card: header, key sentences, the tabs (quotes, timeline, people & places) and
//! the article view, in that order, each as `options.sections` allows.

use super::tabs::{self, Panel, Tab};
use super::{article, entities, header, quotes, timeline, Element, ViewOptions, ViewState};
use crate::card::Card;

/// The card's view tree, drawn for the reader's current choices.
pub fn card(card: &Card, o: &ViewOptions, state: &ViewState) -> Element {
    let mut root = super::el("article")
        .part("ac-card")
        .attr("data-theme", o.theme.as_str())
        .attr("aria-labelledby", "ac-title")
        .child(header::header(card, o));
    if o.shows("summary") {
        root = root.child_opt(header::summary(card, o));
    }
    let panels: Vec<Panel> = Tab::ALL
        .into_iter()
        .filter(|t| o.shows(t.name()))
        .map(|t| match t {
            Tab::Quotes => quotes::panel(card, o, state),
            Tab::Timeline => timeline::panel(card, o),
            Tab::Entities => entities::panel(card, o),
        })
        .collect();
    if !panels.is_empty() {
        root = root.children(tabs::tabs(panels, state.tab, o).into_iter().map(Into::into));
    }
    if o.shows("article") {
        root = root.child(article::article(card, o, &[]));
    }
    if o.interactive {
        // Announces "copied" and similar to screen readers.
        root = root.child(super::el("p").class("ac-status").attr("role", "status").attr("aria-live", "polite"));
    }
    root
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view::{fixture, Node};

    fn tree(o: &ViewOptions, state: &ViewState) -> Node {
        card(&fixture::card(), o, state).into()
    }

    #[test]
    fn tabs_follow_the_aria_pattern() {
        let o = ViewOptions { interactive: true, ..Default::default() };
        let t = tree(&o, &ViewState { tab: Some(Tab::Timeline), ..Default::default() });
        let els = t.elements();
        let tabs: Vec<_> = els.iter().filter(|e| e.get("role") == Some("tab")).collect();
        assert_eq!(tabs.len(), 3);
        let sel: Vec<_> = tabs.iter().map(|e| (e.get("aria-selected").unwrap(), e.get("tabindex").unwrap())).collect();
        assert_eq!(sel, [("false", "-1"), ("true", "0"), ("false", "-1")]);
        let text: Vec<String> = tabs.iter().map(|e| Node::from((**e).clone()).text_content()).collect();
        assert_eq!(text, ["Quotes 2", "Timeline 3", "People & places 4"]);
        for tab in &tabs {
            let panel = els.iter().find(|e| e.get("id") == tab.get("aria-controls")).expect("the panel");
            assert_eq!(panel.get("role"), Some("tabpanel"));
            assert_eq!(panel.get("aria-labelledby"), tab.get("id"));
            assert_eq!(panel.get("hidden").is_none(), tab.get("aria-selected") == Some("true"));
        }
        assert_eq!(els.iter().filter(|e| e.get("role") == Some("tablist")).count(), 1);
    }

    #[test]
    fn labels_override_every_string_and_sections_choose() {
        let mut o = ViewOptions { interactive: true, ..Default::default() };
        o.labels = crate::view::LABELS.iter().map(|(k, _)| (k.to_string(), format!("<{k}>"))).collect();
        let mut text = tree(&o, &ViewState { fragments: true, ..Default::default() }).text_content();
        assert!(text.contains("<quotes>") && text.contains("<show>"));
        for (k, _) in crate::view::LABELS {
            text = text.replace(&format!("<{k}>"), "");
        }
        for (k, v) in crate::view::LABELS {
            assert!(!text.contains(v), "{k}: default {v:?} still shown in {text}");
        }
        let o = ViewOptions { sections: Some(vec!["timeline".into()]), interactive: true, ..Default::default() };
        let els = tree(&o, &ViewState::default()).elements().into_iter().cloned().collect::<Vec<_>>();
        assert_eq!(els.iter().filter(|e| e.get("role") == Some("tab")).count(), 1);
        assert!(!els.iter().any(|e| e.tag == "details" || e.get("class") == Some("ac-summary")));
    }

    #[test]
    fn static_card_has_no_controls() {
        let t = tree(&ViewOptions::default(), &ViewState::default());
        let els = t.elements();
        assert!(!els.iter().any(|e| e.tag == "button" || e.get("role") == Some("tab") || e.get("hidden").is_some()));
        let text = t.text_content();
        assert!(text.contains("no sign whatsoever") && text.contains("Brussels 1") && text.contains("tomorrow"));
    }
}
