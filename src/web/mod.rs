//! The WebAssembly API of SPEC §2: `analyze`, `render` and the handle it returns.
//!
//! Every entry point checks its arguments and returns a JavaScript `Error` with a readable
//! message; no input may panic (a panic would leave the module unusable), and
//! `console_error_panic_hook` reports one if a defect ever does.
//!
//! A drawn card lives in an open shadow root of its target, styled by one constructable
//! style sheet (no inline style: strict CSP pages need no `'unsafe-inline'`). Its root
//! element stays put across `update`s and carries one delegated listener per event type
//! ([`events`]), owned by the [`CardHandle`] and removed by `destroy` or on drop.
//!
//! `render` before `init()` resolved, the `<article-card>` element and auto-mount live in
//! the package's `article-card.js` wrapper (see `src/web/embed.js`).

mod data;
mod events;
pub mod host;
mod options;

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::Reflect;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{CssStyleSheet, Element, ShadowRoot, ShadowRootInit, ShadowRootMode};

pub use options::WebOptions;

use crate::card::{Card, ToJson};
use crate::view::{self, ViewState};
use crate::{Error, Options};

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

#[wasm_bindgen(module = "/src/web/glue.js")]
extern "C" {
    #[wasm_bindgen(js_name = formatDate)]
    fn format_date_js(locale: &str, year: i32, month: u32, day: u32) -> Option<String>;
    #[wasm_bindgen(js_name = isLocale)]
    pub(crate) fn is_locale(tag: &str) -> bool;
    #[wasm_bindgen(js_name = highlightHost)]
    fn highlight_host(ranges: &js_sys::Array) -> bool;
    #[wasm_bindgen(js_name = clearHostHighlight)]
    fn clear_host_highlight();
    #[wasm_bindgen(js_name = copyText)]
    fn copy_text(text: &str, root: &Element, back: &Element, done: &js_sys::Function);
}

/// [`view::DateFormatter`] through `Intl.DateTimeFormat`.
fn intl(locale: &str, year: i32, month: u32, day: Option<u32>) -> Option<String> {
    format_date_js(locale, year, month, day.unwrap_or(0))
}

/// Reads an article (plain text, HTML string or DOM element) and returns its card data as
/// a plain object.
#[wasm_bindgen(js_name = analyze, unchecked_return_type = "Card")]
pub fn analyze_js(
    #[wasm_bindgen(unchecked_param_type = "string | Element")] input: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Options")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let opts = WebOptions::parse(&options)?;
    let (card, _) = analyze_input(&input, &opts.core)?;
    Ok(to_js(&card))
}

/// Draws the card for `input` into an open shadow root of `target` (an element or a CSS
/// selector) and returns the handle that updates and removes it. A second `render` into
/// the same target destroys the first card.
///
/// The handle is also kept on the target (under `Symbol.for("article-card")`), so a card
/// stays interactive for as long as its target lives, even if the page drops the handle.
#[wasm_bindgen(js_name = render, unchecked_return_type = "CardHandle")]
pub fn render_js(
    #[wasm_bindgen(unchecked_param_type = "string | Element | Card")] input: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Element | string")] target: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Options")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let host = resolve_target(&target)?;
    let key = js_sys::Symbol::for_("article-card");
    if let Ok(old) = Reflect::get(&host, &key) {
        if let Ok(destroy) = Reflect::get(&old, &"destroy".into()).and_then(|f| f.dyn_into::<js_sys::Function>()) {
            let _ = destroy.call0(&old);
        }
    }
    let handle: JsValue = render(&input, &host, &options)?.into();
    Reflect::set(&host, &key, &handle)?;
    Ok(handle)
}

/// [`render_js`] for Rust callers (and tests): the handle is not kept on the target, and
/// dropping it removes the card.
pub fn render(input: &JsValue, host: &Element, options: &JsValue) -> Result<CardHandle, JsValue> {
    let opts = drawing_options(options)?;
    let (card, host_text) = analyze_input(input, &opts.core)?;
    let shadow = match host.shadow_root() {
        Some(root) => root,
        None => host
            .attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))
            .map_err(|_| Error::Dom("render: the target cannot hold a shadow root (use a div or section)".into()))?,
    };
    adopt_style(&shadow)?;
    while let Ok(Some(old)) = shadow.query_selector(":scope > .ac-card") {
        old.remove();
    }
    let document = shadow.owner_document().ok_or_else(|| Error::Dom("no document".into()))?;
    let state = ViewState::default();
    let tree = view::card(&card, &opts.view, &state);
    let root: Element = view::dom::build(&document, &tree.into(), false)?.unchecked_into();
    shadow.append_child(&root)?;
    let inner = Rc::new(RefCell::new(Inner {
        shadow,
        root: root.clone(),
        data: None,
        card,
        options: opts,
        state,
        source: input.dyn_ref::<Element>().cloned(),
        marked: RefCell::default(),
        host_text,
    }));
    let listeners = events::listen(&root, &inner)?;
    Ok(CardHandle { inner: Some(inner), listeners })
}

/// The options of a drawn card: interactive, dates through `Intl`.
fn drawing_options(options: &JsValue) -> Result<WebOptions, Error> {
    let mut opts = WebOptions::parse(options)?;
    opts.view.interactive = true;
    opts.view.formatter = Some(intl);
    Ok(opts)
}

