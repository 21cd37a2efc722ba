"""Checks as jobs (workbench/jobs.py): progress while running, resume after a stop, N at a time, one per source.

The fake model reads each sentence as one claim (tests/fakes.py); a delay per answer makes a check
slow enough to watch. No evidence is ingested, so verdicts need no model.
"""

from __future__ import annotations

import threading
import time

import pytest

from tests.fakes import ScriptedChatModel, reading_responder
from workbench import jobs
from workbench.checking import Checker
from workbench.jobs import JobError, JobQueue, check_url
from workbench.llm.structured import StructuredLLM
from workbench.settings import Settings

pytestmark = pytest.mark.slow


def slow_reader(seconds: float):
    def answer(messages):
        time.sleep(seconds)
        return reading_responder(messages)

    answer.__name__ = f"slow_reader_{seconds}"  # the response cache tells the fakes apart by name
    return answer


WHO = ["The harbour authority", "Reuters", "The county council", "A ministry spokesman", "The port operator"]
WHAT = ["{n} ferries sailed from Kirkwall", "the bridge toll rose to {n} pence", "{n} flights were cancelled"]
WHEN = ["in March 2021", "on 4 May 2022", "during January 2023", "in the autumn of 2019"]


def article(n: int, tag: str = "") -> str:
    """``n`` factual sentences, different enough that none merges with another."""
    return " ".join(f"{WHO[i % 5]} confirmed {WHAT[i % 3].format(n=17 + 29 * i)} {WHEN[i % 4]}{tag}." for i in range(n))


@pytest.fixture
def make_checker(tmp_path, embedder):
    made = []

    def make(delay: float = 0.0, concurrency: int = 1) -> Checker:
        settings = Settings(
            home=tmp_path / "home", models_dir=tmp_path / "models", jobs_concurrency=concurrency, _env_file=None
        )
        model = ScriptedChatModel(responder=slow_reader(delay) if delay else reading_responder)
        checker = Checker(settings, llm=StructuredLLM(model, "fake", max_attempts=1), embedder=embedder)
        made.append(checker)
        return checker

    yield make
    for checker in made:
        checker.store.close()


def test_a_running_job_reports_its_article_stage_and_claims_before_it_ends(make_checker):
    queue = JobQueue(make_checker(delay=0.4))
    queue.start()
    try:
        job = queue.submit_text(article(6), title="Ferries").job
        seen = []
        while (job := queue.wait(job.id, timeout=0.2)).status != "done":
            assert job.status in ("queued", "running"), job.error
            if job.article_id:
                seen.append((job.stage, queue.store.claim_counts(job.article_id)[0]))
        assert any(stage == "extract" and 0 < claims < 6 for stage, claims in seen), seen
        assert job.counts == {"claims": 6, "failures": 0} and job.stage == "verdict" and job.done == job.total
    finally:
        queue.stop()


def test_a_job_left_running_by_a_stopped_server_is_resumed_and_stores_no_claim_twice(make_checker):
    checker = make_checker()
    queue = JobQueue(checker)
    job = queue.submit_text(article(4)).job
    taken = queue.store.take_job()  # a worker took it, stored part of the work, and the server died
    assert taken.id == job.id and taken.status == "running"

    restarted = JobQueue(checker)
    assert restarted.start() == [job.id]
    try:
        done = restarted.wait(job.id, timeout=120)
    finally:
        restarted.stop()
    assert done.status == "done" and done.attempts == 2
    claims = checker.store.claims(done.article_id)
    assert len(claims) == len({c.id for c in claims}) == 4


def test_a_job_that_stopped_its_server_too_often_fails_instead_of_running_again(make_checker):
    queue = JobQueue(make_checker())
    job = queue.submit_text(article(2)).job
    for _ in range(jobs.MAX_ATTEMPTS):
        queue.store.take_job()
        queue.store.requeue_jobs()
    ended = queue.run(queue.store.take_job())
    assert ended.id == job.id and ended.status == "failed" and "stopped during this check 3 times" in ended.error
    assert queue.submit_text(article(2)).created  # the source is free again


@pytest.mark.parametrize("concurrency", [1, 2])
def test_the_queue_runs_as_many_jobs_at_once_as_its_setting_says(make_checker, concurrency):
    queue = JobQueue(make_checker(delay=0.3), concurrency=concurrency)
    submitted = [queue.submit_text(article(3, tag=f", report {n}")).job.id for n in range(3)]
    most, stop = 0, threading.Event()

    def watch() -> None:
        nonlocal most
        while not stop.is_set():
            most = max(most, len(queue.jobs(status="running")))
            time.sleep(0.05)

    watcher = threading.Thread(target=watch)
    watcher.start()
    queue.start()
    try:
        ended = [queue.wait(job_id, timeout=120) for job_id in submitted]
    finally:
        stop.set()
        watcher.join()
        queue.stop()
    assert [(j.status, j.error) for j in ended] == [("done", None)] * 3
    assert most == concurrency


def test_one_queue_per_database_in_a_process(make_checker):
    checker = make_checker()
    queue = jobs.queue_for(checker)
    try:
        assert jobs.queue_for(checker) is queue
        assert jobs.queue_for(Checker(checker.settings, llm=checker.llm, store=checker.store)) is queue
    finally:
        queue.stop()
    assert jobs.queue_for(checker) is not queue
    jobs.queue_for(checker).stop()


def test_the_same_text_or_bytes_is_the_same_source_and_other_text_is_not(make_checker):
    queue = JobQueue(make_checker())
    a = queue.submit_text("The pier opened in 1932.", title="Pier")
    assert not queue.submit_text("  The pier opened in 1932.\n", title="Pier").created
    assert queue.submit_text("The pier opened in 1933.", title="Pier").created
    upload = queue.submit_file("pier.txt", b"The pier opened in 1932.")
    assert not queue.submit_file("pier.txt", b"The pier opened in 1932.").created
    assert queue.submit_file("pier.txt", b"The pier opened in 1933.").job.source != upload.job.source
    assert a.job.kind == "text" and upload.job.kind == "file"


@pytest.mark.parametrize(
    "url", ["", "example.org/story", "file:///etc/passwd", "javascript:alert(1)", "http:///x", "https://a b.org/"]
)
def test_only_http_urls_with_a_host_are_checked(url):
    with pytest.raises(JobError):
        check_url(url)


def test_a_good_url_is_kept_as_given():
    assert check_url(" https://example.org/story.html?id=3 ") == "https://example.org/story.html?id=3"
