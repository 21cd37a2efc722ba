"""Exports of claims and their reviews: CSV and JSONL rows, and schema.org ClaimReview JSON-LD.

ClaimReview (https://schema.org/ClaimReview) is what search engines and fact-check aggregators
read; only claims whose reviewers agree on a label are published in it.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime
from typing import Literal

from pydantic import BaseModel

from workbench.store import Store

ExportFormat = Literal["jsonl", "csv", "claimreview"]
RATINGS = {"disputed": 1, "unverified": 2, "supported": 3}


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


def export_rows(store: Store, article_id: str | None = None) -> list[ExportRow]:
    rows = []
    titles: dict[str, tuple[str, str | None]] = {}
    for claim in store.claims(article_id):
        if claim.article_id not in titles:
            doc = store.get_document(claim.article_id)
            titles[claim.article_id] = (doc.title, doc.url) if doc else ("", None)
        status = store.status(claim.id)
        suggestion = store.suggestion(claim.id)
        reviews = store.reviews(claim.id)
        rows.append(
            ExportRow(
                claim_id=claim.id,
                article_id=claim.article_id,
                article_title=titles[claim.article_id][0],
                article_url=titles[claim.article_id][1],
                claim=claim.text,
                span_start=claim.span.start if claim.span else None,
                span_end=claim.span.end if claim.span else None,
                type=claim.type,
                check_worthiness=claim.check_worthiness,
                check_worthy=claim.check_worthy,
                suggested_label=suggestion.label if suggestion else None,
                suggested_confidence=suggestion.confidence if suggestion else None,
                label=status.label,
                reviewers=";".join(f"{name}={label}" for name, label in sorted(status.by_reviewer.items())),
                disagreement=status.disagreement,
                notes=" | ".join(f"{r.reviewer}: {r.note}" for r in reviews if r.note),
                evidence_used=";".join(sorted({cid for r in reviews for cid in r.evidence_used})),
            )
        )
    return rows


def claim_reviews(store: Store, article_id: str | None = None, publisher: str = "Claim Workbench") -> list[dict]:
    """schema.org ClaimReview objects for claims with an agreed label."""
    out = []
    for row in export_rows(store, article_id):
        if row.label is None or row.disagreement:
            continue
        doc = store.get_document(row.article_id)
        reviews = [r for r in store.reviews(row.claim_id) if r.action == "label"]
        latest = max((r.created_at for r in reviews if r.created_at), default=datetime.now(UTC))
        appearance = {"@type": "CreativeWork", "headline": row.article_title}
        if row.article_url:
            appearance["url"] = row.article_url
        item: dict = {"@type": "Claim", "appearance": appearance}
        if doc and doc.date:
            item["datePublished"] = doc.date
        if doc and doc.outlet:
            item["author"] = {"@type": "Organization", "name": doc.outlet}
        review = {
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            "identifier": row.claim_id,
            "claimReviewed": row.claim,
            "datePublished": latest.date().isoformat(),
            "author": {"@type": "Organization", "name": publisher},
            "itemReviewed": item,
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


def export_text(store: Store, fmt: ExportFormat, article_id: str | None = None) -> str:
    """The export as text, ready to write to a file or stdout."""
    if fmt == "claimreview":
        return json.dumps(claim_reviews(store, article_id), indent=2, ensure_ascii=False) + "\n"
    rows = export_rows(store, article_id)
    if fmt == "jsonl":
        return "".join(row.model_dump_json() + "\n" for row in rows)
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(ExportRow.model_fields))
    writer.writeheader()
    for row in rows:
        writer.writerow(row.model_dump())
    return buffer.getvalue()
