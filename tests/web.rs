//! Browser tests of the wasm API (SPEC §2): `wasm-pack test --headless --chrome`.
#![cfg(target_arch = "wasm32")]

use article_card::web::{analyze_js, render, render_js};
use std::cell::RefCell;
use std::rc::Rc;

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{Element, ShadowRoot};

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
    let mut handle = render(&SEED.into(), &target, &JsValue::UNDEFINED).unwrap();
    let shadow = target.shadow_root().expect("an open shadow root");
    let card = shadow.query_selector(".ac-card").unwrap().expect("the card is drawn");
    assert!(card.text_content().unwrap().contains("13 Feb 2023"));
    assert_eq!(shadow.query_selector_all(".ac-summary li").unwrap().length(), 3);
    let data = handle.data();
    assert_eq!(get(&get(&data, "meta"), "published").as_string().as_deref(), Some("2023-02-13"));

    let root = shadow.query_selector(".ac-card").unwrap().unwrap();
    handle.update("date 2024-05-01\n\nOne thing. Another.".into(), JsValue::UNDEFINED).unwrap();
    assert_eq!(shadow.query_selector_all(".ac-card").unwrap().length(), 1, "redrawn in place");
    assert!(root.is_connected(), "the same root element (it holds the listeners)");
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
    let handle = render_js("Hello there.".into(), "#selector-target".into(), JsValue::UNDEFINED).unwrap();
    assert!(target.shadow_root().unwrap().query_selector(".ac-card").unwrap().is_some());
    // The handle is kept on the target, and a second render replaces the first card.
    assert_eq!(Reflect::get(&target, &js_sys::Symbol::for_("article-card").into()).unwrap(), handle);
    render_js("Again.".into(), "#selector-target".into(), JsValue::UNDEFINED).unwrap();
    assert_eq!(target.shadow_root().unwrap().query_selector_all(".ac-card").unwrap().length(), 1);
    let e = render_js("x".into(), "#nothing-here".into(), JsValue::UNDEFINED).unwrap_err();
    assert!(error_message(e).contains("no element matches"));
    let e = render_js("x".into(), "#[".into(), JsValue::UNDEFINED).unwrap_err();
    assert!(error_message(e).contains("not a valid CSS selector"));
}

/// The seed's card as the extractors should find it (quotes, dates, entities), written by hand.
const FIXTURE: &str = include_str!("fixtures/card/seed.card.json");

fn fixture() -> JsValue {
    js_sys::JSON::parse(FIXTURE).unwrap()
}

fn q(root: &ShadowRoot, sel: &str) -> Element {
    root.query_selector(sel).unwrap().unwrap_or_else(|| panic!("no {sel}"))
}

fn all(root: &ShadowRoot, sel: &str) -> Vec<Element> {
    let list = root.query_selector_all(sel).unwrap();
    (0..list.length()).map(|i| list.item(i).unwrap().unchecked_into()).collect()
}

fn click(el: &Element) {
    el.unchecked_ref::<web_sys::HtmlElement>().click();
}

fn key(el: &Element, key: &str) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    let ev = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    el.dispatch_event(&ev).unwrap();
}

fn visible_quotes(root: &ShadowRoot) -> usize {
    all(root, ".ac-quote").iter().filter(|e| !e.has_attribute("hidden")).count()
}

