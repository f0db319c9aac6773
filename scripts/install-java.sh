#!/usr/bin/env bash
# Installs the Java runtime that Code Analyzer's pmd and cpd engines run on (`npm run analyze`): Debian's
# default-jre-headless. Idempotent: does nothing when `java` is already on the PATH.
set -euo pipefail
source "$(dirname "$0")/ci/apt-install.sh"

apt_install_missing java "Code Analyzer's pmd and cpd engines" default-jre-headless
echo "java: $(java -version 2>&1 | head -n 1)"
