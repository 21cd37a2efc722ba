"""Ingest throughput: end-to-end ``pipeline.ingest`` against the bare embedding model on the same chunks.

The text is real: the first ``--n-docs`` SciFact abstracts (title + abstract), written to one
JSONL file. The pipeline run (load, chunk, embed, Chroma writes, BM25 build) goes to a fresh
home; the bare encode embeds exactly the chunks the pipeline makes (same loader, same
``chunk_document`` settings) with the embedding model alone, in
the runtime it runs on (``Embedder.encode``; ``WORKBENCH_MODEL_RUNTIME``: ONNX Runtime by default, else
sentence-transformers' ``encode``). The model is loaded and warmed up before either timing. The order
is encode, ingest, encode (``--repeats`` ingests, each followed by an encode), and the mean
encode time is the baseline, so a noisy machine hurts both sides alike.

Prints one JSON line: pipeline and encode chunks/s, their ratio (target >= 0.85), the same ratio
in process CPU seconds (``cpu_ratio``, steadier when other jobs share the cores), peak RSS and
the time spent in each pipeline stage (measured by wrapping the pipeline's collaborators).
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

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from stage_timer import StageTimer

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "datasets" / "scifact" / "beir" / "corpus.jsonl"


def log(*parts: object) -> None:
    print(*parts, file=sys.stderr, flush=True)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--corpus", type=Path, default=CORPUS, help="BEIR corpus.jsonl to take abstracts from")
    p.add_argument(
        "--n-docs",
        type=int,
        default=1000,
        help="abstracts to ingest (default 1000: about 2,250 chunks of ~150 cl100k tokens)",
    )
    p.add_argument("--home", type=Path, default=None, help="parent folder for the fresh homes (default: a temp dir)")
    p.add_argument("--repeats", type=int, default=1, help="pipeline runs, each on a fresh home (default 1)")
    p.add_argument(
        "--threads",
        type=int,
        default=None,
        help="override Settings.threads (torch threads); 1 gives the steadiest cpu_ratio on a busy machine",
    )
    p.add_argument(
        "--profile", action="store_true", help="profile the (first) pipeline run with pyinstrument, to stderr"
    )
    return p.parse_args(argv)


def write_source(corpus: Path, n_docs: int, out: Path) -> int:
    n = 0
    with corpus.open() as src, out.open("w") as dst:
        for line in src:
            if n >= n_docs:
                break
            if not line.strip():
                continue
            row = json.loads(line)
            text = f"{row['title'].strip()}\n\n{row['text'].strip()}"
            dst.write(json.dumps({"text": text, "title": row["title"], "url": f"scifact:{row['_id']}"}) + "\n")
            n += 1
    return n


def cpu_seconds() -> float:
    """User + system CPU time of this process (all threads, Chroma's Rust threads included)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    import chromadb  # noqa: F401 - imported before timing: a one-off cost of the process, not of ingest

    from workbench import pipeline
    from workbench.corpus.chunking import chunk_document
    from workbench.corpus.loaders import load_documents
    from workbench.index import vectors as vectors_mod
    from workbench.index.embedder import get_embedder
    from workbench.records import Document
    from workbench.settings import Settings

    parent = args.home or Path(tempfile.mkdtemp(prefix="wb-ingest-"))
    parent.mkdir(parents=True, exist_ok=True)
    source = Path(tempfile.mkdtemp(prefix="wb-ingest-src-")) / "abstracts.jsonl"
    n_docs = write_source(args.corpus, args.n_docs, source)
    overrides = {"threads": args.threads} if args.threads else {}
    base = Settings(home=parent / "unused", _env_file=None, **overrides)

    docs = [d for d in load_documents([source], base) if isinstance(d, Document)]
    texts = [c.text for d in docs for c in chunk_document(d, base.chunk_tokens, base.chunk_overlap)]
    tokens = [c.n_tokens for d in docs for c in chunk_document(d, base.chunk_tokens, base.chunk_overlap)]
    log(f"{n_docs} abstracts -> {len(texts)} chunks, mean {sum(tokens) / len(tokens):.0f} cl100k tokens")

    embedder = get_embedder(base)
    embedder.encode(texts[:64])  # warm-up

    encode_cpu: list[float] = []
    ingest_cpu: list[float] = []

    def encode_once() -> float:
        t, c = time.perf_counter(), cpu_seconds()
        embedder.encode(texts)  # the model alone, in the runtime it runs on (not the wrapped embed)
        seconds = time.perf_counter() - t
        encode_cpu.append(cpu_seconds() - c)
        log(f"  bare encode: {seconds:.1f} s wall, {encode_cpu[-1]:.1f} s CPU ({len(texts) / seconds:.1f} chunks/s)")
        return seconds

    timer = StageTimer()
    timer.wrap_generator(pipeline, "load_documents", "load")
    timer.wrap(pipeline, "chunk_document", "chunk")
    timer.wrap(embedder, "embed", "embed")
    timer.wrap(pipeline, "rebuild_lexical", "bm25_rebuild")
    timer.wrap(pipeline, "_lexical_stale", "bm25_check")
    for attr, stage in (
        ("__init__", "chroma_open"),
        ("upsert", "chroma_upsert"),
        ("delete_docs", "chroma_delete"),
        ("stored_docs", "chroma_lookup"),
        ("doc_ids_for_sources", "chroma_lookup"),
        ("begin_write", "chroma_lookup"),
    ):
        timer.wrap(vectors_mod.VectorStore, attr, stage)

    encode_seconds = [encode_once()]
    ingest_seconds = []
    chunks_added = 0
    for r in range(args.repeats):
        settings = Settings(home=parent / f"home{r}", _env_file=None, **overrides)
        profiler = None
        if args.profile and r == 0:
            try:
                from pyinstrument import Profiler
            except ImportError:
                sys.exit("--profile needs pyinstrument: .venv/bin/pip install pyinstrument")

            profiler = Profiler(interval=0.005)
            profiler.start()
        t, c = time.perf_counter(), cpu_seconds()
        report = pipeline.ingest([source], settings, kind="evidence", embedder=embedder)
        seconds = time.perf_counter() - t
        ingest_cpu.append(cpu_seconds() - c)
        if profiler is not None:
            profiler.stop()
            log(profiler.output_text(unicode=False, color=False, show_all=False))
        ingest_seconds.append(seconds)
        chunks_added = report.chunks_added
        log(
            f"  pipeline.ingest: {seconds:.1f} s wall, {ingest_cpu[-1]:.1f} s CPU "
            f"({report.chunks_added / seconds:.1f} chunks/s), {len(report.added)} docs"
        )
        encode_seconds.append(encode_once())

    if chunks_added != len(texts):
        log(f"WARNING: pipeline wrote {chunks_added} chunks, bare encode used {len(texts)}")
    encode_mean = sum(encode_seconds) / len(encode_seconds)
    ingest_mean = sum(ingest_seconds) / len(ingest_seconds)
    pipeline_rate = chunks_added / ingest_mean
    encode_rate = len(texts) / encode_mean
    stages = {k: round(v / args.repeats, 2) for k, v in sorted(timer.seconds.items())}
    stages["other"] = round(ingest_mean - sum(stages.values()), 2)
    print(
        json.dumps(
            {
                "benchmark": "ingest",
                "runtime": embedder.runtime,
                "docs": n_docs,
                "chunks": chunks_added,
                "pipeline_chunks_per_s": round(pipeline_rate, 2),
                "encode_chunks_per_s": round(encode_rate, 2),
                "ratio": round(pipeline_rate / encode_rate, 3),
                # The same ratio in CPU seconds: less sensitive to other processes on a shared machine.
                "cpu_ratio": round((sum(encode_cpu) / len(encode_cpu)) / (sum(ingest_cpu) / len(ingest_cpu)), 3),
                "pipeline_cpu_seconds": [round(s, 2) for s in ingest_cpu],
                "encode_cpu_seconds": [round(s, 2) for s in encode_cpu],
                "pipeline_seconds": [round(s, 2) for s in ingest_seconds],
                "encode_seconds": [round(s, 2) for s in encode_seconds],
                "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
                "stages": stages,
                "threads": base.threads,
                "embed_batch_size": base.embed_batch_size,
            }
        ),
        flush=True,
    )


if __name__ == "__main__":
    main()
