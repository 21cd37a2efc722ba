"""Review-tab latency: selecting a claim on the demo article, and loading an article with 500 claims.

Server side (what one request costs in the handlers, without Gradio's transport):
- ``select``: from a claim id to its evidence, suggestion and history rendered as HTML
  (``review.claim_panel``), for every claim of the demo article, ``--rounds`` times; p50/p95/max.
- ``verdict``: storing a verdict and re-rendering queue, article, claim list, panel and agreement.
- ``load_500``: building the review tab (queue, article with 500 highlighted spans, the claim list,
  the first claim's panel, agreement) for a synthetic article with 500 claims, 5 passages and a
  suggestion each, and the labels of 5 reviewers on every claim (some with a note, the passages
  they used, or an undo); the SQL statements it sends are counted.
- ``export_500``: the CSV, JSONL and ClaimReview exports of that article (500 claims x 5 reviewers).
- ``baseline``: ``SELECT * FROM claims WHERE article_id = ?`` of the same article straight through
  sqlite3 (the same work whatever the code), measured in the same run; ``ratio`` divides each
  median by it, which holds up on a loaded machine better than the seconds do.

The script measures the checkout it sits in. To compare with older code, copy it into a worktree
of that code and run it there (``git worktree add /tmp/before HEAD~1``, ``cp
benchmarks/ui_latency.py /tmp/before/benchmarks/``): on code from before the reviewing service
(no ``workbench/reviewing``) it calls the store-based functions that code had.

In the browser (``--browser``, needs /usr/bin/chromium and playwright): the real app on a free port;
time from opening the page to the 500-claim list and article drawn, and from pressing j to the
next claim's panel in the DOM, timed in the page (p50/p95 over 30 presses).

The demo article is checked with the deterministic fake model of the tests (no LLM needed),
unless ``--home`` points at a data directory where the demo has been run.
Prints one JSON line. Examples:

    .venv/bin/python benchmarks/ui_latency.py --no-demo          # the 500-claim figures only, ~1 min
    .venv/bin/python benchmarks/ui_latency.py --browser
    .venv/bin/python /tmp/before/benchmarks/ui_latency.py --no-demo       # the same, on the code in /tmp/before
"""

from __future__ import annotations

import os

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

import argparse
import json
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import closing
from pathlib import Path
from typing import Self

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SAMPLE = ROOT / "corpus" / "sample"

from workbench.records import Claim, Document, Evidence, Span, Suggestion
from workbench.settings import Settings
from workbench.store import Store, database_url


def log(*parts: object) -> None:
    print(*parts, file=sys.stderr, flush=True)


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def summary_ms(values: list[float]) -> dict[str, float]:
    ms = [v * 1000 for v in values]
    return {
        "n": len(ms),
        "p50_ms": round(statistics.median(ms), 1),
        "p95_ms": round(pct(ms, 0.95), 1),
        "max_ms": round(max(ms), 1),
    }


def demo_home(home: Path) -> Path:
    """Ingest the demo briefs and check the demo article with the tests' reading fake."""
    from tests.fakes import ScriptedChatModel, reading_responder
    from workbench import pipeline
    from workbench.checking import Checker
    from workbench.llm.structured import StructuredLLM

    settings = Settings(home=home, models_dir=home / "models", _env_file=None)
    pipeline.ingest([str(SAMPLE / "sources")], settings)
    llm = StructuredLLM(ScriptedChatModel(responder=reading_responder), "fake:reader", max_attempts=1)
    Checker(settings, llm=llm).check(SAMPLE / "article.txt")
    return home


REVIEWERS = ("alice", "bob", "chen", "dana", "emre")
LABELS = ("supported", "disputed", "unverified")


