#!/usr/bin/env bash
# How fast a release reaches 1,000 and 10,000 subscribers, and whether the heap grows with the
# list: the app (test profile, H2 file database under target/bench) sends to an SMTP server that
# accepts and discards (org.masthead.mailing.SmtpSink, a JVM of its own), no rate limit. Against a
# reference measured in the same run: a bare JavaMail loop sending the same messages. Not part of
# the build.
#
#   bash bench/send-to-subscribers.sh [connections]     (from the project root, after mvn test-compile)
set -euo pipefail
cd "$(dirname "$0")/.."
connections="${1:-2}"
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
classpath="target/classes:target/test-classes:$(cat target/bench-classpath.txt)"
rm -rf target/bench && mkdir -p target/bench

java -Xmx64m -cp "$classpath" org.masthead.mailing.SmtpSink > target/bench/sink.log &
sink=$!
trap 'kill "$sink" 2>/dev/null || true' EXIT
for _ in $(seq 50); do grep -q '^PORT ' target/bench/sink.log && break; sleep 0.2; done
port="$(sed -n 's/^PORT //p' target/bench/sink.log)"

echo "load before: $(uptime)"
java -Xmx512m -cp "$classpath" org.masthead.mailing.SendTiming "$port" "$PWD/target/bench/masthead" "$connections"
echo "load after: $(uptime)"
echo "sink: $(tail -1 target/bench/sink.log)"
