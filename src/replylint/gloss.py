"""Whether a term is explained where it stands: a plain gloss in brackets right after it
(SLA(サービス品質の保証), セッション「ログイン状態」), the plain words right before it with the
term in brackets (ログイン状態(セッション)), a definition (SLAとは、…; 〜を「SSO」と呼びます; タイム
スタンプは、…を証明するものです), or `以下` naming it.

Offsets are into the normalized view (NFKC: full-width brackets are half-width there). The
patterns are compiled at their first use, as the checks' are: most replies explain nothing.
"""

from __future__ import annotations

from bisect import bisect_right

from .regexes import lazy

# A gloss right after the term (a few more letters of the word may stand between: CSV形式(…)).
# It must hold words, not only a number or a code.
# (The term may stand in quotes before it: 今回のご注文は「成行」(値段を指定せず…)でした.)
_GLOSS_AFTER = lazy(r"[一-龥ァ-ヶー]{0,4}[」』]?\s*[(「]([^()「」\n]{2,60})[)」]")
_HAS_WORDS = lazy(r"[ぁ-んァ-ヶ一-龥]{2}")
# ... or defined in words: SLAとは、… / SLA、つまり… / SLA=… / (一般にSSOと呼ばれる仕組み)
# (or given as another name of what was just named: 「休業補償」(営業補償料、NOCとも呼ばれます))
# (or named after the sentences that said what it is: 業界では「塗り足し」と呼ぶものです)
# (the term may stand in quotes, with its short form: 「シングルサインオン(SSO)」と呼びます; or with
# the rest of a name it begins: 「APN設定」という接続用の設定, 「ベストエフォート型」といって、…)
# (or the name of the thing it names: 売るための申請(「系統連系」の申請といいます))
# (its reading may stand in brackets first: ・指値(さしね):買いたい値段を…方法です)
_DEFINED_AFTER = lazy(r"(\([A-Za-z0-9]{2,8}\)|\([ぁ-ゖ]{1,12}\))?(?:[一-龥ァ-ヶー]{0,8}[」』](?:の[一-龥ァ-ヶー]{1,6})?)?\s*(とは|って|、?つまり|=|:|と"
                      + "も?(?:呼ば|呼び|呼ぶ|呼ん|いい|言い|いう|言う|いって|言って))")
# ... or the topic of a sentence that says what it is: タイムスタンプは、…を証明するものです
_TOPIC = lazy(r"[」』]?\s*は[、,]")  # (the term may stand in quotes: 「免責金額」は、…)
# (… and what kind of thing it is: a setting, a device, a period, a way of doing, a part; not a
# state, which says how the thing is now: サーバーは、復旧作業中の状態です:
# ブリッジモードは、…電波を広げる役割だけにする設定です)
_DEFINITION_END = lazy(r"(もの|こと|仕組み|しくみ|機能|方式|制度|サービス|番号|記録|書類|手続き|費用|料金|手数料|お金"
                       r"|設定|機器|装置|期間|方法|部分|割合|金額|区分)(です|でございます|になります|を指します)"
                       r"|ことを(いい|言い|指し|意味し)ます")
# ... or named in quotes for the case just described: 紹介状をお持ちでない方が…場合、診察代とは
# 別に「選定療養費」として7,700円を… (the case is told before the name)
_NAMED_AS = lazy(r"[」』]\s*として")
_CASE_TOLD = lazy(r"場合|際|とき|方は|方が|方に|ため")
# ... or introduced as a name: いわゆるSSO, (通称「赤ロム」) after what it is
_NAMED_BEFORE = lazy(r"(いわゆる|通称|俗に|俗称)[「\s]?$")
# ... or named for what follows: 以下「SLA」, (以下、SLA)
_GLOSS_BEFORE = lazy(r"以下[、,]?\s*[「(]?$")
_LATER_IS_DEFINED = lazy(r"以下")


# The rest of a word the term begins, up to the bracket that closes it: SIP|トランク)
_WORD_REST = lazy(r"[一-龥ァ-ヶー]{1,6}(?=[)〕】])")
_CLOSING = {")": "(", "〕": "〔", "】": "【"}  # (NFKC leaves the tortoise-shell brackets as they are)


def explained_at(norm: str, start: int, end: int, s_start: int, s_end: int) -> bool:
    """Whether the term at norm[start:end], in the sentence norm[s_start:s_end], is explained there."""
    before = norm[s_start:start]
    # (the term may begin the word in brackets: 接続回線(SIPトランク), 暗号化方式(WPA2方式))
    rest = _WORD_REST.match(norm, end, s_end)
    close = rest.end() if rest else end
    if norm[close:close + 1] in _CLOSING and before[-1:] == _CLOSING[norm[close]]:
        # サービス品質保証(SLA), 尿素窒素〔BUN〕: the words before the bracket explain it.
        return bool(_HAS_WORDS.search(before[-12:-1])) or bool(_LATER_IS_DEFINED.search(before))
    opened = _listed(norm, start, end, s_start, s_end)
    if opened is not None:
        # 左右(借方・貸方): the plain words before the bracket explain each term listed in it.
        return bool(_HAS_WORDS.search(norm[max(s_start, opened - 11):opened]))
    if _GLOSS_BEFORE.search(before) or _NAMED_BEFORE.search(before):
        return True
    if before[-1:] in ("「", "『") and _NAMED_AS.match(norm, end, s_end) and _CASE_TOLD.search(before):
        return True
    if before[-1:] in ("「", "『") and _described_before(before):
        return True
    m = _GLOSS_AFTER.match(norm, end, s_end)
    if m and _HAS_WORDS.search(m.group(1)):
        return True
    return defined_at(norm, end, s_start, s_end)


