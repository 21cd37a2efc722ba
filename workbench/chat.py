"""Question -> an answer from the corpus whose statements cite the retrieved passages by number.

Retrieval decides first whether the corpus covers the question at all, so an off-topic question
costs no model call and gets no invented answer. The rule is one number: the question is covered
when at least one retrieved passage has a cosine similarity of ``MIN_SIMILARITY`` or more to the
question (all-MiniLM-L6-v2 embeddings). Fused ranks cannot say this, because they are relative:
an off-topic question still has a first-ranked passage. Measured on the demo corpus, the best
passage of on-topic questions scored 0.49-0.65 and that of off-topic ones ("What is the capital of
France?", "How do I bake sourdough bread?") 0.03-0.21.

Passages are fenced as data (``verdicts.fence_passages``) and numbered P1..Pn in the prompt; the
model cites them as ``[P2]``. The reply renumbers them [1], [2] ... in order of first use, and
each number maps to its ``Evidence``. A citation of anything but a passage the model was shown is
kept in the text as ``[P7?]``, listed in ``unmatched``, and flagged: shown as such, never dropped
silently.

The answer is generated whole (structured output); a UI that wants to show it progressively
streams the finished text out word by word.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import numpy as np
from pydantic import BaseModel, Field

from workbench.index.search import Searcher
from workbench.llm.structured import StructuredLLM
from workbench.prompts import Prompt
from workbench.records import Evidence, LLMCall, SearchFilters
from workbench.verdicts import fence_passages

NOT_COVERED = "The corpus does not cover this."
MIN_SIMILARITY = 0.30
"""Cosine similarity (question, passage) that at least one retrieved passage must reach."""

Similarity = Callable[[str, Sequence[str]], Sequence[float]]
"""(question, passage texts) -> one similarity per passage."""


class ChatAnswer(BaseModel):
    """The model's answer (the schema of prompts/chat_answer.yaml)."""

    answer: str = Field(min_length=1)
    cited: list[str] = Field(default_factory=list, description="Passage ids the answer relies on: P1, P2 ...")
    covered: bool = True


class Citation(BaseModel):
    """A numbered citation in a reply: ``[number]`` in the text refers to ``evidence``."""

    number: int
    evidence: Evidence


class ChatReply(BaseModel):
    """An answer to a question, its citations and the passages it was drawn from."""

    question: str
    answer: str = Field(description="The answer text, citations written [1], [2] ...; unmatched ones [P7?].")
    citations: list[Citation] = Field(default_factory=list)
    covered: bool
    passages: list[Evidence] = Field(default_factory=list, description="Every passage retrieved, in rank order.")
    best_similarity: float | None = None
    unmatched: list[str] = Field(default_factory=list, description="Citations of passages the model was not shown.")
    flags: list[str] = Field(
        default_factory=list,
        description="'not_covered_by_retrieval', 'invalid_citation_dropped', 'uncited', 'model_failed'.",
    )
    call: LLMCall | None = None

    def citation(self, number: int) -> Citation | None:
        return next((c for c in self.citations if c.number == number), None)


def embedding_similarity(searcher: Searcher) -> Similarity:
    """Cosine similarity with the searcher's embedding model (the one the dense index uses)."""

    def similarity(question: str, texts: Sequence[str]) -> list[float]:
        if not texts:
            return []
        query = np.asarray(searcher.embedder.embed_query(question), dtype=np.float32)
        passages = np.asarray(searcher.embedder.embed(list(texts)), dtype=np.float32)
        norms = np.linalg.norm(passages, axis=1) * (np.linalg.norm(query) or 1.0)
        return [float(x) for x in (passages @ query) / np.where(norms == 0, 1.0, norms)]

    return similarity


def answer_question(
    question: str,
    searcher: Searcher,
    llm: StructuredLLM,
    prompt: Prompt,
    k: int = 5,
    filters: SearchFilters | None = None,
    similarity: Similarity | None = None,
    min_similarity: float = MIN_SIMILARITY,
) -> ChatReply:
    """Answer ``question`` from the ``k`` best evidence passages, or say the corpus does not cover it.

    ``filters`` defaults to evidence documents only (articles under review are not sources).
    ``similarity`` defaults to cosine similarity with the searcher's embedding model.
    """
    question = question.strip()
    passages = searcher.search(question, k=k, filters=filters or SearchFilters(kind="evidence")) if question else []
    scores = (
        list((similarity or embedding_similarity(searcher))(question, [p.text for p in passages])) if passages else []
    )
    best = max(scores) if scores else None
    if best is None or best < min_similarity:
        return ChatReply(
            question=question,
            answer=NOT_COVERED,
            covered=False,
            passages=passages,
            best_similarity=_round(best),
            flags=["not_covered_by_retrieval"],
        )
    fenced, ids = fence_passages(passages)
    answer, call = llm.ask(prompt, ChatAnswer, item=question[:200], question=question, passages=fenced)
    if answer is None:
        return ChatReply(
            question=question,
            answer=f"The model gave no usable answer ({call.error or 'no answer'}).",
            covered=False,
            passages=passages,
            best_similarity=_round(best),
            flags=["model_failed"],
            call=call,
        )
    reply = _number_citations(question, answer, ids, passages)
    reply.best_similarity, reply.call = _round(best), call
    return reply


_MARKER = re.compile(r"\[\s*((?:P?\d+)(?:\s*[,;]\s*P?\d+)*)\s*\]", re.IGNORECASE)


def _pid(ref: str) -> str:
    """'p2', '2', '[P2]' -> 'P2'."""
    ref = ref.strip().strip("[]").strip().upper()
    return f"P{ref}" if ref.isdigit() else ref


def _number_citations(question: str, answer: ChatAnswer, ids: dict[str, str], passages: list[Evidence]) -> ChatReply:
    by_chunk = {p.chunk_id: p for p in passages}
    numbers: dict[str, int] = {}  # prompt id -> citation number, in order of first use
    unmatched: list[str] = []

    def number(pid: str) -> str:
        if pid not in ids:
            if pid not in unmatched:
                unmatched.append(pid)
            return f"{pid}?"
        numbers.setdefault(pid, len(numbers) + 1)
        return str(numbers[pid])

    def rewrite(match: re.Match[str]) -> str:
        refs = [_pid(r) for r in re.split(r"[,;]", match.group(1))]
        return "".join(f"[{number(pid)}]" for pid in refs)

    text = _MARKER.sub(rewrite, answer.answer.strip())
    for ref in answer.cited:  # cited in the list but not in the text: still a source of the answer
        number(_pid(ref))
    citations = [Citation(number=n, evidence=by_chunk[ids[pid]]) for pid, n in numbers.items()]
    flags = []
    if unmatched:
        flags.append("invalid_citation_dropped")
    if answer.covered and not citations:
        flags.append("uncited")
    return ChatReply(
        question=question,
        answer=text,
        citations=citations,
        covered=answer.covered,
        passages=passages,
        unmatched=unmatched,
        flags=flags,
    )


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 3)
