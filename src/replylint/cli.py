"""The `replylint` command: a thin shell over the library.

Exit codes: 0 no error-severity finding; 1 at least one; 2 usage error, unreadable input or
bad config (the other inputs are still checked).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from . import __version__
from .reporters import FORMATS
from .rulespec import AUDIENCES, CATEGORIES, CHANNELS
from .tokenize import BACKENDS

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


class DefaultGroup(click.Group):
    """`replylint FILE...` means `replylint check FILE...`."""

    def parse_args(self, ctx, args):
        if args and args[0] not in self.commands and args[0] not in ("--help", "-h", "--version"):
            # Options may come before the command (`replylint --tokenizer sudachi check f.txt`):
            # they all belong to `check`.
            if "check" in args and args[0].startswith("-"):
                args = [a for a in args if a != "check"]
            args = ["check", *args]
        return super().parse_args(ctx, args)


@click.group(cls=DefaultGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="replylint")
def main() -> None:
    """日本語のサポート返信文をチェックするリンター / A linter for Japanese support replies.

    \b
      replylint draft.txt                 下書きをチェック（= replylint check draft.txt）
      replylint --channel chat msg.txt    チャット向けの規則でチェック
      replylint --format json *.txt       JSON で出力（CI・連携向け）
      replylint rules                     規則の一覧
      replylint rule keigo/double-honorific   規則の説明
      replylint serve                     HTTP API と確認用のページを起動（replylint[server]）
      replylint mcp                       AI エージェント向けの MCP サーバー（replylint[mcp]）

    A file literally named "rules" or "rule" is checked with `replylint check rules`.
    """


def _split(values: tuple[str, ...]) -> list[str]:
    return [v.strip() for value in values for v in value.split(",") if v.strip()]


@main.command()
@click.argument("files", nargs=-1, type=click.Path(dir_okay=True, allow_dash=True))
@click.option("--channel", type=click.Choice(CHANNELS), default="email", show_default=True,
              help="返信の経路 / the channel the reply is sent on.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True,
              help="出力形式: text, json, sarif（GitHub のコードスキャン）, github（Actions の注釈）, junit, "
                   "gitlab（Code Quality） / output format.")
@click.option("--output-file", "-o", type=click.Path(dir_okay=False, writable=True), default=None,
              metavar="PATH", help="結果を標準出力でなくこのファイルに書く（書き終えてから置き換える） / write the "
                                   "report to PATH, atomically.")
@click.option("--exit-zero", is_flag=True, default=False,
              help="指摘があっても終了コード 0（読めない入力は 2 のまま） / exit 0 even with findings "
                   "(input errors still exit 2).")
@click.option("--statistics", is_flag=True, default=False,
              help="指摘の代わりに規則ごとの件数を出す（--format json なら JSON） / print counts per rule "
                   "instead of the findings.")
@click.option("--quiet", "-q", is_flag=True, default=False,
              help="指摘だけを出す（集計行・進捗バー・スコアの注意なし） / print the findings only: no summary, "
                   "no progress bar.")
@click.option("--min-score", type=click.IntRange(0, 100), default=None, metavar="N",
              help="スコア（0〜100）が N 未満の返信があれば終了コード 1 / exit 1 when a reply scores below N.")
@click.option("--show-suppressed", is_flag=True, default=False,
              help="抑止された指摘も表示する（text, json, sarif） / also list the suppressed findings.")
@click.option("--report-unused-suppressions", "report_unused", is_flag=True, default=False,
              help="何も抑止していない抑止コメント・per-entry-ignores をエラーとして報告する / report "
                   "suppressions that suppress nothing (rule suppression/unused).")
@click.option("--select", multiple=True, metavar="RULES",
              help="この規則・カテゴリだけを使う（カンマ区切り可） / only these rule IDs or categories.")
@click.option("--ignore", multiple=True, metavar="RULES",
              help="この規則・カテゴリを使わない / skip these rule IDs or categories.")
@click.option("--tokenizer", type=click.Choice(BACKENDS), default=None,
              help="形態素解析器（既定: fugashi） / tokenizer backend (default fugashi).")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), default=None,
              help="設定ファイル（既定: チェックするファイルから上へ探す） / config file.")
@click.option("--mode", type=click.Choice(["draft", "template"]), default="draft", show_default=True,
              help="draft: 送信前の下書き / template: マクロ（差し込み項目を正しいものとして扱う）.")
@click.option("--audience", type=click.Choice(AUDIENCES), default=None,
              help="読み手（専門用語の判断に使う）: consumer 一般のお客様, business 企業の担当者, technical IT の"
                   "担当者, auto 返信から判断（御中・ご担当者様・貴社・部署名があれば business、なければ consumer）。"
                   "既定: 設定の audience（未設定なら auto） / who reads the replies, for the jargon rules.")
@click.option("--first-message/--no-first-message", "first_message", default=None,
              help="チャットの返信が会話の最初のメッセージか（--first-message: 書き出しのあいさつがなければ"
                   "警告）、途中のメッセージか（--no-first-message: あいさつを求めない）。どちらも付けないときは"
                   "わからないものとして、あいさつがないことを info（提案）で伝えます / whether a chat "
                   "reply opens the conversation; unsaid, a missing opening is told as a suggestion.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="並列に動かすプロセス数（既定: ファイルが多いときはコア数、少ないときは 1） / worker "
                   "processes (default: one per core for many files, 1 for a few). Output order never changes.")
@click.option("--color", type=click.Choice(["auto", "always", "never"]), default="auto", show_default=True,
              help="色付け（NO_COLOR が設定されていれば auto は色なし） / colour output.")
@click.option("--max-bytes", type=click.IntRange(min=1), default=None, metavar="N",
              help="1つの入力から読む最大バイト数（既定: 下書き・標準入力 10 MiB、マクロ集 256 MiB） / the most bytes "
                   "read from one input (default: 10 MiB for a draft or standard input, 256 MiB for a library).")
@click.option("--encoding", default=None, metavar="NAME",
              help="入力の文字コード（既定: 自動判定。utf-8, cp932, euc-jp, iso-2022-jp, utf-16 …） / the inputs' "
                   "encoding (default: detected per file).")
@click.option("--templates", multiple=True, metavar="LIBRARY",
              help="下書きと比べるテンプレート集（繰り返し可）。ほとんど書き換えずに送る返信を template/verbatim-copy が"
                   "指摘する / a macro library to compare drafts with (repeatable).")
@click.option("--debug", is_flag=True, default=False,
              help="内部エラーのトレースバックを表示する / show the traceback of an internal error.")
@click.option("--fix", is_flag=True, default=False,
              help="安全な修正を下書きファイルに書き込む（マクロ集と標準入力は書き換えない） / apply safe fixes to "
                   "draft files in place.")
@click.option("--unsafe-fixes", is_flag=True, default=False,
              help="--fix / --diff で安全でない修正（言い換え）も適用する / with --fix or --diff, apply unsafe fixes too.")
@click.option("--diff", is_flag=True, default=False,
              help="修正の差分（unified diff）を表示し、ファイルは書き換えない / print a unified diff of the fixes; "
                   "write nothing.")
def check(files, channel, fmt, output_file, exit_zero, statistics, quiet, min_score, show_suppressed,
          report_unused, select, ignore, tokenizer, config_path, mode, audience, first_message, jobs, color,
          max_bytes, encoding, templates, debug, fix, unsafe_fixes, diff) -> None:
    """ファイルの返信文をチェックする / check reply drafts and macro libraries.

    `-` reads stdin. .json (Zendesk macro export or a list), .jsonl, .csv/.tsv and .yaml files
    are libraries: one reply per entry, in template mode. A folder means its .txt, .md, .csv,
    .tsv and .jsonl files.

    \b
    抑止（お客様には届かない書き方）/ suppressions:
      Markdown・HTML:  <!-- replylint-disable-next-line keigo/baito -->
                       <!-- replylint-disable RULE --> … <!-- replylint-enable -->
      YAML:            # replylint: disable=RULE  （エントリの行かその上）
      設定:            [tool.replylint.per-entry-ignores] "macros.json[macros/12]" = ["RULE"]
    """
    from .progress import Progress
    from .reporters.locate import where
    from .reporters.text import visible
    from .runner import Options, expand, run

    def visible_error(message: str) -> str:  # a traceback keeps its line breaks
        return "\n".join(visible(line) for line in message.split("\n"))

    if not files:
        raise click.UsageError("チェックするファイルを指定してください（標準入力は -）/ no FILE given")
    _check_encoding(encoding)
    _check_config(config_path)
    for library in templates:
        if not Path(library).exists():
            _fail(f"{library}: no such template library (--templates)")
    if unsafe_fixes and not (fix or diff):
        raise click.UsageError("--unsafe-fixes は --fix か --diff と一緒に使います / --unsafe-fixes needs --fix or --diff")
    if statistics and fmt not in ("text", "json"):
        raise click.UsageError(f"--statistics prints text or JSON; it cannot be combined with --format {fmt}")
    if output_file and not Path(output_file).resolve().parent.is_dir():
        _fail(f"{output_file}: the folder for --output-file does not exist")
    use_color = not output_file and (color == "always" or (color == "auto" and "NO_COLOR" not in os.environ
                                                           and sys.stdout.isatty()))
    options = Options(channel=channel, mode=mode, first_message=first_message, audience=audience, select=tuple(_split(select)),
                      ignore=tuple(_split(ignore)), tokenizer=tokenizer, config_path=config_path,
                      debug=debug, max_bytes=max_bytes, encoding=encoding, show_suppressed=show_suppressed,
                      report_unused=report_unused, templates=tuple(templates))
    paths = expand(list(files))
    # A bar only where a person watches stderr and the report is not streaming onto the same screen.
    watching = sys.stderr.isatty() and (bool(output_file) or statistics or not sys.stdout.isatty())
    progress = Progress(len(paths), sys.stderr, enabled=watching and not quiet)
    fixer = None
    if fix or diff:  # the fix flow (fixfiles.py); with --diff, stdout carries only the diff
        from .fixfiles import FixRun

        fixer = FixRun(options, unsafe=unsafe_fixes, note=lambda m: click.echo(f"replylint: {visible(m)}", err=True),
                       diff_out=sys.stdout.write if diff else None)
    failed = any_error = below = False
    try:
        with _output(None if diff else output_file) as out:
            reporter = _reporter(fmt, out, use_color, quiet, statistics, config_path) if not diff else _NoReport()
            for result in (fixer.run(paths) if fixer else run(paths, options, jobs)):
                progress.advance(result.path, result.replies)
                if result.error is not None:
                    failed = True
                    click.echo(f"replylint: {visible_error(result.error)}", err=True)
                    reporter.file(result.path, None, error=result.error, locator=result.locator)
                    continue
                any_error = any_error or any(f.severity == "error" for f in result.report.findings)
                if min_score is not None and result.report.score < min_score:
                    below = True
                    if not quiet:
                        click.echo(f"replylint: {visible(where(result.path, result.locator))}: スコア {result.report.score} が --min-score {min_score} "
                                   "を下回っています", err=True)
                reporter.file(result.path, result.report, locator=result.locator, encoding=result.encoding,
                              suppressed=result.suppressed, source_map=result.source_map)
            progress.close()
            reporter.finish()
        if fixer and not quiet:
            from .fixfiles import summary

            click.echo(summary(fixer.counts, written=not diff), err=True)
        sys.stdout.flush()
    except OSError as exc:  # the output file could not be written: the old one is kept as it was
        progress.close()
        _fail(f"{output_file or '<stdout>'}: cannot write the report ({exc.strerror or exc})")
    except Exception as exc:  # noqa: BLE001 - a crash exits 2, never 1 (1 means findings)
        from .runner import internal_error

        progress.close()
        _fail(visible_error(internal_error("replylint", exc, debug)))
    findings = (any_error or below) and not exit_zero
    sys.exit(EXIT_USAGE if failed else EXIT_FINDINGS if findings else EXIT_OK)


class _NoReport:
    """With --diff, stdout holds the diff alone."""

    def file(self, *args, **kwargs) -> None:
        pass

    def finish(self) -> None:
        pass


def _output(output_file: str | None):
    if output_file is None:
        import contextlib

        return contextlib.nullcontext(sys.stdout)
    from .outfile import atomic_output

    return atomic_output(output_file)


def _reporter(fmt: str, out, color: bool, quiet: bool, statistics: bool, config_path: str | None):
    from .reporters import make_reporter

    if statistics:
        from .reporters.statistics import StatisticsReporter

        return StatisticsReporter(out, as_json=fmt == "json")
    extra = {}
    if fmt == "sarif":  # SARIF describes every rule that occurs, this one too
        from .suppress import UNUSED_RULE, UNUSED_SUMMARY

        extra[UNUSED_RULE] = UNUSED_SUMMARY
    return make_reporter(fmt, out, color, quiet=quiet, rules=lambda: _all_rules(config_path), extra_rules=extra)


def _check_encoding(encoding: str | None) -> None:
    if encoding is not None:
        import codecs

        try:
            codecs.lookup(encoding)
        except LookupError:
            raise click.BadParameter(f"unknown encoding {encoding!r}", param_hint="--encoding") from None


def _check_config(config_path: str | None) -> None:
    if config_path and not Path(config_path).is_file():
        _fail(f"{config_path}: no such config file")


def _fail(message: str):
    click.echo(f"replylint: {message}", err=True)
    sys.exit(EXIT_USAGE)


def _all_rules(config_path: str | None = None):
    from .api import load_rules
    from .config import Config, ConfigError, find_config, load_config
    from .packs import PackError

    try:
        found = Path(config_path) if config_path else find_config(Path.cwd())
        return load_rules(load_config(found) if found else Config())
    except (ConfigError, PackError) as exc:
        _fail(str(exc))


@main.command("check-pack")
@click.argument("packs", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option("--tokenizer", type=click.Choice(BACKENDS), default=None,
              help="形態素解析器（既定: fugashi） / tokenizer backend (default fugashi).")
def check_pack(packs, tokenizer) -> None:
    """ルールパックを読み込み、各規則の例を確かめる / load rule packs and check their own examples.

    Exit 0 when every invalid example is found (at its span) and no valid one is flagged; 1 when
    an example fails; 2 when a pack cannot be loaded.
    """
    from .api import Linter, example_problems
    from .config import Config, ConfigError
    from .packs import PackError

    paths = [str(Path(p).resolve()) for p in packs]
    for p, given in zip(paths, packs):
        if not Path(p).is_file():
            _fail(f"{given}: no such rule pack file")
    try:
        linter = Linter(Config(packs=paths, tokenizer=tokenizer))
    except (ConfigError, PackError) as exc:
        _fail(str(exc))
    specs = [s for s in linter.rules if s.source in paths]
    problems = [p for spec in specs for p in example_problems(linter, spec)]
    for p in problems:
        click.echo(p)
    count = sum(len(s.valid) + len(s.invalid) for s in specs)
    click.echo(f"{len(specs)} rules, {count} examples: "
               + (f"{len(problems)} failed" if problems else "every example passes"))
    sys.exit(EXIT_FINDINGS if problems else EXIT_OK)


@main.command("rules")
@click.option("--category", type=click.Choice(CATEGORIES), default=None, help="このカテゴリだけ / only this category.")
def list_rules(category) -> None:
    """規則の一覧（ID・カテゴリ・重要度・概要） / list every rule."""
    specs = [s for s in _all_rules() if category is None or s.category == category]
    width = max((len(s.id) for s in specs), default=10)
    for s in specs:
        channels = "" if len(s.channels) == len(CHANNELS) else f"  ({', '.join(s.channels)})"
        on = "".join(f"  ({ch}: {sev})" for ch, sev in s.channel_severity.items())
        if s.unknown_turn_severity:
            on += f"  (chat, turn not given: {s.unknown_turn_severity})"
        click.echo(f"{s.id:<{width}}  {s.category:<9} {s.severity:<8} {s.summary}{channels}{on}")


@main.command("rule")
@click.argument("rule_id")
def show_rule(rule_id) -> None:
    """規則の説明を表示する / print a rule's docs."""
    specs = {s.id: s for s in _all_rules()}
    spec = specs.get(rule_id)
    if spec is None:
        close = [r for r in specs if rule_id in r or r.split("/")[-1] == rule_id]
        hint = f"（候補: {', '.join(close)}）" if close else "（`replylint rules` で一覧を表示）"
        _fail(f"unknown rule {rule_id!r} {hint}")
    d = spec.docs
    on = "".join(f"; {ch}: {sev}" for ch, sev in spec.channel_severity.items())
    if spec.unknown_turn_severity:
        on += f"; chat, turn not given: {spec.unknown_turn_severity}"
    click.echo(f"{spec.id}  [{spec.category}, {spec.severity}{on}, channels: {', '.join(spec.channels)}]")
    click.echo(f"{spec.summary}\n")
    for title, body in (("何をするか / What it does", d.what), ("なぜ問題か / Why is this bad", d.why),
                        ("例 / Example", d.example), ("代わりに / Use instead", d.instead)):
        click.echo(title)
        for line in body.splitlines():
            click.echo(f"    {line}")
        click.echo("")
    if spec.fix:
        how = "--fix で適用" if spec.fix == "safe" else "--fix --unsafe-fixes で適用"
        click.echo(f"修正 / Fix: {spec.fix}（{how}）\n")
    if spec.options:
        click.echo("設定項目 / Options")
        for k, v in spec.options.items():
            click.echo(f"    {k} = {v!r}")
        click.echo("")
    click.echo(f"定義: {spec.source}")


