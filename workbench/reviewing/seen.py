"""Claims seen before, kept in step with the store.

The store's review events are the truth; the index of reviewed claims (``workbench.matching``) is
derived from them. Rather than every writer (the CLI, the Review tab, the API, another machine)
updating the index, a reader brings it up to date first: the index remembers the last review event
it has seen (a small file beside the data), and ``sync`` re-indexes only the claims with a newer
event. A review therefore never waits for an embedding, and no review is missed by the index.
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
from collections.abc import Callable
from pathlib import Path

from workbench.matching import ClaimMatch, ClaimMatcher, standing_review
from workbench.records import Claim
from workbench.store import Store

log = logging.getLogger(__name__)


class SeenBefore:
    """Match a claim against the claims people have already reviewed, the index brought up to date first."""

    def __init__(self, store: Store, open_matcher: Callable[[], ClaimMatcher], state_file: Path) -> None:
        self.store = store
        self._open_matcher = open_matcher
        self._matcher: ClaimMatcher | None = None
        self.state_file = state_file
        self._database = hashlib.sha256(repr(store).encode()).hexdigest()[:16]
        self._lock = threading.Lock()

    def sync(self) -> ClaimMatcher:
        """The index, with the current verdict of every claim reviewed or undone since the last sync."""
        with self._lock:
            matcher = self._matcher = self._matcher or self._open_matcher()
            seen = self._last_event()
            history, latest = self.store.reviews_since(seen or 0)
            if seen is None or latest < seen:  # a new index, another database, or this one emptied
                matcher.rebuild([])
                history, latest = self.store.reviews_since(0)
            if not history:
                if latest != seen:  # nothing to index, but the mark moved (or is new): keep it
                    self._remember(latest)
                return matcher
            claims = self.store.claims_by_id(history)
            titles = {
                d.id: d.title for d in self.store.documents_by_id({c.article_id for c in claims.values()}).values()
            }
            standing, gone = [], []
            for claim_id, events in history.items():
                claim = claims.get(claim_id)
                current = standing_review(claim, events, titles.get(claim.article_id, "")) if claim else None
                if current is None:
                    gone.append(claim_id)
                else:
                    standing.append(current)
            matcher.add_many(standing)
            for claim_id in gone:
                matcher.remove(claim_id)
            self._remember(latest)
            return matcher

    def match(self, claim: Claim, k: int = 3) -> list[ClaimMatch]:
        """Reviewed claims (other than this one) that state the same claim, most similar first.

        The index is derived data: if it cannot be read, the reviewer sees no match and the log says why.
        """
        try:
            if self._matcher is None and not self.store.reviews_since(0)[1]:
                return []  # nobody has reviewed anything: no need to load the embedding model
            return self.sync().match(claim.text, k=k, exclude=[claim.id])
        except Exception:  # derived data must never cost a reviewer the claim panel
            log.warning("claims seen before: the index of reviewed claims failed", exc_info=True)
            return []

    def _last_event(self) -> int | None:
        """The last review event the index holds, None if it holds another database's (or nothing known)."""
        try:
            state = json.loads(self.state_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return int(state.get("last_event", 0)) if state.get("database") == self._database else None

    def _remember(self, event_id: int) -> None:
        self.state_file.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.state_file.with_suffix(".tmp")
        tmp.write_text(json.dumps({"database": self._database, "last_event": event_id}), encoding="utf-8")
        tmp.replace(self.state_file)
