"""Search latency on a large store: hybrid ``Searcher.search(q, k=8)`` over --n-chunks synthetic chunks.

The store is synthetic but shaped like a real one: chunks of ~150 words drawn (seeded) from a
fixed vocabulary of pseudo-words with a Zipf-like frequency, the metadata that
``pipeline.chunk_metadata`` writes, and random unit vectors (384-d float32) written straight to
Chroma with ``VectorStore.upsert``; then ``rebuild_lexical`` builds BM25. The real embedder
embeds the queries (3-8 vocabulary words); model load and warm-up are not timed.

Timed: ``--queries`` unfiltered hybrid searches and ``--filtered-queries`` searches with
``SearchFilters(kind="evidence", exclude_doc_ids=[one doc])``. Each search is also broken down
into its parts (query embedding, Chroma query, BM25, Chroma get, generation/count checks) by
wrapping the Searcher's collaborators. Prints one JSON line; progress goes to stderr.
Target: p95 < 100 ms. Reuse a built store with ``--home DIR``.
"""

from __future__ import annotations

import os

os.environ.setdefault("HF_HUB_OFFLINE", "1")

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from stage_timer import StageTimer

DIM = 384
CHUNKS_PER_DOC = 4
OUTLETS = ["Reuters", "AP", "BBC", "Guardian", "NYT", "WHO", "CDC", "ONS", "Eurostat", "FullFact"]


def log(*parts: object) -> None:
    print(*parts, file=sys.stderr, flush=True)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--n-chunks", type=int, default=100_000, help="chunks in the store (default 100000)")
    p.add_argument("--words", type=int, default=150, help="words per chunk (default 150)")
    p.add_argument("--vocab", type=int, default=4000, help="vocabulary size (default 4000)")
    p.add_argument("--queries", type=int, default=200, help="unfiltered hybrid searches to time (default 200)")
    p.add_argument("--filtered-queries", type=int, default=100, help="filtered searches to time (default 100)")
    p.add_argument("--k", type=int, default=8, help="passages per search (default 8)")
    p.add_argument("--batch", type=int, default=5000, help="chunks per upsert call while building (default 5000)")
    p.add_argument("--seed", type=int, default=7)
    p.add_argument(
        "--threads", type=int, default=None, help="override Settings.threads (torch threads for the query embedding)"
    )
    p.add_argument(
        "--home", type=Path, default=None, help="WORKBENCH_HOME; a store already holding --n-chunks is reused"
    )
    return p.parse_args(argv)


def make_vocab(rng: np.random.Generator, size: int) -> list[str]:
    onsets = list("bcdfghjklmnprstvwz") + ["br", "ch", "cl", "dr", "fl", "gr", "pl", "qu", "sh", "st", "th", "tr"]
    vowels = ["a", "e", "i", "o", "u", "ai", "ea", "ou", "io"]
    codas = ["", "", "n", "r", "s", "t", "l", "m", "nd", "st"]
    words: dict[str, None] = {}
    while len(words) < size:
        n = int(rng.integers(1, 4))
        w = "".join(
            onsets[rng.integers(len(onsets))] + vowels[rng.integers(len(vowels))] + codas[rng.integers(len(codas))]
            for _ in range(n)
        )
        if len(w) >= 3:
            words.setdefault(w, None)
    return list(words)


def zipf_p(size: int, s: float = 1.0) -> np.ndarray:
    p = 1.0 / np.arange(1, size + 1) ** s
    return p / p.sum()


def build_store(args: argparse.Namespace, settings, vectors, vocab: list[str], p: np.ndarray) -> dict[str, float]:
    from workbench.index.search import date_int, rebuild_lexical

    rng = np.random.default_rng(args.seed + 1)
    words = np.array(vocab)
    vectors.begin_write()
    t0 = time.perf_counter()
    for start in range(0, args.n_chunks, args.batch):
        n = min(args.batch, args.n_chunks - start)
        tokens = words[rng.choice(len(vocab), size=(n, args.words), p=p)]
        texts = [" ".join(row) for row in tokens]
        vecs = rng.standard_normal((n, DIM)).astype(np.float32)
        vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
        ids, metas = [], []
        for j, text in enumerate(texts):
            g = start + j
            d, index = divmod(g, CHUNKS_PER_DOC)
            doc_id = f"{d:016x}"
            date = f"{2015 + d % 11}-{1 + d % 12:02d}-{1 + d % 28:02d}"
            ids.append(f"{doc_id}:{index}")
            metas.append(
                {
                    "doc_id": doc_id,
                    "title": f"Document {d}",
                    "kind": "article" if d % 10 == 0 else "evidence",
                    "source": f"corpus/doc{d}.md",
                    "outlet": OUTLETS[d % len(OUTLETS)],
                    "date": date,
                    "date_int": date_int(date),
                    "url": None,
                    "genre": None,
                    "index": index,
                    "n_chunks": CHUNKS_PER_DOC,
                    "start": index * 900,
                    "end": index * 900 + len(text),
                    "n_tokens": args.words + args.words // 3,
                }
            )
        vectors.upsert(ids, vecs, texts, metas)
        done = start + n
        elapsed = time.perf_counter() - t0
        log(f"  upserted {done}/{args.n_chunks} chunks, {elapsed:.0f} s ({done / elapsed:.0f}/s)")
    upsert_s = time.perf_counter() - t0
    t1 = time.perf_counter()
    rebuild_lexical(vectors, settings)
    bm25_s = time.perf_counter() - t1
    log(f"  BM25 rebuilt in {bm25_s:.1f} s")
    return {
        "upsert_seconds": round(upsert_s, 1),
        "bm25_seconds": round(bm25_s, 1),
        "total_seconds": round(upsert_s + bm25_s, 1),
    }


