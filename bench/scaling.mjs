// Scaling: `analyze()` (wasm, in Node) on 1 KB to 10 MB of article text. Time per MB must
// stay flat: no superlinear step anywhere, quotes and summary included. A second table
// does the same for hostile shapes (no punctuation, quotation marks, HTML).
//
//   bash scripts/build.sh && node bench/scaling.mjs [--quick]
import { loadWasm, articles, time, fmtMs, table } from "./lib.mjs";

const quick = process.argv.includes("--quick");
const ac = await loadWasm();

// The articles' bodies (header lines dropped), joined: a long stream of real prose with
// quotes, names and dates.
const corpus = articles()
  .filter((a) => !a.html)
  .map((a) => a.text.trimStart().replace(/^date \d{4}-\d{2}-\d{2}\s*/, ""))
  .join("\n\n");
const fill = (unit, bytes) => {
  let s = unit;
  while (s.length < bytes) s += s.length + unit.length > bytes ? unit : s;
  return s.slice(0, bytes);
};
const SIZES = [1 << 10, 10 << 10, 100 << 10, 1 << 20, 10 << 20];
const label = (b) => (b >= 1 << 20 ? `${b >> 20} MB` : `${b >> 10} KB`);

function scale(name, unit, options, sizes) {
  const rows = [];
  let first = null;
  for (const bytes of sizes) {
    const input = fill(unit, bytes);
    const runs = bytes >= 1 << 20 ? (quick ? 3 : 5) : quick ? 9 : 21;
    const inner = bytes <= 10 << 10 ? 20 : 1;
    let card;
    const t = time(() => (card = ac.analyze(input, options)), { warmup: bytes >= 1 << 20 ? 1 : 5, runs, inner, budgetMs: 20000 });
    const msPerMb = t.median / (bytes / (1 << 20));
    first ??= msPerMb;
    rows.push([
      `${name} ${label(bytes)}`,
      fmtMs(t.median),
      `${fmtMs(t.p10)}-${fmtMs(t.p90)}`,
      fmtMs(msPerMb),
      (1000 / msPerMb).toFixed(1),
      card.quotes.length,
      card.summary.length,
      card.entities.length,
      card.dates.length,
    ]);
  }
  return rows;
}

const head = ["input", "median ms", "p10-p90", "ms per MB", "MB/s", "quotes", "summary", "entities", "dates"];
console.log(`node ${process.version}; article-card wasm; ${Buffer.byteLength(corpus)} bytes of fixture prose repeated`);
const prose = scale("articles", corpus, {}, SIZES);
table([head, ...prose]);
const perMb = prose.map((r) => Number(r[3]));
const big = perMb.slice(2);
const flat = Math.max(...big) / Math.min(...big);
const mbs = Number(prose.at(-1)[4]);
console.log(`ms per MB from 100 KB to 10 MB: max/min = ${flat.toFixed(2)} ${flat <= 1.5 ? "flat" : "NOT FLAT"}`);
console.log(`target >= 30 MB/s on large input (10 MB): ${mbs.toFixed(1)} MB/s ${mbs >= 30 ? "ok" : "UNDER"}`);

console.log("\nhostile shapes (100 KB and 1 MB; a ratio near 1 means linear):");
const shapes = [
  ["no punctuation", "the Alliance said Putin would Brussels NATO Monday ", {}],
  ["quotation marks", '"', {}],
  ["curly openers", "\u201cIt will, ", {}],
  ["quotes+cues", '"Yes," he said. ', {}],
  ["one paragraph", corpus.replace(/\n+/g, " "), {}],
  ["html", `<p>${corpus.split("\n\n").join("</p>\n<p>")}</p>`, { input: "html" }],
  ["html nesting", "<div><span>", { input: "html" }],
];
const rows = [["shape", "100 KB ms", "1 MB ms", "ratio per MB", "MB/s at 1 MB"]];
for (const [name, unit, options] of shapes) {
  const [a, b] = scale(name, unit, options, [100 << 10, 1 << 20]);
  rows.push([name, a[1], b[1], (Number(b[3]) / Number(a[3])).toFixed(2), b[4]]);
}
table(rows);
