"""positive/lecturing: the reader told off, told what they should have done, or held to a norm.

All patterns run on the normalized (NFKC) view of linted sentences; hits are mapped back to
original offsets.
"""

from __future__ import annotations


from ... import segments as seg
from ...document import Document, Sentence
from ...engine import CheckContext, triggered_by
from ...regexes import Grammar, lazy
from ._shared import _PRESSED, _end_of_words, _from_rarest, _from_rarest_parts, _hit, _index_in


# The care asked for (ご注意ください, お気をつけください, 気をつけてください)
_CARE = "(お気をつけ|お気を付け|ご注意|気をつけて|気を付けて|注意して)"
# What the customer must do from now on, after what went wrong (今後は必ず締め時間を守ってください /
# 次回からは時間どおりにお越しください): a reprimand, not an instruction for this matter.
_FROM_NOW_ON_ORDER = (r"(今後|次回から|次回以降|以後|これから)(は)?[、,]?(このような|こうした|同様の|同じような)こと(が|の)ない(よう|ように)[、,]?"
                      r"[^。]{0,10}?" + _CARE + r"(ください|下さい|くださいますよう|いただきますよう)"
                      # (or after the same ないよう, a rule to keep: 今後このようなことがないよう、集合時間は厳守してください)
                      r"|(今後|次回から|次回以降|以後|これから)(は)?[、,]?(このような|こうした|同様の|同じような|同じ)こと(が|の)"
                      r"(ない|起きない|起こらない)(よう|ように)[、,]?[^。]{0,20}?(必ず|きちんと|ちゃんと|しっかり|厳守|遵守|期限内に|期日内に|時間内に)"
                      r"[^。]{0,20}?(ください|下さい|くださいますよう|いただきますよう|お願い(いたし|し|申し上げ)ます)"
                      # (what they are not to do again, in their own verb right before the request: 今後は直前のキャンセルを
                      # なさらないようお願いいたします / 今後はなさいませんようお願いいたします; not our own
                      # 起きないよう努めてまいります, nor a tip, 起きないよう、次の設定をお試しください)
                      r"|(今後は|次回から(は)?|次回以降(は)?|以後は|これからは)[、,]?[^。]{0,30}?"
                      r"(なさらない|なさいません|されない|されません|しない|しません)(よう|ように)[、,]?"
                      r"(お願い(いたし|し|申し上げ)ます|お願いでき|ご注意|お気をつけ|くださいますよう|いただきますよう|いただけますよう)"
                      # (or told to refrain from now on: 今後は時間外のご来訪はご遠慮ください / 今後は浴室でのご使用は
                      # お控えください; not ご遠慮なく, an invitation)
                      r"|(今後は|次回から(は)?|次回以降(は)?|以後は|これからは)[、,]?[^。]{0,30}?(ご遠慮|お控え)"
                      r"(ください|下さい|くださいませ|くださいますよう|いただきますよう|いただけますよう|願います|をお願い)"
                      r"|(今後は|次回から(は)?|次回以降(は)?|次回は|以後|これからは)[、,]?[^。]{0,30}?"
                      r"(必ず|きちんと|ちゃんと|しっかり|くれぐれも|よく|十分|余裕をもって|余裕を持って|時間どおり|時間通り|期限までに|遅れずに|忘れずに"
                      # (a time to keep: 今後は期限内にお支払いください / 次回からは時間厳守でお願いします / 今後は
                      # お早めにお願いいたします / 今後は余裕をもった予約時間の設定を)
                      r"|期限内に|期日内に|時間内に|時間厳守|期限厳守|お早めに|余裕をもった|余裕を持った"
                      # (left to the reader, or a rule to keep: 次回からはご自身でご確認ください / 今後は期日を厳守してください)
                      r"|ご自身で|ご自分で|自分で|厳守|遵守"
                      # (more care asked for: もう少しセキュリティ意識を持って / もっと注意して)
                      r"|もう少し|もうすこし|もっと|意識を持って|意識をもって|意識して)"
                      r"[^。]{0,30}?(ください|下さい|くださいますよう|いただきますよう|いただけますよう|願います|お願い(いたし|し|申し上げ)ます|すること|ないこと)"
                      # (or only care asked for, bare or for what they are to keep: 今後はご注意いただけますと幸いです /
                      # 今後は期限を守るよう気をつけてください / 次回以降は入力の際にお気をつけください; not a hazard to
                      # mind, 今後は不審なメールにご注意ください)
                      r"|(今後は|次回から(は)?|次回以降(は)?|以後は|これからは)[、,]?([^。]{0,30}?(よう|ように|際に|際は|時に|時は|ときに|ときは)[、,]?)?"
                      + _CARE +
                      r"(ください|下さい|くださいませ|くださいますよう|いただきますよう|いただけますよう|いただけますと幸い"
                      r"|いただければ幸い)")
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
               r"(になって|いただいて|いただいた|いただき|して|て)?(から|の?うえ|の?上で?)[、,]?[^。]{0,16}?"
               # (or do anything with the product: マニュアルをよくお読みになってから操作してください)
               r"(ご購入|購入|ご使用|使用|ご利用|利用|お使い|使っ|ご注文|注文|お申し込み|申し込|お申込|判断|ご判断|お決め|決め"
               r"|ご操作|操作|設定|設営|設置|組み立て|組立|取り付け|取付"
               # (or to check it again themselves, the answer left in what they were given: よくお読み
               # いただいたうえで、改めてご確認ください)
               r"|(改めて|あらためて|再度|もう一度)[、,]?(ご確認|確認し|お確かめ))"
               r"[^。]{0,8}?(ください|下さい|お願い(いたし|し|申し上げ)ます|いただきますよう)"
               # (it was there to read: ご利用規約をお読みいただければ分かると思いますが / よく見ればわかる
               # はずです; the reader's plain 分かる, not the polite pointer お分かりいただけると思います)
               r"|(お読み|ご覧|ご確認|見て|読んで|確認して|見)(いただければ|いただけば|いただくと|になれば|になると|もらえれば|くだされば|れば)"
               r"[、,]?[^。、]{0,4}?(分か|わか)(る|ります)(と思|はず|かと|でしょう)"
               # (read with care, it would be clear, in any form: よくお読みいただければおわかりになるかと存じます /
               # ちゃんとお読みいただければ分かるようになっています; the care asked for is the reprimand)
               r"|(よく|よーく|ちゃんと|しっかり|きちんと)[^。、]{0,6}?(お読み|ご覧|ご確認|読ん|見て|確認して)"
               r"(いただければ|いただけば|いただくと|になれば|になると|もらえれば|くだされば|れば)[、,]?[^。]{0,8}?(お?分か|お?わか|ご理解いただけ)[^。!?]{0,20}"
               # (and in the honorific, said to be sure: お読みいただければおわかりになるはずです; not the pointer
               # お分かりいただけるかと存じます)
               r"|(お読み|ご覧|ご確認)(いただければ|いただけば|いただくと|になれば|になると)[、,]?[^。、]{0,4}?"
               r"(お分か|おわか)り(になる|になれる|いただける)はず"
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
                # (not the reader's own care: まずはしっかり休んでください / しっかり治してください)
                r"(?<![おご一-龥])(?!休|寝|養生|療養|治)([一-龥]{1,4}し|[一-龥][ぁ-ん]{0,3})[てで](おいて)?(ください|下さい)")
