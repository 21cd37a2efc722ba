"""Verdict suggestions on SciFact claims: accuracy and macro-F1 against the majority baseline.

SciFact's training claims carry labels: an abstract with SUPPORT rationales -> ``supported``,
CONTRADICT -> ``disputed``, no evidence -> ``unverified``. The 5,183 abstracts are ingested as the
evidence corpus through the real pipeline (or reused with ``--home``); each claim gets the real
hybrid retrieval and the real suggestion chain with the chosen model. A seeded, label-stratified
sample keeps runs comparable.

Prints one JSON line. Example:

    .venv/bin/python benchmarks/verdicts_scifact.py --llm local:qwen2.5-0.5b -n 150
"""

from __future__ import annotations

import os

os.environ.setdefault("HF_HUB_OFFLINE", "1")

import argparse
import json
import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SCIFACT = ROOT.parent / "shared" / "datasets" / "scifact"
LABELS = ("supported", "disputed", "unverified")


def log(*parts: object) -> None:
    print(*parts, file=sys.stderr, flush=True)


def gold_label(row: dict) -> str:
    labels = {r["label"] for rationales in row["evidence"].values() for r in rationales}
    if not labels:
        return "unverified"
    return "supported" if "SUPPORT" in labels else "disputed"


def macro_f1(gold: list[str], predicted: list[str]) -> float:
    scores = []
    for label in LABELS:
        tp = sum(g == p == label for g, p in zip(gold, predicted))
        wrong = sum((p == label) != (g == label) for g, p in zip(gold, predicted))
        scores.append(0.0 if tp == 0 else 2 * tp / (2 * tp + wrong))
    return sum(scores) / len(scores)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--llm", default="local", help="chat model spec (default: local)")
    parser.add_argument("-n", type=int, default=150, help="claims to sample (default 150)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--home", help="data directory; reused if SciFact is already ingested there")
    args = parser.parse_args()

    from workbench import pipeline
    from workbench.checking import Checker, open_llm
    from workbench.index.embedder import get_embedder
    from workbench.records import Claim
    from workbench.settings import Settings
    from workbench.verdicts import retrieve_evidence, suggest_verdict

    home = Path(args.home or tempfile.mkdtemp(prefix="verdicts-scifact-"))
    settings = Settings(home=home, _env_file=None)
    embedder = get_embedder(settings)
    checker = Checker(settings, llm=open_llm(settings, args.llm), embedder=embedder)
    if checker.searcher.vectors.count() == 0:
        corpus = home / "scifact.jsonl"
        with corpus.open("w") as out, (SCIFACT / "beir" / "corpus.jsonl").open() as src:
            for line in src:
                row = json.loads(line)
                out.write(
                    json.dumps(
                        {
                            "text": f"{row['title']}\n\n{row['text']}",
                            "title": row["title"],
                            "url": f"scifact:{row['_id']}",
                        }
                    )
                    + "\n"
                )
        log("ingesting the SciFact corpus (several minutes) ...")
        pipeline.ingest([str(corpus)], settings, embedder=embedder)

    rows = [json.loads(line) for line in (SCIFACT / "claims_train.jsonl").read_text().splitlines() if line.strip()]
    by_label: dict[str, list[dict]] = {}
    for row in rows:
        by_label.setdefault(gold_label(row), []).append(row)
    rng = random.Random(args.seed)
    sample: list[dict] = []
    for label, items in sorted(by_label.items()):
        share = round(args.n * len(items) / len(rows))
        sample += rng.sample(items, min(share, len(items)))
    rng.shuffle(sample)

    prompt = checker.prompts["suggest_verdict"]
    gold, predicted, confidences, failures, tokens = [], [], [], 0, 0
    started = time.perf_counter()
    for n, row in enumerate(sample, start=1):
        claim = Claim(id=f"scifact-{row['id']}", article_id="none", text=row["claim"], check_worthiness=1.0)
        evidence = retrieve_evidence(claim, checker.searcher, k=settings.evidence_k)
        suggestion, call = suggest_verdict(claim, evidence, checker.llm, prompt, max_passages=settings.verdict_passages)
        gold.append(gold_label(row))
        predicted.append(suggestion.label if suggestion else "unverified")
        confidences.append(suggestion.confidence if suggestion else 0.0)
        failures += suggestion is None
        tokens += (call.input_tokens + call.output_tokens) if call else 0
        if n % 10 == 0:
            log(f"  {n}/{len(sample)} accuracy so far {sum(a == b for a, b in zip(gold, predicted)) / n:.3f}")
    seconds = time.perf_counter() - started
    majority = Counter(gold).most_common(1)[0][0]
    confusion = {g: {p: sum(1 for a, b in zip(gold, predicted) if a == g and b == p) for p in LABELS} for g in LABELS}
    correct_conf = [c for c, g, p in zip(confidences, gold, predicted) if g == p]
    wrong_conf = [c for c, g, p in zip(confidences, gold, predicted) if g != p]
    print(
        json.dumps(
            {
                "benchmark": "verdicts_scifact",
                "model": checker.llm.label,
                "n": len(sample),
                "gold_distribution": dict(Counter(gold)),
                "accuracy": round(sum(a == b for a, b in zip(gold, predicted)) / len(gold), 3),
                "macro_f1": round(macro_f1(gold, predicted), 3),
                "majority_baseline": {
                    "label": majority,
                    "accuracy": round(gold.count(majority) / len(gold), 3),
                    "macro_f1": round(macro_f1(gold, [majority] * len(gold)), 3),
                },
                "confusion_gold_by_predicted": confusion,
                "mean_confidence_correct": round(sum(correct_conf) / max(1, len(correct_conf)), 3),
                "mean_confidence_wrong": round(sum(wrong_conf) / max(1, len(wrong_conf)), 3),
                "failures": failures,
                "seconds_per_claim": round(seconds / len(sample), 2),
                "tokens_per_claim": round(tokens / len(sample)),
            }
        )
    )


if __name__ == "__main__":
    main()
