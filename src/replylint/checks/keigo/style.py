"""keigo/mixed-style: a です・ます reply with a plain sentence ending."""

from __future__ import annotations

from ... import segments as seg
from ...conjugate import masu_stem
from ...document import Document, Sentence
from ...engine import CheckContext, Hit
from ...regexes import lazy
from ...tokenize import Token
from ._common import _CASUAL_FINALS, _PLAIN, _POLITE, _PUNCT, _bare_final, _is, _te, _text

# Endings whose style the text alone tells, so that most sentences need no words: です・ます
# forms (polite) and ください (a request: neither style), with up to two sentence-final particles
# (か, ね, よ) and final punctuation after them. tests/test_triggers.py checks, on every reply we
# ship, that the words say the same. (Read with str methods: no ending ends in か, ね or よ, so
# past up to two of them the text ends in one or in none. Two regex searches of each sentence's
# tail cost more than the rest of the check's reading of it.)
_POLITE_ENDS = ("ます", "ました", "ません", "ませんでした", "ましょう", "ませ", "です", "でした", "でしょう")
_REQUEST_ENDS = ("ください", "下さい")
_REQUEST = "request"
# (a です・ます form and one full stop, as most sentences end: polite by _style_by_text's reading,
# told by one test of the reply's text, without cutting the sentence's tail out of it)
_POLITE_STOPS = tuple(e + "。" for e in _POLITE_ENDS)


def _style_by_text(doc: Document, s: Sentence) -> str | None:
    """_POLITE or _REQUEST when the sentence's last characters tell; None when its words must."""
    norm = doc.norm
    tail = norm[s.nstart:s.nend].rstrip("。!?")[-8:]  # the longest tail: ませんでした + two particles
    bare = tail.rstrip("かねよ")
    if len(tail) - len(bare) > 2:
        return None
    if bare.endswith(_POLITE_ENDS):
        return _POLITE
    if bare.endswith(_REQUEST_ENDS):
        return _REQUEST
    return None


def _ending(doc: Document, s: Sentence) -> list[Token] | None:
    """The sentence's tokens up to its predicate end (final punctuation and particles cut)."""
    toks = doc.sentence_tokens(s)
    n = len(toks)  # cut by index, copied once: a run of 100,000 marks is not copied at each
    aside, first = False, 0
    while n > first and toks[n - 1].pos[0] in _PUNCT:
        if toks[n - 1].surface in ")）" and not aside:
            # an aside in brackets after the sentence's end (…2時限までだ（詳しくは添付をご覧ください）。):
            # the sentence ends before it; a sentence that is all an aside ends inside it
            # (（なお、送料は無料である。）)
            j = next((j for j in range(n - 2, max(-1, n - 40), -1) if toks[j].surface in ("(", "（")), None)
            if j is None or j > 0 and toks[j - 1].pos[0] in _PUNCT:
                return None
            if j == 0:
                aside, first, n = True, 1, n - 1
            else:
                aside, n = True, j
            continue
        if toks[n - 1].surface in ")）」』】]〉》":
            return None  # ends in a quotation or an aside: not our sentence-final form
        n -= 1
    while n > first and toks[n - 1].pos[1] == "終助詞":
        n -= 1
    return toks[first:n] or None


# The words of a state, not an act, before こと: what is required or aimed at, not ordered
_STATE_ENDS = frozenset(("できる", "出来る", "ある", "いる", "おる", "られる", "れる"))


