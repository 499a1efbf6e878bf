//! Native throughput of `analyze` (no JavaScript in the way): the seed, every article
//! fixture, and large inputs made of them, printed as median ms and MB/s.
//!
//!   cargo run --release --example bench_native [-- --quick]

#[path = "common/mod.rs"]
mod common;

use std::path::Path;
use std::time::Instant;

use article_card::{analyze, InputKind, Options};

fn main() {
    let quick = common::flag("--quick");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut set = Vec::new();
    for dir in ["tests/golden", "tests/fixtures"] {
        collect(&root.join(dir), &mut set);
    }
    set.sort_by(|a, b| (!a.0.ends_with("golden/seed.txt")).cmp(&!b.0.ends_with("golden/seed.txt")).then(a.0.cmp(&b.0)));
    set.dedup_by(|a, b| a.1.trim() == b.1.trim());
    println!("{:<48} {:>8} {:>10} {:>10} {:>9}", "article", "KB", "median ms", "p90 ms", "MB/s");
    for (name, text, html) in &set {
        let opts = Options { input: if *html { InputKind::Html } else { InputKind::Auto }, ..Options::default() };
        let (med, p90) = time(|| drop(analyze(text, &opts)), if quick { 30 } else { 200 });
        row(name, text.len(), med, p90);
    }
    // Large inputs: the articles' paragraphs repeated (quotes and summary included).
    let corpus: String = set.iter().filter(|a| !a.2).map(|a| strip_header(&a.1)).collect::<Vec<_>>().join("\n\n");
    for mb in [1usize, 10] {
        let big = common::repeat_to(&corpus, mb << 20);
        let (med, p90) = time(|| drop(analyze(&big, &Options::default())), if quick || mb == 10 { 3 } else { 7 });
        row(&format!("repeated articles, {mb} MB"), big.len(), med, p90);
    }
}

fn row(name: &str, bytes: usize, med: f64, p90: f64) {
    let mbs = bytes as f64 / (1 << 20) as f64 / (med / 1000.0);
    println!("{:<48} {:>8.1} {:>10.3} {:>10.3} {:>9.1}", name, bytes as f64 / 1024.0, med, p90, mbs);
}

fn time(mut f: impl FnMut(), runs: usize) -> (f64, f64) {
    f();
    let mut s: Vec<f64> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    s.sort_by(f64::total_cmp);
    (s[s.len() / 2], s[(s.len() * 9 / 10).min(s.len() - 1)])
}

fn strip_header(text: &str) -> String {
    let t = text.trim_start();
    match t.strip_prefix("date ") {
        Some(rest) => rest.get(10..).unwrap_or("").to_string(),
        None => t.to_string(),
    }
}

fn collect(dir: &Path, out: &mut Vec<(String, String, bool)>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            collect(&p, out);
            continue;
        }
        let ext = p.extension().and_then(|e| e.to_str()).unwrap_or("");
        if ext != "txt" && ext != "html" {
            continue;
        }
        let Ok(mut text) = std::fs::read_to_string(&p) else { continue };
        if text.starts_with("#!") {
            text = text.split_once('\n').map(|x| x.1.to_string()).unwrap_or_default();
        }
        if text.len() < 600 || (text.starts_with('#')) {
            continue;
        }
        let name = p.strip_prefix(env!("CARGO_MANIFEST_DIR")).unwrap_or(&p).display().to_string();
        out.push((name.trim_start_matches('/').to_string(), text, ext == "html"));
    }
}
