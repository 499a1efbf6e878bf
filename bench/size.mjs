// Size: what a page loads for article-card (wasm after wasm-opt, JS glue, CSS), raw and
// gzip -9, in one table with the peers' minified+gzipped bundles (esbuild, ESM, browser).
//
//   bash scripts/build.sh && node bench/size.mjs
import { readFileSync, mkdtempSync, writeFileSync, rmSync, existsSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";
import { build, transform } from "esbuild";
import { ROOT, table } from "./lib.mjs";

const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const br = (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const row = (name, buf, note = "") => [name, buf.length, gz(buf), br(buf), note];

for (const f of ["pkg/article_card_bg.wasm", "pkg/article_card.js"]) {
  if (!existsSync(join(ROOT, f))) {
    console.error(`${f} is missing: run \`bash scripts/build.sh\` first`);
    process.exit(2);
  }
}
const wasm = readFileSync(join(ROOT, "pkg/article_card_bg.wasm"));
const glue = readFileSync(join(ROOT, "pkg/article_card.js"));
const glueMin = Buffer.from((await transform(glue.toString(), { minify: true, format: "esm" })).code);
const css = readFileSync(join(ROOT, "src/view/style.css"));

const ours = [
  row("article-card wasm (wasm-opt -Oz)", wasm),
  row("article-card JS glue (as built)", glue),
  row("article-card CSS", css, "compiled into the wasm: counted there"),
];
const total = Buffer.concat([wasm, glue]);
const totalRow = ["article-card total (page loads)", wasm.length + glue.length, gz(wasm) + gz(glue), br(wasm) + br(glue), "wasm + glue, each compressed"];
const minRow = row("  with the glue minified (esbuild)", glueMin, "an option for publishers");

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

table([["file", "raw bytes", "gzip -9", "brotli 11", "note"], ...ours, totalRow, minRow, ...peerRows]);
const budget = 100 * 1024;
const page = totalRow[2];
console.log(`budget: everything the page loads <= 100 KB gzip: ${(page / 1024).toFixed(1)} KB ${page <= budget ? "ok" : "OVER"}`);
for (const r of peerRows) console.log(`  ${r[0].replace(/ \(.*/, "")}: ${(r[2] / page).toFixed(1)}× article-card's gzip bytes`);
