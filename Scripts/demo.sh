#!/usr/bin/env bash
# The main job on the sample corpus: installs what is missing, builds graphtool and reads the
# articles in ../shared/corpus/seeds, printing the entities of each with the rules that decided them.
set -euo pipefail
cd "$(dirname "$0")/.."
bash Scripts/setup.sh
swift build -c release
corpus="${1:-../shared/corpus/seeds}"
.build/release/graphtool extract "$corpus"
