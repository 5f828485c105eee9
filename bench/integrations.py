"""How long the helpdesk hook and the MCP tool take (issue 18). Medians, never one run's time.

    .venv/bin/python bench/integrations.py                 # both parts; prints Markdown tables
    .venv/bin/python bench/integrations.py --saves 10 --calls 50 --outages 3   # a quick look

1. The Zendesk app's `ticket.save` hook in headless Chromium (the app built by
   integrations/build.py, the ZAFClient stand-in of the tests, a real `replylint serve` on
   loopback): the time from the save to the hook's verdict, measured in the page
   (performance.now()), for a reply the service answers, and with the app's default time
   limit (3 s) against a service that holds the request and against a stopped one (fail-open).
2. `replylint mcp` over stdio with the SDK's client: the time from starting the process to the
   first `lint_reply` answer, and the round trip of `lint_reply` once started, beside the
   in-process `replylint.lint()` of the same reply.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "bench"))

from appsite import STANDINS, Site, build_apps  # noqa: E402
from serve import REPLY  # noqa: E402 - the same ~500-character email reply as bench/serve.py
from serverutil import free_port, start  # noqa: E402

TOKEN = "bench-integrations-token-0123456789"


def pct(values, q):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


def hook_times(browser, site_url, service_url, n, limit_ms=None) -> list[float]:
    settings = {"service_url": service_url, "token": TOKEN}
    if limit_ms is not None:
        settings["time_limit_ms"] = limit_ms
    cfg = {"comment": REPLY, "via": "email", "settings": settings}
    context = browser.new_context(locale="ja-JP")
    page = context.new_page()
    page.route("https://static.zdassets.com/**",
               lambda route, request: route.fulfill(path=str(STANDINS / "zaf-standin.js"),
                                                    content_type="text/javascript"))
    page.add_init_script(f"window.__zafConfig = {json.dumps(cfg)};")
    page.goto(site_url + "/zendesk/assets/iframe.html")
    page.wait_for_function("() => window.__zaf && window.__zaf.registered().includes('ticket.save')")
    times = []
    for _ in range(n):
        ms, verdict = page.evaluate("""async () => {
            const t = performance.now(); const v = await window.__zaf.save(); return [performance.now() - t, v];
        }""")
        times.append(ms)
    context.close()
    return times, verdict


def bench_hook(args) -> list[str]:
    from playwright.sync_api import sync_playwright

    from test_page import chromium_path

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "apps"
        build_apps(root)
        site = Site(root)
        service = start(Path(tmp), "--cors-origin", site.url, env={"REPLYLINT_TOKEN": TOKEN})
        try:
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=chromium_path(), args=["--no-sandbox"])
                hook_times(browser, site.url, service.url, 5)  # warm-up
                answered, verdict = hook_times(browser, site.url, service.url, args.saves)
                assert verdict["allowed"] is True, verdict
                held, verdict = hook_times(browser, site.url, site.url + "/slow", args.outages)
                assert verdict["allowed"] is True, verdict
                stopped, verdict = hook_times(browser, site.url, f"http://127.0.0.1:{free_port()}", args.outages)
                assert verdict["allowed"] is True, verdict
                browser.close()
        finally:
            service.stop()
            site.close()
    rows = [("service answers (the email reply: 2 findings, not blocking)", answered),
            ("service holds the request (default limit 3 s)", held),
            ("service stopped (closed port)", stopped)]
    out = ["| Zendesk `ticket.save` hook | saves | verdict | p50 ms | p90 ms | min ms | max ms |",
           "|---|---:|---|---:|---:|---:|---:|"]
    for name, t in rows:
        out.append(f"| {name} | {len(t)} | send | {statistics.median(t):.0f} | {pct(t, 90):.0f} | "
                   f"{min(t):.0f} | {max(t):.0f} |")
    return out


async def mcp_times(calls: int, starts: int):
    from mcp import Client
    from mcp.client.stdio import StdioServerParameters

    replylint = str(Path(sys.executable).with_name("replylint"))
    params = StdioServerParameters(command=replylint, args=["mcp"])
    args = {"text": REPLY, "channel": "email"}
    cold = []
    for _ in range(starts):
        t = time.perf_counter()
        async with Client(params) as client:
            result = await client.call_tool("lint_reply", args)
            cold.append((time.perf_counter() - t) * 1000)
    assert not result.is_error
    warm = []
    async with Client(params) as client:
        for _ in range(20):
            await client.call_tool("lint_reply", args)
        for _ in range(calls):
            t = time.perf_counter()
            await client.call_tool("lint_reply", args)
            warm.append((time.perf_counter() - t) * 1000)
    return cold, warm


def bench_mcp(args) -> list[str]:
    import replylint

    cold, warm = asyncio.run(mcp_times(args.calls, args.starts))
    linter = replylint.get_linter()
    for _ in range(20):
        linter.lint(REPLY, "email")
    inproc = []
    for _ in range(args.calls):
        t = time.perf_counter()
        linter.lint(REPLY, "email")
        inproc.append((time.perf_counter() - t) * 1000)
    return ["| `replylint mcp` | runs | p50 ms | p90 ms | p99 ms |", "|---|---:|---:|---:|---:|",
            f"| start the process → first `lint_reply` answer | {len(cold)} | {statistics.median(cold):.0f} | "
            f"{pct(cold, 90):.0f} | {pct(cold, 99):.0f} |",
            f"| `lint_reply` round trip, started | {len(warm)} | {statistics.median(warm):.1f} | "
            f"{pct(warm, 90):.1f} | {pct(warm, 99):.1f} |",
            f"| in-process `replylint.lint()`, same reply | {len(inproc)} | {statistics.median(inproc):.1f} | "
            f"{pct(inproc, 90):.1f} | {pct(inproc, 99):.1f} |"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--saves", type=int, default=50, help="hook runs against the answering service")
    parser.add_argument("--outages", type=int, default=5, help="hook runs against each outage")
    parser.add_argument("--calls", type=int, default=200, help="lint_reply calls once started")
    parser.add_argument("--starts", type=int, default=5, help="fresh `replylint mcp` processes")
    args = parser.parse_args()
    print(f"{time.strftime('%Y-%m-%d')}, Python {platform.python_version()}, {len(REPLY)}-character reply\n")
    print("\n".join(bench_hook(args)))
    print()
    print("\n".join(bench_mcp(args)))


if __name__ == "__main__":
    main()
