#!/usr/bin/env bash
# Start time of the production jar against a bare Spring Boot + Vaadin + Security skeleton (bench/skeleton),
# from launch to the first HTTP 200 on /login, each from a fresh JVM with the same flags, interleaved
# skeleton / app (first start, fresh H2 file with demo content) / app (second start, same database).
# Run from the project root:  bench/start.sh          (RUNS=5 BENCH_PORT=18480 JAVA_FLAGS=... SKIP_BUILD=1 CDS=0)
# Two ways of launching, each given to both sides alike: `java -jar` on the jar as built, and (CDS=1, the
# default) the jar extracted as Spring Boot documents it (java -Djarmode=tools -jar x.jar extract) with an
# AppCDS archive from a training run that stops after the context refresh (-Dspring.context.exit=onRefresh),
# as README "Production build" describes. For the app it also notes when the public side stops answering
# "starting" (503), i.e. when the start-up work is done. Prints every run, then medians and the ratio.
# Not part of `mvn verify`.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-5}
PORT=${BENCH_PORT:-18480}
JAVA_FLAGS=${JAVA_FLAGS:--Xmx1g}
SKIP_BUILD=${SKIP_BUILD:-0}
CDS=${CDS:-1}
# BEFORE_JAR=path: also launches that jar (e.g. main as it was) in the same rounds, `java -jar` only.
BEFORE_JAR=${BEFORE_JAR:-}
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
# Extracted + CDS: the same for both sides; the training run needs a database of its own (Flyway migrates it).
declare -A LAUNCH
for side in app skeleton; do
    LAUNCH[$side,jar]="-jar $WORK/$side.jar"
    if [ "$CDS" = 1 ]; then
        rm -rf "$WORK/$side-x" "$WORK/train-$side"; mkdir -p "$WORK/train-$side"
        java -Djarmode=tools -jar "$WORK/$side.jar" extract --destination "$WORK/$side-x" >/dev/null
        (cd "$WORK/train-$side" && PORT=0 java $JAVA_FLAGS -XX:ArchiveClassesAtExit="$WORK/$side-x/$side.jsa" \
            -Dspring.context.exit=onRefresh -jar "$WORK/$side-x/$side.jar" >train.log 2>&1) || true
        [ -f "$WORK/$side-x/$side.jsa" ] || { echo "no CDS archive for $side; see $WORK/train-$side/train.log" >&2; exit 1; }
        LAUNCH[$side,cds]="-XX:SharedArchiveFile=$WORK/$side-x/$side.jsa -jar $WORK/$side-x/$side.jar"
    fi
done
MODES="jar"; [ "$CDS" = 1 ] && MODES="jar cds"
if [ -n "$BEFORE_JAR" ]; then cp "$BEFORE_JAR" "$WORK/before.jar"; LAUNCH[before,jar]="-jar $WORK/before.jar"; fi

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# launch <java arguments> <working dir> <label>: prints
# "<ms to first 200 on /login> <first status seen> <ms to first answer> <ms until /archive is no longer 503>"
launch() {
    local args=$1 dir=$2 label=$3
    if curl -s -o /dev/null --max-time 1 "$URL"; then
        echo "port $PORT is busy; set BENCH_PORT" >&2; exit 1
    fi
    local start first_code="" first_ms="" code now
    start=$(now_ms)
    (cd "$dir" && PORT=$PORT exec java $JAVA_FLAGS $args >>"$dir/$label.log" 2>&1) &
    local pid=$!
    while :; do
        code=$(curl -s -o "$dir/$label.body" -w '%{http_code}' --max-time 5 "$URL" || true)
        now=$(now_ms)
        if [ -z "$first_code" ] && [ "$code" != 000 ]; then first_code=$code; first_ms=$((now - start)); fi
        [ "$code" = 200 ] && break
        if ! kill -0 "$pid" 2>/dev/null; then echo "$label died; see $dir/$label.log" >&2; exit 1; fi
        sleep 0.05
    done
    local total=$((now - start)) ready=-
    if [ "${label#app}" != "$label" ]; then
        # Stopped only once the start-up work is done, so a second start finds the whole demo database.
        while [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://127.0.0.1:$PORT/archive" || true)" = 503 ]; do
            kill -0 "$pid" 2>/dev/null || { echo "$label died; see $dir/$label.log" >&2; exit 1; }
            sleep 0.05
        done
        ready=$(( $(now_ms) - start ))
    fi
    kill "$pid"; wait "$pid" 2>/dev/null || true
    echo "$total $first_code $first_ms $ready"
}

median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print int((a[NR/2]+a[NR/2+1])/2)}'; }

