"""Keigo checks: who acts (the customer or our side), how a verb is conjugated, where a sentence ends.

Every check reads the tokens of the sentences written to the customer (addressee, greeting,
body, closing); quoted text and the signature are never judged. Spans are original offsets.
"""

from __future__ import annotations

import functools
import re

from .. import segments as seg
from ..conjugate import masu_stem
from ..document import Document, Sentence
from ..engine import CheckContext, Hit
from ..tokenize import Token

_PUNCT = ("補助記号", "記号")
_BULLET = re.compile(r"^\s*([・\-*•●○◯■□◆◇▼▽▶►※✓✔]|\d{1,2}[.)]|\(\d{1,2}\)|[①-⑳]|【[^】]*】\s*$)")
_POLITE, _PLAIN = "polite", "plain"
_PREFIX = ("お", "ご", "御")


# -- shared helpers ---------------------------------------------------------------------
_QUOTE_OPEN, _QUOTE_CLOSE = "「『", "」』"


def _quoted_ranges(doc: Document, s: Sentence) -> list[tuple[int, int]]:
    """Normalized ranges inside 「」『』 in a sentence: words cited, not the writer's own."""
    out, depth, start = [], 0, 0
    for k in range(s.nstart, s.nend):
        ch = doc.norm[k]
        if ch in _QUOTE_OPEN:
            if depth == 0:
                start = k
            depth += 1
        elif ch in _QUOTE_CLOSE and depth:
            depth -= 1
            if depth == 0:
                out.append((start, k + 1))
    return out


def _sentences(doc: Document):
    """(sentence, tokens) for what the writer wrote to the customer; 「cited words」 are cut out,
    so a sentence with a citation comes as its runs of the writer's own words."""
    for s in doc.linted_sentences():
        toks = doc.sentence_tokens(s)
        if not toks:
            continue
        quoted = _quoted_ranges(doc, s)
        if not quoted:
            yield s, toks
            continue
        run: list[Token] = []
        for t in toks:
            if any(a <= t.nstart < b for a, b in quoted):
                if run:
                    yield s, run
                run = []
            else:
                run.append(t)
        if run:
            yield s, run


def _hit(toks: list[Token], i: int, j: int, message: str | None = None,
         suggestion: str | None = None) -> Hit:
    return Hit(toks[i].start, toks[j - 1].end, message, suggestion)


def _text(toks: list[Token], i: int, j: int) -> str:
    return "".join(t.surface for t in toks[i:j])


def _is(tok: Token, *lemmas: str) -> bool:
    return tok.lemma in lemmas or tok.norm in lemmas


def _verb(tok: Token, *lemmas: str) -> bool:
    return tok.pos[0] == "動詞" and (not lemmas or _is(tok, *lemmas))


def _aux(tok: Token, *lemmas: str) -> bool:
    return tok.pos[0] == "助動詞" and (not lemmas or _is(tok, *lemmas))


def _is_reru(tok: Token) -> bool:
    return _aux(tok, "れる", "られる")


def _te(tok: Token) -> bool:
    return tok.pos[0] == "助詞" and tok.surface in ("て", "で")


def _chain_end(toks: list[Token], j: int) -> int:
    """Index after the auxiliaries (and a て) that follow toks[j-1]."""
    while j < len(toks) and (toks[j].pos[0] == "助動詞" or (_te(toks[j]) and toks[j].surface == "て")):
        j += 1
    return j


def _prefixed(toks: list[Token], k: int) -> int | None:
    """Index where the お/ご-prefixed word at k starts (ご|利用 or one token ご利用), else None."""
    if k < 0 or k >= len(toks):
        return None
    t = toks[k]
    if t.pos[0] == "接頭辞":
        return None
    if k > 0 and toks[k - 1].pos[0] == "接頭辞" and toks[k - 1].surface in _PREFIX:
        return k - 1
    if len(t.surface) > 1 and t.surface[0] in _PREFIX and t.pos[0] == "名詞":
        return k
    return None


def _original(doc: Document, nstart: int, nend: int) -> tuple[int, int]:
    return doc.view.start_in_original(nstart), doc.view.end_in_original(nend)


def _regex(doc: Document, s: Sentence, rx: re.Pattern):
    """(match, start, end) of rx in the sentence's normalized text; offsets in the original."""
    text = doc.norm[s.nstart:s.nend]
    quoted = _quoted_ranges(doc, s)
    for m in rx.finditer(text):
        if any(a <= s.nstart + m.start() < b for a, b in quoted):
            continue
        a, b = _original(doc, s.nstart + m.start(), s.nstart + m.end())
        yield m, a, b


def _is_question(toks: list[Token]) -> bool:
    words = [t for t in toks if t.pos[0] not in _PUNCT or t.surface in ("?", "?")]
    if not words:
        return False
    last = words[-1]
    return last.surface in ("?", "?", "か") or (len(words) > 1 and words[-2].surface == "か")


@functools.lru_cache(maxsize=4096)
def _base_ctype(word: str) -> str:
    """The conjugation type of a dictionary-form verb, from the tokenizer's own dictionary."""
    from .. import tokenize

    backend = next(iter(tokenize._instances.values()), None) or tokenize.get_backend()
    toks = list(backend.tokenize(word))
    if len(toks) == 1 and toks[0][4][0] == "動詞":
        return toks[0][5]
    return ""


