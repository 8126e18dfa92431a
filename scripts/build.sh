#!/usr/bin/env bash
# Builds the release bundle into dist/: the wasm (cargo, then wasm-bindgen, then wasm-opt -Oz from npm's binaryen,
# never Debian's, which miscompiles Leptos output), the glue, our loader and the demo page.
set -euo pipefail
cd "$(dirname "$0")/.."

# Built beside dist/ and swapped in at the end: a failed build leaves the last good bundle in place.
out=dist.new
rm -rf "$out"
mkdir -p "$out/pkg"

# The flags of .cargo/config.toml, plus shorter panic-location paths: the registry's absolute paths are
# machine-specific and about 5 KB of the wasm. (RUSTFLAGS replaces the config's rustflags, so repeat them.)
flags="--cfg erase_components --remap-path-prefix=$PWD/="
for registry in "${CARGO_HOME:-$HOME/.cargo}"/registry/src/*/; do flags="$flags --remap-path-prefix=$registry="; done
# Two builds of the UI crate: the embed's widget, and the standalone summary page's (`--features standalone`).
build_wasm() { # name, cargo flags...
  local name=$1
  shift
  RUSTFLAGS="$flags" cargo build --release --locked --target wasm32-unknown-unknown -p rapport "$@"
  wasm-bindgen --target web --no-typescript --out-name "$name" --out-dir "$out/pkg" \
    target/wasm32-unknown-unknown/release/rapport.wasm
  # -Oz for size; the wasm-bindgen features Leptos output relies on must stay enabled. Flattening and
  # re-reloop first (control flow rebuilt by binaryen's Relooper) takes another 0.9 KB gzip off the embed
  # (docs/performance.md); it changes structure, not behaviour, and every browser test runs on its output.
  node_modules/.bin/wasm-opt --flatten --rereloop -Oz -Oz --converge --enable-bulk-memory \
    --enable-nontrapping-float-to-int \
    --enable-sign-ext --enable-reference-types --enable-mutable-globals --strip-debug --strip-producers \
    "$out/pkg/${name}_bg.wasm" -o "$out/pkg/${name}_bg.wasm"
  # wasm-bindgen's glue ships unminified: terser takes it from 7.9 to 5.8 KB gzip (keeps the module's exports).
  node_modules/.bin/terser "$out/pkg/$name.js" --module --compress passes=2 --mangle -o "$out/pkg/$name.js"
}
build_wasm widget
build_wasm standalone --features standalone

cp index.html summary.html "$out/"
cp web/* "$out/"
# The loaders ship minified too (web/ keeps the commented source): rapport.js is paid by every coach's page.
for loader in rapport.js standalone.js; do
  node_modules/.bin/terser "web/$loader" --module --compress passes=2 --mangle -o "$out/$loader"
done
node scripts/make-icons.mjs "$out"
rm -rf dist
mv "$out" dist
echo "built dist/"
