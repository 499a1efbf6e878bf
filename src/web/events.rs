//! Event delegation: one listener per event type on the card root. A handler finds the
//! control with `closest("[data-action]")`, reads an [`Action`] and dispatches it with one
//! `match`. Listeners are owned by the handle and remove themselves when dropped.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use js_sys::{Object, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{CustomEvent, CustomEventInit, Element, Event, EventTarget, HtmlElement, KeyboardEvent};

use super::Inner;
use crate::doc::Span;
use crate::view::action::{self, Action};
use crate::view::tabs::Tab;
use crate::view::{article, quotes};

/// The name of the bubbling, composed event fired on every pick.
pub const SELECT_EVENT: &str = "article-card:select";

/// An event listener that removes itself when dropped.
pub struct Listener {
    target: EventTarget,
    kind: &'static str,
    callback: Closure<dyn FnMut(Event)>,
}

impl Listener {
    pub fn new(target: &EventTarget, kind: &'static str, f: impl FnMut(Event) + 'static) -> Result<Listener, JsValue> {
        let callback = Closure::<dyn FnMut(Event)>::new(f);
        target.add_event_listener_with_callback(kind, callback.as_ref().unchecked_ref())?;
        Ok(Listener { target: target.clone(), kind, callback })
    }
}

impl Drop for Listener {
    fn drop(&mut self) {
        let _ = self.target.remove_event_listener_with_callback(self.kind, self.callback.as_ref().unchecked_ref());
    }
}

/// The card's listeners: click and keydown on the root. They hold the card state weakly:
/// the handle owns both.
pub fn listen(root: &Element, inner: &Rc<RefCell<Inner>>) -> Result<Vec<Listener>, JsValue> {
    let weak = Rc::downgrade(inner);
    let on_click = move |e: Event| on_click(&weak, &e);
    let weak = Rc::downgrade(inner);
    let on_key = move |e: Event| on_keydown(&weak, &e);
    Ok(vec![Listener::new(root, "click", on_click)?, Listener::new(root, "keydown", on_key)?])
}

/// The control an event happened in, and its action.
fn control(e: &Event) -> Option<(Element, Action)> {
    let target: Element = e.target()?.dyn_into().ok()?;
    let control = target.closest(action::ANY).ok()??;
    let name = control.get_attribute(action::ATTR)?;
    let arg = control.get_attribute(action::ARG).unwrap_or_default();
    let action = Action::parse(&name, &arg)?;
    Some((control, action))
}

fn on_click(inner: &Weak<RefCell<Inner>>, e: &Event) {
    let (Some(inner), Some((control, action))) = (inner.upgrade(), control(e)) else {
        return;
    };
    dispatch(&inner, action, &control);
}

/// Arrow keys, Home and End move between tabs (and select: automatic activation).
fn on_keydown(inner: &Weak<RefCell<Inner>>, e: &Event) {
    let (Some(inner), Some(key)) = (inner.upgrade(), e.dyn_ref::<KeyboardEvent>()) else {
        return;
    };
    let Some((_, Action::Tab(current))) = control(e) else {
        return;
    };
    let tabs: Vec<Tab> = {
        let Ok(i) = inner.try_borrow() else { return };
        let Ok(list) = i.root.query_selector_all("[role=tab]") else { return };
        (0..list.length())
            .filter_map(|k| list.item(k)?.dyn_into::<Element>().ok()?.get_attribute(action::ARG))
            .filter_map(|name| Tab::parse(&name))
            .collect()
    };
    let Some(at) = tabs.iter().position(|t| *t == current) else {
        return;
    };
    let next = match key.key().as_str() {
        "ArrowRight" => tabs[(at + 1) % tabs.len()],
        "ArrowLeft" => tabs[(at + tabs.len() - 1) % tabs.len()],
        "Home" => tabs[0],
        "End" => tabs[tabs.len() - 1],
        _ => return,
    };
    e.prevent_default();
    let Ok(i) = inner.try_borrow() else { return };
    select_tab(&i, next);
    if let Some(tab) = by_id(&i.root, next.tab_id()) {
        if let Ok(tab) = tab.dyn_into::<HtmlElement>() {
            let _ = tab.focus();
        }
    }
    drop(i);
    if let Ok(mut i) = inner.try_borrow_mut() {
        i.state.tab = Some(next);
    };
}

