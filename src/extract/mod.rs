//! The extractors. Each reads the [`Document`](crate::doc::Document) (and, where it needs
//! another's result, takes it as an argument) and returns card items in byte offsets.
//!
//! Layers run in one direction: entities (the one notion of a person) and dates first,
//! then quotes, which take both; the summary reads the document alone.

pub mod dates;
pub mod entities;
pub mod quotes;
pub mod summary;
