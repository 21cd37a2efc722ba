"""`workbench check` killed with SIGKILL during extraction or during verification, then run again.

The real CLI in a subprocess, on real stores, with the built-in mock model (so the stages are
real and the answers deterministic). The check prints plain progress lines on a pipe; the test
kills it when a stage has started. The next run must finish the same article: no duplicate
claims, a suggestion for every check-worthy claim, and the reviews given before still there.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from tests.conftest import REPO, SAMPLE
from workbench import pipeline
from workbench.store import Store, database_url

pytestmark = pytest.mark.slow

WORKBENCH = [str(Path(sys.executable).with_name("workbench"))]  # the console script of this venv


def _env(settings) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("WORKBENCH_")}
    return env | {
        "WORKBENCH_HOME": str(settings.home),
        "WORKBENCH_LLM": "mock",
        "WORKBENCH_EVIDENCE_K": "2",
        "HF_HUB_OFFLINE": "1",
    }


def _article(folder):
    """Thirty factual sentences, different enough that none merges with another."""
    who = [
        "The harbour authority",
        "Reuters",
        "The county council",
        "A ministry spokesman",
        "The port operator",
        "Local police",
        "The weather office",
        "An airline statement",
    ]
    what = [
        "{n} ferries sailed from Kirkwall",
        "the bridge toll rose to {n} pence",
        "{n} flights were cancelled at Sumburgh",
        "a storm closed {n} schools in Lerwick",
        "fish exports fell by {n} tonnes",
        "{n} homes lost power near Stromness",
    ]
    when = ["in March 2021", "on 4 May 2022", "during January 2023", "in the autumn of 2019", "last December"]
    lines = [f"{who[i % 8]} confirmed {what[i % 6].format(n=17 + 29 * i)} {when[i % 5]}." for i in range(30)]
    path = folder / "island-report.txt"
    path.write_text("Island report\n\n" + " ".join(line[0].upper() + line[1:] for line in lines) + "\n")
    return path


def _check(settings, article, *extra: str, kill_at: str | None = None, delay: float = 0.0) -> int | None:
    """Run `workbench check`; with ``kill_at``, SIGKILL it ``delay`` s after its first progress line of that stage."""
    child = subprocess.Popen(
        [*WORKBENCH, "check", str(article), *extra],
        cwd=REPO,
        env=_env(settings),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stderr is not None
    for line in child.stderr:
        if kill_at is not None and line.startswith(f"{kill_at}:"):
            time.sleep(delay)
            child.send_signal(signal.SIGKILL)
            child.wait()
            return None
    return child.wait()


def _state(settings, article_id: str):
    with Store(database_url(settings)) as store:
        claims = store.claims(article_id)
        suggested = {c.id for c in claims if store.suggestion(c.id) is not None}
        reviews = {c.id: [r.label for r in store.reviews(c.id)] for c in claims}
        return claims, suggested, reviews


def test_a_check_killed_during_extraction_or_verification_finishes_on_the_next_run(settings, embedder, tmp_path):
    pipeline.ingest([str(SAMPLE / "sources")], settings, embedder=embedder)
    article = _article(tmp_path)

    # a first check, killed while it extracts: the next run extracts again and finishes
    assert _check(settings, article, kill_at="extract") is None
    with Store(database_url(settings)) as store:
        [doc] = store.list_documents(kind="article")
        partial = len(store.claims(doc.id))
    assert _check(settings, article) == 0
    claims, suggested, _ = _state(settings, doc.id)
    print(f"\n{partial} claims stored when killed during extraction, {len(claims)} after the rerun")
    assert Counter(c.text for c in claims).most_common(1)[0][1] == 1
    assert {c.id for c in claims if c.check_worthy} <= suggested
    reviewed = claims[0].id
    with Store(database_url(settings)) as store:
        store.add_review(reviewed, "alice", "disputed", note="before the kills")

    # a forced re-check killed in each stage: the next run finishes, nothing doubled, the review kept
    for stage, delay in (("extract", 0.0), ("verdict", 1.5)):
        assert _check(settings, article, "--force", kill_at=stage, delay=delay) is None
        assert _check(settings, article) == 0, f"the run after a kill during {stage} failed"
        after, suggested, reviews = _state(settings, doc.id)
        assert [c.id for c in after] == [c.id for c in claims], stage
        assert {c.id for c in after if c.check_worthy} <= suggested, f"claims left without a suggestion after {stage}"
        assert reviews[reviewed] == ["disputed"], f"the review was lost after a kill during {stage}"