#[wasm_bindgen_test]
fn tabs_have_roles_and_switch_by_click_and_keys() {
    let target = fresh_target();
    let _handle = render(&fixture(), &target, &JsValue::UNDEFINED).unwrap();
    let root = target.shadow_root().unwrap();
    assert_eq!(q(&root, "[role=tablist]").get_attribute("aria-label").as_deref(), Some("Card sections"));
    let tabs = all(&root, "[role=tab]");
    let names: Vec<String> = tabs.iter().map(|t| t.text_content().unwrap()).collect();
    assert_eq!(names, ["Quotes 10", "Timeline 9", "People & places 14"]);
    for t in &tabs {
        let panel = q(&root, &format!("#{}", t.get_attribute("aria-controls").unwrap()));
        assert_eq!(panel.get_attribute("role").as_deref(), Some("tabpanel"));
        assert_eq!(panel.get_attribute("aria-labelledby"), t.get_attribute("id"));
    }
    let selected = |root: &ShadowRoot| -> Vec<(String, String, bool)> {
        all(root, "[role=tab]")
            .iter()
            .map(|t| {
                let panel = q(root, &format!("#{}", t.get_attribute("aria-controls").unwrap()));
                (
                    t.get_attribute("aria-selected").unwrap(),
                    t.get_attribute("tabindex").unwrap(),
                    panel.has_attribute("hidden"),
                )
            })
            .collect()
    };
    let on = |k: usize| -> Vec<(String, String, bool)> {
        (0..3)
            .map(|i| if i == k { ("true".into(), "0".into(), false) } else { ("false".into(), "-1".into(), true) })
            .collect()
    };
    assert_eq!(selected(&root), on(0));
    click(&tabs[1]);
    assert_eq!(selected(&root), on(1));
    key(&tabs[1], "ArrowRight");
    assert_eq!(selected(&root), on(2));
    key(&tabs[2], "ArrowRight");
    assert_eq!(selected(&root), on(0), "wraps around");
    key(&tabs[0], "End");
    assert_eq!(selected(&root), on(2));
    key(&tabs[2], "Home");
    assert_eq!(selected(&root), on(0));
    key(&tabs[0], "ArrowLeft");
    assert_eq!(selected(&root), on(2));
    let active = web_sys::window().unwrap().document().unwrap().active_element().unwrap();
    assert_eq!(active, target, "focus is in the card (on its host from outside)");
    assert_eq!(root.active_element().unwrap(), tabs[2], "the selected tab has focus");
}

#[wasm_bindgen_test]
fn speaker_chip_and_fragments_toggle_filter_quotes() {
    let target = fresh_target();
    let _handle = render(&fixture(), &target, &JsValue::UNDEFINED).unwrap();
    let root = target.shadow_root().unwrap();
    assert_eq!(visible_quotes(&root), 5, "fragments start hidden");
    let chips = all(&root, "[data-action=speaker]");
    let labels: Vec<String> = chips.iter().map(|c| c.text_content().unwrap()).collect();
    assert_eq!(labels, ["All 10", "Jens Stoltenberg 8", "Russia 2"]);
    click(&q(&root, "[data-action=fragments]"));
    assert_eq!(visible_quotes(&root), 10);
    click(&chips[2]);
    assert_eq!(visible_quotes(&root), 2);
    assert_eq!(chips[2].get_attribute("aria-pressed").as_deref(), Some("true"));
    assert_eq!(chips[0].get_attribute("aria-pressed").as_deref(), Some("false"));
    click(&q(&root, "[data-action=fragments]"));
    assert_eq!(visible_quotes(&root), 0, "Russia's two quotes are both fragments");
    click(&chips[0]);
    assert_eq!(visible_quotes(&root), 5);
    // Best first: the split quote with score 0.92 leads, with speaker, role and date.
    let first = q(&root, ".ac-quote");
    let text = first.text_content().unwrap();
    assert!(text.starts_with("What we see is President Putin"), "{text}");
    assert!(text.contains("Jens Stoltenberg, NATO Secretary-General · 13 Feb 2023"), "{text}");
}

