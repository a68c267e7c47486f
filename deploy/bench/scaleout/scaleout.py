"""Scenarios of deploy/bench/scaleout (run by that script, which brings the isolated pipeline up first).

1. Throughput with 1 and with 2 analysis-service instances in one consumer group: the analysis instances are
   stopped, N articles are posted through ingest-service (they wait on the topic), then K instances are started
   and the rate at which articles are stored is read from PostgreSQL (processed_message.processed_at, the time
   each article's transaction began), over the middle 80% of the articles so that JVM start and warm-up and the
   last stragglers do not count. The same corpus size for each K, fresh articles each time.
2. Exactly once while the group changes: articles stream in at a steady rate with one instance; a second joins
   after a third of the stream, the first leaves (SIGTERM, a rolling update's way) after two thirds; then every
   acknowledged article must be stored exactly once at its acknowledged revision, with no doubled mention or
   quote, no analysis failure and nothing dead-lettered (the checks of deploy/bench/faults, reused from there).

Standard library only; the Kafka and PostgreSQL helpers come from deploy/bench/faults-lib.
"""

import argparse
import os
import signal
import sys
import time

sys.path.insert(0, os.path.join(os.environ["NEWSLENS_ROOT"], "deploy", "bench", "faults-lib"))
import faults  # noqa: E402
from faults import log, psql  # noqa: E402

ANALYSIS_PORT = int(os.environ["ANALYSIS_PORT"])


def name_of(i):
    return "analysis-service" if i == 1 else f"analysis-service-{i}"


def port_of(i):
    # the same ports deploy/local/lib.sh gives instance i
    return ANALYSIS_PORT if i == 1 else ANALYSIS_PORT + 8 + i


def start(i):
    pid = faults.start_analysis(port_of(i), name_of(i), f"{name_of(i)}.log")
    log(f"started {name_of(i)} (pid {pid}, port {port_of(i)})")
    return pid


def stop(i):
    """SIGTERM, as Kubernetes stops a pod: the instance finishes what it holds and leaves the group."""
    pid = faults.pid_of(name_of(i))
    if pid is None:
        return
    os.kill(pid, signal.SIGTERM)
    t0 = time.time()
    if not wait_exit(pid, 40):
        log(f"{name_of(i)} did not stop in 40 s; killing it")
        os.kill(pid, signal.SIGKILL)
        wait_exit(pid, 10)
    try:
        os.remove(os.path.join(faults.STATE, f"{name_of(i)}.pid"))
    except OSError:
        pass
    log(f"stopped {name_of(i)} (pid {pid}) in {time.time() - t0:.1f} s")


def wait_exit(pid, seconds):
    """Waits until the process is gone. The instances this script started are its children: they must be reaped
    (waitpid), or they stay as zombies that a signal-0 probe still finds alive."""
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            done, _ = os.waitpid(pid, os.WNOHANG)
            if done == pid:
                return True
        except ChildProcessError:  # not our child (started by deploy/local/up): probe it
            try:
                os.kill(pid, 0)
            except OSError:
                return True
        time.sleep(0.2)
    return False


def await_group(n, seconds=90):
    deadline = time.time() + seconds
    members = faults.group_members()
    while len(members) != n and time.time() < deadline:
        time.sleep(1)
        members = faults.group_members()
    return len(members)


def store_rate(pairs):
    """Articles stored per second over the middle 80% of these articles (by processed_at), and the whole span."""
    head, data = faults.load_acked(pairs)
    script = head + "\n" + data + "\n\\.\n" + """
WITH t AS (SELECT extract(epoch FROM p.processed_at) AS s, row_number() OVER (ORDER BY p.processed_at) AS k,
                  count(*) OVER () AS n
           FROM processed_message p JOIN acked a ON a.id = p.article_id AND a.revision = p.revision)
SELECT max(n),
       (SELECT s FROM t WHERE k = greatest(1, round(0.1 * n))), (SELECT s FROM t WHERE k = round(0.9 * n)),
       (SELECT count(*) FROM t WHERE k BETWEEN greatest(1, round(0.1 * n)) AND round(0.9 * n)),
       min(s), max(s)
FROM t;
"""
    n, lo, hi, mid, first, last = [float(x) for x in psql(script)[-1]]
    return int(n), (mid - 1) / (hi - lo), last - first


def throughput(args, k, n, label):
    tag = f"{args.tag}-{label}"
    for i in range(1, args.max_instances + 1):
        stop(i)
    log(f"posting {n} articles with no analysis instance running")
    sender = faults.Sender(tag, "t", n, args.concurrency, args.post_rate)
    sender.start()
    sender.join()
    pairs = sender.snapshot()
    if len(pairs) != n:
        raise RuntimeError(f"only {len(pairs)} of {n} acknowledged: {dict(sender.statuses)}")
    t0 = time.time()
    for i in range(1, k + 1):
        start(i)
    for i in range(1, k + 1):
        if not faults.await_ready(port_of(i)):
            raise RuntimeError(f"{name_of(i)} did not become ready")
    members = await_group(k)
    drained = faults.wait_all_stored(pairs, t0, args.timeout)
    if drained is None:
        raise RuntimeError(f"not all {len(pairs)} articles stored after {args.timeout} s")
    n, rate, span = store_rate(pairs)
    log(f"{k} instance(s): {n} stored in {span:.1f} s from the first to the last; {rate:.1f} articles/s over the "
        f"middle 80%; group members {members}")
    return rate, span, n, drained


