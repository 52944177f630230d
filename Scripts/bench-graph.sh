#!/usr/bin/env bash
# Benchmarks the entity graph: `ingest` beside `extract` on one core, and the query latencies of
# `neighbors`, `lookup` and `path` on a generated store, with PASS/FAIL against the targets:
#   ingest MB/s >= half of extract MB/s (20 MB corpus, one core, taskset -c 0);
#   median query time (process start-up apart) neighbors <= 20 ms, lookup <= 20 ms, path <= 200 ms;
#   and, through Scripts/bench-ingest-formats.sh, ingest of the articles as .jsonl.gz >= 90% of .txt;
#   on the varied and the mixed corpus (entities that differ from document to document): ingest
#   MB/s >= half of extract MB/s, store <= 3x the text, ingest peak memory < 1 GB. Both also get
#   ingest on every core (two analysis workers, writing overlapped) beside ingest on one.
# Usage: bash Scripts/bench-graph.sh [--runs N] [--latency-runs N] [--no-build] [--strict]
#   --runs N          ingest and extract runs; the best wall time of each counts (default 5)
#   --latency-runs N  runs of each query; the median counts (default 15, at least 10)
#   --strict          exit with status 1 when a target FAILs
# Work files go to bench-out/graph (git-ignored): the corpus (the seed articles copied until
# >= 20 MB, each copy starting with a line `bench copy N`, so that no two files have the same
# content), the varied corpus (Scripts/varied-corpus.py) and the mixed corpus
# (Scripts/mixed-corpus.py), 20 MB each, the stores, and the generated
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

source Scripts/bench-lib.sh

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

# ---------------------------------------------------------------- varied and mixed corpora
# Two corpora whose entities differ from document to document, as in a real collection (copies of
# the sample articles name the same pairs again and again): the varied corpus, generated documents
# that each name 32 entities drawn at random in 40 sentences that each state an action, the
# store's worst case; and the mixed corpus, documents that each mix the paragraphs of six real
# articles. For each: extract and ingest on one core (best of --runs), the store's size beside
# the text's and ingest's peak memory, then ingest on every core (analysis on two workers,
# writing overlapped).
# Sets <NAME>_BYTES, _EXTRACT_S, _INGEST_S, _INGEST_ALL_S, _STORE_BYTES, _PEAK_MB, _EDGES.
corpus_bench() {
    local name=$1 dir=$2 store="$OUT/$1.sqlite" i t extract="" ingest=""
    taskset -c 0 "$BIN" extract --format jsonl "$dir" >/dev/null
    for ((i = 1; i <= RUNS; i++)); do
        t=$(now); taskset -c 0 "$BIN" extract --format jsonl "$dir" >/dev/null; extract+=" $(since "$t")"
        rm -f "$store" "$store-wal" "$store-shm"
        t=$(now)
        /usr/bin/time -f %M -o "$OUT/$name-memory.txt" taskset -c 0 "$BIN" ingest "$dir" --db "$store" >/dev/null
        ingest+=" $(since "$t")"
        log "$name corpus run $i/$RUNS: extract $(echo "$extract" | awk '{ print $NF }') s, ingest $(echo "$ingest" | awk '{ print $NF }') s"
    done
    printf -v "${name}_BYTES" '%s' "$(cat "$dir"/*.txt | wc -c)"
    printf -v "${name}_EXTRACT_S" '%s' "$(echo "$extract" | minimum)"
    printf -v "${name}_INGEST_S" '%s' "$(echo "$ingest" | minimum)"
    printf -v "${name}_PEAK_MB" '%s' "$(awk '{ kb = $1 } END { printf "%.0f", kb / 1000 }' "$OUT/$name-memory.txt")"
    printf -v "${name}_STORE_BYTES" '%s' "$(store_bytes "$store")"
    printf -v "${name}_EDGES" '%s' "$("$BIN" stats --db "$store" --json | python3 -c 'import json, sys; print(sum(json.load(sys.stdin)["edgesByKind"].values()))')"
    rm -f "$store" "$store-wal" "$store-shm"
    t=$(now); "$BIN" ingest "$dir" --db "$store" >/dev/null; printf -v "${name}_INGEST_ALL_S" '%s' "$(since "$t")"
}
VARIED="$OUT/varied"
if [[ ! -d $VARIED ]]; then
    log "writing the varied corpus to $VARIED"
    python3 Scripts/varied-corpus.py "$VARIED" >&2
