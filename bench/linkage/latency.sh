#!/usr/bin/env bash
# Latency of the incremental index: one new record against N existing (default 1M), top 10 with explanations.
# Usage: bench/linkage/latency.sh [N]
source "$(dirname "$0")/common.sh"
N="${1:-1000000}"
build_engine
BCP="$(bench_cp)"
SA="$WORK/southasian-${N}x${N}"
if [ ! -f "$SA/found.csv" ]; then
  "$JAVA" -cp "$BCP" org.lantern.linkage.bench.SouthAsianGenerator "$DATA/indian-names-parlikar/names.tsv" "$SA" "$N" "$N"
fi
echo "== incremental index: query against ${N} found records (load: $(cut -d' ' -f1-3 /proc/loadavg))"
"$JAVA" -Xmx4g -cp "$BCP" org.lantern.linkage.bench.IndexLatency "$SA/missing.csv" "$SA/found.csv" 5000
