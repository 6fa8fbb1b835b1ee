#!/usr/bin/env bash
# Quality of the engine: precision, recall, F1 and recall@10 on FEBRL (dedupe 1-3, link 4a-4b) and on the
# synthetic South Asian missing/found set. Usage: [SEEDS="1 2 3"] bench/linkage/quality.sh [missingCount]
source "$(dirname "$0")/common.sh"
COUNT="${1:-10000}"
build_engine
BCP="$(bench_cp)"
for f in dataset1 dataset2 dataset3 dataset4a dataset4b; do
  "$JAVA" -cp "$BCP" org.lantern.linkage.bench.FebrlConvert "$DATA/febrl/$f.csv" "$WORK/$f.csv"
done
echo "== FEBRL (engine defaults, no tuning; load $(cut -d' ' -f1 /proc/loadavg) on $(nproc) cores)"
for f in dataset1 dataset2 dataset3; do
  run_cli dedupe --in "$WORK/$f.csv" --out "$WORK/$f.clusters.csv" 2>"$WORK/$f.log"
  "$JAVA" -cp "$BCP" org.lantern.linkage.bench.Evaluate dedupe-febrl "$WORK/$f.clusters.csv" "" "lantern dedupe $f"
  echo "   time ${LAST_SECONDS}s wall, ${LAST_CPU}s cpu"
done
run_cli link --missing "$WORK/dataset4a.csv" --found "$WORK/dataset4b.csv" --out "$WORK/febrl4.matches.csv" 2>"$WORK/febrl4.log"
"$JAVA" -cp "$BCP" org.lantern.linkage.bench.Evaluate link-febrl "$WORK/febrl4.matches.csv" "" "lantern link 4a-4b"
echo "   time ${LAST_SECONDS}s wall, ${LAST_CPU}s cpu"
# SEEDS="1 2 3" adds sets drawn with other seeds of the same generator (the fixed seed always runs first).
south_asian() { # label, directory, extra generator arguments
  local label="$1" dir="$2"; shift 2
  "$JAVA" -cp "$BCP" org.lantern.linkage.bench.SouthAsianGenerator "$DATA/indian-names-parlikar/names.tsv" "$dir" "$COUNT" "$@"
  echo "   missing=$(($(wc -l < "$dir/missing.csv") - 1)) found=$(($(wc -l < "$dir/found.csv") - 1)) true pairs=$(($(wc -l < "$dir/truth.csv") - 1))"
  run_cli link --missing "$dir/missing.csv" --found "$dir/found.csv" --out "$dir/matches.csv" 2>"$dir/link.log"
  "$JAVA" -cp "$BCP" org.lantern.linkage.bench.Evaluate link "$dir/matches.csv" "$dir/truth.csv" "$label"
  echo "   time ${LAST_SECONDS}s wall, ${LAST_CPU}s cpu"
}
echo "== South Asian synthetic set ($COUNT missing reports, seed fixed)"
south_asian "lantern link south-asian" "$WORK/southasian-$COUNT"
for seed in ${SEEDS:-}; do
  echo "== South Asian synthetic set ($COUNT missing reports, seed $seed)"
  south_asian "lantern link seed $seed" "$WORK/southasian-$COUNT-seed$seed" "$((COUNT * 30 / 35))" "$seed"
done