# A due date pressed with 必ず, in any form of the request (必ず11月30日までに返送してください / 12月10日までに
# 必ずご入金ください / 必ず本日中にご返送ください / 必ず期限内に納付してください; round 36: 20 dev sentences
# labeled, none in a clean reply): the date itself, a day's end or the due date as a word; not a
# time before an event (必ず前日までに / 出発15分前までに), how a visit or a booking is arranged
_DUE = (r"(?:(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日(?:\([^)]{1,4}\))?(?:の?\d{1,2}(?:時|:\d{2}))?"
        r"|本日中|今日中|明日中|今週中|今月中|週内|月内|期限内|期日内|期間内|期限日|期限|期日|納期|締め切り|締切)")
_DUE_ASKED = r"[^。]{0,20}?(?:ください|下さい|くださいませ|すること|お願い(?:いたし|し|申し上げ)ます)"
_DUE_PRESSED = (r"必ず[、,]?" + _DUE + r"(?:まで)?に(?:は)?[、,]?" + _DUE_ASKED
                + r"|" + _DUE + r"(?:まで)?に(?:は)?[、,]?必ず[、,]?" + _DUE_ASKED
                # (or the due date itself to keep: 必ず期日を守ってください / 必ず期限をお守りください)
                + r"|必ず[、,]?(?:提出|申込|申し込み|お申し込みの)?(?:期日|期限|締め切り|締切|納期|締め時間|時間|時刻)を[、,]?(?:守って|お守り)"
                + _DUE_ASKED)
