"""The reviewing service: claim views, the queue and a page, claim ids from a prefix, review and undo, agreement,
export rows, and a page or an export that costs as many queries for 500 claims as for 50."""

from __future__ import annotations

import itertools
import random
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import event
from sqlalchemy.engine import Engine

from workbench.evals.metrics import cohen_kappa
from workbench.export import claim_reviews, export_rows
from workbench.records import Claim, Document, Evidence, Span, Suggestion
from workbench.reviewing import ClaimIdError, ReviewingError, ReviewingService
from workbench.store import Store

TEXT = "The bridge opened in 1932. It cost 10 million. The mayor cut the ribbon."


@pytest.fixture
def store(tmp_path) -> Iterator[Store]:
    with Store(f"sqlite:///{tmp_path / 'workbench.db'}") as s:
        yield s


@pytest.fixture
def reviewing(store) -> ReviewingService:
    return ReviewingService(store)


def add_article(store: Store, text: str = TEXT, title: str = "Bridge") -> Document:
    doc = Document.from_text(text, title=title, kind="article", source=f"{title}.md", url="https://example.org/a")
    store.upsert_document(doc)
    return doc


def add_claims(store: Store, article: Document, texts: list[str], worthiness: float = 0.5) -> list[Claim]:
    claims = []
    for text in texts:
        start = article.text.find(text)
        span = Span(start=start, end=start + len(text)) if start >= 0 else None
        claims.append(
            Claim(
                id=Claim.make_id(article.id, text),
                article_id=article.id,
                text=text,
                span=span,
                check_worthiness=worthiness,
            )
        )
    store.save_claims(article.id, claims)
    return claims


def passage(chunk_id: str) -> Evidence:
    return Evidence(
        chunk_id=chunk_id,
        doc_id=chunk_id.split(":")[0],
        title="Brief",
        text="The bridge opened in 1932.",
        score=0.5,
        start=0,
        end=26,
        kind="evidence",
        source="brief.md",
    )


def suggest(store: Store, claim: Claim, label: str = "supported", cited: tuple[str, ...] = ()) -> Suggestion:
    suggestion = Suggestion(claim_id=claim.id, label=label, rationale="P1 says so.", cited=list(cited), confidence=0.8)
    store.save_suggestion(suggestion)
    return suggestion


@pytest.fixture
def bridge(store) -> tuple[Document, list[Claim]]:
    article = add_article(store)
    return article, add_claims(store, article, ["The bridge opened in 1932.", "It cost 10 million."])


# --- claim views --------------------------------------------------------------------------------------


def test_a_claim_view_has_its_evidence_suggestion_and_status(store, reviewing, bridge):
    article, (opened, _) = bridge
    store.save_evidence(opened.id, [passage("b:0"), passage("c:0")])
    suggest(store, opened, "supported", cited=("b:0",))
    store.add_review(opened.id, "ann", "supported")

    view = next(v for v in reviewing.claim_views(article.id) if v.id == opened.id)
    assert [e.id for e in view.evidence] == ["b:0", "c:0"]
    assert (view.suggestion.label, view.suggestion.cited, view.suggestion.weak) == ("supported", ["b:0"], False)
    assert view.status.by_reviewer == {"ann": "supported"}
    assert reviewing.article_view(article.id).title == "Bridge"


def test_claim_views_come_article_by_article_in_reading_order_and_filter_by_status(store, reviewing):
    first = add_article(store, "B is true. A is true.", title="First")
    second = add_article(store, "C is true.", title="Second")
    a, b = add_claims(store, first, ["A is true.", "B is true."])
    (c,) = add_claims(store, second, ["C is true."])
    store.add_review(a.id, "ann", "disputed")

    ordered = [v.text for v in reviewing.claim_views() if v.id in {a.id, b.id, c.id}]
    by_article = sorted([(first.id, ["B is true.", "A is true."]), (second.id, ["C is true."])])
    assert ordered == [text for _, texts in by_article for text in texts]
    assert [v.id for v in reviewing.claim_views(status="reviewed")] == [a.id]


def test_a_weak_suggestion_is_weak_in_its_view(store, reviewing, bridge):
    article, (opened, _) = bridge
    store.save_suggestion(
        Suggestion(claim_id=opened.id, label="disputed", rationale="", confidence=0.3, flags=["low_confidence"])
    )
    view = next(v for v in reviewing.claim_views(article.id) if v.id == opened.id)
    assert view.suggestion.weak


