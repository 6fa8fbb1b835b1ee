#!/usr/bin/env bash
# JMH micro-benchmarks of the engine's hot paths (normalisation, Jaro-Winkler, blocking keys, pair scoring).
# Usage: bench/linkage/jmh.sh [JMH options, e.g. -f 1 -wi 1 -i 2]
source "$(dirname "$0")/common.sh"
build_engine
"$JAVA" -cp "$(bench_cp)" org.openjdk.jmh.Main 'org.lantern.linkage.perf.*' "$@"
