# Shared by the network benchmark scripts: JDK, build, paths.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
JAVA="$JAVA_HOME/bin/java"
JAR="$ROOT/engines/network/target/lantern-network.jar"
CP="$JAR:$ROOT/engines/network/target/lib/*"
WORK="${LANTERN_BENCH_DIR:-/tmp/lantern-bench}"
mkdir -p "$WORK"

build_engine() {
  (cd "$ROOT" && ./mvnw -B -q -pl engines/network install -DskipTests) >&2
}

cli() {
  "$JAVA" -Xmx4g -cp "$CP" org.lantern.network.cli.NetworkCli "$@"
}

# generate_city DIR NUMBERS CALLS SEED: reuses an existing city with the same parameters
generate_city() {
  local dir="$1" numbers="$2" calls="$3" seed="$4"
  local stamp="$numbers-$calls-$seed"
  if [[ -f "$dir/calls.csv" && "$(cat "$dir/.params" 2>/dev/null)" == "$stamp" ]]; then
    return
  fi
  "$JAVA" -Xmx8g -cp "$CP" org.lantern.network.cli.NetworkCli generate --out-dir "$dir" \
    --numbers "$numbers" --calls "$calls" --seed "$seed"
  echo "$stamp" > "$dir/.params"
}
