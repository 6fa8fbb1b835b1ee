#!/usr/bin/env bash
# JMH micro-benchmarks of the hot paths (test sources, never run by the unit-test phase).
# Usage: bench/network/jmh.sh [JMH options, e.g. -f 1 -wi 2 -i 3 Interning]
source "$(dirname "$0")/common.sh"
(cd "$ROOT" && ./mvnw -B -q -pl engines/network install -DskipTests \
  && ./mvnw -B -q -pl engines/network dependency:build-classpath -Dmdep.includeScope=test \
       -Dmdep.outputFile=target/test-classpath.txt) >&2
TCP="$ROOT/engines/network/target/test-classes:$ROOT/engines/network/target/classes:$(cat "$ROOT/engines/network/target/test-classpath.txt")"
ARGS=("$@")
(( ${#ARGS[@]} )) || ARGS=(-f 1 -wi 2 -i 3 -w 2s -r 3s)
"$JAVA" -Xmx4g -cp "$TCP" org.openjdk.jmh.Main "${ARGS[@]}"
