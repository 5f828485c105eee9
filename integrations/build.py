"""Assemble the installable helpdesk apps from their sources and the one shared module.

    python3 integrations/build.py [OUT]        (default: integrations/dist)

The verdict, the fail-open timer, the Japanese messages and the findings panel live once, in
shared/. Each helpdesk packages only its own folder, so the shared files are copied in here:

    OUT/zendesk/    the Zendesk app folder (zcli apps:package OUT/zendesk)
    OUT/freshdesk/  the Freshdesk app folder (cd OUT/freshdesk && fdk pack)
    OUT/web/replylint-check.js   one file for any other web helpdesk (core + panel style + script)

Standard library only; nothing is fetched.
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE / "shared"
CORE = "replylint-core.js"
PANEL_CSS = "replylint-panel.css"
# Where each app's pages load the shared files from (relative to the app folder).
PLACES = {"zendesk": {"scripts": "assets", "styles": "assets"},
          "freshdesk": {"scripts": "app/scripts", "styles": "app/styles"}}


def build(out: Path) -> dict[str, Path]:
    out = Path(out)
    built = {}
    for app, place in PLACES.items():
        dest = out / app
        if dest.exists():
            shutil.rmtree(dest)
        shutil.copytree(HERE / app, dest)
        shutil.copy2(SHARED / CORE, dest / place["scripts"] / CORE)
        shutil.copy2(SHARED / PANEL_CSS, dest / place["styles"] / PANEL_CSS)
        built[app] = dest
    web = out / "web"
    web.mkdir(parents=True, exist_ok=True)
    css = (SHARED / PANEL_CSS).read_text(encoding="utf-8")
    bundle = "\n".join([
        "// replylint-check.js (built by integrations/build.py from shared/ and web/; edit those).",
        (SHARED / CORE).read_text(encoding="utf-8"),
        f"globalThis.ReplylintPanelCss = {json.dumps(css, ensure_ascii=False)};",
        (HERE / "web" / "replylint-check.js").read_text(encoding="utf-8"),
    ])
    (web / "replylint-check.js").write_text(bundle, encoding="utf-8")
    built["web"] = web / "replylint-check.js"
    return built


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "dist"
    for name, path in build(target).items():
        print(f"{name}: {path}")