/// What the handle and its event handlers share.
pub(crate) struct Inner {
    pub shadow: ShadowRoot,
    /// The card's root element: it stays across updates, and holds the listeners.
    pub root: Element,
    pub card: Card,
    /// The card data last drawn, as handed to JavaScript (and to `onSelect`): converted on
    /// first use, so drawing does not pay for it (about a third of the seed's render time).
    pub data: Option<JsValue>,
    pub options: WebOptions,
    /// The reader's choices (open tab, filter), kept across updates.
    pub state: ViewState,
    /// The host page's element when the input was one (for highlighting there).
    pub source: Option<Element>,
    /// The article view's paragraphs that hold marks now (redrawn on the next pick).
    pub marked: RefCell<Vec<usize>>,
    /// Then also the map from card text to its text nodes ([`host::HostText::ranges`]).
    pub host_text: Option<host::HostText>,
}

impl Inner {
    /// The card data as a JavaScript object (converted once per drawing).
    pub fn data(&mut self) -> JsValue {
        if self.data.is_none() {
            self.data = Some(to_js(&self.card));
        }
        self.data.clone().unwrap_or(JsValue::NULL)
    }
}

/// A card drawn into the page. `destroy()` (or dropping it) removes the card and its
/// listeners.
#[wasm_bindgen]
pub struct CardHandle {
    /// `None` once destroyed.
    inner: Option<Rc<RefCell<Inner>>>,
    /// The delegated listeners on the card root; dropping one removes it.
    listeners: Vec<events::Listener>,
}

#[wasm_bindgen]
impl CardHandle {
    /// Re-analyses and redraws in place, keeping the open tab. Options, when given, replace
    /// the previous ones.
    pub fn update(
        &mut self,
        #[wasm_bindgen(unchecked_param_type = "string | Element | Card")] input: JsValue,
        #[wasm_bindgen(unchecked_param_type = "Options")] options: JsValue,
    ) -> Result<(), JsValue> {
        let Some(inner) = &self.inner else {
            return Err(Error::Dom("update: this card was destroyed".into()).into());
        };
        let mut inner = inner.try_borrow_mut().map_err(|_| Error::Dom("update: the card is busy".into()))?;
        if !options.is_undefined() {
            inner.options = drawing_options(&options)?;
        }
        let (card, host_text) = analyze_input(&input, &inner.options.core)?;
        let mut state = inner.state.clone();
        if state.speaker.as_deref().is_some_and(|s| !view::quotes::speakers(&card).iter().any(|(n, _)| *n == s)) {
            state.speaker = None;
        }
        let document = inner.shadow.owner_document().ok_or_else(|| Error::Dom("no document".into()))?;
        let tree = view::card(&card, &inner.options.view, &state);
        view::dom::replace(&document, &inner.root, &tree)?;
        inner.data = None;
        inner.card = card;
        inner.state = state;
        inner.source = input.dyn_ref::<Element>().cloned();
        inner.marked = RefCell::default(); // the article view was redrawn without marks
        inner.host_text = host_text;
        Ok(())
    }

    /// The card data last drawn (`null` after destroy).
    #[wasm_bindgen(getter, unchecked_return_type = "Card | null")]
    pub fn data(&self) -> JsValue {
        self.inner.as_ref().and_then(|i| i.try_borrow_mut().ok().map(|mut i| i.data())).unwrap_or(JsValue::NULL)
    }

    /// Removes the card, its listeners and its style sheet; safe to call twice.
    pub fn destroy(&mut self) {
        self.listeners.clear(); // each removes itself
        if let Some(inner) = self.inner.take() {
            if let Ok(inner) = inner.try_borrow() {
                inner.root.remove();
                let _ = Reflect::delete_property(&inner.shadow.host(), &js_sys::Symbol::for_("article-card"));
                unadopt_style(&inner.shadow);
                events::clear_highlights(&inner);
            }
        }
    }
}

impl Drop for CardHandle {
    fn drop(&mut self) {
        self.destroy();
    }
}

/// Analyses a string (text or HTML) or an element of the host page; card data (what
/// `analyze` or the CLI returned, e.g. computed on a server) is drawn as it is. An element
/// is read from its live DOM ([`host::read`]), which also gives the map back to its text.
fn analyze_input(input: &JsValue, options: &Options) -> Result<(Card, Option<host::HostText>), Error> {
    if let Some(text) = input.as_string() {
        return Ok((crate::analyze(&text, options), None));
    }
    if let Some(el) = input.dyn_ref::<Element>() {
        let (doc, host_text) = host::read(el);
        return Ok((crate::analyze_document(doc, options), Some(host_text)));
    }
    if data::is_card(input) {
        return Ok((data::read(input), None));
    }
    Err(Error::Option("input must be a string of text or HTML, a DOM Element, or card data from analyze()".into()))
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
        Ok(None) => Err(Error::Dom(format!("render: no element matches the selector \"{selector}\""))),
        Err(_) => Err(Error::Dom(format!("render: \"{selector}\" is not a valid CSS selector"))),
    }
}

/// Card data (or one of its items) as a plain JavaScript object: written as JSON text in
/// Rust and parsed by `JSON.parse`, smaller and faster than building it field by field.
fn to_js<T: ToJson + ?Sized>(value: &T) -> JsValue {
    js_sys::JSON::parse(&value.to_json()).unwrap_or(JsValue::NULL)
}

impl Inner {
    /// The picked item as JavaScript: from the card data when already converted, else alone
    /// (a pick on a long article should not pay for converting the whole card).
    pub fn item(&self, list: &str, index: usize) -> JsValue {
        if let Some(data) = &self.data {
            return Reflect::get(data, &list.into())
                .and_then(|l| Reflect::get(&l, &JsValue::from(index as u32)))
                .unwrap_or(JsValue::NULL);
        }
        let item = match list {
            "quotes" => self.card.quotes.get(index).map(to_js),
            "dates" => self.card.dates.get(index).map(to_js),
            _ => self.card.entities.get(index).map(to_js),
        };
        item.unwrap_or(JsValue::NULL)
    }
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

/// Adds the card's sheet to the shadow root's `adoptedStyleSheets`.
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
