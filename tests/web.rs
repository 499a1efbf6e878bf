//! Browser tests of the wasm API (SPEC §2): `wasm-pack test --headless --chrome`.
#![cfg(target_arch = "wasm32")]

use article_card::web::{analyze_js, render_js};
use js_sys::{Array, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::Element;

wasm_bindgen_test_configure!(run_in_browser);

const SEED: &str = include_str!("fixtures/seed-article.txt");

fn get(v: &JsValue, key: &str) -> JsValue {
    Reflect::get(v, &key.into()).unwrap()
}

fn options(json: &str) -> JsValue {
    js_sys::JSON::parse(json).unwrap()
}

fn fresh_target() -> Element {
    let doc = web_sys::window().unwrap().document().unwrap();
    let el = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&el).unwrap();
    el
}

fn error_message(e: JsValue) -> String {
    assert!(e.is_instance_of::<js_sys::Error>(), "not an Error: {e:?}");
    e.unchecked_into::<js_sys::Error>().message().into()
}

#[wasm_bindgen_test]
fn analyze_returns_a_plain_object_with_every_field() {
    let card = analyze_js(SEED.into(), JsValue::UNDEFINED).unwrap();
    let proto: JsValue = Object::get_prototype_of(&card).into();
    assert_eq!(proto, JsValue::from(Object::get_prototype_of(&Object::new())), "a plain object, not a Map");
    for key in ["meta", "text", "sentences", "summary", "quotes", "dates", "entities"] {
        assert!(Reflect::has(&card, &key.into()).unwrap(), "missing {key}");
    }
    let meta = get(&card, "meta");
    assert_eq!(get(&meta, "published").as_string().as_deref(), Some("2023-02-13"));
    assert!(get(&meta, "words").as_f64().unwrap() > 400.0);
    assert_eq!(Array::from(&get(&card, "sentences")).length(), 18);
    let text = get(&card, "text").as_string().unwrap();
    assert!(text.starts_with("NATO Secretary-General"));
}

#[wasm_bindgen_test]
fn options_are_checked() {
    let e = analyze_js("text".into(), options(r#"{"maxQuote": 3}"#)).unwrap_err();
    assert!(error_message(e).contains("unknown option \"maxQuote\""));
    let e = analyze_js("text".into(), options(r#"{"published": "2023-02-30"}"#)).unwrap_err();
    assert!(error_message(e).contains("published"));
    let e = analyze_js("text".into(), options(r#"{"maxSentences": -1}"#)).unwrap_err();
    assert!(error_message(e).contains("maxSentences"));
    let e = analyze_js("text".into(), options(r#"{"theme": "blue"}"#)).unwrap_err();
    assert!(error_message(e).contains("theme"));
    let e = analyze_js(JsValue::from_f64(3.0), JsValue::UNDEFINED).unwrap_err();
    assert!(error_message(e).contains("input"));
    // The module keeps working after errors.
    let card = analyze_js("One. Two.".into(), options(r#"{"published": "2024-01-02", "maxSentences": 1}"#)).unwrap();
    assert_eq!(Array::from(&get(&card, "summary")).length(), 1);
    assert_eq!(get(&get(&card, "meta"), "published").as_string().as_deref(), Some("2024-01-02"));
}

#[wasm_bindgen_test]
fn render_update_destroy() {
    let target = fresh_target();
    let mut handle = render_js(SEED.into(), target.clone().into(), JsValue::UNDEFINED).unwrap();
    let shadow = target.shadow_root().expect("an open shadow root");
    let card = shadow.query_selector(".ac-card").unwrap().expect("the card is drawn");
    assert!(card.text_content().unwrap().contains("13 Feb 2023"));
    assert_eq!(shadow.query_selector_all(".ac-summary li").unwrap().length(), 3);
    let data = handle.data();
    assert_eq!(get(&get(&data, "meta"), "published").as_string().as_deref(), Some("2023-02-13"));

    handle.update("date 2024-05-01\n\nOne thing. Another.".into(), JsValue::UNDEFINED).unwrap();
    assert_eq!(shadow.query_selector_all(".ac-card").unwrap().length(), 1, "redrawn in place");
    assert_eq!(shadow.query_selector_all(".ac-summary li").unwrap().length(), 2);
    assert_eq!(get(&get(&handle.data(), "meta"), "published").as_string().as_deref(), Some("2024-05-01"));

    handle.destroy();
    assert_eq!(shadow.child_nodes().length(), 0, "nothing left behind");
    assert!(handle.data().is_null());
    handle.destroy(); // safe twice
    assert!(handle.update("x".into(), JsValue::UNDEFINED).is_err());
}

#[wasm_bindgen_test]
fn render_takes_a_selector_and_rejects_bad_targets() {
    let target = fresh_target();
    target.set_id("selector-target");
    let mut handle = render_js("Hello there.".into(), "#selector-target".into(), JsValue::UNDEFINED).unwrap();
    assert!(target.shadow_root().unwrap().query_selector(".ac-card").unwrap().is_some());
    handle.destroy();
    let e = render_js("x".into(), "#nothing-here".into(), JsValue::UNDEFINED).unwrap_err();
    assert!(error_message(e).contains("no element matches"));
    let e = render_js("x".into(), "#[".into(), JsValue::UNDEFINED).unwrap_err();
    assert!(error_message(e).contains("not a valid CSS selector"));
}
