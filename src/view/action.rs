//! What a control of the card does, written by the view as `data-action` (and `data-arg`)
//! and read back by the browser's event handler: one set of names for both sides.

/// The attribute naming the action of a control.
pub const ATTR: &str = "data-action";
/// The selector of every control with an action: `[data-action]`.
pub const ANY: &str = "[data-action]";
/// The attribute holding its argument (an index into the card data, or a tab name).
pub const ARG: &str = "data-arg";

/// Open a tab (`data-arg` = the tab name).
pub const TAB: &str = "tab";
/// Filter quotes by speaker (`data-arg` = the speaker's index in the chip list, or empty for all).
pub const SPEAKER: &str = "speaker";
/// Show or hide fragments.
pub const FRAGMENTS: &str = "fragments";
/// Pick a quote (`data-arg` = index into `card.quotes`).
pub const QUOTE: &str = "quote";
/// Copy a quote with its attribution (`data-arg` = index into `card.quotes`).
pub const COPY: &str = "copy";
/// Pick a date (`data-arg` = index into `card.dates`).
pub const DATE: &str = "date";
/// Pick an entity (`data-arg` = index into `card.entities`).
pub const ENTITY: &str = "entity";

use super::tabs::Tab;

/// A reader's action on the card.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    Tab(Tab),
    /// `None` shows every speaker.
    Speaker(Option<usize>),
    Fragments,
    Quote(usize),
    Copy(usize),
    Date(usize),
    Entity(usize),
}

impl Action {
    /// Reads the action from a control's `data-action` and `data-arg` values.
    pub fn parse(name: &str, arg: &str) -> Option<Action> {
        let index = || arg.parse::<usize>().ok();
        Some(match name {
            TAB => Action::Tab(Tab::parse(arg)?),
            SPEAKER => Action::Speaker(index()),
            FRAGMENTS => Action::Fragments,
            QUOTE => Action::Quote(index()?),
            COPY => Action::Copy(index()?),
            DATE => Action::Date(index()?),
            ENTITY => Action::Entity(index()?),
            _ => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn selector_names_the_attribute() {
        assert_eq!(ANY, format!("[{ATTR}]"));
    }

    #[test]
    fn parses_what_the_view_writes() {
        assert_eq!(Action::parse(TAB, "timeline"), Some(Action::Tab(Tab::Timeline)));
        assert_eq!(Action::parse(SPEAKER, ""), Some(Action::Speaker(None)));
        assert_eq!(Action::parse(SPEAKER, "2"), Some(Action::Speaker(Some(2))));
        assert_eq!(Action::parse(COPY, "0"), Some(Action::Copy(0)));
        assert_eq!(Action::parse(QUOTE, "x"), None);
        assert_eq!(Action::parse("nope", "1"), None);
    }
}
