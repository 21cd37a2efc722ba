"""The store: records round-trip, reviews are append-only events, statuses are derived, writers can race.

The tests take a ``store_url`` fixture: a SQLite file here; ``tests/integration/test_store_postgres.py``
runs the backend-neutral ones again against a real PostgreSQL server.
"""

from __future__ import annotations

import sqlite3
import threading
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from datetime import UTC
from multiprocessing import get_context

import pytest

from workbench.records import Claim, Document, Evidence, ItemFailure, LLMCall, Provenance, Span, Suggestion
from workbench.store import Store, StoreError, database_url

PROVENANCE = Provenance(model="fake:model", prompt="extract_claims", prompt_version=2, prompt_hash="abc123")


@pytest.fixture
def store_url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'workbench.db'}"


@pytest.fixture
def store(store_url):
    with Store(store_url) as s:
        yield s


@pytest.fixture
def article(store) -> Document:
    doc = Document.from_text(
        "The bridge opened in 1932. It cost 10 million.", title="Bridge", kind="article", source="a.md"
    )
    store.upsert_document(doc)
    return doc


def make_claim(article: Document, text: str, worthiness: float = 0.5, **fields) -> Claim:
    return Claim(
        id=Claim.make_id(article.id, text), article_id=article.id, text=text, check_worthiness=worthiness, **fields
    )


def make_evidence(chunk_id: str, score: float = 1.0) -> Evidence:
    return Evidence(
        chunk_id=chunk_id,
        doc_id=chunk_id.split(":")[0],
        title="Brief",
        text="The bridge opened in 1932.",
        score=score,
        start=0,
        end=26,
        kind="evidence",
        source="brief.md",
        outlet="Gazette",
        date="1932-05-01",
        url="https://example.org/brief",
        genre="news",
        dense_rank=1,
        lexical_rank=None,
    )


# --- round trips ----------------------------------------------------------------------------------


def test_a_document_round_trips(store):
    doc = Document.from_text(
        "Text.", title="T", kind="evidence", source="s.md", outlet="O", date="2024-01", url="u", genre="news"
    )
    store.upsert_document(doc)
    assert store.get_document(doc.id) == doc
    assert store.get_document("missing") is None


def test_upserting_a_document_again_updates_it_without_a_copy(store):
    doc = Document.from_text("Text.", title="Old title", source="s.md")
    store.upsert_document(doc)
    store.upsert_document(doc.model_copy(update={"title": "New title"}))
    assert [d.title for d in store.list_documents()] == ["New title"]


def test_documents_are_listed_by_kind(store, article):
    evidence = Document.from_text("Other text.", title="Brief", kind="evidence", source="b.md")
    store.upsert_document(evidence)
    assert store.list_documents(kind="article") == [article]
    assert store.list_documents(kind="evidence") == [evidence]
    assert len(store.list_documents()) == 2


def test_a_claim_round_trips_with_span_flags_and_provenance(store, article):
    claim = make_claim(
        article,
        "The bridge opened in 1932.",
        0.9,
        span=Span(start=0, end=26),
        sentence="The bridge opened in 1932.",
        type="event",
        flags=["merged_duplicates"],
        provenance=PROVENANCE,
    )
    unaligned = make_claim(article, "It cost 10 million.", 0.4, flags=["unaligned_span"], check_worthy=False)
    store.save_claims(article.id, [claim, unaligned])
    assert store.get_claim(claim.id) == claim
    assert store.get_claim(unaligned.id) == unaligned
    assert store.get_claim("missing") is None


def test_claims_come_most_check_worthy_first_then_in_article_order(store, article):
    first, second, third = (make_claim(article, t, w) for t, w in [("A.", 0.5), ("B.", 0.9), ("C.", 0.5)])
    store.save_claims(article.id, [first, second, third])
    assert [c.text for c in store.claims(article.id)] == ["B.", "A.", "C."]


def test_claims_of_an_unknown_article_are_refused(store):
    ghost = Document.from_text("Never stored.", title="Ghost", kind="article", source="g.md")
    with pytest.raises(StoreError, match="unknown article"):
        store.save_claims(ghost.id, [make_claim(ghost, "A.")])


