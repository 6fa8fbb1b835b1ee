#!/usr/bin/env bash
# Peers side by side on the same data: Lantern, JedAI (org.scify:jedai-core:3.1) and Duke
# (no.priv.garshol.duke:duke:1.2), each in its own JVM, with library defaults (untuned), on FEBRL dataset3
# (deduplication) and the South Asian synthetic set (linkage). Peers live in bench/linkage/peers, a standalone
# Maven project that is never part of the product. Usage: bench/linkage/peers.sh [missingCount]
source "$(dirname "$0")/common.sh"
COUNT="${1:-10000}"
PEERS="$ROOT/bench/linkage/peers"
build_engine
BCP="$(bench_cp)"
OUT="$WORK/peers"
mkdir -p "$OUT/classes-duke" "$OUT/classes-jedai"

resolve() { # profile -> classpath file; prints nothing and returns 1 when the artifact does not resolve
  (cd "$ROOT" && ./mvnw -B -q -f "$PEERS/pom.xml" -P"$1" dependency:build-classpath \
    -Dmdep.outputFile="$OUT/$1.classpath" >"$OUT/$1.resolve.log" 2>&1)
}
DUKE_OK=1; JEDAI_OK=1
resolve duke || { DUKE_OK=0; echo "Duke: no.priv.garshol.duke:duke:1.2 did not resolve from Maven Central (see $OUT/duke.resolve.log)"; }
resolve jedai || { JEDAI_OK=0; echo "JedAI: org.scify:jedai-core:3.1 did not resolve from Maven Central (see $OUT/jedai.resolve.log)"; }
SRC="$PEERS/src/main/java/org/lantern/linkage/peers"
[ $DUKE_OK = 1 ] && "$JAVA_HOME/bin/javac" -nowarn -d "$OUT/classes-duke" -cp "$(cat "$OUT/duke.classpath")" "$SRC/DukeRunner.java"
[ $JEDAI_OK = 1 ] && "$JAVA_HOME/bin/javac" -nowarn -d "$OUT/classes-jedai" -cp "$(cat "$OUT/jedai.classpath")" "$SRC/JedaiRunner.java"

# data: FEBRL dataset3 in the engine's columns, and the South Asian set
"$JAVA" -cp "$BCP" org.lantern.linkage.bench.FebrlConvert "$DATA/febrl/dataset3.csv" "$OUT/febrl3.csv"
SA="$WORK/southasian-$COUNT"
[ -f "$SA/found.csv" ] || "$JAVA" -cp "$BCP" org.lantern.linkage.bench.SouthAsianGenerator \
  "$DATA/indian-names-parlikar/names.tsv" "$SA" "$COUNT"

duke_property() { # name comparator low high
  echo "    <property><name>$1</name><comparator>no.priv.garshol.duke.comparators.$2</comparator><low>$3</low><high>$4</high></property>"
}
duke_csv() { # file, then column:PROPERTY:cleaner triples
  local file="$1"; shift
  echo "  <csv><param name=\"input-file\" value=\"$file\"/>"
  echo "    <column name=\"id\" property=\"ID\"/>"
  for c in "$@"; do
    IFS=: read -r col prop cleaner <<< "$c"
    echo "    <column name=\"$col\" property=\"$prop\" cleaner=\"no.priv.garshol.duke.cleaners.$cleaner\"/>"
  done
  echo "  </csv>"
}
{
  echo "<duke><schema><threshold>0.8</threshold>"
  echo "    <property type=\"id\"><name>ID</name></property>"
  duke_property NAME JaroWinklerTokenized 0.2 0.9
  duke_property DOB Levenshtein 0.3 0.85
  duke_property SSN Levenshtein 0.3 0.9
  duke_property SUBURB Levenshtein 0.4 0.7
  duke_property STATE ExactComparator 0.45 0.55
  duke_property ADDRESS Levenshtein 0.4 0.75
  echo "</schema>"
  duke_csv "$OUT/febrl3.csv" name:NAME:LowerCaseNormalizeCleaner dob:DOB:DigitsOnlyCleaner phone:SSN:DigitsOnlyCleaner \
    home_district:SUBURB:LowerCaseNormalizeCleaner home_state:STATE:LowerCaseNormalizeCleaner address:ADDRESS:LowerCaseNormalizeCleaner
  echo "</duke>"
} > "$OUT/duke-febrl3.xml"
SA_COLUMNS="name:NAME:LowerCaseNormalizeCleaner father_name:FATHER:LowerCaseNormalizeCleaner sex:SEX:LowerCaseNormalizeCleaner age:AGE:DigitsOnlyCleaner home_district:DISTRICT:LowerCaseNormalizeCleaner home_state:STATE:LowerCaseNormalizeCleaner phone:PHONE:DigitsOnlyCleaner"
{
  echo "<duke><schema><threshold>0.8</threshold>"
  echo "    <property type=\"id\"><name>ID</name></property>"
  duke_property NAME JaroWinklerTokenized 0.2 0.9
  duke_property FATHER JaroWinklerTokenized 0.35 0.7
  duke_property SEX ExactComparator 0.3 0.55
  duke_property AGE Levenshtein 0.4 0.6
  duke_property DISTRICT Levenshtein 0.35 0.75
  duke_property STATE ExactComparator 0.4 0.6
  duke_property PHONE ExactComparator 0.45 0.95
  echo "</schema>"
  echo "<group>"; duke_csv "$SA/missing.csv" $SA_COLUMNS; echo "</group>"
  echo "<group>"; duke_csv "$SA/found.csv" $SA_COLUMNS; echo "</group>"
  echo "</duke>"
} > "$OUT/duke-southasian.xml"

