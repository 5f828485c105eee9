"""Verb forms: ら抜き, さ入れ, and させていただく used too often."""

from __future__ import annotations

from ...conjugate import masu_stem
from ...document import Document
from ...engine import CheckContext, Hit, triggered_by
from ...regexes import lazy
from ._common import _aux, _base_ctype, _chain_end, _hit, _prefixed, _sasete_itadaku, _sentences_with, _text, _verb

_ICHIDAN = ("上一段", "下一段", "カ行変格")


# A ら抜き form is a 一段 or カ変 stem right before its れ: a kanji, a kana of the い or え row
# (借り|れる, 食べ|れる), or こ (これる, 来れる in kana), where これ the pronoun is left out by the
# particle after it. Nor is it ever followed by 入 (恐れ入ります) or ば (受ければ: a ら抜き form
# before ば is 見れれば). The lookahead may read past the sentence only when the sentence ends
# in that れ, which no ら抜き form does without an ending.
# A kanji before its れ is the last of a stem written in kanji alone (見|れる, 来|れる, 着|れる): kanji
# that end no 一段 or カ変 stem are left out, those whose れ is a verb's own (遅れる, 漏れる, 疲れる) or
# a 五段 verb's potential (切れる, 取れる, 送れる), the commonest kanji before れ in replies, whose
# sentences were tokenized for this check alone (tests/test_keigo.py asks both tokenizers).
_NO_ICHIDAN_STEM = "遅切入疲取漏壊流承外連売離汚慣送触晴崩乱揺別隠溢破濡腫暮恐訪紛倒憧群"


def _kanji_class(left_out: str) -> str:
    """The CJK ideographs U+3400-U+9FFF as a class's ranges, less `left_out`."""
    out, lo = [], 0x3400
    for c in sorted(map(ord, set(left_out))) + [0xA000]:
        if c > lo:
            out.append(f"\\u{lo:04x}" if c - 1 == lo else f"\\u{lo:04x}-\\u{c - 1:04x}")
        lo = c + 1
    return "".join(out)


_STEM_END = _kanji_class(_NO_ICHIDAN_STEM) + "々いきぎしじちぢにひびぴみりえけげせぜてでねへべぺめれ"
_RA_NUKI_AT = lazy("[" + _STEM_END + r"]\s*れ(?![入ば])"
                  r"|こ\s*れ(?!まで|から|は|が|を|も|に|で|と|の|ら|だけ|ほど|や|へ|、|。)")
# The れ where a match of it may end: after a stem's last letter, こ or a blank (found by re, at れ;
# a reply's other れ, それ, され, られ, are passed over without a Python step each)
_RE_AFTER_STEM = lazy("れ(?<=[" + _STEM_END + r"]れ)|れ(?<=これ)|れ(?<=\sれ)")


class _FromRe:
    """ra-nuki's trigger: _RA_NUKI_AT, searched from its れ. The pattern starts with a class, so
    that `re` would try it at every character of a reply (the search was a third of the check's
    cost); every match holds one れ, after blanks after the character the match starts at. So each
    れ after a letter of the class, こ or a blank is found (_RE_AFTER_STEM), the pattern is tried at
    the character before its blanks, and the first match is the one a search finds: a later れ
    never has its start before an earlier one's."""

    pattern = _RA_NUKI_AT.pattern

    def search(self, string: str, pos: int = 0, endpos: int | None = None):
        if endpos is None:
            endpos = len(string)
        at = _RE_AFTER_STEM.search(string, pos + 1, endpos)
        while at is not None:
            r = at.start()
            q = r - 1
            while q >= pos and string[q].isspace():  # (str.isspace and re's \s are one class)
                q -= 1
            if q >= pos:
                m = _RA_NUKI_AT.match(string, q, endpos)
                if m is not None:
                    return m
            at = _RE_AFTER_STEM.search(string, r + 1, endpos)
        return None


