// article-card's embed module, shipped in the package as `pkg/article-card.js` (copied by
// scripts/build.sh next to the generated `article_card.js`, which it wraps).
//
//   <script type="module" src="/pkg/article-card.js"></script>
//   <article-card for="story" published="2023-02-13" theme="auto"></article-card>
//   <div data-article-card data-for="story" data-locale="fr"></div>
//
// What it adds to the generated module:
// - `init()` may be called any number of times (one load; later calls get the same promise);
// - `render()` called before `init()` resolved returns a handle at once and draws when the
//   module is ready (`await handle.ready`); it starts loading the module if nobody did;
// - the `<article-card>` element (attributes `for`, `published`, `theme`, `max-quotes`,
//   `locale`; without `for`, its own text is the article), defined once per page;
// - auto-mount: elements marked `data-article-card` (same attributes, as `data-for` ...)
//   get their card when this module loads; `mount(root)` mounts more later.
import wasmInit, * as wasm from "./article_card.js";

let loading = null;
let loaded = false;

/** Loads the module once; every call returns the same promise. */
export default function init(arg) {
  loading ??= wasmInit(arg).then((exports) => {
    loaded = true;
    return exports;
  });
  return loading;
}

/** The card data of an article (needs `await init()` first). */
export function analyze(input, options) {
  if (!loaded) throw new Error("article-card: call `await init()` before analyze()");
  return wasm.analyze(input, options);
}

/** Draws a card; before the module is ready, a handle that draws once it is. */
export function render(input, target, options) {
  return loaded ? wasm.render(input, target, options) : new PendingCard(input, target, options);
}

/** A handle for a card asked for before the module was ready: its calls wait. */
class PendingCard {
  #handle = null;
  #destroyed = false;
  constructor(input, target, options) {
    /** Resolves to this handle once the card is drawn (rejects if it could not be). */
    this.ready = init().then(() => {
      if (!this.#destroyed) this.#handle = wasm.render(input, target, options);
      return this;
    });
  }
  get data() {
    return this.#handle?.data ?? null;
  }
  update(input, options) {
    if (this.#handle) return this.#handle.update(input, options);
    this.ready = this.ready.then(() => {
      this.#handle?.update(input, options);
      return this;
    });
  }
  destroy() {
    this.#destroyed = true;
    this.#handle?.destroy();
  }
}

/** The attributes both the element and auto-mount read (auto-mount with `data-`). */
const ATTRIBUTES = ["for", "published", "theme", "max-quotes", "locale"];

function optionsOf(el, prefix) {
  const get = (name) => el.getAttribute(prefix + name) ?? (prefix ? el.getAttribute(name) : null);
  const options = {};
  for (const name of ["published", "theme", "locale"]) {
    const v = get(name);
    if (v) options[name] = v;
  }
  const max = get("max-quotes");
  if (max) options.maxQuotes = Number(max);
  return options;
}

function articleOf(el, prefix) {
  const id = el.getAttribute(prefix + "for") || (prefix && (el.getAttribute("for") || el.getAttribute("data-article-card")));
  if (!id) return el.textContent ?? "";
  const source = el.ownerDocument.getElementById(id);
  if (!source) throw new Error(`article-card: no element with id "${id}"`);
  return source;
}

/** `<article-card>`: draws the card of the article it names (`for`) or holds. */
class ArticleCardElement extends HTMLElement {
  static observedAttributes = ATTRIBUTES;
  #handle = null;
  connectedCallback() {
    this.#draw();
  }
  disconnectedCallback() {
    this.#handle?.destroy();
    this.#handle = null;
  }
  attributeChangedCallback() {
    if (this.#handle) this.#draw();
  }
  /** The card's handle (`data`, `update`, `destroy`), or null when not on the page. */
  get handle() {
    return this.#handle;
  }
  #draw() {
    try {
      const input = articleOf(this, "");
      const options = optionsOf(this, "");
      if (this.#handle) this.#handle.update(input, options);
      else this.#handle = render(input, this, options);
      this.#handle.ready?.catch((e) => console.error(e));
    } catch (e) {
      console.error(e);
    }
  }
}

// Shared by every copy of this module on the page (a second <script> under another URL
// must not mount the same elements again).
const shared = (globalThis[Symbol.for("article-card.embed")] ??= { mounted: new WeakMap() });
const mounted = shared.mounted;

/** Draws a card into every `[data-article-card]` element under `root` not done yet. */
export function mount(root = document) {
  const handles = [];
  for (const el of root.querySelectorAll("[data-article-card]")) {
    if (mounted.has(el)) continue;
    try {
      const handle = render(articleOf(el, "data-"), el, optionsOf(el, "data-"));
      handle.ready?.catch((e) => console.error(e));
      mounted.set(el, handle);
      handles.push(handle);
    } catch (e) {
      console.error(e);
    }
  }
  return handles;
}

/** Removes the card auto-mounted into `el`. */
export function unmount(el) {
  mounted.get(el)?.destroy();
  mounted.delete(el);
}

if (typeof customElements !== "undefined" && !customElements.get("article-card")) {
  customElements.define("article-card", ArticleCardElement);
}
if (typeof document !== "undefined") {
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", () => mount(), { once: true });
  else mount();
}
