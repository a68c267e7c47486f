#!/usr/bin/env python3
"""Search latency one request at a time, by commonness band (terms.txt from gen_corpus.py), relevance and date
order: what one query costs without queueing. Usage: sequential.py BASE_URL TERMS [PER_BAND] [ROUNDS]

Prints, per band and order, the mean and p90 in ms over PER_BAND terms (default 40), each asked ROUNDS times
(default 3; the first round is not counted: it warms the caches for that term)."""
import statistics
import sys
import time
import urllib.parse
import urllib.request

base, terms_file = sys.argv[1], sys.argv[2]
per_band = int(sys.argv[3]) if len(sys.argv) > 3 else 40
rounds = int(sys.argv[4]) if len(sys.argv) > 4 else 3
bands = {}
for line in open(terms_file):
    if line.strip():
        band, q = line.rstrip("\n").split("\t", 1)
        bands.setdefault(band, []).append(q)

print(f"{'band':8} {'order':9} {'mean':>7} {'p90':>7}  (ms, {per_band} terms x {rounds - 1} rounds)")
for band, qs in bands.items():
    for order in ("relevance", "date"):
        times = []
        for q in qs[:per_band]:
            url = base + "/articles?" + urllib.parse.urlencode({"q": q, "sort": order}, quote_via=urllib.parse.quote)
            for n in range(rounds):
                start = time.perf_counter()
                with urllib.request.urlopen(url) as response:
                    response.read()
                if n > 0:
                    times.append((time.perf_counter() - start) * 1000)
        times.sort()
        print(f"{band:8} {order:9} {statistics.mean(times):7.1f} {times[int(len(times) * 0.9)]:7.1f}")
