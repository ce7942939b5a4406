#!/usr/bin/env bash
# Start time of the production jar against a bare Spring Boot + Vaadin + Security skeleton (bench/skeleton),
# from launch to the first HTTP 200 on /login, each from a fresh JVM with the same flags, interleaved
# skeleton / app (first start, fresh H2 file with demo content) / app (second start, same database).
# Run from the project root:  bench/start.sh          (RUNS=5 BENCH_PORT=18480 JAVA_FLAGS=... SKIP_BUILD=1)
# Prints every run, then medians and the ratio to the skeleton. Not part of `mvn verify`.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-5}
PORT=${BENCH_PORT:-18480}
JAVA_FLAGS=${JAVA_FLAGS:--Xmx1g}
SKIP_BUILD=${SKIP_BUILD:-0}
WORK=${BENCH_WORK:-target/bench-start}
URL="http://127.0.0.1:$PORT/login"

command -v curl >/dev/null || { apt-get update -qq && apt-get install -y -qq curl; }

mkdir -p "$WORK"
WORK=$(cd "$WORK" && pwd)
if [ "$SKIP_BUILD" != 1 ]; then
    echo "== building the production jar and the skeleton (mvn -Pproduction package)"
    mvn -B -q -Pproduction package -DskipTests
    mvn -B -q -f bench/skeleton/pom.xml -Pproduction package
fi
cp target/masthead-*.jar "$WORK/app.jar"
cp bench/skeleton/target/skeleton-*.jar "$WORK/skeleton.jar"
# The jars' own start-up helpers (a CDS archive next to a jar, if the build made one) travel with them.
for side in app skeleton; do
    rm -f "$WORK/$side.jsa"
done

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# launch <jar> <working dir> <label>: prints "<ms to first 200> <first status seen> <ms to first answer>"
launch() {
    local jar=$1 dir=$2 label=$3
    if curl -s -o /dev/null --max-time 1 "$URL"; then
        echo "port $PORT is busy; set BENCH_PORT" >&2; exit 1
    fi
    local start first_code="" first_ms="" code now
    start=$(now_ms)
    (cd "$dir" && PORT=$PORT exec java $JAVA_FLAGS -jar "$jar" >>"$dir/$label.log" 2>&1) &
    local pid=$!
    while :; do
        code=$(curl -s -o "$dir/$label.body" -w '%{http_code}' --max-time 5 "$URL" || true)
        now=$(now_ms)
        if [ -z "$first_code" ] && [ "$code" != 000 ]; then first_code=$code; first_ms=$((now - start)); fi
        [ "$code" = 200 ] && break
        if ! kill -0 "$pid" 2>/dev/null; then echo "$label died; see $dir/$label.log" >&2; exit 1; fi
        sleep 0.05
    done
    local total=$((now - start))
    kill "$pid"; wait "$pid" 2>/dev/null || true
    echo "$total $first_code $first_ms"
}

median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print int((a[NR/2]+a[NR/2+1])/2)}'; }

echo "== $(date -u '+%Y-%m-%d %H:%M:%S') UTC, $(nproc) cores, java: $(java -version 2>&1 | head -1)"
echo "== flags: $JAVA_FLAGS ; runs: $RUNS each; load before:$(uptime | sed 's/.*load average://')"
: >"$WORK/skeleton.ms"; : >"$WORK/first.ms"; : >"$WORK/second.ms"
printf '%-4s %-22s %10s %14s\n' run side "ms to 200" "first answer"
for i in $(seq 1 "$RUNS"); do
    dir="$WORK/run$i"; rm -rf "$dir"; mkdir -p "$dir"   # a fresh ./data: an empty H2 file database
    read -r ms code first < <(launch "$WORK/skeleton.jar" "$dir" skeleton)
    echo "$ms" >>"$WORK/skeleton.ms"; printf '%-4s %-22s %10s %14s\n' "$i" skeleton "$ms" "$code@${first}ms"
    read -r ms code first < <(launch "$WORK/app.jar" "$dir" app-first)
    echo "$ms" >>"$WORK/first.ms"; printf '%-4s %-22s %10s %14s\n' "$i" "app, first start" "$ms" "$code@${first}ms"
    read -r ms code first < <(launch "$WORK/app.jar" "$dir" app-second)
    echo "$ms" >>"$WORK/second.ms"; printf '%-4s %-22s %10s %14s\n' "$i" "app, second start" "$ms" "$code@${first}ms"
done
echo "== load after:$(uptime | sed 's/.*load average://')"

sk=$(median <"$WORK/skeleton.ms"); first=$(median <"$WORK/first.ms"); second=$(median <"$WORK/second.ms")
echo
echo "| launch -> first 200 on /login (median of $RUNS) | ms | x skeleton |"
echo "| --- | --- | --- |"
echo "| skeleton (Boot + Vaadin + Security) | $sk | 1.00 |"
awk -v s="$sk" -v f="$first" -v d="$second" 'BEGIN {
    printf "| app, first start (empty database, demo content) | %d | %.2f |\n", f, f / s;
    printf "| app, second start (existing database) | %d | %.2f |\n", d, d / s }'
