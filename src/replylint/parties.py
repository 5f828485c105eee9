"""Who acts in a reply: our side or the customer's.

Our side is the company (弊社, 当店 …), the writer (私, わたくしども), its staff by role (担当者, 係の者,
スタッフ, 上司) or title (店長, 部長, 院長), and the people the reply names as ours: the signature,
the self-introduction, and a name the reply gives with one of our words (弊社の岡部課長, 担当の山田,
導入担当である山内). The customer's side is お客様, the addressee and their people (ご家族, 貴社,
貴社の部長), and anyone named with 様.

Built once per reply (Document.parties) and read by every keigo and positive check, so that one
phrase is judged one way everywhere.
"""

from __future__ import annotations

import weakref

from . import segments as seg
from .acts import BU_SURNAME_CHARS
from .regexes import by_first_char, lazy

OWN, CUSTOMER = "own", "customer"

# -- the words --------------------------------------------------------------------------
COMPANY = ("弊社", "当社", "弊店", "当店", "弊行", "当行", "弊所", "当方", "弊組合", "当組合", "弊院", "当院", "当館",
           "当センター", "当窓口", "当クリニック", "当ホテル", "当校", "当園")
FIRST_PERSON = ("私ども", "わたくしども", "私共", "私", "わたくし", "わたし", "僕")
# Staff by role (a word a reply uses of its own people; 係の者, 担当の者: "the person in charge").
STAFF = ("担当者", "担当", "係の者", "担当の者", "係員", "係", "スタッフ", "社員", "店員", "職員", "作業員", "技術者",
         "技術員", "配達員", "配送員", "上司", "責任者", "オペレーター", "サポート", "窓口", "営業", "医師", "看護師",
         "担当医", "主治医", "薬剤師", "講師", "トレーナー", "インストラクター", "コーチ", "監督", "整備士", "ドライバー",
         # (the trades' own people: a bus company's drivers, a ryokan's cooks, an agency's licensed staff)
         "運転士", "運転手", "乗務員", "添乗員", "ガイド", "調理師", "シェフ", "衛生士", "歯科衛生士", "技師", "保育士",
         "美容師", "スタイリスト", "セラピスト", "取引士", "宅地建物取引士", "税理士", "社労士", "司法書士", "行政書士",
         "仲居", "コンシェルジュ", "アドバイザー", "コンサルタント", "カウンセラー", "エンジニア",
         # (a clinic's, a town office's or a care home's own people: 担当の保健師が伺います)
         "保健師", "助産師", "栄養士", "療法士", "介護士", "福祉士", "相談員", "支援員", "指導員",
         # (the department in charge, as a reply names its own: 担当部署が復旧作業を進めております)
         "担当部署", "担当部門")
TITLES = ("部長", "課長", "係長", "社長", "主任", "室長", "所長", "支店長", "店長", "次長", "専務", "常務",
          "取締役", "会長", "副社長", "マネージャー", "マネジャー", "リーダー", "センター長", "部長代理", "工場長",
          "院長", "副店長", "支配人", "館長", "園長", "料理長", "板長", "女将", "校長", "教頭", "塾長", "教室長", "駅長",
          "局長", "理事長", "学長", "編集長", "機長", "船長", "事務長", "看護師長", "施設長")
# Units of ours that stand before a colleague's name (サポートセンターの山田, 営業部の田中部長).
UNITS = ("部", "課", "室", "センター", "チーム", "支店", "店", "営業所", "事務所")
# What stands before a colleague's name: the company, a role, a unit.
OWN_PREFIX_WORDS = ("担当", "担当者", "弊社", "当社", "当店", "弊店", "弊行", "当行", "係", "スタッフ", "窓口") + UNITS
# More of our units before a name, read in a self-introduction (サポートの山田になります); not scanned
# from for a colleague's title (keigo/wrong-direction's trigger): サポート stands in most replies.
INTRO_UNITS = ("サポート", "デスク", "事務局")
# A third party's staff, named by where they stand (先方の担当者様, 納品先及び荷受け担当者様): neither
# ours nor the customer's, and honoured as others are.
THIRD_PARTIES = ("先方", "取引先", "お取引先", "納品先", "お届け先", "配送先", "配達先", "管理会社", "委託先", "提携先",
                 "仕入先", "仕入れ先", "メーカー", "配送業者", "運送会社", "業者", "相手方", "先様", "加盟店", "販売店",
                 # (institutions the reader deals with, which name themselves 当院, 当署: 病院の看護師様に
                 # お伝えください, from a funeral home; round 26)
                 "病院", "医療機関", "警察", "警察署", "市役所", "区役所", "役所", "保険会社", "カード会社")
