#!/usr/bin/env python3
"""What a phone's browser fetches over the network for one page: first load and warm reload.

Opens the page twice in Debian's headless Chromium at phone size (390x844) with one fresh profile
folder (the second load with the cache of the first), and sums per request, from Chromium's network
log, the body bytes read from the network (URL_REQUEST_JOB_BYTES_READ, or
URL_REQUEST_JOB_FILTERED_BYTES_READ when there are none; as sent, so compressed when the server
compressed) plus the response's status line and headers. Requests answered from the browser's cache
cost nothing; a 304 costs its headers. As a cross-check it also prints the bytes received on the
sockets (plain HTTP only), which include the WebSocket's frames.

    python3 src/test/scripts/page-weight.py http://localhost:18089/join [--runs 3] [--out /tmp/pw]

The first load's screenshot lands in <out>/run<N>-first.png.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile


def load_netlog(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        text = f.read()
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        # A log cut short: close the events array and the object.
        text = text.rstrip().rstrip(",")
        return json.loads(text + "]}")


def weigh(path, origin):
    log = load_netlog(path)
    consts = log["constants"]
    event_name = {v: k for k, v in consts["logEventTypes"].items()}
    source_name = {v: k for k, v in consts["logSourceType"].items()}
    requests = {}
    socket_bytes = 0
    for e in log["events"]:
        name = event_name.get(e["type"], "?")
        src = e["source"]
        params = e.get("params") or {}
        if name == "SOCKET_BYTES_RECEIVED":
            socket_bytes += params.get("byte_count", 0)
        if source_name.get(src["type"]) != "URL_REQUEST":
            continue
        r = requests.setdefault(src["id"], {"url": None, "raw": 0, "filtered": 0, "headers": None, "status": None})
        if name == "URL_REQUEST_START_JOB" and r["url"] is None:
            r["url"] = params.get("url")
        elif name == "URL_REQUEST_JOB_BYTES_READ":
            r["raw"] += params.get("byte_count", 0)
        elif name == "URL_REQUEST_JOB_FILTERED_BYTES_READ":
            r["filtered"] += params.get("byte_count", 0)
        elif name == "HTTP_TRANSACTION_READ_RESPONSE_HEADERS":
            lines = params.get("headers", [])
            r["headers"] = sum(len(h) + 2 for h in lines) + 2
            r["status"] = lines[0] if lines else "?"
    rows = []
    for r in requests.values():
        url = r["url"] or ""
        if not url.startswith(origin) or r["headers"] is None:
            continue  # not ours, or served from the browser's cache without asking
        body = 0 if " 304" in (r["status"] or "") else (r["raw"] or r["filtered"])
        rows.append((url, r["status"], r["headers"], body))
    return rows, socket_bytes


def chromium(url, profile, netlog, screenshot):
    cmd = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
           "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
           f"--user-data-dir={profile}", "--window-size=390,844", f"--log-net-log={netlog}",
           "--virtual-time-budget=15000", f"--screenshot={screenshot}", url]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("url")
    ap.add_argument("--runs", type=int, default=1)
    ap.add_argument("--out", default=tempfile.mkdtemp(prefix="page-weight-"))
    ap.add_argument("--verbose", action="store_true")
    a = ap.parse_args()
    origin = "/".join(a.url.split("/")[:3])
    os.makedirs(a.out, exist_ok=True)
    summary = []
    for run in range(1, a.runs + 1):
        profile = os.path.join(a.out, f"profile{run}")
        shutil.rmtree(profile, ignore_errors=True)
        line = []
        for kind in ("first", "warm"):
            netlog = os.path.join(a.out, f"run{run}-{kind}.json")
            chromium(a.url, profile, netlog, os.path.join(a.out, f"run{run}-{kind}.png"))
            rows, sockets = weigh(netlog, origin)
            total = sum(h + b for _, _, h, b in rows)
            line.append((kind, total, len(rows), sockets))
            if a.verbose:
                print(f"run {run} {kind}:")
                for url, status, h, b in sorted(rows, key=lambda x: -(x[2] + x[3])):
                    print(f"  {(h + b) / 1024:8.1f} KB  {status}  {url[len(origin):][:110]}")
        summary.append(line)
        print(f"run {run}: " + "; ".join(
            f"{k} {t / 1024:.1f} KB in {n} requests (sockets {s / 1024:.1f} KB)" for k, t, n, s in line))
        sys.stdout.flush()
    for i, kind in enumerate(("first", "warm")):
        kbs = [l[i][1] / 1024 for l in summary]
        reqs = [l[i][2] for l in summary]
        print(f"{kind}: {min(kbs):.1f}-{max(kbs):.1f} KB, {min(reqs)}-{max(reqs)} requests over {len(summary)} runs")


if __name__ == "__main__":
    main()