echo "== $(date -u '+%Y-%m-%d %H:%M:%S') UTC, $(nproc) cores, java: $(java -version 2>&1 | head -1)"
echo "== flags: $JAVA_FLAGS ; runs: $RUNS each; load before:$(uptime | sed 's/.*load average://')"
for mode in $MODES; do for side in skeleton first second before-first before-second; do : >"$WORK/$mode-$side.ms"; : >"$WORK/$mode-$side.ready"; done; done
printf '%-4s %-5s %-18s %10s %14s %12s\n' run mode side "ms to 200" "first answer" "ms to ready"
row() { # mode side label args dir
    local ms code first ready
    read -r ms code first ready < <(launch "$4" "$5" "$3")
    echo "$ms" >>"$WORK/$1-$2.ms"; [ "$ready" = - ] || echo "$ready" >>"$WORK/$1-$2.ready"
    printf '%-4s %-5s %-18s %10s %14s %12s\n' "$i" "$1" "$3" "$ms" "$code@${first}ms" "$ready"
}
for i in $(seq 1 "$RUNS"); do
    for mode in $MODES; do
        dir="$WORK/run$i-$mode"; rm -rf "$dir"; mkdir -p "$dir"   # a fresh ./data: an empty H2 file database
        row "$mode" skeleton skeleton "${LAUNCH[skeleton,$mode]}" "$dir"
        row "$mode" first app-first "${LAUNCH[app,$mode]}" "$dir"
        row "$mode" second app-second "${LAUNCH[app,$mode]}" "$dir"
        if [ -n "$BEFORE_JAR" ] && [ "$mode" = jar ]; then
            bdir="$WORK/run$i-before"; rm -rf "$bdir"; mkdir -p "$bdir"
            row "$mode" before-first app-before-first "${LAUNCH[before,jar]}" "$bdir"
            row "$mode" before-second app-before-second "${LAUNCH[before,jar]}" "$bdir"
        fi
    done
done
echo "== load after:$(uptime | sed 's/.*load average://')"
echo
for f in "$WORK"/*.ready; do
    [ -s "$f" ] && echo "median ms until the public side no longer answers 'starting' (503), $(basename "$f" .ready): $(median <"$f")"
done
echo
echo "| launch -> first 200 on /login (median of $RUNS) | mode | ms | x skeleton |"
echo "| --- | --- | --- | --- |"
for mode in $MODES; do
    sk=$(median <"$WORK/$mode-skeleton.ms"); first=$(median <"$WORK/$mode-first.ms"); second=$(median <"$WORK/$mode-second.ms")
    awk -v m="$mode" -v s="$sk" -v f="$first" -v d="$second" 'BEGIN {
        printf "| skeleton (Boot + Vaadin + Security) | %s | %d | 1.00 |\n", m, s;
        printf "| app, first start (empty database, demo content) | %s | %d | %.2f |\n", m, f, f / s;
        printf "| app, second start (existing database) | %s | %d | %.2f |\n", m, d, d / s }'
    if [ -s "$WORK/$mode-before-first.ms" ]; then
        bf=$(median <"$WORK/$mode-before-first.ms"); bs=$(median <"$WORK/$mode-before-second.ms")
        awk -v m="$mode" -v s="$sk" -v f="$bf" -v d="$bs" 'BEGIN {
            printf "| BEFORE_JAR, first start | %s | %d | %.2f |\n", m, f, f / s;
            printf "| BEFORE_JAR, second start | %s | %d | %.2f |\n", m, d, d / s }'
    fi
done
