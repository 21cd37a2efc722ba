"""The corpus service opens one searcher however many threads ask for it first."""

from __future__ import annotations

import threading
import time

from workbench.corpus import service
from workbench.settings import Settings


def test_threads_asking_at_once_share_one_searcher(monkeypatch, tmp_path):
    opened = []

    class SlowSearcher:
        def __init__(self, settings, embedder=None):
            time.sleep(0.05)  # opening Chroma takes a while: the window two threads used to race in
            opened.append(self)
            self.embedder = object()

    monkeypatch.setattr(service, "Searcher", SlowSearcher)
    corpus = service.CorpusService(Settings(home=tmp_path, _env_file=None))
    got = []
    threads = [threading.Thread(target=lambda: got.append(corpus.searcher)) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(opened) == 1 and all(s is opened[0] for s in got)
    assert corpus.embedder is opened[0].embedder
