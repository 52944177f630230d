#!/usr/bin/env bash
# Benchmarks the entity graph: `ingest` beside `extract` on one core, and the query latencies of
# `neighbors`, `lookup` and `path` on a generated store, with PASS/FAIL against the targets:
#   ingest MB/s >= half of extract MB/s (20 MB corpus, one core, taskset -c 0);
#   median query time (process start-up apart) neighbors <= 20 ms, lookup <= 20 ms, path <= 200 ms;
#   and, through Scripts/bench-ingest-formats.sh, ingest of the articles as .jsonl.gz >= 90% of .txt.
# The varied corpus also gets its store's size beside the text's, ingest's peak memory, and
# ingest on every core (two analysis workers, writing overlapped) beside ingest on one.
# Usage: bash Scripts/bench-graph.sh [--runs N] [--latency-runs N] [--no-build] [--strict]
#   --runs N          ingest and extract runs; the best wall time of each counts (default 5)
#   --latency-runs N  runs of each query; the median counts (default 15, at least 10)
#   --strict          exit with status 1 when a target FAILs
# Work files go to bench-out/graph (git-ignored): the corpus (the seed articles copied until
# >= 20 MB, each copy starting with a line `bench copy N`, so that no two files have the same
# content), the varied corpus (Scripts/varied-corpus.py: 20 MB of generated documents whose
# entities differ, timed once and reported without a target), the stores, and the generated
# store (1,000,000 mentions, 1,000,000 edges), kept between runs and made again when the
# graphtool binary is newer. MB = 10^6 bytes.
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$PWD

RUNS=5 LAT_RUNS=15 BUILD=1 STRICT=0
while (($#)); do
    case "$1" in
        --runs) RUNS=${2:?--runs needs a number}; shift 2 ;;
        --latency-runs) LAT_RUNS=${2:?--latency-runs needs a number}; shift 2 ;;
        --no-build) BUILD=0; shift ;;
        --strict) STRICT=1; shift ;;
        -h|--help) sed -n '2,17p' "$0" | cut -c3-; exit 0 ;;
        *) echo "bench-graph: unknown argument $1 (see --help)" >&2; exit 2 ;;
    esac
done
[[ $RUNS =~ ^[1-9][0-9]*$ ]] || { echo "bench-graph: --runs must be a positive number" >&2; exit 2; }
[[ $LAT_RUNS =~ ^[1-9][0-9]+$ ]] || { echo "bench-graph: --latency-runs must be 10 or more" >&2; exit 2; }

log() { printf 'bench-graph: %s\n' "$*" >&2; }

# ---------------------------------------------------------------- dependencies and build
bash Scripts/setup.sh
if ! command -v taskset >/dev/null; then
    sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
    log "installing util-linux (taskset)"
    $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq util-linux >/dev/null
fi
if ((BUILD)); then
    log "swift build -c release"
    swift build -c release >&2
fi
BIN="$REPO/.build/release/graphtool"
[[ -x $BIN ]] || { echo "bench-graph: no $BIN; run without --no-build" >&2; exit 1; }

OUT="$REPO/bench-out/graph"
SEEDS="$REPO/Samples/seeds"
CORPUS="$OUT/corpus"
mkdir -p "$OUT"

