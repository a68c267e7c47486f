#!/usr/bin/env python3
"""The floor: the statements query-service runs for each URL, replayed against PostgreSQL alone with pgbench.

  floor.py capture BASE_URL SERVICE_LOG OUT.json URL_FILE...
      GETs every distinct URL of the files one at a time from a query-service started with its statement log on
      (category io.newslens.query.sql at DEBUG, console format "%c<TAB>%s%n"; see Db.STATEMENT_LOG) and keeps, per
      URL, the statements it logged while answering: their text with the parameters written in by the driver.
  floor.py script CAPTURE.json URL_FILE OUT_PREFIX
      pgbench scripts (OUT_PREFIX-NNN.sql, their -f FILE@WEIGHT arguments in OUT_PREFIX.args) that pick one line of
      URL_FILE at random per transaction (as pick.lua does for wrk) and run that URL's statements in order: one
      transaction of pgbench is one request of wrk.
  floor.py stats LOG_PREFIX SECONDS
      p50/p95/p99/max (ms) and transactions/s from pgbench's per-transaction logs (--log --log-prefix).
  floor.py table ROUNDS_FILE CORES
      the table of the run: per group, the medians over its rounds (req/s, p50, p95, p99) and the spread of p95
      (min-max), the floor's p95 (median, spread) and the median of the rounds' ratios service p95 / floor p95
      (each round's pair ran back to back, under about the same load); the highest 1-minute load average seen when
      above CORES, and the CPU others took (cores, mean over the group).
  floor.py options APPLICATION_PROPERTIES
      the session settings query-service gives its connections (additional-jdbc-properties.options, its
      ${VAR:default} resolved from this environment as the service resolves them), for PGOPTIONS.

The statements are the service's own, not a copy of its SQL: a change to a query changes the floor with it.
pgbench runs them in simple protocol, each planned for its values (the service's first five runs of a statement on
a connection are too; after that PostgreSQL may keep a generic plan: the ratio shows what that and the service's
own work cost).
"""
import glob
import http.client
import json
import os
import re
import sys
import urllib.parse

CATEGORY = "io.newslens.query.sql\t"


def capture(base, log_path, out_path, url_files):
    urls = []
    seen = set()
    for f in url_files:
        for line in open(f):
            u = line.strip()
            if u and u not in seen:
                seen.add(u)
                urls.append(u)
    target = urllib.parse.urlsplit(base)
    conn = http.client.HTTPConnection(target.hostname, target.port, timeout=60)
    log = open(log_path, "rb")
    log.seek(0, os.SEEK_END)
    pending = b""
    captured = {}
    failed = 0
    for u in urls:
        conn.request("GET", u)
        r = conn.getresponse()
        r.read()
        # the statements are logged (synchronously, flushed per record) before the answer is written
        pending += log.read()
        lines = pending.split(b"\n")
        pending = lines.pop()
        statements = []
        for raw in lines:
            text = raw.decode("utf-8", "replace")
            if text.startswith(CATEGORY):
                statements.extend(json.loads(text[len(CATEGORY):]))
        if r.status != 200 or not statements:
            failed += 1
            continue
        captured[u] = statements
    json.dump(captured, open(out_path, "w"))
    print(f"floor: captured the statements of {len(captured)} URLs ({failed} without: not 200 or none logged)")


# pgbench finds the line number of each backslash command by counting from the start of its script, so one script
# with the \if tree of thousands of URLs (17 MB for search) took minutes to parse; scripts of a few dozen URLs each,
# picked by weight (at most 128 scripts), parse at once
MAX_SCRIPTS = 120


