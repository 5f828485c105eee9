"""A reply parsed once: text, normalized view, lines, segments, sentences and their tokens.

Every offset a rule sees or reports is a code-point offset into the ORIGINAL text. The
normalized view (NFKC) is what the matchers read; `view.start_in_original` maps back.

Each sentence is tokenized on its own, the first time a rule asks for its words
(`Document.sentence_tokens`). Most rules look for text first (see engine.triggered_by), so most
sentences of most replies are never tokenized; and since a sentence's words do not depend on
which rule asked first, or on the sentences around it, findings do not depend on that order.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from operator import attrgetter

from . import acts
from . import segments as seg
from .parties import NAME_SUFFIX, Parties
from .regexes import compile as compile_pattern
from .textview import NormalizedText
from .tokenize import Backend, Token

CHANNELS = ("email", "chat", "sns")
MODES = ("draft", "template")  # a reply about to be sent, or a macro with helpdesk placeholders


@dataclass(slots=True)
class Line:
    index: int  # 0-based
    start: int  # original offsets, line break excluded
    end: int
    nstart: int  # normalized offsets
    nend: int
    kind: str = seg.BODY
    role: str = seg.PROSE  # its shape, for body lines: prose, list item, heading, label, … (segments)


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    nstart: int
    nend: int
    line: int  # 0-based index of its line
    kind: str  # the segment it belongs to
    terminated: bool  # ends with 。 ! ? (not cut by a line break)
    words: list[Token] | None = None  # its tokens, once asked for (Document.sentence_tokens)


@dataclass(slots=True)
class Segment:
    kind: str
    start: int
    end: int


@dataclass
class Document:
    text: str
    channel: str
    view: NormalizedText
    lines: list[Line]
    sentences: list[Sentence]
    segments: list[Segment] = field(default_factory=list)
    mode: str = "draft"
    # chat: True, the first message of a conversation (it needs an opening); False, a later one;
    # None, not said (a rule may then report what only a first message owes as a suggestion)
    first_message: bool | None = None
    audience: str = "auto"  # who reads it, as set (rulespec.AUDIENCES); `reader` resolves auto
    backend: Backend | None = None  # the tokenizer that read it, for checks that look up a word
    templates: object = None  # the templates.TemplateLibrary the draft is compared with, if any
    # Derived data several checks share (computed by the first that needs it), so that each is
    # computed once per reply. Keys are "<module>.<what>".
    cache: dict = field(default_factory=dict, repr=False)
    # The normalized text (view.text), kept as a plain attribute: the checks read it about 56
    # times a reply, and a property costs a call each time.
    norm: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.norm = self.view.text

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column (in code points) of an original offset."""
        # (for a text without CR, whose lines are text.split("\n"): the line breaks counted in C
        # from the offset asked last, no list of the lines' starts built. The findings ask in order
        # of their starts, so a reply is read once however many findings it has; counted from its
        # start each time, a long line of many findings was read once per finding. Whether the text
        # holds a CR is asked once, as the first state.)
        state = self.cache.get("document.line_at")
        if state is None:
            state = self.cache["document.line_at"] = _TEXT_START if "\r" not in self.text else False
        if state is not False:
            at, line, start = state if offset >= state[0] else _TEXT_START
            breaks = self.text.count("\n", at, offset)
            if breaks:
                line += breaks
                start = self.text.rfind("\n", at, offset) + 1
            self.cache["document.line_at"] = (offset, line, start)
            return line, offset - start + 1
        k = bisect_right(self._line_starts, offset) - 1
        return k + 1, offset - self._line_starts[max(k, 0)] + 1

    @property
    def _line_starts(self) -> list[int]:
        starts = self.cache.get("document.line_starts")
        if starts is None:
            starts = self.cache["document.line_starts"] = [ln.start for ln in self.lines]
        return starts

    def original_span(self, nstart: int, nend: int) -> tuple[int, int]:
        """(start, end) in the original text for a span of the normalized view."""
        return self.view.start_in_original(nstart), self.view.end_in_original(nend)

    def sentence_text(self, s: Sentence) -> str:
        """The sentence in the normalized view."""
        return self.view.text[s.nstart:s.nend]

    def sentence_tokens(self, s: Sentence) -> list[Token]:
        """The sentence's tokens (offsets into the whole reply), tokenized on first use."""
        words = s.words
        if words is None:
            if self.backend is None:
                raise ValueError("this document was parsed without a tokenizer")
            words = self.backend.tokenize(self.view.text[s.nstart:s.nend], s.nstart)
            view = self.view
            if not view.identity:  # the normalized text changed length somewhere: map back
                words = [t._replace(start=view.start_in_original(t.nstart), end=view.end_in_original(t.nend))
                         for t in words]
            s.words = words
        return words

    @property
    def tokens(self) -> list[Token]:
        """Every sentence's tokens, in text order (tokenizes them all: for tests and tools)."""
        return [t for s in self.sentences for t in self.sentence_tokens(s)]

    @property
    def sentence_starts(self) -> list[int]:
        """Normalized start offset of each sentence, for bisecting."""
        starts = self.cache.get("document.sentence_starts")
        if starts is None:
            starts = self.cache["document.sentence_starts"] = [s.nstart for s in self.sentences]
        return starts

    def sentence_at(self, nstart: int) -> Sentence | None:
        """The sentence a normalized offset lies in (None between sentences and in quotes)."""
        k = bisect_right(self.sentence_starts, nstart) - 1
        if k >= 0 and nstart < self.sentences[k].nend:
            return self.sentences[k]
        return None

    def linted_sentences(self, *kinds: str) -> list[Sentence]:
        """Sentences of the given segment kinds (default: all but quoted and signature; the
        header's subject and title lines are read by the customer too).
        Shared by every check that asks: read it, do not change it."""
        key = ("document.linted", kinds)
        found = self.cache.get(key)
        if found is None:
            wanted = kinds or _LINTED_KINDS
            found = self.cache[key] = [s for s in self.sentences if s.kind in wanted]
        return found

    def sentences_with(self, rx: re.Pattern, sentences: list[Sentence],
                       first: re.Match | None = None, reach: int | None = None) -> list[Sentence]:
        """Those of `sentences` (in text order) in which `rx` matches, found with one search per
        sentence kept rather than one per sentence. `rx` must not anchor, nor look around past a
        sentence's edge: a match inside a sentence is then a match in the whole text. A match
        that runs past its sentence's end keeps the sentence too, which only costs a little
        work. `first`: rx's first match in the whole text, when the caller has it (a search from
        any offset up to its start finds the same match). `reach`: the most characters a match
        of rx holds, when the caller knows it: the searches then end that far past the last
        sentence (a match that starts in it is still found whole, so the same sentences are
        kept), not at the end of the reply, whose signature was scanned for a match that kept
        nothing."""
        out: list[Sentence] = []
        norm = self.view.text
        if not sentences:
            return out
        end = len(norm) if reach is None else min(len(norm), sentences[-1].nend + reach)
        if first is not None and first.start() >= sentences[0].nstart:
            m = first
        else:
            m = rx.search(norm, sentences[0].nstart, end)
        if m is None:
            return out
        at = m.start()  # (read once per match, not twice per sentence: most sentences lie before it)
        for s in sentences:
            if at < s.nstart:
                m = rx.search(norm, s.nstart, end)
                if m is None:
                    break
                at = m.start()
            if at < s.nend:
                out.append(s)
        return out

    def segment(self, kind: str) -> Segment | None:
        for s in self.segments:
            if s.kind == kind:
                return s
        return None

    # -- the parts of a reply, as the checks read them -------------------------------------
    def role(self, s: Sentence) -> str:
        """The shape of the line a sentence stands on (segments.PROSE, ITEM, HEADING, …)."""
        return self.lines[s.line].role

    def is_fragment(self, s: Sentence) -> bool:
        """A list item, heading, label, URL or letter mark: not a sentence whose ending is judged."""
        return s.kind == seg.HEADER or self.lines[s.line].role in seg.FRAGMENT_ROLES

    def set_apart(self, s: Sentence) -> bool:
        """The sentence's words are set apart by spaces, as やさしい日本語 writes for a reader learning
        Japanese (引っ越した 日から 14日以内に 来てください): plain words are what that reader reads."""
        return len(_SET_APART.findall(self.view.text, s.nstart, s.nend)) >= 3

    def is_blank(self, ln: Line) -> bool:
        """A line with nothing but blanks: it separates paragraphs (and a list from its lead)."""
        return ln.nstart == ln.nend or not self.view.text[ln.nstart:ln.nend].strip()

    def list_lead(self, s: Sentence) -> Sentence | None:
        """The prose sentence that introduces the list item `s` stands in (次の点にご注意ください。
        / 次の内容を書いて送るだけです。), or None when `s` is no item or nothing leads into its list.
        Its items are read with it: what it says they are (precautions, things to write) is what
        they are. (The leads of all lists are found in one pass over the lines.)"""
        leads = self.cache.get("document.list_leads")
        if leads is None:
            leads = self.cache["document.list_leads"] = {}
            lines, lead = self.lines, None
            for i, ln in enumerate(lines):
                if ln.role == seg.ITEM:
                    leads[i] = lead
                    continue
                if self.is_blank(ln):
                    continue  # (a blank line between the lead and its list)
                lead = None
                if ln.role == seg.PROSE:
                    k = bisect_right(self.sentence_starts, ln.nend - 1) - 1
                    if k >= 0 and self.sentences[k].line == i:
                        lead = self.sentences[k]
        return leads.get(s.line)

    def own_sentences(self) -> list[Sentence]:
        """The writer's own running text: prose sentences of the opening, body and closing, without
        list items, headings, labels, URLs, letter marks, postscripts, and what follows a letter's
        結語 (or its 記, when the letter closes before it). Structure checks count their windows
        (the first sentences, the last ones) in these."""
        found = self.cache.get("document.own")
        if found is None:
            foot = self.letter_foot
            end = foot.nstart if foot is not None else self.cache.get("document.appendix_start", len(self.view.text))
            found = self.cache["document.own"] = [
                s for s in self.linted_sentences(seg.GREETING, seg.BODY, seg.CLOSING)
                if self.lines[s.line].role == seg.PROSE and s.nstart < end]
        return found

    def act(self, rx: re.Pattern, s: Sentence) -> re.Match | None:
        """`rx` (a grammar of `acts`) in sentence `s`; each is searched once per sentence, since
        the parser and several checks ask about the same sentences."""
        cache = self.cache
        key = (rx, s.nstart)
        found = cache.get(key, _UNSEEN)
        if found is _UNSEEN:
            wrapped = cache.get("document.wrapped")
            if wrapped is None:
                wrapped = self.wrapped()
            span = wrapped.get(s.nstart)  # (most sentences stand whole: no span built for them)
            if span is None:
                found = cache[key] = rx.search(self.view.text, s.nstart, s.nend)
            else:
                found = cache[key] = rx.search(self.view.text, span[0], span[1])
        return found

    def act_text(self, s: Sentence) -> str:
        """The text `act` searches for sentence `s` (the whole of a wrapped sentence), for a caller
        that tests it for a word every match of an act holds before asking the act."""
        wrapped = self.cache.get("document.wrapped")
        if wrapped is None:
            wrapped = self.wrapped()
        span = wrapped.get(s.nstart)
        return self.view.text[s.nstart:s.nend] if span is None else self.view.text[span[0]:span[1]]

    def wrapped(self) -> dict[int, tuple[int, int]]:
        """A sentence a writer wrapped onto the next line after a comma (このたびはお問い合わせいただき、
        ⏎誠にありがとうございます。/ ご不明な点がございましたら、⏎お気軽にお問い合わせください。),
        as the span of its whole: each piece's start maps to it. What a sentence does (an act) is
        read in the whole, so either piece opens, offers or closes as the sentence does. Built once,
        in one pass over the sentences."""
        found = self.cache.get("document.wrapped")
        if found is None:
            found = self.cache["document.wrapped"] = {}
            norm, lines, sentences = self.view.text, self.lines, self.sentences
            run: list[Sentence] = []
            for k, s in enumerate(sentences):
                if s.terminated and not run:
                    continue  # (a run of one: most sentences)
                run.append(s)
                nxt = sentences[k + 1] if k + 1 < len(sentences) else None
                if nxt is not None and not s.terminated and nxt.line == s.line + 1 and s.kind in _WRITTEN \
                        and nxt.kind in _WRITTEN and lines[s.line].role == lines[nxt.line].role == seg.PROSE \
                        and norm[s.nstart:s.nend].rstrip().endswith(("、", ",")) and len(run) < 4:
                    continue
                if len(run) > 1:
                    span = (run[0].nstart, run[-1].nend)
                    for t in run:
                        found[t.nstart] = span
                run = []
        return found

    def last_written(self, sentences: list[Sentence], n: int) -> list[Sentence]:
        """The end of `sentences` (in text order) that holds their last `n` sentences as written:
        the pieces of a sentence wrapped after a comma (see `wrapped`) count as one, so that a
        window of the last sentences reaches as far back in a wrapped reply as in the same reply
        unwrapped. Reads at most 4n sentences from the end."""
        wrapped = self.wrapped()
        if not wrapped and n > 0:
            return sentences[-n:]  # (no sentence wrapped, as in most replies: each counts once)
        k, count, span = len(sentences), 0, None
        while k > 0:
            here = wrapped.get(sentences[k - 1].nstart)
            if here is None or here != span:
                if count == n:
                    break
                count += 1
            span = here
            k -= 1
        return sentences[k:]

    def opens_inside_quote(self, s: Sentence) -> bool:
        """Sentence `s` is a later piece of a wrapped sentence (see `wrapped`) and begins inside a
        quotation an earlier piece opened (規定には「落下、⏎衝撃などによる損傷は、⏎有料修理とする。」と…):
        its words, and its ending, are the quotation's, not the writer's. On one line the splitter
        reads the brackets itself; across the wrap it is read here, once per reply, one pass over
        each wrapped run."""
        found = self.cache.get("document.quoted_pieces")
        if found is None:
            found = self.cache["document.quoted_pieces"] = set()
            wrapped = self.wrapped()
            norm, span, depth, at = self.view.text, None, 0, 0
            for b in sorted(wrapped):  # (a run's pieces follow one another)
                if wrapped[b] != span:
                    span, depth, at = wrapped[b], 0, b  # (its first piece)
                    continue
                for m in _BRACKETS.finditer(norm, at, b):
                    depth = depth + 1 if m.group() in _OPEN else max(0, depth - 1)
                at = b
                if depth:
                    found.add(b)
        return s.nstart in found

    def open_offer(self, s: Sentence) -> bool:
        """Sentence `s` offers help with anything more (ご不明な点がございましたら、お気軽に…),
        not with this matter alone (金額の変更をご希望の場合は、…お問い合わせください)."""
        # (its open-ended words asked first: few sentences hold them, and OFFER, a long grammar,
        # is then searched only in those; cold-apology asked it of each sentence that does something)
        return self.act(acts.OPEN_ENDED, s) is not None and self.act(acts.OFFER, s) is not None

    def letter_words(self) -> tuple[re.Match | None, re.Match | None]:
        """A formal letter's 頭語 (at the start of one of its first sentences: a title may stand
        above it) and 結語, as matches in the normalized text; None for each that is not there."""
        norm = self.view.text
        foot = self.letter_foot
        return self.letter_head(), foot and acts.LETTER_FOOT.fullmatch(norm, foot.nstart, foot.nend)

    def letter_head(self) -> re.Match | None:
        """letter_words()[0], the 頭語 alone: for a caller that reads no 結語 (finding the 結語
        reads the reply's last sentences, letter_foot)."""
        norm = self.view.text
        head = None
        first = self.linted_sentences(seg.GREETING, seg.BODY, seg.CLOSING)[:3]  # (under a title)
        if not first:
            return None
        # (every 頭語 starts with one of these letters: looked for between the sentences' bounds
        # first, a sixth of the cost of the two matches tried in each sentence; in the span cut
        # once, as str.find with bounds parses its arguments at each call: 15k -> 10k instructions a call)
        span = norm[first[0].nstart:first[-1].nend]
        if not any(map(span.__contains__, acts.HEAD_WORD_FIRSTS)):
            return None
        for s in first:
            at = _HANDLE.match(norm, s.nstart, s.nend)  # (or after the @name an SNS reply begins with)
            head = acts.LETTER_HEAD.match(norm, at.end() if at else s.nstart, s.nend)
            if head:
                break
        return head

    @property
    def letter_foot(self) -> Sentence | None:
        """A letter's 結語 (敬具, 草々 …), or None."""
        key = "document.letter_foot"
        if key not in self.cache:
            if _FOOT_WORD.search(self.view.text) is None:
                # (every 結語 is one of these words, spaced out or not: in most replies none
                # stands, and their sentences are not walked from the end for one)
                self.cache[key] = None
                return None
            foot = letter_foot(self.sentences, self.view.text)
            self.cache[key] = foot if foot is not None else self._foot_after_words()
        return self.cache[key]

    def _foot_after_words(self) -> Sentence | None:
        """A 結語 after a blank at the end of the last sentence, with no full stop before it, as a
        printed greeting card sets it (…お礼かたがたご挨拶申し上げます　敬具): a sentence of its own
        made for it, within the last one."""
        norm = self.view.text
        last = next((s for s in reversed(self.sentences) if s.kind not in (seg.QUOTED, seg.SIGNATURE)
                     and norm[s.nstart:s.nend].strip()), None)
        if last is None or not norm[last.nstart:last.nend].rstrip().endswith(acts.FOOT_WORDS):
            return None  # (the test of its last words first: the pattern would be tried at each character)
        m = _FOOT_AFTER_WORDS.search(norm, last.nstart, last.nend)
        if m is None:
            return None
        a, b = self.original_span(m.start(1), m.end(1))
        return Sentence(a, b, m.start(1), m.end(1), last.line, last.kind, last.terminated)

    @property
    def condoles(self) -> bool:
        """The reply's matter opens on words of mourning or sympathy, its first sentence past any greeting (ご逝去の報に
        接し、謹んでお悔やみ申し上げます): a letter of condolence, which by custom goes straight to
        the news, with no greeting of the season or of thanks before it. (A reply on other business
        that offers its condolences later is not one.)"""
        # (past our introduction too: 〜の森でございます。…ご連絡をいただき、心よりお悔やみ申し上げます)
        # (a word every condolence begins with looked for in the whole text first: few replies hold
        # one, and the others' first sentences are then not searched one by one)
        if acts.CONDOLENCE_NEEDS.search(self.view.text) is None:
            return False
        for s in self.own_sentences():
            if s.kind == seg.GREETING:
                continue
            if self.act(acts.CONDOLENCE, s) is not None:
                return True
            if not _introduces(self.norm, s):
                return False
        return False

    @property
    def ends_conversation(self) -> bool:
        """A chat message whose own last words end the conversation: the chat closed (CHAT_ENDS:
        これでチャットを終了いたします) or the matter told as finished (MATTER_ENDS: 以上です / お手続きは
        以上で完了です) in one of its last two sentences. The last turn, whatever the caller says of
        the first."""
        if self.channel != "chat":
            return False
        found = self.cache.get("document.ends_conversation")
        if found is None:
            norm = self.view.text
            # (a word every end holds, looked for in the whole message first, in a string's own search:
            # MATTER_ENDS_NEEDS, CHAT_ENDS_NEEDS; most chat messages hold none of them)
            found = self.cache["document.ends_conversation"] = any(
                w in norm for w in acts.MATTER_ENDS_NEEDS + acts.CHAT_ENDS_NEEDS) and any(
                acts.MATTER_ENDS.fullmatch(norm, s.nstart, s.nend) is not None
                or any(w in self.act_text(s) for w in acts.CHAT_ENDS_NEEDS) and self.act(acts.CHAT_ENDS, s) is not None
                for s in self.own_sentences()[-2:])
        return found

    @property
    def quotes_customer(self) -> bool:
        found = self.cache.get("document.quotes_customer")
        if found is None:  # (asked by several checks: one walk of the lines, in C: a generator
            # resumed per line cost 13k instructions a reply)
            found = self.cache["document.quotes_customer"] = seg.QUOTED in map(_KIND, self.lines)
        return found

    @property
    def answers_inquiry(self) -> bool:
        """Whether the reply answers a customer's message, and so owes an offer of further help.

        A chat always does, and so does an email that quotes the message. An email does not when
        it is a letter that answers no inquiry: a formal letter (拝啓 … 敬具), a notice (お客様各位,
        a dated header, a title such as 〜のお知らせ), a reply to a proposal or an invitation, an
        absence, a text to many (皆様には, 一部のお客様). Otherwise it does when it speaks of the
        customer's message (お問い合わせいただき, ご質問の件, ご連絡ありがとうございます, 〜とのこと);
        and when it does not, it does when it is written to one person by name (浜野様): a support
        reply that reports what was done. Business correspondence to a company (御中, 株式会社 …
        様), such as an apology between companies, a text to whoever is in charge (ご担当者様,
        お客様) and a text addressed to no one answer no inquiry."""
        found = self.cache.get("document.answers_inquiry")
        if found is None:
            found = self.cache["document.answers_inquiry"] = self._answers_inquiry()
        return found

    def _answers_inquiry(self) -> bool:
        if self.channel != "email" or self.quotes_customer:
            return True
        norm = self.view.text
        # (no line is quoted here)
        if self.letter_foot is not None or _holds_any(norm, acts.HEAD_WORD_FIRSTS) \
                and acts.LINE_WITH_LETTER_HEAD.search(norm):
            return False
        # (most replies have no header line: asked of the lines' kinds first, in C)
        header = [norm[ln.nstart:ln.nend] for ln in self.lines if ln.kind == seg.HEADER] \
            if seg.HEADER in map(_KIND, self.lines) else ()
        # (no generator is made for the header lines most replies do not have)
        if header and any(seg.is_reply_subject(h) for h in header):
            return True
        if header and any(seg.is_date_line(h) or acts.NOTICE_TITLE.search(h) for h in header):
            return False
        # A reply that says it answers no one's message (unprompted) answers none; otherwise it
        # answers one when it speaks of their message or is written to one person. (unprompted,
        # the costliest test, asked last: a third of replies do neither, and are then done.)
        return (acts.INQUIRY.search(self.own_text) is not None or self.recalls_question
                or self._written_to_one()) and not self.unprompted

    def _written_to_one(self) -> bool:
        """No word of the customer's message: a reply to one person still answers them (a support
        reply that reports what was done); a letter to a company, or to nobody named, does not."""
        addressee = self._text_of(seg.ADDRESSEE)
        # (a change of ours announced to one customer is a notice: 基本料金が変更になります)
        # (nor a message we write first, to tell them something: 〜についてご連絡いたします)
        return bool(addressee and not acts.TO_A_COMPANY.search(addressee) and not acts.TO_ANYONE.search(addressee)
                    and not acts.ANNOUNCES.search(self.own_text)
                    and not any(self.act(acts.WE_WRITE_FIRST, s) for s in self.own_sentences()[:4]))

    @property
    def recalls_question(self) -> bool:
        """The customer's question is recalled under a heading of the body before it is answered
        (■ご質問 / 【お問い合わせ内容】 / ご相談の件:): the mail answers a question, whatever its
        prose says."""
        found = self.cache.get("document.recalls_question")
        if found is None:
            norm = self.view.text
            # (a word every heading's match holds looked for first: four replies in ten hold none,
            # and their lines are then not walked)
            found = self.cache["document.recalls_question"] = _holds_any(norm, _ASKED_WORDS) and _heading_asks(norm, self.lines)
        return found

    @property
    def unprompted(self) -> bool:
        """The reply says it answers no one's message: a notice to many (お客様各位, 皆様には,
        an addressee line such as ショップオーナーの皆様), a reply to a proposal or an invitation,
        an absence, the result of a selection declined."""
        found = self.cache.get("document.unprompted")
        if found is None:
            own = self.own_text
            addressee = self._text_of(seg.ADDRESSEE)
            found = self.cache["document.unprompted"] = bool(
                acts.TO_MANY.search(addressee) or addressee.rstrip().endswith(_A_GROUP) or _A_KIND.search(addressee)
                or acts.TO_MANY.search(own) or acts.NOT_AN_ANSWER.search(own))
        return found

    @property
    def reader(self) -> str:
        """Who reads the reply: consumer, business or technical (rulespec.READERS). The setting
        when it names one; for `auto`, read from the reply: addressed to an engineer by role
        (開発ご担当者様, システム管理者様), to the IT department (情報システム部) or to those who
        install or run equipment (サービス課, 施設管理課, 設備課), to someone who
        administers a system (sent to its admin console or control panel, or to the identity provider
        the company signs in through: Entra ID側で), given settings to make
        (a port, an address, a TTL, a VLAN's number: 443番ポート, 192.0.2.10, VLAN 20), or answered by a technical
        desk (テクニカルサポート) to no department other than IT, is technical (unless they say they are
        new to it, as the reply restates them: はじめて管理者になられたとのこと); to a company, another department,
        whoever is in charge there or runs a business (株式会社…, 総務部, ご担当者様, 〜御中, 店主),
        speaking of 貴社 or of the reader's work for a company (ご出張, 経費精算, 承認者), or written by a
        desk that serves businesses (法人サポート, 出店者サポート),
        is business, and so is someone addressed at their workplace (あおば薬局 駅前店 / 管理薬剤師 高田 様);
        otherwise a consumer."""
        if self.audience != "auto":
            return self.audience
        found = self.cache.get("document.reader")
        if found is None:
            addressee = self._text_of(seg.ADDRESSEE)
            if self._technical:
                found = "technical"
            elif addressee and (acts.TO_A_COMPANY.search(addressee) or acts.TO_A_DEPARTMENT.search(addressee)
                                or acts.TO_AN_OWNER.search(addressee) or acts.TO_A_WORKPLACE.search(addressee)
                                or _to_staff(addressee)) \
                    or _holds_any(self.own_text, acts.THEIR_ORGANISATION_HOLDS) and acts.THEIR_ORGANISATION.search(self.own_text) \
                    or _holds_any(self.own_text, acts.AT_WORK_HOLDS) and acts.AT_WORK.search(self.own_text) \
                    or acts.FOR_BUSINESSES.search(self.signed_text):
                found = "business"
            else:
                found = "consumer"
            self.cache["document.reader"] = found
        return found

    def read_by(self, readers: tuple[str, ...]) -> bool:
        """Whether `reader` is one of `readers`, worked out only as far as they need: a technical
        reader is one of them or not, and of a set that holds both consumer and business (most
        phrases' readers) or neither (IT staff alone: jargon/acronym's DNS), so is any other
        (the tests of a business reader are not run)."""
        if self.audience == "auto" and "document.reader" not in self.cache:
            if self._technical:
                return "technical" in readers
            if ("consumer" in readers) == ("business" in readers):
                return "consumer" in readers
        return self.reader in readers

    @property
    def _technical(self) -> bool:
        """Whether `reader`, read from the reply (audience auto), is technical."""
        found = self.cache.get("document.technical")
        if found is None:
            addressee = self._text_of(seg.ADDRESSEE)
            # (a technical desk's answer to a department it names that is not IT's, such as
            # コールセンター運営部, is read by that department: the desk does not make them engineers)
            # (nor does a console they were just put in charge of, when they say they are new to it)
            # (a desk's word is looked for in the whole text before signed_text is put together: its
            # lines are the text's, joined by line breaks, which no piece of TECHNICAL_DESK_HOLDS holds)
            found = self.cache["document.technical"] = bool(
                (addressee and acts.TO_ENGINEERS.search(addressee) or _holds_any(self.own_text, acts.ADMINISTERS_HOLDS) and acts.ADMINISTERS.search(self.own_text)
                 or _holds_any(self.view.text, acts.TECHNICAL_DESK_HOLDS) and acts.TECHNICAL_DESK.search(self.signed_text) and not (addressee and acts.TO_A_DEPARTMENT.search(addressee))
                 or _holds_any(self.own_text, acts.IDENTITY_PROVIDER_HOLDS) and acts.IDENTITY_PROVIDER.search(self.own_text)
                 or acts.TECHNICAL_SETTING_NEEDS.search(self.own_text) and acts.TECHNICAL_SETTING.search(self.own_text)
                 or acts.THEIR_ADMIN_WORDS.search(self.their_words))
                and not acts.NEW_TO_IT.search(self.their_words))
        return found

    @property
    def to_colleague(self) -> bool:
        """The reply is written inside our organisation, to a colleague (an internal help desk to
        an employee, a head office to its branches' staff): it opens with お疲れさまです and names
        its reader with さん or as the staff at large (営業二課の川口さん、お疲れさまです / 社員各位),
        or answers from the desk for those who work with us (講師サポート to a tutor, 先生),
        never with 様 or 御中. Colleagues' keigo holds there: お疲れさまです, さん for one of us,
        〜てもらえますか."""
        found = self.cache.get("document.to_colleague")
        if found is None:
            found, norm = False, self.view.text
            for s in self.linted_sentences()[:4]:
                m = acts.COLLEAGUES_GREETING.search(norm, s.nstart, s.nend)
                if m is not None:
                    head = norm[:m.start()]
                    # (named as one of us, or answered by the desk for our tutors, drivers or staff)
                    found = bool(acts.COLLEAGUE_NAMED.search(head) or acts.WORKERS_DESK.search(self.signed_text)) \
                        and not acts.NAMED_WITH_HONOUR.search(head)
                    break
            self.cache["document.to_colleague"] = found
        return found

    @property
    def reader_called_san(self) -> bool:
        """The addressee line names the reader with さん, never with 様, 殿 or 御中 (法学部4年 鈴木
        陸 さん): a school writing to its student, a desk to a colleague. A request in 〜てもらえますか
        is that register's own."""
        found = self.cache.get("document.reader_called_san")
        if found is None:
            text = self._text_of(seg.ADDRESSEE)
            lines = text.split("\n") if "さん" in text else ()  # (asked of every reply; most have no さん)
            found = self.cache["document.reader_called_san"] = \
                any(line.rstrip().endswith("さん") for line in lines) and not _honoured("".join(lines))
        return found

    def of_trade(self, trades: tuple[str, ...]) -> bool:
        """Whether our side's name (Document.own_names) holds one of these words of a trade
        (はやぶさネット証券 for 証券): the reply comes from that trade. Asked once per trade."""
        return self._holds("document.trades", trades, lambda: self.own_names)

    @property
    def new_to_trade(self) -> bool:
        """The reply says the reader is new to what we deal in (初めてのお取引, 古書のご購入は初めて,
        @invest_beginner): a trade's words its customers know are not theirs yet."""
        found = self.cache.get("document.new_to_trade")
        if found is None:
            found = self.cache["document.new_to_trade"] = bool(acts.NEW_TO_TRADE.search(self.view.text))
        return found

    def says(self, signs: tuple[str, ...]) -> bool:
        """Whether our own words hold one of these signs of who the reader is (a collector's 探求書,
        目録, a designer's ご入稿いただいた data): the reply speaks of what the reader does; unless
        the reply says they are new to it or not versed in it (初めてのご注文, デザインには詳しくない
        とのこと): whatever they do, the trade's words are not theirs yet."""
        if not self._holds("document.signs", signs, lambda: self.own_text):
            return False
        found = self.cache.get("document.says_new")
        if found is None:
            found = self.cache["document.says_new"] = self.new_to_trade or bool(acts.NEW_TO_IT.search(self.their_words))
        return not found

    def in_profession(self, trades: tuple[str, ...], ours: bool = True) -> bool:
        """Whether the reader works in one of these trades: a business or technical reader, and
        the addressee names it (コールセンター運営部 様) or, with `ours`, our side's name does
        (ミナト国際物流: a company that buys a trade's services deals in them). A private customer
        never does; an addressee line that names a workplace of the trade (ひだまり居宅介護支援事業所,
        which no grammar of companies reads as one) is no private customer, unless the setting says so."""
        # (the words first: most replies name no trade, and who reads them is then not worked out)
        if ours:
            named = self._holds("document.professions", trades, lambda: self.own_names + "\n" + self._text_of(seg.ADDRESSEE))
        else:
            named = self._holds("document.departments", trades, lambda: self._text_of(seg.ADDRESSEE))
        return named and not (self.reader == "consumer" and (ours or self.audience != "auto"))

    def _holds(self, kind: str, words: tuple[str, ...], text) -> bool:
        """Whether text() holds one of `words`, remembered per tuple of words under `kind`: each
        rule asks about the same few tuples of a trade's words."""
        memo = self.cache.setdefault(kind, {})
        found = memo.get(words)
        if found is None:
            where = text()
            found = memo[words] = any(w in where for w in words)
        return found

    @property
    def own_names(self) -> str:
        """The text where the reply names our side, a line each: the signature, a self-
        introduction among the first sentences (こはるBOXサポートの三浦です), what the customer
        uses of ours (こはるBOXをご利用いただき), a tag in the header (【こはるBOX】), and the
        sign-off that ends a short post (…どうぞお楽しみに。こはるBOX). A word found here is a
        name of ours."""
        found = self.cache.get("document.own_names")
        if found is None:
            norm = self.view.text
            parts = [self.signed_text] if self.signed_text else []
            own = self.own_text
            for m in acts.USES_OURS.finditer(own):
                # (not a way or a place: IFA経由でのご契約, 店頭へのご来店 name nothing of ours)
                if own[m.start() - 1:m.start()] in ("を", "の") and own[m.start() - 2:m.start()] not in ("での", "への", "との"):
                    name = _NAME_BEFORE.search(own, max(0, m.start() - 25), m.start() - 1)
                    # (not a person or a pet who joins: ソラちゃんのご加入, お子様のご契約)
                    if name and not name.group().endswith(NAME_SUFFIX):
                        parts.append(name.group())
            written = self.linted_sentences(seg.GREETING, seg.BODY, seg.CLOSING)
            # (a name, not a predicate: it does not end in kana that conjugates, as です or ね do)
            if len(written) > 1 and not written[-1].terminated and written[-1].nend - written[-1].nstart <= 20 \
                    and not "ぁ" <= norm[written[-1].nend - 1] <= "ゖ":
                parts.append(norm[written[-1].nstart:written[-1].nend])
            found = self.cache["document.own_names"] = "\n".join(parts)
        return found

    @property
    def signed_text(self) -> str:
        """Where the reply says who writes it, a line each: the signature, the header (a subject,
        a tag such as 【こはるBOX】) and a self-introduction among the first sentences."""
        found = self.cache.get("document.signed_text")
        if found is None:
            norm = self.view.text
            parts = [norm[ln.nstart:ln.nend] for ln in self.lines if ln.kind in _SIGNED]
            if self.introduction:
                parts.append(self.introduction)
            found = self.cache["document.signed_text"] = "\n".join(parts)
        return found

    @property
    def introduction(self) -> str:
        """The writer's self-introduction among the first sentences (ワールドトーク サポートの中村
        です), or our name said alone right after the opening greeting (お問い合わせありがとう
        ございます。ひかり証券です。), a sentence a line: the desk and the business the writer answers for."""
        found = self.cache.get("document.introduction")
        if found is None:
            norm, first = self.view.text, self.own_sentences()[:3]
            found = self.cache["document.introduction"] = "\n".join(
                norm[s.nstart:s.nend] for k, s in enumerate(first) if self.act(acts.INTRODUCTION, s)
                or k and first[k - 1].kind == seg.GREETING and acts.NAME_ALONE.match(norm, s.nstart, s.nend))
        return found

    @property
    def quoted_text(self) -> str:
        """The quoted message (the customer's inquiry), a line each."""
        found = self.cache.get("document.quoted_text")
        if found is None:
            norm = self.view.text
            found = self.cache["document.quoted_text"] = "\n".join(
                norm[ln.nstart:ln.nend] for ln in self.lines if ln.kind == seg.QUOTED)
        return found

    @property
    def their_words(self) -> str:
        """The customer's own words, a line each: their quoted message, and the clauses where
        the reply restates it (〜で文字化けする件ですね, 〜とのこと, お尋ねの追証の件, ご指摘のとおり、〜, ご依頼のRFジェネレーター).
        A word they used themselves is one they know."""
        found = self.cache.get("document.their_words")
        if found is None:
            parts = [self.quoted_text] if self.quoted_text else []
            own = self.own_text
            for m in acts.RESTATED.finditer(own):
                start = max(own.rfind("\n", 0, m.start()), own.rfind("。", 0, m.start())) + 1
                if m.group().startswith("との"):  # (a third party's word relayed is not theirs: acts.RELAYED_FROM)
                    back = own.rfind("\n", 0, max(0, own.rfind("\n", 0, start - 1)))
                    if acts.RELAYED_FROM.search(own, max(0, back, start - 200), m.start()):
                        continue
                parts.append(own[start:m.start()])
            if acts.NAMED_BY_THEM_NEEDS.search(own):
                parts += [m.group(1) for m in acts.ASKED_ABOUT.finditer(own)]
                parts += [m.group(1) for m in acts.AS_THEY_SAID.finditer(own)]
                parts += [m.group(1) for m in acts.REQUESTED.finditer(own)]
            parts += self._settled_topics()
            # (a matter named back to them as one of the first sentences: HA構成でのファームウェア
            # 更新ですね。 — the question they asked, in their words)
            norm = self.view.text
            first_body = [s for s in self.own_sentences() if s.kind == seg.BODY][:2]
            # (each such sentence ends in ですね or でございますね: one without すね is not tried)
            parts += [norm[s.nstart:s.nend] for s in first_body if norm.find("すね", s.nstart, s.nend) >= 0
                      and acts.MATTER_NAMED_BACK.fullmatch(norm, s.nstart, s.nend)]
            found = self.cache["document.their_words"] = "\n".join(parts)
        return found

    def in_their_words(self, word: str) -> bool:
        """Whether `word` is in their_words, told without building it where none of the word's
        places in the text could stand in one of its parts (their_words' searches cost more than
        all a check does with the word: jargon/acronym asks of each word it reports). A part is
        their quoted message, or a clause of ours: a restated clause ends where a match of
        acts.RESTATED starts, and every such match holds one of its gate's words before the
        next 。 (no line break or 。 stands inside the clause, none but a blank inside the match);
        what they asked about or said (ASKED_ABOUT, AS_THEY_SAID, REQUESTED) follows one of the
        words of NAMED_BY_THEM_NEEDS in the clause; a topic settled or a matter named back stands
        in the first sentences."""
        if "document.their_words" not in self.cache and "\n" not in word and word \
                and not self._asked_often("document.their_words_asked") and not self._may_be_theirs(word):
            return False
        return word in self.their_words

    def _may_be_theirs(self, word: str) -> bool:
        """Whether `word` may be in their_words (see in_their_words): False only where it cannot."""
        if word in self.quoted_text:
            return True
        # (the first sentences, where a settled topic or a matter named back stands, joined once per
        # reply: a word of one line is in one of them just when it is in the joined text)
        firsts = self.cache.get("document.first_own_text")
        if firsts is None:
            norm, own = self.view.text, self.own_sentences()
            firsts = self.cache["document.first_own_text"] = "\n".join(
                [norm[s.nstart:s.nend] for s in own[:2]] + [norm[s.nstart:s.nend] for s in [s for s in own if s.kind == seg.BODY][:2]])
        if word in firsts:
            return True
        text = self.own_text
        k = text.find(word)
        while k >= 0:
            after = k + len(word)
            stop = text.find("。", after)
            stop = len(text) if stop < 0 else stop
            if acts.RESTATED.may_match(text, after, stop):
                return True
            clause = max(text.rfind("\n", 0, k), text.rfind("。", 0, k)) + 1
            if acts.NAMED_BY_THEM_NEEDS.search(text, clause, k) is not None:
                return True
            k = text.find(word, k + 1)
        return False

    def _asked_often(self, key: str) -> bool:
        """Whether a shortcut counted under `key` has been taken _SHORTCUTS times in this reply
        (counting this one): each reads the text once, so that a reply that asks of many words
        then builds what they stand for, once (a reply stays linear in its length)."""
        n = self.cache.get(key, 0)
        self.cache[key] = n + 1
        return n >= _SHORTCUTS

    def _settled_topics(self) -> list[str]:
        """The things a chat turn settles as the customer asked (acts.AGREED, then では and each
        thing as a topic: acts.SETTLED_TOPIC), from the sentence after the agreement."""
        first = self.own_sentences()[:2]
        norm = self.view.text
        if len(first) < 2 or not acts.AGREED.fullmatch(norm, first[0].nstart, first[0].nend):
            return []
        said = norm[first[1].nstart:first[1].nend]
        if not said.startswith(("では", "それでは")):
            return []
        return [m.group(1) for m in acts.SETTLED_TOPIC.finditer(said)]

    @property
    def screen_labels(self) -> str:
        """The labels of the reader's screen the reply names in a menu path or in square
        brackets (acts.SCREEN_LABEL), a line each: words the reader reads in their own tool."""
        found = self.cache.get("document.screen_labels")
        if found is None:
            text = self.view.text
            # (every label stands beside an arrow, → or >, or in [ ]: without one, no search)
            found = self.cache["document.screen_labels"] = "\n".join(
                next(g for g in m.groups() if g) for m in _matches_at(acts.SCREEN_LABEL, text, _label_starts(text))) \
                if "→" in text or ">" in text or "[" in text else ""
        return found

    @property
    def screen_names(self) -> str:
        """The names of the tool's screens (acts.SCREEN_NAMED: マスタの画面), of its fields set to a
        value (acts.FIELD_SET: 文字コードを「UTF-8」に) and those values (acts.FIELD_VALUE:
        「当セッション限り」にされている), and of the file the reader has open
        (acts.FILE_ROW: 出荷指示CSVの3行目), and of the forms they hold (acts.FORM_NAMED: 同封の
        「書類追送届」), a line each."""
        found = self.cache.get("document.screen_names")
        if found is None:
            text = self.view.text
            # (a field's value stands in brackets before に or へ; a file's row or column is named
            # only where 3行目 or …た行が stands: FILE_ROW's look-ahead, searched at every word otherwise)
            # (a closing bracket first: one scan of a reply without brackets, not four; then 」に …
            # and 行 found as text, which costs a fraction of re's trying a class at every character)
            # (FIELD_VALUE and FORM_NAMED start at an opening bracket or the を or が before one:
            # tried there alone, see _matches_at)
            closes, fields, rows = self._screen_marks
            opens = _places(text, "「『") if closes else []
            matches = _by_line(acts.SCREEN_NAMED, text, _SCREEN_WORDS)
            if fields:
                matches += acts.FIELD_SET.finditer(text)
                matches += _matches_at(acts.FIELD_VALUE, text, [k - 1 for k in opens if k and text[k - 1] in "をが"])
            if rows:
                matches += acts.FILE_ROW.finditer(text)
            matches += _matches_at(acts.FORM_NAMED, text, opens)
            found = self.cache["document.screen_names"] = "\n".join([m.group(1) for m in matches])
        return found

    @property
    def _screen_marks(self) -> tuple[bool, bool, bool]:
        """What screen_names' searches need in the text, told once per reply (each word asked of
        _may_name_a_screen read the whole text for them again): a closing bracket; a field set to a
        value in brackets (」に, 」へ …: FIELD_SET and FIELD_VALUE); a file's row or column (3行目,
        …た行が: FILE_ROW)."""
        found = self.cache.get("document.screen_marks")
        if found is None:
            text = self.view.text
            closes = "」" in text or "』" in text
            found = self.cache["document.screen_marks"] = (
                closes, closes and any(b in text for b in _BRACKET_TO),
                "行" in text and ("行目" in text or "列目" in text or _ROW_AFTER_VERB.search(text) is not None))
        return found

    def in_own_tool(self, word: str) -> bool:
        """Whether the reader reads `word` in their own tool: among its labels (screen_labels),
        or a whole word of a screen's or their file's name (screen_names; not ログ in ログイン画面)."""
        if word in self.screen_labels:
            return True
        if "document.screen_names" not in self.cache and "\n" not in word and word \
                and not self._asked_often("document.screen_names_asked") and not self._may_name_a_screen(word):
            return False  # (screen_names' searches are not run)
        names = self.screen_names
        k = names.find(word)
        while k >= 0:
            if not (_KATAKANA_CHAR.match(names, k - 1) if k else False) and not _KATAKANA_CHAR.match(names, k + len(word)):
                return True
            k = names.find(word, k + 1)
        return False

    def _may_name_a_screen(self, word: str) -> bool:
        """Whether `word` (of one line) may be in screen_names: False only where none of its places
        in the text could stand in one of the names. A screen's name (SCREEN_NAMED) ends at most
        two characters (」 and の) before 画面, タブ or メニュー, and holds 20 characters at most; a
        form's name (FORM_NAMED), 24 at most before its closing bracket; a field and its value
        (FIELD_SET, FIELD_VALUE) and a file's row (FILE_ROW) are searched only where the text holds
        what they need, as screen_names tests it."""
        text = self.view.text
        closes, fields, rows = self._screen_marks
        if fields or rows:
            return True
        n = len(word)
        k = text.find(word)
        while k >= 0:
            for w in _SCREEN_WORDS:
                if text.find(w, k + n, k + 22 + len(w)) >= 0:
                    return True
            if closes and (text.find("」", k + n, k + 25) >= 0 or text.find("』", k + n, k + 25) >= 0):
                return True
            k = text.find(word, k + 1)
        return False

    def named_with(self, word: str) -> bool:
        """Whether one of our own names ends in `word` (そよかぜサーバー, 東和ロジスティクス):
        the word is then what we are, and every reader of ours knows it."""
        # Every name, desk and end below is a piece of own_names: a word not in it is none of
        # them (most words asked about, a jargon term each: the chunks are seldom built).
        if word not in self.own_names:
            return False
        names = self.cache.get("document.own_name_chunks")
        if names is None:
            chunks = _NAME_CHUNKS.split(self.own_names)
            # (a self-introduction names us before の: 東和ロジスティクスの川口です)
            chunks += [m.group(1) for c in chunks if c.endswith(_SELF_NAMED) for m in [_INTRODUCED.match(c)] if m]
            # (and a desk named by what it does, or a department by its own name: レファレンス担当,
            # 貸出カウンター, 与信管理部: its words are ours too, each piece of the name kept, so that a
            # word is looked up once whatever the number of desks)
            desks = {c[:-len(d)] for c in chunks if c.endswith(_DESK_WORDS) and len(c) <= _LONGEST_NAME
                     for d in _DESK_WORDS if c.endswith(d) and len(c) > len(d)}
            desks = {d[a:b] for d in desks for a in range(len(d)) for b in range(a + 1, len(d) + 1)}
            names = self.cache["document.own_name_chunks"] = (
                [c for c in chunks if len(c) <= _LONGEST_NAME], desks, {})
        names, desks, ends_of_length = names
        if word in desks:
            return True
        # The word ends a name, and no particle stands before it: 最新のファームウェア in a subject
        # is no name. The words of one length that names end in are gathered once (a set per
        # length asked, at most _LONGEST_NAME - 1 of them: a reply with many names and many words
        # to ask about stays linear), where every word of every name was gathered before.
        n = len(word)
        ends = ends_of_length.get(n)
        if ends is None:
            ends = ends_of_length[n] = {c[-n:] for c in names if n < len(c) and c[-n - 1] not in _PARTICLES} \
                if 0 < n < _LONGEST_NAME else set()
        return word in ends

    @property
    def parties(self) -> "Parties":
        """Who acts: our side and the customer's (parties.Parties), built once per reply."""
        found = self.cache.get("document.parties")
        if found is None:
            found = self.cache["document.parties"] = Parties(self)
        return found

    @property
    def own_text(self) -> str:
        """The normalized text of the opening, body and closing sentences, a line each."""
        found = self.cache.get("document.own_text")
        if found is None:
            found = self.cache["document.own_text"] = self._text_of(seg.GREETING, seg.BODY, seg.CLOSING)
        return found

    def _text_of(self, *kinds: str) -> str:
        """The normalized text of the sentences of these kinds, a line each (joined once per reply:
        the addressee's is asked by several tests)."""
        key = ("document.text_of", kinds)
        found = self.cache.get(key)
        if found is None:
            norm = self.view.text
            found = self.cache[key] = "\n".join([norm[s.nstart:s.nend] for s in self.linted_sentences(*kinds)])
        return found