def test_evidence_round_trips_in_rank_order_and_is_replaced(store, article):
    claim = make_claim(article, "A.")
    store.save_claims(article.id, [claim])
    store.save_evidence(claim.id, [make_evidence("d1:0", 0.3), make_evidence("d2:4", 0.9)])
    assert [e.chunk_id for e in store.evidence(claim.id)] == ["d1:0", "d2:4"]
    assert store.evidence(claim.id)[0] == make_evidence("d1:0", 0.3)

    store.save_evidence(claim.id, [make_evidence("d3:1")])
    assert [e.chunk_id for e in store.evidence(claim.id)] == ["d3:1"]


def test_the_latest_suggestion_is_the_current_one(store, article):
    claim = make_claim(article, "A.")
    store.save_claims(article.id, [claim])
    assert store.suggestion(claim.id) is None
    first = Suggestion(
        claim_id=claim.id, label="supported", rationale="r1", cited=["d1:0"], confidence=0.8, provenance=PROVENANCE
    )
    second = Suggestion(claim_id=claim.id, label="disputed", rationale="r2", confidence=0.3, flags=["low_confidence"])
    store.save_suggestion(first)
    store.save_suggestion(second)
    assert store.suggestion(claim.id) == second


def test_runs_record_their_params_status_and_counts(store, article):
    run_id = store.start_run("check", article_id=article.id, params={"model": "fake"})
    assert store.runs()[0].status == "running"
    store.finish_run(run_id, "done", counts={"claims": 3})
    (run,) = store.runs(kind="check")
    assert (run.id, run.status, run.params, run.counts, run.article_id) == (
        run_id,
        "done",
        {"model": "fake"},
        {"claims": 3},
        article.id,
    )
    assert run.finished_at >= run.started_at


def test_failures_and_llm_calls_are_kept_per_run(store):
    run_id = store.start_run("check")
    failure = ItemFailure(stage="extract", item="sentence 3", reason="invalid JSON after 3 attempts")
    call = LLMCall(
        provenance=PROVENANCE,
        item="sentence 3",
        input_tokens=120,
        output_tokens=30,
        latency_s=1.5,
        attempts=3,
        ok=False,
        error="invalid JSON",
    )
    store.record_failure(failure, run_id=run_id)
    store.record_failure(ItemFailure(stage="load", item="x.pdf", reason="not a PDF"))
    store.record_llm_call(call, run_id=run_id)
    store.record_llm_call(LLMCall(provenance=PROVENANCE, cached=True))
    assert store.failures(run_id) == [failure]
    assert len(store.failures()) == 2
    assert store.llm_calls(run_id) == [call]
    assert len(store.llm_calls()) == 2


def test_counts_say_how_much_is_stored(store, article):
    claim = make_claim(article, "A.")
    store.save_claims(article.id, [claim])
    store.add_review(claim.id, "ann", "supported")
    counts = store.counts()
    assert (counts["documents"], counts["articles"], counts["claims"], counts["reviews"], counts["runs"]) == (
        1,
        1,
        1,
        1,
        0,
    )


# --- claims over re-extraction --------------------------------------------------------------------


def test_re_saving_claims_keeps_reviews_and_deactivates_missing_claims(store, article):
    kept, dropped, new = make_claim(article, "Kept."), make_claim(article, "Dropped."), make_claim(article, "New.")
    store.save_claims(article.id, [kept, dropped])
    store.add_review(kept.id, "ann", "supported")
    store.add_review(dropped.id, "ann", "disputed")

    store.save_claims(article.id, [new, kept])

    assert [c.text for c in store.claims(article.id)] == ["New.", "Kept."]
    assert {c.text for c in store.claims(article.id, include_inactive=True)} == {"New.", "Kept.", "Dropped."}
    assert store.status(kept.id).label == "supported"
    assert [r.label for r in store.reviews(dropped.id)] == ["disputed"]


def test_claims_saved_while_an_extraction_runs_leave_the_others_active_until_it_ends(store, article):
    old, first, second = make_claim(article, "Old."), make_claim(article, "First."), make_claim(article, "Second.")
    store.save_claims(article.id, [old])
    store.save_claims(article.id, [first], replace=False)
    store.save_claims(article.id, [first, second], replace=False)
    assert {c.text for c in store.claims(article.id)} == {"Old.", "First.", "Second."}
    assert store.claim_counts(article.id) == (3, 0)
    store.save_suggestion(Suggestion(claim_id=first.id, label="supported", rationale="", confidence=0.5))
    store.save_claims(article.id, [first, second])  # the extraction's end: its claims and no others
    assert store.claim_counts(article.id) == (2, 1)


