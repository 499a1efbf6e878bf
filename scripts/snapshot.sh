#!/usr/bin/env bash
# Behaviour snapshot for refactors that must not change results: the CLI's card JSON for
# every article-like file under tests/ but the held-out batches (they stay unseen), one line
# per file with a hash of its output.
#   bash scripts/snapshot.sh > before.txt   ... change ...   bash scripts/snapshot.sh | diff before.txt -
# A file that gives a different card shows as a changed line; `--show FILE` prints its JSON.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build -q --release --bin article-card
bin=target/release/article-card
if [ "${1:-}" = "--show" ]; then exec "$bin" "$2"; fi
find tests -path tests/heldout -prune -o -type f \( -name '*.txt' -o -name '*.html' \) -print | LC_ALL=C sort | while read -r f; do
  printf '%s %s\n' "$("$bin" "$f" 2>&1 | sha256sum | cut -c1-16)" "$f"
done