_DUE_AT = lazy(r"必ず[、,]?" + _DUE + r"|" + _DUE + r"(?:まで)?に(?:は)?[、,]?必ず")
_RIGHT_WORDS = ("しっかり", "きちんと", "ちゃんと", "正しく", "直ちに", "ただちに", "必ず")
_HOW_SAID = ("て、", "で、", "て,", "で,")
# A reason's clause, closed before the order (…受付できませんので、必ず期限内に来局してください): neither a how
# said first nor our own way (当店に返送されますので、期限内に必ず…; round 36)
_REASON_ENDS = ("ので、", "ので,", "ため、", "ため,")


def _after_reason(norm: str, start: int, end: int) -> int:
    """Where the clause holding norm[end] starts, past the last reason's clause in [start, end)."""
    at = start
    for r in _REASON_ENDS:
        k = norm.rfind(r, start, end)
        if k >= 0:
            at = max(at, k + len(r))
    return at
# The reader's side told what it should do (保護者の方が毎日きちんと声をかけるべきです; not our own
# 弊社からご連絡すべきでした)
_THEY_SHOULD = (r"(お客(様|さま)|ご自身|ご本人(様)?|ご家庭|保護者(の方|様)?|親御(様|さん))(が|で|は|も|として)[^。]{0,30}?"
                r"べき(です|でございます|かと存じます|だと思います|と考えます)")
# What the reader should have done beforehand, with no one named (その程度は事前に確認しておくべきでしょう /
# あらかじめ読んでおくべきでした): a verb in its plain form, not our humble ご〜する / お〜する (事前にご連絡
# すべきでした, お伝えするべきでした: our own fault), and none of our side named between
# What is the reader's to do, said as a norm with no one named (日頃の点検で防ぐべきものです / ご自身で保存して
# おくべきものですので / 常識として守るべきことです): a verb's plain form, not our humble ご〜する / お〜する
# (ご説明すべきことでした: ours), nor a noun's べき of a kind (特筆すべきもの)
_SHOULD_AS_NORM = (r"(?<![ごお][一-龥]{2})(?<![ごお][一-龥])(する|しておく|ておく|でおく|(?<![すし])[るうくすつむぶぐ]|いただく)べき(もの|こと)"
                   r"(です|でございます|だ|かと存じます|と(?:存じ|思い|考え)ます)")
# (or as it properly should have been, 本来は…設定しておくべきでした)
_SHOULD_BEFOREHAND = (r"(事前に|前もって|あらかじめ|予め|(ご購入|ご注文|ご利用|ご契約|お申し込み|お申込み|ご予約)(の)?前に"
                      r"|本来(?:は|であれば|なら|ならば)?[、,]?|最初から|初めから|はじめから)"
                      r"(?:(?!弊社|当社|当店|当館|当院|弊店|私ども|わたくしども|こちら|当方|担当)[^。]){0,30}?"
                      r"(?<![ごお][一-龥]{2})(?<![ごお][一-龥])(?<!お[一-龥][ぁ-ん])(?<!お[一-龥][ぁ-ん]{2})"
                      r"(する|しておく|ておく|でおく|(?<![すし])[るうくすつむぶぐ])べき"
                      r"(でしょう|でした|です|だった|だ|かと|では)")
# An order in the written form of a rule, to the reader: 必ず始業10分前に到着すること。 (a plain verb and
# こと ending the sentence; not ということ, のこと, a noun's こと)
# (not a state required or aimed at, a condition's list or a plan's goal: 2年生以上であること, 在籍して
# いること, 1人で昇り降りできること)
_KOTO = lazy(r"((?<![とのな])(?:(?<!であ)(?<!があ)(?<!でき)(?<!てい)(?<!でい)(?<!てお)る|[うくすつむぶぐ])|ない)こと[。!]?\s*$")
_NOTE_MARK = lazy(r"[※(【\[<〈〔《]")


def _in_note(norm: str, start: int, end: int) -> bool:
    """norm[start:end] holds a note's mark: any but a round bracket closed on the way (3月15日(月)までに
    必ず…, a date's weekday; round 36)."""
    for m in _NOTE_MARK.finditer(norm, start, end):
        if m.group() != "(" or norm.find(")", m.end(), end) < 0:
            return True
    return False


