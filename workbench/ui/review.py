"""The review tab: the article queue, the article with its claims, the selected claim's evidence and
suggestion, verdicts (keyboard-first), history, agreement, adding an article, exports.

The first half is plain functions from the reviewing service's data to HTML (``queue_html``,
``article_page``, ``claim_panel``): what a request costs on the server is what they cost, and
``benchmarks/ui_latency.py`` measures them. The second half (``build``) wires them into Gradio.
Every rule (which claim is selected, which passages a verdict may cite, what is weak) is the
service's or the records'; this module only draws.

Every action the page sends names the claim it is about (the claim the reviewer had selected when
pressing the key), so a verdict never lands on another claim because a response was slow; actions
are applied one at a time in the order they arrive. Reviews are append-only events in the store:
two reviewers working on one article at once never overwrite each other.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import gradio as gr

from workbench import jobs
from workbench.export import export_text
from workbench.records import VERDICTS, ProgressEvent
from workbench.reviewing import ReviewingError, ReviewingService
from workbench.ui import render
from workbench.ui.context import UIContext

FILTERS: dict[str, str | None] = {
    "All claims": None,
    "Unreviewed": "unreviewed",
    "Suggested disputed": "suggested:disputed",
    "Reviewers disagree": "disagreement",
    "Labelled supported": "supported",
    "Labelled disputed": "disputed",
    "Labelled unverified": "unverified",
}


# --- the reviewing service's data -> HTML ----------------------------------------------------------------


def queue_html(reviewing: ReviewingService, status: str | None, selected: str | None) -> str:
    """The article queue (only the articles with a claim matching ``status``, when given)."""
    return render.queue_html(reviewing.queue(status), selected)


@dataclass
class ArticlePage:
    article_id: str | None
    selected: str | None
    article_html: str
    claims_html: str
    agreement_html: str
    claim_ids: list[str] = field(default_factory=list)


def article_page(
    reviewing: ReviewingService, article_id: str | None, status: str | None = None, selected: str | None = None
) -> ArticlePage:
    """The article with its claim spans, the claim list (filtered), and agreement between reviewers."""
    data = reviewing.article_claims(article_id, status, selected)
    if data is None:
        empty = '<div class="wb-empty">Choose an article in the queue.</div>'
        return ArticlePage(None, None, empty, render.claim_list_html([], {}, {}, None), "")
    doc, selected = data.article, data.selected
    claims_html = render.claim_list_html(data.shown, data.statuses, data.suggestions, selected, data.positions)
    return ArticlePage(
        article_id=doc.id,
        selected=selected,
        article_html=render.article_html(doc, data.claims, data.statuses, selected),
        claims_html=claims_html.replace(
            '<div class="wb-list"', f'<div class="wb-list" data-article="{render.esc(doc.id)}"', 1
        ),
        agreement_html=render.agreement_html(data.agreement, {c.id: c.text for c in data.claims}),
        claim_ids=[c.id for c in data.shown],
    )


@dataclass
class ClaimPanel:
    claim_id: str | None
    detail_html: str
    evidence_html: str
    history_html: str
    choices: list[tuple[str, str]]
    used: list[str]


def claim_panel(reviewing: ReviewingService, claim_id: str | None) -> ClaimPanel:
    """The selected claim: evidence, suggestion, history, and the passages offered as 'used'."""
    detail = reviewing.claim_detail(claim_id)
    if detail is None:
        return ClaimPanel(None, '<div class="wb-empty">No claim selected.</div>', "", "", [], [])
    claim, evidence, suggestion = detail.claim, detail.evidence, detail.suggestion
    return ClaimPanel(
        claim_id=claim.id,
        detail_html=render.claim_detail_html(claim, evidence, suggestion, detail.status, detail.seen_before),
        evidence_html=render.evidence_list_html(claim, evidence, suggestion),
        history_html=render.history_html(detail.reviews),
        choices=[(f"P{n} · {e.title[:60]}", e.chunk_id) for n, e in enumerate(evidence, start=1)],
        used=detail.used,
    )


def sent(evt: gr.EventData, key: str) -> Any:
    """A field of the data the page's script sent with the event (``trigger('click', {claim: ...})``), or None.

    Gradio's documented way to read that data is as attributes of the EventData (``evt.claim``, as in
    the example of ``gr.HTML``'s ``js_on_load``); ``getattr`` with a default covers a field the event
    lacks. An event carrying no data at all makes EventData look the name up in None: a TypeError.
    """
    try:
        return getattr(evt, key, None)
    except TypeError:
        return None


# --- Gradio ------------------------------------------------------------------------------------------------

QUEUE_JS = """
element.addEventListener('click', (e) => {
  const a = e.target.closest('.wb-art[data-article]');
  if (a) trigger('click', {article: a.dataset.article});
});
element.addEventListener('keydown', (e) => {
  const a = e.target.closest('.wb-art[data-article]');
  if (a && e.key === 'Enter') trigger('click', {article: a.dataset.article});
});
"""

CLAIMS_JS = """
const wb = window.wb = window.wb || {};
let current = null, article = null;
const items = () => Array.from(element.querySelectorAll('.wb-item[data-claim]'));
const mark = (id) => {
  document.querySelectorAll('.wb-item.selected, .wb-span.selected').forEach(x => x.classList.remove('selected'));
  if (!id) return;
  for (const x of items()) {
    if (x.dataset.claim === id) { x.classList.add('selected'); x.scrollIntoView({block: 'nearest'}); }
  }
  document.querySelectorAll('.wb-span[data-claims]').forEach(x => {
    if (x.dataset.claims.split(' ').includes(id)) x.classList.add('selected');
  });
};
const select = (id) => { if (!id) return; current = id; mark(id); trigger('select', {action: 'select', claim: id}); };
wb.select = select;
wb.current = () => current;
wb.review = (action, label) => {
  if (action === 'next' || action === 'prev') {
    const ids = items().map(x => x.dataset.claim);
    if (!ids.length) return;
    let i = ids.indexOf(current);
    if (i < 0) i = action === 'next' ? 0 : ids.length - 1;
    else i = action === 'next' ? Math.min(i + 1, ids.length - 1) : Math.max(i - 1, 0);
    if (ids[i] !== current) select(ids[i]);
    return;
  }
  if (current) trigger('click', {action: action, label: label || null, claim: current});
};
// The server's choice wins for a new article or filter; otherwise the reviewer may have moved on
// while a response was on its way, and the client's selection stays.
const sync = () => {
  const root = element.querySelector('.wb-list');
  if (!root) return;
  const ids = items().map(x => x.dataset.claim);
  if (root.dataset.article !== article || !current || (!ids.includes(current) && root.dataset.current)) {
    article = root.dataset.article; current = root.dataset.current || null;
  }
  mark(current);
};
element.addEventListener('click', (e) => {
  const it = e.target.closest('.wb-item[data-claim]');
  if (it) select(it.dataset.claim);
});
watch('value', sync);
sync();
"""

ARTICLE_JS = """
element.addEventListener('click', (e) => {
  const m = e.target.closest('.wb-span[data-claims]');
  if (!m || !window.wb || !window.wb.select) return;
  const ids = m.dataset.claims.split(' ');
  const i = ids.indexOf(window.wb.current());
  window.wb.select(ids[(i + 1) % ids.length]);
});
"""

DETAIL_JS = """
element.addEventListener('click', (e) => {
  const r = e.target.closest('.wb-ref[data-ref]');
  if (!r) return;
  e.preventDefault();
  const card = document.querySelector(`#wb-evidence .wb-ev[data-ref="${r.dataset.ref}"]`);
  if (card) {
    card.scrollIntoView({block: 'nearest', behavior: 'smooth'});
    card.classList.add('flash');
    setTimeout(() => card.classList.remove('flash'), 1200);
  }
});
"""

AGREEMENT_JS = """
element.addEventListener('click', (e) => {
  const a = e.target.closest('.wb-jump[data-claim]');
  if (!a || !window.wb) return;
  e.preventDefault();
  window.wb.select(a.dataset.claim);
});
"""


@dataclass
class ReviewTab:
    """The components other tabs and the app wire to."""

    queue: Any
    refresh: Any  # for a .select()/.then() event: (article_id, filter, selected claim) -> outputs
    inputs: list[Any]
    outputs: list[Any]
    ask: Any  # "Ask the corpus about this claim"
    selected: Any  # the selected claim's id


STAGE_WORDS = {
    "load": "Reading",
    "embed": "Embedding",
    "write": "Storing",
    "index": "Indexing",
    "article": "Reading",
    "extract": "Extracting claims",
    "verdict": "Finding evidence and suggesting verdicts",
}


def _progress_of(job: jobs.Job) -> ProgressEvent | None:
    """A running job's progress, as the Checker last reported it; None before its first report."""
    if job.stage is None:
        return None
    return ProgressEvent(stage=job.stage, done=job.done, total=job.total, unit=job.unit or "items")


