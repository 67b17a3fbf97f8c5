#!/bin/sh
# Benchmark of the e-invoicing export formats: for each case, exports per second on two threads,
# milliseconds per export after warm-up, validation time per file with the official validator, and
# a baseline timed in the same run (docs/benchmarks.md, section "E-invoicing exports").
#
#   bench/einvoice-benchmark.sh [--seconds=10] [--count=500] [--only=<module>]
#
# Each case runs in its own JVM on its module's test class path (phive and Mustang must not share
# one). A case prints Markdown table rows (ExportBenchmark.Row in the plugin test kit). To add a
# case, add one line to CASES: "<module directory> <main class of its test sources>".
set -eu
cd "$(dirname "$0")/.."
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"

CASES="
plugins/export-ubl io.invoiceportal.plugins.ubl.UblBenchmark
plugins/export-facturx io.invoiceportal.plugins.facturx.FacturxBenchmark
"

only=""
pass=""
for arg in "$@"; do
    case "$arg" in
        --only=*) only="${arg#--only=}" ;;
        *) pass="$pass $arg" ;;
    esac
done

load=$(cut -d' ' -f1-3 /proc/loadavg)
rows=$(mktemp)
trap 'rm -f "$rows"' EXIT
echo "$CASES" | while read -r module main; do
    [ -n "$module" ] || continue
    case "$module" in *"$only"*) ;; *) continue ;; esac
    mvn -B -q -pl "$module" -am install -DskipTests >&2
    mvn -B -q -pl "$module" test-compile \
        org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
        -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >&2
    cp="$module/target/test-classes:$module/target/classes:$(cat "$module/target/bench.classpath")"
    # shellcheck disable=SC2086
    "$java" -Xmx1g -cp "$cp" "$main" $pass | grep '^|' | tee -a "$rows"
done

machine="$(nproc) processors, $(awk '/MemTotal/ {printf "%.0f GB", $2 / 1048576}' /proc/meminfo) memory, $("$java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.runtime.version/ {print "JDK " $2}'), $(uname -sm)"
if [ -z "$only" ]; then
    table=$(mktemp)
    {
        echo "<!-- einvoice-results:start -->"
        echo "Run of $(date -u +%Y-%m-%d) on $machine, load average before the run $load, arguments:${pass:- (defaults)}."
        echo
        echo "| case | exports/s (2 threads) | ms per export: mean / median / p99 | validation ms per file: mean (validator) | baseline ms: mean / median (what) | export / baseline (medians) |"
        echo "| --- | --- | --- | --- | --- | --- |"
        cat "$rows"
        echo "<!-- einvoice-results:end -->"
    } > "$table"
    awk -v table="$table" '
        /<!-- einvoice-results:start -->/ { while ((getline line < table) > 0) print line; skip = 1; next }
        /<!-- einvoice-results:end -->/ { skip = 0; next }
        !skip { print }
    ' docs/benchmarks.md > docs/benchmarks.md.new && mv docs/benchmarks.md.new docs/benchmarks.md
    rm -f "$table"
    echo "docs/benchmarks.md updated" >&2
fi
