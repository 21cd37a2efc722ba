"""Claim + evidence -> a suggested verdict for the reviewer, with the passages it relies on.

Three ways, chosen by ``Settings.verifier`` (measured in evals/README.md):
- ``trained`` (default): the small verifier trained in the project (workbench/verifier/) judges
  every window of every passage and gives a calibrated probability and the deciding sentences.
- ``llm``: the chat model reads the passages and answers label, rationale, citations and its own
  (uncalibrated) confidence. Small local models are weak at this (below the majority baseline).
- ``both``: the verifier decides; the chat model writes a one-sentence rationale from the
  sentences the verifier chose (``prompts/explain_verdict``), never the label.
Evidence text is data, never instructions: each passage is fenced in ``<passage>`` tags (any tag
inside the text is defused), and the prompts say so. A citation of anything but a passage the
model was shown is dropped and the suggestion flagged. A claim with no evidence is "unverified"
without asking any model.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pydantic import BaseModel, Field, field_validator

from workbench.index.search import Searcher
from workbench.llm.structured import StructuredLLM
from workbench.prompts import Prompt, PromptError, defuse_control_tokens
from workbench.records import Claim, Evidence, LLMCall, Provenance, SearchFilters, Suggestion, Verdict
from workbench.verifier.verify import Verifier, VerifierError

LOW_CONFIDENCE = 0.5
_SYNONYMS = {
    "support": "supported",
    "supports": "supported",
    "true": "supported",
    "accurate": "supported",
    "dispute": "disputed",
    "refuted": "disputed",
    "false": "disputed",
    "contradicted": "disputed",
    "not enough info": "unverified",
    "unknown": "unverified",
    "insufficient": "unverified",
    "unsure": "unverified",
}


class VerdictAnswer(BaseModel):
    label: Verdict
    rationale: str = Field(min_length=1)
    cited: list[str] = Field(default_factory=list)
    confidence: float = Field(ge=0.0, le=1.0)

    @field_validator("label", mode="before")
    @classmethod
    def _synonyms(cls, value: object) -> object:
        return _label(value)


class ReasonedVerdictAnswer(BaseModel):
    """The same answer with the reasoning first: constrained decoding follows the field order, so a
    small model writes its comparison of claim and passages before it commits to a label."""

    rationale: str = Field(min_length=1)
    cited: list[str] = Field(default_factory=list)
    label: Verdict
    confidence: float = Field(ge=0.0, le=1.0)

    @field_validator("label", mode="before")
    @classmethod
    def _synonyms(cls, value: object) -> object:
        return _label(value)


class RationaleAnswer(BaseModel):
    """verifier=both: the chat model's one-sentence explanation of the verifier's label."""

    rationale: str = Field(min_length=1, max_length=600)


ANSWER_SCHEMAS: dict[str, type[VerdictAnswer | ReasonedVerdictAnswer]] = {
    "VerdictAnswer": VerdictAnswer,
    "ReasonedVerdictAnswer": ReasonedVerdictAnswer,
}


def _label(value: object) -> object:
    text = str(value).strip().lower()
    return _SYNONYMS.get(text, text)


def retrieve_evidence(claim: Claim, searcher: Searcher, k: int = 5) -> list[Evidence]:
    """The best passages for a claim from the evidence corpus, never from its own article."""
    filters = SearchFilters(kind="evidence", exclude_doc_ids=[claim.article_id])
    return searcher.search(claim.text, k=k, filters=filters)


_TAG = re.compile(r"<\s*/?\s*passage", re.IGNORECASE)  # also '< /passage>' and '<passage' without a word break


def defuse(text: str) -> str:
    """Data made unable to close or open a fence, or to end the chat turn it is in."""
    return defuse_control_tokens(_TAG.sub(lambda m: m.group(0).replace("<", "‹"), text))


def fence_passages(
    evidence: list[Evidence], max_chars: int = 900, labels: list[str] | None = None
) -> tuple[str, dict[str, str]]:
    """The passages as fenced data for the prompt (ids P1.. or ``labels``), and the map from prompt ids to chunk ids.

    The text and the source line (title, outlet, date: all from the documents, so all data) are
    defused; the source line also loses quotes, angle brackets and line breaks and is capped, so a
    crafted title cannot leave its attribute.
    """
    blocks, ids = [], {}
    for n, passage in enumerate(evidence, start=1):
        pid = labels[n - 1] if labels else f"P{n}"
        ids[pid] = passage.chunk_id
        text = defuse(passage.text)
        if len(text) > max_chars:
            text = text[:max_chars].rsplit(" ", 1)[0] + " …"
        source = ", ".join(x for x in (passage.title, passage.outlet, passage.date) if x)
        source = re.sub(r'[\s"<>]+', " ", defuse(source)).strip()[:200]
        blocks.append(f'<passage id="{pid}" source="{source}">\n{text}\n</passage>')
    return "\n\n".join(blocks), ids


class Suggester:
    """The verdict stage as configured: ``mode`` is 'trained', 'llm' or 'both'.

    The verifier and the chat model are passed as zero-argument loaders, so a check that needs
    only one of them never loads the other, and a verifier that cannot be loaded becomes a
    recorded failure of each claim, not a crash.
    """

    def __init__(
        self,
        mode: str,
        verifier: Callable[[], Verifier] | None = None,
        llm: Callable[[], StructuredLLM] | None = None,
        prompts: dict[str, Prompt] | None = None,
        max_passages: int = 3,
    ):
        if mode not in ("trained", "llm", "both"):
            raise ValueError(f"unknown verifier {mode!r}: use trained, llm or both")
        self.mode = mode
        self._verifier_loader = verifier
        self._llm_loader = llm
        self.prompts = prompts or {}
        self.max_passages = max_passages
        self._verifier_error: VerifierError | None = None

    def verifier(self) -> Verifier:
        if self._verifier_error is not None:  # tried once in this check: do not reload for every claim
            raise self._verifier_error
        if self._verifier_loader is None:
            raise VerifierError("no trained verifier configured")
        try:
            return self._verifier_loader()
        except VerifierError as exc:
            self._verifier_error = exc
            raise

    def llm(self) -> StructuredLLM:
        if self._llm_loader is None:
            raise ValueError(f"verifier={self.mode} needs a chat model")
        return self._llm_loader()

    def provenance(self) -> Provenance | None:
        """What a fresh suggestion of this configuration records (None when the verifier is unusable)."""
        try:
            if self.mode == "llm":
                return self.prompts["suggest_verdict"].provenance(self.llm().label)
            verifier = self.verifier()
        except VerifierError:
            return None
        if self.mode == "trained":
            return verifier.provenance
        return self.prompts["explain_verdict"].provenance(f"{verifier.label}+{self.llm().label}")

    def suggest(self, claim: Claim, evidence: list[Evidence]) -> tuple[Suggestion | None, LLMCall | None, str | None]:
        """(suggestion or None, the LLM call made if any, the reason when there is no suggestion)."""
        if not evidence:
            return Suggestion.no_evidence(claim.id), None, None
        if self.mode == "llm":
            suggestion, call = suggest_verdict(
                claim, evidence, self.llm(), self.prompts["suggest_verdict"], self.max_passages
            )
            return suggestion, call, None if suggestion else ((call.error if call else None) or "no answer")
        try:
            suggestion = self.verifier().judge(claim, evidence)
        except VerifierError as exc:
            return None, None, str(exc)
        if self.mode == "trained":
            return suggestion, None, None
        return explain(suggestion, claim, evidence, self.llm(), self.prompts["explain_verdict"])


def explain(
    suggestion: Suggestion, claim: Claim, evidence: list[Evidence], llm: StructuredLLM, prompt: Prompt
) -> tuple[Suggestion, LLMCall | None, None]:
    """verifier=both: the chat model rephrases the rationale from the deciding sentences (or all
    passages, for an undecided claim); the label, probability and citations stay the verifier's."""
    by_id = {e.chunk_id: e for e in evidence}
    number = {e.chunk_id: n for n, e in enumerate(evidence, start=1)}
    if suggestion.deciding:
        shown = [
            by_id[j.chunk_id].model_copy(update={"text": by_id[j.chunk_id].text[j.start : j.end]})
            for j in suggestion.deciding
            if j.chunk_id in by_id
        ]
    else:
        shown = evidence[:3]
    # the reviewer's numbering (P1..Pn of the evidence list), so the rationale's [P2] is the panel's P2
    passages, _ = fence_passages(shown, labels=[f"P{number[e.chunk_id]}" for e in shown])
    provenance = prompt.provenance(
        f"{suggestion.provenance.model if suggestion.provenance else 'verifier'}+{llm.label}"
    )
    answer, call = llm.ask(
        prompt, RationaleAnswer, item=claim.id, claim=claim.text, label=suggestion.label, passages=passages
    )
    if answer is None:
        flags = sorted({*suggestion.flags, "rationale_failed"})
        return suggestion.model_copy(update={"flags": flags, "provenance": provenance}), call, None
    return suggestion.model_copy(update={"rationale": answer.rationale.strip(), "provenance": provenance}), call, None


