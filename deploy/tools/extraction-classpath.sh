# Sourced by deploy/tools/analyze and deploy/bench/analysis: builds the extraction module (and what it
# depends on) with the project's Maven wrapper when its sources are newer than the last build, and sets CP
# to its runtime classpath (cached in extraction/target/classpath.txt).
ROOT="${ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}"
CP_FILE="$ROOT/extraction/target/classpath.txt"
STAMP="$ROOT/extraction/target/classes/.built"
if [ ! -f "$CP_FILE" ] || [ ! -f "$STAMP" ] \
   || [ -n "$(find "$ROOT/extraction/src/main" "$ROOT/extraction/pom.xml" "$ROOT/page-parser/src/main" "$ROOT/pom.xml" -newer "$STAMP" -print -quit 2>/dev/null)" ]; then
  echo "building extraction ..." >&2
  # one reactor run, no install: the local repository is shared with other checkouts, so the classpath must
  # point at this checkout's page-parser jar (the reactor resolves it), never at one installed from elsewhere
  (cd "$ROOT" && ./mvnw -q -pl extraction -am package dependency:build-classpath -DskipTests \
     -Dmdep.outputFile="$CP_FILE" -DincludeScope=runtime >&2)
  touch "$STAMP"
fi
CP="$ROOT/extraction/target/classes:$(cat "$CP_FILE")"