_UNSEEN = object()
_KIND = attrgetter("kind")  # (a line's kind, for a walk of the lines in C: seg.QUOTED in map(_KIND, lines))
# How many words a reply's text is read for (Document.in_their_words, in_own_tool) before what they
# are looked up in is built: a check reports a few words a reply
_SHORTCUTS = 8
_WRITTEN = (seg.BODY, seg.GREETING, seg.CLOSING)
# (the kinds linted_sentences keeps by default, looked up by hash: a tuple compared each sentence's
# kind with the kinds before its own)
_LINTED_KINDS = frozenset((seg.HEADER, seg.ADDRESSEE, seg.GREETING, seg.BODY, seg.CLOSING))
_SIGNED = (seg.SIGNATURE, seg.HEADER)  # (Document.signed_text's lines: one tuple, not one built per line)
# A heading that recalls the customer's question before the answer (Document.recalls_question)
# A word's end, a space, and the next word (three in a sentence: its words are set apart)
_SET_APART = compile_pattern(r"[ぁ-んァ-ヶ一-龥][ 　](?=[ぁ-んァ-ヶ一-龥0-9０-９])")
_ASKED_HEADING = compile_pattern(r"ご質問|お?問い?合わ?せ(?:内容|の件)|問合せ(?:内容|の件)|ご相談(?:内容|の件)|お尋ね")
_ASKED_WORDS = ("問", "相談", "尋ね")  # (one of which every match of _ASKED_HEADING holds: tests/test_triggers.py)


