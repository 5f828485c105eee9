"""The floor: tokenizing every file with the default backend and nothing else.

    python bench/floor.py [--stream] FILE_OR_DIR...

What any tokenizer-based linter must pay at least: read each file, run fugashi (unidic-lite)
over it and get every word's surface and features into Python. Prints the character count.

- default: walk fugashi's node objects and split each node's feature_raw (the usual way to
  use fugashi, and the floor the shared reference figures use);
- --stream: have MeCab write every word's fields replylint reads as one tab-separated stream,
  split it and walk it word by word, which is how replylint's backend reads MeCab (a lower
  floor: no node objects).
"""

from __future__ import annotations

import sys
from pathlib import Path

import fugashi
import unidic_lite

# The word format of src/replylint/tokenize/fugashi_backend.py, copied rather than imported so
# that the floor process loads nothing of replylint (tests/test_bench_floor.py keeps them equal).
_FIELDS = r"%m\\t%f[0],%f[1],%f[2],%f[3],%f[4],%f[5]\\t"
_STREAM = rf'-O "" -F "{_FIELDS}%f[10]\\t%f[7]\\t%f[17]\\t" -U "{_FIELDS}\\t\\t\\t" -B "" -E "EOS"'


def main(args: list[str]) -> None:
    stream = "--stream" in args
    args = [a for a in args if a != "--stream"]
    tagger = fugashi.GenericTagger(f'-d "{unidic_lite.DICDIR}" -r /dev/null' + (" " + _STREAM if stream else ""))
    files = [f for a in args for f in (sorted(Path(a).glob("*.txt")) if Path(a).is_dir() else [Path(a)])]
    chars = 0
    for path in files:
        text = path.read_text(encoding="utf-8")
        chars += len(text)
        if stream:
            fields = tagger.parse(text).split("\t")
            it = iter(fields)
            for _word in zip(it, it, it, it, it):
                pass
        else:
            for node in tagger(text):
                node.surface
                node.feature_raw.split(",", 18)
    print(chars)


if __name__ == "__main__":
    main(sys.argv[1:])
