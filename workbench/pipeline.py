"""Orchestration of the long jobs: ingest now, claim checking later. Resumable and idempotent.

Identity: a document is its source (a file, a URL, a record of a JSONL file; see
``records.Document``), so identical text in two files is two documents and an edit replaces only
the edited file's chunks. A stored copy is current when every chunk carries the document's
``version`` (a hash of its text and fields) and the right chunk count.

Ingest protocol, chosen so that a process killed at any point leaves a store that the next run
repairs: (1) stamp a new generation on the vector store, (2) per batch of documents, delete the
chunks of older or incomplete copies, then upsert the new chunks with ids ``doc_id:index``,
(3) remove documents whose source is gone (a file no longer in an ingested folder, a record no
longer in its JSONL file), (4) rebuild BM25 from Chroma. A document counts as present only when
all of its chunks are, so a half-written one is redone on the next run.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from workbench.corpus.chunking import chunk_document
from workbench.corpus.loaders import is_url, load_documents
from workbench.index.embedder import Embedder, get_embedder
from workbench.index.search import date_int, rebuild_lexical
from workbench.index.vectors import VectorStore
from workbench.records import Chunk, Document, DocumentKind, IngestReport, LoadFailure, ProgressEvent
from workbench.settings import Settings

ProgressCallback = Callable[[ProgressEvent], None]


def _quiet(_: ProgressEvent) -> None:
    return None


def chunk_metadata(doc: Document, chunk: Chunk, n_chunks: int) -> dict[str, Any]:
    return {
        "doc_id": doc.id,
        "title": doc.title,
        "kind": doc.kind,
        "source": doc.source,
        "file": doc.file,
        "record": doc.record,
        "version": doc.version,
        "outlet": doc.outlet,
        "date": doc.date,
        "date_int": date_int(doc.date),
        "url": doc.url,
        "genre": doc.genre,
        "index": chunk.index,
        "n_chunks": n_chunks,
        "start": chunk.start,
        "end": chunk.end,
        "n_tokens": chunk.n_tokens,
    }


def _is_complete(doc: Document, n_chunks: int, stored: list[dict[str, Any]]) -> bool:
    return len(stored) == n_chunks and all(
        m.get("n_chunks") == n_chunks and m.get("version") == doc.version for m in stored
    )


def ingest(
    sources: Iterable[str | Path],
    settings: Settings,
    kind: DocumentKind = "evidence",
    progress: ProgressCallback = _quiet,
    vectors: VectorStore | None = None,
    embedder: Embedder | None = None,
) -> IngestReport:
    """Load, chunk, embed and store ``sources``; bad sources are reported, never fatal."""
    started = time.perf_counter()
    sources = list(sources)
    docs: list[Document] = []
    failures: list[LoadFailure] = []
    for n, item in enumerate(load_documents(sources, settings, kind=kind), start=1):
        if isinstance(item, LoadFailure):
            failures.append(item)
        else:
            docs.append(item)
        progress(ProgressEvent(stage="load", done=n, unit="files"))
    vectors = vectors or VectorStore(settings)
    gone = _gone(sources, docs, failures, vectors)
    report = index_documents(docs, settings, progress, vectors, embedder, remove=gone)
    report.failures = failures
    report.seconds = round(time.perf_counter() - started, 3)
    return report


def _gone(
    sources: Sequence[str | Path], docs: Sequence[Document], failures: Sequence[LoadFailure], vectors: VectorStore
) -> list[str]:
    """Stored documents whose source is gone, within what this ingest read.

    A file's documents go when the file is no longer where it was inside an ingested folder
    (deleted or renamed), and a JSONL record goes when its file loaded without failures and no
    longer holds it. A file that failed to load keeps what it had: a bad edit never deletes.
    """
    folders = [str(Path(s).resolve()) for s in sources if not is_url(s) and Path(s).is_dir()]
    files = {str(Path(s).resolve()) for s in sources if not is_url(s) and Path(s).is_file()}
    if not folders and not any(f.lower().endswith(".jsonl") for f in files):
        return []  # a single file keeps its id, whatever it holds: nothing else can be gone
    failed = {str(Path(f.file).resolve()) for f in failures if not is_url(f.file)}
    present = {d.id for d in docs}
    loaded_files = {d.file for d in docs}
    gone: set[str] = set()
    for doc_id, file, record in vectors.doc_files():
        if doc_id in present or not file or is_url(file):
            continue
        inside = file in files or any(file.startswith(folder + os.sep) for folder in folders)
        if not inside:
            continue
        file_gone = not Path(file).exists()
        record_gone = record is not None and file in loaded_files and file not in failed
        if file_gone or record_gone:
            gone.add(doc_id)
    return sorted(gone)


def index_documents(
    documents: Sequence[Document],
    settings: Settings,
    progress: ProgressCallback = _quiet,
    vectors: VectorStore | None = None,
    embedder: Embedder | None = None,
    remove: Sequence[str] = (),
) -> IngestReport:
    """Chunk, embed and store loaded documents; unchanged ones are skipped, changed ones replaced.

    ``remove`` names stored documents to delete (their source is gone); they go after the new
    chunks are written.
    """
    started = time.perf_counter()
    report = IngestReport()
    docs: dict[str, Document] = {}
    for doc in documents:
        docs.setdefault(doc.id, doc)  # the same text twice in one batch is one document

    vectors = vectors or VectorStore(settings)
    chunks = {
        doc_id: chunk_document(doc, settings.chunk_tokens, settings.chunk_overlap) for doc_id, doc in docs.items()
    }
    stored = vectors.stored_docs(list(docs))
    todo = [d for d in docs.values() if not _is_complete(d, len(chunks[d.id]), stored.get(d.id, []))]
    report.unchanged = [d.id for d in docs.values() if d not in todo]
    # Copies stored by older versions of the workbench, whose ids were hashes of the text.
    superseded = vectors.doc_ids_for_sources([d.source for d in todo])

    total = sum(len(chunks[d.id]) for d in todo)
    if todo:
        embedder = embedder or get_embedder(settings)
        progress(ProgressEvent(stage="embed", done=0, total=total, unit="chunks"))
        vectors.begin_write()
        done = 0
        for batch in _batches(todo, chunks, settings.ingest_batch):
            batch_chunks = [(doc, c) for doc in batch for c in chunks[doc.id]]

            def advance(n: int) -> None:
                nonlocal done
                done += n
                progress(ProgressEvent(stage="embed", done=done, total=total, unit="chunks"))

            vectors_ = embedder.embed([c.text for _, c in batch_chunks], on_batch=advance)
            stale = {d.id for d in batch if d.id in stored}
            for doc in batch:
                stale |= superseded.get(doc.source, set()) - set(docs)
            vectors.delete_docs(sorted(stale))
            vectors.upsert(
                [c.id for _, c in batch_chunks],
                vectors_,
                [c.text for _, c in batch_chunks],
                [chunk_metadata(doc, c, len(chunks[doc.id])) for doc, c in batch_chunks],
            )
            report.added += [d.id for d in batch]
            report.chunks_added += len(batch_chunks)
            progress(ProgressEvent(stage="write", done=report.chunks_added, total=total, unit="chunks"))

    if remove:
        vectors.begin_write()
        vectors.delete_docs(list(remove))
        report.removed = list(remove)
    if todo or remove or _lexical_stale(vectors, settings):
        progress(ProgressEvent(stage="index", done=0, total=1, unit="steps", message="building BM25"))
        rebuild_lexical(vectors, settings)
        progress(ProgressEvent(stage="index", done=1, total=1, unit="steps"))
    report.seconds = round(time.perf_counter() - started, 3)
    return report


def _lexical_stale(vectors: VectorStore, settings: Settings) -> bool:
    from workbench.index.lexical import LexicalIndex

    current = LexicalIndex.load(settings.lexical_dir)
    return current is None or current.generation != vectors.generation() or len(current) != vectors.count()


def _batches(docs: Sequence[Document], chunks: dict[str, list[Chunk]], size: int) -> Iterable[list[Document]]:
    batch: list[Document] = []
    n = 0
    for doc in docs:
        batch.append(doc)
        n += len(chunks[doc.id])
        if n >= size:
            yield batch
            batch, n = [], 0
    if batch:
        yield batch


class CorpusStatus(BaseModel):
    documents: dict[str, int]
    chunks: int
    vector_store: str
    lexical_index: str
    lexical_fresh: bool


def corpus_status(settings: Settings, vectors: VectorStore | None = None) -> CorpusStatus:
    """Counts of documents (by kind) and chunks, and where they are kept."""
    vectors = vectors or VectorStore(settings)
    docs: dict[str, str] = {}
    chunks = 0
    for ids, _, metadatas in vectors.iter_all(include_text=False):
        chunks += len(ids)
        for m in metadatas:
            docs[str(m.get("doc_id"))] = str(m.get("kind", "evidence"))
    by_kind = {kind: sum(1 for k in docs.values() if k == kind) for kind in ("article", "evidence")}
    return CorpusStatus(
        documents=by_kind,
        chunks=chunks,
        vector_store=f"{vectors.location} (collection '{vectors.name}')",
        lexical_index=str(settings.lexical_dir),
        lexical_fresh=not _lexical_stale(vectors, settings),
    )


def reset(settings: Settings) -> None:
    """Delete the corpus: the Chroma collection and the BM25 index."""
    import shutil

    VectorStore(settings).reset()
    shutil.rmtree(settings.lexical_dir, ignore_errors=True)
