"""Ask a chat model for an answer that matches a pydantic schema, within bounds.

Every call: render the prompt, ask for structured output, validate, and on a malformed answer
ask again with the validation error (at most ``max_attempts`` times); each attempt has a
timeout. The result is the parsed object, or None, plus an ``LLMCall`` record with tokens,
latency, attempts and the error. A bad answer is a failure of that item, never a crash.

How the schema is asked for (``method``), as LangChain's ``with_structured_output`` names it:
``json_schema`` (the schema in ``response_format``: OpenAI, vLLM, llama.cpp's ``llama-server``;
the local model constrains sampling with it), ``json_mode`` (``response_format`` json_object, the
schema described in the system prompt) or ``function_calling`` (a forced tool call). ``auto`` tries
them in that order: a server that rejects one (llama-cpp-python's ``llama_cpp.server`` answers
HTTP 500 "Input should be 'text' or 'json_object'" to json_schema) moves the call to the next
without spending an attempt, and the method that got an answer is remembered per model label for
the process, so the rejected one is asked once.
"""

from __future__ import annotations

import json
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from typing import Any, TypeVar

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, SystemMessage
from pydantic import BaseModel, ValidationError

from workbench.llm import cache
from workbench.llm.errors import ModelError
from workbench.prompts import Prompt, PromptError
from workbench.records import LLMCall

T = TypeVar("T", bound=BaseModel)

RETRY_MESSAGE = (
    "Your answer could not be used: {error}\nAnswer again with only a JSON object that matches the requested schema."
)
SCHEMA_NOTE = (
    "Answer with only a JSON object (no prose, no code fence) of this form, the <...> parts filled in:\n{shape}"
)

METHODS = ("json_schema", "json_mode", "function_calling")
"""The structured-output methods, in the order ``auto`` tries them."""

# What a server says when it rejects a method: the request field it could not take.
_REJECTION_WORDS = {
    "json_schema": ("response_format", "json_schema"),
    "json_mode": ("response_format", "json_object"),
    "function_calling": ("tools", "tool_choice", "function"),
}

# A call abandoned at its timeout keeps its worker until the provider's own timeout ends it: room for
# llm_concurrency calls in flight plus those.
_pool = ThreadPoolExecutor(max_workers=32, thread_name_prefix="llm")

_working_methods: dict[str, str] = {}  # model label -> the method its server answered, for this process
_working_lock = threading.Lock()


class LLMTimeout(TimeoutError):
    pass


class MethodRejected(RuntimeError):
    """The model or its server does not take this way of asking for structured output."""


def rejects_method(exc: BaseException, method: str) -> bool:
    """Whether ``exc`` is a server's refusal of ``method`` (an HTTP error naming the request field),
    as opposed to an outage, a rate limit or a bad key, which another method would not mend."""
    status = getattr(exc, "status_code", None)
    if not isinstance(status, int) or status < 400 or status in (401, 403, 408, 429):
        return False
    text = str(exc).lower()
    return any(word in text for word in _REJECTION_WORDS.get(method, ()))


def remembered_method(label: str) -> str | None:
    """The structured-output method that answered for this model label in this process, if any."""
    with _working_lock:
        return _working_methods.get(label)


def forget_methods() -> None:
    """Forget the methods learned so far (tests; a server swapped behind the same label)."""
    with _working_lock:
        _working_methods.clear()


