"""The chat tab: questions to the corpus, answers with numbered citations, "Check this answer".

The answer streams: "Searching the corpus…" while retrieval runs (a fraction of a second once the
indexes are loaded), then the passages the model reads are listed beside the chat, then the text
grows as the model writes it, and last the citations become links (a click shows the passage) and
statements that no passage supports are marked. Opening the tab warms the path in the background:
the indexes and the embedding model, and a local model with the chat prompt's system message read,
so the first question waits only for its own passages to be read.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import gradio as gr

from workbench.chat import ChatReply, Finished, Partial, Retrieved, stream_answer, warm_up
from workbench.prompts import load_prompt
from workbench.records import Evidence, ProgressEvent, content_hash
from workbench.ui import render
from workbench.ui.context import UIContext

PASSAGE_HINT = '<div class="wb-empty">Click a citation such as [1] to read its passage.</div>'
SEARCHING = "_Searching the corpus…_"
CURSOR = " ▍"
UPDATE_EVERY_S = 0.08
"""Shortest time between two updates of a growing answer (a fast model would otherwise send one per token)."""

SOURCES_JS = """
const wb = window.wb = window.wb || {};
wb.cite = (turn, n) => trigger('click', {turn: turn, n: n});
element.addEventListener('click', (e) => {
  const s = e.target.closest('.wb-src[data-n]');
  if (s) wb.cite(Number(s.dataset.turn), Number(s.dataset.n));
});
"""


def plain_answer(reply: ChatReply) -> str:
    """The answer without citation markers, as an article to check."""
    return re.sub(r"\s*\[(?:\d+|P\d+\?)\]", "", reply.answer).strip()


def answer_html(reply: ChatReply, turn: int) -> str:
    """The finished answer: citation links, and statements no passage supports marked as such."""
    html = render.answer_markdown(reply.answer, turn)
    for statement in reply.uncited:
        text = render.esc(statement)
        html = html.replace(
            text, f'<span class="wb-uncited" title="No passage supports this statement">{text}</span>', 1
        )
    return html


def partial_html(text: str) -> str:
    """An answer still being written: plain text (its citations become links when it is finished)."""
    return render.esc(text) + CURSOR


def reading_html(question: str, passages: list[Evidence]) -> str:
    """The sources panel while the model reads: the passages it was given."""
    rows = "".join(
        f'<div class="wb-reading"><span class="wb-pnum">P{n}</span> <b>{render.esc(e.title)}</b> '
        f'<span class="wb-muted">{" · ".join(render.esc(x) for x in (e.outlet, e.date) if x)}</span></div>'
        for n, e in enumerate(passages, start=1)
    )
    return (
        f'<div class="wb-sources"><div class="wb-muted small">Question: {render.esc(question)}</div>'
        f'<div class="wb-muted small">The model is reading {len(passages)} passage(s):</div>{rows}</div>'
    )


def claim_question(claim_text: str) -> str:
    """The question the Review tab's "Ask the corpus about this claim" asks."""
    return f'What do the sources say about this claim: "{" ".join(claim_text.split())}"'


@dataclass
class ChatTab:
    """What the app wires to: the warm-up to run when the tab opens, and the question and its answer."""

    warm: Callable[[], None]
    question: Any
    respond: Callable[..., Iterator[list[Any]]]
    inputs: list[Any]
    outputs: list[Any]


