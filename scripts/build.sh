#!/usr/bin/env bash
# Builds the release bundle into dist/: the wasm (cargo, then wasm-bindgen, then wasm-opt -Oz from npm's binaryen,
# never Debian's, which miscompiles Leptos output), the glue, our loader and the demo page.
set -euo pipefail
cd "$(dirname "$0")/.."

# Built beside dist/ and swapped in at the end: a failed build leaves the last good bundle in place.
out=dist.new
rm -rf "$out"
# The stable, versioned folder a coach's page links to (rapport.js) and the content-hashed files it loads.
v1="$out/v1"
mkdir -p "$v1/pkg"

# The flags of .cargo/config.toml, plus shorter panic-location paths: the registry's absolute paths are
# machine-specific and about 5 KB of the wasm. (RUSTFLAGS replaces the config's rustflags, so repeat them.)
flags="--cfg erase_components --remap-path-prefix=$PWD/="
for registry in "${CARGO_HOME:-$HOME/.cargo}"/registry/src/*/; do flags="$flags --remap-path-prefix=$registry="; done
# Three builds of the UI crate: the embed's widget; the embed with the goals screen (`--features goals`), which
# the loader picks only for a page whose widget starts there; and our standalone pages' (`--features standalone`).
build_wasm() { # name, cargo flags...
  local name=$1
  shift
  # The build script's folder holds the CSS as a file too, under the content-hashed name the wasm links where a
  # browser cannot construct a stylesheet (build.rs, src/mount.rs): it goes beside the wasm as it is.
  local styles
  styles=$(RUSTFLAGS="$flags" cargo build --release --locked --target wasm32-unknown-unknown -p rapport "$@" \
    --message-format=json-render-diagnostics |
    node -e 'let t="";process.stdin.on("data",(d)=>(t+=d)).on("end",()=>{for(const l of t.split("\n")){
      if(!l.startsWith("{"))continue;const m=JSON.parse(l);
      if(m.reason==="build-script-executed"&&/#rapport@/.test(m.package_id))console.log(m.out_dir)}})')
  [ -f "$styles/stylesheet-name.txt" ] || { echo "build: no stylesheet from build.rs (in '$styles')" >&2; exit 1; }
  cp "$styles/stylesheet.css" "$v1/pkg/$(cat "$styles/stylesheet-name.txt")"
  wasm-bindgen --target web --no-typescript --out-name "$name" --out-dir "$v1/pkg" \
    target/wasm32-unknown-unknown/release/rapport.wasm
  # The level is judged by gzip, what a phone pays: -O2 twice is 0.96 KB gzip smaller than -Oz twice with
  # --converge (129.3 against 130.3 KB on the same input), though 6% larger raw: -Oz shrinks raw bytes in ways
  # that compress worse (docs/performance.md has the table). The wasm-bindgen features Leptos output relies on
  # must stay enabled. Flattening and re-reloop first (control flow rebuilt by binaryen's Relooper) takes another
  # 0.9 KB gzip off the embed.
  # Without binaryen's inlining pass the wasm is 5% larger raw but 12 KB smaller gzipped: un-inlined code
  # repeats itself and compresses far better, and transfer is what a phone pays (docs/performance.md has the
  # start-up and interaction times with and without). Skipping an optimisation never changes behaviour, and
  # every browser test runs on this output. The target_features section (which features rustc used) was read by
  # wasm-bindgen already; browsers ignore it: 0.1 KB.
  # -O4 twice (-O3 plus the flatten-based passes) with --low-memory-unused takes another 0.8 KB gzip off the embed
  # against -O2 twice (131.4 to 130.6 on one input; -O3 twice 131.1, -Os twice 131.1). --low-memory-unused lets
  # binaryen fold constant offsets on the promise that addresses below 1024 are never used: rustc puts the 1 MB
  # stack first (data from 1048576 up), so they are reached only a kilobyte short of a stack overflow.
  node_modules/.bin/wasm-opt --low-memory-unused --flatten --rereloop -O4 -O4 --skip-pass=inlining-optimizing \
    --enable-bulk-memory \
    --enable-nontrapping-float-to-int \
    --enable-sign-ext --enable-reference-types --enable-mutable-globals --strip-debug --strip-producers \
    --strip-target-features "$v1/pkg/${name}_bg.wasm" -o "$v1/pkg/${name}_bg.wasm"
  # wasm-bindgen's glue ships unminified: terser takes it from 7.9 to 5.8 KB gzip (keeps the module's exports).
  node_modules/.bin/terser "$v1/pkg/$name.js" --module --compress passes=2 --mangle -o "$v1/pkg/$name.js"
}

# Content-hashed names (`widget.0123456789.js`): rapport.js stays one stable URL, served no-cache, while what it
# loads can be cached for good, and a release never mixes old and new files. Every reference is rewritten.
renames=()
hash_name() { # path under dist.new/v1/pkg
  local file=$1 hash
  hash=$(sha256sum "$v1/pkg/$file" | cut -c1-10)
  local hashed="${file%.*}.$hash.${file##*.}"
  mv "$v1/pkg/$file" "$v1/pkg/$hashed"
  renames+=("pkg/$file=pkg/$hashed")
}
rewrite() { # file: replaces every pkg/<name> with its hashed name (a check below finds any left)
  local target=$1 pair from
  for pair in "${renames[@]}"; do
    from=${pair%%=*}
    sed -i "s#${from//./\\.}#${pair#*=}#g" "$target"
  done
}
build_wasm widget
build_wasm goals --features goals
build_wasm standalone --features standalone

for file in widget.js widget_bg.wasm goals.js goals_bg.wasm standalone.js standalone_bg.wasm; do hash_name "$file"; done
# Language catalogues (crates/core/catalogues): keyed by the hash of each English text (the core's
# compile_catalogue, which fails on two texts with one key), compact, content-hashed, fetched only when chosen.
# Three per language: `<tag>.json` for the embed holds only the texts its wasm can show (goals, sharing, comparison
# and the group view are not in it), `<tag>-goals.json` those of the embed with goals, `<tag>-full.json`
# everything, for our standalone pages. None holds the readings' texts, which ship in the readings files below.
mkdir -p "$v1/lang"
embed_wasm=$(ls "$v1"/pkg/widget_bg.*.wasm)
goals_wasm=$(ls "$v1"/pkg/goals_bg.*.wasm)
for catalogue in crates/core/catalogues/*.json; do
  tag=$(basename "$catalogue" .json)
  cargo run -q --locked -p rapport-core --example catalogue -- "$catalogue" "$v1/lang/$tag.json" "$embed_wasm"
  cargo run -q --locked -p rapport-core --example catalogue -- "$catalogue" "$v1/lang/$tag-goals.json" "$goals_wasm"
  cargo run -q --locked -p rapport-core --example catalogue -- "$catalogue" "$v1/lang/$tag-full.json"
  for name in "$tag" "$tag-goals" "$tag-full"; do
    hash=$(sha256sum "$v1/lang/$name.json" | cut -c1-10)
    mv "$v1/lang/$name.json" "$v1/lang/$name.$hash.json"
    renames+=("lang/$name.json=lang/$name.$hash.json")
  done
done
# The readings files, one per language, English too: what a result's parts mean, their next steps and the
# questions to bring along (the core's `fetched_texts`). The wasm holds only their keys: a widget fetches its
# language's file when a questionnaire starts, so no first question waits for them. Each build checks that no
# wasm holds one of these texts.
standalone_wasm=$(ls "$v1"/pkg/standalone_bg.*.wasm)
for tag in en $(basename -s .json crates/core/catalogues/*.json); do
  source=crates/core/catalogues/$tag.json
  [ "$tag" = en ] && source=en
  cargo run -q --locked -p rapport-core --example catalogue -- --readings "$source" "$v1/lang/readings-$tag.json" "$embed_wasm"
  cargo run -q --locked -p rapport-core --example catalogue -- --readings "$source" "$v1/lang/readings-$tag.json" "$goals_wasm"
  cargo run -q --locked -p rapport-core --example catalogue -- --readings "$source" "$v1/lang/readings-$tag.json" "$standalone_wasm"
  hash=$(sha256sum "$v1/lang/readings-$tag.json" | cut -c1-10)
  mv "$v1/lang/readings-$tag.json" "$v1/lang/readings-$tag.$hash.json"
  renames+=("lang/readings-$tag.json=lang/readings-$tag.$hash.json")
done

cp index.html summary.html embed.html builder.html "$out/"
find web -maxdepth 1 -type f -exec cp {} "$out/" \;
# The loaders ship minified too (web/ keeps the commented source): rapport.js is paid by every coach's page.
# Each carries the release's version (Cargo.toml, through scripts/version.mjs) in a first-line comment and in
# its `rapport:ready` event.
version=$(node scripts/version.mjs)
for loader in web/v1/*.js; do
  node_modules/.bin/terser "$loader" --module --compress passes=2 --mangle -o "$v1/$(basename "$loader")"
  rewrite "$v1/$(basename "$loader")"
  sed -i -e "s#RAPPORT_VERSION#$version#g" -e "1i // rapport $version, MIT licence" "$v1/$(basename "$loader")"
done
# The builder writes CDN snippets: it needs the version and the npm name too.
sed -i -e "s#RAPPORT_VERSION#$version#g" -e "s#RAPPORT_NPM_NAME#$(node scripts/version.mjs --npm-name)#g" "$out/builder.js"
rewrite "$out/sw.js"
# The offline cache is named after this release, so a new release replaces it whole.
release=$(cat "$v1"/pkg/* "$v1"/lang/* | sha256sum | cut -c1-10)
sed -i "s#rapport-offline-RELEASE#rapport-offline-$release#" "$out/sw.js"
# Nothing may still point at an unhashed name.
if grep -lE "pkg/(widget|goals|standalone)(_bg)?\.(js|wasm)|lang/[a-z-]+\.json|RAPPORT_(VERSION|NPM_NAME)" "$v1"/*.js "$out/sw.js" "$out/builder.js"; then
  echo "build: a reference to an unhashed file was left (above)" >&2
  exit 1
fi
node scripts/make-icons.mjs "$out"
rm -rf dist
mv "$out" dist
echo "built dist/"
