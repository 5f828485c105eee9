"""Positive phrasing: say what can be done, never blame the customer, no cold rules.

All patterns run on the normalized (NFKC) view of linted sentences; hits are mapped back to
original offsets. Quoted text and signatures are never read.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache
from operator import attrgetter

from .. import acts, parties
from .. import segments as seg
from ..document import Document, Sentence
from ..engine import CheckContext, Hit, triggered_by
from ..regexes import Grammar, analysis, lazy, trie_pattern
from ..tokenize import Token

_NSTART = attrgetter("nstart")


def _at(first: str, pattern: str) -> str:
    """`pattern`, tried only where a character it can start with (`first`) stands. Patterns whose
    alternatives start with a group or a look-behind are tried whole at every character of a
    sentence; the look-ahead rejects the other characters at once (tests/test_triggers.py checks
    that `first` holds the first character of every alternative)."""
    return "(?=[" + first + "])(?:" + pattern + ")"


# -- shared ---------------------------------------------------------------------------

# A refusal stated as the company's position.
_REFUSAL = lazy(_at(
    "いおごしでに不例公再出取受回実対導応扱承提案沿添用致行販追開変返交延払キ無一認含加組振繰差引設置",
    r"(お受け|ご用意|ご対応|ご提供|お引き受け|お応え|お答え)?(でき|出来)(ません|かねます)"
    r"|(いたし|致し|し|承り|応じ|お受けし|お受け|ご用意し|ご対応し|お答えし|ご提供し|添い|沿い)かねます"
    r"|(対応し|受け付け|受付し|お受けし|取り扱っ|取扱っ|取り扱いし|お取り扱いし|承っ|扱っ|行っ|実施し|提供し"
    r"|販売し|ご用意し|用意し|お答えし|回答し|ご回答し|ご案内し|案内し|公開し|開示し|応じ"
    # (a class, a slot or a stock we keep none of: 振替クラスは設けておりません / 在庫は置いておりません)
    r"|設け|置い)て(おり|い)ません"
    r"|(受け付けられ|受付でき|承れ|受けられ|応じられ|添え|沿え)ません"
    # (the potential of a service of ours, denied: お取り置きは行えません / 現金は扱えません)
    r"|(行え|おこなえ|扱え|取り扱え)ません"
    # (what we would take into a return, a booking or a plan, denied in the potential: 今回の申告には
    # 含められません, 翌月に繰り越せません, 期限は延ばせません; each spelling of the verb)
    r"|(含め|加え|組み入れ|組入れ|振り替え|振替え|繰り入れ|差し替え|取り替え|引き受け|受け入れ)られません"
    r"|(繰り越せ|繰越せ|延ばせ|引き取れ|引取れ)ません"
    # 翌日以降のご連絡は受け付けません / 変更はいたしません: what we will not do, flatly (not
    # 二度といたしません, a promise: the noun and は come first)
    # (返金の対応はしておりません: the noun and は before the verb)
    r"|(対応|受付|受け付け|取り扱い|取扱い|販売|返金|返品|交換|再発行|払い戻し)は(して|いたして|致して)(おり|い)ません"
    r"|受け付けません|受付いたしません|(変更|返金|返品|交換|延長|再発行|払い戻し|払戻し|キャンセル|お受け|対応|ご対応)は(いたし|致し|行い)ません"
    # 翌日までお引き渡しいたしません / 一切対応しません: a service of ours, flatly withheld
    r"|(お|ご)(引き渡し|引渡し|渡し|返金|返品|交換|対応|受け取り|預かり|取り置き)(いたし|致し)ません"
    r"|(一切|いっさい)(対応|返金|返品|交換)(いたし|致し|し)ません"

    r"|(?<!ご)無理(です|でございます|となります)"
    r"|不可能(です|でございます)|不可(です|となります|となっております|でございます)"
    r"|(いただけ|になれ)ません"
    # 提供しておらず、…: the refusal in the clause form; no plan to do it
    r"|(対応し|受け付け|お受けし|取り扱っ|承っ|扱っ|行っ|提供し|販売し|ご用意し|用意し)て(おら|い)ず"
    r"|(提供|対応|実装|追加|販売|再開|開始|導入|ご用意|用意)の予定(は|も)(ございません|ありません)"
    # 現時点でご紹介できる求人はございません: nothing we can offer; 原則として認めておりません
    r"|(ご紹介|ご案内|ご用意|ご提供|お出し|ご提案)(でき|いたせ)る[^。、]{0,10}?(は|が|も)(ございません|ありません)"
    r"|(お)?認めて(おり|い)ません|お認めしておりません|お認めできません"
    r"|お断り(いたし|し|させていただい|させていただき)て?(おり)?ます"
    # (or made so, told after the fact: 審査の結果、お支払いの対象外となりました)
    r"|(対応|対象)外(です|となります|となっております|でございます|となりました|とさせていただきました)"
    # no exception made (not 異常は認められません, which reports a finding)
    r"|例外(は|も)[^。]{0,8}?(認められ|認めて|お認めし|設けて|ござい|あり)(て)?(おり|い)?ません"))
# Not a refusal: what a maintenance or a change leaves untouched (本メンテナンスの対象外となります),
# and the no-reply line of a mail sent by a system (送信専用のため、返信できません).
_SCOPE_BEFORE = lazy(r"(メンテナンス|作業|工事|障害|変更|改定|停止|影響|値上げ|今回の措置)の$")
_SEND_ONLY = lazy(r"送信専用|配信専用|自動送信|自動配信")
# A scope stated (〜が対象です); and the refusal that holds for a request not done (ご連絡のない,
# 書類がない), right after the request itself (〜ください)
_IN_SCOPE = lazy(r"対象(です|となります|でございます|となっております)")
# (or the act itself undone: 分配してください。分配されていないチケットでは入場できません)
_IF_NOT_DONE = lazy(r"([一-龥ァ-ヶー]{1,6})((の|が)ない|(され|し)て(い|おら)?ない)")


def _asked_before(norm: str, prev, start: int, end: int) -> bool:
    """The refusal in norm[start:end] holds for a request not done (ご連絡のない返品は), and the
    sentence before asks for just that (事前にご連絡ください)."""
    # (every match holds ない: _IF_NOT_DONE starts with a class of kanji, tried at every one)
    m = _IF_NOT_DONE.search(norm, start, end) if norm.find("ない", start, end) >= 0 else None
    if m is None:
        return False
    asked = norm.find(m.group(1), prev.nstart, prev.nend)
    return asked >= 0 and bool(_ASK_RIGHT_AFTER.match(norm, asked + len(m.group(1)), prev.nend))


_ASK_RIGHT_AFTER = lazy(r"[^。、]{0,4}?(ください|くださいませ|(を|の)?お願い(いたし|し|申し上げ)ます)")
# Not a refusal: the customer's own report, a question, a quotation, a condition.
# What our own mind cannot do (理解できません, 納得いたしかねます,
# 把握することができません): a state of the writer, not a service withheld, so no way forward is owed.
_OWN_MIND_BEFORE = lazy(r"(理解|納得|想像|把握|予想|予測|判断|断定)(する|いたす|致す)?(こと)?(が|は|も)?$")
_NOT_REFUSAL_AFTER = lazy(
    r"(でした|[、,]?と(の|いう|お問い合わせ|ご連絡|ご相談|表示)|」|』|か[。?!]?|でしょうか|場合|ので[^。]*(か|でしょうか))")
# What can be done: an alternative, a condition under which it is possible, an action we take,
# or an instruction the customer can follow. (代替品につきましては / 代替品のご指定: the substitute as
# the topic of the sentence, or as what they asked for, offers none.) (別の after a kanji is one word: 個別の, 特別の; ご提案
# alone may be the very thing refused: ご提案はお受けいたしかねます.)
_ALTERNATIVE = lazy(_at(
    "いおかくこごさてでなにほもや乗予交他代使修借再別切取受可場変対届延応手扱承振方替準用申発確移行見調貯買返選配次オプサコメ制窓機",
    r"代わりに|かわりに|代替(?!品?(につきまして|について|に関して|の件|は|を(ご)?(希望|ご指定|指定)))|(?<![一-龥])別の(方法|手段|商品|日|お日にち|便|プラン|もの|サイズ|色|カラー|お支払い|窓口|店舗)"
    r"|ほかの(方法|手段|商品|窓口)|他の(方法|手段|商品|窓口)"
    # (not a condition of something not done: 冷蔵庫に入れていただけなかったのであれば、保証はできかねます)
    r"|(?<!本来)(?<!ないの)(?<!なかったの)であれば|でしたら|なら[、,]|ならば|場合(は|には|でも)[^。]{0,40}(可能|でき(?!ません|かね)|いただけ(?!ません)|承り|承れ)"
    r"|いただけ(ます|る)(?!ん|と(幸い|助かり))(?!のは[^。]{0,20}?(まで|のみ|だけ|限り|限ら))|いただくこと(が|も)(でき|可能)|(?<!不)可能(です|となります|でございます|となっております)"
    r"|でき(ます|る)(?!ん)(?!のは[^。]{0,20}?(まで|のみ|だけ|限り|限ら))|できるように|でき(ません|かねます)が[^。]{0,60}(でき(る|ます)|いただけ|可能|承)"
    r"|ご案内(いたし|し|申し上げ|させていただき)ます|ご提案(いたし|し|申し上げ|させていただき)ます"
    r"|ご紹介(いたし|し)ます|おすすめ(いたし|し)ます|お勧め"
    r"|(お送り|お届け|手配|交換|返金|ご返金|お取り替え|お取替え|ご用意|用意|再発行|発行|対応|お手伝い"
    r"|ご連絡|お知らせ|お調べ|確認|お受け|お預かり|お振り込み|お振込み|お振込|延長|ご予約|予約|お作り|修理"
    r"|お引き取り|お伺い|お返し|お戻し|ご説明|振替|お振替|振り替え|お振り替え|受け付け|お付け|お手続き|手続き|発送|配送|再送|準備|ご準備"
    r"|調整|お取り寄せ|取り寄せ|お取り置き|手配し直|お作り直|ご相談に応じ)(いたし|し|させていただき)(ます|ております)(?!ん)"
    r"|(いただけ|くださ|なさ)れば|いただけると|いただくと|いただきますと|お選びいただけ"
    r"|(お問い合わせ|お問合せ|ご相談|ご連絡)いただけますと"
    # what the customer can do or get, said with a potential verb (使えます, 受けられます,
    # 引き取ってもらえます), and a chance left open (〜こともございます)
    r"|(使え|選べ|買え|もらえ|受けられ|借りられ|申し込め|乗れ|貯められ|替えられ|変えられ|届けられ|見られ|行え|おこなえ)(ます|る)(?!ん)"
    # (the honorific potential: 午前中の指定はご利用になれます / お使いになれます)
    r"|になれ(ます|る)(?!ん)"
    r"|(こと|場合)も(ございます|あります)|(方法|手段|やり方)(が|も)(ございます|あります|考えられます)(?!ん)"
    # the next round of the same thing, named: 次回の公募は9月上旬に開始する予定です
    r"|次回の(公募|募集|受付|抽選|販売|入荷|開催|講座|セール|お申し込み)(は|も)"
    # possible in some cases: 未発送の場合に限り、キャンセルを承れる場合があります
    r"|(承れる|お受けできる|対応できる|お受けする|応じられる|可能な)(場合|こと)が(ございます|あります)"
    # what we switch them to: 来月以降は、口座振替に切り替えさせていただきます
    r"|(切り替え|切替え|切り換え|移行|変更と|変更)させていただき(ます|ました)"
    # a way recommended: 一覧表で一括登録していただく方法が確実です / 窓口でお手続きいただく方法が、
    # いちばん早く済みます
    r"|(方法|手段|やり方)(が|も)[、,]?[^。]{0,8}?(確実|おすすめ|お勧め|便利|簡単|早|スムーズ|安心)"
    # a service of ours named as there for them (保存期間を延ばせる「長期保存オプション」(月額300円)が
    # ございます / 平日夜間の窓口もございます)
    r"|(オプション|プラン|サービス|コース|メニュー|制度|窓口)[」』]?(\([^()。]{0,30}\))?(が|も)[、,]?"
    r"(ございます|あります|ご用意(して|いたして)おります|ご利用いただけます)(?!ん)"
    # something else there is for them (近隣の物件には、ペットと暮らせるお部屋もございます)
    r"|には[、,]?[^。]{0,40}?も(ございます|あります|ご用意(して|いたして)おります)(?!ん)"
    # what we go on doing: 後期の出願を受け付けています
    r"|(受け付け|承っ|行っ|取り扱っ|扱っ|ご用意し|用意し|ご案内し)て(い|おり)ます(?!ん)"
    # an action of ours, done or promised, in the humble form of a サ変 noun: 設定いたしました,
    # 手配させていただきます (not an apology, thanks, a refusal or an end of something)
    # (the word before it is read in _alternative_at: a pattern that starts with look-behinds is
    # tried at every character)
    r"|(?P<act>いたし|させていただき)(ます|ました|ております)(?!ん|が|けれど|ところ)"
    r"|承ります|承っております|お(?P<o>[^\s。、,!?()「」]{1,12})ください|ご(?P<go>[^\s。、,!?()「」]{1,12})ください"
    # (a step asked for as a noun: その場合は返却期限までにご返却をお願いします; not ご理解をお願いします)
    r"|(?P<req>(お|ご)[^\s。、,!?()「」]{1,12}?をお願い(いたし|し|申し上げ)ます)"
    r"|(?<!ない)[てで](ください|くださいませ)"
    # a way asked for in a letter's polite request: 窓口にお問い合わせいただきますようお願い申し上げます /
    # 配送をご利用いただけますと幸いです (not ご理解いただきますよう: _NOT_ALTERNATIVE)
    r"|(?P<ask>(いただき|ください)ます(よう|ように)[、,]?(お願い|願い)|いただけ(ます|まし)たら幸い|いただけますと(幸い|助かり)"
    r"|いただければ(幸い|助かり))"))
# Before a refusal only a plain statement of what is possible counts ("what can be done, then
# the limit"); "ご連絡いたします" there announces the reply, it offers nothing.
_POSSIBLE = lazy(
    r"代わりに|かわりに|代替(?!品?(につきまして|について|に関して|の件|は|を(ご)?(希望|ご指定|指定)))|(?<!ないの)(?<!なかったの)であれば|でしたら|いただけ(ます|る)(?!ん)(?!のは[^。]{0,20}?(まで|のみ|だけ|限り|限ら))|いただくこと(が|も)(でき|可能)"
    r"|(?<!不)可能(です|となります|でございます|となっております)|でき(ます|る)(?!ん)(?!のは[^。]{0,20}?(まで|のみ|だけ|限り|限ら))|承ります|承っております")
# ...but not these, which ask for patience or acceptance rather than offer a way forward.
_NOT_ALTERNATIVE = lazy(r"(了承|理解|容赦|待ち|注意|迷惑|心配|安心|遠慮|勘弁|気をつけ|覚悟|協力)")
_PARTICLES = ("は", "を", "が", "も", "の", "に", "で")
_PUNCT = ("補助記号", "記号")


def _sentence_ok(doc: Document, s: Sentence) -> bool:
    """`s` may hold a way forward: a body sentence, or a closing one that offers one (kept per
    document: refusal asks it of a sentence once for each refusal near it)."""
    key = ("positive.sentence_ok", s.nstart, s.nend)
    found = doc.cache.get(key)
    if found is None:
        found = doc.cache[key] = _find_sentence_ok(doc, s)
    return found


def _find_sentence_ok(doc: Document, s: Sentence) -> bool:
    # An offer of further help (ご不明な点は…お問い合わせください) is not an alternative; an
    # invitation to get in touch on this very matter is (金額の変更をご希望の場合は、…お問い合わせ
    # ください / ただし、ご利用実績がない場合には、一度お問い合わせいただけますと幸いです).
    # (such an invitation may be read as the reply's closing line: …いただけますと幸いです)
    if doc.open_offer(s):
        return False
    # (and a closing request that asks for the way itself: 窓口にお問い合わせいただきますようお願い
    # 申し上げます / 配送をご利用いただけますと幸いです)
    return s.kind == seg.BODY or s.kind == seg.CLOSING and (doc.act(acts.OFFER, s) is not None
                                                           or _has_alternative(doc, s.nstart, s.nend))


# What _alternative_at, _refuses_in and _blames found in a reply, kept with it (Document.cache):
# refusal asks them again for the same sentences (the one after a refusal, once for each question
# on it; a sentence both after one refusal and before the next).
def _memo_for(doc: Document) -> dict:
    return doc.cache.setdefault("positive.memo", {})


def _alternative_at(doc: Document, start: int, end: int) -> int:
    """Where the first alternative in the text's [start:end] starts; -1 when there is none."""
    table = _memo_for(doc)
    found = table.get((start, end))
    if found is None:
        found = table[start, end] = _find_alternative(doc.norm, start, end)
    return found


def _find_alternative(norm: str, start: int, end: int) -> int:
    for m in _ALTERNATIVE.finditer(norm, start, end):
        if m.group("act") is not None and not _our_action_before(norm, m.start()):
            continue
        if m.group("o") is not None or m.group("go") is not None or m.group("ask") is not None or m.group("req") is not None \
                or m.group().endswith(("ください", "くださいませ")):
            if m.group().endswith(("ないでください", "ないでくださいませ")):
                continue  # (お問い合わせはしないでください: a prohibition shows no way)
            if _NOT_ALTERNATIVE.search(norm, max(start, m.start() - 8), m.end()):
                continue
        return m.start()
    return -1


# Humble verbs of a サ変 noun that offer nothing: an apology, thanks, a refusal, an end.
# (nor sending back what was sent to us, 返送いたしました: what follows a refusal)
_NOT_OUR_ACTION = ("お詫び", "失礼", "感謝", "お断り", "遠慮", "辞退", "中止", "停止", "終了", "廃止", "恐縮", "承知",
                   "了承", "拝見", "拝読", "お願い", "お祈り", "期待", "返送", "返却")


def _our_action_before(norm: str, at: int) -> bool:
    """The いたします at `at` follows a サ変 noun of an action (設定いたしました), not a kana word or one
    of _NOT_OUR_ACTION."""
    return at > 0 and "一" <= norm[at - 1] <= "龥" and not norm.endswith(_NOT_OUR_ACTION, 0, at)


def _refuses_in(doc: Document, start: int, end: int) -> bool:
    """_REFUSAL matches in the text's [start:end] (kept, as _alternative_at is)."""
    table = _memo_for(doc)
    key = ("refuses", start, end)
    found = table.get(key)
    if found is None:
        found = table[key] = _REFUSAL.search(doc.norm, start, end) is not None
    return found


def _has_alternative(doc: Document, start: int, end: int) -> bool:
    return _alternative_at(doc, start, end) >= 0


_CONTENT_WORD = lazy(r"[一-龥ァ-ヶー]+")


def _restates(norm: str, said: tuple[int, int], start: int, end: int) -> bool:
    """norm[start:end] says nothing norm[said] did not: every content word in it (a run of kanji or
    katakana) is there already. 「お支払い期限を延ばすことはできません。期限までにお支払いください。」:
    the request repeats the limit, it offers no way forward."""
    refused = norm[said[0]:said[1]]
    words = False
    for w in _CONTENT_WORD.finditer(norm, start, end):  # (stops at the first new word: the usual case)
        if w.group() not in refused:
            return False
        words = True
    return words


def _tok_index(toks: list[Token], nstart: int) -> int:
    """The token a normalized offset lies in (-1 before the first)."""
    return bisect_right(toks, nstart, key=_NSTART) - 1


