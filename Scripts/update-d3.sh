#!/usr/bin/env bash
# Copies D3 from Debian's libjs-d3 into the viewer page's resources (Sources/Server/Resources),
# with Debian's copyright file as its licence note. Run it to refresh the committed copy.
set -euo pipefail
cd "$(dirname "$0")/.."
dpkg-query -W -f='${Status}' libjs-d3 2>/dev/null | grep -q "install ok installed" || {
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq libjs-d3 >/dev/null
}
out=Sources/Server/Resources
version=$(dpkg-query -W -f='${Version}' libjs-d3)
cp /usr/share/javascript/d3/d3.min.js "$out/d3.min.js"
{
  echo "d3.min.js is D3.js $version, copied from Debian's libjs-d3 package by Scripts/update-d3.sh."
  echo "D3.js is under the BSD-3-Clause licence; Debian's copyright file follows."
  echo
  cat /usr/share/doc/libjs-d3/copyright
} > "$out/d3-LICENSE.txt"
echo "update-d3: copied D3 $version to $out"
