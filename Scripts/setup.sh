#!/usr/bin/env bash
# Installs what graphtool needs to build, test and run on a Debian machine, only what is missing
# (safe to run again). Needs root, or sudo, for apt-get.
set -euo pipefail

# Debian packages the build and the tests use.
# chromium and chromium-driver run the viewer page's browser test (Tests/Browser); postgresql-15
# is the server the PostgreSQL store's tests start in a temporary folder (Scripts/postgres.sh).
packages=(python3 libsqlite3-dev libxml2-dev zlib1g-dev liblz4-dev libxml2-utils graphviz pkg-config chromium chromium-driver postgresql-15)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "setup: installing ${missing[*]}" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

command -v swift >/dev/null || { echo "setup: swift is not on PATH; install the Swift 6 toolchain first" >&2; exit 1; }

# Selenium drives Chromium in the browser test.
python3 -c 'import selenium' 2>/dev/null || python3 -m pip install --quiet selenium
