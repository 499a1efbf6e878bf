#!/usr/bin/env bash
# Installs what building and testing need, idempotently (fast when all is there):
# the Rust wasm target, wasm-pack, the npm tools (a current wasm-opt, playwright-core), and
# with --browser, Debian's Chromium and ChromeDriver. Never downloads a browser of its own.
set -euo pipefail
cd "$(dirname "$0")/.."

browser=0
for a in "$@"; do [ "$a" = "--browser" ] && browser=1; done

log() { printf '[setup] %s\n' "$*"; }

apt_updated=0
apt_install() {
  if [ "$apt_updated" = 0 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    apt_updated=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

if ! command -v cargo >/dev/null && [ -f "$HOME/.cargo/env" ]; then
  . "$HOME/.cargo/env"
fi
command -v cargo >/dev/null || { echo "[setup] cargo (rustup) is required" >&2; exit 1; }

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  log "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if ! command -v wasm-pack >/dev/null; then
  log "installing wasm-pack (about 2 minutes)"
  cargo install wasm-pack --locked
fi

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  log "installing Node.js and npm"
  apt_install nodejs npm
fi

if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] \
   || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  log "installing npm tools (package-lock.json)"
  npm ci --no-audit --no-fund --loglevel=error
fi

if [ "$browser" = 1 ] && { ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; }; then
  log "installing Debian's chromium and chromium-driver"
  apt_install chromium chromium-driver
fi
log "ready"
