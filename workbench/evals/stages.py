"""One evaluator per stage: run the real stage on the gold rows and score every item.

Each evaluator takes a ``StageContext`` and returns ``EvalSample``s; metrics.py turns those into
numbers. The stages are the product's own functions (hybrid search, claim extraction, the
check-worthiness classifier, verdict suggestion, chat), never re-implementations.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from workbench.chat import answer_question
from workbench.checkworthy import CheckWorthinessModel, held_out
from workbench.claims import article_sentences, extract_claims
from workbench.corpus.loaders import header_end
from workbench.evals.suites import Suite, SuiteError, file_sha256, resolve
from workbench.index.embedder import Embedder
from workbench.index.search import Searcher
from workbench.llm.structured import StructuredLLM
from workbench.pipeline import ProgressCallback
from workbench.prompts import Prompt, load_prompt
from workbench.records import (
    Claim,
    Document,
    EvalSample,
    Evidence,
    ItemFailure,
    LLMCall,
    ProgressEvent,
    SearchFilters,
    content_hash,
    normalize_text,
)
from workbench.settings import Settings
from workbench.verdicts import Suggester, retrieve_evidence
from workbench.verifier.attribution import reports_speech
from workbench.verifier.verify import load_verifier

LABELS = ("supported", "disputed", "unverified")
# An extracted claim matches a gold claim when their cosine is >= MATCH, or >= MATCH_NEAR and
# the extracted span overlaps the gold span; matching is one-to-one, greedy by similarity.
MATCH, MATCH_NEAR = 0.70, 0.60


@dataclass
class StageContext:
    suite: Suite
    settings: Settings
    rows: list[dict[str, Any]]
    searcher: Searcher
    embedder: Embedder
    llm: StructuredLLM | None = None
    prompts: dict[str, Prompt] = field(default_factory=dict)
    article: Document | None = None
    repeat: int = 0
    progress: ProgressCallback = lambda _: None
    failures: list[ItemFailure] = field(default_factory=list)
    calls: list[LLMCall] = field(default_factory=list)
    extracted: list[Claim] | None = None
    notes: dict[str, Any] = field(default_factory=dict)

    def tick(self, stage: str, done: int, total: int, unit: str = "items") -> None:
        self.progress(ProgressEvent(stage=stage, done=done, total=total, unit=unit))


def _usage(sample: EvalSample, call: LLMCall | None) -> None:
    if call is None:
        return
    sample.calls += 1
    sample.cached_calls += call.cached
    sample.input_tokens += call.input_tokens
    sample.output_tokens += call.output_tokens
    sample.latency_s = round(sample.latency_s + call.latency_s, 3)


# --- retrieval --------------------------------------------------------------------------------


def ranked_documents(results: list[Evidence], relevant: set[str]) -> list[str]:
    """Document keys in rank order, each document once (its best chunk)."""
    seen: list[str] = []
    for evidence in results:
        key = evidence.doc_key(relevant)
        if key not in seen:
            seen.append(key)
    return seen


def ndcg(ranked: list[str], relevant: set[str], k: int = 10) -> float:
    gains = sum(1 / math.log2(i + 2) for i, key in enumerate(ranked[:k]) if key in relevant)
    ideal = sum(1 / math.log2(i + 2) for i in range(min(len(relevant), k)))
    return gains / ideal if ideal else 0.0


def retrieval(ctx: StageContext) -> list[EvalSample]:
    rows = [r for r in ctx.rows if r.get("evidence")]
    depth = 3 * max([*ctx.suite.recall_at, 10])  # chunks, so that enough distinct documents come back
    samples = []
    for n, row in enumerate(rows, start=1):
        query = str(row.get("query") or row["claim"])
        relevant = {str(k) for k in row["evidence"]}
        results = ctx.searcher.search(query, k=depth, filters=SearchFilters(kind="evidence"))
        ranked = ranked_documents(results, relevant)
        first = next((i for i, key in enumerate(ranked, start=1) if key in relevant), None)
        scores = {"ndcg@10": ndcg(ranked, relevant), "mrr": 1 / first if first else 0.0}
        scores |= {f"recall@{k}": len(relevant & set(ranked[:k])) / len(relevant) for k in ctx.suite.recall_at}
        samples.append(
            EvalSample(
                stage="retrieval",
                id=str(row["id"]),
                input={"query": query},
                expected={"evidence": sorted(relevant)},
                output={"ranked": ranked[:10]},
                scores=scores,
            )
        )
        ctx.tick("retrieval", n, len(rows), "queries")
    return samples


# --- extraction and check-worthiness on an article --------------------------------------------


def _gold_spans(ctx: StageContext) -> list[tuple[dict[str, Any], tuple[int, int]]]:
    assert ctx.article is not None
    spans = []
    prose = header_end(ctx.article.text)  # a span is looked for after the header line, which is metadata
    for row in ctx.rows:
        text = row.get("article_span")
        if not text:
            continue
        start = ctx.article.text.find(text, prose)
        if start < 0:
            start = ctx.article.text.find(text)
        if start < 0:
            raise SuiteError(f"gold row {row.get('id')}: its article_span is not in {ctx.suite.article}")
        spans.append((row, (start, start + len(text))))
    return spans


def scorer_of(ctx: StageContext) -> Callable[[list[str]], list[float]] | None:
    model = CheckWorthinessModel.load(ctx.settings.models_dir)
    ctx.notes["checkworthy_classifier"] = "present" if model else "missing (every sentence goes to the LLM)"
    return None if model is None else (lambda texts: model.score(ctx.embedder, texts))


def extraction(ctx: StageContext) -> list[EvalSample]:
    assert ctx.article is not None and ctx.llm is not None
    result = extract_claims(
        ctx.article,
        ctx.llm,
        ctx.prompts["extract_claims"],
        scorer=scorer_of(ctx),
        threshold=ctx.settings.checkworthy_threshold,
        concurrency=ctx.settings.llm_concurrency,
        max_sentences=ctx.settings.max_llm_sentences,
        progress=lambda e: ctx.tick("extraction", e.done, e.total, "sentences") if e.stage == "extract" else None,
    )
    ctx.calls += result.calls
    ctx.failures += result.failures
    ctx.extracted = result.claims
    gold = [(row, span) for row, span in _gold_spans(ctx) if row.get("check_worthy", True)]
    extracted = [c for c in result.claims if c.check_worthy]
    matches = _match(ctx.embedder, extracted, gold)
    sentences = article_sentences(ctx.article.text)
    calls = {call.item: call for call in result.calls}
    failed = {f.item.split(":", 1)[0]: f.reason for f in result.failures}
    samples = []
    for j, (row, span) in enumerate(gold):
        claim, sim = matches.get(j, (None, 0.0))
        scores = {"found": float(claim is not None)}
        # the breakdown by kind of claim: what someone said or reported, or a plain fact
        scores["found_reported" if reports_speech(str(row["claim"])) else "found_fact"] = scores["found"]
        # Why a gold claim was missed matters: its sentence skipped (boilerplate, classifier) or the LLM's answer.
        sentence = next((s for s in sentences if s.start <= span[0] < s.end), None)
        item = f"sentence {sentence.index}" if sentence else ""
        output: dict[str, Any] = {"sentence_sent_to_llm": item in calls}
        if claim is not None:
            overlap = claim.span is not None and claim.span.start < span[1] and span[0] < claim.span.end
            scores["span_ok"] = float(overlap and "unaligned_span" not in claim.flags)
            output |= {
                "claim": claim.text,
                "similarity": round(sim, 3),
                "span": [claim.span.start, claim.span.end] if claim.span else None,
            }
        sample = EvalSample(
            stage="extraction",
            id=str(row["id"]),
            repeat=ctx.repeat,
            input={"article_span": row["article_span"], "sentence": sentence.text if sentence else None},
            expected={"claim": row["claim"]},
            output=output,
            scores=scores,
            error=failed.get(item),
        )
        _usage(sample, calls.get(item))  # the call that read this claim's sentence (shared by its claims)
        samples.append(sample)
    matched = {id(c) for c, _ in matches.values()}
    for claim in extracted:
        if id(claim) not in matched:
            samples.append(
                EvalSample(
                    stage="extraction",
                    id=content_hash(normalize_text(claim.text).lower()),
                    repeat=ctx.repeat,
                    kind="extra",
                    input={"sentence": claim.sentence},
                    output={"claim": claim.text, "check_worthiness": round(claim.check_worthiness, 3)},
                    scores={"false_positive": 1.0},
                )
            )
    return samples


def _match(
    embedder: Embedder, extracted: list[Claim], gold: list[tuple[dict[str, Any], tuple[int, int]]]
) -> dict[int, tuple[Claim, float]]:
    if not extracted or not gold:
        return {}
    sims = embedder.embed([c.text for c in extracted]) @ embedder.embed([row["claim"] for row, _ in gold]).T
    pairs = []
    for i, claim in enumerate(extracted):
        for j, (_, span) in enumerate(gold):
            overlap = claim.span is not None and claim.span.start < span[1] and span[0] < claim.span.end
            if sims[i, j] >= MATCH or (overlap and sims[i, j] >= MATCH_NEAR):
                pairs.append((float(sims[i, j]), i, j))
    used_e: set[int] = set()
    matches: dict[int, tuple[Claim, float]] = {}
    for sim, i, j in sorted(pairs, reverse=True):
        if i not in used_e and j not in matches:
            used_e.add(i)
            matches[j] = (extracted[i], sim)
    return matches


def checkworthiness(ctx: StageContext) -> list[EvalSample]:
    """Sentence rows are scored by the classifier; article rows by the pipeline's score for that place."""
    if ctx.article is not None and any(r.get("article_span") for r in ctx.rows):
        return _checkworthiness_in_article(ctx)
    return _checkworthiness_of_sentences(ctx)


