#!/usr/bin/env bash
# Speed of the engine: link N missing x N found South Asian records through the command line, as the launcher
# runs it (java -Xmx4g). Prints wall and CPU time, peak memory and the machine load (other processes distort
# wall time on a shared machine), then quality at this scale. Usage: bench/linkage/speed.sh [N]
source "$(dirname "$0")/common.sh"
N="${1:-1000000}"
build_engine
BCP="$(bench_cp)"
SA="$WORK/southasian-${N}x${N}"
if [ ! -f "$SA/found.csv" ]; then
  "$JAVA" -cp "$BCP" org.lantern.linkage.bench.SouthAsianGenerator "$DATA/indian-names-parlikar/names.tsv" "$SA" "$N" "$N"
fi
echo "== link ${N} missing x ${N} found (2 cores expected; load before: $(cut -d' ' -f1-3 /proc/loadavg))"
/usr/bin/time -f "wall %e s, user %U s, sys %S s, peak RSS %M KB" -o "$SA/time.txt" \
  "$JAVA" -Xmx4g -cp "$(engine_cp)" org.lantern.linkage.cli.LinkageCli link \
  --missing "$SA/missing.csv" --found "$SA/found.csv" --out "$SA/matches.csv" 2>"$SA/link.log"
grep -v "missing records," "$SA/link.log" | sed 's/^/   /'
cat "$SA/time.txt"
echo "   load after: $(cut -d' ' -f1-3 /proc/loadavg); cores: $(nproc)"
"$JAVA" -Xmx2g -cp "$BCP" org.lantern.linkage.bench.Evaluate link "$SA/matches.csv" "$SA/truth.csv" "lantern ${N}x${N}"
