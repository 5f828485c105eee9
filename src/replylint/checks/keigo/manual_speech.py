"""Manual-speak and casual words: keigo/baito, keigo/casual."""

from __future__ import annotations

import re

from ...document import Document
from ...engine import CheckContext, Hit, triggered_by
from ...tokenize import Token
from ._common import (_PUNCT, _aux, _chain_end, _hit, _is, _is_question, _regex, _sentences_with, _text, _verb)

_YOROSHIKATTA = re.compile(r"よろしかった(でしょうか|ですか|ですね)")
_AZUKARI = re.compile(r"(\d[\d,]*|[一二三四五六七八九十百千万]+)円から(お預かり(いたし|し|致し)ます|お預かりします)")
_KATACHI = re.compile(r"という(形|かたち)(に|と)(なります|なっております|させていただきます)")
_NARUHODO = re.compile(r"なるほど(ですね|です)")
_RYOKAI = re.compile(r"(?<![ごお御])了解(いたしました|致しました|しました|いたします|致します|します|です|しております|いたしております|っす)")
_DEMONSTRATIVE = re.compile(r"^(こちら|これ|そちら|それ|あちら|以下|下記|上記|添付|次)(の[^、。]{0,25})?(が|は)")
_CHANGE = re.compile(r"(から|より|以降|以後|次回|来月|来年|翌|改定|値上げ|値下げ|切り替|ことに|ように|ため|場合|すると|たら|れば|なお)")
_SELF_INTRO = re.compile(r"(担当|担当者|係|サポート|センター|窓口|デスク|チーム|部|課|室|店|支店|事務局)の\s*$")
_PAY_SUBJECT = re.compile(r"(お会計|ご会計|合計|お支払い金額|お支払金額|ご請求金額|ご利用金額|お代金|代金|料金|送料|手数料|金額)(は|が)")
_PERSON_Q = ("本人", "契約者", "担当者", "名義人", "家族", "代理人", "利用者", "会員", "保護者", "登録者",
             "申込者", "購入者", "依頼者", "代表者", "どちら様")


def _narimasu(toks: list[Token], i: int) -> bool:
    """toks[i] is に and toks[i+1:] is なります (なり|ます), not followed by more predicate."""
    if not (i + 2 < len(toks) and toks[i].surface == "に" and toks[i].pos[0] == "助詞"
            and _verb(toks[i + 1], "なる", "成る") and toks[i + 1].surface == "なり" and toks[i + 2].norm == "ます"):
        return False
    rest = [t for t in toks[i + 3:] if t.pos[0] not in _PUNCT]
    return not rest or rest[0].surface in ("ので", "が", "けれども", "ね", "よ", "の")


_BAITO_KEYS = frozenset(("に", "ほう", "で"))