def join_and_leave(args):
    for i in range(2, args.max_instances + 1):
        stop(i)
    if faults.pid_of(name_of(1)) is None:
        start(1)
    if not faults.await_ready(port_of(1)):
        raise RuntimeError("analysis-service did not become ready")
    await_group(1)
    n = args.stream
    sender = faults.Sender(f"{args.tag}-jl", "j", n, args.concurrency, args.stream_rate)
    sender.start()
    notes = []
    while sender.finished < n // 3 and sender.is_alive():
        time.sleep(0.05)
    log(f"{sender.finished}/{n} answered: a second instance joins")
    start(2)
    if not faults.await_ready(port_of(2)):
        raise RuntimeError("the second analysis-service did not become ready")
    notes.append(f"members after the join: {await_group(2)}")
    while sender.finished < 2 * n // 3 and sender.is_alive():
        time.sleep(0.05)
    log(f"{sender.finished}/{n} answered: the first instance leaves (SIGTERM)")
    stop(1)
    notes.append(f"members after the leave: {await_group(1)}")
    sender.join()
    pairs = sender.snapshot()
    t_end = time.time()
    drain = faults.wait_all_stored(pairs, t_end, args.timeout)
    v = faults.verify(pairs)
    acked = {i for i, _ in pairs}
    good_in_dlq = sum(1 for r in faults.dlq_records() if r[0] in acked)
    ok = (len(pairs) == n and not sender.unacked and not sender.other and drain is not None
          and v["stored"] == n and v["missing"] == 0 and v["processed_rows"] == n and v["dup_mentions"] == 0
          and v["dup_quotes"] == 0 and v["failures"] == 0 and good_in_dlq == 0)
    log(f"stream of {n}: {len(pairs)} acknowledged, {int(v['stored'])} stored, {int(v['missing'])} missing, "
        f"{int(v['processed_rows'])} dedupe rows, {int(v['dup_mentions'])} doubled mentions, "
        f"{int(v['dup_quotes'])} doubled quotes, {int(v['failures'])} failures, {good_in_dlq} dead-lettered; "
        f"{'; '.join(notes)}; longest pause between two stored articles {v['stall']:.1f} s")
    return ok, v, good_in_dlq, notes, len(pairs)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=2000, help="articles per throughput round")
    ap.add_argument("--rounds", type=int, default=2, help="rounds of (1 instance, 2 instances)")
    ap.add_argument("--warmup", type=int, default=1000,
                    help="articles analysed first, not measured: the first articles create most entities and rollup rows")
    ap.add_argument("--stream", type=int, default=2400, help="articles in the join-and-leave stream")
    ap.add_argument("--stream-rate", type=float, default=20.0)
    ap.add_argument("--post-rate", type=float, default=1000.0)
    ap.add_argument("--concurrency", type=int, default=8)
    ap.add_argument("--timeout", type=float, default=900.0)
    ap.add_argument("--max-instances", type=int, default=2)
    ap.add_argument("--tag", default=time.strftime("so%Y%m%d%H%M%S"))
    args = ap.parse_args()

    if args.warmup:
        print(f"\n== warm-up: {args.warmup} articles with {args.max_instances} instances (not measured)", flush=True)
        throughput(args, args.max_instances, args.warmup, "warmup")
    rates = []
    for r in range(1, args.rounds + 1):
        for k in range(1, args.max_instances + 1):
            print(f"\n== round {r}: throughput with {k} analysis instance(s)", flush=True)
            rates.append((r, k, *throughput(args, k, args.articles, f"r{r}k{k}")))
    print("\n== exactly once while an instance joins and another leaves", flush=True)
    ok, v, dlq, notes, acked = join_and_leave(args)

    threads = os.environ.get("ANALYSIS_THREADS", "2")
    print(f"\nround  instances  articles  stored/s (middle 80%)  first-to-last s  all stored after s  "
          f"(ANALYSIS_THREADS={threads} each, {os.environ.get('ARTICLES_PARTITIONS')} partitions, {os.cpu_count()} cores)")
    for r, k, rate, span, n, drained in rates:
        print(f"{r:>5}  {k:>9}  {n:>8}  {rate:>21.1f}  {span:>15.1f}  {drained:>18.1f}")
    for r in range(1, args.rounds + 1):
        one = [x[2] for x in rates if x[0] == r and x[1] == 1]
        two = [x[2] for x in rates if x[0] == r and x[1] == 2]
        if one and two:
            print(f"round {r}: 2 vs 1 instance x{two[0] / one[0]:.2f}")
    print(f"\njoin and leave: {args.stream} sent, {acked} acknowledged, {int(v['stored'])} stored, "
          f"{int(v['processed_rows'])} dedupe rows, {int(v['dup_mentions']) + int(v['dup_quotes'])} doubled rows, "
          f"{int(v['failures'])} failures, {dlq} dead-lettered: {'PASS' if ok else 'FAIL'} ({'; '.join(notes)})")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
