#!/usr/bin/env bash
# The README's demo command (`npm run demo`, or `npm run demo -- --keep-open` with a display):
# sets the machine up like the test command, builds the extension for Chrome and Firefox into
# .output-demo and shows the Chrome build working in Chromium on the saved USPS pages
# (scripts/demo.ts), then says where both builds are and how to load each. Screenshots go to
# demo-screenshots/.
source "$(dirname "$0")/env.sh"
cd "$ROOT"
ensure_node
ensure_packages
ensure_debian_package chromium chromium || exit 1

# Its own build folder, so the demo never disturbs a test run's build.
export RA_OUT_DIR=.output-demo
echo "› Building the extension for Chrome and Firefox into $RA_OUT_DIR"
node_modules/.bin/wxt build >/dev/null || { echo "The Chrome build failed; run: RA_OUT_DIR=$RA_OUT_DIR npx wxt build" >&2; exit 1; }
node_modules/.bin/wxt build -b firefox --mv3 >/dev/null || {
  echo "The Firefox build failed; run: RA_OUT_DIR=$RA_OUT_DIR npx wxt build -b firefox --mv3" >&2
  exit 1
}
exec node_modules/.bin/tsx scripts/demo.ts "$@"
