#!/usr/bin/env bash
# Start-up time of `./lantern serve`: cold (new data directory: PostgreSQL cluster created, migrations run)
# and warm (same directory again), measured until the sign-in page answers. Prints seconds.
#
#   bench/startup.sh            # without demo data
#   DEMO=1 bench/startup.sh     # with --demo (demo data loaded on the cold start)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PORT="${PORT:-18490}"
DATA="$(mktemp -d /tmp/lantern-startup.XXXXXX)"
trap 'pkill -f "lantern.data-dir=$DATA" 2>/dev/null || true; sleep 2; rm -rf "$DATA"' EXIT
"$ROOT/lantern" build >/dev/null 2>&1 || true

measure() {
  local started ended
  started=$(date +%s.%N)
  "$ROOT/lantern" serve --port "$PORT" --data "$DATA" ${DEMO:+--demo} >"$DATA.$1.log" 2>&1 &
  until curl -s -o /dev/null "http://127.0.0.1:$PORT/signin"; do sleep 0.1; done
  ended=$(date +%s.%N)
  printf '%-5s start: %6.1f s\n' "$1" "$(echo "$ended - $started" | bc)"
  pkill -f "lantern.data-dir=$DATA"
  while pgrep -f "lantern.data-dir=$DATA" >/dev/null; do sleep 0.2; done
}

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
measure cold
measure warm
measure warm
rm -f "$DATA".*.log