_KATAKANA_CHAR = compile_pattern(r"[ァ-ヺー]")
# (what acts.FILE_ROW needs when no 行目 or 列目 stands: る or た, 行, a particle; searched from 行, a
# literal re finds at once, and only its truthiness is read: a class first stopped at every る and た)
_ROW_AFTER_VERB = compile_pattern(r"行(?<=[るた]行)[がをはにでの]")
_BRACKET_TO = ("」に", "」へ", "』に", "』へ")  # (what acts.FIELD_SET and FIELD_VALUE need: one of these)
_SCREEN_WORDS = ("画面", "タブ", "メニュー")  # (acts.SCREEN_NAMED's gate words: tests/test_document.py holds them equal)


def _heading_asks(norm: str, lines: list[Line]) -> bool:
    """Whether a short heading or item line of the body recalls the customer's question
    (_ASKED_HEADING): Document.recalls_question's walk of the lines, a plain loop (a generator
    resumed per line cost more than the tests it made)."""
    for ln in lines:
        if ln.kind == seg.BODY and ln.role in (seg.HEADING, seg.ITEM) and ln.nend - ln.nstart <= 20 \
                and _ASKED_HEADING.search(norm, ln.nstart, ln.nend) is not None:
            return True
    return False


# (offset, line, line's start) of a text's first character, where Document.line_col counts from
_TEXT_START = (0, 1, 0)


