#!/usr/bin/env python3
"""Where a request list's time goes, one request at a time: every distinct URL of the list asked ROUNDS times
(default 3; the first round is not counted: it warms the caches for that URL), then the cost by kind of
request, weighted by how often the list asks it, and the slowest URLs.
Usage: slowest.py BASE_URL URL_LIST [ROUNDS] [TOP]

URL_LIST: one path per line, as the bench writes them ($BENCH_WORK/results-N/urls-search.txt). The kinds are read
off the search parameters (a quoted phrase, several words, sort=date, a source, dates); other paths are kinds
by their first path segment. Sequential times are what a request costs without queueing: under wrk's 8
connections on 2 cores a latency is about four times that once the machine is saturated."""
import collections
import statistics
import sys
import time
import urllib.parse
import urllib.request

base, list_file = sys.argv[1], sys.argv[2]
rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 3
top = int(sys.argv[4]) if len(sys.argv) > 4 else 15
asked = collections.Counter(line.strip() for line in open(list_file) if line.strip())


def kind(path):
    parsed = urllib.parse.urlsplit(path)
    params = urllib.parse.parse_qs(parsed.query)
    if parsed.path != "/articles" or "q" not in params:
        return parsed.path.split("/")[1] or "/"
    q = params["q"][0]
    words = "phrase" if '"' in q else ("words" if len(q.split()) > 1 else "word")
    order = "date" if params.get("sort") == ["date"] else "relevance"
    extra = "+source" if "source" in params else ("+dates" if "from" in params else "")
    return f"{words} {order}{extra}"


cost = {}
for path in asked:
    times = []
    for n in range(rounds):
        start = time.perf_counter()
        with urllib.request.urlopen(base + path) as response:
            response.read()
        if n > 0:
            times.append((time.perf_counter() - start) * 1000)
    cost[path] = statistics.median(times)

weighted = sorted((cost[p], n) for p, n in asked.items())
total_n = sum(asked.values())


def percentile(q):
    seen = 0
    for c, n in weighted:
        seen += n
        if seen >= q * total_n:
            return c
    return weighted[-1][0]


total_ms = sum(cost[p] * n for p, n in asked.items())
print(f"{len(asked)} distinct URLs, {total_n} in the list; per request (ms, median of {rounds - 1} rounds):"
      f" mean {total_ms / total_n:.2f}, p50 {percentile(0.5):.2f}, p90 {percentile(0.9):.2f},"
      f" p95 {percentile(0.95):.2f}, p99 {percentile(0.99):.2f}")
kinds = collections.defaultdict(list)
for p, n in asked.items():
    kinds[kind(p)].extend([cost[p]] * n)
print(f"\n{'kind':26} {'share':>6} {'of time':>8} {'mean':>7} {'p90':>7} {'max':>7}")
for k, cs in sorted(kinds.items(), key=lambda kv: -sum(kv[1])):
    cs.sort()
    print(f"{k:26} {len(cs) / total_n:6.1%} {sum(cs) / total_ms:8.1%} {statistics.mean(cs):7.2f}"
          f" {cs[int(len(cs) * 0.9)]:7.2f} {cs[-1]:7.2f}")
print(f"\nslowest {top}:")
for p in sorted(asked, key=lambda p: -cost[p])[:top]:
    print(f"{cost[p]:8.2f} ms  x{asked[p]:<3} {urllib.parse.unquote(p)}")
