#!/usr/bin/env bash
# Scores graphtool on the shared gold: extracts the sample corpus as JSONL and runs the shared
# scorer. Extra arguments go to the scorer (e.g. --errors).
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release >&2
out=$(mktemp)
trap 'rm -f "$out"' EXIT
.build/release/graphtool extract --format jsonl Samples/seeds > "$out"
python3 ../shared/eval/score.py --gold Samples/gold/seeds.jsonl --pred "$out" "$@"
