#!/usr/bin/env bash
# Installs Debian packages for a tool the tests or checks need, when the tool is missing. Sourced by the
# scripts/install-*.sh scripts, which say what they need; idempotent, as root or through sudo.
#
#   apt_install_missing <command that proves the tool is there> <what it is for> <package>...

apt_install_missing() {
  local probe="$1" purpose="$2"
  shift 2
  if command -v "$probe" >/dev/null 2>&1; then
    return 0
  fi
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "$probe is missing and apt-get is not available: install $* ($purpose)." >&2
    return 1
  fi
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if ! command -v sudo >/dev/null 2>&1; then
      echo "$probe is missing and installing it ($*) needs root or sudo." >&2
      return 1
    fi
    sudo="sudo"
  fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}