THIRD_PARTY_BEFORE = lazy("(?:" + "|".join(THIRD_PARTIES) + r")(?:の|及び|および|や|と|、|,)[^。、]{0,6}$")
# The customer's company or office (貴社の部長: theirs).
CUSTOMER_COMPANY = ("貴社", "御社", "貴店", "貴院", "貴行", "貴校")
CUSTOMER_WORDS = ("お客様", "お客さま", "お客", "ご本人", "ご家族", "ご契約者", "皆様", "皆さま", "あなた", "ご自身",
                  "ご担当者", "先生") + CUSTOMER_COMPANY
HONORIFIC_SUFFIX = ("様", "さま", "殿")
NAME_SUFFIX = ("さん", "様", "さま", "くん", "君", "ちゃん", "氏")

_OWN_HEAD = COMPANY + FIRST_PERSON + STAFF + TITLES  # (read with str.endswith: cheaper than a pattern)
_SUFFIXES = HONORIFIC_SUFFIX + ("さん",)
_PERSON_HEAD = CUSTOMER_WORDS + _SUFFIXES + ("方", "方々")  # (貴社の担当の方)
_CUSTOMER_ANY = lazy("|".join(CUSTOMER_WORDS + HONORIFIC_SUFFIX))
_THEIR_OWNER = lazy("(?:" + "|".join(CUSTOMER_COMPANY) + r"|様|さま)の")
_OUR_OWNER = lazy("(?:" + "|".join(COMPANY) + ")の?")
_NOT_UNITS = ("一部", "全部", "大部", "内部", "外部", "細部", "一室", "個室", "和室", "洋室", "客室")  # (some, all; a room)
# The units a consumer never has (not 室: 教室, 会議室 are places; not 店, 支店: the customer's shop)
_TEAMS = ("チーム", "部", "課", "センター", "部門", "部署")
_COUNT = lazy(r"(?:[0-9０-９]+|[一二三四五六七八九十数]+)(?:名|人)$|一同$|全員$|たち$|達$|ら$")
# (not 一部の, 全部の: some, all; 一部のプレイヤー様 are customers)
# (部 not in 一部, 全部, nor a family name: 阿部, 岡部, 長谷部 — see acts.TO_A_COMPANY)
OWN_PREFIX = lazy("(?:" + "|".join(f"(?<![一全大{BU_SURNAME_CHARS}])部" if w == "部" else w
                                   for w in OWN_PREFIX_WORDS)
                  # (or our house and a unit of it, whatever its name: 弊社営業の山本, 当社技術の佐々木)
                  + r"|(?:弊社|当社|当店|弊店|弊行|当行)[一-龥ァ-ヶー]{1,8}" + ")の?$")
# A sentence that says who acts, read as text: ours (弊社で, 担当者から, こちらで, 私が) or the
# customer's (お客様, ご自身, 〜様が).
OWN_MARK = lazy("(?:" + "|".join(COMPANY + ("私ども", "わたくしども", "担当者", "担当")) + ")"
                      r"|こちら(?:で|から)|私(?:が|から)")
