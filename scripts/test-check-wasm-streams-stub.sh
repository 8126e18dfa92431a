#!/usr/bin/env bash
# Shows check-wasm-streams-stub.sh passing on what cargo reports today and failing on each way the real crate
# can come back (given as files, so no dependency is changed). Run by `make lint`.
set -uo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
check=scripts/check-wasm-streams-stub.sh
failures=0

stub_tree='wasm-streams v0.5.0 (/work/rapport/crates/wasm-streams-stub)
server_fn v0.8.13
leptos v0.8.23'
real_tree='wasm-streams v0.5.1
server_fn v0.8.14
leptos v0.8.24'
both_tree='wasm-streams v0.5.0 (/work/rapport/crates/wasm-streams-stub)
wasm-streams v0.6.0
server_fn v0.8.14'
stub_lock='[[package]]
name = "wasm-streams"
version = "0.5.0"
dependencies = [
 "js-sys",
]

[[package]]
name = "web-sys"
version = "0.3.77"
source = "registry+https://github.com/rust-lang/crates.io-index"'
real_lock='[[package]]
name = "wasm-streams"
version = "0.5.1"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "15053d8d85c7eccdbefef60f06769760a563c7f0a9d6902a13d35c7800b0ad65"'

expect() { # expect PASS|FAIL NAME TREE LOCK
  printf '%s\n' "$3" >"$tmp/tree"
  printf '%s\n' "$4" >"$tmp/lock"
  if bash "$check" "$tmp/tree" "$tmp/lock" >"$tmp/out" 2>&1; then got=PASS; else got=FAIL; fi
  if [ "$got" = "$1" ]; then
    echo "ok: $2 -> $got"
  else
    echo "WRONG: $2 -> $got, expected $1:"
    sed 's/^/  /' "$tmp/out"
    failures=$((failures + 1))
  fi
}

expect PASS "only the stub" "$stub_tree" "$stub_lock"
expect FAIL "the real crate instead of the stub" "$real_tree" "$stub_lock"
expect FAIL "the stub and a newer real crate side by side" "$both_tree" "$stub_lock"
expect FAIL "no wasm-streams at all" "server_fn v0.8.13" "$stub_lock"
expect FAIL "the stub in the tree but the registry's in Cargo.lock" "$stub_tree" "$real_lock"
# And the real thing, through cargo.
if bash "$check" >"$tmp/out" 2>&1; then echo "ok: this repository -> PASS ($(tail -1 "$tmp/out"))"; else
  echo "WRONG: this repository fails:"; cat "$tmp/out"; failures=$((failures + 1)); fi

[ "$failures" -eq 0 ] || { echo "test-check-wasm-streams-stub: $failures wrong"; exit 1; }
echo "test-check-wasm-streams-stub: all cases as expected"
