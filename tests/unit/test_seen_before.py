"""Claims seen before through the reviewing service: the index of reviewed claims follows the store's
review events (reviews, undos, another process's reviews, a different database) without any writer
updating it; a broken index costs the reviewer nothing but the matches."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import pytest

from tests.unit.test_reviewing import add_article, add_claims
from workbench.matching import ClaimMatch, ReviewedClaim
from workbench.reviewing import ReviewingService
from workbench.reviewing.seen import SeenBefore
from workbench.store import Store


class ExactMatcher:
    """The ClaimMatcher interface over exact text (the real one needs the embedding model)."""

    def __init__(self) -> None:
        self.index: dict[str, ReviewedClaim] = {}
        self.rebuilds = 0
        self.embedded = 0

    def add_many(self, reviewed: Sequence[ReviewedClaim], on_batch=None) -> int:
        self.embedded += len(reviewed)
        self.index.update({r.claim_id: r for r in reviewed})
        return len(reviewed)

    def remove(self, claim_id: str) -> None:
        self.index.pop(claim_id, None)

    def rebuild(self, reviewed: Iterable[ReviewedClaim], on_batch=None) -> int:
        self.rebuilds += 1
        self.index = {}
        return self.add_many(list(reviewed))

    def match(self, text: str, k: int = 3, exclude: Iterable[str] = ()) -> list[ClaimMatch]:
        skip = set(exclude)
        found = [r for r in self.index.values() if r.text == text and r.claim_id not in skip]
        return [ClaimMatch(**r.model_dump(), similarity=1.0) for r in found][:k]


@pytest.fixture
def store(tmp_path):
    with Store(f"sqlite:///{tmp_path / 'workbench.db'}") as s:
        yield s


def service(store: Store, matcher, tmp_path) -> ReviewingService:
    return ReviewingService(store, SeenBefore(store, lambda: matcher, tmp_path / "reviewed_claims.json"))


def two_articles(store: Store, prefix: str = ""):
    first = add_article(store, "The bridge opened in 1932. The mayor cut the ribbon.", title=f"{prefix}Old story")
    second = add_article(store, "Again: the bridge opened in 1932. Tolls were free.", title=f"{prefix}New story")
    old = add_claims(store, first, ["The bridge opened in 1932."])[0]
    new = add_claims(store, second, ["The bridge opened in 1932.", "Tolls were free."])
    return old, new[0], new[1]


def test_a_reviewed_claim_is_seen_before_in_another_article(store, tmp_path):
    matcher = ExactMatcher()
    reviewing = service(store, matcher, tmp_path)
    old, new, other = two_articles(store)
    assert reviewing.claim_detail(new.id).seen_before == []  # nobody reviewed anything yet

    reviewing.review(old.id, "kim", "disputed", note="the archive says 1933")
    seen = reviewing.claim_detail(new.id).seen_before
    assert [(m.claim_id, m.verdict, m.reviewer, m.note, m.article_title) for m in seen] == [
        (old.id, "disputed", "kim", "the archive says 1933", "Old story")
    ]
    assert reviewing.claim_detail(old.id).seen_before == []  # a claim is not seen before by itself
    assert reviewing.claim_detail(other.id).seen_before == []


def test_the_index_follows_new_verdicts_and_undos(store, tmp_path):
    matcher = ExactMatcher()
    reviewing = service(store, matcher, tmp_path)
    old, new, _ = two_articles(store)
    reviewing.review(old.id, "kim", "disputed")
    reviewing.review(old.id, "lee", "supported")
    assert [m.verdict for m in reviewing.claim_detail(new.id).seen_before] == ["supported"]
    reviewing.undo(old.id, "lee")
    assert [(m.verdict, m.reviewer) for m in reviewing.claim_detail(new.id).seen_before] == [("disputed", "kim")]
    reviewing.undo(old.id, "kim")
    assert reviewing.claim_detail(new.id).seen_before == []


def test_reviews_written_elsewhere_are_indexed_once(store, tmp_path):
    """Another process (the CLI, the API) writes only the store; the next reader indexes just what changed."""
    matcher = ExactMatcher()
    reviewing = service(store, matcher, tmp_path)
    old, new, other = two_articles(store)
    ReviewingService(store).review(old.id, "kim", "disputed")  # a writer without any index
    assert [m.verdict for m in reviewing.claim_detail(new.id).seen_before] == ["disputed"]
    embedded = matcher.embedded
    reviewing.claim_detail(new.id)
    reviewing.claim_detail(other.id)
    assert matcher.embedded == embedded  # nothing new: nothing embedded again

    # a new service (a restarted server) with the same index file starts from where the last one stopped
    again = service(store, matcher, tmp_path)
    ReviewingService(store).review(other.id, "kim", "supported")
    again.claim_detail(new.id)
    assert matcher.embedded == embedded + 1 and matcher.rebuilds == 1


def test_a_different_database_rebuilds_the_index(store, tmp_path):
    matcher = ExactMatcher()
    old, new, _ = two_articles(store)
    service(store, matcher, tmp_path).review(old.id, "kim", "disputed")
    service(store, matcher, tmp_path).claim_detail(new.id)
    assert old.id in matcher.index
    with Store(f"sqlite:///{tmp_path / 'other.db'}") as other_store:
        other_old, other_new, _ = two_articles(other_store, prefix="Other ")
        assert other_old.id != old.id
        other = service(other_store, matcher, tmp_path)
        assert other.claim_detail(other_new.id).seen_before == []  # no reviews here: no match, no model
        other.review(other_old.id, "lee", "supported")
        assert [(m.reviewer, m.verdict) for m in other.claim_detail(other_new.id).seen_before] == [("lee", "supported")]
    assert list(matcher.index) == [other_old.id]  # the first database's claims are gone from the index


def test_a_broken_index_costs_only_the_matches(store, tmp_path):
    class Broken(ExactMatcher):
        def match(self, text, k=3, exclude=()):
            raise OSError("disk gone")

    reviewing = service(store, Broken(), tmp_path)
    old, new, _ = two_articles(store)
    reviewing.review(old.id, "kim", "disputed")
    detail = reviewing.claim_detail(new.id)
    assert detail is not None and detail.seen_before == []
    assert reviewing.status(old.id).label == "disputed"


def test_claim_views_list_matches_only_when_asked(store, tmp_path):
    matcher = ExactMatcher()
    reviewing = service(store, matcher, tmp_path)
    old, new, _ = two_articles(store)
    reviewing.review(old.id, "kim", "disputed")
    views = {v.id: v for v in reviewing.claim_views(new.article_id, seen_before=True)}
    assert [m.claim_id for m in views[new.id].seen_before] == [old.id]
    assert all(not v.seen_before for v in reviewing.claim_views(new.article_id))


@pytest.mark.slow
def test_the_real_matcher_finds_a_paraphrase(store, tmp_path, settings):
    """The service opened from settings, with the real embedding model and Chroma."""
    with ReviewingService.open(settings) as reviewing:
        first = add_article(reviewing.store, "Officials said the bridge opened in 1932.", title="Old story")
        second = add_article(reviewing.store, "The bridge was opened in 1932, officials said.", title="New story")
        old = add_claims(reviewing.store, first, ["The bridge opened to traffic in 1932."])[0]
        new, negated = add_claims(
            reviewing.store, second, ["The bridge was opened to traffic in 1932.", "The bridge opened in 1952."]
        )
        reviewing.review(old.id, "kim", "supported")
        assert [m.claim_id for m in reviewing.claim_detail(new.id).seen_before] == [old.id]
        assert reviewing.claim_detail(negated.id).seen_before == []
