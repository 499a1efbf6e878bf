//! The sentence splitter on news copy: `tests/fixtures/sentences.txt`, one case a line.

use article_card::{analyze, InputKind, Options};

#[test]
fn sentence_fixtures() {
    let cases = include_str!("fixtures/sentences.txt");
    let options = Options { input: InputKind::Text, ..Options::default() };
    let mut failures = Vec::new();
    let mut count = 0;
    for line in cases.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')) {
        count += 1;
        let expected: Vec<&str> = line.split(" | ").collect();
        let card = analyze(&expected.join(" "), &options);
        let actual: Vec<&str> = card.sentences.iter().map(|s| card.slice(s.start, s.end)).collect();
        if actual != expected {
            failures.push(format!("  expected {expected:?}\n  actual   {actual:?}"));
        }
    }
    assert!(count >= 60, "only {count} cases");
    assert!(failures.is_empty(), "{} of {count} cases fail:\n{}", failures.len(), failures.join("\n"));
}
