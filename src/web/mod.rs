//! The WebAssembly API of SPEC §2: `analyze`, `render` and the handle it returns.
//!
//! Every entry point checks its arguments and returns a JavaScript `Error` with a readable
//! message; no input may panic (a panic would leave the module unusable), and
//! `console_error_panic_hook` reports one if a defect ever does.

mod options;

use std::cell::RefCell;

use js_sys::Reflect;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{CssStyleSheet, Element, ShadowRoot, ShadowRootInit, ShadowRootMode};

pub use options::WebOptions;

use crate::card::Card;
use crate::{view, Error};

impl From<Error> for JsValue {
    fn from(e: Error) -> JsValue {
        js_sys::Error::new(&e.to_string()).into()
    }
}

#[wasm_bindgen(start)]
fn start() {
    console_error_panic_hook::set_once();
}

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &str = include_str!("types.d.ts");

/// Reads an article (plain text, HTML string or DOM element) and returns its card data as
/// a plain object.
#[wasm_bindgen(js_name = analyze, unchecked_return_type = "Card")]
pub fn analyze_js(
    #[wasm_bindgen(unchecked_param_type = "string | Element")] input: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Options")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let opts = WebOptions::parse(&options)?;
    let card = analyze_input(&input, &opts)?;
    Ok(to_js(&card)?)
}

/// Draws the card for `input` into an open shadow root of `target` (an element or a CSS
/// selector) and returns the handle that updates and removes it.
#[wasm_bindgen(js_name = render)]
pub fn render_js(
    #[wasm_bindgen(unchecked_param_type = "string | Element")] input: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Element | string")] target: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Options")] options: JsValue,
) -> Result<CardHandle, JsValue> {
    let opts = WebOptions::parse(&options)?;
    let host = resolve_target(&target)?;
    let shadow = match host.shadow_root() {
        Some(root) => root,
        None => host
            .attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))
            .map_err(|_| Error::Dom("render: the target cannot hold a shadow root (use a div or section)".into()))?,
    };
    adopt_style(&shadow)?;
    // A second render into the same target replaces the first card.
    while let Ok(Some(old)) = shadow.query_selector(":scope > .ac-card") {
        old.remove();
    }
    let mut handle = CardHandle { shadow: Some(shadow), root: None, data: JsValue::NULL, options: opts };
    handle.draw(&input)?;
    Ok(handle)
}

/// A card drawn into the page. `destroy()` removes it; dropping the handle does not.
#[wasm_bindgen]
#[derive(Debug)]
pub struct CardHandle {
    /// The shadow root the card lives in; `None` once destroyed.
    shadow: Option<ShadowRoot>,
    /// The card's root element inside the shadow root.
    root: Option<Element>,
    /// The card data last drawn, as handed to JavaScript.
    data: JsValue,
    options: WebOptions,
}

#[wasm_bindgen]
impl CardHandle {
    /// Re-analyses and redraws in place. Options, when given, replace the previous ones.
    pub fn update(
        &mut self,
        #[wasm_bindgen(unchecked_param_type = "string | Element")] input: JsValue,
        #[wasm_bindgen(unchecked_param_type = "Options")] options: JsValue,
    ) -> Result<(), JsValue> {
        if self.shadow.is_none() {
            return Err(Error::Dom("update: this card was destroyed".into()).into());
        }
        if !options.is_undefined() {
            self.options = WebOptions::parse(&options)?;
        }
        self.draw(&input)
    }

    /// The card data last drawn (`null` after destroy).
    #[wasm_bindgen(getter, unchecked_return_type = "Card | null")]
    pub fn data(&self) -> JsValue {
        self.data.clone()
    }

    /// Removes the card and everything it added; safe to call twice.
    pub fn destroy(&mut self) {
        if let Some(root) = self.root.take() {
            root.remove();
        }
        if let Some(shadow) = self.shadow.take() {
            unadopt_style(&shadow);
        }
        self.data = JsValue::NULL;
    }
}

