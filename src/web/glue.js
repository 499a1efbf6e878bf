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

// "Show in article" on the host page's own text: the CSS Custom Highlight API paints ranges
// without touching the page's markup; its one style rule comes in a constructable sheet
// adopted by the document (no inline style, so strict CSP pages are fine).
const HIGHLIGHT = "article-card";
let hostSheet = null;

/** Highlights `ranges` (DOM Ranges over the host's text) and scrolls to the first. */
export function highlightHost(ranges) {
  if (!globalThis.CSS?.highlights || typeof Highlight === "undefined" || ranges.length === 0) return false;
  if (!hostSheet) {
    hostSheet = new CSSStyleSheet();
    hostSheet.replaceSync(`::highlight(${HIGHLIGHT}) { background-color: #fde68a; color: #1c1e21; }`);
  }
  if (!document.adoptedStyleSheets.includes(hostSheet)) {
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, hostSheet];
  }
  CSS.highlights.set(HIGHLIGHT, new Highlight(...ranges));
  const reduce = matchMedia("(prefers-reduced-motion: reduce)").matches;
  ranges[0].startContainer.parentElement?.scrollIntoView({ block: "nearest", behavior: reduce ? "auto" : "smooth" });
  return true;
}

/** Removes the host highlight and its style sheet. */
export function clearHostHighlight() {
  globalThis.CSS?.highlights?.delete(HIGHLIGHT);
  if (hostSheet) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== hostSheet);
}
