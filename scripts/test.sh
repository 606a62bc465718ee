#!/usr/bin/env bash
# The README's test command (`npm test`; CI runs it through .ci/run). Sets the machine up (Node
# 22, npm packages, Debian's chromium and firefox-esr), then runs every check in order, keeps
# going after a failure, and ends with one line: "N passed, N failed". Exits non-zero when
# anything failed or no test ran. RA_OUT_DIR picks the build folder (default .output).
source "$(dirname "$0")/env.sh"
# From here on a failing step is counted, not fatal.
set +e
cd "$ROOT" || exit 1

PASSED=0
FAILED=0
TESTS_RAN=0
SUMMARY_PRINTED=
REPORTS="$(mktemp -d)"
finish() {
  rm -rf "$REPORTS"
  # A setup failure that exits early still ends with the summary line, counted as one failure.
  [ -n "$SUMMARY_PRINTED" ] || echo "$PASSED passed, $((FAILED + 1)) failed"
}
trap finish EXIT

seconds_since() { awk -v start="$1" -v now="$(date +%s%N)" 'BEGIN { printf "%.1f", (now - start) / 1e9 }'; }

# run_step <name> <command...>: prints the step's name, result and duration; returns its status.
run_step() {
  local name="$1" started status
  shift
  echo
  echo "▶ $name"
  started="$(date +%s%N)"
  "$@"
  status=$?
  if [ "$status" = 0 ]; then echo "✔ $name ($(seconds_since "$started") s)"; else echo "✘ $name ($(seconds_since "$started") s)"; fi
  return "$status"
}

# A check that is not a test suite counts as one test.
check() {
  if run_step "$@"; then PASSED=$((PASSED + 1)); else FAILED=$((FAILED + 1)); fi
}

# suite <name> <report kind> <report file> <command...>: counts the tests in the runner's report.
suite() {
  local name="$1" kind="$2" report="$3" counts passed failed
  shift 3
  run_step "$name" "$@"
  local status=$?
  counts="$(node scripts/summarise-tests.mjs "$kind" "$report")"
  read -r passed failed <<<"$counts"
  # A runner that failed without a failed test (no tests found, a crash after the report) still fails.
  if [ "$status" != 0 ] && [ "$failed" = 0 ]; then
    echo "  $name exited with status $status without a failed test: counted as one failure" >&2
    failed=1
  fi
  echo "  $name: $passed passed, $failed failed"
  PASSED=$((PASSED + passed))
  FAILED=$((FAILED + failed))
  TESTS_RAN=$((TESTS_RAN + passed + failed))
}

SETUP_STARTED="$(date +%s%N)"
echo "▶ setup"
ensure_node
ensure_packages || { echo "Installing the npm packages failed (see above)." >&2; exit 1; }
HAVE_CHROMIUM=1
HAVE_FIREFOX=1
ensure_debian_package chromium chromium || HAVE_CHROMIUM=
ensure_debian_package firefox-esr firefox-esr || HAVE_FIREFOX=
echo "✔ setup: Node $(node --version), $(chromium --version 2>/dev/null | head -1), $(firefox-esr --version 2>/dev/null | head -1) ($(seconds_since "$SETUP_STARTED") s)"

BIN="$ROOT/node_modules/.bin"
export RA_OUT_DIR="${RA_OUT_DIR:-.output}"
build() { "$BIN/wxt" build && "$BIN/wxt" build -b firefox --mv3; }
web_ext_lint() {
  "$BIN/web-ext" lint --source-dir "$RA_OUT_DIR/firefox-mv3" --output json --boring >"$REPORTS/web-ext.json"
  local counts
  counts="$(node scripts/summarise-tests.mjs web-ext "$REPORTS/web-ext.json")"
  [ "$counts" = "1 0" ]
}
missing_browser() {
  echo "$1 is not installed; install it with: sudo apt-get install $1" >&2
  return 1
}

check "typecheck (tsc --noEmit)" "$BIN/tsc" --noEmit
check "lint and format (biome check .)" "$BIN/biome" check .
check "build Chrome MV3 and Firefox MV3 into $RA_OUT_DIR" build
# The build checks read the built extension (its manifests, scripts and sizes, and the release
# checks of scripts/release/ but for the slow rebuild from the sources zip, which only
# `npm run release` runs), so they are a step of their own after the build; the unit tests need no build.
suite "build checks (vitest tests/build)" vitest "$REPORTS/vitest-build.json" \
  "$BIN/vitest" run tests/build --reporter=default --reporter=json --outputFile.json="$REPORTS/vitest-build.json"
suite "unit tests (vitest tests/unit)" vitest "$REPORTS/vitest-unit.json" \
  "$BIN/vitest" run tests/unit --reporter=default --reporter=json --outputFile.json="$REPORTS/vitest-unit.json"
check "Firefox lint (web-ext lint, errors fail, warnings reported)" web_ext_lint
if [ -n "$HAVE_CHROMIUM" ]; then
  suite "Chromium end-to-end (playwright test)" playwright "$REPORTS/playwright.json" \
    env PLAYWRIGHT_JSON_OUTPUT_FILE="$REPORTS/playwright.json" "$BIN/playwright" test --reporter=list,json
else
  check "Chromium end-to-end (playwright test)" missing_browser chromium
fi
if [ -n "$HAVE_FIREFOX" ]; then
  suite "Firefox end-to-end (tests/firefox)" firefox "$REPORTS/firefox.json" \
    env FIREFOX_REPORT="$REPORTS/firefox.json" node tests/firefox/run.mjs
else
  check "Firefox end-to-end (tests/firefox)" missing_browser firefox-esr
fi

echo
if [ "$TESTS_RAN" = 0 ]; then
  echo "No test ran: counted as a failure." >&2
  FAILED=$((FAILED + 1))
fi
SUMMARY_PRINTED=1
echo "$PASSED passed, $FAILED failed"
[ "$FAILED" = 0 ]
