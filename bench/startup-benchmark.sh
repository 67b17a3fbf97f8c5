#!/usr/bin/env bash
# Start-up benchmark: the runnable jar as the README starts it (embedded PostgreSQL, the sample
# tenants loaded), first with a fresh data folder (cold: initdb, migrations, the whole sample
# load), then again on the same folder (warm). Each time it measures from the `java` command to
# the first 200 of the first page (GET / on a sample tenant's own host), and prints where the time
# went by the log's timestamps (docs/benchmarks.md, "Start-up").
#
#   bench/startup-benchmark.sh [--runs=1] [--port=18080] [--keep]
#
# Builds the jar only when platform/server/target/invoice-portal.jar or target/plugins is missing.
# --runs repeats the cold/warm pair; --keep leaves the data folders and logs (their path is printed).
set -eu
cd "$(dirname "$0")/.."
runs=1 port=18080 keep=false
for arg in "$@"; do
    case "$arg" in
        --runs=*) runs="${arg#*=}" ;;
        --port=*) port="${arg#*=}" ;;
        --keep) keep=true ;;
        *) echo "unknown argument: $arg" >&2; exit 2 ;;
    esac
done
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
jar=platform/server/target/invoice-portal.jar
if [ ! -f "$jar" ] || [ ! -d target/plugins ]; then
    echo "building the jar (mvn -o package -DskipTests) ..."
    mvn -B -q -o package -DskipTests
fi
COLD_GOAL_MS=20000
WARM_GOAL_MS=5000
work=$(mktemp -d "${TMPDIR:-/tmp}/startup-bench.XXXXXX")
pid=
cleanup() {
    if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
    if [ "$keep" = false ]; then rm -rf "$work"; fi
}
trap cleanup EXIT

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# milliseconds from $2 (epoch ms) to the first log line of $1 matching $3 (a Dropwizard UTC timestamp)
phase() {
    local line stamp
    line=$(grep -m1 -E "$3" "$1" || true)
    if [ -z "$line" ]; then echo "-"; return; fi
    stamp=$(echo "$line" | sed -E 's/^[A-Z]+ +\[([0-9-]+ [0-9:]+),([0-9]+)\].*/\1.\2/')
    echo $(( $(date -u -d "$stamp" +%s%3N) - $2 ))
}

# one start: prints "<ms to first 200>" and leaves the log in $work/<label>.log
start_once() {
    local label=$1 data=$2 log="$work/$1.log" begin code
    begin=$(now_ms)
    PORTAL_DATA_DIR="$data" PORTAL_HTTP_PORT="$port" PORTAL_ADMIN_PORT=$((port + 1)) PORTAL_LOAD_SAMPLES=true \
        PORTAL_DATABASE_URL=embedded "$java" -jar "$jar" server config.yml > "$log" 2>&1 &
    pid=$!
    while :; do
        code=$(curl -s -o /dev/null -w '%{http_code}' -H "Host: hollandse-energie.localhost:$port" \
            "http://127.0.0.1:$port/" 2>/dev/null || true)
        [ "$code" = 200 ] && break
        if ! kill -0 "$pid" 2>/dev/null; then
            echo "the portal stopped before answering; its log: $log" >&2
            keep=true
            exit 1
        fi
        sleep 0.05
    done
    local first=$(( $(now_ms) - begin ))
    kill "$pid"; wait "$pid" 2>/dev/null || true; pid=
    printf '%s\t%d\t%s\t%s\t%s\t%s\t%s\t%s\n' "$label" "$first" \
        "$(phase "$log" "$begin" 'DefaultServerFactory: Registering jersey handler')" \
        "$(phase "$log" "$begin" 'Embedded PostgreSQL running')" \
        "$(phase "$log" "$begin" 'PluginRegistry: Plugins from')" \
        "$(phase "$log" "$begin" 'Sample tenants? loaded|Sample tenant northwind')" \
        "$(phase "$log" "$begin" 'Opened application@')" \
        "$(cut -d' ' -f1-3 /proc/loadavg)"
}

mem=$(awk '/MemTotal/ {printf "%.0f GB", $2 / 1024 / 1024}' /proc/meminfo)
jdk=$("$java" -version 2>&1 | head -1)
echo "Machine: $(nproc) processors, $mem memory, $jdk, $(uname -sm)"
echo "Load average before: $(cat /proc/loadavg)"
echo
printf 'run\tms to first 200\tJVM+config\tPostgreSQL up\tschema+plugins\tsamples done\tport open\tload average\n'
results=()
for i in $(seq 1 "$runs"); do
    data="$work/data-$i"
    results+=("$(start_once "cold-$i" "$data")")
    echo "${results[-1]}"
    results+=("$(start_once "warm-$i" "$data")")
    echo "${results[-1]}"
done
echo
echo "(phase columns: ms from the java command to that log line)"
for r in "${results[@]}"; do
    label=$(echo "$r" | cut -f1)
    ms=$(echo "$r" | cut -f2)
    case "$label" in cold*) goal=$COLD_GOAL_MS scenario="cold start (fresh data folder)" ;;
                     *) goal=$WARM_GOAL_MS scenario="warm start (same data folder)" ;; esac
    awk -v s="$scenario" -v l="$label" -v ms="$ms" -v g="$goal" 'BEGIN {
        printf "%s, %s: first page after %d ms; goal < %d ms; %.2f of the goal (%s)\n",
            l, s, ms, g, ms / g, (ms < g ? "met" : "NOT met") }'
done
echo "Load average after: $(cat /proc/loadavg)"
if [ "$keep" = true ]; then echo "logs and data folders: $work"; fi
