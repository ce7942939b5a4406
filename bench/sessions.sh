#!/usr/bin/env bash
# Heap per signed-in person: the production jar (built from a copy of the sources under
# target/bench-sessions-build, so target/classes stays in development mode for the tests; run with
# demo content and a fresh H2 file database under target/bench-sessions) with N people signed in from headless Chromium, one tab each on its own
# loopback address (so its own cookies and session), N = 10 and 30; the live heap after full GCs
# (jcmd GC.class_histogram's total) minus the same with nobody signed in, divided by N.
# Three modes, each on a fresh start of the app, interleaved over the rounds:
#   editor  each person has the section editor open (the figure)
#   desk    each person has only the desk open (reference: the frame and a plain screen)
#   bare    each person signed in, then left for a blank page (reference: the session alone)
# Class histograms at each N are kept under target/bench-sessions/<round>/.
# Production mode matters: in development mode Vaadin's ComponentTracker keeps the creation stack
# of every component (about 650 KB a person on the editor), which no real deployment pays.
# Not part of the build.
#
#   bash bench/sessions.sh [rounds] [counts]     (from the project root; default 1 round, counts 10,30)
#   MODES="editor desk bare" SESSIONS_JAR=path/to.jar SESSIONS_OUT=target/other bash bench/sessions.sh
#   (bare too; a jar built already; results elsewhere)
#   SESSIONS_APP_ARGS="--server.tomcat.keep-alive-timeout=20s" bash bench/sessions.sh   (settings for the app: an A/B on one jar)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-1}"
counts="${2:-10,30}"
command -v chromium >/dev/null && command -v chromedriver >/dev/null \
    || { apt-get update -qq && apt-get install -y -qq chromium chromium-driver; }
mvn -B -q -o test-compile 2>/dev/null || mvn -B -q test-compile
mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test 2>/dev/null \
    || mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
classpath="target/classes:target/test-classes:$(cat target/bench-classpath.txt)"
bench="${SESSIONS_OUT:-target/bench-sessions}"
rm -rf "$bench" && mkdir -p "$bench"
build=target/bench-sessions-build
jar="${SESSIONS_JAR:-}"
if [ -z "$jar" ]; then
    rm -rf "$build" && mkdir -p "$build"
    cp -r pom.xml src frontend "$build"/ && rm -rf "$build/frontend/generated"
    ( cd "$build" && { mvn -B -q -o -Pproduction package -DskipTests 2>/dev/null || mvn -B -q -Pproduction package -DskipTests; } )
    jar="$(ls "$build"/target/masthead-*.jar | grep -v original | sed -n 1p)"
fi

app=""
stop_app() { if [ -n "$app" ]; then kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; app=""; fi; }
trap stop_app EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

start_app() {   # $1: folder for its database and log; sets app (pid) and port
    local dir="$1" attempt
    for attempt in 1 2 3; do
        port="$(free_port)"
        rm -rf "$dir" && mkdir -p "$dir"
        # SESSIONS_SEED: a folder holding db/masthead.mv.db with the demo content already in (a busy
        # machine takes minutes to write it): copied, so each start still begins from the same data.
        if [ -n "${SESSIONS_SEED:-}" ]; then mkdir -p "$dir/db" && cp "$SESSIONS_SEED"/db/masthead.mv.db "$dir/db/"; fi
        java -Xmx1g -jar "$jar" --server.port="$port" --server.address=0.0.0.0 \
            "--spring.datasource.url=jdbc:h2:file:$PWD/$dir/db/masthead;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0" \
            --logging.level.root=warn --logging.level.org.masthead.demo=info ${SESSIONS_APP_ARGS:-} > "$dir/app.log" 2>&1 &
        app=$!
        # Ready once the demo content is in (the port opens before); on a busy machine that takes minutes,
        # and under heavy load the demo's render budget can refuse a text: then start again.
        for _ in $(seq 1800); do
            grep -q "Demo content created" "$dir/app.log" && return
            if [ -n "${SESSIONS_SEED:-}" ] \
                && [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/login" 2>/dev/null)" = 200 ]; then
                return
            fi
            kill -0 "$app" 2>/dev/null || break
            grep -q "Application run failed" "$dir/app.log" && break
            sleep 0.5
        done
        echo "start $attempt failed: $(grep -m1 -A1 'Application run failed' "$dir/app.log" | tail -1 | cut -c1-160)"
        stop_app
    done
    exit 1
}

echo "load before: $(uptime)"
results="$bench/results.txt"
for round in $(seq "$rounds"); do
    for mode in ${MODES:-editor desk}; do
        dir="$bench/$round/$mode"
        start_app "$dir"
        echo "round $round, $mode: app pid $app on port $port ($(uptime | sed 's/.*load/load/'))"
        java -cp "$classpath" org.masthead.section.ui.SessionHeap "$port" "$app" "$mode" "$counts" "$dir" \
            | tee -a "$dir/driver.log" | grep '^RESULT' | tee -a "$results"
        stop_app
    done
done
echo "load after: $(uptime)"

echo
echo "heap per signed-in person (live bytes after full GC, (heap(N) - heap(0)) / N; median over rounds)"
python3 - "$results" <<'PY'
import statistics, sys
per = {}
for line in open(sys.argv[1]):
    _, mode, n, live, each = line.split()
    if int(n) > 0:
        per.setdefault((mode, int(n)), []).append(int(each))
print(f"{'mode':8} {'N':>4} {'KB/person':>10}   rounds")
for (mode, n) in sorted(per, key=lambda k: (["editor", "desk", "bare"].index(k[0]), k[1])):
    values = per[(mode, n)]
    print(f"{mode:8} {n:>4} {statistics.median(values) / 1024:>10.1f}   {' '.join(f'{v / 1024:.1f}' for v in values)}")
PY
