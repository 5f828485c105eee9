"""An email message (.eml, RFC 5322 / MIME): one file, one reply — the message's own text.

The body is the text/plain part (a multipart/alternative's plain version is preferred), else
the text/html part turned into the text it shows, with <blockquote> lines marked "> ";
attachments are never read. The body's charset comes from its Content-Type (Shift_JIS read as
CP932 and ISO-2022-JP with its mail variants, since mailers write their extensions under the
plain names); `--encoding` overrides it, and a body without one, or not valid in the one it
names, is detected as a plain-text draft is. The Subject (encoded-words decoded) is put on
the first line as 件名: …, where the reply's parts read a letter's subject line; the quoted
history below the reply is left to the reply's parts, which never check it as our text.
"""

from __future__ import annotations

from .htmltext import html_to_text
from .text import InputError, Reply, decode_iso2022jp, detect, read_bytes

MAIL_MAX_BYTES = 25 * 1024 * 1024  # a message with its attachments (a draft alone: text.MAX_BYTES)

# Charset names mailers write → the codec that reads everything they mean by it.
_SUPERSETS = {"shift_jis": "cp932", "shift-jis": "cp932", "sjis": "cp932", "x-sjis": "cp932",
              "windows-31j": "cp932", "ms_kanji": "cp932", "cp932": "cp932",
              "euc-jp": "euc_jp", "x-euc-jp": "euc_jp", "eucjp": "euc_jp"}


def read_eml(path: str, limit: int | None = None, encoding: str | None = None) -> list[Reply]:
    from email import policy
    from email.parser import BytesParser

    data = read_bytes(path, MAIL_MAX_BYTES if limit is None else limit, "an email message")
    message = BytesParser(policy=policy.default).parsebytes(data)
    if not message.keys():
        raise InputError(f"{path}: not an email message (no header lines before the body)")
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        raise InputError(f"{path}: the message has no text/plain or text/html body to check "
                         f"(content type {message.get_content_type()})")
    text, enc = _part_text(part, path, encoding)
    if part.get_content_subtype() == "html":
        text = html_to_text(text, mark_quotes=True)
    subject = _subject(message, path)
    if subject:
        text = f"件名: {subject}\n\n{text}"
    return [Reply(text, path, encoding=enc)]


def _subject(message, path: str) -> str:
    try:
        subject = str(message.get("subject", "") or "")
    except (ValueError, LookupError):  # an encoded-word in a charset Python does not know
        raise InputError(f"{path}: the Subject header cannot be decoded") from None
    return " ".join(subject.split())  # a folded header is one line


def _part_text(part, path: str, encoding: str | None) -> tuple[str, str]:
    """(text, encoding) of a body part: its transfer encoding (base64, quoted-printable) undone,
    then its charset decoded."""
    data = part.get_payload(decode=True) or b""
    declared = encoding or part.get_content_charset()
    if declared:
        name = declared.lower()
        if name in ("iso-2022-jp", "iso2022-jp", "csiso2022jp", "iso-2022-jp-2004", "iso-2022-jp-2"):
            text = decode_iso2022jp(data)
            if text is not None:
                return text, "iso-2022-jp"
        else:
            try:
                return data.decode(_SUPERSETS.get(name, name)), name
            except LookupError:
                if encoding:  # the CLI checks --encoding; kept for the API's callers
                    raise InputError(f"{path}: unknown encoding {encoding!r}") from None
            except UnicodeDecodeError:
                pass
        if encoding:
            raise InputError(f"{path}: the message body is not valid {encoding} text; check --encoding")
    try:
        return detect(data, path)
    except InputError as exc:
        said = f" (its Content-Type says {declared})" if declared else ""
        raise InputError(f"{exc}; the message body{said} could not be decoded") from None
