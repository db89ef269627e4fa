#!/usr/bin/env bash
# One-shot start-up against a hello-world JVM, in the same run (issue 22's budget: within 10x).
# Times, alternately, N runs of: a hello-world class on the same JVM, and `bin/duaalbot ask` of a
# question whose words the lexicon covers and of one with a word looked up in the part-of-speech
# dictionary; prints the medians and the ratios. Run from the repository root after a build.
# usage: benchmarks/startup/run.sh [N]   (default 15)
set -euo pipefail
cd "$(dirname "$0")/../.."
n="${1:-15}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat > "$tmp/Hello.java" <<'JAVA'
public class Hello { public static void main(String[] a) { System.out.println("hello"); } }
JAVA
javac -d "$tmp" "$tmp/Hello.java"
bin/duaalbot ask "horeca agreements 2022-2023" >/dev/null   # builds the jar and the CDS archive if need be
bin/duaalbot ask "horeca agreements 2022-2023" >/dev/null
python3 - "$n" "$tmp" <<'PY'
import statistics, subprocess, sys, time
n, tmp = int(sys.argv[1]), sys.argv[2]
runs = {
    'hello world (java Hello)': ['java', '-cp', tmp, 'Hello'],
    'ask, words the lexicon covers': ['bin/duaalbot', 'ask', 'horeca agreements 2022-2023'],
    'ask, a word looked up in the dictionary': ['bin/duaalbot', 'ask', 'hoeveel bedrijven bevonden zich in Limburg in 2022-2023'],
}
times = {k: [] for k in runs}
for _ in range(n):
    for name, cmd in runs.items():
        t = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, check=True)
        times[name].append(time.perf_counter() - t)
hello = statistics.median(times['hello world (java Hello)'])
for name, ts in times.items():
    m = statistics.median(ts)
    print(f'{name:45} median {m * 1000:6.0f} ms  (min {min(ts) * 1000:.0f})  {m / hello:5.1f}x hello world')
PY
