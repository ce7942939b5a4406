#!/usr/bin/env bash
# How long the release of a 10-section, about 10,000-word issue takes with all its outputs (web,
# email, plain text, feed entry, stored as the edition): the real ReleaseService on the test
# profile's in-memory H2 database, cold (the JVM's first release) and warm, against two
# references in the same rounds (Flexmark's plain render of the same bodies, and the bare insert
# of the bytes the release stored). Runs org.masthead.publishing.ReleaseTiming. Not part of the build.
#
#   bash bench/release.sh [rounds]        (from the project root; default 10 rounds)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-10}"
mvn -B -q test-compile
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
classpath="target/classes:target/test-classes:$(cat target/bench-classpath.txt)"
echo "load before: $(uptime)"
java -Xmx512m -cp "$classpath" org.masthead.publishing.ReleaseTiming "$rounds"
echo "load after: $(uptime)"