# (and whoever of them, as the one who may: どなたでもご利用できます)
CUSTOMER_MARK = lazy(r"お客様|お客さま|ご自身|様(?:が|は|で|にて|から)|どなた(?:様|さま)?(?:でも|も)")
# A person the reply names with one of our words: 弊社の岡部課長, 担当の山田, 導入担当である山内.
# (longest first; words of one length in their own order, so that the pattern is the same in
# every process and its compiled program can be shipped: two words of one length never both match)
_OUR_PERSON_WORDS = tuple(sorted(set(COMPANY + STAFF + UNITS + TITLES), key=lambda w: (-len(w), w)))
# What stands right after a name (a title, さん, a particle, です), read ahead of it: its literal words, and
# the characters of its one class besides the blanks (\s).
# (the titles and さん are tried before the class, the particles and です after it)
_AFTER_NAME_TITLES = TITLES + ("さん",)
_AFTER_NAME_ENDS = ("から", "より", "でございます", "です", "と申します")
_AFTER_NAME_WORDS = _AFTER_NAME_TITLES + _AFTER_NAME_ENDS
_AFTER_NAME_CHARS = "がはもにをと、。"
# The first letters of our words that stand in most replies, mostly not in one of our words (アカウント,
# スマートフォン, マイページ, 上記, 会員): each of their words is found at its second letter, the first read
# behind it, so that re stops at fewer letters (the findall 3.1 -> 2.4 µs per reply over the 2k
# generated replies, alone). The same names are found: such a word that starts at p is tried at p + 1
# before the words that start there, as re tried it at p before them (a letter of _OUR_PERSON_LATE
# starts none but the late words); and past a match, where re goes on from the name's end e, no late
# word can start at e - 1, the name's last letter: what follows a name (_AFTER_NAME_WORDS, ..._CHARS,
# a blank) stands at e, and no late word's rest after its first letter begins with one of those or is
# the start of one (tests/test_parties.py). A match's start moves, never its name: only findall and
# the name's end are read.
_OUR_PERSON_LATE = "アカストマ上会"
_OUR_PERSON = lazy(
    # (grouped by first character, the same matches: 20.8 -> 15.7 ms over the 2k corpus and the dev sets;
    # the late words first, each group's words in their order)
    "(?:" + by_first_char([w[1] + "(?<=" + w[:2] + ")" + w[2:] for w in _OUR_PERSON_WORDS if w[0] in _OUR_PERSON_LATE]
                          + [w for w in _OUR_PERSON_WORDS if w[0] not in _OUR_PERSON_LATE]) + ")"
    # (a one-kanji family name too, 融資担当の林が, and a name in Latin letters, 講師のEmma; not
    # 担当の方, 係の者, the customer's person or a role)
    # (a name in katakana ends where its word does: 担当のケアマネジャーさん is a role, not ケア with マネジャー)
    # (or after a middle dot, as a list of our staff writes it: 前任の講師・森も)
    r"(?:の|である|の者である|・|\s)\s*(?P<name>(?![方者人皆])[一-龥々]{1,4}?|[ァ-ヶー]{2,8}?(?![ァ-ヶー])|[A-Z][a-z]{1,11})"
    "(?=" + "|".join(_AFTER_NAME_TITLES) + "|[" + _AFTER_NAME_CHARS + r"\s]|" + "|".join(_AFTER_NAME_ENDS) + ")")

_ASSIGNED = ("担当者", "担当", "係", "係の者", "担当の者")  # roles we give a customer's case
# The people a travel agency or a coach company sends with a group (添乗員様, 乗務員様): a hotel writing to
# the agency, a business reader, names them as the client's own (round 35, a blind writer's clean mails)
_TOUR_STAFF = ("添乗員", "乗務員", "ガイド", "運転手", "ドライバー")
# Roles of ours before a name given 先生 (講師の佐々木先生, 担当の山下先生); not 主治医 or 担任, the
# customer's own doctor or teacher as often as ours
_OUR_TEACHING_ROLES = frozenset(("講師", "担当", "担当者", "担当医", "担当講師", "インストラクター", "トレーナー", "コーチ",
                                 "当院", "当校", "当教室"))
# (longest first, then by spelling: a set's order changes with each process's string hashing, and
# the pattern must be the one compiled.marshal holds)
_TAUGHT_BY_OURS = lazy(r"([ご御]?(?:" + "|".join(sorted(_OUR_TEACHING_ROLES, key=lambda w: (-len(w), w)))
                             + r"))の\s*([一-龥々]{2,4}?)\s*先生")
SUBJECT_PARTICLES = ("が", "は", "も", "から", "より")
_NOUNISH = ("名詞", "接尾辞", "接頭辞", "代名詞")


