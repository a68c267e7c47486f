"""Scenarios of deploy/bench/faults (run by that script, which brings the isolated pipeline up first).

Each scenario streams generated articles into ingest-service with a bounded number of concurrent clients,
injects its fault in the middle of the stream, repairs it, waits until everything is settled and then checks,
in PostgreSQL and on the dead-letter topic, that every acknowledged article is stored exactly once, that no
mention or quote is doubled and that every poison message was dead-lettered. Standard library only.
"""

import argparse
import collections
import json
import os
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import articles  # noqa: E402

ROOT = os.environ["NEWSLENS_ROOT"]
STATE = os.environ["NEWSLENS_STATE_DIR"]
APPS = os.environ.get("NEWSLENS_APP_ROOT", ROOT)
JAVA = (os.environ.get("JAVA_HOME") + "/bin/java") if os.environ.get("JAVA_HOME") else "java"
BOOTSTRAP = os.environ["KAFKA_BOOTSTRAP_SERVERS"]
INGEST = f"http://127.0.0.1:{os.environ['INGEST_PORT']}"
ANALYSIS_PORT = int(os.environ["ANALYSIS_PORT"])
API_KEY = os.environ["NEWSLENS_API_KEY"]
LIB = os.path.dirname(os.path.abspath(__file__))
LOGS = os.path.join(STATE, "logs")


def log(msg):
    print(f"  {time.strftime('%H:%M:%S')} {msg}", flush=True)


# --- PostgreSQL ---------------------------------------------------------------------------------------------

def psql(sql, stdin=None, check=True):
    """Runs SQL with psql against the fault test's database; returns stdout rows as lists of fields."""
    p = subprocess.run(["psql", "-X", "-q", "-A", "-t", "-F", "\t", "-v", "ON_ERROR_STOP=1", "-f", "-"],
                       input=(sql if stdin is None else sql + "\n" + stdin + "\n\\.\n"), capture_output=True,
                       text=True, timeout=120)
    if p.returncode != 0:
        if check:
            raise RuntimeError(f"psql failed: {p.stderr.strip()}")
        return None
    return [line.split("\t") for line in p.stdout.splitlines() if line.strip()]


def load_acked(pairs):
    """SQL that loads (id, revision) pairs into a temporary table 'acked', to be followed by queries."""
    return ("CREATE TEMP TABLE acked (id text PRIMARY KEY, revision text NOT NULL);\n"
            "COPY acked FROM STDIN;", "\n".join(f"{i}\t{r}" for i, r in pairs))


def count_stored(pairs):
    """How many of these (id, revision) pairs are stored as the article's current analysis; None if the DB is away."""
    if not pairs:
        return 0
    head, data = load_acked(pairs)
    # psql reads the COPY data inline from the script, then the query that follows it
    script = head + "\n" + data + "\n\\.\nSELECT count(*) FROM acked a JOIN article x ON x.id = a.id AND x.revision = a.revision;\n"
    rows = psql(script, check=False)
    return int(rows[-1][0]) if rows else None


