#!/bin/bash
# Two portal nodes on one PostgreSQL database behind nginx (deploy/nginx/portal.conf), and checks
# through nginx: the API is served by both nodes, a session stays on its node (REST and UI), the
# session is unknown on the other node, and when a node stops the other one serves everything.
# Prints what each request got and which node answered (docs/scaling.md records a run).
#
#   deploy/two-nodes.sh            (after `mvn -B package -DskipTests`; not part of CI)
#
# PostgreSQL: PGHOST/PGPORT/PGUSER (default 127.0.0.1, 5432, postgres); the database
# portal_two_nodes is made anew. nginx is installed with apt-get when missing (as root).
# Ports: nginx 8090, nodes 8091/8092, their admin ports 8191/8192. Everything it starts is
# stopped at the end; logs stay under target/two-nodes/.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
jar=platform/server/target/invoice-portal.jar
work="$root/target/two-nodes"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
db=portal_two_nodes
tenant=hollandse-energie
login=korenschoof
password=Factuur2026   # the activated sample accounts' password (tenants-sample/README.md)

[ -f "$jar" ] || { echo "no $jar: run mvn -B package -DskipTests first" >&2; exit 1; }
if ! command -v nginx >/dev/null; then
    if [ "$(id -u)" = 0 ]; then
        echo "installing nginx"; apt-get install -y -q nginx >/dev/null
    else
        echo "nginx is missing: apt-get install nginx" >&2; exit 1
    fi
fi
nginx=$(command -v nginx)

rm -rf "$work"; mkdir -p "$work/nginx/logs"
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    [ -f "$work/nginx/nginx.pid" ] && "$nginx" -p "$work/nginx" -c "$work/nginx/nginx.conf" -s stop 2>/dev/null || true
    wait 2>/dev/null || true
}
trap cleanup EXIT

psql -q -d postgres -c "drop database if exists $db with (force)" -c "create database $db"
admin_key=$(head -c 18 /dev/urandom | base64 | tr '+/' '-_')

# node N: http 809N, admin 819N, Jetty worker nodeN; only node 1 loads the samples (before node 2
# starts). Node 1 runs no export workers, so that the jobs made through its sessions are run by
# node 2 and their ZIPs served by node 1 from the shared exports folder.
start_node() {
    local n=$1 samples=$2 export_workers=$3
    mkdir -p "$work/node$n"
    PORTAL_EXPORT_WORKERS=$export_workers JETTY_WORKER_INSTANCE=$n PORTAL_HTTP_PORT=809$n PORTAL_ADMIN_PORT=819$n \
    PORTAL_DATABASE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$db" PORTAL_DATABASE_USER="$PGUSER" \
    PORTAL_ADMIN_KEY="$admin_key" PORTAL_PUBLIC_URL=http://localhost:8090 PORTAL_LOAD_SAMPLES=$samples \
    PORTAL_USE_FORWARDED_HEADERS=true PORTAL_DATA_DIR="$work/node$n" PORTAL_EXPORTS_DIR="$work/exports" \
        "$java" -Xmx512m -jar "$jar" server config.yml > "$work/node$n.log" 2>&1 &
    pids[$n]=$!
    local started=$SECONDS
    until curl -sf -o /dev/null "http://127.0.0.1:819$n/healthcheck"; do
        kill -0 "${pids[$n]}" 2>/dev/null || { echo "node$n stopped; see $work/node$n.log" >&2; exit 1; }
        [ $((SECONDS - started)) -lt 300 ] || { echo "node$n not healthy after 300 s" >&2; exit 1; }
        sleep 1
    done
    echo "node$n healthy after $((SECONDS - started)) s (pid ${pids[$n]}, http 809$n, admin 819$n)"
}
start_node 1 true 0
start_node 2 false 2

