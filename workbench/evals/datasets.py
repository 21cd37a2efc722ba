"""Gold datasets from the team's own judgements: reviewed claims become evaluation rows.

Each claim whose reviewers agree on a verdict becomes one row in the suites' claim format (see
suites.py), with the exact article span that states it and, as its evidence, the documents the reviewers
marked as relied on (empty when they marked none: then the row serves the verdict stage but
not retrieval; ``shown`` lists what they were shown). A claim whose
reviewers disagree is left out unless asked for, and then carries the majority label. The claims
come from the reviewing service, in a few queries however many there are.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from pydantic import BaseModel

from workbench.reviewing import ReviewingService


class ReviewDataset(BaseModel):
    rows: list[dict[str, Any]]
    claims_reviewed: int
    left_out_disagreements: int
    articles: int


def rows_from_reviews(
    reviewing: ReviewingService,
    article_id: str | None = None,
    include_disagreements: bool = False,
    min_reviewers: int = 1,
) -> ReviewDataset:
    """Rows for every reviewed claim (of one article, or of all), inactive claims included."""
    claims = reviewing.reviewed_claims(article_id, include_inactive=True, with_evidence=True)
    reviewed = sorted((c for c in claims if c.status.by_reviewer), key=lambda c: c.claim.id)
    rows, disagreements, articles = [], 0, set()
    for item in reviewed:
        claim, status, article = item.claim, item.status, item.article
        if len(status.by_reviewer) < min_reviewers:
            continue
        label = status.label
        if label is None:
            disagreements += 1
            if not include_disagreements:
                continue
            label = Counter(status.by_reviewer.values()).most_common(1)[0][0]
        articles.add(claim.article_id)
        used = {chunk for review in item.reviews if review.action == "label" for chunk in review.evidence_used}
        relied = [e for e in item.evidence if e.chunk_id in used]
        rows.append(
            {
                "id": claim.id,
                "claim": claim.text,
                "verdict": label,
                "check_worthy": True,
                "article_span": article.text[claim.span.start : claim.span.end] if article and claim.span else None,
                "evidence": sorted({e.doc_key() for e in relied}),
                "shown": sorted({e.doc_key() for e in item.evidence}),
                "article": article.source if article else None,
                "reviewers": dict(sorted(status.by_reviewer.items())),
                "agreed": status.label is not None,
            }
        )
    return ReviewDataset(
        rows=rows,
        claims_reviewed=len(reviewed),
        left_out_disagreements=0 if include_disagreements else disagreements,
        articles=len(articles),
    )
