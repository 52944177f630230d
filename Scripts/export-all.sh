#!/usr/bin/env bash
# Regenerates Exports/: ingests the sample corpus (Samples/seeds) into a temporary
# store, writes its graph in every format, and draws the 40 entities with the heaviest edges of
# weight 3 or more with Graphviz (sfdp) as Exports/graph.svg and Exports/graph.png.
set -euo pipefail
cd "$(dirname "$0")/.."
bash Scripts/setup.sh
swift build -c release
bin=.build/release/graphtool
corpus="${1:-Samples/seeds}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
store="$work/graph.sqlite"
"$bin" ingest "$corpus" --db "$store" >/dev/null
mkdir -p Exports
rm -rf Exports/neo4j
for format in graphml gexf dot json cytoscape; do
  extension=$format
  [ "$format" = cytoscape ] && extension=cyjs
  "$bin" export --format "$format" -o "Exports/graph.$extension" --db "$store"
done
"$bin" export --format csv -o Exports/neo4j --db "$store"
"$bin" export --format dot --top 40 --min-weight 3 -o Exports/top40.dot --db "$store"
dot -Tsvg Exports/top40.dot -o Exports/graph.svg
dot -Tpng -Gdpi=110 Exports/top40.dot -o Exports/graph.png
"$bin" stats --db "$store" | sed -n '/entities/p;/edges/p'
ls -l Exports