def _classify(toks: list[Token], aside: bool = False) -> tuple[str, int] | None:
    """(_POLITE | _PLAIN, index where the predicate starts) for a sentence's ending. Before an
    `aside` in brackets the tokenizer reads the last form as one that modifies (限定品である（…）):
    it ends the sentence all the same."""
    ends = ("終止形", "連体形") if aside else ("終止形",)
    last = toks[-1]
    prev = toks[-2] if len(toks) > 1 else None
    p0 = last.pos[0]
    # An order given as 〜すること / 〜しないこと (教習手帳を持参すること。): a rule's plain style; not
    # 〜とのこと (what was said), nor こと after a noun
    # (nor a state required or aimed at: 2年生以上であること, 1人で昇り降りできること, a condition's
    # list or a plan's goal)
    if _is(last, "事", "こと") and p0 == "名詞" and prev is not None and last.surface in ("こと", "事") \
            and (prev.pos[0] == "動詞" or prev.pos[0] == "助動詞" and prev.norm in ("ない", "ず")) \
            and prev.surface not in _STATE_ENDS \
            and prev.cform.startswith(("終止形", "連体形")):
        return _PLAIN, _predicate_start(toks[:-1])
    if p0 == "助動詞":
        if last.norm in ("です", "ます"):
            return _POLITE, len(toks) - 1
        if last.norm in ("た", "う", "よう", "ぬ", "ず", "ん") and prev is not None and prev.norm in ("です", "ます"):
            return _POLITE, len(toks) - 2
        if last.norm == "た" and prev is not None and prev.norm == "ない" and len(toks) > 2 \
                and toks[-3].norm == "ます":
            return _POLITE, len(toks) - 3
        # plain endings, the passive and causative ones included (反映される, 確認させる, 〜たい)
        if last.norm in ("だ", "た", "ない", "う", "よう", "まい", "れる", "られる", "せる", "させる", "たい", "らしい") \
                and last.cform.startswith((*ends, "意志推量形")):
            return _PLAIN, _predicate_start(toks)
        return None
    # (a verb's volitional is one word: 見直そう, 調べよう, しよう; polite 見直しましょう)
    if (p0 in ("動詞", "形容詞") or (p0 == "接尾辞" and last.ctype == "形容詞")) and last.cform.startswith(ends) \
            or p0 == "動詞" and last.cform.startswith("意志推量形"):
        if p0 == "動詞" and last.pos[1] == "非自立可能" and _is(last, "くださる", "下さる", "ござる", "御座る"):
            return None
        if p0 == "形容詞" and prev is not None and prev.pos[:2] == ("接尾辞", "形容詞的") and prev.nend == last.nstart:
            return None  # ご査収くさださい: an adjective run on to an adjective's stem is a garbled word (a typo of
            # ください), no plain ending: a です added to it would make it worse
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
    if pred[-1].surface in ("こと", "事") and pred[-1].pos[0] == "名詞":
        return _request_form(pred[:-1])
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
    if not tail and main.cform.startswith("意志推量形"):
        return lead + stem + "ましょう"
    if tuple(tail) in endings:
        return lead + stem + endings[tuple(tail)]
    # The passive or causative (反映される → 反映されます): the auxiliary is a 一段 verb.
    i = pred.index(main) + 1
    if tail and tail[0] in ("れる", "られる", "せる", "させる") and tuple(tail[1:]) in endings:
        return lead + main.surface + pred[i].norm[:-1] + endings[tuple(tail[1:])]
    if tail == ["たい"]:
        return lead + main.surface + "たいです"
    return None


def _request_form(pred: list[Token]) -> str | None:
    """〜すること / 〜しないこと as a request: 持参してください / 遅れないでください (お〜ください, the
    honorific, is left to the writer)."""
    text = "".join(t.surface for t in pred)
    if pred[-1].norm == "ない":
        return text + "でください"
    if pred[-1].pos[0] == "動詞" and _is(pred[-1], "する", "為る"):
        return text[:-len(pred[-1].surface)] + "してください"
    return None


_PROSE = (seg.GREETING, seg.BODY, seg.CLOSING)


def _judged(doc: Document, s: Sentence) -> bool:
    """Sentences whose ending we judge: written prose, not list items (whatever their marker),
    headings, labels or cut lines. The document model knows which lines are which."""
    if s.kind not in (seg.GREETING, seg.BODY, seg.CLOSING) or doc.is_fragment(s):
        return False
    # (an aside of its own, （なお、送料は無料である。）, ends at its full stop)
    if not s.terminated and not doc.norm[s.nstart:s.nend].rstrip().endswith(("。)", "。）", "!)", "！）")):
        nxt = s.line + 1
        # A line wrapped in the middle of a sentence is not a sentence end.
        if nxt < len(doc.lines) and doc.lines[nxt].nend > doc.lines[nxt].nstart:
            return False
        # An unterminated line that is one short phrase (a heading, a label) is not a sentence.
        # (told without its words when its text is that short: a word holds a character at least)
        if s.nend - s.nstart <= 3 or len(doc.sentence_tokens(s)) <= 3:
            return False
        if _goes_on_after_block(doc, s):
            return False
    return True


_JAPANESE = lazy(r"[ぁ-んァ-ヺ一-鿿]")


def _set_off(doc: Document, line) -> bool:
    """A line set off from the prose: a fragment (item, label …), indented, or with no Japanese
    in it (a command, a setting, a code)."""
    text = doc.norm[line.nstart:line.nend]
    return line.role in seg.FRAGMENT_ROLES or text[:1].isspace() or not _JAPANESE.search(text)


def _goes_on_after_block(doc: Document, s: Sentence) -> bool:
    """The sentence is cut by a line set off from the prose (a setting, a code, a sample:
    除外設定に書かれている / exclude: "…" / の「…」は、そのまま扱われます) and goes on after it: the
    next prose line begins with a particle, which no sentence begins with."""
    lines, k = doc.lines, s.line + 1
    set_off = False
    while k < len(lines) and (doc.is_blank(lines[k]) or _set_off(doc, lines[k])):
        set_off |= not doc.is_blank(lines[k])
        k += 1
    if not set_off or k >= len(lines):
        return False
    text = doc.norm[lines[k].nstart:lines[k].nend]
    nxt = doc.sentence_at(lines[k].nstart + len(text) - len(text.lstrip()))
    toks = doc.sentence_tokens(nxt) if nxt is not None else ()
    return bool(toks) and toks[0].pos[0] == "助詞"


_COPULA_ENDS = ("だ", "である", "だった", "であった", "ではない", "ではなかった", "じゃない", "じゃなかった")