def ra_nuki(doc: Document, ctx: CheckContext):
    for _, toks in _sentences_with(doc, ctx):
        n = len(toks)
        for i, t in enumerate(toks):
            if t.pos[0] != "動詞":
                continue
            # 見れる, 来れる, 食べれます: a potential verb made from a 一段 / カ変 verb, so its
            # lexeme is the base verb (見る, 止める for やめれる); a verb whose own lexeme ends in
            # れる (しれる = 知れる, 入れる) is not one, unless the word is that lexeme's stem + れる
            # (忘れれる).
            if t.ctype == "下一段-ラ行" and t.lemma.endswith("れる") and t.norm != t.lemma \
                    and t.norm.endswith("る") and len(t.lemma) >= 3 \
                    and (not t.norm.endswith("れる") or t.lemma == t.norm[:-1] + "れる"):
                base = t.norm
                if not _base_ctype(doc.backend, base).startswith(_ICHIDAN):
                    continue
                stem = t.lemma[:-2]
                if not t.surface.startswith(stem + "れ"):
                    continue
                e = _chain_end(toks, i + 1)
                sugg = stem + "られ" + t.surface[len(stem) + 1:] + _text(toks, i + 1, e)
            # 借り|れる, 覚え|れる: a 一段 verb with れる instead of られる
            # (and 来|れる, which the dictionary reads as 来 of カ変 and the auxiliary: お迎えに来れる時間)
            # (and 信じ|れる, 案じ|れる, which the dictionary reads as 信ずる of サ変 and the auxiliary)
            # (浴び|れる: the dictionary reads a 一段 stem as its 連用形 as often, the same kana)
            elif (t.ctype.startswith(_ICHIDAN) and t.cform.startswith(("未然形", "連用形")) or t.ctype == "カ行変格"
                  or t.ctype == "サ行変格" and t.lemma.endswith("ずる") and t.surface.endswith("じ")
                  and t.cform.startswith("未然形")) \
                    and i + 1 < n and _aux(toks[i + 1], "れる") and toks[i + 1].surface.startswith("れ"):
                e = _chain_end(toks, i + 2)
                if t.ctype.startswith(_ICHIDAN) and t.norm != t.lemma and _base_ctype(doc.backend, t.norm).startswith("五段"):
                    # 書け|れ|ない: the potential of a 五段 verb (書ける) with a れ added, not a 一段 verb
                    sugg = t.surface + toks[i + 1].surface[1:] + _text(toks, i + 2, e)
                    found = _text(toks, i, e)
                    yield _hit(toks, i, e, suggestion=sugg, fix=sugg,
                               message=f"「{found}」は「れ」を足した言い方（れ足す言葉）です。「{sugg}」と書きます。")
                    continue
                sugg = t.surface + "ら" + _text(toks, i + 1, e)
            # 信じれ|ません, 考えれ|ます: a 一段 verb's stem + れ, which the dictionary reads as the verb's
            # 仮定形 (信じれ|ば is right; before ます or ない it is the potential without its ら)
            elif t.ctype.startswith(("上一段", "下一段")) and t.cform.startswith("仮定形") and len(t.lemma) >= 2 \
                    and t.surface == t.lemma[:-1] + "れ" and i + 1 < n \
                    and (toks[i + 1].pos[0] == "助動詞" or toks[i + 1].surface == "そう" and toks[i + 1].pos[0] == "形状詞") \
                    and toks[i + 1].surface != "ば":
                e = _chain_end(toks, i + 1)
                sugg = t.lemma[:-1] + "られ" + _text(toks, i + 1, e)
            # 出せ|れ|ます, 書けれない: a 五段 verb's potential (出せる) with a れ added (れ足す言葉): the
            # dictionary reads it as the potential verb in its 仮定形, but no ば follows (出せれば is right)
            elif t.surface.endswith("れ") and t.ctype.startswith("下一段") and not t.ctype.endswith("ラ行") \
                    and t.cform.startswith("仮定形") and i + 1 < n and toks[i + 1].pos[0] == "助動詞" \
                    and toks[i + 1].surface != "ば" and t.norm != t.lemma and _base_ctype(doc.backend, t.norm).startswith("五段"):
                e = _chain_end(toks, i + 1)
                sugg = t.surface[:-1] + _text(toks, i + 1, e)
                found = _text(toks, i, e)
                yield _hit(toks, i, e, suggestion=sugg, fix=sugg,
                           message=f"「{found}」は「れ」を足した言い方（れ足す言葉）です。「{sugg}」と書きます。")
                continue
            else:
                continue
            found = _text(toks, i, e)
            yield _hit(toks, i, e, suggestion=sugg, fix=sugg,
                       message=f"「{found}」はら抜き言葉です。「{sugg}」と書きます。")


ra_nuki.trigger = _FromRe()


_A_TO_U = dict(zip("かがさたなばまらわ", "くぐすつぬぶむるう"))
_REAL_ASU = ("鳴らす", "減らす", "漏らす", "照らす", "散らす", "晴らす", "慣らす", "濡らす", "揺らす", "逸らす",
             "反らす", "枯らす", "暮らす", "凝らす", "巡らす", "肥やす", "冷やす", "増やす", "生やす",
             "燃やす", "絶やす", "費やす", "鳴かす", "驚かす", "動かす", "乾かす", "溶かす", "沸かす", "生かす",
             "活かす", "泣かす", "甘やかす", "散らかす", "ちらかす", "ごまかす", "誤魔化す", "脅かす", "明かす",
             "果たす", "満たす", "浸す", "倒す", "回す", "渡す", "話す", "返す", "帰す", "出す", "貸す", "寝かす",
             "済ます", "澄ます", "覚ます", "冷ます", "醒ます", "悩ます", "励ます", "すます", "知らす", "遅らす")


