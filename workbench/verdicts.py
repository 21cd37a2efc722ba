"""Claim + evidence -> a suggested verdict for the reviewer, with the passages it relies on.

Evidence text is data, never instructions: each passage is fenced in ``<passage>`` tags (any
tag inside the text is defused), and the prompt says so. A citation of anything but a passage
the model was shown is dropped and the suggestion flagged. Small local models are weak at this
(STACK.md: below the majority-class baseline), so the confidence is kept honest: low
confidence is flagged, and a claim with no evidence is "unverified" without asking a model.
"""

from __future__ import annotations

import re

from pydantic import BaseModel, Field, field_validator

from workbench.index.search import Searcher
from workbench.llm.structured import StructuredLLM
from workbench.prompts import Prompt, PromptError
from workbench.records import Claim, Evidence, LLMCall, SearchFilters, Suggestion, Verdict

LOW_CONFIDENCE = 0.5
_SYNONYMS = {
    "support": "supported", "supports": "supported", "true": "supported", "accurate": "supported",
    "dispute": "disputed", "refuted": "disputed", "false": "disputed", "contradicted": "disputed",
    "not enough info": "unverified", "unknown": "unverified", "insufficient": "unverified", "unsure": "unverified",
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


ANSWER_SCHEMAS: dict[str, type[VerdictAnswer] | type[ReasonedVerdictAnswer]] = {
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


_TAG = re.compile(r"</?\s*passage\b", re.I)


def fence_passages(evidence: list[Evidence], max_chars: int = 900) -> tuple[str, dict[str, str]]:
    """The passages as fenced data for the prompt, and the map from prompt ids to chunk ids."""
    blocks, ids = [], {}
    for n, passage in enumerate(evidence, start=1):
        pid = f"P{n}"
        ids[pid] = passage.chunk_id
        text = _TAG.sub(lambda m: m.group(0).replace("<", "‹"), passage.text)
        if len(text) > max_chars:
            text = text[:max_chars].rsplit(" ", 1)[0] + " …"
        source = ", ".join(x for x in (passage.title, passage.outlet, passage.date) if x)
        blocks.append(f'<passage id="{pid}" source="{source.replace(chr(34), chr(39))}">\n{text}\n</passage>')
    return "\n\n".join(blocks), ids


def suggest_verdict(
    claim: Claim, evidence: list[Evidence], llm: StructuredLLM, prompt: Prompt, max_passages: int = 3
) -> tuple[Suggestion | None, LLMCall | None]:
    """A suggestion for ``claim`` (None if the model failed after its retries) and the call made."""
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
        raise PromptError(f"prompt {prompt.ref} answers with {prompt.output_schema}; a verdict prompt answers with one of {sorted(ANSWER_SCHEMAS)}")
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