# --- the queue, a page, a claim's panel --------------------------------------------------------------


def test_the_queue_counts_reviewed_claims_and_an_undo_takes_one_back(store, reviewing, bridge):
    article, (opened, cost) = bridge
    store.add_review(opened.id, "ann", "supported")
    store.add_review(cost.id, "ann", "disputed")
    store.undo(cost.id, "ann")
    (row,) = reviewing.queue()
    assert (row.article.id, row.reviewed, row.total, row.matching) == (article.id, 1, 2, None)


def test_the_queue_with_a_filter_lists_only_articles_with_a_matching_claim(store, reviewing, bridge):
    article, (opened, _) = bridge
    other = add_article(store, "Nothing was reviewed here.", title="Other")
    add_claims(store, other, ["Nothing was reviewed here."])
    store.add_review(opened.id, "ann", "supported")
    assert [(r.article.id, r.matching) for r in reviewing.queue("reviewed")] == [(article.id, 1)]
    assert {r.article.id for r in reviewing.queue()} == {article.id, other.id}


def test_a_page_selects_the_first_unreviewed_claim_unless_one_of_its_claims_is_asked_for(store, reviewing):
    article = add_article(store)
    first, second, third = add_claims(
        store, article, ["The bridge opened in 1932.", "It cost 10 million.", "The mayor cut the ribbon."]
    )
    store.add_review(first.id, "ann", "supported")
    page = reviewing.article_claims(article.id)
    assert page.selected == second.id
    assert reviewing.article_claims(article.id, selected=third.id).selected == third.id
    assert reviewing.article_claims(article.id, selected="not-a-claim").selected == second.id
    assert page.positions == {first.id: 1, second.id: 2, third.id: 3}
    assert [c.id for c in reviewing.article_claims(article.id, status="reviewed").shown] == [first.id]
    assert reviewing.article_claims("no-such-article") is None


def test_a_claims_panel_offers_the_suggestions_citations_that_are_among_its_passages(store, reviewing, bridge):
    _, (opened, _) = bridge
    store.save_evidence(opened.id, [passage("b:0"), passage("c:0")])
    suggest(store, opened, cited=("c:0", "gone:3"))
    store.add_review(opened.id, "ann", "supported")
    detail = reviewing.claim_detail(opened.id)
    assert detail.used == ["c:0"]
    assert [r.reviewer for r in detail.reviews] == ["ann"] and detail.status.label == "supported"
    assert reviewing.claim_detail("no-such-claim") is None


# --- claim ids from a prefix ---------------------------------------------------------------------------


def test_a_unique_prefix_names_its_claim(reviewing, bridge):
    _, (opened, _) = bridge
    assert reviewing.resolve_claim_id(opened.id[:6]) == opened.id
    assert reviewing.resolve_claim_id(opened.id) == opened.id


def test_a_prefix_that_several_ids_start_with_is_refused_with_some_of_them(store, reviewing):
    article = add_article(store, " ".join(f"Claim {i}." for i in range(40)))
    claims = add_claims(store, article, [f"Claim {i}." for i in range(40)])
    ids = sorted(c.id for c in claims)
    shared = next(a[:1] for a, b in itertools.pairwise(ids) if a[:1] == b[:1])  # 40 hex ids share a first digit
    with pytest.raises(ClaimIdError, match=f"more than one claim id starts with '{shared}'"):
        reviewing.resolve_claim_id(shared)


def test_a_prefix_that_no_id_starts_with_is_refused(reviewing, bridge):
    _, (opened, _) = bridge
    for prefix in ("zz", opened.id[:6].upper(), ""):  # ids are lower-case hex, and compared as written
        with pytest.raises(ClaimIdError, match="no claim id starts with"):
            reviewing.resolve_claim_id(prefix)


# --- review and undo -----------------------------------------------------------------------------------


def test_a_review_and_its_undo_are_two_events_and_the_status_follows(store, reviewing, bridge):
    _, (opened, _) = bridge
    store.save_evidence(opened.id, [passage("b:0")])
    label = reviewing.review(opened.id, "ann", "disputed", note="USAF denies it", evidence_used=["b:0"])
    assert (label.label, label.evidence_used) == ("disputed", ["b:0"])
    assert reviewing.status(opened.id).by_reviewer == {"ann": "disputed"}

    undo = reviewing.undo(opened.id, "ann")
    assert undo.undoes == label.id
    assert reviewing.status(opened.id).by_reviewer == {}
    assert [r.action for r in store.reviews(opened.id)] == ["label", "undo"]
    assert reviewing.undo(opened.id, "ann") is None