_LIST_ITEM = lazy(r"[^()・、,/\n]{1,16}")
_LIST_SEPARATORS = "・、,/"


def _listed(norm: str, start: int, end: int, s_start: int, s_end: int) -> int | None:
    """Where the bracket opens when norm[start:end] is one of a few terms listed in brackets,
    each a whole item between ・ or 、 (左右(借方・貸方)); else None."""
    if not (norm[end:end + 1] in _LIST_SEPARATORS or norm[start - 1:start] in _LIST_SEPARATORS):
        return None
    opened = norm.rfind("(", max(s_start, start - 40), start)
    closed = norm.find(")", end, min(s_end, end + 40))
    if opened < 0 or closed < 0:
        return None
    items = [i.strip() for i in _split_list(norm[opened + 1:closed])]
    if norm[start:end] in items and 2 <= len(items) <= 4 and all(_LIST_ITEM.fullmatch(i) for i in items):
        return opened
    return None


def _split_list(inner: str) -> list[str]:
    """The items of a bracket's list, split at ・ 、 , /."""
    out, item = [], ""
    for ch in inner:
        if ch in _LIST_SEPARATORS:
            out.append(item)
            item = ""
        else:
            item += ch
    return out + [item]


def _described_before(before: str) -> bool:
    """A clause that says what the quoted term is stands right before it: ご自身で金融機関などから
    納めていただく「普通徴収」, 〜を確認するための「仮押さえ」 (at least _CLAUSE letters since the last comma, ending in a verb or
    an adjective that modifies the term; not a short one: お客様が設定する「DNS」)."""
    m = _CLAUSE_BEFORE.search(before, max(0, len(before) - 60))
    return m is not None and len(m.group(1)) >= _CLAUSE


_CLAUSE = 14
# (or what it is for, ending in ための or という: カードが有効かどうかを確認するための「仮押さえ」)
_CLAUSE_BEFORE = lazy(r"(?:^|[、,。])([^、,。「」]+?(?:[るくうつむぶぐすぬただい]|ための|という))[「『]$")


def defined_at(norm: str, end: int, s_start: int, s_end: int) -> bool:
    """Whether the term ending at `end` is defined by its sentence: SLAとは、…; 〜を「SSO」と呼び
    ます; タイムスタンプは、…を証明するものです; 成行注文は「値段を指定せずに…注文」です."""
    if _DEFINED_AFTER.match(norm, end, s_end) or _DEFINED_QUOTED.match(norm, end, s_end) \
            or _COMPOUND_DEFINED.match(norm, end, s_end):
        return True
    return bool(_TOPIC.match(norm, end, s_end)) and (_defines(norm, s_start, s_end)
                                                     or _DEFINITION_GOES_ON.search(norm, end, s_end) is not None)


# ...or is the head of a compound the sentence defines (成行注文とは、…; not a field's label,
# RMA番号：RMA-2612-0457)
_COMPOUND_DEFINED = lazy(r"[一-龥ァ-ヶー]{1,4}とは")
# ...or is the topic of what a quotation then says it is, as the whole of the sentence's predicate
# (成行注文は「値段を指定せずに、その時の市場の価格で売買する注文」です)
# (words in the quotation, not a code: 本件のRMA番号は「SW-20417」です)
_DEFINED_QUOTED = lazy(r"[一-龥ァ-ヶー]{0,4}は[、,]?「(?=[^」。]{0,40}?[ぁ-ゖ][^」。]{0,40}?[ぁ-ゖ])[^」。]{8,80}」(?:です|でございます|のことです|を指します|という意味です)")
# ...or says what it is, then goes on: 「免責金額」は、…ご負担分のことで、ご契約時にお選びいただいた金額です
_DEFINITION_GOES_ON = lazy(r"(もの|こと)で[、,]|ことを(いい|言い|指し)[、,]")


def _defines(norm: str, s_start: int, s_end: int) -> bool:
    """The sentence ends by saying what its topic is (…するものです, …のことをいいます)."""
    tail = norm[max(s_start, s_end - 16):s_end].rstrip("。.!! ")
    return any(m.end() == len(tail) for m in _DEFINITION_END.finditer(tail))


DEFINED_WITHIN = 3  # sentences after a term's first use where it may still be defined


_THIS_IS = lazy(r"(これ|こちら|これら)は[、,]?")


def defined_next(doc, s, start: int) -> bool:
    """Whether the term quoted at `start` in sentence `s` (領収書の「選定療養費」について…) is
    defined by the next sentence, which takes it up as これは and says what it is (これは、…
    ご負担いただく費用です)."""
    norm = doc.norm
    if norm[start - 1:start] not in ("「", "『"):
        return False
    k = bisect_right(doc.sentence_starts, s.nstart)
    if k >= len(doc.sentences):
        return False
    t = doc.sentences[k]
    return bool(_THIS_IS.match(norm, t.nstart, t.nend)) and _defines(norm, t.nstart, t.nend)


def explained_soon(doc, word: str, end: int, s) -> bool:
    """Whether `word`, first used in sentence `s` up to `end` and not explained there, is
    defined where it is used again in the next two sentences (SSOを設定します。SSOとは、…): a term
    introduced, then defined. (A gloss in brackets at a later use is a gloss given too late.)"""
    sentences = doc.sentences
    k = bisect_right(doc.sentence_starts, s.nstart) - 1
    last = sentences[min(k + DEFINED_WITHIN, len(sentences) - 1)].nend
    norm = doc.norm
    i = norm.find(word, end, last)
    while i >= 0:
        t = doc.sentence_at(i)
        if t is not None and defined_at(norm, i + len(word), t.nstart, t.nend):
            return True
        i = norm.find(word, i + len(word), last)
    return False
