//! The WAI-ARIA tabs pattern: a `tablist` of `tab` buttons (one tab stop: the selected tab
//! has `tabindex="0"`, the others `-1`), each controlling a `tabpanel`. The static card has
//! no tabs: each panel becomes a section under its own heading.

use super::{action, count, el, Element, ViewOptions};

/// A tab of the card, in display order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tab {
    Quotes,
    Timeline,
    Entities,
}

impl Tab {
    pub const ALL: [Tab; 3] = [Tab::Quotes, Tab::Timeline, Tab::Entities];

    /// The name used in `data-arg`, `sections`, labels and ids.
    pub fn name(self) -> &'static str {
        match self {
            Tab::Quotes => "quotes",
            Tab::Timeline => "timeline",
            Tab::Entities => "entities",
        }
    }
    pub fn parse(s: &str) -> Option<Tab> {
        Tab::ALL.into_iter().find(|t| t.name() == s)
    }
    /// The id of the tab button.
    pub fn tab_id(self) -> &'static str {
        match self {
            Tab::Quotes => "ac-tab-quotes",
            Tab::Timeline => "ac-tab-timeline",
            Tab::Entities => "ac-tab-entities",
        }
    }
    /// The id of its panel.
    pub fn panel_id(self) -> &'static str {
        match self {
            Tab::Quotes => "ac-panel-quotes",
            Tab::Timeline => "ac-panel-timeline",
            Tab::Entities => "ac-panel-entities",
        }
    }
}

/// One panel's content and the count shown on its tab.
pub struct Panel {
    pub tab: Tab,
    pub count: usize,
    pub body: Vec<super::Node>,
}

/// The tab list and the panels; `open` is the selected tab (the first when absent).
pub fn tabs(panels: Vec<Panel>, open: Option<Tab>, o: &ViewOptions) -> Vec<Element> {
    let open = open.filter(|t| panels.iter().any(|p| p.tab == *t)).or(panels.first().map(|p| p.tab));
    if !o.interactive {
        return panels
            .into_iter()
            .map(|p| {
                el("section")
                    .part("ac-panel")
                    .attr("aria-labelledby", p.tab.tab_id())
                    .child(
                        el("h3")
                            .class("ac-heading")
                            .attr("id", p.tab.tab_id())
                            .text(o.label(p.tab.name()))
                            .text(" ")
                            .child(count(p.count)),
                    )
                    .children(p.body)
            })
            .collect();
    }
    let mut list = el("div").part("ac-tablist").attr("role", "tablist").attr("aria-label", o.label("sections"));
    for p in &panels {
        let selected = Some(p.tab) == open;
        list = list.child(
            el("button")
                .part("ac-tab")
                .attr("type", "button")
                .attr("role", "tab")
                .attr("id", p.tab.tab_id())
                .attr("aria-controls", p.tab.panel_id())
                .attr("aria-selected", if selected { "true" } else { "false" })
                .attr("tabindex", if selected { "0" } else { "-1" })
                .attr(action::ATTR, action::TAB)
                .attr(action::ARG, p.tab.name())
                .text(o.label(p.tab.name()))
                .text(" ")
                .child(count(p.count)),
        );
    }
    let mut out = vec![list];
    for p in panels {
        out.push(
            el("div")
                .part("ac-panel")
                .attr("role", "tabpanel")
                .attr("id", p.tab.panel_id())
                .attr("aria-labelledby", p.tab.tab_id())
                .attr("tabindex", "0")
                .flag("hidden", Some(p.tab) != open)
                .children(p.body),
        );
    }
    out
}
