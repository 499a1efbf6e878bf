// Node benchmark: article-card's `analyze()` (the wasm package, card object returned to
// JavaScript) against the JavaScript tools a web developer would pick instead, in the same
// process and run, on the seed and on every article fixture of the repository.
//
//   bash scripts/build.sh && node bench/node.mjs [--quick]
//
// Peers, each asked for what the card holds:
//   compromise + compromise-dates: quotations, people, places, organisations, dates;
//   wink-nlp + wink-eng-lite-web-model: sentences and entities (its model has dates,
//     times, numbers... but no people/organisations);
//   chrono-node: dates only.
// HTML fixtures: the peers get the article text article-card extracted (they read no HTML).
import nlp from "compromise";
import datesPlugin from "compromise-dates";
import winkNLP from "wink-nlp";
import winkModel from "wink-eng-lite-web-model";
import * as chrono from "chrono-node";
import { loadWasm, articles, time, fmtMs, kb, table } from "./lib.mjs";

const quick = process.argv.includes("--quick");
nlp.plugin(datesPlugin);
const wink = winkNLP(winkModel);
const its = wink.its;
const ac = await loadWasm();

const anchor = (options) => options.published ?? "2023-02-13";
const peers = {
  "compromise+dates": (text, options) => {
    const doc = nlp(text);
    return [
      doc.quotations().out("array"),
      doc.people().out("array"),
      doc.places().out("array"),
      doc.organizations().out("array"),
      doc.dates({ today: anchor(options) }).json(),
    ];
  },
  "wink-nlp": (text) => {
    const doc = wink.readDoc(text);
    return [doc.sentences().out(), doc.entities().out(its.detail)];
  },
  "chrono-node": (text, options) => chrono.parse(text, new Date(anchor(options) + "T12:00:00Z")),
};

/** Peer time over article-card time: above 1, article-card is faster. */
const ratio = (peer, ours) => `${(peer / ours).toFixed(peer / ours >= 10 ? 0 : 2)}×`;

const set = articles();
const opts = quick ? { warmup: 3, runs: 11, budgetMs: 1000 } : { warmup: 20, runs: 51, budgetMs: 4000 };
const rows = [["article", "KB", "article-card ms (p10-p90)", ...Object.keys(peers).map((p) => `${p} ms`), ...Object.keys(peers).map((p) => `× ${p}`)]];
const totals = { ours: 0, ...Object.fromEntries(Object.keys(peers).map((p) => [p, 0])) };
let seedMedian = null;
for (const a of set) {
  const card = ac.analyze(a.text, a.options);
  const plain = a.html ? card.text : a.text;
  // Short articles: several calls a sample, so that the timer's resolution does not matter.
  const inner = a.text.length < 20000 ? 10 : 1;
  const ours = time(() => ac.analyze(a.text, a.options), { ...opts, inner });
  if (a.name.endsWith("golden/seed.txt")) seedMedian = ours.median;
  totals.ours += ours.median;
  const theirs = {};
  for (const [name, fn] of Object.entries(peers)) {
    theirs[name] = time(() => fn(plain, a.options), { ...opts, warmup: Math.min(opts.warmup, 5), inner: 1 });
    totals[name] += theirs[name].median;
  }
  rows.push([
    a.name,
    kb(Buffer.byteLength(a.text)),
    `${fmtMs(ours.median)} (${fmtMs(ours.p10)}-${fmtMs(ours.p90)})`,
    ...Object.values(theirs).map((t) => `${fmtMs(t.median)} (${fmtMs(t.p10)}-${fmtMs(t.p90)})`),
    ...Object.values(theirs).map((t) => ratio(t.median, ours.median)),
  ]);
}
rows.push([
  `all ${set.length} articles (sum of medians)`,
  kb(set.reduce((n, a) => n + Buffer.byteLength(a.text), 0)),
  fmtMs(totals.ours),
  ...Object.keys(peers).map((p) => fmtMs(totals[p])),
  ...Object.keys(peers).map((p) => ratio(totals[p], totals.ours)),
]);
console.log(`node ${process.version}, ${set.length} articles; medians in ms, (p10-p90); × = peer time / article-card time`);
table(rows);
const verdict = seedMedian !== null && seedMedian <= 0.5 ? "ok" : "OVER";
console.log(`target analyze(seed) <= 0.5 ms median: ${fmtMs(seedMedian ?? NaN)} ms ${verdict}`);