impl CardHandle {
    fn draw(&mut self, input: &JsValue) -> Result<(), JsValue> {
        let shadow = self.shadow.as_ref().ok_or_else(|| Error::Dom("this card was destroyed".into()))?;
        let card = analyze_input(input, &self.options)?;
        let document = shadow.owner_document().ok_or_else(|| Error::Dom("no document".into()))?;
        let tree = view::card(&card, &self.options.view);
        let node: Element = view::dom::build(&document, &tree.into(), false)?.unchecked_into();
        match &self.root {
            Some(old) => old.replace_with_with_node_1(&node)?,
            None => {
                shadow.append_child(&node)?;
            }
        }
        self.root = Some(node);
        self.data = to_js(&card)?;
        Ok(())
    }
}

/// Analyses a string (text or HTML) or an element of the host page.
fn analyze_input(input: &JsValue, options: &WebOptions) -> Result<Card, Error> {
    if let Some(text) = input.as_string() {
        return Ok(crate::analyze(&text, &options.core));
    }
    if let Some(el) = input.dyn_ref::<Element>() {
        let mut core = options.core.clone();
        core.input = crate::InputKind::Html;
        return Ok(crate::analyze(&el.outer_html(), &core));
    }
    Err(Error::Option("input must be a string of text or HTML, or a DOM Element".into()))
}

/// The target element: an `Element`, or a CSS selector string that matches one.
fn resolve_target(target: &JsValue) -> Result<Element, Error> {
    if let Some(el) = target.dyn_ref::<Element>() {
        return Ok(el.clone());
    }
    let Some(selector) = target.as_string() else {
        return Err(Error::Dom("render: target must be an Element or a CSS selector string".into()));
    };
    let document =
        web_sys::window().and_then(|w| w.document()).ok_or_else(|| Error::Dom("render: no document".into()))?;
    match document.query_selector(&selector) {
        Ok(Some(el)) => Ok(el),
        Ok(None) => Err(Error::Dom(format!("render: no element matches the selector {selector:?}"))),
        Err(_) => Err(Error::Dom(format!("render: {selector:?} is not a valid CSS selector"))),
    }
}

/// Serialises the card as a plain object (maps as objects, not `Map`).
fn to_js(card: &Card) -> Result<JsValue, Error> {
    use serde::Serialize;
    let ser = serde_wasm_bindgen::Serializer::new().serialize_maps_as_objects(true);
    card.serialize(&ser).map_err(|e| Error::Dom(format!("cannot convert the card: {e}")))
}

thread_local! {
    /// The card's style sheet, built once and shared by every card of the page.
    static SHEET: RefCell<Option<CssStyleSheet>> = const { RefCell::new(None) };
}

fn sheet() -> Result<CssStyleSheet, Error> {
    SHEET.with(|cell| {
        if let Some(s) = cell.borrow().as_ref() {
            return Ok(s.clone());
        }
        let s = CssStyleSheet::new().map_err(|_| Error::Dom("constructable style sheets are not supported".into()))?;
        s.replace_sync(view::STYLE).map_err(|_| Error::Dom("the card style sheet was refused".into()))?;
        *cell.borrow_mut() = Some(s.clone());
        Ok(s)
    })
}

/// Adds the card's sheet to the shadow root's `adoptedStyleSheets` (no inline styles, so a
/// strict Content-Security-Policy needs no `'unsafe-inline'`).
fn adopt_style(shadow: &ShadowRoot) -> Result<(), Error> {
    let sheet = sheet()?;
    let list = adopted(shadow);
    if !list.includes(&sheet, 0) {
        list.push(&sheet);
        Reflect::set(shadow, &"adoptedStyleSheets".into(), &list)
            .map_err(|_| Error::Dom("cannot adopt the style sheet".into()))?;
    }
    Ok(())
}

fn unadopt_style(shadow: &ShadowRoot) {
    if let Ok(sheet) = sheet() {
        let list = adopted(shadow);
        let kept = list.filter(&mut |s, _, _| s != JsValue::from(sheet.clone()));
        let _ = Reflect::set(shadow, &"adoptedStyleSheets".into(), &kept);
    }
}

fn adopted(shadow: &ShadowRoot) -> js_sys::Array {
    Reflect::get(shadow, &"adoptedStyleSheets".into())
        .ok()
        .and_then(|v| v.dyn_into::<js_sys::Array>().ok())
        .map(|a| a.slice(0, a.length()))
        .unwrap_or_default()
}