@main.command("dupes")
@click.argument("paths", nargs=-1, required=True, type=click.Path(dir_okay=True))
@click.option("--threshold", type=click.FloatRange(0, 1, min_open=True), default=None,
              help="この類似度（0〜1、文字の並びの Jaccard 係数）以上を「ほぼ同じ」とする（既定: 設定の dupes.threshold、"
                   "なければ 0.65） / the similarity at or above which macros are near-duplicates.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="出力形式 / output format.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), default=None,
              help="設定ファイル（既定: 最初の PATH から上へ探す） / config file.")
@click.option("--encoding", default=None, metavar="NAME",
              help="入力の文字コード（既定: 自動判定） / the inputs' encoding (default: detected per file).")
def dupes(paths, threshold, fmt, config_path, encoding) -> None:
    """ほぼ同じ内容のマクロをまとめて示す / find clusters of near-duplicate macros.

    PATH is a macro library (.json, .jsonl, .csv, .tsv, .yaml), a draft file, or a folder.
    Exit 0 when there is none, 1 when some macros are nearly the same, 2 when an input cannot
    be read (the other inputs are still compared).
    """
    from .config import ConfigError, find_config, load_config
    from .dupes import DEFAULT_THRESHOLD, find_clusters, read_replies
    from .reporters import dupes as report

    _check_encoding(encoding)
    if threshold is None:
        try:
            _check_config(config_path)
            found = Path(config_path) if config_path else find_config(Path(paths[0]).absolute())
            configured = load_config(found).dupes_threshold if found else None
        except ConfigError as exc:
            _fail(str(exc))
        threshold = configured or DEFAULT_THRESHOLD
    errors: list[tuple[str, str]] = []
    result = find_clusters(read_replies(list(paths), errors, encoding=encoding), threshold)
    for path, message in errors:
        click.echo(f"replylint: {message}", err=True)
    (report.write_json if fmt == "json" else report.write_text)(result, errors, sys.stdout)
    sys.exit(EXIT_USAGE if errors else EXIT_FINDINGS if result.clusters else EXIT_OK)