# What the reader should already have done, said as what must be so: ご登録時に同意いただいている
# はずです / ご存じのはずです (their agreeing, reading, checking or knowing; not a thing that should be
# there, チケットが表示されているはずです, nor what they will be able to do, ご確認いただけるはずです)
_SHOULD_HAVE = (r"(同意|承諾|了承|承認|確認|お読み|ご覧|理解|納得|署名|サイン|お聞き|お目通し|目を通)(を)?"
                r"(いただいて(い|お)る|いただいた|いただいており|されて(い|お)る|された|なさって(い|お)る|なさった"
                r"|になって(い|お)る|になった|になられた|済み|して(い|お)る)はず(です|でございます|かと|だ|では)"
                r"|ご存[じ知](の|である|でいらっしゃる)はず"
                # (or any act of theirs, received with いただく: 同意のうえでご申請いただいているはずです;
                # in the dev sets every such はず is a reprimand)
                r"|(ご|お)[一-龥]{1,4}(いただいて(い|お)る|いただいた|いただいており)はず(です|でございます|かと|だ|では)")
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
# The answer said to be given already, and nothing more (前回のメールでもご案内したとおりです / 先日お送り
# したご案内メールに記載のとおりです), the reader sent back to read it (再度お読みください / まずは
# そちらをお読みください), or reminded of what they agreed to (入会時に規約をご説明し、ご同意いただいて
# おります): a reprimand for asking. (Not 〜とおり、… that goes on to the answer, nor 下記をご覧ください.)
_TOLD_VERB = r"(ご案内|案内|ご説明|説明|お伝え|お知らせ|記載|明記|掲載|お答え|ご回答|回答|お送り|お渡し|書いて|申し上げ)"
_ALREADY_TOLD = (r"(前回|先日|以前|先ほど|先程|前にも|すでに|既に)[^。]{0,24}?" + _TOLD_VERB + r"[^。、]{0,12}?(とおり|通り)(です|でございます)[。!]?\s*$"
                 # (said to be explained when they signed or before: 契約時にご説明済みです / すでに公式サイトで
                 # 説明済みです; not 先方には連絡済みです, a step reported)
                 r"|(前回|先日|以前|すでに|既に|(ご)?(契約|購入|入会|登録|予約|申し込み|申込み|申込)時)[^。]{0,24}?"
                 r"(ご案内|案内|ご説明|説明|お伝え|お知らせ|記載|明記|掲載|お答え|ご回答|回答)(済み|ずみ)(です|でございます|となっております)"
                 # (said to be written plainly: 規約にもはっきり書いてありますので / 説明ページにきちんと記載しております;
                 # not our promise, しっかりお伝えします)
                 r"|(はっきり|きちんと|明確に|ちゃんと|しっかり)(と)?[、,]?(書いて(あり|ある|おり)|(記載|明記|ご説明|説明|ご案内|案内)"
                 r"(して|いたして|致して|されて|させていただいて)(おり|い|あり|ある))"
                 r"|(再度|もう一度|もういちど|よく|しっかり)[、,]?[^。]{0,10}?(お読み|ご一読|読んで|ご熟読)"
                 r"(ください|下さい|いただけますか|いただきますよう|くださいますよう)"
                 r"|(まずは?)[、,]?(そちら|それ|そこ)を[、,]?(よく)?(お読み|ご一読|読んで|ご熟読)(ください|下さい)"
                 r"|(ご?入会時|ご契約時|お申し込み時|お申込み時|ご購入時|ご登録時)[^。]{0,24}?(ご同意|ご了承|ご承諾)"
                 r"(いただいて|いただき|を?いただいて)(おり|い)ます"
                 # (or said to have been told, as they should know: 納期限は通知書でお知らせしていたはずです /
                 # 入会時にご説明しているかと思います; not 〜かと存じますが、改めて…, which goes on to tell it)
                 r"|(お知らせ|ご案内|ご説明|お伝え|ご通知|通知|記載|明記|掲載|掲示|説明|案内)"
                 r"(いたし|し|して(い|おり|あり)|いたして(い|おり))(た|る|ます)?(はず(です|でございます)|かと(思い|存じ)ます)[。!]?\s*$"
                 # (はず goes on being a reproach when the telling follows: ご入会時にご説明したはずですが、改めて
                 # お伝えいたします; round 36)
                 r"|(お知らせ|ご案内|ご説明|お伝え|ご通知|通知|記載|明記|掲載|掲示|説明|案内)"
                 r"(いたし|し|して(い|おり|あり)|いたして(い|おり))(た|る)?はず(です|でございます)が"
                 # (or what the reader was to heed, said to be written there too: 返品ができない旨は購入画面にも
                 # 記載しております / 示談はしないようにと、しおりにも明記しております; round 35: ten dev sentences
                 # say it, six labeled, the other four in replies labeled nearby, none clean)
                 r"|(旨|こと|よう|ように|ようにと)(は|を|も)?[、,]?[^。]{0,30}?にも(記載|明記|掲示|掲載)(して|いたして|させていただいて)(おり|ござい)ます"
                 # (or that it is posted too, as the whole sentence: 撮影しないでください。掲示もしてあります。)
                 r"|(掲示|記載|明記|掲載)も(して|いたして)(あり|ござい)ます[。!]?\s*$"
                 # (or told that asking again changes nothing: 何度お問い合わせいただいても結果は変わりません)
                 r"|何度[^。、]{0,12}?(いただいても|いただきましても|されても|されましても)[、,]?[^。]{0,16}?"
                 r"(変わり(ません|かねます)|同じ(です|でございます)|覆り(ません|かねます))")