def _checkworthiness_in_article(ctx: StageContext) -> list[EvalSample]:
    if ctx.extracted is None:
        raise SuiteError("check-worthiness on an article needs the extraction stage in the same suite")
    samples = []
    for row, (start, end) in _gold_spans(ctx):
        best, score = 0, 0.0
        for claim in ctx.extracted:
            if claim.span is None:
                continue
            overlap = min(claim.span.end, end) - max(claim.span.start, start)
            if overlap > best:  # a sentence the LLM found no claim in counts half
                best, score = overlap, claim.check_worthiness if claim.check_worthy else claim.check_worthiness * 0.5
        label = float(bool(row.get("check_worthy")))
        samples.append(
            EvalSample(
                stage="checkworthiness",
                id=str(row["id"]),
                repeat=ctx.repeat,
                input={"article_span": row["article_span"]},
                expected={"check_worthy": bool(label)},
                output={"score": round(score, 4)},
                scores={"label": label, "score": score},
            )
        )
    return samples


def _checkworthiness_of_sentences(ctx: StageContext) -> list[EvalSample]:
    model = CheckWorthinessModel.load(ctx.settings.models_dir)
    if model is None:
        raise SuiteError("no check-worthiness classifier: run `workbench models train-checkworthy --data FILE`")
    rows = [r for r in ctx.rows if r.get("text") and r.get("label", r.get("check_worthy")) is not None]
    labels = [int(bool(r.get("label", r.get("check_worthy")))) for r in rows]
    if ctx.suite.split == "held_out":
        dataset_sha = file_sha256(resolve(ctx.settings, ctx.suite.dataset_of("checkworthiness")))
        if model.data_sha256 == dataset_sha:
            _, test_rows = held_out(labels, model.seed)
            rows, labels = [rows[i] for i in test_rows], [labels[i] for i in test_rows]
            ctx.notes["split"] = f"held out: the 20% the classifier was not fit on ({len(rows)} rows)"
        else:
            ctx.notes["split"] = "all rows: the classifier was trained on other data"
    scores: list[float] = []
    texts = [str(r["text"]) for r in rows]
    step = 512
    for start in range(0, len(texts), step):
        scores += model.score(ctx.embedder, texts[start : start + step])
        ctx.tick("checkworthiness", min(start + step, len(texts)), len(texts), "sentences")
    return [
        EvalSample(
            stage="checkworthiness",
            id=str(row.get("id") or row.get("sentence_id") or content_hash(text)),
            input={"text": text},
            expected={"check_worthy": bool(label)},
            output={"score": round(score, 4)},
            scores={"label": float(label), "score": score},
        )
        for row, text, label, score in zip(rows, texts, labels, scores)
    ]