/// Carries out an action. The card state is borrowed only while the card is changed; the
/// page's callbacks run after, so they may call `update` or `destroy`.
fn dispatch(inner: &Rc<RefCell<Inner>>, action: Action, control: &Element) {
    let picked = {
        let Ok(mut i) = inner.try_borrow_mut() else { return };
        match action {
            Action::Tab(t) => {
                i.state.tab = Some(t);
                select_tab(&i, t);
                None
            }
            Action::Speaker(k) => {
                let name = k.and_then(|k| quotes::speakers(&i.card).get(k).map(|(n, _)| n.to_string()));
                i.state.speaker = name;
                set_pressed(&i.root, action::SPEAKER, |c| c == control);
                filter_quotes(&i);
                None
            }
            Action::Fragments => {
                i.state.fragments = !i.state.fragments;
                let on = i.state.fragments;
                set_pressed(&i.root, action::FRAGMENTS, |_| on);
                filter_quotes(&i);
                None
            }
            Action::Copy(k) => {
                if let Some(q) = i.card.quotes.get(k) {
                    copy(&i, &quotes::attribution(q, &i.options.view), control);
                }
                None
            }
            Action::Quote(k) => {
                let spans = i.card.quotes.get(k).map(|q| {
                    if q.spans.is_empty() {
                        vec![Span { start: q.start, end: q.end }]
                    } else {
                        q.spans.clone()
                    }
                });
                spans.map(|s| pick(&i, "quote", "quotes", k, &s, control))
            }
            Action::Date(k) => {
                let spans = i.card.dates.get(k).map(|d| vec![Span { start: d.start, end: d.end }]);
                spans.map(|s| pick(&i, "date", "dates", k, &s, control))
            }
            Action::Entity(k) => {
                let spans = i.card.entities.get(k).map(|e| e.mentions.clone());
                spans.map(|s| pick(&i, "entity", "entities", k, &s, control))
            }
        }
    };
    if let Some((detail, on_select, root)) = picked {
        if let Some(f) = on_select {
            if let Err(err) = f.call1(&JsValue::NULL, &detail) {
                web_sys::console::error_2(&"article-card: onSelect threw".into(), &err);
            }
        }
        let init = CustomEventInit::new();
        init.set_bubbles(true);
        init.set_composed(true); // out of the shadow root, to the host and the document
        init.set_detail(&detail);
        if let Ok(ev) = CustomEvent::new_with_event_init_dict(SELECT_EVENT, &init) {
            let _ = root.dispatch_event(&ev);
        }
    }
}

/// What a pick hands to the page: `{ type, index, data }`, the callback, and the root.
type Picked = (JsValue, Option<js_sys::Function>, Element);

/// Marks the picked control, highlights the spans in the article view, and returns what
/// the page is told.
fn pick(i: &Inner, kind: &str, list: &str, index: usize, spans: &[Span], control: &Element) -> Picked {
    if let Ok(old) = i.root.query_selector_all("[data-selected]") {
        for k in 0..old.length() {
            if let Some(el) = old.item(k).and_then(|n| n.dyn_into::<Element>().ok()) {
                let _ = el.remove_attribute("data-selected");
            }
        }
    }
    let _ = control.set_attribute("data-selected", "");
    let also = match kind {
        "quote" => control.closest(".ac-quote").ok().flatten().into_iter().collect(),
        // A row and its mark on the axis go together: either selects both.
        "date" => {
            let group = control.closest("[data-group]").ok().flatten().and_then(|g| g.get_attribute("data-group"));
            let mark =
                group.and_then(|g| i.root.query_selector(&format!(".ac-mark[data-group=\"{g}\"]")).ok().flatten());
            let row = format!("button[{}={}][{}=\"{index}\"]", action::ATTR, action::DATE, action::ARG);
            let row = i.root.query_selector(&row).ok().flatten();
            mark.into_iter().chain(row).collect()
        }
        _ => Vec::new(),
    };
    for el in also {
        let _ = el.set_attribute("data-selected", "");
    }
    highlight(i, spans);
    let detail = Object::new();
    let data = i.item(list, index);
    let _ = Reflect::set(&detail, &"type".into(), &kind.into());
    let _ = Reflect::set(&detail, &"index".into(), &JsValue::from(index as u32));
    let _ = Reflect::set(&detail, &"data".into(), &data);
    (detail.into(), i.options.on_select.clone(), i.root.clone())
}

