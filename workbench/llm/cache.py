"""The LLM response cache: LangChain's cache interface over a SQLite file in the data directory.

The key is a hash of the whole request (messages, model and every bound parameter such as the
output schema), so a re-run of an unchanged configuration costs nothing and a changed prompt,
model or temperature misses. ``counting_hits()`` counts the hits of one call, so it can be recorded
as cached; the counter travels in a context variable because LangChain may run the model in a
worker thread of its own (``with_structured_output(include_raw=True)`` does, via RunnableParallel),
and it copies the caller's context into that thread.
"""

from __future__ import annotations

import hashlib
import sqlite3
import threading
import warnings
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import Any

from langchain_core.caches import BaseCache
from langchain_core.load import dumps, loads
from langchain_core.messages import AIMessage
from langchain_core.outputs import ChatGeneration, Generation

_hits: ContextVar[list[int] | None] = ContextVar("workbench_cache_hits", default=None)


@contextmanager
def counting_hits() -> Iterator[list[int]]:
    """A one-item list whose number is the cache hits of the calls made inside the block."""
    box = [0]
    token = _hits.set(box)
    try:
        yield box
    finally:
        _hits.reset(token)


class ResponseCache(BaseCache):
    def __init__(self, path: Path, namespace: str = ""):
        """``namespace`` keeps separate answers for the same request (e.g. each repeat of an eval)."""
        self.path = Path(path)
        self.namespace = namespace
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._local = threading.local()
        with self._connect() as db:
            db.execute("CREATE TABLE IF NOT EXISTS responses (key TEXT PRIMARY KEY, value TEXT NOT NULL)")

    def _connect(self) -> sqlite3.Connection:
        db = getattr(self._local, "db", None)
        if db is None:
            db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
            db.execute("PRAGMA journal_mode=WAL")
            self._local.db = db
        return db

    def _key(self, prompt: str, llm_string: str) -> str:
        salt = f"{self.namespace}\x1f" if self.namespace else ""
        return hashlib.sha256(f"{salt}{llm_string}\x1f{prompt}".encode()).hexdigest()

    def lookup(self, prompt: str, llm_string: str) -> Sequence[Generation] | None:
        row = (
            self._connect()
            .execute("SELECT value FROM responses WHERE key = ?", (self._key(prompt, llm_string),))
            .fetchone()
        )
        if row is None:
            return None
        box = _hits.get()
        if box is not None:
            box[0] += 1
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # LangChainBetaWarning: `loads` is "in beta"
            return loads(row[0], allowed_objects=[ChatGeneration, Generation, AIMessage])

    def update(self, prompt: str, llm_string: str, return_val: Sequence[Generation]) -> None:
        self._connect().execute(
            "INSERT OR REPLACE INTO responses (key, value) VALUES (?, ?)",
            (self._key(prompt, llm_string), dumps(list(return_val))),
        )

    def clear(self, **kwargs: Any) -> None:
        self._connect().execute("DELETE FROM responses")

    def __len__(self) -> int:
        return int(self._connect().execute("SELECT COUNT(*) FROM responses").fetchone()[0])
