"""positive/blame's trigger (_BLAME_WORDS, a hand-written list searched from each word's rarest
character) must hold a word of every blame the check reports, or a reply that holds nothing else of it
is never read. Sampling each pattern against the trigger (tests/_regex_sampler.py) found these forms
missing in round 29; each sentence below is linted with triggers on and off, and positive/blame must
report the same, and something."""

from __future__ import annotations

import pytest

BLAMES = [
    "同じ内容のお問い合わせは控えてください。",
    "同じ内容のお問い合わせは、お控えください。",
    "決済エラーはカード会社の問題なので、当社は関係ありません。",
    "説明書にも掲載しておりますが、サーバーは平らな場所に置いてください。",
    "よくご理解にならずにお申し込みされたようです。",
    "パスワードの使い回しが原因です。",
    "お客様がご自身で分解なさっていらっしゃったため、保証の対象外です。",
    "この傷はお預かりした時点で、すでについていたものと考えられます。",
]


@pytest.mark.parametrize("backend_name", ["fugashi", "sudachi"])
def test_blame_trigger_keeps_every_reported_sentence(backend_name):
    from replylint.api import load_rules
    from replylint.config import Config
    from replylint.document import parse
    from replylint.engine import Engine
    from replylint.tokenize import get_backend

    backend = get_backend(backend_name)
    specs = load_rules(Config())
    fast, full = Engine(specs, backend, Config()), Engine(specs, backend, Config(), use_triggers=False)
    for made in BLAMES:
        text = "山田様\n\nお問い合わせありがとうございます。\n" + made + "\nよろしくお願いいたします。\n\nサポート 佐藤"
        found = [{(f.start, f.end) for f in engine.run(parse(text, backend, "email")) if f.rule == "positive/blame"}
                 for engine in (fast, full)]
        assert found[1] and found[0] == found[1], made
