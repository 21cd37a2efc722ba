"""Every knob of the workbench, documented once.

Each field can be set from the environment with the prefix ``WORKBENCH_`` (for example
``WORKBENCH_HOME=/data/wb``) or from a ``.env`` file in the working directory. The core
receives a ``Settings`` object and never reads the environment itself.
"""

from __future__ import annotations

import os
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

PACKAGED_EMBED_MODEL = "packaged:all-MiniLM-L6-v2"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="WORKBENCH_", env_file=".env", extra="ignore")

    home: Path = Field(
        default=Path(".workbench"),
        description="Data directory: Chroma files, BM25 index, SQLite database, LLM cache.",
    )

    # Corpus
    max_file_mb: float = Field(default=20.0, description="Files larger than this are refused at ingest.")
    http_timeout: float = Field(default=20.0, description="Seconds to wait for a URL at ingest.")
    chunk_tokens: int = Field(default=200, description="Target chunk size in cl100k tokens (MiniLM reads 256 word pieces).")
    chunk_overlap: int = Field(default=40, description="Tokens shared by neighbouring chunks.")

    # Embedding
    embed_model: str = Field(
        default=PACKAGED_EMBED_MODEL,
        description="Sentence-transformers model: 'packaged:all-MiniLM-L6-v2' (shipped on PyPI, offline), "
        "a local folder, or a hub name such as 'BAAI/bge-small-en-v1.5' (downloads once, needs a network).",
    )
    embed_batch_size: int = Field(default=32, description="Texts per forward pass of the embedding model.")
    ingest_batch: int = Field(
        default=512, description="Chunks embedded and written to the stores together at ingest."
    )
    threads: int = Field(default=os.cpu_count() or 1, description="CPU threads for the embedding model.")

    # Vector store
    chroma_url: str | None = Field(
        default=None,
        description="URL of a `chroma run` server (e.g. http://localhost:8000); unset means on-disk Chroma in HOME.",
    )
    collection: str = Field(default="workbench", description="Chroma collection name.")

    # Search
    search_k: int = Field(default=8, description="Passages returned by a search.")
    search_depth: int = Field(default=50, description="Candidates taken from each retriever before fusion.")
    rrf_k: int = Field(default=60, description="Reciprocal rank fusion constant.")
    dense_weight: float = Field(default=1.0, description="Weight of the dense list in fusion.")
    lexical_weight: float = Field(default=1.0, description="Weight of the BM25 list in fusion.")

    @property
    def chroma_dir(self) -> Path:
        return self.home / "chroma"

    @property
    def lexical_dir(self) -> Path:
        return self.home / "bm25"

    @property
    def max_file_bytes(self) -> int:
        return int(self.max_file_mb * 1024 * 1024)

    @property
    def vector_store_location(self) -> str:
        return self.chroma_url or str(self.chroma_dir)
