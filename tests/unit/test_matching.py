"""Claims seen before: the conflict check alone, then the index with the real embedder and a real Chroma."""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import UTC, datetime
from typing import Any

import pytest

from tests.conftest import REPO
from workbench.matching import ClaimMatcher, ReviewedClaim, conflict, standing_review
from workbench.records import Claim, Review

AIR_FORCE = "The United States acts as an air force for Islamic State in Syria."
REPORTED = "On 9 December 2017 the Russian Defence Ministry reported an air incident over Syria."


# --- the conflict check (no model) ---------------------------------------------------------------


NEGATED = "Russia considers the US presence in Syria illegal."
EXERCISE = "Exercise reduces cancer mortality among Chinese citizens."
PNEUMONIA = "Men are more susceptible to death from pneumonia than women."


@pytest.mark.parametrize(
    ("first", "other", "reason"),
    [
        (AIR_FORCE, "The United States does not act as an air force for Islamic State in Syria.", "negation"),
        (REPORTED, "On 19 December 2017 the Russian Defence Ministry reported an air incident over Syria.", "numbers"),
        (
            "Less than 10% of the patients had activated markers.",
            "Half of the patients had activated markers.",
            "numbers",
        ),
        ("Residents warned officials in March.", "Residents warned officials in June.", "numbers"),
        ("Eleven flights were diverted.", "Thirty-one flights were diverted.", "numbers"),
        (NEGATED, "Russia considers the US presence in Syria legal.", "negated word"),
        ("It induces an anti-inflammatory response.", "It induces an inflammatory response.", "negated word"),
        (EXERCISE, "Exercise increases cancer mortality among Chinese citizens.", "direction"),
        ("Ginger is safe for ventilated patients.", "Ginger is hazardous to ventilated patients.", "direction"),
        (
            "Lack of FGF21 in mice leads to atherosclerotic plaque formation.",
            "Lack of FGF21 in mice slows atherosclerotic plaque formation.",
            "direction",
        ),
        (PNEUMONIA, "Women are more susceptible to death from pneumonia than men.", "roles swapped"),
        (
            "Rotator cuff exercises work better than general exercise for shoulder pain.",
            "General exercise works better than rotator cuff exercises for shoulder pain.",
            "roles swapped",
        ),
        (
            "For shoulder pain, general exercise is more effective than rotator cuff exercises.",
            "Rotator cuff exercises are more effective compared to general exercise for shoulder pain.",
            "roles swapped",
        ),
        (AIR_FORCE, "The United States acts as an air force for Islamic State in Iraq.", "names"),
        (
            "A Lisbon court approved the extradition of Rui Santana to Brazil.",
            "A court in Brazil approved the extradition of Rui Santana to Portugal.",
            "names",
        ),
        (AIR_FORCE, "The United States acts as a navy for Islamic State in Syria.", "word swapped"),
        (
            "The ministry's statement came a day after the report.",
            "The ministry's statement came a week after the report.",
            "time span",
        ),
        (
            AIR_FORCE,
            "The Russian Defence Ministry said the US acts as an air force for Islamic State in Syria.",
            "attribution",
        ),
        ("Inhibiting HDAC6 slows the tumours.", "Inhibiting HDAC1 slows the tumours.", "numbers"),  # identifiers
        ("Over half of the children had a fever.", "Under half of the children had a fever.", "numbers"),  # bounds
        ("The firm overcharged 85,000 customers.", "The firm undercharged 85,000 customers.", "negated word"),
        ("She voted against the pay rise.", "She voted for the pay rise.", "word swapped"),
        ("The mucosa holds few plasma cells.", "The mucosa holds abundant plasma cells.", "direction"),
        (
            "The cells occur in visceral fat, not subcutaneous fat.",
            "The cells occur in subcutaneous fat, not visceral fat.",
        )
        + ("roles swapped",),
        ("Smoking, not diet, causes most cases.", "Diet, not smoking, causes most cases.", "roles swapped"),
        ("A software update caused the outage.", "A software update may have caused the outage.", "modality"),
        ("The airport plans to build a runway.", "The airport has permission to build a runway.", "modality"),
        ("Schools in Sarento will close early.", "Some schools in Sarento will close early.", "quantifier"),
        ("At least 20 deaths were caused by the heat.", "About 20 deaths were caused by the heat.", "numbers"),
        ("Fares will stay flat until the end of this year.", "Fares will stay flat until the end of next year.")
        + ("time span",),
        ("The bill will fall to about 1,650 pounds.", "The bill will fall by about 1,650 pounds.", "word swapped"),
        ("The fund was the largest in its history.", "The fund was one of the largest in its history.", "quantifier"),
        ("Sightings are linked to garden feeders.", "Sightings are caused by garden feeders.", "modality"),
        ("The museum opened on Friday to visitors.", "The museum closed on Friday to visitors.", "word swapped"),
    ],
)
def test_a_changed_detail_is_a_conflict(first, other, reason):
    assert conflict(first, other) == reason


