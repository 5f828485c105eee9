"""The pre-send door under load: `replylint serve` on loopback, 50 concurrent clients.

    .venv/bin/python bench/serve.py                        # workers 1, 2, 3; prints a Markdown table
    .venv/bin/python bench/serve.py --workers 2 --requests 2000 --seconds 5    # a quick look

For each worker count it starts the real server (a fresh `replylint serve` process, access
log on, written to a scratch file) and, from a separate client process:

1. 100 warm-up requests, then the server's memory (RSS of its processes, summed);
2. closed loop: 50 clients on keep-alive connections, each sending its next request as soon as
   the last one is answered, 10,000 requests in all: the most requests per second the
   server sustains, and latency at that saturation (by Little's law, about 50 / rps);
3. open loop: 50 clients, each sending at fixed times so that together they offer a fixed rate
   (400 and 600 requests/s by default) for --seconds each; latency counts from the time a
   request was due, so a slow answer cannot hide the requests that queued behind it;
4. the server's memory again, after more than 10,000 requests.

Every answer is checked: status 200 and the findings expected for the reply (counted as an
error otherwise, as is a failed connection). Medians and percentiles, never one run's time.

The client is a minimal HTTP/1.1 keep-alive client on asyncio streams (uvloop when present), so
that the load generator, which shares the 2 cores with the server, costs as little as it can.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import signal
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REPLYLINT = str(Path(sys.executable).with_name("replylint"))

# A typical email reply of about 500 characters, with two things to fix (made up for this bench).
REPLY = """山田太郎様

いつも当店をご利用いただき、誠にありがとうございます。
カスタマーサポート担当の佐藤でございます。

このたびは、ご注文の商品がお手元に届いていないとのこと、ご不便をおかけしており申し訳ございません。
お問い合わせいただいた注文番号をもとに配送状況を確認いたしましたところ、配送センターでの仕分けに遅れが出ており、現在も輸送中となっておりました。
配送業者に確認したところ、明後日の午前中にはお届けできる見込みとのことです。
なお、お届け日時のご希望がございましたら、このメールにご返信いただければ、こちらで配送業者へお伝えいたします。

また、ご指摘いただいたサイトのレイテンシにつきましては、担当部署にて原因を調査しております。
結果がわかりしだい、あらためてご連絡いたします。

お手数をおかけしますが、商品がお手元に届きましたら、内容に不足や破損がないかご確認ください。
お急ぎのところご迷惑をおかけし、誠に申し訳ございません。
ほかにもご不明な点がございましたら、お気軽にお問い合わせください。
今後ともどうぞよろしくお願いいたします。

――――――――――――――――
株式会社サンプル商店 カスタマーサポート
佐藤 花子
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def server_pids(pid: int) -> list[int]:
    """The server process and its children (uvicorn's workers)."""
    found, todo = [], [pid]
    while todo:
        p = todo.pop()
        found.append(p)
        try:
            for task in Path(f"/proc/{p}/task").iterdir():
                todo.extend(int(c) for c in (task / "children").read_text().split())
        except OSError:
            pass
    return found


def rss_kib(pid: int) -> int:
    """RSS of the server's processes, summed."""
    total = 0
    for p in server_pids(pid):
        try:
            status = Path(f"/proc/{p}/status").read_text()
            total += int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmRSS:")))
        except (OSError, StopIteration):
            pass
    return total


def cpu_seconds(pid: int) -> float:
    """User + system CPU time used so far by the server's processes: what a request costs the
    server, whatever else the machine is doing at the time."""
    ticks = 0
    for p in server_pids(pid):
        try:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
            ticks += int(fields[11]) + int(fields[12])
        except OSError:
            pass
    return ticks / os.sysconf("SC_CLK_TCK")


def busy_elsewhere() -> float:
    """The 1-minute load average, for the record: the machine may be shared."""
    return os.getloadavg()[0]