def _plain_ra_godan(verb: Token, after: list[Token]) -> str:
    """A 五段-ラ行 honorific verb (おっしゃる, なる ...) in the form `after` asks for."""
    lemma = verb.lemma
    if after and after[0].norm == "ます":
        stem = masu_stem(verb) or lemma[:-1] + "り"
        return stem + _surfaces(after)
    if after and (after[0].norm == "た" or after[0].surface in ("て", "た", "だ")):
        return lemma[:-1] + "っ" + _surfaces(after)
    if after and _is(after[0], "ない", "ず", "ぬ"):
        return lemma[:-1] + "ら" + _surfaces(after)
    return lemma


def _surfaces(toks) -> str:
    return "".join(t.surface for t in toks)


# -- keigo/mixed-style ------------------------------------------------------------------
def _ending(doc: Document, s: Sentence) -> list[Token] | None:
    """The sentence's tokens up to its predicate end (final punctuation and particles cut)."""
    toks = doc.sentence_tokens(s)
    while toks and toks[-1].pos[0] in _PUNCT:
        if toks[-1].surface in ")」』】]〉》":
            return None  # ends in a quotation or an aside: not our sentence-final form
        toks = toks[:-1]
    while toks and toks[-1].pos[1] == "終助詞":
        toks = toks[:-1]
    return toks or None


def _classify(toks: list[Token]) -> tuple[str, int] | None:
    """(_POLITE | _PLAIN, index where the predicate starts) for a sentence's ending."""
    last = toks[-1]
    prev = toks[-2] if len(toks) > 1 else None
    p0 = last.pos[0]
    if p0 == "助動詞":
        if last.norm in ("です", "ます"):
            return _POLITE, len(toks) - 1
        if last.norm in ("た", "う", "よう", "ぬ", "ず", "ん") and prev is not None and prev.norm in ("です", "ます"):
            return _POLITE, len(toks) - 2
        if last.norm == "た" and prev is not None and prev.norm == "ない" and len(toks) > 2 \
                and toks[-3].norm == "ます":
            return _POLITE, len(toks) - 3
        if last.norm in ("だ", "た", "ない", "う", "よう", "まい") and last.cform.startswith(("終止形", "意志推量形")):
            return _PLAIN, _predicate_start(toks)
        return None
    if (p0 in ("動詞", "形容詞") or (p0 == "接尾辞" and last.ctype == "形容詞")) and last.cform.startswith("終止形"):
        if p0 == "動詞" and last.pos[1] == "非自立可能" and _is(last, "くださる", "下さる", "ござる", "御座る"):
            return None
        return _PLAIN, _predicate_start(toks)
    return None


def _predicate_start(toks: list[Token]) -> int:
    """Walk back over auxiliaries to the verb / adjective / noun that carries the predicate."""
    i = len(toks) - 1
    while i > 0:
        t, prev = toks[i], toks[i - 1]
        if t.pos[0] == "助動詞" and t.pos[0] != "助詞":
            i -= 1
        elif t.pos[0] in ("動詞", "形容詞") and t.pos[1] == "非自立可能" and (
                _te(prev) or (prev.surface == "は" and i >= 2 and _te(toks[i - 2]))
                or prev.pos[0] in ("動詞", "助動詞", "形容詞")):
            i -= 1  # 〜ている, 〜ではない, 〜てしまう
        elif t.pos[0] == "助詞" and (_te(t) or (t.surface == "は" and _te(prev))):
            i -= 1
        else:
            break
    # The noun of a サ変 verb (発送|する) or before だ (予定|だ) belongs to the predicate.
    if i > 0 and toks[i].pos[0] in ("動詞", "助動詞") and toks[i - 1].pos[0] in ("名詞", "形状詞") \
            and toks[i - 1].nend == toks[i].nstart:
        i -= 1
    return i


def _polite_form(toks: list[Token], start: int) -> str | None:
    """A です・ます rewrite of toks[start:], or None when no safe rewrite is known."""
    pred = toks[start:]
    norms = [t.norm for t in pred]
    head = pred[0]
    prefix = ""
    if head.pos[0] in ("名詞", "形状詞", "接尾辞"):
        prefix, pred, norms = head.surface, pred[1:], norms[1:]
        if not pred:
            return None
        head = pred[0]
    rest = "".join(t.surface for t in pred)
    for plain, polite in (("ではない", "ではありません"), ("ではなかった", "ではありませんでした"),
                          ("じゃない", "ではありません"), ("じゃなかった", "ではありませんでした")):
        if rest == plain:
            return prefix + polite
    if head.norm == "だ":
        for plain, polite in (("だった", "でした"), ("だろう", "でしょう"), ("である", "です"),
                              ("であった", "でした"), ("ではない", "ではありません"),
                              ("ではなかった", "ではありませんでした"),
                              ("じゃない", "ではありません"), ("だ", "です")):
            if rest == plain:
                return prefix + polite
        return None
    if head.pos[0] == "形容詞":
        rest = "".join(t.surface for t in pred)
        if head.norm in ("無い", "ない") and rest in ("ない", "無い"):
            return prefix + "ありません"
        if rest in ("なかった", "無かった") and head.norm in ("無い", "ない"):
            return prefix + "ありませんでした"
        if rest.endswith("くない"):
            return prefix + rest[:-2] + "ありません"
        if rest.endswith("くなかった"):
            return prefix + rest[:-4] + "ありませんでした"
        return prefix + rest + "です"
    if head.pos[0] != "動詞":
        return None
    verbs = [t for t in pred if t.pos[0] == "動詞"]
    main = verbs[-1]
    stem = masu_stem(main)
    if stem is None:
        return None
    lead = prefix + "".join(t.surface for t in pred[:pred.index(main)])
    tail = norms[pred.index(main) + 1:]
    endings = {(): "ます", ("た",): "ました", ("ない",): "ません", ("ない", "た"): "ませんでした",
               ("う",): "ましょう", ("よう",): "ましょう"}
    if tuple(tail) in endings:
        return lead + stem + endings[tuple(tail)]
    return None


