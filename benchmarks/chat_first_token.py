"""Seconds from "Ask" to the first word of the answer, in the real app in headless Chromium, with the real local model.

A fresh home gets the demo briefs (not timed); ``workbench serve`` runs on a free port with the
configured model (default: the local 1.5B). In headless Chromium the Chat tab is opened (which starts
the warm-up: indexes, embedding model, the local model and the chat prompt's system message) and
questions are asked one after another. The browser's own clock times each: from the click on Ask to
"Searching the corpus…", to the passages (retrieval done), to the first answer text, to the finished
answer with its citation links. The first question is asked at once ("cold": the warm-up is still
running); the others after the one before has finished ("warm").

Then the server is stopped and, in this process on the same machine, the same questions go through
the chat service (``stream_answer``: server-side time to the first answer text) and, as the baseline,
the prompt of its first model call goes to llama.cpp directly (``create_chat_completion(stream=True)``,
time to its first token), each after the chat prompt's system message was read, as the app's warm-up
leaves it. The ratio of the two says what the service adds (retrieval, cutting passages to the
question, and a first passage that answers "Nothing." before the next one is asked); it depends less
on how busy the machine is than the absolute times (the load average is printed too). Prints one JSON
line. Target (issue 12): first token in the browser <= 5 s.

    .venv/bin/python benchmarks/chat_first_token.py
    .venv/bin/python benchmarks/chat_first_token.py --llm local:qwen2.5-0.5b --questions 3
"""

from __future__ import annotations

import os

os.environ.setdefault("HF_HUB_OFFLINE", "1")

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SAMPLE = ROOT / "corpus" / "sample"
QUESTIONS = [
    "What did Konashenkov say about US claims to airspace in Syria?",
    "How did the US military respond to the Russian claim about the 23 November F-22 incident?",
    "When was Mayadin retaken from Islamic State, and by whom?",
    "Were US officials worried that they might shoot down a Russian aircraft over Syria?",
    "What happened between US F-22s and Russian Su-25s on 13 December 2017?",
]

# Timestamps (performance.now) of the click on Ask and of each new state of the latest bot message.
WATCH_JS = """() => {
  window.__wb = {events: [], turn: 0};
  const ask = document.querySelector('#wb-ask');
  ask.addEventListener('click', () => { window.__wb.events = [['click', performance.now(), '']]; }, true);
  const chat = document.querySelector('#wb-chat');
  let last = '';
  const record = () => {
    const bots = chat.querySelectorAll('[data-testid="bot"]');
    if (bots.length !== window.__wb.turn + 1) return;  // the previous answer is not this one
    const text = bots[bots.length - 1].innerText.trim();
    const done = document.querySelector(`#wb-sources .wb-sources[data-turn="${window.__wb.turn}"]`);
    const state = done ? 'done:' + text : text;
    if (state !== last) { last = state; window.__wb.events.push(['state', performance.now(), state]); }
  };
  const observer = new MutationObserver(record);
  for (const id of ['#wb-chat', '#wb-sources'])
    observer.observe(document.querySelector(id), {subtree: true, childList: true, characterData: true});
}"""


def log(*parts: object) -> None:
    print(*parts, file=sys.stderr, flush=True)


def browser_timings(events: list[list]) -> dict[str, float | None]:
    """Seconds from the click to: searching shown, passages read, first answer text, answer done."""
    clicks = [t for kind, t, _ in events if kind == "click"]
    if not clicks:
        return {}
    start = clicks[0]
    out: dict[str, float | None] = {"searching_s": None, "reading_s": None, "first_token_s": None, "done_s": None}
    for kind, t, text in events:
        if kind != "state":
            continue
        seconds = round((t - start) / 1000, 2)
        if text.startswith("Searching the corpus"):
            out["searching_s"] = out["searching_s"] or seconds
        elif text.startswith("Reading ") and text.endswith("passage(s)…"):
            out["reading_s"] = out["reading_s"] or seconds
        elif text.startswith("done:"):
            out["done_s"] = out["done_s"] or seconds
            out["first_token_s"] = out["first_token_s"] or seconds
        elif text.strip(" ▍"):
            out["first_token_s"] = out["first_token_s"] or seconds
    return out


def in_browser(home: Path, llm: str, questions: list[str]) -> list[dict]:
    from playwright.sync_api import sync_playwright
    from serving import CHROMIUM_ARGS, free_port, wait_until_up

    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("WORKBENCH_")} | {
        "WORKBENCH_HOME": str(home),
        "WORKBENCH_LLM": llm,
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
    results = []
    try:
        wait_until_up(url, timeout_s=300)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS, headless=True)
            page = browser.new_page(viewport={"width": 1600, "height": 1000})
            page.set_default_timeout(600_000)
            page.goto(url)
            page.get_by_role("tab", name="Chat").click()
            page.evaluate(WATCH_JS)
            for n, question in enumerate(questions):
                page.fill("#wb-question textarea", question)
                page.evaluate(f"window.__wb.turn = {n}")
                page.click("#wb-ask")
                page.wait_for_function(
                    "() => window.__wb.events.some(e => e[0] === 'state' && e[2].startsWith('done:'))"
                )
                timings = browser_timings(page.evaluate("window.__wb.events"))
                results.append({"question": question, "cold": n == 0, **timings})
                log(f"browser {'cold' if n == 0 else 'warm'}: {timings}")
            browser.close()
    finally:
        server.terminate()
        server.wait(timeout=60)
    return results