/// Shows the spans: in the host page's own article when the card was read from one (and the
/// browser can paint highlights), else in the card's article view (marks, opened, scrolled to).
fn highlight(i: &Inner, spans: &[Span]) {
    if highlight_in_host(i, spans) {
        return;
    }
    let Ok(Some(body)) = i.root.query_selector("#ac-article-body") else {
        return; // the article section is not shown
    };
    let Some(doc) = i.root.owner_document() else { return };
    // Redraw only the paragraphs that lose or gain a mark.
    let now = article::touched(&i.card, spans);
    let mut redraw: Vec<usize> = i.marked.replace(now.clone());
    redraw.extend(now);
    redraw = crate::view::order_by(redraw.len(), |k| redraw[k] as u64).into_iter().map(|k| redraw[k]).collect();
    redraw.dedup();
    let children = body.child_nodes();
    for (k, p) in article::paragraphs_at(&i.card, spans, &redraw) {
        let (Some(old), Ok(new)) = (children.item(k as u32), crate::view::dom::build(&doc, &p.into(), false)) else {
            continue;
        };
        if let Some(old) = old.dyn_ref::<Element>() {
            let _ = old.replace_with_with_node_1(&new);
        }
    }
    if let Ok(Some(details)) = i.root.query_selector("details.ac-article") {
        let _ = details.set_attribute("open", "");
    }
    if let Ok(Some(mark)) = body.query_selector("mark") {
        let opts = web_sys::ScrollIntoViewOptions::new();
        opts.set_block(web_sys::ScrollLogicalPosition::Nearest);
        mark.scroll_into_view_with_scroll_into_view_options(&opts);
    }
}

/// Highlights the spans in the host page's own article when the card was drawn from one and
/// the browser has the CSS Custom Highlight API; false otherwise.
fn highlight_in_host(i: &Inner, spans: &[Span]) -> bool {
    let Some(ranges) = host_ranges(i, spans) else { return false };
    super::highlight_host(&ranges)
}

/// DOM ranges over the host's text for `spans`, when the card was read from a host element
/// (the host reader's map, [`super::host::HostText::ranges`]).
fn host_ranges(i: &Inner, spans: &[Span]) -> Option<js_sys::Array> {
    let host = i.host_text.as_ref()?;
    let out = js_sys::Array::new();
    for s in spans {
        for r in host.ranges(s.start, s.end) {
            out.push(&r);
        }
    }
    Some(out)
}

/// Removes highlights the card made outside itself (on the host page).
pub fn clear_highlights(i: &Inner) {
    if i.source.is_some() {
        super::clear_host_highlight();
    }
}

/// Opens tab `t`: `aria-selected`, the single tab stop, and the panels' `hidden`.
fn select_tab(i: &Inner, t: Tab) {
    for tab in Tab::ALL {
        let on = tab == t;
        if let Some(el) = by_id(&i.root, tab.tab_id()) {
            let _ = el.set_attribute("aria-selected", if on { "true" } else { "false" });
            let _ = el.set_attribute("tabindex", if on { "0" } else { "-1" });
        }
        if let Some(panel) = by_id(&i.root, tab.panel_id()) {
            let _ = panel.toggle_attribute_with_force("hidden", !on);
        }
    }
}

/// The element of the card with this id (ids of the view are plain names: no escaping).
fn by_id(root: &Element, id: &str) -> Option<Element> {
    root.query_selector(&["#", id].concat()).ok().flatten()
}

/// Sets `aria-pressed` on the controls of one action.
fn set_pressed(root: &Element, name: &str, pressed: impl Fn(&Element) -> bool) {
    let Ok(list) = root.query_selector_all(&format!("[{}={}]", action::ATTR, name)) else { return };
    for k in 0..list.length() {
        if let Some(el) = list.item(k).and_then(|n| n.dyn_into::<Element>().ok()) {
            let _ = el.set_attribute("aria-pressed", if pressed(&el) { "true" } else { "false" });
        }
    }
}

/// Shows the quotes the speaker filter and the fragments toggle allow.
fn filter_quotes(i: &Inner) {
    let speakers = quotes::speakers(&i.card);
    let Ok(items) = i.root.query_selector_all(".ac-quote") else { return };
    for k in 0..items.length() {
        let Some(el) = items.item(k).and_then(|n| n.dyn_into::<Element>().ok()) else { continue };
        let key = el.get_attribute("data-speaker").and_then(|s| s.parse::<usize>().ok());
        let name = key.and_then(|k| speakers.get(k)).map_or("", |(n, _)| *n);
        let shown = quotes::visible(el.has_attribute("data-partial"), name, &i.state);
        let _ = el.toggle_attribute_with_force("hidden", !shown);
    }
}

/// Copies `text` and says how it went in the card's status line.
fn copy(i: &Inner, text: &str, control: &Element) {
    let status = i.root.query_selector(".ac-status").ok().flatten();
    let (ok, failed) = (i.options.view.label("copied").to_string(), i.options.view.label("copyFailed").to_string());
    let done = Closure::once_into_js(move |copied: JsValue| {
        if let Some(s) = status {
            s.set_text_content(Some(if copied.is_truthy() { &ok } else { &failed }));
        }
    });
    super::copy_text(text, &i.root, control, done.unchecked_ref());
}
