#!/usr/bin/env bash
# Installs everything the build and the tests need, pinned, and skips whatever is already present.
# Pins have one source of truth each: Rust in rust-toolchain.toml, wasm-bindgen in Cargo.lock,
# binaryen and Playwright in package-lock.json, Chromium from Debian.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf 'setup: %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# Rust: rustup reads rust-toolchain.toml (toolchain, components, wasm target) and installs what is missing.
if ! command -v cargo >/dev/null 2>&1 && [ -x "$HOME/.cargo/bin/cargo" ]; then export PATH="$HOME/.cargo/bin:$PATH"; fi
command -v rustup >/dev/null 2>&1 || { say "rustup is required (this machine kind ships it)"; exit 1; }
rustup show active-toolchain >/dev/null
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32 target"
  rustup target add wasm32-unknown-unknown
fi

# Debian's Chromium and ChromeDriver (a browser download of Playwright's own cannot work here).
if ! [ -x /usr/bin/chromium ] || ! [ -x /usr/bin/chromedriver ]; then
  say "installing chromium and chromium-driver from Debian"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq chromium chromium-driver >/dev/null
fi

# Firefox ESR (driven by Playwright over WebDriver BiDi), WebKitGTK's WebDriver and MiniBrowser, and Xvfb for
# WebKit's display: the other two engines of the browser tests (docs/browsers.md), from Debian.
if ! [ -x /usr/bin/firefox-esr ] || ! [ -x /usr/bin/WebKitWebDriver ] || ! command -v Xvfb >/dev/null 2>&1; then
  say "installing firefox-esr, webkit2gtk-driver and xvfb from Debian"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq firefox-esr webkit2gtk-driver xvfb >/dev/null
fi

# wasm-bindgen CLI: exactly the version in Cargo.lock. (`--locked` fails here: one pinned dependency of the
# CLI is missing from the registry.)
wanted=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
have=$(wasm-bindgen --version 2>/dev/null | awk '{ print $2 }' || true)
if [ "$have" != "$wanted" ]; then
  say "installing wasm-bindgen-cli $wanted (found '${have:-none}')"
  cargo install wasm-bindgen-cli --version "$wanted" --force
fi

# npm packages (Playwright, axe-core, binaryen's wasm-opt), exactly as package-lock.json says.
lock_hash=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ "$(cat node_modules/.rapport-lock 2>/dev/null || true)" != "$lock_hash" ]; then
  say "installing npm packages from package-lock.json"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error
  echo "$lock_hash" > node_modules/.rapport-lock
fi
# Playwright 1.65 and Firefox ESR 153 over BiDi: see the script (idempotent: does nothing once applied).
node scripts/patch-playwright-bidi.mjs
say "ready (rust $(rustc --version | awk '{print $2}'), wasm-bindgen $wanted, $(node_modules/.bin/wasm-opt --version), $(/usr/bin/chromium --version), $(/usr/bin/firefox-esr --version 2>/dev/null), WebKitGTK $(dpkg-query -W -f='${Version}' libwebkit2gtk-4.1-0 2>/dev/null))"