def _holds_any(text: str, words: tuple[str, ...]) -> bool:
    """Whether text holds one of `words` (a loop of `in`: cheaper than any() over a generator)."""
    for w in words:
        if w in text:
            return True
    return False


def _holds_any_between(text: str, words: tuple[str, ...], a: int, b: int) -> bool:
    """Whether one of `words` stands whole in text[a:b] (a loop of str.find: no slice, no generator)."""
    for w in words:
        if text.find(w, a, b) >= 0:
            return True
    return False


def _places(text: str, chars: str) -> list[int]:
    """Where each of `chars` stands in text, in order (found by str.find: a regex's pass for a
    class costs ten times as much a character)."""
    found = []
    for ch in chars:
        k = text.find(ch)
        while k >= 0:
            found.append(k)
            k = text.find(ch, k + 1)
    found.sort()
    return found


def _label_starts(text: str) -> list[int]:
    """Every place a match of acts.SCREEN_LABEL can start: at an opening bracket (its second and
    third branches), or right after → or > (its first, whose blanks before the bracket it holds)."""
    return sorted(set(_places(text, "「『[")).union(k + 1 for k in _places(text, "→>")))


def _matches_at(rx: re.Pattern, text: str, starts: list[int]) -> list[re.Match]:
    """rx.finditer(text), for a pattern none of whose matches is empty and which can start only at
    `starts` (in order): tried there alone, each from the end of the match before, as finditer
    tries every character. SCREEN_LABEL begins with a look-behind, so re has no first characters
    to scan for and tried the whole pattern at every character of the reply (180k instructions in
    a reply that quotes its inquiry with >, 40 times those of trying it at its brackets)."""
    found, end = [], 0
    for k in starts:
        if k >= end and (m := rx.match(text, k)) is not None:
            found.append(m)
            end = m.end()
    return found


