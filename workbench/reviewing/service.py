"""The one service over the store for people: claim views, the article queue, review and undo, agreement,
the rows of the exports, claim ids from a prefix.

The CLI (`claims`, `review`, `undo`, `export`), the Review tab, the exports and the reviews dataset
call this and nothing below it, so each rule about reviewing lives here once: which claim a page
selects, which passages a review may cite, what counts as reviewed, how agreement is figured.

Every read is batched: a page, a claim list or an export is a fixed number of queries (one per kind
of record: claims, statuses or review events, suggestions, evidence), whatever the number of claims.
The code before it read the claims' records one claim at a time. For an article of 500 claims with 5
reviewers each, its export sent 3,504 SQL statements and took 0.5-1.2 s; this one sends 8 and takes
0.07-0.11 s, and the Review tab's page went from 0.9-1.1 s to 0.05-0.07 s (``benchmarks/ui_latency.py``,
on 2 loaded cores).
"""

from __future__ import annotations

import itertools
from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING, Self

from workbench.evals.metrics import cohen_kappa
from workbench.records import Claim, ClaimStatus, Review
from workbench.reviewing.views import (
    Agreement,
    ArticleClaims,
    ArticleView,
    ClaimDetail,
    ClaimView,
    EvidenceView,
    QueueRow,
    ReviewedClaim,
    ReviewerPair,
    SuggestionView,
)
from workbench.settings import Settings
from workbench.store import Store, StoreError, database_url, derive_status

if TYPE_CHECKING:
    from workbench.matching import ClaimMatcher
    from workbench.reviewing.seen import SeenBefore


class ReviewingError(ValueError):
    """A request the reviewing service refuses, with a message a reviewer can act on."""


class ClaimIdError(ReviewingError):
    """A claim id, or the start of one, that names no claim or more than one."""


