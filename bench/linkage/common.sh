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
  # long runs use a private copy, so that a rebuild meanwhile can not pull classes from under them
  SNAPSHOT="$WORK/engine-$$"
  mkdir -p "$SNAPSHOT/lib"
  cp "$ENGINE/target/lantern-linkage.jar" "$SNAPSHOT/"
  cp "$ENGINE/target/lib/"*.jar "$SNAPSHOT/lib/"
  trap 'rm -rf "$SNAPSHOT"' EXIT
}

engine_cp() { echo "$SNAPSHOT/lantern-linkage.jar:$SNAPSHOT/lib/*"; }
bench_cp() { echo "$ENGINE/target/test-classes:$ENGINE/target/lantern-linkage.jar:$(cat "$WORK/test.classpath")"; }

# runs the engine's command line exactly as the launcher does; sets LAST_SECONDS (wall) and LAST_CPU (user CPU)
run_cli() {
  /usr/bin/time -f "%e %U" -o "$WORK/last.time" \
    "$JAVA" -Xmx4g -cp "$(engine_cp)" org.lantern.linkage.cli.LinkageCli "$@"
  read -r LAST_SECONDS LAST_CPU < "$WORK/last.time"
}