def script(capture_path, url_file, out_prefix):
    captured = json.load(open(capture_path))
    picks = [u for u in (line.strip() for line in open(url_file)) if u in captured]
    if not picks:
        sys.exit(f"no captured statements for the URLs of {url_file}")
    per_script = -(-len(picks) // MAX_SCRIPTS)
    args = []
    for n, lo in enumerate(range(0, len(picks), per_script)):
        chunk = picks[lo:lo + per_script]
        path = "%s-%03d.sql" % (out_prefix, n)
        write_script(path, [captured[u] for u in chunk])
        args.append("-f %s@%d" % (path, len(chunk)))
    with open(out_prefix + ".args", "w") as f:
        f.write(" ".join(args) + "\n")


def write_script(path, statement_lists):
    out = open(path, "w")
    # pgbench substitutes :name only for variables it knows (simple protocol); this one cannot occur in the SQL
    out.write(f"\\set floor_pick random(0, {len(statement_lists) - 1})\n")

    # a binary tree of \if: about log2(n) tests per transaction instead of n
    def tree(lo, hi):
        if hi - lo == 1:
            for statement in statement_lists[lo]:
                out.write(statement.rstrip().rstrip(";") + ";\n")
            return
        mid = (lo + hi) // 2
        out.write(f"\\if :floor_pick < {mid}\n")
        tree(lo, mid)
        out.write("\\else\n")
        tree(mid, hi)
        out.write("\\endif\n")

    tree(0, len(statement_lists))
    out.close()


def percentile(sorted_values, p):
    # nearest rank, as wrk's HdrHistogram reports
    if not sorted_values:
        return float("nan")
    k = max(0, min(len(sorted_values) - 1, int(round(p / 100 * len(sorted_values) + 0.5)) - 1))
    return sorted_values[k]


def stats(prefix, seconds):
    latencies = []
    failed = 0
    for f in glob.glob(prefix + "*"):
        for line in open(f):
            parts = line.split()
            # client_id transaction_no time script_no time_epoch time_us; "failed" in place of time when it failed
            if len(parts) < 3:
                continue
            if parts[2].isdigit():
                latencies.append(int(parts[2]) / 1000.0)
            else:
                failed += 1
    latencies.sort()
    rps = len(latencies) / float(seconds)
    print("RESULT requests=%d rps=%.1f p50=%.2f p95=%.2f p99=%.2f max=%.2f failed=%d" % (
        len(latencies), rps, percentile(latencies, 50), percentile(latencies, 95), percentile(latencies, 99),
        latencies[-1] if latencies else float("nan"), failed))


def parse_result(text):
    values = {}
    for kv in text.split():
        if "=" in kv:
            k, v = kv.split("=", 1)
            try:
                values[k] = float(v)
            except ValueError:
                pass
    return values


def median(values):
    s = sorted(values)
    if not s:
        return float("nan")
    n = len(s)
    return s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2


def table(rounds_path, cores):
    groups = {}
    order = []
    for line in open(rounds_path):
        parts = line.rstrip("\n").split("\t")
        if len(parts) < 4:
            continue
        name, rnd, kind, result = parts[0], parts[1], parts[2], parts[3]
        if name not in groups:
            groups[name] = {}
            order.append(name)
        groups[name].setdefault(rnd, {})[kind] = parse_result(result)
    print("%-13s %8s %7s %7s %15s %7s %7s %15s %6s %7s %6s %6s" % (
        "endpoint", "req/s", "p50", "p95", "p95 min-max", "p99", "floor", "floor min-max", "ratio", "errors", "load", "others"))
    for name in order:
        rounds = list(groups[name].values())
        svc = [r["service"] for r in rounds if "service" in r]
        flo = [r["floor"] for r in rounds if "floor" in r]
        ratios = [r["service"]["p95"] / r["floor"]["p95"] for r in rounds
                  if "service" in r and "floor" in r and r["floor"].get("p95", 0) > 0]
        p95 = [v["p95"] for v in svc]
        fp95 = [v["p95"] for v in flo]
        load = max([v.get("load1", 0) for v in svc + flo] or [0])
        others = median([v["others"] for v in svc + flo if "others" in v])
        errors = sum(v.get("non2xx", 0) + v.get("sockerr", 0) for v in svc) + sum(v.get("failed", 0) for v in flo)
        print("%-13s %8.0f %7.1f %7.1f %15s %7.1f %7s %15s %6s %7d %6s %6.2f" % (
            name, median([v["rps"] for v in svc]), median([v["p50"] for v in svc]), median(p95),
            "%.1f-%.1f" % (min(p95), max(p95)), median([v["p99"] for v in svc]),
            "%.1f" % median(fp95) if fp95 else "-", "%.1f-%.1f" % (min(fp95), max(fp95)) if fp95 else "-",
            "%.2f" % median(ratios) if ratios else "-", errors, "%.1f" % load if load > cores else "", others))


def options(properties_path):
    value = None
    for line in open(properties_path):
        if line.startswith("quarkus.datasource.jdbc.additional-jdbc-properties.options="):
            value = line.split("=", 1)[1].strip()
    if value is None:
        return
    print(re.sub(r"\$\{([A-Za-z0-9_]+):([^}]*)\}", lambda m: os.environ.get(m.group(1), m.group(2)), value))


if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else ""
    if cmd == "capture" and len(sys.argv) >= 6:
        capture(sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5:])
    elif cmd == "script" and len(sys.argv) == 5:
        script(sys.argv[2], sys.argv[3], sys.argv[4])
    elif cmd == "stats" and len(sys.argv) == 4:
        stats(sys.argv[2], sys.argv[3])
    elif cmd == "table" and len(sys.argv) == 4:
        table(sys.argv[2], float(sys.argv[3]))
    elif cmd == "options" and len(sys.argv) == 3:
        options(sys.argv[2])
    else:
        sys.exit(__doc__)