def verify(pairs):
    """The required checks for the acknowledged articles of one scenario."""
    head, data = load_acked(pairs)
    script = head + "\n" + data + "\n\\.\n" + """
SELECT
  (SELECT count(*) FROM acked a JOIN article x ON x.id = a.id AND x.revision = a.revision),
  (SELECT count(*) FROM acked a WHERE NOT EXISTS (SELECT 1 FROM article x WHERE x.id = a.id AND x.revision = a.revision)),
  (SELECT count(*) FROM acked a JOIN processed_message p ON p.article_id = a.id AND p.revision = a.revision),
  (SELECT coalesce(sum(c - 1), 0) FROM (SELECT count(*) c FROM mention m JOIN acked a ON a.id = m.article_id
      GROUP BY m.article_id, m.entity_id, m.section, m.start_offset, m.end_offset) s WHERE c > 1),
  (SELECT coalesce(sum(c - 1), 0) FROM (SELECT count(*) c FROM quote q JOIN acked a ON a.id = q.article_id
      GROUP BY q.article_id, q.start_offset, q.end_offset) s WHERE c > 1),
  (SELECT count(*) FROM analysis_failure f JOIN acked a ON a.id = f.article_id),
  (SELECT count(*) FROM mention m JOIN acked a ON a.id = m.article_id),
  (SELECT count(*) FROM quote q JOIN acked a ON a.id = q.article_id),
  (SELECT count(*) FROM acked a WHERE NOT EXISTS (SELECT 1 FROM quote q WHERE q.article_id = a.id)),
  (SELECT coalesce(round(extract(epoch FROM max(gap))::numeric, 1), 0) FROM (SELECT p.processed_at
      - lag(p.processed_at) OVER (ORDER BY p.processed_at) AS gap FROM processed_message p
      JOIN acked a ON a.id = p.article_id AND a.revision = p.revision) g);
"""
    r = [float(x) for x in psql(script)[-1]]
    keys = ["stored", "missing", "processed_rows", "dup_mentions", "dup_quotes", "failures", "mentions", "quotes",
            "without_quotes", "stall"]
    return dict(zip(keys, r))


def stored_by_url(prefix):
    rows = psql(f"SELECT count(*) FROM article WHERE url LIKE '{prefix}%';", check=False)
    return int(rows[-1][0]) if rows else None


# --- Kafka ----------------------------------------------------------------------------------------------------

def probe(*args, timeout=300):
    libs = os.path.join(STATE, "kafka", "libs", "*")
    classes = os.path.join(STATE, "probe-classes")
    if not os.path.exists(os.path.join(classes, "TopicProbe.class")):
        javac = (os.environ.get("JAVA_HOME") + "/bin/javac") if os.environ.get("JAVA_HOME") else "javac"
        subprocess.run([javac, "-nowarn", "-cp", libs, "-d", classes, os.path.join(LIB, "TopicProbe.java")],
                       check=True, capture_output=True, timeout=120)
    p = subprocess.run([JAVA, "-Xmx512m", "-Dlog4j2.configurationFile=" + ROOT + "/deploy/local/kafka/log4j2.properties",
                        "-cp", classes + os.pathsep + libs, "TopicProbe", *args],
                       capture_output=True, text=True, timeout=timeout)
    if p.returncode != 0:
        raise RuntimeError(f"TopicProbe {args[0]} failed: {p.stderr[-2000:]}")
    return [line.split("\t") for line in p.stdout.splitlines() if line.strip()]


def dlq_records():
    return probe("dump", BOOTSTRAP, "articles-dlq")


def topic_end(topic):
    """Sum of the topic's end offsets (records ever written), via Kafka's own GetOffsetShell."""
    p = subprocess.run([os.path.join(ROOT, "deploy/tools/kafka"), "get-offsets", "--topic", topic],
                       capture_output=True, text=True, timeout=60)
    total = 0
    for line in p.stdout.splitlines():
        parts = line.strip().split(":")
        if len(parts) == 3 and parts[2].isdigit():
            total += int(parts[2])
    return total


def group_members():
    p = subprocess.run([os.path.join(ROOT, "deploy/tools/kafka"), "consumer-groups", "--describe", "--group",
                        "analysis-service", "--members"], capture_output=True, text=True, timeout=60)
    return [line for line in p.stdout.splitlines() if "analysis-service" in line and "CONSUMER-ID" not in line]


# --- processes ------------------------------------------------------------------------------------------------

def pid_of(name):
    try:
        with open(os.path.join(STATE, f"{name}.pid")) as f:
            pid = int(f.read().strip())
        os.kill(pid, 0)
        return pid
    except (OSError, ValueError):
        return None


def wait_exit(pid, seconds):
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            os.kill(pid, 0)
        except OSError:
            return True
        time.sleep(0.2)
    return False


