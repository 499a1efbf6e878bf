// Draws the card of the page's own <article> (render(element, target)) with the module's
// own API; window.cardHandle is the handle, window.api the module.
import init, * as api from "/pkg/article_card.js";

await init();
window.api = api;
window.cardHandle = api.render(document.querySelector("#story"), "#card");
document.body.dataset.ready = "true";
