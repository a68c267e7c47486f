"""Measurements of deploy/bench/pipeline (run by that script, which prepares the corpus, the builds and PostgreSQL).

1. The analyzer alone (deploy/tools/analyze) on the corpus: its own figure (articles over the analysis, model load
   excluded) and its CPU from the kernel (wait4's rusage), less the CPU of a run on one article (JVM start, model load).
2. The pipeline: deploy/local/up, then the corpus through deploy/tools/feed while /proc, pg_stat_activity (every
   100 ms) and pg_stat_statements watch, until every accepted article is stored; then deploy/local/down.
3. The analyzer alone again, so that the pipeline's run lies between two of its runs.
Standard library only.
"""

import argparse
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request

ROOT = os.environ["NEWSLENS_ROOT"]
STATE = os.environ["NEWSLENS_STATE_DIR"]
APPS = os.environ.get("NEWSLENS_APP_ROOT", ROOT)
JAVA = (os.environ.get("JAVA_HOME") + "/bin/java") if os.environ.get("JAVA_HOME") else "java"
INGEST = f"http://127.0.0.1:{os.environ['INGEST_PORT']}"
ANALYSIS = f"http://127.0.0.1:{os.environ['ANALYSIS_PORT']}"
LOGS = os.path.join(STATE, "logs")
TICK = os.sysconf("SC_CLK_TCK")
SAMPLE_EVERY = 0.1
# what analysis-service calls itself on its connections (application.properties: ApplicationName)
APPLICATION = "analysis-service"


def log(msg):
    print(f"  {time.strftime('%H:%M:%S')} {msg}", flush=True)


def psql(sql, check=True):
    p = subprocess.run(["psql", "-X", "-q", "-A", "-t", "-F", "\t", "-v", "ON_ERROR_STOP=1", "-f", "-"],
                       input=sql, capture_output=True, text=True, timeout=300)
    if p.returncode != 0:
        if check:
            raise RuntimeError(f"psql failed: {p.stderr.strip()}")
        return None
    return [line.split("\t") for line in p.stdout.splitlines() if line.strip()]


# --- CPU from /proc -------------------------------------------------------------------------------------------

def stat(pid):
    """(own CPU s, reaped children's CPU s, ppid) of a process, or None when it is gone."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            s = f.read()
    except OSError:
        return None
    fields = s[s.rindex(")") + 2:].split()
    return (int(fields[11]) + int(fields[12])) / TICK, (int(fields[13]) + int(fields[14])) / TICK, int(fields[1])


def tree_cpu(root):
    """CPU seconds of a process and all its descendants, living and reaped."""
    parents = {}
    for d in os.listdir("/proc"):
        if d.isdigit():
            st = stat(int(d))
            if st:
                parents[int(d)] = st
    total, todo = 0.0, [root]
    while todo:
        pid = todo.pop()
        st = parents.get(pid)
        if not st:
            continue
        total += st[0] + st[1]
        todo.extend(p for p, s in parents.items() if s[2] == pid)
    return total


def machine_busy():
    """Seconds of CPU the whole machine spent busy (all cores), from /proc/stat."""
    with open("/proc/stat") as f:
        v = [int(x) for x in f.readline().split()[1:]]
    idle = v[3] + v[4]
    return (sum(v[:8]) - idle) / TICK


def pid_file(name):
    try:
        with open(os.path.join(STATE, f"{name}.pid")) as f:
            pid = int(f.read().strip())
        os.kill(pid, 0)
        return pid
    except (OSError, ValueError):
        return None


def postmaster_pid():
    data = psql("SHOW data_directory;")[0][0]
    with open(os.path.join(data, "postmaster.pid")) as f:
        return int(f.readline())


# --- the analyzer alone ---------------------------------------------------------------------------------------

def run_analyzer(corpus):
    """(articles, seconds the tool reports, CPU seconds of the whole process)."""
    p = subprocess.Popen([os.path.join(ROOT, "deploy/tools/analyze"), corpus], stdout=subprocess.DEVNULL,
                         stderr=subprocess.PIPE, text=True)
    err = p.stderr.read()
    _, status, usage = os.wait4(p.pid, 0)
    p.returncode = os.waitstatus_to_exitcode(status)
    # exit status 1 with the figure: some articles failed, the others were analysed (they are named on stderr)
    m = re.search(r"analyze: (\d+) articles, (\d+) tokens, ([\d.]+) s.*?(?:; (\d+) failed)?$", err, re.M)
    if p.returncode not in (0, 1) or not m:
        raise RuntimeError(f"deploy/tools/analyze failed: {err[-2000:]}")
    failed = re.findall(r"^analyze: (\S+) failed: (.*)$", err, re.M)
    if failed:
        log(f"the engine failed on {len(failed)} articles: {', '.join(f for f, _ in failed)} ({failed[0][1][:120]})")
    return int(m.group(1)), float(m.group(3)), usage.ru_utime + usage.ru_stime, len(failed)


def analyzer(corpus, one):
    n, secs, cpu, failed = run_analyzer(corpus)
    _, _, fixed, _ = run_analyzer(one)
    r = {"articles": n, "failed": failed, "seconds": secs, "per_s": n / secs,
         "cpu_ms_per_article": 1000 * (cpu - fixed) / (n + failed - 1), "cpu_fixed_s": fixed}
    log(f"analyzer alone: {n} articles in {secs:.1f} s, {r['per_s']:.1f} articles/s, "
        f"{r['cpu_ms_per_article']:.1f} ms CPU an article (JVM start and model load, {fixed:.1f} s CPU, excluded)")
    return r


# --- pg_stat_activity every 100 ms, over one connection ---------------------------------------------------------

SAMPLE_SQL = f"""
SELECT extract(epoch FROM clock_timestamp())::numeric(16, 3), pg_backend_pid(),
       (SELECT count(*) FROM processed_message) + (SELECT count(*) FROM analysis_failure),
       coalesce((SELECT string_agg(a.pid || '|' || coalesce(a.state, '') || '|' || coalesce(a.wait_event_type, '') || '|'
                  || coalesce(a.wait_event, '') || '|' || CASE WHEN a.wait_event_type = 'Lock' THEN translate(left(a.query, 30), E'\\n\\r\\t|;', '     ') ELSE '' END
                  || '|' || coalesce((
                      SELECT string_agg(DISTINCT l.locktype || ':' || coalesce(l.relation::regclass::text, ''), '+')
                      FROM pg_locks l WHERE l.pid = a.pid AND (NOT l.granted OR l.locktype = 'tuple')), ''), ';')
                 FROM pg_stat_activity a WHERE a.application_name = '{APPLICATION}' AND a.datname = current_database()), '')
