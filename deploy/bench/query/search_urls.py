#!/usr/bin/env python3
"""Search request list for the load mix: terms.txt (written by gen_corpus.py) by commonness band,
with a realistic share of date sorting and filters. Usage: search_urls.py TERMS SOURCES_FILE > list"""
import random
import sys
import urllib.parse

rnd = random.Random(7)
terms = [line.rstrip("\n").split("\t", 1) for line in open(sys.argv[1]) if line.strip()]
sources = [s.strip() for s in open(sys.argv[2]) if s.strip()]
# weights: what people type: mostly mid-frequency words and names, some very common, some rare, some two-word
weight = {"common": 1, "mid": 3, "rare": 2, "two": 2, "name": 2}
pool = [t for t in terms for _ in range(weight[t[0]])]
for _ in range(3000):
    band, q = rnd.choice(pool)
    params = {"q": q}
    r = rnd.random()
    if r < 0.25:
        params["sort"] = "date"
    elif r < 0.35:
        params["source"] = rnd.choice(sources)
    elif r < 0.45:
        y, m = rnd.choice([(2025, mm) for mm in range(1, 13)] + [(2026, mm) for mm in range(1, 11)])
        params["from"] = f"{y}-{m:02d}-01"
        params["to"] = f"{y}-{m:02d}-28"
    print("search\t/articles?" + urllib.parse.urlencode(params, quote_via=urllib.parse.quote))
