"""`--output-file`: the report is written to a temporary file beside the target and moved over
it only when complete, so a reader never sees half a report and a failed run leaves the old
file as it was."""

from __future__ import annotations

import contextlib
import os
import tempfile
from typing import Iterator, TextIO


@contextlib.contextmanager
def atomic_output(path: str) -> Iterator[TextIO]:
    folder = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(prefix=".replylint-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # as an ordinary new file, not mkstemp's 0600
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
