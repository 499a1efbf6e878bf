//! The people & places panel: one group of chips per kind, each with its mention count.

use super::tabs::{Panel, Tab};
use super::{action, count, el, empty, Node, ViewOptions};
use crate::card::{Card, EntityKind};

/// The kinds in display order, with their label names.
const KINDS: [(EntityKind, &str); 4] = [
    (EntityKind::Person, "people"),
    (EntityKind::Organization, "organizations"),
    (EntityKind::Place, "places"),
    (EntityKind::Other, "other"),
];

/// The entities panel.
pub fn panel(card: &Card, o: &ViewOptions) -> Panel {
    let mut body: Vec<Node> = Vec::new();
    if card.entities.is_empty() {
        body.push(empty(o.label("noEntities")).into());
        return Panel { tab: Tab::Entities, count: 0, body };
    }
    for (kind, label) in KINDS {
        // Most mentioned first; ties keep article order.
        let members: Vec<usize> =
            super::order_by(card.entities.len(), |i| u64::MAX - card.entities[i].mentions.len() as u64)
                .into_iter()
                .filter(|&i| card.entities[i].kind == kind)
                .collect();
        if members.is_empty() {
            continue;
        }
        let id = match kind {
            EntityKind::Person => "ac-kind-person",
            EntityKind::Organization => "ac-kind-organization",
            EntityKind::Place => "ac-kind-place",
            EntityKind::Other => "ac-kind-other",
        };
        let mut chips = el("ul").class("ac-chips").attr("aria-labelledby", id);
        for i in members {
            let e = &card.entities[i];
            let chip = if o.interactive {
                el("button").attr("type", "button").attr(action::ATTR, action::ENTITY).attr(action::ARG, i.to_string())
            } else {
                el("span")
            };
            let chip = chip
                .part("ac-chip")
                .attr("data-kind", label)
                .attr_opt("title", e.role.clone())
                .text(e.name.clone())
                .text(" ")
                .child(count(e.mentions.len()));
            chips = chips.child(el("li").child(chip));
        }
        body.push(
            el("div")
                .class("ac-kind")
                .child(el("h4").class("ac-subheading").attr("id", id).text(o.label(label)))
                .child(chips)
                .into(),
        );
    }
    Panel { tab: Tab::Entities, count: card.entities.len(), body }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view::fixture;

    #[test]
    fn chips_by_kind_with_counts() {
        let card = fixture::card();
        let o = ViewOptions { interactive: true, ..Default::default() };
        let p = panel(&card, &o);
        assert_eq!(p.count, 4);
        let text = Node::from(super::el("div").children(p.body)).text_content();
        assert_eq!(text, "PeopleJens Stoltenberg 1OrganisationsNATO 1PlacesUkraine 1Brussels 1");
    }
}