def synthetic_home(home: Path, n_claims: int = 500, reviewers: int = 5) -> str:
    """An article of ``n_claims`` sentences, one claim each, with evidence, a suggestion and ``reviewers`` labels each.

    Every fourth label has a note, every third names the passage it used, and every tenth claim has
    one reviewer's first label undone and given again: the history an export reads.
    """
    settings = Settings(home=home, _env_file=None)
    store = Store(database_url(settings))
    sentences = [
        f"Sentence {i}: the ministry said {i} aircraft crossed the river near Mayadin on day {i % 28 + 1}."
        for i in range(n_claims)
    ]
    text = "Title: Five hundred claims\n\n" + " ".join(sentences)
    article = Document.from_text(text, title="Five hundred claims", kind="article", source="synthetic.txt")
    store.upsert_document(article)
    claims, offset = [], text.index("Sentence 0")
    for i, sentence in enumerate(sentences):
        start = text.index(sentence, offset)
        offset = start + len(sentence)
        claims.append(
            Claim(
                id=Claim.make_id(article.id, sentence),
                article_id=article.id,
                text=sentence,
                sentence=sentence,
                span=Span(start=start, end=offset),
                check_worthiness=round(1 - i / (2 * n_claims), 4),
            )
        )
    store.save_claims(article.id, claims)
    passage = (
        "A ministry spokesman said aircraft crossed the river near Mayadin. US officials said no such crossing "
        "happened and the claim was not supported by radar data. "
    ) * 3
    for i, claim in enumerate(claims):
        evidence = [
            Evidence(
                chunk_id=f"ev{(i + k) % 97}:{k}",
                doc_id=f"ev{(i + k) % 97}",
                title=f"Brief {(i + k) % 97}",
                text=passage,
                score=0.03 - k / 1000,
                start=0,
                end=len(passage),
                kind="evidence",
                source=f"brief{k}.md",
                outlet="Wire",
                date="2017-12-09",
                url="https://example.org/brief",
                dense_rank=k + 1,
                lexical_rank=k + 2,
            )
            for k in range(5)
        ]
        store.save_evidence(claim.id, evidence)
        store.save_suggestion(
            Suggestion(
                claim_id=claim.id,
                label=LABELS[i % 3],
                rationale="P1 says so.",
                cited=[evidence[0].chunk_id],
                confidence=0.3 + (i % 7) / 10,
            )
        )
        for r, reviewer in enumerate(REVIEWERS[:reviewers]):
            n = i * reviewers + r
            label = LABELS[(i // (r + 1)) % 3]  # reviewers agree on some claims and not on others
            note = f"{reviewer} read P{r % 5 + 1} on claim {i}." if n % 4 == 0 else ""
            used = [evidence[r % 5].chunk_id] if n % 3 == 0 else []
            if r == 0 and i % 10 == 0:
                store.add_review(claim.id, reviewer, LABELS[(i + 1) % 3])
                store.undo(claim.id, reviewer)
            store.add_review(claim.id, reviewer, label, note=note, evidence_used=used)
    store.close()
    return article.id


# --- the code under test: the reviewing service, or on older code the store-based functions -------


class Faces:
    """What the Review tab and the exports call, on this checkout's code."""

    def __init__(self, store: Store):
        from workbench.ui import review

        self.store, self.review = store, review
        try:
            from workbench.reviewing import ReviewingService
        except ImportError:  # code from before the reviewing service (issue 13)
            self.source, self.service = store, False
        else:
            self.source, self.service = ReviewingService(store), True

    def queue_html(self, article_id: str) -> str:
        from workbench.ui import render

        if self.service:
            return self.review.queue_html(self.source, None, article_id)
        return render.queue_html(self.review.article_queue(self.store, None), article_id)

    def page(self, article_id: str, selected: str | None = None):
        return self.review.article_page(self.source, article_id, None, selected)

    def panel(self, claim_id: str | None):
        return self.review.claim_panel(self.source, claim_id)

    def export(self, fmt: str, article_id: str) -> str:
        from workbench.export import export_text

        if self.service:
            return export_text(self.source.reviewed_claims(article_id), fmt)  # type: ignore[union-attr]
        return export_text(self.store, fmt, article_id)  # type: ignore[arg-type]


class StatementCounter:
    """Counts the SQL statements every engine sends while it is in use (SQLAlchemy's cursor event)."""

    def __init__(self) -> None:
        self.count = 0

    def _count(self, *_: object) -> None:
        self.count += 1

    def __enter__(self) -> Self:
        from sqlalchemy import event
        from sqlalchemy.engine import Engine

        event.listen(Engine, "before_cursor_execute", self._count)
        return self

    def __exit__(self, *_: object) -> None:
        from sqlalchemy import event
        from sqlalchemy.engine import Engine

        event.remove(Engine, "before_cursor_execute", self._count)


def server_side(home: Path, article_id: str | None, rounds: int) -> dict:
    store = Store(database_url(Settings(home=home, _env_file=None)))
    faces = Faces(store)
    article_id = article_id or store.list_documents(kind="article")[0].id
    claims = store.claims(article_id)
    times = []
    for _ in range(rounds):
        for claim in claims:
            started = time.perf_counter()
            panel = faces.panel(claim.id)
            times.append(time.perf_counter() - started)
            assert panel.detail_html and panel.evidence_html
    verdicts = []
    for claim in claims[:10]:
        started = time.perf_counter()
        store.add_review(claim.id, "bench", "supported")
        faces.queue_html(article_id)
        page = faces.page(article_id, claim.id)
        faces.panel(page.selected)
        verdicts.append(time.perf_counter() - started)
        store.undo(claim.id, "bench")
    store.close()
    return {"claims": len(claims), "select": summary_ms(times), "verdict": summary_ms(verdicts)}


def timed(work, rounds: int) -> tuple[list[float], int, object]:
    """Seconds of each of ``rounds`` calls of ``work``, the SQL statements of the first, and its result."""
    times, statements, result = [], 0, None
    for n in range(rounds):
        with StatementCounter() as counter:
            started = time.perf_counter()
            result = work()
            times.append(time.perf_counter() - started)
        if n == 0:
            statements = counter.count
    return times, statements, result


def figures(times: list[float], statements: int, baseline_s: float) -> dict:
    median = statistics.median(times)
    return {
        "s_first": round(times[0], 4),
        "s_median": round(median, 4),
        "sql_statements": statements,
        "ratio": round(median / baseline_s, 1),
    }


def load_500(home: Path, article_id: str, rounds: int = 5) -> dict:
    """Page build and exports in a new Store (so the first build pays for compiling SQL), and the baseline."""
    settings = Settings(home=home, _env_file=None)
    with closing(sqlite3.connect(home / "workbench.db")) as db:
        baseline, _, claims = timed(
            lambda: db.execute("SELECT * FROM claims WHERE article_id = ?", (article_id,)).fetchall(), rounds * 4
        )
    baseline_s = statistics.median(baseline)

    import sklearn.metrics  # noqa: F401 - older code needs it for kappa; its app imported it at start

    store = Store(database_url(settings))
    faces = Faces(store)

    def build() -> tuple:
        queue = faces.queue_html(article_id)
        page = faces.page(article_id)
        return queue, page, faces.panel(page.selected)

    times, statements, (queue, page, panel) = timed(build, rounds)  # type: ignore[misc]
    size = sum(
        len(x)
        for x in (
            queue,
            page.article_html,
            page.claims_html,
            page.agreement_html,
            panel.detail_html,
            panel.evidence_html,
        )
    )
    page_figures = figures(times, statements, baseline_s) | {
        "claims": len(page.claim_ids),
        "html_kb": round(size / 1024),
    }
    exports = {}
    for fmt in ("csv", "jsonl", "claimreview"):
        times, statements, text = timed(lambda fmt=fmt: faces.export(fmt, article_id), rounds)
        exports[fmt] = figures(times, statements, baseline_s) | {"kb": round(len(text) / 1024)}  # type: ignore[arg-type]
    store.close()
    return {
        "code": "reviewing service" if faces.service else "store-based (before the reviewing service)",
        "claims": len(claims),  # type: ignore[arg-type]
        "reviewers": len(REVIEWERS),
        "baseline_select_s": round(baseline_s, 5),
        "page": page_figures,
        "export": exports,
    }


def in_browser(home: Path, n_presses: int = 30) -> dict:
    from playwright.sync_api import sync_playwright
    from serving import free_port, wait_until_up

    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("WORKBENCH_")} | {
        "WORKBENCH_HOME": str(home),
        "WORKBENCH_LLM": "fake",
        "PYTHONPATH": str(ROOT),
    }
    server = subprocess.Popen(
        [sys.executable, "-m", "tests.ui.serve", "--port", str(port)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/"
    try:
        wait_until_up(url)
        args = [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
        ]
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=args, headless=True)
            page = browser.new_page(viewport={"width": 1600, "height": 1000})
            loads = []
            for _ in range(3):
                started = time.perf_counter()
                page.goto(url)
                page.wait_for_function(
                    "document.querySelectorAll('#wb-claims .wb-item').length >= 500"
                    " && document.querySelectorAll('#wb-article mark.wb-span').length >= 500",
                    timeout=60_000,
                )
                page.wait_for_selector("#wb-evidence .wb-ev")
                loads.append(time.perf_counter() - started)
            page.click("#wb-article h3")
            # timed in the page (keydown -> the next claim's panel in the DOM), not through Playwright's round trips
            page.evaluate("""() => {
              window.__lat = []; let pressed = null;
              document.addEventListener('keydown', () => { pressed = performance.now(); }, true);
              new MutationObserver(() => {
                const d = document.querySelector('#wb-detail .wb-detail');
                if (pressed !== null && d && d.dataset.claim !== window.__last) {
                  window.__lat.push(performance.now() - pressed); pressed = null; window.__last = d.dataset.claim;
                }
              }).observe(document.querySelector('#wb-detail'), {childList: true, subtree: true});
              window.__last = document.querySelector('#wb-detail .wb-detail').dataset.claim;
            }""")
            for _ in range(n_presses):
                before = page.get_attribute("#wb-detail .wb-detail", "data-claim")
                page.keyboard.press("j")
                page.wait_for_function(
                    "id => { const d = document.querySelector('#wb-detail .wb-detail');"
                    " return d && d.dataset.claim !== id; }",
                    arg=before,
                )
            presses = [x / 1000 for x in page.evaluate("window.__lat")]
            browser.close()
    finally:
        server.terminate()
        server.wait(timeout=15)
    return {"page_load_500_s": [round(x, 2) for x in loads], "next_claim_in_browser_500": summary_ms(presses)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--home", type=Path, help="A data directory where the demo article is checked (default: build one)."
    )
    parser.add_argument("--rounds", type=int, default=5, help="Passes over the demo article's claims.")
    parser.add_argument("--no-demo", action="store_true", help="Only the 500-claim article (no embedder needed).")
    parser.add_argument("--browser", action="store_true", help="Also measure in Chromium against the real app.")
    args = parser.parse_args()
    result: dict = {"benchmark": "ui_latency"}
    with tempfile.TemporaryDirectory(prefix="ui-latency-") as tmp:
        if not args.no_demo:
            started = time.perf_counter()
            home = Path(tmp) / "demo"
            if args.home:  # a copy of its database: the verdict measurement writes (and undoes) reviews
                home.mkdir()
                for db in args.home.glob("workbench.db*"):
                    shutil.copyfile(db, home / db.name)
            else:
                demo_home(home)
            log(f"demo data ready in {time.perf_counter() - started:.1f} s")
            result["demo"] = server_side(home, None, args.rounds)
        started = time.perf_counter()
        big = Path(tmp) / "big"
        article_id = synthetic_home(big)
        log(f"500-claim store built in {time.perf_counter() - started:.1f} s")
        result["load_500"] = load_500(big, article_id)
        result["select_500"] = server_side(big, article_id, 1)["select"]
        if args.browser:
            result["browser"] = in_browser(big)
        result["targets"] = {"select_p95_ms": 300, "page_500_s": 0.1, "export_500_s": 0.5}
        result["cpu_count"] = os.cpu_count()
        result["load_avg"] = [round(x, 1) for x in os.getloadavg()]
    print(json.dumps(result))


if __name__ == "__main__":
    main()
