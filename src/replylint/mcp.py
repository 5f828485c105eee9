"""`replylint mcp`: a Model Context Protocol server over stdio, for AI agents that draft replies.

A thin door like the HTTP service: arguments are checked by the service's own `parse_lint`,
answers are built by its `lint_request` / `rule_docs`, so a finding looks the same to a
model as to a helpdesk app. The `mcp` SDK is imported here only, and this module only when
`replylint mcp` runs (optional extra: pip install 'replylint[mcp]').

The text of a reply is a customer's personal data: no message or log line here quotes it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mcp.server.mcpserver import MCPServer
from mcp.server.mcpserver.exceptions import ToolError

from . import __version__
from .api import Linter, get_linter
from .config import Config, load_config
from .server.payload import LintRequest, RequestError, parse_lint
from .server.results import fix_request, lint_request, rule_docs
from .server.settings import DEFAULT_MAX_BODY

MAX_TEXT_BYTES = DEFAULT_MAX_BODY  # the same bound as a /v1/lint body

INSTRUCTIONS = (
    "replylint checks Japanese customer-support replies (email, chat, SNS). Call lint_reply on a "
    "draft before sending it: each finding gives the exact span (start/end, code points; `span` is "
    "the text there), a Japanese message and a suggestion; `fix.replacement` is an exact rewrite "
    "of the span. Fix the findings and lint again until `blocking` is false. fix_reply applies the "
    "safe fixes for you (unsafe=true: the wording fixes too) and returns the fixed text. "
    "explain_rule gives a rule's docs.")


def _span_texts(text: str, result: dict) -> dict[str, Any]:
    """Each finding with the text of its span, so a model need not count code points."""
    for f in result["findings"]:
        f["span"] = text[f["start"]:f["end"]]
    return result


def build(linter: Linter, max_text_bytes: int = MAX_TEXT_BYTES) -> MCPServer:
    rule_ids = frozenset(spec.id for spec in linter.rules)
    specs = {spec.id: spec for spec in linter.rules}
    server = MCPServer("replylint", version=__version__, instructions=INSTRUCTIONS)

    def request(text: str, channel: str, mode: str, audience: str | None = None,
                first_message: bool | None = None) -> LintRequest:
        """The arguments checked as the service checks a /v1/lint body; a ToolError names the
        argument and the choices, never the text."""
        if not text.strip():
            raise ToolError("text: empty; give the reply to check")
        size = len(text.encode("utf-8", "surrogatepass"))
        if size > max_text_bytes:
            raise ToolError(f"text: {size} bytes, more than the limit of {max_text_bytes} bytes (UTF-8)")
        try:
            args = {"text": text, "channel": channel, "mode": mode}
            if audience is not None:  # (none given: the server's config decides)
                args["audience"] = audience
            if first_message is not None:  # (none given: the turn is not known)
                args["first_message"] = first_message
            return parse_lint(args, rule_ids)
        except RequestError as exc:
            raise ToolError(exc.message) from None

    @server.tool(structured_output=True)
    def lint_reply(text: str, channel: str, mode: str = "draft", audience: str | None = None,
                   first_message: bool | None = None) -> dict[str, Any]:
        """Check a Japanese support reply before it is sent.

        channel: "email", "chat" or "sns". mode: "draft" (default) or "template" (a macro whose
        helpdesk placeholders such as {{ticket.id}} are expected). audience: who reads it, for
        the jargon rules: "consumer", "business", "technical" or "auto" (inferred from the reply);
        by default the server's configuration, "auto" unless set. first_message (chat): true when
        the reply opens the conversation, false when it continues one; not given, a missing
        greeting is told as a suggestion (info).
        Returns findings (rule, severity, message, start/end in code points, line/column, span,
        suggestion, and fix.replacement when the rule has an exact rewrite), a 0-100 score and
        `blocking` (true: do not send as it is).
        """
        req = request(text, channel, mode, audience, first_message)
        return _span_texts(req.text, lint_request(linter, req))

    @server.tool(structured_output=True)
    def explain_rule(rule_id: str) -> dict[str, Any]:
        """A rule's docs: what it checks, why, an example and what to write instead
        (rule IDs as in lint_reply's findings, e.g. "keigo/double-honorific")."""
        spec = specs.get(rule_id)
        if spec is None:
            close = sorted(r for r in rule_ids if rule_id and (rule_id in r or r.split("/")[-1] == rule_id))
            hint = f"; did you mean {', '.join(close)}?" if close else "; rule IDs look like keigo/double-honorific"
            raise ToolError(f"rule_id: no rule {rule_id!r}{hint}")
        return rule_docs(spec)

    @server.tool(structured_output=True)
    def fix_reply(text: str, channel: str, mode: str = "draft", unsafe: bool = False,
                  audience: str | None = None, first_message: bool | None = None) -> dict[str, Any]:
        """Apply replylint's fixes to a Japanese support reply, as POST /v1/fix does.

        Safe fixes only (ら抜き, さ入れ, 二重敬語, mixed endings: meaning and tone cannot change),
        unless unsafe=true (wording judgements such as jargon and バイト敬語 too). Returns `text`
        (the fixed reply), `applied` (rule, message, replacement, applicability of each fix
        applied) and what remains in the fixed text: findings with spans, score and `blocking`.
        """
        if not isinstance(unsafe, bool):
            raise ToolError("unsafe: true or false")
        req = request(text, channel, mode, audience, first_message)
        result = fix_request(linter, req, unsafe)
        return _span_texts(result["text"], result)
    return server


def run(config_path: str | None = None) -> None:
    """Load the rules once (config errors surface before the first message), then serve stdio."""
    config = load_config(Path(config_path)) if config_path else Config()
    build(get_linter(config)).run("stdio")
