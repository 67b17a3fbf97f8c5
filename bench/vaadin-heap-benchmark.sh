#!/bin/sh
# Heap per logged-in Vaadin session with the invoice list open: the portal runs as its own process
# (fresh database, the sample tenants), Chromium signs in 50 sessions, jcmd measures the portal's
# live heap before and after (docs/benchmarks.md, "Vaadin memory").
#
#   bench/vaadin-heap-benchmark.sh [--sessions=50] [--login=korenschoof] [--top=25]
#
# The database server is PORTAL_TEST_DATABASE_URL (as for the tests), or else an embedded
# PostgreSQL; Chromium is /usr/bin/chromium or PORTAL_CHROMIUM.
set -eu
cd "$(dirname "$0")/.."
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
# the ui jar, not ui/target/classes: only the jar keeps Vaadin's production-mode build info (ui/pom.xml)
mvn -B -q -o -pl ui -am package -DskipTests
mvn -B -q -o -pl platform/server -am test-compile \
    org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
    -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
ui_jar=$(ls "$PWD"/ui/target/ui-*.jar | head -1)
deps=$(sed "s#$PWD/ui/target/classes#$ui_jar#" platform/server/target/bench.classpath)
cp="platform/server/target/test-classes:platform/server/target/classes:$deps"
exec "$java" -Xmx512m -cp "$cp" io.invoiceportal.server.bench.VaadinHeapBenchmark "$@"