fi
MIXED="$OUT/mixed"
if [[ ! -d $MIXED ]]; then
    log "writing the mixed corpus to $MIXED"
    python3 Scripts/mixed-corpus.py "$MIXED" >&2
fi
corpus_bench varied "$VARIED"
corpus_bench mixed "$MIXED"

# ---------------------------------------------------------------- generated store and queries
BIG="$OUT/big.sqlite"
if [[ ! -f $BIG || $BIN -nt $BIG ]]; then
    log "generating $BIG (1,000,000 mentions, 1,000,000 edges)"
    rm -f "$BIG" "$BIG-wal" "$BIG-shm"
    "$BIN" generate-store --db "$BIG" --entities 100000 --documents 20000 --mentions 1000000 --edges 1000000 >&2
fi
BIG_BYTES=$(store_bytes "$BIG")
"$BIN" stats --db "$BIG" >"$OUT/big-stats.txt"

read -r NEIGHBORS_MS NEIGHBORS_WALL < <(latency "$BIG" neighbors neighbors "Entity 1")
read -r LOOKUP_MS LOOKUP_WALL < <(latency "$BIG" lookup lookup "Entity 1")
read -r PATH_MS PATH_WALL < <(latency "$BIG" path path "Entity 1" "Entity 99999")
START_T=""
for ((i = 1; i <= LAT_RUNS; i++)); do
    t=$(now); taskset -c 0 "$BIN" --version >/dev/null; START_T+=" $(awk -v w="$(since "$t")" 'BEGIN { print w * 1000 }')"
done
START_MS=$(echo "$START_T" | median)

# ---------------------------------------------------------------- report
STRICT_FAIL=0
# Prints PASS or FAIL for an awk condition, then the target.
check() { if awk "BEGIN { exit !($1) }"; then echo "PASS  $2"; else STRICT_FAIL=1; echo "FAIL  $2"; fi; }
rounded() { awk -v x="$1" 'BEGIN { printf "%.3f", x }'; }
MB=$(awk -v b="$CORPUS_BYTES" 'BEGIN { printf "%.1f", b / 1e6 }')
EXTRACT_MBS=$(awk -v b="$CORPUS_BYTES" -v s="$EXTRACT_BEST" 'BEGIN { printf "%.1f", b / 1e6 / s }')
INGEST_MBS=$(awk -v b="$CORPUS_BYTES" -v s="$INGEST_BEST" 'BEGIN { printf "%.1f", b / 1e6 / s }')
# Targets are checked on the exact figures; the rounded ones are for reading.
RATIO=$(awk -v e="$EXTRACT_BEST" -v i="$INGEST_BEST" 'BEGIN { print e / i }')
echo
echo "graphtool graph benchmark: one core (taskset -c 0), MB = 10^6 bytes, best of $RUNS runs after a warm-up run, whole process timed"
echo
printf '%-28s %10s %10s\n' "$MB MB, $CORPUS_FILES distinct files" extract ingest
printf '%-28s %10.2f %10.2f\n' "seconds" "$EXTRACT_BEST" "$INGEST_BEST"
printf '%-28s %10s %10s\n' "MB/s" "$EXTRACT_MBS" "$INGEST_MBS"
echo "  ingest's own report (last run, start-up and final count excluded): $(head -1 "$OUT/ingest.txt" | sed 's/^ingested //')"
for name in varied mixed; do
    bytes=${name}_BYTES extract=${name}_EXTRACT_S ingest=${name}_INGEST_S
    printf '%-28s %10.2f %10.2f\n' "$name corpus $(awk -v b="${!bytes}" 'BEGIN { printf "%.1f", b / 1e6 }') MB, s" "${!extract}" "${!ingest}"
    printf '%-28s %10s %10s\n' "  MB/s" "$(awk -v b="${!bytes}" -v s="${!extract}" 'BEGIN { printf "%.1f", b / 1e6 / s }')" \
        "$(awk -v b="${!bytes}" -v s="${!ingest}" 'BEGIN { printf "%.1f", b / 1e6 / s }')"
    store=${name}_STORE_BYTES peak=${name}_PEAK_MB edges=${name}_EDGES all=${name}_INGEST_ALL_S
    echo "  its store: ${!edges} edges, $(awk -v s="${!store}" -v b="${!bytes}" 'BEGIN { printf "%.1f MB, %.2fx the text", s / 1e6, s / b }');" \
        "ingest peak memory ${!peak} MB"
    printf '%-28s %10s %10.2f\n' "  ingest on every core, s" "" "${!all}"
