// Renders articles stuffed with script-injection payloads (payloads.js) as plain text, as
// an HTML string and as an element of an inert document; the test then checks that none
// ran. `window.__hits` records every payload that ever executes.
import init, { analyze, render } from "../../../pkg/article_card.js";
import { textArticle, htmlArticle } from "./payloads.js";

window.__hits = [];
window.__hit = (name) => window.__hits.push(name);

await init();
const text = textArticle();
const html = htmlArticle();
window.cards = {
  text: render(text, "#card-text", { maxQuotes: 50, maxSentences: 50 }).data,
  html: render(html, "#card-html", { input: "html", maxQuotes: 50, maxSentences: 50 }).data,
};
// An element parsed into an inert document: its images never load, its scripts never run.
const inert = document.implementation.createHTMLDocument("inert");
inert.documentElement.innerHTML = html.replace(/^<!doctype html>/, "");
window.cards.element = render(inert.querySelector("article"), "#card-element", { maxQuotes: 50 }).data;
window.analyzed = analyze(text, { maxQuotes: 50 });
document.body.dataset.ready = "true";
