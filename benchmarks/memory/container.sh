#!/usr/bin/env bash
# The memory benchmark of run.sh, inside the container: the image (built by .ci/image-check, or
# IMAGE=...) runs under podman with the compose file's mem_limit, read-only root, tmpfs /tmp and
# no capabilities, the same load as run.sh, and the image's own HEALTHCHECK run every second in
# the container (`podman healthcheck run`). Prints the container cgroup's peak (v1
# memory.max_usage_in_bytes, v2 memory.peak), what `podman stats` saw at the end, and whether the
# container was OOM-killed or restarted. Needs root; 127.0.0.1 only; bounded in count and time.
#   benchmarks/memory/container.sh [distinct questions, default 20000] [connections, default 200] [seconds, default 15]
set -euo pipefail
cd "$(dirname "$0")/../.."
export CONTAINERS_CONF=${CONTAINERS_CONF:-$PWD/.ci/containers.conf}
distinct=${1:-20000}; wide=${2:-200}; seconds=${3:-15}; port=${PORT:-18432}
image=${IMAGE:-localhost/duaalbot:latest}
podman image exists "$image" || { echo "no image $image: build it with .ci/image-check" >&2; exit 1; }
limit=$(sed -n 's/^ *mem_limit: *\([0-9]*\)m.*/\1/p' docker-compose.yml)
name=duaalbot-membench-$$
# the per-client limit of /api/* would refuse most of one address's load: lifted here
podman run -d --name "$name" --memory "${limit}m" --read-only --tmpfs /tmp:size=16m --cap-drop ALL \
  --security-opt no-new-privileges -p "127.0.0.1:$port:8080" -e DUAALBOT_RATE_API_PER_MINUTE=1000000 \
  "$image" 2> >(grep -v 'systemd connection' >&2 || true) >/dev/null
cleanup() { podman rm -f "$name" >/dev/null 2>&1 || true; }
trap cleanup EXIT
until curl -sf "127.0.0.1:$port/healthz" >/dev/null; do
  [ "$(podman inspect -f '{{.State.Running}}' "$name")" = true ] || { podman logs "$name"; exit 1; }
  sleep 0.2
done
cg=$(podman inspect -f '{{.State.CgroupPath}}' "$name")
if [ -f "/sys/fs/cgroup/memory$cg/memory.max_usage_in_bytes" ]; then
  peak_file=/sys/fs/cgroup/memory$cg/memory.max_usage_in_bytes; stat_file=/sys/fs/cgroup/memory$cg/memory.stat
else
  peak_file=/sys/fs/cgroup$cg/memory.peak; stat_file=/sys/fs/cgroup$cg/memory.stat
fi
echo "mem_limit ${limit}m; $(podman logs "$name" 2>&1 | grep -o 'heap [0-9]* MB' | head -1); cgroup $cg"
probes=$(mktemp)
( while [ "$(podman inspect -f '{{.State.Running}}' "$name" 2>/dev/null)" = true ]; do
    podman healthcheck run "$name" >/dev/null 2>&1 && echo ok || echo FAILED
    sleep 1
  done ) > "$probes" &
prober=$!
status=0
python3 benchmarks/memory/load.py "$port" "$distinct" "$wide" "$seconds" || status=$?
kill $prober 2>/dev/null || true
peak=$(cat "$peak_file")
grep -E '^(total_)?(rss|cache|mapped_file|anon|file) ' "$stat_file" | awk '{printf "%s %d MiB; ", $1, $2/1048576} END {print ""}'
echo "podman stats at the end: $(podman stats --no-stream --format '{{.MemUsage}}' "$name")"
echo "health probes (the image's HEALTHCHECK): $(grep -c ok "$probes" || true) ok, $(grep -c FAILED "$probes" || true) failed"
echo "container running: $(podman inspect -f '{{.State.Running}}, OOM-killed {{.State.OOMKilled}}, restarts {{.RestartCount}}' "$name");" \
  "OutOfMemoryError in its log: $(podman logs "$name" 2>&1 | grep -c OutOfMemoryError || true)"
echo "cgroup peak: $((peak / 1024 / 1024)) MiB of ${limit} MiB; headroom $(( limit - peak / 1024 / 1024 )) MiB"
rm -f "$probes"
[ "$(podman inspect -f '{{.State.Running}}' "$name")" = true ] && exit $status || exit 1
