"""Ask a chat model for an answer that matches a pydantic schema, within bounds.

Every call: render the prompt, ask for structured output, validate, and on a malformed answer
ask again with the validation error (at most ``max_attempts`` times); each attempt has a
timeout. The result is the parsed object, or None, plus an ``LLMCall`` record with tokens,
latency, attempts and the error. A bad answer is a failure of that item, never a crash.
"""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from typing import Any, TypeVar

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage
from pydantic import BaseModel, ValidationError

from workbench.llm import cache
from workbench.prompts import Prompt, PromptError
from workbench.records import LLMCall

T = TypeVar("T", bound=BaseModel)

RETRY_MESSAGE = (
    "Your answer could not be used: {error}\nAnswer again with only a JSON object that matches the requested schema."
)
_pool = ThreadPoolExecutor(max_workers=8, thread_name_prefix="llm")


class LLMTimeout(TimeoutError):
    pass


class StructuredLLM:
    """A chat model with the policy for structured calls: attempts, timeout, provenance label."""

    def __init__(self, model: BaseChatModel, label: str, max_attempts: int = 3, timeout_s: float = 120.0):
        self.model = model
        self.label = label
        self.max_attempts = max(1, max_attempts)
        self.timeout_s = timeout_s

    def ask(self, prompt: Prompt, schema: type[T], item: str = "", **inputs: Any) -> tuple[T | None, LLMCall]:
        """The parsed answer (or None after ``max_attempts``) and the record of the call."""
        if prompt.output_schema != schema.__name__:
            raise PromptError(f"prompt {prompt.ref} answers with {prompt.output_schema}, not {schema.__name__}")
        messages: list[BaseMessage] = prompt.render(**inputs)
        runnable = self.model.with_structured_output(schema, include_raw=True)
        record = LLMCall(provenance=prompt.provenance(self.label), item=item, attempts=0)
        started = time.perf_counter()
        for attempt in range(1, self.max_attempts + 1):
            record.attempts = attempt
            try:
                result, was_cached = self._invoke(runnable, messages)
            except LLMTimeout as exc:
                record.error = str(exc)
                continue
            except Exception as exc:  # noqa: BLE001 - provider errors vary; each is a failed attempt
                record.error = f"{type(exc).__name__}: {exc}"
                continue
            raw, parsed, error = result.get("raw"), result.get("parsed"), result.get("parsing_error")
            _add_usage(record, raw)
            record.cached = record.cached or was_cached
            if parsed is not None and error is None:
                try:
                    value = parsed if isinstance(parsed, schema) else schema.model_validate(parsed)
                except ValidationError as exc:
                    error = exc
                else:
                    record.ok, record.error = True, None
                    record.latency_s = round(time.perf_counter() - started, 3)
                    return value, record
            record.error = _short(error) if error is not None else "empty answer"
            content = raw.content if isinstance(raw, AIMessage) else ""
            messages = [
                *messages,
                AIMessage(content=content or "(no answer)"),
                HumanMessage(RETRY_MESSAGE.format(error=record.error)),
            ]
        record.ok = False
        record.latency_s = round(time.perf_counter() - started, 3)
        return None, record

    def _invoke(self, runnable: Any, messages: list[BaseMessage]) -> tuple[dict[str, Any], bool]:
        def call() -> tuple[dict[str, Any], bool]:
            with cache.counting_hits() as hits:
                out = runnable.invoke(messages)
            return out, hits[0] > 0

        future = _pool.submit(call)
        try:
            return future.result(timeout=self.timeout_s or None)  # 0 means no limit
        except FutureTimeout:
            future.cancel()
            raise LLMTimeout(f"no answer within {self.timeout_s:g} s") from None


def _add_usage(record: LLMCall, raw: Any) -> None:
    usage = getattr(raw, "usage_metadata", None) or {}
    record.input_tokens += int(usage.get("input_tokens", 0) or 0)
    record.output_tokens += int(usage.get("output_tokens", 0) or 0)


def _short(error: Any, limit: int = 600) -> str:
    text = str(error).replace("\n", " ")
    return text if len(text) <= limit else text[:limit] + " ..."


def json_structured_output(model: Any, schema: type[BaseModel], include_raw: bool = False) -> Any:
    """Structured output for chat models that answer in JSON text (local llama.cpp, test fakes).

    Returns the same shape as LangChain's ``with_structured_output``: the parsed object, or with
    ``include_raw`` a dict with ``raw``, ``parsed`` and ``parsing_error``.
    """
    from langchain_core.output_parsers import PydanticOutputParser
    from langchain_core.runnables import RunnableLambda

    parser = PydanticOutputParser(pydantic_object=schema)
    if not include_raw:
        return model | parser

    def parse(raw: AIMessage) -> dict[str, Any]:
        try:
            return {"raw": raw, "parsed": parser.invoke(raw), "parsing_error": None}
        except Exception as exc:  # noqa: BLE001 - reported back to the model on retry
            return {"raw": raw, "parsed": None, "parsing_error": exc}

    return model | RunnableLambda(parse)
