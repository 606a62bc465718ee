#!/usr/bin/env bash
# `npm run screenshots`: builds the Chrome extension into .output-screenshots and takes the store
# and README pictures from it (scripts/screenshots.ts) into docs/store/screenshots/, with
# shots.json, the text each picture showed (checked by tests/e2e/screenshots.spec.ts).
source "$(dirname "$0")/env.sh"
cd "$ROOT"
ensure_node
ensure_packages
ensure_debian_package chromium chromium || exit 1

export RA_OUT_DIR=.output-screenshots
echo "› Building the extension into $RA_OUT_DIR"
node_modules/.bin/wxt build >/dev/null || { echo "The build failed; run: RA_OUT_DIR=$RA_OUT_DIR npx wxt build" >&2; exit 1; }
exec node_modules/.bin/tsx scripts/screenshots.ts "$@"
