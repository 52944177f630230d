#!/usr/bin/env bash
# Scores graphtool on a sample corpus with `graphtool evaluate`: the seeds by default, the dev set
# with --dev (or `dev` as the first argument). Other arguments go to evaluate (e.g. --errors, --json).
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=seeds
if [[ "${1:-}" == "--dev" || "${1:-}" == "dev" ]]; then corpus=dev; shift
elif [[ "${1:-}" == "seeds" ]]; then shift
fi
swift build -c release >&2
.build/release/graphtool evaluate --gold "Samples/gold/$corpus.jsonl" "Samples/$corpus" "$@"
