#!/usr/bin/env python3
"""Load for the memory benchmark: N distinct questions over a few keep-alive connections, then
ordinary load over many, on 127.0.0.1 only. Prints counts by status; exits 1 on any 5xx."""
import http.client, json, random, sys, threading, time, urllib.parse

port, distinct, wide, seconds = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4])
base = []
for f in ('lookups', 'analysis'):
    base += [json.loads(l)['q'] for l in open(f'src/test/resources/corpus/{f}.jsonl')]
random.seed(1)
letters = 'abcdefghijklmnopqrstuvwxyz'

def distinct_question(i):
    # a real question and a made-up word: the answer is a real one, and no two are the same
    tag = ''.join(letters[(i // 26 ** k) % 26] for k in range(4))
    return f'{base[i % len(base)]} zq{tag}'

counts, lock = {}, threading.Lock()

def worker(questions, deadline=None):
    conn = http.client.HTTPConnection('127.0.0.1', port, timeout=30)
    i = 0
    while True:
        if deadline is None and i >= len(questions):
            break
        if deadline is not None and time.time() > deadline:
            break
        q = questions[i % len(questions)]
        i += 1
        try:
            conn.request('GET', '/api/ask?q=' + urllib.parse.quote(q))
            r = conn.getresponse(); r.read(); status = r.status
        except Exception as e:
            status = type(e).__name__
            conn.close(); conn = http.client.HTTPConnection('127.0.0.1', port, timeout=30)
        with lock:
            counts[status] = counts.get(status, 0) + 1

def run(threads):
    for t in threads: t.start()
    for t in threads: t.join()

qs = [distinct_question(i) for i in range(distinct)]
start = time.time()
run([threading.Thread(target=worker, args=(qs[k::4],)) for k in range(4)])
print(f'distinct questions: {distinct} in {time.time() - start:.1f} s, statuses {counts}', flush=True)
counts.clear()
deadline = time.time() + seconds
run([threading.Thread(target=worker, args=(random.sample(qs, 200), deadline)) for _ in range(wide)])
print(f'{wide} connections for {seconds:.0f} s: statuses {counts}', flush=True)
sys.exit(1 if any(isinstance(s, int) and s >= 500 for s in counts) else 0)