\\watch {SAMPLE_EVERY}
"""


class Sampler:
    def __init__(self, path):
        self.path = path
        self.out = open(path, "w")
        self.proc = subprocess.Popen(["psql", "-X", "-q", "-A", "-t", "-F", "\t", "-f", "-"], stdin=subprocess.PIPE,
                                     stdout=self.out, stderr=subprocess.DEVNULL, text=True)
        self.proc.stdin.write(SAMPLE_SQL)
        self.proc.stdin.flush()
        self.backend = None

    def rows(self):
        with open(self.path) as f:
            for line in f:
                parts = line.rstrip("\n").split("\t")
                if len(parts) == 4 and parts[1].isdigit():
                    yield float(parts[0]), int(parts[1]), int(parts[2]), parts[3]

    def latest(self):
        last = None
        for r in self.rows():
            last = r
        if last and self.backend is None:
            self.backend = last[1]
        return last

    def stop(self):
        self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        self.out.close()


def classify(samples, t0, t1):
    """Seconds of each activity of the service's connections within [t0, t1]."""
    spent, n = {}, 0
    for ts, _, _, backends in samples:
        if ts < t0 or ts > t1:
            continue
        n += 1
        for b in filter(None, backends.split(";")):
            _, state, wtype, wevent, query, locks = b.split("|", 5)
            if state == "active" and not wtype:
                k = "running a statement (CPU)"
            elif state == "active" and wtype == "Lock":
                k = f"waiting for a lock: {wevent} {locks}, in {' '.join(query.split()[:3])}"
            elif state == "active":
                k = f"waiting: {wtype}/{wevent}"
            elif state.startswith("idle in transaction"):
                k = "in a transaction, between statements (service's turn)"
            else:
                k = f"{state or 'unknown'} (no transaction)"
            spent[k] = spent.get(k, 0) + 1
    period = (t1 - t0) / max(n, 1)
    return {k: v * period for k, v in spent.items()}


# --- pg_stat_statements -------------------------------------------------------------------------------------------

def statements_available():
    rows = psql("SHOW shared_preload_libraries;")
    if "pg_stat_statements" not in rows[0][0]:
        return False
    psql("CREATE EXTENSION IF NOT EXISTS pg_stat_statements;")
    return True