timed() { # label, command...
  local label="$1"; shift
  /usr/bin/time -f "%e %U" -o "$OUT/time.txt" "$@" >"$OUT/$label.out" 2>"$OUT/$label.log" || echo "   $label failed: $(tail -3 "$OUT/$label.log")"
  read -r WALL CPU < "$OUT/time.txt"
  TIMES="wall ${WALL}s cpu ${CPU}s"
}

echo "== FEBRL dataset3, deduplication (5000 records; load $(cut -d' ' -f1 /proc/loadavg) on $(nproc) cores)"
timed lantern-febrl3 "$JAVA" -Xmx4g -cp "$(engine_cp)" org.lantern.linkage.cli.LinkageCli dedupe \
  --in "$OUT/febrl3.csv" --out "$OUT/lantern-febrl3.csv"
echo "$("$JAVA" -cp "$BCP" org.lantern.linkage.bench.Evaluate dedupe-febrl "$OUT/lantern-febrl3.csv" "" "lantern") $TIMES"
if [ $JEDAI_OK = 1 ]; then
  timed jedai-febrl3 "$JAVA" -Xmx4g -cp "$OUT/classes-jedai:$(cat "$OUT/jedai.classpath")" \
    org.lantern.linkage.peers.JedaiRunner dedupe "$OUT/febrl3.csv" "$OUT/jedai-febrl3.csv"
  echo "$("$JAVA" -cp "$BCP" org.lantern.linkage.bench.Evaluate pairs-febrl "$OUT/jedai-febrl3.csv" "$OUT/febrl3.csv" "jedai") $TIMES"
fi
if [ $DUKE_OK = 1 ]; then
  timed duke-febrl3 "$JAVA" -Xmx4g -cp "$OUT/classes-duke:$(cat "$OUT/duke.classpath")" \
    org.lantern.linkage.peers.DukeRunner dedupe "$OUT/duke-febrl3.xml" "$OUT/duke-febrl3.csv"
  echo "$("$JAVA" -cp "$BCP" org.lantern.linkage.bench.Evaluate pairs-febrl "$OUT/duke-febrl3.csv" "$OUT/febrl3.csv" "duke") $TIMES"
fi

echo "== South Asian synthetic set, linkage ($COUNT missing reports)"
timed lantern-sa "$JAVA" -Xmx4g -cp "$(engine_cp)" org.lantern.linkage.cli.LinkageCli link \
  --missing "$SA/missing.csv" --found "$SA/found.csv" --out "$OUT/lantern-sa.csv"
echo "$("$JAVA" -cp "$BCP" org.lantern.linkage.bench.Evaluate link "$OUT/lantern-sa.csv" "$SA/truth.csv" "lantern") $TIMES"
if [ $JEDAI_OK = 1 ]; then
  timed jedai-sa "$JAVA" -Xmx4g -cp "$OUT/classes-jedai:$(cat "$OUT/jedai.classpath")" \
    org.lantern.linkage.peers.JedaiRunner link "$SA/missing.csv" "$SA/found.csv" "$OUT/jedai-sa.csv"
  echo "$("$JAVA" -cp "$BCP" org.lantern.linkage.bench.Evaluate pairs-link "$OUT/jedai-sa.csv" "$SA/truth.csv" "jedai") $TIMES"
fi
if [ $DUKE_OK = 1 ]; then
  timed duke-sa "$JAVA" -Xmx4g -cp "$OUT/classes-duke:$(cat "$OUT/duke.classpath")" \
    org.lantern.linkage.peers.DukeRunner link "$OUT/duke-southasian.xml" "$OUT/duke-sa.csv"
  echo "$("$JAVA" -cp "$BCP" org.lantern.linkage.bench.Evaluate pairs-link "$OUT/duke-sa.csv" "$SA/truth.csv" "duke") $TIMES"
fi
