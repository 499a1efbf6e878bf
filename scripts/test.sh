#!/usr/bin/env bash
# Every test: installs what is missing, then the native tests (unit, golden, CLI, doc), the
# wasm API and DOM tests in headless Chromium, and the end-to-end tests of the demo page.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
bash scripts/setup.sh --browser

echo "== native: cargo test"
cargo test --locked --all-targets
cargo test --locked --doc

echo "== native: hostile input at full size, and growth (release)"
cargo test --locked --profile release-test --test hostile -- --include-ignored --skip end_of_the_calendar
cargo test --locked --profile release-test --test html -- --include-ignored

echo "== wasm: wasm-pack test --headless --chrome"
wasm-pack test --headless --chrome -- --locked --test web

echo "== end to end: release build, demo page in Chromium"
bash scripts/build.sh
node --test tests/e2e/

echo "== all tests passed in $(( $(date +%s) - start )) s"