def _phrase_start(doc: Document, s: Sentence, nstart: int) -> int:
    """Walk back from a negative ending (ない, できません) to the word it negates:
    置か|ないでください, ご利用|いただけ|ない, 返金は|できません -> 返金."""
    toks = doc.sentence_tokens(s)
    i = _tok_index(toks, nstart)
    if i < 0:
        return nstart
    j = i
    # the verb (and its auxiliaries) the ending hangs on
    while j - 1 >= 0 and toks[j - 1].pos[0] in ("動詞", "助動詞") and toks[j - 1].nend == toks[j].nstart:
        j -= 1
    # a particle-less サ変 noun or an お/ご prefixed noun before it: 削除|し, ご利用|いただけ
    k = j - 1
    if k >= 0 and toks[k].pos[0] == "助詞" and toks[k].surface in ("は", "を", "も", "が"):
        k -= 1
    if k >= 0 and toks[k].pos[0] == "名詞" and toks[k].pos[2] == "サ変可能":
        j = k
        if j - 1 >= 0 and toks[j - 1].pos[0] == "接頭辞":
            j -= 1
    elif j - 1 >= 0 and toks[j - 1].pos[0] == "接頭辞":
        j -= 1
    return toks[j].nstart if j < i or toks[j].nstart < nstart else nstart


def _hit(doc: Document, a: int, b: int, message: str | None = None, suggestion: str | None = None) -> Hit:
    return Hit(*doc.original_span(a, b), message, suggestion)


# -- positive/refusal -----------------------------------------------------------------

_FILLER = lazy(r"ご了承|ご理解|申し訳|恐れ入|お詫び|ご容赦|ご不便|あしからず|残念|心苦しく|ご期待に(沿|添)えず")
# A sentence that turns from the limit to what is still possible (ただ、…こともございます): the
# way forward may be spelled out in the sentence after it.
_TURN = lazy(r"\s*(ただ|ただし|しかし|なお|一方|その代わり|そのかわり|もっとも)[、,]")
# ...and among those, the ones that set what follows against the limit: a sentence that opens
# with one and refuses nothing says what is possible (ただ、後期の出願は3月2日まで受け付けています).
# (Not ただし or なお, which add a further condition or a note.)
_CONTRAST = lazy(r"\s*(ただ|しかし|一方で?|その代わり(に)?|そのかわり(に)?|ですが|とはいえ)[、,]")
# A sentence that only gives the refusal's reason (〜確定して発券しているためです; 情報が第三者の目に
# 触れるおそれがあるため、メールでの送付は控えております): the way forward may come after it.
# (and one that gives what the limit is for, 〜トラブルを防ぐための取り決めでございます, or why it
# was stopped, 有効期限が切れているため、利用が停止されております)
_REASON_ONLY = lazy(r"(ため|から|ためで|もので)(です|でございます)[。!]?\s*$|(ため|ので)[、,][^。]{0,40}?(控え|見合わせ)"
                    r"|ための(取り決め|決まり|規定|ルール|措置|仕組み|制限|お願い)(です|でございます|となっております)[。!]?\s*$"
                    r"|(ため|ので)[、,][^。]{0,40}?(停止|制限|休止|保留|凍結|ロック|無効)(され|となっ|になっ|に)て(おり|い)ます[。!]?\s*$")
_RULE_CITED = None  # set below, after the rule-citing patterns


# Every ending _REFUSAL knows; not the ません of ございません (申し訳ございません), which ends none of
# them but 予定はございません and 例外はございません.
# (and what we can offer, said to be none: ご紹介できる求人はございません; by its noun, each
# alternative starting with a literal: a group first leaves re no character to scan for, and the
# trigger was tried at every character, ten times the time)
@triggered_by(r"ません(?<!ございません)|取扱(?:は|が|も)|扱い(?:は|が|も)|かねます|不可|お断り|対応外|対象外|予定[はも]ございません|例外|て(?:おら|い)ず|無理"
              + "".join(f"|{noun}(?:でき|いたせ)る" for noun in ("紹介", "案内", "用意", "提供", "提案", "出し")))
def refusal(doc: Document, ctx: CheckContext):
    norm = doc.norm
    sentences = doc.linted_sentences()
    suggestion = ctx.options.get("hint") or None
    refusing = {id(s) for s in ctx.sentences(doc, sentences)}
    nowhere = None  # no way forward anywhere in the reply: found once, when first asked
    for k, s in enumerate(sentences):
        if s.kind != seg.BODY or id(s) not in refusing:
            continue
        for m in _REFUSAL.finditer(norm, s.nstart, s.nend):
            if _NOT_REFUSAL_AFTER.match(norm, m.end(), s.nend):
                continue
            if _OWN_MIND_BEFORE.search(norm, max(s.nstart, m.start() - 12), m.start()):
                continue  # 理解することができません: the writer's mind, not a refusal
            if _rule_cited(norm, s, m.start()):
                break  # positive/rule-citing reports this sentence, refusal and all
            if norm.startswith(("対象外", "対応外"), m.start()) and _blamed_before(norm, s, m.start()):
                break  # お客様の梱包が不十分だったため、補償の対象外となります: the scope follows from the
                # cause, and positive/blame reports the cause (a request refused, 免除はできません, is
                # reported on its own)
            if _NEG_CONDITION.search(norm, s.nstart, m.start()) or _UNTIL_DONE.search(norm, s.nstart, m.start()):
                break  # 〜ないと…できません: a condition, put negatively (positive/double-negative's); and
                # 返却されるまで、新たな貸出はできません: until an act is done, the same condition
            if _AS_IT_IS.search(norm, s.nstart, m.start()):
                break  # 古いアプリのままですと、…受けることができません: what staying so costs, not a refusal
            if _DURING.search(norm, s.nstart, m.start()) and _UNAVAILABLE.match(norm, m.start(), m.end()):
                break  # 作業の間、サービスをご利用いただけません: what a maintenance stops, not a refusal
            if norm.startswith("対象外", m.start()) and (
                    _SCOPE_BEFORE.search(norm, max(s.nstart, m.start() - 10), m.start())
                    or k > 0 and _IN_SCOPE.search(norm, sentences[k - 1].nstart, sentences[k - 1].nend)):
                break  # 本メンテナンスの対象外となります: left untouched, good news; 個人のお客様が
                # 対象です。※法人契約は対象外です: the other side of a scope just stated
            if k > 0 and _asked_before(norm, sentences[k - 1], s.nstart, m.start()):
                break  # 事前にご連絡ください。ご連絡のない返品は、お受けできません: the way is the request
            if _SEND_ONLY.search(norm, sentences[k - 1].nstart if k else s.nstart, s.nend) and "返信" in norm[s.nstart:m.end()]:
                break  # このメールは送信専用です。返信できません: how the mail works, not a refusal
            if _way_forward(doc, sentences, k, m):
                break
            # (a match that holds its noun, 変更はいたしません / 無理です, is whole already)
            start = m.start() if _NOUN_HELD.match(m.group()) else _phrase_start(doc, s, m.start())
            yield _hit(doc, start, m.end(), suggestion=suggestion)
            break  # one finding per sentence
        else:
            m = _not_offered(doc, s)
            if m is not None:
                if nowhere is None:
                    nowhere = _offered_nowhere(doc, sentences)
                if nowhere:
                    yield _hit(doc, _phrase_start(doc, s, m.start() + 1), m.end(), suggestion=suggestion)


def _blamed_before(norm: str, s: Sentence, before: int) -> bool:
    """The customer is named as the cause earlier in `s` (a pattern of _BLAME that begins with
    them), before a refusal at `before`."""
    if _PARTY_WORD.search(norm, s.nstart, before) is None:
        return False
    return any(names_party and rx.search(norm, s.nstart, before) is not None for rx, _, names_party in _BLAME_RUNS)


def _not_offered(doc: Document, s: Sentence):
    """A service said not to be done in `s` (_NOT_OFFERED), with no way forward in `s`; None
    otherwise. (refusal() reports it when no other sentence offers one either.)"""
    norm = doc.norm
    m = _NOT_OFFERED.search(norm, s.nstart, s.nend)
    if m is None or _NOT_REFUSAL_AFTER.match(norm, m.end(), s.nend) or _NOT_YET.search(norm, s.nstart, m.start()) \
            or _PARTY_WORD.search(norm, s.nstart, m.start()) or _has_alternative(doc, s.nstart, s.nend):
        return None
    return m


# A service of ours said not to be done or carried, in plain words (ピアノの運搬はやっておりません /
# その商品の取り扱いはございません): a refusal when nothing else in the reply offers a way forward.
# (Not 設定はまだやっておりません, a step not yet done; nor the customer's own doing: _PARTY_WORD.)
_NOT_OFFERED = lazy(r"(?:は|も)[、,]?やって(?:は)?(?:おり|い)ません|(?:は|も)[、,]?やって(?:ない|ません)(?:です)?"
                    r"|(?:取り扱い|取扱い|取扱|お取り扱い|お取扱い)(?:は|が|も)[、,]?(?:一切)?(?:ございません|ありません"
                    r"|(?:して|いたして|致して)(?:おり|い)ません)")
_NOT_YET = lazy(r"まだ|未だ|いまだ|現在[^。]{0,10}?確認")


def _offered_nowhere(doc: Document, sentences: list[Sentence]) -> bool:
    """No sentence of the reply offers a way forward (an offer of further help is none)."""
    return not any(_sentence_ok(doc, n) and _has_alternative(doc, n.nstart, n.nend) for n in sentences)


_NOUN_HELD = lazy(r"無理|[^はいた]{1,6}は(いたし|致し|行い)ません")
# What was sent to us, sent back (端末は本日、ご返送いたしました): what follows a refusal, not a way
# forward; the sentence after it is read too.
_RETURNED = lazy(r"(返送|返却)(いたし|させていただき|し)(ます|ました)")
# A note to the writer left in a draft (※…を引用すること): no sentence of the reply, read past it
_WRITER_NOTE = lazy(r"\s*[※(【\[<〈〔《（][^。]*こと[)】\]>〉〕》）]?[。]?\s*$")


def _next_read(doc: Document, sentences: list[Sentence], k: int) -> list[Sentence]:
    """The two sentences after sentences[k] that the reader reads, past a note to the writer."""
    after = [n for n in sentences[k + 1:k + 4] if not _WRITER_NOTE.match(doc.norm, n.nstart, n.nend)]
    return after[:2]


def _way_forward(doc: Document, sentences: list[Sentence], k: int, m) -> bool:
    """Whether the refusal `m` in sentences[k] comes with a way forward: in its own sentence,
    in the one before it ("what can be done, then the limit"), or in the next one (and the one
    after that when the next only apologizes, asks for understanding or gives the reason)."""
    norm, s = doc.norm, sentences[k]
    # an alternative in the sentence, unless all of it comes after the refusal and only repeats
    # it (延長はできませんので、期限までにお支払いください)
    # (around the refusal, not inside it: a refusal's own words offer no way forward)
    if _alternative_at(doc, s.nstart, m.start()) >= 0 or _alternative_at(doc, m.end(), s.nend) >= 0 \
            and not _restates(norm, (s.nstart, m.end()), m.end(), s.nend):
        return True
    near = []
    if k > 0 and _sentence_ok(doc, sentences[k - 1]) and sentences[k - 1].line >= s.line - 1:
        near.append(sentences[k - 1])
        # (a limit added after what can be done and a word on it: 発送前でしたら、キャンセルを承って
        # おります。その際、代金は全額お返しいたします。なお、発送後のキャンセルはお受けできません)
        if k > 1 and norm.startswith(("なお", "ただし", "但し", "尚、"), s.nstart) and _sentence_ok(doc, sentences[k - 2]) \
                and sentences[k - 2].line >= s.line - 2:
            near.append(sentences[k - 2])
    blamed = None  # (a blame read past: what follows it counts only on its next line)
    restated = False  # (the limit said again, once: the way after it answers both)
    for nxt in _next_read(doc, sentences, k):
        if not _sentence_ok(doc, nxt) or blamed is not None and nxt.line > blamed.line + 1:
            break
        near.append(nxt)
        if not restated and _limit_again(doc, nxt):
            restated = True  # (返品はお受けできません。セール品のため、返品の対象外となっております。代わりに…)
            continue
        refused = _refuses_in(doc, nxt.nstart, nxt.nend)
        if refused or not (
                _FILLER.search(norm, nxt.nstart, nxt.nend) or _TURN.match(norm, nxt.nstart, nxt.nend)
                or _REASON_ONLY.search(norm, nxt.nstart, nxt.nend) or _RETURNED.search(norm, nxt.nstart, nxt.nend)):
            # (a blame is no way forward, but the sentence right after it may hold one: よくお読み
            # ください。本人確認書類をご提出いただければ、手続きを進めることができます)
            if refused or not _blames(doc, nxt):
                break
            blamed = nxt
    # (a reprimand is no way forward: 次回からは、お申し込みの前にご予定をよくご確認ください; nor is a
    # blame, ヘルプページをよくお読みいただければ、おわかりになったはずです)
    return any((_has_alternative(doc, n.nstart, n.nend) or _CONTRAST.match(norm, n.nstart, n.nend)
                and not _refuses_in(doc, n.nstart, n.nend) and not _FILLER.search(norm, n.nstart, n.nend))
               and not _restates(norm, (s.nstart, s.nend), n.nstart, n.nend)
               and not (_ORDER_WORDS.search(norm, n.nstart, n.nend) and _ORDERS.search(norm, n.nstart, n.nend))
               and not _blames(doc, n)
               # (nor an order given bare: 窓口に来てください, positive/curt-request's)
               and _curt_at(norm, n) is None
               # (nor a norm held over the reader: 本来であれば、期限を守っていただくのが当然です)
               and not (_NORM_WORDS.search(norm, n.nstart, n.nend) and _norm_held(norm, n) is not None)
               if n.nstart > s.nstart else _POSSIBLE.search(norm, n.nstart, n.nend)
               # (or asks for the form that is taken, and the refusal names only the other form: 原本を
               # ご提出ください。コピーは受け付けておりません)
               or _BARE_REFUSAL.match(norm, s.nstart, s.nend) and _HAND_IN.search(norm, n.nstart, n.nend)
               for n in near) \
        or _ways_listed(doc, sentences, k)


# ...after a request to hand in what is taken (ご提出ください, お持ちください, ご郵送ください)
_HAND_IN = lazy(r"(ご提出|ご持参|お持ち|ご郵送|お送り|ご送付|ご返送|ご用意|お支払い)(ください|くださいませ|をお願い(いたし|し|申し上げ)ます"
                r"|いただきますよう|いただけますよう)")
# A refusal that is the whole sentence, of a noun alone: コピーは受け付けておりません
_BARE_REFUSAL = lazy(r"\s*[一-龥ァ-ヶー]{1,8}(は|も)(受け付けて|お受けして|受付して|承って)(おり|い)ません[。!]?\s*$")


# A time or a limit said to be passed, as the whole of a sentence (ご購入から30日が経過しております /
# お申し込みの期限を過ぎております): the reason for the refusal before it, offering nothing
_PASSED = lazy(r"(経過|過ぎ|超え|超過|終了|満了|切れ)て?(おり|い)ます[。!]?\s*$|(経過|超過|終了|満了)(しております|となっております|いたしました)[。!]?\s*$")


def _limit_again(doc: Document, s: Sentence) -> bool:
    """`s` only says the limit again, as a refusal or as what has passed, with no way forward in it
    (the way may then come in the sentence after it)."""
    norm = doc.norm
    if _has_alternative(doc, s.nstart, s.nend):
        return False
    return _refuses_in(doc, s.nstart, s.nend) or _PASSED.search(norm, s.nstart, s.nend) is not None


# A sentence that announces the ways there are (次の方法で期限内の卒業を目指せます / 以下のいずれかを
# お選びいただけます): the list after it holds them.
_WAYS_LISTED = lazy(r"(次|以下|下記)の(方法|手段|選択肢|ような方法|いずれか|ご提案|プラン)")


def _ways_listed(doc: Document, sentences: list[Sentence], k: int) -> bool:
    """One of the three sentences after the refusal in sentences[k] announces the ways there are."""
    return any(_sentence_ok(doc, n) and _WAYS_LISTED.search(doc.norm, n.nstart, n.nend) for n in sentences[k + 1:k + 4])


def _blames(doc: Document, s: Sentence) -> bool:
    """A pattern of _BLAME holds in `s` (those that begin with the customer's side only where it
    is named)."""
    table = _memo_for(doc)
    key = ("blames", s.nstart, s.nend)
    found = table.get(key)
    if found is None:
        found = table[key] = _find_blame(doc.norm, s)
    return found


def _find_blame(norm: str, s: Sentence) -> bool:
    party = _PARTY_WORD.search(norm, s.nstart, s.nend) is not None
    bits = _blame_runs_by_sentence(norm, [s])[0]
    while bits:
        low = bits & -bits
        bits ^= low
        rx, _, names_party = _BLAME_RUNS[low.bit_length() - 1]
        if (party or not names_party) and rx.search(norm, s.nstart, s.nend) is not None:
            return True
    return False


# -- positive/blame -------------------------------------------------------------------

