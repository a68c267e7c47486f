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

# --- a private PostgreSQL, for machines without one ------------------------------------------------------------
# When nothing answers at PGHOST:PGPORT, deploy/local/up runs PostgreSQL 17 from Maven Central's binaries
# (deploy/local/postgres/pom.xml) with its data under $STATE/postgres, and deploy/local/down stops it. PostgreSQL
# refuses to run as root: as root it runs as the unprivileged user postgres (or nobody when there is none).
PG_HOME="$STATE/postgres"
PG_DIST="$PG_HOME/dist"
PG_DATA="$PG_HOME/data"
if [ "$(id -u)" = 0 ]; then
  pg_run_as=$(id -u postgres >/dev/null 2>&1 && echo postgres || echo nobody)
fi
pg_as() { if [ -n "${pg_run_as:-}" ]; then runuser -u "$pg_run_as" -- "$@"; else "$@"; fi; }
pg_answers() { (exec 3<>"/dev/tcp/${PGHOST:-127.0.0.1}/${PGPORT:-5432}") 2>/dev/null; }

start_private_postgres() {
  if [ ! -x "$PG_DIST/bin/postgres" ]; then
    say "no PostgreSQL answers at ${PGHOST:-127.0.0.1}:${PGPORT:-5432}: fetching PostgreSQL 17.6 from Maven Central"
    mkdir -p "$PG_HOME/jar" "$PG_DIST" "$STATE/logs"
    (cd "$ROOT" && ./mvnw -q -B -f deploy/local/postgres/pom.xml dependency:unpack-dependencies \
      -DoutputDirectory="$PG_HOME/jar") > "$STATE/logs/postgres-fetch.log" 2>&1 \
      || { tail -20 "$STATE/logs/postgres-fetch.log"; die "could not fetch PostgreSQL"; }
    tar -xJf "$PG_HOME"/jar/postgres-linux-x86_64.txz -C "$PG_DIST" || die "could not unpack PostgreSQL (is xz installed?)"
  fi
  mkdir -p "$PG_HOME/run" "$STATE/logs"
  touch "$STATE/logs/postgres.log"
  if [ -n "${pg_run_as:-}" ]; then
    chown "$pg_run_as" "$PG_HOME/run" "$STATE/logs/postgres.log"
  fi
  if [ ! -f "$PG_DATA/PG_VERSION" ]; then
    say "creating a PostgreSQL cluster in $PG_DATA (user ${PGUSER:-postgres}, trust on 127.0.0.1 only)"
    mkdir -p "$PG_DATA" && chmod 700 "$PG_DATA"
    [ -n "${pg_run_as:-}" ] && chown "$pg_run_as" "$PG_DATA"
    pg_as "$PG_DIST/bin/initdb" -D "$PG_DATA" -U "${PGUSER:-postgres}" -A trust -E UTF8 --no-locale \
      > "$STATE/logs/postgres-initdb.log" 2>&1 || { cat "$STATE/logs/postgres-initdb.log"; die "initdb failed"; }
    # the database, in single-user mode: no client tools needed
    printf 'CREATE DATABASE "%s";\n' "${PGDATABASE:-newslens}" \
      | pg_as "$PG_DIST/bin/postgres" --single -D "$PG_DATA" postgres > "$STATE/logs/postgres-initdb.log" 2>&1 \
      || { cat "$STATE/logs/postgres-initdb.log"; die "could not create database ${PGDATABASE:-newslens}"; }
  fi
  say "starting the private PostgreSQL on 127.0.0.1:${PGPORT:-5432}"
  pg_as "$PG_DIST/bin/pg_ctl" -D "$PG_DATA" -l "$STATE/logs/postgres.log" -w -t 60 \
    -o "-p ${PGPORT:-5432} -h 127.0.0.1 -k $PG_HOME/run" start > /dev/null \
    || { tail -20 "$STATE/logs/postgres.log"; die "PostgreSQL did not start"; }
  head -1 "$PG_DATA/postmaster.pid" > "$STATE/postgres.pid"
}

stop_private_postgres() {
  [ -n "$(live_pid postgres "$PG_DIST/bin/postgres")" ] || { rm -f "$STATE/postgres.pid"; return 0; }
  say "stopping the private PostgreSQL"
  pg_as "$PG_DIST/bin/pg_ctl" -D "$PG_DATA" -m fast -w stop > /dev/null || true
  rm -f "$STATE/postgres.pid"
}
