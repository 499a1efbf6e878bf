//! The HTML reader: the fixture pages against their floors, whole-pipeline checks, and
//! hostile and broken pages (each must give a document, never a panic, in linear time).

#[path = "../examples/eval_html.rs"]
mod eval;

use std::path::Path;
use std::time::{Duration, Instant};

use article_card::input::html;
use article_card::{analyze, InputKind, Options};

fn html_options() -> Options {
    Options { input: InputKind::Html, ..Options::default() }
}

#[test]
fn fixture_pages_stay_above_their_floors() {
    let r = eval::evaluate(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/html"));
    let misses = r.misses.join("\n");
    assert!(r.pages >= 10, "fixture pages: {}", r.pages);
    assert!(r.title() >= 0.95, "title exact {:.3}\n{misses}", r.title());
    assert!(r.date() >= 0.95, "date exact {:.3}\n{misses}", r.date());
    assert!(r.body_f1 >= 0.97, "body F1 {:.3}\n{misses}", r.body_f1);
    assert!(r.worst.0 >= 0.85, "worst page {:?}\n{misses}", r.worst);
}

#[test]
fn a_saved_page_gives_a_card_with_its_metadata() {
    let page =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/html/wire-reuters.html"))
            .unwrap();
    // Sniffed as HTML without being told.
    let card = analyze(&page, &Options::default());
    assert_eq!(card.meta.published.as_deref(), Some("2023-02-13"));
    assert_eq!(card.meta.site.as_deref(), Some("Wire Daily"));
    assert_eq!(card.meta.lang.as_deref(), Some("en"));
    assert!(card.text.starts_with("BRUSSELS, Feb 13 (Reuters) - NATO"), "{}", &card.text[..80]);
    assert!(!card.text.contains("Advertisement") && !card.text.contains("Related coverage"));
    assert!(!card.text.contains("nope"), "script text leaked");
}

#[test]
fn fragments_and_plain_text_sniffing() {
    assert!(html::looks_like_html("  <p>Hello</p>"));
    assert!(html::looks_like_html("Intro line\n<div>x</div>"));
    assert!(!html::looks_like_html("Prices rose 3% < 5% forecast."));
    assert!(!html::looks_like_html("title Why <p> tags matter\ndate 2024-01-02\n\nThe <div> element..."));
    let d = html::read("<p>One &amp; two.</p><p>Three<br>four.</p>");
    assert_eq!(d.text, "One & two.\n\nThree\nfour.");
    assert_eq!(d.paragraphs.len(), 2);
    assert_eq!(html::read("").text, "");
    assert_eq!(
        html::read("<html><head><title>Only a title</title></head></html>").meta.title.as_deref(),
        Some("Only a title")
    );
}

#[test]
fn nothing_active_is_read() {
    let page = r#"<article><p onclick="alert(1)">Safe text here.</p>
        <script>document.body.innerHTML = "<p>evil</p>"</script><style>p::after{content:"styled"}</style>
        <iframe srcdoc="<p>framed</p>"></iframe><noscript><p>noscript</p></noscript>
        <template><p>templated</p></template><svg><text>drawn</text></svg>
        <p><img src=x onerror="alert(2)">More safe text.</p></article>"#;
    let d = html::read(page);
    assert_eq!(d.text, "Safe text here.\n\nMore safe text.");
}

/// Full sizes in release (`scripts/test.sh` runs `cargo test --release --test html`), a
/// sixteenth in debug builds, where wall-clock bounds are not checked either (a loaded
/// machine makes them flaky).
const SCALE: usize = if cfg!(debug_assertions) { 16 } else { 1 };

/// Runs `f` and, in release builds, checks it took less than `limit`.
fn timed<T>(limit: Duration, what: &str, f: impl FnOnce() -> T) -> T {
    let t = Instant::now();
    let out = f();
    assert!(cfg!(debug_assertions) || t.elapsed() < limit, "{what} took {:?}", t.elapsed());
    out
}

#[test]
fn deep_nesting_does_not_overflow() {
    for open in [
        "<div>",
        "<span>",
        "<b><i>",
        "<p><div>",
        "<li><ul>",
        "<table><tr><td>",
        "<article><section>",
        "<blockquote><font>",
    ] {
        let page = format!("{}<p>deep text here</p>", open.repeat(100_000));
        let d = timed(Duration::from_secs(10), open, || html::read(&page));
        assert!(d.text.contains("deep text here"), "{open}: {:?}", &d.text[..d.text.len().min(80)]);
    }
    let closed = format!("{}Inner words.{}", "<div class=x>".repeat(100_000), "</div>".repeat(100_000));
    assert_eq!(html::read(&closed).text, "Inner words.");
    let card = analyze(&format!("{}<p>Deep card.</p>", "<div>".repeat(100_000)), &html_options());
    assert_eq!(card.text, "Deep card.");
}

#[test]
#[cfg_attr(debug_assertions, ignore = "a timing test: cargo test --release --test html")]
fn a_ten_megabyte_page_reads_in_linear_time() {
    let para = "<p>The council said on Tuesday that the <b>bridge</b> would reopen &amp; that <a href=/x>repairs</a> had cost more than planned.</p>\n";
    let small = para.repeat(8_000);
    let big = para.repeat(80_000); // 10.6 MB
    let t = Instant::now();
    let d = html::read(&small);
    let t_small = t.elapsed();
    assert_eq!(d.paragraphs.len(), 8_000);
    let t = Instant::now();
    let d = html::read(&big);
    let t_big = t.elapsed();
    assert_eq!(d.paragraphs.len(), 80_000);
    // Ten times the input, not a hundred times the time (with slack for noise).
    assert!(t_big < t_small * 25 + Duration::from_millis(500), "1 MB: {t_small:?}, 10 MB: {t_big:?}");
}

#[test]
fn pathological_markup_stays_linear() {
    let cases: Vec<(&str, String)> = vec![
        ("unclosed comments", "<!--".repeat(200_000 / SCALE)),
        ("lone brackets", "< a < b <".repeat(200_000 / SCALE)),
        ("end tags with nothing open", "</p></div></span>".repeat(100_000 / SCALE)),
        ("unclosed quotes", "<p class=\"".repeat(100_000 / SCALE)),
        ("raw text never closed", format!("<script>{}", "</scrip".repeat(200_000 / SCALE))),
        ("entities", "&amp;&#x41;&bogus;&#99999999999999;&".repeat(100_000 / SCALE)),
        ("many attributes", format!("<p {}>x</p>", "class=a ".repeat(200_000 / SCALE))),
        ("long attribute", format!("<p class=\"{}\">text</p>", "a".repeat(2_000_000 / SCALE))),
        ("many class words", format!("<div class=\"{}\"><p>text</p></div>", "share ".repeat(200_000 / SCALE))),
        ("many articles", "<article><p>post text that is long enough to count.</p>".repeat(50_000 / SCALE)),
        ("many h1", "<h1>headline".repeat(50_000 / SCALE)),
        ("json-ld", format!("<script type=application/ld+json>{}</script>", "[{\"a\":".repeat(100_000 / SCALE))),
        ("dateline junk", format!("<p>{}</p>", "A, ".repeat(300_000 / SCALE))),
    ];
    for (what, page) in cases {
        timed(Duration::from_secs(10), what, || html::read(&page));
    }
}

#[test]
fn binary_junk_gives_a_document() {
    // A fixed pseudo-random byte stream, made UTF-8 lossily as the CLI's caller would have to.
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    let bytes: Vec<u8> = (0..1_000_000 / SCALE)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x >> 24) as u8
        })
        .collect();
    let junk = String::from_utf8_lossy(&bytes).into_owned();
    let d = html::read(&junk);
    assert!(d.text.chars().all(|c| !c.is_control() || c == '\n'), "control characters leaked into the text");
    let with_tags = junk.replace('\u{FFFD}', "<p>");
    html::read(&with_tags);
    let cut = junk.char_indices().nth(20_000).map_or(junk.len(), |(i, _)| i);
    let card = analyze(&format!("<p>{}</p>", &junk[..cut]), &html_options());
    assert!(card.text.len() <= 200_000);
}

#[test]
fn offsets_stay_on_char_boundaries() {
    let page = "<p>Zoë&nbsp;said “ja” — 😀&#x1F600;<b>é</b>&eacute;\u{AD}x\u{200B}y</p><p>日本語の<i>テキスト</i></p>";
    let (d, map) = html::read_mapped(page);
    assert_eq!(d.text, "Zoë said “ja” — 😀😀éé xy\n\n日本語のテキスト".replace("é xy", "éxy"));
    for t in &d.tokens {
        assert!(d.text.is_char_boundary(t.span.start) && d.text.is_char_boundary(t.span.end));
    }
    for (i, _) in d.text.char_indices() {
        if let Some(s) = map.to_source(i) {
            assert!(s < page.len());
        }
    }
    let s = map.to_source(d.text.find("テキスト").unwrap()).unwrap();
    assert!(page[s..].starts_with("テキスト"));
}
