#!/usr/bin/env python3
"""What else the machine was doing while a timed group ran.

  cpuwatch.py OUT_FILE DBNAME PID
      samples every second until SIGTERM, then writes "load1=L others=C" to OUT_FILE: L the highest 1-minute load
      average seen, C the mean CPU (in cores) used by processes that are not the benchmark's: not PID (the run
      script) or its descendants (the service, wrk, pgbench), and not a PostgreSQL backend of DBNAME (its process
      title names the database).

The load average counts the benchmark's own work too (8 requests in flight keep more than 2 tasks runnable), so on
this 2-core machine it is above the core count in every timed group; "others" is the share the benchmark did not
cause: another build, test or benchmark on the shared machine.
"""
import os
import signal
import sys
import time

HZ = os.sysconf("SC_CLK_TCK")


def busy_jiffies():
    with open("/proc/stat") as f:
        cpu = f.readline().split()[1:]
    user, nice, system, idle, iowait, irq, softirq, steal = (int(x) for x in cpu[:8])
    return user + nice + system + irq + softirq + steal


def processes():
    """pid -> (ppid, utime + stime, is a backend of the database)"""
    out = {}
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat") as f:
                stat = f.read()
            with open(f"/proc/{name}/cmdline", "rb") as f:
                cmdline = f.read().replace(b"\0", b" ").decode("utf-8", "replace")
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2:].split()
        # fields[0] is the state (field 3); ppid is field 4, utime 14, stime 15
        out[int(name)] = (int(fields[1]), int(fields[11]) + int(fields[12]), (" " + DB + " ") in cmdline)
    return out


def ours(procs):
    mine = set()
    for pid in procs:
        p, chain = pid, []
        while p in procs and p not in mine and p != ROOT and p > 1:
            chain.append(p)
            p = procs[p][0]
        if p == ROOT or p in mine:
            mine.update(chain)
            mine.add(ROOT)
    return mine


stop = False


def on_term(*_):
    global stop
    stop = True


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    OUT, DB, ROOT = sys.argv[1], sys.argv[2], int(sys.argv[3])
    signal.signal(signal.SIGTERM, on_term)
    load1 = 0.0
    others = 0
    start = time.time()
    before_busy, before = busy_jiffies(), processes()
    while not stop:
        time.sleep(1)
        with open("/proc/loadavg") as f:
            load1 = max(load1, float(f.read().split()[0]))
        busy, now = busy_jiffies(), processes()
        mine = ours(now)
        ours_delta = sum(now[p][1] - before[p][1] for p in now
                         if p in before and (p in mine or now[p][2]) and now[p][1] >= before[p][1])
        others += max(0, (busy - before_busy) - ours_delta)
        before_busy, before = busy, now
    seconds = max(time.time() - start, 1e-9)
    with open(OUT, "w") as f:
        f.write("load1=%.1f others=%.2f\n" % (load1, others / HZ / seconds))
