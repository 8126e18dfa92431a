#!/usr/bin/env bash
# Issue 23's measurements of 2026-12-04, late (docs/performance.md): builds the embed's widget only, through the
# release pipeline of scripts/build.sh (cargo with its RUSTFLAGS, wasm-bindgen, the same wasm-opt passes, terser on
# the glue), with an extra cfg on the UI crate alone (`cargo rustc`, so the dependencies are not rebuilt), and
# prints gzip level 9 sizes. Usage, from the repository's root with the matching patch applied:
#   bash docs/experiments/measure-issue23.sh plain            # today's widget, for comparison
#   bash docs/experiments/measure-issue23.sh split            # split-b.patch: --cfg rapport_split, wasm-split-cli
#   bash docs/experiments/measure-issue23.sh floor            # answering-floor.patch: --cfg rapport_floor
#   bash docs/experiments/measure-issue23.sh empty            # answering-floor.patch: --cfg rapport_empty
# Needs wasm-split-cli for `split`: cargo install wasm_split_cli_support --version 0.2.4 --features build-binary --locked
set -euo pipefail
cd "$(dirname "$0")/../.."
export PATH=$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH
kind=${1:?plain, split, floor or empty}
out=target/issue23/$kind
rm -rf "$out"
mkdir -p "$out/pkg"
flags="--cfg erase_components --remap-path-prefix=$PWD/="
for registry in "${CARGO_HOME:-$HOME/.cargo}"/registry/src/*/; do flags="$flags --remap-path-prefix=$registry="; done
extra=()
case $kind in
  plain) ;;
  split) extra=(--cfg rapport_split -Clink-args=--emit-relocs) ;;
  floor) extra=(--cfg rapport_floor) ;;
  empty) extra=(--cfg rapport_empty) ;;
  *) echo "unknown kind $kind" >&2; exit 1 ;;
esac
RUSTFLAGS="$flags" cargo rustc --release --locked --target wasm32-unknown-unknown -p rapport --lib -- ${extra[@]+"${extra[@]}"}
wasm=target/wasm32-unknown-unknown/release/rapport.wasm
cp "$wasm" "$out/cargo.wasm"
if [ "$kind" = split ]; then
  mkdir -p "$out/split"
  wasm-split-cli "$out/cargo.wasm" "$out/split" --target web --out-name widget
  wasm-bindgen --keep-lld-exports --target web --no-typescript --out-name widget --out-dir "$out/pkg" "$out/split/widget.wasm"
  for file in "$out"/split/*; do
    case $(basename "$file") in widget.wasm) ;; *) cp "$file" "$out/pkg/" ;; esac
  done
else
  wasm-bindgen --target web --no-typescript --out-name widget --out-dir "$out/pkg" "$wasm"
fi
for file in "$out"/pkg/*.wasm; do
  cp "$file" "$file.unopt"
  wasm-opt --low-memory-unused --flatten --rereloop -O4 -O4 --skip-pass=inlining-optimizing \
    --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-reference-types \
    --enable-mutable-globals --strip-debug --strip-producers --strip-target-features "$file" -o "$file"
done
for file in "$out"/pkg/*.js; do terser "$file" --module --compress passes=2 --mangle -o "$file"; done
terser web/v1/rapport.js --module --compress passes=2 --mangle -o "$out/rapport.js"
# The German catalogue as the build writes it for this wasm (only the texts it can show), and the readings files.
all_wasm="$out/all.wasm.txt"
cat "$out"/pkg/*.wasm > "$all_wasm"
for tag in de es; do
  cargo run -q --locked -p rapport-core --example catalogue -- "crates/core/catalogues/$tag.json" "$out/$tag.json" "$all_wasm"
done
cargo run -q --locked -p rapport-core --example catalogue -- --readings en "$out/readings-en.json" "$out/pkg/widget_bg.wasm" || true
node docs/experiments/measure-issue23.mjs "$out"
