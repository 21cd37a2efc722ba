"""Exports of claims and their reviews: CSV and JSONL rows, and schema.org ClaimReview JSON-LD.

ClaimReview (https://schema.org/ClaimReview) is what search engines and fact-check aggregators
read; only claims whose reviewers agree on a label are published in it.

The claims come from the reviewing service (``ReviewingService.reviewed_claims``: each with its
article, suggestion, status and history, read in a few queries); this module only formats them.

A CSV file is opened in spreadsheets, which run a cell that starts with ``=``, ``+``, ``-``, ``@``,
tab or carriage return as a formula (``=HYPERLINK(...)`` in a reviewer's note would become a live
link). So the CSV export follows OWASP's CSV-injection rule: such text gets a leading ``'``. It is
applied to every text cell and to each user-written piece of the joined cells (reviewer names,
notes, passage ids), since ``;`` separates cells in many spreadsheets' locales. Numbers the
workbench computes stay numbers; JSONL and ClaimReview exports keep the text as written.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Literal

from pydantic import BaseModel

from workbench.reviewing.views import ReviewedClaim

ExportFormat = Literal["jsonl", "csv", "claimreview"]
RATINGS = {"disputed": 1, "unverified": 2, "supported": 3}
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formula(text: str) -> str:
    """``text`` with a leading ``'`` if a spreadsheet would take it for a formula (OWASP CSV injection)."""
    return "'" + text if text.startswith(FORMULA_TRIGGERS) else text


def _as_written(text: str) -> str:
    return text


class ExportRow(BaseModel):
    claim_id: str
    article_id: str
    article_title: str
    article_url: str | None
    claim: str
    span_start: int | None
    span_end: int | None
    type: str
    check_worthiness: float
    check_worthy: bool
    suggested_label: str | None
    suggested_confidence: float | None
    label: str | None
    reviewers: str
    disagreement: bool
    notes: str
    evidence_used: str


def export_rows(claims: Sequence[ReviewedClaim], piece: Callable[[str], str] = _as_written) -> list[ExportRow]:
    """One row per claim. ``piece`` is applied to each user-written part of the joined cells."""
    rows = []
    for item in claims:
        claim, status, suggestion, reviews = item.claim, item.status, item.suggestion, item.reviews
        rows.append(
            ExportRow(
                claim_id=claim.id,
                article_id=claim.article_id,
                article_title=item.article.title if item.article else "",
                article_url=item.article.url if item.article else None,
                claim=claim.text,
                span_start=claim.span.start if claim.span else None,
                span_end=claim.span.end if claim.span else None,
                type=claim.type,
                check_worthiness=claim.check_worthiness,
                check_worthy=claim.check_worthy,
                suggested_label=suggestion.label if suggestion else None,
                suggested_confidence=suggestion.confidence if suggestion else None,
                label=status.label,
                reviewers=";".join(f"{piece(name)}={label}" for name, label in sorted(status.by_reviewer.items())),
                disagreement=status.disagreement,
                notes=" | ".join(f"{piece(r.reviewer)}: {piece(r.note)}" for r in reviews if r.note),
                evidence_used=";".join(piece(cid) for cid in sorted({cid for r in reviews for cid in r.evidence_used})),
            )
        )
    return rows


def claim_reviews(claims: Sequence[ReviewedClaim], publisher: str = "Claim Workbench") -> list[dict]:
    """schema.org ClaimReview objects for claims with an agreed label."""
    out = []
    for item, row in zip(claims, export_rows(claims), strict=True):
        if row.label is None or row.disagreement:
            continue
        doc = item.article
        labels = [r for r in item.reviews if r.action == "label"]
        latest = max((r.created_at for r in labels if r.created_at), default=datetime.now(UTC))
        appearance = {"@type": "CreativeWork", "headline": row.article_title}
        if row.article_url:
            appearance["url"] = row.article_url
        claim: dict = {"@type": "Claim", "appearance": appearance}
        if doc and doc.date:
            claim["datePublished"] = doc.date
        if doc and doc.outlet:
            claim["author"] = {"@type": "Organization", "name": doc.outlet}
        review = {
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            "identifier": row.claim_id,
            "claimReviewed": row.claim,
            "datePublished": latest.date().isoformat(),
            "author": {"@type": "Organization", "name": publisher},
            "itemReviewed": claim,
            "reviewRating": {
                "@type": "Rating",
                "ratingValue": RATINGS[row.label],
                "worstRating": 1,
                "bestRating": 3,
                "alternateName": row.label.capitalize(),
            },
        }
        if row.notes:
            review["reviewBody"] = row.notes
        out.append(review)
    return out


def export_text(claims: Sequence[ReviewedClaim], fmt: ExportFormat) -> str:
    """The export of ``claims`` (``ReviewingService.reviewed_claims``) as text, ready to write to a file or stdout."""
    if fmt == "claimreview":
        return json.dumps(claim_reviews(claims), indent=2, ensure_ascii=False) + "\n"
    if fmt == "jsonl":
        return "".join(row.model_dump_json() + "\n" for row in export_rows(claims))
    return csv_text(export_rows(claims, piece=neutralise_formula))


def csv_text(rows: list[ExportRow]) -> str:
    """The rows as CSV with a header; every text cell that a spreadsheet would run is neutralised."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(ExportRow.model_fields))
    writer.writeheader()
    for row in rows:
        # only text is neutralised: a probability of -0.5 or a span offset stays a number
        writer.writerow({k: neutralise_formula(v) if isinstance(v, str) else v for k, v in row.model_dump().items()})
    return buffer.getvalue()
