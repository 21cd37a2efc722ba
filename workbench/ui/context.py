"""What every tab works with: the settings, the reviewing and corpus services, and a Checker built on first use.

The tabs reach the data only through the services (``workbench.reviewing``, ``workbench.corpus.service``),
never the store or the index. The Checker (prompts, chat model, verifier) is built lazily on the
services' store and searcher, so the review tab comes up without loading a model, and listing the
corpus opens no chat model; the chat model is opened only when a question or a check needs it.
"""

from __future__ import annotations

import tempfile
import threading
from pathlib import Path

from workbench.checking import Checker
from workbench.corpus.service import CorpusService
from workbench.llm.structured import StructuredLLM
from workbench.records import content_hash
from workbench.reviewing import ReviewingService
from workbench.settings import Settings


class UIContext:
    def __init__(self, settings: Settings, checker: Checker | None = None):
        self.settings = settings
        self._checker = checker
        self.reviewing = ReviewingService.open(settings, store=checker.store if checker else None)
        self.corpus = CorpusService(settings, searcher=checker.searcher if checker else None)
        self._lock = threading.Lock()

    @property
    def checker(self) -> Checker:
        with self._lock:
            if self._checker is None:
                self._checker = Checker(self.settings, store=self.reviewing.store, searcher=self.corpus.searcher)
            return self._checker

    @property
    def searcher(self):  # unannotated: it is a workbench.index Searcher, and the UI imports nothing of the index
        """The corpus's hybrid retriever, for the chat tab's answers."""
        return self.corpus.searcher

    @property
    def llm(self) -> StructuredLLM:
        return self.checker.llm

    def model_label(self) -> str:
        """The chat model's name, without opening it."""
        from workbench.llm.models import llm_settings_from, model_label

        return model_label(llm_settings_from(self.settings))

    def save_article(self, text: str, title: str | None = None, name: str | None = None) -> Path:
        """Pasted text (or an answer) as a file in the data directory, ready for ``Checker.check``."""
        folder = Path(self.settings.home) / "articles"
        folder.mkdir(parents=True, exist_ok=True)
        stem = name or f"pasted-{content_hash(text, length=12)}"
        if title:
            import json

            path = folder / f"{stem}.md"
            path.write_text(f"---\ntitle: {json.dumps(title.strip())}\n---\n\n{text.strip()}\n", encoding="utf-8")
        else:
            path = folder / f"{stem}.txt"
            path.write_text(text.strip() + "\n", encoding="utf-8")
        return path

    def keep_upload(self, uploaded: str | Path, folder: str) -> Path:
        """A copy of an uploaded file under the data directory, under its own name, so re-uploading replaces it."""
        import shutil

        target = Path(self.settings.home) / folder / Path(uploaded).name
        target.parent.mkdir(parents=True, exist_ok=True)
        if Path(uploaded).resolve() != target.resolve():
            shutil.copyfile(uploaded, target)
        return target

    @staticmethod
    def export_dir() -> Path:
        """Exports go to a temp folder: the web server may serve files from there."""
        return Path(tempfile.mkdtemp(prefix="workbench-export-"))
