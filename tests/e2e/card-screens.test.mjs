// Screenshots of the seed's card at 360 and 960 px, light and dark (and 280 px light), one per tab, into
// artifacts/ (git-ignored) for a person to look at; and axe-core on the rendered card.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdir } from "node:fs/promises";
import { createRequire } from "node:module";
import { start } from "./browser.mjs";

const require = createRequire(import.meta.url);
const AXE = require.resolve("axe-core/axe.min.js");
const OUT = new URL("../../artifacts/", import.meta.url);

let env;
before(async () => {
  env = await start();
  await mkdir(OUT, { recursive: true });
});
after(async () => { await env?.close(); });

async function seedCard(width, colorScheme) {
  const page = await env.page("/www/", { viewport: { width, height: 900 }, colorScheme });
  await page.waitForSelector("body[data-ready=true]", { timeout: 15000 });
  return page;
}

const TABS = ["Quotes", "Timeline", "People"];

for (const width of [280, 360, 960]) {
  for (const scheme of width === 280 ? ["light"] : ["light", "dark"]) {
    test(`screenshots at ${width} px, ${scheme}`, async () => {
      const page = await seedCard(width, scheme);
      const card = page.locator("#card");
      for (const tab of TABS) {
        await page.locator("#card [role=tab]", { hasText: tab }).click();
        const path = new URL(`card-${width}-${scheme}-${tab.toLowerCase()}.png`, OUT);
        await card.screenshot({ path: path.pathname });
      }
      // The page never scrolls sideways: the card fits the narrow screen.
      const overflow = await page.evaluate(() => document.querySelector("#card").scrollWidth - document.querySelector("#card").clientWidth);
      assert.ok(overflow <= 0, `the card overflows by ${overflow}px`);
      assert.deepEqual(page.errors, []);
    });
  }
}

for (const scheme of ["light", "dark"]) {
  test(`axe-core finds no serious or critical violations (${scheme})`, async () => {
    const page = await seedCard(960, scheme);
    await page.addScriptTag({ path: AXE });
    const found = [];
    for (const tab of TABS) {
      await page.locator("#card [role=tab]", { hasText: tab }).click();
      if (tab === "Quotes") {
        await page.locator("#card .ac-quote [data-action=quote]").first().click(); // opens the article view
      }
      const { violations } = await page.evaluate(() => axe.run("#card", { resultTypes: ["violations"] }));
      for (const v of violations) {
        found.push(`${tab}: ${v.impact} ${v.id}: ${v.nodes.length} node(s), e.g. ${v.nodes[0]?.target}`);
      }
    }
    if (found.length) console.log(found.join("\n"));
    assert.deepEqual(found.filter((f) => /: (serious|critical) /.test(f)), []);
  });
}
