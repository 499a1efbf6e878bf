// Security in real Chromium: articles stuffed with script-injection payloads render as
// inert text, and the card works under a strict Content-Security-Policy with Trusted Types.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start } from "./browser.mjs";
import { PAYLOADS } from "./pages/payloads.js";

let env, cspEnv;
before(async () => {
  env = await start();
  cspEnv = await start({ csp: true });
});
after(async () => {
  await env?.close();
  await cspEnv?.close();
});

/** Opens `path`, recording every request a payload could make. */
async function open(e, path) {
  const page = await e.page();
  const leaks = [];
  page.on("request", (r) => {
    const u = new URL(r.url());
    if (u.pathname.startsWith("/__leak") || u.protocol === "javascript:") leaks.push(r.url());
  });
  page.on("dialog", (d) => { leaks.push(`dialog: ${d.message()}`); d.dismiss(); });
  await page.goto(e.url + path);
  await page.waitForSelector("body[data-ready]", { timeout: 15000 });
  page.leaks = leaks;
  return page;
}

/** Everything in the card that could run code or fetch: elements, attributes, URLs. */
function inspect(hostIds) {
  const report = { tags: new Set(), handlers: [], urls: [], styles: [], text: "" };
  for (const id of hostIds) {
    const root = document.getElementById(id).shadowRoot;
    if (!root) throw new Error(`#${id} has no card`);
    for (const el of root.querySelectorAll("*")) {
      report.tags.add(el.localName);
      for (const a of el.attributes) {
        if (/^on/i.test(a.name)) report.handlers.push(`${el.localName}[${a.name}]`);
        if (/^(href|src|srcdoc|action|formaction|data|xlink:href)$/i.test(a.name)) report.urls.push(a.value);
        if (a.name === "style") report.styles.push(a.value);
      }
    }
    report.text += root.textContent;
  }
  return { ...report, tags: [...report.tags].sort() };
}

test("payloads in text, HTML and element input stay inert text", async () => {
  const page = await open(env, "/tests/e2e/pages/security.html");
  assert.equal(await page.getAttribute("body", "data-ready"), "true", String(page.errors));
  // Give images, animations and refreshes time to fire, and try the links.
  await page.waitForTimeout(600);
  const r = await page.evaluate(inspect, ["card-text", "card-html", "card-element"]);
  // The card's own markup has buttons, details and an SVG timeline; none of these, which
  // only an article could bring, may appear.
  const dangerous = ["script", "img", "iframe", "frame", "object", "embed", "math", "style", "link", "meta", "base",
    "form", "input", "textarea", "template", "noscript", "animate", "set", "use", "image", "foreignobject",
    "foreignObject", "video", "audio", "source", "marquee", "mglyph", "mtext"];
  assert.deepEqual(r.tags.filter((t) => dangerous.includes(t)), [], `elements in the card: ${r.tags}`);
  assert.deepEqual(r.handlers, [], "event-handler attributes in the card");
  assert.deepEqual(r.urls.filter((u) => /^\s*(javascript|data|vbscript):/i.test(u)), [], "script URLs in the card");
  assert.deepEqual(r.styles, [], "inline styles in the card");
  // The payloads are shown, as text.
  assert.ok(r.text.includes("<img src=x onerror="), "the payload text is shown verbatim");
  assert.ok(r.text.includes("{{constructor.constructor("), "template syntax is shown verbatim");
  // Click every link of the cards: none may run script.
  for (const id of ["card-text", "card-html", "card-element"]) {
    const links = page.locator(`#${id} a[href]`);
    for (let i = 0; i < (await links.count()); i++) await links.nth(i).click({ timeout: 2000 }).catch(() => {});
  }
  await page.waitForTimeout(200);
  const hits = await page.evaluate(() => window.__hits);
  assert.deepEqual(hits, [], "payloads that ran");
  assert.deepEqual(page.leaks, [], "requests made by payloads");
  assert.deepEqual(page.errors, []);
  // The data keeps the payloads as plain strings, at the right offsets.
  const ok = await page.evaluate(() => {
    const c = window.cards.text;
    return c.quotes.length > 0 && c.quotes.every((q) => c.text.slice(q.start, q.end).length === q.end - q.start);
  });
  assert.ok(ok, "quotes of the hostile text");
});

test("every payload name is covered", () => {
  const names = PAYLOADS.map(([n]) => n);
  assert.equal(new Set(names).size, names.length);
  for (const family of ["script", "img-onerror", "js-link", "svg-onload", "math", "mxss-noscript", "css-import", "template-moustache"]) {
    assert.ok(names.includes(family), family);
  }
});

test("under a strict CSP with Trusted Types the card draws with no violation", async () => {
  const page = await open(cspEnv, "/tests/e2e/pages/csp.html");
  const headers = await page.evaluate(async () => (await fetch(location.href)).headers.get("content-security-policy"));
  assert.match(headers, /require-trusted-types-for 'script'/);
  assert.match(headers, /script-src 'self' 'wasm-unsafe-eval'/);
  const state = await page.evaluate(() => ({
    ready: document.body.dataset.ready,
    violations: window.__violations,
    errors: window.__errors,
    hits: window.__hits,
    cards: document.querySelectorAll("#card, #card-hostile").length,
    drawn: [...document.querySelectorAll("#card, #card-hostile")].map((h) => !!h.shadowRoot?.querySelector(".ac-card")),
    summary: document.querySelector("#card").shadowRoot?.querySelectorAll(".ac-summary li").length ?? 0,
  }));
  await page.waitForTimeout(300);
  const later = await page.evaluate(() => ({ violations: window.__violations, hits: window.__hits }));
  assert.equal(state.ready, "true", `errors: ${state.errors}`);
  assert.deepEqual(state.drawn, [true, true]);
  assert.ok(state.summary >= 1);
  assert.deepEqual(later.violations, [], "CSP violation reports");
  assert.deepEqual(state.errors, []);
  assert.deepEqual(later.hits, []);
  assert.deepEqual(page.errors, [], "console errors");
  assert.deepEqual(page.leaks, []);
});
