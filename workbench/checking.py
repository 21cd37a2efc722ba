"""Check an article: ingest it, extract its claims, retrieve evidence, suggest verdicts, store all.

Resumable and idempotent: extraction is redone only when the article, the prompt or the model
changed (or with ``force``); a claim that already has evidence and a suggestion from the same
prompt and model is skipped. One failed sentence or claim is recorded and the rest go on.
Claim ids are content hashes, so reviews of unchanged claims survive a re-extraction.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from pydantic import BaseModel, Field

from workbench.checkworthy import CheckWorthinessModel
from workbench.claims import Scorer, extract_claims
from workbench.corpus.loaders import load_documents
from workbench.index.embedder import Embedder, get_embedder
from workbench.index.search import Searcher
from workbench.llm.cache import ResponseCache
from workbench.llm.models import chat_model, llm_settings_from, model_label
from workbench.llm.structured import StructuredLLM
from workbench.pipeline import ProgressCallback, index_documents
from workbench.prompts import Prompt, load_prompt
from workbench.records import (
    Claim,
    ClaimStatus,
    Document,
    Evidence,
    ItemFailure,
    LLMUsage,
    LoadFailure,
    PassageJudgement,
    ProgressEvent,
    Span,
    Suggestion,
)
from workbench.settings import Settings
from workbench.store import Store, database_url
from workbench.verdicts import Suggester, retrieve_evidence
from workbench.verifier.verify import load_verifier


class CheckError(RuntimeError):
    pass


class EvidenceView(BaseModel):
    id: str
    doc_id: str
    title: str
    text: str
    score: float
    outlet: str | None = None
    date: str | None = None
    url: str | None = None
    start: int
    end: int


class SuggestionView(BaseModel):
    label: str
    rationale: str
    cited: list[str]
    confidence: float = Field(description="Probability of the label (calibrated for the trained verifier).")
    flags: list[str] = Field(default_factory=list)
    model: str | None = None
    probabilities: dict[str, float] = Field(
        default_factory=dict, description="Each verdict's probability (trained verifier)."
    )
    deciding: list[PassageJudgement] = Field(
        default_factory=list, description="The sentences that decided it: chunk id, offsets, stance."
    )


class ClaimReport(BaseModel):
    id: str
    text: str
    span: Span | None
    check_worthiness: float
    check_worthy: bool
    type: str
    flags: list[str]
    suggestion: SuggestionView | None
    evidence: list[EvidenceView]
    status: ClaimStatus | None = None


class ArticleView(BaseModel):
    id: str
    title: str
    source: str
    outlet: str | None = None
    date: str | None = None
    url: str | None = None


class CheckReport(BaseModel):
    article: ArticleView
    claims: list[ClaimReport]
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
        article = self.store.get_document(article_id)
        if article is None:
            raise CheckError(f"no article with id {article_id}")
        statuses = self.store.statuses(article_id)
        claims = []
        for claim in sorted(self.store.claims(article_id), key=lambda c: c.span.start if c.span else 0):
            suggestion = self.store.suggestion(claim.id)
            claims.append(
                ClaimReport(
                    id=claim.id,
                    text=claim.text,
                    span=claim.span,
                    check_worthiness=claim.check_worthiness,
                    check_worthy=claim.check_worthy,
                    type=claim.type,
                    flags=claim.flags,
                    suggestion=_suggestion_view(suggestion),
                    evidence=[_evidence_view(e) for e in self.store.evidence(claim.id)],
                    status=statuses.get(claim.id),
                )
            )
        view = ArticleView(
            id=article.id,
            title=article.title,
            source=article.source,
            outlet=article.outlet,
            date=article.date,
            url=article.url,
        )
        return CheckReport(article=view, claims=claims, model=self.llm.label if self._llm else "")

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
        for n, claim in enumerate(todo, start=1):
            evidence = retrieve_evidence(claim, self.searcher, k=self.settings.evidence_k)
            suggestion, call, error = self.suggester.suggest(claim, evidence)
            if call is not None:
                usage.add(call)
                self.store.record_llm_call(call, run_id)
            if suggestion is None:
                # nothing is stored for this claim but the failure; the next run retries it
                failures.append(ItemFailure(stage="verdict", item=claim.id, reason=error or "no answer"))
            else:
                self.store.save_evidence(claim.id, evidence)
                self.store.save_suggestion(suggestion)
            progress(ProgressEvent(stage="verdict", done=n, total=len(todo), unit="claims"))


def open_llm(settings: Settings, spec: str | None = None, cache_namespace: str = "") -> StructuredLLM:
    """The configured chat model with the response cache and the call policy from settings."""
    llm_settings = llm_settings_from(settings)
    model = chat_model(llm_settings, spec)
    model.cache = ResponseCache(settings.home / "llm_cache.db", namespace=cache_namespace)
    return StructuredLLM(
        model, model_label(llm_settings, spec), max_attempts=settings.llm_attempts, timeout_s=settings.llm_timeout
    )


def _suggestion_view(s: Suggestion | None) -> SuggestionView | None:
    if s is None:
        return None
    return SuggestionView(
        label=s.label,
        rationale=s.rationale,
        cited=s.cited,
        confidence=s.confidence,
        flags=s.flags,
        model=s.provenance.model if s.provenance else None,
        probabilities=s.probabilities,
        deciding=s.deciding,
    )


def _evidence_view(e: Evidence) -> EvidenceView:
    return EvidenceView(
        id=e.chunk_id,
        doc_id=e.doc_id,
        title=e.title,
        text=e.text,
        score=e.score,
        outlet=e.outlet,
        date=e.date,
        url=e.url,
        start=e.start,
        end=e.end,
    )


ProgressFn = Callable[[ProgressEvent], None]
