"""The chromadb adapter: on-disk PersistentClient by default, HttpClient for a `chroma run` server.

Chroma is the source of truth for chunks. Every write first stamps the collection with a new
*generation* token; the BM25 index records the generation it was built from, so a reader can
tell when the lexical side is stale (another writer, or a process killed mid-ingest).
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import numpy as np

from workbench.settings import Settings

GENERATION_KEY = "workbench_generation"
_PAGE = 5000


class VectorStoreError(RuntimeError):
    pass


class VectorStore:
    def __init__(self, settings: Settings, collection: str | None = None):
        """The chunk collection (``settings.collection``), or another one of the same store by name."""
        import chromadb
        from chromadb.config import Settings as ChromaSettings

        chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=True)
        if settings.chroma_url:
            url = urlparse(settings.chroma_url)
            try:
                self.client = chromadb.HttpClient(
                    host=url.hostname or "localhost",
                    port=url.port or (443 if url.scheme == "https" else 8000),
                    ssl=url.scheme == "https",
                    settings=chroma_settings,
                )
                self.client.heartbeat()
            except Exception as exc:  # chromadb raises several types for "nobody listening"
                raise VectorStoreError(f"cannot reach the Chroma server at {settings.chroma_url}: {exc}") from exc
        else:
            try:
                settings.chroma_dir.mkdir(parents=True, exist_ok=True)
                self.client = chromadb.PersistentClient(path=str(settings.chroma_dir), settings=chroma_settings)
            except Exception as exc:  # a damaged or foreign file: chromadb raises several types
                raise VectorStoreError(_damaged(settings, exc)) from exc
        self.location = settings.vector_store_location
        self.name = collection or settings.collection
        try:
            self.collection = self._open()
        except Exception as exc:
            if settings.chroma_url:
                raise VectorStoreError(
                    f"the Chroma server at {settings.chroma_url} refused the collection {self.name!r}: {exc}"
                ) from exc
            raise VectorStoreError(_damaged(settings, exc)) from exc

    def _open(self):
        return self.client.get_or_create_collection(
            self.name,
            configuration={"hnsw": {"space": "cosine"}},
            embedding_function=None,  # we embed ourselves; Chroma's default would download a model
        )

    # -- generation ---------------------------------------------------------------------------

    def generation(self) -> str:
        metadata = self.client.get_collection(self.name, embedding_function=None).metadata or {}
        return str(metadata.get(GENERATION_KEY, ""))

    def begin_write(self) -> str:
        """Stamp a new generation before changing anything; returns it."""
        token = uuid.uuid4().hex
        self.collection.modify(metadata={GENERATION_KEY: token})
        return token

    # -- reads --------------------------------------------------------------------------------

    def count(self) -> int:
        return self.collection.count()

    def stored_docs(self, doc_ids: Sequence[str]) -> dict[str, list[dict[str, Any]]]:
        """Metadata of the stored chunks of each of ``doc_ids`` (absent ids are left out)."""
        found: dict[str, list[dict[str, Any]]] = {}
        for i in range(0, len(doc_ids), 500):
            batch = list(doc_ids[i : i + 500])
            got = self.collection.get(where={"doc_id": {"$in": batch}}, include=["metadatas"])
            for metadata in got["metadatas"] or []:
                found.setdefault(str(metadata["doc_id"]), []).append(dict(metadata))
        return found

    def doc_ids_for_sources(self, sources: Sequence[str]) -> dict[str, set[str]]:
        """Which stored documents came from each source (a changed file leaves its old id here)."""
        found: dict[str, set[str]] = {}
        for i in range(0, len(sources), 500):
            batch = list(sources[i : i + 500])
            got = self.collection.get(where={"source": {"$in": batch}}, include=["metadatas"])
            for metadata in got["metadatas"] or []:
                found.setdefault(str(metadata["source"]), set()).add(str(metadata["doc_id"]))
        return found

    def doc_files(self) -> list[tuple[str, str, str | None]]:
        """(doc id, file, record key) of every stored document, from chunk metadata.

        Copies stored before documents were keyed by source have no ``file``: their source path
        stands in (without a JSONL '#L<n>' suffix), resolved from the working directory.
        """
        found: dict[str, tuple[str, str | None]] = {}
        for _, _, metadatas in self.iter_all(include_text=False):
            for m in metadatas:
                doc_id = str(m.get("doc_id"))
                if doc_id in found:
                    continue
                file = m.get("file")
                if file is None:
                    source = str(m.get("source") or "")
                    file = source if source.startswith(("http://", "https://")) or not source else _legacy_file(source)
                    found[doc_id] = (file, "legacy" if "#L" in source else None)
                else:
                    found[doc_id] = (str(file), m.get("record"))
        return [(doc_id, file, record) for doc_id, (file, record) in found.items()]

    def get(self, chunk_ids: Sequence[str]) -> dict[str, tuple[str, dict[str, Any]]]:
        if not chunk_ids:
            return {}
        got = self.collection.get(ids=list(chunk_ids), include=["documents", "metadatas"])
        return {
            cid: (text or "", dict(meta or {}))
            for cid, text, meta in zip(got["ids"], got["documents"] or [], got["metadatas"] or [])
        }

    def iter_all(self, include_text: bool = True) -> Iterator[tuple[list[str], list[str], list[dict[str, Any]]]]:
        """Every chunk, page by page: (ids, texts, metadatas)."""
        include = ["documents", "metadatas"] if include_text else ["metadatas"]
        offset = 0
        while True:
            got = self.collection.get(include=include, limit=_PAGE, offset=offset)  # type: ignore[arg-type]
            ids = got["ids"]
            if not ids:
                return
            texts = got["documents"] if include_text else [""] * len(ids)
            yield list(ids), list(texts or []), [dict(m or {}) for m in got["metadatas"] or []]
            offset += len(ids)

    def query_ids(self, vector: np.ndarray, n: int, where: dict[str, Any] | None = None) -> list[str]:
        """Ids of the ``n`` nearest chunks, best first. Ids only: text is fetched for the final few."""
        if n <= 0:
            return []
        got = self.collection.query(
            query_embeddings=[vector.tolist()], n_results=n, where=where or None, include=["distances"]
        )
        return list(got["ids"][0])

    def nearest(self, vector: np.ndarray, n: int) -> list[tuple[str, float]]:
        """(id, cosine distance) of the ``n`` nearest records, best first; ``get`` fetches the few worth reading."""
        if n <= 0:
            return []
        got = self.collection.query(query_embeddings=[vector.tolist()], n_results=n, include=["distances"])
        return list(zip(got["ids"][0], (got["distances"] or [[]])[0], strict=True))

    # -- writes -------------------------------------------------------------------------------

    def upsert(
        self, ids: Sequence[str], vectors: np.ndarray, texts: Sequence[str], metadatas: Sequence[dict[str, Any]]
    ) -> None:
        if not ids:
            return
        # None is not a valid Chroma metadata value: leave such keys out.
        clean = [{k: v for k, v in m.items() if v is not None} for m in metadatas]
        max_batch = self.client.get_max_batch_size()
        for i in range(0, len(ids), max_batch):
            self.collection.upsert(
                ids=list(ids[i : i + max_batch]),
                embeddings=vectors[i : i + max_batch],
                documents=list(texts[i : i + max_batch]),
                metadatas=clean[i : i + max_batch],
            )

    def delete(self, ids: Sequence[str]) -> None:
        """Remove records by id; absent ids are ignored."""
        for i in range(0, len(ids), 500):
            self.collection.delete(ids=list(ids[i : i + 500]))

    def delete_docs(self, doc_ids: Sequence[str]) -> None:
        for i in range(0, len(doc_ids), 500):
            self.collection.delete(where={"doc_id": {"$in": list(doc_ids[i : i + 500])}})

    def reset(self) -> None:
        with contextlib.suppress(Exception):  # an absent collection: nothing to delete
            self.client.delete_collection(self.name)
        self.collection = self._open()


def _legacy_file(source: str) -> str:
    return str(Path(source.rsplit("#L", 1)[0]).resolve())


def _damaged(settings: Settings, exc: Exception) -> str:
    reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return (
        f"cannot open the Chroma store in {settings.chroma_dir} ({reason}). If it is damaged, move the folder "
        "away and ingest the corpus again; reviews are in the SQL database and are not affected"
    )
