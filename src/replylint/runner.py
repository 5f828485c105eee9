"""Checking many inputs: expand folders, find each file's config, lint, in order, in parallel.

The CLI's loop, kept out of cli.py so that the worker processes of `--jobs` import only this.
Results come back in input order whatever the number of jobs; each reply is dropped once
the reporter has written it, so memory does not grow with the number of files.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

from .api import Draft, Linter, get_linter
from .config import Config, ConfigError, find_config, load_config
from .finding import Report
from .packs import PackError
from .readers import InputError, read_path, read_stdin

if TYPE_CHECKING:
    from .readers.sourcemap import SourceMap

# What a folder argument is expanded to: drafts and data exports. .json and .yaml/.yml files are
# read as macro libraries only when named (a folder holds package.json, CI files, rule packs).
FOLDER_SUFFIXES = (".txt", ".md", ".markdown", ".eml", ".jsonl", ".ndjson", ".csv", ".tsv")
PARALLEL_FROM = 8  # fewer files than this are checked in one process: a pool costs more


@dataclass(frozen=True)
class Options:
    channel: str = "email"
    mode: str = "draft"
    first_message: bool | None = None  # chat: opens the conversation; None: not said
    audience: str | None = None  # who reads the replies; None: the config's setting (auto unless set)
    select: tuple[str, ...] = ()  # from the command line: replaces the config's select
    ignore: tuple[str, ...] = ()  # from the command line: added to the config's ignore
    tokenizer: str | None = None
    config_path: str | None = None
    debug: bool = False  # an internal error shows its traceback
    max_bytes: int | None = None  # the most bytes read from one input (None: each reader's default)
    encoding: str | None = None  # every input's encoding (None: detected per file)
    show_suppressed: bool = False  # keep the suppressed findings (FileResult.suppressed)
    report_unused: bool = False  # a suppression that suppresses nothing becomes a finding
    templates: tuple[str, ...] = ()  # template libraries (as given): replace the config's `templates`


@dataclass(frozen=True)
class FileResult:
    path: str
    report: Report | None = None
    error: str | None = None
    locator: str | None = None
    internal: bool = False  # the error is a bug in replylint, not a problem of the input
    encoding: str | None = None  # the encoding the file was read in
    suppressed: tuple = ()  # (finding, kind) removed by a suppression, with --show-suppressed
    replies: int = 1  # how many replies the input holds (a progress bar grows by it)
    source_map: SourceMap | None = None  # offsets → the source file's lines (HTML); see readers.sourcemap


@dataclass
class _Configs:
    """Each file's configuration, looked up once per folder."""

    options: Options
    by_file: dict[str, Config] = field(default_factory=dict)
    by_dir: dict[str, Path | None] = field(default_factory=dict)
    by_head: dict[str, Config] = field(default_factory=dict)  # by os.path.split(path)[0], see for_path
    linters: dict[int, Linter] = field(default_factory=dict)  # by id of a Config in by_file

    def linter_for(self, path: str) -> Linter:
        """The compiled linter for a file's config (found once per folder, built once per config)."""
        cfg = self.for_path(path)
        linter = self.linters.get(id(cfg))
        if linter is None:
            linter = self.linters[id(cfg)] = _built(cfg)
        return linter

    def for_path(self, path: str) -> Config:
        # A file whose name is not "" or "." has the folder Path(path).parent names whatever its
        # name: its config is looked up once per folder as written, without two Paths per file.
        head, tail = os.path.split(path)
        fast = path != "-" and tail not in ("", ".")
        if fast and head in self.by_head:
            return self.by_head[head]
        cfg = self._for_path(path)
        if fast:
            self.by_head[head] = cfg
        return cfg

    def _for_path(self, path: str) -> Config:
        if self.options.config_path:
            found: Path | None = Path(self.options.config_path)
        else:
            folder = str(Path.cwd() if path == "-" else Path(path).parent)
            if folder not in self.by_dir:
                self.by_dir[folder] = find_config(Path(folder))
            found = self.by_dir[folder]
        key = str(found) if found else ""
        cfg = self.by_file.get(key)
        if cfg is None:
            cfg = load_config(found) if found is not None else Config()
            if self.options.select:
                cfg.select = list(self.options.select)
            cfg.ignore = cfg.ignore + list(self.options.ignore)
            if self.options.tokenizer:
                cfg.tokenizer = self.options.tokenizer
            if self.options.templates:
                cfg.templates = list(self.options.templates)
            self.by_file[key] = cfg
        return cfg


