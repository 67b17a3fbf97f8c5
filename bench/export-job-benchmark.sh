#!/bin/sh
# Bulk export job benchmark: loads the bench tenant so that its big customer has 10,000 invoices,
# starts the runnable jar as its own process with -Xmx256m, runs one export job of all of them and
# reports the time, the invoices per second, the server's peak heap and the ratio against the
# synchronous ZIP of 500 of the same invoices on the same server (docs/benchmarks.md, "Bulk export jobs").
#
#   bench/export-job-benchmark.sh [--invoices=10000] [--format=pdf] [--heap=256m]
#                                 [--database=<jdbc url of a database a previous run loaded>]
#
# The database server is PORTAL_TEST_DATABASE_URL (as for the tests), or else an embedded PostgreSQL.
# Builds the jar when platform/server/target/invoice-portal.jar or target/plugins is missing or
# older than the sources.
set -eu
cd "$(dirname "$0")/.."
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
jar=platform/server/target/invoice-portal.jar
if [ ! -f "$jar" ] || [ ! -d target/plugins ] \
        || [ -n "$(find platform ui plugins -path '*/src/main/*' -newer "$jar" -print -quit)" ]; then
    echo "building the jar (mvn -o package -DskipTests) ..."
    mvn -B -q -o package -DskipTests
fi
mvn -B -q -o -pl platform/server -am test-compile \
    org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
    -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
cp="platform/server/target/test-classes:platform/server/target/classes:$(cat platform/server/target/bench.classpath)"
exec "$java" -Xmx512m -cp "$cp" io.invoiceportal.server.bench.ExportJobBenchmark "$@"
