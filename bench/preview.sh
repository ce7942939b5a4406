#!/usr/bin/env bash
# The live preview of a 3,000-word section against two references in the same JMH run:
# Flexmark's own plain render (the app's Flexmark version, no extensions) and commonmark-java's
# plain render of the same text (org.masthead.section.RenderingBenchmark). Not part of the build.
#
#   bash bench/preview.sh [JMH options...]      (from the project root; e.g. -p kind=prose -prof gc)
#
# Defaults: 5 warm-up and 5 measured iterations of 1 s, one fork, the benchmarks safeHtml,
# livePreview and the two references, both texts (prose, dense), ROUNDS=2 rounds (A/B/A/B: each
# round runs app and references again, so a burst of load hits one round, not one side).
# Anything given after the script name is passed to JMH and overrides these defaults
# (BENCHMARKS=regex chooses other benchmarks, e.g. 'RenderingBenchmark' for all of them).
# Prints the load (uptime) before and after, and each benchmark with its ratio to the references.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${ROUNDS:-2}"
benchmarks="${BENCHMARKS:-RenderingBenchmark\\.(safeHtml|livePreview|flexmarkPlain|commonmarkPlain)\$}"
# The defaults, each only when the command line does not give that option (JMH refuses one twice).
defaults=()
for option in "-wi 5" "-w 1" "-i 5" "-r 1" "-f 1"; do
    flag="${option%% *}"
    if [[ " $* " != *" $flag "* ]]; then
        defaults+=("$option")
    fi
done
mvn -B -q -Pbenchmark test-compile
echo "load before: $(uptime)"
results=()
for round in $(seq "$rounds"); do
    out="target/jmh-preview-$round.json"
    mvn -B -q -Pbenchmark exec:exec \
        -Dbenchmark.args="$benchmarks ${defaults[*]} -rf json -rff $out $*" >"target/jmh-preview-$round.log"
    tail -n 12 "target/jmh-preview-$round.log"
    results+=("$out")
done
echo "load after: $(uptime)"

python3 - "${results[@]}" <<'EOF'
import json, sys, statistics
from collections import defaultdict
rows = defaultdict(list)   # (kind, benchmark) -> [ms per round]
for path in sys.argv[1:]:
    for r in json.load(open(path)):
        name = r["benchmark"].rsplit(".", 1)[1]
        kind = r.get("params", {}).get("kind", "-")
        score = r["primaryMetric"]["score"]
        unit = r["primaryMetric"]["scoreUnit"]
        factor = {"ms/op": 1.0, "us/op": 1e-3, "ns/op": 1e-6, "s/op": 1e3}[unit]
        rows[(kind, name)].append(score * factor)
print()
print("| text | benchmark | ms/op (median of rounds) | rounds | x Flexmark plain | x commonmark plain |")
print("| --- | --- | --- | --- | --- | --- |")
for kind in sorted({k for k, _ in rows}):
    ref_f = rows.get((kind, "flexmarkPlain"))
    ref_c = rows.get((kind, "commonmarkPlain"))
    for name in ["commonmarkPlain", "flexmarkPlain", "safeHtml", "livePreview", "emailHtml", "plainText"]:
        if (kind, name) not in rows:
            continue
        ms = rows[(kind, name)]
        # Ratios round by round (app and reference from the same round), then their median.
        def ratio(ref):
            if not ref:
                return "-"
            return "%.2f" % statistics.median(a / b for a, b in zip(ms, ref))
        print("| %s | %s | %.3f | %s | %s | %s |" % (kind, name, statistics.median(ms),
              " / ".join("%.3f" % m for m in ms), ratio(ref_f), ratio(ref_c)))
EOF
