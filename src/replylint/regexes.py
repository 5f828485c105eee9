"""Regex building blocks shared by the phrase matcher and the grammars of `acts`.

A grammar is a large alternation that runs on many sentences, most of which hold none of it.
`Grammar` puts a gate in front of it: a set of literal words one of which every match must
contain, worked out from the pattern itself, searched first as a trie. Only sentences that pass
the gate are searched with the full pattern, so the cost follows the sentences that could match.
A grammar that re would try at every character (an alternative opens with a group, a class or a
look-behind) is searched written literal first (`literal_first`, `Grammar._searched`): re then
scans for its first characters, and tries only the alternatives of the character it stops at.
"""

from __future__ import annotations

try:  # the C digest alone: hashlib loads OpenSSL, 9 ms of every cold start
    from _sha256 import sha256
except ImportError:  # (Python 3.12 and later name it _sha2)
    from hashlib import sha256
import json
import marshal
import re
import sys
from array import array
from itertools import product
from pathlib import Path

try:  # Python 3.11+
    import re._compiler as _rc
    import re._constants as _c
    import re._parser as _p
except ImportError:  # pragma: no cover
    import sre_compile as _rc  # type: ignore[no-redef]
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]
import _sre


def trie_pattern(texts) -> str:
    """A regex for many literal texts, written as a trie (ロ(?:グ|ジスティクス)) so that the regex
    engine tries each next character once rather than every text in turn. At each start it
    matches the longest text, as a longest-first alternation does. The tries the package builds
    at start-up are shipped in gates.json (building them took a sixth of a cold start). For a
    trie built per reply, call build_trie_pattern: this one records what it is asked for."""
    texts = sorted(set(texts))  # (the order of the texts changes the pattern's text, not what it matches)
    key = "trie:" + sha256("\x1f".join(texts).encode("utf-8")).hexdigest()[:24]
    _tries_asked[key] = texts
    found = _stored().get(key)
    return found if found is not None else build_trie_pattern(texts)


def build_trie_pattern(texts: list[str]) -> str:
    trie = _trie(texts)
    if _nesting(trie) <= _MAX_NESTING:
        return _trie_pattern(trie)
    # Texts that are prefixes of each other nest one optional group in the next (あ(?:あ(?:あ)?)?),
    # and Python's regex compiler recurses once per group. Many such texts are written as several
    # tries, longest texts first: the first one that matches holds the longest match.
    texts = sorted(set(texts), key=lambda t: (-len(t), t))  # (one order in every process)
    return "|".join("(?:" + _trie_pattern(_trie(texts[k:k + _MAX_NESTING])) + ")"
                    for k in range(0, len(texts), _MAX_NESTING))


_MAX_NESTING = 100  # optional groups inside each other in one trie pattern


def trie_pattern_at_second(texts, letters: str) -> str:
    """A regex that finds where `texts` occur, as trie_pattern(texts) does, but a text that starts
    with one of `letters` is found one letter later, at its second (that first letter read behind
    it): re tries a trie at every letter that starts one of its branches, and walks all of them at
    each, so the common letters of a reply (い, ま, た) cost most where no text follows them. For a
    search whose match is asked only whether it is there and about where it starts (no more than
    one letter before it). Each text with such a first letter has a second."""
    late: dict[str, dict[str, list[str]]] = {}
    for t in sorted(set(texts)):
        k = 1 if t[0] in letters else 0
        late.setdefault(t[k], {}).setdefault(t[:k], []).append(t[k + 1:])
    branches = []
    for ch, by_first in sorted(late.items()):
        # (the first letters read behind with the same rest after them: one class, one look-behind)
        firsts_of: dict[str, list[str]] = {}
        for first, rests in sorted(by_first.items()):  # (a text that ends here: no rest is needed)
            firsts_of.setdefault("" if "" in rests else trie_pattern(rests), []).append(first)
        ways = []
        for rest, firsts in firsts_of.items():
            if "" in firsts:  # (texts that start at ch)
                ways.append(rest)
                firsts.remove("")
            if firsts:
                cls = re.escape(firsts[0]) if len(firsts) == 1 else "[" + "".join(map(re.escape, firsts)) + "]"
                ways.append("(?<=" + cls + re.escape(ch) + ")" + rest)
        branches.append(re.escape(ch) + ("" if "" in ways else ways[0] if len(ways) == 1 else "(?:" + "|".join(ways) + ")"))
    return "(?:" + "|".join(branches) + ")"


def by_first_char(alternatives: list[str]) -> str:
    """One alternation of patterns that each start with a literal character, those with the same
    first character put behind it once (申(?:さ…|し…|す)), in their order: at each position the
    search then tries one branch per character, not one per pattern, and matches as the plain
    alternation does (the branches that can match at a position share its character). A pattern
    may also start with a blank or a digit (\\s, \\d: see _first_token), when no literal first
    character of another is one (its place among them would change): such an alternation has no
    first literal for re to scan for, and a Grammar puts it behind its look-ahead."""
    groups: dict[str, list[str]] = {}
    for a in alternatives:
        first = _first_token(a)
        groups.setdefault(first, []).append(a[len(first):])
    for cls in set(groups) & set(_CLASS_TOKENS):
        if any(c not in _CLASS_TOKENS and re.match(cls, c[-1]) for c in groups):
            raise ValueError(f"by_first_char: a literal first character that {cls} matches too")
    return "|".join(c + (rest[0] if len(rest) == 1 else "(?:" + "|".join(rest) + ")") for c, rest in groups.items())


_NOT_LITERAL = frozenset("()[]{}\\.^$|?*+")
_CLASS_TOKENS = ("\\s", "\\d")  # classes a spelled-out alternative may start with (a match may start with a blank)


def _escaped_literal(a: str) -> bool:
    """`a` starts with a punctuation mark escaped (\\( \\[ \\.): a literal character."""
    return a[:1] == "\\" and len(a) > 1 and not a[1].isalnum()


def _as_literal(ch: str) -> str:
    """A character as a literal in a pattern: escaped when it would mean something else there."""
    return "\\" + ch if ch in _NOT_LITERAL else ch


