"""Rule options: each value is checked against the rule's default when the config loads.

A rule's options are declared with their defaults in its pack (`options:`). A value given in a
config must have the default's type — a whole number where the default is one, a number
(whole or not) where it is a fraction, true/false, text, or a list of texts — and, where a
range or a set of values makes sense, lie in it. A value that does not is a ConfigError naming
the file and the key, before any reply is checked: never a crash at lint time.
"""

from __future__ import annotations

# (rule ID, option) -> (lowest, highest) for numbers, or the allowed values for text.
RANGES: dict[tuple[str, str], tuple] = {
    ("clarity/long-sentence", "max_email"): (1, None),
    ("clarity/long-sentence", "max_chat"): (1, None),
    ("clarity/long-sentence", "max_sns"): (1, None),
    ("clarity/long-sentence", "max_clauses"): (1, None),
    ("closing/no-further-help", "window"): (1, None),
    ("template/repeated-sentence", "min_chars"): (1, None),
    ("jargon/katakana-dense", "threshold"): (0, 1),
    ("jargon/katakana-dense", "min_words"): (1, None),
    ("sns/too-long", "max"): (1, None),
    ("sns/too-long", "counting"): ("x", "chars"),
    ("sns/too-long", "public_far"): (0, None),
    ("sns/far-too-long", "max"): (1, None),
    ("sns/far-too-long", "post_limit"): (1, None),
    ("sns/far-too-long", "counting"): ("x", "chars"),
    ("keigo/sasete-itadaku-overuse", "max"): (0, None),
}

# Options whose default is whole but which take any number (the check reads them as fractions).
FRACTIONAL = {("sns/too-long", "max"), ("sns/too-long", "public_far"), ("sns/far-too-long", "max"),
              ("sns/far-too-long", "post_limit"), ("jargon/katakana-dense", "threshold")}


def _kind(value) -> str:
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, int):
        return "a whole number"
    if isinstance(value, float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a table"
    return type(value).__name__


def option_problem(rule: str, name: str, value, default) -> str | None:
    """What is wrong with `value` for option `name` of `rule` (whose default is `default`), or
    None when it is fine."""
    if isinstance(default, bool):
        if not isinstance(value, bool):
            return f"must be true or false, not {_kind(value)} ({value!r})"
    elif isinstance(default, (int, float)):
        whole = isinstance(default, int) and (rule, name) not in FRACTIONAL
        if isinstance(value, bool) or not isinstance(value, (int, float)) or (whole and not isinstance(value, int)):
            want = "a whole number" if whole else "a number"
            return f"must be {want}, not {_kind(value)} ({value!r})"
        if value != value or value in (float("inf"), float("-inf")):
            return f"must be a finite number, not {value!r}"
        low, high = RANGES.get((rule, name), (None, None))
        if low is not None and value < low:
            return f"must be at least {low}, not {value!r}"
        if high is not None and value > high:
            return f"must be at most {high}, not {value!r}"
    elif isinstance(default, str):
        if not isinstance(value, str):
            return f"must be text, not {_kind(value)} ({value!r})"
        allowed = RANGES.get((rule, name))
        if allowed and value not in allowed:
            return f"must be one of {', '.join(allowed)}, not {value!r}"
    elif isinstance(default, list):
        if not isinstance(value, list):
            return f"must be a list of texts (write [{value!r}] for one), not {_kind(value)}"
        bad = [v for v in value if not isinstance(v, str)]
        if bad:
            return f"must be a list of texts; {bad[0]!r} is {_kind(bad[0])}"
    return None
