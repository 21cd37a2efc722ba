"""What every `workbench` command group shares: the consoles, progress, settings, error handling,
option checks and the way to open the stores.

Its own module so that the command groups import it and not each other.
"""

from __future__ import annotations

import functools
import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from workbench.errors import user_message
from workbench.pipeline import ProgressCallback
from workbench.records import ProgressEvent
from workbench.settings import Settings, load_settings

console = Console(stderr=True)
out = Console()
options = {"debug": False}  # set by the options before the command (workbench.cli._root), for the error handler

PLAIN_PROGRESS_EVERY_S = 10.0


@contextmanager
def rich_progress() -> Iterator[ProgressCallback]:
    """Progress of the core's long jobs on stderr, fed by its progress events.

    On a terminal: a Rich bar per stage with its rate. Otherwise (a log file, CI, a pipe): plain
    lines, one when a stage starts, one every PLAIN_PROGRESS_EVERY_S seconds while it runs and one
    when it ends, so a long job never looks hung in a log.
    """
    if not console.is_terminal:
        yield PlainProgress(lambda line: console.print(line, markup=False, highlight=False, soft_wrap=True))
        return
    columns = (
        TextColumn("[bold]{task.description:<8}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]}"),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
    )
    with Progress(*columns, console=console, transient=False) as bar:
        tasks: dict[str, TaskID] = {}

        def render(event: ProgressEvent) -> None:
            if event.stage not in tasks:
                tasks[event.stage] = bar.add_task(event.stage, total=event.total, rate="")
            task_id = tasks[event.stage]
            task = bar.tasks[task_id]
            # A stage that starts and ends within one event (a write of one batch) has no meaningful rate.
            rate = (
                f"{event.done / task.elapsed:,.1f} {event.unit}/s" if (task.elapsed or 0) > 0.5 and event.done else ""
            )
            bar.update(task_id, completed=event.done, total=event.total, rate=rate)

        yield render


class PlainProgress:
    """Progress events as plain lines: when a stage starts, every ``every_s`` seconds, when it ends."""

    def __init__(
        self,
        write: Callable[[str], object],
        every_s: float = PLAIN_PROGRESS_EVERY_S,
        clock: Callable[[], float] = time.monotonic,
    ):
        self.write, self.every_s, self.clock = write, every_s, clock
        self.started: dict[str, float] = {}  # stages running now, with their start
        self.printed: dict[str, float] = {}  # when each running stage was last printed

    def __call__(self, event: ProgressEvent) -> None:
        now = self.clock()
        finished = event.total is not None and event.done >= event.total
        if event.stage not in self.started:
            self.started[event.stage] = now
        elif not finished and now - self.printed[event.stage] < self.every_s:
            return
        self.printed[event.stage] = now
        of = f"/{event.total}" if event.total is not None else ""
        note = f" ({event.message})" if event.message else ""
        self.write(f"{event.stage}: {event.done}{of} {event.unit}, {now - self.started[event.stage]:.0f} s{note}")
        if finished:
            del self.started[event.stage]  # the same stage may run again later, e.g. per article


def _settings() -> Settings:
    return load_settings()


def _debug_requested() -> bool:
    return options["debug"] or os.environ.get("WORKBENCH_DEBUG", "").strip().lower() in ("1", "true", "yes", "on")


def show_error(exc: BaseException) -> None:
    """``Error: <cause>. <fix>`` on one line of stderr."""
    try:
        settings: Settings | None = load_settings()
    except ValueError:  # the settings may be what is broken (a SettingsError); say so without them
        settings = None
    console.print(f"[red]Error:[/red] {escape(user_message(exc, settings))}", highlight=False, soft_wrap=True)


def friendly_errors(command: Callable[..., None]) -> Callable[..., None]:
    """Show any error as one line naming its cause and fix, exit 1; `--debug` shows the traceback instead.

    Typer's own usage errors (a bad option value: exit 2) and exits pass through untouched.
    """

    @functools.wraps(command)
    def wrapper(*args: object, **kwargs: object) -> None:
        try:
            command(*args, **kwargs)
        except (typer.TyperException, typer.Exit, typer.Abort):  # usage errors, exits, Ctrl-C
            raise
        except Exception as exc:
            if _debug_requested():
                raise
            show_error(exc)
            raise typer.Exit(1) from exc

    return wrapper


# --- option checks --------------------------------------------------------------------------------


def _iso_date(value: str | None) -> str | None:
    """Option callback: a date filter must be YYYY, YYYY-MM or YYYY-MM-DD (a typo would match nothing)."""
    from workbench.index.search import check_date

    try:
        return None if value is None else check_date(value)
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None


def _one_of(value: str | None, choices: tuple[str, ...]) -> str | None:
    if value is not None and value not in choices:
        raise typer.BadParameter(f"{value!r} is not one of {', '.join(choices)}")
    return value


def _document_kind(value: str | None) -> str | None:
    return _one_of(value, ("article", "evidence"))


def _model_source(value: str) -> str | None:
    return _one_of(value, ("pypi", "hub"))


def _training_method(value: str) -> str | None:
    return _one_of(value, ("full", "lora"))


def _positive(value: float) -> float:
    if not value > 0:  # also refuses nan
        raise typer.BadParameter(f"must be above 0, not {value}")
    return value


# --- what the commands open ----------------------------------------------------------------------


def _checker(llm: str | None = None, prompts: list[str] | None = None):
    from workbench.checking import Checker, open_llm
    from workbench.prompts import parse_ref

    settings = _settings()
    overrides = {parse_ref(ref)[0]: ref for ref in prompts or []}
    return Checker(settings, llm=open_llm(settings, llm) if llm else None, prompts=overrides)


def _store():
    from workbench.store import Store, database_url

    return Store(database_url(_settings()))


def _claim_id(store, prefix: str) -> str:
    """A full claim id from a unique prefix, as git does for commits."""
    if store.get_claim(prefix):
        return prefix
    matches = [c.id for c in store.claims(include_inactive=True) if c.id.startswith(prefix)]
    if len(matches) != 1:
        raise typer.BadParameter(
            f"{'no' if not matches else 'more than one'} claim id starts with '{prefix}'", param_hint="CLAIM_ID"
        )
    return matches[0]


LABEL_STYLE = {"supported": "green", "disputed": "red", "unverified": "yellow"}


def _verifier_status(settings: Settings) -> str:
    """Which verdict path is active and, for the trained verifier, where its weights came from."""
    from workbench.verifier.model import SHIPPED, VerifierError, read_card, weights_sha256
    from workbench.verifier.verify import verifier_folder

    if settings.verifier == "llm":
        return "llm (the chat model judges; WORKBENCH_VERIFIER=llm)"
    folder = verifier_folder(settings)
    origin = "shipped with the workbench" if folder == SHIPPED else "WORKBENCH_VERIFIER_PATH"
    try:
        card = read_card(folder)
    except VerifierError as exc:
        return f"{settings.verifier}: [red]unusable[/red]: {exc}"
    sha = weights_sha256(folder)
    if not sha:
        return f"{settings.verifier}: [red]weights missing[/red] in {folder}; restore with `git checkout workbench/verifier/weights` or `workbench models train-verifier`"
    v = card.validation
    figures = (
        f"validation accuracy {v.get('accuracy')}, macro-F1 {v.get('macro_f1')}, ECE {v.get('ece')}"
        if v
        else "not calibrated"
    )
    mode = settings.verifier + (" (+ LLM rationale)" if settings.verifier == "both" else "")
    return f"{mode}: {card.name} v{card.version} ({origin}: {folder}, sha256 {sha[:12]}, trained {card.created_at or '?'}; {figures})"