# The five phrases above, and the words the token patterns below turn on: 〜になります,
# 〜のほう, でございますか.
@triggered_by(r"よろしかった|円から|という(形|かたち)|なるほど|了解|に\s*なり\s*ま|ほう|で\s*(ござ|御座)")
def baito(doc: Document, ctx: CheckContext):
    for s, toks in _sentences_with(doc, ctx):
        sent = doc.norm[s.nstart:s.nend]
        for rx, sugg_of in ((_YOROSHIKATTA, lambda m: "よろしいでしょうか"),
                            (_AZUKARI, lambda m: m.group(1) + "円をお預かりします"),
                            (_KATACHI, lambda m: "となります（です）"),
                            (_NARUHODO, lambda m: "おっしゃるとおりです"),
                            (_RYOKAI, lambda m: "承知いたしました（かしこまりました）")):
            for m, a, b in _regex(doc, s, rx):
                sugg = sugg_of(m)
                yield Hit(a, b, f"「{m.group()}」は接客マニュアル特有の言い回しです。「{sugg}」と書きます。", sugg)
        n = len(toks)
        for i, t in enumerate(toks):
            if t.surface not in _BAITO_KEYS:  # every pattern below turns on one of these words
                continue
            # 〜のほうになります / 〜になります used as です
            if t.surface == "に" and _narimasu(toks, i) and i >= 1:
                k = i - 1
                noun = toks[k]
                if noun.pos[0] not in ("名詞", "接尾辞"):
                    continue
                start = k
                while start > 0 and toks[start - 1].pos[0] in ("名詞", "接頭辞", "接尾辞") and toks[start - 1].surface not in ("、",):
                    start -= 1
                e = i + 3
                hoo = noun.surface in ("ほう",) and k >= 1 and toks[k - 1].surface == "の"
                before = doc.norm[s.nstart:noun.nstart]
                flag = False
                if hoo:
                    flag = True
                    start = k - 1
                elif noun.pos[2] == "人名" or (noun.pos[0] == "接尾辞" and k > 0 and toks[k - 1].pos[2] == "人名") \
                        or (start > 0 and _SELF_INTRO.search(doc.norm[s.nstart:toks[start].nstart])):
                    flag = True  # 担当の山田になります
                elif _CHANGE.search(before) is None:
                    if _DEMONSTRATIVE.search(before) and noun.pos[1] != "形状詞" and noun.pos[2] != "形状詞可能":
                        flag = True
                    elif _PAY_SUBJECT.search(before) and (noun.surface == "円" or noun.pos[2] == "助数詞"):
                        flag = True
                if not flag:
                    continue
                if hoo:
                    sugg = _text(toks, max(0, k - 2), k - 1) + "です"
                    start = max(0, k - 2)
                else:
                    sugg = _text(toks, start, i) + "です"
                found = _text(toks, start, e)
                yield _hit(toks, start, e, suggestion=sugg,
                           message=f"「{found}」は「です」の代わりの「〜になります」です。「{sugg}」と書きます。")
                continue
            # 〜のほう、 / 〜のほうを (ぼかしの「ほう」)
            if t.surface == "ほう" and i >= 2 and toks[i - 1].surface == "の" and toks[i - 2].pos[0] == "名詞" \
                    and i + 1 < n and toks[i + 1].surface in ("を", "、", ",") and "より" not in sent:
                sugg = toks[i - 2].surface + ("を" if toks[i + 1].surface == "を" else "は、")
                yield _hit(toks, i - 2, i + 2, suggestion=sugg,
                           message=f"「{_text(toks, i - 2, i + 2)}」の「のほう」は不要なぼかしです。「{sugg}」と書きます。")
                continue
            # ご本人様でございますか -> でいらっしゃいますか
            if t.surface == "で" and i + 2 < n and _verb(toks[i + 1], "ござる", "御座る") and toks[i + 2].norm == "ます" \
                    and i >= 1 and _is_question(toks):
                prev = toks[i - 1]
                if prev.surface in ("様", "さま") or any(prev.surface.endswith(p) for p in _PERSON_Q):
                    e = _chain_end(toks, i + 2)
                    yield _hit(toks, i, e, suggestion="でいらっしゃいますか",
                               message=f"「{_text(toks, i, e)}」はお客様について自分の側の丁重語「ござる」を使っています。"
                                       "「でいらっしゃいますか」と書きます。")


# -- keigo/casual -----------------------------------------------------------------------
_CASUAL_WORDS = {
    # surface or lemma: (suggestion, kind)
    "ちょっと": "少々", "ちょっとした": "ささいな", "ちょっぴり": "少し", "すごい": "大変", "すごく": "大変",
    "凄い": "大変", "凄く": "大変", "めっちゃ": "大変", "めちゃくちゃ": "大変", "めちゃめちゃ": "大変",
    "めちゃ": "大変", "やっぱり": "やはり", "やっぱ": "やはり", "ほんとに": "本当に", "ほんと": "本当に",
    "マジ": "本当に", "まじ": "本当に", "ぶっちゃけ": "率直に申し上げると", "すいません": "申し訳ございません",
    "すみません": "申し訳ございません", "ごめんなさい": "申し訳ございません", "ごめん": "申し訳ございません",
    "いっぱい": "たくさん", "全然大丈夫": "問題ございません",
}
_SENTENCE_START = re.compile(r"^(なので|だから|でも|あと|あとは|それと|じゃあ|じゃ)(、|,|\s)")


