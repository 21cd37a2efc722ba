"""The review tab: the article queue, the article with its claims, the selected claim's evidence and
suggestion, verdicts (keyboard-first), history, agreement, adding an article, exports.

The first half is plain functions from the store to HTML (``article_queue``, ``article_page``,
``claim_panel``): what a request costs on the server is what they cost, and
``benchmarks/ui_latency.py`` measures them. The second half (``build``) wires them into Gradio.

Every action the page sends names the claim it is about (the claim the reviewer had selected when
pressing the key), so a verdict never lands on another claim because a response was slow; actions
are applied one at a time in the order they arrive. Reviews are append-only events in the store:
two reviewers working on one article at once never overwrite each other.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import gradio as gr

from workbench.export import export_text
from workbench.records import VERDICTS, Claim, Document, ProgressEvent
from workbench.store import Store, StoreError, derive_status
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


# --- store -> HTML --------------------------------------------------------------------------------------


def article_queue(store: Store, status: str | None) -> list[tuple[Document, int, int, int | None]]:
    """Every article with (reviewed, total) claims, and how many match ``status``; with a filter, only
    the articles that have a matching claim."""
    per_article: dict[str, list[Claim]] = {}
    for claim in store.claims():
        per_article.setdefault(claim.article_id, []).append(claim)
    statuses = store.statuses()
    matching: dict[str, int] = {}
    if status:
        for claim in store.claims(status=status):
            matching[claim.article_id] = matching.get(claim.article_id, 0) + 1
    rows = []
    for doc in store.list_documents(kind="article"):
        claims = per_article.get(doc.id, [])
        reviewed = sum(1 for c in claims if statuses.get(c.id) and statuses[c.id].by_reviewer)
        if status and not matching.get(doc.id):
            continue
        rows.append((doc, reviewed, len(claims), matching.get(doc.id, 0) if status else None))
    return rows


@dataclass
class ArticlePage:
    article_id: str | None
    selected: str | None
    article_html: str
    claims_html: str
    agreement_html: str
    claim_ids: list[str] = field(default_factory=list)


def article_page(
    store: Store, article_id: str | None, status: str | None = None, selected: str | None = None
) -> ArticlePage:
    """The article with its claim spans, the claim list (filtered), and agreement between reviewers.

    ``selected`` stays selected if it is a claim of the article; otherwise the first unreviewed
    claim in the list is.
    """
    doc = store.get_document(article_id) if article_id else None
    if doc is None:
        empty = '<div class="wb-empty">Choose an article in the queue.</div>'
        return ArticlePage(None, None, empty, render.claim_list_html([], {}, {}, None), "")
    claims = store.claims(doc.id)
    shown = store.claims(doc.id, status=status) if status else claims
    statuses = store.statuses(doc.id)
    suggestions = store.latest_suggestions(doc.id)
    ids = {c.id for c in claims}
    if selected not in ids:
        unreviewed = [c for c in shown if not (statuses.get(c.id) and statuses[c.id].by_reviewer)]
        selected = (unreviewed or shown or [None])[0]  # type: ignore[list-item]
        selected = selected.id if selected else None
    in_text = sorted(claims, key=lambda c: (c.span.start if c.span else 1 << 30, -c.check_worthiness))
    positions = {c.id: n for n, c in enumerate(in_text, start=1)}
    agreement = store.agreement(doc.id)
    return ArticlePage(
        article_id=doc.id,
        selected=selected,
        article_html=render.article_html(doc, claims, statuses, selected),
        claims_html=render.claim_list_html(shown, statuses, suggestions, selected, positions).replace(
            '<div class="wb-list"', f'<div class="wb-list" data-article="{render.esc(doc.id)}"', 1
        ),
        agreement_html=render.agreement_html(agreement, {c.id: c.text for c in claims}),
        claim_ids=[c.id for c in shown],
    )


@dataclass
class ClaimPanel:
    claim_id: str | None
    detail_html: str
    evidence_html: str
    history_html: str
    choices: list[tuple[str, str]]
    used: list[str]


def claim_panel(store: Store, claim_id: str | None) -> ClaimPanel:
    """The selected claim: evidence, suggestion, history, and the passages offered as 'used'."""
    claim = store.get_claim(claim_id) if claim_id else None
    if claim is None:
        return ClaimPanel(None, '<div class="wb-empty">No claim selected.</div>', "", "", [], [])
    evidence = store.evidence(claim.id)
    suggestion = store.suggestion(claim.id)
    reviews = store.reviews(claim.id)
    status = derive_status(claim.id, reviews)
    choices = [(f"P{n} · {e.title[:60]}", e.chunk_id) for n, e in enumerate(evidence, start=1)]
    used = [c for c in (suggestion.cited if suggestion else []) if c in {e.chunk_id for e in evidence}]
    return ClaimPanel(
        claim_id=claim.id,
        detail_html=render.claim_detail_html(claim, evidence, suggestion, status),
        evidence_html=render.evidence_list_html(claim, evidence, suggestion),
        history_html=render.history_html(reviews),
        choices=choices,
        used=used,
    )


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
  for (const x of items()) if (x.dataset.claim === id) { x.classList.add('selected'); x.scrollIntoView({block: 'nearest'}); }
  document.querySelectorAll('.wb-span[data-claims]').forEach(x => { if (x.dataset.claims.split(' ').includes(id)) x.classList.add('selected'); });
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
element.addEventListener('click', (e) => { const it = e.target.closest('.wb-item[data-claim]'); if (it) select(it.dataset.claim); });
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
  if (card) { card.scrollIntoView({block: 'nearest', behavior: 'smooth'}); card.classList.add('flash'); setTimeout(() => card.classList.remove('flash'), 1200); }
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


STAGE_WORDS = {
    "load": "Reading",
    "embed": "Embedding",
    "write": "Storing",
    "index": "Indexing",
    "article": "Reading",
    "extract": "Extracting claims",
    "verdict": "Finding evidence and suggesting verdicts",
}


def _check_status(event: ProgressEvent | None, started: float) -> str:
    """One line of how far a running check is: stage, n/N and seconds so far."""
    seconds = f"{time.perf_counter() - started:.0f} s"
    if event is None:
        return f"Starting the check… {seconds}"
    words = STAGE_WORDS.get(event.stage, event.stage)
    count = f" {event.done}/{event.total} {event.unit}" if event.total else ""
    return f"{words}{count}… {seconds}. Claims appear as they are found; you can start reviewing."


def build(ctx: UIContext, demo: gr.Blocks) -> ReviewTab:
    store = ctx.store
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
        if article_id is None or store.get_document(article_id) is None:
            rows = article_queue(store, status)
            article_id = rows[0][0].id if rows else None
        page = article_page(store, article_id, status, selected)
        panel = claim_panel(store, page.selected)
        return [
            page.article_id,
            page.selected,
            render.queue_html(article_queue(store, status), page.article_id),
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
        return show((evt._data or {}).get("article"), filter_label)

    queue.click(pick_article, [flt], page_outputs)

    def on_action(filter_label: str, note_text: str, used_ids: list[str], name: str, evt: gr.EventData) -> list[Any]:
        data = evt._data or {}
        action, claim_id = data.get("action"), data.get("claim")
        skip = [gr.skip()] * len(page_outputs)
        claim = store.get_claim(claim_id) if claim_id else None
        if claim is None:
            return skip
        name = (name or "").strip()
        if not name:
            gr.Warning("Enter your name in the Reviewer box first: every verdict records who gave it.")
            return skip
        evidence_ids = {e.chunk_id for e in store.evidence(claim_id)}
        try:
            if action == "label" and data.get("label") in VERDICTS:
                store.add_review(
                    claim_id,
                    name,
                    data["label"],
                    note=(note_text or "").strip(),
                    evidence_used=[c for c in used_ids or [] if c in evidence_ids],
                )
            elif action == "undo":
                if store.undo(claim_id, name) is None:
                    gr.Info(f"Nothing of yours to undo on this claim, {name}.")
                    return skip
            else:
                return skip
        except StoreError as exc:
            raise gr.Error(str(exc)) from exc
        return show(claim.article_id, filter_label, claim_id)

    # Selecting only redraws the claim's panel: the article and the list (large for a long article)
    # are not outputs of this event, so the browser does not touch them.
    panel_outputs = [selected_state, detail, evidence, history, used, note]

    def on_select(evt: gr.EventData) -> list[Any]:
        claim_id = (evt._data or {}).get("claim")
        panel = claim_panel(store, claim_id)
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
        """Check in a worker thread and show the article's claims as they are stored.

        The first claims appear after the first sentence's extraction; the list, the article's
        highlights and the queue are redrawn every second while anything new was stored. The claim
        panel is filled once, at the first claims, and then left alone, so a reviewer who already
        started on a claim is not moved.
        """
        seen: dict[str, Any] = {"article": None, "event": None}

        def report(event: ProgressEvent) -> None:
            if event.stage == "article" and event.item:
                seen["article"] = event.item
            seen["event"] = event

        outcome: dict[str, Any] = {}

        def work() -> None:
            try:
                outcome["report"] = ctx.checker.check(source, progress=report)
            except Exception as exc:  # noqa: BLE001 - shown to the user below, never lost in the thread
                outcome["error"] = exc

        started = time.perf_counter()
        worker = threading.Thread(target=work, name="review-check", daemon=True)
        worker.start()
        shown: tuple[int, int] | None = None
        while worker.is_alive():
            worker.join(timeout=1.0)
            article_id = seen["article"]
            if article_id is None or not worker.is_alive():
                yield [_check_status(seen["event"], started), *[gr.skip()] * len(page_outputs)]
                continue
            stored = store.claim_counts(article_id)
            if stored == shown or stored[0] == 0:
                yield [_check_status(seen["event"], started), *[gr.skip()] * len(page_outputs)]
                continue
            first_time, shown = shown is None, stored
            page = show(article_id, filter_label)
            yield [_check_status(seen["event"], started), *(page if first_time else _without_panel(page))]
        if "error" in outcome:
            raise gr.Error(f"Could not check {Path(str(source)).name}: {outcome['error']}")
        result = outcome["report"]
        failed = f", {len(result.failures)} failed" if result.failures else ""
        message = (
            f"Checked **{render.esc(result.article.title)}**: {len(result.claims)} claims{failed} "
            f"in {time.perf_counter() - started:.1f} s."
        )
        page = show(result.article.id, filter_label)
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
        button.click(
            handler, inputs, check_outputs, concurrency_id="check", concurrency_limit=1, show_progress="minimal"
        )

    # -- export ----------------------------------------------------------------------------------

    def export(fmt: str, scope_label: str, article_id: str | None) -> str:
        only = article_id if scope_label == "This article" else None
        text = export_text(store, fmt, only)  # type: ignore[arg-type]
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
    )
