"""One entry point for every input file: the reader is chosen by the file's extension.

| extension | reader | replies | mode |
|---|---|---|---|
| `.json` | jsonfile (Zendesk macro export or generic list) | one per macro / item | template |
| `.jsonl`, `.ndjson` | jsonfile | one per line | template |
| `.csv`, `.tsv` | csvfile | one per row | template |
| `.yaml`, `.yml` | yamlfile | one per item / key | template |
| `.md`, `.markdown` | markdown (front matter blanked) | one | command line |
| anything else | text | one | command line |

Every problem is an InputError naming the file and what is wrong; never a traceback.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from .csvfile import read_csv, read_tsv
from .jsonfile import read_json, read_jsonl
from .markdown import read_markdown
from .text import Reply
from .text import read_path as read_text_path
from .yamlfile import read_yaml

READERS: dict[str, Callable[[str], list[Reply]]] = {
    ".json": read_json,
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
    ".csv": read_csv,
    ".tsv": read_tsv,
    ".yaml": read_yaml,
    ".yml": read_yaml,
    ".md": read_markdown,
    ".markdown": read_markdown,
}


def read_path(path: str) -> list[Reply]:
    """The replies in one file (several for a macro library, one for a draft)."""
    return READERS.get(Path(path).suffix.lower(), read_text_path)(path)