def _by_line(rx, text: str, words: tuple[str, ...]) -> list[re.Match]:
    """rx.finditer(text) for a Grammar none of whose matches holds a line break (acts.SCREEN_NAMED):
    searched only in the lines that hold its gate's words, from `lead` characters before the first
    (the whole pattern was tried at every character from there to the end of the reply). The
    words are the gate's, found with str.find (re's pass over a reply for them cost six times
    as much): where the first of them stands is where the gate's search stops."""
    if rx.gate is None:
        return list(rx.finditer(text))
    found, regex, lead = [], rx.regex, rx.lead
    nexts = [text.find(w) for w in words]  # (each word's next place, -1 past its last)
    while (k := min((i for i in nexts if i >= 0), default=-1)) >= 0:
        a = text.rfind("\n", 0, k) + 1
        b = text.find("\n", k)
        b = len(text) if b < 0 else b
        found += regex.finditer(text, a if lead is None else max(a, k - lead), b)
        pos = b + 1
        nexts = [text.find(w, pos) if 0 <= i < pos else i for i, w in zip(nexts, words)]
    return found


def _honoured(addressee: str) -> bool:
    """A reader named with honour (acts.NAMED_WITH_HONOUR), or an account on a social network
    (@mika_tabi さん: a public reply)."""
    return "@" in addressee or acts.NAMED_WITH_HONOUR.search(addressee) is not None


