// The interactive card in Chromium: the hand-written seed card (tests/fixtures/card), the
// seed article through the demo, the embed module (element, auto-mount), destroy.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start } from "./browser.mjs";

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

/** A page in a context that may use the clipboard. */
async function page(path, { viewport = { width: 960, height: 900 }, colorScheme = "light" } = {}) {
  const context = await env.browser.newContext({ viewport, colorScheme, permissions: ["clipboard-read", "clipboard-write"] });
  const p = await context.newPage();
  p.errors = [];
  p.on("pageerror", (e) => p.errors.push(e.message));
  p.on("console", (m) => m.type() === "error" && p.errors.push(m.text()));
  await p.goto(env.url + path);
  return p;
}

const fixture = async (query = "") => {
  const p = await page(`/tests/e2e/pages/fixture.html${query}`);
  await p.waitForSelector("body[data-ready=true]", { timeout: 15000 });
  return p;
};

/** Runs `fn(root)` in the page with the shadow root of `#card` (or `host`). */
const inCard = (p, fn, host = "#card") =>
  p.evaluate(([src, host]) => (0, eval)(src)(document.querySelector(host).shadowRoot), [fn.toString(), host]);

const tabsState = (p) =>
  inCard(p, (r) => [...r.querySelectorAll("[role=tab]")].map((t) => `${t.textContent}:${t.getAttribute("aria-selected")}:${t.tabIndex}`));

test("render before init waits, and the card shows quotes with speakers", async () => {
  const p = await fixture();
  const quotes = await inCard(p, (r) =>
    [...r.querySelectorAll(".ac-quote:not([hidden])")].map((q) => [q.querySelector(".ac-quote-text").textContent, q.querySelector(".ac-speaker").textContent]));
  assert.equal(quotes.length, 5);
  assert.match(quotes[0][0], /^What we see is President Putin/);
  assert.ok(quotes.every(([, s]) => s === "Jens Stoltenberg"), JSON.stringify(quotes));
  assert.deepEqual(p.errors, []);
});

test("tabs switch by click and by keyboard", async () => {
  const p = await fixture();
  assert.deepEqual(await tabsState(p), ["Quotes 10:true:0", "Timeline 9:false:-1", "People & places 14:false:-1"]);
  await p.locator("#card [role=tab]", { hasText: "Timeline" }).click();
  assert.deepEqual(await tabsState(p), ["Quotes 10:false:-1", "Timeline 9:true:0", "People & places 14:false:-1"]);
  assert.equal(await inCard(p, (r) => r.querySelector("#ac-panel-timeline").hidden), false);
  await p.keyboard.press("ArrowRight");
  assert.deepEqual(await tabsState(p), ["Quotes 10:false:-1", "Timeline 9:false:-1", "People & places 14:true:0"]);
  await p.keyboard.press("Home");
  assert.equal(await inCard(p, (r) => r.activeElement?.id), "ac-tab-quotes");
  await p.keyboard.press("End");
  await p.keyboard.press("ArrowRight"); // wraps
  assert.deepEqual(await tabsState(p), ["Quotes 10:true:0", "Timeline 9:false:-1", "People & places 14:false:-1"]);
  // One tab stop: Tab from the tab list goes into the open panel, not to the next tab.
  await p.keyboard.press("Tab");
  assert.equal(await inCard(p, (r) => r.activeElement?.id), "ac-panel-quotes");
});

test("a speaker chip filters and the fragments toggle shows partial quotes", async () => {
  const p = await fixture();
  const visible = () => inCard(p, (r) => r.querySelectorAll(".ac-quote:not([hidden])").length);
  await p.locator("#card [data-action=fragments]").click();
  assert.equal(await visible(), 10);
  await p.locator("#card [data-action=speaker]", { hasText: "Russia" }).click();
  assert.equal(await visible(), 2);
  const speakers = await inCard(p, (r) => [...r.querySelectorAll(".ac-quote:not([hidden]) .ac-speaker")].map((s) => s.textContent));
  assert.deepEqual(speakers, ["Russia", "Russia"]);
  await p.locator("#card [data-action=speaker]", { hasText: "All" }).click();
  assert.equal(await visible(), 10);
});

