"""The demo article checked end to end, and where its time goes.

The 40 demo briefs are ingested first (not timed), into a fresh home whose LLM response cache is
empty; then ``Checker.check`` runs on ``corpus/sample/article.txt`` with the configured model
(default: the local 1.5B) and verifier. Seconds per stage come from the check's own progress
events (first to last event of each stage); LLM calls and prompt/generated tokens from the run's
recorded calls.

Baseline, in the same process and on the same loaded model: bare llama.cpp completions with the
same prompt and generated token counts as each recorded call (a fresh random prompt each time,
so no prefix is reused; end-of-text suppressed so exactly that many tokens are generated). The
ratio check LLM seconds / bare seconds shows what the pipeline adds to the model's own cost
(< 1 when the pipeline reuses prompt prefixes the bare calls cannot).

Prints one JSON line. Target (issue 12): the whole check <= 60 s on this machine.

    .venv/bin/python benchmarks/check_demo.py
    .venv/bin/python benchmarks/check_demo.py --llm local:qwen2.5-0.5b --no-baseline
"""

from __future__ import annotations

import os

os.environ.setdefault("HF_HUB_OFFLINE", "1")

import argparse
import json
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SAMPLE = ROOT / "corpus" / "sample"


def log(*parts: object) -> None:
    print(*parts, file=sys.stderr, flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--llm", default="local", help="chat model spec (default: local, the 1.5B)")
    parser.add_argument("--verifier", default="trained", choices=["trained", "llm", "both"])
    parser.add_argument("--no-baseline", action="store_true", help="skip the bare llama.cpp baseline")
    args = parser.parse_args()

    from workbench import pipeline
    from workbench.checking import Checker
    from workbench.index.embedder import get_embedder
    from workbench.records import ProgressEvent
    from workbench.settings import Settings

    home = Path(tempfile.mkdtemp(prefix="check-demo-"))
    settings = Settings(home=home, llm=args.llm, verifier=args.verifier, _env_file=None)
    embedder = get_embedder(settings)
    log("ingesting the demo briefs ...")
    pipeline.ingest([str(SAMPLE / "sources")], settings, embedder=embedder)

    spans: dict[str, list[float]] = {}
    counts: dict[str, tuple[int, int | None]] = {}

    def progress(event: ProgressEvent) -> None:
        now = time.perf_counter()
        first_last = spans.setdefault(event.stage, [now, now])
        first_last[1] = now
        counts[event.stage] = (event.done, event.total)
        if event.total:
            log(f"  {event.stage}: {event.done}/{event.total} {event.unit}")

    checker = Checker(settings, embedder=embedder)
    log(f"checking the demo article with {settings.llm}, verifier {settings.verifier} ...")
    started = time.perf_counter()
    report = checker.check(SAMPLE / "article.txt", progress=progress)
    seconds = time.perf_counter() - started
    calls = [c for c in checker.store.llm_calls(report.run_id) if not c.cached]
    llm_seconds = sum(c.latency_s for c in calls)

    result = {
        "benchmark": "check_demo",
        "llm": report.model,
        "verifier": settings.verifier,
        "seconds": round(seconds, 1),
        "target_seconds": 60,
        "stages": {stage: round(last - first, 1) for stage, (first, last) in spans.items()},
        "claims": len(report.claims),
        "check_worthy": sum(c.check_worthy for c in report.claims),
        "failures": len(report.failures),
        "llm_calls": len(calls),
        "prompt_tokens": sum(c.input_tokens for c in calls),
        "generated_tokens": sum(c.output_tokens for c in calls),
        "llm_seconds": round(llm_seconds, 1),
    }
    if not args.no_baseline and calls and report.model.startswith("local"):
        bare = _bare_seconds(checker, [(c.input_tokens, c.output_tokens) for c in calls])
        result |= {"bare_llm_seconds": round(bare, 1), "ratio_llm_to_bare": round(llm_seconds / bare, 3)}
    result["peak_rss_gb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e6, 2)
    print(json.dumps(result))


def _bare_seconds(checker, shapes: list[tuple[int, int]]) -> float:
    """Bare completions on the check's own loaded model, one per recorded call, of the same sizes."""
    from workbench.llm.local import load_model

    model = checker.llm.model
    loaded = load_model(model.model_path, model.n_ctx, model.n_threads)
    llama = loaded.llama
    eos = llama.token_eos()
    words = [
        "river",
        "harbour",
        "ministry",
        "bridge",
        "election",
        "vaccine",
        "budget",
        "drought",
        "strike",
        "court",
        "report",
        "aircraft",
    ]
    rng = random.Random(0)
    total = 0.0
    for n_in, n_out in shapes:
        tokens: list[int] = []
        while len(tokens) < n_in:
            tokens += llama.tokenize((" " + rng.choice(words)).encode(), add_bos=False)
        llama.reset()  # no prefix shared with the previous call
        started = time.perf_counter()
        with loaded.lock:
            llama.create_completion(tokens[:n_in], max_tokens=max(1, n_out), temperature=0.0, logit_bias={eos: -1e9})
        total += time.perf_counter() - started
    return total


if __name__ == "__main__":
    main()