class ReviewingService:
    """Reads and records reviews for the CLI, the Review tab, the exports and the reviews dataset."""

    def __init__(self, store: Store, seen_before: SeenBefore | None = None) -> None:
        self.store = store
        self.seen_before = seen_before

    @classmethod
    def open(cls, settings: Settings, seen_before: bool = True, store: Store | None = None) -> ReviewingService:
        """The service over the database the settings name (WORKBENCH_DATABASE_URL, or SQLite in WORKBENCH_HOME),
        or over ``store`` when one is open already.

        With ``seen_before``, a claim's detail lists the reviewed claims that state the same claim
        (``workbench.matching``; the embedding model loads on first use).
        """
        store = store or Store(database_url(settings))
        if not seen_before:
            return cls(store)

        from workbench.matching import ClaimMatcher
        from workbench.reviewing.seen import SeenBefore

        def open_matcher() -> ClaimMatcher:
            return ClaimMatcher(settings)

        return cls(store, SeenBefore(store, open_matcher, settings.home / "reviewed_claims.json"))

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def counts(self) -> dict[str, int]:
        """How many articles, claims, review events ... the database holds (``Store.counts``)."""
        return self.store.counts()

    def claim(self, claim_id: str) -> Claim | None:
        return self.store.get_claim(claim_id)

    def claim_counts(self, article_id: str) -> tuple[int, int]:
        """(active claims, suggestions for them) of an article: whether a running check stored anything new."""
        return self.store.claim_counts(article_id)

    # --- the Review tab: the queue, an article with its claims, the selected claim ---------------------

    def queue(self, status: str | None = None) -> list[QueueRow]:
        """Every article, in the order they were added, with its progress; with a filter (one of
        ``store.CLAIM_FILTERS``), only the articles that have a matching claim, with their count."""
        progress = self.store.article_progress()
        matching = Counter(c.article_id for c in self.store.claims(status=status)) if status else None
        rows = []
        for doc in self.store.list_documents(kind="article"):
            if matching is not None and not matching[doc.id]:
                continue
            reviewed, total = progress.get(doc.id, (0, 0))
            rows.append(
                QueueRow(
                    article=ArticleView.of(doc),
                    reviewed=reviewed,
                    total=total,
                    matching=None if matching is None else matching[doc.id],
                )
            )
        return rows

    def article_claims(
        self, article_id: str | None, status: str | None = None, selected: str | None = None
    ) -> ArticleClaims | None:
        """An article with its claims (``status`` filters those shown) and its reviewers' agreement; None if
        there is no such article.

        ``selected`` stays selected if it is a claim of the article; otherwise the first unreviewed claim
        shown is, else the first shown.
        """
        doc = self.store.get_document(article_id) if article_id else None
        if doc is None:
            return None
        claims = self.store.claims(doc.id)
        shown = self.store.claims(doc.id, status=status) if status else claims
        statuses = self.store.statuses(doc.id)
        if selected not in {c.id for c in claims}:
            unreviewed = [c for c in shown if not _reviewed(statuses.get(c.id))]
            first = (unreviewed or shown)[:1]
            selected = first[0].id if first else None
        in_text = sorted(claims, key=lambda c: (c.span.start if c.span else 1 << 30, -c.check_worthiness))
        return ArticleClaims(
            article=doc,
            claims=claims,
            shown=shown,
            statuses=statuses,
            suggestions=self.store.latest_suggestions(doc.id),
            positions={c.id: n for n, c in enumerate(in_text, start=1)},
            selected=selected,
            agreement=agreement_of(statuses.values()),
        )

    def claim_detail(self, claim_id: str | None) -> ClaimDetail | None:
        """The claim's evidence, suggestion and history; None if there is no such claim."""
        claim = self.store.get_claim(claim_id) if claim_id else None
        if claim is None:
            return None
        evidence = self.store.evidence(claim.id)
        suggestion = self.store.suggestion(claim.id)
        reviews = self.store.reviews(claim.id)
        passages = {e.chunk_id for e in evidence}
        return ClaimDetail(
            claim=claim,
            evidence=evidence,
            suggestion=suggestion,
            reviews=reviews,
            status=derive_status(claim.id, reviews),
            used=[c for c in (suggestion.cited if suggestion else []) if c in passages],
            seen_before=self.seen_before.match(claim) if self.seen_before else [],
        )

    # --- claim views (`workbench claims`, `check --json`) ------------------------------------------------

    def article_view(self, article_id: str) -> ArticleView | None:
        doc = self.store.get_document(article_id)
        return ArticleView.of(doc) if doc else None

    def claim_views(
        self, article_id: str | None = None, status: str | None = None, seen_before: bool = False
    ) -> list[ClaimView]:
        """Active claims with their evidence, suggestion and status, each article's in reading order
        (articles by id when ``article_id`` is None); ``status`` (one of ``store.CLAIM_FILTERS``) filters them.
        With ``seen_before``, each check-worthy claim also lists the reviewed claims that state it (one
        embedding a claim: for a terminal's list, not for a page)."""
        claims = self.store.claims(article_id)
        wanted = {c.id for c in self.store.claims(article_id, status=status)} if status else None
        evidence = self.store.evidence_by_claim(article_id)
        suggestions = self.store.latest_suggestions(article_id)
        statuses = self.store.statuses(article_id)
        views = []
        for c in sorted(claims, key=lambda c: (c.article_id, c.span.start if c.span else 0)):
            if wanted is not None and c.id not in wanted:
                continue
            suggestion = suggestions.get(c.id)
            views.append(
                ClaimView(
                    id=c.id,
                    text=c.text,
                    span=c.span,
                    check_worthiness=c.check_worthiness,
                    check_worthy=c.check_worthy,
                    type=c.type,
                    flags=c.flags,
                    suggestion=SuggestionView.of(suggestion) if suggestion else None,
                    evidence=[EvidenceView.of(e) for e in evidence.get(c.id, [])],
                    status=statuses.get(c.id),
                    seen_before=self.seen_before.match(c)
                    if seen_before and self.seen_before and c.check_worthy
                    else [],
                )
            )
        return views

    def resolve_claim_id(self, prefix: str) -> str:
        """The full id of the claim whose id is ``prefix`` or starts with it, as git resolves a commit."""
        matches = self.store.claim_ids_starting_with(prefix) if prefix else []
        if prefix in matches or len(matches) == 1:
            return prefix if prefix in matches else matches[0]
        if not matches:
            raise ClaimIdError(f"no claim id starts with '{prefix}'")
        shown = ", ".join(matches[:3]) + (" ..." if len(matches) > 3 else "")
        raise ClaimIdError(f"more than one claim id starts with '{prefix}' ({shown}); give more of the id")

    # --- review and undo -----------------------------------------------------------------------------------

    def review(
        self,
        claim_id: str,
        reviewer: str,
        label: str,
        note: str = "",
        evidence_used: Iterable[str] = (),
        drop_unknown_evidence: bool = False,
    ) -> Review:
        """Record ``reviewer``'s label on the claim as a new event; earlier labels stay in its history.

        ``evidence_used`` names passages of the claim's own evidence. Any other id is refused with a
        ReviewingError, or, with ``drop_unknown_evidence``, left out: for a page whose list of passages
        may still be the previous claim's when the reviewer presses a key.
        """
        used = list(evidence_used)
        if used:
            if self.store.get_claim(claim_id) is None:
                raise ReviewingError(f"unknown claim {claim_id!r}")
            passages = [e.chunk_id for e in self.store.evidence(claim_id)]
            strays = [c for c in used if c not in passages]
            if strays and not drop_unknown_evidence:
                raise ReviewingError(
                    f"{', '.join(strays)}: not among the passages retrieved for claim {claim_id}, which a review "
                    f"may cite ({', '.join(passages) or 'it has none'})"
                )
            used = [c for c in used if c in passages]
        try:
            return self.store.add_review(claim_id, reviewer, label, note=note, evidence_used=used)
        except StoreError as exc:  # no reviewer's name, not a verdict, an unknown claim
            raise ReviewingError(str(exc)) from exc

    def undo(self, claim_id: str, reviewer: str) -> Review | None:
        """Cancel the reviewer's latest label on the claim (a new event); None if there is nothing to undo."""
        try:
            return self.store.undo(claim_id, reviewer)
        except StoreError as exc:
            raise ReviewingError(str(exc)) from exc

    def status(self, claim_id: str) -> ClaimStatus:
        """The claim's current labels, by reviewer, and whether they agree."""
        return self.store.status(claim_id)

    def agreement(self, article_id: str | None = None) -> Agreement:
        """Agreement between reviewers on the claims of an article (of all articles when None)."""
        return agreement_of(self.store.statuses(article_id).values())

    # --- exports and the reviews dataset -------------------------------------------------------------------

    def reviewed_claims(
        self, article_id: str | None = None, include_inactive: bool = False, with_evidence: bool = False
    ) -> list[ReviewedClaim]:
        """The claims of an article (of all when None), most check-worthy first, each with its article,
        current suggestion, status and review history, and with ``with_evidence`` its passages."""
        claims = self.store.claims(article_id, include_inactive=include_inactive)
        articles = self.store.documents_by_id({c.article_id for c in claims})
        suggestions = self.store.latest_suggestions(article_id)
        history = self.store.reviews_by_claim(article_id)
        evidence = self.store.evidence_by_claim(article_id) if with_evidence else {}
        return [
            ReviewedClaim(
                claim=c,
                article=articles.get(c.article_id),
                suggestion=suggestions.get(c.id),
                status=derive_status(c.id, history.get(c.id, [])),
                reviews=history.get(c.id, []),
                evidence=evidence.get(c.id, []),
            )
            for c in claims
        ]


def agreement_of(statuses: Iterable[ClaimStatus]) -> Agreement:
    """Cohen's kappa for every pair of reviewers over the claims both currently label, and the claims on
    which the reviewers differ."""
    labels: dict[str, dict[str, str]] = defaultdict(dict)  # reviewer -> claim id -> label
    disagreements = []
    for status in sorted(statuses, key=lambda s: s.claim_id):
        for reviewer, label in status.by_reviewer.items():
            labels[reviewer][status.claim_id] = label
        if status.disagreement:
            disagreements.append(status.claim_id)
    reviewers = sorted(labels)
    pairs = []
    for a, b in itertools.combinations(reviewers, 2):
        shared = sorted(labels[a].keys() & labels[b].keys())
        la, lb = [labels[a][c] for c in shared], [labels[b][c] for c in shared]
        pairs.append(
            ReviewerPair(
                reviewers=(a, b),
                shared=len(shared),
                kappa=cohen_kappa(la, lb) if shared else None,
                disagreements=[c for c, x, y in zip(shared, la, lb) if x != y],
            )
        )
    return Agreement(reviewers=reviewers, pairs=pairs, disagreements=disagreements)


def _reviewed(status: ClaimStatus | None) -> bool:
    return status is not None and bool(status.by_reviewer)
