#!/usr/bin/env bash
# Quality of the engine: precision, recall, F1 and recall@10 on FEBRL (dedupe 1-3, link 4a-4b) and on the
# synthetic South Asian missing/found set. Usage: bench/linkage/quality.sh [missingCount]
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
echo "== South Asian synthetic set ($COUNT missing reports, seed fixed)"
SA="$WORK/southasian-$COUNT"
"$JAVA" -cp "$BCP" org.lantern.linkage.bench.SouthAsianGenerator "$DATA/indian-names-parlikar/names.tsv" "$SA" "$COUNT"
echo "   missing=$(($(wc -l < "$SA/missing.csv") - 1)) found=$(($(wc -l < "$SA/found.csv") - 1)) true pairs=$(($(wc -l < "$SA/truth.csv") - 1))"
run_cli link --missing "$SA/missing.csv" --found "$SA/found.csv" --out "$SA/matches.csv" 2>"$SA/link.log"
"$JAVA" -cp "$BCP" org.lantern.linkage.bench.Evaluate link "$SA/matches.csv" "$SA/truth.csv" "lantern link south-asian"
echo "   time ${LAST_SECONDS}s wall, ${LAST_CPU}s cpu"
