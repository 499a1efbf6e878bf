//! People, organisations and places, with roles and every mention.

use crate::card::Entity;
use crate::doc::Document;

/// Finds the entities of the article, in order of first mention.
pub fn find(doc: &Document) -> Vec<Entity> {
    let _ = doc;
    Vec::new()
}
