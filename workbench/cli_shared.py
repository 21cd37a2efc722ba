"""What every `workbench` command group shares: the consoles, progress, settings and error handling.

Its own module so that the command groups (cli.py, cli_eval.py) import it and not each other.
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
options = {"debug": False}  # set by the options before the command (cli._root), for the error handler

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
