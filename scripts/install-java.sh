#!/usr/bin/env bash
# Installs the Java runtime that Code Analyzer's pmd and cpd engines run on (`npm run analyze`): Debian's
# default-jre-headless. Idempotent: does nothing when `java` is already on the PATH.
set -euo pipefail

if command -v java >/dev/null 2>&1; then
  echo "java present: $(java -version 2>&1 | head -n 1)"
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "java is missing and apt-get is not available: install a Java runtime, version 11 or later." >&2
  exit 1
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
  else
    echo "java is missing and installing it needs root (or sudo)." >&2
    exit 1
  fi
fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends default-jre-headless >/dev/null

echo "java installed: $(java -version 2>&1 | head -n 1)"