sed "s|/var/log/nginx/portal-access.log|$work/nginx/logs/access.log|" deploy/nginx/portal.conf > "$work/nginx/portal.conf"
cat > "$work/nginx/nginx.conf" <<EOF
worker_processes 1;
pid $work/nginx/nginx.pid;
error_log $work/nginx/logs/error.log;
events { worker_connections 256; }
http {
    client_body_temp_path $work/nginx/body;
    proxy_temp_path $work/nginx/proxy;
    fastcgi_temp_path $work/nginx/fastcgi;
    uwsgi_temp_path $work/nginx/uwsgi;
    scgi_temp_path $work/nginx/scgi;
    include $work/nginx/portal.conf;
}
EOF
"$nginx" -p "$work/nginx" -c "$work/nginx/nginx.conf"
echo "nginx on 8090 ($("$nginx" -v 2>&1))"

lb=http://127.0.0.1:8090
api="$lb/api/v1/tenants/$tenant"
failures=0
# the node that answered the last request through nginx, from its access log (the last address of
# upstream=: nginx lists every node it tried, a stopped one first)
last_node() {
    tail -n 1 "$work/nginx/logs/access.log" | grep -o 'upstream=.* route=' | grep -o ':809[0-9]' | tail -n 1 | sed 's/:809/node/'
}
# request METHOD URL [curl options...]: prints "status node"
request() {
    local method=$1 url=$2; shift 2
    local status
    status=$(curl -s -o "$work/body" -w '%{http_code}' -X "$method" "$@" "$url")
    sleep 0.05 # the access log line is written after the response
    echo "$status $(last_node)"
}
check() { # check WHAT EXPECTED ACTUAL
    if [ "$2" = "$3" ]; then echo "  ok    $1: $3"; else echo "  FAIL  $1: expected $2, got $3"; failures=$((failures + 1)); fi
}
series() { # series N METHOD URL [curl options...]: the nodes that answered, counted
    local n=$1; shift
    for _ in $(seq "$n"); do request "$@"; done | sort | uniq -c | sed 's/^ */ /' | tr '\n' ';'
}

echo; echo "1. The API without a session (operator key): any node, round robin"
check "12 x GET /api/v1/plugins" " 6 200 node1; 6 200 node2;" "$(series 12 GET "$lb/api/v1/plugins" -H "Authorization: Bearer $admin_key")"
check "6 x GET /t/$tenant/login (the UI's login page, no cookie)" " 3 200 node1; 3 200 node2;" "$(series 6 GET "$lb/t/$tenant/login")"

echo; echo "2. A customer's REST session stays on the node that made it"
read -r status node < <(request POST "$api/session" -c "$work/cookies" -H 'Content-Type: application/json' \
    -d "{\"login\":\"$login\",\"password\":\"$password\"}")
check "POST $tenant/session" 200 "$status"
cookie=$(awk '$6 == "JSESSIONID" { print $7 }' "$work/cookies")
echo "        session made on $node, cookie JSESSIONID=${cookie:0:6}…${cookie: -6}"
check "the cookie names its node" "$node" "node${cookie##*.node}"
check "10 x GET $tenant/me/invoices with the cookie" " 10 200 $node;" "$(series 10 GET "$api/me/invoices" -b "$work/cookies")"
other=node1; [ "$node" = node1 ] && other=node2
direct=$(curl -s -o /dev/null -w '%{http_code}' -b "$work/cookies" "http://127.0.0.1:809${other#node}/api/v1/tenants/$tenant/me/invoices")
check "the same cookie sent straight to $other (not through nginx): sessions live in one node's memory" 401 "$direct"

