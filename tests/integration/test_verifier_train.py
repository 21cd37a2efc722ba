"""Train a tiny verifier in seconds with the real recipe, then check a claim end to end with it."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from tests.conftest import SAMPLE
from workbench import pipeline
from workbench.records import Claim, Evidence
from workbench.settings import Settings
from workbench.verifier.model import CONFIG, WEIGHTS, VerifierError, read_card
from workbench.verifier.verify import Verifier, load_verifier

STORIES = [
    (
        "The council approved the new bridge on Tuesday.",
        "City officials said the council voted on Tuesday to approve the bridge.",
        "The council rejected the new bridge on Tuesday.",
    ),
    (
        "The factory hired 300 workers in March.",
        "The company said it hired 300 workers at the factory in March.",
        "The factory hired 30 workers in March.",
    ),
    (
        "The health agency said the vaccine is safe.",
        "In a statement, the health agency said the vaccine is safe for adults.",
        "The health agency said the vaccine is unsafe.",
    ),
    (
        "The mayor denied taking a bribe.",
        "Mayor Lind denied on Friday that she had taken a bribe.",
        "The mayor admitted taking a bribe.",
    ),
    (
        "Flooding closed the airport for two days.",
        "Floods kept the airport closed for two days, the operator said.",
        "Flooding closed the airport for two weeks.",
    ),
    (
        "The team won the cup in 2019.",
        "The club lifted the cup in 2019 after a final win.",
        "The team lost the cup final in 2019.",
    ),
]
UNRELATED = "The orchestra announced its winter programme of Baroque music."


def _tiny_data(folder):
    pairs, val = [], []
    for n, (claim, passage, negated) in enumerate(STORIES):
        pairs += [
            {"claim": claim, "passage": passage, "label": "supports"},
            {"claim": negated, "passage": passage, "label": "contradicts"},
            {"claim": claim, "passage": UNRELATED, "label": "neutral"},
        ]
        val += [
            {"id": f"v{n}s", "claim": claim, "verdict": "supported", "passages": [passage, UNRELATED]},
            {"id": f"v{n}d", "claim": negated, "verdict": "disputed", "passages": [passage]},
            {"id": f"v{n}u", "claim": claim, "verdict": "unverified", "passages": [UNRELATED]},
        ]
    folder.mkdir(parents=True)
    (folder / "news_pairs.jsonl").write_text("".join(json.dumps(p) + "\n" for p in pairs))
    (folder / "claims_val.jsonl").write_text("".join(json.dumps(v) + "\n" for v in val))
    return folder


@pytest.fixture(scope="module")
def tiny_verifier(tmp_path_factory):
    from workbench.verifier.train import train

    root = tmp_path_factory.mktemp("verifier")
    data = _tiny_data(root / "data")
    report = train(root / "model", data=data, epochs=1, lr=1e-3, batch_size=8, threads=2)
    return root / "model", report


def test_the_recipe_writes_a_small_adapter_and_a_calibrated_card(tiny_verifier):
    folder, report = tiny_verifier
    assert report.pairs >= 18 and report.val_claims == 18  # plus synthetic contradictions of the supported pairs
    assert (folder / WEIGHTS).stat().st_size < 25_000_000, (
        "float16 encoder layers without the embedding tables, not a whole model"
    )
    card = read_card(folder)
    assert card.aggregation is not None and 0.34 <= card.aggregation.low_confidence <= 0.8
    assert set(card.training["data_sha256"]) == {"news_pairs.jsonl"}
    assert {"accuracy", "macro_f1", "ece"} <= set(card.validation)


def test_training_can_continue_from_another_verifier_and_the_card_says_which(tiny_verifier, tmp_path):
    from workbench.verifier.model import weights_sha256
    from workbench.verifier.train import train

    folder, _ = tiny_verifier
    data = _tiny_data(tmp_path / "data")
    train(tmp_path / "more", data=data, epochs=1, lr=1e-4, batch_size=8, threads=2, limit=12, start_from=folder)
    card = read_card(tmp_path / "more")
    assert card.training["start_from"] == f"{folder} #{weights_sha256(folder)[:8]}"
    assert weights_sha256(tmp_path / "more") != weights_sha256(folder), "one more epoch changes the weights"


def test_a_tiny_verifier_checks_a_claim_end_to_end(tiny_verifier, tmp_path, embedder):
    from tests.fakes import ScriptedChatModel, reading_responder
    from workbench.checking import Checker
    from workbench.llm.structured import StructuredLLM

    folder, _ = tiny_verifier
    home = tmp_path / "home"
    settings = Settings(home=home, models_dir=home / "models", verifier_path=folder, _env_file=None)
    pipeline.ingest([str(SAMPLE / "sources" / "06-businessinsider-usaf-says-made-up.md")], settings, embedder=embedder)
    article = tmp_path / "article.md"
    article.write_text("A US official told reporters the Russian account of an F-22 intercept was made up.\n")
    checker = Checker(
        settings, llm=StructuredLLM(ScriptedChatModel(responder=reading_responder), "fake:reader"), embedder=embedder
    )
    report = checker.check(article)
    [claim] = [c for c in report.claims if c.check_worthy]
    assert report.failures == [] and claim.suggestion is not None and claim.evidence
    assert claim.suggestion.model.startswith("trained:claim-verifier-minilm#")
    stored = checker.store.suggestion(claim.id)
    assert sum(stored.probabilities.values()) == pytest.approx(1.0, abs=1e-3)


def test_the_stance_model_reads_windows_not_truncated_passages(tiny_verifier):
    folder, _ = tiny_verifier
    verifier = load_verifier(Settings(verifier_path=folder, _env_file=None))
    assert isinstance(verifier, Verifier)
    long = " ".join(f"Filler sentence number {i} about nothing in particular." for i in range(40)) + " " + STORIES[0][1]
    evidence = Evidence(
        chunk_id="d:0", doc_id="d", title="t", text=long, score=1.0, start=0, end=len(long), kind="evidence", source="x"
    )
    items, probs = verifier.stances(STORIES[0][0], [evidence])
    assert probs.shape == (len(items), 3) and items[-1][1].text.endswith(STORIES[0][1])
    s = verifier.judge(Claim(id="c", article_id="a", text=STORIES[0][0], check_worthiness=1.0), [evidence])
    assert s.label in ("supported", "disputed", "unverified") and s.provenance.prompt == "verifier"


def test_a_missing_verifier_names_the_command_that_restores_it(tmp_path):
    with pytest.raises(VerifierError, match="train-verifier"):
        load_verifier(Settings(verifier_path=tmp_path / "nothing", _env_file=None))
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / CONFIG).write_text("{not json")
    with pytest.raises(VerifierError, match="not a valid verifier description"):
        load_verifier(Settings(verifier_path=tmp_path / "bad", _env_file=None))


def test_train_verifier_command_and_status(tmp_path, monkeypatch):
    from workbench.cli import app

    data = _tiny_data(tmp_path / "data")
    monkeypatch.setenv("WORKBENCH_HOME", str(tmp_path / "home"))
    runner = CliRunner()
    result = runner.invoke(
        app,
        [
            "models",
            "train-verifier",
            "--data",
            str(data),
            "--out",
            str(tmp_path / "v"),
            "--epochs",
            "1",
            "--limit",
            "12",
        ],
    )
    assert result.exit_code == 0, result.output
    assert "WORKBENCH_VERIFIER_PATH=" in result.output and (tmp_path / "v" / WEIGHTS).exists()
    monkeypatch.setenv("WORKBENCH_VERIFIER_PATH", str(tmp_path / "v"))
    status = runner.invoke(app, ["status"])
    assert status.exit_code == 0, status.output
    assert "claim-verifier-minilm" in status.output and "WORKBENCH_VERIFIER_PATH" in status.output
    weights = (tmp_path / "v" / WEIGHTS).read_bytes()
    trained = read_card(tmp_path / "v")
    version, trained_at = trained.version, trained.created_at
    calibrated = runner.invoke(app, ["models", "calibrate-verifier", "--data", str(data)])
    assert calibrated.exit_code == 0, calibrated.output
    assert "Calibrated" in calibrated.output and "macro-F1" in calibrated.output
    card = read_card(tmp_path / "v")
    assert card.version == version + 1 and card.aggregation is not None
    assert (tmp_path / "v" / WEIGHTS).read_bytes() == weights, "calibration leaves the stance model alone"
    assert card.created_at == trained_at and card.validation["calibrated_at"] >= trained_at
    status = runner.invoke(app, ["status"])
    assert f"trained {trained_at}, calibrated {card.validation['calibrated_at']}" in " ".join(status.output.split())


def test_a_card_with_features_this_workbench_does_not_know_is_refused(tiny_verifier, tmp_path):
    import shutil

    folder, _ = tiny_verifier
    copy = tmp_path / "copy"
    shutil.copytree(folder, copy)
    card = json.loads((copy / CONFIG).read_text())
    card["aggregation"]["features"][-1] = "tea_leaves"
    (copy / CONFIG).write_text(json.dumps(card))
    with pytest.raises(VerifierError, match="tea_leaves.*calibrate-verifier"):
        load_verifier(Settings(verifier_path=copy, _env_file=None))


def test_onnx_runtime_gives_the_torch_probabilities_in_the_callers_order(tiny_verifier, tmp_path, monkeypatch):
    import subprocess

    from workbench.verifier.model import StanceModel, graph_file, weights_sha256

    folder, _ = tiny_verifier
    onnx, torch = StanceModel(folder, runtime="onnx", cache_dir=tmp_path), StanceModel(folder, runtime="torch")
    assert (onnx.runtime, torch.runtime) == ("onnx", "torch")
    assert onnx.graph == graph_file(tmp_path, weights_sha256(folder)) and onnx.graph.exists()
    assert [p.name for p in tmp_path.iterdir()] == [onnx.graph.name], "no half-written file is left"
    # lengths that differ a lot, so the length-sorted batches of the ONNX path reorder them
    pairs = [(claim, passage * (1 + n % 4)) for n, (claim, passage, _) in enumerate(STORIES)] * 3
    got, want = onnx.predict(pairs), torch.predict(pairs)
    assert got.shape == want.shape == (len(pairs), 3)
    assert abs(got - want).max() < 1e-4
    assert onnx.predict([]).shape == (0, 3)

    def no_export(*args, **kwargs):
        raise AssertionError("the cached graph is used, not exported again")

    monkeypatch.setattr(subprocess, "run", no_export)
    again = StanceModel(folder, runtime="onnx", cache_dir=tmp_path)
    assert again.runtime == "onnx" and abs(again.predict(pairs[:4]) - want[:4]).max() < 1e-4


def test_a_failed_onnx_export_falls_back_to_torch_with_a_warning(tiny_verifier, tmp_path, monkeypatch, caplog):
    import sys

    from workbench.verifier.model import StanceModel

    monkeypatch.setattr(sys, "executable", "/bin/false")  # the export's child process fails
    folder, _ = tiny_verifier
    with caplog.at_level("WARNING", logger="workbench.onnx_graphs"):
        model = StanceModel(folder, runtime="onnx", cache_dir=tmp_path)
    assert model.runtime == "torch" and "runs on torch: its ONNX export failed (exit status 1)" in caplog.text
    assert model.predict([STORIES[0][:2]]).shape == (1, 3)
    assert list(tmp_path.iterdir()) == []


def test_models_prepare_exports_once_and_status_names_the_runtime(tiny_verifier, monkeypatch, tmp_path):
    from workbench.cli import app

    monkeypatch.setattr(Settings, "onnx_dir", property(lambda self: self.models_dir / "onnx"))  # the product's
    folder, _ = tiny_verifier
    monkeypatch.setenv("WORKBENCH_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("WORKBENCH_MODELS_DIR", str(tmp_path / "models"))
    monkeypatch.setenv("WORKBENCH_VERIFIER_PATH", str(folder))
    runner = CliRunner()
    before = " ".join(runner.invoke(app, ["models", "list"]).output.split())
    assert "runs on ONNX Runtime" in before and "graph not exported yet: `workbench models prepare`" in before
    prepared = runner.invoke(app, ["models", "prepare"])
    assert prepared.exit_code == 0, prepared.output
    assert (
        len(list((tmp_path / "models" / "onnx").glob("*.onnx"))) == 3
    )  # the embedder, the verifier, the claim-pair model
    after = " ".join(runner.invoke(app, ["models", "list"]).output.split())
    assert after.count(f"graph {tmp_path / 'models' / 'onnx'}") == 2
    monkeypatch.setenv("WORKBENCH_MODEL_RUNTIME", "torch")
    status = runner.invoke(app, ["models", "list"])
    assert "runs on torch (WORKBENCH_MODEL_RUNTIME=torch)" in " ".join(status.output.split())


def test_graphs_unused_for_a_month_go_when_a_new_one_is_exported(tiny_verifier, tmp_path):
    import os
    import time

    from workbench.onnx_graphs import STALE_DAYS
    from workbench.verifier.model import cached_graph

    folder, _ = tiny_verifier
    stale, recent = tmp_path / "cross-encoder-0000000000000000-r1.onnx", tmp_path / "cross-encoder-1111-r1.onnx"
    for path, age_days in ((stale, STALE_DAYS + 1), (recent, STALE_DAYS - 1)):
        path.write_bytes(b"old graph")
        then = time.time() - age_days * 86400
        os.utime(path, (then, then))
    graph = cached_graph(folder, tmp_path, "verifier")
    assert graph is not None and graph.exists() and recent.exists() and not stale.exists()


def test_a_corrupt_cached_graph_is_deleted_and_torch_runs(tiny_verifier, tmp_path, caplog):
    from workbench.verifier.model import StanceModel, graph_file, weights_sha256

    folder, _ = tiny_verifier
    graph = graph_file(tmp_path, weights_sha256(folder))
    graph.write_bytes(b"\x08\x07 half a graph, cut short by a full disk")
    with caplog.at_level("WARNING", logger="workbench.onnx_graphs"):
        model = StanceModel(folder, runtime="onnx", cache_dir=tmp_path)
    assert model.runtime == "torch" and "is unusable" in caplog.text and not graph.exists()
    assert model.predict([STORIES[0][:2]]).shape == (1, 3)