def start_analysis(port, pid_name, log_name):
    env = dict(os.environ, QUARKUS_HTTP_PORT=str(port))
    jar = os.path.join(APPS, "analysis-service", "target", "quarkus-app", "quarkus-run.jar")
    with open(os.path.join(LOGS, log_name), "ab") as out:
        proc = subprocess.Popen([JAVA, "-Xmx2g", "-jar", jar], env=env, stdout=out, stderr=subprocess.STDOUT,
                                stdin=subprocess.DEVNULL, start_new_session=True)
    with open(os.path.join(STATE, f"{pid_name}.pid"), "w") as f:
        f.write(str(proc.pid))
    return proc.pid


def await_ready(port, seconds=180):
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/q/health/ready", timeout=2) as r:
                if r.status == 200:
                    return True
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.5)
    return False


def start_kafka():
    kafka = os.path.join(STATE, "kafka")
    with open(os.path.join(LOGS, "kafka.log"), "ab") as out:
        proc = subprocess.Popen([JAVA, "-Xms256m", "-Xmx512m",
                                 "-Dlog4j2.configurationFile=" + ROOT + "/deploy/local/kafka/log4j2.properties",
                                 "-cp", os.path.join(kafka, "libs", "*"), "kafka.Kafka",
                                 os.path.join(kafka, "server.properties")],
                                stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True)
    with open(os.path.join(STATE, "kafka.pid"), "w") as f:
        f.write(str(proc.pid))
    return proc.pid


def pg_cluster():
    """(version, cluster) of the local PostgreSQL cluster on PGPORT, from /etc/postgresql and pg_lsclusters."""
    port = os.environ.get("PGPORT", "5432")
    out = subprocess.run(["pg_lsclusters", "-h"], capture_output=True, text=True).stdout
    for line in out.splitlines():
        f = line.split()
        if len(f) >= 3 and f[2] == port and os.path.isdir(f"/etc/postgresql/{f[0]}/{f[1]}"):
            return f[0], f[1]
    versions = sorted(os.listdir("/etc/postgresql"), key=lambda v: float(v) if v.replace(".", "").isdigit() else 0)
    return versions[-1], "main"


def pg_ctl(action, mode=None):
    version, cluster = pg_cluster()
    cmd = ["pg_ctlcluster", "--skip-systemctl-redirect", version, cluster, action]
    if mode:
        cmd += ["-m", mode]
    for attempt in range(5):
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
        if p.returncode == 0:
            return
        # e.g. the port still held for a moment after an immediate shutdown: PostgreSQL's own hint is to retry
        log(f"pg_ctlcluster {action} failed ({p.stderr.strip()[-200:]}); trying again in 2 s")
        time.sleep(2)
    raise RuntimeError(f"pg_ctlcluster {action} failed: {p.stderr.strip()[-500:]}")


# --- the sender -------------------------------------------------------------------------------------------------

