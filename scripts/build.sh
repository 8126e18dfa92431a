#!/usr/bin/env bash
# Builds the release bundle into dist/: the wasm (cargo, then wasm-bindgen, then wasm-opt -Oz from npm's binaryen,
# never Debian's, which miscompiles Leptos output), the glue, our loader and the demo page.
set -euo pipefail
cd "$(dirname "$0")/.."

out=dist
rm -rf "$out"
mkdir -p "$out/pkg"

cargo build --release --locked --target wasm32-unknown-unknown -p rapport
wasm-bindgen --target web --no-typescript --out-name widget --out-dir "$out/pkg" \
  target/wasm32-unknown-unknown/release/rapport.wasm
# -Oz for size; the wasm-bindgen features Leptos output relies on must stay enabled.
node_modules/.bin/wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-reference-types --enable-mutable-globals --strip-debug --strip-producers \
  "$out/pkg/widget_bg.wasm" -o "$out/pkg/widget_bg.wasm"

cp index.html "$out/"
cp web/* "$out/"
echo "built $out/"
