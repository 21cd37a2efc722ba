"""The chat tab: questions to the corpus, answers with numbered citations, "Check this answer".

The answer is generated whole (a structured answer: text, cited passages, covered or not), then
shown progressively, a few words at a time; the waiting before the first word is the model's time.
Citation links ``[n]`` in an answer show their passage beside the chat when clicked.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from typing import Any

import gradio as gr

from workbench.chat import ChatReply, answer_question
from workbench.prompts import load_prompt
from workbench.records import ProgressEvent, content_hash
from workbench.ui import render
from workbench.ui.context import UIContext

PASSAGE_HINT = '<div class="wb-empty">Click a citation such as [1] to read its passage.</div>'
STREAM_WORDS = 4
STREAM_PAUSE_S = 0.02

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


def build(ctx: UIContext, demo: gr.Blocks) -> None:
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

    def respond(text: str, history: list[dict], stored: list[dict]) -> Iterator[list[Any]]:
        text = (text or "").strip()
        if not text:
            return
        history = [
            *history,
            {"role": "user", "content": text},
            {"role": "assistant", "content": "_Searching the corpus…_"},
        ]
        yield ["", history, stored, gr.skip(), gr.skip()]
        try:
            reply = answer_question(text, ctx.searcher, ctx.llm, load_prompt("chat_answer"), k=ctx.settings.evidence_k)
        except Exception as exc:  # noqa: BLE001 - shown in the chat, whatever the cause
            history[-1] = {"role": "assistant", "content": f"**Error:** {render.esc(exc)}"}
            yield ["", history, stored, gr.skip(), gr.skip()]
            return
        turn = len(stored)
        stored = [*stored, reply.model_dump(mode="json")]
        words = reply.answer.split(" ")
        for end in range(STREAM_WORDS, len(words), STREAM_WORDS):
            history[-1] = {"role": "assistant", "content": render.answer_markdown(" ".join(words[:end]) + " …", turn)}
            yield [gr.skip(), history, gr.skip(), gr.skip(), gr.skip()]
            time.sleep(STREAM_PAUSE_S)
        history[-1] = {"role": "assistant", "content": render.answer_markdown(reply.answer, turn)}
        yield [gr.skip(), history, stored, render.sources_html(reply, turn), PASSAGE_HINT]

    outputs = [question, chatbot, replies, sources, passage]
    ask.click(respond, [question, chatbot, replies], outputs, concurrency_id="chat", concurrency_limit=2)
    question.submit(respond, [question, chatbot, replies], outputs, concurrency_id="chat", concurrency_limit=2)
    clear.click(
        lambda: [[], [], render.sources_html(None, 0), PASSAGE_HINT, ""],
        None,
        [chatbot, replies, sources, passage, check_status],
    )

    def show_citation(stored: list[dict], evt: gr.EventData) -> str:
        data = evt._data or {}
        try:
            reply = ChatReply.model_validate(stored[int(data.get("turn"))])
            number = int(data.get("n"))
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
