"""Plain-text drafts (.txt and any extension no other reader claims): one file, one reply.

Encodings: UTF-8 with or without BOM, UTF-16 with BOM, and Shift_JIS / CP932 (common for
files saved by older Windows tools). A file with NUL bytes is binary and refused.
"""

from __future__ import annotations

import errno
import os
import re
import stat
import sys
from dataclasses import dataclass

MAX_BYTES = 10 * 1024 * 1024  # a reply draft is never this large; refuse instead of hanging


_NOT_TEXT = re.compile("[\x80-\x9f\ue000-\uf8ff]")


class InputError(Exception):
    """An input that cannot be read as text; the message names the file and the problem."""


@dataclass(frozen=True)
class Reply:
    text: str
    path: str  # what the user named ("-" for stdin)
    locator: str | None = None  # which reply inside a multi-reply file
    mode: str | None = None  # "template" for a macro export; None: the command line decides


def decode(data: bytes, name: str) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(f"{name}: not valid UTF-16 text") from None
    if b"\x00" in data:
        raise InputError(f"{name}: binary file (contains NUL bytes), not a text draft")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp932")
    except UnicodeDecodeError:
        text = None
    # CP932 maps stray bytes to C1 controls and private-use characters: that is not a draft.
    if text is None or _NOT_TEXT.search(text):
        raise InputError(f"{name}: cannot decode as UTF-8 or Shift_JIS (CP932); save it as UTF-8")
    return text


def read_bytes(path: str, limit: int = MAX_BYTES, what: str = "a reply draft") -> bytes:
    """A file's bytes, or an InputError naming the file (missing, a folder, too large, unreadable).
    Read with os.read, in one call for a regular file: a folder of 20,000 drafts spends half as
    long here as with a buffered file object."""
    try:
        # Non-blocking, so that a FIFO opens at once (a blocking open waits for a writer), and
        # then anything that is not a regular file is refused: a FIFO, a socket or a device
        # would block or never end.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        try:
            st = os.fstat(fd)
            if stat.S_ISDIR(st.st_mode):
                raise IsADirectoryError(path)
            if not stat.S_ISREG(st.st_mode):
                raise InputError(f"{path}: not a regular file ({_file_kind(st.st_mode)}); name a file to check, "
                                 f"or - for standard input")
            if hasattr(os, "set_blocking"):
                os.set_blocking(fd, True)
            size = st.st_size
            if size > limit:
                raise InputError(f"{path}: too large for {what} ({size} bytes; the limit is {limit}, see --max-bytes)")
            parts = []
            total = 0
            while chunk := os.read(fd, size + 1 if not parts else 1 << 16):  # a pipe reports size 0
                parts.append(chunk)
                total += len(chunk)
                if total > limit:
                    raise InputError(f"{path}: too large for {what} (more than {limit} bytes, see --max-bytes)")
            return b"".join(parts)
        finally:
            os.close(fd)
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory; name the files to check") from None
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as exc:
        if exc.errno == errno.ENXIO:  # a socket, or a device without a driver
            raise InputError(f"{path}: not a regular file; name a file to check, or - for standard input") from None
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None


def _file_kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a file"


def read_text(path: str, limit: int | None = MAX_BYTES, what: str = "a reply draft") -> str:
    return decode(read_bytes(path, MAX_BYTES if limit is None else limit, what), path)


def read_path(path: str, limit: int | None = None) -> list[Reply]:
    """The plain-text reader: the whole file is one draft (see readers.dispatch for all formats).
    `limit`: the most bytes read (MAX_BYTES when None)."""
    return [Reply(read_text(path, limit), path)]


def read_stdin(limit: int | None = None) -> list[Reply]:
    """Standard input as one draft, with the same size limit as a draft file (MAX_BYTES unless
    `limit` says otherwise): reading stops one chunk past the limit."""
    limit = MAX_BYTES if limit is None else limit
    parts = []
    total = 0
    read = sys.stdin.buffer.read1 if hasattr(sys.stdin.buffer, "read1") else sys.stdin.buffer.read
    while chunk := read(1 << 16):
        parts.append(chunk)
        total += len(chunk)
        if total > limit:
            raise InputError(f"<stdin>: too large for a reply draft (more than {limit} bytes; see --max-bytes)")
    return [Reply(decode(b"".join(parts), "<stdin>"), "-")]

