"""The evals tab in a real browser: two stored runs listed, compared, plotted, their claim texts shown as text."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from tests.ui.conftest import Server, screenshot

pytestmark = pytest.mark.ui

XSS_CLAIM = "Konashenkov said the F-22 <img src=x onerror=alert(1)> fired flares near Mayadin."
CLAIMS = {  # id -> (claim, gold verdict)
    "c1": ("An F-22 fired flares near Mayadin on 23 November 2017.", "disputed"),
    "c2": (XSS_CLAIM, "disputed"),
    "c3": ("US officials said the incident never happened.", "supported"),
    "c4": ("Two Su-25 jets were sent to strike a target near Mayadin.", "supported"),
    "c5": ("The Su-35S drove the F-22 into Iraqi airspace.", "unverified"),
    "c6": ("The deconfliction line was used daily in December 2017.", "supported"),
}


def verdict_run(started: datetime, flipped: dict[str, str], version: int, suite: str = "probe"):
    """A verdict-only run log, scored like the runner scores one: every claim right except ``flipped``."""
    from workbench.evals.runner import score
    from workbench.evals.suites import Suite
    from workbench.records import EvalSample, PromptInfo, RunLog

    samples = []
    for claim_id, (text, gold) in CLAIMS.items():
        label = flipped.get(claim_id, gold)
        samples.append(
            EvalSample(
                stage="verdict",
                id=claim_id,
                input={"claim": text},
                expected={"verdict": gold},
                output={"label": label, "cited": []},
                scores={"correct": float(label == gold)},
            )
        )
    log = RunLog(
        id=f"{started:%Y%m%d-%H%M%S}-{suite}-v{version}",
        suite=suite,
        suite_hash="probe",
        stages=["verdict"],
        datasets=[],
        prompts=[PromptInfo(name="suggest_verdict", version=version, hash=f"h{version}")],
        model="fake:reader",
        started_at=started,
        seconds=1.5,
        samples=samples,
    )
    score(
        log,
        Suite(
            name=suite,
            stages=["verdict"],
            dataset="evals/datasets/probe.jsonl",
            metrics=["verdict.accuracy", "verdict.macro_f1"],
            thresholds={"verdict.accuracy": 0.9},
        ),
    )
    return log


@pytest.fixture(scope="module")
def evals_server(tmp_path_factory):
    """The app on an empty data directory, with two run logs of suite 'probe' in its evals folder, and two
    older ones of suite 'probe2' (the same change on another suite)."""
    from workbench.evals.runner import save_run
    from workbench.settings import Settings

    root = tmp_path_factory.mktemp("evals-ui")
    evals = root / "evals"
    settings = Settings(home=root / "home", evals_dir=evals, _env_file=None)
    started = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
    older = verdict_run(started, {}, version=1)
    newer = verdict_run(started + timedelta(hours=2), {"c2": "supported"}, version=2)
    other_a = verdict_run(started - timedelta(hours=3), {}, version=1, suite="probe2")
    other_b = verdict_run(started - timedelta(hours=2), {"c3": "disputed"}, version=2, suite="probe2")
    for log in (other_a, other_b, older, newer):
        save_run(log, settings)
    srv = Server(root / "home", "127.0.0.1", "evals", WORKBENCH_EVALS_DIR=str(evals))
    try:
        srv.wait_ready()
        yield srv, older, newer, other_a, other_b
    finally:
        srv.stop()


# a matplotlib figure arrives as an image; the component's own icons are svgs, so they do not count
PLOT_RENDERED = (
    "s => [...document.querySelectorAll(s + ' img')].some(i => i.src.startsWith('data:image') && i.naturalWidth > 0)"
)


def wait_text(page, selector: str, text: str) -> str:
    """The element's text once it shows ``text`` (Gradio tables keep hidden copies of their cells)."""
    page.wait_for_function(
        "([s, t]) => { const e = document.querySelector(s); return e && e.innerText.includes(t); }",
        arg=[selector, text],
    )
    return page.inner_text(selector)