_KYAKU = r"お客(様|さま)"
# The customer's side: お客様, 貴社, a person by name (野口様), ご自身
# (A name's match starts at its 様, after a kanji: a pattern that begins with a kanji class is
# tried at every kanji. blame() widens the span back over the name.)
# (the words of the customer's side are parties', which the keigo checks read too)
_THEIR_COMPANY = "|".join(parties.CUSTOMER_COMPANY)
# (お店側: a shop owner's own side, to whom a service of ours is sold)
_PARTY = rf"(?:お客(?:様|さま)|{_THEIR_COMPANY}|ご自身|ご本人|お二人|ご家庭|お店側|(?<=[一-龥])(?<!皆)(?:様|さま))"
_PARTY_WORD = lazy(rf"お客|{_THEIR_COMPANY}|ご自身|ご本人|お二人|ご家庭|お店側|様|さま")
# Said as a fact, not asked or supposed: not 端末に問題があるかどうか / 問題がある場合は
_ASSERTED = r"(?![^。、]{0,8}?(かどうか|か[、,をもは]|場合|とき|際|よう(でしたら|であれば|なら)|なら|れば))"
# (the hint names the disowning pattern in _BLAME, for blame() to read it apart)
# (and the hint of the pattern of where a thing was kept, read apart when someone else kept it)
_PLACED_HINT = "どこに置いたかを責めず、起きたことと、これからの置き場所のご提案やできることを示してください。"
# Someone other than the customer named as who kept it: 配送業者によって雨の当たる場所に置かれた
_OTHER_KEEPER = lazy(r"によ(って|り)|業者|当社|弊社|当店|弊店|当方|配達員|ドライバー|スタッフ|係員|作業員|担当者")
# The customer named as who did it, in the clause before an act that did damage (川村様が養生シートを|外されたため)
_DAMAGE_HINT = "主語をお客様にせず、確認できた状態と、これからできることを示してください。"
_DAMAGE_DOER = lazy(_PARTY + r"(が|は)[^。]{0,30}?$")
_DISOWN_HINT = "関わりがないと突き放さず、わかることと、お客様がどこで何をできるかを具体的に示してください。"
_BLAME = [
    (lazy(_KYAKU + r"(ご自身)?(の|による)(ご?(入力|操作|確認|設定|記入|登録|選択|注文|お支払い|認識|手続き)"
                r"(ミス|誤り|間違い|不足|不備|漏れ|忘れ)|不注意|過失|責任|勘違い|思い違い|落ち度|誤解|ミス|誤り|間違い)"
                # (not their fault denied: お客様の責任ではございません)
                r"(?!(では|じゃ)(ございません|ありません|ない|なく))"),
     "何が起きたかを事実として書き、次にできることを示してください（例:「ご入力の口座番号が登録と異なっていたため」）。"),
    (lazy(_KYAKU + r"(側|のほう|の方)(の|に)(問題|原因|不備|責任|過失|ミス)"),
     "原因を相手側に置かず、確認できた事実と次の手順を示してください。"),
    # (お客様にも責任がございます: a share of it, laid at their door too; not お客様に責任はございません)
    (lazy(_KYAKU + r"に(も)?(起因|原因|責任|非)(?![はがの]?[^。、]{0,6}?(ございません|ありません|ない[。、]|ないこと|ではな))"),
     "原因を相手側に置かず、確認できた事実と次の手順を示してください。"),
    (lazy(r"ご(入力|操作|記入|確認|登録|選択)(ミス|間違い|不足|漏れ|誤り)|ご(認識|理解)(違い|不足)"),
     "何が起きたかを事実として書き、次にできることを示してください（例:「ご入力の内容が登録と異なっていたため」）。"),
    # お客様が〜なかったため / 貴社でご入力いただいた番地が誤っていたため / お客様がテストをせずに
    # お使いになったことが原因 / お客様のお手入れが不十分だったため
    # (each form of 誤る and 間違う: 誤って, 誤られた, 誤りました, 間違われた; 取り違え)
    (lazy(_PARTY + r"(が|は|ご自身で|の方で|側で|で)[^。]{0,40}?(なかった|せず|忘れ|間違え|間違っ|間違われ|誤っ|誤ら|誤りまし"
                r"|取り違え|見落と|勘違い|怠|見逃"
                r"|不在だった|不在でした|不在であった|留守だった|留守でした"
                r"|誤りがあ|間違いがあ|不備があ|ミスがあ|ミスされ|ミスをされ|ミスなさ|ミスをなさ|不十分|違反"
                # (what they sent, unreadable: お客様が撮影された画像がぼやけていたため)
                r"|ぼやけ|不鮮明|読み取れな|判読でき)"
                # (not ので of のではなく, nor past it: 誤られたのではなく, their mistake denied)
                r"(?:(?!のではなく)[^。]){0,25}?(ため|ので(?!は(なく|ござ|あり))|から|せい|ことが原因|のが原因|ことにより|ことによ)"),
     "主語をお客様にせず、「〜が確認できなかったため」のように起きたことを書き、次の手順を示してください。"),
    # …and the customer's own thing in a faulty state (not お客様のお荷物が誤って配送された: ours)
    # (or not fit, not right: お客様の梱包が不適切だったため / ご使用方法が正しくなかったため)
    # (not past a thing of ours, お客様のご指摘のとおり、弊社の案内が不適切でしたので; nor their fault
    # denied, 不適切だったのではなく)
    (lazy(_PARTY + r"の(?:(?!弊社|当社|当店|弊店|当方|私ども|こちら)[^。]){0,40}?(誤っていた|誤っており|間違っていた|間違っており"
                r"|不十分だった|不十分であった|不十分でした"
                r"|不適切だった|不適切であった|不適切でした|適切でなかった|適切ではなかった|適切でなく|正しくなかった|正しくなく"
                r"|不備があった|不備がございました|違反して)"
                r"(?:(?!のではなく)[^。]){0,25}?(ため|ので(?!は(なく|ござ|あり))|から|せい|ことが原因|のが原因|ことにより|ことによ)"),
     "主語をお客様にせず、「〜が確認できなかったため」のように起きたことを書き、次の手順を示してください。"),
    # お客様の到着が遅れたため / 浜田様からの見積書のご提出が遅れたため: the customer's act, late
    # (their own coming, or an act of theirs with its object between: not お客様のお荷物の到着, ours)
    (lazy(_PARTY + r"(の|からの)((ご|お)?(到着|来店|来場|来院)|[^。]{0,20}?(ご提出|ご返送|ご入金|お支払い|ご連絡|ご返信|ご回答"
                r"|お手続き|お申し込み|お申し出|ご記入"
                # (what only they decide or give: ご決定, ご承認, ご指示)
                r"|ご決定|ご決断|ご判断|ご承認|ご承諾|ご指示|ご返答|ご選択|ご署名|ご捺印|ご確認|ご準備))が(遅れ|遅くなっ|なかっ)(た|ておりました)"
                r"[^。]{0,6}?(ため|ので(?!は(なく|ござ|あり))|から|せい|ことにより|ことが原因)"),
     "主語をお客様にせず、「〜が確認できなかったため」のように起きたことを書き、次の手順を示してください。"),
    # ...or as what they put off or left: お客様が事故のご報告を1か月以上遅らせたため / 野口様が書類を
    # 放置されたことにより (the customer the subject of the verb: no other が or は between; not お客様が
    # ご注文の商品の入荷が遅れたため, ours)
    (lazy(_PARTY + r"(が|は)[^。がは]{0,40}?(遅らせ|遅れ|遅くなっ|放置|後回し|先延ばし|延ばし延ばし|ほったらかし|放っておか|放っておい)"
                r"[^。がは]{0,12}?(ため|ので|(?<!て)から|せい|ことにより|ことによって|ことが原因|のが原因)"),
     "主語をお客様にせず、「〜のご報告が〇月〇日となったため」のように起きたことを書き、次の手順を示してください。"),
    # ...or their act named by an honorific noun that only they do (ご入金, ご提出, ご準備), late or not
    # ready: ご入金が遅れたため / 入塾書類のご提出が遅れたことにより / ご準備が整っていなかったため (not
    # ご連絡, ご案内, ご返金, お支払い, which may be ours)
    (lazy(r"(ご入金|ご提出|ご来店|ご来院|ご来場|ご到着|ご準備|ご記入|ご署名|ご申請|お申し込み|お申込み|ご返却|お振り込み|お振込み)"
          r"(が|の)[、,]?(遅れ(た|ていた|ておりました)|遅くなっ(た|ていた)|整っていなかった|整っておらず|間に合わなかった|なかった)"
          r"[^。がは]{0,6}?(ため|ので|ことにより|ことによって|ことが原因|のが原因|せいで|結果)"),
     "主語をお客様にせず、「〜のご入金を本日確認いたしました」のように起きたことと、次の手順を示してください。"),
    # ...or said as their doing it late: お客様から印鑑証明書をご提出いただくのが遅れたため
    (lazy(_PARTY + r"(から|が|は)[^。]{0,30}?(いただく|いただいた|なさる|なさった|される|された)の(が|は)(遅れ|遅くなっ)"
                r"(た|ておりました)(ため|ので|から|せい|ことにより|ことが原因)"),
     "主語をお客様にせず、「〜が確認できなかったため」のように起きたことを書き、次の手順を示してください。"),
    # 大野様が請求書をまだ提出なさっていないためです: what they have not done, given as the reason
    # (or supposed so: お客様が掃除されていないからだと思われます)
    (lazy(_PARTY + r"(が|は)[^。]{0,40}?(て|で)(い|おら|いらっしゃら)ない(ためです|からです|ためでございます|ことが原因|のが原因"
                r"|(ため|から)(だと|と|かと)(思われます|思います|考えられます|存じます))"),
     "主語をお客様にせず、「〜が確認できておりません」のように起きたことと、次の手順を示してください。"),
    # 収集されなかったのは分別ルールを守っていないからです: a rule, an instruction or a deadline not
    # kept, given as the reason (the customer unnamed, but none else is meant)
    (lazy(r"(ルール|規則|規約|決まり|手順|注意事項|説明書|ご案内|マニュアル|期限|締め切り|締切|時間|使い方)"
          r"(を|に|どおりに|通りに)[^。]{0,10}?(守って|従って|読んで|お読みになって|確認して|ご確認いただいて|守られて)"
          r"(い|おら|いらっしゃら)ない(ためです|からです|ためでございます|ことが原因|のが原因)"),
     "主語をお客様にせず、「〜が確認できなかったため」のように起きたことを書き、次の手順を示してください。"),
    # 野口様が設定を削除されたことが原因です / お客様が古い機種を使い続けていることが原因です:
    # what the customer did or keeps doing, named as the cause (原因: of a fault; 理由 only for
    # an act of theirs done, as it may explain anything)
    # (or the main one: ご家庭での学習習慣が身についていないことが大きな原因です)
    # (or what their act did, named as the cause: お客様が落下させたことによる衝撃が原因です)
    (lazy(_PARTY + r"(が|は|で)[^。]{0,40}?((され|なさっ|になっ|いただい|なされ)た(こと|の)が(大きな|主な|最大の|一番の)?(原因|理由)"
                r"|[^。]{0,2}(こと|の)が(大きな|主な|最大の|一番の)?(原因|一因)"
                r"|[^。]{0,2}(こと|の)による[^。、]{0,10}?が(大きな|主な|最大の|一番の)?(原因|一因))"),
     "主語をお客様にせず、起きたことと、これからできることを示してください。"),
    # 設営の手順を守っていただけなかったことが原因と考えられます: an act of theirs, in the honorific or as
    # received from them (いただけなかった: not させていただけなかった, ours), not done, named as the cause
    (lazy(r"(?<!せて)(いただけ|いただか|なさら|され)なかった(こと|の)が(大きな|主な|最大の|一番の)?(原因|一因)"),
     "主語をお客様にせず、起きたことと、これからできることを示してください。"),
    # 宿題をやってこないことが原因です: what they keep failing to do or bring (〜てこない: a person's
    # habit, not a device's state), named as the cause
    (lazy(r"[てで]こな(い|かった)(こと|の)が(原因|一因)"),
     "誰のせいかを言わず、起きたことと、これからできることを示してください。"),
    # お客様の端末の問題です / お客様の環境に原因がございます
    (lazy(_PARTY + r"(側)?の[^。、]{0,6}?(端末|環境|設定|機器|パソコン|スマートフォン|スマホ|回線|ネットワーク|ブラウザ)(側)?(の|に)"
                r"(問題|原因|不具合|不備)" + _ASSERTED),
     "原因を相手側に置かず、確認できた事実と次の手順を示してください。"),
    # お客様の通信環境が不安定なため / お客様のパソコンが古いせいで: their device or line, said to be
    # at fault, as the cause (not 〜な場合, a condition)
    (lazy(_PARTY + r"(側)?の[^。、]{0,6}?(端末|環境|設定|機器|パソコン|スマートフォン|スマホ|回線|ネットワーク|ブラウザ|機種|OS)(側)?"
                r"(が|は)[、,]?[^。、]{0,8}?(不安定|不十分|古い|古かった|遅い|弱い|適切でない|適切ではない|対応していない)"
                r"(な|だった|であった|である|でした)?(ため|ので|せい|ことが原因|のが原因|ことにより)"),
     "原因を相手側に置かず、確認できた事実と次の手順を示してください。"),
    # ご確認されなかったため / お手続きなさらなかったので (an honorific verb, negated, as the reason)
    # (not their coming, お越しにならなかったため: a no-show told as what happened; named with お客様が or
    # a deadline, the patterns above report it)
    (lazy(r"[おご](?!(越し|来店|来院|来場|出席|参加)にな)[一-龥ぁ-んァ-ヶー]{1,8}?(され|なさら|されてい|されておら|なさってい|なさっておら|になら|になってい)"
                r"なかった(ため|ので|から|せい|ことにより|ことが原因)"),
     "「〜が確認できなかったため」のように起きたことを書き、次の手順を示してください。"),
    (lazy(r"ご存[じ知]ない(かもしれません|かと存じます)が"),
     "前置きは省き、必要な情報をそのままご案内ください。"),
    # (…に全部書いてありますので、そちらを見てください: sent back to what they should have read)
    (lazy(r"(説明書?|取り?扱い?説明書|案内|規約|マニュアル|ページ|画面|メール|サイト|ホームページ|時刻表|料金表|要項|パンフレット|チラシ"
          r"|掲示|注意書き)に(も)?(全部|すべて|全て)?(書いて|記載して|明記して)(あります|ある|ございます|おります|いる)"
                r"(通り|とおり|ように|のに|ので[、,]?[^。]{0,10}?(見て|ご覧|お読み|読んで))"),
     "「ご案内のとおり」とし、必要な箇所をあらためて示してください。"),
    # (…the rules they signed up under, to check: 入会時の規約にも書いてありますので、ご確認ください; not
    # a pointer to where it is also written, 予約確認メールにも記載しておりますので、あわせてご確認ください)
    (lazy(r"(規約|約款|説明書|マニュアル|注意書き|注意事項|要項)に(も)?(全部|すべて|全て)?(書いて|記載して|明記して)"
          r"(あります|ある|ございます|おります|いる)(ので|から)(?![、,]?(あわせて|併せて|合わせて))[、,]?[^。]{0,10}?(ご確認|確認して)"),
     "「ご案内のとおり」とし、必要な箇所をあらためて示してください。"),
    # (前にもお伝えしましたが / 以前も申し上げましたとおり: "again", said to the reader; not 前回ご案内
    # したとおり, which goes on with the matter)
    (lazy(r"(何度も|何回も|幾度も|再三|以前にも|以前も|前にも|この前も|先日も|先ほども|前回も|これまでにも|これまでも|たびたび|度々"
          r"|繰り返し)[、,]?(ご案内|申し上げ|お伝え|ご説明|お願い|お知らせ)(を)?(して|いたして|させていただいて|て)?"
          r"(おります|いる|おりました|いました|した|しました|いたしました|ました)?(通り|とおり|が|ように)"),
     "繰り返しを責めず、あらためて要点をご案内ください。"),
    # 締切は、ホームページで何度もお知らせしていました。 / ビザのことは前にも説明しました。: the telling
    # again as the whole answer (the words spaced too, as in a reply in easy Japanese)
    (lazy(r"(何度も|何回も|幾度も|再三|以前にも|以前も|前にも|この前も|先日も|先ほども|前回も|これまでにも|これまでも|たびたび|度々"
          r"|繰り返し)[、,\s]?[^。、]{0,4}?(ご案内|ご説明|説明|お伝え|伝え|お知らせ|告知|周知|申し上げ|言い|ご連絡|連絡)\s?(を)?\s?"
          r"(して|いたして|させていただいて|差し上げて|し|いたし|て)?\s?(おり|い)?(ます|ました)(?=[。!]?\s*$)"),
     "繰り返しを責めず、あらためて要点をご案内ください。"),
    # 混雑することを公式サイトにも記載しております。 / パッチテストを行うよう注意書きに記載しております。:
    # that it was written where they could have read it, or what they should have done, as the whole answer
    # (not a pointer to more: 詳しい手順はヘルプページにも記載しております)
    (lazy(r"(ことを|旨を|(よう|ように)[、,]?)[^。]{0,16}?(サイト|ページ|ホームページ|注意書き|説明書き?|取扱説明書|取り扱い説明書|ラベル|パッケージ"
          r"|規約|約款|掲示|案内|メール|チラシ|パンフレット)(に|で)(も)?(記載|明記|表示|告知)(して|いたして|させていただいて)"
          r"(おります|おりました|あります|ございます)(?=[。!]?\s*$)"),
     "書いてあると言うのではなく、要点をあらためてご案内し、これからできることを示してください。"),
    # 再三のご案内にもかかわらず: the telling again, held against them
    (lazy(r"(再三|何度も|何回も|たびたび|度々|繰り返し)(の|にわたる|にわたり|にわたって)[、,]?(ご案内|お願い|ご連絡|お知らせ|ご説明|ご通知|督促)"
          r"(にもかかわらず|にも関わらず|にも拘らず|をしておりますが|をいたしておりますが)"),
     "繰り返しを責めず、あらためて要点をご案内ください。"),
    # ご存じのとおり、返品は到着から7日以内です: a rule or a limit given as what they know (not
    # ご存じのとおり、昨今の原材料の高騰により…, common news in a letter)
    (lazy(r"ご(存じ|存知|承知)(のとおり|の通り|のように)[、,]?[^。]{0,40}?(期限|以内|規約|規定|決まり|ルール|できません|いたしかねます"
          r"|対象外|必須|原則|不可)"),
     "知っているはずと前置きせず、必要な情報をそのままご案内ください。"),
    # (and in plain words: よく読んでください, よく読んでからご出願ください)
    (lazy(r"よくお読みください|よくご確認ください|きちんと(ご確認|確認|お読み)|しっかり(ご確認|お読み)ください"
          r"|(よく|しっかり|ちゃんと)(読ん|見)(で|て)(ください|から)"),
     "「〜をご確認いただけますでしょうか」のように、確認してほしい箇所を具体的に示してください。"),
    # (お支払いいただけないのは、弊社としても大変困ります)
    (lazy(r"(いただかない|いただけない|されない|なさらない)(と|のは|のでは)[、,]?[^。]{0,14}?(困ります|困る)"),
     "困るのは誰かではなく、何をしていただければ進められるかを書いてください。"),
    # What the customer should have done: ご確認いただく必要がございました / ご確認いただくべきでした
    (lazy(r"(いただく|される|なさる|くださる)(必要が(ございました|ありました|あった)|べき(でした|だった|であった))"),
     "過去のことを言わず、これからできることを示してください（例:「次回は〜をご確認いただくと安心です」）。"),
    # ...or did it without care: よくお読みにならずに操作された / 十分にご確認いただかないまま
    (lazy(r"(よく|きちんと|しっかり|ちゃんと|十分に?|じゅうぶんに?)(お読み|ご確認|ご覧|お確かめ|ご理解)"
          r"(にならず|にならない|になられず|いただかず|いただかない|されず|されない|なさらず|なさらない)"),
     "読まなかったことを責めず、つまずきやすい箇所を具体的にご案内ください。"),
    # ...or could have: 説明書をよくお読みいただければ、組み立てられるはずです
    (lazy(r"(よく|きちんと|しっかり|ちゃんと)(お読み|ご確認|ご覧|お確かめ|読ん|確認し)[^。、]{0,8}?ば[、,]?[^。]{0,30}?はず"),
     "読めばわかるはずと言わず、つまずきやすい箇所を具体的にご案内ください。"),
    # お客様側の設定ミスが原因でした / お客様の操作上の誤りにより: a mistake of the customer's side,
    # of any kind, named as the cause
    # (御社ルーターの設定ミス: a company's thing, named right after it)
    (lazy(_PARTY + r"(側|のほう|の方)?(の|(?<=社))[^。、]{0,8}?(ミス|誤り|不備|過失|不注意|落ち度)(が原因|によ|のため"
          r"|で(?!(は|も)(ございません|ありません|ない|なく)))"),
     "原因を相手側に置かず、確認できた事実と次の手順を示してください。"),
    # 店舗様の確認不足により / 田中様のご説明不足で: too little of what they should have done
    # (お客様の換気不足が原因: any care or heed the customer owes, not a stock or a line's own 不足,
    # 在庫不足 / 帯域不足, which tell of a thing)
    (lazy(_PARTY + r"(側|のほう|の方)?の[^。、]{0,6}?(ご|お)?(確認|注意|準備|説明|記入|入力|管理|換気|掃除|清掃|手入れ|点検"
          r"|理解|知識|勉強|練習|配慮|連絡|下調べ|メンテナンス)不足(が原因|によ|のため"
          r"|で(?!(は|も)(ございません|ありません|ない|なく)))"),
     "原因を相手側に置かず、確認できた事実と次の手順を示してください。"),
    # 名前を書いていないのは保護者様の責任です / 換気をしていただくのは入居者様の義務です: the fault
    # or the duty laid on the reader by name, said outright (not お客様の責任ではございません)
    (lazy(_PARTY + r"(側)?の(ご)?(責任|義務|責務|務め|役目|落ち度)(です|でございます|となります|になります"
          r"|となっております|であり|ですので)"),
     "誰の責任かを言わず、起きたことと、これからできることを示してください。"),
    # 石田様の勘違いかと存じます: a named reader's mistaken belief, said as the answer (お客様's is
    # the first pattern's)
    (lazy(_PARTY + r"(側)?の(ご)?(勘違い|思い違い|誤解|早とちり|認識違い|見間違い)(です|でございます|かと|と思われ|と存じ|と考え)"),
     "誤解と言わず、確認できた事実をそのままご案内ください。"),
    # 充電できなくなったのは、純正品以外の充電器をご使用になったことが原因です: an act in the honorific
    # (ご〜になった, お〜なさった: the customer's, the one we honor), named as the cause
    (lazy(r"[おご][一-龥ぁ-んァ-ヶー]{1,8}?(になった|になられた|なさった|になっていた|なさっていた)(こと|の)が(原因|一因)"),
     "主語をお客様にせず、起きたことと、これからできることを示してください。"),
    # エアコンの風が当たる場所に置かれたことが原因と思われます: where or how the customer kept or
    # used their thing, named as the cause (the one who placed it unnamed, but none else is meant)
    (lazy(r"(場所|ところ|所|環境|室内|屋外|車内|窓際|窓辺|近く|そば|付近)(に|で)[^。、]{0,6}?(置か|保管さ|設置さ|放置さ|保存さ"
          r"|使用さ|お使いにな|ご使用にな)(れ|っ)(て(い|おられ))?た(こと|の)が(原因|一因)"),
     _PLACED_HINT),
    # ご自宅でのアイロンの使いすぎが原因かと思います / お客様の水のやりすぎによるものです: too much
    # of an act of theirs, named as the cause (or the fault: 〜のせいです)
    (lazy(r"(?:" + _PARTY + r"|ご自宅)(の|での|で|が|は)[^。]{0,20}?[ぁ-ん](すぎ|過ぎ)(が原因|による|により|のため|のせい)"
          r"|" + _PARTY + r"(側)?の[^。、]{0,10}?せい(です|でございます|かと|と思われ|と考え|で(?!は))"),
     "主語をお客様にせず、起きたことと、これからできることを示してください。"),
    # ご自身の責任となります / 弊社では責任を負いかねます: the fault or the loss left to the
    # customer, said outright (not 賠償責任を負った場合: a policy's cover)
    (lazy(r"ご自身の(責任|過失|落ち度|不注意)|(弊社|当社|当店|弊店|私ども|わたくしども)(では|は|として|で|側では)?[、,]?(一切の?)?責任"
                r"(を|は)(負いかね|負いません|負うことはでき|負えません|持ちかね|お取りいたしかね|取りかね)"),
     "責任の所在を述べるのではなく、これからできることを示してください。"),
    # 弊社に責任はございません / 当社の作業によるものとは考えておりません: our fault denied outright
    (lazy(r"(弊社|当社|当店|弊店|当院|当館|当校|当教室|私ども|わたくしども|当方)(に|の|側に|には|側には)(は)?(責任|落ち度|過失|非)(は|が)?(一切)?"
          r"(ございません|ありません|ない)"
          r"|(弊社|当社|当店|弊店|当院|当館|当校|当教室|私ども|わたくしども|当方)(側)?の(責任|落ち度|過失)(では|じゃ)(ございません|ありません|ない)"
          r"|(弊社|当社|当店|弊店|私ども|当方)の[^。、]{0,10}?(による|の)(もの|ミス|不備|過失)(では|とは)"
          r"(ございません|ありません|考えておりません|考えていません)"),
     "責任の所在を述べるのではなく、これからできることを示してください。"),
    # 原因は、貴社から資料が期限までに届かなかったことにあります: the cause laid at their door
    # (not 原因は、御社の単価を弊社の設定に反映していなかったことです: ours who did it)
    (lazy(r"原因は[、,]?[^。]{0,8}?" + _PARTY + r"(?:(?!弊社|当社|当店|弊店|当方|私ども|こちらで)[^。]){0,40}?"
          r"(こと|点)(に(ございます|あります|あり)|です|でございます)"),
     "原因を相手側に置かず、起きたことと、これからできることを示してください。"),
    # お客様のご都合によるものです: the customer's circumstances, said to be the cause
    (lazy(_PARTY + r"の(ご都合|ご事情|ご判断|ご選択)による(もの|こと)(です|でございます|であり)"),
     "原因を相手側に置かず、起きたことと、これからできることを示してください。"),
    # お客様の保管方法に問題があった可能性があります / お客様の言葉遣いに原因があると考えられます:
    # something of theirs at fault, or named as the cause
    (lazy(_PARTY + r"の[^。、]{0,10}?(に|で)(問題|不備|誤り|原因)(が|の)(あった|ございました|ございます|あり|ある)" + _ASSERTED),
     "原因を相手側に置かず、確認できた事実と次の手順を示してください。"),
    # お客様が側板の向きを逆に取り付けられたことにより / パスポートと異なるつづりでご予約されたため:
    # the customer's act done the wrong way, given as the cause (their act done rightly is no blame:
    # お客様がご予約されたため、確認のメールをお送りしました)
    # (or twice, or over and over: 二重に登録されたため / キャンセルを繰り返されたことで; not 二重に請求された,
    # our mistake done to them)
    (lazy(_PARTY + r"(が|は)[^。]{0,30}?(逆に|逆向き|逆さ|反対に|反対向き|異なる|違う|誤った|間違った|別の|何度も|繰り返"
                r"|(二重に|重複して)(?![^。]{0,10}?(請求|引き落|課金|送付|配送|発送|お届け|送信|配信|お送り)))[^。]{0,20}?"
                r"(られ|され|になっ|なさっ|いただい)た(ため|ことにより|ことによって|ことで|ことが原因|のが原因|結果)"),
     "主語をお客様にせず、「〜と異なっていたため」のように起きたことを書き、次の手順を示してください。"),
    # 川村様が養生シートを外されたため、塗料が付いたものと思われます: what the customer did, given as
    # the cause of damage to their thing (not a plain reason for what we do next: お客様が数量を変更
    # されたため、お届け日を…)
    # (found from the verb, its gate the verb's ending: the customer before it is read by blame(), _DAMAGE_HINT)
    (lazy(r"(され|なさっ|になっ|になられ)た(ため|ので|ことで|ことにより|ことによって)[^。]{0,25}?"
          r"(付い|つい|付着|汚れ|傷が|傷つ|キズ|破損|壊れ|割れ|故障|不具合|変色|変形|シミ|染み|ひび|へこ|凹)"),
     _DAMAGE_HINT),
    # 御社からのご発注が月末の締切を過ぎていたため / ご列席者様の人数変更のご連絡が前日だったため: an act
    # of theirs, after the deadline or on the eve, given as why we could not
    (lazy(r"(?:" + _PARTY + r"(?:の|からの)[^。]{0,20}?(?:ご連絡|ご依頼|ご予約|ご変更|ご相談|お申し出|ご返信|ご回答)"
          r"|(?:ご発注|ご注文|ご入金|ご提出|お申し込み|お申込み|ご返却|ご返送|ご申請|お振り込み|お振込み))が[、,]?[^。、]{0,12}?"
          r"(?:(?:前日|当日|直前|締め?切り?後|期限後|期日後|締め?切り?間際)(?:だった|でした|であった|となった|になった)"
          r"|(?:締め?切り?|期限|期日|受付時間|受付期間)を(?:過ぎ|超え|経過し)(?:ていた|た|ておりました|ていました))"
          # (...and what we could not do for it: not a plain next step, 改めてご請求書をお送りします)
          r"(?:ため|ので|ことから|結果)[、,]?[^。]{0,30}?(?:でき(?:ず|ません|なかった|かね)|間に合わ|対象外|お受けでき|承れ|無効|失効"
          r"|いただけ(?:ず|ません|なかった))"),
     "主語をお客様にせず、「〜のご連絡を〇日に承りましたが」のように起きたことと、これからできることを示してください。"),
    # 着用時の不注意によるものと思われます / ご使用上の過失が原因です: a slip in the customer's own use of
    # their thing (wearing, using, keeping it), named as the cause
    (lazy(r"(?:着用|ご着用|使用|ご使用|お取り扱い|取り扱い|取扱い|お取扱い|保管|ご保管|お手入れ|持ち運び|ご操作)(?:時|中|の際|上)?の[^。、]{0,4}?"
          r"(?:不注意|不手際|誤操作|誤使用|過失|落ち度)(?:によるもの|による(?:破損|汚れ|故障|損傷|シミ|傷|不具合)|が原因|のため|と思われ"
          r"|かと(?:存じ|思われ))"),
     "原因を相手側に置かず、確認できた状態と、これからできることを示してください。"),
    # 番号をお間違えのようです / ご入力をお忘れかと存じます / 型番をお間違えになったものと思われます: the
    # customer's slip, said to them in the honorific as the answer (not お間違えのないよう, a caution, nor お忘れ物; nor asked: お間違えではございませんか)
    (lazy(r"お(?:間違え|忘れ|取り違え|見落とし|見間違え|読み間違え|聞き間違え)(?!物|もの|なく|の?な[いき])"
          r"(?:のよう(?:です|でございます|だ)(?![^。]{0,3}?か)|かと(?:存じ|思われ|思い)|になって(?:い|おら)れ?(?:る|た|ます)?(?:よう|ため|ので)"
          r"|になった(?:よう|ため|ので|もの(?:と|か)|かと|と(?:思われ|考えられ|存じ))|でした(?!ら)|です(?=[。!]|$)|でございます(?=[。!]|$))"),
     "お客様の間違いと言わず、確認できたことと、正しい手順を示してください（例:「ご入力の番号ではお荷物が見つかりませんでした。不在票の右上の12桁の番号をご確認ください」）。"),
    # 同意書にご署名いただいておりますので、当院の責任ではございません / 規約にご同意いただいたうえでご入会
    # いただいておりますので、ご理解ください: the consent they gave, held against them
    (lazy(r"(ご同意|同意|ご署名|署名|ご承諾|承諾)(いただいて|いただいた|されて|なさって)[^。]{0,20}?(おります|おり|います|いる)?"
          r"(ので|から)[、,]?[^。]{0,20}?(ご理解|ご了承|ご容赦|責任)"),
     "同意いただいたことを理由にせず、確認できた事実と、これからできることを示してください。"),
    # お客様ご自身がお選びになったものです: the choice laid at their door, and nothing offered
    (lazy(r"ご自身(が|で)[^。]{0,30}?(お[一-龥ぁ-ん]{1,6}にな|され|なさ|られ)(った|た)(もの|こと)(です|でございます)"),
     "誰が選んだかではなく、できることとできないことを、理由を添えて示してください。"),
    # 受注生産品である旨は、ご注文前に商品ページでご案内しております。: that they were told before
    # they bought, said as the sentence's whole point (not ご契約時にご案内したとおり、…, which goes
    # on to what it says)
    # (or what they were asked to read then: ご購入時に運賃規則をよくお読みいただくようお願いしております; or
    # told and signed: ご契約時にご説明差し上げており、ご署名もいただいております)
    (lazy(r"(ご注文|ご購入|ご契約|お申し込み|お申込み|ご予約|ご入会|ご加入)(の)?(前|時|の際|当時)に[、,]?[^。]{0,20}?"
          r"((ご案内|ご説明|記載|明記|表示|お伝え|お知らせ)(して|いたして|させていただいて|差し上げて)(おります|おりました)(?=[。!]?\s*$)"
          r"|(お読み|ご確認|ご覧)(いただく|いただきます)(よう|ように)(お願い|ご案内)(して|いたして|させていただいて)(おります|おりました)(?=[。!]?\s*$)"
          r"|(ご案内|ご説明|お伝え)(して|いたして|差し上げて)おり[、,][^。]{0,20}?(ご署名|ご同意|ご承諾|ご捺印)(も)?(いただいて|頂いて)(おります|おりました))"),
     "案内済みであることを言うのではなく、いまできることを示してください。"),
    # お客様がお支払い期限を過ぎてから入金されたため / 締切時刻に遅れたため: a deadline they missed
    (lazy(_PARTY + r"(が|は)[^。]{0,30}?(期限|締切|締め切り|時刻|時間|期日)(\([^()]{0,15}\))?(を過ぎ|に遅れ|を超え|に間に合わ|を経過)"
                r"[^。]{0,20}?(ため|ので|(?<!て)から|せい)"),
     "主語をお客様にせず、「〜の確認が期限後となったため」のように起きたことを書き、次にできることを示してください。"),
    # たぶん乾燥機に入れちゃったんじゃないですか: the reader's slip (〜ちゃった, done by mistake) guessed at
    # and put to them as a question
    (lazy(r"(ちゃっ|じゃっ)た(ん|の)じゃない(ですか|でしょうか|かな)"),
     "何をしたかを推し量らず、確かめたいことと、これからできることを示してください。"),
    # お客様が選び間違えられたようです: the customer's mistake, guessed at
    (lazy(_PARTY + r"(が|は)[^。]{0,40}?(忘れ|間違え|間違っ|誤っ|見落と|勘違い|見逃)[^。]{0,12}?(よう(です|でございます|だ)|と思われ|かと存じ)"),
     "主語をお客様にせず、「〜が届いております」のように起きたことを書き、次の手順を示してください。"),
    # ...or stated as what they did: お客様ご自身で誤って予約を取り消されていました (not お客様は誤って
    # 二重に請求されていました: a passive, our mistake done to them)
    (lazy("(?:" + _PARTY + r"(?:が|は)?)?ご自身(で|が)[^。]{0,30}?(誤って|間違えて|誤った|間違った|うっかり)"
                r"(?![^。]{0,30}?(二重|重複|請求|引き落と|課金|送付|配送|発送))[^。]{0,30}?"
                r"(られ|され|なさっ|になっ|になられ)(て(い|おり|いらっしゃい))?(まし)?た(?=[。!]?\s*$|ので|ため|から)"),
     "主語をお客様にせず、「〜が取り消されておりました」のように起きたことを書き、次の手順を示してください。"),
    # お客様のお支払い遅延によるものです / お客様の料金の滞納により: an act of theirs late or left
    # unpaid, named as the cause (not お客様のお荷物の配送遅延: ours)
    (lazy(_PARTY + r"(側)?の[^。、]{0,8}?((お|ご)?(支払い?|入金|振込み?|振り込み|返送|返却|提出|手続き|返信"
                r"|返済|納付)の?(遅延|遅れ|滞り)|滞納|未払い?|未納|延滞|不払い)(による|により|によって|が原因|のため|で)"),
     "主語をお客様にせず、「〜のご入金が確認できていないため」のように起きたことと、次の手順を示してください。"),
    # 事前にお知らせをお読みいただければ防げた問題です: what would not have happened, had they done
    # it (not させていただいていれば防げた: ours)
    (lazy(r"(?<!せて)(いただけれ|いただいてい(ら)?れ|いただいておれ|されれ|されてい(ら)?れ|されておれ|なされ"
          r"|なさってい(ら)?れ|になれ|になってい(ら)?れ|くだされ|くださってい(ら)?れ)ば[、,]?[^。]{0,20}?"
          r"((防げ|避けられ|回避でき|防ぐことができ|避けることができ)(た|ました)|(起き|起こら|生じ|発生し)なかった|(済ん|すん)だ"
          # (…understood or noticed: ご確認いただければお分かりになったかと存じます)
          r"|(お分かり|おわかり|お気づき|お気付き)(になっ|になれ|いただけ)(た|ました)(はず)?|(気づかれ|気付かれ)(た|ました)(はず)?"
          # (…would not have come to this: このような減額にはなりませんでした)
          r"|(に|と)(は|も)?(なりませんでした|ならなかった|ならずに済みました|ならずにすみました|ならずに済んだ)"
          r"|たはず)"),
     "防げたかどうかではなく、これからできることを示してください。"),
    # ほかの利用者の方々が大変迷惑しております: others said to be bothered by them
    (lazy(r"(ほか|他)の(利用者|ご利用者|お客(様|さま)|会員|入居者|住民|方)[^。]{0,10}?(が|も)[^。]{0,6}?"
          r"(迷惑して(おり|い)ます|迷惑を(被って|受けて|こうむって)|困って(おら|い)れます|困っております)"),
     "ほかの方の迷惑を持ち出さず、お願いしたいことと、その理由を具体的に示してください。"),
    # 無料体験の期間中に解約されなかったため: a deadline they let pass, said as the reason
    (lazy(r"(期間中|期間内|期限内|期限まで|期日まで|締め?切り?まで)に[^。、]{0,10}?(ご|お)?(解約|退会|入金|支払い?|振込み?|振り込み"
          r"|手続き|申請|申し込み|提出|返送|返却|更新|変更|キャンセル|登録|連絡)(が)?(され|なさら)なかった"
          r"(ため|ので|から|せい|ことにより|ことが原因)"),
     "「〜の確認ができなかったため」のように起きたことを書き、次にできることを示してください。"),
    # 店舗の対応については、クルマノバでは関与しておりません: the matter disowned (not 第三者は関与して
    # おりません, a finding; a fake site disowned is _DISOWN_FRAUD's)
    (lazy(r"(?<!第三者)(?<!外部)(?<!他社)(では|は)[、,]?([^。、]{0,12}?(に|には|について))?(一切|いっさい)?(関与|関知)(して|いたして|致して)(おり|い)ません"
          r"|(一切|いっさい)(関与|関知)(いたし|致し|し)ません"),
     _DISOWN_HINT),
    # What the customer did, in the honorific (される: their act, not ours), said as the cause: お客様が
    # 冊数を「2」と入力されていたため / パスワードを使い回されていたことが原因で (not a cause asked
    # about or supposed, nor our own act in the humble: 弊社で設定していたことが原因です)
    # (as the cause of what went wrong: 原因; or as a state found to have been so, ていた, behind
    # what happened: …入力されていたため、2冊お届けしておりました; not a plain reason for what they
    # ask or we do, お客様が数量を変更されたため、お届け日を…)
    (lazy(r"(?:" + _KYAKU + r"が[^。]{0,30}?|[一-龥ァ-ヺーA-Za-z0-9]{1,12}を[^。、]{0,12}?)"
          r"(?:(?:され|なさっ)(?:て(?:い|おり)|ていらっしゃっ)?た(?:ことが原因|のが原因)"
          r"|(?:され|なさっ)て(?:い|おり|いらっしゃっ)た(?:ことによ|ため(?![^。]{0,4}?(?:か|でしょう))))" + _ASSERTED),
     "お客様のしたことを原因として書かず、起きたことと、これからできることを示してください。"),
]


