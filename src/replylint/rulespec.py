"""What a rule is: its ID, defaults, docs, examples, and either phrases or a Python check."""

from __future__ import annotations

from dataclasses import dataclass, field

CATEGORIES = ("jargon", "positive", "template", "keigo", "greeting", "closing",
              "sns", "clarity", "empathy")
CHANNELS = ("email", "chat", "sns")
# Segments a rule reads unless it says otherwise: what the writer wrote to the customer.
DEFAULT_SEGMENTS = ("header", "addressee", "greeting", "body", "closing")  # header: a letter's subject, date, title
SEGMENTS = DEFAULT_SEGMENTS + ("signature",)
MATCH_MODES = ("auto", "surface", "token")
# How safe a rule's fixes are (ruff's terms): safe fixes keep meaning and tone and are applied by
# --fix; unsafe ones are a judgement a person accepts (--unsafe-fixes, the page's button).
FIX_APPLICABILITY = ("safe", "unsafe")
POSITIONS = ("any", "sentence-start", "sentence-end")
# Who reads a reply (the `audience` setting): `auto` infers one of the other three from the
# reply itself (Document.reader).
AUDIENCES = ("auto", "consumer", "business", "technical")
READERS = AUDIENCES[1:]


@dataclass(frozen=True)
class Phrase:
    """A phrase in natural text; `match` says how it is found (see matcher.py)."""

    text: str
    suggestion: str | None = None
    message: str | None = None
    match: str = "auto"
    position: str = "any"
    fix: bool = True  # False: the suggestion is advice or a choice, not a replacement
    readers: tuple[str, ...] = READERS  # the readers it is a problem for; other readers know it
    # A term explained where it is first used (ログイン状態（セッション）) is not reported there
    # nor later in the reply.
    explainable: bool = False
    # Words that name a trade whose customers know the phrase (証券 for 約定): when our side's
    # name holds one (はやぶさネット証券), the phrase is plain to the reader.
    trades: tuple[str, ...] = ()
    # Words that name a trade whose own staff use the phrase (コールセンター for 入電): written to a
    # business or technical reader, when the addressee or our side's name holds one (コールセンター
    # 運営部 様), the phrase is plain to the reader. (To a private customer it is still jargon.)
    professions: tuple[str, ...] = ()
    # Words that name the trade only where they name the reader (カスタマーセンター for 放棄呼, 古書店
    # for 並本): looked for in the addressee line alone, since our own desk of that name (〇〇通販
    # カスタマーセンター, 〇〇歯科) writes to readers of every trade. Otherwise as `professions`.
    departments: tuple[str, ...] = ()
    # Words in our own text that show the reader deals in the trade's goods themselves (a book
    # collector: 探求書, 目録): the phrase is plain to them, a private reader too.
    signs: tuple[str, ...] = ()


@dataclass(frozen=True)
class Example:
    text: str
    channel: str = "email"
    span: str | None = None  # for invalid examples: the text the finding must cover
    mode: str = "draft"  # or "template": a macro with helpdesk placeholders
    first_message: bool = True  # False: a chat message that continues a conversation
    templates: tuple[str, ...] = ()  # macros the text is compared with (template/verbatim-copy)
    audience: str = "auto"  # who reads it (AUDIENCES)


@dataclass(frozen=True)
class RuleDocs:
    what: str
    why: str
    example: str
    instead: str


@dataclass
class RuleSpec:
    id: str
    severity: str
    summary: str
    message: str
    docs: RuleDocs
    channels: tuple[str, ...] = CHANNELS
    # The severity on some channels, where it differs from `severity` (a chat message is checked as
    # it is sent, one turn of many: what only its last turn owes is a reminder there, not a warning)
    channel_severity: dict = field(default_factory=dict)
    # The severity on a chat message whose caller did not say whether it opens the conversation
    # (first_message=None), where it differs: what only a first message owes is then a guess.
    unknown_turn_severity: str | None = None
    segments: tuple[str, ...] = DEFAULT_SEGMENTS
    phrases: tuple[Phrase, ...] = ()
    check: str | None = None  # name of a built-in Python check
    fix: str | None = None  # "safe" / "unsafe" when the rule's findings carry a fix, else None
    options: dict = field(default_factory=dict)
    source: str = ""  # the pack file it came from
    # (valid, invalid) examples, or a function that gives them when first asked for: a built-in
    # pack's 4,200 examples took 6 ms of every start, and only check-pack and the tests read them.
    examples: object = field(default=((), ()), repr=False, compare=False)

    def severity_on(self, channel: str) -> str:
        """The rule's default severity on a channel (a user's config may still set another)."""
        return self.channel_severity.get(channel, self.severity)

    @property
    def valid(self) -> tuple[Example, ...]:
        return self._example_pair()[0]

    @property
    def invalid(self) -> tuple[Example, ...]:
        return self._example_pair()[1]

    def _example_pair(self) -> tuple[tuple[Example, ...], tuple[Example, ...]]:
        if callable(self.examples):
            self.examples = self.examples()
        return self.examples

    @property
    def category(self) -> str:
        return self.id.split("/", 1)[0]

    @property
    def name(self) -> str:
        return self.id.split("/", 1)[1]
