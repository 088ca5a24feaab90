#!/usr/bin/env bash
# CI: the whole test suite a second time, in Gecko (Debian's firefox-esr, driven by puppeteer-core
# over WebDriver BiDi; no browser download). Installs firefox-esr when no Firefox is found.
# Extra arguments go to wtr, e.g. `scripts/ci-firefox.sh --files 'test/core/**/*.test.ts'`.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${FIREFOX_PATH:-}" ] && ! command -v firefox-esr >/dev/null 2>&1 && ! command -v firefox >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq firefox-esr >/dev/null
fi
echo "Firefox: $("${FIREFOX_PATH:-$(command -v firefox-esr || command -v firefox)}" --version 2>/dev/null)"

# Theme CSS is generated (as `npm test` does in its pretest step).
npm run --silent tokens
exec node_modules/.bin/wtr --config web-test-runner.firefox.config.mjs "$@"
