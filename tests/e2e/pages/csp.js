// Served with `node scripts/serve.mjs --csp` (script-src 'self' 'wasm-unsafe-eval';
// style-src 'self'; require-trusted-types-for 'script'): draws the seed's card and a
// hostile article's card, and records every CSP violation and error.
import init, { render } from "../../../pkg/article_card.js";
import { textArticle, htmlArticle } from "./payloads.js";

window.__violations = [];
document.addEventListener("securitypolicyviolation", (e) =>
  window.__violations.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample}`),
);
window.__hits = [];
window.__hit = (name) => window.__hits.push(name);
window.__errors = [];
window.addEventListener("error", (e) => window.__errors.push(String(e.message)));

try {
  await init();
  const seed = await (await fetch("../../golden/seed.txt")).text();
  const handle = render(seed, "#card");
  handle.update(seed + "\n\nOne more paragraph, added on Tuesday.");
  render(htmlArticle(), "#card-hostile", { input: "html" }).update(textArticle());
  document.body.dataset.ready = "true";
} catch (e) {
  window.__errors.push(String(e?.message ?? e));
  document.body.dataset.ready = "error";
}
