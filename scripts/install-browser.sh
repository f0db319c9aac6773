#!/usr/bin/env bash
# Installs the browser the preview's browser tests and the render benchmark drive: Debian's chromium,
# with fonts so that text (Finnish letters included) renders in screenshots. Playwright's own browser
# download is not used (it needs a host the build machines cannot reach). Idempotent.
set -euo pipefail
source "$(dirname "$0")/ci/apt-install.sh"

apt_install_missing chromium "the browser tests" chromium fonts-liberation fonts-dejavu-core
echo "chromium: $(/usr/bin/chromium --version 2>/dev/null || echo /usr/bin/chromium)"
