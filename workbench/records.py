"""The records that pass between stages. Imports nothing of ours.

Every arrow in the data flow (see ARCHITECTURE.md) carries one of these pydantic
objects, so a stage's input and output are typed and can be stored or printed as JSON.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from typing import Literal

from pydantic import BaseModel, Field

DocumentKind = Literal["article", "evidence"]
DOCUMENT_KINDS: tuple[str, ...] = ("article", "evidence")


def normalize_text(text: str) -> str:
    """The form of a text that its identity is computed from: NFC, unified newlines, trimmed lines."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    lines = [re.sub(r"[ \t]+", " ", line).strip() for line in text.split("\n")]
    return "\n".join(lines).strip()


def content_hash(*parts: str, length: int = 16) -> str:
    """A short, stable hex id for some content."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return digest[:length]


class Document(BaseModel):
    """One loaded source: an article to be checked or an evidence document."""

    id: str = Field(description="Content hash of the normalized text.")
    text: str
    title: str
    kind: DocumentKind = "evidence"
    source: str = Field(description="Where it came from: a file path, 'path#L3' for a JSONL line, or a URL.")
    outlet: str | None = None
    date: str | None = Field(default=None, description="ISO date, YYYY-MM-DD (or a prefix of it).")
    url: str | None = None
    genre: str | None = Field(default=None, description="What sort of source: news, official, analysis, factcheck ...")

    @classmethod
    def from_text(cls, text: str, **fields: object) -> "Document":
        return cls(id=content_hash(normalize_text(text)), text=text, **fields)  # type: ignore[arg-type]


class LoadFailure(BaseModel):
    """A source that could not be loaded, and why, in words a user can act on."""

    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


class Chunk(BaseModel):
    """A piece of a document, sized in tokens, with its place in the document's text."""

    id: str = Field(description="'<doc_id>:<index>'")
    doc_id: str
    index: int
    text: str
    start: int = Field(description="Character offset of the chunk in Document.text.")
    end: int
    n_tokens: int


class Evidence(BaseModel):
    """A retrieved passage, with everything a reviewer needs to judge and cite it."""

    chunk_id: str
    doc_id: str
    title: str
    text: str
    score: float = Field(description="Fused relevance score; higher is better. Comparable within one query only.")
    start: int
    end: int
    kind: DocumentKind
    source: str
    outlet: str | None = None
    date: str | None = None
    url: str | None = None
    genre: str | None = None
    dense_rank: int | None = Field(default=None, description="1-based rank in the dense list, if it was there.")
    lexical_rank: int | None = Field(default=None, description="1-based rank in the BM25 list, if it was there.")


class SearchFilters(BaseModel):
    """Restrictions on what a search may return."""

    kind: DocumentKind | None = None
    outlet: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    exclude_doc_ids: list[str] = Field(default_factory=list)


class IngestReport(BaseModel):
    """What an ingest did, for the summary line and the exit code."""

    added: list[str] = Field(default_factory=list, description="Ids of documents added or replaced.")
    unchanged: list[str] = Field(default_factory=list)
    failures: list[LoadFailure] = Field(default_factory=list)
    chunks_added: int = 0
    seconds: float = 0.0


class ProgressEvent(BaseModel):
    """Sent by long-running core functions; the CLI renders it with Rich, the UI with gr.Progress."""

    stage: str
    done: int
    total: int | None = None
    unit: str = "items"
    message: str | None = None
