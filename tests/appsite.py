"""The built helpdesk apps served from a loopback origin, with a service that answers too late.

Used by tests/test_integrations.py and bench/integrations.py.
"""

from __future__ import annotations

import http.server
import importlib.util
import threading
import time
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
STANDINS = ROOT / "tests" / "integrations"
SLOW_SECONDS = 12  # longer than any app's time limit, and than Zendesk's own wait for a hook


def build_apps(out: Path) -> dict[str, Path]:
    """integrations/build.py, as an admin runs it."""
    spec = importlib.util.spec_from_file_location("integrations_build", ROOT / "integrations" / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.build(out)


class Handler(http.server.SimpleHTTPRequestHandler):
    """Static files, and POST /slow/v1/lint: a service that holds the request, then gives up."""

    def do_POST(self):
        if self.path == "/slow/v1/lint":
            self.rfile.read(int(self.headers.get("Content-Length", 0)))
            time.sleep(SLOW_SECONDS)
            self.send_response(503)
            self.end_headers()
            return
        self.send_error(404)

    def log_message(self, *args):  # quiet: the output is for failures
        pass


class Site:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), partial(Handler, directory=str(root)))
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
