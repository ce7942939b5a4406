#!/usr/bin/env bash
# The active health check open-source nginx lacks: every 2 s asks each node's
# /actuator/health/readiness and marks a node that is not ready (starting, stopping, dead) down in
# masthead-upstreams.conf, reloading nginx when that changes. Its sessions' requests then go to the
# other node at once instead of after a failed request. Both down: both stay in (nginx's own
# passive check decides). Usage, with the files of deploy/ copied into nginx's prefix:
#   deploy/readiness-check.sh /tmp/masthead-nginx
set -u
prefix=${1:?the nginx prefix holding nginx-two-nodes.conf}
a=${MASTHEAD_NODE_A:-127.0.0.1:8081}
b=${MASTHEAD_NODE_B:-127.0.0.1:8082}
last=""
ready() { curl -fsS -m 5 -o /dev/null "http://$1/actuator/health/readiness" && echo up || echo down; }
while true; do
  ra=$(ready "$a"); rb=$(ready "$b")
  if [ "$ra $rb" != "$last" ]; then
    da=""; db=""
    if [ "$ra" = down ] && [ "$rb" = up ]; then da=" down"; fi
    if [ "$rb" = down ] && [ "$ra" = up ]; then db=" down"; fi
    cat > "$prefix/masthead-upstreams.conf" <<CONF
# Written by readiness-check.sh at $(date -u +%FT%TZ): a=$ra b=$rb
upstream masthead_a { server $a max_fails=1 fail_timeout=10s$da; server $b backup; }
upstream masthead_b { server $b max_fails=1 fail_timeout=10s$db; server $a backup; }
upstream masthead_any { least_conn; server $a max_fails=1 fail_timeout=10s$da; server $b max_fails=1 fail_timeout=10s$db; }
CONF
    nginx -p "$prefix" -c "$prefix/nginx-two-nodes.conf" -s reload && echo "$(date -u +%T) readiness a=$ra b=$rb: nginx reloaded"
    last="$ra $rb"
  fi
  sleep 2
done
