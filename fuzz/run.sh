#!/usr/bin/env bash
# Runs both fuzz targets one after the other for SECONDS each (default 300), seeded with the
# repository's articles, and copies any crash or timeout into tests/no_panic/.
#   bash fuzz/run.sh [SECONDS] ["analyze_text analyze_html"]
set -uo pipefail
cd "$(dirname "$0")/.."
secs=${1:-300}
targets=${2:-analyze_text analyze_html}
for t in $targets; do
  mkdir -p "fuzz/corpus/$t"
  for f in tests/golden/*.txt tests/golden/*.html tests/fixtures/*/*.txt tests/fixtures/*/*.html tests/no_panic/*; do
    [ -f "$f" ] && cp "$f" "fuzz/corpus/$t/$(echo "$f" | tr / _)"
  done
  cargo +nightly fuzz run -s none "$t" "fuzz/corpus/$t" -- -dict=fuzz/dict.txt -max_total_time="$secs" \
    -timeout=10 -max_len=16384 -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -rss_limit_mb=4096 -print_final_stats=1 2>&1 | tail -n 25
  for a in fuzz/artifacts/"$t"/*; do
    [ -f "$a" ] && cp -n "$a" "tests/no_panic/$t-$(basename "$a")" && echo "[fuzz] kept $a in tests/no_panic/"
  done
done