test("show in article highlights and scrolls; picks fire onSelect and the DOM event", async () => {
  const p = await fixture();
  await p.evaluate(() => {
    window.events = [];
    document.addEventListener("article-card:select", (e) => window.events.push(`${e.detail.type}:${e.detail.data.text ?? e.detail.data.name}`));
  });
  await p.locator("#card .ac-quote [data-action=quote]").first().click();
  const state = await inCard(p, (r) => ({
    open: r.querySelector("details.ac-article").open,
    marks: [...r.querySelectorAll(".ac-article-body mark")].map((m) => m.textContent),
    inView: (() => {
      const body = r.querySelector(".ac-article-body").getBoundingClientRect();
      const m = r.querySelector(".ac-article-body mark").getBoundingClientRect();
      return m.top >= body.top - 1 && m.bottom <= body.bottom + 1;
    })(),
  }));
  assert.equal(state.open, true);
  assert.equal(state.marks.length, 2, "the split quote's two spans");
  assert.ok(state.inView);
  await p.locator("#card [role=tab]", { hasText: "Timeline" }).click();
  await p.locator("#card button.ac-row", { hasText: "\u201ctomorrow\u201d" }).click();
  assert.deepEqual(await inCard(p, (r) => [...r.querySelectorAll(".ac-article-body mark")].map((m) => m.textContent)), ["tomorrow"]);
  // The row and its mark on the axis are selected together.
  assert.deepEqual(await inCard(p, (r) => [...r.querySelectorAll("[data-selected]")].map((e) => e.tagName.toLowerCase())), ["g", "button"]);
  await p.locator("#card svg .ac-mark").first().click();
  assert.deepEqual(await inCard(p, (r) => [...r.querySelectorAll(".ac-article-body mark")].map((m) => m.textContent)), ["February 11"]);
  assert.deepEqual(await p.evaluate(() => window.selections), ["quote:2", "date:8", "date:2"]);
  assert.deepEqual(await p.evaluate(() => window.events), [
    "quote:What we see is President Putin and Russia still wanting to control Ukraine, We see how they are sending more troops, more weapons, more capabilities.",
    "date:tomorrow",
    "date:February 11",
  ]);
});

test("copy puts the attributed quote on the clipboard", async () => {
  const p = await fixture();
  await p.locator("#card .ac-quote [data-action=copy]").first().click();
  await p.waitForFunction(() => document.querySelector("#card").shadowRoot.querySelector(".ac-status").textContent !== "");
  const text = await p.evaluate(() => navigator.clipboard.readText());
  assert.equal(text,
    "\u201cWhat we see is President Putin and Russia still wanting to control Ukraine, We see how they are sending more troops, more weapons, more capabilities.\u201d \u2014 Jens Stoltenberg, NATO Secretary-General, 13 Feb 2023");
  assert.equal(await inCard(p, (r) => r.querySelector(".ac-status").textContent), "Copied to the clipboard");
});

test("copy falls back to a selected textarea when the Clipboard API refuses", async () => {
  const p = await fixture();
  await p.evaluate(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException("denied", "NotAllowedError"));
  });
  await p.locator("#card .ac-quote [data-action=copy]").nth(1).click();
  await p.waitForFunction(() => document.querySelector("#card").shadowRoot.querySelector(".ac-status").textContent !== "");
  const status = await inCard(p, (r) => r.querySelector(".ac-status").textContent);
  const text = await p.evaluate(() => navigator.clipboard.readText());
  assert.equal(status, "Copied to the clipboard");
  assert.match(text, /^\u201cThe current rate of Ukraine's ammunition expenditure .* under strain\u201d \u2014 Jens Stoltenberg, NATO Secretary-General, 13 Feb 2023$/);
  assert.equal(await inCard(p, (r) => r.querySelectorAll("textarea").length), 0, "the textarea is gone");
  assert.equal(await inCard(p, (r) => r.activeElement?.dataset.action), "copy", "focus back on the button");
});

test("dates follow options.locale through Intl", async () => {
  const p = await fixture("?locale=de");
  assert.equal(await inCard(p, (r) => r.querySelector(".ac-facts time").textContent), "13. Feb. 2023");
});

