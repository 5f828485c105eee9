"""An email message (.eml, RFC 5322 / MIME): one file, one reply — the message's own text.

The body is the text/plain part (a multipart/alternative's plain version is preferred), else
the text/html part turned into the text it shows, with <blockquote> lines marked "> ";
attachments are never read. The body's charset comes from its Content-Type (Shift_JIS read as
CP932 and ISO-2022-JP with its mail variants, since mailers write their extensions under the
plain names); `--encoding` overrides it, and a body without one, or not valid in the one it
names, is detected as a plain-text draft is. The Subject (encoded-words decoded) is put on
the first line as 件名: …, where the reply's parts read a letter's subject line; the quoted
history below the reply is left to the reply's parts, which never check it as our text.
For a text/plain body stored as it reads (7bit, 8bit), `Reply.source_map` takes lines of the
checked text back to lines of the .eml file.
"""

from __future__ import annotations

from .htmltext import html_to_text
from .sourcemap import SourceMap
from .text import InputError, Reply, decode_declared, read_bytes

MAIL_MAX_BYTES = 25 * 1024 * 1024  # a message with its attachments (a draft alone: text.MAX_BYTES)


def read_eml(path: str, limit: int | None = None, encoding: str | None = None) -> list[Reply]:
    from email import policy
    from email.parser import BytesParser

    data = read_bytes(path, MAIL_MAX_BYTES if limit is None else limit, "an email message")
    try:
        _check_headers(BytesParser(policy=policy.compat32).parsebytes(data), path)
        message = BytesParser(policy=policy.default).parsebytes(data)
        if not message.keys():
            raise InputError(f"{path}: not an email message (no header lines before the body)")
        part = message.get_body(preferencelist=("plain", "html"))
    except RecursionError:
        raise InputError(f"{path}: MIME parts nested too deeply to read") from None
    if part is None:
        raise InputError(f"{path}: the message has no text/plain or text/html body to check "
                         f"(content type {message.get_content_type()}; attachments are not read)")
    body, enc = _part_text(part, path, encoding)
    if part.get_content_subtype() == "html":
        body = html_to_text(body, mark_quotes=True)
    subject = _subject(message, path, part.get_content_charset())
    head = f"件名: {subject}\n\n" if subject else ""
    return [Reply(head + body, path, encoding=enc, source_map=_line_map(data, part, body, len(head)))]


# policy.default parses a structured header in time that grows with the square of its length
# (while parsing, too: it reads each part's Content-Type); a header this long is no mail
# client's and would stall the run. The headers are measured first in a compat32 parse, which
# keeps them as plain strings.
MAX_HEADER_CHARS = 16 * 1024
_READ_HEADERS = ("subject", "content-type", "content-transfer-encoding", "content-disposition")


def _check_headers(message, path: str) -> None:
    """Refuse a header this reader parses (in any part) when it is longer than MAX_HEADER_CHARS."""
    for part in message.walk():
        for name, value in part.items():
            size = len(str(value))  # raw 8-bit text comes as a Header object
            if name.lower() in _READ_HEADERS and size > MAX_HEADER_CHARS:
                raise InputError(f"{path}: the {name} header is {size} characters long "
                                 f"(the most this reader takes is {MAX_HEADER_CHARS})")


def _subject(message, path: str, charset: str | None) -> str:
    """The Subject, encoded-words decoded; raw 8-bit bytes (old mailers write them in the body's
    charset, against the RFCs) are read in that charset rather than shown as U+FFFD."""
    try:
        subject = str(message.get("subject", "") or "")
    except (ValueError, LookupError):  # an encoded-word in a charset Python does not know
        raise InputError(f"{path}: the Subject header cannot be decoded") from None
    if "\ufffd" in subject:
        raw = next((v for k, v in message.raw_items() if k.lower() == "subject"), "")
        try:  # the parser keeps each 8-bit byte as a lone surrogate
            data = raw.encode("ascii", "surrogateescape")
        except UnicodeEncodeError:
            data = b""
        if not data.isascii():
            subject = decode_declared(data, path, charset, None, "the Subject header")[0]
    return " ".join(subject.split())  # a folded header is one line


def _line_map(data: bytes, part, body: str, head: int) -> SourceMap | None:
    """Lines of the checked text → lines of the .eml file, for a text/plain body stored as it
    reads (7bit, 8bit): each body line is a line of the file, its columns counted in the decoded
    line; the 件名 line points at the Subject header. None for a base64 or quoted-printable
    body, whose lines are not the file's, and for an HTML body."""
    if part.get_content_subtype() != "plain" or \
            str(part.get("content-transfer-encoding", "7bit")).strip().lower() not in ("7bit", "8bit", "binary"):
        return None
    raw = part.get_payload(decode=True) or b""  # 7bit/8bit: the bytes as the file holds them
    at = data.find(raw) if raw else -1
    if at < 0 or raw.count(b"\n") != body.count("\n") or raw.count(b"\r") != raw.count(b"\r\n"):
        return None
    first = data.count(b"\n", 0, at)  # the body's first line, 0-based
    indent = at - (data.rfind(b"\n", 0, at) + 1)
    header = data[:min((i for i in (data.find(b"\r\n\r\n"), data.find(b"\n\n")) if i >= 0), default=at)]
    subject = next((i for i, line in enumerate(header.split(b"\n")) if line[:8].lower() == b"subject:"), 0)
    # A stand-in for the file in which line i starts at offset i until the body, then the body
    # as decoded: only its line starts and the body's columns are read (span, position).
    source = "\n" * first + " " * indent + body
    origins = [subject] * head + list(range(first + indent, first + indent + len(body)))
    return SourceMap.build(origins, source)


def _part_text(part, path: str, encoding: str | None) -> tuple[str, str]:
    """(text, encoding) of a body part: its transfer encoding (base64, quoted-printable) undone,
    then its charset decoded."""
    data = part.get_payload(decode=True) or b""
    return decode_declared(data, path, part.get_content_charset(), encoding, "the message body")
