//! The JavaScript options object (SPEC §2), checked key by key.
//!
//! Unknown keys and wrong types are a clear error naming the key, never a panic: options
//! come from publishers' pages, typos included.

use js_sys::{Array, Function, Object, Reflect};
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};

#[wasm_bindgen]
extern "C" {
    /// `Object.keys`, with its exception caught: a Proxy's `ownKeys` trap may throw.
    #[wasm_bindgen(js_namespace = Object, js_name = keys, catch)]
    fn object_keys(object: &Object) -> Result<Array, JsValue>;
}

/// The own enumerable keys of an object, or a clear error when listing them throws.
fn keys(object: &Object, what: &str) -> Result<Array, Error> {
    object_keys(object).map_err(|_| Error::Option(format!("{what}: its keys cannot be listed")))
}

use crate::calendar::Date;
use crate::input::InputKind;
use crate::view::{Theme, ViewOptions};
use crate::{Error, Options};

/// Every option `analyze`, `render` and `update` take.
pub const KNOWN: &[&str] =
    &["input", "published", "maxQuotes", "maxSentences", "locale", "theme", "labels", "sections", "onSelect"];

/// Parsed options: for the core, for the view, and the callback.
#[derive(Clone, Debug, Default)]
pub struct WebOptions {
    pub core: Options,
    pub view: ViewOptions,
    pub on_select: Option<Function>,
}

/// Largest count accepted for `maxQuotes` / `maxSentences`.
const MAX_COUNT: f64 = 10_000.0;

impl WebOptions {
    /// Reads an options value: `undefined` and `null` give the defaults.
    pub fn parse(value: &JsValue) -> Result<WebOptions, Error> {
        let mut out = WebOptions::default();
        if value.is_undefined() || value.is_null() {
            return Ok(out);
        }
        if !value.is_object() || value.is_function() || Array::is_array(value) {
            return Err(Error::Option("options must be an object".into()));
        }
        let obj: &Object = value.unchecked_ref();
        for key in keys(obj, "options")?.iter() {
            let name = key.as_string().unwrap_or_default();
            let v = Reflect::get(obj, &key).unwrap_or(JsValue::UNDEFINED);
            if v.is_undefined() {
                continue; // `{ theme: undefined }` means "default"
            }
            match name.as_str() {
                "input" => {
                    out.core.input = string(&name, &v).and_then(|s| {
                        InputKind::parse(&s).ok_or_else(|| bad(&name, "\"auto\", \"text\" or \"html\""))
                    })?
                }
                "published" => {
                    out.core.published = Some(
                        string(&name, &v)
                            .and_then(|s| Date::parse_ymd(&s).ok_or_else(|| bad(&name, "a date \"YYYY-MM-DD\"")))?,
                    )
                }
                "maxQuotes" => out.core.max_quotes = Some(count(&name, &v)?),
                "maxSentences" => out.core.max_sentences = count(&name, &v)?,
                "locale" => {
                    let tag = string(&name, &v)?;
                    if !super::is_locale(&tag) {
                        return Err(bad(&name, "a BCP 47 language tag such as \"fr\" or \"en-GB\""));
                    }
                    out.view.locale = Some(tag)
                }
                "theme" => {
                    out.view.theme = string(&name, &v)
                        .and_then(|s| Theme::parse(&s).ok_or_else(|| bad(&name, "\"auto\", \"light\" or \"dark\"")))?
                }
                "labels" => out.view.labels = labels(&v)?,
                "sections" => out.view.sections = Some(sections(&v)?),
                "onSelect" => {
                    out.on_select = Some(v.dyn_into::<Function>().map_err(|_| bad("onSelect", "a function"))?)
                }
                _ => {
                    return Err(Error::Option(format!(
                        "unknown option \"{name}\" (known options: {})",
                        KNOWN.join(", ")
                    )))
                }
            }
        }
        Ok(out)
    }
}

fn bad(name: &str, expected: &str) -> Error {
    Error::Option(format!("option \"{name}\" must be {expected}"))
}

fn string(name: &str, v: &JsValue) -> Result<String, Error> {
    v.as_string().ok_or_else(|| bad(name, "a string"))
}

fn count(name: &str, v: &JsValue) -> Result<usize, Error> {
    match v.as_f64() {
        Some(n) if n.is_finite() && n >= 0.0 && n.fract() == 0.0 && n <= MAX_COUNT => Ok(n as usize),
        _ => Err(bad(name, "a whole number from 0 to 10000")),
    }
}

fn labels(v: &JsValue) -> Result<Vec<(String, String)>, Error> {
    if !v.is_object() || Array::is_array(v) || v.is_function() {
        return Err(bad("labels", "an object of strings"));
    }
    let obj: &Object = v.unchecked_ref();
    let mut out = Vec::new();
    for key in keys(obj, "labels")?.iter() {
        let k = key.as_string().unwrap_or_default();
        let text = Reflect::get(obj, &key).ok().and_then(|t| t.as_string());
        match text {
            Some(t) if crate::view::LABELS.iter().any(|(name, _)| *name == k) => out.push((k, t)),
            Some(_) => {
                let names: Vec<&str> = crate::view::LABELS.iter().map(|(n, _)| *n).collect();
                return Err(Error::Option(format!("unknown label \"{k}\" (known labels: {})", names.join(", "))));
            }
            None => return Err(Error::Option(format!("label \"{k}\" must be a string"))),
        }
    }
    Ok(out)
}

fn sections(v: &JsValue) -> Result<Vec<String>, Error> {
    let arr = v.dyn_ref::<Array>().ok_or_else(|| bad("sections", "an array of section names"))?;
    let mut out = Vec::new();
    for item in arr.iter() {
        match item.as_string() {
            Some(s) if crate::view::SECTIONS.contains(&s.as_str()) => out.push(s),
            _ => {
                return Err(Error::Option(format!(
                    "sections: each must be one of {}",
                    crate::view::SECTIONS.join(", ")
                )))
            }
        }
    }
    Ok(out)
}
