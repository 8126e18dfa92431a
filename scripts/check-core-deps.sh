#!/usr/bin/env bash
# The core crate must know no browser: fail if its dependency tree contains a browser or UI crate.
set -euo pipefail
cd "$(dirname "$0")/.."
tree=$(cargo tree -p rapport-core --edges normal --prefix none --locked)
if bad=$(grep -E '^(leptos|web-sys|js-sys|wasm-bindgen|gloo)' <<<"$tree"); then
  echo "core-deps: the core crate must not depend on browser crates, found:"
  echo "$bad"
  exit 1
fi
echo "core-deps: ok, the core crate depends on no browser crate"

# crates/wasm-streams-stub replaces the streams server functions use: rapport must never define or call one.
if used=$(grep -rnE '#\[server|server_fn|ServerAction|ServerFn' src/ crates/core/src/); then
  echo "core-deps: rapport has no server, but server functions appear (the wasm-streams stub cannot stream):"
  echo "$used"
  exit 1
fi
echo "core-deps: ok, no server functions (the wasm-streams stand-in is safe)"