@triggered_by(r"さ\s*せ")  # 読まさせて, 休まさ|せて
def sa_ire(doc: Document, ctx: CheckContext):
    for _, toks in _sentences_with(doc, ctx):
        n = len(toks)
        for i, t in enumerate(toks):
            if t.pos[0] != "動詞" or not t.cform.startswith("未然形") or i + 1 >= n:
                continue
            nxt = toks[i + 1]
            # 読ま|させる, 行か|させて: 五段 verb + させる
            if t.ctype.startswith("五段") and _aux(nxt, "させる") and nxt.surface.startswith("させ") \
                    and t.surface + "す" not in _REAL_ASU:
                e = _chain_end(toks, i + 2)
                if e < n and _verb(toks[e], "いただく", "頂く", "くださる", "下さる", "もらう", "貰う"):
                    e = _chain_end(toks, e + 1)
                sugg = t.surface + nxt.surface[1:] + _text(toks, i + 2, e)
            # 休まさ|せて, 帰らさ|せて: the dictionary reads 休ます (五段-サ行) + せる
            elif t.ctype == "五段-サ行" and _aux(nxt, "せる") and len(t.lemma) >= 3 and t.lemma.endswith("す") \
                    and t.lemma[-2] in _A_TO_U and t.lemma not in _REAL_ASU and t.norm not in _REAL_ASU \
                    and i + 2 < n and (toks[i + 2].surface == "て" or toks[i + 2].norm == "ます"):
                base = t.lemma[:-2] + _A_TO_U[t.lemma[-2]]
                if not _base_ctype(doc.backend, base).startswith("五段"):
                    continue
                e = _chain_end(toks, i + 2)
                if e < n and _verb(toks[e], "いただく", "頂く", "くださる", "下さる", "もらう", "貰う"):
                    e = _chain_end(toks, e + 1)
                sugg = t.surface[:-1] + "せ" + _text(toks, i + 2, e)
            else:
                continue
            found = _text(toks, i, e)
            yield _hit(toks, i, e, suggestion=sugg, fix=sugg,
                       message=f"「{found}」はさ入れ言葉です。「{sugg}」と書きます。")


# -- keigo/sasete-itadaku-overuse -------------------------------------------------------
_ROUTINE = ("発送", "送付", "連絡", "案内", "返信", "回答", "報告", "紹介", "説明", "送信", "お送り", "お届け",
            "お知らせ", "返答", "ご連絡", "ご案内", "ご報告", "ご説明", "ご返信", "ご回答", "ご紹介", "ご送付")
_CONSENT = lazy(r"(承諾|了承|同意|許可|お許し|ご希望|お申し出|お申し付け|ご依頼|ご要望|ご指示|ご指定|ご了解|お言葉に甘え)")


@triggered_by(r"せ\s*て\s*(?:いただ|頂|戴)")
def sasete_itadaku_overuse(doc: Document, ctx: CheckContext):
    limit = int(ctx.options.get("max", 2))
    found: list[tuple[Hit, bool]] = []
    for s, toks in _sentences_with(doc, ctx):
        sent = doc.norm[s.nstart:s.nend]
        for i, t in enumerate(toks):
            # (いただく after a て, three words in at least, as _sasete_itadaku asks: the other words,
            # most of the sentence, passed over without the call)
            if i < 3 or toks[i - 1].surface != "て":
                continue
            c = _sasete_itadaku(toks, i)
            if c is None:
                continue
            v = c - 1
            start = v
            if v >= 1 and _verb(toks[v], "する", "為る") and toks[v - 1].pos[0] in ("名詞",):
                start = v - 1
                p = _prefixed(toks, start)
                start = p if p is not None else start
            e = _chain_end(toks, i + 1)
            word = _text(toks, start, v) if start < v else ""
            polite = e > i + 1 and toks[i + 1].norm == "ます"
            # お断りさせていただきます: お + a verb's stem is the humble お〜する; the rewrite keeps
            # the お (お断りいたします; the stem's own ます form would leave お断ります)
            p = _prefixed(toks, v) if start == v and toks[v].pos[0] == "動詞" else None
            if p is not None:
                start, word = p, _text(toks, p, v + 1)
            if start < v and polite:
                sugg = word + "いたし" + _text(toks, i + 1, e)
            else:
                stem = masu_stem(toks[v]) if toks[v].pos[0] == "動詞" else None
                sugg = (stem + _text(toks, i + 1, e)) if stem and polite and not _verb(toks[v], "する", "為る") else None
            routine = word.lstrip("おご御") in [w.lstrip("おご御") for w in _ROUTINE] and polite \
                and _CONSENT.search(sent) is None
            found.append((Hit(toks[start].start, toks[e - 1].end, None, sugg), routine))
    total = len(found)
    for k, (h, routine) in enumerate(found):
        text = doc.text[h.start:h.end]
        if k >= limit:
            msg = (f"「させていただく」がこの返信で{total}回使われています（目安は{limit}回まで）。"
                   f"「{text}」は「{h.suggestion or '〜いたします'}」で十分です。")
        elif routine:
            msg = (f"「{text}」は許可を得る場面ではない、自分の側の通常の動作です。"
                   f"「{h.suggestion or '〜いたします'}」と書きます。")
        else:
            continue
        yield Hit(h.start, h.end, msg, h.suggestion, h.suggestion)  # (None when there is no rewrite)


# -- keigo/honorific-title --------------------------------------------------------------
