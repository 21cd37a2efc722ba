"""How long OpenMP threads spin before they sleep, on a quiet machine and beside busy processes.

workbench/__init__.py sets ``GOMP_SPINCOUNT=500`` unless the user chose a policy. This benchmark is
the measurement behind it: the same 46-token completion of the default local model (1.5B,
2 threads), each configuration in a fresh process (libgomp reads the setting once, at load), the
median of 3 timed completions after a warm-up; first with the machine as it is, then beside
``--busy`` processes that each spin one core. Ratios are against ``OMP_WAIT_POLICY=PASSIVE`` in
the same condition of the same run (the machine is shared and noisy).

    .venv/bin/python benchmarks/openmp_spin.py            # about 3 minutes

Prints one JSON line; progress goes to stderr.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CONFIGS = {
    "passive": {"OMP_WAIT_POLICY": "PASSIVE"},
    "libgomp_default": {"GOMP_SPINCOUNT": "300000"},
    "workbench_spin_500": {"GOMP_SPINCOUNT": "500"},
}
PROMPT = (
    "Split into checkable claims as JSON: The Russian Defence Ministry said on 9 December 2017 that a US F-22 "
    "fired flares near Mayadin while two Su-25s escorted a convoy."
)

CHILD = """
import json, statistics, sys, time
from llama_cpp import Llama
llm = Llama(model_path=sys.argv[1], n_ctx=2048, n_threads=2, n_threads_batch=2, use_mmap=False, verbose=False)
messages = [{"role": "user", "content": sys.argv[2]}]
times = []
for _ in range(4):
    llm.reset()
    started = time.perf_counter()
    llm.create_chat_completion(messages=messages, temperature=0, seed=0, max_tokens=46)
    times.append(time.perf_counter() - started)
print(json.dumps(statistics.median(times[1:])))
"""


def _spin() -> None:
    while True:
        pass


def completion_s(model: Path, env: dict[str, str]) -> float:
    clean = {k: v for k, v in os.environ.items() if k not in ("OMP_WAIT_POLICY", "GOMP_SPINCOUNT")}
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(model), PROMPT],
        env=clean | env,
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
    )
    return round(float(out.stdout.strip().splitlines()[-1]), 2)


def measure(model: Path) -> dict[str, float]:
    result = {}
    for name, env in CONFIGS.items():
        result[name] = completion_s(model, env)
        print(f"  {name}: {result[name]} s", file=sys.stderr, flush=True)
    return result


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--busy", type=int, default=4, help="processes spinning a core each, for the busy condition")
    args = parser.parse_args(argv)
    from workbench.llm.pull import resolve_local_model
    from workbench.settings import Settings

    model = resolve_local_model(Settings())
    load_before = round(os.getloadavg()[0], 2)
    print("as the machine is", file=sys.stderr)
    quiet = measure(model)
    busy_workers = [multiprocessing.Process(target=_spin, daemon=True) for _ in range(args.busy)]
    for worker in busy_workers:
        worker.start()
    time.sleep(1)
    try:
        print(f"beside {args.busy} busy processes", file=sys.stderr)
        busy = measure(model)
    finally:
        for worker in busy_workers:
            worker.terminate()

    def ratios(figures: dict[str, float]) -> dict[str, float]:
        return {k: round(v / figures["passive"], 2) for k, v in figures.items()}

    print(
        json.dumps(
            {
                "benchmark": "openmp_spin",
                "completion_tokens": 46,
                "load_before": load_before,
                "as_is_s": quiet,
                "as_is_ratio_to_passive": ratios(quiet),
                f"beside_{args.busy}_busy_s": busy,
                f"beside_{args.busy}_busy_ratio_to_passive": ratios(busy),
            }
        )
    )


if __name__ == "__main__":
    main()