# An addressee line that names a group (ショップオーナーの皆様, 会員の皆さま, 学生の皆さんへ)
_A_GROUP = ("皆様", "皆さま", "みなさま", "皆様へ", "皆さまへ", "みなさまへ", "皆さん", "みなさん", "皆さんへ", "みなさんへ")
# ...or the members of a kind that a clause picks out, written to as a group: 〜コースをご利用の
# 会員様へ, 3月末までにお申し込みのお客様へ (one customer is named: 山田様)
_A_KIND = compile_pattern(r"の(会員|お客|ご利用者|利用者|保護者|組合員|ご入居者|入居者|受講生|受講者|生徒|学生|患者|ご契約者|契約者)"
                     r"(様|さま)へ\s*$")


def _to_staff(addressee: str) -> bool:
    """Addressed to whoever holds a role there (ご担当者様, 管理者様), not to a customer (お客様)."""
    m = acts.TO_ANYONE.search(addressee)
    return bool(m) and not m.group().startswith(("お客", "ご利用者"))


# The name right before を/の ご利用 (こはるBOX in いつもこはるBOXをご利用いただき); Latin words
# before it with a space between belong to it (KOHARU MART)
_NAME_BEFORE = compile_pattern(r"(?:[A-Za-z0-9&.'-]{1,20} )*[^\s、。!?「」()]{1,24}$")
# What separates the names in Document.own_names: blanks, punctuation and a company's legal form
# (そよかぜサーバー カスタマーサポート, 東和ロジスティクス株式会社)
_NAME_CHUNKS = compile_pattern(r"[\s、。,・/()「」『』【】:]+|株式会社|有限会社|合同会社")
_PARTICLES = frozenset("のはをにがでとへもや")
_INTRODUCED = compile_pattern(r"(.+?)の[^の]{1,12}(?:です|でございます|と申します)$")
# (or a department of ours, by its own name: 営繕課, 与信管理部, 法務室)
_DESK_WORDS = ("担当", "係", "窓口", "デスク", "チーム", "カウンター", "センター", "課", "部", "室", "部門", "グループ")
# How _INTRODUCED's match ends (its $: a chunk holds no line break), to pass over other chunks at once
_SELF_NAMED = ("です", "でございます", "と申します")
_LONGEST_NAME = 16  # a longer chunk is a sentence or an address, no name of ours
_TERMINATORS = "。!?"
_OPEN = "「『(【[〈《"
_CLOSE = "」』)】]〉》"
_SENTENCE_MARKS = compile_pattern(r"[。!?「『(【\[〈《」』)】\]〉》]")


