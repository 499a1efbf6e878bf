// Shared helpers of the benchmark scripts: the wasm package loaded in Node, the article
// set (the repository's own fixtures), and timing statistics.
import { readFileSync, readdirSync, statSync, existsSync } from "node:fs";
import { join, relative, resolve, extname, basename } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = resolve(fileURLToPath(new URL("..", import.meta.url)));

/** Imports `pkg/` (built by scripts/build.sh) and instantiates it from the file. */
export async function loadWasm() {
  const wasmPath = join(ROOT, "pkg/article_card_bg.wasm");
  if (!existsSync(wasmPath)) {
    console.error("pkg/ is missing: run `bash scripts/build.sh` first");
    process.exit(2);
  }
  const mod = await import(join(ROOT, "pkg/article_card.js"));
  await mod.default({ module_or_path: readFileSync(wasmPath) });
  return mod;
}

/** Splits an optional `#! published=... input=...` first line off a fixture. */
export function frontMatter(source) {
  if (!source.startsWith("#!")) return { text: source, options: {} };
  const nl = source.indexOf("\n");
  const line = source.slice(2, nl < 0 ? undefined : nl);
  const options = {};
  for (const [k, v] of line.trim().split(/\s+/).map((kv) => kv.split("="))) {
    if (k === "published") options.published = v;
    if (k === "input") options.input = v;
  }
  return { text: nl < 0 ? "" : source.slice(nl + 1), options };
}

function walk(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

/**
 * The articles: every `.txt` / `.html` under tests/golden and tests/fixtures that reads as
 * an article (at least 600 bytes, not a line-per-case list whose lines start with `#`),
 * de-duplicated by content. The seed comes first.
 */
export function articles() {
  const seedPath = join(ROOT, "tests/golden/seed.txt");
  const seen = new Set();
  const out = [];
  for (const path of [seedPath, ...walk(join(ROOT, "tests/golden")), ...walk(join(ROOT, "tests/fixtures"))].sort(
    (a, b) => (a === seedPath ? -1 : b === seedPath ? 1 : a.localeCompare(b)),
  )) {
    if (![".txt", ".html"].includes(extname(path))) continue;
    const source = readFileSync(path, "utf8");
    const { text, options } = frontMatter(source);
    if (text.length < 600 || /^#[^!]/.test(text)) continue;
    const key = text.trim();
    if (seen.has(key)) continue;
    seen.add(key);
    if (extname(path) === ".html" && !options.input) options.input = "html";
    out.push({ name: relative(ROOT, path), text, options, html: extname(path) === ".html" });
  }
  return out;
}

/** Times `fn` after `warmup` calls: `runs` samples, each averaging `inner` calls (ms). */
export function time(fn, { warmup = 20, runs = 51, inner = 1, budgetMs = 4000 } = {}) {
  for (let i = 0; i < warmup; i++) fn();
  const samples = [];
  const deadline = performance.now() + budgetMs;
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    for (let i = 0; i < inner; i++) fn();
    samples.push((performance.now() - t0) / inner);
    if (samples.length >= 5 && performance.now() > deadline) break;
  }
  return stats(samples);
}

export function stats(samples) {
  const s = [...samples].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.max(0, Math.round(p * (s.length - 1))))];
  return { median: q(0.5), p10: q(0.1), p90: q(0.9), min: s[0], n: s.length };
}

export const fmtMs = (ms) => (ms < 1 ? ms.toFixed(3) : ms < 100 ? ms.toFixed(2) : ms.toFixed(0));
export const kb = (bytes) => (bytes / 1024).toFixed(1);

/** Prints rows as an aligned table (first column left, the others right). */
export function table(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  for (const r of rows) {
    console.log(r.map((cell, c) => (c === 0 ? String(cell).padEnd(widths[c]) : String(cell).padStart(widths[c]))).join("  "));
  }
}
