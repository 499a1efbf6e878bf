// Size: what a page loads for article-card (wasm after wasm-opt, JS, CSS), raw and
// gzip -9, in one table with the peers' minified+gzipped bundles (esbuild, ESM, browser).
//
//   bash scripts/build.sh && node bench/size.mjs
import { readFileSync, readdirSync, mkdtempSync, writeFileSync, rmSync, existsSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";
import { build } from "esbuild";
import { ROOT, table } from "./lib.mjs";

const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const br = (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const row = (name, buf, note = "") => [name, buf.length, gz(buf), br(buf), note];

for (const f of ["pkg/article_card_bg.wasm", "pkg/article_card.js", "pkg/article-card.js", "pkg/snippets"]) {
  if (!existsSync(join(ROOT, f))) {
    console.error(`${f} is missing: run \`bash scripts/build.sh\` first`);
    process.exit(2);
  }
}
const wasm = readFileSync(join(ROOT, "pkg/article_card_bg.wasm"));
// scripts/build.sh ships every JS file minified: the generated glue, its snippet (glue.js)
// and the embed module (article-card.js, on pages that use <article-card> or auto-mount).
const snippet = readdirSync(join(ROOT, "pkg/snippets"))
  .map((d) => join(ROOT, "pkg/snippets", d, "src/web/glue.js"))
  .find(existsSync);
const js = [
  ["article-card JS glue", readFileSync(join(ROOT, "pkg/article_card.js"))],
  ["article-card glue snippet", readFileSync(snippet)],
  ["article-card embed module", readFileSync(join(ROOT, "pkg/article-card.js"))],
];
const css = readFileSync(join(ROOT, "src/view/style.css"));

const ours = [
  row("article-card wasm (wasm-opt -Oz)", wasm),
  ...js.map(([name, buf]) => row(name, buf, "minified")),
  row("article-card CSS (source)", css, "minified into the wasm: counted there"),
];
const files = [wasm, ...js.map(([, buf]) => buf)];
const sum = (f) => files.reduce((n, buf) => n + f(buf), 0);
const totalRow = ["article-card total (page loads)", sum((b) => b.length), sum(gz), sum(br), "wasm + JS, each compressed"];

// The peers, bundled as a web developer would ship them.
const peers = {
  "compromise + compromise-dates": `import nlp from "compromise"; import dates from "compromise-dates"; nlp.plugin(dates); globalThis.nlp = nlp;`,
  "wink-nlp + wink-eng-lite-web-model": `import winkNLP from "wink-nlp"; import model from "wink-eng-lite-web-model"; globalThis.nlp = winkNLP(model);`,
  "chrono-node": `import * as chrono from "chrono-node"; globalThis.chrono = chrono;`,
};
const dir = mkdtempSync(join(tmpdir(), "ac-size-"));
const peerRows = [];
try {
  for (const [name, source] of Object.entries(peers)) {
    const entry = join(dir, "entry.mjs");
    writeFileSync(entry, source);
    const out = await build({
      entryPoints: [entry], bundle: true, minify: true, format: "esm", platform: "browser",
      write: false, nodePaths: [join(ROOT, "node_modules")], logLevel: "error",
    });
    peerRows.push(row(`${name} (esbuild --minify)`, Buffer.from(out.outputFiles[0].contents)));
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

table([["file", "raw bytes", "gzip -9", "brotli 11", "note"], ...ours, totalRow, ...peerRows]);
const budget = 100 * 1024;
const page = totalRow[2];
console.log(`budget: everything the page loads <= 100 KB gzip: ${(page / 1024).toFixed(1)} KB ${page <= budget ? "ok" : "OVER"}`);
for (const r of peerRows) console.log(`  ${r[0].replace(/ \(.*/, "")}: ${(r[2] / page).toFixed(1)}× article-card's gzip bytes`);
