#!/usr/bin/env bash
# Archive search (issue 14): the Lucene search path against the old LIKE query, at 1,000 and 10,000
# editions, on one H2 file database, interleaved query by query. One command from the project root:
#   bench/search.sh
# Not part of mvn verify. See src/test/java/org/masthead/publishing/SearchBenchmark.java.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "uptime before: $(uptime)"
date -u +"start: %Y-%m-%d %H:%M:%S UTC"
rm -rf target/bench-search
mvn -B -q test-compile
mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-search.classpath
java -Xms512m -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench-search.classpath)" \
    org.masthead.publishing.SearchBenchmark target/bench-search
date -u +"end: %Y-%m-%d %H:%M:%S UTC"
echo "uptime after: $(uptime)"