_BRACKETS = compile_pattern(r"[「『(【\[〈《」』)】\]〉》]")
# A sentence of a line without brackets, after its leading spaces: up to and with its run of
# terminators (group 1: 「!?」「。。」 end one sentence), or the rest of the line (group 2).
_PLAIN_SENTENCE = compile_pattern(r"[ \t\r]*+(?:([^。!?]*+[。!?]+)|([^。!?]++))")  # (possessive: the classes are disjoint)


def _split_sentences(text: str, honour_brackets: bool = True) -> list[tuple[int, int, bool]]:
    """(start, end, terminated) for the sentences of one line of normalized text."""
    if not text or text.isspace():
        return []
    if honour_brackets and not _BRACKETS.search(text):
        return _split_plain(text)  # most lines: one search splits them
    out: list[tuple[int, int, bool]] = []
    start = 0
    depth = 0
    for m in _SENTENCE_MARKS.finditer(text):
        ch = m.group()
        i = m.start()
        if ch in _OPEN:
            depth += honour_brackets
        elif ch in _CLOSE:
            depth = max(0, depth - honour_brackets)
        elif depth == 0 and i >= start:
            end = i + 1
            while end < len(text) and text[end] in _TERMINATORS:
                end += 1  # 「!?」「。。」 end one sentence
            out.append((start, end, True))
            start = end
    if depth and honour_brackets:
        return _split_sentences(text, honour_brackets=False)  # an unclosed bracket
    if text[start:].strip():
        out.append((start, len(text), False))
    # Leading spaces are not part of a sentence.
    trimmed = []
    for a, b, t in out:
        while a < b and text[a] in " \t\r":
            a += 1
        while b > a and text[b - 1] in " \t\r":
            b -= 1
        if a < b:
            trimmed.append((a, b, t))
    return trimmed


def _split_plain(text: str) -> list[tuple[int, int, bool]]:
    """`_split_sentences` of a line without brackets, which holds no span a terminator does not end."""
    out = []
    # (searched up to the trailing spaces: every search from there on finds a sentence)
    for m in _PLAIN_SENTENCE.finditer(text, 0, len(text.rstrip(" \t\r"))):
        k = m.lastindex
        out.append((m.start(k), m.end(), k == 1))
    if out and not out[-1][2] and text[out[-1][0]:out[-1][1]].isspace():
        out.pop()  # (the line ends in spaces, U+3000 among them)
    return out


def _cut_addressee(pieces, last_line: bool, end: int):
    """Mark the addressee part of a line; an inline one (中井様、ご連絡…) becomes its own piece."""
    if not last_line:
        return [(a, b, t, seg.ADDRESSEE) for a, b, t in pieces]
    out = []
    for a, b, t in pieces:
        if b <= end:
            out.append((a, b, t, seg.ADDRESSEE))
        elif a < end:
            out.append((a, end, False, seg.ADDRESSEE))
            out.append((end, b, t, None))
        else:
            out.append((a, b, t, None))
    return out


def parse(text: str, backend: Backend, channel: str = "email", *, mode: str = "draft",
          first_message: bool | None = None, audience: str = "auto") -> Document:
    """Parse a reply once: lines, segments and sentences. Quoted text holds no sentences, so it
    is never tokenized; the rest is tokenized sentence by sentence, when a rule asks."""
    view = NormalizedText(text)
    norm = view.text
    lines: list[Line] = []
    if "\r" in text:  # CRLF, and a lone CR (old Mac files) is a line break too
        for i, ((oa, ob), (na, nb)) in enumerate(zip(line_spans(text), line_spans(norm))):
            lines.append(Line(i, oa, ob, na, nb))
    elif view.identity:  # (every offset is the same in both texts: most replies)
        o = 0
        for i, line in enumerate(text.split("\n")):
            end = o + len(line)
            lines.append(Line(i, o, end, o, end))
            o = end + 1
    else:
        o = n = 0
        for i, (ol, nl) in enumerate(zip(text.split("\n"), norm.split("\n"))):
            lines.append(Line(i, o, o + len(ol), n, n + len(nl)))
            o += len(ol) + 1
            n += len(nl) + 1

    # (the lines of a text without CR are its split, in both views)
    ntexts = norm.split("\n") if "\r" not in text else [norm[ln.nstart:ln.nend] for ln in lines]
    rules = seg.separator_lines(ntexts)  # (the rule lines, asked by the quote, signature and shape searches)
    quoted = seg.quoted_lines(ntexts, rules)
    if True in quoted:
        live = [i for i in range(len(lines)) if not quoted[i]]
        for i, q in enumerate(quoted):
            if q:
                lines[i].kind = seg.QUOTED
    else:  # (most replies quote nothing: every line is live)
        live = list(range(len(lines)))
    # (a chat message signed as a mail is, under a rule or with a phone and an address: the block
    # is its signature, and the chat's last words are the ones above it)
    sig = seg.signature_start(ntexts, live, rules) if channel == "email" \
        else seg.mail_signature_start(ntexts, live, rules) if channel == "chat" else None
    if sig is not None:
        for i in live[bisect_left(live, sig):]:
            lines[i].kind = seg.SIGNATURE
    # The shape of the lines of the text (the signature's lines need none).
    text_lines = live if sig is None else live[:bisect_left(live, sig)]
    olines = ntexts if norm is text else \
        text.split("\n") if "\r" not in text else [text[ln.start:ln.end] for ln in lines]
    roles = seg.line_roles(olines, ntexts, text_lines, rules)
    for i, role in roles.items():
        lines[i].role = role
    addressee = seg.addressee_span(ntexts, live)
    # The header block of a letter: date, subject and title lines; the sender under the
    # addressee is the letter's signature.
    header = seg.header_block(ntexts, live) if channel == "email" else []
    for i in header:
        if seg.is_header_line(ntexts[i]) and not (addressee and addressee[0] <= i <= addressee[1]):
            lines[i].kind = seg.HEADER
    for i in seg.sender_lines(ntexts, header, addressee[1] if addressee else None):
        lines[i].kind = seg.SIGNATURE
    if addressee is None and channel == "email":
        # (a formal letter may name its addressee last, after 敬具: its 後付け)
        last = seg.closing_addressee(ntexts, live)
        if last is not None:
            lines[last].kind = seg.ADDRESSEE

    # Sentences, each labeled with its segment.
    identity, to_start, to_end = view.identity, view.start_in_original, view.end_in_original
    sentences: list[Sentence] = []
    # The lines that hold a bracket, found in one search of the text; the others are split by
    # _split_plain, as _split_sentences would after its own search of each line.
    bracketed = set()
    m = _BRACKETS.search(norm)
    if m is not None:
        nstarts = [ln.nstart for ln in lines]
        while m is not None:  # (one search per line that holds one)
            k = bisect_right(nstarts, m.start()) - 1
            bracketed.add(k)
            m = _BRACKETS.search(norm, nstarts[k + 1]) if k + 1 < len(lines) else None
    plain = _PLAIN_SENTENCE.finditer
    for i in live:
        ln = lines[i]
        t = ntexts[i]
        if identity and i not in bracketed and not (addressee and addressee[0] <= i <= addressee[1]):
            # (most lines: _split_plain's search, run on the text itself, offsets as they are)
            if not t or t.isspace():
                continue
            na, kind, k = ln.nstart, ln.kind, len(sentences)
            for m in plain(norm, na, na + len(t.rstrip(" \t\r"))):
                g = m.lastindex
                a, b = m.start(g), m.end()
                sentences.append(Sentence(a, b, a, b, i, kind, g == 1))
            if len(sentences) > k and not sentences[-1].terminated and norm[a:b].isspace():
                sentences.pop()  # (the line ends in spaces, U+3000 among them)
            continue
        pieces = _split_sentences(t) if i in bracketed else _split_plain(t) if t and not t.isspace() else None
        if not pieces:
            continue
        if addressee and addressee[0] <= i <= addressee[1]:
            for a, b, terminated, kind in _cut_addressee(pieces, i == addressee[1], addressee[2]):
                na, nb = ln.nstart + a, ln.nstart + b
                sentences.append(Sentence(to_start(na), to_end(nb), na, nb, i, kind or ln.kind, terminated))
            continue
        base, kind = ln.nstart, ln.kind
        for a, b, terminated in pieces:
            na, nb = base + a, base + b
            if identity:
                sentences.append(Sentence(na, nb, na, nb, i, kind, terminated))
            else:
                sentences.append(Sentence(to_start(na), to_end(nb), na, nb, i, kind, terminated))
    doc = Document(text, channel, view, lines, sentences, mode=mode, first_message=first_message,
                   backend=backend, audience=audience)
    _label_greeting_and_closing(doc)
    doc.segments = _segments(doc, addressee)
    return doc


