"""Seconds from "Check" to the first claim in the Review tab, with the real app and the real local model.

A fresh home gets the 40 demo briefs (not timed); then ``workbench serve`` runs on a free port
with the configured model (default: the local 1.5B) and an empty LLM cache. In headless Chromium
the demo article's text is pasted under a new title and "Check pasted text" pressed; the clock
stops when the first claim of that article is in the claim list, and again when the status says
the check is done. Prints one JSON line. Target (issue 12): first claim <= 15 s.

    .venv/bin/python benchmarks/ui_first_claim.py
    .venv/bin/python benchmarks/ui_first_claim.py --llm local:qwen2.5-0.5b
"""

from __future__ import annotations

import os

os.environ.setdefault("HF_HUB_OFFLINE", "1")

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SAMPLE = ROOT / "corpus" / "sample"


def log(*parts: object) -> None:
    print(*parts, file=sys.stderr, flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--llm", default="local", help="chat model spec (default: local, the 1.5B)")
    args = parser.parse_args()

    from playwright.sync_api import sync_playwright
    from serving import CHROMIUM_ARGS, free_port, wait_until_up

    from workbench import pipeline
    from workbench.settings import Settings

    home = Path(tempfile.mkdtemp(prefix="ui-first-claim-"))
    log("ingesting the demo briefs ...")
    pipeline.ingest([str(SAMPLE / "sources")], Settings(home=home, _env_file=None))
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("WORKBENCH_")} | {
        "WORKBENCH_HOME": str(home),
        "WORKBENCH_LLM": args.llm,
    }
    workbench = str(Path(sys.executable).with_name("workbench"))
    server = subprocess.Popen(
        [workbench, "serve", "--port", str(port)],
        cwd=home,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/"
    try:
        wait_until_up(url)
        article = (SAMPLE / "article.txt").read_text()
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS, headless=True)
            page = browser.new_page(viewport={"width": 1600, "height": 1000})
            page.set_default_timeout(600_000)
            page.goto(url)
            page.click("#wb-add")
            page.fill("#wb-paste-title textarea, #wb-paste-title input", "Benchmark article")
            page.fill("#wb-paste-text textarea", article)
            log("checking ...")
            started = time.perf_counter()
            page.click("#wb-paste-check")
            page.wait_for_selector("#wb-article h3:has-text('Benchmark article')")
            page.wait_for_selector("#wb-claims .wb-item")
            first = time.perf_counter() - started
            log(f"first claim after {first:.1f} s")
            page.wait_for_function("document.querySelector('#wb-check-status').innerText.includes('Checked')")
            done = time.perf_counter() - started
            claims = page.locator("#wb-claims .wb-item").count()
            browser.close()
    finally:
        server.terminate()
        server.wait(timeout=30)
    print(
        json.dumps(
            {
                "benchmark": "ui_first_claim",
                "llm": args.llm,
                "first_claim_s": round(first, 1),
                "target_first_claim_s": 15,
                "check_done_s": round(done, 1),
                "claims_listed": claims,
            }
        )
    )


if __name__ == "__main__":
    main()