_CLEFT_HINT = "誰のせいかを言わず、起きたことと、これからできることを示してください。"
# The name before a disowning では (クルマノバでは関与しておりません), widened back over for the span
_NAME_CHAR = lazy(r"[一-龥ァ-ヶーA-Za-z0-9]")
# A warning against a fake site or a fraud in our name disowns it rightly (当該サイトに弊社は一切関与
# しておりません)
_DISOWN_FRAUD = lazy(r"偽|なりすまし|詐欺|フィッシング|不審|無関係の|模倣|非公式")


# Each pattern with whether it begins with the customer's side (_PARTY, お客様): those run only
# where a sentence names it. (A flag, not a set of patterns: hashing a compiled pattern hashes
# its whole code, every time.)
# A pattern that starts with a party's name (弊社|当社|…|わたくしども, or _PARTY, whose 様 is
# found through a look-behind) is tried at nearly every character of a sentence (当, 私, わ, and
# any character at all for the look-behind): it searches first for the rarer words it holds
# (責任, ミス, 原因 …) behind a Grammar's gate (blame's patterns: 129.5k -> 95k instructions per reply).
# So is one that starts with a look-behind or an optional group ((?<!せて)(いただけれ|…)ば, (?:お客様
# が)?ご自身で): every pattern is a Grammar, which gates the slow ones on their words and tries
# the long ones only where a character they start with stands (207k -> 187k instructions per reply).
_BLAME_RUNS = [(Grammar(rx.pattern), hint, rx.pattern.startswith((_PARTY, _KYAKU))) for rx, hint in _BLAME]


