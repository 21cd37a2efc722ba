"""What every `workbench` command group shares: the consoles, progress, settings, error handling,
option checks and the way to open the stores.

Its own module so that the command groups import it and not each other.
"""

from __future__ import annotations

import functools
import os
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING

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
from rich.table import Table

from workbench.errors import user_message
from workbench.pipeline import ProgressCallback
from workbench.records import ProgressEvent
from workbench.settings import Settings, load_settings

if TYPE_CHECKING:  # imported where used: `workbench --help` should not load the database or the index
    from workbench.corpus.service import CorpusService
    from workbench.reviewing import ReviewingService
    from workbench.reviewing.views import ClaimView

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
    from workbench.records import check_date

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


def _reviewing() -> ReviewingService:
    """The reviewing service over the configured database: what `claims`, `review`, `undo`, `export` use."""
    from workbench.reviewing import ReviewingService

    return ReviewingService.open(_settings())


def _corpus() -> CorpusService:
    """The corpus service: what `ingest`, `search`, `status` and `reset` use."""
    from workbench.corpus.service import CorpusService

    return CorpusService(_settings())


def _claim_id(reviewing: ReviewingService, prefix: str) -> str:
    """A full claim id from the id or a unique start of it, as git takes commits; a usage error otherwise."""
    from workbench.reviewing import ClaimIdError

    try:
        return reviewing.resolve_claim_id(prefix)
    except ClaimIdError as exc:
        raise typer.BadParameter(str(exc), param_hint="CLAIM_ID") from exc


LABEL_STYLE = {"supported": "green", "disputed": "red", "unverified": "yellow"}


def claims_table(claims: Sequence[ClaimView]) -> None:
    """Claims as a table on stdout, most check-worthy first: text and id, worthiness, suggestion, review."""
    table = Table(show_lines=True, expand=True)
    table.add_column("claim", ratio=4)
    table.add_column("worth", justify="right", width=5)
    table.add_column("suggestion", ratio=2)
    table.add_column("review", width=10)
    for claim in sorted(claims, key=lambda c: -c.check_worthiness):
        flags = " · " + ", ".join(claim.flags) if claim.flags else ""
        text = f"{claim.text}\n[dim]{claim.id} · {claim.type}{flags}[/dim]"
        for prior in claim.seen_before:
            note = f": {escape(prior.note)}" if prior.note else ""
            same = "" if prior.pair_score is None else f", same claim {prior.pair_score:.2f}"
            text += (
                f"\n[cyan]seen before[/]: [{LABEL_STYLE.get(prior.verdict, 'white')}]{prior.verdict}[/] by "
                f"{escape(prior.reviewer)} on {prior.reviewed_at:%Y-%m-%d} in "
                f"{escape(prior.article_title or prior.article_id)}"
                f" [dim](claim {prior.claim_id[:8]}, similarity {prior.similarity:.2f}{same})[/dim]{note}"
            )
        suggestion = "[dim]not check-worthy[/dim]" if not claim.check_worthy else "[dim]none[/dim]"
        if claim.suggestion:
            style = LABEL_STYLE.get(claim.suggestion.label, "white")
            weak = " (weak)" if claim.suggestion.weak else ""
            number = "p" if claim.suggestion.probabilities else "conf"
            suggestion = f"[{style}]{claim.suggestion.label}[/] {number}={claim.suggestion.confidence:.2f}{weak}"
            cited = next((e for e in claim.evidence if e.id in claim.suggestion.cited), None)
            if cited is not None:
                suggestion += f"\n[dim]{cited.outlet or cited.title}[/dim]"
        review = ""
        if claim.status and claim.status.disagreement:
            review = "[magenta]disagree[/]"
        elif claim.status and claim.status.label:
            review = f"[{LABEL_STYLE[claim.status.label]}]{claim.status.label}[/]"
        table.add_row(text, f"{claim.check_worthiness:.2f}", suggestion, review)
    out.print(table)


def _matcher_status(settings: Settings) -> str:
    """How "seen before" decides, and for the claim-pair model where it came from."""
    from workbench.matching import DEFAULT_THRESHOLD
    from workbench.pair_model import SHIPPED, PairModel
    from workbench.verifier.model import VerifierError, runtime_note

    if settings.matcher == "rules":
        return f"rules (similarity >= {DEFAULT_THRESHOLD} and word rules; WORKBENCH_MATCHER=rules)"
    try:
        model = PairModel(settings.matcher_path)
    except VerifierError as exc:
        return f"model: [red]unusable[/red]: {exc}"
    origin = "shipped with the workbench" if model.folder == SHIPPED else "WORKBENCH_MATCHER_PATH"
    return (
        f"model: {model.label} ({origin}: {model.folder}, trained {model.card.created_at or '?'}); "
        f"similarity >= {model.min_similarity}, pair score >= {model.min_pair_score}; "
        f"runs on {runtime_note(settings.model_runtime, model.folder, settings.onnx_dir)}"
    )


def _verifier_status(settings: Settings) -> str:
    """Which verdict path is active and, for the trained verifier, where its weights came from."""
    from workbench.verifier.model import SHIPPED, VerifierError, read_card, runtime_note, weights_sha256
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
        return (
            f"{settings.verifier}: [red]weights missing[/red] in {folder}; restore with "
            "`git checkout workbench/verifier/weights` or `workbench models train-verifier`"
        )
    v = card.validation
    figures = (
        f"validation accuracy {v.get('accuracy')}, macro-F1 {v.get('macro_f1')}, ECE {v.get('ece')}"
        if v
        else "not calibrated"
    )
    mode = settings.verifier + (" (+ LLM rationale)" if settings.verifier == "both" else "")
    trained = card.created_at or "?"
    if v.get("calibrated_at"):
        trained += f", calibrated {v['calibrated_at']}"
    return (
        f"{mode}: {card.name} v{card.version} ({origin}: {folder}, sha256 {sha[:12]}, trained {trained}; {figures}); "
        f"runs on {runtime_note(settings.model_runtime, folder, settings.onnx_dir)}"
    )
