//! Floors for the quote figures on our own fixtures (`tests/fixtures/quotes/`): a change
//! that loses detection or attribution there fails here. The figures come from
//! `cargo run --release --example eval_quotes`.

#[path = "../examples/common/mod.rs"]
mod common;
#[allow(dead_code)]
#[path = "../examples/eval_quotes.rs"]
mod eval_quotes;

#[test]
fn quote_figures_stay_above_the_floor() {
    let r = eval_quotes::evaluate(&common::fixtures().join("quotes"));
    assert!(r.passages >= 60 && r.articles >= 8, "fixtures missing: {} passages, {} articles", r.passages, r.articles);
    let errors = r.errors.join("\n");
    let (f1, speaker) = (r.direct.detected.f1(), r.direct.speaker_accuracy());
    assert!(f1 >= 0.95, "direct-quote F1 {f1:.3} fell below 0.95:\n{errors}");
    assert!(speaker >= 0.92, "direct-quote speaker accuracy {speaker:.3} fell below 0.92:\n{errors}");
    let (rf1, rspeaker) = (r.indirect.detected.f1(), r.indirect.speaker_accuracy());
    assert!(rf1 >= 0.90, "reported-speech F1 {rf1:.3} fell below 0.90:\n{errors}");
    assert!(rspeaker >= 0.92, "reported-speech speaker accuracy {rspeaker:.3} fell below 0.92:\n{errors}");
}
