//! Floors for the evaluation figures on our own fixtures: a change that loses precision or
//! recall there fails here. The figures themselves come from the eval examples.

#[path = "../examples/common/mod.rs"]
mod common;
#[allow(dead_code)]
#[path = "../examples/eval_entities.rs"]
mod eval_entities;
#[allow(dead_code)]
#[path = "../examples/eval_summary.rs"]
mod eval_summary;

#[test]
fn entity_figures_stay_above_the_floor() {
    let r = eval_entities::evaluate(&common::fixtures().join("entities"));
    assert!(r.articles >= 10, "fixtures missing");
    let (all, people) = (r.all.f1(), r.people.f1());
    assert!(all >= 0.90, "entity F1 {all:.3} fell below 0.90:\n{}", r.errors.join("\n"));
    assert!(people >= 0.95, "people F1 {people:.3} fell below 0.95:\n{}", r.errors.join("\n"));
}

#[test]
fn summary_beats_lead_3_on_rouge() {
    let r = eval_summary::evaluate(&common::fixtures());
    assert!(r.articles >= 10, "fixtures missing");
    let (ours, lead) = (r.ours, r.lead3);
    assert!(
        ours.rouge1.f1 >= lead.rouge1.f1 + 0.02,
        "ROUGE-1 F1 {:.3} vs Lead-3 {:.3}",
        ours.rouge1.f1,
        lead.rouge1.f1
    );
    assert!(
        ours.rouge2.f1 >= lead.rouge2.f1 + 0.02,
        "ROUGE-2 F1 {:.3} vs Lead-3 {:.3}",
        ours.rouge2.f1,
        lead.rouge2.f1
    );
    assert!(ours.dangling <= lead.dangling, "more dangling openers than Lead-3");
}