@main.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="待ち受けるアドレス。127.0.0.1 / ::1 / localhost 以外ではトークンが必須 / listen address; "
                   "any non-loopback address needs a token.")
@click.option("--port", type=click.IntRange(0, 65535), default=None,
              help="ポート番号（既定: 8750） / port (default 8750).")
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True,
              help="ワーカープロセス数。各ワーカーが規則と形態素解析器を一度だけ読み込む / worker processes, "
                   "each loads the rules once.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), default=None,
              help="設定ファイル（replylint.toml など。既定: 組み込みの既定値） / config file (default: built-in defaults).")
@click.option("--token-file", type=click.Path(dir_okay=False), default=None,
              help="アクセストークンを書いたファイル（なければ環境変数 REPLYLINT_TOKEN）。設定すると /v1 の呼び出しに "
                   "Authorization: Bearer が必要 / file holding the bearer token (else $REPLYLINT_TOKEN).")
@click.option("--cors-origin", "cors_origins", multiple=True, metavar="ORIGIN",
              help="ブラウザからの呼び出しを許すオリジン（繰り返し可。既定: 許可なし） / an origin allowed by CORS, "
                   "e.g. https://example.zendesk.com (repeatable; default: none).")
@click.option("--max-body", type=click.IntRange(min=1024), default=None, metavar="BYTES",
              help="リクエスト本文の上限。超えると 413（既定: 262144 = 256 KiB） / body limit, 413 above it.")
