#!/usr/bin/env bash
# Benchmarks `graphtool serve`: the median latency of each API endpoint on a generated store of
# 1,000,000 edges (100,000 entities, 1,000,000 mentions, as Scripts/bench-graph.sh), measured by
# curl over loopback (connection included), with PASS/FAIL against the target: median <= 50 ms;
# then the time the page takes to draw 500 neighbours in headless Chromium (Scripts/bench_page.py).
# Usage: bash Scripts/bench-serve.sh [--runs N] [--no-build] [--strict]
#   --runs N     requests per endpoint after one warm-up; the median counts (default 21)
#   --strict     exit with status 1 when a target FAILs
# The store is kept in bench-out/serve (git-ignored) and made again when the binary is newer.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=21 BUILD=1 STRICT=0
while (($#)); do
    case "$1" in
        --runs) RUNS=${2:?--runs needs a number}; shift 2 ;;
        --no-build) BUILD=0; shift ;;
        --strict) STRICT=1; shift ;;
        -h|--help) sed -n '2,8p' "$0" | cut -c3-; exit 0 ;;
        *) echo "bench-serve: unknown argument $1 (see --help)" >&2; exit 2 ;;
    esac
done
[[ $RUNS =~ ^[1-9][0-9]*$ ]] || { echo "bench-serve: --runs must be a positive number" >&2; exit 2; }
bash Scripts/setup.sh
command -v curl >/dev/null || { echo "bench-serve: curl is missing; apt-get install curl" >&2; exit 1; }
((BUILD)) && swift build -c release >&2
BIN=$PWD/.build/release/graphtool
[[ -x $BIN ]] || { echo "bench-serve: no $BIN; run without --no-build" >&2; exit 1; }
OUT=bench-out/serve
STORE=$OUT/big.sqlite
mkdir -p "$OUT"
if [[ ! -f $STORE || $BIN -nt $STORE ]]; then
    echo "bench-serve: generating $STORE (1,000,000 mentions, 1,000,000 edges)" >&2
    rm -f "$STORE" "$STORE-wal" "$STORE-shm"
    "$BIN" generate-store --db "$STORE" --entities 100000 --documents 20000 --mentions 1000000 --edges 1000000 >&2
fi

"$BIN" serve --db "$STORE" --port 0 2>"$OUT/serve.log" &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null || true' EXIT
URL=""
for _ in $(seq 100); do
    URL=$(grep -o 'http://127.0.0.1:[0-9]*/' "$OUT/serve.log" || true)
    [[ -n $URL ]] && break
    sleep 0.1
done
[[ -n $URL ]] || { echo "bench-serve: the server did not start: $(cat "$OUT/serve.log")" >&2; exit 1; }

NEIGHBOR=$(curl -sf "${URL}api/neighbors?name=Entity%201&limit=1" | python3 -c 'import json, sys; print(json.load(sys.stdin)["neighbors"][0]["entity"]["name"])')
NEIGHBOR_Q=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$NEIGHBOR")
endpoints=(
    "lookup?q=Entity%201"
    "lookup?q=Entity%2012"
    "entity?name=Entity%201"
    "neighbors?name=Entity%201"
    "neighbors?name=Entity%201&limit=2000"
    "neighbors?name=Entity%2099999&depth=2&limit=500"
    "evidence?source=Entity%201&target=$NEIGHBOR_Q"
    "path?from=Entity%201&to=Entity%2099999"
    "stats"
)
source Scripts/bench-lib.sh
echo
echo "graphtool serve on a generated store of $(grep -E '^edges ' <("$BIN" stats --db "$STORE") | awk '{ print $2 }') edges: median of $RUNS requests after a warm-up, curl over loopback"
printf '%-52s %8s %10s  %s\n' endpoint status "median ms" target
FAILED=0
for e in "${endpoints[@]}"; do
    status=$(curl -s -o /dev/null -w '%{http_code}' "${URL}api/$e")
    ms=$(for ((i = 0; i < RUNS; i++)); do curl -s -o /dev/null -w '%{time_total}\n' "${URL}api/$e"; done | awk '{ print $1 * 1000 }' | median)
    verdict=$(awk -v m="$ms" 'BEGIN { print (m <= 50) ? "PASS <= 50" : "FAIL > 50" }')
    [[ $verdict == FAIL* || $status != 200 ]] && FAILED=1
    printf '%-52s %8s %10.1f  %s\n' "/api/$e" "$status" "$ms" "$verdict"
done
echo
# The page drawing 500 neighbours in headless Chromium (the browser test's set-up).
python3 Scripts/bench_page.py "$URL" "Entity 1" --limit 500
if ((STRICT && FAILED)); then exit 1; fi