# Nouns after a clause that carry its subject on to the sentence's predicate (担当者が確認したうえで、
# ご連絡いたします: the same person acts both times), unlike a thing the clause describes.
_CLAUSE_NOUNS = frozenset(("ところ", "所", "うえ", "上", "後", "あと", "際", "ため", "為", "場合", "時", "とき", "次第", "まま",
                           "結果", "以上", "限り", "こと", "事", "の", "もの", "よう", "ほど", "とおり", "通り"))


# How far before its predicate a subject is looked for, in words: further than the longest
# sentence of the dev sets' replies (130 words), near enough that a run of predicates with no
# subject (お休みされるお休みされる…) costs linear time, not quadratic.
_SUBJECT_REACH = 200
# How far after its が a describing clause's verb may stand (講師が使った: 1; 担当の講師が先週の授業で
# 使った: 6); the bound keeps the search linear in a sentence of many が and no verb.
_CLAUSE_REACH = 12


def _in_relative(toks, k: int, i: int) -> bool:
    """The が at toks[k] marks who acts in a clause that describes a noun before toks[i] (講師が使った
    教材をご覧になりたい: 講師 used it; the reader wants to see it), not who does toks[i]."""
    j, stop = k + 1, min(i, k + _CLAUSE_REACH)
    while j < stop and toks[j].pos[0] not in ("動詞", "形容詞"):
        if toks[j].surface in ("、", ",", "。"):
            return False
        j += 1
    if j >= stop:
        return False
    e = j + 1
    while e < i and toks[e].pos[0] in ("助動詞",) or e < i and toks[e].pos[1] == "非自立可能" and toks[e].pos[0] == "動詞":
        e += 1
    if not toks[e - 1].cform.startswith("連体形"):
        return False  # (詳しく|ご説明なさいます: an adverb's form, not one that describes a noun)
    if e + 1 < i and toks[e].pos[0] == "接頭辞":  # (作成した|お|見積書)
        e += 1
    return e < i and toks[e].pos[0] == "名詞" and toks[e].pos[2] != "副詞可能" and toks[e].surface not in _CLAUSE_NOUNS


