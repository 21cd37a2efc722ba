"""What the reviewing service hands to the faces: data about claims as reviewers see them, never HTML.

The same data feeds every face, as datasette renders one view's data both as HTML and as JSON: the
Review tab draws it (``ui/render.py``), the CLI prints it (``workbench claims``, ``check --json``),
``export.py`` writes it as CSV, JSONL and ClaimReview, and the reviews dataset (``evals/datasets.py``)
turns it into gold rows. None of them goes back to the store for more.
"""

from __future__ import annotations

from pydantic import BaseModel, Field

from workbench.matching import ClaimMatch
from workbench.records import (
    Claim,
    ClaimStatus,
    Document,
    Evidence,
    PassageJudgement,
    Review,
    Span,
    Suggestion,
)

# --- a claim with its evidence and suggestion (`workbench claims`, `check --json`) -------------------------


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

    @classmethod
    def of(cls, e: Evidence) -> EvidenceView:
        return cls(
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


class SuggestionView(BaseModel):
    label: str
    rationale: str
    cited: list[str]
    confidence: float = Field(description="Probability of the label (calibrated for the trained verifier).")
    weak: bool = Field(default=False, description="A hint only: low confidence or no passage cited.")
    flags: list[str] = Field(default_factory=list)
    model: str | None = None
    probabilities: dict[str, float] = Field(
        default_factory=dict, description="Each verdict's probability (trained verifier)."
    )
    deciding: list[PassageJudgement] = Field(
        default_factory=list, description="The sentences that decided it: chunk id, offsets, stance."
    )

    @classmethod
    def of(cls, s: Suggestion) -> SuggestionView:
        return cls(
            label=s.label,
            rationale=s.rationale,
            cited=s.cited,
            confidence=s.confidence,
            weak=s.weak,
            flags=s.flags,
            model=s.provenance.model if s.provenance else None,
            probabilities=s.probabilities,
            deciding=s.deciding,
        )


class ClaimView(BaseModel):
    """A claim as a reviewer sees it: the claim, its evidence, the suggested verdict and the reviewers' status."""

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
    seen_before: list[ClaimMatch] = Field(
        default_factory=list, description="Reviewed claims that state the same claim (when asked for)."
    )


class ArticleView(BaseModel):
    id: str
    title: str
    source: str
    outlet: str | None = None
    date: str | None = None
    url: str | None = None

    @classmethod
    def of(cls, doc: Document) -> ArticleView:
        return cls(id=doc.id, title=doc.title, source=doc.source, outlet=doc.outlet, date=doc.date, url=doc.url)


# --- agreement between reviewers -----------------------------------------------------------------------


class ReviewerPair(BaseModel):
    """How far two reviewers agree on the claims they have both labelled."""

    reviewers: tuple[str, str]
    shared: int = Field(description="Claims that both reviewers currently label.")
    kappa: float | None = Field(description="Cohen's kappa over the shared claims; None when they share none.")
    disagreements: list[str] = Field(default_factory=list, description="Ids of shared claims they label differently.")


class Agreement(BaseModel):
    """Inter-reviewer agreement over a set of claims (one article, or all)."""

    reviewers: list[str] = Field(default_factory=list, description="Everyone with a current label, sorted.")
    pairs: list[ReviewerPair] = Field(default_factory=list)
    disagreements: list[str] = Field(default_factory=list, description="Claims whose reviewers currently differ.")


# --- the Review tab: the queue, an article with its claims, the selected claim -------------------------


class QueueRow(BaseModel):
    """An article in the review queue, with how far its review has come."""

    article: ArticleView
    reviewed: int = Field(description="Active claims that some reviewer currently labels.")
    total: int = Field(description="Active claims.")
    matching: int | None = Field(default=None, description="Claims that match the queue's filter; None without one.")


class ArticleClaims(BaseModel):
    """An article with its claims, their statuses and suggestions, and the reviewers' agreement."""

    article: Document
    claims: list[Claim] = Field(description="The active claims, most check-worthy first.")
    shown: list[Claim] = Field(description="Those of them the filter keeps, in the same order.")
    statuses: dict[str, ClaimStatus]
    suggestions: dict[str, Suggestion] = Field(description="Each claim's current suggestion, if it has one.")
    positions: dict[str, int] = Field(description="Each claim's number in reading order, from 1.")
    selected: str | None = Field(description="The claim to show: the one asked for, else the first unreviewed shown.")
    agreement: Agreement


class ClaimDetail(BaseModel):
    """The selected claim: its evidence, suggestion and history."""

    claim: Claim
    evidence: list[Evidence] = Field(description="Best first: P1, P2 ... as the suggestion cites them.")
    suggestion: Suggestion | None
    reviews: list[Review] = Field(description="The claim's review events, oldest first.")
    status: ClaimStatus
    used: list[str] = Field(description="Passages offered as used: the suggestion's citations among the evidence.")
    seen_before: list[ClaimMatch] = Field(
        default_factory=list, description="Reviewed claims that state the same claim, most similar first."
    )


# --- exports and the reviews dataset -------------------------------------------------------------------


class ReviewedClaim(BaseModel):
    """A claim with everything an export or a gold dataset reads: article, suggestion, status, history."""

    claim: Claim
    article: Document | None = Field(description="The article stating it; None if the article is gone.")
    suggestion: Suggestion | None
    status: ClaimStatus
    reviews: list[Review] = Field(description="The claim's review events, oldest first.")
    evidence: list[Evidence] = Field(default_factory=list, description="Only when asked for (with_evidence).")