_LINE_BREAK = compile_pattern(r"\r\n?|\n")


def line_spans(text: str):
    """(start, end) of each line of `text`, line breaks (LF, CRLF or a lone CR) excluded."""
    start = 0
    for m in _LINE_BREAK.finditer(text):
        yield start, m.start()
        start = m.end()
    yield start, len(text)


# A 結語 anywhere, its letters spaced out or not (what LETTER_FOOT's match and _FOOT_AFTER_WORDS's hold)
_FOOT_WORD = compile_pattern(acts.alt(*map(acts.spaced, acts.FOOT_WORDS)))
_FOOT_AFTER_WORDS = compile_pattern(r"(?<=[^\s。、])[ \t\u3000]+(" + "|".join(acts.FOOT_WORDS) + r")\s*$")


def letter_foot(sentences: list[Sentence], norm: str) -> Sentence | None:
    """A letter's 結語 (敬具, 謹白, 草々 …): the last sentence that is nothing else, alone on its
    line or after the last words of the body (…お願い申し上げます。　敬具)."""
    for s in reversed(sentences):
        if s.nend - s.nstart <= 8 and s.kind not in (seg.QUOTED, seg.SIGNATURE) \
                and norm[s.nstart:s.nend].rstrip()[-1:] in acts.FOOT_LAST_LETTERS \
                and acts.LETTER_FOOT.fullmatch(norm, s.nstart, s.nend):
            return s  # (the pattern tried only on a sentence that ends as a 結語 does)
    return None


# The @name an SNS reply begins with
_HANDLE = compile_pattern(r"\s*@[A-Za-z0-9_.]+\s*")

# The reader named back to them as the first words: 先日お電話をくださった山田様でいらっしゃいますね
_NAMES_READER = compile_pattern(r"(様|さま)(でいらっしゃいます|でございます|です)[ねか]?[。!?]?\s*$")


# A sentence wholly in brackets: an aside, which neither opens nor ends the opening
_ASIDE = compile_pattern(r"\s*\([^()]*\)\s*")
# A line that only names an organisation, or a unit of one and a person, with no honour and no
# predicate, over the opening (〇〇株式会社 / 総務部 山田): the names at the head of a notice or a
# letter, which neither open nor end the opening (a line with 様 is the addressee already)
_NAME_LINE = compile_pattern(r"\s*(?:株式会社|有限会社|合同会社)?[^\s。、!?]{0,20}"
                             r"(?:株式会社|有限会社|合同会社|社|部|課|室|係|センター|事務局|支店|営業所|本店|店)"
                             r"(?:\s+[^\s。、!?]{1,12}){0,2}\s*")


def _introduces(norm: str, s: Sentence) -> bool:
    """A self-introduction (森下でございます。担当の森下と申します。). It ends with です or ます,
    which is checked first: most sentences are then not read again."""
    end = s.nend - (norm[s.nend - 1:s.nend] in "。!")
    return norm.endswith(("す", "ます"), s.nstart, end) and bool(acts.SELF_INTRO.match(norm, s.nstart, s.nend))


_OCCASION = compile_pattern(r"\s*((このたび|この度|先日|昨日|本日|今回)(は|、)|先ほど|先程|さきほど)")
# What we did wrong, told with てしまう (regret): 誤った請求書を送信してしまいました
_REGRET = compile_pattern(r"[てで]しま(いました|っておりました|っていました)")


def _whole_line(doc: Document, s: Sentence) -> bool:
    """`s` is all of its line."""
    ln = doc.lines[s.line]
    return not doc.norm[ln.nstart:s.nstart].strip() and not doc.norm[s.nend:ln.nend].strip()


def _label_greeting_and_closing(doc: Document) -> None:
    """Label the opening and the closing sentences of the body (GREETING, CLOSING), by what
    they do (acts.OPENING, acts.CLOSING), counted in prose sentences: list items, headings,
    URLs and the marks of a letter neither open nor close, nor push the closing out of reach."""
    lines, act = doc.lines, doc.act
    body = [s for s in doc.sentences if s.kind == seg.BODY and lines[s.line].role in (seg.PROSE, seg.MARK)]
    # The opening: the first sentences that greet, within the first three; a self-introduction
    # may come first (森下でございます。いつもお世話になっております。), and 拝啓 may stand alone.
    before = True  # only openings, self-introductions and 拝啓 so far
    # (a public SNS reply may first say what is happening, then apologise: 現在、一部地域で
    # つながりにくくなっております。ご不便をおかけして申し訳ございません。 — no blind writer
    # labels such a reply, six leave it clean)
    sns = doc.channel == "sns"
    # (so may a letter: このたびは、弊社の手違いにより別の商品をお届けしてしまいました。深くお詫び
    # 申し上げます。 — what went wrong, told first as the occasion, then the apology; or what we
    # did wrong a moment ago: 先ほどお送りしたメールに誤った金額を記載してしまいました。)
    # (and after the desk's introduction: …お客様サポートです。本日は大雪の影響により、お届けに
    # 遅れが出ております。ご迷惑をおかけし、申し訳ございません。)
    told = -1  # where that occasion was told
    for k, s in enumerate(body[:3]):
        if act(acts.OPENING, s) or ((before or (sns and k == 1) or (told >= 0 and k == told + 1)) and act(acts.APOLOGY, s)):
            s.kind = seg.GREETING
        elif lines[s.line].role == seg.MARK or _introduces(doc.norm, s) or _NAMES_READER.search(doc.norm, s.nstart, s.nend) \
                or _ASIDE.fullmatch(doc.norm, s.nstart, s.nend) \
                or before and _NAME_LINE.fullmatch(doc.norm, s.nstart, s.nend) and _whole_line(doc, s):
            continue  # (…山田様でいらっしゃいますね: the reader named, then the greeting; or an
            # aside in brackets after the introduction: （日本語でお返事いたします。）)
        elif before:
            before = False
            if _OCCASION.match(doc.norm, s.nstart, s.nend) is not None and (
                    act(acts.TROUBLE, s) is not None or _REGRET.search(doc.norm, s.nstart, s.nend)):
                told = k
            elif k > 0 and not any(b.kind == seg.GREETING for b in body[:k]):
                # (after our introduction, one sentence of the matter may come before the greeting or the
                # apology: 解約のお手続き、承りました。これまでご利用いただき、ありがとうございました / 昨日は
                # 事故に遭われたとのこと、お怪我はございませんでしたか。心よりお見舞い申し上げます)
                told = k
            elif k > 0:
                break
        else:
            break
    # The closing: the last sentences that close; an offer of further help may stand among them
    # (今後とも…。ご不明な点は…。), and the 結語 (敬具) after them. A letter's main text ends at
    # its 結語; what follows it (記 … 以上, the date, 追伸) is an appendix.
    foot = doc.letter_foot
    if foot is not None:
        body = [s for s in body if s.nstart < foot.nstart]
        foot.kind = seg.CLOSING
    if not _label_closing(doc, body) and foot is None:
        # A letter may close before its 記 … 以上 (以上、よろしくお願い申し上げます。\n記\n…):
        # what follows the 記 is then an appendix, as what follows a 結語 is.
        ki = next((ln for ln in lines if ln.role == seg.MARK and seg.is_ki_line(doc.norm[ln.nstart:ln.nend])), None) \
            if "記" in doc.norm else None  # (a 記 line holds 記: most replies have none, and their lines are not walked)
        if ki is not None and _label_closing(doc, [s for s in body if s.nstart < ki.nstart]):
            doc.cache["document.appendix_start"] = ki.nstart


def _label_closing(doc: Document, body: list[Sentence]) -> bool:
    """Label the last sentences of `body` that close (an offer of further help may stand among
    them) CLOSING; whether there was one."""
    lines, act = doc.lines, doc.act
    found = False
    for s in reversed(body[-5:]):
        if s.kind != seg.BODY:
            break
        if lines[s.line].role == seg.MARK:
            continue
        if act(acts.CLOSING, s):
            s.kind = seg.CLOSING
            found = True
        elif not act(acts.OFFER, s):
            break
    return found


def _segments(doc: Document, addressee) -> list[Segment]:
    """Merge runs of same-kind lines/sentences into segments, in text order."""
    out: list[Segment] = []
    quoted = [(ln.start, ln.end, seg.QUOTED) for ln in doc.lines if ln.kind == seg.QUOTED and ln.end > ln.start]
    if not quoted and doc.view.identity:  # (the sentences alone, in text order already)
        last = None
        for s in doc.sentences:
            if last is not None and last.kind == s.kind:
                last.end = s.end
            else:
                last = Segment(s.kind, s.start, s.end)
                out.append(last)
        return out
    pieces = [(s.start, s.end, s.kind) for s in doc.sentences] + quoted
    pieces.sort()
    for a, b, kind in pieces:
        if out and out[-1].kind == kind:
            out[-1].end = b
        else:
            out.append(Segment(kind, a, b))
    return out
