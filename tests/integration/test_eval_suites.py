"""`workbench eval` as CI and a prompt engineer use it: the smoke suite gates, runs are
self-describing and cached, regressions exit non-zero, runs compare claim by claim.

The suites run on the real stages (Chroma, BM25, MiniLM, the extraction and verdict chains) with
the deterministic reading fake as the model; the project is a temporary folder that links the
repository's suites, datasets and demo corpus, so runs never land in the repository.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from tests.fakes import ScriptedChatModel, reading_responder
from workbench.cli import app
from workbench.llm.models import register_provider

REPO = Path(__file__).resolve().parents[2]
runner = CliRunner()


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    """A project folder: evals/{suites,datasets} and corpus/ linked from the repository, runs/ empty."""
    root = tmp_path_factory.mktemp("project")
    (root / "evals").mkdir()
    (root / "evals" / "suites").mkdir()
    for suite in (REPO / "evals" / "suites").glob("*.yaml"):
        (root / "evals" / "suites" / suite.name).symlink_to(suite)
    (root / "evals" / "datasets").symlink_to(REPO / "evals" / "datasets")
    (root / "corpus").symlink_to(REPO / "corpus")
    return root


@pytest.fixture
def env(project, tmp_path_factory, monkeypatch):
    for key in list(os.environ):
        if key.startswith("WORKBENCH_"):
            monkeypatch.delenv(key)
    monkeypatch.setenv("WORKBENCH_EVALS_DIR", str(project / "evals"))
    monkeypatch.setenv("WORKBENCH_HOME", str(project / "home"))  # shared within the module: one ingest
    return project


def _runs(project: Path) -> list[dict]:
    runs = [json.loads(p.read_text()) for p in (project / "evals" / "runs").glob("*.json")]
    return sorted(runs, key=lambda r: (r["started_at"], r["id"]))  # ids are to the second: two runs may share one


def _suite(project: Path, name: str, **changes) -> str:
    data = yaml.safe_load((REPO / "evals" / "suites" / "smoke.yaml").read_text()) | {"name": name} | changes
    path = project / "evals" / "suites" / f"{name}.yaml"
    path.write_text(yaml.safe_dump(data))
    return name


def _degraded(messages):
    """A worse model: finds no claims and calls everything unverified."""
    answer = reading_responder(messages)
    if "claims" in answer:
        return {"claims": []}
    if "label" in answer:
        return {**answer, "label": "unverified", "cited": []}
    return answer


register_provider("fake-worse", lambda _s, _m: ScriptedChatModel(responder=_degraded))


def test_the_smoke_suite_passes_its_gates_and_writes_a_self_describing_run_log(env):
    result = runner.invoke(app, ["eval", "run", "smoke", "--fail-on-regression"])
    assert result.exit_code == 0, result.output
    assert "retrieval.ndcg@10" in result.output and "verdict.macro_f1" in result.output
    [log] = _runs(env)
    assert log["suite"] == "smoke" and log["model"].startswith("mock:reader+trained:claim-verifier-minilm#")
    assert log["config"]["verifier"] == "trained"
    assert {p["name"] for p in log["prompts"]} == {"extract_claims", "suggest_verdict", "chat_answer"}
    assert all(len(p["hash"]) == 16 for p in log["prompts"])
    assert {d["path"] for d in log["datasets"]} == {
        "evals/datasets/demo_claims.jsonl",
        "evals/datasets/demo_questions.jsonl",
    }
    assert all(len(d["sha256"]) == 64 for d in log["datasets"])
    stages = {s["stage"] for s in log["samples"]}
    assert stages == {"retrieval", "extraction", "checkworthiness", "verdict", "chat"}
    verdicts = [s for s in log["samples"] if s["stage"] == "verdict"]
    assert len(verdicts) == 21 and all(s["input"]["claim"] and s["expected"]["verdict"] for s in verdicts)
    assert all(s["input_tokens"] > 0 for s in verdicts if s["calls"])
    for key, metric in log["metrics"].items():
        assert metric["value"] is not None, key
        assert metric["low"] <= metric["value"] <= metric["high"], key
    assert log["metrics"]["verdict.accuracy"]["baseline"] == pytest.approx(12 / 21)  # always "supported"
    assert log["usage"]["calls"] > 20 and log["environment"]["python"]
    assert all(s["calls"] == 0 and "probabilities" in s["output"] for s in verdicts)  # the trained verifier asks no LLM


def test_a_rerun_of_an_unchanged_configuration_comes_from_the_cache(env):
    before = len(_runs(env))
    result = runner.invoke(app, ["eval", "run", "smoke"])
    assert result.exit_code == 0, result.output
    runs = _runs(env)
    assert len(runs) == before + 1
    first, again = runs[-2], runs[-1]
    assert again["usage"]["cached"] == again["usage"]["calls"] > 0
    assert (
        again["usage"]["uncached_input_tokens"] == 0
        and again["usage"]["input_tokens"] == first["usage"]["input_tokens"]
    )
    assert {k: m["value"] for k, m in again["metrics"].items()} == {k: m["value"] for k, m in first["metrics"].items()}


def test_a_metric_below_its_threshold_fails_the_run(env):
    name = _suite(
        env,
        "smoke-strict",
        thresholds={"verdict.accuracy": 0.99},
        stages=["verdict"],
        dataset="evals/datasets/demo_claims.jsonl",
    )
    result = runner.invoke(app, ["eval", "run", name, "--fail-on-regression"])
    assert result.exit_code == 1, result.output
    assert "verdict.accuracy" in result.output and "below its threshold 0.99" in result.output
    assert runner.invoke(app, ["eval", "run", name]).exit_code == 0  # reported, not fatal, without the flag


def test_a_significant_drop_against_the_baseline_run_fails_and_compare_names_the_claims(env):
    name = _suite(
        env,
        "smoke-baseline",
        thresholds={},
        stages=["extraction", "verdict"],
        dataset="evals/datasets/demo_claims.jsonl",
    )
    assert runner.invoke(app, ["eval", "run", name, "--verifier", "llm"]).exit_code == 0
    result = runner.invoke(
        app,
        [
            "eval",
            "run",
            name,
            "--verifier",
            "llm",
            "--llm",
            "fake-worse:x",
            "--baseline",
            "latest",
            "--fail-on-regression",
        ],
    )
    assert result.exit_code == 1, result.output
    assert "extraction.recall fell" in result.output
    runs = [r for r in _runs(env) if r["suite"] == name]
    assert runs[-1]["baseline_run"] == runs[-2]["id"]

    report = env / "report.html"
    result = runner.invoke(
        app, ["eval", "compare", runs[-2]["id"], runs[-1]["id"], "--report", str(report), "--limit", "100"]
    )
    assert result.exit_code == 0, result.output
    assert "worse" in result.output and "changed sample" in result.output, result.output
    html = report.read_text()
    assert runs[-2]["id"] in html and "data:image/png;base64" in html
    assert "gold claim lost" in html and "verdict flipped" in html


def test_a_suite_naming_an_unknown_metric_is_refused_with_the_file_and_reason(env):
    path = env / "evals" / "suites" / "broken.yaml"
    path.write_text(
        "name: broken\nstages: [verdict]\ndataset: evals/datasets/demo_claims.jsonl\n"
        "thresholds: {verdict.recall: 0.5}\n"
    )
    result = runner.invoke(app, ["eval", "run", "broken"])
    assert result.exit_code == 1
    assert "broken.yaml" in result.output and "verdict.recall" in result.output
    result = runner.invoke(app, ["eval", "run", "no-such-suite"])
    assert result.exit_code == 1 and "no suite 'no-such-suite'" in result.output and "smoke" in result.output
    listing = runner.invoke(app, ["eval", "list"])
    assert listing.exit_code == 0 and "unreadable suite" in listing.output and "smoke" in listing.output
    path.unlink()


def test_a_new_prompt_version_is_a_draft_until_promoted_and_can_be_evaluated_by_version(env):
    from workbench.prompts import load_prompt

    assert load_prompt("extract_claims").version == 8  # v2-v4, v6, v7 are drafts: checks use the highest released, v8
    name = _suite(env, "smoke-v2", thresholds={}, stages=["extraction"], dataset="evals/datasets/demo_claims.jsonl")
    result = runner.invoke(app, ["eval", "run", name, "--prompt", "extract_claims@2"])
    assert result.exit_code == 0, result.output
    log = _runs(env)[-1]
    assert [(p["name"], p["version"]) for p in log["prompts"]] == [("extract_claims", 2)]


def test_the_dataset_command_needs_a_source_and_reports_what_it_wrote(env):
    result = runner.invoke(app, ["eval", "dataset"])
    assert result.exit_code != 0 and "--from-reviews" in result.output
    target = env / "team.jsonl"
    result = runner.invoke(app, ["eval", "dataset", "--from-reviews", "--out", str(target)])
    assert result.exit_code == 0, result.output
    assert "0 gold rows" in result.output and target.read_text() == ""
