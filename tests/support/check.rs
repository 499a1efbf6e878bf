//! What every card must satisfy, whatever the input: offsets inside the text, on UTF-16
//! boundaries, in order; indexes that point at real sentences. Shared by tests/hostile.rs
//! and the fuzz targets (fuzz/).

use article_card::Card;

pub fn card(card: &Card) {
    let units: Vec<u16> = card.text.encode_utf16().collect();
    let n = units.len();
    // A low surrogate at `i` means `i` is inside a pair: not a boundary.
    let boundary = |i: usize| i == n || (i < n && !(0xDC00..0xE000).contains(&units[i]));
    let span = |what: &str, s: usize, e: usize| {
        assert!(s <= e && e <= n, "{what}: {s}..{e} outside 0..{n}");
        assert!(boundary(s) && boundary(e), "{what}: {s}..{e} splits a surrogate pair");
        let _ = card.slice(s, e);
    };
    let sentences = card.sentences.len();
    let mut last = 0;
    for s in &card.sentences {
        span("sentence", s.start, s.end);
        assert!(s.start >= last, "sentences out of order");
        last = s.end;
    }
    for &i in &card.summary {
        assert!(i < sentences, "summary index {i} of {sentences}");
    }
    for q in &card.quotes {
        span("quote", q.start, q.end);
        for s in &q.spans {
            span("quote span", s.start, s.end);
        }
        if let Some(m) = q.speaker_mention {
            span("speaker mention", m.start, m.end);
        }
        assert!(q.sentence < sentences.max(1), "quote sentence {} of {sentences}", q.sentence);
        assert!(q.score.is_finite(), "quote score {}", q.score);
    }
    for d in &card.dates {
        span("date", d.start, d.end);
        assert!(d.sentence < sentences.max(1), "date sentence {} of {sentences}", d.sentence);
    }
    for e in &card.entities {
        for m in &e.mentions {
            span("entity mention", m.start, m.end);
        }
    }
}
