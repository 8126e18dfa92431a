#!/usr/bin/env bash
# Leptos reaches `wasm-streams` through server_fn; Cargo.toml's [patch.crates-io] swaps it for
# crates/wasm-streams-stub (8.2 KB gzip of exported JavaScript classes the embed never uses). A patch silently stops
# applying when an update asks for a version the stub does not claim: cargo then warns "patch was not used" and
# builds the real crate. This fails instead, so the wasm cannot grow back unnoticed.
#
# Usage: check-wasm-streams-stub.sh [TREE_FILE LOCK_FILE]. Without arguments it reads `cargo tree -i wasm-streams`
# and Cargo.lock; scripts/test-check-wasm-streams-stub.sh gives it files to show each way it fails.
set -uo pipefail
cd "$(dirname "$0")/.."

if [ $# -eq 2 ]; then
  tree=$(cat "$1")
  lock=$(cat "$2")
else
  # Every target (the embed is wasm32) and every kind of edge; an ambiguous name (stub and real crate both in the
  # graph) makes cargo tree fail, which fails here too.
  tree=$(cargo tree -i wasm-streams --target all --edges all --prefix none --locked 2>&1) || {
    echo "wasm-streams: cargo tree cannot name one wasm-streams (both the stub and the real crate?):"
    echo "$tree"
    exit 1
  }
  lock=$(cat Cargo.lock)
fi

packages=$(grep -E '^wasm-streams v' <<<"$tree" | sort -u)
if [ -z "$packages" ]; then
  echo "wasm-streams: not in the dependency tree at all; if Leptos dropped it, remove the stub and this check."
  echo "$tree" | head -5
  exit 1
fi
if real=$(grep -v 'crates/wasm-streams-stub)' <<<"$packages"); then
  echo "wasm-streams: the real crate is back (the stub's patch no longer applies; crates/wasm-streams-stub says why"
  echo "it exists). Found:"
  echo "$real"
  exit 1
fi
# In Cargo.lock a patched package has no `source` (a path); the registry's has `source = "registry+..."`.
if awk '/^\[\[package\]\]/ { name = "" } /^name = "wasm-streams"$/ { name = 1 } name && /^source = / { found = 1 }
        END { exit !found }' <<<"$lock"; then
  echo "wasm-streams: Cargo.lock holds wasm-streams from a registry, not the stub."
  exit 1
fi
echo "wasm-streams: ok, only the stub ($(head -1 <<<"$packages"))"
