// The few things the card does through JavaScript itself (shipped in the package by
// wasm-bindgen as a snippet): Intl date formats, locale checks, the clipboard.

const formats = new Map();

/** True when `tag` is one well-formed BCP 47 language tag ("fr", "en-GB"). */
export function isLocale(tag) {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/** A day (or a whole month when `day` is 0) in `locale`, or undefined. Formats are cached. */
export function formatDate(locale, year, month, day) {
  try {
    const key = `${locale}|${day ? "d" : "m"}`;
    let f = formats.get(key);
    if (!f) {
      const parts = day ? { day: "numeric", month: "short" } : { month: "long" };
      f = new Intl.DateTimeFormat(locale, { timeZone: "UTC", year: "numeric", ...parts });
      formats.set(key, f);
    }
    const t = new Date(0);
    t.setUTCFullYear(year, month - 1, day || 1); // Date.UTC would read years 0-99 as 19xx
    return f.format(t);
  } catch {
    return undefined;
  }
}

/**
 * Puts `text` on the clipboard: the Clipboard API, else a selected off-screen textarea and
 * `execCommand("copy")` (older browsers, insecure origins). Calls `done(ok)` exactly once
 * (a one-shot callback from Rust frees itself then); focus goes back to `back`.
 */
export function copyText(text, root, back, done) {
  const fallback = () => {
    const area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.setAttribute("aria-hidden", "true");
    area.className = "ac-offscreen";
    root.append(area);
    area.select();
    let ok = false;
    try {
      ok = document.execCommand("copy");
    } catch {
      ok = false;
    }
    area.remove();
    back?.focus();
    return ok;
  };
  const copied = navigator.clipboard?.writeText
    ? navigator.clipboard.writeText(text).then(() => true, fallback)
    : new Promise((ok) => ok(fallback())); // synchronously, while the click still counts
  copied.then(done, () => done(false));
}
