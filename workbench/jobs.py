"""Checks as jobs: a check submitted from the Review tab or the HTTP API is a row in the database, run by
the server's own workers, with its progress written as it goes.

Why a job and not the request that asked for it: a check of a real article takes minutes with the
local model (2 min 13 s for the demo on two cores). Run inside the browser's request, it died with
the tab or with the server. Now the request only submits; ``JobQueue``'s worker threads run the
check with the one ``Checker`` of the server, and the tab (or a program polling ``GET
/api/jobs/{id}``) reads the job's stage, n/N and the claims stored so far.

- **Resumable**: when the queue starts it puts the jobs a killed server left running back in the
  queue. The Checker resumes by itself: extraction answers come from the LLM response cache and
  claims that already have evidence and a suggestion are skipped; claim ids are content hashes, so
  nothing is stored twice. A job that has killed its server ``MAX_ATTEMPTS`` times is failed.
- **One job per source**: a second submission of a source (the same URL, the same pasted text,
  the same uploaded bytes) while a job for it is queued or running joins that job (the store's
  unique ``active_key``), so two tabs pressing Check at once run one check.
- **N at a time**: ``WORKBENCH_JOBS_CONCURRENCY`` workers (default 1); the rest wait, oldest first.
  One queue per database per process (``queue_for``): a second one would resume the same jobs.

Submitted text and uploads are written under WORKBENCH_HOME first (``articles/``, ``uploads/``), by
content, because the Checker reads a file and a document is identified by its source.
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple
from urllib.parse import urlsplit

from workbench.checking import Checker
from workbench.corpus.loaders import SUPPORTED_SUFFIXES
from workbench.errors import is_expected, user_message
from workbench.records import ProgressEvent, content_hash
from workbench.settings import Settings
from workbench.store import JOB_ACTIVE, Job, JobKind, JobStatus, Store, database_url

__all__ = ["Job", "JobError", "JobKind", "JobQueue", "JobStatus", "JobTooLarge", "Submitted", "queue_for"]

MAX_ATTEMPTS = 3
PROGRESS_EVERY_S = 0.5  # progress is written at most this often, but at once when the stage or the article changes
MAX_URL_CHARS = 2048

log = logging.getLogger(__name__)


class JobError(ValueError):
    """A check that cannot be submitted as asked; the message says why."""


class JobTooLarge(JobError):
    """Text or a file over the WORKBENCH_MAX_FILE_MB limit."""


class Submitted(NamedTuple):
    job: Job
    created: bool  # False: a job for the same source was already queued or running, and this is it


class JobQueue:
    """Submits checks as jobs and runs them, ``concurrency`` at a time, in daemon threads."""

    def __init__(self, checker: Checker, concurrency: int = 1) -> None:
        self.checker = checker
        self.settings: Settings = checker.settings
        self.store = checker.store
        self.concurrency = concurrency
        self._workers: list[threading.Thread] = []
        self._stopping = threading.Event()
        self._changed = threading.Condition()
        self._generation = 0  # counts submissions and finished jobs, so a waiter never misses one
        self._llm_lock = threading.Lock()
        # Reading and indexing an article (Chroma, then the BM25 files) is one job at a time: the BM25
        # index's save is not safe against a second save in the same process (index/lexical.py). The LLM
        # stages, where a check spends its time, run side by side.
        self._indexing = threading.Lock()
        self._start_lock = threading.Lock()

    # --- submitting ---------------------------------------------------------------------------------

    def submit(
        self, kind: JobKind, source: str, title: str | None = None, submitted_by: str | None = None
    ) -> Submitted:
        """A job to check ``source`` (a file or an http(s) URL), or the active job that already checks it."""
        if kind != "url":  # by absolute path, as a document is identified: a restart may run in another folder
            source = str(Path(source).expanduser().resolve())
        job, created = self.store.add_job(kind, source, title=title, submitted_by=submitted_by)
        if created:
            self._notify()
        return Submitted(job, created)

    def submit_text(self, text: str, title: str | None = None, submitted_by: str | None = None) -> Submitted:
        """Pasted text, kept as ``articles/pasted-<hash>.txt`` (``.md`` with a title) as the Review tab keeps it."""
        text = (text or "").strip()
        if not text:
            raise JobError("the text is empty: give the article's text")
        if len(text.encode("utf-8")) > self.settings.max_file_bytes:
            raise JobTooLarge(f"the text is over the {self.settings.max_file_mb:g} MB limit (WORKBENCH_MAX_FILE_MB)")
        title = (title or "").strip() or None
        folder = Path(self.settings.home) / "articles"
        stem = f"pasted-{content_hash(text, length=12)}"
        if title:
            content, path = f"---\ntitle: {json.dumps(title)}\n---\n\n{text}\n", folder / f"{stem}.md"
        else:
            content, path = text + "\n", folder / f"{stem}.txt"
        _write_once(path, content.encode("utf-8"))
        return self.submit("text", str(path), title=title, submitted_by=submitted_by)

    def submit_url(self, url: str, submitted_by: str | None = None) -> Submitted:
        """An http(s) URL, fetched by the worker (within WORKBENCH_HTTP_TIMEOUT)."""
        return self.submit("url", check_url(url), submitted_by=submitted_by)

    def submit_file(self, name: str, data: bytes, submitted_by: str | None = None) -> Submitted:
        """Uploaded bytes, kept as ``uploads/<hash>/<name>``: the same bytes are the same source."""
        name = Path((name or "").replace("\\", "/")).name.strip()
        suffix = Path(name).suffix.lower()
        if not name or name.startswith("."):
            raise JobError("the upload has no file name; name it with its type, e.g. story.html")
        if suffix not in SUPPORTED_SUFFIXES or suffix == ".jsonl":
            raise JobError(f"{name}: an article is a .txt, .md, .html, .htm or .pdf file, not '{suffix or name}'")
        if len(data) > self.settings.max_file_bytes:
            raise JobTooLarge(f"{name} is over the {self.settings.max_file_mb:g} MB limit (WORKBENCH_MAX_FILE_MB)")
        if not data.strip():
            raise JobError(f"{name} is empty")
        path = Path(self.settings.home) / "uploads" / hashlib.sha256(data).hexdigest()[:16] / name
        _write_once(path, data)
        return self.submit("file", str(path), submitted_by=submitted_by)

    # --- reading ------------------------------------------------------------------------------------

    def get(self, job_id: str) -> Job | None:
        return self.store.job(job_id)

    def jobs(self, status: JobStatus | None = None, limit: int = 100) -> list[Job]:
        """Jobs, newest first."""
        return self.store.jobs(status=status, limit=limit)

    def wait(self, job_id: str, timeout: float) -> Job | None:
        """The job once it has finished, or as it is after ``timeout`` seconds; None if there is no such job."""
        deadline = time.monotonic() + timeout
        while True:
            with self._changed:
                seen = self._generation
            job = self.store.job(job_id)
            left = deadline - time.monotonic()
            if job is None or job.status not in JOB_ACTIVE or left <= 0:
                return job
            with self._changed:
                if self._generation == seen:
                    self._changed.wait(timeout=min(left, 1.0))  # also sees a job finished by another process

    # --- running ------------------------------------------------------------------------------------

    def start(self) -> list[str]:
        """Re-queue the jobs a stopped server left running and start the workers; the ids re-queued.
        Starting a started queue does nothing."""
        with self._start_lock:
            if self._workers:
                return []
            requeued = self.store.requeue_jobs()
            self._stopping.clear()
            self._workers = [
                threading.Thread(target=self._work, name=f"job-worker-{n}", daemon=True)
                for n in range(self.concurrency)
            ]
            for worker in self._workers:
                worker.start()
            return requeued

    def stop(self, timeout: float = 10.0) -> None:
        """Stop taking jobs and wait up to ``timeout`` s for the running ones; forget this queue."""
        self._stopping.set()
        self._notify()
        with self._start_lock:
            for worker in self._workers:
                worker.join(timeout=timeout)
            self._workers = []
        with _QUEUES_LOCK:
            if _QUEUES.get(self._key) is self:
                del _QUEUES[self._key]

    @property
    def _key(self) -> str:
        return database_url(self.settings)

    def _notify(self) -> None:
        with self._changed:
            self._generation += 1
            self._changed.notify_all()

    def _work(self) -> None:
        while not self._stopping.is_set():
            with self._changed:
                seen = self._generation
            try:
                job = self.store.take_job()
            except Exception:  # a database hiccup must not end the worker: it tries again shortly
                log.exception("could not take a job from the queue")
                job = None
            if job is None:
                with self._changed:
                    if self._generation == seen and not self._stopping.is_set():
                        self._changed.wait(timeout=5.0)  # also picks up jobs submitted by another process
                continue
            self.run(job)

    def run(self, job: Job) -> Job:
        """Run a job taken from the queue to its end; the job as it ended."""
        if job.attempts > MAX_ATTEMPTS:
            error = (
                f"the server stopped during this check {job.attempts - 1} times; "
                "check the source on its own with `workbench check` to see why"
            )
            return self._finish(self.store.finish_job(job.id, "failed", error=error))
        try:
            with self._llm_lock:  # workers share the Checker: open its chat model once
                _ = self.checker.llm
            self._indexing.acquire()  # released by the "article" event, when the article is indexed
            progress = _JobProgress(self.store, job.id, indexed=self._indexing.release)
            try:
                report = self.checker.check(job.source, progress=progress)
            finally:
                progress.release()
        except Exception as exc:  # recorded on the job, which is how it is shown
            if not is_expected(exc):
                log.exception("job %s failed unexpectedly", job.id)
            return self._finish(self.store.finish_job(job.id, "failed", error=user_message(exc, self.settings)))
        counts = {"claims": len(report.claims), "failures": len(report.failures)}
        return self._finish(self.store.finish_job(job.id, "done", counts=counts, article_id=report.article.id))

    def _finish(self, job: Job) -> Job:
        self._notify()
        return job


class _JobProgress:
    """The Checker's progress callback: writes the job's stage and n/N, at most every PROGRESS_EVERY_S seconds
    but at once when the stage or the article changes, and always the end of a stage. Calls ``indexed``
    once, at the "article" event (the article is stored and indexed) or at ``release``, whichever is first."""

    def __init__(self, store: Store, job_id: str, indexed: Callable[[], None]) -> None:
        self.store, self.job_id = store, job_id
        self.article_id: str | None = None
        self.stage: str | None = None
        self.written = 0.0
        self._indexed: Callable[[], None] | None = indexed

    def release(self) -> None:
        if self._indexed is not None:
            indexed, self._indexed = self._indexed, None
            indexed()

    def __call__(self, event: ProgressEvent) -> None:
        if event.stage == "article" and event.item:
            self.article_id = event.item
            self.release()
        now = time.monotonic()
        new_stage = event.stage != self.stage or event.stage == "article"
        finished = event.total is not None and event.done >= event.total
        if not (new_stage or finished or now - self.written >= PROGRESS_EVERY_S):
            return
        self.stage, self.written = event.stage, now
        self.store.update_job(
            self.job_id,
            stage=event.stage,
            done=event.done,
            total=event.total,
            unit=event.unit,
            message=event.message,
            article_id=self.article_id,
        )


def check_url(url: str) -> str:
    """``url`` if it is an http(s) URL with a host, else a JobError."""
    url = (url or "").strip()
    if len(url) > MAX_URL_CHARS:
        raise JobError(f"the URL is over {MAX_URL_CHARS} characters")
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a port out of range
    except ValueError as exc:
        raise JobError(f"{url!r} is not a valid URL: {exc}") from exc
    if parts.scheme not in ("http", "https") or not parts.hostname or any(c.isspace() for c in url):
        raise JobError(f"{url!r} is not an http(s) URL: give one such as https://example.org/story.html")
    return url


def _write_once(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` unless it holds it already: whole, or not at all."""
    if path.is_file() and path.stat().st_size == len(data) and path.read_bytes() == data:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.{threading.get_ident()}.part")
    partial.write_bytes(data)
    partial.replace(path)


_QUEUES: dict[str, JobQueue] = {}
_QUEUES_LOCK = threading.Lock()


def queue_for(checker: Checker) -> JobQueue:
    """The started job queue of ``checker``'s database in this process, made on first use with
    ``checker`` and WORKBENCH_JOBS_CONCURRENCY workers. ``workbench serve`` makes it at start, so the
    jobs a stopped server left resume at once; the Review tab and the API then share it."""
    key = database_url(checker.settings)
    with _QUEUES_LOCK:
        queue = _QUEUES.get(key)
        if queue is None:
            queue = _QUEUES[key] = JobQueue(checker, concurrency=checker.settings.jobs_concurrency)
    queue.start()
    return queue
