"""`replylint dupes`: clusters of near-duplicate macros (shingles, MinHash + LSH, exact Jaccard)."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from replylint import dupes, shingles
from replylint.cli import main
from replylint.dupes import Entry, find_clusters

REFUND = ("{{ticket.requester.name}} 様\n\nお問い合わせいただき、ありがとうございます。\n"
          "ご注文いただいた商品の返金について、ご案内いたします。\n"
          "返金は、返品された商品が倉庫に届いたことを確認してから、5営業日以内に手続きいたします。\n"
          "クレジットカードでお支払いの場合、カード会社の締め日によっては、翌月以降のご請求で相殺されることがあります。\n"
          "どうぞよろしくお願いいたします。")
# The same macro as another team keeps it: another placeholder, re-wrapped, full-width digits,
# one phrase said another way, its own signature.
REFUND_COPY = ("[お客様名]様　お問い合わせいただき、ありがとうございます。\n"
               "ご注文いただいた商品の返金について、ご案内します。返金は、返品された商品が倉庫に届いたことを"
               "確認してから、５営業日以内に手続きいたします。\n"
               "クレジットカードでお支払いの場合、カード会社の締め日によっては、翌月以降のご請求で相殺されることがあります。\n"
               "どうぞよろしくお願いいたします。\n\n"
               "――――――――――\nみなと通販 お客様窓口\nTEL 0120-000-000\n――――――――――")
ADDRESS = ("{{ticket.requester.name}} 様\n\nお問い合わせいただき、ありがとうございます。\n"
           "お届け先の住所は、発送の前日までマイページの「ご注文履歴」から変更できます。\n"
           "発送の手続きが済んだあとは、配送業者に直接ご連絡いただく必要があります。\n"
           "どうぞよろしくお願いいたします。")


def entries(*texts):
    return [(Entry("lib.yaml", f"m{k}"), t) for k, t in enumerate(texts, 1)]


def locators(result):
    return [[m.entry.locator for m in c.members] for c in result.clusters]


def test_a_copy_is_found_and_an_unrelated_macro_is_not():
    result = find_clusters(entries(REFUND, ADDRESS, REFUND_COPY))
    assert locators(result) == [["m1", "m3"]]
    cluster = result.clusters[0]
    assert cluster.members[0].similarity == 1.0
    assert dupes.DEFAULT_THRESHOLD <= cluster.similarity == cluster.members[1].similarity < 1.0
    assert result.compared == 3


def test_placeholders_spacing_width_and_signature_do_not_count():
    a = "{{ticket.requester.name}} 様\nご注文の商品を、12月3日に発送いたしました。\nお届けまで今しばらくお待ちください。"
    b = ("{{ticket.requester.first_name}}様　ご注文の商品を、１２月３日に\n発送いたしました。お届けまで今しばらくお待ちください。"
         "\n\n--\nみなと通販 サポートセンター\nsupport@example.jp")
    c = "[お客様名] 様\nご注文の商品を 12月3日に発送いたしました。  お届けまで 今しばらく お待ちください。"
    assert shingles.comparable(a) == shingles.comparable(b) == shingles.comparable(c)
    result = find_clusters(entries(a, b, c))
    assert [m.similarity for m in result.clusters[0].members] == [1.0, 1.0, 1.0]


def test_a_shared_signature_does_not_make_different_macros_alike():
    signature = ("\n\n――――――――――――――――――――\n株式会社みなと通販 カスタマーサポート\n"
                 "TEL：0120-000-000（受付時間 平日10:00〜18:00）\nMail：support@minato.example.jp\n"
                 "〒100-0001 東京都千代田区千代田1-1\n――――――――――――――――――――")
    short_a = "{{ticket.requester.name}} 様\nパスワードを再設定するリンクをお送りしました。"
    short_b = "{{ticket.requester.name}} 様\nご注文のキャンセルを承りました。"
    assert find_clusters(entries(short_a + signature, short_b + signature)).clusters == ()


def test_the_threshold_decides():
    a, b = REFUND, REFUND.replace("ご案内いたします", "お知らせいたします").replace("5営業日以内", "7営業日以内")
    similarity = shingles.jaccard(shingles.shingles(shingles.comparable(a)), shingles.shingles(shingles.comparable(b)))
    assert 0.5 < similarity < 1.0
    assert locators(find_clusters(entries(a, b), threshold=similarity - 0.01)) == [["m1", "m2"]]
    assert find_clusters(entries(a, b), threshold=similarity + 0.01).clusters == ()
    with pytest.raises(ValueError, match="threshold"):
        find_clusters(entries(a, b), threshold=1.5)


def test_clusters_chain_and_each_member_says_how_near_the_first_it_is():
    a = REFUND
    b = a.replace("ご案内いたします", "お知らせいたします")
    c = b.replace("どうぞよろしくお願いいたします", "引き続き、よろしくお願いいたします")
    result = find_clusters(entries(a, ADDRESS, b, c), threshold=0.8)
    assert locators(result) == [["m1", "m3", "m4"]]
    sims = [m.similarity for m in result.clusters[0].members]
    assert sims[0] == 1.0 and sims[1] > sims[2]  # c is further from a than b is
    assert result.clusters[0].similarity <= min(sims)


def test_no_all_pairs_comparison(monkeypatch):
    """2,000 different macros: the exact comparison runs only for the pairs LSH proposes."""
    rng = random.Random(7)
    alphabet = "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわをん"
    texts = ["".join(rng.choice(alphabet) for _ in range(200)) + "。" for _ in range(2000)]
    texts[1500] = texts[10][:190] + "ご確認ください。"  # one planted near-copy
    calls = []
    real = shingles.jaccard
    monkeypatch.setattr(shingles, "jaccard", lambda a, b: calls.append(1) or real(a, b))
    result = find_clusters(entries(*texts))
    assert locators(result) == [["m11", "m1501"]]
    assert len(calls) < 100  # all pairs would be 1,999,000


def test_replies_without_text_to_compare_are_skipped():
    result = find_clusters(entries("{{ticket.requester.name}}", REFUND, "  \n"))
    assert result.skipped == 2 and result.compared == 1 and result.clusters == ()


def test_datasketch_is_not_imported_to_lint_a_draft():
    code = ("import sys, replylint; replylint.lint('山田様\\nお問い合わせありがとうございます。');"
            "print('datasketch' in sys.modules, 'replylint.dupes' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]


# -- the command ---------------------------------------------------------------------------------
@pytest.fixture
def run(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()

    def invoke(*args):
        return runner.invoke(main, ["dupes", *args], catch_exceptions=False)

    return invoke


def library(tmp_path: Path) -> list[str]:
    """A CSV and a JSONL library and a plain draft: the refund macro is in all three."""
    (tmp_path / "canned.csv").write_text(
        "id,title,body\n" + "\n".join(f'{k},{title},"{body}"' for k, title, body in
                                      ((1, "返金のご案内", REFUND), (2, "住所変更", ADDRESS))) + "\n", encoding="utf-8")
    (tmp_path / "macros.jsonl").write_text(
        json.dumps({"title": "返金について（旧）", "body": REFUND_COPY}, ensure_ascii=False) + "\n"
        + json.dumps({"title": "配送の遅れ", "body": "{{ticket.requester.name}} 様\n大雪の影響で、お届けが1日から2日遅れる見込みです。"},
                     ensure_ascii=False) + "\n", encoding="utf-8")
    (tmp_path / "refund.txt").write_text(REFUND.replace("{{ticket.requester.name}}", "{{ticket.requester.first_name}}"),
                                         encoding="utf-8")
    return ["canned.csv", "macros.jsonl", "refund.txt"]


def test_cli_text_names_every_copy_once(run, tmp_path):
    result = run(*library(tmp_path))
    assert result.exit_code == 1
    out = result.output
    assert out.count("ほぼ同じマクロ 1: 3 件") == 1 and "ほぼ同じマクロ 2" not in out
    assert "canned.csv [1]" in out and "macros.jsonl [返金について（旧）]" in out and "refund.txt" in out
    assert "canned.csv [2]" not in out and "配送の遅れ" not in out
    assert "5 件を比較（しきい値 0.65）: ほぼ同じマクロのまとまり 1 組（3 件）" in out


def test_cli_json(run, tmp_path):
    result = run("--format", "json", *library(tmp_path))
    assert result.exit_code == 1
    data = json.loads(result.output)
    assert data["version"] == 1 and data["threshold"] == dupes.DEFAULT_THRESHOLD and data["replies"] == 5
    assert data["errors"] == []
    [cluster] = data["clusters"]
    assert cluster["size"] == 3
    members = cluster["members"]
    assert [(m["path"], m.get("reply")) for m in members] == [
        ("canned.csv", "1"), ("macros.jsonl", "返金について（旧）"), ("refund.txt", None)]
    assert "reply" not in members[2]  # a plain draft has no locator
    assert members[0]["similarity"] == 1.0 and members[2]["similarity"] == 1.0
    assert dupes.DEFAULT_THRESHOLD <= members[1]["similarity"] < 1.0
    assert cluster["similarity"] == min(m["similarity"] for m in members)


def test_cli_none_found_exits_0(run, tmp_path):
    (tmp_path / "a.txt").write_text(REFUND, encoding="utf-8")
    (tmp_path / "b.txt").write_text(ADDRESS, encoding="utf-8")
    result = run("a.txt", "b.txt")
    assert result.exit_code == 0
    assert "2 件を比較（しきい値 0.65）: ほぼ同じマクロはありません" in result.output


def test_cli_a_folder_is_its_files(run, tmp_path):
    library(tmp_path)
    result = run("--format", "json", ".")
    assert result.exit_code == 1
    assert len(json.loads(result.output)["clusters"][0]["members"]) == 3


def test_cli_bad_input_exits_2_and_the_rest_is_still_compared(run, tmp_path):
    files = library(tmp_path)
    (tmp_path / "broken.csv").write_text("id,title\n1,返金\n", encoding="utf-8")
    result = run("--format", "json", "missing.jsonl", "broken.csv", *files)
    assert result.exit_code == 2
    data = json.loads(result.stdout)
    assert [e["path"] for e in data["errors"]] == ["missing.jsonl", "broken.csv"]
    assert "no text column" in data["errors"][1]["error"]
    assert len(data["clusters"]) == 1  # the good files were compared
    assert "missing.jsonl" in result.stderr and "broken.csv" in result.stderr


def test_cli_threshold_option_and_config(run, tmp_path):
    a = REFUND
    b = a.replace("ご案内いたします", "お知らせいたします").replace("5営業日以内", "7営業日以内")
    (tmp_path / "a.txt").write_text(a, encoding="utf-8")
    (tmp_path / "b.txt").write_text(b, encoding="utf-8")
    similarity = shingles.jaccard(shingles.shingles(shingles.comparable(a)), shingles.shingles(shingles.comparable(b)))
    above, below = f"{similarity + 0.02:.2f}", f"{similarity - 0.02:.2f}"
    assert run("a.txt", "b.txt").exit_code == 1
    assert run("--threshold", above, "a.txt", "b.txt").exit_code == 0
    (tmp_path / "pyproject.toml").write_text(f"[tool.replylint.dupes]\nthreshold = {above}\n", encoding="utf-8")
    assert run("a.txt", "b.txt").exit_code == 0  # the config's threshold
    assert run("--threshold", below, "a.txt", "b.txt").exit_code == 1  # the option wins
    for bad in ("0", "1.5", "abc"):
        result = run("--threshold", bad, "a.txt")
        assert result.exit_code == 2 and "--threshold" in result.output


def test_cli_bad_config_threshold_exits_2(run, tmp_path):
    (tmp_path / "a.txt").write_text(REFUND, encoding="utf-8")
    (tmp_path / "replylint.toml").write_text("[dupes]\nthreshold = 2\n", encoding="utf-8")
    result = run("a.txt")
    assert result.exit_code == 2
    assert "dupes.threshold: must be a number above 0 and at most 1" in result.stderr
    (tmp_path / "replylint.toml").write_text("[dupes]\nlimit = 0.5\n", encoding="utf-8")
    result = run("a.txt")
    assert result.exit_code == 2 and "dupes.limit: unknown key" in result.stderr


def test_cli_unknown_encoding_is_a_usage_error(run, tmp_path):
    (tmp_path / "a.txt").write_text(REFUND, encoding="utf-8")
    result = run("--encoding", "no-such-codec", "a.txt")
    assert result.exit_code == 2 and "unknown encoding 'no-such-codec'" in result.output


def test_cli_encoding_is_used(run, tmp_path):
    (tmp_path / "a.txt").write_bytes(REFUND.encode("cp932"))
    (tmp_path / "b.txt").write_bytes(REFUND_COPY.encode("cp932"))
    result = run("--encoding", "cp932", "--format", "json", "a.txt", "b.txt")
    assert result.exit_code == 1 and json.loads(result.stdout)["clusters"][0]["size"] == 2
