"""Plain-text drafts (.txt and any extension no other reader claims): one file, one reply.

Encodings (see `detect`): UTF-8 with or without BOM, UTF-16 and UTF-32 with a BOM, UTF-16
without one, Shift_JIS / CP932 (common for files saved by older Windows tools), EUC-JP and
ISO-2022-JP (JIS, common in older mail), or the one `--encoding` names. A file with NUL bytes
that is not UTF-16 or UTF-32 text is binary and refused.
"""

from __future__ import annotations

import errno
import os
import re
import stat
import sys
from dataclasses import dataclass, replace

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
    encoding: str | None = None  # the file's encoding, as detected (or as --encoding named it)
    suppressions: tuple = ()  # suppress.Suppression, from comments in the file


def decode(data: bytes, name: str, encoding: str | None = None) -> str:
    """The text of `data` (see `detect`)."""
    return detect(data, name, encoding)[0]


# Switches into a Japanese character set (JIS X 0208, 0212, 0213, half-width katakana): an
# ISO-2022-JP text is 7-bit, so it would read as ASCII (UTF-8) without them.
_ISO2022_JP = (b"\x1b$B", b"\x1b$@", b"\x1b$(D", b"\x1b$(O", b"\x1b$(Q", b"\x1b$(P", b"\x1b(I", b"\x1b(J")
_BOMS = ((b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"), (b"\xef\xbb\xbf", "utf-8-sig"),
         (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))


def detect(data: bytes, name: str, encoding: str | None = None) -> tuple[str, str]:
    """(text, encoding) for the bytes of a draft, or an InputError naming the file.

    `encoding` forces one (any name Python knows). Otherwise, in this order: a byte-order mark
    (UTF-32, UTF-8, UTF-16); NUL bytes in the pattern of UTF-32 or UTF-16 text with ASCII in it
    (else a binary file); ISO-2022-JP by its escape sequences; UTF-8; then Shift_JIS (CP932),
    EUC-JP and UTF-16 without a BOM (Japanese text without ASCII has no NUL byte), the one
    whose characters are most like Japanese text when more than one decodes."""
    if encoding is not None:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as exc:
            raise InputError(f"{name}: not valid {encoding} text (byte {exc.start}); "
                             f"check --encoding, or leave it out to detect the encoding") from None
        return text.removeprefix("\ufeff"), encoding
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:  # decoded without the BOM: the -le/-be codecs would keep it as U+FEFF
                text = data[len(bom):].decode(enc.replace("-sig", ""))
            except UnicodeDecodeError:
                raise InputError(f"{name}: not valid {enc.upper().replace('-SIG', '')} text, though it "
                                 f"starts with that encoding's byte-order mark") from None
            return text, enc
    if b"\x00" in data:
        enc = _wide_by_nuls(data)
        if enc is not None:
            try:
                text = data.decode(enc)
            except UnicodeDecodeError:
                text = None
            if text is not None and _score(text) >= 0.9:
                return text, enc
        raise InputError(f"{name}: binary file (contains NUL bytes), not a text draft")
    if b"\x1b" in data and data.isascii() and any(esc in data for esc in _ISO2022_JP):
        for codec in ("iso2022_jp", "iso2022_jp_2004", "iso2022_jp_ext", "iso2022_jp_2"):
            try:
                return data.decode(codec), "iso-2022-jp"
            except UnicodeDecodeError:
                continue
        raise InputError(f"{name}: not valid ISO-2022-JP text (it has that encoding's escape sequences)")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best: tuple[float, str, str] | None = None
    for enc in ("cp932", "euc-jp", "utf-16-le", "utf-16-be"):
        if enc.startswith("utf-16") and (len(data) % 2 or best is not None):
            continue  # UTF-16 only when no Japanese legacy encoding reads the file
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        # Stray bytes decode to C1 controls and private-use characters: that is not a draft.
        if _NOT_TEXT.search(text):
            continue
        score = _score(text)
        if enc.startswith("utf-16") and score < 0.9:
            continue  # any even number of bytes decodes as UTF-16: it must read as Japanese
        if best is None or score > best[0]:
            best = (score, text, enc)
    if best is None:
        raise InputError(f"{name}: cannot decode as UTF-8, Shift_JIS (CP932), EUC-JP, ISO-2022-JP or UTF-16; "
                         f"save it as UTF-8, or name its encoding with --encoding")
    return best[1], best[2]


def _wide_by_nuls(data: bytes) -> str | None:
    """UTF-32 or UTF-16 (little- or big-endian) without a BOM, told by where the NUL bytes are:
    in UTF-16, the high byte of every ASCII character (line breaks included) is NUL."""
    n = len(data)
    if n % 4 == 0 and n >= 4:
        if not any(data[2::4]) and not any(data[3::4]):
            return "utf-32-le"
        if not any(data[0::4]) and not any(data[1::4]):
            return "utf-32-be"
    if n % 2 == 0:
        even, odd = data[0::2].count(0), data[1::2].count(0)
        if odd and not even:
            return "utf-16-le"
        if even and not odd:
            return "utf-16-be"
    return None


def _score(text: str) -> float:
    """How much `text` looks like Japanese (or plain) text: the share of its characters that are
    ASCII, kana, common kanji, Japanese punctuation or full-width forms; half-width katakana count
    a third (a wrong legacy decoding is full of them)."""
    if not text:
        return 1.0
    good = 0.0
    for ch in text:
        o = ord(ch)
        if o < 0x80:
            good += ch.isprintable() or ch in "\t\n\r\f"
        elif 0x3000 <= o <= 0x30FF or 0x4E00 <= o <= 0x9FFF or 0xFF01 <= o <= 0xFF5E or 0x2010 <= o <= 0x266F:
            good += 1
        elif 0xFF61 <= o <= 0xFF9F:
            good += 1 / 3
        elif ch.isprintable() and not 0xAC00 <= o <= 0xD7A3 and not 0xA000 <= o <= 0xA4CF:
            good += 0.5  # Latin-1, Greek, Cyrillic …: possible, but not what a wrong decoding of Japanese should win with
    return good / len(text)


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


def read_text(path: str, limit: int | None = MAX_BYTES, what: str = "a reply draft",
              encoding: str | None = None) -> str:
    return read_decoded(path, limit, what, encoding)[0]


def read_decoded(path: str, limit: int | None = MAX_BYTES, what: str = "a reply draft",
                 encoding: str | None = None) -> tuple[str, str]:
    """(text, encoding) of a file."""
    return detect(read_bytes(path, MAX_BYTES if limit is None else limit, what), path, encoding)


def with_encoding(replies: list[Reply], encoding: str) -> list[Reply]:
    return [replace(r, encoding=encoding) for r in replies]


def read_path(path: str, limit: int | None = None, encoding: str | None = None) -> list[Reply]:
    """The plain-text reader: the whole file is one draft (see readers.dispatch for all formats).
    `limit`: the most bytes read (MAX_BYTES when None); `encoding`: force one."""
    text, enc = read_decoded(path, limit, encoding=encoding)
    return [Reply(text, path, encoding=enc)]


def read_stdin(limit: int | None = None, encoding: str | None = None) -> list[Reply]:
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
    text, enc = detect(b"".join(parts), "<stdin>", encoding)
    return [Reply(text, "-", encoding=enc)]