class Sender(threading.Thread):
    """Posts articles with at most `concurrency` requests in flight and at most `rate` new articles per second.
    Retries 503 (after Retry-After, at most 5 s) and connection failures as a client would; records every answer."""

    def __init__(self, tag, scenario, n, concurrency, rate, first=0):
        super().__init__(daemon=True)
        self.tag, self.scenario, self.n, self.first = tag, scenario, n, first
        self.concurrency, self.rate = concurrency, rate
        self.lock = threading.Lock()
        self.statuses = collections.Counter()
        self.acked = {}            # id -> revision, from 202 (queued) or 200 (duplicate)
        self.ack_order = []        # ids in the order they were acknowledged
        self.unacked = []          # article numbers never acknowledged
        self.other = []            # (status, body) of answers other than 200, 202 and 503
        self.retries_503 = 0
        self.conn_errors = 0
        self.finished = 0
        self.next = 0

    def run(self):
        t0 = time.time()
        workers = [threading.Thread(target=self.work, args=(t0,), daemon=True) for _ in range(self.concurrency)]
        for w in workers:
            w.start()
        for w in workers:
            w.join()

    def take(self):
        with self.lock:
            if self.next >= self.n:
                return None
            i = self.next
            self.next += 1
            return i

    def work(self, t0):
        while (i := self.take()) is not None:
            due = t0 + i / self.rate
            if due > time.time():
                time.sleep(due - time.time())
            self.send(self.first + i)
            with self.lock:
                self.finished += 1

    def send(self, k):
        body = json.dumps(articles.article(self.tag, self.scenario, k)).encode()
        deadline = time.time() + 300
        while time.time() < deadline:
            req = urllib.request.Request(INGEST + "/articles", data=body, method="POST",
                                         headers={"Content-Type": "application/json", "X-API-Key": API_KEY})
            try:
                with urllib.request.urlopen(req, timeout=30) as r:
                    answer = json.loads(r.read())
                    with self.lock:
                        self.statuses[r.status] += 1
                        if r.status in (200, 202):
                            self.acked[answer["id"]] = answer["revision"]
                            self.ack_order.append(answer["id"])
                        else:
                            self.other.append((r.status, json.dumps(answer)[:300]))
                    return
            except urllib.error.HTTPError as e:
                text = e.read()[:300].decode("utf-8", "replace")
                with self.lock:
                    self.statuses[e.code] += 1
                if e.code != 503:
                    with self.lock:
                        self.other.append((e.code, text))
                    return
                with self.lock:
                    self.retries_503 += 1
                try:
                    wait = float(e.headers.get("Retry-After", "1"))
                except ValueError:
                    wait = 1.0
                time.sleep(min(max(wait, 0.2), 5.0))
            except (urllib.error.URLError, OSError) as e:
                with self.lock:
                    self.conn_errors += 1
                    self.statuses["conn-error"] += 1
                time.sleep(1)
        with self.lock:
            self.unacked.append(k)

    def snapshot(self):
        with self.lock:
            return [(i, self.acked[i]) for i in self.ack_order]


def wait_all_stored(pairs, since, timeout):
    """Seconds from `since` until every pair is stored, or None after `timeout` seconds."""
    deadline = time.time() + timeout
    while True:
        n = count_stored(pairs)
        if n == len(pairs):
            return time.time() - since
        if time.time() > deadline:
            return None
        time.sleep(1)


class Watch(threading.Thread):
    """Measures, in the background, how long until every article acknowledged before the fault is stored."""

    def __init__(self, pairs, since, timeout):
        super().__init__(daemon=True)
        self.pairs, self.since, self.timeout, self.seconds = pairs, since, timeout, None

    def run(self):
        self.seconds = wait_all_stored(self.pairs, self.since, self.timeout)


# --- scenarios --------------------------------------------------------------------------------------------------

Row = collections.namedtuple("Row", "scenario sent acked r503 stored dups dlq stall recover drain result notes")


def stream_with_fault(args, scenario, n, fault, settle=600):
    """Streams n articles, calls fault() once half of them are answered, and checks the outcome."""
    sender = Sender(args.tag, scenario, n, args.concurrency, args.rate)
    sender.start()
    while sender.finished < n // 2 and sender.is_alive():
        time.sleep(0.05)
    t_fault = time.time()
    before = sender.snapshot()
    log(f"fault at {sender.finished}/{n} answered, {len(before)} acknowledged")
    watch = Watch(before, t_fault, settle)
    watch.start()
    notes = fault() or []
    sender.join()
    t_end = time.time()
    pairs = sender.snapshot()
    log(f"stream done: {len(pairs)} acknowledged, statuses {dict(sender.statuses)}; waiting until all are stored")
    drain = wait_all_stored(pairs, t_end, settle)
    watch.join(settle)
    return sender, pairs, watch.seconds, drain, notes


