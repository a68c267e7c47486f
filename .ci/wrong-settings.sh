# shellcheck shell=bash
# Sourced by .ci/run before the test command: every variable the README or an application.properties documents, set
# to a value that would break a test that read it. Tests own their settings (each module's
# src/test/resources/META-INF/microprofile-config.properties, the e2e services' scrubbed environment), so the suite
# must pass anyway. .ci/run refuses to run when a documented variable is in neither list below.
#
# Left alone, because they locate the servers the tests use (a wrong value would only send them nowhere):
WRONG_SETTINGS_EXEMPT=(
  PGHOST PGPORT PGUSER PGPASSWORD # the machine's PostgreSQL, where test-support creates a fresh database per run
  NEWSLENS_TEST_KAFKA_BOOTSTRAP_SERVERS NEWSLENS_TEST_JDBC_URL NEWSLENS_TEST_JDBC_USERNAME NEWSLENS_TEST_JDBC_PASSWORD
)

# the services' own settings
export NEWSLENS_API_KEY=wrong-key-from-the-shell
export NEWSLENS_MAX_ARTICLE_SIZE=10
export NEWSLENS_MAX_BATCH_SIZE=10
export NEWSLENS_PUBLISH_TIMEOUT=1ms
export NEWSLENS_QUEUED_READ_TIMEOUT=1ms
export INGEST_PORT=1 ANALYSIS_PORT=1 QUERY_PORT=1
export ANALYSIS_THREADS=wrong
export ANALYSIS_GROUP_ID=wrong-group-from-the-shell
export ANALYSIS_FETCH_MAX_BYTES=wrong ANALYSIS_DLQ_MAX_REQUEST_SIZE=wrong
export QUERY_CORS_ORIGINS=https://wrong.example
export QUERY_DB_POOL_MAX=wrong QUERY_STATEMENT_TIMEOUT=wrong QUERY_WORK_MEM=wrong QUERY_RANDOM_PAGE_COST=wrong
export QUERY_COMPRESS_MIN_SIZE=wrong QUERY_VERSIONS_TTL=wrong
export QUERY_SEARCH_EXACT_TOTAL=1
# a valid level (every Quarkus application reads QUARKUS_* variables, whether it has the category or not): logs every statement
export QUARKUS_LOG_CATEGORY__IO_NEWSLENS_QUERY_SQL__LEVEL=DEBUG
# the servers the services would use outside the tests
export KAFKA_BOOTSTRAP_SERVERS=wrong.invalid:1
export QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://wrong.invalid:1/wrong
export QUARKUS_DATASOURCE_USERNAME=wrong QUARKUS_DATASOURCE_PASSWORD=wrong
export PGDATABASE=wrong
# deploy/local and the tools
export KAFKA_PORT=1 KAFKA_CONTROLLER_PORT=1 ANALYSIS_INSTANCES=wrong ARTICLES_PARTITIONS=wrong
export NEWSLENS_STATE_DIR=/nonexistent/wrong-state-dir
export NEWSLENS_INGEST_URL=http://wrong.invalid:1 NEWSLENS_ANALYSIS_URL=http://wrong.invalid:1
export NEWSLENS_QUERY_URL=http://wrong.invalid:1
export NEWSLENS_ROOT=/nonexistent/wrong-root NEWSLENS_APP_ROOT=/nonexistent/wrong-app-root
# traces and logs (issue 18): an exporter pointed at nothing that answers, JSON logs on; the tests record spans in
# memory and read plain lines whatever these say (parent pom's excludedEnvironmentVariables, test config pins)
export NEWSLENS_LOG_JSON=true
export OTEL_EXPORTER_OTLP_ENDPOINT=http://wrong.invalid:1 OTEL_EXPORTER_OTLP_TRACES_ENDPOINT=http://wrong.invalid:1
export OTEL_EXPORTER_OTLP_HEADERS=wrong=header OTEL_TRACES_SAMPLER=always_off
