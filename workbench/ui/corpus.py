"""The corpus tab: the documents (kind, outlet, date), uploads to ingest with progress, hybrid search.

Everything goes through the corpus service (``ctx.corpus``), never the index itself.
"""

from __future__ import annotations

from typing import Any

import gradio as gr

from workbench.records import ProgressEvent, SearchFilters
from workbench.ui import render
from workbench.ui.context import UIContext

KINDS = {"Any kind": None, "Evidence": "evidence", "Articles": "article"}


def build(ctx: UIContext, demo: gr.Blocks) -> Any:
    with gr.Row(equal_height=False):
        with gr.Column(scale=3, min_width=480):
            with gr.Row():
                query = gr.Textbox(
                    show_label=False,
                    placeholder="Search the corpus (dense + BM25, fused)…",
                    scale=5,
                    elem_id="wb-search",
                    max_lines=1,
                )
                kind = gr.Dropdown(list(KINDS), value="Any kind", show_label=False, scale=1, min_width=130)
                search_btn = gr.Button("Search", variant="primary", scale=1, elem_id="wb-search-btn")
            results = gr.HTML(
                '<div class="wb-empty">Results appear here, with the passages\' scores and ranks.</div>',
                elem_id="wb-results",
            )
        with gr.Column(scale=2, min_width=320):
            gr.Markdown("**Add documents**", elem_classes=["wb-h"])
            files = gr.File(
                label="txt, md (front matter), html, pdf, jsonl",
                file_count="multiple",
                type="filepath",
                elem_id="wb-upload",
            )
            upload_kind = gr.Radio(["evidence", "article"], value="evidence", label="Ingest as")
            ingest_btn = gr.Button("Ingest", elem_id="wb-ingest")
            ingest_status = gr.Markdown(elem_id="wb-ingest-status")
    gr.Markdown("**Documents**", elem_classes=["wb-h"])
    summary = gr.Markdown(elem_id="wb-corpus-summary")
    documents = gr.HTML(elem_id="wb-documents", max_height=520)

    def list_documents() -> list[str]:
        rows = ctx.corpus.documents()
        evidence = sum(1 for r in rows if r.kind == "evidence")
        chunks = sum(r.chunks for r in rows)
        return [
            f"{len(rows)} documents ({evidence} evidence, {len(rows) - evidence} articles), {chunks} chunks.",
            render.documents_html(rows),
        ]

    def search(text: str, kind_label: str) -> str:
        text = (text or "").strip()
        if not text:
            return '<div class="wb-empty">Type a query.</div>'
        hits = ctx.corpus.search(text, k=ctx.settings.search_k, filters=SearchFilters(kind=KINDS[kind_label]))
        return render.search_results_html(text, hits)

    def ingest(paths: list[str] | None, as_kind: str, progress: gr.Progress = gr.Progress()) -> list[str]:  # noqa: B008 - Gradio's way to ask for a progress bar
        if not paths:
            raise gr.Error("Choose files to ingest first.")
        kept = [str(ctx.keep_upload(p, "uploads")) for p in paths]

        def report(event: ProgressEvent) -> None:
            if event.total:
                progress((event.done, event.total), desc=event.stage, unit=event.unit)

        result = ctx.corpus.ingest(kept, kind=as_kind, progress=report)  # type: ignore[arg-type]
        lines = [
            (
                f"Added {len(result.added)}, unchanged {len(result.unchanged)}, failed {result.failed_files} "
                f"({result.chunks_added} chunks, {result.seconds:.1f} s)."
            )
        ]
        lines += [
            f"- failed: `{render.esc(f.source.rsplit('/', 1)[-1])}`: {render.esc(f.reason)}" for f in result.failures
        ]
        return ["\n".join(lines), *list_documents()]

    search_btn.click(search, [query, kind], results)
    query.submit(search, [query, kind], results)
    ingest_btn.click(
        ingest, [files, upload_kind], [ingest_status, summary, documents], concurrency_id="check", concurrency_limit=1
    )
    return list_documents, [summary, documents]
