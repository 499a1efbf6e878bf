// A host page with an <article>: render(article, target) reads the live DOM, shows the
// card, and maps card text back to the article's own text nodes (handle.hostRanges), which
// the card uses to highlight inside the host article.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start } from "./browser.mjs";

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

async function hostPage() {
  const p = await env.page("/tests/e2e/pages/host.html");
  await p.waitForSelector("body[data-ready=true]", { timeout: 15000 });
  return p;
}

test("render(article) shows the card with the page's metadata and the article's text only", async () => {
  const p = await hostPage();
  const got = await p.evaluate(() => {
    const data = window.cardHandle.data;
    return { meta: data.meta, text: data.text, card: !!document.querySelector("#card").shadowRoot.querySelector(".ac-card") };
  });
  assert.ok(got.card, "no card drawn");
  assert.equal(got.meta.title, "Ferry firm fined over Channel crossing delays");
  assert.equal(got.meta.published, "2024-05-14");
  assert.equal(got.meta.byline, "Lena Fischer");
  assert.equal(got.meta.site, "The Harbour Gazette");
  assert.equal(got.meta.lang, "en-GB");
  assert.ok(got.text.startsWith("DOVER, May 14 (Harbour Wire) - A ferry operator has been fined £1.2m"), got.text);
  assert.ok(got.text.includes("stranded in Dover for"), "inline tags split a word");
  for (const junk of ["Advertisement", "Share", "Queues at the port", "Port traffic", "Related", "Lena Fischer", "Home"]) {
    assert.ok(!got.text.includes(junk), `${junk} leaked into ${got.text}`);
  }
  assert.equal(got.text.split("\n\n").length, 4);
  assert.deepEqual(p.errors, []);
});

test("the live DOM and the same markup as a string give the same text", async () => {
  const p = await hostPage();
  const [live, string] = await p.evaluate(() => [
    window.cardHandle.data.text,
    window.api.analyze(document.querySelector("#story").outerHTML, { input: "html" }).text,
  ]);
  assert.equal(live, string);
});

test("card offsets map to ranges over the host article's own text", async () => {
  const p = await hostPage();
  const res = await p.evaluate(() => {
    const h = window.cardHandle;
    const text = h.data.text;
    const story = document.querySelector("#story");
    const span = (s) => {
      const start = text.indexOf(s);
      const ranges = h.hostRanges(start, start + s.length);
      return {
        s,
        found: start >= 0,
        joined: ranges.map((r) => r.toString()).join(""),
        count: ranges.length,
        inside: ranges.every((r) => story.contains(r.commonAncestorContainer)),
      };
    };
    const all = h.hostRanges(0, text.length).map((r) => r.toString()).join("");
    const quotes = h.data.quotes.map((q) => [q.text, h.hostRanges(q.start, q.end).map((r) => r.toString()).join("")]);
    return {
      spans: ["Dover", "£1.2m", "Maria Okafor", "the regulator’s chief executive", "Zoë Martin", "“a start”. 😀", "end of the year."].map(span),
      all, text, quotes,
      outOfRange: h.hostRanges(text.length + 5, text.length + 50).length,
    };
  });
  for (const s of res.spans) {
    assert.ok(s.found, s.s);
    assert.ok(s.inside, `${s.s}: a range outside the article`);
    assert.equal(s.joined.replace(/\s+/g, " "), s.s, `${s.s} maps to ${JSON.stringify(s.joined)}`);
  }
  // "Do" + "ver" are two text nodes: two ranges, one word.
  assert.equal(res.spans[0].count, 2);
  // Every character of the card text comes from the article (paragraph breaks excepted).
  assert.equal(res.all.replace(/\s+/g, ""), res.text.replace(/\s+/g, ""));
  assert.equal(res.outOfRange, 0);
  // The quotes the card shows map to the same words in the article.
  assert.ok(res.quotes.length >= 1, "no quote found");
  for (const [quote, host] of res.quotes) assert.equal(host.replace(/\s+/g, " "), quote);
});

test("hostile elements and strings give a card, not an error", async () => {
  const p = await hostPage();
  const got = await p.evaluate(() => {
    // Deep nesting in the live DOM. Chromium itself needs quadratic time to build a deep
    // tree (each append walks the nodes), and its parser caps nesting at 512, so 10,000
    // levels here; the walk is the same iterative one for any depth.
    let deep = document.createTextNode("Deep inside the page. It still reads.");
    for (let i = 0; i < 10000; i++) {
      const d = document.createElement(i % 2 ? "div" : "span");
      d.appendChild(deep);
      deep = d;
    }
    const bad = document.createElement("article");
    bad.innerHTML = "<p>Unclosed <b>bold <i>and &bogus; text</p><script>window.ran = true<\/script><img src=x onerror='window.ran = true'>";
    const [t1, t2] = [document.createElement("div"), document.createElement("div")];
    document.body.append(t1, t2);
    const t0 = performance.now();
    const a = window.api.render(deep, t1);
    const ms = Math.round(performance.now() - t0);
    const b = window.api.render(bad, t2);
    // 100,000 levels as a string, and binary junk.
    const s = window.api.analyze("<div>".repeat(100000) + "<p>Deep string.</p>", { input: "html" }).text;
    let junk = "";
    for (let i = 0; i < 200000; i++) junk += String.fromCharCode((i * 7919) % 65536);
    const j = window.api.analyze(junk, { input: "html" });
    return { a: a.data.text, b: b.data.text, s, junk: typeof j.text, ran: window.ran === true, ms };
  });
  assert.equal(got.a, "Deep inside the page. It still reads.");
  assert.equal(got.b, "Unclosed bold and &bogus; text");
  assert.equal(got.s, "Deep string.");
  assert.equal(got.junk, "string");
  assert.equal(got.ran, false);
  assert.ok(got.ms < 5000, `10,000 levels took ${got.ms} ms`);
  assert.deepEqual(p.errors, []);
});

test("picking a quote in the card highlights its words in the host article", async () => {
  const p = await hostPage();
  const markup = await p.evaluate(() => document.querySelector("#story").innerHTML);
  const got = await p.evaluate(() => {
    const root = document.querySelector("#card").shadowRoot;
    const control = root.querySelector("[data-action=quote]");
    if (!control) return null;
    control.click();
    const quote = window.cardHandle.data.quotes[Number(control.dataset.arg)];
    const h = CSS.highlights.get("article-card");
    const story = document.querySelector("#story");
    return {
      quote: quote.text,
      painted: h ? [...h].map((r) => r.toString()) : [],
      inHost: h ? [...h].every((r) => story.contains(r.startContainer) && story.contains(r.endContainer)) : false,
      storyText: story.textContent.replace(/\s+/g, " "),
    };
  });
  assert.ok(got, "the card shows no quote control");
  assert.ok(got.painted.length >= 1, "nothing highlighted");
  assert.equal(got.inHost, true);
  const joined = got.painted.join(" ").replace(/\s+/g, " ");
  assert.ok(joined.includes(got.quote.slice(0, 20)), `${joined} / ${got.quote}`);
  for (const t of got.painted) assert.ok(got.storyText.includes(t.replace(/\s+/g, " ")), t);
  assert.equal(await p.evaluate(() => document.querySelector("#story").innerHTML), markup, "the host's markup is untouched");
  assert.deepEqual(p.errors, []);
});