# Where the answer was written, as the whole answer, and the reader sent back to read it in the next
# sentence (ご案内メールに記載のとおりです。ご確認ください。 / 契約書に書いてあるとおりです。ご確認ください。);
# not 次のとおりです or 下記のとおりです, which go on to the answer
_POINTED_ONLY = lazy(r"(記載|明記|掲載|書いてあ|ご案内し|ご案内いたし|お伝えし|お伝えいたし|ご説明し|ご説明いたし|お送りし|お渡しし)"
                     r"[^。、]{0,8}?(とおり|通り)(です|でございます)[。!]?\s*$")
_GO_READ = lazy(r"\s*(再度|今一度|もう一度|改めて|あらためて)?[、,]?(そちら|そちらを|ご自身で)?[、,]?(ご確認|ご覧|お読み|ご一読)"
                r"(ください|下さい|くださいませ|いただけますか|をお願い(いたし|し)ます)[。!]?\s*$")


# Told to read or check with care, beforehand or from now on (よくご確認のうえお越しください / 事前にご確認
# ください / ご契約前にご確認ください / よく読んでおいてください) ...
_CHECK_IT_WELL = lazy(r"(?:よく|事前に|前もって|あらかじめ|予め|[一-龥]{1,4}前に|次回から(?:は)?|今後は)[、,]?"
                      r"(?:ご確認|お確かめ|お読み|読んで|確認して|目を通|ご一読)[^。]{0,12}?"
                      r"(?:ください|くださいませ|お願いします|お願いいたします|お願い申し上げます)")
# ... where the sentence or the one before points at where it is written (記載しております / 明記して
# おります / 記載のとおりです): the reader told they should have read it. (Across the dev sets 24 such
# sentences are labeled positive and one is not: 払込票の裏面に記載がございますので、事前にご確認ください.)
_WRITTEN_THERE = lazy(r"(?:記載|明記|掲載)(?:して(?:お|い)ります|しています|がございます|があります|のとおり|済み)")


# A ban or a refusal said, then that it is written there too and the reader sent to check it
# (展示室内は撮影禁止です。掲示にも記載しておりますので、ご確認ください / 保護者の方の同乗はできません。
# 利用規約にも記載しておりますので、必ずご確認ください): they should have read it. (Without the ban
# before it, 仕様書の3ページにも記載しておりますので、ご確認ください points to more of the answer.)
# (the words before the request's ending: refusal's _HEED reads them too, with any ending)
ALSO_WRITTEN_GO = r"にも(?:記載|明記|掲載|掲示)[^。]{0,12}?ので[、,]?\s*(?:必ず|よく)?[、,]?(?:ご確認|お読み|ご覧)"
_ALSO_WRITTEN_GO_CHECK = lazy(ALSO_WRITTEN_GO + r"(?:ください|下さい|くださいませ)")
_BANNED_BEFORE = lazy(r"(?:禁止|できません|出来ません|できかねます|いたしかねます|致しかねます|お断り|不可|ご遠慮)"
                      r"[^。]{0,12}?(?:です|でございます|ます|ください|下さい)?[。!]?\s*$")


def _check_what_was_written(doc: Document, written: list[Sentence]):
    """(sentence, match) for each sentence that tells the reader to read or check with care what
    the reply says is written somewhere (_CHECK_IT_WELL after _WRITTEN_THERE, in it or in the
    sentence before), or, after a ban, to check what is written there too (_ALSO_WRITTEN_GO_CHECK)."""
    norm = doc.norm
    if "記載" not in norm and "明記" not in norm and "掲載" not in norm and "掲示" not in norm:
        return
    prev = None
    for s in written:
        text = norm[s.nstart:s.nend]
        if ("確認" in text or "読" in text or "確かめ" in text or "目を通" in text or "ご覧" in text):
            m = _CHECK_IT_WELL.search(norm, s.nstart, s.nend)
            if m is not None and (_WRITTEN_THERE.search(norm, s.nstart, m.start())
                                  or prev is not None and _WRITTEN_THERE.search(norm, prev.nstart, prev.nend)):
                yield s, m
            elif prev is not None and "にも" in text and (m := _ALSO_WRITTEN_GO_CHECK.search(norm, s.nstart, s.nend)) \
                    and _BANNED_BEFORE.search(norm, prev.nstart, prev.nend):
                yield s, m
        prev = s