def _built(cfg: Config) -> Linter:
    """get_linter(cfg), then everything alive moved into the collector's permanent generation:
    this is the command's own process, and what start-up built (modules, rules, tries, patterns)
    lives to its end. The collector stays paused until then: building the linter took 28 young
    and 3 middle collections that freed next to nothing (about 5 ms of a one-draft run), and without the
    freeze it would walk all of it twice when it next ran. A forked --jobs worker then never
    writes to those pages for the collector's sake."""
    import gc

    collecting = gc.isenabled()
    gc.disable()
    try:
        return get_linter(cfg)
    finally:
        gc.freeze()
        if collecting:
            gc.enable()


def expand(paths: list[str]) -> list[str]:
    """Folders become the text files below them (sorted); everything else stays as given."""
    out: list[str] = []
    for p in paths:
        if p != "-" and os.path.isdir(p):
            found = sorted(_files_below(str(Path(p))))
            out.extend(found or [p])  # an empty folder is reported as an input error
        else:
            out.append(p)
    return out


def _files_below(top: str) -> Iterator[str]:
    """The files under `top` with a folder suffix, as Path.rglob finds them (symlinked folders
    are not entered), from each folder's entries without a stat per file (a folder of 20,000
    drafts: 0.1 s rather than 0.5 s)."""
    try:
        entries = list(os.scandir(top))
    except OSError:
        return
    for entry in entries:
        if entry.is_dir(follow_symlinks=False):
            yield from _files_below(entry.path)
        elif os.path.splitext(entry.name)[1] in FOLDER_SUFFIXES:
            try:
                if not entry.is_file():
                    continue  # a symlink to nothing, or to a folder
            except OSError:
                pass  # a symlink loop (ELOOP): reading it reports the error, naming the file
            yield entry.path


BUG_REPORT = "this is a bug in replylint: please report it with the input that caused it"


def internal_error(where: str, exc: BaseException, debug: bool) -> str:
    """The message for an unexpected exception while checking one input."""
    message = f"{where}: internal error ({type(exc).__name__}: {exc}); {BUG_REPORT}"
    if debug:
        import traceback

        message += "\n" + "".join(traceback.format_exception(exc)).rstrip()
    else:
        message += " (--debug shows the traceback)"
    return message


def check_path(path: str, configs: _Configs) -> list[FileResult]:
    """The results for one input: one per reply, or one error."""
    return list(_check_paths([path], configs))


# Replies linted together (Linter.lint_many: each check runs over all of them in turn, which
# keeps its code in the processor's caches). Results come out a batch at a time, in input order.
# (Each check, its trigger and its patterns are loaded into the caches once a batch: with the
# checks the rules now have, a batch of 32 still paid for that a seventh of its time. --jobs 1
# over the 2,000 generated replies, one process each, four runs: 1.20-1.28 s at 32, 1.13-1.17 s
# at 128, 1.08-1.16 s at 256, 1.09-1.13 s at 512; peak memory 120.7, 122.8, 125.5, 131.2 MB.
# Over 20,000: 10.5-10.8 s -> 9.7-9.9 s, 124.6 -> 129.8 MB. A --jobs worker's batch is its
# run of paths, at most 64.)
BATCH = 256


def _check_paths(paths: list[str], configs: _Configs) -> Iterator[FileResult]:
    """Each input's results, in input order: one per reply, or one error. An unexpected
    exception is an internal error of that input (or of that reply of a library), never the end
    of the run."""
    opts = configs.options
    pending: list = []  # FileResult (an input's error) or (reply, linter, replies in its input, input's name)
    waiting = 0  # replies in `pending`
    stdin_read = False
    for path in paths:
        name = "<stdin>" if path == "-" else path
        try:
            if path == "-" and stdin_read:
                raise InputError("<stdin>: standard input can be read only once")
            stdin_read = stdin_read or path == "-"
            replies = read_stdin(opts.max_bytes, opts.encoding) if path == "-" \
                else read_path(path, opts.max_bytes, opts.encoding)
            linter = configs.linter_for(path)
        except (InputError, ConfigError, PackError) as exc:
            pending.append(FileResult(path, error=str(exc)))
            continue
        except Exception as exc:  # noqa: BLE001 - a bug must not stop the other inputs
            pending.append(FileResult(path, error=internal_error(name, exc, opts.debug), internal=True))
            continue
        for r in replies:
            pending.append((r, linter, len(replies), name))
            waiting += 1
            if waiting >= BATCH:
                yield from _lint_pending(pending, opts)
                pending, waiting = [], 0
    yield from _lint_pending(pending, opts)


