"""The claim-pair model of "seen before": trained in seconds on a few pairs with the real recipe, then
used by the matcher; the matcher's last filter tested with a scripted scorer."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import numpy as np
import pytest
from typer.testing import CliRunner

from workbench.matching import DEFAULT_THRESHOLD, ClaimMatcher, ReviewedClaim
from workbench.pair_model import SHIPPED, TRAINING_SPLITS, PairModel, read_pairs, training_examples
from workbench.records import Claim
from workbench.settings import Settings
from workbench.verifier.model import CONFIG, WEIGHTS, VerifierError

PAIRS = [
    ("The council approved the bridge on Tuesday.", "On Tuesday the council approved the bridge.", 1),
    ("The council approved the bridge on Tuesday.", "The council rejected the bridge on Tuesday.", 0),
    ("The factory hired 300 workers in March.", "In March the factory took on 300 workers.", 1),
    ("The factory hired 300 workers in March.", "The factory laid off 300 workers in March.", 0),
    ("The agency said the vaccine is safe.", "According to the agency, the vaccine is safe.", 1),
    ("The agency said the vaccine is safe.", "The agency said the vaccine is dangerous.", 0),
]


def _pair_file(folder, name="pairs.jsonl"):
    folder.mkdir(parents=True, exist_ok=True)
    rows = [
        {"id": f"p{i}", "split": "tune", "group": f"g{i // 2}", "label": y, "kind": "hand", "a": a, "b": b}
        for i, (a, b, y) in enumerate(PAIRS)
    ]
    (folder / name).write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return folder


def test_each_pair_teaches_both_orders():
    rows = [{"a": "A", "b": "B", "label": 1}, {"a": "C", "b": "D", "label": 0}]
    examples = training_examples(rows)
    assert {(e["claim"], e["passage"], e["label"]) for e in examples} == {
        ("A", "B", "supports"),
        ("B", "A", "supports"),
        ("C", "D", "contradicts"),
        ("D", "C", "contradicts"),
    }


def test_a_missing_pair_file_is_named(tmp_path):
    with pytest.raises(FileNotFoundError, match="nothing.jsonl"):
        read_pairs(tmp_path, ["nothing.jsonl"])


def test_a_missing_model_names_the_command_that_restores_it(tmp_path):
    with pytest.raises(VerifierError, match="train-matcher"):
        PairModel(tmp_path / "nothing")
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / CONFIG).write_text("{not json")
    with pytest.raises(VerifierError, match="not a valid claim-pair model description"):
        PairModel(tmp_path / "bad")


def test_the_shipped_model_reads_a_negation_apart_from_a_rewording():
    model = PairModel(SHIPPED, threads=2)
    same, negated = model.score(
        "The United States acts as an air force for Islamic State in Syria.",
        [
            "The US acts as an air force for the Islamic State in Syria.",
            "The United States is not acting as an air force for Islamic State in Syria.",
        ],
    )
    assert same >= model.min_pair_score > negated
    assert model.label.startswith("trained:claim-pairs-minilm#")


class _Scripted:
    """A claim-pair scorer whose answers the test writes: the matcher's last filter without a model."""

    min_similarity = 0.5
    min_pair_score = 0.5

    def __init__(self, scores: dict[str, float]):
        self.scores = scores
        self.calls: list[tuple[str, list[str]]] = []

    def score(self, text: str, others: list[str]) -> np.ndarray:
        self.calls.append((text, list(others)))
        return np.array([self.scores.get(o, 0.0) for o in others])


def _reviewed(text: str) -> ReviewedClaim:
    return ReviewedClaim(
        claim_id=Claim.make_id("a", text),
        text=text,
        verdict="disputed",
        reviewer="kim",
        reviewed_at=datetime(2026, 11, 1, tzinfo=UTC),
        article_id="a",
    )


@pytest.mark.slow
def test_the_matcher_keeps_what_the_pair_model_reads_as_the_same_claim(settings, embedder):
    kept, dropped = "The bridge opened in May 2020.", "The new bridge opened to traffic in May 2020."
    scorer = _Scripted({kept: 0.9, dropped: 0.2})
    matcher = ClaimMatcher(settings, embedder=embedder, pair_model=scorer)  # type: ignore[arg-type]
    assert (matcher.threshold, matcher.min_pair_score) == (0.5, 0.5), "the thresholds come with the model"
    matcher.add_many([_reviewed(kept), _reviewed(dropped)])
    found = matcher.match("The bridge opened in May 2020.")
    assert [(m.text, m.pair_score) for m in found] == [(kept, 0.9)]
    [(_, read)] = scorer.calls  # one batch, only the candidates the similarity and the rules let through
    assert sorted(read) == sorted([kept, dropped])
    assert matcher.match("The bridge did not open in May 2020.") == [] and len(scorer.calls) == 1, (
        "the word rules turn a negation away before the model is asked"
    )


@pytest.mark.slow
def test_rules_mode_needs_no_model(settings, embedder):
    rules = Settings(home=settings.home, matcher="rules", matcher_path=settings.home / "absent", _env_file=None)
    matcher = ClaimMatcher(rules, embedder=embedder)
    assert matcher.pair_model is None and matcher.threshold == DEFAULT_THRESHOLD
    matcher.add(_reviewed("The bridge opened in May 2020."))
    [hit] = matcher.match("The bridge opened in May 2020.")
    assert hit.pair_score is None


def test_train_matcher_command_and_status(tmp_path, monkeypatch):
    from workbench.cli import app

    for key in [k for k in __import__("os").environ if k.startswith("WORKBENCH_")]:
        monkeypatch.delenv(key)
    data = _pair_file(tmp_path / "pairs")
    for name in TRAINING_SPLITS[1:]:
        _pair_file(data, name)
    monkeypatch.setenv("WORKBENCH_HOME", str(tmp_path / "home"))
    runner = CliRunner()
    args = ["models", "train-matcher", "--data", str(data), "--out", str(tmp_path / "m"), "--epochs", "1"]
    result = runner.invoke(app, [*args, "--limit", "12"])
    assert result.exit_code == 0, result.output
    assert "WORKBENCH_MATCHER_PATH=" in result.output and (tmp_path / "m" / WEIGHTS).exists()
    model = PairModel(tmp_path / "m")
    assert model.card.training["pairs"] == 12 and model.card.thresholds["min_pair_score"] == model.min_pair_score
    assert model.score("The council approved the bridge.", ["The council approved the bridge."]).shape == (1,)
    monkeypatch.setenv("WORKBENCH_MATCHER_PATH", str(tmp_path / "m"))
    status = runner.invoke(app, ["status"])
    assert status.exit_code == 0, status.output
    assert "claim-pairs-minilm" in status.output and "WORKBENCH_MATCHER_PATH" in status.output
    monkeypatch.setenv("WORKBENCH_MATCHER_PATH", str(tmp_path / "nothing"))
    status = runner.invoke(app, ["status"])
    assert "unusable" in status.output and "train-matcher" in status.output
