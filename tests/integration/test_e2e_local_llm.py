"""The demo article checked end to end with a real local model (llama.cpp).

CI runs it with the small catalogue model (Qwen2.5-Coder 0.5B, about 5 minutes on two cores);
the default 1.5B takes about three times as long and is measured by benchmarks/claims_demo.py.
WORKBENCH_E2E_LLM picks another model. It asserts what must hold whatever the model's
quality: claims with valid spans, a suggestion or a recorded failure for every check-worthy claim,
calls recorded with tokens, and a second run answered from the stores and the cache.
"""

from __future__ import annotations

import json
import time

import pytest
from rapidfuzz import fuzz

from tests.conftest import REPO, SAMPLE
from workbench import pipeline
from workbench.checking import Checker
from workbench.settings import Settings

pytestmark = [pytest.mark.llm, pytest.mark.slow]


@pytest.fixture(scope="module")
def checked(tmp_path_factory, embedder):
    import os

    llm = os.environ.get("WORKBENCH_E2E_LLM", "local:qwen2.5-0.5b")
    settings = Settings(home=tmp_path_factory.mktemp("e2e") / "home", llm=llm, _env_file=None)
    pipeline.ingest([str(SAMPLE / "sources")], settings, embedder=embedder)
    checker = Checker(settings, embedder=embedder)
    started = time.perf_counter()
    report = checker.check(SAMPLE / "article.txt")
    return checker, report, time.perf_counter() - started


def test_the_local_model_extracts_claims_with_valid_spans(checked):
    _, report, seconds = checked
    text = (SAMPLE / "article.txt").read_text()
    worthy = [c for c in report.claims if c.check_worthy]
    assert len(worthy) >= 5, [c.text for c in report.claims]
    for claim in report.claims:
        assert claim.span is not None and 0 <= claim.span.start < claim.span.end <= len(text)
    print(f"\n{len(worthy)} check-worthy claims of {len(report.claims)} in {seconds:.0f} s with {report.model}")


def test_some_extracted_claims_match_the_gold_claims(checked):
    _, report, _ = checked
    gold = [
        json.loads(line)
        for line in (REPO / "evals" / "datasets" / "demo_claims.jsonl").read_text().splitlines()
        if line.strip()
    ]
    gold_worthy = [g["claim"] for g in gold if g["check_worthy"]]
    found = {
        g
        for g in gold_worthy
        for c in report.claims
        if c.check_worthy and fuzz.token_set_ratio(g.lower(), c.text.lower()) >= 70
    }
    assert len(found) >= 3, f"only {len(found)} gold claims found"


def test_every_check_worthy_claim_has_a_suggestion_or_a_recorded_failure(checked):
    checker, report, _ = checked
    failed = {f.item for f in report.failures if f.stage == "verdict"}
    for claim in report.claims:
        if claim.check_worthy:
            assert claim.suggestion is not None or claim.id in failed
            assert all(e.doc_id != report.article.id for e in claim.evidence)
    calls = checker.store.llm_calls(report.run_id)
    assert calls and all(c.provenance.model == report.model for c in calls)
    assert sum(c.input_tokens for c in calls) > 0 and sum(c.output_tokens for c in calls) > 0


def test_a_second_run_costs_no_model_time(checked):
    checker, first, _ = checked
    started = time.perf_counter()
    second = checker.check(SAMPLE / "article.txt")
    assert [c.id for c in second.claims] == [c.id for c in first.claims]
    assert sum(u.calls - u.cached for u in second.usage.values()) <= len(first.failures)
    assert time.perf_counter() - started < 60


def test_verifier_both_keeps_the_label_and_lets_the_local_model_write_the_rationale(checked):
    from workbench.prompts import load_prompt
    from workbench.verdicts import Suggester
    from workbench.verifier.verify import load_verifier

    checker, report, _ = checked
    suggester = Suggester(
        "both",
        verifier=lambda: load_verifier(checker.settings),
        llm=lambda: checker.llm,
        prompts={"explain_verdict": load_prompt("explain_verdict")},
    )
    decided = [
        c for c in report.claims if c.check_worthy and c.suggestion and c.suggestion.model.startswith("trained:")
    ][:2]
    assert decided
    for view in decided:
        claim = checker.store.get_claim(view.id)
        evidence = checker.store.evidence(view.id)
        suggestion, call, error = suggester.suggest(claim, evidence)
        assert error is None and call is not None and call.input_tokens > 0
        assert suggestion.label == view.suggestion.label and suggestion.probabilities == view.suggestion.probabilities
        assert suggestion.provenance.prompt == "explain_verdict" and "+" in suggestion.provenance.model
        assert suggestion.rationale and (
            "rationale_failed" in suggestion.flags or suggestion.rationale != view.suggestion.rationale
        )
