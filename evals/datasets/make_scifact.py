"""Rebuild the shipped SciFact files from ../shared/datasets/scifact (run from the project root).

    .venv/bin/python evals/datasets/make_scifact.py

- scifact_corpus.jsonl: the 5,183 abstracts as workbench documents (title, text, url scifact:ID);
- scifact_claims.jsonl: 200 training claims, label-stratified, seeded (seed 0), with the verdict
  (SUPPORT -> supported, CONTRADICT -> disputed, no evidence -> unverified) and the evidence
  abstracts as document keys; the same sample as benchmarks/verdicts_scifact.py -n 200;
- scifact_queries.jsonl: the 300 BEIR test queries with their relevant (cited) abstracts.
"""

from __future__ import annotations

import csv
import json
import random
from pathlib import Path

SHARED = Path("../shared/datasets/scifact")
OUT = Path("evals/datasets")


def gold_label(row: dict) -> str:
    labels = {r["label"] for rationales in row["evidence"].values() for r in rationales}
    if not labels:
        return "unverified"
    return "supported" if "SUPPORT" in labels else "disputed"


def sample_claims(rows: list[dict], n: int = 200, seed: int = 0) -> list[dict]:
    by_label: dict[str, list[dict]] = {}
    for row in rows:
        by_label.setdefault(gold_label(row), []).append(row)
    rng = random.Random(seed)
    sample: list[dict] = []
    for _, items in sorted(by_label.items()):
        sample += rng.sample(items, min(round(n * len(items) / len(rows)), len(items)))
    rng.shuffle(sample)
    return sample


def write(path: Path, rows: list[dict]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"{path}: {len(rows)} rows")


def main() -> None:
    corpus = [json.loads(line) for line in (SHARED / "beir" / "corpus.jsonl").read_text().splitlines() if line.strip()]
    write(
        OUT / "scifact_corpus.jsonl",
        [{"text": f"{r['title']}\n\n{r['text']}", "title": r["title"], "url": f"scifact:{r['_id']}"} for r in corpus],
    )

    claims = [json.loads(line) for line in (SHARED / "claims_train.jsonl").read_text().splitlines() if line.strip()]
    write(
        OUT / "scifact_claims.jsonl",
        [
            {
                "id": f"scifact-{r['id']}",
                "claim": r["claim"],
                "verdict": gold_label(r),
                "check_worthy": True,
                "evidence": [f"scifact:{d}" for d in sorted(r["evidence"])],
            }
            for r in sample_claims(claims)
        ],
    )

    relevant: dict[str, list[str]] = {}
    with (SHARED / "beir" / "qrels" / "test.tsv").open() as f:
        for row in csv.DictReader(f, delimiter="\t"):
            relevant.setdefault(row["query-id"], []).append(f"scifact:{row['corpus-id']}")
    queries = [
        json.loads(line) for line in (SHARED / "beir" / "queries.test.jsonl").read_text().splitlines() if line.strip()
    ]
    write(
        OUT / "scifact_queries.jsonl",
        [{"id": q["_id"], "query": q["text"], "evidence": relevant[q["_id"]]} for q in queries if q["_id"] in relevant],
    )


if __name__ == "__main__":
    main()