@cache
def _blame_words() -> tuple:
    """(a search for the longest, at a place, of the words some pattern of _BLAME_RUNS needs;
    for each such word, a bit for each pattern that needs it or a shorter word it begins with;
    the bits of the patterns that need no known word), worked out at the first reply blame() reads."""
    direct: dict[str, int] = {}
    always = 0
    for k, (rx, _, _) in enumerate(_BLAME_RUNS):
        words = analysis(rx.gate_from or rx.pattern)["words"]
        if not words:
            always |= 1 << k
        for w in words or ():
            direct[w] = direct.get(w, 0) | 1 << k
    bits = {}
    for w in direct:
        found = 0
        for j in range(1, len(w) + 1):
            found |= direct.get(w[:j], 0)
        bits[w] = found
    return lazy(trie_pattern(sorted(direct))), bits, always


def _blame_runs_by_sentence(norm: str, sentences: list[Sentence]) -> list[int]:
    """For each sentence, the _BLAME_RUNS that can match in it, as bits: those whose words stand
    in it, found with one scan of each sentence (a pattern cannot match in a sentence that holds
    none of the words every match of it holds). (Sentence by sentence, not from the first to the
    last: the sentences blame reads are a few of the reply's, and the text between them is not
    scanned.)"""
    words, bits, always = _blame_words()
    per = []
    for s in sentences:
        found, end = always, s.nend
        # (from the place after each find: words that overlap are found too; a search that ends
        # at the sentence's end finds the longest word within it)
        m = words.search(norm, s.nstart, end)
        while m is not None:
            found |= bits[m.group()]
            m = words.search(norm, m.start() + 1, end)
        per.append(found)
    return per


# Words one of which each pattern of _BLAME holds, chosen as the rarest such words (the fault or
# the cause, not お客様 or ご確認, which nearly every reply holds), in _BLAME's order, and spelled
# from a kanji or a rare kana where they can: the trie is tried wherever a word's first
# character stands, and の, に, な stand everywhere.
_FAULT_NOUNS = ("ミス", "誤り", "間違い", "不足", "不備", "漏れ", "忘れ", "不注意", "過失", "責任", "勘違い", "思い違い",
                "落ち度", "誤解")
_BLAME_WORDS = (
    ["されていたため", "されたため", "なさったため", "なさっていたため", "されていたことによ", "されたことによ",
     "されていらっしゃったため"]
    + list(_FAULT_NOUNS)
    + [a + b + c for a in ("側", "ほう", "方") for b in "のに" for c in ("問題", "原因", "不備", "責任", "過失", "ミス")]
    + ["起因", "原因", "責任", "非"]
    + [w + f for w in ("入力", "操作", "記入", "確認", "登録", "選択") for f in ("ミス", "間違い", "不足", "漏れ", "誤り")]
    + [w + f for w in ("認識", "理解") for f in ("違い", "不足")]
    + ["なかった", "せず", "忘れ", "間違え", "間違っ", "間違われ", "誤っ", "誤ら", "誤りまし", "取り違え", "見落と", "勘違い", "怠", "見逃", "誤りがあ", "間違いがあ",
       "不備があ", "ミスがあ", "不十分", "違反"]
    + ["不適切", "適切でな", "適切ではな", "正しくな"]
    + ["不安定", "古い", "古かった", "遅い", "弱い", "適切でな", "適切ではな", "対応していな"]
    + ["原因", "理由", "問題", "不具合", "不備"]
    + ["存じない", "存知ない", "書いて", "記載して", "明記して", "何度も", "再三", "以前にも", "先ほども", "前回も",
       "繰り返し", "前にも", "以前も", "この前も", "先日も", "何回も", "幾度も", "これまでにも", "これまでも", "たびたび", "度々",
       "存じのとおり", "存じの通り", "存じのように", "存知のとおり", "存知の通り", "存知のように", "承知のとおり", "承知の通り",
       "承知のように", "にもかかわらず", "にも関わらず", "にも拘らず", "をしておりますが", "をいたしておりますが",
       "義務", "責務", "務め", "役目", "思い違い", "早とちり", "認識違い", "見間違い", "たことが原因", "たのが原因", "すぎが原因", "過ぎが原因", "すぎによ", "過ぎによ", "すぎのため", "過ぎのため",
       "すぎのせい", "過ぎのせい", "せいです", "せいでござ", "せいかと", "せいと思", "せいと考", "せいで", "よくお読み", "よくご確認", "きちんと", "しっかり", "困", "必要がござい", "必要があり", "必要があっ",
       "よく読ん", "よく見", "ちゃんと",
       "べき", "ちゃんと", "よくご覧", "よくお確かめ", "よく読ん", "よく確認", "遅れた", "遅れており", "遅くなっ",
       # (from their kanji: を and ご stand at every other character, and the trie is tried at each)
       "過ぎ", "遅れ", "超え", "間に合わ", "経過", "遅らせ", "放置", "後回し", "先延ばし", "延ばし延ばし", "ほったらかし", "放っておか", "放っておい", "不在だ", "不在で", "留守だ", "留守で",
       "都合による", "事情による", "判断による", "選択による",
       # (written where they could have read it; asked to read it, or told and signed, when they bought)
       "明記して", "表示して", "告知して", "差し上げており", "ようお願いして", "ようお願いいたして", "ようご案内して",
       "ようにお願いして", "ようにお願いいたして", "ようにご案内して",
       # (a slip in their use)
       "不手際", "誤操作", "誤使用"]
    # (an act of theirs that did damage: its verb's ending, each form the pattern takes)
    + [a + "た" + b for a in ("され", "なさっ", "になっ", "になられ") for b in ("ため", "ので", "ことで", "ことによ")]
    # (on the eve, or after the deadline)
    + [a + b for a in ("前日", "当日", "直前", "後", "間際") for b in ("だった", "でした", "であった", "となった", "になった")]
    # (お忘れ and お間違え with what says it happened: not お忘れなく, お間違えのないよう)
    + [a + b for a in ("間違え", "忘れ", "取り違え", "見落とし", "見間違え", "読み間違え", "聞き間違え")
       for b in ("のよう", "かと", "になっ", "でした", "です", "でござ")]
    + [
       # (the tails, not ていない or 十分 alone, which stand in most replies)
       "ないためです", "ないためでございます", "ないからです", "ないことが原因", "ないのが原因",
       "ないからだと", "ないからと", "ないからかと", "ないためだと", "ないためと", "ないためかと",
       "なかったことが", "なかったのが",
       # (our fault denied, the cause laid at their door)
       "責任はござ", "責任はあり", "責任はな", "ものとは考え", "ものではござ", "ものではあり", "原因は",
       # (the trouble's doer named after のは, _CLEFT_BLAME; what they sent, unreadable)
       "のはお客", "のは、お客", "のは貴社", "のは、貴社", "のは御社", "のは、御社",
       "ぼやけ", "不鮮明", "読み取れな", "判読でき",
       # (the act done the wrong way; a choice that was theirs)
       "逆に", "逆向き", "逆さ", "反対に", "反対向き", "異なる", "違う", "誤った", "間違った", "別の", "ご自身が", "ご自身で",
       # (told before they bought: the telling, rarer than 前に or 時に)
       "ご案内して", "ご案内いたして", "ご説明して", "ご説明いたして", "表示して", "お伝えして", "お伝えいたして",
       "お知らせして", "お知らせいたして", "させていただいて",
       # (a mistake of theirs stated; an act of theirs late or unpaid; what would not have happened)
       "うっかり", "ゃったんじゃな", "ゃったのじゃな", "滞り", "滞納", "未払", "未納", "延滞", "不払い",
       "防げ", "避けられ", "回避でき", "防ぐことができ", "避けることができ", "起きなかった", "起こらなかった",
       "生じなかった", "発生しなかった", "済んだ", "すんだ", "なりませんでした", "ならなかった", "ならずに済みました", "ならずにすみました", "ならずに済んだ",
       "入金が遅", "入金の遅", "提出が遅", "提出の遅", "準備が整っていな", "準備が整っておら", "てこない", "てこなかった",
       "でこない", "でこなかった", "何度も", "繰り返", "二重に", "重複して", "同意いただ", "同意され", "同意なさ", "署名いただ",
       "署名され", "署名なさ", "整っておら", "整っていな", "承諾いただ", "承諾され", "承諾なさ", "書いて", "記載して", "明記して", "分かりになっ", "わかりになっ", "分かりになれ", "わかりになれ",
       "分かりいただけ", "わかりいただけ", "気づきになっ", "気付きになっ", "気づきになれ", "気付きになれ", "気づきいただけ",
       "気付きいただけ", "気づかれ", "気付かれ", "になったことが原因", "になったのが原因", "になられたことが原因",
       "なさったことが原因", "なさったのが原因", "になっていたことが原因", "なさっていたことが原因", "になったことが一因", "関与", "関知", "たはず", "迷惑して",
       # (not 迷惑を or 遅延 alone, which stand in most apologies: ご迷惑をおかけ, 配送遅延)
       "迷惑を被", "迷惑を受け", "迷惑をこうむ"]
    + [a + "の" + b for a in ("他", "ほか") for b in ("利用者", "ご利用者", "お客", "会員", "入居者", "住民", "方")]
    + [w + n + "遅延" for w in ("支払い", "支払", "入金", "振込み", "振込", "振り込み", "返送", "返却", "提出", "手続き", "返信",
                                  "返済", "納付") for n in ("", "の")]
    + [a + b for a in ("十分に", "十分", "じゅうぶんに", "じゅうぶん") for b in ("お読み", "ご確認", "ご覧", "お確かめ", "ご理解")])


# What went wrong, then the customer as its doer: 請求額が高くなったのは、お客様が電気を多く使われた
# ためです / 遅れて来られたのはお客様ですので (not 送料が無料になったのは、会員でいらっしゃるためです:
# the topic before のは must tell of trouble)
_CLEFT_BLAME = lazy(r"のは[、,]?(?P<doer>" + _PARTY + r")(?:(?:が|は)[^。]{0,50}?(?:ため|から|せい)(?:です|でございます)"
                    r"|(?:の(?:ご)?(?:都合|責任|過失|ミス|せい))?(?:です|でございます)(?:ので|から|[。!]|$))")
_TROUBLE_BEFORE = lazy(acts.TROUBLE.pattern + r"|な(?:い|かった)|高く|増え|遅れ|二重|開か|できな|でき(?:ず|ませ)|不在|留守")


# The characters that stand most often in replies, most common first (counted over 2,000
# generated replies): a word of blame's trigger is searched from its rarest character.
_COMMON_CHARS = ("、いしまおたのすご―━りーてにがをでとだくスはせかトらさきざン日ルうaなイ合れよけあマeoわpつタ月様社ド会カも"
                 "問る認返ラ確s手ジアlこサク金mッポ送っウメロ申願式用請r株i不ん求ろt当再変時連更シuめ発セ絡文定利本注@ェ品グ配上付レバハk間")


def _from_rarest(words) -> str:
    """A regex for where any of `words` stands, each matched from its rarest character, with the
    characters before it read behind (なかった: か(?<=なか)った). A search then stops at a few
    rare characters, not at every な, に or の (the trie of the words took twice the time). A match
    starts inside its word, not at its start: in the same sentence, as no word holds a terminator,
    a blank or a line break."""
    rank = {c: k for k, c in enumerate(_COMMON_CHARS)}
    by_char: dict[str, set[str]] = {}
    for w in sorted(set(words)):
        k = max(range(len(w)), key=lambda j: (rank.get(w[j], len(rank)), -j))
        by_char.setdefault(w[k], set()).add(("(?<=" + re.escape(w[:k + 1]) + ")" if k else "") + re.escape(w[k + 1:]))
    return "|".join(re.escape(c) + "(?:" + "|".join(sorted(alts, key=lambda a: (-len(a), a))) + ")"
                    for c, alts in sorted(by_char.items()))


@triggered_by(_from_rarest(_BLAME_WORDS))
def blame(doc: Document, ctx: CheckContext):
    norm = doc.norm
    sentences = ctx.sentences(doc, doc.linted_sentences())
    # Each pattern is tried only in the sentences that hold one of its words (found once per reply)
    runs_in = _blame_runs_by_sentence(norm, sentences)
    for s, run_bits in zip(sentences, runs_in):
        if doc.role(s) == seg.ITEM and _KIND_OF_GOODS.search(norm, s.nstart, s.nend):
            continue  # a kind of goods in a policy's list (・お客様の責任により傷がついた商品): no one accused
        done = -1
        party = _PARTY_WORD.search(norm, s.nstart, s.nend) is not None
        if party:
            for m in _CLEFT_BLAME.finditer(norm, s.nstart, s.nend):
                if _TROUBLE_BEFORE.search(norm, max(s.nstart, m.start() - 20), m.start()):
                    done = m.end()
                    yield _hit(doc, m.start("doer"), m.end(), suggestion=_CLEFT_HINT)
        while run_bits:
            low = run_bits & -run_bits
            run_bits ^= low
            rx, hint, names_party = _BLAME_RUNS[low.bit_length() - 1]
            if names_party and not party:
                continue  # (the customer's side is not named in this sentence)
            # (a search first: most patterns match in no sentence, and finditer builds a scanner
            # and an iterator each time; from the first match on, finditer finds what it would)
            first = rx.search(norm, s.nstart, s.nend)
            if first is None:
                continue
            if hint is _DISOWN_HINT and _DISOWN_FRAUD.search(norm, max(0, s.nstart - 80), s.nend):
                continue  # (in its sentence or the one before it)
            if hint is _PLACED_HINT and _OTHER_KEEPER.search(norm, s.nstart, first.start()):
                continue  # (kept there by someone else: the courier, our staff)
            doer = None
            if hint is _DAMAGE_HINT:
                doer = _DAMAGE_DOER.search(norm, max(s.nstart, first.start() - 40), first.start()) if party else None
                if doer is None:
                    continue  # (no one of theirs named as who did it: 配送中に落とされたため、…)
                doer_at = doer.start()
            for m in rx.finditer(norm, first.start(), s.nend):
                start = m.start()
                if doer is not None:  # (川村様が…外されたため: from the one who did it, and the name before 様)
                    start, doer = doer.start(), None
                    while start > max(s.nstart, doer_at - 4) and "一" <= norm[start - 1] <= "龥":
                        start -= 1
                if norm.startswith(("様", "さま"), start):  # 石田様が…: the name before it
                    while start > max(s.nstart, m.start() - 4) and "一" <= norm[start - 1] <= "龥":
                        start -= 1
                elif hint is _DISOWN_HINT:  # クルマノバでは関与しておりません: who disowns it
                    while start > max(s.nstart, m.start() - 12) and _NAME_CHAR.match(norm, start - 1):
                        start -= 1
                if start < done:
                    continue
                done = m.end()
                yield _hit(doc, start, m.end(), suggestion=hint)


# A consequence told of a state kept: 古いアプリのままですと / このままでは
_AS_IT_IS = lazy(r"まま(ですと|だと|では|にしておくと|にしておきますと)")
# A list item that names a kind of goods or a case, ending on its noun
_KIND_OF_GOODS = lazy(r"(商品|製品|品物|もの|物|場合)[。]?\s*$")


# -- positive/rule-citing -------------------------------------------------------------

# (規程: 規定's other spelling; 条例: a town's own rule, cited as a local office's reason)
# (and a club's, a school's, a dormitory's or a hall's own rules, and a call's terms: 会則, 学則, 要項)
_RULE = (r"(規定|規程|規則|規約|約款|決まり|ルール|方針|仕様|マニュアル|社則|社内規定|社内規則|社内ルール|制度|定め|契約書|契約条件|利用条件|条例|ポリシー"
         r"|会則|学則|校則|園則|寮則|館則|細則|募集要項|要項|要綱)")
# 規定ですので / 決まりなので / 当社の方針のため、
_RULE_BECAUSE = lazy(_RULE + r"(です|でございます|となっております|になっております|となります|な|の)?"
                           r"(ので|から|ため[、,]|につき)")
# 規定により〜できません / ルール上〜いたしかねます
_RULE_BY = lazy(_RULE + r"(第[0-9]{1,3}条(第[0-9]{1,2}項)?)?([^。、]{0,8}?に(定める|定めた|記載の|明記の|記載された)(とおり|通り)"
                      r"|により|によって|に基づき|に従い|上|で決まっており|で定められており|として"

                      r"|に定めが(ございます|あります|ある)(ので|ため)|がございますので|があるため)[、,]?")
# 当院の決まりでできません / 規則で、お受けできません: the rule as the means of a refusal that
# follows in its clause (not 仕様, a make told by what it does: 本機の仕様で横向きには表示できません)
_RULE_MEANS = lazy(_RULE + r"で(?:は)?[、,]?")
_RULE_MEANS_REACH = 24  # (how far before the refusal the rule may stand: one clause)
# 規約で認められておりません: the rule itself refusing, as the only word given
# (or forbidding it: 当日のキャンセルはルールで禁止されています / 規約上、転売は禁じられております)
_RULE_FORBIDS = lazy(_RULE + r"(で|により|上|において)(は)?[、,]?(([^。]{0,30}?(は|も))?(認められて|許可されて|許されて)(おり|い)ません"
                    r"|[^。、]{0,12}?(禁止|禁じ)(されて|られて|となって|になって|して|いたして)(おり|い)ます|[^。、]{0,12}?禁止(です|でございます)"
                    # (規定でできないことになっています)
                    r"|[^。、]{0,10}?(でき|いたせ|お受けでき|お受けし|承れ)(ない|ません)(こと|形)に(なって)(おり|い)ます)")
# "It is by design" as the whole answer, the sentence's last words (それは仕様です / 通知が出るのは
# 現在の仕様です): the reader is told nothing of what happens or what they can do. Not the make of a
# thing told by what it does (「対象外」が入る仕様となっております: a clause before 仕様), nor 同じ仕様です
# (two things compared).
_BY_DESIGN = lazy(r"(?:(?<=[はがもの、,。!\s])|^)(?:現在の|今の|アプリの|システムの|サービスの|本製品の|当社の|弊社の)?"
                  r"仕様(?:です|でございます|となっております|になっております|となります)(?=[。!]?\s*$)")
_BY_DESIGN_HINT = "どう動くのかと、そのうえでできることを具体的に書いてください（例: 「保存すると元の画像は上書きされます。元の画像を残したいときは、先に複製してください」）。"
# 〜できない決まりです / お受けしない規定となっております
_RULE_STATED = lazy(r"(ない|ません|かねる|られない|という|との)(という|との)?(こと|形)?(に|と)?(なって)?(おります|いる)?"
                          + _RULE + r"(です|でございます|(と|に)なって(おり|い)ます|となります|がございます|があります)")
# 利用規約にそのように定めております / 規約に明記しております: the rule named as saying so, in the
# sentence after a refusal (the rule is then the reason given for it)
# (規約でそう決まっておりますので: the same, in words of its own)
_RULE_SAYS_SO = lazy(_RULE + r"(第[0-9]{1,3}条(第[0-9]{1,2}項)?)?(に|で|にも|でも)[^。]{0,12}?(定め|記載|明記|規定|決まっ|決められ|定まっ)(て|られて|されて|して)(おり|い)ます")
# ...or asking only for understanding after it: 交付は14日以内と院内規程で定められております。ご理解ください。
_ONLY_UNDERSTANDING = lazy(r"\s*(何卒|なにとぞ|どうか|どうぞ)?[、,]?(ご理解|ご了承|ご容赦)(ください|くださいませ|のほど|を(お願い|賜り)"
                           r"|いただけますよう|いただきますよう)[^。]{0,20}?[。!]?\s*$")
