"""The floor: tokenizing every file with the default backend and nothing else.

    python bench/floor.py [--lines] FILE_OR_DIR...

What any tokenizer-based linter must pay at least: read each file, run fugashi (unidic-lite)
over it and get every word's surface and features into Python. Prints the character count.

- default: walk fugashi's node objects and split each node's feature_raw (the usual way to
  use fugashi, and the floor the shared reference figures use);
- --lines: have MeCab write one line per word with the fields replylint reads, and split the
  lines, which is how replylint's backend reads MeCab (a lower floor: no node objects).
"""

from __future__ import annotations

import sys
from pathlib import Path

import fugashi
import unidic_lite

_FIELDS = r"%m\\t%f[0],%f[1],%f[2],%f[3],%f[4],%f[5]"
_LINES = (rf'-O "" -F "{_FIELDS}\\t%f[10]\\t%f[7]\\t%f[17]\\n" -U "{_FIELDS}\\n" -B "" -E "EOS"')


def main(args: list[str]) -> None:
    lines = "--lines" in args
    args = [a for a in args if a != "--lines"]
    tagger = fugashi.GenericTagger(f'-d "{unidic_lite.DICDIR}" -r /dev/null' + (" " + _LINES if lines else ""))
    files = [f for a in args for f in (sorted(Path(a).glob("*.txt")) if Path(a).is_dir() else [Path(a)])]
    chars = 0
    for path in files:
        text = path.read_text(encoding="utf-8")
        chars += len(text)
        if lines:
            for line in tagger.parse(text).split("\n"):
                line.split("\t")
        else:
            for node in tagger(text):
                node.surface
                node.feature_raw.split(",", 18)
    print(chars)


if __name__ == "__main__":
    main(sys.argv[1:])
