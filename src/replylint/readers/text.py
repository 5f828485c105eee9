"""Plain-text drafts (.txt and any extension no other reader claims): one file, one reply.

Encodings (see `detect`): UTF-8 with or without BOM, UTF-16 and UTF-32 with or without a
BOM, Shift_JIS / CP932 (common for files saved by older Windows tools), EUC-JP and ISO-2022-JP
(JIS, common in older mail), or the one `--encoding` names. A file with NUL bytes that is not
UTF-16 or UTF-32 text is binary and refused. `decode_declared` reads bytes whose charset a
mail header or an HTML <meta> names.
"""

from __future__ import annotations

import errno
import os
import re
import stat
import sys
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .sourcemap import SourceMap

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
    # Offsets of `text` → lines and columns of the source file, when the text is not the file's
    # own (HTML: the shown text). None: the text's own lines and columns are the file's.
    source_map: SourceMap | None = None


def decode(data: bytes, name: str, encoding: str | None = None) -> str:
    """The text of `data` (see `detect`)."""
    return detect(data, name, encoding)[0]


# Switches into a Japanese character set (JIS X 0208, 0212, 0213, half-width katakana): an
# ISO-2022-JP text is 7-bit, so it would read as ASCII (UTF-8) without them.
_ISO2022_JP = (b"\x1b$B", b"\x1b$@", b"\x1b$(D", b"\x1b$(O", b"\x1b$(Q", b"\x1b$(P", b"\x1b(I", b"\x1b(J")
_BOMS = ((b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"), (b"\xef\xbb\xbf", "utf-8-sig"),
         (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))


def decode_iso2022jp(data: bytes) -> str | None:
    """ISO-2022-JP and the variants mail clients write (JIS X 0213, NEC extensions), or None."""
    for codec in ("iso2022_jp", "iso2022_jp_2004", "iso2022_jp_ext", "iso2022_jp_2"):
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            continue
    return None


# Charset names that mail headers and <meta> declare → the codec that reads all they mean by
# it (mailers and Windows tools write CP932 and the ISO-2022-JP variants under the plain names).
_SUPERSETS = {"shift_jis": "cp932", "shift-jis": "cp932", "sjis": "cp932", "x-sjis": "cp932",
              "windows-31j": "cp932", "ms_kanji": "cp932", "euc-jp": "euc_jp", "x-euc-jp": "euc_jp"}
_ISO2022JP_NAMES = frozenset({"iso-2022-jp", "iso2022-jp", "iso2022_jp", "csiso2022jp", "iso-2022-jp-2",
                              "iso-2022-jp-2004", "iso-2022-jp-3"})


def decode_declared(data: bytes, name: str, declared: str | None, forced: str | None = None,
                    what: str = "the text") -> tuple[str, str]:
    """(text, encoding) of bytes whose charset a header or a <meta> declares. `forced`
    (--encoding) wins and must decode; a byte-order mark wins over a declaration; else the
    declared charset, read by its superset; when it is unknown or does not decode, the
    encoding is detected as a plain-text draft's is."""
    if forced:
        return detect(data, name, forced)
    if declared and not any(data.startswith(bom) for bom, _ in _BOMS):
        label = declared.strip().lower()
        if label in _ISO2022JP_NAMES:
            text = decode_iso2022jp(data)
            if text is not None:
                return text, "iso-2022-jp"
        else:
            try:
                return data.decode(_SUPERSETS.get(label, label)), label
            except (LookupError, ValueError):  # unknown, not valid in it, or a NUL in its name
                pass
    try:
        return detect(data, name)
    except InputError:
        if not declared:
            raise
        raise InputError(f"{name}: {what} is not valid {declared} text, as declared, nor in another encoding "
                         f"replylint reads; name its encoding with --encoding") from None


def detect(data: bytes, name: str, encoding: str | None = None) -> tuple[str, str]:
    """(text, encoding) for the bytes of a draft, or an InputError naming the file.

    `encoding` forces one (any name Python knows). Otherwise, in this order: a byte-order mark
    (UTF-32, UTF-8, UTF-16); ISO-2022-JP by its escape sequences; UTF-8; then the Japanese legacy
    encodings and UTF-16/32 without a BOM (see `_legacy_or_wide`). NUL bytes that no UTF-16/32
    reading explains make a binary file."""
    if encoding is not None:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as exc:
            raise InputError(f"{name}: not valid {encoding} text (byte {exc.start}); "
                             f"check --encoding, or leave it out to detect the encoding") from None
        except LookupError:  # the CLI checks --encoding first; the API's callers may not
            raise InputError(f"{name}: unknown encoding {encoding!r}") from None
        return text.removeprefix("\ufeff"), encoding
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:  # decoded without the BOM: the -le/-be codecs would keep it as U+FEFF
                text = data[len(bom):].decode(enc.replace("-sig", ""))
            except UnicodeDecodeError:
                raise InputError(f"{name}: not valid {enc.upper().replace('-SIG', '')} text, though it "
                                 f"starts with that encoding's byte-order mark") from None
            return text, enc
    if b"\x1b" in data and data.isascii() and any(esc in data for esc in _ISO2022_JP):
        text = decode_iso2022jp(data)
        if text is None:
            raise InputError(f"{name}: not valid ISO-2022-JP text (it has that encoding's escape sequences)")
        return text, "iso-2022-jp"
    if b"\x00" not in data:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            return (data.isascii() and _kana_as_utf16(data, text)) or (text, "utf-8")
    found = _legacy_or_wide(data)
    if found is not None:
        return found
    if b"\x00" in data:
        raise InputError(f"{name}: binary file (contains NUL bytes), not a text draft")
    raise InputError(f"{name}: cannot decode as UTF-8, Shift_JIS (CP932), EUC-JP, ISO-2022-JP or UTF-16; "
                     f"save it as UTF-8, or name its encoding with --encoding")


# C0 controls no text file holds (tab, line breaks, form feed and ESC are text's own).
_STRAY_CONTROL = re.compile("[\x01-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f]")


def _kana_as_utf16(data: bytes, text: str) -> tuple[str, str] | None:
    """UTF-16 without a BOM whose every byte is ASCII: kana are U+30xx, so ございます in UTF-16
    reads as "T0V0D0~0Y0" — valid UTF-8. Taken as UTF-16 when the ASCII reading holds stray
    control characters (。 is U+3002), or when the UTF-16 reading is mostly kana — which ASCII
    text read as UTF-16 is not (it reads as CJK ideographs) — and the bytes hold no space or
    line feed, which ASCII text has and kana in UTF-16 do not (」 U+300D gives a CR)."""
    if len(data) % 2:
        return None
    stray = _STRAY_CONTROL.search(text) is not None
    wordless = b" " not in data and b"\n" not in data
    for enc in ("utf-16-le", "utf-16-be"):
        wide = data.decode(enc)
        if _NOT_TEXT.search(wide) or _score(wide) < 0.9:
            continue
        kana = len(_KANA.findall(wide))
        if stray or (wordless and 2 * kana >= len(wide)):
            return wide, enc
    return None


_KANA = re.compile("[\u3041-\u30ff]")

# Python's codec names as charset-normalizer spells them.
_DETECTOR_NAMES = {"cp932": "cp932", "euc-jp": "euc_jp", "utf-16-le": "utf_16_le", "utf-16-be": "utf_16_be",
                   "utf-32-le": "utf_32_le", "utf-32-be": "utf_32_be"}


def _legacy_or_wide(data: bytes) -> tuple[str, str] | None:
    """(text, encoding) for bytes that are not UTF-8: a Japanese legacy encoding, or UTF-16/32
    without a BOM; None when none reads as text.

    The candidates are only the Japanese encodings (and UTF-16/32 when the bytes can be them),
    each kept only if it decodes without stray bytes (C1 controls, private-use characters) — a
    wrong UTF-16/32 reading must also look like Japanese text, since any even number of bytes
    decodes. When more than one is left, charset-normalizer (imported here only: UTF-8 drafts
    never load it) rates how garbled ("chaos") each reading is: the least garbled wins, and the
    most Japanese-looking (`_score`) among readings within a tenth of each other. Measured in bench/encodings.py: see bench/RESULTS.md."""
    n = len(data)
    if b"\x00" in data:  # NUL bytes: UTF-16 with ASCII in it, or UTF-32; a legacy encoding has none
        encodings = [e for e in ("utf-16-le", "utf-16-be") if n % 2 == 0]
        encodings += [e for e in ("utf-32-le", "utf-32-be") if n % 4 == 0]
    else:
        encodings = ["cp932", "euc-jp"] + [e for e in ("utf-16-le", "utf-16-be") if n % 2 == 0]
    readings: dict[str, str] = {}
    for enc in encodings:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if _NOT_TEXT.search(text) or (enc.startswith("utf") and _score(text) < 0.9):
            continue
        readings[enc] = text
    if len(readings) <= 1:
        return next(((t, e) for e, t in readings.items()), None)
    from charset_normalizer import from_bytes

    mess = {m.encoding: m.chaos for m in from_bytes(data, cp_isolation=[_DETECTOR_NAMES[e] for e in readings])}
    order = list(readings)

    def rank(enc: str) -> tuple:
        # Garbled by a tenth or more loses; below that (a short text), the more Japanese-looking.
        # A legacy encoding misread as UTF-16 is all ideographs: a UTF-16 reading needs a kana.
        chaos = mess.get(_DETECTOR_NAMES[enc], 1.0)  # a reading the detector dropped is garbled
        kanaless = enc.startswith("utf") and not _KANA.search(readings[enc])
        return kanaless, int(chaos * 10), -_score(readings[enc]), chaos, order.index(enc)

    enc = min(readings, key=rank)
    return readings[enc], enc


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
