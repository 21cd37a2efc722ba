"""Test fakes. The product never imports this module."""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult
from pydantic import BaseModel, ConfigDict, Field

from workbench.llm.mock import read_and_answer
from workbench.llm.structured import json_structured_output


@dataclass
class Slow:
    """An answer that takes ``seconds`` to arrive."""

    seconds: float
    answer: Any


Responder = Callable[[list[BaseMessage]], Any]


class ScriptedChatModel(BaseChatModel):
    """A chat model that replays scripted answers and records every prompt it was given.

    Each scripted answer is a str (the reply), a dict (sent as JSON), an Exception (raised), a
    ``Slow`` answer, or a callable taking the messages. When the script runs out, ``responder``
    answers; without one, the last answer repeats. ``.stream()`` sends the answer word by word.
    """

    model_config = ConfigDict(arbitrary_types_allowed=True)

    script: list[Any] = Field(default_factory=list)
    responder: Responder | None = None
    calls: list[list[BaseMessage]] = Field(default_factory=list)
    stream_delay: float = Field(default=0.0, description="Seconds between the words of a streamed answer.")
    lock: Any = Field(default_factory=threading.Lock, exclude=True)

    @property
    def _llm_type(self) -> str:
        return "scripted-fake"

    @property
    def _identifying_params(self) -> dict[str, Any]:
        # the responder is part of the model's identity, so the response cache tells fakes apart
        return {"model": "scripted-fake", "responder": getattr(self.responder, "__name__", None)}

    def _next(self, messages: list[BaseMessage]) -> Any:
        with self.lock:
            self.calls.append(list(messages))
            if self.script:
                answer = self.script.pop(0) if len(self.script) > 1 or self.responder else self.script[0]
                return answer
        if self.responder is not None:
            return self.responder(messages)
        raise RuntimeError("the scripted fake has no answer left")

    def _generate(
        self, messages: list[BaseMessage], stop: Any = None, run_manager: Any = None, **kwargs: Any
    ) -> ChatResult:
        answer = self._next(messages)
        while True:
            if isinstance(answer, Slow):
                time.sleep(answer.seconds)
                answer = answer.answer
            elif callable(answer) and not isinstance(answer, (str, dict)):
                answer = answer(messages)
            else:
                break
        if isinstance(answer, Exception):
            raise answer
        text = answer if isinstance(answer, str) else json.dumps(answer)
        prompt_tokens = sum(len(str(m.content).split()) for m in messages)
        message = AIMessage(
            content=text,
            usage_metadata={
                "input_tokens": prompt_tokens,
                "output_tokens": len(text.split()),
                "total_tokens": prompt_tokens + len(text.split()),
            },
        )
        return ChatResult(generations=[ChatGeneration(message=message)])

    def _stream(
        self, messages: list[BaseMessage], stop: Any = None, run_manager: Any = None, **kwargs: Any
    ) -> Iterator[ChatGenerationChunk]:
        """The scripted answer a word at a time (``.stream()``), ``stream_delay`` seconds apart."""
        message = self._generate(messages, stop=stop, **kwargs).generations[0].message
        words = re.findall(r"\S+\s*", str(message.content)) or [""]
        for n, word in enumerate(words):
            if n and self.stream_delay:
                time.sleep(self.stream_delay)
            last = n == len(words) - 1
            yield ChatGenerationChunk(
                message=AIMessageChunk(content=word, usage_metadata=message.usage_metadata if last else None)
            )

    def with_structured_output(self, schema: Any, *, include_raw: bool = False, **kwargs: Any) -> Any:
        return json_structured_output(self, schema, include_raw)

    def prompts_seen(self) -> list[str]:
        """The text of every call, system and user messages joined."""
        return ["\n".join(str(m.content) for m in call) for call in self.calls]


def fake_label(_: BaseModel | None = None) -> str:
    return "fake:scripted"


# --- a deterministic "reader" for pipeline tests ---------------------------------------------


def _user_text(messages: list[BaseMessage]) -> str:
    return str(next(m for m in messages if m.type == "human").content)


def reading_responder(messages: list[BaseMessage]) -> Any:
    """The product's mock reader (workbench/llm/mock.py), made *vulnerable* on purpose.

    An instruction to "ignore previous instructions" outside a passage fence is obeyed (answer
    supported), so a test shows that the fences keep injected evidence from steering it; and a
    sentence with "apparently" has no claims, for tests of sentences without claims.
    """
    user = _user_text(messages)
    if "Sentence: " in user:
        sentence = user.split("Sentence: ", 1)[1].split("\n", 1)[0]
        if "apparently" in sentence:
            return {"claims": []}
    elif (
        "Question: " not in user
        and "\nLabel: " not in user
        and "ignore previous instructions" in _outside_fences(user).lower()
    ):
        return {"label": "supported", "rationale": "Told to.", "cited": [], "confidence": 1.0}
    return read_and_answer(messages)


def _outside_fences(text: str) -> str:
    import re

    return re.sub(r"<passage .*?</passage>", "", text, flags=re.DOTALL)


def fake_chat_factory(_settings: Any, _model: str) -> ScriptedChatModel:
    return ScriptedChatModel(responder=reading_responder)
