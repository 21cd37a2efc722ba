"""Claim extraction and verdict suggestions on the demo article, against its gold labels.

Runs the real pipeline (ingest the 40 briefs, check the article) with the chosen model, then:
- extraction: precision, recall and F1 of check-worthy claims against ``claims_gold.jsonl``;
  match rule: an extracted claim matches a gold claim when their MiniLM cosine is >= 0.70, or
  >= 0.60 and the extracted span overlaps the gold ``article_span``; matching is one-to-one,
  greedy by similarity;
- spans: share of claims whose span is exact or fuzzy (not ``unaligned_span``);
- check-worthiness ranking: ROC AUC of the score the pipeline gives each gold claim's place in the
  article (the best-overlapping extracted claim's check_worthiness) against gold check_worthy;
- verdicts given the gold claims (not the extracted ones): accuracy and macro-F1 of the suggestion
  against the gold verdict, beside the majority-class baseline;
- seconds for the article and tokens per stage.

Prints one JSON line. Example:

    .venv/bin/python benchmarks/claims_demo.py --llm local            # the default 1.5B model
    .venv/bin/python benchmarks/claims_demo.py --llm local:qwen2.5-0.5b
"""

from __future__ import annotations

import os

os.environ.setdefault("HF_HUB_OFFLINE", "1")

import argparse
import json
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
GOLD = ROOT / "evals" / "datasets" / "demo_claims.jsonl"
SAMPLE = ROOT / "corpus" / "sample"


def log(*parts: object) -> None:
    print(*parts, file=sys.stderr, flush=True)


def macro_f1(gold: list[str], predicted: list[str], labels: tuple[str, ...]) -> float:
    scores = []
    for label in labels:
        tp = sum(g == p == label for g, p in zip(gold, predicted))
        fp = sum(p == label and g != label for g, p in zip(gold, predicted))
        fn = sum(g == label and p != label for g, p in zip(gold, predicted))
        scores.append(0.0 if tp == 0 else 2 * tp / (2 * tp + fp + fn))
    return float(np.mean(scores))


