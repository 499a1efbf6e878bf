// The served demo page shows the seed article's card.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start } from "./browser.mjs";

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

test("the demo page shows the seed's card", async () => {
  const page = await env.page("/www/");
  await page.waitForSelector("body[data-ready=true]", { timeout: 15000 });
  const card = await page.evaluate(() => {
    const root = document.querySelector("#card").shadowRoot;
    const q = (s) => [...root.querySelectorAll(s)].map((n) => n.textContent);
    return { facts: q(".ac-facts")[0], summary: q(".ac-summary li"), time: root.querySelector("time")?.getAttribute("datetime") };
  });
  assert.equal(card.time, "2023-02-13");
  assert.match(card.facts, /\d+ words · \d+ min read/);
  assert.ok(card.summary.length >= 1 && card.summary.length <= 3, `summary: ${card.summary}`);
  assert.ok(card.summary.some((s) => s.includes("Stoltenberg")), `summary: ${card.summary}`);
  assert.deepEqual(page.errors, []);
});

test("editing the text re-renders the card", async () => {
  const page = await env.page("/www/");
  await page.waitForSelector("body[data-ready=true]");
  await page.fill("#article", "date 2024-05-01\n\nA short story. It ends here.");
  await page.waitForFunction(() =>
    document.querySelector("#card").shadowRoot.querySelector("time")?.getAttribute("datetime") === "2024-05-01");
  const items = await page.evaluate(() => document.querySelector("#card").shadowRoot.querySelectorAll(".ac-summary li").length);
  assert.equal(items, 2);
});