@click.option("--time-limit", type=click.FloatRange(min=0, min_open=True), default=None, metavar="SECONDS",
              help="1 リクエストの制限時間。超えると 503 と Retry-After（既定: 2） / per-request time limit.")
@click.option("--max-batch", type=click.IntRange(min=1), default=None, metavar="N",
              help="/v1/lint/batch で一度に送れる返信の数（既定: 100） / replies per batch call.")
@click.option("--no-access-log", "access_log", flag_value=False, default=True,
              help="アクセスログを出さない（出す場合も本文は記録しない） / no access log.")
def serve(host, port, workers, config_path, token_file, cors_origins, max_body, time_limit, max_batch,
          access_log) -> None:
    """HTTP API と確認用のページを起動する / run the HTTP service and the agents' page.

    \b
    送信前のチェックを HTTP で提供します。ページは http://127.0.0.1:8750/ で開けます。
      POST /v1/lint         {"text": "...", "channel": "email"} → findings, score, blocking
      POST /v1/lint/batch   {"replies": [{...}, ...]} → results（送った順）
      GET  /v1/rules        規則の一覧 / GET /v1/rules/ID 規則の説明
      GET  /healthz, /readyz, /openapi.json

    \b
    返信の本文はお客様の個人情報として扱い、ログにも記録せず、保存もしません。
    アクセスログに残るのはメソッド・パス・ステータス・サイズ・処理時間だけです。

    The text sent is never logged or kept. Needs the optional extra: pip install 'replylint[server]'.
    """
    try:
        from .server import settings as st
        from .server.run import serve as run_server
    except ImportError as exc:
        _fail(f"serve needs the server extra ({exc.name} is missing): pip install 'replylint[server]'")
    from .config import ConfigError
    from .packs import PackError

    try:
        settings = st.Settings(
            host=host, port=st.DEFAULT_PORT if port is None else port, workers=workers,
            config_path=str(Path(config_path).resolve()) if config_path else None,
            token=st.read_token(token_file), cors_origins=tuple(cors_origins),
            max_body=max_body or st.DEFAULT_MAX_BODY, time_limit=time_limit or st.DEFAULT_TIME_LIMIT,
            max_batch=max_batch or st.DEFAULT_MAX_BATCH, access_log=access_log)
        run_server(settings)
    except (st.SettingsError, ConfigError, PackError) as exc:
        _fail(str(exc))


@main.command("mcp")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), default=None,
              help="設定ファイル（既定: 組み込みの既定値） / config file (default: built-in defaults).")
def mcp_server(config_path) -> None:
    """AI エージェント向けの MCP サーバー（標準入出力） / an MCP server over stdio for AI agents.

    \b
    ツール: lint_reply(text, channel, mode?, audience?) → 指摘・スコア・blocking
            explain_rule(rule_id) → 規則の説明
    返信の本文はログにも記録せず、保存もしません。

    Needs the optional extra: pip install 'replylint[mcp]'.
    """
    try:
        from .mcp import run
    except ImportError as exc:
        _fail(f"mcp needs the mcp extra ({exc.name} is missing): pip install 'replylint[mcp]'")
    from .config import ConfigError
    from .packs import PackError

    _check_config(config_path)
    try:
        run(config_path)
    except (ConfigError, PackError) as exc:
        _fail(str(exc))


if __name__ == "__main__":  # pragma: no cover
    main()
