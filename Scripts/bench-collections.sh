#!/usr/bin/env bash
# Benchmarks the Collections readers: the sample articles copied N times, read as .txt files, as
# JSON Lines, gzip-compressed JSON Lines (Scripts/make-sample-collection.py) and CSV, with MB/s of
# article text side by side (MB = 10^6 bytes; best of the runs; one core, taskset -c 0). Reading
# is the whole cost measured here (no recognition); the aim is a reader far cheaper than
# recognition (about 13 MB/s), so that ingest of .jsonl.gz keeps >= 90% of the .txt throughput.
# Usage: bash Scripts/bench-collections.sh [--copies N] [--runs N] [--no-build]
#   --copies N  copies of the five articles (default 800, about 20 MB)
#   --runs N    runs of each reader; the best counts (default 5)
# Work files go to bench-out/collections (git-ignored).
set -euo pipefail
cd "$(dirname "$0")/.."

COPIES=800 RUNS=5 BUILD=1
while (($#)); do
    case "$1" in
        --copies) COPIES=${2:?--copies needs a number}; shift 2 ;;
        --runs) RUNS=${2:?--runs needs a number}; shift 2 ;;
        --no-build) BUILD=0; shift ;;
        -h|--help) sed -n '2,10p' "$0" | cut -c3-; exit 0 ;;
        *) echo "bench-collections: unknown argument $1 (see --help)" >&2; exit 2 ;;
    esac
done
[[ $COPIES =~ ^[1-9][0-9]*$ && $RUNS =~ ^[1-9][0-9]*$ ]] || { echo "bench-collections: --copies and --runs take positive numbers" >&2; exit 2; }

bash Scripts/setup.sh
if ((BUILD)); then
    swift build -c release --product collections-read >&2
fi
BIN=.build/release/collections-read
[[ -x $BIN ]] || { echo "bench-collections: no $BIN; run without --no-build" >&2; exit 1; }
PIN=(); command -v taskset >/dev/null && PIN=(taskset -c 0)

OUT=bench-out/collections
rm -rf "$OUT" && mkdir -p "$OUT"
echo "bench-collections: writing $COPIES copies of the sample articles to $OUT" >&2
python3 Scripts/make-sample-collection.py --copies "$COPIES" --out "$OUT/articles.jsonl.gz" --text-folder "$OUT/text"
gzip -dc "$OUT/articles.jsonl.gz" >"$OUT/articles.jsonl"
python3 -c '
import csv, json, sys
out = csv.writer(sys.stdout)
out.writerow(["id", "url", "date", "text"])
for line in sys.stdin:
    r = json.loads(line)
    out.writerow([r["id"], r["url"], r["date"], r["text"]])
' <"$OUT/articles.jsonl" >"$OUT/articles.csv"

# Prints the best MB/s of RUNS reads of the inputs given.
best() {
    local i rate best=0
    "${PIN[@]}" "$BIN" "$@" >/dev/null
    for ((i = 1; i <= RUNS; i++)); do
        rate=$("${PIN[@]}" "$BIN" "$@" | awk '{ print $(NF - 1) }')
        best=$(awk -v a="$best" -v b="$rate" 'BEGIN { print (b > a) ? b : a }')
    done
    echo "$best"
}
TXT=$(best --format text "$OUT/text")
JSONL=$(best "$OUT/articles.jsonl")
GZ=$(best "$OUT/articles.jsonl.gz")
CSV=$(best "$OUT/articles.csv")
printf '%-24s %10s %12s\n' input "MB/s" "vs .txt"
for row in ".txt files:$TXT" ".jsonl:$JSONL" ".jsonl.gz:$GZ" ".csv:$CSV"; do
    rate=${row##*:}
    printf '%-24s %10s %11s%%\n' "${row%%:*}" "$rate" "$(awk -v r="$rate" -v t="$TXT" 'BEGIN { printf "%.0f", 100 * r / t }')"
done