def start_server(workers: int, log: Path) -> tuple[subprocess.Popen, int]:
    port = free_port()
    out = log.open("wb")
    proc = subprocess.Popen([REPLYLINT, "serve", "--port", str(port), "--workers", str(workers)],
                            stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    import urllib.request
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/readyz", timeout=1) as r:
                if r.status == 200:
                    break
        except OSError:
            time.sleep(0.1)
    else:
        proc.kill()
        raise SystemExit(f"server did not start; see {log}")
    # with several workers, each loads the rules: wait until all of them answer
    time.sleep(1.0 + workers)
    return proc, port


# -- the client ---------------------------------------------------------------------

class Stats:
    def __init__(self) -> None:
        self.latencies: list[float] = []
        self.errors = 0


def request_bytes(port: int, body: bytes) -> bytes:
    return (f"POST /v1/lint HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\n\r\n").encode() + body


async def exchange(reader, writer, req: bytes, expected: bytes) -> bool:
    writer.write(req)
    status = await reader.readline()
    length = 0
    while True:
        line = await reader.readline()
        if line in (b"\r\n", b""):
            break
        if line[:15].lower() == b"content-length:":
            length = int(line[15:])
    body = await reader.readexactly(length)
    return status.startswith(b"HTTP/1.1 200") and expected in body


async def attempt(port, reader, writer, req, expected):
    """One request; a broken connection counts as an error and is replaced by a new one.
    Returns (ok, reader, writer)."""
    try:
        return await exchange(reader, writer, req, expected), reader, writer
    except (OSError, asyncio.IncompleteReadError, ValueError):
        writer.close()
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        return False, reader, writer


async def closed_client(port, req, expected, count, stats: Stats) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    for _ in range(count):
        began = time.perf_counter()
        ok, reader, writer = await attempt(port, reader, writer, req, expected)
        stats.latencies.append(time.perf_counter() - began)
        stats.errors += not ok
    writer.close()


async def open_client(port, req, expected, rate, seconds, offset, stats: Stats) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    loop = asyncio.get_running_loop()
    start = loop.time() + offset
    n = int(rate * seconds)
    for k in range(n):
        due = start + k / rate
        delay = due - loop.time()
        if delay > 0:
            await asyncio.sleep(delay)
        ok, reader, writer = await attempt(port, reader, writer, req, expected)
        stats.latencies.append(loop.time() - due)  # from when it was due: no coordinated omission
        stats.errors += not ok
    writer.close()


def pct(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=1000, method="inclusive")[int(q * 10) - 1] if len(values) > 1 else values[0]


def summary(stats: Stats, elapsed: float) -> dict:
    lat = sorted(stats.latencies)
    return {"requests": len(lat), "errors": stats.errors, "rps": len(lat) / elapsed,
            "p50_ms": statistics.median(lat) * 1000, "p90_ms": pct(lat, 90) * 1000,
            "p99_ms": pct(lat, 99) * 1000, "max_ms": lat[-1] * 1000}


async def client_main(port: int, mode: str, clients: int, total: int, rate: float, seconds: float) -> dict:
    body = json.dumps({"text": REPLY, "channel": "email"}, ensure_ascii=False).encode()
    req = request_bytes(port, body)
    expected = b'"rule":"jargon/term"'
    if mode == "health":  # the HTTP stack alone: no body, no lint
        req, expected, mode = f"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n".encode(), b'"ok"', "closed"
    stats = Stats()
    began = time.perf_counter()
    if mode == "closed":
        per = total // clients
        await asyncio.gather(*(closed_client(port, req, expected, per, stats) for _ in range(clients)))
    else:
        each = rate / clients
        await asyncio.gather(*(open_client(port, req, expected, each, seconds, i / rate, stats)
                               for i in range(clients)))
    return summary(stats, time.perf_counter() - began)


def run_client(port: int, mode: str, clients: int, total: int = 0, rate: float = 0, seconds: float = 0) -> dict:
    """The load generator, in its own process (it must not share a GIL with anything)."""
    args = [sys.executable, __file__, "--client", str(port), mode, str(clients), str(total), str(rate), str(seconds)]
    out = subprocess.run(args, capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


# -- in-process reference ---------------------------------------------------------------

def in_process(n: int = 2000) -> dict:
    import replylint
    linter = replylint.get_linter()
    for _ in range(50):
        linter.lint(REPLY, "email")
    times = []
    for _ in range(n):
        t = time.perf_counter()
        linter.lint(REPLY, "email")
        times.append(time.perf_counter() - t)
    return {"p50_ms": statistics.median(times) * 1000, "p99_ms": pct(times, 99) * 1000}


def bench(workers: int, args, scratch: Path) -> dict:
    proc, port = start_server(workers, scratch / f"serve-{workers}.log")
    try:
        run_client(port, "closed", args.clients, total=4 * args.clients)  # reaches every worker
        warm = run_client(port, "closed", 10, total=100)
        rss_100 = rss_kib(proc.pid)
        load = busy_elsewhere()
        cpu0 = cpu_seconds(proc.pid)
        closed = run_client(port, "closed", args.clients, total=args.requests)
        closed["server_cpu_ms"] = (cpu_seconds(proc.pid) - cpu0) * 1000 / closed["requests"]
        cpu0 = cpu_seconds(proc.pid)
        health = run_client(port, "health", args.clients, total=args.requests // 2)
        health["server_cpu_ms"] = (cpu_seconds(proc.pid) - cpu0) * 1000 / health["requests"]
        opened = {r: run_client(port, "open", args.clients, rate=r, seconds=args.seconds) for r in args.rates}
        served = 4 * args.clients + warm["requests"] + closed["requests"] + health["requests"] + sum(o["requests"] for o in opened.values())
        rss_after = rss_kib(proc.pid)
        return {"workers": workers, "load": load, "closed": closed, "health": health, "open": opened, "rss_100_kib": rss_100,
                "rss_after_kib": rss_after, "served": served}
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()


def table(results: list[dict], rates: list[float], ref: dict, clients: int) -> str:
    lines = [f"In-process `lint` of the same reply: p50 {ref['p50_ms']:.2f} ms, p99 {ref['p99_ms']:.2f} ms.", "",
             f"Closed loop, {clients} clients, each sending its next request when answered:", "",
             "| workers | load avg before | requests | errors | requests/s | p50 ms | p90 ms | p99 ms | max ms | server CPU ms/request | RSS after 100 | RSS after all | requests served |",
             "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for r in results:
        c = r["closed"]
        lines.append(f"| {r['workers']} | {r['load']:.1f} | {c['requests']:,} | {c['errors']} | {c['rps']:.0f} | {c['p50_ms']:.1f} | "
                     f"{c['p90_ms']:.1f} | {c['p99_ms']:.1f} | {c['max_ms']:.1f} | {c['server_cpu_ms']:.2f} | {r['rss_100_kib'] / 1024:.0f} MB | "
                     f"{r['rss_after_kib'] / 1024:.0f} MB | {r['served']:,} |")
    lines += ["", "The HTTP stack alone (`GET /healthz`, same clients, closed loop): what uvicorn and Starlette cost without a body or a lint:", "",
              "| workers | requests | errors | requests/s | p50 ms | p99 ms | server CPU ms/request |", "|---:|---:|---:|---:|---:|---:|---:|"]
    for r in results:
        h = r["health"]
        lines.append(f"| {r['workers']} | {h['requests']:,} | {h['errors']} | {h['rps']:.0f} | {h['p50_ms']:.1f} | "
                     f"{h['p99_ms']:.1f} | {h['server_cpu_ms']:.2f} |")
    lines += ["", f"Open loop, {clients} clients offering a fixed total rate (latency from when each request was due):", "",
              "| workers | offered/s | requests | errors | achieved/s | p50 ms | p90 ms | p99 ms | max ms |",
              "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for r in results:
        for rate in rates:
            o = r["open"][rate]
            lines.append(f"| {r['workers']} | {rate:.0f} | {o['requests']:,} | {o['errors']} | {o['rps']:.0f} | "
                         f"{o['p50_ms']:.1f} | {o['p90_ms']:.1f} | {o['p99_ms']:.1f} | {o['max_ms']:.1f} |")
    return "\n".join(lines)


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--client":
        port, mode, clients, total, rate, seconds = sys.argv[2:8]
        try:
            import uvloop
            uvloop.install()
        except ImportError:
            pass
        print(json.dumps(asyncio.run(client_main(int(port), mode, int(clients), int(total), float(rate), float(seconds)))))
        return
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2, 3])
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--requests", type=int, default=10_000, help="closed-loop requests per worker count")
    ap.add_argument("--rates", type=float, nargs="+", default=[400, 600], help="open-loop offered rates")
    ap.add_argument("--seconds", type=float, default=10, help="open-loop duration per rate")
    args = ap.parse_args()
    scratch = ROOT / "bench" / "out"
    scratch.mkdir(parents=True, exist_ok=True)
    print(f"# {time.strftime('%Y-%m-%d')}, {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"reply of {len(REPLY)} characters", flush=True)
    ref = in_process()
    results = []
    for w in args.workers:
        results.append(bench(w, args, scratch))
        print(json.dumps(results[-1]), file=sys.stderr, flush=True)
    print(table(results, args.rates, ref, args.clients))


if __name__ == "__main__":
    main()