# ---------------------------------------------------------------- corpus
seed_files=("$SEEDS"/*.txt)
seed_bytes=$(cat "${seed_files[@]}" | wc -c)
copies=$(( (20 * 1000 * 1000 + seed_bytes - 1) / seed_bytes + 1 ))
if [[ $(find "$CORPUS" -name '*.txt' 2>/dev/null | wc -l) -ne $((copies * ${#seed_files[@]})) ]]; then
    log "writing $copies distinct copies of the seed articles to $CORPUS"
    rm -rf "$CORPUS" && mkdir -p "$CORPUS"
    for ((k = 0; k < copies; k++)); do
        for f in "${seed_files[@]}"; do
            { printf 'bench copy %d\n' "$k"; cat "$f"; } >"$CORPUS/c$(printf %05d "$k")_$(basename "$f")"
        done
    done
fi
CORPUS_BYTES=$(cat "$CORPUS"/*.txt | wc -c)
CORPUS_FILES=$(find "$CORPUS" -name '*.txt' | wc -l)

# ---------------------------------------------------------------- timing helpers
now() { printf '%s\n' "${EPOCHREALTIME/,/.}"; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.6f", b - a }'; }
median() { tr ' ' '\n' | grep . | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
minimum() { tr ' ' '\n' | grep . | sort -g | head -1; }

# ---------------------------------------------------------------- extract and ingest
EXTRACT_S="" INGEST_S=""
log "one untimed warm-up extract (the files into the page cache)"
taskset -c 0 "$BIN" extract --format jsonl "$CORPUS" >/dev/null
for ((i = 1; i <= RUNS; i++)); do
    t=$(now)
    taskset -c 0 "$BIN" extract --format jsonl "$CORPUS" >/dev/null
    EXTRACT_S+=" $(since "$t")"
    rm -f "$OUT/ingest.sqlite" "$OUT/ingest.sqlite-wal" "$OUT/ingest.sqlite-shm"
    t=$(now)
    taskset -c 0 "$BIN" ingest "$CORPUS" --db "$OUT/ingest.sqlite" >"$OUT/ingest.txt"
    INGEST_S+=" $(since "$t")"
    log "run $i/$RUNS: extract $(echo "$EXTRACT_S" | awk '{ print $NF }') s, ingest $(echo "$INGEST_S" | awk '{ print $NF }') s"
done
EXTRACT_BEST=$(echo "$EXTRACT_S" | minimum)
INGEST_BEST=$(echo "$INGEST_S" | minimum)

# ---------------------------------------------------------------- varied corpus (reported, no target)
# Generated documents that each name 32 entities drawn at random: nearly every pair is new, the
# store's worst case (copies of the sample articles name the same pairs again and again).
VARIED="$OUT/varied"
if [[ ! -d $VARIED ]]; then
    log "writing the varied corpus to $VARIED"
    python3 Scripts/varied-corpus.py "$VARIED" >&2
fi
VARIED_BYTES=$(cat "$VARIED"/*.txt | wc -c)
taskset -c 0 "$BIN" extract --format jsonl "$VARIED" >/dev/null
t=$(now); taskset -c 0 "$BIN" extract --format jsonl "$VARIED" >/dev/null; VARIED_EXTRACT_S=$(since "$t")
rm -f "$OUT/varied.sqlite" "$OUT/varied.sqlite-wal" "$OUT/varied.sqlite-shm"
t=$(now)
/usr/bin/time -f %M -o "$OUT/varied-memory.txt" taskset -c 0 "$BIN" ingest "$VARIED" --db "$OUT/varied.sqlite" >/dev/null
VARIED_INGEST_S=$(since "$t")
VARIED_PEAK_MB=$(awk '{ kb = $1 } END { printf "%.0f", kb / 1000 }' "$OUT/varied-memory.txt")
VARIED_STORE_BYTES=$(( $(stat -c %s "$OUT/varied.sqlite") + $( [[ -f $OUT/varied.sqlite-wal ]] && stat -c %s "$OUT/varied.sqlite-wal" || echo 0) ))
VARIED_EDGES=$("$BIN" stats --db "$OUT/varied.sqlite" --json | python3 -c 'import json, sys; print(sum(json.load(sys.stdin)["edgesByKind"].values()))')
# The same ingest on every core (analysis on two workers, writing overlapped), store made again.
rm -f "$OUT/varied.sqlite" "$OUT/varied.sqlite-wal" "$OUT/varied.sqlite-shm"
t=$(now); "$BIN" ingest "$VARIED" --db "$OUT/varied.sqlite" >/dev/null; VARIED_INGEST_ALL_S=$(since "$t")
log "varied corpus: extract $VARIED_EXTRACT_S s, ingest $VARIED_INGEST_S s (all cores $VARIED_INGEST_ALL_S s), $VARIED_EDGES edges"

# ---------------------------------------------------------------- generated store and queries
BIG="$OUT/big.sqlite"
if [[ ! -f $BIG || $BIN -nt $BIG ]]; then
    log "generating $BIG (1,000,000 mentions, 1,000,000 edges)"
    rm -f "$BIG" "$BIG-wal" "$BIG-shm"
    "$BIN" generate-store --db "$BIG" --entities 100000 --documents 20000 --mentions 1000000 --edges 1000000 >&2
fi
BIG_BYTES=$(( $(stat -c %s "$BIG") + $( [[ -f $BIG-wal ]] && stat -c %s "$BIG-wal" || echo 0) ))
"$BIN" stats --db "$BIG" >"$OUT/big-stats.txt"

# Runs one query LAT_RUNS times after a warm-up; prints "query-median-ms process-median-ms".
latency() {
    local label=$1 i t wall query walls="" queries=""
    shift
    taskset -c 0 "$BIN" "$@" --db "$BIG" >/dev/null 2>&1 || { echo "bench-graph: graphtool $* failed" >&2; exit 1; }
    for ((i = 1; i <= LAT_RUNS; i++)); do
        t=$(now)
        query=$(taskset -c 0 "$BIN" "$@" --db "$BIG" --timing 2>&1 >/dev/null | awk -v l="$label" '$2 == l { print $3 }')
        wall=$(since "$t")
        walls+=" $(awk -v w="$wall" 'BEGIN { print w * 1000 }')"
        queries+=" $query"
    done
    echo "$(echo "$queries" | median) $(echo "$walls" | median)"
}
read -r NEIGHBORS_MS NEIGHBORS_WALL < <(latency neighbors neighbors "Entity 1")
read -r LOOKUP_MS LOOKUP_WALL < <(latency lookup lookup "Entity 1")
read -r PATH_MS PATH_WALL < <(latency path path "Entity 1" "Entity 99999")
START_T=""
for ((i = 1; i <= LAT_RUNS; i++)); do
    t=$(now); taskset -c 0 "$BIN" --version >/dev/null; START_T+=" $(awk -v w="$(since "$t")" 'BEGIN { print w * 1000 }')"
done
START_MS=$(echo "$START_T" | median)

# ---------------------------------------------------------------- report
STRICT_FAIL=0
# Prints PASS or FAIL for an awk condition, then the target.
check() { if awk "BEGIN { exit !($1) }"; then echo "PASS  $2"; else STRICT_FAIL=1; echo "FAIL  $2"; fi; }
MB=$(awk -v b="$CORPUS_BYTES" 'BEGIN { printf "%.1f", b / 1e6 }')
EXTRACT_MBS=$(awk -v b="$CORPUS_BYTES" -v s="$EXTRACT_BEST" 'BEGIN { printf "%.1f", b / 1e6 / s }')
INGEST_MBS=$(awk -v b="$CORPUS_BYTES" -v s="$INGEST_BEST" 'BEGIN { printf "%.1f", b / 1e6 / s }')
RATIO=$(awk -v e="$EXTRACT_MBS" -v i="$INGEST_MBS" 'BEGIN { printf "%.2f", i / e }')
echo
echo "graphtool graph benchmark: one core (taskset -c 0), MB = 10^6 bytes, best of $RUNS runs after a warm-up run, whole process timed"
echo
printf '%-28s %10s %10s\n' "$MB MB, $CORPUS_FILES distinct files" extract ingest
printf '%-28s %10.2f %10.2f\n' "seconds" "$EXTRACT_BEST" "$INGEST_BEST"
printf '%-28s %10s %10s\n' "MB/s" "$EXTRACT_MBS" "$INGEST_MBS"
echo "  ingest's own report (last run, start-up and final count excluded): $(head -1 "$OUT/ingest.txt" | sed 's/^ingested //')"
VARIED_MB=$(awk -v b="$VARIED_BYTES" 'BEGIN { printf "%.1f", b / 1e6 }')
printf '%-28s %10.2f %10.2f\n' "varied corpus $VARIED_MB MB, s" "$VARIED_EXTRACT_S" "$VARIED_INGEST_S"
printf '%-28s %10s %10s\n' "  MB/s (one run, no target)" "$(awk -v b="$VARIED_BYTES" -v s="$VARIED_EXTRACT_S" 'BEGIN { printf "%.1f", b / 1e6 / s }')" \
    "$(awk -v b="$VARIED_BYTES" -v s="$VARIED_INGEST_S" 'BEGIN { printf "%.1f", b / 1e6 / s }')"
echo "  its store: $VARIED_EDGES edges (every pair of entities named in one document has one)," \
    "$(awk -v s="$VARIED_STORE_BYTES" -v b="$VARIED_BYTES" 'BEGIN { printf "%.1f MB, %.2fx the text", s / 1e6, s / b }');" \
    "ingest peak memory $VARIED_PEAK_MB MB"
printf '%-28s %10s %10.2f\n' "  ingest on every core, s" "" "$VARIED_INGEST_ALL_S"
echo
echo "generated store: $(awk -v b="$BIG_BYTES" 'BEGIN { printf "%.1f MB on disk", b / 1e6 }'); $(grep -E '^(mentions|edges) ' "$OUT/big-stats.txt" | awk '{ printf "%s %s  ", $1, $2 }')"
printf '%-34s %14s %16s\n' "median of $LAT_RUNS runs, ms" "query" "whole process"
printf '%-34s %14.1f %16.1f\n' "neighbors \"Entity 1\" (top hub)" "$NEIGHBORS_MS" "$NEIGHBORS_WALL"
printf '%-34s %14.1f %16.1f\n' "lookup \"Entity 1\"" "$LOOKUP_MS" "$LOOKUP_WALL"
printf '%-34s %14.1f %16.1f\n' "path \"Entity 1\" \"Entity 99999\"" "$PATH_MS" "$PATH_WALL"
printf '%-34s %14s %16.1f\n' "process start-up (--version)" "" "$START_MS"
echo
check "$RATIO >= 0.5" "ingest MB/s >= half of extract MB/s   ($INGEST_MBS vs $EXTRACT_MBS: ${RATIO}x)"
check "$NEIGHBORS_MS <= 20" "neighbors median <= 20 ms   ($NEIGHBORS_MS ms)"
check "$LOOKUP_MS <= 20" "lookup median <= 20 ms   ($LOOKUP_MS ms)"
check "$PATH_MS <= 200" "path median <= 200 ms   ($PATH_MS ms)"
echo
echo "ingest of the same articles by input format (Scripts/bench-ingest-formats.sh):"
formats_args=(--no-build --runs "$RUNS")
if ((STRICT)); then formats_args+=(--strict); fi
bash Scripts/bench-ingest-formats.sh "${formats_args[@]}" || STRICT_FAIL=1
if ((STRICT && STRICT_FAIL)); then exit 1; fi
