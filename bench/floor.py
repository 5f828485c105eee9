"""The floor: tokenizing every file with the default backend and nothing else.

    python bench/floor.py FILE_OR_DIR...

What any tokenizer-based linter must pay at least: read each file, run fugashi (unidic-lite)
over it and split each node's feature_raw. Prints the character count.
"""

from __future__ import annotations

import sys
from pathlib import Path

import fugashi
import unidic_lite


def main(args: list[str]) -> None:
    tagger = fugashi.GenericTagger(f'-d "{unidic_lite.DICDIR}" -r /dev/null')
    files = [f for a in args for f in (sorted(Path(a).glob("*.txt")) if Path(a).is_dir() else [Path(a)])]
    chars = 0
    for path in files:
        text = path.read_text(encoding="utf-8")
        chars += len(text)
        for node in tagger(text):
            node.surface
            node.feature_raw.split(",", 18)
    print(chars)


if __name__ == "__main__":
    main(sys.argv[1:])