test("update keeps the open tab; destroy leaves the page as it was, listeners included", async () => {
  const p = await page("/tests/e2e/pages/fixture.html");
  await p.waitForSelector("body[data-ready=true]");
  await p.locator("#card [role=tab]", { hasText: "People" }).click();
  await p.evaluate(async () => {
    const data = await (await fetch("/tests/fixtures/card/seed.card.json")).json();
    data.entities = data.entities.slice(0, 3);
    window.cardHandle.update(data);
  });
  assert.deepEqual(await tabsState(p), ["Quotes 10:false:-1", "Timeline 9:false:-1", "People & places 3:true:0"]);

  // A fresh target to compare the page before and after.
  await p.evaluate(() => { const d = document.createElement("div"); d.id = "fresh"; document.body.append(d); });
  const before = await p.evaluate(() => document.body.outerHTML);
  const cdp = await p.context().newCDPSession(p);
  await p.evaluate(async () => {
    const { render } = await import("/pkg/article-card.js");
    window.fresh = render(await (await fetch("/tests/fixtures/card/seed.card.json")).json(), "#fresh");
    window.freshRoot = document.querySelector("#fresh").shadowRoot.querySelector(".ac-card");
  });
  const listeners = async () => {
    const { result } = await cdp.send("Runtime.evaluate", { expression: "window.freshRoot" });
    const { listeners } = await cdp.send("DOMDebugger.getEventListeners", { objectId: result.objectId });
    return listeners.map((l) => l.type).sort();
  };
  assert.deepEqual(await listeners(), ["click", "keydown"]);
  await p.evaluate(() => { window.fresh.destroy(); window.fresh.destroy(); });
  assert.deepEqual(await listeners(), []);
  const after = await p.evaluate(() => ({
    html: document.body.outerHTML,
    shadow: document.querySelector("#fresh").shadowRoot.childNodes.length,
    sheets: document.querySelector("#fresh").shadowRoot.adoptedStyleSheets.length,
    kept: Object.getOwnPropertySymbols(document.querySelector("#fresh")).length,
    data: window.fresh.data,
  }));
  assert.deepEqual(after, { html: before, shadow: 0, sheets: 0, kept: 0, data: null });
  assert.deepEqual(p.errors, []);
});

test("the <article-card> element and data-article-card auto-mount need no script of the page", async () => {
  const p = await page("/tests/e2e/pages/embed.html");
  await p.waitForFunction(() =>
    ["#element-card", "#auto-card", "#inline-card"].every((s) => document.querySelector(s).shadowRoot?.querySelector(".ac-card")));
  const cards = await p.evaluate(() =>
    ["#element-card", "#auto-card", "#inline-card"].map((s) => {
      const card = document.querySelector(s).shadowRoot.querySelector(".ac-card");
      return { theme: card.dataset.theme, time: card.querySelector(".ac-facts time")?.getAttribute("datetime"), words: card.querySelector(".ac-facts").textContent };
    }));
  assert.equal(cards[0].time, "2023-02-13");
  assert.equal(cards[1].theme, "dark");
  assert.equal(cards[2].time, "2024-05-01");
  assert.match(cards[0].words, /4\d\d words/);
  // Defined once, even when the module loads again under another URL; init() twice is harmless.
  const same = await p.evaluate(async () => {
    const embed = await import("/pkg/article-card.js?again");
    const raw = await import("/pkg/article_card.js");
    const [a, b] = await Promise.all([embed.default(), embed.default(), raw.default()]);
    await raw.default();
    return a === b && embed.analyze("One. Two.").sentences.length === 2;
  });
  assert.equal(same, true);
  // Attribute changes redraw; removal destroys.
  await p.evaluate(() => document.querySelector("#element-card").setAttribute("theme", "dark"));
  assert.equal(await inCard(p, (r) => r.querySelector(".ac-card").dataset.theme, "#element-card"), "dark");
  await p.evaluate(() => {
    const el = document.querySelector("#element-card");
    window.kept = el;
    el.remove();
  });
  assert.equal(await p.evaluate(() => window.kept.shadowRoot.childNodes.length), 0);
  await p.evaluate(async () => (await import("/pkg/article-card.js")).unmount(document.querySelector("#auto-card")));
  assert.equal(await p.evaluate(() => document.querySelector("#auto-card").shadowRoot.childNodes.length), 0);
  assert.deepEqual(p.errors, []);
});

test("a strict Content-Security-Policy page works (no inline style or script needed)", async () => {
  const strict = await start({ csp: true });
  try {
    const context = await strict.browser.newContext();
    const p = await context.newPage();
    const errors = [];
    p.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    p.on("pageerror", (e) => errors.push(e.message));
    const res = await p.goto(strict.url + "/tests/e2e/pages/embed.html");
    assert.match(res.headers()["content-security-policy"], /style-src 'self'/);
    await p.waitForFunction(() => document.querySelector("#element-card").shadowRoot?.querySelector(".ac-card"));
    const styled = await p.evaluate(() =>
      getComputedStyle(document.querySelector("#element-card").shadowRoot.querySelector(".ac-card")).borderTopStyle);
    assert.equal(styled, "solid", "the adopted style sheet applies");
    assert.deepEqual(errors, []);
  } finally {
    await strict.close();
  }
});

