//! Golden tests: each `tests/golden/<name>.txt` or `.html` is analysed and compared with
//! `<name>.card.json` beside it. `BLESS=1 cargo test --test golden` rewrites the expected
//! files. An optional first line `#! published=YYYY-MM-DD input=text|html` sets options
//! and is not part of the article.
//!
//! The JSON is printed with one record (sentence, quote, date, entity) per line so that a
//! change shows up as a small diff.

use std::path::{Path, PathBuf};

use article_card::calendar::Date;
use article_card::{analyze, InputKind, Options};
use libtest_mimic::{Arguments, Failed, Trial};
use serde_json::Value;

fn main() {
    let args = Arguments::from_args();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/golden exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| matches!(p.extension().and_then(|e| e.to_str()), Some("txt" | "html")))
        .collect();
    files.sort();
    let trials = files
        .into_iter()
        .map(|path| {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            Trial::test(name, move || check(&path))
        })
        .collect();
    libtest_mimic::run(&args, trials).exit();
}

fn check(path: &Path) -> Result<(), Failed> {
    let source = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let (options, article) = front_matter(&source)?;
    let card = analyze(article, &options);
    let actual = one_record_per_line(&serde_json::to_value(&card).map_err(|e| e.to_string())?);
    let expected_path = path.with_extension("card.json");
    if std::env::var_os("BLESS").is_some() {
        std::fs::write(&expected_path, &actual).map_err(|e| e.to_string())?;
        return Ok(());
    }
    let expected = std::fs::read_to_string(&expected_path)
        .map_err(|_| format!("{} is missing: run with BLESS=1 to write it", expected_path.display()))?;
    if expected == actual {
        return Ok(());
    }
    let mut diff = String::new();
    let (e, a): (Vec<_>, Vec<_>) = (expected.lines().collect(), actual.lines().collect());
    for i in 0..e.len().max(a.len()) {
        let (x, y) = (e.get(i).copied().unwrap_or(""), a.get(i).copied().unwrap_or(""));
        if x != y {
            diff.push_str(&format!("line {}\n- {x}\n+ {y}\n", i + 1));
        }
    }
    Err(format!("{} differs (BLESS=1 rewrites it):\n{diff}", expected_path.display()).into())
}

fn front_matter(source: &str) -> Result<(Options, &str), Failed> {
    let mut options = Options::default();
    let Some(rest) = source.strip_prefix("#!") else {
        return Ok((options, source));
    };
    let (line, article) = rest.split_once('\n').unwrap_or((rest, ""));
    for pair in line.split_whitespace() {
        match pair.split_once('=') {
            Some(("published", v)) => options.published = Some(Date::parse_ymd(v).ok_or("bad published date")?),
            Some(("input", v)) => options.input = InputKind::parse(v).ok_or("bad input kind")?,
            _ => return Err(format!("unknown front matter {pair:?}").into()),
        }
    }
    Ok((options, article))
}

/// Pretty JSON with each element of a top-level array on one line.
fn one_record_per_line(card: &Value) -> String {
    let mut out = String::from("{\n");
    let obj = card.as_object().expect("a card is an object");
    for (i, (key, value)) in obj.iter().enumerate() {
        out.push_str(&format!("  {}: ", serde_json::to_string(key).unwrap()));
        match value {
            Value::Array(items) if !items.is_empty() => {
                out.push_str("[\n");
                for (j, item) in items.iter().enumerate() {
                    let comma = if j + 1 < items.len() { "," } else { "" };
                    out.push_str(&format!("    {}{comma}\n", serde_json::to_string(item).unwrap()));
                }
                out.push_str("  ]");
            }
            _ => out.push_str(&serde_json::to_string(value).unwrap()),
        }
        out.push_str(if i + 1 < obj.len() { ",\n" } else { "\n" });
    }
    out.push_str("}\n");
    out
}