def in_process(home: Path, llm: str, questions: list[str]) -> list[dict]:
    """The chat service's time to first token, and bare llama.cpp's for the same prompt, both after a warm-up."""
    from workbench.chat import (
        PASSAGE_CALLS,
        PROMPT_PASSAGES,
        embedding_similarity,
        prompt_calls,
        stream_answer,
        warm_up,
    )
    from workbench.checking import open_llm
    from workbench.index.search import Searcher
    from workbench.prompts import load_prompt
    from workbench.records import SearchFilters
    from workbench.settings import Settings

    settings = Settings(home=home, llm=llm, _env_file=None)
    searcher = Searcher(settings)
    chat = open_llm(settings)
    prompt = load_prompt("chat_answer")
    searcher.search("warm up", k=1)  # indexes and embedder loaded, as after the app's warm-up
    results = []
    for question in questions:
        warm_up(chat, prompt)
        reply = None
        for event in stream_answer(question, searcher, chat, prompt, k=settings.evidence_k):
            reply = getattr(event, "reply", reply)
        # the prompt of the service's first call: what its first token waits for
        passages = searcher.search(question, k=settings.evidence_k, filters=SearchFilters(kind="evidence"))
        shown = passages[: PASSAGE_CALLS if "passage" in prompt.inputs else PROMPT_PASSAGES]
        calls, _ = prompt_calls(question, shown, prompt, embedding_similarity(searcher))
        messages = [
            {"role": "system" if m.type == "system" else "user", "content": str(m.content)} for m in calls[0][0]
        ]
        warm_up(chat, prompt)
        bare = bare_first_token(chat.model, messages)
        results.append(
            {
                "question": question,
                "retrieval_s": reply.retrieval_s if reply else None,
                "service_first_token_s": reply.first_token_s if reply else None,
                "bare_first_token_s": round(bare, 3),
                "prompt_tokens": reply.call.input_tokens if reply and reply.call else None,
            }
        )
        log(f"in process: {results[-1]}")
    return results


def bare_first_token(model, messages: list[dict]) -> float:
    """Seconds to llama.cpp's first streamed token of ``messages``, with the app's sampling settings."""
    from workbench.llm.local import load_model

    loaded = load_model(model.model_path, model.n_ctx, model.n_threads)
    with loaded.lock:
        started = time.perf_counter()
        stream = loaded.llama.create_chat_completion(
            messages=messages, stream=True, temperature=model.temperature, seed=model.seed, max_tokens=model.max_tokens
        )
        first = None
        for part in stream:
            if first is None and (part["choices"][0].get("delta") or {}).get("content"):
                first = time.perf_counter() - started
        return first if first is not None else time.perf_counter() - started


def median(values: list) -> float | None:
    values = [v for v in values if v is not None]
    return round(statistics.median(values), 2) if values else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--llm", default="local", help="chat model spec (default: local, the 1.5B)")
    parser.add_argument("--questions", type=int, default=4, help="questions to ask (default: 4; the first is cold)")
    args = parser.parse_args()
    questions = QUESTIONS[: max(2, args.questions)]

    from workbench import pipeline
    from workbench.settings import Settings

    load_before = os.getloadavg()
    home = Path(tempfile.mkdtemp(prefix="chat-first-token-"))
    log("ingesting the demo briefs ...")
    pipeline.ingest([str(SAMPLE / "sources")], Settings(home=home, _env_file=None))
    browser = in_browser(home, args.llm, questions)
    service = in_process(home, args.llm, questions[1:])
    warm = [r for r in browser if not r["cold"]]
    service_ttft = median([r["service_first_token_s"] for r in service])
    bare_ttft = median([r["bare_first_token_s"] for r in service])
    print(
        json.dumps(
            {
                "benchmark": "chat_first_token",
                "llm": args.llm,
                "questions": len(questions),
                "browser_first_token_cold_s": browser[0]["first_token_s"],
                "browser_first_token_warm_s": median([r["first_token_s"] for r in warm]),
                "browser_first_token_warm_max_s": max((r["first_token_s"] or 0 for r in warm), default=None),
                "browser_passages_shown_warm_s": median([r["reading_s"] for r in warm]),
                "browser_answer_done_warm_s": median([r["done_s"] for r in warm]),
                "target_first_token_s": 5,
                "service_first_token_s": service_ttft,
                "service_retrieval_s": median([r["retrieval_s"] for r in service]),
                "bare_llama_first_token_s": bare_ttft,
                "service_to_bare_ratio": round(service_ttft / bare_ttft, 2) if service_ttft and bare_ttft else None,
                "prompt_tokens": median([r["prompt_tokens"] for r in service]),
                "load_average_1m": [round(load_before[0], 1), round(os.getloadavg()[0], 1)],
                "cpus": os.cpu_count(),
            }
        )
    )


if __name__ == "__main__":
    main()