done
echo
echo "generated store: $(awk -v b="$BIG_BYTES" 'BEGIN { printf "%.1f MB on disk", b / 1e6 }'); $(grep -E '^(mentions|edges) ' "$OUT/big-stats.txt" | awk '{ printf "%s %s  ", $1, $2 }')"
printf '%-34s %14s %16s\n' "median of $LAT_RUNS runs, ms" "query" "whole process"
printf '%-34s %14.1f %16.1f\n' "neighbors \"Entity 1\" (top hub)" "$NEIGHBORS_MS" "$NEIGHBORS_WALL"
printf '%-34s %14.1f %16.1f\n' "lookup \"Entity 1\"" "$LOOKUP_MS" "$LOOKUP_WALL"
printf '%-34s %14.1f %16.1f\n' "path \"Entity 1\" \"Entity 99999\"" "$PATH_MS" "$PATH_WALL"
printf '%-34s %14s %16.1f\n' "process start-up (--version)" "" "$START_MS"
echo
check "$RATIO >= 0.5" "ingest MB/s >= half of extract MB/s   ($INGEST_MBS vs $EXTRACT_MBS: $(rounded "$RATIO")x)"
check "$NEIGHBORS_MS <= 20" "neighbors median <= 20 ms   ($NEIGHBORS_MS ms)"
check "$LOOKUP_MS <= 20" "lookup median <= 20 ms   ($LOOKUP_MS ms)"
check "$PATH_MS <= 200" "path median <= 200 ms   ($PATH_MS ms)"
for name in varied mixed; do
    extract=${name}_EXTRACT_S ingest=${name}_INGEST_S store=${name}_STORE_BYTES bytes=${name}_BYTES peak=${name}_PEAK_MB
    ratio=$(awk -v e="${!extract}" -v i="${!ingest}" 'BEGIN { print e / i }')
    size=$(awk -v s="${!store}" -v b="${!bytes}" 'BEGIN { print s / b }')
    check "$ratio >= 0.5" "$name corpus: ingest MB/s >= half of extract MB/s   ($(rounded "$ratio")x)"
    check "$size <= 3" "$name corpus: store <= 3x the text   ($(rounded "$size")x)"
    check "${!peak} < 1000" "$name corpus: ingest peak memory < 1 GB   (${!peak} MB)"
done
echo
echo "ingest of the same articles by input format (Scripts/bench-ingest-formats.sh):"
formats_args=(--no-build --runs "$RUNS")
if ((STRICT)); then formats_args+=(--strict); fi
bash Scripts/bench-ingest-formats.sh "${formats_args[@]}" || STRICT_FAIL=1
if ((STRICT && STRICT_FAIL)); then exit 1; fi
