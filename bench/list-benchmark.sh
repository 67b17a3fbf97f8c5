#!/bin/sh
# Benchmark of the customer's invoice list: loads one tenant with 1,000,000 invoices into a fresh
# database, starts the application and times every filter and sort (docs/benchmarks.md).
#
#   bench/list-benchmark.sh [--requests=200] [--warmup=50] [--threads=4] [--invoices=1000000]
#                           [--customers=1000] [--database=<jdbc url of a loaded database>]
#                           [--only=<part of a scenario name>]
#
# The database server is PORTAL_TEST_DATABASE_URL (as for the tests), or else an embedded
# PostgreSQL. --database reuses a database a previous run loaded (its URL is printed); --only
# times some scenarios and leaves docs/benchmarks.md alone.
set -eu
cd "$(dirname "$0")/.."
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
mvn -B -q -pl platform/server -am test-compile \
    org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
    -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
cp="platform/server/target/test-classes:platform/server/target/classes:$(cat platform/server/target/bench.classpath)"
exec "$java" -Xmx1g -cp "$cp" io.invoiceportal.server.bench.ListBenchmark "$@"
