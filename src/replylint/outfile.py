"""Replacing a file whole: the new content goes to a temporary file beside the target, flushed
to disk, and is moved over it only when complete, so a reader never sees half a file and a
failed run leaves the old one as it was. `--output-file` writes its report this way, and
`--fix` its drafts (fixfiles.write_atomic)."""

from __future__ import annotations

import contextlib
import os
import tempfile
from typing import IO, Iterator, TextIO


@contextlib.contextmanager
def replacing(target: str, mode: int, owner: tuple[int, int] | None = None, *,
              binary: bool = False, prefix: str = ".replylint-") -> Iterator[IO]:
    """A file to write the new content of `target` to; on a clean exit it gets permissions
    `mode` (and `owner`, where allowed) and is renamed over `target`, else it is removed."""
    fd, tmp = tempfile.mkstemp(prefix=prefix, suffix=".tmp", dir=os.path.dirname(os.path.abspath(target)))
    try:
        with (os.fdopen(fd, "wb") if binary else os.fdopen(fd, "w", encoding="utf-8", newline="\n")) as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp, mode)
        if owner is not None:
            with contextlib.suppress(OSError):  # (only the owner or root may give it away)
                os.chown(tmp, *owner)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def atomic_output(path: str) -> contextlib.AbstractContextManager[TextIO]:
    """The report file of --output-file, with the permissions of an ordinary new file (not
    mkstemp's 0600)."""
    umask = os.umask(0)
    os.umask(umask)
    return replacing(path, 0o666 & ~umask)
