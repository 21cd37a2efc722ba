"""Start the workbench UI the way `workbench serve` does, with the deterministic fake model.

    python -m tests.ui.serve --host 127.0.0.1 --port 7860

Settings come from the environment (WORKBENCH_HOME, WORKBENCH_LLM=fake ...), as for the CLI;
WORKBENCH_FAKE_DELAY=<seconds> makes every fake answer wait that long;
WORKBENCH_FAKE_STREAM_DELAY=<seconds> is the wait between the words of a streamed (chat) answer.
WORKBENCH_AUTH is read into a ``Settings.auth`` field, as the real Settings will have it.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time

from tests.fakes import ScriptedChatModel, reading_responder
from workbench.llm.models import register_provider
from workbench.settings import Settings


class ServeSettings(Settings):
    auth: str | None = None


def chat_responder(messages):
    """The reading fake, plus answers to chat questions: the first sentence of P1 (and of P2), cited.

    Version 1 of the chat prompt (it asks for JSON) gets the JSON object, the text prompts the sentences.
    """
    user = str(messages[-1].content)
    if "Question: " not in user or "<passage id=" not in user:
        return reading_responder(messages)
    passages = re.findall(r'<passage id="(P\d+)"[^>]*>\n(.*?)\n</passage>', user, flags=re.DOTALL)
    parts, cited = [], []
    for pid, text in passages[:2]:
        sentence = re.split(r"(?<=[.!?])\s+", text.strip())[0]
        parts.append(f"{sentence.rstrip('.')} [{pid}].")
        cited.append(pid)
    if "JSON" in str(messages[0].content):
        return {"answer": " ".join(parts) or "No passage.", "cited": cited, "covered": bool(cited)}
    return " ".join(parts) or "The passages do not cover this."


def slow_chat_responder(messages):
    """``chat_responder`` after WORKBENCH_FAKE_DELAY seconds: a model as slow as a real one, to watch a check stream."""
    time.sleep(float(os.environ.get("WORKBENCH_FAKE_DELAY", "0")))
    return chat_responder(messages)


def fake_factory(_settings, _model):
    slow = float(os.environ.get("WORKBENCH_FAKE_DELAY", "0")) > 0
    return ScriptedChatModel(
        responder=slow_chat_responder if slow else chat_responder,
        stream_delay=float(os.environ.get("WORKBENCH_FAKE_STREAM_DELAY", "0")),
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=7860)
    args = parser.parse_args()
    register_provider("fake", fake_factory)
    from workbench.ui.app import LaunchError, launch

    try:
        launch(ServeSettings(), args.host, args.port)
    except LaunchError as exc:
        print(f"error: {exc}", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
