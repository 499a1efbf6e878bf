// Shared set-up for the end-to-end tests: the static server and Debian's Chromium driven by
// playwright-core (never a downloaded browser).
import { chromium } from "playwright-core";
import { serve } from "../../scripts/serve.mjs";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const FLAGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
];

/** Starts the server and the browser; `close()` stops both. */
export async function start({ csp = false } = {}) {
  const { server, url } = await serve({ port: 0, csp });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  return {
    url,
    browser,
    async page(path, { viewport = { width: 960, height: 900 }, colorScheme = "light" } = {}) {
      const context = await browser.newContext({ viewport, colorScheme });
      const page = await context.newPage();
      const errors = [];
      page.on("pageerror", (e) => errors.push(e.message));
      page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
      page.errors = errors;
      if (path) await page.goto(url + path);
      return page;
    },
    async close() {
      await browser.close();
      await new Promise((ok) => server.close(ok));
    },
  };
}