def _copula_item(doc: Document, s: Sentence) -> tuple[list[Token], int] | None:
    """A list item that is a full sentence in the plain style: a noun said to be so with だ / である
    and a full stop (第1段階では、受講できるのは2時限までだ。). A step (設定画面を開く), an order
    (持参すること) or a label stays an item's fragment."""
    if s.kind not in (seg.GREETING, seg.BODY, seg.CLOSING) or doc.lines[s.line].role != seg.ITEM \
            or not doc.norm[s.nstart:s.nend].rstrip().endswith("。"):
        return None
    # (an item that ends as a です・ます form or a request, told by its text, is no plain copula:
    # its words say the same, tests/test_triggers.py; most items a reply numbers end so, and were
    # tokenized here for nothing)
    if doc.norm.endswith(_POLITE_STOPS, s.nstart, s.nend) or _style_by_text(doc, s) is not None:
        return None
    toks = _ending(doc, s)
    if toks is None:
        return None
    kind = _classify(toks)
    if kind is None or kind[0] != _PLAIN:
        return None
    k, n = kind[1], len(toks)
    # (the copula after a noun or a particle: 限定品|である, 2時限まで|だ; not a verb's or an
    # adjective's plain form)
    copula = any(_text(toks, j, n) in _COPULA_ENDS and toks[j - 1].pos[0] not in ("動詞", "形容詞", "助動詞")
                 for j in range(max(k, n - 4, 1), n))
    return (toks, k) if copula else None


def _noted(doc: Document, s: Sentence) -> bool:
    """A note marked with ※ (※返金額を確認してから送信すること※): a rule's or a memo's wording,
    not a sentence of the reply's prose."""
    text = doc.norm[s.nstart:s.nend].strip().lstrip("(（")
    return text.startswith("※") or text.rstrip("。)）").endswith("※")


def _spoken(doc: Document, s: Sentence, ending: list[Token]) -> bool:
    """The plain ending is followed by a particle of speech (あるよ, 大丈夫だね, 便利じゃん): the
    sentence is casual speech, which keigo/casual reports, not the written plain style."""
    toks = doc.sentence_tokens(s)
    n = len(ending) + (toks[0] is not ending[0])  # (the ending of an aside starts after its bracket)
    return n < len(toks) and toks[n].pos[1] == "終助詞" and _bare_final(toks[n].surface) in _CASUAL_FINALS


def mixed_style(doc: Document, ctx: CheckContext):
    judged: list[tuple[list[Token], int]] = []
    polite = requests = 0
    lines, norm = doc.lines, doc.norm
    # (a piece of a wrapped sentence only can open inside a quotation: most replies hold none)
    wrapped = bool(doc.wrapped())
    for s in doc.sentences:
        if s.kind not in _PROSE:
            continue  # (neither judged nor an item _copula_item reads)
        role = lines[s.line].role
        if role in seg.FRAGMENT_ROLES:
            if role == seg.ITEM:
                item = _copula_item(doc, s)
                if item is not None:
                    judged.append(item)
            continue
        # (_judged's kind and line tests are passed here, and a full stop ends it; an unterminated
        # line it turns away is no item either, which _copula_item alone reads)
        if not s.terminated and not _judged(doc, s):
            continue
        if wrapped and doc.opens_inside_quote(s):
            continue  # (the end of a quotation a wrapped line opened: 「落下、⏎…有料修理とする。」)
        if norm.endswith(_POLITE_STOPS, s.nstart, s.nend):
            polite += 1
            continue
        # (_style_by_text, written out: most sentences end here)
        tail = norm[s.nstart:s.nend].rstrip("。!?")[-8:]
        bare = tail.rstrip("かねよ")
        if len(tail) - len(bare) <= 2:
            if bare.endswith(_POLITE_ENDS):
                polite += 1
                continue
            if bare.endswith(_REQUEST_ENDS):
                requests += 1
                continue
        toks = _ending(doc, s)
        if toks is None:
            continue
        kind = _classify(toks, toks[-1].nend < doc.sentence_tokens(s)[-1].nstart
                         and doc.norm[toks[-1].nend:toks[-1].nend + 1] in ("(", "（"))
        if kind is None:
            continue
        if kind[0] == _POLITE:
            polite += 1
        elif not _spoken(doc, s, toks) and not (toks[-1].surface in ("こと", "事") and _noted(doc, s)):
            judged.append((toks, kind[1]))
    # A reply with one です・ます sentence, or one request (〜ください), is a です・ます reply however
    # many plain endings it has (本日到着した。返金は10日以内に行う予定である。…お問い合わせください。):
    # to a customer the plain ones are the slip. (With neither, a reply all in the plain style is
    # not mixed; keigo/casual speaks of its words.)
    if polite + requests == 0:
        return
    for toks, start in judged:
        found = _text(toks, start, len(toks))
        sugg = _polite_form(toks, start)
        msg = (f"です・ます調の返信に「{found}」という常体の文末が混ざっています。"
               + (f"「{sugg}」と書きます。" if sugg else "です・ます調にそろえます。"))
        yield Hit(toks[start].start, toks[-1].end, msg, sugg, sugg)


# -- keigo/double-honorific -------------------------------------------------------------