@pytest.mark.parametrize(
    "other",
    [
        "The US acts as an air force for the Islamic State in Syria.",  # an initialism, an article
        "In Syria, the United States acts as an air force for Islamic State.",  # a phrase moved
        "The United States is acting as an air force for Islamic State in Syria.",  # an inflection
        "Washington is providing air cover for Islamic State in Syria.",  # reworded: the threshold decides
        "America acts as an air force for ISIS in Syria.",  # other names of the same country and group
    ],
)
def test_a_rewording_is_no_conflict(other):
    assert conflict(AIR_FORCE, other) is None


@pytest.mark.parametrize(
    ("first", "other"),
    [
        ("Sympathetic nerve activity is elevated in pregnancy.", "Sympathetic nerve activity is raised in pregnancy."),
        ("The ministry said a pair of jets took off.", "The ministry stated two jets took off."),
        ("The Su-35 is a multirole fighter.", "The Su-35 is a multi-role fighter."),
        ("Pneumonia kills more women than men.", "More women than men are killed by pneumonia."),
        ("Over half of the children had a fever.", "More than half of the children had a fever."),  # same bound
        ("The F-22 fled towards Iraq.", "The F22 fled towards Iraq."),  # one identifier spelt two ways
        ("She voted for the pay rise in 2013.", "In 2013 she voted for the pay rise."),  # a phrase moved
        ("Women are more likely to die of it than men.", "It kills more women than men."),  # a comparative, no hedge
        ("Schools close early every day.", "Schools close early each day."),  # how often, not how many
        ("The strike hit about 45,000 passengers.", "The strike hit some 45,000 passengers."),  # both approximate
        ("Rain may flood the road.", "Rain might flood the road."),  # one class of hedge
        ("Smoking causes most cases.", "Most cases are caused by smoking."),  # a cause both times
    ],
)
def test_synonyms_and_spellings_are_no_conflict(first, other):
    assert conflict(first, other) is None


def test_the_same_date_written_another_way_is_no_conflict():
    assert (
        conflict(REPORTED, "The Russian Defense Ministry reported an air incident over Syria on December 9, 2017.")
        is None
    )


# --- which review stands -------------------------------------------------------------------------


def _claim(text: str = AIR_FORCE, article: str = "art-1") -> Claim:
    return Claim(id=Claim.make_id(article, text), article_id=article, text=text, check_worthiness=0.9)


def _label(event_id: int, reviewer: str, label: str, note: str = "") -> Review:
    at = datetime(2026, 11, 1, 12, event_id, tzinfo=UTC)
    verdict: Any = label
    return Review(id=event_id, claim_id="c", reviewer=reviewer, label=verdict, note=note, created_at=at)