def finish(args, scenario, sender, pairs, recover, drain, notes, dlq_expected=None, dlq=None):
    v = verify(pairs)
    dlq = dlq if dlq is not None else dlq_records()
    acked_ids = {i for i, _ in pairs}
    good_in_dlq = sum(1 for r in dlq if r[0] in acked_ids)
    extra = stored_by_url(f"https://faults.newslens.test/{args.tag}/s{scenario}/")
    ok = (v["missing"] == 0 and v["stored"] == len(pairs) and v["processed_rows"] == len(pairs)
          and v["dup_mentions"] == 0 and v["dup_quotes"] == 0 and good_in_dlq == 0 and v["failures"] == 0
          and not sender.unacked and not sender.other and recover is not None and drain is not None)
    v = {k: (x if k == "stall" else int(x)) for k, x in v.items()}
    dups = v["dup_mentions"] + v["dup_quotes"] + max(0, v["processed_rows"] - v["stored"])
    dlq_text = f"{good_in_dlq} good"
    if dlq_expected is not None:
        found, expected, bad = dlq_expected
        dlq_text = f"{found}/{expected} poison, {good_in_dlq} good"
        ok = ok and found == expected and not bad
        notes += bad
    if sender.unacked:
        notes.append(f"{len(sender.unacked)} articles never acknowledged (e.g. #{sender.unacked[:5]})")
    for status, body in sender.other[:5]:
        notes.append(f"unexpected answer {status}: {body}")
    if v["missing"]:
        notes.append(f"{v['missing']} acknowledged articles not stored at the acknowledged revision")
    if v["processed_rows"] != v["stored"]:
        notes.append(f"dedupe log rows {v['processed_rows']} for {v['stored']} stored articles")
    if v["failures"]:
        notes.append(f"{v['failures']} acknowledged articles recorded as analysis failures")
    notes.append(f"statuses {dict(sorted(sender.statuses.items(), key=str))}, {sender.conn_errors} connection errors; "
                 f"{v['mentions']} mentions, {v['quotes']} quotes ({v['without_quotes']} articles without a quote); "
                 f"{extra} stored for {sender.n} sent")
    return Row(scenario, sender.n, len(pairs), sender.retries_503, v["stored"], dups, dlq_text,
               v["stall"], recover, drain, "PASS" if ok else "FAIL", notes)


def scenario_1(args):
    """kill -9 analysis-service in the middle of the stream, restart it."""
    n = args.articles or 5000

    def fault():
        pid = pid_of("analysis-service")
        if pid is None:
            raise RuntimeError("analysis-service is not running")
        os.kill(pid, signal.SIGKILL)
        wait_exit(pid, 10)
        log(f"killed analysis-service (pid {pid}) with SIGKILL; restarting it")
        start_analysis(ANALYSIS_PORT, "analysis-service", "analysis-service.log")
        ready = await_ready(ANALYSIS_PORT)
        log(f"analysis-service ready again: {ready}")
        return [] if ready else ["analysis-service did not become ready after the restart"]

    return finish(args, 1, *stream_with_fault(args, 1, n, fault))


def pg_outage(args, scenario, seconds, mid_transaction=False):
    """PostgreSQL stopped for `seconds` in the middle of the stream; with mid_transaction, stopped (immediate mode,
    as a crash) at a moment when one of the service's transactions is open."""
    n = args.articles or 1000
    marker = os.path.join(STATE, "pg-stopped-by-faults")

    def fault():
        notes = []
        if mid_transaction:
            deadline = time.time() + 60
            found = None
            while time.time() < deadline and not found:
                rows = psql("SELECT pid, state, round(extract(epoch FROM now() - xact_start)::numeric * 1000) "
                            "FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() "
                            "AND backend_type = 'client backend' AND xact_start IS NOT NULL "
                            "AND state IN ('active', 'idle in transaction');", check=False)
                found = rows[0] if rows else None
            if not found:
                return ["no open transaction of the service seen within 60 s: the fault did not hit one"]
            notes.append(f"stopped while backend {found[0]} was {found[1]} in a transaction open for {found[2]} ms")
        open(marker, "w").close()
        try:
            pg_ctl("stop", "immediate" if mid_transaction else "fast")
            log(f"PostgreSQL {'/'.join(pg_cluster())} stopped for {seconds:g} s")
            time.sleep(seconds)
        finally:
            pg_ctl("start")
            os.remove(marker)
            log("PostgreSQL started again")
        return notes

    return finish(args, scenario, *stream_with_fault(args, scenario, n, fault))


