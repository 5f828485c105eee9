"""Linting one draft from the command line loads only what a draft needs (cold start)."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import ROOT

# What a single draft never needs: other input formats, the second tokenizer, servers and
# networking, worker processes, config parsing when there is no config file.
NOT_ON_THE_DRAFT_PATH = ("html", "http", "socket", "ssl", "asyncio", "email", "xml", "sqlite3",
                         "multiprocessing", "concurrent", "tomllib", "sudachipy", "mcp", "replylint.mcp",
                         "replylint.readers.csvfile", "replylint.readers.jsonfile",
                         "replylint.readers.zendesk", "replylint.readers.htmltext",
                         "replylint.readers.yamlfile", "replylint.readers.markdown",
                         "replylint.readers.mail", "replylint.readers.htmlfile", "replylint.readers.sourcemap",
                         "charset_normalizer")

SCRIPT = """
import json, sys
from replylint.cli import main
sys.argv = ["replylint", sys.argv[1]]
try:
    main()
except SystemExit as exc:
    code = exc.code
print(json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""


def test_one_draft_imports_nothing_it_does_not_need(tmp_path):
    draft = tmp_path / "draft.txt"
    draft.write_text((ROOT / "examples" / "email-with-problems.txt").read_text("utf-8"), encoding="utf-8")
    out = subprocess.run([sys.executable, "-c", SCRIPT, str(draft)], cwd=tmp_path,
                         capture_output=True, text=True, check=True).stdout
    result = json.loads(out.strip().splitlines()[-1])
    assert result["code"] == 1  # the example has findings: it was really linted
    loaded = set(result["modules"])
    assert "replylint.tokenize.fugashi_backend" in loaded
    heavy = sorted(m for m in loaded for name in NOT_ON_THE_DRAFT_PATH if m == name or m.startswith(name + "."))
    assert heavy == []
