"""One entry point for every input file: the reader is chosen by the file's extension.

| extension | reader | replies | mode |
|---|---|---|---|
| `.json` | jsonfile (Zendesk macro export or generic list) | one per macro / item | template |
| `.jsonl`, `.ndjson` | jsonfile | one per line | template |
| `.csv`, `.tsv` | csvfile | one per row | template |
| `.yaml`, `.yml` | yamlfile | one per item / key | template |
| `.md`, `.markdown` | markdown (front matter blanked) | one | command line |
| `.html`, `.htm` | htmlfile (the shown text, mapped back to the source) | one | command line |
| `.eml` | mail (the reply's own text, quoted history kept as quoted) | one | command line |
| anything else | text | one | command line |

Every problem is an InputError naming the file and what is wrong; never a traceback.
"""

from __future__ import annotations

import importlib
import os
from pathlib import Path

from .text import Reply
from .text import read_path as read_text_path

# extension -> (module, function). A reader's module is imported when a file needs it: a
# draft never pays for the CSV, JSON (HTML) and YAML readers (cold start).
READERS: dict[str, tuple[str, str]] = {
    ".json": ("jsonfile", "read_json"),
    ".jsonl": ("jsonfile", "read_jsonl"),
    ".ndjson": ("jsonfile", "read_jsonl"),
    ".csv": ("csvfile", "read_csv"),
    ".tsv": ("csvfile", "read_tsv"),
    ".yaml": ("yamlfile", "read_yaml"),
    ".yml": ("yamlfile", "read_yaml"),
    ".md": ("markdown", "read_markdown"),
    ".markdown": ("markdown", "read_markdown"),
    ".html": ("htmlfile", "read_html"),
    ".htm": ("htmlfile", "read_html"),
    ".eml": ("mail", "read_eml"),
}


def _suffix(path: str) -> str:
    """Path(path).suffix, without building a Path for an ordinary file name (a folder of
    20,000 drafts asks 20,000 times)."""
    name = os.path.split(path)[1]
    if name in ("", ".", ".."):  # (Path reads these otherwise: its last part is another)
        return Path(path).suffix
    i = name.rfind(".")
    return name[i:] if 0 < i < len(name) - 1 else ""


def read_path(path: str, limit: int | None = None, encoding: str | None = None) -> list[Reply]:
    """The replies in one file (several for a macro library, one for a draft). `limit`: the most
    bytes read from it (None: text.MAX_BYTES for a draft, records.LIBRARY_MAX_BYTES for a library);
    `encoding`: the file's encoding (None: detected, see text.detect)."""
    reader = READERS.get(_suffix(path).lower())
    if reader is None:
        return read_text_path(path, limit, encoding)
    module, func = reader
    return getattr(importlib.import_module(f"{__package__}.{module}"), func)(path, limit=limit, encoding=encoding)
