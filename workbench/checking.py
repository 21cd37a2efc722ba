"""Check an article: ingest it, extract its claims, retrieve evidence, suggest verdicts, store all.

Resumable and idempotent: extraction is redone only when the article, the prompt or the model
changed (or with ``force``); a claim that already has evidence and a suggestion from the same
prompt and model is skipped. One failed sentence or claim is recorded and the rest go on.
Claim ids are content hashes, so reviews of unchanged claims survive a re-extraction.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from pydantic import BaseModel, Field

from workbench.checkworthy import CheckWorthinessModel
from workbench.claims import Scorer, extract_claims
from workbench.corpus.loaders import load_documents
from workbench.index.embedder import Embedder, get_embedder
from workbench.index.search import Searcher
from workbench.llm.cache import ResponseCache
from workbench.llm.models import chat_model, llm_settings_from, model_label, runs_serially
from workbench.llm.structured import StructuredLLM
from workbench.pipeline import ProgressCallback, index_documents
from workbench.prompts import Prompt, load_prompt
from workbench.records import (
    Claim,
    Document,
    Evidence,
    ItemFailure,
    LLMCall,
    LLMUsage,
    LoadFailure,
    ProgressEvent,
    Suggestion,
)
from workbench.reviewing import ReviewingService
from workbench.reviewing.views import ArticleView, ClaimView
from workbench.settings import Settings
from workbench.store import Store, database_url
from workbench.verdicts import Suggester, retrieve_evidence
from workbench.verifier.verify import load_verifier

Suggested = tuple[Suggestion | None, LLMCall | None, str | None]


class CheckError(RuntimeError):
    pass


class CheckReport(BaseModel):
    """An article's check: its claims as reviewers see them (the reviewing service's views), and what it cost."""

    article: ArticleView
    claims: list[ClaimView]
    failures: list[ItemFailure] = Field(default_factory=list)
    usage: dict[str, LLMUsage] = Field(default_factory=dict, description="LLM use per stage: extract, verdict.")
    seconds: float = 0.0
    run_id: int | None = None
    model: str = ""


class Checker:
    """Everything a check needs, built once: stores, retriever, model, prompts."""

    def __init__(
        self,
        settings: Settings,
        llm: StructuredLLM | None = None,
        store: Store | None = None,
        searcher: Searcher | None = None,
        embedder: Embedder | None = None,
        prompts: dict[str, str] | None = None,
    ):
        self.settings = settings
        self.store = store or Store(database_url(settings))
        self._embedder = embedder
        self.searcher = searcher or Searcher(settings, embedder=embedder)
        self._llm = llm
        refs = {
            "extract_claims": "extract_claims",
            "suggest_verdict": "suggest_verdict",
            "explain_verdict": "explain_verdict",
        } | (prompts or {})
        self.prompts: dict[str, Prompt] = {name: load_prompt(ref) for name, ref in refs.items()}
        self.suggester = Suggester(
            settings.verifier,
            verifier=lambda: load_verifier(settings),
            llm=lambda: self.llm,
            prompts=self.prompts,
            max_passages=settings.verdict_passages,
        )

    @property
    def embedder(self) -> Embedder:
        if self._embedder is None:
            self._embedder = get_embedder(self.settings)
        return self._embedder

    @property
    def llm(self) -> StructuredLLM:
        if self._llm is None:
            self._llm = open_llm(self.settings)
        return self._llm

    def scorer(self) -> Scorer | None:
        model = CheckWorthinessModel.load(self.settings.models_dir)
        if model is None:
            return None
        return lambda texts: model.score(self.embedder, texts)

    # -- the job ------------------------------------------------------------------------------

    def check(
        self, source: str | Path, force: bool = False, progress: ProgressCallback = lambda _: None
    ) -> CheckReport:
        started = time.perf_counter()
        article = self._load_article(source)
        index_documents([article], self.settings, progress, self.searcher.vectors, self._embedder)
        self.store.upsert_document(article)
        progress(
            ProgressEvent(stage="article", done=1, total=1, unit="article", item=article.id, message=article.title)
        )
        run_id = self.store.start_run(
            "check", article.id, {"model": self.llm.label, "prompts": self._prompt_refs(), "force": force}
        )
        usage = {"extract": LLMUsage(), "verdict": LLMUsage()}
        failures: list[ItemFailure] = []
        try:
            claims = self._claims(article, force, run_id, usage["extract"], failures, progress)
            self._verdicts(claims, force, run_id, usage["verdict"], failures, progress)
        except BaseException:
            self.store.finish_run(run_id, "failed")
            raise
        for failure in failures:
            self.store.record_failure(failure, run_id)
        counts = {"claims": len(claims), "failures": len(failures)} | {f"{k}_calls": u.calls for k, u in usage.items()}
        self.store.finish_run(run_id, "done", counts)
        report = self.report(article.id)
        report.failures, report.usage, report.run_id = failures, usage, run_id
        report.seconds = round(time.perf_counter() - started, 3)
        return report

    def report(self, article_id: str) -> CheckReport:
        """The stored state of an article's check, as printed by `workbench check --json`."""
        reviewing = ReviewingService(self.store)
        article = reviewing.article_view(article_id)
        if article is None:
            raise CheckError(f"no article with id {article_id}")
        claims = reviewing.claim_views(article_id)
        return CheckReport(article=article, claims=claims, model=self.llm.label if self._llm else "")

    # -- stages -------------------------------------------------------------------------------

    def _load_article(self, source: str | Path) -> Document:
        items = list(load_documents([source], self.settings, kind="article"))
        failure = next((i for i in items if isinstance(i, LoadFailure)), None)
        if failure is not None:
            raise CheckError(str(failure))
        if len(items) != 1:
            raise CheckError(f"{source}: expected one article, found {len(items)} documents")
        return items[0]  # type: ignore[return-value]

    def _prompt_refs(self) -> dict[str, str]:
        return {name: f"{p.ref}#{p.hash}" for name, p in self.prompts.items()}

    def _claims(
        self,
        article: Document,
        force: bool,
        run_id: int,
        usage: LLMUsage,
        failures: list[ItemFailure],
        progress: ProgressCallback,
    ) -> list[Claim]:
        prompt = self.prompts["extract_claims"]
        key = {
            "article_id": article.id,
            "text": article.text_hash,
            "model": self.llm.label,
            "prompt": f"{prompt.ref}#{prompt.hash}",
            "threshold": self.settings.checkworthy_threshold,
        }
        done_before = any(r.status == "done" and r.params == key for r in self.store.runs(kind="extract"))
        if done_before and not force:
            return self.store.claims(article.id)
        extract_run = self.store.start_run("extract", article.id, key)
        result = extract_claims(
            article,
            self.llm,
            prompt,
            scorer=self.scorer(),
            threshold=self.settings.checkworthy_threshold,
            concurrency=self.settings.llm_concurrency,
            max_sentences=self.settings.max_llm_sentences,
            progress=progress,
            on_claims=lambda found: self.store.save_claims(article.id, found, replace=False),
        )
        for call in result.calls:
            usage.add(call)
            self.store.record_llm_call(call, run_id)
        failures += result.failures
        self.store.save_claims(article.id, result.claims)
        # A sentence that failed is retried on the next run: only a clean extraction counts as done.
        self.store.finish_run(extract_run, "done" if not result.failures else "failed", {"claims": len(result.claims)})
        return self.store.claims(article.id)

    def _verdicts(
        self,
        claims: list[Claim],
        force: bool,
        run_id: int,
        usage: LLMUsage,
        failures: list[ItemFailure],
        progress: ProgressCallback,
    ) -> None:
        provenance = self.suggester.provenance()
        todo = []
        for claim in claims:
            if not claim.check_worthy:
                continue
            current = self.store.suggestion(claim.id)
            fresh = (
                current is not None
                and provenance is not None
                and (current.provenance is None or current.provenance == provenance)
            )
            if force or not fresh or not self.store.evidence(claim.id):
                todo.append(claim)
        progress(ProgressEvent(stage="verdict", done=0, total=len(todo), unit="claims"))
        # Suggestions that ask the LLM run up to llm_concurrency at once; retrieval and the store stay in
        # this thread, and results are stored in claim order as they come, so a killed check loses little.
        workers = self._verdict_workers()
        pending: deque[tuple[Claim, list[Evidence], Future[Suggested]]] = deque()
        settled = 0

        def settle() -> None:
            nonlocal settled
            claim, evidence, future = pending.popleft()
            suggestion, call, error = future.result()
            if call is not None:
                usage.add(call)
                self.store.record_llm_call(call, run_id)
            if suggestion is None:
                # nothing is stored for this claim but the failure; the next run retries it
                failures.append(ItemFailure(stage="verdict", item=claim.id, reason=error or "no answer"))
            else:
                self.store.save_evidence(claim.id, evidence)
                self.store.save_suggestion(suggestion)
            settled += 1
            progress(ProgressEvent(stage="verdict", done=settled, total=len(todo), unit="claims"))

        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="verdict") as pool:
            for claim in todo:
                evidence = retrieve_evidence(claim, self.searcher, k=self.settings.evidence_k)
                if workers == 1:
                    future: Future[Suggested] = Future()
                    future.set_result(self.suggester.suggest(claim, evidence))
                else:
                    future = pool.submit(self.suggester.suggest, claim, evidence)
                pending.append((claim, evidence, future))
                while len(pending) >= workers:
                    settle()
            while pending:
                settle()

    def _verdict_workers(self) -> int:
        """Verdicts in flight: 1 for the trained verifier alone (no LLM) and for a serial model."""
        if self.settings.verifier == "trained" or self.settings.llm_concurrency == 1 or self.llm.serial:
            return 1
        return self.settings.llm_concurrency


def open_llm(settings: Settings, spec: str | None = None, cache_namespace: str = "") -> StructuredLLM:
    """The configured chat model with the response cache and the call policy from settings."""
    llm_settings = llm_settings_from(settings)
    model = chat_model(llm_settings, spec)
    model.cache = ResponseCache(settings.home / "llm_cache.db", namespace=cache_namespace)
    return StructuredLLM(
        model,
        model_label(llm_settings, spec),
        max_attempts=settings.llm_attempts,
        timeout_s=settings.llm_timeout,
        method=settings.llm_structured,
        serial=runs_serially(llm_settings, spec),
    )


ProgressFn = Callable[[ProgressEvent], None]
