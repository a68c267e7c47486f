# Sourced by deploy/tools/analyze and deploy/bench/analysis: builds the extraction module (and what it
# depends on) with the project's Maven wrapper when its sources are newer than the last build, and sets CP
# to its runtime classpath (cached in extraction/target/classpath.txt).
ROOT="${ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}"
CP_FILE="$ROOT/extraction/target/classpath.txt"
STAMP="$ROOT/extraction/target/classes/.built"
if [ ! -f "$CP_FILE" ] || [ ! -f "$STAMP" ] \
   || [ -n "$(find "$ROOT/extraction/src/main" "$ROOT/extraction/pom.xml" "$ROOT/page-parser/src/main" "$ROOT/pom.xml" -newer "$STAMP" -print -quit 2>/dev/null)" ]; then
  echo "building extraction ..." >&2
  (cd "$ROOT" && ./mvnw -q -pl extraction -am install -DskipTests >&2 \
     && ./mvnw -q -pl extraction dependency:build-classpath -Dmdep.outputFile="$CP_FILE" -DincludeScope=runtime >&2)
  touch "$STAMP"
fi
CP="$ROOT/extraction/target/classes:$(cat "$CP_FILE")"
