//! The card's own JSON writer (`ToJson`, what the wasm hands to `JSON.parse`) gives the same
//! data as the `Serialize` derives (what the CLI prints), on every article under tests/
//! except the held-out set, and on text that needs escaping.

use std::path::Path;

use article_card::card::ToJson;
use article_card::{analyze, Options};
use serde_json::Value;

fn articles(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("readable directory").flatten() {
        let path = entry.path();
        if path.is_dir() {
            if !path.ends_with("heldout") {
                articles(&path, out);
            }
        } else if matches!(path.extension().and_then(|e| e.to_str()), Some("txt" | "html")) {
            out.push(path);
        }
    }
}

fn same(input: &str) {
    let card = analyze(input, &Options::default());
    let ours: Value = serde_json::from_str(&card.to_json()).expect("valid JSON");
    let serde = serde_json::to_value(&card).expect("serialisable");
    assert_eq!(ours, serde);
    for q in &card.quotes {
        assert_eq!(serde_json::from_str::<Value>(&q.to_json()).unwrap(), serde_json::to_value(q).unwrap());
    }
}

#[test]
fn same_data_as_serde() {
    let mut files = Vec::new();
    articles(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests"), &mut files);
    assert!(files.len() > 20, "found the test articles");
    for path in files {
        let Ok(text) = std::fs::read_to_string(&path) else { continue };
        same(&text);
    }
}

#[test]
fn escapes() {
    same("title \"Odd\" \\ names\u{1}\n\n\"We\u{7f} will\ttry,\" said Ann Lee.\r\n\u{2028}Tab\there \u{0}é😀.");
}