def _pointed_only(doc: Document, written: list[Sentence], s: Sentence):
    """`s` only says where the answer was written (_POINTED_ONLY), and the sentence after it only
    sends the reader there (_GO_READ): the match in `s`, or None."""
    m = _POINTED_ONLY.search(doc.norm, s.nstart, s.nend)
    if m is None:
        return None
    k = _index_in(written, s)
    if k + 1 < len(written) and _GO_READ.match(doc.norm, written[k + 1].nstart, written[k + 1].nend):
        return m
    return None


# (a grammar of its own behind its own words, searched only in the sentences that hold one: in
# _ORDERS it made every search of the others dearer, and とおりで stands in many replies)
_TOLD = Grammar(_ALREADY_TOLD, spans_only=True)  # (its matches' spans and text are read, no group)
# (not the times the telling opens on, 前回, すでに, 以前 …: each alternative that reads them ends on a
# word of its own below, とおりです or 案内済み, and the trigger stopped at every に of a reply, four a
# reply, for すでに)
_TOLD_WORD_LIST = (["お読み", "ご一読", "ご熟読", "何度",
                                 "読んで", "同意いただ", "了承いただ", "承諾いただ", "とおりです", "通りです", "とおりでござ",
                                 "通りでござ", "明確に", "たはず", "るはず", "たかと思", "るかと思", "たかと存", "るかと存",
                                 "もしてあ", "もしてござ", "もいたしてあ", "もいたしてござ",
                                 "にも記載", "にも明記", "にも掲載", "にも掲示"]
                                + [w + e for w in ("案内", "説明", "伝え", "知らせ", "記載", "明記", "掲載", "答え", "回答")
                                   for e in ("済み", "ずみ")]
                                + [a + b for a in ("はっきり", "きちんと", "ちゃんと", "しっかり", "明確に")
                                   for b in ("書いて", "と書いて", "記載", "と記載", "明記", "説明", "ご説明", "案内", "ご案内")])
_TOLD_WORDS = lazy(_from_rarest(_TOLD_WORD_LIST))
# The checking left to the reader, as the answer (ご自身でご確認ください / ご自身で契約書の特約をご確認ください /
# 提出前にご自身で十分確認してください): the work put back on them. (Not what they can do themselves,
# マイページからご自身でご確認いただけます.)
_LEFT_TO_THEM = (r"ご自身で[、,]?[^。]{0,20}?(ご確認|確認して|お確かめ|確かめて|お調べ|調べて|ご判断|判断して)"
                 r"(ください|下さい|くださいませ|いただけますか|願います)")
_ORDERS = Grammar(_FROM_NOW_ON_ORDER + "|" + _READ_FIRST + "|" + _DUTY + "|" + _SHOULD_HAVE + "|" + _LEFT_TO_THEM
                  + "|" + _READ_BEFOREHAND + "|" + _LEARN_FIRST + "|" + _DO_IT_RIGHT + "|" + _DUE_PRESSED + "|" + _THEY_SHOULD
                  + "|" + _SHOULD_BEFOREHAND + "|" + _SHOULD_AS_NORM,
                  spans_only=True)  # (gated by its words: 今後, 前に, てから, はず …; no group read)
# The words each kind of order needs: the sentences to read are found with one scan each
# (not 今後とも, the closing line of nearly every reply).
# (each word searched from its rarest character: see _from_rarest)
_ORDER_WORD_LIST = (
    ["次回", "以後", "これからは", "前に", "てから", "本来", "普通は", "一般的に", "常識的に", "常識として"]
    + ["が" + w for w in ("基本", "原則", "大前提", "前提", "当然", "当たり前", "普通", "常識", "筋", "鉄則", "マナー")]
    + ["はず", "必ず", "事前に", "前もって", "あらかじめ", "予め", "身につけ", "身に付け", "覚えて", "学んで", "勉強して", "習得して",
       "理解して", "見直して", "反省して", "改めて", "改善して", "よく", "よーく", "しっかり", "きちんと", "ちゃんと", "最後まで",
       "ば分か", "ばわか", "と分か", "とわか", "正しく", "直ちに", "ただちに", "べき", "ご自身で"])
