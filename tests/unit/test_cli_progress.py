"""Progress as plain lines when stderr is not a terminal (logs, CI, pipes)."""

from __future__ import annotations

from workbench.cli.common import PlainProgress
from workbench.records import ProgressEvent


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_plain_progress_prints_start_every_interval_and_end_of_each_stage():
    lines: list[str] = []
    clock = Clock()
    progress = PlainProgress(lines.append, every_s=10, clock=clock)
    for done in range(31):  # a sentence every second
        progress(ProgressEvent(stage="extract", done=done, total=30, unit="sentences"))
        clock.now += 1
    assert lines == [
        "extract: 0/30 sentences, 0 s",
        "extract: 10/30 sentences, 10 s",
        "extract: 20/30 sentences, 20 s",
        "extract: 30/30 sentences, 30 s",
    ]


def test_a_stage_that_runs_again_is_reported_again_and_open_ended_stages_print_too():
    lines: list[str] = []
    clock = Clock()
    progress = PlainProgress(lines.append, every_s=10, clock=clock)
    progress(ProgressEvent(stage="index", done=0, total=1, unit="steps", message="building BM25"))
    progress(ProgressEvent(stage="index", done=1, total=1, unit="steps"))
    progress(ProgressEvent(stage="index", done=0, total=1, unit="steps"))
    progress(ProgressEvent(stage="load", done=1, unit="files"))
    clock.now = 11
    progress(ProgressEvent(stage="load", done=40, unit="files"))
    assert lines == [
        "index: 0/1 steps, 0 s (building BM25)",
        "index: 1/1 steps, 0 s",
        "index: 0/1 steps, 0 s",
        "load: 1 files, 0 s",
        "load: 40 files, 11 s",
    ]