def test_a_review_citing_a_passage_that_is_not_the_claims_evidence_is_refused(store, reviewing, bridge):
    _, (opened, cost) = bridge
    store.save_evidence(opened.id, [passage("b:0")])
    store.save_evidence(cost.id, [passage("c:0")])
    with pytest.raises(ReviewingError, match="c:0: not among the passages retrieved for claim"):
        reviewing.review(opened.id, "ann", "supported", evidence_used=["b:0", "c:0"])
    assert store.reviews(opened.id) == []


def test_a_page_a_claim_behind_may_leave_out_the_other_claims_passages_instead(store, reviewing, bridge):
    _, (opened, _) = bridge
    store.save_evidence(opened.id, [passage("b:0")])
    label = reviewing.review(opened.id, "ann", "supported", evidence_used=["c:0", "b:0"], drop_unknown_evidence=True)
    assert label.evidence_used == ["b:0"]


@pytest.mark.parametrize(
    ("claim_id", "reviewer", "label", "message"),
    [
        (None, "  ", "supported", "reviewer's name"),
        (None, "ann", "true", "not a verdict"),
        ("no-such-claim", "ann", "supported", "unknown claim"),
    ],
)
def test_a_review_the_store_refuses_is_a_reviewing_error(reviewing, bridge, claim_id, reviewer, label, message):
    _, (opened, _) = bridge
    with pytest.raises(ReviewingError, match=message):
        reviewing.review(claim_id or opened.id, reviewer, label)


# --- agreement -----------------------------------------------------------------------------------------


def test_two_reviewers_who_differ_on_one_of_two_claims_have_kappa_zero(store, reviewing, bridge):
    article, (agreed, disputed) = bridge
    for claim, ann, bob in [(agreed, "supported", "supported"), (disputed, "supported", "disputed")]:
        store.add_review(claim.id, "ann", ann)
        store.add_review(claim.id, "bob", bob)
    agreement = reviewing.agreement(article.id)
    (pair,) = agreement.pairs
    assert (pair.reviewers, pair.shared, pair.disagreements) == (("ann", "bob"), 2, [disputed.id])
    assert pair.kappa == pytest.approx(0.0)  # ann always says supported: no agreement beyond chance
    assert agreement.disagreements == [disputed.id]
    assert reviewing.article_claims(article.id).agreement == agreement


def test_reviewers_who_always_give_the_same_single_label_have_kappa_one(store, reviewing, bridge):
    _, claims = bridge
    for claim in claims:
        store.add_review(claim.id, "ann", "unverified")
        store.add_review(claim.id, "bob", "unverified")
    assert reviewing.agreement().pairs[0].kappa == 1.0


def test_reviewers_who_share_no_claim_have_no_kappa(store, reviewing, bridge):
    article, (a, b) = bridge
    store.add_review(a.id, "ann", "supported")
    store.add_review(b.id, "bob", "disputed")
    (pair,) = reviewing.agreement(article.id).pairs
    assert (pair.shared, pair.kappa) == (0, None)


def test_kappa_matches_a_hand_computed_example():
    # observed agreement 3/4; chance agreement .5*.25 + .5*.75 = .5; kappa = (.75 - .5) / (1 - .5)
    ann = ["supported", "supported", "disputed", "disputed"]
    bob = ["supported", "disputed", "disputed", "disputed"]
    assert cohen_kappa(ann, bob) == pytest.approx(0.5)


def test_kappa_is_scikit_learns_wherever_that_is_defined():
    from sklearn.metrics import cohen_kappa_score

    rng, labels = random.Random(0), ["supported", "disputed", "unverified"]
    for _ in range(300):
        n = rng.randint(1, 9)
        a, b = [rng.choice(labels) for _ in range(n)], [rng.choice(labels[:2]) for _ in range(n)]
        if a != b:
            assert cohen_kappa(a, b) == pytest.approx(cohen_kappa_score(a, b, labels=labels)), (a, b)


# --- exports -------------------------------------------------------------------------------------------


