#!/usr/bin/env bash
# Benchmarks graphtool on a large collection: about 1 GB of varied generated text
# (Scripts/varied-corpus.py: documents of 32 entities drawn at random, 40 sentences each stating
# an action) ingested on every core into one store, then the query latencies on that store for
# its most-connected entity. PASS/FAIL against the targets:
#   ingest of the corpus in under 10 minutes; ingest peak memory < 1 GB; store <= 3x the text;
#   median query time (process start-up apart) for the entity with the most co-mention edges:
#   neighbors <= 20 ms, lookup <= 20 ms, path to the 1000th entity by mentions <= 200 ms.
# Usage: bash Scripts/bench-scale.sh [--mb N] [--latency-runs N] [--no-build] [--strict]
#   --mb N            megabytes (10^6 bytes) of text to generate (default 1000)
#   --latency-runs N  runs of each query; the median counts (default 15, at least 10)
#   --strict          exit with status 1 when a target FAILs
# Work files go to bench-out/scale (git-ignored): the corpus (kept between runs of the same
# --mb) and the store (made again on each run).
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$PWD

MB=1000 LAT_RUNS=15 BUILD=1 STRICT=0
while (($#)); do
    case "$1" in
        --mb) MB=${2:?--mb needs a number}; shift 2 ;;
        --latency-runs) LAT_RUNS=${2:?--latency-runs needs a number}; shift 2 ;;
        --no-build) BUILD=0; shift ;;
        --strict) STRICT=1; shift ;;
        -h|--help) sed -n '2,15p' "$0" | cut -c3-; exit 0 ;;
        *) echo "bench-scale: unknown argument $1 (see --help)" >&2; exit 2 ;;
    esac
done
[[ $MB =~ ^[1-9][0-9]*$ ]] || { echo "bench-scale: --mb must be a positive number" >&2; exit 2; }
[[ $LAT_RUNS =~ ^[1-9][0-9]+$ ]] || { echo "bench-scale: --latency-runs must be 10 or more" >&2; exit 2; }
log() { printf 'bench-scale: %s\n' "$*" >&2; }

bash Scripts/setup.sh
if ((BUILD)); then
    log "swift build -c release"
    swift build -c release >&2
fi
BIN="$REPO/.build/release/graphtool"
[[ -x $BIN ]] || { echo "bench-scale: no $BIN; run without --no-build" >&2; exit 1; }
source Scripts/bench-lib.sh

OUT="$REPO/bench-out/scale"
CORPUS="$OUT/varied-$MB"
STORE="$OUT/scale.sqlite"
mkdir -p "$OUT"
if [[ ! -f $CORPUS/.complete ]]; then
    log "writing $MB MB of varied documents to $CORPUS"
    rm -rf "$CORPUS"
    python3 Scripts/varied-corpus.py "$CORPUS" --mb "$MB" >&2
    touch "$CORPUS/.complete"
fi
BYTES=$(find "$CORPUS" -name '*.txt' -print0 | du -cb --files0-from=- | tail -1 | cut -f1)
FILES=$(find "$CORPUS" -name '*.txt' | wc -l)

log "ingesting $FILES files on every core"
rm -f "$STORE" "$STORE-wal" "$STORE-shm"
t=$(now)
/usr/bin/time -f %M -o "$OUT/memory.txt" "$BIN" ingest "$CORPUS" --db "$STORE" >"$OUT/ingest.txt"
INGEST_S=$(since "$t")
PEAK_MB=$(awk '{ kb = $1 } END { printf "%.0f", kb / 1000 }' "$OUT/memory.txt")
STORE_BYTES=$(store_bytes "$STORE")
"$BIN" stats --db "$STORE" >"$OUT/stats.txt"

HUB=$("$BIN" entities --by degree --top 1 --json --db "$STORE" \
    | python3 -c 'import json, sys; r = json.load(sys.stdin)[0]; e = r["entity"]; print(e["name"] + " (" + e["type"] + ")\t" + str(r["degree"]))')
HUB_DEGREE=${HUB##*$'\t'} HUB=${HUB%$'\t'*}
FAR=$("$BIN" entities --top 1000 --json --db "$STORE" \
    | python3 -c 'import json, sys; e = json.load(sys.stdin)[-1]["entity"]; print(e["name"] + " (" + e["type"] + ")")')
log "queries: the most-connected entity $HUB ($HUB_DEGREE co-mention edges), path to $FAR"
read -r NEIGHBORS_MS NEIGHBORS_WALL < <(latency "$STORE" neighbors neighbors "$HUB")
read -r LOOKUP_MS LOOKUP_WALL < <(latency "$STORE" lookup lookup "$HUB")
read -r PATH_MS PATH_WALL < <(latency "$STORE" path path "$HUB" "$FAR")

STRICT_FAIL=0
check() { if awk "BEGIN { exit !($1) }"; then echo "PASS  $2"; else STRICT_FAIL=1; echo "FAIL  $2"; fi; }
# Targets are checked on the exact figures; the rounded ones are for reading.
SIZE=$(awk -v s="$STORE_BYTES" -v b="$BYTES" 'BEGIN { print s / b }')
SIZE_SHOWN=$(awk -v x="$SIZE" 'BEGIN { printf "%.2f", x }')
echo
echo "graphtool scale benchmark: $(awk -v b="$BYTES" 'BEGIN { printf "%.0f", b / 1e6 }') MB of varied text in $FILES files, every core, MB = 10^6 bytes"
echo "  ingest: $(awk -v s="$INGEST_S" 'BEGIN { printf "%.0f s", s }'), $(awk -v b="$BYTES" -v s="$INGEST_S" 'BEGIN { printf "%.1f MB/s", b / 1e6 / s }'), peak memory $PEAK_MB MB"
echo "  store: $(awk -v s="$STORE_BYTES" 'BEGIN { printf "%.0f MB", s / 1e6 }'), ${SIZE_SHOWN}x the text; $(grep -E '^(entities|mentions|edges) ' "$OUT/stats.txt" | tr -s ' ' | paste -sd ';' -)"
printf '%-46s %10s %14s\n' "median of $LAT_RUNS runs, ms" "query" "whole process"
printf '%-46s %10.1f %14.1f\n' "neighbors \"$HUB\"" "$NEIGHBORS_MS" "$NEIGHBORS_WALL"
printf '%-46s %10.1f %14.1f\n' "lookup \"$HUB\"" "$LOOKUP_MS" "$LOOKUP_WALL"
printf '%-46s %10.1f %14.1f\n' "path to \"$FAR\"" "$PATH_MS" "$PATH_WALL"
echo
check "$INGEST_S < 600" "ingest in under 10 minutes   ($(awk -v s="$INGEST_S" 'BEGIN { printf "%.0f s", s }'))"
check "$PEAK_MB < 1000" "ingest peak memory < 1 GB   ($PEAK_MB MB)"
check "$SIZE <= 3" "store <= 3x the text   (${SIZE_SHOWN}x)"
check "$NEIGHBORS_MS <= 20" "neighbors of the most-connected entity, median <= 20 ms   ($NEIGHBORS_MS ms)"
check "$LOOKUP_MS <= 20" "lookup median <= 20 ms   ($LOOKUP_MS ms)"
check "$PATH_MS <= 200" "path median <= 200 ms   ($PATH_MS ms)"
if ((STRICT && STRICT_FAIL)); then exit 1; fi