def auc(labels: list[int], scores: list[float]) -> float:
    pos = [s for lab, s in zip(labels, scores) if lab]
    neg = [s for lab, s in zip(labels, scores) if not lab]
    if not pos or not neg:
        return float("nan")
    wins = sum((p > n) + 0.5 * (p == n) for p in pos for n in neg)
    return wins / (len(pos) * len(neg))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--llm", default="local", help="chat model spec (default: local)")
    parser.add_argument("--home", help="data directory to use (default: a fresh temporary one)")
    parser.add_argument("--skip-verdicts", action="store_true", help="only measure extraction")
    args = parser.parse_args()

    from workbench import pipeline
    from workbench.checking import Checker, open_llm
    from workbench.index.embedder import get_embedder
    from workbench.records import Claim, Span
    from workbench.settings import Settings
    from workbench.verdicts import retrieve_evidence, suggest_verdict

    home = Path(args.home or tempfile.mkdtemp(prefix="claims-demo-"))
    settings = Settings(home=home, _env_file=None)
    embedder = get_embedder(settings)
    pipeline.ingest([str(SAMPLE / "sources")], settings, embedder=embedder)
    checker = Checker(settings, llm=open_llm(settings, args.llm), embedder=embedder)
    log(f"checking the demo article with {checker.llm.label} ...")
    started = time.perf_counter()
    report = checker.check(
        SAMPLE / "article.txt",
        progress=lambda e: log(f"  {e.stage} {e.done}/{e.total}") if e.stage in ("extract", "verdict") else None,
    )
    seconds = time.perf_counter() - started

    text = (SAMPLE / "article.txt").read_text()
    gold = [json.loads(line) for line in GOLD.read_text().splitlines() if line.strip()]
    for g in gold:
        start = text.find(g["article_span"])
        g["span"] = (start, start + len(g["article_span"]))
    worthy_gold = [g for g in gold if g["check_worthy"]]
    extracted = [c for c in report.claims if c.check_worthy]

    # extraction: one-to-one greedy matching
    g_vec = embedder.embed([g["claim"] for g in worthy_gold])
    e_vec = embedder.embed([c.text for c in extracted]) if extracted else np.zeros((0, g_vec.shape[1]))
    sims = e_vec @ g_vec.T
    pairs = []
    for i, c in enumerate(extracted):
        for j, g in enumerate(worthy_gold):
            overlap = c.span is not None and c.span.start < g["span"][1] and g["span"][0] < c.span.end
            if sims[i, j] >= 0.70 or (overlap and sims[i, j] >= 0.60):
                pairs.append((float(sims[i, j]), i, j))
    used_e, used_g, matches = set(), set(), []
    for sim, i, j in sorted(pairs, reverse=True):
        if i not in used_e and j not in used_g:
            used_e.add(i), used_g.add(j), matches.append((i, j, sim))
    precision = len(matches) / len(extracted) if extracted else 0.0
    recall = len(matches) / len(worthy_gold)
    f1 = 0.0 if not matches else 2 * precision * recall / (precision + recall)
    valid_spans = sum(c.span is not None and "unaligned_span" not in c.flags for c in report.claims) / max(
        1, len(report.claims)
    )

    # check-worthiness ranking over every gold item's place in the article
    def place_score(g: dict) -> float:
        best, score = 0, 0.0
        for c in report.claims:
            if c.span is None:
                continue
            overlap = min(c.span.end, g["span"][1]) - max(c.span.start, g["span"][0])
            if overlap > best:
                best, score = overlap, (c.check_worthiness if c.check_worthy else c.check_worthiness * 0.5)
        return score

    worthiness_auc = auc([int(g["check_worthy"]) for g in gold], [place_score(g) for g in gold])

    result: dict = {
        "benchmark": "claims_demo",
        "model": checker.llm.label,
        "article_seconds": round(seconds, 1),
        "extraction": {
            "extracted_check_worthy": len(extracted),
            "gold_check_worthy": len(worthy_gold),
            "matched": len(matches),
            "precision": round(precision, 3),
            "recall": round(recall, 3),
            "f1": round(f1, 3),
            "valid_span_share": round(valid_spans, 3),
            "check_worthiness_auc": round(worthiness_auc, 3),
            "failures": len([f for f in report.failures if f.stage == "extract"]),
        },
        "tokens": {
            stage: {"calls": u.calls, "input": u.input_tokens, "output": u.output_tokens, "seconds": u.seconds}
            for stage, u in report.usage.items()
        },
    }

    if not args.skip_verdicts:
        labels = ("supported", "disputed", "unverified")
        gold_labels, predicted, failed = [], [], 0
        started = time.perf_counter()
        prompt = checker.prompts["suggest_verdict"]
        for g in worthy_gold:
            claim = Claim(
                id=g["id"],
                article_id=report.article.id,
                text=g["claim"],
                span=Span(start=g["span"][0], end=g["span"][1]),
                check_worthiness=1.0,
            )
            evidence = retrieve_evidence(claim, checker.searcher, k=settings.evidence_k)
            suggestion, _ = suggest_verdict(
                claim, evidence, checker.llm, prompt, max_passages=settings.verdict_passages
            )
            gold_labels.append(g["verdict"])
            predicted.append(suggestion.label if suggestion else "unverified")
            failed += suggestion is None
            log(f"  {g['id']} gold={g['verdict']} suggested={predicted[-1]}")
        majority = Counter(gold_labels).most_common(1)[0][0]
        result["verdicts_given_gold_claims"] = {
            "n": len(gold_labels),
            "accuracy": round(sum(a == b for a, b in zip(gold_labels, predicted)) / len(gold_labels), 3),
            "macro_f1": round(macro_f1(gold_labels, predicted, labels), 3),
            "majority_baseline": {
                "label": majority,
                "accuracy": round(gold_labels.count(majority) / len(gold_labels), 3),
                "macro_f1": round(macro_f1(gold_labels, [majority] * len(gold_labels), labels), 3),
            },
            "predicted_distribution": dict(Counter(predicted)),
            "failures": failed,
            "seconds_per_claim": round((time.perf_counter() - started) / len(gold_labels), 1),
        }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