def _judged(doc: Document, s: Sentence) -> bool:
    """Sentences whose ending we judge: written prose, not bullets, headings or cut lines."""
    if s.kind not in (seg.GREETING, seg.BODY, seg.CLOSING):
        return False
    line = doc.lines[s.line]
    if _BULLET.match(doc.norm, line.nstart, line.nend) and s.nstart <= line.nstart + 4:
        return False
    if not s.terminated:
        nxt = s.line + 1
        # A line wrapped in the middle of a sentence is not a sentence end.
        if nxt < len(doc.lines) and doc.lines[nxt].nend > doc.lines[nxt].nstart:
            return False
        # An unterminated line that is one short phrase (a heading, a label) is not a sentence.
        if len(doc.sentence_tokens(s)) <= 3:
            return False
    return True


def mixed_style(doc: Document, ctx: CheckContext):
    judged: list[tuple[list[Token], int]] = []
    polite = 0
    for s in doc.sentences:
        if not _judged(doc, s):
            continue
        toks = _ending(doc, s)
        if toks is None:
            continue
        kind = _classify(toks)
        if kind is None:
            continue
        if kind[0] == _POLITE:
            polite += 1
        else:
            judged.append((toks, kind[1]))
    if polite == 0 or polite < len(judged):
        return  # not a です・ます reply; nothing to be consistent with
    for toks, start in judged:
        found = _text(toks, start, len(toks))
        sugg = _polite_form(toks, start)
        msg = (f"です・ます調の返信に「{found}」という常体の文末が混ざっています。"
               + (f"「{sugg}」と書きます。" if sugg else "です・ます調にそろえます。"))
        yield Hit(toks[start].start, toks[-1].end, msg, sugg)


# -- keigo/double-honorific -------------------------------------------------------------
_HONORIFIC_VERBS = ("おっしゃる", "仰る", "いらっしゃる", "召し上がる", "召しあがる", "なさる", "為さる")
_HUMBLE_NOUNS = ("拝見", "拝読", "拝聴", "拝借", "拝受", "拝察", "頂戴", "拝顔")
_HUMBLE_VERBS = ("伺う", "申し上げる", "承る", "参る", "申す", "存ずる", "存じる", "賜る",
                 "差し上げる", "いたす", "致す", "お目にかかる", "頂く", "いただく")


def _sasete_itadaku(toks: list[Token], i: int) -> int | None:
    """When toks[i] is いただく of 〜(さ)せていただく: the index of the causative auxiliary."""
    if not (_verb(toks[i], "いただく", "頂く") and i >= 3 and toks[i - 1].surface == "て"
            and _aux(toks[i - 2], "せる", "させる")):
        return None
    return i - 2


def _double(toks: list[Token], i: int, j: int, base: str, rewrite: str) -> Hit:
    """A double-honorific finding: the suggestion is the word's plain form, the message the rewrite."""
    found = _text(toks, i, j)
    return _hit(toks, i, j, suggestion=base,
                message=f"「{found}」は二重敬語です。「{rewrite}」で十分に丁寧です。")


def double_honorific(doc: Document, ctx: CheckContext):
    for _, toks in _sentences(doc):
        n = len(toks)
        for i, t in enumerate(toks):
            if t.pos[0] != "動詞":
                continue
            # おっしゃられる, いらっしゃられる, 召し上がられる, なさられる
            if t.surface == "なさ" and _is(t, "なす", "成す") and i + 1 < n and _is_reru(toks[i + 1]):
                e = _chain_end(toks, i + 2)
                yield _double(toks, i, e, "なさる", _plain_ra_godan(_NASARU, toks[i + 2:e]))
                continue
            if _is(t, *_HONORIFIC_VERBS) and i + 1 < n and _is_reru(toks[i + 1]):
                e = _chain_end(toks, i + 2)
                start = _prefixed(toks, i) if _is(t, "召し上がる", "召しあがる") else None
                start = i if start is None else start
                head = _text(toks, start, i)
                yield _double(toks, start, e, head + t.lemma, head + _plain_ra_godan(t, toks[i + 2:e]))
                continue
            # お〜になられる / ご〜になられる (お見えになられる, ご覧になられる, ご利用になられる)
            if _is(t, "なる", "成る") and i >= 2 and toks[i - 1].surface == "に" \
                    and toks[i - 1].pos[0] == "助詞" and i + 1 < n and _is_reru(toks[i + 1]):
                start = _prefixed(toks, i - 2)
                if start is None and i >= 3 and toks[i - 2].pos[0] in ("名詞", "動詞"):
                    start = _prefixed(toks, i - 3)  # お召し|上がり, ご|来|店 ...
                if start is None:
                    continue
                e = _chain_end(toks, i + 2)
                yield _double(toks, start, e, _text(toks, start, i) + "なる",
                              _text(toks, start, i) + _plain_ra_godan(t, toks[i + 2:e]))
                continue
            # 拝見させていただく, 伺わせていただく, お伺いさせていただく, 申し上げさせていただく
            c = _sasete_itadaku(toks, i)
            if c is None:
                continue
            v = c - 1
            if v < 0:
                continue
            verb = toks[v]
            e = _chain_end(toks, i + 1)
            tail = toks[i + 1:e]
            polite = tail and tail[0].norm == "ます"
            if _verb(verb, "する", "為る") and v >= 1 and toks[v - 1].surface in _HUMBLE_NOUNS:
                start = v - 1
                noun = toks[v - 1].surface
                base_form = noun + "する"
                sugg = noun + ("いたし" + _surfaces(tail) if polite else "する")
            elif (toks[v].pos[0] == "動詞" and _is(verb, *_HUMBLE_VERBS[:9])) or \
                    (_verb(verb, "する", "為る") and v >= 1 and _is(toks[v - 1], "伺う")):
                base = toks[v - 1] if _verb(verb, "する", "為る") else verb
                start = toks.index(base)
                p = _prefixed(toks, start)
                start = p if p is not None else start
                stem = masu_stem(base)
                sugg = (stem + _surfaces(tail)) if polite and stem else base.lemma
                base_form = base.lemma
            else:
                continue
            yield _double(toks, start, e, base_form, sugg)


