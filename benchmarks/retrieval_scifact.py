"""Retrieval quality on BEIR SciFact (test split): nDCG@10 and Recall@100 for dense, BM25 and hybrid.

The 5,183 abstracts go through the real ingest pipeline (loader, chunker, embedder, Chroma,
BM25) as one JSONL file whose lines carry ``url = "scifact:<_id>"``; that url comes back on
every ``Evidence`` and maps chunks to BEIR documents. Documents are ranked by their best chunk
(first occurrence in the chunk ranking).

nDCG@10 of the hybrid mode is computed from a search with a small ``k`` (``--k-ndcg`` chunks),
so that ``search_depth`` (candidates per retriever, ``max(search_depth, k)`` in the code) is the
one being tuned; Recall@100 needs ``--k-recall`` chunks (300), which forces the depth to 300.
Dense-only and BM25-only rankings do not depend on the depth, so one search serves both metrics.

Prints one JSON line on stdout; progress goes to stderr. Reuse an ingested store with
``--home DIR`` (the ingest is skipped when the store has chunks) to try fusion settings quickly.
"""

from __future__ import annotations

import os

os.environ.setdefault("HF_HUB_OFFLINE", "1")

import argparse
import json
import math
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DATA = Path(__file__).resolve().parents[2] / "shared" / "datasets" / "scifact" / "beir"
URL_PREFIX = "scifact:"
META = "scifact_benchmark.json"  # chunking settings the store was built with
MODES = {"dense": "dense", "bm25": "lexical", "hybrid": "hybrid"}


def log(*parts: object) -> None:
    print(*parts, file=sys.stderr, flush=True)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument(
        "--data", type=Path, default=DATA, help="BEIR SciFact folder (corpus.jsonl, queries.test.jsonl, qrels/test.tsv)"
    )
    p.add_argument("--home", type=Path, default=None, help="WORKBENCH_HOME to use/reuse (default: a new temp dir)")
    p.add_argument("--rrf-k", type=int, default=None, help="override Settings.rrf_k")
    p.add_argument("--depth", type=int, default=None, help="override Settings.search_depth (candidates per retriever)")
    p.add_argument("--dense-weight", type=float, default=None, help="override Settings.dense_weight")
    p.add_argument("--lexical-weight", type=float, default=None, help="override Settings.lexical_weight")
    p.add_argument("--chunk-tokens", type=int, default=None, help="override Settings.chunk_tokens (needs a fresh home)")
    p.add_argument(
        "--chunk-overlap", type=int, default=None, help="override Settings.chunk_overlap (needs a fresh home)"
    )
    p.add_argument(
        "--k-ndcg", type=int, default=40, help="chunks requested for the hybrid nDCG@10 ranking (default 40)"
    )
    p.add_argument("--k-recall", type=int, default=300, help="chunks requested to collect 100 documents (default 300)")
    p.add_argument("--modes", default="dense,bm25,hybrid", help="comma list of dense,bm25,hybrid")
    p.add_argument(
        "--per-query", type=Path, default=None, help="write per-query scores (JSONL) here, for paired comparisons"
    )
    p.add_argument("--limit", type=int, default=None, help="only the first N queries (smoke test)")
    return p.parse_args(argv)


def load_qrels(path: Path) -> dict[str, dict[str, int]]:
    qrels: dict[str, dict[str, int]] = {}
    with path.open() as fh:
        next(fh)  # header
        for line in fh:
            qid, did, score = line.rstrip("\n").split("\t")
            qrels.setdefault(qid, {})[did] = int(score)
    return qrels


def ndcg_at(ranked: list[str], rels: dict[str, int], k: int = 10) -> float:
    """BEIR / pytrec_eval ndcg_cut: linear gain, log2(rank + 1) discount."""
    dcg = sum(rels.get(d, 0) / math.log2(i + 2) for i, d in enumerate(ranked[:k]))
    ideal = sorted((r for r in rels.values() if r > 0), reverse=True)[:k]
    idcg = sum(r / math.log2(i + 2) for i, r in enumerate(ideal))
    return dcg / idcg if idcg > 0 else 0.0


def recall_at(ranked: list[str], rels: dict[str, int], k: int = 100) -> float:
    relevant = {d for d, r in rels.items() if r > 0}
    return len(relevant & set(ranked[:k])) / len(relevant) if relevant else 0.0


def doc_ranking(evidence: list) -> list[str]:
    seen: dict[str, None] = {}
    for ev in evidence:
        url = ev.url or ""
        if url.startswith(URL_PREFIX):
            seen.setdefault(url[len(URL_PREFIX) :], None)
    return list(seen)