def kind(query):
    """A top-level statement's kind: its verb and table ("INSERT mention"), or the function it calls."""
    q = " ".join(query.split())
    verb = q.split(" ")[0].upper() if q else "?"
    for v, pattern in (("INSERT", r"(?i)insert into (\w+)"), ("DELETE", r"(?i)delete from (\w+)"),
                       ("UPDATE", r"(?i)update (\w+)")):
        if verb == v:
            t = re.match(pattern, q)
            return f"{v} {t.group(1) if t else '?'}"
    if verb in ("SELECT", "WITH"):
        call = re.match(r"(?i)select (\w+)\(", q)
        if call:
            return f"SELECT {call.group(1)}()"
        f = re.search(r"(?i)\bfrom (\w+)", q)
        return f"SELECT {f.group(1) if f else q[7:40]}"
    return q[:40]


def statements():
    rows = psql("""
SELECT toplevel, calls, total_exec_time, rows, coalesce(jit_generation_time + jit_inlining_time + jit_optimization_time
       + jit_emission_time, 0), shared_blks_hit + shared_blks_read, regexp_replace(query, '\\s+', ' ', 'g')
FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
ORDER BY total_exec_time DESC;""")
    return [{"toplevel": r[0] == "t", "calls": int(r[1]), "ms": float(r[2]), "rows": int(r[3]), "jit_ms": float(r[4]),
             "blocks": int(r[5]), "query": r[6]} for r in rows]


# --- the pipeline ---------------------------------------------------------------------------------------------

def metrics():
    with urllib.request.urlopen(ANALYSIS + "/q/metrics", timeout=10) as r:
        text = r.read().decode()
    out = {}
    for name in ("newslens_analysis_engine_seconds", "newslens_analysis_article_seconds"):
        for part in ("sum", "count"):
            # (a count may carry an exemplar after the value)
            m = re.search(rf"^{name}_{part}(?:{{[^}}]*}})? ([0-9.eE+-]+)", text, re.M)
            out[f"{name}_{part}"] = float(m.group(1)) if m else 0.0
    return out


def start_jfr(path):
    """Replaces the analysis-service that deploy/local/up started with one recording itself."""
    pid = pid_file("analysis-service")
    if pid:
        os.kill(pid, signal.SIGTERM)
        for _ in range(120):
            try:
                os.kill(pid, 0)
            except OSError:
                break
            time.sleep(0.5)
    env = dict(os.environ, QUARKUS_HTTP_PORT=os.environ["ANALYSIS_PORT"])
    jar = os.path.join(APPS, "analysis-service", "target", "quarkus-app", "quarkus-run.jar")
    with open(os.path.join(LOGS, "analysis-service.log"), "ab") as out:
        proc = subprocess.Popen([JAVA, f"-XX:StartFlightRecording=filename={path},settings=profile,dumponexit=true",
                                 "-Xmx2g", "-jar", jar], env=env, stdout=out, stderr=subprocess.STDOUT,
                                stdin=subprocess.DEVNULL, start_new_session=True)
    with open(os.path.join(STATE, "analysis-service.pid"), "w") as f:
        f.write(str(proc.pid))
    deadline = time.time() + 180
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(ANALYSIS + "/q/health/ready", timeout=2) as r:
                if r.status == 200:
                    log(f"analysis-service restarted with JFR into {path} (pid {proc.pid})")
                    return
        except OSError:
            pass
        time.sleep(0.5)
    raise RuntimeError("analysis-service with JFR did not become ready")


