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

// ---- Hostile input through the JS API (bench/robustness issue) --------------------------

/// Evaluates a JavaScript expression (test helper for values Rust cannot build directly).
fn js(expr: &str) -> JsValue {
    js_sys::Function::new_no_args(&format!("return ({expr});")).call0(&JsValue::NULL).unwrap()
}

/// Calls `handle[name](...args)`, as a page would.
fn call(handle: &JsValue, name: &str, args: &[JsValue]) -> Result<JsValue, JsValue> {
    let f: js_sys::Function = Reflect::get(handle, &name.into())?.dyn_into()?;
    f.apply(handle, &args.iter().collect::<Array>())
}

/// The module still analyses the seed correctly.
fn still_works() {
    let card = analyze_js(SEED.into(), JsValue::UNDEFINED).expect("the module keeps working");
    assert_eq!(Array::from(&get(&card, "sentences")).length(), 18);
    assert!(Array::from(&get(&card, "quotes")).length() > 0);
}

/// Every offset of the card slices `card.text` inside its bounds.
fn offsets_are_valid(card: &JsValue) {
    let text: js_sys::JsString = get(card, "text").unchecked_into();
    let n = text.length();
    for list in ["sentences", "quotes", "dates"] {
        for item in Array::from(&get(card, list)).iter() {
            let (s, e) = (get(&item, "start").as_f64().unwrap() as u32, get(&item, "end").as_f64().unwrap() as u32);
            assert!(s <= e && e <= n, "{list}: {s}..{e} of {n}");
        }
    }
}

#[wasm_bindgen_test]
fn lone_surrogates_and_odd_strings_from_javascript() {
    for expr in [
        r#""\uD800""#,
        r#""\uDC00 said Smith. \uD83D""#,
        r#"'"\uD800 we will \uDFFF," said Mr. Smith on Monday. ' + "\uD83D\uDE00".repeat(3) + "\uDE00\uD83D""#,
        r#""\u0000".repeat(1000) + "\uFEFF\u202E\u2066""#,
        r#""\u201C".repeat(100000)"#,
        r#"String.fromCharCode(...Array.from({length: 5000}, (_, i) => 0xD800 + (i % 2048)))"#,
        r#""<p>\uD800</p><p title='\uDFFF'>x</p>""#,
    ] {
        let input = js(expr);
        let card = analyze_js(input.clone(), JsValue::UNDEFINED).expect(expr);
        offsets_are_valid(&card);
        let target = fresh_target();
        let handle = render_js(input, target.into(), JsValue::UNDEFINED).expect(expr);
        call(&handle, "destroy", &[]).unwrap();
    }
    still_works();
}

#[wasm_bindgen_test]
fn absurd_options_are_errors_or_valid_cards() {
    let cases = [
        "{maxQuotes: -1}",
        "{maxQuotes: 1e308}",
        "{maxQuotes: NaN}",
        "{maxQuotes: Infinity}",
        "{maxQuotes: -0}",
        "{maxQuotes: 2.5}",
        "{maxQuotes: '3'}",
        "{maxQuotes: 10n}",
        "{maxQuotes: {}}",
        "{maxSentences: Number.MAX_SAFE_INTEGER}",
        "{maxSentences: -Infinity}",
        "{maxSentences: [3]}",
        "{maxSentences: true}",
        "{maxSentences: null}",
        "{published: 20230213}",
        "{published: ''}",
        "{published: '2023-02-30'}",
        "{published: '9999-99-99'}",
        "{published: '-001-01-01'}",
        "{published: new Date(0)}",
        "{theme: 5}",
        "{theme: 'DARK'}",
        "{locale: 42}",
        "{locale: 'xx-@@-invalid'}",
        "{locale: 'x'.repeat(100000)}",
        "{labels: 'quotes'}",
        "{labels: {quotes: 5}}",
        "{labels: {nope: 'x'}}",
        "{labels: {quotes: 'x'.repeat(100000)}}",
        "{sections: 'all'}",
        "{sections: [1]}",
        "{sections: new Array(100000).fill('quotes')}",
        "{onSelect: 'alert(1)'}",
        "{input: 'pdf'}",
        "{input: 1}",
        "{__proto__: {maxQuotes: 1}}",
        "Object.create(null)",
        "{[Symbol('x')]: 1}",
        "{get maxQuotes() { throw new Error('getter boom') }}",
        "{get maxQuotes() { return NaN }}",
        "'options'",
        "42",
        "[]",
        "() => 1",
        "Symbol('x')",
        "true",
    ];
    for expr in cases {
        let opts = js(expr);
        match analyze_js(SEED.into(), opts.clone()) {
            Ok(card) => offsets_are_valid(&card),
            Err(e) => assert!(e.is_instance_of::<js_sys::Error>(), "{expr}: not an Error: {e:?}"),
        }
        let target = fresh_target();
        if let Ok(handle) = render_js(SEED.into(), target.into(), opts.clone()) {
            if let Err(e) = call(&handle, "update", &["One. Two.".into(), opts]) {
                assert!(e.is_instance_of::<js_sys::Error>(), "{expr}: update threw a non-Error: {e:?}");
            }
            call(&handle, "destroy", &[]).unwrap();
        }
        still_works();
    }
    // The clearly wrong ones are errors that name the option.
    for (expr, name) in [
        ("{maxQuotes: -1}", "maxQuotes"),
        ("{maxQuotes: NaN}", "maxQuotes"),
        ("{maxQuotes: 1e308}", "maxQuotes"),
        ("{maxSentences: '3'}", "maxSentences"),
        ("{published: 20230213}", "published"),
        ("{theme: 5}", "theme"),
        ("{onSelect: 'alert(1)'}", "onSelect"),
    ] {
        let e = analyze_js("text".into(), js(expr)).unwrap_err();
        assert!(error_message(e).contains(name), "{expr}");
    }
}

