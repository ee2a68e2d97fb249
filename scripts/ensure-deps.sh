#!/usr/bin/env bash
# Installs what `npm test` and `npm run demo` need and are missing: npm packages (npm ci) and
# Debian's chromium and firefox-esr. Prints the exact command when it cannot install them itself.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "leakscope: installing npm packages (npm ci)…"
  npm ci --no-audit --no-fund
fi

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/firefox-esr ] || missing+=(firefox-esr)
if [ ${#missing[@]} -gt 0 ]; then
  cmd="apt-get update && apt-get install -y ${missing[*]}"
  if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
    echo "leakscope: installing ${missing[*]} from Debian…"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
  elif command -v apt-get >/dev/null && command -v sudo >/dev/null; then
    echo "leakscope: installing ${missing[*]} with sudo…"
    sudo sh -c "$cmd"
  else
    echo "leakscope: the browser tests need ${missing[*]}. Install them, then run this again:" >&2
    echo "  sudo sh -c '$cmd'" >&2
    exit 1
  fi
fi