def summarize(times_ms: list[float], parts: list[dict[str, float]]) -> dict[str, object]:
    a = np.array(times_ms)
    names = sorted({k for p in parts for k in p})
    mean_parts = {n: round(1000 * float(np.mean([p.get(n, 0.0) for p in parts])), 2) for n in names}
    p95_parts = {n: round(1000 * float(np.percentile([p.get(n, 0.0) for p in parts], 95)), 2) for n in names}
    mean_parts["rest"] = round(float(a.mean()) - sum(v for k, v in mean_parts.items() if k != "chroma_count"), 2)
    return {
        "n": len(times_ms),
        "p50_ms": round(float(np.percentile(a, 50)), 2),
        "p95_ms": round(float(np.percentile(a, 95)), 2),
        "mean_ms": round(float(a.mean()), 2),
        "max_ms": round(float(a.max()), 2),
        "breakdown_mean_ms": mean_parts,
        "breakdown_p95_ms": p95_parts,
    }


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    from workbench.index.embedder import get_embedder
    from workbench.index.search import Searcher
    from workbench.index.vectors import VectorStore
    from workbench.records import SearchFilters
    from workbench.settings import Settings

    home = args.home or Path(tempfile.mkdtemp(prefix="wb-latency-"))
    settings = Settings(home=home, _env_file=None, **({"threads": args.threads} if args.threads else {}))
    log(f"home: {home}")
    rng = np.random.default_rng(args.seed)
    vocab = make_vocab(rng, args.vocab)
    p = zipf_p(len(vocab))

    vectors = VectorStore(settings)
    build: dict[str, float] | None = None
    if vectors.count() == args.n_chunks:
        log(f"reusing store with {args.n_chunks} chunks")
    else:
        if vectors.count():
            vectors.reset()
        log(f"building a store of {args.n_chunks} synthetic chunks ...")
        build = build_store(args, settings, vectors, vocab, p)

    embedder = get_embedder(settings)  # model load: not timed
    searcher = Searcher(settings, vectors=vectors, embedder=embedder)
    t = time.perf_counter()
    lexical = searcher.lexical()
    lexical_load_s = time.perf_counter() - t

    qrng = np.random.default_rng(args.seed + 2)

    def query() -> str:
        n = int(qrng.integers(3, 9))
        return " ".join(vocab[i] for i in qrng.choice(len(vocab), size=n, p=p))

    for _ in range(5):  # warm-up: model, Chroma caches, BM25 arrays
        searcher.search(query(), k=args.k)
        searcher.search(query(), k=args.k, filters=SearchFilters(kind="evidence"))

    n_docs = max(1, args.n_chunks // CHUNKS_PER_DOC)
    hybrid_qs = [(query(), None) for _ in range(args.queries)]
    filtered_qs = [
        (query(), SearchFilters(kind="evidence", exclude_doc_ids=[f"{int(qrng.integers(n_docs)):016x}"]))
        for _ in range(args.filtered_queries)
    ]

    bd = StageTimer()
    bd.wrap(embedder, "embed_query", "embed_query")
    # VectorStore.query (text + metadata of every candidate, with a count() first) became query_ids
    # (ids only); wrap whichever this version has.
    for attr in ("query", "query_ids"):
        if hasattr(vectors, attr):
            bd.wrap(vectors, attr, "chroma_query")
    bd.wrap(vectors, "get", "chroma_get")
    bd.wrap(vectors, "generation", "chroma_generation")
    bd.wrap(vectors, "count", "chroma_count")  # inside the old VectorStore.query and the staleness check
    bd.wrap(lexical, "search", "bm25")

    def run(queries: list, label: str) -> dict[str, object]:
        times, parts = [], []
        for i, (q, filters) in enumerate(queries):
            bd.take()
            t = time.perf_counter()
            hits = searcher.search(q, k=args.k, filters=filters)
            times.append(1000 * (time.perf_counter() - t))
            parts.append(bd.take())
            if len(hits) != args.k:
                log(f"  WARNING: {len(hits)} hits for {q!r}")
            if (i + 1) % 50 == 0:
                log(f"  {label}: {i + 1}/{len(queries)}, p50 so far {np.median(times):.1f} ms")
        return summarize(times, parts)

    hybrid = run(hybrid_qs, "hybrid")
    filtered = run(filtered_qs, "filtered")
    result = {
        "benchmark": "search_latency",
        "n_chunks": vectors.count(),
        "k": args.k,
        "search_depth": settings.search_depth,
        "hybrid": hybrid,
        "filtered": filtered,
        "build": build,
        "threads": settings.threads,
        "lexical_load_seconds": round(lexical_load_s, 2),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "target_p95_ms": 100,
        "home": str(home),
    }
    print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