test("the seed article's own card (demo page)", async (t) => {
  const p = await page("/www/");
  await p.waitForSelector("body[data-ready=true]", { timeout: 15000 });
  const data = await p.evaluate(() => window.articleCard.handle.data);
  const tabs = await tabsState(p);
  assert.equal(tabs.length, 3);
  assert.match(tabs[2], /^People & places \d+:/);
  if (data.quotes.length === 0) {
    t.skip("the quote extractor has not landed: quotes are checked on the fixture card");
    return;
  }
  const speakers = await inCard(p, (r) => [...r.querySelectorAll(".ac-quote .ac-speaker")].map((s) => s.textContent));
  assert.ok(speakers.includes("Jens Stoltenberg"), JSON.stringify(speakers));
});

test("themes: custom properties and ::part() from the page, dark forced by the option", async () => {
  const p = await fixture("?theme=dark");
  await p.emulateMedia({ reducedMotion: "reduce" }); // no colour transitions to wait for
  await p.addStyleTag({ content: "#card { --ac-accent: rgb(200, 0, 0); --ac-radius: 3px; } #card::part(title) { letter-spacing: 3px; }" });
  const style = await inCard(p, (r) => {
    const card = getComputedStyle(r.querySelector(".ac-card"));
    return {
      radius: card.borderTopLeftRadius,
      bg: card.backgroundColor,
      tab: getComputedStyle(r.querySelector("[role=tab][aria-selected=true]")).borderBottomColor,
      title: getComputedStyle(r.querySelector(".ac-title")).letterSpacing,
    };
  });
  assert.deepEqual(style, { radius: "3px", bg: "rgb(22, 24, 27)", tab: "rgb(200, 0, 0)", title: "3px" });
});

test("reduced motion and print", async () => {
  const p = await fixture();
  const behavior = () => inCard(p, (r) => getComputedStyle(r.querySelector(".ac-article-body")).scrollBehavior);
  assert.equal(await behavior(), "smooth");
  await p.emulateMedia({ reducedMotion: "reduce" });
  assert.equal(await behavior(), "auto");
  await p.emulateMedia({ media: "print" });
  const shown = await inCard(p, (r) => ({
    panels: [...r.querySelectorAll("[role=tabpanel]")].filter((e) => getComputedStyle(e).display !== "none").length,
    tablist: getComputedStyle(r.querySelector("[role=tablist]")).display,
    fragments: [...r.querySelectorAll(".ac-quote")].filter((e) => getComputedStyle(e).display !== "none").length,
  }));
  assert.deepEqual(shown, { panels: 3, tablist: "none", fragments: 10 });
});

test("show in article on a host element highlights the host's own text (Custom Highlight API)", async () => {
  const p = await page("/tests/e2e/pages/host.html");
  await p.waitForSelector("body[data-ready=true]", { timeout: 15000 });
  const markup = await p.evaluate(() => document.querySelector("#story").innerHTML);
  const pick = await p.evaluate(() => {
    const root = document.querySelector("#card").shadowRoot;
    const button = root.querySelector("[role=tab][data-arg=entities]");
    button.click();
    const chip = root.querySelector("[data-action=entity]");
    chip.click();
    const index = Number(chip.dataset.arg);
    const entity = window.cardHandle.data.entities[index];
    const h = CSS.highlights.get("article-card");
    return {
      name: entity.name,
      count: entity.mentions.length,
      painted: [...h].map((r) => r.toString()),
      inHost: [...h].every((r) => document.querySelector("#story").contains(r.startContainer)),
      cardView: root.querySelector("details.ac-article").open,
      sheet: document.adoptedStyleSheets.length,
    };
  });
  assert.ok(pick.count >= 1);
  assert.ok(pick.painted.length >= pick.count, JSON.stringify(pick));
  assert.ok(pick.painted.every((t) => pick.name.includes(t) || t.includes(pick.name.split(" ").at(-1))), JSON.stringify(pick));
  assert.equal(pick.inHost, true);
  assert.equal(pick.cardView, false, "the card's own article view stays closed");
  assert.equal(pick.sheet, 1);
  assert.equal(await p.evaluate(() => document.querySelector("#story").innerHTML), markup, "the host's markup is untouched");
  const after = await p.evaluate(() => {
    window.cardHandle.destroy();
    return { highlight: CSS.highlights.has("article-card"), sheets: document.adoptedStyleSheets.length };
  });
  assert.deepEqual(after, { highlight: false, sheets: 0 });
  assert.deepEqual(p.errors, []);
});