_ORDER_WORDS = lazy(r"今後(?!とも)|" + _from_rarest(_ORDER_WORD_LIST))
# Our own staff held to it, as the sentence's end (…を、担当者全員に徹底してまいります / 社内で共有いたします)
_WE_SEE_TO_IT = lazy(r"[^。]{0,60}?(徹底|周知|指導|共有|教育|注意喚起)[^。]{0,10}?(まいります|いたします|いたしました|します|しました)")
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
    # (or what came of it called natural: 成績が上がらないのは当然の結果かと存じます)
    r"(?:常識|非常識|当然(?:のこと|の結果)?|当たり前(?:のこと|の結果)?|失格|マナー違反|礼儀|(?:当然|当たり前|最低限)の(?:マナー|常識|礼儀|ルール)"
    # (a grown-up's or a working person's basics: 書類は提出前に見直すのが社会人の基本です)
    r"|(?:社会人|大人|人間|ビジネスパーソン|ビジネスマン)(?:として)?の(?:基本|常識|マナー|礼儀|務め|鉄則|心得))"
    r"(?:です|でございます|だ|かと存じます|と(?:存じ|思い|考え)ます)"
    # (the reader's conduct judged: 理事の方がこのようなご相談をされるのはいかがなものかと存じます; not the
    # suggestion 〜してみるのはいかがでしょうか)
    r"|(?:の|こと)(?:は|も)[、,]?いかがなものか"
    # (common sense or restraint asked for as the whole request: 共同住宅ですので、常識の範囲でお過ごしください /
    # 節度を持ってご利用ください)
    r"|(?:常識|良識|節度|モラル)(?:の範囲(?:内)?で|的な範囲で|を(?:持|も)って|をわきまえて|を守って|ある(?:行動|ご利用|ふるまい|振る舞い))"
    r"[^。]{0,15}?(?:ください|下さい|お願い(?:いたし|し|申し上げ)ます)"
    # (or the rules and manners to keep, as the request: ルールを守ってご利用ください / マナーをお守り
    # いただきますようお願いいたします)
    r"|(?:ルール|マナー|決まり|規則|規約)を[、,]?(?:守って|お守り(?:いただ|の上|のうえ|くださ|をお願い))"
    r"[^。]{0,15}?(?:ください|下さい|お願い(?:いたし|し|申し上げ)ます)"
    # (others troubled, as the reason for an order: 他の会員様のご迷惑になりますので、予約は必ず前日までに
    # 取るようにしてください)
    # (pressed: not the plain notice ほかのお客様のご迷惑となりますので、館内での喫煙はご遠慮ください)
    r"|(?:ほか|他)の[^。、]{0,10}?(?:ご)?迷惑(?:に|と)(?:なり|なる)[^。、]{0,6}?(?:ので|ため|から)[、,]"
    r"(?=[^。]{0,40}?(?:必ず|今後|次回|以後|二度と|くれぐれも|きちんと|ちゃんと|しっかり|ようにして))[^。]{0,40}?"
    r"(?:ください|下さい|お願い(?:いたし|し|申し上げ)ます)"
    r"|(?:社会人|大人|人間|親|保護者|ビジネスパーソン|ビジネスマン)として(?:失格|非常識|恥ずかしい|あるまじき|いかがなもの)"
    # (a duty laid on the reader's kind, or called a natural one: 発送期限を守るのは出店者として当然の義務です /
    # 申告は住民の義務ですので; not 当社の義務, ours, nor シートベルト着用が義務です, a law told)
    r"|(?:の|こと)(?:は|が)[、,]?[^。、]{0,12}?(?:当然|当たり前)の(?:義務|務め|責務)(?:です|でございます|だ|かと存じます|となります)"
    r"|(?:住民|市民|区民|町民|村民|入居者|会員|利用者|出店者|出品者|契約者|お客|ご本人|保護者|ご家庭|各自)(?:様|さま)?の(?:義務|責務)"
    r"(?:です|でございます|だ|となります|とされて)"
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
_NORM_WORD_LIST = ("常識|当然|当たり前|失格|マナー違反|礼儀|として|社会人の|大人の|人間の|ビジネス|良識|節度|モラル|迷惑に"
                   "|ルールを|マナーを|決まりを|規則を|規約を|義務|責務"
                   "|迷惑と|普通|いかがなもの|どなた|誰|だれ|避けられ|やむを得|やむをえ|仕方|しかた|しょうがな|どうしようもな").split("|")
_NORM_WORDS = lazy(_from_rarest(_NORM_WORD_LIST))
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