def scenario_2(args):
    """PostgreSQL stopped for --pg-down (20) s in the middle of the stream."""
    return pg_outage(args, "2", args.pg_down)


def scenario_2b(args):
    """PostgreSQL stopped for 60 s: longer than a backoff's ceiling and than max.poll.interval.ms's share of it."""
    return pg_outage(args, "2b", 60.0)


def scenario_2c(args):
    """PostgreSQL stopped like a crash while a transaction of the service is open, down for --pg-down s."""
    return pg_outage(args, "2c", args.pg_down, mid_transaction=True)


def scenario_3(args):
    """The Kafka broker restarted (down ~10 s) in the middle of the stream."""
    n = args.articles or 1000

    def fault():
        pid = pid_of("kafka")
        if pid is None:
            raise RuntimeError("Kafka is not running")
        os.kill(pid, signal.SIGTERM)
        if not wait_exit(pid, 60):
            os.kill(pid, signal.SIGKILL)
            wait_exit(pid, 10)
        log(f"Kafka broker (pid {pid}) stopped; starting it again in {args.kafka_down} s")
        time.sleep(args.kafka_down)
        start_kafka()
        return []

    return finish(args, 3, *stream_with_fault(args, 3, n, fault))


def scenario_4(args):
    """200 poison messages straight onto the topic while good articles keep coming through ingest-service."""
    n = args.articles or 300
    poison = {}
    bad = []

    marks = {}

    def fault():
        marks["dlq"] = topic_end("articles-dlq")
        marks["t"] = time.time()
        log(f"writing {args.poison} poison messages onto 'articles'")
        for key, kind, size in probe("poison", BOOTSTRAP, "articles", f"{args.tag}", str(args.poison)):
            poison[key] = (kind, int(size))
        kinds = collections.Counter(k for k, _ in poison.values())
        log(f"{len(poison)} poison messages acknowledged by the broker: {dict(kinds)}")
        return [f"poison written: {dict(kinds)}"]

    sender, pairs, _, drain, notes = stream_with_fault(args, 4, n, fault)
    # wait (cheaply, on end offsets) until the dead-letter topic grew by the number of poison messages, then read it
    recover = None
    while time.time() - marks["t"] < 600:
        if topic_end("articles-dlq") >= marks["dlq"] + len(poison):
            break
        time.sleep(2)
    dlq = dlq_records()
    if sum(1 for r in dlq if r[0] in poison) >= len(poison):
        recover = time.time() - marks["t"]
    found = {}
    for key, size, reason in dlq:
        if key in poison:
            found[key] = (int(size), reason)
    for key, (kind, size) in poison.items():
        if key not in found:
            bad.append(f"{kind} {key} ({size} bytes) not in articles-dlq")
        elif found[key][0] != size:
            bad.append(f"{kind} {key}: {size} bytes written, {found[key][0]} in articles-dlq")
        elif not found[key][1]:
            bad.append(f"{kind} {key}: no dead-letter-reason header")
    reasons = collections.Counter(r.split(":")[0][:60] for _, r in found.values())
    notes.append(f"dead-letter reasons: {dict(reasons.most_common(6))}")
    row = finish(args, 4, sender, pairs, recover, drain, notes, (len(found), args.poison, bad[:8]), dlq)
    return row


def scenario_5(args):
    """Two analysis-service instances in one consumer group; one killed in the middle of the stream."""
    n = args.articles or 1000
    port = ANALYSIS_PORT + 2 if ANALYSIS_PORT + 2 != int(os.environ["QUERY_PORT"]) else ANALYSIS_PORT + 3
    pid2 = start_analysis(port, "analysis-service-2", "analysis-service-2.log")
    notes = []
    try:
        if not await_ready(port):
            raise RuntimeError("the second analysis-service did not become ready")
        deadline = time.time() + 60
        members = group_members()
        while len(members) < 2 and time.time() < deadline:
            time.sleep(1)
            members = group_members()
        log(f"second analysis-service (pid {pid2}, port {port}) ready; group members: {len(members)}")
        notes.append(f"group before the kill: {len(members)} members")

        def fault():
            m = group_members()
            os.kill(pid2, signal.SIGKILL)
            wait_exit(pid2, 10)
            log(f"killed the second analysis-service (pid {pid2}) with SIGKILL; group had {len(m)} members")
            return [f"members at the kill: {' | '.join(' '.join(x.split()[5:]) or x for x in m)}"]

        sender, pairs, recover, drain, more = stream_with_fault(args, 5, n, fault)
        return finish(args, 5, sender, pairs, recover, drain, notes + more)
    finally:
        try:
            os.kill(pid2, signal.SIGKILL)
        except OSError:
            pass
        try:
            os.remove(os.path.join(STATE, "analysis-service-2.pid"))
        except OSError:
            pass


