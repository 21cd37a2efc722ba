"""The real app in a subprocess, driven by Debian's Chromium through Playwright.

One data directory per session: the demo evidence briefs and an evidence brief full of HTML
injections are ingested, and the demo article is checked with the deterministic fake model. The
server (``tests/ui/serve.py``) runs on a free 127.0.0.1 port with WORKBENCH_LLM=fake. Verdicts come
from the real trained verifier shipped in workbench/verifier/weights (the default).
Screenshots and server logs go to ``tests/ui/artifacts/`` (ignored by git).
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import REPO, SAMPLE

ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
XSS_SCRIPT = "<script>window.__xss=1</script>"
XSS_IMG = '<img src=x onerror="window.__xss=1">'
XSS_BRIEF = f"""---
title: 'Flares brief {XSS_IMG}'
outlet: 'Gazette {XSS_SCRIPT}'
date: "2017-12-10"
url: "javascript:window.__xss=1"
kind: "news"
---

An F-22 fired flares near Mayadin on 23 November, the brief says {XSS_SCRIPT} in its first line.
Konashenkov's account {XSS_IMG} of the F-22 and the Su-25 jets never happened, according to US officials.
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def ui_home(tmp_path_factory, embedder) -> Path:
    """A data directory with the demo corpus, the injection brief, and the demo article checked."""
    from tests.fakes import ScriptedChatModel
    from tests.ui.serve import chat_responder
    from workbench import pipeline
    from workbench.checking import Checker
    from workbench.llm.structured import StructuredLLM
    from workbench.settings import Settings

    root = tmp_path_factory.mktemp("ui")
    home = root / "home"
    brief = root / "xss" / "flares-brief.md"
    brief.parent.mkdir()
    brief.write_text(XSS_BRIEF)
    settings = Settings(home=home, models_dir=home / "models", _env_file=None)
    pipeline.ingest([str(SAMPLE / "sources"), str(brief)], settings, embedder=embedder)
    llm = StructuredLLM(ScriptedChatModel(responder=chat_responder), "fake", max_attempts=1)
    checker = Checker(settings, llm=llm, embedder=embedder)
    report = checker.check(SAMPLE / "article.txt")
    assert len(report.claims) >= 10 and not report.failures
    checker.store.close()
    return home


def server_env(home: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("WORKBENCH_")}
    env.update(
        WORKBENCH_HOME=str(home),
        WORKBENCH_MODELS_DIR=str(home / "models"),
        WORKBENCH_LLM="fake",
        HF_HUB_OFFLINE="1",
        TRANSFORMERS_OFFLINE="1",
        GRADIO_ANALYTICS_ENABLED="False",
        PYTHONPATH=str(REPO) + os.pathsep + env.get("PYTHONPATH", ""),
        **extra,
    )
    return env


class Server:
    def __init__(self, home: Path, host: str, name: str, **env: str):
        ARTIFACTS.mkdir(exist_ok=True)
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/"
        self.log_path = ARTIFACTS / f"server-{name}.log"
        self.log = open(self.log_path, "w")  # noqa: SIM115 - the server writes to it until stop()
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.ui.serve", "--host", host, "--port", str(self.port)],
            cwd=REPO,
            env=server_env(home, **env),
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )

    def wait_ready(self, timeout: float = 120.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"the server exited with {self.proc.returncode}:\n{self.log_path.read_text()}")
            try:
                with urllib.request.urlopen(self.url, timeout=2):
                    return
            except OSError:
                time.sleep(0.3)
        raise RuntimeError(f"the server did not answer within {timeout:g} s:\n{self.log_path.read_text()}")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.log.close()


@pytest.fixture(scope="session")
def server(ui_home) -> Iterator[Server]:
    srv = Server(ui_home, "127.0.0.1", "main")
    try:
        srv.wait_ready()
        yield srv
    finally:
        srv.stop()


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail(
            f"{CHROMIUM} is missing: install Debian's chromium "
            "(`apt-get install -y chromium`; scripts/install.sh --test)"
        )
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield chromium
        chromium.close()


@pytest.fixture
def new_page(browser):
    """Pages in fresh browser contexts (separate storage, like separate browsers)."""
    contexts = []

    def make(url: str):
        context = browser.new_context(viewport={"width": 1600, "height": 1000})
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(30_000)
        page.goto(url)
        return page

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def store(ui_home):
    from workbench.settings import Settings
    from workbench.store import Store, database_url

    with Store(database_url(Settings(home=ui_home, _env_file=None))) as s:
        yield s


def screenshot(page, name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=False)
    return path
