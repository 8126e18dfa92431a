#!/usr/bin/env bash
# The browser tests in three engines (docs/browsers.md): Chromium and Firefox through Playwright, one engine after
# the other (each run uses both cores), while WebKit runs beside them through WebKitWebDriver (one session at a
# time, mostly waiting on the browser, so it costs little CPU). The WebKit run starts and stops its own Xvfb,
# driver and server. Prints each engine's wall time; fails if any engine failed.
# Usage: scripts/e2e.sh [chromium|firefox|webkit]...   (default: all three)
set -uo pipefail
cd "$(dirname "$0")/.."
export E2E_PORT=${E2E_PORT:-8181}
engines=("$@")
[ ${#engines[@]} -gt 0 ] || engines=(chromium firefox webkit)
out=e2e-results  # not test-results/: Playwright empties that folder when it starts
mkdir -p "$out"
timings=$out/engine-times.txt
: > "$timings"

run() { # engine, command...
  local engine=$1 start status
  shift
  start=$(date +%s)
  "$@"
  status=$?
  echo "$engine: $(( $(date +%s) - start )) s, exit $status" >> "$timings"
  return $status
}

failed=0
webkit_pid=
if [[ " ${engines[*]} " == *" webkit "* ]]; then
  rm -rf "$out/webkit"  # this run's screenshots only (tests/webkit/harness.mjs writes them there)
  run webkit node --test --test-concurrency=1 --test-reporter=spec tests/webkit/ > "$out/webkit.log" 2>&1 &
  webkit_pid=$!
fi
for engine in chromium firefox; do
  [[ " ${engines[*]} " == *" $engine "* ]] || continue
  if [ "$engine" = chromium ]; then projects=(--project=desktop --project=phone); else projects=(--project=firefox --project=firefox-dark); fi
  run "$engine" npx playwright test --config tests/playwright.config.mjs "${projects[@]}" || failed=1
done
if [ -n "$webkit_pid" ]; then
  wait "$webkit_pid" || failed=1
  cat "$out/webkit.log"
fi
echo "e2e wall times:"
cat "$timings"
exit $failed
