#!/usr/bin/env bash
# Latency of one new missing report against N found persons through the tracing module's index code path
# (TracingIndex.put + TracingIndex.candidates, as CandidateSearch runs them after each change), p50/p95/p99.
# Usage: bench/tracing/latency.sh [found=1000000] [queries=2000] [warmup=500]
# CAPS=60x400x200,40x250x100 compares engine blocking limits (single cap x combined cap x candidate budget; the
# application's lantern.tracing.block-caps, default: the engine's BlockingConfig.DEFAULT).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
WORK="$ROOT/bench/.work/tracing"
mkdir -p "$WORK"
NAMES="${LANTERN_NAMES:-/work/shared/data/indian-names-parlikar/names.tsv}"
[ -f "$NAMES" ] || NAMES=""
(cd "$ROOT" && ./mvnw -B -q -pl app -am test-compile dependency:build-classpath \
   -Dmdep.outputFile="$WORK/test.classpath" -Dmdep.includeScope=test >/dev/null)
CP="$ROOT/app/target/test-classes:$ROOT/app/target/classes:$(cat "$WORK/test.classpath")"
"$JAVA_HOME/bin/java" -Xmx${LANTERN_BENCH_HEAP:-8g} -XX:+UseParallelGC -Dcaps="${CAPS:-}" -cp "$CP" org.lantern.tracing.IndexLatencyBench \
  "${1:-1000000}" "${2:-2000}" "${3:-500}" $NAMES