def test_a_claim_produced_again_becomes_active_again(store, article):
    claim = make_claim(article, "Back again.")
    store.save_claims(article.id, [claim])
    store.save_claims(article.id, [])
    assert store.claims(article.id) == []
    store.save_claims(article.id, [claim])
    assert store.claims(article.id) == [claim]


# --- reviews and derived status -------------------------------------------------------------------


def test_a_review_gets_an_id_and_a_utc_time_with_microseconds(store, article):
    claim = make_claim(article, "A.")
    store.save_claims(article.id, [claim])
    review = store.add_review(claim.id, "ann", "supported", note="matches the brief", evidence_used=["d1:0"])
    assert review.id is not None and review.created_at.tzinfo == UTC
    assert store.reviews(claim.id) == [review]


def test_a_second_label_by_the_same_reviewer_keeps_the_first_in_history(store, article):
    claim = make_claim(article, "A.")
    store.save_claims(article.id, [claim])
    store.add_review(claim.id, "ann", "supported")
    store.add_review(claim.id, "ann", "disputed", note="changed my mind")
    assert [r.label for r in store.reviews(claim.id)] == ["supported", "disputed"]
    assert store.status(claim.id).by_reviewer == {"ann": "disputed"}


def test_reviewing_an_unknown_claim_raises_a_store_error(store):
    with pytest.raises(StoreError, match="unknown claim"):
        store.add_review("no-such-claim", "ann", "supported")


def test_a_review_label_must_be_a_verdict(store, article):
    claim = make_claim(article, "A.")
    store.save_claims(article.id, [claim])
    with pytest.raises(StoreError, match="not a verdict"):
        store.add_review(claim.id, "ann", "true")


def test_undo_twice_cancels_the_two_latest_labels_one_by_one(store, article):
    claim = make_claim(article, "A.")
    store.save_claims(article.id, [claim])
    first = store.add_review(claim.id, "ann", "supported")
    second = store.add_review(claim.id, "ann", "disputed")

    assert store.undo(claim.id, "ann").undoes == second.id
    assert store.status(claim.id).label == "supported"
    assert store.undo(claim.id, "ann").undoes == first.id
    assert store.status(claim.id).by_reviewer == {}
    assert store.undo(claim.id, "ann") is None
    assert [r.action for r in store.reviews(claim.id)] == ["label", "label", "undo", "undo"]


def test_undo_cancels_only_the_reviewers_own_label(store, article):
    claim = make_claim(article, "A.")
    store.save_claims(article.id, [claim])
    store.add_review(claim.id, "ann", "supported")
    assert store.undo(claim.id, "bob") is None
    assert store.status(claim.id).by_reviewer == {"ann": "supported"}


def test_reviewers_who_agree_give_the_claim_its_label(store, article):
    claim = make_claim(article, "A.")
    store.save_claims(article.id, [claim])
    store.add_review(claim.id, "ann", "supported")
    store.add_review(claim.id, "bob", "supported")
    status = store.status(claim.id)
    assert (status.label, status.disagreement) == ("supported", False)


def test_two_reviewers_who_differ_make_a_disagreement(store, article):
    agreed, disputed = make_claim(article, "A."), make_claim(article, "B.")
    store.save_claims(article.id, [agreed, disputed])
    for claim, ann, bob in [(agreed, "supported", "supported"), (disputed, "supported", "disputed")]:
        store.add_review(claim.id, "ann", ann)
        store.add_review(claim.id, "bob", bob)

    status = store.status(disputed.id)
    assert (status.label, status.disagreement) == (None, True)
    assert store.status(agreed.id).label == "supported"
    # agreement figures (Cohen's kappa) are the reviewing service's: tests/unit/test_reviewing.py


def test_statuses_cover_every_claim_of_the_article(store, article):
    reviewed, unreviewed = make_claim(article, "A."), make_claim(article, "B.")
    store.save_claims(article.id, [reviewed, unreviewed])
    store.add_review(reviewed.id, "ann", "disputed")
    statuses = store.statuses(article.id)
    assert statuses[reviewed.id].label == "disputed"
    assert statuses[unreviewed.id].by_reviewer == {}


