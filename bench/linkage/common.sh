# Shared setup for the linkage benchmarks: builds the engine and its test classes once.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
JAVA="$JAVA_HOME/bin/java"
DATA="${LANTERN_DATA:-$ROOT/../shared/data}"
[ -d "$DATA/febrl" ] || DATA=/work/shared/data
WORK="$ROOT/bench/.work/linkage"
mkdir -p "$WORK"
ENGINE="$ROOT/engines/linkage"

build_engine() {
  (cd "$ROOT" && ./mvnw -B -q -pl engines/linkage install -DskipTests >/dev/null && \
    ./mvnw -B -q -pl engines/linkage test-compile dependency:build-classpath \
      -Dmdep.outputFile="$WORK/test.classpath" -Dmdep.includeScope=test >/dev/null)
}

engine_cp() { echo "$ENGINE/target/lantern-linkage.jar:$ENGINE/target/lib/*"; }
bench_cp() { echo "$ENGINE/target/test-classes:$ENGINE/target/lantern-linkage.jar:$(cat "$WORK/test.classpath")"; }

# runs the engine's command line exactly as the launcher does, printing wall time in seconds to fd 3
run_cli() {
  local start end
  start=$(date +%s.%N)
  "$JAVA" -Xmx4g -cp "$(engine_cp)" org.lantern.linkage.cli.LinkageCli "$@"
  end=$(date +%s.%N)
  LAST_SECONDS=$(echo "$end - $start" | bc)
}
