#!/usr/bin/env bash
# Builds the release wasm package into pkg/ and optimises it with a current wasm-opt
# (npm's binaryen; Debian's is too old for rustc's output).
set -euo pipefail
cd "$(dirname "$0")/.."
wasm-pack --quiet build --release --target web --out-dir pkg --no-pack
wasm=pkg/article_card_bg.wasm
node_modules/.bin/wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int \
  --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue \
  --strip-debug --strip-producers "$wasm" -o "$wasm.opt"
mv "$wasm.opt" "$wasm"
# The embed module (render before init, <article-card>, auto-mount) wraps article_card.js.
cp src/web/embed.js pkg/article-card.js
cp src/web/embed.d.ts pkg/article-card.d.ts
echo "[build] pkg/ ready: $(wc -c < "$wasm") bytes of wasm after wasm-opt"
