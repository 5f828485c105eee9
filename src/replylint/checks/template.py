"""Template leftovers in a draft."""

from __future__ import annotations

import re

from ..document import Document
from ..engine import CheckContext, Hit

# Run on the normalized view: ｛｛ ［ ％ ＜ are already { [ % <.
_PLACEHOLDER = re.compile(
    r"\{\{[^{}\n]{0,80}\}\}"  # {{first_name}}, {{ticket.requester.name}}
    r"|\{[A-Za-z_][\w.]{0,40}\}"  # {name}
    r"|\{[^{}\n\s]{1,20}(名|番号|日|日時|住所|金額|URL)\}"  # {お客様名}
    r"|%[A-Za-z_][A-Za-z0-9_.]{0,40}%"  # %NAME%
    r"|\[[^\[\]\n]{0,20}(名前|氏名|名|番号|日付|日時|住所|金額|URL|要記入|要入力)\]"  # [お客様名]
    r"|【[^【】\n]{0,20}(名前|氏名|名|番号|日付|日時|住所|金額|URL|要記入|要入力)】"  # 【会社名】
    r"|<[^<>\n]{0,20}(要記入|要入力|記入|入力|名前|氏名)>"  # <要記入>
    r"|(○|〇|×|△|□){2,}"  # ○○様, ××円
    r"|(?<![A-Za-z])(XXX+|xxx+)(?![A-Za-z])"
    r"|\*{3,}(?=[^*\n])|(?<=[^*\s])\*{3,}"  # *** inside text, not a *** separator line
    r"|ここに[^。\n]{0,20}(入力|記入)"
    r"|※要(修正|確認|記入|入力)")


def placeholder(doc: Document, ctx: CheckContext):
    norm = doc.norm
    wanted = ctx.spec.segments
    to_start, to_end = doc.view.start_in_original, doc.view.end_in_original
    for s in doc.sentences:
        if s.kind not in wanted:
            continue
        for m in _PLACEHOLDER.finditer(norm, s.nstart, s.nend):
            yield Hit(to_start(m.start()), to_end(m.end()))