def _check_status(event: ProgressEvent | None, started: float) -> str:
    """One line of how far a running check is: stage, n/N and seconds so far."""
    seconds = f"{time.perf_counter() - started:.0f} s"
    if event is None:
        return f"Starting the check… {seconds}"
    words = STAGE_WORDS.get(event.stage, event.stage)
    count = f" {event.done}/{event.total} {event.unit}" if event.total else ""
    return f"{words}{count}… {seconds}. Claims appear as they are found; you can start reviewing."


def build(ctx: UIContext, demo: gr.Blocks) -> ReviewTab:
    reviewing = ctx.reviewing
    article_state = gr.State(None)
    selected_state = gr.State(None)

    with gr.Row(equal_height=False):
        with gr.Column(scale=1, min_width=250):
            reviewer = gr.Textbox(
                label="Reviewer",
                placeholder="your name (remembered in this browser)",
                elem_id="wb-reviewer",
                max_lines=1,
            )
            reviewer_saved = gr.BrowserState("", storage_key="workbench-reviewer")
            flt = gr.Dropdown(choices=list(FILTERS), value="All claims", label="Show", elem_id="wb-filter")
            gr.Markdown("**Articles**", elem_classes=["wb-h"])
            queue = gr.HTML(js_on_load=QUEUE_JS, elem_id="wb-queue")
            with gr.Accordion("Add an article", open=False, elem_id="wb-add"):
                with gr.Tabs():
                    with gr.Tab("Paste"):
                        paste_title = gr.Textbox(label="Title", max_lines=1, elem_id="wb-paste-title")
                        paste_text = gr.Textbox(label="Text", lines=5, elem_id="wb-paste-text")
                        paste_btn = gr.Button("Check pasted text", elem_id="wb-paste-check")
                    with gr.Tab("URL"):
                        url = gr.Textbox(label="URL", placeholder="https://…", max_lines=1)
                        url_btn = gr.Button("Check URL")
                    with gr.Tab("File"):
                        upload = gr.File(label="txt, md, html, pdf", file_count="single", type="filepath")
                        upload_btn = gr.Button("Check file")
                check_status = gr.Markdown(elem_id="wb-check-status")
            with gr.Accordion("Export", open=False, elem_id="wb-export"):
                scope = gr.Radio(
                    ["This article", "All articles"], value="This article", label="Claims of", show_label=False
                )
                with gr.Row():
                    csv_btn = gr.Button("CSV", size="sm")
                    jsonl_btn = gr.Button("JSONL", size="sm")
                    cr_btn = gr.Button("ClaimReview", size="sm")
                export_file = gr.File(label="Download", interactive=False, elem_id="wb-export-file")
        with gr.Column(scale=3, min_width=380, elem_id="wb-article-col"):
            gr.HTML(render.legend_html())
            article = gr.HTML(js_on_load=ARTICLE_JS, elem_id="wb-article", max_height="calc(100vh - 90px)")
        with gr.Column(scale=3, min_width=440):
            claims = gr.HTML(js_on_load=CLAIMS_JS, elem_id="wb-claims", max_height=250)
            detail = gr.HTML(js_on_load=DETAIL_JS, elem_id="wb-detail")
            with gr.Group(elem_classes=["wb-verdict-box"]):
                with gr.Row(elem_classes=["wb-verdicts"]):
                    supported = gr.Button(
                        "Supported · 1",
                        elem_id="wb-btn-supported",
                        elem_classes=["wb-v-supported"],
                        size="sm",
                        min_width=90,
                    )
                    disputed = gr.Button(
                        "Disputed · 2",
                        elem_id="wb-btn-disputed",
                        elem_classes=["wb-v-disputed"],
                        size="sm",
                        min_width=90,
                    )
                    unverified = gr.Button(
                        "Unverified · 3",
                        elem_id="wb-btn-unverified",
                        elem_classes=["wb-v-unverified"],
                        size="sm",
                        min_width=90,
                    )
                with gr.Row(elem_classes=["wb-nav"]):
                    prev_btn = gr.Button(
                        "← Previous · k", size="sm", variant="secondary", elem_id="wb-btn-prev", min_width=90
                    )
                    next_btn = gr.Button(
                        "Next · j →", size="sm", variant="secondary", elem_id="wb-btn-next", min_width=90
                    )
                    undo = gr.Button(
                        "Undo my last · u", elem_id="wb-btn-undo", size="sm", variant="secondary", min_width=90
                    )
                note = gr.Textbox(
                    label="Note (n) · sent with the next verdict",
                    lines=1,
                    max_lines=5,
                    elem_id="wb-note",
                    placeholder="why this verdict",
                )
                used = gr.CheckboxGroup(label="Passages used", choices=[], elem_id="wb-used", elem_classes=["wb-used"])
            gr.HTML(render.keys_html())
            ask = gr.Button(
                "Ask the corpus about this claim", size="sm", variant="secondary", elem_id="wb-btn-ask-claim"
            )
            evidence = gr.HTML(elem_id="wb-evidence")
            with gr.Accordion("History of this claim", open=True, elem_id="wb-history-box"):
                history = gr.HTML(elem_id="wb-history")
            with gr.Accordion("Agreement between reviewers", open=False, elem_id="wb-agreement-box"):
                agreement = gr.HTML(js_on_load=AGREEMENT_JS, elem_id="wb-agreement")

    page_outputs = [
        article_state,
        selected_state,
        queue,
        article,
        claims,
        agreement,
        detail,
        evidence,
        history,
        used,
        note,
    ]

    def show(article_id: str | None, filter_label: str, selected: str | None = None) -> list[Any]:
        status = FILTERS.get(filter_label)
        rows = reviewing.queue(status)
        page = article_page(reviewing, article_id, status, selected)
        if page.article_id is None and rows:  # no article chosen yet, or it is gone: the queue's first
            page = article_page(reviewing, rows[0].article.id, status, selected)
        panel = claim_panel(reviewing, page.selected)
        return [
            page.article_id,
            page.selected,
            render.queue_html(rows, page.article_id),
            page.article_html,
            page.claims_html,
            page.agreement_html,
            panel.detail_html,
            panel.evidence_html,
            panel.history_html,
            gr.CheckboxGroup(choices=panel.choices, value=panel.used),
            "",
        ]

    def on_load(saved: str, article_id: str | None, filter_label: str) -> list[Any]:
        return [saved or "", *show(article_id, filter_label)]

    demo.load(on_load, [reviewer_saved, article_state, flt], [reviewer, *page_outputs])
    reviewer.change(lambda name: name.strip(), reviewer, reviewer_saved)
    flt.change(lambda a, f, c: show(a, f, c), [article_state, flt, selected_state], page_outputs)

    def pick_article(filter_label: str, evt: gr.EventData) -> list[Any]:
        return show(sent(evt, "article"), filter_label)

    queue.click(pick_article, [flt], page_outputs)

    def on_action(filter_label: str, note_text: str, used_ids: list[str], name: str, evt: gr.EventData) -> list[Any]:
        action, claim_id, label = sent(evt, "action"), sent(evt, "claim"), sent(evt, "label")
        skip = [gr.skip()] * len(page_outputs)
        claim = reviewing.claim(claim_id) if claim_id else None
        if claim is None:
            return skip
        name = (name or "").strip()
        if not name:
            gr.Warning("Enter your name in the Reviewer box first: every verdict records who gave it.")
            return skip
        try:
            if action == "label" and label in VERDICTS:
                # The passages ticked may still be the previous claim's when a key is pressed before this
                # claim's panel arrived: those are left out, not refused, so the verdict is not lost.
                reviewing.review(
                    claim_id,
                    name,
                    label,
                    note=(note_text or "").strip(),
                    evidence_used=used_ids or [],
                    drop_unknown_evidence=True,
                )
            elif action == "undo":
                if reviewing.undo(claim_id, name) is None:
                    gr.Info(f"Nothing of yours to undo on this claim, {name}.")
                    return skip
            else:
                return skip
        except ReviewingError as exc:
            raise gr.Error(str(exc)) from exc
        return show(claim.article_id, filter_label, claim_id)

    # Selecting only redraws the claim's panel: the article and the list (large for a long article)
    # are not outputs of this event, so the browser does not touch them.
    panel_outputs = [selected_state, detail, evidence, history, used, note]

    def on_select(evt: gr.EventData) -> list[Any]:
        claim_id = sent(evt, "claim")
        panel = claim_panel(reviewing, claim_id)
        if panel.claim_id is None:
            return [gr.skip()] * len(panel_outputs)
        return [
            claim_id,
            panel.detail_html,
            panel.evidence_html,
            panel.history_html,
            gr.CheckboxGroup(choices=panel.choices, value=panel.used),
            "",
        ]

    claims.select(
        on_select,
        None,
        panel_outputs,
        trigger_mode="multiple",
        concurrency_limit=1,
        concurrency_id="review-actions",
        show_progress="hidden",
    )
    claims.click(
        on_action,
        [flt, note, used, reviewer],
        page_outputs,
        # Raw values, not Gradio's preprocessing: that refuses "passages used" not among the choices
        # of the panel on screen, which is still the previous claim's when a verdict key follows a
        # j/k at once, and the verdict was lost with the error. The service drops strays instead.
        preprocess=False,
        trigger_mode="multiple",
        concurrency_limit=1,
        concurrency_id="review-actions",
        show_progress="hidden",
    )
    for button, (action, label) in (
        (supported, ("label", "supported")),
        (disputed, ("label", "disputed")),
        (unverified, ("label", "unverified")),
        (undo, ("undo", "")),
        (prev_btn, ("prev", "")),
        (next_btn, ("next", "")),
    ):
        button.click(None, js=f"() => window.wb && window.wb.review('{action}', '{label}')")

    # -- add an article --------------------------------------------------------------------------

    def run_check(source: str | Path, filter_label: str) -> Iterator[list[Any]]:
        """Submit the check as a job and show the article's claims as they are stored.

        The job runs in the server's worker (``workbench/jobs.py``), not in this request: closing the
        tab does not stop it, and a restarted server resumes it. This only follows it: the first
        claims appear after the first sentence's extraction; the list, the article's highlights and
        the queue are redrawn every second while anything new was stored. The claim panel is filled
        once, at the first claims, and then left alone, so a reviewer who already started on a claim
        is not moved. Pressing Check again for a source being checked follows the same job.
        """
        queue = jobs.queue_for(ctx.checker)
        text = str(source)
        # pasted text is kept as articles/pasted-<hash>.txt|md (UIContext.save_article), as the API keeps it
        kind = "url" if text.startswith(("http://", "https://")) else "file"
        kind = "text" if Path(text).name.startswith("pasted-") else kind
        try:
            job = queue.submit(kind, text, submitted_by="review tab").job  # type: ignore[arg-type]
        except jobs.JobError as exc:
            raise gr.Error(str(exc)) from exc
        started = time.perf_counter()
        shown: tuple[int, int] | None = None
        while True:
            job = queue.wait(job.id, timeout=1.0) or job
            if job.status in ("done", "failed"):
                break
            status = _check_status(_progress_of(job), started)
            if job.article_id is None:
                yield [status, *[gr.skip()] * len(page_outputs)]
                continue
            stored = reviewing.claim_counts(job.article_id)
            if stored == shown or stored[0] == 0:
                yield [status, *[gr.skip()] * len(page_outputs)]
                continue
            first_time, shown = shown is None, stored
            page = show(job.article_id, filter_label)
            yield [status, *(page if first_time else _without_panel(page))]
        if job.status == "failed" or job.article_id is None:
            raise gr.Error(f"Could not check {Path(text).name}: {job.error or 'the job ended without an article'}")
        article_view = reviewing.article_view(job.article_id)
        title = article_view.title if article_view else Path(text).name
        failures = job.counts.get("failures", 0)
        failed = f", {failures} failed" if failures else ""
        message = (
            f"Checked **{render.esc(title)}**: {job.counts.get('claims', 0)} claims{failed} "
            f"in {time.perf_counter() - started:.1f} s."
        )
        page = show(job.article_id, filter_label)
        yield [message, *(page if shown is None else _without_panel(page))]

    without_panel = {id(c) for c in (article_state, queue, article, claims, agreement)}

    def _without_panel(page: list[Any]) -> list[Any]:
        """The page's article, queue and claim list; the selected claim and its panel stay as they are."""
        return [value if id(c) in without_panel else gr.skip() for c, value in zip(page_outputs, page, strict=True)]

    check_outputs = [check_status, *page_outputs]

    def check_pasted(title: str, text: str, filter_label: str) -> Iterator[list[Any]]:
        if not (text or "").strip():
            raise gr.Error("Paste the article's text first.")
        yield from run_check(ctx.save_article(text, title=(title or "").strip() or None), filter_label)

    def check_url(link: str, filter_label: str) -> Iterator[list[Any]]:
        if not (link or "").strip().lower().startswith(("http://", "https://")):
            raise gr.Error("Give an http(s) URL.")
        yield from run_check(link.strip(), filter_label)

    def check_file(path: str | None, filter_label: str) -> Iterator[list[Any]]:
        if not path:
            raise gr.Error("Choose a file first.")
        yield from run_check(ctx.keep_upload(path, "articles"), filter_label)

    for button, handler, inputs in (
        (paste_btn, check_pasted, [paste_title, paste_text, flt]),
        (url_btn, check_url, [url, flt]),
        (upload_btn, check_file, [upload, flt]),
    ):
        # following a job is mostly waiting; how many checks run at once is the job queue's to decide
        button.click(
            handler, inputs, check_outputs, concurrency_id="check", concurrency_limit=8, show_progress="minimal"
        )

    # -- export ----------------------------------------------------------------------------------

    def export(fmt: str, scope_label: str, article_id: str | None) -> str:
        only = article_id if scope_label == "This article" else None
        text = export_text(reviewing.reviewed_claims(only), fmt)  # type: ignore[arg-type]
        suffix = {"csv": "csv", "jsonl": "jsonl", "claimreview": "json"}[fmt]
        name = f"claims-{only[:8] if only else 'all'}.{'claimreview.' if fmt == 'claimreview' else ''}{suffix}"
        path = ctx.export_dir() / name
        path.write_text(text, encoding="utf-8")
        return str(path)

    csv_btn.click(lambda s, a: export("csv", s, a), [scope, article_state], export_file)
    jsonl_btn.click(lambda s, a: export("jsonl", s, a), [scope, article_state], export_file)
    cr_btn.click(lambda s, a: export("claimreview", s, a), [scope, article_state], export_file)

    return ReviewTab(
        queue=queue,
        refresh=lambda a, f, c: show(a, f, c),
        inputs=[article_state, flt, selected_state],
        outputs=page_outputs,
        ask=ask,
        selected=selected_state,
    )
