#!/usr/bin/env bash
# Times `graphtool export` in every format on a generated store of 1,000,000 edges (100,000
# entities, 1,000,000 mentions; `graphtool generate-store`) and prints wall time, peak memory
# (max RSS, from /usr/bin/time -v) and output size per format. The store is kept in
# bench-out/ and made again only when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
bash Scripts/setup.sh
[ -x /usr/bin/time ] || { echo "bench-export: /usr/bin/time is missing; install Debian's time package" >&2; exit 1; }
swift build -c release
bin=.build/release/graphtool
out=bench-out/export
store=bench-out/export-1m.sqlite
mkdir -p "$out"
if [ ! -f "$store" ]; then
  echo "generating $store (1M edges)..." >&2
  "$bin" generate-store --db "$store" --edges 1000000 --mentions 1000000 >/dev/null
fi
"$bin" stats --db "$store" | sed -n '/entities/p;/edges/p'
printf '%-10s %10s %14s %12s\n' format "time (s)" "peak RSS (MB)" "output (MB)"
for format in graphml gexf dot json cytoscape csv; do
  target="$out/graph.$format"
  [ "$format" = csv ] && target="$out/csv"
  /usr/bin/time -v -o "$out/time.txt" "$bin" export --format "$format" -o "$target" --db "$store"
  seconds=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s }' "$out/time.txt")
  rss=$(awk -F': ' '/Maximum resident set size/ { printf "%.1f", $2 / 1024 }' "$out/time.txt")
  size=$(du -sm "$target" | cut -f1)
  printf '%-10s %10s %14s %12s\n' "$format" "$seconds" "$rss" "$size"
done