#[wasm_bindgen_test]
fn picks_highlight_in_the_article_and_fire_select() {
    let target = fresh_target();
    let seen = Rc::new(RefCell::new(Vec::<String>::new()));
    let log = seen.clone();
    let on_select = Closure::<dyn FnMut(JsValue)>::new(move |d: JsValue| {
        let kind = get(&d, "type").as_string().unwrap();
        let index = get(&d, "index").as_f64().unwrap();
        log.borrow_mut().push(format!("{kind}:{index}"));
    });
    let opts = Object::new();
    Reflect::set(&opts, &"onSelect".into(), on_select.as_ref()).unwrap();
    let events = Rc::new(RefCell::new(Vec::<String>::new()));
    let elog = events.clone();
    let on_event = Closure::<dyn FnMut(web_sys::CustomEvent)>::new(move |e: web_sys::CustomEvent| {
        elog.borrow_mut().push(get(&get(&e.detail(), "data"), "name").as_string().unwrap_or_default());
    });
    let body = web_sys::window().unwrap().document().unwrap().body().unwrap();
    body.add_event_listener_with_callback("article-card:select", on_event.as_ref().unchecked_ref()).unwrap();

    let _handle = render(&fixture(), &target, &opts.into()).unwrap();
    let root = target.shadow_root().unwrap();
    assert!(!q(&root, "details.ac-article").has_attribute("open"));
    click(&q(&root, ".ac-quote [data-action=quote]"));
    let marks: Vec<String> = all(&root, ".ac-article-body mark").iter().map(|m| m.text_content().unwrap()).collect();
    assert_eq!(
        marks,
        [
            "What we see is President Putin and Russia still wanting to control Ukraine,",
            "We see how they are sending more troops, more weapons, more capabilities."
        ]
    );
    assert!(q(&root, "details.ac-article").has_attribute("open"));
    click(&all(&root, "[role=tab]")[2]);
    let ukraine =
        all(&root, "[data-action=entity]").into_iter().find(|c| c.text_content().unwrap().starts_with("Ukraine"));
    click(&ukraine.unwrap());
    assert_eq!(all(&root, ".ac-article-body mark").len(), 12, "Ukraine's 12 mentions");
    let date = all(&root, "[data-action=date]").into_iter().find(|e| e.tag_name() == "BUTTON").unwrap();
    click(&date);
    assert_eq!(seen.borrow().len(), 3);
    assert_eq!(seen.borrow()[0], "quote:2");
    assert!(seen.borrow()[2].starts_with("date:"));
    assert_eq!(events.borrow()[1], "Ukraine", "bubbling, composed event with the item's data");
    body.remove_event_listener_with_callback("article-card:select", on_event.as_ref().unchecked_ref()).unwrap();
}

#[wasm_bindgen_test]
fn update_keeps_the_open_tab_and_destroy_removes_listeners() {
    let target = fresh_target();
    let count = Rc::new(RefCell::new(0));
    let c = count.clone();
    let on_select = Closure::<dyn FnMut(JsValue)>::new(move |_| *c.borrow_mut() += 1);
    let opts = Object::new();
    Reflect::set(&opts, &"onSelect".into(), on_select.as_ref()).unwrap();
    let mut handle = render(&fixture(), &target, &opts.clone().into()).unwrap();
    let root = target.shadow_root().unwrap();
    let card = q(&root, ".ac-card");
    click(&all(&root, "[role=tab]")[1]);
    handle.update(fixture(), opts.into()).unwrap();
    assert_eq!(all(&root, "[role=tab]")[1].get_attribute("aria-selected").as_deref(), Some("true"));
    assert!(q(&root, "#ac-panel-quotes").has_attribute("hidden"));
    let row = q(&root, "button[data-action=date]");
    click(&row);
    assert_eq!(*count.borrow(), 1);
    handle.destroy();
    assert_eq!(root.child_nodes().length(), 0);
    // The detached root no longer reacts: its listeners are gone.
    click(&row);
    card.unchecked_ref::<web_sys::HtmlElement>().click();
    assert_eq!(*count.borrow(), 1);
}