def _first_token(a: str) -> str:
    """The first character of an alternative (escaped, as \\( or \\[, or not), or the class escape
    \\s or \\d it starts with."""
    if a.startswith(_CLASS_TOKENS) or _escaped_literal(a):
        return a[:2]
    if a[0] in _NOT_LITERAL:  # (a group or a class first: no first character to scan for)
        raise ValueError(f"by_first_char: {a[:20]!r} does not start with a literal character")
    return a[0]


def literal_first(pattern: str) -> str:
    """`pattern`, an alternation, as alternatives that each start with a literal character, put
    behind their first characters (by_first_char): re scans for those characters, where an
    alternative that opens with a group, a class or a look-behind left it none, and the whole
    alternation was tried at every character (behind a look-ahead of first characters, four
    times the time). The same matches: a group that opens an alternative is spelled out, one
    alternative per branch in its order of trying ((a|b)c: ac|bc; (a|b)?c: ac|bc|c), a class of
    characters one per character, and a look-behind moves one character on ((?<!x)ab: a(?<!(?:x)a)b).
    Not for a pattern whose groups are read by number or by name (they capture nothing in the
    spelled-out pattern; named groups are refused). Built once and shipped in gates.json, as
    tries are."""
    key = "first:" + sha256(pattern.encode("utf-8")).hexdigest()[:24]
    _firsts_asked[key] = pattern
    found = _stored().get(key)
    return found if found is not None else build_literal_first(pattern)


def build_literal_first(pattern: str) -> str:
    return _uncaptured(by_first_char([x for a in _top_alternatives(pattern) for x in _literal_first(a)]))


def _uncaptured(p: str) -> str:
    """`p` with its capturing groups made non-capturing: a spelled-out pattern's groups are not
    read, and re saves and restores the marks of every group at each branch it backtracks from
    (template._AGENT_NOTE spelled out with its 57 groups written over again searched 3x slower)."""
    opens = [i for i, c, _depth in _structure(p) if c == "(" and p[i + 1:i + 2] != "?"]
    for i in reversed(opens):
        p = p[:i + 1] + "?:" + p[i + 1:]
    return p