def build(ctx: UIContext, demo: gr.Blocks) -> ChatTab:
    """The tab's components and events."""
    replies = gr.State([])  # list of ChatReply dicts, one per assistant turn
    with gr.Row(equal_height=False):
        with gr.Column(scale=3, min_width=420):
            chatbot = gr.Chatbot(
                label="Chat with the corpus",
                show_label=False,
                elem_id="wb-chat",
                height=520,
                layout="panel",
                feedback_options=None,
                placeholder="Ask about the evidence corpus. Answers cite the passages they use.",
            )
            with gr.Row():
                question = gr.Textbox(
                    show_label=False,
                    placeholder="Ask a question about the corpus…",
                    scale=5,
                    elem_id="wb-question",
                    max_lines=3,
                )
                ask = gr.Button("Ask", variant="primary", scale=1, elem_id="wb-ask")
            with gr.Row():
                check = gr.Button("Check this answer", elem_id="wb-check-answer", size="sm")
                clear = gr.Button("Clear", size="sm", variant="secondary")
            check_status = gr.Markdown(elem_id="wb-chat-status")
        with gr.Column(scale=2, min_width=320):
            gr.Markdown("**Sources of the latest answer**", elem_classes=["wb-h"])
            sources = gr.HTML(render.sources_html(None, 0), js_on_load=SOURCES_JS, elem_id="wb-sources")
            gr.Markdown("**Passage**", elem_classes=["wb-h"])
            passage = gr.HTML(PASSAGE_HINT, elem_id="wb-passage")

    warming = threading.Lock()  # held while the tab's warm-up runs

    def respond(text: str, history: list[dict], stored: list[dict]) -> Iterator[list[Any]]:
        text = (text or "").strip()
        if not text:
            return
        history = [*history, {"role": "user", "content": text}, {"role": "assistant", "content": SEARCHING}]
        yield ["", history, stored, gr.skip(), gr.skip()]
        turn = len(stored)
        shown_at = 0.0
        try:
            with warming:  # a warm-up under way opens what the answer needs: wait for it rather than race it
                pass
            prompt = load_prompt("chat_answer")
            for event in stream_answer(text, ctx.searcher, ctx.llm, prompt, k=ctx.settings.evidence_k):
                if isinstance(event, Retrieved):
                    history[-1] = {"role": "assistant", "content": f"_Reading {len(event.passages)} passage(s)…_"}
                    yield [gr.skip(), history, gr.skip(), reading_html(text, event.passages), PASSAGE_HINT]
                elif isinstance(event, Partial):
                    if time.monotonic() - shown_at < UPDATE_EVERY_S:
                        continue
                    shown_at = time.monotonic()
                    history[-1] = {"role": "assistant", "content": partial_html(event.text)}
                    yield [gr.skip(), history, gr.skip(), gr.skip(), gr.skip()]
                elif isinstance(event, Finished):
                    reply = event.reply
                    stored = [*stored, reply.model_dump(mode="json")]
                    history[-1] = {"role": "assistant", "content": answer_html(reply, turn)}
                    yield [gr.skip(), history, stored, render.sources_html(reply, turn), PASSAGE_HINT]
        except Exception as exc:  # noqa: BLE001 - shown in the chat, whatever the cause
            history[-1] = {"role": "assistant", "content": f"**Error:** {render.esc(exc)}"}
            yield ["", history, stored, gr.skip(), gr.skip()]

    outputs = [question, chatbot, replies, sources, passage]
    ask.click(respond, [question, chatbot, replies], outputs, concurrency_id="chat", concurrency_limit=2)
    question.submit(respond, [question, chatbot, replies], outputs, concurrency_id="chat", concurrency_limit=2)
    clear.click(
        lambda: [[], [], render.sources_html(None, 0), PASSAGE_HINT, ""],
        None,
        [chatbot, replies, sources, passage, check_status],
    )

    def show_citation(stored: list[dict], evt: gr.EventData) -> str:
        # the custom event's data, {turn, n} from SOURCES_JS, are attributes of the EventData
        try:
            reply = ChatReply.model_validate(stored[int(getattr(evt, "turn", None))])
            number = int(getattr(evt, "n", None))
        except (TypeError, ValueError, IndexError):
            return '<div class="wb-empty">That citation is not available any more.</div>'
        citation = reply.citation(number)
        if citation is None:
            return f'<div class="wb-unmatched">[{number}] matches no retrieved passage.</div>'
        return render.passage_html(citation.evidence, number, reply.answer)

    sources.click(show_citation, [replies], passage, trigger_mode="multiple", show_progress="hidden")

    def check_answer(stored: list[dict], progress: gr.Progress = gr.Progress()) -> str:  # noqa: B008 - Gradio's way to ask for a progress bar
        if not stored:
            raise gr.Error("Ask a question first: the latest answer is what gets checked.")
        reply = ChatReply.model_validate(stored[-1])
        if not reply.covered:
            raise gr.Error("The latest answer does not answer from the corpus; there is nothing to check.")

        def report(event: ProgressEvent) -> None:
            if event.total:
                progress((event.done, event.total), desc=event.stage, unit=event.unit)

        path = ctx.save_article(
            plain_answer(reply),
            title=f"Chat answer: {reply.question}"[:200],
            name=f"chat-answer-{content_hash(reply.answer, length=12)}",
        )
        try:
            result = ctx.checker.check(path, progress=report)
        except Exception as exc:
            raise gr.Error(f"Could not check the answer: {exc}") from exc
        return (
            f"The answer is in the review queue as **{render.esc(result.article.title)}** "
            f"with {len(result.claims)} claim(s); open the Review tab to review them."
        )

    check.click(check_answer, [replies], check_status, concurrency_id="check", concurrency_limit=1)

    def warm() -> None:
        """Load the indexes and the embedding model; for a local model, also the model and the prompt's start."""
        if not warming.acquire(blocking=False):
            return  # already warming
        try:
            searcher = ctx.searcher
            searcher.lexical()
            searcher.embedder.embed_query("warm up")
            if ctx.model_label().startswith("local"):  # a hosted model would bill for it
                warm_up(ctx.llm, load_prompt("chat_answer"))
        except Exception:  # noqa: BLE001, S110 - warming is an optimisation: a real question reports the error
            pass
        finally:
            warming.release()

    def warm_in_background() -> None:
        threading.Thread(target=warm, name="chat-warm-up", daemon=True).start()

    return ChatTab(
        warm=warm_in_background,
        question=question,
        respond=respond,
        inputs=[question, chatbot, replies],
        outputs=outputs,
    )