def test_two_runs_are_listed_compared_and_plotted_with_claims_shown_as_text(evals_server, new_page):
    srv, older, newer, *_ = evals_server
    page = new_page(srv.url)
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.get_by_role("tab", name="Evals").click()
    page.wait_for_function(
        "ids => { const t = document.querySelector('#wb-evals-runs');"
        " return t && ids.every(i => t.innerText.includes(i)); }",
        arg=[older.id, newer.id],
    )
    runs = page.inner_text("#wb-evals-runs")
    assert runs.index(newer.id) < runs.index(older.id), "newest first"
    assert "suggest_verdict@2" in runs and "verdict macro-F1" in runs
    assert older.id in page.input_value("#wb-evals-a input") and newer.id in page.input_value("#wb-evals-b input")

    page.click("#wb-evals-compare")
    deltas = wait_text(page, "#wb-evals-deltas", "verdict.accuracy")
    assert "1.000" in deltas and "0.833" in deltas and "-0.167" in deltas, deltas
    changes = wait_text(page, "#wb-evals-changes", "Konashenkov said the F-22")
    assert XSS_CLAIM in changes, "the claim's markup is shown as text"
    assert "c1" not in changes.split(), "only the flipped claim changed"
    for plot in ("#wb-evals-bars", "#wb-evals-confusion-a", "#wb-evals-confusion-b", "#wb-evals-trend"):
        page.wait_for_function(PLOT_RENDERED, arg=plot)
    page.set_viewport_size({"width": 1600, "height": 1700})  # the runs, the deltas and the changes in one picture
    screenshot(page, "evals-tab")

    assert page.locator("#wb-evals-changes img, #wb-evals-runs img, #wb-evals-header img").count() == 0
    assert dialogs == [], f"a dialog fired: {dialogs}"


def test_pairs_of_runs_on_two_suites_are_pooled(evals_server, new_page):
    srv, older, newer, other_a, other_b = evals_server
    page = new_page(srv.url)
    page.get_by_role("tab", name="Evals").click()
    page.wait_for_function(
        "id => { const t = document.querySelector('#wb-evals-runs'); return t && t.innerText.includes(id); }",
        arg=newer.id,
    )
    page.click("#wb-evals-compare")
    wait_text(page, "#wb-evals-deltas", "verdict.accuracy")
    page.click("#wb-evals-pool-add")
    assert older.id in wait_text(page, "#wb-evals-pool", "Pooled over 1 pair")
    # the same change on the other suite: choosing the suite picks its two newest runs as A and B
    page.click("#wb-evals-suite input")
    page.get_by_role("option", name="probe2", exact=True).click()
    page.wait_for_function("id => document.querySelector('#wb-evals-b input').value.includes(id)", arg=other_b.id)
    assert other_a.id in page.input_value("#wb-evals-a input")
    page.click("#wb-evals-compare")
    wait_text(page, "#wb-evals-header", other_b.id)
    page.click("#wb-evals-pool-add")
    pooled = wait_text(page, "#wb-evals-pool", "Pooled over 2 pairs")
    assert other_a.id in pooled and newer.id in pooled
    # one claim of six flipped on each suite: 12 items, 10 right after the change
    table = wait_text(page, "#wb-evals-pool-deltas", "verdict.accuracy")
    row = table[table.rindex("verdict.accuracy") :].split("verdict.macro_f1")[0]  # its cells, one a line
    assert "1.000" in row and "0.833" in row and "-0.167" in row, table
    page.set_viewport_size({"width": 1600, "height": 2600})
    screenshot(page, "evals-pool")
    page.click("#wb-evals-pool-add")  # the same pair again is not counted twice, and the reviewer is told so
    page.get_by_text("That pair is already in the pool.").first.wait_for()
    assert "Pooled over 2 pairs" in wait_text(page, "#wb-evals-pool", "Pooled")
    page.click("#wb-evals-pool-clear")  # in the same queue as "Add": it cannot be undone by the add finishing last
    wait_text(page, "#wb-evals-pool", "Pool: empty")
    page.wait_for_selector("#wb-evals-pool-deltas", state="hidden", timeout=15_000)  # a separate output: it may follow
    assert not page.is_visible("#wb-evals-pool-deltas")


def test_an_empty_evals_folder_says_how_to_make_a_run(tmp_path, new_page):
    srv = Server(tmp_path / "home", "127.0.0.1", "evals-empty", WORKBENCH_EVALS_DIR=str(tmp_path / "evals"))
    try:
        srv.wait_ready()
        page = new_page(srv.url)
        page.get_by_role("tab", name="Evals").click()
        assert "workbench eval run smoke" in wait_text(page, "#wb-evals-status", "No evaluation runs")
    finally:
        srv.stop()