@triggered_by("|".join(_CASUAL_WORDS) + r"|なので|だから|でも|あと|それと|すご|スゴ|凄|すみ|すい|けど|けれど|と\s*か|じゃ|っす")
def casual(doc: Document, ctx: CheckContext):
    allow = set(ctx.options.get("allow", ()) or ())
    for s, toks in _sentences_with(doc, ctx):
        text = doc.norm[s.nstart:s.nend]
        lead = len(text) - len(text.lstrip())
        m = _SENTENCE_START.match(text)
        if m:
            word = m.group(1)
            sugg = {"なので": "そのため", "だから": "そのため", "でも": "ただ", "あと": "また", "あとは": "また",
                    "それと": "また", "じゃあ": "それでは", "じゃ": "それでは"}[word]
            if word not in allow and not (word in ("でも",)):
                a, b = doc.original_span(s.nstart + lead + m.start(1), s.nstart + lead + m.end(1))
                yield Hit(a, b, f"文頭の「{word}」は話し言葉です。「{sugg}」と書きます。", sugg)
        n = len(toks)
        for i, t in enumerate(toks):
            sf = t.surface
            key = None
            if sf in _CASUAL_WORDS and t.pos[0] in ("副詞", "形容詞", "感動詞", "名詞", "形状詞", "連体詞", "接頭辞"):
                key = sf
            elif _is(t, "すごい", "凄い") and t.pos[0] == "形容詞":
                key = "すごい"
            elif _verb(t, "済む", "すむ") and sf in ("すみ", "すい") and i + 2 < n and toks[i + 1].norm == "ます" \
                    and toks[i + 2].surface in ("ん",):
                e = _chain_end(toks, i + 1)
                found = _text(toks, i, e)
                if "すみません" in allow or "すいません" in allow:
                    continue
                cushion = e < n and toks[e].surface == "が"
                sugg = "恐れ入りますが" if cushion else ("申し訳ございませんでした" if found.endswith("でした") else "申し訳ございません")
                yield _hit(toks, i, e, suggestion=sugg,
                           message=f"「{found}」はくだけた謝り方です。お客様には「{sugg}」と書きます。")
                continue
            elif sf in ("すいません", "すみません") and t.pos[0] in ("感動詞", "名詞", "動詞"):
                key = sf
            if key is not None:
                if key in allow or sf in allow:
                    continue
                sugg = _CASUAL_WORDS.get(key, "大変")
                e = i + 1
                yield _hit(toks, i, e, suggestion=sugg,
                           message=f"「{_text(toks, i, e)}」は話し言葉です。返信では「{sugg}」と書きます。")
                continue
            # 〜けど / 〜けれど (接続助詞)
            if sf in ("けど", "けども", "けれど") and t.pos[0] == "助詞" and "けど" not in allow:
                sugg = "が"
                yield _hit(toks, i, i + 1, suggestion=sugg,
                           message=f"「{sf}」は話し言葉です。「{sugg}」と書きます。")
                continue
            # とか (並べる・ぼかす助詞)
            if sf == "とか" and t.pos[0] == "助詞" and "とか" not in allow:
                yield _hit(toks, i, i + 1, suggestion="や／など",
                           message="「とか」は話し言葉です。「や」「など」と書きます。")
                continue
            if sf == "と" and i + 1 < n and toks[i + 1].surface == "か" and toks[i + 1].pos[1] == "副助詞" \
                    and i >= 1 and toks[i - 1].pos[0] in ("名詞", "助動詞", "動詞") \
                    and not (i >= 1 and toks[i - 1].surface in ("なん", "何", "どこ", "誰", "いつ")) \
                    and i + 2 < n and toks[i + 2].pos[0] in ("名詞", "助詞", "補助記号", "動詞") \
                    and not (i + 2 < n and toks[i + 2].surface in ("、",) and i + 3 < n and toks[i + 3].pos[0] == "動詞") \
                    and "とか" not in allow:
                if toks[i - 1].pos[0] in ("動詞", "助動詞") and toks[i + 2].surface not in ("、", "の"):
                    continue
                yield _hit(toks, i, i + 2, suggestion="や／など",
                           message="「とか」は話し言葉です。「や」「など」と書きます。")
                continue
            # じゃない / じゃありません / じゃあ
            if sf in ("じゃ", "じゃあ") and (t.pos[0] == "助動詞" or t.pos[0] == "助詞") and "じゃ" not in allow:
                e = i + 1
                while e < n and toks[e].pos[0] in ("形容詞", "助動詞", "動詞") and e - i < 4:
                    e += 1
                found = _text(toks, i, e)
                sugg = "では" + found[len(sf):]
                if found.startswith("じゃない"):
                    sugg = "ではありません" if found == "じゃない" else "では" + found[2:]
                yield _hit(toks, i, e, suggestion=sugg,
                           message=f"「{found}」は話し言葉です。「{sugg}」と書きます。")
                continue
            # 〜っす
            if sf.startswith("っす") and _aux(t) and "っす" not in allow:
                yield _hit(toks, i, i + 1, suggestion="です",
                           message=f"「{sf}」は話し言葉です。「です」と書きます。")


# -- keigo/ra-nuki and keigo/sa-ire -----------------------------------------------------
