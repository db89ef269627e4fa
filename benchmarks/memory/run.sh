#!/usr/bin/env bash
# The memory benchmark of issues 13 and 16: `serve` in a memory cgroup with the compose file's
# mem_limit and the Dockerfile's JVM options, loaded with distinct questions (then many
# connections) while the Dockerfile's health check runs every second in the same cgroup.
# Prints the cgroup's peak usage and the headroom left. Needs root (it makes a cgroup).
#   EXTRA_JAVA_OPTS=-Xmx64m benchmarks/memory/run.sh   (issue 16: the same load on a 64 MB heap)
#   benchmarks/memory/run.sh [distinct questions, default 20000] [connections, default 200] [seconds, default 15]
# 127.0.0.1 only; bounded in count and time.
set -euo pipefail
cd "$(dirname "$0")/../.."
distinct=${1:-20000}; wide=${2:-200}; seconds=${3:-15}; port=${PORT:-18431}
[ -f target/duaalbot.jar ] || mvn -B -q package -DskipTests >&2
limit=$(sed -n 's/^ *mem_limit: *\([0-9]*\)m.*/\1/p' docker-compose.yml)
# the JVM options of the Dockerfile's ENTRYPOINT, between "java" and "-jar"
opts=$(sed -n 's/^ENTRYPOINT \["java", \(.*\), "-jar".*/\1/p' Dockerfile | tr -d '",')
export MALLOC_ARENA_MAX=$(sed -n 's/^ *MALLOC_ARENA_MAX=\([0-9]*\).*/\1/p' Dockerfile)
name=duaalbot-bench-$$
if [ -d /sys/fs/cgroup/memory ]; then            # cgroup v1
  cg=/sys/fs/cgroup/memory/$name; mkdir "$cg"
  echo $((limit * 1024 * 1024)) > "$cg/memory.limit_in_bytes"
  peak_file=$cg/memory.max_usage_in_bytes; failcnt_file=$cg/memory.failcnt
else                                             # cgroup v2
  cg=/sys/fs/cgroup/$name; mkdir "$cg"
  echo $((limit * 1024 * 1024)) > "$cg/memory.max"
  peak_file=$cg/memory.peak; failcnt_file=$cg/memory.events
fi
cleanup() { [ -n "${pid:-}" ] && kill -TERM "$pid" 2>/dev/null; wait "${pid:-}" 2>/dev/null || true; sleep 0.5; rmdir "$cg" 2>/dev/null || true; }
trap cleanup EXIT
log=$(mktemp)
# the per-client limit of /api/* would refuse most of one address's load: lifted here
export PORT=$port DUAALBOT_HOST=127.0.0.1 DUAALBOT_RATE_API_PER_MINUTE=1000000
# -XX:MaxRAM makes the JVM see the limit as a container would (a nested v1 cgroup is not detected)
sh -c "echo \$\$ > $cg/cgroup.procs; exec java -XX:MaxRAM=${limit}m $opts ${EXTRA_JAVA_OPTS:-} -jar target/duaalbot.jar serve" \
  > "$log" 2>&1 < /dev/null &
pid=$!
until curl -sf "127.0.0.1:$port/healthz" >/dev/null; do kill -0 $pid || { cat "$log"; exit 1; }; sleep 0.1; done
heap=$(java -XX:MaxRAM=${limit}m $opts ${EXTRA_JAVA_OPTS:-} -XshowSettings:vm -version 2>&1 | sed -n 's/.*Max\. Heap Size.*: *//p')
echo "mem_limit ${limit}m; JVM options: $opts; max heap $heap"
probes=0; failed=0
( while kill -0 $pid 2>/dev/null; do
    sh -c "echo \$\$ > $cg/cgroup.procs; exec wget -q -T 5 -O /dev/null http://127.0.0.1:$port/healthz" && echo ok || echo FAILED
    sleep 1
  done ) > "$log.probes" 2>/dev/null &
prober=$!
status=0
python3 benchmarks/memory/load.py "$port" "$distinct" "$wide" "$seconds" || status=$?
kill $prober 2>/dev/null || true
peak=$(cat "$peak_file")
[ -f "$cg/memory.stat" ] && grep -E '^(total_)?(rss|cache|mapped_file) ' "$cg/memory.stat" | awk '{printf "%s %d MiB; ", $1, $2/1048576} END {print ""}'

alive=$(kill -0 $pid 2>/dev/null && echo yes || echo no)
echo "health probes: $(grep -c ok "$log.probes") ok, $(grep -c FAILED "$log.probes" || true) failed"
echo "process alive: $alive; OutOfMemoryError in its log: $(grep -c OutOfMemoryError "$log" || true)"
echo "cgroup peak: $((peak / 1024 / 1024)) MiB of ${limit} MiB; headroom $(( limit - peak / 1024 / 1024 )) MiB"
rm -f "$log" "$log.probes"
[ "$alive" = yes ] && exit $status || exit 1
