#!/usr/bin/env bash
# Every benchmark, in order: size, Node against the peers, scaling, Chromium, native.
#   bash bench/all.sh [--quick] [--no-build]
set -euo pipefail
cd "$(dirname "$0")/.."
quick=""; build=1
for a in "$@"; do
  [ "$a" = "--quick" ] && quick="--quick"
  [ "$a" = "--no-build" ] && build=0
done
bash scripts/setup.sh --browser >/dev/null
[ "$build" = 1 ] && bash scripts/build.sh
echo "== size";    node bench/size.mjs
echo "== node";    node bench/node.mjs $quick
echo "== scaling"; node bench/scaling.mjs $quick
echo "== browser"; node bench/browser.mjs $quick
echo "== native";  cargo run --quiet --release --example bench_native -- $quick
