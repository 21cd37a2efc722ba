"""Speed of the trained verifier's stage against the bare model on the same pairs, on the demo.

Each demo gold claim gets the real hybrid retrieval (``WORKBENCH_EVIDENCE_K`` passages, 5 by
default) over the 40 demo briefs; then, alternating and in the same process:
- stage: ``Verifier.judge`` for every claim (windowing, stance model, aggregation, rationale);
- bare:  the model's tokenizer + forward pass on exactly the pairs the stage judged, in the
  runtime the stage uses (``WORKBENCH_MODEL_RUNTIME``, ONNX Runtime by default);
- torch: the same bare forward pass of the weights in torch, the runtime before ONNX
  (``torch_speedup``: how many times faster the stage's runtime is).
Prints one JSON line: pairs/s of each, their ratio (target >= 0.8), seconds per claim (target
<= 1 s with 5 passages) and the whole verdict stage of the demo's claims (target <= 15 s), plus
peak RSS of this process.

    .venv/bin/python benchmarks/verifier_speed.py [--repeats 3] [--threads 2]
"""

from __future__ import annotations

import os

os.environ.setdefault("HF_HUB_OFFLINE", "1")

import argparse
import json
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def log(*parts: object) -> None:
    print(*parts, file=sys.stderr, flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--threads", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--home", help="data directory (default: a fresh temporary one)")
    args = parser.parse_args()

    from workbench import pipeline
    from workbench.index.search import Searcher
    from workbench.records import Claim
    from workbench.settings import Settings
    from workbench.verdicts import retrieve_evidence
    from workbench.verifier.model import StanceModel
    from workbench.verifier.verify import load_verifier

    home = Path(args.home or tempfile.mkdtemp(prefix="wb-verifier-bench-"))
    settings = Settings(home=home, threads=args.threads, _env_file=None)
    pipeline.ingest([str(ROOT / "corpus" / "sample" / "sources")], settings, kind="evidence")
    searcher = Searcher(settings)
    rows = [
        json.loads(line)
        for line in (ROOT / "evals" / "datasets" / "demo_claims.jsonl").read_text().splitlines()
        if line.strip()
    ]
    claims = [
        Claim(id=r["id"], article_id="bench", text=r["claim"], check_worthiness=1.0) for r in rows if r.get("verdict")
    ]
    evidence = {c.id: retrieve_evidence(c, searcher, k=settings.evidence_k) for c in claims}
    verifier = load_verifier(settings)
    pairs = [(c.text, w.text) for c in claims for _, w in verifier.windows(evidence[c.id])]
    log(f"{len(claims)} claims, {len(pairs)} (claim, window) pairs, {settings.evidence_k} passages a claim")
    torch_model = StanceModel(verifier.model.folder, threads=args.threads, runtime="torch")
    verifier.model.forward_only(pairs[:32])  # warm up
    torch_model.forward_only(pairs[:32])

    stage, bare, torch_bare = [], [], []
    for r in range(args.repeats):
        t = time.perf_counter()
        verifier.model.forward_only(pairs)
        bare.append(time.perf_counter() - t)
        t = time.perf_counter()
        for c in claims:
            verifier.judge(c, evidence[c.id])
        stage.append(time.perf_counter() - t)
        t = time.perf_counter()
        torch_model.forward_only(pairs)
        torch_bare.append(time.perf_counter() - t)
        log(f"repeat {r + 1}: bare {bare[-1]:.2f} s, stage {stage[-1]:.2f} s, bare torch {torch_bare[-1]:.2f} s")
    t_stage, t_bare, t_torch = statistics.median(stage), statistics.median(bare), statistics.median(torch_bare)
    print(
        json.dumps(
            {
                "benchmark": "verifier_speed",
                "claims": len(claims),
                "pairs": len(pairs),
                "passages_per_claim": settings.evidence_k,
                "threads": args.threads,
                "verifier": verifier.label,
                "runtime": verifier.model.runtime,
                "stage_pairs_per_s": round(len(pairs) / t_stage, 1),
                "bare_pairs_per_s": round(len(pairs) / t_bare, 1),
                "ratio": round(t_bare / t_stage, 3),
                "torch_bare_pairs_per_s": round(len(pairs) / t_torch, 1),
                "torch_speedup": round(t_torch / t_stage, 2),
                "seconds_per_claim": round(t_stage / len(claims), 3),
                "demo_verdict_stage_s": round(t_stage, 2),
                "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
            }
        )
    )


if __name__ == "__main__":
    main()
