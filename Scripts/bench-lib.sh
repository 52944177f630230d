# Helpers the graph benchmarks share; sourced, not run. Expects BIN (the graphtool binary) and
# LAT_RUNS (runs of each query) to be set by the script that sources it.

# ---------------------------------------------------------------- timing
now() { printf '%s\n' "${EPOCHREALTIME/,/.}"; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.6f", b - a }'; }
median() { tr ' ' '\n' | grep . | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
minimum() { tr ' ' '\n' | grep . | sort -g | head -1; }

# Bytes of a store file and its write-ahead log.
store_bytes() { echo $(( $(stat -c %s "$1") + $( [[ -f $1-wal ]] && stat -c %s "$1-wal" || echo 0) )); }

# Runs one query on STORE LAT_RUNS times after a warm-up, on one core; prints
# "query-median-ms process-median-ms" (the query's own time from --timing, and the whole process).
# Usage: latency STORE LABEL COMMAND ARGS...   (LABEL: the --timing line that times the query)
latency() {
    local store=$1 label=$2 i t wall query walls="" queries=""
    shift 2
    taskset -c 0 "$BIN" "$@" --db "$store" >/dev/null 2>&1 || { echo "graphtool $* failed on $store" >&2; exit 1; }
    for ((i = 1; i <= LAT_RUNS; i++)); do
        t=$(now)
        query=$(taskset -c 0 "$BIN" "$@" --db "$store" --timing 2>&1 >/dev/null | awk -v l="$label" '$2 == l { print $3 }')
        wall=$(since "$t")
        walls+=" $(awk -v w="$wall" 'BEGIN { print w * 1000 }')"
        queries+=" $query"
    done
    echo "$(echo "$queries" | median) $(echo "$walls" | median)"
}
