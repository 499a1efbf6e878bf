//! Temporal expressions (TimeML TIMEX3), resolved against the publication date.

use crate::calendar::Date;
use crate::card::DateMention;
use crate::doc::Document;

/// Finds every temporal expression. `anchor` is the publication date, when known.
pub fn find(doc: &Document, anchor: Option<Date>) -> Vec<DateMention> {
    let _ = (doc, anchor);
    Vec::new()
}