# -- keigo/wrong-direction --------------------------------------------------------------
_OWN_SIDE = re.compile(
    r"(弊社|当社|弊店|当店|弊行|当行|弊所|当方|弊組合|当組合|弊院|当院|当館|当センター|当窓口|私ども|わたくしども|私共"
    r"|私|わたくし|わたし|僕|担当者|担当|係の者|係員|スタッフ|社員|店員|職員|作業員|技術者|配達員|配送員"
    r"|上司|責任者|店長|オペレーター|サポート|窓口|営業)$")
_CUSTOMER_SIDE = re.compile(r"(様|さま|お客|ご本人|ご家族|ご契約者|皆|あなた|ご自身|ご担当者|先生)")
_SUBJECT_PARTICLES = ("が", "は", "も", "から", "より")


def _subject(toks: list[Token], i: int) -> str | None:
    """'own' / 'customer' for the nearest person marked as a subject before toks[i], else None."""
    k = i - 1
    while k > 0:
        t = toks[k]
        if t.pos[0] == "助詞" and t.surface in _SUBJECT_PARTICLES:
            j = k
            while j > 0 and (toks[j - 1].pos[0] in ("名詞", "接尾辞", "接頭辞", "代名詞")
                             or (toks[j - 1].surface == "の" and j > 1 and toks[j - 2].pos[0] in ("名詞", "代名詞", "接尾辞"))):
                j -= 1
                if k - j > 5:
                    break
            np = _text(toks, j, k)
            if np:
                if _CUSTOMER_SIDE.search(np):
                    return "customer"
                if _OWN_SIDE.search(np) or (toks[k - 1].pos[2] == "人名" and t.surface in ("が", "から", "より")):
                    return "own"
        k -= 1
    return None


_CUSTOMER_ACTIONS = frozenset(
    "利用 注文 購入 予約 応募 登録 申込 申し込み 申込み 選択 入力 参加 返品 解約 使用 受け取り 受取 選び "
    "買い求め 引き出し 支払い 支払 試し 持ち帰り 楽しみ 加入 入会 退会 契約 来店 来場 来館 乗車 搭乗 宿泊 "
    "視聴 閲覧 投稿 送金 振込 振り込み 入金 出金 記入 指定 設定 追加 削除 申請 提出 持参 使い 求め 越し "
    "申し込 出席 ログイン 利用登録 解約手続き 退会手続き 解除 乗り換え 払い込み 引き落とし 換金 寄付".split())
_AMBIGUOUS_ACTIONS = frozenset("確認 変更 相談 手続き 交換 返送 更新 移行 問い合わせ 問合せ 請求".split())
_CUSTOMER_PLACE = re.compile(r"(マイページ|アプリ|サイト|ウェブ|Web|WEB|ページ|画面|店頭|窓口|お電話|電話|オンライン|コンビニ|ATM)(から|で|上で|にて)")
_OWN_MARK = re.compile(r"(弊社|当社|当店|弊店|私ども|わたくしども|当方|担当者|担当|こちらで|こちらから|私が|私から|当行|弊行)")
_CUSTOMER_MARK = re.compile(r"(お客様|お客さま|ご自身|様(が|は|で|にて|から))")

_HUMBLE_SURU_NOUNS = ("拝見", "拝読", "拝聴", "拝借", "拝受", "頂戴", "拝察")
_POLITE_FOR = {"拝見": "ご覧", "拝読": "お読み", "拝聴": "お聞き", "拝借": "お借り", "拝受": "お受け取り",
               "頂戴": "お受け取り", "拝察": "ご推察"}
_HONORIFIC_OWN = ("いらっしゃる", "おっしゃる", "仰る", "なさる", "為さる", "召し上がる", "召しあがる")
_TITLES = ("部長", "課長", "係長", "社長", "主任", "室長", "所長", "支店長", "店長", "次長", "専務", "常務",
           "取締役", "会長", "副社長", "マネージャー", "マネジャー", "リーダー", "センター長", "部長代理", "工場長")
_NAME_SUFFIX = ("さん", "様", "さま", "くん", "君", "ちゃん", "氏")
_OWN_PREFIX = re.compile(r"(担当|担当者|弊社|当社|当店|弊店|弊行|当行|係|スタッフ|部|課|室|センター|窓口|チーム|支店|店|営業所|事務所)の?$")
_HUMBLE_NEAR = re.compile(r"(いたし|致し|申し|参り|伺い|差し上げ|お電話し|ご連絡し|申し伝え|代わり|替わり|引き継|承り|お(送り|届け|渡し)し|ご(案内|説明|用意)し|が担当)")