def run_pipeline(args):
    log("starting the isolated pipeline (deploy/local/up)")
    with open(os.path.join(LOGS, "up.log"), "w") as out:
        if subprocess.run([os.path.join(ROOT, "deploy/local/up")], stdout=out, stderr=subprocess.STDOUT).returncode:
            raise RuntimeError(f"deploy/local/up failed (log: {LOGS}/up.log)")
    if args.jfr:
        start_jfr(args.jfr)
    pss = statements_available()
    if pss:
        psql("SELECT pg_stat_statements_reset();")
    else:
        log("pg_stat_statements is not preloaded on this server: no statements by kind")
    pids = {n: pid_file(n) for n in ("analysis-service", "ingest-service", "query-service", "kafka")}
    pids["postgres"] = postmaster_pid()
    before = int(psql("SELECT (SELECT count(*) FROM processed_message) + (SELECT count(*) FROM analysis_failure);")[0][0])
    m0 = metrics()
    sampler = Sampler(os.path.join(STATE, "activity.tsv"))
    while sampler.latest() is None:
        time.sleep(0.05)
    cpu0 = {n: tree_cpu(p) for n, p in pids.items()}
    busy0, t0 = machine_busy(), time.time()

    feed = subprocess.Popen([os.path.join(ROOT, "deploy/tools/feed"), "--url", INGEST, "--quiet", args.corpus],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    feed_out = feed.stdout.read()
    _, status, feed_usage = os.wait4(feed.pid, 0)
    feed.returncode = os.waitstatus_to_exitcode(status)
    fed = time.time()
    counts = {k: int(v) for k, v in re.findall(r"^\s+(accepted|duplicates|rejected|failed)\s+(\d+)$", feed_out, re.M)}
    if feed.returncode != 0 or counts.get("accepted", 0) == 0:
        raise RuntimeError(f"feed failed ({feed.returncode}): {feed_out[-2000:]}")
    log(f"fed in {fed - t0:.1f} s: {counts}")
    want = before + counts["accepted"]
    deadline = fed + args.timeout
    stored = before
    while stored < want:
        if time.time() > deadline:
            raise RuntimeError(f"only {stored - before} of {counts['accepted']} stored after {args.timeout} s")
        time.sleep(0.25)
        last = sampler.latest()
        stored = last[2]
    t1 = time.time()
    cpu1 = {n: tree_cpu(p) for n, p in pids.items()}
    busy1 = machine_busy()
    own = stat(sampler.backend)
    sampler_cpu = own[0] if own else 0.0
    sampler.stop()
    m1 = metrics()
    log(f"all {want - before} stored or failed {t1 - fed:.1f} s after the feed ended")

    head = f"to_timestamp({t0})"
    r = psql(f"""
WITH t AS (SELECT extract(epoch FROM p.processed_at) AS s, extract(epoch FROM a.received_at) AS r,
                  row_number() OVER (ORDER BY p.processed_at) AS k, count(*) OVER () AS n
           FROM processed_message p JOIN article a ON a.id = p.article_id AND a.revision = p.revision
           WHERE p.processed_at >= {head})
SELECT max(n), min(r), max(s),
       (SELECT s FROM t WHERE k = greatest(1, round(0.1 * n))), (SELECT s FROM t WHERE k = round(0.9 * n)),
       (SELECT count(*) FROM t WHERE k BETWEEN greatest(1, round(0.1 * n)) AND round(0.9 * n)),
       (SELECT count(*) FROM analysis_failure WHERE failed_at >= {head})
FROM t;""")[0]
    stored_n, first_received, last_stored, lo, hi, mid, failures = int(r[0]), float(r[1]), float(r[2]), float(r[3]), \
        float(r[4]), int(r[5]), int(r[6])
    samples = list(Sampler.rows(sampler))
    activity = classify(samples, t0, t1)
    size = psql("""
SELECT c.relname, pg_total_relation_size(c.oid) FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace
WHERE s.nspname = 'public' AND c.relkind = 'r' ORDER BY 2 DESC;""")
    articles_now = int(psql("SELECT count(*) FROM article;")[0][0])
    stmts = statements() if pss else []
    with open(os.path.join(STATE, "statements.json"), "w") as f:
        json.dump(stmts, f, indent=1)
    cpu = {k: cpu1[k] - cpu0[k] for k in cpu0}
    cpu["postgres"] -= sampler_cpu
    cpu["feed tool"] = feed_usage.ru_utime + feed_usage.ru_stime
    return {
        "fed": counts, "feed_seconds": fed - t0, "stored": stored_n, "failures": failures,
        "window_s": last_stored - first_received, "per_s": stored_n / (last_stored - first_received),
        "middle80_per_s": (mid - 1) / (hi - lo) if hi > lo else None,
        "cpu_s": cpu, "machine_busy_s": busy1 - busy0, "measured_s": t1 - t0, "sampler_cpu_s": sampler_cpu,
        "metrics": {k: m1[k] - m0[k] for k in m1},
        "activity_s": activity, "statements": stmts,
        "bytes": {name: int(b) for name, b in size}, "articles_in_db": articles_now,
    }


def report(a1, p, a2):
    n = p["stored"]
    alone = (a1["per_s"] + a2["per_s"]) / 2
    print()
    print(f"pipeline bench: {n} articles stored of {sum(p['fed'].values())} fed ({p['fed']}); "
          f"analysis failures (dead-lettered) {p['failures']}")
    print(f"  analyzer alone (deploy/tools/analyze, {a1['articles']} analysed, {a1['failed']} failed)   "
          f"{a1['per_s']:6.1f} articles/s before, "
          f"{a2['per_s']:.1f} after (mean {alone:.1f})")
    print(f"  pipeline, first received -> last stored ({p['window_s']:.1f} s)   {p['per_s']:6.1f} stored/s "
          f"(middle 80%: {p['middle80_per_s'] or 0:.1f}/s); the feed took {p['feed_seconds']:.1f} s")
    ratio = p["per_s"] / alone
    print(f"  ratio pipeline / analyzer alone   {ratio:.2f}   (target >= 0.80: {'MET' if ratio >= 0.8 else 'NOT MET'})")
    print()
    print(f"CPU per stored article (ms), over the {p['measured_s']:.1f} s from the feed's start to the last stored:")
    for k in ("analysis-service", "postgres", "kafka", "ingest-service", "query-service", "feed tool"):
        print(f"  {k:<18} {1000 * p['cpu_s'][k] / n:7.1f}")
    tracked = sum(p["cpu_s"].values())
    print(f"  {'all of the above':<18} {1000 * tracked / n:7.1f}   (the whole machine: "
          f"{1000 * p['machine_busy_s'] / n:.1f}; {p['machine_busy_s'] / p['measured_s']:.2f} cores busy of "
          f"{os.cpu_count()})")
    print(f"  {'analyzer alone':<18} {a1['cpu_ms_per_article']:7.1f}   (after: {a2['cpu_ms_per_article']:.1f})")
    print()
    met = p["metrics"]
    eng_n = met["newslens_analysis_engine_seconds_count"] or 1
    art_n = met["newslens_analysis_article_seconds_count"] or 1
    engine = 1000 * met["newslens_analysis_engine_seconds_sum"] / eng_n
    whole = 1000 * met["newslens_analysis_article_seconds_sum"] / art_n
    print("where a stored article's time goes (ms per article, wall time on its worker thread):")
    print(f"  engine (extraction)            {engine:7.1f}")
    print(f"  the rest (decode, dedupe check, store, commit, retries)  {whole - engine:7.1f}   (whole: {whole:.1f})")
    act = sorted(p["activity_s"].items(), key=lambda kv: -kv[1])
    print(f"  the service's database connections, sampled every {SAMPLE_EVERY * 1000:.0f} ms (ms per stored article):")
    for k, v in act[:12]:
        print(f"    {1000 * v / n:8.1f}  {k}")
    if p["statements"]:
        top = [s for s in p["statements"] if s["toplevel"]]
        by = {}
        for s in top:
            k = kind(s["query"])
            b = by.setdefault(k, [0, 0.0, 0.0])
            b[0] += s["calls"]
            b[1] += s["ms"]
            b[2] += s["jit_ms"]
        total = sum(b[1] for b in by.values())
        print(f"  database statements by kind, top level (their triggers included; {total / n:.1f} ms an article "
              f"in all; pg_stat_statements):")
        print("    ms/article  calls/article  kind")
        for k, b in sorted(by.items(), key=lambda kv: -kv[1][1])[:14]:
            jit = f"  (JIT {b[2] / n:.1f})" if b[2] > 0.05 * b[1] else ""
            print(f"    {b[1] / n:10.2f}  {b[0] / n:13.1f}  {k}{jit}")
        nested = [s for s in p["statements"] if not s["toplevel"]]
        print("  inside them: the statements triggers and functions run (each includes what it runs in turn):")
        for s in nested[:12]:
            print(f"    {s['ms'] / n:10.2f}  {s['calls'] / n:13.1f}  {s['query'][:110]}")
        jit = sum(s["jit_ms"] for s in p["statements"])
        if jit:
            print(f"  JIT compilation in all: {jit / n:.2f} ms an article")
    print()
    b = p["bytes"]
    total = sum(b.values())
    print(f"database size: {total / 1e6:.1f} MB for {p['articles_in_db']} articles, "
          f"{total / p['articles_in_db'] / 1024:.1f} KB an article (tables, indexes, TOAST); largest:")
    print("   " + ", ".join(f"{k} {v / p['articles_in_db'] / 1024:.1f}" for k, v in list(b.items())[:10]))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--articles", type=int)
    ap.add_argument("--jfr")
    ap.add_argument("--json")
    ap.add_argument("--keep", action="store_true")
    ap.add_argument("--timeout", type=float)
    args = ap.parse_args()
    files = sorted(f for f in os.listdir(args.corpus) if f.endswith(".txt"))
    args.timeout = args.timeout or max(300.0, len(files) * 1.0)
    one = tempfile.mkdtemp(prefix="pipeline-one-")
    try:
        shutil.copy(os.path.join(args.corpus, files[0]), one)
        a1 = analyzer(args.corpus, one)
        p = run_pipeline(args)
        if not args.keep:
            subprocess.run([os.path.join(ROOT, "deploy/local/down")], stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL)
        a2 = analyzer(args.corpus, one)
    finally:
        shutil.rmtree(one, ignore_errors=True)
    report(a1, p, a2)
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"analyzer_before": a1, "pipeline": {k: v for k, v in p.items() if k != "statements"},
                       "analyzer_after": a2}, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
