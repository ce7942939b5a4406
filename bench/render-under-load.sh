#!/usr/bin/env bash
# How long a legitimate 100,000-character section renders for an edition while both cores are
# busy, against the edition budget (MarkdownRenderer.EDITION_BUDGET). Not part of the build.
#
#   bash bench/render-under-load.sh [renders]       (from the project root, after mvn test-compile)
#
# Starts one busy loop per core, prints the machine's load (uptime) before and after, runs
# org.masthead.section.EditionRenderTiming, then stops the loops it started (by their ids).
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-20}"
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
classpath="target/classes:target/test-classes:$(cat target/bench-classpath.txt)"
budget="$(grep -o 'EDITION_BUDGET = Duration.of[A-Za-z]*([0-9_]*)' src/main/java/org/masthead/markdown/MarkdownRenderer.java)"

loops=()
stop_loops() { for pid in "${loops[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap stop_loops EXIT
for _ in $(seq "$(nproc)"); do
    ( while :; do :; done ) &
    loops+=("$!")
done
sleep 5

echo "edition budget: ${budget}"
echo "busy loops: ${#loops[@]} (one per core); load before: $(uptime)"
java -Xmx512m -cp "$classpath" org.masthead.section.EditionRenderTiming "$runs"
echo "load after: $(uptime)"