#[wasm_bindgen_test]
fn hostile_inputs_and_targets_are_errors() {
    for expr in ["undefined", "null", "42", "{}", "[]", "Symbol('x')", "10n", "new String('boxed')", "document"] {
        match analyze_js(js(expr), JsValue::UNDEFINED) {
            Ok(card) => offsets_are_valid(&card),
            Err(e) => assert!(e.is_instance_of::<js_sys::Error>(), "{expr}: not an Error: {e:?}"),
        }
    }
    for expr in [
        "document.createElement('input')",
        "document.createTextNode('x')",
        "document",
        "''",
        "'>>>'",
        "'#' + 'x'.repeat(100000)",
        "42",
        "null",
    ] {
        match render_js(SEED.into(), js(expr), JsValue::UNDEFINED) {
            Ok(h) => drop(call(&h, "destroy", &[]).unwrap()),
            Err(e) => assert!(e.is_instance_of::<js_sys::Error>(), "{expr}: not an Error: {e:?}"),
        }
    }
    // A detached element and one of another document.
    let detached = web_sys::window().unwrap().document().unwrap().create_element("div").unwrap();
    let h = render_js(SEED.into(), detached.into(), JsValue::UNDEFINED).unwrap();
    call(&h, "destroy", &[]).unwrap();
    let other = js("document.implementation.createHTMLDocument('x').body");
    match render_js(SEED.into(), other, JsValue::UNDEFINED) {
        Ok(h) => drop(call(&h, "destroy", &[]).unwrap()),
        Err(e) => assert!(e.is_instance_of::<js_sys::Error>()),
    }
    still_works();
}

#[wasm_bindgen_test]
fn reentrant_calls_from_option_getters_do_not_poison_the_module() {
    // Options whose getter destroys the very handle being updated: wasm-bindgen refuses the
    // aliasing with an Error, or the update sees a destroyed card; either way no panic.
    let target = fresh_target();
    let h = render_js(SEED.into(), target.clone().into(), JsValue::UNDEFINED).unwrap();
    let opts = js("{}");
    let destroy_h = js_sys::Function::new_with_args("h", "return { get maxQuotes() { h.destroy(); return 1 } }");
    let sneaky = destroy_h.call1(&JsValue::NULL, &h).unwrap();
    let _ = opts;
    if let Err(e) = call(&h, "update", &["One. Two.".into(), sneaky]) {
        assert!(e.is_instance_of::<js_sys::Error>(), "not an Error: {e:?}");
    }
    call(&h, "destroy", &[]).unwrap();
    call(&h, "destroy", &[]).unwrap();
    // A getter that calls analyze (re-entrant) while options are read.
    let reenter = js_sys::Function::new_with_args("a, s", "return { get maxQuotes() { a(s); return 2 } }");
    let analyze_closure =
        Closure::<dyn Fn(JsValue) -> JsValue>::new(|s: JsValue| analyze_js(s, JsValue::UNDEFINED).unwrap());
    let sneaky = reenter.call2(&JsValue::NULL, analyze_closure.as_ref(), &SEED.into()).unwrap();
    match analyze_js(SEED.into(), sneaky) {
        Ok(card) => offsets_are_valid(&card),
        Err(e) => assert!(e.is_instance_of::<js_sys::Error>(), "not an Error: {e:?}"),
    }
    let h = render_js(SEED.into(), target.into(), JsValue::UNDEFINED).unwrap();
    call(&h, "destroy", &[]).unwrap();
    still_works();
}

/// Options whose key listing throws (a Proxy): a clear error, and the handle keeps working.
#[wasm_bindgen_test]
fn options_whose_keys_throw_are_an_error() {
    let proxy = js("new Proxy({}, {ownKeys() { throw new Error('ownKeys boom') }})");
    let e = analyze_js("text".into(), proxy.clone()).unwrap_err();
    assert!(e.is_instance_of::<js_sys::Error>());
    let target = fresh_target();
    let h = render_js(SEED.into(), target.into(), JsValue::UNDEFINED).unwrap();
    assert!(call(&h, "update", &["One. Two.".into(), proxy]).is_err());
    call(&h, "update", &["One. Two.".into()]).expect("the handle still works");
    call(&h, "destroy", &[]).unwrap();
    still_works();
}
