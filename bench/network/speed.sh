#!/usr/bin/env bash
# Speed: Lantern's whole `analyze` versus python-igraph load + multilevel + PageRank on the same
# calls. Default 10M calls among 1M numbers, Lantern with -Xmx4g.
# Usage: bench/network/speed.sh [numbers] [calls]
source "$(dirname "$0")/common.sh"
NUMBERS="${1:-1000000}"
CALLS="${2:-10000000}"
build_engine
dir="$WORK/speed-$NUMBERS"
generate_city "$dir" "$NUMBERS" "$CALLS" 11 2>/dev/null
echo "== input: $(wc -l < "$dir/calls.csv") lines, $(du -hL "$dir/calls.csv" | cut -f1)"
start=$(date +%s.%N)
/usr/bin/time -f "lantern peak RSS %M KiB" \
  "$JAVA" -Xmx4g -cp "$CP" org.lantern.network.cli.NetworkCli analyze \
  --calls "$dir/calls.csv" --out "$dir/report.json" 2> "$dir/analyze.log"
end=$(date +%s.%N)
grep -E '^\[|peak' "$dir/analyze.log" | tail -12
lantern=$(echo "$end - $start" | bc)
printf 'lantern analyze (whole run, wall): %.1f s\n' "$lantern"
if /usr/bin/python3 -c 'import igraph' 2>/dev/null; then
  /usr/bin/python3 - "$dir/calls.csv" <<'PY'
import sys, time, igraph as ig
t0 = time.time()
ids, edges = {}, []
with open(sys.argv[1]) as f:
    next(f)
    for line in f:
        a, b, _ = line.split(",", 2)
        edges.append((ids.setdefault(a, len(ids)), ids.setdefault(b, len(ids))))
g = ig.Graph(n=len(ids), edges=edges)
g.es["weight"] = 1
g.simplify(combine_edges={"weight": "sum"})
t1 = time.time()
c = g.community_multilevel(weights="weight")
t2 = time.time()
pr = g.pagerank(weights="weight")
t3 = time.time()
print(f"igraph {ig.__version__}: load {t1 - t0:.1f} s, multilevel {t2 - t1:.1f} s "
      f"({len(c)} communities), pagerank {t3 - t2:.1f} s")
print(f"igraph load + multilevel + pagerank (wall): {t3 - t0:.1f} s")
PY
else
  echo "python-igraph not installed: apt-get update && apt-get install -y python3-igraph"
fi
