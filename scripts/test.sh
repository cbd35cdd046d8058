#!/usr/bin/env bash
# The whole test suite, from a fresh clone after `npm ci`: type check, unit tests, the site built
# twice (at the root and under a path prefix), then the end-to-end tests in Debian's Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  echo "Chromium is missing: installing Debian's package (needs root)…"
  if [ "$(id -u)" -eq 0 ]; then apt-get update -qq && apt-get install -y -qq chromium >/dev/null
  else sudo apt-get update -qq && sudo apt-get install -y -qq chromium >/dev/null; fi
fi

npm run check
npx vitest run
npm run build
BASE_PATH=/study-guide/ OUT_DIR=./dist-prefix npm run build
npx playwright test "$@"
