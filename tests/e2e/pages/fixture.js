// Draws the hand-written seed card (quotes, dates, entities as the extractors should find
// them) from its JSON, calling render() before init() so that the wait is exercised too.
// ?theme=dark|light|auto picks the theme; window.cardHandle is the handle.
import { render } from "/pkg/article-card.js";

const params = new URLSearchParams(location.search);
const data = await (await fetch("/tests/fixtures/card/seed.card.json")).json();
window.selections = [];
const handle = render(data, "#card", {
  theme: params.get("theme") ?? "auto",
  ...(params.get("locale") ? { locale: params.get("locale") } : {}),
  onSelect: (item) => window.selections.push(`${item.type}:${item.index}`),
});
window.cardHandle = handle;
await handle.ready;
document.body.dataset.ready = "true";
