"""A built-in mock chat model, ``--llm mock`` (or ``mock:reader``): fixed reading rules, no model file.

For trying every stage in seconds on a fresh install, for CI, and for the ``smoke`` eval suite:
its answers are deterministic and valid for each workbench prompt, but they are rules, not
judgement, so its figures say whether the pipeline works, never how good a model is.

The rules, by prompt (recognised by their inputs):
- extract_claims ("Sentence: ..."): the sentence is one claim, verbatim; a question has none.
- suggest_verdict ("Claim: ..." with passages): "disputed" if a passage says "never happened" or
  "denied"; "supported" if a passage holds at least half of the claim's longer words; else
  "unverified". It cites the passage it used.
- explain_verdict ("Label: ..."): one sentence naming the label and the passages.
- chat_answer ("Question: ..."): the first sentence of the two passages sharing most words with
  the question, each cited.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatResult
from pydantic import BaseModel, ConfigDict

from workbench.llm.structured import json_structured_output

_PASSAGE = re.compile(r'<passage id="(P\d+)"[^>]*>\n(.*?)\n</passage>', flags=re.DOTALL)


def read_and_answer(messages: list[BaseMessage]) -> dict[str, Any]:
    """The mock's answer to a workbench prompt, as the JSON object the prompt's schema asks for."""
    user = str(next(m for m in messages if m.type == "human").content)
    if "Sentence: " in user:
        sentence = user.split("Sentence: ", 1)[1].split("\n", 1)[0]
        if sentence.rstrip().endswith("?"):
            return {"claims": []}
        return {"claims": [{"claim": sentence, "type": "event", "verbatim": sentence}]}
    if "Question: " in user:
        return _chat_answer(user)
    claim = user.split("Claim: ", 1)[1].split("\n", 1)[0] if "Claim: " in user else ""
    passages = _PASSAGE.findall(user)
    if "\nLabel: " in user:
        label = user.split("\nLabel: ", 1)[1].split("\n", 1)[0]
        cited = " ".join(f"[{pid}]" for pid, _ in passages) or "no passage"
        return {"rationale": f"The passages {cited} make the claim {label}."}
    for pid, text in passages:
        if "never happened" in text.lower() or "denied" in text.lower():
            return {"label": "disputed", "rationale": f"{pid} denies it.", "cited": [pid], "confidence": 0.7}
    words = _words(claim)
    for pid, text in passages:
        if words and len(words & set(text.lower().split())) >= 0.5 * len(words):
            return {"label": "supported", "rationale": f"{pid} says so.", "cited": [pid], "confidence": 0.6}
    return {"label": "unverified", "rationale": "The passages do not say.", "cited": [], "confidence": 0.4}


def _chat_answer(user: str) -> dict[str, Any]:
    question = user.split("Question: ", 1)[1].split("\n", 1)[0]
    words = _words(question)
    ranked = sorted(_PASSAGE.findall(user), key=lambda p: -len(words & set(p[1].lower().split())))[:2]
    if not ranked:
        return {"answer": "The collection does not cover it.", "cited": [], "covered": False}
    parts = [f"{text.split('. ')[0].rstrip('.')} [{pid}]." for pid, text in ranked]
    return {"answer": " ".join(parts), "cited": [pid for pid, _ in ranked], "covered": True}


def _words(text: str) -> set[str]:
    return {w for w in text.lower().split() if len(w) > 3}


class MockChatModel(BaseChatModel):
    """Answers with ``responder(messages)`` (default: ``read_and_answer``), as JSON text, with token counts."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    model_name: str = "mock:reader"
    responder: Callable[[list[BaseMessage]], Any] = read_and_answer

    @property
    def _llm_type(self) -> str:
        return "workbench-mock"

    @property
    def _identifying_params(self) -> dict[str, Any]:
        # part of the response cache's key: another responder is another model
        return {"model": self.model_name, "responder": getattr(self.responder, "__name__", None)}

    def _generate(
        self, messages: list[BaseMessage], stop: Any = None, run_manager: Any = None, **kwargs: Any
    ) -> ChatResult:
        answer = self.responder(messages)
        text = answer if isinstance(answer, str) else json.dumps(answer)
        prompt_tokens = sum(len(str(m.content).split()) for m in messages)
        usage = {
            "input_tokens": prompt_tokens,
            "output_tokens": len(text.split()),
            "total_tokens": prompt_tokens + len(text.split()),
        }
        return ChatResult(generations=[ChatGeneration(message=AIMessage(content=text, usage_metadata=usage))])

    def with_structured_output(self, schema: type[BaseModel], *, include_raw: bool = False, **kwargs: Any) -> Any:
        return json_structured_output(self, schema, include_raw)


MOCK_MODELS = ("reader",)


def mock_chat_model(name: str) -> MockChatModel:
    if name not in ("", *MOCK_MODELS):
        raise ValueError(
            f"unknown mock model 'mock:{name}': the mock has {', '.join(f'mock:{m}' for m in MOCK_MODELS)}"
        )
    return MockChatModel(model_name="mock:reader")