#[wasm_bindgen_test]
fn labels_locale_and_sections() {
    let target = fresh_target();
    let opts = options(
        r#"{"locale": "fr", "labels": {"quotes": "Citations", "copy": "Copier"}, "sections": ["quotes", "timeline"]}"#,
    );
    let _handle = render(&fixture(), &target, &opts).unwrap();
    let root = target.shadow_root().unwrap();
    assert_eq!(all(&root, "[role=tab]")[0].text_content().unwrap(), "Citations 10");
    assert_eq!(all(&root, "[role=tab]").len(), 2);
    assert_eq!(q(&root, "[data-action=copy]").text_content().unwrap(), "Copier");
    assert_eq!(q(&root, ".ac-facts time").text_content().unwrap(), "13 févr. 2023");
    assert!(root.query_selector("details").unwrap().is_none());
    let e = render(&fixture(), &fresh_target(), &options(r#"{"locale": "not a locale!"}"#)).err().unwrap();
    assert!(error_message(e).contains("locale"));
    let e = render(&fixture(), &fresh_target(), &options(r#"{"labels": {"quotez": "x"}}"#)).err().unwrap();
    assert!(error_message(e).contains("unknown label \"quotez\""));
}

#[wasm_bindgen_test]
fn timeline_axis_is_svg_and_hostile_text_stays_text() {
    let target = fresh_target();
    let _handle = render(&fixture(), &target, &JsValue::UNDEFINED).unwrap();
    let root = target.shadow_root().unwrap();
    let svg = q(&root, "svg.ac-axis");
    assert_eq!(svg.namespace_uri().as_deref(), Some("http://www.w3.org/2000/svg"));
    assert_eq!(all(&root, "svg circle").len(), 5, "11, 13, 14, 24 February and the month");
    assert_eq!(all(&root, "svg .ac-axis-pub").len(), 1);
    let rel = q(&root, ".ac-rel").text_content().unwrap();
    assert_eq!(rel, "the day after publication");
    let hostile = "title <img src=x onerror=alert(1)>\n\n\"<script>x</script>\" he said.";
    let t2 = fresh_target();
    let _h2 = render(&hostile.into(), &t2, &JsValue::UNDEFINED).unwrap();
    let r2 = t2.shadow_root().unwrap();
    assert!(r2.query_selector("img, script").unwrap().is_none());
    assert!(q(&r2, ".ac-title").text_content().unwrap().contains("<img"));
}

#[wasm_bindgen_test]
fn hostile_card_data_draws_without_panicking() {
    // Offsets reversed, past the end and inside a surrogate pair; indexes out of range; odd
    // values and kinds; NaN score: the card draws what makes sense and picks still work.
    let data = options(
        r#"{"meta": {"title": 5, "published": "2023-02-30", "words": -3},
            "text": "A 😀 b. Second sentence here.",
            "sentences": [{"start": 9, "end": 2, "paragraph": 0}, {"start": 3, "end": 99999, "paragraph": 7}],
            "summary": [0, 1, 42],
            "quotes": [{"kind": "weird", "text": "x", "start": 3, "end": 1e12, "spans": [{"start": 3, "end": 4}],
                        "speaker": null, "partial": true, "score": "high", "date": "soon"}],
            "dates": [{"text": "b", "start": 5, "end": 4, "type": "SET", "value": "9999-12-31", "sentence": 99},
                      {"text": "c", "start": 1, "end": 2, "value": "0000-01-01"}, {"value": "2023-W99"}],
            "entities": [{"name": "", "kind": "alien", "mentions": [{"start": -1, "end": 3}, {}]}]}"#,
    );
    let target = fresh_target();
    let _handle = render(&data, &target, &JsValue::UNDEFINED).unwrap();
    let root = target.shadow_root().unwrap();
    for sel in ["[data-action=quote]", "[data-action=copy]", "button[data-action=date]", "[data-action=entity]"] {
        for el in all(&root, sel) {
            click(&el);
        }
    }
    click(&q(&root, "[data-action=fragments]"));
    assert!(q(&root, ".ac-card").text_content().unwrap().contains("Second sentence"));
    // The module still works afterwards.
    assert!(analyze_js("One. Two.".into(), JsValue::UNDEFINED).is_ok());
}