def test_the_latest_label_stands_and_an_undo_restores_the_one_before():
    claim = _claim()
    kim = _label(1, "kim", "disputed", "no source says so")
    lee = _label(2, "lee", "unverified")
    assert standing_review(claim, [kim, lee]).reviewer == "lee"
    undo = Review(id=3, claim_id="c", reviewer="lee", action="undo", undoes=2)
    standing = standing_review(claim, [kim, lee, undo], article_title="Dangerous Crossroads")
    assert (standing.verdict, standing.reviewer, standing.note) == ("disputed", "kim", "no source says so")
    assert standing.article_title == "Dangerous Crossroads"


def test_nothing_stands_when_every_label_is_undone():
    undo = Review(id=2, claim_id="c", reviewer="kim", action="undo", undoes=1)
    assert standing_review(_claim(), [_label(1, "kim", "disputed"), undo]) is None


# --- the index (real embedder, real Chroma in tmp_path) ------------------------------------------


def _reviewed(text: str, verdict: str = "disputed", reviewer: str = "kim", article: str = "art-1") -> ReviewedClaim:
    return ReviewedClaim(
        claim_id=Claim.make_id(article, text),
        text=text,
        verdict=verdict,  # type: ignore[arg-type]
        reviewer=reviewer,
        reviewed_at=datetime(2026, 11, 1, 12, 0, tzinfo=UTC),
        article_id=article,
        article_title="Dangerous Crossroads",
        note="contradicted by CENTCOM",
    )


@pytest.fixture
def matcher(settings, embedder):
    return ClaimMatcher(settings, embedder=embedder)


@pytest.mark.slow
def test_an_empty_index_returns_nothing(matcher):
    assert matcher.match(AIR_FORCE) == []


@pytest.mark.slow
def test_a_rewording_matches_with_its_review(matcher):
    matcher.add(_reviewed(AIR_FORCE))
    found = matcher.match("The US acts as an air force for the Islamic State in Syria.")
    assert len(found) == 1
    hit = found[0]
    assert (hit.verdict, hit.reviewer, hit.article_title, hit.note) == (
        "disputed",
        "kim",
        "Dangerous Crossroads",
        "contradicted by CENTCOM",
    )
    assert hit.reviewed_at == datetime(2026, 11, 1, 12, 0, tzinfo=UTC)
    assert matcher.threshold <= hit.similarity <= 1.0


@pytest.mark.slow
def test_a_negation_does_not_match(matcher):
    matcher.add(_reviewed(AIR_FORCE))
    assert matcher.match("The United States does not act as an air force for Islamic State in Syria.") == []


@pytest.mark.slow
def test_a_changed_date_does_not_match(matcher):
    matcher.add(_reviewed(REPORTED, verdict="supported"))
    assert matcher.match(REPORTED.replace("9 December", "19 December")) == []


@pytest.mark.slow
def test_an_unrelated_claim_does_not_match(matcher):
    matcher.add(_reviewed(AIR_FORCE))
    assert matcher.match("The Su-35 is a capable Russian multirole fighter.") == []


@pytest.mark.slow
def test_a_new_verdict_replaces_the_old_one(matcher):
    matcher.add(_reviewed(AIR_FORCE, verdict="disputed", reviewer="kim"))
    matcher.add(_reviewed(AIR_FORCE, verdict="supported", reviewer="lee"))
    assert matcher.count() == 1
    [hit] = matcher.match(AIR_FORCE)
    assert (hit.verdict, hit.reviewer) == ("supported", "lee")


@pytest.mark.slow
def test_a_removed_claim_is_no_longer_found(matcher):
    reviewed = _reviewed(AIR_FORCE)
    matcher.add(reviewed)
    matcher.remove(reviewed.claim_id)
    matcher.remove("never-indexed")  # absent ids are ignored
    assert matcher.count() == 0
    assert matcher.match(AIR_FORCE) == []


@pytest.mark.slow
def test_the_claim_itself_can_be_left_out(matcher):
    reviewed = _reviewed(AIR_FORCE)
    matcher.add(reviewed)
    assert matcher.match(AIR_FORCE, exclude=[reviewed.claim_id]) == []