def _lint_pending(pending: list, opts: Options) -> Iterator[FileResult]:
    """Lint the replies in `pending` together (each linter its own), then give every result in
    order, the inputs' errors among them."""
    groups: dict[int, list[int]] = {}
    for k, item in enumerate(pending):
        if not isinstance(item, FileResult):
            groups.setdefault(id(item[1]), []).append(k)
    reports: dict[int, object] = {}
    for members in groups.values():
        linter = pending[members[0]][1]
        drafts = [Draft(pending[k][0].text, opts.channel, mode=pending[k][0].mode or opts.mode,
                        first_message=opts.first_message, max_chars=None, audience=opts.audience) for k in members]
        reports.update(zip(members, linter.lint_many(drafts)))
    for k, item in enumerate(pending):
        if isinstance(item, FileResult):
            yield item
            continue
        r, linter, count, name = item
        try:
            report = reports[k]
            if isinstance(report, Exception):
                raise report
            report, suppressed = _suppress(report, r, linter, opts)
            yield FileResult(r.path, report, locator=r.locator, encoding=r.encoding, suppressed=suppressed,
                             replies=count, source_map=r.source_map)
        except Exception as exc:  # noqa: BLE001
            from .reporters.locate import where  # (a bug's path only)

            yield FileResult(r.path, error=internal_error(where(name, r.locator), exc, opts.debug),
                             locator=r.locator, internal=True, replies=count)


def _suppress(report: Report, reply, linter: Linter, opts: Options) -> tuple[Report, tuple]:
    """The report without the findings a suppression covers (comments in the file, the
    config's per-entry-ignores), and those findings when --show-suppressed asks for them."""
    cfg = linter.config
    if not reply.suppressions and not cfg.per_entry_ignores:
        return report, ()
    from .suppress import apply, from_config, unused_findings  # here: most runs have none (cold start)

    suppressions = reply.suppressions + from_config(cfg.per_entry_ignores, reply.path, reply.locator, cfg.source)
    if not suppressions:
        return report, ()
    applied = apply(report, suppressions, linter.engine.idle_names(opts.channel))
    report = applied.report
    if opts.report_unused and applied.unused:
        extra = unused_findings(report.text, applied.unused)
        report = replace(report, findings=tuple(sorted(report.findings + tuple(extra), key=lambda f: f.start)))
    return report, applied.suppressed if opts.show_suppressed else ()


_worker_configs: _Configs | None = None


def _init_worker(options: Options) -> None:
    global _worker_configs
    _worker_configs = _Configs(options)


def _check_in_worker(paths: list[str]) -> list[FileResult]:
    return list(_check_paths(paths, _worker_configs))


def run(paths: list[str], options: Options, jobs: int | None = None) -> Iterator[FileResult]:
    """Check every path; yields results in input order."""
    paths = expand(paths)
    if jobs is None:
        jobs = (os.cpu_count() or 1) if len(paths) >= PARALLEL_FROM else 1
    if jobs <= 1 or "-" in paths or len(paths) < 2:
        yield from _check_paths(paths, _Configs(options))
        return
    # fork shares the already-loaded dictionaries with the workers; elsewhere they load their own.
    import multiprocessing  # only here: a single draft never pays for it (cold start)

    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    ctx = multiprocessing.get_context(method)
    if method == "fork":  # load tokenizer and rules once, before the fork, when config allows
        try:
            _built(_Configs(options).for_path(paths[0]))
        except (ConfigError, PackError):
            pass  # reported per file below
    chunk = max(1, min(64, len(paths) // (jobs * 8)))
    with ctx.Pool(jobs, initializer=_init_worker, initargs=(options,)) as pool:
        # (each worker's task is a run of paths, whose replies it lints together)
        for results in pool.imap(_check_in_worker, [paths[k:k + chunk] for k in range(0, len(paths), chunk)]):
            yield from results