echo; echo "3. The UI (Vaadin) with that session stays on its node too"
# The REST login and the screens share one HttpSession (PortalShiroFilter): the invoice screen opens
# signed in. Vaadin puts the first view's content into the page (its initial UIDL): signed in, it
# holds the company's name and "Uitloggen" (log out); without the session, the login view.
signed_in() { grep -q 'Uitloggen' "$1" && grep -q 'Korenschoof' "$1" && echo signed-in || echo not-signed-in; }
check "6 x GET /t/$tenant/invoices with the cookie" " 6 200 $node;" "$(series 6 GET "$lb/t/$tenant/invoices" -b "$work/cookies")"
check "the invoice screen through nginx" signed-in "$(signed_in "$work/body")"
curl -s -o "$work/body" -b "$work/cookies" "http://127.0.0.1:809${other#node}/t/$tenant/invoices"
check "the invoice screen with the same cookie straight from $other" not-signed-in "$(signed_in "$work/body")"

echo; echo "4. Export jobs: one queue in the database for the workers of both nodes, ZIPs in a shared folder"
# four jobs of the signed-in customer; at most two of a customer run at once, the others wait
ids=()
for _ in 1 2 3 4; do
    read -r status _ < <(request POST "$api/me/export-jobs" -b "$work/cookies" -H 'Content-Type: application/json' \
        -d '{"format": "csv", "filter": {}}')
    [ "$status" = 202 ] && ids+=("$(sed -n 's/^{"id":\([0-9]*\),.*/\1/p' "$work/body")")
done
check "4 x POST $tenant/me/export-jobs" 4 "${#ids[@]}"
for id in "${ids[@]}"; do
    started=$SECONDS
    until request GET "$api/me/export-jobs/$id" -b "$work/cookies" >/dev/null && grep -q '"state":"\(done\|failed\)"' "$work/body"; do
        [ $((SECONDS - started)) -lt 120 ] || break
        sleep 1
    done
    check "job $id, downloaded through nginx (from the session's $node)" "200 $node" \
        "$(request GET "$api/me/export-jobs/$id/download" -b "$work/cookies")"
done
# which node's worker ran each job: export_job.worker is "<pid>@<host>/…"
ran=$(psql -At -d "$db" -c "select split_part(worker, '@', 1) from export_job order by id" \
    | sed "s/^${pids[1]}\$/node1/; s/^${pids[2]}\$/node2/" | sort | uniq -c | sed 's/^ */ /' | tr '\n' ';')
check "the workers that ran them (node 1 runs none)" " 4 node2;" "$ran"

echo; echo "5. $node stops: the other node serves everything"
kill "${pids[${node#node}]}"; wait "${pids[${node#node}]}" 2>/dev/null || true
echo "        $node stopped"
check "8 x GET /api/v1/plugins" " 8 200 $other;" "$(series 8 GET "$lb/api/v1/plugins" -H "Authorization: Bearer $admin_key")"
check "GET $tenant/me/invoices with the old cookie: its session was on $node" "401 $other" \
    "$(request GET "$api/me/invoices" -b "$work/cookies")"
read -r status newnode < <(request POST "$api/session" -c "$work/cookies" -H 'Content-Type: application/json' \
    -d "{\"login\":\"$login\",\"password\":\"$password\"}")
check "logging in again" "200 $other" "$status $newnode"
check "5 x GET $tenant/me/invoices with the new cookie" " 5 200 $other;" "$(series 5 GET "$api/me/invoices" -b "$work/cookies")"

echo; echo "6. The nodes read the client's address from X-Forwarded-For (PORTAL_USE_FORWARDED_HEADERS=true)"
curl -s -o /dev/null -H 'X-Forwarded-For: 192.0.2.7' "http://127.0.0.1:809${other#node}/api/v1/tenants/$tenant/me/invoices"
sleep 1
check "$other's request log names the forwarded address" 1 "$(grep -c '^192\.0\.2\.7 ' "$work/$other.log" || true)"

echo
echo "nginx access log (last 8 lines):"; tail -n 8 "$work/nginx/logs/access.log" | sed 's/^/  /'
echo "load average: $(cat /proc/loadavg)"
if [ "$failures" -eq 0 ]; then echo "all checks passed"; else echo "$failures check(s) failed"; exit 1; fi