def fmt(x):
    return "-" if x is None else f"{x:.1f}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--scenario", action="append")
    ap.add_argument("--repeat", type=int, default=1, help="run each scenario this many times, a row each")
    ap.add_argument("--articles", type=int)
    ap.add_argument("--concurrency", type=int, default=8)
    ap.add_argument("--rate", type=float, default=100.0)
    ap.add_argument("--poison", type=int, default=200)
    ap.add_argument("--pg-down", type=float, default=20.0)
    ap.add_argument("--kafka-down", type=float, default=10.0)
    ap.add_argument("--tag", default=time.strftime("run%Y%m%d%H%M%S"))
    args = ap.parse_args()
    scenarios = args.scenario or ["1", "2", "2b", "2c", "3", "4", "5"]
    names = {"1": "kill -9 analysis", "2": f"PostgreSQL down {args.pg_down:g} s", "2b": "PostgreSQL down 60 s",
             "2c": "PostgreSQL crash mid-tx", "3": "Kafka restart", "4": "200 poison messages",
             "5": "2 consumers, 1 killed"}
    unknown = [k for k in scenarios if k not in names]
    if unknown:
        sys.exit(f"unknown scenario(s) {unknown}: one of {list(names)}")
    rows = []
    base_tag = args.tag
    for k in scenarios:
        for attempt in range(1, args.repeat + 1):
            args.tag = base_tag if args.repeat == 1 else f"{base_tag}r{attempt}"  # fresh articles for every run
            label = k if args.repeat == 1 else f"{k}#{attempt}"
            print(f"\n== scenario {label}: {names[k]}", flush=True)
            t0 = time.time()
            try:
                row = globals()[f"scenario_{k}"](args)
            except Exception as e:  # a scenario that could not run is a failed scenario, with the reason
                row = Row(k, 0, 0, 0, 0, 0, "-", None, None, None, "FAIL", [f"could not run: {e}"])
            row = row._replace(scenario=label)
            log(f"scenario {label}: {row.result} in {time.time() - t0:.0f} s")
            rows.append(row)
    print()
    header = (f"{'scenario':<26} {'sent':>6} {'acked':>6} {'503s':>6} {'stored':>6} {'dups':>5} {'dead-lettered':<22} "
              f"{'stall s':>7} {'recover s':>9} {'drain s':>8}  result")
    print(header)
    print("-" * len(header))
    for r in rows:
        print(f"{str(r.scenario) + ' ' + names[r.scenario.split('#')[0]]:<26} {r.sent:>6} {r.acked:>6} {r.r503:>6} {r.stored:>6} "
              f"{r.dups:>5} {r.dlq:<22} {fmt(r.stall):>7} {fmt(r.recover):>9} {fmt(r.drain):>8}  {r.result}")
    print()
    for r in rows:
        for note in r.notes:
            print(f"  [{r.scenario}] {note}")
    print("\nstall: longest pause between two stored articles of the scenario; recover: from the fault until every article "
          "acknowledged before it was stored (4: until every poison message was dead-lettered); drain: from the last "
          "answer until every acknowledged article was stored. dups: extra dedupe-log rows + doubled mentions + "
          "doubled quotes.")
    sys.exit(0 if all(r.result == "PASS" for r in rows) else 1)


if __name__ == "__main__":
    main()
