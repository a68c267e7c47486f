# Shared by deploy/local/up and deploy/local/down. Sourced, not run.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
STATE="${NEWSLENS_STATE_DIR:-$ROOT/deploy/local/.state}"
SERVICES=(analysis-service ingest-service query-service)

say() { printf '\033[1m==>\033[0m %s\n' "$*"; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# The pid in $STATE/NAME.pid if that process is alive and is still the one we started (its command line
# names MARKER), else nothing. Guards against a stale pid file whose pid was reused by something else.
live_pid() {
  local name=$1 marker=$2 pid
  [ -f "$STATE/$name.pid" ] || return 0
  pid=$(cat "$STATE/$name.pid")
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -q -- "$marker"; then
    echo "$pid"
  fi
}

# NEWSLENS_APP_ROOT: run packaged applications copied elsewhere (deploy/bench/faults runs a snapshot, so that a
# rebuild in the working tree cannot swap jars under running services); up then builds nothing.
APP_ROOT="${NEWSLENS_APP_ROOT:-$ROOT}"
jar_of() { echo "$APP_ROOT/$1/target/quarkus-app/quarkus-run.jar"; }

# Extra analysis-service instances are named analysis-service-2, -3, ... (deploy/local/up, ANALYSIS_INSTANCES).
service_of() {
  case $1 in
    analysis-service-*) echo analysis-service ;;
    *) echo "$1" ;;
  esac
}

port_of() {
  case $1 in
    ingest-service) echo "${INGEST_PORT:-8080}" ;;
    analysis-service) echo "${ANALYSIS_PORT:-8081}" ;;
    analysis-service-*) echo $(( ${ANALYSIS_PORT:-8081} + 8 + ${1#analysis-service-} )) ;;
    query-service) echo "${QUERY_PORT:-8082}" ;;
  esac
}