def write_corpus(corpus: Path, out: Path) -> int:
    n = 0
    with corpus.open() as src, out.open("w") as dst:
        for line in src:
            if not line.strip():
                continue
            row = json.loads(line)
            title, abstract = row.get("title", "").strip(), row.get("text", "").strip()
            text = f"{title}\n\n{abstract}" if title else abstract
            dst.write(json.dumps({"text": text, "title": title or None, "url": f"{URL_PREFIX}{row['_id']}"}) + "\n")
            n += 1
    return n


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    from workbench import pipeline
    from workbench.index.embedder import get_embedder
    from workbench.index.search import Searcher
    from workbench.index.vectors import VectorStore
    from workbench.settings import Settings

    home = args.home or Path(tempfile.mkdtemp(prefix="wb-scifact-"))
    overrides = {
        "rrf_k": args.rrf_k,
        "search_depth": args.depth,
        "dense_weight": args.dense_weight,
        "lexical_weight": args.lexical_weight,
        "chunk_tokens": args.chunk_tokens,
        "chunk_overlap": args.chunk_overlap,
    }
    settings = Settings(home=home, _env_file=None, **{k: v for k, v in overrides.items() if v is not None})
    log(f"home: {home}")

    vectors = VectorStore(settings)
    ingest_seconds = None
    if vectors.count() == 0:
        tmp = Path(tempfile.mkdtemp(prefix="wb-scifact-src-")) / "scifact.jsonl"
        n_docs = write_corpus(args.data / "corpus.jsonl", tmp)
        log(f"ingesting {n_docs} abstracts through pipeline.ingest ...")
        last = [0.0]

        def progress(ev) -> None:
            now = time.perf_counter()
            if ev.stage != "load" and (now - last[0] > 15 or ev.done == ev.total):
                last[0] = now
                log(f"  {ev.stage}: {ev.done}/{ev.total} {ev.unit}")

        report = pipeline.ingest([tmp], settings, kind="evidence", progress=progress, vectors=vectors)
        ingest_seconds = report.seconds
        if report.failures:
            log(f"  {len(report.failures)} load failures, first: {report.failures[0]}")
        log(f"  ingest: {len(report.added)} docs, {report.chunks_added} chunks in {report.seconds:.1f} s")
        (home / META).write_text(
            json.dumps(
                {
                    "chunk_tokens": settings.chunk_tokens,
                    "chunk_overlap": settings.chunk_overlap,
                    "ingest_seconds": ingest_seconds,
                }
            )
        )
    else:
        log(f"reusing store with {vectors.count()} chunks (ingest skipped)")
    chunks = vectors.count()
    built_with = json.loads((home / META).read_text()) if (home / META).exists() else {}

    qrels = load_qrels(args.data / "qrels" / "test.tsv")
    queries = [json.loads(line) for line in (args.data / "queries.test.jsonl").open() if line.strip()]
    queries = [q for q in queries if q["_id"] in qrels][: args.limit]

    searcher = Searcher(settings, vectors=vectors, embedder=get_embedder(settings))
    searcher.lexical()  # load (or build) BM25 before the loop
    modes = [m.strip() for m in args.modes.split(",") if m.strip()]
    scores = {m: {"ndcg@10": [], "recall@100": []} for m in modes}
    short = {m: 0 for m in modes}  # queries whose ranking ran out before 100 documents
    started = time.perf_counter()
    for i, q in enumerate(queries, start=1):
        rels = qrels[q["_id"]]
        for name in modes:
            mode = MODES[name]
            docs = doc_ranking(searcher.search(q["text"], k=args.k_recall, mode=mode))
            if len(docs) < 100:
                short[name] += 1
            top = docs
            if mode == "hybrid":
                top = doc_ranking(searcher.search(q["text"], k=args.k_ndcg, mode=mode))
                if len(top) < 10:  # too few distinct documents in k_ndcg chunks: fall back
                    top = docs
            scores[name]["ndcg@10"].append(ndcg_at(top, rels, 10))
            scores[name]["recall@100"].append(recall_at(docs, rels, 100))
        if i % 50 == 0:
            log(f"  {i}/{len(queries)} queries, {time.perf_counter() - started:.0f} s")

    if args.per_query:
        with args.per_query.open("w") as fh:
            for j, q in enumerate(queries):
                row = {"query_id": q["_id"]}
                row.update({f"{m}_{metric}": scores[m][metric][j] for m in modes for metric in scores[m]})
                fh.write(json.dumps(row) + "\n")
    result: dict[str, object] = {"benchmark": "retrieval_scifact", "n_queries": len(queries)}
    for name in modes:
        result[name] = {metric: round(sum(v) / len(v), 4) for metric, v in scores[name].items()}
        if short[name]:
            result[name]["queries_under_100_docs"] = short[name]  # type: ignore[index]
    result.update(
        ingest_seconds=ingest_seconds,
        chunks=chunks,
        k_ndcg=args.k_ndcg,
        k_recall=args.k_recall,
        settings={
            **{k: getattr(settings, k) for k in ("chunk_tokens", "chunk_overlap")},
            **{k: v for k, v in built_with.items() if k in ("chunk_tokens", "chunk_overlap")},  # what the store holds
            **{k: getattr(settings, k) for k in ("rrf_k", "search_depth", "dense_weight", "lexical_weight")},
        },
        home=str(home),
    )
    print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
