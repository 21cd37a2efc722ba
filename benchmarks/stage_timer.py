"""Timing of a benchmark's collaborators: wrap methods, add up the seconds spent in each part."""

from __future__ import annotations

import functools
import time
from collections import defaultdict


class StageTimer:
    """Wraps the pipeline's collaborators to add up the seconds spent in each."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)

    def wrap(self, owner: object, attr: str, stage: str) -> None:
        original = getattr(owner, attr)

        @functools.wraps(original)
        def timed(*a, **kw):
            t = time.perf_counter()
            try:
                return original(*a, **kw)
            finally:
                self.seconds[stage] += time.perf_counter() - t

        setattr(owner, attr, timed)

    def wrap_generator(self, owner: object, attr: str, stage: str) -> None:
        original = getattr(owner, attr)

        @functools.wraps(original)
        def timed(*a, **kw):
            it = iter(original(*a, **kw))
            while True:
                t = time.perf_counter()
                try:
                    item = next(it)
                except StopIteration:
                    self.seconds[stage] += time.perf_counter() - t
                    return
                self.seconds[stage] += time.perf_counter() - t
                yield item

        setattr(owner, attr, timed)

    def take(self) -> dict[str, float]:
        """The seconds so far, and start again from zero (one search at a time)."""
        got, self.seconds = dict(self.seconds), defaultdict(float)
        return got
