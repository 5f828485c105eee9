"""Jargon checks that need logic: unexplained acronyms, sentences dense with loanwords."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from .. import acts
from .. import segments as seg
from ..document import Document
from ..engine import CheckContext, Hit, triggered_by
from ..gloss import defined_next, explained_at, explained_soon
from ..regexes import lazy

# Two or more capitals (NFKC has already made full-width letters half-width), as a word of
# its own: not part of a code with digits (SB451, A4), a URL, an address or a placeholder.
# A lone small letter may stand between capitals, or before them (IdP, PPPoE, VoIP, eGFR);
# a word with two small letters in a row is a name or a word (YouTube, WiFi, PayPay).
# (A number right after it belongs to the letters, a code such as SB451, unless a counter follows
# it: the letters then stand alone before a quantity, AD2か月, PM3名, or a length of time, FD90分.)
# (A distance in metres may stand glued before it, as a race is written: 100mIM, 50mFR.)
# (A letter first, the look-behinds read past it: re then skips to the next letter with its class, and
# tries the rest only there; a look-ahead first was tried at every character.)
# (A capital, one digit and two capitals or more are initials too, a network's layer or a
# profile numbered inside them: L2SW, L3SW, A2DP; not H2O or B2B, a digit before one letter.)
_ACRONYM = lazy(r"[A-Za-z](?:(?<![A-Za-z0-9@/._%{\[-].)|(?<=[0-9]m.))(?:(?<=[A-Z])[0-9](?=[A-Z]{2})|(?<=[a-z])[A-Z]|(?<=[A-Z]))(?:[A-Z]|[a-z](?=[A-Z]))+"
                r"(?![A-Za-z@/._%}\]-])(?![0-9](?![0-9.,]*(?:か月|ヶ月|カ月|ケ月|ヵ月|回|件|名|人|倍|%|分間?(?![0-9類])|時間)))")
# Capitals that spell Japanese syllables (KAZOE, TSUNAGU, MISEBAN) are a name written in
# capitals, not initials: no acronym of four letters or more reads as romaji (DKIM, SAML, IMAP).
_ROMAJI = lazy(r"^(?=[A-Z]{4})(?:(?:[KSTNHMRGZDBPF]Y?|[YWJ]|SH|CH|TS)?[AIUEO]|N(?![AIUEOY])){2,}$")
# Five capitals or more that read as a word, with at least two vowels in five letters and no
# three consonants in a row (MOVEA, AVALON), are a name written in capitals: initials that long
# are strings of consonants (DMARC, PPPOE).
_CONSONANT_RUN = lazy(r"[^AEIOUY]{3}")
# A capital word with a capitalised word after it is a product's name: TSUNAGU Mail, HENNGE One;
# so are capitals before シリーズ, 型, モデル (HLシリーズ, AB型: a series, a model), and a grade's
# capitals before what it grades (SS席, Aランク).
_PRODUCT_WORD = lazy(r" [A-Z][a-z]{2,}|シリーズ|型|モデル|形式|席|ランク|クラス|グレード"
                     # (a maker's name before its model's code: BMW R1200GS, NEC PC-9801)
                     r"|[ \u3000]?[A-Z]{1,3}-?[0-9]{2,}[A-Za-z0-9-]*"
                     # (an airline's or a line's code before the number of its flight or train: AB 129便, JL123便)
                     r"|[ \u3000]?[0-9]{1,4}\s?(?:便|号)")
# Capital words in a row are the English words of a name (「ソラノネ LIVE TOUR」, BIG SALE), not
# initials to spell out.
# (and after a word in small letters: au PAY, a brand's name in two words)
_CAPS_BEFORE = lazy(r"[A-Z]{2,} $|(?<![A-Za-z])[a-z][A-Za-z]{1,10} $")
_CAPS_AFTER = lazy(r" [A-Z]{2,}(?![a-z])")
# What stands before a name in brackets: 新製品「XYZ」, プラン「PRO」, アプリ「MOVEA」
_NAMED_BEFORE = lazy(r"(製品|商品|新製品|新商品|サービス|アプリ|ブランド|シリーズ|モデル|プラン|コース|店舗|ショップ"
                     r"|イベント)(名)?[「『]$")
# A title quoted as it is printed, of a paper, a talk or a page the reader is pointed to (「リスティング
# 広告のCPAを下げる入札戦略」の資料, 『はじめてのSEO』という記事, 「ESC表面のクリーニング手順」と題した
# セミナー): a name to find it by, written by whoever wrote the paper; its words are not ours to explain.
_TITLE_OPEN = lazy(r"[「『][^「」『』。\n]{0,40}$")
_TITLE_CLOSE = lazy(r"[^「」『』。\n]{0,40}?[」』](?:という|と題した|と題する|の)?"
                    r"(?:資料|記事|セミナー|ウェビナー|講座|講演|研修|動画|冊子|パンフレット|ガイド|ホワイトペーパー"
                    r"|レポート|テキスト|教材|コラム|書籍|特集|ブログ|マニュアル|配信)")
# A field of a document or a form named, then what it says in quotes, as it stands there:
# 品名が「PARTS」のみ, 件名に「URGENT」とある (the customer reads those letters off the paper)
_FIELD_QUOTED = lazy(r"(品名|名称|表記|件名|宛名|記載|欄|項目|ラベル|伝票|送り状|インボイス)(が|は|に|には|の)?[「『]$")
# The letters as they are printed on a device, a label or a paper the customer reads them off
# (シールの「端末番号」（TIDと書かれた8桁の数字）, 本体にSNと印字された番号): a mark to find, not a word to know.
# A medicine's strength, then the maker's mark in brackets: the mark is part of the product's name
# (アムロジピン錠5mg「KN」, as generics are named: substance, form, strength, 「maker」)
_STRENGTH_BEFORE = lazy(r"[0-9](?:mg|g|mL|ml|μg|%)[「『]$")
_PRINTED_AS = lazy(r"と(?:書かれた|書いてある|書かれている|印字された|印字されている|印刷された|刻印された|記載された|記載のある|表示された|表示されている)")
# Left to the template rules, which own them.
_TEMPLATE_MARKERS = lazy(r"^(TODO|FIXME|TBD|X{2,})$")
# The letters a number or a code begins or ends with, given to find it by (ご注文番号（HKから始まる
# 番号）, 末尾がJPのもの): the reader looks for those letters, not for a meaning.
_CODE_PREFIX = lazy(r"(?:から|で)(?:始ま|はじま)|で終わ|(?:から|で)(?:始め|はじめ)")
# A name in brackets followed by what it names: 「PERSONAL+」プラン, 「GOLD」会員 (a plan's, a
# course's, a class's name; a sign may end it).
_NAMED_AFTER = lazy(r"[+＋!！]?[」』](?:プラン|コース|会員|メニュー|パック|セット|チケット|キャンペーン|クラス|シリーズ|モデル)")
# What after the word makes it a product's name (_PRODUCT_WORD), a code's letters (_CODE_PREFIX,
# _PRINTED_AS) or a name in brackets (_NAMED_AFTER): each skips it, so the four are one search.
_NAME_OR_CODE_AFTER = lazy("|".join(p.pattern for p in (_PRODUCT_WORD, _CODE_PREFIX, _NAMED_AFTER, _PRINTED_AS)))
_CLOSING_BRACKETS = ("」", "』")
# Capitals glued to the end of a Japanese word, the whole held in brackets: a product's name
# with its grade (「ハードボンドEX」, 『アクアクリーンPRO』, after a blank 「はぐライト AB」), not initials.
_GLUED_NAME = lazy(r"[「『][ァ-ヺー一-龥ぁ-ん]{2,}\s?$")
# A grade or trim in brackets right after a model's code: CX-5（XD プロアクティブ）.
_MODEL_BEFORE = lazy(r"[A-Z][A-Za-z]*-?[0-9][A-Za-z0-9-]*\s?\($")
# A trade of a person right before the capitals: they are that person's name (インストラクターの
# AYA, トレーナー MIKI; not 担当の CA / CSM / FSE, a role's own initials)
_PERSON_BEFORE = lazy(r"(インストラクター|講師|トレーナー|コーチ|店長|スタイリスト|セラピスト|ガイド|ドライバー"
                      r"|パーソナリティ|DJ|先生)(の|\s)\s?$")
# Roman numerals in titles (第II期, ファイナルファンタジーVII) are not acronyms; nor is a school
# subject's course, a numeral and a letter (数学ⅡB, NFKC's 数学IIB; 数学ⅠA after 数学 alone, where IA
# and IB are otherwise initials).
_ROMAN = lazy(r"^(I{2,3}|IV|VI{0,3}|IX|XI{1,3})[ABC]?$")
# A garment's size (SS〜3Lの6サイズ, XL・XXL): read as a size where the sentence names sizes or the
# letters stand in a run of sizes; everyone who buys clothes knows them
_SIZE = lazy(r"^(?:[2-8]?X{0,3}[SL]|SS|SSS|LL|LLL|XS|XXS)$")
_SIZE_RUN = r"(?:[2-8]?X{0,3}[SML]|SS|LL|[2-8]L)"
_SIZE_NEAR = lazy(r"サイズ|寸法|[〜~～・/／、]\s?" + _SIZE_RUN + r"(?![A-Za-z])|(?<![A-Za-z])" + _SIZE_RUN + r"\s?[〜~～・/／、]")
_COURSE = lazy(r"^I[ABC]$")
_COURSE_BEFORE = lazy(r"数学\s?$")
# A company's name: ABC社, XYZ様, ABC株式会社 / 株式会社ABC
_NAMES_A_COMPANY = lazy(r"\s?(社(?![会内外員長])|様|さま|株式会社|有限会社|合同会社|Inc|Co\.|Ltd"
                       # ... or a building or a venue: KFCビル, JPタワー, ABCホール
                       r"|ビル|タワー|ホール|会館|プラザ|スクエア|ホテル|スタジアム|アリーナ|ドーム"
                       # ... or a bank, an insurer, a group by its name: 三菱UFJ銀行, SBI証券, JA共済
                       r"|銀行|信託銀行|信用金庫|信用組合|証券|生命|損保|損害保険|共済|ホールディングス|グループ)")
_COMPANY_WORDS = ("株式会社", "株式会社 ", "有限会社", "有限会社 ", "合同会社", "合同会社 ", "(株)")  # (NFKC: ㈱ is (株))


# A support tier or a ticket's priority (L2にて調査, 対応中（P2）, Tier 2チーム): a helpdesk's
# own code, which no customer reads (T2案件 too). (Not L2スイッチ, a network's layer, nor a model: L2-500.)
_TIER_CODE = lazy(r"(?=[LTP])(?<![A-Za-z0-9@/._%{\[-])(?:L[1-3]|T[1-3]|P[1-4]|Tier ?[1-3])(?![A-Za-z0-9@/._%}\]-])"
                  r"(?=\s?(?:に|にて|で|の|へ|が|は|チーム|サポート|担当|対応|エンジニア|案件|\)|）))")
# (what every match of _TIER_CODE holds: [LTP][1-4]|Tier, and _TIER_LINE's [1-3]線, each
# alternative written to open with a literal, the digit before 線 read behind it, so that re skips
# to the next L, T, P or 線 instead of trying the alternation at every character: with a class
# first in two of them, it was tried at each, three times the time)
_TIER_GATE = lazy(r"L[1-4]|T(?:[1-4]|ier)|P[1-4]|線(?<=[1-3]線)")
# ...or the line of support by its number (2線にエスカレ, 1線で受け付け, 3線チーム): a desk's tiers
# as its staff count them. Only before what a tier does or is (a hand-over, a team, a desk): not
# a wiring's 単相3線式, a platform's 2番線, nor a count of lines (2線が運休).
_TIER_LINE = lazy(r"(?<![0-9０-９第単])[1-3]線(?=\s?(?:(?:に|へ|から|で)(?:エスカレ|引き継|上げ|回|転送|依頼|確認|調査|相談|対応|受け)"
                  r"|チーム|担当|サポート|エンジニア|対応|窓口|部隊|メンバー))")


# A back office's verdict, written as the step and NG (与信NG, 査定NG, 書類NG, 審査NG) or as a
# graded NG (検品でNG2判定): how the staff record a result, not how a customer is told it. NG alone
# (接続がNGの場合) is everyone's word, and so is a thing not allowed (撮影NG, ペットNG): only the
# steps that judge an application, a document or a returned item are verdicts.
_VERDICT = lazy(r"(?:与信|査定|書類|審査|選考|検品|検査|判定|本人確認|一次|二次)NG[0-9]?(?![A-Za-z0-9])"
                r"|(?<![A-Za-z0-9])NG[0-9](?:判定|ランク|区分)")
# A web server's status code, as a server answers (500を返す, 503エラーが返る, HTTP 403が返る): a
# developer's way to name a failure; a private customer is told what they saw (ページが表示されない).
_HTTP_STATUS = lazy(r"(?=[H45])(?<![0-9A-Za-z.,:/-])(?:HTTP\s?)?[45]0[0-9](?![0-9])(?=\s?(?:エラー|を返|が返|応答|レスポンス))")
# A code of capitals joined by a hyphen given as the status of a record in our own system
# (弊社システム上のステータスがHLD-C, 状態：ERR-02): an internal code no reader can read. (Plain
# capitals, PEND, are acronyms already; a status shown on their screen in brackets is on_screen.)
# The same codes are a record's status in a system's own spelling when joined by an underscore
# (PENDING_QA, WAIT_SHIP: an enum's value, as a program stores it), and when what follows gives
# them as the state a thing stays in or is changed to (回線は現在「SUSP-02」のまま, 「HOLD_B」となって
# おり, ERR_07で止まって), whatever stands before them: the customer's line or order is told of
# in the back office's letters. (A model's code does not stay: CX-5のまま is rare and a car's
# grade follows it, which _STATUS_AFTER does not take.)
_STATUS_CODE = lazy(r"(?:ステータス|ステイタス|状態)(?:コード)?(?:が|は|:|：)\s?[「『]?"
                    r"([A-Z][A-Z0-9]*(?:[-_][A-Z0-9]+)+)(?![A-Za-z0-9_-])")
# (A code with a hyphen alone is also how a model is named, CX-5, SC-102: it is a status only
# where it stops a process, or stands quoted or after 現在/まだ as a state: _stuck_status.)
_STATUS_AFTER = lazy(r"(?<![A-Za-z0-9@/._%{\[-])([A-Z]{2}[A-Z0-9]*(?:[-_][A-Z0-9]+)+)(?![A-Za-z0-9_-])[」』]?\s?"
                     r"(?:(で(?:止ま|停止|保留|滞留))|(のまま|の状態|のステータス)|と(?:なって|なり)"
                     r"|に(?:なって|変更|更新|切り替|移行|遷移)|から(?:変わ|進ま|動か))")
_NOW_BEFORE = lazy(r"(?:現在|まだ|いまだ|未だ|依然|引き続き)(?:も|は)?[、,]?\s?[「『]?$")
_STATUS_GATE = lazy(r"のまま|の状態|のステータス|で(?:止ま|停止|保留|滞留)|と(?:なって|なり)|に(?:なって|変更|更新|切り替|移行|遷移)|から(?:変わ|進ま|動か)")
_CODE_NUMBER = lazy(r"[ -]?(?=[0-9*]*[0-9])[0-9*]{4,}")  # (not a status: HTTP 500; masked digits too: IMEI 35****4821)
# What after a word makes it a company's name (_NAMES_A_COMPANY), a thing the customer sent us
# (acts.SENT_BY_THEM) or a code's letters (_CODE_NUMBER): each skips the word, so the three are one search.
_NOT_JARGON_AFTER = lazy("|".join(p.pattern for p in (_NAMES_A_COMPANY, acts.SENT_BY_THEM, _CODE_NUMBER)))
# Capitals inside a household word, printed on every bill: LPガス (LP alone is a landing page);
# a driving licence's class and the car it allows, which every driver knows: AT限定, MT車, AT免許;
# a sunscreen's protection, printed on every bottle: SPF入り, SPF値, SPF30・PA+++ (SPF alone is a mail record)
_EVERYDAY_COMPOUNDS = {"LP": ("ガス",), "NP": ("後払い",), "AV": ("アンプ", " アンプ", "機器", " 機器", "ラック", "ケーブル", "端子", "入力"),
                       "AT": ("限定", "車", "免許"), "MT": ("車", "免許"), "PET": ("ボトル",),
                       # (and the grades beside them, as printed: SPF30・PA+++, SPF50+)
                       "SPF": ("入り", "値", "効果", "の日焼け止め", *"123456789"), "PA": ("+",)}

# ...and the class named before its letters, as a driving school's plans and a licence print it:
# 普通車AT, 普通自動車（MT）, 教習車種：普通車AT
_EVERYDAY_BEFORE = {w: tuple(c + b for c in ("普通車", "普通自動車", "普通", "準中型", "中型", "大型", "二輪", "普通二輪")
                             for b in ("", "（", "(", " ", "・"))
                    for w in ("AT", "MT")}


# Letters a reader knows in one sense, used in another that the words beside them give: CS
# before a unit of ours (CS部門, CS側, CSチーム) is our customer-support desk, not a satellite
# channel, and no reader knows our units by their letters; BOM beside a file's encoding (BOM付き
# UTF-8, BOMなし) is a byte-order mark, which an office's staff, who know a bill of materials, do
# not; SF before 残高 is a fare card's stored value. As (what follows the letters in that sense,
# the readers who know it[, what stands before them in that sense]); a trade whose staff know the
# letters in that sense (known_in_trades) knows them too.
_AMOUNT_AFTER = lazy(r"\s?[0-9０-９]")
_OTHER_SENSES = {"CS": (lazy(r"(?:部門|側|チーム|担当|部|課|グループ)"), ()),
                 # (SF before 残高 is a fare card's stored fare, not science fiction: a transport
                 # operator's word for what the rider calls チャージ残高)
                 "SF": (lazy(r"残高"), ()),
                 # (BS beside PL is a balance sheet, which a company's staff read every month, not a
                 # satellite channel; NPO as a ward's order before a test is nothing by mouth, not a
                 # non-profit)
                 "BS": (lazy(r"\s?(?:と|・|/|,|、|や)\s?PL"), ("business", "technical")),
                 "NPO": (lazy(r"(?:でお願い|でお過ご|でいらして|とさせて|の指示|の状態で|となります)"), ()),
                 # (PM as a machine's scheduled maintenance, not the afternoon: 年4回のPM, 次回PM,
                 # 定期PM, PM作業; whoever runs the machine knows it: known_in_trades)
                 "PM": (lazy(r"(?:作業|点検|周期|キット|部品|時に|の際|の実施|の日程|のスケジュール)"), (),
                        lazy(r"(?:定期|次回の?|前回の?|今回の?|[0-9]回の)$")),
                 "BOM": (lazy(r"(?:付き|つき|なし|無し|あり|有り|の有無)"), ("technical",)),
                 # (a currency's code before its amount, USD 128.00 / AUD 2,000.00: every reader of a
                 # bank's or a card's statement reads it so; round 34, seven dev replies, none labeled)
                 **{code: (_AMOUNT_AFTER, ("consumer", "business", "technical"))
                    for code in ("USD", "EUR", "AUD", "GBP", "CNY", "KRW", "CAD", "SGD", "HKD", "TWD", "THB", "CHF", "NZD")}}


# What a rule context's options are worked out into, once per context (a context lives as long as
# its linter; it is kept with what was built from it, so that its id cannot be taken by another)
_BUILT_FOR_CONTEXT: dict[tuple[int, str], tuple[CheckContext, object]] = {}


def _per_context(ctx: CheckContext, kind: str, build):
    """build(), worked out once for `ctx` under `kind`."""
    found = _BUILT_FOR_CONTEXT.get((id(ctx), kind))
    if found is None or found[0] is not ctx:
        found = _BUILT_FOR_CONTEXT[(id(ctx), kind)] = (ctx, build())
    return found[1]


def _trades(ctx: CheckContext) -> tuple[tuple[tuple[str, ...], tuple[str, ...], frozenset[str], tuple[str, ...]], ...]:
    """The acronyms the staff of a trade know, as (words naming the trade, words naming it only
    as the reader's department, acronyms, words of our own text that show the reader works in
    it): a freight forwarder's client's staff know FOB and CY, a call centre's know IVR and ACD
    (カスタマーセンター長 様 runs one), a designer whose .ai file we checked knows DIC and RGB."""
    return _per_context(ctx, "trades", lambda: tuple(
        (tuple(str(t) for t in g.get("trades", ())), tuple(str(t) for t in g.get("departments", ())),
         frozenset(str(k).upper() for k in g.get("known", ())), tuple(str(t) for t in g.get("signs", ())))
        for g in ctx.options.get("known_in_trades", [])))


def _known_in_trade(ctx: CheckContext, doc: Document, word: str) -> bool:
    """Whether the reader works in a trade whose staff know `word` (Document.in_profession)."""
    if word not in _per_context(ctx, "trade_words", lambda: frozenset().union(*(known for _t, _d, known, _s in _trades(ctx)))):
        return False  # (no trade knows it: the trades are not gone through)
    return any(word in known and (doc.in_profession(trades) or bool(departments) and doc.in_profession(departments, ours=False)
                                  or bool(signs) and doc.says(signs))
               for trades, departments, known, signs in _trades(ctx))


_BUSINESS_UP = ("business", "technical")  # (the readers who know a company's staff's acronyms)
_TECHNICAL = ("technical",)


def _known(ctx: CheckContext, reader: str) -> frozenset[str]:
    """The acronyms this reader knows: everyone's, then a company's staff's (KPI, NDA), then
    those of IT staff (DNS, VPN), each reader knowing those of the readers before it. Worked
    out once per rule context and reader."""
    found = _BUILT_FOR_CONTEXT.get((id(ctx), reader))  # (asked per word: the built set read first)
    if found is not None and found[0] is ctx:
        return found[1]
    tiers = _TIERS[reader]
    return _per_context(ctx, reader, lambda: frozenset(
        {str(k).upper() for t in tiers for k in ctx.options.get(t, [])} | {a.upper() for a in ctx.allow}))


_TIERS = {"consumer": ("known",), "business": ("known", "known_business"),
          "technical": ("known", "known_business", "known_technical")}


# [A-Z][a-z]?[A-Z]|[LTP][1-4]|Tier|[45]0[0-9]エラー…, written to open with one class: the regex
# engine then skips to the next capital (or 4, 5) instead of trying the alternation at every character (4× quicker).
# (a numbered line of support, 2線, is found at its 線, the digit looked behind: a digit first
# would stop the search at every number of a reply)
# (and a category's bare mark, 区分ウ, at the 分 or 別 before it)
# (and a back office's code glued to the slot, the verdict or the record it names, R枠 / D2判定 / Sカルテ,
# found at that noun's first character, a capital or a digit looked behind)
# (and a status's code, ステータスがE-02 / 状態：H2-3A, which may hold no two capitals in a row: at its
# first capital, after what _STATUS_CODE reads before it; and a mark after any blank _MARK_STATUS
# reads, 判定は\t×, not a space alone)
_TRIGGER = (r"[A-Z45線分別△×✕○◯枠判扱未案カ](?:(?<=[△×✕○◯])(?<=[がは:：「『\s][△×✕○◯])|(?<=[A-Z])(?:[a-z]?[A-Z]|(?<=[LTP])[1-4]|(?<=T)ier"
            r"|(?<=[がは:：「『\s][A-Z]))|(?<=[45])0[0-9]\s?(?:エラー|を返|が返|応答|レスポンス)"
            r"|(?<=[1-3]線)|(?<=区分|種別)[「『]?(?:[A-E]|[ア-オ]|[甲乙丙])(?![A-Za-z0-9ァ-ヺー・/、,])"
            r"|(?<=[A-Z0-9][枠判扱未案カ])(?<![a-z][A-Z0-9].))")
# The most characters a match of the trigger holds (9: 503 レスポンス), and the one its look-ahead
# reads past it (区分ウ's): the search for the sentences that hold it ends that far past the last
# sentence, not at the end of the reply: its signature, a message quoted below it (the part, over the
# generated replies, 161.9k -> 160.5k instructions a reply; more where a long message is quoted)
_TRIGGER_REACH = 10


def _trigger_sentences(doc: Document, ctx: CheckContext) -> list:
    """ctx.sentences(doc, doc.linted_sentences()), searched no further than _TRIGGER_REACH past the last."""
    sentences = doc.linted_sentences()
    if ctx.trigger is None:
        return sentences
    return doc.sentences_with(ctx.trigger, sentences, doc.cache.get(ctx.trigger_key), _TRIGGER_REACH)


# The Japanese word the capitals are glued to, in one script (桜台 of 桜台CC, not で桜台)
_GLUED_BEFORE = lazy(r"(?:[一-龥々]{2,8}|[ァ-ヺー]{2,8}|[ぁ-ゖ]{2,8})$")


def _short_for_own_name(doc: Document, norm: str, start: int) -> bool:
    """The capitals at `start` end our own name cut short: the word they are glued to opens a
    name of ours that goes on in other words (桜台CC, 桜台GC under 桜台カントリークラブ; みなとHD
    under みなとホールディングス)."""
    glued = _GLUED_BEFORE.search(norm, max(0, start - 8), start)
    if glued is None:
        return False
    names, run = doc.own_names, glued.group()
    for word in (run[i:] for i in range(len(run) - 1)):  # (桜台 of 市立桜台 too)
        k = names.find(word)
        while k >= 0:
            if (k == 0 or not _NAME_CHAR.match(names, k - 1)) and _KATAKANA_WORD.match(names, k + len(word)):
                return True
            k = names.find(word, k + 1)
    return False


_NAME_CHAR = lazy(r"[一-龥々ァ-ヺぁ-ゖ]")
_KATAKANA_WORD = lazy(r"[ァ-ヺ]{2}")


@triggered_by(_TRIGGER)
def acronym(doc: Document, ctx: CheckContext):
    everyone = None  # the acronyms every reader knows, built at the first capitals found
    ours = None  # the capitals of our own names, looked for only when a word would be reported
    norm = doc.norm
    seen: set[str] = set()
    reported: set[str] = set()  # (the letters reported as a word: a slot's code is not reported again)
    slots: set[str] = set()
    for s in _trigger_sentences(doc, ctx):
        for m in _ACRONYM.finditer(norm, s.nstart, s.nend):
            word = m.group()
            if everyone is None:
                everyone = _known(ctx, "consumer")
            sense = _OTHER_SENSES.get(word)
            if sense is not None and word not in seen and (sense[0].match(norm, m.end()) or len(sense) > 2
                                                           and sense[2].search(norm, max(0, m.start() - 6), m.start())):
                seen.add(word)  # (the letters in their other sense: reported at their first use unless explained)
                # (who reads is asked last, and only of a sense some reader knows: CS's has none)
                if word not in ctx.allow and not explained_at(norm, m.start(), m.end(), s.nstart, s.nend) \
                        and not (sense[1] and doc.reader in sense[1]) and not _known_in_trade(ctx, doc, word):
                    yield Hit(*doc.original_span(m.start(), m.end()))
                continue
            if _SIZE.match(word) and _SIZE_NEAR.search(norm, max(s.nstart, m.start() - 12), min(s.nend, m.end() + 12)):
                continue  # (a garment's size, SS〜3L)
            if word.upper() in everyone or word in seen or _TEMPLATE_MARKERS.match(word) or _ROMAN.match(word) \
                    or _COURSE.match(word) and _COURSE_BEFORE.search(norm, max(0, m.start() - 3), m.start()) \
                    or norm.endswith(_COMPANY_WORDS, 0, m.start()):
                continue
            if _NOT_JARGON_AFTER.match(norm, m.end()):
                continue  # a company's name (KFC社, ABC株式会社); a thing of theirs they sent us, which they
                # know (CSVをお送りいただき); the letters of a code, its number after a blank (タグ番号 SL 482913)
            if acts.given_by_them(norm, m.start(), 8):
                continue  # a thing of theirs they sent us: they know what it is (いただいたCSV)
            if norm.startswith(_EVERYDAY_COMPOUNDS.get(word, ()), m.end()) \
                    or norm.endswith(_EVERYDAY_BEFORE.get(word, ()), max(0, m.start() - 6), m.start()):
                continue  # a household word the letters belong to: LPガス (a later LP alone may still be jargon)
            seen.add(word)  # only the first use counts: explained there, or reported there
            if explained_at(norm, m.start(), m.end(), s.nstart, s.nend) or explained_soon(doc, word, m.end(), s) \
                    or defined_next(doc, s, m.start()):
                continue
            # (what may follow the word, tested once: one search for the words after it that make
            # it a name or a code's letters, and whether a bracket closes on it)
            end = m.end()
            if _NAME_OR_CODE_AFTER.match(norm, end):
                continue  # a product (HENNGE One, XYZシリーズ), a plan's name in brackets (「PERSONAL+」プラン),
                # the letters a code begins with (HKから始まる番号), or as printed on the thing the
                # customer holds (TIDと書かれた番号)
            if (_ROMAJI.match(word) or _spoken(word)) and word.upper() not in _known(ctx, "technical"):
                continue  # a Japanese word in capitals (KAZOE, MAMORU; not IMEI, an acronym some
                # reader knows)
            bracketed = norm.startswith(_CLOSING_BRACKETS, end)
            if _in_title(norm, m.start(), end) or bracketed and _NAMED_BEFORE.search(norm, max(0, m.start() - 8), m.start()):
                continue  # (capitals named as a product's or a plan's name: 新製品「XYZ」)
            if _TITLE_OPEN.search(norm, max(s.nstart, m.start() - 40), m.start()) and _TITLE_CLOSE.match(norm, end, s.nend):
                continue  # a word of a paper's or a talk's title: 「…CPAを下げる入札戦略」の資料
            if bracketed and _STRENGTH_BEFORE.search(norm, max(0, m.start() - 4), m.start()):
                continue  # a generic's maker in its name: 〜錠5mg「KN」
            if bracketed and _GLUED_NAME.search(norm, max(0, m.start() - 20), m.start()) \
                    or _MODEL_BEFORE.search(norm, max(0, m.start() - 16), m.start()):
                continue  # a name: 「ハードボンドEX」, CX-5（XD …）
            if bracketed and _FIELD_QUOTED.search(norm, max(0, m.start() - 10), m.start()):
                continue  # what a document's field says, quoted as it is written: 品名が「PARTS」
            if acts.on_screen(norm, m.start(), m.end()):
                continue  # a label on the screen, as it stands there: 「CART」から, ［SETTINGS］を開く
            if _PERSON_BEFORE.search(norm, max(0, m.start() - 10), m.start()):
                continue  # a person called by a name in capitals after their role: インストラクターのAYA
            # Who reads is worked out only for a word that would be reported: a word its reader
            # knows is skipped wherever it stands, so that it is also in `seen` changes nothing.
            # (and only for a word some reader knows: IT staff know every word the others do)
            # (of a word IT staff alone know, only whether the reader is one is asked: Document.read_by)
            up = word.upper()
            if up in _known(ctx, "technical") and doc.read_by(_BUSINESS_UP if up in _known(ctx, "business") else _TECHNICAL):
                continue
            if _known_in_trade(ctx, doc, up):
                continue
            # our own names (こはるBOX in the signature, …) are no jargon: each is a part of
            # own_names, so they are listed only when the word is (most reported words are not)
            if word in doc.own_names and ours is None:
                ours = set(_ACRONYM.findall(doc.own_names))
            if ours is not None and word in ours or doc.in_their_words(word) or doc.in_own_tool(word):
                continue  # (a word the customer used themselves, or reads on their screen, is one they know)
            if _short_for_own_name(doc, norm, m.start()):
                continue  # (our name cut short, its first word kept: 桜台CC for 桜台カントリークラブ)
            reported.add(word)
            yield Hit(*doc.original_span(m.start(), m.end()))
        # The codes below are searched only in a sentence that holds the words every match of
        # theirs holds (a status's ステータス or 状態, a verdict's NG, what a server answers, a
        # tier's letter and digit): tested in the sentence, which is all a match may span, not in
        # the whole reply (most replies have one sentence with capitals; a test of the whole
        # reply for each word cost more than the check's search of that sentence).
        text = norm[s.nstart:s.nend]
        status = "状態" in text or "ステータス" in text or "ステイタス" in text
        verdict = "NG" in text
        http = "エラー" in text or "返" in text or "応答" in text or "レスポンス" in text
        tier = _TIER_GATE.search(text) is not None
        marks = "△" in text or "×" in text or "✕" in text or "○" in text or "◯" in text
        codes = list(_STATUS_CODE.finditer(norm, s.nstart, s.nend)) if status else []
        if ("-" in text or "_" in text) and _STATUS_GATE.search(text):
            codes += (m for m in _STATUS_AFTER.finditer(norm, s.nstart, s.nend) if _stuck_status(norm, m))
        for m in codes:
            code = m.group(1)
            if code not in seen and code not in ctx.allow and not acts.on_screen(norm, m.start(1), m.end(1)) \
                    and code not in doc.their_words:  # (their words, a reply's dear property, asked last)
                seen.add(code)
                yield Hit(*doc.original_span(m.start(1), m.end(1)))
        for m in _VERDICT.finditer(norm, s.nstart, s.nend) if verdict else ():
            # (their words are not asked: a verdict is ours, and a clause restated before とのこと
            # may hold our own verdict: 書類NGとなりましたが、…評価されていたとのことです)
            if m.group() not in seen and m.group() not in ctx.allow:
                seen.add(m.group())
                yield Hit(*doc.original_span(m.start(), m.end()),
                          message=f"「{m.group()}」は社内で結果を記録するときの書き方で、お客様には通じません。"
                                  "「審査の結果、今回はお受けできませんでした」「検品の結果、基準に満たない状態でした」のように、"
                                  "結果とその意味を書いてください。",
                          suggestion="「〜の結果、今回はお受けできませんでした」のように、結果とその意味を書く")
        for m in _HTTP_STATUS.finditer(norm, s.nstart, s.nend) if http else ():
            code = m.group()
            if code not in seen and code not in ctx.allow and not explained_at(norm, m.start(), m.end(), s.nstart, s.nend) \
                    and doc.reader == "consumer" and code not in doc.their_words:
                seen.add(code)
                yield Hit(*doc.original_span(m.start(), m.end()),
                          message=f"「{code}」は開発者向けのエラーの番号で、一般のお客様には通じません。"
                                  "「ページが表示されない状態」のように、お客様に見えていることを書いてください。",
                          suggestion="ページが表示されない状態")
        for m in _SLOT_CODE.finditer(norm, s.nstart, s.nend) if _SLOT_CODE_GATE.search(text) else ():
            # (its letters may be known as a word elsewhere, FD in a university's: glued to a slot, they
            # are a row of our table all the same)
            code = m.group(1)
            # (three letters or more to an engineer are a protocol's name, SPF判定 / DKIM判定: its check's
            # result, in their own words; round 37)
            if len(code) >= 3 and code.isalpha() and doc.read_by(("technical",)):
                continue
            if code not in reported and m.group() not in slots and code not in ctx.allow and code not in doc.their_words \
                    and not explained_at(norm, m.start(), m.end(), s.nstart, s.nend) \
                    and not acts.on_screen(norm, m.start(), m.end()):
                slots.add(m.group())
                yield Hit(*doc.original_span(m.start(), m.end()),
                          message=f"「{m.group()}」は社内で使う区分の記号で、お客様にはどういう扱いなのかが伝わりません。"
                                  "「当日の空きのお時間」「再検査が必要な方」のように、意味を言葉で書いてください。",
                          suggestion="記号ではなく、その扱いの意味を言葉で書く")
        for m in _CATEGORY_CODE.finditer(norm, s.nstart, s.nend) if "区分" in text or "種別" in text else ():
            code = m.group()
            if code not in seen and code not in ctx.allow \
                    and not explained_at(norm, m.start(), m.end(), s.nstart, s.nend) \
                    and not acts.on_screen(norm, m.start(), m.end()) and code not in doc.their_words:
                seen.add(code)
                yield Hit(*doc.original_span(m.start(), m.end()),
                          message=f"「{code}」は分類の記号だけで、お客様にはどういう扱いになるのかが伝わりません。"
                                  f"「{code}（〜の方の区分）」のように意味を添えるか、その区分で何が決まるのかを書いてください。",
                          suggestion="記号のあとに、その区分の意味を添える")
        for m in _MARK_STATUS.finditer(norm, s.nstart, s.nend) if marks else ():
            if m.group() not in seen and m.group() not in ctx.allow:
                seen.add(m.group())
                yield Hit(*doc.original_span(m.start(), m.end()),
                          message=f"「{m.group(1)}」は記号だけで、お客様にはその結果が何を意味するのかが伝わりません。"
                                  "「端末代金のお支払いが残っているため、利用が止まる可能性がある状態です」のように、その結果の意味を言葉で書いてください。",
                          suggestion="記号の意味を言葉で書く")
        for m in _tier_codes(norm, s.nstart, s.nend) if tier else ():
            if m.group() not in seen and m.group() not in ctx.allow:
                seen.add(m.group())
                yield Hit(*doc.original_span(m.start(), m.end()))


# A back office's code glued to what it classes: a slot (R枠, ST枠), a handling (INC-2扱い), a verdict
# (D2判定), a record (Sカルテ), a case or a debt (T2案件, P未入金). The letters name a row
# of a table the reader has never seen. (Not a word of letters, HTTPステータス: no status here; nor
# part of a longer Latin word.)
_SLOT_CODE = lazy(r"(?<![A-Za-z0-9_.\-/])([A-Z]{1,4}(?:-?[0-9]{1,2})?)(?:枠|扱い|判定|カルテ|未入金|案件)")
_SLOT_CODE_GATE = lazy(r"[A-Z0-9](?:枠|扱い|判定|カルテ|未入金|案件)")
# A category given by its bare mark (区分ウ, クリーニング区分C, 種別B, 区分「乙」): the mark names a
# row of a table the reader has never seen; what the category means for them is left unsaid.
# (Not a list of marks to choose from, 区分A・B, nor one explained where it stands: explained_at.)
_CATEGORY_CODE = lazy(r"(?<![と・/、,])(?:区分|種別)[「『]?([A-E]|[ア-オ]|[甲乙丙])[」』]?(?![A-Za-z0-9ァ-ヺー・/、,])"
                      r"(?!と(?:[A-Eア-オ甲乙丙]|区分|種別))")
# ...or a check's result given as the mark of a table (ネットワーク利用制限が△, 審査結果は×, 判定：○):
# a back office's or a carrier's table of marks, its meaning unsaid. (Not the mark as it is shown
# on a page the reader is pointed to: この状態は「△」と表示されます.)
_MARK_STATUS = lazy(r"(?:制限|判定|状態|ステータス|結果|評価)(?:が|は|:|：)\s?[「『]?([○◯△×✕])(?![○◯△×✕])"
                    r"(?![」』]?\s?と(?:表示|記載|書か|書いて|印字|出|なっている|なります))")


def _stuck_status(norm: str, m) -> bool:
    """A code that _STATUS_AFTER found is a status: joined by an underscore (an enum's value), or
    stopping a process, or a state a thing stays in, quoted or after 現在/まだ (回線は現在「SUSP-02」
    のまま). A hyphen's code that a thing is or turned out to be is a model's (100本が「SR-350」と
    なっておりました)."""
    a = m.start(1)
    return "_" in m.group(1) or m.group(2) is not None or m.group(3) is not None and (
        norm[a - 1:a] in ("「", "『") or _NOW_BEFORE.search(norm, max(0, a - 8), a) is not None)


def _tier_codes(norm: str, a: int, b: int):
    """The tier codes (L2, P2, Tier 2) and numbered lines (2線) of norm[a:b], in order."""
    return sorted((*_TIER_CODE.finditer(norm, a, b), *_TIER_LINE.finditer(norm, a, b)), key=lambda m: m.start())


def _spoken(word: str) -> bool:
    """Capitals that read as a word (see _CONSONANT_RUN). A Y after a vowel sounds as one
    (PAYTAP, KEYTONE), as _CONSONANT_RUN already counts it."""
    if len(word) < 5 or not word.isupper():
        return False  # (most acronyms: their vowels are not counted)
    vowels = sum(ch in "AEIOU" or ch == "Y" and k and word[k - 1] in "AEIOU" for k, ch in enumerate(word))
    return vowels * 5 >= len(word) * 2 and not _CONSONANT_RUN.search(word)


def _in_title(norm: str, a: int, b: int) -> bool:
    """Capitals that are words of a name, with other capitals beside them (LIVE TOUR, BIG SALE):
    initials stand alone."""
    return bool(_CAPS_BEFORE.search(norm, max(0, a - 12), a) or _CAPS_AFTER.match(norm, b))


# -- katakana-dense ------------------------------------------------------------------
_KATAKANA = lazy(r"^[ァ-ヺー・]+$")
_CONTENT = {"名詞", "動詞", "形容詞", "形状詞"}
# Light words that carry no content of their own.
_LIGHT = {"する", "為る", "いる", "居る", "ある", "有る", "なる", "成る", "できる", "出来る", "いただく",
          "頂く", "くださる", "下さる", "おる", "居る", "いたす", "致す", "こと", "事", "もの", "物",
          "ため", "為", "よう", "様", "方", "際", "場合", "ところ", "所", "等", "など"}


_KATAKANA_RUN = lazy(r"[ァ-ヺー・][ァ-ヺー・]{2,}")  # (a class first, not a repeat: the search skips ahead in C)


def _words(doc: Document, s) -> list[tuple[str, int, int]]:
    """The sentence's content words as (surface, nstart, nend); adjacent katakana pieces merged
    (unidic-lite reads an unknown katakana word as several pieces)."""
    out: list[list] = []
    for t in doc.sentence_tokens(s):
        p0, p1 = t.pos[0], t.pos[1]
        kata = bool(_KATAKANA.match(t.surface))
        if out and kata and out[-1][3] and out[-1][2] == t.nstart:
            out[-1][0] += t.surface
            out[-1][2] = t.nend
            continue
        if p0 not in _CONTENT or p1 in ("数詞", "代名詞", "非自立可能") and not kata:
            out.append([t.surface, t.nstart, t.nend, False, False])
            continue
        if t.lemma in _LIGHT or t.norm in _LIGHT:
            out.append([t.surface, t.nstart, t.nend, False, False])
            continue
        out.append([t.surface, t.nstart, t.nend, kata, True])
    return [(w, a, b) for w, a, b, _k, content in out if content]


def _known_loanwords(ctx: CheckContext) -> frozenset[str]:
    """The loanwords the rule's options and allow list make plain, built once per rule context."""
    return _per_context(ctx, "loanwords", lambda: frozenset(ctx.options.get("known", [])) | frozenset(ctx.allow))


def _known_compound(word: str, known: frozenset[str], longest: int) -> bool:
    """The word is two or three known words written together (メッセージカード, ギフトカード): each
    part is plain, so the whole is. No part is longer than the longest known word, so a longer word
    is none, and only the splits within that length are tried: constant work for any word."""
    if len(word) > 3 * longest:
        return False
    for k in range(2, min(len(word) - 1, longest + 1)):
        head, tail = word[:k], word[k:]
        if head in known and (tail in known or len(tail) >= 4 and any(
                tail[:j] in known and tail[j:] in known for j in range(2, min(len(tail) - 1, longest + 1)))):
            return True
    return False


_QUOTE_MARK = lazy(r"[「」]")


def _quoted_starts(norm: str, start: int, end: int):
    """A test of whether a position of norm[start:end] is inside 「…」 opened in the sentence
    (words quoted, a card's message or a screen's label, are the reader's or the product's, not
    our wording): the sentence's quote marks found once, each position then read by bisection."""
    opens, closes = [], []
    for m in _QUOTE_MARK.finditer(norm, start, end):
        (opens if m.group() == "「" else closes).append(m.start())
    return lambda at: bisect_left(opens, at) > bisect_left(closes, at)


@triggered_by(_KATAKANA_RUN.pattern)
def katakana_dense(doc: Document, ctx: CheckContext):
    readers = ctx.options.get("readers")
    threshold = float(ctx.options.get("threshold", 0.6))
    min_words = max(1, int(ctx.options.get("min_words", 4)))  # dense means at least one loanword
    known = _known_loanwords(ctx)
    longest = _per_context(ctx, "loanwords_longest", lambda: max(map(len, known), default=0))
    norm = doc.norm
    # Where the reply's katakana runs are, found once: a sentence that meets fewer than min_words
    # of them cannot be dense, and the word analysis is skipped there.
    runs = list(_KATAKANA_RUN.finditer(norm))
    if len(runs) < min_words:
        return  # (no sentence meets more runs than the reply holds)
    starts = [m.start() for m in runs]
    ends = [m.end() for m in runs]
    # A sentence that meets two runs or more has one starting in it, which the trigger's search
    # from its start finds: the count below then decides alone, without that search.
    body = doc.linted_sentences(seg.BODY)
    for s in (body if min_words >= 2 else ctx.sentences(doc, body)):
        if bisect_left(starts, s.nend) - bisect_right(ends, s.nstart) < min_words:
            continue
        words = _words(doc, s)
        if len(words) < min_words:
            continue
        quoted = _quoted_starts(norm, s.nstart, s.nend)
        loan = [w for w, a, _b in words if _KATAKANA.match(w) and len(w) >= 3 and w not in known
                and not _known_compound(w, known, longest) and not quoted(a)]
        if len(loan) >= min_words and len(loan) / len(words) >= threshold:
            if readers and doc.reader not in readers:
                return  # (IT staff read a report dense with their own loanwords as plain words;
                # who reads is worked out only for a sentence that would be reported)
            end = s.nend
            while end > s.nstart and norm[end - 1] in "。!?":
                end -= 1
            yield Hit(*doc.original_span(s.nstart, end),
                      suggestion="、".join(dict.fromkeys(loan)) + " などを、ふつうの言葉に言い換えてください。")