def wrong_direction(doc: Document, ctx: CheckContext):
    for s, toks in _sentences(doc):
        n = len(toks)
        sent = doc.norm[s.nstart:s.nend]
        question = _is_question(toks)
        for i, t in enumerate(toks):
            # ご利用してください / お待ちしてください / ご確認していただけますか
            if _verb(t, "する", "為る") and t.surface == "し" and i + 2 < n and toks[i + 1].surface == "て" \
                    and (_verb(toks[i + 2], "くださる", "下さる", "いただく", "頂く", "いただける", "頂ける")):
                p = _prefixed(toks, i - 1)
                word = toks[i - 1] if i >= 1 else None
                if p is not None and word is not None and word.pos[0] in ("名詞", "動詞") \
                        and word.surface not in _HUMBLE_SURU_NOUNS:
                    e = _chain_end(toks, i + 3)
                    if toks[i + 2].surface in ("ください", "下さい") and e < n and toks[e].surface == "ませ":
                        e += 1
                    found = _text(toks, p, e)
                    yield _hit(toks, p, e, suggestion=_text(toks, p, i) + _text(toks, i + 2, e),
                               message=f"「{found}」はお客様の動作に謙譲語「お／ご〜する」を使っています。"
                                       f"「{_text(toks, p, i) + _text(toks, i + 2, e)}」と書きます。")
                    continue
            # ご利用されましたか / ご注文された (謙譲の「ご〜する」＋尊敬の「れる」)
            if _verb(t, "する", "為る") and t.surface == "さ" and i + 1 < n and _is_reru(toks[i + 1]):
                p = _prefixed(toks, i - 1)
                if p is not None and toks[i - 1].pos[0] in ("名詞",) and _subject(toks, i) != "own":
                    e = _chain_end(toks, i + 2)
                    sugg = _text(toks, p, i) + "に" + _plain_ra_godan(_NARU, toks[i + 2:e])
                    found = _text(toks, p, e)
                    yield _hit(toks, p, e, suggestion=sugg,
                               message=f"「{found}」は謙譲の「ご〜する」に「れる」を付けた形です。「{sugg}」と書きます。")
                    continue
            # ご注文できます (for the customer) -> ご注文いただけます
            if _verb(t, "できる", "出来る") and t.surface.startswith(("でき", "出来")):
                p = _prefixed(toks, i - 1)
                if p is not None and i >= 1 and toks[i - 1].pos[0] in ("名詞", "動詞"):
                    word = toks[i - 1].surface.lstrip("おご御")
                    who = _OWN_MARK.search(sent)
                    if word in _CUSTOMER_ACTIONS:
                        wrong = not who or bool(_CUSTOMER_MARK.search(sent))
                    elif word in _AMBIGUOUS_ACTIONS:
                        wrong = not who and bool(_CUSTOMER_MARK.search(sent) or _CUSTOMER_PLACE.search(sent))
                    else:
                        wrong = False
                    if wrong:
                        e = _chain_end(toks, i + 1)
                        tail = t.surface[2:] + _text(toks, i + 1, e)
                        sugg = _text(toks, p, i) + "いただけ" + tail
                        found = _text(toks, p, e)
                        yield _hit(toks, p, e, suggestion=sugg,
                                   message=f"「{found}」は謙譲の「ご〜できる」で、お客様の動作には使いません。"
                                           f"「{sugg}」と書きます。")
                        continue
            # 拝見してください / 拝見されましたか / 拝見ください
            if t.surface in _HUMBLE_SURU_NOUNS and i + 1 < n:
                nxt = toks[i + 1]
                alt = _POLITE_FOR[t.surface]
                if _verb(nxt, "する", "為る") and nxt.surface == "し" and i + 3 < n and toks[i + 2].surface == "て" \
                        and _verb(toks[i + 3], "くださる", "下さる", "いただく", "頂く", "いただける", "頂ける"):
                    e = _chain_end(toks, i + 4)
                    yield _hit(toks, i, e, suggestion=alt + "ください" if _is(toks[i + 3], "くださる", "下さる")
                               else alt + "いただけますか",
                               message=f"「{_text(toks, i, e)}」は謙譲語で、お客様の動作には使いません。"
                                       f"「{alt}ください」と書きます。")
                    continue
                if _verb(nxt, "する", "為る") and nxt.surface == "さ" and i + 2 < n and _is_reru(toks[i + 2]) \
                        and _subject(toks, i) != "own":
                    e = _chain_end(toks, i + 3)
                    sugg = alt + "に" + _plain_ra_godan(_NARU, toks[i + 3:e])
                    yield _hit(toks, i, e, suggestion=sugg,
                               message=f"「{_text(toks, i, e)}」は謙譲語に「れる」を付けた形です。「{sugg}」と書きます。")
                    continue
                if _verb(nxt, "くださる", "下さる"):
                    e = i + 2
                    yield _hit(toks, i, e, suggestion=alt + "ください",
                               message=f"「{_text(toks, i, e)}」は謙譲語で、お客様の動作には使いません。"
                                       f"「{alt}ください」と書きます。")
                    continue
            if t.pos[0] != "動詞":
                continue
            # 申された / 参られる / 伺われる / 存じられる: humble verb + honorific れる
            if _is(t, "申す", "参る", "伺う", "申し上げる", "存ずる", "存じる", "承る") and i + 1 < n \
                    and _is_reru(toks[i + 1]) and _subject(toks, i) != "own" and t.cform.startswith("未然形"):
                e = _chain_end(toks, i + 2)
                if _is(t, "参る"):
                    sugg = _plain_ra_godan(_IRASSHARU, toks[i + 2:e])
                elif _is(t, "伺う"):
                    sugg = "お聞きに" + _plain_ra_godan(_NARU, toks[i + 2:e])
                elif _is(t, "存ずる", "存じる"):
                    sugg = "ご存じ"
                else:
                    sugg = _plain_ra_godan(_OSSHARU, toks[i + 2:e])
                yield _hit(toks, i, e, suggestion=sugg,
                           message=f"「{_text(toks, i, e)}」は謙譲語に「れる」を付けた形で、お客様には使いません。"
                                   f"「{sugg}」と書きます。")
                continue
            # 伺ってください / 申し上げてください / いただいてください / 参ってください
            if _is(t, "伺う", "申す", "申し上げる", "参る", "承る", "いただく", "頂く", "存ずる", "存じる") \
                    and i + 2 < n and toks[i + 1].surface == "て" and _verb(toks[i + 2], "くださる", "下さる"):
                if _is(t, "いただく", "頂く") and i >= 1 and (_te(toks[i - 1]) or toks[i - 1].pos[0] in ("名詞", "接頭辞")):
                    continue  # 〜ていただいてください / ご署名いただいてください: a request to a third party
                e = _chain_end(toks, i + 3)
                alt = {"伺う": "お尋ねください", "申す": "おっしゃってください", "申し上げる": "おっしゃってください",
                       "参る": "お越しください", "承る": "お受けください", "いただく": "お受け取りください（召し上がってください）",
                       "存ずる": "ご承知おきください"}
                key = t.lemma if t.lemma in alt else (t.norm if t.norm in alt else "いただく" if _is(t, "頂く") else "存ずる")
                yield _hit(toks, i, e, suggestion=alt.get(key),
                           message=f"「{_text(toks, i, e)}」は謙譲語で、お客様の動作には使いません。"
                                   f"「{alt.get(key)}」と書きます。")
                continue
            # 存じていますか / 存じでしょうか (asking the customer) -> ご存じですか
            if _is(t, "存ずる", "存じる") and question and _prefixed(toks, i) is None \
                    and not (i > 0 and toks[i - 1].surface in _PREFIX):
                e = _chain_end(toks, i + 1)
                while e < n and (_verb(toks[e], "いる", "居る", "おる", "居る") or toks[e].pos[0] == "助動詞"):
                    e += 1
                yield _hit(toks, i, e, suggestion="ご存じですか",
                           message=f"「{_text(toks, i, e)}」は謙譲語の「存じる」で、お客様には使いません。"
                                   "「ご存じですか」と書きます。")
                continue
            # 弊社の担当者がいらっしゃいます / 私がおっしゃった: honorific for our own side
            own_hon = _is(t, *_HONORIFIC_OWN) and not (t.pos[1] == "非自立可能" and i > 0 and _te(toks[i - 1])
                                                      and _is(t, "なさる"))
            if not own_hon and _is(t, "なる", "成る") and i >= 2 and toks[i - 1].surface == "に" \
                    and _prefixed(toks, i - 2) is not None:
                own_hon = True  # お見えになる, ご覧になる, お越しになる
            if own_hon and _subject(toks, i) == "own":
                start = i
                if _is(t, "なる", "成る"):
                    start = _prefixed(toks, i - 2)
                e = _chain_end(toks, i + 1)
                word = _text(toks, start, e)
                sugg = _OWN_HUMBLE.get(t.lemma) or _OWN_HUMBLE.get(t.norm)
                if _is(t, "なる", "成る"):
                    sugg = _OWN_HUMBLE.get(_text(toks, start, i - 1).lstrip("おご御"), "謙譲語（参ります・伺います など）")
                yield _hit(toks, start, e, suggestion=sugg,
                           message=f"「{word}」は尊敬語です。自分の側（弊社・担当者）の動作には謙譲語"
                                   f"「{sugg}」を使います。")
        if s.kind in (seg.GREETING, seg.BODY, seg.CLOSING):
            yield from _colleague_titles(doc, s, toks)
        for m, a, b in _regex(doc, s, _ZONJI_AGE):
            yield Hit(a, b, f"「{m.group()}」は尊敬語と謙譲語が混ざった誤りです。「ご存じ」と書きます。", "ご存じ")


