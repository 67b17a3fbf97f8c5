#!/bin/sh
# Benchmark of rendering: PDFs, UBL and Factur-X per second against their raw libraries, and a ZIP of
# 100 invoices in PDF, XML and CSV against the sum of its single renders, with the heap it holds
# (docs/benchmarks.md, section "Rendering: PDF, e-invoices and archives").
#
#   bench/render-benchmark.sh [--seconds=10] [--count=300] [--runs=5] [--only=pdf|einvoice|archive]
#
# pdf: io.invoiceportal.plugins.pdf.PdfBenchmark (export-pdf's test sources), the exporter against a
#      minimal PDFBox program drawing the same page contents with the fonts parsed once.
# einvoice: the UBL and Factur-X mains of bench/einvoice-benchmark.sh (UBL against ph-ubl21's own
#      marshalling, Factur-X against export-pdf's PDF of the same invoice), without installing anything.
# archive: io.invoiceportal.server.bench.ArchiveBenchmark (server test sources; a fresh database on
#      PORTAL_TEST_DATABASE_URL, as for the tests, and the plugins built in target/plugins).
# Prints Markdown table rows, the machine and the load average; docs/benchmarks.md is edited by hand.
set -eu
cd "$(dirname "$0")/.."
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"

only=""
pass=""
for arg in "$@"; do
    case "$arg" in
        --only=*) only="${arg#--only=}" ;;
        *) pass="$pass $arg" ;;
    esac
done

# run <module> <main class>: compiles the module and what it needs in this reactor, runs the main on
# its test class path with the other arguments
run() {
    mvn -B -q -pl "$1" -am test-compile \
        org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
        -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >&2
    # shellcheck disable=SC2086
    "$java" -Xmx1g -cp "$1/target/test-classes:$1/target/classes:$(cat "$1/target/bench.classpath")" "$2" $pass \
        | grep '^|'
}

echo "Machine: $(nproc) processors, $(awk '/MemTotal/ {printf "%.0f GB", $2 / 1048576}' /proc/meminfo) memory, $("$java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.runtime.version/ {print "JDK " $2}'), $(uname -sm)"
echo "Load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
case "pdf" in *"$only"*)
    echo
    echo "| case | portal PDFs/s (2 threads) | raw PDFBox PDFs/s (2 threads) | portal / raw | ms per PDF, median: portal / raw |"
    echo "| --- | --- | --- | --- | --- |"
    run plugins/export-pdf io.invoiceportal.plugins.pdf.PdfBenchmark ;;
esac
case "einvoice" in *"$only"*)
    echo
    echo "| case | exports/s (2 threads) | ms per export: mean / median / p99 | validation ms per file: mean (validator) | baseline ms: mean / median (what) | export / baseline (medians) |"
    echo "| --- | --- | --- | --- | --- | --- |"
    run plugins/export-ubl io.invoiceportal.plugins.ubl.UblBenchmark
    run plugins/export-facturx io.invoiceportal.plugins.facturx.FacturxBenchmark ;;
esac
case "archive" in *"$only"*)
    echo
    echo "| case | archive | limit | archive / limit |"
    echo "| --- | --- | --- | --- |"
    run platform/server io.invoiceportal.server.bench.ArchiveBenchmark ;;
esac
echo
echo "Load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
