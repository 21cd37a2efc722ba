"""Review requests over the HTTP API under load: 8 concurrent clients x 100 reviews each, over loopback.

A fresh home gets one article with 40 claims (written straight to the store: no model is needed to
review). Then the real server runs in a subprocess (``workbench serve`` on a free 127.0.0.1 port,
``WORKBENCH_LLM=mock``), with eight named API tokens, one per client, so every review is recorded
under its client's name. Each client is a thread with its own keep-alive connection that sends its
requests one after another: ``POST /api/claims/{id}/reviews`` with a label and a note, on the claims
in turn.

- ``reviews``: latency of each review request (p50/p95/max), errors (anything but 201), and the
  review events in the database afterwards (should be clients x requests).
- ``baseline``: the same clients sending ``GET /api/jobs`` (an authenticated request that reads one
  small table) the same number of times, in the same run; ``ratio_p95`` divides the reviews' p95 by
  it, which holds up on a loaded machine better than the milliseconds do.

Prints one JSON line. Target (issue 14): 800 events stored, p95 < 200 ms, 0 errors.

    .venv/bin/python benchmarks/api_load.py
    .venv/bin/python benchmarks/api_load.py --clients 16 --requests 50
"""

from __future__ import annotations

import os

os.environ.setdefault("HF_HUB_OFFLINE", "1")

import argparse
import json
import secrets
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from serving import free_port

from workbench.records import Claim, Document, Span
from workbench.settings import Settings
from workbench.store import Store, database_url

LABELS = ("supported", "disputed", "unverified")


def log(*parts: object) -> None:
    print(*parts, file=sys.stderr, flush=True)


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def summary_ms(values: list[float]) -> dict[str, float]:
    ms = [v * 1000 for v in values]
    return {
        "n": len(ms),
        "p50_ms": round(statistics.median(ms), 1),
        "p95_ms": round(pct(ms, 0.95), 1),
        "max_ms": round(max(ms), 1),
    }


def seed(settings: Settings, n_claims: int) -> list[str]:
    """One article with ``n_claims`` claims; their ids."""
    sentences = [f"The ferry sailed {i + 2} times from pier {i} in May 2023." for i in range(n_claims)]
    text = " ".join(sentences)
    doc = Document.from_text(text, title="Load test", kind="article", source="load-test.txt")
    claims, start = [], 0
    for sentence in sentences:
        start = text.index(sentence, start)
        span = Span(start=start, end=start + len(sentence))
        claims.append(
            Claim(
                id=Claim.make_id(doc.id, sentence),
                article_id=doc.id,
                text=sentence,
                span=span,
                sentence=sentence,
                check_worthiness=0.8,
            )
        )
    with Store(database_url(settings)) as store:
        store.upsert_document(doc)
        store.save_claims(doc.id, claims)
    return [c.id for c in claims]


def load(
    url: str,
    tokens: list[str],
    requests: int,
    send: Callable[[httpx.Client, int], httpx.Response],
    expect: int,
) -> tuple[list[float], list[str], float]:
    """Each token's client sends ``requests`` requests (``send(client, n)``) at once with the others;
    latencies, errors, wall seconds."""
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    start = threading.Barrier(len(tokens))

    def client(token: str) -> None:
        mine, wrong = [], []
        with httpx.Client(base_url=url, headers={"Authorization": f"Bearer {token}"}, timeout=30) as http:
            send(http, -1)  # warm the connection
            start.wait()
            for n in range(requests):
                began = time.perf_counter()
                try:
                    answer = send(http, n)
                    ok, what = answer.status_code == expect, f"{answer.status_code} {answer.text[:200]}"
                except httpx.HTTPError as exc:
                    ok, what = False, repr(exc)
                mine.append(time.perf_counter() - began)
                if not ok:
                    wrong.append(what)
        with lock:
            latencies.extend(mine)
            errors.extend(wrong)

    threads = [threading.Thread(target=client, args=(t,)) for t in tokens]
    began = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return latencies, errors, time.perf_counter() - began


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--requests", type=int, default=100, help="requests per client")
    parser.add_argument("--claims", type=int, default=40)
    args = parser.parse_args()

    home = Path(tempfile.mkdtemp(prefix="api-load-"))
    settings = Settings(home=home, _env_file=None)
    claim_ids = seed(settings, args.claims)
    names = [f"reviewer{n}" for n in range(1, args.clients + 1)]
    tokens = [secrets.token_urlsafe(24) for _ in names]
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    env = {k: v for k, v in os.environ.items() if not k.startswith("WORKBENCH_")} | {
        "WORKBENCH_HOME": str(home),
        "WORKBENCH_LLM": "mock",
        "WORKBENCH_API_TOKENS": ",".join(f"{n}:{t}" for n, t in zip(names, tokens, strict=True)),
        "GRADIO_ANALYTICS_ENABLED": "False",
    }
    server_log = open(home / "server.log", "w")  # noqa: SIM115 - the server writes to it until the end
    server = subprocess.Popen(
        [str(Path(sys.executable).with_name("workbench")), "serve", "--port", str(port)],
        cwd=ROOT,
        env=env,
        stdout=server_log,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                if httpx.get(f"{url}/api/jobs", headers={"Authorization": f"Bearer {tokens[0]}"}).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if server.poll() is not None or time.monotonic() > deadline:
                raise SystemExit(f"the server did not start:\n{(home / 'server.log').read_text()}")
            time.sleep(0.3)
        log(f"server up on {url}; {args.clients} clients x {args.requests} requests")

        def get_jobs(http: httpx.Client, n: int) -> httpx.Response:
            return http.get("/api/jobs")

        def review(http: httpx.Client, n: int) -> httpx.Response:
            if n < 0:
                return http.get("/api/jobs")
            claim = claim_ids[n % len(claim_ids)]
            body = {"label": LABELS[n % 3], "note": f"load test {n}"}
            return http.post(f"/api/claims/{claim}/reviews", json=body)

        base_lat, base_err, base_wall = load(url, tokens, args.requests, get_jobs, 200)
        log(f"baseline: {summary_ms(base_lat)}")
        rev_lat, rev_err, rev_wall = load(url, tokens, args.requests, review, 201)
        log(f"reviews: {summary_ms(rev_lat)}, {len(rev_err)} errors")
        with Store(database_url(settings)) as store:
            stored = store.counts()["reviews"]
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
        server_log.close()

    reviews, baseline = summary_ms(rev_lat), summary_ms(base_lat)
    expected = args.clients * args.requests
    print(
        json.dumps(
            {
                "benchmark": "api_load",
                "clients": args.clients,
                "requests_per_client": args.requests,
                "reviews": reviews | {"errors": len(rev_err), "per_s": round(len(rev_lat) / rev_wall, 1)},
                "events_stored": stored,
                "events_expected": expected,
                "baseline_get_jobs": baseline | {"errors": len(base_err), "per_s": round(len(base_lat) / base_wall, 1)},
                "ratio_p95": round(reviews["p95_ms"] / baseline["p95_ms"], 2),
                "first_errors": (rev_err + base_err)[:3],
                "target": "800 events stored, p95 < 200 ms, 0 errors",
                "pass": stored == expected and not rev_err and reviews["p95_ms"] < 200,
            }
        )
    )


if __name__ == "__main__":
    main()
