#!/usr/bin/env bash
# Installs headless Chromium and its WebDriver from Debian's packages for sluice-ui's browser test
# (StreamingPageBrowserTest), unless they are already there. .ci/run calls it before the tests.
set -euo pipefail
if [[ -x /usr/bin/chromium && -x /usr/bin/chromedriver ]]; then
  exit 0
fi
SUDO=""
if [[ "$(id -u)" != 0 ]]; then
  SUDO="sudo"
fi
echo "scripts/chromium.sh: installing chromium and chromium-driver (apt-get)..." >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >/dev/null
$SUDO apt-get install -y -qq --no-install-recommends chromium chromium-driver >/dev/null
/usr/bin/chromium --version >&2 || true
