"""Passages -> windows of whole sentences, the unit the verifier judges.

A retrieved chunk holds about ten sentences, more than a small cross-encoder reads well, and the
sentence that decides a claim is what a reviewer wants to see. Each passage is therefore cut into
overlapping windows of ``size`` consecutive sentences (``stride`` apart), each with its character
offsets in the passage, so nothing is silently truncated and the deciding window can be
highlighted. A sentence longer than ``max_chars`` becomes a window of its own.
"""

from __future__ import annotations

from pydantic import BaseModel

from workbench.corpus.chunking import sentence_spans

WINDOW_SENTENCES = 2
WINDOW_STRIDE = 1
MAX_WINDOW_CHARS = 600


class Window(BaseModel):
    start: int
    end: int
    text: str


def windows(
    text: str, size: int = WINDOW_SENTENCES, stride: int = WINDOW_STRIDE, max_chars: int = MAX_WINDOW_CHARS
) -> list[Window]:
    """Overlapping windows of ``size`` sentences that together cover every sentence of ``text``."""
    if size < 1 or stride < 1:
        raise ValueError("window size and stride must be at least 1")
    spans = sentence_spans(text)
    if not spans:
        return []
    out: list[Window] = []
    seen: set[tuple[int, int]] = set()
    last = max(len(spans) - size, 0)
    starts = list(range(0, last + 1, stride))
    if starts[-1] != last:
        starts.append(last)  # the tail is always covered
    for first in starts:
        group = spans[first : first + size]
        start, end = group[0][0], group[-1][1]
        # a window too long for the model is cut back to as many whole sentences as fit (at least one)
        while len(group) > 1 and end - start > max_chars:
            group = group[:-1]
            end = group[-1][1]
        if (start, end) not in seen:
            seen.add((start, end))
            out.append(Window(start=start, end=end, text=text[start:end]))
    # sentences dropped from a shortened window still get a window of their own
    covered = [(w.start, w.end) for w in out]
    for s, e in spans:
        if not any(a <= s and e <= b for a, b in covered):
            out.append(Window(start=s, end=e, text=text[s:e]))
    return sorted(out, key=lambda w: (w.start, w.end))