_ZONJI_AGE = re.compile(r"ご存[じ知]上げ")
_OWN_HUMBLE = {"いらっしゃる": "参ります・おります", "おっしゃる": "申します・申し上げます", "仰る": "申します・申し上げます",
               "なさる": "いたします", "為さる": "いたします", "召し上がる": "いただきます", "召しあがる": "いただきます",
               "見え": "参ります", "覧": "拝見します", "越し": "伺います・参ります", "帰り": "戻ります"}


class _Lemma:
    """A stand-in verb token for building a rewrite from a lemma."""

    def __init__(self, lemma: str) -> None:
        self.lemma = lemma
        self.norm = lemma
        self.ctype = "五段-ラ行"


_NARU, _OSSHARU, _IRASSHARU, _NASARU = (_Lemma("なる"), _Lemma("おっしゃる"), _Lemma("いらっしゃる"),
                                        _Lemma("なさる"))


def _colleague_titles(doc: Document, s: Sentence, toks: list[Token]):
    """担当の山田さん / 弊社の田中部長 / 山田さんからご連絡いたします: a colleague named with honour."""
    n = len(toks)
    for i, t in enumerate(toks):
        if t.surface not in _NAME_SUFFIX and t.surface not in _TITLES:
            continue
        if i == 0:
            continue
        # The name: a person name, or a noun right after an own-side prefix (担当の|山田).
        k = i - 1
        if toks[k].surface in _TITLES and t.surface in _NAME_SUFFIX:
            k -= 1  # 田中部長様
        name_k = k
        if name_k < 0 or toks[name_k].pos[0] not in ("名詞",) or "客" in toks[name_k].surface:
            continue
        if toks[name_k].pos[1] == "固有名詞" and name_k > 0 and toks[name_k - 1].pos[2] == "人名":
            name_k -= 1  # 山田|太郎
        person = toks[name_k].pos[2] == "人名"
        before = _text(toks, max(0, name_k - 3), name_k)
        own_prefix = bool(before) and bool(_OWN_PREFIX.search(before)) and "様" not in before \
            and "お客" not in before and not before.endswith(("ご", "お"))
        is_title = t.surface in _TITLES
        if is_title and not person:
            continue
        if not own_prefix:
            # 山田さんからご連絡いたします / 山田さんが担当いたします: a colleague by what follows
            if not (person and t.surface in ("さん", "くん", "君", "ちゃん") and i + 1 < n
                    and toks[i + 1].surface in ("が", "から", "より", "に", "は")
                    and _HUMBLE_NEAR.search(doc.norm, toks[i + 1].nend, s.nend)):
                continue
        e = i + 1
        if is_title and e < n and toks[e].surface in _NAME_SUFFIX:
            e += 1
        name = _text(toks, name_k, i - (1 if toks[i - 1].surface in _TITLES and not is_title else 0))
        found = _text(toks, name_k, e)
        if is_title:
            sugg = f"{t.surface}の{_text(toks, name_k, i)}"
        else:
            title = toks[i - 1].surface if toks[i - 1].surface in _TITLES else None
            sugg = f"{title}の{_text(toks, name_k, i - 1)}" if title else name
        yield _hit(toks, name_k, e, suggestion=sugg,
                   message=f"お客様への返信で、自分の側の「{found}」に敬称を付けています。「{sugg}」と書きます。")