@pytest.mark.slow
def test_matches_come_best_first_and_at_most_k(matcher):
    texts = [AIR_FORCE, "The US acts as an air force for the Islamic State in Syria.", "Washington helps ISIS."]
    for i, text in enumerate(texts):
        matcher.add(_reviewed(text, article=f"art-{i}"))
    found = matcher.match(AIR_FORCE, k=1)
    assert [m.text for m in found] == [AIR_FORCE]
    both = matcher.match(AIR_FORCE, k=3)
    assert [m.text for m in both] == texts[:2]
    assert both[0].similarity >= both[1].similarity


@pytest.mark.slow
def test_rebuild_replaces_the_whole_index(matcher, settings, embedder):
    matcher.add(_reviewed(AIR_FORCE))
    assert matcher.rebuild([_reviewed(REPORTED, verdict="supported")]) == 1
    reopened = ClaimMatcher(settings, embedder=embedder)  # the index is on disk, beside the chunks
    assert reopened.count() == 1
    assert reopened.match(AIR_FORCE) == []
    assert [m.verdict for m in reopened.match(REPORTED)] == ["supported"]


@pytest.mark.slow
def test_the_chunk_collection_is_left_alone(matcher, settings):
    from workbench.index.vectors import VectorStore

    matcher.add(_reviewed(AIR_FORCE))
    matcher.rebuild([])
    assert VectorStore(settings).count() == 0  # the corpus collection was never written
    assert matcher.count() == 0


# --- the pairs the threshold was chosen on -------------------------------------------------------


def test_the_pairs_file_keeps_each_claim_group_in_one_split():
    folder = REPO / "evals" / "datasets" / "claim_pairs"
    rows = [json.loads(line) for line in (folder / "pairs.jsonl").read_text(encoding="utf-8").splitlines()]
    splits = defaultdict(set)
    for row in rows:
        splits[row["group"]].add(row["split"])
    assert len(rows) >= 200
    assert all(len(s) == 1 for s in splits.values())
    assert {r["label"] for r in rows} == {0, 1}
    assert "CC BY 4.0" in (folder / "README.md").read_text(encoding="utf-8")


SPLIT_FILES = {
    f"pairs_{name}.jsonl": name
    for name in ("test", "test2", "test3", "test4", "test5", "test6", "test7", "test8", "test9", "test10", "test11")
}


def test_each_blind_split_is_new_text_and_one_split():
    folder = REPO / "evals" / "datasets" / "claim_pairs"
    seen = set()
    for name in ("pairs.jsonl", *SPLIT_FILES):
        rows = [json.loads(line) for line in (folder / name).read_text(encoding="utf-8").splitlines()]
        texts = {r["a"] for r in rows} | {r["b"] for r in rows}
        assert not texts & seen, f"{name} repeats a text of an earlier split"
        seen |= texts
        if name in SPLIT_FILES:
            assert {r["split"] for r in rows} == {SPLIT_FILES[name]}
            assert sum(r["label"] for r in rows) >= 80 and len({r["group"] for r in rows}) >= 45


@pytest.mark.parametrize("builder", ["make_pairs.py", *(f"make_{name}_pairs.py" for name in SPLIT_FILES.values())])
def test_the_builders_rebuild_the_shipped_files_byte_for_byte(builder, tmp_path):
    import subprocess
    import sys

    folder = REPO / "evals" / "datasets" / "claim_pairs"
    if not (REPO.parent / "shared" / "datasets" / "scifact").exists():
        pytest.skip("the builders read ../shared/datasets/scifact")
    shipped = {"make_pairs.py": "pairs.jsonl"} | {f"make_{v}_pairs.py": k for k, v in SPLIT_FILES.items()}
    out = tmp_path / "out.jsonl"
    subprocess.run([sys.executable, str(folder / builder), "--out", str(out)], check=True, capture_output=True)
    assert out.read_bytes() == (folder / shipped[builder]).read_bytes()
