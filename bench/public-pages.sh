#!/usr/bin/env bash
# The public pages against nginx serving the same bytes (issue 14): wrk, 64 connections, 2 threads,
# --latency, interleaved app / nginx / app / nginx per route; per route the medians of requests/s
# and p99, and the ratio app / nginx. The app: the test profile on an H2 file database under
# target/bench-public with three released issues, one of them corrected
# (org.masthead.publishing.web.PublicPagesServer, from target/classes). nginx: its own config and a
# root under /tmp (its workers run as nobody and must read the files: checked with cmp before
# anything is measured). Not part of the build.
#
#   bash bench/public-pages.sh [seconds per run, 10] [rounds, 3] [--a.setting=value ...]   (from the project root)
# Settings after the rounds go to the app, e.g. --server.tomcat.max-keep-alive-requests=1000.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-10}"
rounds="${2:-3}"
shift $(( $# < 2 ? $# : 2 ))

need=()
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || need+=(nginx)
command -v wrk >/dev/null || need+=(wrk)
command -v curl >/dev/null || need+=(curl)
if [ "${#need[@]}" -gt 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
NGINX="$(command -v nginx || echo /usr/sbin/nginx)"

# Compiled only if a source changed since the last run (offline first: the dependencies are usually there).
stamp=target/test-classes/.public-pages-bench
if [ ! -f "$stamp" ] || [ -n "$(find src pom.xml -newer "$stamp" -type f | head -1)" ]; then
    mvn -B -q -o test-compile || mvn -B -q test-compile
    touch "$stamp"
fi
mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test \
    || mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
classpath="target/classes:target/test-classes:$(cat target/bench-classpath.txt)"
rm -rf target/bench-public && mkdir -p target/bench-public
root="$(mktemp -d /tmp/masthead-nginx.XXXXXX)"
chmod 755 "$root"

pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    [ -f "$root/nginx.pid" ] && kill "$(cat "$root/nginx.pid")" 2>/dev/null || true
}
trap cleanup EXIT

java -Xmx512m -cp "$classpath" org.masthead.publishing.web.PublicPagesServer "$PWD/target/bench-public/masthead" "$@" \
    > target/bench-public/app.log 2>&1 &
pids+=("$!")
for _ in $(seq 300); do grep -q '^PORT ' target/bench-public/app.log && break; sleep 0.5; done
port="$(sed -n 's/^PORT //p' target/bench-public/app.log)"
issue="$(sed -n 's/^ISSUE //p' target/bench-public/app.log)"
[ -n "$port" ] || { echo "the app did not start:"; tail -30 target/bench-public/app.log; exit 1; }
app="http://127.0.0.1:$port"

# nginx on a free port, serving each measured page's exact bytes as a file of its own.
nport="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
mkdir -p "$root/html"
chmod 755 "$root/html"
cat > "$root/nginx.conf" <<CONF
worker_processes auto;
pid $root/nginx.pid;
error_log $root/error.log;
events { worker_connections 1024; }
http {
    access_log off;
    default_type text/html;
    client_body_temp_path $root/tmp; proxy_temp_path $root/tmp; fastcgi_temp_path $root/tmp;
    uwsgi_temp_path $root/tmp; scgi_temp_path $root/tmp;
    server { listen 127.0.0.1:$nport; root $root/html; }
}
CONF
"$NGINX" -c "$root/nginx.conf"

# route name | app path
routes="web|/archive/$issue
index|/archive
email|/archive/$issue/email
text|/archive/$issue/text
feed|/feed.atom
304|/archive/$issue"
while IFS='|' read -r name path; do
    curl -sf -o "$root/html/$name" "$app$path"
    chmod 644 "$root/html/$name"
    curl -sf -o "$root/check" "http://127.0.0.1:$nport/$name" || { echo "nginx does not answer 200 for $name"; exit 1; }
    cmp -s "$root/html/$name" "$root/check" || { echo "nginx's $name differs from the app's $path"; exit 1; }
done <<< "$routes"
etag_app="$(curl -sI "$app/archive/$issue" | sed -n 's/^[Ee][Tt]ag: *//p' | tr -d '\r')"
etag_nginx="$(curl -sI "http://127.0.0.1:$nport/304" | sed -n 's/^[Ee][Tt]ag: *//p' | tr -d '\r')"
[ "$(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: $etag_app" "$app/archive/$issue")" = 304 ] || { echo "no 304 from the app"; exit 1; }
[ "$(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: $etag_nginx" "http://127.0.0.1:$nport/304")" = 304 ] || { echo "no 304 from nginx"; exit 1; }

# One wrk run: "requests/s p99-in-ms".
measure() {
    local url="$1" etag="$2" out
    if [ -n "$etag" ]; then
        out="$(wrk -c64 -t2 -d"${seconds}s" --latency -H "If-None-Match: $etag" "$url")"
    else
        out="$(wrk -c64 -t2 -d"${seconds}s" --latency "$url")"
    fi
    echo "$out" | awk '
        /Requests\/sec:/ { rps = $2 }
        $1 == "99%" { v = $2; if (v ~ /us$/) ms = v / 1000; else if (v ~ /ms$/) ms = v + 0; else if (v ~ /s$/) ms = v * 1000; }
        / Non-2xx or 3xx responses:/ { bad = $NF }
        END { printf "%s %.2f %s\n", rps, ms, (bad == "" ? 0 : bad) }'
}
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

echo "warming the app up (${seconds}s per route) ..."
while IFS='|' read -r name path; do
    wrk -c64 -t2 -d"${seconds}s" "$app$path" >/dev/null
done <<< "$routes"

echo "load before: $(uptime)"
echo "commit: $(git rev-parse --short HEAD) $*  app: $app  nginx: 127.0.0.1:$nport  wrk -c64 -t2 -d${seconds}s, ${rounds} rounds A/B"
results="target/bench-public/results.txt"
: > "$results"
while IFS='|' read -r name path; do
    for round in $(seq "$rounds"); do
        e_app=""; e_ngx=""
        if [ "$name" = 304 ]; then e_app="$etag_app"; e_ngx="$etag_nginx"; fi
        read -r rps p99 bad <<< "$(measure "$app$path" "$e_app")"
        echo "$name app $round $rps $p99 $bad" | tee -a "$results"
        read -r rps p99 bad <<< "$(measure "http://127.0.0.1:$nport/$name" "$e_ngx")"
        echo "$name nginx $round $rps $p99 $bad" | tee -a "$results"
    done
done <<< "$routes"
echo "load after: $(uptime)"

echo
printf '%-8s %-28s %12s %10s %12s %10s %8s\n' route path "app req/s" "app p99" "nginx req/s" "nginx p99" ratio
while IFS='|' read -r name path; do
    a_rps="$(awk -v n="$name" '$1 == n && $2 == "app" { print $4 }' "$results" | median)"
    a_p99="$(awk -v n="$name" '$1 == n && $2 == "app" { print $5 }' "$results" | median)"
    n_rps="$(awk -v n="$name" '$1 == n && $2 == "nginx" { print $4 }' "$results" | median)"
    n_p99="$(awk -v n="$name" '$1 == n && $2 == "nginx" { print $5 }' "$results" | median)"
    bad="$(awk -v n="$name" '$1 == n { s += $6 } END { print s + 0 }' "$results")"
    printf '%-8s %-28s %12.0f %8.2fms %12.0f %8.2fms %8.2f%s\n' "$name" "$path" "$a_rps" "$a_p99" "$n_rps" "$n_p99" \
        "$(awk -v a="$a_rps" -v b="$n_rps" 'BEGIN { print a / b }')" "$([ "$bad" = 0 ] || echo "  ($bad non-2xx/3xx)")"
done <<< "$routes"