_UNDERSTAND_AFTER = lazy(r"(ので|ため)[、,]?(何卒|なにとぞ|どうか)?[、,]?(ご理解|ご了承|ご容赦)")
# The rule's text pointed to as the answer: 契約書第8条をご確認ください / 利用規約をご覧ください
_RULE_POINTED = lazy(r"\s*[^。]{0,12}?" + _RULE + r"(の)?(第[0-9０-９]{1,3}条(第[0-9０-９]{1,2}項)?)?[^。、]{0,10}?を[、,]?"
                     r"(ご確認|ご覧|お読み|ご参照)(ください|くださいませ|いただけますよう|いただきますよう)[^。]{0,10}?[。!]?\s*$")
# ...or an outcome laid on the customer by it, done: 規定により返品処理となりました / 規約に基づき失効とさせていただきました
_IMPOSED = lazy(r"[^。]{0,12}?(キャンセル|失効|無効|解約|退会|返品|返送|処分|廃棄|没収|取り消し|取消|停止|打ち切り|除名|強制)[^。、]{0,6}?"
                # (done already, to them: a policy told ahead, 規約により1年で失効となります, informs)
                r"(と|に)(なりました|させていただきました|いたしました)")
# ...or for a charge or a duty laid on the customer: 当社の規定により、追加の車両費はご負担いただく
# ことになっております
_CHARGED = lazy(r"ご負担|お支払いいただ|ご請求|請求(いたし|させていただき)|(料|費|代)[^。]{0,8}?(発生|かかり|頂戴)")
# A reason given with the rule: 二重発行を防ぐための規定ですので
# (or a reason of its own, said with a verb: …ご依頼を受けたことがあるため、職務上のルールにより)
_REASON_BEFORE = lazy(r"ため(の|に)|防[ぐぎ]|守る|保護|安全|(ある|いる|おる|した|ない)ため[、,]")


# Something offered in place of what a rule rules out.
_SUBSTITUTE = lazy(r"代わりに|かわりに|代替|別の(方法|手段|形)|ほかの(方法|手段)|他の(方法|手段)"
                   r"|(方法|手段)(が|も)(ございます|あります)(?!ん)")


# ...or right after the refusal, in its own sentence: 〜はお受けしておりませんが、公式リセールで
# お譲りいただけます
_BUT_OFFERED = lazy(r"が[、,][^。]{0,80}?(いただけ|でき|承り|承れ|ご利用になれ)ます(?!ん)")


def _rule_cited(norm: str, s: Sentence, before: int) -> bool:
    """A rule is cited as the reason earlier in the sentence (before a refusal at `before`)."""
    for m in _RULE_BY.finditer(norm, s.nstart, before):
        if not _REASON_BEFORE.search(norm, s.nstart, m.start()):
            return True
    for m in _RULE_BECAUSE.finditer(norm, s.nstart, before):
        if not _REASON_BEFORE.search(norm, s.nstart, m.start()):
            return True
    return False


@triggered_by(_RULE[1:-1])  # every pattern names the rule (the words, without the group)
def rule_citing(doc: Document, ctx: CheckContext):
    norm = doc.norm
    body = doc.linted_sentences(seg.BODY)
    index = {id(s): k for k, s in enumerate(body)}
    for s in ctx.sentences(doc, body):
        refusal_m = None
        for r in _REFUSAL.finditer(norm, s.nstart, s.nend):
            if not _NOT_REFUSAL_AFTER.match(norm, r.end(), s.nend):
                refusal_m = r
                break
        found = None
        for m in _RULE_BECAUSE.finditer(norm, s.nstart, s.nend):
            if _REASON_BEFORE.search(norm, s.nstart, m.start()):
                continue
            if m.group(1) == "仕様" and refusal_m is None and m.start() > s.nstart and norm[m.start() - 1] in "いるた":
                continue  # a product's make told by what it does, as the cause of what happens (この電波を
                # 受信できない仕様のため、つながりにくくなっています), not a rule that refuses (仕様ですので、ご了承ください)
            end = refusal_m.end() if refusal_m and refusal_m.start() > m.start() else m.end()
            found = (m.start(), end)
            break
        if found is None and refusal_m is not None:
            for m in _RULE_BY.finditer(norm, s.nstart, refusal_m.start()):
                if _REASON_BEFORE.search(norm, s.nstart, m.start()):
                    continue
                found = (m.start(), refusal_m.end())
                break
        if found is None:
            m = _RULE_FORBIDS.search(norm, s.nstart, s.nend)
            if m is not None and not _REASON_BEFORE.search(norm, s.nstart, m.start()) \
                    and not ((_BANNED.search(m.group()) or _BUT_OFFERED.match(norm, m.end(), s.nend))
                             and _offered_after(doc, body, index[id(s)], m.end())):
                found = (m.start(), m.end())
        if found is None:
            m = _RULE_STATED.search(norm, s.nstart, s.nend)
            if m is not None and not _REASON_BEFORE.search(norm, s.nstart, m.start()):
                found = (_phrase_start(doc, s, m.start()), m.end())
        if found is None and refusal_m is not None:
            for m in _RULE_MEANS.finditer(norm, max(s.nstart, refusal_m.start() - _RULE_MEANS_REACH), refusal_m.start()):
                if m.group(1) == "仕様" or "。" in norm[m.end():refusal_m.start()] \
                        or _REASON_BEFORE.search(norm, s.nstart, m.start()):
                    continue
                found = (m.start(), refusal_m.end())
                break
        if found is None:
            for m in _RULE_BY.finditer(norm, s.nstart, s.nend):
                if (_CHARGED.search(norm, m.end(), s.nend) or _IMPOSED.match(norm, m.end(), s.nend)) \
                        and not _REASON_BEFORE.search(norm, s.nstart, m.start()):
                    found = (m.start(), m.end())
                    break
        hint = None
        if found is None:
            m = _BY_DESIGN.search(norm, s.nstart, s.nend)
            if m is not None and not _REASON_BEFORE.search(norm, s.nstart, m.start()):
                found, hint = (m.start(), m.end()), _BY_DESIGN_HINT
        if found is None:
            k = index[id(s)]
            m = _RULE_SAYS_SO.search(norm, s.nstart, s.nend)
            # (after a refusal; or with nothing after it but a plea for understanding, in its own
            # sentence or the next: …と院内規程で定められております。ご理解ください。)
            # (and no way given after that: …ご了承ください。代わりに、ポイントでのお戻しを承ります)
            if m is not None and (k > 0 and _refuses(norm, body[k - 1])
                                  or _UNDERSTAND_AFTER.match(norm, m.end(), s.nend) and not _design_way_after(doc, body, k)
                                  or m.end() + 2 >= s.nend and k + 1 < len(body)
                                  and _ONLY_UNDERSTANDING.match(norm, body[k + 1].nstart, body[k + 1].nend)
                                  and not _design_way_after(doc, body, k + 1)) \
                    and not _REASON_BEFORE.search(norm, s.nstart, m.start()):
                found = (m.start(), m.end())
        if found is None:
            # 持ち込み料の免除はいたしかねます。契約書第8条をご確認ください。: the rule's text as the answer
            k = index[id(s)]
            if k > 0 and _RULE_POINTED.match(norm, s.nstart, s.nend) and _refuses(norm, body[k - 1]):
                found = (s.nstart + len(norm[s.nstart:s.nend]) - len(norm[s.nstart:s.nend].lstrip()), s.nend)
        if found is None:
            continue
        if norm.find("仕様", found[0], found[1]) >= 0 and _design_way_after(doc, body, index[id(s)]):
            continue  # SV権限ではキューの設定を変更できない仕様になっております。管理者の方が権限を変更
            # すれば、編集できるようになります: how the product works, and what to do to get it
        if refusal_m is not None and found[1] == refusal_m.end():
            # a rule given as the reason for a limit, and something offered in its place: the
            # reader learns why and what to do instead (主催者の方針により対象外です。代わりに、
            # 公式リセールを…). (Only an offer in its place: the next step of another matter,
            # 解約のお手続きは…, leaves the rule the only reason.)
            k = index[id(s)]
            if _SUBSTITUTE.search(norm, refusal_m.end(), s.nend) or _BUT_OFFERED.match(norm, refusal_m.end(), s.nend) or any(
                    _SUBSTITUTE.search(norm, n.nstart, n.nend) for n in body[k + 1:k + 3]):
                continue
        yield _hit(doc, *found, suggestion=hint)


_BANNED = lazy(r"禁")


def _design_way_after(doc: Document, body: list[Sentence], k: int) -> bool:
    """The sentence after body[k] (a product's make, 仕様) shows a way to what it rules out: a step,
    and what it then makes possible (管理者の方が権限を変更すれば、編集できるようになります), not a
    plea for understanding, an order or a blame."""
    if k + 1 >= len(body):
        return False
    norm, n = doc.norm, body[k + 1]
    return _sentence_ok(doc, n) and _has_alternative(doc, n.nstart, n.nend) \
        and not _FILLER.search(norm, n.nstart, n.nend) and not _blames(doc, n) \
        and not (_ORDER_WORDS.search(norm, n.nstart, n.nend) and _ORDERS.search(norm, n.nstart, n.nend))


def _offered_after(doc: Document, body: list[Sentence], k: int, at: int) -> bool:
    """What is allowed instead, said as possible, follows a ban at `at` in body[k]: in the rest of
    its sentence (…禁止されていますが、補助犬はご一緒にご入館いただけます) or in the next one (not a
    reprimand, 次回からは必ず前日までにご連絡ください, nor a charge, 手数料を請求いたします)."""
    norm, s = doc.norm, body[k]
    if _POSSIBLE.search(norm, at, s.nend) or _SUBSTITUTE.search(norm, at, s.nend):
        return True
    n = body[k + 1] if k + 1 < len(body) else None
    return n is not None and (_POSSIBLE.search(norm, n.nstart, n.nend) or _SUBSTITUTE.search(norm, n.nstart, n.nend)) is not None


def _refuses(norm: str, s: Sentence) -> bool:
    return any(not _NOT_REFUSAL_AFTER.match(norm, r.end(), s.nend) for r in _REFUSAL.finditer(norm, s.nstart, s.nend))


# -- positive/negative-command --------------------------------------------------------

_NEG_CMD = lazy(_at(
    "おてでなはを禁や",
    # (the words spaced too, as in a reply in easy Japanese: 忘れないで ください)
    r"(?<!つ)ないで\s?(ください|下さい|くださいませ|いただけますか|いただけますでしょうか|ね)"  # (not つないで: connect)
    # (stop doing it, in plain words: 担当者に直接相談するのは絶対にやめてください)
    r"|(?<=[のはを、,に])やめて(ください|下さい|くださいませ)"
    r"|(?<!の)ないよう(に)?(して|お気をつけ|ご注意)?(ください|下さい|くださいませ|お願い(いたし|し|申し上げ)ます)"
    r"|(は|を)?おやめ(ください|くださいませ|いただけますか)"
    r"|(ては|では)(いけません|いけない|なりません|だめです|ダメです)"
    r"|禁止(です|でございます|となっております|となります|されております|されています|しております|いたしております)"))
# Someone's words quoted, not our request to the reader: 「ぜひ続けないでくださいね」との声,
# 「走らないでください」という貼り紙, 「押さないで」など. (The opening 「 is looked for at most
# 80 characters back: a longer quotation is rare, and the scan stays bounded.)
_QUOTED_AFTER = lazy(r"[。!?!?]?」(と|という|といった|との|など|って|のよう)")


def _quoted(norm: str, s: Sentence, start: int, end: int) -> bool:
    opened = norm.rfind("「", max(s.nstart, start - 80), start)
    return opened >= 0 and norm.find("」", opened, start) < 0 and _QUOTED_AFTER.match(norm, end) is not None


# Kind words, not commands: ご心配なさらないでください, お気になさらないでください.
_KIND = lazy(r"(心配|気に|無理|遠慮|諦め|あきらめ|焦ら|慌て|落ち込ま|悲しま)[^。、]{0,4}$")
# A warning of harm: a prohibition that gives it, before it or in the next sentence, keeps
# someone safe and says why (破片が落ちることがありますので…こすらないようご注意ください;
# スイッチは入れたり切ったりしないでください。火花で引火するおそれがあります).
_HARM = lazy(r"おそれ|恐れ|危険|けが|怪我|やけど|火傷|感電|引火|火災|発火|爆発|破損|故障|破片|事故|中毒|窒息|転倒"
             r"|変形|変色|劣化|漏電|ガス漏れ|原因(と|に)な"
             # (the harm of a leak or a fraud: セキュリティのため、パスワードはメールに書かないでください)
             r"|セキュリティ|安全のため|不正|悪用|なりすまし|詐欺|漏えい|漏洩|流出|第三者に知られ|個人情報"
             # (heat: 本体が熱くなりますので、周りに物を置かないようご注意ください)
             r"|熱く|高温|熱い")
# The next sentence gives the reason (…引火するおそれがあります / …割れることがございます).
_REASON_END = lazy(r"(あります|ございます|ためです|からです|おそれがあります|なります)[。!]?\s*$")
# What a ban is for, said before it: 野鳥の繁殖地を守るため / 安全を確保するために
_PURPOSE = lazy(r"(守る|確保する|防ぐ|防止する|保つ|配慮する|避ける)(ため|ために)|の(ため|ために)[、,]")
# A list led in by a caution or a purpose (次の点にご注意ください / 検査を正確に行うため、次の点にご
# 協力をお願いいたします): its items are the precautions it announces, with their reason.
_CAUTION_LEAD = lazy(r"注意|ため[、,に]")


# ...what one kindly asks them to stop (無理をするのは / 我慢なさるのは やめてください)
_KIND_STOP = lazy(r"(無理|我慢|頑張りすぎ|がんばりすぎ|心配|遠慮|自分を責め|ご自分を責め)[^。、]{0,8}$")
# A prohibition pressed hard stays an order, reason or not: 絶対に / 決して / くれぐれも …ないでください
_PRESSED = lazy(r"絶対|決して|くれぐれも|二度と|必ず")
# Positive rewrites for common verbs (dictionary form -> what to ask for instead).
_POSITIVE_FORM = {
    "置く": "〜の前は空けておいてください", "触る": "離れてお待ちください", "触れる": "離れてお待ちください",
    "捨てる": "保管しておいてください", "開ける": "閉じたままにしてください", "抜く": "差したままにしてください",
    "消す": "残しておいてください", "切る": "入れたままにしてください", "削除": "保存しておいてください",
    "忘れる": "必ずお持ちください（お忘れなく）", "遅れる": "時間までにお越しください", "押す": "一度だけ押してください",
    "入力": "空欄のままにしてください", "使う": "〜をお使いください", "使用": "〜をお使いください",
    "入れる": "〜に入れてください（入れてよい場所を示す）", "止める": "動かしたままにしてください",
}


@triggered_by(r"ないで|ないよう|おやめ|やめて|いけ|なりません|だめ|ダメ|禁止")
def negative_command(doc: Document, ctx: CheckContext):
    norm = doc.norm
    sentences = doc.linted_sentences()
    index = None  # each sentence's place, built when first needed
    for s in ctx.sentences(doc, sentences):
        for m in _NEG_CMD.finditer(norm, s.nstart, s.nend):
            start = m.start()
            if not m.group().startswith(("禁止", "は", "を", "お")):
                start = _phrase_start(doc, s, m.start())
            if _KIND.search(norm, s.nstart, m.start()) or _quoted(norm, s, m.start(), m.end()):
                continue
            if m.group().startswith("やめて") and _KIND_STOP.search(norm, max(s.nstart, m.start() - 12), m.start()):
                continue  # 無理をするのはやめてくださいね: care for the reader, not an order
            if _NOTE_ON_REQUEST.search(norm, max(s.nstart, start - 40), start):
                continue  # DMでお知らせください（口座番号は送らないでください）: a note on how to do what
                # was just asked, in brackets after it
            if index is None:
                index = {id(x): n for n, x in enumerate(sentences)}
            nxt = sentences[index[id(s)] + 1] if index[id(s)] + 1 < len(sentences) else None
            pressed = _PRESSED.search(norm, s.nstart, m.start()) is not None or _pressed_before(doc, sentences, index, s)
            if not pressed and m.group().startswith("ないよう") and "お願い" in m.group() \
                    and _WE_CANNOT_SO.search(norm, s.nstart, start):
                continue  # こちらのDMは薬剤師が確認できないため、処方内容はお送りにならないようお願いいたします:
                # asked politely, with what we cannot do as its reason
            if not pressed and _FOR_A_WHILE.search(norm, s.nstart, start):
                continue  # 養生期間中ですので、あと2日ほどは重い家具を置かないようお願いいたします: a
                # precaution for a time, with its reason
            if not pressed and (
                    _HARM.search(norm, s.nstart, start)
                    or nxt is not None and nxt.line <= s.line + 1 and _HARM.search(norm, nxt.nstart, nxt.nend)
                    and _REASON_END.search(norm, nxt.nstart, nxt.nend)):
                continue  # a warning of harm, with its reason
            lead = doc.list_lead(s)
            # (asked with Document.act: once per list's lead, not once per item)
            if lead is not None and not pressed \
                    and (doc.act(_CAUTION_LEAD, lead) or doc.act(_HARM, lead)):
                continue  # an item of a list of precautions
            if m.group().startswith("禁止") and _RULE_FORBIDS.search(norm, s.nstart, m.end()):
                continue  # a rule said to forbid it: positive/rule-citing's (規約により禁止となっております)
            if m.group().startswith("禁止") and _PURPOSE.search(norm, s.nstart, start):
                continue  # a ban described with what it protects (野鳥を守るため…禁止しております)
            if m.group().startswith("禁止") and _says_what_to_do(doc, m.end(), s, nxt):
                continue  # a rule of the place, told with what to do (土足禁止となっておりますので、上履きを
                # お持ちください): the request is the positive form
            verb = None
            toks = doc.sentence_tokens(s)
            i = _tok_index(toks, start)
            if i >= 0:
                for t in toks[i:_tok_index(toks, m.start()) + 1]:
                    if t.lemma in _POSITIVE_FORM or t.norm in _POSITIVE_FORM:
                        verb = _POSITIVE_FORM.get(t.lemma) or _POSITIVE_FORM.get(t.norm)
                        break
            hint = f"してほしいことを「{verb}」のように書いてください。" if verb else \
                "してほしいことを「〜してください」の形で書いてください（例: 置かないでください → 空けておいてください）。"
            yield _hit(doc, start, m.end(), suggestion=hint)


# What we cannot do, as the reason for a polite request not to (確認できないため、 / お答えできかねますので、)
_WE_CANNOT_SO = lazy(r"(でき|いたせ|対応でき|お答えでき|拝見でき|お受けでき)(ない|ず|かねる|かねます|ません)(ため|ので)[、,]")
# Its reason, then how long it holds (〜ですので、あと2日ほどは / 〜のため、乾くまでは / 〜ので、点検の間は)
_FOR_A_WHILE = lazy(r"(ので|ため)[、,][^。]{0,20}?(あと[^。、]{1,8}?(は|の間)|まで(は|の間)|の間は)")
# A request, then a bracket opened on it whose note runs up to the prohibition (no bracket closed)
_NOTE_ON_REQUEST = lazy(r"(ください|下さい|お願い(いたし|し)ます)[(（][^()（）。]*$")
# A sentence that adds to the one before it: また、 / さらに、 / それから、
_ADDED = lazy(r"\s*(また|さらに|それから|あわせて|併せて)[、,]")


