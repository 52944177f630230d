#!/usr/bin/env bash
# Benchmarks `graphtool ingest` of the same articles as .txt files and as one gzip-compressed JSON
# Lines file (Scripts/make-sample-collection.py: the sample articles copied N times, each copy's
# text distinct), with MB/s of article text side by side, and PASS/FAIL against the target:
#   ingest of .jsonl.gz MB/s >= 90% of ingest of the .txt folder MB/s.
# One core (taskset -c 0), MB = 10^6 bytes of article text (the .txt files' bytes), best of the
# runs, each into a fresh store, whole process timed.
# Usage: bash Scripts/bench-ingest-formats.sh [--copies N] [--runs N] [--no-build] [--strict]
#   --copies N  copies of the five articles (default 400, about 10 MB)
#   --runs N    runs of each; the best counts (default 5)
#   --strict    exit with status 1 when the target FAILs
# Work files go to bench-out/ingest-formats (git-ignored).
set -euo pipefail
cd "$(dirname "$0")/.."

COPIES=400 RUNS=5 BUILD=1 STRICT=0
while (($#)); do
    case "$1" in
        --copies) COPIES=${2:?--copies needs a number}; shift 2 ;;
        --runs) RUNS=${2:?--runs needs a number}; shift 2 ;;
        --no-build) BUILD=0; shift ;;
        --strict) STRICT=1; shift ;;
        -h|--help) sed -n '2,12p' "$0" | cut -c3-; exit 0 ;;
        *) echo "bench-ingest-formats: unknown argument $1 (see --help)" >&2; exit 2 ;;
    esac
done
[[ $COPIES =~ ^[1-9][0-9]*$ && $RUNS =~ ^[1-9][0-9]*$ ]] || { echo "bench-ingest-formats: --copies and --runs take positive numbers" >&2; exit 2; }

bash Scripts/setup.sh
if ((BUILD)); then
    swift build -c release --product graphtool >&2
fi
BIN=$PWD/.build/release/graphtool
[[ -x $BIN ]] || { echo "bench-ingest-formats: no $BIN; run without --no-build" >&2; exit 1; }
PIN=(); command -v taskset >/dev/null && PIN=(taskset -c 0)

OUT=bench-out/ingest-formats
rm -rf "$OUT" && mkdir -p "$OUT"
echo "bench-ingest-formats: writing $COPIES copies of the sample articles to $OUT" >&2
python3 Scripts/make-sample-collection.py --copies "$COPIES" --out "$OUT/articles.jsonl.gz" --text-folder "$OUT/text"
BYTES=$(cat "$OUT"/text/*.txt | wc -c)

source Scripts/bench-lib.sh
# Best wall time of RUNS ingests of $1 into a fresh store.
best() {
    local input=$1 i t times=""
    for ((i = 1; i <= RUNS; i++)); do
        rm -f "$OUT/store.sqlite" "$OUT/store.sqlite-wal" "$OUT/store.sqlite-shm"
        t=$(now)
        "${PIN[@]}" "$BIN" ingest "$input" --db "$OUT/store.sqlite" >"$OUT/last.txt"
        times+=" $(since "$t")"
    done
    echo "$times" | tr ' ' '\n' | grep . | sort -g | head -1
}
"${PIN[@]}" "$BIN" extract --entities "$OUT/text" >/dev/null  # warm-up: files into the page cache
TXT_S=$(best "$OUT/text")
TXT_DOCS=$(head -1 "$OUT/last.txt")
GZ_S=$(best "$OUT/articles.jsonl.gz")
GZ_DOCS=$(head -1 "$OUT/last.txt")

MB=$(awk -v b="$BYTES" 'BEGIN { printf "%.1f", b / 1e6 }')
TXT_MBS=$(awk -v b="$BYTES" -v s="$TXT_S" 'BEGIN { printf "%.2f", b / 1e6 / s }')
GZ_MBS=$(awk -v b="$BYTES" -v s="$GZ_S" 'BEGIN { printf "%.2f", b / 1e6 / s }')
# The target is checked on the exact ratio of the times; the printed one is rounded.
RATIO=$(awk -v t="$TXT_S" -v g="$GZ_S" 'BEGIN { print t / g }')
SHOWN=$(awk -v r="$RATIO" 'BEGIN { printf "%.3f", r }')
echo
echo "graphtool ingest by input format: one core, MB = 10^6 bytes of article text, best of $RUNS runs, whole process timed"
echo
printf '%-32s %12s %14s\n' "$MB MB, $((COPIES * 5)) articles" ".txt folder" ".jsonl.gz"
printf '%-32s %12.2f %14.2f\n' "seconds" "$TXT_S" "$GZ_S"
printf '%-32s %12s %14s\n' "MB/s" "$TXT_MBS" "$GZ_MBS"
echo "  .txt:      $TXT_DOCS"
echo "  .jsonl.gz: $GZ_DOCS"
echo
if awk -v r="$RATIO" 'BEGIN { exit !(r >= 0.9) }'; then
    echo "PASS  ingest of .jsonl.gz >= 90% of .txt MB/s   (${SHOWN}x)"
else
    echo "FAIL  ingest of .jsonl.gz >= 90% of .txt MB/s   (${SHOWN}x)"
    ((STRICT)) && exit 1
fi