def suggest_verdict(
    claim: Claim, evidence: list[Evidence], llm: StructuredLLM, prompt: Prompt, max_passages: int = 3
) -> tuple[Suggestion | None, LLMCall | None]:
    """verifier=llm: a suggestion for ``claim`` (None if the model failed after its retries) and the call made."""
    if not evidence:
        return (
            Suggestion(
                claim_id=claim.id,
                label="unverified",
                rationale="No passage in the corpus matched this claim.",
                confidence=0.5,
                flags=["no_evidence"],
            ),
            None,
        )
    shown = evidence[:max_passages]
    passages, ids = fence_passages(shown)
    schema = ANSWER_SCHEMAS.get(prompt.output_schema)
    if schema is None:
        raise PromptError(
            f"prompt {prompt.ref} answers with {prompt.output_schema}; "
            f"a verdict prompt answers with one of {sorted(ANSWER_SCHEMAS)}"
        )
    answer, call = llm.ask(prompt, schema, item=claim.id, claim=claim.text, passages=passages)
    if answer is None:
        return None, call
    flags: list[str] = []
    cited = []
    for ref in answer.cited:
        chunk_id = ids.get(ref.strip().strip("[]").upper()) or (ref if ref in ids.values() else None)
        if chunk_id is None:
            flags.append("invalid_citation_dropped")
        elif chunk_id not in cited:
            cited.append(chunk_id)
    confidence = answer.confidence
    if answer.label != "unverified" and not cited:
        flags.append("uncited")
        confidence = min(confidence, 0.3)
    if confidence < LOW_CONFIDENCE:
        flags.append("low_confidence")
    return (
        Suggestion(
            claim_id=claim.id,
            label=answer.label,
            rationale=answer.rationale.strip(),
            cited=cited,
            confidence=round(confidence, 3),
            flags=sorted(set(flags)),
            provenance=call.provenance,
        ),
        call,
    )