def _pressed_before(doc: Document, sentences: list[Sentence], index: dict, s: Sentence) -> bool:
    """`s` adds to a pressed prohibition in the sentence before it (リンクは絶対に開かないでください。
    また、暗証番号は誰にも教えないでください): the same force carries over."""
    k = index[id(s)]
    if k == 0 or not _ADDED.match(doc.norm, s.nstart, s.nend):
        return False
    prev = sentences[k - 1]
    m = _NEG_CMD.search(doc.norm, prev.nstart, prev.nend)
    return m is not None and _PRESSED.search(doc.norm, prev.nstart, m.start()) is not None


def _says_what_to_do(doc: Document, after: int, s: Sentence, nxt: Sentence | None) -> bool:
    """A request of what to do (〜をお持ちください, 〜をご利用ください; not ご了承ください, ご注意ください)
    follows a ban stated at `after`: in the rest of its sentence, or in the next sentence on the next line."""
    norm = doc.norm
    if _alternative_at(doc, after, s.nend) >= 0:
        return not _NEG_CMD.search(norm, after, s.nend)
    return nxt is not None and nxt.line <= s.line + 1 and _ASKED.search(norm, nxt.nstart, nxt.nend) is not None \
        and _alternative_at(doc, nxt.nstart, nxt.nend) >= 0 and not _NEG_CMD.search(norm, nxt.nstart, nxt.nend)


_ASKED = lazy(r"ください|下さい|お願い(いたし|し|申し上げ)ます")


# -- positive/lecturing ----------------------------------------------------------------

# What the customer must do from now on, after what went wrong (今後は必ず締め時間を守ってください /
# 次回からは時間どおりにお越しください): a reprimand, not an instruction for this matter.
_FROM_NOW_ON_ORDER = (r"(今後|次回から|次回以降|以後|これから)(は)?[、,]?(このような|こうした|同様の|同じような)こと(が|の)ない(よう|ように)[、,]?"
                      r"[^。]{0,10}?(お気をつけ|お気を付け|ご注意|気をつけて|気を付けて|注意して)(ください|下さい|くださいますよう|いただきますよう)"
                      r"|(今後は|次回から(は)?|次回以降(は)?|以後|これからは)[、,]?[^。]{0,30}?"
                      r"(必ず|きちんと|ちゃんと|しっかり|くれぐれも|よく|十分|余裕をもって|余裕を持って|時間どおり|時間通り|期限までに|遅れずに"
                      # (left to the reader, or a rule to keep: 次回からはご自身でご確認ください / 今後は期日を厳守してください)
                      r"|ご自身で|ご自分で|自分で|厳守|遵守"
                      # (more care asked for: もう少しセキュリティ意識を持って / もっと注意して)
                      r"|もう少し|もうすこし|もっと|意識を持って|意識をもって|意識して)"
                      r"[^。]{0,30}?(ください|下さい|くださいますよう|いただきますよう|いただけますよう|願います|すること|ないこと)")
# What every customer is supposed to do, said as the way things are (公演日時を必ずご確認いただくのが
# 基本です / 入国条件は、本来お客様ご自身でご確認いただくものです): a reprimand in the form of a fact
# (当たり前 / 普通: the same said in everyday words; not a feeling said to be natural, ご心配されるのが
# 普通です, which is sympathy)
_DUTY = (r"(ご|お)(?!心配|不安|驚|戸惑|困惑|立腹|怒り|迷い|悩み)[^。、]{1,12}?(いただく|くださる|なさる|される|する)(の|こと)が(基本|原則|大前提|前提|当然|当たり前|普通|常識|筋|鉄則|マナー)"
         r"(です|でございます|となっております|となります|かと存じます)"
         r"|(本来|普通|一般的に|常識的に|常識として)[は、,]*[^。]{0,30}?(お客(様|さま)|ご自身|ご本人)[^。]{0,20}?(いただく|なさる|される|する|くださる)(べき)?(もの|こと)"
         r"(です|でございます|となっております)"
         # (in a plain verb, the customer named as who should have done it beforehand, or as a matter of
         # course: ご自身でマイページの設定を済ませておくのが基本です; not how a thing is usually done,
         # お手入れはご自身で定期的に行うのが基本です, nor what they can do, ご利用いただけることが…)
         r"|(ご自身|お客(様|さま)|ご本人(様)?)(で|が|にて)[^。]{0,40}?"
         r"((て|で)おく(の|こと)が(基本|原則|当然|当たり前|普通|常識|筋|鉄則|マナー)"
         r"|(?<!でき)(?<!いただけ)(?<!られ)(?<!なれ)[るうくすつむぶぐ](の|こと)が(当然|当たり前|常識|筋))"
         r"(です|でございます|となっております|となります|かと存じます)"
         r"|(前に|までに|以内に|早めに|事前に|前もって|あらかじめ|予め|時間どおりに|時間通りに)[^。、]{0,16}?"
         r"(来る|来られる|いらっしゃる|お越しになる|済ませる|済ませておく|確認する|確認しておく|連絡する|知らせる"
         r"|伝える|払う|支払う|支払っておく|返す|返却する|提出する|予約する|申し込む|キャンセルする|取り消す|用意する|準備する"
         r"|用意しておく|準備しておく|読む|読んでおく|調べる|調べておく|取る|取っておく)(の|こと)が(普通|常識|当たり前|マナー)"
         r"(です|でございます|となっております|となります|かと存じます)")
# Read this before you ask (問い合わせる前に、まずそちらを読んでください / 確認してから質問してください)
_READ_FIRST = (r"(問い合わせる|お問い合わせの|お問い合わせいただく|質問する|ご質問の|ご連絡の|連絡する)前に[^。]{0,30}?(ください|下さい)"
               # (the reader's own reading or checking first: 確認してから; not an event that starts a
               # time limit: 届いてから7日以内にご連絡ください)
               r"|(確認し|読ん|読み|ご覧になっ|調べ|試し|目を通し|見)てから[^。]{0,8}?(質問|問い合わせ|お問い合わせ|ご連絡|連絡)"
               r"[^。]{0,6}?(ください|下さい)"
               # (read it well before you buy or use it: よくお読みになってからご購入ください / 説明書きを
               # よくお読みのうえ、ご使用ください / ご自身でよく調べてから判断してください; not a plain
               # ご確認のうえ、ご返送ください, which asks for this matter's next step)
               r"|(よく|よーく|しっかり|しっかりと|きちんと|ちゃんと|最後まで)[^。、]{0,4}?"
               r"(お読み|読ん|読み|お確かめ|確かめ|お調べ|調べ|ご確認|確認し|目を通し|お目通し)"
               r"(になって|いただいて|いただき|して|て)?(から|の?うえ|の?上で?)[、,]?[^。]{0,16}?"
               r"(ご購入|購入|ご使用|使用|ご利用|利用|お使い|使っ|ご注文|注文|お申し込み|申し込|お申込|判断|ご判断|お決め|決め)"
               r"[^。]{0,8}?(ください|下さい|お願い(いたし|し|申し上げ)ます|いただきますよう)"
               # (it was there to read: ご利用規約をお読みいただければ分かると思いますが / よく見ればわかる
               # はずです; the reader's plain 分かる, not the polite pointer お分かりいただけると思います)
               r"|(お読み|ご覧|ご確認|見て|読んで|確認して|見)(いただければ|いただけば|いただくと|になれば|になると|もらえれば|くだされば|れば)"
               r"[、,]?[^。、]{0,4}?(分か|わか)(る|ります)(と思|はず|かと|でしょう)"
               # (the guide to be read through before they do it: 操作の前にはヘルプページをよくお読みいただく
               # ようお願いいたします / 組み立ての前には、説明書を最後までお読みいただきますよう; not a plain
               # ご来店の前に、お電話でご予約ください, this matter's next step)
               r"|前に(は|も)?[、,]?[^。]{0,12}?(説明書|マニュアル|ヘルプ|ガイド|規約|注意事項|ご案内|案内)[^。、]{0,6}?を[、,]?"
               r"(よく|よーく|しっかり|しっかりと|きちんと|ちゃんと|最後まで|必ず)[、,]?"
               r"(お読み|読ん|ご確認|確認し|ご覧|目を通し|お目通し)(いただきますよう|いただくよう|いただけますよう|ください|下さい"
               r"|になってください|で(ください|下さい)|て(ください|下さい))")
# Do it properly, do it now, in a plain verb (住所は正しく登録してください / ご家庭でもしっかり管理して
# ください / 直ちに返却してください): the reader told they did it wrong or late. (Not a polite お〜ください
# or ご〜ください, nor a request that says how: ピントを合わせて、きちんと撮影し直してください; the adverb
# is read by lecturing(), which skips the latter.)
_DO_IT_RIGHT = (r"(しっかり|しっかりと|きちんと|ちゃんと|正しく|直ちに|ただちに"
                # (or a due date pressed: 空容器は必ず期日までに返却してください; not 必ず前日までに, a time)
                r"|必ず[、,]?(期日|期限|納期|締め切り|締切)(まで|内)に)[、,]?[^。、]{0,12}?"
                r"(?<![おご一-龥])([一-龥]{1,4}し|[一-龥][ぁ-ん]{0,3})[てで](おいて)?(ください|下さい)")
_RIGHT_WORDS = ("しっかり", "きちんと", "ちゃんと", "正しく", "直ちに", "ただちに", "必ず")
_HOW_SAID = ("て、", "で、", "て,", "で,")
# The reader's side told what it should do (保護者の方が毎日きちんと声をかけるべきです; not our own
# 弊社からご連絡すべきでした)
_THEY_SHOULD = (r"(お客(様|さま)|ご自身|ご本人(様)?|ご家庭|保護者(の方|様)?|親御(様|さん))(が|で|は|も|として)[^。]{0,30}?"
                r"べき(です|でございます|かと存じます|だと思います|と考えます)")
# An order in the written form of a rule, to the reader: 必ず始業10分前に到着すること。 (a plain verb and
# こと ending the sentence; not ということ, のこと, a noun's こと)
_KOTO = lazy(r"((?<![とのな])[るうくすつむぶぐ]|ない)こと[。!]?\s*$")
_NOTE_MARK = lazy(r"[※(【\[<〈〔《]")
# What the reader should already have done, said as what must be so: ご登録時に同意いただいている
# はずです / ご存じのはずです (their agreeing, reading, checking or knowing; not a thing that should be
# there, チケットが表示されているはずです, nor what they will be able to do, ご確認いただけるはずです)
_SHOULD_HAVE = (r"(同意|承諾|了承|承認|確認|お読み|ご覧|理解|納得|署名|サイン|お聞き|お目通し|目を通)(を)?"
                r"(いただいて(い|お)る|いただいた|いただいており|されて(い|お)る|された|なさって(い|お)る|なさった"
                r"|になって(い|お)る|になった|になられた|済み|して(い|お)る)はず(です|でございます|かと|だ|では)"
                r"|ご存[じ知](の|である|でいらっしゃる)はず")
# A rule or a guide the reader was to read first, said as what it is for (利用規約は予約前に必ずお読み
# いただくものです): a reprimand in the form of a fact (not a form explained, この確認書はご来店時に
# ご記入いただくものです: no rule or guide, and no 必ず or beforehand)
_READ_BEFOREHAND = (r"(規約|規定|規則|約款|注意事項|説明書|要項|ポリシー|ルール|決まり)(は|も)[、,]?[^。]{0,16}?"
                    r"(必ず|事前に|前もって|あらかじめ|予め|前に|本来)[^。]{0,12}?"
                    r"(お読み|ご確認|確認|ご覧|お目通し|目を通|お確かめ|ご理解|把握)"
                    r"(いただく|になる|なさる|される|して(おく|いただく)|しておく|いただいておく)(べき)?もの"
                    r"(です|でございます|となっております|かと存じます)")
# The reader told to learn the basics (まずは基本をしっかり身につけてください / 使い方をきちんと覚えて
# から): a reprimand for not knowing, not help (not 覚えやすい, nor what they will learn, 覚えていただけます)
_LEARN_FIRST = (r"(基本|基礎|使い方|操作|ルール|マナー|知識|手順|仕組み)を[、,]?(しっかり|きちんと|ちゃんと|よく|一から|正しく)?"
                r"(身につけ|身に付け|覚え|学ん|勉強し|習得し|理解し)て(から|ください|下さい|いただきますよう|いただけますよう)"
                # (or to review their own ways of study or conduct: ご自身の勉強方法を見直してください; not
                # ご自身の設定を見直して, a step of troubleshooting)
                r"|ご自身の[^。、]{0,6}?(勉強|学習|練習|生活|行動|習慣|姿勢|態度|意識|取り組み|やり方|心構え)[^。、]{0,4}?を[、,]?"
                r"(見直し|反省し|改め|改善し)て(ください|下さい|いただきますよう|いただけますよう)"
                # (a norm to learn: 常識として覚えておいてください / マナーとして心得ておいてください)
                r"|(常識|マナー|ルール|当たり前|基本|社会人)として[、,]?[^。]{0,10}?(覚え|心得|知っ|身につけ)て(おいて)?"
                r"(ください|下さい|いただきますよう|いただけますよう)")
_ORDERS = Grammar(_FROM_NOW_ON_ORDER + "|" + _READ_FIRST + "|" + _DUTY + "|" + _SHOULD_HAVE
                  + "|" + _READ_BEFOREHAND + "|" + _LEARN_FIRST + "|" + _DO_IT_RIGHT + "|" + _THEY_SHOULD)  # (gated by its words: 今後, 前に, てから, はず …)
# The words each kind of order needs: the sentences to read are found with one scan each
# (not 今後とも, the closing line of nearly every reply).
# (each word searched from its rarest character: see _from_rarest)
_ORDER_WORDS = lazy(r"今後(?!とも)|" + _from_rarest(
    ["次回", "以後", "これからは", "前に", "てから", "本来", "普通は", "一般的に", "常識的に", "常識として"]
    + ["が" + w for w in ("基本", "原則", "大前提", "前提", "当然", "当たり前", "普通", "常識", "筋", "鉄則", "マナー")]
    + ["はず", "必ず", "事前に", "前もって", "あらかじめ", "予め", "身につけ", "身に付け", "覚えて", "学んで", "勉強して", "習得して",
       "理解して", "見直して", "反省して", "改めて", "改善して", "よく", "よーく", "しっかり", "きちんと", "ちゃんと", "最後まで",
       "ば分か", "ばわか", "と分か", "とわか", "正しく", "直ちに", "ただちに", "べき"]))
# When the conduct was due (予約は早めに取るのが常識です): the span widens back to the clause's start
_BEFOREHAND = lazy(r"前に|までに|以内に|早めに|事前に|前もって|あらかじめ|予め|時間どおりに|時間通りに")
# Our side named as who does it (弊社では, こちらでは): what is usual is then our own practice
_OUR_WAY = lazy(r"弊社|当社|当店|弊店|当院|当館|私ども|わたくしども|当方|こちらで")
_KOTO_END = lazy(r"こと[。!]?(?=\s|$)|こと[。!]")
# A norm held over the reader's conduct: パスワードを他人に教えないのは常識です / 締め切りを守れないのは
# 社会人として失格です / 遅れて来られると診療時間が短くなるのは当たり前です / 普通は気づくはずです.
# (Words of a norm, not of a habit: 基本 and 普通 after のが tell how a thing is usually done, _DUTY's.)
_NORM_HELD = Grammar(
    r"(?:の|こと)(?:は|が)[、,]?(?:(?:社会人|大人|人間|親|保護者|ビジネスパーソン|ビジネスマン)として(?:の)?)?"
    r"(?:一般的な|社会的な|世間一般の|世間の|基本的な)?"
    r"(?:常識|非常識|当然(?:のこと)?|当たり前(?:のこと)?|失格|マナー違反|礼儀|(?:当然|当たり前|最低限)の(?:マナー|常識|礼儀|ルール)"
    # (a grown-up's or a working person's basics: 書類は提出前に見直すのが社会人の基本です)
    r"|(?:社会人|大人|人間|ビジネスパーソン|ビジネスマン)(?:として)?の(?:基本|常識|マナー|礼儀|務め|鉄則|心得))"
    r"(?:です|でございます|だ|かと存じます|と(?:存じ|思い|考え)ます)"
    # (common sense or restraint asked for as the whole request: 共同住宅ですので、常識の範囲でお過ごしください /
    # 節度を持ってご利用ください)
    r"|(?:常識|良識|節度|モラル)(?:の範囲(?:内)?で|的な範囲で|を(?:持|も)って|をわきまえて|を守って|ある(?:行動|ご利用|ふるまい|振る舞い))"
    r"[^。]{0,15}?(?:ください|下さい|お願い(?:いたし|し|申し上げ)ます)"
    # (others troubled, as the reason for an order: 他の会員様のご迷惑になりますので、予約は必ず前日までに
    # 取るようにしてください)
    # (pressed: not the plain notice ほかのお客様のご迷惑となりますので、館内での喫煙はご遠慮ください)
    r"|(?:ほか|他)の[^。、]{0,10}?(?:ご)?迷惑(?:に|と)(?:なり|なる)[^。、]{0,6}?(?:ので|ため|から)[、,]"
    r"(?=[^。]{0,40}?(?:必ず|今後|次回|以後|二度と|くれぐれも|きちんと|ちゃんと|しっかり|ようにして))[^。]{0,40}?"
    r"(?:ください|下さい|お願い(?:いたし|し|申し上げ)ます)"
    r"|(?:社会人|大人|人間|親|保護者|ビジネスパーソン|ビジネスマン)として(?:失格|非常識|恥ずかしい|あるまじき|いかがなもの)"
    # (a sentence that opens by calling it natural, as the reason: 当然のことですので、ご了承ください)
    r"|(?:それは|これは)?[、,]?(?:当然|当たり前)(?:のこと)?(?:です|でございます)(?:ので|から)"
    # (what cannot be helped, as the only word before asking them to accept it: 工事中の騒音は避けられない
    # ものですので、ご理解ください; not やむを得ない事情の場合は, a case)
    r"|(?:避けられない|避けられません|やむを得ない|やむをえない|仕方(?:が|の)ない|しかたのない|しょうがない|どうしようもない)"
    r"(?:もの|こと)(?:です|でございます)?(?:ので|から)[、,]?(?:何卒|なにとぞ|どうか)?(?:ご理解|ご了承|ご容赦|ご辛抱|ご我慢)"
    # (what anyone knows: 〜のは、どなたでもご存じのことかと思います; not どなたでもお分かりいただける, a promise)
    r"|(?:どなたでも|どなたも|誰でも|だれでも|誰もが|だれもが)(?:ご存じ|ご存知|お分かり|おわかり)(?:の|です|かと)"
    r"|(?:どなたでも|どなたも|誰でも|だれでも|誰もが|だれもが)(?:知って(?:いる|います|おられ)|(?:わかる|分かる)(?:こと|はず))"
    r"|常識的に(?:考えて|考えれば|見て)|(?:普通|常識)(?:は|なら|で考えれば)[、,]?[^。]{0,30}?(?:わかる|分かる|わかり|分かり|気づ|気付)")
_NORM_WORDS = lazy(_from_rarest("常識|当然|当たり前|失格|マナー違反|礼儀|として|社会人の|大人の|人間の|ビジネス|良識|節度|モラル|迷惑に"
                                "|迷惑と|普通|どなた|誰|だれ|避けられ|やむを得|やむをえ|仕方|しかた|しょうがな|どうしようもな".split("|")))