def _structure(p: str):
    """(index, character, depth after it) of each "(", ")" and "|" of `p` outside an escape and a
    character class: the pattern's grouping, read once for _top_alternatives and _closing."""
    depth, in_class, i = 0, False, 0
    while i < len(p):
        c = p[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            i += 1 + (p[i + 1:i + 2] == "]")  # (a ] first in a class is literal)
            continue
        elif c in "()|":
            depth += (c == "(") - (c == ")")
            yield i, c, depth
        i += 1


def _top_alternatives(p: str) -> list[str]:
    """The alternatives of `p` at its top level."""
    out, start = [], 0
    for i, c, depth in _structure(p):
        if c == "|" and depth == 0:
            out.append(p[start:i])
            start = i + 1
    out.append(p[start:])
    return out


def _closing(p: str) -> int:
    """The index of the ")" that closes the group `p` starts with."""
    return next(i for i, c, depth in _structure(p) if c == ")" and depth == 0)


def _class_end(p: str) -> int:
    """The index of the "]" that closes the class `p` starts with."""
    i = 2 if p[1:2] == "]" else 1
    while p[i] != "]":
        i += 2 if p[i] == "\\" else 1
    return i


def _literal_first(alt: str) -> list[str]:
    """`alt` as alternatives that each start with a literal character, in its order of trying."""
    if not alt:
        raise ValueError("literal_first: an empty alternative matches anywhere")
    c = alt[0]
    if alt.startswith(_CLASS_TOKENS):  # (a blank or a digit first, repeated: one of them, then the rest)
        return _class_first(alt[:2], alt[2:])
    if c not in _NOT_LITERAL or _escaped_literal(alt):
        first = alt[:1 if c not in _NOT_LITERAL else 2]
        after = alt[len(first):]
        if after[:1] == "?" and after[1:2] != "?":  # (an optional first character: with it, then without)
            return [first + after[1:]] + _literal_first(after[1:])
        if after[:1] in ("*", "+", "{", "?"):
            raise ValueError(f"literal_first: {alt[:20]!r}")
        return [alt]
    if alt.startswith(("(?<=", "(?<!")):  # (the look-behind, one character on)
        end = _closing(alt)
        kind, inside, rest = alt[:4], alt[4:end], alt[end + 1:]
        return [(t := _first_token(r)) + kind + "(?:" + inside + ")" + t + ")" + r[len(t):] for r in _literal_first(rest)]
    if c == "(":
        if alt[1] == "?" and alt[2] != ":":  # (a named group, a look-ahead, flags)
            raise ValueError(f"literal_first: {alt[:20]!r}")
        end = _closing(alt)
        inside, rest = alt[3 if alt[1] == "?" else 1:end], alt[end + 1:]
        optional = rest[:1] == "?" and rest[1:2] != "?"
        if rest[:1] in ("*", "+", "{") or rest[:2] == "??":
            raise ValueError(f"literal_first: {alt[:20]!r}")
        rest = rest[1:] if optional else rest
        out = _group_first(_top_alternatives(inside), rest)
        return out + _literal_first(rest) if optional else out
    if c == "[":
        end = _class_end(alt)
        chars, rest = _class_chars(alt[1:end]), alt[end + 1:]
        optional = rest[:1] == "?" and rest[1:2] != "?"  # (an optional class: each character, then none)
        if rest[optional:][:1] in ("?", "*", "+", "{"):
            raise ValueError(f"literal_first: {alt[:20]!r}")
        rest = rest[optional:]
        return [_as_literal(ch) + rest for ch in dict.fromkeys(chars)] + (_literal_first(rest) if optional else [])
    raise ValueError(f"literal_first: {alt[:20]!r}")


def _class_chars(inside: str) -> list[str]:
    """The characters of a class (the text between its brackets): literal ones, and punctuation
    escaped (\\[); ValueError for a negated class, a range or a class escape (\\s)."""
    if inside[:1] == "^" or "-" in inside[1:-1].replace("\\-", ""):
        raise ValueError(f"literal_first: [{inside[:20]}]")
    chars, i = [], 0
    while i < len(inside):
        if inside[i] == "\\":
            if not _escaped_literal(inside[i:]):
                raise ValueError(f"literal_first: [{inside[:20]}]")
            i += 1
        chars.append(inside[i])
        i += 1
    return chars


def _group_first(branches: list[str], rest: str) -> list[str]:
    """A group of `branches` followed by `rest`, spelled out: the branches' alternatives with the
    same first character put behind it once, `rest` after each such group (a(?:x|y)rest|bzrest
    for (?:ax|ay|bz)rest: the same order of trying). `rest` is written once per first character,
    not once per alternative (acts.OFFER spelled out the second way held 138,000 characters). A
    branch that cannot be spelled out alone (it may match nothing) is spelled with `rest`."""
    try:
        spelled = [x for branch in branches for x in _literal_first(branch)]
    except ValueError:
        return [x for branch in branches for x in _literal_first(branch + rest)]
    groups: dict[str, list[str]] = {}
    for a in spelled:
        first = _first_token(a)
        groups.setdefault(first, []).append(a[len(first):])
    return [c + (tails[0] if len(tails) == 1 else "(?:" + "|".join(tails) + ")") + rest for c, tails in groups.items()]


def _class_first(cls: str, rest: str) -> list[str]:
    """`cls` (\\s or \\d) followed by `rest`, as alternatives that start with one `cls` or with
    `rest`'s own first characters, in its order of trying: cls?r: cls r | r; cls*r: cls cls*r | r;
    cls{0,4}r: cls cls{0,3}r | r (a greedy repeat takes one more first)."""
    m = re.match(r"(\?|\*|\+|\{(\d*),(\d+)\}|)(?!\?)", rest)
    if m is None or rest[m.end():m.end() + 1] in ("?", "*", "+", "{"):
        raise ValueError(f"literal_first: {(cls + rest)[:20]!r}")
    q, after = m.group(1), rest[m.end():]
    if not q:
        return [cls + after]
    if q in ("*", "+"):
        return [cls + cls + "*" + after] + (_literal_first(after) if q == "*" else [])
    if q == "?":
        return [cls + after] + _literal_first(after)
    low, high = int(m.group(2) or 0), int(m.group(3))
    if high < 1 or low > high:
        raise ValueError(f"literal_first: {(cls + rest)[:20]!r}")
    more = "" if high == 1 else cls + ("{%d,%d}" % (max(low - 1, 0), high - 1))
    return [cls + more + after] + (_literal_first(after) if low == 0 else [])


# The characters that stand most often in replies, most common first (counted over the 2,000
# generated replies and the dev replies, each set weighing the same; 400 of them, so that a word
# of common characters only is searched from its least common one, and the phrases of the
# commonest first characters are searched apart from the rest: matcher._alternations).
COMMON_CHARS = ("いま。しのおすたご、でにりーがてを―とだ0はく━からざせさな1きストン日う合あ2けれルわも様よイつ-タるa月:こ)(問社会サe3マっックカo不ポpラ5ドア時用認確手8ん申願明ジ式ろ"
                "送め金当返s4株セ7m本9メみ.点定lロiリ変上連t更rウ6利田付絡場シ間発後レば請知ほ受u求プ今分品ち入中再」「書内どグフ文届続@バえ担注気へ理年話配行客口テ部kェT約数・業〜び"
                "一ムM軽予ハ出ペ藤新前円料設払げ方ミナ番号報デ大S待支hn訳便Eチ件在画現額状了取先ャxパ引電エ面相キ村込信談誠川末平生録回Lモょ木心,期荷室商世完ョ登Fワj保c所承法以子PA窓土"
                "名者そ同ガ_除コDノ望事次遅表希wd計I小g山作原ソ見人案じ水井ビ示美オブ容通店始管限調情況重営や結物記野二課告機度済岡f愛解決下*ィC能差開ぞ順長処松ず止ダ有O査ニ/果試顧指ね加"
                "太代具ひ切質証迷真佐ネ際復惑祝対載市b北修要高由務ズ答頼使ケ動依工西恐自降正")


def _trie(texts) -> dict:
    trie: dict = {}
    for text in texts:
        node = trie
        for ch in text:
            node = node.setdefault(ch, {})
        node[""] = {}  # a text ends here
    return trie


def _nesting(root: dict) -> int:
    """The most texts that end along one path of the trie (how deep its groups nest)."""
    deepest = 0
    stack = [(root, 0)]
    while stack:
        node, depth = stack.pop()
        depth += "" in node
        deepest = max(deepest, depth)
        stack.extend((child, depth) for ch, child in node.items() if ch)
    return deepest


def _trie_pattern(root: dict) -> str:
    """The pattern of a trie, built without recursion (a phrase of thousands of characters is a
    chain as deep as it is long); a chain of single children is written as one run of literals."""
    out: dict[int, str] = {}
    stack: list[tuple[dict, bool]] = [(root, False)]
    while stack:
        node, done = stack.pop()
        if not done:
            stack.append((node, True))
            stack.extend((child, False) for ch, child in node.items() if ch and id(child) not in out)
            continue
        ends = "" in node
        branches = [re.escape(ch) + out.pop(id(child)) for ch, child in node.items() if ch]
        if not branches:
            out[id(node)] = ""
            continue
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:  # the text may end here, or go on (greedy: the longer text first)
            body = ("(?:" + body + ")?") if len(branches) == 1 else body + "?"
        out[id(node)] = body
    return out[id(root)]


# -- required literals --------------------------------------------------------------------------
_MAX_WORDS = 400  # a finite piece with more spellings than this is not expanded
_GATE_WORDS = 80  # a gate with more words than this is a last resort


def required_words(pattern: str) -> frozenset[str] | None:
    """Literal words one of which every match of `pattern` contains, or None when the pattern
    has no such set (a match may consist of any characters). Sound by construction: it follows
    the parse tree, taking every branch of an alternation and only parts that must occur."""
    words, _lead = _required(_p.parse(pattern))
    return frozenset(words) if words else None


def required_words_and_lead(pattern: str) -> tuple[frozenset[str] | None, int | None]:
    """`required_words`, and the most characters a match can hold before the word it contains
    (None: no bound), so that a search can start that far before the first word it finds."""
    words, lead = _required(_p.parse(pattern))
    return (frozenset(words), lead) if words else (None, None)


def _width(items) -> int | None:
    """The most characters a piece of pattern can match (None: no bound)."""
    total = 0
    for op, av in items:
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            w = 0
        elif op in (_c.LITERAL, _c.NOT_LITERAL, _c.IN, _c.ANY):
            w = 1
        elif op is _c.SUBPATTERN:
            w = _width(av[-1])
        elif op is _c.BRANCH:
            ws = [_width(b) for b in av[1]]
            w = None if None in ws else max(ws)
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
            inner = _width(av[2])
            w = None if inner is None or av[1] == _c.MAXREPEAT else av[1] * inner
        else:
            w = None
        if w is None:
            return None
        total += w
    return total


def _finite(items) -> set[str] | None:
    """All the strings a piece of pattern can match, when they are few; else None."""
    out = {""}
    for op, av in items:
        if op is _c.LITERAL:
            alts = {chr(av)}
        elif op is _c.IN and all(o is _c.LITERAL for o, _ in av):
            alts = {chr(v) for _, v in av}
        elif op is _c.SUBPATTERN:
            alts = _finite(av[-1])
        elif op is _c.BRANCH:
            alts = set()
            for branch in av[1]:
                b = _finite(branch)
                if b is None:
                    return None
                alts |= b
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[0] == 0 and av[1] == 1:
            inner = _finite(av[2])
            alts = None if inner is None else inner | {""}
        else:
            return None
        if alts is None or len(out) * len(alts) > _MAX_WORDS:
            return None
        out = {a + b for a, b in product(out, alts)}
    return out


def _required(items) -> tuple[set[str] | None, int | None]:
    """A set of words one of which a match of this sequence contains, and the most characters
    such a match holds before that word (None: no bound)."""
    candidates: list[tuple[set[str], int | None]] = []
    run: list = []  # consecutive finite items, expanded together into whole words
    run_at: int | None = 0  # the most characters before the run starts

    def close_run():
        # Expand the run into whole words, in pieces small enough to spell out.
        at = run_at
        piece: list = []
        for item in run + [None]:
            if piece and (item is None or _finite(piece + [item]) is None):
                words = _finite(piece)
                if words is not None and "" not in words:
                    candidates.append((words, at))  # the piece's whole words
                # and each part's own words, which may make a smaller gate (ご質問 of ご質問の件)
                inner_at = at
                for op, av in piece:
                    own, lead = _item(op, av)
                    if own and len(piece) > 1:
                        candidates.append((own, None if inner_at is None or lead is None else inner_at + lead))
                    w = _width([(op, av)])
                    inner_at = None if inner_at is None or w is None else inner_at + w
                at = None if at is None or _width(piece) is None else at + _width(piece)
                piece = []
            if item is not None:
                piece.append(item)
        run.clear()

    before: int | None = 0
    for op, av in items:
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue  # zero-width: neither adds nor breaks a word
        if _finite([(op, av)]) is not None:
            if not run:
                run_at = before
            run.append((op, av))
        else:
            close_run()
            words, lead = _item(op, av)
            if words:
                candidates.append((words, None if before is None or lead is None else before + lead))
        w = _width([(op, av)])
        before = None if before is None or w is None else before + w
    close_run()
    return _best(candidates)


def _item(op, av) -> tuple[set[str] | None, int | None]:
    if op is _c.LITERAL:
        return {chr(av)}, 0
    if op is _c.SUBPATTERN:
        return _required(av[-1])
    if op is _c.BRANCH:
        out: set[str] = set()
        leads: list[int | None] = []
        for branch in av[1]:
            words, lead = _required(branch)
            if not words:
                return None, None
            out |= words
            leads.append(lead)
        return out, None if None in leads else max(leads)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[0] >= 1:
        return _required(av[2])
    if op is _c.IN and all(o is _c.LITERAL for o, _ in av):
        return {chr(v) for _, v in av}, 0
    return None, None


def _best(candidates: list[tuple[set[str], int | None]]) -> tuple[set[str] | None, int | None]:
    """The most selective of several sufficient sets: the one whose words are expected in the
    fewest sentences (see `_rate`); of two alike, the one nearer the start of a match."""
    candidates = [(c, lead) for c, lead in candidates if c and "" not in c]
    if not candidates:
        return None, None
    # A gate of hundreds of spellings costs more to compile than it saves: few words first.
    return min(candidates, key=lambda cl: (any(map(_common, cl[0])), len(cl[0]) > _GATE_WORDS, sum(map(_rate, cl[0])),
                                           -min(len(w) for w in cl[0]), 10 ** 9 if cl[1] is None else cl[1]))


def _rate(word: str) -> float:
    """A rough share of sentences a word occurs in. Words of hiragana alone are the grammar of
    every sentence (します, ました, まで); words with a kanji or katakana (確認, 窓口, 傷) are rarer;
    longer words are rarer still."""
    if _common(word):
        return 1.0
    content = any(_is_content(ch) for ch in word)
    return 0.02 / len(word) ** 2 if content else 0.3 / len(word)


def _is_content(ch: str) -> bool:
    """A kanji, katakana, Latin letter or digit (not hiragana, not punctuation)."""
    return "\u4e00" <= ch <= "\u9fff" or "\u30a1" <= ch <= "\u30ff" or ch.isalnum() and ch.isascii()


def _unanchored(items) -> list:
    return [(op, av) for op, av in items if op not in (_c.AT, _c.ASSERT, _c.ASSERT_NOT)]


def _common(word: str) -> bool:
    return len(word) == 1 and not ("\u4e00" <= word <= "\u9fff")


# What `required_words_and_lead` finds for each grammar, worked out ahead of time: the analysis
# parses every pattern and spells out its words, which took a tenth of a second at every start;
# and the pattern of each trie built at start-up ("trie:" keys, by the hash of its texts).
# `python -c "import replylint.regexes as r; r.write_gates()"` writes the file again;
# tests/test_regexes.py checks that it holds what the patterns say now.
_GATES_FILE = Path(__file__).with_name("gates.json")
_gates: dict | None = None
_asked: dict[str, str] = {}  # key -> the pattern whose words were asked for, this process
_tries_asked: dict[str, list[str]] = {}  # key -> the texts of a trie built, this process
_firsts_asked: dict[str, str] = {}  # key -> a pattern literal_first was asked for, this process
_grammars: list = []  # every Grammar built, for write_gates
_builders: list = []  # functions that build tries or patterns on first use, for write_gates (see built_lazily)


def built_lazily(builder):
    """Register a function (without arguments, cached) that builds tries or patterns the first
    time a check needs them, so that write_gates and compile_every_pattern call it and ship what
    it builds: otherwise the first reply that reaches it builds and compiles them (blame's words,
    a trie of 800 words: about 13 ms of every process)."""
    _builders.append(builder)
    return builder


def build_lazy_parts() -> None:
    """Build every grammar's gate and every registered lazy part (what gates.json must hold)."""
    for g in _grammars:
        g._prepare()
        g._searched()  # (the pattern literal_first spells out for it, when it does)
    for builder in _builders:
        builder()


def _stored() -> dict:
    global _gates
    if _gates is None:
        try:
            _gates = json.loads(_GATES_FILE.read_text(encoding="utf-8"))
        except OSError:
            _gates = {}
    return _gates


def _key(pattern: str) -> str:
    return sha256(pattern.encode("utf-8")).hexdigest()[:20]


def analysis(pattern: str) -> dict:
    """{"slow": the pattern is more than a list of words, "words": [...] or None, "lead": n or
    None, "first": see _look_ahead_for}, from the shipped file when it has the pattern, else
    worked out now. Kept per pattern: a grammar asks up to three times, and each time hashed its
    pattern (a few thousand characters) with SHA-256."""
    found = _analysed.get(pattern)
    if found is None:
        key = _key(pattern)
        _asked[key] = pattern
        found = _stored().get(key)
        found = _analysed[pattern] = found if found is not None else analyse(pattern)
    return found


_analysed: dict[str, dict] = {}  # pattern -> its analysis, this process


def analyse(pattern: str) -> dict:
    words, lead = required_words_and_lead(pattern)
    parsed = _p.parse(pattern)
    first = _look_ahead_for(parsed) if len(pattern) >= _LOOK_AHEAD_FROM else None
    return {"slow": _finite(_unanchored(parsed)) is None,
            "words": sorted(words) if words else None, "lead": lead,
            "first": first, "spelled": _spelled(pattern, parsed) if first else None,
            "groups": parsed.state.groups > 1}


def _spelled(pattern: str, parsed) -> str | None:
    """How Grammar.regex may write a pattern that needs a look-ahead of its first characters:
    "literal" when literal_first can spell it out and every alternative then starts with a literal
    (re scans for them itself, and tries only the alternatives of the character it stops at),
    "blank" when some start with a blank or a digit instead (spelled out, behind the look-ahead
    still), None when it cannot be spelled out (a repeat first; named groups or references to
    groups, which a group written twice would break) or would be too long (_MAX_SPELLED). Its
    groups, if any, capture nothing."""
    if parsed.state.groupdict or re.search(r"\\[1-9]|\(\?P=|\(\?\(", pattern):
        return None
    try:
        spelled = build_literal_first(pattern)
    except ValueError:
        return None
    if len(spelled) > min(_MAX_SPELLED, _MAX_GROWTH * len(pattern)):
        return None
    return "blank" if any(a.startswith(_CLASS_TOKENS) for a in _top_alternatives(spelled)) else "literal"


# Spelled out longer than this, a pattern is a program of hundreds of kilobytes that a search walks
# across, from one alternative to the next, out of the processor's caches: acts.OFFER, whose long
# rests follow 61 first characters, spelled out to 127,000 characters (a megabyte of program) ran
# half the instructions of its look-ahead form, but some searches took 100 times as long (800 µs
# instead of 7), and loading it took 8 ms of a one-draft start. Nor more than _MAX_GROWTH times its
# own length: such a pattern is mostly long rests written again behind many first characters, and
# every process that starts loads it (the eight that grew more, to 2,000-14,000 characters, saved
# about 1,100 instructions per reply among them).
_MAX_SPELLED = 16_000
_MAX_GROWTH = 6

# A shorter pattern costs little more to try at a character than the look-ahead itself. (The
# look-ahead's class cost 1-3M instructions to compile, a class of kanji from many blocks of
# Unicode, and only alternations of 300 characters or more had one; the compiled programs are
# shipped now: TECHNICAL_SETTING, 175 characters of six branches each tried at every character
# of the writer's text, went 28.7 -> 8.5 ms over the 2,000 generated replies with one.)
_LOOK_AHEAD_FROM = 100


def _look_ahead_for(parsed) -> str | None:
    """The characters a match of the pattern can start with, as the text of a class, when `re`
    would otherwise try the whole pattern at every character: an alternative that starts with a group, a class or a
    look-behind leaves `re` without a first character to scan for, and each try of a large
    alternation costs hundreds of instructions. A look-ahead for these characters (see
    `Grammar.regex`) rejects the others at once. None when `re` finds a prefix of its own (the
    pattern starts with a literal, or every alternative does), when a match may be empty or
    start with any character, or when the pattern sets flags of its own."""
    if parsed.state.flags & ~_p.SRE_FLAG_UNICODE:  # (?m) …: must stay at the very start
        return None
    if _re_has_prefix(parsed.data):
        return None
    try:
        chars, maybe_empty = _first_chars(parsed.data)
    except ValueError:
        return None
    if maybe_empty:
        return None
    # (the class's text: its characters, and \s or \d when a match may start with a blank or a
    # digit, as OPENING's 拝啓 after up to four blanks does: without it, OPENING was tried at every
    # character)
    named = set(_CLASSES.values())
    return re.escape("".join(sorted(chars - named))) + "".join(sorted(chars & named))


# Categories _first_chars takes among a match's first characters, kept in its set as the text
# that names them in a class (any character \s or \d matches)
_CLASSES = {_c.CATEGORY_SPACE: "\\s", _c.CATEGORY_DIGIT: "\\d"}


def _re_has_prefix(items) -> bool:
    """Whether `re` scans for the pattern's first character itself (re._compiler's
    _get_literal_prefix / _get_charset_prefix: a first literal or class, or a first group of
    alternatives that all start with a literal), or a try at a character fails at once (every
    alternative starts with a class)."""
    while items and items[0][0] is _c.SUBPATTERN:
        items = items[0][1][-1]
    if not items:
        return False
    op, av = items[0]
    if op in (_c.LITERAL, _c.IN):
        return True
    # (alternatives that each start with a class are rejected at a character by one test each)
    return op is _c.BRANCH and all(b and b[0][0] in (_c.LITERAL, _c.IN) for b in av[1])


def _first_chars(items) -> tuple[set[str], bool]:
    """The characters a match of this sequence can start with (with \\s or \\d for any that they match),
    and whether it can be empty; ValueError for a piece that may start with any character (., a
    category other than \\s, a negated class)."""
    chars: set[str] = set()
    for op, av in items:
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue  # zero-width: the next piece starts the match
        if op is _c.LITERAL:
            chars.add(chr(av))
            return chars, False
        if op is _c.IN:
            for o, v in av:
                if o is _c.LITERAL:
                    chars.add(chr(v))
                elif o is _c.CATEGORY and v in _CLASSES:
                    chars.add(_CLASSES[v])
                else:
                    raise ValueError(av)
            return chars, False
        if op is _c.SUBPATTERN:
            inner, empty = _first_chars(av[-1])
        elif op is _c.BRANCH:
            inner, empty = set(), False
            for branch in av[1]:
                got, e = _first_chars(branch)
                inner |= got
                empty = empty or e
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
            inner, empty = _first_chars(av[2])
            empty = empty or av[0] == 0
        else:
            raise ValueError(op)
        chars |= inner
        if not empty:
            return chars, False
    return chars, True


def write_gates() -> int:
    """Work out the analysis of every grammar and the pattern of every trie the package builds,
    and write them to gates.json; then compile every pattern the package compiles and write
    their compiled programs (see `compile`), and the dictionary's spellings of the lemmas the
    phrase matcher asked for (tokenize/spellings.json)."""
    global _gates
    _gates = {}
    from .api import get_linter
    get_linter()  # loads every check module, and with them every grammar
    build_lazy_parts()
    table = {key: analyse(pattern) for key, pattern in sorted(_asked.items())}
    table.update((key, build_trie_pattern(texts)) for key, texts in sorted(_tries_asked.items()))
    table.update((key, build_literal_first(pattern)) for key, pattern in sorted(_firsts_asked.items()))
    _GATES_FILE.write_text(json.dumps(table, ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    _gates = table
    write_compiled()
    try:  # the spellings the phrase matcher asked the dictionary for (see matcher._gated_anchors),
        # and MeCab's output for the phrases it tokenized (see FugashiBackend.tokenize_phrase)
        from .tokenize import fugashi_backend
        fugashi_backend.write_spellings()
        fugashi_backend.write_phrases()
    except ImportError:
        pass
    return len(table)


# -- compiled patterns, shipped ---------------------------------------------------------------
# Compiling the patterns a run uses (about 360, parsed and compiled by re's compiler, which is
# Python) took about 100 ms of every process that lints a few hundred replies, more than
# tokenizing them. The compiled programs are shipped in compiled.marshal, for the interpreter
# that wrote it (re's program format belongs to a CPython version: MAGIC, CODESIZE), and handed
# to _sre.compile as re.compile hands them over. Another interpreter, a pattern not in the file
# or a program _sre refuses: re.compile, as before. The same pattern either way.
# Each program is stored as the bytes of its code words, turned into the list _sre takes when
# its pattern is first compiled: marshal made an int object of each of the ~160,000 words at
# load, 44 ms of every start (3 MB kept), where bytes load in 1 ms.
_COMPILED_FILE = Path(__file__).with_name("compiled.marshal")
_compiled: dict | None = None
_compiles_asked: set[tuple[str, int]] = set()  # (pattern, flags) compiled through `compile`, this process


def _interpreter() -> str:
    return f"{sys.implementation.cache_tag}-{_c.MAGIC}-{_sre.CODESIZE}"


def _compiled_table() -> dict:
    global _compiled
    if _compiled is None:
        _compiled = {}
        try:
            with open(_COMPILED_FILE, "rb") as f:
                stored = marshal.loads(f.read())  # (marshal.load reads a file in small pieces: 3 ms, not 1)
            if stored.get("interpreter") == _interpreter():
                _compiled = stored["patterns"]
        except (OSError, ValueError, EOFError, TypeError, KeyError, AttributeError):
            pass
    return _compiled


def compile(pattern: str, flags: int = 0) -> re.Pattern:  # noqa: A001 - re.compile's drop-in
    """re.compile(pattern, flags), from the shipped program when there is one. The same pattern
    object for the same pattern, as re's cache gives: checks with one trigger share its search
    (the engine knows a trigger by its object)."""
    key = (pattern, int(flags))
    rx = _made.get(key)
    if rx is None:
        _compiles_asked.add(key)
        entry = _compiled_table().get(key)
        if entry is not None:
            try:
                rx = _sre.compile(pattern, *unpacked(entry))
            except (RuntimeError, TypeError, ValueError, OverflowError):
                pass  # (a damaged file: _sre validates every program it is given)
        rx = _made[key] = rx if rx is not None else re.compile(pattern, key[1])
    return rx


_made: dict[tuple[str, int], re.Pattern] = {}  # (pattern, flags) -> its pattern object, this process


def compiled_entry(pattern: str, flags: int = 0) -> tuple:
    """What re.compile hands _sre.compile after parsing and compiling `pattern` (re._compiler.compile)."""
    parsed = _p.parse(pattern, flags)
    code = _rc._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, k in groupindex.items():
        indexgroup[k] = name
    return (int(flags | parsed.state.flags), [int(c) for c in code], parsed.state.groups - 1, groupindex,
            tuple(indexgroup))


_CODE_TYPE = next((t for t in "IL" if array(t).itemsize == _sre.CODESIZE), "I")  # (a code word's C type)


def packed(entry: tuple) -> tuple:
    """A `compiled_entry` as compiled.marshal stores it: its code words as bytes."""
    flags, code, *rest = entry
    return (flags, array(_CODE_TYPE, code).tobytes(), *rest)


def unpacked(entry: tuple) -> tuple:
    """A stored entry as _sre.compile takes it (an entry whose code is a list already is kept)."""
    flags, code, *rest = entry
    return entry if isinstance(code, list) else (flags, array(_CODE_TYPE, code).tolist(), *rest)


def compile_every_pattern() -> None:
    """Compile every pattern the package compiles, the lazy ones too (each is then in
    _compiles_asked): what compiled.marshal must hold."""
    import gc

    from .api import get_linter
    get_linter()
    for g in _grammars:
        g.regex, g.gate
    for builder in _builders:
        builder()
    for o in gc.get_objects():
        if type(o) in (LazyPattern, LookBack):
            o._compiled()


def write_compiled() -> int:
    """Write the programs of every pattern the package compiles to compiled.marshal, for this
    interpreter."""
    compile_every_pattern()
    table = {key: packed(compiled_entry(*key)) for key in sorted(_compiles_asked)}
    _COMPILED_FILE.write_bytes(marshal.dumps({"interpreter": _interpreter(), "patterns": table}, 4))
    return len(table)


class Grammar:
    """A compiled pattern behind a gate of required words (see the module docstring). It has
    the methods of a compiled pattern that the checks use, with the same results. The pattern
    and its gate are compiled when first used: a reply that never passes a gate never pays for
    the pattern behind it, and a short run starts sooner."""

    __slots__ = ("pattern", "flags", "gate_from", "spans_only", "_regex", "_gate", "_lead", "_ready")

    def __init__(self, pattern: str, flags: int = 0, *, gate_from: str | None = None, spans_only: bool = False) -> None:
        """`gate_from`: a part the pattern is built to begin with (pattern = part + …), whose
        words make a better gate than the ones chosen from the whole. `spans_only`: its callers
        read where a match starts and ends, and what it holds (m.group()), never a group of it,
        so its groups may be renumbered (see _searched)."""
        if gate_from is not None and not pattern.startswith(gate_from):
            raise ValueError("gate_from must be the start of the pattern")
        self.pattern, self.flags, self.gate_from, self.spans_only = pattern, flags, gate_from, spans_only
        self._regex = self._gate = self._lead = None
        self._ready = False
        _grammars.append(self)

    def _prepare(self) -> None:
        # A pattern that only spells out words is as fast as its gate would be; and a gate with
        # a one-letter kana or Latin word passes almost every sentence (a single kanji such as
        # 傷 is rare enough).
        words, lead = None, None
        if not self.flags and analysis(self.pattern)["slow"]:
            found = analysis(self.gate_from or self.pattern)
            words, lead = set(found["words"] or ()), found["lead"]
        if words:  # any part of a required word is required too: drop the honorific お/ご
            trimmed = {w[1:] if w[0] in "おご" and len(w) > 2 else w for w in words}
            if trimmed != words:
                words, lead = trimmed, None if lead is None else lead + 1
        if words and not any(map(_common, words)):
            self._gate = compile(trie_pattern(sorted(words)))
            # A match holds at most this many characters before the gate's word: the full
            # search starts there, not at the start of the sentence.
            self._lead = lead
        self._ready = True

    @property
    def gate(self) -> re.Pattern | None:
        if not self._ready:
            self._prepare()
        return self._gate

    @property
    def lead(self) -> int | None:
        if not self._ready:
            self._prepare()
        return self._lead

    @property
    def regex(self) -> re.Pattern:
        if self._regex is None:
            self._regex = compile(self._searched(), self.flags)
        return self._regex

    def _searched(self) -> str:
        """The pattern as it is searched. One that re would try at every character (an alternative
        starts with a group, a class or a look-behind) is written literal first (literal_first: re
        then scans for its first characters and, where it stops, tries the alternatives of that
        character alone: CLOSING 31k -> 13k instructions per reply) when it has no groups, or its
        callers read none (spans_only: the spelled-out pattern captures nothing). Otherwise, or
        when it cannot be spelled out or would grow too long (_MAX_SPELLED), it is tried only
        where a character it can start with stands (see _look_ahead_for), as is one spelled out
        whose match may start with a blank. The same matches either way."""
        found = None if self.flags else analysis(self.pattern)
        first = found and found.get("first")
        if not first:
            return self.pattern
        spelled = found.get("spelled") if self.spans_only or not found.get("groups") else None
        body = literal_first(self.pattern) if spelled else self.pattern
        return body if spelled == "literal" else "(?=[" + first + "])(?:" + body + ")"

    def search(self, string: str, pos: int = 0, endpos: int | None = None):
        if endpos is None:
            endpos = len(string)
        if not self._ready:
            self._prepare()
        gate = self._gate
        if gate is not None:
            word = gate.search(string, pos, endpos)
            if word is None:
                return None
            if self._lead is not None and word.start() - self._lead > pos:
                pos = word.start() - self._lead
        return (self._regex or self.regex).search(string, pos, endpos)

    def may_match(self, string: str, pos: int = 0, endpos: int | None = None) -> bool:
        """Whether string[pos:endpos] holds one of the words every match holds (its gate), as any
        span it matches in does: a cheap test before searching many spans of it one by one."""
        gate = self.gate
        return gate is None or gate.search(string, pos, len(string) if endpos is None else endpos) is not None

    # Matching at one place is quick already: no gate.
    def match(self, string: str, pos: int = 0, endpos: int | None = None):
        return self.regex.match(string, pos, len(string) if endpos is None else endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int | None = None):
        return self.regex.fullmatch(string, pos, len(string) if endpos is None else endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int | None = None):
        if endpos is None:
            endpos = len(string)
        gate = self.gate
        if gate is not None:
            word = gate.search(string, pos, endpos)
            if word is None:
                return iter(())
            if self._lead is not None and word.start() - self._lead > pos:
                pos = word.start() - self._lead  # no match starts before this
        return self.regex.finditer(string, pos, endpos)

    def __repr__(self) -> str:
        return f"Grammar({self.pattern[:40]!r}…)"


class FirstOf:
    """Several compiled patterns searched as one: `search` gives the match that starts first
    (the first pattern's on a tie), as a search for their alternation would start there."""

    __slots__ = ("patterns",)

    def __init__(self, *patterns: re.Pattern) -> None:
        self.patterns = patterns

    def search(self, string: str, pos: int = 0, endpos: int | None = None):
        endpos = len(string) if endpos is None else endpos
        best = None
        for rx in self.patterns:
            m = rx.search(string, pos, endpos)
            if m is not None and (best is None or m.start() < best.start()):
                best = m
        return best

    @property
    def pattern(self) -> str:
        return "|".join(rx.pattern for rx in self.patterns)


class WordsByLetter:
    """trie_pattern(words), searched over a whole text from a letter of each word (its anchor:
    the first of its letters that is one of `letters`). re scans for a trie's set of first
    letters at about 50 instructions a character, and for a pattern that opens with one letter
    at about 8: for each anchor letter the text holds (str's test, cheaper still), the words at
    it are searched as such a pattern (the letters before the anchor read behind it); the trie
    itself is then searched from the first anchor found, as far back as an anchor lies in its
    word. search() gives what the trie's search gives: a word has its anchor in the text, no
    more than `reach` letters on, so the trie's first match lies no further back. A search from
    a place in the text (a sentence's, as Document.sentences_with asks) is the trie's own: the
    letters' tests read the whole text, and each such search would read it again."""

    __slots__ = ("trie", "parts", "letters", "reach", "longest")

    def __init__(self, words, letters: str) -> None:
        words = sorted(set(words))
        at: dict[str, dict[str, list[str]]] = {}
        for w in words:
            k = next((i for i, ch in enumerate(w) if ch in letters), None)
            if k is None:
                raise ValueError(f"WordsByLetter: {w!r} holds none of the anchor letters")
            at.setdefault(w[k], {}).setdefault(w[:k], []).append(w[k + 1:])
        self.trie = lazy(trie_pattern(words))
        self.letters = tuple(at)
        self.parts = tuple(lazy(re.escape(ch) + _after_anchor(ch, by_prefix)) for ch, by_prefix in at.items())
        self.reach = max(len(prefix) for by_prefix in at.values() for prefix in by_prefix)
        self.longest = max(map(len, words))

    def search(self, string: str, pos: int = 0, endpos: int | None = None):
        end = len(string)
        if pos or endpos is not None and endpos < end:
            return self.trie.search(string, pos, end if endpos is None else endpos)
        first = None  # (the first anchor found: a word anchored before it ends within `longest` of it)
        for letter, part in zip(self.letters, self.parts):
            if letter in string:
                m = part.search(string, 0, end if first is None else min(end, first + self.longest))
                if m is not None and (first is None or m.start() < first):
                    first = m.start()
        return None if first is None else self.trie.search(string, max(0, first - self.reach))

    @property
    def pattern(self) -> str:
        return self.trie.pattern


def _after_anchor(ch: str, by_prefix: dict[str, list[str]]) -> str:
    """What follows an anchor letter `ch` in WordsByLetter's part for it: for each run of letters
    before it in a word, that run read behind, then the trie of the words' rests."""
    ways = []
    for prefix, rests in sorted(by_prefix.items()):
        rest = "" if "" in rests else trie_pattern(rests)  # (a word that ends at ch: no more needed)
        if not prefix and not rest:
            return ""  # (the letter alone is a word)
        ways.append(("(?<=" + re.escape(prefix + ch) + ")" if prefix else "") + rest)
    return ways[0] if len(ways) == 1 else "(?:" + "|".join(ways) + ")"


class AnyOf:
    """Several compiled patterns as a trigger that only asks whether any of them is there: `search`
    gives the first pattern's first match, else the second's, and so on (not the earliest of all,
    as FirstOf does), so that a reply holding the first pattern is scanned once. Only for a check
    that reads no position from its trigger's match but the first pattern's."""

    __slots__ = ("patterns",)

    def __init__(self, *patterns) -> None:
        self.patterns = patterns

    def search(self, string: str, pos: int = 0, endpos: int | None = None):
        endpos = len(string) if endpos is None else endpos
        for rx in self.patterns:
            m = rx.search(string, pos, endpos)
            if m is not None:
                return m
        return None

    @property
    def pattern(self) -> str:
        return "|".join(rx.pattern for rx in self.patterns)


class LookBack:
    """`pattern`'s matches that `before(string, start)` accepts: a look-behind at the start of
    every match, tested in Python. Python's regex compiler walks every code point of a class's
    range in Python ([一-龥]: 21,000 of them, half a millisecond at each occurrence, at every
    start of a process), so a look-behind over kanji that is tried only where a rare literal
    matches costs less here. The test sees the whole string, before `pos` too, as a look-behind
    does; a match it refuses is searched again one character later, as the regex would go on.
    `pattern` must not match the empty string. Compiled at first use."""

    __slots__ = ("pattern", "before", "_search")

    def __init__(self, pattern: str, before) -> None:
        self.pattern, self.before = pattern, before
        self._search = None  # the compiled pattern's search, from the first use on

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize):
        find = self._search or self._compiled()
        m = find(string, pos, endpos)
        while m is not None and not self.before(string, m.start()):
            m = find(string, m.start() + 1, endpos)
        return m

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize):
        m = self.search(string, pos, endpos)
        while m is not None:
            yield m
            m = self.search(string, m.end(), endpos)

    def _compiled(self):
        self._search = compile(self.pattern).search
        return self._search

    def __repr__(self) -> str:
        return f"LookBack({self.pattern[:40]!r}, {self.before.__name__})"


_PATTERN_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class LazyPattern:
    """A compiled pattern, compiled when first used. A check's patterns are needed only on
    replies its trigger lets through, and compiling them all took a fifth of a one-draft start
    (a character class of kanji costs a millisecond). On first use the compiled pattern's own
    methods are bound onto the instance, so later calls cost what a compiled pattern's do."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern, self.flags = pattern, flags

    def _compiled(self) -> re.Pattern:
        rx = compile(self.pattern, self.flags)
        for name in _PATTERN_METHODS:
            setattr(self, name, getattr(rx, name))
        self.__dict__["_rx"] = rx
        return rx

    def __getattr__(self, name: str):  # groups, groupindex …
        if name.startswith("__") or name == "_rx":
            raise AttributeError(name)
        return getattr(self.__dict__.get("_rx") or self._compiled(), name)

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern[:40]!r}…)"


def _on_first_use(name: str):
    def call(self, *args):
        return getattr(self._compiled(), name)(*args)

    call.__name__ = name
    return call


for _name in _PATTERN_METHODS:  # (replaced on the instance by the compiled pattern's own, at first use)
    setattr(LazyPattern, _name, _on_first_use(_name))


def lazy(pattern: str, flags: int = 0) -> LazyPattern:
    """re.compile, deferred to the pattern's first use (see LazyPattern)."""
    return LazyPattern(pattern, flags)