# The trigger: the words of the three parts as one alternation, each word from its rarest character,
# the commonest stops first and what follows a stop read before what stands behind it
# (_from_rarest_parts), with 今後 and the こと of a rule. (The three parts joined as they were, each
# in code-point order with a look-behind per word, and a stop such as と or に walked past the
# alternatives of the parts before its own: 50.0k -> 45.8k instructions a reply, searched over the
# whole of every reply.) It matches where one of the parts does, in the same sentence.
_TRIGGER_WORDS = _ORDER_WORD_LIST + _TOLD_WORD_LIST + _NORM_WORD_LIST
_TRIGGER = lazy(_from_rarest_parts(_TRIGGER_WORDS, 0, ahead_first=True)[0] + r"|今後(?!とも)|" + _KOTO_END.pattern)
# The most characters a match of the trigger or of a part holds, with what its look-ahead reads after
# it (今後(?!とも), こと。 and a blank): searched that far past a sentence, a match that starts in it is
# found as a search to the end of the reply finds it
_REACH = max(max(map(len, _TRIGGER_WORDS)), 4) + 2


def _holding(norm: str, sentences: list[Sentence], part) -> list[Sentence]:
    """Those of `sentences` in which a match of `part` starts (as Document.sentences_with finds them)."""
    end = len(norm)
    out = []
    for s in sentences:
        m = part.search(norm, s.nstart, min(end, s.nend + _REACH))
        if m is not None and m.start() < s.nend:
            out.append(s)
    return out


# (its parts found in the few sentences that hold the trigger, from its first match on: each part was
# scanned over all the body, to the reply's end, four scans where one does)
@triggered_by(_TRIGGER)
def lecturing(doc: Document, ctx: CheckContext):
    norm = doc.norm
    written = doc.linted_sentences(seg.BODY, seg.CLOSING)
    if ctx.trigger is None:  # (triggers off: every sentence is read for every part)
        koto = orders = told = norms = written
    else:
        held = doc.sentences_with(ctx.trigger, written, doc.cache.get(ctx.trigger_key), _REACH)
        koto, orders, told, norms = (_holding(norm, held, part) for part in (_KOTO_END, _ORDER_WORDS, _TOLD_WORDS, _NORM_WORDS))
    found = {}
    for s in koto:
        end = _end_of_words(norm, s.nstart, s.nend)
        if norm.endswith("こと", s.nstart, end) and not _wrapped_on(doc, s):
            m = _KOTO.search(norm, max(s.nstart, end - 4), s.nend)
            if m is not None:
                found[s.nstart] = (s, m, True)
    norm_ids = {id(s) for s in norms}
    for s in orders:
        if s.nstart not in found:
            m = _ORDERS.search(norm, s.nstart, s.nend)
            if m is not None and ("べき" in m.group() or _DUE_AT.match(norm, m.start())) \
                    and id(s) in norm_ids and _norm_held(norm, s) is not None:
                continue  # (守るべきものですので、…ご相談をされるのはいかがなものかと存じます / 申告は住民の義務です
                # ので、期限までに必ず提出してください: the norm held over them is the reprimand, reported below)
            if m is not None and not (m.group().startswith(_RIGHT_WORDS) and norm.endswith(_HOW_SAID, s.nstart, m.start())
                                      and not norm.endswith(_REASON_ENDS, s.nstart, m.start())):
                found[s.nstart] = (s, m, False)  # (not 〜て、きちんと〜てください: how to do it, said first)
    for s in told:
        if s.nstart not in found:
            m = _TOLD.search(norm, s.nstart, s.nend) or _pointed_only(doc, written, s)
            if m is not None:
                found[s.nstart] = (s, m, False)
    for s in norms:
        if s.nstart not in found:
            m = _norm_held(norm, s)
            if m is not None:
                found[s.nstart] = (s, m, None)
    for s, m in _check_what_was_written(doc, written):
        if s.nstart not in found:
            found[s.nstart] = (s, m, False)
    # (koto: True for an order in the form of a rule, None for a norm held, False for the others)
    for _at, (s, m, koto) in sorted(found.items()):
        if _in_note(norm, s.nstart, m.end()):
            continue  # (※…すること, (…すること): a note to the writer, template/agent-note's)
        if koto is False and norm.endswith("こと", m.start(), m.end()) and _WE_SEE_TO_IT.search(norm, m.end(), s.nend):
            continue  # 今後は、理由を必ず明記すること、…を、担当者全員に徹底してまいります: what our staff are
            # to do, as our promise, not an order to the reader
        if koto is False and _OUR_WAY.search(norm, _after_reason(norm, s.nstart, m.start()), m.start()):
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
