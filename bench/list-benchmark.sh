#!/bin/sh
# Benchmark of the customer's invoice list: loads invoices into a fresh database, starts the
# application and measures every filter and sort against GET .../me/formats and against pgbench
# running the same statements, at 1, 4 and 16 clients (docs/benchmarks.md).
#
#   bench/list-benchmark.sh [--requests=200] [--warmup=50] [--seconds=2] [--clients=1,4,16]
#                           [--size=10m | --invoices=1000000 --tenants=1 --customers=1000 --big=100000]
#                           [--database=<jdbc url of a loaded database>] [--only=<part of a scenario name>]
#
# The database server is PORTAL_TEST_DATABASE_URL (as for the tests), or else an embedded
# PostgreSQL; pgbench must be on the path. --database reuses a database a previous run loaded (its
# URL is printed); --only measures some scenarios and leaves docs/benchmarks.md alone.
set -eu
cd "$(dirname "$0")/.."
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
mvn -B -q -pl platform/server -am test-compile \
    org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
    -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
cp="platform/server/target/test-classes:platform/server/target/classes:$(cat platform/server/target/bench.classpath)"
exec "$java" -Xmx1g -cp "$cp" io.invoiceportal.server.bench.ListBenchmark "$@"
