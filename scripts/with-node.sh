#!/usr/bin/env bash
# Runs a command with Node 22 and the npm packages in place: `bash scripts/with-node.sh node x.mjs`.
source "$(dirname "$0")/env.sh"
ensure_node
ensure_packages
exec "$@"