# -- keigo/baito ------------------------------------------------------------------------
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


def baito(doc: Document, ctx: CheckContext):
    for s, toks in _sentences(doc):
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
                word = _text(toks, start, i) if not hoo else _text(toks, start - 1, k - 1)
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


def casual(doc: Document, ctx: CheckContext):
    allow = set(ctx.options.get("allow", ()) or ())
    for s, toks in _sentences(doc):
        text = doc.norm[s.nstart:s.nend]
        lead = len(text) - len(text.lstrip())
        m = _SENTENCE_START.match(text)
        if m:
            word = m.group(1)
            sugg = {"なので": "そのため", "だから": "そのため", "でも": "ただ", "あと": "また", "あとは": "また",
                    "それと": "また", "じゃあ": "それでは", "じゃ": "それでは"}[word]
            if word not in allow and not (word in ("でも",)):
                a, b = _original(doc, s.nstart + lead + m.start(1), s.nstart + lead + m.end(1))
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
_ICHIDAN = ("上一段", "下一段", "カ行変格")


def ra_nuki(doc: Document, ctx: CheckContext):
    for _, toks in _sentences(doc):
        n = len(toks)
        for i, t in enumerate(toks):
            if t.pos[0] != "動詞":
                continue
            # 見れる, 来れる, 食べれます: a potential verb made from a 一段 / カ変 verb
            if t.ctype == "下一段-ラ行" and t.lemma.endswith("れる") and t.norm != t.lemma \
                    and t.norm.endswith("る") and len(t.lemma) >= 3:
                base = t.norm
                if not _base_ctype(base).startswith(_ICHIDAN):
                    continue
                stem = t.lemma[:-2]
                if not t.surface.startswith(stem + "れ"):
                    continue
                e = _chain_end(toks, i + 1)
                sugg = stem + "られ" + t.surface[len(stem) + 1:] + _text(toks, i + 1, e)
            # 借り|れる, 覚え|れる: a 一段 verb with れる instead of られる
            elif t.ctype.startswith(_ICHIDAN) and t.cform.startswith("未然形") and i + 1 < n \
                    and _aux(toks[i + 1], "れる") and toks[i + 1].surface.startswith("れ"):
                e = _chain_end(toks, i + 2)
                sugg = t.surface + "ら" + _text(toks, i + 1, e)
            else:
                continue
            found = _text(toks, i, e)
            yield _hit(toks, i, e, suggestion=sugg,
                       message=f"「{found}」はら抜き言葉です。「{sugg}」と書きます。")


_A_TO_U = dict(zip("かがさたなばまらわ", "くぐすつぬぶむるう"))
_REAL_ASU = ("鳴らす", "減らす", "漏らす", "照らす", "散らす", "晴らす", "慣らす", "濡らす", "揺らす", "逸らす",
             "反らす", "枯らす", "暮らす", "凝らす", "巡らす", "肥やす", "冷やす", "増やす", "生やす",
             "燃やす", "絶やす", "費やす", "鳴かす", "驚かす", "動かす", "乾かす", "溶かす", "沸かす", "生かす",
             "活かす", "泣かす", "甘やかす", "散らかす", "ちらかす", "ごまかす", "誤魔化す", "脅かす", "明かす",
             "果たす", "満たす", "浸す", "倒す", "回す", "渡す", "話す", "返す", "帰す", "出す", "貸す", "寝かす",
             "済ます", "澄ます", "覚ます", "冷ます", "醒ます", "悩ます", "励ます", "すます", "知らす", "遅らす")


