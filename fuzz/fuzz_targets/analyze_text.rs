//! `analyze` on arbitrary text read as plain text: never a panic, always a valid card.
#![no_main]

#[path = "../../tests/support/check.rs"]
mod check;

use article_card::{analyze, InputKind, Options};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let opts = Options { input: InputKind::Text, max_quotes: Some(3), ..Options::default() };
    check::card(&analyze(&text, &opts));
    check::card(&analyze(&text, &Options { input: InputKind::Text, ..Options::default() }));
});