class StructuredLLM:
    """A chat model with the policy for structured calls: attempts, timeout, method, provenance label.

    ``serial`` says the model takes one call at a time (the in-process local model): callers that
    fan out calls (``extract_claims``) then run them one by one, whatever concurrency they were given.
    """

    def __init__(
        self,
        model: BaseChatModel,
        label: str,
        max_attempts: int = 3,
        timeout_s: float = 120.0,
        method: str = "auto",
        serial: bool = False,
    ):
        if method != "auto" and method not in METHODS:
            raise ValueError(f"unknown structured-output method {method!r}: auto, {', '.join(METHODS)}")
        self.model = model
        self.label = label
        self.max_attempts = max(1, max_attempts)
        self.timeout_s = timeout_s
        self.method = method
        self.serial = serial

    def methods(self) -> list[str]:
        """The methods to try, in order: the configured one, or for ``auto`` the remembered one first."""
        if self.method != "auto":
            return [self.method]
        known = remembered_method(self.label)
        return [known, *(m for m in METHODS if m != known)] if known else list(METHODS)

    def ask(self, prompt: Prompt, schema: type[T], item: str = "", **inputs: Any) -> tuple[T | None, LLMCall]:
        """The parsed answer (or None after ``max_attempts``) and the record of the call."""
        if prompt.output_schema != schema.__name__:
            raise PromptError(f"prompt {prompt.ref} answers with {prompt.output_schema}, not {schema.__name__}")
        messages: list[BaseMessage] = prompt.render(**inputs)
        record = LLMCall(provenance=prompt.provenance(self.label), item=item, attempts=0)
        started = time.perf_counter()
        methods = self.methods()
        method = methods.pop(0)
        attempt = 0
        while attempt < self.max_attempts:
            attempt += 1
            record.attempts = attempt
            try:
                runnable = self._structured(schema, method)
                result, was_cached = self._invoke(runnable, _for_method(messages, schema, method))
            except LLMTimeout as exc:
                record.error = str(exc)
                continue
            except Exception as exc:  # noqa: BLE001 - provider errors vary; each is a failed attempt
                record.error = f"{type(exc).__name__}: {_short(exc)}"
                if isinstance(exc, MethodRejected) or rejects_method(exc, method):
                    if not methods:  # nothing left to fall back to: retrying the same request cannot help
                        record.error = _rejected_message(self.label, method, self.method, record.error)
                        break
                    method = methods.pop(0)
                    attempt -= 1  # the server said no to the form of the request, not to this item
                continue
            if self.method == "auto":
                with _working_lock:
                    _working_methods[self.label] = method
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

    def _structured(self, schema: type[BaseModel], method: str) -> Any:
        try:
            return self.model.with_structured_output(schema, method=method, include_raw=True)
        except (ValueError, NotImplementedError, TypeError, ModelError) as exc:  # the class has no such method
            raise MethodRejected(f"{type(self.model).__name__} does not support method={method}: {exc}") from exc

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


def _for_method(messages: list[BaseMessage], schema: type[BaseModel], method: str) -> list[BaseMessage]:
    """json_mode sends no schema with the request, so the system prompt carries it."""
    if method != "json_mode":
        return messages
    note = SCHEMA_NOTE.format(shape=json_shape(schema))
    if messages and isinstance(messages[0], SystemMessage) and isinstance(messages[0].content, str):
        return [SystemMessage(f"{messages[0].content.rstrip()}\n\n{note}"), *messages[1:]]
    return [SystemMessage(note), *messages]


def json_shape(schema: type[BaseModel]) -> str:
    """The answer's form as a template, e.g. ``{"city": "<City>", "confidence": <number from 0 to 1>}``.

    Given the JSON schema itself, the 0.5B model answered ``{"properties": {"city": "Paris"}}``: small
    models copy the structure they are shown, so they are shown the structure of the answer.
    """
    definitions = schema.model_json_schema()
    return _shape(definitions, definitions.get("$defs", {}))


def _shape(node: dict[str, Any], defs: dict[str, Any]) -> str:
    if "$ref" in node:
        node = defs[node["$ref"].rsplit("/", 1)[-1]]
    for key in ("anyOf", "oneOf"):
        if key in node:  # an optional field: describe its non-null form
            node = next((n for n in node[key] if n.get("type") != "null"), node[key][0])
    kind = node.get("type")
    if "enum" in node:
        return "<one of " + ", ".join(json.dumps(value) for value in node["enum"]) + ">"
    if kind == "object" or "properties" in node:
        fields = ", ".join(f"{json.dumps(k)}: {_shape(v, defs)}" for k, v in node.get("properties", {}).items())
        return "{" + fields + "}"
    if kind == "array":
        return "[" + _shape(node.get("items", {}), defs) + ", ...]"
    if kind in ("number", "integer"):
        low, high = node.get("minimum"), node.get("maximum")
        return f"<{kind} from {low:g} to {high:g}>" if low is not None and high is not None else f"<{kind}>"
    if kind == "boolean":
        return "<true or false>"
    return json.dumps(f"<{node.get('description') or node.get('title') or 'text'}>")


def _rejected_message(label: str, method: str, configured: str, error: str) -> str:
    if configured == "auto":
        return f"{label} rejected every structured-output method ({', '.join(METHODS)}); last: {error}"
    others = ", ".join(m for m in ("auto", *METHODS) if m != method)
    return f"{label} does not take structured output by {method} ({error}); set WORKBENCH_LLM_STRUCTURED to {others}"


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
