#!/usr/bin/env bash
# Issue 16, finding 2: 50 connections asking for charts, with -Xmx64m, while another client asks
# questions. Prints the chart load's statuses (429s are expected, 500s are not) and the other
# client's latency. 127.0.0.1 only, 15 seconds. Needs wrk (apt-get install wrk).
set -euo pipefail
cd "$(dirname "$0")/../.."
port=${PORT:-18451}
[ -f target/duaalbot.jar ] || mvn -B -q package -DskipTests >&2
PORT=$port DUAALBOT_HOST=127.0.0.1 DUAALBOT_RATE_API_PER_MINUTE=1000000 \
  java -Xmx64m -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError -jar target/duaalbot.jar serve > /tmp/duaalbot-charts.log 2>&1 &
pid=$!
trap 'kill -TERM $pid 2>/dev/null; wait $pid 2>/dev/null || true' EXIT
until curl -sf "127.0.0.1:$port/healthz" >/dev/null; do sleep 0.1; done
chart="http://127.0.0.1:$port/api/chart?q=top%2010%20sectoren%20erkenningen%202022-2023"
ask="http://127.0.0.1:$port/api/ask?q=horeca%20agreements%202022-2023"
wrk -t1 -c50 -d15s -s benchmarks/abuse/status.lua "$chart" > /tmp/duaalbot-charts.wrk &
load=$!
sleep 2
echo "another client's /api/ask during the chart load:"
wrk -t1 -c4 -d10s --latency "$ask" | grep -E "Latency|50%|99%|Requests/sec|Non-2xx"
wait $load
echo "the 50 chart connections:"; grep -E "Requests/sec|status" /tmp/duaalbot-charts.wrk
echo "process alive: $(kill -0 $pid 2>/dev/null && echo yes || echo no); OutOfMemoryError: $(grep -c OutOfMemoryError /tmp/duaalbot-charts.log || true)"
