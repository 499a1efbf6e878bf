#!/usr/bin/env bash
# Size report: builds the release package (wasm-opt included) and prints what a page loads,
# raw and gzip -9. The card's CSS is compiled into the wasm (adopted at run time).
set -euo pipefail
cd "$(dirname "$0")/.."
[ "${1:-}" = "--no-build" ] || bash scripts/build.sh >/dev/null
row() { printf '%-28s %10s %10s\n' "${1/#pkg\/snippets\/*\//pkg\/snippets\/...\/}" "$2" "$3"; }
gz() { gzip -9c "$1" | wc -c; }
total_raw=0; total_gz=0
row "file" "raw bytes" "gzip bytes"
# The wasm, its glue and the glue's snippet load on every page; the embed module
# (pkg/article-card.js: <article-card>, auto-mount) on pages that use it, so it counts too.
for f in pkg/article_card_bg.wasm pkg/article_card.js pkg/snippets/*/src/web/glue.js pkg/article-card.js; do
  raw=$(wc -c < "$f"); g=$(gz "$f")
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + g))
  row "$f" "$raw" "$g"
done
row "total (page loads)" "$total_raw" "$total_gz"
printf 'css inside the wasm: %s bytes\n' "$(wc -c < src/view/style.css)"
