#!/usr/bin/env bash
# The main job: install what is missing, build the wasm package and serve the demo page.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
exec node scripts/serve.mjs "$@"
