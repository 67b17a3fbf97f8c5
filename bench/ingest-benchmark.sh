#!/bin/sh
# Benchmark of invoice ingestion: POST …/invoices (JSON, 3 lines) at 1 and 8 clients and
# POST …/invoices/batch (1,000 per request), each against pgbench inserting the same rows into the
# same fresh database in the same run (docs/benchmarks.md, "Ingestion").
#
#   bench/ingest-benchmark.sh [--seconds=15] [--only=single|batch] [--database=<jdbc url>]
#
# The database server is PORTAL_TEST_DATABASE_URL (as for the tests); pgbench must be on the PATH.
# --only runs some scenarios and leaves docs/benchmarks.md alone.
set -eu
cd "$(dirname "$0")/.."
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
mvn -B -q -o -pl platform/server -am test-compile \
    org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
    -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
cp="platform/server/target/test-classes:platform/server/target/classes:$(cat platform/server/target/bench.classpath)"
exec "$java" -Xmx1g ${INGEST_BENCH_JVM:-} -cp "$cp" io.invoiceportal.server.bench.IngestBenchmark "$@"