def sa_ire(doc: Document, ctx: CheckContext):
    for _, toks in _sentences(doc):
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
                    and i + 2 < n and toks[i + 2].surface == "て":
                base = t.lemma[:-2] + _A_TO_U[t.lemma[-2]]
                if not _base_ctype(base).startswith("五段"):
                    continue
                e = _chain_end(toks, i + 2)
                if e < n and _verb(toks[e], "いただく", "頂く", "くださる", "下さる", "もらう", "貰う"):
                    e = _chain_end(toks, e + 1)
                sugg = t.surface[:-1] + "せ" + _text(toks, i + 2, e)
            else:
                continue
            found = _text(toks, i, e)
            yield _hit(toks, i, e, suggestion=sugg,
                       message=f"「{found}」はさ入れ言葉です。「{sugg}」と書きます。")


# -- keigo/sasete-itadaku-overuse -------------------------------------------------------
_ROUTINE = ("発送", "送付", "連絡", "案内", "返信", "回答", "報告", "紹介", "説明", "送信", "お送り", "お届け",
            "お知らせ", "返答", "ご連絡", "ご案内", "ご報告", "ご説明", "ご返信", "ご回答", "ご紹介", "ご送付")
_CONSENT = re.compile(r"(承諾|了承|同意|許可|お許し|ご希望|お申し出|お申し付け|ご依頼|ご要望|ご指示|ご指定|ご了解|お言葉に甘え)")


def sasete_itadaku_overuse(doc: Document, ctx: CheckContext):
    limit = int(ctx.options.get("max", 2))
    found: list[tuple[Hit, bool]] = []
    for s, toks in _sentences(doc):
        sent = doc.norm[s.nstart:s.nend]
        for i, t in enumerate(toks):
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
        yield Hit(h.start, h.end, msg, h.suggestion)


# -- keigo/honorific-title --------------------------------------------------------------
_TITLE_WORDS = "|".join(sorted(_TITLES + ("先生", "教授", "院長", "校長", "理事長", "副部長", "担当者", "ご担当者"),
                               key=len, reverse=True))
_DOUBLE_TITLE = re.compile(
    rf"(?P<title>{_TITLE_WORDS})(様|さま|殿)"
    r"|(?P<kakui>(?<![客皆])様各位|各位様|各位殿|殿各位)"
    r"|(?P<okyaku>お客様様|お客さま様|様様|様殿|殿様(?!商売))"
    r"|(?P<onchu>御中(\s*)様|御中\s*殿)")
_ONCHU = re.compile(r"御中")
_PERSON_SAMA = re.compile(r"[^\s、,]{1,12}(様|さま|殿)")


def _header(doc: Document) -> list[Sentence]:
    """The addressee, with the name lines right under it (会社名 御中 / 部署名 ○○様)."""
    out = doc.linted_sentences(seg.ADDRESSEE)
    if not out:
        return out
    line = out[-1].line
    for s in doc.sentences:
        if s.line <= line or s.kind == seg.QUOTED:
            continue
        if s.line != line + 1 or s.terminated or not re.search(r"(様|さま|殿)\s*$", doc.norm[s.nstart:s.nend]):
            break
        out.append(s)
        line = s.line
    return out


def honorific_title(doc: Document, ctx: CheckContext):
    for s, _ in _sentences(doc):
        for m, a, b in _regex(doc, s, _DOUBLE_TITLE):
            g = m.group()
            if m.group("title"):
                t = m.group("title")
                if t in ("担当者", "ご担当者"):
                    if s.kind != seg.ADDRESSEE:
                        continue
                    sugg, why = "ご担当者様", "「担当者」に「様」を付ける宛名は「ご担当者様」と書きます"
                    if t == "ご担当者":
                        continue
                else:
                    sugg, why = t, f"「{t}」は敬称を含む役職名なので「様」は重ねません"
            elif m.group("kakui"):
                sugg, why = "各位（または ○○様）", "「各位」はそれだけで敬称なので「様」「殿」と重ねません"
            elif m.group("okyaku"):
                sugg, why = g[:-1] if g.startswith("お客") else "様", "敬称が二重になっています"
            else:
                sugg, why = "御中（個人宛なら 様）", "「御中」は組織宛て、「様」は個人宛ての敬称で、併用しません"
            yield Hit(a, b, f"「{g}」は敬称の重複です。{why}。「{sugg}」と書きます。", sugg)
    # 御中 on one line, 様 for a person on the next: the addressee block as a whole.
    addressee = _header(doc)
    if addressee:
        block = [(s, doc.norm[s.nstart:s.nend]) for s in addressee]
        onchu = [(s, m) for s, t in block for m in _ONCHU.finditer(t)]
        sama = [(s, m) for s, t in block for m in _PERSON_SAMA.finditer(t) if "御中" not in m.group()]
        if onchu and sama:
            s, m = onchu[0]
            a, b = _original(doc, s.nstart + m.start(), s.nstart + m.end())
            if not any(_DOUBLE_TITLE.search(t) and "御中" in t for _, t in block):
                yield Hit(a, b, "「御中」と個人名の「様」を併用しています。個人宛てなら「御中」を外し、"
                                "「会社名 部署名 ○○様」と書きます。", "（御中を削除）")
