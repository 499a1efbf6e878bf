#!/usr/bin/env bash
# Builds the release wasm package into pkg/ and optimises it with a current wasm-opt
# (npm's binaryen; Debian's is too old for rustc's output).
set -euo pipefail
cd "$(dirname "$0")/.."
wasm-pack --quiet build --release --target web --out-dir pkg --no-pack
wasm=pkg/article_card_bg.wasm
# --low-memory-unused: the first 1 KB of memory is never addressed (rustc puts the 1 MB stack
# first, growing down towards it, and the data above it), so constant offsets fold into loads and
# stores (-0.8 KB gzip). The target_features section is for tools only.
node_modules/.bin/wasm-opt -Oz --low-memory-unused --enable-bulk-memory --enable-nontrapping-float-to-int \
  --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue \
  --strip-debug --strip-producers --strip-target-features "$wasm" -o "$wasm.opt"
mv "$wasm.opt" "$wasm"
# The embed module (render before init, <article-card>, auto-mount) wraps article_card.js.
cp src/web/embed.js pkg/article-card.js
cp src/web/embed.d.ts pkg/article-card.d.ts
# Every JS file the page loads, minified (about 3.7 KB less gzip): the generated glue, its
# snippet (src/web/glue.js) and the embed module. The readable sources stay in src/web/;
# the glue keeps its first line, the `@ts-self-types` pointer to its declarations.
for js in pkg/article_card.js pkg/article-card.js pkg/snippets/*/src/web/glue.js; do
  keep=$(head -1 "$js" | grep '^/\* @ts-self-types=' || true)
  { [ -z "$keep" ] || echo "$keep"; node_modules/.bin/esbuild "$js" --minify --format=esm --log-level=error; } > "$js.min"
  mv "$js.min" "$js"
done
echo "[build] pkg/ ready: $(wc -c < "$wasm") bytes of wasm after wasm-opt"