# ...and what makes one no reprimand: a feeling said to be natural (ご不安に思われるのは当然です; and
# …のも当然です, sympathy), our own duty (弊社がご返金するのは当然です), what they can count on
# (いつでもご利用いただけるのは当然です: a potential, affirmed)
_NORM_NOT_ON_READER = lazy(r"思|感じ|心配|不安|不満|怒|立腹|驚|戸惑|困惑|疑問|不快|残念|悲し|がっかり|お困り|迷わ|迷い|迷う|悩|気にな"
                          r"|弊社|当社|当店|弊店|私ども|わたくしども|当方|こちら|させていただ|いたす|申し上げる")
_NORM_POTENTIAL = lazy(r"(いただけ|でき|られ|なれ)る$")


def _norm_held(norm: str, s: Sentence):
    """The first norm held over the reader's conduct in `s` (_NORM_HELD), or None."""
    for m in _NORM_HELD.finditer(norm, s.nstart, s.nend):
        if m.group().startswith(("それは", "これは", "当然", "当たり前")) and norm[s.nstart:m.start()].strip():
            continue  # (called natural mid-sentence: 当然のことですので is the reason only when it opens one)
        before = max(s.nstart, m.start() - 40)
        if m.group().startswith(("の", "こと")) and (
                norm.startswith("も", m.start() - 1) or _NORM_NOT_ON_READER.search(norm, before, m.start())
                or _NORM_POTENTIAL.search(norm, before, m.start())):
            continue
        return m
    return None


# A particle that no sentence starts with: a line that opens with one goes on with the sentence
# of the line before, cut by a hard line break (…カートに入れること⏎ができない場合は…)
_GOES_ON = lazy(r"[ \t]*(?:が|を|に(?!て)|は|へ|の|や)")


def _wrapped_on(doc: Document, s: Sentence) -> bool:
    """`s` ends its line with no terminator, and the next line goes on with it."""
    if s.terminated or s.line + 1 >= len(doc.lines):
        return False
    line, nxt = doc.lines[s.line], doc.lines[s.line + 1]
    return doc.norm[s.nend:line.nend].strip() == "" and _GOES_ON.match(doc.norm, nxt.nstart, nxt.nend) is not None


def _end_of_words(norm: str, start: int, end: int) -> int:
    """`end` moved back over the sentence's closing marks and blanks, not before `start`."""
    while end > start and norm[end - 1] in "。! \n":
        end -= 1
    return end


# (its parts as one pattern, searched once: lecturing reads no place from its trigger's match, it
# finds each part's sentences itself)
@triggered_by(lazy(_ORDER_WORDS.pattern + "|" + _KOTO_END.pattern + "|" + _NORM_WORDS.pattern))
def lecturing(doc: Document, ctx: CheckContext):
    norm = doc.norm
    written = doc.linted_sentences(seg.BODY, seg.CLOSING)
    found = {}
    for s in ctx.sentences(doc, written, _KOTO_END):
        end = _end_of_words(norm, s.nstart, s.nend)
        if norm.endswith("こと", s.nstart, end) and not _wrapped_on(doc, s):
            m = _KOTO.search(norm, max(s.nstart, end - 4), s.nend)
            if m is not None:
                found[s.nstart] = (s, m, True)
    for s in ctx.sentences(doc, written, _ORDER_WORDS):
        if s.nstart not in found:
            m = _ORDERS.search(norm, s.nstart, s.nend)
            if m is not None and not (m.group().startswith(_RIGHT_WORDS) and norm.endswith(_HOW_SAID, s.nstart, m.start())):
                found[s.nstart] = (s, m, False)  # (not 〜て、きちんと〜てください: how to do it, said first)
    for s in ctx.sentences(doc, written, _NORM_WORDS):
        if s.nstart not in found:
            m = _norm_held(norm, s)
            if m is not None:
                found[s.nstart] = (s, m, None)
    # (koto: True for an order in the form of a rule, None for a norm held, False for the others)
    for _at, (s, m, koto) in sorted(found.items()):
        if _NOTE_MARK.search(norm, s.nstart, m.end()):
            continue  # (※…すること, (…すること): a note to the writer, template/agent-note's)
        if koto is False and _OUR_WAY.search(norm, s.nstart, m.start()):
            continue  # (弊社では、事前にご連絡するのが普通です: our own way of doing it, no reprimand)
        if koto and doc.role(s) == seg.ITEM and not _PRESSED.search(norm, s.nstart, m.end()):
            continue  # a list's item names a thing (・契約をやめること, what to write), unless pressed
            # as a rule (・必ず30分以内に返却すること)
        start = m.start()
        if koto or koto is None and norm.startswith(("の", "こと"), start) or "てから" in norm[start:start + 8] \
                or koto is False and _BEFOREHAND.match(norm, start):
            # (the order's own clause: 確認してから質問してください / 1台30分までを必ず守ること; the
            # conduct a norm is held over: 他人に教えないのは常識です)
            comma = max(norm.rfind("、", s.nstart, start), norm.rfind(",", s.nstart, start))
            start = comma + 1 if comma >= 0 else s.nstart
        yield _hit(doc, start, _end_of_words(norm, start, m.end()), suggestion=ctx.options.get("hint") or None)


# -- positive/curt-request -----------------------------------------------------------

# The reader told to come, call or take a thing back in the bare verb, where a set polite request
# exists (窓口に来てください → お越しください, 電話してください → お電話ください, 連絡してください → ご連絡
# ください, 引き取ってください → お引き取りください): an order, not a request. (Not お電話して, ご連絡して:
# the prefix is there; nor an invitation, ぜひ遊びに来てください.)
_CURT = lazy(r"(?<![おご一-龥])(?P<verb>来|電話し|連絡し|引き取っ|引取っ)て(ください|下さい)")
_CURT_POLITE = {"来": "お越し", "電話し": "お電話", "連絡し": "ご連絡", "引き取っ": "お引き取り", "引取っ": "お引き取り"}
# An invitation or a friendly word around it: ぜひ, また, お気軽に, 遊びに, 会いに, 見に, いつでも
_INVITED = lazy(r"ぜひ|是非|また(?![、,])|気軽に|遊びに|会いに|見に|いつでも|お待ちして")


def _curt_at(norm: str, s: Sentence):
    """The first bare request in `s` to come, call or take a thing back (_CURT), not an invitation;
    None otherwise."""
    for m in _CURT.finditer(norm, s.nstart, s.nend):
        if not _INVITED.search(norm, s.nstart, s.nend):
            return m
    return None


@triggered_by(r"来て|電話して|連絡して|引き取って|引取って")
def curt_request(doc: Document, ctx: CheckContext):
    norm = doc.norm
    for s in ctx.sentences(doc, doc.linted_sentences(seg.BODY, seg.CLOSING)):
        m = _curt_at(norm, s)
        if m is not None:
            yield _hit(doc, m.start(), m.end(), suggestion=_CURT_POLITE[m.group("verb")] + "ください")


# -- positive/threat ------------------------------------------------------------------

# What we will do to them if they fail, said flatly as a sanction: 遅刻した場合は契約を打ち切ります /
# 返却されない場合は、容器代を請求します / 期限を過ぎた場合は、機器代金として11,000円を請求します.
# (Their failure as the condition: not done, late, past, broken; our act in the plain ます: not the
# news of a charge, 差額をご請求いたします, nor a condition of ours, 不要な場合は.)
# (or what they did, found out: 見つけた場合は, 発覚した場合は; and the sanction of voiding it: 無効とします)
_THREAT = lazy(r"(ない|なかった|過ぎた|すぎた|遅れた|遅刻した|超えた|破った|違反した"
               r"|見つけた|見つかった|発見した|発見された|発覚した|判明した)場合(は|には)?[、,]?[^。]{0,30}?"
               r"((請求|解約|解除|停止|処分|廃棄|破棄|没収|退会|強制退会|除籍|無効)(と)?します|打ち切ります|打ち切りとします)")


# ...or the trouble said to come back unless they act (in the honorific or as received from them: not
# 弊社で対策しないと, ours): 御社側でマスタを直していただかないと、同じことが何度でも起きます
_THREAT_AGAIN = lazy(r"(いただか|なさら|され)ないと[、,]?[^。]{0,20}?(同じこと|同様のこと|同じ問題|同様の問題|同じトラブル"
                     r"|同様のトラブル|同じ不具合|同様の不具合|同じエラー)[^。]{0,10}?(起き|起こり|起こる|発生し|発生する|繰り返さ|繰り返し)")


# (what each pattern holds: _THREAT's condition ends in い場合 or た場合, _THREAT_AGAIN's in ないと;
# not 場合 alone, in nearly every offer of help: ご不明な点がある場合は)
@triggered_by(_from_rarest(["い場合", "た場合", "ないと"]))
def threat(doc: Document, ctx: CheckContext):
    norm = doc.norm
    for s in ctx.sentences(doc, doc.linted_sentences(seg.BODY, seg.CLOSING)):
        m = norm.find("場合", s.nstart, s.nend) >= 0 and _THREAT.search(norm, s.nstart, s.nend) \
            or norm.find("ないと", s.nstart, s.nend) >= 0 and _THREAT_AGAIN.search(norm, s.nstart, s.nend) or None
        if m is not None:
            comma = max(norm.rfind("、", s.nstart, m.start()), norm.rfind(",", s.nstart, m.start()))
            start = comma + 1 if comma >= 0 else s.nstart
            yield _hit(doc, start, _end_of_words(norm, start, m.end()), suggestion=ctx.options.get("hint") or None)


# -- positive/double-negative ---------------------------------------------------------

# A negative (ない, 無い, なかった; なく) denied again: 〜ないわけではない, 〜ないものでもない,
# 〜ないことはない (〜ないということはありません), 〜ないではない, 〜なくもない, 〜ないとは言い切れない,
# 〜ないとも限らない, in plain or polite forms and kana or kanji spellings (訳, 事, 物).
_NEG = r"(?:な|無)(?:い|かった)"
# (in kanji too: 有りません, 御座いません)
_NEG_AGAIN = r"(?:(?:な|無)(?:い|かった|く)|ありません|有りません|ございません|御座いません)"
_CANNOT_SAY = (r"(?:限らない|限りません|限らず|言い切れない|言い切れません|言えない|言えません|申せません|断言できません"
               # (返品できないとは申しておりません: what we said, denied)
               r"|申しておりません|申し上げておりません|言っておりません|言っていません|お伝えしておりません"
               r"|断言いたしかねます|申し上げられません)")
# A noun that is itself a negative, denied: 対象外ではありません (= 対象です), 不可能ではない, 無理では
# ない. (Only nouns whose 外/不/非/未/無 negates what follows; 不具合, 不明, 無料 are words of their own.)
_NEG_NOUNS = ([w + "外" for w in ("対象", "範囲", "保証", "補償", "適用", "対応", "想定", "規定", "契約", "サポート")]
              + ["不" + w for w in ("可能", "可", "要", "必要", "適用", "適切", "十分", "正確", "適格", "該当")]
              + ["非対応", "非対象", "非該当", "未対応", "無効", "無理", "無関係"])
_NEG_NOUN = "(?:" + "|".join(_NEG_NOUNS) + ")"
# A negative condition with a negative result: お持ちいただかないと、お手続きできません (= お持ち
# いただければ、お手続きできます); お申し込みがないと、請求が止まりません.
_IF_NOT_ENDS = ("いと", "ければ", "い限り", "いかぎり")  # (after な or 無)
# (not ないとき, ないところ: a time or a place where something is not, Wi-Fiにつないでいないとき)
_IF_NOT = "(?:な|無)(?:" + "|".join(_IF_NOT_ENDS) + ")(?!(?<=いと)(?:き|ころ))"
# Until an act of theirs is done (返却されるまで、 / ご入金いただくまでは、): a condition, not a time
_UNTIL_DONE = lazy(r"(される|いただく|いただける|なさる|くださる)まで(は|の間)?[、,]")
# A time when something stops (作業の間、メンテナンス中は), or a closure's time or day (休業中は,
# 休館日は, 定休日は): its "cannot be used" tells what stops, not a service refused
# (and an item labelled as the impact of a work: ・影響：Web画面、APIのすべてがご利用いただけません)
_DURING = lazy(_at("のまメ作停工期点休閉改定断影",
                   r"(の間|までの間|期間中|作業中|メンテナンス中|工事中|停止中|の時間帯|点検中|の日時|の時間"
                   r"|休業中|休館中|休診中|休校中|休園中|休止中|閉館中|閉鎖中|改装中|休業日|休館日|休診日|定休日|停電中|断水中)"
                   r"(?:[はも][、,]?|[、,])|影響[:：]"))
_UNAVAILABLE = lazy(r"(ご利用|お使い)?(いただけ|になれ)ません|(ご利用|利用|お使い)?(でき|出来)ません")
_NEG_CONDITION = lazy(_at("な無", _IF_NOT))
_THEN_NOT = (r"(?:(?:でき|いただけ|承れ|受けられ|進められ|使え|ご利用になれ)(?:ません|ない)|(?:いたし)?かねます"
             r"|(?:止まら|進ま|終わら|届か|変わら)ない|(?:止まり|進み|終わり|届き|変わり)ません"
             # (a passive or potential denied: 反映されません, 受け取れない; not かもしれません)
             r"|(?<!し)れ(?:ません|ない)"
             # (a godan verb's potential denied: 支払えません, 受け取れない, 行けません)
             r"|(?<=[一-龥])[えけげせてねべめ](?:ません|ない))")
_DOUBLE_NEG = lazy(_at(
    "なサ不保契対想未無範補規適非",
    _NEG + r"(?:という|って)?(?:わけ|訳)(?:では|でも|じゃ|が)" + _NEG_AGAIN  # (お受けしないというわけではございません)
    + "|" + _NEG + r"(?:という|って)?(?:もの|物)(?:では|でも|じゃ)" + _NEG_AGAIN
    + "|" + _NEG + r"(?:という|って)?(?:こと|事|コト)(?:は|も)" + _NEG_AGAIN
    + "|" + _NEG + r"(?:という|って)(?:こと|事|コト)(?:では|でも|じゃ)" + _NEG_AGAIN  # (いただけないということではございません)
    + "|" + _NEG + r"(?:では|でも)" + _NEG_AGAIN
    # (leave to not do it, denied: 参加しなくてもよいというわけではございません, = you must)
    + r"|(?:な|無)くても(?:よい|いい|良い|結構|構わない|かまわない|大丈夫)(?:という|って)?(?:わけ|訳|こと)(?:では|でも|じゃ)" + _NEG_AGAIN
    # (not an adjective whose stem ends in な: 少なくはありません, 危なくはない deny once)
    + r"|(?<![少危切儚頼])(?:な|無)く(?:は|も)" + _NEG_AGAIN
    + "|" + _NEG + r"と(?:は|も)" + _CANNOT_SAY
    + "|" + _NEG_NOUN + r"(?:では|でも|じゃ)" + _NEG_AGAIN
    + "|" + _IF_NOT + r"[、,]?[^。]{0,30}?" + _THEN_NOT))


# (The negative with the word that turns it back: ない alone is in most sentences. Written out
# as a trie of words: a trigger whose alternatives start with a group, (?:な|無), is tried at every
# character of every reply.)
_DOUBLE_NEG_WORDS = (
    [n + e + w for n in "な無" for e in ("い", "かった")
     for w in ("わけ", "訳", "もの", "物", "こと", "事", "コト", "では", "でも", "とは", "とも", "という", "って")]
    + [n + "く" + p for n in "な無" for p in "はも"]
    + [w + p for w in _NEG_NOUNS for p in ("では", "でも", "じゃ")]
    + [n + w for n in "な無" for w in _IF_NOT_ENDS]
    + [n + "くても" for n in "な無"])


@triggered_by(trie_pattern(_DOUBLE_NEG_WORDS))
def double_negative(doc: Document, ctx: CheckContext):
    norm = doc.norm
    for s in ctx.sentences(doc, doc.linted_sentences()):
        for m in _DOUBLE_NEG.finditer(norm, s.nstart, s.nend):
            if _HOW_IT_WORKS.match(norm, m.end(), s.nend):
                continue  # 〜がそろっていないと決算書が作れない仕組みです: how the thing is built, told
            yield _hit(doc, _phrase_start(doc, s, m.start()), m.end())


# What the sentence calls the negative condition and its result: how a thing is built
_HOW_IT_WORKS = lazy(r"(仕組み|しくみ|仕様|設計|構造)(です|でございます|となって|になって)")


# -- positive/cold-apology ------------------------------------------------------------

_APOLOGY = lazy(r"申し訳(ございません|ありません|なく|ない)|お詫び申し上げます|お詫びいたします|失礼いたしました|すみません")
# Anything the company does or offers: then the apology comes with an action.
_ACTION = lazy(_at(
    "いおくごしてでま予別努可徹承次確致見調復解修対交返発再手",
    r"(いたし|し|致し)(ます|ました|ております|ておりました)(?!ん)|予定|見込み|調べ|調査|確認|ご案内|お送り"
    # (what is already set right, said as done: 障害はすでに復旧済みです / 返金済みです)
    r"|(復旧|解消|修正|修理|対応|交換|返金|発送|再送|手配)済み"
    r"|ご連絡(いたし|し|させていただき|申し上げ)"
    r"|ください|いただけます|できます(?!ん)|可能|承"
    r"|(別|次|また)の機会|次回"  # (a door left open: また別の機会にご一緒できれば)
    r"|[てで](まいり|参り)ます|努めます|徹底"))  # what we commit to from now on: 再発防止に努めてまいります


def _does_something(norm: str, start: int, end: int) -> bool:
    """An action in norm[start:end], a sentence: not the apology itself (お詫びいたします,
    失礼いたしました), nor a request that offers no alternative. (The patterns look around no
    further than the bounds they are given: searched in the whole text, as in the sentence alone.)"""
    for m in _ACTION.finditer(norm, start, end):
        if _APOLOGY.search(norm, max(start, m.start() - 6), m.end()) or norm[max(start, m.start() - 3):m.start()].endswith("お詫び"):
            continue
        if m.group() == "ください" and _NOT_ALTERNATIVE.search(norm, max(start, m.start() - 6), m.start()):
            continue
        return True
    return False


# The trigger holds a word of each apology, from a kanji or a rarer kana where it can (お stands
# at every few characters of a reply, and す in every です and ます: the search was tried at each)
@triggered_by(r"申し訳|詫び|失礼いたしました|みません")
def cold_apology(doc: Document, ctx: CheckContext):
    """An apology with no action anywhere in the reply's body: regret, and nothing done."""
    norm = doc.norm
    apologies = [s for s in ctx.sentences(doc, doc.linted_sentences(seg.GREETING, seg.BODY, seg.CLOSING))
                 if _APOLOGY.search(norm, s.nstart, s.nend)]
    if not apologies:
        return
    # What is done is said in the body, or in the apology that opens the reply; an offer of
    # further help open to anything (ご不明な点があれば…) and the closing lines (よろしくお願い
    # いたします) do nothing, but an offer on this matter does (お調べいたしますので、…お知らせください).
    for s in doc.linted_sentences(seg.GREETING, seg.BODY):
        if _does_something(norm, s.nstart, s.nend) and not doc.open_offer(s):
            return
    if doc.unprompted:  # (asked last: most apologies come with an action, found more cheaply)
        return  # (declining a proposal or an invitation, sending regrets: nothing is owed to be done)
    s = apologies[0]
    end = s.nend
    while end > s.nstart and norm[end - 1] in "。!?":
        end -= 1
    yield _hit(doc, s.nstart, end)