class Parties:
    """Our side and the customer's in one reply. `doc` gives the text (Document)."""

    def __init__(self, doc) -> None:
        # (a weak reference: the document keeps its Parties, and a cycle between the two would
        # leave every reply that asks who acts to the garbage collector instead of freeing it)
        self._doc = weakref.proxy(doc)
        self._ours: str | None = None
        self._theirs: str | None = None
        self._names: frozenset[str] | None = None

    @property
    def our_people(self) -> str:
        """The text that names our people: the signature and self-introduction (Document.own_names),
        and each name the reply gives with one of our words, a line each."""
        if self._ours is None:
            # (sorted: a set's order changes with the hash seed, and a test of two letters across
            # two names must not)
            self._ours = self._doc.own_names + "\n" + "\n".join(sorted(self.our_names))
        return self._ours

    @property
    def addressee(self) -> str:
        if self._theirs is None:
            self._theirs = self._doc._text_of(seg.ADDRESSEE)
        return self._theirs

    def is_ours(self, name: str) -> bool:
        """A name our signature, self-introduction or own words give (a one-letter name only as
        our own words give it whole: 融資担当の林)."""
        if len(name) == 1:
            return name in self.our_names and name not in self.addressee
        return len(name) >= 2 and name in self.our_people and name not in self.addressee

    @property
    def our_names(self) -> frozenset[str]:
        """The names the reply gives with one of our words (担当の林, 講師のEmma), each whole."""
        if self._names is None:
            # (findall gives the pattern's one group, the name, with no match object built for each:
            # tests/test_parties.py checks it has one)
            self._names = frozenset(_OUR_PERSON.findall(self._doc.own_text))
        return self._names

    def side_of(self, toks, j: int, k: int, particle: str = "が", person: bool = False) -> str | None:
        """OWN / CUSTOMER for the noun phrase toks[j:k] (marked by `particle`), None when it names
        neither side. `person`: only a phrase that is a party itself (お客様, 田中様, not
        お客様のお名前, which names their thing)."""
        side = self._side_of(toks, j, k, particle)
        if person and side == CUSTOMER:
            np = "".join(t.surface for t in toks[j:k])
            if not np.endswith(_PERSON_HEAD):
                return None
        return side

    def _side_of(self, toks, j: int, k: int, particle: str) -> str | None:
        np = "".join(t.surface for t in toks[j:k])
        if not np:
            return None
        # (how many of them: 弊社のスタッフ5名が / 担当者2名が / スタッフ一同が are the staff)
        counted = _COUNT.search(np)
        if counted and counted.start() > 0:
            np = np[:counted.start()]
            while k > j + 1 and toks[k - 1].nstart >= toks[j].nstart + counted.start():
                k -= 1
        # our company's unit: 弊社の開発チームが, 当社の技術部が; or a unit named to a consumer, who
        # has none (開発チームが修正に…); to a company, a bare 開発チームが is theirs as often
        if np.endswith(UNITS) and not np.endswith(_NOT_UNITS) and not _THEIR_OWNER.search(np) and not _CUSTOMER_ANY.search(np) \
                and (_OUR_OWNER.match(np) or self._doc.reader == "consumer" and np.endswith(_TEAMS)):
            return OWN
        last = toks[k - 1]
        # 〜の者 is how one speaks humbly of one's own people only (提携業者の者が, 配送の者が)
        if np.endswith("の者") and not _CUSTOMER_ANY.search(np):
            return OWN
        if np.endswith(_SUFFIXES):
            base = np[:-2] if np.endswith("さま") or np.endswith("さん") else np[:-1]
            # サポート担当者様, 担当の山田さん: our staff, honoured by mistake (not ご担当者様: theirs)
            if (base.endswith(STAFF) and not base.startswith(("ご", "御")) and not _CUSTOMER_ANY.search(base)
                and not (base.endswith(_TOUR_STAFF) and self._doc.reader != "consumer")) \
                    or (np.endswith("さん") and self._named_ours(toks, j, k - 1)):
                return OWN
            return CUSTOMER
        # (a surname is often read as a place: 山岡 is 地名 to the tokenizer)
        if np.endswith("先生") and k - 2 >= j and toks[k - 2].pos[1] == "固有名詞" and self._sensei_ours(toks, j, k - 2):
            return OWN
        if np.endswith(_OWN_HEAD):
            # 貴社の部長, 田中様のご家族の担当: theirs; お客様の担当者: ours (the one who serves them)
            if np.endswith(CUSTOMER_WORDS):
                return CUSTOMER
            if _THEIR_OWNER.search(np):
                # 田中様の担当者: ours, assigned to them; 貴社の担当者, 田中様の上司: theirs
                assigned = np.endswith(_ASSIGNED) and not any(w in np for w in CUSTOMER_COMPANY)
                return OWN if assigned else CUSTOMER
            # 中島部長: a name with its title is how one writes of the customer's people (ours are
            # 部長の中島), unless the name is given as ours (弊社の岡部課長, a name we sign with)
            name = k - 2 if last.surface in TITLES else k - 3  # (課|長: some titles come in two words)
            if np.endswith(TITLES) and name >= j and toks[name].pos[1] == "固有名詞" \
                    and not _OUR_OWNER.match(np) and not self.is_ours(toks[name].surface):
                return CUSTOMER
            return OWN
        if _CUSTOMER_ANY.search(np):
            return CUSTOMER
        # whoever we name as our company's (弊社の宅地建物取引士が, 当館の料理人が)
        owner = _OUR_OWNER.match(np)
        if owner is not None and owner.group().endswith("の") and owner.end() < len(np):
            return OWN
        # one of our people named by our words (融資担当の林が, 当日林が), whatever the tokenizer
        # takes the name for (林: a wood)
        if last.pos[0] == "名詞":
            found = _OUR_PERSON.search(np + "が")  # (the が: what _OUR_PERSON wants after a name)
            if (found is not None and found.end("name") == len(np) or found is None and last.surface in self.our_names) \
                    and not _THEIR_OWNER.search(np):
                return OWN
        if last.pos[0] == "名詞" and last.pos[1] == "固有名詞":
            name = last.surface
            if name in self.addressee:
                return CUSTOMER
            # A bare name (no 様) doing something is one of ours: customers are always named with 様.
            if (last.pos[2] == "人名" and particle in SUBJECT_PARTICLES) or _OUR_OWNER.match(np) or self.is_ours(name):
                return OWN
        return None

    def _taught_by_ours(self) -> frozenset[str]:
        """The surnames the reply gives 先生 after one of our teaching roles (担当の佐藤先生, 講師の
        山本先生), found once per reply: the same teacher named later by name alone is ours too."""
        found = self._doc.cache.get("parties.taught_by_ours")
        if found is None:
            found = self._doc.cache["parties.taught_by_ours"] = frozenset(
                m.group(2) for m in _TAUGHT_BY_OURS.finditer(self._doc.own_text)
                if not m.group(1).startswith(("ご", "御")))
        return found

    def _sensei_ours(self, toks, j: int, name: int) -> bool:
        """所長の山岡先生 (山岡税理士事務所), 弊社の山岡先生: one of ours given 先生, the name one we
        sign with, or named by our house or by the head of a unit our name ends in (所長: 事務所).
        A teacher or a doctor of the customer's (主治医の山口先生, 担任の先生) is none of these."""
        # (the name in our signature or self-introduction, not only in our words: 主治医の山口先生
        # is read by _OUR_PERSON as a person after a role)
        surname = toks[name].surface
        # (or named as ours elsewhere in the reply: 担当の佐藤先生が…。練習曲は佐藤先生がお決めになります)
        if len(surname) >= 2 and (surname in self._doc.own_names or surname in self._taught_by_ours()) and surname not in self.addressee \
                or _OUR_OWNER.match("".join(t.surface for t in toks[j:name])):
            return True
        if name - 2 < j or toks[name - 1].surface != "の":
            return False
        head = toks[name - 2].surface
        if head in _OUR_TEACHING_ROLES and not (name - 3 >= j and toks[name - 3].surface in ("ご", "御")):
            return True  # 講師の佐々木先生 / 担当の山下先生: a role we give our own people (not 主治医, 担任: theirs)
        if head == "長" and name - 3 >= j:  # (所|長: some titles come in two words)
            head = toks[name - 3].surface + head
        return head.endswith("長") and len(head) >= 2 and head in TITLES and self._doc.named_with(head[:-1]) \
            and head[:-1] not in self.addressee

    def _named_ours(self, toks, j: int, k: int) -> bool:
        """toks[j:k] is one of our people: a name given as ours, or after one of our words."""
        if k <= j:
            return False
        name = toks[k - 1].surface
        if k - 2 >= j and toks[k - 2].pos[2] == "人名":
            name = toks[k - 2].surface + name
        return self.is_ours(toks[k - 1].surface) or self.is_ours(name) \
            or bool(OWN_PREFIX.search("".join(t.surface for t in toks[j:k - 1])))

    def subject(self, toks, i: int, particles: tuple[str, ...] = SUBJECT_PARTICLES,
                person: bool = False, clause: bool = False) -> str | None:
        """OWN / CUSTOMER for the nearest noun phrase before toks[i] marked as who acts (by が, は,
        も, から, より), across commas and clauses; None when none names a side. `clause`: only
        within toks[i]'s own clause (a comma or another predicate ends the search:
        田中様が社長になられたと伺い、…申し上げます)."""
        k, stop = i - 1, max(0, i - _SUBJECT_REACH)
        while k > stop:
            t = toks[k]
            if clause and (t.pos[0] in ("動詞", "助動詞") or t.surface in ("、", ",")):
                return None
            if t.pos[0] == "助詞" and t.surface in particles and not (t.surface == "が" and _in_relative(toks, k, i)):
                j = k
                while j > 0 and (toks[j - 1].pos[0] in _NOUNISH
                                 or (toks[j - 1].surface == "の" and j > 1 and toks[j - 2].pos[0] in _NOUNISH)
                                 or (toks[j - 1].lemma == "ある" and j > 2 and toks[j - 2].surface == "で"
                                     and toks[j - 3].pos[0] in _NOUNISH)):
                    j -= 2 if toks[j - 1].lemma == "ある" else 1  # 導入担当|で|ある|山内
                    if k - j > 6:
                        break
                side = self.side_of(toks, j, k, t.surface, person)
                if side is not None:
                    return side
            k -= 1
        return None
