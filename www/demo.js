// The demo: draws the seed article's card and re-renders as the reader edits the text.
import init, { render } from "../pkg/article_card.js";

const area = document.getElementById("article");
const published = document.getElementById("published");
const status = document.getElementById("status");
const theme = document.getElementById("theme");

await init();
area.value = await (await fetch("seed-article.txt")).text();

const options = () => ({
  theme: theme.value,
  ...(published.value ? { published: published.value } : {}),
});
let handle;
try {
  handle = render(area.value, "#card", options());
  document.body.dataset.ready = "true";
} catch (e) {
  status.textContent = String(e.message ?? e);
}

let timer;
const rerender = () => {
  clearTimeout(timer);
  timer = setTimeout(() => {
    try {
      handle.update(area.value, options());
      status.textContent = "";
    } catch (e) {
      status.textContent = String(e.message ?? e);
    }
  }, 120);
};
area.addEventListener("input", rerender);
published.addEventListener("change", rerender);
theme.addEventListener("change", rerender);
window.articleCard = { get handle() { return handle; } };
