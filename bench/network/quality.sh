#!/usr/bin/env bash
# Ring recovery on generated cities: share of planted rings recovered as a community
# (best Jaccard >= 0.5), controllers among the top-3 key players, shared handsets found.
# Usage: bench/network/quality.sh [numbers] [calls] [seeds...]   (default 100000 1000000 7 8 9)
source "$(dirname "$0")/common.sh"
NUMBERS="${1:-100000}"
CALLS="${2:-$((NUMBERS * 10))}"
shift $(( $# > 2 ? 2 : $# ))
SEEDS=("$@")
(( ${#SEEDS[@]} )) || SEEDS=(7 8 9)
build_engine
for seed in "${SEEDS[@]}"; do
  dir="$WORK/city-$NUMBERS-$seed"
  generate_city "$dir" "$NUMBERS" "$CALLS" "$seed" 2>/dev/null
  cli analyze --calls "$dir/calls.csv" --out "$dir/report.json" 2>/dev/null
  echo "== city of $NUMBERS numbers, $CALLS calls, seed $seed"
  python3 "$(dirname "$0")/score.py" "$dir/truth.json" "$dir/report.json"
done
