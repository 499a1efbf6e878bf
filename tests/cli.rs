//! The command line of SPEC §4: output, exit codes and one-line errors.
#![cfg(not(target_arch = "wasm32"))]

use std::io::Write;
use std::process::{Command, Output, Stdio};

const SEED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/seed-article.txt");

fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_article-card"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

fn json(out: &Output) -> serde_json::Value {
    assert!(out.status.success(), "stderr: {}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).expect("JSON on stdout")
}

#[test]
fn seed_card_from_a_file() {
    let card = json(&run(&[SEED], b""));
    assert_eq!(card["meta"]["published"], "2023-02-13");
    assert!(card["text"].as_str().unwrap().starts_with("NATO Secretary-General"));
    let sentences = card["sentences"].as_array().unwrap();
    assert_eq!(sentences.len(), 18);
    let paragraphs: std::collections::BTreeSet<u64> =
        sentences.iter().map(|s| s["paragraph"].as_u64().unwrap()).collect();
    assert_eq!(paragraphs.len(), 15);
    for key in ["summary", "quotes", "dates", "entities"] {
        assert!(card[key].is_array(), "{key} is a list");
    }
}

#[test]
fn standard_input_and_options() {
    let card = json(&run(&["-", "--published", "2024-03-01", "--input=text"], b"<p>Not HTML here.</p>"));
    assert_eq!(card["meta"]["published"], "2024-03-01");
    assert_eq!(card["text"], "<p>Not HTML here.</p>");
    let card = json(&run(&["--input", "html"], b"<p>One.</p><p>Two &amp; three.</p>"));
    assert_eq!(card["text"], "One.\n\nTwo & three.");
}

#[test]
fn html_format_is_a_static_escaped_page() {
    let out = run(&["--format", "html"], b"title <script>alert(1)</script>\n\nBody text.");
    assert!(out.status.success());
    let page = String::from_utf8(out.stdout).unwrap();
    assert!(page.starts_with("<!doctype html>"));
    assert!(!page.contains("<script"), "no markup from the article: {page}");
    assert!(page.contains("&lt;script&gt;"));
}

#[test]
fn bad_arguments_exit_2_with_one_line() {
    for args in [
        &["--format", "xml"][..],
        &["--published", "2023-02-30"],
        &["--input", "pdf"],
        &["--bogus"],
        &["--published"],
        &["a.txt", "b.txt"],
        &["/nonexistent/article.txt"],
    ] {
        let out = run(args, b"");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8(out.stderr).unwrap();
        assert_eq!(err.trim_end().lines().count(), 1, "{args:?}: {err}");
        assert!(err.starts_with("article-card: "), "{err}");
        assert!(out.stdout.is_empty());
    }
}

#[test]
fn invalid_utf8_exits_2() {
    let out = run(&[], b"caf\xe9 au lait");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8(out.stderr).unwrap().contains("not valid UTF-8"));
}

#[test]
fn empty_input_gives_an_empty_card() {
    let card = json(&run(&[], b""));
    assert_eq!(card["text"], "");
    assert_eq!(card["meta"]["words"], 0);
    assert_eq!(card["sentences"].as_array().unwrap().len(), 0);
}