# --- verdicts -------------------------------------------------------------------------------------


def suggester_of(ctx: StageContext) -> Suggester:
    """The verdict path the settings choose (trained verifier, LLM, or both), as checks use it."""
    prompts = dict(ctx.prompts)
    if ctx.settings.verifier == "both" and "explain_verdict" not in prompts:
        prompts["explain_verdict"] = load_prompt("explain_verdict")
    llm = ctx.llm
    return Suggester(
        ctx.settings.verifier,
        verifier=lambda: load_verifier(ctx.settings),
        llm=(lambda: llm) if llm is not None else None,
        prompts=prompts,
        max_passages=ctx.settings.verdict_passages,
    )


def verdict(ctx: StageContext) -> list[EvalSample]:
    suggester = suggester_of(ctx)
    rows = [r for r in ctx.rows if r.get("verdict") in LABELS and r.get("claim")]
    article_id = ctx.article.id if ctx.article else "eval"
    samples = []
    for n, row in enumerate(rows, start=1):
        claim = Claim(id=str(row["id"]), article_id=article_id, text=str(row["claim"]), check_worthiness=1.0)
        evidence = retrieve_evidence(claim, ctx.searcher, k=ctx.settings.evidence_k)
        suggestion, call, error = suggester.suggest(claim, evidence)
        gold_docs = {str(k) for k in row.get("evidence") or []}
        shown = evidence[: ctx.settings.verdict_passages] if suggester.mode == "llm" else evidence
        by_chunk = {e.chunk_id: e for e in shown}
        sample = EvalSample(
            stage="verdict",
            id=str(row["id"]),
            repeat=ctx.repeat,
            input={"claim": claim.text, "passages": [e.doc_key(gold_docs) for e in shown]},
            expected={"verdict": row["verdict"], "evidence": sorted(gold_docs)},
        )
        if suggestion is None:
            sample.error = error or "no answer"
            ctx.failures.append(ItemFailure(stage="verdict", item=claim.id, reason=sample.error))
        else:
            sample.output = {
                "label": suggestion.label,
                "confidence": suggestion.confidence,
                "rationale": suggestion.rationale,
                "cited": [by_chunk[c].doc_key(gold_docs) for c in suggestion.cited if c in by_chunk],
                "flags": suggestion.flags,
                "probabilities": suggestion.probabilities,
                "deciding": [
                    {
                        "passage": by_chunk[j.chunk_id].doc_key(gold_docs),
                        "stance": j.stance,
                        "text": by_chunk[j.chunk_id].text[j.start : j.end],
                    }
                    for j in suggestion.deciding
                    if j.chunk_id in by_chunk
                ],
            }
        sample.scores["correct"] = float(sample.output.get("label") == row["verdict"])
        if gold_docs:
            sample.scores["evidence_hit"] = float(any(e.doc_keys() & gold_docs for e in shown))
        _usage(sample, call)
        if call is not None:
            ctx.calls.append(call)
        samples.append(sample)
        ctx.tick("verdict", n, len(rows), "claims")
    return samples


