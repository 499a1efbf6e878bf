//! What the eval and bench examples and the scoring tests share: precision, recall and F1,
//! the fixture files of a folder, the command line, and the plain document that the date
//! scorers give `dates::find`. Each includes this file with
//! `#[path = "common/mod.rs"] mod common;` (from tests/: `"../examples/common/mod.rs"`) and
//! uses the part it needs.
#![allow(dead_code)]

use std::ops::AddAssign;
use std::path::{Path, PathBuf};

use article_card::doc::{Document, Meta, Span};

/// Items found, expected, and found right, in one evaluation.
#[derive(Clone, Copy, Debug, Default)]
pub struct Counts {
    pub found: usize,
    pub expected: usize,
    pub right: usize,
}

impl Counts {
    pub fn precision(&self) -> f64 {
        ratio(self.right, self.found)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.right, self.expected)
    }
    pub fn f1(&self) -> f64 {
        f1(self.precision(), self.recall())
    }
    /// `P 0.950  R 0.900  F1 0.924`, as every eval prints it.
    pub fn prf(&self) -> String {
        format!("P {:.3}  R {:.3}  F1 {:.3}", self.precision(), self.recall(), self.f1())
    }
}

impl AddAssign for Counts {
    fn add_assign(&mut self, other: Counts) {
        self.found += other.found;
        self.expected += other.expected;
        self.right += other.right;
    }
}

/// `a / b`, and 1 when `b` is 0: nothing found, nothing wrong; nothing expected, nothing missed.
pub fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

/// The harmonic mean of precision and recall (0 when both are 0).
pub fn f1(precision: f64, recall: f64) -> f64 {
    if precision + recall == 0.0 {
        0.0
    } else {
        2.0 * precision * recall / (precision + recall)
    }
}

/// F1 straight from counts: twice the items both sides share over the items of both sides
/// (0 when both are empty). The fixture tests and the HTML body score use this form.
pub fn f1_of_counts(shared: usize, found: usize, expected: usize) -> f64 {
    2.0 * shared as f64 / (found + expected).max(1) as f64
}

/// The files of `dir` whose name ends in `.ext`, sorted.
pub fn files(dir: &Path, ext: &str) -> std::io::Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.extension().is_some_and(|e| e == ext) {
            files.push(path);
        }
    }
    files.sort();
    Ok(files)
}

/// The text of a fixture file; a file that cannot be read fails the run, naming it.
pub fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The crate's `tests/fixtures` folder.
pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// Whether the command line has the flag `name` (`-v`, `--errors`).
pub fn flag(name: &str) -> bool {
    std::env::args().skip(1).any(|a| a == name)
}

/// The first command-line argument that is not a flag (a path).
pub fn operand() -> Option<String> {
    std::env::args().skip(1).find(|a| !a.starts_with('-'))
}

/// Prints each line when the command line has `flag` (the misses of a `-v` run).
pub fn print_if(flag_name: &str, lines: &[String]) {
    if flag(flag_name) {
        for l in lines {
            println!("{l}");
        }
    }
}

/// Copies of `corpus`, a blank line after each, until the text reaches `bytes`.
pub fn repeat_to(corpus: &str, bytes: usize) -> String {
    let mut out = String::with_capacity(bytes + corpus.len());
    while out.len() < bytes {
        out.push_str(corpus);
        out.push_str("\n\n");
    }
    out
}

/// The text as one document, paragraphs split on blank lines, the text itself untouched
/// (the plain-text reader would take a headline out as the title).
pub fn document(text: &str) -> Document {
    let mut paragraphs = Vec::new();
    let mut start = 0;
    for (i, _) in text.match_indices("\n\n") {
        if i > start {
            paragraphs.push(Span::new(start, i));
        }
        start = i + 2;
    }
    if start < text.len() {
        paragraphs.push(Span::new(start, text.len()));
    }
    Document::new(text.to_string(), paragraphs, Meta::default())
}