def test_export_rows_carry_the_reviewers_labels_notes_and_passages(store, reviewing, bridge):
    article, (opened, cost) = bridge
    store.save_evidence(opened.id, [passage("b:0"), passage("c:0")])
    suggest(store, opened, "disputed")
    reviewing.review(opened.id, "ann", "supported", note="Two briefs say so", evidence_used=["c:0"])
    reviewing.review(opened.id, "bob", "supported", evidence_used=["b:0"])
    rows = {r.claim_id: r for r in export_rows(reviewing.reviewed_claims(article.id))}
    row = rows[opened.id]
    assert (row.label, row.reviewers, row.disagreement) == ("supported", "ann=supported;bob=supported", False)
    assert (row.notes, row.evidence_used) == ("ann: Two briefs say so", "b:0;c:0")
    assert (row.suggested_label, row.article_title, row.article_url) == ("disputed", "Bridge", "https://example.org/a")
    assert (rows[cost.id].label, rows[cost.id].reviewers) == (None, "")


def test_claimreview_publishes_only_claims_whose_reviewers_agree(store, reviewing, bridge):
    _, (agreed, split) = bridge
    for claim, ann, bob in [(agreed, "disputed", "disputed"), (split, "supported", "disputed")]:
        store.add_review(claim.id, "ann", ann)
        store.add_review(claim.id, "bob", bob)
    (review,) = claim_reviews(reviewing.reviewed_claims())
    assert (review["identifier"], review["reviewRating"]["alternateName"]) == (agreed.id, "Disputed")


def test_reviewed_claims_with_evidence_include_inactive_claims_when_asked(store, reviewing, bridge):
    article, (opened, cost) = bridge
    store.save_evidence(opened.id, [passage("b:0")])
    store.save_claims(article.id, [opened])  # a re-extraction no longer finds the second claim
    assert [c.claim.id for c in reviewing.reviewed_claims(article.id)] == [opened.id]
    everything = {c.claim.id: c for c in reviewing.reviewed_claims(include_inactive=True, with_evidence=True)}
    assert set(everything) == {opened.id, cost.id}
    assert [e.chunk_id for e in everything[opened.id].evidence] == ["b:0"]


# --- a fixed number of queries, however many claims -----------------------------------------------------


@contextmanager
def sql_statements() -> Iterator[list[str]]:
    """Every SQL statement any engine sends while inside (SQLAlchemy's cursor event)."""
    sent: list[str] = []

    def record(_conn, _cursor, statement, *_args) -> None:
        sent.append(statement)

    event.listen(Engine, "before_cursor_execute", record)
    try:
        yield sent
    finally:
        event.remove(Engine, "before_cursor_execute", record)


def article_of(store: Store, n_claims: int) -> str:
    """An article of ``n_claims`` claims; every tenth has passages, a suggestion and two reviewers' labels."""
    sentences = [f"Claim number {i} is checkable." for i in range(n_claims)]
    article = add_article(store, " ".join(sentences), title=f"{n_claims} claims")
    for i, claim in enumerate(add_claims(store, article, sentences)):
        if i % 10 == 0:
            store.save_evidence(claim.id, [passage(f"d{i}:0"), passage(f"d{i}:1")])
            suggest(store, claim, cited=(f"d{i}:0",))
            store.add_review(claim.id, "ann", "supported", note="seen", evidence_used=[f"d{i}:0"])
            store.add_review(claim.id, "bob", "disputed")
    return article.id


def statements_for(reviewing: ReviewingService, article_id: str) -> dict[str, int]:
    counts = {}
    for name, work in {
        "page": lambda: (
            reviewing.queue(),
            reviewing.claim_detail(reviewing.article_claims(article_id).selected),
        ),
        "filtered page": lambda: reviewing.article_claims(article_id, status="suggested:supported"),
        "claim views": lambda: reviewing.claim_views(article_id),
        "export": lambda: reviewing.reviewed_claims(article_id),
        "dataset": lambda: reviewing.reviewed_claims(include_inactive=True, with_evidence=True),
    }.items():
        with sql_statements() as sent:
            work()
        counts[name] = len(sent)
    return counts


def test_a_page_and_an_export_take_as_many_queries_for_500_claims_as_for_50(store, reviewing):
    small, large = article_of(store, 50), article_of(store, 500)
    assert len(reviewing.article_claims(large).claims) == 500
    counts = statements_for(reviewing, small)
    assert counts == statements_for(reviewing, large)
    assert counts["page"] <= 20, counts  # one BEGIN and one query per kind of record