def test_claims_can_be_filtered_by_derived_status(store, article):
    texts = ["Unreviewed.", "Supported.", "Split.", "Suggested disputed."]
    _unreviewed, supported, split, suggested = claims = [make_claim(article, t) for t in texts]
    store.save_claims(article.id, claims)
    store.add_review(supported.id, "ann", "supported")
    store.add_review(split.id, "ann", "supported")
    store.add_review(split.id, "bob", "disputed")
    store.save_suggestion(Suggestion(claim_id=suggested.id, label="supported", rationale="", confidence=0.5))
    store.save_suggestion(Suggestion(claim_id=suggested.id, label="disputed", rationale="", confidence=0.5))

    def texts_for(status):
        return sorted(c.text for c in store.claims(article.id, status=status))

    assert texts_for("unreviewed") == ["Suggested disputed.", "Unreviewed."]
    assert texts_for("reviewed") == ["Split.", "Supported."]
    assert texts_for("disagreement") == ["Split."]
    assert texts_for("supported") == ["Supported."]
    assert texts_for("suggested:disputed") == ["Suggested disputed."]
    assert texts_for("suggested:supported") == []
    with pytest.raises(StoreError, match="unknown claim filter"):
        store.claims(status="nonsense")


# --- concurrency ----------------------------------------------------------------------------------

PROCESSES, THREADS, REVIEWS_EACH = 2, 2, 50


def _review_from_threads(url: str, claim_id: str, process: int) -> list[int]:
    """Runs in a spawned process: several threads add reviews to one claim at once."""
    store = Store(url)
    start = threading.Barrier(THREADS)

    def add_reviews(thread: int) -> list[int]:
        start.wait()
        return [
            store.add_review(claim_id, f"p{process}t{thread}", "supported", note=f"{process}-{thread}-{i}").id
            for i in range(REVIEWS_EACH)
        ]

    with ThreadPoolExecutor(THREADS) as pool:
        ids = [i for batch in pool.map(add_reviews, range(THREADS)) for i in batch]
    store.close()
    return ids


def test_concurrent_writers_lose_nothing(store, store_url, article):
    claim = make_claim(article, "Contested.")
    store.save_claims(article.id, [claim])

    with ProcessPoolExecutor(PROCESSES, mp_context=get_context("spawn")) as pool:
        futures = [pool.submit(_review_from_threads, store_url, claim.id, p) for p in range(PROCESSES)]
        returned = [i for f in futures for i in f.result(timeout=300)]

    reviews = store.reviews(claim.id)
    total = PROCESSES * THREADS * REVIEWS_EACH
    assert len(reviews) == total
    assert len({r.id for r in reviews}) == total
    assert sorted(returned) == sorted(r.id for r in reviews)
    assert len({r.note for r in reviews}) == total
    assert len(store.status(claim.id).by_reviewer) == PROCESSES * THREADS


def test_undos_that_race_cancel_distinct_labels(store, article):
    claim = make_claim(article, "Raced.")
    store.save_claims(article.id, [claim])
    labels = [store.add_review(claim.id, "ann", "supported").id for _ in range(8)]
    with ThreadPoolExecutor(8) as pool:
        undos = list(pool.map(lambda _: store.undo(claim.id, "ann"), range(8)))
    assert sorted(u.undoes for u in undos) == sorted(labels)
    assert store.status(claim.id).by_reviewer == {}


def test_concurrent_upserts_of_one_document_keep_one_copy(store):
    doc = Document.from_text("Ingested by several workers at once.", title="Shared", source="s.md")
    start = threading.Barrier(8)

    def upsert(_: int) -> None:
        start.wait()
        store.upsert_document(doc)

    with ThreadPoolExecutor(8) as pool:
        list(pool.map(upsert, range(8)))
    assert store.list_documents() == [doc]


# --- SQLite specifics -----------------------------------------------------------------------------


def test_the_default_database_is_a_sqlite_file_in_the_data_directory(settings):
    url = database_url(settings)
    assert url == f"sqlite:///{settings.home.resolve() / 'workbench.db'}"
    assert settings.home.is_dir()


def test_a_database_url_setting_wins(settings):
    class WithUrl:
        home = settings.home
        database_url = "postgresql+psycopg://postgres@db/workbench"

    assert database_url(WithUrl()) == "postgresql+psycopg://postgres@db/workbench"


def test_sqlite_runs_in_wal_mode(store, store_url):
    path = store_url.removeprefix("sqlite:///")
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
