#!/usr/bin/env bash
# The main job on the sample corpus: installs what is missing, builds graphtool, reads the articles
# in Samples/seeds and prints the entities of each, then builds the entity graph of the
# same articles in a fresh store (a temporary folder) and asks it two questions.
set -euo pipefail
cd "$(dirname "$0")/.."
bash Scripts/setup.sh
swift build -c release
corpus="${1:-Samples/seeds}"
graphtool=.build/release/graphtool
$graphtool extract "$corpus"

store_dir=$(mktemp -d)
trap 'rm -rf "$store_dir"' EXIT
export GRAPHTOOL_DB="$store_dir/graph.sqlite"
echo
echo "\$ graphtool ingest $corpus"
$graphtool ingest "$corpus"
echo
echo "\$ graphtool neighbors Zelensky"
$graphtool neighbors Zelensky
echo
echo "\$ graphtool lookup Kuleba"
$graphtool lookup Kuleba
