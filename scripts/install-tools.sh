#!/usr/bin/env bash
# Installs what building and testing Tally needs, skipping whatever is already there.
# Fresh Debian with Rust (rustup) and the package registries: ~20 minutes the first time (trunk is
# most of it), a second or two afterwards. Run by `make tools` (and so by `make serve`/`make test`).
#
#   wasm32-unknown-unknown   rustup target
#   trunk 0.21.14            cargo install --locked           (~12 min)
#   wasm-bindgen-cli =V      cargo install, V from Cargo.lock (~4 min; without --locked on purpose)
#   node + npm               apt (only if missing)
#   binaryen 132, playwright-core   npm ci (node_modules/.bin/wasm-opt; never Debian's binaryen 108)
#   chromium, chromedriver   apt
#   crate sources            cargo fetch (Trunk builds with --offline)
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

say() { printf '==> %s\n' "$*"; }
have() { command -v "$1" >/dev/null 2>&1; }

# Root runs apt directly; others use sudo when it is there.
apt_install() {
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    if have sudo; then sudo=(sudo); else
      echo "error: need root (or sudo) to apt-get install $*" >&2
      exit 1
    fi
  fi
  say "apt-get install $*"
  if [ -z "${APT_UPDATED:-}" ]; then
    "${sudo[@]}" apt-get update -q
    APT_UPDATED=1
  fi
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "$@"
}

# 1. The wasm target.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

# 2. Trunk, the wasm app bundler.
if ! trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION\$"; then
  say "cargo install trunk $TRUNK_VERSION (about 12 minutes on 2 cores)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi

# 3. wasm-bindgen-cli, exactly the version Cargo.lock pins (trunk and wasm-bindgen-test-runner
#    refuse a mismatch). Not --locked: its lockfile pins a crate version the registry lacks.
WBG_VERSION=$(awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [ -z "$WBG_VERSION" ]; then
  echo "error: no wasm-bindgen version in Cargo.lock" >&2
  exit 1
fi
trunk_wbg=$(sed -n 's/^wasm_bindgen *= *"\([^"]*\)".*/\1/p' Trunk.toml)
if [ "$trunk_wbg" != "$WBG_VERSION" ]; then
  echo "error: Trunk.toml pins wasm_bindgen = \"$trunk_wbg\" but Cargo.lock has $WBG_VERSION: make them agree" >&2
  exit 1
fi
if ! wasm-bindgen --version 2>/dev/null | grep -q " $WBG_VERSION\$" ||
  ! wasm-bindgen-test-runner --version 2>/dev/null | grep -q " $WBG_VERSION\$"; then
  say "cargo install wasm-bindgen-cli $WBG_VERSION (about 4 minutes)"
  cargo install wasm-bindgen-cli --version "=$WBG_VERSION" --force
fi

# 4. Chromium and its WebDriver, for the wasm-bindgen tests and the end-to-end tests.
pkgs=()
[ -x /usr/bin/chromium ] || pkgs+=(chromium)
[ -x /usr/bin/chromedriver ] || pkgs+=(chromium-driver)
# 5. Node.js and npm, for wasm-opt (binaryen) and playwright-core.
have node || pkgs+=(nodejs)
have npm || pkgs+=(npm)
# gzip and python3 are on every Debian; checked because the budget and the single-file step use them.
have gzip || pkgs+=(gzip)
have python3 || pkgs+=(python3)
# zopfli: single_file.py packs the wasm with it (the same gzip, about 18 KB smaller than -9).
have zopfli || pkgs+=(zopfli)
if [ ${#pkgs[@]} -gt 0 ]; then apt_install "${pkgs[@]}"; fi

# 6. npm packages, exactly as package-lock.json pins them. Re-run only when the lock changed.
if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] ||
  [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "npm ci"
  npm ci --no-audit --no-fund
fi
# Trunk must find npm's binaryen 132 first: Debian's 108 breaks the app's externref table.
if [ "$(command -v wasm-opt)" != "$PWD/node_modules/.bin/wasm-opt" ]; then
  echo "error: wasm-opt on PATH is $(command -v wasm-opt), not node_modules/.bin/wasm-opt" >&2
  exit 1
fi

# 7. Crate sources, so that Trunk's offline cargo builds find everything.
cargo fetch --quiet