# --- chat ---------------------------------------------------------------------------------------------

_SENTENCE = re.compile(r"(?<=[.!?])\s+")
_MARKERS = re.compile(r"\[\s*\d+(?:\s*,\s*\d+)*\s*\]|\[P\d+\?\]")


def chat(ctx: StageContext) -> list[EvalSample]:
    assert ctx.llm is not None
    rows = [r for r in ctx.rows if r.get("question")]
    samples = []
    for n, row in enumerate(rows, start=1):
        sources = {str(s) for s in row.get("sources") or []}
        points = [str(p) for p in row.get("answer_points") or []]
        reply = answer_question(
            str(row["question"]), ctx.searcher, ctx.llm, ctx.prompts["chat_answer"], k=ctx.settings.search_k
        )
        cited = sorted({c.evidence.doc_key(sources) for c in reply.citations})
        scores: dict[str, float] = {"citation_recall": len(sources & set(cited)) / len(sources) if sources else 0.0}
        if cited:
            scores["citation_precision"] = len(sources & set(cited)) / len(cited)
        covered = answer_points_covered(
            ctx.embedder, reply.answer if reply.covered else "", points, ctx.suite.coverage_similarity
        )
        if points:
            scores["answer_coverage"] = sum(covered) / len(points)
        sample = EvalSample(
            stage="chat",
            id=str(row["id"]),
            repeat=ctx.repeat,
            input={"question": row["question"]},
            expected={"sources": sorted(sources), "answer_points": points},
            output={
                "answer": reply.answer,
                "cited": cited,
                "covered_points": [p for p, ok in zip(points, covered) if ok],
                "flags": reply.flags,
            },
            scores=scores,
        )
        if "model_failed" in reply.flags:
            sample.error = (reply.call.error if reply.call else None) or "no answer"
            ctx.failures.append(ItemFailure(stage="chat", item=str(row["id"]), reason=sample.error))
        _usage(sample, reply.call)
        if reply.call is not None:
            ctx.calls.append(reply.call)
        samples.append(sample)
        ctx.tick("chat", n, len(rows), "questions")
    return samples


def answer_points_covered(embedder: Embedder, answer: str, points: list[str], threshold: float) -> list[bool]:
    """Whether some sentence of ``answer`` says each expected point (MiniLM cosine >= threshold)."""
    sentences = [s for s in _SENTENCE.split(_MARKERS.sub("", answer)) if len(s.split()) >= 3]
    if not sentences or not points:
        return [False] * len(points)
    sims = embedder.embed(points) @ embedder.embed(sentences).T
    return [bool(row.max() >= threshold) for row in np.atleast_2d(sims)]


EVALUATORS: dict[str, Callable[[StageContext], list[EvalSample]]] = {
    "retrieval": retrieval,
    "extraction": extraction,
    "checkworthiness": checkworthiness,
    "verdict": verdict,
    "chat": chat,
}
